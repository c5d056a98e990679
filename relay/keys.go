package relay

import (
	"context"
	"sync"
	"time"

	"github.com/sealpost/sealpost/crypto/keys"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

// Discoverer finds a recipient's keys; *keys.Finder is the production
// one. Find never fails: what it cannot learn comes back as notes.
type Discoverer interface {
	Find(ctx context.Context, addr string) *keys.Found
}

// discoveryWorkers bounds the lookups of one message run at once.
const discoveryWorkers = 8

// discoverAll finds the keys of every recipient, several at a time. A
// nil Discoverer finds nothing.
func discoverAll(ctx context.Context, d Discoverer, rcpts []string) []*keys.Found {
	out := make([]*keys.Found, len(rcpts))
	if d == nil {
		return out
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, discoveryWorkers)
	for i, r := range rcpts {
		if r == "" { // not looked up (a text's recipient)
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i] = d.Find(ctx, r)
		}()
	}
	wg.Wait()
	return out
}

// RecipientPosture is the posture a decision for rcpt starts from: the
// policy's overrides and, with a Discoverer, the keys it finds.
func RecipientPosture(ctx context.Context, pol *policy.Policy, d Discoverer, rcpt string) policy.Posture {
	pos := pol.Posture(rcpt)
	if d == nil {
		return pos
	}
	return withKeys(pos, d.Find(ctx, rcpt))
}

// withKeys adds what discovery found to a recipient's posture.
func withKeys(pos policy.Posture, fd *keys.Found) policy.Posture {
	if fd == nil {
		return pos
	}
	pos.HasPGP, pos.HasSMIME = len(fd.PGP) > 0, len(fd.SMIME) > 0
	pos.Keys = keyRecords(fd.Records)
	pos.Notes = append(pos.Notes, fd.Notes...)
	return pos
}

// keyRecords converts discovery's records into the decision's.
func keyRecords(rs []keys.Record) []policy.Key {
	if len(rs) == 0 {
		return nil
	}
	out := make([]policy.Key, len(rs))
	for i, r := range rs {
		out[i] = policy.Key{Kind: string(r.Kind), Source: r.Source, Fingerprint: r.Fingerprint,
			Expires: r.Expires.UTC().Truncate(time.Second), Unusable: r.Unusable}
	}
	return out
}

// endToEnd reports whether m encrypts the message itself, and with which
// kind of key.
func endToEnd(m policy.Method) (store.KeyKind, bool) {
	switch m {
	case policy.MethodPGP:
		return store.KeyPGP, true
	case policy.MethodSMIME:
		return store.KeySMIME, true
	}
	return "", false
}
