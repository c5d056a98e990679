// Package names knows the common given names, so that a word alone can
// be told to name a person: "Ethan had his MRI", a schedule's "Ana Ruiz".
package names

import (
	_ "embed"
	"strings"
)

//go:embed given.txt
var givenText string

var given = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(givenText, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}()

// Given reports whether w, lower-case, is a common given name.
func Given(w string) bool { return given[w] }

// Person reports whether s is written as a person's full name: two to
// four capitalised words, the first a common given name ("Ana Ruiz",
// "Lee Wong"), or "Family, Given" ("Ruiz, Ana M").
func Person(s string) bool {
	s = strings.TrimSpace(s)
	if fam, giv, ok := strings.Cut(s, ","); ok {
		return len(strings.Fields(fam)) == 1 && capitalised(fam) && Person(strings.TrimSpace(giv)+" "+strings.TrimSpace(fam))
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for i, w := range ws {
		if !capitalised(w) && !(len(w) <= 2 && strings.ToUpper(w) == w) && !(i > 0 && particles[w]) {
			return false
		}
	}
	return given[strings.ToLower(ws[0])]
}

// particles may stand lower-case inside a name: "Maria del Carmen Ortiz".
var particles = map[string]bool{"de": true, "del": true, "la": true, "los": true, "da": true, "dos": true, "van": true, "von": true, "bin": true}

// capitalised: an upper-case ASCII or Latin letter, then lower-case
// letters, '-', '\” or '.'.
func capitalised(w string) bool {
	w = strings.TrimSpace(w)
	for i, r := range w {
		switch {
		case i == 0 && (r < 'A' || r > 'Z') && !(r >= 'À' && r <= 'Þ'):
			return false
		case i > 0 && !(r >= 'a' && r <= 'z' || r >= 'ß' && r <= 'ÿ' || r == '-' || r == '\'' || r == '.'):
			return false
		}
	}
	return w != ""
}
