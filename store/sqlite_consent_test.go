package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// TestConsent: a number's record is replaced by the next, except that the
// recipient's own STOP stands against imports and API calls until the
// recipient's START; records survive a reopen.
func TestConsent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue.db")
	s := open(t, path)
	ctx := context.Background()
	const num = "+12025550143"
	at := time.Unix(1_800_000_000, 0)
	if _, err := s.Consent(ctx, num); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Consent of an unknown number: %v, want ErrNotFound", err)
	}
	steps := []struct {
		c       Consent
		applied bool
		in      bool
	}{
		{Consent{Number: num, OptedIn: true, Via: "cli:admin"}, true, true},
		{Consent{Number: num, OptedIn: false, Via: "api:k1"}, true, false},
		{Consent{Number: num, OptedIn: true, Via: "cli:admin"}, true, true}, // an admin's opt-out is the admin's to undo
		{Consent{Number: num, OptedIn: false, ByRecipient: true, Via: "sms:STOP"}, true, false},
		{Consent{Number: num, OptedIn: true, Via: "cli:admin"}, false, false}, // the patient's STOP stands
		{Consent{Number: num, OptedIn: true, Via: "api:k1"}, false, false},
		{Consent{Number: num, OptedIn: true, ByRecipient: true, Via: "sms:START"}, true, true},
	}
	for i, st := range steps {
		st.c.At = at.Add(time.Duration(i) * time.Minute)
		applied, err := s.SetConsent(ctx, st.c)
		if err != nil || applied != st.applied {
			t.Fatalf("step %d (%s): applied %v, %v; want %v", i, st.c.Via, applied, err, st.applied)
		}
		got, err := s.Consent(ctx, num)
		if err != nil || got.OptedIn != st.in {
			t.Fatalf("step %d (%s): consent %+v, %v; want opted in %v", i, st.c.Via, got, err, st.in)
		}
	}
	if _, err := s.SetConsent(ctx, Consent{Number: num, OptedIn: true}); err == nil {
		t.Error("a record without source or time was accepted")
	}
	s.Close()

	s = open(t, path)
	defer s.Close()
	got, err := s.Consent(ctx, num)
	want := Consent{Number: num, OptedIn: true, ByRecipient: true, Via: "sms:START", At: at.Add(6 * time.Minute)}
	if err != nil || *got != want {
		t.Errorf("after reopen: %+v, %v; want %+v", got, err, want)
	}
}
