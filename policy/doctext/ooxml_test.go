package doctext

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
)

// zipOf builds a zip of the given parts, in order.
func zipOf(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	contentTypes = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
	wNS          = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	aNS          = `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`
)

func docx(t testing.TB) []byte {
	return zipOf(t, "[Content_Types].xml", contentTypes,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document `+wNS+`><w:body>
<w:p><w:r><w:t>Patient:</w:t></w:r><w:r><w:t xml:space="preserve"> Jane </w:t></w:r><w:r><w:t>Roe</w:t></w:r></w:p>
<w:p><w:r><w:t>DOB</w:t><w:tab/><w:t>04/12/1961</w:t><w:br/><w:t>diagnosis E11.9 &amp; more</w:t></w:r></w:p>
<w:p><w:r><w:instrText>PAGE</w:instrText><w:delText>deleted SSN 123-45-6789</w:delText></w:r></w:p>
</w:body></w:document>`,
		"word/footer1.xml", `<w:ftr `+wNS+`><w:p><w:r><w:t>MRN A-778812</w:t></w:r></w:p></w:ftr>`,
		"word/styles.xml", `<w:styles `+wNS+`><w:style><w:name w:val="Normal"/><w:t>style text</w:t></w:style></w:styles>`)
}

func xlsx(t testing.TB) []byte {
	return zipOf(t, "[Content_Types].xml", contentTypes,
		"xl/workbook.xml", `<workbook/>`,
		"xl/sharedStrings.xml", `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">
<si><t>Patient</t></si><si><r><t>Jane</t></r><r><t xml:space="preserve"> Roe</t></r></si><si><t>E11.9</t></si></sst>`,
		"xl/worksheets/sheet10.xml", `<worksheet><sheetData><row><c><v>10</v></c></row></sheetData></worksheet>`,
		"xl/worksheets/sheet2.xml", `<worksheet><sheetData><row><c t="inlineStr"><is><t>second sheet</t></is></c></row></sheetData></worksheet>`,
		"xl/worksheets/sheet1.xml", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2"><v>19610412</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="str"><f>A2&amp;""</f><v>formula result</v></c><c t="s"><v>99</v></c><c t="b"><v>1</v></c></row>
</sheetData></worksheet>`)
}

func pptx(t testing.TB) []byte {
	slide := func(text string) string {
		return `<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" ` + aNS +
			`><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>` + text + `</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`
	}
	return zipOf(t, "[Content_Types].xml", contentTypes, "ppt/presentation.xml", `<p:presentation/>`,
		"ppt/slides/slide2.xml", slide("Follow-up in three weeks"),
		"ppt/slides/slide1.xml", slide(phiLine),
		"ppt/notesSlides/notesSlide1.xml", slide("speaker note"))
}

func TestOOXML(t *testing.T) {
	cases := []struct {
		name    string
		data    []byte
		wantErr error
		want    []string
		absent  []string
	}{
		{"docx", docx(t), nil, []string{"Patient: Jane Roe\nDOB\t04/12/1961\ndiagnosis E11.9 & more\ndeleted SSN 123-45-6789\n", "MRN A-778812"}, []string{"PAGE", "style text"}},
		{"xlsx", xlsx(t), nil, []string{"Patient\tJane Roe\n19610412\tE11.9\tformula result\t1\nsecond sheet\n10"}, nil},
		{"pptx", pptx(t), nil, []string{phiLine + "\nFollow-up in three weeks\nspeaker note"}, nil},
		{"LibreOffice docx", readFixture(t, "libreoffice.docx"), nil, []string{"Discharge Summary\n", phiLine + "\n", "MRN\nA-778812"}, nil},
		{"LibreOffice xlsx", readFixture(t, "libreoffice.xlsx"), nil, []string{"Patient\tDOB\tDiagnosis\nJane Roe\t04/12/1961\tE11.9\nJohn Doe"}, nil},
		{"encrypted (CFB)", append(append([]byte{}, cfbMagic...), make([]byte, 504)...), ErrEncrypted, nil, nil},
		{"not a zip", []byte("PK\x03\x04garbage"), ErrMalformed, nil, nil},
		{"zip of something else", zipOf(t, "readme.txt", "hello"), ErrMalformed, nil, nil},
		{"bad XML", zipOf(t, "word/document.xml", `<w:document `+wNS+`><w:t>Jane</w:document>`), ErrMalformed, nil, nil},
		{"empty document", zipOf(t, "word/document.xml", `<w:document `+wNS+`><w:body/></w:document>`), ErrNoText, nil, nil},
		{"inflate bomb", zipOf(t, "word/document.xml", "<w:document "+wNS+"><w:t>"+strings.Repeat("a", 65<<20)+"</w:t></w:document>"), ErrTooLarge, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			err := OOXML(c.data, &out, 1<<20)
			check(t, out.String(), err, c.wantErr, c.want, c.absent)
		})
	}
}

func TestOOXMLLimit(t *testing.T) {
	const text = "Patient: Jane Roe\nDOB\t04/12/1961\ndiagnosis E11.9 & more\n"
	for _, limit := range []int{1, 7, 30} {
		var out bytes.Buffer
		err := OOXML(docx(t), &out, limit)
		if !errors.Is(err, ErrTooLarge) || out.Len() > limit || !strings.HasPrefix(text, out.String()) {
			t.Errorf("limit %d: %q, %v", limit, out.String(), err)
		}
	}
}

// TestBudgetReader checks the budget holds while reading, whatever a
// part's header declares.
func TestBudgetReader(t *testing.T) {
	left := int64(10)
	r := &budgetReader{r: strings.NewReader(strings.Repeat("x", 100)), left: &left}
	var buf bytes.Buffer
	_, err := buf.ReadFrom(r)
	if !errors.Is(err, ErrTooLarge) || buf.Len() != 10 {
		t.Fatalf("read %d bytes, %v; want 10 and ErrTooLarge", buf.Len(), err)
	}
}

func TestSniff(t *testing.T) {
	cases := []struct {
		head      string
		mediaType string
		filename  string
		want      string
	}{
		{"%PDF-1.7\n", "application/octet-stream", "x.bin", "pdf"},
		{"\xef\xbb\xbfjunk %PDF-1.4", "", "", "pdf"},
		{"", "application/pdf; name=x.pdf", "", "pdf"},
		{"", "", "Report.PDF", "pdf"},
		{"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x13\x00[Content_Types].xml", "", "", "ooxml"},
		{"PK\x03\x04", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "", "ooxml"},
		{"PK\x03\x04", "", `C:\docs\labs.xlsx`, "ooxml"},
		{"PK\x03\x04 photos/", "application/zip", "photos.zip", ""},
		{string(cfbMagic), "", "locked.docx", "ooxml"},
		{string(cfbMagic), "application/msword", "old.doc", ""},
		{"GIF89a", "image/gif", "x.gif", ""},
		{"", "", "", ""},
	}
	for _, c := range cases {
		if got := Sniff([]byte(c.head), c.mediaType, c.filename); got != c.want {
			t.Errorf("Sniff(%q, %q, %q) = %q, want %q", c.head, c.mediaType, c.filename, got, c.want)
		}
	}
}

// TestSheetColumns: an empty cell keeps the cells after it in their
// columns, so a sheet reads as a table's rows.
func TestSheetColumns(t *testing.T) {
	data := zipOf(t, "[Content_Types].xml", contentTypes, "xl/workbook.xml", `<workbook/>`,
		"xl/worksheets/sheet1.xml", `<worksheet><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>MRN</t></is></c><c r="B1" t="inlineStr"><is><t>Phone</t></is></c><c r="C1" t="inlineStr"><is><t>DOB</t></is></c></row>
<row r="2"><c r="A2"><v>448120</v></c><c r="C2"><v>19610412</v></c></row>
</sheetData></worksheet>`)
	var out bytes.Buffer
	if err := OOXML(data, &out, 1<<20); err != nil {
		t.Fatal(err)
	}
	if want := "MRN\tPhone\tDOB\n448120\t\t19610412"; !strings.Contains(out.String(), want) {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
