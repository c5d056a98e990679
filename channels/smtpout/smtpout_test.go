package smtpout

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/sealpost/sealpost/internal/testutil"
	"github.com/sealpost/sealpost/policy"
)

const body = "From: <clinic@sender.test>\r\nTo: <alice@example.org>\r\nSubject: reminder\r\n\r\n" +
	"Your appointment SECRET-BODY-MARKER.\r\n.a line that starts with a dot\r\n"

var (
	verifiedOnly = []policy.Method{policy.MethodTLSVerified}
	anyTransport = []policy.Method{policy.MethodTLSVerified, policy.MethodTLS, policy.MethodPlain}
)

func request(methods []policy.Method, rcpts ...string) *Request {
	if len(rcpts) == 0 {
		rcpts = []string{"alice@example.org"}
	}
	return &Request{From: "clinic@sender.test", Domain: "example.org", Recipients: rcpts,
		Methods: methods, Body: []byte(body)}
}

// rcptErr returns the *Error of recipient i, failing if there is none.
func rcptErr(t *testing.T, res *Result, i int) *Error {
	t.Helper()
	var e *Error
	if !errors.As(res.Rcpts[i].Err, &e) {
		t.Fatalf("rcpt %d: err = %v, want *Error", i, res.Rcpts[i].Err)
	}
	return e
}

func TestMethodEnforcement(t *testing.T) {
	p := newPKI(t)
	cases := []struct {
		name       string
		server     serverKind
		methods    []policy.Method
		requireTLS bool
		advertRTLS bool // server offers REQUIRETLS

		delivered  bool
		method     policy.Method
		tls        string
		verified   bool
		errHas     string // for undelivered
		sawRTLS    bool   // server saw MAIL ... REQUIRETLS
		mailsTotal int
		conns      int64 // connections the server accepted, if not 1
	}{
		{name: "verified to trusted", server: trusted, methods: verifiedOnly,
			delivered: true, method: policy.MethodTLSVerified, tls: "TLS1.3", verified: true, mailsTotal: 1},
		{name: "verified to untrusted", server: untrusted, methods: verifiedOnly,
			errHas: "tls-verified required but certificate of 127.0.0.1 not verified: x509: certificate signed by unknown authority"},
		{name: "verified to no STARTTLS", server: plain, methods: verifiedOnly,
			errHas: "127.0.0.1 does not offer STARTTLS; method tls-verified forbids clear text"},
		{name: "chain to untrusted", server: untrusted, methods: anyTransport,
			delivered: true, method: policy.MethodTLS, tls: "TLS1.3", mailsTotal: 1},
		{name: "chain to no STARTTLS", server: plain, methods: anyTransport,
			delivered: true, method: policy.MethodPlain, mailsTotal: 1},
		{name: "tls to no STARTTLS", server: plain, methods: []policy.Method{policy.MethodTLS},
			errHas: "does not offer STARTTLS; method tls forbids clear text"},
		{name: "TLS 1.1 refused for tls-verified", server: oldTLS, methods: verifiedOnly,
			errHas: "4.7.5 TLS handshake failed"},
		{name: "TLS 1.1 accepted when plain is", server: oldTLS, methods: []policy.Method{policy.MethodPlain},
			delivered: true, method: policy.MethodPlain, tls: "TLS1.1", verified: true, mailsTotal: 1},
		{name: "failed handshake falls back to clear text", server: oldTLS, methods: anyTransport,
			delivered: true, method: policy.MethodPlain, mailsTotal: 1, conns: 2},
		{name: "plain still encrypts when offered", server: trusted, methods: []policy.Method{policy.MethodPlain},
			delivered: true, method: policy.MethodPlain, tls: "TLS1.3", verified: true, mailsTotal: 1},
		{name: "requiretls to no STARTTLS", server: plain, methods: anyTransport, requireTLS: true,
			errHas: "does not offer STARTTLS; REQUIRETLS forbids clear text"},
		{name: "requiretls passed when offered", server: trusted, methods: anyTransport, requireTLS: true, advertRTLS: true,
			delivered: true, method: policy.MethodTLSVerified, tls: "TLS1.3", verified: true, sawRTLS: true, mailsTotal: 1},
		{name: "requiretls not passed when not offered", server: untrusted, methods: anyTransport, requireTLS: true,
			delivered: true, method: policy.MethodTLS, tls: "TLS1.3", mailsTotal: 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ts := startServer(t, p, tc.server, "127.0.0.1:0", func(ts *testServer) {
				ts.srv.EnableREQUIRETLS = tc.advertRTLS
			})
			d := newDeliverer(t, p, routeTo(ts))
			req := request(tc.methods)
			req.RequireTLS = tc.requireTLS
			res := d.Deliver(context.Background(), req)

			mails, datas, _ := ts.be.snapshot()
			if mails != tc.mailsTotal {
				t.Errorf("server saw %d MAIL, want %d", mails, tc.mailsTotal)
			}
			if n, want := ts.ln.accepted.Load(), max(tc.conns, 1); n != want {
				t.Errorf("server accepted %d connections, want %d", n, want)
			}
			if res.RemoteHost != ts.addr {
				t.Errorf("RemoteHost = %q, want %q", res.RemoteHost, ts.addr)
			}
			if !tc.delivered {
				if datas != 0 {
					t.Errorf("server Data called %d times", datas)
				}
				e := rcptErr(t, res, 0)
				if !e.Temporary || !strings.Contains(e.Error(), tc.errHas) {
					t.Errorf("err = %v (temporary %v), want temporary containing %q", e, e.Temporary, tc.errHas)
				}
				if res.Method != "" {
					t.Errorf("Method = %q for an undelivered message", res.Method)
				}
				return
			}
			if res.Rcpts[0].Err != nil || datas != 1 {
				t.Fatalf("not delivered: err %v, server Data %d", res.Rcpts[0].Err, datas)
			}
			got := fmt.Sprintf("%s %s %v", res.Method, res.TLSVersion, res.Verified)
			if want := fmt.Sprintf("%s %s %v", tc.method, tc.tls, tc.verified); got != want {
				t.Errorf("method/tls/verified = %q, want %q", got, want)
			}
			ts.be.mu.Lock()
			defer ts.be.mu.Unlock()
			if ts.be.mailTLS[0] != (tc.tls != "") || ts.be.requireTLS[0] != tc.sawRTLS {
				t.Errorf("server saw TLS %v REQUIRETLS %v", ts.be.mailTLS[0], ts.be.requireTLS[0])
			}
			if string(ts.be.bodies[0]) != body {
				t.Errorf("body altered:\n%q\nwant\n%q", ts.be.bodies[0], body)
			}
		})
	}
}

func TestReplies(t *testing.T) {
	p := newPKI(t)
	unknown := &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
	full := &smtp.SMTPError{Code: 452, EnhancedCode: smtp.EnhancedCode{4, 2, 2}, Message: "mailbox full"}
	busy := &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try later"}
	cases := []struct {
		name    string
		setup   func(*backend)
		rcpts   []string
		want    []string // per recipient: "" accepted, else "code enhanced temporary"
		datas   int
		stored  []string // recipients the server took
		rejects int
	}{
		{name: "one RCPT refused", setup: func(b *backend) { b.reject = map[string]*smtp.SMTPError{"bob@example.org": unknown} },
			rcpts: []string{"alice@example.org", "bob@example.org", "carol@example.org"},
			want:  []string{"", "550 5.1.1 false", ""}, datas: 1},
		{name: "temporary RCPT refusal", setup: func(b *backend) { b.reject = map[string]*smtp.SMTPError{"bob@example.org": full} },
			rcpts: []string{"alice@example.org", "bob@example.org"},
			want:  []string{"", "452 4.2.2 true"}, datas: 1},
		{name: "every RCPT refused: no DATA", setup: func(b *backend) { b.reject = map[string]*smtp.SMTPError{"bob@example.org": unknown} },
			rcpts: []string{"bob@example.org"}, want: []string{"550 5.1.1 false"}, datas: 0},
		{name: "DATA 4xx applies to accepted recipients", setup: func(b *backend) {
			b.dataErr = busy
			b.reject = map[string]*smtp.SMTPError{"bob@example.org": unknown}
		},
			rcpts: []string{"alice@example.org", "bob@example.org", "carol@example.org"},
			want:  []string{"451 4.3.0 true", "550 5.1.1 false", "451 4.3.0 true"}, datas: 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ts := startServer(t, p, trusted, "127.0.0.1:0", func(ts *testServer) { tc.setup(ts.be) })
			d := newDeliverer(t, p, routeTo(ts))
			res := d.Deliver(context.Background(), request(verifiedOnly, tc.rcpts...))
			for i, want := range tc.want {
				if res.Rcpts[i].Addr != tc.rcpts[i] {
					t.Errorf("rcpt %d addr = %q", i, res.Rcpts[i].Addr)
				}
				got := ""
				if res.Rcpts[i].Err != nil {
					e := rcptErr(t, res, i)
					got = fmt.Sprintf("%d %s %v", e.Code, e.Enhanced, e.Temporary)
				}
				if got != want {
					t.Errorf("rcpt %d: %q, want %q (err %v)", i, got, want, res.Rcpts[i].Err)
				}
			}
			if _, datas, _ := ts.be.snapshot(); datas != tc.datas {
				t.Errorf("server Data %d, want %d", datas, tc.datas)
			}
		})
	}
}

func TestMXLookup(t *testing.T) {
	p := newPKI(t)
	live := startServer(t, p, trusted, "127.0.0.1:0")
	port := live.port(t)
	other := startServer(t, p, trusted, net.JoinHostPort("127.0.0.3", strconv.Itoa(port)))
	cases := []struct {
		name    string
		mxs     []*net.MX
		err     error
		domain  string
		want    *testServer // server that gets the message; nil: none
		host    string      // expected RemoteHost when not want.addr
		errHas  string
		tempErr bool
	}{
		{name: "first MX refuses connections", want: live, mxs: []*net.MX{
			{Host: "127.0.0.1.", Pref: 20}, {Host: "127.0.0.2.", Pref: 10}}},
		{name: "preference order", want: other, mxs: []*net.MX{
			{Host: "127.0.0.1", Pref: 20}, {Host: "127.0.0.3", Pref: 5}}},
		{name: "no MX: domain is the implicit MX", want: live, domain: "localhost",
			host: net.JoinHostPort("localhost", strconv.Itoa(port)),
			err:  &net.DNSError{Err: "no such host", Name: "localhost", IsNotFound: true}},
		{name: "null MX", mxs: []*net.MX{{Host: ".", Pref: 0}}, errHas: "does not accept mail (null MX)"},
		{name: "lookup failure is temporary", err: &net.DNSError{Err: "server misbehaving", IsTemporary: true},
			errHas: "MX lookup for example.org failed", tempErr: true},
		{name: "every MX down", mxs: []*net.MX{{Host: "127.0.0.2", Pref: 10}},
			errHas: "connection refused", tempErr: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := map[*testServer]int{}
			for _, s := range []*testServer{live, other} {
				_, before[s], _ = s.be.snapshot()
			}
			d := newDeliverer(t, p, func(c *Config) {
				c.Port = port
				c.Resolver = &fakeResolver{mxs: tc.mxs, err: tc.err}
			})
			req := request(verifiedOnly)
			if tc.domain != "" {
				req.Domain = tc.domain
			}
			res := d.Deliver(context.Background(), req)
			for _, s := range []*testServer{live, other} {
				_, n, _ := s.be.snapshot()
				if got, want := n-before[s], map[bool]int{true: 1}[s == tc.want]; got != want {
					t.Errorf("server %s got %d messages, want %d", s.addr, got, want)
				}
			}
			if tc.want != nil {
				host := tc.host
				if host == "" {
					host = tc.want.addr
				}
				if res.Rcpts[0].Err != nil || res.RemoteHost != host || !res.Verified {
					t.Fatalf("err %v host %s verified %v, want host %s", res.Rcpts[0].Err, res.RemoteHost, res.Verified, host)
				}
				return
			}
			e := rcptErr(t, res, 0)
			if !strings.Contains(e.Error(), tc.errHas) || e.Temporary != tc.tempErr {
				t.Errorf("err = %v (temporary %v), want %q (temporary %v)", e, e.Temporary, tc.errHas, tc.tempErr)
			}
		})
	}
}

func TestConnectionReuse(t *testing.T) {
	p := newPKI(t)
	ts := startServer(t, p, trusted, "127.0.0.1:0")
	d := newDeliverer(t, p, routeTo(ts))
	for i := range 5 {
		methods := verifiedOnly
		if i%2 == 1 {
			methods = anyTransport // a verified connection also serves weaker demands
		}
		res := d.Deliver(context.Background(), request(methods))
		if res.Rcpts[0].Err != nil || !res.Verified {
			t.Fatalf("delivery %d: %v verified %v", i, res.Rcpts[0].Err, res.Verified)
		}
	}
	if n := ts.ln.accepted.Load(); n != 1 {
		t.Errorf("server accepted %d connections for 5 deliveries, want 1", n)
	}
	if _, datas, _ := ts.be.snapshot(); datas != 5 {
		t.Errorf("server got %d messages, want 5", datas)
	}
	d.Close()
	ts.waitActive(t, 0) // Close ended the idle connection
}

func TestReuseNeverWeakensSecurity(t *testing.T) {
	p := newPKI(t)
	ts := startServer(t, p, untrusted, "127.0.0.1:0")
	d := newDeliverer(t, p, routeTo(ts))
	if res := d.Deliver(context.Background(), request(anyTransport)); res.Method != policy.MethodTLS {
		t.Fatalf("first delivery: method %q err %v", res.Method, res.Rcpts[0].Err)
	}
	res := d.Deliver(context.Background(), request(verifiedOnly))
	if res.Rcpts[0].Err == nil {
		t.Fatal("tls-verified delivered over an unverified connection")
	}
	if mails, _, _ := ts.be.snapshot(); mails != 1 {
		t.Errorf("server saw %d MAIL, want 1", mails)
	}
	if n := ts.ln.accepted.Load(); n != 2 {
		t.Errorf("server accepted %d connections, want 2 (the unverified one is not reused)", n)
	}
}

func TestReuseRetriesOnFreshConnection(t *testing.T) {
	p := newPKI(t)
	ts := startServer(t, p, trusted, "127.0.0.1:0")
	d := newDeliverer(t, p, routeTo(ts))
	if res := d.Deliver(context.Background(), request(verifiedOnly)); res.Rcpts[0].Err != nil {
		t.Fatal(res.Rcpts[0].Err)
	}
	ts.be.mu.Lock()
	ts.be.conns[len(ts.be.conns)-1].Conn().Close() // the server drops the idle connection
	ts.be.mu.Unlock()
	ts.waitActive(t, 0)

	res := d.Deliver(context.Background(), request(verifiedOnly))
	if res.Rcpts[0].Err != nil {
		t.Fatalf("delivery after the server closed the idle connection: %v", res.Rcpts[0].Err)
	}
	if n := ts.ln.accepted.Load(); n != 2 {
		t.Errorf("server accepted %d connections, want 2", n)
	}
}

func TestIdleTimeout(t *testing.T) {
	p := newPKI(t)
	ts := startServer(t, p, trusted, "127.0.0.1:0")
	d := newDeliverer(t, p, func(c *Config) {
		routeTo(ts)(c)
		c.IdleTimeout = 50 * time.Millisecond
	})
	if res := d.Deliver(context.Background(), request(verifiedOnly)); res.Rcpts[0].Err != nil {
		t.Fatal(res.Rcpts[0].Err)
	}
	ts.waitActive(t, 0)
	if res := d.Deliver(context.Background(), request(verifiedOnly)); res.Rcpts[0].Err != nil {
		t.Fatal(res.Rcpts[0].Err)
	}
	if n := ts.ln.accepted.Load(); n != 2 {
		t.Errorf("server accepted %d connections, want 2", n)
	}
}

func TestPerDestinationLimit(t *testing.T) {
	p := newPKI(t)
	ts := startServer(t, p, trusted, "127.0.0.1:0", func(ts *testServer) { ts.be.dataDelay = 30 * time.Millisecond })
	d := newDeliverer(t, p, func(c *Config) {
		routeTo(ts)(c)
		c.PerDestination = 2
	})
	var wg sync.WaitGroup
	errs := make(chan error, 12)
	for range 12 {
		wg.Go(func() {
			if err := d.Deliver(context.Background(), request(verifiedOnly)).Rcpts[0].Err; err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if m := ts.ln.maxActive.Load(); m > 2 {
		t.Errorf("server saw %d concurrent connections, limit 2", m)
	}
	if _, datas, _ := ts.be.snapshot(); datas != 12 {
		t.Errorf("server got %d messages, want 12", datas)
	}
}

func TestSlotWaitHonorsContext(t *testing.T) {
	p := newPKI(t)
	gate := make(chan struct{})
	ts := startServer(t, p, trusted, "127.0.0.1:0", func(ts *testServer) { ts.be.dataGate = gate })
	d := newDeliverer(t, p, func(c *Config) {
		routeTo(ts)(c)
		c.PerDestination = 1
	})
	first := make(chan *Result)
	go func() { first <- d.Deliver(context.Background(), request(verifiedOnly)) }()
	deadline := time.Now().Add(5 * time.Second)
	for ts.ln.accepted.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	res := d.Deliver(ctx, request(verifiedOnly))
	e := rcptErr(t, res, 0)
	if !errors.Is(e, context.DeadlineExceeded) || !e.Temporary {
		t.Errorf("err = %v, want temporary deadline exceeded", e)
	}
	gate <- struct{}{}
	if r := <-first; r.Rcpts[0].Err != nil {
		t.Errorf("first delivery: %v", r.Rcpts[0].Err)
	}
	if n := ts.ln.accepted.Load(); n != 1 {
		t.Errorf("server accepted %d connections, want 1", n)
	}
}

func TestCancelDuringData(t *testing.T) {
	p := newPKI(t)
	gate := make(chan struct{})
	ts := startServer(t, p, trusted, "127.0.0.1:0", func(ts *testServer) { ts.be.dataGate = gate })
	defer close(gate)
	d := newDeliverer(t, p, routeTo(ts))
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	res := d.Deliver(ctx, request(verifiedOnly))
	if e := rcptErr(t, res, 0); !e.Temporary || !errors.Is(e, context.DeadlineExceeded) {
		t.Errorf("err = %v, want temporary deadline exceeded", e)
	}
	if el := time.Since(start); el > 3*time.Second {
		t.Errorf("Deliver took %v after its context expired", el)
	}
}

// TestSTARTTLSResponseInjection checks that bytes sent after the 220 reply
// to STARTTLS (before the handshake) make the connection fail.
func TestSTARTTLSResponseInjection(t *testing.T) {
	p := newPKI(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	sawMail := make(chan bool, 1)
	go scriptedServer(l, sawMail)
	d := newDeliverer(t, p, func(c *Config) { c.Routes = map[string]string{"*": l.Addr().String()} })
	res := d.Deliver(context.Background(), request(verifiedOnly))
	e := rcptErr(t, res, 0)
	if !strings.Contains(e.Error(), "data after the STARTTLS reply") || !e.Temporary {
		t.Errorf("err = %v", e)
	}
	if <-sawMail {
		t.Error("server saw MAIL")
	}
}

func scriptedServer(l net.Listener, sawMail chan<- bool) {
	c, err := l.Accept()
	if err != nil {
		sawMail <- false
		return
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	r := bufio.NewReader(c)
	fmt.Fprint(c, "220 mx.test ESMTP\r\n")
	mail := false
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			break
		}
		switch cmd := strings.ToUpper(strings.TrimSpace(line)); {
		case strings.HasPrefix(cmd, "EHLO"):
			fmt.Fprint(c, "250-mx.test\r\n250 STARTTLS\r\n")
		case cmd == "STARTTLS":
			fmt.Fprint(c, "220 go ahead\r\n250 injected\r\n")
		case strings.HasPrefix(cmd, "MAIL"):
			mail = true
		}
	}
	sawMail <- mail
}

func TestLogsHoldNoContent(t *testing.T) {
	p := newPKI(t)
	ts := startServer(t, p, trusted, "127.0.0.1:0", func(ts *testServer) {
		ts.be.reject = map[string]*smtp.SMTPError{"bob@example.org": {Code: 550, Message: "no"}}
	})
	for _, level := range []slog.Level{slog.LevelInfo, slog.LevelDebug} {
		var buf testutil.Buffer
		d := newDeliverer(t, p, func(c *Config) {
			routeTo(ts)(c)
			c.Logger = slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: level}))
		})
		d.Deliver(context.Background(), request(verifiedOnly, "alice@example.org", "bob@example.org"))
		d.Close()
		logs := buf.String()
		if !strings.Contains(logs, ts.addr) {
			t.Errorf("level %v: logs do not name the host:\n%s", level, logs)
		}
		if strings.Contains(logs, "SECRET-BODY-MARKER") || strings.Contains(logs, "reminder") {
			t.Errorf("level %v: logs hold message content:\n%s", level, logs)
		}
		if leaked := strings.Contains(logs, "alice"); leaked != (level == slog.LevelDebug) {
			t.Errorf("level %v: local part in logs = %v:\n%s", level, leaked, logs)
		}
	}
}
