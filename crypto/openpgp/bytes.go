package openpgp

import "bytes"

// Bytes returns the key's public packets, binary (what a keystore keeps
// and ParseKey reads back). They are serialized once, when the key is
// made: go-crypto's Serialize writes to the shared signature packets.
func (k *Key) Bytes() ([]byte, error) {
	return bytes.Clone(k.raw), nil
}
