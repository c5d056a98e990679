package policy

import (
	"bytes"
	"io"
	"mime"
	"regexp"
	"sort"
	"strings"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode non-UTF-8 parts
)

// class says what a finding means for the PHI test: an identifier of a
// person, health content, restricted-category content, or an explicit
// marker from the sender.
type class int

const (
	identifier class = iota
	health
	restricted
	marker
)

// detector finds one kind of evidence in text.
type detector struct {
	kind   string
	class  class
	weight int
	count  func(t *scanText) int
}

// scanText is one text prepared once for every detector.
type scanText struct {
	raw, lower string
	words      []string
}

func prepare(s string) *scanText {
	return &scanText{raw: s, lower: asciiLower(s), words: tokenize(s)}
}

// asciiLower lower-cases A-Z only, so that byte offsets in the result are
// offsets in s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// detectorDefaults are the built-in weights; a policy may change them.
var detectorDefaults = map[string]Detector{}

var detectors = []detector{
	{"ssn", identifier, 30, countSSN},
	{"mbi", identifier, 30, countMBI},
	{"mrn", identifier, 20, keyed(mrnRE, "mrn", "medical record", "member", "claim", "patient")},
	{"dob", identifier, 10, keyed(dobRE, "dob", "d.o.b", "date of birth", "born")},
	{"npi", identifier, 5, countNPI},
	{"clinical-term", health, 10, func(t *scanText) int { return clinicalTerms.count(t.words) }},
	{"restricted-term", restricted, 25, func(t *scanText) int { return restrictedTerms.count(t.words) }},
	{"subject-tag", marker, 30, countTags},
}

func init() {
	for _, d := range detectors {
		detectorDefaults[d.kind] = Detector{Enabled: true, Weight: d.weight}
	}
}

func defaultDetectors() map[string]Detector {
	m := make(map[string]Detector, len(detectorDefaults))
	for k, v := range detectorDefaults {
		m[k] = v
	}
	return m
}

func detectorNames() []string {
	var names []string
	for k := range detectorDefaults {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

var (
	ssnBareRE = regexp.MustCompile(`(?i)\b(?:ssn|social security(?: number| no\.?)?)\W{0,5}(\d{9})\b`)
	mrnRE     = regexp.MustCompile(`(?i)\b(?:mrn|medical record (?:number|no\.?|#)|member (?:id|number)|claim (?:number|no\.?|#|id)|patient (?:id|number|account))\W{0,5}[A-Z0-9-]*\d[A-Z0-9-]*`)
	dobRE     = regexp.MustCompile(`(?i)\b(?:dob|d\.o\.b\.|date of birth|born(?: on)?)\W{0,5}(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{4}-\d{2}-\d{2}|[a-z]{3,9}\.? \d{1,2},? \d{4})`)
	npiRE     = regexp.MustCompile(`(?i)\bnpi\W{0,5}(\d{10})\b`)
	tagRE     = regexp.MustCompile(`(?i)\[(?:secure|encrypt|phi)\]`)
)

// keyed counts matches of re that start at one of its keywords: the
// keywords are found with a plain substring search, and re (anchored) runs
// only on a short window from each, never over the whole text.
func keyed(re *regexp.Regexp, keywords ...string) func(*scanText) int {
	anchored := regexp.MustCompile(`^(?:` + re.String() + `)`)
	return func(t *scanText) int {
		n := 0
		for _, k := range keywords {
			for i := strings.Index(t.lower, k); i >= 0; i = nextIndex(t.lower, k, i) {
				if boundary(t.lower, i-1) && anchored.MatchString(t.raw[i:min(i+96, len(t.raw))]) {
					n++
				}
			}
		}
		return n
	}
}

func nextIndex(s, sub string, i int) int {
	j := strings.Index(s[i+1:], sub)
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// countTags counts [secure], [encrypt] and [phi] in any case.
func countTags(t *scanText) int {
	return strings.Count(t.lower, "[secure]") + strings.Count(t.lower, "[encrypt]") + strings.Count(t.lower, "[phi]")
}

// countSSN counts formatted SSNs (ddd-dd-dddd) in the valid ranges, and
// bare 9-digit numbers only right after an SSN keyword: a 9-digit number
// alone is not an SSN.
func countSSN(t *scanText) int {
	n := 0
	s := t.raw
	for i := strings.IndexByte(s, '-'); i >= 0; i = nextByte(s, '-', i) {
		if i >= 3 && i+8 <= len(s) && s[i+3] == '-' && digits(s[i-3:i]) && digits(s[i+1:i+3]) &&
			digits(s[i+4:i+8]) && boundary(s, i-4) && boundary(s, i+8) && validSSN(s[i-3:i], s[i+1:i+3], s[i+4:i+8]) {
			n++
		}
	}
	if strings.Contains(t.lower, "ssn") || strings.Contains(t.lower, "social security") {
		for _, m := range ssnBareRE.FindAllStringSubmatch(s, -1) {
			if validSSN(m[1][:3], m[1][3:5], m[1][5:]) {
				n++
			}
		}
	}
	return n
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

// countMBI counts Medicare Beneficiary Identifiers (11 characters, dashes
// optional after the 4th and 7th), scanning from each digit 1-9.
func countMBI(t *scanText) int {
	n := 0
	s := t.raw
	for i := 0; i < len(s); i++ {
		if s[i] >= '1' && s[i] <= '9' && boundary(s, i-1) {
			if l := mbiAt(s[i:]); l > 0 && boundary(s, i+l) {
				n++
				i += l - 1
			}
		}
	}
	return n
}

// mbiAt returns the length of an MBI at the start of s, or 0.
func mbiAt(s string) int {
	const shape = "CAaNAaNAANN" // C 1-9, A letter, a letter or digit, N digit
	j := 0
	for k := 0; k < len(shape); k++ {
		if (k == 4 || k == 7) && j < len(s) && s[j] == '-' {
			j++
		}
		if j >= len(s) || !mbiChar(shape[k], s[j]) {
			return 0
		}
		j++
	}
	return j
}

func mbiChar(class, c byte) bool {
	letter := c >= 'A' && c <= 'Z' && !strings.ContainsRune("SLOIBZ", rune(c))
	digit := c >= '0' && c <= '9'
	switch class {
	case 'C':
		return c >= '1' && c <= '9'
	case 'A':
		return letter
	case 'a':
		return letter || digit
	}
	return digit
}

func validSSN(area, group, serial string) bool {
	return area != "000" && area != "666" && area[0] != '9' && group != "00" && serial != "0000"
}

// countNPI counts 10-digit numbers after "NPI" that pass the Luhn check
// with the 80840 prefix.
func countNPI(t *scanText) int {
	if !strings.Contains(t.lower, "npi") {
		return 0
	}
	n := 0
	for _, m := range npiRE.FindAllStringSubmatch(t.raw, -1) {
		if luhn("80840" + m[1]) {
			n++
		}
	}
	return n
}

func luhn(digits string) bool {
	sum, double := 0, false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if double {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// text is one inspected piece of a message.
type text struct {
	where Where
	scan  *scanText
}

// maxPartBytes bounds what is read of one part.
const maxPartBytes = 4 << 20

// extract returns the texts to scan and the X-Sensitivity header value.
func extract(msg []byte) ([]text, string) {
	ent, err := message.Read(bytes.NewReader(msg))
	if ent == nil {
		return []text{{WhereBody, prepare(string(msg))}}, ""
	}
	subject, _ := ent.Header.Text("Subject")
	texts := []text{{WhereSubject, prepare(subject)}}
	sens := strings.ToLower(strings.TrimSpace(ent.Header.Get("X-Sensitivity")))
	if err != nil { // unknown charset or encoding: scan what is there
		body, _ := io.ReadAll(io.LimitReader(ent.Body, maxPartBytes))
		return append(texts, text{WhereBody, prepare(string(body))}), sens
	}
	ent.Walk(func(_ []int, part *message.Entity, err error) error {
		if err == nil {
			texts = append(texts, partTexts(part)...)
		}
		return nil
	})
	return texts, sens
}

func partTexts(part *message.Entity) []text {
	mt, _, _ := part.Header.ContentType()
	if strings.HasPrefix(mt, "multipart/") {
		return nil
	}
	where := WhereBody
	var out []text
	if disp, params, err := part.Header.ContentDisposition(); err == nil && disp == "attachment" || params["filename"] != "" {
		where = WhereAttachment
		out = append(out, text{WhereAttachment, prepare(params["filename"])})
	}
	if _, params, err := mime.ParseMediaType(part.Header.Get("Content-Type")); err == nil && params["name"] != "" {
		out = append(out, text{WhereAttachment, prepare(params["name"])})
	}
	if strings.HasPrefix(mt, "text/") || mt == "" || mt == "application/json" || mt == "application/xml" {
		body, _ := io.ReadAll(io.LimitReader(part.Body, maxPartBytes))
		out = append(out, text{where, prepare(string(body))})
	}
	return out
}
