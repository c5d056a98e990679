package smtpout

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/emersion/go-smtp"
)

// Error is a delivery failure: a reply of the next hop (Code != 0) or a
// local condition (connection, TLS, DNS, reading the message; Code 0). Its
// text never holds message content.
type Error struct {
	Code      int    // SMTP reply code, 0 when no reply was received
	Enhanced  string // RFC 3463 code, e.g. "5.1.1"; may be empty
	Msg       string // the reply text or a description
	Temporary bool   // retrying later may succeed
	Host      string // host:port of the next hop, if any
	cause     error
}

// Error renders the failure on one line.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("smtpout: ")
	if e.Host != "" {
		b.WriteString(e.Host + ": ")
	}
	if e.Code != 0 {
		fmt.Fprintf(&b, "%d ", e.Code)
	}
	if e.Enhanced != "" {
		b.WriteString(e.Enhanced + " ")
	}
	b.WriteString(strings.Join(strings.Fields(e.Msg), " "))
	return b.String()
}

// Unwrap returns the underlying cause (a network error, context.Canceled…).
func (e *Error) Unwrap() error { return e.cause }

// Enhanced status codes of local failures.
const (
	enhNoAnswer   = "4.4.1" // connection refused or timed out
	enhBadConn    = "4.4.2" // connection dropped
	enhDNS        = "4.4.3" // MX lookup failed
	enhNullMX     = "5.1.10"
	enhTLSNeeded  = "4.7.10" // encryption needed (no STARTTLS)
	enhTLSFailed  = "4.7.5"  // cryptographic failure (certificate, handshake)
	enhUTF8       = "5.6.7"
	enhNoMethod   = "5.7.0"
	enhCanceled   = "4.4.7"
	enhBadRouting = "5.3.5" // system incorrectly configured
	enhLocal      = "4.3.0" // the message could not be read
)

// readError is the failure of every recipient of a DATA attempt whose
// message could not be opened or read: local, temporary, not the next
// hop's. Its text does not repeat err, which may name local files.
func readError(err error) *Error {
	return &Error{Enhanced: enhLocal, Msg: "message could not be read", Temporary: true, cause: err}
}

// replyError converts a reply of the next hop; it returns nil when err is
// not a reply.
func replyError(err error, host string) *Error {
	var se *smtp.SMTPError
	if !errors.As(err, &se) {
		return nil
	}
	e := &Error{Code: se.Code, Msg: se.Message, Host: host, cause: err}
	if c := se.EnhancedCode; c[0] > 0 {
		e.Enhanced = fmt.Sprintf("%d.%d.%d", c[0], c[1], c[2])
	}
	e.Temporary = se.Code < 500 || se.Code > 599
	return e
}

// errorFor turns any failure at next hop h into an *Error.
func (d *Deliverer) errorFor(ctx context.Context, err error, h hop) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	if e := replyError(err, h.addr); e != nil {
		return e
	}
	if cerr := ctx.Err(); cerr != nil {
		return &Error{Enhanced: enhCanceled, Msg: "delivery interrupted: " + cerr.Error(),
			Temporary: true, Host: h.addr, cause: cerr}
	}
	var hs *handshakeError
	if errors.As(err, &hs) {
		return &Error{Enhanced: enhTLSFailed, Msg: hs.Error(), Temporary: true, Host: h.addr, cause: err}
	}
	return netError(err, h)
}

func netError(err error, h hop) *Error {
	enh := enhBadConn
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		enh = enhNoAnswer
	}
	return &Error{Enhanced: enh, Msg: err.Error(), Temporary: true, Host: h.addr, cause: err}
}

// asErr is errors.As for *Error.
func asErr(err error, target **Error) bool {
	return errors.As(err, target)
}
