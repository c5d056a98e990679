package pickup

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"io"
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/store"
)

const phi = "Patient Ana Quispe MRN 7720431"

// Keys A and B, with IDs of different lengths so that a rewrapped header
// changes length.
const (
	keyA = "a " + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=" + "\n"
	keyB = "key-b-2026 " + "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI=" + "\n"
)

func keyring(t testing.TB, lines string) *seal.Keyring {
	t.Helper()
	k, err := seal.ParseKeyring([]byte(lines))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// clock is a settable test clock.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

type env struct {
	dir   string
	st    *store.SQLite
	clock *clock
}

func newEnv(t *testing.T) *env {
	t.Helper()
	dir := t.TempDir()
	st, err := store.OpenSQLite(filepath.Join(dir, "sealpost.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &env{dir: dir, st: st, clock: &clock{time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}}
}

func (e *env) pickups(t testing.TB, keys string) *Store {
	return New(e.st, keyring(t, keys), Config{MaxFailures: 3, Now: e.clock.now})
}

func create(t testing.TB, s *Store, body string, expires time.Duration, maxViews int) (id, token string) {
	t.Helper()
	id, token, err := s.Create(context.Background(), "msg-1", "dr@clinic.example", "ana@example.net",
		strings.NewReader(body), Terms{Expires: expires, MaxViews: maxViews})
	if err != nil {
		t.Fatal(err)
	}
	return id, token
}

func open(t testing.TB, s *Store, token string) *store.Pickup {
	t.Helper()
	p, err := s.Open(context.Background(), token)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return p
}

func readBody(t testing.TB, s *Store, p *store.Pickup) string {
	t.Helper()
	r, err := s.Body(context.Background(), p)
	if err != nil {
		t.Fatalf("Body: %v", err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("Body: %v", err)
	}
	return string(b)
}

func TestNewToken(t *testing.T) {
	const n = 2000
	seen := map[string]bool{}
	ones := 0
	for range n {
		token, hash := NewToken()
		raw, err := base64.RawURLEncoding.DecodeString(token)
		if err != nil || len(raw) != 32 || len(token) != 43 {
			t.Fatalf("token %q: %d bytes (%v), want 32 bytes in 43 base64url characters", token, len(raw), err)
		}
		if h := sha256.Sum256([]byte(token)); !bytes.Equal(hash, h[:]) {
			t.Fatalf("hash of %q is not its SHA-256", token)
		}
		if seen[token] {
			t.Fatalf("token %q made twice", token)
		}
		seen[token] = true
		for _, b := range raw {
			ones += bits.OnesCount8(b)
		}
	}
	// Random bits are half ones: over 512,000 bits, 49% to 51% is more than
	// 14 standard deviations wide.
	if total := n * 32 * 8; ones < total*49/100 || ones > total*51/100 {
		t.Errorf("%d of %d token bits set: not random", ones, total)
	}
}

// TestOpenByToken: each token opens its own pickup and no other; anything
// else is unknown.
func TestOpenByToken(t *testing.T) {
	e := newEnv(t)
	s := e.pickups(t, keyA)
	idA, tokenA := create(t, s, "body A", time.Hour, 3)
	idB, tokenB := create(t, s, "body B", time.Hour, 3)
	if idA == idB || tokenA == tokenB || len(idA) != 26 {
		t.Fatalf("ids %q %q, tokens %q %q: want distinct, 26-character ids", idA, idB, tokenA, tokenB)
	}
	if p := open(t, s, tokenA); p.ID != idA || readBody(t, s, p) != "body A" {
		t.Errorf("token A opened %s", p.ID)
	}
	if p := open(t, s, tokenB); p.ID != idB || readBody(t, s, p) != "body B" {
		t.Errorf("token B opened %s", p.ID)
	}
	flipped := []byte(tokenA)
	flipped[len(flipped)-1] ^= 1
	fresh, _ := NewToken()
	for name, token := range map[string]string{"one character changed": string(flipped), "a new token": fresh,
		"empty": "", "too short": tokenA[:42], "too long": tokenA + "A", "the id": idA} {
		if _, err := s.Open(context.Background(), token); !errors.Is(err, ErrUnknown) {
			t.Errorf("%s: Open = %v, want ErrUnknown", name, err)
		}
	}
}

func TestCreateRejects(t *testing.T) {
	s := newEnv(t).pickups(t, keyA)
	for _, c := range []struct {
		expires  time.Duration
		maxViews int
	}{{0, 1}, {-time.Hour, 1}, {time.Hour, 0}} {
		if _, _, err := s.Create(context.Background(), "m", "s", "r", strings.NewReader("x"), Terms{Expires: c.expires, MaxViews: c.maxViews}); err == nil {
			t.Errorf("Create with expiry %v and %d views succeeded", c.expires, c.maxViews)
		}
	}
}

func TestExpiry(t *testing.T) {
	e := newEnv(t)
	s := e.pickups(t, keyA)
	id, token := create(t, s, phi, time.Hour, 3)
	e.clock.t = e.clock.t.Add(time.Hour - time.Nanosecond)
	p := open(t, s, token)
	e.clock.t = e.clock.t.Add(time.Nanosecond)
	if _, err := s.Open(context.Background(), token); !errors.Is(err, ErrExpired) {
		t.Errorf("Open at expiry: %v, want ErrExpired", err)
	}
	if _, err := s.Body(context.Background(), p); !errors.Is(err, ErrExpired) {
		t.Errorf("Body of a pickup opened before expiry: %v, want ErrExpired", err)
	}
	// Purged, the link still reads expired, not unknown.
	purged(t, s, Purged{&store.Pickup{ID: id}, store.PickupExpired})
	if _, err := s.Open(context.Background(), token); !errors.Is(err, ErrExpired) {
		t.Errorf("Open after purge: %v, want ErrExpired", err)
	}
}

func TestRevoke(t *testing.T) {
	e := newEnv(t)
	s := e.pickups(t, keyA)
	id, token := create(t, s, phi, time.Hour, 3)
	p := open(t, s, token)
	if err := s.Revoke(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Open(context.Background(), token); !errors.Is(err, ErrRevoked) {
		t.Errorf("Open after revoke: %v, want ErrRevoked", err)
	}
	if _, err := s.Body(context.Background(), p); !errors.Is(err, ErrRevoked) {
		t.Errorf("Body of a pickup opened before revoke: %v, want ErrRevoked", err)
	}
	if err := s.Revoke(context.Background(), id); !errors.Is(err, ErrRevoked) {
		t.Errorf("Revoke again: %v, want ErrRevoked", err)
	}
	if err := s.Revoke(context.Background(), "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Revoke of an unknown id: %v, want store.ErrNotFound", err)
	}
	purged(t, s, Purged{&store.Pickup{ID: id}, store.PickupRevoked})
	if _, err := s.Open(context.Background(), token); !errors.Is(err, ErrRevoked) {
		t.Errorf("Open after purge: %v, want ErrRevoked", err)
	}
}

// purged purges s and checks which pickups went, and why.
func purged(t *testing.T, s *Store, want ...Purged) {
	t.Helper()
	got, err := s.Purge(context.Background())
	if err != nil {
		t.Fatalf("Purge: %v", err)
	}
	if len(got) != len(want) {
		t.Fatalf("Purge dropped %d pickups, want %d", len(got), len(want))
	}
	for i, p := range got {
		if p.ID != want[i].ID || p.Why != want[i].Why || p.Purged.IsZero() || p.MessageID != "msg-1" || p.Recipient != "ana@example.net" {
			t.Errorf("purged %s (%s, message %q, to %q, at %v); want %s (%s)", p.ID, p.Why, p.MessageID, p.Recipient, p.Purged, want[i].ID, want[i].Why)
		}
	}
}

// TestPurgeUsedUp: a pickup viewed as often as allowed keeps its body for
// the grace time after its last view, for the session that viewed it,
// then goes; its link still reads views used.
func TestPurgeUsedUp(t *testing.T) {
	e := newEnv(t)
	s := e.pickups(t, keyA)
	id, token := create(t, s, phi, 24*time.Hour, 1)
	_, other := create(t, s, "viewed once of three", 24*time.Hour, 3)
	readBody(t, s, open(t, s, token))
	readBody(t, s, open(t, s, other))
	e.clock.t = e.clock.t.Add(DefaultUsedGrace - time.Second)
	purged(t, s)
	p, err := s.OpenViewed(context.Background(), token)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := s.Reread(context.Background(), p); err != nil {
		t.Errorf("Reread within the grace time: %v", err)
	} else {
		r.Close()
	}
	e.clock.t = e.clock.t.Add(time.Second)
	purged(t, s, Purged{&store.Pickup{ID: id}, store.PickupViewsUsed})
	if _, err := e.st.PickupBody(context.Background(), id); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("body after the purge: %v, want store.ErrNotFound", err)
	}
	if _, err := s.Open(context.Background(), token); !errors.Is(err, ErrViewsUsed) {
		t.Errorf("Open after the purge: %v, want ErrViewsUsed", err)
	}
	if _, err := s.Reread(context.Background(), p); !errors.Is(err, ErrViewsUsed) {
		t.Errorf("Reread after the purge: %v, want ErrViewsUsed (the portal's page says why)", err)
	}
	open(t, s, other)
}

func TestLockAfterFailures(t *testing.T) {
	e := newEnv(t)
	s := e.pickups(t, keyA) // MaxFailures 3
	_, token := create(t, s, phi, time.Hour, 3)
	p := open(t, s, token)
	for i, want := range []bool{false, false, true} {
		if locked, err := s.Failed(context.Background(), p); err != nil || locked != want {
			t.Fatalf("failure %d: locked %v, %v; want %v", i+1, locked, err, want)
		}
	}
	if _, err := s.Open(context.Background(), token); !errors.Is(err, ErrLocked) {
		t.Errorf("Open when locked: %v, want ErrLocked", err)
	}
	if _, err := s.Body(context.Background(), p); !errors.Is(err, ErrLocked) {
		t.Errorf("Body when locked: %v, want ErrLocked", err)
	}
}

func TestViewsCap(t *testing.T) {
	e := newEnv(t)
	s := e.pickups(t, keyA)
	_, token := create(t, s, phi, time.Hour, 2)
	for i := range 2 {
		if got := readBody(t, s, open(t, s, token)); got != phi {
			t.Errorf("view %d: %q", i+1, got)
		}
	}
	if _, err := s.Open(context.Background(), token); !errors.Is(err, ErrViewsUsed) {
		t.Errorf("Open after the last view: %v, want ErrViewsUsed", err)
	}
	p, err := e.st.PickupByToken(context.Background(), hashToken(token))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Body(context.Background(), p); !errors.Is(err, ErrViewsUsed) {
		t.Errorf("Body after the last view: %v, want ErrViewsUsed", err)
	}
	if p, _ := e.st.Pickup(context.Background(), p.ID); p.Views != 2 {
		t.Errorf("%d views counted, want 2", p.Views)
	}
}

// TestNothingClearOnDisk: neither the body nor the token is in the
// database files, while the store is open (in the WAL) or after it is
// closed (checkpointed into the database).
func TestNothingClearOnDisk(t *testing.T) {
	e := newEnv(t)
	s := e.pickups(t, keyA)
	_, token := create(t, s, phi+"\r\n"+strings.Repeat("lab results ", 100_000), 24*time.Hour, 1)
	secrets := []string{phi, token}
	for i := range 3 { // base64 of the body at each alignment
		enc := base64.StdEncoding.EncodeToString([]byte(phi[i:]))
		secrets = append(secrets, enc[:len(enc)-4])
	}
	checkFiles(t, e.dir, secrets)
	if err := e.st.Close(); err != nil {
		t.Fatal(err)
	}
	checkFiles(t, e.dir, secrets)
}

func checkFiles(t *testing.T, dir string, secrets []string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "sealpost.db*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no database files in %s (%v)", dir, err)
	}
	var total int
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		total += len(b)
		for _, secret := range secrets {
			if bytes.Contains(b, []byte(secret)) {
				t.Errorf("%s holds %q in clear", filepath.Base(f), secret)
			}
		}
	}
	if total < 1_000_000 {
		t.Errorf("database files hold %d bytes: the 1.2 MB body is not in them", total)
	}
}

// TestRotate: a body sealed under key A is moved to key B by replacing
// its header alone, and then opens with B only.
func TestRotate(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	body := phi + strings.Repeat(" more text", 300_000) // 3 MB: several chunks
	idA, tokenA := create(t, e.pickups(t, keyA), body, time.Hour, 3)
	_, purgedToken := create(t, e.pickups(t, keyA), "gone", time.Minute, 3)
	e.clock.t = e.clock.t.Add(30 * time.Minute)
	idB, tokenB := create(t, e.pickups(t, keyB), "already under B", time.Hour, 3)
	if ps, err := e.pickups(t, keyA).Purge(ctx); err != nil || len(ps) != 1 {
		t.Fatalf("Purge = %v, %v; want 1 purged", ps, err)
	}
	before := rawBody(t, e.st, idA)
	underB := rawBody(t, e.st, idB)

	both := e.pickups(t, keyB+keyA)
	if n, err := both.Rotate(ctx); err != nil || n != 1 {
		t.Fatalf("Rotate = %d, %v; want 1", n, err)
	}
	if n, err := both.Rotate(ctx); err != nil || n != 0 {
		t.Errorf("Rotate again = %d, %v; want 0", n, err)
	}

	after := rawBody(t, e.st, idA)
	oldLen, _, err := keyring(t, keyA).Rewrap(bytes.NewReader(before))
	if err != nil {
		t.Fatal(err)
	}
	newLen, _, err := keyring(t, keyB).Rewrap(bytes.NewReader(after))
	if err != nil {
		t.Fatalf("the rotated body's header is not under key B: %v", err)
	}
	if newLen == oldLen || !bytes.Equal(before[oldLen:], after[newLen:]) {
		t.Errorf("header %d → %d bytes; the %d bytes after it changed: %v", oldLen, newLen, len(before)-oldLen,
			!bytes.Equal(before[oldLen:], after[newLen:]))
	}
	if got := rawBody(t, e.st, idB); !bytes.Equal(got, underB) {
		t.Error("a body already under key B was rewritten")
	}

	onlyB := e.pickups(t, keyB)
	if got := readBody(t, onlyB, open(t, onlyB, tokenA)); got != body {
		t.Errorf("the rotated body opens with key B as %d bytes, want %d", len(got), len(body))
	}
	if got := readBody(t, onlyB, open(t, onlyB, tokenB)); got != "already under B" {
		t.Errorf("body under B: %q", got)
	}
	if _, err := onlyB.Open(ctx, purgedToken); !errors.Is(err, ErrExpired) {
		t.Errorf("purged pickup after rotation: %v, want ErrExpired", err)
	}
	onlyA := e.pickups(t, keyA)
	if _, err := onlyA.Body(ctx, open(t, onlyA, tokenA)); err == nil {
		t.Error("the rotated body still opens with key A alone")
	}
}

// TestRotateMissingKey: a body under a key the keyring lacks is an error
// for that pickup, and the others are still rotated.
func TestRotateMissingKey(t *testing.T) {
	e := newEnv(t)
	create(t, e.pickups(t, keyA), "under A", time.Hour, 3)
	create(t, e.pickups(t, "c QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQkI=\n"), "under C", time.Hour, 3)
	n, err := e.pickups(t, keyB+keyA).Rotate(context.Background())
	if n != 1 || err == nil || !strings.Contains(err.Error(), `"c"`) {
		t.Errorf("Rotate = %d, %v; want 1 and an error naming key c", n, err)
	}
}

func rawBody(t testing.TB, st store.PickupStore, id string) []byte {
	t.Helper()
	r, err := st.PickupBody(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sloppyStore finds a pickup by any token hash, as an engine whose index
// compared hashes loosely would.
type sloppyStore struct {
	store.PickupStore
	id string
}

func (s sloppyStore) PickupByToken(ctx context.Context, _ []byte) (*store.Pickup, error) {
	return s.Pickup(ctx, s.id)
}

// TestOpenComparesTheHash: Open does not trust the lookup alone.
func TestOpenComparesTheHash(t *testing.T) {
	e := newEnv(t)
	id, token := create(t, e.pickups(t, keyA), phi, time.Hour, 3)
	s := New(sloppyStore{e.st, id}, keyring(t, keyA), Config{Now: e.clock.now})
	if p := open(t, s, token); p.ID != id {
		t.Fatalf("the right token opened %s, want %s", p.ID, id)
	}
	other, _ := NewToken()
	if p, err := s.Open(context.Background(), other); !errors.Is(err, ErrUnknown) {
		t.Errorf("another token, found by a loose lookup: %v, %v; want ErrUnknown", p, err)
	}
}
