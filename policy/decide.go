package policy

import (
	"fmt"
	"strings"
)

// comboWeight is added when a message names a person and carries health
// content: identifiers and health content together make PHI.
const comboWeight = 20

// Inspect scores a raw RFC 5322 message. Findings name kinds, counts and
// places, never the matched text.
func (p *Policy) Inspect(msg []byte, env Envelope) Sensitivity {
	texts, header := extract(msg)
	var s Sensitivity
	classes := map[class]bool{}
	for _, d := range detectors {
		conf := p.Detectors[d.kind]
		if !conf.Enabled {
			continue
		}
		for _, f := range findings(d, conf.Weight, texts) {
			s.Findings = append(s.Findings, f)
			s.Score += f.Weight
			classes[d.class] = true
		}
	}
	if classes[identifier] && (classes[health] || classes[restricted]) {
		s.Findings = append(s.Findings, Finding{Kind: "identifier+health", Count: 1, Where: WhereBody, Weight: comboWeight})
		s.Score += comboWeight
	}
	s.Level = p.levelFor(s.Score)
	s.Level = p.floor(s.Level, p.floorFor(classes, header, &s))
	return s
}

// findings runs one detector over every text; its weight counts once per
// place it was found in.
func findings(d detector, weight int, texts []text) []Finding {
	var out []Finding
	counts := map[Where]int{}
	var order []Where
	for _, t := range texts {
		if n := d.count(t.scan); n > 0 {
			if counts[t.where] == 0 {
				order = append(order, t.where)
			}
			counts[t.where] += n
		}
	}
	for i, w := range order {
		f := Finding{Kind: d.kind, Count: counts[w], Where: w}
		if i == 0 {
			f.Weight = weight
		}
		out = append(out, f)
	}
	return out
}

// floorFor returns the level the message cannot be below: what the
// sender declared (X-Sensitivity, a subject tag) and restricted content
// about an identified person.
func (p *Policy) floorFor(classes map[class]bool, header string, s *Sensitivity) Level {
	floor := LevelNone
	if classes[marker] {
		floor = LevelPHI
	}
	if header != "" && p.knownLevel(Level(header)) {
		s.Findings = append(s.Findings, Finding{Kind: "sensitivity-header", Count: 1, Where: WhereHeader})
		floor = p.floor(floor, Level(header))
	}
	if classes[restricted] && classes[identifier] {
		floor = p.floor(floor, LevelRestricted)
	}
	return floor
}

func (p *Policy) levelFor(score int) Level {
	level := LevelNone
	for _, t := range p.Levels {
		if score >= t.Score {
			level = t.Level
		}
	}
	return level
}

// rank orders levels: none, then by threshold.
func (p *Policy) rank(l Level) int {
	for i, t := range p.Levels {
		if t.Level == l {
			return i + 1
		}
	}
	return 0
}

// floor returns the higher of two levels.
func (p *Policy) floor(a, b Level) Level {
	if p.rank(b) > p.rank(a) {
		return b
	}
	return a
}

// Decide picks the method for one recipient: the first rule that matches,
// then the first method in its list the recipient can receive and this
// build can deliver.
func (p *Policy) Decide(s Sensitivity, env Envelope, rcpt Posture, avail Availability) Decision {
	rule := p.match(s, env, rcpt)
	d := Decision{Recipient: rcpt.Address, Rule: rule.Name}
	var skipped []string
	for _, m := range rule.Use {
		if why := p.unusable(m, s, rcpt, avail); why != "" {
			skipped = append(skipped, string(m)+" ("+why+")")
			continue
		}
		if d.Method == "" {
			d.Method = m
		} else if d.Method != MethodReject {
			d.Fallbacks = append(d.Fallbacks, m)
		}
	}
	d.Reason = reason(s, rule.Name, d.Method, skipped)
	if d.Method == "" {
		d.Method = MethodReject
		d.Reason = fmt.Sprintf("level %s, rule %s: no method of the rule can protect this recipient; skipped %s",
			s.Level, rule.Name, strings.Join(skipped, ", "))
	}
	return d
}

func (p *Policy) match(s Sensitivity, env Envelope, rcpt Posture) Rule {
	for _, r := range p.Rules {
		if r.matches(s, env, rcpt) {
			return r
		}
	}
	return Rule{Name: "none-matched", Use: []Method{MethodReject}} // Parse requires a catch-all
}

func (r Rule) matches(s Sensitivity, env Envelope, rcpt Posture) bool {
	w := r.When
	return (len(w.Level) == 0 || containsLevel(w.Level, s.Level)) &&
		(len(w.Channel) == 0 || contains(w.Channel, env.Channel)) &&
		(len(w.Sender) == 0 || matchAny(w.Sender, env.From)) &&
		(len(w.Recipient) == 0 || matchAny(w.Recipient, rcpt.Address))
}

func containsLevel(ls []Level, l Level) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func matchAny(patterns []string, addr string) bool {
	for _, p := range patterns {
		if MatchAddress(p, addr) {
			return true
		}
	}
	return false
}

// unusable says why m cannot serve this recipient now ("" if it can).
func (p *Policy) unusable(m Method, s Sensitivity, rcpt Posture, avail Availability) string {
	switch {
	case avail != nil && !avail(m):
		return "not available"
	case m == MethodPGP && !rcpt.HasPGP:
		return "no OpenPGP key"
	case m == MethodSMIME && !rcpt.HasSMIME:
		return "no S/MIME certificate"
	case m == MethodTLSVerified && (rcpt.TLS == TLSNone || rcpt.TLS == TLSOpportunistic):
		return "recipient's TLS is not verifiable"
	case m == MethodTLS && rcpt.TLS == TLSNone:
		return "recipient has no TLS"
	case m == MethodPlain && s.Level != LevelNone:
		return "clear text only for level none"
	}
	return ""
}

func reason(s Sensitivity, rule string, m Method, skipped []string) string {
	r := fmt.Sprintf("level %s (score %d", s.Level, s.Score)
	if kinds := s.Kinds(); len(kinds) > 0 {
		r += ": " + strings.Join(kinds, ", ")
	}
	r += fmt.Sprintf("); rule %s chose %s", rule, m)
	if len(skipped) > 0 {
		r += "; skipped " + strings.Join(skipped, ", ")
	}
	return r
}
