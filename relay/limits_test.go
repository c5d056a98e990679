package relay

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/conf"
)

func TestSizeLimit(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{}) // MaxMessageSize 4000
	d := dial(t, e.relay)
	if caps := d.greet(); !hasLine(caps, "SIZE 4000") {
		t.Errorf("EHLO does not advertise SIZE 4000: %q", caps)
	}
	d.expect("MAIL FROM:<ehr@clinic.example> SIZE=4001", "552 5.3.4")
	d.expect("MAIL FROM:<ehr@clinic.example> SIZE=3000", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	d.expect("DATA", "354")
	big := "From: <ehr@clinic.example>\r\n\r\n" + strings.Repeat("0123456789\r\n", 400) + ".\r\n"
	if got := d.send(big); !strings.HasPrefix(got, "552 5.3.4") {
		t.Fatalf("4.8 kB body: %q, want 552 5.3.4", got)
	}
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	if got := d.send("BDAT 5000 LAST\r\n" + strings.Repeat("xxxxxxxxx\n", 500)); !strings.HasPrefix(got, "552 5.3.4") {
		t.Fatalf("5000-byte BDAT: %q, want 552 5.3.4", got)
	}
	if got := d.transaction("ehr@clinic.example", cleanMessage("ehr@clinic.example")); !strings.HasPrefix(got, "250 ") {
		t.Fatalf("clean message after oversize ones: %q", got)
	}
	if n := e.acc.count(); n != 1 {
		t.Fatalf("%d submissions, want 1", n)
	}
}

func TestRecipientLimit(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{}) // MaxRecipients 3
	d := dial(t, e.relay)
	d.greet()
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	for i := range 3 {
		d.expect(fmt.Sprintf("RCPT TO:<p%d@example.net>", i), "250")
	}
	d.expect("RCPT TO:<p4@example.net>", "452 4.5.3")
	d.expect("DATA", "354")
	if got := d.send(cleanMessage("ehr@clinic.example")); !strings.HasPrefix(got, "250") {
		t.Fatal(got)
	}
	if n := len(e.acc.last(t).Recipients); n != 3 {
		t.Fatalf("%d recipients relayed, want 3", n)
	}
}

func TestLineLength(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{}) // MaxLineLength 1000
	d := dial(t, e.relay)
	d.greet()
	line := func(n int) string {
		return "From: <ehr@clinic.example>\r\n\r\n" + strings.Repeat("a", n-2) + "\r\n.\r\n"
	}
	if got := d.transaction("ehr@clinic.example", line(1000)); !strings.HasPrefix(got, "250") {
		t.Fatalf("1000-byte line: %q", got)
	}
	if got := d.transaction("ehr@clinic.example", line(1001)); !strings.HasPrefix(got, "550 5.6.0 Line too long") {
		t.Fatalf("1001-byte line: %q", got)
	}
	if got := d.transaction("ehr@clinic.example", cleanMessage("ehr@clinic.example")); !strings.HasPrefix(got, "250") {
		t.Fatalf("session after a long line: %q", got)
	}
	if got := d.transaction("ehr@clinic.example", line(3000)); !strings.HasPrefix(got, "5") {
		t.Fatalf("3000-byte line (past go-smtp's own limit): %q, want a 5xx", got)
	}
	if n := e.acc.count(); n != 2 {
		t.Fatalf("%d submissions, want 2", n)
	}
}

// slowLimits: go-smtp's per-command deadline (1 s) is far shorter than
// the uploads below; the idle timeout (800 ms) is longer than each gap.
func slowLimits(l *conf.Limits) {
	l.CommandTimeout, l.DataIdleTimeout, l.DataTimeout = time.Second, 800*time.Millisecond, 20*time.Second
}

// trickle sends s in n pieces, gap apart.
func (d *dialogue) trickle(s string, n int, gap time.Duration) error {
	step := (len(s) + n - 1) / n
	for i := 0; i < len(s); i += step {
		if _, err := fmt.Fprint(d.conn, s[i:min(i+step, len(s))]); err != nil {
			return fmt.Errorf("write after %d bytes: %w", i, err)
		}
		time.Sleep(gap)
	}
	return nil
}

func TestSlowButSteadyUpload(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{limits: slowLimits})
	open := map[string]func(t *testing.T) *dialogue{
		"relay": func(t *testing.T) *dialogue {
			d := dial(t, e.relay)
			d.greet()
			return d
		},
		"submission over STARTTLS": func(t *testing.T) *dialogue { return e.loggedIn(t) },
	}
	for name, open := range open {
		t.Run(name, func(t *testing.T) {
			d := open(t)
			from := "ehr@clinic.example"
			if name != "relay" {
				from = testUser
			}
			d.expect("MAIL FROM:<"+from+">", "250")
			d.expect("RCPT TO:<pat@example.net>", "250")
			d.expect("DATA", "354")
			start := time.Now()
			if err := d.trickle(cleanMessage(from), 10, 250*time.Millisecond); err != nil { // 2.5 s in all
				t.Fatal(err)
			}
			if got := d.reply(); !strings.HasPrefix(got, "250 ") {
				t.Fatalf("slow but steady upload over %v: %q", time.Since(start), got)
			}
			d.expect("NOOP", "250") // the connection goes on
		})
	}
}

func TestSilentClientCut(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{limits: slowLimits})
	d := dial(t, e.relay)
	d.greet()
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	d.expect("DATA", "354")
	fmt.Fprint(d.conn, "From: <ehr@clinic.example>\r\n")
	start := time.Now()
	got := d.reply() // no more data: the server must speak first
	if !strings.HasPrefix(got, "421 4.4.2 Idle timeout") {
		t.Fatalf("silent client got %q after %v, want 421 4.4.2", got, time.Since(start))
	}
	if waited := time.Since(start); waited < 700*time.Millisecond || waited > 3*time.Second {
		t.Errorf("cut after %v, want about the 800 ms idle timeout", waited)
	}
	if got := d.send("\r\n.\r\n"); got != "EOF" {
		t.Fatalf("connection still open after the cut: %q", got)
	}
	if e.acc.count() != 0 {
		t.Fatal("a cut transfer reached the Acceptor")
	}
}

func TestTransferCap(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{limits: func(l *conf.Limits) {
		slowLimits(l)
		l.DataTimeout = 1500 * time.Millisecond
	}})
	d := dial(t, e.relay)
	d.greet()
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	d.expect("DATA", "354")
	go d.trickle(strings.Repeat("steady\r\n", 20), 20, 150*time.Millisecond) // 3 s
	if got := d.reply(); !strings.HasPrefix(got, "421 4.4.2 Message transfer took too long") {
		t.Fatalf("endless upload got %q, want 421 4.4.2", got)
	}
	if got := d.reply(); got != "EOF" {
		t.Fatalf("connection still open after the cap: %q", got)
	}
}

func TestCommandIdleTimeout(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{limits: slowLimits})
	d := dial(t, e.relay)
	d.greet()
	start := time.Now()
	if got := d.reply(); !strings.HasPrefix(got, "421 4.4.2") {
		t.Fatalf("idle client got %q", got)
	}
	if waited := time.Since(start); waited > 3*time.Second {
		t.Errorf("idle client cut after %v, want about 1 s", waited)
	}
}
