// Package passwd hashes and checks account passwords: argon2id for new
// hashes (PHC string format), bcrypt accepted for imported ones. It never
// stores, logs or returns a password, and compares in constant time.
package passwd

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
)

// Parameters of new hashes: RFC 9106's second recommended option
// (64 MiB, 2 passes, 1 lane), as libsodium's "interactive" limits.
const (
	memoryKiB = 64 * 1024
	passes    = 2
	lanes     = 1
	saltLen   = 16
	keyLen    = 32
)

// Bounds on the parameters Verify accepts, so that a hostile or corrupt
// hash cannot make one check take gigabytes or minutes.
const (
	maxMemoryKiB = 1 << 20 // 1 GiB
	maxPasses    = 16
	maxLanes     = 16
	maxKeyLen    = 128
)

var b64 = base64.RawStdEncoding

// ErrUnknownHash is returned for a hash in a format Verify does not know
// or with parameters out of bounds.
var ErrUnknownHash = errors.New("passwd: unknown hash format")

// Hash returns an argon2id PHC string for password:
// "$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>".
func Hash(password string) (string, error) {
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("passwd: salt: %w", err)
	}
	sum := idKey([]byte(password), salt, passes, memoryKiB, lanes, keyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, memoryKiB, passes, lanes,
		b64.EncodeToString(salt), b64.EncodeToString(sum)), nil
}

// Verify reports whether password matches hash (argon2id, or bcrypt
// "$2a$", "$2b$", "$2y$"). A wrong password is (false, nil); an error
// means the hash itself is unusable.
func Verify(hash, password string) (bool, error) {
	switch {
	case strings.HasPrefix(hash, "$argon2id$"):
		return verifyArgon2id(hash, password)
	case strings.HasPrefix(hash, "$2a$"), strings.HasPrefix(hash, "$2b$"), strings.HasPrefix(hash, "$2y$"):
		return verifyBcrypt(hash, password)
	}
	return false, ErrUnknownHash
}

func verifyBcrypt(hash, password string) (bool, error) {
	err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) // constant-time inside
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, bcrypt.ErrMismatchedHashAndPassword):
		return false, nil
	}
	return false, fmt.Errorf("%w: bcrypt: %w", ErrUnknownHash, err)
}

// slots bounds the argon2id computations in flight to one per CPU: each
// takes its memory cost (64 MiB for new hashes) for tens of
// milliseconds, so that a burst of logins or portal passcodes would
// otherwise take gigabytes. Others wait their turn.
var slots = make(chan struct{}, runtime.GOMAXPROCS(0))

func idKey(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	slots <- struct{}{}
	defer func() { <-slots }()
	return argon2.IDKey(password, salt, time, memory, threads, keyLen)
}

// argonParams is a parsed argon2id PHC string.
type argonParams struct {
	memory, passes uint32
	lanes          uint8
	salt, sum      []byte
}

func verifyArgon2id(hash, password string) (bool, error) {
	p, err := parseArgon2id(hash)
	if err != nil {
		return false, err
	}
	got := idKey([]byte(password), p.salt, p.passes, p.memory, p.lanes, uint32(len(p.sum)))
	return subtle.ConstantTimeCompare(got, p.sum) == 1, nil
}

// parseArgon2id reads "$argon2id$v=19$m=..,t=..,p=..$salt$sum".
func parseArgon2id(hash string) (*argonParams, error) {
	f := strings.Split(hash, "$") // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, sum
	if len(f) != 6 || f[2] != "v="+strconv.Itoa(argon2.Version) {
		return nil, ErrUnknownHash
	}
	var p argonParams
	if err := parseCosts(f[3], &p); err != nil {
		return nil, err
	}
	var err1, err2 error
	p.salt, err1 = b64.DecodeString(f[4])
	p.sum, err2 = b64.DecodeString(f[5])
	if err1 != nil || err2 != nil || len(p.salt) < 8 || len(p.sum) < 16 || len(p.sum) > maxKeyLen {
		return nil, ErrUnknownHash
	}
	return &p, nil
}

// parseCosts reads "m=65536,t=2,p=1" (in that order, as the PHC format
// requires) and checks the bounds.
func parseCosts(s string, p *argonParams) error {
	kv := strings.Split(s, ",")
	if len(kv) != 3 {
		return ErrUnknownHash
	}
	m, err1 := costValue(kv[0], "m=", maxMemoryKiB)
	t, err2 := costValue(kv[1], "t=", maxPasses)
	l, err3 := costValue(kv[2], "p=", maxLanes)
	if err := errors.Join(err1, err2, err3); err != nil || m < 8*l {
		return ErrUnknownHash
	}
	p.memory, p.passes, p.lanes = uint32(m), uint32(t), uint8(l)
	return nil
}

func costValue(s, key string, limit uint64) (uint64, error) {
	v, ok := strings.CutPrefix(s, key)
	if !ok {
		return 0, ErrUnknownHash
	}
	n, err := strconv.ParseUint(v, 10, 32)
	if err != nil || n == 0 || n > limit {
		return 0, ErrUnknownHash
	}
	return n, nil
}
