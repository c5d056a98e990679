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
	if c.Limits != d.Limits || !reflect.DeepEqual(c.Delivery, d.Delivery) || c.Log != d.Log || !reflect.DeepEqual(c.Listeners, d.Listeners) || !reflect.DeepEqual(c.Keys, d.Keys) || c.Pickup != d.Pickup {
		t.Errorf("starter drifts from the defaults:\n%+v %+v\nwant\n%+v %+v", c.Limits, c.Delivery, d.Limits, d.Delivery)
	}
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
