package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const smsRcpt = "+15551234567@sms.example.org"

func smsSent(sid string) SMSSent {
	return SMSSent{SID: sid, MessageID: "m1", Recipient: smsRcpt, Sender: "dr@clinic.example",
		Status: "queued", Sent: time.Unix(1_800_000_000, 123)}
}

func addSMS(t *testing.T, s *SQLite, sent SMSSent) {
	t.Helper()
	if err := s.AddSMSSent(context.Background(), sent); err != nil {
		t.Fatalf("AddSMSSent %s: %v", sent.SID, err)
	}
}

func mustSMS(t *testing.T, s *SQLite, sid string) *SMSSent {
	t.Helper()
	got, err := s.SMSSent(context.Background(), sid)
	if err != nil {
		t.Fatalf("SMSSent %s: %v", sid, err)
	}
	return got
}

// sameSMS compares the records field by field: times with Equal.
func sameSMS(a, b SMSSent) bool {
	return a.SID == b.SID && a.MessageID == b.MessageID && a.Recipient == b.Recipient && a.Sender == b.Sender &&
		a.Status == b.Status && a.ErrorCode == b.ErrorCode && a.Sent.Equal(b.Sent) && a.Updated.Equal(b.Updated)
}

// TestSMSSentRoundTrip: a record reads back as stored, the null sender
// included, survives a reopen, and a SID stored again is refused without
// touching the first record.
func TestSMSSentRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue.db")
	s := open(t, path)
	ctx := context.Background()
	in := smsSent("SM0001")
	in.Status, in.ErrorCode = "accepted", 30003
	null := smsSent("SM0002")
	null.Sender = ""
	addSMS(t, s, in)
	addSMS(t, s, null)
	if got := mustSMS(t, s, "SM0001"); !sameSMS(*got, in) || !got.Updated.IsZero() {
		t.Errorf("SMSSent = %+v, want %+v", got, in)
	}
	if got := mustSMS(t, s, "SM0002"); got.Sender != "" || got.Recipient != smsRcpt {
		t.Errorf("null-sender text reads %+v", got)
	}

	dup := smsSent("SM0001")
	dup.MessageID = "other"
	if err := s.AddSMSSent(ctx, dup); !errors.Is(err, ErrExists) {
		t.Errorf("AddSMSSent of a stored SID: %v, want ErrExists", err)
	}
	if got := mustSMS(t, s, "SM0001"); got.MessageID != "m1" {
		t.Errorf("the refused duplicate replaced the record: %+v", got)
	}
	if _, err := s.SMSSent(ctx, "SM9999"); !errors.Is(err, ErrNotFound) {
		t.Errorf("SMSSent of an unknown SID: %v, want ErrNotFound", err)
	}
	at := time.Unix(1_800_000_100, 0)
	if _, _, err := s.SetSMSStatus(ctx, "SM0001", "delivered", 0, at); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s = open(t, path)
	defer s.Close()
	want := in
	want.Status, want.ErrorCode, want.Updated = "delivered", 0, at
	if got := mustSMS(t, s, "SM0001"); !sameSMS(*got, want) {
		t.Errorf("after reopen: %+v, want %+v", got, want)
	}
}

// TestAddSMSSentRejects: each required field is checked, the status must
// be Twilio's, and no error names the recipient.
func TestAddSMSSentRejects(t *testing.T) {
	s := openTemp(t)
	cases := []struct {
		name   string
		change func(*SMSSent)
	}{
		{"no SID", func(x *SMSSent) { x.SID = "" }},
		{"no message ID", func(x *SMSSent) { x.MessageID = "" }},
		{"no recipient", func(x *SMSSent) { x.Recipient = "" }},
		{"no status", func(x *SMSSent) { x.Status = "" }},
		{"unknown status", func(x *SMSSent) { x.Status = "bogus" }},
		{"no time", func(x *SMSSent) { x.Sent = time.Time{} }},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := smsSent(fmt.Sprintf("SMX%d", i))
			c.change(&x)
			err := s.AddSMSSent(context.Background(), x)
			if err == nil {
				t.Fatalf("AddSMSSent accepted %+v", x)
			}
			if strings.Contains(err.Error(), "5551234567") {
				t.Errorf("error names the recipient: %v", err)
			}
			if x.SID != "" {
				if _, err := s.SMSSent(context.Background(), x.SID); !errors.Is(err, ErrNotFound) {
					t.Errorf("rejected text stored: %v", err)
				}
			}
		})
	}
}

// TestSetSMSStatusOrder: a status replaces the stored one only if it
// ranks higher, so that late and repeated callbacks change nothing and a
// final status stands against another.
func TestSetSMSStatusOrder(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	addSMS(t, s, smsSent("SMA"))
	t0 := time.Unix(1_800_000_000, 0)
	steps := []struct {
		status  string
		code    int
		changed bool
		want    string // stored status after the step
		wantAt  int    // step whose time is stored as Updated
	}{
		{"accepted", 0, false, "queued", -1}, // same rank as queued
		{"sending", 0, true, "sending", 1},
		{"sent", 0, true, "sent", 2},
		{"sending", 0, false, "sent", 2},
		{"sent", 0, false, "sent", 2}, // a retried callback
		{"delivered", 0, true, "delivered", 5},
		{"sent", 0, false, "delivered", 5},
		{"undelivered", 30005, false, "delivered", 5},
		{"read", 0, false, "delivered", 5},
	}
	for i, st := range steps {
		got, changed, err := s.SetSMSStatus(ctx, "SMA", st.status, st.code, t0.Add(time.Duration(i)*time.Second))
		if err != nil {
			t.Fatalf("step %d (%s): %v", i, st.status, err)
		}
		wantAt := time.Time{}
		if st.wantAt >= 0 {
			wantAt = t0.Add(time.Duration(st.wantAt) * time.Second)
		}
		if changed != st.changed || got.Status != st.want || got.ErrorCode != 0 || !got.Updated.Equal(wantAt) ||
			got.SID != "SMA" || got.Recipient != smsRcpt || got.MessageID != "m1" {
			t.Errorf("step %d (%s): %+v, changed %v; want status %s updated %v, changed %v",
				i, st.status, got, changed, st.want, wantAt, st.changed)
		}
		if stored := mustSMS(t, s, "SMA"); !sameSMS(*stored, *got) {
			t.Errorf("step %d (%s): returned %+v, stored %+v", i, st.status, got, stored)
		}
	}
}

// TestSetSMSStatusForward: queued, sent, delivered each change the record,
// and a failure keeps its error code.
func TestSetSMSStatusForward(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	addSMS(t, s, smsSent("SMB"))
	for _, st := range []string{"sent", "delivered"} {
		got, changed, err := s.SetSMSStatus(ctx, "SMB", st, 0, time.Now())
		if err != nil || !changed || got.Status != st {
			t.Fatalf("SetSMSStatus %s: %+v, changed %v, %v; want changed to %s", st, got, changed, err, st)
		}
	}
	addSMS(t, s, smsSent("SMC"))
	got, changed, err := s.SetSMSStatus(ctx, "SMC", "undelivered", 30003, time.Now())
	if err != nil || !changed || got.Status != "undelivered" || got.ErrorCode != 30003 {
		t.Fatalf("SetSMSStatus undelivered: %+v, changed %v, %v", got, changed, err)
	}
	if stored := mustSMS(t, s, "SMC"); stored.ErrorCode != 30003 {
		t.Errorf("stored error code %d, want 30003", stored.ErrorCode)
	}
}

func TestSetSMSStatusErrors(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	addSMS(t, s, smsSent("SMD"))
	if _, _, err := s.SetSMSStatus(ctx, "SM9999", "delivered", 0, time.Now()); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown SID: %v, want ErrNotFound", err)
	}
	_, _, err := s.SetSMSStatus(ctx, "SMD", "exploded", 0, time.Now())
	if err == nil || errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), `"exploded"`) {
		t.Errorf("unknown status: %v, want an error naming it", err)
	}
	if _, _, err := s.SetSMSStatus(ctx, "SMD", "sent", 0, time.Time{}); err == nil {
		t.Error("a status without a time was accepted")
	}
	if got := mustSMS(t, s, "SMD"); got.Status != "queued" || !got.Updated.IsZero() {
		t.Errorf("rejected calls changed the record: %+v", got)
	}
}

// TestSetSMSStatusConcurrent: callbacks racing from several goroutines,
// in every order, end at the final status, and exactly one of them
// changed the record to it.
func TestSetSMSStatusConcurrent(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	const texts = 8
	statuses := []string{"queued", "accepted", "sending", "sent", "delivered", "sent", "sending", "delivered"}
	for i := range texts {
		addSMS(t, s, smsSent(fmt.Sprintf("SMR%d", i)))
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	toFinal := map[string]int{}
	for g := range 6 {
		wg.Go(func() {
			// Every goroutine sends every status to every text, each
			// starting at another place in the list.
			for k := range statuses {
				st := statuses[(k+g)%len(statuses)]
				for i := range texts {
					sid := fmt.Sprintf("SMR%d", i)
					got, changed, err := s.SetSMSStatus(ctx, sid, st, 0, time.Now())
					if err != nil {
						t.Errorf("SetSMSStatus %s %s: %v", sid, st, err)
						return
					}
					if changed && SMSStatusFinal(got.Status) {
						mu.Lock()
						toFinal[sid]++
						mu.Unlock()
					}
				}
			}
		})
	}
	wg.Wait()
	for i := range texts {
		sid := fmt.Sprintf("SMR%d", i)
		if got := mustSMS(t, s, sid); got.Status != "delivered" {
			t.Errorf("%s ends %s, want delivered", sid, got.Status)
		}
		if toFinal[sid] != 1 {
			t.Errorf("%s: %d calls changed it to a final status, want 1", sid, toFinal[sid])
		}
	}
}

func TestSMSStatusFinal(t *testing.T) {
	for st, want := range map[string]bool{
		"queued": false, "accepted": false, "scheduled": false, "sending": false, "sent": false,
		"delivered": true, "undelivered": true, "failed": true, "read": true, "canceled": true,
		"": false, "bogus": false,
	} {
		if got := SMSStatusFinal(st); got != want {
			t.Errorf("SMSStatusFinal(%q) = %v, want %v", st, got, want)
		}
	}
}
