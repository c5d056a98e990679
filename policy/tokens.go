package policy

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// span is one word of a text: its bytes [start, end) and what it holds.
type span struct {
	start, end int32
	digit      bool   // holds a digit
	letter     bool   // holds a letter
	hashed     bool   // hash is the folded word's: an ASCII word
	shaped     bool   // no digit, six bytes or more, ending as a clinical suffix may (mayShape)
	split      bool   // holds a '/' or '-': "dolutegravir/lamivudine", "Methadon-Lösung" may hold terms
	memo       uint8  // what scanner.name and scanner.givenName found of the word, once asked (memoName…)
	quiet      bool   // lower-case ASCII letters that no rule of the word's own reads (quietWord)
	hash       uint64 // wordHash of the lower-cased word
}

// tokenize appends to dst the words of b: runs of letters and digits,
// joined inside a word by '-', '/', '.' or an apostrophe ("x-ray",
// "mg/dl", "d.o.b", "E11.9", "parkinson's"). Han, Hiragana, Katakana and
// Hangul characters are a word each.
func tokenize(b []byte, dst []span) []span {
	dst, _ = tokenizeNative(b, dst)
	return dst
}

// tokenizeNative is tokenize, and reports whether a word holds a digit
// of another script than ASCII's.
func tokenizeNative(b []byte, dst []span) ([]span, bool) {
	native := false
	for i := 0; i < len(b); {
		if i, dst = plainWords(b, i, dst); i >= len(b) { // most words
			break
		}
		c := byteClass[b[i]]
		if c == classSep {
			i++
			continue
		}
		if c == classHigh {
			r, size := utf8.DecodeRune(b[i:])
			if ideographic(r) {
				dst = append(dst, span{start: int32(i), end: int32(i + size), letter: true})
			}
			if ideographic(r) || !wordRune(r) {
				i += size
				continue
			}
		}
		start := i
		var f uint8
		for ; i < len(b); i++ { // mostly ASCII to the end (wordEnd, inlined)
			a := asciiWord[b[i]]
			if a == 0 {
				break
			}
			f |= a
		}
		if i < len(b) && b[i] >= utf8.RuneSelf {
			i, f = wordEnd(b, i, f)
		}
		digit, letter, ascii := f&classDigitBit != 0, f&classLetterBit != 0, f&classHighBit == 0
		split := f&classSplitBit != 0
		if f&classQuoteBit != 0 && letter {
			start = elided(b, start, i) // "l'échocardiographie"
		}
		if ascii && c != classJoiner && byteClass[b[i-1]] != classJoiner { // mostly nothing to trim
			var h uint64
			if n := i - start; n < 8 && start+8 <= len(b) {
				h = shortHash(binary.LittleEndian.Uint64(b[start:]), n) // wordHashAt, inlined
			} else {
				h = wordHash(b[start:i])
			}
			shaped := i-start >= 6 && !digit && mayShape(b[i-4:i])
			dst = append(dst, span{start: int32(start), end: int32(i), digit: digit, letter: letter, hashed: true,
				shaped: shaped, split: split, hash: h,
				quiet: f == classLetterBit && !shaped && i < len(b) && quietWord(byteBefore(b, start), b[start], b[i], i-start)})
			continue
		}
		native = native || f&classNativeBit != 0
		n := len(dst)
		dst = appendSpan(dst, b, start, i, digit, letter)
		if len(dst) > n && ascii {
			dst[n].hashed, dst[n].hash = true, wordHashAt(b, int(dst[n].start), int(dst[n].end))
		}
		if len(dst) > n {
			dst[n].split = split
		}
	}
	return dst, native
}

// quietWord reports whether the word of n ASCII letters that begins
// with c, after the byte prev (0 at the text's start) and before the
// byte next, is one that no rule of scanner.word reads for itself,
// whatever the scanner knows: a lower-case word, not "de" or "do"
// (words: relativeOf), not inside a bracket (kinParen), not before '@',
// '|' or '*' (an address, a pasted segment). Whether a keyword before it
// or the matcher wants it is for scanner.quiet to say.
func quietWord(prev, c, next byte, n int) bool {
	return c >= 'a' && (c != 'd' || n > 3) && prev != '(' && next != '@' && next != '|' && next != '*'
}

// byteBefore returns the byte before b[i], or 0 at b's start.
func byteBefore(b []byte, i int) byte {
	if i == 0 {
		return 0
	}
	return b[i-1]
}

// letterRun returns how many of the eight bytes of the little-endian
// word v, from its first, are ASCII letters.
func letterRun(v uint64) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	x := v | lowerMask // a letter is now between 'a' and 'z', any other byte 0x20 or more
	// A byte's high bit is flagged when it is below 'a' (x - 'a' borrows:
	// 0xbf or more), above 'z' up to 0xfa (x + 0x7f-'z' is 0x80 or more),
	// or 0xfb or more (x - 'a' is 0x9a or more). A letter flags neither
	// and neither borrows nor carries: each flag is exact up to the first.
	flags := ((x - 'a'*ones) | (x + (0x7f-'z')*ones)) & high
	return bits.TrailingZeros64(flags) / 8
}

// plainWords adds the words of b from i on while they are plain: ASCII
// words of fewer than sixteen bytes, from a letter or a digit, that a
// space or a punctuation mark ends: letters alone (most words, read
// eight at a time), or letters and digits and the joiners between them.
// It returns where the first other word starts, or where b holds fewer
// than sixteen bytes from i: the full path takes it from there.
func plainWords(b []byte, i int, dst []span) (int, []span) {
	// Room for a word up front keeps the compiler from giving the loop's
	// appends a stack buffer to move to the heap on return, and the loop
	// a flag to carry for it (the scanner's dst has room: it is reused).
	dst = slices.Grow(dst, 1)
	// With b's capacity its length, and i known not negative, one bound
	// checks the loop and each window.
	b = b[:len(b):len(b)]
	for i >= 0 && i+16 <= len(b) {
		p := (*[16]byte)(b[i : i+16]) // a word of fifteen bytes and the one that ends it
		c := byteClass[p[0]]
		if c == classSep {
			i++
			continue
		}
		n := 0 // letters at p's start
		if c == classLetter {
			v, w := binary.LittleEndian.Uint64(p[:8]), binary.LittleEndian.Uint64(p[8:16])
			n = letterRun(v)
			if n == 8 {
				n += letterRun(w)
			}
			if n < 16 && byteClass[p[n]] == classSep { // most words: letters, then a space or a punctuation mark
				var h uint64
				if n < 8 {
					h = shortHash(v, n)
				} else {
					h = longHash(v, w, n)
				}
				end := i + n
				shaped := n >= 6 && mayShape(p[n-4:n])
				dst = append(dst, span{start: int32(i), end: int32(end), letter: true, hashed: true, shaped: shaped, hash: h,
					quiet: !shaped && quietWord(byteBefore(b, i), p[0], p[n], n)})
				i = end + 1
				continue
			}
		} else if c != classDigit {
			break
		}
		next := 0
		if next, dst = appendShortWord(dst, p, i, n); next == i {
			break
		}
		i = next
	}
	return i, dst
}

// appendShortWord adds the word that p starts with, at b[i], from a
// letter or a digit, when it ends inside p: digits, or letters with
// digits or joiners ("x-ray", "E11.9", "555-201-0134.", "Tuesday."),
// without the joiners that end it. The loop has read its first letters
// bytes, all letters. It returns where the next word may start, or i for
// a word the full path reads: a longer one, one that goes on past ASCII,
// one with an apostrophe (elided's to read). None is quiet: the loop
// takes the words of letters alone.
func appendShortWord(dst []span, p *[16]byte, i, letters int) (int, []span) {
	run, f := letters, uint8(0)
	if letters > 0 {
		f = classLetterBit
	}
	for _, c := range p[run:] {
		if asciiWord[c] == 0 {
			break
		}
		f |= asciiWord[c]
		run++
	}
	if run == 16 || p[run] >= utf8.RuneSelf || f&classQuoteBit != 0 {
		return i, dst
	}
	n := run
	for byteClass[p[n-1]] == classJoiner { // as appendSpan trims them
		n--
	}
	var h uint64
	if v := binary.LittleEndian.Uint64(p[:8]); n < 8 {
		h = shortHash(v, n)
	} else {
		h = longHash(v, binary.LittleEndian.Uint64(p[8:16]), n)
	}
	digit := f&classDigitBit != 0
	dst = append(dst, span{start: int32(i), end: int32(i + n), digit: digit, letter: f&classLetterBit != 0, hashed: true,
		shaped: n >= 6 && !digit && mayShape(p[n-4:n]), split: f&classSplitBit != 0, hash: h})
	return i + run + 1, dst // past the byte that ends it
}

// elided returns where the word in b[start:end] begins after the elided
// article French and Italian write before it ("l'échocardiographie",
// "d'hypertension", "dell'ecografia"), or start.
func elided(b []byte, start, end int) int {
	for k := start + 1; k < end && k <= start+4; k++ {
		quote := 0
		switch {
		case b[k] == '\'':
			quote = 1
		case k+3 <= end && string(b[k:k+3]) == "’":
			quote = 3
		}
		if quote == 0 {
			continue
		}
		if k+quote < end && elisions.has(lowerASCII(b[start:k])) {
			return k + quote
		}
		return start
	}
	return start
}

// elisions are the articles and prepositions French and Italian elide
// before a vowel.
var elisions = wordSet(`l d j m n s t c qu dell nell all dall sull un`)

// lowerASCII lower-cases a short ASCII word into a scratch array.
func lowerASCII(w []byte) []byte {
	var buf [8]byte
	n := copy(buf[:], w)
	for k := range n {
		buf[k] |= lowerBit[buf[k]]
	}
	return buf[:n]
}

// wordEnd returns where the word going on at i past ASCII ends and what
// it holds, added to f: classLetterBit, classDigitBit, classQuoteBit (an
// apostrophe, ' or ’), classHighBit (a byte past ASCII).
func wordEnd(b []byte, i int, f uint8) (int, uint8) {
	for ; i < len(b); i++ {
		c := b[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] == 0 {
				return i, f
			}
			f |= asciiWord[c]
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if ideographic(r) || !wordRune(r) {
			return i, f
		}
		switch {
		case unicode.IsDigit(r):
			f |= classDigitBit | classNativeBit
		case r == '’':
			f |= classQuoteBit
		default:
			f |= classLetterBit
		}
		f |= classHighBit
		i += size - 1
	}
	return i, f
}

func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’' || unicode.Is(unicode.M, r) // Devanagari vowel signs are Mc
}

const (
	classSep = iota
	classLetter
	classDigit
	classJoiner
	classHigh
)

// byteClass classifies each byte for tokenize.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = classLetter
		case '0' <= c && c <= '9':
			t[c] = classDigit
		case isJoinerByte(byte(c)):
			t[c] = classJoiner
		}
	}
	return t
}()

// asciiWord marks the ASCII bytes of a word: classLetterBit,
// classDigitBit, or classJoinerBit (with classQuoteBit for '); zero for
// any other byte.
var asciiWord = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch byteClass[c] {
		case classLetter:
			t[c] = classLetterBit
		case classDigit:
			t[c] = classDigitBit
		case classJoiner:
			t[c] = classJoinerBit
			if c == '\'' {
				t[c] |= classQuoteBit
			}
			if c == '/' || c == '-' {
				t[c] |= classSplitBit
			}
		}
	}
	return t
}()

const (
	classLetterBit = 1 << iota
	classDigitBit
	classJoinerBit
	classQuoteBit // an apostrophe, also a joiner
	classHighBit
	classSplitBit  // '/' or '-', also a joiner
	classNativeBit // a digit of another script: "১২/০১/১৯৮৪"
)

func isJoinerByte(c byte) bool { return c == '-' || c == '/' || c == '.' || c == '\'' }

// appendSpan adds b[i:j] without its leading and trailing joiners.
func appendSpan(dst []span, b []byte, i, j int, digit, letter bool) []span {
	for i < j && isJoinerByte(b[i]) {
		i++
	}
	for j > i && (isJoinerByte(b[j-1]) || j-i >= 3 && string(b[j-3:j]) == "’") {
		if isJoinerByte(b[j-1]) {
			j--
		} else {
			j -= 3
		}
	}
	if i == j || !digit && !letter {
		return dst
	}
	return append(dst, span{start: int32(i), end: int32(j), digit: digit, letter: letter, shaped: j-i >= 6 && !digit && mayShape(b[j-4:j])})
}

// ideographic: Han, Hiragana and Katakana, which Chinese and Japanese
// write without spaces between words, and Hangul syllables, which Korean
// spaces but glues particles to ("우울증이", "우울증을"): a term matches as
// a phrase of its characters, whatever follows it.
func ideographic(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' ||
		unicode.Is(unicode.Hangul, r)
}
