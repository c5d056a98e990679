package policy

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/internal/yamlx"
)

// ContextRule weighs evidence together: when its groups are found (all of
// All, at least one of Any, none of None) it adds Weight to the score and
// holds the level at least at AtLeast and at most at AtMost. This is how
// "an identifier with health content is PHI, either alone is not" is said.
type ContextRule struct {
	Name    string  `yaml:"name"`
	All     []Group `yaml:"all"`
	Any     []Group `yaml:"any"`
	None    []Group `yaml:"none"`
	Weight  int     `yaml:"weight"`
	AtLeast Level   `yaml:"at_least"`
	AtMost  Level   `yaml:"at_most"`
}

// SenderDefault sets the lowest level of everything a sender submits (by
// envelope sender or authenticated account): "all mail of the EHR
// account is phi".
type SenderDefault struct {
	Match string `yaml:"match"`
	Level Level  `yaml:"level"`
}

// Inspection bounds what inspection reads of a message.
type Inspection struct {
	MaxPart    conf.ByteSize `yaml:"max_part"`    // decoded bytes read of one part
	MaxMessage conf.ByteSize `yaml:"max_message"` // decoded bytes read of a message
}

func defaultInspection() Inspection {
	return Inspection{MaxPart: conf.ByteSize(DefaultBudgets.Part), MaxMessage: conf.ByteSize(DefaultBudgets.Message)}
}

// UnmarshalText accepts the known groups only.
func (g *Group) UnmarshalText(text []byte) error {
	if !slices.Contains(Groups, Group(text)) {
		return fmt.Errorf("policy: unknown group %q (want one of %s)", text, groupNames())
	}
	*g = Group(text)
	return nil
}

func groupNames() string {
	s := make([]string, len(Groups))
	for i, g := range Groups {
		s[i] = string(g)
	}
	return strings.Join(s, ", ")
}

// defaultGroups caps what each group adds: many health terms without a
// patient stay health terms; a newsletter full of drug names is no chart.
func defaultGroups() map[Group]int {
	return map[Group]int{GroupIdentifier: 30, GroupPatient: 10, GroupIndividual: 15, GroupContact: 3, GroupProvider: 4,
		GroupHealth: 20, GroupCare: 6, GroupRestricted: 25}
}

// defaultContext are the built-in context rules, in the order they apply.
// A mailing (bulk) is about no one, unless it greets one person by name
// and speaks of their own care: an EOB statement, a refill reminder.
// Trade explains what an invoice or a stock count shows of one person (a
// customer greeted, a customer's account, a delivery date), not a patient
// it names: trade holds back the individual rules, never the patient ones,
// and with no patient named or spoken to, bounds the level to none (a
// recruiter greeting a psychiatric nurse, a supplier its customer).
func defaultContext() []ContextRule {
	health, restricted := []Group{GroupHealth, GroupRestricted}, []Group{GroupRestricted}
	return []ContextRule{
		{Name: "identifier+health", All: []Group{GroupIdentifier}, Any: health, Weight: 25},
		{Name: "identifier+care", All: []Group{GroupIdentifier, GroupCare}, None: health, Weight: 12},
		{Name: "patient+health", All: []Group{GroupPatient}, Any: health, None: []Group{GroupIdentifier, GroupBulk}, Weight: 20},
		{Name: "individual+health", All: []Group{GroupIndividual}, Any: health,
			None: []Group{GroupIdentifier, GroupPatient, GroupTrade, GroupBulk}, Weight: 20},
		{Name: "patient+care", All: []Group{GroupPatient, GroupCare}, None: []Group{GroupIdentifier, GroupHealth, GroupRestricted, GroupBulk}, Weight: 22},
		{Name: "individual+care", All: []Group{GroupIndividual, GroupCare},
			None: []Group{GroupIdentifier, GroupPatient, GroupHealth, GroupRestricted, GroupTrade, GroupBulk, GroupProvider}, Weight: 20},
		{Name: "mailing+health", All: []Group{GroupBulk, GroupPatient, GroupIndividual}, Any: health, None: []Group{GroupIdentifier}, Weight: 20},
		{Name: "mailing+care", All: []Group{GroupBulk, GroupPatient, GroupIndividual, GroupCare},
			None: []Group{GroupIdentifier, GroupHealth, GroupRestricted}, Weight: 22},
		{Name: "no-patient", None: []Group{GroupIdentifier, GroupPatient, GroupIndividual, GroupMarker}, AtMost: LevelNone},
		{Name: "customer-not-patient", All: []Group{GroupTrade, GroupIndividual}, None: []Group{GroupIdentifier, GroupPatient, GroupMarker}, AtMost: LevelNone},
		{Name: "no-health", None: []Group{GroupHealth, GroupCare, GroupRestricted, GroupMarker}, AtMost: LevelNone},
		{Name: "mailing-to-anyone", All: []Group{GroupBulk}, None: []Group{GroupIdentifier, GroupIndividual, GroupMarker}, AtMost: LevelNone},
		{Name: "mailing-to-a-reader", All: []Group{GroupBulk, GroupIndividual}, None: []Group{GroupIdentifier, GroupPatient, GroupMarker}, AtMost: LevelNone},
		{Name: "restricted-needs-category", None: restricted, AtMost: LevelPHI},
		{Name: "restricted+identifier", All: []Group{GroupRestricted, GroupIdentifier}, AtLeast: LevelRestricted},
		{Name: "restricted+patient", All: []Group{GroupRestricted, GroupPatient}, None: []Group{GroupBulk}, AtLeast: LevelRestricted},
		{Name: "restricted+individual", All: []Group{GroupRestricted, GroupIndividual}, None: []Group{GroupTrade, GroupBulk}, AtLeast: LevelRestricted},
		{Name: "restricted+mailing", All: []Group{GroupRestricted, GroupBulk, GroupPatient, GroupIndividual}, AtLeast: LevelRestricted},
		{Name: "fail-closed", Any: []Group{GroupUnreadable}, AtLeast: LevelPHI},
	}
}

// contextOf returns the policy's context rules: its own list replaces the
// built-in one whole. Built-in rules that bound the level to a level the
// policy does not define are left out.
func contextOf(p *Policy, rules []ContextRule, doc *yamlx.Doc) []ContextRule {
	if doc.Has("context") {
		return rules
	}
	var out []ContextRule
	for _, r := range defaultContext() {
		if (r.AtLeast == "" || p.knownLevel(r.AtLeast)) && (r.AtMost == "" || p.knownLevel(r.AtMost)) {
			out = append(out, r)
		}
	}
	return out
}

// matches reports whether the groups found satisfy the rule.
func (r ContextRule) matches(found map[Group]bool) bool {
	for _, g := range r.All {
		if !found[g] {
			return false
		}
	}
	for _, g := range r.None {
		if found[g] {
			return false
		}
	}
	return len(r.Any) == 0 || slices.ContainsFunc(r.Any, func(g Group) bool { return found[g] })
}

func checkContext(p *Policy, doc *yamlx.Doc) {
	if doc.Has("context") {
		warnContext(p.Context, doc)
	}
	names := map[string]bool{}
	for i, r := range p.Context {
		path := fmt.Sprintf("context[%d]", i)
		switch {
		case r.Name == "":
			doc.Errorf(path, "context rule needs a name: (findings and explain name it)")
		case names[r.Name]:
			doc.Errorf(path+".name", "duplicate context rule name %q", r.Name)
		}
		names[r.Name] = true
		if r.Weight == 0 && r.AtLeast == "" && r.AtMost == "" {
			doc.Errorf(path, "context rule %q does nothing (give weight:, at_least: or at_most:)", r.Name)
		}
		for _, f := range []struct {
			key string
			l   Level
		}{{"at_least", r.AtLeast}, {"at_most", r.AtMost}} {
			if f.l != "" && !p.knownLevel(f.l) {
				doc.Errorf(path+"."+f.key, "unknown level %q (levels: %s)", f.l, p.levelNames())
			}
		}
	}
}

func checkGroups(p *Policy, doc *yamlx.Doc) {
	for g, limit := range p.Groups {
		switch {
		case !slices.Contains(Groups, g):
			doc.Errorf("groups."+string(g), "unknown group %q (want one of %s)", g, groupNames())
		case limit < 0:
			doc.Errorf("groups."+string(g), "group %q: a cap is 0 or more, got %d", g, limit)
		}
	}
}

func checkSenders(p *Policy, doc *yamlx.Doc) {
	for i, s := range p.Senders {
		path := fmt.Sprintf("senders[%d]", i)
		if !validPattern(s.Match) {
			doc.Errorf(path+".match", "bad address pattern %q (want user@domain, @domain or *)", s.Match)
		}
		if s.Level == "" || !p.knownLevel(s.Level) {
			doc.Errorf(path+".level", "unknown level %q (levels: %s)", s.Level, p.levelNames())
		}
	}
}

func checkInspection(p *Policy, doc *yamlx.Doc) {
	in := p.Inspection
	if in.MaxPart < 64<<10 {
		doc.Errorf("inspection.max_part", "max_part %s is below 64KiB", in.MaxPart)
	}
	if in.MaxMessage < in.MaxPart {
		doc.Errorf("inspection.max_message", "max_message %s is below max_part %s", in.MaxMessage, in.MaxPart)
	}
}

// senderLevel returns the highest default level of the senders that
// match the envelope, and whether one did.
func (p *Policy) senderLevel(env Envelope) (Level, bool) {
	level, ok := LevelNone, false
	for _, s := range p.Senders {
		if env.From != "" && MatchAddress(s.Match, env.From) || env.Submitter != "" && MatchAddress(s.Match, env.Submitter) {
			level, ok = p.higher(level, s.Level), true
		}
	}
	return level, ok
}

// warnContext flags a policy's own context list written for the groups of
// an older release: named patients ("Patient: Ana Ruiz", "your results")
// were once "individual" and are "patient" now; invoices and stock counts
// were once "bulk" and are "trade" now. Such a list loads, and silently
// scores less.
func warnContext(rules []ContextRule, doc *yamlx.Doc) {
	uses := map[Group]bool{}
	for _, r := range rules {
		for _, gs := range [][]Group{r.All, r.Any, r.None} {
			for _, g := range gs {
				uses[g] = true
			}
		}
	}
	if !uses[GroupPatient] {
		doc.Warnf("context", `no context rule uses group "patient": a named patient or "your results" with health content `+
			`adds nothing (add e.g. {name: patient+health, all: [patient], any: [health, restricted], weight: 20})`)
	}
	if uses[GroupBulk] && !uses[GroupTrade] {
		doc.Warnf("context", `context rules hold back on "bulk" but never on "trade": invoices, quotes and stock counts are "trade", not "bulk"`)
	}
}
