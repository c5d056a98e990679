package policy

import (
	"bytes"
	"strings"

	"github.com/sealpost/sealpost/policy/names"
)

// givenName reports whether word i is a capitalised common given name. A
// given name names a person where two capitalised words are otherwise
// needed: "Ethan had his MRI", "Liam's Adderall refill". A list, not a
// shape, because a capitalised word alone is as often a company's
// ("Pfizer's Paxlovid") or the first word of a sentence.
func (s *scanner) givenName(i int) bool {
	t := &s.toks[i]
	if t.memo&memoGiven == 0 {
		t.memo |= memoGiven
		if s.name(i) && (s.listedGiven(i) || s.labelledWordName(i)) {
			t.memo |= memoGivenYes
		}
	}
	return t.memo&memoGivenYes != 0
}

// listedGiven reports whether word i, folded, is a common given name or a
// Korean one.
func (s *scanner) listedGiven(i int) bool {
	low := s.folded(i)
	return names.Given(string(low)) || koreanGiven(low)
}

// koreanGiven reports whether a folded word is a Korean given name as it
// is romanised, two syllables and a hyphen: "min-ji", "ji-hoon",
// "seo-yeon" ("pre-op" and "co-op" are no syllables of a name, "ha-ha"
// is a laugh).
func koreanGiven(w []byte) bool {
	a, b, ok := bytes.Cut(w, []byte("-"))
	return ok && koreanSyllables.has(a) && koreanSyllables.has(b) && !bytes.Equal(a, b) // not "ha-ha"
}

var koreanSyllables = wordSet(`min ji jung jeong seo yeon hye jin hoon woo soo su young yeong hyun hyeon eun ha na yu da ye joon jun ho
jae sung seong kyung gyeong mi hee hui ae sook suk ja kyu gyu won bin chan yoon yun seung hwa ra rim in hun hyuk hyeok gi ki tae dong
sang cheol chul sik seok suk yong nam il han hae byung myung jong kwang gwang`)

// labelledWordName reports whether word i is a given name that is an
// everyday word too (wordNames) where a label's colon puts a person's
// name, before a surname and a comma, as a display name's first place
// does, and a number follows as a case list's age, day or date does:
// "Readmit review: Dale Whitcomb, 30-day readmit" ("Grant Writing,
// budget" is a title).
func (s *scanner) labelledWordName(i int) bool {
	j := i + 1
	if i == 0 || j+1 >= len(s.toks) || !capitalised(s.raw(i)) || !s.in(wordNames, i) {
		return false
	}
	if string(s.buf[s.toks[i-1].end:s.toks[i].start]) != ": " || !s.gapOf(i, " ") || !s.name(j) || s.in(wordNames, j) {
		return false
	}
	return string(s.buf[s.toks[j].end:s.toks[j+1].start]) == ", " && s.toks[j+1].digit
}

// A span's memo: whether name and givenName have looked at the word, and
// what they found. Both read the word alone, and rules ask them of the
// same word again and again.
const (
	memoName = 1 << iota
	memoNameYes
	memoGiven
	memoGivenYes
)

// possessor returns whether word i is a given name's possessive, "Liam's"
// or "Liam’s".
func (s *scanner) possessor(i int) bool {
	w := s.raw(i)
	stem, ok := bytes.CutSuffix(w, []byte("'s"))
	if !ok {
		stem, ok = bytes.CutSuffix(w, []byte("’s"))
	}
	if !ok || !capitalised(stem) && (i == 0 || !s.in(ownKin, i-1)) {
		return false // most possessives: nothing to fold
	}
	low := fold(nil, stem)
	if kin.has(low) {
		return true // "Dad's INR", "my husband's detox"
	}
	if capitalised(stem) && i > 0 && s.gapOf(i-1, " ") && s.givenName(i-1) && !(i > 1 && s.in(providerTitles, i-2)) {
		return true // "Marek Zielinski's HTT result", not "Dr. Sarah Kim's clinic"
	}
	return capitalised(stem) && names.Given(string(low))
}

// kin are the relatives a family member writes about: "Dad's INR", "my
// son's inhaler" is one person's care as "Liam's inhaler" is.
var kin = wordSet(`dad mom mum mother father husband wife son daughter grandma grandpa grandmother grandfather
brother sister partner baby child kid fiance fiancee nana papa`)

var ownKin = wordSet(`my our`)

// shoutedName reports whether words i and i+1 are a name in capitals, a
// common given name first, as pharmacy and lab systems print them: "Rx for
// JAMES TOLLIVER".
func (s *scanner) shoutedName(i int) bool {
	if i+1 >= len(s.toks) || !s.gapOf(i, " ") {
		return false
	}
	a, b := s.raw(i), s.raw(i+1)
	if len(a) < 3 || len(b) < 2 || !upperWord(a) || !upperWord(b) || !letters(a) || !letters(b) {
		return false
	}
	low := fold(nil, a)
	return names.Given(string(low)) && !monthNames.has(low) // "JAN FEB MAR" heads a table
}

// shoutedGiven reports whether word i is a common given name in
// capitals, as a merge field prints it: "results for MARCUS".
func (s *scanner) shoutedGiven(i int) bool {
	a := s.raw(i)
	return len(a) >= 3 && upperWord(a) && letters(a) && names.Given(string(s.folded(i))) && !s.in(monthNames, i)
}

// measured records the given name a reading follows, as a device's alert
// or a shared log writes it: "Leo: 52 mg/dL, falling", "Eli 52 mg/dL".
func (s *scanner) measured(j int) {
	if s.toks[j+1].letter || !s.gapOf(j, " :") || !s.givenName(j) || j > 0 && s.in(providerTitles, j-1) {
		return
	}
	s.hit(dName, j, j+1)
}

// titlePatient records the name that opens a subject line or a file
// name and runs straight into the clinical term at word i, as
// clinicians title mail and records about a patient: "Gerald Okafor MRI
// L-spine: large extrusion", "Ngata, Tevita - A1c 9.4",
// "Mensah_Kwame_HIV1_RNA.pdf". A name in order ("Gerald Okafor") needs a
// common given name; one in record order ("Ngata, Tevita") says it is a
// record's by its comma. An announcement puts a verb between: "Maria
// Lopez joins cardiology".
func (s *scanner) titlePatient(i int) {
	a, b := i-2, i-1
	file := s.where == numWhereAttachmentName
	sep := " -–:"
	if k := s.asideBefore(i); k > 0 && !file {
		a, b, sep = k-2, k-1, " (" // "Noah Brandt (gr 2) - 101.8 fever": an aside between
	}
	if file {
		sep = " -_"
		for k := 0; k < 2 && b > 1 && (s.in(fileDocWords, b) || s.toks[b].digit && s.toks[b].letter || s.in(sideMarks, b)) && s.gapOf(b, sep); k++ {
			a, b = a-1, b-1 // "Kristin_Halvorsen_EOB_total_knee_replacement.png", "PATEL_Raj_NHS8960308242_COPD.png", "Greaves_Otis_G220_L_heel_ulcer.png"
		}
	}
	if !file && b > 1 && s.toothNumber(b) && s.gapOf(b, " ") {
		a, b, sep = a-1, b-1, " #" // "Harold Benning #19 crown seat moved to 3/14": a tooth between
	}
	slotted := false
	for k := 0; k < 3 && !file && s.title && b > 1 && s.slot(b) && (s.gapOf(b, " ") || s.gapOf(b, ":")); k++ {
		a, b, slotted = a-1, b-1, true // "RE: Zainab Yusuf 9/25 3:40pm tympanostomy tube f/u": the visit's date and time between
	}
	if !file && b >= 0 && s.gapOf(b, " ") && s.givenName(b) && s.opensSubject(b) {
		s.hit(dName, b, i) // "Kim A1c 9.1 - see her sooner?"
		return
	}
	if a < 0 || !s.gapOf(b, sep) || !s.name(a) && !(file && s.shoutedSurname(a)) || !s.name(b) {
		return
	}
	inOrder := (s.gapOf(a, " ") || file && s.gapOf(a, "_")) && (s.givenName(a) || s.givenName(b))
	inRecord := !file && !slotted && s.buf[s.toks[a].end] == ',' && s.gapOf(a, ", ") && !stateCode(s.raw(b)) // not "Austin, Texas 3/15/25 diabetes summit"
	if !inOrder && !inRecord {
		return
	}
	// A surname in capitals before a given name is a record's order, which
	// names a person wherever it stands: "Quillon_MARTINEZ_Elena_BRCA1_pos.pdf".
	recordOrder := file && upperWord(s.raw(a)) && capitalised(s.raw(b)) && s.givenName(b)
	if file && a > 0 && s.sameLine(a-1, a) && !(a == 1 && s.docTitle(0)) && !recordOrder || !file && !s.opensSubject(a) {
		return // the name does not open the file name (or follow its paper's title) or the subject
	}
	s.hit(dName, a, b+1)
}

// slot reports whether word i is a visit's date or time, or a part of
// one, as a subject writes it: "9/25", "3:40pm" (a tokenizer's "3" and
// "40pm"), "10am".
func (s *scanner) slot(i int) bool {
	w := s.raw(i)
	if !s.toks[i].digit || len(w) > 7 {
		return false
	}
	return bytes.IndexByte(w, '/') > 0 || bytes.HasSuffix(bytes.ToLower(w), []byte("am")) || bytes.HasSuffix(bytes.ToLower(w), []byte("pm")) ||
		len(w) <= 2 && allDigits(w) && string(s.buf[s.toks[i].end:s.toks[i+1].start]) == ":"
}

// toothNumber reports whether word i is a tooth's number as dental mail
// writes it, "#19", "#3" (the Universal numbering: 1 to 32).
func (s *scanner) toothNumber(i int) bool {
	w := s.raw(i)
	return len(w) <= 2 && allDigits(w) && atoi(w) >= 1 && atoi(w) <= 32 && string(s.buf[s.toks[i-1].end:s.toks[i].start]) == " #"
}

// asideBefore returns the first word of a bracketed aside of up to three
// words that ends just before word i after a separator ("(gr 2) - "), or 0.
func (s *scanner) asideBefore(i int) int {
	b := i - 1
	if b < 2 || !s.closes(b) || !s.gapOf(b, ") -–:") {
		return 0
	}
	for k := b; k > max(1, b-3); k-- {
		if s.buf[s.toks[k].start-1] == '(' {
			return k
		}
	}
	return 0
}

// shoutedSurname reports whether word i is a family name in capitals,
// as records file a patient: "PATEL_Raj_NHS8960308242_COPD.png".
func (s *scanner) shoutedSurname(i int) bool {
	w := s.raw(i)
	return len(w) >= 2 && upperWord(w) && letters(w) && s.entryAt(i) == nil
}

// docTitle reports whether word j names the paper a file holds, alone
// or run together: "Referral", "DischargeSummary".
func (s *scanner) docTitle(j int) bool {
	w := string(s.folded(j))
	if fileDocWords.hasString(w) {
		return true
	}
	for _, suffix := range []string{"summary", "letter", "report", "referral", "results", "note", "notes"} {
		if len(w) > len(suffix) && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// fileDocWords name the paper a file holds between a patient's name and
// its clinical subject.
// sideMarks are the sides a file name writes before a body part: "L_heel", "R_knee".
var sideMarks = wordSet(`l r lt rt left right bilat`)

var fileDocWords = wordSet(`eob bill statement referral report results labs letter note notes summary auth claim invoice`)

// titledAfter records the name a title gives after its clinical term and
// a dash or a colon, the name ending the title or set apart again:
// "MRI L-spine - Gerald Okafor", "Oocyte retrieval - Priyanka Desai -
// cycle 2". A common given name comes first.
func (s *scanner) titledAfter(j int) {
	for k := j; k < min(j+3, len(s.toks)); k++ { // "MRI L-spine - Gerald Okafor": the term's words first
		if k > 0 && bytes.ContainsAny(s.buf[s.toks[k-1].end:s.toks[k].start], "-–:\n") {
			j = k
			break
		}
	}
	if j < 1 || j+1 >= len(s.toks) || !bytes.ContainsAny(s.buf[s.toks[j-1].end:s.toks[j].start], "-–:") {
		return
	}
	if !s.gapOf(j, " ") || !s.givenName(j) || !s.name(j+1) || j+2 < len(s.toks) && s.in(credentials, j+2) {
		return // not "Diabetes lecture: Sarah Kim, MD"
	}
	if j+2 < len(s.toks) && s.sameLine(j, j+2) && !bytes.ContainsAny(s.buf[s.toks[j+1].end:s.toks[j+2].start], "-–:(,") {
		return // runs on: "MRI - Gerald Road site", a place
	}
	s.hit(dName, j, j+2)
}

// listedPerson records the name that opens the line of the clinical
// term at word i, set apart by a comma or a dash, as census sheets,
// handoffs and prayer lists write one person a line: "- Eleanor DiSalvo,
// starting chemotherapy for colon cancer", "Ana Ruiz - heart failure,
// diuresing".
// A staff list's line names a role or a credential: "Sarah Kim, RN,
// diabetes educator".
func (s *scanner) listedPerson(i, l, ord int) {
	// a is the line's first word: the words back to lo, the earliest the
	// line may start after, are read gap by gap for a line break.
	lo := max(0, i-listReach-1)
	a := i
	for a > lo && !s.opensLine(a) {
		a--
	}
	if a == lo && i > listReach {
		return // the line starts too far back
	}
	if s.toks[a].digit && !s.toks[a].letter && bytes.ContainsAny(s.buf[s.toks[a].end:s.toks[a+1].start], ".)") {
		a++ // "1. Eleanor DiSalvo, ..."
	}
	if a+2 < i && s.in(bedWords, a) && s.toks[a+1].digit {
		a += 2 // "bed 12 - Bertrand Thibodeaux 58M, ETOH w/d"
	}
	if a+3 < i && bytes.ContainsRune(s.buf[s.toks[a].end:s.toks[a+1].start], ':') && upperWord(s.raw(a)) {
		a++ // a card's or a calendar entry's field: "NOTE:Tomasz Zielinski age 11 - type 1 diabetes"
	}
	if a+2 > i {
		return // the name would be the term
	}
	if bed, unit := s.bedSurnameLine(a, i), s.surnameUnitLine(a, i); bed || unit {
		if ord-(i-a) != s.listed { // once a line
			s.listed = ord - (i - a)
			if bed {
				s.hit(dName, a+1, a+2) // "16 Okoro - abx PO (augmentin x5d)"
			} else {
				s.hit(dName, a, a+1) // "- Ramos 5W-3: DKA resolving"
			}
		}
		return
	}
	b := a + 1
	if !s.name(a) || !s.name(b) || !s.listedName(a, i) { // most lines: no two names open them
		if c := i - (ord - s.last[keyChart]); c >= a+2 && c < i {
			s.chartedPerson(c)
		}
		return
	}
	if !bytes.ContainsAny(s.buf[s.toks[b].end:s.toks[b+1].start], ",-–:(") && !s.chartShorthand(b+1) {
		return // "Leland Marchetti (618) - medically cleared", "Hana Vasquez-Ortiz s/p lap chole"
	}
	for k := b + 1; k <= min(i+l+1, len(s.toks)-1); k++ {
		if s.in(credentials, k) || s.in(roleWords, k) || s.in(staffRoleNouns, k) {
			return
		}
	}
	if a > 0 && s.in(providerTitles, a-1) || ord-(i-a) == s.listed {
		return // a provider's; or taken for the line's first term
	}
	s.listed = ord - (i - a)
	s.hit(dName, a, b+1)
}

// wardPerson records the name placed in a unit's bed just before the
// care term at word i: "could a chaplain come see Arturo Benavides in
// ICU 6", "Hana Ruiz in PACU bay 3". The bed's number says it is a
// patient's place, not a nurse's post ("Dana Kim in ICU this week").
func (s *scanner) wardPerson(i int) {
	if i < 3 || !s.in(wardUnits, i) || !s.is(i-1, "in") || !s.gapOf(i-3, " ") || !s.gapOf(i-2, " ") || !s.gapOf(i-1, " ") {
		return
	}
	j := i + 1
	if j < len(s.toks) && s.gapOf(i, " ") && s.in(bedWords, j) {
		j++
	}
	if j >= len(s.toks) || !s.toks[j].digit || !s.gapOf(j-1, " ") {
		return
	}
	a := i - 3
	if s.name(a) && s.name(a+1) && (s.givenName(a) || s.givenName(a+1)) && !(a > 0 && s.in(providerTitles, a-1)) {
		s.hit(dName, a, a+2)
	}
}

// wardUnits are the units whose beds are numbered after their name.
var wardUnits = wordSet(`icu ccu nicu picu micu sicu cvicu pacu`)

// listedName reports whether words a and a+1, both names, before the
// clinical term at word i, are written as a list writes a person's name:
// a given name in either place, or "Family, Given".
func (s *scanner) listedName(a, i int) bool {
	b := a + 1
	inOrder := s.gapOf(a, " ") && (s.givenName(a) || s.givenName(b))
	inRecord := string(s.buf[s.toks[a].end:s.toks[b].start]) == ", " && (s.givenName(b) || // "- Ellery, Corwin (Tues/Fri SN): wound vac", not a CSV row's "Kowalczyk,Agnieszka,Psychiatry"
		b+1 < i && s.gapOf(b, " ") && ageSex(s.folded(b+1))) // "Yusuf, Abdirahman 67M CHF exac": an age and sex say whose name
	return inOrder || inRecord
}

// bedSurnameLine reports whether the line opening at word a, before the
// clinical term at word i, is a census or a discharge list's: a bed's
// number, a surname alone, and a dash, a colon or a comma before what
// is done for that patient: "16 Okoro - abx PO (augmentin x5d)", "21
// Vu: SNF bed, needs COVID swab"; or an OR list's time, a surname and
// an initial.
func (s *scanner) bedSurnameLine(a, i int) bool {
	t := &s.toks[a]
	if !t.digit || a+2 > i || !s.gapOf(a, " ") {
		return false
	}
	if (t.letter || t.end-t.start > 4 || !allDigits(s.raw(a))) && !unitBed(s.raw(a)) {
		return false // a bed's number, or a unit and a bed: "4W-20 Pelletier - L TKA POD1"
	}
	if !s.soleSurname(a+1) && !s.shoutedSurname(a+1) || s.givenName(a+1) {
		return false
	}
	if t.end-t.start == 4 && initial(s.raw(a+2)) && s.gapOf(a+1, " ") {
		return true // an OR list's time, surname and initial: "0730 Delgado L  L TKA"
	}
	return bytes.ContainsAny(s.buf[s.toks[a+1].end:s.toks[a+2].start], "-–:,")
}

// agedRecord reports whether the age and sex at word i follow a name in
// record order, as a handoff writes its patient: "Okafor, Adaeze 34F".
func (s *scanner) agedRecord(i int) bool {
	if i < 2 || !ageSex(s.folded(i)) || !s.gapOf(i-1, " ") || string(s.buf[s.toks[i-2].end:s.toks[i-1].start]) != ", " {
		return false
	}
	if s.shoutedSurname(i-2) && s.givenName(i-1) {
		return true // "ED bay 4 CASTELLANO, Marco 66M  NSTEMI": a bed board's surname in capitals
	}
	return capitalised(s.raw(i-2)) && s.name(i-2) && capitalised(s.raw(i-1)) && s.name(i-1) && !s.in(orgNouns, i-2)
}

// bedNumber reports whether w is a bed's number as a sign-out writes it:
// one to three digits and perhaps a letter ("14", "12A").
func bedNumber(w []byte) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n >= 1 && n <= 3 && (len(w) == n || len(w) == n+1 && w[n] >= 'A' && w[n] <= 'Z')
}

// surnameUnitLine reports whether the line opening at word a, before the
// clinical term at word i, is a sign-out's: a surname alone, its unit
// and bed, and a colon or a dash: "- Ramos 5W-3: DKA resolving".
func (s *scanner) surnameUnitLine(a, i int) bool {
	if a+2 > i || !s.gapOf(a, " ") || !unitBed(s.raw(a+1)) || !s.soleSurname(a) && !s.shoutedSurname(a) || s.givenName(a) {
		return false
	}
	return bytes.ContainsAny(s.buf[s.toks[a+1].end:s.toks[a+2].start], "-–:,")
}

// unitBed reports whether w is a unit and a bed: a floor's digit, a
// wing's letter or two, a dash and the bed ("5W-3", "4E-12", "3NB-07").
func unitBed(w []byte) bool {
	n := 0
	for n < len(w) && n < 2 && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	l := n
	for l < len(w) && l-n < 3 && w[l] >= 'A' && w[l] <= 'Z' {
		l++
	}
	if n == 0 || l == n || l >= len(w) || w[l] != '-' {
		return false
	}
	rest := w[l+1:]
	return len(rest) >= 1 && len(rest) <= 3 && allDigits(rest)
}

// chartShorthand reports whether word j is the shorthand a chart line
// puts after a patient's name: an age and sex ("58M", "72F", "67yo"),
// "s/p", "h/o", "c/o", a pregnancy count ("G2P1") or its weeks ("26wk").
func (s *scanner) chartShorthand(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	w := s.folded(j)
	if chartAbbrevs.has(w) {
		return true
	}
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	rest := string(w[n:])
	if n >= 1 && n <= 3 && (rest == "m" || rest == "f" || rest == "yo" || rest == "yom" || rest == "yof") {
		return true // "58M"
	}
	if n >= 1 && n <= 2 && (rest == "wk" || rest == "wks") {
		return true // "26wk": how far along a pregnancy is
	}
	return len(w) == 4 && w[0] == 'g' && w[2] == 'p' && w[1] >= '0' && w[1] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// chartedPerson records the name just before word c, chart shorthand
// on the line of a clinical term that says where or who a patient is:
// "Dr C - Quinn Rasmussen rm 311 started on amio for afib", "pls see
// Quinn Rasmussen 72F, new afib". A member of staff has no bed.
func (s *scanner) chartedPerson(c int) {
	k := c - 2
	if !s.gapOf(k, " ") || !s.gapOf(k+1, " ") || !s.name(k) || !s.name(k+1) || !s.givenName(k) && !s.givenName(k+1) {
		return
	}
	if k > 0 && s.in(providerTitles, k-1) || !s.located(c) {
		return
	}
	s.hit(dName, k, k+2)
}

// located reports whether word j is chart shorthand that says where or
// who a patient is, not "w/" or "age" that prose says too: "58M", "rm
// 311", "bed 14", "s/p", "G2P1".
func (s *scanner) located(j int) bool {
	if j >= len(s.toks) || !s.chartShorthand(j) {
		return false
	}
	w := string(s.folded(j))
	if bedWords.hasString(w) {
		return j+1 < len(s.toks) && s.toks[j+1].digit && s.gapOf(j, " ")
	}
	return w != "w/" && w != "age" && w != "aged" && w != "edad"
}

var (
	chartAbbrevs = wordSet(`s/p h/o c/o w/ y/o yo rm bed age aged edad`)
	bedWords     = wordSet(`bed rm room bay cama`)
)

// listReach is how many words before its clinical term a listed
// person's line may start.
const listReach = 14

// staffRoleNouns name the staff a list gives a line each.
var staffRoleNouns = wordSet(`educator educators nurse nurses navigator navigators champion champions liaison
lead leads instructor instructors speaker speakers presenter presenters author authors volunteer volunteers
chaplain pharmacist pharmacists therapist therapists physician physicians surgeon surgeons fellow fellows resident
residents attending intern interns scribe technician technologist`)

// calendarSummary reports whether word i is on a calendar entry's
// SUMMARY line, a title as a subject is.
func (s *scanner) calendarSummary(i int) bool {
	line := s.line(i)
	return bytes.HasPrefix(bytes.TrimLeft(line, "\r\n"), []byte("SUMMARY"))
}

// opensSubject reports whether only reply prefixes stand before word a
// of a subject.
func (s *scanner) opensSubject(a int) bool {
	k0 := 0
	if !s.title { // a calendar entry's SUMMARY line: "SUMMARY:Marisa colonoscopy - Eastlake GI"
		for k0 = a; k0 > 0 && s.sameLine(k0-1, a); k0-- {
		}
		if string(s.raw(k0)) != "SUMMARY" {
			return false
		}
		k0++
	}
	for k := k0; k < a; k++ {
		if s.in(replyPrefixes, k) {
			continue
		}
		if s.in(reminderWords, k) && s.gapOf(a-1, ": ") && s.buf[s.toks[a-1].end] == ':' {
			continue // "Appointment reminder: Rosa Delgado - Nephrology"
		}
		return false
	}
	return true
}

// reminderWords title a reminder or a notice to the patient it names.
var reminderWords = wordSet(`appointment appt reminder reminders confirmation confirmed results result recordatorio cita
rappel rendez-vous lembrete consulta`)

// replyPrefixes are what mail programs put before a subject they reply
// to or forward, in several languages.
var replyPrefixes = wordSet(`re fw fwd aw wg tr rv sv vs odp antw r enc res`)

// Clinicians writing to each other name a patient by the surname alone
// where the chart's shorthand says it is one: an age and sex after it,
// a bed before it, a result "on" it. A single capitalised word is
// otherwise no name.

// agedSurname reports whether the word before the age and sex at word
// i ("54M", "72F", "67yo") is a surname that opens a bracket, or a line
// with a comma, or follows "pt": "(Ferreira, 54M)", "Ferreira, 54M, CP
// x2h", "pt Ferreira 54M". Not two capitalised words (listedPerson and
// chartedPerson read those), nor "Budget 54M", a sum.
func (s *scanner) agedSurname(i int) bool {
	w := s.folded(i)
	if i == 0 || !ageSex(w) {
		return false
	}
	k := i - 1
	if gap := string(s.buf[s.toks[k].end:s.toks[i].start]); gap == " (" && initials(s.raw(k)) && !s.in(moneyWords, k) {
		return true // "JK (72F, Thurs pt) dexa showed osteopenia"
	}
	if gap := string(s.buf[s.toks[k].end:s.toks[i].start]); gap == " (" && k > 0 && capitalised(s.raw(k)) && s.name(k) &&
		initial(s.raw(k-1)) && string(s.buf[s.toks[k-1].end:s.toks[k].start]) == ". " {
		return true // "Saw R. Palacios (39M) today"
	}
	comma := string(s.buf[s.toks[k].end:s.toks[i].start]) == ", "
	if !comma && !s.gapOf(k, " ") || s.givenName(k) {
		return false
	}
	if k > 0 && s.gapOf(k-1, " ") && s.shoutedSurname(k) && bedNumber(s.raw(k-1)) && s.opensLine(k-1) {
		return true // "12A HADDAD 67M  STABLE": an I-PASS sign-out's line
	}
	if !capitalised(s.raw(k)) || !s.name(k) {
		return false
	}
	if k == 0 {
		return comma && s.where >= numWhereBody
	}
	if comma && s.gapOf(k-1, " ") && s.givenName(k-1) && !(k > 1 && s.in(providerTitles, k-2)) {
		return true // "Walk-in: Carlos Vega, 7yo, wheezing since this morning"
	}
	gap := s.buf[s.toks[k-1].end:s.toks[k].start]
	switch {
	case bytes.ContainsRune(gap, '('):
		return true // "(Ferreira, 54M)"
	case bytes.ContainsRune(gap, '\n'):
		return comma // "Ferreira, 54M, CP x2h", not "Budget 54M"
	}
	return s.in(patientNouns, k-1) && s.gapOf(k-1, " :")
}

var moneyWords = wordSet(`fy ytd usd eur gbp cad aud ttm`)

// initials: two or three capitals, as a chart names a patient ("JK").
func initials(w []byte) bool {
	return len(w) >= 2 && len(w) <= 3 && upperWord(w) && letters(w)
}

// ageSex reports whether w, folded, is an age and a sex: "54m", "72f",
// "67yo", "8yof".
func ageSex(w []byte) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch string(w[n:]) {
	case "m", "f", "yo", "yom", "yof":
		return n >= 1 && n <= 3
	}
	return false
}

var patientNouns = wordSet(`pt pt. patient`)

// gestationalAge reports whether w is a pregnancy's age in weeks as
// obstetric notes write it: "28w", "34wk", "39w1d".
func gestationalAge(w []byte) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 || atoi(w[:n]) < 4 || atoi(w[:n]) > 42 {
		return false
	}
	switch rest := string(w[n:]); rest {
	case "w", "wk", "wks":
		return true
	default:
		return len(rest) == 3 && rest[0] == 'w' && rest[1] >= '0' && rest[1] <= '6' && rest[2] == 'd'
	}
}

// obstetricFormula reports whether w is a pregnancy history, gravida and
// para ("G2P1", "g3p2012"), as obstetric notes write it after a name.
func obstetricFormula(w []byte) bool {
	if len(w) < 4 || len(w) > 9 || w[0]|0x20 != 'g' {
		return false
	}
	g, p, ok := bytes.Cut(bytes.ToLower(w[1:]), []byte("p"))
	return ok && len(g) >= 1 && len(g) <= 2 && len(p) >= 1 && len(p) <= 4 && allDigits(g) && allDigits(p)
}

// beddedSurname reports whether the number at word i is a bed's or a
// room's and a surname alone follows it: "rm 412 Petrakis K 5.9", "bed 7
// Okafor needs". Capitalised, the bed is a plan's ("Room 204
// Conference") unless the surname's initial follows, as a pager writes:
// "Bed 12 Huang, C. c/o CP".
func (s *scanner) beddedSurname(i int) bool {
	if i == 0 || i+1 >= len(s.toks) || !s.toks[i].digit || s.toks[i-1].end-s.toks[i-1].start > 4 || s.toks[i].letter && !shortRoom(s.raw(i)) {
		return false
	}
	b := s.raw(i - 1)
	if !s.in(bedWords, i-1) || !s.gapOf(i-1, " ") || !s.gapOf(i, " ") {
		return false // most numbers
	}
	if capitalised(b) && (i+2 >= len(s.toks) || !s.gapOf(i+1, ", ") || !initial(s.raw(i+2))) {
		return false
	}
	return s.soleSurname(i + 1)
}

// placedSurname reports whether the number at word i is a bed's, and a
// surname alone is in it: "need one for Galloway in ED 14", "Okafor in
// bed 7 has a K of 3.1". Staff are in a room, never in a bed or a bay.
func (s *scanner) placedSurname(i int) bool {
	if i < 3 || s.toks[i].letter || s.toks[i].end-s.toks[i].start > 3 || !s.gapOf(i-1, " ") || !s.gapOf(i-2, " ") || !s.gapOf(i-3, " ") {
		return false
	}
	if !patientBeds[string(s.raw(i-1))] || !s.is(i-2, "in") {
		return false
	}
	return s.soleSurname(i-3) && !s.givenName(i-3) && !(i > 3 && s.in(providerTitles, i-4))
}

// surnameBed reports whether the number at word i is a bed's that a
// surname alone goes before, as a page or a subject writes a patient:
// "vanc - Oyelaran bed 8", "Pruitt rm 22 SBP 82". The bed word is lower
// case and no room's ("Smith Room 204", "Training room 3" are meeting
// rooms), and the word before it names no room's use.
func (s *scanner) surnameBed(i int) bool {
	if i < 2 || s.toks[i].letter || s.toks[i].end-s.toks[i].start > 3 || !s.gapOf(i-1, " ") || !s.gapOf(i-2, " ") {
		return false
	}
	if w := string(s.raw(i - 1)); w != "bed" && w != "bay" && w != "rm" {
		return false
	}
	k := i - 2
	if !s.soleSurname(k) && !s.shoutedSurname(k) || s.givenName(k) || s.in(roomUses, k) {
		return false
	}
	return k == 0 || !s.in(providerTitles, k-1) && !(s.gapOf(k-1, " ") && capitalised(s.raw(k-1))) // "Dr. Okafor bed 4"; "Lakeside Room 4"
}

// roomUses name what a room is for, before its number: "Training rm 3".
var roomUses = wordSet(`training conference meeting exam break class family waiting procedure treatment consult supply utility
storage clean dirty call sleep quiet staff equipment linen isolation`)

// patientBeds are where a patient lies, as staff write it, case and
// all: "bed 7", "ED 14" ("er" is German too).
var patientBeds = map[string]bool{"bed": true, "Bed": true, "BED": true, "bay": true, "Bay": true, "BAY": true,
	"ED": true, "ER": true, "PACU": true}

// numberedSurname records the surname between a bed's number opening a
// line of a handoff and the clinical term at word i: "12 Goldberg afib
// rvr on dilt, 14 Nakamura off levo".
func (s *scanner) numberedSurname(i int) {
	k, n := i-1, i-2
	if n < 0 || !s.toks[n].digit || s.toks[n].letter || s.toks[n].end-s.toks[n].start > 3 || !s.gapOf(n, " ") || !s.gapOf(k, " ") {
		return
	}
	if n > 0 && !bytes.ContainsAny(s.buf[s.toks[n-1].end:s.toks[n].start], "\n,;") {
		return // "give 2 Tylenol": the number does not open a line or a list's item
	}
	if s.soleSurname(k) {
		s.hit(dName, k, i)
	}
}

// shortRoom: a room number with a letter, "4B", "12a".
func shortRoom(w []byte) bool { return len(w) <= 4 }

// resultOn records the surname a result is "on", at word j: "INR 3.8 on
// Kaminski today", "vanc trough on Mendez came back 24.1", "NIPT back on
// Rao".
func (s *scanner) resultOn(j int) {
	if j+2 < len(s.toks) && s.is(j, "back") && s.gapOf(j, " ") {
		j++
	}
	if j+1 >= len(s.toks) || !s.gapOf(j, " ") || !s.is(j, "on") {
		return
	}
	switch {
	case s.soleSurname(j + 1):
		s.hit(dName, j+1, j+2)
	case j+2 < len(s.toks) && s.givenName(j+1) && s.gapOf(j+1, " ") && s.soleSurname(j+2):
		s.hit(dName, j+1, j+3) // "CT head on Raymond Ortiz shows acute subdural"
	}
}

// soleSurname reports whether word k is a capitalised word that can be
// a name, alone: no capitalised word follows it ("on Main Street"), nor
// a place's noun ("on Lakeside campus").
func (s *scanner) soleSurname(k int) bool {
	if !capitalised(s.raw(k)) || !s.name(k) || s.in(orgNouns, k) {
		return false
	}
	if k+1 < len(s.toks) && s.gapOf(k, " ") {
		if next := s.raw(k + 1); capitalised(next) || upperWord(next) && len(next) > 1 && !s.toks[k+1].digit ||
			s.in(placeNouns, k+1) || s.in(orgNouns, k+1) {
			return false
		}
	}
	return true
}

var placeNouns = wordSet(`campus site building bldg floor street st avenue ave road rd drive dr lane wing tower hall
pavilion lot garage park plaza`)
