package smime

import (
	"bytes"
	"crypto"
	"crypto/rand"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/smallstep/pkcs7"
)

// ErrKeyMismatch is returned by NewSigner for a key that is not the
// certificate's.
var ErrKeyMismatch = errors.New("smime: signing key does not match certificate")

// Signer signs inner entities with the organisation's certificate. The
// signed entity is a multipart/signed with a detached
// application/pkcs7-signature (RFC 8551 section 3.5.3, the form the RFC
// prefers for sending and the one Thunderbird and Apple Mail send inside
// an envelope; Outlook and OpenSSL read it too). The signature is CMS
// SignedData, SHA-256, with the signing time, and carries the signer's
// certificate and chain so the reader can build the path.
//
// The signed part is the inner entity byte for byte, except that a bare
// LF becomes CRLF: verifiers canonicalise line endings before checking,
// so a bare LF would break the signature.
type Signer struct {
	cert  *x509.Certificate
	key   crypto.Signer
	chain []*x509.Certificate
}

// NewSigner returns a Signer for cert and its private key. chain is the
// intermediates to send along, issuer first; the root need not be in it.
func NewSigner(cert *x509.Certificate, key crypto.Signer, chain []*x509.Certificate) (*Signer, error) {
	pub, ok := key.Public().(interface{ Equal(crypto.PublicKey) bool })
	if !ok || !pub.Equal(cert.PublicKey) {
		return nil, ErrKeyMismatch
	}
	if cert.KeyUsage != 0 && cert.KeyUsage&x509.KeyUsageDigitalSignature == 0 {
		return nil, fmt.Errorf("%w: no digitalSignature", ErrKeyUsage)
	}
	return &Signer{cert: cert, key: key, chain: append([]*x509.Certificate(nil), chain...)}, nil
}

// wrap returns the multipart/signed entity of content.
func (s *Signer) wrap(content []byte) ([]byte, error) {
	if canon := canonicalCRLF(content); len(canon) != len(content) {
		defer clear(canon)
		content = canon
	}
	sig, err := s.sign(content)
	if err != nil {
		return nil, err
	}
	boundary, err := newBoundary(content)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.Grow(len(content) + len(sig)*4/3 + 1024)
	b.WriteString("Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\";\r\n" +
		" micalg=sha-256; boundary=\"" + boundary + "\"\r\n\r\n")
	b.WriteString("--" + boundary + "\r\n")
	b.Write(content)
	b.WriteString("\r\n--" + boundary + "\r\n" +
		"Content-Type: application/pkcs7-signature; name=\"smime.p7s\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n" +
		"Content-Disposition: attachment; filename=\"smime.p7s\"\r\n\r\n")
	if err := writeBase64(&b, sig); err != nil {
		return nil, err
	}
	b.WriteString("--" + boundary + "--\r\n")
	return b.Bytes(), nil
}

// sign returns a detached DER CMS SignedData of content.
func (s *Signer) sign(content []byte) ([]byte, error) {
	sd, err := pkcs7.NewSignedData(content)
	if err != nil {
		return nil, fmt.Errorf("smime: signing: %w", err)
	}
	sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
	if err := sd.AddSigner(s.cert, s.key, pkcs7.SignerInfoConfig{}); err != nil {
		return nil, fmt.Errorf("smime: signing: %w", err)
	}
	for _, c := range s.chain {
		sd.AddCertificate(c)
	}
	sd.Detach()
	der, err := sd.Finish()
	if err != nil {
		return nil, fmt.Errorf("smime: signing: %w", err)
	}
	return der, nil
}

// newBoundary returns a random MIME boundary that does not occur in
// content.
func newBoundary(content []byte) (string, error) {
	for {
		var r [18]byte
		if _, err := rand.Read(r[:]); err != nil {
			return "", err
		}
		b := "smime-" + hex.EncodeToString(r[:])
		if !bytes.Contains(content, []byte(b)) {
			return b, nil
		}
	}
}

// canonicalCRLF returns b with every LF not after a CR made CRLF; b
// itself when there is none.
func canonicalCRLF(b []byte) []byte {
	if !hasBareLF(b) {
		return b
	}
	out := make([]byte, 0, len(b)+len(b)/32)
	for i, c := range b {
		if c == '\n' && (i == 0 || b[i-1] != '\r') {
			out = append(out, '\r')
		}
		out = append(out, c)
	}
	return out
}

func hasBareLF(b []byte) bool {
	for i := bytes.IndexByte(b, '\n'); i >= 0; {
		if i == 0 || b[i-1] != '\r' {
			return true
		}
		j := bytes.IndexByte(b[i+1:], '\n')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}
