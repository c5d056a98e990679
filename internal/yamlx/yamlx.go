// Package yamlx decodes YAML into Go structs strictly (unknown keys,
// duplicate keys and mistyped values are errors) and collects every error
// with its file:line:col, so that an admin fixes a file in one pass. It
// knows nothing of Sealpost's schemas and never reads files itself.
package yamlx

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// Pos is a place in a file; Line and Col count from 1.
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

// Errors are all the problems found in a file.
type Errors []*Error

// Error lists the errors one per line, in file order.
func (es Errors) Error() string {
	sorted := slices.Clone(es)
	sortErrors(sorted)
	lines := make([]string, len(sorted))
	for i, e := range sorted {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

func sortErrors(es Errors) {
	slices.SortStableFunc(es, func(a, b *Error) int {
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		return a.Pos.Col - b.Pos.Col
	})
}

// Doc is a decoded document: where each key was, and the errors so far.
// Callers validate the decoded values and add their own errors with
// Errorf, then return Err.
type Doc struct {
	file    string
	pos     map[string]Pos // path -> position of its key (or list item)
	anchors map[string]ast.Node
	errs    Errors
	warns   Errors
	depth   int
}

// Decode decodes data into v, a pointer to a struct. Fields may hold
// defaults: keys absent from the YAML leave them as they are. Problems
// are collected in the returned Doc, never returned early.
func Decode(file string, data []byte, v any) *Doc {
	d := &Doc{file: file, pos: map[string]Pos{}, anchors: map[string]ast.Node{}}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		panic(fmt.Sprintf("yamlx: Decode needs a non-nil pointer to a struct, got %T", v))
	}
	f, err := parser.ParseBytes(data, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		d.syntax(err)
		return d
	}
	for _, doc := range f.Docs {
		if doc.Body != nil {
			d.decode(doc.Body, rv.Elem(), "")
		}
	}
	return d
}

// syntax records a parser error at its token.
func (d *Doc) syntax(err error) {
	var te interface {
		GetToken() *token.Token
		GetMessage() string
	}
	if errors.As(err, &te) && te.GetToken() != nil && te.GetToken().Position != nil {
		p := te.GetToken().Position
		d.add(Pos{d.file, p.Line, p.Column}, "syntax error: "+visible(te.GetMessage()))
		return
	}
	d.add(Pos{d.file, 1, 1}, "syntax error: "+visible(err.Error()))
}

// visible spells out tabs, which the parser quotes raw.
func visible(msg string) string { return strings.ReplaceAll(msg, "\t", `\t`) }

func (d *Doc) add(p Pos, msg string) {
	d.errs = append(d.errs, &Error{p, msg})
}

// Errorf adds an error at the key or list item named by path
// ("listeners.relay.address", "dkim[1].key_file",
// "delivery.routes.example.org"). A path the YAML does not have falls back
// to its nearest parent that it has, else to line 1, column 1.
func (d *Doc) Errorf(path, format string, args ...any) {
	d.add(d.nearest(path), fmt.Sprintf(format, args...))
}

// Warnf records a warning at path as Errorf places an error: something
// that loads but likely does not do what its author meant.
func (d *Doc) Warnf(path, format string, args ...any) {
	d.warns = append(d.warns, &Error{d.nearest(path), "warning: " + fmt.Sprintf(format, args...)})
}

// Warnings returns the warnings as file:line:col: message, in file order.
func (d *Doc) Warnings() []string {
	sortErrors(d.warns)
	out := make([]string, len(d.warns))
	for i, w := range d.warns {
		out[i] = w.Error()
	}
	return out
}

func (d *Doc) nearest(path string) Pos {
	for path != "" {
		if p, ok := d.pos[path]; ok {
			return p
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return Pos{d.file, 1, 1}
}

// Has reports whether the YAML has the key or list item at path, even
// with an empty value.
func (d *Doc) Has(path string) bool {
	_, ok := d.pos[path]
	return ok
}

// Err returns nil if there were no errors, else Errors sorted by place.
func (d *Doc) Err() error {
	if len(d.errs) == 0 {
		return nil
	}
	sortErrors(d.errs)
	return d.errs
}
