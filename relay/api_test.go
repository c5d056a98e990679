package relay

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/crypto/apikey"
	"github.com/sealpost/sealpost/store"
)

// apiEnv is the HTTP API over the text environment's pipeline, with one
// key that may send as @clinic.example.
type apiEnv struct {
	*textEnv
	srv *httptest.Server
	key string
}

func newAPIEnv(t *testing.T) *apiEnv {
	t.Helper()
	e := &apiEnv{textEnv: newTextEnv(t)}
	key, id, hash := apikey.New()
	if err := e.store.AddAPIKey(context.Background(), &store.APIKey{ID: id, Name: "ehr", Hash: hash,
		MaySendAs: []string{"@clinic.example"}, Created: time.Now()}); err != nil {
		t.Fatal(err)
	}
	e.key = key
	api := NewAPI(APIConfig{Keys: e.store, Acceptor: e.pipe, Consent: e.store, Pickups: e.pickups.Store, Audit: e.audit, SMSDomain: smsDomain,
		Hostname: "relay.test", MaxBytes: 64 << 10, MaxRecipients: 3, Logger: slog.New(slog.DiscardHandler)})
	e.srv = httptest.NewServer(api)
	t.Cleanup(e.srv.Close)
	return e
}

func (e *apiEnv) post(t *testing.T, path, key string, body any) (int, apiReply) {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", e.srv.URL+path, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r apiReply
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("%s: %d, not JSON: %s", path, resp.StatusCode, raw)
	}
	return resp.StatusCode, r
}

// A message to a phone number through the API is a text like one
// through SMTP: the number normalised, the text sent verbatim.
func TestAPIMessageToPhone(t *testing.T) {
	e := newAPIEnv(t)
	e.optIn(t, patient)
	status, r := e.post(t, "/v1/messages", e.key, map[string]any{"from": "dr@clinic.example", "to": []string{"(202) 555-0123"},
		"subject": "Reminder", "text": "Lakeside Clinic: your appointment is on Friday at 10:00."})
	if status != http.StatusCreated || r.ID == "" || len(r.Recipients) != 1 || r.Recipients[0].Address != textRcpt {
		t.Fatalf("POST /v1/messages: %d %+v", status, r)
	}
	e.outcome(t, r.ID, "delivered")
	if ms := e.twilio.Messages(); len(ms) != 1 || ms[0].Body != "Lakeside Clinic: your appointment is on Friday at 10:00." || ms[0].To != patient {
		t.Errorf("texts: %+v", ms)
	}
	if a := e.auditText(t); !strings.Contains(a, `"msgid":"`+r.ID+`"`) {
		t.Errorf("the decision is not audited:\n%s", a)
	}
}

// The API refuses, with a JSON reason, what SMTP would: no or a wrong
// key, a sender the key may not use, a bad number (naming the recipient
// and why, and sending nothing), a policy rejection.
func TestAPIRefuses(t *testing.T) {
	e := newAPIEnv(t)
	good := map[string]any{"from": "dr@clinic.example", "to": []string{patient}, "text": "hello"}
	forged, _, _ := apikey.New()
	last := "A"
	if strings.HasSuffix(e.key, "A") {
		last = "B"
	}
	for _, key := range []string{"", forged, e.key[:len(e.key)-1] + last} {
		if status, r := e.post(t, "/v1/messages", key, good); status != http.StatusUnauthorized || !strings.Contains(r.Error, "API key") {
			t.Errorf("key %.6q: %d %+v, want 401", key, status, r)
		}
	}
	cases := []struct {
		name   string
		body   map[string]any
		status int
		want   string
	}{
		{"sender", map[string]any{"from": "x@other.example", "to": []string{patient}, "text": "hi"}, 400, "may not send as"},
		{"bad number", map[string]any{"from": "dr@clinic.example", "to": []string{patient, "555-1234"}, "text": "hi"}, 400, "not valid"},
		{"no text", map[string]any{"from": "dr@clinic.example", "to": []string{patient}}, 400, "text is empty"},
		{"unknown field", map[string]any{"from": "dr@clinic.example", "to": []string{patient}, "text": "hi", "bcc": "x"}, 400, "unknown field"},
		{"short passcode", map[string]any{"from": "dr@clinic.example", "to": []string{patient}, "text": "hi", "passcode": "1234"}, 400, "passcode refused"},
	}
	for _, c := range cases {
		status, r := e.post(t, "/v1/messages", e.key, c.body)
		if status != c.status || !strings.Contains(r.Error, c.want) {
			t.Errorf("%s: %d %+v, want %d %q", c.name, status, r, c.status, c.want)
		}
		if c.name == "bad number" && (len(r.Recipients) != 2 || r.Recipients[1].Error == "" || r.Recipients[0].Error != "" ||
			strings.Contains(r.Recipients[1].Error, "555-1234")) {
			t.Errorf("bad number: recipients %+v", r.Recipients)
		}
	}
	if ms, _ := e.store.Messages(context.Background(), 0); len(ms) != 0 {
		t.Errorf("%d messages queued by refused requests", len(ms))
	}
}

// Consent through the API: an opt-in is recorded and audited; a STOP the
// patient texted is not overridden (409).
func TestAPIConsent(t *testing.T) {
	e := newAPIEnv(t)
	status, r := e.post(t, "/v1/consent", e.key, map[string]any{"number": "202-555-0123", "opt_in": true, "source": "front desk"})
	if status != http.StatusOK || r.Consent == nil || r.Consent.Number != patient || !r.Consent.OptedIn {
		t.Fatalf("opt-in: %d %+v", status, r)
	}
	c, err := e.store.Consent(context.Background(), patient)
	if err != nil || !c.OptedIn || c.Via != "api:ehr: front desk" {
		t.Errorf("record %+v (%v)", c, err)
	}
	if a := e.auditText(t); !strings.Contains(a, `"type":"sms-opt-in","rcpt":"`+patient+`"`) || !strings.Contains(a, `"actor":"api:ehr"`) {
		t.Errorf("the opt-in is not audited:\n%s", a)
	}
	if _, err := e.store.SetConsent(context.Background(), store.Consent{Number: patient, ByRecipient: true, Via: "sms:SM1", At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if status, r := e.post(t, "/v1/consent", e.key, map[string]any{"number": patient, "opt_in": true}); status != http.StatusConflict || !strings.Contains(r.Error, "STOP") {
		t.Errorf("opt-in over the patient's STOP: %d %+v, want 409", status, r)
	}
	if status, _ := e.post(t, "/v1/consent", e.key, map[string]any{"number": patient}); status != http.StatusBadRequest {
		t.Errorf("no opt_in: %d, want 400", status)
	}
}

// A sender withdraws a message through the API: its pickups are revoked
// and audited with the key as actor; another sender's key, or an unknown
// message, gets 404 and revokes nothing.
func TestAPIRevoke(t *testing.T) {
	e := newAPIEnv(t)
	e.optIn(t, patient)
	status, r := e.post(t, "/v1/messages", e.key, map[string]any{"from": "dr@clinic.example", "to": []string{patient}, "text": phiMessage})
	if status != http.StatusCreated {
		t.Fatalf("submit: %d %+v", status, r)
	}
	e.outcome(t, r.ID, "delivered")
	token := linkRE.FindStringSubmatch(e.twilio.Messages()[0].Body)[1]

	otherKey, id, hash := apikey.New()
	if err := e.store.AddAPIKey(context.Background(), &store.APIKey{ID: id, Name: "other", Hash: hash,
		MaySendAs: []string{"@other.example"}, Created: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if status, _ := e.post(t, "/v1/messages/"+r.ID+"/revoke", otherKey, map[string]any{}); status != http.StatusNotFound {
		t.Errorf("another sender's key: %d, want 404", status)
	}
	if status, _ := e.post(t, "/v1/messages/nope/revoke", e.key, nil); status != http.StatusNotFound {
		t.Errorf("an unknown message: %d, want 404", status)
	}
	if _, err := e.pickups.Store.Open(context.Background(), token); err != nil {
		t.Fatalf("the link before the revocation: %v", err)
	}
	status, rev := e.post(t, "/v1/messages/"+r.ID+"/revoke", e.key, map[string]any{"reason": "sent to the wrong patient"})
	if status != http.StatusOK || len(rev.Revoked) != 1 {
		t.Fatalf("revoke: %d %+v", status, rev)
	}
	if _, err := e.pickups.Store.Open(context.Background(), token); !errors.Is(err, pickup.ErrRevoked) {
		t.Errorf("the link after the revocation: %v, want ErrRevoked", err)
	}
	if a := e.auditText(t); !strings.Contains(a, `"type":"pickup-revoked","msgid":"`+r.ID+`"`) || !strings.Contains(a, `"actor":"api:ehr"`) {
		t.Errorf("the revocation is not audited:\n%s", a)
	}
	if status, again := e.post(t, "/v1/messages/"+r.ID+"/revoke", e.key, nil); status != http.StatusOK || len(again.Already) != 1 || len(again.Revoked) != 0 {
		t.Errorf("revoke again: %d %+v", status, again)
	}
}

// One key over its rate gets 429 with Retry-After; another key is not
// held back by it.
func TestAPIRateLimitPerKey(t *testing.T) {
	e := newAPIEnv(t)
	key2, id, hash := apikey.New()
	if err := e.store.AddAPIKey(context.Background(), &store.APIKey{ID: id, Name: "billing", Hash: hash,
		MaySendAs: []string{"@clinic.example"}, Created: time.Now()}); err != nil {
		t.Fatal(err)
	}
	api := NewAPI(APIConfig{Keys: e.store, Acceptor: e.pipe, Audit: e.audit, SMSDomain: smsDomain, Hostname: "relay.test",
		MaxBytes: 64 << 10, MaxRecipients: 3, PerKeyPerSecond: 0.001, Logger: slog.New(slog.DiscardHandler)})
	e.srv = httptest.NewServer(api)
	t.Cleanup(e.srv.Close)
	bad := map[string]any{"from": "dr@clinic.example", "to": []string{"555-1234"}, "text": "hi"} // refused, nothing queued
	if status, _ := e.post(t, "/v1/messages", e.key, bad); status != http.StatusBadRequest {
		t.Fatalf("first request: %d, want 400 (within the burst)", status)
	}
	if status, r := e.post(t, "/v1/messages", e.key, bad); status != http.StatusTooManyRequests || !strings.Contains(r.Error, "requests a second") {
		t.Errorf("second request: %d %+v, want 429", status, r)
	}
	if status, _ := e.post(t, "/v1/messages", key2, bad); status != http.StatusBadRequest {
		t.Errorf("another key: %d, want 400, not held back", status)
	}
}
