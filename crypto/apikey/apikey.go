// Package apikey makes and checks the relay's HTTP API keys. A key is
// "sp_" + ID + "_" + secret: the ID (8 random bytes, 16 lower-case hex
// characters) names the key in logs and the audit log and is not secret;
// the secret (32 random bytes, 43 characters of unpadded base64url) is.
// Only a hash of the key is stored.
//
// The package never logs, stores or returns in an error a key or its
// secret; it has no errors to return.
package apikey

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"strings"
)

const (
	prefix    = "sp_"
	idBytes   = 8
	idLen     = 2 * idBytes // hex
	secBytes  = 32
	secLen    = 43 // unpadded base64url of secBytes
	keyLen    = len(prefix) + idLen + 1 + secLen
	secOffset = len(prefix) + idLen + 1
)

var secretEncoding = base64.RawURLEncoding.Strict()

// New makes a key and returns it with its ID and the hash to store. The
// key is shown to its owner once and then forgotten.
//
// crypto/rand.Read never fails (the runtime aborts the program if the
// system's generator does), hence no error.
func New() (key, id string, hash []byte) {
	var b [idBytes + secBytes]byte
	rand.Read(b[:])
	id = hex.EncodeToString(b[:idBytes])
	key = prefix + id + "_" + secretEncoding.EncodeToString(b[idBytes:])
	return key, id, sum(key)
}

// Parse reports whether key is well formed, and returns its ID if so. It
// is strict: "sp_", 16 lower-case hex characters, "_", and 43 characters
// of base64url that decode to 32 bytes in the one canonical way.
func Parse(key string) (id string, ok bool) {
	if len(key) != keyLen || !strings.HasPrefix(key, prefix) || key[secOffset-1] != '_' {
		return "", false
	}
	id = key[len(prefix) : secOffset-1]
	if !isLowerHex(id) || !validSecret(key[secOffset:]) {
		return "", false
	}
	return id, true
}

// Check reports whether key is well formed and hash is its hash, as New
// returned it. The comparison takes the same time wherever the hashes
// differ. Callers look the hash up by the key's ID (see Parse): the ID
// is not secret, so the lookup may take any time.
func Check(key string, hash []byte) bool {
	if _, ok := Parse(key); !ok {
		return false
	}
	return subtle.ConstantTimeCompare(sum(key), hash) == 1
}

// sum is SHA-256 of the whole key, so that a hash holds for its own ID
// and no other. A fast hash is enough: the secret is 256 random bits, not
// a password, and no guessing can search that space; a slow hash (argon2,
// bcrypt) would only cost every API request time.
func sum(key string) []byte {
	h := sha256.Sum256([]byte(key))
	return h[:]
}

func isLowerHex(s string) bool {
	for i := range len(s) {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// validSecret checks the alphabet itself, as the decoder skips CR and
// LF, and decodes strictly, as the last character's two low bits must be
// zero: one secret has one writing.
func validSecret(s string) bool {
	for i := range len(s) {
		c := s[i]
		if (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' && c != '_' {
			return false
		}
	}
	b, err := secretEncoding.DecodeString(s)
	return err == nil && len(b) == secBytes
}
