package conf

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/yamlx"
)

// TestBadConfigs compares each testdata/bad/NAME.yaml's error text with
// NAME.expected-error (run with UPDATE_GOLDEN=1 to rewrite them).
func TestBadConfigs(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			c, err := Load(f)
			if err == nil {
				t.Fatalf("bad config loaded: %+v", c)
			}
			var es yamlx.Errors
			if !errors.As(err, &es) {
				t.Errorf("error is %T, want yamlx.Errors", err)
			}
			golden := strings.TrimSuffix(f, ".yaml") + ".expected-error"
			if os.Getenv("UPDATE_GOLDEN") == "1" {
				writeFile(t, golden, err.Error()+"\n")
			}
			want, rerr := os.ReadFile(golden)
			if rerr != nil {
				t.Fatal(rerr)
			}
			if got := err.Error() + "\n"; got != string(want) {
				t.Errorf("error text:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestGoodConfig(t *testing.T) {
	c, err := Load("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Hostname:   "mail.clinic.example",
		DataDir:    "testdata/var/sealpost",
		PolicyFile: "/etc/sealpost/policy.yaml",
		Listeners: Listeners{
			Submission:  Listener{Address: "0.0.0.0:587", AllowNetworks: []string{"10.0.0.0/8", "fd00::/8"}},
			Submissions: Listener{Address: "[::1]:465"},
			Relay: Listener{Address: ":2525", AllowNetworks: []string{"192.168.10.0/24"},
				MaySendAs: []string{"@clinic.example", "lab@partner.example", "*"}},
		},
		TLS: TLS{CertFile: "testdata/certs/fullchain.pem", KeyFile: "/etc/ssl/private/relay.key"},
		Limits: Limits{
			MaxMessageSize: 10_000_000, MaxRecipients: 50, MaxLineLength: 2000,
			CommandTimeout: 2 * time.Minute, DataTimeout: time.Hour, DataIdleTimeout: 90 * time.Second,
			AuthFailures: 3, AuthWindow: 90 * time.Minute, MaxConnections: 64,
		},
		DKIM: []DKIMKey{
			{Domain: "clinic.example", Selector: "s2025", KeyFile: "testdata/dkim/s2025.private"},
			{Domain: "clinic.example", Selector: "ed", KeyFile: "/keys/ed.pem"},
		},
		Delivery: Delivery{
			Routes:       map[string]string{"partner.example": "mx.partner.example:2525", "*": "smarthost.example:587"},
			ExtraCAFiles: []string{"testdata/ca/private.pem"},
			HeloName:     "out.clinic.example", Port: 2525, Concurrency: 4, PerDestination: 2,
			ConnectTimeout: 10 * time.Second, CommandTimeout: time.Minute,
			RetryMin: 30 * time.Second, RetryMax: 2 * time.Hour, Expire: 72 * time.Hour,
		},
		Keys: Keys{WKD: false, WKDTimeout: 2 * time.Second, CacheTTL: 30 * time.Minute,
			SMIMERootFiles: []string{"testdata/ca/smime-roots.pem"},
			PGPSigningKey:  Secret{File: "/etc/sealpost/org-pgp.asc"}, PGPPassphrase: Secret{Env: "SEALPOST_PGP_PASSPHRASE"},
			SMIMECertFile: "/etc/sealpost/org-smime.pem", SMIMESigningKey: Secret{File: "/etc/sealpost/org-smime.key"}},
		Pickup: Pickup{Listen: "0.0.0.0:8443", BaseURL: "https://pickup.clinic.example", TLS: false,
			Expire: 168 * time.Hour, MaxViews: 3, NoticeFrom: "secure@clinic.example", NoticeName: "Clinic Secure Mail",
			Templates: "testdata/pickup-templates"},
		SMS: SMS{Domain: "sms.clinic.example", Text: "subject+body",
			AccountSID: Secret{File: "testdata/twilio/account-sid"}, AuthToken: Secret{Env: "TWILIO_AUTH_TOKEN"},
			MessagingServiceSID: "MG0123456789abcdef0123456789ABCDEF",
			APIURL:              "https://api.dublin.ie1.twilio.com", PublicURL: "https://hooks.clinic.example/relay",
			PerSecond: 2.5, Concurrency: 8, MaxSegments: 6, RequireOptIn: false,
			SenderName: "Clinic Notice", HelpText: "Clinic Notice: texts about your visits. Reply STOP to stop."},
		API:       API{Listen: "0.0.0.0:8025", TLS: true, PerKeyPerSecond: 50},
		MasterKey: Secret{Env: "SEALPOST_MASTER_KEY"},
		Log:       Log{Level: "debug", Format: "json"},
		File:      "testdata/good.yaml",
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("loaded:\n%+v\nwant:\n%+v", c, want)
	}
}

// TestOmittedKeysKeepDefaults loads small files and checks what the
// omitted keys became, relative paths included.
func TestOmittedKeysKeepDefaults(t *testing.T) {
	cases := []struct {
		name, yaml string
		check      func(t *testing.T, dir string, c *Config)
	}{
		{"empty file", "", func(t *testing.T, dir string, c *Config) {
			d := Default()
			d.File = filepath.Join(dir, "s.yaml")
			d.resolve(dir)
			if !reflect.DeepEqual(c, d) {
				t.Errorf("got  %+v\nwant %+v", c, d)
			}
		}},
		{"derived from data_dir", "data_dir: /srv/sp\n", func(t *testing.T, dir string, c *Config) {
			if c.TLS.CertFile != "/srv/sp/tls/cert.pem" || c.TLS.KeyFile != "/srv/sp/tls/key.pem" || c.MasterKey.File != "/srv/sp/master.key" {
				t.Errorf("tls %+v, master key %+v: want them under /srv/sp", c.TLS, c.MasterKey)
			}
		}},
		{"one tls file set", "tls: {cert_file: c.pem}\n", func(t *testing.T, dir string, c *Config) {
			if c.TLS.CertFile != filepath.Join(dir, "c.pem") || c.TLS.KeyFile != filepath.Join(dir, "sealpost-data/tls/key.pem") {
				t.Errorf("tls = %+v", c.TLS)
			}
		}},
		{"master key from env replaces the file", "master_key: {env: K}\n", func(t *testing.T, dir string, c *Config) {
			if c.MasterKey != (Secret{Env: "K"}) {
				t.Errorf("master key = %+v", c.MasterKey)
			}
		}},
		{"sms absent is off", "hostname: relay.example.org\n", func(t *testing.T, dir string, c *Config) {
			if c.SMS != defaultSMS() || c.SMS.Domain != "" {
				t.Errorf("sms = %+v, want the defaults, off", c.SMS)
			}
		}},
		{"sms on, omitted keys kept, secret files resolved but not read",
			"pickup: {listen: 127.0.0.1:8443, base_url: https://pickup.example.org}\n" +
				"sms:\n  domain: sms.example.org\n  account_sid: {file: twilio/sid}\n  auth_token: {file: /nonexistent/token}\n  from: +15551234567\n",
			func(t *testing.T, dir string, c *Config) {
				want := defaultSMS()
				want.Domain, want.From = "sms.example.org", "+15551234567"
				want.AccountSID = Secret{File: filepath.Join(dir, "twilio/sid")}
				want.AuthToken = Secret{File: "/nonexistent/token"}
				if c.SMS != want {
					t.Errorf("sms = %+v\nwant %+v", c.SMS, want)
				}
				if got := c.SMSPublicURL(); got != "https://pickup.example.org" {
					t.Errorf("SMSPublicURL = %q, want pickup's base_url", got)
				}
			}},
		{"one listener disabled, section kept", "listeners:\n  submission: {address: \"\"}\nlimits:\n  max_recipients: 7\n",
			func(t *testing.T, dir string, c *Config) {
				if c.Listeners.Submission.Address != "" || c.Listeners.Submissions.Address != "127.0.0.1:1465" {
					t.Errorf("listeners = %+v", c.Listeners)
				}
				if c.Limits.MaxRecipients != 7 || c.Limits.MaxMessageSize != 25<<20 {
					t.Errorf("limits = %+v", c.Limits)
				}
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "s.yaml")
			writeFile(t, path, tc.yaml)
			c, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, dir, c)
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if !errors.Is(err, os.ErrNotExist) || !strings.HasPrefix(err.Error(), "conf: ") {
		t.Errorf("err = %v, want a conf: wrapped not-exist error", err)
	}
}

func TestDefaultValidates(t *testing.T) {
	d := Default()
	if err := d.Validate(); err != nil {
		t.Fatalf("Default() does not validate:\n%v", err)
	}
	if d.DataDir != "./sealpost-data" || d.TLS.CertFile != "sealpost-data/tls/cert.pem" ||
		d.MasterKey.File != "sealpost-data/master.key" || d.Listeners.Relay.Address != "" {
		t.Errorf("Default = %+v", d)
	}
	d.Limits.MaxLineLength = 999
	if err := d.Validate(); err == nil || err.Error() != "built-in config:1:1: max_line_length must be at least 1000 (RFC 5321)" {
		t.Errorf("Validate of an edited default: %v", err)
	}
}

func TestStarterLoads(t *testing.T) {
	cases := []struct{ hostname, domain string }{
		{"relay.clinic.example", "clinic.example"},
		{"clinic.example", "clinic.example"},
		{"localhost", "localhost"},
	}
	for _, tc := range cases {
		t.Run(tc.hostname, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "sealpost.yaml")
			writeFile(t, path, string(Starter(tc.hostname)))
			c, err := Load(path)
			if err != nil {
				t.Fatalf("starter config does not load:\n%v", err)
			}
			checkStarter(t, dir, tc.hostname, tc.domain, c)
		})
	}
}

func checkStarter(t *testing.T, dir, hostname, domain string, c *Config) {
	t.Helper()
	in := func(p string) string { return filepath.Join(dir, p) }
	wantDKIM := []DKIMKey{
		{Domain: domain, Selector: "rsa", KeyFile: in("dkim/rsa.private")},
		{Domain: domain, Selector: "ed", KeyFile: in("dkim/ed25519.private")},
	}
	if c.Hostname != hostname || !reflect.DeepEqual(c.DKIM, wantDKIM) {
		t.Errorf("hostname %q, dkim %+v", c.Hostname, c.DKIM)
	}
	if c.DataDir != in("data") || c.PolicyFile != in("policy.yaml") || c.MasterKey != (Secret{File: in("master.key")}) ||
		c.TLS != (TLS{CertFile: in("tls/cert.pem"), KeyFile: in("tls/key.pem")}) {
		t.Errorf("paths not resolved against the config's directory: %+v", c)
	}
	d := Default()
	if c.Limits != d.Limits || !reflect.DeepEqual(c.Delivery, d.Delivery) || c.Log != d.Log || !reflect.DeepEqual(c.Listeners, d.Listeners) || !reflect.DeepEqual(c.Keys, d.Keys) || c.Pickup != d.Pickup || c.SMS != d.SMS {
		t.Errorf("starter drifts from the defaults:\n%+v %+v\nwant\n%+v %+v", c.Limits, c.Delivery, d.Limits, d.Delivery)
	}
}

// TestStarterSMSBlockLoads turns on the starter's commented pickup
// listen and base_url and its sms block, which must then load as shown.
func TestStarterSMSBlockLoads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sealpost.yaml")
	writeFile(t, path, uncommentSMS(string(Starter("relay.clinic.example"))))
	c, err := Load(path)
	if err != nil {
		t.Fatalf("starter with sms on does not load:\n%v", err)
	}
	want := defaultSMS()
	want.Domain, want.From = "sms.clinic.example", "+15551234567"
	want.AccountSID, want.AuthToken = Secret{Env: "TWILIO_ACCOUNT_SID"}, Secret{Env: "TWILIO_AUTH_TOKEN"}
	if c.SMS != want {
		t.Errorf("sms = %+v\nwant %+v", c.SMS, want)
	}
	if got := c.SMSPublicURL(); got != "https://relay.clinic.example:8443" {
		t.Errorf("SMSPublicURL = %q", got)
	}
}

// uncommentSMS uncomments the pickup listen and base_url lines and the
// "# sms:" block of a starter config.
func uncommentSMS(starter string) string {
	lines := strings.Split(starter, "\n")
	inSMS := false
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "  # listen:"), strings.HasPrefix(l, "  # base_url:"):
			lines[i] = "  " + strings.TrimPrefix(l, "  # ")
		case l == "# sms:":
			inSMS, lines[i] = true, "sms:"
		case inSMS && strings.HasPrefix(l, "#   "):
			lines[i] = strings.TrimPrefix(l, "# ")
		default:
			inSMS = false
		}
	}
	return strings.Join(lines, "\n")
}

func TestStarterQuotesOddHostname(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sealpost.yaml")
	writeFile(t, path, string(Starter("a: b")))
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), `sealpost.yaml:6:1: hostname "a: b" is not a valid host name`) {
		t.Errorf("err = %v", err)
	}
}

func TestSecretRead(t *testing.T) {
	t.Setenv("SEALPOST_TEST_KEY", "k1 abc")
	f := filepath.Join(t.TempDir(), "k")
	writeFile(t, f, "secret\n")
	cases := []struct {
		name    string
		s       Secret
		want    string
		wantErr string
	}{
		{"env", Secret{Env: "SEALPOST_TEST_KEY"}, "k1 abc", ""},
		{"file", Secret{File: f}, "secret\n", ""},
		{"unset env", Secret{Env: "SEALPOST_UNSET_VAR"}, "", "conf: environment variable SEALPOST_UNSET_VAR is not set"},
		{"missing file", Secret{File: f + ".nope"}, "", "conf: open " + f + ".nope: no such file or directory"},
		{"both", Secret{Env: "SEALPOST_TEST_KEY", File: f}, "", "conf: secret names both env and file"},
		{"neither", Secret{}, "", "conf: secret names neither env nor file"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.s.Read()
			if string(b) != tc.want || errText(err) != tc.wantErr {
				t.Errorf("Read = %q, %v; want %q, %q", b, err, tc.want, tc.wantErr)
			}
		})
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestByteSize(t *testing.T) {
	cases := []struct {
		in      string
		want    ByteSize
		str     string
		wantErr string
	}{
		{"1048576", 1 << 20, "1MiB", ""},
		{"25MiB", 25 << 20, "25MiB", ""},
		{"10MB", 10_000_000, "10000000", ""},
		{"512 KiB", 512 << 10, "512KiB", ""},
		{"2GiB", 2 << 30, "2GiB", ""},
		{"1000", 1000, "1000", ""},
		{"-1", 0, "", `expected a size like 25MiB or 10MB, got "-1"`},
		{"25 MiBs", 0, "", `expected a size like 25MiB or 10MB, got "25 MiBs"`},
		{"1.5MiB", 0, "", `expected a size like 25MiB or 10MB, got "1.5MiB"`},
		{"9999999999GiB", 0, "", `size "9999999999GiB" is too large`},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			var b ByteSize
			err := b.UnmarshalText([]byte(tc.in))
			if b != tc.want || errText(err) != tc.wantErr {
				t.Fatalf("= %d, %v; want %d, %q", b, err, tc.want, tc.wantErr)
			}
			if err != nil {
				return
			}
			var back ByteSize
			if b.String() != tc.str || back.UnmarshalText([]byte(b.String())) != nil || back != b {
				t.Errorf("String = %q (round trip %d), want %q", b.String(), back, tc.str)
			}
		})
	}
}

func TestValidSenderPattern(t *testing.T) {
	cases := []struct {
		p    string
		want bool
	}{
		{"*", true}, {"@example.org", true}, {"alice@example.org", true},
		{"alice", false}, {"@", false}, {"alice@", false}, {"a b@example.org", false},
		{"<a>@example.org", false}, {"a@b@example.org", false}, {"**", false}, {"@exa_mple.org", false},
	}
	for _, tc := range cases {
		if got := ValidSenderPattern(tc.p); got != tc.want {
			t.Errorf("ValidSenderPattern(%q) = %v, want %v", tc.p, got, tc.want)
		}
	}
}

func TestShortDuration(t *testing.T) {
	cases := map[time.Duration]string{
		30 * time.Second: "30s", 5 * time.Minute: "5m", time.Hour: "1h", 120 * time.Hour: "120h",
		90 * time.Minute: "1h30m", 61 * time.Second: "1m1s",
	}
	for d, want := range cases {
		if got := shortDuration(d); got != want {
			t.Errorf("shortDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestSMSPublicURL(t *testing.T) {
	cases := []struct{ public, base, want string }{
		{"https://hooks.example.org", "https://pickup.example.org", "https://hooks.example.org"},
		{"", "https://pickup.example.org", "https://pickup.example.org"},
		{"https://hooks.example.org", "", "https://hooks.example.org"},
		{"", "", ""},
	}
	for _, tc := range cases {
		c := &Config{SMS: SMS{PublicURL: tc.public}, Pickup: Pickup{BaseURL: tc.base}}
		if got := c.SMSPublicURL(); got != tc.want {
			t.Errorf("public_url %q, base_url %q: SMSPublicURL = %q, want %q", tc.public, tc.base, got, tc.want)
		}
	}
}

// smsOn is Default() with the portal and texting on, valid as it is.
func smsOn() *Config {
	c := Default()
	c.Pickup.Listen, c.Pickup.BaseURL = "127.0.0.1:8443", "https://pickup.example.org"
	c.SMS.Domain, c.SMS.From = "sms.example.org", "+15551234567"
	c.SMS.AccountSID, c.SMS.AuthToken = Secret{Env: "TWILIO_ACCOUNT_SID"}, Secret{File: "/etc/sealpost/twilio-token"}
	return c
}

// TestSMSValues edits a valid config one value at a time and checks the
// error text (code-built configs point at line 1).
func TestSMSValues(t *testing.T) {
	const at = "built-in config:1:1: "
	cases := []struct {
		name    string
		edit    func(s *SMS)
		wantErr string
	}{
		{"valid as is", func(s *SMS) {}, ""},
		{"api_url loopback http", func(s *SMS) { s.APIURL = "http://127.0.0.1:8080" }, ""},
		{"api_url root path", func(s *SMS) { s.APIURL = "https://api.dublin.ie1.twilio.com/" }, ""},
		{"api_url path", func(s *SMS) { s.APIURL = "https://proxy.example.org/twilio" },
			`api_url "https://proxy.example.org/twilio" must have no path (like https://api.twilio.com)`},
		{"api_url http", func(s *SMS) { s.APIURL = "http://api.twilio.com" },
			`api_url "http://api.twilio.com" must be https:// (http only on a loopback host)`},
		{"api_url no host", func(s *SMS) { s.APIURL = "https://:443" },
			`api_url "https://:443" is not a URL like https://api.twilio.com`},
		{"api_url empty query", func(s *SMS) { s.APIURL = "https://api.twilio.com?" },
			`api_url "https://api.twilio.com?" is not a URL like https://api.twilio.com`},
		{"api_url user", func(s *SMS) { s.APIURL = "https://u:p@api.twilio.com" },
			`api_url "https://u:p@api.twilio.com" is not a URL like https://api.twilio.com`},
		{"public_url with path", func(s *SMS) { s.PublicURL = "https://hooks.example.org/relay" }, ""},
		{"public_url localhost http", func(s *SMS) { s.PublicURL = "http://localhost:8443" }, ""},
		{"public_url ftp", func(s *SMS) { s.PublicURL = "ftp://hooks.example.org" },
			`public_url "ftp://hooks.example.org" must be https:// (http only on a loopback host)`},
		{"public_url fragment", func(s *SMS) { s.PublicURL = "https://hooks.example.org/#x" },
			`public_url "https://hooks.example.org/#x" is not a URL like https://pickup.example.org`},
		{"from 8 digits", func(s *SMS) { s.From = "+12345678" }, ""},
		{"from 15 digits", func(s *SMS) { s.From = "+123456789012345" }, ""},
		{"from 7 digits", func(s *SMS) { s.From = "+1234567" },
			`from "+1234567" is not an E.164 number: want "+" and 8 to 15 digits, like +15551234567`},
		{"from 16 digits", func(s *SMS) { s.From = "+1234567890123456" },
			`from "+1234567890123456" is not an E.164 number: want "+" and 8 to 15 digits, like +15551234567`},
		{"from with spaces", func(s *SMS) { s.From = "+1 555 123 4567" },
			`from "+1 555 123 4567" is not an E.164 number: want "+" and 8 to 15 digits, like +15551234567`},
		{"messaging service", func(s *SMS) { s.From, s.MessagingServiceSID = "", "MG0123456789ABCDEF0123456789abcdef" }, ""},
		{"messaging service too short", func(s *SMS) { s.From, s.MessagingServiceSID = "", "MG0123456789abcdef0123456789abcde" },
			`messaging_service_sid "MG0123456789abcdef0123456789abcde" is not a Messaging Service SID: want "MG" and 32 hex digits`},
		{"account SID instead of a service", func(s *SMS) { s.From, s.MessagingServiceSID = "", "AC0123456789abcdef0123456789abcdef" },
			`messaging_service_sid "AC0123456789abcdef0123456789abcdef" is not a Messaging Service SID: want "MG" and 32 hex digits`},
		{"subject text", func(s *SMS) { s.Text = "subject" }, ""},
		{"max_segments 10", func(s *SMS) { s.MaxSegments = 10 }, ""},
		{"fractional per_second", func(s *SMS) { s.PerSecond = 0.5 }, ""},
		{"sender_name 30 characters", func(s *SMS) { s.SenderName = strings.Repeat("é", 30) }, ""},
		{"sender_name 31 characters", func(s *SMS) { s.SenderName = strings.Repeat("é", 31) },
			`sender_name "` + strings.Repeat("é", 31) + `" must be a non-empty name of at most 30 characters without control characters`},
		{"help_text C1 control", func(s *SMS) { s.HelpText = "Reply STOP\u0085to stop" },
			`help_text "Reply STOP\u0085to stop" must be non-empty text without control characters`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := smsOn()
			tc.edit(&c.SMS)
			want := ""
			if tc.wantErr != "" {
				want = at + tc.wantErr
			}
			if err := c.Validate(); errText(err) != want {
				t.Errorf("Validate = %v\nwant %s", err, want)
			}
		})
	}
}

// TestSMSOffChecksNothing: with no domain, bad values in the section
// are not errors.
func TestSMSOffChecksNothing(t *testing.T) {
	c := Default()
	c.SMS = SMS{Text: "html", From: "nonsense", APIURL: "ftp://x", SenderName: "\x00"}
	if err := c.Validate(); err != nil {
		t.Errorf("Validate with sms off = %v", err)
	}
}

func TestAPIValues(t *testing.T) {
	const at = "built-in config:1:1: "
	cases := []struct {
		name    string
		api     API
		wantErr string
	}{
		{"off", API{}, ""},
		{"TLS", API{Listen: "0.0.0.0:8025", TLS: true, PerKeyPerSecond: 50}, ""},
		{"loopback without TLS", API{Listen: "127.0.0.1:8025", PerKeyPerSecond: 0.5}, ""},
		{"no TLS off loopback", API{Listen: "0.0.0.0:8025", PerKeyPerSecond: 50},
			`the API carries health information: tls: false only on a loopback listen address, not "0.0.0.0:8025"`},
		{"not host:port", API{Listen: "8025", TLS: true}, `"8025" is not host:port (like 127.0.0.1:8025)`},
		{"no rate", API{Listen: "127.0.0.1:8025", TLS: true}, `per_key_per_second must be a number greater than 0`},
	}
	for _, tc := range cases {
		c := Default()
		c.API = tc.api
		want := ""
		if tc.wantErr != "" {
			want = at + tc.wantErr
		}
		if err := c.Validate(); errText(err) != want {
			t.Errorf("%s: Validate = %v\nwant %s", tc.name, err, want)
		}
	}
	if d := Default().API; !d.TLS || d.PerKeyPerSecond != 50 {
		t.Errorf("API defaults %+v, want TLS and 50 requests a second per key", d)
	}
}
