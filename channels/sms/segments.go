package sms

import "unicode/utf16"

// Encoding is how a text travels: GSM-7 when every character is in the
// GSM 03.38 alphabet, else UCS-2.
type Encoding string

const (
	GSM7 Encoding = "GSM-7"
	UCS2 Encoding = "UCS-2"
)

// gsmBasic is the GSM 03.38 default alphabet (one septet each) and
// gsmExtension its extension table (an escape and a septet: two).
const (
	gsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
		"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
	gsmExtension = "\f^{}\\[~]|€"
)

var gsmWidth = func() map[rune]int {
	m := map[rune]int{}
	for _, r := range gsmBasic {
		m[r] = 1
	}
	for _, r := range gsmExtension {
		m[r] = 2
	}
	return m
}()

// Segments returns how many SMS segments text takes and in which
// encoding. One segment holds 160 GSM-7 septets or 70 UCS-2 units; a
// longer text is split into parts of 153 septets or 67 units (the rest
// is the concatenation header), never splitting an escaped character or
// a surrogate pair. Carriers bill by segment.
func Segments(text string) (int, Encoding) {
	if text == "" {
		return 0, GSM7
	}
	if widths, ok := gsm(text); ok {
		return pack(widths, 160, 153), GSM7
	}
	var widths []int
	for _, r := range text {
		widths = append(widths, len(utf16.Encode([]rune{r})))
	}
	return pack(widths, 70, 67), UCS2
}

// gsm returns the septets of each character of text, and false if one is
// outside the GSM alphabet.
func gsm(text string) ([]int, bool) {
	var widths []int
	for _, r := range text {
		w, ok := gsmWidth[r]
		if !ok {
			return nil, false
		}
		widths = append(widths, w)
	}
	return widths, true
}

// pack counts the segments units of the given widths fill: one of single
// if all fit, else parts of part each, a unit never split.
func pack(widths []int, single, part int) int {
	total := 0
	for _, w := range widths {
		total += w
	}
	if total <= single {
		return 1
	}
	n, used := 1, 0
	for _, w := range widths {
		if used+w > part {
			n, used = n+1, 0
		}
		used += w
	}
	return n
}
