package keys

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/sealpost/sealpost/crypto/openpgp"
	"github.com/sealpost/sealpost/crypto/smime"
	"github.com/sealpost/sealpost/store"
)

// Imported is one key read from a file the admin imports, ready for the
// keystore: its own bytes (one key, even if the file held several), what
// it is, and the addresses it names.
type Imported struct {
	Kind        store.KeyKind
	Fingerprint string // lower-case hex, as stored
	Emails      []string
	Expires     time.Time
	Algorithm   string
	Data        []byte
}

// ErrUnknownFormat is returned for a file that holds neither OpenPGP
// public keys nor X.509 certificates.
var ErrUnknownFormat = errors.New("keys: not an OpenPGP public key or an X.509 certificate")

// Parse reads the keys of a file: armored or binary OpenPGP public keys,
// or PEM or DER certificates.
func Parse(data []byte) ([]Imported, error) {
	if looksLikeCertificate(data) {
		return parseCertificates(data)
	}
	ks, err := openpgp.ParseKeys(data)
	if err != nil {
		if errors.Is(err, openpgp.ErrPrivateKey) {
			return nil, err
		}
		if certs, cerr := parseCertificates(data); cerr == nil {
			return certs, nil
		}
		return nil, fmt.Errorf("%w (%v)", ErrUnknownFormat, err)
	}
	out := make([]Imported, 0, len(ks))
	for _, k := range ks {
		b, err := k.Bytes()
		if err != nil {
			return nil, err
		}
		info := k.Info(time.Now())
		out = append(out, Imported{Kind: store.KeyPGP, Fingerprint: strings.ToLower(info.Fingerprint),
			Emails: info.Emails, Expires: info.Expires, Algorithm: info.Algorithm, Data: b})
	}
	return out, nil
}

func looksLikeCertificate(data []byte) bool {
	return bytes.Contains(data, []byte("-----BEGIN CERTIFICATE-----"))
}

func parseCertificates(data []byte) ([]Imported, error) {
	certs, err := smime.ParseCertificates(data)
	if err != nil {
		return nil, err
	}
	out := make([]Imported, 0, len(certs))
	for _, c := range certs {
		info := smime.Describe(c)
		out = append(out, Imported{Kind: store.KeySMIME, Fingerprint: info.SHA256, Emails: info.Emails,
			Expires: info.NotAfter, Algorithm: c.PublicKeyAlgorithm.String(), Data: c.Raw})
	}
	return out, nil
}
