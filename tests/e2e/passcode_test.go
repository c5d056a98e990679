package e2e

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/emersion/go-smtp"
)

// passcodePolicy opens PHI pickups with the sender's passcode, for three
// days and two views.
const passcodePolicy = `rules:
  - name: phi
    when: {level: [phi, restricted]}
    use: [pickup]
    pickup: {identity: passcode, expire: 72h, max_views: 2}
  - name: default
    use: [tls-verified, tls, plain]
`

// TestPickupPasscodeInBrowser: under a rule whose pickups open with the
// sender's passcode, a message without one is refused at DATA; one with
// a Sealpost-Passcode field is accepted, its notice asks for the
// passcode, no code mail is sent, and in headless Chromium the passcode
// (and only it) opens the message.
func TestPickupPasscodeInBrowser(t *testing.T) {
	requireTool(t, chromium)
	const passcode = "Heron at dawn 7"
	portal := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	e := newEnv(t, opts{policy: passcodePolicy, extra: fmt.Sprintf("pickup:\n  listen: %q\n  base_url: https://%s\n  tls: true\n", portal, portal)})
	s := startSink(t, e.sinkAddr, nil)
	e.start()

	rcpt := "dave@example.net"
	msg := pickupMessage([]string{rcpt}, syntheticPDF())
	err := e.submit("alice@example.org", []string{rcpt}, msg)
	var se *smtp.SMTPError
	if !errors.As(err, &se) || se.Code != 550 || se.EnhancedCode != (smtp.EnhancedCode{5, 7, 1}) ||
		!strings.Contains(se.Message, "Sealpost-Passcode") {
		t.Fatalf("submit without a passcode: %v, want 550 5.7.1 naming the field", err)
	}
	if err := e.submit("alice@example.org", []string{rcpt}, "Sealpost-Passcode: "+passcode+"\r\n"+msg); err != nil {
		t.Fatalf("submit with a passcode: %v\n%s", err, e.logs)
	}
	link := noticeLink(t, s, rcpt, portal)
	_, notice := waitMail(t, s, rcpt, "You have a secure message")
	if !strings.Contains(notice.plain, "passcode the sender gave you") {
		t.Errorf("the notice does not ask for the passcode:\n%s", notice.plain)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p := &portalVisit{t: t, ctx: newBrowser(t, ctx), sink: s, rcpt: rcpt,
		shots: filepath.Join(artifactDir(t), "pickup-passcode"), downloads: t.TempDir()}
	p.setUp(false)
	p.do("open the link", chromedp.Navigate(link), chromedp.WaitVisible(chromedp.CSS(`input#code[type="password"]`)))
	p.screenshot("passcode-form", chromedp.FullScreenshot(100))
	p.do("a wrong passcode", chromedp.SendKeys(chromedp.ID("code"), "heron at dawn 7"),
		chromedp.Click(chromedp.CSS(`form[action$="/verify"] button`)), chromedp.WaitVisible(chromedp.CSS(`p[role="alert"]`)))
	alert, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS(`p[role="alert"]`)))
	if err != nil || !strings.Contains(alert, "That passcode did not work") {
		t.Errorf("after a wrong passcode the page says %q (%v)", alert, err)
	}
	p.screenshot("passcode-wrong", chromedp.FullScreenshot(100))
	p.submitIdentity(passcode)

	for _, r := range s.all() {
		if m := parseMail(t, r.data); m.subject == "Your verification code" {
			t.Errorf("a code mail was sent for a passcode pickup, to %v", r.to)
		}
		if strings.Contains(string(r.data), "Heron at dawn") || strings.Contains(string(r.data), "Sealpost-Passcode") {
			t.Errorf("a delivered mail carries the passcode:\n%s", r.data)
		}
	}
	if strings.Contains(e.logs.String(), passcode) {
		t.Error("the relay's log holds the passcode")
	}

	// explain, with the config, decides as serve does and shows the terms.
	eml := filepath.Join(t.TempDir(), "m.eml")
	if err := os.WriteFile(eml, []byte(msg), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := sealpost(t, "", "policy explain", "-config", e.cfgPath, "-rcpt", rcpt, eml)
	if err != nil || !strings.Contains(out, rcpt+": pickup (rule phi)") ||
		!strings.Contains(out, "pickup terms: identity passcode, expire 72h, max views 2") {
		t.Errorf("explain with the config (%v):\n%s", err, out)
	}
}
