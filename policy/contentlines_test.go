package policy

import (
	"bytes"
	"slices"
	"testing"
)

// TestUnfolder: calendars and cards fold long lines inside words and
// numbers and escape their text; the scanner reads them as one line, in
// whatever pieces they arrive.
func TestUnfolder(t *testing.T) {
	cases := []struct{ in, want string }{
		{"NOTE:PrEP pt - MRN last 4 22\r\n 91. OK to leave VM\\, thanks\r\nEND:VCARD\r\n",
			"NOTE:PrEP pt - MRN last 4 2291. OK to leave VM, thanks\nEND:VCARD\n"},
		{"DESCRIPTION:Pre-op for Lindq\r\n\tvist\\nNPO after midnight\\; bring meds\\\\list\n",
			"DESCRIPTION:Pre-op for Lindqvist\nNPO after midnight; bring meds\\list\n"},
		{"SUMMARY:a\\tb\rc", "SUMMARY:a\\tb\rc"}, // an unknown escape and a bare CR stay
		{"END:VCALENDAR\r\n", "END:VCALENDAR\n"},
	}
	for _, c := range cases {
		for _, step := range []int{1, 2, 3, len(c.in)} {
			var out bytes.Buffer
			u := &unfolder{out: &out}
			for i := 0; i < len(c.in); i += step {
				u.Write([]byte(c.in[i:min(i+step, len(c.in))]))
			}
			u.Close()
			if out.String() != c.want {
				t.Errorf("%q in pieces of %d: got %q, want %q", c.in, step, out.String(), c.want)
			}
		}
	}
}

// TestCardFoldedIdentifier: a record number a card folds across lines is
// found as the reader sees it.
func TestCardFoldedIdentifier(t *testing.T) {
	raw := "From: a@example.com\r\nTo: b@example.com\r\nSubject: card\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/vcard; name=p.vcf\r\n\r\n" +
		"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cyrus Lindqvist\r\nNOTE:follow-up for his hypertension\\, MRN 004\r\n 82291 on file\r\nEND:VCARD\r\n"
	x := Default().Explain([]byte(raw), Envelope{Channel: "email"}, true)
	if got := x.Matches["mrn"]; !slices.Contains(got, "00482291") {
		t.Errorf("folded MRN: matched %q, want 00482291", got)
	}
}

// TestBusinessCard: a colleague's card (an organisation, a job title)
// describes their service; a card without one, as schedulers send a
// patient's, is read for what its note says.
func TestBusinessCard(t *testing.T) {
	card := func(extra string) []byte {
		return []byte("From: a@example.com\r\nTo: b@example.com\r\nSubject: my card\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: text/vcard; name=card.vcf\r\n\r\n" +
			"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Marisol Quintanar\r\n" + extra +
			"NOTE:Same-day intake for methadone/buprenorphine M-F 7-11 AM.\r\nEND:VCARD\r\n")
	}
	p := Default()
	if s := p.Inspect(card("ORG:Riverbend Recovery Center;Opioid Treatment Program\r\nTITLE:Intake Coordinator\r\n"), Envelope{}); hasKinds(s, "substance-use") {
		t.Errorf("business card: findings %s, want none of its service", places(s))
	}
	if s := p.Inspect(card("ADR;TYPE=HOME:;;18 Quarry Rd;Millbrook;OR;97031;USA\r\n"), Envelope{}); !hasKinds(s, "substance-use") {
		t.Errorf("patient's card: findings %s, want substance-use", places(s))
	}
}
