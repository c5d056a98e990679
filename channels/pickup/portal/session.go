package portal

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"sync"
	"time"
)

// maxSessions bounds the sessions held; past it, idle ones go first,
// then any.
const maxSessions = 10000

// session is one browser's sitting with one pickup: first unverified
// (it carries the CSRF token of the landing and code forms), then, after
// the code matched, a new verified one.
type session struct {
	pickupID string
	csrf     string
	verified bool
	viewed   bool // the view was counted in this session
	seen     time.Time
}

// sessions are held in memory, keyed by the SHA-256 of the cookie: the
// cookie itself is kept nowhere. One node only: several need them in the
// store.
type sessions struct {
	idle time.Duration
	mu   sync.Mutex
	m    map[[32]byte]*session
}

func newSessions(idle time.Duration) *sessions {
	return &sessions{idle: idle, m: map[[32]byte]*session{}}
}

// random returns 256 random bits in base64url.
func random() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func sessionKey(cookie string) [32]byte { return sha256.Sum256([]byte(cookie)) }

// start makes a session for a pickup and returns its cookie value.
func (ss *sessions) start(pickupID string, verified bool, now time.Time) (cookie string, s session) {
	cookie = random()
	s = session{pickupID: pickupID, csrf: random(), verified: verified, seen: now}
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.makeRoom(now)
	ss.m[sessionKey(cookie)] = &s
	return cookie, s
}

// get returns a copy of cookie's session if it was used within the idle
// timeout, and marks it used now. An idle session is dropped.
func (ss *sessions) get(cookie string, now time.Time) (session, bool) {
	k := sessionKey(cookie)
	ss.mu.Lock()
	defer ss.mu.Unlock()
	s := ss.m[k]
	if s == nil {
		return session{}, false
	}
	if now.Sub(s.seen) >= ss.idle {
		delete(ss.m, k)
		return session{}, false
	}
	s.seen = now
	return *s, true
}

// setViewed records that cookie's session counted its view.
func (ss *sessions) setViewed(cookie string) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if s := ss.m[sessionKey(cookie)]; s != nil {
		s.viewed = true
	}
}

func (ss *sessions) end(cookie string) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	delete(ss.m, sessionKey(cookie))
}

func (ss *sessions) makeRoom(now time.Time) {
	if len(ss.m) < maxSessions {
		return
	}
	for k, s := range ss.m {
		if now.Sub(s.seen) >= ss.idle {
			delete(ss.m, k)
		}
	}
	for k := range ss.m {
		if len(ss.m) < maxSessions {
			break
		}
		delete(ss.m, k)
	}
}
