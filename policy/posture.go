package policy

import "strings"

// Posture is what the policy knows of a recipient: the admin's overrides
// for now (key stores and learned TLS come later). The most specific
// matching override applies.
func (p *Policy) Posture(addr string) Posture {
	pos := Posture{Address: addr, Domain: domainOf(addr)}
	best := -1
	for _, o := range p.Overrides {
		if s := specificity(o.Match, addr); s > best {
			pos.TLS, best = o.TLS, s
		}
	}
	return pos
}

// specificity ranks how closely a pattern matches addr: -1 when it does
// not, 0 for "*", the domain's length for "@domain", and above every
// domain for the whole address.
func specificity(pattern, addr string) int {
	switch {
	case !MatchAddress(pattern, addr):
		return -1
	case pattern == "*":
		return 0
	case strings.HasPrefix(pattern, "@"):
		return len(pattern)
	}
	return 1 << 20
}

func domainOf(addr string) string {
	return strings.ToLower(strings.TrimSuffix(addr[strings.LastIndexByte(addr, '@')+1:], "."))
}

// MatchAddress reports whether addr matches a pattern: "*", "@domain"
// (the domain and its subdomains) or a whole address, all without regard
// to case.
func MatchAddress(pattern, addr string) bool {
	pattern, addr = strings.ToLower(pattern), strings.ToLower(addr)
	switch {
	case pattern == "*":
		return true
	case strings.HasPrefix(pattern, "@"):
		d := domainOf(addr)
		return strings.Contains(addr, "@") && (d == pattern[1:] || strings.HasSuffix(d, "."+pattern[1:]))
	}
	return pattern == addr
}
