// Package e2e drives the real sealpost binary end to end: it builds it,
// writes a config into a temp dir, starts `sealpost serve`, submits over
// real SMTP sockets and watches a downstream sink (a go-smtp server in the
// test process) receive what the relay delivers.
package e2e

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/crypto/tlscert"
	"github.com/sealpost/sealpost/internal/testutil"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sealpost-e2e-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "sealpost")
	build := exec.Command("go", "build", "-race", "-o", binary, "github.com/sealpost/sealpost/cmd/sealpost")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: building sealpost failed:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// requireTool fails under CI=true and skips elsewhere when a peer is missing.
func requireTool(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); err == nil {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is required in CI (the test command installs it)", path)
	}
	t.Skipf("%s not installed", path)
}

// freePort returns a loopback port that was free a moment ago and that
// it has not returned before: one sealpost given the same port for two
// listeners fails to start. It picks below Linux's ephemeral range
// (32768-60999): a port there that the system handed out and took back
// may be the source port of any connection a test in another package
// dials meanwhile, and the listener started on it later finds it in use.
func freePort(t *testing.T) int {
	t.Helper()
	portsMu.Lock()
	defer portsMu.Unlock()
	for range 200 {
		port := 20000 + rand.IntN(12000)
		if portsGiven[port] {
			continue
		}
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			continue // taken: try another
		}
		l.Close()
		portsGiven[port] = true
		return port
	}
	t.Fatal("no new free port in 200 tries")
	return 0
}

var (
	portsMu    sync.Mutex
	portsGiven = map[int]bool{}
)

// sealpost runs one sealpost command to completion.
func sealpost(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	args = append(strings.Fields(args[0]), args[1:]...) // "user add" is two words
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// env is one relay under test with its files and downstream.
type env struct {
	t          *testing.T
	dir        string
	cfgPath    string
	submission string // host:port
	relay      string
	sinkAddr   string
	sinkCA     *x509.CertPool
	sinkCAFile string
	dkimTXT    map[string]string // selector -> TXT record
	proc       *exec.Cmd
	logs       *testutil.Buffer
}

// opts shapes the config an env writes.
type opts struct {
	policy   string // policy.yaml text; "" = built-in
	retryMin string
	extra    string // more YAML appended to the config
	keys     string // more YAML under keys: (WKD is off: tests stay on loopback)
	// routeSender routes the sender's domain, example.org, to the sink
	// too: for mail that goes back to the sender (a secure reply).
	routeSender bool
}

func newEnv(t *testing.T, o opts) *env {
	t.Helper()
	e := &env{t: t, dir: t.TempDir(), dkimTXT: map[string]string{}}
	e.submission = fmt.Sprintf("127.0.0.1:%d", freePort(t))
	e.relay = fmt.Sprintf("127.0.0.1:%d", freePort(t))
	e.sinkAddr = fmt.Sprintf("127.0.0.1:%d", freePort(t))
	e.writeTLS()
	e.writeDKIM()
	e.writeConfig(o)
	out, err := sealpost(t, "s3cret-Passw0rd\n", "user add", "-config", e.cfgPath,
		"-may-send-as", "@example.org", "alice@example.org")
	if err != nil {
		t.Fatalf("user add: %v\n%s", err, out)
	}
	return e
}

func (e *env) path(name string) string { return filepath.Join(e.dir, name) }

func (e *env) write(name string, data []byte, mode os.FileMode) {
	e.t.Helper()
	if err := os.MkdirAll(filepath.Dir(e.path(name)), 0o700); err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(e.path(name), data, mode); err != nil {
		e.t.Fatal(err)
	}
}

// writeTLS makes the relay's certificate and the sink's CA.
func (e *env) writeTLS() {
	cert, key, err := tlscert.SelfSigned([]string{"relay.test", "127.0.0.1"}, time.Hour)
	if err != nil {
		e.t.Fatal(err)
	}
	e.write("tls/cert.pem", cert, 0o644)
	e.write("tls/key.pem", key, 0o600)
	sinkCert, sinkKey, err := tlscert.SelfSigned([]string{"127.0.0.1", "localhost"}, time.Hour)
	if err != nil {
		e.t.Fatal(err)
	}
	e.write("sink/cert.pem", sinkCert, 0o644)
	e.write("sink/key.pem", sinkKey, 0o600)
	e.sinkCAFile = e.path("sink/cert.pem")
	e.sinkCA = x509.NewCertPool()
	e.sinkCA.AppendCertsFromPEM(sinkCert)
}

func (e *env) sinkTLS() *tls.Config {
	pair, err := tls.LoadX509KeyPair(e.path("sink/cert.pem"), e.path("sink/key.pem"))
	if err != nil {
		e.t.Fatal(err)
	}
	return &tls.Config{Certificates: []tls.Certificate{pair}}
}

// writeDKIM makes the RSA and Ed25519 keys with `sealpost dkim keygen`
// and keeps the TXT records it prints.
func (e *env) writeDKIM() {
	for _, k := range []struct{ algo, sel string }{{"rsa", "rsa"}, {"ed25519", "ed"}} {
		out, err := sealpost(e.t, "", "dkim keygen", "-domain", "example.org", "-selector", k.sel,
			"-algo", k.algo, "-out", e.path("dkim/"+k.sel+".private"))
		if err != nil {
			e.t.Fatalf("dkim keygen: %v\n%s", err, out)
		}
		e.dkimTXT[k.sel] = txtValue(e.t, out)
	}
}

// txtValue joins the quoted strings of a zone-file TXT line.
func txtValue(t *testing.T, out string) string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if !strings.Contains(line, "IN TXT") {
			continue
		}
		var b strings.Builder
		parts := strings.Split(line, `"`)
		for i := 1; i < len(parts); i += 2 {
			b.WriteString(parts[i])
		}
		return b.String()
	}
	t.Fatalf("no TXT record in keygen output:\n%s", out)
	return ""
}

func (e *env) writeConfig(o opts) {
	if o.retryMin == "" {
		o.retryMin = "1s"
	}
	policyLine := ""
	if o.policy != "" {
		e.write("policy.yaml", []byte(o.policy), 0o644)
		policyLine = "policy_file: policy.yaml\n"
	}
	cfg := fmt.Sprintf(`hostname: relay.test
data_dir: data
%slisteners:
  submission:
    address: %q
  submissions:
    address: ""
  relay:
    address: %q
    allow_networks: ["127.0.0.0/8"]
    may_send_as: ["@example.org"]
tls:
  cert_file: tls/cert.pem
  key_file: tls/key.pem
limits:
  max_message_size: 1MiB
  max_recipients: 5
dkim:
  - {domain: example.org, selector: rsa, key_file: dkim/rsa.private}
  - {domain: example.org, selector: ed, key_file: dkim/ed.private}
delivery:
  routes:
    example.net: %q
%s  extra_ca_files: [sink/cert.pem]
  retry_min: %s
  retry_max: 2s
  connect_timeout: 2s
  command_timeout: 10s
keys:
  wkd: false
%smaster_key:
  file: master.key
log:
  level: debug
%s`, policyLine, e.submission, e.relay, e.sinkAddr, senderRoute(o, e.sinkAddr), o.retryMin, o.keys, o.extra)
	e.write("sealpost.yaml", []byte(cfg), 0o600)
	e.cfgPath = e.path("sealpost.yaml")
	e.writeMasterKey()
}

// writeMasterKey replaces master.key with a fresh keyring.
func (e *env) writeMasterKey() {
	key, err := seal.NewKeyringFile()
	if err != nil {
		e.t.Fatal(err)
	}
	e.write("master.key", key, 0o600)
}

// start runs `sealpost serve` and waits until it listens.
func (e *env) start() {
	e.t.Helper()
	e.logs = &testutil.Buffer{}
	e.proc = exec.Command(binary, "serve", "-config", e.cfgPath)
	e.proc.Stdout, e.proc.Stderr = e.logs, e.logs
	if err := e.proc.Start(); err != nil {
		e.t.Fatal(err)
	}
	proc := e.proc
	e.t.Cleanup(func() { stop(proc) })
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.Dial("tcp", e.relay); err == nil {
			c.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	e.t.Fatalf("sealpost did not start listening:\n%s", e.logs.String())
}

// kill ends the server with SIGKILL: no shutdown, no flush.
func (e *env) kill() {
	e.proc.Process.Signal(syscall.SIGKILL)
	e.proc.Wait()
}

func stop(p *exec.Cmd) {
	if p.ProcessState != nil {
		return
	}
	p.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { p.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		p.Process.Kill()
		<-done
	}
}

// sink is the downstream SMTP server the relay delivers to.
type sink struct {
	mu       sync.Mutex
	msgs     []received
	server   *smtp.Server
	sessions int
}

type received struct {
	from string
	to   []string
	data []byte
	tls  bool
}

// startSink serves on addr; with tlsConf nil it offers no STARTTLS.
func startSink(t *testing.T, addr string, tlsConf *tls.Config) *sink {
	t.Helper()
	s := &sink{}
	s.server = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		s.mu.Lock()
		s.sessions++
		s.mu.Unlock()
		return &sinkSession{sink: s, conn: c}, nil
	}))
	s.server.Domain = "sink.test"
	s.server.TLSConfig = tlsConf
	s.server.AllowInsecureAuth = true
	var l net.Listener
	var err error
	for i := 0; i < 50; i++ { // the port may still be in TIME_WAIT from a killed relay's dial
		if l, err = net.Listen("tcp", addr); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	go s.server.Serve(l)
	t.Cleanup(func() { s.server.Close() })
	return s
}

func (s *sink) all() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.msgs...)
}

// waitFor waits until the sink holds n messages or the time is up.
func (s *sink) waitFor(n int, d time.Duration) []received {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if got := s.all(); len(got) >= n {
			return got
		}
		time.Sleep(50 * time.Millisecond)
	}
	return s.all()
}

type sinkSession struct {
	sink *sink
	conn *smtp.Conn
	msg  received
}

func (s *sinkSession) Reset()        { s.msg = received{} }
func (s *sinkSession) Logout() error { return nil }
func (s *sinkSession) Mail(from string, _ *smtp.MailOptions) error {
	s.msg.from = from
	return nil
}
func (s *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.msg.to = append(s.msg.to, to)
	return nil
}
func (s *sinkSession) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	_, s.msg.tls = s.conn.TLSConnectionState()
	s.msg.data = data
	s.sink.mu.Lock()
	s.sink.msgs = append(s.sink.msgs, s.msg)
	s.sink.mu.Unlock()
	return nil
}

// senderRoute is the route line of opts.routeSender, or nothing.
func senderRoute(o opts, sink string) string {
	if !o.routeSender {
		return ""
	}
	return fmt.Sprintf("    example.org: %q\n", sink)
}
