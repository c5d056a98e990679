package policy

import (
	"bytes"
	"unicode/utf8"
)

// appendDigits appends p to dst with the decimal digits of other scripts
// written as ASCII digits, as the detectors read numbers: a Bengali
// letter's "জন্ম তারিখ ১২/০১/১৯৮৪" is a date of birth, a Persian
// "شماره پرونده: ۴۴۷۱۲" a record number. Most text has none, and is
// copied as it is.
func appendDigits(dst, p []byte) []byte {
	if !nativeDigits(p) {
		return append(dst, p...)
	}
	for len(p) > 0 {
		r, size := utf8.DecodeRune(p)
		if d := digitValue(r); d >= 0 {
			dst = append(dst, byte('0'+d))
		} else {
			dst = append(dst, p[:size]...)
		}
		p = p[size:]
	}
	return dst
}

// nativeDigits reports whether p holds a digit of digitZeros: their
// lead bytes are few, and looked for at memory speed.
func nativeDigits(p []byte) bool {
	for _, lead := range digitLeads {
		for q := p; ; {
			k := bytes.IndexByte(q, lead)
			if k < 0 {
				break
			}
			r, size := utf8.DecodeRune(q[k:])
			if digitValue(r) >= 0 {
				return true
			}
			q = q[k+max(size, 1):]
		}
	}
	return false
}

// digitZeros are the zeros of the decimal digits people write their
// dates and numbers in: Arabic-Indic, Persian and Urdu, Devanagari,
// Bengali, Gurmukhi, Gujarati, Tamil, Thai, Khmer, Myanmar, full-width.
var digitZeros = []rune{0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0E50, 0x17E0, 0x1040, 0xFF10}

// digitLeads are the first bytes of digitZeros' digits in UTF-8.
var digitLeads = func() []byte {
	var leads []byte
	for _, z := range digitZeros {
		for r := z; r < z+10; r++ {
			b := utf8.AppendRune(nil, r)[0]
			if bytes.IndexByte(leads, b) < 0 {
				leads = append(leads, b)
			}
		}
	}
	return leads
}()

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
