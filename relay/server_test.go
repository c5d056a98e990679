package relay

import (
	"bufio"
	"context"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/tlscert"
)

// recorder is an Acceptor that keeps every submission.
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
	return "id1", nil
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.subs)
}

// staticAuth knows one account.
type staticAuth struct{}

func (staticAuth) Authenticate(_ context.Context, user, pass string) (*Account, error) {
	if user == "dr@clinic.example" && pass == "right" {
		return &Account{Name: user, MaySendAs: []string{"@clinic.example"}}, nil
	}
	return nil, nil
}

type testServer struct {
	srv        *Server
	acc        *recorder
	submission string
	relay      string
}

func newTestServer(t *testing.T, allow string) *testServer {
	t.Helper()
	cert, key, _ := tlscert.SelfSigned([]string{"relay.test"}, time.Hour)
	pair, _ := tls.X509KeyPair(cert, key)
	lim := conf.Default().Limits
	lim.MaxMessageSize, lim.MaxRecipients, lim.AuthFailures = 2000, 3, 3
	lim.DataIdleTimeout = time.Second
	acc := &recorder{}
	srv, err := NewServer(ServerConfig{Hostname: "relay.test", Limits: lim,
		TLS: &tls.Config{Certificates: []tls.Certificate{pair}}, Auth: staticAuth{}, Acceptor: acc})
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{srv: srv, acc: acc}
	sub, _ := net.Listen("tcp", "127.0.0.1:0")
	rel, _ := net.Listen("tcp", "127.0.0.1:0")
	ts.submission, ts.relay = sub.Addr().String(), rel.Addr().String()
	go srv.ServeSubmission(sub)
	go srv.ServeRelay(rel, []netip.Prefix{netip.MustParsePrefix(allow)}, []string{"@clinic.example"})
	t.Cleanup(func() { srv.Shutdown(context.Background()) })
	return ts
}

// dialogue is a raw SMTP conversation.
type dialogue struct {
	t    *testing.T
	conn net.Conn
	r    *bufio.Reader
}

func dial(t *testing.T, addr string) *dialogue {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.SetDeadline(time.Now().Add(10 * time.Second))
	t.Cleanup(func() { c.Close() })
	return &dialogue{t: t, conn: c, r: bufio.NewReader(c)}
}

// reply reads one (possibly multi-line) reply and returns its last line.
func (d *dialogue) reply() string {
	d.t.Helper()
	for {
		line, err := d.r.ReadString('\n')
		if err != nil {
			return "EOF"
		}
		if len(line) < 4 || line[3] != '-' {
			return strings.TrimRight(line, "\r\n")
		}
	}
}

// send writes raw text and returns the reply.
func (d *dialogue) send(raw string) string {
	d.t.Helper()
	fmt.Fprint(d.conn, raw)
	return d.reply()
}

// expect sends a command line and checks the reply's prefix.
func (d *dialogue) expect(cmd, want string) {
	d.t.Helper()
	if got := d.send(cmd + "\r\n"); !strings.HasPrefix(got, want) {
		d.t.Fatalf("%q → %q, want %q…", cmd, got, want)
	}
}

func (d *dialogue) starttls() {
	d.t.Helper()
	d.expect("STARTTLS", "220")
	tc := tls.Client(d.conn, &tls.Config{InsecureSkipVerify: true})
	if err := tc.Handshake(); err != nil {
		d.t.Fatal(err)
	}
	d.conn, d.r = tc, bufio.NewReader(tc)
	d.expect("EHLO client.test", "250")
}

func (d *dialogue) login(user, pass string) string {
	return d.send("AUTH PLAIN " + base64.StdEncoding.EncodeToString([]byte("\x00"+user+"\x00"+pass)) + "\r\n")
}

const okBody = "From: <dr@clinic.example>\r\nTo: <pat@example.net>\r\nSubject: hi\r\n\r\nhello\r\n"

func TestSubmissionRequiresAuthOverTLS(t *testing.T) {
	ts := newTestServer(t, "127.0.0.0/8")
	d := dial(t, ts.submission)
	d.reply()
	d.expect("EHLO client.test", "250")
	d.expect("AUTH PLAIN AGRyAHJpZ2h0", "523 5.7.10") // no AUTH before TLS
	d.expect("MAIL FROM:<dr@clinic.example>", "530 5.7.0")
	d.starttls()
	d.expect("MAIL FROM:<dr@clinic.example>", "530 5.7.0")
	if got := d.login("dr@clinic.example", "wrong"); !strings.HasPrefix(got, "535 5.7.8") {
		t.Fatalf("bad password: %q", got)
	}
	if got := d.login("dr@clinic.example", "right"); !strings.HasPrefix(got, "235") {
		t.Fatalf("good password: %q", got)
	}
	d.expect("MAIL FROM:<someone@other.example>", "550 5.7.1")
	d.expect("MAIL FROM:<dr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	d.expect("DATA", "354")
	if got := d.send(okBody + ".\r\n"); !strings.HasPrefix(got, "250 2.0.0 OK queued as id1") {
		t.Fatalf("data: %q", got)
	}
	sub := ts.acc.subs[0]
	if sub.Submitter != "dr@clinic.example" || !sub.TLS || !strings.HasPrefix(string(sub.Body), "Received: from client.test") ||
		!strings.Contains(string(sub.Body), "Message-ID: <") {
		t.Errorf("submission %+v\n%s", sub, sub.Body)
	}
}

func TestAuthLoginAndThrottle(t *testing.T) {
	ts := newTestServer(t, "127.0.0.0/8")
	d := dial(t, ts.submission)
	d.reply()
	d.expect("EHLO client.test", "250")
	d.starttls()
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	d.expect("AUTH LOGIN", "334 "+b64("Username:"))
	d.expect(b64("dr@clinic.example"), "334 "+b64("Password:"))
	d.expect(b64("right"), "235")

	e := dial(t, ts.submission)
	e.reply()
	e.expect("EHLO client.test", "250")
	e.starttls()
	for i := 0; i < 3; i++ {
		if got := e.login("dr@clinic.example", "guess"); !strings.HasPrefix(got, "535") {
			t.Fatalf("attempt %d: %q", i, got)
		}
	}
	if got := e.login("dr@clinic.example", "right"); !strings.HasPrefix(got, "454 4.7.0") {
		t.Fatalf("after 3 failures the right password still got %q; want a lock-out", got)
	}
}

func TestRelayListener(t *testing.T) {
	ts := newTestServer(t, "127.0.0.0/8")
	d := dial(t, ts.relay)
	d.reply()
	d.expect("EHLO legacy-ehr", "250")
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	d.expect("DATA", "354")
	if got := d.send(strings.Replace(okBody, "dr@", "ehr@", 1) + ".\r\n"); !strings.HasPrefix(got, "250") {
		t.Fatalf("relay data: %q", got)
	}
	d.expect("MAIL FROM:<ehr@elsewhere.example>", "550 5.7.1")

	closed := newTestServer(t, "127.0.0.2/32") // we connect from 127.0.0.1
	e := dial(t, closed.relay)
	if got := e.reply(); !strings.HasPrefix(got, "554 5.7.1") {
		t.Fatalf("client outside allow_networks greeted with %q", got)
	}
	if got := e.send("EHLO x\r\n"); got != "EOF" {
		t.Fatalf("connection stayed open: %q", got)
	}
}

// TestHostileData: smuggling, foreign From, size and recipient limits.
func TestHostileData(t *testing.T) {
	ts := newTestServer(t, "127.0.0.0/8")
	d := dial(t, ts.relay)
	d.reply()
	d.expect("EHLO legacy-ehr", "250")
	transaction := func(body string) string {
		d.expect("MAIL FROM:<ehr@clinic.example>", "250")
		d.expect("RCPT TO:<pat@example.net>", "250")
		d.expect("DATA", "354")
		return d.send(body)
	}
	smuggled := "MAIL FROM:<ehr@clinic.example>\r\nRCPT TO:<victim@example.net>\r\nDATA\r\nFrom: <ceo@clinic.example>\r\n\r\nwire money\r\n"
	cases := []struct{ name, body, want string }{
		{"LF dot LF", okBody + "\n.\n" + smuggled + ".\r\n", "550 5.6.0"},
		{"CR dot CR", okBody + "\r.\r" + smuggled + ".\r\n", "550 5.6.0"},
		{"CRLF dot LF", okBody + "\r\n.\n" + smuggled + ".\r\n", "550 5.6.0"},
		{"bare LF", "From: <ehr@clinic.example>\r\n\r\na\nb\r\n.\r\n", "550 5.6.0"},
		{"foreign From", strings.Replace(okBody, "dr@clinic.example", "boss@other.example", 1) + ".\r\n", "550 5.7.1"},
		{"no From", "Subject: x\r\n\r\nhi\r\n.\r\n", "550 5.6.0"},
		{"long line", "From: <ehr@clinic.example>\r\n\r\n" + strings.Repeat("a", 1200) + "\r\n.\r\n", "550 5.6.0"},
		{"oversize", "From: <ehr@clinic.example>\r\n\r\n" + strings.Repeat("a\r\n", 1200) + ".\r\n", "552 5.3.4"},
	}
	for _, c := range cases {
		if got := transaction(c.body); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: %q, want %s", c.name, got, c.want)
		}
	}
	if n := ts.acc.count(); n != 0 {
		t.Fatalf("%d hostile messages reached the pipeline", n)
	}
	if got := transaction(strings.Replace(okBody, "dr@", "ehr@", 1) + ".\r\n"); !strings.HasPrefix(got, "250") {
		t.Fatalf("clean message after the hostile ones: %q", got)
	}
	d.expect("MAIL FROM:<ehr@clinic.example> SIZE=999999", "552 5.3.4")
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	for i := 0; i < 3; i++ {
		d.expect(fmt.Sprintf("RCPT TO:<p%d@example.net>", i), "250")
	}
	d.expect("RCPT TO:<p4@example.net>", "452 4.5.3")
}

func TestAcceptorErrors(t *testing.T) {
	ts := newTestServer(t, "127.0.0.0/8")
	ts.acc.err = fmt.Errorf("disk on fire at /var/secret/path")
	d := dial(t, ts.relay)
	d.reply()
	d.expect("EHLO legacy-ehr", "250")
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	d.expect("DATA", "354")
	got := d.send(strings.Replace(okBody, "dr@", "ehr@", 1) + ".\r\n")
	if !strings.HasPrefix(got, "451 4.3.0") || strings.Contains(got, "secret") {
		t.Fatalf("store failure answered %q; want a generic 451 without internals", got)
	}
}

func TestSlowUploadIdleTimeout(t *testing.T) {
	ts := newTestServer(t, "127.0.0.0/8")
	d := dial(t, ts.relay)
	d.reply()
	d.expect("EHLO slow", "250")
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	d.expect("DATA", "354")
	body := strings.Replace(okBody, "dr@", "ehr@", 1) + "line\r\nline\r\nline\r\n"
	for _, chunk := range strings.SplitAfter(body, "\n") { // the whole upload takes twice the idle timeout
		fmt.Fprint(d.conn, chunk)
		time.Sleep(250 * time.Millisecond)
	}
	if got := d.send(".\r\n"); !strings.HasPrefix(got, "250") {
		t.Fatalf("slow but steady upload: %q", got)
	}
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	d.expect("DATA", "354")
	fmt.Fprint(d.conn, "From: <ehr@clinic.example>\r\n")
	time.Sleep(2500 * time.Millisecond) // silent past the idle timeout
	if got := d.send("rest\r\n.\r\n"); !strings.HasPrefix(got, "451 4.4.2") {
		t.Fatalf("a client silent past the idle timeout got %q; want 451 4.4.2", got)
	}
}
