package openpgp

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ProtonMail/gopenpgp/v3/crypto"
	"github.com/emersion/go-message/textproto"

	"github.com/sealpost/sealpost/crypto/protect"
)

const bigSize = 50 << 20

// bigMessage returns a message of about size bytes, a base64 attachment
// made up as it is read, and a hash that holds the body (everything after
// the header) once the reader is drained.
func bigMessage(size int64) (io.Reader, *sha256Writer) {
	header := "From: Praxis <frontdesk@clinic.example.org>\r\nTo: ana@example.net\r\n" +
		"Subject: Scan\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
	body := io.MultiReader(
		strings.NewReader("--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"),
		io.LimitReader(newBase64Lines(), size),
		strings.NewReader("\r\n--b--\r\n"),
	)
	h := &sha256Writer{h: sha256.New()}
	return io.MultiReader(strings.NewReader(header), io.TeeReader(body, h)), h
}

type sha256Writer struct {
	h interface {
		io.Writer
		Sum([]byte) []byte
	}
}

func (s *sha256Writer) Write(p []byte) (int, error) { return s.h.Write(p) }

// base64Lines repeats 64 KiB of random base64 lines forever.
type base64Lines struct {
	block []byte
	off   int
}

func newBase64Lines() *base64Lines {
	raw := make([]byte, 57*1150)
	r := rand.New(rand.NewChaCha8([32]byte{2}))
	for i := range raw {
		raw[i] = byte(r.Uint32())
	}
	var b bytes.Buffer
	writeBase64(&b, raw)
	return &base64Lines{block: b.Bytes()}
}

func (l *base64Lines) Read(p []byte) (int, error) {
	n := copy(p, l.block[l.off:])
	l.off = (l.off + n) % len(l.block)
	return n, nil
}

// crlfCounter counts what is written and fails on a bare LF.
type crlfCounter struct {
	n    int64
	last byte
	bad  bool
}

func (c *crlfCounter) Write(p []byte) (int, error) {
	for i := bytes.IndexByte(p, '\n'); i >= 0; {
		prev := c.last
		if i > 0 {
			prev = p[i-1]
		}
		c.bad = c.bad || prev != '\r'
		j := bytes.IndexByte(p[i+1:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	if len(p) > 0 {
		c.last = p[len(p)-1]
	}
	c.n += int64(len(p))
	return len(p), nil
}

// heapPeak runs f and returns the high-water mark of HeapInuse above
// what it was before, sampled every millisecond, and the growth of Sys
// (memory obtained from the OS, which never shrinks).
func heapPeak(f func()) (peak, sys uint64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base, baseSys := ms.HeapInuse, ms.Sys
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		var high uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				done <- high
				return
			case <-tick.C:
				runtime.ReadMemStats(&m)
				high = max(high, m.HeapInuse)
			}
		}
	}()
	f()
	close(stop)
	high := <-done
	runtime.ReadMemStats(&ms)
	return max(high, base) - base, ms.Sys - baseSys
}

// TestLargeMessageStreams encrypts and signs a 50 MB message: memory must
// not grow with it, and the result must decrypt to the same body.
func TestLargeMessageStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB")
	}
	f := keys(t)
	enc, err := NewEncrypter([]*Key{publicOf(t, f.recipient25519)}, Options{Signer: f.signer25519})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "out.eml")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	count := &crlfCounter{}
	msg, bodyHash := bigMessage(bigSize)
	var werr error
	peak, sys := heapPeak(func() {
		werr = protect.Wrap(io.MultiWriter(out, count), msg, enc, protect.Options{})
	})
	if werr != nil {
		t.Fatal(werr)
	}
	t.Logf("50 MB message: %d bytes out, heap peak +%.1f MB, Sys +%.1f MB", count.n, mb(peak), mb(sys))
	if count.bad {
		t.Error("bare LF in the output")
	}
	// Race-detector builds and the sampler add some; a buffered message
	// would add 50 MB and more.
	if peak > 16<<20 {
		t.Errorf("heap peak +%.1f MB encrypting 50 MB: not streaming", mb(peak))
	}
	if _, err := out.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	if got := decryptedBodyHash(t, out, f); !bytes.Equal(got, bodyHash.h.Sum(nil)) {
		t.Error("the 50 MB body does not decrypt to itself")
	}
}

func mb(n uint64) float64 { return float64(n) / (1 << 20) }

// decryptedBodyHash decrypts the PGP/MIME message in r with gopenpgp,
// streaming, checks the signature, and hashes the inner body.
func decryptedBodyHash(t *testing.T, r io.Reader, f *fixture) []byte {
	t.Helper()
	br := bufio.NewReader(r)
	if _, err := textproto.ReadHeader(br); err != nil {
		t.Fatal(err)
	}
	// Skip to the armor; the CRLF after the armor and the closing
	// delimiter are left to the armor decoder to ignore.
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(line, "-----BEGIN PGP MESSAGE-----") {
			break
		}
	}
	armored := io.MultiReader(strings.NewReader("-----BEGIN PGP MESSAGE-----\r\n"), br)
	dec, err := crypto.PGP().Decryption().DecryptionKey(f.recipient25519).VerificationKey(publicKeyOf(t, f.org25519)).New()
	if err != nil {
		t.Fatal(err)
	}
	pr, err := dec.DecryptingReader(armored, crypto.Armor)
	if err != nil {
		t.Fatal(err)
	}
	plain := bufio.NewReader(pr)
	if _, err := textproto.ReadHeader(plain); err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	if _, err := io.Copy(h, plain); err != nil {
		t.Fatal(err)
	}
	res, err := pr.VerifySignature()
	if err != nil {
		t.Fatal(err)
	}
	if err := res.SignatureError(); err != nil {
		t.Errorf("signature: %v", err)
	}
	return h.Sum(nil)
}

func publicKeyOf(t testing.TB, k *crypto.Key) *crypto.Key {
	t.Helper()
	pub, err := k.ToPublic()
	if err != nil {
		t.Fatal(err)
	}
	return pub
}

// TestConcurrentUse shares one recipient Key and one Signer between
// goroutines (run with -race); every message must decrypt and verify.
func TestConcurrentUse(t *testing.T) {
	f := keys(t)
	key := publicOf(t, f.recipient25519)
	m := newMessage(t, 2<<10)
	var wg sync.WaitGroup
	errs := make(chan error, 256)
	for range 8 {
		wg.Go(func() {
			for range 8 {
				enc, err := NewEncrypter([]*Key{key}, Options{Signer: f.signer25519})
				if err != nil {
					errs <- err
					return
				}
				var out bytes.Buffer
				if err := protect.Wrap(&out, bytes.NewReader(m.raw), enc, protect.Options{}); err != nil {
					errs <- err
					return
				}
				if err := key.Check(time.Now(), Policy{}); err != nil {
					errs <- err
				}
				_ = key.Info(time.Now())
				if _, err := key.Bytes(); err != nil {
					errs <- err
				}
				_ = f.signer25519.Public().Info(time.Now())
				errs <- decrypts(out.Bytes(), f, m)
			}
		})
	}
	wg.Wait()
	close(errs)
	n := 0
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 64 {
		t.Fatalf("%d messages decrypted, want 64", n)
	}
}

func decrypts(out []byte, f *fixture, m testMessage) error {
	_, armoredStart, ok := bytes.Cut(out, []byte("-----BEGIN PGP MESSAGE-----"))
	if !ok {
		return errors.New("no armor")
	}
	pub, err := f.org25519.ToPublic()
	if err != nil {
		return err
	}
	dec, err := crypto.PGP().Decryption().DecryptionKey(f.recipient25519).VerificationKey(pub).New()
	if err != nil {
		return err
	}
	res, err := dec.Decrypt(append([]byte("-----BEGIN PGP MESSAGE-----"), armoredStart...), crypto.Armor)
	if err != nil {
		return err
	}
	if err := res.SignatureError(); err != nil {
		return err
	}
	if !bytes.HasSuffix(res.Bytes(), m.body) {
		return errors.New("inner body changed")
	}
	return nil
}

// The benchmarks make their keys with gopenpgp: no gpg needed.

func BenchmarkEncryptSign4K(b *testing.B) {
	f := keys(b)
	benchmarkEncrypt(b, publicOf(b, f.recipient25519), f.signer25519)
}

func BenchmarkEncryptSign4KRSA(b *testing.B) {
	f := keys(b)
	benchmarkEncrypt(b, publicOf(b, f.recipientRSA), f.signerRSA)
}

// benchmarkEncrypt measures a whole recipient copy: NewEncrypter (key
// check included) and protect.Wrap of a 4 KB message.
func benchmarkEncrypt(b *testing.B, key *Key, signer *Signer) {
	msg := message4K()
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	for b.Loop() {
		enc, err := NewEncrypter([]*Key{key}, Options{Signer: signer})
		if err != nil {
			b.Fatal(err)
		}
		if err := protect.Wrap(io.Discard, bytes.NewReader(msg), enc, protect.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkEncryptSign4KParallel shows that goroutines sharing a Key and
// a Signer do not serialise.
func BenchmarkEncryptSign4KParallel(b *testing.B) {
	f := keys(b)
	key, msg := publicOf(b, f.recipient25519), message4K()
	b.SetBytes(int64(len(msg)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			enc, err := NewEncrypter([]*Key{key}, Options{Signer: f.signer25519})
			if err == nil {
				err = protect.Wrap(io.Discard, bytes.NewReader(msg), enc, protect.Options{})
			}
			if err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

func message4K() []byte {
	header := "From: Praxis <frontdesk@clinic.example.org>\r\nTo: ana@example.net\r\n" +
		"Subject: =?utf-8?q?Ihr_Befund?=\r\nDate: Tue, 01 Dec 2026 10:00:00 +0100\r\n" +
		"Message-ID: <b@clinic.example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
	line := "Die Biopsie ist gutartig. Bitte vereinbaren Sie einen Termin.\r\n"
	var b strings.Builder
	b.WriteString(header)
	for b.Len()+len(line) <= 4096 {
		b.WriteString(line)
	}
	return []byte(b.String())
}

// BenchmarkEncrypt50M reports the heap high-water mark of a 50 MB message.
func BenchmarkEncrypt50M(b *testing.B) {
	f := keys(b)
	key := publicOf(b, f.recipient25519)
	b.SetBytes(bigSize)
	var worst uint64
	for b.Loop() {
		enc, err := NewEncrypter([]*Key{key}, Options{Signer: f.signer25519})
		if err != nil {
			b.Fatal(err)
		}
		msg, _ := bigMessage(bigSize)
		peak, _ := heapPeak(func() { err = protect.Wrap(io.Discard, msg, enc, protect.Options{}) })
		if err != nil {
			b.Fatal(err)
		}
		worst = max(worst, peak)
	}
	b.ReportMetric(mb(worst), "peak-heap-MB")
}
