package store

import "context"

// Checkpoints copy the WAL back into the database file. They are kept off
// the commit path: the checkpointer goroutine, on its own connection,
// copies the bulk while the writer keeps committing (a PASSIVE checkpoint
// takes no lock a writer needs). A WAL that is being appended to is never
// wholly copied, though, and SQLite only starts it over once it is; so
// when the WAL has grown long the writer copies the short remainder itself,
// between two batches, and its next transaction restarts the WAL.
//
// The writer does not rely on the checkpointer to tell it the WAL is long:
// a checkpointer starved of CPU would let the WAL grow unchecked. It also
// counts what it committed since the WAL last started over, and it checks
// that the WAL can start over (RESTART, without waiting for readers)
// rather than hoping so. The checkpointer's lock would make that fail
// whenever the two overlap, and a checkpointer that lost the CPU mid-copy
// holds it long (the SQLite code is Go, preempted like any goroutine), so
// the two take turns on ckMu: the writer waits out one passive copy at
// most. If a reader is still on the WAL it tries again after its next
// batch.
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
		s.sinceRestart += r.size + 512
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
		s.ckMu.Lock()
		walPages, err := checkpoint(s.ck.QueryRowContext(context.Background(), `PRAGMA wal_checkpoint(PASSIVE)`))
		s.ckMu.Unlock()
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
// long, it copies what the checkpointer has not and makes sure no reader
// is left on the WAL, so that the next transaction starts it over.
func (s *SQLite) checkpointIfLong() {
	long := s.walLong.Swap(false) || s.sinceRestart >= s.tune.walLongPages*walPageBytes
	if !long {
		return
	}
	busy, err := s.restartWAL()
	switch {
	case err != nil:
		s.logger.Warn("store checkpoint failed", "err", err)
	case busy:
		s.walLong.Store(true) // a reader was on it: next batch
	default:
		s.sinceRestart = 0
	}
}

// walPageBytes is the WAL's page size, for counting its length in pages.
const walPageBytes = 4096

// restartWAL is a RESTART checkpoint on the writer's connection that does
// not wait for readers (nor for another process's writer): busy is true if
// one kept it from completing (it then did what a PASSIVE one does).
func (s *SQLite) restartWAL() (busy bool, err error) {
	s.ckMu.Lock()
	defer s.ckMu.Unlock()
	ctx := context.Background()
	c := s.w.conn
	if _, err := c.ExecContext(ctx, `PRAGMA busy_timeout = 0`); err != nil {
		return false, err
	}
	defer func() {
		// Without it the writer would fail, not wait, on another
		// process's lock: say so.
		if _, err := c.ExecContext(ctx, `PRAGMA busy_timeout = 10000`); err != nil {
			s.logger.Error("store: writer busy timeout not restored", "err", err)
		}
	}()
	var b, walPages, copied int
	if err := c.QueryRowContext(ctx, `PRAGMA wal_checkpoint(RESTART)`).Scan(&b, &walPages, &copied); err != nil {
		return false, err
	}
	return b != 0, nil
}
