package relay

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"net/netip"
	"net/textproto"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/policy"
)

// backend makes a session per connection of one listener.
type backend struct {
	srv       *Server
	kind      listenerKind
	maySendAs []string // relay listener only
}

func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	s := &session{srv: b.srv, kind: b.kind, conn: c, remote: remoteIP(c.Conn()), helo: c.Hostname()}
	if b.kind == kindRelay {
		s.maySendAs = b.maySendAs
		s.submitter = "relay:" + s.remote.String()
	}
	b.srv.cfg.Logger.Debug("session", "listener", b.kind, "remote", s.remote)
	return s, nil
}

// session is one SMTP conversation.
type session struct {
	srv        *Server
	kind       listenerKind
	conn       *smtp.Conn
	remote     netip.Addr
	helo       string
	submitter  string   // set by AUTH (or relay:IP)
	maySendAs  []string // set by AUTH (or the relay listener)
	from       string
	rcpts      []string
	requireTLS bool
}

var (
	errAuthRequired = &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0},
		Message: "Authentication required"}
	errAuthThrottled = &smtp.SMTPError{Code: 454, EnhancedCode: smtp.EnhancedCode{4, 7, 0},
		Message: "Too many failed authentication attempts, try again later"}
	errAuthTemp = &smtp.SMTPError{Code: 454, EnhancedCode: smtp.EnhancedCode{4, 7, 0},
		Message: "Temporary authentication failure"}
	errNullSender = &smtp.SMTPError{Code: 553, EnhancedCode: smtp.EnhancedCode{5, 7, 1},
		Message: "The null sender is not accepted for submission"}
	errSenderSyntax = &smtp.SMTPError{Code: 501, EnhancedCode: smtp.EnhancedCode{5, 1, 7},
		Message: "Bad sender address syntax"}
	errRcptSyntax = &smtp.SMTPError{Code: 501, EnhancedCode: smtp.EnhancedCode{5, 1, 3},
		Message: "Bad recipient address syntax"}
	errNoFrom = &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 6, 0},
		Message: "Message has no valid From header"}
	errDataTransfer = &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 4, 2},
		Message: "Connection problem or timeout during DATA, message not accepted"}
	errTempAccept = &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0},
		Message: "Temporary local problem, try again later"}
)

func errNotAllowed(what, addr string) error {
	return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 1},
		Message: fmt.Sprintf("%s <%s> not allowed for this account", what, addr)}
}

func (s *session) AuthMechanisms() []string {
	if s.kind == kindRelay {
		return nil
	}
	return []string{sasl.Plain, sasl.Login}
}

func (s *session) Auth(mech string) (sasl.Server, error) {
	if s.kind == kindRelay {
		return nil, smtp.ErrAuthUnsupported
	}
	if s.srv.throttle.blocked(s.remote, time.Now()) {
		s.srv.cfg.Logger.Warn("auth throttled", "remote", s.remote)
		return nil, errAuthThrottled
	}
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, user, pass string) error {
			if identity != "" && identity != user {
				return smtp.ErrAuthFailed
			}
			return s.authenticate(user, pass)
		}), nil
	case sasl.Login:
		return &loginServer{authenticate: s.authenticate}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

// authenticate checks credentials, counting failures per client IP.
func (s *session) authenticate(user, pass string) error {
	if s.srv.throttle.blocked(s.remote, time.Now()) {
		return errAuthThrottled
	}
	s.srv.hashing <- struct{}{}
	acct, err := s.srv.cfg.Auth.Authenticate(context.Background(), user, pass)
	<-s.srv.hashing
	log := s.srv.cfg.Logger.With("remote", s.remote, "user", user)
	switch {
	case err != nil:
		log.Error("authentication check failed", "err", err)
		return errAuthTemp
	case acct == nil:
		s.srv.throttle.fail(s.remote, time.Now())
		log.Warn("authentication failed")
		return smtp.ErrAuthFailed
	}
	s.submitter, s.maySendAs = acct.Name, acct.MaySendAs
	log.Info("authenticated")
	return nil
}

func (s *session) Mail(from string, opts *smtp.MailOptions) error {
	if s.submitter == "" {
		return errAuthRequired
	}
	switch {
	case from == "":
		return errNullSender
	case !validAddress(from):
		return errSenderSyntax
	case !s.maySend(from):
		s.srv.cfg.Logger.Warn("sender refused", "submitter", s.submitter, "remote", s.remote)
		return errNotAllowed("Sender", from)
	}
	s.from, s.requireTLS = from, opts != nil && opts.RequireTLS
	return nil
}

func (s *session) maySend(addr string) bool {
	for _, p := range s.maySendAs {
		if policy.MatchAddress(p, addr) {
			return true
		}
	}
	return false
}

// validAddress accepts local@domain with no spaces, brackets or controls.
func validAddress(a string) bool {
	at := strings.LastIndexByte(a, '@')
	if at <= 0 || at == len(a)-1 || len(a) > 254 {
		return false
	}
	for _, r := range a {
		if r <= ' ' || r == '<' || r == '>' || r == 0x7f {
			return false
		}
	}
	return !strings.ContainsAny(a[at+1:], "@()[],;:\\\"")
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if s.from == "" {
		return &smtp.SMTPError{Code: 503, EnhancedCode: smtp.EnhancedCode{5, 5, 1}, Message: "MAIL first"}
	}
	if !validAddress(to) {
		return errRcptSyntax
	}
	s.rcpts = append(s.rcpts, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	lim := s.srv.cfg.Limits
	end := dataMode(s.conn.Conn(), time.Now().Add(lim.DataTimeout))
	lc := &lineChecker{r: r, max: lim.MaxLineLength}
	body, err := io.ReadAll(lc)
	end()
	if err == nil {
		err = lc.done()
	}
	if err != nil {
		return s.dataError(err)
	}
	msg, err := s.finish(body)
	if err != nil {
		return err
	}
	return s.accept(msg)
}

// dataError maps a read failure to a reply (the library drains the rest).
func (s *session) dataError(err error) error {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		s.srv.cfg.Logger.Warn("message refused", "remote", s.remote, "code", se.Code, "reason", se.Message)
		return se
	}
	s.srv.cfg.Logger.Info("data transfer failed", "remote", s.remote, "err", err)
	return errDataTransfer
}

// finish checks the From header and adds our trace and missing fields.
func (s *session) finish(body []byte) ([]byte, error) {
	hdr, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(body))).ReadMIMEHeader()
	if err != nil && len(hdr) == 0 {
		return nil, errNoFrom
	}
	froms, err := mail.ParseAddressList(hdr.Get("From"))
	if err != nil || len(froms) == 0 {
		return nil, errNoFrom
	}
	for _, f := range froms {
		if !s.maySend(f.Address) {
			s.srv.cfg.Logger.Warn("From header refused", "submitter", s.submitter, "remote", s.remote)
			return nil, errNotAllowed("From", f.Address)
		}
	}
	var b bytes.Buffer
	b.Grow(len(body) + 512)
	s.writeTrace(&b, hdr)
	b.Write(body)
	return b.Bytes(), nil
}

func (s *session) writeTrace(b *bytes.Buffer, hdr textproto.MIMEHeader) {
	now := time.Now()
	with := "ESMTP"
	if _, ok := s.conn.TLSConnectionState(); ok {
		with += "S"
	}
	if s.kind != kindRelay {
		with += "A"
	}
	fmt.Fprintf(b, "Received: from %s (%s)\r\n\tby %s (Sealpost) with %s;\r\n\t%s\r\n",
		sanitizeHelo(s.helo), s.remote, s.srv.cfg.Hostname, with, now.Format(time.RFC1123Z))
	if hdr.Get("Message-Id") == "" {
		fmt.Fprintf(b, "Message-ID: <%s@%s>\r\n", NewID(), s.srv.cfg.Hostname)
	}
	if hdr.Get("Date") == "" {
		fmt.Fprintf(b, "Date: %s\r\n", now.Format(time.RFC1123Z))
	}
}

func sanitizeHelo(h string) string {
	return strings.Map(func(r rune) rune {
		if r <= ' ' || r > '~' || r == '(' || r == ')' {
			return -1
		}
		return r
	}, h)
}

// accept hands the message to the pipeline and maps its answer.
func (s *session) accept(body []byte) error {
	_, tlsOn := s.conn.TLSConnectionState()
	sub := &Submission{From: s.from, Recipients: s.rcpts, Body: body, Submitter: s.submitter,
		RemoteIP: s.remote, TLS: tlsOn, RequireTLS: s.requireTLS}
	id, err := s.srv.cfg.Acceptor.Accept(context.Background(), sub)
	var se *smtp.SMTPError
	switch {
	case errors.As(err, &se):
		return se
	case err != nil:
		s.srv.cfg.Logger.Error("accept failed", "remote", s.remote, "err", err)
		return errTempAccept
	}
	return &smtp.SMTPError{Code: 250, EnhancedCode: smtp.EnhancedCode{2, 0, 0}, Message: "OK queued as " + id}
}

func (s *session) Reset() {
	s.from, s.rcpts, s.requireTLS = "", nil, false
}

func (s *session) Logout() error { return nil }
