package policy

import "testing"

func TestDetectors(t *testing.T) {
	kind := map[string]func(*scanText) int{}
	for _, d := range detectors {
		kind[d.kind] = d.count
	}
	cases := []struct {
		kind, in string
		want     int
	}{
		{"ssn", "SSN 123-45-6789 on file", 1},
		{"ssn", "123-45-6789, 234-56-7890", 2},
		{"ssn", "area 000: 000-12-3456, 666: 666-12-3456, 9xx: 912-34-5678", 0},
		{"ssn", "group 00: 123-00-4567, serial 0000: 123-45-0000", 0},
		{"ssn", "inside a longer number: 1123-45-6789 or 123-45-67890", 0},
		{"ssn", "social security number: 123456789", 1},
		{"ssn", "SSN#123456789", 1},
		{"ssn", "order 123456789 shipped", 0},      // 9 digits alone
		{"ssn", "SSN on file. Order 123456789", 0}, // keyword not next to it
		{"ssn", "ssn 666123456", 0},                // keyword, invalid area
		{"ssn", "classn 123456789", 0},             // keyword inside a word
		{"mbi", "Medicare 1EG4-TE5-MK73", 1},       // CMS's own example
		{"mbi", "1EG4TE5MK73", 1},                  // without dashes
		{"mbi", "1SG4-TE5-MK73", 0},                // S is never used
		{"mbi", "0EG4-TE5-MK73", 0},                // first character 1-9
		{"mbi", "1EG4-TE5MK73", 0},                 // one dash of two
		{"mbi", "1eg4te5mk73", 0},                  // lower case
		{"mbi", "X1EG4TE5MK73", 0},                 // inside a word
		{"npi", "NPI: 1234567893", 1},              // valid with the 80840 prefix
		{"npi", "NPI: 1234567890", 0},              // fails Luhn
		{"npi", "provider 1234567893", 0},          // no keyword
		{"dob", "DOB: 04/12/1961", 1},
		{"dob", "date of birth 1961-04-12", 1},
		{"dob", "Born on March 3, 1961", 1},
		{"dob", "Birthdate: 12 April 1961", 1},
		{"dob", "meeting on 04/12/1961", 0},        // a date alone
		{"dob", "DOB unknown, seen 04/12/1961", 0}, // keyword too far
		{"dob", "stubborn 04/12/1961", 0},          // keyword inside a word
		{"mrn", "MRN# A-99812", 1},
		{"mrn", "Member ID: XJ4471002", 1},
		{"mrn", "claim number 2024-0001", 1},
		{"mrn", "member since 2019", 0},
		{"mrn", "MRN: pending", 0}, // no digit
		{"clinical-term", "the Biopsy; not cancerous? cancer yes", 2},
		{"clinical-term", "CT scan and lab results", 2},
		{"clinical-term", "the diabetics' cancerous word-parts", 0},
		{"restricted-term", "HIV/AIDS and PrEP; 42 CFR Part 2", 2},
		{"restricted-term", "substance use disorder program", 1}, // longest term, counted once
		{"restricted-term", "methadone-plan.pdf", 1},             // inside a file name
		{"restricted-term", "new hearing aids, sustainable", 0},
		{"subject-tag", "[Secure] hello [PHI] [ENCRYPT]", 3},
		{"subject-tag", "secure [secured]", 0},
	}
	for _, c := range cases {
		if got := kind[c.kind](prepare(c.in)); got != c.want {
			t.Errorf("%s: %q → %d, want %d", c.kind, c.in, got, c.want)
		}
	}
}

func TestLuhnAndValidSSN(t *testing.T) {
	if !luhn("808401234567893") || luhn("808401234567894") {
		t.Error("luhn")
	}
	if !validSSN("078051120") || validSSN("078001120") {
		t.Error("validSSN")
	}
}

func TestHTMLText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"<p>DOB</p><p>01/02/1960</p>", " DOB  01/02/1960 "},
		{"<b>123</b>-45-<span class=x>6789</span>", "123-45-6789"},
		{"a<script>var mrn = 'MRN 1';</script>b<STYLE>x</style >c", "a  b  c"},
		{"x&nbsp;&amp;&lt;y", "x\u00a0&<y"},
		{"unclosed <tag", "unclosed  "},
	}
	for _, c := range cases {
		if got := htmlText(c.in); got != c.want {
			t.Errorf("htmlText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
