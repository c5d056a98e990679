package policy

import (
	"bytes"

	"github.com/sealpost/sealpost/policy/names"
)

// givenName reports whether word i is a capitalised common given name. A
// given name names a person where two capitalised words are otherwise
// needed: "Ethan had his MRI", "Liam's Adderall refill". A list, not a
// shape, because a capitalised word alone is as often a company's
// ("Pfizer's Paxlovid") or the first word of a sentence.
func (s *scanner) givenName(i int) bool {
	return s.name(i) && names.Given(string(s.folded(i)))
}

// possessor returns whether word i is a given name's possessive, "Liam's"
// or "Liam’s".
func (s *scanner) possessor(i int) bool {
	w := s.raw(i)
	stem, ok := bytes.CutSuffix(w, []byte("'s"))
	if !ok {
		stem, ok = bytes.CutSuffix(w, []byte("’s"))
	}
	if !ok || !capitalised(stem) {
		return false
	}
	low, _ := fold(nil, stem)
	return names.Given(string(low))
}
