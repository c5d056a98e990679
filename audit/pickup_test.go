package audit

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPickupEventFormat pins the lines of the relay's and the CLI's
// pickup events: what an auditor greps for.
func TestPickupEventFormat(t *testing.T) {
	at := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		ev   Event
		want string
	}{
		{PickupRevoked("pk1", "m1", "pat@example.net", "cli:root", "sent to the wrong patient"),
			`{"seq":1,"time":"2026-11-23T09:00:00Z","type":"pickup-revoked","msgid":"m1","rcpt":"pat@example.net",` +
				`"reason":"sent to the wrong patient","pickup":"pk1","actor":"cli:root","prev":"`},
		{PickupExpired("pk2", "m2", "pat@example.net", "views-used"),
			`{"seq":2,"time":"2026-11-23T09:00:00Z","type":"pickup-expired","msgid":"m2","rcpt":"pat@example.net",` +
				`"reason":"views-used","pickup":"pk2","prev":"`},
		{PickupsRotated(3, "k20261123-ab12", "cli:root", nil),
			`{"seq":3,"time":"2026-11-23T09:00:00Z","type":"pickup-rotated","result":"ok","actor":"cli:root","count":3,` +
				`"master_key":"k20261123-ab12","prev":"`},
		{PickupsRotated(0, "k2", "cli:root", errors.New(`pickup: rotate pk9: seal: no key "c"`)),
			`{"seq":4,"time":"2026-11-23T09:00:00Z","type":"pickup-rotated","result":"partial",` +
				`"error":"pickup: rotate pk9: seal: no key \"c\"","actor":"cli:root","master_key":"k2","prev":"`},
	}
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	for _, c := range cases {
		c.ev.Time = at
		appendOK(t, l, c.ev)
	}
	closeLog(t, l)
	if n, err := verifyFile(t, path); err != nil || n != len(cases) {
		t.Fatalf("Verify = %d, %v", n, err)
	}
	for i, line := range lines(t, path) {
		if !strings.HasPrefix(line, cases[i].want) {
			t.Errorf("line %d\n%s\nwant prefix\n%s", i+1, line, cases[i].want)
		}
	}
}
