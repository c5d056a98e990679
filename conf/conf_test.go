package conf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBadConfigs compares each testdata/bad/NAME.yaml's error text with
// NAME.expected-error (run with UPDATE_GOLDEN=1 to rewrite them).
func TestBadConfigs(t *testing.T) {
	files, _ := filepath.Glob("testdata/bad/*.yaml")
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, err := Load(f)
			if err == nil {
				t.Fatal("bad config loaded")
			}
			golden := strings.TrimSuffix(f, ".yaml") + ".expected-error"
			if os.Getenv("UPDATE_GOLDEN") == "1" {
				os.WriteFile(golden, []byte(err.Error()+"\n"), 0o644)
			}
			want, _ := os.ReadFile(golden)
			if got := err.Error() + "\n"; got != string(want) {
				t.Errorf("error text:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestStarterLoads(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sealpost.yaml")
	os.WriteFile(path, Starter("relay.clinic.example"), 0o600)
	c, err := Load(path)
	if err != nil {
		t.Fatalf("starter config does not load:\n%v", err)
	}
	if c.DKIM[0].Domain != "clinic.example" || c.DKIM[1].KeyFile != filepath.Join(dir, "dkim/ed25519.private") {
		t.Errorf("dkim = %+v", c.DKIM)
	}
	if c.DataDir != filepath.Join(dir, "data") || c.PolicyFile != filepath.Join(dir, "policy.yaml") ||
		c.MasterKey.File != filepath.Join(dir, "master.key") {
		t.Errorf("paths not resolved against the config's directory: %q %q %q", c.DataDir, c.PolicyFile, c.MasterKey.File)
	}
	if c.Limits.MaxMessageSize != 25<<20 || c.Delivery.Expire != 120*time.Hour || c.Delivery.Port != 25 {
		t.Errorf("values: %v %v %v", c.Limits.MaxMessageSize, c.Delivery.Expire, c.Delivery.Port)
	}
}

func TestDefaultsAndMinimalConfig(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.yaml")
	os.WriteFile(path, []byte("hostname: relay.example.org\nlisteners:\n  relay:\n    address: 127.0.0.1:2525\n    allow_networks: [127.0.0.0/8]\n  submission: {address: \"\"}\n"), 0o600)
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Listeners.Submission.Address != "" || c.Listeners.Submissions.Address != "127.0.0.1:1465" {
		t.Errorf("listeners = %+v", c.Listeners)
	}
	if c.TLS.CertFile != filepath.Join(dir, "data/tls/cert.pem") || c.MasterKey.File != filepath.Join(dir, "data/master.key") {
		t.Errorf("derived defaults: %+v %+v", c.TLS, c.MasterKey)
	}
	if d := Default(); d.Limits.MaxMessageSize != 25<<20 || d.Listeners.Relay.Address != "" {
		t.Errorf("Default = %+v", d)
	}
}

func TestSecretRead(t *testing.T) {
	t.Setenv("SEALPOST_TEST_KEY", "k1 abc")
	if b, err := (Secret{Env: "SEALPOST_TEST_KEY"}).Read(); err != nil || string(b) != "k1 abc" {
		t.Errorf("env secret = %q, %v", b, err)
	}
	if _, err := (Secret{Env: "SEALPOST_UNSET_VAR"}).Read(); err == nil || !strings.Contains(err.Error(), "SEALPOST_UNSET_VAR is not set") {
		t.Errorf("unset env: %v", err)
	}
	f := filepath.Join(t.TempDir(), "k")
	os.WriteFile(f, []byte("secret"), 0o600)
	if b, err := (Secret{File: f}).Read(); err != nil || string(b) != "secret" {
		t.Errorf("file secret = %q, %v", b, err)
	}
}

func TestByteSize(t *testing.T) {
	cases := map[string]ByteSize{"1048576": 1 << 20, "25MiB": 25 << 20, "10MB": 10_000_000, "512 KiB": 512 << 10}
	for in, want := range cases {
		var b ByteSize
		if err := b.UnmarshalText([]byte(in)); err != nil || b != want {
			t.Errorf("%q = %d, %v", in, b, err)
		}
	}
	var b ByteSize
	if err := b.UnmarshalText([]byte("-1")); err == nil {
		t.Error("negative size accepted")
	}
}
