package policy

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

func readMsg(t testing.TB, name string) []byte {
	t.Helper()
	msg, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return msg
}

// places renders findings as "kind@where:count".
func places(s Sensitivity) string {
	var out []string
	for _, f := range s.Findings {
		out = append(out, f.Kind+"@"+string(f.Where))
	}
	return strings.Join(out, " ")
}

func TestInspectSamples(t *testing.T) {
	cases := []struct {
		file  string
		level Level
		score int
		found string // kind@where, in order
	}{
		{"lab-results.eml", LevelPHI, 50, "mrn@body dob@body clinical-term@subject clinical-term@body identifier+health@body"},
		{"newsletter.eml", LevelNone, 10, "clinical-term@body"}, // health terms, no person: not PHI
		{"ssn-only.eml", LevelNone, 10, "ssn@body"},             // an identifier alone
		{"restricted.eml", LevelRestricted, 45, "mrn@body restricted-term@body restricted-term@attachment identifier+health@body"},
		{"tagged.eml", LevelPHI, 30, "subject-tag@subject"},
		{"tag-in-body.eml", LevelNone, 0, ""},
		{"html-referral.eml", LevelPHI, 40, "dob@body clinical-term@subject clinical-term@body identifier+health@body"},
		{"latin1.eml", LevelPHI, 40, "dob@body clinical-term@body identifier+health@body"},
		{"forwarded.eml", LevelRestricted, 45, "mrn@attachment restricted-term@attachment identifier+health@body"},
		{"header.eml", LevelRestricted, 0, "sensitivity-header@header"},
		{"header-none.eml", LevelPHI, 40, "mrn@body clinical-term@subject clinical-term@body identifier+health@body"},
		{"encoded-filename.eml", LevelRestricted, 45, "mrn@body restricted-term@attachment identifier+health@body"},
		{"broken-multipart.eml", LevelPHI, 40, "mrn@body clinical-term@body identifier+health@body"},
	}
	p := Default()
	for _, c := range cases {
		s := p.Inspect(readMsg(t, c.file), Envelope{Channel: "email"})
		if s.Level != c.level || s.Score != c.score || places(s) != c.found {
			t.Errorf("%s: level %s score %d findings %q\n\twant %s %d %q", c.file, s.Level, s.Score, places(s), c.level, c.score, c.found)
		}
	}
}

// TestInspectRecordsNoText: what leaves Inspect (and is written to the
// audit log) names kinds, never what was matched.
func TestInspectRecordsNoText(t *testing.T) {
	msg := "Subject: [secure] MRN 7781\r\n\r\nSSN 123-45-6789, DOB 04/12/1961, HIV, metformin, NPI 1234567893, 1EG4-TE5-MK73\r\n"
	s := Default().Inspect([]byte(msg), Envelope{})
	out, _ := json.Marshal(s)
	if len(s.Kinds()) < 8 {
		t.Fatalf("kinds = %v, want every detector", s.Kinds())
	}
	if leak := regexp.MustCompile(`\d{4}|(?i)hiv|metformin|MK73`).Find(out); leak != nil {
		t.Errorf("matched text %q in %s", leak, out)
	}
}

func TestInspectSettings(t *testing.T) {
	msg := readMsg(t, "lab-results.eml")
	cases := []struct {
		name, yaml string
		level      Level
		score      int
	}{
		{"default", "", LevelPHI, 50},
		{"clinical off", "detectors:\n  clinical-term: {enabled: false}\n", LevelNone, 20},
		{"context off", "detectors:\n  identifier+health: {enabled: false}\n", LevelPHI, 30},
		{"reweighted", "detectors:\n  dob: {weight: 40}\n", LevelRestricted, 80},
		{"custom levels", "levels: {phi: 30, restricted: 45}\n", LevelRestricted, 50},
	}
	for _, c := range cases {
		p, err := Parse("p.yaml", []byte(c.yaml+"rules:\n  - name: all\n    use: [pickup]\n"))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if s := p.Inspect(msg, Envelope{}); s.Level != c.level || s.Score != c.score {
			t.Errorf("%s: %s %d, want %s %d", c.name, s.Level, s.Score, c.level, c.score)
		}
	}
}

// TestInspectFloorsOff: switching the subject tag and the header off
// removes their floors.
func TestInspectFloorsOff(t *testing.T) {
	p, err := Parse("p.yaml", []byte("detectors:\n  subject-tag: {enabled: false}\n  sensitivity-header: {enabled: false}\nrules:\n  - name: all\n    use: [pickup]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"tagged.eml", "header.eml"} {
		if s := p.Inspect(readMsg(t, f), Envelope{}); s.Level != LevelNone || len(s.Findings) != 0 {
			t.Errorf("%s: %s %v with its detector off", f, s.Level, s.Findings)
		}
	}
}

func TestInspectNotMIME(t *testing.T) {
	s := Default().Inspect([]byte("no header at all\nSSN 123-45-6789 biopsy\n"), Envelope{})
	if s.Level != LevelPHI {
		t.Errorf("raw text not inspected: %+v", s)
	}
}

func BenchmarkInspect(b *testing.B) {
	msg := readMsg(b, "lab-results.eml")
	filler := "Some ordinary words about the weather, the parking lot and the week ahead.\r\n"
	for len(msg) < 4096-len(filler) {
		msg = append(msg, filler...)
	}
	p := Default()
	b.SetBytes(int64(len(msg)))
	for b.Loop() {
		p.Inspect(msg, Envelope{})
	}
}
