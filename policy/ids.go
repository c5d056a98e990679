package policy

import "strings"

// countMBI counts Medicare Beneficiary Identifiers: 11 characters shaped
// C A a N A a N A A N N (C digit 1-9, A letter, a letter or digit, N digit;
// letters upper-case, never S L O I B Z), with optional dashes after the
// 4th and 7th character.
func countMBI(t *scanText) int {
	n := 0
	s := t.raw
	for i := 0; i < len(s); i++ {
		if s[i] >= '1' && s[i] <= '9' && boundary(s, i-1) {
			if l := mbiAt(s[i:]); l > 0 && boundary(s, i+l) {
				n++
				i += l - 1
			}
		}
	}
	return n
}

// mbiAt returns the length of an MBI at the start of s, or 0. Dashes are
// all or nothing.
func mbiAt(s string) int {
	const shape = "CAaNAaNAANN"
	j, dashes := 0, 0
	for k := 0; k < len(shape); k++ {
		if (k == 4 || k == 7) && j < len(s) && s[j] == '-' {
			j++
			dashes++
		}
		if j >= len(s) || !mbiChar(shape[k], s[j]) {
			return 0
		}
		j++
	}
	if dashes == 1 {
		return 0
	}
	return j
}

func mbiChar(class, c byte) bool {
	letter := c >= 'A' && c <= 'Z' && !strings.ContainsRune("SLOIBZ", rune(c))
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

// countNPI counts 10-digit numbers right after the keyword NPI that pass
// the Luhn check with the card-issuer prefix 80840, as CMS defines it.
func countNPI(t *scanText) int {
	n := 0
	for _, i := range t.at[keyNPI] {
		if m := npiRE.FindStringSubmatch(t.raw[i:min(i+window, len(t.raw))]); m != nil && luhn("80840"+m[1]) {
			n++
		}
	}
	return n
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
