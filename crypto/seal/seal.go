// Package seal encrypts message bodies at rest: AES-256-GCM under a random
// per-message data key, which is itself wrapped (AES-256-GCM) by a master
// key named by a key ID, so that master keys can rotate while sealed
// messages wait in the queue. It owns the keyring file format and the
// sealed format. It never logs, and never puts key material in an error.
package seal

import (
	"bufio"
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Sealed format, version 1 (all of it authenticated):
//
//	magic "SPS" | version '1' | idLen (1 byte) | id | wrapNonce (12) |
//	wrapped data key (32 + 16 tag) | nonce (12) | ciphertext | tag (16)
//
// The header — magic, version, idLen and id — is the additional data of
// both encryptions, binding the key ID to the data key and to the body.
const (
	magic      = "SPS"
	version    = '1'
	keySize    = 32
	nonceSize  = 12
	tagSize    = 16
	wrappedLen = nonceSize + keySize + tagSize
	maxIDLen   = 64
)

// ErrNotSealed is returned by Open for input that is not in a sealed format.
var ErrNotSealed = errors.New("seal: not a sealed message")

// Keyring holds the master keys: the current one seals, all of them open.
// It is safe for concurrent use.
type Keyring struct {
	current string
	keys    map[string]cipher.AEAD
	lines   map[string]int // line of each ID, while parsing
}

// ParseKeyring reads a keyring file: lines "ID BASE64(32 bytes)", the first
// is the current key; blank lines and lines starting with '#' are ignored.
// Errors name the line, never the key.
func ParseKeyring(data []byte) (*Keyring, error) {
	k := &Keyring{keys: map[string]cipher.AEAD{}, lines: map[string]int{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := k.addLine(line, n); err != nil {
			return nil, fmt.Errorf("seal: keyring line %d: %w", n, err)
		}
	}
	if sc.Err() != nil {
		return nil, fmt.Errorf("seal: keyring line %d: line too long", n+1)
	}
	if k.current == "" {
		return nil, errors.New("seal: keyring has no key")
	}
	k.lines = nil
	return k, nil
}

// addLine adds the key of line n, "ID BASE64". Its errors name neither the
// ID nor the key: a line written the wrong way round would show the key.
func (k *Keyring) addLine(line string, n int) error {
	f := strings.Fields(line)
	if len(f) != 2 {
		return fmt.Errorf(`want "ID BASE64KEY", found %d fields`, len(f))
	}
	id := f[0]
	if err := checkID(id); err != nil {
		return err
	}
	if first, dup := k.lines[id]; dup {
		return fmt.Errorf("key id already used on line %d", first)
	}
	key, err := base64.StdEncoding.DecodeString(f[1])
	defer clear(key)
	if err != nil || len(key) != keySize {
		return fmt.Errorf("key is not %d bytes in base64", keySize)
	}
	if k.keys[id], err = newGCM(key); err != nil {
		return err
	}
	k.lines[id] = n
	if k.current == "" {
		k.current = id
	}
	return nil
}

// checkID accepts IDs of 1 to 64 printable ASCII characters.
func checkID(id string) error {
	if len(id) > maxIDLen {
		return fmt.Errorf("key id longer than %d characters", maxIDLen)
	}
	for i := 0; i < len(id); i++ {
		if id[i] <= ' ' || id[i] > '~' {
			return errors.New("key id must be printable ASCII")
		}
	}
	return nil
}

func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return aead, nil
}

// NewKeyringFile returns the contents of a new keyring file: a comment on
// rotation and one random key, with an ID made of the date and a random
// suffix (so two keys made the same day differ).
func NewKeyringFile() ([]byte, error) {
	key := make([]byte, keySize+2)
	defer clear(key)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	id := "k" + time.Now().UTC().Format("20060102") + "-" + hex.EncodeToString(key[keySize:])
	return []byte("# Sealpost master keys, one per line: ID BASE64(32 bytes).\n" +
		"# The first key seals; every key opens. To rotate, add a new first line\n" +
		"# (sealpost init makes one) and keep the old lines while anything sealed\n" +
		"# with them may remain (queue, pickup store).\n" +
		id + " " + base64.StdEncoding.EncodeToString(key[:keySize]) + "\n"), nil
}

// CurrentID is the ID of the key that seals.
func (k *Keyring) CurrentID() string { return k.current }

// Seal encrypts plain under a new data key wrapped by the current key.
func (k *Keyring) Seal(plain []byte) ([]byte, error) {
	random := make([]byte, keySize+2*nonceSize)
	defer clear(random)
	if _, err := rand.Read(random); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	dataKey, wrapNonce, nonce := random[:keySize], random[keySize:keySize+nonceSize], random[keySize+nonceSize:]
	body, err := newGCM(dataKey)
	if err != nil {
		return nil, err
	}
	id := k.current
	out := make([]byte, 0, len(magic)+2+len(id)+wrappedLen+nonceSize+len(plain)+tagSize)
	out = append(append(out, magic...), version, byte(len(id)))
	out = append(out, id...)
	ad := out[:len(out):len(out)]
	out = k.keys[id].Seal(append(out, wrapNonce...), wrapNonce, dataKey, ad)
	out = append(out, nonce...)
	return body.Seal(out, nonce, plain, ad), nil
}

// Open decrypts what Seal produced, with whichever key of the ring sealed
// it. It fails on unknown key IDs (naming the ID), on truncated input and
// on any change to any byte.
func (k *Keyring) Open(sealed []byte) ([]byte, error) {
	id, ad, rest, err := parseHeader(sealed)
	if err != nil {
		return nil, err
	}
	master, ok := k.keys[id]
	if !ok {
		return nil, fmt.Errorf("seal: sealed with master key %q, which is not in the keyring", id)
	}
	dataKey, err := master.Open(nil, rest[:nonceSize], rest[nonceSize:wrappedLen], ad)
	if err != nil {
		return nil, fmt.Errorf("seal: data key does not authenticate under master key %q (wrong key or corrupted)", id)
	}
	defer clear(dataKey)
	body, err := newGCM(dataKey)
	if err != nil {
		return nil, err
	}
	rest = rest[wrappedLen:]
	plain, err := body.Open(nil, rest[:nonceSize], rest[nonceSize:], ad)
	if err != nil {
		return nil, errors.New("seal: message does not authenticate (corrupted)")
	}
	return plain, nil
}

// parseHeader splits a sealed blob into its key ID, its header (the
// additional data) and the rest, checking the rest is long enough.
func parseHeader(sealed []byte) (id string, ad, rest []byte, err error) {
	if len(sealed) < len(magic)+2 || string(sealed[:len(magic)]) != magic {
		return "", nil, nil, ErrNotSealed
	}
	if v := sealed[len(magic)]; v != version {
		return "", nil, nil, fmt.Errorf("seal: unsupported sealed format version %q", v)
	}
	hdr := len(magic) + 2 + int(sealed[len(magic)+1])
	if len(sealed) < hdr+wrappedLen+nonceSize+tagSize {
		return "", nil, nil, errors.New("seal: sealed message truncated")
	}
	return string(sealed[len(magic)+2 : hdr]), sealed[:hdr:hdr], sealed[hdr:], nil
}
