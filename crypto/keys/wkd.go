package keys

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/sealpost/sealpost/crypto/openpgp"
	"github.com/sealpost/sealpost/crypto/wkd"
)

// lookupWKD adds the keys addr's Web Key Directory publishes for addr,
// from the cache when it can.
func (f *Finder) lookupWKD(ctx context.Context, fd *Found) {
	e, ok := f.cached(fd.Address)
	if !ok {
		e = f.fetchWKD(ctx, fd.Address)
		f.remember(fd.Address, e)
	}
	if e.note != "" {
		fd.Notes = append(fd.Notes, e.note)
	}
	for _, k := range e.keys {
		f.usePGP(fd, k, SourceWKD)
	}
}

// fetchWKD looks addr up. A published key counts only if one of its user
// IDs is addr: a directory may serve more than was asked for, and a key
// for someone else must not receive this recipient's mail.
func (f *Finder) fetchWKD(ctx context.Context, addr string) wkdEntry {
	now := f.cfg.Now()
	res, err := f.cfg.WKD.Lookup(ctx, addr)
	switch {
	case errors.Is(err, wkd.ErrNotFound):
		return wkdEntry{expires: now.Add(f.cfg.TTL)}
	case errors.Is(err, context.DeadlineExceeded):
		return wkdEntry{note: "wkd: timeout", expires: now.Add(f.cfg.TTL / 10)}
	case err != nil:
		return wkdEntry{note: "wkd: lookup failed", expires: now.Add(f.cfg.TTL / 10)}
	}
	ks, err := openpgp.ParseKeys(res.Data)
	if err != nil {
		return wkdEntry{note: "wkd: unreadable key", expires: now.Add(f.cfg.TTL / 10)}
	}
	e := wkdEntry{expires: now.Add(f.cfg.TTL)}
	for _, k := range ks {
		if slices.ContainsFunc(k.Info(now).Emails, func(m string) bool { return strings.EqualFold(m, addr) }) {
			e.keys = append(e.keys, k)
		}
	}
	if len(e.keys) == 0 {
		e.note = "wkd: no key for this address"
	}
	return e
}

func (f *Finder) cached(addr string) (wkdEntry, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	e, ok := f.cache[addr]
	if !ok || !f.cfg.Now().Before(e.expires) {
		return wkdEntry{}, false
	}
	return e, true
}

func (f *Finder) remember(addr string, e wkdEntry) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.cache) >= cacheMax {
		for k := range f.cache { // map order is random enough to evict by
			delete(f.cache, k)
			break
		}
	}
	f.cache[addr] = e
}

// Forget drops what the cache holds for addr (or everything, for ""),
// after the admin changed keys, say.
func (f *Finder) Forget(addr string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if addr == "" {
		clear(f.cache)
		return
	}
	delete(f.cache, strings.ToLower(addr))
}
