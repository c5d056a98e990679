package yamlx

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// word is a TextUnmarshaler that accepts lowercase words only.
type word string

func (w *word) UnmarshalText(b []byte) error {
	if strings.ToLower(string(b)) != string(b) || len(b) == 0 {
		return fmt.Errorf("word %q is not lowercase", b)
	}
	*w = word(b)
	return nil
}

type inner struct {
	Address string   `yaml:"address"`
	Nets    []string `yaml:"allow_networks"`
}

type cfg struct {
	Name   string            `yaml:"name"`
	On     bool              `yaml:"on"`
	N      int               `yaml:"n"`
	N8     int8              `yaml:"n8"`
	U      uint16            `yaml:"u"`
	F      float64           `yaml:"f"`
	D      time.Duration     `yaml:"d"`
	W      word              `yaml:"w"`
	WP     *word             `yaml:"wp"`
	L      []string          `yaml:"l"`
	M      map[string]string `yaml:"m"`
	MS     map[string]inner  `yaml:"ms"`
	P      *inner            `yaml:"p"`
	In     inner             `yaml:"in"`
	Items  []inner           `yaml:"items"`
	Skip   string            `yaml:"-"`
	Plain  string
	hidden string
}

func defaults() cfg {
	return cfg{Name: "default", N: 7, D: time.Minute, L: []string{"x"}, In: inner{Address: "keep:1"},
		M: map[string]string{"old": "1"}, Skip: "skip"}
}

func wp(s string) *word { w := word(s); return &w }

func TestDecodeValues(t *testing.T) {
	cases := []struct {
		name string
		yaml string
		edit func(*cfg) // applied to defaults() to get the expected value
	}{
		{"empty document keeps defaults", "", func(*cfg) {}},
		{"comment only", "# nothing\n", func(*cfg) {}},
		{"scalars", "name: relay\non: true\nn: -3\nn8: 127\nu: 65535\nf: 1.5\nd: 1h30m\nw: abc\nplain: p\n", func(c *cfg) {
			c.Name, c.On, c.N, c.N8, c.U, c.F, c.D, c.W, c.Plain = "relay", true, -3, 127, 65535, 1.5, 90*time.Minute, "abc", "p"
		}},
		{"number and bool as string", "name: 123\nplain: true\n", func(c *cfg) { c.Name, c.Plain = "123", "true" }},
		{"quoted and block strings", "name: \"a: b\"\nplain: |\n  two\n  lines\n", func(c *cfg) { c.Name, c.Plain = "a: b", "two\nlines\n" }},
		{"bool capitalised", "on: True\n", func(c *cfg) { c.On = true }},
		{"zero duration", "d: 0\n", func(c *cfg) { c.D = 0 }},
		{"list replaces default", "l: [a, b]\n", func(c *cfg) { c.L = []string{"a", "b"} }},
		{"single value is a list of one", "l: a\n", func(c *cfg) { c.L = []string{"a"} }},
		{"map merges into default", "m: {new: \"2\"}\n", func(c *cfg) { c.M["new"] = "2" }},
		{"map key with dots", "m:\n  example.org: mx:25\n", func(c *cfg) { c.M["example.org"] = "mx:25" }},
		{"map of structs", "ms:\n  a: {address: h:1}\n", func(c *cfg) { c.MS = map[string]inner{"a": {Address: "h:1"}} }},
		{"pointer allocated", "p:\n  address: h:2\nwp: xyz\n", func(c *cfg) { c.P, c.WP = &inner{Address: "h:2"}, wp("xyz") }},
		{"nested struct keeps unset fields", "in:\n  allow_networks: [10.0.0.0/8]\n", func(c *cfg) { c.In.Nets = []string{"10.0.0.0/8"} }},
		{"list of structs", "items:\n  - address: a:1\n  - {address: b:2, allow_networks: [c]}\n", func(c *cfg) {
			c.Items = []inner{{Address: "a:1"}, {Address: "b:2", Nets: []string{"c"}}}
		}},
		{"null empties a scalar and a list", "name:\nl: ~\n", func(c *cfg) { c.Name, c.L = "", nil }},
		{"null section keeps defaults", "in:\n", func(*cfg) {}},
		{"anchor and alias", "name: &n shared\nplain: *n\n", func(c *cfg) { c.Name, c.Plain = "shared", "shared" }},
		{"underscore digits", "n: 1_000\n", func(c *cfg) { c.N = 1000 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, want := defaults(), defaults()
			tc.edit(&want)
			if err := Decode("t.yaml", []byte(tc.yaml), &got).Err(); err != nil {
				t.Fatalf("error: %v", err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := []struct {
		name, yaml, want string
	}{
		{"unknown key with suggestion", "in:\n  adress: x\n",
			`t.yaml:2:3: unknown key "adress" in in (did you mean "address"?)`},
		{"unknown key far from any", "zzzzzz: 1\n", `t.yaml:1:1: unknown key "zzzzzz"`},
		{"skipped field is unknown", "skip: 1\n", `t.yaml:1:1: unknown key "skip"`},
		{"unexported field is unknown", "hidden: 1\n", `t.yaml:1:1: unknown key "hidden"`},
		{"transposed letters", "plian: 1\n", `t.yaml:1:1: unknown key "plian" (did you mean "plain"?)`},
		{"bad duration", "d: abc\n", `t.yaml:1:4: expected a duration like "30s" or "5m", got "abc"`},
		{"bare number duration", "d: 30\n", `t.yaml:1:4: duration 30 has no unit: write "30s" or "30m"`},
		{"bad int", "n: 1.5\n", `t.yaml:1:4: expected a whole number, got "1.5"`},
		{"int out of range", "n8: 300\n", `t.yaml:1:5: number 300 is out of range`},
		{"negative uint", "u: -1\n", `t.yaml:1:4: expected a whole number of at least 0, got "-1"`},
		{"bad float", "f: fast\n", `t.yaml:1:4: expected a number, got "fast"`},
		{"bad bool", "on: yes\n", `t.yaml:1:5: expected true or false, got "yes"`},
		{"text unmarshaler error", "w: ABC\n", `t.yaml:1:4: word "ABC" is not lowercase`},
		{"list for a scalar", "name: [a]\n", `t.yaml:1:7: expected a single value, got a list`},
		{"mapping for a list", "l: {a: b}\n", `t.yaml:1:5: l must be a list, got a mapping`},
		{"scalar for a struct", "in: x\n", `t.yaml:1:5: in must be a mapping of keys to values, got "x"`},
		{"scalar document", "hello\n", `t.yaml:1:1: the document must be a mapping of keys to values, got "hello"`},
		{"duplicate key", "name: a\nn: 1\nname: b\n", `t.yaml:3:1: duplicate key "name" (first at line 1)`},
		{"duplicate map key", "m:\n  a: x\n  a: y\n", `t.yaml:3:3: duplicate key "a" (first at line 2)`},
		{"unknown alias", "name: *nope\n", `t.yaml:1:7: unknown alias *nope`},
		{"merge key", "in:\n  <<: {address: x}\n", `t.yaml:2:3: merge keys (<<) are not supported`},
		{"syntax error", "in:\n  address: [a\n", `t.yaml:2:12: syntax error: sequence end token ']' not found`},
		{"tab indentation", "in:\n\taddress: x\n", `t.yaml:2:1: syntax error: found character '\t' that cannot start any token`},
		{"several, in file order", "n: x\nin:\n  adress: 1\nd: 5\nbogus: 1\n", strings.Join([]string{
			`t.yaml:1:4: expected a whole number, got "x"`,
			`t.yaml:3:3: unknown key "adress" in in (did you mean "address"?)`,
			`t.yaml:4:4: duration 5 has no unit: write "5s" or "5m"`,
			`t.yaml:5:1: unknown key "bogus"`,
		}, "\n")},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := defaults()
			err := Decode("t.yaml", []byte(tc.yaml), &c).Err()
			if err == nil {
				t.Fatalf("no error, decoded %+v", c)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("error:\n%s\nwant:\n%s", got, tc.want)
			}
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Errorf("error is %T, not Errors", err)
			}
		})
	}
}

// TestErrorsKeepGoing checks that a bad value does not stop the decoding
// of the keys after it.
func TestErrorsKeepGoing(t *testing.T) {
	c := defaults()
	doc := Decode("t.yaml", []byte("n: x\nname: after\n"), &c)
	if doc.Err() == nil || c.Name != "after" || c.N != 7 {
		t.Errorf("err %v, name %q, n %d: want an error, name decoded, n unchanged", doc.Err(), c.Name, c.N)
	}
}

func TestErrorfAndHas(t *testing.T) {
	src := "name: x\nin:\n  address: a:1\nitems:\n  - address: b\n  - address: c\n    allow_networks: [n1, n2]\nm:\n  example.org: v\n"
	cases := []struct {
		path string
		has  bool
		pos  string
	}{
		{"name", true, "t.yaml:1:1"},
		{"in", true, "t.yaml:2:1"},
		{"in.address", true, "t.yaml:3:3"},
		{"in.allow_networks", false, "t.yaml:2:1"},
		{"items[1]", true, "t.yaml:6:5"},
		{"items[1].address", true, "t.yaml:6:5"},
		{"items[1].allow_networks[1]", true, "t.yaml:7:26"},
		{"items[5].address", false, "t.yaml:4:1"},
		{"m.example.org", true, "t.yaml:9:3"},
		{"m.example.net", false, "t.yaml:8:1"},
		{"plain", false, "t.yaml:1:1"},
		{"", false, "t.yaml:1:1"},
	}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			c := defaults()
			doc := Decode("t.yaml", []byte(src), &c)
			if err := doc.Err(); err != nil {
				t.Fatal(err)
			}
			if got := doc.Has(tc.path); got != tc.has {
				t.Errorf("Has = %v, want %v", got, tc.has)
			}
			doc.Errorf(tc.path, "bad %s", "value")
			if got, want := doc.Err().Error(), tc.pos+": bad value"; got != want {
				t.Errorf("Errorf: %q, want %q", got, want)
			}
		})
	}
}

func TestErrorsSortedByPlace(t *testing.T) {
	es := Errors{
		{Pos{"f", 3, 1}, "c"}, {Pos{"f", 1, 9}, "b"}, {Pos{"f", 1, 2}, "a"},
	}
	if got, want := es.Error(), "f:1:2: a\nf:1:9: b\nf:3:1: c"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDeepNestingIsAnError(t *testing.T) {
	type node struct {
		Next *node `yaml:"next"`
	}
	var b strings.Builder
	for i := 0; i < 150; i++ {
		b.WriteString(strings.Repeat(" ", i) + "next:\n")
	}
	var n node
	err := Decode("t.yaml", []byte(b.String()), &n).Err()
	if err == nil || !strings.Contains(err.Error(), "nested too deeply") {
		t.Errorf("err = %v", err)
	}
}

func TestEditDistance(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{{"", "", 0}, {"adress", "address", 1}, {"kitten", "sitting", 3}, {"abc", "", 3}}
	for _, tc := range cases {
		if got := editDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestDecodeNeedsStructPointer(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Decode into a non-pointer did not panic")
		}
	}()
	Decode("t.yaml", nil, cfg{})
}
