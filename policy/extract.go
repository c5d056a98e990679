package policy

import (
	"bytes"
	"html"
	"io"
	"strings"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode non-UTF-8 parts
)

// text is one inspected piece of a message.
type text struct {
	where Where
	scan  *scanText
}

// content is what inspection reads of a message.
type content struct {
	texts       []text
	sensitivity string // X-Sensitivity, lower-cased
}

const (
	maxPartBytes  = 4 << 20  // read of one part
	maxTotalBytes = 16 << 20 // read of all parts together
	maxDepth      = 3        // attached messages within attached messages
)

// extractor walks a message's MIME tree within a byte budget.
type extractor struct {
	content
	budget int
}

// extract decodes a message: its subject, its text parts (HTML as text),
// the file names of its attachments and, inside attached messages, the
// same. A part that cannot be decoded is read as it is: inspection errs
// toward finding too much, never too little.
func extract(msg []byte) content {
	x := &extractor{budget: maxTotalBytes}
	ent, err := message.Read(bytes.NewReader(msg))
	if ent == nil {
		x.add(WhereBody, string(msg[:min(len(msg), maxPartBytes)]))
		return x.content
	}
	_ = err // an unknown charset or encoding: the body is read undecoded
	x.add(WhereSubject, headerText(ent.Header, "Subject"))
	x.sensitivity = strings.ToLower(strings.TrimSpace(ent.Header.Get("X-Sensitivity")))
	x.walk(ent, msg, WhereBody, 0)
	return x.content
}

func headerText(h message.Header, key string) string {
	if s, err := h.Text(key); err == nil {
		return s
	}
	return h.Get(key)
}

func (x *extractor) add(where Where, s string) {
	if s != "" {
		x.texts = append(x.texts, text{where, prepare(s)})
	}
}

// walk reads every part of ent (whose bytes are raw); where is
// WhereAttachment inside an attached message. A part with an unknown
// encoding or charset is read as it is. When the MIME structure is broken,
// the whole of raw is read as well: what the parts before the break held
// is then counted twice, and what follows it is not missed.
func (x *extractor) walk(ent *message.Entity, raw []byte, where Where, depth int) {
	err := ent.Walk(func(_ []int, part *message.Entity, _ error) error {
		x.part(part, where, depth)
		return nil
	})
	if err != nil {
		x.add(where, x.read(bytes.NewReader(raw)))
	}
}

// part reads one leaf part: its file name, and its text if it has any.
func (x *extractor) part(part *message.Entity, where Where, depth int) {
	mt, _, _ := part.Header.ContentType()
	if strings.HasPrefix(mt, "multipart/") {
		return
	}
	if names := fileNames(part.Header); len(names) > 0 {
		where = WhereAttachment
		x.add(WhereAttachment, strings.Join(names, "\n"))
	}
	switch {
	case mt == "message/rfc822" || mt == "message/global":
		x.attached(part, depth)
	case mt == "text/html":
		x.add(where, htmlText(x.read(part.Body)))
	case strings.HasPrefix(mt, "text/") || mt == "" || mt == "application/json" || mt == "application/xml":
		x.add(where, x.read(part.Body))
	}
}

// attached reads a message attached to another one.
func (x *extractor) attached(part *message.Entity, depth int) {
	if depth >= maxDepth {
		return
	}
	raw := []byte(x.read(part.Body))
	inner, _ := message.Read(bytes.NewReader(raw))
	if inner == nil {
		x.add(WhereAttachment, string(raw))
		return
	}
	x.add(WhereAttachment, headerText(inner.Header, "Subject"))
	x.walk(inner, raw, WhereAttachment, depth+1)
}

// read reads a body within the budgets.
func (x *extractor) read(r io.Reader) string {
	b, _ := io.ReadAll(io.LimitReader(r, int64(min(maxPartBytes, x.budget))))
	x.budget -= len(b)
	return string(b)
}

// fileNames returns the names a part gives itself; when its headers
// cannot be parsed, their raw text, so that a name is still inspected.
func fileNames(h message.Header) []string {
	var names []string
	if _, params, err := h.ContentDisposition(); err == nil {
		names = appendName(names, params["filename"])
	} else if raw := h.Get("Content-Disposition"); hasName(raw) {
		names = append(names, raw)
	}
	if _, params, err := h.ContentType(); err == nil {
		names = appendName(names, params["name"])
	} else if raw := h.Get("Content-Type"); hasName(raw) {
		names = append(names, raw)
	}
	return names
}

func hasName(raw string) bool { return strings.Contains(strings.ToLower(raw), "name") }

func appendName(names []string, n string) []string {
	if n == "" || len(names) > 0 && names[0] == n {
		return names
	}
	return append(names, n)
}

// inlineTags are removed without a space: they may split a word or a
// number ("<b>123</b>-45-6789").
var inlineTags = map[string]bool{"a": true, "b": true, "i": true, "u": true, "em": true, "strong": true,
	"span": true, "font": true, "small": true, "big": true, "sub": true, "sup": true, "mark": true, "abbr": true}

// htmlText turns HTML into text: tags removed (block tags become a
// space), script and style dropped, entities decoded.
func htmlText(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		name, rest := tagAt(s[i:])
		if !inlineTags[name] {
			b.WriteByte(' ')
		}
		s = rest
	}
	return html.UnescapeString(b.String())
}

// tagAt returns the name of the tag at the start of s and what follows
// it (after the closing tag, for script and style).
func tagAt(s string) (string, string) {
	end := strings.IndexByte(s, '>')
	if end < 0 {
		return "", ""
	}
	name := strings.ToLower(strings.TrimLeft(s[1:end], "/"))
	if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
		name = name[:k]
	}
	rest := s[end+1:]
	if (name == "script" || name == "style") && s[1] != '/' {
		if k := strings.Index(strings.ToLower(rest), "</"+name); k >= 0 {
			rest = rest[k:]
		}
	}
	return name, rest
}
