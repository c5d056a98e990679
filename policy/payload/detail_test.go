package payload

import (
	"strings"
	"testing"
)

// TestReadDetails: the finer points of each format, on small inputs.
func TestReadDetails(t *testing.T) {
	l := func(s ...string) []string { return s }
	const msh = "MSH|^~\\&|A|B|C|D|20240101||ADT^A08|1|P|2.5\r"
	const cda = `<ClinicalDocument xmlns="urn:hl7-org:v3">`
	cases := []struct {
		name  string
		kind  Kind
		input string
		want  Summary
	}{
		{"hl7 telecom repetitions", HL7v2, msh + "PID|1||||||||||||555-0100~^NET^Internet^a@example.org\r",
			Summary{HL7v2, 1, l("email", "phone"), nil, false}},
		{"hl7 nulls and empty components", HL7v2, msh + "PID|1||\"\"||^^^||\"\"\rNTE|1\rPV1|1\r",
			Summary{HL7v2, 1, nil, nil, false}},
		{"hl7 redacted example", HL7v2, msh + "PID|1||XXXXXXXX^^^HALVARD^MR||XXXXX^XXXXX||XXXXXXXX|U\r",
			Summary{HL7v2, 1, nil, nil, false}},
		{"hl7 a number beside a redacted one", HL7v2, msh + "PID|1||XXXXXXXX^^^HALVARD^MR~448120^^^HALVARD^MR||Doe^Jo\r",
			Summary{HL7v2, 1, l("mrn", "name"), nil, false}},
		{"hl7 z segment and wrapped text", HL7v2, msh + "ZPI|1|secret\rOBX|1|TX|||line one\nline two, PID|x\r",
			Summary{HL7v2, 0, nil, l("observation"), false}},
		{"hl7 mllp frame", HL7v2, "\x0b" + msh + "PID|1||M1\r\x1c\r",
			Summary{HL7v2, 1, l("mrn"), nil, false}},
		{"hl7 two patients in one message", HL7v2, msh + "PID|1||M1\rMRG|M0\rPID|2||M2\r",
			Summary{HL7v2, 2, l("mrn"), nil, false}},
		{"hl7 guarantor and insurance", HL7v2, msh + "PID|1||M1\rGT1|1||Doe^Jo||||||||||123-45-6789\rIN2||987-65-4320\r",
			Summary{HL7v2, 1, l("mrn", "name", "ssn"), l("claim", "coverage"), false}},
		{"hl7 other separators", HL7v2, "MSH#@~\\&#A\rPID#1##M1@@@X##N@G\r",
			Summary{HL7v2, 1, l("mrn", "name"), nil, false}},
		{"hl7 training message", HL7v2, "MSH|^~\\&|A|B|C|D|20240101||ADT^A04|1|T|2.5\rPID|1||M1||ZZTEST^PAT||19000101\rPV1|1|O\r",
			Summary{Kind: HL7v2, Test: true}},
		{"hl7 debugging message, processing mode given", HL7v2, "MSH|^~\\&|A|B|C|D|20240101||ORU^R01|1|D^T|2.5\rPID|1||M1\rOBX|1|NM|K||4.1\r",
			Summary{Kind: HL7v2, Test: true}},
		{"hl7 production after a test message in one batch", HL7v2,
			"MSH|^~\\&|A|B|C|D|20240101||ADT^A04|1|T|2.5\rPID|1||M1||Test^Pat\r" + msh + "PID|1||M2\rDG1|1||E11.9\r",
			Summary{HL7v2, 1, l("mrn"), l("diagnosis"), false}},
		{"hl7 analyzer quality-control run", HL7v2,
			"MSH|^~\\&|G11|LAB|LIS|X|20250918||ORU^R01|7|P|2.5.1\rPID|1||QC-A1C-L2^^^CVL^QC||QC^HBA1C LEVEL 2 CONTROL\rOBX|1|NM|4548-4^Hemoglobin A1c^LN||10.9|%\r",
			Summary{Kind: HL7v2, Test: true}},
		{"hl7 patient after a control run", HL7v2,
			"MSH|^~\\&|G11|LAB|LIS|X|20250918||ORU^R01|7|P|2.5.1\rPID|1||QC-1||QC^LEVEL 1 CONTROL\r" + msh + "PID|1||M2||Quinn^Colette\rOBX|1|NM|K||4.1\r",
			Summary{HL7v2, 1, l("mrn", "name"), l("observation"), false}},
		{"ccda template", CCDA, cda + `<recordTarget><patientRole><id root="1.2" extension="{{patient.mrn}}"/>` +
			`<patient><name><given>{{patient.given}}</given></name><birthTime {% if patient.dob %}value="x"{% endif %}/>`,
			Summary{Kind: CCDA}},
		{"ccda sample with bracketed fields", CCDA, cda + `<recordTarget><patientRole><id root="1.2" extension="[MRN]"/>` +
			`<patient><name><given>[GIVEN NAME]</given><family>[FAMILY NAME]</family></name></patient></patientRole></recordTarget></ClinicalDocument>`,
			Summary{Kind: CCDA}},
		{"ccda test patient", CCDA, cda + `<recordTarget><patientRole><id root="1.2" extension="ZZ0000001"/>` +
			`<patient><name><given>INTEROP</given><family>ZZTEST</family></name><birthTime value="19000101"/></patient></patientRole></recordTarget></ClinicalDocument>`,
			Summary{Kind: CCDA, Test: true}},
		{"ccda patient named Z", CCDA, cda + `<recordTarget><patientRole><id root="1.2" extension="77"/>` +
			`<patient><name><family>Zabala</family></name></patient></patientRole></recordTarget></ClinicalDocument>`,
			Summary{CCDA, 1, l("mrn", "name"), nil, false}},
		{"ccda placeholder outside the patient", CCDA, cda + `<id root="{{org.oid}}"/><recordTarget><patientRole><id root="1.2" extension="77"/></patientRole></recordTarget></ClinicalDocument>`,
			Summary{CCDA, 1, l("mrn"), nil, false}},
		{"hl7 processing id not T or D", HL7v2, "MSH|^~\\&|A|B|C|D|20240101||ADT^A04|1|TR|2.5\rPID|1||M1\r",
			Summary{HL7v2, 1, l("mrn"), nil, false}},

		{"fhir synthetic data (SYNTH)", FHIR, `{"resourceType":"Bundle","meta":{"tag":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ObservationValue","code":"SYNTH"}]},` +
			`"entry":[{"resource":{"resourceType":"Patient","name":[{"family":"Testperson"}],"birthDate":"1970-01-01"}}]}`,
			Summary{Kind: FHIR, Test: true}},
		{"fhir test data (HTEST)", FHIR, `{"resourceType":"Bundle","meta":{"tag":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActReason","code":"HTEST"}]},` +
			`"entry":[{"resource":{"resourceType":"Patient","name":[{"family":"Sandbox"}],"birthDate":"1901-01-01"}}]}`,
			Summary{Kind: FHIR, Test: true}},
		{"fhir member id by type", FHIR, `{"resourceType":"Patient","identifier":[{"type":{"coding":[{"code":"MB"}]},"value":"1"}]}`,
			Summary{FHIR, 1, l("member-id"), nil, false}},
		{"fhir telecom without system", FHIR, `{"resourceType":"Patient","telecom":[{"value":"1"},{"system":"url","value":"u"}]}`,
			Summary{FHIR, 1, l("phone"), nil, false}},
		{"fhir empty members", FHIR, `{"resourceType":"Patient","name":[],"birthDate":"","address":null,"identifier":[]}`,
			Summary{FHIR, 1, nil, nil, false}},
		{"fhir group subject", FHIR, `{"resourceType":"Observation","subject":{"reference":"Group/7"}}`,
			Summary{FHIR, 0, nil, l("observation"), false}},
		{"fhir subject by display", FHIR, `{"resourceType":"Observation","subject":{"display":"A. Person"}}`,
			Summary{FHIR, 1, l("name"), l("observation"), false}},
		{"fhir absolute and versioned references", FHIR,
			`{"resourceType":"Procedure","subject":{"reference":"https://ehr.example/fhir/Patient/9/_history/2"}}` +
				`{"resourceType":"Procedure","subject":{"reference":"https://ehr.example/fhir/Device/9/_history/2"}}` +
				`{"resourceType":"Procedure","subject":{"reference":"urn:uuid:1","type":"Patient"}}`,
			Summary{FHIR, 2, nil, l("procedure"), false}},
		{"fhir contained patient not double counted", FHIR,
			`{"resourceType":"Observation","contained":[{"resourceType":"Patient","id":"p","birthDate":"2000"}],"subject":{"reference":"#p"}}`,
			Summary{FHIR, 1, l("dob"), l("observation"), false}},
		{"fhir coverage", FHIR, `{"resourceType":"Coverage","subscriberId":"S1","beneficiary":{"reference":"Patient/1","identifier":{"value":"x"}}}`,
			Summary{FHIR, 1, l("member-id", "mrn"), l("coverage"), false}},
		{"fhir resourceType last", FHIR, `{"identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"x"}],"resourceType":"Patient"}`,
			Summary{FHIR, 1, l("ssn"), nil, false}},
		{"fhir practitioner is not a patient", FHIR, `{"resourceType":"Practitioner","name":[{"family":"X"}],"identifier":[{"value":"1"}]}`,
			Summary{Kind: FHIR}},

		{"ccda two record targets", CCDA, cda + `<recordTarget><patientRole><id root="1" extension="a"/></patientRole></recordTarget>` +
			`<recordTarget><patientRole><id nullFlavor="UNK"/><telecom value="fax:1"/><telecom value="https://x"/></patientRole></recordTarget></ClinicalDocument>`,
			Summary{CCDA, 2, l("mrn", "phone"), nil, false}},
		{"ccda unknown sections", CCDA, cda + `<component><structuredBody>` +
			`<component><section><code code="0000-0"/><text>narrative</text></section></component>` +
			`<component><section><entry><encounter/></entry><entry><procedure/></entry></section></component>` +
			`</structuredBody></component></ClinicalDocument>`,
			Summary{CCDA, 0, nil, l("encounter", "note", "procedure"), false}},
		{"ccda unstructured body", CCDA, cda + `<component><nonXMLBody><text mediaType="application/pdf">JVBE</text></nonXMLBody></component></ClinicalDocument>`,
			Summary{CCDA, 0, nil, l("note"), false}},
		{"ccda prefixed", CCDA, `<cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3"><cda:recordTarget><cda:patientRole>` +
			`<cda:patient><cda:birthTime value="2001"/></cda:patient></cda:patientRole></cda:recordTarget></cda:ClinicalDocument>`,
			Summary{CCDA, 1, l("dob"), nil, false}},
		{"ccda wrong namespace", CCDA, `<ClinicalDocument xmlns="urn:example"><recordTarget><patientRole/></recordTarget></ClinicalDocument>`,
			Summary{Kind: CCDA}},
		{"ccda latin1 and mismatched tags", CCDA, `<?xml version="1.0" encoding="ISO-8859-1"?>` + cda +
			"<recordTarget><patientRole><patient><name>Mu\xf1oz</nam></patient></patientRole></recordTarget></ClinicalDocument>",
			Summary{CCDA, 1, l("name"), nil, false}},

		{"csv quoted header and ragged rows", CSV, "\"Patient Name\",\"MRN\"\nA\nB,1,extra\n,\n",
			Summary{CSV, 2, l("mrn", "name"), nil, false}},
		{"csv empty column stays out", CSV, "mrn,ssn\n1,\n2, \n", Summary{CSV, 2, l("mrn"), nil, false}},
		{"csv header only", CSV, "mrn,dob\n", Summary{Kind: CSV}},
		{"csv without a header, known by its values", CSV, "ODUYA|ANDERS|19691203|RFM-253366|E11.22|11.5\nSZYMANSKI|LIONEL|19950417|RFM-781858|E11.9|10.9\nCOUTINHO|LAKSHMI|19831003|RFM-548461|E11.65|6.4\n",
			Summary{CSV, 3, l("dob", "name"), l("diagnosis"), false}},
		{"csv without a header, no person", CSV, "SKU-1|Gloves|20261203|12\nSKU-2|Gowns|20261204|4\nSKU-3|Masks|20261205|40\n", Summary{Kind: CSV}},
		{"csv drug screens and viral loads", CSV, "member_name,client_id,uds_result,hiv_viral_load\n\"Oyelaran, Tamsin\",CM-3100,neg,<20\n",
			Summary{CSV, 1, l("name"), l("drug-screen", "hiv"), false}},
		{"csv prescriber roster (NPI, DEA)", CSV, "name,department,npi,dea,dea_expires\n\"Kim, Sarah\",Psychiatry,1234567893,BK1234563,2027-01-31\n",
			Summary{Kind: CSV}},
		{"csv rows all flagged synthetic", CSV, "mrn,patient_last,dob,synthetic\nLT1,LOADTEST,1900-01-01,Y\nLT2,LOADTEST,1900-01-01,Y\n", Summary{Kind: CSV, Test: true}},
		{"csv rows partly flagged", CSV, "mrn,dob,is_test\n1,1961-03-14,N\n2,1900-01-01,Y\n", Summary{CSV, 2, l("dob", "mrn"), nil, false}},
		{"csv bare quotes", CSV, "name;dob\nO\"Brien;1990\n", Summary{CSV, 1, l("dob", "name"), nil, false}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Read(c.kind, strings.NewReader(c.input), 0)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			checkSummary(t, got, c.want)
		})
	}
}
