package policy

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/yamlx"
)

// LevelThreshold is the lowest score at which a level applies.
type LevelThreshold struct {
	Level Level
	Score int
}

// Detector is one detector's switch and weight.
type Detector struct {
	Enabled bool `yaml:"enabled"`
	Weight  int  `yaml:"weight"`
}

// Rule maps a condition to an ordered list of methods.
type Rule struct {
	Name string   `yaml:"name"`
	When When     `yaml:"when"`
	Use  []Method `yaml:"use"`
	// Pickup sets the terms of the pickups the rule makes, when it lists
	// pickup; zero fields leave the channel's defaults.
	Pickup PickupTerms `yaml:"pickup"`
}

// PickupTerms are a rule's terms for the pickups it makes.
type PickupTerms struct {
	// Identity is how the recipient proves who they are before the
	// portal shows anything: IdentityCode (also when empty) or
	// IdentityPasscode.
	Identity Identity      `yaml:"identity" json:"identity,omitempty"`
	Expire   time.Duration `yaml:"expire" json:"expire,omitempty"`       // how long the link stays open
	MaxViews int           `yaml:"max_views" json:"max_views,omitempty"` // how often it may be opened
}

// Identity is a pickup's identity check.
type Identity string

const (
	// IdentityCode mails (or texts) a one-time code to the recipient.
	IdentityCode Identity = "code"
	// IdentityPasscode asks for the passcode the submitter set in the
	// message's Sealpost-Passcode header and gave the recipient some
	// other way (a phone call, a printed letter).
	IdentityPasscode Identity = "passcode"
)

// UnmarshalText accepts the known identity checks.
func (i *Identity) UnmarshalText(text []byte) error {
	switch id := Identity(text); id {
	case IdentityCode, IdentityPasscode:
		*i = id
		return nil
	}
	return fmt.Errorf("policy: unknown pickup identity %q (want code or passcode)", text)
}

// When is a rule's condition: every non-empty field must match, and a
// field matches if any of its values does. In YAML each field takes one
// value or a list. Address patterns are "user@domain", "@domain" (the
// domain and its subdomains) or "*".
type When struct {
	Level     []Level  `yaml:"level"`
	Channel   []string `yaml:"channel"`
	Sender    []string `yaml:"sender"`    // matched against the envelope sender
	Recipient []string `yaml:"recipient"` // matched against the recipient's address
}

// Override states what the admin knows of a recipient or a domain. The
// most specific matching override applies: an address before its domain,
// a domain before its parent, any before "*".
type Override struct {
	Match string     `yaml:"match"` // address pattern
	TLS   TLSPosture `yaml:"tls"`
}

// Policy is a loaded policy.yaml. A Policy is never modified after Parse:
// it may be shared by any number of goroutines.
type Policy struct {
	Levels     []LevelThreshold // ascending by score; "none" is below the lowest
	Detectors  map[string]Detector
	Groups     map[Group]int // the most each group adds to a score
	Context    []ContextRule // applied in order
	Custom     []CustomDetector
	Senders    []SenderDefault
	Inspection Inspection
	Encryption Encryption
	Rules      []Rule // first match wins
	Overrides  []Override
	File       string
	Warnings   []string // file:line:col: what loads but likely is not meant

	scan *scanSetup // built by Parse from the detectors
}

// file is the YAML shape of a policy.
type file struct {
	Levels     map[string]int      `yaml:"levels"`
	Detectors  map[string]Detector `yaml:"detectors"`
	Groups     map[Group]int       `yaml:"groups"`
	Context    []ContextRule       `yaml:"context"`
	Custom     []CustomDetector    `yaml:"custom"`
	Senders    []SenderDefault     `yaml:"senders"`
	Inspection Inspection          `yaml:"inspection"`
	Encryption Encryption          `yaml:"encryption"`
	Rules      []Rule              `yaml:"rules"`
	Overrides  []Override          `yaml:"overrides"`
}

// Envelope is what is known of a message besides its content.
type Envelope struct {
	From      string // envelope sender (MAIL FROM)
	Submitter string // authenticated account, if any
	Channel   string // "email" (also when empty) or "sms"
	// NoPasscode says no one could set a passcode for the message (a
	// recipient's reply written on the portal): a rule whose pickups
	// open with a passcode mails a code instead.
	NoPasscode bool
}

// Availability tells which methods this build can deliver now; nil means
// all. Reject is always available.
type Availability func(Method) bool

// Channels lists the channels a rule may name.
var Channels = []string{"email", "sms"}

// Load reads and checks a policy file.
func Load(path string) (*Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	return Parse(path, data)
}

// Parse checks a policy and returns every problem found, each as
// file:line:col: message (a yamlx.Errors).
func Parse(name string, data []byte) (*Policy, error) {
	f := file{Detectors: defaultDetectors(), Groups: defaultGroups(), Inspection: defaultInspection(), Encryption: defaultEncryption()}
	doc := yamlx.Decode(name, data, &f)
	if err := syntaxError(doc); err != nil {
		return nil, err // the rest would be noise
	}
	p := &Policy{File: name, Rules: f.Rules, Overrides: f.Overrides, Groups: f.Groups,
		Custom: f.Custom, Senders: f.Senders, Inspection: f.Inspection, Encryption: f.Encryption}
	p.Levels = levelsOf(f.Levels, doc)
	p.Detectors = detectorsOf(f.Detectors, doc)
	p.Context = contextOf(p, f.Context, doc)
	checkInspection(p, doc)
	checkEncryption(p, doc)
	checkGroups(p, doc)
	checkContext(p, doc)
	checkSenders(p, doc)
	p.scan = buildScan(p, doc)
	checkRules(p, doc)
	checkOverrides(p.Overrides, doc)
	if err := doc.Err(); err != nil {
		return nil, err
	}
	p.Warnings = doc.Warnings()
	return p, nil
}

// syntaxError returns the document's errors when one of them is a YAML
// syntax error.
func syntaxError(doc *yamlx.Doc) error {
	var es yamlx.Errors
	if errors.As(doc.Err(), &es) && slices.ContainsFunc(es, func(e *yamlx.Error) bool { return strings.HasPrefix(e.Msg, "syntax error") }) {
		return es
	}
	return nil
}

// Default is the built-in policy, the one DefaultYAML describes.
func Default() *Policy {
	p, err := Parse("built-in policy.yaml", DefaultYAML())
	if err != nil {
		panic(err) // the built-in policy is tested
	}
	return p
}

// DefaultYAML is the built-in policy as a commented file, for `sealpost init`.
func DefaultYAML() []byte { return []byte(defaultYAML) }
