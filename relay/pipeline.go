package relay

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/crypto/keys"
	"github.com/sealpost/sealpost/crypto/passwd"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

// Deliverable is what this build can always deliver: the transport
// methods, and reject. pgp and smime also need a Discoverer (see
// WithEndToEnd), pickup a pickup channel (see WithPickup); Pipeline.decide
// adds them when it has them, and the decision engine skips them otherwise.
func Deliverable(m policy.Method) bool {
	return m.Transport() || m == policy.MethodReject
}

// WithEndToEnd is Deliverable plus pgp and smime.
func WithEndToEnd(m policy.Method) bool {
	_, e2e := endToEnd(m)
	return e2e || Deliverable(m)
}

// Pipeline is the accept side of the journey of a message: inspect, decide,
// record, enqueue. It implements Acceptor; it answers only once the decision
// is in the audit log and the sealed message is durable in the store.
type Pipeline struct {
	policy  atomic.Pointer[policy.Policy]
	audit   *audit.Log
	store   store.Store
	keyring *seal.Keyring
	keys    Discoverer
	pickup  bool
	sms     string // the email-to-SMS domain, "" for none
	expire  time.Duration
	wake    func()
	logger  *slog.Logger
}

// PipelineConfig is what a Pipeline needs.
type PipelineConfig struct {
	Policy  *policy.Policy
	Audit   *audit.Log
	Store   store.Store
	Keyring *seal.Keyring
	// Keys finds recipients' OpenPGP keys and S/MIME certificates; nil
	// leaves pgp and smime out of every decision.
	Keys Discoverer
	// Pickup says the scheduler has a pickup channel: the pickup method
	// may then be chosen.
	Pickup bool
	// SMSDomain is the email-to-SMS domain: its recipients are decided
	// on the sms channel. "" for none.
	SMSDomain string
	Expire    time.Duration // how long a message may stay queued
	Wake      func()        // called after each enqueue (the scheduler's wake-up)
	Logger    *slog.Logger
}

var _ Acceptor = (*Pipeline)(nil)

// NewPipeline returns a Pipeline.
func NewPipeline(cfg PipelineConfig) *Pipeline {
	p := &Pipeline{
		audit: cfg.Audit, store: cfg.Store, keyring: cfg.Keyring, keys: cfg.Keys, pickup: cfg.Pickup,
		sms: cfg.SMSDomain, expire: cfg.Expire, wake: cfg.Wake, logger: cfg.Logger,
	}
	if p.wake == nil {
		p.wake = func() {}
	}
	p.policy.Store(cfg.Policy)
	return p
}

// SetPolicy swaps the policy for the messages accepted from now on.
func (p *Pipeline) SetPolicy(pol *policy.Policy) { p.policy.Store(pol) }

// Policy returns the policy in force.
func (p *Pipeline) Policy() *policy.Policy { return p.policy.Load() }

var (
	errTempStore = &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0},
		Message: "Temporary failure storing the message, try again later"}
)

// Accept runs a submission through the pipeline.
func (p *Pipeline) Accept(ctx context.Context, s *Submission) (string, error) {
	id := NewID()
	pol := p.policy.Load()
	env := policy.Envelope{From: s.From, Submitter: s.Submitter, Channel: "email", NoPasscode: s.PortalReply}
	sens := pol.Inspect(s.Body, env)
	decisions := p.decide(ctx, pol, sens, env, s)
	if rej := rejected(decisions); rej != nil {
		return "", p.reject(ctx, id, s, sens, decisions, "", &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 1},
			Message: fmt.Sprintf("Message refused by policy rule %q (id %s)", rej.Rule, id)})
	}
	passcode, err := p.passcode(ctx, id, s, sens, decisions)
	if err != nil {
		return "", err
	}
	if err := p.record(ctx, id, s, sens, decisions, passcode); err != nil {
		return "", err
	}
	p.logger.Info("queued", "msgid", id, "rcpts", len(s.Recipients), "level", sens.Level, "size", len(s.Body))
	p.wake()
	return id, nil
}

// decide makes one decision per recipient, from its posture: the
// policy's overrides and, for a message that needs protecting, the keys
// discovery finds. A submitter's REQUIRETLS removes plain from every
// chain (RFC 8689: never clear text).
func (p *Pipeline) decide(ctx context.Context, pol *policy.Policy, sens policy.Sensitivity, env policy.Envelope, s *Submission) []policy.Decision {
	deliverable := Deliverable
	var found []*keys.Found
	if p.keys != nil {
		deliverable = WithEndToEnd
		if sens.Level != policy.LevelNone {
			found = discoverAll(ctx, p.keys, p.mailRecipients(s.Recipients))
		}
	}
	if p.pickup {
		deliverable = WithPickup(deliverable)
	}
	avail := policy.Availability(deliverable)
	if s.RequireTLS {
		avail = func(m policy.Method) bool { return m != policy.MethodPlain && deliverable(m) }
	}
	ds := make([]policy.Decision, len(s.Recipients))
	for i, rcpt := range s.Recipients {
		pos := pol.Posture(rcpt)
		if found != nil {
			pos = withKeys(pos, found[i])
		}
		ds[i] = pol.Decide(sens, p.envelopeFor(env, rcpt), pos, avail)
	}
	return ds
}

// isText reports whether rcpt is a phone number of the email-to-SMS
// domain (the session checked and normalised it).
func (p *Pipeline) isText(rcpt string) bool {
	_, ok := textNumber(rcpt, p.sms)
	return ok
}

// envelopeFor is env on the recipient's channel.
func (p *Pipeline) envelopeFor(env policy.Envelope, rcpt string) policy.Envelope {
	if p.isText(rcpt) {
		env.Channel = "sms"
	}
	return env
}

// mailRecipients is rcpts with the texts' recipients blanked: there are
// no keys to discover for a phone number.
func (p *Pipeline) mailRecipients(rcpts []string) []string {
	out := make([]string, len(rcpts))
	for i, r := range rcpts {
		if !p.isText(r) {
			out[i] = r
		}
	}
	return out
}

func rejected(ds []policy.Decision) *policy.Decision {
	for i := range ds {
		if ds[i].Method == policy.MethodReject {
			return &ds[i]
		}
	}
	return nil
}

// reject records a policy rejection and returns reply. A message is
// refused whole when any recipient's decision is reject: SMTP has no way
// to refuse one recipient after DATA, and a partial delivery of a message
// a policy refused is worse than none. why, if set, is added to each
// event's reason.
func (p *Pipeline) reject(ctx context.Context, id string, s *Submission, sens policy.Sensitivity, ds []policy.Decision, why string, reply *smtp.SMTPError) error {
	evs := audit.DecisionEvents(id, s.From, sens, ds)
	for i := range evs {
		evs[i].Type = "reject"
		if why != "" {
			evs[i].Reason += "; refused: " + why
		}
	}
	if err := p.audit.Append(ctx, evs...); err != nil {
		p.logger.Error("audit append failed", "msgid", id, "err", err)
		return errTempStore
	}
	e := reply.EnhancedCode
	p.logger.Info("rejected by policy", "msgid", id, "level", sens.Level, "status", fmt.Sprintf("%d.%d.%d", e[0], e[1], e[2]), "why", why)
	return reply
}

// passcode returns the hash of the submitter's passcode when a decision's
// pickup opens with it, "" when none does (a passcode no rule asked for
// is dropped). A decision that needs one without it refuses the message:
// a recipient could not open the pickup.
func (p *Pipeline) passcode(ctx context.Context, id string, s *Submission, sens policy.Sensitivity, ds []policy.Decision) (string, error) {
	i := slices.IndexFunc(ds, policy.Decision.Passcode)
	if i < 0 {
		return "", nil
	}
	if s.Passcode == "" {
		return "", p.reject(ctx, id, s, sens, ds, "no passcode for a pickup that needs one",
			&smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: fmt.Sprintf(
				"Policy rule %q opens this message's pickup with a passcode: set one in a %s header field (id %s)",
				ds[i].Rule, PasscodeField, id)})
	}
	hash, err := passwd.Hash(s.Passcode)
	if err != nil {
		p.logger.Error("passcode not hashed", "msgid", id, "err", err)
		return "", errTempStore
	}
	return hash, nil
}

// record appends the decisions to the audit log and makes the sealed
// message durable, both before the client hears 250. The two writes run
// side by side; each is group committed by its owner.
func (p *Pipeline) record(ctx context.Context, id string, s *Submission, sens policy.Sensitivity, ds []policy.Decision, passcode string) error {
	auditErr := make(chan error, 1)
	go func() { auditErr <- p.audit.Append(ctx, audit.DecisionEvents(id, s.From, sens, ds)...) }()
	storeErr := p.enqueue(ctx, id, s, sens, ds, passcode)
	if err := <-auditErr; err != nil {
		p.logger.Error("audit append failed", "msgid", id, "err", err)
		return errTempStore
	}
	if storeErr != nil {
		p.logger.Error("enqueue failed", "msgid", id, "err", storeErr)
		return errTempStore
	}
	return nil
}

func (p *Pipeline) enqueue(ctx context.Context, id string, s *Submission, sens policy.Sensitivity, ds []policy.Decision, passcode string) error {
	sealed, err := p.keyring.Seal(s.Body)
	if err != nil {
		return err
	}
	now := time.Now()
	m := &store.Message{
		ID: id, From: s.From, Submitter: s.Submitter, Received: now, Expires: now.Add(p.expire),
		Size: int64(len(s.Body)), Level: string(sens.Level), RequireTLS: s.RequireTLS, Passcode: passcode, Body: sealed,
	}
	for i, d := range ds {
		m.Recipients = append(m.Recipients, &store.Recipient{
			MessageID: id, Seq: i, Addr: s.Recipients[i], Domain: domainOf(s.Recipients[i]),
			Methods: methodStrings(d.Chain()), Rule: d.Rule, Pickup: pickupTerms(d.Pickup), Channel: p.channelOf(s.Recipients[i]),
			State: store.StateQueued, NextAttempt: now,
		})
	}
	return p.store.Enqueue(ctx, m)
}

// channelOf is the channel a recipient is queued on: "sms" or "" (mail).
func (p *Pipeline) channelOf(rcpt string) string {
	if p.isText(rcpt) {
		return "sms"
	}
	return ""
}

func pickupTerms(t policy.PickupTerms) store.PickupTerms {
	return store.PickupTerms{Identity: string(t.Identity), Expire: t.Expire, MaxViews: t.MaxViews}
}

func methodStrings(ms []policy.Method) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = string(m)
	}
	return out
}

// domainOf returns the lower-cased domain of an address.
func domainOf(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	return strings.ToLower(addr[at+1:])
}

var idEncoding = base32.NewEncoding("0123456789abcdefghijklmnopqrstuv").WithPadding(base32.NoPadding)

// NewID returns a new message id: time-ordered, 80 random bits.
func NewID() string {
	var b [16]byte
	t := uint64(time.Now().UnixMilli())
	for i := 5; i >= 0; i-- {
		b[i] = byte(t)
		t >>= 8
	}
	rand.Read(b[6:])
	return idEncoding.EncodeToString(b[:])
}
