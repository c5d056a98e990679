package sms

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/sealpost/sealpost/channels/sms/twiliotest"
)

// record keeps what the hooks were told, in order.
type record struct {
	mu     sync.Mutex
	events []string
}

func (r *record) add(s string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, s)
	return nil
}
func (r *record) OptOut(_ context.Context, n, via string) error { return r.add("out " + n) }
func (r *record) OptIn(_ context.Context, n, via string) error  { return r.add("in " + n) }
func (r *record) Status(_ context.Context, sid, st string, code int) error {
	return r.add(fmt.Sprintf("status %s %s %d", sid, st, code))
}
func (r *record) all() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.events...)
}

func hooksServer(t *testing.T, rec *record) (*httptest.Server, *Hooks) {
	t.Helper()
	h := &Hooks{AuthToken: testToken, HelpText: "Lakeside Clinic texts. Reply STOP to stop.", Consent: rec, Statuses: rec,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /sms/inbound", h.Inbound)
	mux.HandleFunc("POST /sms/status", h.Status)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	h.InboundURL, h.StatusURL = srv.URL+"/sms/inbound", srv.URL+"/sms/status"
	return srv, h
}

func body(t *testing.T, resp *http.Response, err error) (int, string) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestInboundKeywords: signed STOP, START and HELP from Twilio change
// consent or get the help text; other texts change nothing; a forged
// STOP is refused and changes nothing.
func TestInboundKeywords(t *testing.T) {
	rec := &record{}
	srv, h := hooksServer(t, rec)
	fake := twiliotest.New(testSID, testToken)
	defer fake.Close()
	inbound := func(from, text string) (int, string) {
		resp, err := fake.Inbound(h.InboundURL, from, "+12025550100", text)
		return body(t, resp, err)
	}
	if code, _ := inbound("+12025550123", "STOP"); code != 200 {
		t.Fatalf("STOP: %d", code)
	}
	if code, out := inbound("+12025550123", "help"); code != 200 || !strings.Contains(out, "<Message>Lakeside Clinic texts. Reply STOP to stop.</Message>") {
		t.Errorf("HELP: %d %s", code, out)
	}
	inbound("+12025550123", "what time is my appointment?")
	inbound("+12025550123", "Start")

	forger := twiliotest.New(testSID, "testonly00000000000000000000000b")
	defer forger.Close()
	resp, err := forger.Inbound(h.InboundURL, "+12025550124", "+12025550100", "STOP")
	if code, _ := body(t, resp, err); code != http.StatusForbidden {
		t.Errorf("forged STOP: %d, want 403", code)
	}
	resp, err = http.Post(srv.URL+"/sms/inbound", "application/x-www-form-urlencoded", strings.NewReader("From=%2B12025550125&Body=STOP"))
	if code, _ := body(t, resp, err); code != http.StatusForbidden {
		t.Errorf("unsigned STOP: %d, want 403", code)
	}
	want := []string{"out +12025550123", "in +12025550123"}
	if got := rec.all(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("recorded %q, want %q", got, want)
	}
}

// TestStatusCallbacks: the status Twilio posts for a text sent through
// the client, signed, reaches Statuses; a forged one does not.
func TestStatusCallbacks(t *testing.T) {
	rec := &record{}
	_, h := hooksServer(t, rec)
	fake := twiliotest.New(testSID, testToken)
	defer fake.Close()
	s := newSender(t, fake, Config{From: "+12025550100", StatusCallback: h.StatusURL})
	sent, err := s.Send(context.Background(), "+12025550123", "Your appointment is Tuesday.")
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []struct {
		status string
		code   int
	}{{"sent", 0}, {"undelivered", 30003}} {
		resp, err := fake.Status(sent.SID, st.status, st.code)
		if code, _ := body(t, resp, err); code != http.StatusNoContent {
			t.Fatalf("%s: %d", st.status, code)
		}
	}
	forger := twiliotest.New(testSID, "testonly00000000000000000000000b")
	defer forger.Close()
	resp, err := forger.Post(h.StatusURL, map[string][]string{"MessageSid": {sent.SID}, "MessageStatus": {"delivered"}})
	if code, _ := body(t, resp, err); code != http.StatusForbidden {
		t.Errorf("forged status: %d, want 403", code)
	}
	want := []string{"status " + sent.SID + " sent 0", "status " + sent.SID + " undelivered 30003"}
	if got := rec.all(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("recorded %q, want %q", got, want)
	}
}
