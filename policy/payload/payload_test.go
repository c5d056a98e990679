package payload

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// readFile reads a testdata sample as a payload of kind k.
func readFile(t *testing.T, name string, k Kind) (Summary, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Read(k, f, 1<<20)
}

// checkSummary compares a summary with the expected one and checks the
// invariants every summary keeps.
func checkSummary(t *testing.T, got, want Summary) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("summary\n got %+v\nwant %+v", got, want)
	}
	checkInvariants(t, got)
}

// checkInvariants fails when a summary's kinds are unsorted, repeated or
// unknown, or its count negative.
func checkInvariants(t testing.TB, s Summary) {
	t.Helper()
	if s.Records < 0 {
		t.Errorf("records %d", s.Records)
	}
	for _, l := range []struct {
		got, known []string
	}{{s.Identifiers, idNames}, {s.Clinical, clinNames}} {
		if !slices.IsSorted(l.got) || len(slices.Compact(slices.Clone(l.got))) != len(l.got) {
			t.Errorf("kinds %q not sorted and distinct", l.got)
		}
		for _, k := range l.got {
			if !slices.Contains(l.known, k) {
				t.Errorf("unknown kind %q", k)
			}
		}
	}
}

func TestReadSamples(t *testing.T) {
	ids := func(s ...string) []string { return s }
	cases := []struct {
		file string
		kind Kind
		want Summary
	}{
		{"adt_a01.hl7", HL7v2, Summary{HL7v2, 1,
			ids("account", "address", "dob", "member-id", "mrn", "name", "phone", "ssn"),
			ids("allergy", "coverage", "diagnosis", "encounter"), false}},
		{"oru_r01.hl7", HL7v2, Summary{HL7v2, 1, ids("dob", "mrn", "name"), ids("note", "observation"), false}},
		{"batch3.hl7", HL7v2, Summary{HL7v2, 3, ids("dob", "mrn", "name"), ids("immunization"), false}},
		{"rde_lf.hl7", HL7v2, Summary{HL7v2, 1, ids("dob", "email", "mrn", "name"), ids("claim", "medication"), false}},
		{"patient.json", FHIR, Summary{FHIR, 1, ids("address", "dob", "email", "mrn", "name", "phone", "ssn"), nil, false}},
		{"bundle.json", FHIR, Summary{FHIR, 1, ids("dob", "mrn", "name"), ids("diagnosis", "medication", "observation"), false}},
		{"eob.json", FHIR, Summary{FHIR, 1, ids("claim"), ids("claim"), false}},
		{"export.ndjson", FHIR, Summary{FHIR, 3, ids("member-id"), ids("coverage", "observation"), false}},
		{"config.json", FHIR, Summary{Kind: FHIR}},
		{"ccd.xml", CCDA, Summary{CCDA, 1, ids("address", "dob", "email", "mrn", "name", "phone", "ssn"),
			ids("diagnosis", "medication", "observation"), false}},
		{"invoice.xml", CCDA, Summary{Kind: CCDA}},
		{"patients_en.csv", CSV, Summary{CSV, 3, ids("dob", "mrn", "name", "phone"), ids("diagnosis", "encounter"), false}},
		{"pacientes_es.csv", CSV, Summary{CSV, 2, ids("dob", "name", "phone"), ids("diagnosis", "medication"), false}},
		{"products.csv", CSV, Summary{Kind: CSV}},
		{"sales.tsv", CSV, Summary{Kind: CSV}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			got, err := readFile(t, c.file, c.kind)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			checkSummary(t, got, c.want)
		})
	}
}

func TestReadMalformed(t *testing.T) {
	cases := []struct {
		name  string
		kind  Kind
		input string
		want  Summary
		err   string
	}{
		{"hl7 no separator", HL7v2, "MSH\rPID|1||X\r", Summary{Kind: HL7v2},
			"payload: malformed input: hl7v2 header without valid separators"},
		{"hl7 data first", HL7v2, "PID|1||X\rMSH|^~\\&|A\r", Summary{Kind: HL7v2},
			"payload: malformed input: hl7v2 data before the MSH segment"},
		{"hl7 second header broken", HL7v2, "MSH|^~\\&|A\rPID|1||M1\rMSH1\r", Summary{HL7v2, 1, []string{"mrn"}, nil, false},
			"payload: malformed input: hl7v2 header without valid separators"},
		{"fhir cut short", FHIR, `{"resourceType":"Patient","birthDate":"1990-01-01","name":[{"family":"Zed`,
			Summary{FHIR, 1, []string{"dob"}, nil, false}, "payload: malformed input: fhir unexpected end of input at byte"},
		{"fhir bad syntax", FHIR, `{"resourceType":"Condition","subject":{"reference":"Patient/1"}} {"Jones": x}`,
			Summary{FHIR, 1, nil, []string{"diagnosis"}, false}, "payload: malformed input: fhir syntax error at byte"},
		{"fhir too deep", FHIR, strings.Repeat("[", 100), Summary{Kind: FHIR},
			"payload: malformed input: fhir nested deeper than 64"},
		{"ccda cut short", CCDA, `<ClinicalDocument xmlns="urn:hl7-org:v3"><recordTarget><patientRole><id root="1.2" extension="Q"/>`,
			Summary{CCDA, 1, []string{"mrn"}, nil, false}, "payload: malformed input: ccda unexpected end of input at line 1"},
		{"ccda too deep", CCDA, `<ClinicalDocument xmlns="urn:hl7-org:v3">` + strings.Repeat("<a>", 100),
			Summary{Kind: CCDA}, "payload: malformed input: ccda nested too deeply"},
		{"unknown kind", "pdf", "%PDF", Summary{}, `payload: unknown kind "pdf"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Read(c.kind, strings.NewReader(c.input), 1<<20)
			if err == nil || !strings.HasPrefix(err.Error(), c.err) {
				t.Errorf("error %v, want prefix %q", err, c.err)
			}
			checkSummary(t, got, c.want)
		})
	}
}

// TestErrorsHoldNoContent: an error never quotes the payload.
func TestErrorsHoldNoContent(t *testing.T) {
	inputs := map[Kind]string{
		FHIR:  `{"resourceType":"Patient","name":"Jones"]`,
		CCDA:  `<ClinicalDocument xmlns="urn:hl7-org:v3"><Jones></Smith>`,
		CSV:   "name,dob\n\"Jones\" x\"y,1\n",
		HL7v2: "MSHJones\r",
	}
	for k, in := range inputs {
		_, err := Read(k, strings.NewReader(in), 0)
		if err != nil && (strings.Contains(err.Error(), "Jones") || strings.Contains(err.Error(), "Smith")) {
			t.Errorf("%s: error %q quotes the input", k, err)
		}
	}
}

func TestReadLimit(t *testing.T) {
	data, err := os.ReadFile("testdata/batch3.hl7")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Read(HL7v2, strings.NewReader(string(data)), int64(len(data)))
	if err != nil || s.Records != 3 {
		t.Errorf("exact limit: %+v, %v", s, err)
	}
	s, err = Read(HL7v2, strings.NewReader(string(data)), int64(len(data))/2)
	if !errors.Is(err, ErrTruncated) || s.Records < 1 || s.Records >= 3 {
		t.Errorf("half limit: %+v, %v; want a partial summary and ErrTruncated", s, err)
	}
}

func TestReadIOError(t *testing.T) {
	boom := errors.New("disk on fire")
	_, err := Read(FHIR, errReader{boom}, 0)
	if !errors.Is(err, boom) {
		t.Errorf("error %v, want it to wrap %v", err, boom)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }
