package policy

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/yamlx"
)

// defaultLevels apply when a policy has no levels: key.
var defaultLevels = map[string]int{string(LevelPHI): 30, string(LevelRestricted): 70}

// levelsOf turns the levels: mapping into thresholds ordered by score.
func levelsOf(m map[string]int, doc *yamlx.Doc) []LevelThreshold {
	if !doc.Has("levels") {
		m = defaultLevels
	} else if len(m) == 0 {
		doc.Errorf("levels", "levels: is empty; define at least one level (e.g. phi: 30)")
	}
	var ls []LevelThreshold
	for name, score := range m {
		if msg := badLevel(name, score); msg != "" {
			doc.Errorf("levels."+name, "%s", msg)
			continue
		}
		ls = append(ls, LevelThreshold{Level(name), score})
	}
	sort.Slice(ls, func(i, j int) bool {
		return ls[i].Score < ls[j].Score || ls[i].Score == ls[j].Score && ls[i].Level < ls[j].Level
	})
	for i := 1; i < len(ls); i++ {
		if ls[i].Score == ls[i-1].Score {
			doc.Errorf("levels."+string(ls[i].Level), "levels %q and %q have the same threshold %d", ls[i-1].Level, ls[i].Level, ls[i].Score)
		}
	}
	return ls
}

func badLevel(name string, score int) string {
	switch {
	case name == string(LevelNone):
		return `"none" is not set: it is every score below the lowest level`
	case !isWord(name):
		return fmt.Sprintf("level name %q: use lower-case letters, digits and '-'", name)
	case score <= 0:
		return fmt.Sprintf("level %q: a threshold is a score above 0, got %d", name, score)
	}
	return ""
}

func isWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0) {
			return false
		}
	}
	return s != ""
}

// detectorsOf checks the detectors: mapping (already merged with the
// defaults by the decoder).
func detectorsOf(m map[string]Detector, doc *yamlx.Doc) map[string]Detector {
	known := defaultDetectors()
	for k, d := range m {
		if _, ok := known[k]; !ok {
			doc.Errorf("detectors."+k, "unknown detector %q (known: %s)", k, strings.Join(detectorNames(), ", "))
			delete(m, k)
		} else if d.Weight < 0 {
			doc.Errorf("detectors."+k+".weight", "detector %q: weight must be 0 or more, got %d", k, d.Weight)
		} else if !d.Enabled && restrictedDetector(k) {
			doc.Warnf("detectors."+k, "detector %q is off: mail in its category is no longer seen as restricted", k)
		}
	}
	return m
}

func restrictedDetector(id string) bool {
	for _, d := range builtins {
		if d.id == id {
			return d.group == GroupRestricted
		}
	}
	return false
}

// checkRules checks every rule, and that the rules together decide every
// message: no rule is shadowed by earlier ones, plain is never open to a
// level above none, and some rule matches whatever is left.
func checkRules(p *Policy, doc *yamlx.Doc) {
	if len(p.Rules) == 0 {
		doc.Errorf("rules", "the policy has no rules: a message would have no decision")
		return
	}
	names := map[string]bool{}
	cov := newCoverage(p)
	for i, r := range p.Rules {
		path := fmt.Sprintf("rules[%d]", i)
		checkName(r, path, names, doc)
		checkWhen(p, r.When, path, doc)
		if r.Name == "" {
			r.Name = path // for the messages below
		}
		checkUse(r, path, doc)
		checkPickupTerms(r, path, doc)
		checkReach(r, path, cov, doc)
		cov.take(r)
	}
	if len(cov.open()) > 0 {
		doc.Errorf(fmt.Sprintf("rules[%d]", len(p.Rules)-1),
			"no catch-all rule: a message matching no rule would have no decision (end with a rule without when:)")
	}
}

func checkName(r Rule, path string, seen map[string]bool, doc *yamlx.Doc) {
	switch {
	case r.Name == "":
		doc.Errorf(path, "rule needs a name: (decisions name their rule)")
	case seen[r.Name]:
		doc.Errorf(path+".name", "duplicate rule name %q", r.Name)
	}
	seen[r.Name] = true
}

func checkWhen(p *Policy, w When, path string, doc *yamlx.Doc) {
	for j, l := range w.Level {
		if !p.knownLevel(l) {
			doc.Errorf(fmt.Sprintf("%s.when.level[%d]", path, j), "unknown level %q (levels: %s)", l, p.levelNames())
		}
	}
	for j, c := range w.Channel {
		if !slices.Contains(Channels, c) {
			doc.Errorf(fmt.Sprintf("%s.when.channel[%d]", path, j), "unknown channel %q (want %s)", c, strings.Join(Channels, " or "))
		}
	}
	checkPatterns(w.Sender, path+".when.sender", doc)
	checkPatterns(w.Recipient, path+".when.recipient", doc)
}

func checkPatterns(patterns []string, path string, doc *yamlx.Doc) {
	for j, pat := range patterns {
		if !validPattern(pat) {
			doc.Errorf(fmt.Sprintf("%s[%d]", path, j), "bad address pattern %q (want user@domain, @domain or *)", pat)
		}
	}
}

// validPattern accepts "*", "@domain" and "user@domain".
func validPattern(p string) bool {
	if p == "*" {
		return true
	}
	at := strings.LastIndexByte(p, '@')
	domain := p[at+1:]
	return at >= 0 && domain != "" && !strings.ContainsAny(p, " *\t") && !strings.ContainsRune(domain, '@') &&
		!strings.HasPrefix(domain, ".") && !strings.HasSuffix(domain, ".")
}

func checkUse(r Rule, path string, doc *yamlx.Doc) {
	if len(r.Use) == 0 {
		doc.Errorf(path+".use", "rule %q has no use: list (the methods to try, in order)", r.Name)
		return
	}
	for j, m := range r.Use {
		at := fmt.Sprintf("%s.use[%d]", path, j)
		switch {
		case m == "": // an unknown method, already reported
		case slices.Contains(r.Use[:j], m):
			doc.Errorf(at, "rule %q lists %s twice", r.Name, m)
		case slices.Contains(r.Use[:j], MethodReject):
			doc.Errorf(at, "rule %q: %s after reject is never used", r.Name, m)
		}
	}
}

// checkPickupTerms checks a rule's pickup: block: only with pickup in
// use:, and no non-positive limit.
func checkPickupTerms(r Rule, path string, doc *yamlx.Doc) {
	t := r.Pickup
	if t == (PickupTerms{}) {
		return
	}
	if !slices.Contains(r.Use, MethodPickup) {
		doc.Errorf(path+".pickup", "rule %q sets pickup: terms but its use: does not list pickup", r.Name)
	}
	if t.Expire < 0 || t.Expire > 0 && t.Expire < time.Minute {
		doc.Errorf(path+".pickup.expire", "rule %q: pickup expire %v is too short (at least 1m)", r.Name, t.Expire)
	}
	if t.MaxViews < 0 {
		doc.Errorf(path+".pickup.max_views", "rule %q: pickup max_views %d, want 1 or more", r.Name, t.MaxViews)
	}
}

// checkReach reports a rule that earlier rules shadow, and plain in a rule
// that a message above level none can reach.
func checkReach(r Rule, path string, cov *coverage, doc *yamlx.Doc) {
	cells := cov.reach(r)
	if len(cov.cells(r)) == 0 {
		return // only unknown levels or channels, already reported
	}
	if len(cells) == 0 {
		doc.Errorf(path, "rule %q is never used: earlier rules (%s) take every message it could match", r.Name, cov.takers(r))
		return
	}
	j := slices.Index(r.Use, MethodPlain)
	if j < 0 {
		return
	}
	for _, c := range cells {
		if c.level != LevelNone {
			doc.Errorf(fmt.Sprintf("%s.use[%d]", path, j),
				"rule %q lists plain but can match level %s: plain is only for level none (add when: {level: none})", r.Name, c.level)
			return
		}
	}
}

func checkOverrides(overrides []Override, doc *yamlx.Doc) {
	seen := map[string]bool{}
	for i, o := range overrides {
		path := fmt.Sprintf("overrides[%d]", i)
		switch m := strings.ToLower(o.Match); {
		case o.Match == "":
			doc.Errorf(path, "override needs match: (user@domain, @domain or *)")
		case !validPattern(o.Match):
			doc.Errorf(path+".match", "bad address pattern %q (want user@domain, @domain or *)", o.Match)
		case seen[m]:
			doc.Errorf(path+".match", "duplicate override for %q", o.Match)
		default:
			seen[m] = true
		}
		if !doc.Has(path + ".tls") {
			doc.Errorf(path, "override for %q sets nothing (add tls: none, tls or tls-verified)", o.Match)
		}
	}
}

func (p *Policy) knownLevel(l Level) bool {
	return l == LevelNone || p.rank(l) > 0
}

func (p *Policy) levelNames() string {
	names := []string{string(LevelNone)}
	for _, t := range p.Levels {
		names = append(names, string(t.Level))
	}
	return strings.Join(names, ", ")
}
