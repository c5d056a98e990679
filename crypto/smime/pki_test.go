package smime

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// testNow is the clock of every test: certificates are valid around it.
var testNow = time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)

// rsaKeys are generated once: RSA key generation dominates the run time.
var rsaKeys = sync.OnceValue(func() []*rsa.PrivateKey {
	keys := make([]*rsa.PrivateKey, 6)
	for i := range keys {
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			panic(err)
		}
		keys[i] = k
	}
	return keys
})

// Key indexes into rsaKeys.
const (
	keyRoot = iota
	keyInter
	keyPat
	keyPat2
	keyOrg
	keyOther
)

func rsaKey(i int) *rsa.PrivateKey { return rsaKeys()[i] }

// authority is a CA that issues test certificates.
type authority struct {
	cert *x509.Certificate
	key  crypto.Signer
}

// testPKI is a root, an intermediate under it for email protection, and
// the pool of the root.
type testPKI struct {
	root, inter authority
	roots       *x509.CertPool
}

func newTestPKI(t testing.TB, rootKey, interKey int) *testPKI {
	t.Helper()
	root := newRoot(t, rsaKey(rootKey))
	inter := authority{key: rsaKey(interKey)}
	inter.cert = issue(t, root, inter.key.Public(), func(c *x509.Certificate) {
		c.Subject = pkix.Name{CommonName: "Test Email CA", Organization: []string{"Sealpost Test"}}
		c.IsCA, c.BasicConstraintsValid = true, true
		c.KeyUsage = x509.KeyUsageCertSign | x509.KeyUsageCRLSign
		c.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection}
	})
	roots := x509.NewCertPool()
	roots.AddCert(root.cert)
	return &testPKI{root: root, inter: inter, roots: roots}
}

func newRoot(t testing.TB, key crypto.Signer) authority {
	t.Helper()
	tmpl := template(func(c *x509.Certificate) {
		c.Subject = pkix.Name{CommonName: "Test Root", Organization: []string{"Sealpost Test"}}
		c.IsCA, c.BasicConstraintsValid = true, true
		c.KeyUsage = x509.KeyUsageCertSign | x509.KeyUsageCRLSign
	})
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		t.Fatal(err)
	}
	return authority{cert: mustParse(t, der), key: key}
}

// user returns a recipient certificate for addr from the intermediate,
// with edit applied to the template.
func (p *testPKI) user(t testing.TB, pub crypto.PublicKey, addr string, edit func(*x509.Certificate)) *x509.Certificate {
	t.Helper()
	return issue(t, p.inter, pub, func(c *x509.Certificate) {
		c.Subject = pkix.Name{CommonName: addr}
		c.EmailAddresses = []string{addr}
		c.KeyUsage = x509.KeyUsageKeyEncipherment | x509.KeyUsageDigitalSignature
		c.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection}
		if edit != nil {
			edit(c)
		}
	})
}

func issue(t testing.TB, by authority, pub crypto.PublicKey, edit func(*x509.Certificate)) *x509.Certificate {
	t.Helper()
	der, err := x509.CreateCertificate(rand.Reader, template(edit), by.cert, pub, by.key)
	if err != nil {
		t.Fatal(err)
	}
	return mustParse(t, der)
}

var serial struct {
	sync.Mutex
	n int64
}

func template(edit func(*x509.Certificate)) *x509.Certificate {
	serial.Lock()
	serial.n++
	n := serial.n
	serial.Unlock()
	c := &x509.Certificate{
		SerialNumber: big.NewInt(1000 + n),
		NotBefore:    testNow.Add(-24 * time.Hour),
		NotAfter:     testNow.Add(365 * 24 * time.Hour),
	}
	edit(c)
	return c
}

func mustParse(t testing.TB, der []byte) *x509.Certificate {
	t.Helper()
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func ecKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// writeCert writes certs as a PEM bundle and returns its path.
func writeCert(t testing.TB, dir, name string, certs ...*x509.Certificate) string {
	t.Helper()
	var b bytes.Buffer
	for _, c := range certs {
		pem.Encode(&b, &pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
	}
	return writeFile(t, dir, name, b.Bytes())
}

// writeKey writes key as PKCS #8 PEM and returns its path.
func writeKey(t testing.TB, dir, name string, key crypto.Signer) string {
	t.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, dir, name, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
}

func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// opensslPath finds openssl; without it the test fails under CI=true and
// is skipped elsewhere.
func opensslPath(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("openssl")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("openssl is required in CI: %v", err)
		}
		t.Skipf("openssl not installed: %v", err)
	}
	return p
}

// openssl runs openssl with args and returns its standard output; it
// fails the test if openssl fails.
func openssl(t testing.TB, args ...string) []byte {
	t.Helper()
	out, err := runOpenSSL(t, args...)
	if err != nil {
		t.Fatalf("openssl %v: %v", args, err)
	}
	return out
}

// runOpenSSL runs openssl with args; the error carries its stderr.
func runOpenSSL(t testing.TB, args ...string) ([]byte, error) {
	t.Helper()
	cmd := exec.Command(opensslPath(t), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, &opensslError{err: err, stderr: stderr.String()}
	}
	return out, nil
}

type opensslError struct {
	err    error
	stderr string
}

func (e *opensslError) Error() string { return e.err.Error() + ": " + e.stderr }
