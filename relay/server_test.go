package relay

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/tlscert"
	"github.com/sealpost/sealpost/internal/testutil"
)

// recorder is an Acceptor that keeps every submission, or fails with err.
type recorder struct {
	mu   sync.Mutex
	subs []*Submission
	err  error
}

func (r *recorder) Accept(_ context.Context, s *Submission) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return "", r.err
	}
	r.subs = append(r.subs, s)
	return fmt.Sprintf("q%d", len(r.subs)), nil
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.subs)
}

func (r *recorder) last(t testing.TB) *Submission {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.subs) == 0 {
		t.Fatal("no submission reached the Acceptor")
	}
	return r.subs[len(r.subs)-1]
}

func (r *recorder) fail(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.err = err
}

const (
	testUser = "dr@clinic.example"
	testPass = "right-password"
)

// fakeAuth knows one account; "bad" gets ErrBadCredentials, err fails
// every check.
type fakeAuth struct {
	mu  sync.Mutex
	err error
}

func (a *fakeAuth) Authenticate(_ context.Context, user, pass string) (*Account, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	switch {
	case a.err != nil:
		return nil, a.err
	case user == testUser && pass == testPass:
		return &Account{Name: "dr", MaySendAs: []string{"@clinic.example", "billing@partner.example"}}, nil
	case user == "bad":
		return nil, ErrBadCredentials
	}
	return nil, nil
}

// env is a Server with its three listeners on 127.0.0.1.
type testEnv struct {
	srv                     *Server
	acc                     *recorder
	auth                    *fakeAuth
	logs                    *testutil.Buffer
	roots                   *x509.CertPool
	submission, submissions string
	relay                   string
}

// testEnvOptions changes the test defaults.
type testEnvOptions struct {
	limits    func(*conf.Limits)
	allow     string // relay allow_networks; default 127.0.0.1/32
	maySendAs []string
	smsDomain string
}

func testLimits() conf.Limits {
	return conf.Limits{MaxMessageSize: 4000, MaxRecipients: 3, MaxLineLength: 1000,
		CommandTimeout: 5 * time.Second, DataTimeout: 10 * time.Second, DataIdleTimeout: 2 * time.Second,
		AuthFailures: 3, AuthWindow: time.Minute, MaxConnections: 50}
}

func newTestEnv(t testing.TB, o testEnvOptions) *testEnv {
	t.Helper()
	lim := testLimits()
	if o.limits != nil {
		o.limits(&lim)
	}
	if o.allow == "" {
		o.allow = "127.0.0.1/32"
	}
	if o.maySendAs == nil {
		o.maySendAs = []string{"@clinic.example"}
	}
	tlsConf, roots := testTLS(t)
	e := &testEnv{acc: &recorder{}, auth: &fakeAuth{}, logs: &testutil.Buffer{}, roots: roots}
	srv, err := NewServer(ServerConfig{Hostname: "relay.test", SMSDomain: o.smsDomain, Limits: lim, TLS: tlsConf, Auth: e.auth,
		Acceptor: e.acc, Logger: slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	e.srv = srv
	e.submission = serveOn(t, srv.ServeSubmission)
	e.submissions = serveOn(t, srv.ServeSubmissions)
	e.relay = serveOn(t, func(l net.Listener) error {
		return srv.ServeRelay(l, []netip.Prefix{netip.MustParsePrefix(o.allow)}, o.maySendAs)
	})
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return e
}

func serveOn(t testing.TB, serve func(net.Listener) error) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go serve(l)
	return l.Addr().String()
}

func testTLS(t testing.TB) (*tls.Config, *x509.CertPool) {
	t.Helper()
	certPEM, keyPEM, err := tlscert.SelfSigned([]string{"relay.test"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	pair, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(certPEM)
	return &tls.Config{Certificates: []tls.Certificate{pair}, MinVersion: tls.VersionTLS12}, roots
}

func (e *testEnv) clientTLS() *tls.Config {
	return &tls.Config{RootCAs: e.roots, ServerName: "relay.test"}
}

// dialogue is a raw SMTP conversation.
type dialogue struct {
	t    testing.TB
	conn net.Conn
	r    *bufio.Reader
}

func dial(t testing.TB, addr string) *dialogue {
	t.Helper()
	return dialFrom(t, "127.0.0.1", addr)
}

// dialFrom connects from a chosen loopback address (any 127/8 works).
func dialFrom(t testing.TB, local, addr string) *dialogue {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}, Timeout: 5 * time.Second}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.SetDeadline(time.Now().Add(15 * time.Second))
	t.Cleanup(func() { c.Close() })
	return &dialogue{t: t, conn: c, r: bufio.NewReader(c)}
}

// dialTLS connects to an implicit-TLS listener.
func (e *testEnv) dialTLS(t testing.TB) *dialogue {
	t.Helper()
	d := dial(t, e.submissions)
	tc := tls.Client(d.conn, e.clientTLS())
	if err := tc.Handshake(); err != nil {
		t.Fatal(err)
	}
	d.conn, d.r = tc, bufio.NewReader(tc)
	return d
}

// lines reads one reply, all its lines.
func (d *dialogue) lines() []string {
	d.t.Helper()
	var out []string
	for {
		line, err := d.r.ReadString('\n')
		if err != nil {
			return append(out, "EOF")
		}
		line = strings.TrimRight(line, "\r\n")
		out = append(out, line)
		if len(line) < 4 || line[3] != '-' {
			return out
		}
	}
}

// reply reads one reply and returns its last line.
func (d *dialogue) reply() string {
	d.t.Helper()
	l := d.lines()
	return l[len(l)-1]
}

// send writes raw text and returns the reply.
func (d *dialogue) send(raw string) string {
	d.t.Helper()
	if _, err := fmt.Fprint(d.conn, raw); err != nil {
		return "EOF"
	}
	return d.reply()
}

// expect sends a command line and checks the reply's prefix.
func (d *dialogue) expect(cmd, want string) string {
	d.t.Helper()
	got := d.send(cmd + "\r\n")
	if !strings.HasPrefix(got, want) {
		d.t.Fatalf("%q → %q, want %q…", cmd, got, want)
	}
	return got
}

// greet reads the greeting and says EHLO, returning the EHLO lines.
func (d *dialogue) greet() []string {
	d.t.Helper()
	if g := d.reply(); !strings.HasPrefix(g, "220 ") {
		d.t.Fatalf("greeting %q", g)
	}
	fmt.Fprint(d.conn, "EHLO client.test\r\n")
	return d.lines()
}

// starttls upgrades the dialogue and says EHLO again.
func (d *dialogue) starttls(e *testEnv) []string {
	d.t.Helper()
	d.expect("STARTTLS", "220")
	tc := tls.Client(d.conn, e.clientTLS())
	if err := tc.Handshake(); err != nil {
		d.t.Fatal(err)
	}
	d.conn, d.r = tc, bufio.NewReader(tc)
	fmt.Fprint(d.conn, "EHLO client.test\r\n")
	return d.lines()
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func (d *dialogue) authPlain(user, pass string) string {
	d.t.Helper()
	return d.send("AUTH PLAIN " + b64("\x00"+user+"\x00"+pass) + "\r\n")
}

// loggedIn opens an authenticated STARTTLS session.
func (e *testEnv) loggedIn(t testing.TB) *dialogue {
	t.Helper()
	d := dial(t, e.submission)
	d.greet()
	d.starttls(e)
	if got := d.authPlain(testUser, testPass); !strings.HasPrefix(got, "235 ") {
		t.Fatalf("AUTH: %q", got)
	}
	return d
}

// transaction runs MAIL, RCPT, DATA with a raw body (ending included)
// and returns the final reply.
func (d *dialogue) transaction(from, body string, rcpts ...string) string {
	d.t.Helper()
	if len(rcpts) == 0 {
		rcpts = []string{"pat@example.net"}
	}
	d.expect("MAIL FROM:<"+from+">", "250")
	for _, r := range rcpts {
		d.expect("RCPT TO:<"+r+">", "250")
	}
	d.expect("DATA", "354")
	return d.send(body)
}

// message is a clean message from addr, ready for DATA.
func cleanMessage(from string) string {
	return "From: Dr. Example <" + from + ">\r\nTo: <pat@example.net>\r\nSubject: results\r\n\r\nhello\r\n.\r\n"
}

func hasLine(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l[min(4, len(l)):], prefix) {
			return true
		}
	}
	return false
}

func TestNewServerRequires(t *testing.T) {
	tlsConf, _ := testTLS(t)
	ok := ServerConfig{Hostname: "h", TLS: tlsConf, Auth: &fakeAuth{}, Acceptor: &recorder{}}
	cases := []struct {
		name string
		edit func(*ServerConfig)
	}{
		{"no TLS", func(c *ServerConfig) { c.TLS = nil }},
		{"no hostname", func(c *ServerConfig) { c.Hostname = "" }},
		{"no Authenticator", func(c *ServerConfig) { c.Auth = nil }},
		{"no Acceptor", func(c *ServerConfig) { c.Acceptor = nil }},
	}
	for _, c := range cases {
		cfg := ok
		c.edit(&cfg)
		if _, err := NewServer(cfg); err == nil {
			t.Errorf("%s: NewServer accepted it", c.name)
		}
	}
	srv, err := NewServer(ok)
	if err != nil {
		t.Fatal(err)
	}
	if d := conf.Default().Limits; srv.lim != d {
		t.Errorf("zero limits became %+v, want the defaults %+v", srv.lim, d)
	}
}

func TestShutdownClosesLingeringSessions(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.relay)
	d.greet()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if err := e.srv.Shutdown(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Shutdown with an idle session open = %v, want the context's error", err)
	}
	if got := d.send("NOOP\r\n"); got != "EOF" {
		t.Fatalf("session still open after Shutdown: %q", got)
	}
	if _, err := net.DialTimeout("tcp", e.relay, time.Second); err == nil {
		t.Fatal("listener still accepting after Shutdown")
	}
	if err := e.srv.ServeRelay(mustListen(t), nil, nil); err == nil {
		t.Fatal("ServeRelay after Shutdown: want an error")
	}
}

func TestShutdownIdle(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.relay)
	d.greet()
	d.expect("QUIT", "221")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := e.srv.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown with no session open = %v", err)
	}
	if err := e.srv.Shutdown(ctx); err != nil {
		t.Fatalf("second Shutdown = %v", err)
	}
}

func mustListen(t testing.TB) net.Listener {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestMaxConnections(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{limits: func(l *conf.Limits) { l.MaxConnections = 2 }})
	a, b := dial(t, e.relay), dial(t, e.submission)
	a.greet()
	b.greet()
	c := dial(t, e.relay)
	if got := c.reply(); !strings.HasPrefix(got, "421 4.7.0") {
		t.Fatalf("third connection greeted with %q, want 421 4.7.0", got)
	}
	s := e.dialTLS(t) // implicit TLS: refused inside TLS, readable
	if got := s.reply(); !strings.HasPrefix(got, "421 4.7.0") {
		t.Fatalf("third connection (implicit TLS) greeted with %q, want 421 4.7.0", got)
	}
	a.expect("QUIT", "221")
	deadline := time.Now().Add(5 * time.Second)
	for {
		d := dial(t, e.relay)
		got := d.reply()
		if strings.HasPrefix(got, "220 ") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("slot never given back after QUIT: %q", got)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
