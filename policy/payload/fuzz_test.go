package payload

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// addSamples seeds f with the testdata samples matching the patterns.
func addSamples(f *testing.F, patterns ...string) {
	f.Helper()
	for _, p := range patterns {
		names, _ := filepath.Glob(filepath.Join("testdata", p))
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}

// fuzzRead checks that reading any input as k keeps the Summary's
// invariants and stays within the limit.
func fuzzRead(f *testing.F, k Kind) {
	f.Fuzz(func(t *testing.T, in []byte) {
		r := bytes.NewReader(in)
		s, err := Read(k, r, 1<<16)
		if s.Kind != k {
			t.Errorf("kind %q, want %q", s.Kind, k)
		}
		if len(in) > 1<<16 && err == nil {
			t.Errorf("no error past the limit")
		}
		checkInvariants(t, s)
	})
}

func FuzzHL7(f *testing.F) {
	addSamples(f, "*.hl7", "prose.txt")
	f.Add([]byte("MSH|^~\\&|A\rPID|1||M^^^\"\"~X@Y|||||||||a@b~1\n\rMSH"))
	fuzzRead(f, HL7v2)
}

func FuzzFHIR(f *testing.F) {
	addSamples(f, "*.json", "*.ndjson")
	f.Add([]byte(`{"resourceType":"Patient","identifier":{"type":{"coding":{"code":"MB"}}}}`))
	fuzzRead(f, FHIR)
}

func FuzzCCDA(f *testing.F) {
	addSamples(f, "*.xml")
	f.Add([]byte(`<?xml version="1.0" encoding="latin1"?><ClinicalDocument xmlns="urn:hl7-org:v3"><recordTarget><patientRole><telecom value="mailto:x"/>`))
	fuzzRead(f, CCDA)
}

func FuzzCSV(f *testing.F) {
	addSamples(f, "*.csv", "*.tsv")
	f.Add([]byte("\"mrn\";\"name\"\n\"1\"\"\";x\n"))
	fuzzRead(f, CSV)
}

// FuzzSniff: Sniff answers one of the kinds for any input, and a kind
// whose Read accepts what Sniff named.
func FuzzSniff(f *testing.F) {
	names, _ := filepath.Glob("testdata/*.*")
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, "", filepath.Base(n))
	}
	f.Add([]byte("a,b"), "text/csv; charset=utf-8", "")
	f.Fuzz(func(t *testing.T, head []byte, mediaType, filename string) {
		k := Sniff(head, mediaType, filename)
		switch k {
		case None:
			return
		case HL7v2, FHIR, CCDA, CSV, X12:
		default:
			t.Fatalf("Sniff = %q", k)
		}
		s, _ := Read(k, bytes.NewReader(head), 1<<16)
		checkInvariants(t, s)
	})
}

func FuzzX12(f *testing.F) {
	addSamples(f, "*.x12")
	f.Add([]byte("ISA*00*"))
	f.Add([]byte("ST*837*1~NM1*IL*1*A****MI*~DMG*D8~"))
	fuzzRead(f, X12)
}
