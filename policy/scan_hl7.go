package policy

import (
	"bytes"

	"github.com/sealpost/sealpost/policy/payload"
)

// pastedSegment reports whether word i opens an HL7 v2 PID segment pasted
// into a text ("PID|1||LRH-1184620^^^LRH^MR||BJORNSTAD^HALVARD^P||
// 19470630"), as interface analysts paste messages from an engine's
// viewer, and records it as an HL7 v2 message about a patient. The
// segment must hold a name, family^given, and is read as the payload
// reader reads one, so a quality-control material names no one.
//
// The message header pasted before it says whether the message is test
// data (MSH-11 T or D: "MSH|^~\&|LAB|...|ORU^R01|1|T|2.5"): then its
// patient is made up, as an attached test message's is.
func (s *scanner) pastedSegment(i int) bool {
	id := string(s.raw(i))
	if id != "PID" && id != "MSH" || i > 0 && !s.opensLine(i) {
		return false
	}
	line := s.buf[s.toks[i].start:]
	if end := bytes.IndexAny(line, "\r\n"); end >= 0 {
		line = line[:end]
	}
	if id == "MSH" {
		s.msh = append(s.msh[:0], line...)
		return false
	}
	f := bytes.Split(line, []byte("|"))
	if len(f) < 6 || bytes.IndexByte(f[5], '^') <= 0 {
		return false // no family^given name: a fragment quoted in a spec ("PID|1||TST000123^^^^MR||...")
	}
	if family, _, _ := bytes.Cut(f[5], []byte("^")); payload.Placeholder(family) {
		return false // a specification's example: "PID|1||<MRN>^^^<FACILITY>^MR||<LAST>^<FIRST>"
	}
	head := s.msh
	if len(head) == 0 {
		head = productionMSH
	}
	msg := append(append(append([]byte(nil), head...), '\r'), line...)
	sum, err := payload.Read(payload.HL7v2, bytes.NewReader(msg), int64(len(msg)))
	if err != nil || sum.Records == 0 || len(sum.Identifiers) == 0 {
		return false
	}
	s.hit(dHL7, i, i+1)
	return true
}

// productionMSH stands for the header of a segment pasted without one.
var productionMSH = []byte("MSH|^~\\&|||||||||P|2.5")

// pastedX12 reports whether word i opens an X12 segment pasted into a
// text, as billers paste a clearinghouse's log ("NM1*IL*1*ECHOLS*DARNELL
// ****MI*GLC5590012871~"), and records what it says: a person the
// transaction is about, a birth date (DMG*D8). The interchange header
// before it (ISA15 T) says whether its people are test data.
func (s *scanner) pastedX12(i int) bool {
	id := string(s.raw(i))
	if id != "NM1" && id != "DMG" && id != "ISA" || i > 0 && !s.opensLine(i) && !bytes.ContainsRune(s.buf[s.toks[i-1].end:s.toks[i].start], '~') {
		return false
	}
	seg := s.buf[s.toks[i].start:]
	if end := bytes.IndexAny(seg, "~\r\n"); end >= 0 {
		seg = seg[:end]
	}
	f := bytes.Split(seg, []byte("*"))
	switch {
	case id == "ISA":
		s.x12Test = len(f) > 15 && string(bytes.TrimSpace(f[15])) == "T"
		return false
	case s.x12Test:
		return false
	case id == "NM1" && payload.X12Person(seg):
		s.hit(dX12, i, i+1)
		return true
	case id == "DMG" && len(f) > 2 && string(f[1]) == "D8" && len(f[2]) == 8 && allDigits(f[2]):
		s.hit(dDOB, i, min(i+3, len(s.toks)))
		return true
	}
	return false
}
