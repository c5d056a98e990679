package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
)

// Limits of one group commit. A batch is what waited while the previous
// commit ran; the limits only bound the memory and WAL of one transaction.
const (
	maxBatch      = 1024
	maxBatchBytes = 64 << 20
)

// writeReq is one caller's write, run by the writer goroutine.
type writeReq struct {
	ctx  context.Context
	op   func(*writer) error
	size int        // body bytes, to bound a batch
	done chan error // buffered: the writer never blocks on a caller
}

// write runs op in the next group commit and returns once that commit is
// durable, with op's own error if op failed (op's changes are then rolled
// back, the other requests of the batch are not affected).
//
// When ctx ends first, write returns ctx.Err() at once. The request is
// then dropped if the writer had not started it yet; if it had, the request
// is committed (or fails) with its batch regardless. So ctx.Err() means
// "unknown": a caller that gets it must not claim that the write happened,
// nor that it did not. A ctx that has ended before write is called always
// means "not applied".
func (s *SQLite) write(ctx context.Context, size int, op func(*writer) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r := &writeReq{ctx: ctx, op: op, size: size, done: make(chan error, 1)}
	if err := s.submit(r); err != nil {
		return err
	}
	select {
	case err := <-r.done:
		return err
	case <-ctx.Done():
		select {
		case err := <-r.done: // finished meanwhile: the real outcome is known
			return err
		default:
			return ctx.Err()
		}
	}
}

func (s *SQLite) submit(r *writeReq) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return errClosed
	}
	select {
	case s.reqs <- r:
		return nil
	case <-r.ctx.Done():
		return r.ctx.Err()
	}
}

// run is the writer goroutine: it commits batches until Close closes reqs
// and every request sent before has been answered.
func (s *SQLite) run() {
	defer close(s.stopped)
	batch := make([]*writeReq, 0, maxBatch)
	for {
		var ok bool
		if batch, ok = s.collect(batch[:0]); !ok {
			return
		}
		s.checkpointIfLong()
		s.commit(batch)
		clear(batch) // let the requests' bodies be collected
	}
}

// collect waits for one request, then takes every request already
// waiting, up to the batch limits. ok is false once reqs is closed and
// drained.
func (s *SQLite) collect(batch []*writeReq) (_ []*writeReq, ok bool) {
	r, ok := <-s.reqs
	if !ok {
		return batch, false
	}
	// Let the callers that are ready to submit (typically those answered
	// by the last commit) do so before this batch closes.
	runtime.Gosched()
	batch, size := append(batch, r), r.size
	for len(batch) < maxBatch && size < maxBatchBytes {
		select {
		case r, ok := <-s.reqs:
			if !ok {
				return batch, true
			}
			batch, size = append(batch, r), size+r.size
		default:
			return batch, true
		}
	}
	return batch, true
}

// commit runs batch in one transaction and answers every request. If the
// transaction cannot be committed, or SQLite aborted it (I/O error, disk
// full), nothing of the batch is applied and every request gets the error.
func (s *SQLite) commit(batch []*writeReq) {
	errs := make([]error, len(batch))
	err := s.w.exec1(`BEGIN IMMEDIATE`)
	if err == nil {
		err = s.w.runAll(batch, errs)
	}
	if err == nil {
		err = s.w.exec1(`COMMIT`)
	}
	if err != nil {
		s.w.rollback()
		err = fmt.Errorf("store: commit: %w", err)
		s.logger.Error("store commit failed; the batch is not applied", "requests", len(batch), "err", err)
		for i := range errs {
			errs[i] = err
		}
	} else {
		s.commits.Add(1)
		s.committed.Add(int64(len(batch)))
		s.noteCommitted(batch)
	}
	for i, r := range batch {
		r.done <- errs[i]
	}
}

// runAll runs each request of a batch in its own savepoint, recording its
// error in errs. A request whose caller has gone is skipped. The error
// returned means that the whole transaction is lost.
func (w *writer) runAll(batch []*writeReq, errs []error) error {
	for i, r := range batch {
		if err := r.ctx.Err(); err != nil {
			errs[i] = err
			continue
		}
		var err error
		if errs[i], err = w.runOne(r.op); err != nil {
			return err
		}
	}
	return nil
}

// runOne runs op in a savepoint and rolls it back alone if it fails. txErr
// reports that the transaction itself is gone: SQLite rolls a transaction
// back by itself on some errors, and then there is no savepoint to return
// to.
func (w *writer) runOne(op func(*writer) error) (opErr, txErr error) {
	if err := w.exec1(`SAVEPOINT req`); err != nil {
		return nil, err
	}
	if opErr = op(w); opErr == nil {
		return nil, w.exec1(`RELEASE req`)
	}
	if err := w.exec1(`ROLLBACK TO req`); err != nil {
		return opErr, fmt.Errorf("%w (transaction aborted: %v)", opErr, err)
	}
	return opErr, w.exec1(`RELEASE req`)
}

// writer is the write connection with its prepared statements. Only the
// goroutine running SQLite.run uses it once Open has returned. Statements
// run with a background context: a request is never interrupted halfway.
type writer struct {
	conn  *sql.Conn
	stmts map[string]*sql.Stmt
}

func (w *writer) stmt(query string) (*sql.Stmt, error) {
	if st, ok := w.stmts[query]; ok {
		return st, nil
	}
	st, err := w.conn.PrepareContext(context.Background(), query)
	if err != nil {
		return nil, err
	}
	w.stmts[query] = st
	return st, nil
}

// exec runs a prepared statement and returns the number of rows changed.
func (w *writer) exec(query string, args ...any) (int64, error) {
	st, err := w.stmt(query)
	if err != nil {
		return 0, err
	}
	res, err := st.ExecContext(context.Background(), args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (w *writer) exec1(query string, args ...any) error {
	_, err := w.exec(query, args...)
	return err
}

func (w *writer) query(query string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(context.Background(), args...)
}

// rollback ends a failed transaction; it fails harmlessly when SQLite has
// already rolled it back.
func (w *writer) rollback() {
	w.conn.ExecContext(context.Background(), `ROLLBACK`)
}

func (w *writer) close() error {
	var errs []error
	for _, st := range w.stmts {
		errs = append(errs, st.Close())
	}
	return errors.Join(append(errs, w.conn.Close())...)
}
