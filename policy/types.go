// Package policy owns the sensitivity model, the detectors that score a
// message, the recipient posture model and the decision engine that picks a
// protection method per recipient. It never delivers, stores or logs message
// content: findings name kinds and counts, never the matched text.
package policy

import (
	"fmt"
	"strings"
	"time"
)

// Method is a protection method a rule may list, in order of preference.
type Method string

const (
	MethodPGP         Method = "pgp"
	MethodSMIME       Method = "smime"
	MethodTLSVerified Method = "tls-verified"
	MethodTLS         Method = "tls"
	MethodPlain       Method = "plain"
	MethodPickup      Method = "pickup"
	MethodReject      Method = "reject"
)

// Methods lists every method the policy language knows.
var Methods = []Method{MethodPGP, MethodSMIME, MethodTLSVerified, MethodTLS, MethodPlain, MethodPickup, MethodReject}

// Valid reports whether m is a known method.
func (m Method) Valid() bool {
	for _, k := range Methods {
		if m == k {
			return true
		}
	}
	return false
}

// Transport reports whether m is satisfied by the SMTP connection alone
// (tls-verified, tls, plain), as opposed to a transform of the message.
func (m Method) Transport() bool {
	return m == MethodTLSVerified || m == MethodTLS || m == MethodPlain
}

// Level names a sensitivity level: "none", "phi", "restricted", or any level
// the policy file defines.
type Level string

const (
	LevelNone       Level = "none"
	LevelPHI        Level = "phi"
	LevelRestricted Level = "restricted"
)

// Where tells in which part of the message a finding was made.
type Where string

const (
	WhereSubject    Where = "subject"
	WhereHeader     Where = "header"
	WhereBody       Where = "body"
	WhereAttachment Where = "attachment"
	WhereEnvelope   Where = "envelope"
	// WhereAttachmentName is an attachment's file name.
	WhereAttachmentName Where = "attachment-name"
	// WhereMessage is the message as a whole: context rules.
	WhereMessage Where = "message"
)

// Finding is one detector hit. It never carries the matched text.
type Finding struct {
	Kind   string `json:"kind"` // e.g. "ssn", "subject-tag", "icd10"; or a context rule
	Group  Group  `json:"group,omitempty"`
	Count  int    `json:"count"` // occurrences
	Where  Where  `json:"where"`
	Weight int    `json:"weight"` // score contributed
}

// Sensitivity is what inspection concludes about one message.
type Sensitivity struct {
	Score    int       `json:"score"`
	Level    Level     `json:"level"`
	Findings []Finding `json:"findings,omitempty"`
}

// Kinds returns the distinct finding kinds, in order of first appearance.
func (s Sensitivity) Kinds() []string {
	var kinds []string
	seen := map[string]bool{}
	for _, f := range s.Findings {
		if !seen[f.Kind] {
			seen[f.Kind] = true
			kinds = append(kinds, f.Kind)
		}
	}
	return kinds
}

// TLSPosture is what is known of the TLS a recipient's mail exchanger offers.
type TLSPosture string

const (
	TLSUnknown       TLSPosture = ""             // not learned yet: checked at delivery
	TLSNone          TLSPosture = "none"         // no STARTTLS
	TLSOpportunistic TLSPosture = "tls"          // encrypted, certificate not verified
	TLSVerified      TLSPosture = "tls-verified" // PKIX, MTA-STS enforce or DANE
)

// Posture is what one recipient can receive securely.
type Posture struct {
	Address  string
	Domain   string
	HasPGP   bool // a usable OpenPGP key is known
	HasSMIME bool // a usable S/MIME certificate is known
	// Keys are the keys discovery found, usable or not, for the record.
	Keys []Key
	// Notes say what discovery could not learn ("wkd: timeout"): they go
	// into the decision's reason, never block it.
	Notes []string
	TLS   TLSPosture
	Phone string // E.164, for the SMS channel
}

// Key is a recipient key as a decision records it: where it was found
// and which it is, never the key itself.
type Key struct {
	Kind        string    `json:"kind"`   // "pgp" or "smime"
	Source      string    `json:"source"` // "keystore", "wkd"
	Fingerprint string    `json:"fpr"`
	Expires     time.Time `json:"expires,omitzero"`
	// Unusable says why the key cannot be used (expired, revoked, too
	// weak, …); empty for a usable key.
	Unusable string `json:"unusable,omitempty"`
}

// Decision is the outcome of the decision engine for one recipient.
type Decision struct {
	Recipient string `json:"rcpt"`
	// Method is the method chosen now, from the recipient's posture.
	Method Method `json:"method"`
	// Fallbacks are the later methods of the rule's list still open to the
	// recipient, in order. Delivery may move to one of them (never to a
	// weaker one than the rule allows) when Method cannot be met, and
	// records that it did.
	Fallbacks []Method `json:"fallbacks,omitempty"`
	Rule      string   `json:"rule"`
	Reason    string   `json:"reason"`
	// Keys are the recipient's keys the posture knew of.
	Keys []Key `json:"keys,omitempty"`
	// Pickup are the rule's pickup terms, when the chain has pickup.
	Pickup PickupTerms `json:"pickup,omitzero"`
}

// Passcode reports whether a pickup of this decision opens with the
// submitter's passcode: the message cannot be accepted without one.
func (d Decision) Passcode() bool {
	return d.Pickup.Identity == IdentityPasscode
}

// Chain returns Method followed by Fallbacks.
func (d Decision) Chain() []Method {
	return append([]Method{d.Method}, d.Fallbacks...)
}

// String renders a method chain as "a>b>c".
func ChainString(ms []Method) string {
	s := make([]string, len(ms))
	for i, m := range ms {
		s[i] = string(m)
	}
	return strings.Join(s, ">")
}

// UnmarshalText accepts only known methods, so that a typo in policy.yaml
// is an error at its place.
func (m *Method) UnmarshalText(text []byte) error {
	if !Method(text).Valid() {
		return fmt.Errorf("policy: unknown method %q (want one of %s)", text, strings.ReplaceAll(ChainString(Methods), ">", ", "))
	}
	*m = Method(text)
	return nil
}

// UnmarshalText accepts the TLS postures an override may state.
func (t *TLSPosture) UnmarshalText(text []byte) error {
	switch p := TLSPosture(text); p {
	case TLSNone, TLSOpportunistic, TLSVerified:
		*t = p
		return nil
	}
	return fmt.Errorf("policy: unknown tls posture %q (want none, tls or tls-verified)", text)
}
