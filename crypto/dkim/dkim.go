// Package dkim signs outgoing messages (RFC 6376) with every configured key
// of the sender's domain, RSA and Ed25519 side by side, and makes keys and
// their DNS records. It signs the final bytes and never alters the message.
package dkim

import (
	"bufio"
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"net/mail"
	"net/textproto"
	"os"
	"strings"

	msgdkim "github.com/emersion/go-msgauth/dkim"
)

// Key is one signing key for a domain and selector.
type Key struct {
	Domain   string
	Selector string
	Signer   crypto.Signer
}

// LoadKey reads a PEM private key (PKCS#8 RSA or Ed25519, or PKCS#1 RSA).
func LoadKey(domain, selector, path string) (*Key, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("dkim: key %s: %w", path, err)
	}
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, fmt.Errorf("dkim: key %s: no PEM block", path)
	}
	signer, err := parseKey(block)
	if err != nil {
		return nil, fmt.Errorf("dkim: key %s: %w", path, err)
	}
	return &Key{Domain: strings.ToLower(domain), Selector: selector, Signer: signer}, nil
}

func parseKey(block *pem.Block) (crypto.Signer, error) {
	if block.Type == "RSA PRIVATE KEY" {
		return x509.ParsePKCS1PrivateKey(block.Bytes)
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	switch k := k.(type) {
	case *rsa.PrivateKey:
		if k.N.BitLen() < 1024 {
			return nil, errors.New("RSA key shorter than 1024 bits")
		}
		return k, nil
	case ed25519.PrivateKey:
		return k, nil
	}
	return nil, fmt.Errorf("unsupported key type %T", k)
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

// TXTRecord is the DNS TXT value that publishes pub.
func TXTRecord(pub crypto.PublicKey) (string, error) {
	switch pub := pub.(type) {
	case *rsa.PublicKey:
		der, err := x509.MarshalPKIXPublicKey(pub)
		if err != nil {
			return "", err
		}
		return "v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(der), nil
	case ed25519.PublicKey:
		return "v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(pub), nil
	}
	return "", fmt.Errorf("dkim: unsupported public key %T", pub)
}

// headerKeys are signed; the ones listed twice are oversigned, so that a
// second From, To, Subject… added on the way breaks the signature.
var headerKeys = []string{
	"From", "From", "To", "To", "Cc", "Cc", "Subject", "Subject", "Date", "Date",
	"Message-ID", "Message-ID", "Reply-To", "Reply-To",
	"MIME-Version", "Content-Type", "Content-Transfer-Encoding",
}

// Signer signs with a set of keys.
type Signer struct {
	keys []*Key
}

// NewSigner returns a Signer over keys (in the order their signatures are
// to appear).
func NewSigner(keys []*Key) *Signer { return &Signer{keys: keys} }

// Sign returns the DKIM-Signature fields (CRLF-terminated) to prepend to
// msg: one per key whose domain is the From domain or a parent of it; when
// no key matches, every key signs (the relay's own signature).
func (s *Signer) Sign(msg []byte) ([]byte, error) {
	keys := s.matching(fromDomain(msg))
	var out bytes.Buffer
	for _, k := range keys {
		sig, err := signOne(msg, k)
		if err != nil {
			return nil, err
		}
		out.WriteString(sig)
	}
	return out.Bytes(), nil
}

func (s *Signer) matching(domain string) []*Key {
	var ks []*Key
	for _, k := range s.keys {
		if domain == k.Domain || strings.HasSuffix(domain, "."+k.Domain) {
			ks = append(ks, k)
		}
	}
	if len(ks) == 0 {
		return s.keys
	}
	return ks
}

func signOne(msg []byte, k *Key) (string, error) {
	signer, err := msgdkim.NewSigner(&msgdkim.SignOptions{
		Domain: k.Domain, Selector: k.Selector, Signer: k.Signer, Hash: crypto.SHA256,
		HeaderCanonicalization: msgdkim.CanonicalizationRelaxed,
		BodyCanonicalization:   msgdkim.CanonicalizationRelaxed,
		HeaderKeys:             headerKeys,
	})
	if err != nil {
		return "", fmt.Errorf("dkim: %w", err)
	}
	if _, err := signer.Write(msg); err != nil {
		signer.Close()
		return "", fmt.Errorf("dkim: %w", err)
	}
	if err := signer.Close(); err != nil {
		return "", fmt.Errorf("dkim: %w", err)
	}
	return signer.Signature(), nil
}

// fromDomain returns the lower-cased domain of the From header, or "".
func fromDomain(msg []byte) string {
	h, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(msg))).ReadMIMEHeader()
	if err != nil && len(h) == 0 {
		return ""
	}
	addrs, err := mail.ParseAddressList(h.Get("From"))
	if err != nil || len(addrs) == 0 {
		return ""
	}
	at := strings.LastIndexByte(addrs[0].Address, '@')
	return strings.ToLower(addrs[0].Address[at+1:])
}
