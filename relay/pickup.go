package relay

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/channels/pickup/portal"
	"github.com/sealpost/sealpost/channels/smtpout"
	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

// PickupChannel is what the scheduler needs to deliver the pickup method:
// where pickups are stored and how their notices read.
type PickupChannel struct {
	Store    *pickup.Store
	BaseURL  string // links are BaseURL/p/TOKEN
	Expire   time.Duration
	MaxViews int
	// From and FromName are the envelope and header sender of notices
	// and code mails.
	From, FromName string
	// CodeTTL is how long a portal code is valid (said in the code mail).
	CodeTTL time.Duration
	// Templates write the notices and code mails (nil: the built-in ones).
	Templates *pickup.Templates
}

// templates returns the channel's templates, the built-in ones if unset.
func (pc *PickupChannel) templates() *pickup.Templates {
	if pc.Templates == nil {
		return pickup.DefaultTemplates()
	}
	return pc.Templates
}

// loadTemplates loads the config's notice templates when the portal is
// on: a broken one stops the start, naming its file and line.
func loadTemplates(cfg *conf.Config) (*pickup.Templates, error) {
	if cfg.Pickup.Listen == "" {
		return nil, nil
	}
	return pickup.LoadTemplates(cfg.Pickup.Templates)
}

// WithPickup adds the pickup method to what deliverable allows.
func WithPickup(deliverable func(policy.Method) bool) func(policy.Method) bool {
	return func(m policy.Method) bool { return m == policy.MethodPickup || deliverable(m) }
}

// noticeTransport is what a notice or a code mail asks of the connection:
// the best it can get. It carries no PHI.
var noticeTransport = []policy.Method{policy.MethodTLSVerified, policy.MethodTLS, policy.MethodPlain}

// pickupNow reports whether a chain's next method is pickup and this
// scheduler has the channel.
func (s *Scheduler) pickupNow(chain []string) bool {
	return s.cfg.Pickup != nil && len(chain) > 0 && chain[0] == string(policy.MethodPickup)
}

// pickedUp is how one recipient was served by pickup in an attempt.
type pickedUp struct {
	id  string // the pickup made ("" if none could be)
	res *smtpout.Result
}

// deliverPickup serves every recipient of j by pickup.
func (s *Scheduler) deliverPickup(ctx context.Context, m *store.Message, j *job, clear copyBody) {
	res := &smtpout.Result{}
	for _, r := range j.rcpts {
		res.Rcpts = append(res.Rcpts, s.viaPickup(ctx, m, j, r, clear))
	}
	s.finish(ctx, m, j, res)
}

// viaPickup stores the clear copy as a pickup for r and delivers its
// notice. When the notice is not delivered the pickup is revoked at once:
// its link reached no one (or, after an ambiguous failure, reads
// "revoked"), and the retry makes a new one. So a recipient never holds
// two open pickups of one message, and the body is purged with the
// revoked ones.
func (s *Scheduler) viaPickup(ctx context.Context, m *store.Message, j *job, r *store.Recipient, clear copyBody) smtpout.RcptResult {
	pc := s.cfg.Pickup
	id, link, terms, err := s.newPickup(ctx, m, r, clear)
	if err != nil {
		return smtpout.RcptResult{Addr: r.Addr, Err: err}
	}
	res := s.sendNotice(ctx, r.Addr, m.RequireTLS, func(mail pickup.Mail) ([]byte, error) {
		return pc.templates().Notice(mail, pickup.Link{URL: link, Expires: time.Now().Add(terms.Expires), Passcode: terms.Passcode != ""})
	})
	j.picked(r.Seq, pickedUp{id: id, res: res})
	rerr := rcptErr(res)
	if rerr != nil {
		s.revokeUndelivered(context.WithoutCancel(ctx), m, r, id)
	}
	return smtpout.RcptResult{Addr: r.Addr, Err: rerr}
}

// newPickup stores the clear copy as a pickup for r on its terms and
// returns its ID and link, for a notice or a text. The error is the
// recipient's delivery error.
func (s *Scheduler) newPickup(ctx context.Context, m *store.Message, r *store.Recipient, clear copyBody) (id, link string, terms pickup.Terms, err error) {
	pc := s.cfg.Pickup
	terms = pc.terms(m, r)
	if r.Pickup.Identity == string(policy.IdentityPasscode) && terms.Passcode == "" {
		// Accept refuses such a message; one queued by an older build
		// must not fall back to a code its rule did not allow.
		s.cfg.Logger.Error("pickup needs a passcode the message lacks", "msgid", m.ID, "seq", r.Seq)
		return "", "", terms, errNoPasscode
	}
	id, token, err := s.createPickup(ctx, m, r, clear, terms)
	if err != nil {
		s.cfg.Logger.Error("pickup creation failed", "msgid", m.ID, "seq", r.Seq, "err", err)
		return "", "", terms, errPrepare
	}
	return id, strings.TrimSuffix(pc.BaseURL, "/") + "/p/" + token, terms, nil
}

// errNoPasscode fails a recipient whose rule opens pickups with a
// passcode the message does not have, for good.
var errNoPasscode = &smtpout.Error{Code: 550, Enhanced: "5.7.1", Msg: "the rule's pickup needs the sender's passcode, and the message has none"}

// terms are the pickup terms of recipient r of m: its rule's, the
// channel's defaults where the rule left them.
func (pc *PickupChannel) terms(m *store.Message, r *store.Recipient) pickup.Terms {
	t := pickup.Terms{Expires: pc.Expire, MaxViews: pc.MaxViews}
	if r.Pickup.Expire > 0 {
		t.Expires = r.Pickup.Expire
	}
	if r.Pickup.MaxViews > 0 {
		t.MaxViews = r.Pickup.MaxViews
	}
	if r.Pickup.Identity == string(policy.IdentityPasscode) {
		t.Passcode = m.Passcode
	}
	return t
}

// revokeUndelivered revokes a pickup whose notice was not delivered and
// records it as a pickup-revoked event of its own, so the pickup's trail
// in the audit log ends in a revocation like one an admin makes.
func (s *Scheduler) revokeUndelivered(ctx context.Context, m *store.Message, r *store.Recipient, id string) {
	if err := s.cfg.Pickup.Store.Revoke(ctx, id); err != nil {
		s.cfg.Logger.Error("pickup revoke failed", "pickup", id, "err", err)
		return
	}
	ev := audit.PickupRevoked(id, m.ID, r.Addr, "sealpost", "notice not delivered")
	if err := s.cfg.Audit.Append(ctx, ev); err != nil {
		s.cfg.Logger.Error("audit append failed", "pickup", id, "err", err)
	}
}

func (s *Scheduler) createPickup(ctx context.Context, m *store.Message, r *store.Recipient, clear copyBody, t pickup.Terms) (id, token string, err error) {
	rc, err := clear.open()
	if err != nil {
		return "", "", err
	}
	defer rc.Close()
	return s.cfg.Pickup.Store.Create(ctx, m.ID, m.From, r.Addr, rc, t)
}

// sendNotice builds a mail to rcpt from the notice sender, DKIM-signs it
// and delivers it with the notice transports (never plain when the
// submitter asked REQUIRETLS).
func (s *Scheduler) sendNotice(ctx context.Context, rcpt string, requireTLS bool, build func(pickup.Mail) ([]byte, error)) *smtpout.Result {
	pc := s.cfg.Pickup
	msg, err := build(pickup.Mail{FromName: pc.FromName, From: pc.From, To: rcpt, Date: time.Now()})
	if err == nil {
		var body copyBody
		if body, err = s.signed(inMemory(msg)); err == nil {
			methods := noticeTransport
			if requireTLS {
				methods = noticeTransport[:2]
			}
			return s.cfg.Deliverer.Deliver(ctx, &smtpout.Request{From: pc.From, Domain: domainOf(rcpt),
				Recipients: []string{rcpt}, Methods: methods, Open: body.open, Size: body.size, RequireTLS: requireTLS})
		}
	}
	s.cfg.Logger.Error("notice preparation failed", "err", err)
	return &smtpout.Result{Rcpts: []smtpout.RcptResult{{Addr: rcpt, Err: errPrepare}}}
}

func rcptErr(res *smtpout.Result) error {
	if len(res.Rcpts) == 0 {
		return errors.New("no result from delivery")
	}
	return res.Rcpts[0].Err
}

var (
	_ portal.CodeSender = (*Scheduler)(nil)
	_ portal.Events     = (*Scheduler)(nil)
	_ portal.Replies    = (*Scheduler)(nil)
)

// Reply submits a recipient's secure reply, written on the portal, to the
// pipeline as a message to the pickup's sender: it is inspected, decided
// and protected like any other.
func (s *Scheduler) Reply(ctx context.Context, p *store.Pickup, text string) error {
	pc := s.cfg.Pickup
	if pc == nil || s.cfg.Bounces == nil {
		return errors.New("relay: no pickup channel")
	}
	msg, err := pickup.ReplyMail(pickup.Mail{FromName: pc.FromName, From: pc.From, To: p.Sender, Date: time.Now()}, p.Recipient, text)
	if err != nil {
		return err
	}
	_, err = s.cfg.Bounces.Accept(ctx, &Submission{From: pc.From, Recipients: []string{p.Sender}, Body: msg,
		Submitter: "pickup-reply:" + p.ID, PortalReply: true})
	return err
}

// PickupEvent writes what a recipient did on the portal to the audit log:
// the pickup, its message and recipient, the client's IP and user agent.
func (s *Scheduler) PickupEvent(ctx context.Context, e portal.Event) error {
	p := e.Pickup
	return s.cfg.Audit.Append(ctx, audit.Event{Type: e.Type, MessageID: p.MessageID, Sender: p.Sender,
		Recipient: p.Recipient, Pickup: p.ID, Reason: e.Detail, IP: e.IP, UserAgent: e.UserAgent})
}

// SendCode mails a portal's one-time code to the pickup's recipient, through
// the scheduler's Deliverer directly (it is not queued: a code is only
// worth its few minutes), or texts it to a pickup's phone number.
func (s *Scheduler) SendCode(ctx context.Context, p *store.Pickup, code string) error {
	if s.cfg.Pickup == nil {
		return errors.New("relay: no pickup channel")
	}
	ttl := s.cfg.Pickup.CodeTTL
	if ttl <= 0 {
		ttl = portal.DefaultCodeTTL
	}
	if s.cfg.Text.isText(p.Recipient) {
		return s.sendCodeText(ctx, p, code, ttl)
	}
	res := s.sendNotice(ctx, p.Recipient, false, func(mail pickup.Mail) ([]byte, error) {
		return s.cfg.Pickup.templates().CodeMail(mail, code, ttl)
	})
	return rcptErr(res)
}

// tlsUnmet reports whether err says the transport the chain required
// could not be had (no STARTTLS, a certificate or handshake failure, no
// acceptable method): a local failure, not a reply of the next hop.
func tlsUnmet(err error) bool {
	var se *smtpout.Error
	if !errors.As(err, &se) || se.Code != 0 {
		return false
	}
	switch se.Enhanced {
	case "4.7.10", "4.7.5", "5.7.0":
		return true
	}
	return false
}

// pickupAfter reports whether pickup follows the chain's transports.
func (s *Scheduler) pickupAfter(chain []string) bool {
	return s.pickupNow(chain[len(transportMethods(chain)):])
}

// fallBack serves by pickup each recipient whose transport delivery
// failed for want of the required TLS, when the chain lists pickup next:
// the defer-never-clear-text path ends in a link, not a wait.
func (s *Scheduler) fallBack(ctx context.Context, m *store.Message, j *job, chain []string, clear copyBody, res *smtpout.Result) {
	if !s.pickupAfter(chain) {
		return
	}
	for i, r := range j.rcpts {
		if i < len(res.Rcpts) && tlsUnmet(res.Rcpts[i].Err) {
			s.cfg.Logger.Info("required TLS not met, falling back to pickup", "msgid", m.ID, "seq", r.Seq)
			res.Rcpts[i] = s.viaPickup(ctx, m, j, r, clear)
		}
	}
}
