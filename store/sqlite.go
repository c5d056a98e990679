package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// SQLite is the embedded engine: one database file in WAL mode with
// synchronous=FULL, so that a commit is on disk when it returns.
//
// Every write goes through one goroutine that owns the write connection.
// It takes all the requests waiting when it becomes free, runs them in one
// transaction (each in its own savepoint, so that one failing request does
// not fail the others), commits once and then answers every caller: group
// commit, one fsync for many messages. Reads use a separate pool of
// query-only connections and never wait for the writer.
//
// A write whose ctx ends before its commit returns ctx.Err() at once; it
// is then dropped if the writer had not started it, and committed with its
// batch otherwise (see write). Close commits what was submitted before it.
type SQLite struct {
	logger *slog.Logger
	wdb    *sql.DB // pool of the single write connection
	w      *writer // used by the run goroutine only, once Open returns
	r      *sql.DB // query-only readers

	mu      sync.RWMutex // held to send on reqs; Close takes it to close reqs
	closed  bool
	reqs    chan *writeReq
	stopped chan struct{} // closed when run has answered every request

	ck           *sql.DB       // the checkpointer's connection
	ckpt         chan struct{} // wakes the checkpointer
	ckStopped    chan struct{}
	ckMu         sync.Mutex  // taken by each checkpoint, the checkpointer's and the writer's
	walLong      atomic.Bool // set by the checkpointer: the writer should checkpoint
	walBytes     int         // committed since the checkpointer was last woken; writer only
	sinceRestart int         // committed since the WAL last started over; writer only
	tune         tuning

	commits   atomic.Int64 // transactions committed (for benchmarks)
	committed atomic.Int64 // requests run in them
}

var _ Store = (*SQLite)(nil)

// errClosed is returned by writes after Close.
var errClosed = errors.New("store: closed")

// Pragmas of the write connection. synchronous=FULL in WAL mode syncs the
// WAL at every commit: a committed transaction survives power loss. The
// writer does not checkpoint at commit (wal_autocheckpoint 0): copying the
// WAL into the database and syncing it took up to a second on a busy disk,
// with every caller of the batch waiting. The checkpointer does it beside.
// secure_delete zeroes what a delete frees: a delivered message's sealed
// body, a purged pickup, does not live on in free pages of the file.
var writePragmas = []string{
	"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "wal_autocheckpoint(0)",
	"journal_size_limit(67108864)", "cache_size(-16384)", "temp_store(MEMORY)", "secure_delete(1)",
}

// Pragmas of the checkpointer: FULL syncs the database file at checkpoint.
var checkpointPragmas = []string{"busy_timeout(10000)", "synchronous(FULL)"}

// Pragmas of the readers: query_only makes any write through them fail.
var readPragmas = []string{"busy_timeout(10000)", "query_only(1)"}

const readers = 4 // read connections; the relay reads little and has 2 cores

// OpenSQLite opens the database at path, creating the file (mode 0600) and
// its schema if needed, and migrating an older schema.
func OpenSQLite(path string, logger *slog.Logger) (*SQLite, error) {
	return openSQLite(path, logger, tuning{checkpointEvery: checkpointEvery, walLongPages: walLongPages})
}

func openSQLite(path string, logger *slog.Logger, tune tuning) (*SQLite, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if err := createFile(path); err != nil {
		return nil, err
	}
	wdb, w, err := openWriter(path)
	if err != nil {
		return nil, err
	}
	s := &SQLite{logger: logger, wdb: wdb, w: w, tune: tune,
		reqs: make(chan *writeReq, 4*maxBatch), stopped: make(chan struct{}),
		ckpt: make(chan struct{}, 1), ckStopped: make(chan struct{})}
	if s.r, err = openDB(path, readPragmas, readers); err == nil {
		s.ck, err = openDB(path, checkpointPragmas, 1)
	}
	if err != nil {
		s.closeDBs()
		return nil, err
	}
	go s.run()
	go s.checkpoints()
	return s, nil
}

// createFile creates the database file with mode 0600 (SQLite would use
// the umask's) and syncs its directory, so that a database whose first
// commits were acknowledged cannot lose its directory entry.
func createFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: create database: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("store: create database: %w", err)
	}
	return syncDir(filepath.Dir(path))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("store: sync directory: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("store: sync directory: %w", err)
	}
	return nil
}

func dsn(path string, pragmas []string) string {
	q := url.Values{"_pragma": pragmas}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

func openDB(path string, pragmas []string, conns int) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(path, pragmas))
	if err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	return db, nil
}

// openWriter opens the write connection, checks that the journal really
// is a synced WAL, and brings the schema up to date.
func openWriter(path string) (*sql.DB, *writer, error) {
	db, err := openDB(path, writePragmas, 1)
	if err != nil {
		return nil, nil, err
	}
	conn, err := db.Conn(context.Background())
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	w := &writer{conn: conn, stmts: map[string]*sql.Stmt{}}
	if err = w.checkDurable(); err == nil {
		err = w.migrate()
	}
	if err != nil {
		w.close()
		db.Close()
		return nil, nil, err
	}
	return db, w, nil
}

// checkDurable refuses a connection on which SQLite could not enable WAL
// (some network file systems) or synchronous=FULL.
func (w *writer) checkDurable() error {
	var mode string
	var syncMode int
	ctx := context.Background()
	if err := w.conn.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
		return fmt.Errorf("store: journal mode: %w", err)
	}
	if err := w.conn.QueryRowContext(ctx, `PRAGMA synchronous`).Scan(&syncMode); err != nil {
		return fmt.Errorf("store: synchronous: %w", err)
	}
	if !strings.EqualFold(mode, "wal") || syncMode < 2 {
		return fmt.Errorf("store: journal_mode %s, synchronous %d: want wal and 2 (full)", mode, syncMode)
	}
	return nil
}

// Close commits the writes already submitted, stops the writer and closes
// the database. Writes submitted after Close fail.
func (s *SQLite) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.reqs)
	s.mu.Unlock()
	<-s.stopped
	close(s.ckpt)
	<-s.ckStopped
	return s.closeDBs()
}

// closeDBs closes the connections, the writer's last: closing the last
// connection checkpoints the WAL into the database file.
func (s *SQLite) closeDBs() error {
	var errs []error
	for _, db := range []*sql.DB{s.r, s.ck} {
		if db != nil {
			errs = append(errs, db.Close())
		}
	}
	errs = append(errs, s.w.close(), s.wdb.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}
