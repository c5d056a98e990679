package seal

import (
	"crypto/hkdf"
	"crypto/sha256"
	"fmt"
)

// deriveSalt is HKDF's salt for every key Derive makes: it sets them
// apart from the master keys' own use, wrapping data keys.
var deriveSalt = []byte("sealpost seal derive v1")

// DerivedKeySize is the length of a derived key: 32 bytes.
const DerivedKeySize = 32

// extract is HKDF-Extract (SHA-256) of a master key: what Derive expands.
func extract(key []byte) []byte {
	prk, err := hkdf.Extract(sha256.New, key, deriveSalt)
	if err != nil {
		panic(err) // HKDF-Extract fails on no input
	}
	return prk
}

// Derive returns a key for the purpose label, derived from the current
// master key (HKDF-SHA-256, label as the info), and that master key's ID,
// which DeriveWith takes to make the same key again after a rotation.
// Distinct labels give independent keys; none reveals the master key.
func (k *Keyring) Derive(label string) (id string, key []byte) {
	key, err := k.DeriveWith(k.current, label)
	if err != nil {
		panic(err) // the current key is in the keyring
	}
	return k.current, key
}

// DeriveWith is Derive under master key id. It fails, naming the ID, if
// the keyring has no such key.
func (k *Keyring) DeriveWith(id, label string) ([]byte, error) {
	prk, ok := k.prks[id]
	if !ok {
		return nil, fmt.Errorf("seal: master key %q is not in the keyring", id)
	}
	key, err := hkdf.Expand(sha256.New, prk, label, DerivedKeySize)
	if err != nil {
		return nil, fmt.Errorf("seal: derive: %w", err)
	}
	return key, nil
}
