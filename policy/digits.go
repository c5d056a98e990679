package policy

import "unicode/utf8"

// asciiDigits rewrites in place the decimal digits of other scripts in
// b as ASCII digits, as the detectors read numbers: a Bengali letter's
// "জন্ম তারিখ ১২/০১/১৯৮৪" is a date of birth, a Persian "شماره پرونده:
// ۴۴۷۱۲" a record number. It returns b shortened to what it holds now.
func asciiDigits(b []byte) []byte {
	n := 0
	for k := 0; k < len(b); {
		if b[k] < utf8.RuneSelf {
			b[n] = b[k]
			n, k = n+1, k+1
			continue
		}
		r, size := utf8.DecodeRune(b[k:])
		if d := digitValue(r); d >= 0 {
			b[n] = byte('0' + d)
			n++
		} else {
			n += copy(b[n:], b[k:k+size])
		}
		k += size
	}
	return b[:n]
}

// digitZeros are the zeros of the decimal digits people write their
// dates and numbers in: Arabic-Indic, Persian and Urdu, Devanagari,
// Bengali, Gurmukhi, Gujarati, Tamil, Thai, Khmer, Myanmar, full-width.
var digitZeros = []rune{0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0E50, 0x17E0, 0x1040, 0xFF10}

// digitValue returns the value of r if it is one of digitZeros' digits,
// or -1.
func digitValue(r rune) int {
	if r < 0x0660 {
		return -1
	}
	for _, z := range digitZeros {
		if r >= z && r < z+10 {
			return int(r - z)
		}
	}
	return -1
}
