package main

import (
	"context"
	"encoding/hex"
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/crypto/apikey"
	"github.com/sealpost/sealpost/store"
)

var printedKey = regexp.MustCompile(`sp_[0-9a-f]{16}_[A-Za-z0-9_-]{43}`)

// addAPIKey runs apikey add, which must succeed, and returns the one
// key it printed.
func addAPIKey(t *testing.T, e *daemonEnv, args ...string) (key, stdout string) {
	t.Helper()
	r := runCLI(t, append([]string{"apikey", "add", "-config", e.config}, args...)...)
	if r.code != 0 {
		t.Fatalf("apikey add %v: exit %d\n%s%s", args, r.code, r.stdout, r.stderr)
	}
	keys := printedKey.FindAllString(r.stdout+r.stderr, -1)
	if len(keys) != 1 || !strings.Contains(r.stdout, "\n"+keys[0]+"\n") {
		t.Fatalf("apikey add printed %d keys, want one on a line of its own on stdout:\n%s", len(keys), r.stdout)
	}
	return keys[0], r.stdout
}

// TestAPIKeyAddListRemove adds keys beside a running daemon's store: the
// key printed checks against the stored hash, the list names the key by
// name and ID and shows nothing secret, and a removed key is gone.
func TestAPIKeyAddListRemove(t *testing.T) {
	e := newDaemonEnv(t)
	ctx := context.Background()
	key, out := addAPIKey(t, e, "-may-send-as", "@clinic.example", "-may-send-as", "lab@clinic.example", "ehr")
	if !strings.Contains(out, "cannot be shown again") {
		t.Errorf("apikey add does not say the key cannot be shown again:\n%s", out)
	}
	id, ok := apikey.Parse(key)
	if !ok {
		t.Fatalf("printed key %q does not parse", key)
	}
	k, err := e.st.APIKey(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !apikey.Check(key, k.Hash) || k.Name != "ehr" || !slices.Equal(k.MaySendAs, []string{"@clinic.example", "lab@clinic.example"}) {
		t.Errorf("stored %+v does not match the printed key or the flags", k)
	}
	if !strings.Contains(out, id) || strings.Contains(out, hex.EncodeToString(k.Hash)) {
		t.Errorf("apikey add output names no ID or shows the hash:\n%s", out)
	}

	addrKey, _ := addAPIKey(t, e, "billing@clinic.example") // an address name sends as itself
	addrID, _ := apikey.Parse(addrKey)
	if k, err := e.st.APIKey(ctx, addrID); err != nil || !slices.Equal(k.MaySendAs, []string{"billing@clinic.example"}) {
		t.Errorf("key named by an address: %+v, %v; want it to send as that address", k, err)
	}

	r := runCLI(t, "apikey", "list", "-config", e.config)
	if r.code != 0 {
		t.Fatalf("apikey list: exit %d\n%s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 3 || !hasLine(lines[:1], []string{"NAME", "ID", "MAY", "SEND", "AS", "CREATED"}) ||
		!strings.HasPrefix(lines[1], "billing@clinic.example ") || !hasLine(lines, []string{"ehr", id, "@clinic.example,lab@clinic.example"}) {
		t.Errorf("apikey list:\n%s", r.stdout)
	}
	secret := key[len("sp_")+len(id)+1:] // may itself hold "_"
	if strings.Contains(r.stdout, secret) || strings.Contains(r.stdout, hex.EncodeToString(k.Hash)) {
		t.Errorf("apikey list shows a secret or a hash:\n%s", r.stdout)
	}

	if r := runCLI(t, "apikey", "remove", "-config", e.config, "ehr"); r.code != 0 || r.stdout != "removed API key ehr\n" {
		t.Fatalf("apikey remove: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if _, err := e.st.APIKey(ctx, id); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("removed key: %v, want not found", err)
	}
	r = runCLI(t, "apikey", "list", "-config", e.config)
	if strings.Contains(r.stdout, "ehr") || !strings.Contains(r.stdout, addrID) {
		t.Errorf("apikey list after remove:\n%s", r.stdout)
	}
	if r := runCLI(t, "apikey", "remove", "-config", e.config, "ehr"); r.code != 1 ||
		r.stderr != "sealpost apikey remove: store: not found: api key ehr\n" {
		t.Errorf("remove twice: exit %d, %q", r.code, r.stderr)
	}
	a, err := os.ReadFile(e.auditPath())
	if err != nil || !strings.Contains(string(a), `"type":"apikey-added"`) || !strings.Contains(string(a), `"type":"apikey-removed"`) ||
		!strings.Contains(string(a), "ID "+id) || strings.Contains(string(a), "sp_"+id+"_") {
		t.Errorf("audit of the key's life (%v):\n%s", err, a)
	}
}

// TestAPIKeyAddRefuses: a refused add exits non-zero with a message
// that says why, prints no key and stores none.
func TestAPIKeyAddRefuses(t *testing.T) {
	e := newDaemonEnv(t)
	addAPIKey(t, e, "-may-send-as", "@clinic.example", "ehr")
	cases := []struct {
		name string
		args []string
		code int
		want string // stderr
	}{
		{"bad pattern", []string{"-may-send-as", "@clinic.example", "-may-send-as", "clinic.example", "-may-send-as", "a b@x.example", "lab"}, 1,
			`sealpost apikey add: -may-send-as "clinic.example", "a b@x.example": want user@domain, @domain or *` + "\n"},
		{"no pattern", []string{"lab"}, 1, `sealpost apikey add: give -may-send-as: "lab" is not an address` + "\n"},
		{"duplicate name", []string{"-may-send-as", "*", "ehr"}, 1, "sealpost apikey add: store: already exists: api key ehr\n"},
		{"space in name", []string{"-may-send-as", "*", "ehr 2"}, 1,
			`sealpost apikey add: name "ehr 2": want a name without spaces or control characters` + "\n"},
		{"no name", []string{"-may-send-as", "*"}, 2, "usage: sealpost apikey add [-config F] [-may-send-as PATTERN]... NAME\n"},
	}
	for _, c := range cases {
		r := runCLI(t, append([]string{"apikey", "add", "-config", e.config}, c.args...)...)
		if r.code != c.code || r.stderr != c.want {
			t.Errorf("%s: exit %d, stderr %q; want %d, %q", c.name, r.code, r.stderr, c.code, c.want)
		}
		if r.stdout != "" {
			t.Errorf("%s: printed %q", c.name, r.stdout)
		}
	}
	if ks, err := e.st.APIKeys(context.Background()); err != nil || len(ks) != 1 || ks[0].Name != "ehr" {
		t.Errorf("keys after refused adds: %+v, %v; want ehr only", ks, err)
	}
}
