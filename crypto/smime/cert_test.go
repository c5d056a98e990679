package smime

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

var allCheckErrors = []error{
	ErrNoRoots, ErrKeyType, ErrWeakKey, ErrKeyUsage, ErrAddress, ErrExpired, ErrNotYetValid, ErrUntrusted,
}

func TestCheck(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	other := newTestPKI(t, keyOther, keyOther) // same names, other keys
	pat := rsaKey(keyPat).Public()
	small, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	good := p.user(t, pat, "pat@example.net", nil)
	inters := []*x509.Certificate{p.inter.cert}
	cases := []struct {
		name  string
		cert  *x509.Certificate
		addr  string
		opt   CheckOptions
		wants []error
	}{
		{name: "ok", cert: good, addr: "pat@example.net"},
		{name: "domain case", cert: good, addr: "pat@EXAMPLE.Net"},
		{name: "no key usage", cert: p.user(t, pat, "pat@example.net", func(c *x509.Certificate) { c.KeyUsage = 0 }), addr: "pat@example.net"},
		{name: "no extended key usage", cert: p.user(t, pat, "pat@example.net", func(c *x509.Certificate) { c.ExtKeyUsage = nil }), addr: "pat@example.net"},
		{name: "second address", cert: p.user(t, pat, "pat@example.net", func(c *x509.Certificate) {
			c.EmailAddresses = []string{"ana@example.org", "pat@example.net"}
		}), addr: "pat@example.net"},
		{name: "expired", cert: p.user(t, pat, "pat@example.net", func(c *x509.Certificate) {
			c.NotBefore, c.NotAfter = testNow.AddDate(-2, 0, 0), testNow.Add(-time.Second)
		}), addr: "pat@example.net", wants: []error{ErrExpired}},
		{name: "not yet valid", cert: p.user(t, pat, "pat@example.net", func(c *x509.Certificate) {
			c.NotBefore = testNow.Add(time.Hour)
		}), addr: "pat@example.net", wants: []error{ErrNotYetValid}},
		{name: "wrong address", cert: good, addr: "ana@example.net", wants: []error{ErrAddress}},
		{name: "wrong domain", cert: good, addr: "pat@example.org", wants: []error{ErrAddress}},
		{name: "local part case", cert: good, addr: "Pat@example.net", wants: []error{ErrAddress}},
		{name: "not an address", cert: good, addr: "pat", wants: []error{ErrAddress}},
		{name: "address only in subject", cert: p.user(t, pat, "pat@example.net", func(c *x509.Certificate) {
			c.EmailAddresses = nil
		}), addr: "pat@example.net", wants: []error{ErrAddress}},
		{name: "untrusted root", cert: other.user(t, pat, "pat@example.net", nil), addr: "pat@example.net", wants: []error{ErrUntrusted}},
		{name: "missing intermediate", cert: good, addr: "pat@example.net", opt: CheckOptions{Intermediates: []*x509.Certificate{}}, wants: []error{ErrUntrusted}},
		{name: "server certificate", cert: p.user(t, pat, "pat@example.net", func(c *x509.Certificate) {
			c.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
		}), addr: "pat@example.net", wants: []error{ErrUntrusted}},
		{name: "signing only", cert: p.user(t, pat, "pat@example.net", func(c *x509.Certificate) {
			c.KeyUsage = x509.KeyUsageDigitalSignature
		}), addr: "pat@example.net", wants: []error{ErrKeyUsage}},
		{name: "EC key", cert: p.user(t, ecKey(t).Public(), "pat@example.net", nil), addr: "pat@example.net", wants: []error{ErrKeyType}},
		{name: "RSA 1024", cert: p.user(t, small.Public(), "pat@example.net", nil), addr: "pat@example.net", wants: []error{ErrWeakKey}},
		{name: "RSA 1024 allowed", cert: p.user(t, small.Public(), "pat@example.net", nil), addr: "pat@example.net", opt: CheckOptions{MinRSABits: 1024}},
		{name: "RSA 2048 below 3072", cert: good, addr: "pat@example.net", opt: CheckOptions{MinRSABits: 3072}, wants: []error{ErrWeakKey}},
		{name: "no roots", cert: good, addr: "pat@example.net", opt: CheckOptions{Roots: nil}, wants: []error{ErrNoRoots}},
		{name: "all joined", cert: p.user(t, small.Public(), "pat@example.net", func(c *x509.Certificate) {
			c.KeyUsage = x509.KeyUsageDigitalSignature
			c.NotAfter = testNow.Add(-time.Hour)
		}), addr: "ana@example.net", wants: []error{ErrWeakKey, ErrKeyUsage, ErrAddress, ErrExpired}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opt := c.opt
			if c.name != "no roots" {
				opt.Roots = p.roots
			}
			if opt.Intermediates == nil {
				opt.Intermediates = inters
			}
			opt.Now = testNow
			err := Check(c.cert, c.addr, opt)
			checkErrors(t, err, c.wants)
			if err != nil && strings.Contains(err.Error(), "@") {
				t.Errorf("error shows an address: %v", err)
			}
		})
	}
}

// checkErrors fails unless err is exactly the sentinels in wants.
func checkErrors(t *testing.T, err error, wants []error) {
	t.Helper()
	if len(wants) == 0 {
		if err != nil {
			t.Fatalf("Check = %v, want nil", err)
		}
		return
	}
	for _, e := range allCheckErrors {
		want := bytes.Contains([]byte(errorList(wants)), []byte(e.Error()))
		if errors.Is(err, e) != want {
			t.Errorf("Check = %v: errors.Is(%q) = %v, want %v", err, e, !want, want)
		}
	}
}

func errorList(errs []error) string {
	var s []string
	for _, e := range errs {
		s = append(s, e.Error())
	}
	return strings.Join(s, "\n")
}

func TestCheckDefaultsToNow(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	// Valid around testNow, expired long before today if the clock is
	// right; valid today if testNow is today.
	old := p.user(t, rsaKey(keyPat).Public(), "pat@example.net", func(c *x509.Certificate) {
		c.NotBefore, c.NotAfter = time.Now().AddDate(-2, 0, 0), time.Now().AddDate(-1, 0, 0)
	})
	err := Check(old, "pat@example.net", CheckOptions{Roots: p.roots, Intermediates: []*x509.Certificate{p.inter.cert}})
	if !errors.Is(err, ErrExpired) {
		t.Errorf("Check without Now = %v, want ErrExpired", err)
	}
}

func TestParseCertificates(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	a, b := p.root.cert, p.inter.cert
	pemOf := func(typ string, der []byte) []byte { return pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}) }
	cases := []struct {
		name string
		data []byte
		want []*x509.Certificate
		err  string // a prefix of the error text
	}{
		{"PEM", pemOf("CERTIFICATE", a.Raw), []*x509.Certificate{a}, ""},
		{"PEM bundle with text", append(append([]byte("root:\n"), pemOf("CERTIFICATE", a.Raw)...), pemOf("CERTIFICATE", b.Raw)...), []*x509.Certificate{a, b}, ""},
		{"DER", a.Raw, []*x509.Certificate{a}, ""},
		{"DER bundle", append(append([]byte(nil), a.Raw...), b.Raw...), []*x509.Certificate{a, b}, ""},
		{"key in bundle", append(pemOf("CERTIFICATE", a.Raw), pemOf("PRIVATE KEY", []byte{1, 2})...), nil, `smime: unexpected PEM block "PRIVATE KEY"`},
		{"bad PEM certificate", pemOf("CERTIFICATE", []byte{0x30, 0x03, 1, 2, 3}), nil, "smime: certificate 1: x509: malformed"},
		{"garbage", []byte("not a certificate"), nil, "smime: x509: malformed"},
		{"empty", nil, nil, ErrNoCertificate.Error()},
		{"PEM without certificate", []byte("-----BEGIN nothing"), nil, ErrNoCertificate.Error()},
	}
	for _, c := range cases {
		got, err := ParseCertificates(c.data)
		if c.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil || len(got) != len(c.want) {
			t.Fatalf("%s: %d certificates, %v", c.name, len(got), err)
		}
		for i := range got {
			if !got[i].Equal(c.want[i]) {
				t.Errorf("%s: certificate %d differs", c.name, i)
			}
		}
	}
}

// TestDescribe compares the fingerprint with openssl's.
func TestDescribe(t *testing.T) {
	opensslPath(t)
	p := newTestPKI(t, keyRoot, keyInter)
	cert := p.user(t, rsaKey(keyPat).Public(), "pat@example.net", func(c *x509.Certificate) {
		c.EmailAddresses = []string{"pat@example.net", "ana@example.org"}
	})
	certFile := writeCert(t, t.TempDir(), "cert.pem", cert)
	out := string(openssl(t, "x509", "-in", certFile, "-noout", "-fingerprint", "-sha256"))
	_, fp, _ := strings.Cut(strings.TrimSpace(out), "=")
	want := strings.ToLower(strings.ReplaceAll(fp, ":", ""))

	info := Describe(cert)
	if info.SHA256 != want {
		t.Errorf("SHA256 = %s, openssl says %s", info.SHA256, want)
	}
	if info.Subject != "CN=pat@example.net" || info.Issuer != "CN=Test Email CA,O=Sealpost Test" {
		t.Errorf("Subject %q, Issuer %q", info.Subject, info.Issuer)
	}
	if !info.NotAfter.Equal(cert.NotAfter) || strings.Join(info.Emails, ",") != "pat@example.net,ana@example.org" {
		t.Errorf("NotAfter %v, Emails %v", info.NotAfter, info.Emails)
	}
	if info.Serial != cert.SerialNumber.Text(16) || info.Serial == "" {
		t.Errorf("Serial %q", info.Serial)
	}
	_ = os.Remove(certFile)
}

func FuzzParseCertificates(f *testing.F) {
	p := newTestPKI(f, keyRoot, keyInter)
	f.Add(p.root.cert.Raw)
	f.Add(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: p.inter.cert.Raw}))
	f.Add([]byte("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		certs, err := ParseCertificates(data)
		if (err == nil) != (len(certs) > 0) {
			t.Fatalf("%d certificates and error %v", len(certs), err)
		}
	})
}
