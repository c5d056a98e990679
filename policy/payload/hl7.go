package payload

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// maxSegment bounds the bytes of one HL7 segment that are kept: the fields
// read all come early in their segment, and an OBX may carry megabytes of
// embedded data.
const maxSegment = 64 << 10

// hl7Field maps a field of a segment to the identifier kind it carries.
type hl7Field struct {
	n  int
	id idSet
}

// hl7IDs are the identifier-bearing fields of the person segments.
var hl7IDs = map[string][]hl7Field{
	"PID": {{2, idMRN}, {3, idMRN}, {4, idMRN}, {5, idName}, {6, idName}, {7, idDOB}, {9, idName},
		{11, idAddress}, {13, idPhone}, {14, idPhone}, {18, idAccount}, {19, idSSN}},
	"NK1": {{2, idName}, {4, idAddress}, {5, idPhone}, {6, idPhone}, {37, idSSN}},
	"GT1": {{3, idName}, {5, idAddress}, {6, idPhone}, {7, idPhone}, {8, idDOB}, {12, idSSN}},
	"IN1": {{16, idName}, {18, idDOB}, {19, idAddress}, {36, idMemberID}, {49, idMemberID}},
	"IN2": {{1, idMemberID}, {2, idSSN}},
	"MRG": {{1, idMRN}, {3, idAccount}},
}

// hl7Clin maps segments to the clinical or payment content they carry.
var hl7Clin = map[string]clinSet{
	"DG1": clDiagnosis, "PRB": clDiagnosis,
	"OBX": clObservation, "OBR": clObservation, "SPM": clObservation,
	"RXA": clImmunization,
	"RXE": clMedication, "RXO": clMedication, "RXD": clMedication, "RXR": clMedication,
	"RXG": clMedication, "RXC": clMedication,
	"PR1": clProcedure,
	"AL1": clAllergy, "IAM": clAllergy,
	"PV1": clEncounter, "PV2": clEncounter,
	"FT1": clClaim, "GT1": clClaim,
	"IN1": clCoverage, "IN2": clCoverage, "IN3": clCoverage,
	"NTE": clNote, "TXA": clNote,
}

// hl7Reader walks the segments of one or more HL7 v2 messages.
type hl7Reader struct {
	t       *tally
	started bool
	test    bool   // the current message is test or debugging data (MSH-11)
	tests   int    // messages that were
	prod    int    // messages that were not
	sep     byte   // field separator
	enc     []byte // encoding characters of the last header, capped at 5
	encBuf  [5]byte
}

// readHL7 summarises the HL7 v2 messages in r into t.
func readHL7(r io.Reader, t *tally) error {
	sr := segReader{br: bigReader(r)}
	defer putReader(sr.br)
	h := hl7Reader{t: t}
	for {
		seg, err := sr.next()
		if seg = trimSegment(seg); len(seg) > 0 {
			if e := h.segment(seg); e != nil {
				return e
			}
		}
		if err == io.EOF {
			t.test = h.tests > 0 && h.prod == 0
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// trimSegment strips MLLP framing bytes and surrounding blanks.
func trimSegment(seg []byte) []byte {
	return bytes.Trim(seg, "\x0b\x1c\x00 \t\ufeff")
}

// segment handles one segment; only a broken header is an error. Lines
// that are not segments (text wrapped inside a field) are skipped.
func (h *hl7Reader) segment(seg []byte) error {
	if isHeader(seg) {
		return h.header(seg)
	}
	if !h.started {
		return fmt.Errorf("%w: hl7v2 data before the MSH segment", ErrMalformed)
	}
	if h.test || !isSegmentID(seg, h.sep) {
		return nil
	}
	id := string(seg[:3]) // the compiler does not allocate for a map index
	if id == "PID" && h.controlMaterial(seg) {
		h.test, h.tests, h.prod = true, h.tests+1, h.prod-1 // an analyzer's quality-control run: no patient until the next message
		return nil
	}
	if id == "PID" {
		h.t.records++
	}
	if c, ok := hl7Clin[id]; ok && h.hasContent(seg) {
		h.t.clin |= c
	}
	if fs, ok := hl7IDs[id]; ok {
		h.identifiers(seg, fs)
	}
	return nil
}

// controlMaterial reports whether a PID segment names a quality-control
// material, as analyzers send their QC runs: PID-3 "QC-A1C-L2", PID-5
// "QC^HBA1C LEVEL 2 CONTROL"; or a test patient, whose family name EHR
// builds start with "ZZ" (testFamily).
func (h *hl7Reader) controlMaterial(seg []byte) bool {
	qc := false
	eachField(seg, h.sep, func(i int, f []byte) {
		first := f
		if len(h.enc) > 0 {
			if k := bytes.IndexByte(f, h.enc[0]); k >= 0 {
				first = f[:k]
			}
		}
		switch i {
		case 3:
			qc = qc || len(first) > 3 && bytes.EqualFold(first[:3], []byte("QC-"))
		case 5:
			qc = qc || bytes.EqualFold(first, []byte("QC")) || containsFold(f, "quality control") ||
				containsFold(f, " control") && containsFold(f, "level") || testFamily(first) // "ZZTEST^PATIENT^A": a build's test patient
		}
	})
	return qc
}

// containsFold reports whether b holds the lower-case ASCII sub in any
// case, without allocating.
func containsFold(b []byte, sub string) bool {
	for i := 0; i+len(sub) <= len(b); i++ {
		if bytes.EqualFold(b[i:i+len(sub)], []byte(sub)) {
			return true
		}
	}
	return false
}

// isHeader reports whether seg opens a message, batch or file.
func isHeader(seg []byte) bool {
	return bytes.HasPrefix(seg, []byte("MSH")) || bytes.HasPrefix(seg, []byte("BHS")) ||
		bytes.HasPrefix(seg, []byte("FHS"))
}

// header reads the separators a MSH, BHS or FHS segment declares.
func (h *hl7Reader) header(seg []byte) error {
	sep, enc, ok := separators(seg)
	if !ok {
		return fmt.Errorf("%w: hl7v2 header without valid separators", ErrMalformed)
	}
	h.started, h.sep = true, sep
	h.enc = h.encBuf[:copy(h.encBuf[:], enc)]
	h.test = bytes.HasPrefix(seg, []byte("MSH")) && h.notProduction(seg)
	if h.test {
		h.tests++
	} else if bytes.HasPrefix(seg, []byte("MSH")) {
		h.prod++
	}
	return nil
}

// notProduction reports whether a MSH segment's processing ID (MSH-11,
// its first component) is T (training) or D (debugging): an interface
// test message, whose patient is made up, as its sender says. Its
// segments are not counted; its text is still scanned as any text is.
func (h *hl7Reader) notProduction(seg []byte) bool {
	id := []byte(nil)
	eachField(seg, h.sep, func(i int, f []byte) {
		if i == 10 { // MSH-1 is the separator itself: field i is MSH-(i+1)
			id = f
		}
	})
	if i := bytes.IndexByte(id, h.enc[0]); i >= 0 {
		id = id[:i]
	}
	id = bytes.TrimSpace(id)
	return len(id) == 1 && (id[0] == 'T' || id[0] == 'D')
}

// separators returns the field separator and encoding characters of a
// header segment: "MSH|^~\&|…".
func separators(seg []byte) (byte, []byte, bool) {
	if len(seg) < 5 || !isDelimiter(seg[3]) {
		return 0, nil, false
	}
	sep := seg[3]
	enc := seg[4:]
	if i := bytes.IndexByte(enc, sep); i >= 0 {
		enc = enc[:i]
	}
	if len(enc) < 1 || len(enc) > 5 {
		return 0, nil, false
	}
	for _, c := range enc {
		if !isDelimiter(c) {
			return 0, nil, false
		}
	}
	return sep, enc, true
}

// isDelimiter reports whether c may serve as an HL7 separator: printable
// punctuation.
func isDelimiter(c byte) bool {
	return c > ' ' && c < 0x7f && !isAlnum(c)
}

func isAlnum(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// isSegmentID reports whether seg starts with a segment ID: an upper-case
// letter and two upper-case letters or digits, then the field separator.
func isSegmentID(seg []byte, sep byte) bool {
	if len(seg) < 3 || seg[0] < 'A' || seg[0] > 'Z' {
		return false
	}
	for _, c := range seg[1:3] {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return len(seg) == 3 || seg[3] == sep
}

// hasContent reports whether any field after the set ID holds a value.
func (h *hl7Reader) hasContent(seg []byte) bool {
	found := false
	eachField(seg, h.sep, func(i int, f []byte) {
		found = found || i >= 2 && h.present(f)
	})
	return found
}

// identifiers adds the kinds of the identifier fields of seg that hold a
// value.
func (h *hl7Reader) identifiers(seg []byte, fs []hl7Field) {
	eachField(seg, h.sep, func(i int, f []byte) {
		for _, x := range fs {
			if x.n == i && h.present(f) && (x.id != idMRN || h.numbered(f)) {
				h.t.ids |= h.telecom(x.id, f)
			}
		}
	})
}

// numbered reports whether an identifier field (CX) holds its number,
// the first component of a repetition: "XXXXXXXX^^^HALVARD^MR" names
// its assigning authority and type over a redacted number.
func (h *hl7Reader) numbered(f []byte) bool {
	if len(h.enc) < 2 {
		return true
	}
	for rep := range bytes.SplitSeq(f, h.enc[1:2]) {
		if id, _, _ := bytes.Cut(rep, h.enc[0:1]); h.present(id) {
			return true
		}
	}
	return false
}

// telecom refines a phone field: a repetition holding '@' is an email.
func (h *hl7Reader) telecom(id idSet, f []byte) idSet {
	if id != idPhone || bytes.IndexByte(f, '@') < 0 {
		return id
	}
	if len(h.enc) < 2 {
		return idEmail
	}
	var out idSet
	for rep := range bytes.SplitSeq(f, h.enc[1:2]) {
		switch {
		case bytes.IndexByte(rep, '@') >= 0:
			out |= idEmail
		case h.present(rep):
			out |= idPhone
		}
	}
	return out
}

// present reports whether a field holds a value: something other than
// separators, blanks, the HL7 null "" and the X or * a redacted example
// writes over each character ("XXXXX^XXXXX"; one "X" is a value).
func (h *hl7Reader) present(f []byte) bool {
	masked := 0
	for _, c := range f {
		switch {
		case c == 'X' || c == '*':
			masked++
		case c != ' ' && c != '"' && bytes.IndexByte(h.enc, c) < 0:
			return true
		}
	}
	return masked == 1
}

// eachField calls fn with each field of seg and its number: the segment ID
// is field 0.
func eachField(seg []byte, sep byte, fn func(i int, f []byte)) {
	for i := 0; ; i++ {
		j := bytes.IndexByte(seg, sep)
		if j < 0 {
			fn(i, seg)
			return
		}
		fn(i, seg[:j])
		seg = seg[j+1:]
	}
}

// segReader splits a stream into segments ended by \r, \n or \r\n, keeping
// at most maxSegment bytes of each.
type segReader struct {
	br  *bufio.Reader
	buf []byte
}

// next returns the next segment, valid until the following call. At the end
// of input it returns the last segment, possibly empty, with io.EOF.
func (s *segReader) next() ([]byte, error) {
	s.buf = s.buf[:0]
	for {
		if _, err := s.br.Peek(1); err != nil {
			return s.buf, err
		}
		chunk, _ := s.br.Peek(s.br.Buffered())
		end := lineEnd(chunk)
		if end < 0 {
			s.keep(chunk)
			s.br.Discard(len(chunk))
			continue
		}
		s.keep(chunk[:end])
		s.br.Discard(end + 1)
		return s.buf, nil
	}
}

// lineEnd returns the index of the first \r or \n in b, or -1.
func lineEnd(b []byte) int {
	i := bytes.IndexByte(b, '\r')
	if i < 0 {
		return bytes.IndexByte(b, '\n')
	}
	if j := bytes.IndexByte(b[:i], '\n'); j >= 0 {
		return j
	}
	return i
}

// keep appends b to the current segment up to maxSegment bytes.
func (s *segReader) keep(b []byte) {
	if room := maxSegment - len(s.buf); room < len(b) {
		b = b[:max(room, 0)]
	}
	s.buf = append(s.buf, b...)
}
