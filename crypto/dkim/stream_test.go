package dkim

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// wholeBodyHash is the whole-buffer relaxed body hash that bodyHasher
// replaced, kept as its oracle with its own helpers.
func wholeBodyHash(body []byte) [sha256.Size]byte {
	h := sha256.New()
	var scratch []byte
	done, i := 0, 0 // body[:done] is hashed
	for {
		for i < len(body) && !gapByte[body[i]] {
			i++
		}
		j := i
		for j < len(body) && gapByte[body[j]] {
			j++
		}
		if j == len(body) { // body[i:] is the end: trailing whitespace and empty lines
			break
		}
		if gap := body[i:j]; !oracleCanonicalGap(gap) {
			h.Write(body[done:i])
			scratch = oracleAppendCanonicalGap(scratch[:0], gap)
			h.Write(scratch)
			done = j
		}
		i = j
	}
	h.Write(body[done:i])
	if i > 0 {
		h.Write([]byte("\r\n"))
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

func oracleCanonicalGap(gap []byte) bool {
	for k, c := range gap {
		switch c {
		case '\t':
			return false
		case ' ':
			if k != len(gap)-1 {
				return false
			}
		case '\n':
			if k == 0 || gap[k-1] != '\r' {
				return false
			}
		}
	}
	return true
}

func oracleAppendCanonicalGap(dst, gap []byte) []byte {
	for k, c := range gap {
		switch c {
		case '\r':
			dst = append(dst, '\r')
		case '\n':
			if k == 0 || gap[k-1] != '\r' {
				dst = append(dst, '\r')
			}
			dst = append(dst, '\n')
		}
	}
	if isWSP(gap[len(gap)-1]) {
		dst = append(dst, ' ')
	}
	return dst
}

// edgeBodies are bodies whose canonical form hinges on what follows a
// read boundary, beyond those of signCases.
var edgeBodies = []string{
	"", " ", "\r\n", "\n", "\r", "x", "x\r", "x\r\n", "x\n", " x", "\r\nx", "\nx",
	"a \r\n", "a\t\r\nb", "a\r \nb", "a\r\r\nb", "\tx\t\ty\n \n", "a  b", "a \t b \t ",
	"a\r\n\r\n", "a\r\n \r\n\t\r\n", "a\n\n\nb\n\n", "a\r\n \r\n b", "a \r \n \r\n b",
	"a" + strings.Repeat("\r\n", 40) + "b",
	"a" + strings.Repeat("\r\n", 1000) + "b\r\n",
	"a" + strings.Repeat("\r\n", 1000),
	"a" + strings.Repeat(" \r\n\t", 300) + "b",
	"a" + strings.Repeat("\r", 200) + "b" + strings.Repeat("\n", 200),
	"a" + strings.Repeat(" ", 5000) + "b" + strings.Repeat(" ", 5000),
	strings.Repeat("x y  ", 400) + "\r\n",
}

// genBodies returns n random bodies built from the pieces that relaxed
// canonicalization cares about.
func genBodies(n int) []string {
	pieces := []string{"a b\t \r\n", "\r\n\r\n", "\r\n", " \t \r\n", "\t\r\n", "word", " ", "\t", "  ",
		"\n", "\r", "\r \n", "x\n", strings.Repeat("long line of text ", 70) + "\r\n",
		strings.Repeat("\r\n", 70), strings.Repeat(" ", 130)}
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		if r.IntN(3) == 0 {
			b.WriteString("no final CRLF")
		}
		out[i] = b.String()
	}
	return out
}

// testBodies are the bodies of signCases, edgeBodies and generated ones.
func testBodies() []string {
	var bodies []string
	for _, c := range signCases {
		_, body := splitHeader([]byte(c.msg))
		bodies = append(bodies, string(body))
	}
	return append(append(bodies, edgeBodies...), genBodies(300)...)
}

// streamHash hashes body written in chunks of the given sizes, cycled.
func streamHash(body []byte, sizes ...int) [sha256.Size]byte {
	b := newBodyHasher()
	for k := 0; len(body) > 0; k++ {
		n := min(len(body), sizes[k%len(sizes)])
		b.Write(body[:n])
		body = body[n:]
	}
	return b.Sum()
}

func TestBodyHasherMatchesWholeBuffer(t *testing.T) {
	for _, body := range testBodies() {
		want := wholeBodyHash([]byte(body))
		if got := relaxedBodyHash([]byte(body)); got != want {
			t.Errorf("one write of %q: hash differs from the whole-buffer one", body)
		}
		for _, sizes := range [][]int{{1}, {2}, {3}, {7}, {64}, {1, 5, 2, 130}} {
			if got := streamHash([]byte(body), sizes...); got != want {
				t.Errorf("writes of %v bytes of %q: hash differs from the whole-buffer one", sizes, body)
			}
		}
		if len(body) > 300 {
			continue
		}
		for cut := range len(body) { // every split in two
			if got := streamHash([]byte(body), cut, len(body)); got != want {
				t.Errorf("%q cut at %d: hash differs from the whole-buffer one", body, cut)
			}
		}
	}
}

// FuzzStreamBodyHash writes body in chunks whose sizes come from cuts and
// compares the hash with the whole-buffer one.
func FuzzStreamBodyHash(f *testing.F) {
	for _, body := range append(edgeBodies, genBodies(20)...) {
		f.Add([]byte(body), []byte{1, 7, 2})
	}
	f.Fuzz(func(t *testing.T, body, cuts []byte) {
		sizes := []int{len(body) + 1}
		if len(cuts) > 0 {
			sizes = sizes[:0]
			for _, c := range cuts {
				sizes = append(sizes, int(c)+1)
			}
		}
		if got, want := streamHash(body, sizes...), wholeBodyHash(body); got != want {
			t.Errorf("writes of %v bytes of %q: hash differs from the whole-buffer one", sizes, body)
		}
	})
}

// chunkReader returns at most n bytes per Read.
type chunkReader struct {
	r io.Reader
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	return c.r.Read(p[:min(len(p), c.n)])
}

// readers are the ways SignReader is fed in the tests.
var readers = []struct {
	name string
	wrap func(io.Reader) io.Reader
}{
	{"whole", func(r io.Reader) io.Reader { return r }},
	{"one byte", iotest.OneByteReader},
	{"half", iotest.HalfReader},
	{"7 bytes", func(r io.Reader) io.Reader { return &chunkReader{r, 7} }},
}

// fixedClock makes signatures reproducible: RSA PKCS #1 v1.5 and Ed25519
// signatures depend on nothing else.
func fixedClock() time.Time { return time.Unix(1795000000, 0) }

func TestSignReaderMatchesSign(t *testing.T) {
	keys, _ := testKeys(t, "example.org")
	s := newSigner(keys, fixedClock)
	var msgs []string
	for _, c := range signCases {
		msgs = append(msgs, c.msg)
	}
	header := testMsg[:strings.Index(testMsg, "\r\n\r\n")+4]
	for _, body := range append(edgeBodies, genBodies(100)...) {
		msgs = append(msgs, header+body)
	}
	msgs = append(msgs, "From: a@example.org\nSubject: bare LF\n\nbody\n", "From: a@example.org\r\nNo empty line",
		"From: a@example.org\r\n\n\r\nbody after LF", "", "\r\n\r\nbody without header")
	for i, msg := range msgs {
		want, err := s.Sign([]byte(msg))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range readers {
			got, err := s.SignReader(r.wrap(strings.NewReader(msg)))
			if err != nil {
				t.Fatalf("message %d, %s reader: %v", i, r.name, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("message %d %.40q, %s reader: SignReader\n%s\nSign\n%s", i, msg, r.name, got, want)
			}
		}
	}
}

func TestSignReaderHeaderLimit(t *testing.T) {
	keys, _ := testKeys(t, "example.org")
	s := newSigner(keys, fixedClock)
	// pad returns a header section of n bytes, its final empty line included.
	pad := func(n int) string {
		h := "From: a@example.org\r\nX-Pad: "
		return h + strings.Repeat("p", n-len(h)-4) + "\r\n\r\n"
	}
	cases := []struct {
		name, msg string
		err       error
	}{
		{"header of 1 MiB", pad(maxHeader) + "body\r\n", nil},
		{"header over 1 MiB", pad(maxHeader+1) + "body\r\n", ErrHeaderTooLong},
		{"no empty line, 2 MiB", "From: a@example.org\r\n" + strings.Repeat("X-Pad: p\r\n", 200<<10), ErrHeaderTooLong},
		{"one line of 2 MiB", "From: a@example.org\r\nX-Pad: " + strings.Repeat("p", 2<<20), ErrHeaderTooLong},
		{"1 MiB body", testMsg + strings.Repeat("b", maxHeader+10), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.SignReader(strings.NewReader(c.msg))
			if !errors.Is(err, c.err) {
				t.Fatalf("err = %v, want %v", err, c.err)
			}
			if c.err != nil {
				if err.Error() != "dkim: header section over 1 MiB" {
					t.Errorf("err text %q", err)
				}
				return
			}
			if want, _ := s.Sign([]byte(c.msg)); !bytes.Equal(got, want) {
				t.Errorf("SignReader and Sign differ")
			}
		})
	}
}

func TestSignReaderReadError(t *testing.T) {
	keys, _ := testKeys(t, "example.org")
	broken := errors.New("disk on fire")
	for _, at := range []int{10, len(testMsg) - 5} { // in the header, in the body
		r := io.MultiReader(strings.NewReader(testMsg[:at]), iotest.ErrReader(broken))
		sigs, err := NewSigner(keys).SignReader(r)
		if !errors.Is(err, broken) || sigs != nil || !strings.HasPrefix(err.Error(), "dkim: read message: ") {
			t.Errorf("error at %d: %q, %v; want the read error", at, sigs, err)
		}
	}
	if sigs, err := NewSigner(nil).SignReader(iotest.ErrReader(broken)); sigs != nil || err != nil {
		t.Errorf("no keys: %q, %v; want nothing, r unread", sigs, err)
	}
}

// messageReader yields a message of size bytes made on the fly: testMsg's
// header, then lines of text.
type messageReader struct {
	left int
	off  int // in the current piece
	head bool
}

const benchLine = "Lorem ipsum dolor sit amet,  consectetur\tadipiscing elit, sed do. \r\n"

func (m *messageReader) Read(p []byte) (int, error) {
	if m.left == 0 {
		return 0, io.EOF
	}
	piece := benchLine
	if !m.head {
		piece = testMsg[:strings.Index(testMsg, "\r\n\r\n")+4]
	}
	n := copy(p[:min(len(p), m.left)], piece[m.off:])
	m.left -= n
	if m.off += n; m.off == len(piece) {
		m.off, m.head = 0, true
	}
	return n, nil
}

// BenchmarkSignReader signs a 50 MB message read from a stream with
// RSA-2048 and Ed25519: bytes/op must not grow with the message.
func BenchmarkSignReader(b *testing.B) {
	keys, _ := testKeys(b, "example.org")
	s := NewSigner(keys)
	for _, size := range []int{1 << 20, 50 << 20} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.SignReader(&messageReader{left: size}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestSignReaderMemory checks what the benchmark shows: signing a 20 MB
// message from a stream allocates about as much as signing 1 MB.
func TestSignReaderMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("signs 20 MB")
	}
	keys, _ := testKeys(t, "example.org")
	s := NewSigner(keys)
	small, large := allocated(t, s, 1<<20), allocated(t, s, 20<<20)
	if large > 256<<10 || large > small+64<<10 {
		t.Errorf("signing 20 MB allocated %d bytes, 1 MB %d bytes; want both small and alike", large, small)
	}
	t.Logf("bytes allocated by a signature: 1 MB message %d, 20 MB message %d", small, large)
}

// allocated returns the bytes allocated while signing a message of size
// bytes read from a stream.
func allocated(t *testing.T, s *Signer, size int) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := s.SignReader(&messageReader{left: size}); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
