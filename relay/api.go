package relay

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
	"golang.org/x/time/rate"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/crypto/apikey"
	"github.com/sealpost/sealpost/store"
)

// APIKeys finds an API key by its ID (the store).
type APIKeys interface {
	APIKey(ctx context.Context, id string) (*store.APIKey, error)
}

// APIConfig is what the HTTP API needs.
type APIConfig struct {
	Keys     APIKeys
	Acceptor Acceptor
	// Consent records opt-ins given through the API; nil turns
	// /v1/consent off.
	Consent store.ConsentStore
	// Pickups revokes the pickups of a message its sender withdraws
	// (POST /v1/messages/{id}/revoke); nil turns that off.
	Pickups PickupRevoker
	Audit   *audit.Log
	// SMSDomain is the email-to-SMS domain: a phone number recipient
	// becomes +E164@SMSDomain. "" refuses phone numbers.
	SMSDomain     string
	Hostname      string
	MaxBytes      int64 // a request's body
	MaxRecipients int
	TLS           bool // served over HTTPS (for the trace field)
	// PerKeyPerSecond caps one key's requests (a burst of twice as many);
	// 0 is no cap.
	PerKeyPerSecond float64
	Logger          *slog.Logger
}

// PickupRevoker finds and revokes a message's pickups.
type PickupRevoker interface {
	PickupsOfMessage(ctx context.Context, msgID string) ([]*store.Pickup, error)
	Revoke(ctx context.Context, id string) error
}

// API is the HTTP submission API: POST /v1/messages takes what an SMTP
// submission would (a sender, recipients — addresses or phone numbers —
// a subject, a text), POST /v1/messages/{id}/revoke withdraws its
// pickups, and POST /v1/consent records an opt-in or opt-out.
// Every request carries "Authorization: Bearer KEY"; a message's sender
// must be one the key may send as. It never logs a key, a number, an
// address or any text.
type API struct {
	cfg APIConfig
	mux *http.ServeMux

	mu    sync.Mutex
	rates map[string]*rate.Limiter // by key ID
}

// NewAPI returns the API's handler.
func NewAPI(cfg APIConfig) *API {
	a := &API{cfg: cfg, mux: http.NewServeMux(), rates: map[string]*rate.Limiter{}}
	a.mux.HandleFunc("POST /v1/messages", a.authed(a.messages))
	a.mux.HandleFunc("POST /v1/consent", a.authed(a.consent))
	a.mux.HandleFunc("POST /v1/messages/{id}/revoke", a.authed(a.revoke))
	a.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		apiError(w, http.StatusNotFound, "no such endpoint (POST /v1/messages, POST /v1/consent)", nil)
	})
	return a
}

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	a.mux.ServeHTTP(w, r)
}

// apiReply is every answer's JSON.
type apiReply struct {
	ID         string       `json:"id,omitempty"`
	Revoked    []string     `json:"revoked,omitempty"` // pickup IDs this call revoked
	Already    []string     `json:"already_revoked,omitempty"`
	Error      string       `json:"error,omitempty"`
	Status     string       `json:"status,omitempty"` // the enhanced status code of a refusal
	Recipients []apiRcpt    `json:"recipients,omitempty"`
	Consent    *apiConsentR `json:"consent,omitempty"`
}

type apiRcpt struct {
	To      string `json:"to"`
	Address string `json:"address,omitempty"` // as queued: a phone number in E.164 at the SMS domain
	Error   string `json:"error,omitempty"`
}

type apiConsentR struct {
	Number  string `json:"number"`
	OptedIn bool   `json:"opted_in"`
}

func apiJSON(w http.ResponseWriter, status int, v apiReply) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func apiError(w http.ResponseWriter, status int, msg string, rcpts []apiRcpt) {
	apiJSON(w, status, apiReply{Error: msg, Recipients: rcpts})
}

// authed checks the request's key and hands it to h.
func (a *API) authed(h func(http.ResponseWriter, *http.Request, *store.APIKey)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		id, valid := apikey.Parse(strings.TrimSpace(key))
		var k *store.APIKey
		if ok && valid {
			var err error
			k, err = a.cfg.Keys.APIKey(r.Context(), id)
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				a.cfg.Logger.Error("api key lookup failed", "err", err)
				apiError(w, http.StatusServiceUnavailable, "try again later", nil)
				return
			}
		}
		if k == nil || !apikey.Check(strings.TrimSpace(key), k.Hash) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="sealpost"`)
			apiError(w, http.StatusUnauthorized, "a valid API key is required: Authorization: Bearer KEY", nil)
			return
		}
		if !a.allow(k.ID) {
			w.Header().Set("Retry-After", "1")
			apiError(w, http.StatusTooManyRequests, fmt.Sprintf("over %g requests a second for this key", a.cfg.PerKeyPerSecond), nil)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, a.cfg.MaxBytes)
		h(w, r, k)
	}
}

// allow takes one request from the key's bucket. Keys are few (an
// admin makes each): the map is not pruned.
func (a *API) allow(keyID string) bool {
	if a.cfg.PerKeyPerSecond <= 0 {
		return true
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	l := a.rates[keyID]
	if l == nil {
		l = rate.NewLimiter(rate.Limit(a.cfg.PerKeyPerSecond), max(1, int(2*a.cfg.PerKeyPerSecond)))
		a.rates[keyID] = l
	}
	return l.Allow()
}

// messageRequest is the body of POST /v1/messages.
type messageRequest struct {
	From     string   `json:"from"`
	To       []string `json:"to"`
	Subject  string   `json:"subject"`
	Text     string   `json:"text"`
	Passcode string   `json:"passcode"`
}

func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		apiError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the request is over %d bytes", tooBig.Limit), nil)
	case err != nil:
		apiError(w, http.StatusBadRequest, "the body is not the JSON expected: "+err.Error(), nil)
	default:
		return true
	}
	return false
}

// messages submits a message to the pipeline, as SMTP does: it answers
// 201 once the message is durable, with the queue ID and each recipient
// as queued.
func (a *API) messages(w http.ResponseWriter, r *http.Request, k *store.APIKey) {
	var req messageRequest
	if !decode(w, r, &req) {
		return
	}
	rcpts, addrs, msg := a.check(&req, k)
	if msg != "" {
		apiError(w, http.StatusBadRequest, msg, rcpts)
		return
	}
	body := a.compose(&req, addrs, k, time.Now())
	sub := &Submission{From: req.From, Recipients: addrs, Body: body, Submitter: "api:" + k.Name,
		RemoteIP: requestIP(r), TLS: a.cfg.TLS, Passcode: strings.TrimSpace(req.Passcode)}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), acceptTimeout)
	defer cancel()
	id, err := a.cfg.Acceptor.Accept(ctx, sub)
	var se *smtp.SMTPError
	switch {
	case errors.As(err, &se) && se.Code >= 500:
		apiJSON(w, http.StatusUnprocessableEntity, apiReply{Error: se.Message, Status: enhanced(se.EnhancedCode)})
	case err != nil:
		a.cfg.Logger.Error("api message not accepted", "key", k.ID, "err", err)
		w.Header().Set("Retry-After", "60")
		apiJSON(w, http.StatusServiceUnavailable, apiReply{Error: "temporary failure, try again later", Status: "4.3.0"})
	default:
		a.cfg.Logger.Info("api message accepted", "id", id, "key", k.ID, "rcpts", len(addrs))
		apiJSON(w, http.StatusCreated, apiReply{ID: id, Recipients: rcpts})
	}
}

func enhanced(e smtp.EnhancedCode) string { return fmt.Sprintf("%d.%d.%d", e[0], e[1], e[2]) }

// check validates a request; msg says what is wrong ("" if nothing),
// with each bad recipient's reason in rcpts.
func (a *API) check(req *messageRequest, k *store.APIKey) (rcpts []apiRcpt, addrs []string, msg string) {
	switch {
	case !validAddress(req.From):
		return nil, nil, "from must be an address (like dr@clinic.example)"
	case !maySendAs(k.MaySendAs, req.From):
		return nil, nil, fmt.Sprintf("this API key may not send as %s", req.From)
	case len(req.To) == 0:
		return nil, nil, "to needs at least one recipient: an address or a phone number"
	case len(req.To) > a.cfg.MaxRecipients:
		return nil, nil, fmt.Sprintf("at most %d recipients", a.cfg.MaxRecipients)
	case strings.TrimSpace(req.Text) == "":
		return nil, nil, "text is empty"
	case strings.ContainsAny(req.Subject, "\r\n"):
		return nil, nil, "subject must be one line"
	}
	if req.Passcode != "" {
		if err := pickup.CheckPasscode(strings.TrimSpace(req.Passcode)); err != nil {
			return nil, nil, "passcode refused: " + err.Error()
		}
	}
	bad := false
	for _, to := range req.To {
		addr, err := a.recipient(to)
		rc := apiRcpt{To: to, Address: addr}
		if err != nil {
			rc.Address, rc.Error, bad = "", err.Error(), true
		}
		rcpts = append(rcpts, rc)
		addrs = append(addrs, addr)
	}
	if bad {
		return rcpts, nil, "some recipients are not valid; nothing was sent"
	}
	return rcpts, addrs, ""
}

// recipient is to as queued: an address, or a phone number as its
// address at the SMS domain.
func (a *API) recipient(to string) (string, error) {
	to = strings.TrimSpace(to)
	if strings.Contains(to, "@") {
		if !validAddress(to) {
			return "", errors.New("not a valid address")
		}
		if _, text := textNumber(to, a.cfg.SMSDomain); !text {
			return to, nil
		}
		to = to[:strings.LastIndexByte(to, '@')]
	}
	if a.cfg.SMSDomain == "" {
		return "", errors.New("texts are not configured on this relay (sms.domain)")
	}
	return textAddress(to, a.cfg.SMSDomain)
}

// compose writes the message an SMTP client would have sent: our trace
// field, the header, the text in quoted-printable UTF-8.
func (a *API) compose(req *messageRequest, addrs []string, k *store.APIKey, now time.Time) []byte {
	var b bytes.Buffer
	date := now.Format(time.RFC1123Z)
	with := "HTTP"
	if a.cfg.TLS {
		with = "HTTPS"
	}
	fmt.Fprintf(&b, "Received: from api key %s\r\n\tby %s with %s id %s;\r\n\t%s\r\n", k.ID, a.cfg.Hostname, with, rand.Text()[:16], date)
	fmt.Fprintf(&b, "Message-ID: <%s@%s>\r\nDate: %s\r\nFrom: <%s>\r\nTo: <%s>\r\n", rand.Text(), a.cfg.Hostname, date,
		req.From, strings.Join(addrs, ">, <"))
	if req.Subject != "" {
		fmt.Fprintf(&b, "Subject: %s\r\n", mime.QEncoding.Encode("utf-8", req.Subject))
	}
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	qp := quotedprintable.NewWriter(&b)
	qp.Write([]byte(strings.ReplaceAll(req.Text, "\r\n", "\n")))
	qp.Close()
	if !bytes.HasSuffix(b.Bytes(), []byte("\r\n")) {
		b.WriteString("\r\n")
	}
	return b.Bytes()
}

func requestIP(r *http.Request) netip.Addr {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return netip.Addr{}
	}
	ip, _ := netip.ParseAddr(host)
	return ip
}

// consentRequest is the body of POST /v1/consent.
type consentRequest struct {
	Number string `json:"number"`
	OptIn  *bool  `json:"opt_in"`
	Source string `json:"source"` // where it was given: "web form", "front desk"
}

// consent records an opt-in or opt-out given to the clinic (not a STOP
// the patient texted: that one only the patient's START undoes).
func (a *API) consent(w http.ResponseWriter, r *http.Request, k *store.APIKey) {
	if a.cfg.Consent == nil {
		apiError(w, http.StatusNotFound, "texts are not configured on this relay (sms.domain)", nil)
		return
	}
	var req consentRequest
	if !decode(w, r, &req) {
		return
	}
	addr, err := a.recipient(req.Number)
	if err != nil || strings.ContainsAny(req.Source, "\r\n") || len(req.Source) > 100 || req.OptIn == nil {
		apiError(w, http.StatusBadRequest, consentProblem(err, req), nil)
		return
	}
	number, _ := numberOf(addr)
	via := "api:" + k.Name
	if req.Source != "" {
		via += ": " + req.Source
	}
	applied, err := a.cfg.Consent.SetConsent(r.Context(), store.Consent{Number: number, OptedIn: *req.OptIn, Via: via, At: time.Now()})
	if err != nil {
		a.cfg.Logger.Error("api consent not recorded", "key", k.ID, "err", err)
		apiError(w, http.StatusServiceUnavailable, "try again later", nil)
		return
	}
	if !applied {
		apiJSON(w, http.StatusConflict, apiReply{Error: "the patient opted out by texting STOP; only their START undoes it",
			Consent: &apiConsentR{Number: number, OptedIn: false}})
		return
	}
	typ := "sms-opt-in"
	if !*req.OptIn {
		typ = "sms-opt-out"
	}
	if err := a.cfg.Audit.Append(r.Context(), audit.Event{Type: typ, Recipient: number, Actor: "api:" + k.Name, Reason: via}); err != nil {
		a.cfg.Logger.Error("api consent not audited", "key", k.ID, "err", err)
	}
	apiJSON(w, http.StatusOK, apiReply{Consent: &apiConsentR{Number: number, OptedIn: *req.OptIn}})
}

func consentProblem(err error, req consentRequest) string {
	switch {
	case err != nil:
		return "number: " + err.Error()
	case req.OptIn == nil:
		return "opt_in (true or false) is required"
	}
	return "source must be one line of at most 100 bytes"
}

// revokeRequest is the optional body of POST /v1/messages/{id}/revoke.
type revokeRequest struct {
	Reason string `json:"reason"` // for the audit log: no patient details
}

// revoke closes every pickup of a message whose sender the key may send
// as: its links then say the sender withdrew it. A message with no such
// pickup is 404, whether it does not exist or is another sender's.
func (a *API) revoke(w http.ResponseWriter, r *http.Request, k *store.APIKey) {
	if a.cfg.Pickups == nil {
		apiError(w, http.StatusNotFound, "secure pickup is not configured on this relay", nil)
		return
	}
	var req revokeRequest
	if r.ContentLength != 0 && !decode(w, r, &req) {
		return
	}
	if strings.ContainsAny(req.Reason, "\r\n") || len(req.Reason) > 200 {
		apiError(w, http.StatusBadRequest, "reason must be one line of at most 200 bytes", nil)
		return
	}
	msgID := r.PathValue("id")
	ps, err := a.cfg.Pickups.PickupsOfMessage(r.Context(), msgID)
	if err != nil {
		a.cfg.Logger.Error("api revoke: pickups not listed", "key", k.ID, "err", err)
		apiError(w, http.StatusServiceUnavailable, "try again later", nil)
		return
	}
	reply := apiReply{ID: msgID}
	found := false
	for _, p := range ps {
		if !maySendAs(k.MaySendAs, p.Sender) {
			continue
		}
		found = true
		switch err := a.cfg.Pickups.Revoke(r.Context(), p.ID); {
		case errors.Is(err, pickup.ErrRevoked):
			reply.Already = append(reply.Already, p.ID)
		case err != nil:
			a.cfg.Logger.Error("api revoke failed", "key", k.ID, "pickup", p.ID, "err", err)
			apiError(w, http.StatusServiceUnavailable, "try again later", nil)
			return
		default:
			reply.Revoked = append(reply.Revoked, p.ID)
			ev := audit.PickupRevoked(p.ID, msgID, p.Recipient, "api:"+k.Name, req.Reason)
			if err := a.cfg.Audit.Append(r.Context(), ev); err != nil {
				a.cfg.Logger.Error("api revoke not audited", "key", k.ID, "pickup", p.ID, "err", err)
			}
		}
	}
	if !found {
		apiError(w, http.StatusNotFound, "no pickup of this message that this key may revoke", nil)
		return
	}
	apiJSON(w, http.StatusOK, reply)
}
