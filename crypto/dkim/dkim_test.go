package dkim

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t testing.TB, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func pemFile(t testing.TB, typ string, der []byte) string {
	t.Helper()
	return writeFile(t, "key.pem", pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}))
}

func pkcs8(t testing.TB, k any) []byte {
	t.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func TestLoadKey(t *testing.T) {
	rsaKey, _, err := GenerateKey("rsa")
	if err != nil {
		t.Fatal(err)
	}
	_, edKey, _ := ed25519.GenerateKey(rand.Reader)
	ecKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	short := shortRSAKey(t)
	rsaDER := x509.MarshalPKCS1PrivateKey(rsaKey.(*rsa.PrivateKey))
	cases := []struct {
		name, path, wantErr string
		wantPub             crypto.PublicKey
	}{
		{"pkcs8 rsa", pemFile(t, "PRIVATE KEY", pkcs8(t, rsaKey)), "", rsaKey.Public()},
		{"pkcs1 rsa", pemFile(t, "RSA PRIVATE KEY", rsaDER), "", rsaKey.Public()},
		{"pkcs8 ed25519", pemFile(t, "PRIVATE KEY", pkcs8(t, edKey)), "", edKey.Public()},
		{"ecdsa", pemFile(t, "PRIVATE KEY", pkcs8(t, ecKey)), "unsupported key type *ecdsa.PrivateKey (want RSA or Ed25519)", nil},
		{"short pkcs1", pemFile(t, "RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(short)), "RSA key of 512 bits is shorter than 1024", nil},
		{"short pkcs8", pemFile(t, "PRIVATE KEY", pkcs8(t, short)), "RSA key of 512 bits is shorter than 1024", nil},
		{"public key", pemFile(t, "PUBLIC KEY", []byte("x")), `PEM block "PUBLIC KEY" is not a private key (want PRIVATE KEY or RSA PRIVATE KEY)`, nil},
		{"corrupt", pemFile(t, "PRIVATE KEY", pkcs8(t, edKey)[:20]), "malformed private key", nil},
		{"not pem", writeFile(t, "k", []byte("hello")), "no PEM block", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k, err := LoadKey("Example.ORG.", "s1", c.path)
			if c.wantErr != "" {
				if want := "dkim: key " + c.path + ": " + c.wantErr; err == nil || err.Error() != want {
					t.Fatalf("err = %v\nwant %s", err, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if k.Domain != "example.org" || k.Selector != "s1" {
				t.Errorf("key for %q / %q, want example.org / s1", k.Domain, k.Selector)
			}
			if !k.Signer.Public().(interface{ Equal(crypto.PublicKey) bool }).Equal(c.wantPub) {
				t.Error("loaded key differs from the one written")
			}
		})
	}
	if _, err := LoadKey("example.org", "s1", filepath.Join(t.TempDir(), "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want a not-exist error", err)
	}
	if _, err := LoadKey("", "s1", cases[0].path); err == nil {
		t.Error("a key without a domain loaded")
	}
}

// shortRSAKey makes a 512-bit key, which Go makes only when told to.
func shortRSAKey(t *testing.T) *rsa.PrivateKey {
	t.Helper()
	old := os.Getenv("GODEBUG")
	os.Setenv("GODEBUG", "rsa1024min=0")
	defer os.Setenv("GODEBUG", old)
	k, err := rsa.GenerateKey(rand.Reader, 512)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestGenerateKeyAndTXTRecord(t *testing.T) {
	for _, c := range []struct {
		algo, k string
		bits    int
	}{{"rsa", "rsa", 2048}, {"ed25519", "ed25519", 256}} {
		signer, pemBytes, err := GenerateKey(c.algo)
		if err != nil {
			t.Fatal(err)
		}
		k, err := LoadKey("example.org", "s", writeFile(t, "k.pem", pemBytes))
		if err != nil {
			t.Fatalf("%s: generated PEM does not load: %v", c.algo, err)
		}
		if !k.Signer.Public().(interface{ Equal(crypto.PublicKey) bool }).Equal(signer.Public()) {
			t.Errorf("%s: PEM holds another key", c.algo)
		}
		txt, err := TXTRecord(signer.Public())
		if err != nil {
			t.Fatal(err)
		}
		prefix := "v=DKIM1; k=" + c.k + "; p="
		if !strings.HasPrefix(txt, prefix) {
			t.Fatalf("%s: TXT %q, want prefix %q", c.algo, txt, prefix)
		}
		if got := publicKeyBits(t, c.algo, strings.TrimPrefix(txt, prefix)); got != c.bits {
			t.Errorf("%s: p= holds a %d-bit key, want %d", c.algo, got, c.bits)
		}
	}
	if _, _, err := GenerateKey("dsa"); err == nil || err.Error() != `dkim: unknown algorithm "dsa" (rsa or ed25519)` {
		t.Errorf("GenerateKey(dsa) = %v", err)
	}
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if _, err := TXTRecord(ec.Public()); err == nil {
		t.Error("TXTRecord accepted an ECDSA key")
	}
}

func publicKeyBits(t *testing.T, algo, p string) int {
	t.Helper()
	der, err := base64.StdEncoding.DecodeString(p)
	if err != nil {
		t.Fatal(err)
	}
	if algo == "ed25519" {
		return len(der) * 8
	}
	pub, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		t.Fatal(err)
	}
	return pub.(*rsa.PublicKey).N.BitLen()
}

func TestSignRefusesIncompleteKey(t *testing.T) {
	_, ed, _ := ed25519.GenerateKey(rand.Reader)
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	for _, k := range []*Key{{Domain: "example.org", Signer: ed}, {Domain: "example.org", Selector: "s", Signer: ec}} {
		if sigs, err := NewSigner([]*Key{k}).Sign([]byte(testMsg)); err == nil {
			t.Errorf("key %+v signed:\n%s", k, sigs)
		}
	}
	if sigs, err := NewSigner(nil).Sign([]byte(testMsg)); err != nil || sigs != nil {
		t.Errorf("no keys: %q, %v; want nothing", sigs, err)
	}
}
