package payload

import (
	"bytes"
	"path"
	"strings"
)

// sniffLen is how much of a part's head Sniff looks at.
const sniffLen = 4 << 10

// Sniff names the payload kind from the first bytes of a part (up to 4 KiB),
// its media type and file name; None when it is not one of them. Content
// decides first: HL7 headers, a CDA root, a FHIR resourceType. A declared
// HL7 or FHIR JSON media type is trusted; CSV is taken from the media type
// or the file name, or from a head that is plainly a table.
func Sniff(head []byte, mediaType, filename string) Kind {
	head = trimHead(head[:min(len(head), sniffLen)])
	mt := mediaBase(mediaType)
	ext := strings.ToLower(path.Ext(filename))
	switch {
	case looksHL7(head):
		return HL7v2
	case looksCDA(head):
		return CCDA
	case looksFHIR(head):
		return FHIR
	case looksX12(head):
		return X12
	case isHL7Type(mt):
		return HL7v2
	case mt == "application/fhir+json" || mt == "application/fhir+ndjson":
		return FHIR
	case isCSV(mt, ext) && isText(head):
		return CSV
	case isText(head) && looksDelimited(head):
		return CSV // a table sent as text: "fills.txt", a pasted export
	}
	return None
}

// trimHead drops a UTF-8 byte order mark, MLLP framing and leading blanks.
func trimHead(head []byte) []byte {
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	return bytes.TrimLeft(head, " \t\r\n\x0b")
}

// mediaBase is a media type without parameters, in lower case.
func mediaBase(mt string) string {
	if i := strings.IndexByte(mt, ';'); i >= 0 {
		mt = mt[:i]
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// looksHL7 reports whether head starts with a MSH, BHS or FHS segment with
// valid separators: "MSH|^~\&|".
func looksHL7(head []byte) bool {
	if !isHeader(head) {
		return false
	}
	_, _, ok := separators(head[:min(len(head), 16)])
	return ok
}

// looksCDA reports whether head is XML whose root is an HL7 v3
// ClinicalDocument.
func looksCDA(head []byte) bool {
	return len(head) > 0 && head[0] == '<' &&
		bytes.Contains(head, []byte("ClinicalDocument")) && bytes.Contains(head, []byte(cdaNamespace))
}

// looksFHIR reports whether head is a JSON object with a resourceType
// member.
func looksFHIR(head []byte) bool {
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	i := bytes.Index(head, []byte(`"resourceType"`))
	if i < 0 {
		return false
	}
	rest := bytes.TrimLeft(head[i+len(`"resourceType"`):], " \t\r\n")
	return len(rest) > 0 && rest[0] == ':'
}

// isHL7Type reports whether mt is one of the HL7 v2 media types.
func isHL7Type(mt string) bool {
	switch mt {
	case "x-application/hl7-v2+er7", "application/hl7-v2", "application/hl7-v2+er7",
		"application/x-hl7", "application/edi-hl7", "application/edi-hl7v2":
		return true
	}
	return false
}

// isCSV reports whether the media type or file name says a delimited
// table.
func isCSV(mt, ext string) bool {
	switch mt {
	case "text/csv", "text/tab-separated-values", "application/csv", "text/x-csv", "application/x-csv":
		return true
	case "application/vnd.ms-excel":
		return ext == ".csv"
	}
	return ext == ".csv" || ext == ".tsv"
}

// isText reports whether head holds no NUL bytes, as binary data does.
func isText(head []byte) bool {
	return bytes.IndexByte(head, 0) < 0
}

// looksDelimited reports whether head opens a delimited table whatever
// its label says: a first line of three or more columns and two lines
// after it with as many, by the same separator (tab, comma, semicolon or
// bar), as exports sent as text are.
func looksDelimited(head []byte) bool {
	var lines [3][]byte
	for i := range lines {
		end := bytes.IndexByte(head, '\n')
		if end < 0 {
			return false
		}
		lines[i], head = bytes.TrimSuffix(head[:end], []byte("\r")), head[end+1:]
	}
	sep := byte(sniffDelimiter(lines[0]))
	n := delimiters(lines[0], sep)
	return n >= 2 && delimiters(lines[1], sep) == n && delimiters(lines[2], sep) == n
}

// delimiters counts sep in line outside double quotes.
func delimiters(line []byte, sep byte) int {
	n, quoted := 0, false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case c == sep && !quoted:
			n++
		}
	}
	return n
}
