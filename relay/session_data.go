package relay

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/mail"
	"net/netip"
	"net/textproto"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
)

// acceptTimeout bounds the Acceptor: a client waits 10 minutes for the
// reply to the end of data (RFC 5321 4.5.3.2.6).
const acceptTimeout = 10 * time.Minute

var (
	errBadHeader    = smtpErr(550, smtp.EnhancedCode{5, 6, 0}, "Malformed message header")
	errNoFrom       = smtpErr(550, smtp.EnhancedCode{5, 6, 0}, "Message needs exactly one From header field with an address")
	errDataTransfer = smtpErr(451, smtp.EnhancedCode{4, 4, 2}, "Connection problem during message transfer, message not accepted")
	errTempAccept   = smtpErr(451, smtp.EnhancedCode{4, 3, 0}, "Temporary local problem, try again later")
)

// Data reads the message (DATA or BDAT), checks it and hands it to the
// Acceptor. It never passes on a message with a bare CR or LF.
func (s *session) Data(r io.Reader) error {
	t := s.snapshot()
	if s.tc != nil {
		s.tc.beginTransfer(s.srv.lim.DataTimeout)
		defer s.tc.endTransfer()
	}
	msg, err := readMessage(r, int64(s.srv.lim.MaxMessageSize), s.srv.lim.MaxLineLength, t.size)
	if err != nil {
		return t.refused(dataError(err), "message data")
	}
	hdr, err := checkHeader(msg.body(), func(addr string) bool { return maySendAs(t.maySendAs, addr) })
	if err != nil {
		return t.refused(err, "message header")
	}
	passcode, err := takePasscode(msg, hdr)
	if err != nil {
		return t.refused(err, "passcode")
	}
	return s.accept(t, prependTrace(msg, hdr, s.trace(t)), passcode)
}

// dataError maps a failed read of the message to the reply.
func dataError(err error) error {
	var se *smtp.SMTPError
	switch {
	case errors.As(err, &se): // our checks, the size limit, a transfer timeout
		return se
	case errors.Is(err, smtp.ErrDataReset): // BDAT aborted: no reply
		return err
	case errors.Is(err, smtp.ErrTooLongLine): // go-smtp's backstop; it ends the connection
		return errLineTooLong
	}
	return errDataTransfer
}

// refused logs a refused message (its code, never its content).
func (t *txn) refused(err error, stage string) error {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		e := se.EnhancedCode
		t.log.Warn("message refused", "stage", stage, "code", se.Code,
			"status", fmt.Sprintf("%d.%d.%d", e[0], e[1], e[2]), "rcpts", len(t.rcpts))
	} else {
		t.log.Info("message transfer aborted", "stage", stage, "err", err)
	}
	return err
}

// accept hands the message to the Acceptor and maps its answer.
func (s *session) accept(t txn, msg []byte, passcode string) error {
	sub := &Submission{From: t.from, Recipients: t.rcpts, Body: msg, Submitter: t.submitter,
		RemoteIP: s.remote, TLS: s.tls, RequireTLS: t.requireTLS, Passcode: passcode}
	ctx, cancel := context.WithTimeout(context.Background(), acceptTimeout)
	defer cancel()
	id, err := s.srv.cfg.Acceptor.Accept(ctx, sub)
	var se *smtp.SMTPError
	switch {
	case errors.As(err, &se):
		return t.refused(se, "accept")
	case err != nil:
		t.log.Error("message not accepted: pipeline error", "err", err, "rcpts", len(t.rcpts))
		return errTempAccept
	}
	t.log.Info("message accepted", "id", id, "rcpts", len(t.rcpts), "bytes", len(msg),
		"tls", s.tls, "requiretls", t.requireTLS)
	return smtpErr(250, smtp.EnhancedCode{2, 0, 0}, "OK queued as "+id)
}

// checkHeader parses the header section, strictly (what we check must be
// what the next hop reads), and checks that every From address is allowed.
func checkHeader(body []byte, allowed func(addr string) bool) (textproto.MIMEHeader, error) {
	hdr, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(body))).ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) { // EOF: a message without a body
		return nil, errBadHeader
	}
	froms := hdr.Values("From")
	if len(froms) != 1 {
		return nil, errNoFrom
	}
	addrs, err := parseAddressList(froms[0])
	if err != nil || len(addrs) == 0 {
		return nil, errNoFrom
	}
	for _, a := range addrs {
		if !allowed(a.Address) {
			return nil, errSenderNotAllowed("From", a.Address)
		}
	}
	return hdr, nil
}

// parseAddressList parses an address list; encoded words in any charset
// are accepted (only the addresses matter here).
func parseAddressList(v string) ([]*mail.Address, error) {
	keep := func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	p := mail.AddressParser{WordDecoder: &mime.WordDecoder{CharsetReader: keep}}
	return p.ParseList(v)
}

// traceInfo is what the Received header says.
type traceInfo struct {
	helo, host, with, id string
	ip                   netip.Addr
	now                  time.Time
}

func (s *session) trace(t txn) traceInfo {
	with := "ESMTP"
	if s.tls {
		with += "S"
	}
	if s.kind != kindRelay {
		with += "A"
	}
	return traceInfo{helo: t.helo, host: s.srv.cfg.Hostname, with: with, id: rand.Text()[:16],
		ip: s.remote, now: time.Now()}
}

// addTrace prepends our Received header, and Message-ID and Date if the
// message has none, and ends the message with CRLF.
func addTrace(body []byte, hdr textproto.MIMEHeader, t traceInfo) []byte {
	return prependTrace(&rawMessage{buf: body}, hdr, t)
}

// prependTrace is addTrace in the room before msg, when the fields fit
// there (they do but for a very long host name): no copy of the message.
func prependTrace(msg *rawMessage, hdr textproto.MIMEHeader, t traceInfo) []byte {
	var b bytes.Buffer
	date := t.now.Format(time.RFC1123Z)
	fmt.Fprintf(&b, "Received: from %s (%s)\r\n\tby %s with %s id %s;\r\n\t%s\r\n",
		sanitizeHelo(t.helo), addressLiteral(t.ip), t.host, t.with, t.id, date)
	if len(hdr.Values("Message-Id")) == 0 {
		fmt.Fprintf(&b, "Message-ID: <%s@%s>\r\n", rand.Text(), t.host)
	}
	if len(hdr.Values("Date")) == 0 {
		fmt.Fprintf(&b, "Date: %s\r\n", date)
	}
	body := msg.body()
	var out []byte
	if start := msg.start - b.Len(); start >= 0 {
		out = msg.buf[start:]
		copy(out, b.Bytes())
	} else {
		out = append(append(make([]byte, 0, b.Len()+len(body)+2), b.Bytes()...), body...)
	}
	if len(body) > 0 && !bytes.HasSuffix(body, []byte("\r\n")) { // BDAT content may end anywhere
		out = append(out, "\r\n"...)
	}
	return out
}

// sanitizeHelo keeps what a domain or address literal may contain.
func sanitizeHelo(h string) string {
	h = strings.Map(func(r rune) rune {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune(".-_:[]", r) {
			return r
		}
		return -1
	}, h)
	if h == "" {
		return "unknown"
	}
	return h[:min(len(h), 255)]
}

func addressLiteral(ip netip.Addr) string {
	if ip.Is6() {
		return "[IPv6:" + ip.String() + "]"
	}
	return "[" + ip.String() + "]"
}
