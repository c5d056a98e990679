package relay

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/textproto"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/conf"
)

func TestSubmissionNeedsTLSThenAuth(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.submission)
	caps := d.greet()
	if hasLine(caps, "AUTH") || !hasLine(caps, "STARTTLS") {
		t.Fatalf("EHLO before TLS: %q; want STARTTLS and no AUTH", caps)
	}
	d.expect("AUTH PLAIN "+b64("\x00"+testUser+"\x00"+testPass), "523 5.7.10")
	d.expect("MAIL FROM:<"+testUser+">", "530 5.7.0")
	caps = d.starttls(e)
	for _, want := range []string{"AUTH PLAIN LOGIN", "SIZE 4000", "REQUIRETLS", "8BITMIME", "PIPELINING"} {
		if !hasLine(caps, want) {
			t.Errorf("EHLO after STARTTLS lacks %q: %q", want, caps)
		}
	}
	d.expect("MAIL FROM:<"+testUser+">", "530 5.7.0")
	if got := d.authPlain(testUser, "wrong"); !strings.HasPrefix(got, "535 5.7.8") {
		t.Fatalf("bad password: %q", got)
	}
	if got := d.authPlain(testUser, testPass); !strings.HasPrefix(got, "235 ") {
		t.Fatalf("good password: %q", got)
	}
	if got := d.transaction(testUser, cleanMessage(testUser)); !strings.HasPrefix(got, "250 2.0.0 OK queued as q1") {
		t.Fatalf("DATA: %q", got)
	}
	sub := e.acc.last(t)
	body := string(sub.Body)
	switch {
	case sub.Submitter != "dr" || !sub.TLS || sub.RequireTLS || sub.From != testUser:
		t.Errorf("submission %+v", sub)
	case len(sub.Recipients) != 1 || sub.Recipients[0] != "pat@example.net":
		t.Errorf("recipients %q", sub.Recipients)
	case !sub.RemoteIP.IsLoopback():
		t.Errorf("remote IP %v", sub.RemoteIP)
	case !strings.HasPrefix(body, "Received: from client.test ([127.0.0.1])\r\n\tby relay.test with ESMTPSA id "):
		t.Errorf("trace header:\n%s", body)
	case strings.Contains(body, testUser+")") || strings.Contains(body, testPass):
		t.Errorf("Received header names the account:\n%s", body)
	case !strings.Contains(body, "\r\nMessage-ID: <") || !strings.Contains(body, "\r\nDate: "):
		t.Errorf("Message-ID/Date not added:\n%s", body)
	case !strings.HasSuffix(body, "\r\n\r\nhello\r\n"):
		t.Errorf("body changed:\n%q", body)
	}
}

func TestAuthMechanisms(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	login := func(d *dialogue) {
		d.expect("AUTH LOGIN", "334 "+b64("Username:"))
		d.expect(b64(testUser), "334 "+b64("Password:"))
		d.expect(b64(testPass), "235 2.0.0")
	}
	loginIR := func(d *dialogue) {
		d.expect("AUTH LOGIN "+b64(testUser), "334 "+b64("Password:"))
		d.expect(b64(testPass), "235 2.0.0")
	}
	plain := func(d *dialogue) { d.expect("AUTH PLAIN "+b64("\x00"+testUser+"\x00"+testPass), "235 2.0.0") }
	plainChallenge := func(d *dialogue) {
		d.expect("AUTH PLAIN", "334")
		d.expect(b64(testUser+"\x00"+testUser+"\x00"+testPass), "235 2.0.0")
	}
	starttls := func(t *testing.T) *dialogue {
		d := dial(t, e.submission)
		d.greet()
		d.starttls(e)
		return d
	}
	implicit := func(t *testing.T) *dialogue {
		d := e.dialTLS(t)
		d.greet()
		return d
	}
	cases := []struct {
		name string
		open func(*testing.T) *dialogue
		auth func(*dialogue)
	}{
		{"PLAIN over STARTTLS", starttls, plain},
		{"PLAIN with a challenge over STARTTLS", starttls, plainChallenge},
		{"LOGIN over STARTTLS", starttls, login},
		{"LOGIN with an initial response over STARTTLS", starttls, loginIR},
		{"PLAIN over implicit TLS", implicit, plain},
		{"LOGIN over implicit TLS", implicit, login},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := c.open(t)
			c.auth(d)
			if got := d.transaction(testUser, cleanMessage(testUser)); !strings.HasPrefix(got, "250 ") {
				t.Fatalf("DATA after AUTH: %q", got)
			}
			if sub := e.acc.last(t); sub.Submitter != "dr" || !sub.TLS {
				t.Errorf("submission %+v", sub)
			}
		})
	}
}

// TestGoSMTPClient checks the dialogue with a real client library.
func TestGoSMTPClient(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	cases := []struct {
		name string
		dial func() (*smtp.Client, error)
		auth sasl.Client
	}{
		{"STARTTLS PLAIN", func() (*smtp.Client, error) { return smtp.DialStartTLS(e.submission, e.clientTLS()) },
			sasl.NewPlainClient("", testUser, testPass)},
		{"implicit TLS LOGIN", func() (*smtp.Client, error) { return smtp.DialTLS(e.submissions, e.clientTLS()) },
			sasl.NewLoginClient(testUser, testPass)},
	}
	for _, c := range cases {
		cl, err := c.dial()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if err := cl.Auth(c.auth); err != nil {
			t.Fatalf("%s: AUTH: %v", c.name, err)
		}
		msg := strings.TrimSuffix(cleanMessage("billing@partner.example"), ".\r\n")
		if err := cl.SendMail("billing@partner.example", []string{"a@example.net", "b@example.org"},
			strings.NewReader(msg)); err != nil {
			t.Fatalf("%s: send: %v", c.name, err)
		}
		cl.Quit()
		if sub := e.acc.last(t); len(sub.Recipients) != 2 || sub.From != "billing@partner.example" {
			t.Errorf("%s: submission %+v", c.name, sub)
		}
	}
}

func TestAuthenticatorFailures(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.submission)
	d.greet()
	d.starttls(e)
	if got := d.authPlain("bad", "x"); !strings.HasPrefix(got, "535 5.7.8") {
		t.Errorf("ErrBadCredentials: %q, want 535 5.7.8", got)
	}
	e.auth.mu.Lock()
	e.auth.err = errors.New("db down at /var/lib/secret.db")
	e.auth.mu.Unlock()
	got := d.authPlain(testUser, testPass)
	if !strings.HasPrefix(got, "454 4.7.0") || strings.Contains(got, "secret") {
		t.Errorf("failing Authenticator: %q, want 454 4.7.0 without internals", got)
	}
	if e.srv.throttle.size() != 1 {
		t.Errorf("throttle tracks %d addresses; want 1: a failing Authenticator is not a failed login", e.srv.throttle.size())
	}
}

func TestAuthThrottle(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{limits: func(l *conf.Limits) { l.AuthWindow = 1500 * time.Millisecond }})
	open := func(from string) *dialogue {
		d := dialFrom(t, from, e.submission)
		d.greet()
		d.starttls(e)
		return d
	}
	d := open("127.0.0.1")
	for i := range 3 {
		if got := d.authPlain(testUser, fmt.Sprint("guess", i)); !strings.HasPrefix(got, "535 5.7.8") {
			t.Fatalf("attempt %d: %q", i, got)
		}
	}
	if got := d.authPlain(testUser, testPass); !strings.HasPrefix(got, "454 4.7.0 Too many failed") {
		t.Fatalf("after 3 failures the right password got %q; want a lock-out", got)
	}
	if got := open("127.0.0.1").send("AUTH LOGIN\r\n"); !strings.HasPrefix(got, "454 4.7.0") {
		t.Fatalf("a new connection from the same address got %q; want the lock-out", got)
	}
	if got := open("127.0.0.2").authPlain(testUser, testPass); !strings.HasPrefix(got, "235") {
		t.Fatalf("another address got %q; want it unaffected", got)
	}
	time.Sleep(1600 * time.Millisecond)
	if got := open("127.0.0.1").authPlain(testUser, testPass); !strings.HasPrefix(got, "235") {
		t.Fatalf("after the window the right password got %q", got)
	}
}

func TestSenderRights(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	withFrom := func(from string) string {
		return "From: " + from + "\r\nSubject: x\r\n\r\nhi\r\n.\r\n"
	}
	cases := []struct {
		name, mailFrom, body, want string
	}{
		{"own address", testUser, cleanMessage(testUser), "250 "},
		{"other allowed pattern", "billing@partner.example", cleanMessage("billing@partner.example"), "250 "},
		{"case-insensitive", "DR@Clinic.Example", cleanMessage("Dr@CLINIC.example"), "250 "},
		{"From in a charset Go does not know", testUser, withFrom("=?windows-1252?Q?M=FCller?= <" + testUser + ">"), "250 "},
		{"foreign From header", testUser, cleanMessage("ceo@other.example"), "550 5.7.1"},
		{"one foreign address in the From list", testUser, withFrom(testUser + ", ceo@other.example"), "550 5.7.1"},
		{"subdomain is another domain", testUser, cleanMessage("x@evil.clinic.example"), "550 5.7.1"},
		{"two From fields", testUser, "From: <" + testUser + ">\r\nFrom: <ceo@other.example>\r\n\r\nhi\r\n.\r\n", "550 5.6.0"},
		{"no From", testUser, "Subject: x\r\n\r\nhi\r\n.\r\n", "550 5.6.0"},
		{"From without an address", testUser, withFrom("undisclosed:;"), "550 5.6.0"},
		{"malformed header hides a second From", testUser,
			"From: <" + testUser + ">\r\nnot a header\r\nFrom: <ceo@other.example>\r\n\r\nhi\r\n.\r\n", "550 5.6.0"},
	}
	d := e.loggedIn(t)
	for _, c := range cases {
		before := e.acc.count()
		got := d.transaction(c.mailFrom, c.body)
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: %q, want %s", c.name, got, c.want)
		}
		if accepted := e.acc.count() > before; accepted != (c.want == "250 ") {
			t.Errorf("%s: reached the Acceptor: %v", c.name, accepted)
		}
	}
	envelope := []struct{ name, cmd, want string }{
		{"foreign envelope sender", "MAIL FROM:<ceo@other.example>", "550 5.7.1"},
		{"null sender", "MAIL FROM:<>", "553 5.7.1"},
		{"bad sender syntax", "MAIL FROM:<dr@clinic..example>", "501 5.1.7"},
	}
	for _, c := range envelope {
		if got := d.send(c.cmd + "\r\n"); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: %q, want %s", c.name, got, c.want)
		}
	}
}

func TestRecipientSyntax(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.relay)
	d.greet()
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	cases := []struct{ rcpt, want string }{
		{"pat@example.net", "250"},
		{"first.last+tag@sub.example-domain.org", "250"},
		{"pat@[192.0.2.1]", "501 5.1.3"},
		{"pat@-bad.example", "501 5.1.3"},
		{"pat@exa_mple.org", "501 5.1.3"},
		{"\"john doe\"@example.net", "501 5.1.3"},
		{"pat@example.net.", "501 5.1.3"},
		{strings.Repeat("a", 65) + "@example.net", "501 5.1.3"},
		{"pät@example.net", "501 5.1.3"},
	}
	for _, c := range cases {
		if got := d.send("RCPT TO:<" + c.rcpt + ">\r\n"); !strings.HasPrefix(got, c.want) {
			t.Errorf("RCPT %q: %q, want %s", c.rcpt, got, c.want)
		}
	}
}

func TestRelayListener(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.relay)
	if caps := d.greet(); hasLine(caps, "AUTH") {
		t.Errorf("relay listener offers AUTH: %q", caps)
	}
	d.expect("MAIL FROM:<ehr@clinic.example> REQUIRETLS", "530 5.7.10")
	if got := d.transaction("ehr@clinic.example", cleanMessage("ehr@clinic.example")); !strings.HasPrefix(got, "250 ") {
		t.Fatalf("relay DATA: %q", got)
	}
	sub := e.acc.last(t)
	if sub.Submitter != "relay:127.0.0.1" || sub.TLS ||
		!strings.HasPrefix(string(sub.Body), "Received: from client.test ([127.0.0.1])\r\n\tby relay.test with ESMTP id") {
		t.Errorf("relay submission %+v\n%s", sub, sub.Body)
	}
	d.expect("MAIL FROM:<ehr@elsewhere.example>", "550 5.7.1")

	d = dialFrom(t, "127.0.0.2", e.relay) // outside allow (127.0.0.1/32)
	if got := d.reply(); !strings.HasPrefix(got, "554 5.7.1") {
		t.Fatalf("client outside allow_networks greeted with %q", got)
	}
	if got := d.send("EHLO x\r\nMAIL FROM:<ehr@clinic.example>\r\n"); got != "EOF" {
		t.Fatalf("refused connection stayed open: %q", got)
	}
	if n := e.acc.count(); n != 1 {
		t.Fatalf("%d submissions, want 1", n)
	}
}

func TestRelayWithoutMaySendAs(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{maySendAs: []string{}})
	d := dial(t, e.relay)
	d.greet()
	d.expect("MAIL FROM:<ehr@clinic.example>", "550 5.7.1")
}

func TestRequireTLSPassedThrough(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := e.loggedIn(t)
	d.expect("MAIL FROM:<"+testUser+"> REQUIRETLS", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	d.expect("DATA", "354")
	if got := d.send(cleanMessage(testUser)); !strings.HasPrefix(got, "250") {
		t.Fatal(got)
	}
	if !e.acc.last(t).RequireTLS {
		t.Error("REQUIRETLS lost")
	}
	if got := d.transaction(testUser, cleanMessage(testUser)); !strings.HasPrefix(got, "250") || e.acc.last(t).RequireTLS {
		t.Error("REQUIRETLS leaked into the next transaction")
	}
}

func TestAcceptorErrors(t *testing.T) {
	cases := []struct {
		name, want string
		err        error
	}{
		{"SMTPError passed through",
			"554 5.7.1 Rejected by policy: restricted content",
			&smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: "Rejected by policy: restricted content"}},
		{"wrapped SMTPError passed through",
			"452 4.3.1 Queue full",
			fmt.Errorf("pipeline: %w", &smtp.SMTPError{Code: 452, EnhancedCode: smtp.EnhancedCode{4, 3, 1}, Message: "Queue full"})},
		{"generic error hidden",
			"451 4.3.0 Temporary local problem, try again later",
			errors.New("disk on fire at /var/secret/path")},
	}
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.relay)
	d.greet()
	for _, c := range cases {
		e.acc.fail(c.err)
		if got := d.transaction("ehr@clinic.example", cleanMessage("ehr@clinic.example")); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func TestBDAT(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.relay)
	d.greet()
	msg := strings.TrimSuffix(cleanMessage("ehr@clinic.example"), ".\r\n")
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	half := len(msg) / 2
	if got := d.send(fmt.Sprintf("BDAT %d\r\n%s", half, msg[:half])); !strings.HasPrefix(got, "250") {
		t.Fatalf("first chunk: %q", got)
	}
	if got := d.send(fmt.Sprintf("BDAT %d LAST\r\n%s", len(msg)-half, msg[half:])); !strings.HasPrefix(got, "250 2.0.0 OK queued") {
		t.Fatalf("last chunk: %q", got)
	}
	body := string(e.acc.last(t).Body)
	if !strings.HasSuffix(body, msg) {
		t.Errorf("BDAT body %q", body)
	}
	// Content without a final CRLF is ended with one.
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	short := "From: <ehr@clinic.example>\r\n\r\nno newline"
	if got := d.send(fmt.Sprintf("BDAT %d LAST\r\n%s", len(short), short)); !strings.HasPrefix(got, "250") {
		t.Fatalf("BDAT without final CRLF: %q", got)
	}
	if body := string(e.acc.last(t).Body); !strings.HasSuffix(body, "no newline\r\n") {
		t.Errorf("BDAT body without final CRLF: %q", body)
	}
}

// TestTraceHeaderParses checks that what we prepend is a valid header.
func TestTraceHeaderParses(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.relay)
	if g := d.reply(); !strings.HasPrefix(g, "220") {
		t.Fatal(g)
	}
	d.expect("EHLO evil(host)\tname", "250")
	d.transaction("ehr@clinic.example", "From: <ehr@clinic.example>\r\nMessage-ID: <a@b>\r\nDate: Mon, 2 Jan 2006 15:04:05 +0000\r\n\r\nx\r\n.\r\n")
	body := e.acc.last(t).Body
	hdr, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(body))).ReadMIMEHeader()
	if err != nil {
		t.Fatalf("our headers do not parse: %v\n%s", err, body)
	}
	if len(hdr.Values("Message-Id")) != 1 || len(hdr.Values("Date")) != 1 {
		t.Errorf("Message-ID/Date duplicated: %q", hdr)
	}
	if r := hdr.Get("Received"); !strings.HasPrefix(r, "from evilhostname ([127.0.0.1]) by relay.test with ESMTP id ") {
		t.Errorf("Received: %q", r)
	}
}

// TestSwaksInterop drives the AUTH listeners with swaks, a client we did
// not write.
func TestSwaksInterop(t *testing.T) {
	swaks, err := exec.LookPath("swaks")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("swaks not installed")
		}
		t.Skip("swaks not installed")
	}
	e := newTestEnv(t, testEnvOptions{})
	cases := []struct {
		name string
		args []string
	}{
		{"STARTTLS, AUTH LOGIN", []string{"--server", e.submission, "--tls", "--auth", "LOGIN"}},
		{"implicit TLS, AUTH PLAIN", []string{"--server", e.submissions, "--tlsc", "--auth", "PLAIN"}},
	}
	for i, c := range cases {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		args := append(c.args, "--auth-user", testUser, "--auth-password", testPass,
			"--from", testUser, "--to", "pat@example.net", "--h-From", "<"+testUser+">", "--helo", "swaks.test")
		out, err := exec.CommandContext(ctx, swaks, args...).CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("%s: swaks: %v\n%s", c.name, err, out)
		}
		if n := e.acc.count(); n != i+1 {
			t.Fatalf("%s: %d submissions, want %d\n%s", c.name, n, i+1, out)
		}
		if sub := e.acc.last(t); sub.Submitter != "dr" || !sub.TLS {
			t.Errorf("%s: submission %+v", c.name, sub)
		}
	}
}
