package doctext

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// spreadsheetNS is the namespace of Excel 2003 XML workbooks
// (SpreadsheetML), which exports still write as .xml or .xls.
const spreadsheetNS = "urn:schemas-microsoft-com:office:spreadsheet"

// looksSpreadsheetML reports whether head opens an Excel 2003 XML
// workbook.
func looksSpreadsheetML(head []byte) bool {
	return bytes.Contains(head, []byte("<Workbook")) && bytes.Contains(head, []byte(spreadsheetNS))
}

// SpreadsheetML writes the cells of an Excel 2003 XML workbook to w as
// tab-separated rows, a cell in its column (ss:Index skips columns), a
// blank line between worksheets: a table, as a CSV export is. At most
// limit bytes are written.
func SpreadsheetML(data []byte, w io.Writer, limit int) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	t := sheetTable{limit: limit}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		if !t.token(tok) {
			if _, err := w.Write(t.out.Bytes()[:max(limit, 0)]); err != nil {
				return err
			}
			return errFull
		}
	}
	_, err := w.Write(t.out.Bytes())
	return err
}

// sheetTable lays out the cells read so far.
type sheetTable struct {
	out    bytes.Buffer
	limit  int
	col    int  // the column of the next cell, from 1
	tabs   int  // the tabs written on the row
	inData bool // inside a cell's Data
}

// token takes one XML token; false once the limit is reached.
func (t *sheetTable) token(tok xml.Token) bool {
	switch e := tok.(type) {
	case xml.StartElement:
		t.start(e)
	case xml.EndElement:
		switch e.Name.Local {
		case "Data":
			t.inData = false
		case "Row":
			t.out.WriteByte('\n')
		case "Worksheet":
			t.out.WriteByte('\n')
		}
	case xml.CharData:
		if t.inData {
			t.out.WriteString(strings.Map(cellRune, string(e)))
		}
	}
	return t.out.Len() <= t.limit
}

func (t *sheetTable) start(e xml.StartElement) {
	switch e.Name.Local {
	case "Row":
		t.col, t.tabs = 1, 0
	case "Cell":
		at := t.col
		for _, a := range e.Attr {
			if n, err := strconv.Atoi(a.Value); a.Name.Local == "Index" && err == nil && n > at && n <= at+maxSkip {
				at = n
			}
		}
		for ; t.tabs < at-1; t.tabs++ {
			t.out.WriteByte('\t')
		}
		t.col = at + 1
	case "Data":
		t.inData = true
	}
}

// maxSkip bounds the columns one ss:Index may skip.
const maxSkip = 256

// cellRune keeps a cell on its line and in its column.
func cellRune(r rune) rune {
	if r == '\t' || r == '\n' || r == '\r' {
		return ' '
	}
	return r
}
