// Package dkim signs outgoing messages (RFC 6376, RFC 8463) with every
// configured key of the sender's domain, RSA and Ed25519 side by side, and
// makes keys and their DNS records. It signs the final bytes and never
// alters or logs the message: Sign and SignReader return only the header
// fields to prepend. Sign copies nothing; SignReader, for messages too large
// to hold, keeps the header section and a small window of the body.
//
// Signing is relaxed/relaxed with SHA-256. The body is canonicalized and
// hashed once per message, in one streaming pass, whatever the number of
// keys; go-msgauth's dkim
// package (which hashes the body once per key, through a pipe) and
// python3-dkim verify the output in the tests.
package dkim

import (
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"os"
	"strings"

	"github.com/sealpost/sealpost/crypto/pemkey"
)

// minRSABits is the shortest RSA key accepted (RFC 8301).
const minRSABits = 1024

// Key is one signing key for a domain and selector.
type Key struct {
	Domain   string
	Selector string
	Signer   crypto.Signer
}

// LoadKey reads a PEM private key (PKCS#8 RSA or Ed25519, or PKCS#1 RSA).
// Errors name the file, never the key material.
func LoadKey(domain, selector, path string) (*Key, error) {
	if domain == "" || selector == "" {
		return nil, fmt.Errorf("dkim: key %s: domain and selector are required", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("dkim: key %s: %w", path, err)
	}
	signer, err := parseKey(data)
	if err != nil {
		return nil, fmt.Errorf("dkim: key %s: %w", path, err)
	}
	return &Key{Domain: strings.ToLower(strings.TrimSuffix(domain, ".")), Selector: selector, Signer: signer}, nil
}

// parseKey decodes a PEM PKCS#1 RSA or PKCS#8 RSA/Ed25519 private key.
func parseKey(data []byte) (crypto.Signer, error) {
	k, err := pemkey.Parse(data)
	if err != nil {
		return nil, err
	}
	switch k := k.(type) {
	case *rsa.PrivateKey:
		if k.N.BitLen() < minRSABits {
			return nil, fmt.Errorf("RSA key of %d bits is shorter than %d", k.N.BitLen(), minRSABits)
		}
		return k, nil
	case ed25519.PrivateKey:
		return k, nil
	}
	return nil, fmt.Errorf("unsupported key type %T (want RSA or Ed25519)", k)
}

// GenerateKey makes a key: algo "rsa" (2048 bits) or "ed25519". It returns
// the key and its PKCS#8 PEM encoding.
func GenerateKey(algo string) (crypto.Signer, []byte, error) {
	var signer crypto.Signer
	var err error
	switch algo {
	case "rsa":
		signer, err = rsa.GenerateKey(rand.Reader, 2048)
	case "ed25519":
		_, signer, err = ed25519.GenerateKey(rand.Reader)
	default:
		return nil, nil, fmt.Errorf("dkim: unknown algorithm %q (rsa or ed25519)", algo)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("dkim: %w", err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(signer)
	if err != nil {
		return nil, nil, fmt.Errorf("dkim: %w", err)
	}
	return signer, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), nil
}

// TXTRecord is the DNS TXT value that publishes pub at
// SELECTOR._domainkey.DOMAIN. An RSA record is longer than 255 bytes: the
// zone must split it into several strings of one record.
func TXTRecord(pub crypto.PublicKey) (string, error) {
	switch pub := pub.(type) {
	case *rsa.PublicKey:
		der, err := x509.MarshalPKIXPublicKey(pub)
		if err != nil {
			return "", fmt.Errorf("dkim: %w", err)
		}
		return "v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(der), nil
	case ed25519.PublicKey:
		return "v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(pub), nil
	}
	return "", fmt.Errorf("dkim: unsupported public key %T", pub)
}
