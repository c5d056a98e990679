package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
)

// AddAPIKey adds an API key; a name or ID already used fails with
// ErrExists. MaySendAs is stored as a JSON array, as users'.
func (s *SQLite) AddAPIKey(ctx context.Context, k *APIKey) error {
	if k.ID == "" || k.Name == "" || len(k.Hash) == 0 || len(k.MaySendAs) == 0 || slices.Contains(k.MaySendAs, "") {
		return errors.New("store: add api key: a key needs an ID, a name, a hash and sender patterns")
	}
	may, err := json.Marshal(k.MaySendAs)
	if err != nil {
		return fmt.Errorf("store: add api key %s: %w", k.Name, err)
	}
	row := []any{k.ID, k.Name, slices.Clone(k.Hash), string(may), nanos(k.Created)}
	id, name := k.ID, k.Name
	return s.write(ctx, 0, func(w *writer) error {
		n, err := w.exec(`INSERT INTO api_keys (id, name, hash, may_send_as, created) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, row...)
		if err != nil {
			return fmt.Errorf("store: add api key %s: %w", name, err)
		}
		if n == 0 {
			return w.apiKeyExists(name, id)
		}
		return nil
	})
}

// apiKeyExists says which of name and id is taken.
func (w *writer) apiKeyExists(name, id string) error {
	rows, err := w.query(`SELECT 1 FROM api_keys WHERE name = ?`, name)
	if err != nil {
		return fmt.Errorf("store: add api key %s: %w", name, err)
	}
	var one int
	byName, err := scanOne(rows, &one)
	switch {
	case err != nil:
		return fmt.Errorf("store: add api key %s: %w", name, err)
	case byName:
		return fmt.Errorf("%w: api key %s", ErrExists, name)
	}
	return fmt.Errorf("%w: api key ID %s", ErrExists, id)
}

// RemoveAPIKey deletes an API key by name; an unknown name fails with
// ErrNotFound.
func (s *SQLite) RemoveAPIKey(ctx context.Context, name string) error {
	return s.write(ctx, 0, func(w *writer) error {
		n, err := w.exec(`DELETE FROM api_keys WHERE name = ?`, name)
		if err != nil {
			return fmt.Errorf("store: remove api key %s: %w", name, err)
		}
		if n == 0 {
			return fmt.Errorf("%w: api key %s", ErrNotFound, name)
		}
		return nil
	})
}

const apiKeyColumns = `SELECT id, name, hash, may_send_as, created FROM api_keys`

// APIKey returns the API key with this ID, or ErrNotFound.
func (s *SQLite) APIKey(ctx context.Context, id string) (*APIKey, error) {
	rows, err := s.r.QueryContext(ctx, apiKeyColumns+` WHERE id = ?`, id)
	ks, err := scanAPIKeys(rows, err)
	if err != nil {
		return nil, fmt.Errorf("store: api key ID %s: %w", id, err)
	}
	if len(ks) == 0 {
		return nil, fmt.Errorf("%w: api key ID %s", ErrNotFound, id)
	}
	return ks[0], nil
}

// APIKeys lists the API keys by name.
func (s *SQLite) APIKeys(ctx context.Context) ([]*APIKey, error) {
	ks, err := scanAPIKeys(s.r.QueryContext(ctx, apiKeyColumns+` ORDER BY name`))
	if err != nil {
		return nil, fmt.Errorf("store: api keys: %w", err)
	}
	return ks, nil
}

func scanAPIKeys(rows *sql.Rows, err error) ([]*APIKey, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*APIKey
	for rows.Next() {
		k := &APIKey{}
		var may string
		var created int64
		if err := rows.Scan(&k.ID, &k.Name, &k.Hash, &may, &created); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(may), &k.MaySendAs); err != nil {
			return nil, fmt.Errorf("api key %s: may_send_as: %w", k.Name, err)
		}
		k.Created = fromNanos(created)
		out = append(out, k)
	}
	return out, rows.Err()
}
