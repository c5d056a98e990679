package seal

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"regexp"
	"strings"
	"testing"
)

func newFile(t testing.TB) []byte {
	t.Helper()
	file, err := NewKeyringFile()
	if err != nil {
		t.Fatal(err)
	}
	return file
}

func parse(t testing.TB, file []byte) *Keyring {
	t.Helper()
	k, err := ParseKeyring(file)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func seal(t testing.TB, k *Keyring, plain []byte) []byte {
	t.Helper()
	s, err := k.Seal(plain)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func randomKey() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.StdEncoding.EncodeToString(b)
}

func TestRoundTrip(t *testing.T) {
	k := parse(t, newFile(t))
	for _, plain := range [][]byte{{}, []byte("x"), bytes.Repeat([]byte("Subject: lab results\r\n"), 200), make([]byte, 1<<20)} {
		s := seal(t, k, plain)
		if want := 3 + 1 + 1 + len(k.CurrentID()) + 12 + 48 + 12 + len(plain) + 16; len(s) != want {
			t.Errorf("%d bytes sealed to %d, want %d", len(plain), len(s), want)
		}
		if len(plain) > 16 && bytes.Contains(s, plain[:16]) {
			t.Error("sealed blob contains the clear text")
		}
		if bytes.Equal(s, seal(t, k, plain)) {
			t.Error("sealing twice gave the same bytes: data key or nonce reused")
		}
		got, err := k.Open(s)
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("Open of %d bytes = %d bytes, %v", len(plain), len(got), err)
		}
	}
}

// TestTamperEveryRegion flips each byte of a sealed blob in turn: every
// change must fail, with the error of the region it hits.
func TestTamperEveryRegion(t *testing.T) {
	k := parse(t, []byte("key-1 "+randomKey()+"\n"))
	s := seal(t, k, []byte("patient record"))
	idEnd := 5 + len("key-1")
	regions := []struct {
		name       string
		start, end int
		want       string // error prefix
	}{
		{"magic", 0, 3, "seal: not a sealed message"},
		{"version", 3, 4, "seal: unsupported sealed format version"},
		{"id length", 4, 5, "seal: "},
		{"key id", 5, idEnd, `seal: sealed with master key "`},
		{"wrap nonce", idEnd, idEnd + 12, `seal: data key does not authenticate under master key "key-1"`},
		{"wrapped data key", idEnd + 12, idEnd + 60, `seal: data key does not authenticate under master key "key-1"`},
		{"nonce", idEnd + 60, idEnd + 72, "seal: message does not authenticate"},
		{"ciphertext and tag", idEnd + 72, len(s), "seal: message does not authenticate"},
	}
	for _, r := range regions {
		for i := r.start; i < r.end; i++ {
			bad := bytes.Clone(s)
			bad[i] ^= 0x01
			plain, err := k.Open(bad)
			if err == nil || !strings.HasPrefix(err.Error(), r.want) {
				t.Errorf("%s: flipping byte %d: Open = %q, %v; want error %q", r.name, i, plain, err, r.want)
			}
		}
	}
}

func TestTruncated(t *testing.T) {
	k := parse(t, newFile(t))
	s := seal(t, k, []byte("patient record"))
	for n := range len(s) {
		if plain, err := k.Open(s[:n]); err == nil {
			t.Fatalf("%d of %d bytes opened to %q", n, len(s), plain)
		}
	}
	if _, err := k.Open([]byte("plain text body")); !errors.Is(err, ErrNotSealed) {
		t.Errorf("Open(clear text) = %v, want ErrNotSealed", err)
	}
}

func TestRotation(t *testing.T) {
	oldFile := newFile(t)
	old := parse(t, oldFile)
	before := seal(t, old, []byte("queued before rotation"))
	rotated := parse(t, append([]byte("k-new "+randomKey()+"\n"), oldFile...))
	if rotated.CurrentID() != "k-new" {
		t.Fatalf("current = %q, want the new first line", rotated.CurrentID())
	}
	if got, err := rotated.Open(before); err != nil || string(got) != "queued before rotation" {
		t.Fatalf("blob sealed before rotation: %q, %v", got, err)
	}
	after := seal(t, rotated, []byte("queued after rotation"))
	if !bytes.Contains(after[:30], []byte("k-new")) {
		t.Error("a blob sealed after rotation does not name the new key")
	}
	_, err := old.Open(after)
	if want := `seal: sealed with master key "k-new", which is not in the keyring`; err == nil || err.Error() != want {
		t.Errorf("old keyring on a new blob: %v, want %s", err, want)
	}
}

func TestWrongKeySameID(t *testing.T) {
	a := parse(t, []byte("k1 "+randomKey()))
	b := parse(t, []byte("k1 "+randomKey()))
	_, err := b.Open(seal(t, a, []byte("for a only")))
	if want := `seal: data key does not authenticate under master key "k1" (wrong key or corrupted)`; err == nil || err.Error() != want {
		t.Errorf("Open with another key of the same ID = %v, want %s", err, want)
	}
}

func TestParseKeyringErrors(t *testing.T) {
	key := randomKey()
	short := base64.StdEncoding.EncodeToString([]byte("short"))
	cases := []struct{ name, in, want string }{
		{"empty", "", "seal: keyring has no key"},
		{"comments only", "# nothing\n\n  # here\n", "seal: keyring has no key"},
		{"no id", key + "\n", `seal: keyring line 1: want "ID BASE64KEY", found 1 fields`},
		{"trailing comment", "k1 " + key + " # old\n", `seal: keyring line 1: want "ID BASE64KEY", found 4 fields`},
		{"short key", "# c\n\nk1 " + short + "\n", "seal: keyring line 3: key is not 32 bytes in base64"},
		{"not base64", "k1 " + key[:40] + "!!!=\n", "seal: keyring line 1: key is not 32 bytes in base64"},
		{"reversed", key + " k1\n", "seal: keyring line 1: key is not 32 bytes in base64"},
		{"duplicate", "k1 " + key + "\nk2 " + randomKey() + "\nk1 " + randomKey() + "\n", "seal: keyring line 3: key id already used on line 1"},
		{"id not printable", "k\x01 " + key + "\n", "seal: keyring line 1: key id must be printable ASCII"},
		{"id too long", strings.Repeat("k", 65) + " " + key + "\n", "seal: keyring line 1: key id longer than 64 characters"},
		{"line too long", "k1 " + key + "\n" + strings.Repeat("x", 70000), "seal: keyring line 2: line too long"},
	}
	for _, c := range cases {
		_, err := ParseKeyring([]byte(c.in))
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: err = %v, want %s", c.name, err, c.want)
		}
		if err != nil && (strings.Contains(err.Error(), key[:20]) || strings.Contains(err.Error(), short)) {
			t.Errorf("%s: error shows key material: %v", c.name, err)
		}
	}
}

func TestParseKeyringLayout(t *testing.T) {
	k1, k2 := randomKey(), randomKey()
	k := parse(t, []byte("# keys\r\n\r\n  current "+k1+"  \r\n\t# older\nold\t"+k2+"\n"))
	if k.CurrentID() != "current" || len(k.keys) != 2 {
		t.Errorf("current %q with %d keys, want current and 2 keys", k.CurrentID(), len(k.keys))
	}
}

func TestNewKeyringFile(t *testing.T) {
	a, b := newFile(t), newFile(t)
	ka, kb := parse(t, a), parse(t, b)
	if !regexp.MustCompile(`^k\d{8}-[0-9a-f]{4}$`).MatchString(ka.CurrentID()) {
		t.Errorf("key id %q, want kYYYYMMDD-xxxx", ka.CurrentID())
	}
	if ka.CurrentID() == kb.CurrentID() {
		t.Errorf("two new keyrings share the id %q: rotating on the day of install would fail", ka.CurrentID())
	}
	if !bytes.HasPrefix(a, []byte("# ")) || bytes.Count(a, []byte("\n")) < 2 {
		t.Errorf("no header comment:\n%s", a)
	}
	both := parse(t, append(append([]byte{}, b...), a...))
	if _, err := both.Open(seal(t, ka, []byte("x"))); err != nil {
		t.Errorf("keyring of two new files: %v", err)
	}
	if _, err := kb.Open(seal(t, ka, []byte("x"))); err == nil {
		t.Error("two new keyrings share a key")
	}
}

func BenchmarkSeal4K(b *testing.B) {
	k := parse(b, newFile(b))
	msg := bytes.Repeat([]byte("a"), 4096)
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := k.Seal(msg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOpen4K(b *testing.B) {
	k := parse(b, newFile(b))
	s := seal(b, k, bytes.Repeat([]byte("a"), 4096))
	b.SetBytes(4096)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := k.Open(s); err != nil {
			b.Fatal(err)
		}
	}
}
