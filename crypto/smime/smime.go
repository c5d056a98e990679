// Package smime is Sealpost's S/MIME (RFC 8551) Encrypter: it turns the
// protected inner entity that crypto/protect hands it into the body of an
// application/pkcs7-mime enveloped-data entity (CMS EnvelopedData,
// AES-256-CBC content encryption, RSAES-OAEP key transport, one
// RecipientInfo per certificate), optionally signing it first with the
// organisation's certificate. It also owns the checks a recipient
// certificate must pass before anything is encrypted to it, and the facts
// about a certificate an audit record needs.
//
// It never logs, never prints, never touches the network, and never puts
// key material, message content or the recipient's address in an error.
// The CMS library cannot stream, so each Encrypt holds its message in
// memory, several times over, bounded by Options.MaxSize; it clears the
// plaintext buffers it owns when done.
//
// The CMS library (github.com/smallstep/pkcs7) chooses its algorithms
// through package variables, so setting them per call would be a data
// race. This package sets them once, in init, before main runs, and checks every envelope it produces against the algorithms
// it expects, so that a change made elsewhere fails closed instead of
// sending weakly encrypted mail. No other package in Sealpost may set
// them.
package smime

import (
	"crypto"
	"crypto/aes"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"io"

	"github.com/emersion/go-message/textproto"
	"github.com/smallstep/pkcs7"

	"github.com/sealpost/sealpost/crypto/protect"
)

// DefaultMaxSize is the largest inner entity encrypted when
// Options.MaxSize is zero: 25 MiB.
const DefaultMaxSize = 25 << 20

// LimitMaxSize bounds Options.MaxSize: the message and about four copies
// of it are in memory while it is encrypted.
const LimitMaxSize = 1 << 30

// oaepHash is the hash of RSAES-OAEP. It must be SHA-1: pkcs7 v0.2.3
// writes OAEP parameters naming only the hash, so the mask generation
// function is the default MGF1-SHA1 (RFC 4055), while Go's
// rsa.EncryptOAEP masks with the same hash as the OAEP one. With SHA-256
// the envelope says MGF1-SHA1, the key is masked with MGF1-SHA256, and
// OpenSSL (rightly) fails to decrypt. OAEP with SHA-1 needs no collision
// resistance and is the RFC 8017 default.
const oaepHash = crypto.SHA1

func init() {
	pkcs7.ContentEncryptionAlgorithm = pkcs7.EncryptionAlgorithmAES256CBC
	pkcs7.KeyEncryptionAlgorithm = pkcs7.OIDEncryptionAlgorithmRSAESOAEP
	pkcs7.KeyEncryptionHash = oaepHash
}

var (
	// ErrTooLarge is returned for an inner entity above Options.MaxSize.
	ErrTooLarge = errors.New("smime: message too large")
	// ErrNoRecipient is returned by New without a certificate.
	ErrNoRecipient = errors.New("smime: no recipient certificate")
	// ErrEnvelope is returned when the CMS library produced an envelope
	// with other algorithms than this package set: someone changed the
	// library's package variables.
	ErrEnvelope = errors.New("smime: envelope does not use AES-256-CBC and RSAES-OAEP")
)

// Options are the choices the caller makes for an Encrypter.
type Options struct {
	// MaxSize is the largest inner entity, in bytes, that Encrypt
	// accepts; DefaultMaxSize if zero or negative, at most LimitMaxSize.
	MaxSize int64
	// Signer, if set, signs the inner entity before it is encrypted.
	Signer *Signer
}

// Encrypter encrypts to a fixed set of certificates, those of one
// recipient. It is immutable and safe for concurrent use.
type Encrypter struct {
	recipients []*x509.Certificate
	maxSize    int64
	signer     *Signer
}

var _ protect.Encrypter = (*Encrypter)(nil)

// New returns an Encrypter to recipients, which must hold RSA keys. It
// does not Check them: do that first, with the recipient's address.
func New(recipients []*x509.Certificate, opt Options) (*Encrypter, error) {
	if len(recipients) == 0 {
		return nil, ErrNoRecipient
	}
	if opt.MaxSize > LimitMaxSize {
		return nil, fmt.Errorf("smime: MaxSize %d above %d", opt.MaxSize, LimitMaxSize)
	}
	for _, c := range recipients {
		if err := checkKeyType(c); err != nil {
			return nil, err
		}
	}
	e := &Encrypter{
		recipients: append([]*x509.Certificate(nil), recipients...),
		maxSize:    opt.MaxSize,
		signer:     opt.Signer,
	}
	if e.maxSize <= 0 {
		e.maxSize = DefaultMaxSize
	}
	return e, nil
}

// Header returns the MIME fields of an S/MIME enveloped-data entity.
func (e *Encrypter) Header() textproto.Header {
	var h textproto.Header
	// Fields come out last added first.
	h.Add("Content-Transfer-Encoding", "base64")
	h.Add("Content-Disposition", `attachment; filename="smime.p7m"`)
	h.Add("Content-Type", `application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"`)
	return h
}

// Encrypt reads the inner entity from r, at most MaxSize bytes, signs it
// if there is a Signer, and writes the base64 of its CMS EnvelopedData to
// w. Above MaxSize it returns ErrTooLarge having read MaxSize+1 bytes.
func (e *Encrypter) Encrypt(w io.Writer, r io.Reader) error {
	content, err := readCapped(r, e.maxSize)
	if err != nil {
		return err
	}
	defer clear(content[:cap(content)])
	if e.signer != nil {
		signed, err := e.signer.wrap(content)
		if err != nil {
			return err
		}
		defer clear(signed[:cap(signed)])
		content = signed
	}
	der, err := e.envelop(content)
	if err != nil {
		return err
	}
	return writeBase64(w, der)
}

// readCapped reads all of r if it holds at most max bytes. It reads into
// chunks of growing size, then copies them into one slice of the exact
// size with room for a block of padding, so that the CMS library pads it
// in place instead of copying it again.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	chunks, n, err := readChunks(io.LimitReader(r, max+1))
	defer func() {
		for _, c := range chunks {
			clear(c)
		}
	}()
	if err != nil {
		return nil, fmt.Errorf("smime: reading message: %w", err)
	}
	if n > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	out := make([]byte, 0, n+aes.BlockSize)
	for _, c := range chunks {
		out = append(out, c...)
	}
	return out, nil
}

// readChunks reads r to its end into chunks from 4 KiB to 1 MiB.
func readChunks(r io.Reader) (chunks [][]byte, n int64, err error) {
	size := 4 << 10
	for {
		c := make([]byte, size)
		m, err := io.ReadFull(r, c)
		chunks = append(chunks, c[:m])
		n += int64(m)
		switch {
		case err == io.EOF || err == io.ErrUnexpectedEOF:
			return chunks, n, nil
		case err != nil:
			return chunks, n, err
		}
		size = min(2*size, 1<<20)
	}
}

// envelop returns the DER CMS EnvelopedData of content.
func (e *Encrypter) envelop(content []byte) ([]byte, error) {
	der, err := pkcs7.Encrypt(content, e.recipients)
	if err != nil {
		return nil, fmt.Errorf("smime: encrypting: %w", err)
	}
	if err := checkEnvelope(der, len(e.recipients)); err != nil {
		return nil, err
	}
	return der, nil
}

// lineBytes is how many bytes make one 76-character base64 line.
const lineBytes = 57

// writeBase64 writes b to w in base64, 76 characters and CRLF a line.
func writeBase64(w io.Writer, b []byte) error {
	const linesPerWrite = 512
	out := make([]byte, 0, linesPerWrite*(76+2))
	for len(b) > 0 {
		out = out[:0]
		for i := 0; i < linesPerWrite && len(b) > 0; i++ {
			n := min(len(b), lineBytes)
			out = base64.StdEncoding.AppendEncode(out, b[:n])
			out = append(out, '\r', '\n')
			b = b[n:]
		}
		if _, err := w.Write(out); err != nil {
			return err
		}
	}
	return nil
}

// checkKeyType refuses a certificate whose key is not RSA: the only key
// transport here is RSAES-OAEP.
func checkKeyType(c *x509.Certificate) error {
	if _, ok := c.PublicKey.(*rsa.PublicKey); !ok {
		return fmt.Errorf("%w: %s", ErrKeyType, c.PublicKeyAlgorithm)
	}
	return nil
}
