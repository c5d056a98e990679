package store

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// blockWriter parks the writer goroutine inside a transaction until the
// returned function is called, so that the requests sent meanwhile form
// one batch.
func blockWriter(t *testing.T, s *SQLite) (release func()) {
	t.Helper()
	started, block, done := make(chan struct{}), make(chan struct{}), make(chan error, 1)
	go func() {
		done <- s.write(context.Background(), 0, func(*writer) error {
			close(started)
			<-block
			return nil
		})
	}()
	<-started
	return func() {
		close(block)
		if err := <-done; err != nil {
			t.Errorf("blocking request: %v", err)
		}
	}
}

// waitQueued waits until n requests wait for the writer.
func waitQueued(t *testing.T, s *SQLite, n int) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); len(s.reqs) < n; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d requests queued, want %d", len(s.reqs), n)
		}
	}
}

// goErr runs f in a goroutine; its error arrives on the channel.
func goErr(f func() error) <-chan error {
	c := make(chan error, 1)
	go func() { c <- f() }()
	return c
}

func TestFailedRequestDoesNotFailItsBatch(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	enqueue(t, s, msg("dup", 1, time.Now()))
	if err := s.AddUser(ctx, &User{Name: "ehr", Hash: "h"}); err != nil {
		t.Fatal(err)
	}
	release := blockWriter(t, s)
	var errs []<-chan error
	for i, f := range []func() error{
		func() error { return s.Enqueue(ctx, msg("a1", 2, time.Now())) },
		func() error { return s.Enqueue(ctx, msg("dup", 1, time.Now())) },
		func() error { return s.AddUser(ctx, &User{Name: "ehr", Hash: "h2"}) },
		func() error { return s.Enqueue(ctx, msg("a2", 1, time.Now())) },
	} {
		errs = append(errs, goErr(f))
		waitQueued(t, s, i+1) // keep the order
	}
	before := s.commits.Load()
	release()
	want := []error{nil, ErrExists, ErrExists, nil}
	for i, c := range errs {
		if err := <-c; !errors.Is(err, want[i]) || (want[i] == nil && err != nil) {
			t.Errorf("request %d: %v, want %v", i, err, want[i])
		}
	}
	if n := s.commits.Load() - before; n != 2 {
		t.Errorf("%d commits, want 2 (the blocker's, then one for the batch)", n)
	}
	mustMessage(t, s, "a1")
	mustMessage(t, s, "a2")
}

// A request that makes SQLite abort the transaction (here: by ending it)
// must not let the batch report success for writes that were rolled back.
func TestAbortedTransactionFailsTheWholeBatch(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	release := blockWriter(t, s)
	errs := []<-chan error{goErr(func() error { return s.Enqueue(ctx, msg("b1", 1, time.Now())) })}
	waitQueued(t, s, 1)
	errs = append(errs, goErr(func() error {
		return s.write(ctx, 0, func(w *writer) error {
			w.rollback()
			return errors.New("disk on fire")
		})
	}))
	waitQueued(t, s, 2)
	errs = append(errs, goErr(func() error { return s.Enqueue(ctx, msg("b2", 1, time.Now())) }))
	waitQueued(t, s, 3)
	release()
	for i, c := range errs {
		if err := <-c; err == nil {
			t.Errorf("request %d reported success in an aborted batch", i)
		}
	}
	for _, id := range []string{"b1", "b2"} {
		if _, err := s.Message(ctx, id); !errors.Is(err, ErrNotFound) {
			t.Errorf("%s: %v; want it not stored, as its caller was told", id, err)
		}
	}
	enqueue(t, s, msg("after", 1, time.Now()))
	mustMessage(t, s, "after")
}

func TestContextEndedBeforeTheWriterStarts(t *testing.T) {
	s := openTemp(t)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Enqueue(cancelled, msg("pre", 1, time.Now())); !errors.Is(err, context.Canceled) {
		t.Errorf("Enqueue with an ended ctx: %v", err)
	}

	release := blockWriter(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	errc := goErr(func() error { return s.Enqueue(ctx, msg("queued", 1, time.Now())) })
	waitQueued(t, s, 1)
	cancel()
	select {
	case err := <-errc:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Enqueue cancelled while waiting: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Enqueue did not return when its ctx ended")
	}
	release()
	for _, id := range []string{"pre", "queued"} {
		if _, err := s.Message(context.Background(), id); !errors.Is(err, ErrNotFound) {
			t.Errorf("%s: %v; a request cancelled before the writer started it must be dropped", id, err)
		}
	}
}

func TestCloseCommitsPendingWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue.db")
	s := open(t, path)
	release := blockWriter(t, s)
	var errs []<-chan error
	for i := range 5 {
		errs = append(errs, goErr(func() error {
			return s.Enqueue(context.Background(), msg(fmt.Sprintf("p%d", i), 1, time.Now()))
		}))
	}
	waitQueued(t, s, 5)
	closed := goErr(s.Close)
	release()
	if err := <-closed; err != nil {
		t.Fatal(err)
	}
	for i, c := range errs {
		if err := <-c; err != nil {
			t.Errorf("pending Enqueue %d: %v", i, err)
		}
	}
	if err := s.Enqueue(context.Background(), msg("late", 1, time.Now())); err == nil {
		t.Error("Enqueue after Close succeeded")
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	s = open(t, path)
	defer s.Close()
	for i := range 5 {
		mustMessage(t, s, fmt.Sprintf("p%d", i))
	}
}

// crashBody is the body the crash child stores for id.
func crashBody(id string) []byte {
	return bytes.Repeat([]byte(id+";"), 4096/(len(id)+1))
}

// TestKillAfterEnqueue: a child process enqueues from 20 goroutines and
// prints each ID once Enqueue has returned; the parent kills it with
// SIGKILL mid-run and must find every printed ID, body intact.
func TestKillAfterEnqueue(t *testing.T) {
	if path := os.Getenv("STORE_CRASH_CHILD"); path != "" {
		crashChild(t, path)
		return
	}
	path := filepath.Join(t.TempDir(), "queue.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillAfterEnqueue$")
	cmd.Env = append(os.Environ(), "STORE_CRASH_CHILD="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	acked := readAcks(t, cmd, out, 1000)
	if len(acked) < 1000 {
		t.Fatalf("the child acknowledged only %d messages", len(acked))
	}
	s := open(t, path)
	defer s.Close()
	for _, id := range acked {
		_, err := s.Message(context.Background(), id)
		if err != nil || !bytes.Equal(mustBody(t, s, id), crashBody(id)) {
			t.Fatalf("acknowledged %s lost or damaged after SIGKILL: %v", id, err)
		}
	}
	var check string
	if err := s.r.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v", check, err)
	}
	t.Logf("%d acknowledged messages found after SIGKILL", len(acked))
}

// readAcks reads the child's acknowledgements, kills it once it has
// printed n, and returns every complete line it printed before dying.
func readAcks(t *testing.T, cmd *exec.Cmd, out interface{ Read([]byte) (int, error) }, n int) []string {
	t.Helper()
	timer := time.AfterFunc(60*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	var acked []string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if id, ok := strings.CutPrefix(sc.Text(), "acked "); ok {
			acked = append(acked, id)
		}
		if len(acked) == n {
			cmd.Process.Signal(syscall.SIGKILL) // the lines already in the pipe are still read
		}
	}
	cmd.Wait()
	return acked
}

func crashChild(t *testing.T, path string) {
	s := open(t, path) // never closed: the parent kills this process
	var seq atomic.Int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	stop := time.Now().Add(30 * time.Second) // if the parent is gone
	for range 20 {
		wg.Go(func() {
			for time.Now().Before(stop) {
				id := "c" + strconv.FormatInt(seq.Add(1), 10)
				m := msg(id, 1, time.Now())
				m.Body = crashBody(id)
				if err := s.Enqueue(context.Background(), m); err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				fmt.Println("acked", id)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
}

// TestWALStaysShortUnderLoad: a WAL that is appended to without pause is
// never wholly checkpointed by the checkpointer alone; the writer must copy
// the remainder so that SQLite starts the WAL over instead of growing it.
func TestWALStaysShortUnderLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue.db")
	s, err := openSQLite(path, nil, tuning{checkpointEvery: 128 << 10, walLongPages: 128})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const goroutines, each = 40, 75 // 3000 messages of 4 KB
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range each {
				m := msg(fmt.Sprintf("w%d-%d", g, i), 1, time.Now())
				m.Body = crashBody(m.ID)
				if err := s.Enqueue(context.Background(), m); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	fi, err := os.Stat(path + "-wal")
	if err != nil {
		t.Fatal(err)
	}
	if written := int64(goroutines * each * 4096); fi.Size() > written/3 {
		t.Errorf("WAL is %d bytes after %d written: it is not started over", fi.Size(), written)
	}
	t.Logf("WAL %d bytes", fi.Size())
}
