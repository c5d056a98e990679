package relay

import (
	"errors"
	"net/netip"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
)

// loginServer is the server side of the LOGIN mechanism (Outlook and
// older clients use it; go-sasl only has the client side).
type loginServer struct {
	step         int
	user         string
	authenticate func(user, pass string) error
}

var errLoginSequence = errors.New("unexpected LOGIN response")

func (l *loginServer) Next(resp []byte) ([]byte, bool, error) {
	switch l.step {
	case 0:
		if len(resp) > 0 { // initial response: the user name
			l.user, l.step = string(resp), 2
			return []byte("Password:"), false, nil
		}
		l.step = 1
		return []byte("Username:"), false, nil
	case 1:
		l.user, l.step = string(resp), 2
		return []byte("Password:"), false, nil
	case 2:
		l.step = 3
		return nil, true, l.authenticate(l.user, string(resp))
	}
	return nil, false, errLoginSequence
}

var _ sasl.Server = (*loginServer)(nil)

// authThrottle locks out, per client IP, AUTH after too many failures
// within a window. It holds at most maxTracked addresses.
type authThrottle struct {
	mu       sync.Mutex
	max      int
	window   time.Duration
	failures map[netip.Addr]*failures
}

type failures struct {
	count int
	since time.Time
}

const maxTracked = 10000

func newAuthThrottle(max int, window time.Duration) *authThrottle {
	return &authThrottle{max: max, window: window, failures: map[netip.Addr]*failures{}}
}

// blocked reports whether ip may not try AUTH now.
func (t *authThrottle) blocked(ip netip.Addr, now time.Time) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	f := t.failures[ip]
	if f == nil {
		return false
	}
	if now.Sub(f.since) >= t.window {
		delete(t.failures, ip)
		return false
	}
	return f.count >= t.max
}

// fail records a failed attempt.
func (t *authThrottle) fail(ip netip.Addr, now time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	f := t.failures[ip]
	if f == nil || now.Sub(f.since) >= t.window {
		if len(t.failures) >= maxTracked {
			t.prune(now)
		}
		f = &failures{since: now}
		t.failures[ip] = f
	}
	f.count++
}

// prune drops expired entries, and if none expired, the oldest.
func (t *authThrottle) prune(now time.Time) {
	var oldest netip.Addr
	var oldestSince time.Time
	for ip, f := range t.failures {
		if now.Sub(f.since) >= t.window {
			delete(t.failures, ip)
		} else if oldestSince.IsZero() || f.since.Before(oldestSince) {
			oldest, oldestSince = ip, f.since
		}
	}
	if len(t.failures) >= maxTracked {
		delete(t.failures, oldest)
	}
}
