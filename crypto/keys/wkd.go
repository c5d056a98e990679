package keys

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/sealpost/sealpost/crypto/openpgp"
	"github.com/sealpost/sealpost/crypto/wkd"
)

// lookup is a remote key lookup: WKD or a keyserver.
type lookup func(ctx context.Context, addr string) (*wkd.Result, error)

// lookupRemote adds the keys a remote source publishes for addr, from the
// cache when it can.
func (f *Finder) lookupRemote(ctx context.Context, fd *Found, source string, look lookup) {
	key := source + "\x00" + fd.Address
	e, ok := f.cached(key)
	if !ok {
		e = f.fetch(ctx, fd.Address, source, look)
		f.remember(key, e)
	}
	if e.note != "" {
		fd.Notes = append(fd.Notes, e.note)
	}
	for _, k := range e.keys {
		f.usePGP(fd, k, source)
	}
}

// fetch looks addr up. A published key counts only if one of its user
// IDs is addr: a directory may serve more than was asked for, and a key
// for someone else must not receive this recipient's mail.
func (f *Finder) fetch(ctx context.Context, addr, source string, look lookup) remoteEntry {
	now := f.cfg.Now()
	res, err := look(ctx, addr)
	switch {
	case errors.Is(err, wkd.ErrNotFound):
		return remoteEntry{expires: now.Add(f.cfg.TTL)}
	case errors.Is(err, context.DeadlineExceeded):
		return remoteEntry{note: source + ": timeout", expires: now.Add(f.cfg.TTL / 10)}
	case err != nil:
		return remoteEntry{note: source + ": lookup failed", expires: now.Add(f.cfg.TTL / 10)}
	}
	ks, err := openpgp.ParseKeys(res.Data)
	if err != nil {
		return remoteEntry{note: source + ": unreadable key", expires: now.Add(f.cfg.TTL / 10)}
	}
	e := remoteEntry{expires: now.Add(f.cfg.TTL)}
	for _, k := range ks {
		if slices.ContainsFunc(k.Info(now).Emails, func(m string) bool { return strings.EqualFold(m, addr) }) {
			e.keys = append(e.keys, k)
		}
	}
	if len(e.keys) == 0 {
		e.note = source + ": no key for this address"
	}
	return e
}

func (f *Finder) cached(key string) (remoteEntry, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	e, ok := f.cache[key]
	if !ok || !f.cfg.Now().Before(e.expires) {
		return remoteEntry{}, false
	}
	return e, true
}

func (f *Finder) remember(key string, e remoteEntry) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.cache) >= cacheMax {
		for k := range f.cache { // map order is random enough to evict by
			delete(f.cache, k)
			break
		}
	}
	f.cache[key] = e
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
	for _, source := range []string{SourceWKD, SourceKeyserver} {
		delete(f.cache, source+"\x00"+strings.ToLower(addr))
	}
}
