package doctext

import (
	"bytes"
	"errors"
	"math"
	"reflect"
)

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m×n: m applied first.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// translate returns the translation by (x, y) applied before m.
func (m matrix) translate(x, y float64) matrix {
	m[4], m[5] = x*m[0]+y*m[2]+m[4], x*m[1]+y*m[3]+m[5]
	return m
}

// gstate is the part of the graphics state that text extraction needs.
type gstate struct {
	ctm                        matrix
	font                       *font
	size, tc, tw, th, tl, rise float64
}

// interp runs content streams, writing what their text operators show.
type interp struct {
	d     *document
	out   *layout
	fonts map[any]*font
	work  int64 // content bytes left to run
	gs    gstate
	stack []gstate
	tm    matrix
	tlm   matrix
	forms []int // the form XObjects being run, innermost last
	res   dict
	// formCache holds decoded forms by object number.
	formCache map[int][]byte
}

const (
	maxContentWork = 256 << 20 // content bytes run per document, forms counted each time
	maxOperands    = 64
	maxGStack      = 64
	runCost        = 1024 // work charged for each run, however short its stream
)

var errWork = errors.New("content work budget exhausted")

// run interprets one content stream with its resources.
func (in *interp) run(data []byte, res dict) error {
	if in.work -= int64(len(data)) + runCost; in.work < 0 {
		return errWork
	}
	saveRes := in.res
	in.res = res
	defer func() { in.res = saveRes }()
	l := &lexer{buf: data}
	ops := make([]any, 0, 8)
	for !l.eof() {
		v, err := l.token(false)
		if err != nil {
			break
		}
		kw, ok := v.(keyword)
		if !ok {
			if len(ops) == maxOperands {
				ops = ops[:0]
			}
			ops = append(ops, v)
			continue
		}
		if err := in.op(l, string(kw), ops); err != nil {
			return err
		}
		ops = ops[:0]
	}
	return nil
}

// op runs one operator.
func (in *interp) op(l *lexer, kw string, ops []any) error {
	switch kw {
	case "BT":
		in.tm, in.tlm = identity, identity
	case "q":
		if len(in.stack) < maxGStack {
			in.stack = append(in.stack, in.gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			in.gs, in.stack = in.stack[n-1], in.stack[:n-1]
		}
	case "cm":
		if m, ok := nums6(ops); ok {
			in.gs.ctm = m.mul(in.gs.ctm)
		}
	case "BI":
		skipInlineImage(l)
	case "Do":
		return in.do(ops)
	default:
		return in.textOp(kw, ops)
	}
	return nil
}

// textOp runs the text state, positioning and showing operators.
func (in *interp) textOp(kw string, ops []any) error {
	f := floats(ops)
	switch {
	case kw == "Tf" && len(ops) == 2:
		in.setFont(ops[0], f[1])
	case kw == "Td" && len(f) == 2:
		in.moveLine(f[0], f[1])
	case kw == "TD" && len(f) == 2:
		in.gs.tl = -f[1]
		in.moveLine(f[0], f[1])
	case kw == "Tm":
		if m, ok := nums6(ops); ok {
			in.tm, in.tlm = m, m
		}
	case kw == "T*":
		in.nextLine()
	default:
		return in.showOp(kw, ops, f)
	}
	return nil
}

func (in *interp) showOp(kw string, ops []any, f []float64) error {
	switch {
	case kw == "Tc" && len(f) == 1:
		in.gs.tc = f[0]
	case kw == "Tw" && len(f) == 1:
		in.gs.tw = f[0]
	case kw == "Tz" && len(f) == 1:
		in.gs.th = f[0] / 100
	case kw == "TL" && len(f) == 1:
		in.gs.tl = f[0]
	case kw == "Ts" && len(f) == 1:
		in.gs.rise = f[0]
	case kw == "Tj" && len(ops) == 1:
		in.show(ops[0])
	case kw == "TJ" && len(ops) == 1:
		in.showArray(ops[0])
	case kw == "'" && len(ops) == 1:
		in.nextLine()
		in.show(ops[0])
	case kw == "\"" && len(ops) == 3:
		in.gs.tw, in.gs.tc = f[0], f[1]
		in.nextLine()
		in.show(ops[2])
	}
	if in.out.sink.full {
		return errFull
	}
	return nil
}

// floats returns the operands as numbers, nil if any is not one.
func floats(ops []any) []float64 {
	out := make([]float64, len(ops))
	for i, v := range ops {
		n, ok := number(v)
		if !ok || math.IsNaN(n) || math.IsInf(n, 0) {
			out[i] = 0
			continue
		}
		out[i] = n
	}
	return out
}

func nums6(ops []any) (matrix, bool) {
	if len(ops) != 6 {
		return matrix{}, false
	}
	var m matrix
	for i, v := range ops {
		n, ok := number(v)
		if !ok {
			return matrix{}, false
		}
		m[i] = n
	}
	return m, true
}

func (in *interp) moveLine(x, y float64) {
	in.tlm = in.tlm.translate(x, y)
	in.tm = in.tlm
}

// nextLine moves to the next line, as T*, ' and " do: a new line in the
// output whatever the leading.
func (in *interp) nextLine() {
	in.moveLine(0, -in.gs.tl)
	in.out.breakLine = true
}

// setFont selects a font resource by name.
func (in *interp) setFont(n any, size float64) {
	in.gs.size = size
	in.gs.font = nil
	fname, ok := n.(name)
	if !ok {
		return
	}
	v := in.d.dictOf(in.res["Font"])[fname]
	fd := in.d.dictOf(v)
	if fd == nil {
		return
	}
	key := fontKey(v, fd)
	f, ok := in.fonts[key]
	if !ok {
		f = in.d.loadFont(fd)
		in.fonts[key] = f
	}
	in.gs.font = f
}

// fontKey identifies a font dictionary: by object number, or by identity
// when it is direct.
func fontKey(v any, fd dict) any {
	if r, ok := v.(ref); ok {
		return r.num
	}
	return reflect.ValueOf(fd).UnsafePointer()
}

// show writes the glyphs of a string, advancing the text matrix.
func (in *interp) show(v any) {
	s, ok := v.(pdfString)
	if !ok || len(s) == 0 {
		return
	}
	f := in.gs.font
	if f == nil {
		f = noFont
	}
	p := in.placement()
	tx := 0.0 // advance so far, text space
	for len(s) > 0 {
		k, text := f.next(s)
		s = s[k.n:]
		w := f.width(k) / 1000 * in.gs.size * in.gs.th
		spacing := in.gs.tc
		if k.n == 1 && k.code == 32 && !f.composite {
			spacing += in.gs.tw
		}
		x, y := p.x+tx*p.m[0], p.y+tx*p.m[1]
		in.out.glyph(text, x, y, x+w*p.m[0], y+w*p.m[1], p.ux, p.uy, p.em, p.height)
		tx += w + spacing*in.gs.th
	}
	in.tm = in.tm.translate(tx, 0)
}

// placement is where a string starts on the page and how its glyphs
// advance there.
type placement struct {
	m          matrix // text matrix × CTM
	x, y       float64
	ux, uy     float64 // unit vector along the baseline
	em, height float64
}

func (in *interp) placement() placement {
	m := in.tm.mul(in.gs.ctm)
	p := placement{m: m, x: m[4] + in.gs.rise*m[2], y: m[5] + in.gs.rise*m[3], ux: 1}
	if n := math.Hypot(m[0], m[1]); n > 0 {
		p.ux, p.uy = m[0]/n, m[1]/n
		p.em = math.Abs(in.gs.size * n * in.gs.th)
	}
	p.height = math.Abs(in.gs.size * math.Hypot(m[2], m[3]))
	return p
}

// noFont stands in for a missing font: its text is unreadable.
var noFont = &font{text: make([]string, 256), widths: make([]float64, 256), dw: 500, scale: 1}

// showArray runs TJ: strings, and numbers that move the next glyph left
// by thousandths of an em.
func (in *interp) showArray(v any) {
	a, _ := v.(array)
	for _, x := range a {
		if n, ok := number(x); ok && !math.IsNaN(n) && !math.IsInf(n, 0) {
			in.tm = in.tm.translate(-n/1000*in.gs.size*in.gs.th, 0)
			continue
		}
		in.show(x)
	}
}

// do runs a form XObject with its own resources and matrix; images and
// forms already being run are skipped.
func (in *interp) do(ops []any) error {
	if len(ops) != 1 || len(in.forms) >= maxDepth/4 {
		return nil
	}
	n, _ := ops[0].(name)
	xobjs := in.d.dictOf(in.res["XObject"])
	r, isRef := xobjs[n].(ref)
	s, ok := in.d.resolve(xobjs[n]).(*stream)
	if !ok || s.dict["Subtype"] != name("Form") || (isRef && containsInt(in.forms, r.num)) {
		return nil
	}
	data, err := in.formData(s, r, isRef)
	if err != nil {
		return stopOn(err)
	}
	return in.runForm(s, data, r.num)
}

// formData decodes a form once however often it is drawn.
func (in *interp) formData(s *stream, r ref, isRef bool) ([]byte, error) {
	if data, ok := in.formCache[r.num]; ok && isRef {
		return data, nil
	}
	data, err := in.d.decode(s)
	if err == nil && isRef {
		in.formCache[r.num] = data
	}
	return data, err
}

func (in *interp) runForm(s *stream, data []byte, num int) error {
	save, saveTm, saveTlm := in.gs, in.tm, in.tlm
	if m, ok := nums6(in.d.resolveArray(s.dict["Matrix"])); ok {
		in.gs.ctm = m.mul(in.gs.ctm)
	}
	res := in.d.dictOf(s.dict["Resources"])
	if res == nil {
		res = in.res
	}
	in.forms = append(in.forms, num)
	err := in.run(data, res)
	in.forms = in.forms[:len(in.forms)-1]
	in.gs, in.tm, in.tlm = save, saveTm, saveTlm
	return err
}

func (d *document) resolveArray(v any) []any {
	a, _ := d.resolve(v).(array)
	out := make([]any, len(a))
	for i, x := range a {
		out[i] = d.resolve(x)
	}
	return out
}

func containsInt(s []int, n int) bool {
	for _, x := range s {
		if x == n {
			return true
		}
	}
	return false
}

// stopOn returns the decoding errors that end extraction (the budget);
// a stream that cannot be decoded is skipped.
func stopOn(err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	return nil
}

// skipInlineImage moves past an inline image's data: from ID to the EI
// that stands alone.
func skipInlineImage(l *lexer) {
	i := bytes.Index(l.buf[l.pos:], []byte("ID"))
	if i < 0 {
		l.pos = len(l.buf)
		return
	}
	for p := l.pos + i + 3; p < len(l.buf); {
		j := bytes.Index(l.buf[p:], []byte("EI"))
		if j < 0 {
			break
		}
		e := p + j
		if isSpace(l.buf[e-1]) && (e+2 == len(l.buf) || !isRegular(l.buf[e+2])) {
			l.pos = e + 2
			return
		}
		p = e + 2
	}
	l.pos = len(l.buf)
}
