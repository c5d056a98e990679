package relay

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/sms"
	"github.com/sealpost/sealpost/channels/smtpout"
	"github.com/sealpost/sealpost/store"
)

var _ sms.Statuses = (*Scheduler)(nil)

// Status records Twilio's status callback for a text: the text's state
// in the store and an sms-status event in the audit log. A callback
// arriving late (sent after delivered) or again changes nothing. A text
// that failed for good (undelivered, failed) bounces to its sender, as a
// mail that failed would. A SID this relay did not send is ignored.
func (s *Scheduler) Status(ctx context.Context, sid, status string, errorCode int) error {
	tc := s.cfg.Text
	if tc == nil {
		return errors.New("relay: no sms channel")
	}
	if !store.SMSStatusKnown(status) {
		s.cfg.Logger.Warn("status callback with a status this relay does not know, ignored", "sid", sid, "status", status)
		return nil // an error would have Twilio retry it for nothing
	}
	row, changed, err := tc.Sent.SetSMSStatus(ctx, sid, status, errorCode, time.Now())
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.cfg.Logger.Warn("status callback for a text this relay has no record of", "sid", sid)
		return nil
	case err != nil:
		return err
	case !changed:
		return nil
	}
	ev := audit.Event{Type: "sms-status", MessageID: row.MessageID, Sender: row.Sender, Recipient: row.Recipient,
		SMSSID: sid, Result: status, Error: twilioCode(errorCode)}
	if err := s.cfg.Audit.Append(ctx, ev); err != nil {
		return fmt.Errorf("relay: audit the status of %s: %w", sid, err)
	}
	if status == "undelivered" || status == "failed" {
		m := &store.Message{ID: row.MessageID, From: row.Sender, Received: row.Sent}
		s.bounce(context.WithoutCancel(ctx), m, []bounced{{rcpt: row.Recipient, remote: "twilio",
			err: &smtpout.Error{Enhanced: "5.0.0", Msg: "the text was " + status + errorSuffix(errorCode)}}})
	}
	return nil
}

func twilioCode(code int) string {
	if code == 0 {
		return ""
	}
	return fmt.Sprintf("twilio error %d", code)
}

func errorSuffix(code int) string {
	if code == 0 {
		return ""
	}
	return fmt.Sprintf(" (twilio error %d, https://www.twilio.com/docs/api/errors/%d)", code, code)
}

// AuditedConsent is the webhooks' Consent: it records each opt-out and
// opt-in in the book, then in the audit log.
type AuditedConsent struct {
	Book  *sms.Book
	Audit *audit.Log
}

var _ sms.Consent = (*AuditedConsent)(nil)

// OptOut records a STOP.
func (c *AuditedConsent) OptOut(ctx context.Context, number, via string) error {
	if err := c.Book.OptOut(ctx, number, via); err != nil {
		return err
	}
	return c.Audit.Append(ctx, audit.Event{Type: "sms-opt-out", Recipient: number, Actor: "recipient", Reason: via})
}

// OptIn records a START.
func (c *AuditedConsent) OptIn(ctx context.Context, number, via string) error {
	if err := c.Book.OptIn(ctx, number, via); err != nil {
		return err
	}
	return c.Audit.Append(ctx, audit.Event{Type: "sms-opt-in", Recipient: number, Actor: "recipient", Reason: via})
}
