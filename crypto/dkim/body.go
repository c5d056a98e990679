package dkim

import (
	"crypto/sha256"
	"encoding"
	"hash"
)

// gapByte marks the bytes that relaxed body canonicalization may change:
// whitespace and line breaks. A run of them is a gap.
var gapByte = [256]bool{' ': true, '\t': true, '\r': true, '\n': true}

var (
	crlf  = []byte("\r\n")
	space = []byte(" ")
)

// maxHeldBreaks bounds the line breaks of a gap held back in bodyHasher.
const maxHeldBreaks = 64

// bodyHasher computes the SHA-256 of a body in relaxed canonical form
// (RFC 6376 3.4.4) as the body is written to it, in pieces of any size:
// whitespace at the end of lines removed, other runs of whitespace reduced
// to one space, empty lines at the end removed, and a CRLF ending a body
// that is not empty. A bare LF counts as CRLF (as go-msgauth takes it).
//
// Only gaps change, and a gap at the end goes, so everything before the
// last gap is hashed and that gap is held back: its canonical line breaks
// (at most maxHeldBreaks of them; earlier ones go into a copy of the hash
// state, which replaces the hash if more of the body follows) and whether
// it ends in whitespace. Memory stays constant whatever the body. Gaps
// already canonical, like the bytes between gaps, are hashed where they
// lie, without a copy.
type bodyHasher struct {
	h       hash.Hash // the canonical body before the held gap
	content bool      // a byte other than a gap byte was written

	// The held gap: what was written since the last byte other than a gap byte.
	held   bool
	breaks []byte    // its canonical line breaks not hashed yet
	spill  hash.Hash // nil, or h followed by its line breaks before those in breaks
	cr     bool      // its last byte is CR
	wsp    bool      // its last byte is whitespace
}

func newBodyHasher() *bodyHasher {
	return &bodyHasher{h: sha256.New(), breaks: make([]byte, 0, maxHeldBreaks)}
}

// relaxedBodyHash returns the hash of a whole body in relaxed canonical form.
func relaxedBodyHash(body []byte) [sha256.Size]byte {
	b := newBodyHasher()
	b.Write(body)
	return b.Sum()
}

// Write hashes p, holding back a gap at its end. It never fails.
func (b *bodyHasher) Write(p []byte) (int, error) {
	i := 0
	if b.held { // p continues the held gap
		i = gapEnd(p, 0)
		b.addGap(p[:i])
		if i == len(p) {
			return len(p), nil
		}
		b.endGap()
	}
	done := i // p[:done] is hashed
	for {
		k := contentEnd(p, i)
		b.content = b.content || k > i
		j := gapEnd(p, k)
		if j == len(p) {
			b.h.Write(p[done:k])
			if k < j {
				b.startGap(p[k:j])
			}
			return len(p), nil
		}
		if gap := p[k:j]; !canonicalGap(gap) {
			b.h.Write(p[done:k])
			b.startGap(gap)
			b.endGap()
			done = j
		}
		i = j
	}
}

// Sum ends the body, dropping a held gap, and returns its hash. Nothing
// may be written after it.
func (b *bodyHasher) Sum() [sha256.Size]byte {
	if b.content {
		b.h.Write(crlf)
	}
	var sum [sha256.Size]byte
	b.h.Sum(sum[:0])
	return sum
}

func contentEnd(p []byte, i int) int {
	for i < len(p) && !gapByte[p[i]] {
		i++
	}
	return i
}

func gapEnd(p []byte, i int) int {
	for i < len(p) && gapByte[p[i]] {
		i++
	}
	return i
}

// startGap holds gap, which follows a byte other than a gap byte (or
// starts the body).
func (b *bodyHasher) startGap(gap []byte) {
	b.held, b.cr, b.wsp = true, false, false
	b.addGap(gap)
}

// addGap extends the held gap: its line breaks are kept in canonical
// form, a bare LF made CRLF; its whitespace only counts at its end.
func (b *bodyHasher) addGap(gap []byte) {
	for _, c := range gap {
		switch c {
		case '\r':
			b.addBreak('\r')
		case '\n':
			if !b.cr {
				b.addBreak('\r')
			}
			b.addBreak('\n')
		}
		b.cr = c == '\r'
	}
	if len(gap) > 0 {
		b.wsp = isWSP(gap[len(gap)-1])
	}
}

// addBreak holds one byte of canonical line break, moving the bytes held
// so far to the spill hash when there is no room for it.
func (b *bodyHasher) addBreak(c byte) {
	if len(b.breaks) == cap(b.breaks) {
		if b.spill == nil {
			b.spill = clone(b.h)
		}
		b.spill.Write(b.breaks)
		b.breaks = b.breaks[:0]
	}
	b.breaks = append(b.breaks, c)
}

// endGap hashes the held gap, which a byte other than a gap byte follows:
// its line breaks, then one space if it ends in whitespace.
func (b *bodyHasher) endGap() {
	if b.spill != nil {
		b.h, b.spill = b.spill, nil
	}
	b.h.Write(b.breaks)
	if b.wsp {
		b.h.Write(space)
	}
	b.breaks, b.held = b.breaks[:0], false
}

// clone copies a SHA-256 state. Its binary form is used rather than
// hash.Cloner, which GOFIPS140=v1.0.0 lacks; either way it cannot fail.
func clone(h hash.Hash) hash.Hash {
	state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	c := sha256.New()
	if err == nil {
		err = c.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
	}
	if err != nil {
		panic("dkim: cannot copy the body hash state: " + err.Error())
	}
	return c
}

// canonicalGap reports whether a gap between two other bytes is already
// canonical: line breaks are CRLF and the only whitespace is one space at
// the end.
func canonicalGap(gap []byte) bool {
	for k, c := range gap {
		switch c {
		case '\t':
			return false
		case ' ':
			if k != len(gap)-1 {
				return false
			}
		case '\n':
			if k == 0 || gap[k-1] != '\r' {
				return false
			}
		}
	}
	return true
}
