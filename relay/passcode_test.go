package relay

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/textproto"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/crypto/passwd"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

const passcodePolicy = `rules:
  - name: phi
    when: {level: [phi, restricted]}
    use: [pickup]
    pickup: {identity: passcode, expire: 72h, max_views: 2}
  - name: default
    use: [tls-verified, tls, plain]
`

func passcodePipeline(t *testing.T, q *queueEnv) *Pipeline {
	t.Helper()
	pol, err := policy.Parse("policy.yaml", []byte(passcodePolicy))
	if err != nil {
		t.Fatal(err)
	}
	return NewPipeline(PipelineConfig{Policy: pol, Audit: q.audit, Store: q.store, Keyring: q.keyring,
		Pickup: true, Expire: time.Hour, Logger: slog.New(slog.DiscardHandler)})
}

// A rule whose pickup opens with a passcode refuses a message that sets
// none, with a reply that says what to add, and audits the refusal.
func TestPasscodeRequired(t *testing.T) {
	q := newQueueEnv(t)
	_, err := passcodePipeline(t, q).Accept(context.Background(), &Submission{From: "dr@clinic.example",
		Recipients: []string{"pat@example.net"}, Body: []byte(phiMessage), Submitter: "dr"})
	var se *smtp.SMTPError
	if !errors.As(err, &se) || se.Code != 550 || se.EnhancedCode != (smtp.EnhancedCode{5, 7, 1}) ||
		!strings.Contains(se.Message, "Sealpost-Passcode") || !strings.Contains(se.Message, `"phi"`) {
		t.Fatalf("Accept without a passcode: %v, want 550 5.7.1 naming the field and the rule", err)
	}
	a := q.auditText(t)
	if !strings.Contains(a, `"type":"reject"`) || !strings.Contains(a, "refused: no passcode") {
		t.Errorf("the refusal is not audited:\n%s", a)
	}
	if ms, _ := q.store.Messages(context.Background(), 0); len(ms) != 0 {
		t.Errorf("%d messages queued, want none", len(ms))
	}
}

// With a passcode the message is queued with only its hash and the
// rule's terms; delivery makes a pickup that opens with it, on those
// terms, and a notice that says to have it at hand.
func TestPasscodeOpensPickup(t *testing.T) {
	q := newQueueEnv(t)
	const pass = "Blue heron 42"
	id, err := passcodePipeline(t, q).Accept(context.Background(), &Submission{From: "dr@clinic.example",
		Recipients: []string{"pat@example.net"}, Body: []byte(phiMessage), Submitter: "dr", Passcode: pass})
	if err != nil {
		t.Fatal(err)
	}
	m, err := q.store.Message(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := passwd.Verify(m.Passcode, pass); !ok || err != nil || strings.Contains(m.Passcode, pass) {
		t.Fatalf("queued passcode %q does not verify the one given (%v)", m.Passcode, err)
	}
	if want := (store.PickupTerms{Identity: "passcode", Expire: 72 * time.Hour, MaxViews: 2}); m.Recipients[0].Pickup != want {
		t.Errorf("recipient terms %+v, want %+v", m.Recipients[0].Pickup, want)
	}

	d := &scriptedDeliverer{script: []error{nil}}
	pc := q.pickupChannel()
	stop := q.runWith(t, SchedulerConfig{Deliverer: d, Bounces: &bounceRecorder{}, Pickup: pc})
	waitUntil(t, "the delivery", func() bool { return strings.Contains(q.auditText(t), `"delivered"`) })
	stop()
	_, parts := noticeText(t, d.reqs[0].Body)
	if !strings.Contains(parts[0], "the passcode the sender gave you") || strings.Contains(parts[0], "confirm your email") {
		t.Errorf("notice does not ask for the passcode:\n%s", parts[0])
	}
	p, err := pc.Store.Open(context.Background(), tokenOf(t, d.reqs[0]))
	if err != nil {
		t.Fatal(err)
	}
	if p.MaxViews != 2 || p.Expires.Sub(p.Created) != 72*time.Hour || p.Passcode != m.Passcode {
		t.Errorf("pickup on terms %d views, %v, passcode %v; want the rule's", p.MaxViews, p.Expires.Sub(p.Created), p.Passcode != "")
	}
	if err := pc.Store.Verify(context.Background(), p, pass); err != nil {
		t.Errorf("the passcode does not open the pickup: %v", err)
	}
	if strings.Contains(q.auditText(t), pass) {
		t.Error("the audit log holds the passcode")
	}
}

// A passcode no rule asks for is dropped: nothing of it is stored.
func TestPasscodeUnusedDropped(t *testing.T) {
	q := newQueueEnv(t)
	none := "From: <dr@clinic.example>\r\nSubject: Staff lunch\r\n\r\nPizza at noon.\r\n"
	id, err := passcodePipeline(t, q).Accept(context.Background(), &Submission{From: "dr@clinic.example",
		Recipients: []string{"pat@example.net"}, Body: []byte(none), Submitter: "dr", Passcode: "Blue heron 42"})
	if err != nil {
		t.Fatal(err)
	}
	if m, err := q.store.Message(context.Background(), id); err != nil || m.Passcode != "" {
		t.Errorf("message to a rule without passcode stores %q (%v)", m.Passcode, err)
	}
}

func TestTakePasscode(t *testing.T) {
	cases := []struct {
		name, in, want, rest string
		err                  bool
	}{
		{"none", "From: a@x.example\r\n\r\nbody\r\n", "", "From: a@x.example\r\n\r\nbody\r\n", false},
		{"cut", "From: a@x.example\r\nSealpost-Passcode:  Blue heron 42 \r\nSubject: s\r\n\r\nSealpost-Passcode: in the body\r\n",
			"Blue heron 42", "From: a@x.example\r\nSubject: s\r\n\r\nSealpost-Passcode: in the body\r\n", false},
		{"folded, any case", "sealpost-passcode: Blue\r\n heron 42\r\nFrom: a@x.example\r\n\r\nb\r\n",
			"Blue heron 42", "From: a@x.example\r\n\r\nb\r\n", false},
		{"encoded word", "From: a@x.example\r\nSealpost-Passcode: =?utf-8?q?se=C3=B1al_42_ok?=\r\n\r\nb\r\n",
			"señal 42 ok", "From: a@x.example\r\n\r\nb\r\n", false},
		{"last line", "From: a@x.example\r\nSealpost-Passcode: Blue heron 42\r\n", "Blue heron 42", "From: a@x.example\r\n", false},
		{"twice", "Sealpost-Passcode: Blue heron 42\r\nSealpost-Passcode: Red heron 42\r\nFrom: a@x.example\r\n\r\nb\r\n",
			"", "From: a@x.example\r\n\r\nb\r\n", true},
		{"too short", "Sealpost-Passcode: 1234\r\nFrom: a@x.example\r\n\r\nb\r\n", "", "From: a@x.example\r\n\r\nb\r\n", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			room := 64
			msg := &rawMessage{buf: append(make([]byte, room), c.in...), start: room}
			hdr, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(msg.body()))).ReadMIMEHeader()
			if err != nil && !errors.Is(err, io.EOF) {
				t.Fatal(err)
			}
			got, err := takePasscode(msg, hdr)
			var se *smtp.SMTPError
			if c.err != (err != nil) || err != nil && (!errors.As(err, &se) || se.Code != 550 || se.EnhancedCode != (smtp.EnhancedCode{5, 7, 1})) {
				t.Errorf("error %v, want one: %v (550 5.7.1)", err, c.err)
			}
			if got != c.want || string(msg.body()) != c.rest || len(hdr.Values(PasscodeField)) != 0 {
				t.Errorf("got %q and\n%q\nwant %q and\n%q", got, msg.body(), c.want, c.rest)
			}
		})
	}
}

// Over SMTP the passcode field reaches the pipeline as the submission's
// passcode and is gone from the message, and a bad one is refused at
// the end of DATA with 550 5.7.1 and the connection stays usable.
func TestPasscodeOverSMTP(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := e.loggedIn(t)
	head := "From: <" + testUser + ">\r\nTo: <pat@example.net>\r\n"
	if got := d.transaction(testUser, head+"Sealpost-Passcode: Blue heron 42\r\nSubject: results\r\n\r\nhello\r\n.\r\n"); !strings.HasPrefix(got, "250 ") {
		t.Fatalf("DATA with a passcode: %q", got)
	}
	sub := e.acc.last(t)
	if sub.Passcode != "Blue heron 42" || strings.Contains(string(sub.Body), "heron") || !strings.Contains(string(sub.Body), "\r\nSubject: results\r\n") {
		t.Errorf("submission passcode %q, body:\n%s", sub.Passcode, sub.Body)
	}
	n := e.acc.count()
	if got := d.transaction(testUser, head+"Sealpost-Passcode: short\r\nSubject: results\r\n\r\nhello\r\n.\r\n"); !strings.HasPrefix(got, "550 5.7.1 ") {
		t.Errorf("DATA with a short passcode: %q, want 550 5.7.1", got)
	}
	if got := d.transaction(testUser, cleanMessage(testUser)); !strings.HasPrefix(got, "250 ") || e.acc.count() != n+1 {
		t.Errorf("the next message after a refused one: %q", got)
	}
	if sub := e.acc.last(t); sub.Passcode != "" {
		t.Errorf("a message without the field has passcode %q", sub.Passcode)
	}
}

// A recipient's reply on the portal, which no one could set a passcode
// for, is not refused under a passcode rule: its pickup mails a code.
func TestPortalReplyUnderPasscodeRule(t *testing.T) {
	q := newQueueEnv(t)
	pipe := passcodePipeline(t, q)
	s := NewScheduler(SchedulerConfig{Store: q.store, Keyring: q.keyring, Audit: q.audit, Bounces: pipe,
		Pickup: q.pickupChannel(), Logger: slog.New(slog.DiscardHandler)})
	p := &store.Pickup{ID: "pk1", MessageID: "m1", Sender: "dr@clinic.example", Recipient: "pat@example.net"}
	if err := s.Reply(context.Background(), p, "Can I take ibuprofen before the visit?"); err != nil {
		t.Fatalf("reply under a passcode rule: %v", err)
	}
	ms, err := q.store.Messages(context.Background(), 0)
	if err != nil || len(ms) != 1 {
		t.Fatalf("%d messages queued (%v), want the reply", len(ms), err)
	}
	m, err := q.store.Message(context.Background(), ms[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if r := m.Recipients[0]; m.Passcode != "" || r.Pickup.Identity != "code" || r.Pickup.MaxViews != 2 {
		t.Errorf("reply queued with passcode %v and terms %+v, want the rule's terms with a code", m.Passcode != "", r.Pickup)
	}
	if !strings.Contains(q.auditText(t), "a pickup mails a code (no passcode can be set") {
		t.Errorf("the decision does not say why:\n%s", q.auditText(t))
	}
}
