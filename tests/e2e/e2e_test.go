package e2e

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"net/textproto"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

const password = "s3cret-Passw0rd"

func message(from, to, subject, body string) string {
	return fmt.Sprintf("From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%d@example.org>\r\n\r\n%s\r\n",
		from, to, subject, time.Now().Format(time.RFC1123Z), time.Now().UnixNano(), body)
}

// submit sends over the submission listener with STARTTLS and AUTH PLAIN,
// verifying the relay's certificate.
func (e *env) submit(from string, to []string, msg string) error {
	e.t.Helper()
	pem, err := os.ReadFile(e.path("tls/cert.pem"))
	if err != nil {
		e.t.Fatal(err)
	}
	roots := newPool(pem)
	c, err := smtp.DialStartTLS(e.submission, &tls.Config{ServerName: "relay.test", RootCAs: roots})
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.Auth(sasl.NewPlainClient("", "alice@example.org", password)); err != nil {
		return err
	}
	return c.SendMail(from, to, strings.NewReader(msg))
}

// relaySend sends over the allow-listed relay listener (no AUTH, no TLS).
func (e *env) relaySend(from string, to []string, msg string) error {
	c, err := smtp.Dial(e.relay)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.SendMail(from, to, strings.NewReader(msg))
}

func (e *env) auditLines() []string {
	e.t.Helper()
	data, err := os.ReadFile(e.path("data/audit.log"))
	if err != nil {
		e.t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

// findAudit returns the first audit line containing all the needles.
func (e *env) findAudit(needles ...string) string {
	for _, l := range e.auditLines() {
		ok := true
		for _, n := range needles {
			ok = ok && strings.Contains(l, n)
		}
		if ok {
			return l
		}
	}
	return ""
}

func TestSubmitSignDeliverAudit(t *testing.T) {
	requireTool(t, "/usr/bin/python3")
	e := newEnv(t, opts{})
	sink := startSink(t, e.sinkAddr, e.sinkTLS())
	e.start()

	msg := message("alice@example.org", "bob@example.net", "Lunch on Friday", "See you at noon.")
	if err := e.submit("alice@example.org", []string{"bob@example.net"}, msg); err != nil {
		t.Fatalf("submit: %v\n%s", err, e.logs)
	}
	got := sink.waitFor(1, 20*time.Second)
	if len(got) != 1 {
		t.Fatalf("sink got %d messages, want 1\n%s", len(got), e.logs)
	}
	m := got[0]
	if !m.tls {
		t.Error("delivered without TLS, the default rule prefers tls-verified")
	}
	if m.from != "alice@example.org" || len(m.to) != 1 || m.to[0] != "bob@example.net" {
		t.Errorf("envelope = %q → %q", m.from, m.to)
	}
	if !bytes.Contains(m.data, []byte("See you at noon.")) {
		t.Error("body not delivered intact")
	}
	verifyDKIM(t, e, m.data, 2)

	if l := e.findAudit(`"decision"`, "bob@example.net", `"default"`, `"tls-verified"`); l == "" {
		t.Errorf("audit log has no decision for bob with rule default and method tls-verified:\n%s", strings.Join(e.auditLines(), "\n"))
	}
	if l := e.findAudit(`"delivery"`, "bob@example.net", `"delivered"`, e.sinkAddr); l == "" {
		t.Errorf("audit log has no delivery outcome:\n%s", strings.Join(e.auditLines(), "\n"))
	}
	if strings.Contains(e.logs.String(), "See you at noon") || strings.Contains(e.logs.String(), "Lunch on Friday") {
		t.Error("operational log contains message content")
	}
}

// verifyDKIM checks the delivered bytes with python3-dkim, independently of
// the Go library that signed them.
func verifyDKIM(t *testing.T, e *env, data []byte, wantSigs int) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "msg.eml")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"testdata/verify_dkim.py", file}
	for sel, txt := range e.dkimTXT {
		args = append(args, sel+"="+txt)
	}
	out, err := exec.Command("/usr/bin/python3", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("independent DKIM verification failed: %v\n%s", err, out)
	}
	if n := strings.Count(string(out), " ok"); n != wantSigs {
		t.Errorf("verified %d signatures, want %d (RSA and Ed25519):\n%s", n, wantSigs, out)
	}
	for _, algo := range []string{"rsa-sha256", "ed25519-sha256"} {
		if !strings.Contains(string(out), "a="+algo+" ok") {
			t.Errorf("no verified %s signature:\n%s", algo, out)
		}
	}
}

func TestSwaksAuthLogin(t *testing.T) {
	requireTool(t, "/usr/bin/swaks")
	e := newEnv(t, opts{})
	sink := startSink(t, e.sinkAddr, e.sinkTLS())
	e.start()
	out, err := exec.Command("/usr/bin/swaks", "--server", e.submission, "--tls", "--tls-verify",
		"--auth", "LOGIN", "--auth-user", "alice@example.org", "--auth-password", password,
		"--from", "alice@example.org", "--to", "carol@example.net", "--h-Subject", "swaks test",
		"--tls-ca-path", e.path("tls/cert.pem"), "--tls-sni", "relay.test").CombinedOutput()
	if err != nil {
		t.Fatalf("swaks: %v\n%s", err, out)
	}
	if got := sink.waitFor(1, 20*time.Second); len(got) != 1 || got[0].to[0] != "carol@example.net" {
		t.Fatalf("sink got %v\n%s", got, e.logs)
	}
}

func TestAuditVerifyDetectsEdit(t *testing.T) {
	e := newEnv(t, opts{})
	sink := startSink(t, e.sinkAddr, e.sinkTLS())
	e.start()
	for i := 0; i < 3; i++ {
		msg := message("alice@example.org", "bob@example.net", "note", "hello")
		if err := e.relaySend("alice@example.org", []string{"bob@example.net"}, msg); err != nil {
			t.Fatal(err)
		}
	}
	sink.waitFor(3, 20*time.Second)
	stop(e.proc)
	if out, err := sealpost(t, "", "audit verify", "-config", e.cfgPath); err != nil {
		t.Fatalf("audit verify on an untouched log: %v\n%s", err, out)
	}
	lines := e.auditLines()
	if len(lines) < 6 {
		t.Fatalf("audit log has %d lines, want decisions and deliveries for 3 messages", len(lines))
	}
	edited := append([]string(nil), lines...)
	edited[2] = strings.Replace(edited[2], "bob@example.net", "eve@example.net", 1)
	e.write("data/audit.log", []byte(strings.Join(edited, "\n")+"\n"), 0o600)
	out, err := sealpost(t, "", "audit verify", "-config", e.cfgPath)
	if err == nil {
		t.Fatalf("audit verify accepted an edited line:\n%s", out)
	}
	if !strings.Contains(out, "line 3") {
		t.Errorf("error does not name the edited line 3:\n%s", out)
	}
	deleted := append(append([]string(nil), lines[:1]...), lines[2:]...)
	e.write("data/audit.log", []byte(strings.Join(deleted, "\n")+"\n"), 0o600)
	if out, err := sealpost(t, "", "audit verify", "-config", e.cfgPath); err == nil {
		t.Fatalf("audit verify accepted a deleted line:\n%s", out)
	}
}

// TestTLSVerifiedNeverInClear: a downstream that offers no STARTTLS never
// receives a message whose decision demands tls-verified, while a message
// whose rule allows plain is delivered.
func TestTLSVerifiedNeverInClear(t *testing.T) {
	e := newEnv(t, opts{})
	sink := startSink(t, e.sinkAddr, nil)
	e.start()
	secure := message("alice@example.org", "bob@example.net", "[secure] results", "Your results are ready.")
	if err := e.relaySend("alice@example.org", []string{"bob@example.net"}, secure); err != nil {
		t.Fatal(err)
	}
	plain := message("alice@example.org", "dan@example.net", "newsletter", "Our opening hours change.")
	if err := e.relaySend("alice@example.org", []string{"dan@example.net"}, plain); err != nil {
		t.Fatal(err)
	}
	got := sink.waitFor(1, 20*time.Second)
	deadline := time.Now().Add(20 * time.Second)
	for e.findAudit(`"delivery"`, "bob@example.net", `"deferred"`) == "" && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(3 * time.Second) // past retry_max: at least one retry has run
	got = sink.all()
	for _, m := range got {
		if m.to[0] == "bob@example.net" {
			t.Fatal("a tls-verified message was delivered in clear")
		}
	}
	if len(got) != 1 || got[0].to[0] != "dan@example.net" {
		t.Fatalf("sink got %d messages, want only dan's newsletter (default rule allows plain)\n%s", len(got), e.logs)
	}
	if l := e.findAudit(`"delivery"`, "bob@example.net", `"deferred"`, "STARTTLS"); l == "" {
		t.Errorf("no deferred delivery naming STARTTLS for bob in the audit log:\n%s", strings.Join(e.auditLines(), "\n"))
	}
	if l := e.findAudit(`"delivery"`, "dan@example.net", `"plain"`, `"delivered"`); l == "" {
		t.Errorf("dan's delivery is not recorded as plain:\n%s", strings.Join(e.auditLines(), "\n"))
	}
}

// TestCrashAfter250: with the downstream down, every message acknowledged
// with 250 survives a SIGKILL and is delivered after restart.
func TestCrashAfter250(t *testing.T) {
	const n = 30
	e := newEnv(t, opts{})
	e.start()
	ids := map[string]bool{}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("<crash-%d@example.org>", i)
		msg := strings.Replace(message("alice@example.org", "bob@example.net", "crash test", "body"),
			"Message-ID: <", "Message-ID: "+id+"\r\nX-Old-ID: <", 1)
		if err := e.relaySend("alice@example.org", []string{"bob@example.net"}, msg); err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		ids[id] = true
	}
	e.kill()
	e.start()
	sink := startSink(t, e.sinkAddr, e.sinkTLS())
	got := sink.waitFor(n, 30*time.Second)
	seen := map[string]int{}
	for _, m := range got {
		tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(m.data)))
		h, _ := tp.ReadMIMEHeader()
		seen[h.Get("Message-Id")]++
	}
	var missing, dups []string
	for id := range ids {
		switch c := seen[id]; {
		case c == 0:
			missing = append(missing, id)
		case c > 1:
			dups = append(dups, fmt.Sprintf("%s×%d", id, c))
		}
	}
	if len(missing) > 0 {
		t.Fatalf("%d of %d acknowledged messages lost after kill -9: %v\n%s", len(missing), n, missing, e.logs)
	}
	t.Logf("all %d delivered after kill -9 and restart; duplicates: %d %v", n, len(dups), dups)
}

// TestBadConfigRefused: serve exits non-zero and names file:line:col.
func TestBadConfigRefused(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "sealpost.yaml")
	os.WriteFile(cfg, []byte("hostname: relay.test\nlisteners:\n  relay:\n    adress: 127.0.0.1:2525\n"), 0o600)
	out, err := sealpost(t, "", "serve", "-config", cfg)
	if err == nil {
		t.Fatalf("serve accepted a config with an unknown key:\n%s", out)
	}
	if want := cfg + ":4:5"; !strings.Contains(out, want) {
		t.Errorf("error does not point at %s:\n%s", want, out)
	}
}

func newPool(pem []byte) *x509.CertPool {
	p := x509.NewCertPool()
	p.AppendCertsFromPEM(pem)
	return p
}

// TestUserAndQueueCommands: accounts listed and removed; the queue listed.
func TestUserAndQueueCommands(t *testing.T) {
	e := newEnv(t, opts{})
	out, err := sealpost(t, "", "user list", "-config", e.cfgPath)
	if err != nil || !strings.Contains(out, "alice@example.org  @example.org") || strings.Contains(out, password) {
		t.Fatalf("user list: %v\n%s", err, out)
	}
	if out, err := sealpost(t, "pw2\n", "user add", "-config", e.cfgPath, "alice@example.org"); err == nil {
		t.Fatalf("adding an existing account succeeded:\n%s", out)
	}
	if out, err := sealpost(t, "", "user remove", "-config", e.cfgPath, "alice@example.org"); err != nil {
		t.Fatalf("user remove: %v\n%s", err, out)
	}
	if out, _ := sealpost(t, "", "user list", "-config", e.cfgPath); strings.Contains(out, "alice@") {
		t.Fatalf("removed account still listed:\n%s", out)
	}
	if out, err := sealpost(t, "", "queue list", "-config", e.cfgPath); err != nil || !strings.HasPrefix(out, "ID") {
		t.Fatalf("queue list: %v\n%s", err, out)
	}
}

// TestPolicyExplain: explain scores a message file, names each finding
// and, per recipient, the decision; the matched text appears only when
// asked for.
func TestPolicyExplain(t *testing.T) {
	msg := filepath.Join(t.TempDir(), "msg.eml")
	os.WriteFile(msg, []byte("From: <front@clinic.example>\r\nTo: <pat@example.net>\r\nSubject: Your lab results\r\n\r\n"+
		"MRN: 00123456, DOB: 04/12/1961.\r\nYour HbA1c is 8.1; we raised your metformin dose.\r\n"), 0o600)
	out, err := sealpost(t, "", "policy explain", msg, "-rcpt", "bob@partner.example")
	if err != nil {
		t.Fatalf("explain: %v\n%s", err, out)
	}
	for _, want := range []string{"level phi", "mrn", "dob", "drug-term", "identifier+health", "bob@partner.example: tls-verified (rule phi)", "skipped pgp (no OpenPGP key)"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "00123456") || strings.Contains(out, "metformin") {
		t.Errorf("matched text shown without -show-matches:\n%s", out)
	}
	out, err = sealpost(t, "", "policy explain", "--json", "--show-matches", msg)
	var rep struct {
		Level    string
		Findings []struct{ Kind, Where string }
		Matches  map[string][]string
	}
	if err != nil || json.Unmarshal([]byte(out), &rep) != nil {
		t.Fatalf("explain --json: %v\n%s", err, out)
	}
	if rep.Level != "phi" || len(rep.Findings) == 0 || rep.Matches["mrn"][0] != "00123456" {
		t.Errorf("explain --json --show-matches: %+v", rep)
	}
	if out, err := sealpost(t, "", "policy explain"); err == nil || !strings.Contains(out, "usage: sealpost policy explain") {
		t.Errorf("explain without a file: %v\n%s", err, out)
	}
}
