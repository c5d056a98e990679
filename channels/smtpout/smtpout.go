// Package smtpout owns outbound SMTP delivery: choosing the next hop (route
// or MX), connecting with STARTTLS, enforcing the TLS a protection method
// demands before any envelope is sent, reusing connections and limiting
// concurrency per next hop.
//
// It must never send MAIL FROM over a connection weaker than the request
// allows, never log message bodies, and log addresses at debug level only.
package smtpout

import (
	"bytes"
	"context"
	"crypto/x509"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/sealpost/sealpost/policy"
)

// Resolver looks up mail exchangers. net.DefaultResolver satisfies it.
type Resolver interface {
	LookupMX(ctx context.Context, domain string) ([]*net.MX, error)
}

var _ Resolver = net.DefaultResolver

// Defaults applied by New to zero Config fields.
const (
	DefaultPort           = 25
	DefaultConnectTimeout = 30 * time.Second
	DefaultCommandTimeout = 5 * time.Minute // RFC 5321 section 4.5.3.2
	DefaultIdleTimeout    = 30 * time.Second
	DefaultPerDestination = 10
)

// Config configures a Deliverer.
type Config struct {
	// HeloName is sent in EHLO; empty means the host name.
	HeloName string
	// Routes map a recipient domain, or "*" for every other domain, to a
	// "host:port" next hop (smarthost / transport map). A domain without a
	// route is delivered by MX lookup to port Port.
	Routes map[string]string
	// Port for MX deliveries (DefaultPort).
	Port int
	// RootCAs verify server certificates; nil means the system roots.
	RootCAs *x509.CertPool
	// ConnectTimeout bounds the TCP connect; CommandTimeout bounds each
	// command's reply and each idle stretch of a body write (the reply to
	// the final dot gets twice as long, as RFC 5321 suggests).
	ConnectTimeout, CommandTimeout time.Duration
	// PerDestination caps concurrent connections per next hop (host:port),
	// idle ones included (DefaultPerDestination).
	PerDestination int
	// IdleTimeout is how long an idle connection is kept for reuse
	// (DefaultIdleTimeout).
	IdleTimeout time.Duration
	// Resolver looks up MX records (net.DefaultResolver).
	Resolver Resolver
	// Logger receives operational logs; nil discards them.
	Logger *slog.Logger
}

// Deliverer delivers messages over SMTP. It is safe for concurrent use.
type Deliverer struct {
	cfg    Config
	routes map[string]string
	log    *slog.Logger
	pool   *pool
	bufs   sync.Pool // of *[]byte, bodyChunk long, for writeBody
}

// Request is one message to deliver to recipients of one domain.
type Request struct {
	From       string
	Domain     string
	Recipients []string // all in Domain
	// Methods are the acceptable transport methods in order of preference,
	// e.g. [tls-verified] or [tls-verified, tls, plain]. Other methods are
	// ignored.
	Methods []policy.Method
	// Body holds the final bytes (already DKIM-signed), CRLF line endings.
	Body []byte
	// Open, when set, returns the final bytes (already DKIM-signed, CRLF)
	// afresh for each attempt at a DATA, instead of Body; Size is their length.
	// Each reader is closed after its attempt. When Open or a read fails,
	// the recipients of that attempt get a temporary local error (4.3.0)
	// and no other next hop is tried.
	Open func() (io.ReadCloser, error)
	Size int64
	// RequireTLS is REQUIRETLS (RFC 8689) asked by the submitter: never
	// plain; the MAIL parameter is passed when the server offers it.
	RequireTLS bool
}

// size is the message size, for the SIZE parameter.
func (r *Request) size() int64 {
	if r.Open != nil {
		return r.Size
	}
	return int64(len(r.Body))
}

// open returns the message for one DATA.
func (r *Request) open() (io.ReadCloser, error) {
	if r.Open != nil {
		return r.Open()
	}
	return io.NopCloser(bytes.NewReader(r.Body)), nil
}

// Result is the outcome of one Deliver call.
type Result struct {
	Method     policy.Method // the method actually met ("" if none)
	RemoteHost string        // host:port that took (or last refused) the message
	TLSVersion string        // "TLS1.3", "" for plain
	Verified   bool          // certificate verified (PKIX, name match)
	Rcpts      []RcptResult  // one per Request.Recipients, same order
}

// RcptResult is the outcome for one recipient.
type RcptResult struct {
	Addr string
	Err  error // nil: accepted by the next hop; otherwise an *Error
}

// New returns a Deliverer; zero Config fields get their defaults.
func New(cfg Config) *Deliverer {
	cfg = withDefaults(cfg)
	log := cfg.Logger.With("component", "smtpout")
	d := &Deliverer{cfg: cfg, routes: lowerKeys(cfg.Routes), log: log}
	d.bufs.New = func() any { b := make([]byte, bodyChunk); return &b }
	d.pool = newPool(cfg.PerDestination, cfg.IdleTimeout, log)
	return d
}

func withDefaults(cfg Config) Config {
	if cfg.HeloName == "" {
		cfg.HeloName = hostname()
	}
	if cfg.Port == 0 {
		cfg.Port = DefaultPort
	}
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = DefaultConnectTimeout
	}
	if cfg.CommandTimeout <= 0 {
		cfg.CommandTimeout = DefaultCommandTimeout
	}
	if cfg.PerDestination <= 0 {
		cfg.PerDestination = DefaultPerDestination
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.Resolver == nil {
		cfg.Resolver = net.DefaultResolver
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg
}

func hostname() string {
	if h, err := os.Hostname(); err == nil && h != "" {
		return h
	}
	return "localhost"
}

func lowerKeys(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[strings.ToLower(strings.TrimSuffix(k, "."))] = v
	}
	return out
}

// Close closes the idle connections with QUIT. Deliveries in flight finish;
// their connections are closed instead of kept.
func (d *Deliverer) Close() error {
	d.pool.close()
	return nil
}

// Deliver sends req to the next hops of req.Domain in order until one takes
// it or refuses it. It never returns nil; every recipient gets a result.
func (d *Deliverer) Deliver(ctx context.Context, req *Request) *Result {
	res := newResult(req)
	if len(req.Recipients) == 0 {
		return res
	}
	n, err := needFor(req)
	if err != nil {
		res.failAll(err)
		return res
	}
	hops, err := d.nextHops(ctx, req.Domain)
	if err != nil {
		res.failAll(err)
		d.logResult(req, res)
		return res
	}
	hops = d.pool.preferIdle(hops, n.fits)
	for _, h := range hops {
		if d.deliverHop(ctx, h, req, n, res) {
			break
		}
	}
	d.logResult(req, res)
	return res
}

// deliverHop tries one next hop; it reports whether delivery is settled
// (no further hop must be tried).
func (d *Deliverer) deliverHop(ctx context.Context, h hop, req *Request, n need, res *Result) bool {
	for attempt := 0; attempt < 2; attempt++ {
		cn, err := d.connect(ctx, h, n, attempt == 0)
		if err != nil {
			res.noConn(h, d.errorFor(ctx, err, h))
			return ctx.Err() != nil
		}
		switch d.run(ctx, cn, req, res) {
		case outDone:
			return true
		case outNextHop:
			return ctx.Err() != nil
		}
		d.log.Debug("reused connection failed, retrying on a fresh one", "host", h.addr)
	}
	return false
}

func newResult(req *Request) *Result {
	res := &Result{Rcpts: make([]RcptResult, len(req.Recipients))}
	for i, a := range req.Recipients {
		res.Rcpts[i].Addr = a
	}
	return res
}

func (r *Result) failAll(err error) {
	for i := range r.Rcpts {
		r.Rcpts[i].Err = err
	}
}

// noConn records a hop that could not be connected to (or whose
// connection did not meet the request).
func (r *Result) noConn(h hop, err error) {
	r.Method, r.RemoteHost, r.TLSVersion, r.Verified = "", h.addr, "", false
	r.failAll(err)
}

// useConn records the connection a transaction runs on.
func (r *Result) useConn(cn *conn, methods []policy.Method) {
	r.Method = firstMet(methods, cn.sec)
	r.RemoteHost = cn.hop.addr
	r.TLSVersion = cn.tlsVersion
	r.Verified = cn.sec == secVerified
}

func (d *Deliverer) logResult(req *Request, res *Result) {
	ok, temp, perm := 0, 0, 0
	var first *Error
	for _, r := range res.Rcpts {
		var e *Error
		switch {
		case r.Err == nil:
			ok++
			continue
		case asErr(r.Err, &e) && !e.Temporary:
			perm++
		default:
			temp++
		}
		if first == nil {
			first = e
		}
	}
	attrs := []any{"domain", req.Domain, "host", res.RemoteHost, "method", res.Method,
		"tls", res.TLSVersion, "verified", res.Verified, "accepted", ok, "deferred", temp, "failed", perm}
	if first != nil {
		attrs = append(attrs, "code", first.Code, "enhanced", first.Enhanced)
		if first.Code == 0 { // a local reason: it names hosts, never addresses
			attrs = append(attrs, "reason", first.Msg)
		}
	}
	d.log.Info("delivery attempt", attrs...)
}
