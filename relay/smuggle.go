package relay

import (
	"bytes"
	"io"

	"github.com/emersion/go-smtp"
)

var (
	errBareLineEnding = smtpErr(550, smtp.EnhancedCode{5, 6, 0},
		"Bare CR or LF not allowed, only CRLF line endings (RFC 5321 2.3.8)")
	errLineTooLong = smtpErr(550, smtp.EnhancedCode{5, 6, 0},
		"Line too long (RFC 5321 4.5.3.1.6)")
)

// lineChecker passes DATA/BDAT content (after dot-unstuffing) through and
// fails at the first bare CR or bare LF — the stuff of SMTP smuggling: a
// next hop that ends DATA on "\n.\n" or "\r.\r" would see a second,
// forged message — or at the first line over max bytes, CRLF included.
type lineChecker struct {
	r       io.Reader
	max     int
	lineLen int  // bytes of the current line so far, without its CRLF
	prevCR  bool // the last byte seen was a CR
}

func (c *lineChecker) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if m, cerr := c.check(p[:n]); cerr != nil {
		return m, cerr
	}
	return n, err
}

// check scans p; on error it returns how many bytes of p were good.
func (c *lineChecker) check(p []byte) (int, error) {
	i := 0
	for i < len(p) {
		if c.prevCR {
			if p[i] != '\n' {
				return i, errBareLineEnding
			}
			c.prevCR, c.lineLen = false, 0
			i++
			continue
		}
		j := bytes.IndexAny(p[i:], "\r\n")
		if j < 0 {
			j = len(p) - i
		}
		if c.lineLen += j; c.lineLen+2 > c.max {
			return i, errLineTooLong
		}
		if i += j; i == len(p) {
			break
		}
		if p[i] == '\n' {
			return i, errBareLineEnding
		}
		c.prevCR = true
		i++
	}
	return len(p), nil
}

// done reports content that ended on a bare CR.
func (c *lineChecker) done() error {
	if c.prevCR {
		return errBareLineEnding
	}
	return nil
}

// traceRoom is the room readMessage leaves before the message for the
// header fields addTrace prepends, so that they cost no copy of it.
const traceRoom = 2 << 10

// rawMessage is a message as read, with room before it: buf[start:] is
// the message.
type rawMessage struct {
	buf   []byte
	start int
}

func (m *rawMessage) body() []byte { return m.buf[m.start:] }

// readMessage reads a message of at most maxBytes through a lineChecker,
// into one buffer sized for hint bytes (the client's SIZE, if it sent
// one) and traceRoom. On any error it drains r, as go-smtp requires
// before Data returns.
func readMessage(r io.Reader, maxBytes int64, maxLine int, hint int64) (*rawMessage, error) {
	lc := &lineChecker{r: r, max: maxLine}
	buf, err := readInto(io.LimitReader(lc, maxBytes+1), traceRoom, min(max(hint, 0), maxBytes))
	switch {
	case err != nil:
	case int64(len(buf)-traceRoom) > maxBytes:
		err = smtp.ErrDataTooLarge
	default:
		err = lc.done()
	}
	if err != nil {
		io.Copy(io.Discard, r)
		return nil, err
	}
	return &rawMessage{buf: buf, start: traceRoom}, nil
}

// readInto reads r to its end after room zero bytes, growing the buffer
// as io.ReadAll does once hint bytes are read.
func readInto(r io.Reader, room int, hint int64) ([]byte, error) {
	buf := make([]byte, room, room+int(hint)+512) // 512: the CRLF addTrace may add, and EOF
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
