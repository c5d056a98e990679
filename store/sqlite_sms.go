package store

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

var _ SMSStore = (*SQLite)(nil)

// smsRankSQL is the rank of the stored status (see smsStatusRanks), as
// an SQL expression, so that SetSMSStatus compares ranks in its UPDATE.
var smsRankSQL = func() string {
	var b strings.Builder
	b.WriteString("CASE status")
	for _, st := range slices.Sorted(maps.Keys(smsStatusRanks)) {
		fmt.Fprintf(&b, " WHEN '%s' THEN %d", st, smsStatusRanks[st])
	}
	b.WriteString(" ELSE 0 END")
	return b.String()
}()

const smsColumns = `sid, msg_id, rcpt, sender, status, error_code, sent, updated`

// scanSMSSent reads the one row of a query of smsColumns, if any.
func scanSMSSent(rows *sql.Rows, err error) (s *SMSSent, found bool, _ error) {
	if err != nil {
		return nil, false, err
	}
	s = &SMSSent{}
	var sent, updated int64
	found, err = scanOne(rows, &s.SID, &s.MessageID, &s.Recipient, &s.Sender, &s.Status, &s.ErrorCode, &sent, &updated)
	if !found || err != nil {
		return nil, found, err
	}
	s.Sent, s.Updated = fromNanos(sent), fromNanos(updated)
	return s, true, nil
}

// AddSMSSent stores a text Twilio accepted. Its status must be one of
// Twilio's (see smsStatusRanks): an unknown one could not be ranked
// against the callbacks'.
func (s *SQLite) AddSMSSent(ctx context.Context, t SMSSent) error {
	if t.SID == "" || t.MessageID == "" || t.Recipient == "" || t.Status == "" || t.Sent.IsZero() {
		return fmt.Errorf("store: add sms %q: a text needs a SID, a message ID, a recipient, a status and a time", t.SID)
	}
	if smsStatusRanks[t.Status] == 0 {
		return fmt.Errorf("store: add sms %s: unknown status %q", t.SID, t.Status)
	}
	return s.write(ctx, 0, func(w *writer) error {
		n, err := w.exec(`INSERT INTO sms_sent (`+smsColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (sid) DO NOTHING`,
			t.SID, t.MessageID, t.Recipient, t.Sender, t.Status, t.ErrorCode, nanos(t.Sent), nanos(t.Updated))
		if err != nil {
			return fmt.Errorf("store: add sms %s: %w", t.SID, err)
		}
		if n == 0 {
			return fmt.Errorf("%w: sms %s", ErrExists, t.SID)
		}
		return nil
	})
}

// SetSMSStatus replaces the status in one UPDATE whose WHERE compares
// the ranks, so that of concurrent callbacks the highest wins whatever
// their order; when it changes nothing, the row is read in the same
// write.
func (s *SQLite) SetSMSStatus(ctx context.Context, sid, status string, errorCode int, at time.Time) (*SMSSent, bool, error) {
	rank := smsStatusRanks[status]
	switch {
	case rank == 0:
		return nil, false, fmt.Errorf("store: sms %s: unknown status %q", sid, status)
	case at.IsZero():
		return nil, false, fmt.Errorf("store: sms %s: status without a time", sid)
	}
	var row *SMSSent
	var changed bool
	err := s.write(ctx, 0, func(w *writer) error {
		var err error
		row, changed, err = w.setSMSStatus(sid, status, errorCode, at.UnixNano(), rank)
		return err
	})
	if err != nil {
		return nil, false, err
	}
	return row, changed, nil
}

func (w *writer) setSMSStatus(sid, status string, errorCode int, at int64, rank int) (*SMSSent, bool, error) {
	row, changed, err := scanSMSSent(w.query(`UPDATE sms_sent SET status = ?, error_code = ?, updated = ?
		WHERE sid = ? AND `+smsRankSQL+` < ? RETURNING `+smsColumns, status, errorCode, at, sid, rank))
	if err != nil {
		return nil, false, fmt.Errorf("store: sms %s: set status: %w", sid, err)
	}
	if changed {
		return row, true, nil
	}
	row, found, err := scanSMSSent(w.query(`SELECT `+smsColumns+` FROM sms_sent WHERE sid = ?`, sid))
	switch {
	case err != nil:
		return nil, false, fmt.Errorf("store: sms %s: set status: %w", sid, err)
	case !found:
		return nil, false, fmt.Errorf("%w: sms %s", ErrNotFound, sid)
	}
	return row, false, nil
}

// SMSSent returns the text with this SID.
func (s *SQLite) SMSSent(ctx context.Context, sid string) (*SMSSent, error) {
	row, found, err := scanSMSSent(s.r.QueryContext(ctx, `SELECT `+smsColumns+` FROM sms_sent WHERE sid = ?`, sid))
	switch {
	case err != nil:
		return nil, fmt.Errorf("store: sms %s: %w", sid, err)
	case !found:
		return nil, fmt.Errorf("%w: sms %s", ErrNotFound, sid)
	}
	return row, nil
}
