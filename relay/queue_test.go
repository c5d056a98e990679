package relay

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/smtpout"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

// scriptedDeliverer answers each attempt with the next scripted error
// (nil = accepted) and repeats the last one.
type scriptedDeliverer struct {
	mu     sync.Mutex
	script []error
	reqs   []*smtpout.Request
}

func (d *scriptedDeliverer) Deliver(_ context.Context, req *smtpout.Request) *smtpout.Result {
	d.mu.Lock()
	defer d.mu.Unlock()
	err := d.script[min(len(d.reqs), len(d.script)-1)]
	if req.Open != nil { // read the copy now: it is gone once Deliver returns
		req.Body = readCopy(req)
	}
	d.reqs = append(d.reqs, req)
	res := &smtpout.Result{Method: req.Methods[0], RemoteHost: "127.0.0.1:25"}
	for _, r := range req.Recipients {
		res.Rcpts = append(res.Rcpts, smtpout.RcptResult{Addr: r, Err: err})
	}
	return res
}

// readCopy reads what a request would send, and checks it is Size bytes.
func readCopy(req *smtpout.Request) []byte {
	rc, err := req.Open()
	if err != nil {
		return []byte("open failed: " + err.Error())
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return []byte("read failed: " + err.Error())
	}
	if int64(len(b)) != req.Size {
		return []byte(fmt.Sprintf("read %d bytes, Size says %d", len(b), req.Size))
	}
	return b
}

func (d *scriptedDeliverer) attempts() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.reqs)
}

// bounceRecorder is an Acceptor that keeps what it is given.
type bounceRecorder struct {
	mu   sync.Mutex
	subs []*Submission
}

func (b *bounceRecorder) Accept(_ context.Context, s *Submission) (string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs = append(b.subs, s)
	return "dsn", nil
}

func (b *bounceRecorder) all() []*Submission {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]*Submission(nil), b.subs...)
}

type queueEnv struct {
	store   store.Store
	audit   *audit.Log
	keyring *seal.Keyring
	dir     string
}

func newQueueEnv(t *testing.T) *queueEnv {
	t.Helper()
	dir := t.TempDir()
	logger := slog.New(slog.DiscardHandler)
	st, err := store.OpenSQLite(filepath.Join(dir, "q.db"), logger)
	if err != nil {
		t.Fatal(err)
	}
	al, err := audit.Open(filepath.Join(dir, "audit.log"), logger)
	if err != nil {
		t.Fatal(err)
	}
	file, _ := seal.NewKeyringFile()
	kr, _ := seal.ParseKeyring(file)
	t.Cleanup(func() { al.Close(); st.Close() })
	return &queueEnv{store: st, audit: al, keyring: kr, dir: dir}
}

func (q *queueEnv) enqueue(t *testing.T, from string, expires time.Duration, methods ...policy.Method) {
	t.Helper()
	q.enqueueMessage(t, from, expires, []byte("From: <"+from+">\r\nSubject: hi\r\n\r\nbody\r\n"), methods...)
}

// enqueueBody queues msg from dr@clinic.example to pat@example.net.
func (q *queueEnv) enqueueBody(t *testing.T, msg []byte, methods ...policy.Method) {
	t.Helper()
	q.enqueueMessage(t, "dr@clinic.example", time.Hour, msg, methods...)
}

func (q *queueEnv) enqueueMessage(t *testing.T, from string, expires time.Duration, msg []byte, methods ...policy.Method) {
	t.Helper()
	body, _ := q.keyring.Seal(msg)
	now := time.Now()
	m := &store.Message{ID: NewID(), From: from, Received: now, Expires: now.Add(expires), Body: body,
		Size: int64(len(msg)), Recipients: []*store.Recipient{{Seq: 0, Addr: "pat@example.net", Domain: "example.net",
			Methods: methodStrings(methods), Rule: "phi", State: store.StateQueued, NextAttempt: now}}}
	m.Recipients[0].MessageID = m.ID
	if err := q.store.Enqueue(context.Background(), m); err != nil {
		t.Fatal(err)
	}
}

func (q *queueEnv) run(t *testing.T, d Deliverer, b Acceptor) (stop func()) {
	return q.runWith(t, SchedulerConfig{Deliverer: d, Bounces: b})
}

// runWith runs a scheduler with cfg's Deliverer, Bounces, Keys, Signer,
// SpoolDir, Concurrency (4 if unset) and Lease (a minute if unset).
func (q *queueEnv) runWith(t *testing.T, cfg SchedulerConfig) (stop func()) {
	if cfg.Concurrency == 0 {
		cfg.Concurrency = 4
	}
	if cfg.Lease == 0 {
		cfg.Lease = time.Minute
	}
	sched := NewScheduler(SchedulerConfig{Store: q.store, Keyring: q.keyring, Audit: q.audit, Deliverer: cfg.Deliverer,
		Bounces: cfg.Bounces, Keys: cfg.Keys, Signer: cfg.Signer, SpoolDir: cfg.SpoolDir, Pickup: cfg.Pickup, Text: cfg.Text, Hostname: "relay.test",
		Concurrency: cfg.Concurrency, RetryMin: 20 * time.Millisecond, RetryMax: 40 * time.Millisecond,
		Lease: cfg.Lease, Logger: slog.New(slog.DiscardHandler)})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { sched.Run(ctx); close(done) }()
	sched.Wake()
	return func() { cancel(); <-done }
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	waitFor(t, what, 10*time.Second, cond)
}

// waitFor is waitUntil with its own deadline.
func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (q *queueEnv) auditText(t *testing.T) string {
	data, err := os.ReadFile(filepath.Join(q.dir, "audit.log"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestRetryThenPermanentFailureBounces(t *testing.T) {
	q := newQueueEnv(t)
	temp := &smtpout.Error{Code: 451, Enhanced: "4.3.0", Msg: "try later", Temporary: true}
	perm := &smtpout.Error{Code: 550, Enhanced: "5.1.1", Msg: "no such user"}
	d := &scriptedDeliverer{script: []error{temp, temp, perm}}
	b := &bounceRecorder{}
	q.enqueue(t, "dr@example.org", time.Hour, policy.MethodTLSVerified, policy.MethodPickup)
	stop := q.run(t, d, b)
	waitUntil(t, "a bounce", func() bool { return len(b.all()) == 1 })
	waitUntil(t, "the queue to empty", func() bool { // the bounce is sent before the final state is stored
		ms, _ := q.store.Messages(context.Background(), 10)
		return len(ms) == 0
	})
	stop()
	if n := d.attempts(); n != 3 {
		t.Errorf("%d attempts, want 3 (two deferrals, then the permanent failure)", n)
	}
	if got := d.reqs[0].Methods; len(got) != 1 || got[0] != policy.MethodTLSVerified {
		t.Errorf("transport methods %v: pickup must not turn into a weaker transport", got)
	}
	dsn := b.all()[0]
	if dsn.From != "" || dsn.Recipients[0] != "dr@example.org" || !strings.Contains(string(dsn.Body), "Status: 5.1.1") {
		t.Errorf("DSN from %q to %v:\n%s", dsn.From, dsn.Recipients, dsn.Body)
	}
	if strings.Contains(string(dsn.Body), "body") {
		t.Error("DSN carries the original message content")
	}
	text := q.auditText(t)
	if strings.Count(text, `"result":"deferred"`) != 2 || strings.Count(text, `"result":"failed"`) != 1 {
		t.Errorf("audit does not record 2 deferrals and 1 failure:\n%s", text)
	}
	if ms, _ := q.store.Messages(context.Background(), 10); len(ms) != 0 {
		t.Errorf("%d messages left in the queue after the final failure", len(ms))
	}
}

func TestExpiryBouncesWith447(t *testing.T) {
	q := newQueueEnv(t)
	d := &scriptedDeliverer{script: []error{&smtpout.Error{Msg: "no STARTTLS", Temporary: true}}}
	b := &bounceRecorder{}
	q.enqueue(t, "dr@example.org", 150*time.Millisecond, policy.MethodTLSVerified)
	stop := q.run(t, d, b)
	waitUntil(t, "the expiry bounce", func() bool { return len(b.all()) == 1 })
	stop()
	if body := string(b.all()[0].Body); !strings.Contains(body, "Status: 4.4.7") {
		t.Errorf("expiry DSN lacks 4.4.7:\n%s", body)
	}
	if !strings.Contains(q.auditText(t), `"reason":"expired in queue"`) {
		t.Error("audit does not say the message expired")
	}
}

func TestNullSenderIsNeverBounced(t *testing.T) {
	q := newQueueEnv(t)
	d := &scriptedDeliverer{script: []error{&smtpout.Error{Code: 550, Msg: "no", Temporary: false}}}
	b := &bounceRecorder{}
	q.enqueue(t, "", time.Hour, policy.MethodTLS)
	stop := q.run(t, d, b)
	waitUntil(t, "the attempt", func() bool { return d.attempts() == 1 })
	waitUntil(t, "the failure to be recorded", func() bool { return strings.Contains(q.auditText(t), `"failed"`) })
	stop()
	if len(b.all()) != 0 {
		t.Error("a bounce was bounced")
	}
}

func TestDeliveredOnceAndRemoved(t *testing.T) {
	q := newQueueEnv(t)
	d := &scriptedDeliverer{script: []error{nil}}
	q.enqueue(t, "dr@example.org", time.Hour, policy.MethodTLSVerified, policy.MethodTLS, policy.MethodPlain)
	stop := q.run(t, d, &bounceRecorder{})
	waitUntil(t, "the delivery", func() bool { return strings.Contains(q.auditText(t), `"delivered"`) })
	time.Sleep(100 * time.Millisecond) // a second, wrong attempt would show now
	stop()
	if n := d.attempts(); n != 1 {
		t.Errorf("%d attempts for one delivered message", n)
	}
	if got := d.reqs[0].Methods; len(got) != 3 {
		t.Errorf("transport chain %v, want tls-verified, tls, plain", got)
	}
}

// A submitter's REQUIRETLS is kept with the queued message and reaches
// every delivery attempt (smtpout then refuses a connection without TLS).
func TestRequireTLSReachesDelivery(t *testing.T) {
	q := newQueueEnv(t)
	body, _ := q.keyring.Seal([]byte("From: <dr@example.org>\r\nSubject: hi\r\n\r\nbody\r\n"))
	now := time.Now()
	m := &store.Message{ID: NewID(), From: "dr@example.org", Received: now, Expires: now.Add(time.Hour), Body: body, RequireTLS: true,
		Recipients: []*store.Recipient{{Seq: 0, Addr: "pat@example.net", Domain: "example.net",
			Methods: []string{"tls-verified", "tls"}, Rule: "default", State: store.StateQueued, NextAttempt: now}}}
	m.Recipients[0].MessageID = m.ID
	if err := q.store.Enqueue(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	d := &scriptedDeliverer{script: []error{nil}}
	stop := q.run(t, d, &bounceRecorder{})
	waitUntil(t, "the delivery", func() bool { return d.attempts() > 0 })
	stop()
	if !d.reqs[0].RequireTLS {
		t.Error("the delivery request lost the submitter's REQUIRETLS")
	}
}

// An attempt that ended as the relay shut down is still recorded: the
// next hop accepted it, so its audit record must not be lost.
func TestFinishRecordsAfterShutdown(t *testing.T) {
	q := newQueueEnv(t)
	s := NewScheduler(SchedulerConfig{Store: q.store, Keyring: q.keyring, Audit: q.audit, Logger: slog.New(slog.DiscardHandler)})
	now := time.Now()
	m := &store.Message{ID: NewID(), From: "dr@clinic.example", Received: now, Expires: now.Add(time.Hour)}
	r := &store.Recipient{MessageID: m.ID, Seq: 0, Addr: "pat@example.net", Domain: "example.net", Rule: "phi"}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the relay is shutting down
	s.finish(ctx, m, &job{msgID: m.ID, domain: "example.net", rcpts: []*store.Recipient{r}},
		&smtpout.Result{Rcpts: []smtpout.RcptResult{{Addr: r.Addr}}})
	if a := q.auditText(t); !strings.Contains(a, `"delivered"`) || !strings.Contains(a, m.ID) {
		t.Errorf("a delivery that ended at shutdown left no audit record:\n%s", a)
	}
}
