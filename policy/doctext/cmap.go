package doctext

import (
	"slices"
	"strings"
	"unicode/utf16"
)

// maxRangeSpan bounds one bfrange; longer ones are cut.
const maxRangeSpan = 1 << 16

// codeKey is a character code of n bytes.
type codeKey struct {
	code uint32
	n    uint8
}

// csRange is a codespace range: codes of len(lo) bytes, each byte within.
type csRange struct{ lo, hi []byte }

// bfRange maps the codes lo to hi of n bytes: to dst with its last unit
// incremented, or to the strings of list.
type bfRange struct {
	key    codeKey // lo
	hi     uint32
	dst    []uint16
	list   []string
	hasDst bool
}

// cmap is a parsed CMap: its codespace and, for a ToUnicode CMap, the
// text of each code.
type cmap struct {
	space  []csRange
	single map[codeKey]string
	ranges []bfRange // sorted by key.code
}

// parseCMap reads the codespace, bfchar and bfrange sections of a CMap;
// everything else (cidrange, usecmap) is skipped.
func parseCMap(data []byte) *cmap {
	c := &cmap{single: map[codeKey]string{}}
	l := &lexer{buf: data}
	var ops []any
	for !l.eof() {
		v, err := l.token(false)
		if err != nil {
			break
		}
		kw, ok := v.(keyword)
		if !ok {
			if len(ops) < 3*100_000 {
				ops = append(ops, v)
			}
			continue
		}
		c.section(string(kw), ops)
		ops = ops[:0]
	}
	slices.SortFunc(c.ranges, func(a, b bfRange) int { return int(a.key.code) - int(b.key.code) })
	return c
}

func (c *cmap) section(kw string, ops []any) {
	switch kw {
	case "endcodespacerange":
		for i := 0; i+1 < len(ops); i += 2 {
			lo, ok1 := ops[i].(pdfString)
			hi, ok2 := ops[i+1].(pdfString)
			if ok1 && ok2 && len(lo) == len(hi) && len(lo) >= 1 && len(lo) <= 4 {
				c.space = append(c.space, csRange{lo, hi})
			}
		}
	case "endbfchar":
		for i := 0; i+1 < len(ops); i += 2 {
			if k, ok := keyOf(ops[i]); ok {
				c.single[k] = dstText(ops[i+1])
			}
		}
	case "endbfrange":
		for i := 0; i+2 < len(ops); i += 3 {
			c.addRange(ops[i], ops[i+1], ops[i+2])
		}
	}
}

// keyOf reads a code from a string of 1 to 4 bytes.
func keyOf(v any) (codeKey, bool) {
	s, ok := v.(pdfString)
	if !ok || len(s) == 0 || len(s) > 4 {
		return codeKey{}, false
	}
	var code uint32
	for _, b := range s {
		code = code<<8 | uint32(b)
	}
	return codeKey{code, uint8(len(s))}, true
}

func (c *cmap) addRange(lo, hi, dst any) {
	k, ok1 := keyOf(lo)
	h, ok2 := keyOf(hi)
	if !ok1 || !ok2 || h.code < k.code {
		return
	}
	r := bfRange{key: k, hi: min(h.code, k.code+maxRangeSpan-1)}
	switch d := dst.(type) {
	case pdfString:
		r.dst, r.hasDst = utf16Units(d), true
	case array:
		for _, x := range d[:min(len(d), maxRangeSpan)] {
			r.list = append(r.list, dstText(x))
		}
	default:
		return
	}
	c.ranges = append(c.ranges, r)
}

func utf16Units(s pdfString) []uint16 {
	u := make([]uint16, 0, len(s)/2+1)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	if len(s)%2 == 1 {
		u = append(u, uint16(s[len(s)-1]))
	}
	return u
}

// dstText reads a bfchar destination: UTF-16BE text or a glyph name.
func dstText(v any) string {
	switch d := v.(type) {
	case pdfString:
		return expandLigatures(string(utf16.Decode(utf16Units(d))))
	case name:
		if t, ok := glyphText(string(d)); ok {
			return t
		}
	}
	return "\uFFFD"
}

// lookup returns the text of a code and whether the CMap maps it.
func (c *cmap) lookup(k codeKey) (string, bool) {
	if t, ok := c.single[k]; ok {
		return t, true
	}
	i, _ := slices.BinarySearchFunc(c.ranges, k.code+1, func(r bfRange, code uint32) int { return int(r.key.code) - int(code) })
	for j := i - 1; j >= 0 && j >= i-4; j-- { // nearest ranges starting at or below k
		if r := c.ranges[j]; r.key.n == k.n && k.code <= r.hi {
			return r.text(k.code - r.key.code), true
		}
	}
	return "", false
}

func (r *bfRange) text(off uint32) string {
	if !r.hasDst {
		if int(off) < len(r.list) {
			return r.list[off]
		}
		return "\uFFFD"
	}
	u := slices.Clone(r.dst)
	if len(u) == 0 {
		return ""
	}
	u[len(u)-1] += uint16(off)
	return expandLigatures(string(utf16.Decode(u)))
}

// codeLen returns the length of the code that starts b per the codespace,
// or def when no range holds it.
func (c *cmap) codeLen(b []byte, def int) int {
	for n := 1; n <= 4 && n <= len(b); n++ {
		for _, r := range c.space {
			if len(r.lo) == n && inRange(b[:n], r) {
				return n
			}
		}
	}
	return def
}

func inRange(b []byte, r csRange) bool {
	for i := range b {
		if b[i] < r.lo[i] || b[i] > r.hi[i] {
			return false
		}
	}
	return true
}

var ligatures = strings.NewReplacer("\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl",
	"\uFB03", "ffi", "\uFB04", "ffl", "\uFB05", "st", "\uFB06", "st")

// expandLigatures spells ligature characters as their letters, so that
// "ﬁle" reads "file".
func expandLigatures(s string) string {
	for _, r := range s {
		if r >= 0xFB00 && r <= 0xFB06 {
			return ligatures.Replace(s)
		}
	}
	return s
}
