package seal

import (
	"bytes"
	"encoding/base64"
	"strings"
	"sync"
	"testing"
)

// FuzzOpen: no input panics Open, and only what the key sealed opens (fuzz
// workers are other processes, sealing the seed again: compare plain text).
func FuzzOpen(f *testing.F) {
	k, err := ParseKeyring([]byte("k1 " + strings.Repeat("A", 43) + "="))
	if err != nil {
		f.Fatal(err)
	}
	sealed, err := k.Seal([]byte("seed"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sealed)
	f.Add(sealed[:40])
	f.Add([]byte("SPS1\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		plain, err := k.Open(b)
		if err == nil && string(plain) != "seed" {
			t.Fatalf("forged input opened to %q", plain)
		}
	})
}

// FuzzParseKeyring: no input panics the parser, and no error shows a key.
func FuzzParseKeyring(f *testing.F) {
	f.Add([]byte("# c\nk1 " + strings.Repeat("A", 43) + "=\n"))
	f.Add([]byte(strings.Repeat("B", 43) + "= k1\n"))
	f.Add([]byte("k1 QUJD\nk1 QUJD\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := ParseKeyring(data)
		if err == nil {
			return
		}
		for _, w := range strings.Fields(string(data)) {
			if b, derr := base64.StdEncoding.DecodeString(w); derr == nil && len(b) == keySize && strings.Contains(err.Error(), w) {
				t.Fatalf("error shows a key: %v", err)
			}
		}
	})
}

// TestConcurrentUse seals and opens from many goroutines with one ring.
func TestConcurrentUse(t *testing.T) {
	k := parse(t, newFile(t))
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				plain := []byte(strings.Repeat("x", g*i))
				s, err := k.Seal(plain)
				if err != nil {
					t.Error(err)
					return
				}
				if got, err := k.Open(s); err != nil || !bytes.Equal(got, plain) {
					t.Errorf("Open = %d bytes, %v", len(got), err)
					return
				}
			}
		})
	}
	wg.Wait()
}
