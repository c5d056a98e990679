package payload

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSniff(t *testing.T) {
	cases := []struct {
		name, head, mediaType, filename string
		want                            Kind
	}{
		{"hl7 by content", "MSH|^~\\&|A|B\r", "text/plain", "", HL7v2},
		{"hl7 with bom and blanks", "\ufeff\r\n MSH|^~\\&|A\r", "", "", HL7v2},
		{"hl7 mllp", "\x0bMSH|^~\\&|A\r", "application/octet-stream", "", HL7v2},
		{"hl7 batch", "FHS|^~\\&|A\rBHS|^~\\&|A\r", "", "x.txt", HL7v2},
		{"hl7 other separator", "MSH#^~\\&#A\r", "", "", HL7v2},
		{"hl7 declared", "garbage", "x-application/hl7-v2+er7", "", HL7v2},
		{"hl7 declared edi", "", "Application/EDI-HL7; charset=utf-8", "", HL7v2},
		{"msh in prose", "MSH is short for Medical Subject Headings", "text/plain", "", None},
		{"msh bar in prose", "MSH|this is not a header", "text/plain", "notes.hl7", None},
		{".hl7 not hl7", "hello", "", "a.hl7", None},
		{"fhir json", `{"resourceType": "Patient"}`, "application/json", "", FHIR},
		{"fhir text", ` {"id":"1", "resourceType" :"Bundle"}`, "text/plain", "", FHIR},
		{"fhir declared", `{`, "application/fhir+json", "", FHIR},
		{"fhir ndjson", `{"resourceType":"Observation"}` + "\n", "application/fhir+ndjson", "", FHIR},
		{"fhir by name", `{"resourceType":"Observation"}`, "application/octet-stream", "export.ndjson", FHIR},
		{"fhir xml", `<Patient xmlns="http://hl7.org/fhir"/>`, "application/fhir+xml", "", None},
		{"json config", `{"service": "x", "resource": "resourceType"}`, "application/json", "c.json", None},
		{"json array", `["resourceType"]`, "application/json", "", None},
		{"ccda", `<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3">`, "text/xml", "", CCDA},
		{"ccda by name", `<ClinicalDocument xmlns="urn:hl7-org:v3">`, "", "summary.ccd", CCDA},
		{"xml invoice", `<?xml version="1.0"?><Invoice/>`, "application/xml", "i.xml", None},
		{"csv type", "a,b\n1,2\n", "text/csv", "", CSV},
		{"tsv type", "a\tb\n", "text/tab-separated-values", "", CSV},
		{"excel csv", "a,b\n", "application/vnd.ms-excel", "List.CSV", CSV},
		{"excel xls", "a,b\n", "application/vnd.ms-excel", "list.xls", None},
		{"csv name", "a;b\n", "application/octet-stream", "x.csv", CSV},
		{"csv binary", "PK\x03\x04\x00\x00", "", "x.csv", None},
		{"plain text", "Dear Dr. Jones,", "text/plain", "letter.txt", None},
		{"table as text", "RX_NO|FILL_DT|PATIENT_LAST|DOB\r\n4410021|20261201|OKAFOR|19610314\r\n4410022|20261201|RIVERA|19700102\r\n", "text/plain", "fills.txt", CSV},
		{"table pasted", "mrn;name;dob\n1;A;2\n2;\"B;C\";3\n", "", "", CSV},
		{"prose with commas", "Hi Ana, Raj, and Li,\nthe room, the date, and the time\nare set.\n", "text/plain", "", None},
		{"table of two lines", "a|b|c\n1|2|3\n", "text/plain", "", None},
		{"empty", "", "", "", None},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Sniff([]byte(c.head), c.mediaType, c.filename); got != c.want {
				t.Errorf("Sniff(%q, %q, %q) = %q, want %q", c.head, c.mediaType, c.filename, got, c.want)
			}
		})
	}
}

// TestSniffSamples: every sample is sniffed as the kind it is, from its
// head and name alone.
func TestSniffSamples(t *testing.T) {
	want := map[string]Kind{
		"adt_a01.hl7": HL7v2, "oru_r01.hl7": HL7v2, "batch3.hl7": HL7v2, "rde_lf.hl7": HL7v2,
		"patient.json": FHIR, "bundle.json": FHIR, "eob.json": FHIR, "export.ndjson": FHIR, "config.json": None,
		"ccd.xml": CCDA, "invoice.xml": None, "prose.txt": None,
		"patients_en.csv": CSV, "pacientes_es.csv": CSV, "products.csv": CSV, "sales.tsv": CSV,
	}
	for name, k := range want {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := Sniff(data, "", name); got != k {
			t.Errorf("Sniff(%s) = %q, want %q", name, got, k)
		}
	}
}
