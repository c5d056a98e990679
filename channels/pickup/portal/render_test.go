package portal

import (
	"regexp"
	"strings"
	"testing"
)

func TestDisplayName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"results.pdf", "results.pdf"},
		{"../../etc/passwd", "passwd"},
		{`C:\Users\ana\scan 1.png`, "scan 1.png"},
		{"a\"b;c\r\nd.txt", "a_b_c__d.txt"},
		{"résultat d'analyse.pdf", "résultat d_analyse.pdf"},
		{"...", "attachment-3"},
		{"", "attachment-3"},
		{strings.Repeat("x", 300) + ".pdf", strings.Repeat("x", 100)},
	}
	for _, tc := range cases {
		if got := displayName(tc.in, 3); got != tc.want {
			t.Errorf("displayName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDownloadType(t *testing.T) {
	cases := map[string]string{
		"application/pdf": "application/pdf", "image/png": "image/png", "text/plain": "text/plain",
		"text/html": "application/octet-stream", "image/svg+xml": "application/octet-stream",
		"application/x-msdownload": "application/octet-stream", "": "application/octet-stream",
	}
	for in, want := range cases {
		if got := downloadType(in); got != want {
			t.Errorf("downloadType(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRender(t *testing.T) {
	cases := []struct {
		name, msg    string
		want, reject []string
	}{
		{"plain text escaped",
			"Subject: =?utf-8?q?R=C3=A9sultats?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n<b>not bold</b>\r\nline 2\r\n",
			[]string{"Résultats", "&lt;b&gt;not bold&lt;/b&gt;", "line 2"}, []string{"<b>"}},
		{"latin-1",
			"Subject: x\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCaf=E9\r\n",
			[]string{"Café"}, nil},
		{"html only",
			"Subject: x\r\nContent-Type: text/html\r\n\r\n<div style=\"x\"><iframe src=\"https://a.example/\"></iframe><b>ok</b><a href=\"javascript:alert(1)\">j</a></div>\r\n",
			[]string{"<b>ok</b>"}, []string{"iframe", "style", "javascript"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := render(strings.NewReader(tc.msg))
			if err != nil {
				t.Fatal(err)
			}
			out := renderView(t, s)
			out = out[strings.Index(out, "<main>"):]
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("lacks %q:\n%s", w, out)
				}
			}
			for _, r := range tc.reject {
				if strings.Contains(out, r) {
					t.Errorf("holds %q:\n%s", r, out)
				}
			}
		})
	}
}

func renderView(t testing.TB, s *shown) string {
	t.Helper()
	var b strings.Builder
	if err := pages.ExecuteTemplate(&b, "view", page{Title: "t", Token: "tok", Message: s}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var (
	tagRe    = regexp.MustCompile(`<[^>]*>`)
	badTagRe = regexp.MustCompile(`^</?(script|iframe|object|embed|form|input|style|svg|math|link|meta|base)\b|\son[a-z]*=|javascript:|\sstyle=|\ssrc="[^"]`)
)

// FuzzRender: any message renders without panic, and nothing that runs
// or fetches survives into the page.
func FuzzRender(f *testing.F) {
	f.Add(testMessage(subject, bodyText))
	f.Add("Content-Type: text/html\r\n\r\n<svg onload=alert(1)><script>x</script><img src=//a.example>")
	f.Fuzz(func(t *testing.T, msg string) {
		s, err := render(strings.NewReader(msg))
		if err != nil {
			return
		}
		for _, tag := range tagRe.FindAllString(strings.ToLower(string(s.HTML)), -1) {
			if badTagRe.MatchString(tag) {
				t.Errorf("sanitised HTML holds %s", tag)
			}
		}
	})
}

// A header the parser chokes on is not quoted in the error the portal
// logs: it may be the patient's.
func TestParseErrorQuotesNothing(t *testing.T) {
	msg := "Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
		"Patient Ana Quispe MRN 7720431 has no colon\r\n\r\nbody\r\n--b--\r\n"
	_, err := render(strings.NewReader(msg))
	if err == nil {
		t.Fatal("go-message accepted the malformed part header: the test no longer makes a parse error")
	}
	if strings.Contains(err.Error(), "Quispe") || strings.Contains(err.Error(), "7720431") {
		t.Errorf("the parse error quotes the message: %v", err)
	}
}
