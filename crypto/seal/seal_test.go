package seal

import (
	"bytes"
	"strings"
	"testing"
)

func newRing(t *testing.T) (*Keyring, []byte) {
	t.Helper()
	file, err := NewKeyringFile()
	if err != nil {
		t.Fatal(err)
	}
	k, err := ParseKeyring(file)
	if err != nil {
		t.Fatal(err)
	}
	return k, file
}

func TestSealOpenRoundTrip(t *testing.T) {
	k, _ := newRing(t)
	for _, plain := range [][]byte{{}, []byte("x"), bytes.Repeat([]byte("Subject: hi\r\n"), 1000)} {
		s, err := k.Seal(plain)
		if err != nil {
			t.Fatal(err)
		}
		if len(plain) > 8 && bytes.Contains(s, plain[:8]) {
			t.Error("sealed blob contains the clear text")
		}
		got, err := k.Open(s)
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("Open = %q, %v", got, err)
		}
	}
}

func TestTamperFails(t *testing.T) {
	k, _ := newRing(t)
	s, _ := k.Seal([]byte("patient record"))
	for i := len(magic) + 1; i < len(s); i++ { // every byte after the magic and length
		bad := bytes.Clone(s)
		bad[i] ^= 0x01
		if _, err := k.Open(bad); err == nil {
			t.Fatalf("flipping byte %d went unnoticed", i)
		}
	}
	if _, err := k.Open(s[:len(s)-1]); err == nil {
		t.Error("truncated blob opened")
	}
}

func TestRotation(t *testing.T) {
	old, oldFile := newRing(t)
	s, _ := old.Seal([]byte("queued before rotation"))
	rotated, err := ParseKeyring(append([]byte("k2 "+strings.Repeat("A", 43)+"=\n"), oldFile...))
	if err != nil {
		t.Fatal(err)
	}
	if rotated.CurrentID() != "k2" {
		t.Fatalf("current = %q, want the new first line", rotated.CurrentID())
	}
	if got, err := rotated.Open(s); err != nil || string(got) != "queued before rotation" {
		t.Fatalf("old blob after rotation: %q, %v", got, err)
	}
	other, _ := newRing(t)
	if _, err := other.Open(s); err == nil {
		t.Error("a different keyring opened the blob")
	}
}

func TestParseErrors(t *testing.T) {
	cases := map[string]string{
		"":                   "seal: keyring has no key",
		"k1\n":               `seal: keyring line 1: want "ID BASE64KEY"`,
		"# c\nk1 c2hvcnQ=\n": `seal: keyring line 2: key "k1" is not 32 bytes of base64`,
	}
	for in, want := range cases {
		if _, err := ParseKeyring([]byte(in)); err == nil || err.Error() != want {
			t.Errorf("ParseKeyring(%q) = %v, want %s", in, err, want)
		}
	}
}

func BenchmarkSeal4K(b *testing.B) {
	file, _ := NewKeyringFile()
	k, _ := ParseKeyring(file)
	msg := bytes.Repeat([]byte("a"), 4096)
	b.SetBytes(4096)
	for b.Loop() {
		k.Seal(msg)
	}
}
