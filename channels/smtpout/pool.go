package smtpout

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"
)

// pool keeps idle connections per next hop and counts open connections per
// next hop (idle ones included) against a limit.
type pool struct {
	limit       int
	idleTimeout time.Duration
	log         *slog.Logger

	mu     sync.Mutex
	hops   map[string]*hopPool // by host:port
	closed bool
}

type hopPool struct {
	open int
	idle []*conn       // oldest first; each with its own security
	wake chan struct{} // closed when a slot frees or a connection idles
}

func newPool(limit int, idleTimeout time.Duration, log *slog.Logger) *pool {
	return &pool{limit: limit, idleTimeout: idleTimeout, log: log, hops: map[string]*hopPool{}}
}

func (p *pool) hop(addr string) *hopPool {
	h := p.hops[addr]
	if h == nil {
		h = &hopPool{wake: make(chan struct{})}
		p.hops[addr] = h
	}
	return h
}

// broadcast wakes the waiters of h and forgets h when nothing uses it.
// Callers hold p.mu.
func (p *pool) broadcast(addr string, h *hopPool) {
	close(h.wake)
	h.wake = make(chan struct{})
	if h.open == 0 {
		delete(p.hops, addr)
	}
}

// preferIdle moves to the front the first hop that has an idle connection
// fitting the request, so a working connection to a lower-preference MX is
// reused instead of dialing a dead primary again.
func (p *pool) preferIdle(hops []hop, fits func(security) bool) []hop {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, h := range hops {
		hp := p.hops[h.addr]
		if hp != nil && slices.ContainsFunc(hp.idle, func(c *conn) bool { return fits(c.sec) }) {
			out := append([]hop{h}, hops[:i]...)
			return append(out, hops[i+1:]...)
		}
	}
	return hops
}

// get returns an idle connection to addr that fits (when allowIdle), or
// nil with a slot reserved for a new connection, waiting for a slot while
// the limit is reached. A reserved slot is given back with free.
func (p *pool) get(ctx context.Context, addr string, fits func(security) bool, allowIdle bool) (*conn, error) {
	for {
		cn, evicted, wait := p.tryGet(addr, fits, allowIdle)
		if evicted != nil {
			p.log.Debug("closing idle connection to make room", "host", addr)
			evicted.quit()
		}
		if wait == nil {
			return cn, nil
		}
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// tryGet returns an idle connection, or reserves a slot (nil, maybe an
// evicted idle connection whose slot was taken over), or a channel to wait on.
func (p *pool) tryGet(addr string, fits func(security) bool, allowIdle bool) (cn, evicted *conn, wait <-chan struct{}) {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := p.hop(addr)
	if allowIdle {
		for i := len(h.idle) - 1; i >= 0; i-- {
			if c := h.idle[i]; fits(c.sec) {
				h.idle = slices.Delete(h.idle, i, i+1)
				c.idle.Stop()
				c.reused = true
				return c, nil, nil
			}
		}
	}
	if h.open < p.limit {
		h.open++
		return nil, nil, nil
	}
	if len(h.idle) > 0 {
		ev := h.idle[0]
		h.idle = h.idle[1:]
		ev.idle.Stop()
		return nil, ev, nil
	}
	return nil, nil, h.wake
}

// free gives back the slot of a connection that failed or was closed.
func (p *pool) free(addr string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := p.hop(addr)
	h.open--
	p.broadcast(addr, h)
}

// put keeps cn for reuse, or closes it when the pool is closed.
func (p *pool) put(cn *conn) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		cn.quit()
		p.free(cn.hop.addr)
		return
	}
	defer p.mu.Unlock()
	h := p.hop(cn.hop.addr)
	cn.idle = time.AfterFunc(p.idleTimeout, func() { p.expire(cn) })
	h.idle = append(h.idle, cn)
	p.broadcast(cn.hop.addr, h)
}

// expire closes cn if it is still idle.
func (p *pool) expire(cn *conn) {
	if !p.remove(cn) {
		return
	}
	p.log.Debug("idle connection expired", "host", cn.hop.addr)
	cn.quit()
	p.free(cn.hop.addr)
}

func (p *pool) remove(cn *conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := p.hops[cn.hop.addr]
	if h == nil {
		return false
	}
	i := slices.Index(h.idle, cn)
	if i < 0 {
		return false
	}
	h.idle = slices.Delete(h.idle, i, i+1)
	return true
}

// close stops pooling and closes every idle connection with QUIT.
func (p *pool) close() {
	p.mu.Lock()
	p.closed = true
	var idle []*conn
	for _, h := range p.hops {
		for _, c := range h.idle {
			c.idle.Stop()
		}
		idle = append(idle, h.idle...)
		h.idle = nil
	}
	p.mu.Unlock()
	var wg sync.WaitGroup
	for _, c := range idle {
		wg.Go(func() {
			c.quit()
			p.free(c.hop.addr)
		})
	}
	wg.Wait()
}
