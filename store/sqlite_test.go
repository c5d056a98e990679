package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func open(t testing.TB, path string) *SQLite {
	t.Helper()
	s, err := OpenSQLite(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func msg(id string, nrcpt int, now time.Time) *Message {
	m := &Message{ID: id, From: "dr@example.org", Submitter: "dr", Received: now, Expires: now.Add(time.Hour),
		Size: 4, Level: "phi", Body: []byte("sealed")}
	for i := 0; i < nrcpt; i++ {
		m.Recipients = append(m.Recipients, &Recipient{MessageID: id, Seq: i, Addr: fmt.Sprintf("r%d@example.net", i),
			Domain: "example.net", Methods: []string{"tls-verified", "pickup"}, Rule: "phi", NextAttempt: now})
	}
	return m
}

func TestEnqueueMessageRoundTrip(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	ctx := context.Background()
	now := time.Now()
	if err := s.Enqueue(ctx, msg("m1", 3, now)); err != nil {
		t.Fatal(err)
	}
	if err := s.Enqueue(ctx, msg("m1", 1, now)); err == nil {
		t.Error("a duplicate message id was accepted")
	}
	m, err := s.Message(ctx, "m1")
	if err != nil {
		t.Fatal(err)
	}
	if m.From != "dr@example.org" || !bytes.Equal(m.Body, []byte("sealed")) || len(m.Recipients) != 3 ||
		m.Recipients[2].Addr != "r2@example.net" || strings.Join(m.Recipients[0].Methods, ">") != "tls-verified>pickup" ||
		m.Recipients[0].State != StateQueued || !m.Received.Equal(time.Unix(0, now.UnixNano())) {
		t.Errorf("round trip: %+v %+v", m, m.Recipients[0])
	}
	if _, err := s.Message(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing message: %v", err)
	}
}

func TestClaimLeasesAndUpdateRemoves(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	ctx := context.Background()
	now := time.Now()
	s.Enqueue(ctx, msg("m1", 2, now))
	later := msg("m2", 1, now)
	later.Recipients[0].NextAttempt = now.Add(time.Hour)
	s.Enqueue(ctx, later)

	rs, err := s.Claim(ctx, now, 10, time.Minute)
	if err != nil || len(rs) != 2 {
		t.Fatalf("Claim = %d, %v; want the 2 due recipients", len(rs), err)
	}
	if rs[0].Attempts != 1 {
		t.Errorf("attempts = %d, want 1 (recorded before the attempt)", rs[0].Attempts)
	}
	if again, _ := s.Claim(ctx, now, 10, time.Minute); len(again) != 0 {
		t.Errorf("leased recipients claimed again: %d", len(again))
	}
	if after, _ := s.Claim(ctx, now.Add(2*time.Minute), 1, time.Minute); len(after) != 1 {
		t.Errorf("after the lease, limit 1: got %d", len(after))
	}
	if n, err := s.Recover(ctx, now); err != nil || n != 2 {
		t.Errorf("Recover = %d, %v; want the 2 claimed recipients released", n, err)
	}
	if again, _ := s.Claim(ctx, now, 10, time.Minute); len(again) != 2 {
		t.Errorf("after Recover, %d due; want 2", len(again))
	}
	next, ok, _ := s.NextDue(ctx)
	if !ok || next.Before(now) {
		t.Errorf("NextDue = %v %v", next, ok)
	}
	err = s.Update(ctx, []Update{{MessageID: "m1", Seq: 0, State: StateDelivered}, {MessageID: "m1", Seq: 1, State: StateQueued, NextAttempt: now, LastError: "451"}})
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := s.Message(ctx, "m1"); m == nil || m.Recipients[1].LastError != "451" {
		t.Fatal("message removed while a recipient is still queued")
	}
	s.Update(ctx, []Update{{MessageID: "m1", Seq: 1, State: StateFailed}})
	if _, err := s.Message(ctx, "m1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("finished message still stored: %v", err)
	}
	if ms, _ := s.Messages(ctx, 10); len(ms) != 1 || ms[0].ID != "m2" || ms[0].Body != nil {
		t.Errorf("Messages = %+v", ms)
	}
}

func TestUsers(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	ctx := context.Background()
	u := &User{Name: "ehr", Hash: "$argon2id$x", MaySendAs: []string{"@clinic.example", "ehr@x.example"}, Created: time.Now()}
	if err := s.AddUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	if err := s.AddUser(ctx, u); !errors.Is(err, ErrExists) {
		t.Errorf("duplicate user: %v", err)
	}
	got, err := s.User(ctx, "ehr")
	if err != nil || got.Hash != u.Hash || len(got.MaySendAs) != 2 {
		t.Errorf("User = %+v, %v", got, err)
	}
	if us, _ := s.Users(ctx); len(us) != 1 {
		t.Errorf("Users = %d", len(us))
	}
	if err := s.RemoveUser(ctx, "ehr"); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveUser(ctx, "ehr"); !errors.Is(err, ErrNotFound) {
		t.Errorf("remove twice: %v", err)
	}
}

func TestConcurrentEnqueueSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	s := open(t, path)
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				if err := s.Enqueue(context.Background(), msg(fmt.Sprintf("g%d-%d", g, i), 1, time.Now())); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	s.Close()
	s = open(t, path)
	defer s.Close()
	if ms, _ := s.Messages(context.Background(), 5000); len(ms) != 2000 {
		t.Fatalf("%d messages after reopen, want 2000", len(ms))
	}
}

// TestKillAfterEnqueue: a child process enqueues and prints each id once
// Enqueue returns; the parent kills it with SIGKILL and finds every printed
// id in the database.
func TestKillAfterEnqueue(t *testing.T) {
	if path := os.Getenv("STORE_CRASH_CHILD"); path != "" {
		s := open(t, path)
		for i := 0; ; i++ {
			id := fmt.Sprintf("c%d", i)
			if err := s.Enqueue(context.Background(), msg(id, 1, time.Now())); err != nil {
				t.Fatal(err)
			}
			fmt.Println("acked", id)
		}
	}
	path := filepath.Join(t.TempDir(), "q.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillAfterEnqueue$")
	cmd.Env = append(os.Environ(), "STORE_CRASH_CHILD="+path)
	var out syncBuf
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for strings.Count(out.String(), "acked") < 200 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	acked := strings.Fields(strings.ReplaceAll(out.String(), "acked", ""))
	if len(acked) < 200 {
		t.Fatalf("child acknowledged only %d messages", len(acked))
	}
	s := open(t, path)
	defer s.Close()
	for _, id := range acked {
		if _, err := s.Message(context.Background(), id); err != nil {
			t.Fatalf("acknowledged %s lost after SIGKILL: %v", id, err)
		}
	}
}

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func BenchmarkEnqueueParallel4K(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "q.db"))
	defer s.Close()
	body := bytes.Repeat([]byte("x"), 4096)
	var n sync.Mutex
	seq := 0
	b.SetParallelism(10) // 20 goroutines on 2 cores
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n.Lock()
			seq++
			id := fmt.Sprintf("b%d", seq)
			n.Unlock()
			m := msg(id, 1, time.Now())
			m.Body = body
			if err := s.Enqueue(context.Background(), m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}
