package relay

import (
	"crypto/rand"
	"crypto/tls"
	"log/slog"
	"net/netip"
	"slices"
	"strings"
	"sync"

	"github.com/emersion/go-smtp"
)

// backend makes a session per connection of one listener.
type backend struct {
	srv       *Server
	kind      listenerKind
	allow     []netip.Prefix // relay listener only
	maySendAs []string       // relay listener only
}

var _ smtp.Backend = (*backend)(nil)

// NewSession is called on the first EHLO/HELO, and again after STARTTLS
// (go-smtp then forgets the earlier session, and its AUTH).
func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	remote := remoteIP(c.Conn())
	_, isTLS := c.TLSConnectionState()
	s := &session{srv: b.srv, be: b, kind: b.kind, tc: trackedOf(c), remote: remote, tls: isTLS, smtpConn: c}
	s.log = b.srv.cfg.Logger.With("listener", b.kind, "remote", remote, "session", rand.Text()[:10])
	if b.kind == kindRelay {
		s.maySendAs = b.maySendAs
		s.submitter = "relay:" + remote.String()
	}
	s.log.Debug("session", "tls", isTLS)
	return s, nil
}

// trackedOf returns the connection's trackedConn (under TLS if any).
func trackedOf(c *smtp.Conn) *trackedConn {
	nc := c.Conn()
	if t, ok := nc.(*tls.Conn); ok {
		nc = t.NetConn()
	}
	tc, _ := nc.(*trackedConn)
	return tc
}

// session is one SMTP conversation. go-smtp runs Data for BDAT in its own
// goroutine, so the mutable fields are guarded and Data works on a
// snapshot.
type session struct {
	srv      *Server
	be       *backend
	kind     listenerKind
	tc       *trackedConn // nil only if a listener bypassed the gate
	smtpConn *smtp.Conn   // read only in go-smtp's command goroutine
	remote   netip.Addr
	tls      bool

	mu sync.Mutex
	txn
}

// txn is the state Data needs: who is sending, and the envelope.
type txn struct {
	log       *slog.Logger
	submitter string   // set by AUTH (or relay:IP)
	maySendAs []string // set by AUTH (or the relay listener)

	helo       string // at MAIL time
	from       string
	size       int64 // the client's SIZE, 0 if none
	rcpts      []string
	requireTLS bool
}

func (s *session) snapshot() txn {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.txn
	t.rcpts = slices.Clone(t.rcpts)
	return t
}

var (
	_ smtp.Session     = (*session)(nil)
	_ smtp.AuthSession = (*session)(nil)
)

func smtpErr(code int, enh smtp.EnhancedCode, msg string) *smtp.SMTPError {
	return &smtp.SMTPError{Code: code, EnhancedCode: enh, Message: msg}
}

var (
	errStartTLSFirst   = smtpErr(530, smtp.EnhancedCode{5, 7, 0}, "Must issue a STARTTLS command first")
	errAuthRequired    = smtpErr(530, smtp.EnhancedCode{5, 7, 0}, "Authentication required")
	errNestedMail      = smtpErr(503, smtp.EnhancedCode{5, 5, 1}, "Nested MAIL command")
	errNullSender      = smtpErr(553, smtp.EnhancedCode{5, 7, 1}, "The null sender is not accepted for submission")
	errSenderSyntax    = smtpErr(501, smtp.EnhancedCode{5, 1, 7}, "Bad sender address syntax")
	errRcptSyntax      = smtpErr(501, smtp.EnhancedCode{5, 1, 3}, "Bad recipient address syntax")
	errTooManyRcpts    = smtpErr(452, smtp.EnhancedCode{4, 5, 3}, "Too many recipients")
	errRequireTLSNoTLS = smtpErr(530, smtp.EnhancedCode{5, 7, 10}, "REQUIRETLS needs a TLS session")
)

func errSenderNotAllowed(what, addr string) error {
	return smtpErr(550, smtp.EnhancedCode{5, 7, 1}, what+" <"+addr+"> not allowed for this sender")
}

func (s *session) Mail(from string, opts *smtp.MailOptions) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.mayMail(); err != nil {
		return err
	}
	requireTLS := opts != nil && opts.RequireTLS
	switch {
	case from == "":
		return errNullSender
	case !validAddress(from):
		return errSenderSyntax
	case !maySendAs(s.maySendAs, from):
		s.log.Warn("MAIL refused: envelope sender not allowed", "code", 550)
		return errSenderNotAllowed("Sender", from)
	case requireTLS && !s.tls:
		return errRequireTLSNoTLS
	}
	s.from, s.requireTLS, s.helo = from, requireTLS, s.smtpConn.Hostname()
	if opts != nil {
		s.size = opts.Size
	}
	return nil
}

// mayMail checks that this client may start a transaction at all.
func (s *session) mayMail() error {
	switch {
	case s.kind == kindRelay && !allowed(s.be.allow, s.remote): // the gate refuses them first
		return errRelayDenied
	case s.submitter == "" && s.kind == kindSubmission && !s.tls:
		return errStartTLSFirst
	case s.submitter == "":
		return errAuthRequired
	case s.from != "":
		return errNestedMail
	}
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case !validAddress(to):
		return errRcptSyntax
	case len(s.rcpts) >= s.srv.lim.MaxRecipients: // go-smtp checks first; kept in case it stops
		return errTooManyRcpts
	}
	to, err := textRecipient(to, s.srv.cfg.SMSDomain)
	if err != nil {
		return err
	}
	s.rcpts = append(s.rcpts, to)
	return nil
}

// Reset ends the transaction (RSET, a new EHLO, or after DATA/BDAT).
func (s *session) Reset() {
	s.mu.Lock()
	s.from, s.size, s.rcpts, s.requireTLS = "", 0, nil, false
	s.mu.Unlock()
	if s.tc != nil {
		s.tc.endTransfer() // a BDAT transfer aborted by RSET
	}
}

func (s *session) Logout() error { return nil }

// maySendAs reports whether addr matches one of the patterns:
// "user@domain", "@domain" (that domain, not its subdomains) or "*",
// ignoring case.
func maySendAs(patterns []string, addr string) bool {
	addr = strings.ToLower(addr)
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return false
	}
	for _, p := range patterns {
		p = strings.ToLower(strings.TrimSpace(p))
		if p == "*" || p == addr || (strings.HasPrefix(p, "@") && p == addr[at:]) {
			return true
		}
	}
	return false
}

// validAddress accepts an RFC 5321 mailbox in ASCII: a local part of
// atext and dots, and a domain name (no address literals).
func validAddress(a string) bool {
	at := strings.LastIndexByte(a, '@')
	if at <= 0 || at > 64 || len(a) > 254 {
		return false
	}
	return validLocalPart(a[:at]) && validDomain(a[at+1:])
}

func validLocalPart(l string) bool {
	for i := 0; i < len(l); i++ {
		c := l[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),:;<>@[\]`, c) >= 0 {
			return false
		}
	}
	return true
}

func validDomain(d string) bool {
	if d == "" || len(d) > 253 {
		return false
	}
	for _, label := range strings.Split(d, ".") {
		if !validLabel(label) {
			return false
		}
	}
	return true
}

func validLabel(l string) bool {
	if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
		return false
	}
	for i := 0; i < len(l); i++ {
		c := l[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
