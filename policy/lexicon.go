package policy

import (
	"encoding/binary"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sealpost/sealpost/policy/lexicon"
)

// matcher finds the terms of every word list, whole words and phrases, and
// the keywords of every key, in one pass over a text: a bit test per word,
// a map lookup only for the few words a list may hold.
type matcher struct {
	entries map[string]*entry
	filter  *[filterBits / 64]uint64 // arrays: an index below their length needs no bounds check
	terms   *[termBits / 64]uint64   // the words whose entry is more than bare (mayTerm)
	pairs   *[pairBits / 64]uint64   // the first two words of every phrase, by pairHash
	slots   []slot                   // entries again, by wordHash: the scanner has an ASCII word's hash already
	mask    uint64
}

// slot is one entry of the matcher's open-addressing table.
type slot struct {
	h   uint64
	key string
	e   *entry
}

// index files every entry in slots by the wordHash of its key, in the
// keys' order: a map's would give the probes other lengths each run.
func (m *matcher) index() {
	n := 1
	for n < 2*len(m.entries) {
		n <<= 1
	}
	m.slots, m.mask = make([]slot, n), uint64(n-1)
	for _, k := range slices.Sorted(maps.Keys(m.entries)) {
		e, h := m.entries[k], hashString(k)
		i := h & m.mask
		for m.slots[i].e != nil {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{h, k, e}
	}
}

// find returns the entry of key, whose wordHash is h, or nil.
func (m *matcher) find(h uint64, key []byte) *entry {
	for i := h & m.mask; ; i = (i + 1) & m.mask {
		sl := &m.slots[i]
		if sl.e == nil {
			return nil
		}
		if sl.h == h && sl.key == string(key) {
			return sl.e
		}
	}
}

// findASCII is find for an ASCII word as written, compared with each
// key case-insensitively: the word need not be folded first.
func (m *matcher) findASCII(h uint64, word []byte) *entry {
	for i := h & m.mask; ; i = (i + 1) & m.mask {
		sl := &m.slots[i]
		if sl.e == nil {
			return nil
		}
		if sl.h == h && foldedEqual(word, sl.key) {
			return sl.e
		}
	}
}

type entry struct {
	dets    []int // detectors whose term this is
	keys    uint32
	short   uint32 // keys of a short ASCII keyword: no word with accents opens them ("tự" is not "tu")
	phrase  int    // the longest phrase starting with this word, in words (0: none)
	neutral bool   // a phrase that hides the terms and keywords inside it
	self    bool   // a symptom its writer reports of themself: "me duele", "I have a fever"
	lure    bool   // a report on phishing lures: "phishing simulation"
	leave   bool   // an employee's leave for their health: "medical leave", "return to work"
	draft   bool   // a document's wording under review: "landing page", "redline"
	ops     bool   // a service's operations: "go-live", "grand rounds", "health fair"
	party   bool   // a colleague's celebration: "birthday card", "baby shower"
	counted bool   // a plural of people or of their care, that counts report: "1,146 patients", "212 denials"
	grouped bool   // a report that says it names no one: "aggregate report", "de-identified"
	debt    bool   // a debt collector's notice: "this communication is from a debt collector"
	bare    bool   // none of the above: only the first words of phrases ("for", "on", "our"), which scanner.term has nothing to do with

	cased     *entry // the term the word is when written as casedForm: "PrEP" (casedTerms)
	casedForm string
}

// opensOnly reports whether the entry holds nothing but the phrases it
// opens: no detector, no keyword, no flag (entry.bare). TestOpensOnly
// holds it to every flag of entry.
func (e *entry) opensOnly() bool {
	return len(e.dets) == 0 && e.keys == 0 && !e.neutral && !e.self && !e.lure && !e.leave && !e.draft && !e.ops &&
		!e.party && !e.counted && !e.grouped && !e.debt
}

// casedTerms are terms only as they are written, in their case: the
// lists fold case, and "prep" is any preparation ("bowel prep", "meal
// prep"), "PrEP" HIV's pre-exposure prophylaxis; "Aki" is a given
// name, "AKI" an acute kidney injury; "THA" a total hip arthroplasty,
// "tha" a word of Thai and Vietnamese; "ECT" electroconvulsive therapy,
// "ect." a misspelt "etc."; "GBS" group B strep. One form a folded word:
// an entry holds one cased form.
var casedTerms = map[string]int{"PrEP": dHIV, "AKI": dDiagnosis, "THA": dProcedure, "ECT": dMental, "GBS": dDiagnosis}

const (
	filterBits = 1 << 20
	termBits   = 1 << 18 // a quarter of filter's: only the words filter holds ask it
	pairBits   = 1 << 18
)

// newMatcher builds a matcher from word lists, each feeding one detector,
// and the keywords.
func newMatcher(lists map[int][]string) *matcher {
	m := &matcher{entries: map[string]*entry{}, filter: new([filterBits / 64]uint64), terms: new([termBits / 64]uint64),
		pairs: new([pairBits / 64]uint64)}
	for det, terms := range lists {
		for _, t := range terms {
			if e := m.add(t); e != nil && !slices.Contains(e.dets, det) {
				e.dets = append(e.dets, det)
			}
		}
	}
	for k, ws := range keywords {
		for _, w := range ws {
			if e := m.add(w); e != nil {
				e.keys |= 1 << k
				if len(w) <= 3 && isASCII(w) {
					e.short |= 1 << k
				}
			}
		}
	}
	for _, p := range lurePhrases {
		if e := m.add(p); e != nil {
			e.lure = true
		}
	}
	for _, p := range leavePhrases {
		if e := m.add(p); e != nil {
			e.leave = true
		}
	}
	for _, p := range draftPhrases {
		if e := m.add(p); e != nil {
			e.draft = true
		}
	}
	for _, p := range opsPhrases {
		if e := m.add(p); e != nil {
			e.ops = true
		}
	}
	for _, p := range partyPhrases {
		if e := m.add(p); e != nil {
			e.party = true
		}
	}
	for _, p := range debtPhrases {
		if e := m.add(p); e != nil {
			e.debt = true
		}
	}
	for _, w := range countedNouns {
		if e := m.add(w); e != nil {
			e.counted = true
		}
	}
	for _, p := range groupedPhrases {
		if e := m.add(p); e != nil {
			e.grouped = true
		}
	}
	for _, p := range neutralPhrases {
		if e := m.add(p); e != nil {
			e.neutral = true
		}
	}
	for w, det := range casedTerms {
		if e := m.add(w); e != nil {
			e.cased, e.casedForm = &entry{dets: []int{det}}, w
		}
	}
	for det, ps := range map[int][]string{dDiagnosis: selfReports, dCare: selfAppointments} {
		for _, p := range ps {
			if e := m.add(p); e != nil {
				e.self = true
				if !slices.Contains(e.dets, det) {
					e.dets = append(e.dets, det)
				}
			}
		}
	}
	for k, e := range m.entries {
		e.bare = e.opensOnly()
		if (!e.bare || e.cased != nil) && !strings.Contains(k, " ") {
			h := hashString(k)
			m.terms[(h%termBits)/64] |= 1 << (h % 64)
		}
	}
	m.index()
	return m
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// add files a term under its normalised form: the words the tokenizer
// would find in it, folded and joined by one space.
func (m *matcher) add(term string) *entry {
	words := normWords(term)
	if len(words) == 0 {
		return nil
	}
	m.setFilter(words[0])
	if first := m.get(words[0]); len(words) > 1 {
		first.phrase = max(first.phrase, len(words))
		h := pairHash(hashString(words[0]), hashString(words[1]))
		m.pairs[(h%pairBits)/64] |= 1 << (h % 64)
	}
	for k := 2; k < len(words); k++ {
		m.get(strings.Join(words[:k], " ")) // a prefix: a phrase scan stops where none is
	}
	return m.get(strings.Join(words, " "))
}

func (m *matcher) get(key string) *entry {
	e := m.entries[key]
	if e == nil {
		e = &entry{}
		m.entries[key] = e
		if !strings.Contains(key, " ") {
			m.setFilter(key)
		}
	}
	return e
}

func (m *matcher) setFilter(w string) {
	h := hashString(w)
	m.filter[(h%filterBits)/64] |= 1 << (h % 64)
}

func (m *matcher) mayHold(h uint64) bool {
	return m.filter[(h%filterBits)/64]&(1<<(h%64)) != 0
}

// mayTerm reports whether the word whose wordHash is h may be a term, a
// keyword or a cased form: more than a bare entry (entry.bare).
func (m *matcher) mayTerm(h uint64) bool {
	return m.terms[(h%termBits)/64]&(1<<(h%64)) != 0
}

// mayPair reports whether some phrase may start with the words whose
// wordHash are h1 and h2.
func (m *matcher) mayPair(h1, h2 uint64) bool {
	h := pairHash(h1, h2)
	return m.pairs[(h%pairBits)/64]&(1<<(h%64)) != 0
}

func pairHash(h1, h2 uint64) uint64 { return hashMix(h1*hashLen ^ h2) }

// normWords splits a term as text is split, and folds each word.
func normWords(term string) []string {
	var out []string
	var buf []byte
	for _, sp := range tokenize([]byte(term), nil) {
		buf = fold(buf[:0], []byte(term[sp.start:sp.end]))
		out = append(out, string(buf))
	}
	return out
}

// fold appends the lower-case, accent-free form of word to dst. ’ becomes
// '.
func fold(dst, word []byte) []byte {
	start := len(dst)
	for _, c := range word {
		if c >= utf8.RuneSelf {
			return foldSlow(dst[:start], word)
		}
		dst = append(dst, c|lowerBit[c])
	}
	return dst
}

// foldSlow folds a word that holds non-ASCII letters.
func foldSlow(dst, word []byte) []byte {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c|lowerBit[c])
			i++
			continue
		}
		r, size := utf8.DecodeRune(word[i:])
		dst = utf8.AppendRune(dst, lexicon.FoldRune(r))
		i += size
	}
	return dst
}

// lowerBit is the bit that lower-cases an ASCII upper-case letter.
var lowerBit = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 0x20
	}
	return t
}()

// wordHash hashes a folded word eight bytes at a time. Every byte is
// or-ed with 0x20 first: that lower-cases an ASCII letter and leaves the
// digits and joiners of a word as they are, so the tokenizer can hash a
// word it has not folded (wordHashAt) and get the same value.
func wordHash(w []byte) uint64 {
	h := uint64(len(w)) * hashLen
	for len(w) >= 8 {
		h = hashMix(h ^ (binary.LittleEndian.Uint64(w) | lowerMask))
		w = w[8:]
	}
	var v uint64
	for k := len(w) - 1; k >= 0; k-- {
		v = v<<8 | uint64(w[k])
	}
	keep := uint64(1)<<(8*len(w)) - 1
	return hashMix(h ^ (v|lowerMask)&keep)
}

// wordHashAt is wordHash(b[start:end]) for an ASCII word, with one load
// when eight bytes can be read from start.
func wordHashAt(b []byte, start, end int) uint64 {
	if n := end - start; n < 8 && start+8 <= len(b) {
		return shortHash(binary.LittleEndian.Uint64(b[start:]), n)
	}
	return wordHash(b[start:end])
}

// shortHash is wordHash of the first n bytes, fewer than eight, of the
// little-endian word v.
func shortHash(v uint64, n int) uint64 {
	return hashMix(uint64(n)*hashLen ^ (v|lowerMask)&(1<<(8*n)-1))
}

// longHash is wordHash of the first n bytes, eight to fifteen, of the
// little-endian words v and w.
func longHash(v, w uint64, n int) uint64 {
	return hashMix(hashMix(uint64(n)*hashLen^(v|lowerMask)) ^ (w|lowerMask)&(1<<(8*(n-8))-1))
}

const (
	hashLen   = 0x9e3779b97f4a7c15
	lowerMask = 0x2020202020202020
)

func hashMix(h uint64) uint64 {
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>32
}

func hashString(s string) uint64 { return wordHash([]byte(s)) }

// builtinLists maps each embedded lexicon list to its detector.
func builtinLists() map[int][]string {
	out := map[int][]string{}
	for _, l := range lexicon.Lists() {
		if det, ok := listDetector[l.Name]; ok {
			out[det] = append(out[det], l.Terms...)
		} else if det, ok := listDetector[l.Category]; ok {
			out[det] = append(out[det], l.Terms...)
		}
	}
	return out
}
