package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/emersion/go-message/mail"
)

const chromium = "/usr/bin/chromium"

const pickupPHI = "Patient: Ana Quispe, DOB 03/04/1961, MRN 7720431. Your biopsy shows no malignancy."

// TestPickupInBrowser submits a PHI message with a PDF for two recipients
// whose server offers no STARTTLS, so each gets a neutral notice. Headless
// Chromium then walks the portal as each recipient would: opens the link
// from the notice, asks for a code, types the code from the code mail,
// reads the message and downloads the PDF. The second recipient does it
// with JavaScript disabled: the portal is plain HTML forms. Screenshots go
// to $SEALPOST_ARTIFACTS (or a temp dir). Each then sends a secure reply
// that must reach the sender.
func TestPickupInBrowser(t *testing.T) {
	requireTool(t, chromium)
	portal := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	e := newEnv(t, opts{routeSender: true, extra: fmt.Sprintf("pickup:\n  listen: %q\n  base_url: https://%s\n  tls: true\n", portal, portal)})
	s := startSink(t, e.sinkAddr, nil)
	e.start()

	pdf := syntheticPDF()
	rcpts := []string{"bob@example.net", "carol@example.net"}
	if err := e.submit("alice@example.org", rcpts, pickupMessage(rcpts, pdf)); err != nil {
		t.Fatalf("submit: %v\n%s", err, e.logs)
	}
	shots := artifactDir(t)
	for _, c := range []struct {
		name, rcpt string
		noJS       bool
	}{{"js", "bob@example.net", false}, {"nojs", "carol@example.net", true}} {
		t.Run(c.name, func(t *testing.T) {
			link := noticeLink(t, s, c.rcpt, portal)
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			p := &portalVisit{t: t, ctx: newBrowser(t, ctx), sink: s, rcpt: c.rcpt,
				shots: filepath.Join(shots, "pickup-"+c.name), downloads: t.TempDir()}
			p.walk(link, c.noJS, pdf)
		})
	}
	if t.Failed() {
		t.Logf("relay log:\n%s", e.logs)
	}
}

// pickupMessage is a clinical message with a PDF attachment.
func pickupMessage(to []string, pdf []byte) string {
	return "From: Clinic <alice@example.org>\r\nTo: <" + strings.Join(to, ">, <") + ">\r\n" +
		"Subject: Biopsy result\r\nDate: " + time.Now().Format(time.RFC1123Z) + "\r\n" +
		"Message-ID: <pickup-" + fmt.Sprint(time.Now().UnixNano()) + "@example.org>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n" +
		"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + pickupPHI + "\r\n" +
		"--b1\r\nContent-Type: application/pdf; name=results.pdf\r\n" +
		"Content-Disposition: attachment; filename=results.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64Lines(pdf) + "--b1--\r\n"
}

// syntheticPDF is a tiny PDF with every byte value in it, so a download
// that mangles bytes shows.
func syntheticPDF() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n")
	for i := 0; i < 256; i++ {
		b.WriteByte(byte(i))
	}
	b.WriteString("\nendstream\n%%EOF\n")
	return b.Bytes()
}

// artifactDir is $SEALPOST_ARTIFACTS/<test>, or a temp dir without it.
func artifactDir(t *testing.T) string {
	t.Helper()
	root := os.Getenv("SEALPOST_ARTIFACTS")
	if root == "" {
		return t.TempDir()
	}
	dir := filepath.Join(root, t.Name())
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// mailText is a delivered mail's subject and its decoded inline parts.
type mailText struct {
	subject string
	plain   string // the text/plain parts
	all     string // every inline part, HTML included
}

func parseMail(t *testing.T, data []byte) mailText {
	t.Helper()
	mr, err := mail.CreateReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("parse delivered mail: %v\n%s", err, data)
	}
	var m mailText
	if m.subject, err = mr.Header.Subject(); err != nil {
		t.Fatalf("subject: %v", err)
	}
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return m
		}
		if err != nil {
			t.Fatalf("parse delivered mail: %v\n%s", err, data)
		}
		h, ok := p.Header.(*mail.InlineHeader)
		if !ok {
			t.Fatalf("delivered notice has an attachment:\n%s", data)
		}
		body, err := io.ReadAll(p.Body)
		if err != nil {
			t.Fatal(err)
		}
		if ct, _, _ := h.ContentType(); ct == "text/plain" {
			m.plain += string(body)
		}
		m.all += string(body)
	}
}

// waitMail waits for a mail to rcpt with the subject.
func waitMail(t *testing.T, s *sink, rcpt, subject string) (received, mailText) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, r := range s.all() {
			if !slices.Contains(r.to, rcpt) {
				continue
			}
			if m := parseMail(t, r.data); m.subject == subject {
				return r, m
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no %q mail to %s; the sink holds %d", subject, rcpt, len(s.all()))
	return received{}, mailText{}
}

// noticeLink reads rcpt's notice, checks it tells nothing, and returns
// its link.
func noticeLink(t *testing.T, s *sink, rcpt, portal string) string {
	t.Helper()
	r, m := waitMail(t, s, rcpt, "You have a secure message")
	seen := strings.ToLower(string(r.data) + m.all + r.from)
	for _, secret := range []string{"Ana Quispe", "Quispe", "7720431", "03/04/1961", "biopsy", "malignancy",
		"alice@example.org", "results.pdf"} {
		if strings.Contains(seen, strings.ToLower(secret)) {
			t.Errorf("notice to %s shows %q:\n%s", rcpt, secret, r.data)
		}
	}
	link := regexp.MustCompile(`https://` + regexp.QuoteMeta(portal) + `/p/[A-Za-z0-9_-]+`).FindString(m.plain)
	if link == "" {
		t.Fatalf("no portal link in the notice's text:\n%s", m.plain)
	}
	return link
}

// newBrowser starts headless Chromium, bounded by ctx, in a fresh profile.
func newBrowser(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	o := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", "new"),
		chromedp.Flag("ignore-certificate-errors", true), // the portal's certificate is self-signed
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	if os.Geteuid() == 0 {
		o = append(o, chromedp.NoSandbox)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, o...)
	bctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	return bctx
}

// portalVisit is one recipient's walk through the portal in a browser.
type portalVisit struct {
	t         *testing.T
	ctx       context.Context
	sink      *sink
	rcpt      string
	shots     string // screenshot path prefix
	downloads string
}

func (p *portalVisit) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
}

func (p *portalVisit) screenshot(name string, shot chromedp.Action[[]byte]) {
	p.t.Helper()
	png, err := chromedp.Run(p.ctx, shot)
	if err != nil {
		p.t.Fatalf("screenshot %s: %v", name, err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		p.t.Fatalf("screenshot %s is not a PNG", name)
	}
	path := p.shots + "-" + name + ".png"
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
	p.t.Logf("screenshot: %s", path)
}

func (p *portalVisit) walk(link string, noJS bool, pdf []byte) {
	p.setUp(noJS)
	codeButton := chromedp.CSS(`form[action$="/code"] button`)
	p.do("open the link", chromedp.Navigate(link), chromedp.WaitVisible(codeButton))
	p.screenshot("landing", chromedp.FullScreenshot(100))
	p.do("ask for a code", chromedp.Click(codeButton), chromedp.WaitVisible(chromedp.ID("code")))
	p.screenshot("code-form", chromedp.FullScreenshot(100))

	_, m := waitMail(p.t, p.sink, p.rcpt, "Your verification code")
	code := regexp.MustCompile(`\b\d{8}\b`).FindString(m.plain)
	if code == "" {
		p.t.Fatalf("no 8-digit code in the code mail:\n%s", m.plain)
	}
	p.submitIdentity(code)
	p.download(pdf)
	p.do("phone viewport", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulatePortrait))
	p.screenshot("view-phone", chromedp.CaptureScreenshot())
	p.reply()
}

// setUp sets the browser's downloads, and JavaScript off if noJS.
func (p *portalVisit) setUp(noJS bool) {
	t := p.t
	if noJS {
		if _, err := chromedp.Call(p.ctx, emulation.SetScriptExecutionDisabled,
			emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatalf("disable JavaScript: %v", err)
		}
	}
	if _, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: p.downloads}); err != nil {
		t.Fatalf("set download dir: %v", err)
	}
}

// submitIdentity types the code or passcode into the form, sends it,
// and checks the message view it leads to.
func (p *portalVisit) submitIdentity(secret string) {
	t := p.t
	resp, err := chromedp.RunResponse(p.ctx, chromedp.SendKeys(chromedp.ID("code"), secret),
		chromedp.Click(chromedp.CSS(`form[action$="/verify"] button`)))
	if err != nil {
		t.Fatalf("submit the code: %v", err)
	}
	p.checkView(resp)
	p.do("show the message", chromedp.WaitVisible(chromedp.CSS("section.body")))
	text, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS("main")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Biopsy result", "alice@example.org", "MRN 7720431", "Your biopsy shows no malignancy.", "results.pdf"} {
		if !strings.Contains(text, want) {
			t.Errorf("message view lacks %q; it shows:\n%s", want, text)
		}
	}
	p.screenshot("view", chromedp.FullScreenshot(100))
}

// reply sends a secure reply from the message page and waits for it to
// reach the sender, alice: protected, so as a pickup notice of its own
// (the sink offers no TLS), which tells nothing of the reply.
func (p *portalVisit) reply() {
	t := p.t
	before := len(p.noticesToAlice())
	text := "Thank you. May " + p.rcpt + " take ibuprofen before the next visit?"
	p.do("write a reply", chromedp.SendKeys(chromedp.ID("reply"), text),
		chromedp.Click(chromedp.CSS(`form[action$="/reply"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href$="/view"]`)))
	sent, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS("main")))
	if err != nil || !strings.Contains(sent, "Your reply was sent") {
		t.Fatalf("after sending the reply the page says %q (%v)", sent, err)
	}
	p.screenshot("reply-sent", chromedp.FullScreenshot(100))
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if ns := p.noticesToAlice(); len(ns) > before {
			for _, m := range ns {
				if strings.Contains(m.all, "ibuprofen") || strings.Contains(m.all, p.rcpt) {
					t.Fatalf("the notice of the reply tells of it:\n%s", m.all)
				}
			}
			return
		}
	}
	t.Fatalf("the reply of %s never reached alice@example.org", p.rcpt)
}

// noticesToAlice returns the pickup notices the sink holds for alice.
func (p *portalVisit) noticesToAlice() []mailText {
	var out []mailText
	for _, r := range p.sink.all() {
		if m := parseMail(p.t, r.data); slices.Contains(r.to, "alice@example.org") && m.subject == "You have a secure message" {
			out = append(out, m)
		}
	}
	return out
}

// checkView checks the page the code led to is the message view, sent
// with the portal's Content-Security-Policy.
func (p *portalVisit) checkView(resp *network.Response) {
	t := p.t
	if !strings.HasSuffix(resp.URL, "/view") || resp.Status != 200 {
		t.Fatalf("the code led to %s (status %d), want the message view", resp.URL, resp.Status)
	}
	var csp string
	for k, v := range resp.Headers {
		if strings.EqualFold(k, "Content-Security-Policy") {
			csp, _ = v.(string)
		}
	}
	for _, want := range []string{"default-src 'none'", "frame-ancestors 'none'", "form-action 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("view's Content-Security-Policy %q lacks %q", csp, want)
		}
	}
}

// download clicks the attachment link and compares the saved file.
func (p *portalVisit) download(want []byte) {
	t := p.t
	p.do("download the attachment", chromedp.Click(chromedp.CSS(`ul.attachments a`)))
	path := filepath.Join(p.downloads, "results.pdf")
	for {
		if got, err := os.ReadFile(path); err == nil {
			if !bytes.Equal(got, want) {
				t.Fatalf("downloaded %d bytes differ from the %d sent", len(got), len(want))
			}
			return
		}
		select {
		case <-p.ctx.Done():
			entries, _ := os.ReadDir(p.downloads)
			t.Fatalf("no results.pdf downloaded (%v); the dir holds %v", p.ctx.Err(), entries)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
