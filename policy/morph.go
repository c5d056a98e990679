package policy

import (
	"encoding/binary"
	"unicode/utf8"
)

// A clinical word the word lists lack is often built as clinical words
// are: a root and a suffix that only medicine uses. "tubular adenoma",
// "cholecystectomy", "hyponatremia" are diagnoses and procedures whether a
// list holds them or not, and mail abbreviates and coins them freely.

// shape is a suffix and what a word ending with it is.
type shape struct {
	suffix string // lower-case, as written (accents kept)
	det    int
	min    int // the fewest bytes a word must have
}

// shapes are the suffixes in English and in the languages that spell them
// alike (Spanish, Italian, Portuguese, German, French, Dutch), and the
// few of Russian and Ukrainian that end no everyday word but those
// unshaped lists (академия, премия; not -ит, which ends verbs). Suffixes
// that end everyday words too (-ite, -ome, -ose, -graphy, -gram, -trophy)
// are left out, and so are the plurals -oses (doses, purposes) and -ies
// (the end of facilities, activities, and of few clinical words). A word
// that ends -aitis is a Lithuanian family name (Petraitis), not an
// inflammation.
var shapes = []shape{
	{"itis", dDiagnosis, 6},
	{"oma", dDiagnosis, 7}, {"omas", dDiagnosis, 8}, {"omata", dDiagnosis, 9},
	{"osis", dDiagnosis, 7},
	{"iasis", dDiagnosis, 8},
	{"emia", dDiagnosis, 6},
	{"pathy", dDiagnosis, 8}, {"patía", dDiagnosis, 8}, {"patia", dDiagnosis, 8},
	{"algia", dDiagnosis, 7},
	{"plegia", dDiagnosis, 9},
	{"megaly", dDiagnosis, 9},
	{"penia", dDiagnosis, 9},
	{"ectomy", dProcedure, 8}, {"ectomía", dProcedure, 9}, {"ectomia", dProcedure, 9},
	{"ectomie", dProcedure, 9}, {"ektomie", dProcedure, 9},
	{"ostomy", dProcedure, 8}, {"ostomía", dProcedure, 9}, {"ostomia", dProcedure, 9},
	{"otomy", dProcedure, 8},
	{"oscopy", dProcedure, 8}, {"oscopia", dProcedure, 9}, {"oscopie", dProcedure, 9},
	{"oskopie", dProcedure, 9},
	{"plasty", dProcedure, 8}, {"plastia", dProcedure, 9},
	// Russian and Ukrainian, in the cases a letter uses: two bytes a letter.
	{"эктомия", dProcedure, 18}, {"эктомии", dProcedure, 18}, {"эктомию", dProcedure, 18},
	{"ектомія", dProcedure, 18}, {"ектомії", dProcedure, 18}, {"ектомію", dProcedure, 18},
	{"оскопия", dProcedure, 18}, {"оскопии", dProcedure, 18}, {"оскопию", dProcedure, 18},
	{"оскопія", dProcedure, 18}, {"оскопії", dProcedure, 18}, {"оскопію", dProcedure, 18},
	{"отомия", dProcedure, 18}, {"отомии", dProcedure, 18}, {"отомія", dProcedure, 18}, {"отомії", dProcedure, 18},
	{"остомия", dProcedure, 18}, {"остомии", dProcedure, 18}, {"остомія", dProcedure, 18}, {"остомії", dProcedure, 18},
	{"емия", dDiagnosis, 12}, {"емии", dDiagnosis, 12}, {"емія", dDiagnosis, 12}, {"емії", dDiagnosis, 12},
	{"патия", dDiagnosis, 16}, {"патии", dDiagnosis, 16}, {"патія", dDiagnosis, 16}, {"патії", dDiagnosis, 16},
	{"карцинома", dDiagnosis, 18}, {"аденома", dDiagnosis, 14}, {"лимфома", dDiagnosis, 14}, {"лімфома", dDiagnosis, 14},
}

// shapeEnds has a bit for the last three bytes of each suffix (hashed):
// most words end otherwise and cost one bit test.
var shapeEnds = func() (t [1 << shapeBits / 64]uint64) {
	for _, k := range shapeTails {
		t[k/64] |= 1 << (k % 64)
	}
	return t
}()

// shapeTails are the endKeys of the suffixes, in the order of shapes.
var shapeTails = func() []uint32 {
	t := make([]uint32, len(shapes))
	for k, sh := range shapes {
		t[k] = endKey([]byte("   " + sh.suffix))
	}
	return t
}()

// mayShape: a word whose last four bytes are tail ends as a suffix does.
// The tokenizer asks it of each word of six bytes or more, while the
// word is at hand.
func mayShape(tail []byte) bool {
	k := endKey(tail)
	return shapeEnds[k/64]&(1<<(k%64)) != 0
}

const shapeBits = 15

// endKey hashes the last three bytes of w, which has four or more, each
// or-ed with 0x20 (which lower-cases an ASCII letter).
func endKey(w []byte) uint32 {
	v := (binary.LittleEndian.Uint32(w[len(w)-4:]) | 0x20202020) >> 8
	return v * 0x9e3779b1 >> (32 - shapeBits)
}

// unshaped are everyday words that end like clinical ones.
var unshaped = wordSet(`diploma diplomas oklahoma aroma aromas osmosis symbiosis metamorphosis hypnosis apotheosis
mitosis meiosis prognosis prognoses academia bohemia sympathy empathy apathy antipathy telepathy homeopathy
naturopathy osteopathy sympathies empathies nostalgia dichotomy dichotomies trichotomy microscopy spectroscopy
stereoscopy kaleidoscopy premia
microscopia espectroscopia spettroscopia mikroskopie spektroskopie microscopie spectroscopie pandemia pandemias
epidemia epidemias endemia
академия академии академию академія академії академію премия премии премию премія премії премію
симпатия симпатии эмпатия эмпатии антипатия телепатия гомеопатия остеопатия симпатія емпатія гомеопатія
дихотомия дихотомии дихотомія эпидемия эпидемии пандемия пандемии епідемія епідемії пандемія пандемії`)

// clinicalShape returns the detector of word i, which mayShape accepts,
// when it is built as a diagnosis or a procedure is, or -1.
func (s *scanner) clinicalShape(i int) int {
	w := s.raw(i)
	tail := endKey(w)
	for k, sh := range shapes {
		if shapeTails[k] == tail && len(w) >= sh.min && hasSuffixFold(w, sh.suffix) && letters(w) {
			if s.in(unshaped, i) || sh.suffix == "itis" && hasSuffixFold(w, "aitis") {
				return -1
			}
			return sh.det
		}
	}
	return -1
}

// hasSuffixFold: w ends with suffix, ASCII letters of w in either case.
func hasSuffixFold(w []byte, suffix string) bool {
	if len(w) < len(suffix) {
		return false
	}
	w = w[len(w)-len(suffix):]
	for k := 0; k < len(suffix); k++ {
		if w[k]|lowerBit[w[k]] != suffix[k] {
			return false
		}
	}
	return true
}

// letters: w holds letters only, no digits or joiners ("x-itis" is not
// a word of medicine, "IT-Itis" a joke).
func letters(w []byte) bool {
	for k := 0; k < len(w); {
		c := w[k]
		if c < utf8.RuneSelf {
			if byteClass[c] != classLetter {
				return false
			}
			k++
			continue
		}
		_, size := utf8.DecodeRune(w[k:])
		k += size
	}
	return true
}
