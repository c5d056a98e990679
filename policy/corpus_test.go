package policy

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusLevels are the labels of the corpus, one directory each.
var corpusLevels = []Level{LevelNone, LevelPHI, LevelRestricted}

// confusion counts labelled messages by the level the scorer gave them.
type confusion struct {
	n      map[Level]map[Level]int
	misses []string
}

func scoreCorpus(t *testing.T, p *Policy, dirs ...string) *confusion {
	t.Helper()
	c := &confusion{n: map[Level]map[Level]int{}}
	for _, label := range corpusLevels {
		c.n[label] = map[Level]int{}
		for _, dir := range dirs {
			files, _ := filepath.Glob(filepath.Join(dir, string(label), "*.eml"))
			for _, f := range files {
				msg, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				got := p.Inspect(msg, Envelope{}).Level
				c.n[label][got]++
				if got != label {
					c.misses = append(c.misses, fmt.Sprintf("%s: labelled %s, scored %s", f, label, got))
				}
			}
		}
	}
	return c
}

func (c *confusion) total(label Level) int {
	n := 0
	for _, v := range c.n[label] {
		n += v
	}
	return n
}

func (c *confusion) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "confusion matrix (rows: label, columns: scored)\n%-12s %6s %6s %10s\n", "", "none", "phi", "restricted")
	for _, l := range corpusLevels {
		fmt.Fprintf(&b, "%-12s %6d %6d %10d\n", l, c.n[l][LevelNone], c.n[l][LevelPHI], c.n[l][LevelRestricted])
	}
	return b.String()
}

// rates: recall of phi-or-restricted, false positives on none, recall of
// restricted.
func (c *confusion) rates() (sensitive, falsePos, restricted float64) {
	caught := c.n[LevelPHI][LevelPHI] + c.n[LevelPHI][LevelRestricted] + c.n[LevelRestricted][LevelPHI] + c.n[LevelRestricted][LevelRestricted]
	sensitive = float64(caught) / float64(c.total(LevelPHI)+c.total(LevelRestricted))
	falsePos = float64(c.n[LevelNone][LevelPHI]+c.n[LevelNone][LevelRestricted]) / float64(c.total(LevelNone))
	restricted = float64(c.n[LevelRestricted][LevelRestricted]) / float64(c.total(LevelRestricted))
	return
}

// TestCorpus scores the labelled synthetic corpora with the built-in
// policy. testdata/corpus is the one the detectors were tuned on: it must
// meet the bar. The others were written apart from it, by other hands who
// never saw the scorer, to estimate how it does on mail it has never seen:
// their figures are printed and published, not enforced, since tuning to
// them would make them worthless. holdout and fresh have been looked at
// since (their misses are printed); sealed, reserve and blind to blind4
// are measured only: their misses stay unprinted so that nobody tunes
// against them. wide to wide21 were written for error analysis (wide4
// leans to hard positives, wide3 and wide5 to hard negatives, wide6 to
// clinicians' shorthand, wide7 to integration payloads, wide8 to long
// threads and newsletters, wide9 and wide12 to short mail, wide10 to
// back-office mail, wide11 to mail in 34 languages, wide13 to templated
// volume mail, wide14 to care coordination, wide15 to sensitive-care
// organisations' staff mail, wide16 to the edges of healthcare and to
// patients' and families' own mail, wide17 to mail outside the United
// States, wide18 to bounces, forwards, digests and other mail-system
// shapes, wide19 to the health-adjacent businesses whose mail is rarely
// about a patient, wide20 to restricted care written obliquely and its
// look-alikes, wide21 to clinical shorthand, wide22 to health information
// at work, at school, in court and with insurers, wide23 to research and
// public health, wide24 to attachments and structured payloads, wide25
// to mail between patients, families and their care, wide26 to staff
// mail inside care organisations, wide27 to small private practices,
// wide28 to long-term care, home care and hospice, wide29 to community
// and social services around health, wide30 to urgent and acute care and
// the trades around it, wide31 to maternity, newborn and women's health,
// wide32 to chronic and specialty care programmes, wide33 to dental, eye,
// hearing, foot and community-pharmacy care, wide34 to rehabilitation,
// therapy and allied health, wide35 to public programmes and
// institutional care, wide36 to a fortnight of a multispecialty group's
// mail, wide37 to a week of a community hospital's, wide38 to a
// community health centre's fortnight, wide39 to home health, hospice
// and long-term care, wide40 to a health plan's fortnight, wide41 to a
// behavioural-health agency's, wide42 to children's health),
// each measured once unseen first:
// their misses are printed.
func TestCorpus(t *testing.T) {
	unseen := map[string]bool{"testdata/sealed": true, "testdata/reserve": true, "testdata/blind": true, "testdata/blind2": true, "testdata/blind3": true, "testdata/blind4": true,
		"testdata/wide29": true, "testdata/wide31": true, "testdata/wide32": true, "testdata/wide34": true, "testdata/wide36": true, "testdata/wide39": true, "testdata/wide41": true} // wide29, wide31, wide32, wide34, wide36, wide39 and wide41 measure only, as sealed does: their runs at a round's start and end say whether its fixes reach new mail
	for _, set := range []string{"testdata/corpus", "testdata/holdout", "testdata/fresh", "testdata/wide", "testdata/wide2", "testdata/wide3", "testdata/wide4", "testdata/wide5", "testdata/wide6", "testdata/wide7", "testdata/wide8", "testdata/wide9", "testdata/wide10", "testdata/wide12", "testdata/wide13", "testdata/wide11", "testdata/wide14", "testdata/wide15", "testdata/wide16", "testdata/wide17", "testdata/wide18", "testdata/wide19", "testdata/wide20", "testdata/wide21", "testdata/wide22", "testdata/wide23", "testdata/wide24", "testdata/wide25", "testdata/wide26", "testdata/wide27", "testdata/wide28", "testdata/wide30", "testdata/wide33", "testdata/wide35", "testdata/wide37", "testdata/wide38", "testdata/wide40", "testdata/wide42", "testdata/sealed",
		"testdata/reserve", "testdata/blind", "testdata/blind2", "testdata/blind3", "testdata/blind4", "testdata/wide29", "testdata/wide31", "testdata/wide32", "testdata/wide34", "testdata/wide36", "testdata/wide39", "testdata/wide41"} {
		t.Run(filepath.Base(set), func(t *testing.T) {
			c := scoreCorpus(t, Default(), set)
			if c.total(LevelNone) < 20 || c.total(LevelPHI) < 20 || c.total(LevelRestricted) < 10 {
				t.Fatalf("corpus too small:\n%s", c)
			}
			sens, fp, restr := c.rates()
			t.Logf("%s\nrecall phi-or-restricted %.3f, false positives on none %.3f, recall restricted %.3f", c, sens, fp, restr)
			if !unseen[set] {
				for _, m := range c.misses {
					t.Log(m)
				}
			}
			if set == "testdata/corpus" && (sens < 0.98 || fp > 0.05 || restr < 0.95) {
				t.Errorf("below the bar: recall %.3f (≥ 0.98), false positives %.3f (≤ 0.05), restricted recall %.3f (≥ 0.95)", sens, fp, restr)
			}
		})
	}
}
