package policy

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sync"

	"github.com/sealpost/sealpost/internal/yamlx"
	"github.com/sealpost/sealpost/policy/lexicon"
)

// CustomDetector is an admin's own detector: a regular expression (RE2
// syntax, matched against each decoded text) or a word list (inline
// words, or a file in the lexicon list format, relative to the policy
// file). Its findings count in its group like the built-in detectors'.
type CustomDetector struct {
	ID      string   `yaml:"id"`
	Group   Group    `yaml:"group"`
	Weight  int      `yaml:"weight"`
	Pattern string   `yaml:"pattern"`
	Words   []string `yaml:"words"`
	File    string   `yaml:"file"`
}

// scanSetup is what a policy's scanners share: the matcher and the
// detectors past the built-in ones.
type scanSetup struct {
	m       *matcher
	regexps []customRegexp
	defs    []def // every detector: the built-in ones, then the policy's
}

var (
	builtinOnce  sync.Once
	builtinSetup *scanSetup
)

// defaultSetup is shared by every policy without custom word lists.
func defaultSetup() *scanSetup {
	builtinOnce.Do(func() {
		builtinSetup = &scanSetup{m: newMatcher(builtinLists()), defs: builtins[:]}
	})
	return builtinSetup
}

// buildScan adds the policy's own detectors to the built-in ones.
func buildScan(p *Policy, doc *yamlx.Doc) *scanSetup {
	if len(p.Custom) == 0 {
		return defaultSetup()
	}
	setup := &scanSetup{defs: append([]def{}, builtins[:]...)}
	lists := builtinLists()
	seen := map[string]bool{}
	for _, d := range builtins {
		seen[d.id] = true
	}
	for i, c := range p.Custom {
		path := fmt.Sprintf("custom[%d]", i)
		if !checkCustom(c, path, seen, doc) {
			continue
		}
		det := len(setup.defs)
		setup.defs = append(setup.defs, def{id: c.ID, group: c.Group, weight: c.Weight, doc: "custom"})
		addCustom(p, c, det, path, setup, lists, doc)
	}
	setup.m = newMatcher(lists)
	return setup
}

func checkCustom(c CustomDetector, path string, seen map[string]bool, doc *yamlx.Doc) bool {
	ok := true
	switch {
	case c.ID == "" || !isWord(c.ID):
		doc.Errorf(path, "custom detector needs an id: of lower-case letters, digits and '-'")
		ok = false
	case seen[c.ID]:
		doc.Errorf(path+".id", "detector %q is already defined", c.ID)
		ok = false
	}
	seen[c.ID] = true
	if c.Group == "" {
		doc.Errorf(path, "custom detector %q needs a group: (%s)", c.ID, groupNames())
		ok = false
	}
	if c.Weight < 0 {
		doc.Errorf(path+".weight", "detector %q: weight must be 0 or more, got %d", c.ID, c.Weight)
	}
	if n := btoi(c.Pattern != "") + btoi(len(c.Words) > 0) + btoi(c.File != ""); n != 1 {
		doc.Errorf(path, "custom detector %q needs exactly one of pattern:, words: or file:", c.ID)
		ok = false
	}
	return ok
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addCustom wires one custom detector into the setup.
func addCustom(p *Policy, c CustomDetector, det int, path string, setup *scanSetup, lists map[int][]string, doc *yamlx.Doc) {
	switch {
	case c.Pattern != "":
		re, err := regexp.Compile(c.Pattern)
		if err != nil {
			doc.Errorf(path+".pattern", "detector %q: %v", c.ID, err)
			return
		}
		setup.regexps = append(setup.regexps, customRegexp{det, re})
	case len(c.Words) > 0:
		for j, w := range c.Words {
			if err := lexicon.CheckTerm(w); err != nil {
				doc.Errorf(fmt.Sprintf("%s.words[%d]", path, j), "detector %q: %v", c.ID, err)
			}
		}
		lists[det] = append(lists[det], c.Words...)
	default:
		l, err := readList(p.File, c.File)
		if err != nil {
			doc.Errorf(path+".file", "detector %q: %v", c.ID, err)
			return
		}
		lists[det] = append(lists[det], l.Terms...)
	}
}

// readList reads a word list file named relative to the policy file.
func readList(policyFile, name string) (lexicon.List, error) {
	if !filepath.IsAbs(name) {
		name = filepath.Join(filepath.Dir(policyFile), name)
	}
	f, err := os.Open(name)
	if err != nil {
		return lexicon.List{}, err
	}
	defer f.Close()
	return lexicon.Parse(name, f)
}
