package seal

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	mrand "math/rand/v2"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
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

// sealV1 seals in format version 1, as Seal did before version 2: the
// tests of reading version 1 need blobs of it, and TestV1Vector checks
// this sealer against one that the old Seal made.
func sealV1(t testing.TB, k *Keyring, plain []byte) []byte {
	t.Helper()
	random := make([]byte, keySize+2*nonceSize)
	rand.Read(random)
	dataKey, wrapNonce, nonce := random[:keySize], random[keySize:keySize+nonceSize], random[keySize+nonceSize:]
	body, err := newGCM(dataKey)
	if err != nil {
		t.Fatal(err)
	}
	id := k.current
	out := append([]byte(magic), version1, byte(len(id)))
	out = append(out, id...)
	ad := out[:len(out):len(out)]
	out = k.keys[id].Seal(append(out, wrapNonce...), wrapNonce, dataKey, ad)
	out = append(out, nonce...)
	return body.Seal(out, nonce, plain, ad)
}

// randomBody is n bytes that are not all alike, the same on every run.
func randomBody(n int) []byte {
	b := make([]byte, n)
	mrand.NewChaCha8([32]byte{}).Read(b)
	return b
}

// readStream opens sealed through NewReader and reads it all, returning
// what it read before any error.
func readStream(k *Keyring, sealed []byte) ([]byte, error) {
	r, err := k.NewReader(bytes.NewReader(sealed))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// writeStream seals plain through NewWriter, in writes of chunk bytes.
func writeStream(t testing.TB, k *Keyring, plain []byte, chunk int) []byte {
	t.Helper()
	var out bytes.Buffer
	w, err := k.NewWriter(&out)
	if err != nil {
		t.Fatal(err)
	}
	for p := plain; len(p) > 0; {
		n, err := w.Write(p[:min(chunk, len(p))])
		if err != nil {
			t.Fatal(err)
		}
		p = p[n:]
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

const (
	seg       = 64 << 10
	sealedSeg = seg + 16
)

// v2Len is the length of n bytes sealed under a key ID of idLen bytes.
func v2Len(idLen, n int) int {
	return headerLen(idLen) + n + (n/seg+1)*16
}

// headerLen is the length of a version 2 header with a key ID of idLen bytes.
func headerLen(idLen int) int { return 3 + 1 + 1 + idLen + 12 + 48 + 7 }

func TestRoundTrip(t *testing.T) {
	k := parse(t, newFile(t))
	for _, n := range []int{0, 1, 4400, seg - 1, seg, seg + 1, 3 * seg, 3*seg + 7, 5<<20 + 17} {
		plain := randomBody(n)
		s := seal(t, k, plain)
		if want := v2Len(len(k.CurrentID()), n); len(s) != want {
			t.Errorf("%d bytes sealed to %d, want %d", n, len(s), want)
		}
		if s[3] != '2' {
			t.Errorf("%d bytes sealed in format version %q, want '2'", n, s[3])
		}
		if n > 16 && bytes.Contains(s, plain[:16]) {
			t.Error("sealed blob contains the clear text")
		}
		if bytes.Equal(s, seal(t, k, plain)) {
			t.Error("sealing twice gave the same bytes: data key or nonce reused")
		}
		got, err := k.Open(s)
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("Open of %d bytes = %d bytes, %v", n, len(got), err)
		}
	}
}

// TestStreamRoundTrip writes in pieces of several sizes and reads back
// with every kind of short read, at the sizes around segment boundaries.
func TestStreamRoundTrip(t *testing.T) {
	k := parse(t, newFile(t))
	for _, n := range []int{0, 1, seg - 1, seg, seg + 1, 3 * seg, 3<<20 + 5} {
		plain := randomBody(n)
		for _, chunk := range []int{1, 1000, seg, seg + 3, n + 1} {
			if chunk == 1 && n > 3*seg {
				continue // a write a byte shows nothing the others do not
			}
			s := writeStream(t, k, plain, chunk)
			if want := v2Len(len(k.CurrentID()), n); len(s) != want {
				t.Errorf("%d bytes written %d at a time sealed to %d, want %d", n, chunk, len(s), want)
			}
			if got, err := k.Open(s); err != nil || !bytes.Equal(got, plain) {
				t.Errorf("%d bytes written %d at a time: Open = %d bytes, %v", n, chunk, len(got), err)
			}
		}
		s := seal(t, k, plain)
		readers := []struct {
			name string
			wrap func(io.Reader) io.Reader
		}{
			{"plain", func(r io.Reader) io.Reader { return r }},
			{"one byte", iotest.OneByteReader},
			{"half", iotest.HalfReader},
			{"data and EOF together", iotest.DataErrReader},
		}
		for _, in := range readers {
			for _, out := range readers {
				r, err := k.NewReader(in.wrap(bytes.NewReader(s)))
				if err != nil {
					t.Fatalf("%d bytes, %s input: %v", n, in.name, err)
				}
				got, err := io.ReadAll(out.wrap(r))
				if err != nil || !bytes.Equal(got, plain) {
					t.Errorf("%d bytes, %s input, %s reads: %d bytes, %v", n, in.name, out.name, len(got), err)
				}
			}
		}
		r, err := k.NewReader(iotest.OneByteReader(bytes.NewReader(s)))
		if err != nil {
			t.Fatal(err)
		}
		if err := iotest.TestReader(r, plain); err != nil {
			t.Errorf("%d bytes: %v", n, err)
		}
	}
}

// TestTamperEveryRegion flips each byte of a sealed blob in turn, in each
// format: every change must fail, with the error of the region it hits.
func TestTamperEveryRegion(t *testing.T) {
	k := parse(t, []byte("key-1 "+randomKey()+"\n"))
	idEnd := 5 + len("key-1")
	type region struct {
		name       string
		start, end int
		want       string // error prefix
	}
	header := []region{
		{"magic", 0, 3, "seal: not a sealed message"},
		{"version", 3, 4, "seal: unsupported sealed format version"},
		{"id length", 4, 5, "seal: "},
		{"key id", 5, idEnd, `seal: sealed with master key "`},
		{"wrap nonce", idEnd, idEnd + 12, `seal: data key does not authenticate under master key "key-1"`},
		{"wrapped data key", idEnd + 12, idEnd + 60, `seal: data key does not authenticate under master key "key-1"`},
	}
	v1 := sealV1(t, k, []byte("patient record"))
	v2 := seal(t, k, []byte("patient record"))
	cases := []struct {
		format  string
		s       []byte
		regions []region
	}{
		{"v1", v1, append(slices.Clip(header),
			region{"nonce", idEnd + 60, idEnd + 72, "seal: message does not authenticate (corrupted)"},
			region{"ciphertext and tag", idEnd + 72, len(v1), "seal: message does not authenticate (corrupted)"},
		)},
		{"v2", v2, append(slices.Clip(header),
			region{"nonce prefix", idEnd + 60, idEnd + 67, "seal: message does not authenticate (corrupted at segment 0)"},
			region{"segment", idEnd + 67, len(v2), "seal: message does not authenticate (corrupted at segment 0)"},
		)},
	}
	for _, c := range cases {
		for _, r := range c.regions {
			for i := r.start; i < r.end; i++ {
				bad := bytes.Clone(c.s)
				bad[i] ^= 0x01
				plain, err := k.Open(bad)
				if err == nil || !strings.HasPrefix(err.Error(), r.want) {
					t.Errorf("%s %s: flipping byte %d: Open = %q, %v; want error %q", c.format, r.name, i, plain, err, r.want)
				}
				plain, err = readStream(k, bad)
				if err == nil || !strings.HasPrefix(err.Error(), r.want) || len(plain) > 0 {
					t.Errorf("%s %s: flipping byte %d: NewReader read %q, %v; want error %q", c.format, r.name, i, plain, err, r.want)
				}
			}
		}
	}
}

// TestTamperSegments flips bytes all through a body of four segments: the
// reader gives out the segments before the one changed, and fails on it.
func TestTamperSegments(t *testing.T) {
	k := parse(t, newFile(t))
	plain := randomBody(3*seg + 100)
	s := seal(t, k, plain)
	hdr := headerLen(len(k.CurrentID()))
	var at []int
	for i := hdr; i < len(s); i += 997 {
		at = append(at, i)
	}
	for b := hdr; b < len(s); b += sealedSeg {
		at = append(at, b, b+1, b+sealedSeg-17, b+sealedSeg-16, b+sealedSeg-1)
	}
	for _, i := range at {
		if i >= len(s) {
			continue
		}
		bad := bytes.Clone(s)
		bad[i] ^= 0x80
		segment := (i - hdr) / sealedSeg
		got, err := readStream(k, bad)
		want := fmt.Sprintf("seal: message does not authenticate (corrupted at segment %d)", segment)
		if err == nil || err.Error() != want {
			t.Errorf("flipping byte %d: %v, want %s", i, err, want)
		}
		if !bytes.Equal(got, plain[:segment*seg]) {
			t.Errorf("flipping byte %d of segment %d: read %d bytes before the error, want %d", i, segment, len(got), segment*seg)
		}
		if _, err := k.Open(bad); err == nil || err.Error() != want {
			t.Errorf("flipping byte %d: Open: %v, want %s", i, err, want)
		}
	}
}

// TestTruncated cuts sealed blobs everywhere: at a segment boundary it is
// missing the last segment; inside one, the segment cut does not open.
func TestTruncated(t *testing.T) {
	k := parse(t, newFile(t))
	for _, s := range [][]byte{seal(t, k, []byte("patient record")), sealV1(t, k, []byte("patient record"))} {
		for n := range len(s) {
			if plain, err := k.Open(s[:n]); err == nil {
				t.Fatalf("format %c: %d of %d bytes opened to %q", s[3], n, len(s), plain)
			}
			if plain, err := readStream(k, s[:n]); err == nil {
				t.Fatalf("format %c: %d of %d bytes read as %q", s[3], n, len(s), plain)
			}
		}
	}
	if _, err := k.Open([]byte("plain text body")); !errors.Is(err, ErrNotSealed) {
		t.Errorf("Open(clear text) = %v, want ErrNotSealed", err)
	}
	if _, err := k.NewReader(strings.NewReader("SPS")); !errors.Is(err, ErrNotSealed) {
		t.Errorf("NewReader(SPS) = %v, want ErrNotSealed", err)
	}

	for _, n := range []int{seg, 2 * seg, 3*seg + 100} {
		plain := randomBody(n)
		s := seal(t, k, plain)
		hdr := headerLen(len(k.CurrentID()))
		for b := hdr; b < len(s); b += sealedSeg {
			segment := (b - hdr) / sealedSeg
			cuts := []struct {
				at   int
				want string
			}{
				{b, "seal: sealed message truncated"},
				{b + 1, fmt.Sprintf("seal: message does not authenticate (corrupted at segment %d)", segment)},
				{b + sealedSeg/2, fmt.Sprintf("seal: message does not authenticate (corrupted at segment %d)", segment)},
				{b + sealedSeg - 1, fmt.Sprintf("seal: message does not authenticate (corrupted at segment %d)", segment)},
			}
			for _, c := range cuts {
				if c.at >= len(s) {
					continue
				}
				got, err := readStream(k, s[:c.at])
				if err == nil || err.Error() != c.want {
					t.Errorf("%d bytes cut at %d of %d: %v, want %s", n, c.at, len(s), err, c.want)
				}
				if !bytes.Equal(got, plain[:segment*seg]) {
					t.Errorf("%d bytes cut at %d: read %d bytes before the error, want %d", n, c.at, len(got), segment*seg)
				}
			}
		}
	}
}

// segmentsOf splits a body sealed under k into its header and segments.
func segmentsOf(k *Keyring, s []byte) (hdr []byte, segs [][]byte) {
	h := headerLen(len(k.CurrentID()))
	for rest := s[h:]; len(rest) > 0; rest = rest[min(sealedSeg, len(rest)):] {
		segs = append(segs, rest[:min(sealedSeg, len(rest))])
	}
	return s[:h], segs
}

// TestSegmentsRearranged drops, swaps, repeats and transplants segments.
func TestSegmentsRearranged(t *testing.T) {
	k := parse(t, newFile(t))
	const n = 3*seg + 100
	hdr, segs := segmentsOf(k, seal(t, k, randomBody(n)))
	_, others := segmentsOf(k, seal(t, k, randomBody(n)))
	evenHdr, evenSegs := segmentsOf(k, seal(t, k, randomBody(2*seg)))
	cases := []struct {
		name string
		hdr  []byte
		segs [][]byte
		want string
	}{
		{"last dropped", hdr, segs[:3], "seal: sealed message truncated"},
		{"last, empty, of a body of whole segments dropped", evenHdr, evenSegs[:2], "seal: sealed message truncated"},
		{"last replaced by one not last", hdr, [][]byte{segs[0], segs[1], segs[2], segs[1]}, "seal: message does not authenticate (corrupted at segment 3)"},
		{"first two swapped", hdr, [][]byte{segs[1], segs[0], segs[2], segs[3]}, "seal: message does not authenticate (corrupted at segment 0)"},
		{"second and third swapped", hdr, [][]byte{segs[0], segs[2], segs[1], segs[3]}, "seal: message does not authenticate (corrupted at segment 1)"},
		{"first repeated", hdr, [][]byte{segs[0], segs[0], segs[1], segs[2], segs[3]}, "seal: message does not authenticate (corrupted at segment 1)"},
		{"a middle one dropped", hdr, [][]byte{segs[0], segs[2], segs[3]}, "seal: message does not authenticate (corrupted at segment 1)"},
		{"one from another message", hdr, [][]byte{segs[0], others[1], segs[2], segs[3]}, "seal: message does not authenticate (corrupted at segment 1)"},
		{"last from another message", hdr, [][]byte{segs[0], segs[1], segs[2], others[3]}, "seal: message does not authenticate (corrupted at segment 3)"},
		{"header of another message", evenHdr, segs, "seal: message does not authenticate (corrupted at segment 0)"},
	}
	for _, c := range cases {
		bad := bytes.Join(append([][]byte{c.hdr}, c.segs...), nil)
		_, err := readStream(k, bad)
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: %v, want %s", c.name, err, c.want)
		}
	}
}

// TestTrailingData appends bytes after the last segment.
func TestTrailingData(t *testing.T) {
	k := parse(t, newFile(t))
	for _, n := range []int{0, 100, seg, seg + 100} {
		s := seal(t, k, randomBody(n))
		_, segs := segmentsOf(k, s)
		last := segs[len(segs)-1]
		for _, extra := range [][]byte{{0}, make([]byte, 16), last, make([]byte, sealedSeg), bytes.Repeat(last, 3)} {
			bad := append(bytes.Clone(s), extra...)
			if got, err := readStream(k, bad); err == nil {
				t.Errorf("%d bytes with %d more: read %d bytes, no error", n, len(extra), len(got))
			}
			if _, err := k.Open(bad); err == nil {
				t.Errorf("%d bytes with %d more: Open did not fail", n, len(extra))
			}
		}
	}
}

// TestV1Vector opens a blob that Seal made in format version 1, before
// version 2, with the key 0, 1, … 31.
func TestV1Vector(t *testing.T) {
	const (
		key   = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
		plain = "Subject: sealed by format version 1\r\n\r\nlab results\r\n"
		blob  = "535053310c6b32303234303130312d763153ce3ef9850134ced7a60135b3bc67009b25f6346af2a68a0cbd1174321772dee3c2f8047f2a1ffd63f102dcc3243f2a999dcc74557979ae9780a53ea7acbf90b5f58b88e1e37fc49cc7b3fe031bff3a97a5e8fbd3635ff88da5358840c805d048faeac3f1951b4025c83f0f422e922952c79142ba72ed2f9c305f4c7ae56fcd67b303069ad2178992d4d2c2"
	)
	k := parse(t, []byte("k20240101-v1 "+key+"\n"))
	s, err := hex.DecodeString(blob)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := k.Open(s); err != nil || string(got) != plain {
		t.Errorf("Open = %q, %v", got, err)
	}
	if got, err := readStream(k, s); err != nil || string(got) != plain {
		t.Errorf("NewReader read %q, %v", got, err)
	}
	if mine := sealV1(t, k, []byte(plain)); len(mine) != len(s) || !bytes.Equal(mine[:len(mine)-len(plain)-16-72], s[:len(s)-len(plain)-16-72]) {
		t.Errorf("the test's version 1 sealer does not make blobs like the vector:\n%x\n%x", mine, s)
	}
	rotated := parse(t, []byte("k-new "+randomKey()+"\nk20240101-v1 "+key+"\n"))
	if got, err := rotated.Open(s); err != nil || string(got) != plain {
		t.Errorf("after rotation: Open = %q, %v", got, err)
	}
}

func TestRotation(t *testing.T) {
	oldFile := newFile(t)
	old := parse(t, oldFile)
	before := map[string][]byte{
		"Seal":      seal(t, old, []byte("queued before rotation")),
		"NewWriter": writeStream(t, old, []byte("queued before rotation"), 5),
		"version 1": sealV1(t, old, []byte("queued before rotation")),
	}
	rotated := parse(t, append([]byte("k-new "+randomKey()+"\n"), oldFile...))
	if rotated.CurrentID() != "k-new" {
		t.Fatalf("current = %q, want the new first line", rotated.CurrentID())
	}
	for how, s := range before {
		if got, err := rotated.Open(s); err != nil || string(got) != "queued before rotation" {
			t.Errorf("blob sealed by %s before rotation: Open = %q, %v", how, got, err)
		}
		if got, err := readStream(rotated, s); err != nil || string(got) != "queued before rotation" {
			t.Errorf("blob sealed by %s before rotation: NewReader read %q, %v", how, got, err)
		}
	}
	after := seal(t, rotated, []byte("queued after rotation"))
	if !bytes.Contains(after[:30], []byte("k-new")) {
		t.Error("a blob sealed after rotation does not name the new key")
	}
	want := `seal: sealed with master key "k-new", which is not in the keyring`
	if _, err := old.Open(after); err == nil || err.Error() != want {
		t.Errorf("old keyring on a new blob: Open = %v, want %s", err, want)
	}
	if _, err := old.NewReader(bytes.NewReader(after)); err == nil || err.Error() != want {
		t.Errorf("old keyring on a new blob: NewReader = %v, want %s", err, want)
	}
	if _, err := old.Open(sealV1(t, rotated, []byte("x"))); err == nil || err.Error() != want {
		t.Errorf("old keyring on a new version 1 blob: Open = %v, want %s", err, want)
	}
}

func TestWrongKeySameID(t *testing.T) {
	a := parse(t, []byte("k1 "+randomKey()))
	b := parse(t, []byte("k1 "+randomKey()))
	want := `seal: data key does not authenticate under master key "k1" (wrong key or corrupted)`
	for _, s := range [][]byte{seal(t, a, []byte("for a only")), sealV1(t, a, []byte("for a only"))} {
		if _, err := b.Open(s); err == nil || err.Error() != want {
			t.Errorf("Open of format %c with another key of the same ID = %v, want %s", s[3], err, want)
		}
		if _, err := b.NewReader(bytes.NewReader(s)); err == nil || err.Error() != want {
			t.Errorf("NewReader of format %c with another key of the same ID = %v, want %s", s[3], err, want)
		}
	}
}

func TestEphemeral(t *testing.T) {
	a, err := Ephemeral()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Ephemeral()
	if err != nil {
		t.Fatal(err)
	}
	if a.CurrentID() != "ephemeral" {
		t.Errorf("CurrentID = %q, want ephemeral", a.CurrentID())
	}
	s := writeStream(t, a, []byte("spooled"), 3)
	if got, err := readStream(a, s); err != nil || string(got) != "spooled" {
		t.Errorf("read back %q, %v", got, err)
	}
	want := `seal: data key does not authenticate under master key "ephemeral" (wrong key or corrupted)`
	if _, err := b.Open(s); err == nil || err.Error() != want {
		t.Errorf("another ephemeral keyring opened a spool file: %v, want %s", err, want)
	}
}

// recorder is a writer that keeps what it is given, fails once it has
// more than failAfter bytes (if set), and must not be closed.
type recorder struct {
	t         *testing.T
	b         bytes.Buffer
	failAfter int
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.failAfter > 0 && r.b.Len()+len(p) > r.failAfter {
		return 0, errors.New("disk full")
	}
	return r.b.Write(p)
}

func (r *recorder) Close() error {
	r.t.Error("the sealing writer closed the writer under it")
	return nil
}

// TestWriter: the writer holds at most one segment, leaves the writer
// under it open, and stops at the first error.
func TestWriter(t *testing.T) {
	k := parse(t, newFile(t))
	out := &recorder{t: t}
	w, err := k.NewWriter(out)
	if err != nil {
		t.Fatal(err)
	}
	hdr := v2Len(len(k.CurrentID()), 0) - 16
	steps := []struct {
		write, want int // bytes written, bytes out after
	}{
		{0, hdr},
		{seg - 1, hdr},
		{1, hdr + sealedSeg},
		{2*seg - 1, hdr + 2*sealedSeg},
		{1, hdr + 3*sealedSeg},
	}
	for _, s := range steps {
		if n, err := w.Write(make([]byte, s.write)); n != s.write || err != nil {
			t.Fatalf("Write(%d bytes) = %d, %v", s.write, n, err)
		}
		if out.b.Len() != s.want {
			t.Errorf("after writing %d more bytes, %d bytes out, want %d", s.write, out.b.Len(), s.want)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if want := v2Len(len(k.CurrentID()), 3*seg); out.b.Len() != want {
		t.Errorf("closed: %d bytes out, want %d", out.b.Len(), want)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close = %v, want nil", err)
	}
	if _, err := w.Write([]byte("x")); err == nil || err.Error() != "seal: write after close" {
		t.Errorf("Write after Close = %v, want seal: write after close", err)
	}
	if got, err := k.Open(out.b.Bytes()); err != nil || len(got) != 3*seg {
		t.Errorf("Open = %d bytes, %v", len(got), err)
	}

	failing := &recorder{t: t, failAfter: hdr + sealedSeg}
	w, err = k.NewWriter(failing)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(make([]byte, 3*seg)); err == nil || err.Error() != "seal: disk full" {
		t.Errorf("Write on a full disk = %v, want seal: disk full", err)
	}
	if err := w.Close(); err == nil || err.Error() != "seal: disk full" {
		t.Errorf("Close after a failed Write = %v, want seal: disk full", err)
	}
	if _, err := k.NewWriter(&recorder{t: t, failAfter: 1}); err == nil || err.Error() != "seal: disk full" {
		t.Errorf("NewWriter on a full disk = %v, want seal: disk full", err)
	}
}

// TestLastFlag forges streams with the message's own data key whose
// segments are flagged wrong: a short segment not flagged last, a whole
// one flagged last.
func TestLastFlag(t *testing.T) {
	k := parse(t, newFile(t))
	cases := []struct {
		name  string
		body  []int // segment lengths
		flags []bool
		want  string
	}{
		{"short and not last", []int{5}, []bool{false}, "seal: message does not authenticate (corrupted at segment 0)"},
		{"empty and not last", []int{seg, 0}, []bool{false, false}, "seal: message does not authenticate (corrupted at segment 1)"},
		{"whole and last", []int{seg}, []bool{true}, "seal: message does not authenticate (corrupted at segment 0)"},
		{"last, then more", []int{seg, 5, 5}, []bool{false, true, true}, "seal: message does not authenticate (corrupted at segment 1)"},
		{"as the writer does", []int{seg, 5}, []bool{false, true}, ""},
	}
	for _, c := range cases {
		var out bytes.Buffer
		w, err := k.newWriter(&out, seg)
		if err != nil {
			t.Fatal(err)
		}
		for i, n := range c.body {
			nonce, err := w.seg.nonceFor(c.flags[i])
			if err != nil {
				t.Fatal(err)
			}
			out.Write(w.seg.aead.Seal(nil, nonce, make([]byte, n), w.seg.ad))
		}
		_, err = readStream(k, out.Bytes())
		if got := fmt.Sprint(err); (c.want == "" && err != nil) || (c.want != "" && got != c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}

// TestCounterLimit: past 2^32 segments the counter would repeat nonces;
// the writer refuses to go there, and so does the reader.
func TestCounterLimit(t *testing.T) {
	k := parse(t, newFile(t))
	w, err := k.newWriter(io.Discard, seg)
	if err != nil {
		t.Fatal(err)
	}
	w.seg.next = math.MaxUint32
	if _, err := w.Write(make([]byte, seg)); err == nil || err.Error() != "seal: message too long for the sealed format" {
		t.Errorf("segment 2^32-1 not last: %v", err)
	}

	var out bytes.Buffer
	w, err = k.newWriter(&out, seg)
	if err != nil {
		t.Fatal(err)
	}
	w.seg.next = math.MaxUint32
	if err := w.Close(); err != nil {
		t.Errorf("segment 2^32-1 last: %v", err)
	}

	s := seal(t, k, make([]byte, seg))
	r, err := k.NewReader(bytes.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	r.(*reader).seg.next = math.MaxUint32
	if _, err := io.ReadAll(r); err == nil || err.Error() != "seal: message too long for the sealed format" {
		t.Errorf("reading segment 2^32-1 not last: %v", err)
	}
}

// allocated is the number of bytes f allocates.
func allocated(f func()) uint64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestConstantMemory: sealing or opening 16 MiB allocates no more than
// 1 MiB does, about one segment.
func TestConstantMemory(t *testing.T) {
	k := parse(t, newFile(t))
	chunk := randomBody(100_000)
	sealTo := func(dst io.Writer, n int) {
		w, err := k.NewWriter(dst)
		if err != nil {
			t.Fatal(err)
		}
		for ; n > 0; n -= len(chunk) {
			if _, err := w.Write(chunk[:min(n, len(chunk))]); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	read := func(s []byte) {
		r, err := k.NewReader(bytes.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		for {
			if _, err := r.Read(chunk); err == io.EOF {
				return
			} else if err != nil {
				t.Fatal(err)
			}
		}
	}
	var sealed [2]bytes.Buffer
	var sealing, opening [2]uint64
	for i, n := range []int{1 << 20, 16 << 20} {
		sealing[i] = allocated(func() { sealTo(io.Discard, n) })
		sealTo(&sealed[i], n)
		opening[i] = allocated(func() { read(sealed[i].Bytes()) })
	}
	for _, c := range []struct {
		name  string
		bytes [2]uint64
	}{{"sealing", sealing}, {"opening", opening}} {
		t.Logf("%s allocates %d bytes for 1 MiB, %d for 16 MiB", c.name, c.bytes[0], c.bytes[1])
		if small, big := c.bytes[0], c.bytes[1]; big > 2*seg || big > small+seg/4 {
			t.Errorf("%s allocates %d bytes for 1 MiB and %d for 16 MiB, want about %d for both", c.name, small, big, seg)
		}
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

// BenchmarkStream seals and opens a 16 MiB body through the streams.
func BenchmarkStream(b *testing.B) {
	k := parse(b, newFile(b))
	body := randomBody(16 << 20)
	sealed := seal(b, k, body)
	b.Run("seal", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			w, err := k.NewWriter(io.Discard)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := w.Write(body); err != nil {
				b.Fatal(err)
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("open", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			r, err := k.NewReader(bytes.NewReader(sealed))
			if err != nil {
				b.Fatal(err)
			}
			if _, err := io.Copy(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestRewrap moves a body to a new master key by replacing its header
// alone: the segments are untouched, the old key can then be dropped,
// and tampering is still found.
func TestRewrap(t *testing.T) {
	oldFile := newFile(t)
	old := parse(t, oldFile)
	plain := randomBody(3*segmentSize + 5)
	sealed := writeStream(t, old, plain, 4096)
	newKey := "k-new " + randomKey() + "\n"
	rotated := parse(t, append([]byte(newKey), oldFile...))
	n, hdr, err := rotated.Rewrap(bytes.NewReader(sealed))
	if err != nil {
		t.Fatal(err)
	}
	if n != headerLen(len(old.CurrentID())) || !bytes.HasPrefix(hdr, []byte("SPS2\x05k-new")) {
		t.Fatalf("Rewrap = %d, %.10q: not the old header's length or not the new key's header", n, hdr)
	}
	moved := append(append([]byte(nil), hdr...), sealed[n:]...)
	onlyNew := parse(t, []byte(newKey))
	if got, err := readStream(onlyNew, moved); err != nil || !bytes.Equal(got, plain) {
		t.Errorf("rewrapped body with the new key alone: %d bytes, %v", len(got), err)
	}
	if _, err := old.Open(moved); err == nil {
		t.Error("the old keyring, without the new key, opens the rewrapped body")
	}
	moved[len(hdr)+10] ^= 1
	if _, err := readStream(onlyNew, moved); err == nil {
		t.Error("a rewrapped body with a flipped segment byte opens")
	}
	if _, _, err := onlyNew.Rewrap(bytes.NewReader(sealed)); err == nil {
		t.Error("Rewrap without the key that sealed it succeeds")
	}
	if _, _, err := rotated.Rewrap(bytes.NewReader(sealV1(t, old, plain))); !errors.Is(err, ErrNotStream) {
		t.Errorf("Rewrap of a version 1 blob: %v, want ErrNotStream", err)
	}
	if _, _, err := rotated.Rewrap(bytes.NewReader(sealed[:20])); err == nil {
		t.Error("Rewrap of a cut header succeeds")
	}
}
