// Package yamlx decodes YAML into Go structs strictly (unknown keys,
// duplicate keys and mistyped values are errors) and collects every error
// with its file:line:col, so that an admin fixes a config in one pass. It
// knows nothing of Sealpost's schema.
package yamlx

import (
	"encoding"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// Pos is a place in a file.
type Pos struct {
	File      string
	Line, Col int
}

// Error is one problem at one place.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Pos.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// Errors are all the problems of a file, in file order.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Doc is a decoded document: where each key was, and the errors found.
type Doc struct {
	file string
	pos  map[string]Pos
	keys map[string]bool
	errs Errors
}

// Decode decodes data into v (a pointer to a struct whose fields may hold
// defaults: keys absent from the YAML leave them as they are).
func Decode(file string, data []byte, v any) *Doc {
	d := &Doc{file: file, pos: map[string]Pos{"": {file, 1, 1}}, keys: map[string]bool{}}
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		d.syntax(err)
		return d
	}
	for _, doc := range f.Docs {
		if doc.Body != nil {
			d.decode(doc.Body, reflect.ValueOf(v).Elem(), "")
		}
	}
	return d
}

// syntax records a parser error at its token.
func (d *Doc) syntax(err error) {
	type tokened interface {
		GetToken() *token.Token
		GetMessage() string
	}
	if te, ok := err.(tokened); ok && te.GetToken() != nil {
		p := te.GetToken().Position
		d.errs = append(d.errs, &Error{Pos{d.file, p.Line, p.Column}, "syntax error: " + te.GetMessage()})
		return
	}
	d.errs = append(d.errs, &Error{Pos{d.file, 1, 1}, "syntax error: " + err.Error()})
}

func (d *Doc) at(n ast.Node) Pos {
	switch m := n.(type) { // a mapping is where its first key is
	case *ast.MappingNode:
		if len(m.Values) > 0 {
			n = m.Values[0].Key
		}
	case *ast.MappingValueNode:
		n = m.Key
	}
	t := n.GetToken()
	if t == nil || t.Position == nil {
		return Pos{d.file, 1, 1}
	}
	return Pos{d.file, t.Position.Line, t.Position.Column}
}

func (d *Doc) errAt(n ast.Node, format string, args ...any) {
	d.errs = append(d.errs, &Error{d.at(n), fmt.Sprintf(format, args...)})
}

// Errorf adds an error at the key or item named by path
// ("listeners.relay.address", "dkim[1].key_file"), or at its nearest
// parent that the YAML has.
func (d *Doc) Errorf(path, format string, args ...any) {
	for {
		if p, ok := d.pos[path]; ok {
			d.errs = append(d.errs, &Error{p, fmt.Sprintf(format, args...)})
			return
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			path = ""
		} else {
			path = path[:i]
		}
	}
}

// Has reports whether the YAML has the key or item at path.
func (d *Doc) Has(path string) bool { return d.keys[path] }

// Err returns the errors, sorted by place, or nil.
func (d *Doc) Err() error {
	if len(d.errs) == 0 {
		return nil
	}
	sort.SliceStable(d.errs, func(i, j int) bool {
		a, b := d.errs[i].Pos, d.errs[j].Pos
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
	return d.errs
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

var (
	durationType  = reflect.TypeOf(time.Duration(0))
	unmarshalType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// unwrap skips tags, anchors and comments around a value.
func unwrap(n ast.Node) ast.Node {
	for {
		switch t := n.(type) {
		case *ast.TagNode:
			n = t.Value
		case *ast.AnchorNode:
			n = t.Value
		case *ast.CommentGroupNode:
			return nil
		default:
			return n
		}
	}
}

func (d *Doc) decode(n ast.Node, v reflect.Value, path string) {
	n = unwrap(n)
	if n == nil {
		return
	}
	if _, isNull := n.(*ast.NullNode); isNull {
		return
	}
	if v.Kind() != reflect.Pointer && v.CanAddr() && v.Addr().Type().Implements(unmarshalType) {
		d.decodeText(n, v.Addr().Interface().(encoding.TextUnmarshaler))
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.decode(n, v.Elem(), path)
	case reflect.Struct:
		d.decodeStruct(n, v, path)
	case reflect.Map:
		d.decodeMap(n, v, path)
	case reflect.Slice:
		d.decodeSlice(n, v, path)
	default:
		d.decodeScalar(n, v)
	}
}

// pairs returns the key/value pairs of a mapping node.
func (d *Doc) pairs(n ast.Node, path string) ([]*ast.MappingValueNode, bool) {
	switch m := n.(type) {
	case *ast.MappingNode:
		return m.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{m}, true
	}
	what := "this"
	if path != "" {
		what = strconv.Quote(path)
	}
	d.errAt(n, "%s must be a mapping of keys to values", what)
	return nil, false
}

// keyOf returns a mapping key's text, reporting duplicates.
func (d *Doc) keyOf(kv *ast.MappingValueNode, seen map[string]bool) (string, bool) {
	key := kv.Key.GetToken().Value
	if seen[key] {
		d.errAt(kv.Key, "duplicate key %q", key)
		return key, false
	}
	seen[key] = true
	return key, true
}

func (d *Doc) decodeStruct(n ast.Node, v reflect.Value, path string) {
	kvs, ok := d.pairs(n, path)
	if !ok {
		return
	}
	fields := fieldsOf(v.Type())
	seen := map[string]bool{}
	for _, kv := range kvs {
		key, ok := d.keyOf(kv, seen)
		if !ok {
			continue
		}
		idx, known := fields[key]
		if !known {
			d.errAt(kv.Key, "unknown key %q%s%s", key, in(path), suggest(key, fields))
			continue
		}
		p := join(path, key)
		d.pos[p], d.keys[p] = d.at(kv.Key), true
		d.decode(kv.Value, v.Field(idx), p)
	}
}

func in(path string) string {
	if path == "" {
		return ""
	}
	return " in " + path
}

// fieldsOf maps YAML keys to field indexes.
func fieldsOf(t reflect.Type) map[string]int {
	m := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		m[name] = i
	}
	return m
}

// suggest names the closest known key, if one is close.
func suggest(key string, fields map[string]int) string {
	best, bestDist := "", 3
	for k := range fields {
		if dist := editDistance(key, k); dist < bestDist || dist == bestDist && k < best {
			best, bestDist = k, dist
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func (d *Doc) decodeMap(n ast.Node, v reflect.Value, path string) {
	kvs, ok := d.pairs(n, path)
	if !ok {
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	seen := map[string]bool{}
	for _, kv := range kvs {
		key, ok := d.keyOf(kv, seen)
		if !ok {
			continue
		}
		p := join(path, key)
		d.pos[p], d.keys[p] = d.at(kv.Key), true
		k := reflect.ValueOf(key).Convert(v.Type().Key())
		elem := reflect.New(v.Type().Elem()).Elem()
		if old := v.MapIndex(k); old.IsValid() { // keep defaults the YAML does not set
			elem.Set(old)
		}
		d.decode(kv.Value, elem, p)
		v.SetMapIndex(k, elem)
	}
}

func (d *Doc) decodeSlice(n ast.Node, v reflect.Value, path string) {
	items := []ast.Node{n} // a single value stands for a list of one
	switch seq := n.(type) {
	case *ast.SequenceNode:
		items = seq.Values
	case *ast.MappingNode, *ast.MappingValueNode:
		if v.Type().Elem().Kind() != reflect.Struct {
			d.errAt(n, "%q must be a list", path)
			return
		}
	}
	out := reflect.MakeSlice(v.Type(), len(items), len(items))
	for i, item := range items {
		p := fmt.Sprintf("%s[%d]", path, i)
		d.pos[p], d.keys[p] = d.at(item), true
		d.decode(item, out.Index(i), p)
	}
	v.Set(out)
}

// scalar returns the text of a scalar node.
func (d *Doc) scalar(n ast.Node) (string, bool) {
	switch s := n.(type) {
	case *ast.StringNode:
		return s.Value, true
	case *ast.LiteralNode:
		return s.Value.Value, true
	case *ast.MappingNode, *ast.MappingValueNode, *ast.SequenceNode:
		d.errAt(n, "expected a single value, got a %s", kindName(n))
		return "", false
	}
	return n.GetToken().Value, true
}

func kindName(n ast.Node) string {
	if _, ok := n.(*ast.SequenceNode); ok {
		return "list"
	}
	return "mapping"
}

func (d *Doc) decodeText(n ast.Node, u encoding.TextUnmarshaler) {
	text, ok := d.scalar(n)
	if !ok {
		return
	}
	if err := u.UnmarshalText([]byte(text)); err != nil {
		d.errAt(n, "%v", err)
	}
}

func (d *Doc) decodeScalar(n ast.Node, v reflect.Value) {
	text, ok := d.scalar(n)
	if !ok {
		return
	}
	if v.Type() == durationType {
		d.decodeDuration(n, text, v)
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(text)
	case reflect.Bool:
		b, err := strconv.ParseBool(text)
		if err != nil || (text != "true" && text != "false") {
			d.errAt(n, "expected true or false, got %q", text)
			return
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := strconv.ParseInt(text, 10, v.Type().Bits())
		if err != nil {
			d.errAt(n, "expected a whole number, got %q", text)
			return
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		u, err := strconv.ParseUint(text, 10, v.Type().Bits())
		if err != nil {
			d.errAt(n, "expected a whole number ≥ 0, got %q", text)
			return
		}
		v.SetUint(u)
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(text, v.Type().Bits())
		if err != nil {
			d.errAt(n, "expected a number, got %q", text)
			return
		}
		v.SetFloat(f)
	default:
		d.errAt(n, "cannot decode into %s", v.Type())
	}
}

func (d *Doc) decodeDuration(n ast.Node, text string, v reflect.Value) {
	dur, err := time.ParseDuration(text)
	if err != nil {
		d.errAt(n, "expected a duration like \"30s\" or \"5m\", got %q", text)
		return
	}
	v.SetInt(int64(dur))
}
