package smime

import (
	"bytes"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/smallstep/pkcs7"

	"github.com/sealpost/sealpost/crypto/protect"
)

// endless is an input that never ends; it counts what was read of it.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.n += int64(len(p))
	return len(p), nil
}

func TestSizeCap(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	cert := p.user(t, rsaKey(keyPat).Public(), "pat@example.net", nil)
	const max = 1000
	enc := newEncrypter(t, Options{MaxSize: max}, cert)
	cases := []struct {
		size    int
		tooLong bool
	}{{0, false}, {max - 1, false}, {max, false}, {max + 1, true}, {10 * max, true}}
	for _, c := range cases {
		err := enc.Encrypt(io.Discard, strings.NewReader(strings.Repeat("a", c.size)))
		if c.tooLong != errors.Is(err, ErrTooLarge) || (!c.tooLong && err != nil) {
			t.Errorf("%d bytes: %v", c.size, err)
		}
	}
	src := &endless{}
	err := enc.Encrypt(io.Discard, src)
	if !errors.Is(err, ErrTooLarge) || err.Error() != "smime: message too large: more than 1000 bytes" {
		t.Errorf("endless input: %v", err)
	}
	if src.n > max+1 {
		t.Errorf("read %d bytes of an endless input, want at most %d", src.n, max+1)
	}
}

func TestSizeCapDefault(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	enc := newEncrypter(t, Options{}, p.user(t, rsaKey(keyPat).Public(), "pat@example.net", nil))
	src := &endless{}
	if err := enc.Encrypt(io.Discard, src); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("endless input: %v", err)
	}
	if src.n != DefaultMaxSize+1 {
		t.Errorf("read %d bytes, want %d", src.n, DefaultMaxSize+1)
	}
}

// TestSizeCapThroughWrap: protect.Wrap passes the error on and stops
// reading the message.
func TestSizeCapThroughWrap(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	const max = 100_000
	enc := newEncrypter(t, Options{MaxSize: max}, p.user(t, rsaKey(keyPat).Public(), "pat@example.net", nil))
	src := &endless{}
	msg := io.MultiReader(strings.NewReader("Subject: big\r\nContent-Type: text/plain\r\n\r\n"), src)
	err := protect.Wrap(io.Discard, msg, enc, protect.Options{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Wrap = %v, want ErrTooLarge", err)
	}
	// Wrap reads ahead through its buffer and pipe, no further.
	if src.n > max+128<<10 {
		t.Errorf("read %d bytes of an endless message", src.n)
	}
}

// TestCheckEnvelope: the guard against the library's package variables
// refuses any envelope that is not what this package asked for.
func TestCheckEnvelope(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	enc := newEncrypter(t, Options{}, p.user(t, rsaKey(keyPat).Public(), "pat@example.net", nil))
	der, err := enc.envelop([]byte("hello\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	aes256 := mustMarshal(t, pkcs7.OIDEncryptionAlgorithmAES256CBC)
	aes128 := mustMarshal(t, pkcs7.OIDEncryptionAlgorithmAES128CBC)
	oaep := mustMarshal(t, pkcs7.OIDEncryptionAlgorithmRSAESOAEP)
	pkcs1 := mustMarshal(t, pkcs7.OIDEncryptionAlgorithmRSA)
	cases := []struct {
		name string
		der  []byte
		n    int
		ok   bool
	}{
		{"as made", der, 1, true},
		{"recipient count", der, 2, false},
		{"AES-128", replaceOnce(t, der, aes256, aes128), 1, false},
		{"PKCS #1 v1.5", replaceOnce(t, der, oaep, pkcs1), 1, false},
		{"truncated", der[:len(der)/2], 1, false},
		{"not DER", []byte("hello"), 1, false},
	}
	for _, c := range cases {
		err := checkEnvelope(c.der, c.n)
		if c.ok != (err == nil) || (err != nil && !errors.Is(err, ErrEnvelope)) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func TestCheckKeyAlgorithm(t *testing.T) {
	sha256 := pkix.AlgorithmIdentifier{Algorithm: pkcs7.OIDDigestAlgorithmSHA256}
	sha1 := pkix.AlgorithmIdentifier{Algorithm: pkcs7.OIDDigestAlgorithmSHA1}
	cases := []struct {
		name   string
		params oaepParams
		ok     bool
	}{
		{"defaults", oaepParams{}, true},
		{"SHA-1 named", oaepParams{Hash: sha1}, true},
		{"SHA-256", oaepParams{Hash: sha256}, false},
		{"MGF named", oaepParams{Hash: sha1, MGF: sha1}, false},
	}
	for _, c := range cases {
		alg := pkix.AlgorithmIdentifier{
			Algorithm:  pkcs7.OIDEncryptionAlgorithmRSAESOAEP,
			Parameters: asn1.RawValue{FullBytes: mustMarshal(t, c.params)},
		}
		if err := checkKeyAlgorithm(alg); c.ok != (err == nil) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := asn1.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func replaceOnce(t *testing.T, b, old, new []byte) []byte {
	t.Helper()
	if bytes.Count(b, old) != 1 {
		t.Fatalf("%x occurs %d times", old, bytes.Count(b, old))
	}
	return bytes.Replace(b, old, new, 1)
}

// TestConcurrentEncrypt: one Encrypter, many goroutines, under -race.
func TestConcurrentEncrypt(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	org := p.user(t, rsaKey(keyOrg).Public(), "frontdesk@clinic.example.org", nil)
	signer, err := NewSigner(org, rsaKey(keyOrg), nil)
	if err != nil {
		t.Fatal(err)
	}
	enc := newEncrypter(t, Options{Signer: signer}, p.user(t, rsaKey(keyPat).Public(), "pat@example.net", nil))
	errs := make(chan error, 8)
	for range cap(errs) {
		go func() {
			errs <- enc.Encrypt(io.Discard, strings.NewReader(testMessage()))
		}()
	}
	for range cap(errs) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
