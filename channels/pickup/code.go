package pickup

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/sealpost/sealpost/store"
)

// Outcomes of Verify besides a match and ErrLocked.
var (
	ErrNoCode    = errors.New("pickup: no code sent, or it expired")
	ErrWrongCode = errors.New("pickup: wrong code")
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
	code := randomDigits(digits)
	if err := s.st.SetPickupCode(ctx, p.ID, codeHash(p.ID, code), s.cfg.Now().Add(ttl)); err != nil {
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

// codeHash binds a code to its pickup: the same code of another pickup
// hashes differently.
func codeHash(id, code string) []byte {
	h := sha256.New()
	io.WriteString(h, "sealpost pickup code\x00"+id+"\x00"+code)
	return h.Sum(nil)
}

// Verify checks code against p's current code. A match uses the code up
// and returns nil. Otherwise: ErrNoCode if p has no code or it expired
// (no failure is counted: there was nothing to guess), ErrWrongCode with
// the failure recorded, or ErrLocked if this failure locked p.
func (s *Store) Verify(ctx context.Context, p *store.Pickup, code string) error {
	want, expires, err := s.st.PickupCode(ctx, p.ID)
	if errors.Is(err, store.ErrNotFound) || err == nil && !s.cfg.Now().Before(expires) {
		return ErrNoCode
	}
	if err != nil {
		return fmt.Errorf("pickup: verify: %w", err)
	}
	if subtle.ConstantTimeCompare(codeHash(p.ID, code), want) == 1 {
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
