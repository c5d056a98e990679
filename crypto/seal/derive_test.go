package seal

import (
	"bytes"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"
)

// TestDerive: a derived key is HKDF-SHA-256 of the master key with the
// package's salt and the label; it is the same from every parse of the
// keyring, differs per label and per master key, and after a rotation
// the old one is still made by DeriveWith.
func TestDerive(t *testing.T) {
	oldKey, newKey := randomKey(), randomKey()
	old := parse(t, []byte("old "+oldKey+"\n"))
	id, a := old.Derive("pickup code")
	if id != "old" || len(a) != DerivedKeySize {
		t.Fatalf("Derive = %q, %d bytes", id, len(a))
	}
	raw, _ := base64.StdEncoding.DecodeString(oldKey)
	want, err := hkdf.Key(sha256.New, raw, []byte("sealpost seal derive v1"), "pickup code", 32)
	if err != nil || !bytes.Equal(a, want) {
		t.Errorf("derived key is not HKDF-SHA-256(master, salt, label)")
	}
	if _, again := parse(t, []byte("old "+oldKey+"\n")).Derive("pickup code"); !bytes.Equal(a, again) {
		t.Error("two parses of one keyring derive different keys")
	}
	if _, b := old.Derive("pickup passcode"); bytes.Equal(a, b) {
		t.Error("two labels derive the same key")
	}
	if bytes.Contains(a, raw[:8]) {
		t.Error("the derived key shows the master key")
	}

	rotated := parse(t, []byte("new "+newKey+"\nold "+oldKey+"\n"))
	id, b := rotated.Derive("pickup code")
	if id != "new" || bytes.Equal(a, b) {
		t.Errorf("after rotation: %q, same key %v", id, bytes.Equal(a, b))
	}
	if c, err := rotated.DeriveWith("old", "pickup code"); err != nil || !bytes.Equal(a, c) {
		t.Errorf("DeriveWith the old key: %v, same %v", err, bytes.Equal(a, c))
	}
	if _, err := rotated.DeriveWith("gone", "pickup code"); err == nil || !strings.Contains(err.Error(), `"gone"`) {
		t.Errorf("DeriveWith an unknown ID: %v", err)
	}

	eph, err := Ephemeral()
	if err != nil {
		t.Fatal(err)
	}
	if id, k := eph.Derive("x"); id != ephemeralID || len(k) != DerivedKeySize {
		t.Errorf("ephemeral Derive = %q, %d bytes", id, len(k))
	}
}
