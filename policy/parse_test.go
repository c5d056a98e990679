package policy

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/yamlx"
)

// TestBadPolicies compares each testdata/bad/NAME.yaml's error text with
// NAME.expected-error (UPDATE_GOLDEN=1 rewrites them: review the diff).
func TestBadPolicies(t *testing.T) {
	files, _ := filepath.Glob("testdata/bad/*.yaml")
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, err := Load(f)
			if err == nil {
				t.Fatal("bad policy loaded")
			}
			var es yamlx.Errors
			if !errors.As(err, &es) {
				t.Errorf("error is %T, want yamlx.Errors", err)
			}
			golden := strings.TrimSuffix(f, ".yaml") + ".expected-error"
			if os.Getenv("UPDATE_GOLDEN") == "1" {
				os.WriteFile(golden, []byte(err.Error()+"\n"), 0o644)
			}
			want, _ := os.ReadFile(golden)
			if got := err.Error() + "\n"; got != string(want) {
				t.Errorf("error text:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "policy.yaml"))
	if !errors.Is(err, os.ErrNotExist) || !strings.HasPrefix(err.Error(), "policy: ") {
		t.Errorf("err = %v", err)
	}
}

// TestParseScalarOrList: each when: field and use: take one value or a list.
func TestParseScalarOrList(t *testing.T) {
	p, err := Parse("p.yaml", []byte(`
rules:
  - name: one
    when: {level: phi, channel: email, sender: a@clinic.example, recipient: "@partner.example"}
    use: pickup
  - name: many
    when: {level: [phi, restricted], channel: [email, sms], sender: ["*"], recipient: [a@x.example, "@y.example"]}
    use: [pgp, pickup]
    pickup: {identity: passcode, expire: 72h, max_views: 2}
  - name: rest
    use: [tls-verified, pickup]
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []Rule{
		{"one", When{[]Level{"phi"}, []string{"email"}, []string{"a@clinic.example"}, []string{"@partner.example"}}, []Method{MethodPickup}, PickupTerms{}},
		{"many", When{[]Level{"phi", "restricted"}, []string{"email", "sms"}, []string{"*"}, []string{"a@x.example", "@y.example"}}, []Method{MethodPGP, MethodPickup},
			PickupTerms{Identity: IdentityPasscode, Expire: 72 * time.Hour, MaxViews: 2}},
		{"rest", When{}, []Method{MethodTLSVerified, MethodPickup}, PickupTerms{}},
	}
	if !reflect.DeepEqual(p.Rules, want) {
		t.Errorf("rules = %+v\nwant %+v", p.Rules, want)
	}
}

// TestParseCoverage: rules that take every message between them, without
// a final rule free of conditions, are a complete policy; plain is fine in
// a rule only level none can reach.
func TestParseCoverage(t *testing.T) {
	_, err := Parse("p.yaml", []byte(`
rules:
  - name: sensitive
    when: {level: [phi, restricted]}
    use: [pgp, pickup]
  - name: sms
    when: {channel: sms}
    use: [pickup]
  - name: email
    when: {level: none, channel: email}
    use: [tls, plain]
`))
	if err != nil {
		t.Error(err)
	}
}

func TestDefault(t *testing.T) {
	p := Default()
	levels := []LevelThreshold{{LevelPHI, 30}, {LevelRestricted, 70}}
	chains := map[string]string{"restricted": "pgp>smime>pickup", "phi": "pgp>smime>tls-verified>pickup", "default": "tls-verified>tls>plain"}
	if !reflect.DeepEqual(p.Levels, levels) || len(p.Rules) != 3 || len(p.Overrides) != 0 {
		t.Fatalf("default policy = %+v", p)
	}
	for _, r := range p.Rules {
		if ChainString(r.Use) != chains[r.Name] {
			t.Errorf("rule %s uses %s, want %s", r.Name, ChainString(r.Use), chains[r.Name])
		}
	}
	if !reflect.DeepEqual(p.Detectors, defaultDetectors()) {
		t.Errorf("detectors = %v", p.Detectors)
	}
	path := filepath.Join(t.TempDir(), "policy.yaml") // as `sealpost init` writes it
	os.WriteFile(path, DefaultYAML(), 0o644)
	q, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	q.File = p.File
	if !reflect.DeepEqual(p, q) {
		t.Errorf("loaded %+v\nbuilt-in %+v", q, p)
	}
}

// TestDefaultYAMLContext: the commented groups: and context: blocks of the
// built-in policy, uncommented, state the built-in caps and context rules.
func TestDefaultYAMLContext(t *testing.T) {
	rules := "\nrules:\n  - name: all\n    use: [pickup]\n"
	groups := commentedBlock(t, "groups")
	p, err := Parse("groups.yaml", []byte(groups+rules))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(groups, ": "); n != len(defaultGroups()) || !reflect.DeepEqual(p.Groups, defaultGroups()) {
		t.Errorf("the commented groups (%d) are not the defaults:\n%s", n, groups)
	}
	context := commentedBlock(t, "context")
	q, err := Parse("context.yaml", []byte(context+rules))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(q.Context, defaultContext()) {
		t.Errorf("the commented context rules are not the defaults:\n%+v\nwant\n%+v", q.Context, defaultContext())
	}
}

// commentedBlock returns the commented-out block "# name:" of the
// built-in policy, uncommented.
func commentedBlock(t *testing.T, name string) string {
	t.Helper()
	lines := strings.Split(string(DefaultYAML()), "\n")
	i := slices.Index(lines, "# "+name+":")
	if i < 0 {
		t.Fatalf("no commented %s: block", name)
	}
	block := []string{lines[i][2:]}
	for _, m := range lines[i+1:] {
		if !strings.HasPrefix(m, "#   ") {
			break
		}
		block = append(block, m[2:])
	}
	return strings.Join(block, "\n")
}

// TestDefaultYAMLExamples: the commented detectors: and overrides: blocks
// of the built-in policy parse once uncommented, and the detector weights
// they show are the real defaults.
func TestDefaultYAMLExamples(t *testing.T) {
	var blocks []string
	lines := strings.Split(string(DefaultYAML()), "\n")
	for i, l := range lines {
		if l == "# detectors:" || l == "# overrides:" {
			block := []string{l[2:]}
			for _, m := range lines[i+1:] {
				if !strings.HasPrefix(m, "#   ") {
					break
				}
				block = append(block, m[2:])
			}
			blocks = append(blocks, strings.Join(block, "\n"))
		}
	}
	if len(blocks) != 2 {
		t.Fatalf("found %d commented blocks", len(blocks))
	}
	rules := "\nrules:\n  - name: all\n    use: [pickup]\n"
	p, err := Parse("detectors.yaml", []byte(blocks[0]+rules))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(blocks[0], "enabled: true"); n != len(defaultDetectors()) || !reflect.DeepEqual(p.Detectors, defaultDetectors()) {
		t.Errorf("the commented detectors (%d) are not the defaults:\n%s", n, blocks[0])
	}
	q, err := Parse("overrides.yaml", []byte(blocks[1]+rules))
	if err != nil || q.Posture("a@partner-clinic.example").TLS != TLSVerified {
		t.Errorf("overrides example: %v", err)
	}
}
