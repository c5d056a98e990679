package relay

import (
	"errors"
	"net"
	"os"
	"sync"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/conf"
)

// withDefaults fills the zero fields of l from conf.Default, so that a
// zero Limits never means "unlimited".
func withDefaults(l conf.Limits) conf.Limits {
	d := conf.Default().Limits
	fill := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	fillDur := func(v *time.Duration, def time.Duration) {
		if *v <= 0 {
			*v = def
		}
	}
	if l.MaxMessageSize <= 0 {
		l.MaxMessageSize = d.MaxMessageSize
	}
	fill(&l.MaxRecipients, d.MaxRecipients)
	fill(&l.MaxLineLength, d.MaxLineLength)
	fill(&l.AuthFailures, d.AuthFailures)
	fill(&l.MaxConnections, d.MaxConnections)
	fillDur(&l.CommandTimeout, d.CommandTimeout)
	fillDur(&l.DataTimeout, d.DataTimeout)
	fillDur(&l.DataIdleTimeout, d.DataIdleTimeout)
	fillDur(&l.AuthWindow, d.AuthWindow)
	return l
}

// connLimiter counts the open connections of all listeners, refuses
// those over the limit, and can close them all at shutdown.
type connLimiter struct {
	mu    sync.Mutex
	max   int
	conns map[*trackedConn]struct{}
}

func newConnLimiter(max int) *connLimiter {
	return &connLimiter{max: max, conns: map[*trackedConn]struct{}{}}
}

// add registers c, or reports false if the limit is reached.
func (l *connLimiter) add(c *trackedConn) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.conns) >= l.max {
		return false
	}
	l.conns[c] = struct{}{}
	return true
}

func (l *connLimiter) remove(c *trackedConn) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.conns, c)
}

// closeAll closes every open connection (forced shutdown).
func (l *connLimiter) closeAll() {
	l.mu.Lock()
	conns := make([]*trackedConn, 0, len(l.conns))
	for c := range l.conns {
		conns = append(conns, c)
	}
	l.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// Replies for a transfer cut by the server. They are returned from Read
// itself, so that go-smtp shows them as they are on the DATA and BDAT
// paths alike.
var (
	errTransferIdle = &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 4, 2},
		Message: "Idle timeout during message transfer, closing connection"}
	errTransferTooLong = &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 4, 2},
		Message: "Message transfer took too long, closing connection"}
)

// trackedConn is a client connection. It gives its slot back when closed
// and, during a message transfer, replaces go-smtp's read deadline (one
// absolute deadline per command, which would cut a slow but honest
// upload) with an idle deadline: each read may wait up to idle, and the
// whole transfer is capped. A transfer cut by a timeout ends the
// connection after the reply.
type trackedConn struct {
	net.Conn
	idle    time.Duration
	limiter *connLimiter
	once    sync.Once

	mu       sync.Mutex
	until    time.Time // the transfer's cap; zero outside a transfer
	ending   bool      // the transfer's reader is done: the next reply ends it
	timedOut error     // set when the transfer was cut: no more reads, close after the reply
}

func (c *trackedConn) Read(p []byte) (int, error) {
	inTransfer, err := c.extendDeadline()
	if err != nil {
		return 0, err
	}
	n, err := c.Conn.Read(p)
	if inTransfer && isTimeout(err) {
		return n, c.cut()
	}
	return n, err
}

// extendDeadline moves the read deadline during a transfer.
func (c *trackedConn) extendDeadline() (inTransfer bool, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.timedOut != nil {
		return true, c.timedOut
	}
	if c.until.IsZero() {
		return false, nil
	}
	d := time.Now().Add(c.idle)
	if c.until.Before(d) {
		d = c.until
	}
	return true, c.Conn.SetReadDeadline(d)
}

// cut records that the transfer timed out and returns the reply.
func (c *trackedConn) cut() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.timedOut = errTransferIdle
	if !time.Now().Before(c.until) {
		c.timedOut = errTransferTooLong
	}
	return c.timedOut
}

func (c *trackedConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	if c.replied() {
		c.Close()
	}
	return n, err
}

// replied ends a finished transfer on its reply, and reports whether the
// connection must close now.
func (c *trackedConn) replied() (closeNow bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ending {
		c.until, c.ending = time.Time{}, false
	}
	return c.timedOut != nil
}

// beginTransfer starts the idle deadline, capped at maxTime from now.
func (c *trackedConn) beginTransfer(maxTime time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.until, c.ending = time.Now().Add(maxTime), false
}

// endTransfer marks the transfer's reader done: the deadline stays idle
// based while go-smtp drains what is left, until the reply is written.
func (c *trackedConn) endTransfer() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.until.IsZero() {
		c.ending = true
	}
}

func (c *trackedConn) Close() error {
	c.once.Do(func() { c.limiter.remove(c) })
	return c.Conn.Close()
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, os.ErrDeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}
