package doctext

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// maxSharedStrings bounds the shared strings kept, as bytes.
const maxSharedStrings = 32 << 20

// workbook reads every worksheet: each cell's value (shared and inline
// strings, numbers, formula results), a tab between cells and a newline
// after each row.
func (x *ooxml) workbook() error {
	var shared []string
	if f := x.file("xl/sharedStrings.xml"); f != nil {
		err := x.part(f, func(dec *xml.Decoder) error {
			var err error
			shared, err = readShared(dec)
			return err
		})
		if err != nil {
			return err
		}
	}
	return x.parts(numbered(x.zip, "xl/worksheets/sheet"), func(dec *xml.Decoder) error {
		return x.sheet(dec, shared)
	})
}

// readShared reads the shared string table: the text of each si.
func readShared(dec *xml.Decoder) ([]string, error) {
	var out []string
	var cur strings.Builder
	inT, size := false, 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return out, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			inT = t.Name.Local == "t"
		case xml.EndElement:
			inT = false
			if t.Name.Local == "si" {
				out = append(out, cur.String())
				cur.Reset()
			}
		case xml.CharData:
			if inT && size < maxSharedStrings {
				size += len(t)
				cur.Write(t)
			}
		}
	}
}

// cell is the state of the cell being read.
type cell struct {
	kind  string // the t attribute
	value strings.Builder
	inV   bool
	any   bool // a cell was written in this row
	col   int  // the cell's column from its reference ("C5": 3), 0 if none
	tabs  int  // the tabs written in this row
}

// column is the column of a cell reference, from 1: "C5" is 3, "AA10"
// 27; 0 when it has no letters.
func column(ref string) int {
	n := 0
	for i := 0; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		n = n*26 + int(ref[i]-'A'+1)
		if n > maxColumns {
			return 0
		}
	}
	return n
}

// maxColumns bounds the columns a reference may skip to.
const maxColumns = 1 << 10

// sheet reads one worksheet.
func (x *ooxml) sheet(dec *xml.Decoder, shared []string) error {
	var c cell
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			x.sheetStart(&c, t)
		case xml.EndElement:
			x.sheetEnd(&c, t.Name.Local, shared)
		case xml.CharData:
			if c.inV {
				c.value.Write(t)
			}
		}
		if x.sink.full {
			return errFull
		}
	}
}

func (x *ooxml) sheetStart(c *cell, t xml.StartElement) {
	switch t.Name.Local {
	case "c":
		c.kind, c.col = "", 0
		c.value.Reset()
		for _, a := range t.Attr {
			switch a.Name.Local {
			case "t":
				c.kind = a.Value
			case "r":
				c.col = column(a.Value)
			}
		}
	case "v", "t":
		c.inV = true
	}
}

func (x *ooxml) sheetEnd(c *cell, local string, shared []string) {
	switch local {
	case "v", "t":
		c.inV = false
	case "c":
		x.writeCell(c, shared)
	case "row":
		x.sink.space('\n')
		c.any, c.tabs = false, 0
	}
}

// writeCell writes a cell's value, resolving shared strings.
func (x *ooxml) writeCell(c *cell, shared []string) {
	v := c.value.String()
	if c.kind == "s" {
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(shared) {
			return
		}
		v = shared[i]
	}
	if v == "" {
		return
	}
	switch {
	case c.col > 0 && c.tabs < c.col-1: // empty cells before it keep its column: a table, read as records too
		for ; c.tabs < c.col-1; c.tabs++ {
			x.sink.write("\t")
		}
	case c.any:
		x.sink.write("\t")
		c.tabs++
	}
	x.sink.write(strings.Map(cellRune, v))
	c.any = true
}
