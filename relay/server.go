// Package relay owns the accept and delivery sides of Sealpost: the SMTP
// submission server (authentication, sender rights, limits, hostile
// input), the pipeline that inspects, decides, records and enqueues each
// message before "250", the delivery scheduler and the DSNs. It never logs
// message content or passwords, and never relays for a client that has
// neither authenticated nor connected from an allow-listed network.
package relay

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"sync"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/conf"
)

// Account is an authenticated submitter and what it may send as.
type Account struct {
	Name      string
	MaySendAs []string // "user@domain", "@domain" (that domain only), "*"
}

// ErrBadCredentials may be returned by an Authenticator for a wrong user
// name or password, as (nil, nil) may.
var ErrBadCredentials = errors.New("relay: bad credentials")

// Authenticator checks credentials. (nil, nil) or ErrBadCredentials mean
// bad credentials; any other error means the check itself failed.
type Authenticator interface {
	Authenticate(ctx context.Context, username, password string) (*Account, error)
}

// Submission is one message handed to the pipeline.
type Submission struct {
	From       string
	Recipients []string
	// Body is the message as it will be relayed: CRLF line endings, with
	// our Received header, and Message-ID/Date added if they were missing.
	Body       []byte
	Submitter  string // account name, "relay:IP", or "dsn"
	RemoteIP   netip.Addr
	TLS        bool
	RequireTLS bool
	// Passcode is the one the submitter set for the message's pickups
	// (see PasscodeField), "" if none. It is hashed, never stored.
	Passcode string
	// PortalReply marks a recipient's reply written on the portal: no
	// one could set a passcode for it, so its pickups mail a code.
	PortalReply bool
}

// Acceptor takes a submission and returns once it is durable. An
// *smtp.SMTPError is passed to the client as it is; any other error
// becomes a generic 451 4.3.0.
type Acceptor interface {
	Accept(ctx context.Context, s *Submission) (id string, err error)
}

// ServerConfig is what a Server needs. Zero Limits fields take the
// defaults of conf.Default.
type ServerConfig struct {
	Hostname string
	// SMSDomain is the email-to-SMS domain (conf sms.domain): a recipient
	// there must be a phone number, kept in E.164 form. "" for none.
	SMSDomain string
	Limits    conf.Limits
	TLS       *tls.Config
	Auth      Authenticator
	Acceptor  Acceptor
	Logger    *slog.Logger
}

// Server serves the SMTP listeners. Each listener gets its own go-smtp
// server; they share the limits, the AUTH throttle and the connection
// count.
type Server struct {
	cfg      ServerConfig
	lim      conf.Limits
	throttle *authThrottle
	hashing  chan struct{} // bounds concurrent password checks (argon2id is memory-hard)
	conns    *connLimiter

	mu        sync.Mutex
	servers   []*smtp.Server
	listeners []net.Listener
	closed    bool
}

// maxConcurrentAuth is how many password checks may run at once.
const maxConcurrentAuth = 4

// listenerKind tells the session what its listener demands.
type listenerKind int

const (
	kindSubmission  listenerKind = iota // STARTTLS, AUTH required
	kindSubmissions                     // implicit TLS, AUTH required
	kindRelay                           // allow-listed networks, no AUTH
)

func (k listenerKind) String() string {
	return [...]string{"submission", "submissions", "relay"}[k]
}

// NewServer returns a Server.
func NewServer(cfg ServerConfig) (*Server, error) {
	switch {
	case cfg.TLS == nil:
		return nil, errors.New("relay: a TLS certificate is required (AUTH is only offered over TLS)")
	case cfg.Hostname == "":
		return nil, errors.New("relay: a hostname is required")
	case cfg.Auth == nil || cfg.Acceptor == nil:
		return nil, errors.New("relay: an Authenticator and an Acceptor are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	lim := withDefaults(cfg.Limits)
	return &Server{
		cfg:      cfg,
		lim:      lim,
		throttle: newAuthThrottle(lim.AuthFailures, lim.AuthWindow, maxThrottled),
		hashing:  make(chan struct{}, maxConcurrentAuth),
		conns:    newConnLimiter(lim.MaxConnections),
	}, nil
}

// ServeSubmission serves a STARTTLS listener that requires AUTH. It
// returns nil after Shutdown.
func (s *Server) ServeSubmission(l net.Listener) error {
	return s.serve(l, &backend{srv: s, kind: kindSubmission})
}

// ServeSubmissions serves an implicit-TLS listener that requires AUTH.
func (s *Server) ServeSubmissions(l net.Listener) error {
	return s.serve(l, &backend{srv: s, kind: kindSubmissions})
}

// ServeRelay serves a listener without AUTH for clients in allow; others
// are refused with 554 5.7.1. Its clients may send as maySendAs (empty:
// as nobody).
func (s *Server) ServeRelay(l net.Listener, allow []netip.Prefix, maySendAs []string) error {
	if len(maySendAs) == 0 {
		s.cfg.Logger.Warn("relay listener has no may_send_as: every sender will be refused", "addr", l.Addr())
	}
	return s.serve(l, &backend{srv: s, kind: kindRelay, allow: allow, maySendAs: maySendAs})
}

func (s *Server) serve(l net.Listener, be *backend) error {
	srv := s.newSMTP(be)
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		l.Close()
		return smtp.ErrServerClosed
	}
	s.servers, s.listeners = append(s.servers, srv), append(s.listeners, l)
	s.mu.Unlock()
	s.cfg.Logger.Info("smtp listener", "listener", be.kind, "addr", l.Addr())
	var gated net.Listener = &gateListener{Listener: l, srv: s, be: be}
	if be.kind == kindSubmissions { // TLS above the gate, so that go-smtp sees a *tls.Conn
		gated = tls.NewListener(gated, s.cfg.TLS)
	}
	return srv.Serve(gated)
}

func (s *Server) newSMTP(be smtp.Backend) *smtp.Server {
	srv := smtp.NewServer(be)
	srv.Domain = s.cfg.Hostname
	srv.TLSConfig = s.cfg.TLS
	srv.MaxMessageBytes = int64(s.lim.MaxMessageSize)
	srv.MaxRecipients = s.lim.MaxRecipients
	// go-smtp ends the connection on a line over MaxLineLength, inside
	// DATA too; the configured limit is enforced by our data reader with
	// a proper reply, so the library's is only a backstop.
	srv.MaxLineLength = max(2*s.lim.MaxLineLength, 2000)
	srv.ReadTimeout = s.lim.CommandTimeout // per command; DATA gets an idle deadline (trackedConn)
	srv.WriteTimeout = s.lim.CommandTimeout
	srv.EnableREQUIRETLS = true
	srv.ErrorLog = slogPrinter{s.cfg.Logger}
	return srv
}

// Shutdown stops the listeners and waits for sessions to end; when ctx
// ends first, it closes the remaining connections and returns ctx's error.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closed = true
	servers := s.servers
	for _, l := range s.listeners { // go-smtp may not have seen them yet
		l.Close()
	}
	s.mu.Unlock()
	errs := make(chan error, len(servers))
	for _, srv := range servers {
		go func() { errs <- srv.Shutdown(ctx) }()
	}
	var all []error
	for range servers {
		if err := <-errs; err != nil && !errors.Is(err, smtp.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
			all = append(all, err)
		}
	}
	if err := ctx.Err(); err != nil {
		s.conns.closeAll()
		return err
	}
	return errors.Join(all...)
}

// gateListener refuses, before any SMTP, clients outside a relay
// listener's allow-list and connections over the limit, with a reply
// they can log.
type gateListener struct {
	net.Listener
	srv *Server
	be  *backend
}

func (g *gateListener) Accept() (net.Conn, error) {
	for {
		c, err := g.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if tc := g.admit(c); tc != nil {
			return tc, nil
		}
	}
}

// admit returns the connection to serve, or nil after refusing it.
func (g *gateListener) admit(c net.Conn) *trackedConn {
	ip := remoteIP(c)
	log := g.srv.cfg.Logger.With("listener", g.be.kind, "remote", ip)
	if g.be.kind == kindRelay && !allowed(g.be.allow, ip) {
		log.Warn("connection refused: client not in allow_networks")
		go g.refuse(c, errRelayDenied)
		return nil
	}
	tc := &trackedConn{Conn: c, idle: g.srv.lim.DataIdleTimeout, limiter: g.srv.conns}
	if !g.srv.conns.add(tc) {
		log.Warn("connection refused: too many connections")
		go g.refuse(c, errTooManyConns)
		return nil
	}
	log.Info("connection")
	return tc
}

var (
	errRelayDenied = &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 7, 1},
		Message: "Relaying denied: this listener is for allow-listed networks only"}
	errTooManyConns = &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 7, 0},
		Message: "Too many connections, try again later"}
)

// refuse greets with reply (over TLS on an implicit-TLS listener) and
// closes.
func (g *gateListener) refuse(c net.Conn, reply *smtp.SMTPError) {
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	if g.be.kind == kindSubmissions {
		tc := tls.Server(c, g.srv.cfg.TLS)
		if tc.Handshake() != nil {
			return
		}
		c = tc
	}
	e := reply.EnhancedCode
	fmt.Fprintf(c, "%d %d.%d.%d %s\r\n", reply.Code, e[0], e[1], e[2], reply.Message)
}

func allowed(allow []netip.Prefix, ip netip.Addr) bool {
	for _, p := range allow {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

func remoteIP(c net.Conn) netip.Addr {
	if ap, err := netip.ParseAddrPort(c.RemoteAddr().String()); err == nil {
		return ap.Addr().Unmap()
	}
	return netip.Addr{}
}

// slogPrinter routes go-smtp's own log lines (connection errors, panics;
// never message content) to slog.
type slogPrinter struct{ l *slog.Logger }

func (p slogPrinter) Printf(format string, v ...any) { p.l.Warn("smtp: " + fmt.Sprintf(format, v...)) }
func (p slogPrinter) Println(v ...any)               { p.l.Warn("smtp: " + fmt.Sprint(v...)) }
