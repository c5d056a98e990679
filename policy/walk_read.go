package policy

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"

	"github.com/sealpost/sealpost/policy/doctext"
	"github.com/sealpost/sealpost/policy/payload"
)

func (w *walker) unreadable(where Where) { w.ev.counts[dUnreadable][whereIndex(where)]++ }

// text scans one short text read whole (a header, file names).
func (w *walker) text(where Where, s string) {
	if s == "" {
		return
	}
	w.sc.where = whereIndex(where)
	w.sc.text([]byte(s))
}

// subject scans a subject line: the message's own, or that of a
// message it carries (forwarded, or bounced back whole or as its
// header). A subject is read as a title: "Referral - Ostrowski, Teresa -
// ANA 1:640" names its patient wherever it stands.
//
// A name set apart in it is a patient's when the subject is clinical or
// speaks of care, or a care provider's mailbox sends it: "Intake packet
// - Sloane Marchetti - PHP start 12/14 (anorexia)", "med hx update -
// Andre Whitfield", "Pickup tomorrow 0900 - Gideon Pratt" from "Fernway
// Detox Intake".
func (w *walker) subject(where Where, s string) {
	w.subjectName(where, s, nil)
}

// subjectName is subject, and sets *name, when name is not nil, to the
// name set apart that it records.
func (w *walker) subjectName(where Where, s string, name *string) {
	w.sc.title, w.sc.titled = true, ""
	before, care := w.clinicalAt(whereIndex(where)), w.ev.counts[dCare][whereIndex(where)]
	w.text(where, s)
	if w.sc.titled != "" && (w.clinicalAt(whereIndex(where)) > before || w.ev.counts[dCare][whereIndex(where)] > care || w.fromCare) &&
		!w.sc.spellsDomain(w.sc.titled) {
		w.ev.hit(dName, whereIndex(where), []byte(w.sc.titled))
		if name != nil {
			*name = w.sc.titled
		}
	}
	w.sc.title, w.sc.titled = false, ""
}

func (w *walker) scanRaw(where Where, raw []byte) {
	w.sc.where = whereIndex(where)
	w.copyText(where, w.sc, bytes.NewReader(raw))
	w.sc.Close()
}

// copyText copies r to dst within the budgets. Content past a budget, or
// that does not decode, is recorded as unreadable.
func (w *walker) copyText(where Where, dst io.Writer, r io.Reader) {
	limit := min(w.budgets.Part, w.left)
	if w.copyBuf == nil {
		w.copyBuf = make([]byte, 32<<10)
	}
	n, err := io.CopyBuffer(dst, io.LimitReader(r, limit), w.copyBuf)
	w.left -= n
	if err != nil || n == limit && more(r) {
		w.unreadable(where)
	}
}

// more reports whether r has anything left.
func more(r io.Reader) bool {
	var b [1]byte
	n, _ := io.ReadFull(r, b[:])
	return n > 0
}

// plain reads a text part; a structured payload (HL7 v2, FHIR, C-CDA,
// CSV) is summarised as it is scanned.
func (w *walker) plain(where Where, br *bufio.Reader, mt, name string, head []byte) {
	w.sc.where = whereIndex(where)
	defer w.sc.Close()
	kind := payload.Sniff(head, mt, name)
	if kind == payload.None && contentLined(mt, name, head) {
		before := w.ev.snapshot()
		first := &headText{max: 8 << 10}
		u := &unfolder{out: io.MultiWriter(w.sc, first)}
		w.copyText(where, u, br)
		u.Close()
		w.sc.Close()
		if businessCard(head) {
			w.ev.restore(before) // a colleague's card: their service, their work number
			return
		}
		w.summaries(where, first.b)
		return
	}
	if kind == payload.None {
		q := newQuotedHeaders(w.sc)
		w.copyText(where, q, br)
		w.quotedSubjects(where, q)
		return
	}
	limit := min(w.budgets.Part, w.left)
	lr := &io.LimitedReader{R: br, N: limit}
	tee := io.TeeReader(lr, w.sc)
	before := w.ev.snapshot()
	sum, err := payload.Read(kind, tee, limit)
	w.record(where, sum)
	if err != nil {
		w.unreadable(where)
	}
	io.CopyBuffer(io.Discard, tee, w.copyBuf)
	if sum.Test && err == nil {
		w.sc.Close()
		w.ev.restore(before) // test data by its own label: its text names no one either
	}
	w.left -= limit - lr.N
	if lr.N == 0 && more(br) {
		w.unreadable(where)
	}
}

// summaries reads the SUMMARY lines of a calendar's first entries as
// subjects are read, for the name a subject sets apart: "Home visit -
// Gloria Alvarez (TMK884147726) - new HFpEF". Their words were scanned
// with the rest: only the name is kept.
func (w *walker) summaries(where Where, text []byte) {
	wi := whereIndex(where)
	if w.ev.counts[dName][wi] > 0 {
		return // the entry's text named its patient already
	}
	for line := range bytes.Lines(text) {
		v, ok := bytes.CutPrefix(line, []byte("SUMMARY"))
		if !ok {
			continue
		}
		if _, v, ok = bytes.Cut(v, []byte(":")); !ok {
			continue
		}
		before, names := w.ev.snapshot(), w.ev.counts[dName][wi]
		name := ""
		w.subjectName(where, string(bytes.TrimSpace(v)), &name)
		named := w.ev.counts[dName][wi] > names
		w.ev.restore(before)
		if named {
			w.ev.hit(dName, wi, []byte(name))
		}
	}
}

// headText keeps the first max bytes written to it.
type headText struct {
	b   []byte
	max int
}

func (h *headText) Write(p []byte) (int, error) {
	if n := min(len(p), h.max-len(h.b)); n > 0 {
		h.b = append(h.b, p[:n]...)
	}
	return len(p), nil
}

// record turns a payload's summary into findings: a record about a
// patient is an identifier, its clinical fields health content.
func (w *walker) record(where Where, sum payload.Summary) {
	wi := whereIndex(where)
	if det, ok := recordDetector[sum.Kind]; ok && sum.Records > 0 && len(sum.Identifiers) > 0 {
		w.ev.counts[det][wi] += sum.Records
		w.keep(det, string(sum.Kind)+": "+strings.Join(sum.Identifiers, ","))
	}
	if len(sum.Clinical) > 0 {
		w.ev.counts[dStructClinical][wi]++
		w.keep(dStructClinical, string(sum.Kind)+": "+strings.Join(sum.Clinical, ","))
	}
	if sum.Records == 0 || len(sum.Identifiers) == 0 {
		return
	}
	for kind, det := range restrictedColumns { // a roster's drug screens are substance-use care
		if slices.Contains(sum.Clinical, kind) {
			w.ev.counts[det][wi]++
			w.keep(det, string(sum.Kind)+": "+kind)
		}
	}
}

// restrictedColumns are the clinical kinds of a record that are a
// restricted category's care.
var restrictedColumns = map[string]int{"drug-screen": dSubstance, "hiv": dHIV}

var recordDetector = map[payload.Kind]int{payload.HL7v2: dHL7, payload.FHIR: dFHIR, payload.CCDA: dCCDA, payload.CSV: dPatientTable, payload.X12: dX12}

func (w *walker) keep(det int, what string) {
	if w.ev.matches != nil && len(w.ev.matches[det]) < maxMatches {
		w.ev.matches[det] = append(w.ev.matches[det], what)
	}
}

// dataTable reports whether an HTML table's text (a line a row, a tab
// between cells) is a table of data: a header of two cells or more, each
// a column's name and not a paragraph, and a row after it with as many
// cells (a title row or two may stand above the header; one patient's
// row is a table). Mail lays itself out in tables as well, whose cells
// hold prose.
func dataTable(table []byte) bool {
	lines := bytes.SplitN(table, []byte("\n"), 6)
	for k := 0; k < 2 && len(lines) > 2 && !bytes.Contains(lines[0], []byte("\t")); k++ {
		lines = lines[1:] // a title row over the columns: "4 West census, 12/03"
	}
	if len(lines) < 2 {
		return false
	}
	head := bytes.Split(bytes.TrimRight(lines[0], "\r"), []byte("\t"))
	if len(head) < 2 {
		return false
	}
	for _, c := range head {
		if len(bytes.TrimSpace(c)) > maxHeaderCell {
			return false
		}
	}
	return bytes.Count(lines[1], []byte("\t"))+1 >= len(head)
}

// maxHeaderCell is the longest a column's name is: "Date of Service",
// "Patient Name", "Nombre del paciente".
const maxHeaderCell = 40

// html reads an HTML part as text; each table is also read as records.
func (w *walker) html(where Where, r io.Reader) {
	w.sc.where = whereIndex(where)
	q := newQuotedHeaders(w.sc)
	h := &htmlText{out: q, onTable: func(table []byte) {
		if !dataTable(table) {
			return // a layout's table: a newsletter's columns, a template's frame
		}
		sum, _ := payload.Read(payload.CSV, bytes.NewReader(table), int64(len(table)))
		w.record(where, sum)
	}}
	w.copyText(where, h, r)
	h.Close()
	w.quotedSubjects(where, q)
}

// quotedSubjects ends a part's text and reads the subjects its quoted
// headers gave, as subjects.
func (w *walker) quotedSubjects(where Where, q *quotedHeaders) {
	q.Close()
	w.sc.Close()
	if q.people > 0 {
		w.ev.poster = true // "From: Marcus Quarles <mquarles@…>" over a post in a plain-text digest (ownPost)
	}
	for _, s := range q.subjects {
		w.subject(where, s)
	}
}

// document reads the text of a PDF or Office attachment. One whose text
// cannot be read reliably (a scan, an encrypted file) is recorded.
func (w *walker) document(where Where, r io.Reader, kind string) {
	data, ok := w.whole(where, r)
	if !ok {
		return
	}
	limit := min(w.budgets.Part, w.left+int64(len(data))) // the text may take the budget the part had
	w.sc.where = whereIndex(where)
	defer w.sc.Close()
	var err error
	switch kind {
	case "pdf":
		err = doctext.PDF(data, w.sc, int(limit))
	case "spreadsheetml":
		err = w.workbook(where, data, int(limit))
	default:
		err = w.office(where, data, int(limit))
	}
	switch {
	case err == nil:
	case kind == "pdf" && (errors.Is(err, doctext.ErrNoText) || errors.Is(err, doctext.ErrEncrypted)):
		w.ev.counts[dUnscannedPDF][whereIndex(where)]++
	default:
		w.unreadable(where)
	}
}

// workbook reads an Excel 2003 XML workbook as text and its sheets as
// records, as a CSV export is read.
func (w *walker) workbook(where Where, data []byte, limit int) error {
	var rows bytes.Buffer
	err := doctext.SpreadsheetML(data, &rows, limit)
	w.sc.Write(rows.Bytes())
	w.table(where, rows.Bytes())
	return err
}

// office reads an OOXML document as text; a workbook's sheets, written a
// row a line with a tab between cells, are read as records too.
func (w *walker) office(where Where, data []byte, limit int) error {
	var text bytes.Buffer
	err := doctext.OOXML(data, &text, limit)
	w.sc.Write(text.Bytes())
	first, _, _ := bytes.Cut(text.Bytes(), []byte("\n"))
	if bytes.Count(first, []byte("\t")) >= 2 {
		w.table(where, text.Bytes())
	}
	return err
}

// table reads rows of text as a delimited table's records.
func (w *walker) table(where Where, rows []byte) {
	sum, _ := payload.Read(payload.CSV, bytes.NewReader(rows), int64(len(rows)))
	w.record(where, sum)
}

// whole reads a part that is read whole (a document, an archive) within
// the budgets; what does not fit is recorded as unreadable.
func (w *walker) whole(where Where, r io.Reader) ([]byte, bool) {
	limit := min(w.budgets.Part, w.left)
	data, err := io.ReadAll(io.LimitReader(r, limit))
	w.left -= int64(len(data))
	if err != nil || int64(len(data)) == limit && more(r) {
		w.unreadable(where)
		return nil, false
	}
	return data, true
}

// returned reads the header of a message a bounce returns without its
// body (text/rfc822-headers): its subject and its sender's names, as an
// attached message's. The rest is routing.
func (w *walker) returned(r io.Reader) {
	data, ok := w.whole(WhereAttachment, r)
	if !ok {
		return
	}
	data = append(data, "\r\n\r\n"...) // a returned header often stops without its blank line
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(data)))
	if err != nil && h.Len() == 0 {
		w.scanRaw(WhereAttachment, data) // not a header after all: read it as text
		return
	}
	inner := message.Header{Header: h}
	w.subject(WhereAttachment, subjectFiles(headerText(inner, "Subject")))
	w.names(WhereAttachment, inner)
	if to := headerText(inner, "To"); strings.Count(to, "@") == 1 && !broadcast(to) {
		w.ev.letter = true // a message to one person, bounced
	}
}

// attached reads a message attached to another one, as an attachment.
func (w *walker) attached(r io.Reader, depth int) { w.enclosed(r, depth, true) }

// digested reads a post in a digest. A post to one address is still a
// list's, so it makes no letter.
func (w *walker) digested(r io.Reader, depth int) { w.enclosed(r, depth, false) }

// enclosed reads an attached message; oneTo: a message to one person makes a
// letter.
func (w *walker) enclosed(r io.Reader, depth int, oneTo bool) {
	br := bufio.NewReader(r)
	inner, err := message.Read(br)
	if inner == nil {
		w.unreadable(WhereAttachment)
		w.sc.where = whereIndex(WhereAttachment)
		w.copyText(WhereAttachment, w.sc, br)
		w.sc.Close()
		return
	}
	w.subject(WhereAttachment, subjectFiles(headerText(inner.Header, "Subject")))
	w.names(WhereAttachment, inner.Header)
	if to := headerText(inner.Header, "To"); oneTo && strings.Count(to, "@") == 1 && !broadcast(to) {
		w.ev.letter = true // a message to one person, forwarded or bounced
	}
	if personSender(headerText(inner.Header, "From")) {
		w.ev.poster = true // a member's post, a forwarded letter (ownPost)
	}
	w.entity(inner, err, WhereAttachment, depth+1)
}
