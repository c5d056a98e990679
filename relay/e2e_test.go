package relay

import (
	"bytes"
	"context"
	"crypto/x509"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ProtonMail/gopenpgp/v3/crypto"

	"github.com/sealpost/sealpost/crypto/keys"
	"github.com/sealpost/sealpost/crypto/wkd"
	"github.com/sealpost/sealpost/crypto/wkd/wkdtest"
	"github.com/sealpost/sealpost/policy"
)

// noKeys is a Discoverer that finds nothing: the recipient's key was
// removed between the decision and the delivery.
type noKeys struct{}

func (noKeys) Find(_ context.Context, addr string) *keys.Found { return &keys.Found{Address: addr} }

// A pgp decision whose key is gone at delivery moves to the next method
// the rule listed, and the delivery record says so.
func TestPGPFallsBackToTheRulesNextMethod(t *testing.T) {
	q := newQueueEnv(t)
	d := &scriptedDeliverer{script: []error{nil}}
	q.enqueue(t, "dr@example.org", time.Hour, policy.MethodPGP, policy.MethodTLSVerified)
	stop := q.runWith(t, SchedulerConfig{Deliverer: d, Bounces: &bounceRecorder{}, Keys: noKeys{}})
	waitUntil(t, "the delivery", func() bool { return strings.Contains(q.auditText(t), `"delivered"`) })
	stop()
	if got := d.reqs[0].Methods; len(got) != 1 || got[0] != policy.MethodTLSVerified {
		t.Errorf("transport chain %v, want tls-verified alone (the rule's next method)", got)
	}
	if !bytes.Contains(d.reqs[0].Body, []byte("\r\n\r\nbody\r\n")) {
		t.Errorf("fallback copy is not the original message:\n%s", d.reqs[0].Body)
	}
	if a := q.auditText(t); !strings.Contains(a, `"method":"tls-verified"`) || !strings.Contains(a, "skipped pgp (no usable key at delivery)") {
		t.Errorf("delivery record does not tell the fallback:\n%s", a)
	}
}

// When nothing after pgp can be delivered now, the copy waits: it is
// never sent in clear.
func TestPGPWithoutKeyNeverFallsToClearText(t *testing.T) {
	q := newQueueEnv(t)
	d := &scriptedDeliverer{script: []error{nil}}
	q.enqueue(t, "dr@example.org", time.Hour, policy.MethodPGP, policy.MethodPickup)
	stop := q.runWith(t, SchedulerConfig{Deliverer: d, Bounces: &bounceRecorder{}, Keys: noKeys{}})
	waitUntil(t, "the deferral", func() bool { return strings.Contains(q.auditText(t), `"deferred"`) })
	stop()
	if n := d.attempts(); n != 0 {
		t.Errorf("%d connections made for a copy with no usable method", n)
	}
}

// A key the recipient's domain publishes in its Web Key Directory
// (served here over HTTPS with a test CA) is found at accept time, named
// in the decision, and used at delivery.
func TestWKDKeyIsFoundAndUsed(t *testing.T) {
	k, err := crypto.PGP().KeyGeneration().AddUserId("Joe", "joe@example.org").New().GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := k.GetPublicKey()
	d := wkdtest.New(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("l") == "joe" {
			w.Write(pub)
			return
		}
		http.NotFound(w, r)
	})
	q := newQueueEnv(t)
	finder, err := keys.NewFinder(keys.Config{Store: q.store, WKD: &wkd.Client{HTTP: d.Client, Timeout: time.Second}, Roots: x509.NewCertPool()})
	if err != nil {
		t.Fatal(err)
	}
	pipe := NewPipeline(PipelineConfig{Policy: policy.Default(), Audit: q.audit, Store: q.store, Keyring: q.keyring,
		Keys: finder, Expire: time.Hour, Logger: slog.New(slog.DiscardHandler)})
	msg := "From: <dr@clinic.example>\r\nTo: <joe@example.org>\r\nSubject: Your results\r\n\r\n" +
		"Patient: Joe Lindqvist, DOB 04/02/1971, MRN 5520193. Your HbA1c is 8.1%; we will start metformin 500 mg.\r\n"
	if _, err := pipe.Accept(context.Background(), &Submission{From: "dr@clinic.example", Recipients: []string{"joe@example.org"},
		Body: []byte(msg), Submitter: "dr"}); err != nil {
		t.Fatal(err)
	}
	dl := &scriptedDeliverer{script: []error{nil}}
	stop := q.runWith(t, SchedulerConfig{Deliverer: dl, Bounces: &bounceRecorder{}, Keys: finder})
	waitUntil(t, "the delivery", func() bool { return strings.Contains(q.auditText(t), `"delivered"`) })
	stop()
	a := q.auditText(t)
	if !strings.Contains(a, `"method":"pgp"`) || !strings.Contains(a, `"source":"wkd"`) {
		t.Errorf("the WKD key is not in the records:\n%s", a)
	}
	body := dl.reqs[0].Body
	if !bytes.Contains(body, []byte("multipart/encrypted")) || bytes.Contains(body, []byte("metformin")) {
		t.Errorf("delivered copy is not PGP/MIME:\n%s", body)
	}
}
