package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// AddKey stores a recipient key. Match and Fingerprint are stored lower
// case, so that lookups need not care.
func (s *SQLite) AddKey(ctx context.Context, k *RecipientKey) error {
	if k.Match == "" || k.Fingerprint == "" || len(k.Data) == 0 || (k.Kind != KeyPGP && k.Kind != KeySMIME) {
		return errors.New("store: add key: a key needs a kind, a match, a fingerprint and data")
	}
	kind, match, fpr, data, added := string(k.Kind), strings.ToLower(k.Match), strings.ToLower(k.Fingerprint), k.Data, nanos(k.Added)
	return s.write(ctx, len(data), func(w *writer) error {
		n, err := w.exec(`INSERT INTO recipient_keys (kind, match, fingerprint, data, added) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, kind, match, fpr, data, added)
		if err != nil {
			return fmt.Errorf("store: add key %s: %w", fpr, err)
		}
		if n == 0 {
			return fmt.Errorf("%w: %s key %s for %s", ErrExists, kind, fpr, match)
		}
		return nil
	})
}

// RemoveKey removes keys by fingerprint, for one match or all.
func (s *SQLite) RemoveKey(ctx context.Context, fingerprint, match string) (int, error) {
	fpr, match := strings.ToLower(fingerprint), strings.ToLower(match)
	var removed int64
	err := s.write(ctx, 0, func(w *writer) error {
		n, err := w.exec(`DELETE FROM recipient_keys WHERE fingerprint = ? AND (? = '' OR match = ?)`, fpr, match, match)
		if err != nil {
			return fmt.Errorf("store: remove key %s: %w", fpr, err)
		}
		if n == 0 {
			return fmt.Errorf("%w: key %s", ErrNotFound, fpr)
		}
		removed = n
		return nil
	})
	return int(removed), err
}

const keyColumns = `SELECT kind, match, fingerprint, data, added FROM recipient_keys`

// Keys returns the keys for any of matches, or all keys.
func (s *SQLite) Keys(ctx context.Context, matches ...string) ([]*RecipientKey, error) {
	query, args := keyColumns, []any{}
	if len(matches) > 0 {
		query += ` WHERE match IN (?` + strings.Repeat(", ?", len(matches)-1) + `)`
		for _, m := range matches {
			args = append(args, strings.ToLower(m))
		}
	}
	ks, err := scanKeys(s.r.QueryContext(ctx, query+` ORDER BY match, fingerprint`, args...))
	if err != nil {
		return nil, fmt.Errorf("store: keys: %w", err)
	}
	return ks, nil
}

func scanKeys(rows *sql.Rows, err error) ([]*RecipientKey, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*RecipientKey
	for rows.Next() {
		k := &RecipientKey{}
		var added int64
		if err := rows.Scan(&k.Kind, &k.Match, &k.Fingerprint, &k.Data, &added); err != nil {
			return nil, err
		}
		k.Added = fromNanos(added)
		out = append(out, k)
	}
	return out, rows.Err()
}
