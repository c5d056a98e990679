// Package portal owns the web pages a pickup's recipient opens: the
// identity check (a one-time code sent to the recipient), the session
// that follows it, and showing the message and its attachments, with
// strict security headers on every response. It is an http.Handler; the
// listener, TLS and the code's transport are wired elsewhere.
//
// It must never show anything of a message (subject, sender, body) before
// the identity check passed in a session bound to that pickup, never log
// a token, code, cookie, address or any message content, and never
// count a view twice in one session.
package portal

import (
	"context"
	"crypto/subtle"
	"embed"
	"errors"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/store"
)

// CodeSender sends a one-time code to a pickup's recipient (by email, by
// SMS). It must not log the code.
type CodeSender interface {
	SendCode(ctx context.Context, p *store.Pickup, code string) error
}

// Defaults of Config.
const (
	DefaultCodeTTL    = 10 * time.Minute
	DefaultCodeDigits = 8
	DefaultIdle       = 10 * time.Minute
)

// Default limits: per IP on the code and verify forms, and per link on
// the same, besides the lock after pickup's MaxFailures wrong codes.
var (
	DefaultIPLimit   = Limit{Burst: 20, Every: 10 * time.Second}
	DefaultLinkLimit = Limit{Burst: 10, Every: time.Minute}
)

// Config is what a Portal needs.
type Config struct {
	Pickups *pickup.Store
	Sender  CodeSender
	// CodeTTL is how long a code is valid (DefaultCodeTTL); CodeDigits
	// its length (DefaultCodeDigits).
	CodeTTL    time.Duration
	CodeDigits int
	// IPLimit and LinkLimit rate-limit the code and verify forms per
	// client IP and per pickup (DefaultIPLimit, DefaultLinkLimit).
	IPLimit, LinkLimit Limit
	// Idle ends a session unused this long (DefaultIdle).
	Idle time.Duration
	// TLS says the portal is served over HTTPS: responses carry HSTS.
	TLS bool
	// InsecureCookies drops the Secure attribute, for local tests over
	// plain HTTP only.
	InsecureCookies bool
	// Texted says the pickup's codes go by text to a phone number, not
	// by mail (the pages say so); nil for mail always.
	Texted func(p *store.Pickup) bool
	// Replies delivers a recipient's secure reply to the sender; nil
	// offers no reply.
	Replies Replies
	// Events gets what recipients do (codes sent, verifications, views,
	// downloads), for the audit trail; nil records nothing.
	Events Events
	// Now is the clock (time.Now).
	Now func() time.Time
	// Logger gets pickup IDs and events, nothing of a message.
	Logger *slog.Logger
}

// Portal serves the pickup pages.
type Portal struct {
	cfg      Config
	mux      *http.ServeMux
	sessions *sessions
	byIP     *limiter
	byLink   *limiter
	pages    *template.Template
}

var _ http.Handler = (*Portal)(nil)

//go:embed web
var web embed.FS

var pages = template.Must(template.ParseFS(web, "web/pages.html"))

// New returns a Portal. cfg.Pickups and cfg.Sender are required.
func New(cfg Config) *Portal {
	if cfg.CodeTTL <= 0 {
		cfg.CodeTTL = DefaultCodeTTL
	}
	if cfg.CodeDigits == 0 {
		cfg.CodeDigits = DefaultCodeDigits
	}
	if cfg.IPLimit.Burst <= 0 || cfg.IPLimit.Every <= 0 {
		cfg.IPLimit = DefaultIPLimit
	}
	if cfg.LinkLimit.Burst <= 0 || cfg.LinkLimit.Every <= 0 {
		cfg.LinkLimit = DefaultLinkLimit
	}
	if cfg.Idle <= 0 {
		cfg.Idle = DefaultIdle
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg.Logger = cfg.Logger.With("component", "portal")
	p := &Portal{cfg: cfg, mux: http.NewServeMux(), sessions: newSessions(cfg.Idle),
		byIP: newLimiter(cfg.IPLimit), byLink: newLimiter(cfg.LinkLimit), pages: pages}
	p.routes()
	return p
}

func (p *Portal) routes() {
	p.mux.HandleFunc("GET /portal.css", p.css)
	p.mux.HandleFunc("GET /p/{token}", p.landing)
	p.mux.HandleFunc("POST /p/{token}/code", p.sendCode)
	p.mux.HandleFunc("POST /p/{token}/verify", p.verify)
	p.mux.HandleFunc("GET /p/{token}/view", p.view)
	p.mux.HandleFunc("GET /p/{token}/a/{n}", p.download)
	p.mux.HandleFunc("POST /p/{token}/reply", p.reply)
	p.mux.HandleFunc("/", p.notFound)
}

// csp allows the one stylesheet and nothing else: no script, no remote
// image, no framing, forms only to the portal.
const csp = "default-src 'none'; style-src 'self'; img-src data:; form-action 'self'; " +
	"frame-ancestors 'none'; base-uri 'none'"

// ServeHTTP sets the security headers of every response, then routes.
func (p *Portal) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", csp)
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if p.cfg.TLS {
		h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	}
	p.mux.ServeHTTP(w, r)
}

func (p *Portal) css(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	http.ServeFileFS(w, r, web, "web/portal.css")
}

// page is what the templates get.
type page struct {
	Title, Notice string
	Token, CSRF   string
	TTL, Idle     int // minutes
	Message       *shown
	Reply         bool // the view offers a secure reply
	Back          bool // the notice links back to the message
	MaxReply      int  // characters
	MaxPasscode   int  // characters
	ByText        bool // the code goes by text to a phone number
}

func (p *Portal) render(w http.ResponseWriter, status int, name string, d page) {
	d.TTL, d.Idle, d.MaxPasscode = int(p.cfg.CodeTTL/time.Minute), int(p.cfg.Idle/time.Minute), pickup.MaxPasscode
	var b strings.Builder
	if err := p.pages.ExecuteTemplate(&b, name, d); err != nil {
		p.cfg.Logger.Error("page not rendered", "page", name, "err", err)
		http.Error(w, "Something went wrong.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write([]byte(b.String()))
}

func (p *Portal) notice(w http.ResponseWriter, status int, title, text, token string) {
	p.render(w, status, "notice", page{Title: title, Notice: text, Token: token})
}

// backToMessage is a notice of a verified session: its link leads back
// to the message.
func (p *Portal) backToMessage(w http.ResponseWriter, status int, title, text, token string) {
	p.render(w, status, "notice", page{Title: title, Notice: text, Token: token, Back: true})
}

func (p *Portal) notFound(w http.ResponseWriter, r *http.Request) {
	p.notice(w, http.StatusNotFound, "Page not found", "There is nothing at this address.", "")
}

// closed shows why a link does not open, and nothing else: no token is
// echoed, since the link is of no further use.
func (p *Portal) closed(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, pickup.ErrUnknown):
		p.notice(w, http.StatusNotFound, "This link is not valid",
			"Check that you copied the whole link from the notice you received.", "")
	case errors.Is(err, pickup.ErrExpired):
		p.notice(w, http.StatusGone, "This link has expired",
			"The message is no longer available. Ask the sender to send it again.", "")
	case errors.Is(err, pickup.ErrRevoked):
		p.notice(w, http.StatusGone, "This message was withdrawn",
			"The sender withdrew this message. Contact them if you need it.", "")
	case errors.Is(err, pickup.ErrLocked):
		p.notice(w, http.StatusLocked, "This link is locked",
			"Too many wrong codes or passcodes were entered, so the link was locked to protect the message. Ask the sender to send it again.", "")
	case errors.Is(err, pickup.ErrViewsUsed):
		p.notice(w, http.StatusGone, "This message can no longer be opened",
			"It was opened as many times as the sender allowed. Ask the sender to send it again.", "")
	default:
		p.unavailable(w, err)
	}
}

func (p *Portal) unavailable(w http.ResponseWriter, err error) {
	p.cfg.Logger.Error("portal error", "err", err)
	p.notice(w, http.StatusServiceUnavailable, "Please try again later",
		"The message cannot be shown right now.", "")
}

// Cookie names: __Host- binds the cookie to this host, path / and Secure.
const (
	cookieName         = "__Host-sealpost"
	insecureCookieName = "sealpost"
)

func (p *Portal) cookieName() string {
	if p.cfg.InsecureCookies {
		return insecureCookieName
	}
	return cookieName
}

func (p *Portal) setCookie(w http.ResponseWriter, value string) {
	http.SetCookie(w, &http.Cookie{Name: p.cookieName(), Value: value, Path: "/",
		Secure: !p.cfg.InsecureCookies, HttpOnly: true, SameSite: http.SameSiteStrictMode})
}

// session returns the request's session if it is bound to pickup id.
func (p *Portal) session(r *http.Request, id string) (cookie string, s session, ok bool) {
	c, err := r.Cookie(p.cookieName())
	if err != nil {
		return "", session{}, false
	}
	s, ok = p.sessions.get(c.Value, p.cfg.Now())
	if !ok || s.pickupID != id {
		return "", session{}, false
	}
	return c.Value, s, true
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// maxForm bounds a form's body: a CSRF token and a code.
const maxForm = 4 << 10

// linkOpen opens the link of a form's request; opened says a form of a
// verified session may be served past the last view (a reply).
func (p *Portal) linkOpen(r *http.Request, opened bool) (*store.Pickup, error) {
	token := r.PathValue("token")
	pk, err := p.cfg.Pickups.Open(r.Context(), token)
	if opened && errors.Is(err, pickup.ErrViewsUsed) {
		return p.cfg.Pickups.OpenViewed(r.Context(), token)
	}
	return pk, err
}

// formSession checks a POST: rate limits, the link, the session and its
// CSRF token. It writes the response and returns ok false if any fails.
func (p *Portal) formSession(w http.ResponseWriter, r *http.Request) (pk *store.Pickup, s session, ok bool) {
	return p.form(w, r, maxForm, false)
}

// form is formSession with a bound on the body and, for a verified
// session's forms, the link open past its last view.
func (p *Portal) form(w http.ResponseWriter, r *http.Request, limit int64, opened bool) (pk *store.Pickup, s session, ok bool) {
	now := p.cfg.Now()
	if !p.byIP.allow(clientIP(r), now) {
		p.tooMany(w, r.PathValue("token"))
		return nil, session{}, false
	}
	token := r.PathValue("token")
	pk, err := p.linkOpen(r, opened)
	if err != nil {
		p.closed(w, err)
		return nil, session{}, false
	}
	if !p.byLink.allow(pk.ID, now) {
		p.cfg.Logger.Warn("pickup rate-limited", "pickup", pk.ID)
		p.tooMany(w, token)
		return nil, session{}, false
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	_, s, ok = p.session(r, pk.ID)
	if !ok || !validCSRF(s.csrf, r.PostFormValue("csrf")) {
		p.notice(w, http.StatusForbidden, "Please start again",
			"This form expired or was not sent from this page.", token)
		return nil, session{}, false
	}
	return pk, s, true
}

func validCSRF(want, got string) bool {
	return want != "" && subtle.ConstantTimeCompare([]byte(want), []byte(got)) == 1
}

func (p *Portal) tooMany(w http.ResponseWriter, token string) {
	w.Header().Set("Retry-After", "60")
	p.notice(w, http.StatusTooManyRequests, "Too many attempts",
		"Please wait a minute, then try again.", token)
}

// landing says a message is waiting, and nothing of it.
func (p *Portal) landing(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	pk, err := p.cfg.Pickups.Open(r.Context(), token)
	if err != nil {
		p.closed(w, err)
		return
	}
	if _, s, ok := p.session(r, pk.ID); ok && s.verified {
		http.Redirect(w, r, "/p/"+token+"/view", http.StatusSeeOther)
		return
	}
	cookie, s := p.sessions.start(pk.ID, false, p.cfg.Now())
	p.setCookie(w, cookie)
	if pk.Passcode != "" {
		p.askPasscode(w, http.StatusOK, token, s.csrf, "")
		return
	}
	p.render(w, http.StatusOK, "landing", page{Title: "A secure message is waiting for you", Token: token, CSRF: s.csrf,
		ByText: p.texted(pk)})
}

func (p *Portal) texted(pk *store.Pickup) bool { return p.cfg.Texted != nil && p.cfg.Texted(pk) }

// askPasscode shows the passcode form of a pickup that opens with the
// sender's passcode, with a notice after a failed try.
func (p *Portal) askPasscode(w http.ResponseWriter, status int, token, csrf, notice string) {
	p.render(w, status, "passcode", page{Title: "Enter the passcode", Token: token, CSRF: csrf, Notice: notice})
}

// sendCode makes a new code, replacing any before, and sends it.
func (p *Portal) sendCode(w http.ResponseWriter, r *http.Request) {
	pk, s, ok := p.formSession(w, r)
	if !ok {
		return
	}
	token := r.PathValue("token")
	if pk.Passcode != "" { // a form from before the pickup's kind was known: there is no code to send
		p.askPasscode(w, http.StatusOK, token, s.csrf, "")
		return
	}
	code, err := p.cfg.Pickups.NewCode(r.Context(), pk, p.cfg.CodeDigits, p.cfg.CodeTTL)
	if err != nil {
		p.unavailable(w, err)
		return
	}
	if err := p.cfg.Sender.SendCode(r.Context(), pk, code); err != nil {
		// The sender's error may name the recipient: not logged.
		p.cfg.Logger.Error("pickup code not sent", "pickup", pk.ID)
		p.notice(w, http.StatusServiceUnavailable, "The code could not be sent",
			"Please try again in a few minutes.", token)
		return
	}
	p.record(r, EventCodeSent, pk, "")
	p.render(w, http.StatusOK, "verify", page{Title: "Enter your code", Token: token, CSRF: s.csrf, ByText: p.texted(pk)})
}

// verify checks the code, or the passcode of a pickup that has one; a
// match starts a new, verified session.
func (p *Portal) verify(w http.ResponseWriter, r *http.Request) {
	pk, s, ok := p.formSession(w, r)
	if !ok {
		return
	}
	token := r.PathValue("token")
	by, code := "code", strings.ReplaceAll(strings.TrimSpace(r.PostFormValue("code")), " ", "")
	if pk.Passcode != "" {
		by, code = "passcode", strings.TrimSpace(r.PostFormValue("code"))
	}
	err := p.cfg.Pickups.Verify(r.Context(), pk, code)
	switch {
	case err == nil:
		p.record(r, EventVerified, pk, by)
		old, _ := r.Cookie(p.cookieName())
		p.sessions.end(old.Value)
		cookie, _ := p.sessions.start(pk.ID, true, p.cfg.Now())
		p.setCookie(w, cookie)
		http.Redirect(w, r, "/p/"+token+"/view", http.StatusSeeOther)
	case errors.Is(err, pickup.ErrWrongCode) && pk.Passcode != "":
		p.record(r, EventVerifyFailed, pk, by)
		p.askPasscode(w, http.StatusBadRequest, token, s.csrf,
			"That passcode did not work. Check it and try again; if you do not have it, ask the sender.")
	case errors.Is(err, pickup.ErrWrongCode):
		p.record(r, EventVerifyFailed, pk, by)
		p.render(w, http.StatusBadRequest, "verify", page{Title: "Enter your code", Token: token, CSRF: s.csrf,
			Notice: "That code did not work. Check it and try again, or ask for a new code."})
	case errors.Is(err, pickup.ErrNoCode):
		p.render(w, http.StatusBadRequest, "verify", page{Title: "Enter your code", Token: token, CSRF: s.csrf,
			Notice: "This code has expired or was replaced. Ask for a new code."})
	case errors.Is(err, pickup.ErrLocked):
		p.record(r, EventVerifyFailed, pk, by)
		p.record(r, EventLocked, pk, "")
		p.closed(w, err)
	default:
		p.closed(w, err)
	}
}

// verified opens the link of a request whose session passed the check
// for it, or answers (a closed page, or back to the landing page).
// The session's viewed says whether it already counted its view.
func (p *Portal) verified(w http.ResponseWriter, r *http.Request) (pk *store.Pickup, cookie string, s session, ok bool) {
	token := r.PathValue("token")
	pk, err := p.cfg.Pickups.Open(r.Context(), token)
	if errors.Is(err, pickup.ErrViewsUsed) {
		pk, err = p.cfg.Pickups.OpenViewed(r.Context(), token)
		if err == nil {
			if cookie, s, ok := p.session(r, pk.ID); ok && s.verified && s.viewed {
				return pk, cookie, s, true
			}
			err = pickup.ErrViewsUsed
		}
	}
	if err != nil {
		p.closed(w, err)
		return nil, "", session{}, false
	}
	cookie, s, ok = p.session(r, pk.ID)
	if !ok || !s.verified {
		http.Redirect(w, r, "/p/"+token, http.StatusSeeOther)
		return nil, "", session{}, false
	}
	return pk, cookie, s, true
}

// body opens the message of a verified session, counting the view the
// first time.
func (p *Portal) body(r *http.Request, pk *store.Pickup, cookie string, viewed bool) (rc io.ReadCloser, err error) {
	if viewed {
		return p.cfg.Pickups.Reread(r.Context(), pk)
	}
	rc, err = p.cfg.Pickups.Body(r.Context(), pk)
	if err != nil {
		return nil, err
	}
	p.sessions.setViewed(cookie)
	p.cfg.Logger.Info("pickup viewed", "pickup", pk.ID, "views", pk.Views)
	p.record(r, EventViewed, pk, "")
	return rc, nil
}

func (p *Portal) view(w http.ResponseWriter, r *http.Request) {
	pk, cookie, s, ok := p.verified(w, r)
	if !ok || r.Method == http.MethodHead { // a HEAD (the GET pattern has it) counts no view
		return
	}
	rc, err := p.body(r, pk, cookie, s.viewed)
	if err != nil {
		p.closed(w, err)
		return
	}
	defer rc.Close()
	m, err := render(rc)
	if err != nil {
		p.unavailable(w, err)
		return
	}
	p.render(w, http.StatusOK, "view", page{Title: "Your secure message", Token: r.PathValue("token"), Message: m,
		CSRF: s.csrf, Reply: p.cfg.Replies != nil, MaxReply: maxReply})
}

// download gives attachment n of a message whose view this session
// counted; it counts no view of its own.
func (p *Portal) download(w http.ResponseWriter, r *http.Request) {
	pk, cookie, s, ok := p.verified(w, r)
	if !ok || r.Method == http.MethodHead { // a HEAD (the GET pattern has it) counts no view
		return
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 1 {
		p.notFound(w, r)
		return
	}
	rc, err := p.body(r, pk, cookie, s.viewed)
	if err != nil {
		p.closed(w, err)
		return
	}
	defer rc.Close()
	started := false
	err = attachmentN(rc, n, func(a part) error {
		h := w.Header()
		h.Set("Content-Type", downloadType(a.mimeType))
		h.Set("Content-Disposition", contentDisposition(displayName(a.name, n)))
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
		started = true
		_, err := io.Copy(w, a.body)
		return err
	})
	switch {
	case errors.Is(err, errNoAttachment):
		p.notFound(w, r)
	case err != nil && !started:
		p.unavailable(w, err)
	case err != nil:
		// Part of the file is out: cut the connection, so that the
		// download fails instead of ending short but "complete".
		p.cfg.Logger.Error("pickup attachment cut short", "pickup", pk.ID, "err", err)
		panic(http.ErrAbortHandler)
	default:
		p.cfg.Logger.Info("pickup attachment downloaded", "pickup", pk.ID, "attachment", n)
		p.record(r, EventDownloaded, pk, "attachment "+strconv.Itoa(n))
	}
}
