package policy

import (
	"fmt"
	"os"
	"sort"
	"strings"

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
}

// When is a rule's condition; every non-empty field must match. Address
// patterns are "user@domain", "@domain" (and its subdomains) or "*".
type When struct {
	Level     []Level  `yaml:"level"`
	Channel   []string `yaml:"channel"`
	Sender    []string `yaml:"sender"`
	Recipient []string `yaml:"recipient"`
}

// Override states what the admin knows of a recipient or domain.
type Override struct {
	Match string     `yaml:"match"` // address pattern
	TLS   TLSPosture `yaml:"tls"`
}

// Policy is a loaded policy.yaml.
type Policy struct {
	Levels    []LevelThreshold // ascending by score
	Detectors map[string]Detector
	Rules     []Rule
	Overrides []Override
	File      string
}

// file is the YAML shape of a policy.
type file struct {
	Levels    map[string]int      `yaml:"levels"`
	Detectors map[string]Detector `yaml:"detectors"`
	Rules     []Rule              `yaml:"rules"`
	Overrides []Override          `yaml:"overrides"`
}

// Envelope is what is known of a message besides its content.
type Envelope struct {
	From      string
	Submitter string
	Channel   string // "email"
}

// Availability tells which methods can be delivered now; nil means all.
type Availability func(Method) bool

// Load reads and checks a policy file.
func Load(path string) (*Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	return Parse(path, data)
}

// Parse checks a policy; every error carries file:line:col.
func Parse(name string, data []byte) (*Policy, error) {
	f := file{Detectors: defaultDetectors()}
	doc := yamlx.Decode(name, data, &f)
	p := &Policy{File: name, Detectors: f.Detectors, Rules: f.Rules, Overrides: f.Overrides}
	for k := range f.Detectors {
		if _, ok := detectorDefaults[k]; !ok {
			doc.Errorf("detectors."+k, "unknown detector %q (known: %s)", k, strings.Join(detectorNames(), ", "))
			delete(p.Detectors, k)
		}
	}
	p.Levels = levelsOf(f.Levels, doc)
	p.check(doc)
	if err := doc.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

func levelsOf(m map[string]int, doc *yamlx.Doc) []LevelThreshold {
	if len(m) == 0 {
		m = map[string]int{string(LevelPHI): 30, string(LevelRestricted): 70}
	}
	var ls []LevelThreshold
	for name, score := range m {
		if name == string(LevelNone) || score <= 0 {
			doc.Errorf("levels."+name, "level %q: thresholds are scores above 0 (\"none\" is below the lowest)", name)
			continue
		}
		ls = append(ls, LevelThreshold{Level(name), score})
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i].Score < ls[j].Score })
	return ls
}

// check validates rules and overrides.
func (p *Policy) check(doc *yamlx.Doc) {
	if len(p.Rules) == 0 {
		doc.Errorf("rules", "policy has no rules")
		return
	}
	seen := map[string]bool{}
	for i, r := range p.Rules {
		path := fmt.Sprintf("rules[%d]", i)
		switch {
		case r.Name == "":
			doc.Errorf(path, "rule needs a name (decisions name their rule)")
		case seen[r.Name]:
			doc.Errorf(path+".name", "duplicate rule name %q", r.Name)
		}
		seen[r.Name] = true
		if len(r.Use) == 0 {
			doc.Errorf(path, "rule %q has no use: list", r.Name)
		}
		for j, l := range r.When.Level {
			if !p.knownLevel(l) {
				doc.Errorf(fmt.Sprintf("%s.when.level[%d]", path, j), "unknown level %q", l)
			}
		}
	}
	if last := p.Rules[len(p.Rules)-1]; !last.catchAll() {
		doc.Errorf(fmt.Sprintf("rules[%d]", len(p.Rules)-1),
			"the last rule %q has a when: condition; end with a rule without one, so that every message gets a decision", last.Name)
	}
	for i, o := range p.Overrides {
		if o.Match == "" {
			doc.Errorf(fmt.Sprintf("overrides[%d]", i), "override needs match: (user@domain, @domain or *)")
		}
	}
}

func (r Rule) catchAll() bool {
	w := r.When
	return len(w.Level)+len(w.Channel)+len(w.Sender)+len(w.Recipient) == 0
}

func (p *Policy) knownLevel(l Level) bool {
	if l == LevelNone {
		return true
	}
	for _, t := range p.Levels {
		if t.Level == l {
			return true
		}
	}
	return false
}

// Default is the built-in policy.
func Default() *Policy {
	p, err := Parse("built-in policy.yaml", DefaultYAML())
	if err != nil {
		panic(err) // the built-in policy is tested
	}
	return p
}

// DefaultYAML is the built-in policy as a commented file, for `sealpost init`.
func DefaultYAML() []byte { return []byte(defaultYAML) }

const defaultYAML = `# Sealpost policy. Check it with: sealpost policy check
# A message's score is the sum of its detectors' weights; a level applies
# from its threshold up ("none" below the lowest).
levels:
  phi: 30
  restricted: 70

# Every detector can be switched off or reweighted, e.g.:
# detectors:
#   clinical-term: {enabled: true, weight: 10}

# First matching rule wins; in its use: list the first method the recipient
# can receive wins. pgp, smime and pickup need a recipient key or the portal;
# plain is used only for messages at level none.
rules:
  - name: restricted
    when: {level: restricted}
    use: [pgp, smime, pickup]
  - name: phi
    when: {level: phi}
    use: [pgp, smime, tls-verified, pickup]
  - name: default
    use: [tls-verified, tls, plain]

# What you know of a partner's mail servers:
# overrides:
#   - match: "@partner-clinic.example"
#     tls: tls-verified
`

// Posture is what the policy knows of a recipient: admin overrides for
// now (key stores and learned TLS come later).
func (p *Policy) Posture(addr string) Posture {
	pos := Posture{Address: addr, Domain: domainOf(addr)}
	for _, o := range p.Overrides {
		if MatchAddress(o.Match, addr) {
			pos.TLS = o.TLS
			break
		}
	}
	return pos
}

func domainOf(addr string) string {
	return strings.ToLower(addr[strings.LastIndexByte(addr, '@')+1:])
}

// MatchAddress reports whether addr matches a pattern: "*", "@domain"
// (the domain and its subdomains) or a whole address (case-insensitive).
func MatchAddress(pattern, addr string) bool {
	pattern, addr = strings.ToLower(pattern), strings.ToLower(addr)
	switch {
	case pattern == "*":
		return true
	case strings.HasPrefix(pattern, "@"):
		d := domainOf(addr)
		return "@"+d == pattern || strings.HasSuffix(d, "."+pattern[1:])
	}
	return pattern == addr
}
