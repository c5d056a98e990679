package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
)

// AddUser adds an account; a name already used fails with ErrExists.
// MaySendAs is stored as a JSON array.
func (s *SQLite) AddUser(ctx context.Context, u *User) error {
	if u.Name == "" || u.Hash == "" {
		return errors.New("store: add user: a user needs a name and a password hash")
	}
	may, err := json.Marshal(u.MaySendAs)
	if err != nil {
		return fmt.Errorf("store: add user %s: %w", u.Name, err)
	}
	name, hash, created := u.Name, u.Hash, nanos(u.Created)
	return s.write(ctx, 0, func(w *writer) error {
		n, err := w.exec(`INSERT INTO users (name, hash, may_send_as, created) VALUES (?, ?, ?, ?)
			ON CONFLICT (name) DO NOTHING`, name, hash, string(may), created)
		if err != nil {
			return fmt.Errorf("store: add user %s: %w", name, err)
		}
		if n == 0 {
			return fmt.Errorf("%w: user %s", ErrExists, name)
		}
		return nil
	})
}

// RemoveUser deletes an account; an unknown name fails with ErrNotFound.
func (s *SQLite) RemoveUser(ctx context.Context, name string) error {
	return s.write(ctx, 0, func(w *writer) error {
		n, err := w.exec(`DELETE FROM users WHERE name = ?`, name)
		if err != nil {
			return fmt.Errorf("store: remove user %s: %w", name, err)
		}
		if n == 0 {
			return fmt.Errorf("%w: user %s", ErrNotFound, name)
		}
		return nil
	})
}

const userColumns = `SELECT name, hash, may_send_as, created FROM users`

// User returns one account, or ErrNotFound.
func (s *SQLite) User(ctx context.Context, name string) (*User, error) {
	rows, err := s.r.QueryContext(ctx, userColumns+` WHERE name = ?`, name)
	us, err := scanUsers(rows, err)
	if err != nil {
		return nil, fmt.Errorf("store: user %s: %w", name, err)
	}
	if len(us) == 0 {
		return nil, fmt.Errorf("%w: user %s", ErrNotFound, name)
	}
	return us[0], nil
}

// Users lists the accounts by name.
func (s *SQLite) Users(ctx context.Context) ([]*User, error) {
	us, err := scanUsers(s.r.QueryContext(ctx, userColumns+` ORDER BY name`))
	if err != nil {
		return nil, fmt.Errorf("store: users: %w", err)
	}
	return us, nil
}

func scanUsers(rows *sql.Rows, err error) ([]*User, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*User
	for rows.Next() {
		u := &User{}
		var may string
		var created int64
		if err := rows.Scan(&u.Name, &u.Hash, &may, &created); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(may), &u.MaySendAs); err != nil {
			return nil, fmt.Errorf("user %s: may_send_as: %w", u.Name, err)
		}
		u.Created = fromNanos(created)
		out = append(out, u)
	}
	return out, rows.Err()
}
