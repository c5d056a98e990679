package sms

import (
	"strings"
	"testing"
)

func TestSegments(t *testing.T) {
	cases := []struct {
		text string
		n    int
		enc  Encoding
	}{
		{"", 0, GSM7},
		{"Your appointment is tomorrow at 9:00.", 1, GSM7},
		{strings.Repeat("a", 160), 1, GSM7},
		{strings.Repeat("a", 161), 2, GSM7},
		{strings.Repeat("a", 306), 2, GSM7},
		{strings.Repeat("a", 307), 3, GSM7},
		{strings.Repeat("€", 80), 1, GSM7},                                  // 160 septets: escape + septet each
		{strings.Repeat("€", 81), 2, GSM7},                                  // 162
		{strings.Repeat("a", 152) + "€" + strings.Repeat("a", 10), 2, GSM7}, // the € is not split: 152 | 2+10
		{strings.Repeat("a", 70) + "ü", 1, GSM7},                            // ü is in the GSM alphabet
		{"Cita mañana: ¿confirma? Si", 1, GSM7},
		{"Cita mañana: ¿confirma? Sí", 1, UCS2}, // í is not in the GSM alphabet
		{"Tu cita es mañana — llame", 1, UCS2},  // the em dash is not GSM
		{strings.Repeat("é", 70) + "ę", 2, UCS2},
		{strings.Repeat("世", 70), 1, UCS2},
		{strings.Repeat("世", 71), 2, UCS2},
		{strings.Repeat("😀", 35), 1, UCS2},                          // surrogate pairs: 70 units
		{strings.Repeat("x", 66) + strings.Repeat("😀", 3), 2, UCS2}, // 66 | pair not split
	}
	for _, c := range cases {
		if n, enc := Segments(c.text); n != c.n || enc != c.enc {
			t.Errorf("Segments(%.20q… %d runes) = %d %s, want %d %s", c.text, len([]rune(c.text)), n, enc, c.n, c.enc)
		}
	}
}
