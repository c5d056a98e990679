package policy

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fileNameText is the text of attachment file names to scan: each name on
// its line, without its extension, so the last word is a word
// ("HSV2_IgG.pdf" holds "IgG", not "IgG.pdf"). '_' already splits words.
func fileNameText(names []string) string {
	out := make([]string, len(names))
	for k, n := range names {
		out[k] = stripExtension(n)
	}
	return strings.Join(out, "\n")
}

// subjectFiles drops the extensions of the file names a subject names,
// as sharing services title their notices: "shared 'Okafor B - discharge
// summary.docx' with you" holds "summary", and "Moreno, Luis.pdf" the
// name Luis.
func subjectFiles(subject string) string {
	if !strings.Contains(subject, ".") {
		return subject
	}
	ws := strings.Split(subject, " ")
	for k, w := range ws {
		core := strings.TrimRight(w, `"'’”),;:`)
		if dot := strings.LastIndexByte(core, '.'); dot > 0 && fileExtensions.hasString(strings.ToLower(core[dot+1:])) {
			ws[k] = core[:dot] + w[len(core):]
		}
	}
	return strings.Join(ws, " ")
}

var fileExtensions = wordSet(`pdf doc docx xls xlsx xlsm csv txt rtf odt ods ppt pptx jpg jpeg png heic gif tif tiff bmp
zip hl7 xml json ics vcf msg eml`)

// stripExtension drops a final ".ext" of one to five letters or digits.
func stripExtension(n string) string {
	dot := strings.LastIndexByte(n, '.')
	if dot <= 0 || len(n)-dot-1 < 1 || len(n)-dot-1 > 5 {
		return n
	}
	for _, r := range n[dot+1:] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return n
		}
	}
	return n[:dot]
}

// filePerson reports whether word i starts a person's name in a file name:
// two name-like words beside a full date or a record number on the same
// name ("RUIZ_YESENIA_19900530_HSV2", "2025-03-04 Rivera Ana MRI",
// "Referral_Nguyen_Thi_MRN448120"), the way records are filed by patient.
func (s *scanner) filePerson(i int) bool {
	if i+1 >= len(s.toks) || !s.fileNameWord(i) || !s.fileNameWord(i+1) || !s.sameLine(i, i+1) {
		return false
	}
	for j := max(0, i-3); j < min(len(s.toks), i+6); j++ {
		if j != i && j != i+1 && s.toks[j].digit && s.fileMarkAt(j) && s.sameLine(min(i, j), max(i, j)) {
			return true
		}
	}
	return false
}

// fileMarkAt: word j is a full date, bare or glued to the keyword of a
// date of birth or of service ("DOB1949-02-11"), or a record or member
// number glued to its keyword ("MRN448120").
func (s *scanner) fileMarkAt(j int) bool {
	w := s.raw(j)
	keys, value := s.gluedKeyword(w)
	switch {
	case keys&(1<<keyMRN) != 0:
		return fits(keyMRN, value)
	case keys&(1<<keyMember) != 0:
		return fits(keyMember, value)
	case keys&(1<<keyDOB|1<<keyService) != 0:
		w = value
	}
	return fileDate(w)
}

// fileNameWord: a word a name could be, in the capitals file names and
// patient lists use ("Rivera", "RIVERA"), not a known word, month or
// document word.
func (s *scanner) fileNameWord(i int) bool {
	t := s.toks[i]
	if t.digit || t.end-t.start < 2 {
		return false
	}
	w := s.raw(i)
	if !capitalised(w) && !upperWord(w) {
		return false
	}
	f := s.folded(i)
	if !bytes.ContainsAny(f, "aeiouy") && isASCIIBytes(f) {
		return false // an acronym: "DSMB", "PBC"; a name has a vowel
	}
	if notNames.has(f) || monthNames.has(f) || documentWords.has(f) {
		return false
	}
	e := s.m.entries[string(f)]
	return e == nil || len(e.dets) == 0 && e.keys == 0
}

func isASCIIBytes(w []byte) bool {
	for _, c := range w {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// upperWord: letters only, all upper-case ("RIVERA", "NGUYỄN").
func upperWord(w []byte) bool {
	for len(w) > 0 {
		r, size := utf8.DecodeRune(w)
		if !unicode.IsUpper(r) && !unicode.Is(unicode.Mn, r) && r != '-' && r != '\'' {
			return false
		}
		w = w[size:]
	}
	return true
}

// sameLine: words i and j (i before j) are in the same file name.
func (s *scanner) sameLine(i, j int) bool {
	return bytes.IndexByte(s.buf[s.toks[i].start:s.toks[j].start], '\n') < 0
}

// fileDate: a full date as file names write it: 19900530, 2025-03-04,
// 03-04-2025, 03.04.2025.
func fileDate(w []byte) bool {
	if len(w) == 8 && allDigits(w) {
		return validDate(atoi(w[:4]), atoi(w[4:6]), atoi(w[6:])) ||
			validDate(atoi(w[4:]), atoi(w[:2]), atoi(w[2:4]))
	}
	return len(w) >= 8 && numericDate(w)
}

// documentWords are what file names say besides a person's name: a
// "Quarterly_Report_2025-03-01" names no one.
var documentWords = wordSet(`report reports invoice invoices statement statements summary minutes agenda schedule
schedules quarterly annual monthly weekly daily final draft copy scan scanned document documents doc docs letter
letters notes note policy plan budget roster list sheet template receipt receipts order orders export data file
files image images photo photos page pages version rev signed form forms contract agreement proposal presentation
slides brochure flyer newsletter memo request requests update updates backup log logs batch run extract upload
attachment meeting training course open closed session handbook manual guide checklist worksheet audit review fy ytd qtr q1 q2 q3 q4
jan feb mar apr jun jul aug sep oct nov dec new old revised updated clean redline pdf docx xlsx csv txt`)
