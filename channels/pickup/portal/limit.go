package portal

import (
	"sync"
	"time"
)

// Limit is a token bucket: Burst requests at once, then one per Every.
type Limit struct {
	Burst int
	Every time.Duration
}

// maxBuckets bounds a limiter's memory; past it, refilled buckets go
// first, then any.
const maxBuckets = 10000

// limiter holds one bucket per key (an IP, a pickup ID).
type limiter struct {
	lim Limit
	mu  sync.Mutex
	m   map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(l Limit) *limiter {
	return &limiter{lim: l, m: map[string]*bucket{}}
}

// allow takes a token from key's bucket if it has one.
func (l *limiter) allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.m[key]
	if b == nil {
		l.makeRoom(now)
		b = &bucket{tokens: float64(l.lim.Burst), last: now}
		l.m[key] = b
	}
	b.refill(l.lim, now)
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

func (b *bucket) refill(l Limit, now time.Time) {
	if d := now.Sub(b.last); d > 0 {
		b.tokens = min(float64(l.Burst), b.tokens+float64(d)/float64(l.Every))
		b.last = now
	}
}

// makeRoom drops buckets when the map is full: a full bucket is the same
// as none.
func (l *limiter) makeRoom(now time.Time) {
	if len(l.m) < maxBuckets {
		return
	}
	for k, b := range l.m {
		if b.refill(l.lim, now); b.tokens >= float64(l.lim.Burst) {
			delete(l.m, k)
		}
	}
	for k := range l.m {
		if len(l.m) < maxBuckets {
			break
		}
		delete(l.m, k)
	}
}
