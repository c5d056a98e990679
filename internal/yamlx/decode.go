package yamlx

import (
	"encoding"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
)

// maxDepth bounds nesting (and alias expansion) so that a hostile file
// cannot exhaust the stack.
const maxDepth = 100

var (
	durationType  = reflect.TypeOf(time.Duration(0))
	unmarshalType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// at is where a node starts; a mapping is where its first key is.
func (d *Doc) at(n ast.Node) Pos {
	switch m := n.(type) {
	case *ast.MappingNode:
		if len(m.Values) > 0 {
			n = m.Values[0].Key
		}
	case *ast.MappingValueNode:
		n = m.Key
	}
	if n == nil {
		return Pos{d.file, 1, 1}
	}
	t := n.GetToken()
	if t == nil || t.Position == nil {
		return Pos{d.file, 1, 1}
	}
	return Pos{d.file, t.Position.Line, t.Position.Column}
}

func (d *Doc) errAt(n ast.Node, format string, args ...any) {
	d.add(d.at(n), fmt.Sprintf(format, args...))
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// what names a path in a message.
func what(path string) string {
	if path == "" {
		return "the document"
	}
	return path
}

// resolve skips tags and anchors (remembering them) and follows aliases.
// It returns nil for a comment-only node.
func (d *Doc) resolve(n ast.Node) ast.Node {
	for {
		switch t := n.(type) {
		case *ast.TagNode:
			n = t.Value
		case *ast.AnchorNode:
			d.anchors[t.Name.GetToken().Value] = t.Value
			n = t.Value
		case *ast.AliasNode:
			target, ok := d.anchors[t.Value.GetToken().Value]
			if !ok {
				d.errAt(t, "unknown alias *%s", t.Value.GetToken().Value)
				return nil
			}
			n = target
		case *ast.CommentGroupNode:
			return nil
		default:
			return n
		}
	}
}

func (d *Doc) decode(n ast.Node, v reflect.Value, path string) {
	if d.depth++; d.depth > maxDepth {
		d.errAt(n, "%s is nested too deeply", what(path))
		d.depth--
		return
	}
	defer func() { d.depth-- }()
	if n = d.resolve(n); n == nil {
		return
	}
	if _, isNull := n.(*ast.NullNode); isNull {
		setNull(v)
		return
	}
	if v.Kind() != reflect.Pointer && v.CanAddr() && v.Addr().Type().Implements(unmarshalType) {
		d.decodeText(n, v.Addr().Interface().(encoding.TextUnmarshaler))
		return
	}
	d.decodeKind(n, v, path)
}

// setNull empties a value given as null ("key:" or "key: ~"), except a
// struct, whose defaults stay: an empty section changes nothing.
func setNull(v reflect.Value) {
	if v.Kind() != reflect.Struct {
		v.Set(reflect.Zero(v.Type()))
	}
}

func (d *Doc) decodeKind(n ast.Node, v reflect.Value, path string) {
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
	d.errAt(n, "%s must be a mapping of keys to values, got %s", what(path), describe(n))
	return nil, false
}

// keyOf returns a mapping key's text; ok is false (and an error added)
// for a duplicate or unusable key.
func (d *Doc) keyOf(kv *ast.MappingValueNode, seen map[string]Pos) (string, bool) {
	var k ast.Node = kv.Key
	if mk, isKey := k.(*ast.MappingKeyNode); isKey {
		k = mk.Value
	}
	switch t := k.(type) {
	case *ast.MergeKeyNode:
		d.errAt(kv.Key, "merge keys (<<) are not supported")
		return "", false
	case *ast.MappingNode, *ast.SequenceNode:
		d.errAt(kv.Key, "a key must be a single value, got %s", describe(t))
		return "", false
	}
	key := k.GetToken().Value
	if s, isString := k.(*ast.StringNode); isString {
		key = s.Value
	}
	if first, dup := seen[key]; dup {
		d.errAt(kv.Key, "duplicate key %q (first at line %d)", key, first.Line)
		return key, false
	}
	seen[key] = d.at(kv.Key)
	return key, true
}

func (d *Doc) decodeStruct(n ast.Node, v reflect.Value, path string) {
	kvs, ok := d.pairs(n, path)
	if !ok {
		return
	}
	fields := fieldsOf(v.Type())
	seen := map[string]Pos{}
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
		d.pos[p] = d.at(kv.Key)
		d.decode(kv.Value, v.Field(idx), p)
	}
}

func in(path string) string {
	if path == "" {
		return ""
	}
	return " in " + path
}

// fieldsOf maps YAML keys to field indexes: the yaml tag's name, else
// the lowercased field name; "-" and unexported fields are skipped.
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

func (d *Doc) decodeMap(n ast.Node, v reflect.Value, path string) {
	if v.Type().Key().Kind() != reflect.String {
		d.errAt(n, "cannot decode into %s", v.Type())
		return
	}
	kvs, ok := d.pairs(n, path)
	if !ok {
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	seen := map[string]Pos{}
	for _, kv := range kvs {
		key, ok := d.keyOf(kv, seen)
		if !ok {
			continue
		}
		p := join(path, key)
		d.pos[p] = d.at(kv.Key)
		k := reflect.ValueOf(key).Convert(v.Type().Key())
		elem := reflect.New(v.Type().Elem()).Elem()
		if old := v.MapIndex(k); old.IsValid() { // keep defaults the YAML does not set
			elem.Set(old)
		}
		d.decode(kv.Value, elem, p)
		v.SetMapIndex(k, elem)
	}
}

// decodeSlice replaces the slice. A single value stands for a list of one
// ("allow_networks: 10.0.0.0/8"); a mapping is not a list.
func (d *Doc) decodeSlice(n ast.Node, v reflect.Value, path string) {
	items := []ast.Node{n}
	switch seq := n.(type) {
	case *ast.SequenceNode:
		items = seq.Values
	case *ast.MappingNode, *ast.MappingValueNode:
		d.errAt(n, "%s must be a list, got %s", what(path), describe(n))
		return
	}
	out := reflect.MakeSlice(v.Type(), len(items), len(items))
	for i, item := range items {
		p := fmt.Sprintf("%s[%d]", path, i)
		d.pos[p] = d.at(item)
		d.decode(item, out.Index(i), p)
	}
	v.Set(out)
}

// describe names a node's kind for messages.
func describe(n ast.Node) string {
	switch n.(type) {
	case *ast.SequenceNode:
		return "a list"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	}
	if t := n.GetToken(); t != nil {
		return strconv.Quote(t.Value)
	}
	return "nothing"
}
