package keys

import (
	"errors"
	"time"

	"github.com/sealpost/sealpost/crypto/openpgp"
	"github.com/sealpost/sealpost/crypto/protect"
	"github.com/sealpost/sealpost/crypto/smime"
	"github.com/sealpost/sealpost/store"
)

// ErrNoUsableKey is returned when a recipient has no usable key of the
// kind asked for: the delivery moves to the next method of its rule.
var ErrNoUsableKey = errors.New("keys: no usable key")

// Signers are the organisation's keys, when the policy signs.
type Signers struct {
	PGP   *openpgp.Signer
	SMIME *smime.Signer
}

// Encrypter returns what encrypts this recipient's copy with kind, to
// every usable key of that kind the recipient has and no other, and the
// records of those keys.
func (fd *Found) Encrypter(kind store.KeyKind, sign *Signers, now time.Time) (protect.Encrypter, []Record, error) {
	used := fd.usable(kind)
	switch {
	case len(used) == 0:
		return nil, nil, ErrNoUsableKey
	case kind == store.KeyPGP:
		// AEAD (SEIPDv2) only when every key of the copy advertises it:
		// software that makes such keys reads it; GnuPG 2.2's keys do not
		// advertise it and get SEIPDv1.
		opt := openpgp.Options{Time: now, AEAD: true}
		if sign != nil {
			opt.Signer = sign.PGP
		}
		enc, err := openpgp.NewEncrypter(fd.PGP, opt)
		return enc, used, err
	default:
		var opt smime.Options
		if sign != nil {
			opt.Signer = sign.SMIME
		}
		enc, err := smime.New(fd.SMIME, opt)
		return enc, used, err
	}
}

// usable returns the records of the usable keys of kind.
func (fd *Found) usable(kind store.KeyKind) []Record {
	var out []Record
	for _, r := range fd.Records {
		if r.Kind == kind && r.Unusable == "" {
			out = append(out, r)
		}
	}
	return out
}
