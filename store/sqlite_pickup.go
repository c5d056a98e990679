package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// AddPickup stores p and its sealed body, cut in chunks as queue bodies
// are. It returns once p is durable. The store keeps a reference to
// p.Body until the write is done: do not modify it.
func (s *SQLite) AddPickup(ctx context.Context, p *Pickup) error {
	if p.ID == "" || len(p.TokenHash) == 0 || p.MaxViews < 1 || p.Expires.IsZero() || len(p.Body) == 0 {
		return fmt.Errorf("store: add pickup %q: a pickup needs an ID, a token hash, an expiry, max views ≥ 1 and a body", p.ID)
	}
	chunks := splitBody(p.Body)
	row := []any{p.ID, p.MessageID, p.Recipient, p.Sender, p.TokenHash, nanos(p.Created), nanos(p.Expires),
		p.MaxViews, p.Passcode, len(chunks), chunks[0]}
	return s.write(ctx, len(p.Body), func(w *writer) error {
		return w.addPickup(p.ID, row, chunks[1:])
	})
}

func (w *writer) addPickup(id string, row []any, chunks [][]byte) error {
	n, err := w.exec(`INSERT INTO pickups (id, msg_id, recipient, sender, token_hash, created, expires,
		max_views, passcode, views, failures, locked, revoked, purged, chunks, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?) ON CONFLICT DO NOTHING`, row...)
	if err != nil {
		return fmt.Errorf("store: add pickup %s: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("%w: pickup %s or its token", ErrExists, id)
	}
	for i, c := range chunks { // chunk 0 is in pickups
		if _, err := w.exec(`INSERT INTO pickup_chunks (pickup_id, n, data) VALUES (?, ?, ?)`, id, i+1, c); err != nil {
			return fmt.Errorf("store: add pickup %s: body: %w", id, err)
		}
	}
	return nil
}

const pickupColumns = `SELECT id, msg_id, recipient, sender, token_hash, created, expires,
	max_views, views, failures, locked, revoked, purged, viewed, passcode FROM pickups`

func scanPickup(sc scanner) (*Pickup, error) {
	p := &Pickup{}
	var created, expires, revoked, purged, viewed int64
	err := sc.Scan(&p.ID, &p.MessageID, &p.Recipient, &p.Sender, &p.TokenHash, &created, &expires,
		&p.MaxViews, &p.Views, &p.Failures, &p.Locked, &revoked, &purged, &viewed, &p.Passcode)
	if err != nil {
		return nil, err
	}
	p.Created, p.Expires, p.Revoked, p.Purged = fromNanos(created), fromNanos(expires), fromNanos(revoked), fromNanos(purged)
	p.Viewed = fromNanos(viewed)
	return p, nil
}

// Pickup returns a pickup by ID, without its body.
func (s *SQLite) Pickup(ctx context.Context, id string) (*Pickup, error) {
	return s.onePickup(ctx, "pickup "+id, ` WHERE id = ?`, id)
}

// PickupByToken returns a pickup by its token's hash, without its body.
// The hash is not in the error: it is as good as the token for a lookup.
func (s *SQLite) PickupByToken(ctx context.Context, hash []byte) (*Pickup, error) {
	return s.onePickup(ctx, "pickup by token", ` WHERE token_hash = ?`, hash)
}

func (s *SQLite) onePickup(ctx context.Context, what, where string, arg any) (*Pickup, error) {
	p, err := scanPickup(s.r.QueryRowContext(ctx, pickupColumns+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, what)
	}
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	return p, nil
}

// Pickups lists pickups after an ID, in ID order.
func (s *SQLite) Pickups(ctx context.Context, after string, limit int) ([]*Pickup, error) {
	if limit <= 0 {
		limit = -1 // no limit in SQLite
	}
	rows, err := s.r.QueryContext(ctx, pickupColumns+` WHERE id > ? ORDER BY id LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("store: pickups: %w", err)
	}
	defer rows.Close()
	var out []*Pickup
	for rows.Next() {
		p, err := scanPickup(rows)
		if err != nil {
			return nil, fmt.Errorf("store: pickups: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: pickups: %w", err)
	}
	return out, nil
}

// PickupsOfMessage lists the pickups made of message msgID, in ID order,
// without bodies.
func (s *SQLite) PickupsOfMessage(ctx context.Context, msgID string) ([]*Pickup, error) {
	rows, err := s.r.QueryContext(ctx, pickupColumns+` WHERE msg_id = ? ORDER BY id`, msgID)
	if err != nil {
		return nil, fmt.Errorf("store: pickups of %s: %w", msgID, err)
	}
	defer rows.Close()
	var out []*Pickup
	for rows.Next() {
		p, err := scanPickup(rows)
		if err != nil {
			return nil, fmt.Errorf("store: pickups of %s: %w", msgID, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// RecordPickupView counts a view in one statement whose WHERE is the
// rule of Pickup.State, so that a revocation or the last view committed
// meanwhile is seen.
func (s *SQLite) RecordPickupView(ctx context.Context, id string, now time.Time) (int, error) {
	var views int
	err := s.write(ctx, 0, func(w *writer) error {
		rows, err := w.query(`UPDATE pickups SET views = views + 1, viewed = ?
			WHERE id = ? AND revoked = 0 AND purged = 0 AND expires > ? AND locked = 0 AND views < max_views
			RETURNING views`, now.UnixNano(), id, now.UnixNano())
		if err != nil {
			return fmt.Errorf("store: pickup %s: view: %w", id, err)
		}
		found, err := scanOne(rows, &views)
		if err != nil {
			return fmt.Errorf("store: pickup %s: view: %w", id, err)
		}
		if !found {
			return w.pickupMissingOr(id, ErrPickupClosed)
		}
		return nil
	})
	return views, err
}

// scanOne scans the first row of rows, if any, and closes them.
func scanOne(rows *sql.Rows, dest ...any) (found bool, err error) {
	defer rows.Close()
	if !rows.Next() {
		return false, rows.Err()
	}
	if err := rows.Scan(dest...); err != nil {
		return false, err
	}
	return true, rows.Close()
}

// pickupMissingOr returns ErrNotFound if there is no pickup id, and
// otherwise err about it.
func (w *writer) pickupMissingOr(id string, err error) error {
	found, qerr := w.pickupExists(id)
	switch {
	case qerr != nil:
		return fmt.Errorf("store: pickup %s: %w", id, qerr)
	case !found:
		return fmt.Errorf("%w: pickup %s", ErrNotFound, id)
	}
	return fmt.Errorf("%w: pickup %s", err, id)
}

func (w *writer) pickupExists(id string) (bool, error) {
	rows, err := w.query(`SELECT 1 FROM pickups WHERE id = ?`, id)
	if err != nil {
		return false, err
	}
	var one int
	return scanOne(rows, &one)
}

// RecordPickupFailure counts a failed verification and locks at limit,
// in one statement. A locked pickup goes on counting: the audit of a
// guessing attempt wants the number.
func (s *SQLite) RecordPickupFailure(ctx context.Context, id string, limit int) (int, bool, error) {
	if limit < 1 {
		return 0, false, fmt.Errorf("store: pickup %s: failure limit %d, want ≥ 1", id, limit)
	}
	var failures int
	var locked bool
	err := s.write(ctx, 0, func(w *writer) error {
		// The right-hand sides see the row before the update.
		rows, err := w.query(`UPDATE pickups SET failures = failures + 1, locked = (locked OR failures + 1 >= ?)
			WHERE id = ? RETURNING failures, locked`, limit, id)
		if err != nil {
			return fmt.Errorf("store: pickup %s: failure: %w", id, err)
		}
		found, err := scanOne(rows, &failures, &locked)
		if err != nil {
			return fmt.Errorf("store: pickup %s: failure: %w", id, err)
		}
		if !found {
			return fmt.Errorf("%w: pickup %s", ErrNotFound, id)
		}
		return nil
	})
	return failures, locked, err
}

// RevokePickup marks a pickup revoked, once.
func (s *SQLite) RevokePickup(ctx context.Context, id string, at time.Time) (bool, error) {
	if at.IsZero() {
		return false, fmt.Errorf("store: revoke pickup %s: no time", id)
	}
	var revoked bool
	err := s.write(ctx, 0, func(w *writer) error {
		n, err := w.exec(`UPDATE pickups SET revoked = ? WHERE id = ? AND revoked = 0`, at.UnixNano(), id)
		if err != nil {
			return fmt.Errorf("store: revoke pickup %s: %w", id, err)
		}
		if revoked = n > 0; revoked {
			return nil
		}
		found, err := w.pickupExists(id)
		switch {
		case err != nil:
			return fmt.Errorf("store: revoke pickup %s: %w", id, err)
		case !found:
			return fmt.Errorf("%w: pickup %s", ErrNotFound, id)
		}
		return nil // revoked before
	})
	return revoked, err
}

// PurgePickups drops the bodies of pickups expired or revoked at or
// before before, or viewed as often as allowed with the last view at or
// before usedBefore, in one commit, and marks their rows purged at
// before. The records it returns are read in the same commit.
func (s *SQLite) PurgePickups(ctx context.Context, before, usedBefore time.Time) ([]*Pickup, error) {
	t := before.UnixNano()
	var ps []*Pickup
	err := s.write(ctx, 0, func(w *writer) error {
		var err error
		if ps, err = w.purgeable(t, usedBefore.UnixNano()); err != nil {
			return fmt.Errorf("store: purge pickups: %w", err)
		}
		for _, p := range ps {
			if err := w.purgePickup(p.ID, t); err != nil {
				return fmt.Errorf("store: purge pickup %s: %w", p.ID, err)
			}
			p.Purged = fromNanos(max(t, 1))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ps, nil
}

// purgeQuery lists the pickups a purge drops, in four disjoint parts
// (expired; revoked; views used; locked), each served by its partial
// index: a UNION, which sorts by ID, would scan the table instead. Its
// arguments are the purge time and the last view time. A locked pickup
// goes at once: no one may open it again. (INDEXED BY keeps the planner
// on pickups_locked, the few locked ones, not on every held pickup.)
const purgeQuery = pickupColumns + ` WHERE purged = 0 AND expires <= ?1
	UNION ALL ` + pickupColumns + ` WHERE purged = 0 AND revoked != 0 AND revoked <= ?1 AND expires > ?1
	UNION ALL ` + pickupColumns + ` WHERE purged = 0 AND views >= max_views AND viewed <= ?2
		AND expires > ?1 AND (revoked = 0 OR revoked > ?1)
	UNION ALL ` + pickupColumns + ` INDEXED BY pickups_locked WHERE purged = 0 AND locked = 1
		AND expires > ?1 AND (revoked = 0 OR revoked > ?1) AND NOT (views >= max_views AND viewed <= ?2)`

// purgeable lists the pickups a purge at t drops, in ID order.
func (w *writer) purgeable(t, used int64) ([]*Pickup, error) {
	rows, err := w.query(purgeQuery, t, used)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ps []*Pickup
	for rows.Next() {
		p, err := scanPickup(rows)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	slices.SortFunc(ps, func(a, b *Pickup) int { return strings.Compare(a.ID, b.ID) })
	return ps, rows.Err()
}

func (w *writer) purgePickup(id string, t int64) error {
	if _, err := w.exec(`DELETE FROM pickup_chunks WHERE pickup_id = ?`, id); err != nil {
		return err
	}
	// purged is never 0: a purge "before" the epoch still marks the row.
	_, err := w.exec(`UPDATE pickups SET body = NULL, chunks = 0, purged = max(?, 1) WHERE id = ?`, t, id)
	return err
}

// ReplacePickupHeader swaps the header at the start of chunk 0. Reading
// chunk 0 in the writer costs up to a chunk of I/O, but makes the check
// and the swap one step: a concurrent rotation or purge cannot interleave.
// The new chunk 0 may be shorter or longer than a chunk: the reader goes
// by the stored chunk count, not by chunk 0's length.
func (s *SQLite) ReplacePickupHeader(ctx context.Context, id string, old, header []byte) error {
	if len(old) == 0 || len(header) == 0 {
		return fmt.Errorf("store: pickup %s: replace header: empty header", id)
	}
	return s.write(ctx, len(header), func(w *writer) error {
		rows, err := w.query(`SELECT body FROM pickups WHERE id = ? AND purged = 0`, id)
		if err != nil {
			return fmt.Errorf("store: pickup %s: replace header: %w", id, err)
		}
		var chunk0 []byte
		found, err := scanOne(rows, &chunk0)
		switch {
		case err != nil:
			return fmt.Errorf("store: pickup %s: replace header: %w", id, err)
		case !found:
			return fmt.Errorf("%w: body of pickup %s", ErrNotFound, id)
		case !bytes.HasPrefix(chunk0, old):
			return fmt.Errorf("store: pickup %s: replace header: the body no longer starts with the header read", id)
		}
		body := append(append(make([]byte, 0, len(header)+len(chunk0)-len(old)), header...), chunk0[len(old):]...)
		if _, err := w.exec(`UPDATE pickups SET body = ? WHERE id = ?`, body, id); err != nil {
			return fmt.Errorf("store: pickup %s: replace header: %w", id, err)
		}
		return nil
	})
}
