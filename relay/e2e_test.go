package relay

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/crypto/keys"
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
