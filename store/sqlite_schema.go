package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// migrations[i] takes the schema from version i to version i+1. Append
// only: a released migration is never edited.
//
// Times are unix nanoseconds. recipients.claimed marks a recipient leased
// by Claim whose outcome is not yet recorded (see Recover). The partial
// index serves Claim and NextDue; the queries repeat its WHERE literally so
// that SQLite can use it.
var migrations = []string{
	`CREATE TABLE messages (
		id        TEXT PRIMARY KEY,
		sender    TEXT NOT NULL,
		submitter TEXT NOT NULL,
		received  INTEGER NOT NULL,
		expires   INTEGER NOT NULL,
		size      INTEGER NOT NULL,
		level     TEXT NOT NULL,
		body      BLOB NOT NULL);
	CREATE INDEX messages_received ON messages (received, id);
	CREATE TABLE recipients (
		msg_id       TEXT NOT NULL,
		seq          INTEGER NOT NULL,
		addr         TEXT NOT NULL,
		domain       TEXT NOT NULL,
		methods      TEXT NOT NULL,
		rule         TEXT NOT NULL,
		state        TEXT NOT NULL,
		attempts     INTEGER NOT NULL,
		next_attempt INTEGER NOT NULL,
		last_error   TEXT NOT NULL,
		claimed      INTEGER NOT NULL,
		PRIMARY KEY (msg_id, seq)) WITHOUT ROWID;
	CREATE INDEX recipients_due ON recipients (next_attempt) WHERE state = 'queued';
	CREATE TABLE users (
		name        TEXT PRIMARY KEY,
		hash        TEXT NOT NULL,
		may_send_as TEXT NOT NULL,
		created     INTEGER NOT NULL);`,
	`CREATE TABLE recipient_keys (
		kind        TEXT NOT NULL,
		match       TEXT NOT NULL,
		fingerprint TEXT NOT NULL,
		data        BLOB NOT NULL,
		added       INTEGER NOT NULL,
		PRIMARY KEY (match, kind, fingerprint)) WITHOUT ROWID;
	CREATE INDEX recipient_keys_fpr ON recipient_keys (fingerprint);`,
	`ALTER TABLE messages ADD COLUMN require_tls INTEGER NOT NULL DEFAULT 0;`,
	// Bodies in chunks (see bodyChunk), so that delivery reads a message
	// a chunk at a time: chunk 0 stays in messages.body (a small message
	// is one row, as before, and a body queued before this version is
	// read as it was), chunks 1 and on are here. A rowid table: large
	// rows do not belong in a WITHOUT ROWID b-tree.
	`CREATE TABLE message_chunks (
		msg_id TEXT NOT NULL,
		n      INTEGER NOT NULL,
		data   BLOB NOT NULL);
	CREATE UNIQUE INDEX message_chunks_msg ON message_chunks (msg_id, n);`,
	// Pickups (see sqlite_pickup.go). Chunk 0 of the sealed body is in
	// pickups.body, chunks 1 to chunks-1 in pickup_chunks: a table of
	// their own, since a pickup's body goes at purge while its row stays,
	// and message_chunks belongs to the queue's lifecycle. body is NULL
	// once purged. revoked and purged are 0 while not. The partial indexes
	// serve the two halves of PurgePickups: expired, revoked.
	`CREATE TABLE pickups (
		id         TEXT PRIMARY KEY,
		msg_id     TEXT NOT NULL,
		recipient  TEXT NOT NULL,
		sender     TEXT NOT NULL,
		token_hash BLOB NOT NULL,
		created    INTEGER NOT NULL,
		expires    INTEGER NOT NULL,
		max_views  INTEGER NOT NULL,
		views      INTEGER NOT NULL,
		failures   INTEGER NOT NULL,
		locked     INTEGER NOT NULL,
		revoked    INTEGER NOT NULL,
		purged     INTEGER NOT NULL,
		chunks     INTEGER NOT NULL,
		body       BLOB);
	CREATE UNIQUE INDEX pickups_token ON pickups (token_hash);
	CREATE INDEX pickups_held ON pickups (expires) WHERE purged = 0;
	CREATE INDEX pickups_revoked ON pickups (revoked) WHERE purged = 0 AND revoked != 0;
	CREATE TABLE pickup_chunks (
		pickup_id TEXT NOT NULL,
		n         INTEGER NOT NULL,
		data      BLOB NOT NULL);
	CREATE UNIQUE INDEX pickup_chunks_pickup ON pickup_chunks (pickup_id, n);`,
	// One-time codes of the portal's identity check (see
	// sqlite_pickup_code.go): at most one per pickup, only its hash.
	`CREATE TABLE pickup_codes (
		pickup_id TEXT PRIMARY KEY,
		hash      BLOB NOT NULL,
		expires   INTEGER NOT NULL) WITHOUT ROWID;`,
	// When a pickup's last view was counted, so that the purge drops the
	// body of one viewed as often as allowed once the portal's session
	// that counted the last view is done with it. 0 for none (and for
	// views counted before this version: such a pickup goes at the next
	// purge). The partial index serves that third part of PurgePickups.
	`ALTER TABLE pickups ADD COLUMN viewed INTEGER NOT NULL DEFAULT 0;
	CREATE INDEX pickups_used ON pickups (viewed) WHERE purged = 0 AND views >= max_views;`,
	// Expired codes go when a new code is made (see SetPickupCode): the
	// index finds them without a scan.
	`CREATE INDEX pickup_codes_expires ON pickup_codes (expires);`,
	// Consent for texts, one row per E.164 number (see sqlite_consent.go).
	`CREATE TABLE sms_consent (
		number       TEXT PRIMARY KEY,
		opted_in     INTEGER NOT NULL,
		by_recipient INTEGER NOT NULL,
		via          TEXT NOT NULL,
		at           INTEGER NOT NULL) WITHOUT ROWID;`,
	// A sender-set passcode for pickups: its argon2id hash on the message
	// until delivery, then on each pickup it opens; '' for none. The
	// rule's pickup terms travel with each recipient (0: the defaults).
	`ALTER TABLE messages ADD COLUMN passcode TEXT NOT NULL DEFAULT '';
	ALTER TABLE recipients ADD COLUMN pickup_identity TEXT NOT NULL DEFAULT '';
	ALTER TABLE recipients ADD COLUMN pickup_expire INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE recipients ADD COLUMN pickup_max_views INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE pickups ADD COLUMN passcode TEXT NOT NULL DEFAULT '';`,
	// Texts: the channel each recipient was decided on ('' or 'email' for
	// mail, 'sms' for a text), and the texts Twilio accepted, by SID, for
	// their status callbacks (see sqlite_sms.go). updated is 0 until a
	// callback.
	`ALTER TABLE recipients ADD COLUMN channel TEXT NOT NULL DEFAULT '';
	CREATE TABLE sms_sent (
		sid        TEXT PRIMARY KEY,
		msg_id     TEXT NOT NULL,
		rcpt       TEXT NOT NULL,
		sender     TEXT NOT NULL,
		status     TEXT NOT NULL,
		error_code INTEGER NOT NULL,
		sent       INTEGER NOT NULL,
		updated    INTEGER NOT NULL) WITHOUT ROWID;`,
	// HTTP API keys (see sqlite_apikeys.go), by ID, with the hash of the
	// key only. may_send_as is a JSON array of patterns, as in users.
	`CREATE TABLE api_keys (
		id          TEXT PRIMARY KEY,
		name        TEXT NOT NULL UNIQUE,
		hash        BLOB NOT NULL,
		may_send_as TEXT NOT NULL,
		created     INTEGER NOT NULL) WITHOUT ROWID;`,
	// Lanes (see Lane): mail and texts are claimed apart, each in
	// next_attempt order from its own part of the index. Mail is stored
	// as channel ''.
	`UPDATE recipients SET channel = '' WHERE channel = 'email';
	DROP INDEX recipients_due;
	CREATE INDEX recipients_due ON recipients (channel, next_attempt) WHERE state = 'queued';`,
	// A locked pickup's body goes at the next purge (see purgeQuery).
	`CREATE INDEX pickups_locked ON pickups (id) WHERE purged = 0 AND locked = 1;`,
	// A message's pickups, for a sender revoking what it sent.
	`CREATE INDEX pickups_msg ON pickups (msg_id);`,
}

// migrate brings the schema to len(migrations) in one transaction; the
// write lock makes concurrent openers (the CLI beside the daemon) wait.
func (w *writer) migrate() error {
	ctx := context.Background()
	if _, err := w.conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	err := w.migrateLocked(ctx)
	if err == nil {
		_, err = w.conn.ExecContext(ctx, `COMMIT`)
	}
	if err != nil {
		w.rollback()
		return fmt.Errorf("store: migrate: %w", err)
	}
	return nil
}

func (w *writer) migrateLocked(ctx context.Context) error {
	_, err := w.conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`)
	if err != nil {
		return err
	}
	var v int
	err = w.conn.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this build's (%d)", v, len(migrations))
	}
	if v == len(migrations) {
		return nil
	}
	for ; v < len(migrations); v++ {
		if _, err := w.conn.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("to version %d: %w", v+1, err)
		}
	}
	if _, err := w.conn.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
		return err
	}
	_, err = w.conn.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, v)
	return err
}
