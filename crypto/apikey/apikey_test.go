package apikey

import (
	"crypto/sha256"
	"regexp"
	"strings"
	"testing"
)

var keyFormat = regexp.MustCompile(`^sp_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$`)

func TestNewFormat(t *testing.T) {
	key, id, hash := New()
	m := keyFormat.FindStringSubmatch(key)
	if m == nil {
		t.Fatalf("key %q does not have the format sp_<16 hex>_<43 base64url>", key)
	}
	if m[1] != id {
		t.Errorf("New returned ID %q for a key with ID %q", id, m[1])
	}
	if got, ok := Parse(key); !ok || got != id {
		t.Errorf("Parse(New key) = %q, %v; want %q, true", got, ok, id)
	}
	if want := sha256.Sum256([]byte(key)); string(hash) != string(want[:]) {
		t.Errorf("hash is not SHA-256 of the key")
	}
	if strings.Contains(string(hash), m[2]) {
		t.Errorf("hash holds the secret")
	}
}

func TestNewUnique(t *testing.T) {
	const n = 1000
	ids, secrets, hashes := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for range n {
		key, id, hash := New()
		ids[id], secrets[key[secOffset:]], hashes[string(hash)] = true, true, true
	}
	if len(ids) != n || len(secrets) != n || len(hashes) != n {
		t.Errorf("%d keys have %d distinct IDs, %d distinct secrets, %d distinct hashes", n, len(ids), len(secrets), len(hashes))
	}
}

func TestCheck(t *testing.T) {
	key, _, hash := New()
	if !Check(key, hash) {
		t.Fatal("Check rejects the key New made")
	}
	other, _, otherHash := New()
	cases := []struct {
		name string
		key  string
		hash []byte
	}{
		{"another key", other, hash},
		{"another key's hash", key, otherHash},
		{"no hash", key, nil},
		{"truncated hash", key, hash[:31]},
		{"empty key", "", hash},
		{"garbage", "Bearer hunter2", hash},
		{"upper-case prefix", "SP_" + key[3:], hash},
		{"key and a newline", key + "\n", hash},
		{"key twice", key + key, hash},
		{"space for underscore", key[:secOffset-1] + " " + key[secOffset:], hash},
	}
	for n := range len(key) {
		cases = append(cases, struct {
			name string
			key  string
			hash []byte
		}{"truncated", key[:n], hash})
	}
	for _, c := range cases {
		if Check(c.key, c.hash) {
			t.Errorf("%s: Check accepts %q", c.name, c.key)
		}
	}
}

// TestCheckChangedCharacter changes each character of the ID and the
// secret to every other character of its alphabet.
func TestCheckChangedCharacter(t *testing.T) {
	key, _, hash := New()
	const hexAlphabet = "0123456789abcdef"
	const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	for i := len(prefix); i < len(key); i++ {
		alphabet := b64Alphabet
		if i < secOffset-1 {
			alphabet = hexAlphabet
		} else if i == secOffset-1 {
			continue
		}
		for _, c := range []byte(alphabet + "\n\r=+/ ") {
			if c == key[i] {
				continue
			}
			changed := key[:i] + string(c) + key[i+1:]
			if Check(changed, hash) {
				t.Errorf("Check accepts the key with character %d changed to %q", i, c)
			}
		}
	}
}

func TestParse(t *testing.T) {
	const id = "0123456789abcdef"
	const secret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" // 32 zero bytes
	good := "sp_" + id + "_" + secret
	if got, ok := Parse(good); !ok || got != id {
		t.Fatalf("Parse(%q) = %q, %v; want %q, true", good, got, ok, id)
	}
	bad := []struct{ name, key string }{
		{"empty", ""},
		{"missing prefix", id + "_" + secret},
		{"missing prefix, same length", "xx_" + id + "_" + secret},
		{"upper-case prefix", "SP_" + id + "_" + secret},
		{"upper-case hex", "sp_0123456789ABCDEF_" + secret},
		{"one upper-case hex digit", "sp_0123456789abcdeF_" + secret},
		{"non-hex ID", "sp_0123456789abcdeg_" + secret},
		{"short ID", "sp_0123456789abcde_" + secret + "A"},
		{"long ID", "sp_0123456789abcdef0_" + secret[1:]},
		{"short secret", good[:len(good)-1]},
		{"long secret", good + "A"},
		{"no separator", "sp_" + id + "A" + secret},
		{"dash separator", "sp_" + id + "-" + secret},
		{"padded secret", "sp_" + id + "_" + secret + "="},
		{"standard base64", "sp_" + id + "_" + "+" + secret[1:]},
		{"non-canonical last character", "sp_" + id + "_" + secret[:42] + "B"},
		{"newline in secret", "sp_" + id + "_" + secret[:20] + "\n" + secret[21:]},
		{"space in secret", "sp_" + id + "_" + secret[:20] + " " + secret[21:]},
		{"non-ASCII", "sp_" + id + "_" + secret[:41] + "é"},
	}
	for _, b := range bad {
		if got, ok := Parse(b.key); ok || got != "" {
			t.Errorf("%s: Parse(%q) = %q, %v; want rejected", b.name, b.key, got, ok)
		}
	}
}

// FuzzParse: what Parse accepts has the format, and Check holds for it
// with its own hash only.
func FuzzParse(f *testing.F) {
	key, _, _ := New()
	f.Add(key)
	f.Add("sp_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB")
	f.Add("sp_0123456789ABCDEF_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
	f.Add("")
	f.Fuzz(func(t *testing.T, key string) {
		id, ok := Parse(key)
		if !ok {
			if id != "" || Check(key, sum(key)) {
				t.Fatalf("%q: rejected by Parse but ID %q or accepted by Check", key, id)
			}
			return
		}
		if m := keyFormat.FindStringSubmatch(key); m == nil || m[1] != id {
			t.Fatalf("Parse accepts %q (ID %q)", key, id)
		}
		b, err := secretEncoding.DecodeString(key[secOffset:])
		if err != nil || secretEncoding.EncodeToString(b) != key[secOffset:] {
			t.Fatalf("Parse accepts %q, whose secret has another writing", key)
		}
		if !Check(key, sum(key)) {
			t.Fatalf("Check rejects %q with its own hash", key)
		}
	})
}
