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

// scalar returns the text of a scalar node as written (without quotes).
func (d *Doc) scalar(n ast.Node) (string, bool) {
	switch s := n.(type) {
	case *ast.StringNode:
		return s.Value, true
	case *ast.LiteralNode:
		return s.Value.Value, true
	case *ast.MappingNode, *ast.MappingValueNode, *ast.SequenceNode:
		d.errAt(n, "expected a single value, got %s", describe(n))
		return "", false
	}
	return n.GetToken().Value, true
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
	if msg := setScalar(text, v); msg != "" {
		d.errAt(n, "%s", msg)
	}
}

// setScalar parses text into v; it returns an error message or "".
func setScalar(text string, v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		v.SetString(text)
	case reflect.Bool:
		return setBool(text, v)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := strconv.ParseInt(strings.ReplaceAll(text, "_", ""), 10, v.Type().Bits())
		if err != nil {
			return numberError("a whole number", text, err)
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u, err := strconv.ParseUint(strings.ReplaceAll(text, "_", ""), 10, v.Type().Bits())
		if err != nil {
			return numberError("a whole number of at least 0", text, err)
		}
		v.SetUint(u)
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(text, v.Type().Bits())
		if err != nil {
			return numberError("a number", text, err)
		}
		v.SetFloat(f)
	default:
		return fmt.Sprintf("cannot decode into %s", v.Type())
	}
	return ""
}

func numberError(want, text string, err error) string {
	if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
		return fmt.Sprintf("number %s is out of range", text)
	}
	return fmt.Sprintf("expected %s, got %q", want, text)
}

func setBool(text string, v reflect.Value) string {
	switch text {
	case "true", "True", "TRUE":
		v.SetBool(true)
	case "false", "False", "FALSE":
		v.SetBool(false)
	default:
		return fmt.Sprintf("expected true or false, got %q", text)
	}
	return ""
}

// decodeDuration accepts Go durations ("30s", "5m", "1h30m"); a bare
// number is refused, since its unit would be a guess.
func (d *Doc) decodeDuration(n ast.Node, text string, v reflect.Value) {
	if _, err := strconv.ParseFloat(text, 64); err == nil && text != "0" {
		d.errAt(n, "duration %s has no unit: write %q or %q", text, text+"s", text+"m")
		return
	}
	dur, err := time.ParseDuration(text)
	if err != nil {
		d.errAt(n, "expected a duration like \"30s\" or \"5m\", got %q", text)
		return
	}
	v.SetInt(int64(dur))
}
