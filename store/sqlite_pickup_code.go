package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// codePurgeBatch bounds how many expired codes one SetPickupCode deletes:
// each new code adds at most one row, so the table never grows past the
// codes in use, and no write is held up by a large backlog.
const codePurgeBatch = 100

// SetPickupCode stores a code's hash, replacing the pickup's previous one,
// and deletes up to codePurgeBatch codes expired at now, in one write.
func (s *SQLite) SetPickupCode(ctx context.Context, id string, hash []byte, now, expires time.Time) error {
	if len(hash) == 0 || expires.IsZero() {
		return fmt.Errorf("store: pickup %s: set code: a code needs a hash and an expiry", id)
	}
	return s.write(ctx, 0, func(w *writer) error {
		found, err := w.pickupExists(id)
		switch {
		case err != nil:
			return fmt.Errorf("store: pickup %s: set code: %w", id, err)
		case !found:
			return fmt.Errorf("%w: pickup %s", ErrNotFound, id)
		}
		_, err = w.exec(`DELETE FROM pickup_codes WHERE pickup_id IN
			(SELECT pickup_id FROM pickup_codes WHERE expires <= ? ORDER BY expires LIMIT ?)`, now.UnixNano(), codePurgeBatch)
		if err != nil {
			return fmt.Errorf("store: pickup %s: purge codes: %w", id, err)
		}
		_, err = w.exec(`INSERT INTO pickup_codes (pickup_id, hash, expires) VALUES (?, ?, ?)
			ON CONFLICT (pickup_id) DO UPDATE SET hash = excluded.hash, expires = excluded.expires`,
			id, hash, expires.UnixNano())
		if err != nil {
			return fmt.Errorf("store: pickup %s: set code: %w", id, err)
		}
		return nil
	})
}

// PickupCode returns a pickup's code hash and expiry. The hash is not in
// any error.
func (s *SQLite) PickupCode(ctx context.Context, id string) ([]byte, time.Time, error) {
	var hash []byte
	var expires int64
	err := s.r.QueryRowContext(ctx, `SELECT hash, expires FROM pickup_codes WHERE pickup_id = ?`, id).Scan(&hash, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, time.Time{}, fmt.Errorf("%w: code of pickup %s", ErrNotFound, id)
	}
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("store: pickup %s: code: %w", id, err)
	}
	return hash, time.Unix(0, expires), nil
}

// DeletePickupCode removes a code in one statement, only if it is still
// the one whose hash the caller checked.
func (s *SQLite) DeletePickupCode(ctx context.Context, id string, hash []byte) (bool, error) {
	var n int64
	err := s.write(ctx, 0, func(w *writer) error {
		var err error
		n, err = w.exec(`DELETE FROM pickup_codes WHERE pickup_id = ? AND hash = ?`, id, hash)
		if err != nil {
			return fmt.Errorf("store: pickup %s: delete code: %w", id, err)
		}
		return nil
	})
	return n > 0, err
}
