package policy

import (
	"fmt"
	"slices"
	"strings"
)

// Decide picks the method for one recipient: the first rule whose when:
// matches, then the first method in its use: list that the recipient's
// posture supports and avail can deliver; the later usable ones become
// the fallbacks. Reject ends a chain. When no method is left, the
// decision is reject. The reason names the level, the rule and every
// method skipped, never content.
func (p *Policy) Decide(s Sensitivity, env Envelope, rcpt Posture, avail Availability) Decision {
	rule := p.match(s, env, rcpt)
	d := Decision{Recipient: rcpt.Address, Rule: rule.Name, Keys: rcpt.Keys}
	var skipped []string
	for _, m := range rule.Use {
		if why := unusable(m, s.Level, env, rcpt, avail); why != "" {
			skipped = append(skipped, string(m)+" ("+why+")")
			continue
		}
		if d.Method == "" {
			d.Method = m
		} else {
			d.Fallbacks = append(d.Fallbacks, m)
		}
		if m == MethodReject {
			break
		}
	}
	d.Reason = reason(s, rule.Name, d.Method, skipped, rcpt.Notes)
	if d.Method == "" {
		d.Method = MethodReject
	}
	if slices.Contains(d.Chain(), MethodPickup) {
		d.Pickup = rule.Pickup
		switch {
		case d.Passcode() && env.NoPasscode:
			d.Pickup.Identity = IdentityCode
			d.Reason += "; a pickup mails a code (no passcode can be set for this message)"
		case d.Passcode():
			d.Reason += "; a pickup opens with the sender's passcode"
		}
	}
	return d
}

// match returns the first rule whose condition holds.
func (p *Policy) match(s Sensitivity, env Envelope, rcpt Posture) Rule {
	for _, r := range p.Rules {
		if r.When.matches(s.Level, env, rcpt.Address) {
			return r
		}
	}
	return Rule{Name: "(no rule)"} // Parse requires a catch-all: a Policy built in code may lack one
}

func (w When) matches(l Level, env Envelope, rcpt string) bool {
	channel := env.Channel
	if channel == "" {
		channel = "email"
	}
	return (len(w.Level) == 0 || slices.Contains(w.Level, l)) &&
		(len(w.Channel) == 0 || slices.ContainsFunc(w.Channel, func(c string) bool { return strings.EqualFold(c, channel) })) &&
		(len(w.Sender) == 0 || matchAny(w.Sender, env.From)) &&
		(len(w.Recipient) == 0 || matchAny(w.Recipient, rcpt))
}

func matchAny(patterns []string, addr string) bool {
	return slices.ContainsFunc(patterns, func(p string) bool { return MatchAddress(p, addr) })
}

// unusable says why m cannot serve this recipient now ("" if it can). A
// text is sent as it is (plain, level none only) or as a pickup link.
func unusable(m Method, l Level, env Envelope, rcpt Posture, avail Availability) string {
	switch {
	case m == MethodReject:
		return ""
	case env.Channel == "sms" && m != MethodPlain && m != MethodPickup:
		return "not for texts"
	case m == MethodPGP && !rcpt.HasPGP:
		return "no OpenPGP key"
	case m == MethodSMIME && !rcpt.HasSMIME:
		return "no S/MIME certificate"
	case m == MethodTLSVerified && (rcpt.TLS == TLSNone || rcpt.TLS == TLSOpportunistic):
		return "TLS not verifiable"
	case m == MethodTLS && rcpt.TLS == TLSNone:
		return "no TLS"
	case m == MethodPlain && l != LevelNone:
		return "only for level none"
	case avail != nil && !avail(m):
		return "not available"
	}
	return ""
}

// reason is the decision's one-line explanation, e.g.
// "level phi (score 50: mrn, dob); rule phi chose tls-verified; skipped pgp (no OpenPGP key)",
// followed by what discovery could not learn ("wkd: timeout").
func reason(s Sensitivity, rule string, m Method, skipped, notes []string) string {
	r := fmt.Sprintf("level %s (score %d", s.Level, s.Score)
	if kinds := s.Kinds(); len(kinds) > 0 {
		r += ": " + strings.Join(kinds, ", ")
	}
	if m == "" {
		r += fmt.Sprintf("); no method of rule %s can protect this recipient", rule)
	} else {
		r += fmt.Sprintf("); rule %s chose %s", rule, m)
	}
	if len(skipped) > 0 {
		r += "; skipped " + strings.Join(skipped, ", ")
	}
	if len(notes) > 0 {
		r += "; " + strings.Join(notes, "; ")
	}
	return r
}
