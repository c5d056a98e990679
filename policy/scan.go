package policy

import (
	"bytes"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wheres are the places a finding can be made, in the order findings show.
var wheres = []Where{WhereSubject, WhereHeader, WhereBody, WhereAttachment, WhereAttachmentName}

const numWhere = 5

func whereIndex(w Where) int {
	for i, x := range wheres {
		if x == w {
			return i
		}
	}
	return int(numWhereBody)
}

const (
	numWhereSubject        = 0 // wheres[0]: WhereSubject
	numWhereHeader         = 1 // wheres[1]: WhereHeader
	numWhereBody           = 2
	numWhereAttachment     = 3
	numWhereAttachmentName = 4
)

// evidence is what the scanners of one message found: counts per detector
// and place, never the text — unless an explain with matches asked for it.
type evidence struct {
	counts    [][numWhere]int // per detector: builtins, then the policy's own
	looseICD  [numWhere]int   // dotted ICD-10 shapes with no keyword: count only beside health content
	looseCPT  [numWhere]int   // "(99284)" with no keyword: counts only beside care or health content
	looseSSN  [numWhere]int   // 123-45-6789 with no keyword: counts unless trade explains it (a part number)
	looseSSNs []string        // their text, for an explain with matches
	letter    bool            // an attached message is addressed to one person
	lure      bool            // the message reports on phishing lures
	hidden    bool            // To: hides the readers ("undisclosed-recipients:;"): a "your" is no one's (hiddenReaders)
	leave     bool            // the message speaks of an employee's leave for their health
	draft     bool            // the message reviews a document's wording: a landing page, a contract's redline
	ops       bool            // the message runs a service: a go-live, grand rounds, a health fair
	party     bool            // the message celebrates a colleague: a birthday card, a baby shower (celebrations)
	debt      bool            // a debt collector writes: its "Recovery Services" recover money (siteCategory)
	colleague [numWhere]int   // greetings of a colleague by name, held back (colleagueOnLeave)
	doctor    bool            // an organisation's mail greets a doctor ("Dr. Nakashima,"): a counterparty (writerToCare)
	where     int             // clinical terms that only name where care is given: an organisation, a regulation (orgRestricted)
	tallies   int             // numbers of people or of their care: "1,146 patients", "11.8% of claims" (aggregate)
	programme int             // clinical terms that name a programme's work, a noun of it after them: "the depression screening measure" (programmeTerms)
	benefit   int             // care terms outside the header that name a plan's benefits, not a service: "copay", "deductible" (planTerms)
	toCare    bool            // a person and one care provider's mailbox write to each other, from outside (writesToCare)
	private   bool            // From: names a private person, not an organisation or a role (personSender)
	orgPair   bool            // one organisation writes to another (orgPair)
	yours     int             // clinical terms after "your", "his" or "her": "your IVF egg retrieval", "his right hip replaced"
	poster    bool            // a message this one carries is a private person's: a digest's post, a quoted forward
	mine      int             // care the writer speaks of as their own: "my A1c", "I have a fever"
	site      int             // the restricted detector whose care the provider's domain names ("harborrecovery"), or -1 (siteCategory)
	panicked  bool            // the walk ended in a panic (walker.read): a bug, which the fuzz tests look for
	matches   map[int][]string
}

const maxMatches = 20

// evidenceSnapshot is what evidence held at one moment (snapshot), to go
// back to (restore).
type evidenceSnapshot struct {
	counts                       [][numWhere]int
	looseICD, looseCPT, looseSSN [numWhere]int
	matches                      map[int]int
	looseSSNs                    int
}

func (ev *evidence) snapshot() evidenceSnapshot {
	s := evidenceSnapshot{counts: slices.Clone(ev.counts), looseICD: ev.looseICD, looseCPT: ev.looseCPT,
		looseSSN: ev.looseSSN, looseSSNs: len(ev.looseSSNs)}
	if ev.matches != nil {
		s.matches = map[int]int{}
		for det, ms := range ev.matches {
			s.matches[det] = len(ms)
		}
	}
	return s
}

func (ev *evidence) restore(s evidenceSnapshot) {
	copy(ev.counts, s.counts)
	ev.looseICD, ev.looseCPT, ev.looseSSN = s.looseICD, s.looseCPT, s.looseSSN
	ev.looseSSNs = ev.looseSSNs[:s.looseSSNs]
	for det, ms := range ev.matches {
		if n, ok := s.matches[det]; ok {
			ev.matches[det] = ms[:n]
		} else {
			delete(ev.matches, det)
		}
	}
}

func newEvidence(detectors int, keep bool) *evidence {
	ev := &evidence{counts: make([][numWhere]int, detectors), site: -1}
	if keep {
		ev.matches = map[int][]string{}
	}
	return ev
}

func (ev *evidence) hit(det, where int, match []byte) {
	ev.counts[det][where]++
	if ev.matches != nil && len(ev.matches[det]) < maxMatches {
		ev.matches[det] = append(ev.matches[det], string(match))
	}
}

// scanner reads the text of one place in chunks, as it is decoded: each
// word once, identifiers checked where their shape or keyword says so.
// It keeps a bounded window of text, never a whole part.
type scanner struct {
	m          *matcher
	regexps    []customRegexp
	ev         *evidence
	where      int
	title      bool // the text is a subject line: the message's own, or that of one it carries
	buf        []byte
	toks       []span
	n          int       // ordinal of the next word
	last       [keys]int // ordinal of each key's last keyword
	named      int       // ordinal of the word being read at the last patient name recorded
	titled     string    // a name set apart in the subject being read (subjectApartName)
	soleName   string    // the message's subject when it is one name alone, "Re: Delgado", for the body's "her" (theirs)
	notes      bool      // the text is the recipients' display names with their notes (walker.names)
	low        []byte    // scratch for folded words
	low2       []byte
	copyBuf    []byte   // the walker's, kept with the scanner between messages
	seen       int      // bytes at the start of buf scanned with the last chunk, kept to look back on
	year       int      // the year the message was written (Date:), 0 if not known
	reader     string   // the given name of the one recipient To: names, lower-case, or ""
	sender     string   // the first word of the sender's display name, lower-case, or ""
	col        column   // the identifier column of a plain-text table being read
	nameCol    column   // its column of patients' names
	nameKey    int      // the ordinal of the last keyword that may start a name (nameKeys): quiet's short cut
	idKey      int      // the ordinal of the last keyword that names a number (keyedKeys): keyed's short cut
	colleagues []string // the given names of the recipients, lower-case, when To: names several at the sender's domain
	families   []string // the family names of the writer and the one reader, folded (familyNames)
	selves     []string // and the other words of their names
	peer       bool     // that recipient is at the sender's own domain, a colleague, or a professional an organisation writes to
	private    bool     // From: names a private person ("Harvey Lindholm"), not an organisation or a role
	domains    string   // the domains of the message's addresses (headerDomains)
	listed     int      // the ordinal of the last name listedPerson took, or -1
	greetEnd   int      // the ordinal just after the last greeting's name
	msh        []byte   // the last HL7 v2 message header pasted into the text
	x12Test    bool     // the last X12 interchange header pasted into the text says test data (ISA15 T)
	painGiven  bool     // the text gives a drug that treats addiction for pain (forPain)
	calm       bool     // the text is no subject nor a file's name, with no reader to greet: quiet may say yes (set by process)
}

// customRegexp is an admin's pattern detector.
type customRegexp struct {
	det int
	re  *regexp.Regexp
}

const (
	chunkSize = 64 << 10
	lookahead = 1 << 10 // text past a chunk's end that its last words may look at
	// The words before a chunk's cut that the first words of the next one
	// may look back on (a name before "her" or before a date of birth):
	// at most behindWords words in the last behindBytes bytes.
	behindWords = 8
	behindBytes = 256
)

func newScanner(m *matcher, res []customRegexp, ev *evidence, where int) *scanner {
	s := &scanner{m: m, regexps: res, ev: ev, where: where}
	s.reset()
	return s
}

func (s *scanner) reset() {
	s.buf, s.toks, s.n, s.listed, s.greetEnd, s.msh, s.x12Test, s.painGiven = s.buf[:0], s.toks[:0], 0, -1, -1<<30, s.msh[:0], false, false
	for k := range s.last {
		s.last[k] = -1 << 30
	}
	s.seen, s.named, s.col, s.nameCol, s.nameKey, s.idKey = 0, -1<<30, column{}, column{}, -1<<30, -1<<30
}

// Write scans p as the continuation of the text.
func (s *scanner) Write(p []byte) (int, error) {
	s.buf = append(s.buf, p...)
	for len(s.buf) >= chunkSize {
		s.process(false)
	}
	return len(p), nil
}

// Close scans what is left; the scanner then starts a new text.
func (s *scanner) Close() error {
	s.process(true)
	s.reset()
	return nil
}

// text scans one whole text.
func (s *scanner) text(t []byte) {
	s.Write(t)
	s.Close()
}

// process scans the words that start before the chunk's cut, and keeps
// the rest for the next one, with the last few words before it to look
// back on.
func (s *scanner) process(final bool) {
	toks, native := tokenizeNative(s.buf, s.toks[:0])
	if native { // the words before s.seen were read as ASCII by the last chunk
		s.buf = s.buf[:s.seen+len(asciiDigits(s.buf[s.seen:]))]
		toks = tokenize(s.buf, toks[:0])
	}
	s.toks = toks
	s.calm = !s.title && s.reader == "" && s.where != numWhereAttachmentName
	cut := len(s.buf)
	if !final {
		cut -= lookahead
	}
	i := 0
	for i < len(s.toks) && int(s.toks[i].start) < s.seen {
		i++ // scanned with the last chunk
	}
	for i < len(s.toks) && int(s.toks[i].start) < cut {
		if t := &s.toks[i]; t.quiet && quietPath && s.quiet(i, s.n) && (!s.m.mayHold(t.hash) || s.bare(i)) {
			s.n++ // most words: nothing to do
			i++
			continue
		}
		i += s.word(i)
	}
	rest := len(s.buf)
	if i < len(s.toks) {
		rest = int(s.toks[i].start)
	}
	if !final {
		rest = max(rest, min(cut, len(s.buf)-lookahead)) // one endless word: let it go
	}
	s.runRegexps(rest)
	keep := rest
	for k := i - 1; k >= max(0, i-behindWords) && int(s.toks[k].start) >= rest-behindBytes; k-- {
		keep = int(s.toks[k].start)
	}
	s.buf = s.buf[:copy(s.buf, s.buf[keep:])]
	s.seen = rest - keep
	for _, c := range []*column{&s.col, &s.nameCol} {
		if c.k != 0 {
			c.end -= keep // the table's rows go on in the next chunk
			if c.end < 0 {
				*c = column{}
			}
		}
	}
}

func (s *scanner) runRegexps(end int) {
	for _, r := range s.regexps {
		for _, loc := range r.re.FindAllIndex(s.buf[:min(len(s.buf), end+lookahead)], -1) {
			if loc[0] >= s.seen && loc[0] < end && loc[1] > loc[0] {
				s.ev.hit(r.det, s.where, s.buf[loc[0]:loc[1]])
			}
		}
	}
}

// domainName reports whether words [i, j), two or more, spell a domain
// of the message's addresses: an organisation's name, not a person's.
func (s *scanner) domainName(i, j int) bool {
	if j-i < 2 || s.domains == "" {
		return false
	}
	var b [64]byte
	joined := b[:0]
	for k := i; k < j; k++ {
		joined = append(joined, s.folded(k)...)
	}
	return s.inDomains(joined)
}

// spellsDomain is domainName for a name already cut out: "Corbin
// Logistics" from a subject.
func (s *scanner) spellsDomain(name string) bool {
	if s.domains == "" || !strings.ContainsAny(strings.TrimSpace(name), " ,") {
		return false
	}
	var joined []byte
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' }) {
		joined = fold(joined, []byte(w))
	}
	return s.inDomains(joined)
}

func (s *scanner) inDomains(joined []byte) bool {
	return len(joined) >= 6 && len(joined) <= 64 && strings.Contains(s.domains, string(joined))
}

func (s *scanner) raw(i int) []byte { return s.buf[s.toks[i].start:s.toks[i].end] }

func (s *scanner) rawRange(i, j int) []byte { return s.buf[s.toks[i].start:s.toks[j-1].end] }

func (s *scanner) hit(det, i, j int) {
	if det == dName && (s.domainName(i, j) || s.testRecordLine(i)) {
		return // "Corbin Logistics - Q3 experience report" to pskerritt@corbinlogistics…: the company; "ZZTEST, CHARLIE": a build's
	}
	if det == dName {
		s.named = s.n
	}
	s.ev.hit(det, s.where, s.rawRange(i, j))
}

// near reports whether a keyword of k is close enough before ordinal ord.
func (s *scanner) near(k key, ord int) bool { return ord-s.last[k] <= reach[k] }

// word scans word i and returns how many words it took (a phrase, a
// date or an address takes several).
func (s *scanner) word(i int) int {
	ord := s.n
	used := 1
	t := &s.toks[i]
	// A quiet word here is one the matcher may hold: process skips the others.
	quiet := t.quiet && quietPath && s.quiet(i, ord)
	var next byte // the byte after the word
	if int(t.end) < len(s.buf) {
		next = s.buf[t.end]
	}
	switch {
	case quiet: // a keyword, say, for which words finds nothing
	case next == '@' && s.email(i) > 0:
		used = 2
	case next == '|' && s.pastedSegment(i):
	case next == '*' && s.pastedX12(i):
	case t.digit:
		used = s.digits(i, ord)
	default:
		used = max(1, s.words(i, ord))
	}
	var e *entry
	l := 0
	if !t.hashed || s.m.mayHold(t.hash) { // most words: the matcher holds them not (lookup)
		e, l = s.lookup(i)
	}
	switch {
	case e != nil:
		if !e.bare { // most entries: a phrase's first word, alone here
			s.term(e, i, l, ord)
		}
		if l > 1 && e.keys&(1<<keyMine) != 0 && len(e.dets) == 0 {
			l = s.termInside(i, l) // "I had" leaves "had a miscarriage" its own
		}
		used = max(used, l)
	case t.split && t.letter && used == 1:
		s.parts(i, ord)
	case t.shaped && used == 1:
		s.shaped(i, ord)
	}
	s.n += used
	return used
}

// ownWords marks as just read the first-person or third-person keyword
// a term of l words at word i holds ("I'm pregnant", "after my
// miscarriage", "her water broke"): whose the term is, as if the word
// stood before it. Only "my", "her" and "his" say so anywhere in the
// term; the other words only open it, for inside a term they are other
// words: "troponin I", "bipolar I", "cancer i prostata" (in),
// "dificuldade em respirar" (in), "ma túy" (drugs).
func (s *scanner) ownWords(i, l, ord int) {
	if s.in(firstPersons, i) {
		s.last[keyMine] = ord
	}
	for k := i; k < i+l; k++ {
		switch {
		case s.is(k, "my"):
			s.last[keyMine] = ord
		case s.in(thirdPersons, k):
			s.last[keyHer] = ord
		}
	}
}

var (
	firstPersons = wordSet(`my i i'm i’m i've i’ve mi mis mon ma mes mein meine meinem meinen meu minha tôi em`)
	thirdPersons = wordSet(`her his`)
)

// termInside returns how many words of the first-person phrase of l
// words at word i come before the first word that starts a term of its
// own, or l: "I had" (a writer's own care) ends where "had a
// miscarriage" starts.
func (s *scanner) termInside(i, l int) int {
	for k := i + 1; k < i+l; k++ {
		if e, _ := s.lookup(k); e != nil && len(e.dets) > 0 {
			return k - i
		}
	}
	return l
}

// quiet reports whether a quiet word (quietWord) at ordinal ord is one
// that words finds nothing in: no keyword that may start a name stands
// in the two words before it, it opens no date, and the scanner reads no
// subject, table column or reply. Its answer must stay that of words for
// such a word: TestQuietPath holds it to it. A no is always safe, as
// words then reads the word: quiet says no near any name's keyword, and
// stays small enough to inline in process, which asks it of most words.
func (s *scanner) quiet(i, ord int) bool {
	return s.calm && s.nameCol.k == 0 && ord != 0 && s.nameKey < ord-2 && // most words: no name's keyword for a while
		!(i+2 < len(s.toks) && s.toks[i+1].digit && s.toks[i+2].digit) // "june 3 2026"
}

// bare reports whether lookup finds at most a bare entry at the quiet
// word i, one whose phrases do not go on with the next word: term has
// nothing to do with it, nor parts or shaped with a quiet word, so word
// would only count it.
func (s *scanner) bare(i int) bool {
	h, j := s.toks[i].hash, i+1
	return !s.m.mayTerm(h) && j < len(s.toks) && s.toks[j].hashed && !s.m.mayPair(h, s.toks[j].hash)
}

// nameKeys may start a name just after them (nameKeyBefore, quiet).
const nameKeys = 1<<keyFamily | 1<<keyName | 1<<keyDear | 1<<keyKin

// keyedKeys name the number after them (keyed); none reaches more than
// keyedReach words.
const (
	keyedKeys  = 1<<keySSN | 1<<keyMRN | 1<<keyMember | 1<<keyClaim | 1<<keyAccount | 1<<keyEmployee | 1<<keyNPI | 1<<keyDEA | 1<<keyNDC
	keyedReach = 3
)

// nameKeyBefore reports whether a keyword just before ordinal ord may
// start a name there: a title, a name's label, a salutation, a relative.
// s.nameKey, the last of them, says at once that none is that near.
func (s *scanner) nameKeyBefore(ord int) bool {
	return s.nameKey >= ord-2 && (s.last[keyFamily] == ord-1 || s.last[keyName] == ord-1 || s.last[keyDear] == ord-1 || s.last[keyKin] == ord-1 || s.last[keyKin] == ord-2)
}

// quietPath turns the quiet words' short cut on; TestQuietPath turns it
// off to compare.
var quietPath = true

// parts records the terms a word of parts joined by '/' or '-' holds
// when the whole is no term: "dolutegravir/lamivudine", "CT/MRI",
// "HTN/DM2", "Methadon-Lösung".
func (s *scanner) parts(i, ord int) {
	for part := range bytes.FieldsFuncSeq(s.raw(i), partJoiner) {
		if len(part) < 2 || len(part) > 64 {
			continue
		}
		s.low = fold(s.low[:0], part)
		if e := s.m.entries[string(s.low)]; e != nil && len(e.dets) > 0 {
			s.term(e, i, 1, ord)
		}
	}
}

func partJoiner(r rune) bool { return r == '/' || r == '-' }

// shaped records a word no list holds that is built as a diagnosis or a
// procedure is (morph.go), and whom it belongs to as a listed term does:
// "your cholecystectomy".
func (s *scanner) shaped(i, ord int) {
	if det := s.clinicalShape(i); det >= 0 {
		s.hit(det, i, i+1)
		s.clinical(det, i, 1, ord)
	}
}

// lookup finds the longest term of the matcher starting at word i.
func (s *scanner) lookup(i int) (*entry, int) {
	t := &s.toks[i]
	if t.end-t.start > 64 || t.hashed && !s.m.mayHold(t.hash) {
		return nil, 0 // most words: no need to fold them
	}
	if !t.letter && !allDigits(s.raw(i)) {
		return nil, 0 // "11/02/2026": of the words with no letter, only a number starts a term ("42 CFR Part 2")
	}
	var e *entry
	if t.hashed {
		e = s.m.findASCII(t.hash, s.raw(i)) // an ASCII word's hash is its folded form's: no fold
	} else {
		s.low = fold(s.low[:0], s.raw(i))
		if h := wordHash(s.low); !s.m.mayHold(h) && !s.proclitic() {
			return nil, 0
		}
		e = s.m.find(wordHash(s.low), s.low)
		if e == nil && s.proclitic() {
			e = s.m.find(wordHash(s.low), s.low)
		}
	}
	if e == nil && possessive(s.raw(i)) {
		s.low = fold(s.low[:0], s.raw(i))
		stem := s.low[:len(s.low)-2]
		e = s.m.find(wordHash(stem), stem)
	}
	if e == nil {
		return nil, 0
	}
	// Most phrase starts go on with no phrase, as the pair filter tells of
	// two ASCII words.
	if j := i + 1; e.phrase > 0 && (j == len(s.toks) || !t.hashed || !s.toks[j].hashed || s.m.mayPair(t.hash, s.toks[j].hash)) {
		if p, l := s.phrase(i, e.phrase); p != nil {
			return p, l
		}
	}
	if e.cased != nil && string(s.raw(i)) == e.casedForm {
		return e.cased, 1 // "PrEP", not "prep"
	}
	return e, 1
}

// possessive reports whether a word ends in "'s" (or "'S"), after
// which its stem may be a term: "Crohn's".
func possessive(w []byte) bool {
	return len(w) > 2 && w[len(w)-2] == '\'' && w[len(w)-1]|0x20 == 's'
}

// proclitic strips from s.low the one-letter conjunction or preposition
// Arabic writes onto a word (و and, ف so, ب with, ل for, ك as) when
// the word is no term with it and is one without: "لمرضى السكري" is "for
// مرضى السكري", diabetes patients. It reports whether it stripped one.
func (s *scanner) proclitic() bool {
	w := s.low
	if len(w) < 8 || w[0] != 0xd9 && w[0] != 0xd8 {
		return false // four Arabic letters at least
	}
	r, size := utf8.DecodeRune(w)
	if r != 'و' && r != 'ف' && r != 'ب' && r != 'ل' && r != 'ك' || !s.m.mayHold(wordHash(w[size:])) {
		return false
	}
	s.low = append(s.low[:0], w[size:]...)
	return true
}

// phrase finds the longest phrase of up to n words at word i, once the
// pair filter lets one go on there (lookup). s.low holds word i, unless
// it is ASCII: it is folded here.
func (s *scanner) phrase(i, n int) (*entry, int) {
	var best *entry
	bestLen := 0
	if s.toks[i].hashed {
		s.low = fold(s.low[:0], s.raw(i))
	}
	for j := i + 1; j < len(s.toks) && j-i < n; j++ {
		s.low = append(s.low, ' ')
		s.low = fold(s.low, s.raw(j))
		p := s.m.find(wordHash(s.low), s.low)
		if p == nil {
			break // no phrase goes on this way
		}
		if len(p.dets) > 0 || p.keys != 0 || p.neutral || p.lure || p.leave || p.draft || p.ops || p.party || p.grouped || p.debt {
			best, bestLen = p, j-i+1
		}
	}
	return best, bestLen
}

// term records a term of l words at word i: its detectors, then its keys
// (and those of the words inside a phrase).
func (s *scanner) term(e *entry, i, l, ord int) {
	var named, dept, cause bool
	if len(e.dets) > 0 { // most entries are keywords: no need to look around
		named, dept, cause = s.inOrgName(i, l), s.where >= numWhereBody && (s.departmentLabel(i) || s.phoneLine(i, l)), s.cause(i+l) || s.askedOfAnyone(i) || s.population(i) || s.where >= numWhereBody && s.quotedTitle(i)
	}
	for _, d := range e.dets {
		if cause && d < numBuiltins && clinicalDet[d] {
			continue // "diabetes research", "HIV awareness": a cause, no one's diagnosis
		}
		if d == dCare && (s.payerName(i, l) || s.innerName(i, l)) {
			continue // "Keystone Valley Health Plan, PO Box 3090": the sender; "Riverbend Pharmacy Pacers": a team
		}
		if d == dReproductive && l == 1 && s.fluidsRate(i) {
			d = dProcedure // "IVF 100/h": intravenous fluids at a rate, no fertility treatment
		}
		if d == dMental && l == 1 && s.in(deliriumDrugs, i) && s.forDelirium(i) {
			d = dDrug // "Sundowning last night; avoid benzos, seroquel 12.5 prn ok": a ward's, for delirium
		}
		if d == dSubstance && l == 1 && s.in(painDrugs, i) && (s.painGiven || s.forPain(i)) {
			d = dDrug          // "methadone 2.5 mg every 12 hours, for pain": a hospice's, no treatment of addiction
			s.painGiven = true // and "Methadone takes several days" after it
		}
		if (named || dept) && d < numBuiltins && clinicalDet[d] && (dept || builtins[d].group == GroupHealth) {
			s.hit(dCare, i, i+l) // "Cedarbrook Cancer Institute", "Department: Psychiatry": where care is given
			s.ev.where++
			continue
		}
		s.hit(d, i, i+l)
		if d == dCare && s.where != numWhereHeader && l <= 3 && benefitTerms.has(s.termText(i, l)) {
			s.ev.benefit++
		}
		if d < numBuiltins && clinicalDet[d] && !named && !s.regulation(i) && s.programmeNoun(i+l) {
			s.ev.programme++ // "the methadone program referrals", "the depression screening quality measure"
		}
		if d < numBuiltins && builtins[d].group == GroupRestricted && (named || s.regulation(i)) {
			s.ev.where++ // "Riverbend Addiction Treatment Services", "(42 CFR part 2)" in a signature
		}
		if d == dLab || d == dProcedure || d == dGenetic {
			s.resultOn(i + l) // "vanc trough on Mendez", "NIPT back on Rao"
		}
		if d == dLab && i >= 2 && s.toks[i-1].digit {
			s.measured(i - 2)
		}
		if d < numBuiltins && clinicalDet[d] {
			if l > 1 && !e.self { // a self report is the writer's already
				s.ownWords(i, l, ord) // "after my miscarriage", "her water broke"
			}
			s.numberedSurname(i)
			s.clinical(d, i, l, ord)
			if i > 0 && s.possessor(i-1) && s.endsPhrase(i+l-1) {
				s.hit(dName, i-1, i) // "Liam's Adderall refill", not "Hannah's metformin study"
			}
		}
		if d == dCare && s.title {
			s.titlePatient(i) // "Appointment reminder: Rosa Delgado - Nephrology 12/09"
		}
		if d == dCare && s.near(keyHer, ord) && s.endsPhrase(i+l-1) {
			s.theirs(i, ord) // "Keisha Boateng is followed by the ID clinic for her meds"
		}
		if d == dCare && i >= 3 {
			s.wardPerson(i)
		}
		if d == dCare && i > 0 && s.possessor(i-1) {
			s.hit(dName, i-1, i) // "Patricia Lindqvist-Moreau's FMLA leave", "Ana's referral"
		}
		if d < numBuiltins && (clinicalDet[d] || d == dCare) {
			s.forPerson(i + l)
		}
	}
	if e.lure {
		s.ev.lure = true
	}
	if e.leave {
		s.ev.leave = true
	}
	if e.draft {
		s.ev.draft = true
	}
	if e.ops {
		s.ev.ops = true
	}
	if e.party {
		s.ev.party = true
	}
	if e.debt {
		s.ev.debt = true
	}
	if e.counted && s.countedAt(i) {
		s.ev.tallies++
	}
	if e.grouped {
		s.ev.tallies += 2 // "the aggregate report from the September screenings": counts, as two tallies are
	}
	if e.self && !s.templateLine(i) {
		s.ev.mine++
		s.hit(dDirected, i, i+l) // the writer's own symptom: they are the patient
	}
	if e.neutral {
		if e.keys != 0 {
			s.keysAt(e.keys, ord+l-1, i+l-1) // "test patient": hides "patient", says the data is invented
		}
		return
	}
	if e.keys&(1<<keySeen) != 0 {
		s.seenAs(i)
	}
	if l == 1 {
		s.keysAt(s.keysOf(e, i), ord, i)
		return
	}
	for j := 0; j < l; j++ {
		if w := s.entryAt(i + j); w != nil {
			s.keysAt(s.keysOf(w, i+j)&^signalMask, ord+j, i+j)
		}
	}
	s.keysAt(e.keys, ord+l-1, i+l-1)
}

// painDrugs treat addiction and pain both: methadone for cancer pain,
// buprenorphine patches, low-dose naltrexone for fibromyalgia.
var painDrugs = wordSet(`methadone buprenorphine naltrexone butrans belbuca`)

// forPain reports whether the line of word i gives the drug there for
// pain: "methadone 2.5 mg by mouth every 12 hours, for pain", "Naltrexone
// 4.5 mg capsules (low-dose, compounded)". Only naltrexone's low dose is
// a pain dose: a treatment programme starts methadone low too.
func (s *scanner) forPain(i int) bool {
	line := bytes.ToLower(s.line(i))
	for _, p := range painUses {
		if bytes.Contains(line, []byte(p)) {
			return true
		}
	}
	return s.is(i, "naltrexone") && (bytes.Contains(line, []byte("low-dose")) || bytes.Contains(line, []byte("low dose")))
}

var painUses = []string{"for pain", "pain regimen", "pain control", "pain management", "cancer pain", "chronic pain"}

// deliriumDrugs are the antipsychotics a ward or a hospice gives for
// delirium and agitation, no psychiatric care (haloperidol is a drug
// term already).
var deliriumDrugs = wordSet(`quetiapine seroquel olanzapine zyprexa risperidone risperdal`)

// forDelirium reports whether delirium or a ward's sign of it stands
// near the drug at word i, as a sign-out writes them: "CAM+ tonight,
// pulling at lines, sundowning ... can we get the seroquel 12.5".
func (s *scanner) forDelirium(i int) bool {
	for k := max(0, i-25); k < min(len(s.toks), i+8); k++ {
		if s.in(deliriumWords, k) {
			return true
		}
	}
	return false
}

var deliriumWords = wordSet(`delirium delirious sundowning sundowner sundowns cam+ cam-icu`)

// fluidsRate reports whether word i is "IVF" written for intravenous
// fluids, as orders and sign-outs do: at a rate ("IVF 100/h", "IVF @
// 125", "IVF at 75 ml/hr"), held or stopped ("hold IVF", "d/c IVF"). A
// couple who "started IVF" speak of fertility treatment.
func (s *scanner) fluidsRate(i int) bool {
	if !s.is(i, "ivf") {
		return false
	}
	if j := i + 1; j < len(s.toks) && (s.toks[j].digit || s.is(j, "at") && j+1 < len(s.toks) && s.toks[j+1].digit) {
		return true
	}
	if j := i + 1; j+1 < len(s.toks) && bytes.Contains(s.buf[s.toks[i].end:s.toks[j].start], []byte("@")) && s.toks[j].digit {
		return true
	}
	return i > 0 && s.in(fluidVerbs, i-1)
}

var fluidVerbs = wordSet(`hold held d/c dc dced bolus`)

// countedAt reports whether a number stands up to three words before
// the plural at word i, as reports count people and their care: "1,146
// patients", "300 established-patient office visits", "62% of those
// patients". A year is no count ("2026 members").
func (s *scanner) countedAt(i int) bool {
	for k := i - 1; k >= max(0, i-4); k-- {
		t := &s.toks[k]
		if !t.digit {
			continue
		}
		w := s.raw(k)
		return !t.letter && !(len(w) == 4 && isYear(w)) && !bytes.ContainsAny(w, "/:")
	}
	return false
}

// countedNouns are the plurals a count of people or of their care
// reports, in the languages of the word lists.
var countedNouns = strings.Fields(`patients clients members visits encounters claims denials cases admissions discharges
births deliveries surgeries referrals enrollees beneficiaries participants subjects respondents individuals adults
residents lives charts stays episodes pacientes casos atendimentos internações ingresos partos cirugías cirurgias
afiliados beneficiarios usuarios usuários patienten fälle versicherte pazienti ricoveri`)

// inOrgName reports whether the term of l words at word i, capitalised,
// is part of an organisation's name: a word such as Institute, Center or
// Billing follows it. "Cedarbrook Cancer Institute" in a signature says
// where care is given; it is nobody's diagnosis. In the subject and the
// display names it stays one: "Dialysis Unit Scheduling" writing to one
// person is about their dialysis.
func (s *scanner) inOrgName(i, l int) bool {
	j := i + l
	if s.where < numWhereBody || !capitalised(s.raw(i)) && !upperWord(s.raw(i)) {
		return false
	}
	if s.endsOrgName(i, l) {
		return true
	}
	if j >= len(s.toks) {
		return false
	}
	if !s.gapOf(j-1, " ") {
		return s.signatureOrg(i, l) || s.orgUnit(i, l)
	}
	w := s.raw(j)
	return (capitalised(w) || upperWord(w)) && s.in(orgNouns, j)
}

// orgUnit reports whether the capitalised term of l words at word i is
// an organisation's name, its last word an organisation's noun, that a
// dash or a comma parts from the desk or the place it goes on with:
// "Sexual Health Clinic - Front Desk", "Recovery Center, Calder County".
func (s *scanner) orgUnit(i, l int) bool {
	last, j := i+l-1, i+l
	if l < 2 || j >= len(s.toks) || !s.in(orgNouns, last) || !capitalised(s.raw(last)) || !capitalised(s.raw(j)) {
		return false
	}
	gap := string(s.buf[s.toks[last].end:s.toks[j].start])
	return gap == " - " || gap == ", " || gap == " – "
}

// endsOrgName reports whether the capitalised term of l words at word
// i is itself the end of an organisation's name, its last word an
// organisation's noun after a capitalised name: "Riverbend Recovery
// Center" in an MOU names the partner, as "Riverbend Addiction Treatment
// Services" does.
func (s *scanner) endsOrgName(i, l int) bool {
	last := i + l - 1
	if l < 2 || i == 0 || !s.in(orgNouns, last) || !s.gapOf(i-1, " ") {
		return false
	}
	w := s.raw(i - 1)
	return (capitalised(w) || upperWord(w)) && (capitalised(s.raw(last)) || upperWord(s.raw(last)))
}

// payerName reports whether the care term of l words at word i ends a
// health plan's name: "Keystone Valley Health Plan", "Calloway Ridge
// Health Group Health Plan", capitalised after a capitalised word that
// is no possessive ("Your Health Plan" is no name).
func (s *scanner) payerName(i, l int) bool {
	last := i + l - 1
	titled := func(k int) bool { return capitalised(s.raw(k)) || upperWord(s.raw(k)) } // "CALLOWAY RIDGE HEALTH PLAN" too
	if i == 0 || l < 2 || !s.in(planWords, last) || !titled(i) || !titled(last) || !titled(i-1) || !s.gapOf(i-1, " ") {
		return false
	}
	return !s.in(planOwners, i-1)
}

// innerName reports whether the capitalised care term of l words at word
// i stands inside a longer name in a text's body, between capitalised
// words that are no organisation's noun: "Team: Riverbend Pharmacy
// Pacers" is a running team; "Riverbend Pharmacy" alone is where care is
// given.
func (s *scanner) innerName(i, l int) bool {
	j := i + l
	if s.where != numWhereBody || i == 0 || j >= len(s.toks) || !capitalised(s.raw(i)) || !capitalised(s.raw(i-1)) ||
		!s.gapOf(i-1, " ") || !s.gapOf(j-1, " ") || !capitalised(s.raw(j)) {
		return false
	}
	return !s.in(orgNouns, j) && s.entryAt(j) == nil
}

var (
	planWords  = wordSet(`plan plans`)
	planOwners = wordSet(`your my our his her their the a an this that mi su tu nuestro nuestra`)
)

// signatureOrg reports whether the capitalised term of l words at word i
// ends a line that names an organisation in a signature: one to three
// capitalised words before it open the line or follow a bar or a comma,
// and the next line holds an address, a phone number or an e-mail
// address ("Lanternway Behavioral Health" above "2140 Alder Street").
func (s *scanner) signatureOrg(i, l int) bool {
	end := int(s.toks[i+l-1].end)
	if i == 0 || !capitalised(s.raw(i-1)) || !s.gapOf(i-1, " ") || end >= len(s.buf) || s.buf[end] != '\n' && s.buf[end] != '\r' {
		return false // most terms: not the end of a line
	}
	k := i - 1
	for n := 0; n < 2 && k > 0 && s.sameLine(k-1, k) && capitalised(s.raw(k-1)) && s.gapOf(k-1, " "); n++ {
		k-- // "Helix Path Genetic Counseling"
	}
	if k > 0 && s.sameLine(k-1, k) && !bytes.ContainsAny(s.buf[s.toks[k-1].end:s.toks[k].start], "|,") {
		return false // the name opens the line, or follows a bar: "Amara Nwosu | Helix Path Genetic Counseling"
	}
	next := s.buf[end:min(len(s.buf), end+160)]
	next = bytes.TrimLeft(next, "\r\n")
	if k := bytes.IndexByte(next, '\n'); k >= 0 {
		next = next[:k]
	}
	digits := 0
	for _, c := range next {
		if isDigit(c) {
			digits++
		}
	}
	return digits >= 7 || bytes.IndexByte(next, '@') >= 0 || bytes.Contains(next, []byte("Street")) || bytes.Contains(next, []byte("Suite"))
}

// regulation reports whether the term at word i cites the rule that
// protects a programme's records, "42 CFR Part 2", as every footer of a
// substance-use programme does.
func (s *scanner) regulation(i int) bool {
	return string(s.raw(i)) == "42"
}

// cause reports whether word j names a cause a disease gives its name
// to: "type 1 diabetes research", "breast cancer awareness month", "a
// cancer charity run". A runner, a donor or a reader of it is no patient.
func (s *scanner) cause(j int) bool {
	return j < len(s.toks) && j > 0 && s.gapOf(j-1, " ") && s.in(causeNouns, j)
}

// askedOfAnyone reports whether the term at word i is asked about of
// whoever reads, as a booking or a form asks: "let us know about any
// allergies", "tell us of any medications". "Has he had any seizures"
// asks of one person.
func (s *scanner) askedOfAnyone(i int) bool {
	if i < 2 || !s.is(i-1, "any") || !s.gapOf(i-1, " ") || !s.gapOf(i-2, " ") {
		return false
	}
	w := string(s.folded(i - 2))
	return w == "about" || w == "of"
}

// population reports whether the term at word i names what a group of
// people has, as an advert or a leaflet speaks of them: "a good fit for
// anyone watching their blood sugar, including people with diabetes",
// "adults living with HIV". A list of one's patients with it is theirs:
// "patients with diabetes due for an eye exam" is not a population.
func (s *scanner) population(i int) bool {
	for j := i - 1; j >= max(0, i-4) && s.gapOf(j, " "); j-- {
		if s.in(populationNouns, j) {
			return j < i-1 || s.in(populationLinks, i) // "adults living with HIV", a phrase of its own
		}
		if !s.in(populationLinks, j) {
			return false
		}
	}
	return false
}

var (
	populationNouns = wordSet(`people anyone everyone those adults children kids individuals persons folks someone women men
seniors personas gente quienes`)
	populationLinks = wordSet(`with living who have has watching managing monitoring tracking their con viven tienen`)
)

// programmeNoun reports whether word j, just after a clinical term,
// makes it the name of a programme's work, not of anyone's care: "HIV
// grant", "methadone program referrals", "depression screening quality
// measure", "suicide prevention training".
func (s *scanner) programmeNoun(j int) bool {
	if j >= len(s.toks) || j == 0 || !s.gapOf(j-1, " ") {
		return false
	}
	if s.in(programmeNouns, j) || s.peer && s.in(staffedNouns, j) {
		return true // "the depression screening quality measure"; between colleagues, "my Thursday diabetes clinic"
	}
	if !s.is(j, "and") && !s.is(j, "or") {
		return false
	}
	for k := j + 1; k < min(len(s.toks), j+5) && s.gapOf(k-1, " "); k++ {
		if s.in(programmeNouns, k) {
			return true // "the behavioral health and IOP claims"
		}
	}
	return false
}

// staffedNouns name a service a clinical term qualifies, as colleagues
// write of the sessions they staff: "can you cover my diabetes clinic".
// To a patient or a parent, "the psychiatry clinic" is where their care is.
var staffedNouns = wordSet(`clinic clinics`)

var programmeNouns = wordSet(`program programs programme programmes measure measures metric metrics report reports dashboard
dashboards policy policies protocol protocols workflow workflows training trainings curriculum grant grants contract contracts
initiative initiatives committee board boards analysis analyses subgroup subgroups slides deck coalition toolkit guideline guidelines module modules webinar webinars pilot rollout mou
quality registry registries data rates rate outcomes billing coverage benefit benefits criteria codes coding staffing
workgroup taskforce budget funding vendor vendors ehr emr system systems software platform interface integration integrations sandbox
template templates form forms documentation downtime upgrade day week month campaign campaigns poster posters flyer flyers
brochure brochures event events handout handouts materials signage license licence licensure certification safety
credential credentials permit permits privileges waiver renewal exam ceu ceus claims denials authorizations authorisations reimbursement information info
education outreach promotion messaging navigation navigator navigators uptake enrollment enrolment retention linkage`)

var causeNouns = wordSet(`research awareness fundraiser fundraising charity charities walk 5k 10k run ride gala
telethon donors donation donations`)

// departmentLabel reports whether the term at word i fills a staff
// field, "Department:" or "Specialty:", as a credentialing file, a
// directory or a signature does. A patient's service is labelled
// otherwise ("Service:", "Admitted to:").
func (s *scanner) departmentLabel(i int) bool {
	return i > 0 && s.in(departmentLabels, i-1) && bytes.ContainsRune(s.buf[s.toks[i-1].end:s.toks[i].start], ':')
}

// conditionField reports whether the term at word i fills a form's
// field for one person's condition, at a line's start: "Condition: major
// depressive disorder", "Dx: COPD".
func (s *scanner) conditionField(i int) bool {
	return i > 0 && s.in(conditionLabels, i-1) && s.opensLine(i-1) &&
		bytes.ContainsRune(s.buf[s.toks[i-1].end:s.toks[i].start], ':')
}

// benefitTerms name what a health plan covers and what it costs, not a
// service anyone had: a plan's notice to its member speaks of them.
var benefitTerms = wordSet(`copay copays co-pay coinsurance deductible deductibles premium premiums out-of-pocket formulary
in-network out-of-network pharmacy pharmacies`)

// termText returns the folded words of the term of l words at word i,
// one space between them, in a scratch buffer.
func (s *scanner) termText(i, l int) []byte {
	s.low2 = s.low2[:0]
	for k := i; k < i+l; k++ {
		if k > i {
			s.low2 = append(s.low2, ' ')
		}
		s.low2 = fold(s.low2, s.raw(k))
	}
	return s.low2
}

// phoneLine reports whether the capitalised term of l words at word i
// labels a phone number, as a signature lists a department's lines:
// "Office (413) 555-0116 | Endoscopy (413) 555-0120". It opens its line
// or follows a bar.
func (s *scanner) phoneLine(i, l int) bool {
	j := i + l
	if j+1 >= len(s.toks) || !capitalised(s.raw(i)) || !s.toks[j].digit {
		return false
	}
	if !s.opensLine(i) && !bytes.ContainsRune(s.buf[s.toks[i-1].end:s.toks[i].start], '|') {
		return false
	}
	switch gap := string(s.buf[s.toks[j-1].end:s.toks[j].start]); {
	case gap == " (" || gap == ": (":
		return s.phoneWords(j) > 0 // "(413) 555-0120"
	case gap == " " || gap == ": ":
		return isPhone(s.raw(j))
	}
	return false
}

var conditionLabels = wordSet(`condition diagnosis dx diagnóstico diagnostico diagnostic diagnose`)

var departmentLabels = wordSet(`department dept specialty speciality departamento abteilung département`)

var orgNouns = wordSet(`institute institutes center centers centre centres clinic clinics hospital hospitals program programs
programme department dept division services unit associates group society foundation billing network alliance partners
specialists practice consultants research fund league council association coalition`)

// keysOf returns the keys entry e opens at word i: a short keyword
// written without accents is not opened by a word written with them, which
// only folds to it ("tự" is Vietnamese, "tu" Spanish for "your"), nor by
// a two-letter word in capitals amid lower case ("MI | family").
func (s *scanner) keysOf(e *entry, i int) uint32 {
	if e.short == 0 {
		return e.keys
	}
	if w := s.raw(i); !isASCII(string(w)) {
		return e.keys &^ e.short // "tự"
	} else if len(w) == 2 && upperWord(w) && !s.shouted(i+1) {
		return e.keys &^ (e.short & (1<<keyMine | 1<<keyYour)) // "MI" beside lower case is a myocardial infarction or Michigan, no Spanish "my"
	}
	return e.keys
}

// shouted reports whether word i is in capitals, as a text written all
// in capitals is: "CITA DE MI MAMÁ".
func (s *scanner) shouted(i int) bool {
	return i < len(s.toks) && upperWord(s.raw(i)) && len(s.raw(i)) > 1
}

// signalMask holds the keys that are findings of their own (signalKeys).
// A word inside a longer phrase opens its other keys, not these: the
// phrase says what the text is. "Invoice for services" is a patient's
// bill, not a supplier's invoice.
var signalMask = func() (m uint32) {
	for _, kd := range signalKeys {
		m |= 1 << kd.k
	}
	return m
}()

// folded returns word i folded, in a scratch buffer valid until the next
// call.
// in reports whether word i, folded, is in set t; for an ASCII word the
// hash filter answers most.
func (s *scanner) in(t termSet, i int) bool {
	if tk := &s.toks[i]; tk.hashed {
		if h := tk.hash; setFilter[(h%setFilterBits)/64]&(1<<(h%64)) == 0 {
			return false
		}
		return t.holds(tk.hash, s.raw(i))
	}
	return t.words[string(s.folded(i))]
}

// entryAt returns the matcher's entry for word i alone, or nil.
func (s *scanner) entryAt(i int) *entry {
	if tk := &s.toks[i]; tk.hashed {
		if !s.m.mayHold(tk.hash) {
			return nil
		}
		return s.m.findASCII(tk.hash, s.raw(i)) // no fold
	}
	return s.m.entries[string(s.folded(i))]
}

func (s *scanner) folded(i int) []byte {
	s.low2 = fold(s.low2[:0], s.raw(i))
	return s.low2
}

// is reports whether word i folds to the lower-case word w. An ASCII
// word is compared as it stands, with no fold.
func (s *scanner) is(i int, w string) bool {
	if t := &s.toks[i]; t.hashed {
		return int(t.end-t.start) == len(w) && foldedEqual(s.buf[t.start:t.end], w)
	}
	return string(s.folded(i)) == w
}

// templateLine reports whether word i is on a line of a template, with a
// placeholder for the person it will be sent to, or just above or below a
// line with one:
// "Hi {{patient.first_name}}, your appointment with {{provider}}", "Your
// appointments:\n    @FOLLOWUPTABLE@" (an EHR's SmartLink). It is
// addressed to no one yet.
func (s *scanner) templateLine(i int) bool {
	if placeholders(s.line(i)) || placeholders(s.lineBefore(i)) {
		return true
	}
	end := int(s.toks[i].end)
	rest := s.buf[end:min(len(s.buf), end+lineReach)]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return false
	}
	next := bytes.TrimLeft(rest[nl+1:], " \t\r\n") // the next line that holds something
	if k := bytes.IndexByte(next, '\n'); k >= 0 {
		next = next[:k]
	}
	return placeholders(next)
}

// lineBefore returns the line that holds something before the one word
// i is on, up to lineReach bytes: a template's line after one with a
// placeholder is the template's too ("Follow up with:
// {{followup.provider}}\n  If your symptoms get worse").
func (s *scanner) lineBefore(i int) []byte {
	start := s.lineStart(i)
	if start == 0 || s.buf[start] != '\n' {
		return nil
	}
	from := max(0, start-lineReach)
	prev := bytes.TrimRight(s.buf[from:start], " \t\r\n") // the last line that holds something: HTML parts a paragraph by a blank one
	if k := bytes.LastIndexByte(prev, '\n'); k >= 0 {
		prev = prev[k+1:]
	}
	return prev
}

// placeholders reports whether a line holds a template's placeholder:
// "{{name}}", "{% if %}", "${first}", "@FNAME@".
func placeholders(line []byte) bool {
	if bytes.Contains(line, []byte("{{")) || bytes.Contains(line, []byte("{%")) || bytes.Contains(line, []byte("${")) {
		return true
	}
	for k := bytes.IndexByte(line, '@'); k >= 0 && k+1 < len(line); {
		n := 0
		for k+1+n < len(line) && (line[k+1+n] >= 'A' && line[k+1+n] <= 'Z' || line[k+1+n] == '_') {
			n++
		}
		if n >= 3 && k+1+n < len(line) && line[k+1+n] == '@' {
			return true // "@FNAME@"
		}
		next := bytes.IndexByte(line[k+1:], '@')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// testRecordLine reports whether word i is on a line of a test
// patient's record, named as EHR builds name them: "ZZTEST, SEPSISALPHA
// T90000011 01/01/1960". Its numbers and dates are no one's.
func (s *scanner) testRecordLine(i int) bool {
	line := s.line(i)
	return bytes.Contains(line, []byte("ZZTEST")) || bytes.Contains(line, []byte("Zztest")) || bytes.Contains(line, []byte("zztest"))
}

// line returns the line word i is on, up to 256 bytes each way: a long
// line is read no further.
func (s *scanner) line(i int) []byte {
	end := int(s.toks[i].end)
	to := min(len(s.buf), end+lineReach)
	if k := bytes.IndexByte(s.buf[end:to], '\n'); k >= 0 {
		to = end + k
	}
	return s.buf[s.lineStart(i):to]
}

// lineStart returns where the line word i is on starts in buf (at its
// '\n'), up to lineReach bytes back.
func (s *scanner) lineStart(i int) int {
	start := int(s.toks[i].start)
	from := max(0, start-lineReach)
	if k := bytes.LastIndexByte(s.buf[from:start], '\n'); k >= 0 {
		from += k
	}
	return from
}

const lineReach = 256

// othersBetween reports whether a word between the last "my" and word i
// (ordinal ord) names other people: "my patients with diabetes" are a
// clinician's, no one in particular.
func (s *scanner) othersBetween(i, ord int) bool {
	for j := max(0, i-(ord-s.last[keyMine])+1); j < i; j++ {
		if s.in(othersNouns, j) {
			return true
		}
	}
	return false
}

var othersNouns = wordSet(`patient patients client clients member members resident residents student students staff
team colleagues employees participants pacientes clientes`)

// clinicalDet tells the built-in detectors of health and restricted
// content; ownedDet those whose terms one has or takes as one's own, as
// "your results" are: a procedure, a drug ("your colonoscopy", "stop
// your clopidogrel"). A disease is not: "manage your diabetes" is what
// every health newsletter says.
var clinicalDet, ownedDet = func() (c, o [numBuiltins]bool) {
	for d, b := range builtins {
		c[d] = b.group == GroupHealth || b.group == GroupRestricted
	}
	o[dProcedure], o[dDrug] = true, true
	return c, o
}()

// clinical records whom a clinical term of detector d, of l words from
// word i (ordinal ord), belongs to: the reader, after "your"; the person
// just named, after "his" or "her"; when the term ends its phrase. The
// distance is to the term's first word: "your CT of the abdomen".
func (s *scanner) clinical(d, i, l, ord int) {
	if s.title || s.where == numWhereAttachmentName || s.where == numWhereAttachment && s.calendarSummary(i) {
		s.titlePatient(i)
		s.titledAfter(i + l)
	}
	if s.where == numWhereBody || s.where == numWhereAttachment {
		s.listedPerson(i, l, ord)
	}
	s.befell(i)
	s.apposed(i, l, ord)
	s.kinsCare(i, ord)
	s.kinAfter(i + l)
	s.calledAbout(i, l)
	if s.notes {
		s.notedPerson(i) // "Walt Simmons (R BKA - socket refit pending)": an address book's note on its patient
	}
	if s.ideo(i) {
		s.hanKinCare(i) // "我妈妈上周做的胃镜检查", "爸爸的右膝关节置换手术"
	}
	if s.peer && s.where == numWhereBody && i > 1 && s.endsPhrase(i+l-1) && !s.programmeNoun(i+l) {
		s.dashedSurname(i)
	}
	if s.near(keyContact, ord) && s.endsPhrase(i+l-1) {
		s.contacted(i) // not "Called Dana Ruiz at Northgate about the insulin pens backorder"
	}
	if ownedDet[d] && s.hadByReader(i+l) {
		s.hit(dDirected, i, i+l) // "the screening mammogram you had on October 29"
	}
	your, mine, her := s.near(keyYour, ord), s.near(keyMine, ord) && !s.othersBetween(i, ord), s.near(keyHer, ord)
	if your || her || s.conditionField(i) {
		s.ev.yours++ // "Your IVF egg retrieval is on Friday", "he had his right hip replaced", "Condition: major depressive disorder" (counterparty)
	}
	service := builtins[d].group == GroupRestricted && s.inService(i+l-1)
	result := your && s.resulted(i+l)
	if !your && !mine && !her || !service && !result && !s.endsPhrase(i+l-1) {
		return
	}
	if your && (ownedDet[d] || service || result) || mine {
		s.owned(i, ord) // "your colonoscopy"; "my diabetes", "my numbers are undetectable"; "your A1c came back at 7.9"
	}
	if her {
		s.theirs(i, ord)
	}
}

// befell records the person a clinical event at word i befalls, named
// just before its verb, as family letters, class notes and bulletins
// tell it: "Dad had a stroke", "Fitz had a severe manic episode",
// "Grandma is recovering from hip surgery", "Jamal Okonkwo finished
// radiation therapy", "Jorge Almeida, who starts take-home doses". The
// event ends its phrase: "Sarah finished the diabetes training" is a
// course.
func (s *scanner) befell(i int) {
	j := i - 1
	if s.is(i, "on") {
		j = i // the term "on lithium" holds its "on"
	}
	for k := 0; k < 2 && j > 0 && s.in(eventFillers, j) && s.wrapped(j); k++ {
		j--
	}
	if j > 1 && s.is(j, "the") && s.is(j-1, "on") && s.gapOf(j-1, " ") {
		j-- // "doing well on the Sublocade"
	}
	if j < 1 || !s.wrapped(j) {
		return
	}
	switch {
	case s.in(eventVerbs, j):
	case (s.is(j, "from") || s.is(j, "after")) && j > 1 && s.is(j-1, "recovering") && s.gapOf(j-1, " "):
		j--
	case s.is(j, "on") && j > 1 && s.in(onLeads, j-1):
		for k := 0; k < 4 && j > 1 && s.in(onLeads, j-1) && s.gapOf(j-1, " "); k++ {
			j-- // "is doing well on", "was started on": the drug is taken
		}
	default:
		return
	}
	if j >= 2 && s.in(auxiliaries, j-1) && s.wrapped(j-1) {
		j-- // "Grandma is recovering from"
	}
	p := j - 1 // the subject's last word
	if !s.wrapped(p) {
		return
	}
	if p > 2 && s.toks[p].digit && len(s.raw(p)) <= 4 && s.is(p-1, "in") && s.gapOf(p-1, " ") && s.gapOf(p-2, " ") {
		p -= 2 // "Harold Beaumont in 318 had a positive C. diff": a room between
	}
	if p > 1 && s.is(p, "who") && s.gapOf(p-1, ", ") && !s.gapOf(p-1, " ") {
		p-- // "for Jorge Almeida, who started take-home doses"
	}
	switch {
	case capitalised(s.raw(p)) && s.in(kin, p) || p > 0 && s.in(ownKin, p-1) && s.in(kin, p):
		s.hit(dName, p, p+1) // "Dad", "my brother"
	case p > 0 && s.gapOf(p-1, " ") && s.name(p-1) && s.name(p) && s.givenName(p-1) && !(p > 1 && s.in(providerTitles, p-2)):
		s.hit(dName, p-1, p+1) // "Jamal Okonkwo"
	case s.givenName(p) && !(p > 0 && s.in(providerTitles, p-1)):
		s.hit(dName, p, p+1) // "Fitz"
	case s.midName(p):
		s.hit(dName, p, p+1) // "to let you know that Bill has a urinary tract infection"
	case s.in(subjectPronouns, p):
		if first, n, ok := s.personBefore(p); ok && !s.sentenceBreak(first+n, p) {
			s.hit(dName, first, first+n) // "Spoke with Luis Ortega today, he is stable on lithium"
		}
	}
}

// wrapped reports whether the gap after word i is spaces with at most
// one line break, and a quote's marks after it: mail wraps its lines
// anywhere ("Bill has a\n> urinary tract infection"), and a blank line
// ends what was said.
func (s *scanner) wrapped(i int) bool {
	lf := 0
	for _, c := range s.buf[s.toks[i].end:s.toks[i+1].start] {
		switch c {
		case ' ', '\r':
		case '\n':
			lf++
		case '>':
			if lf == 0 {
				return false // a quote's marks open a line: "has a\n> urinary"
			}
		default:
			return false
		}
	}
	return lf <= 1
}

// midName reports whether word i is a given name that is an everyday
// word too (wordNames), capitalised in the middle of a sentence, where
// only a name is: "that Bill has", "and Grace is on", not "The Grant
// has", "Will is" opening one.
func (s *scanner) midName(i int) bool {
	if i == 0 || !capitalised(s.raw(i)) || !s.in(wordNames, i) || !s.gapOf(i-1, " ") {
		return false
	}
	prev := s.raw(i - 1)
	return len(prev) > 1 && letters(prev) && !capitalised(prev) && !upperWord(prev) && !s.in(determiners, i-1)
}

var determiners = wordSet(`the a an this these those our your their his her its my each every no any some whose`)

// subjectPronouns stand for the person just named as the subject of what
// befell them.
var subjectPronouns = wordSet(`he she he's she's`)

// sentenceBreak reports whether a sentence ends between words i and j.
func (s *scanner) sentenceBreak(i, j int) bool {
	for k := max(i, 1); k <= j && k < len(s.toks); k++ {
		if bytes.ContainsAny(s.buf[s.toks[k-1].end:s.toks[k].start], ".!?\n") {
			return true
		}
	}
	return false
}

// kinsCare records the writer's relative a clinical term follows in the
// same sentence: "my son has 103 fever since last nite", "mi mamá tiene
// la presión alta". The relative is a person as "my son's fever" makes
// one; once per relative.
func (s *scanner) kinsCare(i, ord int) {
	back := ord - s.last[keyKin]
	if back < 1 || back > kinReach {
		return // most terms: no relative just before
	}
	k := i - back
	if k < 0 || s.named >= ord-back {
		return // the relative is named already: "Dad (Ignacio Castellanos) ... donepezil"
	}
	if back == 1 && bytes.HasSuffix(s.folded(k), []byte("'s")) {
		return // "Dad's warfarin": the possessive's own rule, with its guards
	}
	if k > 0 && s.in(anyones, k-1) {
		return // "every mom knows jaundice", "a new mom's guide": anyone's, no one's
	}
	if k+1 < i && s.in(pets, k+1) {
		return // "my mom's cat is on prozac"
	}
	if k+1 < i && s.is(k, "の") && s.is(k+1, "日") {
		return // "母の日のプレゼントに": Mother's Day
	}
	for j := k - 1; j >= max(0, k-2); j-- {
		if s.ideo(j) && s.toks[j].end == s.toks[j+1].start && strings.Contains("分神工", string(s.raw(j))) {
			return // "分母が" is a fraction's denominator, "神父が" a priest
		}
	}
	breaks := 0
	for j := k; j < i; j++ {
		if gap := s.buf[s.toks[j].end:s.toks[j+1].start]; bytes.ContainsAny(gap, ".!?\n。？！") {
			if breaks++; breaks > 1 || bytes.Count(gap, []byte("\n")) > 1 || !s.in(resumedBy, j+1) {
				return // another sentence, not one that goes on about them: "Mom finally decided. She's doing the predictive test"
			}
		}
	}
	s.hit(dName, k, k+1)
	s.last[keyKin] = -1 << 30
}

// kinAfter records the relative Tagalog names after the clinical term
// that ends before word j, in the same clause, with the marker of a
// person: "May diabetes po ang nanay ko", "Naoperahan po si nanay sa
// apdo" (the term's own subject, as "my mom has diabetes" has it first).
func (s *scanner) kinAfter(j int) {
	for k := j; k < min(len(s.toks)-1, j+3); k++ {
		if n := s.toks[k].end - s.toks[k].start; n < 2 || n > 3 {
			return // most terms: a longer word after them, no "po", "ang", "si" or "ni"
		}
		if bytes.ContainsAny(s.buf[s.toks[k-1].end:s.toks[k].start], ".!?,;\n") {
			return
		}
		if s.in(tagalogMarkers, k) && s.in(tagalogKin, k+1) && s.gapOf(k, " ") {
			s.hit(dName, k+1, k+2)
			return
		}
	}
}

var (
	tagalogMarkers = wordSet(`ang si ni`)
	tagalogKin     = wordSet(`nanay tatay inay itay ina ama anak lola lolo asawa kapatid tita tito mama papa`)
)

// resumedBy open a sentence that goes on about the person the last one
// named.
var resumedBy = wordSet(`she he she's he's shes hes her his`)

// calledAbout records the person a clinician asks someone to call about
// the clinical term at word i: "can u call Brianna Fox re chlamydia +?",
// "pls call Ana Ruiz about her INR".
func (s *scanner) calledAbout(i, l int) {
	j := i - 1
	if j < 3 || !s.endsPhrase(i+l-1) {
		return // "call Sarah Kim about the HIV grant"
	}
	if j > 0 && s.in(ownerWords, j) {
		j-- // "about her INR"
	}
	if j < 3 || !s.in(aboutWords, j) || !s.gapOf(j-1, " ") {
		return
	}
	first, n, ok := s.personBefore(j)
	if !ok || first+n != j || first < 1 || !s.in(callVerbs, first-1) || !s.gapOf(first-1, " ") {
		return
	}
	s.hit(dName, first, j)
}

// notedPerson records the name a display name's note in brackets or
// after a dash, with the clinical term at word i, follows: the note an
// address book keeps on a patient. The name opens its line
// (walker.names writes each recipient's display name with a note on its
// own line, apart from the sender's).
func (s *scanner) notedPerson(i int) {
	for k := i; k > max(0, i-6); k-- {
		if g := s.buf[s.toks[k-1].end:s.toks[k].start]; !bytes.ContainsRune(g, '(') && !bytes.Equal(g, []byte(" - ")) {
			continue
		}
		if a := k - 2; a >= 0 && s.opensLine(a) && s.givenName(a) && s.gapOf(a, " ") && s.name(a+1) && s.noteOfCare(k) {
			s.hit(dName, a, k)
		}
		return
	}
}

// noteOfCare reports whether the bracket opening at word k holds three
// words or more and none says the person gives care: "(R BKA - socket
// refit pending)", not "(Cardiology)" nor "(Oncology Nurse Navigator)".
func (s *scanner) noteOfCare(k int) bool {
	n := 0
	for j := k; j < len(s.toks) && j < k+10; j++ {
		if s.in(credentials, j) || s.in(roleWords, j) || s.in(staffRoleNouns, j) {
			return false
		}
		n++
		if s.closes(j) {
			break
		}
	}
	return n >= 3
}

// hanKinCare records the relative a Chinese family writes of before the
// clinical term at word i, in the same clause: the relative's own (的)
// care, "爸爸的右膝关节置换手术", or the writer's relative who goes to,
// has or takes it, "我妈妈上周做的胃镜检查", "我爸爸去医院复查血糖". What a
// relative says is no one's care: "我妈妈说糖尿病要注意饮食".
func (s *scanner) hanKinCare(i int) {
	verb := false
	for k := i - 1; k >= max(1, i-14); k-- {
		if !s.touches(k) {
			return // a clause's break (punctuation stands between words), a space, a Latin word
		}
		if strings.Contains(hanCareVerbs, string(s.raw(k))) {
			verb = true
		}
		for _, kin := range myKinWords {
			n := utf8.RuneCountInString(kin)
			if k-n+1 < 0 || string(s.rawRange(k-n+1, k+1)) != kin {
				continue
			}
			a := k - n + 1
			mine := a > 0 && string(s.raw(a-1)) == "我" || a > 1 && string(s.raw(a-1)) == "的" && string(s.raw(a-2)) == "我"
			owns := k+1 < i && string(s.raw(k+1)) == "的"
			if s.named >= s.n-(i-a) {
				return // named already, by an earlier term of the clause
			}
			// adjoins: the relative, then what they have ("我妈妈血压高").
			adjoins := k+1 == i
			if owns && !mine && (a == 0 || !s.touches(a-1)) || mine && !owns && (verb || adjoins) { // 我妈妈的 is myKin's
				s.hit(dName, a, k+1)
			}
			return
		}
	}
}

// hanCareVerbs are the verbs a relative's care takes: do, go, check,
// recheck, stay in, take, get (a shot), see (a doctor), draw (blood).
const hanCareVerbs = "做去查复復住吃打看抽拿开開"

// dashedSurname records the surname a colleague's list sets before the
// clinical term at word i with a dash, each item opening a line or after
// a comma, a semicolon or a colon: "Tues: Kline - INR check, Duarte -
// wound check L foot, Peters - BP recheck".
func (s *scanner) dashedSurname(i int) {
	k := i - 1
	if g := string(s.buf[s.toks[k].end:s.toks[i].start]); g != " - " && g != " – " || !s.soleSurname(k) || s.in(orgNouns, k) {
		return
	}
	if g := s.buf[s.toks[k-1].end:s.toks[k].start]; !bytes.ContainsAny(g, ",;:\n") {
		return // "the Kline - INR check" is no list's item
	}
	s.hit(dName, k, i)
}

// contacted records the person a clinician's log says was called or
// seen, who the clinical term at word i, later in the same sentence, is
// about: "Called Mateo Barragan (4 thirds under IV sedation 9/8)",
// "Saw Lucia Ferraz today, IOP up again". The log opens its line or
// sentence with the verb; a common given name and a surname follow.
func (s *scanner) contacted(i int) {
	first, n, ok := s.personBefore(i)
	if !ok || n != 2 || first < 1 || i-(first+n) > 6 || !s.givenName(first) || s.sentenceBreak(first+n, i) {
		return
	}
	if s.in(placeWords, first+n) {
		return // "Called Dana Ruiz at Northgate": someone at a business
	}
	for k := first + n; k < i; k++ {
		if s.in(subjectPronouns, k) {
			return // "Spoke with Luis Ortega today, he is stable on lithium": befell's, through "he"
		}
	}
	v := first - 1
	if v > 0 && s.in(contactPreps, v) && s.gapOf(v-1, " ") && s.in(contactVerbs, v-1) {
		v-- // "spoke with", "talked to"
	} else if !s.in(contactVerbs, v) || s.in(contactPreps, v) {
		return
	}
	if !s.gapOf(v, " ") || v > 0 && !bytes.ContainsAny(s.buf[s.toks[v-1].end:s.toks[v].start], ".!?\n:-") {
		return // not where a log's entry opens: "the rep we called Ana Ruiz about the insulin order"
	}
	s.hit(dName, first, first+n)
}

var (
	contactVerbs = wordSet(`called phoned texted reached saw seen spoke talked`)
	contactPreps = wordSet(`with to`)
	placeWords   = wordSet(`at from of`)
)

var (
	ownerWords = wordSet(`his her their`)
	aboutWords = wordSet(`re about regarding`)
	callVerbs  = wordSet(`call phone text ring callback`)
)

// anyones are the words before a bare "mom" or "dad" that make them
// anyone's: a newsletter's "every mom", "a new dad", "une maman".
var anyones = wordSet(`a an the every each any all new young first-time expectant expecting single working busy
other your their this that one some many most no
un une le la les el una uno unos unas cada chaque toute tout toutes ogni jede jeder eine ein einer każda każdy`)

// pets are what a relative's possessive may own that has a vet, not a
// doctor.
var pets = wordSet(`cat cats dog dogs puppy kitten pet pets horse parrot bird rabbit`)

// kinReach is how many words after a relative a clinical term may be
// theirs.
const kinReach = 12

// apposed records the name a clinical term at word i stands in
// apposition to, as clinicians name a case: "Anders Pettersen, the
// pancreatic head adenocarcinoma we presented in October", "Ruth Ames,
// a new heart failure admit", a prayer list's "Irene Walsh, beginning
// radiation for prostate cancer". A role is staff's: "Sarah Kim, the
// diabetes educator".
func (s *scanner) apposed(i, l, ord int) {
	if i < 3 || bytes.IndexByte(s.buf[s.toks[max(0, i-5)].end:s.toks[i].start], ',') < 0 {
		return // most terms: no comma just before
	}
	for j := i - 1; j >= max(2, i-6); j-- {
		if !s.gapOf(j, " ") {
			return
		}
		if w := string(s.folded(j)); !appositiveLeads.hasString(w) {
			continue
		}
		if !s.gapOf(j-1, ", ") || s.buf[s.toks[j-1].end] != ',' {
			return
		}
		a, b := j-2, j-1
		if named := ord - (i - a); named != s.listed && s.gapOf(a, " ") && s.name(a) && s.name(b) && s.givenName(a) &&
			!(a > 0 && s.in(providerTitles, a-1)) && !s.in(credentials, b) && !s.roleAfter(i+l) {
			s.hit(dName, a, b+1)
			s.listed = named // once a name, as listedPerson takes it
		}
		return
	}
}

// appositiveLeads open an apposition after a name and its comma: "Ana
// Ruiz, the heart failure admit", "Irene Walsh, recovering after hip
// surgery", "Irene Walsh, beginning radiation".
var appositiveLeads = wordSet(`the a an recovering beginning starting undergoing awaiting following now`)

// roleAfter reports whether word j names a role: "Sarah Kim, the
// diabetes educator" is staff.
func (s *scanner) roleAfter(j int) bool {
	return j < len(s.toks) && (s.in(staffRoleNouns, j) || s.in(roleWords, j))
}

// eventVerbs say a clinical event befell its subject; eventFillers may
// stand between the verb and the event.
var (
	eventVerbs = wordSet(`had has underwent finished started began completed suffered developed needed needs
starts begins completes finishes undergoes starting beginning undergoing receives received`)
	eventFillers = wordSet(`a an another severe mild minor major small second emergency repeat stat urgent new baseline positive negative`) // "his", "her": theirs()
)

// onLeads stand between a person and the "on" of a drug they take:
// "Maria Santos is doing well on Sublocade", "he is stable on lithium".
var onLeads = wordSet(`well doing stable started restarted maintained continues continued remains remained still currently
back been is was`)

// hadByReader reports whether the words from word j say the reader had
// the procedure or took the drug before them: "the mammogram you had",
// "the amoxicillin you were prescribed".
func (s *scanner) hadByReader(j int) bool {
	if j+1 >= len(s.toks) || !s.is(j, "you") || !s.gapOf(j-1, " ") || !s.gapOf(j, " ") {
		return false
	}
	if s.in(undergoneVerbs, j+1) {
		return true
	}
	return j+2 < len(s.toks) && s.is(j+1, "were") && s.in(givenVerbs, j+2)
}

// undergoneVerbs say the reader had a procedure or a drug: "the MRI you
// had"; givenVerbs, after "you were", that someone gave it: "the drug
// you were prescribed" ("the drug you prescribed" is a prescriber's).
var (
	undergoneVerbs = wordSet(`had received underwent got took started`)
	givenVerbs     = wordSet(`prescribed given scheduled`)
)

// resulted reports whether the words from word j give a test's result:
// "came back at 4 mIU/mL", "was positive", "is 7.9". "Know your A1c"
// gives none.
func (s *scanner) resulted(j int) bool {
	for k := 0; k < 2 && j+1 < len(s.toks) && s.gapOf(j-1, " ") && s.in(testNouns, j); k++ {
		j++ // "your hepatitis B surface antibody came back"
	}
	if j+1 >= len(s.toks) || !s.gapOf(j-1, " ") || !s.gapOf(j, " ") {
		return false
	}
	switch w := string(s.folded(j)); {
	case w == "came" && s.is(j+1, "back"):
		return true
	case resultAux.hasString(w) || w == "was" || w == "were":
		return s.toks[j+1].digit || s.in(resultWords, j+1)
	}
	return false
}

var testNouns = wordSet(`surface antibody antibodies antigen titer titre level levels test screen panel count`)

var resultWords = wordSet(`positive negative normal abnormal high low elevated undetectable reactive nonreactive detected`)

// inService reports whether the term at word i names the service it is
// given in: "your intensive outpatient group", "your PrEP clinic visit".
// A restricted condition on its own is a leaflet's ("manage your
// depression"); the reader's group or session is their care.
func (s *scanner) inService(i int) bool {
	return i+1 < len(s.toks) && s.in(serviceNouns, i+1)
}

// endsPhrase reports whether the term at word i ends its phrase, so that
// a "your" or "her" before it owns the term itself: "your colonoscopy is
// on Thursday", "her biopsy results", not "your MRI safety training".
// What follows is punctuation, a line end, a number, a word of grammar or
// time, or a word of care.
func (s *scanner) endsPhrase(i int) bool {
	if i+1 >= len(s.toks) {
		return true
	}
	if bytes.ContainsAny(s.buf[s.toks[i].end:s.toks[i+1].start], ".,;:!?()[]-–\n\r（），。、：；！？") || s.toks[i+1].digit {
		return true
	}
	if s.in(phraseEnders, i+1) {
		return true
	}
	e := s.entryAt(i + 1)
	return e != nil && (e.keys&(1<<keyNoun) != 0 || len(e.dets) > 0)
}

// owned records a care noun at word i that is the reader's own, or the
// writer's: "your results", "your colonoscopy", "my A1c".
func (s *scanner) owned(i, ord int) {
	if (s.near(keyYour, ord) || s.near(keyMine, ord)) && !s.advised(i, ord) && !s.offered(i, ord) && !s.templateLine(i) &&
		!s.sentenceSince(i, ord) && !s.quoted(i) && !s.modifies(i) && !s.forYourRecords(i) && !(i > 0 && s.in(businessOwners, i-1)) &&
		!s.clientNoun(i, ord) {
		s.hit(dDirected, i, i+1)
		if s.near(keyMine, ord) && s.last[keyMine] >= s.last[keyYour] {
			s.ev.mine++
		}
		s.last[keyYour], s.last[keyMine] = -1<<30, -1<<30 // once per "your"
	}
}

// clientNoun reports whether a word between "your" or "my" and the care
// noun at word i (ordinal ord) makes the noun a business's: "Your
// November client report is attached", "your utilization summary", "My
// Q1 report for the governing body", "Your September scheduling report".
// A period names a report's, not a drug's: "your monthly injection".
func (s *scanner) clientNoun(i, ord int) bool {
	from := max(s.last[keyYour], s.last[keyMine])
	if ord-from > reach[keyYour] {
		return false
	}
	report := s.in(reportNouns, i)
	for k := max(0, i-(ord-from)+1); k < i; k++ {
		if s.in(clientNouns, k) || report && s.in(reportPeriods, k) {
			return true
		}
	}
	return false
}

var (
	clientNouns   = wordSet(`client customer vendor partner utilization utilisation usage performance network scheduling productivity`)
	reportNouns   = wordSet(`report reports summary`)
	reportPeriods = wordSet(`q1 q2 q3 q4 quarterly monthly annual weekly daily year-end board`)
)

// forYourRecords reports whether word i ends "for your records", as a
// receipt or a certificate tells its reader to keep a copy: no one's
// medical records.
func (s *scanner) forYourRecords(i int) bool {
	return i >= 2 && s.is(i, "records") && s.is(i-2, "for") && s.gapOf(i-2, " \r\n") && s.gapOf(i-1, " \r\n") && // lines wrap anywhere
		(i+1 >= len(s.toks) || !s.gapOf(i, " ")) // "for your records." ends there; "for your records request" is a request
}

// businessOwners are whose a care noun is after "your" that makes it a
// business's: "stored for your practice's records", "your clinic's
// referrals".
var businessOwners = wordSet(`practice's practice’s organization's organization’s organisation's organisation’s clinic's clinic’s
office's office’s company's company’s facility's facility’s agency's agency’s`)

// modifies reports whether the care noun at word i only qualifies a
// business's word after it, at most two words on: "your referral
// directory", "your lab workflow", "your appointment system", "your
// specialty pharmacy limited distribution network" are a practice's or a
// vendor's, not a patient's. Mail wraps its lines anywhere: "your
// referral\r\ndirectory".
func (s *scanner) modifies(i int) bool {
	for k := i; k < i+3 && k+1 < len(s.toks); k++ {
		if !s.gapOf(k, " \r\n") || bytes.Count(s.buf[s.toks[k].end:s.toks[k+1].start], []byte("\n")) > 1 {
			return false // a paragraph's end between
		}
		if s.in(businessHeads, k+1) || k == i && s.in(recordsNouns, i) && s.in(teamNouns, k+1) {
			return true // "your records team" is a practice's; "your care team" a patient's
		}
		if s.endsPhrase(k) {
			return false // "your pharmacy on Main Street"
		}
	}
	return false
}

var businessHeads = wordSet(`application applications directory directories workflow workflows system systems software platform module modules
vendor vendors template templates process processes queue queues inbox desk policy policies volume volumes
interface interfaces integration integrations workload backlog staff staffing coordinator coordinators network
networks pipeline dashboard dashboards metrics reporting packets supplies script scripts environment environments
server servers endpoint endpoints rates rate stats statistics addresses mileage director directors manager managers
supervisor supervisors administrator administrators tech techs technician technicians`)

// recordsNouns are the care nouns of a practice's back office; after
// them a team or a department is the practice's (teamNouns).
var (
	recordsNouns = wordSet(`records record billing coding referral referrals scheduling`)
	teamNouns    = wordSet(`team teams department departments dept office offices`)
)

// quoted reports whether word i is inside a quotation on its line: a
// subject line quoted as a phishing lure or a template's name ("Updated:
// your COVID-19 test result"), spoken of, not to its reader.
//
// A quotation that opens with a greeting is speech to the reader, as a
// voicemail's transcript is: "Hi, this is Kim from Bridge Clinic, calling
// about your HIV test".
func (s *scanner) quoted(i int) bool {
	before := s.buf[s.lineStart(i):s.toks[i].start]
	var open int
	switch {
	case bytes.Count(before, []byte(`"`))%2 == 1:
		open = bytes.LastIndexByte(before, '"') + 1
	case bytes.Count(before, []byte("“")) > bytes.Count(before, []byte("”")):
		open = bytes.LastIndex(before, []byte("“")) + len("“")
	default:
		return false
	}
	return !spokenGreeting(before[open:])
}

// quotedTitle reports whether word i is in a title quoted on its line,
// a course's, a talk's or a book's: three words or more, each
// opening with a capital but for short words between ("HIV Care Update for
// Nurses", "Pain Management and Opioid Safety"). Speech is not written
// so: "she said "your biopsy came back benign"".
func (s *scanner) quotedTitle(i int) bool {
	if r, _ := utf8.DecodeRune(s.raw(i)); !unicode.IsUpper(r) {
		return false // most terms: lower case, no title's word
	}
	start := int(s.toks[i].start)
	before := s.buf[s.lineStart(i):start]
	open := bytes.LastIndexByte(before, '"')
	if open < 0 || bytes.Count(before, []byte(`"`))%2 == 0 {
		return false
	}
	rest := s.buf[start:min(len(s.buf), start+lineReach)]
	end := bytes.IndexByte(rest, '"')
	if end < 0 || bytes.IndexByte(rest[:end], '\n') >= 0 {
		return false
	}
	words := bytes.Fields(append(before[open+1:len(before):len(before)], rest[:end]...))
	if len(words) < 3 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRune(w); !unicode.IsUpper(r) && !(len(w) <= 3 && titleSmallWords.has(w)) {
			return false
		}
	}
	return true
}

var titleSmallWords = wordSet(`a an and at by for in of on or the to with vs`)

// spokenGreeting reports whether a quotation opens as a call does: "Hi,
// this is", "Hello, this message is for", "Good morning, this is".
func spokenGreeting(q []byte) bool {
	q = bytes.ToLower(bytes.TrimLeft(q, " "))
	for _, g := range []string{"hi,", "hi ", "hello", "hey", "good morning", "good afternoon", "good evening", "this is ", "this message is"} {
		if bytes.HasPrefix(q, []byte(g)) {
			return true
		}
	}
	return false
}

// sentenceSince reports whether a sentence or a paragraph ends between
// the "your" and the noun at word i: "ready for your signature.\n\nOTP
// Pharmacy" signs off; the pharmacy is no one's. "Your 2 p.m.
// appointment" goes on.
func (s *scanner) sentenceSince(i, ord int) bool {
	y := i - (ord - max(s.last[keyYour], s.last[keyMine]))
	for j := max(0, y); j < i; j++ {
		gap := s.buf[s.toks[j].end:s.toks[j+1].start]
		if bytes.Count(gap, []byte("\n")) >= 2 || bytes.ContainsAny(gap, ".!?") && capitalised(s.raw(j+1)) {
			return true
		}
	}
	return false
}

// advised reports whether the care noun at word i is a carer the reader
// is told to turn to, as every leaflet says: "ask your pharmacist",
// "talk to your dietitian". That is advice, not the reader's own care;
// and "incubated by your lab" is the reader's business at work.
func (s *scanner) advised(i, ord int) bool {
	role, agent := s.in(careRoles, i), s.in(agentNouns, i)
	if !role && !agent {
		return false
	}
	y := i - (ord - max(s.last[keyYour], s.last[keyMine])) // the "your"
	if y < 1 {
		return false
	}
	if agent {
		return s.is(y-1, "by") // "plates incubated by your lab": the reader's business does the work
	}
	if s.in(adviceVerbs, y-1) {
		return true
	}
	return y >= 2 && s.in(adviceTo, y-1) && s.in(adviceVerbs, y-2)
}

// offered reports whether the "your" before the care noun at word i
// follows a discount: "20% off your first visit", "$10 off your next
// appointment", "Save 80% on your prescriptions", "best prices on your
// meds" is an advert's offer to anyone, not a booking.
func (s *scanner) offered(i, ord int) bool {
	y := i - (ord - max(s.last[keyYour], s.last[keyMine])) // the "your"
	switch {
	case y < 1:
		return false
	case s.is(y-1, "off"):
		return true
	case s.is(y-1, "on"):
		for k := y - 2; k >= 0 && k >= y-4; k-- {
			if s.in(offerWords, k) {
				return true
			}
		}
	}
	return false
}

var offerWords = wordSet(`save saving savings price prices deal deals discount discounts`)

// forPerson records the name after a clinical or care term and "for" at
// word i: "Visit summary for Daniel Kim", "Carrier screening for Emily
// Zhou". The care is that person's.
func (s *scanner) forPerson(i int) {
	for k := 0; k < 3 && i+3 < len(s.toks) && (s.in(resultStates, i) || k == 0 && s.in(resultAux, i)) && s.gapOf(i, " "); k++ {
		i++ // "BRCA panel in for Sarah Lindgren", "MRI scheduled for Ana Ruiz", "results are ready for Marcus"
	}
	if i+2 >= len(s.toks) || !s.is(i, "for") || !s.gapOf(i+1, " ") {
		return
	}
	if (s.givenName(i+1) || s.shoutedGiven(i+1)) && !s.name(i+2) && !s.shoutedGiven(i+2) {
		s.hit(dName, i+1, i+2) // "New test results are available for MARCUS in your portal"
		return
	}
	if !(s.name(i+1) && s.name(i+2)) && !s.shoutedName(i+1) {
		return
	}
	if i+3 < len(s.toks) && s.in(credentials, i+3) || s.opensTerm(i+1) {
		return // "for Sarah Kim, MD"; "Medications for Opioid Use Disorder (MOUD)"
	}
	s.hit(dName, i+1, i+3)
}

// resultStates stand between a test or an order and the patient it is
// for.
var resultStates = wordSet(`in back done due ordered scheduled booked sent resulted pending needed approved denied
panel result results report test available ready`)

var resultAux = wordSet(`is are`)

// seenAs records the name just before the phrase at word i, and the
// verbs between, that says its bearer is a patient: "Carlos Mendez may
// return to work", "Devon Price has attended our programme".
func (s *scanner) seenAs(i int) {
	j := i
	for k := 0; k < 3 && j > 0 && (s.in(auxiliaries, j-1) || s.in(leaveWords, j-1)); k++ {
		j-- // "Priya Szabo is out on medical leave"
	}
	if j > 1 && s.closes(j-1) {
		for k := j - 1; k > max(0, j-8); k-- {
			if s.buf[s.toks[k].start-1] == '(' {
				j = k // "Marisol Vega (medical assistant) is cleared to return", "Aaliyah Grant (front desk, TB clinic rotation) is cleared for"
				break
			}
		}
	}
	j = s.placedBefore(j)
	if first, n, ok := s.personBefore(j); ok && first+n == j {
		s.hit(dName, first, first+n)
		return
	}
	if j > 0 && s.in(kin, j-1) && s.gapOf(j-1, " ") {
		s.hit(dName, j-1, j) // "dad is being discharged tmrw", "Grandma was admitted to"
		return
	}
	if j > 0 && s.in(readerWords, j-1) && s.gapOf(j-1, " ") && (j < 2 || !s.in(conditionWords, j-2)) {
		s.hit(dDirected, j-1, i+1) // "you're cleared to come back 12/14", not "if you were diagnosed with"
	}
}

var (
	readerWords    = wordSet(`you you're youre`)
	conditionWords = wordSet(`if when once unless whether`)
)

// clauseBetween reports whether a sentence, a clause or a paragraph ends
// between words a and b: "Ana Rivera called; the team met to plan her
// MRI". A line's end does not: mail wraps its lines anywhere.
func (s *scanner) clauseBetween(a, b int) bool {
	for j := max(0, a); j < b; j++ {
		gap := s.buf[s.toks[j].end:s.toks[j+1].start]
		if bytes.ContainsAny(gap, ";.!?") || bytes.Count(gap, []byte("\n")) > 1 {
			return true
		}
	}
	return false
}

// topicBetween reports whether a word that names a topic stands after a
// noun between a "his" or "her" at word a and the clinical term at word
// b: "her research on heart failure" is work; "her 4th voucher in the
// contingency management programme" and "keep her on lithium" are care.
func (s *scanner) topicBetween(a, b int) bool {
	for j := a + 2; j < b; j++ {
		if s.in(topicWords, j) {
			return true
		}
	}
	return false
}

var topicWords = wordSet(`on about regarding concerning into re`)

// placedBefore returns where a place's number ends that stands just
// before word j, between a person's name and what befell them: "Teresa
// Galvan at #14 was diagnosed", "Mr. Ruiz in room 4 was admitted". It
// returns j if none does.
func (s *scanner) placedBefore(j int) int {
	k := j - 1
	if k < 1 || !s.toks[k].digit || s.toks[k].end-s.toks[k].start > 5 {
		return j
	}
	k--
	if k > 0 && s.in(unitWords, k) {
		k-- // "in room 4"
	}
	if k < 1 || !s.in(atWords, k) {
		return j
	}
	return k
}

var (
	atWords   = wordSet(`at in`)
	unitWords = wordSet(`room rm apt unit bed lot`)
)

// leaveWords stand between a name and the leave it is on.
var leaveWords = wordSet(`out on`)

// theirs records a clinical term at word i that belongs to the person
// named just before: "Ana Rivera had her lumbar MRI". Only a clinical
// term will do: "Emily Chen presented her results" is a quarter's.
func (s *scanner) theirs(i, ord int) {
	if !s.near(keyHer, ord) {
		return
	}
	her := i - (ord - s.last[keyHer])
	if i-her > 2 && s.clauseBetween(her, i) || s.topicBetween(her, i) {
		return // "her research on heart failure"
	}
	if first, n, ok := s.personBefore(her); ok && (her-first <= 4 || !s.clauseBetween(first, her)) {
		s.hit(dName, first, first+n) // "Amara Rautenbach is done. Her eGFR", not "Ana Rivera called; the team met to plan her MRI"
	} else if !ok && s.soleName != "" && s.where >= numWhereBody {
		s.ev.hit(dName, numWhereSubject, []byte(s.soleName)) // "Re: Delgado" and "holding the metformin until her creatinine is back"
		s.soleName = ""
	}
	s.last[keyHer] = -1 << 30 // once per "his" or "her"
}

// signalKeys are the keys that are findings of their own.
var signalKeys = []struct {
	k   key
	det int
}{{keyBulk, dBulk}, {keyCommerce, dCommerce}, {keyStock, dInventory}, {keyVet, dVeterinary}, {keyProperty, dProperty},
	{keyTest, dTestData}}

// nounOf records the given name that owns the care noun at word i, as
// the Romance languages write a possessive: "la cita de Valentina Ortega
// Ruiz", "il referto di Giulia", "le rendez-vous de Léa".
func (s *scanner) nounOf(i int) {
	j := i + 2
	if j >= len(s.toks) || s.toks[i+1].end-s.toks[i+1].start > 3 || !s.in(ofWords, i+1) || !s.gapOf(i, " ") || !s.gapOf(i+1, " ") || !s.givenName(j) {
		return
	}
	n := 1
	for n < 3 && j+n < len(s.toks) && s.gapOf(j+n-1, " ") && s.name(j+n) {
		n++
	}
	s.hit(dName, j, j+n)
}

var ofWords = wordSet(`de del di du da do`)

// keysAt checks what the keys of a word at ordinal ord close (a care noun
// after "your"), then opens them.
func (s *scanner) keysAt(ks uint32, ord, i int) {
	if ks == 0 {
		return
	}
	if ks&(1<<keyNoun) != 0 {
		s.owned(i, ord)
		if i > 0 && s.possessor(i-1) {
			s.hit(dName, i-1, i) // "Milo's appointment", "Dad's results"
		}
		s.nounOf(i)
	}
	if ks&signalMask != 0 { // most keywords: no finding of their own
		for _, kd := range signalKeys {
			if ks&(1<<kd.k) != 0 {
				s.hit(kd.det, i, i+1)
			}
		}
	}
	if ks&(1<<keyName) != 0 && i > 0 && len(s.raw(i)) == 6 && s.is(i, "member") && s.in(groupMembers, i-1) {
		ks &^= 1 << keyName // "team member Sarah Jones" is staff; "Cascade member Eleanor Marsh" a plan's patient
	}
	if ks&(1<<keyName) != 0 && s.in(fieldNames, i) && (!s.labels(i) || s.staffRecord(i)) {
		ks &^= 1 << keyName // "Employee: Wade Kellerman" in an EAP report, "Donor: Brandon Tillis" in a drug test's; not "our employee Sarah Jones" nor an HR record
	}
	if ks&(1<<keyMine) != 0 && i+1 < len(s.toks) && s.toks[i+1].digit && (string(s.raw(i)) == "Mon" || string(s.raw(i)) == "MON") {
		ks &^= 1 << keyMine // "Mon 1400-1600 DBT skills": Monday's, not the French "mon" (my)
	}
	if ks&(1<<keyName) != 0 && string(s.raw(i)) == "PT" {
		ks &^= 1 << keyName // "PT Jordan Lee", "1pm PT": a physical therapist, Pacific time; "Pt Devon Price" a patient
	}
	if ks&(1<<keyKin) != 0 && i > 0 {
		s.parentOf(i)
	}
	if ks&(1<<keyName) != 0 && i > 2 && s.closes(i) {
		s.bracketedClient(i)
	}
	if ks&(1<<keyFamily) != 0 && (s.acronym(i) || s.unitAfterNumber(i) || s.suffixAfterName(i) || s.capsBeforeTitled(i)) {
		ks &^= 1 << keyFamily // "SIG Lite", "MR Imaging": an acronym, not Sig. or Mr.
	}
	if ks&idKeys != 0 && s.cellEnds(i) {
		ks &^= idKeys // "Rx,NTX25A30": a table's cells, not a label and its number
	}
	for m := ks; m != 0; m &= m - 1 {
		s.last[bits.TrailingZeros32(m)] = ord
	}
	if ks&nameKeys != 0 {
		s.nameKey = max(s.nameKey, ord)
	}
	if ks&keyedKeys != 0 {
		s.idKey = max(s.idKey, ord)
	}
	if ks&(idKeys|1<<keyName) != 0 {
		for _, k := range []key{keyMRN, keyMember, keyClaim, keyAccount, keyName} {
			if ks&(1<<k) != 0 {
				s.headerCell(k, i)
			}
		}
	}
}

// capsBeforeTitled reports whether word i, a title's abbreviation, is
// in capitals before a word that is not: "type MR. Required." is a
// medical record's type; a shouted "MR. JOHN SMITH" and a written "Mr.
// Smith" are titles.
func (s *scanner) capsBeforeTitled(i int) bool {
	w := s.raw(i)
	return len(w) >= 2 && upperWord(w) && i+1 < len(s.toks) && capitalised(s.raw(i+1))
}

// staffRecord reports whether the record whose label is word i goes on
// as a personnel record does, with a position, a role or a manager in
// the next few lines: an account or an onboarding, not a report on the
// employee's health. (A leave certification has a job title too.)
func (s *scanner) staffRecord(i int) bool {
	for k := i + 1; k < min(len(s.toks), i+40); k++ {
		if s.labels(k) && s.in(staffFields, k) {
			return true
		}
	}
	return false
}

var staffFields = wordSet(`position role manager supervisor`)

// fieldNames name a person as a field's label only: an employee in an
// occupational-health report, a drug test's donor.
var fieldNames = wordSet(`employee donor`)

// labels reports whether word i is a field's label: the next word is
// its value (fieldValue).
func (s *scanner) labels(i int) bool { return i+1 < len(s.toks) && s.fieldValue(i+1) }

// bracketedClient records the name before a bracket that says whose
// client or patient they are: "Darnell Hughes (Tomás's client) was
// admitted", "Ana Ruiz (patient)". Word i, the keyword, closes it.
func (s *scanner) bracketedClient(i int) {
	b := i // the bracket's first word
	if s.buf[s.toks[b].start-1] != '(' {
		b--
		if !s.possessive(b) || s.buf[s.toks[b].start-1] != '(' {
			return
		}
	}
	if b < 2 || !s.gapOf(b-1, " (") || !s.gapOf(b-2, " ") || !s.givenName(b-2) || !s.name(b-1) {
		return
	}
	s.hit(dName, b-2, b)
}

// possessive reports whether word i ends in 's: "Tomás's".
func (s *scanner) possessive(i int) bool {
	w := s.raw(i)
	return bytes.HasSuffix(w, []byte("'s")) || bytes.HasSuffix(w, []byte("’s"))
}

// groupMembers are the groups whose member is staff or a colleague, not
// a health plan's patient.
var groupMembers = wordSet(`team staff board faculty committee council crew panel founding cast band`)

// parentOf records the child a parent signs as the parent of, before
// the relative at word i: "-Tasha (Noah Brooks mom)", "Noah's mom".
func (s *scanner) parentOf(i int) {
	if !s.in(parentWords, i) || !s.gapOf(i-1, " ") {
		return
	}
	switch {
	case s.possessor(i - 1):
		s.hit(dName, i-1, i)
	case i > 1 && s.gapOf(i-2, " ") && s.givenName(i-2) && s.name(i-1) && !s.in(ownKin, i-1):
		s.hit(dName, i-2, i)
	}
}

var parentWords = wordSet(`mom mum dad`)

// suffixAfterName reports whether word i, "Sr", ends the name before it
// ("Thomas Abney, Sr."): Senior, not Señor ("Gracias, Sr. López").
func (s *scanner) suffixAfterName(i int) bool {
	return i > 0 && s.is(i, "sr") && s.gapOf(i-1, ", ") && capitalised(s.raw(i-1)) && s.name(i-1)
}

// unitAfterNumber reports whether word i, a title of a letter or two, is
// a unit after a number: "2 g Na" is two grams of sodium, not Mr. Na.
// A capital and a full stop make it a title: "21:40 Mr. Marchetti".
func (s *scanner) unitAfterNumber(i int) bool {
	w, end := s.raw(i), int(s.toks[i].end)
	if len(w) > 2 || i == 0 || !s.toks[i-1].digit || !s.gapOf(i-1, " ") {
		return false
	}
	return !(isUpperAlpha(w[0]) && end < len(s.buf) && s.buf[end] == '.')
}

// acronym reports whether word i is written in capitals, without a
// title's full stop, before a word that is not: "SIG Lite", not "MR.
// SMITH" or "Sig. Ferri".
func (s *scanner) acronym(i int) bool {
	w := s.raw(i)
	if len(w) < 2 || !upperWord(w) || i+1 >= len(s.toks) || !s.gapOf(i, " ") {
		return false
	}
	return !upperWord(s.raw(i + 1))
}

// idKeys are the keys whose keyword labels the identifier after it.
const idKeys = 1<<keyMRN | 1<<keyMember | 1<<keyClaim | 1<<keyAccount

// cellEnds reports whether a delimited row's cell ends after word i: a
// bare comma, semicolon or bar before the next word. (A tab is how an
// HTML table's label cell meets its value: "MRN\t00123" stays a label.)
func (s *scanner) cellEnds(i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	gap := s.buf[s.toks[i].end:s.toks[i+1].start]
	return len(gap) == 1 && (gap[0] == ',' || gap[0] == ';' || gap[0] == '|')
}
