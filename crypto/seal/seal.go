// Package seal encrypts message bodies at rest: AES-256-GCM under a random
// per-message data key, which is itself wrapped by a master key named by a
// key ID so that master keys can rotate. It never logs or returns key
// material in errors.
package seal

import (
	"bufio"
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"
)

// magic starts every sealed blob (format version 1).
var magic = []byte("SPS1")

// Keyring holds the master keys: the current one seals, all of them open.
type Keyring struct {
	current string
	keys    map[string]cipher.AEAD
}

// ParseKeyring reads a keyring file: lines "ID BASE64(32 bytes)", the first
// is the current key; blank lines and '#' comments are ignored.
func ParseKeyring(data []byte) (*Keyring, error) {
	k := &Keyring{keys: map[string]cipher.AEAD{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := k.addLine(line); err != nil {
			return nil, fmt.Errorf("seal: keyring line %d: %w", n, err)
		}
	}
	if k.current == "" {
		return nil, errors.New("seal: keyring has no key")
	}
	return k, nil
}

func (k *Keyring) addLine(line string) error {
	f := strings.Fields(line)
	if len(f) != 2 {
		return errors.New(`want "ID BASE64KEY"`)
	}
	id, raw := f[0], f[1]
	if len(id) > 64 {
		return errors.New("key id longer than 64 bytes")
	}
	if _, dup := k.keys[id]; dup {
		return fmt.Errorf("duplicate key id %q", id)
	}
	key, err := base64.StdEncoding.DecodeString(raw)
	if err != nil || len(key) != 32 {
		return fmt.Errorf("key %q is not 32 bytes of base64", id)
	}
	aead, err := newGCM(key)
	if err != nil {
		return err
	}
	k.keys[id] = aead
	if k.current == "" {
		k.current = id
	}
	return nil
}

func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// NewKeyringFile returns the contents of a new keyring with one random key.
func NewKeyringFile() ([]byte, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	id := "k" + time.Now().UTC().Format("20060102")
	return []byte("# Sealpost master keys: the first line seals, every line opens.\n" +
		"# Rotate by adding a new first line; keep old lines until the queue holds nothing sealed with them.\n" +
		id + " " + base64.StdEncoding.EncodeToString(key) + "\n"), nil
}

// CurrentID is the ID of the key that seals.
func (k *Keyring) CurrentID() string { return k.current }

// Seal encrypts plain. Layout: magic | idLen(1) | id | wrapNonce(12) |
// wrappedKey(32+16) | nonce(12) | ciphertext+tag. The header up to the
// wrapped key is the additional data of both encryptions.
func (k *Keyring) Seal(plain []byte) ([]byte, error) {
	dek := make([]byte, 32+12+12)
	if _, err := rand.Read(dek); err != nil {
		return nil, err
	}
	key, wrapNonce, nonce := dek[:32], dek[32:44], dek[44:]
	aead, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	id := k.current
	out := make([]byte, 0, len(magic)+1+len(id)+12+48+12+len(plain)+16)
	out = append(append(append(out, magic...), byte(len(id))), id...)
	ad := out[:len(out):len(out)]
	out = append(out, wrapNonce...)
	out = k.keys[id].Seal(out, wrapNonce, key, ad)
	out = append(out, nonce...)
	return aead.Seal(out, nonce, plain, ad), nil
}

// Open decrypts what Seal produced with any key of the ring.
func (k *Keyring) Open(sealed []byte) ([]byte, error) {
	if len(sealed) < len(magic)+1 || !bytes.Equal(sealed[:len(magic)], magic) {
		return nil, errors.New("seal: not a sealed message")
	}
	idLen := int(sealed[len(magic)])
	hdr := len(magic) + 1 + idLen
	if len(sealed) < hdr+12+48+12+16 {
		return nil, errors.New("seal: sealed message truncated")
	}
	id, ad := string(sealed[len(magic)+1:hdr]), sealed[:hdr]
	master, ok := k.keys[id]
	if !ok {
		return nil, fmt.Errorf("seal: unknown master key id %q", id)
	}
	rest := sealed[hdr:]
	key, err := master.Open(nil, rest[:12], rest[12:60], ad)
	if err != nil {
		return nil, errors.New("seal: data key does not authenticate")
	}
	aead, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	plain, err := aead.Open(nil, rest[60:72], rest[72:], ad)
	if err != nil {
		return nil, errors.New("seal: message does not authenticate")
	}
	return plain, nil
}
