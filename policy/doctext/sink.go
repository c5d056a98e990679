package doctext

import (
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// errFull stops extraction once the output limit is reached.
var errFull = fmt.Errorf("%w: text exceeds the output limit", ErrTooLarge)

// sink collects extracted text up to a limit and judges whether it reads
// as text. Nothing reaches the caller's writer until extraction is done.
type sink struct {
	buf   []byte
	limit int
	full  bool
	runes int // non-space runes written
	bad   int // of which unreadable: controls, U+FFFD, private use
	words int // of which letters and digits
}

func newSink(limit int) *sink {
	return &sink{limit: max(limit, 0), buf: make([]byte, 0, min(max(limit, 0), 64<<10))}
}

// last is the last rune written, or '\n' at the start.
func (s *sink) last() rune {
	if len(s.buf) == 0 {
		return '\n'
	}
	r, _ := utf8.DecodeLastRune(s.buf)
	return r
}

// space writes a separator unless one is already there.
func (s *sink) space(sep rune) {
	switch last := s.last(); {
	case s.full, last == '\n':
	case sep == '\n' && (last == ' ' || last == '\t'):
		s.buf[len(s.buf)-1] = '\n'
	case sep == '\n' || (last != ' ' && last != '\t'):
		s.write(string(sep))
	}
}

// write appends text, counting what kind of runes it holds; it sets full
// and keeps only whole runes when the limit is reached.
func (s *sink) write(text string) {
	if s.full {
		return
	}
	for _, r := range text {
		s.count(r)
	}
	if room := s.limit - len(s.buf); len(text) > room {
		for room > 0 && !utf8.RuneStart(text[room]) {
			room--
		}
		text = text[:room]
		s.full = true
	}
	s.buf = append(s.buf, text...)
}

func (s *sink) count(r rune) {
	switch {
	case r == ' ' || r == '\n' || r == '\t':
		return
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		s.words++
	case unreadable(r):
		s.bad++
	}
	s.runes++
}

// unreadable reports whether r is a control character, U+FFFD, private
// use or not a character at all: what a font without a usable encoding
// produces.
func unreadable(r rune) bool {
	return r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Co, r) ||
		(r >= 0xFDD0 && r <= 0xFDEF) || r&0xFFFE == 0xFFFE || unicode.Is(unicode.Cs, r)
}

// err is nil when what was written reads as text, ErrNoText when it is
// empty or mostly unreadable, and errFull when it was cut at the limit.
func (s *sink) err() error {
	switch {
	case s.words == 0:
		return ErrNoText
	case s.bad*10 > s.runes*3:
		return fmt.Errorf("%w: %d of %d characters unreadable", ErrNoText, s.bad, s.runes)
	case s.full:
		return errFull
	}
	return nil
}

// flush writes the collected text to w and returns the first of the
// extraction error ext, the text's own verdict and w's error. Text judged
// unreadable is not written.
func (s *sink) flush(w io.Writer, ext error) error {
	if ext != nil && !errors.Is(ext, errFull) {
		return ext
	}
	verdict := s.err()
	if errors.Is(verdict, ErrNoText) {
		return verdict
	}
	if _, err := w.Write(s.buf); err != nil {
		return err
	}
	return verdict
}
