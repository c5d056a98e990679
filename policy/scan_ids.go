package policy

import (
	"bytes"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// digits checks a word holding a digit: identifiers by their shape, then
// dates, contacts, codes, and numbers that a keyword before them names.
// It returns the number of words used.
func (s *scanner) digits(i, ord int) int {
	w := s.raw(i)
	switch {
	case isSSN(w):
		s.ssnShape(i, ord)
	case isMBI(w):
		s.hit(dMBI, i, i+1)
	case isNDCDashed(w):
		s.hit(dNDC, i, i+1)
	case isPhone(w):
		s.hit(dPhone, i, i+1)
	case numericDate(w):
		if s.recordName(i) {
			s.hit(dDOB, i, i+1)
		} else {
			s.date(i, i+1, ord)
		}
	default:
		return s.otherDigits(i, ord)
	}
	return 1
}

// otherDigits runs the rules of a number that has no identifier's or
// date's shape of its own. Most read a word just before or after the
// number (a bed's, a lab's, a month's): the cues of those two words say
// which rules may apply, and most numbers' neighbours turn them all away.
func (s *scanner) otherDigits(i, ord int) int {
	before, after := s.cuesAt(i-1), s.cuesAt(i+1)
	if s.toks[i].letter {
		if s.lettered(i, ord, before) {
			return 1
		}
	} else if before&bedCue != 0 {
		s.bedded(i)
	}
	if before&labCue != 0 && s.labValue(i) {
		s.hit(dLab, i-1, i+1) // "INR 3.4", "K 5.9", "BP 158/96": a result, not a currency or a grade
		s.resultOn(i + 1)
		return 1
	}
	if before&chartCue != 0 && s.chartNumber(i) {
		s.hit(dMRN, i, i+1) // "Grace Okafor (chart 20417)"
		return 1
	}
	if after&feverCue != 0 && s.feverBefore(i) {
		s.hit(dLab, i, i+2) // "101.8 fever in health office"
		if s.title {
			s.titlePatient(i) // "Noah Brandt (gr 2) - 101.8 fever"
		}
		return 2
	}
	if after&monthCue != 0 {
		if n := s.writtenDate(i); n > 0 {
			s.date(i, i+n, ord)
			return n
		}
	}
	if before&weekdayCue != 0 && s.weekdayDate(i) {
		s.date(i, i+1, ord) // "appointment Thu 3/12 at 10:40 AM"
		return 1
	}
	if after&cjkCue != 0 {
		if n := s.cjkDate(i); n > 0 {
			if i+n < len(s.toks) && cjkBorn[string(s.raw(i+n))] {
				s.hit(dDOB, i, i+n+1) // "(1942년 3월 15일생)", "1948年生"
			} else if n > 2 {
				s.date(i, i+n, ord) // "생년월일: 1979년 2월 8일"
			}
			return n
		}
	}
	if after&bornCue != 0 && s.birthYear(i) {
		s.hit(dDOB, i, i+1) // "(1944 г.р.)", "1985 doğumlu"
		return 1
	}
	if n := s.phoneWords(i); n > 0 {
		s.hit(dPhone, i, i+n)
		return n
	}
	if n := s.address(i); n > 0 {
		s.hit(dAddress, i, i+n)
		return n
	}
	if s.code(i, ord) {
		return 1
	}
	if s.namedAge(i) {
		return 1
	}
	if before&ageCue != 0 {
		if n := s.ageLabelled(i); n > 0 {
			s.hit(dName, i-1-n, i-1) // "Zoe (age 2 years 4 months) was seen for a speech-language evaluation"
			return 1
		}
	}
	s.keyed(i, ord)
	return 1
}

// lettered runs the rules of a number that holds a letter, a chart's
// shorthand, a unit's bed or a time ("58M", "G2P1", "4W-22", "8am"), and
// reports whether it was a keyword glued to its value ("MRN0048812").
func (s *scanner) lettered(i, ord int, before cue) bool {
	if s.toks[i].end-s.toks[i].start <= 5 && s.chartShorthand(i) {
		s.last[keyChart] = ord // "58M", "72F"
		if s.agedSurname(i) {
			s.hit(dName, i-1, i) // "pt in 7 (Ferreira, 54M)"
		} else if s.agedRecord(i) {
			s.listed = s.n - 2   // a census line's name, once (listedPerson)
			s.hit(dName, i-2, i) // "I - watcher. Okafor, Adaeze 34F"
		}
	}
	if before&bedCue != 0 && s.beddedSurname(i) {
		s.hit(dName, i+1, i+2) // "rm 4B Petrakis K 5.9"
	}
	if i >= 2 && obstetricFormula(s.raw(i)) && s.gapOf(i-1, " ,") && s.gapOf(i-2, " ,") && s.name(i-2) && s.name(i-1) &&
		(s.givenName(i-2) || s.givenName(i-1)) {
		s.hit(dName, i-2, i) // "Ximena Lindqvist G2P1, SAB at 9w"
	} else if i >= 2 && gestationalAge(s.raw(i)) && string(s.buf[s.toks[i-1].end:s.toks[i].start]) == ", " && s.gapOf(i-2, " ") &&
		capitalised(s.raw(i-2)) && capitalised(s.raw(i-1)) && s.name(i-2) && s.name(i-1) {
		s.hit(dName, i-2, i) // "Keyonna Price, 28w, 1-hr GTT 162": a pregnancy's weeks after the name, as an age is
	} else if i >= 1 && obstetricFormula(s.raw(i)) && s.gapOf(i-1, " ") && s.soleSurname(i-1) && !s.givenName(i-1) &&
		!(i >= 2 && s.gapOf(i-2, " ") && capitalised(s.raw(i-2))) { // not "Building Grant G2P1 form"
		s.hit(dName, i-1, i) // "LDR 4 Jenkins G2P1 39w1d"
	}
	if s.unitBedAfterName(i) {
		s.hit(dName, i-2, i) // "the RRT on Lucille Moreau (4W-22) overnight"
	} else if s.title && s.unitBedAfterSurname(i) {
		s.hit(dName, i-1, i) // "Clozapine - Oduya 3N-303 - ANC 1100": a subject's patient and bed
	}
	if s.timedName(i) {
		s.hit(dName, i+1, i+3) // "add retrieval Fri 8am Nadia Farah, 14 follicles": a schedule's slot and its patient
	}
	return s.glued(i, ord)
}

// bedded runs the rules of a number in digits after a bed's or a room's
// word, a patient's bed: it records the name the bed is written with.
func (s *scanner) bedded(i int) {
	if s.beddedSurname(i) || s.beddedInitials(i) {
		s.hit(dName, i+1, i+2) // "rm 412 Petrakis K 5.9", "Rm 512 J.T. - heparin gtt"
	}
	if s.placedSurname(i) {
		s.hit(dName, i-3, i-2) // "need a bed for Galloway in ED 14"
	}
	if s.surnameBed(i) {
		s.hit(dName, i-2, i-1) // "vanc - Oyelaran bed 8"
	}
	if s.bedAfterName(i) {
		s.hit(dName, i-3, i-1) // "a tele bed for Istvan Varga, ED 9", "Leilani Brooks (ED 14)"
	}
}

// cue is what the word before or after a number may be to a rule of
// otherDigits, as its word lists say: each rule needs its cue, and most
// numbers' neighbours give none ("within 30 days", "12 boxes").
type cue uint16

const (
	bedCue     cue = 1 << iota // before: a bed's or a room's word ("bed 7", "ED 14"): bedded, beddedSurname
	labCue                     // before: a lab's name or "of" after one ("INR 3.4", "temp of 100.9"): labValue
	chartCue                   // before: "chart 20417": chartNumber
	weekdayCue                 // before: "Thu 3/12": weekdayDate
	ageCue                     // before: "(age 2 years": ageLabelled
	feverCue                   // after: "101.8 fever": feverBefore
	monthCue                   // after: a month, or "de" or "of" before one ("12 April", "12 de abril"): writtenDate
	bornCue                    // after: "1985 doğumlu": birthYear
	cjkCue                     // after: a year's mark, "1942년", no ASCII word: cjkDate

	allCues = ^cue(0)
)

// cuesAt returns the cues word j gives: none when there is no word j,
// all when it is not ASCII (folded, "février" is a month and "cáma" a
// bed's word, and readingBefore reads any script).
func (s *scanner) cuesAt(j int) cue {
	if j < 0 || j >= len(s.toks) {
		return 0
	}
	if t := &s.toks[j]; t.hashed {
		return numberCues.of(t.hash)
	}
	return allCues
}

// numberCues holds the cues of the ASCII words of the lists the rules of
// otherDigits read, by hash: a word that shares a hash with one only
// lets its rule run.
var numberCues = func() cueTable {
	m := map[uint64]cue{}
	add := func(c cue, words ...string) {
		for _, w := range words {
			m[hashString(w)|1] |= c
		}
	}
	add(bedCue, slices.Collect(maps.Keys(bedWords.words))...)
	add(bedCue, slices.Collect(maps.Keys(patientBeds))...)
	add(labCue, slices.Collect(maps.Keys(labNames.words))...)
	for _, h := range readingOf {
		m[h|1] |= labCue
	}
	m[chartHash|1] |= chartCue
	add(weekdayCue, slices.Collect(maps.Keys(weekdays.words))...)
	add(ageCue, "age", "aged")
	m[feverHash|1] |= feverCue
	add(monthCue, slices.Collect(maps.Keys(monthNames.words))...)
	add(monthCue, "de", "of")
	add(bornCue, "dogumlu")
	return newCueTable(m)
}()

// cueTable maps words' hashes, their low bit set, to their cues, by open
// addressing as termSet does.
type cueTable struct {
	slots []uint64 // 0 is empty
	cues  []cue
}

func newCueTable(m map[uint64]cue) cueTable {
	n := 4
	for n < 2*len(m) {
		n *= 2
	}
	t := cueTable{slots: make([]uint64, n), cues: make([]cue, n)}
	for h, c := range m {
		k := h & uint64(n-1)
		for t.slots[k] != 0 {
			k = (k + 1) & uint64(n-1)
		}
		t.slots[k], t.cues[k] = h, c
	}
	return t
}

// of returns the cues of the word whose wordHash is h.
func (t *cueTable) of(h uint64) cue {
	h |= 1
	mask := uint64(len(t.slots) - 1)
	for k := h & mask; t.slots[k] != 0; k = (k + 1) & mask {
		if t.slots[k] == h {
			return t.cues[k]
		}
	}
	return 0
}

// beddedInitials reports whether the number at word i is a room's or a
// bed's and a patient's initials follow it, set apart from what is said
// of them, as a huddle or a board writes them: "Rm 512 J.T. - heparin
// gtt", "bed 7 R.M.: fall" ("Rm 512 A.V. equipment" is a room's).
func (s *scanner) beddedInitials(i int) bool {
	if i == 0 || i+1 >= len(s.toks) || s.toks[i].letter {
		return false
	}
	w := s.raw(i + 1)
	if len(w) != 3 && len(w) != 5 || !initial(w[:1]) || w[1] != '.' || !initial(w[2:3]) || len(w) == 5 && (w[3] != '.' || !initial(w[4:])) {
		return false // "J.T", "A.B.C" (the tokenizer leaves the last dot out)
	}
	if !s.in(bedWords, i-1) || !s.gapOf(i-1, " ") || !s.gapOf(i, " ") {
		return false
	}
	end := int(s.toks[i+1].end)
	return end < len(s.buf) && s.buf[end] == '.' && i+2 < len(s.toks) && bytes.ContainsAny(s.buf[end:s.toks[i+2].start], "-–:,")
}

// unitBedAfterName reports whether word i is a unit and a bed after a
// full name, in brackets or not, a given name first or in record order:
// "Lucille Moreau (4W-22)", "ECT consent - Marsh, Abigail 3N-305".
// Staff are not written with a bed.
func (s *scanner) unitBedAfterName(i int) bool {
	if i < 2 || !unitBed(s.raw(i)) {
		return false
	}
	switch string(s.buf[s.toks[i-1].end:s.toks[i].start]) {
	case " (":
		if !s.closes(i) {
			return false
		}
	case " ":
	default:
		return false
	}
	if !s.name(i-2) || !s.name(i-1) || i > 2 && s.in(providerTitles, i-3) {
		return false
	}
	between := string(s.buf[s.toks[i-2].end:s.toks[i-1].start])
	return between == " " && s.givenName(i-2) || between == ", " && s.givenName(i-1)
}

// bedAfterName reports whether the number at word i is a bed's, the ED's
// or a bay's that a full name, a given name first, goes just before
// after a comma or in brackets: "Istvan Varga, ED 9", "Leilani Brooks
// (ED 14)". Staff have no bed.
func (s *scanner) bedAfterName(i int) bool {
	if i < 3 || s.toks[i].end-s.toks[i].start > 3 || s.toks[i-1].end-s.toks[i-1].start > 4 || !s.gapOf(i-1, " ") {
		return false
	}
	if gap := string(s.buf[s.toks[i-2].end:s.toks[i-1].start]); gap != ", " && gap != " (" {
		return false // most numbers
	}
	if !patientBeds[string(s.raw(i-1))] && !(s.in(bedWords, i-1) && s.raw(i - 1)[0] >= 'a') {
		return false // "Room 9 is ready": a place
	}
	return s.gapOf(i-3, " ") && s.name(i-3) && s.name(i-2) && s.givenName(i-3) && !(i > 3 && s.in(providerTitles, i-4))
}

// unitBedAfterSurname reports whether word i, a unit and a bed, follows
// a surname alone, set apart by dashes or a colon as a subject line
// writes its patient: "Clozapine - Oduya 3N-303 - ANC 1100".
func (s *scanner) unitBedAfterSurname(i int) bool {
	if i < 2 || !unitBed(s.raw(i)) || !s.gapOf(i-1, " ") || !s.soleSurname(i-1) || s.givenName(i-1) {
		return false
	}
	before := string(s.buf[s.toks[i-2].end:s.toks[i-1].start])
	return (before == " - " || before == ": " || before == " – ") && (i+1 == len(s.toks) || bytes.ContainsAny(s.buf[s.toks[i].end:s.toks[i+1].start], "-–:,"))
}

// weekdayDate reports whether word i is a month and a day after a
// weekday, as a reminder writes a date without its year: "Thu 3/12",
// "Monday, 11/30".
func (s *scanner) weekdayDate(i int) bool {
	w := s.raw(i)
	if i == 0 || len(w) < 3 || len(w) > 5 || w[1] != '/' && w[2] != '/' {
		return false // most numbers: no month and day
	}
	if !s.gapOf(i-1, " ,") || !s.in(weekdays, i-1) {
		return false
	}
	m, d, ok := bytes.Cut(w, []byte("/"))
	return ok && len(m) <= 2 && len(d) <= 2 && allDigits(m) && allDigits(d) && atoi(m) >= 1 && atoi(m) <= 12 && atoi(d) >= 1 && atoi(d) <= 31
}

var weekdays = wordSet(`mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday`)

// timedName reports whether the clock time at word i ("8am", "2pm")
// opens a schedule's slot: a given name and a surname follow, and a
// comma, a dash or the line's end closes them, as an OR list or a front
// desk writes its patients: "Fri 8am Nadia Farah, 14 follicles".
func (s *scanner) timedName(i int) bool {
	w := s.raw(i)
	if len(w) < 3 || len(w) > 4 || w[len(w)-1]|0x20 != 'm' || w[len(w)-2]|0x20 != 'a' && w[len(w)-2]|0x20 != 'p' || !allDigits(w[:len(w)-2]) {
		return false
	}
	if i+2 >= len(s.toks) || !s.gapOf(i, " ") || !s.gapOf(i+1, " ") || !s.givenName(i+1) || !s.name(i+2) {
		return false
	}
	end := int(s.toks[i+2].end)
	return end == len(s.buf) || s.buf[end] == ',' || s.buf[end] == '\n' || s.buf[end] == '\r' ||
		end+1 < len(s.buf) && s.buf[end] == ' ' && (s.buf[end+1] == '-' || s.buf[end+1] == '(')
}

// ageLabelled returns how many words of a name end before "(age" and the
// age at word i: a given name alone, "Zoe (age 2 years 4 months)"; or 0.
func (s *scanner) ageLabelled(i int) int {
	if i < 2 || !allDigits(s.raw(i)) || len(s.raw(i)) > 3 || !s.gapOf(i-1, " ") {
		return 0
	}
	if !s.is(i-1, "age") && !s.is(i-1, "aged") || string(s.buf[s.toks[i-2].end:s.toks[i-1].start]) != " (" {
		return 0
	}
	k := i - 2
	if k > 0 && s.gapOf(k-1, " ") && s.name(k-1) {
		return 0 // "Ana Ruiz (aged 54)": a full name's own rules
	}
	if s.givenName(k) && !(k > 0 && s.in(providerTitles, k-1)) {
		return 1
	}
	return 0
}

// ssnShape records an SSN-shaped number: an SSN after its keyword, or
// one counted as an SSN unless trade explains it (score.go).
func (s *scanner) ssnShape(i, ord int) {
	if s.near(keySSN, ord) {
		s.hit(dSSN, i, i+1)
		return
	}
	s.ev.looseSSN[s.where]++
	if s.ev.matches != nil && len(s.ev.looseSSNs) < maxMatches {
		s.ev.looseSSNs = append(s.ev.looseSSNs, string(s.raw(i)))
	}
}

// namedAge records a name followed by an age, as a case is presented or
// a child is named: "Amara Lindqvist, 44, currently in our ED", "Tom
// Reyes, 67 y/o", "Софійки Бондаренко (4 роки)", "Léa Martin (5 ans)".
// After a comma a given name comes first; in parentheses the age has its
// unit, which is sign enough that two capitalised words are a person,
// or a line (a list's item) opens with a given name and its age closes
// with a colon: "- Jada Pryce (6): COHb 15%, observed overnight".
func (s *scanner) namedAge(i int) bool {
	w := s.raw(i)
	if len(w) > 3 || !allDigits(w) || atoi(w) > 110 || i < 2 {
		return false
	}
	if g := s.buf[s.toks[i-1].end:s.toks[i].start]; len(g) == 1 && g[0] != '(' {
		return false // most numbers: a space before them
	}
	gap := string(s.buf[s.toks[i-1].end:s.toks[i].start])
	if gap != ", " && gap != " (" && gap != "(" && gap != "（" {
		return false // no name and age
	}
	if gap == " (" && s.ageUnit(i+1) && s.closes(i+1) && s.givenName(i-1) && !(s.name(i-2) && s.gapOf(i-2, " ")) {
		s.hit(dName, i-1, i) // "as manchas do Bernardo (2 anos)": a child's given name and age
		return true
	}
	yearsOld := gap == ", " && s.ageUnit(i+1) && i+2 < len(s.toks) && s.is(i+2, "old") // "Jaylen\nCarter, 6 years old": a line may wrap in the name
	if !s.ideo(i-1) && (!s.name(i-2) || !s.name(i-1) || !s.gapOf(i-2, " ") && !(yearsOld && s.wrapped(i-2))) || slices.Contains(honorifics, string(s.raw(i-1))) {
		return false // "이영희 님 (78세)" is addressed's
	}
	end := int(s.toks[i].end)
	switch {
	case (gap == "（" || gap == "(") && s.ideo(i-1) && s.ageUnit(i+1) && s.closes(i+1):
		return s.cjkAge(i) // "田中トシ子（87歳）", not "心電図（40歳以上）"
	case (gap == "（" || gap == "(") && s.ideo(i-1) && s.bornOn(i):
		return s.cjkAge(i) // "박서준(9월 12일생) 엄마입니다": a child's name and birthday
	case gap == ", " && s.givenName(i-2):
		if end >= len(s.buf) || s.buf[end] != ',' && !s.ageUnit(i+1) {
			return false
		}
	case yearsOld && capitalised(s.raw(i-2)) && capitalised(s.raw(i-1)):
		// "Jaylen Carter, 6 years old": the age says a person, whatever the given name
	case gap == " (" && s.givenName(i-2) && s.opensLine(i-2) && bytes.HasPrefix(s.buf[end:], []byte("):")):
	case gap == " (" || gap == "（":
		if !s.ageUnit(i+1) || !s.closes(i+1) {
			return false
		}
	default:
		return false
	}
	s.hit(dName, i-2, i)
	return true
}

// cjkAge records the Chinese, Japanese or Korean name written just
// before the parenthesised age at word i: two to six touching Han or kana
// characters after a break, or one that is a relative (cjkAgedKin).
func (s *scanner) cjkAge(i int) bool {
	first := i - 1
	for first > 0 && i-first < 6 && s.ideo(first-1) && s.touches(first-1) {
		first--
	}
	if i-first < 2 && !cjkAgedKin.has(s.raw(first)) || i-first > 6 || first > 0 && s.touches(first-1) && s.toks[first-1].letter && !s.ideo(first-1) {
		return false
	}
	s.hit(dName, first, i)
	return true
}

// bornOn reports whether a Korean, Chinese or Japanese birthday opens
// at the number at word i and a bracket closes it: "9월 12일생",
// "9月12日生".
func (s *scanner) bornOn(i int) bool {
	for j := i + 1; j < min(len(s.toks), i+9); j++ {
		if w := string(s.raw(j)); (w == "생" || w == "生") && s.closes(j) {
			return true
		}
		if !s.touches(j-1) && string(s.buf[s.toks[j-1].end:s.toks[j].start]) != " " {
			return false
		}
	}
	return false
}

// cjkAgedKin are the one-character relatives a Japanese or Chinese writer
// names with their age: "母（67歳）が遺伝子検査を受け", my mother (67).
var cjkAgedKin = wordSet(`母 父 妻 夫 娘 兄 姉 弟 妹 妈 爸`)

// closes reports whether a closing parenthesis follows word j.
func (s *scanner) closes(j int) bool {
	end := int(s.toks[j].end)
	rest := s.buf[end:min(len(s.buf), end+3)]
	return bytes.HasPrefix(rest, []byte(")")) || bytes.HasPrefix(rest, []byte("）"))
}

// ageUnit reports whether word j is the unit of an age: "y/o", "years",
// "роки", "ans", "años", "歳".
func (s *scanner) ageUnit(j int) bool {
	return j < len(s.toks) && s.in(ageUnits, j)
}

var ageUnits = wordSet(`y/o yo yrs years year-old year years-old anos años ans anni jahre jahr lat lata roku лет год года роки г л
років рік yas tuoi tuổi 歳 岁 歲 살 세 sano jaar år ár év vuotta tahun वर्ष साल taon`)

// date records a date: a date of birth after its keyword, a date of
// service after its own; any other date (a meeting, an invoice) is no
// evidence.
func (s *scanner) date(i, j, ord int) {
	if y, ok := dateYear(s.raw(i), s.year); j == i+1 && ok && y < 1905 {
		return // "01/01/1900": a placeholder, no one's date
	}
	switch {
	case (s.near(keyDOB, ord) && s.last[keyDOB] >= s.last[keyService] || s.bornAfter(j)) && !s.testRecordLine(i):
		s.hit(dDOB, i, j) // not a test patient's
		s.namedBirth(i, ord)
	case s.near(keyService, ord) && !s.ruleDate(i) && !s.testRecordLine(i):
		s.hit(dServiceDate, i, j)
	case j == i+1 && s.givenBirth(i):
		s.hit(dDOB, i, j)
		s.hit(dName, i-1, i) // "Kathy 4/19/61 needs PA for Ozempic"
	}
}

// givenBirth reports whether the date at word i is a birth date that
// a given name alone opening a line goes before, as staff write a
// patient to a colleague: "Kathy 4/19/61 needs PA for Ozempic". The
// year is long past: "Kathy 12/9 at 3" is an appointment.
func (s *scanner) givenBirth(i int) bool {
	k := i - 1
	if k < 0 || !s.gapOf(k, " ") || !s.opensLine(k) || !s.givenName(k) {
		return false
	}
	year, ok := dateYear(s.raw(i), s.year)
	return ok && year >= 1905 && (s.year == 0 && year < 2010 || s.year != 0 && year <= s.year-12)
}

// namedBirth records the name just before the keyword of the date of
// birth at word i: "Harold Vance DOB 04/11/1951", "Ana Ruiz (DOB
// 3/2/1961)", a given name first.
func (s *scanner) namedBirth(i, ord int) {
	k := i - (ord - s.last[keyDOB]) // the keyword's last word
	if k < 2 || k > i || !s.givenName(k-2) || !s.name(k-1) || !s.gapOf(k-2, " ") || !s.gapOf(k-1, " ,(") {
		return
	}
	if k >= 3 {
		if e := s.entryAt(k - 3); e != nil && e.keys&(1<<keyName) != 0 {
			return // "Patient Harold Vance, DOB": named already
		}
	}
	s.hit(dName, k-2, k)
}

// bornAfter reports whether the words from word j say that the date
// before them is a birth date, as Ukrainian, Russian and Turkish write it:
// "03.09.1979 р.н.", "1979 г.р.", "1979 года рождения", "1985 doğumlu".
func (s *scanner) bornAfter(j int) bool {
	if j >= len(s.toks) || !s.toks[j].letter || s.toks[j].hashed && !s.is(j, "dogumlu") {
		return false // most dates: an ASCII word or none follows
	}
	w := string(s.folded(j))
	if bornMarks[w] {
		return true
	}
	return j+1 < len(s.toks) && bornMarks[w+" "+string(s.folded(j+1))]
}

// cjkDate returns the number of words of a date as Korean, Japanese and
// Chinese write it from word i, a year, then a month and a day, each
// with its mark ("1942년 3월 15일", "1942年3月15日", "1948년"), or 0.
func (s *scanner) cjkDate(i int) int {
	if i+1 >= len(s.toks) || len(s.raw(i)) != 4 || s.toks[i].letter || !cjkYear[string(s.raw(i+1))] {
		return 0 // most numbers: no year mark
	}
	if y, err := strconv.Atoi(string(s.raw(i))); err != nil || y < 1905 || y > 2100 {
		return 0
	}
	n := 2
	for _, marks := range []map[string]bool{cjkMonth, cjkDay} {
		if i+n+1 >= len(s.toks) || !s.toks[i+n].digit || len(s.raw(i+n)) > 2 || !marks[string(s.raw(i+n+1))] {
			break
		}
		n += 2
	}
	return n
}

var (
	cjkYear  = map[string]bool{"년": true, "年": true}
	cjkMonth = map[string]bool{"월": true, "月": true}
	cjkDay   = map[string]bool{"일": true, "日": true}
	cjkBorn  = map[string]bool{"생": true, "生": true} // "1948년생", "1942年3月15日生"
)

// birthYear reports whether word i is a year of birth alone, as Russian,
// Ukrainian and Turkish write one after a name: "Волков Борис Иванович
// (1944 г.р.)", "Ahmet Yılmaz, 1985 doğumlu".
func (s *scanner) birthYear(i int) bool {
	w := s.raw(i)
	if len(w) != 4 || s.toks[i].letter || i+1 >= len(s.toks) || !s.gapOf(i, " ") {
		return false
	}
	y, err := strconv.Atoi(string(w))
	return err == nil && y >= 1905 && y <= 2100 && s.bornAfter(i+1)
}

var bornMarks = map[string]bool{"р.н": true, "г.р": true, "doğumlu": true, "dogumlu": true, "року народження": true,
	"рік народження": true, "года рождения": true, "год рождения": true}

// ruleDate reports whether the date at word i is when a rule applies,
// not when someone was seen: "for dates of service on or after March 1",
// "effective 1/1/2026".
func (s *scanner) ruleDate(i int) bool {
	if i > 0 && s.in(ruleDateWords, i-1) {
		return true
	}
	return i >= 3 && s.is(i-3, "on") && s.is(i-2, "or") &&
		(s.is(i-1, "after") || s.is(i-1, "before"))
}

var ruleDateWords = wordSet(`effective beginning until`)

// writtenDate returns the number of words of a date written with a month
// name at word i ("12 April 1961", "12 de abril de 1961"), or 0.
func (s *scanner) writtenDate(i int) int {
	if i+2 >= len(s.toks) || !s.toks[i+1].letter || !isDay(s.raw(i)) {
		return 0 // "4.2.1 of the": no day
	}
	j := s.skipOf(i + 1)
	if j >= len(s.toks) || !s.toks[j].letter || !s.in(monthNames, j) {
		return 0 // most numbers: no month after them
	}
	k := s.skipOf(j + 1)
	if k < len(s.toks) && isYear(s.raw(k)) {
		return k - i + 1
	}
	return 0
}

// monthFirstDate returns the number of words of "March 3, 1961" at word i.
func (s *scanner) monthFirstDate(i int) int {
	if i+2 >= len(s.toks) || !s.toks[i+1].digit || !s.toks[i+2].digit || !isDay(s.raw(i+1)) || !isYear(s.raw(i+2)) ||
		!s.in(monthNames, i) {
		return 0
	}
	return 3
}

// skipOf skips a "de" or "of" between a date's words.
func (s *scanner) skipOf(j int) int {
	if j < len(s.toks) && s.toks[j].end-s.toks[j].start == 2 && (s.is(j, "de") || s.is(j, "of")) {
		return j + 1
	}
	return j
}

// phoneWords: "(555) 201-0134", "555 201 0134", "+1 555 201 0134".
func (s *scanner) phoneWords(i int) int {
	w := s.raw(i)
	start := int(s.toks[i].start)
	if len(w) == 1 && w[0] == '1' && start > 0 && s.buf[start-1] == '+' && i+1 < len(s.toks) {
		if n := s.phoneWords(i + 1); n > 0 {
			return n + 1
		}
		return 0
	}
	if len(w) != 3 || !allDigits(w) || w[0] < '2' || i+1 >= len(s.toks) {
		return 0
	}
	next := s.raw(i + 1)
	if lens, ok := groups(next, '-'); ok && sameLens(lens, 3, 4) && s.gapIs(i, ") ", ")", "-", " ") {
		return 2
	}
	if i+2 < len(s.toks) && len(next) == 3 && allDigits(next) && len(s.raw(i+2)) == 4 && allDigits(s.raw(i+2)) &&
		s.gapIs(i, " ", ") ", "-", ".") && s.gapIs(i+1, " ", "-", ".") {
		return 3
	}
	return 0
}

// gapIs reports whether the text between word i and the next is one of gaps.
func (s *scanner) gapIs(i int, gaps ...string) bool {
	gap := string(s.buf[s.toks[i].end:s.toks[i+1].start])
	for _, g := range gaps {
		if gap == g {
			return true
		}
	}
	return false
}

// email records "local@domain.tld" starting at word i.
func (s *scanner) email(i int) int {
	end := int(s.toks[i].end)
	if end >= len(s.buf) || s.buf[end] != '@' || i+1 >= len(s.toks) || int(s.toks[i+1].start) != end+1 {
		return 0
	}
	if bytes.IndexByte(s.raw(i+1), '.') < 0 {
		return 0
	}
	s.hit(dEmail, i, i+2)
	return 2
}

// address: a house number, one to four capitalised words or ordinals,
// and a street suffix ("1200 North Oak Avenue", "55 5th St").
func (s *scanner) address(i int) int {
	w := s.raw(i)
	if len(w) > 6 || !allDigits(w) || s.clock(i) {
		return 0
	}
	for j := i + 1; j < len(s.toks) && j <= i+5; j++ {
		if j >= i+2 && s.in(streetSuffixes, j) {
			return j - i + 1
		}
		if c := s.buf[s.toks[j].start]; c >= 'a' && c <= 'z' {
			return 0 // most numbers: a lower-case word after them ("30 days")
		}
		if !capitalised(s.raw(j)) && !isDay(s.raw(j)) {
			return 0
		}
	}
	return 0
}

// clock reports whether the number at word i is part of a time of day
// ("14:05 CT" is no house on a court).
func (s *scanner) clock(i int) bool {
	t := s.toks[i]
	return int(t.end) < len(s.buf) && s.buf[t.end] == ':' || t.start > 0 && s.buf[t.start-1] == ':'
}

// code records an ICD-10-CM, CPT, HCPCS code after its keyword; a dotted
// ICD-10 shape without one counts only beside other health content.
func (s *scanner) code(i, ord int) bool {
	w := s.raw(i)
	if !s.toks[i].letter && len(w) != 5 && (len(w) < 6 || w[5] != '-') {
		return false // most numbers: in digits, a code is a CPT code's five ("99213", "99213-25")
	}
	if ok, dotted := isICD10(w); ok {
		switch {
		case s.near(keyICD, ord):
			s.hit(dICD10, i, i+1)
			s.icdCategory(i, w)
			return true
		case dotted:
			s.ev.looseICD[s.where]++
			s.icdCategory(i, w)
			return true
		}
	}
	if !s.near(keyCPT, ord) {
		if isCPT(w) && s.parenthesised(i) {
			s.ev.looseCPT[s.where]++
			return true
		}
		return false
	}
	switch {
	case isCPT(w):
		s.hit(dCPT, i, i+1)
	case isHCPCS(w):
		s.hit(dHCPCS, i, i+1)
	default:
		return false
	}
	if det := procedureRestricted(w); det >= 0 {
		s.hit(det, i, i+1) // "SVC*HC:J7307": an etonogestrel implant, contraception
	}
	return true
}

// procedureRestricted returns the restricted category a CPT or HCPCS
// code's service is in, or -1: psychiatric services (CPT 90785-90899),
// substance-use treatment (HCPCS H0001-H0020, H0047-H0050, the opioid
// treatment programme's G2067-G2080, buprenorphine J0570-J0575,
// naltrexone J2315), HIV tests (87389, 87390, 87534-87539), genetic
// tests and counselling (81161-81479, 96040), contraception (IUDs and
// implants 58300, 58301, 11976, 11981-11983; the devices and drugs
// J7294-J7307, J1050), sterilisation (55250, 58600-58615, 58670, 58671),
// abortion (59840-59857, S0199) and fertility care (58970-58976,
// 89250-89356, S4011-S4042). The chapters are the AMA's and CMS's
// public code ranges; no descriptor text is copied.
func procedureRestricted(w []byte) int {
	if len(w) != 5 || !allDigits(w[1:]) {
		return -1
	}
	n := atoi(w[1:])
	in := func(lo, hi int) bool { return n >= lo && n <= hi }
	switch w[0] {
	case 'H':
		if in(1, 20) || in(47, 50) {
			return dSubstance
		}
	case 'G':
		if in(2067, 2080) {
			return dSubstance
		}
	case 'J':
		switch {
		case in(570, 575), n == 2315:
			return dSubstance
		case in(7294, 7307), n == 1050:
			return dReproductive
		}
	case 'S':
		if n == 199 || in(4011, 4042) {
			return dReproductive
		}
	}
	if !isDigit(w[0]) {
		return -1
	}
	n = atoi(w)
	switch {
	case in(90785, 90899):
		return dMental
	case n == 87389 || n == 87390 || in(87534, 87539):
		return dHIV
	case in(81161, 81479), n == 96040:
		return dGenetic
	case n == 58300, n == 58301, n == 11976, in(11981, 11983), n == 55250, in(58600, 58615), n == 58670, n == 58671,
		in(59840, 59857), in(58970, 58976), in(89250, 89356):
		return dReproductive
	}
	return -1
}

// keyed records a number that the nearest keyword before it names: an
// MRN, a member ID, a claim or account number, an SSN or NPI written bare.
func (s *scanner) keyed(i, ord int) {
	if ord-s.idKey > keyedReach && s.col.k == 0 {
		return // most numbers: no keyword names them
	}
	w := s.raw(i)
	best := key(-1)
	for _, k := range []key{keySSN, keyMRN, keyMember, keyClaim, keyAccount, keyEmployee, keyNPI, keyDEA, keyNDC} {
		if s.near(k, ord) && (best < 0 || s.last[k] > s.last[best]) && fits(k, w) {
			best = k
		}
	}
	if best < 0 && s.col.k != 0 && s.inColumn(i) && fits(s.col.k, w) {
		best = s.col.k // a plain-text table's row under its "MRN" header
	}
	if best >= 0 && s.linked(i) {
		best = linkKey(s.linkParam(i)) // "store?id=88213": the shop's; "chart?mrn=448120" is a record's
	}
	if best >= 0 && best != s.col.k && s.paragraphSince(i-(ord-s.last[best]), i) {
		return // "la tessera sanitaria.\n\nPrenotazioni: 0523 555 0116": a phone in the next paragraph
	}
	if best >= 0 && !s.testRecordLine(i) {
		s.hit(keyedDetector[best], i, i+1)
		if best != keyNPI && best != keyDEA && best != keyNDC && s.recordAfter(i) {
			s.hit(dName, i+1, i+3) // "acct 7734102 Neville, Carla - EOB denied MRI"
		}
	}
}

// paragraphSince reports whether a blank line parts words j and i: a
// keyword names no number in the next paragraph.
func (s *scanner) paragraphSince(j, i int) bool {
	for k := max(j, 0); k < i; k++ {
		gap := s.buf[s.toks[k].end:s.toks[k+1].start]
		if bytes.Contains(gap, []byte("\n\n")) || bytes.Contains(gap, []byte("\n\r\n")) {
			return true
		}
	}
	return false
}

// recordAfter reports whether a name in record order follows the
// identifier at word i, as billing and records staff write a patient:
// "acct 7734102 Neville, Carla", "MRN 448120 Ortiz, Ana".
func (s *scanner) recordAfter(i int) bool {
	a, b := i+1, i+2
	if b >= len(s.toks) {
		return false
	}
	if string(s.buf[s.toks[i].end:s.toks[a].start]) == " (" && s.givenName(a) && s.gapOf(a, " ") && s.name(b) && s.closes(b) {
		return true // "Acct 558201 (Hector Ruiz): balance $1,420"
	}
	if !s.gapOf(i, " ") || string(s.buf[s.toks[a].end:s.toks[b].start]) != ", " {
		return false
	}
	return s.soleSurname(a) && s.name(b) && capitalised(s.raw(b)) && s.givenName(b)
}

// linkParams are the query parameters of a link that name an identifier
// (lower-case, "_" and "-" dropped).
var linkParams = map[string]key{"mrn": keyMRN, "patientid": keyMRN, "medicalrecordnumber": keyMRN, "chartid": keyMRN,
	"memberid": keyMember, "subscriberid": keyMember, "claimid": keyClaim, "claimnumber": keyClaim, "ssn": keySSN}

func linkKey(param string) key {
	if k, ok := linkParams[param]; ok {
		return k
	}
	return -1
}

// linked reports whether word i is part of a link: the run of text it is
// in, back to a space, holds "://" or "www." or a domain before a "/".
func (s *scanner) linked(i int) bool {
	start := s.toks[i].start
	j := start
	for j > 0 && start-j < 256 && !asciiSpace(s.buf[j-1]) {
		j--
	}
	run := s.buf[j:start]
	if bytes.Contains(run, []byte("://")) || bytes.Contains(run, []byte("www.")) {
		return true
	}
	slash := bytes.IndexByte(run, '/')
	return slash > 0 && bytes.IndexByte(run[:slash], '.') > 0
}

func asciiSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// linkParam is the name of the query parameter whose value word i is,
// folded: "patient_id" in "?patient_id=448120" is "patientid"; "" if the
// word follows no "=".
func (s *scanner) linkParam(i int) string {
	end := s.toks[i].start
	if end == 0 || s.buf[end-1] != '=' {
		return ""
	}
	j := end - 1
	for j > 0 && end-j < 40 && !bytes.ContainsAny(s.buf[j-1:j], "?&;/ \t\r\n") {
		j--
	}
	var b []byte
	for _, c := range s.buf[j : end-1] {
		if c != '_' && c != '-' {
			b = append(b, byte(unicode.ToLower(rune(c))))
		}
	}
	return string(b)
}

// column is the identifier column a plain-text table's header opens:
// "#  Date        MRN          Procedure". Its rows follow, the
// identifier under its header, until a blank line.
type column struct {
	k      key // 0: none
	offset int // the header cell's offset in its line
	end    int // where the header line, then the last row read, ends
}

// headerCell opens the column of identifier key k at word i, a
// keyword's last word, when the keyword is a cell of a table's header:
// two spaces or a tab on each side (or the line's start or end), single
// spaces within ("Member ID      Name"). A name's header is one word: a
// certificate's "Participant Name" heads no patients.
func (s *scanner) headerCell(k key, i int) {
	a := i // the cell's first word
	for k != keyName && a > 0 && i-a < 2 && string(s.buf[s.toks[a-1].end:s.toks[a].start]) == " " {
		a--
	}
	if !s.cellGap(a-1) || !s.cellGap(i) {
		return
	}
	ls := s.lineStart(i)
	end := bytes.IndexByte(s.buf[s.toks[i].end:], '\n')
	if end < 0 {
		return // no row can follow
	}
	c := column{k: k, offset: int(s.toks[a].start) - ls, end: int(s.toks[i].end) + end}
	if k == keyName {
		s.nameCol = c
	} else {
		s.col = c
	}
}

// columnName records the name under a plain-text table's "Patient"
// header at word i: two capitalised words, a family name, a comma and
// a given name ("Ellery, Corwin"), or an initial and a family name
// ("F. Abdullahi").
func (s *scanner) columnName(i int) int {
	if i+1 >= len(s.toks) || !s.name(i+1) || !s.name(i) && !initial(s.raw(i)) {
		return 0
	}
	gap := string(s.buf[s.toks[i].end:s.toks[i+1].start])
	if !(gap == " " && (s.givenName(i) || s.givenName(i+1)) || gap == ", " && s.givenName(i+1) || gap == ". " && initial(s.raw(i))) {
		return 0 // "F. Abdullahi": an interpreter's invoice initials its patients
	}
	col := s.col
	s.col = s.nameCol
	in := s.inColumn(i)
	s.nameCol, s.col = s.col, col
	if !in {
		return 0
	}
	s.hit(dName, i, i+2)
	return 2
}

// cellGap reports whether the gap after word j (before word j+1) parts
// the cells of a table: two spaces or more, a tab, or a line's end.
func (s *scanner) cellGap(j int) bool {
	if j < 0 || j+1 >= len(s.toks) {
		return true
	}
	gap := s.buf[s.toks[j].end:s.toks[j+1].start]
	return bytes.Contains(gap, []byte("  ")) || bytes.IndexByte(gap, '\t') >= 0 || bytes.IndexByte(gap, '\n') >= 0
}

// inColumn reports whether word i stands in the open column, on a row
// below its header with no blank line between, and moves the column on.
func (s *scanner) inColumn(i int) bool {
	st := int(s.toks[i].start)
	if st <= s.col.end {
		return false // the header's own line
	}
	if st-s.col.end > 2000 || bytes.Contains(s.buf[s.col.end:st], []byte("\n\n")) || bytes.Contains(s.buf[s.col.end:st], []byte("\n\r\n")) {
		s.col = column{} // the table has ended
		return false
	}
	ls := s.lineStart(i)
	if d := st - ls - s.col.offset; d < -2 || d > 2 {
		return false
	}
	if e := bytes.IndexByte(s.buf[st:], '\n'); e >= 0 {
		s.col.end = st + e
	}
	return true
}

var keyedDetector = map[key]int{keySSN: dSSN, keyMRN: dMRN, keyMember: dMember, keyClaim: dClaim,
	keyAccount: dAccount, keyEmployee: dEmployee, keyNPI: dNPI, keyDEA: dDEA, keyNDC: dNDC}

// fits checks that a word can be the identifier its keyword announces.
func fits(k key, w []byte) bool {
	d := countDigits(w)
	switch k {
	case keySSN:
		if len(w) == 9 && allDigits(w) {
			return validSSN(string(w))
		}
		return nationalID(w)
	case keyNPI:
		return isNPI(w)
	case keyDEA:
		return isDEA(w)
	case keyNDC:
		return isNDCBare(w)
	case keyMRN, keyMember:
		if d == 0 {
			d = countDigitsAny(w) // Persian, Arabic, Devanagari digits
		}
		return len(w) >= 4 && len(w) <= 20 && d >= 3 && idChars(w) && (d >= 4 || !hasLower(w)) && !yearMonth(w) &&
			!placeholderNumber(w)
	case keyClaim:
		return len(w) >= 5 && len(w) <= 24 && d >= 4 && idChars(w) && !placeholderNumber(w) && !procedureCodes(w) && !ncpdpField(w)
	case keyAccount:
		return len(w) >= 5 && len(w) <= 24 && d >= 4 && idChars(w) && !placeholderNumber(w)
	case keyEmployee:
		return len(w) >= 3 && len(w) <= 12 && d >= 3 && idChars(w) && !placeholderNumber(w) && !yearMonth(w)
	}
	return false
}

// labValue reports whether word i is a value its lab's abbreviation
// just before gives, within the range that lab's results take, written
// as results are: "INR 3.4" (not "INR 45,000", rupees), "K 5.9", "hCG
// 1840", "BP 158/96". The abbreviations alone are too ambiguous to be
// terms (the lexicon's denylist).
func (s *scanner) labValue(i int) bool {
	if i == 0 {
		return false
	}
	p := &s.toks[i-1]
	if !p.hashed && !p.digit && s.toks[i].digit {
		return s.readingBefore(i).holds(s.raw(i)) // "血压160/95", "давление 160/95", "температура 39,2"
	}
	if p.hashed && p.end-p.start <= 3 && slices.Contains(readingOf, p.hash) && i >= 2 && s.in(labNames, i-2) && s.gapOf(i-1, " ") && s.gapOf(i-2, " ") {
		r := labRanges[string(s.folded(i-2))]
		return r.reading == feverReading && r.reading.holds(s.raw(i)) // "a temp of 100.9", "fiebre de 39"
	}
	if !p.hashed || p.digit || p.end-p.start > 11 || !s.in(labNames, i-1) || !s.gapOf(i-1, " :=") {
		return false // most numbers: no lab before them
	}
	r, ok := labRanges[string(s.folded(i-1))]
	if !ok {
		return false
	}
	w := s.raw(i)
	if r.reading != noReading {
		return r.reading.holds(w)
	}
	if r.decimal && bytes.IndexByte(w, '.') < 0 {
		return false
	}
	v, err := strconv.ParseFloat(string(w), 64)
	return err == nil && v >= r.min && v <= r.max
}

// chartNumber reports whether word i, five to ten digits, is the number
// "chart" just before it gives, as a practice writes a record number:
// "(chart 20417)", "chart #884120". "Chart 3 shows" numbers a figure.
func (s *scanner) chartNumber(i int) bool {
	w := s.raw(i)
	if i == 0 || len(w) < 5 || len(w) > 10 || !allDigits(w) || !s.toks[i-1].hashed || s.toks[i-1].hash != chartHash {
		return false
	}
	return s.gapOf(i-1, " #:")
}

var chartHash = wordHash([]byte("chart"))

// feverBefore reports whether word i is a temperature with a decimal
// that the word "fever" follows, as a school nurse writes it: "101.8
// fever", "38.9 fever".
func (s *scanner) feverBefore(i int) bool {
	if i+1 >= len(s.toks) || !s.toks[i+1].hashed || s.toks[i+1].hash != feverHash || !s.gapOf(i, " ") {
		return false
	}
	w := s.raw(i)
	return bytes.IndexByte(w, '.') > 0 && feverReading.holds(w)
}

var feverHash = wordHash([]byte("fever"))

// bloodPressure reports whether w is a reading: systolic/diastolic.
func bloodPressure(w []byte) bool {
	sys, dia, ok := bytes.Cut(w, []byte("/"))
	return ok && inRange(sys, 60, 260) && inRange(dia, 30, 160)
}

// readingBefore returns the vital sign the word before word i names,
// not ASCII, or the two characters before it do in Chinese, Japanese or
// Korean: "давление 160/95", "huyết áp 150/90", "血压160/95", "혈압
// 150/90", "температура 39,2", "体温38.9".
func (s *scanner) readingBefore(i int) reading {
	if !s.gapOf(i-1, " :=") && !s.gapOf(i-1, "：") && !s.touches(i-1) {
		return noReading
	}
	w := string(s.folded(i - 1))
	if r := readingWords[w]; r != noReading {
		if w == vietAp && (i < 2 || string(s.folded(i-2)) != vietHuyet) {
			return noReading // "áp" alone is any pressure
		}
		return r
	}
	if i >= 2 && s.touches(i-2) {
		return readingChars[string(s.rawRange(i-2, i))]
	}
	return noReading
}

// readingOf are the words between a fever and its reading: "a temp of
// 100.9", "fiebre de 39", "febbre di 38".
var readingOf = []uint64{wordHash([]byte("of")), wordHash([]byte("de")), wordHash([]byte("di")), wordHash([]byte("von"))}

var (
	readingWords = func() map[string]reading {
		m := map[string]reading{}
		for w := range wordSet(`давление давления тиск ciśnienie presión pressão tensión áp ضغط فشار बीपी`).words {
			m[w] = bpReading
		}
		for w := range wordSet(`температура температуры температурой температури sốt température حرارة حرارته تب`).words {
			m[w] = feverReading
		}
		return m
	}()
	readingChars = map[string]reading{"血压": bpReading, "血壓": bpReading, "血圧": bpReading, "혈압": bpReading,
		"体温": feverReading, "體溫": feverReading, "체온": feverReading}
	vietAp    = string(fold(nil, []byte("áp")))
	vietHuyet = string(fold(nil, []byte("huyết")))
)

// ncpdpField reports whether w is the number of a field of a pharmacy
// claim's standard, three digits and two characters with a letter
// ("407-D7", "424-DO"), as payer sheets list them: no claim's number.
func ncpdpField(w []byte) bool {
	return len(w) == 6 && allDigits(w[:3]) && w[3] == '-' && (isUpperAlpha(w[4]) || isUpperAlpha(w[5])) &&
		(isUpperAlpha(w[4]) || isDigit(w[4])) && (isUpperAlpha(w[5]) || isDigit(w[5]))
}

// labRange is the values a lab's results take.
type labRange struct {
	min, max float64
	decimal  bool    // written with a decimal point: "INR 3.4", "K 5.9"
	reading  reading // a vital sign's, in its own shape: "BP 158/96", "temp 101.5"
}

// reading is a vital sign a family or a nurse writes as a number after
// its word.
type reading uint8

const (
	noReading    reading = iota
	bpReading            // systolic/diastolic: "160/95"
	feverReading         // a fever, in Celsius or Fahrenheit: "39.2", "102"
)

// holds reports whether w is a reading of r.
func (r reading) holds(w []byte) bool {
	switch r {
	case bpReading:
		return bloodPressure(w)
	case feverReading:
		v, err := strconv.ParseFloat(string(w), 64)
		return err == nil && (v >= 37.8 && v <= 42.5 || v >= 100 && v <= 106.5)
	}
	return false
}

var labRanges = map[string]labRange{
	"inr": {0.5, 12, true, 0}, "k": {1.5, 9.9, true, 0}, "psa": {0, 500, true, 0},
	"tsh": {0.01, 150, true, 0}, "hgb": {2, 25, false, 0}, "hb": {2, 25, true, 0},
	"wbc": {0.1, 300, false, 0}, "anc": {0, 30000, false, 0}, "plt": {1, 2000, false, 0}, "cr": {0.1, 25, true, 0},
	"creat": {0.1, 25, true, 0}, "bnp": {1, 70000, false, 0}, "hcg": {1, 500000, false, 0},
	"a1c": {3, 20, false, 0}, "ldl": {10, 500, false, 0}, "trop": {0.001, 500, true, 0},
	"troponin": {0.001, 50000, false, 0}, "lactate": {0.1, 30, true, 0}, "egfr": {1, 150, false, 0},
	"potassium": {1.5, 9.9, true, 0}, "creatinine": {0.1, 25, true, 0}, "hemoglobin": {2, 25, true, 0}, "haemoglobin": {2, 25, true, 0},
	"magnesium": {0.3, 6, true, 0}, "sodium": {100, 180, false, 0}, "platelets": {1, 2000, false, 0}, "hba1c": {3, 20, false, 0},
	"bp": {reading: bpReading}, "rr": {reading: bpReading}, "blutdruck": {reading: bpReading}, "tension": {reading: bpReading}, "presion": {reading: bpReading},
	"pressao": {reading: bpReading}, "temp": {reading: feverReading}, "temperature": {reading: feverReading},
	"temperatura": {reading: feverReading}, "fever": {reading: feverReading}, "fiebre": {reading: feverReading},
	"febbre": {reading: feverReading}, "fieber": {reading: feverReading}, "qandho": {reading: feverReading},
	"lagnat": {reading: feverReading}, "sot": {reading: feverReading},
}

// labNames are labRanges' abbreviations as a word set: a quick no for
// most words before a number.
var labNames = func() termSet {
	var b strings.Builder
	for w := range labRanges {
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return wordSet(b.String())
}()

func inRange(w []byte, lo, hi int) bool {
	n, err := strconv.Atoi(string(w))
	return err == nil && n >= lo && n <= hi
}

// nationalID reports whether w, after a national identity keyword, has
// the shape of one: 10 to 15 digits (PESEL, T.C. kimlik, SNILS, a
// Spanish NSS, CNP, AMKA, an NHS number), a Nordic personal number (six
// or eight digits of the birth date, a sign, four more: "580314-4032")
// or an Italian codice fiscale ("RSSMRA52E48H501Z": six letters, then
// digits and letters, a check letter last); a Pakistani CNIC
// ("35202-4471829-3"), a Brazilian CPF ("123.456.789-09") or a Chinese
// resident identity number (17 digits, then a digit or X).
func nationalID(w []byte) bool {
	if len(w) == 18 && allDigits(w[:17]) && (w[17] == 'X' || w[17] == 'x' || isDigit(w[17])) {
		return !placeholderNumber(w[:17])
	}
	if allDigits(w) {
		return len(w) >= 10 && len(w) <= 15 && !placeholderNumber(w)
	}
	if n := len(w) - 5; (n == 6 || n == 8) && (w[n] == '-' || w[n] == '+') && allDigits(w[:n]) && allDigits(w[n+1:]) {
		return true
	}
	if lens, ok := groups(w, '-'); ok && len(lens) == 3 && lens[0] == 5 && lens[1] == 7 && lens[2] == 1 {
		return true // CNIC
	}
	if len(w) == 14 && w[3] == '.' && w[7] == '.' && w[11] == '-' && allDigits(w[:3]) && allDigits(w[4:7]) && allDigits(w[8:11]) && allDigits(w[12:]) {
		return true // CPF
	}
	if len(w) != 16 || countDigits(w) < 5 || !isUpperAlpha(w[15]) {
		return false
	}
	for _, c := range w[:6] {
		if !isUpperAlpha(c) {
			return false
		}
	}
	return idChars(w)
}

func isUpperAlpha(c byte) bool { return c >= 'A' && c <= 'Z' }

// placeholderNumber reports whether w is all digits and a number no one
// is given: one digit repeated ("000000", "999999"), zeros before a
// small number ("0000001"), or a counting run ("1234567"); or letters
// before zeros, as test systems number their patients ("T000000001") and
// proofs their members ("GPH000000000").
func placeholderNumber(w []byte) bool {
	if sampleID(w) {
		return true
	}
	prefix := 0
	for prefix < len(w) && prefix < 4 && ('A' <= w[prefix] && w[prefix] <= 'Z' || 'a' <= w[prefix] && w[prefix] <= 'z') {
		prefix++
	}
	lettered := prefix > 0
	w = w[prefix:]
	if !allDigits(w) || len(w) < 4 {
		return false
	}
	same, run, zeros := true, true, 0
	for k := range w {
		same = same && w[k] == w[0]
		run = run && (k == 0 || w[k] == w[k-1]+1)
		if zeros == k && w[k] == '0' {
			zeros++
		}
	}
	return same || run && !lettered || zeros >= len(w)-2
}

// procedureCodes reports whether w is a CPT or HCPCS code or a range of
// them ("81432", "J0571-J0575"), as a payer's lists of what needs prior
// authorization print them: codes, not a claim's number.
func procedureCodes(w []byte) bool {
	code := func(c []byte) bool { return len(c) == 5 && (allDigits(c) || isHCPCS(c)) }
	a, b, ok := bytes.Cut(w, []byte("-"))
	return code(a) && (!ok || code(b))
}

// sampleID reports whether w is named a sample's, as proofs and test
// systems number their invented people: "SAMPLE0000000",
// "SAMPLE-000-000000", "TEST0000001", "DEMO-4411".
func sampleID(w []byte) bool {
	for _, p := range []string{"SAMPLE", "TEST", "DEMO", "EXAMPLE", "DUMMY", "XXXX"} {
		if len(w) > len(p) && bytes.EqualFold(w[:len(p)], []byte(p)) && (w[len(p)] == '-' || w[len(p)] == '_' || '0' <= w[len(p)] && w[len(p)] <= '9') {
			return true
		}
	}
	return false
}

// hasLower reports whether w holds a lower-case ASCII letter: "e164" is
// a format's name; a record number's letters are capitals (few digits
// and lower case is not one).
func hasLower(w []byte) bool {
	for _, c := range w {
		if 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// yearMonth: "2027-05", an expiry or a billing month, not a record number.
func yearMonth(w []byte) bool {
	return len(w) == 7 && w[4] == '-' && allDigits(w[:4]) && allDigits(w[5:]) && (w[0] == '1' || w[0] == '2') &&
		(w[5] == '0' && w[6] != '0' || w[5] == '1' && w[6] <= '2')
}

func idChars(w []byte) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(w[k:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false // "НД-2026-1187", "۴۴۷۱۲": letters and digits of other scripts
			}
			k += size - 1
			continue
		}
		if !(isDigit(c) || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}

// gluedKeys are the keys whose keyword file names glue to its value:
// "MRN0048812", "DOB1949-02-11", "DOS20250304", "Acct77812004".
var gluedKeys = []key{keyDOB, keyService, keySSN, keyMRN, keyMember, keyClaim, keyAccount}

// glued records word i when it is a keyword of three letters or more
// glued to the identifier or date it announces, as file names write them.
func (s *scanner) glued(i, ord int) bool {
	keys, value := s.gluedKeyword(s.raw(i))
	for _, k := range gluedKeys {
		if keys&(1<<k) == 0 {
			continue
		}
		switch {
		case (k == keyDOB || k == keyService) && (numericDate(value) || fileDate(value)):
			s.last[k] = ord - 1
			s.date(i, i+1, ord)
			return true
		case k != keyDOB && k != keyService && countDigits(value) >= 4 && fits(k, value):
			s.hit(keyedDetector[k], i, i+1)
			return true
		}
	}
	return false
}

// gluedKeyword splits w into a keyword of three to twelve letters and
// the digits that follow it ("DOB1949-02-11"), and returns the keyword's
// keys and the value; no keys when w is no such word.
func (s *scanner) gluedKeyword(w []byte) (uint32, []byte) {
	n := 0
	for n < len(w) && byteClass[w[n]] == classLetter {
		n++
	}
	if n < 3 || n > 12 || n == len(w) || !isDigit(w[n]) {
		return 0, nil
	}
	s.low2 = fold(s.low2[:0], w[:n])
	if e := s.m.entries[string(s.low2)]; e != nil {
		return e.keys, w[n:]
	}
	return 0, nil
}

// parenthesised: "(99284)".
func (s *scanner) parenthesised(i int) bool {
	start, end := int(s.toks[i].start), int(s.toks[i].end)
	return start > 0 && s.buf[start-1] == '(' && end < len(s.buf) && s.buf[end] == ')'
}

// icdCategory records what an ICD-10-CM code's chapter says of a
// restricted category: F01-F99 mental and behavioural (F10-F19 substance
// use) but for the developmental disorders a speech, occupational or
// school service treats (F80-F82, F88, F89) and ADHD (F90), whose words
// are diagnosis terms too, B20 and Z21 HIV, O00-O08 pregnancy with abortive outcome, A50-A64
// sexually transmitted infections, Z30 contraceptive and Z31 procreative
// management, N46 and N97 infertility, Z14 genetic carrier and Z15
// genetic susceptibility.
func (s *scanner) icdCategory(i int, w []byte) {
	if det := icdRestricted(w); det >= 0 {
		s.hit(det, i, i+1)
	}
}

func icdRestricted(w []byte) int {
	n := atoi(w[1:3])
	if !isDigit(w[2]) {
		n = -1
	}
	switch {
	case w[0] == 'F' && n >= 10 && n <= 19:
		return dSubstance
	case w[0] == 'F' && (n >= 80 && n <= 82 || n == 88 || n == 89 || n == 90):
		return -1 // "F80.1" expressive language disorder, a speech therapist's
	case w[0] == 'F' && n >= 1:
		return dMental
	case w[0] == 'B' && n == 20, w[0] == 'Z' && n == 21:
		return dHIV
	case w[0] == 'O' && n <= 8 && n >= 0, w[0] == 'A' && n >= 50 && n <= 64, w[0] == 'Z' && (n == 30 || n == 31),
		w[0] == 'N' && (n == 46 || n == 97):
		return dReproductive
	case w[0] == 'Z' && (n == 14 || n == 15):
		return dGenetic
	}
	return -1
}

// countDigitsAny counts the digits of w in any script.
func countDigitsAny(w []byte) int {
	n := 0
	for _, r := range string(w) {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
