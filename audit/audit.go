// Package audit owns the tamper-evident audit log: one JSON object per line,
// each carrying the SHA-256 of the line before it, appended and fsynced
// before the caller goes on. It records decisions and outcomes, never
// message content.
package audit

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sealpost/sealpost/policy"
)

// Event is one line of the audit log.
type Event struct {
	Seq         uint64    `json:"seq"`
	Time        time.Time `json:"time"`
	Type        string    `json:"type"` // decision, reject, delivery
	MessageID   string    `json:"msgid,omitempty"`
	Sender      string    `json:"sender,omitempty"`
	Recipient   string    `json:"rcpt,omitempty"`
	Level       string    `json:"level,omitempty"`
	Score       int       `json:"score,omitempty"`
	Kinds       []string  `json:"kinds,omitempty"`
	Rule        string    `json:"rule,omitempty"`
	Method      string    `json:"method,omitempty"`
	Fallbacks   []string  `json:"fallbacks,omitempty"`
	Reason      string    `json:"reason,omitempty"`
	RemoteHost  string    `json:"remote,omitempty"`
	TLSVersion  string    `json:"tls,omitempty"`
	TLSVerified bool      `json:"tls_verified,omitempty"`
	Result      string    `json:"result,omitempty"`
	Error       string    `json:"error,omitempty"`
	Attempt     int       `json:"attempt,omitempty"`
	Prev        string    `json:"prev"`
	Hash        string    `json:"hash,omitempty"`
}

// DecisionEvents makes one decision event per recipient.
func DecisionEvents(msgID, sender string, s policy.Sensitivity, ds []policy.Decision) []Event {
	evs := make([]Event, len(ds))
	for i, d := range ds {
		fb := make([]string, len(d.Fallbacks))
		for j, m := range d.Fallbacks {
			fb[j] = string(m)
		}
		evs[i] = Event{Type: "decision", MessageID: msgID, Sender: sender, Recipient: d.Recipient,
			Level: string(s.Level), Score: s.Score, Kinds: s.Kinds(), Rule: d.Rule,
			Method: string(d.Method), Fallbacks: fb, Reason: d.Reason}
	}
	return evs
}

var genesis = strings.Repeat("0", 64)

// hashOf is the chain hash of ev: SHA-256 over the previous hash and the
// event's JSON without its own hash.
func hashOf(ev Event) (string, []byte, error) {
	ev.Hash = ""
	body, err := json.Marshal(ev)
	if err != nil {
		return "", nil, err
	}
	h := sha256.New()
	h.Write([]byte(ev.Prev))
	h.Write([]byte{'\n'})
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil)), body, nil
}

// request is one Append waiting for the writer.
type request struct {
	evs  []Event
	done chan error
}

// Log is an open audit log. Concurrent Appends are group committed: one
// writer goroutine writes every pending request and fsyncs once.
type Log struct {
	f       *os.File
	logger  *slog.Logger
	seq     uint64
	prev    string
	reqs    chan *request
	stopped chan struct{}
}

// Open opens (or creates) the log at path and continues its chain. It
// refuses a log whose last line does not verify.
func Open(path string, logger *slog.Logger) (*Log, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	l := &Log{f: f, logger: logger, prev: genesis, reqs: make(chan *request, 256), stopped: make(chan struct{})}
	if err := l.resume(); err != nil {
		f.Close()
		return nil, err
	}
	go l.writer()
	return l, nil
}

// resume reads the last line to continue seq and chain.
func (l *Log) resume() error {
	last, err := lastLine(l.f)
	if err != nil || last == nil {
		return err
	}
	var ev Event
	if err := json.Unmarshal(last, &ev); err != nil {
		return fmt.Errorf("audit: last line is not an event: %w", err)
	}
	want, _, err := hashOf(ev)
	if err != nil || want != ev.Hash {
		return fmt.Errorf("audit: last line (seq %d) does not verify: refusing to extend the chain", ev.Seq)
	}
	l.seq, l.prev = ev.Seq, ev.Hash
	return nil
}

// lastLine returns the last non-empty line of f.
func lastLine(f *os.File) ([]byte, error) {
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return nil, err
	}
	size := st.Size()
	for window := int64(4096); ; window *= 4 {
		off := max(size-window, 0)
		buf := make([]byte, size-off)
		if _, err := f.ReadAt(buf, off); err != nil && err != io.EOF {
			return nil, fmt.Errorf("audit: %w", err)
		}
		trimmed := strings.TrimRight(string(buf), "\n")
		if i := strings.LastIndexByte(trimmed, '\n'); i >= 0 || off == 0 {
			return []byte(trimmed[i+1:]), nil
		}
	}
}

// Append adds events to the log. It returns once they are on disk.
func (l *Log) Append(ctx context.Context, evs ...Event) error {
	if len(evs) == 0 {
		return nil
	}
	r := &request{evs: evs, done: make(chan error, 1)}
	select {
	case l.reqs <- r:
	case <-l.stopped:
		return errors.New("audit: log closed")
	case <-ctx.Done():
		return ctx.Err()
	}
	return <-r.done // once queued, wait for the outcome: the line is being written
}

// writer is the only goroutine that writes the file.
func (l *Log) writer() {
	defer close(l.stopped)
	for r := range l.reqs {
		batch := []*request{r}
	more:
		for {
			select {
			case r, ok := <-l.reqs:
				if !ok {
					break more
				}
				batch = append(batch, r)
			default:
				break more
			}
		}
		l.commit(batch)
	}
}

// commit writes a batch and fsyncs once. On failure the chain state is
// rolled back, so that the next batch continues from what is on disk.
func (l *Log) commit(batch []*request) {
	seq, prev := l.seq, l.prev
	var buf []byte
	var err error
	for _, r := range batch {
		for i := range r.evs {
			if buf, err = l.encode(buf, &r.evs[i]); err != nil {
				break
			}
		}
	}
	if err == nil {
		err = l.write(buf)
	}
	if err != nil {
		l.seq, l.prev = seq, prev
		l.logger.Error("audit write failed", "err", err)
	}
	for _, r := range batch {
		r.done <- err
	}
}

func (l *Log) write(buf []byte) error {
	if _, err := l.f.Write(buf); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	if err := l.f.Sync(); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// encode chains ev and appends its line to buf.
func (l *Log) encode(buf []byte, ev *Event) ([]byte, error) {
	l.seq++
	ev.Seq, ev.Prev = l.seq, l.prev
	if ev.Time.IsZero() {
		ev.Time = time.Now().UTC()
	}
	hash, _, err := hashOf(*ev)
	if err != nil {
		return buf, fmt.Errorf("audit: %w", err)
	}
	ev.Hash = hash
	line, err := json.Marshal(ev)
	if err != nil {
		return buf, fmt.Errorf("audit: %w", err)
	}
	l.prev = hash
	return append(append(buf, line...), '\n'), nil
}

// Close waits for pending appends and closes the file.
func (l *Log) Close() error {
	close(l.reqs)
	<-l.stopped
	return l.f.Close()
}

// Verify recomputes the chain of a log. The error names the first line
// that does not hold: edited, deleted, reordered or not an event.
func Verify(r io.Reader) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	prev, n := genesis, 0
	for sc.Scan() {
		n++
		var ev Event
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			return n, fmt.Errorf("audit: line %d: not an audit event: %w", n, err)
		}
		if err := check(ev, n, prev); err != nil {
			return n, err
		}
		prev = ev.Hash
	}
	return n, sc.Err()
}

func check(ev Event, n int, prev string) error {
	if ev.Seq != uint64(n) {
		return fmt.Errorf("audit: line %d: sequence %d where %d was expected (lines deleted, inserted or reordered)", n, ev.Seq, n)
	}
	if ev.Prev != prev {
		return fmt.Errorf("audit: line %d: does not chain to line %d (a line before it was edited, deleted or reordered)", n, n-1)
	}
	want, _, err := hashOf(ev)
	if err != nil || want != ev.Hash {
		return fmt.Errorf("audit: line %d: hash mismatch (the line was edited)", n)
	}
	return nil
}
