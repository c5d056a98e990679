package policy

import (
	"reflect"
	"testing"
	"unsafe"
)

// TestOpensOnly: an entry with any flag set is more than the phrases it
// opens, so a flag added to entry and forgotten in opensOnly fails here
// rather than letting its words skip scanner.term.
func TestOpensOnly(t *testing.T) {
	if !(&entry{phrase: 3}).opensOnly() {
		t.Fatal("an entry that only opens phrases is not bare")
	}
	typ := reflect.TypeOf(entry{})
	for k := range typ.NumField() {
		f := typ.Field(k)
		if f.Type.Kind() != reflect.Bool || f.Name == "bare" {
			continue
		}
		var e entry
		field := reflect.ValueOf(&e).Elem().Field(k) // unexported: set through its address
		reflect.NewAt(f.Type, unsafe.Pointer(field.UnsafeAddr())).Elem().SetBool(true)
		if e.opensOnly() {
			t.Errorf("an entry with %s set counts as bare", f.Name)
		}
	}
	for _, e := range []entry{{dets: []int{dDiagnosis}}, {keys: 1}} {
		if e.opensOnly() {
			t.Errorf("%+v counts as bare", e)
		}
	}
}
