// Package passwd hashes and checks account passwords: argon2id for new
// hashes (PHC string format), bcrypt accepted for imported ones. It never
// stores, logs or returns a password.
package passwd

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
)

// Parameters of new hashes (RFC 9106's second recommended option, with
// t=3 for a little margin).
const (
	memoryKiB = 64 * 1024
	passes    = 3
	threads   = 2
	keyLen    = 32
)

var b64 = base64.RawStdEncoding

// Hash returns an argon2id PHC string for password.
func Hash(password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("passwd: %w", err)
	}
	sum := argon2.IDKey([]byte(password), salt, passes, memoryKiB, threads, keyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, memoryKiB, passes, threads, b64.EncodeToString(salt), b64.EncodeToString(sum)), nil
}

// ErrUnknownHash is returned for a hash in a format Verify does not know.
var ErrUnknownHash = errors.New("passwd: unknown hash format")

// Verify reports whether password matches hash (argon2id or bcrypt).
func Verify(hash, password string) (bool, error) {
	switch {
	case strings.HasPrefix(hash, "$argon2id$"):
		return verifyArgon2id(hash, password)
	case strings.HasPrefix(hash, "$2a$"), strings.HasPrefix(hash, "$2b$"), strings.HasPrefix(hash, "$2y$"):
		err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(password))
		if errors.Is(err, bcrypt.ErrMismatchedHashAndPassword) {
			return false, nil
		}
		return err == nil, err
	}
	return false, ErrUnknownHash
}

func verifyArgon2id(hash, password string) (bool, error) {
	f := strings.Split(hash, "$") // "", argon2id, v=19, m=..,t=..,p=.., salt, sum
	if len(f) != 6 {
		return false, ErrUnknownHash
	}
	var v int
	var m, t uint32
	var p uint8
	if _, err := fmt.Sscanf(f[2], "v=%d", &v); err != nil || v != argon2.Version {
		return false, ErrUnknownHash
	}
	if _, err := fmt.Sscanf(f[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil || m > 4<<20 || t > 100 || p == 0 {
		return false, ErrUnknownHash
	}
	salt, err1 := b64.DecodeString(f[4])
	sum, err2 := b64.DecodeString(f[5])
	if err1 != nil || err2 != nil || len(sum) == 0 {
		return false, ErrUnknownHash
	}
	got := argon2.IDKey([]byte(password), salt, t, m, p, uint32(len(sum)))
	return subtle.ConstantTimeCompare(got, sum) == 1, nil
}
