package payload

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestX12: a claim names its subscriber (name, member ID, birth date,
// address, claim) and says what it is for (diagnoses, services); the
// same claim in a test interchange (ISA15 T) and an acknowledgement name
// no one.
func TestX12(t *testing.T) {
	cases := []struct {
		file    string
		records int
		ids     string
		clin    string
		test    bool
	}{
		{"claim_837.x12", 1, "address claim dob member-id name", "claim diagnosis procedure", false},
		{"claim_837_test.x12", 0, "", "", true},
		{"ack_999.x12", 0, "", "", false},
	}
	for _, c := range cases {
		data, err := os.ReadFile("testdata/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		if k := Sniff(data, "application/octet-stream", "batch.dat"); k != X12 {
			t.Errorf("%s: sniffed %q, want x12", c.file, k)
		}
		s, err := Read(X12, strings.NewReader(string(data)), 0)
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
		}
		if s.Records != c.records || strings.Join(s.Identifiers, " ") != c.ids || strings.Join(s.Clinical, " ") != c.clin || s.Test != c.test {
			t.Errorf("%s: %d records, ids %q, clinical %q, test %v; want %d, %q, %q, %v",
				c.file, s.Records, s.Identifiers, s.Clinical, s.Test, c.records, c.ids, c.clin, c.test)
		}
	}
}

// TestX12Bare: a transaction set without its envelope, one segment a
// line, as integrators paste them; prose that starts with "ST" is none.
func TestX12Bare(t *testing.T) {
	in := "ST*270*0001*005010X279A1~\nBHT*0022*13*10001234*20261201*1319~\nHL*1**20*1~\nNM1*PR*2*EXAMPLE PAYER*****PI*99999~\n" +
		"HL*3*2*22*0~\nNM1*IL*1*TESTPERSON*INVENTED****MI*W000000002~\nDMG*D8*19800101~\nEQ*30~\nSE*8*0001~\n"
	if k := Sniff([]byte(in), "text/plain", ""); k != X12 {
		t.Fatalf("sniffed %q, want x12", k)
	}
	s, _ := Read(X12, strings.NewReader(in), 0)
	if s.Records != 1 || !slices.Contains(s.Identifiers, "dob") || !slices.Contains(s.Clinical, "coverage") {
		t.Errorf("270: %+v", s)
	}
	padded := "\r\n\r\n  " + strings.ReplaceAll(in, "ST*270", "ISA*00*          *00*          *ZZ*A              *ZZ*B              *261201*1200*^*00501*000000905*0*P*:~\nST*270")
	if s, err := Read(X12, strings.NewReader(padded), 0); err != nil || s.Records != 1 {
		t.Errorf("ISA after blank lines: %+v, %v", s, err)
	}
	if !X12Person([]byte("NM1*QC*1*ALVAREZ*PATIENT")) || X12Person([]byte("NM1*QC*1*ZZTEST*PATIENT")) {
		t.Error("NM1: a patient by name is a person; a build's ZZTEST patient is not")
	}
	if X12Person([]byte("NM1*IL*1*DOE*JANE****MI*XXXXXXXXX")) || !X12Person([]byte("NM1*IL*1*DOE*MARGARET****MI*NFH000123456")) {
		t.Error("NM1: a guide's Jane Doe is a sample; Margaret Doe is a person")
	}
	masked := strings.ReplaceAll(in, "TESTPERSON*INVENTED****MI*W000000002", "ALVAREZ*ANA****MI*XXXXXXXXX")
	if s, _ := Read(X12, strings.NewReader(masked), 0); slices.Contains(s.Identifiers, "member-id") || !slices.Contains(s.Identifiers, "name") {
		t.Errorf("a redacted member ID: %+v", s)
	}
	if k := Sniff([]byte("ST. Mary's clinic ~ notes"), "text/plain", ""); k != None {
		t.Errorf("prose sniffed as %q", k)
	}
}
