package seal

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
)

// FuzzOpen: no input panics Open or NewReader, they agree, and only what
// the key sealed opens (fuzz workers are other processes, sealing the seed
// again: compare plain text).
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
	f.Add(sealed[:len(sealed)-1])
	f.Add(append(bytes.Clone(sealed), sealed[len(sealed)-20:]...))
	f.Add(sealV1(f, k, []byte("seed")))
	f.Add([]byte("SPS1\x00"))
	f.Add([]byte("SPS2\x00"))
	f.Add([]byte("SPS2\xff"))
	f.Add([]byte("SPS3\x02k1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		plain, err := k.Open(b)
		if err == nil && string(plain) != "seed" {
			t.Fatalf("forged input opened to %q", plain)
		}
		var streamed []byte
		r, serr := k.NewReader(iotest.OneByteReader(bytes.NewReader(b)))
		if serr == nil {
			streamed, serr = io.ReadAll(iotest.HalfReader(r))
		}
		if fmt.Sprint(serr) != fmt.Sprint(err) {
			t.Fatalf("Open: %v; NewReader: %v", err, serr)
		}
		if serr == nil && string(streamed) != "seed" {
			t.Fatalf("forged input read as %q", streamed)
		}
		if serr != nil && !bytes.HasPrefix([]byte("seed"), streamed) {
			t.Fatalf("forged input gave out %q before failing", streamed)
		}
	})
}

// FuzzStream: whatever the body and however it is cut into writes, it
// reads back whole, through reads of any size.
func FuzzStream(f *testing.F) {
	k, err := Ephemeral()
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte{}, uint16(1), uint16(1))
	f.Add([]byte("Subject: x\r\n\r\nbody"), uint16(3), uint16(7))
	f.Add(bytes.Repeat([]byte{0xAA}, 3*segmentSize/2), uint16(65535), uint16(1))
	f.Fuzz(func(t *testing.T, body []byte, write, read uint16) {
		sealed := writeStream(t, k, body, int(write)+1)
		r, err := k.NewReader(bytes.NewReader(sealed))
		if err != nil {
			t.Fatal(err)
		}
		var got []byte
		buf := make([]byte, int(read)+1)
		for {
			n, err := r.Read(buf)
			got = append(got, buf[:n]...)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(got, body) {
			t.Fatalf("%d bytes read back as %d", len(body), len(got))
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
