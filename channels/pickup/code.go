package pickup

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sealpost/sealpost/crypto/passwd"
	"github.com/sealpost/sealpost/store"
)

// Outcomes of Verify besides a match and ErrLocked.
var (
	ErrNoCode    = errors.New("pickup: no code sent, or it expired")
	ErrWrongCode = errors.New("pickup: wrong code")
	// ErrPasscode: the pickup opens with the sender's passcode, so no
	// code is made for it.
	ErrPasscode = errors.New("pickup: opened with the sender's passcode, not a code")
)

// Code lengths NewCode accepts, in digits.
const (
	MinCodeDigits = 6
	MaxCodeDigits = 12
)

// NewCode makes a one-time code of digits decimal digits for p, valid for
// ttl, and stores only its hash, in place of any code p had. Each digit
// string is equally likely. The code is for the recipient alone: the
// caller sends it and forgets it.
func (s *Store) NewCode(ctx context.Context, p *store.Pickup, digits int, ttl time.Duration) (string, error) {
	if digits < MinCodeDigits || digits > MaxCodeDigits || ttl <= 0 {
		return "", fmt.Errorf("pickup: code of %d digits for %v, want %d to %d digits and a positive time",
			digits, ttl, MinCodeDigits, MaxCodeDigits)
	}
	if p.Passcode != "" {
		return "", ErrPasscode
	}
	code := randomDigits(digits)
	keyID, key := s.keys.Derive(codeLabel)
	now := s.cfg.Now()
	if err := s.st.SetPickupCode(ctx, p.ID, codeHash(keyID, key, p.ID, code), now, now.Add(ttl)); err != nil {
		return "", fmt.Errorf("pickup: new code: %w", err)
	}
	s.cfg.Logger.Info("pickup code issued", "pickup", p.ID)
	return code, nil
}

// randomDigits returns n uniformly random decimal digits: rand.Int draws
// below 10ⁿ by rejection, so no value is likelier (no modulo bias).
func randomDigits(n int) string {
	limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
	v, err := rand.Int(rand.Reader, limit)
	if err != nil {
		panic(err) // crypto/rand never fails (Go 1.24+)
	}
	return fmt.Sprintf("%0*d", n, v)
}

// codeLabel names the key codes are hashed with among those the keyring
// derives.
const codeLabel = "pickup code v1"

// codeHash is what the store keeps of a code: the ID of the master key
// its hashing key comes from, a NUL, and HMAC-SHA-256 of the pickup ID
// and the code under that key. A code has few digits: a plain hash in a
// copied database falls to a million guesses, a keyed one needs the
// keyring too. The pickup ID binds the code to its pickup.
func codeHash(keyID string, key []byte, id, code string) []byte {
	m := hmac.New(sha256.New, key)
	io.WriteString(m, id+"\x00"+code)
	return m.Sum([]byte(keyID + "\x00"))
}

// codeKey returns the ID and key that stored was hashed with; false if
// that key is gone from the keyring or stored is not in codeHash's form.
func (s *Store) codeKey(stored []byte) (string, []byte, bool) {
	keyID, _, ok := bytes.Cut(stored, []byte{0})
	if !ok {
		return "", nil, false
	}
	key, err := s.keys.DeriveWith(string(keyID), codeLabel)
	return string(keyID), key, err == nil
}

// Verify checks code against p's current code, or against the sender's
// passcode for a pickup that has one. A code that matches is used up; a
// passcode is not. Both return nil on a match. Otherwise: ErrNoCode if p
// has no code or it expired or was hashed with a master key since
// removed (no failure is counted: there was nothing to guess),
// ErrWrongCode with the failure recorded, or ErrLocked if this failure
// locked p.
func (s *Store) Verify(ctx context.Context, p *store.Pickup, code string) error {
	if p.Passcode != "" {
		return s.verifyPasscode(ctx, p, code)
	}
	want, expires, err := s.st.PickupCode(ctx, p.ID)
	if errors.Is(err, store.ErrNotFound) || err == nil && !s.cfg.Now().Before(expires) {
		return ErrNoCode
	}
	if err != nil {
		return fmt.Errorf("pickup: verify: %w", err)
	}
	keyID, key, ok := s.codeKey(want)
	if !ok {
		return ErrNoCode
	}
	if hmac.Equal(codeHash(keyID, key, p.ID, code), want) {
		used, err := s.st.DeletePickupCode(ctx, p.ID, want)
		if err != nil {
			return fmt.Errorf("pickup: verify: %w", err)
		}
		if !used { // a concurrent verification took it, or a new code replaced it
			return ErrNoCode
		}
		s.cfg.Logger.Info("pickup verified", "pickup", p.ID)
		return nil
	}
	return s.wrong(ctx, p)
}

// Passcode lengths, in characters: those a submitter may set and the
// portal takes.
const (
	MinPasscode = 8
	MaxPasscode = 128
)

// CheckPasscode says what is wrong with a passcode a submitter set, nil
// if nothing: its length, and no control characters (it must be
// typed into a form).
func CheckPasscode(passcode string) error {
	n := utf8.RuneCountInString(passcode)
	switch {
	case !utf8.ValidString(passcode):
		return errors.New("the passcode is not valid UTF-8")
	case n < MinPasscode || n > MaxPasscode:
		return fmt.Errorf("the passcode has %d characters, want %d to %d", n, MinPasscode, MaxPasscode)
	case strings.ContainsFunc(passcode, unicode.IsControl):
		return errors.New("the passcode has control characters")
	}
	return nil
}

// verifyPasscode checks passcode against the hash of the sender's.
// argon2id makes each check cost its memory; crypto/passwd bounds how
// many run at once, and the portal's rate limits how often one may be
// asked for.
func (s *Store) verifyPasscode(ctx context.Context, p *store.Pickup, passcode string) error {
	ok, err := passwd.Verify(p.Passcode, passcode)
	if err != nil {
		return fmt.Errorf("pickup: verify passcode of %s: %w", p.ID, err)
	}
	if !ok {
		return s.wrong(ctx, p)
	}
	s.cfg.Logger.Info("pickup verified", "pickup", p.ID, "by", "passcode")
	return nil
}

// wrong records a failed verification: ErrWrongCode, or ErrLocked if it
// locked p.
func (s *Store) wrong(ctx context.Context, p *store.Pickup) error {
	locked, err := s.Failed(ctx, p)
	if err != nil {
		return err
	}
	if locked {
		return ErrLocked
	}
	return ErrWrongCode
}

// OpenViewed is Open for a reader who already viewed the message in this
// sitting (see Reread): a pickup whose views are used up still opens;
// any other closed state does not.
func (s *Store) OpenViewed(ctx context.Context, token string) (*store.Pickup, error) {
	p, err := s.Open(ctx, token)
	if !errors.Is(err, ErrViewsUsed) {
		return p, err
	}
	p, err = s.st.PickupByToken(ctx, hashToken(token))
	if err != nil {
		return nil, fmt.Errorf("pickup: open: %w", err)
	}
	if st := p.State(s.cfg.Now()); st != store.PickupViewsUsed && st != store.PickupOpen {
		return nil, stateErr(st)
	}
	return p, nil
}

// Reread returns p's body without counting a view. It is only for the
// portal to show again, or to give an attachment of, a message whose view
// Body counted in the same verified session; p comes from OpenViewed.
func (s *Store) Reread(ctx context.Context, p *store.Pickup) (io.ReadCloser, error) {
	sealed, err := s.st.PickupBody(ctx, p.ID)
	if errors.Is(err, store.ErrNotFound) { // purged since: say why, as Open would
		return nil, s.closedErr(ctx, p.ID)
	}
	if err != nil {
		return nil, fmt.Errorf("pickup: reread: %w", err)
	}
	r, err := s.keys.NewReader(sealed)
	if err != nil {
		sealed.Close()
		return nil, fmt.Errorf("pickup: reread %s: %w", p.ID, err)
	}
	return readCloser{r, sealed}, nil
}
