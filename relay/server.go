// Package relay owns the accept and delivery sides of Sealpost: the SMTP
// submission server (authentication, sender rights, limits, hostile
// input), the pipeline that inspects, decides, records and enqueues each
// message before "250", the delivery scheduler and the DSNs. It never logs
// message content and never relays for an unauthenticated client outside
// the allow-listed networks.
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
	"sync/atomic"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/conf"
)

// Account is an authenticated submitter and what it may send as.
type Account struct {
	Name      string
	MaySendAs []string // "user@domain", "@domain", "*"
}

// Authenticator checks credentials: (nil, nil) means bad credentials; an
// error means the check itself failed.
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
}

// Acceptor takes a submission and returns once it is durable. An
// *smtp.SMTPError is passed to the client as it is; any other error
// becomes a generic 451.
type Acceptor interface {
	Accept(ctx context.Context, s *Submission) (id string, err error)
}

// ServerConfig is what a Server needs.
type ServerConfig struct {
	Hostname string
	Limits   conf.Limits
	TLS      *tls.Config
	Auth     Authenticator
	Acceptor Acceptor
	Logger   *slog.Logger
}

// Server serves the SMTP listeners. Each listener kind gets its own
// go-smtp server; they share the limits, the AUTH throttle and the
// connection count.
type Server struct {
	cfg      ServerConfig
	throttle *authThrottle
	hashing  chan struct{} // bounds concurrent password checks (argon2id is memory-hard)
	conns    chan struct{}
	mu       sync.Mutex
	servers  []*smtp.Server
}

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
	if cfg.TLS == nil {
		return nil, errors.New("relay: a TLS certificate is required (AUTH is only offered over TLS)")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Server{
		cfg:      cfg,
		throttle: newAuthThrottle(cfg.Limits.AuthFailures, cfg.Limits.AuthWindow),
		hashing:  make(chan struct{}, 4),
		conns:    make(chan struct{}, max(cfg.Limits.MaxConnections, 1)),
	}, nil
}

// ServeSubmission serves a STARTTLS listener that requires AUTH.
func (s *Server) ServeSubmission(l net.Listener) error {
	return s.serve(l, kindSubmission, nil, nil)
}

// ServeSubmissions serves an implicit-TLS listener that requires AUTH.
func (s *Server) ServeSubmissions(l net.Listener) error {
	return s.serve(l, kindSubmissions, nil, nil)
}

// ServeRelay serves a listener without AUTH for clients in allow; they may
// send as maySendAs (empty: any address).
func (s *Server) ServeRelay(l net.Listener, allow []netip.Prefix, maySendAs []string) error {
	if len(maySendAs) == 0 {
		maySendAs = []string{"*"}
	}
	return s.serve(l, kindRelay, allow, maySendAs)
}

func (s *Server) serve(l net.Listener, kind listenerKind, allow []netip.Prefix, maySendAs []string) error {
	srv := s.newSMTP(&backend{srv: s, kind: kind, maySendAs: maySendAs})
	s.mu.Lock()
	s.servers = append(s.servers, srv)
	s.mu.Unlock()
	var gated net.Listener = &gateListener{Listener: l, srv: s, allow: allow, kind: kind}
	if kind == kindSubmissions { // TLS above the gate, so go-smtp sees a *tls.Conn
		gated = tls.NewListener(gated, s.cfg.TLS)
	}
	return srv.Serve(gated)
}

func (s *Server) newSMTP(be smtp.Backend) *smtp.Server {
	lim := s.cfg.Limits
	srv := smtp.NewServer(be)
	srv.Domain = s.cfg.Hostname
	srv.TLSConfig = s.cfg.TLS
	srv.MaxMessageBytes = int64(lim.MaxMessageSize)
	srv.MaxRecipients = lim.MaxRecipients
	// go-smtp kills the connection on a line over MaxLineLength, inside
	// DATA too; the configured limit is enforced by our data reader with
	// a proper reply, so the library's is only a backstop.
	srv.MaxLineLength = max(4*lim.MaxLineLength, 8192)
	srv.ReadTimeout = lim.CommandTimeout
	srv.WriteTimeout = lim.CommandTimeout
	srv.EnableREQUIRETLS = true
	srv.ErrorLog = slogPrinter{s.cfg.Logger}
	return srv
}

// Shutdown stops the listeners and waits for sessions until ctx ends.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	servers := append([]*smtp.Server(nil), s.servers...)
	s.mu.Unlock()
	var errs []error
	for _, srv := range servers {
		if err := srv.Shutdown(ctx); err != nil && !errors.Is(err, smtp.ErrServerClosed) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// gateListener refuses, before any SMTP, clients outside the allow-list
// and connections over the limit, with a reply they can log.
type gateListener struct {
	net.Listener
	srv   *Server
	allow []netip.Prefix
	kind  listenerKind
}

func (g *gateListener) Accept() (net.Conn, error) {
	for {
		c, err := g.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if reply := g.refusal(c); reply != "" {
			go refuse(c, reply)
			continue
		}
		return &trackedConn{Conn: c, idle: g.srv.cfg.Limits.DataIdleTimeout, release: func() { <-g.srv.conns }}, nil
	}
}

// refusal returns the reply for a connection that must not get a
// session, or "" (having taken a connection slot).
func (g *gateListener) refusal(c net.Conn) string {
	ip := remoteIP(c)
	if g.kind == kindRelay && !allowed(g.allow, ip) {
		g.srv.cfg.Logger.Warn("relay refused: client not in allow_networks", "remote", ip)
		return "554 5.7.1 Relaying denied: this listener is for allow-listed networks only"
	}
	select {
	case g.srv.conns <- struct{}{}:
		return ""
	default:
		g.srv.cfg.Logger.Warn("connection refused: too many connections", "remote", ip)
		return "421 4.7.0 Too many connections, try again later"
	}
}

func refuse(c net.Conn, reply string) {
	c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprintf(c, "%s\r\n", reply)
	c.Close()
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

// trackedConn gives its connection slot back when closed, and keeps a
// DATA transfer alive while bytes arrive: in data mode, each read from the
// socket moves the deadline to now+idle, never past the transfer's cap.
// (go-smtp's ReadTimeout alone would be one absolute deadline for the
// whole body and cut a slow but honest upload.)
type trackedConn struct {
	net.Conn
	once      sync.Once
	release   func()
	idle      time.Duration
	dataUntil atomic.Int64 // unix nanos; 0 outside DATA
}

func (c *trackedConn) Read(p []byte) (int, error) {
	if until := c.dataUntil.Load(); until != 0 {
		d := time.Now().Add(c.idle)
		if u := time.Unix(0, until); u.Before(d) {
			d = u
		}
		c.Conn.SetReadDeadline(d)
	}
	return c.Conn.Read(p)
}

func (c *trackedConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}

// dataMode turns the idle deadline on until the returned func is called.
func dataMode(conn net.Conn, until time.Time) (end func()) {
	if tc, ok := conn.(*tls.Conn); ok {
		conn = tc.NetConn()
	}
	c, ok := conn.(*trackedConn)
	if !ok {
		return func() {}
	}
	c.dataUntil.Store(until.UnixNano())
	return func() { c.dataUntil.Store(0) }
}

// slogPrinter routes go-smtp's own log lines to slog.
type slogPrinter struct{ l *slog.Logger }

func (p slogPrinter) Printf(format string, v ...any) { p.l.Debug(fmt.Sprintf(format, v...)) }
func (p slogPrinter) Println(v ...any)               { p.l.Debug(fmt.Sprint(v...)) }
