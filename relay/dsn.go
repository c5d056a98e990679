package relay

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/sealpost/sealpost/channels/smtpout"
	"github.com/sealpost/sealpost/store"
)

// bounced is one recipient a DSN reports as failed.
type bounced struct {
	rcpt   string
	err    error
	remote string
}

// bounce sends a failure DSN (RFC 3464) to the envelope sender. A message
// from the null sender is never bounced (no loops). The DSN carries no part
// of the original message: a healthcare message's subject or body may hold
// PHI, and the report needs only the envelope and the reason.
func (s *Scheduler) bounce(ctx context.Context, m *store.Message, failed []bounced) {
	if m.From == "" {
		s.cfg.Logger.Warn("undeliverable message from the null sender dropped", "msgid", m.ID, "rcpts", len(failed))
		return
	}
	if s.cfg.Bounces == nil {
		return
	}
	body := buildDSN(s.cfg.Hostname, m, failed, time.Now())
	sub := &Submission{From: "", Recipients: []string{m.From}, Body: body, Submitter: "dsn"}
	if _, err := s.cfg.Bounces.Accept(ctx, sub); err != nil {
		s.cfg.Logger.Error("bounce could not be queued", "msgid", m.ID, "err", err)
	}
}

// buildDSN renders a multipart/report delivery status notification.
func buildDSN(hostname string, m *store.Message, failed []bounced, now time.Time) []byte {
	boundary := "dsn-" + NewID()
	var b bytes.Buffer
	hdr := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	hdr("From", "Mail Delivery System <MAILER-DAEMON@"+hostname+">")
	hdr("To", "<"+m.From+">")
	hdr("Subject", "Undelivered Mail Returned to Sender")
	hdr("Date", now.Format(time.RFC1123Z))
	hdr("Message-ID", "<"+NewID()+"@"+hostname+">")
	hdr("Auto-Submitted", "auto-replied")
	hdr("MIME-Version", "1.0")
	hdr("Content-Type", `multipart/report; report-type=delivery-status; boundary="`+boundary+`"`)
	b.WriteString("\r\n")
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n", boundary)
	writeHuman(&b, hostname, m, failed)
	fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: message/delivery-status\r\n\r\n", boundary)
	writeStatus(&b, hostname, m, failed)
	fmt.Fprintf(&b, "--%s--\r\n", boundary)
	return b.Bytes()
}

func writeHuman(b *bytes.Buffer, hostname string, m *store.Message, failed []bounced) {
	fmt.Fprintf(b, "This is the mail system at %s.\r\n\r\n", hostname)
	fmt.Fprintf(b, "Your message %s, received %s, could not be delivered to:\r\n\r\n",
		m.ID, m.Received.UTC().Format(time.RFC1123Z))
	for _, f := range failed {
		fmt.Fprintf(b, "  <%s>: %s\r\n", f.rcpt, oneLine(f.err.Error()))
	}
	b.WriteString("\r\nThe message content is not included in this report.\r\n")
}

func writeStatus(b *bytes.Buffer, hostname string, m *store.Message, failed []bounced) {
	fmt.Fprintf(b, "Reporting-MTA: dns; %s\r\n", hostname)
	fmt.Fprintf(b, "X-Sealpost-Queue-ID: %s\r\n", m.ID)
	fmt.Fprintf(b, "Arrival-Date: %s\r\n", m.Received.UTC().Format(time.RFC1123Z))
	for _, f := range failed {
		b.WriteString("\r\n")
		fmt.Fprintf(b, "Final-Recipient: rfc822; %s\r\n", f.rcpt)
		b.WriteString("Action: failed\r\n")
		fmt.Fprintf(b, "Status: %s\r\n", statusCode(f.err))
		if f.remote != "" {
			fmt.Fprintf(b, "Remote-MTA: dns; %s\r\n", hostOnly(f.remote))
		}
		fmt.Fprintf(b, "Diagnostic-Code: %s\r\n", diagnostic(f.err))
	}
}

// statusCode is the RFC 3463 code of a failure: the remote's enhanced code
// for a permanent reply, 4.4.7 (expired) for a failure that kept being
// temporary.
func statusCode(err error) string {
	var se *smtpout.Error
	if errors.As(err, &se) && se.Enhanced != "" && !se.Temporary {
		return se.Enhanced
	}
	if errors.As(err, &se) && !se.Temporary {
		return "5.0.0"
	}
	return "4.4.7"
}

func diagnostic(err error) string {
	var se *smtpout.Error
	if errors.As(err, &se) && se.Code != 0 {
		return fmt.Sprintf("smtp; %d %s", se.Code, oneLine(se.Msg))
	}
	return "X-Sealpost; " + oneLine(err.Error())
}

func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return hostport
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
