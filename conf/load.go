package conf

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/yamlx"
)

// Default returns the embedded defaults: loopback listeners, data under
// ./sealpost-data, keys and certificate generated there on first start.
func Default() *Config {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "localhost"
	}
	data := "sealpost-data"
	return &Config{
		Hostname: host,
		DataDir:  data,
		Listeners: Listeners{
			Submission:  Listener{Address: "127.0.0.1:1587"},
			Submissions: Listener{Address: "127.0.0.1:1465"},
		},
		TLS: TLS{CertFile: filepath.Join(data, "tls", "cert.pem"), KeyFile: filepath.Join(data, "tls", "key.pem")},
		Limits: Limits{
			MaxMessageSize: 25 << 20, MaxRecipients: 100, MaxLineLength: 1000,
			CommandTimeout: 5 * time.Minute, DataTimeout: 30 * time.Minute, DataIdleTimeout: 5 * time.Minute,
			AuthFailures: 5, AuthWindow: 15 * time.Minute, MaxConnections: 200,
		},
		Delivery: Delivery{
			Port: 25, Concurrency: 32, PerDestination: 10,
			ConnectTimeout: 30 * time.Second, CommandTimeout: 5 * time.Minute,
			RetryMin: time.Minute, RetryMax: time.Hour, Expire: 5 * 24 * time.Hour,
		},
		MasterKey: Secret{File: filepath.Join(data, "master.key")},
		Log:       Log{Level: "info", Format: "text"},
	}
}

// Load reads, decodes and validates the config at path. Every error is
// reported, each with file:line:col.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("conf: %w", err)
	}
	c := Default()
	c.DataDir, c.TLS, c.MasterKey = "", TLS{}, Secret{}
	doc := yamlx.Decode(path, data, c)
	c.File = path
	c.fillDerived(doc)
	c.validate(doc)
	if err := doc.Err(); err != nil {
		return nil, err
	}
	c.resolve(filepath.Dir(path))
	return c, nil
}

// fillDerived sets the defaults that depend on other keys.
func (c *Config) fillDerived(doc *yamlx.Doc) {
	if c.DataDir == "" {
		c.DataDir = "data"
	}
	if !doc.Has("tls") {
		c.TLS = TLS{CertFile: filepath.Join(c.DataDir, "tls", "cert.pem"), KeyFile: filepath.Join(c.DataDir, "tls", "key.pem")}
	}
	if !doc.Has("master_key") {
		c.MasterKey = Secret{File: filepath.Join(c.DataDir, "master.key")}
	}
}

// resolve makes relative paths relative to the config file's directory.
func (c *Config) resolve(dir string) {
	abs := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	abs(&c.DataDir)
	abs(&c.PolicyFile)
	abs(&c.TLS.CertFile)
	abs(&c.TLS.KeyFile)
	abs(&c.MasterKey.File)
	for i := range c.DKIM {
		abs(&c.DKIM[i].KeyFile)
	}
	for i := range c.Delivery.ExtraCAFiles {
		abs(&c.Delivery.ExtraCAFiles[i])
	}
}

// Read returns the secret's bytes from its environment variable or file.
func (s Secret) Read() ([]byte, error) {
	switch {
	case s.Env != "" && s.File != "":
		return nil, errors.New("conf: secret has both env and file")
	case s.Env != "":
		v, ok := os.LookupEnv(s.Env)
		if !ok || v == "" {
			return nil, fmt.Errorf("conf: environment variable %s is not set", s.Env)
		}
		return []byte(v), nil
	case s.File != "":
		data, err := os.ReadFile(s.File)
		if err != nil {
			return nil, fmt.Errorf("conf: %w", err)
		}
		return data, nil
	}
	return nil, errors.New("conf: secret has neither env nor file")
}

var sizeRE = regexp.MustCompile(`^\s*(\d+)\s*(|B|KB|KiB|MB|MiB|GB|GiB)\s*$`)

var sizeUnits = map[string]int64{"": 1, "B": 1, "KB": 1000, "KiB": 1 << 10, "MB": 1000 * 1000,
	"MiB": 1 << 20, "GB": 1000 * 1000 * 1000, "GiB": 1 << 30}

// UnmarshalText accepts 1048576, "512KiB", "25MiB", "10MB", "1GiB".
func (b *ByteSize) UnmarshalText(text []byte) error {
	m := sizeRE.FindStringSubmatch(string(text))
	if m == nil {
		return fmt.Errorf("expected a size like 25MiB or 10MB, got %q", text)
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil || n > (1<<62)/sizeUnits[m[2]] {
		return fmt.Errorf("size %q is too large", text)
	}
	*b = ByteSize(n * sizeUnits[m[2]])
	return nil
}

func (b ByteSize) String() string {
	switch {
	case b >= 1<<20 && b%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", b>>20)
	case b >= 1<<10 && b%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", b>>10)
	}
	return strconv.FormatInt(int64(b), 10)
}

// validate checks values; every problem is added to doc at its key.
func (c *Config) validate(doc *yamlx.Doc) {
	if !validHost(c.Hostname) {
		doc.Errorf("hostname", "hostname %q is not a valid host name", c.Hostname)
	}
	c.validateListeners(doc)
	c.validateLimits(doc)
	c.validateDKIM(doc)
	c.validateDelivery(doc)
	if (c.MasterKey.File == "") == (c.MasterKey.Env == "") {
		doc.Errorf("master_key", "master_key needs exactly one of file or env")
	}
	if !oneOf(c.Log.Level, "debug", "info", "warn", "error") {
		doc.Errorf("log.level", "log level %q: want debug, info, warn or error", c.Log.Level)
	}
	if !oneOf(c.Log.Format, "text", "json") {
		doc.Errorf("log.format", "log format %q: want text or json", c.Log.Format)
	}
}

func oneOf(s string, set ...string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

var hostRE = regexp.MustCompile(`^(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$`)

func validHost(h string) bool { return len(h) <= 253 && hostRE.MatchString(h) }

func (c *Config) validateListeners(doc *yamlx.Doc) {
	ls := []struct {
		name string
		l    Listener
	}{{"submission", c.Listeners.Submission}, {"submissions", c.Listeners.Submissions}, {"relay", c.Listeners.Relay}}
	any := false
	for _, x := range ls {
		path := "listeners." + x.name
		if x.l.Address == "" {
			continue
		}
		any = true
		checkHostPort(doc, path+".address", x.l.Address)
		for i, n := range x.l.AllowNetworks {
			if _, err := netip.ParsePrefix(n); err != nil {
				doc.Errorf(fmt.Sprintf("%s.allow_networks[%d]", path, i), "%q is not a network in CIDR notation (like 10.0.0.0/8)", n)
			}
		}
		for i, p := range x.l.MaySendAs {
			if !ValidSenderPattern(p) {
				doc.Errorf(fmt.Sprintf("%s.may_send_as[%d]", path, i), "%q: want user@domain, @domain or *", p)
			}
		}
	}
	if c.Listeners.Relay.Address != "" && len(c.Listeners.Relay.AllowNetworks) == 0 {
		doc.Errorf("listeners.relay", "the relay listener takes no AUTH: it needs allow_networks")
	}
	if !any {
		doc.Errorf("listeners", "no listener has an address: nothing could submit mail")
	}
}

// ValidSenderPattern reports whether p is "user@domain", "@domain" or "*".
func ValidSenderPattern(p string) bool {
	if p == "*" {
		return true
	}
	at := strings.LastIndexByte(p, '@')
	return at >= 0 && validHost(p[at+1:]) && !strings.ContainsAny(p, " <>,")
}

func checkHostPort(doc *yamlx.Doc, path, addr string) {
	host, port, err := net.SplitHostPort(addr)
	n, perr := strconv.Atoi(port)
	if err != nil || perr != nil || n < 0 || n > 65535 || (host != "" && !validHost(host) && net.ParseIP(host) == nil) {
		doc.Errorf(path, "%q is not host:port", addr)
	}
}

func (c *Config) validateLimits(doc *yamlx.Doc) {
	l := c.Limits
	positive := []struct {
		path string
		v    int64
	}{
		{"limits.max_message_size", int64(l.MaxMessageSize)}, {"limits.max_recipients", int64(l.MaxRecipients)},
		{"limits.command_timeout", int64(l.CommandTimeout)}, {"limits.data_timeout", int64(l.DataTimeout)},
		{"limits.data_idle_timeout", int64(l.DataIdleTimeout)}, {"limits.auth_failures", int64(l.AuthFailures)},
		{"limits.auth_window", int64(l.AuthWindow)}, {"limits.max_connections", int64(l.MaxConnections)},
	}
	for _, p := range positive {
		if p.v <= 0 {
			doc.Errorf(p.path, "%s must be greater than 0", p.path[strings.LastIndexByte(p.path, '.')+1:])
		}
	}
	if l.MaxLineLength < 1000 {
		doc.Errorf("limits.max_line_length", "max_line_length must be at least 1000 (RFC 5321)")
	}
}

var selectorRE = regexp.MustCompile(`^(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)

func (c *Config) validateDKIM(doc *yamlx.Doc) {
	for i, k := range c.DKIM {
		p := fmt.Sprintf("dkim[%d]", i)
		if !validHost(k.Domain) || k.Domain == "" {
			doc.Errorf(p+".domain", "dkim domain %q is not a domain name", k.Domain)
		}
		if !selectorRE.MatchString(k.Selector) {
			doc.Errorf(p+".selector", "dkim selector %q is not a DNS label", k.Selector)
		}
		if k.KeyFile == "" {
			doc.Errorf(p, "dkim key needs key_file")
		}
	}
}

func (c *Config) validateDelivery(doc *yamlx.Doc) {
	d := c.Delivery
	for dom, hop := range d.Routes {
		p := "delivery.routes." + dom
		if dom != "*" && !validHost(dom) {
			doc.Errorf(p, "route key %q is not a domain or *", dom)
		}
		checkHostPort(doc, p, hop)
	}
	checks := []struct {
		path string
		ok   bool
		msg  string
	}{
		{"delivery.port", d.Port > 0 && d.Port < 65536, "port must be 1-65535"},
		{"delivery.concurrency", d.Concurrency > 0, "concurrency must be greater than 0"},
		{"delivery.per_destination", d.PerDestination > 0, "per_destination must be greater than 0"},
		{"delivery.connect_timeout", d.ConnectTimeout > 0, "connect_timeout must be greater than 0"},
		{"delivery.command_timeout", d.CommandTimeout > 0, "command_timeout must be greater than 0"},
		{"delivery.retry_min", d.RetryMin > 0, "retry_min must be greater than 0"},
		{"delivery.retry_max", d.RetryMax >= d.RetryMin, "retry_max must not be less than retry_min"},
		{"delivery.expire", d.Expire > 0, "expire must be greater than 0"},
	}
	for _, ch := range checks {
		if !ch.ok {
			doc.Errorf(ch.path, "%s", ch.msg)
		}
	}
}
