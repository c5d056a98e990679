package relay

import (
	"errors"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

func TestLoginServer(t *testing.T) {
	type step struct {
		resp, challenge string
		done            bool
	}
	cases := []struct {
		name  string
		steps []step
		user  string // what authenticate saw ("" if never called)
	}{
		{"no initial response", []step{{"", "Username:", false}, {"dr", "Password:", false}, {"pw", "", true}}, "dr"},
		{"initial response", []step{{"dr", "Password:", false}, {"pw", "", true}}, "dr"},
		{"empty password", []step{{"dr", "Password:", false}, {"", "", true}}, "dr"},
	}
	for _, c := range cases {
		var gotUser, gotPass string
		l := &loginServer{authenticate: func(u, p string) error { gotUser, gotPass = u, p; return nil }}
		for i, s := range c.steps {
			ch, done, err := l.Next([]byte(s.resp))
			if err != nil || string(ch) != s.challenge || done != s.done {
				t.Fatalf("%s: step %d: %q %v %v", c.name, i, ch, done, err)
			}
		}
		if gotUser != c.user || gotPass != c.steps[len(c.steps)-1].resp {
			t.Errorf("%s: authenticate(%q, %q)", c.name, gotUser, gotPass)
		}
		if _, _, err := l.Next([]byte("more")); err == nil {
			t.Errorf("%s: a response after the end was accepted", c.name)
		}
	}
	l := &loginServer{authenticate: func(string, string) error { return smtp.ErrAuthFailed }}
	l.Next([]byte("dr"))
	if _, _, err := l.Next([]byte("wrong")); !errors.Is(err, smtp.ErrAuthFailed) {
		t.Errorf("failed authentication: %v", err)
	}
}

func TestAuthThrottleWindow(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ip := netip.MustParseAddr("192.0.2.7")
	th := newAuthThrottle(3, 10*time.Minute, 100)
	th.fail(ip, t0)
	th.fail(ip, t0.Add(time.Minute))
	if th.blocked(ip, t0.Add(2*time.Minute)) {
		t.Fatal("blocked after 2 failures of 3")
	}
	th.fail(ip, t0.Add(9*time.Minute)) // 3rd within the window: locked for a window from now
	cases := []struct {
		at   time.Duration
		want bool
	}{{9 * time.Minute, true}, {18 * time.Minute, true}, {19 * time.Minute, false}}
	for _, c := range cases {
		if got := th.blocked(ip, t0.Add(c.at)); got != c.want {
			t.Errorf("blocked at +%v = %v, want %v", c.at, got, c.want)
		}
	}
	// Failures spread wider than the window never lock.
	other := netip.MustParseAddr("192.0.2.8")
	for i := range 10 {
		th.fail(other, t0.Add(time.Duration(i)*11*time.Minute))
		if th.blocked(other, t0.Add(time.Duration(i)*11*time.Minute)) {
			t.Fatalf("locked by failures %v apart", 11*time.Minute)
		}
	}
}

func TestAuthThrottleIPv6Prefix(t *testing.T) {
	now := time.Now()
	th := newAuthThrottle(2, time.Hour, 100)
	th.fail(netip.MustParseAddr("2001:db8:1:2::1"), now)
	th.fail(netip.MustParseAddr("2001:db8:1:2::ffff"), now)
	if !th.blocked(netip.MustParseAddr("2001:db8:1:2:aaaa::3"), now) {
		t.Error("an IPv6 client escaped the lock-out by changing its interface ID")
	}
	if th.blocked(netip.MustParseAddr("2001:db8:1:3::1"), now) {
		t.Error("the next /64 was locked out too")
	}
}

func TestAuthThrottleBounded(t *testing.T) {
	now := time.Now()
	th := newAuthThrottle(1, time.Hour, 50)
	for i := range 1000 {
		th.fail(netip.AddrFrom4([4]byte{10, 0, byte(i >> 8), byte(i)}), now.Add(time.Duration(i)*time.Millisecond))
	}
	if n := th.size(); n > 50 {
		t.Fatalf("throttle holds %d addresses, bound is 50", n)
	}
	last := netip.AddrFrom4([4]byte{10, 0, 999 >> 8, 999 & 0xff})
	if !th.blocked(last, now.Add(time.Second)) {
		t.Error("the latest offender was forgotten first")
	}
}

func TestLogsKeepSecrets(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.submission)
	d.greet()
	d.starttls(e)
	d.authPlain(testUser, "wrong-guess-123")
	d.authPlain(testUser, testPass)
	body := "From: <" + testUser + ">\r\nTo: <pat.jones@example.net>\r\nSubject: hiv-test-result\r\n\r\npatient-diagnosis\r\n.\r\n"
	if got := d.transaction(testUser, body, "pat.jones@example.net"); !strings.HasPrefix(got, "250") {
		t.Fatal(got)
	}
	d.transaction(testUser, "From: <ceo@other.example>\r\nSubject: hiv-test-result\r\n\r\nx\r\n.\r\n", "pat.jones@example.net")
	d.expect("QUIT", "221")
	time.Sleep(50 * time.Millisecond)
	logs := e.logs.String()
	for _, want := range []string{"auth ok", "auth failed", "message accepted", "message refused", "code=550", "rcpts=1", "connection"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
	for _, secret := range []string{testPass, "wrong-guess-123", "hiv-test-result", "patient-diagnosis", "pat.jones", "ceo@other"} {
		if strings.Contains(logs, secret) {
			t.Errorf("logs contain %q:\n%s", secret, logs)
		}
	}
}
