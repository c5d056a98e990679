package main

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// pdfDoc builds a minimal valid PDF 1.4: catalog, page tree, one or more
// pages (50 lines each) drawn in Helvetica, an Info dictionary, and a
// cross-reference table with exact byte offsets. With flate the page content
// streams are compressed with /Filter /FlateDecode.
func pdfDoc(title string, lines []string, flate bool) []byte {
	const perPage = 50
	var pages [][]string
	for len(lines) > perPage {
		pages = append(pages, lines[:perPage])
		lines = lines[perPage:]
	}
	pages = append(pages, lines)

	// object numbers: 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
	var objs [][]byte
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 5+2*i)
	}
	objs = append(objs, []byte("<< /Type /Catalog /Pages 2 0 R >>"))
	objs = append(objs, []byte(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages))))
	objs = append(objs, []byte("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"))
	objs = append(objs, []byte(fmt.Sprintf("<< /Title %s /Producer (Sealpost corpusgen) /CreationDate (D:20250301090000Z) >>", pdfString(title))))
	for i, pl := range pages {
		var cs bytes.Buffer
		cs.WriteString("BT\n/F1 11 Tf\n14 TL\n72 740 Td\n")
		for _, l := range pl {
			fmt.Fprintf(&cs, "%s Tj T*\n", pdfString(l))
		}
		cs.WriteString("ET\n")
		stream := cs.Bytes()
		dict := ""
		if flate {
			var z bytes.Buffer
			zw := zlib.NewWriter(&z)
			zw.Write(stream)
			zw.Close()
			stream = z.Bytes()
			dict = " /Filter /FlateDecode"
		}
		objs = append(objs, []byte(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 6+2*i)))
		var so bytes.Buffer
		fmt.Fprintf(&so, "<< /Length %d%s >>\nstream\n", len(stream), dict)
		so.Write(stream)
		so.WriteString("\nendstream")
		objs = append(objs, so.Bytes())
	}

	var w bytes.Buffer
	w.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = w.Len()
		fmt.Fprintf(&w, "%d 0 obj\n", i+1)
		w.Write(o)
		w.WriteString("\nendobj\n")
	}
	xref := w.Len()
	fmt.Fprintf(&w, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&w, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&w, "trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return w.Bytes()
}

// pdfString writes a PDF literal string in WinAnsi (Latin-1 subset),
// escaping delimiters and using octal escapes for non-ASCII.
func pdfString(s string) string {
	var b strings.Builder
	b.WriteByte('(')
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 32 && r < 127:
			b.WriteRune(r)
		case r >= 0xA0 && r <= 0xFF:
			fmt.Fprintf(&b, "\\%03o", r)
		case r == '–' || r == '—':
			b.WriteByte('-')
		case r == '’':
			b.WriteByte('\'')
		default:
			b.WriteByte('?')
		}
	}
	b.WriteByte(')')
	return b.String()
}

// pdfLines splits a text block into lines for pdfDoc.
func pdfLines(s string) []string {
	return strings.Split(strings.TrimRight(s, "\n"), "\n")
}

// hl7 joins segments with the HL7 v2 segment terminator (a bare CR).
func hl7(segs ...string) []byte {
	return []byte(strings.Join(segs, "\r") + "\r")
}

// hl7Text is hl7 for a block with one segment per line.
func hl7Text(s string) []byte {
	var segs []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			segs = append(segs, l)
		}
	}
	return hl7(segs...)
}

// ics turns an LF block into a CRLF iCalendar object.
func ics(s string) []byte {
	return crlf([]byte(strings.TrimLeft(s, "\n")))
}

// hl7Part is an HL7 attachment whose bare-CR segment separators survive.
func hl7Part(ct, filename string, data []byte) *Part {
	p := attach(ct, filename, data)
	p.Exact = true
	return p
}
