package openpgp

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"mime"
	"time"

	pgp "github.com/ProtonMail/go-crypto/openpgp/v2"
	"github.com/ProtonMail/gopenpgp/v3/crypto"
	"github.com/emersion/go-message/textproto"

	"github.com/sealpost/sealpost/crypto/protect"
)

// ErrNoRecipient is returned by NewEncrypter given no recipient key.
var ErrNoRecipient = errors.New("openpgp: no recipient key")

// Options are the choices for one Encrypter.
type Options struct {
	// Signer, if set, signs the message inside the encryption.
	Signer *Signer
	// AEAD allows SEIPDv2 (RFC 9580) when every recipient key advertises
	// it. Off, the message is SEIPDv1, which GnuPG 2.2 reads, whatever
	// the keys advertise.
	AEAD bool
	// Policy is what each recipient key must meet (see Key.Check).
	Policy Policy
	// Time is when the message is encrypted and signed: the time keys
	// are checked at and the signature's date. Zero means the time
	// NewEncrypter is called.
	Time time.Time
}

// Encrypter writes one PGP/MIME (RFC 3156) body, encrypted to the keys of
// one recipient copy. Use it for one message, from one goroutine.
type Encrypter struct {
	enc      crypto.PGPEncryption
	boundary string
}

var _ protect.Encrypter = (*Encrypter)(nil)

// NewEncrypter returns an Encrypter to exactly the given keys, after
// checking each against opt.Policy at opt.Time. The error names a
// failing key by its position (1-based), never by its identity.
func NewEncrypter(recipients []*Key, opt Options) (*Encrypter, error) {
	if opt.Time.IsZero() {
		opt.Time = time.Now()
	}
	ring, err := recipientRing(recipients, opt)
	if err != nil {
		return nil, err
	}
	b := crypto.PGP().Encryption().Recipients(ring).
		SignTime(opt.Time.Unix()).EncryptionTime(opt.Time.Unix())
	if opt.Signer != nil {
		signing, err := signingRing(opt.Signer, opt.Time)
		if err != nil {
			return nil, err
		}
		b = b.SigningKeys(signing)
	}
	enc, err := b.New()
	if err != nil {
		return nil, fmt.Errorf("openpgp: %w", err)
	}
	return &Encrypter{enc: enc, boundary: "sealpost-" + rand.Text()}, nil
}

// recipientRing checks clones of the keys and puts them in a key ring,
// each fingerprint once.
func recipientRing(keys []*Key, opt Options) (*crypto.KeyRing, error) {
	if len(keys) == 0 {
		return nil, ErrNoRecipient
	}
	ring, _ := crypto.NewKeyRing(nil)
	seen := map[string]bool{}
	for i, k := range keys {
		if k == nil {
			return nil, fmt.Errorf("%w (recipient key %d is nil)", ErrNoRecipient, i+1)
		}
		if seen[k.Fingerprint()] {
			continue
		}
		seen[k.Fingerprint()] = true
		e := clone(k.entity, opt.AEAD)
		if err := check(e, opt.Time, opt.Policy); err != nil {
			return nil, fmt.Errorf("%w (recipient key %d)", err, i+1)
		}
		if err := addEntity(ring, e); err != nil {
			return nil, err
		}
	}
	return ring, nil
}

func signingRing(s *Signer, now time.Time) (*crypto.KeyRing, error) {
	e := clone(s.entity, true)
	if err := checkSigning(e, now); err != nil {
		return nil, fmt.Errorf("%w (signing key)", err)
	}
	ring, _ := crypto.NewKeyRing(nil)
	return ring, addEntity(ring, e)
}

func addEntity(ring *crypto.KeyRing, e *pgp.Entity) error {
	k, err := crypto.NewKeyFromEntity(e)
	if err == nil {
		err = ring.AddKey(k)
	}
	if err != nil {
		return fmt.Errorf("openpgp: %w", err)
	}
	return nil
}

// Header returns the outer MIME fields: multipart/encrypted with the
// PGP/MIME protocol and this Encrypter's boundary.
func (e *Encrypter) Header() textproto.Header {
	var h textproto.Header
	// A textproto.Header lists its fields last added first.
	h.Add("Content-Transfer-Encoding", "7bit")
	h.Add("Content-Type", mime.FormatMediaType("multipart/encrypted", map[string]string{
		"protocol": "application/pgp-encrypted",
		"boundary": e.boundary,
	}))
	return h
}

// Encrypt reads the inner entity from r and writes the two parts of the
// PGP/MIME body to w: the version part and the armored OpenPGP message,
// CRLF line endings throughout. It streams: memory use does not grow with
// the size of the message.
func (e *Encrypter) Encrypt(w io.Writer, r io.Reader) error {
	bw := bufio.NewWriterSize(w, 32<<10)
	if _, err := io.WriteString(bw, e.head()); err != nil {
		return err
	}
	pw, err := e.enc.EncryptingWriter(crlfWriter{bw}, crypto.Armor)
	if err != nil {
		return fmt.Errorf("openpgp: encrypt: %w", err)
	}
	if _, err := io.CopyBuffer(pw, r, make([]byte, 32<<10)); err != nil {
		return fmt.Errorf("openpgp: encrypt: %w", err)
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("openpgp: encrypt: %w", err)
	}
	if _, err := io.WriteString(bw, "\r\n\r\n--"+e.boundary+"--\r\n"); err != nil {
		return err
	}
	return bw.Flush()
}

// head is the body up to the armored message: a preamble for clients
// that do not know MIME, the version part, the header of the encrypted
// part.
func (e *Encrypter) head() string {
	return "This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\r\n" +
		"--" + e.boundary + "\r\n" +
		"Content-Type: application/pgp-encrypted\r\n" +
		"Content-Description: PGP/MIME version identification\r\n" +
		"Content-Transfer-Encoding: 7bit\r\n" +
		"\r\n" +
		"Version: 1\r\n" +
		"\r\n" +
		"--" + e.boundary + "\r\n" +
		"Content-Type: application/octet-stream; name=\"encrypted.asc\"\r\n" +
		"Content-Description: OpenPGP encrypted message\r\n" +
		"Content-Disposition: inline; filename=\"encrypted.asc\"\r\n" +
		"Content-Transfer-Encoding: 7bit\r\n" +
		"\r\n"
}

// crlfWriter turns the LF line endings of the armor into CRLF. The armor
// holds no CR of its own.
type crlfWriter struct{ w *bufio.Writer }

func (c crlfWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			m, err := c.w.Write(p)
			return n + m, err
		}
		if _, err := c.w.Write(p[:i]); err != nil {
			return n, err
		}
		if _, err := c.w.WriteString("\r\n"); err != nil {
			return n, err
		}
		n += i + 1
		p = p[i+1:]
	}
	return n, nil
}
