package relay

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/pickup"
)

// The hourly purge drops the bodies of expired, revoked, locked and
// used-up pickups and writes one pickup-expired event for each, with its pickup,
// message, recipient and why, and nothing of the message.
func TestPurgeAuditsEachPickup(t *testing.T) {
	q := newQueueEnv(t)
	now := time.Now()
	clock := func() time.Time { return now }
	ps := pickup.New(q.store, q.keyring, pickup.Config{Now: clock, Logger: slog.New(slog.DiscardHandler)})
	ctx := context.Background()
	create := func(msgID string, expires time.Duration, views int) (id, token string) {
		t.Helper()
		id, token, err := ps.Create(ctx, msgID, "dr@clinic.example", "pat@example.net", strings.NewReader(phiMessage), pickup.Terms{Expires: expires, MaxViews: views})
		if err != nil {
			t.Fatal(err)
		}
		return id, token
	}
	expired, _ := create("m-expired", time.Minute, 3)
	revoked, _ := create("m-revoked", 24*time.Hour, 3)
	used, usedToken := create("m-used", 24*time.Hour, 1)
	create("m-open", 24*time.Hour, 3)
	locked, _ := create("m-locked", 24*time.Hour, 3)
	if _, _, err := q.store.RecordPickupFailure(ctx, locked, 1); err != nil {
		t.Fatal(err)
	}
	if err := ps.Revoke(ctx, revoked); err != nil {
		t.Fatal(err)
	}
	p, err := ps.Open(ctx, usedToken)
	if err != nil {
		t.Fatal(err)
	}
	r, err := ps.Body(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	now = now.Add(pickup.DefaultUsedGrace)

	n := &Node{audit: q.audit, logger: slog.New(slog.DiscardHandler)}
	n.purgeOnce(ctx, ps)
	n.purgeOnce(ctx, ps) // nothing more to purge, nothing more audited

	f, err := os.Open(filepath.Join(q.dir, "audit.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if n, err := audit.Verify(f); err != nil || n != 4 {
		t.Fatalf("audit.Verify = %d, %v; want 4 events", n, err)
	}
	a := q.auditText(t)
	for id, want := range map[string]string{expired: `"msgid":"m-expired","rcpt":"pat@example.net","reason":"expired","pickup":"` + expired + `"`,
		revoked: `"msgid":"m-revoked","rcpt":"pat@example.net","reason":"revoked","pickup":"` + revoked + `"`,
		used:    `"msgid":"m-used","rcpt":"pat@example.net","reason":"views-used","pickup":"` + used + `"`,
		locked:  `"msgid":"m-locked","rcpt":"pat@example.net","reason":"locked","pickup":"` + locked + `"`} {
		if strings.Count(a, `"type":"pickup-expired",`+want) != 1 {
			t.Errorf("audit has not one pickup-expired event of %s with %s:\n%s", id, want, a)
		}
	}
	for _, phi := range []string{"HbA1c", "5520193", "metformin"} {
		if strings.Contains(a, phi) {
			t.Errorf("audit log holds %q of the message", phi)
		}
	}
}
