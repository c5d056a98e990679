package policy

import (
	"bytes"
	"html"
	"io"
)

// htmlText is a streaming HTML-to-text writer: tags removed (block tags
// end a line, cells are separated by tabs, inline tags vanish so that
// "<b>123</b>-45-6789" stays one word), script and style dropped,
// entities decoded. The text of each table is also handed to onTable, so
// that a table of patients is read as the records it holds.
type htmlText struct {
	out     io.Writer
	onTable func(table []byte)
	state   int
	tag     []byte // the tag being read
	ent     []byte // the entity being read
	skip    string // inside script or style
	table   bytes.Buffer
	tables  int // open tables
	cells   int // cells so far in the row
}

const (
	htmlInText = iota
	htmlInTag
	htmlInEntity
)

const maxTableText = 1 << 20

// inlineTags are removed without a space: they may split a word or a
// number.
var inlineTags = map[string]bool{"a": true, "b": true, "i": true, "u": true, "em": true, "strong": true,
	"span": true, "font": true, "small": true, "big": true, "sub": true, "sup": true, "mark": true, "abbr": true,
	"wbr": true, "s": true, "strike": true, "ins": true, "del": true, "code": true, "o:p": true}

var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "table": true,
	"blockquote": true, "pre": true, "hr": true, "dt": true, "dd": true, "section": true, "article": true,
	"header": true, "footer": true, "title": true, "caption": true, "thead": true, "tbody": true}

func (h *htmlText) Write(p []byte) (int, error) {
	start := 0
	for i, c := range p {
		switch h.state {
		case htmlInText:
			if c == '<' || c == '&' {
				h.text(p[start:i])
				h.state = htmlInTag
				if c == '&' {
					h.state = htmlInEntity
				}
				h.tag, h.ent = h.tag[:0], append(h.ent[:0], c)
			}
		case htmlInTag:
			if c == '>' {
				h.endTag()
				h.state, start = htmlInText, i+1
			} else if len(h.tag) < 64 {
				h.tag = append(h.tag, c)
			}
		case htmlInEntity:
			if c == ';' || !isEntityByte(c) || len(h.ent) > 32 {
				h.endEntity(c)
				start = i + 1
				if c == '<' {
					h.state, h.tag = htmlInTag, h.tag[:0]
				}
			} else {
				h.ent = append(h.ent, c)
			}
		}
		if h.state != htmlInText {
			start = i + 1
		}
	}
	if h.state == htmlInText {
		h.text(p[start:])
	}
	return len(p), nil
}

func isEntityByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '#'
}

// endEntity decodes the entity read so far; c is the byte that ended it.
func (h *htmlText) endEntity(c byte) {
	h.state = htmlInText
	if c == ';' {
		h.text([]byte(html.UnescapeString(string(h.ent) + ";")))
		return
	}
	h.text([]byte(html.UnescapeString(string(h.ent))))
	if c != '<' {
		h.text([]byte{c})
	}
}

func (h *htmlText) text(b []byte) {
	if h.skip != "" || len(b) == 0 {
		return
	}
	h.out.Write(b)
	if h.tables > 0 && h.table.Len()+len(b) <= maxTableText {
		for _, c := range b {
			if c == '\t' || c == '\n' || c == '\r' {
				c = ' '
			}
			h.table.WriteByte(c)
		}
	}
}

// endTag acts on the tag just read.
func (h *htmlText) endTag() {
	name, closing := tagName(h.tag)
	switch {
	case h.skip != "":
		if closing && name == h.skip {
			h.skip = ""
		}
		return
	case (name == "script" || name == "style") && !closing:
		h.skip = name
		return
	}
	h.tableTag(name, closing)
	switch {
	case inlineTags[name]:
	case name == "td" || name == "th":
		if !closing {
			h.out.Write([]byte{'\t'})
		}
	case blockTags[name]:
		h.out.Write([]byte{'\n'})
		h.tableSpace(name)
	default:
		h.out.Write([]byte{' '})
		h.tableSpace(name)
	}
}

// tableTag keeps the table text: a line a row, a tab between cells.
func (h *htmlText) tableTag(name string, closing bool) {
	switch {
	case name == "table" && !closing:
		if h.tables++; h.tables == 1 {
			h.table.Reset()
		}
	case name == "table" && h.tables > 0:
		if h.tables--; h.tables == 0 {
			h.flushTable()
		}
	case h.tables == 0 || closing:
	case name == "tr":
		h.table.WriteByte('\n')
		h.cells = 0
	case name == "td" || name == "th":
		if h.cells > 0 {
			h.table.WriteByte('\t')
		}
		h.cells++
	}
}

// tableSpace separates the words of a cell that a tag breaks.
func (h *htmlText) tableSpace(name string) {
	if h.tables > 0 && h.cells > 0 && name != "tr" && name != "table" {
		h.table.WriteByte(' ')
	}
}

func (h *htmlText) flushTable() {
	if h.onTable != nil && h.table.Len() > 0 {
		h.onTable(bytes.TrimLeft(h.table.Bytes(), "\n "))
	}
	h.table.Reset()
}

// Close ends the text, handing over a table left open.
func (h *htmlText) Close() error {
	if h.tables > 0 {
		h.flushTable()
		h.tables = 0
	}
	return nil
}

// tagName returns the lower-cased name of a tag's text ("/TD class=x"
// → "td", true).
func tagName(tag []byte) (string, bool) {
	closing := len(tag) > 0 && tag[0] == '/'
	tag = bytes.TrimLeft(tag, "/")
	end := bytes.IndexAny(tag, " \t\r\n/")
	if end >= 0 {
		tag = tag[:end]
	}
	return string(bytes.ToLower(tag)), closing
}
