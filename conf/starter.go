package conf

import (
	"bytes"
	"strconv"
	"strings"
	"text/template"
	"time"
)

// Starter returns a commented sealpost.yaml for `sealpost init DIR`. It
// names the layout init creates beside it (data/, policy.yaml, tls/,
// dkim/, master.key), listens on loopback only, and shows every other key
// with its default value. DKIM keys are for hostname's parent domain
// ("relay.clinic.example" signs for "clinic.example"), or for hostname
// itself when it has two labels or fewer.
func Starter(hostname string) []byte {
	domain := hostname
	if labels := strings.Split(hostname, "."); len(labels) > 2 {
		domain = strings.Join(labels[1:], ".")
	}
	var b bytes.Buffer
	err := starterTmpl.Execute(&b, struct {
		Hostname, Domain string
		Limits           Limits
		Delivery         Delivery
		Keys             Keys
		Pickup           Pickup
		SMS              SMS
	}{yamlScalar(hostname), yamlScalar(domain), defaultLimits(), defaultDelivery(), defaultKeys(), defaultPickup(), defaultSMS()})
	if err != nil {
		panic(err) // the template is constant and tested
	}
	return b.Bytes()
}

// yamlScalar quotes s unless it is a host name, which YAML reads as is.
func yamlScalar(s string) string {
	if validHost(s) {
		return s
	}
	return strconv.Quote(s)
}

// shortDuration writes "5m" and "120h" rather than "5m0s" and "120h0m0s".
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

var starterTmpl = template.Must(template.New("starter").Funcs(template.FuncMap{"d": shortDuration}).Parse(starterText))

const starterText = `# Sealpost configuration. Relative paths are relative to this file.
# Unknown keys are errors: 'sealpost serve' names the file:line:col of each.
# Durations: "30s", "5m", "2h". Sizes: "25MiB", "10MB", or bytes.

# Name in the SMTP greeting, in Received headers and in outbound EHLO.
hostname: {{.Hostname}}
# Queue store and audit log.
data_dir: data
# Levels, detectors and rules; check it with 'sealpost policy check'.
policy_file: policy.yaml

listeners:
  # Port 587 style: STARTTLS, then AUTH. Accounts: 'sealpost user add'.
  submission:
    address: 127.0.0.1:1587
    # Only these networks may connect (empty: anyone may try to log in).
    # allow_networks: [127.0.0.0/8, 10.0.0.0/8]
  # Port 465 style: implicit TLS, then AUTH.
  submissions:
    address: 127.0.0.1:1465
  # For legacy systems that cannot authenticate: no AUTH, so only the
  # networks listed may connect, and only as the senders listed.
  # relay:
  #   address: 127.0.0.1:2525
  #   allow_networks: [127.0.0.0/8]
  #   may_send_as: ["@{{.Domain}}"]   # or "user@{{.Domain}}", or "*"

# Server certificate for the listeners ('sealpost init' made a self-signed one).
tls:
  cert_file: tls/cert.pem
  key_file: tls/key.pem

limits:
  max_message_size: {{.Limits.MaxMessageSize}}
  max_recipients: {{.Limits.MaxRecipients}}
  max_line_length: {{.Limits.MaxLineLength}}   # bytes with CRLF; RFC 5321 minimum 1000
  command_timeout: {{d .Limits.CommandTimeout}}     # idle time between commands
  data_timeout: {{d .Limits.DataTimeout}}       # a whole DATA transfer
  data_idle_timeout: {{d .Limits.DataIdleTimeout}}   # no progress inside DATA
  # After auth_failures failed logins from one IP within auth_window,
  # that IP may not log in for auth_window.
  auth_failures: {{.Limits.AuthFailures}}
  auth_window: {{d .Limits.AuthWindow}}
  max_connections: {{.Limits.MaxConnections}}

# Every key listed signs: RSA for every verifier, Ed25519 beside it.
# Publish the TXT records 'sealpost init' printed.
dkim:
  - domain: {{.Domain}}
    selector: rsa
    key_file: dkim/rsa.private
  - domain: {{.Domain}}
    selector: ed
    key_file: dkim/ed25519.private

delivery:
  # Like Postfix transport maps: a recipient domain (or "*" for all
  # others) to a next hop host:port. Other domains go to their MX.
  # routes:
  #   partner.example: mx.partner.example:25
  #   "*": smarthost.example:587
  # PEM roots trusted besides the system's, for private next hops.
  # extra_ca_files: [private-ca.pem]
  # helo_name: {{.Hostname}}
  port: {{.Delivery.Port}}
  concurrency: {{.Delivery.Concurrency}}
  per_destination: {{.Delivery.PerDestination}}
  connect_timeout: {{d .Delivery.ConnectTimeout}}
  command_timeout: {{d .Delivery.CommandTimeout}}
  # First retry after retry_min, doubling up to retry_max; bounce after expire.
  retry_min: {{d .Delivery.RetryMin}}
  retry_max: {{d .Delivery.RetryMax}}
  expire: {{d .Delivery.Expire}}

# Recipients' keys for the pgp and smime methods: those imported with
# "sealpost keys add", and OpenPGP keys their domain publishes in a Web
# Key Directory (looked up before the message is accepted, at most
# wkd_timeout, cached for cache_ttl).
keys:
  wkd: {{.Keys.WKD}}
  wkd_timeout: {{d .Keys.WKDTimeout}}
  cache_ttl: {{d .Keys.CacheTTL}}
  # Ask a keyserver too (off: it would learn whom you write to).
  # keyserver: https://keys.openpgp.org
  # CAs recipient S/MIME certificates must chain to (default: the system's).
  # smime_root_files: [smime-roots.pem]
  # The organisation's keys, for policy encryption.sign: true.
  # pgp_signing_key: {file: org-pgp.asc}
  # pgp_passphrase: {env: SEALPOST_PGP_PASSPHRASE}
  # smime_cert_file: org-smime.pem
  # smime_signing_key: {file: org-smime.key}

# Secure pickup: the recipient gets a neutral notice with a link, confirms
# their address with a one-time code and reads the message on this
# server's portal. Off until listen and base_url are set; the policy's
# pickup method is chosen only then.
pickup:
  # listen: 127.0.0.1:8443
  # base_url: https://{{.Hostname}}:8443   # link prefix; https unless loopback
  tls: {{.Pickup.TLS}}          # serve HTTPS with the tls: certificate above
  expire: {{d .Pickup.Expire}}       # how long a link may be opened
  max_views: {{.Pickup.MaxViews}}
  # notice_from: no-reply@{{.Hostname}}   # From of notices and code mails
  notice_name: {{.Pickup.NoticeName}}
  # Your own notice and code mail texts: "sealpost pickup templates DIR"
  # writes the built-in ones into DIR to edit; files left out stay built in.
  # templates: pickup-templates

# Texts through Twilio: mail to <+15551234567@domain> is sent as a text to
# that number. A text with health information becomes a neutral text with
# a pickup link, so sms needs pickup above. Off until domain is set.
# Import recipients' consent with "sealpost sms consent import FILE".
# sms:
#   domain: sms.{{.Domain}}
#   account_sid: {env: TWILIO_ACCOUNT_SID}
#   auth_token: {env: TWILIO_AUTH_TOKEN}
#   from: "+15551234567"   # your Twilio number, or messaging_service_sid: MG...
#   per_second: {{.SMS.PerSecond}}          # texts a second; 1 for a long code
#   max_segments: {{.SMS.MaxSegments}}        # longer texts are refused
#   require_opt_in: {{.SMS.RequireOptIn}}   # refuse numbers with no opt-in record
#   sender_name: {{.SMS.SenderName}}   # starts every text: keep it neutral

# The HTTP API: POST /v1/messages with "Authorization: Bearer KEY" (make a
# key with "sealpost apikey add NAME"). Off until listen is set.
# api:
#   listen: 127.0.0.1:8025
#   tls: true          # HTTPS with the tls: certificate above
#   per_key_per_second: 50   # requests of one key; more get 429

# Encrypts queued messages at rest. Keep a copy somewhere safe: without it
# the queue cannot be read. Or from the environment:
# master_key: {env: SEALPOST_MASTER_KEY}
master_key:
  file: master.key

log:
  level: info    # debug, info, warn or error
  format: text   # text or json
`
