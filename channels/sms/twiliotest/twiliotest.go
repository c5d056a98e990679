// Package twiliotest is a local HTTP server that speaks the part of
// Twilio's REST API Sealpost uses (creating Messages) and sends signed
// webhooks (status callbacks, inbound texts) the way Twilio does, so
// that tests run the real twilio-go client without reaching Twilio.
package twiliotest

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Message is one text the server accepted.
type Message struct {
	SID, To, From, MessagingServiceSID, Body, StatusCallback string
	Received                                                 time.Time
}

// Reply is a scripted refusal: the HTTP status and Twilio error code the
// next create gets.
type Reply struct {
	Status, Code int
}

// Server is the fake API. Its zero value is not usable: call New.
type Server struct {
	AccountSID, AuthToken string
	// Delay is how long each create takes, as the real API's latency
	// does; set it before the first request.
	Delay time.Duration
	srv   *httptest.Server
	// onMessage is told of each accepted text (Listen).
	onMessage func(Message)

	inFlight, maxInFlight atomic.Int64

	mu       sync.Mutex
	messages []Message
	script   []Reply
	seq      int
	creates  int
}

// New starts a server for one account on a loopback port.
func New(accountSID, authToken string) *Server {
	s := newServer(accountSID, authToken, nil)
	s.srv.Start()
	return s
}

// Listen starts a server for one account on addr, calling onMessage (if
// set) with each text it accepts: a development stand-in for Twilio.
func Listen(addr, accountSID, authToken string, onMessage func(Message)) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := newServer(accountSID, authToken, onMessage)
	s.srv.Listener.Close()
	s.srv.Listener = ln
	s.srv.Start()
	return s, nil
}

func newServer(accountSID, authToken string, onMessage func(Message)) *Server {
	s := &Server{AccountSID: accountSID, AuthToken: authToken, onMessage: onMessage}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /2010-04-01/Accounts/{account}/Messages.json", s.create)
	s.srv = httptest.NewUnstartedServer(mux)
	return s
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// URL is the server's base URL.
func (s *Server) URL() string { return s.srv.URL }

// Client returns an HTTP client whose requests to any Twilio host go to
// this server instead, as the twilio-go client's HTTPClient.
func (s *Server) Client() *http.Client {
	base, _ := url.Parse(s.srv.URL)
	return &http.Client{
		Transport: rewrite{base: base, next: http.DefaultTransport},
		Timeout:   10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

type rewrite struct {
	base *url.URL
	next http.RoundTripper
}

func (t rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	if !strings.HasSuffix(r.URL.Hostname(), "twilio.com") {
		return nil, fmt.Errorf("twiliotest: refusing a request to %s", r.URL.Host)
	}
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = t.base.Scheme, t.base.Host, t.base.Host
	return t.next.RoundTrip(r)
}

// Script queues refusals: the next creates get them in order, then
// creates succeed again.
func (s *Server) Script(rs ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, rs...)
}

// Messages returns the texts accepted so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// Creates is how many create requests arrived, refused ones included.
func (s *Server) Creates() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.creates
}

var e164 = regexp.MustCompile(`^\+[1-9][0-9]{7,14}$`)

// MaxInFlight is the most creates the server has handled at once.
func (s *Server) MaxInFlight() int { return int(s.maxInFlight.Load()) }

func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	n := s.inFlight.Add(1)
	defer s.inFlight.Add(-1)
	for m := s.maxInFlight.Load(); n > m && !s.maxInFlight.CompareAndSwap(m, n); m = s.maxInFlight.Load() {
	}
	time.Sleep(s.Delay)
	user, pass, ok := r.BasicAuth()
	if !ok || user != s.AccountSID || pass != s.AuthToken || r.PathValue("account") != s.AccountSID {
		apiError(w, 401, 20003, "Authenticate")
		return
	}
	if err := r.ParseForm(); err != nil {
		apiError(w, 400, 0, "bad form")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.creates++
	if len(s.script) > 0 {
		rep := s.script[0]
		s.script = s.script[1:]
		apiError(w, rep.Status, rep.Code, "scripted refusal")
		return
	}
	f := r.PostForm
	m := Message{To: f.Get("To"), From: f.Get("From"), MessagingServiceSID: f.Get("MessagingServiceSid"),
		Body: f.Get("Body"), StatusCallback: f.Get("StatusCallback"), Received: time.Now()}
	switch {
	case !e164.MatchString(m.To):
		apiError(w, 400, 21211, "Invalid 'To' Phone Number")
		return
	case (m.From == "") == (m.MessagingServiceSID == ""):
		apiError(w, 400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required")
		return
	case m.Body == "":
		apiError(w, 400, 21602, "Message body is required")
		return
	case len([]rune(m.Body)) > 1600:
		apiError(w, 400, 21617, "The concatenated message body exceeds the 1600 character limit")
		return
	}
	s.seq++
	m.SID = fmt.Sprintf("SM%032x", s.seq)
	s.messages = append(s.messages, m)
	if s.onMessage != nil {
		s.onMessage(m)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]any{
		"sid": m.SID, "account_sid": s.AccountSID, "to": m.To, "from": m.From,
		"messaging_service_sid": m.MessagingServiceSID, "body": m.Body, "status": "queued",
		"num_segments": "1", "direction": "outbound-api", "api_version": "2010-04-01",
	})
}

func apiError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"code": code, "message": msg, "status": status,
		"more_info": fmt.Sprintf("https://www.twilio.com/docs/errors/%d", code)})
}

// Status posts a signed status callback for the accepted text sid to the
// StatusCallback URL it was sent with, as Twilio does.
func (s *Server) Status(sid, status string, errorCode int) (*http.Response, error) {
	var m *Message
	s.mu.Lock()
	for i := range s.messages {
		if s.messages[i].SID == sid {
			m = &s.messages[i]
		}
	}
	s.mu.Unlock()
	if m == nil || m.StatusCallback == "" {
		return nil, fmt.Errorf("twiliotest: no status callback for %s", sid)
	}
	form := url.Values{"MessageSid": {sid}, "SmsSid": {sid}, "AccountSid": {s.AccountSID}, "MessageStatus": {status},
		"SmsStatus": {status}, "To": {m.To}, "From": {m.From}, "ApiVersion": {"2010-04-01"}}
	if errorCode != 0 {
		form.Set("ErrorCode", fmt.Sprint(errorCode))
	}
	return s.Post(m.StatusCallback, form)
}

// Inbound posts a signed inbound-text webhook to url: from texted body to
// the number to.
func (s *Server) Inbound(url, from, to, body string) (*http.Response, error) {
	s.mu.Lock()
	s.seq++
	sid := fmt.Sprintf("SM%032x", s.seq)
	s.mu.Unlock()
	form := map[string][]string{"MessageSid": {sid}, "AccountSid": {s.AccountSID}, "From": {from}, "To": {to},
		"Body": {body}, "NumMedia": {"0"}, "ApiVersion": {"2010-04-01"}}
	return s.Post(url, form)
}

// Post sends form to target signed with the account's auth token.
func (s *Server) Post(target string, form url.Values) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Twilio-Signature", Sign(s.AuthToken, target, form))
	return http.DefaultClient.Do(req)
}

// Sign computes X-Twilio-Signature: HMAC-SHA1 under the auth token of
// the URL followed by each POST parameter's name and value, sorted by
// name, in base64. (Written from Twilio's description, so that the
// client's validator is tested against an independent signer.)
func Sign(authToken, target string, form url.Values) string {
	keys := make([]string, 0, len(form))
	for k := range form {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(target)
	for _, k := range keys {
		b.WriteString(k)
		b.WriteString(form.Get(k))
	}
	mac := hmac.New(sha1.New, []byte(authToken))
	mac.Write([]byte(b.String()))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}
