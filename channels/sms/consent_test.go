package sms

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/channels/sms/twiliotest"
	"github.com/sealpost/sealpost/store"
)

// TestBookThroughWebhook: a patient's STOP, texted through Twilio's signed
// inbound webhook into the real store, refuses the next send to that
// number; an admin's import does not undo it; the patient's START does.
// With RequireOptIn, a number never recorded is refused.
func TestBookThroughWebhook(t *testing.T) {
	st, err := store.OpenSQLite(filepath.Join(t.TempDir(), "queue.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	book := &Book{Store: st}
	h := &Hooks{AuthToken: testToken, Consent: book, Statuses: &record{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	srv := httptest.NewServer(http.HandlerFunc(h.Inbound))
	defer srv.Close()
	h.InboundURL = srv.URL
	fake := twiliotest.New(testSID, testToken)
	defer fake.Close()
	text := func(keyword string) {
		t.Helper()
		resp, err := fake.Inbound(srv.URL, "+12025550123", "+12025550100", keyword)
		if code, _ := body(t, resp, err); code != 200 {
			t.Fatalf("inbound %s: %d", keyword, code)
		}
	}

	const num = "+12025550123"
	if err := book.Allowed(ctx, num); err != nil {
		t.Fatalf("a number with no record, opt-in not required: %v", err)
	}
	text("STOP")
	if err := book.Allowed(ctx, num); !errors.Is(err, ErrNoConsent) {
		t.Errorf("after STOP: %v, want ErrNoConsent", err)
	}
	applied, err := st.SetConsent(ctx, store.Consent{Number: num, OptedIn: true, Via: "cli:admin", At: time.Now()})
	if err != nil || applied {
		t.Errorf("an import over the patient's STOP: applied %v, %v", applied, err)
	}
	if err := book.Allowed(ctx, num); !errors.Is(err, ErrNoConsent) {
		t.Errorf("after an import over STOP: %v, want ErrNoConsent", err)
	}
	text("start")
	if err := book.Allowed(ctx, num); err != nil {
		t.Errorf("after START: %v", err)
	}
	if c, err := st.Consent(ctx, num); err != nil || !c.ByRecipient || !strings.HasPrefix(c.Via, "sms:") {
		t.Errorf("record after START: %+v, %v", c, err)
	}

	strict := &Book{Store: st, RequireOptIn: true}
	if err := strict.Allowed(ctx, "+12025550199"); !errors.Is(err, ErrNoConsent) {
		t.Errorf("no record, opt-in required: %v, want ErrNoConsent", err)
	}
	if err := strict.Allowed(ctx, num); err != nil {
		t.Errorf("opted in, opt-in required: %v", err)
	}
}
