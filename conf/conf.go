// Package conf owns the sealpost.yaml schema, its defaults and its
// validation. Loading collects every error with file:line:col. It never
// reads secrets from the YAML itself: key material comes from files or
// environment variables named in it.
package conf

import "time"

// Config is sealpost.yaml.
type Config struct {
	// Hostname is used in the SMTP greeting, in Received headers and as
	// the HELO name for outbound delivery.
	Hostname string `yaml:"hostname"`
	// DataDir holds the queue store, the audit log and generated keys.
	// Relative paths in this file are relative to the file's directory.
	DataDir string `yaml:"data_dir"`
	// PolicyFile is the policy.yaml path; empty means the built-in policy.
	PolicyFile string `yaml:"policy_file"`

	Listeners Listeners `yaml:"listeners"`
	TLS       TLS       `yaml:"tls"`
	Limits    Limits    `yaml:"limits"`
	DKIM      []DKIMKey `yaml:"dkim"`
	Delivery  Delivery  `yaml:"delivery"`
	Keys      Keys      `yaml:"keys"`
	Pickup    Pickup    `yaml:"pickup"`
	SMS       SMS       `yaml:"sms"`
	API       API       `yaml:"api"`
	MasterKey Secret    `yaml:"master_key"`
	Log       Log       `yaml:"log"`

	// File is the path the config was loaded from ("" for defaults). Not
	// part of the YAML.
	File string `yaml:"-"`
}

// Listeners are the SMTP entry points. An empty Address disables one.
type Listeners struct {
	// Submission: port 587 style, STARTTLS, AUTH required.
	Submission Listener `yaml:"submission"`
	// Submissions: port 465 style, implicit TLS, AUTH required.
	Submissions Listener `yaml:"submissions"`
	// Relay: no AUTH, only for clients in AllowNetworks (legacy systems).
	Relay Listener `yaml:"relay"`
}

// Listener is one SMTP listener.
type Listener struct {
	Address string `yaml:"address"` // host:port
	// AllowNetworks (CIDR) may use this listener; required for relay,
	// optional elsewhere (empty = anyone may connect and authenticate).
	AllowNetworks []string `yaml:"allow_networks"`
	// MaySendAs applies to relay clients (which have no account): the
	// envelope senders and From addresses they may use. Patterns:
	// "user@domain", "@domain" or "*".
	MaySendAs []string `yaml:"may_send_as"`
}

// TLS is the server certificate for the listeners.
type TLS struct {
	CertFile string `yaml:"cert_file"`
	KeyFile  string `yaml:"key_file"`
}

// Limits protect the submission server.
type Limits struct {
	MaxMessageSize ByteSize      `yaml:"max_message_size"` // SIZE, enforced
	MaxRecipients  int           `yaml:"max_recipients"`
	MaxLineLength  int           `yaml:"max_line_length"` // bytes, incl. CRLF
	CommandTimeout time.Duration `yaml:"command_timeout"` // idle time between commands
	// DataTimeout bounds a whole DATA/BDAT transfer; DataIdleTimeout
	// bounds the time without progress inside it.
	DataTimeout     time.Duration `yaml:"data_timeout"`
	DataIdleTimeout time.Duration `yaml:"data_idle_timeout"`
	// AuthFailures failed AUTH attempts from one IP within AuthWindow
	// lock that IP out of AUTH for AuthWindow.
	AuthFailures   int           `yaml:"auth_failures"`
	AuthWindow     time.Duration `yaml:"auth_window"`
	MaxConnections int           `yaml:"max_connections"`
}

// DKIMKey is one signing key. Several keys for the same domain (RSA and
// Ed25519) all sign.
type DKIMKey struct {
	Domain   string `yaml:"domain"`
	Selector string `yaml:"selector"`
	KeyFile  string `yaml:"key_file"` // PEM, PKCS#8 or PKCS#1
}

// Delivery is the outbound side.
type Delivery struct {
	// Routes map a recipient domain ("example.org", "*" for every other
	// domain) to "host:port" (a smarthost or a fixed next hop), as Postfix
	// transport maps. Domains without a route are delivered by MX lookup.
	Routes map[string]string `yaml:"routes"`
	// ExtraCAFiles are PEM roots trusted in addition to the system roots
	// when a method demands a verified certificate.
	ExtraCAFiles []string `yaml:"extra_ca_files"`
	// HeloName overrides Hostname for outbound EHLO.
	HeloName string `yaml:"helo_name"`
	// Port for MX deliveries (25).
	Port int `yaml:"port"`
	// Concurrency is the number of delivery workers; PerDestination caps
	// concurrent connections to one next hop.
	Concurrency    int           `yaml:"concurrency"`
	PerDestination int           `yaml:"per_destination"`
	ConnectTimeout time.Duration `yaml:"connect_timeout"`
	// CommandTimeout bounds each SMTP exchange with the next hop.
	CommandTimeout time.Duration `yaml:"command_timeout"`
	// Retry schedule: first retry after RetryMin, doubling up to RetryMax,
	// with jitter; bounce after Expire.
	RetryMin time.Duration `yaml:"retry_min"`
	RetryMax time.Duration `yaml:"retry_max"`
	Expire   time.Duration `yaml:"expire"`
}

// Keys is how recipients' keys are found (beyond those imported with
// `sealpost keys add`) and which keys the organisation signs with.
type Keys struct {
	// WKD looks recipients' OpenPGP keys up in their domain's Web Key
	// Directory; WKDTimeout bounds one lookup (both methods).
	WKD        bool          `yaml:"wkd"`
	WKDTimeout time.Duration `yaml:"wkd_timeout"`
	// Keyserver, an https URL of a VKS keyserver (keys.openpgp.org's
	// API), is asked when neither the keystore nor WKD has a key. Empty,
	// the default, asks none: a keyserver learns whom you write to.
	Keyserver string `yaml:"keyserver"`
	// CacheTTL is how long a WKD or keyserver answer is kept.
	CacheTTL time.Duration `yaml:"cache_ttl"`
	// SMIMERootFiles are the PEM CAs recipient certificates must chain
	// to; empty means the system roots.
	SMIMERootFiles []string `yaml:"smime_root_files"`
	// Signing keys, used when the policy says encryption.sign. The OpenPGP
	// key is an armored private key, with its passphrase if locked; the
	// S/MIME one a PEM certificate (with its chain) and a PEM key.
	PGPSigningKey   Secret `yaml:"pgp_signing_key"`
	PGPPassphrase   Secret `yaml:"pgp_passphrase"`
	SMIMECertFile   string `yaml:"smime_cert_file"`
	SMIMESigningKey Secret `yaml:"smime_signing_key"`
}

// Pickup is the secure pickup channel: the portal recipients open and
// the neutral notices that link to it. An empty Listen disables it, and
// the policy's pickup method is then never chosen.
type Pickup struct {
	// Listen is the portal's host:port, e.g. 127.0.0.1:8443 (behind a
	// reverse proxy) or :443.
	Listen string `yaml:"listen"`
	// BaseURL prefixes the links in notices ("https://pickup.example.org"
	// gives https://pickup.example.org/p/TOKEN). It must be https unless
	// its host is loopback.
	BaseURL string `yaml:"base_url"`
	// TLS serves the portal over HTTPS with the tls: certificate.
	TLS bool `yaml:"tls"`
	// Expire is how long a link may be opened; MaxViews how many times.
	Expire   time.Duration `yaml:"expire"`
	MaxViews int           `yaml:"max_views"`
	// NoticeFrom is the envelope and header From of notices and code
	// mails (default no-reply@hostname); NoticeName its display name.
	NoticeFrom string `yaml:"notice_from"`
	NoticeName string `yaml:"notice_name"`
	// Templates is a directory of the admin's own notice and code mail
	// templates (notice.txt, notice.html, code.txt, code.html; `sealpost
	// pickup templates DIR` writes the built-in ones there to edit). A
	// file it lacks is built in. They load, and are tried, at startup.
	Templates string `yaml:"templates"`
}

// SMS is the text channel through Twilio. An empty Domain disables it.
type SMS struct {
	// Domain is the email-to-SMS domain: mail to <+15551234567@Domain> is
	// sent as a text to that number.
	Domain string `yaml:"domain"`
	// Text is what of such a mail becomes the text: "body" (the plain-text body, default), "subject", or "subject+body".
	Text string `yaml:"text"`
	// AccountSID and AuthToken are the Twilio credentials, from a file or an environment variable (Secret).
	AccountSID Secret `yaml:"account_sid"`
	AuthToken  Secret `yaml:"auth_token"`
	// From is the sending number (E.164, "+" and 8 to 15 digits), or MessagingServiceSID ("MG" + 32 hex) the Messaging Service; exactly one.
	From                string `yaml:"from"`
	MessagingServiceSID string `yaml:"messaging_service_sid"`
	// APIURL replaces https://api.twilio.com (a regional edge, a proxy, a test server); http only on a loopback host.
	APIURL string `yaml:"api_url"`
	// PublicURL is where Twilio reaches this relay's webhooks: PublicURL/sms/status and PublicURL/sms/inbound, served on the pickup portal's listener. Default: pickup.base_url. https unless loopback.
	PublicURL string `yaml:"public_url"`
	// PerSecond caps texts submitted per second (1 for a long code); Concurrency caps API calls in flight.
	PerSecond   float64 `yaml:"per_second"`
	Concurrency int     `yaml:"concurrency"`
	// MaxSegments refuses a text longer than this many segments (GSM-7 or UCS-2).
	MaxSegments int `yaml:"max_segments"`
	// RequireOptIn refuses numbers with no opt-in record.
	RequireOptIn bool `yaml:"require_opt_in"`
	// SenderName starts every text ("Secure Message: ..."): neutral, as a specialty clinic's name can disclose a diagnosis.
	SenderName string `yaml:"sender_name"`
	// HelpText answers an inbound HELP.
	HelpText string `yaml:"help_text"`
}

// API is the HTTP submission API (POST /v1/messages, API keys made with
// `sealpost apikey add`). An empty Listen disables it.
type API struct {
	// Listen is its host:port, e.g. 127.0.0.1:8025.
	Listen string `yaml:"listen"`
	// TLS serves it over HTTPS with the tls: certificate; off only on a
	// loopback address (behind a proxy that terminates TLS).
	TLS bool `yaml:"tls"`
	// PerKeyPerSecond caps the requests of one key (a burst of twice as
	// many), so that one misbehaving client cannot flood the queue.
	PerKeyPerSecond float64 `yaml:"per_key_per_second"`
}

// NoticeSender is Pickup.NoticeFrom, or no-reply@hostname when unset.
func (c *Config) NoticeSender() string {
	if c.Pickup.NoticeFrom != "" {
		return c.Pickup.NoticeFrom
	}
	return "no-reply@" + c.Hostname
}

// SMSPublicURL is SMS.PublicURL, or Pickup.BaseURL when unset: the
// prefix of the Twilio webhooks.
func (c *Config) SMSPublicURL() string {
	if c.SMS.PublicURL != "" {
		return c.SMS.PublicURL
	}
	return c.Pickup.BaseURL
}

// Set reports whether the secret names a source.
func (s Secret) Set() bool { return s.File != "" || s.Env != "" }

// Secret names where key material comes from: a file or an environment
// variable (never the YAML itself).
type Secret struct {
	File string `yaml:"file"`
	Env  string `yaml:"env"`
}

// Log configures operational logs (never message content).
type Log struct {
	Level  string `yaml:"level"`  // debug, info, warn, error
	Format string `yaml:"format"` // text or json
}

// ByteSize is a size in bytes; YAML accepts 1048576, "25MiB", "10MB", "512KiB".
type ByteSize int64
