package sms

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/channels/sms/twiliotest"
)

const (
	testSID   = "AC00000000000000000000000000000001"
	testToken = "testonly00000000000000000000000a" // test-only: a fake account on a local server
)

func newSender(t *testing.T, fake *twiliotest.Server, cfg Config) *Sender {
	t.Helper()
	cfg.AccountSID, cfg.AuthToken, cfg.HTTPClient = testSID, testToken, fake.Client()
	s, err := NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSendThroughTwilioGo: the real twilio-go client, its requests
// carried to the local server, submits the text as given.
func TestSendThroughTwilioGo(t *testing.T) {
	t.Setenv("TWILIO_EDGE", "sydney") // must not move the API host
	t.Setenv("TWILIO_REGION", "au1")
	fake := twiliotest.New(testSID, testToken)
	defer fake.Close()
	s := newSender(t, fake, Config{From: "+12025550100", StatusCallback: "https://relay.example.org/sms/status"})
	sent, err := s.Send(context.Background(), "+12025550123", "Your appointment is Tuesday at 9:00.")
	if err != nil {
		t.Fatal(err)
	}
	ms := fake.Messages()
	if len(ms) != 1 || sent.SID != ms[0].SID || sent.Status != "queued" {
		t.Fatalf("sent %+v, server has %+v", sent, ms)
	}
	m := ms[0]
	if m.To != "+12025550123" || m.From != "+12025550100" || m.Body != "Your appointment is Tuesday at 9:00." ||
		m.StatusCallback != "https://relay.example.org/sms/status" || m.MessagingServiceSID != "" {
		t.Errorf("server got %+v", m)
	}
}

func TestSendMessagingService(t *testing.T) {
	fake := twiliotest.New(testSID, testToken)
	defer fake.Close()
	s := newSender(t, fake, Config{MessagingServiceSID: "MG00000000000000000000000000000001"})
	if _, err := s.Send(context.Background(), "+12025550123", "hello"); err != nil {
		t.Fatal(err)
	}
	if m := fake.Messages()[0]; m.MessagingServiceSID != "MG00000000000000000000000000000001" || m.From != "" {
		t.Errorf("server got %+v", m)
	}
}

// TestSendErrors: 429 and 5xx may succeed later; 4xx refusals do not;
// no answer at all may. The error text names codes, not the number.
func TestSendErrors(t *testing.T) {
	fake := twiliotest.New(testSID, testToken)
	defer fake.Close()
	s := newSender(t, fake, Config{From: "+12025550100"})
	fake.Script(twiliotest.Reply{Status: 429, Code: 20429}, twiliotest.Reply{Status: 503, Code: 0},
		twiliotest.Reply{Status: 400, Code: 21610})
	for _, want := range []struct {
		status, code int
		temporary    bool
	}{{429, 20429, true}, {503, 0, true}, {400, 21610, false}} {
		_, err := s.Send(context.Background(), "+12025550123", "hello")
		var se *SendError
		if !errors.As(err, &se) || se.Status != want.status || se.Code != want.code || se.Temporary != want.temporary {
			t.Fatalf("got %#v, want %+v", err, want)
		}
		if msg := err.Error(); strings.Contains(msg, "2025550123") || strings.Contains(msg, "hello") {
			t.Errorf("error text %q quotes the number or the body", msg)
		}
	}
	if _, err := s.Send(context.Background(), "+12025550123", "hello"); err != nil {
		t.Fatalf("after the script: %v", err)
	}
	if n := len(fake.Messages()); n != 1 || fake.Creates() != 4 {
		t.Errorf("%d accepted of %d creates, want 1 of 4", n, fake.Creates())
	}
	if _, err := s.Send(context.Background(), "+1202555", "hello"); !isPermanent(err, 21211) {
		t.Errorf("invalid To: %v", err)
	}
	fake.Close()
	var se *SendError
	if _, err := s.Send(context.Background(), "+12025550123", "hello"); !errors.As(err, &se) || !se.Temporary || se.Status != 0 {
		t.Errorf("server down: %#v", err)
	}
}

func isPermanent(err error, code int) bool {
	var se *SendError
	return errors.As(err, &se) && !se.Temporary && se.Code == code
}

func TestNewSenderNeedsOneSender(t *testing.T) {
	for _, c := range []Config{{AccountSID: testSID}, {AccountSID: testSID, AuthToken: testToken},
		{AccountSID: testSID, AuthToken: testToken, From: "+12025550100", MessagingServiceSID: "MG1"},
		{AccountSID: testSID, AuthToken: "not-a-token", From: "+12025550100"}} {
		if _, err := NewSender(c); err == nil {
			t.Errorf("NewSender(%+v) accepted", c)
		}
	}
}

// TestVerifyWebhook: a request Twilio signed is accepted with its form;
// a forged, altered or unsigned one is not.
func TestVerifyWebhook(t *testing.T) {
	var got map[string]string
	var ok bool
	const public = "https://relay.example.org/sms/inbound"
	h := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok = Verify(r, public, testToken)
	}))
	defer h.Close()
	form := url.Values{"From": {"+12025550123"}, "To": {"+12025550100"}, "Body": {"STOP"}, "MessageSid": {"SM1"}}
	post := func(sig string, f url.Values) {
		t.Helper()
		req, _ := http.NewRequest("POST", h.URL, strings.NewReader(f.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if sig != "" {
			req.Header.Set("X-Twilio-Signature", sig)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	post(twiliotest.Sign(testToken, public, form), form)
	if !ok || got["Body"] != "STOP" || got["From"] != "+12025550123" {
		t.Fatalf("signed request: ok %v, form %v", ok, got)
	}
	altered := url.Values{"From": {"+12025550199"}, "To": {"+12025550100"}, "Body": {"STOP"}, "MessageSid": {"SM1"}}
	for name, c := range map[string]struct {
		sig string
		f   url.Values
	}{
		"forged":    {twiliotest.Sign("testonly00000000000000000000000b", public, form), form},
		"altered":   {twiliotest.Sign(testToken, public, form), altered},
		"unsigned":  {"", form},
		"other url": {twiliotest.Sign(testToken, "https://evil.example/sms/inbound", form), form},
	} {
		post(c.sig, c.f)
		if ok {
			t.Errorf("%s request accepted", name)
		}
	}
}

func TestKeywordOf(t *testing.T) {
	for body, want := range map[string]Keyword{
		"STOP": OptOut, " stop ": OptOut, "Stop.": OptOut, "unsubscribe": OptOut, "ALTO": OptOut,
		"START": OptIn, "yes": OptIn, "HELP": Help, "info": Help,
		"please stop texting me": NoKeyword, "STOP IT": NoKeyword, "": NoKeyword, "Can you help?": NoKeyword,
	} {
		if got := KeywordOf(body); got != want {
			t.Errorf("KeywordOf(%q) = %d, want %d", body, got, want)
		}
	}
}
