package doctext

import (
	"bytes"
	"slices"
)

// objLoc is where an object's definition starts: in the file or in a
// decoded object stream. order is the offset of the definition (or of its
// object stream) in the file: the last definition wins.
type objLoc struct {
	src   []byte
	off   int
	order int
	inStm bool
	end   int // for a stream found by index: where its data ends at the latest
}

// document is a PDF read lazily: objects are found by scanning for their
// "N G obj" headers, not through the cross-reference table, and parsed
// when first needed.
type document struct {
	data      []byte
	objs      map[int]objLoc
	cache     map[int]any
	resolving map[int]bool
	objstms   []int // object streams, and cross-reference streams, by number
	xrefs     []int
	budget    *budget
}

func newDocument(data []byte, b *budget) *document {
	d := &document{data: data, objs: map[int]objLoc{}, cache: map[int]any{},
		resolving: map[int]bool{}, budget: b}
	d.index()
	d.loadObjStms()
	return d
}

// finder finds the next occurrence of a pattern at or after a position,
// remembering the last answer so that a forward scan stays linear.
type finder struct {
	pat   []byte
	known bool
	from  int // the last question
	at    int // its answer; -1 for none
}

func newFinder(pat string) finder { return finder{pat: []byte(pat)} }

func (f *finder) next(data []byte, from int) int {
	if f.known && f.from <= from && (f.at == -1 || f.at >= from) {
		return f.at
	}
	f.known, f.from = true, from
	if i := bytes.Index(data[from:], f.pat); i >= 0 {
		f.at = from + i
	} else {
		f.at = -1
	}
	return f.at
}

// index records every "N G obj" header, skipping over stream data.
func (d *document) index() {
	obj := newFinder("obj")
	scan := &streamScan{stream: newFinder("stream"), endobj: newFinder("endobj"),
		endstream: newFinder("endstream"), obj: &obj}
	for pos := 0; pos < len(d.data); {
		p := obj.next(d.data, pos)
		if p < 0 {
			return
		}
		pos = p + 3
		num, ok := objHeader(d.data, p)
		if !ok {
			continue
		}
		var end int
		pos, end = d.skipStream(scan, num, p+3)
		d.objs[num] = objLoc{src: d.data, off: p + 3, order: p, end: end}
	}
}

// objHeader reports the object number of an "N G obj" ending at p+3.
func objHeader(data []byte, p int) (int, bool) {
	if p+3 < len(data) && isRegular(data[p+3]) {
		return 0, false
	}
	i := p
	_, i, ok := digitsBefore(data, i)
	if !ok {
		return 0, false
	}
	num, i, ok := digitsBefore(data, i)
	if !ok || (i > 0 && isRegular(data[i-1])) {
		return 0, false
	}
	return num, true
}

// digitsBefore reads white space then a decimal number backwards from i.
func digitsBefore(data []byte, i int) (n, start int, ok bool) {
	j := i
	for j > 0 && isSpace(data[j-1]) {
		j--
	}
	if j == i {
		return 0, i, false
	}
	end := j
	for j > 0 && data[j-1] >= '0' && data[j-1] <= '9' && end-j < 10 {
		j--
	}
	if j == end {
		return 0, i, false
	}
	for k := j; k < end; k++ {
		n = n*10 + int(data[k]-'0')
	}
	return n, j, n < 1<<31
}

// streamScan holds the finders index shares between objects.
type streamScan struct {
	stream, endobj, endstream finder
	obj                       *finder
}

// skipStream returns where to go on scanning after the header of object
// num, whose body starts at from: past its stream data if it has some,
// and where that data ends at the latest. It notes object and
// cross-reference streams.
func (d *document) skipStream(sc *streamScan, num, from int) (next, end int) {
	s := sc.stream.next(d.data, from)
	if s < 0 {
		return from, 0
	}
	if e := sc.endobj.next(d.data, from); e >= 0 && e < s {
		return from, 0
	}
	if o := sc.obj.next(d.data, from); o >= 0 && o < s {
		return from, 0 // "stream" belongs to a later object
	}
	head := d.data[from:s]
	switch {
	case bytes.Contains(head, []byte("/ObjStm")):
		d.objstms = append(d.objstms, num)
	case bytes.Contains(head, []byte("/XRef")):
		d.xrefs = append(d.xrefs, num)
	}
	if e := sc.endstream.next(d.data, s+6); e >= 0 {
		return e + 9, e
	}
	return s + 6, len(d.data)
}

// loadObjStms registers the objects that object streams hold.
func (d *document) loadObjStms() {
	for _, num := range slices.Compact(d.objstms) {
		loc, ok := d.objs[num]
		if !ok {
			continue
		}
		if s, ok := d.object(num).(*stream); ok {
			d.loadObjStm(s, loc.order)
		}
	}
}

func (d *document) loadObjStm(s *stream, order int) {
	n, _ := s.dict["N"].(int64)
	first, _ := s.dict["First"].(int64)
	data, err := d.decode(s)
	if err != nil || first < 0 || first > int64(len(data)) {
		return
	}
	l := &lexer{buf: data[:first]}
	for i := int64(0); i < n && !l.eof(); i++ {
		num, err1 := l.value(false)
		off, err2 := l.value(false)
		on, ok1 := num.(int64)
		oo, ok2 := off.(int64)
		if err1 != nil || err2 != nil || !ok1 || !ok2 || on < 0 || on >= 1<<31 || oo < 0 || first+oo >= int64(len(data)) {
			return
		}
		if old, ok := d.objs[int(on)]; !ok || old.order < order {
			d.objs[int(on)] = objLoc{src: data, off: int(first + oo), order: order, inStm: true}
			delete(d.cache, int(on))
		}
	}
}

// object returns object num, parsed once; nil when absent, broken or
// being parsed already (a cycle).
func (d *document) object(num int) any {
	if v, ok := d.cache[num]; ok {
		return v
	}
	loc, ok := d.objs[num]
	if !ok || d.resolving[num] || len(d.resolving) > maxDepth {
		return nil
	}
	d.resolving[num] = true
	v := d.parseAt(loc)
	delete(d.resolving, num)
	d.cache[num] = v
	return v
}

// parseAt parses the object that starts at loc, with its stream if any.
func (d *document) parseAt(loc objLoc) any {
	l := &lexer{buf: loc.src, pos: loc.off}
	v, err := l.value(true)
	if err != nil {
		return nil
	}
	dct, ok := v.(dict)
	if !ok || loc.inStm {
		return v
	}
	l.skipSpace()
	if !bytes.HasPrefix(loc.src[l.pos:], []byte("stream")) {
		return v
	}
	return &stream{dict: dct, raw: d.streamData(dct, l.pos+6, loc.end)}
}

// streamData returns the data of a stream whose keyword ends at start,
// trusting /Length only when "endstream" follows it; else the data ends at
// end, where index found "endstream", or at the next "endstream".
func (d *document) streamData(dct dict, start, end int) []byte {
	if start < len(d.data) && d.data[start] == '\r' {
		start++
	}
	if start < len(d.data) && d.data[start] == '\n' {
		start++
	}
	rest := d.data[start:]
	if n, ok := d.resolve(dct["Length"]).(int64); ok && n >= 0 && n <= int64(len(rest)) {
		tail := bytes.TrimLeft(rest[n:min(int64(len(rest)), n+64)], " \r\n\t\f\x00")
		if bytes.HasPrefix(tail, []byte("endstream")) {
			return rest[:n]
		}
	}
	if end -= start; end < 0 || end > len(rest) {
		if end = bytes.Index(rest, []byte("endstream")); end < 0 {
			return rest
		}
	}
	return bytes.TrimSuffix(bytes.TrimSuffix(rest[:end], []byte("\n")), []byte("\r"))
}

// resolve follows references.
func (d *document) resolve(v any) any {
	for i := 0; i < maxDepth; i++ {
		r, ok := v.(ref)
		if !ok {
			return v
		}
		v = d.object(r.num)
	}
	return nil
}

func (d *document) dictOf(v any) dict {
	switch x := d.resolve(v).(type) {
	case dict:
		return x
	case *stream:
		return x.dict
	}
	return nil
}

// trailers returns the trailer dictionaries, classic and from
// cross-reference streams, in file order.
func (d *document) trailers() []dict {
	var out []dict
	for pos := 0; ; {
		i := bytes.Index(d.data[pos:], []byte("trailer"))
		if i < 0 {
			break
		}
		pos += i + 7
		l := &lexer{buf: d.data, pos: pos}
		if t, err := l.value(true); err == nil {
			if td, ok := t.(dict); ok {
				out = append(out, td)
			}
		}
	}
	for _, num := range d.xrefs {
		if s, ok := d.object(num).(*stream); ok {
			out = append(out, s.dict)
		}
	}
	return out
}

// root finds the document catalog: the last trailer's /Root, or failing
// that the last object typed /Catalog, or nil. It fails on encrypted
// documents.
func (d *document) root() (dict, error) {
	var root dict
	trailers := d.trailers()
	if len(trailers) == 0 && hasEncryptKey(d.data) {
		return nil, ErrEncrypted // a broken trailer still names the encryption
	}
	for _, t := range trailers {
		if t["Encrypt"] != nil {
			return nil, ErrEncrypted
		}
		if r := d.dictOf(t["Root"]); r != nil {
			root = r
		}
	}
	if root != nil {
		return root, nil
	}
	if c := d.lastOfType("Catalog"); len(c) > 0 {
		return d.dictOf(c[len(c)-1]), nil
	}
	return nil, nil // the pages may still be found
}

// hasEncryptKey reports whether data holds the name /Encrypt (and not
// only /EncryptMetadata).
func hasEncryptKey(data []byte) bool {
	for pos := 0; ; {
		i := bytes.Index(data[pos:], []byte("/Encrypt"))
		if i < 0 {
			return false
		}
		pos += i + 8
		if pos == len(data) || !isRegular(data[pos]) {
			return true
		}
	}
}

// lastOfType returns, in file order, the references of the objects whose
// /Type is typ.
func (d *document) lastOfType(typ name) []ref {
	nums := make([]int, 0, len(d.objs))
	for n := range d.objs {
		nums = append(nums, n)
	}
	slices.SortFunc(nums, func(a, b int) int { return d.objs[a].order - d.objs[b].order })
	var out []ref
	for _, n := range nums {
		if dct := d.dictOf(ref{num: n}); dct != nil && dct["Type"] == typ {
			out = append(out, ref{num: n})
		}
	}
	return out
}
