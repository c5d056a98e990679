package relay

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/channels/sms"
	"github.com/sealpost/sealpost/channels/sms/twiliotest"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

const (
	smsDomain = "sms.example.org"
	patient   = "+12025550123"
	textRcpt  = patient + "@" + smsDomain
	twSID     = "AC00000000000000000000000000000001"
	twToken   = "testtoken0123456789abcdef01234567"
)

// textEnv is a pipeline and scheduler with the sms and pickup channels,
// sending through the real twilio-go client to a local fake Twilio, and
// the webhooks served as the node serves them.
type textEnv struct {
	*queueEnv
	twilio  *twiliotest.Server
	pipe    *Pipeline
	sched   *Scheduler
	pickups *PickupChannel
	bounces *bounceRecorder
	hooks   *httptest.Server
}

func newTextEnv(t *testing.T) *textEnv {
	t.Helper()
	e := &textEnv{queueEnv: newQueueEnv(t), twilio: twiliotest.New(twSID, twToken), bounces: &bounceRecorder{}}
	t.Cleanup(e.twilio.Close)
	mux := http.NewServeMux()
	e.hooks = httptest.NewServer(mux)
	t.Cleanup(e.hooks.Close)
	sender, err := sms.NewSender(sms.Config{AccountSID: twSID, AuthToken: twToken, From: "+12025550100",
		StatusCallback: e.hooks.URL + "/sms/status", HTTPClient: e.twilio.Client()})
	if err != nil {
		t.Fatal(err)
	}
	book := &sms.Book{Store: e.store, RequireOptIn: true}
	e.pickups = e.pickupChannel()
	e.sched = NewScheduler(SchedulerConfig{Store: e.store, Keyring: e.keyring, Audit: e.audit, Deliverer: &scriptedDeliverer{},
		Bounces: e.bounces, Pickup: e.pickups, Hostname: "relay.test", Concurrency: 4, TextConcurrency: 4,
		Text: &TextChannel{Sender: sender, Consent: book, Sent: e.store, Domain: smsDomain, Text: sms.TextBody,
			MaxSegments: 4, SenderName: "Secure Message"},
		RetryMin: 20 * time.Millisecond, RetryMax: 40 * time.Millisecond, Lease: time.Minute, Logger: slog.New(slog.DiscardHandler)})
	e.pipe = NewPipeline(PipelineConfig{Policy: policy.Default(), Audit: e.audit, Store: e.store, Keyring: e.keyring,
		Pickup: true, SMSDomain: smsDomain, Expire: time.Hour, Wake: e.sched.Wake, Logger: slog.New(slog.DiscardHandler)})
	hooks := &sms.Hooks{AuthToken: twToken, InboundURL: e.hooks.URL + "/sms/inbound", StatusURL: e.hooks.URL + "/sms/status",
		HelpText: "help", Consent: &AuditedConsent{Book: book, Audit: e.audit}, Statuses: e.sched, Logger: slog.New(slog.DiscardHandler)}
	mux.HandleFunc("POST /sms/inbound", hooks.Inbound)
	mux.HandleFunc("POST /sms/status", hooks.Status)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); e.sched.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	return e
}

func (e *textEnv) optIn(t *testing.T, number string) {
	t.Helper()
	if _, err := e.store.SetConsent(context.Background(), store.Consent{Number: number, OptedIn: true, Via: "import:test", At: time.Now()}); err != nil {
		t.Fatal(err)
	}
}

func (e *textEnv) submit(t *testing.T, body string) string {
	t.Helper()
	id, err := e.pipe.Accept(context.Background(), &Submission{From: "dr@clinic.example", Recipients: []string{textRcpt},
		Body: []byte(body), Submitter: "dr"})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// outcome waits for the delivery event of message id and returns it.
func (e *textEnv) outcome(t *testing.T, id, result string) string {
	t.Helper()
	var line string
	waitUntil(t, "the text's "+result, func() bool {
		for _, l := range strings.Split(e.auditText(t), "\n") {
			if strings.Contains(l, `"type":"delivery","msgid":"`+id+`"`) && strings.Contains(l, `"result":"`+result+`"`) {
				line = l
				return true
			}
		}
		return false
	})
	return line
}

const reminder = "From: Lakeside Clinic <dr@clinic.example>\r\nSubject: Reminder\r\n\r\n" +
	"Lakeside Clinic: your appointment is on Friday at 10:00. Reply STOP to stop.\r\n"

// A text with nothing of health in it is sent as the mail's text, to the
// number, and the delivery is audited with Twilio's SID.
func TestTextNoneVerbatim(t *testing.T) {
	e := newTextEnv(t)
	e.optIn(t, patient)
	id := e.submit(t, reminder)
	ev := e.outcome(t, id, "delivered")
	msgs := e.twilio.Messages()
	if len(msgs) != 1 || msgs[0].To != patient || msgs[0].Body != "Lakeside Clinic: your appointment is on Friday at 10:00. Reply STOP to stop." {
		t.Fatalf("texts sent: %+v", msgs)
	}
	if !strings.Contains(ev, `"method":"plain"`) || !strings.Contains(ev, `"sms_sid":"`+msgs[0].SID+`"`) || !strings.Contains(ev, `"rcpt":"`+textRcpt+`"`) {
		t.Errorf("delivery event: %s", ev)
	}
}

// A text with PHI becomes a neutral text with a pickup link: nothing of
// the mail is in it, the link opens the pickup, and the portal's code
// goes to the same number by text.
func TestTextPHIBecomesLink(t *testing.T) {
	e := newTextEnv(t)
	e.optIn(t, patient)
	id := e.submit(t, phiMessage)
	ev := e.outcome(t, id, "delivered")
	msgs := e.twilio.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d texts sent, want 1", len(msgs))
	}
	text := msgs[0].Body
	for _, leak := range []string{"HbA1c", "5520193", "metformin", "Byron", "8.1", "clinic", "results"} {
		if strings.Contains(strings.ToLower(text), strings.ToLower(leak)) {
			t.Errorf("the text carries %q of the mail: %q", leak, text)
		}
	}
	m := linkRE.FindStringSubmatch(text)
	if m == nil || !strings.HasPrefix(text, "Secure Message: ") {
		t.Fatalf("the text is not the neutral link: %q", text)
	}
	if !strings.Contains(ev, `"method":"pickup"`) || !strings.Contains(ev, `"pickup":"`) {
		t.Errorf("delivery event: %s", ev)
	}
	p, err := e.pickups.Store.Open(context.Background(), m[1])
	if err != nil || p.Recipient != textRcpt {
		t.Fatalf("the link opens %v (%v)", p, err)
	}
	if err := e.sched.SendCode(context.Background(), p, "12345678"); err != nil {
		t.Fatal(err)
	}
	msgs = e.twilio.Messages()
	if len(msgs) != 2 || msgs[1].To != patient || !strings.Contains(msgs[1].Body, "12345678") || !strings.HasPrefix(msgs[1].Body, "Secure Message: ") {
		t.Errorf("the code text: %+v", msgs[1:])
	}
}

// A 429 is retried from the queue: the text ends delivered, sent once.
func TestTextRetriedAfter429(t *testing.T) {
	e := newTextEnv(t)
	e.optIn(t, patient)
	e.twilio.Script(twiliotest.Reply{Status: 429, Code: 20429})
	id := e.submit(t, reminder)
	e.outcome(t, id, "deferred")
	ev := e.outcome(t, id, "delivered")
	if n, c := len(e.twilio.Messages()), e.twilio.Creates(); n != 1 || c != 2 {
		t.Errorf("%d texts sent in %d requests, want 1 in 2", n, c)
	}
	if !strings.Contains(ev, `"attempt":2`) {
		t.Errorf("delivered on %s, want attempt 2", ev)
	}
}

// A number without an opt-in, one that texted STOP, and a text over the
// segment cap get nothing: the delivery fails for good and the sender
// gets a DSN without the text.
func TestTextRefused(t *testing.T) {
	cases := []struct {
		name, body, why string
		setup           func(e *textEnv)
	}{
		{"no opt-in", reminder, "not consented", func(*textEnv) {}},
		{"over the segment cap", "From: <dr@clinic.example>\r\nSubject: s\r\n\r\n" + strings.Repeat("Reminder of the clinic hours. ", 30) + "\r\n",
			"over the cap of 4", func(e *textEnv) { e.optIn(t, patient) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newTextEnv(t)
			c.setup(e)
			id := e.submit(t, c.body)
			ev := e.outcome(t, id, "failed")
			if !strings.Contains(ev, c.why) || len(e.twilio.Messages()) != 0 {
				t.Errorf("event %s, %d texts sent; want %q and none", ev, len(e.twilio.Messages()), c.why)
			}
			waitUntil(t, "the DSN", func() bool { return len(e.bounces.all()) == 1 })
			if dsn := string(e.bounces.all()[0].Body); !strings.Contains(dsn, textRcpt) || strings.Contains(dsn, "clinic hours") {
				t.Errorf("DSN:\n%s", dsn)
			}
		})
	}
}

// STOP texted to the webhook, signed as Twilio signs, blocks the next
// text; a forged signature changes nothing.
func TestTextStopBlocksNextSend(t *testing.T) {
	e := newTextEnv(t)
	e.optIn(t, patient)
	forged, err := http.PostForm(e.hooks.URL+"/sms/inbound", map[string][]string{"From": {patient}, "Body": {"STOP"}, "MessageSid": {"SMforged"}})
	if err != nil {
		t.Fatal(err)
	}
	forged.Body.Close()
	if forged.StatusCode != http.StatusForbidden {
		t.Errorf("a forged STOP: %d, want 403", forged.StatusCode)
	}
	first := e.submit(t, reminder)
	e.outcome(t, first, "delivered")

	resp, err := e.twilio.Inbound(e.hooks.URL+"/sms/inbound", patient, "+12025550100", "Stop")
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("signed STOP: %d", resp.StatusCode)
	}
	second := e.submit(t, reminder)
	if ev := e.outcome(t, second, "failed"); !strings.Contains(ev, "not consented") {
		t.Errorf("the text after STOP: %s", ev)
	}
	if n := len(e.twilio.Messages()); n != 1 {
		t.Errorf("%d texts sent, want only the one before STOP", n)
	}
	if a := e.auditText(t); !strings.Contains(a, `"type":"sms-opt-out","rcpt":"`+patient+`"`) {
		t.Errorf("the STOP is not audited:\n%s", a)
	}
}

// Status callbacks move the text's record forward and are audited; one
// that says undelivered bounces to the sender; a late or repeated one
// changes nothing.
func TestTextStatusCallbacks(t *testing.T) {
	e := newTextEnv(t)
	e.optIn(t, patient)
	id := e.submit(t, reminder)
	e.outcome(t, id, "delivered")
	sid := e.twilio.Messages()[0].SID
	for _, st := range []string{"sent", "undelivered", "sent", "undelivered"} {
		code := 0
		if st == "undelivered" {
			code = 30003
		}
		resp, err := e.twilio.Status(sid, st, code)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNoContent {
			t.Fatalf("status %s: %d", st, resp.StatusCode)
		}
	}
	rec, err := e.store.SMSSent(context.Background(), sid)
	if err != nil || rec.Status != "undelivered" || rec.ErrorCode != 30003 || rec.MessageID != id {
		t.Errorf("record %+v (%v)", rec, err)
	}
	a := e.auditText(t)
	if n := strings.Count(a, `"type":"sms-status"`); n != 2 || !strings.Contains(a, `"result":"undelivered","error":"twilio error 30003"`) {
		t.Errorf("%d status events, want 2 (sent, undelivered):\n%s", n, a)
	}
	bs := e.bounces.all()
	if len(bs) != 1 || !strings.Contains(string(bs[0].Body), "30003") || bs[0].Recipients[0] != "dr@clinic.example" {
		t.Errorf("%d DSNs, want one for the undelivered text", len(bs))
	}
}

// Over SMTP a recipient of the email-to-SMS domain must be a phone
// number: it is queued in E.164 form, and a bad one is refused at RCPT
// with the reason, not the number.
func TestTextRecipientOverSMTP(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{smsDomain: smsDomain})
	d := e.loggedIn(t)
	d.expect("MAIL FROM:<"+testUser+">", "250")
	d.expect("RCPT TO:<2025550123@SMS.example.org>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	if got := d.send("RCPT TO:<+15551234567@sms.example.org>\r\n"); !strings.HasPrefix(got, "550 5.1.3 Recipient is not a valid phone number: ") ||
		strings.Contains(got, "5551234567") {
		t.Errorf("RCPT of a bad number: %q", got)
	}
	d.expect("DATA", "354")
	if got := d.send(cleanMessage(testUser)); !strings.HasPrefix(got, "250 ") {
		t.Fatalf("DATA: %q", got)
	}
	if rs := e.acc.last(t).Recipients; len(rs) != 2 || rs[0] != textRcpt || rs[1] != "pat@example.net" {
		t.Errorf("recipients %q, want the number in E.164 and the mail recipient", rs)
	}
	if strings.Contains(e.logs.String(), "5551234567") || strings.Contains(e.logs.String(), "2025550123") {
		t.Errorf("the log holds a number:\n%s", e.logs.String())
	}
}

// stuckSender holds every text until released, as Twilio's rate would.
type stuckSender struct{ release chan struct{} }

func (s stuckSender) Send(ctx context.Context, to, body string) (sms.Sent, error) {
	select {
	case <-s.release:
	case <-ctx.Done():
		return sms.Sent{}, ctx.Err()
	}
	return sms.Sent{SID: "SM" + strings.Repeat("0", 31) + "1", Status: "queued"}, nil
}

// Texts held back (a campaign at one text a second) take their own
// lane's slots only: mail queued behind them is delivered meanwhile.
func TestTextsDoNotHoldBackMail(t *testing.T) {
	q := newQueueEnv(t)
	release := make(chan struct{})
	defer close(release)
	for range 3 {
		body, _ := q.keyring.Seal([]byte(reminder))
		now := time.Now()
		m := &store.Message{ID: NewID(), From: "dr@clinic.example", Received: now, Expires: now.Add(time.Hour), Body: body,
			Size: int64(len(reminder)), Recipients: []*store.Recipient{{Seq: 0, Addr: textRcpt, Domain: smsDomain,
				Methods: []string{"plain"}, Rule: "default", Channel: "sms", State: store.StateQueued, NextAttempt: now.Add(-time.Minute)}}}
		m.Recipients[0].MessageID = m.ID
		if err := q.store.Enqueue(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	q.enqueue(t, "dr@clinic.example", time.Hour, policy.MethodTLS)
	d := &scriptedDeliverer{script: []error{nil}}
	book := &sms.Book{Store: q.store}
	stop := q.runWith(t, SchedulerConfig{Deliverer: d, Bounces: &bounceRecorder{}, Concurrency: 1,
		Text: &TextChannel{Sender: stuckSender{release}, Consent: book, Sent: q.store, Domain: smsDomain, Text: sms.TextBody, SenderName: "S"}})
	defer stop()
	waitUntil(t, "the mail behind the held texts", func() bool { return d.attempts() == 1 })
}
