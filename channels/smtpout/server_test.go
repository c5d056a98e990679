package smtpout

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"log"
	"log/slog"
	"math/big"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// pki holds a test CA and two server certificates for 127.0.0.1 and
// localhost: one issued by the CA, one self-signed.
type pki struct {
	roots     *x509.CertPool
	trusted   tls.Certificate
	untrusted tls.Certificate
}

func newPKI(t testing.TB) *pki {
	t.Helper()
	caKey := newKey(t)
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "Sealpost Test CA"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, caKey.Public(), caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		t.Fatal(err)
	}
	p := &pki{roots: x509.NewCertPool()}
	p.roots.AddCert(ca)
	p.trusted = leaf(t, ca, caKey)
	p.untrusted = leaf(t, nil, nil)
	return p
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// leaf issues a server certificate signed by parent, or self-signed when
// parent is nil.
func leaf(t testing.TB, parent *x509.Certificate, parentKey crypto.Signer) tls.Certificate {
	t.Helper()
	key := newKey(t)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1), net.IPv4(127, 0, 0, 2), net.IPv4(127, 0, 0, 3)},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	if parent == nil {
		parent, parentKey = tmpl, key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, key.Public(), parentKey)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

// backend is a go-smtp next hop that records what it sees and fails on
// demand.
type backend struct {
	mu         sync.Mutex
	mails      int
	mailTLS    []bool  // whether each MAIL came over TLS
	requireTLS []bool  // REQUIRETLS parameter of each MAIL
	sizes      []int64 // SIZE parameter of each MAIL
	rcpts      []string
	datas      int
	bodies     [][]byte
	digests    [][sha256.Size]byte // of each body, kept or not
	conns      []*smtp.Conn

	reject    map[string]*smtp.SMTPError // RCPT address -> reply
	dataErr   *smtp.SMTPError
	dataDelay time.Duration
	dataGate  chan struct{} // when set, Data waits for a value
	discard   bool          // do not keep bodies (nor hold them whole)
}

func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.conns = append(b.conns, c)
	return &session{b: b, c: c}, nil
}

func (b *backend) snapshot() (mails, datas int, rcpts []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.mails, b.datas, append([]string(nil), b.rcpts...)
}

type session struct {
	b   *backend
	c   *smtp.Conn
	buf []byte // for copying bodies, one per connection
}

func (s *session) Reset()        {}
func (s *session) Logout() error { return nil }

func (s *session) Mail(from string, opts *smtp.MailOptions) error {
	_, isTLS := s.c.TLSConnectionState()
	s.b.mu.Lock()
	defer s.b.mu.Unlock()
	s.b.mails++
	s.b.mailTLS = append(s.b.mailTLS, isTLS)
	s.b.requireTLS = append(s.b.requireTLS, opts != nil && opts.RequireTLS)
	s.b.sizes = append(s.b.sizes, opts.Size)
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.b.mu.Lock()
	defer s.b.mu.Unlock()
	if err := s.b.reject[to]; err != nil {
		return err
	}
	s.b.rcpts = append(s.b.rcpts, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	if s.b.dataGate != nil {
		<-s.b.dataGate
	}
	time.Sleep(s.b.dataDelay)
	h := sha256.New()
	var body bytes.Buffer
	w := io.MultiWriter(h, &body)
	if s.b.discard {
		w = h
	}
	if s.buf == nil {
		s.buf = make([]byte, 32<<10)
	}
	if _, err := io.CopyBuffer(w, r, s.buf); err != nil {
		return err
	}
	s.b.mu.Lock()
	defer s.b.mu.Unlock()
	s.b.datas++
	s.b.digests = append(s.b.digests, [sha256.Size]byte(h.Sum(nil)))
	if !s.b.discard {
		s.b.bodies = append(s.b.bodies, body.Bytes())
	}
	if s.b.dataErr != nil {
		return s.b.dataErr
	}
	return nil
}

// countingListener counts accepted connections and the most open at once.
type countingListener struct {
	net.Listener
	accepted, active, maxActive atomic.Int64
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	l.accepted.Add(1)
	n := l.active.Add(1)
	for {
		m := l.maxActive.Load()
		if n <= m || l.maxActive.CompareAndSwap(m, n) {
			break
		}
	}
	return &countedConn{Conn: c, l: l}, nil
}

type countedConn struct {
	net.Conn
	l    *countingListener
	once sync.Once
}

func (c *countedConn) Close() error {
	c.once.Do(func() { c.l.active.Add(-1) })
	return c.Conn.Close()
}

type serverKind int

const (
	trusted   serverKind = iota // STARTTLS, certificate from the test CA
	untrusted                   // STARTTLS, self-signed certificate
	plain                       // no STARTTLS
	oldTLS                      // STARTTLS with TLS 1.1 at most, trusted certificate
)

type testServer struct {
	addr string
	srv  *smtp.Server
	ln   *countingListener
	be   *backend
}

// startServer runs a go-smtp next hop on addr ("127.0.0.1:0" for any
// port); setup adjusts the server and its backend before it serves.
func startServer(t testing.TB, p *pki, kind serverKind, addr string, setup ...func(*testServer)) *testServer {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{addr: l.Addr().String(), ln: &countingListener{Listener: l}, be: &backend{}}
	ts.srv = smtp.NewServer(ts.be)
	ts.srv.Domain = "mx.test"
	// go-smtp's read deadline covers a whole DATA: a 20 MB message under
	// the race detector, on a loaded CI machine, has taken over 10 s.
	ts.srv.ReadTimeout = 2 * time.Minute
	ts.srv.WriteTimeout = 10 * time.Second
	ts.srv.ErrorLog = log.New(io.Discard, "", 0)
	switch kind {
	case trusted:
		ts.srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{p.trusted}}
	case oldTLS:
		ts.srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{p.trusted},
			MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11}
	case untrusted:
		ts.srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{p.untrusted}}
	}
	for _, f := range setup {
		f(ts)
	}
	go ts.srv.Serve(ts.ln)
	t.Cleanup(func() { ts.srv.Close() })
	return ts
}

func (ts *testServer) port(t testing.TB) int {
	t.Helper()
	return ts.ln.Addr().(*net.TCPAddr).Port
}

// waitActive waits until the server has n open connections.
func (ts *testServer) waitActive(t testing.TB, n int64) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for ts.ln.active.Load() != n {
		if time.Now().After(deadline) {
			t.Fatalf("server has %d open connections, want %d", ts.ln.active.Load(), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// fakeResolver answers MX lookups from a table.
type fakeResolver struct {
	mxs []*net.MX
	err error
}

func (r *fakeResolver) LookupMX(context.Context, string) ([]*net.MX, error) {
	return r.mxs, r.err
}

var _ Resolver = (*fakeResolver)(nil)

// newDeliverer returns a Deliverer trusting the test CA; mod adjusts it.
func newDeliverer(t testing.TB, p *pki, mod func(*Config)) *Deliverer {
	t.Helper()
	cfg := Config{
		HeloName:       "relay.test",
		RootCAs:        p.roots,
		ConnectTimeout: 2 * time.Second,
		CommandTimeout: 5 * time.Second,
		Logger:         slog.New(slog.DiscardHandler),
	}
	if mod != nil {
		mod(&cfg)
	}
	d := New(cfg)
	t.Cleanup(func() { d.Close() })
	return d
}

func routeTo(ts *testServer) func(*Config) {
	return func(c *Config) { c.Routes = map[string]string{"example.org": ts.addr} }
}
