package policy

import (
	"strings"
	"unicode"
)

// dictionary matches whole words and phrases of up to four words in one
// pass over the text, case-insensitively: a map lookup per word position
// instead of a regular expression per term.
type dictionary struct {
	terms   map[string]bool
	firsts  map[string]bool // first words of the terms of several words
	longest int
}

func newDictionary(terms ...string) *dictionary {
	d := &dictionary{terms: map[string]bool{}, firsts: map[string]bool{}}
	for _, t := range terms {
		d.terms[t] = true
		words := strings.Fields(t)
		if len(words) > 1 {
			d.firsts[words[0]] = true
		}
		d.longest = max(d.longest, len(words))
	}
	return d
}

// count returns how many times dictionary terms occur in s (a word is
// counted in at most one term, the longest).
func (d *dictionary) count(words []string) int {
	n := 0
	for i := 0; i < len(words); i++ {
		if l := d.matchAt(words, i); l > 0 {
			n++
			i += l - 1
		} else if strings.ContainsAny(words[i], "-/.") {
			n += d.countParts(words[i]) // "methadone-plan.pdf"
		}
	}
	return n
}

// matchAt returns the length in words of the longest term at words[i].
func (d *dictionary) matchAt(words []string, i int) int {
	if !d.firsts[words[i]] {
		if d.terms[words[i]] {
			return 1
		}
		return 0
	}
	for l := min(d.longest, len(words)-i); l >= 1; l-- {
		if d.terms[strings.Join(words[i:i+l], " ")] {
			return l
		}
	}
	return 0
}

func (d *dictionary) countParts(word string) int {
	n := 0
	for _, p := range strings.FieldsFunc(word, func(r rune) bool { return r == '-' || r == '/' || r == '.' }) {
		if d.terms[p] {
			n++
		}
	}
	return n
}

// tokenize lower-cases s and splits it into words of letters, digits and
// the joiners '-', '/' and '.' inside a word ("x-ray", "mg/dl").
func tokenize(s string) []string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '/' && r != '.'
	})
	for i, w := range words {
		words[i] = strings.Trim(w, "-/.")
	}
	return words
}

var clinicalTerms = newDictionary(
	"diagnosis", "diagnosed", "diagnoses", "lab result", "lab results", "laboratory results", "test result",
	"test results", "biopsy", "prescription", "prescribed", "dosage", "mg/dl", "a1c", "diabetes", "hypertension",
	"asthma", "cancer", "oncology", "chemotherapy", "radiation therapy", "insulin", "metformin", "lisinopril",
	"atorvastatin", "amoxicillin", "warfarin", "mri", "ct scan", "x-ray", "ultrasound", "treatment plan",
	"discharge summary", "referral", "icd-10", "cpt code", "allergy", "allergies", "immunization",
	"vaccination record",
)

var restrictedTerms = newDictionary(
	"hiv", "aids", "substance use", "opioid use disorder", "alcohol use disorder", "addiction treatment",
	"methadone", "buprenorphine", "suboxone", "naltrexone", "detox", "detoxification", "psychotherapy",
	"psychiatric", "schizophrenia", "bipolar disorder", "major depressive", "ptsd", "suicide", "suicidal",
	"genetic test", "genetic testing", "brca", "brca1", "brca2", "abortion", "pregnancy termination",
	"sexually transmitted", "syphilis", "gonorrhea", "chlamydia", "hepatitis c", "42 cfr part 2",
)
