package payload

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ssnSystem is the FHIR identifier system of US social security numbers.
const ssnSystem = "http://hl7.org/fhir/sid/us-ssn"

// fhirClin maps resource types to the clinical or payment content they are.
var fhirClin = map[string]clinSet{
	"Condition": clDiagnosis, "FamilyMemberHistory": clDiagnosis, "ClinicalImpression": clDiagnosis,
	"Observation": clObservation, "DiagnosticReport": clObservation, "Specimen": clObservation,
	"MedicationRequest": clMedication, "MedicationStatement": clMedication,
	"MedicationAdministration": clMedication, "MedicationDispense": clMedication, "Medication": clMedication,
	"Procedure": clProcedure, "ServiceRequest": clProcedure,
	"AllergyIntolerance": clAllergy,
	"Immunization":       clImmunization, "ImmunizationRecommendation": clImmunization,
	"Encounter": clEncounter, "EpisodeOfCare": clEncounter, "Appointment": clEncounter,
	"Claim": clClaim, "ExplanationOfBenefit": clClaim, "ClaimResponse": clClaim,
	"Coverage": clCoverage, "CoverageEligibilityRequest": clCoverage, "CoverageEligibilityResponse": clCoverage,
	"DocumentReference": clNote, "Composition": clNote, "QuestionnaireResponse": clNote,
}

// role says what a JSON value is, as far as the summary cares.
type role uint8

const (
	rAny     role = iota // anything; an object with resourceType is a resource
	rIdent               // an Identifier
	rConcept             // a CodeableConcept (Identifier.type)
	rCoding              // a Coding
	rTelecom             // a ContactPoint
	rRef                 // a Reference that may point at a person
	rMeta                // a resource's meta
	rLabel               // a meta tag or security label (a Coding)
)

// childRole is the role of the value under key in an object of role r.
func childRole(r role, key string) role {
	switch {
	case r == rAny && key == "identifier":
		return rIdent
	case r == rAny && key == "telecom":
		return rTelecom
	case r == rAny && isPersonRefKey(key):
		return rRef
	case r == rIdent && key == "type":
		return rConcept
	case r == rConcept && key == "coding":
		return rCoding
	case r == rRef && key == "identifier":
		return rIdent
	case r == rAny && key == "meta":
		return rMeta
	case r == rMeta && (key == "tag" || key == "security"):
		return rLabel
	}
	return rAny
}

// testLabels are the meta tag codes, besides HTEST (test health data)
// and SYNTH (synthesised), that senders give test resources.
var testLabels = map[string]bool{"test": true, "testdata": true, "test-data": true, "synthetic": true, "sandbox": true}

// isPersonRefKey reports whether key holds a reference to the person a
// resource is about.
func isPersonRefKey(key string) bool {
	return key == "subject" || key == "patient" || key == "beneficiary" || key == "subscriber"
}

// result is what a value tells its parent.
type result struct {
	ids     idSet // identifier kinds (of an Identifier, ContactPoint, Reference)
	person  bool  // a reference to a person
	present bool  // not null, "", [] or {}
}

// fhirReader walks FHIR JSON: one resource, or several one after another
// (NDJSON).
type fhirReader struct {
	dec      *json.Decoder
	t        *tally
	patients int  // Patient, RelatedPerson and Person resources
	refs     int  // other resources that reference a person
	test     bool // a meta tag or security label says HTEST (test health data) or SYNTH (synthesised)
}

// readFHIR summarises the FHIR resources in r into t.
func readFHIR(r io.Reader, t *tally) error {
	f := fhirReader{dec: json.NewDecoder(r), t: t}
	f.dec.UseNumber()
	err := f.values()
	t.records = f.patients
	if t.records == 0 {
		t.records = f.refs
	}
	if f.test {
		*t = tally{test: true} // HTEST, SYNTH: the sender's own label for test data, as MSH-11 T is in HL7 v2
	}
	if err != nil && !errors.Is(err, ErrMalformed) {
		return fmt.Errorf("%w: fhir %s at byte %d", ErrMalformed, errorClass(err), f.dec.InputOffset())
	}
	return err
}

// values reads top-level JSON values until the end of input.
func (f *fhirReader) values() error {
	for {
		tok, err := f.dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if _, _, err := f.value(tok, 0, rAny); err != nil {
			return err
		}
	}
}

// value reads the value that starts with tok, returning what it tells its
// parent and, for a string, the string.
func (f *fhirReader) value(tok json.Token, depth int, r role) (result, string, error) {
	switch v := tok.(type) {
	case json.Delim:
		if depth >= maxDepth {
			return result{}, "", fmt.Errorf("%w: fhir nested deeper than %d", ErrMalformed, maxDepth)
		}
		if v == '{' {
			res, err := f.object(depth+1, r)
			return res, "", err
		}
		res, err := f.array(depth+1, r)
		return res, "", err
	case string:
		return result{present: v != ""}, v, nil
	case nil:
		return result{}, "", nil
	}
	return result{present: true}, "", nil
}

// array reads the elements of an array, each in role r, and merges them.
func (f *fhirReader) array(depth int, r role) (result, error) {
	var out result
	for f.dec.More() {
		tok, err := f.dec.Token()
		if err != nil {
			return out, err
		}
		res, _, err := f.value(tok, depth, r)
		out.ids |= res.ids
		out.person = out.person || res.person
		out.present = out.present || res.present
		if err != nil {
			return out, err
		}
	}
	_, err := f.dec.Token()
	return out, err
}

// object reads the members of an object of role r. A resource cut short by
// an error still counts for what it showed.
func (f *fhirReader) object(depth int, r role) (result, error) {
	var o objState
	err := f.members(depth, r, &o)
	if err == nil {
		_, err = f.dec.Token()
	}
	return f.close(r, &o), err
}

// members reads key/value pairs into o until the closing brace.
func (f *fhirReader) members(depth int, r role, o *objState) error {
	for f.dec.More() {
		kt, err := f.dec.Token()
		if err != nil {
			return err
		}
		key, _ := kt.(string)
		vt, err := f.dec.Token()
		if err != nil {
			return err
		}
		sub, s, err := f.value(vt, depth, childRole(r, key))
		o.note(r, key, s, sub)
		f.test = f.test || key == "code" && (s == "HTEST" || s == "SYNTH" || r == rLabel && testLabels[strings.ToLower(s)])
		if err != nil {
			return err
		}
	}
	return nil
}

// objState gathers what one object's direct members say; the meaning of a
// member can depend on a resourceType that comes after it.
type objState struct {
	present   bool
	rtype     string // resourceType: a type name, not content
	ids       idSet  // person identifiers named by the resource's own members
	idents    idSet  // the kinds of its identifier member
	hasIdent  bool
	memberID  bool  // Coverage.subscriberId
	person    bool  // it references a person
	refIDs    idSet // identifiers inside that reference
	class     idSet // of an Identifier, ContactPoint or Coding
	sawSystem bool  // a ContactPoint with a system
	refType   int8  // of a Reference: 1 a person, -1 something else, 0 unknown
	refAny    bool  // a Reference with any target
}

// note records one member of an object of role r.
func (o *objState) note(r role, key, s string, sub result) {
	o.present = o.present || sub.present
	switch r {
	case rIdent:
		o.noteIdent(key, s, sub)
	case rConcept:
		if key == "coding" {
			o.class |= sub.ids
		}
	case rCoding:
		if key == "code" {
			o.class |= identCode(s)
		}
	case rTelecom:
		if key == "system" {
			o.class, o.sawSystem = telecomClass(s), true
		}
	case rRef:
		o.noteRef(key, s, sub)
	default:
		o.noteResource(key, s, sub)
	}
}

// noteIdent records a member of an Identifier.
func (o *objState) noteIdent(key, s string, sub result) {
	switch {
	case key == "system" && s == ssnSystem:
		o.class |= idSSN
	case key == "type":
		o.class |= sub.ids
	}
}

// identCode maps an identifier type code (v2 table 0203) to its kind.
func identCode(code string) idSet {
	switch code {
	case "MB", "MC", "member":
		return idMemberID
	case "SS", "SB":
		return idSSN
	}
	return 0
}

// telecomClass maps a ContactPoint system to its kind.
func telecomClass(system string) idSet {
	switch system {
	case "email":
		return idEmail
	case "url":
		return 0
	}
	return idPhone
}

// noteRef records a member of a Reference.
func (o *objState) noteRef(key, s string, sub result) {
	switch key {
	case "reference":
		o.refType, o.refAny = refKind(s), true
	case "type":
		o.refType = -1
		if isPersonType(s) {
			o.refType = 1
		}
	case "display":
		o.refAny = o.refAny || sub.present
		if sub.present {
			o.refIDs |= idName
		}
	case "identifier":
		o.refAny = o.refAny || sub.present
		if sub.present {
			o.refIDs |= idOrMRN(sub.ids)
		}
	}
}

// refKind says whether a reference ("Patient/1", "https://x/fhir/Group/2",
// "urn:uuid:…") names a person: 1 yes, -1 no, 0 cannot tell.
func refKind(ref string) int8 {
	if i := strings.Index(ref, "/_history/"); i >= 0 {
		ref = ref[:i]
	}
	i := strings.LastIndexByte(ref, '/')
	if i <= 0 || strings.HasPrefix(ref, "urn:") {
		return 0
	}
	typ := ref[strings.LastIndexByte(ref[:i], '/')+1 : i]
	if isPersonType(typ) {
		return 1
	}
	return -1
}

// isPersonType reports whether resources of type t are people.
func isPersonType(t string) bool {
	return t == "Patient" || t == "RelatedPerson" || t == "Person"
}

// idOrMRN is the kinds of an identifier list; an identifier of no
// particular kind is a medical record number.
func idOrMRN(ids idSet) idSet {
	if ids == 0 {
		return idMRN
	}
	return ids
}

// noteResource records a member of an object that may be a resource.
func (o *objState) noteResource(key, s string, sub result) {
	switch key {
	case "resourceType":
		o.rtype = s
	case "identifier":
		o.idents, o.hasIdent = sub.ids, sub.present
	case "telecom":
		o.ids |= sub.ids
	case "subscriberId":
		o.memberID = sub.present
	}
	if id := personMember(key); id != 0 && sub.present {
		o.ids |= id
	}
	if isPersonRefKey(key) && sub.person {
		o.person, o.refIDs = true, o.refIDs|sub.ids
	}
}

// personMember maps the members of a person resource to identifier kinds.
func personMember(key string) idSet {
	switch key {
	case "name":
		return idName
	case "birthDate":
		return idDOB
	case "address":
		return idAddress
	}
	return 0
}

// close turns a finished object into what it tells its parent, and counts
// it when it is a resource.
func (f *fhirReader) close(r role, o *objState) result {
	res := result{present: o.present}
	switch r {
	case rIdent:
		if o.present {
			res.ids = idOrMRN(o.class)
		}
	case rConcept, rCoding:
		res.ids = o.class
	case rTelecom:
		res.ids = o.class
		if !o.sawSystem && o.present {
			res.ids = idPhone
		}
	case rRef:
		res.person = o.refType > 0 || o.refType == 0 && o.refAny
		res.ids = o.refIDs
	default:
		if o.rtype != "" {
			f.resource(o)
		}
	}
	return res
}

// resource adds what a finished resource holds to the tally.
func (f *fhirReader) resource(o *objState) {
	f.t.clin |= fhirClin[o.rtype]
	switch o.rtype {
	case "Patient", "RelatedPerson", "Person":
		f.patients++
		f.t.ids |= o.ids
		if o.hasIdent {
			f.t.ids |= idOrMRN(o.idents)
		}
		return
	case "Coverage":
		if o.hasIdent || o.memberID {
			f.t.ids |= idMemberID
		}
	case "Claim", "ExplanationOfBenefit", "ClaimResponse":
		if o.hasIdent {
			f.t.ids |= idClaim
		}
	case "Account":
		if o.hasIdent {
			f.t.ids |= idAccount
		}
	}
	if o.person {
		f.refs++
		f.t.ids |= o.refIDs
	}
}
