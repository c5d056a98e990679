package relay

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/smtpout"
	"github.com/sealpost/sealpost/crypto/dkim"
	"github.com/sealpost/sealpost/crypto/keys"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

// Deliverer sends one message to the recipients of one domain.
// *smtpout.Deliverer is the production one.
type Deliverer interface {
	Deliver(ctx context.Context, req *smtpout.Request) *smtpout.Result
}

// SchedulerConfig is what a Scheduler needs.
type SchedulerConfig struct {
	Store     store.Store
	Keyring   *seal.Keyring
	Signer    *dkim.Signer
	Audit     *audit.Log
	Deliverer Deliverer
	// Bounces receives delivery status notifications (they go through the
	// pipeline like any message).
	Bounces  Acceptor
	Hostname string
	// Keys finds the keys pgp and smime deliveries encrypt to; Policy
	// returns the policy in force (its encryption: section); Signers are
	// the organisation's keys for encryption.sign. Without Keys, a chain
	// that starts with pgp or smime moves on to its next method.
	Keys    Discoverer
	Policy  func() *policy.Policy
	Signers *keys.Signers
	// Pickup delivers the pickup method; without it, a chain that reaches
	// pickup defers (it is never delivered by a weaker method).
	Pickup *PickupChannel
	// Text delivers the recipients queued on the sms channel; without it
	// they defer.
	Text *TextChannel
	// Concurrency caps mail deliveries in flight, TextConcurrency texts
	// in flight (1 if unset): each is a lane of its own (store.Lane), so
	// that texts waiting on Twilio's rate never hold back mail.
	Concurrency     int
	TextConcurrency int
	// RetryMin, doubling up to RetryMax with jitter, spaces attempts.
	RetryMin, RetryMax time.Duration
	// Lease is how long a claimed recipient stays claimed: an attempt
	// that crashed is retried after it.
	Lease time.Duration
	// SpoolDir holds encrypted copies while they are delivered ("" is
	// the system's temporary directory).
	SpoolDir string
	Logger   *slog.Logger
}

// Scheduler delivers queued recipients: it claims what is due, groups it
// per message and domain, and runs at most Concurrency deliveries at once.
// One loop, no goroutine per queued message: it sleeps until the next
// retry is due or it is woken by an enqueue or a finished delivery.
type Scheduler struct {
	cfg   SchedulerConfig
	wake  chan struct{}
	lanes []*lane
	wg    sync.WaitGroup
}

// lane is a part of the queue with its own delivery slots.
type lane struct {
	id    store.Lane
	slots chan struct{}
}

// NewScheduler returns a Scheduler; Run starts it.
func NewScheduler(cfg SchedulerConfig) *Scheduler {
	cfg.Concurrency, cfg.TextConcurrency = max(cfg.Concurrency, 1), max(cfg.TextConcurrency, 1)
	return &Scheduler{cfg: cfg, wake: make(chan struct{}, 1), lanes: []*lane{
		{id: store.LaneMail, slots: make(chan struct{}, cfg.Concurrency)},
		{id: store.LaneText, slots: make(chan struct{}, cfg.TextConcurrency)},
	}}
}

// Wake tells the scheduler that work may be due. It never blocks.
func (s *Scheduler) Wake() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Run delivers until ctx ends, then waits for deliveries in flight.
func (s *Scheduler) Run(ctx context.Context) {
	defer s.wg.Wait()
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		busy := s.fill(ctx)
		timer.Reset(s.idle(ctx, busy))
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-timer.C:
		}
	}
}

// fill claims due recipients for the free delivery slots of each lane
// and starts them. It reports, per lane, whether every slot is taken (so
// more may be due).
func (s *Scheduler) fill(ctx context.Context) []bool {
	busy := make([]bool, len(s.lanes))
	for i, l := range s.lanes {
		busy[i] = s.fillLane(ctx, l)
	}
	return busy
}

func (s *Scheduler) fillLane(ctx context.Context, l *lane) bool {
	free := cap(l.slots) - len(l.slots)
	if free == 0 || ctx.Err() != nil {
		return true
	}
	now := time.Now()
	// A read first: a claim is a write, and the writer's time is the
	// store's scarce one; a lane with nothing due (the texts' lane, mostly)
	// would spend it on every wake-up for nothing.
	if next, ok, err := s.cfg.Store.NextDue(ctx, l.id); err == nil && (!ok || next.After(now)) {
		return false
	}
	rs, err := s.cfg.Store.Claim(ctx, l.id, now, free, s.cfg.Lease)
	if err != nil {
		if ctx.Err() == nil {
			s.cfg.Logger.Error("queue claim failed", "err", err)
		}
		return false
	}
	for _, j := range groupJobs(rs) {
		l.slots <- struct{}{}
		s.wg.Add(1)
		go s.run(ctx, l, j)
	}
	return len(rs) == free
}

// idle returns how long to sleep when nothing wakes the loop: until the
// next retry due in a lane with a free slot (a finished delivery wakes
// the loop for a full one), a minute at most.
func (s *Scheduler) idle(ctx context.Context, busy []bool) time.Duration {
	d := time.Minute
	for i, l := range s.lanes {
		if busy[i] {
			continue
		}
		next, ok, err := s.cfg.Store.NextDue(ctx, l.id)
		if err == nil && ok {
			d = min(d, time.Until(next))
		}
	}
	return max(d, time.Millisecond)
}

func (s *Scheduler) run(ctx context.Context, l *lane, j *job) {
	defer func() {
		<-l.slots
		s.wg.Done()
		s.Wake()
	}()
	s.deliver(ctx, j)
}

// job is one delivery: the recipients of one message at one domain that
// share a method chain. A chain that starts with pgp or smime makes a job
// of one recipient: each gets a copy encrypted to its own keys only, so
// that no key ID tells who else (Bcc) received the message.
type job struct {
	msgID   string
	domain  string
	methods []string
	rcpts   []*store.Recipient
	e2e     *e2eCopy         // set once the copy is encrypted, or fell back
	pickups map[int]pickedUp // by recipient Seq, those served by pickup
	texts   map[int]texted   // by recipient Seq, those served by a text
}

func (j *job) text(seq int, t texted) {
	if j.texts == nil {
		j.texts = map[int]texted{}
	}
	j.texts[seq] = t
}

// isText reports whether the job's recipients are on the sms channel.
func (j *job) isText() bool { return len(j.rcpts) > 0 && j.rcpts[0].Channel == "sms" }

func (j *job) picked(seq int, p pickedUp) {
	if j.pickups == nil {
		j.pickups = map[int]pickedUp{}
	}
	j.pickups[seq] = p
}

// alone reports whether a recipient makes a job of its own: an
// end-to-end copy is encrypted to one recipient's keys, a pickup link is
// one recipient's, a text goes to one number.
func alone(r *store.Recipient) bool {
	if r.Channel == "sms" {
		return true
	}
	if len(r.Methods) == 0 {
		return false
	}
	_, e2e := endToEnd(policy.Method(r.Methods[0]))
	return e2e || r.Methods[0] == string(policy.MethodPickup)
}

func groupJobs(rs []*store.Recipient) []*job {
	var jobs []*job
	byKey := map[string]*job{}
	for _, r := range rs {
		key := r.MessageID + "\x00" + r.Channel + "\x00" + r.Domain + "\x00" + strings.Join(r.Methods, ",")
		if alone(r) {
			key += "\x00" + r.Addr
		}
		j := byKey[key]
		if j == nil {
			j = &job{msgID: r.MessageID, domain: r.Domain, methods: r.Methods}
			byKey[key] = j
			jobs = append(jobs, j)
		}
		j.rcpts = append(j.rcpts, r)
	}
	return jobs
}

// deliver makes one attempt for a job and records its outcome. The copy
// streams from the queue (or, encrypted, from a spool file) to DKIM and
// to the connection: it is never held whole in memory.
func (s *Scheduler) deliver(ctx context.Context, j *job) {
	m, err := s.cfg.Store.Message(ctx, j.msgID)
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) && ctx.Err() == nil {
			s.cfg.Logger.Error("queue load failed", "msgid", j.msgID, "err", err)
		}
		return
	}
	body, err := s.queued(ctx, m.ID, m.Size)
	if err != nil {
		s.cfg.Logger.Error("message preparation failed", "msgid", j.msgID, "err", err)
		s.finish(ctx, m, j, failAll(j, errPrepare))
		return
	}
	if j.isText() {
		s.deliverText(ctx, m, j, body)
		return
	}
	chain, clear := j.methods, body
	if c := s.protect(ctx, j, body); c != nil {
		j.e2e, chain = c, c.transport
		if c.spool != nil {
			defer c.spool.Close()
		}
		if c.body != nil {
			body = *c.body // the encrypted copy
		}
	}
	if s.pickupNow(chain) {
		s.deliverPickup(ctx, m, j, clear)
		return
	}
	body, err = s.signed(body)
	if err != nil {
		s.cfg.Logger.Error("message preparation failed", "msgid", j.msgID, "err", err)
		s.finish(ctx, m, j, failAll(j, errPrepare))
		return
	}
	req := &smtpout.Request{From: m.From, Domain: j.domain, Methods: transportMethods(chain),
		Open: body.open, Size: body.size, RequireTLS: m.RequireTLS}
	for _, r := range j.rcpts {
		req.Recipients = append(req.Recipients, r.Addr)
	}
	if len(req.Methods) == 0 {
		s.finish(ctx, m, j, failAll(j, &smtpout.Error{Code: 450, Enhanced: "4.7.0",
			Msg: "no deliverable method left in chain " + strings.Join(j.methods, ">"), Temporary: true}))
		return
	}
	res := s.cfg.Deliverer.Deliver(ctx, req)
	s.fallBack(ctx, m, j, chain, clear, res)
	s.finish(ctx, m, j, res)
}

// finishTimeout bounds how long recording an attempt's outcome may take
// once the relay is shutting down.
const finishTimeout = 10 * time.Second

var errPrepare = &smtpout.Error{Code: 451, Enhanced: "4.3.0", Msg: "local error preparing the message", Temporary: true}

// transportMethods returns the leading run of transport methods of a chain:
// what an SMTP connection may satisfy now. Later methods (pickup, …) are
// never reached through a weaker connection.
func transportMethods(chain []string) []policy.Method {
	var ms []policy.Method
	for _, c := range chain {
		m := policy.Method(c)
		if !m.Transport() {
			break
		}
		ms = append(ms, m)
	}
	return ms
}

func failAll(j *job, err error) *smtpout.Result {
	res := &smtpout.Result{}
	for _, r := range j.rcpts {
		res.Rcpts = append(res.Rcpts, smtpout.RcptResult{Addr: r.Addr, Err: err})
	}
	return res
}

// finish records the outcome of an attempt: store state, audit, bounces.
// An attempt that has ended is recorded even when the relay is shutting
// down: a delivery the next hop accepted must not lose its audit record,
// nor stay queued to be sent again.
func (s *Scheduler) finish(ctx context.Context, m *store.Message, j *job, res *smtpout.Result) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), finishTimeout)
	defer cancel()
	now := time.Now()
	var ups []store.Update
	var evs []audit.Event
	var failed []bounced
	for i, r := range j.rcpts {
		var rerr error
		if i < len(res.Rcpts) {
			rerr = res.Rcpts[i].Err
		} else {
			rerr = errors.New("no result from delivery")
		}
		up, ev := s.outcome(now, m, r, j, res, rerr)
		ups = append(ups, up)
		evs = append(evs, ev)
		if up.State == store.StateFailed {
			failed = append(failed, bounced{rcpt: r.Addr, err: rerr, remote: res.RemoteHost})
		}
	}
	if err := s.cfg.Audit.Append(ctx, evs...); err != nil {
		s.cfg.Logger.Error("audit append failed", "msgid", m.ID, "err", err)
	}
	if len(failed) > 0 {
		s.bounce(ctx, m, failed)
	}
	if err := s.cfg.Store.Update(ctx, ups); err != nil && ctx.Err() == nil {
		s.cfg.Logger.Error("queue update failed", "msgid", m.ID, "err", err)
	}
}

// outcome turns one recipient's result into its new state and audit event.
// An encrypted copy is recorded as its end-to-end method, with its keys;
// the connection's TLS is in the TLS fields.
func (s *Scheduler) outcome(now time.Time, m *store.Message, r *store.Recipient, j *job, res *smtpout.Result, rerr error) (store.Update, audit.Event) {
	c := j.e2e
	p, picked := j.pickups[r.Seq]
	if picked {
		res = p.res // the notice's connection
	}
	up := store.Update{MessageID: r.MessageID, Seq: r.Seq}
	ev := audit.Event{
		Type: "delivery", MessageID: m.ID, Sender: m.From, Recipient: r.Addr, Rule: r.Rule,
		Method: string(res.Method), RemoteHost: res.RemoteHost, TLSVersion: res.TLSVersion,
		TLSVerified: res.Verified, Attempt: r.Attempts,
	}
	if c != nil && c.method != "" {
		ev.Method, ev.Keys = string(c.method), c.keys
	}
	if picked {
		ev.Method, ev.Pickup = string(policy.MethodPickup), p.id
	}
	t, text := j.texts[r.Seq]
	if text {
		ev.Method, ev.Pickup, ev.SMSSID, ev.Segments = string(t.method), t.pickup, t.sid, t.segments
	}
	switch {
	case rerr == nil:
		up.State, ev.Result = store.StateDelivered, "delivered"
	case temporary(rerr) && now.Before(m.Expires):
		up.State, ev.Result = store.StateQueued, "deferred"
		up.NextAttempt = now.Add(s.backoff(r.Attempts))
		up.LastError, ev.Error = rerr.Error(), rerr.Error()
	default:
		up.State, ev.Result = store.StateFailed, "failed"
		up.LastError, ev.Error = rerr.Error(), rerr.Error()
		if temporary(rerr) {
			ev.Reason = "expired in queue"
		}
	}
	ev.Reason = joinReasons(ev.Reason, c.reason(), pickupReason(picked, rerr), textReason(t))
	s.cfg.Logger.Info("delivery attempt", "msgid", m.ID, "seq", r.Seq, "attempt", r.Attempts,
		"result", ev.Result, "method", ev.Method, "remote", ev.RemoteHost, "tls", ev.TLSVersion)
	return up, ev
}

// joinReasons joins the non-empty reasons with "; ".
func joinReasons(rs ...string) string {
	var out []string
	for _, r := range rs {
		if r != "" {
			out = append(out, r)
		}
	}
	return strings.Join(out, "; ")
}

func temporary(err error) bool {
	var se *smtpout.Error
	if errors.As(err, &se) {
		return se.Temporary
	}
	return true // anything unknown is retried, never dropped
}

// backoff is RetryMin doubled per earlier attempt, capped at RetryMax,
// with ±20% jitter so that a burst of failures does not retry in lockstep.
func (s *Scheduler) backoff(attempts int) time.Duration {
	d := s.cfg.RetryMin
	for i := 1; i < attempts && d < s.cfg.RetryMax; i++ {
		d *= 2
	}
	d = min(d, s.cfg.RetryMax)
	jitter := 0.8 + 0.4*rand.Float64()
	return time.Duration(float64(d) * jitter)
}

// textReason notes the pickup of a text revoked because the text was
// not sent.
func textReason(t texted) string {
	if t.revoked {
		return "pickup revoked: text not sent"
	}
	return ""
}

// pickupReason notes a pickup revoked because its notice failed.
func pickupReason(picked bool, rerr error) string {
	if picked && rerr != nil {
		return "pickup revoked: notice not delivered"
	}
	return ""
}
