package policy

import (
	_ "embed"
	"strings"
)

// givenText is the list of common given names (names/given.txt).
//
//go:embed names/given.txt
var givenText string

// givenNames are the common given names, lower-case. A capitalised word
// among them names a person where two capitalised words are otherwise
// needed: "Ethan had his MRI", "Liam's Adderall refill". A list, not a
// shape, because a capitalised word alone is as often a company's
// ("Pfizer's Paxlovid") or the first word of a sentence.
var givenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(givenText, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}()

// givenName reports whether word i is a capitalised given name.
func (s *scanner) givenName(i int) bool {
	return s.name(i) && givenNames[string(s.folded(i))]
}

// possessor returns whether word i is a given name's possessive, "Liam's"
// or "Liam’s".
func (s *scanner) possessor(i int) bool {
	w := s.raw(i)
	var stem []byte
	switch {
	case len(w) > 2 && (w[len(w)-2] == '\'' && (w[len(w)-1] == 's')):
		stem = w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(string(w), "’s"):
		stem = w[:len(w)-len("’s")]
	default:
		return false
	}
	if !capitalised(stem) {
		return false
	}
	low, _ := fold(nil, stem)
	return givenNames[string(low)]
}
