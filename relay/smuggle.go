package relay

import (
	"io"

	"github.com/emersion/go-smtp"
)

var (
	errBareLineEnding = &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 6, 0},
		Message: "Bare CR or LF in message, only CRLF line endings are allowed (RFC 5321 2.3.8)"}
	errLineTooLong = &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 6, 0},
		Message: "Message has a line longer than allowed (RFC 5321 4.5.3.1.6)"}
)

// lineChecker passes DATA/BDAT content through and fails at the first
// bare CR or bare LF (the stuff of SMTP smuggling: a downstream server
// that ends DATA on "\n.\n" would see a second message) or the first line
// over max bytes (CRLF included).
type lineChecker struct {
	r       io.Reader
	max     int
	lineLen int
	prevCR  bool
}

func (c *lineChecker) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i := 0; i < n; i++ {
		if cerr := c.step(p[i]); cerr != nil {
			return i, cerr
		}
	}
	return n, err
}

func (c *lineChecker) step(b byte) error {
	switch {
	case c.prevCR && b != '\n':
		return errBareLineEnding
	case b == '\n' && !c.prevCR:
		return errBareLineEnding
	case b == '\n':
		c.lineLen, c.prevCR = 0, false
		return nil
	}
	c.prevCR = b == '\r'
	c.lineLen++
	if c.lineLen+1 > c.max { // +1: the LF still to come
		return errLineTooLong
	}
	return nil
}

// done reports a message that ended on a bare CR.
func (c *lineChecker) done() error {
	if c.prevCR {
		return errBareLineEnding
	}
	return nil
}
