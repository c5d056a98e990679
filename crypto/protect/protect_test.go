package protect

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/emersion/go-message/textproto"
)

// clear is an Encrypter that does not encrypt: it shows what Wrap hands
// to a real one.
type clear struct{ err error }

func (clear) Header() textproto.Header {
	var h textproto.Header
	h.Add("Content-Type", "application/x-test")
	return h
}

func (c clear) Encrypt(w io.Writer, r io.Reader) error {
	if c.err != nil {
		return c.err
	}
	_, err := io.Copy(w, r)
	return err
}

const original = "Received: from ehr.example.org by relay\r\n" +
	"From: Clinic <frontdesk@clinic.example.org>\r\n" +
	"To: pat@example.net\r\n" +
	"Subject: =?utf-8?q?Your_biopsy_results_=E2=80=93_Ana_Rivera?=\r\n" +
	"Date: Tue, 01 Dec 2026 10:00:00 +0000\r\n" +
	"Message-ID: <abc@clinic.example.org>\r\n" +
	"X-Sensitivity: PHI\r\n" +
	"Keywords: oncology,\r\n pathology\r\n" +
	"Thread-Topic: Your biopsy results\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: multipart/mixed; boundary=\"b1\"\r\n" +
	"Content-Transfer-Encoding: 7bit\r\n" +
	"\r\n" +
	"--b1\r\nContent-Type: text/plain\r\n\r\nThe biopsy was benign.\r\n--b1--\r\n"

func wrap(t *testing.T, msg string) (outer textproto.Header, inner textproto.Header, innerBody string) {
	t.Helper()
	var out bytes.Buffer
	if err := Wrap(&out, strings.NewReader(msg), clear{}, Options{Subject: "Secure message"}); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(&out)
	outer, err := textproto.ReadHeader(br)
	if err != nil {
		t.Fatal(err)
	}
	inner, err = textproto.ReadHeader(br)
	if err != nil {
		t.Fatal(err)
	}
	rest, _ := io.ReadAll(br)
	return outer, inner, string(rest)
}

func TestWrapOuterHeader(t *testing.T) {
	outer, _, _ := wrap(t, original)
	if got := outer.Get("Subject"); got != "Secure message" {
		t.Errorf("outer Subject %q", got)
	}
	for _, k := range []string{"X-Sensitivity", "Keywords", "Thread-Topic"} {
		if outer.Has(k) {
			t.Errorf("outer header keeps %s: %q", k, outer.Get(k))
		}
	}
	for _, k := range []string{"Received", "From", "To", "Date", "Message-Id"} {
		if !outer.Has(k) {
			t.Errorf("outer header lost %s", k)
		}
	}
	if got := outer.Values("Content-Type"); len(got) != 1 || got[0] != "application/x-test" {
		t.Errorf("outer Content-Type %q, want only the encrypter's", got)
	}
	if outer.Has("Content-Transfer-Encoding") {
		t.Error("outer header keeps the original Content-Transfer-Encoding")
	}
	if outer.Get("Mime-Version") != "1.0" {
		t.Error("no MIME-Version on the outer header")
	}
}

func TestWrapInnerEntity(t *testing.T) {
	_, inner, body := wrap(t, original)
	if got := inner.Get("Subject"); !strings.Contains(got, "biopsy") {
		t.Errorf("inner Subject %q, want the real one", got)
	}
	if got := inner.Get("Keywords"); got != "oncology, pathology" {
		t.Errorf("inner Keywords %q", got)
	}
	if got := inner.Values("Hp-Outer"); !containsAll(got, "Subject: Secure message", "From: Clinic <frontdesk@clinic.example.org>") || containsAll(got, "X-Sensitivity: PHI") {
		t.Errorf("HP-Outer %q", got)
	}
	ct := inner.Get("Content-Type")
	for _, want := range []string{"multipart/mixed", `boundary=b1`, `hp=cipher`, `protected-headers=v1`} {
		if !strings.Contains(ct, want) {
			t.Errorf("inner Content-Type %q lacks %s", ct, want)
		}
	}
	if inner.Get("Content-Transfer-Encoding") != "7bit" || inner.Has("Received") {
		t.Errorf("inner header fields wrong: %v", inner.Map())
	}
	_, origBody, _ := strings.Cut(original, "\r\n\r\n")
	if body != origBody {
		t.Errorf("inner body changed:\n%q\nwant\n%q", body, origBody)
	}
}

func TestWrapPlainMessage(t *testing.T) {
	_, inner, body := wrap(t, "From: a@example.org\r\nSubject: hi\r\n\r\nline\r\n")
	if got := inner.Get("Content-Type"); got != `text/plain; charset=us-ascii; hp=cipher; protected-headers=v1` {
		t.Errorf("inner Content-Type %q", got)
	}
	if body != "line\r\n" {
		t.Errorf("body %q", body)
	}
}

func TestWrapErrors(t *testing.T) {
	var out bytes.Buffer
	if err := Wrap(&out, strings.NewReader(" folded first line\r\n\r\n"), clear{}, Options{}); !errors.Is(err, ErrNoHeader) {
		t.Errorf("bad header: %v", err)
	}
	if out.Len() != 0 {
		t.Errorf("wrote %q for a bad header", out.String())
	}
	boom := errors.New("boom")
	if err := Wrap(&out, strings.NewReader(original), clear{err: boom}, Options{}); !errors.Is(err, boom) {
		t.Errorf("encrypter error lost: %v", err)
	}
}

func TestDefaultSubject(t *testing.T) {
	var out bytes.Buffer
	if err := Wrap(&out, strings.NewReader(original), clear{}, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\r\nSubject: [...]\r\n") {
		t.Errorf("no placeholder Subject:\n%s", out.String())
	}
}

func containsAll(have []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			found = found || h == w
		}
		if !found {
			return false
		}
	}
	return true
}
