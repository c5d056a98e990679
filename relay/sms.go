package relay

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/channels/sms"
	"github.com/sealpost/sealpost/channels/smtpout"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

// TextSender submits one text (*sms.Sender).
type TextSender interface {
	Send(ctx context.Context, to, body string) (sms.Sent, error)
}

// TextConsent says whether a number may be texted (*sms.Book).
type TextConsent interface {
	Allowed(ctx context.Context, number string) error
}

// TextChannel is what the scheduler needs to deliver the recipients
// queued on the sms channel.
type TextChannel struct {
	Sender  TextSender
	Consent TextConsent
	Sent    store.SMSStore
	// Domain is the email-to-SMS domain (conf sms.domain).
	Domain string
	// Text is what of a mail a plain text is (sms.TextBody...).
	Text string
	// MaxSegments refuses a longer text.
	MaxSegments int
	// SenderName starts the texts Sealpost writes itself (pickup links,
	// codes): neutral, set by the admin.
	SenderName string
}

// isText reports whether a pickup's recipient is a phone number.
func (tc *TextChannel) isText(rcpt string) bool {
	if tc == nil {
		return false
	}
	_, ok := textNumber(rcpt, tc.Domain)
	return ok
}

// texted is how one recipient was served by a text in an attempt.
type texted struct {
	method   policy.Method
	sid      string // Twilio's message SID ("" if none was sent)
	segments int
	pickup   string // the pickup the text links to
	revoked  bool   // the pickup was revoked: the text was not sent
}

// Failures of a text, permanent unless said.
var (
	errNoTextChannel = &smtpout.Error{Code: 451, Enhanced: "4.3.5", Msg: "the sms channel is not configured", Temporary: true}
	errNoTextPortal  = &smtpout.Error{Code: 451, Enhanced: "4.3.5", Msg: "the pickup channel is not configured", Temporary: true}
	errNoConsent     = &smtpout.Error{Code: 550, Enhanced: "5.7.1", Msg: "the number has not consented to texts (opted out, or no opt-in on record)"}
	errNoText        = &smtpout.Error{Code: 550, Enhanced: "5.6.0", Msg: "the mail has no text to send"}
)

// deliverText serves the recipient of a text job (one, see groupJobs).
func (s *Scheduler) deliverText(ctx context.Context, m *store.Message, j *job, clear copyBody) {
	res := &smtpout.Result{RemoteHost: "twilio"}
	for _, r := range j.rcpts {
		res.Rcpts = append(res.Rcpts, smtpout.RcptResult{Addr: r.Addr, Err: s.viaText(ctx, m, j, r, clear)})
	}
	s.finish(ctx, m, j, res)
}

// viaText sends r its text: the mail's own text for plain (level none),
// a neutral text with a pickup link for pickup. A number without consent
// gets nothing. When the text is refused the pickup it linked to is
// revoked, as a notice that was not delivered.
func (s *Scheduler) viaText(ctx context.Context, m *store.Message, j *job, r *store.Recipient, clear copyBody) error {
	tc := s.cfg.Text
	if tc == nil {
		return errNoTextChannel
	}
	number, ok := numberOf(r.Addr)
	if !ok {
		return &smtpout.Error{Code: 550, Enhanced: "5.1.3", Msg: "a text's recipient must be number@domain"}
	}
	if err := tc.Consent.Allowed(ctx, number); err != nil {
		if errors.Is(err, sms.ErrNoConsent) {
			return errNoConsent
		}
		s.cfg.Logger.Error("consent lookup failed", "msgid", m.ID, "seq", r.Seq, "err", err)
		return errPrepare
	}
	t := texted{method: policy.Method(r.Methods[0])}
	text, err := s.textFor(ctx, m, r, clear, &t)
	if err != nil {
		return err
	}
	if err := tc.checkSegments(text, &t); err != nil {
		s.revokeUnsent(ctx, m, r, &t)
		return err
	}
	sent, err := tc.Sender.Send(ctx, number, text)
	if err != nil {
		s.revokeUnsent(ctx, m, r, &t)
		j.text(r.Seq, t)
		return textError(err)
	}
	t.sid = sent.SID
	j.text(r.Seq, t)
	s.recordSent(ctx, store.SMSSent{SID: sent.SID, MessageID: m.ID, Recipient: r.Addr, Sender: m.From,
		Status: sent.Status, Sent: time.Now()})
	return nil
}

// textFor writes the text of r: the mail's text, or a pickup link.
func (s *Scheduler) textFor(ctx context.Context, m *store.Message, r *store.Recipient, clear copyBody, t *texted) (string, error) {
	switch t.method {
	case policy.MethodPlain:
		return s.mailText(clear)
	case policy.MethodPickup:
		return s.pickupText(ctx, m, r, clear, t)
	}
	return "", &smtpout.Error{Code: 550, Enhanced: "5.7.0", Msg: "method " + string(t.method) + " cannot carry a text"}
}

func (s *Scheduler) mailText(clear copyBody) (string, error) {
	rc, err := clear.open()
	if err != nil {
		return "", errPrepare
	}
	defer rc.Close()
	text, err := sms.MailText(rc, s.cfg.Text.Text)
	if errors.Is(err, sms.ErrNoText) {
		return "", errNoText
	}
	if err != nil {
		return "", &smtpout.Error{Code: 550, Enhanced: "5.6.0", Msg: "the mail cannot be read for its text"}
	}
	return text, nil
}

// pickupText stores the message as a pickup for r and returns the
// neutral text that links to it: the admin's sender name, the link,
// nothing of the message.
func (s *Scheduler) pickupText(ctx context.Context, m *store.Message, r *store.Recipient, clear copyBody, t *texted) (string, error) {
	if s.cfg.Pickup == nil {
		return "", errNoTextPortal
	}
	id, link, terms, err := s.newPickup(ctx, m, r, clear)
	if err != nil {
		return "", err
	}
	t.pickup = id
	return pickup.LinkSMS(s.cfg.Text.SenderName, link, terms.Passcode != ""), nil
}

// checkSegments refuses a text over the cap, for good: the same text is
// as long at the next attempt.
func (tc *TextChannel) checkSegments(text string, t *texted) error {
	n, enc := sms.Segments(text)
	t.segments = n
	if tc.MaxSegments > 0 && n > tc.MaxSegments {
		return &smtpout.Error{Code: 552, Enhanced: "5.3.4",
			Msg: fmt.Sprintf("the text is %d %s segments, over the cap of %d", n, enc, tc.MaxSegments)}
	}
	return nil
}

// revokeUnsent revokes the pickup of a text that was not sent: its link
// reached no one, and the retry makes a new one.
func (s *Scheduler) revokeUnsent(ctx context.Context, m *store.Message, r *store.Recipient, t *texted) {
	if t.pickup == "" {
		return
	}
	s.revokeUndelivered(context.WithoutCancel(ctx), m, r, t.pickup)
	t.revoked = true
}

// textError maps Twilio's refusal to a delivery error: a 429, a 5xx or
// no answer is tried again later from the queue; any other refusal is
// final, with Twilio's code in the reason (never its message, which may
// quote the number).
func textError(err error) error {
	var se *sms.SendError
	if !errors.As(err, &se) {
		return &smtpout.Error{Code: 451, Enhanced: "4.4.0", Msg: "text not submitted: " + err.Error(), Temporary: true}
	}
	if se.Temporary {
		return &smtpout.Error{Code: 451, Enhanced: "4.4.0", Msg: se.Error(), Temporary: true}
	}
	return &smtpout.Error{Code: 550, Enhanced: "5.0.0", Msg: se.Error()}
}

// recordSent keeps the SID of an accepted text for its status callbacks.
// The text is out: a failure here is logged, never retried (that would
// send it twice).
func (s *Scheduler) recordSent(ctx context.Context, sent store.SMSSent) {
	if !store.SMSStatusKnown(sent.Status) { // Twilio answers "queued", "accepted" or "scheduled"
		sent.Status = "queued"
	}
	if err := s.cfg.Text.Sent.AddSMSSent(context.WithoutCancel(ctx), sent); err != nil {
		s.cfg.Logger.Error("sent text not recorded: its status callbacks will be ignored", "msgid", sent.MessageID, "sid", sent.SID, "err", err)
	}
}

// sendCodeText texts a portal code to a pickup's phone number, at once
// (a code is only worth its minutes), and keeps its SID like any text's.
func (s *Scheduler) sendCodeText(ctx context.Context, p *store.Pickup, code string, ttl time.Duration) error {
	tc := s.cfg.Text
	number, _ := numberOf(p.Recipient) // isText checked it
	sent, err := tc.Sender.Send(ctx, number, pickup.CodeSMS(tc.SenderName, code, ttl))
	if err != nil {
		return textError(err)
	}
	// No sender: a code that fails to arrive bounces to no one; the
	// reader asks for another.
	s.recordSent(ctx, store.SMSSent{SID: sent.SID, MessageID: p.MessageID, Recipient: p.Recipient, Status: sent.Status, Sent: time.Now()})
	return nil
}
