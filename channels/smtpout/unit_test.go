package smtpout

import (
	"context"
	"errors"
	"fmt"
	"net"
	"testing"

	"github.com/emersion/go-smtp"
	"github.com/sealpost/sealpost/policy"
)

func TestNextHops(t *testing.T) {
	mx := &fakeResolver{mxs: []*net.MX{{Host: "mx2.example.org.", Pref: 20}, {Host: "MX1.example.org.", Pref: 10},
		{Host: "mx1.example.org", Pref: 30}}}
	cases := []struct {
		name   string
		routes map[string]string
		domain string
		want   string
	}{
		{name: "MX by preference, deduplicated", domain: "example.org",
			want: "[{mx1.example.org mx1.example.org:25} {mx2.example.org mx2.example.org:25}]"},
		{name: "domain route", routes: map[string]string{"Example.ORG": "relay.partner.test:2525"}, domain: "example.org.",
			want: "[{relay.partner.test relay.partner.test:2525}]"},
		{name: "wildcard smarthost", routes: map[string]string{"*": "[smarthost.test]:587"}, domain: "other.test",
			want: "[{smarthost.test smarthost.test:587}]"},
		{name: "domain route beats wildcard", routes: map[string]string{"*": "a.test:1", "example.org": "b.test:2"},
			domain: "example.org", want: "[{b.test b.test:2}]"},
		{name: "route without port", routes: map[string]string{"*": "smart.test"}, domain: "x.test",
			want: "[{smart.test smart.test:25}]"},
		{name: "IP route", routes: map[string]string{"*": "[::1]:2525"}, domain: "x.test",
			want: "[{::1 [::1]:2525}]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := New(Config{Routes: tc.routes, Resolver: mx})
			hops, err := d.nextHops(context.Background(), tc.domain)
			if got := fmt.Sprint(hops); err != nil || got != tc.want {
				t.Errorf("hops = %s (err %v), want %s", got, err, tc.want)
			}
		})
	}
}

func TestNeedFor(t *testing.T) {
	v, s, p := policy.MethodTLSVerified, policy.MethodTLS, policy.MethodPlain
	cases := []struct {
		methods    []policy.Method
		requireTLS bool
		want       string // "min tls12 why" or "error"
	}{
		{[]policy.Method{v}, false, "tls-verified true method tls-verified"},
		{[]policy.Method{v, s, p}, false, "plain true method plain"},
		{[]policy.Method{p}, false, "plain false method plain"},
		{[]policy.Method{p}, true, "tls true REQUIRETLS"},
		{[]policy.Method{v, s}, true, "tls true method tls"},
		{[]policy.Method{policy.MethodPGP, v}, false, "tls-verified true method tls-verified"},
		{[]policy.Method{policy.MethodPickup}, false, "error"},
		{nil, false, "error"},
	}
	for _, tc := range cases {
		n, err := needFor(&Request{Methods: tc.methods, RequireTLS: tc.requireTLS})
		got := fmt.Sprintf("%s %v %s", n.min, n.tls12, n.why)
		if err != nil {
			got = "error"
		}
		if got != tc.want {
			t.Errorf("needFor(%v, %v) = %q, want %q", tc.methods, tc.requireTLS, got, tc.want)
		}
	}
}

func TestFirstMet(t *testing.T) {
	chain := []policy.Method{policy.MethodPGP, policy.MethodTLSVerified, policy.MethodTLS, policy.MethodPlain}
	cases := []struct {
		methods []policy.Method
		sec     security
		want    policy.Method
	}{
		{chain, secVerified, policy.MethodTLSVerified},
		{chain, secTLS, policy.MethodTLS},
		{chain, secPlain, policy.MethodPlain},
		{[]policy.Method{policy.MethodTLSVerified}, secTLS, ""},
		{[]policy.Method{policy.MethodPlain, policy.MethodTLS}, secVerified, policy.MethodPlain},
	}
	for _, tc := range cases {
		if got := firstMet(tc.methods, tc.sec); got != tc.want {
			t.Errorf("firstMet(%v, %v) = %q, want %q", tc.methods, tc.sec, got, tc.want)
		}
	}
}

func TestErrorText(t *testing.T) {
	h := hop{host: "mx.example.org", addr: "mx.example.org:25"}
	d := New(Config{})
	reply := &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "user\nunknown"}
	cases := []struct {
		err  error
		want string
		temp bool
	}{
		{reply, "smtpout: mx.example.org:25: 550 5.1.1 user unknown", false},
		{&smtp.SMTPError{Code: 421, Message: "closing"}, "smtpout: mx.example.org:25: 421 closing", true},
		{errors.New("read: connection reset"), "smtpout: mx.example.org:25: 4.4.2 read: connection reset", true},
		{&handshakeError{err: errors.New("bad record MAC")}, "smtpout: mx.example.org:25: 4.7.5 TLS handshake failed: bad record MAC", true},
	}
	for _, tc := range cases {
		e := d.errorFor(context.Background(), tc.err, h)
		if e.Error() != tc.want || e.Temporary != tc.temp {
			t.Errorf("errorFor(%v) = %q temporary %v, want %q %v", tc.err, e, e.Temporary, tc.want, tc.temp)
		}
		if !errors.Is(e, tc.err) {
			t.Errorf("errorFor(%v) does not wrap its cause", tc.err)
		}
	}
}
