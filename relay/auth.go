package relay

import (
	"context"
	"errors"
	"net/netip"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

var (
	errAuthThrottled = &smtp.SMTPError{Code: 454, EnhancedCode: smtp.EnhancedCode{4, 7, 0},
		Message: "Too many failed authentication attempts, try again later"}
	errAuthTemp = &smtp.SMTPError{Code: 454, EnhancedCode: smtp.EnhancedCode{4, 7, 0},
		Message: "Temporary authentication failure, try again later"}
)

// AuthMechanisms lists PLAIN and LOGIN on the AUTH listeners; go-smtp
// offers them only over TLS.
func (s *session) AuthMechanisms() []string {
	if s.kind == kindRelay {
		return nil
	}
	return []string{sasl.Plain, sasl.Login}
}

func (s *session) Auth(mech string) (sasl.Server, error) {
	if s.kind == kindRelay {
		return nil, smtp.ErrAuthUnsupported
	}
	if s.srv.throttle.blocked(s.remote, time.Now()) {
		s.snapshot().log.Warn("auth refused: too many failures from this address")
		return nil, errAuthThrottled
	}
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, user, pass string) error {
			if identity != "" && identity != user { // no proxy authorization
				return smtp.ErrAuthFailed
			}
			return s.authenticate(user, pass)
		}), nil
	case sasl.Login:
		return &loginServer{authenticate: s.authenticate}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

// authenticate checks credentials, counting failures per client address.
func (s *session) authenticate(user, pass string) error {
	if s.srv.throttle.blocked(s.remote, time.Now()) {
		return errAuthThrottled
	}
	acct, err := s.srv.checkPassword(user, pass)
	log := s.snapshot().log.With("user", user)
	switch {
	case errors.Is(err, ErrBadCredentials) || (err == nil && acct == nil):
		s.srv.throttle.fail(s.remote, time.Now())
		log.Warn("auth failed: bad credentials")
		return smtp.ErrAuthFailed
	case err != nil:
		log.Error("auth failed: the check itself failed", "err", err)
		return errAuthTemp
	}
	name := acct.Name
	if name == "" {
		name = user
	}
	s.mu.Lock()
	s.submitter, s.maySendAs = name, acct.MaySendAs
	s.log = s.log.With("submitter", name)
	s.mu.Unlock()
	log.Info("auth ok")
	return nil
}

// checkPassword runs the Authenticator, at most maxConcurrentAuth at once.
func (srv *Server) checkPassword(user, pass string) (*Account, error) {
	ctx, cancel := context.WithTimeout(context.Background(), srv.lim.CommandTimeout)
	defer cancel()
	select {
	case srv.hashing <- struct{}{}:
		defer func() { <-srv.hashing }()
	case <-ctx.Done():
		return nil, errors.New("relay: too many password checks in progress")
	}
	return srv.cfg.Auth.Authenticate(ctx, user, pass)
}

// loginServer is the server side of the LOGIN mechanism
// (draft-murchison-sasl-login): Outlook and older clients use it, and
// go-sasl only has the client side.
type loginServer struct {
	step         int
	user         string
	authenticate func(user, pass string) error
}

var _ sasl.Server = (*loginServer)(nil)

var errLoginSequence = &smtp.SMTPError{Code: 501, EnhancedCode: smtp.EnhancedCode{5, 5, 2},
	Message: "Unexpected LOGIN response"}

func (l *loginServer) Next(resp []byte) ([]byte, bool, error) {
	switch l.step {
	case 0:
		if len(resp) == 0 {
			l.step = 1
			return []byte("Username:"), false, nil
		}
		fallthrough // an initial response is the user name
	case 1:
		l.user, l.step = string(resp), 2
		return []byte("Password:"), false, nil
	case 2:
		l.step = 3
		return nil, true, l.authenticate(l.user, string(resp))
	}
	return nil, false, errLoginSequence
}

// authThrottle locks a client address out of AUTH for a window after too
// many failures within that window. IPv6 clients are counted per /64. It
// tracks at most max addresses, forgetting the oldest first.
type authThrottle struct {
	mu       sync.Mutex
	limit    int
	window   time.Duration
	max      int
	failures map[netip.Prefix]*authFailures
}

type authFailures struct {
	count       int
	first       time.Time
	lockedUntil time.Time
}

// maxThrottled bounds the addresses the AUTH throttle remembers.
const maxThrottled = 10000

func newAuthThrottle(limit int, window time.Duration, max int) *authThrottle {
	return &authThrottle{limit: limit, window: window, max: max, failures: map[netip.Prefix]*authFailures{}}
}

func throttleKey(ip netip.Addr) netip.Prefix {
	bits := 32
	if ip.Is6() {
		bits = 64
	}
	p, _ := ip.Prefix(bits)
	return p
}

// blocked reports whether ip may not try AUTH now.
func (t *authThrottle) blocked(ip netip.Addr, now time.Time) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	f := t.failures[throttleKey(ip)]
	return f != nil && now.Before(f.lockedUntil)
}

// fail records a failed attempt; the limit-th failure within the window
// locks the address out for a window.
func (t *authThrottle) fail(ip netip.Addr, now time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	k := throttleKey(ip)
	f := t.failures[k]
	if f == nil || t.expired(f, now) {
		if f == nil && len(t.failures) >= t.max {
			t.evict(now)
		}
		f = &authFailures{first: now}
		t.failures[k] = f
	}
	f.count++
	if f.count >= t.limit {
		f.lockedUntil = now.Add(t.window)
	}
}

func (t *authThrottle) expired(f *authFailures, now time.Time) bool {
	return now.Sub(f.first) >= t.window && !now.Before(f.lockedUntil)
}

// evict drops the expired entries, or if none has expired, the oldest.
func (t *authThrottle) evict(now time.Time) {
	var oldest netip.Prefix
	var oldestFirst time.Time
	for k, f := range t.failures {
		if t.expired(f, now) {
			delete(t.failures, k)
		} else if oldestFirst.IsZero() || f.first.Before(oldestFirst) {
			oldest, oldestFirst = k, f.first
		}
	}
	if len(t.failures) >= t.max {
		delete(t.failures, oldest)
	}
}

// size is the number of tracked addresses.
func (t *authThrottle) size() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.failures)
}
