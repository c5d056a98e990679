package relay

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/channels/pickup/portal"
	"github.com/sealpost/sealpost/channels/smtpout"
	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

const phiMessage = "From: Dr Ada Byron <dr@clinic.example>\r\nTo: <pat@example.net>\r\nSubject: Your HbA1c results\r\n\r\n" +
	"Patient MRN 5520193: your HbA1c is 8.1%; we will start metformin 500 mg.\r\n"

func (q *queueEnv) pickupChannel() *PickupChannel {
	return &PickupChannel{Store: pickup.New(q.store, q.keyring, pickup.Config{Logger: slog.New(slog.DiscardHandler)}),
		BaseURL: "https://pickup.example.org", Expire: 720 * time.Hour, MaxViews: 10,
		From: "no-reply@relay.test", FromName: "Secure Message"}
}

// noticeText returns the decoded text and HTML parts of a notice.
func noticeText(t *testing.T, raw []byte) (hdr mail.Header, parts []string) {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("notice does not parse: %v\n%s", err, raw)
	}
	_, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(quotedprintable.NewReader(p))
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, string(b))
	}
	return m.Header, parts
}

var linkRE = regexp.MustCompile(`https://pickup\.example\.org/p/([A-Za-z0-9_-]{43})`)

// tokenOf returns the token of the notice's link, checking the notice is
// neutral on the way.
func tokenOf(t *testing.T, req *smtpout.Request) string {
	t.Helper()
	hdr, parts := noticeText(t, req.Body)
	if hdr.Get("Subject") != "You have a secure message" || hdr.Get("From") != `"Secure Message" <no-reply@relay.test>` ||
		hdr.Get("To") != "<pat@example.net>" || hdr.Get("Message-Id") == "" || hdr.Get("Date") == "" {
		t.Errorf("notice header %v", hdr)
	}
	if len(parts) != 2 {
		t.Fatalf("notice has %d parts, want text and HTML", len(parts))
	}
	for _, leak := range []string{"HbA1c", "metformin", "5520193", "Byron", "dr@clinic.example", "clinic"} {
		if bytes.Contains(req.Body, []byte(leak)) || strings.Contains(parts[0]+parts[1], leak) {
			t.Errorf("notice carries %q of the original", leak)
		}
	}
	if !strings.Contains(parts[0], "You have received a secure message.") || !strings.Contains(parts[0], "The link expires on") {
		t.Errorf("notice text:\n%s", parts[0])
	}
	m := linkRE.FindStringSubmatch(parts[0])
	if m == nil || !strings.Contains(parts[1], `href="`+m[0]+`"`) {
		t.Fatalf("no link in the notice:\n%s\n%s", parts[0], parts[1])
	}
	return m[1]
}

func TestPickupDeliversNoticeWithWorkingLink(t *testing.T) {
	q := newQueueEnv(t)
	pc := q.pickupChannel()
	d := &scriptedDeliverer{script: []error{nil}}
	q.enqueueBody(t, []byte(phiMessage), policy.MethodPickup)
	stop := q.runWith(t, SchedulerConfig{Deliverer: d, Bounces: &bounceRecorder{}, Pickup: pc})
	waitUntil(t, "the delivery", func() bool { return strings.Contains(q.auditText(t), `"delivered"`) })
	stop()
	if n := d.attempts(); n != 1 {
		t.Fatalf("%d deliveries, want one notice", n)
	}
	req := d.reqs[0]
	if req.From != "no-reply@relay.test" || len(req.Recipients) != 1 || req.Recipients[0] != "pat@example.net" ||
		len(req.Methods) != 3 || req.Methods[2] != policy.MethodPlain {
		t.Errorf("notice request from %q to %v with %v", req.From, req.Recipients, req.Methods)
	}
	p, err := pc.Store.Open(context.Background(), tokenOf(t, req))
	if err != nil {
		t.Fatalf("the link does not open: %v", err)
	}
	rc, err := pc.Store.Body(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if b, _ := io.ReadAll(rc); string(b) != phiMessage || p.Recipient != "pat@example.net" {
		t.Errorf("pickup for %s holds:\n%s", p.Recipient, b)
	}
	a := q.auditText(t)
	if !strings.Contains(a, `"method":"pickup"`) || !strings.Contains(a, `"pickup":"`+p.ID+`"`) {
		t.Errorf("audit does not record the pickup:\n%s", a)
	}
}

func openPickups(t *testing.T, st store.Store) (open, all int) {
	t.Helper()
	ps, err := st.Pickups(context.Background(), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.State(time.Now()) == store.PickupOpen {
			open++
		}
	}
	return open, len(ps)
}

// A notice that is deferred revokes its pickup: the retry leaves the
// recipient one open pickup, the one its delivered notice links to.
func TestPickupDeferralDoesNotDuplicate(t *testing.T) {
	q := newQueueEnv(t)
	pc := q.pickupChannel()
	temp := &smtpout.Error{Code: 451, Enhanced: "4.3.0", Msg: "try later", Temporary: true}
	d := &scriptedDeliverer{script: []error{temp, nil}}
	q.enqueueBody(t, []byte(phiMessage), policy.MethodPickup)
	stop := q.runWith(t, SchedulerConfig{Deliverer: d, Bounces: &bounceRecorder{}, Pickup: pc})
	waitUntil(t, "the delivery", func() bool { return strings.Contains(q.auditText(t), `"delivered"`) })
	stop()
	if n := d.attempts(); n != 2 {
		t.Fatalf("%d notices sent, want 2 (deferred, delivered)", n)
	}
	if open, _ := openPickups(t, q.store); open != 1 {
		t.Errorf("%d open pickups after a deferral and a delivery, want 1", open)
	}
	if _, err := pc.Store.Open(context.Background(), tokenOf(t, d.reqs[0])); !errors.Is(err, pickup.ErrRevoked) {
		t.Errorf("the deferred notice's link: %v, want revoked", err)
	}
	if _, err := pc.Store.Open(context.Background(), tokenOf(t, d.reqs[1])); err != nil {
		t.Errorf("the delivered notice's link: %v", err)
	}
	if a := q.auditText(t); !strings.Contains(a, "pickup revoked: notice not delivered") {
		t.Errorf("audit does not say why the first pickup was revoked:\n%s", a)
	}
	if a := q.auditText(t); !strings.Contains(a, `"pickup-revoked"`) || !strings.Contains(a, `"actor":"sealpost"`) {
		t.Errorf("audit has no pickup-revoked event by sealpost:\n%s", a)
	}
}

// When the chain's verified TLS cannot be had and pickup comes next, the
// recipient gets a pickup notice in the same attempt, never clear text.
func TestTLSUnmetFallsBackToPickup(t *testing.T) {
	cases := []struct {
		name     string
		err      error
		notices  int
		delivery string
	}{
		{"certificate failure", &smtpout.Error{Enhanced: "4.7.5", Msg: "x509: unknown authority", Temporary: true}, 1, `"delivered"`},
		{"no STARTTLS", &smtpout.Error{Enhanced: "4.7.10", Msg: "no STARTTLS", Temporary: true}, 1, `"delivered"`},
		{"next hop's own 4.7.1 reply", &smtpout.Error{Code: 450, Enhanced: "4.7.1", Msg: "greylisted", Temporary: true}, 0, `"deferred"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q := newQueueEnv(t)
			d := &scriptedDeliverer{script: []error{tc.err, nil}}
			q.enqueueBody(t, []byte(phiMessage), policy.MethodTLSVerified, policy.MethodPickup)
			stop := q.runWith(t, SchedulerConfig{Deliverer: d, Bounces: &bounceRecorder{}, Pickup: q.pickupChannel()})
			waitUntil(t, "the outcome", func() bool { return strings.Contains(q.auditText(t), tc.delivery) })
			stop()
			if got := d.reqs[0].Methods; len(got) != 1 || got[0] != policy.MethodTLSVerified {
				t.Errorf("first attempt with %v, want tls-verified only", got)
			}
			if _, all := openPickups(t, q.store); all != tc.notices {
				t.Errorf("%d pickups made, want %d", all, tc.notices)
			}
			if tc.notices > 0 {
				tokenOf(t, d.reqs[1])
				if !strings.Contains(q.auditText(t), `"method":"pickup"`) {
					t.Error("the fallback is not recorded as pickup")
				}
			}
		})
	}
}

// With a pickup channel the decision engine keeps pickup in the PHI
// chain of a recipient with no keys (after tls-verified, in the built-in
// policy); without one it skips it.
func TestPipelineChoosesPickupOnlyWithChannel(t *testing.T) {
	for _, on := range []bool{false, true} {
		q := newQueueEnv(t)
		pipe := NewPipeline(PipelineConfig{Policy: policy.Default(), Audit: q.audit, Store: q.store, Keyring: q.keyring,
			Pickup: on, Expire: time.Hour, Logger: slog.New(slog.DiscardHandler)})
		_, err := pipe.Accept(context.Background(), &Submission{From: "dr@clinic.example", Recipients: []string{"pat@example.net"},
			Body: []byte(phiMessage), Submitter: "dr"})
		chosen := strings.Contains(q.auditText(t), `"method":"tls-verified","fallbacks":["pickup"]`)
		if chosen != on {
			t.Errorf("pickup channel %v: pickup chosen %v (accept err %v):\n%s", on, chosen, err, q.auditText(t))
		}
	}
}

// A portal event reaches the audit log with its pickup, message,
// recipient and client, and nothing else.
func TestPickupEventAudited(t *testing.T) {
	q := newQueueEnv(t)
	s := NewScheduler(SchedulerConfig{Store: q.store, Keyring: q.keyring, Audit: q.audit, Logger: slog.New(slog.DiscardHandler)})
	p := &store.Pickup{ID: "pk1", MessageID: "m1", Sender: "dr@clinic.example", Recipient: "pat@example.net"}
	err := s.PickupEvent(context.Background(), portal.Event{Type: portal.EventViewed, Pickup: p,
		IP: "192.0.2.7", UserAgent: "Mozilla/5.0 (test)"})
	if err != nil {
		t.Fatal(err)
	}
	a := q.auditText(t)
	for _, want := range []string{`"type":"pickup-viewed"`, `"pickup":"pk1"`, `"msgid":"m1"`, `"rcpt":"pat@example.net"`,
		`"ip":"192.0.2.7"`, `"ua":"Mozilla/5.0 (test)"`} {
		if !strings.Contains(a, want) {
			t.Errorf("audit lacks %s:\n%s", want, a)
		}
	}
}

// A secure reply is submitted to the pipeline as a message from the
// notice sender to the pickup's sender, Reply-To the recipient, with the
// recipient's text in it.
func TestPickupReplySubmitted(t *testing.T) {
	q := newQueueEnv(t)
	b := &bounceRecorder{}
	s := NewScheduler(SchedulerConfig{Store: q.store, Keyring: q.keyring, Audit: q.audit, Bounces: b,
		Pickup: q.pickupChannel(), Logger: slog.New(slog.DiscardHandler)})
	p := &store.Pickup{ID: "pk1", MessageID: "m1", Sender: "dr@clinic.example", Recipient: "pat@example.net"}
	if err := s.Reply(context.Background(), p, "Thank you.\nCan I take ibuprofen before the visit?"); err != nil {
		t.Fatal(err)
	}
	subs := b.all()
	if len(subs) != 1 || subs[0].From != "no-reply@relay.test" || len(subs[0].Recipients) != 1 ||
		subs[0].Recipients[0] != "dr@clinic.example" || subs[0].Submitter != "pickup-reply:pk1" || !subs[0].PortalReply {
		t.Fatalf("submissions %+v, want one from the notice sender to the pickup's sender", subs)
	}
	m, err := mail.ReadMessage(bytes.NewReader(subs[0].Body))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := io.ReadAll(quotedprintable.NewReader(m.Body))
	if m.Header.Get("X-Sensitivity") != "phi" {
		t.Error("the reply is not marked phi: a reply to a secure message would go out as the policy scores its text alone")
	}
	if m.Header.Get("Reply-To") != "<pat@example.net>" || !strings.Contains(string(text), "Thank you.\r\nCan I take ibuprofen") {
		t.Errorf("reply header %v, text %q", m.Header, text)
	}
	if bytes.Contains(subs[0].Body, []byte("\n")) && bytes.Count(subs[0].Body, []byte("\n")) != bytes.Count(subs[0].Body, []byte("\r\n")) {
		t.Error("the reply has a bare LF")
	}
}

// A broken notice template stops the node's start, naming its file and
// line, before anything listens or is delivered.
func TestStartRefusesBrokenTemplate(t *testing.T) {
	dir := t.TempDir()
	key, err := seal.NewKeyringFile()
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(dir, "master.key")
	tpl := filepath.Join(dir, "templates")
	if err := os.WriteFile(keyFile, key, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(tpl, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tpl, pickup.NoticeText), []byte("Open:\n{{.Link}}\n{{.Subject}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := conf.Default()
	cfg.DataDir, cfg.MasterKey = filepath.Join(dir, "data"), conf.Secret{File: keyFile}
	cfg.Listeners = conf.Listeners{}
	cfg.Pickup.Listen, cfg.Pickup.BaseURL, cfg.Pickup.Templates = "127.0.0.1:0", "http://127.0.0.1", tpl
	n, err := Start(cfg, slog.New(slog.DiscardHandler))
	if err == nil {
		n.Shutdown(context.Background())
		t.Fatal("the node started with a broken template")
	}
	if want := filepath.Join(tpl, pickup.NoticeText) + ":3:"; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not name %s", err, want)
	}
}
