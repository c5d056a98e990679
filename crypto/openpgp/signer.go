package openpgp

import (
	"bytes"
	"fmt"
	"time"

	"github.com/ProtonMail/go-crypto/openpgp/packet"
	pgp "github.com/ProtonMail/go-crypto/openpgp/v2"
)

// Signer is the organisation's private key, unlocked, that signs outgoing
// messages. It is safe for concurrent use.
type Signer struct {
	entity *pgp.Entity // never changed after NewSigner, see clone
	public *Key
}

// NewSigner reads one private key, armored or binary, unlocks it with
// passphrase if it is locked, and checks that it can sign at now. The
// passphrase is not kept.
func NewSigner(data, passphrase []byte, now time.Time) (*Signer, error) {
	entities, err := readEntities(data)
	if err != nil {
		return nil, err
	}
	if len(entities) != 1 {
		return nil, fmt.Errorf("%w: %d keys where one is expected", ErrMalformed, len(entities))
	}
	e := entities[0]
	if e.PrivateKey == nil {
		return nil, ErrNotPrivate
	}
	if err := unlock(e, passphrase); err != nil {
		return nil, err
	}
	warm(e, Policy{}.config())
	if err := checkSigning(clone(e, true), now); err != nil {
		return nil, err
	}
	public, err := publicPart(e)
	if err != nil {
		return nil, err
	}
	return &Signer{entity: e, public: public}, nil
}

// publicPart returns the public key of e, read back from its
// serialization so that it shares nothing with e.
func publicPart(e *pgp.Entity) (*Key, error) {
	var b bytes.Buffer
	if err := e.Serialize(&b); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return ParseKey(b.Bytes())
}

// unlock decrypts the private keys in place; e is not shared yet.
func unlock(e *pgp.Entity, passphrase []byte) error {
	if !locked(e) {
		return nil
	}
	if len(passphrase) == 0 {
		return fmt.Errorf("%w: the key is locked and no passphrase was given", ErrPassphrase)
	}
	if err := e.DecryptPrivateKeys(passphrase); err != nil {
		return ErrPassphrase
	}
	return nil
}

func locked(e *pgp.Entity) bool {
	if e.PrivateKey.Encrypted {
		return true
	}
	for _, s := range e.Subkeys {
		if s.PrivateKey != nil && s.PrivateKey.Encrypted {
			return true
		}
	}
	return false
}

// checkSigning checks that e has a usable signing key at now.
func checkSigning(e *pgp.Entity, now time.Time) error {
	cfg := Policy{}.config()
	if err := checkPrimary(e, now, cfg); err != nil {
		return err
	}
	k, ok := e.SigningKey(now, cfg)
	if !ok {
		return ErrNoSigningKey
	}
	if err := checkStrength(k.PublicKey, Policy{}); err != nil {
		return err
	}
	if !usable(k.PrivateKey) || !usable(e.PrivateKey) {
		return fmt.Errorf("%w: its private part is missing", ErrNoSigningKey)
	}
	return nil
}

func usable(pk *packet.PrivateKey) bool {
	return pk != nil && !pk.Dummy() && !pk.Encrypted
}

// Fingerprint returns the fingerprint of the primary key, upper-case hex.
func (s *Signer) Fingerprint() string {
	return fingerprint(s.entity.PrimaryKey)
}

// Public returns the public part of the key, to publish or describe.
func (s *Signer) Public() *Key {
	return s.public
}
