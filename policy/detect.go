package policy

import (
	"regexp"
	"sort"
	"strings"
)

// class says what a finding means for the context rule.
type class int

const (
	identifier class = iota // names a person: SSN, MBI, MRN, date of birth
	provider                // names a provider (NPI): not a patient identifier
	health                  // clinical content
	restricted              // content of a restricted category
	marker                  // the sender's own marking
)

// detector finds one kind of evidence in text.
type detector struct {
	kind        string
	class       class
	weight      int
	subjectOnly bool
	count       func(t *scanText) int
}

// Kinds that are not text detectors but are weighed and switched like them.
const (
	kindHeader  = "sensitivity-header" // X-Sensitivity sets the level floor
	kindContext = "identifier+health"  // a patient identifier with health content
)

// detectors run in this order; their findings appear in it. Default
// weights keep any one identifier, and health content without an
// identifier, below the phi threshold of the default policy.
var detectors = []detector{
	{"subject-tag", marker, 30, true, countTags},
	{"ssn", identifier, 10, false, countSSN},
	{"mbi", identifier, 15, false, countMBI},
	{"mrn", identifier, 10, false, keyed(mrnRE, keyMRN)},
	{"dob", identifier, 10, false, keyed(dobRE, keyDOB)},
	{"npi", provider, 5, false, countNPI},
	{"clinical-term", health, 10, false, termCount(vocabClinical)},
	{"restricted-term", restricted, 15, false, termCount(vocabRestricted)},
}

// extraWeights are the defaults of the kinds that are not text detectors.
var extraWeights = map[string]int{kindHeader: 0, kindContext: 20}

// defaultDetectors returns a fresh map of every kind's default setting.
func defaultDetectors() map[string]Detector {
	m := make(map[string]Detector, len(detectors)+len(extraWeights))
	for _, d := range detectors {
		m[d.kind] = Detector{Enabled: true, Weight: d.weight}
	}
	for k, w := range extraWeights {
		m[k] = Detector{Enabled: true, Weight: w}
	}
	return m
}

func detectorNames() []string {
	var names []string
	for k := range defaultDetectors() {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

var (
	ssnBareRE = regexp.MustCompile(`(?i)^(?:ssn|social security(?: number| no\.?| #)?)\W{0,5}(\d{9})\b`)
	mrnRE     = regexp.MustCompile(`(?i)^(?:mrn|medical record (?:number|no\.?|#)|(?:member|subscriber) (?:id|number|no\.?|#)|claim (?:number|no\.?|#|id)|patient (?:id|number|no\.?|#|account)|account (?:number|no\.?|#))\W{0,5}[A-Z0-9-]*\d[A-Z0-9-]*`)
	dobRE     = regexp.MustCompile(`(?i)^(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)\W{0,5}(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})\b`)
	npiRE     = regexp.MustCompile(`(?i)^npi\W{0,5}(\d{10})\b`)
)

// window is how far after its keyword a keyed identifier may end.
const window = 96

// keyed counts matches of re (anchored with ^) at the keywords of k: re
// runs only on a short window from each, never over the whole text.
func keyed(re *regexp.Regexp, k key) func(*scanText) int {
	return func(t *scanText) int {
		n := 0
		for _, i := range t.at[k] {
			if re.MatchString(t.raw[i:min(i+window, len(t.raw))]) {
				n++
			}
		}
		return n
	}
}

func termCount(v vocabulary) func(*scanText) int {
	return func(t *scanText) int { return t.terms[v] }
}

// countTags counts [secure], [encrypt] and [phi] in any case.
func countTags(t *scanText) int {
	lower := strings.ToLower(t.raw)
	return strings.Count(lower, "[secure]") + strings.Count(lower, "[encrypt]") + strings.Count(lower, "[phi]")
}

// countSSN counts formatted SSNs (ddd-dd-dddd) in the valid ranges, and
// 9-digit numbers only right after an SSN keyword: a 9-digit number alone
// is not an SSN.
func countSSN(t *scanText) int {
	n := 0
	s := t.raw
	for i := strings.IndexByte(s, '-'); i >= 0; i = nextByte(s, '-', i) {
		if i >= 3 && i+8 <= len(s) && s[i+3] == '-' && digits(s[i-3:i]) && digits(s[i+1:i+3]) &&
			digits(s[i+4:i+8]) && boundary(s, i-4) && boundary(s, i+8) && validSSN(s[i-3:i]+s[i+1:i+3]+s[i+4:i+8]) {
			n++
		}
	}
	for _, i := range t.at[keySSN] {
		if m := ssnBareRE.FindStringSubmatch(s[i:min(i+window, len(s))]); m != nil && validSSN(m[1]) {
			n++
		}
	}
	return n
}

// validSSN checks the ranges the SSA never issues: area 000, 666 and
// 900-999, group 00, serial 0000.
func validSSN(d string) bool {
	area, group, serial := d[:3], d[3:5], d[5:]
	return area != "000" && area != "666" && area[0] != '9' && group != "00" && serial != "0000"
}

func nextByte(s string, b byte, i int) int {
	j := strings.IndexByte(s[i+1:], b)
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// boundary reports whether s[i] is outside s or not a word character.
func boundary(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')
}
