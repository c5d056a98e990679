package store

import (
	"context"
	"crypto/rand"
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkEnqueueParallel: durable 4 KB enqueues from many SMTP sessions
// at once, as the relay does. msgs/commit shows the group commit at work.
func BenchmarkEnqueueParallel(b *testing.B) {
	procs := runtime.GOMAXPROCS(0)
	for _, p := range []int{1, (20 + procs - 1) / procs, (50 + procs - 1) / procs} {
		b.Run(fmt.Sprintf("callers=%d", p*procs), func(b *testing.B) {
			benchEnqueue(b, p)
		})
	}
}

// benchEnqueue runs parallelism×GOMAXPROCS concurrent callers.
func benchEnqueue(b *testing.B, parallelism int) {
	s := openTemp(b)
	body := make([]byte, 4096)
	rand.Read(body) // sealed bodies do not compress
	var seq atomic.Int64
	b.SetParallelism(parallelism)
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			m := msg("b"+strconv.FormatInt(seq.Add(1), 10), 1, time.Now())
			m.Body = body
			if err := s.Enqueue(context.Background(), m); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	b.ReportMetric(float64(s.committed.Load())/float64(s.commits.Load()), "msgs/commit")
}

// BenchmarkClaimUpdate: the delivery side. Each round claims up to 50 due
// recipients and records them delivered, which removes their messages.
func BenchmarkClaimUpdate(b *testing.B) {
	s := openTemp(b)
	fill(b, s, b.N)
	ctx := context.Background()
	b.ResetTimer()
	for done := 0; done < b.N; {
		rs, err := s.Claim(ctx, LaneMail, time.Now(), 50, time.Minute)
		if err != nil || len(rs) == 0 {
			b.Fatalf("Claim = %d, %v after %d of %d", len(rs), err, done, b.N)
		}
		us := make([]Update, len(rs))
		for i, r := range rs {
			us[i] = Update{MessageID: r.MessageID, Seq: r.Seq, State: StateDelivered}
		}
		if err := s.Update(ctx, us); err != nil {
			b.Fatal(err)
		}
		done += len(rs)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "rcpts/s")
}

// fill enqueues n one-recipient 4 KB messages, due now.
func fill(b *testing.B, s *SQLite, n int) {
	b.Helper()
	body := make([]byte, 4096)
	rand.Read(body)
	var wg sync.WaitGroup
	for g := range 32 {
		wg.Go(func() {
			for i := g; i < n; i += 32 {
				m := msg("f"+strconv.Itoa(i), 1, time.Now().Add(-time.Second))
				m.Body = body
				if err := s.Enqueue(context.Background(), m); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}
