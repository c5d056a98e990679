package smime

import (
	"bytes"
	"io"
	"testing"
)

func benchmarkEncrypt(b *testing.B, size int, sign bool) {
	p := newTestPKI(b, keyRoot, keyInter)
	opt := Options{}
	if sign {
		org := p.user(b, rsaKey(keyOrg).Public(), "frontdesk@clinic.example.org", nil)
		s, err := NewSigner(org, rsaKey(keyOrg), nil)
		if err != nil {
			b.Fatal(err)
		}
		opt.Signer = s
	}
	enc := newEncrypter(b, opt, p.user(b, rsaKey(keyPat).Public(), "pat@example.net", nil))
	msg := bytes.Repeat([]byte("The biopsy was benign, nothing to worry about.\r\n"), size/48+1)[:size]
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if err := enc.Encrypt(io.Discard, bytes.NewReader(msg)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

func BenchmarkEncrypt4KB(b *testing.B)        { benchmarkEncrypt(b, 4<<10, false) }
func BenchmarkEncrypt10MB(b *testing.B)       { benchmarkEncrypt(b, 10<<20, false) }
func BenchmarkEncryptSigned4KB(b *testing.B)  { benchmarkEncrypt(b, 4<<10, true) }
func BenchmarkEncryptSigned10MB(b *testing.B) { benchmarkEncrypt(b, 10<<20, true) }
