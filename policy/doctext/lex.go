package doctext

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
)

// The PDF object model: nil, bool, int64, float64, pdfString, name,
// array, dict, ref, *stream; keyword is an operator or other bare word.
type (
	name      string
	keyword   string
	pdfString []byte
	array     []any
	dict      map[name]any
	ref       struct{ num, gen int }
	stream    struct {
		dict dict
		raw  []byte // undecoded data, a slice of the document
	}
)

var errSyntax = errors.New("pdf syntax error")

// tokEnd marks the end of an array or dictionary.
type tokEnd byte

// lexer reads PDF tokens from buf; it never reads past its end.
type lexer struct {
	buf   []byte
	pos   int
	depth int
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func isRegular(c byte) bool { return !isSpace(c) && !isDelim(c) }

// skipSpace skips white space and comments.
func (l *lexer) skipSpace() {
	for l.pos < len(l.buf) {
		switch c := l.buf[l.pos]; {
		case isSpace(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.buf) && l.buf[l.pos] != '\n' && l.buf[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

// eof reports whether only white space is left.
func (l *lexer) eof() bool {
	l.skipSpace()
	return l.pos >= len(l.buf)
}

// token reads one token: a value, a keyword, or tokEnd for "]" and ">>".
// Arrays and dictionaries are read whole, with references resolved to ref
// when refs is set.
func (l *lexer) token(refs bool) (any, error) {
	if l.eof() {
		return nil, errSyntax
	}
	switch c := l.buf[l.pos]; c {
	case '(':
		return l.literal(), nil
	case '/':
		return l.name(), nil
	case '[':
		l.pos++
		return l.array(refs)
	case ']':
		l.pos++
		return tokEnd(']'), nil
	case '<':
		if l.peek(1) == '<' {
			l.pos += 2
			return l.dict(refs)
		}
		return l.hex(), nil
	case '>':
		if l.peek(1) == '>' {
			l.pos += 2
			return tokEnd('>'), nil
		}
	case '{', '}', ')':
		l.pos++
		return keyword(c), nil
	}
	return l.word(refs), nil
}

func (l *lexer) peek(n int) byte {
	if l.pos+n < len(l.buf) {
		return l.buf[l.pos+n]
	}
	return 0
}

// value reads one token that must be a value.
func (l *lexer) value(refs bool) (any, error) {
	v, err := l.token(refs)
	if _, end := v.(tokEnd); end && err == nil {
		return nil, errSyntax
	}
	return v, err
}

func (l *lexer) array(refs bool) (any, error) {
	if l.depth++; l.depth > maxDepth {
		return nil, errSyntax
	}
	defer func() { l.depth-- }()
	a := make(array, 0, 8)
	for {
		v, err := l.token(refs)
		if err != nil {
			return a, err
		}
		if v == tokEnd(']') {
			return a, nil
		}
		a = append(a, v)
	}
}

func (l *lexer) dict(refs bool) (any, error) {
	if l.depth++; l.depth > maxDepth {
		return nil, errSyntax
	}
	defer func() { l.depth-- }()
	d := dict{}
	for {
		k, err := l.token(refs)
		if err != nil || k == tokEnd('>') {
			return d, err
		}
		key, ok := k.(name)
		if !ok {
			continue // tolerate junk between entries
		}
		v, err := l.value(refs)
		if err != nil {
			return d, err
		}
		d[key] = v
	}
}

// word reads a number, a reference (when refs is set) or a keyword.
func (l *lexer) word(refs bool) any {
	start := l.pos
	for l.pos < len(l.buf) && isRegular(l.buf[l.pos]) {
		l.pos++
	}
	if l.pos == start { // a lone '>'
		l.pos++
		return keyword(l.buf[start:l.pos])
	}
	w := l.buf[start:l.pos]
	if c := w[0]; c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9') {
		return l.number(w, refs)
	}
	if k, ok := keywords[string(w)]; ok {
		return k
	}
	return keyword(w)
}

// keywords are the common words, read without allocating.
var keywords = map[string]any{"true": true, "false": false, "null": nil}

func init() {
	for _, op := range strings.Fields("obj endobj stream endstream R BT ET Tf Td TD Tm T* Tj TJ ' \" Tc Tw Tz TL Ts Tr " +
		"q Q cm re f F f* S s B B* b b* n W W* m l c v y h g G rg RG k K cs CS sc SC scn SCN gs Do BDC EMC BMC MP DP d i j J M w") {
		keywords[op] = keyword(op)
	}
}

// number reads a number, or a keyword that only looks like one.
func (l *lexer) number(w []byte, refs bool) any {
	if n, ok := parseInt(w); ok {
		if refs {
			if r, ok := l.ref(n); ok {
				return r
			}
		}
		return n
	}
	if f, ok := parseReal(string(w)); ok {
		return f
	}
	return keyword(w)
}

// parseInt parses an optionally signed decimal integer of up to 18 digits.
func parseInt(w []byte) (int64, bool) {
	neg := w[0] == '-'
	if w[0] == '-' || w[0] == '+' {
		w = w[1:]
	}
	if len(w) == 0 || len(w) > 18 {
		return 0, false
	}
	var n int64
	for _, c := range w {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// ref reads the "G R" that makes n a reference, or leaves pos alone.
func (l *lexer) ref(n int64) (ref, bool) {
	save := l.pos
	l.skipSpace()
	gen, ok := l.digits()
	if ok && l.pos < len(l.buf) && isSpace(l.buf[l.pos]) {
		l.skipSpace()
		if l.pos < len(l.buf) && l.buf[l.pos] == 'R' && (l.pos+1 == len(l.buf) || !isRegular(l.buf[l.pos+1])) {
			l.pos++
			if n >= 0 && n < 1<<31 && gen < 1<<16 {
				return ref{int(n), gen}, true
			}
		}
	}
	l.pos = save
	return ref{}, false
}

// digits reads an unsigned decimal integer of at most 9 digits.
func (l *lexer) digits() (int, bool) {
	n, start := 0, l.pos
	for l.pos < len(l.buf) && l.buf[l.pos] >= '0' && l.buf[l.pos] <= '9' && l.pos-start < 9 {
		n = n*10 + int(l.buf[l.pos]-'0')
		l.pos++
	}
	return n, l.pos > start
}

// parseReal parses a PDF real such as "-.5" or "3.", tolerating "--1".
func parseReal(w string) (float64, bool) {
	for len(w) > 1 && (w[0] == '-' || w[0] == '+') && (w[1] == '-' || w[1] == '+') {
		w = w[1:]
	}
	f, err := strconv.ParseFloat(w, 64)
	if err != nil || w == "" || !(w[0] == '-' || w[0] == '+' || w[0] == '.' || (w[0] >= '0' && w[0] <= '9')) {
		return 0, false
	}
	return f, true
}

func (l *lexer) name() name {
	l.pos++ // '/'
	var b []byte
	for l.pos < len(l.buf) && isRegular(l.buf[l.pos]) {
		c := l.buf[l.pos]
		if c == '#' && l.pos+2 < len(l.buf) {
			if v, ok := hexByte(l.buf[l.pos+1], l.buf[l.pos+2]); ok {
				c = v
				l.pos += 2
			}
		}
		b = append(b, c)
		l.pos++
	}
	return name(b)
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func hexByte(a, b byte) (byte, bool) {
	x, ok1 := unhex(a)
	y, ok2 := unhex(b)
	return x<<4 | y, ok1 && ok2
}

// hex reads a hex string; an odd final digit is followed by 0.
func (l *lexer) hex() pdfString {
	l.pos++ // '<'
	var b []byte
	half, odd := byte(0), false
	for ; l.pos < len(l.buf) && l.buf[l.pos] != '>'; l.pos++ {
		v, ok := unhex(l.buf[l.pos])
		if !ok {
			continue
		}
		if odd {
			b = append(b, half<<4|v)
		}
		half, odd = v, !odd
	}
	if odd {
		b = append(b, half<<4)
	}
	l.pos++
	return pdfString(b)
}

// literal reads a (string) with its escapes and balanced parentheses. A
// string without any is a slice of buf.
func (l *lexer) literal() pdfString {
	l.pos++ // '('
	if end := bytes.IndexAny(l.buf[l.pos:], "()\\\r"); end >= 0 && l.buf[l.pos+end] == ')' {
		s := l.buf[l.pos : l.pos+end : l.pos+end]
		l.pos += end + 1
		return pdfString(s)
	}
	var b []byte
	for nest := 0; l.pos < len(l.buf); {
		c := l.buf[l.pos]
		l.pos++
		switch {
		case c == '\\':
			b = l.escape(b)
		case c == '(':
			nest++
		case c == ')' && nest == 0:
			return pdfString(b)
		case c == ')':
			nest--
		case c == '\r': // an end of line reads as \n
			if l.pos < len(l.buf) && l.buf[l.pos] == '\n' {
				l.pos++
			}
			c = '\n'
		}
		if c != '\\' {
			b = append(b, c)
		}
	}
	return pdfString(b)
}

var escapes = map[byte]byte{'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f', '(': '(', ')': ')', '\\': '\\'}

// escape reads what follows a backslash in a literal string.
func (l *lexer) escape(b []byte) []byte {
	if l.pos >= len(l.buf) {
		return b
	}
	c := l.buf[l.pos]
	l.pos++
	switch {
	case escapes[c] != 0:
		return append(b, escapes[c])
	case c >= '0' && c <= '7':
		v := int(c - '0')
		for i := 0; i < 2 && l.pos < len(l.buf) && l.buf[l.pos] >= '0' && l.buf[l.pos] <= '7'; i++ {
			v = v*8 + int(l.buf[l.pos]-'0')
			l.pos++
		}
		return append(b, byte(v))
	case c == '\r': // line continuation
		if l.pos < len(l.buf) && l.buf[l.pos] == '\n' {
			l.pos++
		}
		return b
	case c == '\n':
		return b
	}
	return append(b, c)
}
