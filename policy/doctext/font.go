package doctext

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
)

// font turns the codes of shown strings into text and advance widths.
type font struct {
	composite bool
	toUnicode *cmap    // nil when absent
	space     *cmap    // the codespace of a composite font's encoding, or nil
	identity  bool     // composite: code is CID
	utf16     bool     // composite: a UCS-2/UTF-16 encoding, code is text
	text      []string // simple: the text of each code, "" unknown
	widths    []float64
	cidWidths []cidWidth
	dw        float64 // default width, thousandths of an em
	scale     float64 // Type3: FontMatrix scale relative to 1/1000
}

// cidWidth gives CIDs lo to hi the width w.
type cidWidth struct {
	lo, hi int
	w      float64
}

const unknownText = "\uFFFD"

// loadFont reads a font dictionary.
func (d *document) loadFont(fd dict) *font {
	f := &font{dw: 1000, scale: 1}
	if tu, ok := d.resolve(fd["ToUnicode"]).(*stream); ok {
		if data, err := d.decode(tu); err == nil {
			f.toUnicode = parseCMap(data)
		}
	}
	if fd["Subtype"] == name("Type0") {
		d.loadComposite(f, fd)
		return f
	}
	d.loadSimple(f, fd)
	return f
}

// loadComposite reads a Type0 font's encoding and its descendant's widths.
func (d *document) loadComposite(f *font, fd dict) {
	f.composite = true
	switch enc := d.resolve(fd["Encoding"]).(type) {
	case name:
		s := string(enc)
		f.identity = strings.HasPrefix(s, "Identity-")
		f.utf16 = strings.Contains(s, "UCS2") || strings.Contains(s, "UTF16")
	case *stream:
		if data, err := d.decode(enc); err == nil {
			f.space = parseCMap(data)
		}
	}
	desc, _ := d.resolve(fd["DescendantFonts"]).(array)
	if len(desc) == 0 {
		return
	}
	cf := d.dictOf(desc[0])
	if dw, ok := number(d.resolve(cf["DW"])); ok {
		f.dw = dw
	}
	f.cidWidths = d.parseW(d.resolve(cf["W"]))
}

// parseW reads a /W array: "c [w1 w2 …]" and "c1 c2 w" entries.
func (d *document) parseW(v any) []cidWidth {
	a, _ := v.(array)
	var out []cidWidth
	for i := 0; i+1 < len(a) && len(out) < maxRangeSpan; {
		lo, ok := number(d.resolve(a[i]))
		if !ok {
			return out
		}
		if ws, ok := d.resolve(a[i+1]).(array); ok {
			for j, w := range ws {
				wn, _ := number(d.resolve(w))
				out = append(out, cidWidth{int(lo) + j, int(lo) + j, wn})
			}
			i += 2
			continue
		}
		if i+2 >= len(a) {
			return out
		}
		hi, _ := number(d.resolve(a[i+1]))
		w, _ := number(d.resolve(a[i+2]))
		out = append(out, cidWidth{int(lo), int(hi), w})
		i += 3
	}
	slices.SortFunc(out, func(x, y cidWidth) int { return x.lo - y.lo })
	return out
}

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

// loadSimple reads a simple font's encoding and widths.
func (d *document) loadSimple(f *font, fd dict) {
	desc := d.dictOf(fd["FontDescriptor"])
	base, _ := fd["BaseFont"].(name)
	f.text = d.encoding(fd, desc, string(base))
	f.widths = d.simpleWidths(fd, desc, string(base))
	if fd["Subtype"] == name("Type3") {
		if m, ok := d.resolve(fd["FontMatrix"]).(array); ok && len(m) > 0 {
			if s, ok := number(d.resolve(m[0])); ok {
				f.scale = s * 1000
			}
		}
	}
}

// encoding returns the text of each code of a simple font: its base
// encoding with /Differences applied.
func (d *document) encoding(fd, desc dict, base string) []string {
	var runes *[256]rune
	var diffs array
	switch enc := d.resolve(fd["Encoding"]).(type) {
	case name:
		runes = namedEncoding(enc)
	case dict:
		bn, _ := d.resolve(enc["BaseEncoding"]).(name)
		runes = namedEncoding(bn)
		diffs, _ = d.resolve(enc["Differences"]).(array)
	}
	if runes == nil {
		runes = defaultEncoding(fd, desc, base)
	}
	text := make([]string, 256)
	if runes != nil {
		for c, r := range runes {
			if r != 0 {
				text[c] = expandLigatures(string(r))
			}
		}
	}
	d.applyDifferences(text, diffs)
	return text
}

func namedEncoding(n name) *[256]rune {
	switch n {
	case "WinAnsiEncoding":
		return &winAnsiEncoding
	case "MacRomanEncoding":
		return &macRomanEncoding
	case "StandardEncoding":
		return &standardEncoding
	}
	return nil
}

// defaultEncoding guesses the built-in encoding of a simple font without
// one: standard for a non-symbolic font, none (unreadable) for a symbolic
// font other than the standard Latin ones.
func defaultEncoding(fd, desc dict, base string) *[256]rune {
	flags, _ := desc["Flags"].(int64)
	symbolic := flags&4 != 0 && flags&32 == 0
	if symbolic && standardMetrics(base) == nil && !strings.Contains(base, "Courier") {
		return nil
	}
	if strings.Contains(base, "Symbol") || strings.Contains(base, "Dingbats") {
		return nil
	}
	if fd["Subtype"] == name("TrueType") {
		return &winAnsiEncoding
	}
	return &standardEncoding
}

// applyDifferences overrides codes with the glyph names of a
// /Differences array: a code, then the names of it and the codes after.
func (d *document) applyDifferences(text []string, diffs array) {
	code := 0
	for _, v := range diffs {
		switch x := d.resolve(v).(type) {
		case int64:
			code = int(min(max(x, 0), 256))
		case name:
			if code < 256 {
				t, ok := glyphText(string(x))
				if !ok {
					t = unknownText
				}
				text[code] = t
				code++
			}
		}
	}
}

// glyphText returns the text a glyph name stands for: an Adobe Glyph List
// name, uniXXXX, uXXXX[XX], with a .suffix dropped and _ joining parts.
func glyphText(n string) (string, bool) {
	if r, ok := glyphRunes[n]; ok {
		return expandLigatures(string(r)), true
	}
	if i := strings.IndexByte(n, '.'); i > 0 {
		n = n[:i]
		if r, ok := glyphRunes[n]; ok {
			return expandLigatures(string(r)), true
		}
	}
	if strings.Contains(n, "_") {
		return joinGlyphs(strings.Split(n, "_"))
	}
	return uniName(n)
}

func joinGlyphs(parts []string) (string, bool) {
	var b strings.Builder
	for _, p := range parts {
		t, ok := glyphText(p)
		if !ok || strings.Contains(p, "_") || p == "" {
			return "", false
		}
		b.WriteString(t)
	}
	return b.String(), true
}

// uniName reads uniXXXX[XXXX…] and uXXXX[XX] glyph names.
func uniName(n string) (string, bool) {
	switch {
	case strings.HasPrefix(n, "uni") && len(n) >= 7 && (len(n)-3)%4 == 0:
		var u []uint16
		for i := 3; i < len(n); i += 4 {
			v, err := strconv.ParseUint(n[i:i+4], 16, 16)
			if err != nil {
				return "", false
			}
			u = append(u, uint16(v))
		}
		return expandLigatures(string(utf16.Decode(u))), true
	case strings.HasPrefix(n, "u") && len(n) >= 5 && len(n) <= 7:
		v, err := strconv.ParseUint(n[1:], 16, 32)
		if err != nil || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000) {
			return "", false
		}
		return expandLigatures(string(rune(v))), true
	}
	return "", false
}

// simpleWidths returns the widths of a simple font's 256 codes, from
// /Widths or, for a standard font without them, its metrics.
func (d *document) simpleWidths(fd, desc dict, base string) []float64 {
	def, ok := number(d.resolve(desc["MissingWidth"]))
	if !ok || def <= 0 {
		def = 500
	}
	w := make([]float64, 256)
	for i := range w {
		w[i] = def
	}
	if ws, ok := d.resolve(fd["Widths"]).(array); ok {
		first := intOr(d.resolve(fd["FirstChar"]), 0)
		for i, v := range ws {
			if c := first + i; c >= 0 && c < 256 {
				w[c], _ = number(d.resolve(v))
			}
		}
		return w
	}
	standardWidths(w, base)
	return w
}

// standardWidths fills codes 32 to 126 from a standard font's metrics.
func standardWidths(w []float64, base string) {
	if strings.Contains(base, "Courier") {
		for c := 32; c < 127; c++ {
			w[c] = 600
		}
		return
	}
	if m := standardMetrics(base); m != nil {
		for c := 32; c < 127; c++ {
			w[c] = float64(m[c-32])
		}
	}
}

// standardMetrics returns the metrics of the standard font that base
// names or resembles, or nil.
func standardMetrics(base string) *[95]uint16 {
	bold := strings.Contains(base, "Bold") || strings.Contains(base, "Black")
	switch {
	case strings.Contains(base, "Helvetica") || strings.Contains(base, "Arial"):
		if bold {
			return &helveticaBoldWidths
		}
		return &helveticaWidths
	case strings.Contains(base, "Times"):
		if bold {
			return &timesBoldWidths
		}
		return &timesWidths
	}
	return nil
}

// next splits the code that starts s: its key and text.
func (f *font) next(s []byte) (codeKey, string) {
	if !f.composite {
		return codeKey{uint32(s[0]), 1}, f.simpleText(s[0])
	}
	n := 2
	switch {
	case f.space != nil:
		n = f.space.codeLen(s, 2)
	case !f.identity && !f.utf16 && f.toUnicode != nil:
		n = f.toUnicode.codeLen(s, 2)
	}
	n = min(n, len(s))
	k, _ := keyOf(pdfString(s[:n]))
	return k, f.compositeText(k)
}

func (f *font) simpleText(c byte) string {
	if f.toUnicode != nil {
		if t, ok := f.toUnicode.lookup(codeKey{uint32(c), 1}); ok {
			return t
		}
	}
	if t := f.text[c]; t != "" {
		return t
	}
	return unknownText
}

func (f *font) compositeText(k codeKey) string {
	if f.toUnicode != nil {
		if t, ok := f.toUnicode.lookup(k); ok {
			return t
		}
	}
	if f.utf16 && k.n == 2 && (k.code < 0xD800 || k.code >= 0xE000) {
		return string(rune(k.code))
	}
	return unknownText
}

// width returns the advance of a code in thousandths of an em.
func (f *font) width(k codeKey) float64 {
	if !f.composite {
		return f.widths[k.code&0xFF] * f.scale
	}
	if !f.identity {
		return f.dw
	}
	cid := int(k.code)
	i, _ := slices.BinarySearchFunc(f.cidWidths, cid+1, func(w cidWidth, c int) int { return w.lo - c })
	if i > 0 && cid <= f.cidWidths[i-1].hi {
		return f.cidWidths[i-1].w
	}
	return f.dw
}
