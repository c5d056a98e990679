package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"time"

	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// SQLite is the embedded engine. All writes go through one writer
// goroutine that runs every request pending at that moment in a single
// transaction and commits once (group commit): one fsync answers many
// callers, which is what lets the relay acknowledge each message only once
// it is durable without one fsync per message.
type SQLite struct {
	w      *sql.DB // one connection, owned by the writer goroutine
	r      *sql.DB // readers
	logger *slog.Logger
	reqs   chan *writeReq
	done   chan struct{}
	stmts  map[string]*sql.Stmt // prepared in the current batch's transaction (writer goroutine only)
}

var _ Store = (*SQLite)(nil)

type writeReq struct {
	op  func(ctx context.Context, tx *sql.Tx) error
	ctx context.Context
	err chan error
}

const schema = `
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
	id TEXT PRIMARY KEY, sender TEXT NOT NULL, submitter TEXT NOT NULL,
	received INTEGER NOT NULL, expires INTEGER NOT NULL, size INTEGER NOT NULL,
	level TEXT NOT NULL, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS recipients (
	msg_id TEXT NOT NULL, seq INTEGER NOT NULL, addr TEXT NOT NULL, domain TEXT NOT NULL,
	methods TEXT NOT NULL, rule TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL,
	next_attempt INTEGER NOT NULL, last_error TEXT NOT NULL, claimed INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (msg_id, seq));
CREATE INDEX IF NOT EXISTS recipients_due ON recipients (state, next_attempt);
CREATE TABLE IF NOT EXISTS users (
	name TEXT PRIMARY KEY, hash TEXT NOT NULL, may_send_as TEXT NOT NULL, created INTEGER NOT NULL);
`

const schemaVersion = 1

// OpenSQLite opens (creating if needed) the database at path.
func OpenSQLite(path string, logger *slog.Logger) (*SQLite, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if err := createFile(path); err != nil {
		return nil, err
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=busy_timeout(10000)&_txlock=immediate"
	w, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	r.SetMaxOpenConns(4)
	s := &SQLite{w: w, r: r, logger: logger, reqs: make(chan *writeReq, 1024), done: make(chan struct{}),
		stmts: map[string]*sql.Stmt{}}
	if err := s.migrate(); err != nil {
		w.Close()
		r.Close()
		return nil, err
	}
	go s.writer()
	return s, nil
}

// createFile makes the database file 0600 before SQLite creates it with
// the umask's mode.
func createFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return f.Close()
}

func (s *SQLite) migrate() error {
	if _, err := s.w.Exec(schema); err != nil {
		return fmt.Errorf("store: schema: %w", err)
	}
	var v int
	err := s.w.QueryRow(`SELECT version FROM schema_version`).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		_, err = s.w.Exec(`INSERT INTO schema_version VALUES (?)`, schemaVersion)
	case err == nil && v > schemaVersion:
		err = fmt.Errorf("database schema %d is newer than this build (%d)", v, schemaVersion)
	}
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}

// write hands op to the writer and waits until its batch is committed. A
// caller whose ctx ends while waiting gets ctx.Err(); its op may still
// have been committed (as with any database whose reply is lost).
func (s *SQLite) write(ctx context.Context, op func(context.Context, *sql.Tx) error) error {
	r := &writeReq{op: op, ctx: ctx, err: make(chan error, 1)}
	select {
	case s.reqs <- r:
	case <-s.done:
		return errors.New("store: closed")
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-r.err:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *SQLite) writer() {
	defer close(s.done)
	for r := range s.reqs {
		batch := []*writeReq{r}
	more:
		for len(batch) < 512 {
			select {
			case r, ok := <-s.reqs:
				if !ok {
					break more
				}
				batch = append(batch, r)
			default:
				break more
			}
		}
		s.commit(batch)
	}
}

// commit runs a batch in one transaction; each request in its own
// savepoint, so that one failing request does not fail the others.
func (s *SQLite) commit(batch []*writeReq) {
	errs := make([]error, len(batch))
	ctx := context.Background()
	tx, err := s.w.BeginTx(ctx, nil)
	if err == nil {
		for i, r := range batch {
			errs[i] = s.runOne(ctx, tx, r)
		}
		err = tx.Commit()
		clear(s.stmts) // closed with the transaction
	}
	if err != nil {
		err = fmt.Errorf("store: commit: %w", err)
		s.logger.Error("store commit failed", "err", err, "batch", len(batch))
	}
	for i, r := range batch {
		if err != nil {
			errs[i] = err
		}
		r.err <- errs[i]
	}
}

func (s *SQLite) runOne(ctx context.Context, tx *sql.Tx, r *writeReq) error {
	if r.ctx.Err() != nil {
		return r.ctx.Err()
	}
	if _, err := s.exec(ctx, tx, `SAVEPOINT op`); err != nil {
		return err
	}
	if err := r.op(ctx, tx); err != nil {
		s.exec(ctx, tx, `ROLLBACK TO op`)
		s.exec(ctx, tx, `RELEASE op`)
		return err
	}
	_, err := s.exec(ctx, tx, `RELEASE op`)
	return err
}

// stmt returns query prepared once per batch: parsing SQL for every
// statement of every request was a tenth of the relay's CPU. (Statements
// are prepared on the transaction: the write pool has one connection, and
// the transaction holds it.)
func (s *SQLite) stmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	if st, ok := s.stmts[query]; ok {
		return st, nil
	}
	st, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	s.stmts[query] = st
	return st, nil
}

func (s *SQLite) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (s *SQLite) query(ctx context.Context, tx *sql.Tx, query string, args ...any) (*sql.Rows, error) {
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (s *SQLite) queryRow(ctx context.Context, tx *sql.Tx, query string, args ...any) *sql.Row {
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return tx.QueryRowContext(ctx, query, args...) // reports the same error on Scan
	}
	return st.QueryRowContext(ctx, args...)
}

// Enqueue stores m and its recipients.
func (s *SQLite) Enqueue(ctx context.Context, m *Message) error {
	return s.write(ctx, func(ctx context.Context, tx *sql.Tx) error {
		_, err := s.exec(ctx, tx, `INSERT INTO messages VALUES (?,?,?,?,?,?,?,?)`,
			m.ID, m.From, m.Submitter, m.Received.UnixNano(), m.Expires.UnixNano(), m.Size, m.Level, m.Body)
		if err != nil {
			return fmt.Errorf("store: enqueue %s: %w", m.ID, err)
		}
		for _, r := range m.Recipients {
			_, err := s.exec(ctx, tx, `INSERT INTO recipients VALUES (?,?,?,?,?,?,?,?,?,?,0)`,
				m.ID, r.Seq, r.Addr, r.Domain, strings.Join(r.Methods, ","), r.Rule, StateQueued, 0,
				r.NextAttempt.UnixNano(), "")
			if err != nil {
				return fmt.Errorf("store: enqueue %s: %w", m.ID, err)
			}
		}
		return nil
	})
}

const rcptColumns = `msg_id, seq, addr, domain, methods, rule, state, attempts, next_attempt, last_error`

type scanner interface{ Scan(...any) error }

func scanRecipient(sc scanner) (*Recipient, error) {
	var r Recipient
	var methods string
	var next int64
	err := sc.Scan(&r.MessageID, &r.Seq, &r.Addr, &r.Domain, &methods, &r.Rule, &r.State,
		&r.Attempts, &next, &r.LastError)
	if err != nil {
		return nil, err
	}
	if methods != "" {
		r.Methods = strings.Split(methods, ",")
	}
	r.NextAttempt = time.Unix(0, next)
	return &r, nil
}

// Claim returns due recipients and leases them.
func (s *SQLite) Claim(ctx context.Context, now time.Time, limit int, lease time.Duration) ([]*Recipient, error) {
	var out []*Recipient
	err := s.write(ctx, func(ctx context.Context, tx *sql.Tx) error {
		out = nil
		rows, err := s.query(ctx, tx, `SELECT `+rcptColumns+` FROM recipients
			WHERE state = ? AND next_attempt <= ? ORDER BY next_attempt LIMIT ?`, StateQueued, now.UnixNano(), limit)
		if err != nil {
			return err
		}
		for rows.Next() {
			r, err := scanRecipient(rows)
			if err != nil {
				rows.Close()
				return err
			}
			out = append(out, r)
		}
		rows.Close()
		return s.lease(ctx, tx, out, now.Add(lease))
	})
	if err != nil { // the op may still run: its claims lapse with the lease
		return nil, err
	}
	return out, nil
}

func (s *SQLite) lease(ctx context.Context, tx *sql.Tx, rs []*Recipient, until time.Time) error {
	for _, r := range rs {
		r.Attempts++
		r.NextAttempt = until
		_, err := s.exec(ctx, tx, `UPDATE recipients SET attempts = ?, next_attempt = ?, claimed = 1 WHERE msg_id = ? AND seq = ?`,
			r.Attempts, until.UnixNano(), r.MessageID, r.Seq)
		if err != nil {
			return err
		}
	}
	return nil
}

// Recover releases every claim: the embedded store has one node, and at
// its start no attempt of it is in flight.
func (s *SQLite) Recover(ctx context.Context, now time.Time) (int, error) {
	var n int64
	err := s.write(ctx, func(ctx context.Context, tx *sql.Tx) error {
		res, err := s.exec(ctx, tx, `UPDATE recipients SET claimed = 0, next_attempt = ? WHERE claimed = 1 AND state = ?`,
			now.UnixNano(), StateQueued)
		if err == nil {
			n, err = res.RowsAffected()
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	return int(n), nil
}

// NextDue returns the earliest next attempt of a queued recipient.
func (s *SQLite) NextDue(ctx context.Context) (time.Time, bool, error) {
	var next sql.NullInt64
	err := s.r.QueryRowContext(ctx, `SELECT MIN(next_attempt) FROM recipients WHERE state = ?`, StateQueued).Scan(&next)
	if err != nil || !next.Valid {
		return time.Time{}, false, err
	}
	return time.Unix(0, next.Int64), true, nil
}

// Message returns a message with its body and recipients.
func (s *SQLite) Message(ctx context.Context, id string) (*Message, error) {
	m := &Message{ID: id}
	var received, expires int64
	err := s.r.QueryRowContext(ctx, `SELECT sender, submitter, received, expires, size, level, body
		FROM messages WHERE id = ?`, id).Scan(&m.From, &m.Submitter, &received, &expires, &m.Size, &m.Level, &m.Body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	m.Received, m.Expires = time.Unix(0, received), time.Unix(0, expires)
	m.Recipients, err = s.recipients(ctx, id)
	return m, err
}

func (s *SQLite) recipients(ctx context.Context, id string) ([]*Recipient, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+rcptColumns+` FROM recipients WHERE msg_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	var out []*Recipient
	for rows.Next() {
		r, err := scanRecipient(rows)
		if err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Update records attempt outcomes and removes finished messages.
func (s *SQLite) Update(ctx context.Context, us []Update) error {
	return s.write(ctx, func(ctx context.Context, tx *sql.Tx) error {
		ids := map[string]bool{}
		for _, u := range us {
			_, err := s.exec(ctx, tx, `UPDATE recipients SET state = ?, next_attempt = ?, last_error = ?, claimed = 0
				WHERE msg_id = ? AND seq = ?`, u.State, u.NextAttempt.UnixNano(), u.LastError, u.MessageID, u.Seq)
			if err != nil {
				return fmt.Errorf("store: update: %w", err)
			}
			ids[u.MessageID] = true
		}
		for id := range ids {
			if err := s.removeIfDone(ctx, tx, id); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *SQLite) removeIfDone(ctx context.Context, tx *sql.Tx, id string) error {
	var pending int
	err := s.queryRow(ctx, tx, `SELECT COUNT(*) FROM recipients WHERE msg_id = ? AND state = ?`, id, StateQueued).Scan(&pending)
	if err != nil || pending > 0 {
		return err
	}
	if _, err := s.exec(ctx, tx, `DELETE FROM recipients WHERE msg_id = ?`, id); err != nil {
		return err
	}
	_, err = s.exec(ctx, tx, `DELETE FROM messages WHERE id = ?`, id)
	return err
}

// Messages lists queued messages without bodies, oldest first.
func (s *SQLite) Messages(ctx context.Context, limit int) ([]*Message, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, sender, submitter, received, expires, size, level
		FROM messages ORDER BY received LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	var out []*Message
	for rows.Next() {
		m := &Message{}
		var received, expires int64
		if err := rows.Scan(&m.ID, &m.From, &m.Submitter, &received, &expires, &m.Size, &m.Level); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: %w", err)
		}
		m.Received, m.Expires = time.Unix(0, received), time.Unix(0, expires)
		out = append(out, m)
	}
	rows.Close()
	for _, m := range out {
		if m.Recipients, err = s.recipients(ctx, m.ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// AddUser adds an account.
func (s *SQLite) AddUser(ctx context.Context, u *User) error {
	return s.write(ctx, func(ctx context.Context, tx *sql.Tx) error {
		_, err := s.exec(ctx, tx, `INSERT INTO users VALUES (?,?,?,?)`,
			u.Name, u.Hash, strings.Join(u.MaySendAs, ","), u.Created.UnixNano())
		if isConstraint(err) {
			return fmt.Errorf("%w: user %s", ErrExists, u.Name)
		}
		return err
	})
}

func isConstraint(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT
}

// User returns one account.
func (s *SQLite) User(ctx context.Context, name string) (*User, error) {
	u := &User{}
	var may string
	var created int64
	err := s.r.QueryRowContext(ctx, `SELECT name, hash, may_send_as, created FROM users WHERE name = ?`, name).
		Scan(&u.Name, &u.Hash, &may, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	u.MaySendAs, u.Created = splitList(may), time.Unix(0, created)
	return u, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// Users lists the accounts by name.
func (s *SQLite) Users(ctx context.Context) ([]*User, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT name, hash, may_send_as, created FROM users ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	var out []*User
	for rows.Next() {
		u := &User{}
		var may string
		var created int64
		if err := rows.Scan(&u.Name, &u.Hash, &may, &created); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		u.MaySendAs, u.Created = splitList(may), time.Unix(0, created)
		out = append(out, u)
	}
	return out, rows.Err()
}

// RemoveUser deletes an account.
func (s *SQLite) RemoveUser(ctx context.Context, name string) error {
	return s.write(ctx, func(ctx context.Context, tx *sql.Tx) error {
		res, err := s.exec(ctx, tx, `DELETE FROM users WHERE name = ?`, name)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("%w: user %s", ErrNotFound, name)
		}
		return nil
	})
}

// Close commits what is pending and closes the database.
func (s *SQLite) Close() error {
	close(s.reqs)
	<-s.done
	return errors.Join(s.r.Close(), s.w.Close())
}
