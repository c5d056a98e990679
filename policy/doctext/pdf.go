package doctext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// PDF writes the text of a PDF to w, at most limit bytes of output, and
// returns nil only when it could read the document's text reliably.
//
// Text cut at limit is written and ErrTooLarge returned. Text judged
// unreadable (none, or mostly glyphs of fonts without a usable encoding)
// is not written: ErrNoText. A document with an /Encrypt dictionary gives
// ErrEncrypted.
func PDF(data []byte, w io.Writer, limit int) error {
	if !bytes.Contains(data[:min(len(data), 1024)], pdfMagic) {
		return fmt.Errorf("%w: no %%PDF header", ErrMalformed)
	}
	s := newSink(limit)
	return s.flush(w, extractPDF(data, s, limit))
}

// extractPDF writes the text of every page to s.
func extractPDF(data []byte, s *sink, limit int) error {
	d := newDocument(data, newBudget(limit))
	root, err := d.root()
	if err != nil {
		return err
	}
	in := &interp{d: d, out: &layout{sink: s}, fonts: map[any]*font{},
		work: maxContentWork, formCache: map[int][]byte{}}
	pages := d.pages(root)
	if len(pages) == 0 { // a broken page tree: every page object, in file order
		for _, r := range d.lastOfType("Page") {
			pages = append(pages, pageRef{ref: r, res: d.dictOf(r)["Resources"]})
		}
	}
	if len(pages) == 0 {
		return fmt.Errorf("%w: no pages", ErrMalformed)
	}
	for _, p := range pages {
		if err := in.page(d.dictOf(p.ref), p.res); err != nil {
			return finish(err)
		}
	}
	return nil
}

// finish maps what stopped extraction to its result: a full sink is
// judged by flush, the work budget is too large.
func finish(err error) error {
	switch {
	case errors.Is(err, errFull):
		return err
	case errors.Is(err, errWork):
		return fmt.Errorf("%w: %v", ErrTooLarge, err)
	}
	return err
}

// pageRef is a page and the resources it inherits.
type pageRef struct {
	ref any
	res any
}

// pages walks the page tree from the catalog, in order, each node once.
func (d *document) pages(root dict) []pageRef {
	var out []pageRef
	seen := map[int]bool{}
	var walk func(v, res any, depth int)
	walk = func(v, res any, depth int) {
		if r, ok := v.(ref); ok {
			if seen[r.num] {
				return
			}
			seen[r.num] = true
		}
		node := d.dictOf(v)
		if node == nil || depth > maxDepth {
			return
		}
		if node["Resources"] != nil {
			res = node["Resources"]
		}
		kids, isTree := d.resolve(node["Kids"]).(array)
		if !isTree {
			out = append(out, pageRef{v, res})
			return
		}
		for _, k := range kids {
			walk(k, res, depth+1)
		}
	}
	if root != nil {
		walk(root["Pages"], nil, 0)
	}
	return out
}

// page runs a page's contents.
func (in *interp) page(p dict, res any) error {
	if p == nil {
		return nil
	}
	if p["Resources"] != nil {
		res = p["Resources"]
	}
	data, err := in.d.contents(p["Contents"])
	if err != nil {
		return err
	}
	in.gs = gstate{ctm: identity, th: 1}
	in.stack = in.stack[:0]
	err = in.run(data, in.d.dictOf(res))
	in.out.endPage()
	return err
}

// contents decodes a page's content streams, joined by newlines.
func (d *document) contents(v any) ([]byte, error) {
	var parts []any
	switch c := d.resolve(v).(type) {
	case *stream:
		parts = []any{c}
	case array:
		parts = c
	}
	var out []byte
	for _, p := range parts {
		s, ok := d.resolve(p).(*stream)
		if !ok {
			continue
		}
		data, err := d.decode(s)
		if err != nil {
			if err = stopOn(err); err != nil {
				return nil, err
			}
			continue
		}
		if len(parts) == 1 {
			return data, nil
		}
		out = append(append(out, data...), '\n')
	}
	return out, nil
}
