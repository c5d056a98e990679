package policy

import (
	"bytes"
	"strings"
)

// Validators of identifier and code shapes. Each takes one word as the
// tokenizer found it (inner '-', '/', '.' kept) and checks what can be
// checked without a registry: ranges, check digits, shapes.

// groups splits w at sep into runs of digits and returns their lengths
// (five at most); ok is false when w holds anything else, two separators
// in a row or more than five runs.
func groups(w []byte, sep byte) (lens []int, ok bool) {
	var buf [5]int
	k, n := 0, 0
	for _, c := range w {
		switch {
		case '0' <= c && c <= '9':
			n++
		case c == sep && n > 0 && k < len(buf)-1:
			buf[k], k, n = n, k+1, 0
		default:
			return nil, false
		}
	}
	if n == 0 {
		return nil, false
	}
	buf[k] = n
	return buf[:k+1], true
}

func sameLens(a []int, b ...int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func allDigits(w []byte) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(w) > 0
}

func digitsOnly(w []byte) []byte {
	out := make([]byte, 0, len(w))
	for _, c := range w {
		if '0' <= c && c <= '9' {
			out = append(out, c)
		}
	}
	return out
}

func countDigits(w []byte) int {
	n := 0
	for _, c := range w {
		if '0' <= c && c <= '9' {
			n++
		}
	}
	return n
}

// isSSN: ddd-dd-dddd in the ranges the SSA issues. The length and the
// first dash, tested here, turn most numbers away before any call.
func isSSN(w []byte) bool { return len(w) == 11 && w[3] == '-' && ssnShape(w) }

func ssnShape(w []byte) bool {
	lens, ok := groups(w, '-')
	return ok && sameLens(lens, 3, 2, 4) && validSSN(string(digitsOnly(w)))
}

// validSSN checks the ranges the SSA never issues: area 000, 666 and
// 900-999, group 00, serial 0000.
func validSSN(d string) bool {
	if len(d) != 9 {
		return false
	}
	area, group, serial := d[:3], d[3:5], d[5:]
	return area != "000" && area != "666" && area[0] != '9' && group != "00" && serial != "0000"
}

// isMBI: a Medicare Beneficiary Identifier, 11 characters shaped
// C A a N A a N A A N N (C digit 1-9, A letter, a letter or digit, N digit;
// letters upper-case, never S L O I B Z), with both or neither dashes after
// the 4th and 7th character.
func isMBI(w []byte) bool { return (len(w) == 11 || len(w) == 13) && mbiShape(w) } // most numbers: neither length

func mbiShape(w []byte) bool {
	switch {
	case len(w) == 13 && w[4] == '-' && w[8] == '-':
		w = append(append(append([]byte{}, w[:4]...), w[5:8]...), w[9:]...)
	case len(w) != 11:
		return false
	}
	const shape = "CAaNAaNAANN"
	for k := range shape {
		if !mbiChar(shape[k], w[k]) {
			return false
		}
	}
	return true
}

func mbiChar(class, c byte) bool {
	letter := c >= 'A' && c <= 'Z' && bytes.IndexByte([]byte("SLOIBZ"), c) < 0
	digit := c >= '0' && c <= '9'
	switch class {
	case 'C':
		return c >= '1' && c <= '9'
	case 'A':
		return letter
	case 'a':
		return letter || digit
	}
	return digit
}

// isNPI: 10 digits passing the Luhn check with the prefix 80840.
func isNPI(w []byte) bool {
	return len(w) == 10 && allDigits(w) && (w[0] == '1' || w[0] == '2') && luhn("80840"+string(w))
}

func luhn(digits string) bool {
	sum, double := 0, false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if double {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// isDEA: two letters and seven digits whose last is the check digit:
// (d1+d3+d5) + 2×(d2+d4+d6), last digit.
func isDEA(w []byte) bool {
	if len(w) != 9 || bytes.IndexByte([]byte("ABCDEFGHJKLMPRSTUX"), upper(w[0])) < 0 || !allDigits(w[2:]) {
		return false
	}
	if c := upper(w[1]); !(c >= 'A' && c <= 'Z' || c == '9') {
		return false
	}
	d := func(i int) int { return int(w[1+i] - '0') }
	sum := d(1) + d(3) + d(5) + 2*(d(2)+d(4)+d(6))
	return sum%10 == d(7)
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// isICD10 checks the ICD-10-CM shape: a letter, a digit, a digit or
// letter, then after a dot up to four more (E11.9, I10, F32.A, S72.001A).
// Undotted codes longer than three characters need the keyword context.
func isICD10(w []byte) (ok, dotted bool) {
	if len(w) < 3 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' || !isDigit(w[1]) || !isAlnumUpper(w[2]) {
		return false, false
	}
	if len(w) == 3 {
		return true, false
	}
	rest := w[3:]
	if rest[0] == '.' {
		rest, dotted = rest[1:], true
	}
	if len(rest) == 0 || len(rest) > 4 {
		return false, false
	}
	for _, c := range rest {
		if !isAlnumUpper(c) {
			return false, false
		}
	}
	return true, dotted
}

func isDigit(c byte) bool      { return '0' <= c && c <= '9' }
func isAlnumUpper(c byte) bool { return isDigit(c) || 'A' <= c && c <= 'Z' }
func trimModifier(w []byte) []byte {
	if i := bytes.IndexByte(w, '-'); i > 0 {
		return w[:i] // 99213-25
	}
	return w
}

// isCPT: five digits from 00100 to 99607, or four digits and F or T
// (category II and III codes).
func isCPT(w []byte) bool {
	w = trimModifier(w)
	if len(w) != 5 || !allDigits(w[:4]) {
		return false
	}
	if w[4] == 'F' || w[4] == 'T' {
		return true
	}
	if !isDigit(w[4]) {
		return false
	}
	n := atoi(w)
	return n >= 100 && n <= 99607
}

// isHCPCS: a Level II code, a letter A-V and four digits (J1100, G0438).
func isHCPCS(w []byte) bool {
	w = trimModifier(w)
	return len(w) == 5 && w[0] >= 'A' && w[0] <= 'V' && allDigits(w[1:])
}

// isNDCDashed: a National Drug Code in one of its dashed forms, 4-4-2,
// 5-3-2, 5-4-1 or the 11-digit 5-4-2.
func isNDCDashed(w []byte) bool {
	return (len(w) == 12 || len(w) == 13) && ndcShape(w) // most numbers: neither length
}

func ndcShape(w []byte) bool {
	lens, ok := groups(w, '-')
	return ok && (sameLens(lens, 4, 4, 2) || sameLens(lens, 5, 3, 2) || sameLens(lens, 5, 4, 1) || sameLens(lens, 5, 4, 2)) &&
		!zeroLabeller(w) // "00000-0000-01": a list's placeholder, no labeller's code
}

// zeroLabeller reports whether an NDC's first group, its labeller's
// code, is all zeros: no labeller has that code ("00002-1433-80" is one).
func zeroLabeller(w []byte) bool {
	l, _, _ := bytes.Cut(w, []byte("-"))
	return len(bytes.Trim(l, "0")) == 0
}

// isNDCBare: 10 or 11 digits, only after the keyword NDC.
func isNDCBare(w []byte) bool { return (len(w) == 10 || len(w) == 11) && allDigits(w) }

// isPhone: a North American number in one word: 555-201-0134,
// 555.201.0134, 1-555-201-0134.
func isPhone(w []byte) bool { return (len(w) == 12 || len(w) == 14) && phoneShape(w) } // most numbers: neither length

func phoneShape(w []byte) bool {
	for _, sep := range []byte{'-', '.'} {
		lens, ok := groups(w, sep)
		if !ok {
			continue
		}
		if sameLens(lens, 1, 3, 3, 4) && w[0] == '1' {
			w, lens = w[2:], lens[1:]
		}
		if sameLens(lens, 3, 3, 4) {
			return w[0] >= '2' && w[0] <= '9'
		}
	}
	return false
}

func atoi(w []byte) int {
	n := 0
	for _, c := range w {
		if isDigit(c) {
			n = n*10 + int(c-'0')
		}
	}
	return n
}

// numericDate reports whether w is a date written in digits: 04/12/1961,
// 4-12-61, 1961-04-12, 12.04.1961.
func numericDate(w []byte) bool {
	if len(w) < 6 {
		return false // most numbers: "1/2/24" is the shortest date
	}
	_, ok := dateDigits(w)
	return ok
}

// dateYear returns the year of a date numericDate accepts. A two-digit
// year is the latest not after ref ("62" is 1962, "24" 2024 when ref is
// 2025), or 19yy when ref is 0.
func dateYear(w []byte, ref int) (int, bool) {
	if len(w) < 6 {
		return 0, false
	}
	year, ok := dateDigits(w)
	if !ok {
		return 0, false
	}
	if year < 100 {
		year += 1900
		if ref > 0 && year+100 <= ref {
			year += 100
		}
	}
	return year, true
}

// dateDigits reads the date numericDate accepts and returns its year as
// written ("61" of "4-12-61").
func dateDigits(w []byte) (year int, ok bool) {
	if y, ok := monthDate(w); ok {
		return y, true // "17-FEB-1951"
	}
	lens, parts, ok := dateFields(w)
	if !ok {
		return 0, false
	}
	switch {
	case lens[0] == 4:
		return parts[0], validDate(parts[0], parts[1], parts[2])
	case lens[2] == 4 || lens[2] == 2:
		return parts[2], lens[0] <= 2 && lens[1] <= 2 && (validDate(parts[2], parts[0], parts[1]) || validDate(parts[2], parts[1], parts[0]))
	}
	return 0, false
}

// dateFields reads the three runs of digits of w, their lengths and
// their numbers, parted by '/', '-' or '.': the first byte of w that is
// no digit, and the same after the second run ("04/12/1961"); ok is
// false for any other shape.
func dateFields(w []byte) (lens, nums [3]int, ok bool) {
	var sep byte
	k := 0
	for _, c := range w {
		switch {
		case isDigit(c):
			lens[k]++
			nums[k] = nums[k]*10 + int(c-'0')
		case k == 2 || lens[k] == 0:
			return lens, nums, false // a fourth run, or a separator with no digit before it
		case k == 0 && (c == '/' || c == '-' || c == '.'), k == 1 && c == sep:
			sep, k = c, k+1
		default:
			return lens, nums, false // most numbers: no date's separator
		}
	}
	return lens, nums, k == 2 && lens[2] > 0
}

// monthDate reads a date written day, month abbreviation, year with
// dashes, as clinical research forms and lab systems print one
// ("17-FEB-1951", "3-Nov-26"), and returns its year as written.
func monthDate(w []byte) (int, bool) {
	if len(w) < 8 || len(w) > 11 || w[0] < '0' || w[0] > '9' || w[1] != '-' && w[2] != '-' {
		return 0, false // most words: not this shape (the day has one or two digits)
	}
	d, rest, ok1 := bytes.Cut(w, []byte("-"))
	m, y, ok2 := bytes.Cut(rest, []byte("-"))
	if !ok1 || !ok2 || len(d) > 2 || len(m) != 3 || (len(y) != 2 && len(y) != 4) || !allDigits(d) || !allDigits(y) {
		return 0, false
	}
	month := monthIndex(m)
	if month == 0 || !validDate(atoi(y), month, atoi(d)) {
		return 0, false
	}
	return atoi(y), true
}

// monthIndex returns the month an English three-letter abbreviation
// names, in any case, or 0.
func monthIndex(m []byte) int {
	var low [3]byte
	for i, c := range m {
		low[i] = c | 0x20
	}
	i := strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", string(low[:]))
	if i < 0 || i%3 != 0 {
		return 0
	}
	return i/3 + 1
}

func validDate(year, month, day int) bool {
	if year < 100 {
		year += 1900
	}
	return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// isYear: four digits from 1900 to 2099.
func isYear(w []byte) bool { return len(w) == 4 && allDigits(w) && validDate(atoi(w), 1, 1) }

// isDay: one or two digits from 1 to 31, an ordinal suffix allowed.
func isDay(w []byte) bool {
	if len(w) > 4 {
		return false
	}
	w = bytes.TrimSuffix(bytes.TrimSuffix(bytes.TrimSuffix(bytes.TrimSuffix(w, []byte("st")), []byte("nd")), []byte("rd")), []byte("th"))
	return len(w) >= 1 && len(w) <= 2 && allDigits(w) && atoi(w) >= 1 && atoi(w) <= 31
}
