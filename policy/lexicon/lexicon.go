// Package lexicon holds the word lists inspection matches, embedded in the binary, with their source and licence.
//
// Each list is a UTF-8 text file: a header of "# key: value" lines (list,
// class, category, source, licence), then one term a line. A term is
// lower-case words separated by single spaces; a word is letters and
// digits, with '-', '/', '.' or an apostrophe allowed inside it. Blank
// lines and other lines starting with '#' are ignored. lists/README.md
// describes the format for administrators.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class says how much a list's terms weigh on their own.
type Class string

const (
	// Health terms are clinical content: diagnoses, procedures, drugs, labs.
	Health Class = "health"
	// Care terms are words of care and payment for care, not specific
	// enough alone; they make health context with other evidence.
	Care Class = "care"
	// Restricted terms name a category that needs the strongest protection.
	Restricted Class = "restricted"
)

// Categories are the categories a restricted list may have.
var Categories = []string{"mental-health", "substance-use", "hiv", "genetic", "reproductive"}

// List is one word list.
type List struct {
	Name     string // "drugs"
	Class    Class
	Category string // restricted category, or ""
	Source   string
	Licence  string
	Terms    []string // sorted, no duplicates
}

//go:embed lists/*.txt
var files embed.FS

var lists = mustLoad()

// Lists returns every embedded list, in file name order. Parsing errors panic at init (lists are tested).
func Lists() []List {
	out := make([]List, len(lists))
	for i, l := range lists {
		l.Terms = slices.Clone(l.Terms)
		out[i] = l
	}
	return out
}

func mustLoad() []List {
	ls, err := load(files, "lists")
	if err != nil {
		panic("lexicon: " + err.Error())
	}
	return ls
}

// load parses every *.txt file of dir in fsys, in file name order; each
// list must be named as its file.
func load(fsys fs.FS, dir string) ([]List, error) {
	names, err := fs.Glob(fsys, dir+"/*.txt")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var out []List
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		l, err := Parse(name, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		if want := strings.TrimSuffix(path.Base(name), ".txt"); l.Name != want {
			return nil, fmt.Errorf("%s:1: list %q is not named as its file (%q)", name, l.Name, want)
		}
		out = append(out, l)
	}
	return out, nil
}

// Parse reads a list in the file format above (for admin-supplied lists); name is used in errors, which carry name:line.
//
// The header must give list, class, source and licence, and category
// for a restricted list ("-" or nothing for the others). Terms must be
// valid and not repeated; they need not be sorted in the file, and are
// returned sorted.
func Parse(name string, r io.Reader) (List, error) {
	var l List
	seen := map[string]bool{} // header keys
	terms := map[string]int{} // term -> line
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n, inHeader := 0, true
	errf := func(format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(format, args...))
	}
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if !utf8.ValidString(line) {
			return List{}, errf("not UTF-8")
		}
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			if !inHeader {
				continue // a comment among the terms
			}
			key, value, ok := strings.Cut(strings.TrimSpace(line[1:]), ":")
			if !ok {
				continue
			}
			key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
			if key == "license" {
				key = "licence"
			}
			var field *string
			switch key {
			case "list":
				field = &l.Name
			case "class":
				field = (*string)(&l.Class)
			case "category":
				field = &l.Category
			case "source":
				field = &l.Source
			case "licence":
				field = &l.Licence
			default:
				continue // a comment in the header
			}
			if seen[key] {
				return List{}, errf("%s given twice", key)
			}
			seen[key] = true
			*field = value
			continue
		}
		if inHeader {
			inHeader = false
			if err := checkHeader(&l); err != nil {
				return List{}, errf("%v", err)
			}
		}
		if err := CheckTerm(line); err != nil {
			return List{}, errf("%v", err)
		}
		if at, dup := terms[line]; dup {
			return List{}, errf("term %q repeats line %d", line, at)
		}
		terms[line] = n
	}
	if err := sc.Err(); err != nil {
		return List{}, fmt.Errorf("%s:%d: %v", name, n+1, err)
	}
	if inHeader {
		if err := checkHeader(&l); err != nil {
			return List{}, errf("%v", err)
		}
		return List{}, errf("no terms")
	}
	l.Terms = make([]string, 0, len(terms))
	for t := range terms {
		l.Terms = append(l.Terms, t)
	}
	slices.Sort(l.Terms)
	return l, nil
}

// checkHeader checks the header fields of l once they are all read.
func checkHeader(l *List) error {
	for _, f := range []struct{ key, value string }{
		{"list", l.Name}, {"class", string(l.Class)}, {"source", l.Source}, {"licence", l.Licence},
	} {
		if f.value == "" {
			return fmt.Errorf("header has no %q line", "# "+f.key+":")
		}
	}
	if !validName(l.Name) {
		return fmt.Errorf("list name %q: want lower-case letters, digits and '-'", l.Name)
	}
	if l.Category == "-" {
		l.Category = ""
	}
	switch l.Class {
	case Health, Care:
		if l.Category != "" {
			return fmt.Errorf("class %s takes no category (got %q)", l.Class, l.Category)
		}
	case Restricted:
		if !slices.Contains(Categories, l.Category) {
			return fmt.Errorf("restricted list needs a category, one of %s (got %q)", strings.Join(Categories, ", "), l.Category)
		}
	default:
		return fmt.Errorf("class %q: want health, care or restricted", l.Class)
	}
	return nil
}

func validName(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// CheckTerm reports whether t is a valid term: lower-case words separated
// by single spaces, each word letters and digits with '-', '/', '.' or an
// apostrophe allowed only inside it.
func CheckTerm(t string) error {
	if t == "" {
		return fmt.Errorf("empty term")
	}
	if t != strings.ToLower(t) {
		return fmt.Errorf("term %q is not lower-case", t)
	}
	for _, w := range strings.Split(t, " ") {
		if w == "" {
			return fmt.Errorf("term %q: words must be separated by single spaces", t)
		}
		rs := []rune(w)
		for i, r := range rs {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r) || i > 0 && unicode.Is(unicode.M, r): // "मरीज": a vowel sign
			case r == '-' || r == '/' || r == '.' || r == '\'':
				if i == 0 || i == len(rs)-1 {
					return fmt.Errorf("term %q: %q may only be inside a word", t, r)
				}
			default:
				return fmt.Errorf("term %q: character %q not allowed", t, r)
			}
		}
	}
	return nil
}

// FoldRune returns r as matching compares it: lower-case, without its
// accent ("diagnostico" finds "diagnóstico", "tibbi" finds "tıbbi",
// "uzaleznien" finds "uzależnień"), and ’ as '.
func FoldRune(r rune) rune {
	r = unicode.ToLower(r)
	if r == '’' {
		return '\''
	}
	if f, ok := accents[r]; ok {
		return f
	}
	return r
}

// accents maps the accented Latin and Greek letters of the languages
// patients write in to their base letter. Turkish ı, ş, ğ and Polish ą, ę, ł, ś, ż fold
// too: capitals lose the dotless ı ("TIBBİ" lower-cases to "tibbi"), and
// mail is often typed without the diacritics.
var accents = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ú': 'u',
	'ù': 'u', 'û': 'u', 'ü': 'u', 'ñ': 'n', 'ç': 'c', 'ý': 'y', 'ÿ': 'y', 'ạ': 'a', 'ả': 'a', 'ấ': 'a',
	'ầ': 'a', 'ậ': 'a', 'ắ': 'a', 'ặ': 'a', 'ế': 'e', 'ề': 'e', 'ể': 'e', 'ệ': 'e', 'ị': 'i', 'ọ': 'o',
	'ố': 'o', 'ồ': 'o', 'ổ': 'o', 'ộ': 'o', 'ơ': 'o', 'ớ': 'o', 'ờ': 'o', 'ợ': 'o', 'ụ': 'u', 'ư': 'u',
	'ứ': 'u', 'ừ': 'u', 'ự': 'u', 'đ': 'd',
	'ı': 'i', 'ş': 's', 'ğ': 'g', 'ą': 'a', 'ć': 'c', 'ę': 'e', 'ł': 'l', 'ń': 'n', 'ś': 's', 'ź': 'z', 'ż': 'z',
	'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω', 'ϊ': 'ι', 'ϋ': 'υ', 'ΐ': 'ι', 'ΰ': 'υ',
	'ς': 'σ', // Greek final sigma: capitals lower-case to σ ("ΔΙΑΒΗΤΗΣ" is διαβήτης)
	// Farsi and Urdu typed on an Arabic keyboard write Arabic yeh and kaf
	// ("اختلال استرس" with ي), and Arabic is often typed without its
	// hamza: one letter each, as search engines fold them.
	'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا',
}
