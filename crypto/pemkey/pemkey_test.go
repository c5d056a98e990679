package pemkey

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	rsaKey, _ := rsa.GenerateKey(rand.Reader, 2048)
	_, edKey, _ := ed25519.GenerateKey(rand.Reader)
	ecKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	pkcs8 := func(k any) []byte {
		der, err := x509.MarshalPKCS8PrivateKey(k)
		if err != nil {
			t.Fatal(err)
		}
		return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
	}
	cases := []struct {
		name, want string
		data       []byte
	}{
		{"pkcs1 rsa", "", pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(rsaKey)})},
		{"pkcs8 ed25519", "", pkcs8(edKey)},
		{"pkcs8 ecdsa", "", pkcs8(ecKey)},
		{"not pem", "no PEM block", []byte("hello")},
		{"certificate", `PEM block "CERTIFICATE" is not a private key`, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: []byte{1}})},
		{"corrupt", "malformed private key", pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: []byte("secret-bytes")})},
	}
	for _, c := range cases {
		k, err := Parse(c.data)
		switch {
		case c.want == "" && (err != nil || k == nil):
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		case err != nil && strings.Contains(err.Error(), "secret-bytes"):
			t.Errorf("%s: the error quotes the key", c.name)
		}
	}
	if _, err := Parse(nil); !errors.Is(err, ErrNoPEM) {
		t.Errorf("empty input: %v", err)
	}
}
