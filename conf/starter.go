package conf

import (
	"fmt"
	"strings"
)

// Starter returns a commented sealpost.yaml for `sealpost init`, with the
// file layout init creates beside it.
func Starter(hostname string) []byte {
	domain := hostname
	if labels := strings.Split(hostname, "."); len(labels) > 2 {
		domain = strings.Join(labels[1:], ".")
	}
	return []byte(fmt.Sprintf(starter, hostname, domain, domain))
}

const starter = `# Sealpost configuration. Paths are relative to this file.
# Unknown keys are errors: 'sealpost serve' names file:line:col of each.

# Name in the SMTP greeting, in Received headers and in outbound EHLO.
hostname: %s
# Queue store, audit log.
data_dir: data
# Levels, detectors and rules: check with 'sealpost policy check'.
policy_file: policy.yaml

listeners:
  # Port 587 style: STARTTLS, then AUTH PLAIN or LOGIN. Accounts: 'sealpost user add'.
  submission:
    address: 127.0.0.1:1587
  # Port 465 style: implicit TLS, then AUTH.
  submissions:
    address: 127.0.0.1:1465
  # For legacy systems that cannot authenticate: no AUTH, allow-listed networks only.
  # relay:
  #   address: 127.0.0.1:2525
  #   allow_networks: [127.0.0.0/8]
  #   may_send_as: ["@%s"]

tls:
  cert_file: tls/cert.pem
  key_file: tls/key.pem

limits:
  max_message_size: 25MiB
  max_recipients: 100
  command_timeout: 5m
  data_idle_timeout: 5m
  auth_failures: 5
  auth_window: 15m

# Every key of the From domain signs: RSA for every verifier, Ed25519 beside it.
dkim:
  - domain: %s
    selector: rsa
    key_file: dkim/rsa.private
  - domain: %[3]s
    selector: ed
    key_file: dkim/ed25519.private

delivery:
  # Like Postfix transport maps: a domain (or "*") to a next hop host:port.
  # Domains without a route are delivered to their MX on port 25.
  # routes:
  #   partner.example: "mx.partner.example:25"
  #   "*": "smarthost.example:587"
  # PEM roots trusted besides the system's, for private next hops.
  # extra_ca_files: [private-ca.pem]
  retry_min: 1m
  retry_max: 1h
  expire: 120h

# Encrypts queued messages at rest. Or: master_key: {env: SEALPOST_MASTER_KEY}
master_key:
  file: master.key

log:
  level: info
  format: text
`
