package audit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// ErrClosed is returned by Append after Close.
var ErrClosed = errors.New("audit: log closed")

// maxBatch bounds the requests one write carries.
const maxBatch = 1024

// request is one Append waiting for the writer.
type request struct {
	evs  []Event
	done chan error
}

// Log is an open audit log. Appends from concurrent callers are group
// committed: a single writer goroutine takes every request that arrived
// while the previous write and fsync ran, writes them at once and fsyncs
// once.
//
// Other processes may append to the same file (the admin CLI beside the
// daemon): each batch is written under an exclusive flock of the file, and
// first takes up the chain from the last line another writer left.
type Log struct {
	f      *os.File
	path   string
	logger *slog.Logger
	sync   func(*os.File) error

	mu     sync.RWMutex // closed, against sends on reqs
	closed bool
	reqs   chan *request
	done   chan struct{} // closed when the writer is gone

	// Owned by the writer goroutine (and by Open before it starts).
	seq    uint64
	prev   string
	size   int64 // bytes on disk when this Log last held the lock, all fsynced
	broken error // set when a failed write could not be undone, or the file is not ours to extend
}

// Open opens the log at path, creating it (mode 0600, directory 0700), and
// continues its chain. It refuses a log whose last line does not verify. A
// last line without its newline — a write cut short by a crash, never
// acknowledged — is dropped, with a warning. Each of these checks is made
// again, under the file's lock, before a batch follows lines another
// process appended.
func Open(path string, logger *slog.Logger) (*Log, error) {
	return open(path, logger, (*os.File).Sync)
}

func open(path string, logger *slog.Logger, sync func(*os.File) error) (*Log, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	l := &Log{f: f, path: path, logger: logger, sync: sync, prev: genesis,
		reqs: make(chan *request, 256), done: make(chan struct{})}
	if err := l.resume(); err != nil {
		f.Close()
		return nil, err
	}
	go l.writer()
	return l, nil
}

// resume finds the end of the chain, under the lock: the last complete
// line, verified.
func (l *Log) resume() error {
	st, err := l.f.Stat()
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		l.logger.Warn("audit log is readable by others", "path", l.path, "mode", st.Mode().Perm().String())
	}
	if err := l.locked(l.catchUp); err != nil {
		return err
	}
	if l.size == 0 {
		return l.syncNew()
	}
	return nil
}

// locked runs fn holding the exclusive lock of the file, which every
// writer of the log takes for each batch.
func (l *Log) locked(fn func() error) error {
	if err := lockFile(l.f); err != nil {
		return fmt.Errorf("audit: lock %s: %w", l.path, err)
	}
	err := fn()
	if uerr := unlockFile(l.f); uerr != nil {
		// Closing the file releases it at the latest; what was written
		// is synced.
		l.logger.Error("audit log unlock failed", "path", l.path, "err", uerr)
	}
	return err
}

// catchUp, under the lock, takes up the chain from whatever other writers
// appended since this Log last held the lock: it drops an unfinished last
// line (a writer died mid-write) and continues from the last line, which
// must verify and come after what this Log wrote. A log that shrank, or
// whose last line does not hold, stops the Log: its chain is not ours to
// extend.
func (l *Log) catchUp() error {
	st, err := l.f.Stat()
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	size := st.Size()
	switch {
	case size == l.size:
		return nil
	case size < l.size:
		l.broken = fmt.Errorf("audit: %s: the log shrank from %d to %d bytes since this process wrote to it, refusing to extend the chain (check with 'sealpost audit verify')", l.path, l.size, size)
		return l.broken
	}
	if size, err = l.dropUnfinished(size); err != nil || size == l.size {
		return err
	}
	l.size = size
	last, err := l.lastLine()
	if err != nil {
		return err
	}
	ev, err := checkLine(last)
	if err == nil && ev.Seq <= l.seq {
		err = fmt.Errorf("seq %d does not follow %d, the last this process wrote", ev.Seq, l.seq)
	}
	if err != nil {
		l.broken = fmt.Errorf("audit: %s: last line does not verify, refusing to extend the chain: %w (check with 'sealpost audit verify')", l.path, err)
		return l.broken
	}
	l.seq, l.prev = ev.Seq, ev.Hash
	return nil
}

// syncNew makes a new, empty log's directory entry durable.
func (l *Log) syncNew() error {
	d, err := os.Open(filepath.Dir(l.path))
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// dropUnfinished truncates a log of size bytes that does not end in a
// newline to its last newline, and returns the new size. The caller holds
// the lock: no writer is midway through a line.
func (l *Log) dropUnfinished(size int64) (int64, error) {
	if size == 0 {
		return 0, nil
	}
	nl, err := lastNewline(l.f, size)
	if err != nil || nl == size-1 {
		return size, err
	}
	if err := l.f.Truncate(nl + 1); err != nil {
		return 0, fmt.Errorf("audit: %w", err)
	}
	if err := l.sync(l.f); err != nil {
		return 0, fmt.Errorf("audit: %w", err)
	}
	l.logger.Warn("audit log ended in an unfinished line, left by an interrupted write: dropped it",
		"path", l.path, "bytes", size-nl-1)
	return nl + 1, nil
}

// lastLine returns the last line of the log (which ends in '\n' at l.size-1).
func (l *Log) lastLine() ([]byte, error) {
	nl, err := lastNewline(l.f, l.size-1)
	if err != nil {
		return nil, err
	}
	if l.size-1-(nl+1) > maxLine {
		return nil, fmt.Errorf("audit: last line longer than %d bytes: not an audit log", maxLine)
	}
	line := make([]byte, l.size-1-(nl+1))
	if _, err := l.f.ReadAt(line, nl+1); err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	return line, nil
}

// lastNewline returns the offset of the last '\n' among the first size
// bytes of f, or -1.
func lastNewline(f *os.File, size int64) (int64, error) {
	buf := make([]byte, 64<<10)
	for end := size; end > 0; {
		off := max(end-int64(len(buf)), 0)
		chunk := buf[:end-off]
		if _, err := f.ReadAt(chunk, off); err != nil && err != io.EOF {
			return 0, fmt.Errorf("audit: %w", err)
		}
		if i := bytes.LastIndexByte(chunk, '\n'); i >= 0 {
			return off + int64(i), nil
		}
		end = off
	}
	return -1, nil
}

// Append adds evs to the log, filling in their Seq, Time (when zero),
// Prev and Hash, and returns once they are written and fsynced. ctx bounds
// the wait for the writer to take the request; once taken, Append waits
// for the outcome, since the events may already be on disk.
func (l *Log) Append(ctx context.Context, evs ...Event) error {
	if len(evs) == 0 {
		return nil
	}
	r := &request{evs: evs, done: make(chan error, 1)}
	if err := l.enqueue(ctx, r); err != nil {
		return err
	}
	return <-r.done
}

func (l *Log) enqueue(ctx context.Context, r *request) error {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.closed {
		return ErrClosed
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	select {
	case l.reqs <- r:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("audit: %w", ctx.Err())
	}
}

// Close waits for the appends already taken and closes the file.
func (l *Log) Close() error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return ErrClosed
	}
	l.closed = true
	close(l.reqs)
	l.mu.Unlock()
	<-l.done
	if err := l.f.Close(); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// writer is the only goroutine that writes the file.
func (l *Log) writer() {
	defer close(l.done)
	var buf []byte
	batch := make([]*request, 0, maxBatch)
	for r := range l.reqs {
		batch = l.collect(append(batch[:0], r))
		buf = l.commit(buf[:0], batch)
	}
}

// collect adds the requests already waiting to batch.
func (l *Log) collect(batch []*request) []*request {
	for len(batch) < maxBatch {
		select {
		case r, ok := <-l.reqs:
			if !ok {
				return batch
			}
			batch = append(batch, r)
		default:
			return batch
		}
	}
	return batch
}

// commit chains, writes and fsyncs a batch under the file's lock, then
// answers each request. A request whose events cannot be encoded fails
// alone.
func (l *Log) commit(buf []byte, batch []*request) []byte {
	if l.broken != nil {
		answer(batch, l.broken)
		return buf
	}
	errs := make([]error, len(batch))
	err := l.locked(func() error {
		if err := l.catchUp(); err != nil {
			return err
		}
		seq, prev := l.seq, l.prev
		for i, r := range batch {
			buf, errs[i] = l.encode(buf, r.evs)
		}
		if err := l.write(buf); err != nil {
			l.seq, l.prev = seq, prev
			return err
		}
		return nil
	})
	if err != nil {
		answer(batch, err)
		return buf
	}
	for i, r := range batch {
		r.done <- errs[i]
	}
	return buf
}

func answer(batch []*request, err error) {
	for _, r := range batch {
		r.done <- err
	}
}

// encode chains evs and appends their lines to buf; on error it leaves buf
// and the chain as they were.
func (l *Log) encode(buf []byte, evs []Event) ([]byte, error) {
	start, seq, prev := len(buf), l.seq, l.prev
	now := time.Now()
	for i := range evs {
		ev := &evs[i]
		l.seq++
		ev.Seq, ev.Prev = l.seq, l.prev
		if ev.Time.IsZero() {
			ev.Time = now
		}
		ev.Time = ev.Time.UTC()
		var err error
		if buf, err = appendLine(buf, ev); err != nil {
			l.seq, l.prev = seq, prev
			return buf[:start], err
		}
		l.prev = ev.Hash
	}
	return buf, nil
}

// write appends buf and fsyncs. On failure it cuts the file back to what
// was there before, so that the chain on disk stays whole; when even that
// fails the log refuses every later append.
func (l *Log) write(buf []byte) error {
	if len(buf) == 0 {
		return nil
	}
	_, err := l.f.Write(buf)
	if err == nil {
		err = l.sync(l.f)
	}
	if err == nil {
		l.size += int64(len(buf))
		return nil
	}
	err = fmt.Errorf("audit: write: %w", err)
	l.logger.Error("audit write failed", "err", err)
	if terr := l.undo(); terr != nil {
		l.broken = fmt.Errorf("audit: log unusable until reopened: a failed write could not be undone: %w", terr)
		l.logger.Error("audit log unusable", "err", l.broken)
	}
	return err
}

// undo truncates the file to its last good size and makes that durable.
func (l *Log) undo() error {
	if err := l.f.Truncate(l.size); err != nil {
		return err
	}
	return l.sync(l.f)
}
