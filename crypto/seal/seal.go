// Package seal encrypts message bodies at rest: AES-256-GCM under a random
// per-message data key, which is itself wrapped (AES-256-GCM) by a master
// key named by a key ID, so that master keys can rotate while sealed
// messages wait in the queue. It owns the keyring file format and the
// sealed formats, and streams them: a body of any size seals and opens in
// constant memory. It never logs, and never puts key material in an error.
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
	"io"
	"slices"
	"strings"
	"time"
)

// Sealed format, version 1 (all of it authenticated), which Open and
// NewReader still read but nothing writes any more:
//
//	magic "SPS" | version '1' | idLen (1 byte) | id | wrapNonce (12) |
//	wrapped data key (32 + 16 tag) | nonce (12) | ciphertext | tag (16)
//
// The header — magic, version, idLen and id — is the additional data of
// both encryptions, binding the key ID to the data key and to the body.
//
// Sealed format, version 2, a segmented stream (the STREAM construction of
// Hoang, Reyhanitabar, Rogaway and Vizár, as age and Tink use it):
//
//	magic "SPS" | version '2' | idLen (1 byte) | id | wrapNonce (12) |
//	wrapped data key (32 + 16 tag) | noncePrefix (7) |
//	segment 0 | segment 1 | … | last segment
//
// The data key is wrapped as in version 1, with magic to id as additional
// data. The body is cut into segments of 64 KiB: each is sealed with
// AES-256-GCM under the data key, with magic, version and noncePrefix as
// additional data (not the key ID and wrapped key: Rewrap replaces those
// under a new master key without touching the segments), and segment i
// with the nonce
//
//	noncePrefix (7) | i (4, big-endian) | last (1 byte: 1 on the last segment, else 0)
//
// Every segment but the last holds exactly 64 KiB of body (65,536 bytes,
// sealed to 65,552); the last holds the 0 to 65,535 bytes left, so it is
// there, as a bare 16-byte tag if need be, even when the body is empty or
// fills its segments exactly. A reader tells the last segment by its
// length alone. So a changed key ID fails the unwrap; a segment reordered,
// duplicated or taken from another message fails under its counter or its
// data key; a body cut at a segment boundary lacks its last segment, and
// one cut inside a segment or with bytes appended fails on the segment
// that then ends it. The data key is new for each message, so no nonce
// repeats under a key; the random prefix is a margin on top. The counter
// limits a body to 2^32 segments (256 TiB).
//
// A reader gives out the bytes of a segment only once it authenticates,
// but learns of a cut only at the end: whoever reads must treat any error,
// even after many bytes, as the loss of the whole body.
const (
	magic       = "SPS"
	version1    = '1'
	version2    = '2'
	keySize     = 32
	nonceSize   = 12
	tagSize     = 16
	wrappedLen  = nonceSize + keySize + tagSize
	maxIDLen    = 64
	prefixSize  = 7
	segmentSize = 64 << 10
	ephemeralID = "ephemeral"
)

// ErrNotSealed is returned by Open and NewReader for input that is not in a
// sealed format.
var ErrNotSealed = errors.New("seal: not a sealed message")

// Keyring holds the master keys: the current one seals, all of them open.
// It is safe for concurrent use.
type Keyring struct {
	current string
	keys    map[string]cipher.AEAD
	prks    map[string][]byte // each key's HKDF pseudorandom key, for Derive
	lines   map[string]int    // line of each ID, while parsing
}

// ParseKeyring reads a keyring file: lines "ID BASE64(32 bytes)", the first
// is the current key; blank lines and lines starting with '#' are ignored.
// Errors name the line, never the key.
func ParseKeyring(data []byte) (*Keyring, error) {
	k := &Keyring{keys: map[string]cipher.AEAD{}, prks: map[string][]byte{}, lines: map[string]int{}}
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
	k.prks[id] = extract(key)
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

// Ephemeral returns a keyring of one random master key, with the ID
// "ephemeral", held only in this process's memory: what it seals (a spool
// file, say) cannot be opened once the process is gone.
func Ephemeral() (*Keyring, error) {
	key := make([]byte, keySize)
	defer clear(key)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	aead, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	return &Keyring{current: ephemeralID, keys: map[string]cipher.AEAD{ephemeralID: aead},
		prks: map[string][]byte{ephemeralID: extract(key)}}, nil
}

// CurrentID is the ID of the key that seals.
func (k *Keyring) CurrentID() string { return k.current }

// Seal encrypts plain under a new data key wrapped by the current key, in
// sealed format version 2: NewWriter for a body held in memory.
func (k *Keyring) Seal(plain []byte) ([]byte, error) {
	out := bytes.NewBuffer(make([]byte, 0, sealedLen(len(k.current), len(plain))))
	w, err := k.newWriter(out, min(len(plain), segmentSize))
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(plain); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// sealedLen is the length of a body of n bytes sealed in format 2 under a
// key ID of idLen bytes.
func sealedLen(idLen, n int) int {
	return len(magic) + 2 + idLen + wrappedLen + prefixSize + n + (n/segmentSize+1)*tagSize
}

// Open decrypts what Seal produced, in either sealed format, with
// whichever key of the ring sealed it: NewReader for a body held in
// memory. It fails on unknown key IDs (naming the ID), on truncated input
// and on any change to any byte.
func (k *Keyring) Open(sealed []byte) ([]byte, error) {
	if len(sealed) > len(magic) && sealed[len(magic)] == version1 {
		return k.openV1(sealed)
	}
	r, err := k.newReader(bytes.NewReader(sealed), len(sealed)+1)
	if err != nil {
		return nil, err
	}
	// The body is shorter than what sealed it: one buffer of that size
	// takes it all and leaves room to read the end.
	plain := make([]byte, 0, len(sealed))
	for {
		if len(plain) == cap(plain) {
			plain = slices.Grow(plain, segmentSize) // not reached, as said above
		}
		n, err := r.Read(plain[len(plain):cap(plain)])
		plain = plain[:len(plain)+n]
		if err == io.EOF {
			return plain, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// openV1 opens a blob in sealed format version 1.
func (k *Keyring) openV1(sealed []byte) ([]byte, error) {
	id, ad, rest, err := parseHeader(sealed)
	if err != nil {
		return nil, err
	}
	body, err := k.bodyCipher(id, ad, rest[:wrappedLen])
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

// bodyCipher unwraps the data key that master key id wrapped with the
// additional data ad, and returns the cipher of the body.
func (k *Keyring) bodyCipher(id string, ad, wrapped []byte) (cipher.AEAD, error) {
	dataKey, err := k.unwrap(id, ad, wrapped)
	if err != nil {
		return nil, err
	}
	defer clear(dataKey)
	return newGCM(dataKey)
}

// unwrap returns the data key wrapped under master key id; the caller
// clears it.
func (k *Keyring) unwrap(id string, ad, wrapped []byte) ([]byte, error) {
	master, ok := k.keys[id]
	if !ok {
		return nil, fmt.Errorf("seal: sealed with master key %q, which is not in the keyring", id)
	}
	dataKey, err := master.Open(nil, wrapped[:nonceSize], wrapped[nonceSize:], ad)
	if err != nil {
		return nil, fmt.Errorf("seal: data key does not authenticate under master key %q (wrong key or corrupted)", id)
	}
	return dataKey, nil
}

// parseHeader splits a version 1 blob into its key ID, its header (the
// additional data) and the rest, checking the rest is long enough.
func parseHeader(sealed []byte) (id string, ad, rest []byte, err error) {
	if len(sealed) < len(magic)+2 || string(sealed[:len(magic)]) != magic {
		return "", nil, nil, ErrNotSealed
	}
	if v := sealed[len(magic)]; v != version1 {
		return "", nil, nil, errVersion(v)
	}
	hdr := len(magic) + 2 + int(sealed[len(magic)+1])
	if len(sealed) < hdr+wrappedLen+nonceSize+tagSize {
		return "", nil, nil, errTruncated
	}
	return string(sealed[len(magic)+2 : hdr]), sealed[:hdr:hdr], sealed[hdr:], nil
}

var errTruncated = errors.New("seal: sealed message truncated")

func errVersion(v byte) error {
	return fmt.Errorf("seal: unsupported sealed format version %q", v)
}
