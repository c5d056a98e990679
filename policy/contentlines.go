package policy

import (
	"bytes"
	"io"
	"path"
	"strings"
)

// contentLined reports whether a part is written in content lines, as
// calendars (RFC 5545) and contact cards (RFC 6350) are: long lines
// folded at 75 octets, often inside a word or a number, and text values
// escaped ("\n", "\,").
func contentLined(mt, name string, head []byte) bool {
	switch mt {
	case "text/calendar", "application/ics", "text/vcard", "text/x-vcard", "text/directory", "text/x-vcalendar":
		return true
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".ics", ".vcs", ".vcf":
		return true
	}
	head = bytes.TrimLeft(head, " \t\r\n")
	return bytes.HasPrefix(head, []byte("BEGIN:VCALENDAR")) || bytes.HasPrefix(head, []byte("BEGIN:VCARD"))
}

// businessCard reports whether a contact card is a business's, a
// colleague's card with an organisation or a job title: "ORG:Riverbend
// Recovery Center;Opioid Treatment Program" is where they work, and
// what its note says is the service's. A patient's card, as home-health
// and transport schedulers send them, has a home address and a birthday.
func businessCard(head []byte) bool {
	if !bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("BEGIN:VCARD")) {
		return false
	}
	for _, p := range [][]byte{[]byte("\nORG:"), []byte("\nORG;"), []byte("\nTITLE:"), []byte("\nTITLE;"), []byte("\nROLE:")} {
		if bytes.Contains(head, p) {
			return true
		}
	}
	return false
}

// unfolder writes content lines to out as a reader sees them: a line
// break and the blank that continues it are removed ("MRN 22\r\n 91" is
// MRN 2291), and an escaped line break, comma, semicolon or backslash
// stands for itself.
type unfolder struct {
	out  io.Writer
	held byte // '\r', '\n' or '\\' waiting for the byte after it; 0 for none
	buf  []byte
}

func (u *unfolder) Write(p []byte) (int, error) {
	u.buf = u.buf[:0]
	for _, c := range p {
		u.put(c)
	}
	_, err := u.out.Write(u.buf)
	return len(p), err
}

func (u *unfolder) put(c byte) {
	switch u.held {
	case '\\':
		u.held = 0
		switch c {
		case 'n', 'N':
			u.buf = append(u.buf, '\n')
		case ',', ';', '\\':
			u.buf = append(u.buf, c)
		default:
			u.buf = append(u.buf, '\\')
			u.put(c)
		}
		return
	case '\r':
		if c == '\n' {
			u.held = '\n'
			return
		}
		u.held = 0
		u.buf = append(u.buf, '\r')
	case '\n':
		u.held = 0
		if c == ' ' || c == '\t' {
			return // a folded line goes on
		}
		u.buf = append(u.buf, '\n')
	}
	if c == '\r' || c == '\n' || c == '\\' {
		u.held = c
		return
	}
	u.buf = append(u.buf, c)
}

// Close writes what is held.
func (u *unfolder) Close() error {
	if u.held == 0 {
		return nil
	}
	b := []byte{u.held}
	u.held = 0
	_, err := u.out.Write(b)
	return err
}
