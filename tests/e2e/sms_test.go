package e2e

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/channels/sms/twiliotest"
)

const (
	twilioSID   = "AC0000000000000000000000000000e2e1"
	twilioToken = "e2etoken0123456789abcdef0123456789"
	patientNum  = "+12025550123"
)

// smsEnv is the relay with texts on, sending through a local server that
// speaks Twilio's API, the portal on plain HTTP (loopback) so that the
// fake's signed webhooks reach it.
type smsEnv struct {
	*env
	twilio *twiliotest.Server
	portal string // http://127.0.0.1:PORT
	api    string // http://127.0.0.1:PORT
	sink   *sink
}

func newSMSEnv(t *testing.T) *smsEnv {
	t.Helper()
	tw := twiliotest.New(twilioSID, twilioToken)
	t.Cleanup(tw.Close)
	portal := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	api := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	extra := fmt.Sprintf(`api:
  listen: %q
  tls: false
pickup:
  listen: %q
  base_url: http://%s
  tls: false
sms:
  domain: sms.example.org
  account_sid: {file: twilio.sid}
  auth_token: {file: twilio.token}
  from: "+12025550100"
  api_url: %s
  per_second: 50
`, api, portal, portal, tw.URL())
	e := newEnv(t, opts{routeSender: true, extra: extra, retryMin: "200ms"})
	e.write("twilio.sid", []byte(twilioSID+"\n"), 0o600)
	e.write("twilio.token", []byte(twilioToken+"\n"), 0o600)
	s := &smsEnv{env: e, twilio: tw, portal: "http://" + portal, api: "http://" + api, sink: startSink(t, e.sinkAddr, nil)}
	if out, err := sealpost(t, patientNum+"\n", "sms consent import", "-config", e.cfgPath, "-"); err != nil ||
		!strings.Contains(out, "recorded 1 of 1") {
		t.Fatalf("consent import: %v\n%s", err, out)
	}
	e.start()
	return s
}

// text submits a mail to the patient's number and waits for the n-th text.
func (s *smsEnv) text(t *testing.T, subject, body string, n int) twiliotest.Message {
	t.Helper()
	msg := "From: Lakeside Clinic <alice@example.org>\r\nTo: <" + patientNum + "@sms.example.org>\r\nSubject: " + subject +
		"\r\nDate: " + time.Now().Format(time.RFC1123Z) + "\r\n\r\n" + body + "\r\n"
	if err := s.submit("alice@example.org", []string{patientNum + "@sms.example.org"}, msg); err != nil {
		t.Fatalf("submit: %v\n%s", err, s.logs)
	}
	return s.waitText(t, n)
}

func (s *smsEnv) waitText(t *testing.T, n int) twiliotest.Message {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if ms := s.twilio.Messages(); len(ms) >= n {
			return ms[n-1]
		}
	}
	t.Fatalf("text %d never reached Twilio; the relay log:\n%s", n, s.logs)
	return twiliotest.Message{}
}

// TestSMSThroughTwilio runs texts end to end with the real binary: SMTP
// in, the real twilio-go client out to a fake Twilio, the portal and
// webhooks on the relay's listener.
func TestSMSThroughTwilio(t *testing.T) {
	s := newSMSEnv(t)

	// Nothing of health: the mail's text, verbatim, to the number.
	first := s.text(t, "Reminder", "Lakeside Clinic: your appointment is on Friday at 10:00.", 1)
	if first.To != patientNum || first.From != "+12025550100" || first.Body != "Lakeside Clinic: your appointment is on Friday at 10:00." {
		t.Errorf("the plain text: %+v", first)
	}

	// PHI: a neutral text with a link, which opens the pickup after a
	// code texted to the same number.
	phi := "Patient Ana Quispe, DOB 03/04/1961, MRN 7720431: your HbA1c is 8.1%, start metformin 500 mg."
	link := s.text(t, "Lab results", phi, 2)
	for _, leak := range []string{"Quispe", "7720431", "1961", "HbA1c", "metformin", "Lab results", "Lakeside"} {
		if strings.Contains(link.Body, leak) {
			t.Errorf("the PHI text carries %q: %q", leak, link.Body)
		}
	}
	u := regexp.MustCompile(regexp.QuoteMeta(s.portal) + `/p/[A-Za-z0-9_-]{43}`).FindString(link.Body)
	if u == "" || !strings.HasPrefix(link.Body, "Secure Message: ") {
		t.Fatalf("the PHI text is not a neutral link: %q", link.Body)
	}
	s.openByTextedCode(t, u, phi)

	// Twilio's status callback, signed, reaches the relay and is audited.
	resp, err := s.twilio.Status(first.SID, "delivered", 0)
	if err != nil || resp.StatusCode != http.StatusNoContent {
		t.Fatalf("status callback: %v %v", resp, err)
	}
	resp.Body.Close()
	if s.findAudit(`"type":"sms-status"`, `"sms_sid":"`+first.SID+`"`, `"result":"delivered"`) == "" {
		t.Error("the delivered status is not in the audit log")
	}

	// A 429, then 201: delivered, and one text, not two.
	s.twilio.Script(twiliotest.Reply{Status: 429, Code: 20429})
	before := s.twilio.Creates()
	s.text(t, "Reminder", "Lakeside Clinic: bring your insurance card.", 4)
	if got := s.twilio.Creates() - before; got != 2 || len(s.twilio.Messages()) != 4 {
		t.Errorf("%d requests for the text after a 429 and %d texts in all, want 2 and 4", got, len(s.twilio.Messages()))
	}

	// A forged STOP changes nothing; a signed one blocks the next text.
	forged, err := http.PostForm(s.portal+"/sms/inbound", url.Values{"From": {patientNum}, "Body": {"STOP"}, "MessageSid": {"SMx"}})
	if err != nil {
		t.Fatal(err)
	}
	forged.Body.Close()
	if forged.StatusCode != http.StatusForbidden {
		t.Errorf("forged STOP: %d, want 403", forged.StatusCode)
	}
	stop, err := s.twilio.Inbound(s.portal+"/sms/inbound", patientNum, "+12025550100", "STOP")
	if err != nil || stop.StatusCode != http.StatusOK {
		t.Fatalf("signed STOP: %v %v", stop, err)
	}
	stop.Body.Close()
	msg := "From: <alice@example.org>\r\nSubject: Reminder\r\n\r\nLakeside Clinic: see you soon.\r\n"
	if err := s.submit("alice@example.org", []string{patientNum + "@sms.example.org"}, msg); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); s.findAudit(`"type":"delivery"`, `"result":"failed"`, "not consented") == ""; {
		if time.Now().After(deadline) {
			t.Fatalf("no refusal after STOP in the audit log; the relay log:\n%s", s.logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if n := len(s.twilio.Messages()); n != 4 {
		t.Errorf("%d texts after STOP, want still 4", n)
	}
	s.waitDSN(t)
	for _, secret := range []string{"2025550123", "7720431", "HbA1c", twilioToken} {
		if strings.Contains(s.logs.String(), secret) {
			t.Errorf("the relay's log holds %q", secret)
		}
	}
}

// waitDSN waits for the bounce of the refused text at the sender.
func (s *smsEnv) waitDSN(t *testing.T) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		for _, r := range s.sink.all() {
			d := string(r.data)
			if slices.Contains(r.to, "alice@example.org") && strings.Contains(d, "Subject: Undelivered Mail Returned to Sender") {
				if !strings.Contains(d, "Final-Recipient: rfc822; "+patientNum+"@sms.example.org") || strings.Contains(d, "see you soon") {
					t.Errorf("the DSN:\n%s", d)
				}
				return
			}
		}
	}
	t.Fatal("no DSN reached the sender")
}

// openByTextedCode walks the portal as the patient: the landing offers to
// text a code, the code arrives by text, and it opens the message.
func (s *smsEnv) openByTextedCode(t *testing.T, link, phi string) {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	land := get(t, c, link)
	if !strings.Contains(land, "Text me a code") {
		t.Fatalf("landing of a texted pickup:\n%s", land)
	}
	csrf := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(land)[1]
	post(t, c, link+"/code", url.Values{"csrf": {csrf}})
	code := regexp.MustCompile(`\b\d{8}\b`).FindString(s.waitText(t, 3).Body)
	if code == "" {
		t.Fatalf("no code in the text %q", s.twilio.Messages()[2].Body)
	}
	view := post(t, c, link+"/verify", url.Values{"csrf": {csrf}, "code": {code}})
	if !strings.Contains(view, phi) {
		t.Errorf("the message view after the texted code:\n%s", view)
	}
}

func get(t *testing.T, c *http.Client, u string) string {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func post(t *testing.T, c *http.Client, u string, form url.Values) string {
	t.Helper()
	resp, err := c.PostForm(u, form)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// TestSMSThroughAPI: a key made with the CLI submits a text through the
// HTTP API; it reaches Twilio like one submitted over SMTP.
func TestSMSThroughAPI(t *testing.T) {
	s := newSMSEnv(t)
	out, err := sealpost(t, "", "apikey add", "-config", s.cfgPath, "-may-send-as", "@example.org", "ehr")
	key := regexp.MustCompile(`(?m)^sp_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$`).FindString(out)
	if err != nil || key == "" {
		t.Fatalf("apikey add: %v\n%s", err, out)
	}
	body := `{"from": "alice@example.org", "to": ["202-555-0123"], "text": "Lakeside Clinic: the office is closed on Monday."}`
	req, _ := http.NewRequest("POST", s.api+"/v1/messages", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	reply, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated || !strings.Contains(string(reply), `"address":"`+patientNum+`@sms.example.org"`) {
		t.Fatalf("POST /v1/messages: %d %s", resp.StatusCode, reply)
	}
	if m := s.waitText(t, 1); m.Body != "Lakeside Clinic: the office is closed on Monday." || m.To != patientNum {
		t.Errorf("the text: %+v", m)
	}
	req, _ = http.NewRequest("POST", s.api+"/v1/messages", strings.NewReader(body))
	last := "A"
	if strings.HasSuffix(key, "A") {
		last = "B"
	}
	req.Header.Set("Authorization", "Bearer "+key[:len(key)-1]+last)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("a wrong key: %v %v, want 401", resp, err)
	}
}
