package policy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// words checks a word of letters for what starts there: a date written
// month first, a patient's name after its keyword, a salutation. It
// returns the number of words used, or 0.
func (s *scanner) words(i, ord int) int {
	if n := s.monthFirstDate(i); n > 0 {
		s.date(i, i+n, ord)
		return n
	}
	switch {
	case s.where == numWhereAttachmentName && s.filePerson(i):
		s.hit(dName, i, i+2)
		return 2
	case ord-s.last[keyFamily] == 1 && s.name(i):
		s.hit(dName, i, i+1)
		return 1
	case ord-s.last[keyName] == 1 && s.name(i) && i+1 < len(s.toks) && s.name(i+1):
		s.hit(dName, i, i+2)
		return 2
	case ord-s.last[keyDear] == 1 && s.name(i) && s.last[keyFamily] != ord-1, ord == 0 && s.where >= numWhereBody && s.where <= numWhereBody+1 && s.name(i):
		return s.salutation(i) // "Dear Maria," or a text that opens "Tyler - "
	}
	return 0
}

// salutation: "Dear Maria," "Hi Kevin -" "Estimada María Fernanda:": a
// name that ends the greeting.
func (s *scanner) salutation(i int) int {
	for n := 1; n <= 2 && i+n <= len(s.toks); n++ {
		if s.greetingEnds(i + n - 1) {
			s.hit(dSalutation, i, i+n)
			return n
		}
		if i+n >= len(s.toks) || !s.name(i+n) {
			break
		}
	}
	return 0
}

// greetingEnds reports whether word i is followed by the punctuation or
// line end that closes a greeting.
func (s *scanner) greetingEnds(i int) bool {
	rest := s.buf[s.toks[i].end:]
	for len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:]
	}
	return len(rest) == 0 || strings.IndexByte(",:;!-\r\n", rest[0]) >= 0
}

// name reports whether word i can be a person's name: capitalised, not a
// word that follows such keywords without being a name, not a term.
func (s *scanner) name(i int) bool {
	if !capitalised(s.raw(i)) {
		return false
	}
	w := s.folded(i)
	if notNames[string(w)] || monthNames[string(w)] {
		return false
	}
	e := s.m.entries[string(w)]
	return e == nil || len(e.dets) == 0 && e.keys == 0
}

// capitalised: an upper-case letter, then at least one lower-case letter,
// and nothing but letters, '-' and apostrophes ("O'Neil", "García").
func capitalised(w []byte) bool {
	r, size := utf8.DecodeRune(w)
	if !unicode.IsUpper(r) || len(w) == size {
		return false
	}
	for _, r := range string(w[size:]) {
		if !unicode.IsLower(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}
