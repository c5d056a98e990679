package smtpout

import (
	"context"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
)

// outcome tells Deliver what to do after a transaction attempt.
type outcome int

const (
	outDone       outcome = iota // every recipient settled on this hop
	outNextHop                   // the hop failed as a whole: try the next one
	outRetryFresh                // a reused connection failed before MAIL was accepted
)

// fate tells what becomes of a connection after a transaction attempt.
type fate int

const (
	keep fate = iota // idle, for reuse
	quit             // healthy but mid-transaction: QUIT
	drop             // broken: close
)

// connect returns an idle connection to h that fits n (when allowIdle) or
// a new one, holding a slot of h's limit.
func (d *Deliverer) connect(ctx context.Context, h hop, n need, allowIdle bool) (*conn, error) {
	cn, err := d.pool.get(ctx, h.addr, n.fits, allowIdle)
	if err != nil || cn != nil {
		return cn, err
	}
	cn, err = d.dial(ctx, h, n)
	if err != nil {
		d.pool.free(h.addr)
		d.log.Info("connection failed", "host", h.addr, "err", err)
		return nil, err
	}
	return cn, nil
}

// run performs one transaction on cn and returns cn to the pool or
// closes it.
func (d *Deliverer) run(ctx context.Context, cn *conn, req *Request, res *Result) outcome {
	stop := context.AfterFunc(ctx, cn.abort)
	res.useConn(cn, req.Methods)
	out, f := d.transact(ctx, cn, req, res)
	if !stop() {
		f = drop
	}
	d.release(cn, f)
	return out
}

func (d *Deliverer) release(cn *conn, f fate) {
	switch f {
	case keep:
		d.pool.put(cn)
		return
	case quit:
		cn.quit()
	default:
		cn.c.Close()
	}
	d.pool.free(cn.hop.addr)
}

// transact sends MAIL, RCPT and DATA and records per-recipient results.
func (d *Deliverer) transact(ctx context.Context, cn *conn, req *Request, res *Result) (outcome, fate) {
	if out, f, ok := d.mail(ctx, cn, req, res); !ok {
		return out, f
	}
	accepted, err := d.rcpts(ctx, cn, req, res)
	if err != nil {
		res.failAll(err)
		return outNextHop, drop
	}
	if len(accepted) == 0 {
		return outDone, quit
	}
	return d.data(ctx, cn, req, accepted, res)
}

// mail sends MAIL FROM; ok reports that it was accepted.
func (d *Deliverer) mail(ctx context.Context, cn *conn, req *Request, res *Result) (outcome, fate, bool) {
	opts, oerr := mailOptions(cn, req)
	if oerr != nil {
		res.failAll(oerr)
		return outDone, keep, false
	}
	err := cn.c.Mail(req.From, opts)
	if err == nil {
		return 0, 0, true
	}
	e := d.errorFor(ctx, err, cn.hop)
	switch {
	case (e.Code == 0 || e.Code == 421) && cn.reused && ctx.Err() == nil:
		return outRetryFresh, drop, false
	case e.Code == 0 || e.Code == 421:
		res.failAll(e)
		return outNextHop, drop, false
	case e.Temporary:
		res.failAll(e)
		return outNextHop, keep, false
	}
	res.failAll(e)
	return outDone, keep, false
}

func mailOptions(cn *conn, req *Request) (*smtp.MailOptions, *Error) {
	if badAddr(req.From) {
		return nil, &Error{Enhanced: "5.1.7", Msg: "bad sender address syntax"}
	}
	opts := &smtp.MailOptions{Size: req.size()}
	if ok, _ := cn.c.Extension("REQUIRETLS"); ok && req.RequireTLS {
		opts.RequireTLS = true
	}
	if !isASCII(req.From) || !isASCII(req.Recipients...) {
		if ok, _ := cn.c.Extension("SMTPUTF8"); !ok {
			return nil, &Error{Enhanced: enhUTF8, Host: cn.hop.addr,
				Msg: cn.hop.host + " does not support SMTPUTF8 for internationalized addresses"}
		}
		opts.UTF8 = true
	}
	return opts, nil
}

// rcpts sends RCPT TO for every recipient and returns the indexes of the
// accepted ones; an error means the connection failed.
func (d *Deliverer) rcpts(ctx context.Context, cn *conn, req *Request, res *Result) ([]int, error) {
	var accepted []int
	for i, to := range req.Recipients {
		if badAddr(to) {
			res.Rcpts[i].Err = &Error{Enhanced: "5.1.3", Msg: "bad recipient address syntax"}
			continue
		}
		err := cn.c.Rcpt(to, nil)
		if err == nil {
			res.Rcpts[i].Err = nil
			accepted = append(accepted, i)
			d.log.Debug("recipient accepted", "host", cn.hop.addr, "rcpt", to)
			continue
		}
		e := d.errorFor(ctx, err, cn.hop)
		if e.Code == 0 {
			return nil, e
		}
		res.Rcpts[i].Err = e
		d.log.Debug("recipient refused", "host", cn.hop.addr, "rcpt", to, "code", e.Code, "enhanced", e.Enhanced)
	}
	return accepted, nil
}

// data opens the message for this attempt and sends it. A message that
// cannot be opened settles the attempt: the next hop is not to blame.
func (d *Deliverer) data(ctx context.Context, cn *conn, req *Request, accepted []int, res *Result) (outcome, fate) {
	body, err := req.open()
	if err != nil {
		d.log.Warn("cannot open the message", "host", cn.hop.addr, "err", err)
		e := readError(err)
		for _, i := range accepted {
			res.Rcpts[i].Err = e
		}
		return outDone, quit
	}
	defer body.Close()
	return d.sendData(ctx, cn, body, accepted, res)
}

// sendData sends DATA and body; its result applies to every accepted
// recipient.
func (d *Deliverer) sendData(ctx context.Context, cn *conn, body io.Reader, accepted []int, res *Result) (outcome, fate) {
	fail := func(err error) {
		e := d.errorFor(ctx, err, cn.hop)
		for _, i := range accepted {
			res.Rcpts[i].Err = e
		}
	}
	w, err := cn.c.Data()
	if err != nil {
		if e := d.errorFor(ctx, err, cn.hop); e.Code == 0 {
			res.failAll(e)
			return outNextHop, drop
		}
		fail(err)
		return outDone, quit
	}
	if err := d.writeBody(cn, w, body); err != nil {
		var e *Error
		if errors.As(err, &e) { // reading failed: closing without the final dot discards what was sent
			d.log.Warn("cannot read the message", "host", cn.hop.addr, "err", e.Unwrap())
			fail(e)
			return outDone, drop
		}
		res.failAll(d.errorFor(ctx, err, cn.hop))
		return outNextHop, drop
	}
	cn.nc.SetDeadline(time.Now().Add(d.cfg.CommandTimeout)) // for the final flush
	if _, err := w.CloseWithResponse(); err != nil {
		// The body went out: whatever happened, this hop had the message.
		fail(err)
		if e := d.errorFor(ctx, err, cn.hop); e.Code == 0 || e.Code == 421 {
			return outDone, drop
		}
	}
	return outDone, keep
}

// bodyChunk is the most writeBody writes under one deadline.
const bodyChunk = 64 << 10

// writeBody copies body to w in chunks, each with its own deadline:
// go-smtp sets none on body writes, and one deadline for the whole body
// would fail large messages on slow links. A failure to read body is
// returned as a readError, one to write as it is.
func (d *Deliverer) writeBody(cn *conn, w io.Writer, body io.Reader) error {
	bp := d.bufs.Get().(*[]byte)
	defer d.bufs.Put(bp)
	for {
		n, err := io.ReadFull(body, *bp)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return readError(err)
		}
		if n > 0 {
			cn.nc.SetWriteDeadline(time.Now().Add(d.cfg.CommandTimeout))
			if _, err := w.Write((*bp)[:n]); err != nil {
				return err
			}
		}
		if err != nil {
			return nil
		}
	}
}

// badAddr reports an address that would break the command line.
func badAddr(a string) bool {
	return strings.ContainsAny(a, "\r\n<>")
}

func isASCII(ss ...string) bool {
	for _, s := range ss {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return false
			}
		}
	}
	return true
}
