package store

import "context"

// Checkpoints copy the WAL back into the database file. They are kept off
// the commit path: the checkpointer goroutine, on its own connection,
// copies the bulk while the writer keeps committing (a PASSIVE checkpoint
// takes no lock a writer needs). A WAL that is being appended to is never
// wholly copied, though, and SQLite only starts it over once it is; so
// when the WAL has grown long the writer copies the short remainder itself,
// between two batches, and its next transaction restarts the WAL.
const (
	checkpointEvery = 4 << 20 // bytes committed between two wake-ups of the checkpointer
	walLongPages    = 8192    // WAL length at which the writer copies the remainder
)

// tuning holds the constants above; tests make them small.
type tuning struct {
	checkpointEvery int
	walLongPages    int
}

// noteCommitted counts what a commit added to the WAL (bodies plus a rough
// allowance for the rows) and wakes the checkpointer every checkpointEvery bytes.
func (s *SQLite) noteCommitted(batch []*writeReq) {
	for _, r := range batch {
		s.walBytes += r.size + 512
	}
	if s.walBytes < s.tune.checkpointEvery {
		return
	}
	s.walBytes = 0
	select {
	case s.ckpt <- struct{}{}:
	default: // already awake
	}
}

// checkpoints is the checkpointer goroutine; it stops when Close closes
// ckpt.
func (s *SQLite) checkpoints() {
	defer close(s.ckStopped)
	for range s.ckpt {
		walPages, err := checkpoint(s.ck.QueryRowContext(context.Background(), `PRAGMA wal_checkpoint(PASSIVE)`))
		if err != nil {
			s.logger.Warn("store checkpoint failed", "err", err)
			continue
		}
		if walPages >= s.tune.walLongPages {
			s.walLong.Store(true)
		}
	}
}

type scanner interface{ Scan(...any) error }

// checkpoint reads the result of PRAGMA wal_checkpoint: busy, WAL length,
// pages copied.
func checkpoint(row scanner) (walPages int, err error) {
	var busy, copied int
	err = row.Scan(&busy, &walPages, &copied)
	return walPages, err
}

// checkpointIfLong is run by the writer between batches: when the WAL is
// long, it copies what the checkpointer has not, so that the next
// transaction starts the WAL over.
func (s *SQLite) checkpointIfLong() {
	if !s.walLong.Swap(false) {
		return
	}
	_, err := checkpoint(s.w.conn.QueryRowContext(context.Background(), `PRAGMA wal_checkpoint(PASSIVE)`))
	if err != nil {
		s.logger.Warn("store checkpoint failed", "err", err)
	}
}
