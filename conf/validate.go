package conf

import (
	"fmt"
	"math"
	"net"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/yamlx"
)

// Validate checks a config built in code (Default() and its edits); Load
// validates by itself. Errors point at line 1 of c.File.
func (c *Config) Validate() error {
	name := c.File
	if name == "" {
		name = "built-in config"
	}
	doc := yamlx.Decode(name, nil, &struct{}{})
	c.validate(doc)
	return doc.Err()
}

// validate checks values; every problem is added to doc at its key.
func (c *Config) validate(doc *yamlx.Doc) {
	if c.Hostname == "" || !validHost(c.Hostname) {
		doc.Errorf("hostname", "hostname %q is not a valid host name", c.Hostname)
	}
	if c.DataDir == "" {
		doc.Errorf("data_dir", "data_dir is empty")
	}
	c.validateListeners(doc)
	c.validateTLS(doc)
	c.validateLimits(doc)
	c.validateDKIM(doc)
	c.validateDelivery(doc)
	c.validateKeys(doc)
	c.validatePickup(doc)
	c.validateSMS(doc)
	c.validateAPI(doc)
	validateSecret(doc, "master_key", c.MasterKey)
	if !slices.Contains([]string{"debug", "info", "warn", "error"}, c.Log.Level) {
		doc.Errorf("log.level", "log level %q: want debug, info, warn or error", c.Log.Level)
	}
	if !slices.Contains([]string{"text", "json"}, c.Log.Format) {
		doc.Errorf("log.format", "log format %q: want text or json", c.Log.Format)
	}
}

var hostRE = regexp.MustCompile(`^(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$`)

// validHost reports whether h is a DNS name (letters, digits, hyphens,
// labels of at most 63 bytes, 253 in all).
func validHost(h string) bool { return len(h) <= 253 && hostRE.MatchString(h) }

func (c *Config) validateListeners(doc *yamlx.Doc) {
	ls := []struct {
		name string
		l    Listener
	}{{"submission", c.Listeners.Submission}, {"submissions", c.Listeners.Submissions}, {"relay", c.Listeners.Relay}}
	enabled := false
	for _, x := range ls {
		if x.l.Address != "" {
			enabled = true
			validateListener(doc, "listeners."+x.name, x.l)
		}
	}
	if c.Listeners.Relay.Address != "" && len(c.Listeners.Relay.AllowNetworks) == 0 {
		doc.Errorf("listeners.relay", "the relay listener takes no AUTH: it needs allow_networks")
	}
	if !enabled {
		doc.Errorf("listeners", "no listener has an address: nothing could submit mail")
	}
}

func validateListener(doc *yamlx.Doc, path string, l Listener) {
	if !validHostPort(l.Address, 0) {
		doc.Errorf(path+".address", "%q is not host:port (like 127.0.0.1:1587)", l.Address)
	}
	for i, n := range l.AllowNetworks {
		if _, err := netip.ParsePrefix(n); err != nil {
			doc.Errorf(fmt.Sprintf("%s.allow_networks[%d]", path, i), "%q is not a network in CIDR notation (like 10.0.0.0/8)", n)
		}
	}
	for i, p := range l.MaySendAs {
		if !ValidSenderPattern(p) {
			doc.Errorf(fmt.Sprintf("%s.may_send_as[%d]", path, i), "%q: want user@domain, @domain or *", p)
		}
	}
}

// ValidSenderPattern reports whether p is "user@domain", "@domain" or "*".
func ValidSenderPattern(p string) bool {
	if p == "*" {
		return true
	}
	at := strings.LastIndexByte(p, '@')
	return at >= 0 && validHost(p[at+1:]) && !strings.ContainsAny(p[:at], " \t<>,@")
}

// validHostPort reports whether addr is host:port with a port from
// minPort to 65535; the host is a name or an IP address, and may be
// empty (all interfaces) only when minPort is 0.
func validHostPort(addr string, minPort int) bool {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	n, err := strconv.Atoi(port)
	if err != nil || n < minPort || n > 65535 {
		return false
	}
	if host == "" {
		return minPort == 0
	}
	return validHost(host) || net.ParseIP(host) != nil
}

func (c *Config) validateTLS(doc *yamlx.Doc) {
	if c.TLS.CertFile == "" {
		doc.Errorf("tls.cert_file", "tls cert_file is empty")
	}
	if c.TLS.KeyFile == "" {
		doc.Errorf("tls.key_file", "tls key_file is empty")
	}
}

func (c *Config) validateLimits(doc *yamlx.Doc) {
	l := c.Limits
	positive := []struct {
		key string
		v   int64
	}{
		{"max_message_size", int64(l.MaxMessageSize)}, {"max_recipients", int64(l.MaxRecipients)},
		{"command_timeout", int64(l.CommandTimeout)}, {"data_timeout", int64(l.DataTimeout)},
		{"data_idle_timeout", int64(l.DataIdleTimeout)}, {"auth_failures", int64(l.AuthFailures)},
		{"auth_window", int64(l.AuthWindow)}, {"max_connections", int64(l.MaxConnections)},
	}
	for _, p := range positive {
		if p.v <= 0 {
			doc.Errorf("limits."+p.key, "%s must be greater than 0", p.key)
		}
	}
	if l.MaxLineLength < 1000 {
		doc.Errorf("limits.max_line_length", "max_line_length must be at least 1000 (RFC 5321)")
	}
}

func (c *Config) validateDKIM(doc *yamlx.Doc) {
	seen := map[string]bool{}
	for i, k := range c.DKIM {
		p := fmt.Sprintf("dkim[%d]", i)
		switch {
		case k.Domain == "":
			doc.Errorf(p, "dkim key needs domain")
		case !validHost(k.Domain):
			doc.Errorf(p+".domain", "dkim domain %q is not a domain name", k.Domain)
		}
		switch {
		case k.Selector == "":
			doc.Errorf(p, "dkim key needs selector")
		case !validHost(k.Selector) || strings.HasSuffix(k.Selector, "."):
			doc.Errorf(p+".selector", "dkim selector %q is not a DNS label", k.Selector)
		case seen[k.Selector+"._domainkey."+k.Domain]:
			doc.Errorf(p+".selector", "dkim selector %q of %s is listed twice", k.Selector, k.Domain)
		}
		seen[k.Selector+"._domainkey."+k.Domain] = true
		if k.KeyFile == "" {
			doc.Errorf(p, "dkim key needs key_file")
		}
	}
}

func (c *Config) validateDelivery(doc *yamlx.Doc) {
	d := c.Delivery
	c.validateRoutes(doc)
	if d.HeloName != "" && !validHost(d.HeloName) {
		doc.Errorf("delivery.helo_name", "helo_name %q is not a valid host name", d.HeloName)
	}
	validateFiles(doc, "delivery.extra_ca_files", d.ExtraCAFiles)
	checks := []struct {
		key string
		ok  bool
		msg string
	}{
		{"port", d.Port > 0 && d.Port < 65536, "port must be 1-65535"},
		{"concurrency", d.Concurrency > 0, "concurrency must be greater than 0"},
		{"per_destination", d.PerDestination > 0, "per_destination must be greater than 0"},
		{"connect_timeout", d.ConnectTimeout > 0, "connect_timeout must be greater than 0"},
		{"command_timeout", d.CommandTimeout > 0, "command_timeout must be greater than 0"},
		{"retry_min", d.RetryMin > 0, "retry_min must be greater than 0"},
		{"retry_max", d.RetryMax >= d.RetryMin, "retry_max must not be less than retry_min"},
		{"expire", d.Expire > 0, "expire must be greater than 0"},
	}
	for _, ch := range checks {
		if !ch.ok {
			doc.Errorf("delivery."+ch.key, "%s", ch.msg)
		}
	}
}

func (c *Config) validateRoutes(doc *yamlx.Doc) {
	domains := make([]string, 0, len(c.Delivery.Routes))
	for dom := range c.Delivery.Routes {
		domains = append(domains, dom)
	}
	slices.Sort(domains) // same input, same error order
	for _, dom := range domains {
		p := "delivery.routes." + dom
		if dom != "*" && !validHost(dom) {
			doc.Errorf(p, "route key %q is not a domain or *", dom)
		}
		if hop := c.Delivery.Routes[dom]; !validHostPort(hop, 1) {
			doc.Errorf(p, "route to %q is not host:port (like mx.example.org:25)", hop)
		}
	}
}

var envNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func validateSecret(doc *yamlx.Doc, path string, s Secret) {
	switch {
	case (s.File == "") == (s.Env == ""):
		doc.Errorf(path, "%s needs exactly one of file or env", path)
	case s.Env != "" && !envNameRE.MatchString(s.Env):
		doc.Errorf(path+".env", "%q is not an environment variable name", s.Env)
	}
}

func (c *Config) validateKeys(doc *yamlx.Doc) {
	k := c.Keys
	if k.WKDTimeout <= 0 {
		doc.Errorf("keys.wkd_timeout", "wkd_timeout must be greater than 0")
	}
	if k.Keyserver != "" && !strings.HasPrefix(k.Keyserver, "https://") {
		doc.Errorf("keys.keyserver", "keyserver %q must be an https:// URL", k.Keyserver)
	}
	if k.CacheTTL <= 0 {
		doc.Errorf("keys.cache_ttl", "cache_ttl must be greater than 0")
	}
	validateFiles(doc, "keys.smime_root_files", k.SMIMERootFiles)
	secrets := []struct {
		path string
		s    Secret
	}{{"keys.pgp_signing_key", k.PGPSigningKey}, {"keys.pgp_passphrase", k.PGPPassphrase}, {"keys.smime_signing_key", k.SMIMESigningKey}}
	for _, sec := range secrets {
		if sec.s.Set() {
			validateSecret(doc, sec.path, sec.s)
		}
	}
	if k.PGPPassphrase.Set() && !k.PGPSigningKey.Set() {
		doc.Errorf("keys.pgp_passphrase", "pgp_passphrase without pgp_signing_key")
	}
	if (k.SMIMECertFile == "") != !k.SMIMESigningKey.Set() {
		doc.Errorf("keys", "smime_cert_file and smime_signing_key go together")
	}
}

// validateFiles refuses empty names in a list of files at path.
func validateFiles(doc *yamlx.Doc, path string, files []string) {
	name := path[strings.LastIndexByte(path, '.')+1:]
	for i, f := range files {
		if f == "" {
			doc.Errorf(fmt.Sprintf("%s[%d]", path, i), "%s has an empty file name", name)
		}
	}
}

func (c *Config) validatePickup(doc *yamlx.Doc) {
	p := c.Pickup
	if p.Listen != "" {
		if !validHostPort(p.Listen, 1) {
			doc.Errorf("pickup.listen", "%q is not host:port (like 127.0.0.1:8443)", p.Listen)
		}
		validateBaseURL(doc, p.BaseURL)
	}
	if p.Expire <= 0 {
		doc.Errorf("pickup.expire", "expire must be greater than 0")
	}
	if p.MaxViews < 1 {
		doc.Errorf("pickup.max_views", "max_views must be at least 1")
	}
	if p.NoticeFrom != "" {
		at := strings.LastIndexByte(p.NoticeFrom, '@')
		if at <= 0 || !validHost(p.NoticeFrom[at+1:]) || strings.ContainsAny(p.NoticeFrom[:at], " \t<>,@\"\\") {
			doc.Errorf("pickup.notice_from", "notice_from %q is not an address (like no-reply@clinic.example)", p.NoticeFrom)
		}
	}
	if p.NoticeName == "" || strings.IndexFunc(p.NoticeName, func(r rune) bool { return r < 0x20 || r == 0x7f || r == '"' || r == '\\' }) >= 0 {
		doc.Errorf("pickup.notice_name", "notice_name %q must be a non-empty name without quotes or control characters", p.NoticeName)
	}
}

// validateBaseURL wants pickup's base_url when the portal is on.
func validateBaseURL(doc *yamlx.Doc, raw string) {
	if raw == "" {
		doc.Errorf("pickup", "pickup listen is set: it needs base_url (like https://pickup.example.org)")
		return
	}
	validateURL(doc, "pickup.base_url", raw, "https://pickup.example.org", true)
}

// urlFault is what checkURL found wrong with a URL.
type urlFault int

const (
	urlOK        urlFault = iota
	urlMalformed          // not absolute, or with a user, query or fragment
	urlHasPath            // a path beyond "/" where none may be
	urlInsecure           // neither https nor http on a loopback host
)

// checkURL wants an absolute https URL with no user, query or fragment,
// and no path beyond "/" unless pathOK; http only for a loopback host.
func checkURL(raw string, pathOK bool) urlFault {
	u, err := url.Parse(raw)
	switch {
	case err != nil || u.Hostname() == "" || u.User != nil || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || u.Opaque != "":
		return urlMalformed
	case !pathOK && u.Path != "" && u.Path != "/":
		return urlHasPath
	case u.Scheme == "https", u.Scheme == "http" && loopback(u.Hostname()):
		return urlOK
	}
	return urlInsecure
}

// validateURL adds what checkURL finds wrong with the URL at path; like
// is a good one, for the message.
func validateURL(doc *yamlx.Doc, path, raw, like string, pathOK bool) {
	key := path[strings.LastIndexByte(path, '.')+1:]
	switch checkURL(raw, pathOK) {
	case urlMalformed:
		doc.Errorf(path, "%s %q is not a URL like %s", key, raw, like)
	case urlHasPath:
		doc.Errorf(path, "%s %q must have no path (like %s)", key, raw, like)
	case urlInsecure:
		doc.Errorf(path, "%s %q must be https:// (http only on a loopback host)", key, raw)
	}
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

var (
	e164RE             = regexp.MustCompile(`^\+[1-9][0-9]{7,14}$`)
	messagingServiceRE = regexp.MustCompile(`^MG[0-9a-fA-F]{32}$`)
)

// maxSenderName bounds sender_name, which every text starts with.
const maxSenderName = 30

// validateSMS checks the sms section when it is on (a domain is set);
// off, the section only has to parse. Secrets are named, never read.
func (c *Config) validateSMS(doc *yamlx.Doc) {
	s := c.SMS
	if s.Domain == "" {
		return
	}
	if !validHost(s.Domain) {
		doc.Errorf("sms.domain", "sms domain %q is not a domain name (like sms.clinic.example)", s.Domain)
	}
	if c.Pickup.Listen == "" {
		doc.Errorf("sms.domain", "sms needs pickup.listen: its links and webhooks are served on the portal")
	}
	if !slices.Contains([]string{"body", "subject", "subject+body"}, s.Text) {
		doc.Errorf("sms.text", "text %q: want body, subject or subject+body", s.Text)
	}
	validateSecret(doc, "sms.account_sid", s.AccountSID)
	validateSecret(doc, "sms.auth_token", s.AuthToken)
	validateSMSSender(doc, s)
	c.validateSMSURLs(doc)
	validateSMSLimits(doc, s)
	validateSMSWording(doc, s)
}

func validateSMSSender(doc *yamlx.Doc, s SMS) {
	switch {
	case s.From == "" && s.MessagingServiceSID == "":
		doc.Errorf("sms", "sms needs from (a number like +15551234567) or messaging_service_sid")
	case s.From != "" && s.MessagingServiceSID != "":
		doc.Errorf("sms.messaging_service_sid", "from and messaging_service_sid are both set: want exactly one")
	case s.From != "" && !e164RE.MatchString(s.From):
		doc.Errorf("sms.from", `from %q is not an E.164 number: want "+" and 8 to 15 digits, like +15551234567`, s.From)
	case s.MessagingServiceSID != "" && !messagingServiceRE.MatchString(s.MessagingServiceSID):
		doc.Errorf("sms.messaging_service_sid", `messaging_service_sid %q is not a Messaging Service SID: want "MG" and 32 hex digits`,
			s.MessagingServiceSID)
	}
}

// validateSMSURLs checks api_url and public_url. A public URL taken from
// pickup.base_url is checked as pickup's.
func (c *Config) validateSMSURLs(doc *yamlx.Doc) {
	s := c.SMS
	if s.APIURL != "" {
		validateURL(doc, "sms.api_url", s.APIURL, "https://api.twilio.com", false)
	}
	switch {
	case s.PublicURL != "":
		validateURL(doc, "sms.public_url", s.PublicURL, "https://pickup.example.org", true)
	case c.SMSPublicURL() == "":
		doc.Errorf("sms", "sms needs public_url or pickup.base_url: where Twilio reaches the webhooks (like https://pickup.example.org)")
	}
}

func validateSMSLimits(doc *yamlx.Doc, s SMS) {
	checks := []struct {
		key string
		ok  bool
		msg string
	}{
		{"per_second", s.PerSecond > 0 && !math.IsInf(s.PerSecond, 1), "per_second must be a number greater than 0 (1 for a long code)"},
		{"concurrency", s.Concurrency >= 1, "concurrency must be at least 1"},
		{"max_segments", s.MaxSegments >= 1 && s.MaxSegments <= 10, "max_segments must be 1-10"},
	}
	for _, ch := range checks {
		if !ch.ok {
			doc.Errorf("sms."+ch.key, "%s", ch.msg)
		}
	}
}

func validateSMSWording(doc *yamlx.Doc, s SMS) {
	if s.SenderName == "" || utf8.RuneCountInString(s.SenderName) > maxSenderName || hasControl(s.SenderName) {
		doc.Errorf("sms.sender_name", "sender_name %q must be a non-empty name of at most %d characters without control characters",
			s.SenderName, maxSenderName)
	}
	if s.HelpText == "" || hasControl(s.HelpText) {
		doc.Errorf("sms.help_text", "help_text %q must be non-empty text without control characters", s.HelpText)
	}
}

func hasControl(s string) bool { return strings.IndexFunc(s, unicode.IsControl) >= 0 }

func (c *Config) validateAPI(doc *yamlx.Doc) {
	a := c.API
	if a.Listen == "" {
		return
	}
	if !validHostPort(a.Listen, 1) {
		doc.Errorf("api.listen", "%q is not host:port (like 127.0.0.1:8025)", a.Listen)
		return
	}
	if !(a.PerKeyPerSecond > 0) || math.IsInf(a.PerKeyPerSecond, 0) {
		doc.Errorf("api.per_key_per_second", "per_key_per_second must be a number greater than 0")
	}
	host, _, _ := net.SplitHostPort(a.Listen)
	if !a.TLS && !loopback(host) {
		doc.Errorf("api.tls", "the API carries health information: tls: false only on a loopback listen address, not %q", a.Listen)
	}
}
