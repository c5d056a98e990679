package policy

import (
	"strings"

	"github.com/sealpost/sealpost/internal/yamlx"
)

// Encryption is how the pgp and smime methods protect a message.
type Encryption struct {
	// Subject is the outer Subject of an encrypted message; the real one
	// travels inside. Neutral by default: a subject can disclose a
	// diagnosis.
	Subject string `yaml:"subject"`
	// MinRSABits is the smallest RSA key (OpenPGP or S/MIME) a message is
	// encrypted to; a smaller one is recorded as unusable.
	MinRSABits int `yaml:"min_rsa_bits"`
	// Sign makes Sealpost sign before it encrypts, with the organisation
	// key of sealpost.yaml.
	Sign bool `yaml:"sign"`
}

// DefaultEncryptedSubject is the outer Subject unless the policy sets one.
const DefaultEncryptedSubject = "Secure message"

func defaultEncryption() Encryption {
	return Encryption{Subject: DefaultEncryptedSubject, MinRSABits: 2048}
}

func checkEncryption(p *Policy, doc *yamlx.Doc) {
	e := p.Encryption
	if strings.TrimSpace(e.Subject) == "" || strings.ContainsAny(e.Subject, "\r\n") {
		doc.Errorf("encryption.subject", "subject must be one line of text")
	}
	if e.MinRSABits < 2048 {
		doc.Errorf("encryption.min_rsa_bits", "min_rsa_bits %d is below 2048", e.MinRSABits)
	}
}
