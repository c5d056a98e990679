package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// nanos stores a time; the zero time is stored as 0.
func nanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromNanos(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

// Enqueue stores m and its recipients, all queued with no attempt yet; a
// recipient with a zero NextAttempt is due now. It returns once the
// message is durable. An ID already queued fails with ErrExists. The store
// keeps a reference to m.Body until the write is done: do not modify it.
func (s *SQLite) Enqueue(ctx context.Context, m *Message) error {
	chunks := splitBody(m.Body)
	msg, rcpts, err := enqueueArgs(m, chunks[0], time.Now())
	if err != nil {
		return err
	}
	return s.write(ctx, len(m.Body), func(w *writer) error {
		return w.enqueue(m.ID, msg, rcpts, chunks[1:])
	})
}

// enqueueArgs checks m and converts it to statement arguments, in the
// caller's goroutine: the writer's time is the scarce one. The body's
// first chunk goes to messages.body, the others to message_chunks.
func enqueueArgs(m *Message, chunk0 []byte, now time.Time) (msg []any, rcpts [][]any, err error) {
	if m.ID == "" || len(m.Recipients) == 0 {
		return nil, nil, fmt.Errorf("store: enqueue %q: a message needs an ID and recipients", m.ID)
	}
	msg = []any{m.ID, m.From, m.Submitter, nanos(m.Received), nanos(m.Expires), m.Size, m.Level, m.RequireTLS, m.Passcode, chunk0}
	for _, r := range m.Recipients {
		methods, err := joinMethods(r.Methods)
		if err != nil {
			return nil, nil, fmt.Errorf("store: enqueue %s: %w", m.ID, err)
		}
		if r.Channel != "" && r.Channel != ChannelEmail && r.Channel != ChannelSMS {
			return nil, nil, fmt.Errorf("store: enqueue %s: recipient %d: unknown channel %q", m.ID, r.Seq, r.Channel)
		}
		next := r.NextAttempt
		if next.IsZero() {
			next = now
		}
		t := r.Pickup
		rcpts = append(rcpts, []any{m.ID, r.Seq, r.Addr, r.Domain, methods, r.Rule, t.Identity, int64(t.Expire), t.MaxViews,
			laneChannel(r.Channel), next.UnixNano()})
	}
	return msg, rcpts, nil
}

// laneChannel is the channel as stored: "" for mail however it was
// named, so that a lane is one value of the index.
func laneChannel(c string) string {
	if c == ChannelEmail {
		return ""
	}
	return c
}

// joinMethods stores a method chain as comma-separated text.
func joinMethods(ms []string) (string, error) {
	for _, m := range ms {
		if m == "" || strings.Contains(m, ",") {
			return "", fmt.Errorf("invalid method name %q", m)
		}
	}
	return strings.Join(ms, ","), nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func (w *writer) enqueue(id string, msg []any, rcpts [][]any, chunks [][]byte) error {
	n, err := w.exec(`INSERT INTO messages (id, sender, submitter, received, expires, size, level, require_tls, passcode, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`, msg...)
	if err != nil {
		return fmt.Errorf("store: enqueue %s: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("%w: message %s", ErrExists, id)
	}
	for _, r := range rcpts {
		_, err := w.exec(`INSERT INTO recipients (msg_id, seq, addr, domain, methods, rule,
			pickup_identity, pickup_expire, pickup_max_views, channel, state, attempts, next_attempt, last_error, claimed)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, '', 0)`, r...)
		if err != nil {
			return fmt.Errorf("store: enqueue %s: recipient: %w", id, err)
		}
	}
	for i, c := range chunks { // chunk 0 is in messages
		if _, err := w.exec(`INSERT INTO message_chunks (msg_id, n, data) VALUES (?, ?, ?)`, id, i+1, c); err != nil {
			return fmt.Errorf("store: enqueue %s: body: %w", id, err)
		}
	}
	return nil
}

const rcptColumns = `msg_id, seq, addr, domain, methods, rule, pickup_identity, pickup_expire, pickup_max_views,
	channel, state, attempts, next_attempt, last_error`

func scanRecipient(rows *sql.Rows) (*Recipient, error) {
	var r Recipient
	var methods string
	var next, expire int64
	err := rows.Scan(&r.MessageID, &r.Seq, &r.Addr, &r.Domain, &methods, &r.Rule,
		&r.Pickup.Identity, &expire, &r.Pickup.MaxViews, &r.Channel, &r.State, &r.Attempts, &next, &r.LastError)
	if err != nil {
		return nil, err
	}
	r.Methods, r.NextAttempt, r.Pickup.Expire = splitList(methods), fromNanos(next), time.Duration(expire)
	return &r, nil
}

func scanRecipients(rows *sql.Rows, err error) ([]*Recipient, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Recipient
	for rows.Next() {
		r, err := scanRecipient(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Claim returns up to limit queued recipients due at or before now, the
// longest due first (ties in message ID and Seq order), and in the same commit counts the attempt and leases
// them until now+lease. If ctx ends first, the claim may still be
// committed: those recipients are then retried when the lease ends.
func (s *SQLite) Claim(ctx context.Context, lane Lane, now time.Time, limit int, lease time.Duration) ([]*Recipient, error) {
	if limit <= 0 {
		return nil, nil
	}
	var out []*Recipient
	err := s.write(ctx, 0, func(w *writer) error {
		var err error
		out, err = w.claim(lane.channel(), now.UnixNano(), limit, now.Add(lease).UnixNano())
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (w *writer) claim(channel string, now int64, limit int, until int64) ([]*Recipient, error) {
	rs, err := scanRecipients(w.query(`SELECT `+rcptColumns+` FROM recipients
		WHERE state = 'queued' AND channel = ? AND next_attempt <= ? ORDER BY next_attempt, msg_id, seq LIMIT ?`, channel, now, limit))
	if err != nil {
		return nil, fmt.Errorf("store: claim: %w", err)
	}
	for _, r := range rs {
		_, err := w.exec(`UPDATE recipients SET attempts = attempts + 1, next_attempt = ?, claimed = 1
			WHERE msg_id = ? AND seq = ?`, until, r.MessageID, r.Seq)
		if err != nil {
			return nil, fmt.Errorf("store: claim: %w", err)
		}
		r.Attempts++
		r.NextAttempt = fromNanos(until)
	}
	return rs, nil
}

// Recover makes every claimed recipient due at now: the embedded store
// serves one node, and when that node starts none of its attempts is in
// flight.
func (s *SQLite) Recover(ctx context.Context, now time.Time) (int, error) {
	var n int64
	err := s.write(ctx, 0, func(w *writer) error {
		var err error
		n, err = w.exec(`UPDATE recipients SET claimed = 0, next_attempt = ?
			WHERE claimed = 1 AND state = 'queued'`, now.UnixNano())
		if err != nil {
			return fmt.Errorf("store: recover: %w", err)
		}
		return nil
	})
	return int(n), err
}

// Update records attempt outcomes in one commit and removes the messages
// left with no queued recipient. Updates of recipients that no longer
// exist (message deleted meanwhile) are ignored. A queued recipient with a
// zero NextAttempt is due now.
func (s *SQLite) Update(ctx context.Context, us []Update) error {
	args, ids, err := updateArgs(us, time.Now())
	if err != nil || len(args) == 0 {
		return err
	}
	return s.write(ctx, 0, func(w *writer) error { return w.update(args, ids) })
}

func updateArgs(us []Update, now time.Time) (args [][]any, ids []string, err error) {
	seen := map[string]bool{}
	for _, u := range us {
		switch u.State {
		case StateQueued, StateDelivered, StateFailed:
		default:
			return nil, nil, fmt.Errorf("store: update %s/%d: unknown state %q", u.MessageID, u.Seq, u.State)
		}
		next := u.NextAttempt
		if next.IsZero() && u.State == StateQueued {
			next = now
		}
		args = append(args, []any{string(u.State), nanos(next), u.LastError, u.MessageID, u.Seq})
		if !seen[u.MessageID] {
			seen[u.MessageID] = true
			ids = append(ids, u.MessageID)
		}
	}
	return args, ids, nil
}

func (w *writer) update(args [][]any, ids []string) error {
	for _, a := range args {
		_, err := w.exec(`UPDATE recipients SET state = ?, next_attempt = ?, last_error = ?, claimed = 0
			WHERE msg_id = ? AND seq = ?`, a...)
		if err != nil {
			return fmt.Errorf("store: update: %w", err)
		}
	}
	for _, id := range ids {
		if err := w.removeIfDone(id); err != nil {
			return fmt.Errorf("store: update: remove %s: %w", id, err)
		}
	}
	return nil
}

func (w *writer) removeIfDone(id string) error {
	n, err := w.exec(`DELETE FROM messages WHERE id = ? AND NOT EXISTS
		(SELECT 1 FROM recipients WHERE msg_id = ? AND state = 'queued')`, id, id)
	if err != nil || n == 0 {
		return err
	}
	if _, err = w.exec(`DELETE FROM recipients WHERE msg_id = ?`, id); err != nil {
		return err
	}
	_, err = w.exec(`DELETE FROM message_chunks WHERE msg_id = ?`, id)
	return err
}

// NextDue returns the earliest next attempt of a queued recipient.
func (s *SQLite) NextDue(ctx context.Context, lane Lane) (time.Time, bool, error) {
	var next sql.NullInt64
	err := s.r.QueryRowContext(ctx, `SELECT MIN(next_attempt) FROM recipients WHERE state = 'queued' AND channel = ?`,
		lane.channel()).Scan(&next)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: next due: %w", err)
	}
	if !next.Valid {
		return time.Time{}, false, nil
	}
	return time.Unix(0, next.Int64), true, nil
}

// readTx runs f in a read transaction: one consistent snapshot.
func (s *SQLite) readTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer tx.Rollback()
	return f(tx)
}

// Message returns a message with its recipients in Seq order, without
// its body: Body streams that.
func (s *SQLite) Message(ctx context.Context, id string) (*Message, error) {
	var m *Message
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		if m, err = readMessage(ctx, tx, id); err != nil {
			return err
		}
		m.Recipients, err = scanRecipients(tx.QueryContext(ctx,
			`SELECT `+rcptColumns+` FROM recipients WHERE msg_id = ? ORDER BY seq`, id))
		if err != nil {
			return fmt.Errorf("store: message %s: %w", id, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

func readMessage(ctx context.Context, tx *sql.Tx, id string) (*Message, error) {
	m := &Message{ID: id}
	var received, expires int64
	err := tx.QueryRowContext(ctx, `SELECT sender, submitter, received, expires, size, level, require_tls, passcode
		FROM messages WHERE id = ?`, id).Scan(&m.From, &m.Submitter, &received, &expires, &m.Size, &m.Level, &m.RequireTLS, &m.Passcode)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: message %s", ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: message %s: %w", id, err)
	}
	m.Received, m.Expires = fromNanos(received), fromNanos(expires)
	return m, nil
}

// Messages lists queued messages with their recipients but without
// bodies, oldest first; limit <= 0 lists them all.
func (s *SQLite) Messages(ctx context.Context, limit int) ([]*Message, error) {
	if limit <= 0 {
		limit = -1 // no limit in SQLite
	}
	var out []*Message
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		if out, err = listMessages(ctx, tx, limit); err != nil {
			return fmt.Errorf("store: messages: %w", err)
		}
		if err = attachRecipients(ctx, tx, out, limit); err != nil {
			return fmt.Errorf("store: messages: %w", err)
		}
		return nil
	})
	return out, err
}

const oldestMessages = `FROM messages ORDER BY received, id LIMIT ?`

func listMessages(ctx context.Context, tx *sql.Tx, limit int) ([]*Message, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, sender, submitter, received, expires, size, level `+oldestMessages, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Message
	for rows.Next() {
		m := &Message{}
		var received, expires int64
		if err := rows.Scan(&m.ID, &m.From, &m.Submitter, &received, &expires, &m.Size, &m.Level); err != nil {
			return nil, err
		}
		m.Received, m.Expires = fromNanos(received), fromNanos(expires)
		out = append(out, m)
	}
	return out, rows.Err()
}

// attachRecipients loads the recipients of the listed messages in one
// query (same snapshot, same LIMIT).
func attachRecipients(ctx context.Context, tx *sql.Tx, ms []*Message, limit int) error {
	rs, err := scanRecipients(tx.QueryContext(ctx, `SELECT `+rcptColumns+` FROM recipients
		WHERE msg_id IN (SELECT id `+oldestMessages+`) ORDER BY msg_id, seq`, limit))
	if err != nil {
		return err
	}
	byID := make(map[string]*Message, len(ms))
	for _, m := range ms {
		byID[m.ID] = m
	}
	for _, r := range rs {
		if m := byID[r.MessageID]; m != nil {
			m.Recipients = append(m.Recipients, r)
		}
	}
	return nil
}
