// Package payload recognises structured health payloads (HL7 v2, FHIR JSON,
// C-CDA XML, X12 transactions, patient CSV) and summarises what they hold about people. It
// never returns, logs or keeps the values it reads: only kinds and counts.
package payload

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// Kind names a structured payload format.
type Kind string

// The payload kinds Sniff and Read know.
const (
	None  Kind = ""
	HL7v2 Kind = "hl7v2"
	FHIR  Kind = "fhir"
	CCDA  Kind = "ccda"
	CSV   Kind = "csv"
	X12   Kind = "x12"
)

// Summary says what a payload holds, never the values themselves.
type Summary struct {
	Kind        Kind
	Records     int      // messages / resources / documents / data rows that are about a person (patient)
	Identifiers []string // distinct kinds of patient identifiers present, sorted
	Clinical    []string // distinct kinds of clinical/payment content present, sorted
	Test        bool     // the payload labels itself test data throughout (MSH-11 T or D, FHIR HTEST, ISA15 T)
}

// Errors Read returns, wrapped with where it stopped; the text never holds
// content from the payload.
var (
	ErrMalformed = errors.New("payload: malformed input")
	ErrTruncated = errors.New("payload: input exceeds the read limit")
	ErrKind      = errors.New("payload: unknown kind")
)

// maxDepth bounds the nesting Read follows in JSON and XML.
const maxDepth = 64

// Read parses a payload of kind k from r, reading at most limit bytes (no
// limit when limit <= 0), and summarises it. It returns what it found so
// far with an error when the input is malformed or truncated: the caller
// still scores the partial summary and treats the error as "unreadable".
func Read(k Kind, r io.Reader, limit int64) (Summary, error) {
	if limit <= 0 {
		limit = math.MaxInt64
	}
	lr := &limitReader{r: r, n: limit}
	var t tally
	var err error
	switch k {
	case HL7v2:
		err = readHL7(lr, &t)
	case FHIR:
		err = readFHIR(lr, &t)
	case CCDA:
		err = readCCDA(lr, &t)
	case CSV:
		err = readCSV(lr, &t)
	case X12:
		err = readX12(lr, &t)
	default:
		return Summary{}, fmt.Errorf("%w %q", ErrKind, string(k))
	}
	return t.summary(k), lr.explain(err)
}

// tally gathers kinds and counts while a parser runs.
type tally struct {
	records int
	ids     idSet
	clin    clinSet
	test    bool
	rows    int // CSV data rows read
	flagged int // of which a test flag column marks
}

func (t *tally) summary(k Kind) Summary {
	return Summary{Kind: k, Records: t.records, Identifiers: t.ids.names(), Clinical: t.clin.names(), Test: t.test}
}

// limitReader reads at most n bytes from r and notes why reading stopped,
// so that Read can tell a truncation or an I/O error from bad syntax.
type limitReader struct {
	r   io.Reader
	n   int64
	hit bool  // more input followed the limit
	err error // an error from r other than io.EOF
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.hit {
		return 0, ErrTruncated
	}
	if l.n <= 0 {
		return l.probe()
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if err != nil && err != io.EOF {
		l.err = err
	}
	return n, err
}

// probe reads one byte past the limit to tell "exactly limit bytes" from
// "more than limit bytes".
func (l *limitReader) probe() (int, error) {
	var one [1]byte
	for range 100 {
		n, err := l.r.Read(one[:])
		switch {
		case n > 0:
			l.hit = true
			return 0, ErrTruncated
		case err == io.EOF:
			return 0, io.EOF
		case err != nil:
			l.err = err
			return 0, err
		}
	}
	return 0, io.ErrNoProgress
}

// explain turns a parser's error into the one Read returns: truncation and
// reader errors first, since a parser sees them as broken syntax.
func (l *limitReader) explain(err error) error {
	switch {
	case l.hit:
		return ErrTruncated
	case l.err != nil:
		return fmt.Errorf("payload: reading: %w", l.err)
	case err == nil || errors.Is(err, ErrMalformed):
		return err
	}
	return fmt.Errorf("%w: %s", ErrMalformed, errorClass(err))
}

// errorClass names what kind of syntax error a decoder reported without
// repeating its text, which may quote the input.
func errorClass(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of input"
	}
	return "syntax error"
}

// idSet is a set of identifier kinds.
type idSet uint16

// The identifier kinds, in sorted order of their names.
const (
	idAccount idSet = 1 << iota
	idAddress
	idClaim
	idDOB
	idEmail
	idMemberID
	idMRN
	idName
	idPhone
	idSSN
)

var idNames = []string{"account", "address", "claim", "dob", "email", "member-id", "mrn", "name", "phone", "ssn"}

func (s idSet) names() []string { return setNames(uint32(s), idNames) }

// clinSet is a set of clinical and payment content kinds.
type clinSet uint16

// The clinical kinds, in sorted order of their names.
const (
	clAllergy clinSet = 1 << iota
	clClaim
	clCoverage
	clDiagnosis
	clDrugScreen // a urine drug screen: substance-use care
	clEncounter
	clHIV // an HIV viral load, CD4 count or test
	clImmunization
	clMedication
	clNote
	clObservation
	clProcedure
)

var clinNames = []string{"allergy", "claim", "coverage", "diagnosis", "drug-screen", "encounter", "hiv", "immunization",
	"medication", "note", "observation", "procedure"}

func (s clinSet) names() []string { return setNames(uint32(s), clinNames) }

// setNames lists the names of the bits set in s; names is sorted, so the
// result is too. It is nil for the empty set.
func setNames(s uint32, names []string) []string {
	var out []string
	for i, n := range names {
		if s&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// bigReaders keeps, between parts, the 64 KB buffered readers the record
// readers peek and read through: a message with many attachments would
// allocate one for each.
var bigReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 64<<10) }}

func bigReader(r io.Reader) *bufio.Reader {
	br := bigReaders.Get().(*bufio.Reader)
	br.Reset(r)
	return br
}

// putReader returns br to the pool; nothing read through it may be kept.
func putReader(br *bufio.Reader) {
	br.Reset(nil)
	bigReaders.Put(br)
}
