package doctext

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const phiLine = "Patient: Jane Roe DOB 04/12/1961 diagnosis E11.9"

// extract runs PDF with a generous limit and checks the output limit.
func extract(t *testing.T, data []byte) (string, error) {
	t.Helper()
	return extractLimit(t, data, 1<<20)
}

func extractLimit(t *testing.T, data []byte, limit int) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := PDF(data, &out, limit)
	if out.Len() > limit {
		t.Fatalf("wrote %d bytes, over the limit of %d", out.Len(), limit)
	}
	return out.String(), err
}

// check asserts the error and that got holds every want and no absent.
func check(t *testing.T, got string, err, wantErr error, want, absent []string) {
	t.Helper()
	if wantErr == nil && err != nil || wantErr != nil && !errors.Is(err, wantErr) {
		t.Fatalf("err = %v, want %v (text %q)", err, wantErr, got)
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("text lacks %q:\n%s", w, got)
		}
	}
	for _, a := range absent {
		if strings.Contains(got, a) {
			t.Errorf("text holds %q:\n%s", a, got)
		}
	}
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The fixtures made by real tools (see testdata/README.md).
func TestPDFFixtures(t *testing.T) {
	groffText := []string{"Discharge Summary\n", phiLine + "\n",
		"The patient was seen on Tuesday. Follow-up in three weeks with Dr. Smith. Medication: metformin",
		"500 mg twice daily."}
	cases := []struct {
		file    string
		wantErr error
		want    []string
	}{
		{"gropdf.pdf", nil, groffText},
		{"ps2pdf.pdf", nil, groffText},
		{"objstm.pdf", nil, groffText},
		{"libreoffice.pdf", nil, []string{"Discharge Summary\n", phiLine + "\n",
			"Follow-up in three weeks with Dr. Smith. Medication: metformin 500 mg.", "MRN A-778812"}},
		{"pango-type0.pdf", nil, []string{phiLine + "\n", "Allergy → penicillin ✓ café naïve\n",
			"Follow-up with Dr. Smith in 3 weeks."}},
		{"encrypted.pdf", ErrEncrypted, nil},
		{"image-only.pdf", ErrNoText, nil},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			got, err := extract(t, readFixture(t, c.file))
			check(t, got, err, c.wantErr, c.want, []string{"  ", "\uFFFD"})
		})
	}
}

// TestPDFAgainstPdftotext compares words with poppler's, where installed.
func TestPDFAgainstPdftotext(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	for _, f := range []string{"gropdf.pdf", "ps2pdf.pdf", "libreoffice.pdf", "pango-type0.pdf"} {
		ref, err := exec.Command("pdftotext", filepath.Join("testdata", f), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		got, err := extract(t, readFixture(t, f))
		if err != nil {
			t.Fatal(err)
		}
		if w, g := strings.Fields(string(ref)), strings.Fields(got); strings.Join(w, " ") != strings.Join(g, " ") {
			t.Errorf("%s: words differ from pdftotext:\n got %q\nwant %q", f, g, w)
		}
	}
}

// builtCase is a document built here, one feature each, and what PDF
// should make of it.
type builtCase struct {
	name    string
	data    []byte
	wantErr error
	want    []string
	absent  []string
}

func runBuilt(t *testing.T, cases []builtCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := extract(t, c.data)
			check(t, got, err, c.wantErr, c.want, append(c.absent, "  "))
		})
	}
}

// Text operators, strings, encodings and fonts.
func TestPDFText(t *testing.T) {
	runBuilt(t, []builtCase{
		{"one string", onePage(testPage{fonts: map[string]string{"F1": helvetica},
			content: "BT /F1 12 Tf 72 700 Td (" + phiLine + ") Tj ET"}), nil, []string{phiLine}, nil},
		{"words placed by Td, no widths", onePage(testPage{fonts: map[string]string{"F1": helvetica},
			content: "BT /F1 10 Tf 72 700 Td (Patient:) Tj 38 0 Td (Jane) Tj 24 0 Td (Roe) Tj 0 -14 Td (DOB) Tj ET"}),
			nil, []string{"Patient: Jane Roe\nDOB"}, nil},
		{"glyphs placed one by one", onePage(testPage{fonts: map[string]string{"F1": times},
			content: "BT /F1 10 Tf 1 0 0 1 72 700 Tm (J) Tj 1 0 0 1 75.89 700 Tm (a) Tj 1 0 0 1 80.33 700 Tm (n) Tj 1 0 0 1 85.33 700 Tm (e) Tj 1 0 0 1 92 700 Tm (Roe) Tj ET"}),
			nil, []string{"Jane Roe"}, []string{"J a"}},
		{"TJ kerning", onePage(testPage{fonts: map[string]string{"F1": helvetica},
			content: "BT /F1 12 Tf 72 700 Td [(Ja)30(ne)-250(Roe)-199(Smi)-120(th)] TJ ET"}),
			nil, []string{"Jane RoeSmith"}, nil},
		{"character spacing", onePage(testPage{fonts: map[string]string{"F1": helvetica},
			content: "BT /F1 10 Tf 72 700 Td 3 Tc (.F) Tj 0 Tc 11.89 0 Td (ollow) Tj ET"}),
			nil, []string{". Follow"}, nil},
		{"line operators", onePage(testPage{fonts: map[string]string{"F1": helvetica},
			content: "BT /F1 10 Tf 12 TL 72 700 Td (one) Tj T* (two) Tj (three) ' 1 0 (four) \" 0 -20 TD (five) Tj ET"}),
			nil, []string{"one\ntwo\nthree\nfour\nfive"}, nil},
		{"literal escapes", onePage(testPage{fonts: map[string]string{"F1": helvetica},
			content: "BT /F1 10 Tf 72 700 Td (\\(a\\) \\\\ \\101\\102C (nested) split\\\nword) Tj ET"}),
			nil, []string{`(a) \ ABC (nested) splitword`}, nil},
		{"hex string", onePage(testPage{fonts: map[string]string{"F1": helvetica},
			content: "BT /F1 10 Tf 72 700 Td <4A616E6520526F65> Tj <4> Tj ET"}),
			nil, []string{"Jane Roe@"}, nil},
		{"MacRoman", onePage(testPage{fonts: map[string]string{"F1": "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /MacRomanEncoding >>"},
			content: "BT /F1 10 Tf 72 700 Td (caf\\216 na\\225ve) Tj ET"}), nil, []string{"café naïve"}, nil},
		{"WinAnsi", onePage(testPage{fonts: map[string]string{"F1": helvetica},
			content: "BT /F1 10 Tf 72 700 Td (\\223Ren\\351e\\224 \\200 5) Tj ET"}), nil, []string{"“Renée” € 5"}, nil},
		{"Differences", onePage(testPage{fonts: map[string]string{"F1": "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Custom /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /J /a /n /e /space /uni0052 /o /e.sc /fi /f_f 40 /Eacute] >> >>"},
			content: "BT /F1 10 Tf 72 700 Td <0102030405060708> Tj ( ) Tj <090A28> Tj ET"}),
			nil, []string{"Jane Roe fiffÉ"}, nil},
		{"unknown glyph names", onePage(testPage{fonts: map[string]string{"F1": "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Custom /Encoding << /Differences [1 /g1 /g2 /g3 /g4 /g5] >> >>"},
			content: "BT /F1 10 Tf 72 700 Td <0102030405> Tj (ab) Tj ET"}), ErrNoText, nil, nil},
		{"symbolic font without encoding", onePage(testPage{fonts: map[string]string{"F1": "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Wingdings /FontDescriptor << /Flags 4 >> >>"},
			content: "BT /F1 10 Tf 72 700 Td (Jane Roe) Tj ET"}), ErrNoText, nil, nil},
		{"missing font", onePage(testPage{content: "BT /F9 10 Tf 72 700 Td (Jane Roe) Tj ET"}), ErrNoText, nil, nil},
		{"Type0 with ToUnicode", type0Doc(true, "BT /F1 10 Tf 72 700 Td "+identityHex("Patient: Jane")+" Tj [<0003>-300"+identityHex("Roe")+"] TJ 0 -14 Td "+identityHex("DOB 0412")+" Tj <0012> Tj ET"),
			nil, []string{"Patient: Jane Roe\nDOB 0412fi"}, nil},
		{"Type0 glyphs placed one by one", type0Doc(true, "BT /F1 10 Tf 1 0 0 1 72 700 Tm <0029> Tj 1 0 0 1 79 700 Tm <0040> Tj 1 0 0 1 84 700 Tm <004D> Tj 1 0 0 1 89 700 Tm <0044> Tj ET"),
			nil, []string{"Jane"}, []string{"J a"}},
		{"Type0 without ToUnicode", type0Doc(false, "BT /F1 10 Tf 72 700 Td "+identityHex("Patient: Jane Roe")+" Tj ET"), ErrNoText, nil, nil},
	})
}

// Filters, document structure and budgets.
func TestPDFStructure(t *testing.T) {
	runBuilt(t, []builtCase{
		{"flate", onePage(testPage{fonts: map[string]string{"F1": helvetica}, filter: "flate",
			content: "BT /F1 12 Tf 72 700 Td (" + phiLine + ") Tj ET"}), nil, []string{phiLine}, nil},
		{"ASCII85 then flate", onePage(testPage{fonts: map[string]string{"F1": helvetica}, filter: "a85flate",
			content: "BT /F1 12 Tf 72 700 Td (" + phiLine + ") Tj ET"}), nil, []string{phiLine}, nil},
		{"ASCIIHex", onePage(testPage{fonts: map[string]string{"F1": helvetica}, filter: "hex",
			content: "BT /F1 12 Tf 72 700 Td (" + phiLine + ") Tj ET"}), nil, []string{phiLine}, nil},
		{"no text operators", onePage(testPage{content: "q 100 0 0 100 0 0 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x00\xffBT (x) Tj EI Q"}), ErrNoText, nil, nil},
		{"encrypted", encryptedDoc(), ErrEncrypted, nil, nil},
		{"encrypted, trailer lost", bytes.Replace(encryptedDoc(), []byte("trailer"), []byte("broken!"), 1), ErrEncrypted, nil, nil},
		{"not a PDF", []byte("hello"), ErrMalformed, nil, nil},
		{"no pages", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>"), ErrMalformed, nil, nil},
		{"incremental update", updatedDoc(), nil, []string{"second revision"}, []string{"first revision"}},
		{"object stream with predictor", objStmDoc(), nil, []string{phiLine}, nil},
		{"form XObjects", formDoc(), nil, []string{"page text\nform text\ninner form text"}, nil},
		{"page tree cycle", cycleDoc(), nil, []string{"looped"}, nil},
		{"broken page tree", brokenTreeDoc(), nil, []string{"orphan page"}, nil},
		{"inflate bomb", bombDoc(), ErrTooLarge, nil, nil},
		{"text before an unknown filter", unknownFilterDoc(), nil, []string{"readable"}, nil},
	})
}

func TestPDFLimit(t *testing.T) {
	long := strings.Repeat("Jane Roe é ", 100)
	data := onePage(testPage{fonts: map[string]string{"F1": helvetica},
		content: "BT /F1 10 Tf (" + strings.Repeat("Jane Roe \\351 ", 100) + ") Tj ET"})
	for _, limit := range []int{0, 1, 9, 10, 11, 100} {
		got, err := extractLimit(t, data, limit)
		if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(long, got) {
			t.Errorf("limit %d: %q, %v; want a prefix and ErrTooLarge", limit, got, err)
		}
	}
}

func type0Doc(toUnicode bool, content string) []byte {
	b := &pdfBuilder{}
	f := b.type0Font(toUnicode)
	return b.page(testPage{fonts: map[string]string{"F1": fmt.Sprintf("ref %d", f)}, content: content})
}

func encryptedDoc() []byte {
	b := &pdfBuilder{}
	data := b.page(testPage{fonts: map[string]string{"F1": helvetica}, content: "BT /F1 10 Tf (x) Tj ET"})
	return bytes.Replace(data, []byte("/Root"), []byte("/Encrypt << /Filter /Standard /V 2 >> /Root"), 1)
}

// updatedDoc redefines the content stream in an incremental update.
func updatedDoc() []byte {
	b := &pdfBuilder{}
	first := b.page(testPage{fonts: map[string]string{"F1": helvetica}, content: "BT /F1 10 Tf (first revision) Tj ET"})
	content := 2 // the font is 1, the content 2
	upd := fmt.Sprintf("%d 0 obj\n%s\nendobj\ntrailer\n<< /Root 5 0 R /Prev 0 >>\n%%%%EOF\n", content,
		streamBody("", []byte("BT /F1 10 Tf (second revision) Tj ET")))
	return append(first, upd...)
}

// objStmDoc keeps the font, page tree and catalog in an object stream
// compressed with a PNG predictor.
func objStmDoc() []byte {
	b := &pdfBuilder{}
	b.stream("", []byte("BT /F1 12 Tf 72 700 Td ("+phiLine+") Tj ET")) // 1
	objs := []string{helvetica,                                        // 3 to 6, in the object stream 2
		"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 4 0 R /Contents 1 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
		"<< /Type /Catalog /Pages 4 0 R >>"}
	var head, body bytes.Buffer
	for i, o := range objs {
		fmt.Fprintf(&head, "%d %d ", i+3, body.Len())
		body.WriteString(o + "\n")
	}
	data := append(head.Bytes(), body.Bytes()...)
	b.stream(fmt.Sprintf("/Type /ObjStm /N 4 /First %d /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >>", head.Len()),
		deflate(pngUp(data, 7)))
	return b.bytes("/Root 6 0 R")
}

// pngUp applies the PNG Up filter to rows of columns bytes.
func pngUp(data []byte, columns int) []byte {
	var out []byte
	prev := make([]byte, columns)
	for i := 0; i < len(data); i += columns {
		row := make([]byte, columns)
		copy(row, data[i:])
		out = append(out, 2)
		for j := range row {
			out = append(out, row[j]-prev[j])
		}
		prev = row
	}
	return out
}

// formDoc draws text through a form that draws another form and itself.
func formDoc() []byte {
	b := &pdfBuilder{}
	font := b.add(helvetica)
	inner := b.stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /Font << /G1 %d 0 R >> >>", font),
		[]byte("BT /G1 10 Tf 0 -40 Td (inner form text) Tj ET"))
	outer := b.add("") // refers to itself
	b.set(outer, streamBody(fmt.Sprintf("/Type /XObject /Subtype /Form /Matrix [1 0 0 1 0 -20] /Resources << /Font << /G2 %d 0 R >> /XObject << /In %d 0 R /Me %d 0 R >> >>", font, inner, outer),
		[]byte("BT /G2 10 Tf (form text) Tj ET /Me Do /In Do")))
	content := b.stream("", []byte("BT /F1 10 Tf 0 20 Td (page text) Tj ET /Fm Do"))
	page := b.add(fmt.Sprintf("<< /Type /Page /Parent 6 0 R /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> /XObject << /Fm %d 0 R >> >> >>", content, font, outer))
	pages := b.add(fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page))
	root := b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	return b.bytes(fmt.Sprintf("/Root %d 0 R", root))
}

// cycleDoc has a page tree whose node lists itself among its kids.
func cycleDoc() []byte {
	b := &pdfBuilder{}
	font := b.add(helvetica)
	content := b.stream("", []byte("BT /F1 10 Tf (looped) Tj ET"))
	page := b.add(fmt.Sprintf("<< /Type /Page /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", content, font))
	pages := b.add(fmt.Sprintf("<< /Type /Pages /Kids [4 0 R %d 0 R 4 0 R] /Count 1 >>", page))
	root := b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	return b.bytes(fmt.Sprintf("/Root %d 0 R", root))
}

// brokenTreeDoc has a catalog whose /Pages is missing.
func brokenTreeDoc() []byte {
	b := &pdfBuilder{}
	font := b.add(helvetica)
	content := b.stream("", []byte("BT /F1 10 Tf (orphan page) Tj ET"))
	b.add(fmt.Sprintf("<< /Type /Page /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", content, font))
	root := b.add("<< /Type /Catalog /Pages 99 0 R >>")
	return b.bytes(fmt.Sprintf("/Root %d 0 R", root))
}

// bombDoc's content inflates to 80 MiB.
func bombDoc() []byte {
	b := &pdfBuilder{}
	return b.page(testPage{fonts: map[string]string{"F1": helvetica},
		content: strings.Repeat(" ", 80<<20), filter: "flate"})
}

// unknownFilterDoc has a page whose second content stream is an unread
// filter's.
func unknownFilterDoc() []byte {
	b := &pdfBuilder{}
	font := b.add(helvetica)
	c1 := b.stream("", []byte("BT /F1 10 Tf (readable) Tj ET"))
	c2 := b.stream("/Filter /LZWDecode", []byte("\x80\x0b\x60\x50\x22\x0c\x0c\x85\x01"))
	page := b.add(fmt.Sprintf("<< /Type /Page /Parent 5 0 R /Contents [%d 0 R %d 0 R] /Resources << /Font << /F1 %d 0 R >> >> >>", c1, c2, font))
	pages := b.add(fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page))
	root := b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	return b.bytes(fmt.Sprintf("/Root %d 0 R", root))
}
