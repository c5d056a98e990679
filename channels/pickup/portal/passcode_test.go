package portal

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/crypto/passwd"
	"github.com/sealpost/sealpost/store"
)

const passcode = "Blue heron 42"

// createWithPasscode makes a pickup that opens with the sender's passcode.
func (e *env) createWithPasscode(t *testing.T, maxViews int) (id, token string) {
	t.Helper()
	hash, err := passwd.Hash(passcode)
	if err != nil {
		t.Fatal(err)
	}
	id, token, err = e.pickups.Create(context.Background(), "msg-1", sender, rcpt, strings.NewReader(testMessage(subject, bodyText)),
		pickup.Terms{Expires: 24 * time.Hour, MaxViews: maxViews, Passcode: hash})
	if err != nil {
		t.Fatal(err)
	}
	return id, token
}

// TestPasscodeFlow: a passcode pickup asks for the passcode at once and
// mails no code, not even when its code form is posted; the passcode,
// typed with stray spaces around it, opens the message.
func TestPasscodeFlow(t *testing.T) {
	e := newEnv(t, nil)
	id, token := e.createWithPasscode(t, 1)
	c := e.client(t)

	land := e.get(t, c, "/p/"+token)
	if land.status != http.StatusOK || !strings.Contains(land.body, "Enter the passcode") ||
		!strings.Contains(land.body, `type="password"`) || strings.Contains(land.body, "Email me a code") {
		t.Fatalf("landing of a passcode pickup: %d\n%s", land.status, land.body)
	}
	revealsNothing(t, "the passcode page", land.body)
	csrf := csrfOf(t, land)
	asked := e.post(t, c, "/p/"+token+"/code", url.Values{"csrf": {csrf}})
	if asked.status != http.StatusOK || !strings.Contains(asked.body, "Enter the passcode") {
		t.Errorf("code form of a passcode pickup: %d\n%s", asked.status, asked.body)
	}
	e.sent.mu.Lock()
	if n := len(e.sent.codes); n != 0 {
		t.Errorf("codes sent for a passcode pickup: %d", n)
	}
	e.sent.mu.Unlock()
	view := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {"  " + passcode + " "}})
	if view.status != http.StatusOK || view.url != "/p/"+token+"/view" || !strings.Contains(view.body, bodyText) {
		t.Fatalf("verify with the passcode: %d at %s\n%s", view.status, view.url, view.body)
	}
	cleanLogs(t, e, id, token, passcode)
	if got, want := strings.Join(e.events.types(t, id, token, passcode), " "), "pickup-verified pickup-viewed"; got != want {
		t.Errorf("audit events %q, want %q", got, want)
	}
	if d := e.events.evs[0].Detail; d != "passcode" {
		t.Errorf("verified event detail %q, want passcode", d)
	}
}

// TestWrongPasscodesLock: wrong passcodes count as wrong codes do, and
// lock the link at the limit, after which the right one opens nothing.
func TestWrongPasscodesLock(t *testing.T) {
	e := newEnv(t, nil)
	id, token := e.createWithPasscode(t, 3)
	c := e.client(t)
	csrf := csrfOf(t, e.get(t, c, "/p/"+token))
	for i := 1; i < maxFailures; i++ {
		r := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {"blue heron 42"}})
		if r.status != http.StatusBadRequest || !strings.Contains(r.body, "That passcode did not work") ||
			!strings.Contains(r.body, `role="alert"`) {
			t.Fatalf("wrong passcode %d: %d\n%s", i, r.status, r.body)
		}
		revealsNothing(t, "the wrong-passcode page", r.body)
	}
	r := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {"12345678"}})
	if r.status != http.StatusLocked || !strings.Contains(r.body, "locked") {
		t.Fatalf("wrong passcode %d: %d, want 423\n%s", maxFailures, r.status, r.body)
	}
	right := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {passcode}})
	if right.status != http.StatusLocked || strings.Contains(right.body, bodyText) {
		t.Errorf("the passcode after the lock: %d, want 423\n%s", right.status, right.body)
	}
	cleanLogs(t, e, id, token, passcode)
	want := strings.TrimPrefix(strings.Repeat(" pickup-verify-failed", maxFailures), " ") + " pickup-locked"
	if got := strings.Join(e.events.types(t, id, token, passcode), " "); got != want {
		t.Errorf("audit events %q, want %q", got, want)
	}
}

// TestTextedPickupSaysText: for a pickup whose codes go by text, the
// pages offer to text the code, not to mail it.
func TestTextedPickupSaysText(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.Texted = func(*store.Pickup) bool { return true } })
	id, token := e.create(t, subject, bodyText, 1)
	c := e.client(t)
	land := e.get(t, c, "/p/"+token)
	if !strings.Contains(land.body, "Text me a code") || !strings.Contains(land.body, "phone number") || strings.Contains(land.body, "Email me") {
		t.Errorf("landing of a texted pickup:\n%s", land.body)
	}
	sent := e.post(t, c, "/p/"+token+"/code", url.Values{"csrf": {csrfOf(t, land)}})
	if !strings.Contains(sent.body, "We sent a code to the phone number") {
		t.Errorf("code page of a texted pickup:\n%s", sent.body)
	}
	e.sent.code(t, id)
}
