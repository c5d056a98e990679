package doctext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var sentinels = []error{ErrEncrypted, ErrNoText, ErrMalformed, ErrTooLarge}

// checkResult fails unless err is nil or one of the sentinels and out
// stays within limit.
func checkResult(t *testing.T, err error, out *bytes.Buffer, limit int) {
	t.Helper()
	if out.Len() > max(limit, 0) {
		t.Fatalf("wrote %d bytes, over the limit of %d", out.Len(), limit)
	}
	if err == nil {
		return
	}
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error %v is none of the sentinels", err)
}

func seedFixtures(f *testing.F, pattern string) {
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint16(4096))
	}
}

func FuzzPDF(f *testing.F) {
	seedFixtures(f, "*.pdf")
	for _, data := range [][]byte{updatedDoc(), objStmDoc(), formDoc(), cycleDoc(), brokenTreeDoc(), unknownFilterDoc(),
		type0Doc(true, "BT /F1 10 Tf "+identityHex("Jane Roe")+" Tj ET"),
		onePage(testPage{fonts: map[string]string{"F1": helvetica}, filter: "a85flate",
			content: "BT /F1 12 Tf 72 700 Td [(Ja)30(ne)-250(Roe)] TJ T* (\\(x\\)\\101) ' ET"})} {
		f.Add(data, uint16(64))
	}
	f.Fuzz(func(t *testing.T, data []byte, limit uint16) {
		var out bytes.Buffer
		err := PDF(data, &out, int(limit))
		checkResult(t, err, &out, int(limit))
	})
}

func FuzzOOXML(f *testing.F) {
	seedFixtures(f, "*.docx")
	seedFixtures(f, "*.xlsx")
	f.Add(docx(f), uint16(64))
	f.Add(xlsx(f), uint16(4096))
	f.Add(pptx(f), uint16(4096))
	f.Fuzz(func(t *testing.T, data []byte, limit uint16) {
		var out bytes.Buffer
		err := OOXML(data, &out, int(limit))
		checkResult(t, err, &out, int(limit))
	})
}

// bigPDF builds a text-heavy document of about size bytes of
// uncompressed content over pages of some 10 kB each.
func bigPDF(size int) []byte {
	b := &pdfBuilder{}
	font := b.add(helvetica)
	pagesNum := b.add("")
	var kids []string
	for n := 0; n*10_000 < size; n++ {
		var c strings.Builder
		c.WriteString("BT /F1 10 Tf 12 TL 72 760 Td\n")
		for line := 0; c.Len() < 10_000; line++ {
			fmt.Fprintf(&c, "[(Patient %d:)-250(Jane)-250(Ro)20(e DOB 04/12/1961 diagnosis E11.9 line %d)] TJ T*\n", n, line)
		}
		c.WriteString("ET")
		content := b.stream("", []byte(c.String()))
		page := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", pagesNum, content, font))
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
	}
	b.set(pagesNum, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	root := b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesNum))
	return b.bytes(fmt.Sprintf("/Root %d 0 R", root))
}

func BenchmarkPDF(b *testing.B) {
	data := bigPDF(5 << 20)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if err := PDF(data, io.Discard, 16<<20); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBigPDF(t *testing.T) {
	var out bytes.Buffer
	if err := PDF(bigPDF(1<<20), &out, 16<<20); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "Patient 99: Jane Roe DOB 04/12/1961 diagnosis E11.9 line 7\n"); n != 1 {
		t.Errorf("line found %d times, want once", n)
	}
}

func FuzzSpreadsheetML(f *testing.F) {
	f.Add([]byte(workbook2003), 1<<16)
	f.Add([]byte(`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Row><Cell ss:Index="99999999">`), 64)
	f.Fuzz(func(t *testing.T, data []byte, limit int) {
		var out bytes.Buffer
		checkResult(t, SpreadsheetML(data, &out, limit), &out, limit)
	})
}
