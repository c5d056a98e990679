package portal

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/store"
)

const (
	rcpt     = "ana.quispe@example.net"
	sender   = "dr.rivera@oncology-clinic.example"
	subject  = "Biopsy results for Ana Quispe"
	bodyText = "Your biopsy result is benign"
	keyLine  = "a QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=\n"
)

// pdf is an attachment with every byte value, to be returned unchanged.
var pdf = func() []byte {
	b := []byte("%PDF-1.4\n")
	for i := range 1000 {
		b = append(b, byte(i))
	}
	return b
}()

// testMessage has a text and an HTML part (with a script, a remote image,
// an event handler, a style, a form and a link) and a PDF attachment.
func testMessage(subj, text string) string {
	return "From: Dr. Rivera <" + sender + ">\r\n" +
		"To: " + rcpt + "\r\n" +
		"Subject: " + subj + "\r\n" +
		"Date: Sun, 01 Mar 2026 08:00:00 +0000\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=outer\r\n\r\n" +
		"--outer\r\n" +
		"Content-Type: multipart/alternative; boundary=inner\r\n\r\n" +
		"--inner\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
		text + ".\r\n" +
		"--inner\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n\r\n" +
		`<p onclick="steal()">` + text + `.</p><script>alert("xss")</script>` +
		`<img src="https://remote.example/x.png" alt="logo"><a href="https://clinic.example/info">more</a>` +
		`<p style="position:fixed">styled</p><form action="https://evil.example/"><input name="pw"></form>` + "\r\n" +
		"--inner--\r\n" +
		"--outer\r\n" +
		"Content-Type: application/pdf; name=\"results.pdf\"\r\n" +
		"Content-Disposition: attachment; filename=\"results.pdf\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(pdf) + "\r\n" +
		"--outer--\r\n"
}

// clock is a settable clock, read by the server's goroutines.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// recorder is the CodeSender: it keeps the last code per pickup.
type recorder struct {
	mu    sync.Mutex
	codes map[string]string
}

func (r *recorder) SendCode(_ context.Context, p *store.Pickup, code string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.codes[p.ID] = code
	return nil
}

func (r *recorder) code(t *testing.T, id string) string {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := r.codes[id]
	if !ok {
		t.Fatalf("no code sent for %s", id)
	}
	return c
}

// logBuf is a slog sink read after the requests.
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

type env struct {
	srv     *httptest.Server
	portal  *Portal
	pickups *pickup.Store
	st      *store.SQLite
	clock   *clock
	sent    *recorder
	logs    *logBuf
	events  *eventLog
}

// eventLog records portal events.
type eventLog struct {
	mu  sync.Mutex
	evs []Event
}

func (l *eventLog) PickupEvent(_ context.Context, e Event) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.evs = append(l.evs, e)
	return nil
}

// types returns the events' types in order, checking that each names its
// pickup and the client, and carries nothing of the secrets.
func (l *eventLog) types(t *testing.T, id string, secrets ...string) []string {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, e := range l.evs {
		if e.Pickup == nil || e.Pickup.ID != id || e.IP != "127.0.0.1" || e.UserAgent == "" {
			t.Errorf("event %s: pickup %v, IP %q, user agent %q", e.Type, e.Pickup, e.IP, e.UserAgent)
		}
		for _, sec := range secrets {
			if strings.Contains(e.Detail, sec) {
				t.Errorf("event %s holds a secret in %q", e.Type, e.Detail)
			}
		}
		out = append(out, e.Type)
	}
	return out
}

const maxFailures = 3

func newEnv(t *testing.T, tweak func(*Config)) *env {
	t.Helper()
	st, err := store.OpenSQLite(filepath.Join(t.TempDir(), "sealpost.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	keys, err := seal.ParseKeyring([]byte(keyLine))
	if err != nil {
		t.Fatal(err)
	}
	e := &env{st: st, clock: &clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)},
		sent: &recorder{codes: map[string]string{}}, logs: &logBuf{}, events: &eventLog{}}
	logger := slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	e.pickups = pickup.New(st, keys, pickup.Config{MaxFailures: maxFailures, Now: e.clock.now, Logger: logger})
	cfg := Config{Pickups: e.pickups, Sender: e.sent, InsecureCookies: true, Now: e.clock.now, Logger: logger, Events: e.events}
	if tweak != nil {
		tweak(&cfg)
	}
	e.portal = New(cfg)
	e.srv = httptest.NewServer(e.portal)
	t.Cleanup(e.srv.Close)
	return e
}

func (e *env) create(t *testing.T, subj, text string, maxViews int) (id, token string) {
	t.Helper()
	id, token, err := e.pickups.Create(context.Background(), "msg-1", sender, rcpt,
		strings.NewReader(testMessage(subj, text)), pickup.Terms{Expires: 24 * time.Hour, MaxViews: maxViews})
	if err != nil {
		t.Fatal(err)
	}
	return id, token
}

// client is a browser: a cookie jar, redirects followed.
func (e *env) client(t *testing.T) *http.Client {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar}
}

type resp struct {
	status int
	header http.Header
	body   string
	url    string
}

func (e *env) do(t *testing.T, c *http.Client, method, path string, form url.Values) resp {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, e.srv.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	res, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	return resp{status: res.StatusCode, header: res.Header, body: string(b), url: res.Request.URL.Path}
}

func (e *env) get(t *testing.T, c *http.Client, path string) resp {
	t.Helper()
	return e.do(t, c, "GET", path, nil)
}

func (e *env) post(t *testing.T, c *http.Client, path string, form url.Values) resp {
	t.Helper()
	return e.do(t, c, "POST", path, form)
}

var csrfRe = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func csrfOf(t *testing.T, r resp) string {
	t.Helper()
	m := csrfRe.FindStringSubmatch(r.body)
	if m == nil {
		t.Fatalf("no CSRF token in the page (%d):\n%s", r.status, r.body)
	}
	return m[1]
}

// askCode opens the landing page and asks for a code; it returns the
// form's CSRF token and the code sent.
func (e *env) askCode(t *testing.T, c *http.Client, id, token string) (csrf, code string) {
	t.Helper()
	land := e.get(t, c, "/p/"+token)
	if land.status != http.StatusOK || !strings.Contains(land.body, "A secure message is waiting for you") {
		t.Fatalf("landing: %d\n%s", land.status, land.body)
	}
	csrf = csrfOf(t, land)
	sent := e.post(t, c, "/p/"+token+"/code", url.Values{"csrf": {csrf}})
	if sent.status != http.StatusOK || !strings.Contains(sent.body, `autocomplete="one-time-code"`) {
		t.Fatalf("code: %d\n%s", sent.status, sent.body)
	}
	return csrf, e.sent.code(t, id)
}

// login goes through the identity check and returns the view page.
func (e *env) login(t *testing.T, c *http.Client, id, token string) resp {
	t.Helper()
	csrf, code := e.askCode(t, c, id, token)
	r := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {code}})
	if r.status != http.StatusOK || r.url != "/p/"+token+"/view" {
		t.Fatalf("verify: %d at %s\n%s", r.status, r.url, r.body)
	}
	return r
}

// secrets are what no page before the check, and no log, may hold.
var secrets = []string{subject, bodyText, "Rivera", "oncology", sender, rcpt, "results.pdf"}

func revealsNothing(t *testing.T, what, page string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(page, s) {
			t.Errorf("%s shows %q:\n%s", what, s, page)
		}
	}
}

func TestFullFlow(t *testing.T) {
	e := newEnv(t, nil)
	id, token := e.create(t, subject, bodyText, 1)
	c := e.client(t)

	land := e.get(t, c, "/p/"+token)
	revealsNothing(t, "the landing page", land.body)
	csrf, code := e.askCode(t, c, id, token)
	if !regexp.MustCompile(`^[0-9]{8}$`).MatchString(code) {
		t.Errorf("code %q, want 8 digits", code)
	}
	view := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {code}})
	if view.status != http.StatusOK || view.url != "/p/"+token+"/view" {
		t.Fatalf("verify: %d at %s", view.status, view.url)
	}
	for _, want := range []string{subject, bodyText, "Dr. Rivera", "results.pdf", "/p/" + token + "/a/1",
		`rel="nofollow noreferrer noopener"`, "2026"} {
		if !strings.Contains(view.body, want) {
			t.Errorf("the view lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "alert(", "remote.example", "onclick", "steal()", "style=", "<form action=\"https", `name="pw"`} { // not "pw": a random token may hold it
		if strings.Contains(view.body, bad) {
			t.Errorf("the view holds %q:\n%s", bad, view.body)
		}
	}

	for range 2 { // the last view allowed is used, yet the session goes on
		a := e.get(t, c, "/p/"+token+"/a/1")
		if a.status != http.StatusOK || a.body != string(pdf) {
			t.Fatalf("attachment: %d, %d bytes, want the %d bytes of the PDF", a.status, len(a.body), len(pdf))
		}
		if got := a.header.Get("Content-Disposition"); got != `attachment; filename=results.pdf` {
			t.Errorf("Content-Disposition %q", got)
		}
		if got := a.header.Get("Content-Type"); got != "application/pdf" {
			t.Errorf("Content-Type %q", got)
		}
	}
	if head := e.do(t, c, "HEAD", "/p/"+token+"/view", nil); head.status != http.StatusOK {
		t.Errorf("HEAD of the view: %d", head.status)
	}
	if again := e.get(t, c, "/p/"+token+"/view"); again.status != http.StatusOK || !strings.Contains(again.body, bodyText) {
		t.Errorf("second view in the session: %d", again.status)
	}
	if p, _ := e.st.Pickup(context.Background(), id); p.Views != 1 {
		t.Errorf("%d views counted for one session, want 1", p.Views)
	}
	if a := e.get(t, c, "/p/"+token+"/a/2"); a.status != http.StatusNotFound {
		t.Errorf("attachment 2 of 1: %d, want 404", a.status)
	}

	other := e.get(t, e.client(t), "/p/"+token)
	if other.status != http.StatusGone || !strings.Contains(other.body, "can no longer be opened") {
		t.Errorf("another browser after the last view: %d\n%s", other.status, other.body)
	}
	revealsNothing(t, "the views-used page", other.body)
	cleanLogs(t, e, id, token, code)
	got := strings.Join(e.events.types(t, id, token, code), " ")
	if want := "pickup-code-sent pickup-verified pickup-viewed pickup-downloaded pickup-downloaded"; got != want {
		t.Errorf("audit events %q, want %q", got, want)
	}
}

// cleanLogs: the logs name the pickup, and hold no token, code, cookie,
// address or content.
func cleanLogs(t *testing.T, e *env, id string, secretsToo ...string) {
	t.Helper()
	logs := e.logs.String()
	if !strings.Contains(logs, id) {
		t.Errorf("the logs do not name pickup %s:\n%s", id, logs)
	}
	for _, s := range append(secretsToo, secrets...) {
		if strings.Contains(logs, s) {
			t.Errorf("the logs hold %q:\n%s", s, logs)
		}
	}
	if strings.Contains(logs, "example.net") || strings.Contains(logs, "clinic") {
		t.Errorf("the logs hold an address:\n%s", logs)
	}
}

func wrongCode(code string) string {
	return fmt.Sprintf("%08d", (mustAtoi(code)+1)%100000000)
}

func mustAtoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func TestWrongCodesLock(t *testing.T) {
	e := newEnv(t, nil)
	id, token := e.create(t, subject, bodyText, 3)
	c := e.client(t)
	csrf, code := e.askCode(t, c, id, token)
	for i := 1; i < maxFailures; i++ {
		r := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {wrongCode(code)}})
		if r.status != http.StatusBadRequest || !strings.Contains(r.body, "try again") {
			t.Fatalf("wrong code %d: %d\n%s", i, r.status, r.body)
		}
		revealsNothing(t, "the wrong-code page", r.body)
	}
	r := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {wrongCode(code)}})
	if r.status != http.StatusLocked || !strings.Contains(r.body, "locked") {
		t.Fatalf("wrong code %d: %d, want 423 locked\n%s", maxFailures, r.status, r.body)
	}
	right := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {code}})
	if right.status != http.StatusLocked || strings.Contains(right.body, bodyText) {
		t.Errorf("the right code after the lock: %d, want 423\n%s", right.status, right.body)
	}
	for _, path := range []string{"/p/" + token, "/p/" + token + "/view", "/p/" + token + "/a/1"} {
		r := e.get(t, c, path)
		if r.status != http.StatusLocked || !strings.Contains(r.body, "locked") {
			t.Errorf("%s after the lock: %d, want 423", path, r.status)
		}
		revealsNothing(t, path, r.body)
	}
	cleanLogs(t, e, id, token, code, wrongCode(code))
	got := strings.Join(e.events.types(t, id, token, code), " ")
	want := "pickup-code-sent" + strings.Repeat(" pickup-verify-failed", maxFailures) + " pickup-locked"
	if got != want {
		t.Errorf("audit events %q, want %q", got, want)
	}
}

// TestClosedLinks: a link expired or revoked, before or after the check,
// shows its page and nothing of the message.
func TestClosedLinks(t *testing.T) {
	cases := []struct {
		name   string
		close  func(e *env, id string)
		status int
		text   string
	}{
		{"expired", func(e *env, _ string) { e.clock.advance(25 * time.Hour) }, http.StatusGone, "expired"},
		{"revoked", func(e *env, id string) { e.pickups.Revoke(context.Background(), id) }, http.StatusGone, "withdrew"},
		{"purged", func(e *env, _ string) {
			e.clock.advance(25 * time.Hour)
			e.pickups.Purge(context.Background())
		}, http.StatusGone, "expired"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, func(c *Config) { c.Idle = 48 * time.Hour })
			id, token := e.create(t, subject, bodyText, 3)
			verified := e.client(t)
			e.login(t, verified, id, token)
			tc.close(e, id)
			for _, c := range []*http.Client{verified, e.client(t)} {
				for _, path := range []string{"/p/" + token, "/p/" + token + "/view", "/p/" + token + "/a/1"} {
					r := e.get(t, c, path)
					if r.status != tc.status || !strings.Contains(r.body, tc.text) {
						t.Errorf("%s: %d, want %d and %q\n%s", path, r.status, tc.status, tc.text, r.body)
					}
					revealsNothing(t, path, r.body)
				}
			}
		})
	}
	t.Run("unknown", func(t *testing.T) {
		e := newEnv(t, nil)
		token, _ := pickup.NewToken()
		for _, path := range []string{"/p/" + token, "/p/" + token + "/view", "/p/short", "/p/" + token + "/a/1"} {
			if r := e.get(t, e.client(t), path); r.status != http.StatusNotFound || !strings.Contains(r.body, "not valid") {
				t.Errorf("%s: %d, want 404 not valid", path, r.status)
			}
		}
	})
}

// TestSessionBoundToPickup: a session verified for pickup A opens
// nothing of pickup B.
func TestSessionBoundToPickup(t *testing.T) {
	e := newEnv(t, nil)
	idA, tokenA := e.create(t, subject, bodyText, 3)
	_, tokenB := e.create(t, "Second subject", "Second secret text", 3)
	c := e.client(t)
	e.login(t, c, idA, tokenA)
	for _, path := range []string{"/p/" + tokenB + "/view", "/p/" + tokenB + "/a/1"} {
		r := e.get(t, c, path)
		if r.url != "/p/"+tokenB || strings.Contains(r.body, "Second") || strings.Contains(r.body, "results.pdf") {
			t.Errorf("%s with A's session: at %s\n%s", path, r.url, r.body)
		}
	}
	// The landing of B replaced A's session in this browser: A is shut too.
	if r := e.get(t, c, "/p/"+tokenA+"/view"); r.url != "/p/"+tokenA || strings.Contains(r.body, bodyText) {
		t.Errorf("A after opening B's landing: at %s", r.url)
	}
	// A's form token does not post to B.
	c2 := e.client(t)
	csrfA, codeA := e.askCode(t, c2, idA, tokenA)
	if r := e.post(t, c2, "/p/"+tokenB+"/verify", url.Values{"csrf": {csrfA}, "code": {codeA}}); r.status != http.StatusForbidden {
		t.Errorf("A's form and code posted to B: %d, want 403", r.status)
	}
}

// TestHeadCountsNoView: a HEAD of the view (a link checker, a prefetch)
// in a verified session counts no view; the GET after it does.
func TestHeadCountsNoView(t *testing.T) {
	e := newEnv(t, nil)
	id, token := e.create(t, subject, bodyText, 3)
	c := e.client(t)
	csrf, code := e.askCode(t, c, id, token)
	noRedirect := &http.Client{Jar: c.Jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	e.post(t, noRedirect, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {code}})
	for _, path := range []string{"/p/" + token + "/view", "/p/" + token + "/a/1"} {
		if r := e.do(t, c, "HEAD", path, nil); r.status != http.StatusOK {
			t.Errorf("HEAD %s: %d", path, r.status)
		}
	}
	if p, _ := e.st.Pickup(context.Background(), id); p.Views != 0 {
		t.Errorf("%d views after HEAD requests, want 0", p.Views)
	}
	e.get(t, c, "/p/"+token+"/view")
	if p, _ := e.st.Pickup(context.Background(), id); p.Views != 1 {
		t.Errorf("%d views after the GET, want 1", p.Views)
	}
}

func TestIdleTimeout(t *testing.T) {
	e := newEnv(t, nil)
	id, token := e.create(t, subject, bodyText, 3)
	c := e.client(t)
	e.login(t, c, id, token)
	for range 3 { // use within the timeout keeps the session
		e.clock.advance(DefaultIdle - time.Minute)
		if r := e.get(t, c, "/p/"+token+"/view"); !strings.Contains(r.body, bodyText) {
			t.Fatalf("view %v after the last use: at %s", DefaultIdle-time.Minute, r.url)
		}
	}
	e.clock.advance(DefaultIdle)
	r := e.get(t, c, "/p/"+token+"/view")
	if r.url != "/p/"+token || strings.Contains(r.body, bodyText) || !strings.Contains(r.body, "Email me a code") {
		t.Errorf("view after %v idle: at %s\n%s", DefaultIdle, r.url, r.body)
	}
}

func TestCodeReplacedAndExpired(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.Idle = time.Hour })
	id, token := e.create(t, subject, bodyText, 3)
	c := e.client(t)
	csrf, first := e.askCode(t, c, id, token)
	e.post(t, c, "/p/"+token+"/code", url.Values{"csrf": {csrf}})
	second := e.sent.code(t, id)
	if first == second {
		t.Skip("the same code twice, one chance in 10⁸")
	}
	if r := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {first}}); r.status != http.StatusBadRequest {
		t.Errorf("the replaced code: %d, want 400", r.status)
	}
	e.clock.advance(DefaultCodeTTL)
	r := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {second}})
	if r.status != http.StatusBadRequest || !strings.Contains(r.body, "expired") {
		t.Errorf("an expired code: %d\n%s", r.status, r.body)
	}
	if p, _ := e.st.Pickup(context.Background(), id); p.Failures != 1 {
		t.Errorf("%d failures, want 1: an expired code is no guess", p.Failures)
	}
	e.login(t, c, id, token)
}

func TestCSRF(t *testing.T) {
	e := newEnv(t, nil)
	id, token := e.create(t, subject, bodyText, 3)
	c := e.client(t)
	csrf, code := e.askCode(t, c, id, token)
	for _, form := range []url.Values{{"code": {code}}, {"code": {code}, "csrf": {csrf[1:] + "A"}}} {
		if r := e.post(t, c, "/p/"+token+"/verify", form); r.status != http.StatusForbidden {
			t.Errorf("verify with CSRF %q: %d, want 403", form.Get("csrf"), r.status)
		}
		if r := e.post(t, c, "/p/"+token+"/code", form); r.status != http.StatusForbidden {
			t.Errorf("code with CSRF %q: %d, want 403", form.Get("csrf"), r.status)
		}
	}
	// Without a session cookie, the right form token is refused too.
	if r := e.post(t, e.client(t), "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {code}}); r.status != http.StatusForbidden {
		t.Errorf("verify from another browser: %d, want 403", r.status)
	}
	if p, _ := e.st.Pickup(context.Background(), id); p.Failures != 0 {
		t.Errorf("%d failures after refused forms, want 0", p.Failures)
	}
	r := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {code}})
	if !strings.Contains(r.body, bodyText) {
		t.Errorf("the code after the refused forms: %d", r.status)
	}
}

func TestRateLimits(t *testing.T) {
	cases := []struct {
		name      string
		ip, link  Limit
		sameLink  bool
		allowed   int
		retryWhen time.Duration
	}{
		{"per IP", Limit{Burst: 3, Every: time.Minute}, Limit{}, false, 3, time.Minute},
		{"per link", Limit{}, Limit{Burst: 2, Every: time.Minute}, true, 2, time.Minute},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, func(c *Config) { c.IPLimit, c.LinkLimit = tc.ip, tc.link })
			c := e.client(t)
			_, token := e.create(t, subject, bodyText, 3)
			ask := func() resp {
				tok := token
				if !tc.sameLink {
					_, tok = e.create(t, subject, bodyText, 3)
				}
				csrf := csrfOf(t, e.get(t, c, "/p/"+tok))
				return e.post(t, c, "/p/"+tok+"/code", url.Values{"csrf": {csrf}})
			}
			for i := range tc.allowed {
				if r := ask(); r.status != http.StatusOK {
					t.Fatalf("request %d: %d", i+1, r.status)
				}
			}
			r := ask()
			if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") == "" {
				t.Errorf("request %d: %d, want 429 with Retry-After", tc.allowed+1, r.status)
			}
			e.clock.advance(tc.retryWhen)
			if r := ask(); r.status != http.StatusOK {
				t.Errorf("after %v: %d", tc.retryWhen, r.status)
			}
		})
	}
	t.Run("other links unaffected", func(t *testing.T) {
		e := newEnv(t, func(c *Config) { c.LinkLimit = Limit{Burst: 1, Every: time.Hour} })
		c := e.client(t)
		idA, tokenA := e.create(t, subject, bodyText, 3)
		e.askCode(t, c, idA, tokenA)
		idB, tokenB := e.create(t, subject, bodyText, 3)
		e.askCode(t, c, idB, tokenB)
	})
}

var wantHeaders = map[string]string{
	"Content-Security-Policy": csp,
	"Cache-Control":           "no-store",
	"Referrer-Policy":         "no-referrer",
	"X-Content-Type-Options":  "nosniff",
	"X-Frame-Options":         "DENY",
}

func TestSecurityHeaders(t *testing.T) {
	for _, tls := range []bool{false, true} {
		e := newEnv(t, func(c *Config) { c.TLS = tls })
		id, token := e.create(t, subject, bodyText, 3)
		browser := e.client(t)
		csrf, _ := e.askCode(t, browser, id, token)
		cases := []struct {
			method, path string
			form         url.Values
			c            *http.Client
		}{
			{"GET", "/portal.css", nil, nil},
			{"GET", "/p/" + token, nil, nil},
			{"GET", "/p/unknown", nil, nil},
			{"POST", "/p/" + token + "/code", url.Values{}, nil},
			{"POST", "/p/" + token + "/verify", url.Values{"csrf": {csrf}, "code": {"1"}}, browser},
			{"GET", "/p/" + token + "/view", nil, nil},
			{"GET", "/p/" + token + "/a/1", nil, nil},
			{"GET", "/elsewhere", nil, nil},
			{"DELETE", "/p/" + token, nil, nil},
		}
		for _, tc := range cases {
			c := tc.c
			if c == nil {
				c = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			}
			r := e.do(t, c, tc.method, tc.path, tc.form)
			for k, v := range wantHeaders {
				if got := r.header.Get(k); got != v {
					t.Errorf("TLS %v: %s %s (%d): %s %q, want %q", tls, tc.method, tc.path, r.status, k, got, v)
				}
			}
			if got := r.header.Get("Strict-Transport-Security"); (got != "") != tls {
				t.Errorf("TLS %v: %s %s: HSTS %q", tls, tc.method, tc.path, got)
			}
		}
	}
	// The download keeps its own, stricter CSP.
	e := newEnv(t, nil)
	id, token := e.create(t, subject, bodyText, 3)
	c := e.client(t)
	e.login(t, c, id, token)
	if a := e.get(t, c, "/p/"+token+"/a/1"); !strings.Contains(a.header.Get("Content-Security-Policy"), "sandbox") ||
		a.header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("download headers %v", a.header)
	}
}

// TestCookie: Secure unless InsecureCookies, always HttpOnly and
// SameSite=Strict, host-only.
func TestCookie(t *testing.T) {
	for _, insecure := range []bool{false, true} {
		e := newEnv(t, func(c *Config) { c.InsecureCookies = insecure })
		_, token := e.create(t, subject, bodyText, 3)
		w := httptest.NewRecorder()
		e.portal.ServeHTTP(w, httptest.NewRequest("GET", "/p/"+token, nil))
		set := w.Header().Get("Set-Cookie")
		for _, want := range []string{"HttpOnly", "SameSite=Strict", "Path=/"} {
			if !strings.Contains(set, want) {
				t.Errorf("insecure %v: Set-Cookie %q lacks %s", insecure, set, want)
			}
		}
		if secure := strings.Contains(set, "; Secure"); secure == insecure {
			t.Errorf("insecure %v: Set-Cookie %q", insecure, set)
		}
		if !insecure && !strings.HasPrefix(set, "__Host-") {
			t.Errorf("Set-Cookie %q, want a __Host- cookie", set)
		}
		if strings.Contains(set, "Domain") || strings.Contains(set, "Max-Age") || strings.Contains(set, "Expires") {
			t.Errorf("Set-Cookie %q: want a host-only session cookie", set)
		}
	}
}

func TestPagesAccessible(t *testing.T) {
	e := newEnv(t, nil)
	id, token := e.create(t, subject, bodyText, 3)
	c := e.client(t)
	csrf, code := e.askCode(t, c, id, token)
	form := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {wrongCode(code)}})
	for _, want := range []string{`<html lang="en">`, `name="viewport"`, `<label for="code">`, `id="code"`,
		`inputmode="numeric"`, `autocomplete="one-time-code"`, `<h1>`, `role="alert"`, `href="/portal.css"`} {
		if !strings.Contains(form.body, want) {
			t.Errorf("the code page lacks %s", want)
		}
	}
	if strings.Contains(form.body, "<script") || strings.Contains(form.body, " style=") {
		t.Error("the code page has script or inline style")
	}
	css := e.get(t, c, "/portal.css")
	if css.status != http.StatusOK || !strings.HasPrefix(css.header.Get("Content-Type"), "text/css") || !strings.Contains(css.body, "font-size") {
		t.Errorf("portal.css: %d %s", css.status, css.header.Get("Content-Type"))
	}
}

// replyLog records replies.
type replyLog struct {
	mu      sync.Mutex
	pickups []string
	texts   []string
}

func (l *replyLog) Reply(_ context.Context, p *store.Pickup, text string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pickups, l.texts = append(l.pickups, p.ID), append(l.texts, text)
	return nil
}

// A verified recipient's reply reaches Replies with its pickup, even
// after the last view; without a verified session, or without the form's
// token, it does not.
func TestReply(t *testing.T) {
	replies := &replyLog{}
	e := newEnv(t, func(c *Config) { c.Replies = replies })
	id, token := e.create(t, subject, bodyText, 1)

	stranger := e.client(t)
	e.get(t, stranger, "/p/"+token)
	land := e.get(t, stranger, "/p/"+token)
	if r := e.post(t, stranger, "/p/"+token+"/reply", url.Values{"csrf": {formToken(land.body)}, "text": {"hi"}}); r.url != "/p/"+token {
		t.Errorf("reply without a verified session: %d at %s, want the landing page", r.status, r.url)
	}

	c := e.client(t)
	e.get(t, c, "/p/"+token)
	csrf, code := e.askCode(t, c, id, token)
	view := e.post(t, c, "/p/"+token+"/verify", url.Values{"csrf": {csrf}, "code": {code}})
	if !strings.Contains(view.body, `action="/p/`+token+`/reply"`) || !strings.Contains(view.body, `<label for="reply">`) {
		t.Fatalf("the view offers no labelled reply form:\n%s", view.body)
	}
	vcsrf := formToken(view.body)
	if r := e.post(t, c, "/p/"+token+"/reply", url.Values{"text": {"no token"}}); r.status != http.StatusForbidden {
		t.Errorf("reply without the form token: %d, want 403", r.status)
	}
	text := "Thank you. Can I take ibuprofen\r\nbefore the next visit?"
	r := e.post(t, c, "/p/"+token+"/reply", url.Values{"csrf": {vcsrf}, "text": {text}})
	if r.status != http.StatusOK || !strings.Contains(r.body, "Your reply was sent") || !strings.Contains(r.body, "/p/"+token+"/view") {
		t.Fatalf("reply: %d\n%s", r.status, r.body)
	}
	if long := e.post(t, c, "/p/"+token+"/reply", url.Values{"csrf": {vcsrf}, "text": {strings.Repeat("x", maxReply+1)}}); long.status != http.StatusRequestEntityTooLarge {
		t.Errorf("a reply over %d bytes: %d, want 413", maxReply, long.status)
	}
	if len(replies.texts) != 1 || replies.texts[0] != text || replies.pickups[0] != id {
		t.Errorf("replies %q for %v, want one %q for %s", replies.texts, replies.pickups, text, id)
	}
	got := strings.Join(e.events.types(t, id, token, code), " ")
	if !strings.HasSuffix(got, "pickup-viewed pickup-replied") {
		t.Errorf("audit events %q, want a view then a reply", got)
	}
	cleanLogs(t, e, id, token, code)
	if strings.Contains(e.logs.String(), "ibuprofen") {
		t.Error("the reply's text is in the logs")
	}
}

// formToken returns the first form token of a page.
func formToken(page string) string {
	m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(page)
	if m == nil {
		return ""
	}
	return m[1]
}
