// Package pickup owns secure pickup's sealed messages and their rules:
// the link token (made here, only its hash stored), sealing the body
// under the keyring, whether a link may be opened (unknown, expired,
// revoked, locked after failed verifications, views used up), counting
// views, and rewrapping stored bodies when the master key rotates.
//
// It must never store or log a token or a clear body, never tell one
// closed state from another before the token matched a pickup, and never
// hand out a body without counting the view first (Reread is for the
// portal's later reads in a session whose view was counted). It also
// builds the neutral notice and the code mail (notice.go), which must never
// carry anything of the message. The portal (HTTP, identity check) is
// built on it, elsewhere.
package pickup

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/store"
)

// Why a link does not open. The portal shows each its own neutral page.
var (
	ErrUnknown   = errors.New("pickup: unknown link")
	ErrExpired   = errors.New("pickup: link expired")
	ErrRevoked   = errors.New("pickup: link revoked by the sender")
	ErrLocked    = errors.New("pickup: locked after too many failed verifications")
	ErrViewsUsed = errors.New("pickup: the message was viewed as many times as allowed")
)

// DefaultMaxFailures is how many failed verifications lock a pickup.
const DefaultMaxFailures = 5

// DefaultUsedGrace is how long a pickup viewed as often as allowed keeps
// its body after the last view: the portal's session that counted it
// may show it again meanwhile (see Reread).
const DefaultUsedGrace = time.Hour

// Config is what a Store needs beside the store and the keyring.
type Config struct {
	// MaxFailures failed verifications lock a pickup (DefaultMaxFailures).
	MaxFailures int
	// UsedGrace is how long after its last view a pickup viewed as often
	// as allowed keeps its body before Purge drops it (DefaultUsedGrace).
	UsedGrace time.Duration
	// Now is the clock (time.Now).
	Now func() time.Time
	// Logger gets operational events: pickup IDs, never tokens or bodies.
	Logger *slog.Logger
}

// Store holds pickups sealed in a store.PickupStore. It is safe for
// concurrent use.
type Store struct {
	st   store.PickupStore
	keys *seal.Keyring
	cfg  Config
}

// New returns a Store that seals under keys' current master key.
func New(st store.PickupStore, keys *seal.Keyring, cfg Config) *Store {
	if cfg.MaxFailures <= 0 {
		cfg.MaxFailures = DefaultMaxFailures
	}
	if cfg.UsedGrace <= 0 {
		cfg.UsedGrace = DefaultUsedGrace
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg.Logger = cfg.Logger.With("component", "pickup")
	return &Store{st: st, keys: keys, cfg: cfg}
}

// tokenBytes is the randomness of a token: 256 bits, twice the 128 the
// design asks for.
const tokenBytes = 32

// tokenLen is the length of a token in unpadded base64url.
var tokenLen = base64.RawURLEncoding.EncodedLen(tokenBytes)

// NewToken returns a new link token, 32 random bytes in unpadded base64url
// (43 characters, safe in a URL path), and its hash, the SHA-256 of the
// token's text: what the store keeps and looks the token up by.
func NewToken() (token string, hash []byte) {
	b := make([]byte, tokenBytes)
	rand.Read(b) // never fails (crypto/rand, Go 1.24+)
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, hashToken(token)
}

func hashToken(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// idEncoding is relay.NewID's alphabet: lower case, no padding, easy to
// type into the admin CLI.
var idEncoding = base32.NewEncoding("0123456789abcdefghijklmnopqrstuv").WithPadding(base32.NoPadding)

// newID returns 16 random bytes in base32: unlike a queue ID, a pickup ID
// carries no time, so that one cannot be guessed from another.
func newID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return idEncoding.EncodeToString(b)
}

// Terms are what a pickup is made with.
type Terms struct {
	Expires  time.Duration // how long the link stays open
	MaxViews int           // how often the message may be viewed
	// Passcode is the argon2id hash (crypto/passwd) of the passcode the
	// sender set: it opens the pickup in place of a one-time code. ""
	// for a code.
	Passcode string
}

// Create seals body, read to its end, under the current master key and
// stores it as a pickup of message msgID for rcpt on terms t. It returns
// the pickup's ID and the link's token, which is stored nowhere: lose it
// and the pickup can only expire. The sealed body is held once in memory
// while it is stored; the clear body is streamed.
func (s *Store) Create(ctx context.Context, msgID, sender, rcpt string, body io.Reader, t Terms) (id, token string, err error) {
	if t.Expires <= 0 || t.MaxViews < 1 {
		return "", "", fmt.Errorf("pickup: create: expiry %v and max views %d, want both positive", t.Expires, t.MaxViews)
	}
	sealed, err := s.seal(body)
	if err != nil {
		return "", "", err
	}
	token, hash := NewToken()
	now := s.cfg.Now()
	p := &store.Pickup{ID: newID(), MessageID: msgID, Recipient: rcpt, Sender: sender, TokenHash: hash,
		Created: now, Expires: now.Add(t.Expires), MaxViews: t.MaxViews, Passcode: t.Passcode, Body: sealed}
	if err := s.st.AddPickup(ctx, p); err != nil {
		return "", "", fmt.Errorf("pickup: create: %w", err)
	}
	s.cfg.Logger.Info("pickup created", "pickup", p.ID, "msg", msgID, "expires", p.Expires, "max_views", t.MaxViews,
		"passcode", t.Passcode != "")
	return p.ID, token, nil
}

func (s *Store) seal(body io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	w, err := s.keys.NewWriter(&buf)
	if err != nil {
		return nil, fmt.Errorf("pickup: create: %w", err)
	}
	if _, err := io.Copy(w, body); err != nil {
		return nil, fmt.Errorf("pickup: create: read body: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("pickup: create: %w", err)
	}
	return buf.Bytes(), nil
}

// Open returns the pickup a link's token names, if it may be opened now:
// ErrUnknown if no pickup has this token, otherwise ErrRevoked,
// ErrExpired, ErrLocked or ErrViewsUsed (in that order of precedence) if
// it is closed. Open counts no view: the portal verifies the recipient,
// then Body counts the view.
func (s *Store) Open(ctx context.Context, token string) (*store.Pickup, error) {
	if len(token) != tokenLen {
		return nil, ErrUnknown
	}
	hash := hashToken(token)
	p, err := s.st.PickupByToken(ctx, hash)
	if errors.Is(err, store.ErrNotFound) {
		return nil, ErrUnknown
	}
	if err != nil {
		return nil, fmt.Errorf("pickup: open: %w", err)
	}
	// The lookup found it by hash; compare again in constant time, so
	// that no engine's index (collation, truncation) can stand in for
	// the token.
	if subtle.ConstantTimeCompare(p.TokenHash, hash) != 1 {
		return nil, ErrUnknown
	}
	if err := stateErr(p.State(s.cfg.Now())); err != nil {
		return nil, err
	}
	return p, nil
}

// stateErr is the error of a pickup in state st, nil if open.
func stateErr(st store.PickupState) error {
	switch st {
	case store.PickupOpen:
		return nil
	case store.PickupRevoked:
		return ErrRevoked
	case store.PickupExpired:
		return ErrExpired
	case store.PickupLocked:
		return ErrLocked
	case store.PickupViewsUsed:
		return ErrViewsUsed
	}
	return fmt.Errorf("pickup: unknown state %q", st)
}

// Failed records a failed identity verification of p and reports whether
// p is now locked.
func (s *Store) Failed(ctx context.Context, p *store.Pickup) (locked bool, err error) {
	n, locked, err := s.st.RecordPickupFailure(ctx, p.ID, s.cfg.MaxFailures)
	if err != nil {
		return false, fmt.Errorf("pickup: failed verification: %w", err)
	}
	p.Failures, p.Locked = n, locked
	if locked {
		s.cfg.Logger.Warn("pickup locked", "pickup", p.ID, "failures", n)
	}
	return locked, nil
}

// Body counts a view of p and returns its body, decrypted as it is read.
// The view is counted only if p is still open, in the same step (a
// revocation or the last view just made is seen); otherwise Body fails
// with the error Open would now give. The reader may fail after giving
// out bytes (a corrupted or purged body): discard everything read then.
func (s *Store) Body(ctx context.Context, p *store.Pickup) (io.ReadCloser, error) {
	views, err := s.st.RecordPickupView(ctx, p.ID, s.cfg.Now())
	if errors.Is(err, store.ErrPickupClosed) {
		return nil, s.closedErr(ctx, p.ID)
	}
	if err != nil {
		return nil, fmt.Errorf("pickup: view: %w", err)
	}
	p.Views = views
	sealed, err := s.st.PickupBody(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("pickup: view: %w", err)
	}
	r, err := s.keys.NewReader(sealed)
	if err != nil {
		sealed.Close()
		return nil, fmt.Errorf("pickup: view %s: %w", p.ID, err)
	}
	return readCloser{r, sealed}, nil
}

// closedErr says why the store refused a view of pickup id.
func (s *Store) closedErr(ctx context.Context, id string) error {
	p, err := s.st.Pickup(ctx, id)
	if err != nil {
		return fmt.Errorf("pickup: view: %w", err)
	}
	if err := stateErr(p.State(s.cfg.Now())); err != nil {
		return err
	}
	// Closed states do not reopen as the clock moves on.
	return fmt.Errorf("pickup: view of %s refused, yet it reads open", id)
}

type readCloser struct {
	io.Reader
	io.Closer
}

// PickupsOfMessage lists the pickups made of queue message msgID.
func (s *Store) PickupsOfMessage(ctx context.Context, msgID string) ([]*store.Pickup, error) {
	ps, err := s.st.PickupsOfMessage(ctx, msgID)
	if err != nil {
		return nil, fmt.Errorf("pickup: %w", err)
	}
	return ps, nil
}

// Revoke closes pickup id for good, as its sender asked. A pickup
// revoked before is left as it was, and the error is ErrRevoked; an
// unknown ID is store.ErrNotFound.
func (s *Store) Revoke(ctx context.Context, id string) error {
	now, err := s.st.RevokePickup(ctx, id, s.cfg.Now())
	if err != nil {
		return fmt.Errorf("pickup: revoke: %w", err)
	}
	if !now {
		return fmt.Errorf("pickup: revoke %s: %w before", id, ErrRevoked)
	}
	s.cfg.Logger.Info("pickup revoked", "pickup", id)
	return nil
}

// Purged is a pickup whose body a purge dropped.
type Purged struct {
	*store.Pickup
	// Why is the state that let it go: expired, revoked, locked or views
	// used.
	Why store.PickupState
}

// Purge drops the bodies of the pickups expired, revoked or locked by now,
// and of those viewed as often as allowed whose last view is UsedGrace old, and
// returns them (records without bodies); their links then read as before.
func (s *Store) Purge(ctx context.Context) ([]Purged, error) {
	now := s.cfg.Now()
	ps, err := s.st.PurgePickups(ctx, now, now.Add(-s.cfg.UsedGrace))
	if err != nil {
		return nil, fmt.Errorf("pickup: purge: %w", err)
	}
	out := make([]Purged, len(ps))
	for i, p := range ps {
		out[i] = Purged{Pickup: p, Why: p.State(now)}
	}
	return out, nil
}
