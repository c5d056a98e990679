package pickup

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	msgdkim "github.com/emersion/go-msgauth/dkim"

	"github.com/sealpost/sealpost/crypto/dkim"
)

var testMail = Mail{FromName: "Clinic Secure Mail", From: "no-reply@relay.test", To: "pat@example.net", Date: time.Unix(0, 0)}

// writeTemplates writes files (name → text) into a new directory.
func writeTemplates(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// parts returns the content type and the decoded text and HTML parts of a
// notice or code mail.
func parts(t *testing.T, raw []byte) (ctype string, text, html string) {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("mail does not parse: %v\n%s", err, raw)
	}
	ctype, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	var got []string
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(quotedprintable.NewReader(p))
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(b))
	}
	if len(got) != 2 {
		t.Fatalf("%d parts, want text and HTML:\n%s", len(got), raw)
	}
	return ctype, got[0], got[1]
}

// TestTemplateOverride: a file in the directory replaces its template;
// the others stay built in.
func TestTemplateOverride(t *testing.T) {
	dir := writeTemplates(t, map[string]string{
		NoticeText: "{{.Sender}} has a message for you: {{.Link}} (until {{.Expires}})\n",
		"README":   "not a template: ignored",
	})
	tpl, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := tpl.Notice(testMail, Link{URL: "https://p.example/p/tok", Expires: time.Date(2027, 1, 2, 3, 4, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	_, text, html := parts(t, b)
	if text != "Clinic Secure Mail has a message for you: https://p.example/p/tok (until 2 January 2027, 03:04 UTC)\r\n" {
		t.Errorf("overridden text part: %q", text)
	}
	if !strings.Contains(html, "<p>You have received a secure message.</p>") || !strings.Contains(html, `href="https://p.example/p/tok"`) {
		t.Errorf("HTML part is not the built-in one:\n%s", html)
	}
	b, err = tpl.CodeMail(testMail, "12345678", 10*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if _, text, html := parts(t, b); !strings.Contains(text, "Your verification code is:") || !strings.Contains(html, "<strong>12345678</strong>") {
		t.Errorf("code mail is not the built-in one:\n%s\n%s", text, html)
	}
}

// TestTemplateErrors: a template that does not parse, or that uses what
// its data lacks, fails to load with its file and line; every failing
// file is named.
func TestTemplateErrors(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"parse error", map[string]string{NoticeText: "line 1\nline 2 {{.Link}\n"},
			[]string{NoticeText + ":2: "}},
		{"unknown field", map[string]string{NoticeHTML: "<p>\n{{.Link}}\n{{.Subject}}</p>"},
			[]string{NoticeHTML + ":3:2: ", "can't evaluate field Subject"}},
		{"code in a notice", map[string]string{NoticeText: "{{.Code}}"}, []string{NoticeText + ":1:2: ", "field Code"}},
		{"html parse error", map[string]string{CodeHTML: "<a href=\"{{.Code}\">"}, []string{CodeHTML + ":1: "}},
		{"two files", map[string]string{CodeText: "{{.Link}}", NoticeHTML: "{{if}}"},
			[]string{CodeText + ":1:2: ", NoticeHTML + ":1: "}},
		{"misspelt name", map[string]string{"notice.htm.html": "x"}, []string{"notice.htm.html: not a template name"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTemplates(t, tc.files)
			_, err := LoadTemplates(dir)
			if err == nil {
				t.Fatal("no error")
			}
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), filepath.Join(dir, want)) && !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
			if !strings.Contains(err.Error(), dir) {
				t.Errorf("error %q does not name the file's path", err)
			}
		})
	}
	if _, err := LoadTemplates(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("a missing directory loads")
	}
}

// TestTemplateErrorNamesPathLine checks the whole position: path:line.
func TestTemplateErrorNamesPathLine(t *testing.T) {
	dir := writeTemplates(t, map[string]string{CodeText: "ok\nok\n{{.Code | nosuchfunc}}\n"})
	_, err := LoadTemplates(dir)
	if want := filepath.Join(dir, CodeText) + ":3:"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want it to name %s", err, want)
	}
}

// TestNoticeStaysNeutralAndSignable: with the built-in templates and with
// an admin's, the notice carries only its data, is multipart/alternative
// with CRLF line ends, and a DKIM signature over it verifies.
func TestNoticeStaysNeutralAndSignable(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer := dkim.NewSigner([]*dkim.Key{{Domain: "relay.test", Selector: "s", Signer: priv}})
	txt, err := dkim.TXTRecord(pub)
	if err != nil {
		t.Fatal(err)
	}
	custom := writeTemplates(t, map[string]string{
		NoticeHTML: "<p>Dear patient,</p>\n<p><a href=\"{{.Link}}\">Open</a> before {{.Expires}}. {{.Sender}}</p>\n",
	})
	for _, dir := range []string{"", custom} {
		tpl, err := LoadTemplates(dir)
		if err != nil {
			t.Fatal(err)
		}
		b, err := tpl.Notice(testMail, Link{URL: "https://p.example/p/tok", Expires: time.Now().Add(time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.ReplaceAll(string(b), "\r\n", ""), "\n") {
			t.Errorf("dir %q: notice has a bare LF", dir)
		}
		ctype, text, html := parts(t, b)
		if ctype != "multipart/alternative" || !strings.Contains(text, "https://p.example/p/tok") || !strings.Contains(html, `href="https://p.example/p/tok"`) {
			t.Errorf("dir %q: %s notice:\n%s\n%s", dir, ctype, text, html)
		}
		if strings.Contains(text+html, "pat@example.net") || !bytes.Contains(b, []byte("\r\nSubject: "+NoticeSubject+"\r\n")) {
			t.Errorf("dir %q: the notice names its recipient, or its subject is not the fixed one:\n%s", dir, b)
		}
		sig, err := signer.Sign(b)
		if err != nil {
			t.Fatal(err)
		}
		vs, err := msgdkim.VerifyWithOptions(bytes.NewReader(append(sig, b...)), &msgdkim.VerifyOptions{
			LookupTXT: func(name string) ([]string, error) {
				if name == "s._domainkey.relay.test" {
					return []string{txt}, nil
				}
				return nil, fmt.Errorf("no TXT for %s", name)
			},
		})
		if err != nil || len(vs) != 1 || vs[0].Err != nil {
			t.Errorf("dir %q: DKIM verification: %v %+v", dir, err, vs)
		}
	}
}

// TestWriteDefaultTemplates: the written files are the built-in ones,
// load back as they are, and are never overwritten.
func TestWriteDefaultTemplates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "tpl")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, CodeText), []byte("mine {{.Code}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	written, kept, err := WriteDefaultTemplates(dir)
	if err != nil || len(written) != 3 || len(kept) != 1 || kept[0] != filepath.Join(dir, CodeText) {
		t.Fatalf("written %v, kept %v, %v", written, kept, err)
	}
	for _, name := range TemplateNames {
		got, _ := os.ReadFile(filepath.Join(dir, name))
		want, _ := mailFS.ReadFile("mail/" + name)
		if name == CodeText {
			want = []byte("mine {{.Code}}")
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if _, err := LoadTemplates(dir); err != nil {
		t.Errorf("written templates do not load: %v", err)
	}
}
