package policy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scanText is one text, read once for every detector: the terms of each
// vocabulary it holds, and where each keyed detector's keywords start.
type scanText struct {
	raw   string
	terms [vocabularies]int
	at    [keys][]int // byte offsets in raw
}

// vocabulary names a word list of the lexicon.
type vocabulary int

const (
	vocabClinical vocabulary = iota
	vocabRestricted
	vocabularies
)

// key names a detector that looks for its identifier after a keyword.
type key int

const (
	keySSN key = iota
	keyMRN
	keyDOB
	keyNPI
	keys
)

// lexicon finds the terms of every vocabulary, whole words and phrases,
// and the keywords, in one pass over a text: one map lookup per word, not
// a search or a regular expression per term.
type lexicon struct {
	entries map[string]entry
	longest int // words in the longest phrase
}

type entry struct {
	in    [vocabularies]bool // the term belongs to these vocabularies
	first bool               // a phrase of several words starts with it
	key   [keys]bool         // a keyword of these detectors
}

var lex = newLexicon()

func newLexicon() *lexicon {
	lx := &lexicon{entries: map[string]entry{}}
	lists := [vocabularies][]string{vocabClinical: clinicalTerms, vocabRestricted: restrictedTerms}
	for v, terms := range lists {
		for _, t := range terms {
			lx.update(t, func(e *entry) { e.in[v] = true })
			words := strings.Fields(t)
			if len(words) > 1 {
				lx.update(words[0], func(e *entry) { e.first = true })
			}
			lx.longest = max(lx.longest, len(words))
		}
	}
	for k, ws := range keywords {
		for _, w := range ws {
			lx.update(w, func(e *entry) { e.key[k] = true })
		}
	}
	return lx
}

func (lx *lexicon) update(word string, fn func(*entry)) {
	e := lx.entries[word]
	fn(&e)
	lx.entries[word] = e
}

func prepare(s string) *scanText {
	t := &scanText{raw: s}
	ws := tokenize(s)
	for i := 0; i < len(ws); i++ {
		e, l := lex.matchAt(ws, i)
		t.keyword(e, ws[i].at)
		switch {
		case l > 0:
			t.count(e)
			for _, w := range ws[i+1 : i+l] { // inside a phrase
				t.keyword(lex.entries[w.text], w.at)
			}
			i += l - 1
		case hasJoiner(ws[i].text):
			t.countParts(ws[i].text)
		}
	}
	return t
}

// keyword records where the keywords of e's detectors start.
func (t *scanText) keyword(e entry, at int) {
	for k, ok := range e.key {
		if ok {
			t.at[k] = append(t.at[k], at)
		}
	}
}

func (t *scanText) count(e entry) {
	for v, in := range e.in {
		if in {
			t.terms[v]++
		}
	}
}

// countParts looks at a word joined by '-', '/' or '.' that is no term
// itself ("methadone-plan.pdf") part by part.
func (t *scanText) countParts(word string) {
	for _, p := range strings.FieldsFunc(word, isJoiner) {
		t.count(lex.entries[p])
	}
}

// matchAt returns the entry at ws[i] and the length in words of the
// longest term starting there (0 when none does). A word counts in one
// term at most.
func (lx *lexicon) matchAt(ws []word, i int) (entry, int) {
	e, ok := lx.entries[ws[i].text]
	if !ok {
		return entry{}, 0
	}
	if e.first {
		for l := min(lx.longest, len(ws)-i); l > 1; l-- {
			if p, ok := lx.entries[phrase(ws[i:i+l])]; ok && p.in != [vocabularies]bool{} {
				p.key = e.key // the first word's
				return p, l
			}
		}
	}
	if e.in == [vocabularies]bool{} {
		return e, 0
	}
	return e, 1
}

func phrase(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// word is a lower-cased word and its byte offset in the text.
type word struct {
	text string
	at   int
}

// tokenize splits s into words of letters and digits, joined inside a
// word by '-', '/' or '.' ("x-ray", "mg/dl", "d.o.b").
func tokenize(s string) []word {
	ws := make([]word, 0, len(s)/8)
	start := -1
	for i := 0; i <= len(s); {
		inWord, size := i < len(s) && wordByte(s[i]), 1
		if i < len(s) && s[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			inWord = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if inWord && start < 0 {
			start = i
		} else if !inWord && start >= 0 {
			ws = appendWord(ws, s, start, i)
			start = -1
		}
		i += size
	}
	return ws
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '/' || c == '.'
}

// appendWord adds the run s[i:j] of word characters without its leading
// and trailing joiners.
func appendWord(ws []word, s string, i, j int) []word {
	for i < j && isJoiner(rune(s[i])) {
		i++
	}
	for j > i && isJoiner(rune(s[j-1])) {
		j--
	}
	if i == j {
		return ws
	}
	return append(ws, word{strings.ToLower(s[i:j]), i})
}

func isJoiner(r rune) bool { return r == '-' || r == '/' || r == '.' }

func hasJoiner(w string) bool {
	return strings.ContainsRune(w, '-') || strings.ContainsRune(w, '/') || strings.ContainsRune(w, '.')
}
