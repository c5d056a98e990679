package policy

import (
	"strings"
	"testing"
)

// TestWarnings: a policy that loads but likely scores less than its
// author meant says so, at the line it is about; the built-in context
// written out in full does not.
func TestWarnings(t *testing.T) {
	rules := "rules:\n  - name: all\n    use: [pickup]\n"
	cases := []struct {
		file, yaml string
		want       []string // prefixes, one warning each, in file order
	}{
		{"old.yaml", "context:\n  - name: individual+health\n    all: [individual]\n    any: [health]\n    none: [identifier, bulk]\n    weight: 20\n" + rules,
			[]string{`old.yaml:1:1: warning: no context rule uses group "patient"`, `old.yaml:1:1: warning: context rules hold back on "bulk" but never on "trade"`}},
		{"off.yaml", "detectors:\n  hiv: {enabled: false}\n" + rules,
			[]string{`off.yaml:2:3: warning: detector "hiv" is off`}},
		{"context.yaml", commentedBlock(t, "context") + "\n" + rules, nil},
		{"policy.yaml", string(DefaultYAML()), nil},
	}
	for _, c := range cases {
		p, err := Parse(c.file, []byte(c.yaml))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if len(p.Warnings) != len(c.want) {
			t.Errorf("%s: warnings %q, want %d", c.file, p.Warnings, len(c.want))
			continue
		}
		for i, w := range c.want {
			if !strings.HasPrefix(p.Warnings[i], w) {
				t.Errorf("%s: warning %q, want it to start %q", c.file, p.Warnings[i], w)
			}
		}
	}
}
