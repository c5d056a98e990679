package pickup

import (
	"strings"
	"testing"
	"time"
)

func TestCodeMailCarriesOnlyTheCode(t *testing.T) {
	m := Mail{FromName: "Secure Message", From: "no-reply@relay.test", To: "pat@example.net", Date: time.Unix(0, 0)}
	cases := []struct {
		valid time.Duration
		want  string
	}{{10 * time.Minute, "valid for 10 minutes"}, {time.Hour, "valid for 1 hour"}, {90 * time.Second, "valid for 1m30s"}}
	for _, tc := range cases {
		b, err := CodeMail(m, "12345678", tc.valid)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if !strings.Contains(s, "\r\nSubject: Your verification code\r\n") || !strings.Contains(s, "12345678") ||
			!strings.Contains(s, tc.want) || !strings.HasPrefix(s, `From: "Secure Message" <no-reply@relay.test>`+"\r\n") {
			t.Errorf("code mail:\n%s", s)
		}
		if strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") {
			t.Error("code mail has a bare LF")
		}
	}
}

func TestNoticeEncodesDisplayName(t *testing.T) {
	cases := map[string]string{`Secure Message`: `"Secure Message"`, `Sécure`: `=?utf-8?q?S=C3=A9cure?=`}
	for in, want := range cases {
		if got := displayName(in); got != want {
			t.Errorf("displayName(%q) = %q, want %q", in, got, want)
		}
	}
	b, err := Notice(Mail{FromName: "X", From: "a@b.example", To: "c@d.example"}, Link{URL: "https://p.example/p/tok", Expires: time.Date(2027, 1, 2, 3, 4, 0, 0, time.UTC)})
	if err != nil || !strings.Contains(string(b), "2 January 2027, 03:04 UTC") || !strings.Contains(string(b), "multipart/alternative") {
		t.Errorf("notice (%v):\n%s", err, b)
	}
}

// TestNoticeSaysHowToProve: the notice tells a recipient of a passcode
// pickup to have the sender's passcode at hand, and others that their
// address will be checked; in both parts.
func TestNoticeSaysHowToProve(t *testing.T) {
	m := Mail{FromName: "X", From: "a@b.example", To: "c@d.example"}
	for _, passcode := range []bool{false, true} {
		b, err := Notice(m, Link{URL: "https://p.example/p/tok", Expires: time.Now().Add(time.Hour), Passcode: passcode})
		if err != nil {
			t.Fatal(err)
		}
		s := strings.ReplaceAll(string(b), "=\r\n", "")
		if got := strings.Count(s, "passcode the sender gave you"); got != 2 && passcode || got != 0 && !passcode {
			t.Errorf("passcode %v: %d parts ask for the passcode:\n%s", passcode, got, s)
		}
		if got := strings.Count(s, "confirm your email address"); got != 2 && !passcode || got != 0 && passcode {
			t.Errorf("passcode %v: %d parts ask to confirm the address:\n%s", passcode, got, s)
		}
	}
}

func TestTexts(t *testing.T) {
	if got, want := CodeSMS("Secure Message", "12345678", 10*time.Minute), "Secure Message: your verification code is 12345678. It is valid for 10 minutes."; got != want {
		t.Errorf("CodeSMS = %q, want %q", got, want)
	}
	link := "https://p.example/p/tok"
	if got := LinkSMS("Secure Message", link, false); got != "Secure Message: you have a secure message. Open it here: "+link {
		t.Errorf("LinkSMS = %q", got)
	}
	if got := LinkSMS("Secure Message", link, true); !strings.Contains(got, link) || !strings.Contains(got, "passcode the sender gave you") {
		t.Errorf("LinkSMS with a passcode = %q", got)
	}
}
