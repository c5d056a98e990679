package payload

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// X12 interchanges (ASC X12N, the HIPAA transactions) carry claims (837),
// remittances (835), eligibility (270/271), claim status (276/277),
// authorisations (278) and enrolment (834). A person is an NM1 loop of
// the subscriber, the patient or a dependent; what the transaction is
// about comes from its segments: HI diagnoses, SV1 services, CLM
// claims, EB benefits. Acknowledgements (999, 997, TA1) name no one.

// x12People are the NM1 entity codes of the people a transaction is
// about: the insured or subscriber, the patient, a dependent.
var x12People = map[string]bool{"IL": true, "QC": true, "03": true}

// x12IDQualifiers map an NM1 identification code qualifier (NM108) to
// the identifier kind of NM109.
var x12IDQualifiers = map[string]idSet{"MI": idMemberID, "34": idSSN, "II": idMemberID, "ZZ": idMemberID}

// x12Refs map a REF qualifier (REF01) to the identifier kind of REF02.
var x12Refs = map[string]idSet{"EA": idMRN, "SY": idSSN, "1W": idMemberID, "EJ": idAccount, "D9": idClaim,
	"1L": idMemberID, "IG": idMemberID, "F8": idClaim}

// x12Clin maps segments to the clinical or payment content they carry.
var x12Clin = map[string]clinSet{
	"HI": clDiagnosis, "SV1": clProcedure, "SV2": clProcedure, "SV3": clProcedure, "SV5": clProcedure,
	"SVC": clProcedure, "TOO": clProcedure, "UM": clProcedure,
	"CLM": clClaim, "CLP": clClaim, "STC": clClaim, "CAS": clClaim,
	"EB": clCoverage, "EQ": clCoverage, "HD": clCoverage, "INS": clCoverage,
	"CR1": clEncounter, "CR3": clEncounter, "CRC": clEncounter, "HCR": clEncounter,
	"NTE": clNote,
}

// x12Reader walks the segments of one or more interchanges.
type x12Reader struct {
	t      *tally
	elem   byte // element separator
	comp   byte // component separator
	test   bool // the current interchange is test data (ISA15 T)
	tests  int
	prod   int
	person bool // the last NM1 named a person the transaction is about
}

// readX12 summarises the X12 interchanges in r into t.
func readX12(r io.Reader, t *tally) error {
	br := bigReader(r)
	defer putReader(br)
	head, _ := br.Peek(x12ISALen + 400) // room for blank lines before the ISA
	elem, comp, term, ok := x12Separators(head)
	if !ok {
		return fmt.Errorf("%w: x12 data without an ISA, GS or ST segment", ErrMalformed)
	}
	x := x12Reader{t: t, elem: elem, comp: comp}
	var buf []byte
	for {
		seg, err := br.ReadSlice(term)
		if err == bufio.ErrBufferFull {
			buf = append(buf[:0], seg...) // a long segment: keep its start, skip the rest
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice(term)
			}
			seg = buf
		}
		if seg = bytes.TrimSpace(bytes.TrimSuffix(seg, []byte{term})); len(seg) > 0 {
			x.segment(seg)
		}
		if err == io.EOF {
			t.test = x.tests > 0 && x.prod == 0
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// x12ISALen is the fixed length of an ISA segment with its terminator.
const x12ISALen = 106

// x12Separators reads the separators an interchange declares: the
// element separator after "ISA", the component separator in ISA16 and
// the segment terminator after it. A transaction set sent without its
// envelope ("ST*837*0001~") uses '*', ':' and '~'.
func x12Separators(head []byte) (elem, comp, term byte, ok bool) {
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(head) < 4 {
		return 0, 0, 0, false
	}
	if bytes.HasPrefix(head, []byte("ISA")) && isDelimiter(head[3]) {
		elem = head[3]
		f := bytes.SplitN(head, []byte{elem}, 17)
		if len(f) < 17 || len(f[16]) < 2 {
			return 0, 0, 0, false
		}
		return elem, f[16][0], f[16][1], true
	}
	if (bytes.HasPrefix(head, []byte("GS*")) || bytes.HasPrefix(head, []byte("ST*"))) && bytes.IndexByte(head, '~') > 0 {
		return '*', ':', '~', true
	}
	return 0, 0, 0, false
}

// looksX12 reports whether head opens an X12 interchange or transaction
// set.
func looksX12(head []byte) bool {
	_, _, _, ok := x12Separators(head)
	return ok
}

// segment handles one segment.
func (x *x12Reader) segment(seg []byte) {
	id, rest, _ := bytes.Cut(seg, []byte{x.elem})
	switch string(id) {
	case "ISA":
		x.test = x.element(seg, 15) == "T"
		if x.test {
			x.tests++
		} else {
			x.prod++
		}
		return
	case "ST":
		x.person = false
	}
	if x.test || len(rest) == 0 {
		return
	}
	switch string(id) {
	case "NM1":
		x.nm1(seg)
	case "DMG":
		if x.person && x.element(seg, 2) != "" {
			x.t.ids |= idDOB
		}
	case "REF":
		if k, ok := x12Refs[x.element(seg, 1)]; ok && x.element(seg, 2) != "" {
			x.t.ids |= k
		}
	case "N3":
		if x.person {
			x.t.ids |= idAddress
		}
	case "PER":
		if x.person {
			x.t.ids |= idPhone
		}
	case "CLM", "CLP":
		if x.element(seg, 1) != "" {
			x.t.ids |= idClaim
		}
	}
	if c, ok := x12Clin[string(id)]; ok {
		x.t.clin |= c
	}
}

// nm1 reads a name segment: a person the transaction is about (NM101
// IL, QC or 03, NM102 1, a last name) is a record.
func (x *x12Reader) nm1(seg []byte) {
	x.person = x.personName(seg)
	if !x.person {
		return
	}
	x.t.records++
	x.t.ids |= idName
	if k, ok := x12IDQualifiers[x.element(seg, 8)]; ok && x.element(seg, 9) != "" && !masked(x.element(seg, 9)) {
		x.t.ids |= k
	}
}

// X12Person reports whether seg, an NM1 segment written with '*' between
// its elements as most senders write them, names a person a transaction
// is about: "NM1*IL*1*ECHOLS*DARNELL****MI*GLC5590012871".
func X12Person(seg []byte) bool {
	x := x12Reader{elem: '*', comp: ':'}
	return bytes.HasPrefix(seg, []byte("NM1*")) && x.personName(seg)
}

// personName reports whether an NM1 segment names a subscriber, a
// patient or a dependent (NM101 IL, QC or 03; NM102 1, a person) by a
// last name, not a build's test patient's ("ZZTEST", testFamily) nor a
// companion guide's sample ("NM1*IL*1*DOE*JANE", sampleName).
func (x *x12Reader) personName(seg []byte) bool {
	last := x.element(seg, 3)
	return x12People[x.element(seg, 1)] && x.element(seg, 2) == "1" && last != "" && !testFamily([]byte(last)) &&
		!sampleName(last, x.element(seg, 4))
}

// sampleName reports whether a family and a given name are the Jane or
// John Doe that specifications and guides write their examples for.
func sampleName(family, given string) bool {
	return strings.EqualFold(family, "doe") && (strings.EqualFold(given, "jane") || strings.EqualFold(given, "john"))
}

// masked reports whether an identifier is written over with X or *, as
// a redacted example writes it: "XXXXXXXXX".
func masked(v string) bool {
	return len(v) >= 2 && strings.Trim(v, "X*") == ""
}

// element returns element n of seg (the segment ID is element 0), its
// first component, trimmed.
func (x *x12Reader) element(seg []byte, n int) string {
	var out []byte
	eachField(seg, x.elem, func(i int, f []byte) {
		if i == n {
			out = f
		}
	})
	if n != 16 { // ISA16 is the component separator itself
		if k := bytes.IndexByte(out, x.comp); k >= 0 {
			out = out[:k]
		}
	}
	return string(bytes.TrimSpace(out))
}
