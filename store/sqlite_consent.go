package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// SetConsent records c for its number unless the number's record is an
// opt-out by the recipient and c is not by the recipient: a STOP texted
// by the patient is not undone by an import or an API call, only by the
// patient's START. applied says whether c was recorded.
func (s *SQLite) SetConsent(ctx context.Context, c Consent) (applied bool, err error) {
	if c.Number == "" || c.Via == "" || c.At.IsZero() {
		return false, errors.New("store: consent needs a number, a source and a time")
	}
	err = s.write(ctx, 0, func(w *writer) error {
		n, err := w.exec(`INSERT INTO sms_consent (number, opted_in, by_recipient, via, at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (number) DO UPDATE SET opted_in = excluded.opted_in,
				by_recipient = excluded.by_recipient, via = excluded.via, at = excluded.at
			WHERE sms_consent.opted_in = 1 OR sms_consent.by_recipient = 0 OR excluded.by_recipient = 1`,
			c.Number, c.OptedIn, c.ByRecipient, c.Via, c.At.UnixNano())
		applied = n == 1
		return err
	})
	if err != nil {
		return false, fmt.Errorf("store: set consent: %w", err)
	}
	return applied, nil
}

// Consent returns the number's consent record; ErrNotFound if it has none.
// The number is not in any error: it is the patient's.
func (s *SQLite) Consent(ctx context.Context, number string) (*Consent, error) {
	c := &Consent{Number: number}
	var at int64
	err := s.r.QueryRowContext(ctx, `SELECT opted_in, by_recipient, via, at FROM sms_consent WHERE number = ?`,
		number).Scan(&c.OptedIn, &c.ByRecipient, &c.Via, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: consent", ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: consent: %w", err)
	}
	c.At = time.Unix(0, at)
	return c, nil
}
