package conf

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/sealpost/sealpost/internal/yamlx"
)

// Default returns the embedded defaults used when no file is given:
// loopback submission listeners, data, keys and certificate under
// ./sealpost-data (created on first start). Default().Validate() is nil.
func Default() *Config {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "localhost"
	}
	c := &Config{
		Hostname: host,
		DataDir:  "./sealpost-data",
		Listeners: Listeners{
			Submission:  Listener{Address: "127.0.0.1:1587"},
			Submissions: Listener{Address: "127.0.0.1:1465"},
		},
		Limits:   defaultLimits(),
		Delivery: defaultDelivery(),
		Keys:     defaultKeys(),
		Pickup:   defaultPickup(),
		SMS:      defaultSMS(),
		API:      API{TLS: true, PerKeyPerSecond: 50},
		Log:      Log{Level: "info", Format: "text"},
	}
	c.deriveFromDataDir(nil)
	return c
}

func defaultLimits() Limits {
	return Limits{
		MaxMessageSize: 25 << 20, MaxRecipients: 100, MaxLineLength: 1000,
		CommandTimeout: 5 * time.Minute, DataTimeout: 30 * time.Minute, DataIdleTimeout: 5 * time.Minute,
		AuthFailures: 5, AuthWindow: 15 * time.Minute, MaxConnections: 200,
	}
}

func defaultKeys() Keys {
	return Keys{WKD: true, WKDTimeout: 5 * time.Second, CacheTTL: time.Hour}
}

// defaultPickup leaves the portal off: turning it on needs a base_url.
func defaultPickup() Pickup {
	return Pickup{TLS: true, Expire: 30 * 24 * time.Hour, MaxViews: 10, NoticeName: "Secure Message"}
}

// defaultSMS leaves texting off: turning it on needs a domain, the
// Twilio credentials and a sender.
func defaultSMS() SMS {
	return SMS{
		Text: "body", PerSecond: 1, Concurrency: 4, MaxSegments: 4, RequireOptIn: true,
		SenderName: "Secure Message",
		HelpText:   "Secure Message: texts about your care. Reply STOP to stop, START to resume.",
	}
}

func defaultDelivery() Delivery {
	return Delivery{
		Port: 25, Concurrency: 32, PerDestination: 8,
		ConnectTimeout: 30 * time.Second, CommandTimeout: 5 * time.Minute,
		RetryMin: time.Minute, RetryMax: time.Hour, Expire: 5 * 24 * time.Hour,
	}
}

// Load reads the config at path and decodes it over Default(): keys the
// file leaves out keep their defaults (the TLS files and the master key
// default to places under data_dir). It validates the result and makes
// relative paths relative to the file's directory. The error, if any, is
// a yamlx.Errors listing every problem at its file:line:col.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("conf: %w", err)
	}
	c := Default()
	c.TLS, c.MasterKey = TLS{}, Secret{} // derived below unless the file sets them
	doc := yamlx.Decode(path, data, c)
	c.File = path
	c.deriveFromDataDir(doc)
	c.validate(doc)
	if err := doc.Err(); err != nil {
		return nil, err
	}
	c.resolve(filepath.Dir(path))
	return c, nil
}

// deriveFromDataDir places the TLS files and the master key under DataDir
// unless doc (nil for the defaults) sets them.
func (c *Config) deriveFromDataDir(doc *yamlx.Doc) {
	has := func(path string) bool { return doc != nil && doc.Has(path) }
	if !has("tls.cert_file") {
		c.TLS.CertFile = filepath.Join(c.DataDir, "tls", "cert.pem")
	}
	if !has("tls.key_file") {
		c.TLS.KeyFile = filepath.Join(c.DataDir, "tls", "key.pem")
	}
	if !has("master_key") {
		c.MasterKey = Secret{File: filepath.Join(c.DataDir, "master.key")}
	}
}

// resolve makes relative paths relative to dir, the config file's
// directory.
func (c *Config) resolve(dir string) {
	abs := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	for _, p := range []*string{&c.DataDir, &c.PolicyFile, &c.TLS.CertFile, &c.TLS.KeyFile, &c.MasterKey.File, &c.Pickup.Templates} {
		abs(p)
	}
	for i := range c.DKIM {
		abs(&c.DKIM[i].KeyFile)
	}
	for i := range c.Delivery.ExtraCAFiles {
		abs(&c.Delivery.ExtraCAFiles[i])
	}
	for i := range c.Keys.SMIMERootFiles {
		abs(&c.Keys.SMIMERootFiles[i])
	}
	for _, p := range []*string{&c.Keys.SMIMECertFile, &c.Keys.PGPSigningKey.File, &c.Keys.PGPPassphrase.File, &c.Keys.SMIMESigningKey.File} {
		abs(p)
	}
	abs(&c.SMS.AccountSID.File)
	abs(&c.SMS.AuthToken.File)
}
