package payload

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// cdaNamespace is the namespace of HL7 v3 and so of CDA documents.
const cdaNamespace = "urn:hl7-org:v3"

// ssnOID is the id root of US social security numbers.
const ssnOID = "2.16.840.1.113883.4.1"

// errNotCDA stops reading an XML document whose root is not a CDA one.
var errNotCDA = errors.New("payload: not a clinical document")

// cdaSections maps section codes (LOINC) and C-CDA section template ids to
// the content they hold.
var cdaSections = map[string]clinSet{
	"11450-4": clDiagnosis, "11348-0": clDiagnosis, "10157-6": clDiagnosis, "11535-2": clDiagnosis,
	"10160-0": clMedication, "10183-2": clMedication, "29549-3": clMedication,
	"48765-2": clAllergy,
	"30954-2": clObservation, "8716-3": clObservation, "29762-2": clObservation, "47420-5": clObservation,
	"10187-3": clObservation, "29545-1": clObservation,
	"47519-4": clProcedure,
	"11369-6": clImmunization,
	"46240-8": clEncounter,
	"48768-6": clCoverage,
	"18776-5": clNote, "51847-2": clNote, "51848-0": clNote, "10164-2": clNote, "29299-5": clNote,
	"46239-0": clNote, "10154-3": clNote, "42348-3": clNote, "8648-8": clNote, "34109-9": clNote,

	"2.16.840.1.113883.10.20.22.2.5": clDiagnosis, "2.16.840.1.113883.10.20.22.2.5.1": clDiagnosis,
	"2.16.840.1.113883.10.20.22.2.20": clDiagnosis, "2.16.840.1.113883.10.20.22.2.15": clDiagnosis,
	"2.16.840.1.113883.10.20.22.2.24": clDiagnosis,
	"2.16.840.1.113883.10.20.22.2.1":  clMedication, "2.16.840.1.113883.10.20.22.2.1.1": clMedication,
	"2.16.840.1.113883.10.20.22.2.11": clMedication, "2.16.840.1.113883.10.20.22.2.11.1": clMedication,
	"2.16.840.1.113883.10.20.22.2.38": clMedication,
	"2.16.840.1.113883.10.20.22.2.6":  clAllergy, "2.16.840.1.113883.10.20.22.2.6.1": clAllergy,
	"2.16.840.1.113883.10.20.22.2.3": clObservation, "2.16.840.1.113883.10.20.22.2.3.1": clObservation,
	"2.16.840.1.113883.10.20.22.2.4": clObservation, "2.16.840.1.113883.10.20.22.2.4.1": clObservation,
	"2.16.840.1.113883.10.20.22.2.17": clObservation,
	"2.16.840.1.113883.10.20.22.2.7":  clProcedure, "2.16.840.1.113883.10.20.22.2.7.1": clProcedure,
	"2.16.840.1.113883.10.20.22.2.2": clImmunization, "2.16.840.1.113883.10.20.22.2.2.1": clImmunization,
	"2.16.840.1.113883.10.20.22.2.22": clEncounter, "2.16.840.1.113883.10.20.22.2.22.1": clEncounter,
	"2.16.840.1.113883.10.20.22.2.18": clCoverage,
	"2.16.840.1.113883.10.20.22.2.10": clNote, "2.16.840.1.113883.10.20.22.2.65": clNote,
	"2.16.840.1.113883.10.20.22.2.8": clNote, "2.16.840.1.113883.10.20.22.2.9": clNote,
}

// cdaEntries maps clinical statements to their content, for sections whose
// code is not known.
var cdaEntries = map[string]clinSet{
	"observation": clObservation, "substanceAdministration": clMedication, "supply": clMedication,
	"procedure": clProcedure, "encounter": clEncounter,
}

// cdaSection is an open section.
type cdaSection struct {
	depth   int
	null    bool    // nullFlavor: the section says it holds nothing
	kind    clinSet // from its code or template id
	entries clinSet // from its clinical statements
	text    bool    // it has narrative
}

// cdaReader walks a CDA document's elements.
type cdaReader struct {
	t        *tally
	depth    int
	stack    []string // local names of the open elements
	patient  int      // depth of the open patientRole, or 0
	template bool     // the patientRole holds template placeholders: "{{patient.mrn}}"
	test     bool     // its patient is a test patient: "ZZTEST"
	org      int      // depth of the open providerOrganization inside it, or 0
	sections []cdaSection
}

// readCCDA summarises the C-CDA document in r into t.
func readCCDA(r io.Reader, t *tally) error {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.CharsetReader = passCharset
	c := cdaReader{t: t}
	for {
		tok, err := dec.RawToken()
		if err == io.EOF && c.depth > 0 {
			err = io.ErrUnexpectedEOF
		}
		if err == nil {
			err = c.token(tok)
		}
		if c.template {
			*t = tally{} // a document template: its patient is a placeholder, and it need not parse
			return nil
		}
		if c.test {
			*t = tally{test: true} // an interface test's document, as MSH-11 T is in HL7 v2
			return nil
		}
		if err == io.EOF {
			return nil
		}
		if err == errNotCDA {
			return nil
		}
		if err != nil {
			line, _ := dec.InputPos()
			return fmt.Errorf("%w: ccda %s at line %d", ErrMalformed, xmlErrorClass(err), line)
		}
	}
}

// passCharset reads a declared charset: Latin-1 and its Windows superset
// are widened to UTF-8 (markup and the attribute values compared are
// ASCII, so the Windows differences do not matter); others are read as is.
func passCharset(charset string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(charset) {
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "l1":
		return &latin1Reader{r: r}, nil
	}
	return r, nil
}

// latin1Reader turns Latin-1 bytes into UTF-8.
type latin1Reader struct {
	r   io.Reader
	buf []byte
}

func (l *latin1Reader) Read(p []byte) (int, error) {
	n := len(p) / 2 // each byte takes at most two
	if n == 0 {
		return 0, io.ErrShortBuffer
	}
	if len(l.buf) < n {
		l.buf = make([]byte, n)
	}
	k, err := l.r.Read(l.buf[:n])
	out := p[:0]
	for _, b := range l.buf[:k] {
		out = utf8.AppendRune(out, rune(b))
	}
	return len(out), err
}

// xmlErrorClass names an XML error without quoting the input.
func xmlErrorClass(err error) string {
	if errors.Is(err, ErrMalformed) {
		return "nested too deeply"
	}
	return errorClass(err)
}

// token handles one raw XML token. Raw tokens leave tags unmatched, so a
// stray end tag is dropped and one that closes an outer element closes
// the ones inside it too.
func (c *cdaReader) token(tok xml.Token) error {
	switch e := tok.(type) {
	case xml.StartElement:
		err := c.start(e)
		c.template = c.template || c.patient != 0 && slices.ContainsFunc(e.Attr, func(a xml.Attr) bool {
			return placeholder([]byte(a.Value))
		})
		return err
	case xml.EndElement:
		c.closeTo(e.Name.Local)
	case xml.CharData:
		c.template = c.template || c.patient != 0 && placeholder(e)
		c.test = c.test || c.patient != 0 && c.parent() == "family" && testFamily(e)
	}
	return nil
}

// placeholder reports whether v holds a template's placeholder, as
// Jinja, Liquid, Handlebars, Mustache and shell-style templates write it,
// or is one in brackets, as samples and specifications write their
// fields: "[MRN]", "[GIVEN NAME]", "<LAST>".
func placeholder(v []byte) bool {
	return bytes.Contains(v, []byte("{{")) || bytes.Contains(v, []byte("{%")) || bytes.Contains(v, []byte("${")) ||
		bracketed(bytes.TrimSpace(v))
}

// testFamily reports whether v is the family name EHRs give test
// patients, "ZZ" first so that they sort last: "ZZTEST", "Zzinterop".
func testFamily(v []byte) bool {
	v = bytes.TrimSpace(v)
	return len(v) >= 3 && (v[0] == 'Z' || v[0] == 'z') && (v[1] == 'Z' || v[1] == 'z')
}

// Placeholder reports whether a value is a template's or a sample's
// placeholder rather than a value (see placeholder).
func Placeholder(v []byte) bool { return placeholder(v) }

// bracketed reports whether v is a field's name in brackets: "[MRN]",
// "<FAMILY NAME>", a capital letter first.
func bracketed(v []byte) bool {
	if len(v) < 3 || len(v) > 42 || !(v[0] == '[' && v[len(v)-1] == ']' || v[0] == '<' && v[len(v)-1] == '>') {
		return false
	}
	in := v[1 : len(v)-1]
	if in[0] < 'A' || in[0] > 'Z' {
		return false
	}
	for _, c := range in {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '_' || c == '-' || c == '#' || c == '.') {
			return false
		}
	}
	return true
}

// closeTo closes the innermost open element named local and every element
// inside it; it does nothing when none is open.
func (c *cdaReader) closeTo(local string) {
	for i := len(c.stack) - 1; i >= 0; i-- {
		if c.stack[i] == local {
			for len(c.stack) > i {
				c.end()
			}
			return
		}
	}
}

// start handles an opening tag.
func (c *cdaReader) start(e xml.StartElement) error {
	c.depth++
	if c.depth > maxDepth {
		return ErrMalformed
	}
	local := e.Name.Local
	if c.depth == 1 && !isCDARoot(e) {
		return errNotCDA
	}
	if local == "nonXMLBody" {
		c.t.clin |= clNote
	}
	c.startPatient(local, e)
	c.startSection(local, e)
	c.stack = append(c.stack, local)
	return nil
}

// isCDARoot reports whether e is a ClinicalDocument in the HL7 v3
// namespace, declared on it with or without a prefix.
func isCDARoot(e xml.StartElement) bool {
	if e.Name.Local != "ClinicalDocument" {
		return false
	}
	for _, a := range e.Attr {
		if (e.Name.Space == "" && a.Name.Space == "" && a.Name.Local == "xmlns" ||
			e.Name.Space != "" && a.Name.Space == "xmlns" && a.Name.Local == e.Name.Space) &&
			a.Value == cdaNamespace {
			return true
		}
	}
	return false
}

// end closes the innermost open element.
func (c *cdaReader) end() {
	if c.depth == 0 {
		return
	}
	if n := len(c.sections); n > 0 && c.sections[n-1].depth == c.depth {
		c.closeSection(c.sections[n-1])
		c.sections = c.sections[:n-1]
	}
	if c.depth == c.org {
		c.org = 0
	}
	if c.depth == c.patient {
		c.patient = 0
	}
	c.depth--
	c.stack = c.stack[:len(c.stack)-1]
}

// parent is the local name of the element enclosing the one being opened.
func (c *cdaReader) parent() string {
	if len(c.stack) == 0 {
		return ""
	}
	return c.stack[len(c.stack)-1]
}

// startPatient counts a recordTarget/patientRole and the identifiers
// inside it, leaving out its provider organisation.
func (c *cdaReader) startPatient(local string, e xml.StartElement) {
	switch {
	case local == "patientRole" && c.parent() == "recordTarget" && c.patient == 0:
		c.patient = c.depth
		c.t.records++
		return
	case c.patient == 0 || c.org != 0 || isNull(e):
		return
	case local == "providerOrganization":
		c.org = c.depth
		return
	}
	c.t.ids |= c.patientField(local, e)
}

// patientField maps an element inside patientRole to its identifier kind.
func (c *cdaReader) patientField(local string, e xml.StartElement) idSet {
	switch local {
	case "id":
		if c.depth != c.patient+1 {
			return 0
		}
		if attr(e, "root") == ssnOID {
			return idSSN
		}
		return idMRN
	case "addr":
		return idAddress
	case "name":
		return idName
	case "birthTime":
		if attr(e, "value") != "" {
			return idDOB
		}
	case "telecom":
		return telecomURL(attr(e, "value"))
	}
	return 0
}

// telecomURL maps a CDA telecom value ("tel:…", "mailto:…") to its kind.
func telecomURL(v string) idSet {
	switch {
	case v == "":
		return 0
	case strings.HasPrefix(strings.ToLower(v), "mailto:"):
		return idEmail
	case strings.HasPrefix(strings.ToLower(v), "http"):
		return 0
	}
	return idPhone
}

// startSection opens a section or notes what a member of the innermost one
// says about it.
func (c *cdaReader) startSection(local string, e xml.StartElement) {
	if local == "section" {
		c.sections = append(c.sections, cdaSection{depth: c.depth, null: isNull(e)})
		return
	}
	n := len(c.sections)
	if n == 0 {
		return
	}
	s := &c.sections[n-1]
	if c.depth > s.depth+1 {
		s.entries |= cdaEntries[local]
		return
	}
	switch local {
	case "templateId":
		s.kind |= cdaSections[attr(e, "root")]
	case "code":
		s.kind |= cdaSections[attr(e, "code")]
	case "text":
		s.text = true
	}
}

// closeSection adds what a finished section holds: its coded kind, else
// its statements, else its narrative as a note.
func (c *cdaReader) closeSection(s cdaSection) {
	switch {
	case s.null:
	case s.kind != 0:
		c.t.clin |= s.kind
	case s.entries != 0:
		c.t.clin |= s.entries
	case s.text:
		c.t.clin |= clNote
	}
}

// attr returns the value of e's attribute with the given local name.
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// isNull reports whether e carries a nullFlavor.
func isNull(e xml.StartElement) bool {
	return attr(e, "nullFlavor") != ""
}
