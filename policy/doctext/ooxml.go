package doctext

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
)

// maxParts bounds the parts of one package that are read.
const maxParts = 4096

// OOXML writes the text of a .docx, .xlsx or .pptx (a zip of XML parts)
// to w, at most limit bytes. Text cut at limit is written and ErrTooLarge
// returned; an encrypted package (a CFB file) gives ErrEncrypted.
func OOXML(data []byte, w io.Writer, limit int) error {
	if bytes.HasPrefix(data, cfbMagic) {
		return fmt.Errorf("%w: an OLE compound file (encrypted OOXML)", ErrEncrypted)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	s := newSink(limit)
	x := &ooxml{zip: zr, sink: s, budget: maxInflateTotal}
	return s.flush(w, x.extract())
}

// ooxml reads one package within an inflate budget.
type ooxml struct {
	zip    *zip.Reader
	sink   *sink
	budget int64
}

// extract reads the package's text parts: those of a document, a workbook
// or a presentation.
func (x *ooxml) extract() error {
	if len(x.zip.File) > maxParts {
		return fmt.Errorf("%w: %d parts", ErrTooLarge, len(x.zip.File))
	}
	switch {
	case x.file("word/document.xml") != nil:
		return x.parts(wordParts(x.zip), x.wordML)
	case x.file("xl/workbook.xml") != nil:
		return x.workbook()
	case x.file("ppt/presentation.xml") != nil:
		return x.parts(numbered(x.zip, "ppt/slides/slide", "ppt/notesSlides/notesSlide"), x.drawingML)
	}
	return fmt.Errorf("%w: not a document, workbook or presentation", ErrMalformed)
}

func (x *ooxml) file(name string) *zip.File {
	for _, f := range x.zip.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// wordParts lists a document's body, then its headers, footers, notes and
// comments.
func wordParts(z *zip.Reader) []*zip.File {
	var body, rest []*zip.File
	for _, f := range z.File {
		base := path.Base(f.Name)
		switch {
		case f.Name == "word/document.xml":
			body = append(body, f)
		case path.Dir(f.Name) == "word" && strings.HasSuffix(base, ".xml") &&
			hasAnyPrefix(base, "header", "footer", "footnotes", "endnotes", "comments"):
			rest = append(rest, f)
		}
	}
	slices.SortFunc(rest, byNumber)
	return append(body, rest...)
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// numbered lists the parts named prefix + number + ".xml", by number.
func numbered(z *zip.Reader, prefixes ...string) []*zip.File {
	var out []*zip.File
	for _, p := range prefixes {
		var group []*zip.File
		for _, f := range z.File {
			if n := strings.TrimSuffix(strings.TrimPrefix(f.Name, p), ".xml"); n != f.Name && isDigits(n) {
				group = append(group, f)
			}
		}
		slices.SortFunc(group, byNumber)
		out = append(out, group...)
	}
	return out
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// byNumber orders part names by the number in them, then by name.
func byNumber(a, b *zip.File) int {
	if na, nb := partNumber(a.Name), partNumber(b.Name); na != nb {
		return na - nb
	}
	return strings.Compare(a.Name, b.Name)
}

func partNumber(name string) int {
	base := strings.TrimSuffix(path.Base(name), ".xml")
	n, _ := strconv.Atoi(strings.TrimLeft(base, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
	return n
}

// parts reads each part with read, a newline between parts.
func (x *ooxml) parts(files []*zip.File, read func(*xml.Decoder) error) error {
	for _, f := range files {
		if err := x.part(f, read); err != nil {
			return err
		}
		x.sink.space('\n')
	}
	return nil
}

// part opens one part within the budget and reads it with read.
func (x *ooxml) part(f *zip.File, read func(*xml.Decoder) error) error {
	if f.UncompressedSize64 > uint64(x.budget) {
		return fmt.Errorf("%w: part %s inflates to %d bytes", ErrTooLarge, f.Name, f.UncompressedSize64)
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(&budgetReader{r: rc, left: &x.budget})
	if err := read(dec); err != nil && !errors.Is(err, io.EOF) {
		return xmlError(err)
	}
	return nil
}

// xmlError passes on budget and limit errors; anything else is malformed.
func xmlError(err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	return fmt.Errorf("%w: %v", ErrMalformed, err)
}

// budgetReader fails with ErrTooLarge once left bytes were read.
type budgetReader struct {
	r    io.Reader
	left *int64
}

var errPartBudget = fmt.Errorf("%w: more than %d MiB inflated", ErrTooLarge, maxInflateTotal>>20)

func (b *budgetReader) Read(p []byte) (int, error) {
	if *b.left <= 0 {
		return 0, errPartBudget
	}
	n, err := b.r.Read(p[:min(int64(len(p)), *b.left)])
	*b.left -= int64(n)
	return n, err
}

// wordML reads WordprocessingML: the text of w:t (and deleted w:delText)
// runs, a tab for w:tab, a newline for w:br, w:cr and each paragraph end.
func (x *ooxml) wordML(dec *xml.Decoder) error {
	return x.walk(dec, map[string]bool{"t": true, "delText": true},
		map[string]rune{"tab": '\t', "br": '\n', "cr": '\n'}, "p")
}

// drawingML reads slides: the text of a:t, a newline for a:br and each
// paragraph end.
func (x *ooxml) drawingML(dec *xml.Decoder) error {
	return x.walk(dec, map[string]bool{"t": true}, map[string]rune{"br": '\n', "tab": '\t'}, "p")
}

// walk writes the character data of text elements, a separator for each
// separator element and a newline at the end of each para element.
func (x *ooxml) walk(dec *xml.Decoder, text map[string]bool, seps map[string]rune, para string) error {
	depth := 0 // inside a text element
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth += b2i(text[t.Name.Local])
			if r, ok := seps[t.Name.Local]; ok {
				x.sink.space(r)
			}
		case xml.EndElement:
			depth -= b2i(text[t.Name.Local] && depth > 0)
			if t.Name.Local == para {
				x.sink.space('\n')
			}
		case xml.CharData:
			if depth > 0 {
				x.sink.write(string(t))
			}
		}
		if x.sink.full {
			return errFull
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
