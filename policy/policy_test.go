package policy

import (
	"os"
	"strings"
	"testing"
)

func inspectFile(t *testing.T, name string) Sensitivity {
	t.Helper()
	msg, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return Default().Inspect(msg, Envelope{Channel: "email"})
}

func TestInspectSamples(t *testing.T) {
	cases := []struct {
		file  string
		level Level
		kinds []string
	}{
		{"lab-results.eml", LevelPHI, []string{"mrn", "dob", "clinical-term", "identifier+health"}},
		{"newsletter.eml", LevelNone, []string{"clinical-term"}},
		{"restricted.eml", LevelRestricted, []string{"mrn", "restricted-term", "identifier+health"}},
		{"tagged.eml", LevelPHI, []string{"subject-tag"}},
	}
	for _, c := range cases {
		s := inspectFile(t, c.file)
		if s.Level != c.level || strings.Join(s.Kinds(), ",") != strings.Join(c.kinds, ",") {
			t.Errorf("%s: level %s kinds %v (score %d), want %s %v", c.file, s.Level, s.Kinds(), s.Score, c.level, c.kinds)
		}
	}
	s := inspectFile(t, "restricted.eml")
	var places []string
	for _, f := range s.Findings {
		places = append(places, f.Kind+"@"+string(f.Where))
	}
	if !strings.Contains(strings.Join(places, " "), "restricted-term@attachment") {
		t.Errorf("attachment file name not inspected: %v", places)
	}
}

func TestDetectors(t *testing.T) {
	cases := []struct {
		name string
		fn   func(*scanText) int
		in   string
		want int
	}{
		{"ssn formatted", countSSN, "SSN 123-45-6789 on file", 1},
		{"ssn invalid area", countSSN, "ref 666-45-6789 and 900-12-3456", 0},
		{"ssn bare with keyword", countSSN, "social security number: 123456789", 1},
		{"nine digits alone", countSSN, "order 123456789 shipped", 0},
		{"mbi", countMBI, "Medicare 1EG4-TE5-MK73", 1},
		{"mbi excluded letter", countMBI, "1SG4-TE5-MK73", 0},
		{"npi luhn ok", countNPI, "NPI: 1234567893", 1},
		{"npi luhn bad", countNPI, "NPI: 1234567890", 0},
		{"dob", keyed(dobRE, "dob", "date of birth"), "date of birth 1961-04-12", 1},
		{"dob needs keyword", keyed(dobRE, "dob", "date of birth"), "meeting on 04/12/1961", 0},
		{"mrn", keyed(mrnRE, "mrn"), "MRN# A-99812", 1},
		{"clinical word boundary", func(t *scanText) int { return clinicalTerms.count(t.words) }, "the Biopsy; not cancerous? cancer yes", 2},
		{"restricted", func(t *scanText) int { return restrictedTerms.count(t.words) }, "HIV and PrEP; 42 CFR Part 2", 2},
		{"tag", countTags, "[Secure] hello [PHI]", 2},
	}
	for _, c := range cases {
		if got := c.fn(prepare(c.in)); got != c.want {
			t.Errorf("%s: %q → %d, want %d", c.name, c.in, got, c.want)
		}
	}
}

func TestDecide(t *testing.T) {
	p := Default()
	phi := Sensitivity{Level: LevelPHI, Score: 40}
	none := Sensitivity{Level: LevelNone}
	transportOnly := Availability(func(m Method) bool { return m.Transport() || m == MethodReject })
	cases := []struct {
		name  string
		s     Sensitivity
		rcpt  Posture
		avail Availability
		want  string // method chain
		rule  string
	}{
		{"phi with pgp key", phi, Posture{Address: "a@x.example", HasPGP: true}, nil, "pgp>tls-verified>pickup", "phi"},
		{"phi, no keys", phi, Posture{Address: "a@x.example"}, nil, "tls-verified>pickup", "phi"},
		{"phi, no keys, no portal", phi, Posture{Address: "a@x.example"}, transportOnly, "tls-verified", "phi"},
		{"phi, domain known without verified TLS", phi, Posture{Address: "a@x.example", TLS: TLSOpportunistic}, transportOnly, "reject", "phi"},
		{"none", none, Posture{Address: "a@x.example"}, transportOnly, "tls-verified>tls>plain", "default"},
		{"none, no TLS", none, Posture{Address: "a@x.example", TLS: TLSNone}, transportOnly, "plain", "default"},
		{"restricted, nothing available", Sensitivity{Level: LevelRestricted}, Posture{Address: "a@x.example"}, transportOnly, "reject", "restricted"},
	}
	for _, c := range cases {
		d := p.Decide(c.s, Envelope{Channel: "email"}, c.rcpt, c.avail)
		if got := ChainString(d.Chain()); got != c.want || d.Rule != c.rule || d.Reason == "" {
			t.Errorf("%s: %s by %s (%s), want %s by %s", c.name, got, d.Rule, d.Reason, c.want, c.rule)
		}
	}
}

func TestParseErrors(t *testing.T) {
	src := "levels: {phi: 30}\n" +
		"detectors:\n  ssnn: {weight: 5}\n" +
		"rules:\n" +
		"  - name: a\n    when: {level: secret}\n    use: [pgpp]\n" +
		"  - name: a\n    use: []\n" +
		"  - name: last\n    when: {sender: \"@x.example\"}\n    use: [tls]\n"
	_, err := Parse("p.yaml", []byte(src))
	if err == nil {
		t.Fatal("bad policy parsed")
	}
	want := []string{
		`p.yaml:3:3: unknown detector "ssnn"`,
		`p.yaml:6:19: unknown level "secret"`,
		`p.yaml:7:11: policy: unknown method "pgpp" (want one of pgp, smime, tls-verified, tls, plain, pickup, reject)`,
		`p.yaml:8:5: duplicate rule name "a"`,
		`p.yaml:8:5: rule "a" has no use: list`,
		`p.yaml:10:5: the last rule "last" has a when: condition`,
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("missing %q in:\n%v", w, err)
		}
	}
}

func TestDefaultRoundTripAndOverrides(t *testing.T) {
	p := Default()
	if len(p.Rules) != 3 || p.Rules[1].Name != "phi" || ChainString(p.Rules[1].Use) != "pgp>smime>tls-verified>pickup" {
		t.Fatalf("default rules = %+v", p.Rules)
	}
	q, err := Parse("o.yaml", []byte("rules:\n  - name: d\n    use: [tls]\noverrides:\n  - match: \"@partner.example\"\n    tls: tls-verified\n"))
	if err != nil {
		t.Fatal(err)
	}
	if q.Posture("x@mx.partner.example").TLS != TLSVerified || q.Posture("x@other.example").TLS != TLSUnknown {
		t.Error("override not applied by domain")
	}
}

func BenchmarkInspect4K(b *testing.B) {
	msg, _ := os.ReadFile("testdata/lab-results.eml")
	msg = append(msg, []byte(strings.Repeat("Some ordinary words about the weather and the week ahead.\r\n", 65))...)
	p := Default()
	for b.Loop() {
		p.Inspect(msg, Envelope{})
	}
}
