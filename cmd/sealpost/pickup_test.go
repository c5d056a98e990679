package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/channels/pickup/portal"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/store"
)

// Master keys A and B, as lines of a keyring file.
const (
	keyA = "key-a " + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=\n"
	keyB = "key-b " + "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI=\n"
)

const pickupMessage = "From: <dr@clinic.example>\r\nTo: <pat@example.net>\r\nSubject: Your biopsy result\r\n\r\n" +
	"The biopsy of 3 March shows no malignancy.\r\n"

// daemonEnv is a config in a temporary directory and what a running
// daemon holds open on it: its store, its audit log, its pickups.
type daemonEnv struct {
	dir, config string
	st          *store.SQLite
	audit       *audit.Log
	pickups     *pickup.Store
}

func newDaemonEnv(t *testing.T) *daemonEnv {
	t.Helper()
	dir := t.TempDir()
	e := &daemonEnv{dir: dir, config: filepath.Join(dir, "sealpost.yaml")}
	writeFile(t, e.config, "hostname: relay.test\ndata_dir: data\n")
	writeFile(t, filepath.Join(dir, "data", "master.key"), keyA)
	var err error
	if e.st, err = store.OpenSQLite(filepath.Join(dir, "data", "sealpost.db"), nil); err != nil {
		t.Fatal(err)
	}
	if e.audit, err = audit.Open(e.auditPath(), slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.audit.Close(); e.st.Close() })
	e.pickups = pickup.New(e.st, mustKeyring(t, keyA), pickup.Config{})
	return e
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
}

func mustKeyring(t *testing.T, lines string) *seal.Keyring {
	t.Helper()
	k, err := seal.ParseKeyring([]byte(lines))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func (e *daemonEnv) auditPath() string { return filepath.Join(e.dir, "data", "audit.log") }

func (e *daemonEnv) create(t *testing.T, msgID, rcpt string, expires time.Duration) (id, token string) {
	t.Helper()
	id, token, err := e.pickups.Create(context.Background(), msgID, "dr@clinic.example", rcpt,
		strings.NewReader(pickupMessage), pickup.Terms{Expires: expires, MaxViews: 3})
	if err != nil {
		t.Fatal(err)
	}
	return id, token
}

// daemonAppends is the daemon writing to its audit log meanwhile.
func (e *daemonEnv) daemonAppends(t *testing.T) {
	t.Helper()
	if err := e.audit.Append(context.Background(), audit.Event{Type: audit.TypeDelivery, MessageID: "m-other", Result: "delivered"}); err != nil {
		t.Fatal(err)
	}
}

// auditEvents verifies the whole audit log and returns its lines.
func (e *daemonEnv) auditEvents(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(e.auditPath())
	if err != nil {
		t.Fatal(err)
	}
	n, err := audit.Verify(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("audit log does not verify: %v", err)
	}
	ls := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if n != len(ls) {
		t.Fatalf("Verify checked %d of %d lines", n, len(ls))
	}
	return ls
}

type cliResult struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, args ...string) cliResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return cliResult{code, stdout.String(), stderr.String()}
}

// TestPickupRevoke revokes through the CLI while the daemon holds the
// store and the audit log open and writes to it: the link then shows
// the portal's withdrawn page, and the audit log is one chain holding
// one pickup-revoked event with who, why, the pickup and its message.
func TestPickupRevoke(t *testing.T) {
	e := newDaemonEnv(t)
	id, token := e.create(t, "m-1", "pat@example.net", 24*time.Hour)
	other, otherToken := e.create(t, "m-2", "lab@example.com", 24*time.Hour)
	e.daemonAppends(t)

	r := runCLI(t, "pickup", "revoke", "-config", e.config, "-reason", "sent to the wrong address", id)
	if r.code != 0 || r.stdout != "revoked pickup "+id+" (message m-1, to pat@example.net)\n" {
		t.Fatalf("pickup revoke = %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	e.daemonAppends(t)

	ls := e.auditEvents(t)
	if len(ls) != 3 {
		t.Fatalf("%d audit lines, want 3 (daemon, CLI, daemon):\n%s", len(ls), strings.Join(ls, "\n"))
	}
	want := `"type":"pickup-revoked","msgid":"m-1","rcpt":"pat@example.net","reason":"sent to the wrong address","pickup":"` +
		id + `","actor":"cli:`
	if !strings.Contains(ls[1], `"seq":2,`) || !strings.Contains(ls[1], want) {
		t.Errorf("audit line 2\n%s\nlacks\n%s", ls[1], want)
	}
	for _, phi := range []string{"biopsy", "malignancy"} {
		if strings.Contains(strings.Join(ls, "\n"), phi) {
			t.Errorf("the audit log holds %q", phi)
		}
	}

	ctx := context.Background()
	if p, err := e.st.Pickup(ctx, id); err != nil || p.State(time.Now()) != store.PickupRevoked {
		t.Errorf("pickup %s after revoke: %+v, %v; want revoked", id, p, err)
	}
	if p, err := e.st.Pickup(ctx, other); err != nil || p.State(time.Now()) != store.PickupOpen {
		t.Errorf("the other pickup after revoke: %+v, %v; want open", p, err)
	}
	srv := httptest.NewServer(portal.New(portal.Config{Pickups: e.pickups, Sender: noCodes{}, InsecureCookies: true}))
	defer srv.Close()
	for _, path := range []string{"/p/" + token, "/p/" + token + "/view"} {
		status, body := get(t, srv.URL+path)
		if status != http.StatusGone || !strings.Contains(body, "This message was withdrawn") {
			t.Errorf("GET %s after revoke: %d\n%s", path, status, body)
		}
	}
	if status, body := get(t, srv.URL+"/p/"+otherToken); status != http.StatusOK {
		t.Errorf("GET of the other, open link: %d\n%s", status, body)
	}
}

type noCodes struct{}

func (noCodes) SendCode(context.Context, *store.Pickup, string) error {
	return errors.New("no codes in this test")
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// TestPickupRevokeRefuses: an unknown ID fails the command, naming it,
// and the other IDs given are still revoked; one revoked before is said
// so and not audited again.
func TestPickupRevokeRefuses(t *testing.T) {
	e := newDaemonEnv(t)
	id, _ := e.create(t, "m-1", "pat@example.net", 24*time.Hour)
	if r := runCLI(t, "pickup", "revoke", "-config", e.config, id); r.code != 0 {
		t.Fatalf("first revoke: %d %s", r.code, r.stderr)
	}
	r := runCLI(t, "pickup", "revoke", "-config", e.config, id)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "pickup "+id+" was already revoked, on ") {
		t.Errorf("revoking again = %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	other, _ := e.create(t, "m-2", "pat@example.net", 24*time.Hour)
	r = runCLI(t, "pickup", "revoke", "-config", e.config, "nosuchpickup", other)
	if r.code != 1 || r.stderr != "sealpost pickup revoke: no pickup \"nosuchpickup\" (see 'sealpost pickup list -all')\n" {
		t.Errorf("revoking an unknown ID = %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "revoked pickup "+other) {
		t.Errorf("the known ID beside the unknown one was not revoked: %q", r.stdout)
	}
	if r := runCLI(t, "pickup", "revoke", "-config", e.config); r.code != 2 || !strings.Contains(r.stderr, "usage: sealpost pickup revoke") {
		t.Errorf("revoke without an ID = %d, %q", r.code, r.stderr)
	}
	ls := e.auditEvents(t)
	if len(ls) != 2 || !strings.Contains(ls[0], `"pickup":"`+id+`"`) || !strings.Contains(ls[1], `"pickup":"`+other+`"`) {
		t.Errorf("audit log: want one pickup-revoked event per pickup revoked:\n%s", strings.Join(ls, "\n"))
	}
}

// TestPickupList lists the held pickups, or all with -all, as metadata
// only: never the subject or anything of the message.
func TestPickupList(t *testing.T) {
	e := newDaemonEnv(t)
	ctx := context.Background()
	gone, _ := e.create(t, "m-3", "old@example.org", time.Nanosecond)
	time.Sleep(time.Millisecond)
	if ps, err := e.pickups.Purge(ctx); err != nil || len(ps) != 1 || ps[0].ID != gone {
		t.Fatalf("Purge = %v, %v; want the expired pickup", ps, err)
	}
	open, _ := e.create(t, "m-1", "pat@example.net", 24*time.Hour)
	revoked, _ := e.create(t, "m-2", "lab@example.com", 24*time.Hour)
	if err := e.pickups.Revoke(ctx, revoked); err != nil {
		t.Fatal(err)
	}

	r := runCLI(t, "pickup", "list", "-config", e.config)
	if r.code != 0 {
		t.Fatalf("pickup list = %d: %s", r.code, r.stderr)
	}
	ls := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(ls) != 3 || strings.Join(strings.Fields(ls[0]), " ") != "ID STATE RECIPIENT CREATED EXPIRES VIEWS" {
		t.Fatalf("pickup list: want a header and 2 pickups:\n%s", r.stdout)
	}
	for _, want := range [][]string{{open, "open", "pat@example.net", "0/3"}, {revoked, "revoked", "lab@example.com", "0/3"}} {
		if !hasLine(ls, want) {
			t.Errorf("pickup list lacks a line with %v:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, gone) {
		t.Errorf("pickup list shows the purged pickup without -all:\n%s", r.stdout)
	}
	r = runCLI(t, "pickup", "list", "-config", e.config, "-all")
	if !hasLine(strings.Split(r.stdout, "\n"), []string{gone, "expired,", "purged", "old@example.org"}) {
		t.Errorf("pickup list -all lacks the purged pickup:\n%s", r.stdout)
	}
	for _, phi := range []string{"biopsy", "Subject", "m-1", "dr@clinic.example"} {
		if strings.Contains(r.stdout, phi) {
			t.Errorf("pickup list shows %q:\n%s", phi, r.stdout)
		}
	}
}

// hasLine reports whether one of lines has all of fields among its own.
func hasLine(lines []string, fields []string) bool {
	for _, l := range lines {
		have := map[string]bool{}
		for _, f := range strings.Fields(l) {
			have[f] = true
		}
		all := true
		for _, f := range fields {
			all = all && have[f]
		}
		if all {
			return true
		}
	}
	return false
}

// TestPickupRotate: after a new master key is put first in the keyring,
// rotate moves every held body to it, so that the body opens with the
// new key alone, and writes one pickup-rotated event.
func TestPickupRotate(t *testing.T) {
	e := newDaemonEnv(t)
	_, token := e.create(t, "m-1", "pat@example.net", 24*time.Hour)
	e.create(t, "m-2", "pat@example.net", 24*time.Hour)
	writeFile(t, filepath.Join(e.dir, "data", "master.key"), "# rotated\n"+keyB+keyA)

	r := runCLI(t, "pickup", "rotate", "-config", e.config)
	if r.code != 0 || r.stdout != "rewrapped 2 pickup bodies under master key key-b\n" {
		t.Fatalf("pickup rotate = %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	e.daemonAppends(t)
	r = runCLI(t, "pickup", "rotate", "-config", e.config)
	if r.code != 0 || r.stdout != "rewrapped 0 pickup bodies under master key key-b\n" {
		t.Errorf("pickup rotate again = %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	ls := e.auditEvents(t)
	if len(ls) != 3 || !strings.Contains(ls[0], `"type":"pickup-rotated","result":"ok","actor":"cli:`) ||
		!strings.Contains(ls[0], `"count":2,"master_key":"key-b"`) || !strings.Contains(ls[2], `"type":"pickup-rotated"`) {
		t.Errorf("audit log: want a pickup-rotated event per run:\n%s", strings.Join(ls, "\n"))
	}

	onlyB := pickup.New(e.st, mustKeyring(t, keyB), pickup.Config{})
	ctx := context.Background()
	p, err := onlyB.Open(ctx, token)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := onlyB.Body(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if b, err := io.ReadAll(rc); err != nil || string(b) != pickupMessage {
		t.Errorf("body under key B alone: %q, %v", b, err)
	}
}

// TestPickupRotateMissingKey: a keyring that lost a key still in use
// fails the command, and the audit event says what was left.
func TestPickupRotateMissingKey(t *testing.T) {
	e := newDaemonEnv(t)
	e.create(t, "m-1", "pat@example.net", 24*time.Hour)
	writeFile(t, filepath.Join(e.dir, "data", "master.key"), keyB)
	r := runCLI(t, "pickup", "rotate", "-config", e.config)
	if r.code != 1 || !strings.Contains(r.stderr, "some pickups were not rewrapped") || !strings.Contains(r.stderr, `"key-a"`) {
		t.Errorf("pickup rotate without the old key = %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	ls := e.auditEvents(t)
	if len(ls) != 1 || !strings.Contains(ls[0], `"result":"partial","error":"`) {
		t.Errorf("audit log:\n%s", strings.Join(ls, "\n"))
	}
}
