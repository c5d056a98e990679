package policy

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/emersion/go-message"
)

func readMsg(t testing.TB, name string) []byte {
	t.Helper()
	msg, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return msg
}

// places renders findings as "kind@where:count".
func places(s Sensitivity) string {
	var out []string
	for _, f := range s.Findings {
		out = append(out, f.Kind+"@"+string(f.Where))
	}
	return strings.Join(out, " ")
}

func TestInspectSamples(t *testing.T) {
	cases := []struct {
		file  string
		level Level
		kinds string // kinds that must be among the findings
	}{
		{"lab-results.eml", LevelPHI, "mrn dob drug-term lab-term identifier+health"},
		{"newsletter.eml", LevelNone, "diagnosis-term bulk-mail"}, // health terms, no person: not PHI
		{"ssn-only.eml", LevelNone, "ssn"},                        // an identifier alone
		{"restricted.eml", LevelRestricted, "mrn substance-use restricted+identifier"},
		{"tagged.eml", LevelPHI, "subject-tag"},
		{"tag-in-body.eml", LevelNone, ""},
		{"html-referral.eml", LevelPHI, "dob diagnosis-term identifier+health"},
		{"latin1.eml", LevelPHI, "dob salutation drug-term"},
		{"forwarded.eml", LevelRestricted, "mrn hiv"},
		{"header.eml", LevelRestricted, "sensitivity-header"},
		{"header-none.eml", LevelPHI, "mrn lab-term"},
		{"encoded-filename.eml", LevelRestricted, "member-id hiv"},
		{"broken-multipart.eml", LevelPHI, "mrn procedure-term unreadable"}, // what follows the break is read too
	}
	p := Default()
	for _, c := range cases {
		s := p.Inspect(readMsg(t, c.file), Envelope{Channel: "email"})
		if s.Level != c.level || !hasKinds(s, c.kinds) {
			t.Errorf("%s: level %s, findings %q; want %s with %s", c.file, s.Level, places(s), c.level, c.kinds)
		}
	}
}

func hasKinds(s Sensitivity, kinds string) bool {
	for _, k := range strings.Fields(kinds) {
		if !slices.Contains(s.Kinds(), k) {
			return false
		}
	}
	return true
}

// TestInspectRecordsNoText: what leaves Inspect (and is written to the
// audit log) names kinds, never what was matched.
func TestInspectRecordsNoText(t *testing.T) {
	msg := "Subject: [secure] MRN 7781\r\n\r\nSSN 123-45-6789, DOB 04/12/1961, HIV, metformin, NPI 1234567893, 1EG4-TE5-MK73\r\n"
	s := Default().Inspect([]byte(msg), Envelope{})
	out, _ := json.Marshal(s)
	if len(s.Kinds()) < 8 {
		t.Fatalf("kinds = %v, want every detector", s.Kinds())
	}
	if leak := regexp.MustCompile(`\d{4}|HIV|metformin|MK73`).Find(out); leak != nil {
		t.Errorf("matched text %q in %s", leak, out)
	}
}

func TestInspectSettings(t *testing.T) {
	msg := readMsg(t, "lab-results.eml")
	cases := []struct {
		name, yaml string
		level      Level
		score      int
	}{
		{"default", "", LevelPHI, 68},
		{"health off", "detectors:\n  drug-term: {enabled: false}\n  lab-term: {enabled: false}\n", LevelPHI, 45}, // identifier+care
		{"all health off", "detectors:\n  drug-term: {enabled: false}\n  lab-term: {enabled: false}\n  care-term: {enabled: false}\n", LevelNone, 30},
		{"reweighted", "detectors:\n  dob: {weight: 40}\n", LevelPHI, 73}, // capped at 30 for identifiers; 73 ≥ 70 but no restricted content
		{"group cap", "groups: {identifier: 10}\n", LevelPHI, 53},
		{"custom levels", "levels: {phi: 30, restricted: 45}\ncontext: [{name: bonus, all: [identifier], weight: 25}]\n", LevelRestricted, 68},
	}
	for _, c := range cases {
		p, err := Parse("p.yaml", []byte(c.yaml+"rules:\n  - name: all\n    use: [pickup]\n"))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if s := p.Inspect(msg, Envelope{}); s.Level != c.level || s.Score != c.score {
			t.Errorf("%s: %s %d, want %s %d (%s)", c.name, s.Level, s.Score, c.level, c.score, places(s))
		}
	}
}

// TestInspectFloorsOff: switching the subject tag and the header off
// removes their floors: the message scores as it would unmarked.
func TestInspectFloorsOff(t *testing.T) {
	p, err := Parse("p.yaml", []byte("detectors:\n  subject-tag: {enabled: false}\n  sensitivity-header: {enabled: false}\nrules:\n  - name: all\n    use: [pickup]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ file, marker string }{{"tagged.eml", "[secure] "}, {"header.eml", "X-Sensitivity: Restricted\r\n"}} {
		msg := readMsg(t, c.file)
		plain := bytes.Replace(msg, []byte(c.marker), nil, 1)
		if bytes.Equal(plain, msg) {
			t.Fatalf("%s has no %q", c.file, c.marker)
		}
		unmarked := Default().Inspect(plain, Envelope{})
		if s := p.Inspect(msg, Envelope{}); s.Level != unmarked.Level || hasKinds(s, "subject-tag") || hasKinds(s, "sensitivity-header") {
			t.Errorf("%s: %s %v with its detector off, %s unmarked", c.file, s.Level, s.Findings, unmarked.Level)
		}
	}
}

func TestInspectNotMIME(t *testing.T) {
	s := Default().Inspect([]byte("no header at all\nSSN 123-45-6789 biopsy\n"), Envelope{})
	if s.Level != LevelPHI || !hasKinds(s, "unreadable") {
		t.Errorf("raw text not inspected, or not failed closed: %+v", s)
	}
}

func BenchmarkInspect(b *testing.B) {
	msg := readMsg(b, "lab-results.eml")
	filler := "Some ordinary words about the weather, the parking lot and the week ahead.\r\n"
	for len(msg) < 4096-len(filler) {
		msg = append(msg, filler...)
	}
	p := Default()
	b.SetBytes(int64(len(msg)))
	for b.Loop() {
		p.Inspect(msg, Envelope{})
	}
}

// TestCustomDetectors: an admin's pattern and word list count in their
// group like the built-in detectors, and a word list file is read
// relative to the policy file.
func TestCustomDetectors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(dir+"/trial.txt", []byte("# list: trial-drugs\n# class: health\n# category: -\n# source: test\n# licence: test\nexamplumab\ntestinib forte\n"), 0o644)
	os.WriteFile(dir+"/policy.yaml", []byte(`custom:
  - id: acme-chart
    group: identifier
    weight: 10
    pattern: '\bACME-[0-9]{7}\b'
  - id: trial-drugs
    group: health
    weight: 5
    file: trial.txt
rules:
  - name: all
    use: [pickup]
`), 0o644)
	p, err := Load(dir + "/policy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := p.Inspect([]byte("Subject: x\r\n\r\nChart ACME-1234567: start Testinib Forte next week.\r\n"), Envelope{})
	if s.Level != LevelPHI || !hasKinds(s, "acme-chart trial-drugs identifier+health") {
		t.Errorf("custom detectors: %s %s", s.Level, places(s))
	}
	if s := Default().Inspect([]byte("Subject: x\r\n\r\nChart ACME-1234567: start Testinib Forte.\r\n"), Envelope{}); s.Level != LevelNone {
		t.Errorf("built-in policy: %s %s", s.Level, places(s))
	}
}

// TestSenderDefaults: everything from the EHR account is at least phi,
// by envelope sender or authenticated account.
func TestSenderDefaults(t *testing.T) {
	p, err := Parse("p.yaml", []byte("senders:\n  - match: ehr@clinic.example\n    level: phi\n  - match: \"@psych.clinic.example\"\n    level: restricted\nrules:\n  - name: all\n    use: [pickup]\n"))
	if err != nil {
		t.Fatal(err)
	}
	msg := []byte("Subject: Reminder\r\n\r\nSee you on Tuesday.\r\n")
	cases := []struct {
		env  Envelope
		want Level
	}{
		{Envelope{From: "ehr@clinic.example"}, LevelPHI},
		{Envelope{From: "bounce@x.example", Submitter: "EHR@clinic.example"}, LevelPHI},
		{Envelope{From: "desk@psych.clinic.example"}, LevelRestricted},
		{Envelope{From: "news@clinic.example"}, LevelNone},
	}
	for _, c := range cases {
		if s := p.Inspect(msg, c.env); s.Level != c.want || c.want != LevelNone && !hasKinds(s, "sender-default") {
			t.Errorf("%+v: %s %s, want %s", c.env, s.Level, places(s), c.want)
		}
	}
}

// TestUnreadableFailsClosed: what cannot be read counts as sensitive, as
// the policy says; a policy can choose otherwise.
func TestUnreadableFailsClosed(t *testing.T) {
	msgs := map[string]string{
		"unknown encoding": "Subject: x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: x-secret\r\n\r\nhello\r\n",
		"bad base64":       "Subject: x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n",
		"broken part":      "Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\nno header line\r\n\r\nx\r\n--b--\r\n",
		"over budget":      "Subject: x\r\n\r\n" + strings.Repeat("lorem ipsum ", 7000),
	}
	strict, _ := Parse("p.yaml", []byte("inspection: {max_part: 64KiB, max_message: 64KiB}\nrules:\n  - name: all\n    use: [pickup]\n"))
	lax, _ := Parse("p.yaml", []byte("inspection: {max_part: 64KiB, max_message: 64KiB}\ncontext: [{name: x, all: [identifier, health], weight: 30}]\nrules:\n  - name: all\n    use: [pickup]\n"))
	for name, msg := range msgs {
		if s := strict.Inspect([]byte(msg), Envelope{}); s.Level != LevelPHI || !hasKinds(s, "unreadable fail-closed") {
			t.Errorf("%s: %s %s, want phi (fail closed)", name, s.Level, places(s))
		}
		if s := lax.Inspect([]byte(msg), Envelope{}); s.Level != LevelNone {
			t.Errorf("%s with a policy that does not fail closed: %s", name, s.Level)
		}
	}
}

func TestReaderName(t *testing.T) {
	for to, want := range map[string]string{
		"Harlan Voss <hvoss@example.com>":             "harlan",
		`"Voss, Harlan" <hvoss@example.com>`:          "harlan",
		"<hvoss@example.com>":                         "",
		"hvoss@example.com":                           "",
		"Harlan Voss <h@example.com>, Ann <a@x.y>":    "",         // not one reader
		`"Ingeborg Sallis, Practice Manager" <i@x.y>`: "ingeborg", // a title after the comma
		`"Ana Ruiz, RN" <ana@x.y>`:                    "ana",
		`"Rhea Okonkwo, PMHNP" <ro@x.y>`:              "rhea", // a nurse practitioner's credential
		`"Lena Haskins, LADC" <lh@x.y>`:               "lena",
		`"Ibarra, Consuelo RN CIC" <ci@x.y>`:          "consuelo", // family, given and credentials
		"priya.patel@example.org":                     "priya",    // the address spells the name
		"<dee_harmon@example.org>":                    "dee",
		"frontdesk@example.org":                       "",
		"j.2@example.org":                             "",
	} {
		h := message.Header{}
		h.Set("To", to)
		if got := readerName(h); got != want {
			t.Errorf("readerName(%q) = %q, want %q", to, got, want)
		}
	}
}

// TestBroadcast: a notice to a whole workforce, or to a group that gives
// no care (families, volunteers), is a mailing; mail to a person or a
// team is not.
func TestBroadcast(t *testing.T) {
	for to, want := range map[string]bool{
		"All Staff <allstaff@kestrelmoor.example.org>":        true,
		"everyone@clinic.example":                             true,
		"Kestrelmoor All Staff <news@example.org>":            true,
		"Nurse Managers <nurse-managers@example.org>":         false,
		"Ana Rivera <ana@example.org>":                        false,
		"All Staff <allstaff@x.example>, Ana <a@x.y>":         false, // and one person
		"Allison Staff <astaff@example.org>":                  false,
		"members@community.example.org":                       true, // a list of its members
		"Mga Parokyano <parishioners@parish.example.org>":     true,
		"Maple Street Families <fm@lists.example.org>":        true, // a group that gives no care
		"New Volunteers <nv@lists.example.org>":               true,
		"4 West Nurses <4w@example.org>":                      false, // a care team: its mail may name a patient
		"Plant 2 Supervisors <p2@example.com>":                true,  // a plant's supervisors, told of a schedule
		"Beacon Case Managers <cm@example.org>":               false, // a care team
		"derechohabientes-umf28@imss.example.mx":              true,  // a clinic's beneficiaries
		"Bloom Newsletter Subscribers <s@example.org>":        false, // a newsletter may tell one patient's story
		"Fernhill patients <patients@fernhill.example.com>":   true,  // a practice's mailing to its patients
		"Alder Fertility Center <patients@alder.example.com>": false, // the inbox its patients write to
		"Familias WIC <wic-familias@health.example.org>":      true,  // a programme's families
		"Patients First <info@pf.example.org>":                false, // a foundation's name
	} {
		if got := broadcast(to); got != want {
			t.Errorf("broadcast(%q) = %v, want %v", to, got, want)
		}
	}
}

// TestPropertyClaims: an insurer's claim for a car is nobody's care; the
// same insurer paying for an injury's treatment is.
func TestPropertyClaims(t *testing.T) {
	const head = "From: Claims <claims@insurer.example>\r\nTo: Nora Whitaker <nora@example.net>\r\nSubject: Claim 7204418865\r\n\r\nHi Nora,\r\n\r\n"
	cases := []struct {
		body string
		want Level
	}{
		{"The repair estimate for claim number 7204418865 was approved: vehicle at the body shop, after your $500 deductible.", LevelNone},
		{"Claim number 7204418865: your copay for the visit is $40, after your $500 deductible.", LevelPHI},
		{"Claim number 7204418865 (vehicle collision): the MRI of your lumbar spine is covered after your deductible.", LevelPHI},
	}
	p := Default()
	for _, c := range cases {
		if s := p.Inspect([]byte(head+c.body+"\r\n"), Envelope{}); s.Level != c.want {
			t.Errorf("%q: %s, want %s (%s)", c.body, s.Level, c.want, places(s))
		}
	}
}

// TestSensitivityWords: an X-Sensitivity field that marks a message
// confidential or private asks for phi at least; an unknown word does not.
func TestSensitivityWords(t *testing.T) {
	for v, want := range map[string]Level{"Confidential": LevelPHI, "private": LevelPHI, "Restricted": LevelRestricted, "normal": LevelNone} {
		msg := "From: <a@clinic.example>\r\nTo: <b@other.example>\r\nX-Sensitivity: " + v + "\r\nSubject: curbside\r\n\r\nCall me.\r\n"
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("X-Sensitivity: %s: %s, want %s", v, s.Level, want)
		}
	}
}

// TestClaimLineCodes: a dotted ICD-10 shape on a claim line, beside a
// patient's Medicare number and date of service, is a diagnosis code.
func TestClaimLineCodes(t *testing.T) {
	msg := "From: <rejections@clearinghouse.example>\r\nTo: <billing@clinic.example>\r\nSubject: Claim rejected\r\n\r\n" +
		"Patient: SZABO, MARGARET   MBI 7QX2HJ8NW41\r\nDOS: 11/05/2026\r\nLines: 99214 E11.65, E11.649\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != LevelPHI {
		t.Errorf("a claim line: %s (%s)", s.Level, places(s))
	}
}

// TestInventedPeople: a message that says its people are invented (a CME
// quiz's fictional case, a test patient) names no patient; the same case
// without that says it does.
func TestInventedPeople(t *testing.T) {
	const head = "From: CME <cme@clinic.example>\r\nTo: <residents@clinic.example>\r\nSubject: Quiz 14\r\n\r\n"
	const body = "\"JD\" 67M, bed 7 (MRN 99000001), afib on warfarin, INR 3.4, started TMP-SMX for UTI.\r\n"
	for intro, want := range map[string]Level{"FICTIONAL CASE. All names and numbers are invented for teaching.\r\n": LevelNone,
		"Use the test patient below.\r\n": LevelNone, "Case for Thursday.\r\n": LevelPHI,
		"Attached: 150 generated rows for the staging import.\r\n": LevelNone, "[PROOF] Sent to the seed list only.\r\n": LevelNone,
		"Het gaat uitsluitend om fictieve testpersonen.\r\n":                                     LevelNone,
		"State mock trial packet. All names, events and records in this case are fictional.\r\n": LevelNone} {
		if s := Default().Inspect([]byte(head+intro+body), Envelope{}); s.Level != want {
			t.Errorf("%q: %s, want %s (%s)", intro, s.Level, want, places(s))
		}
	}
	// A phishing drill's lures speak to no one.
	drill := "From: Security <awareness@clinic.example>\r\nTo: <directors@clinic.example>\r\nSubject: Q4 results\r\n" +
		"Content-Type: text/html\r\n\r\n<p>Q4 phishing simulation results</p><table><tr><td>Updated: your COVID-19 test result</td>" +
		"<td>9.8%</td></tr></table><p>By department: Behavioral Health 6.0%, Oncology 7.7%.</p>\r\n"
	if s := Default().Inspect([]byte(drill), Envelope{}); s.Level != LevelNone {
		t.Errorf("phishing drill: %s (%s)", s.Level, places(s))
	}
	// Only its lures: an update that mentions the drill still names people.
	update := "From: IT <it@clinic.example>\r\nTo: <staff@clinic.example>\r\nSubject: weekly update\r\n\r\n" +
		"The phishing simulation ran Tuesday.\r\nPriya Szabo is out on medical leave after gallbladder surgery.\r\n"
	if s := Default().Inspect([]byte(update), Envelope{}); s.Level == LevelNone {
		t.Errorf("update naming a colleague's surgery beside a drill: %s (%s)", s.Level, places(s))
	}
}

// TestCustomerNotPatient: trade that greets its reader names a customer
// or a candidate, not a patient, however clinical its words; trade that
// names or speaks to a patient stays sensitive.
func TestCustomerNotPatient(t *testing.T) {
	const head = "From: Darnell Whitcombe <dw@staffing.example.com>\r\nTo: Ingrid Solvang <ingrid@example.net>\r\nSubject: Inpatient psychiatric RN - 13-week contract\r\n\r\nHi Ingrid,\r\n\r\n"
	cases := []struct {
		body string
		want Level
	}{
		{"Our staffing agency has a contract on an adult inpatient psychiatry unit with a detox step-down: involuntary holds, CIWA/COWS withdrawal scoring. Recruiter fee waived.", LevelNone},
		{"Our staffing agency invoice covers the sitter at your psychiatry appointment on May 3.", LevelRestricted},
		{"Ready for pickup: The Diabetes Cookbook for Beginners, call no. 641.56314 MAR. Bring your library card.", LevelNone},
		{"Thank you for your interest in the Behavioral Health Therapist position at Lakeside. We would like to schedule an interview next week.", LevelNone},
		{"Your intake interview at the eating disorder program is Tuesday at 9.", LevelRestricted},
	}
	p := Default()
	for _, c := range cases {
		if s := p.Inspect([]byte(head+c.body+"\r\n"), Envelope{}); s.Level != c.want {
			t.Errorf("%q: %s, want %s (%s)", c.body, s.Level, c.want, places(s))
		}
	}
}

// TestProgrammeSignature: a substance-use or behavioural-health
// programme signs all its mail with its name and its 42 CFR Part 2
// notice; mail that greets a reader about nothing of anyone's care is
// not restricted for it, and mail that speaks to a patient of their care
// is.
func TestProgrammeSignature(t *testing.T) {
	const head = "From: Dee Harmon <dharmon@riverbend.example.org>\r\nTo: <marcus@example.net>\r\nSubject: Thursday\r\n\r\nHi Marcus,\r\n\r\n"
	const sig = "\r\n\r\nDee\r\nRiverbend Addiction Treatment Services | Methadone Program\r\n" +
		"This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2).\r\n"
	cases := []struct {
		body string
		want Level
	}{
		{"Staff meeting moved to 3pm Thursday in room 2.", LevelNone},
		{"The projector in the group room is broken again; could IT look at it before Friday?", LevelNone},
		{"Your intake appointment is Thursday at 3pm.", LevelRestricted},
		{"You missed dosing today, please call us.", LevelRestricted},
	}
	p := Default()
	for _, c := range cases {
		if s := p.Inspect([]byte(head+c.body+sig), Envelope{}); s.Level != c.want {
			t.Errorf("%q: %s, want %s (%s)", c.body, s.Level, c.want, places(s))
		}
	}
}

// TestOperations: mail that runs a service (a workflow's go-live, a
// workshop, an outreach event) greets a colleague or a partner, however
// restricted its words; such mail that speaks to a patient of their care
// stays sensitive.
func TestOperations(t *testing.T) {
	const head = "From: Omar Haddad <omar@clinic.example.org>\r\nTo: <team@partner.example.net>\r\nSubject: next week\r\n\r\n"
	cases := []struct {
		body string
		want Level
	}{
		{"Hi Carla,\r\n\r\nAttached is the draft agenda for the suboxone prescriber workshop next month. Can you review the CME objectives?", LevelNone},
		{"Hi Ben, the postpartum depression screening workflow goes live Monday in Epic. Please remind the MAs to use the EPDS flowsheet.", LevelNone},
		{"Hi Dana, quick reminder that the HIV testing van will be at the Eastside library Saturday 10-2. Please share with your clients.", LevelNone},
		{"Hi Dana, your HIV test results from the testing van are ready; please call us.", LevelRestricted},
		{"Hi Ben, in your sandbox tenant sensitive-category resources (Part 2, HIV) are filtered unless the client has the segmentation scope.", LevelNone},
	}
	p := Default()
	for _, c := range cases {
		if s := p.Inspect([]byte(head+c.body+"\r\n"), Envelope{}); s.Level != c.want {
			t.Errorf("%q: %s, want %s (%s)", c.body, s.Level, c.want, places(s))
		}
	}
}

// TestColleagueByAddress: a greeting of the colleague whose address
// spells their name is a colleague's, though To: gives no display name.
func TestColleagueByAddress(t *testing.T) {
	const body = "\r\nSubject: thanks\r\n\r\nDear Priya,\r\n\r\nThe genetic counseling summary on BRCA testing is attached.\r\n"
	for to, want := range map[string]Level{"priya.patel@clinic.example.org": LevelNone, "priya.patel@example.net": LevelRestricted} {
		msg := "From: Omar Haddad <omar.haddad@clinic.example.org>\r\nTo: " + to + body
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("to %s: %s, want %s (%s)", to, s.Level, want, places(s))
		}
	}
}

// TestColleaguesGreeted: a greeting of two colleagues To: names is a
// colleague's too; of two people outside, perhaps a couple of patients.
func TestColleaguesGreeted(t *testing.T) {
	const body = "\r\nSubject: Reunión\r\n\r\nHola Maricel y Lien:\r\n\r\nLa reunión del equipo es el jueves. " +
		"El PHQ-9 y el GAD-7 en español ya están listos para el paquete de admisión.\r\n"
	for to, want := range map[string]Level{
		"Maricel Dela Cruz <mdc@lanternway.example.org>, Lien Tran <lt@lanternway.example.org>": LevelNone,
		"Maricel Dela Cruz <mdc@example.net>, Lien Tran <lt@example.net>":                       LevelRestricted,
	} {
		msg := "From: Tomás Aguilar <ta@lanternway.example.org>\r\nTo: " + to + body
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("to %s: %s, want %s (%s)", to, s.Level, want, places(s))
		}
	}
}

// TestSenderCalledByTitle: a sender who asks readers to call them by
// title ("chị Lien Tran") names no patient.
func TestSenderCalledByTitle(t *testing.T) {
	msg := "From: Lien Tran <ltran@lanternway.example.org>\r\nTo: <vn-community@lanternway.example.org>\r\nSubject: Hội thảo\r\n\r\n" +
		"Hội thảo về trầm cảm và lo âu. Xin gọi chị Lien Tran tại số (503) 555-0126 để ghi danh.\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != LevelNone {
		t.Errorf("a sender's own titled name: %s, want none (%s)", s.Level, places(s))
	}
}

// TestSubjectCareName: a name set apart in a subject that speaks of care
// is the patient's; in one about lunch it is not.
func TestSubjectCareName(t *testing.T) {
	for subject, want := range map[string]Level{
		"med hx update - Andre Whitfield":     LevelRestricted,
		"Team lunch Friday - Andre Whitfield": LevelNone,
	} {
		msg := "From: Jess Tran <jtran@dental.example.com>\r\nTo: Dr. K <k@dental.example.com>\r\nSubject: " + subject +
			"\r\n\r\nHe added that he is HIV positive, on Biktarvy.\r\n"
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%q: %s, want %s (%s)", subject, s.Level, want, places(s))
		}
	}
}

// TestCheeredReader: a first line that cheers the reader by name ("Great
// job, Tyler!") greets them as "Hi Tyler," does; a welcome to a new
// account does not.
func TestCheeredReader(t *testing.T) {
	for first, want := range map[string]Level{
		"Great job, Tyler!":            LevelRestricted,
		"Welcome to MyRewards, Tyler!": LevelNone,
	} {
		msg := "From: Rewards <rewards@recovery.example.org>\r\nTo: tyler.brandt@mail.example.com\r\nSubject: You earned $15\r\n\r\n" +
			first + "\r\n\r\nYour sample on Thursday was negative. Contingency management reward: $15.\r\n"
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%q: %s, want %s (%s)", first, s.Level, want, places(s))
		}
	}
}

// TestColleagues: a greeting to a recipient at the sender's own domain
// greets a colleague; to anyone else, perhaps a patient.
func TestColleagues(t *testing.T) {
	cases := []struct {
		from, to string
		want     bool
	}{
		{"Security <security@lakeshore.example.org>", "Tobias <tw@Lakeshore.example.org>", true},
		{"a@lakeshore.example.org", "b@lakeshore.example.org, c@lakeshore.example.org", true},
		{"a@lakeshore.example.org", "b@lakeshore.example.org, Ana <ana@example.net>", false},
		{"Nurses <nurses@fertility.example.com>", "Amelie <amelie@example.com>", false}, // a parent domain is not the sender's
		{"a@lakeshore.example.org", "Tobias", false},
		{"a@lakeshore.example.org", `"Wenzel, Tobias" <tw@lakeshore.example.org>, "O'Hara, \"Mo\", RN" <mo@lakeshore.example.org>`, true},
		{"a@lakeshore.example.org", `"Wenzel, Tobias" <tw@lakeshore.example.org>, "Ana, Sousa" <ana@example.net>`, false},
		{"", "b@lakeshore.example.org", false},
	}
	for _, c := range cases {
		if got := colleagues(c.from, c.to); got != c.want {
			t.Errorf("colleagues(%q, %q) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
	msg := "From: Security <security@lakeshore.example.org>\r\nTo: Tobias <tw@lakeshore.example.org>\r\nSubject: Badge\r\n\r\n" +
		"Hi Tobias,\r\n\r\nYour badge is ready. The EAP offers counseling for depression and anxiety.\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != LevelNone {
		t.Errorf("a colleague's greeting beside a footer's restricted words: %s (%s)", s.Level, places(s))
	}
	leave := "From: Employee Health <eh@lakeshore.example.org>\r\nTo: \"Wenzel, Tobias\" <tw@lakeshore.example.org>\r\nSubject: Clearance\r\n\r\n" +
		"Hi Tobias,\r\n\r\nYour return-to-work date after the knee arthroscopy is Monday; light duty for two weeks.\r\n"
	if s := Default().Inspect([]byte(leave), Envelope{}); s.Level == LevelNone {
		t.Errorf("a colleague greeted about their own return to work after surgery: %s (%s)", s.Level, places(s))
	}
	for to, want := range map[string]bool{
		`"Dra. Cristiane Leal" <cl@hospital.example>`: true, `"Iwasaki, Noboru PharmD" <ni@ovh.example>`: true,
		"Renata Okonjo MD <ro@mail.example>": true, `"Ingeborg Sallis, Practice Manager" <is@clinic.example>`: true,
		"Amelia Castellano <ac@mail.example>": false, "Do Van Minh <dvm@mail.example>": false, // Do is a name
		"<ac@mail.example>": false, "Dr. Ana Ruiz <a@x.example>, Dr. Bo Li <b@x.example>": false,
	} {
		if got := professional(to); got != want {
			t.Errorf("professional(%q) = %v, want %v", to, got, want)
		}
	}
	vendor := "From: Clearway Certification <reports@clearway.example.com>\r\nTo: \"Iwasaki, Noboru PharmD\" <ni@ovh.example.org>\r\n" +
		"Subject: Certification report\r\n\r\nHi Noboru,\r\n\r\nThe cleanroom failed its viable air sample; the vancomycin and morphine " +
		"compounding hood is closed until the repeat test.\r\n"
	if s := Default().Inspect([]byte(vendor), Envelope{}); s.Level != LevelNone {
		t.Errorf("a vendor greeting a pharmacist: %s (%s)", s.Level, places(s))
	}
	patient := strings.Replace(vendor, "Clearway Certification <reports@clearway.example.com>", "Noor Haddad <noor@mail.example.net>", 1)
	patient = strings.Replace(patient, "The cleanroom failed", "My refill of trazodone ran out and the cleanroom failed", 1)
	if s := Default().Inspect([]byte(patient), Envelope{}); s.Level == LevelNone {
		t.Errorf("a patient writing to her pharmacist: %s (%s)", s.Level, places(s))
	}
	payer := "From: Amparo Saude Contratos <contratos@amparo.example.com>\r\nTo: <cl@hospital.example.org>\r\nSubject: Proposta 2027\r\n\r\n" +
		"Prezada Dra. Cristiane,\r\n\r\nSegue a proposta de reajuste: cesariana, gastroplastia e internação psiquiátrica.\r\n"
	if s := Default().Inspect([]byte(payer), Envelope{}); s.Level != LevelNone {
		t.Errorf("a payer greeting a hospital's doctor: %s (%s)", s.Level, places(s))
	}
	own := strings.Replace(payer, "Amparo Saude Contratos", "Marta Souza", 1)
	if s := Default().Inspect([]byte(own), Envelope{}); s.Level == LevelNone {
		t.Errorf("a person greeting her doctor: %s (%s)", s.Level, places(s))
	}
}

// TestDocumentReaders: "your appointment" inside an attached protocol
// speaks to whoever reads it; the same words in a letter to a named
// patient do not.
func TestDocumentReaders(t *testing.T) {
	msg := func(body, doc string) []byte {
		return []byte("From: ID Clinic <id@clinic.example>\r\nTo: <pharmacy@clinic.example>\r\nSubject: protocol\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" +
			body + "\r\n--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=doc.txt\r\n\r\n" + doc + "\r\n--b--\r\n")
	}
	const doc = "Before your appointment, stop taking rifampin. Injectable PrEP with cabotegravir starts after a negative HIV test."
	if s := Default().Inspect(msg("Draft protocol attached for review.", doc), Envelope{}); s.Level != LevelNone {
		t.Errorf("a protocol's reader: %s (%s)", s.Level, places(s))
	}
	named := "Patient: Ana Rivera, DOB 04/12/1961.\r\n" + doc
	if s := Default().Inspect(msg("Attached.", named), Envelope{}); s.Level != LevelRestricted {
		t.Errorf("a named patient's document: %s (%s)", s.Level, places(s))
	}
	bounce := []byte("From: Mail Delivery System <MAILER-DAEMON@mx.clinic.example>\r\nTo: <reminders@clinic.example>\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n" +
		"From: <reminders@clinic.example>\r\nTo: <kwabena@mail.example.net>\r\nSubject: Reminder\r\n\r\n" + doc + "\r\n--b--\r\n")
	if s := Default().Inspect(bounce, Envelope{}); s.Level == LevelNone {
		t.Errorf("a bounced letter to one patient: %s (%s)", s.Level, places(s))
	}
}

// TestPartNumbers: SSN-shaped numbers in a quote are part numbers; with
// the SSN keyword, or outside trade, they are SSNs.
func TestPartNumbers(t *testing.T) {
	const head = "From: Purchasing <po@clinic.example>\r\nTo: Lonnie <lonnie@vendor.example>\r\nSubject: "
	cases := []struct {
		subject, body string
		ssn           bool
	}{
		{"Quote", "Please quote part 410-52-8821 (SpO2 sensor) and 410-52-8830, ship-to our dock.", false},
		{"Quote", "Please quote part 410-52-8821; patient SSN 233-07-1145 for the order.", true},
		{"Your visit", "Your SpO2 was 91%. Record 410-52-8821.", true},
	}
	p := Default()
	for _, c := range cases {
		x := p.Explain([]byte(head+c.subject+"\r\n\r\nHi Lonnie,\r\n\r\n"+c.body+"\r\n"), Envelope{}, false)
		got := false
		for _, f := range x.Sensitivity.Findings {
			got = got || f.Kind == "ssn"
		}
		if got != c.ssn {
			t.Errorf("%q: ssn found %v, want %v (%s)", c.body, got, c.ssn, places(x.Sensitivity))
		}
	}
}

// TestLabelledTestData: a FHIR bundle its sender tags HTEST (test health
// data) is nobody's record, structure and text alike; the same bundle
// untagged is a patient's.
func TestLabelledTestData(t *testing.T) {
	msg := func(tag string) []byte {
		bundle := `{"resourceType":"Bundle",` + tag + `"entry":[{"resource":{"resourceType":"Patient","id":"p1",` +
			`"name":[{"family":"Okafor","given":["Benedict"]}],"birthDate":"1961-03-14"}},` +
			`{"resource":{"resourceType":"Condition","subject":{"reference":"Patient/p1"},"code":{"text":"Type 2 diabetes mellitus"}}}]}`
		return []byte("From: Dev <dev@vendor.example>\r\nTo: <qa@clinic.example>\r\nSubject: sample payload\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSample attached.\r\n" +
			"--b\r\nContent-Type: application/fhir+json\r\nContent-Disposition: attachment; filename=b.json\r\n\r\n" + bundle + "\r\n--b--\r\n")
	}
	htest := `"meta":{"tag":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActReason","code":"HTEST"}]},`
	if s := Default().Inspect(msg(htest), Envelope{}); s.Level != LevelNone {
		t.Errorf("HTEST bundle: %s (%s)", s.Level, places(s))
	}
	if s := Default().Inspect(msg(""), Envelope{}); s.Level == LevelNone {
		t.Errorf("untagged bundle: %s (%s)", s.Level, places(s))
	}
	// A text that speaks of test patients does not unsay a payload that
	// does not mark itself: "this one is real, the test patient didn't
	// trigger the rule".
	real := bytes.Replace(msg(""), []byte("Sample attached."), []byte("This one is real: the test patient didn't trigger the rule."), 1)
	if s := Default().Inspect(real, Envelope{}); s.Level == LevelNone {
		t.Errorf("untagged bundle beside a test patient: %s (%s)", s.Level, places(s))
	}
	synth := `"meta":{"tag":[{"code":"TEST","display":"testdata"}]},`
	if s := Default().Inspect(msg(synth), Envelope{}); s.Level != LevelNone {
		t.Errorf("bundle tagged TEST: %s (%s)", s.Level, places(s))
	}
}

// TestVeterinaryOwner: a practice writing to a pet's owner about the
// pet's bloodwork writes about no human patient.
func TestVeterinaryOwner(t *testing.T) {
	msg := "From: Cedar Hollow Veterinary Hospital <frontdesk@vet.example>\r\nTo: Rhea Halloran <rhea@example.net>\r\nSubject: Biscuit's dental\r\n\r\n" +
		"Hi Rhea,\r\n\r\nBefore Biscuit's dental cleaning, your dog needs pre-op bloodwork. Patient: Rhea Halloran (owner).\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != LevelNone {
		t.Errorf("a pet's estimate: %s (%s)", s.Level, places(s))
	}
}

// TestFamilyMember: a name with the reader's or the writer's family name
// and another given name is one of their family, the one whose care a
// practice writes to a parent about; the reader's or writer's own name,
// middle name or no, is not.
func TestFamilyMember(t *testing.T) {
	for msg, want := range map[string]Level{
		"From: Hannah Kowalczyk <hannah@speech.example.org>\r\nTo: Megan Lindgren <megan@example.net>\r\nSubject: Video link - Ava Lindgren speech therapy 3:30 (stuttering f/u)\r\n\r\nSee you soon!\r\n":                        LevelPHI,
		"From: Hannah Kowalczyk <hannah@speech.example.org>\r\nTo: Megan Lindgren <megan@example.net>\r\nSubject: Video link - speech therapy 3:30 (stuttering f/u)\r\n\r\nSee you soon!\r\n":                                     LevelNone,
		"From: Ana Lucia Quarles <alq@clinic.example.org>\r\nTo: Clinical Staff <staff@clinic.example.org>\r\nSubject: Contraception quick reference\r\n\r\nThe IUD and implant chart is attached.\r\n\r\nLucia Quarles, CNM\r\n": LevelNone,
		"From: Megan Lindgren <megan@example.net>\r\nTo: Hannah Kowalczyk <hannah@speech.example.org>\r\nSubject: Thursday\r\n\r\nAva Lindgren has a cold, can we move her speech therapy?\r\n":                                   LevelPHI,
	} {
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%.70q: %s, want %s (%s)", msg[strings.Index(msg, "Subject"):], s.Level, want, places(s))
		}
	}
}

// TestAccentedReader: the reader's given name greets them with its
// accents as without.
func TestAccentedReader(t *testing.T) {
	for _, n := range []string{"Graça", "Graca", "Zoë", "José"} {
		msg := "From: Vitalink <no-reply@vitalink.example.com>\r\nTo: " + n + " Ahn <ahn@inbox.example.com>\r\nSubject: Hoje\r\n\r\n" +
			n + ", a clínica vai entrar na sua consulta por vídeo às 8h00.\r\n"
		if s := Default().Inspect([]byte(msg), Envelope{}); !hasKinds(s, "salutation") {
			t.Errorf("%s: not greeted (%s)", n, places(s))
		}
	}
}

// TestAutoNotice: a system's notice to one reader that asks not to be
// answered (Precedence: bulk beside Auto-Submitted) is no mailing; the
// same text sent to a list is.
func TestAutoNotice(t *testing.T) {
	body := "Subject: Work status - Darnell Pickett\r\n\r\nEmployee: Darnell Pickett\r\nDiagnosis: 4 cm laceration, left palm; 6 sutures.\r\nNext visit: wound check.\r\n"
	for hdr, want := range map[string]Level{
		"Auto-Submitted: auto-generated\r\nPrecedence: bulk\r\n":                                      LevelPHI,
		"Precedence: bulk\r\nList-Unsubscribe: <https://occ.example.com/u>\r\n":                       LevelNone,
		"Auto-Submitted: auto-generated\r\nPrecedence: bulk\r\nList-Id: <status.occ.example.com>\r\n": LevelNone,
	} {
		msg := "From: Ironworks Occupational Health <workstatus@occ.example.com>\r\nTo: Glenn Marsh <safety@steel.example.net>\r\n" + hdr + body
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%q: %s, want %s (%s)", hdr, s.Level, want, places(s))
		}
	}
	vet := "From: Tierarztpraxis am Hafen <erinnerung@tierarzt.example.de>\r\nTo: Greta Lindholm <greta@example.net>\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\nSubject: Biscuit: Impfung fällig\r\n\r\n" +
		"Liebe Frau Lindholm,\r\n\r\nbei Biscuit (Hund, 6 Jahre) ist die Borreliose-Impfung fällig. Beim letzten Besuch hatten wir eine leichte Arthrose festgestellt.\r\n"
	if s := Default().Inspect([]byte(vet), Envelope{}); s.Level != LevelNone {
		t.Errorf("a dog's vaccine reminder: %s (%s)", s.Level, places(s))
	}
}

// TestStaffHealth: an organisation's employee health service writing to
// one of its staff by name writes of that colleague's own care.
func TestStaffHealth(t *testing.T) {
	msg := "From: Employee Health <employeehealth@stbrendan.example.org>\r\nTo: \"Ana Ferreira, RN\" <aferreira@stbrendan.example.org>\r\nSubject: Needlestick follow-up plan\r\n\r\n" +
		"Ana,\r\n\r\nFollow-up from Saturday's needlestick:\r\n  - Your baseline HIV, hepatitis B and C tests were negative.\r\n  - Repeat HIV testing at 6 weeks.\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != LevelRestricted {
		t.Errorf("to one nurse: %s (%s)", s.Level, places(s))
	}
	all := strings.Replace(msg, "\"Ana Ferreira, RN\" <aferreira@", "All Nursing Staff <nursing@", 1)
	all = strings.Replace(all, "Ana,\r\n\r\nFollow-up from Saturday's needlestick:\r\n  - Your baseline HIV, hepatitis B and C tests were negative.", "Team,\r\n\r\nAfter a needlestick, baseline HIV, hepatitis B and C tests are drawn.", 1)
	if s := Default().Inspect([]byte(all), Envelope{}); s.Level != LevelNone {
		t.Errorf("to all nursing staff: %s (%s)", s.Level, places(s))
	}
}

// TestKinSubject: a subject that is all a relative says whom a family's
// message is about; a party for grandma is no one's care.
func TestKinSubject(t *testing.T) {
	for msg, want := range map[string]Level{
		"From: Jenna Holloway <jenna@mail.example.net>\r\nTo: Mark Holloway <mark@inbox.example.com>\r\nSubject: dad\r\n\r\nat quickcare w dad. they think kidney stone, 6mm on the ct. gave him toradol\r\n": LevelPHI,
		"From: Jenna Holloway <jenna@mail.example.net>\r\nTo: Mark Holloway <mark@inbox.example.com>\r\nSubject: Re: grandma\r\n\r\nchairs for the party are booked, 40 of them\r\n":                          LevelNone,
		"From: QuickCare <news@quickcare.example.com>\r\nTo: Mark Holloway <mark@inbox.example.com>\r\nSubject: dad\r\n\r\nKidney stone? Toradol and flomax at our urgent care.\r\n":                          LevelNone,
	} {
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%.50q: %s, want %s (%s)", msg[strings.Index(msg, "Subject"):], s.Level, want, places(s))
		}
	}
}

// TestRecipientNote: a note a front desk saved in a patient's display
// name is read as the sender's name is; a plain recipient name is not.
func TestRecipientNote(t *testing.T) {
	for to, want := range map[string]Level{
		`"Thomas Abara (acct 77120 - ankle fx f/u ortho)" <tabara@inbox.example.com>`: LevelPHI,
		`Thomas Abara <tabara@inbox.example.com>`:                                     LevelNone,
		`"Walt Simmons (R BKA - socket refit pending)" <walt@inbox.example.com>`:      LevelPHI,  // a note's clinical words alone
		`"Rosa Ibarra - wound clinic Tu/Th, L heel ulcer" <rosa@inbox.example.net>`:   LevelPHI,  // a note after a dash
		`"Rosa Ibarra - Wound Care Nurse Coordinator" <rosa@inbox.example.net>`:       LevelNone, // her job
		`"Rosa Ibarra - Oncology" <rosa@inbox.example.net>`:                           LevelNone, // her department
	} {
		msg := "From: QuickCare Billing <billing@quickcare-uc.example.com>\r\nTo: " + to + "\r\nSubject: How did we do?\r\n\r\n" +
			"Thank you for choosing QuickCare. Please take our 2-minute survey.\r\n\r\nQuickCare Urgent Care\r\n"
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("to %s: %s, want %s (%s)", to, s.Level, want, places(s))
		}
	}
}

// TestLookalike: a sender's domain that spells the recipient's with
// look-alike characters is a phish's; another organisation's is not.
func TestLookalike(t *testing.T) {
	for _, c := range []struct {
		from, to string
		want     bool
	}{
		{"wrenfie1d-portal.test", "wrenfieldhealth.example.org", true},
		{"rnercyhospital.example.net", "mercyhospital.example.org", true},
		{"wrenfieldhealth.example.org", "wrenfieldhealth.example.org", false},
		{"ostranderlab.example.com", "wrenfieldhealth.example.org", false},
		{"mercy1.example.com", "mercyhospital.example.org", false},       // too short a likeness
		{"wrenfield2.example.org", "wrenfieldhealth.example.org", false}, // no look-alike letter
	} {
		if got := lookalike(c.from, c.to); got != c.want {
			t.Errorf("lookalike(%q, %q) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
}

// TestSenderDepartment: a sender's department in brackets is where they
// work, not a note on a patient.
func TestSenderDepartment(t *testing.T) {
	msg := "From: \"Sarah Kim (cardiology, diabetes clinic)\" <skim@clinic.example.org>\r\nTo: Front Desk <desk@clinic.example.org>\r\nSubject: Friday\r\n\r\n" +
		"Hi, I'll be in late Friday morning; the new metformin patient handouts are in my box. Sarah\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != LevelNone {
		t.Errorf("%s (%s)", s.Level, places(s))
	}
}

// TestVetCareer: a family newsletter that says a nephew will study
// veterinary medicine still tells of the uncle's dialysis.
func TestVetCareer(t *testing.T) {
	msg := "From: Ana Valdivia <ana@correo.example.net>\r\nTo: Tomas Valdivia <tomas@correo.example.net>\r\nSubject: Noticias\r\n\r\n" +
		"El tío Memo Valdivia empezó hemodiálisis en marzo por la diabetes. Y Sofía quiere estudiar medicina veterinaria.\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != LevelPHI {
		t.Errorf("%s (%s)", s.Level, places(s))
	}
}

// TestToothNotPet: a canine is a tooth in a dentist's letter and "perro"
// a word a child practises in speech therapy; neither makes the patient
// a pet.
func TestToothNotPet(t *testing.T) {
	for _, msg := range []string{
		"From: Kevin Oyelaran <drkevin@ortho.example.com>\r\nTo: Priya Natarajan <dr.natarajan@dental.example.com>\r\nSubject: Consult - Sophie Lindahl\r\n\r\n" +
			"Dr. Natarajan,\r\n\r\nThank you for referring Sophie Lindahl (DOB 01/09/2013). Upper left canine (#11) is blocked out. Please restore her caries on #19 first.\r\n",
		"From: Hannah Kowalczyk <hannah@speech.example.org>\r\nTo: Luis Ramirez <luis@example.com>\r\nSubject: Tarea de Mateo\r\n\r\n" +
			"Hola Sr. Ramírez:\r\n\r\nAquí está la tarea de Mateo. La \"rr\" fuerte (perro, carro) todavía no.\r\n\r\nHannah Kowalczyk, CCC-SLP\r\nLittle Words Speech Therapy\r\n",
	} {
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != LevelPHI {
			t.Errorf("%.60q: %s (%s)", msg[strings.Index(msg, "Subject"):], s.Level, places(s))
		}
	}
}

// TestX12Claims: an 837 a clearinghouse sends names its subscriber and
// what was billed: phi. The same interchange marked test (ISA15 T), or
// an acknowledgement, names no one.
func TestX12Claims(t *testing.T) {
	msg := func(usage, set string) []byte {
		isa := "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *261201*1200*^*00501*000000905*0*" + usage + "*:~\r\n"
		return []byte("From: <edi@clearinghouse.example>\r\nTo: <billing@clinic.example>\r\nSubject: batch 905\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nBatch attached.\r\n" +
			"--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=batch905.dat\r\n\r\n" +
			isa + set + "\r\n--b--\r\n")
	}
	claim := "ST*837*0001*005010X222A1~\r\nNM1*IL*1*TESTPERSON*INVENTED****MI*W000000001~\r\nDMG*D8*19610314*M~\r\n" +
		"CLM*PCN00482*150***11:B:1*Y*A*Y*Y~\r\nHI*ABK:E119~\r\nSV1*HC:99214*150*UN*1***1~\r\nSE*7*0001~\r\n"
	ack := "ST*999*0001*005010X231A1~\r\nAK1*HC*905*005010X222A1~\r\nIK5*A~\r\nAK9*A*1*1*1~\r\nSE*5*0001~\r\n"
	for _, c := range []struct {
		usage, set string
		want       Level
	}{{"P", claim, LevelPHI}, {"T", claim, LevelNone}, {"P", ack, LevelNone}} {
		if s := Default().Inspect(msg(c.usage, c.set), Envelope{}); s.Level != c.want || c.want == LevelPHI && !hasKinds(s, "x12") {
			t.Errorf("ISA15 %s, %.6s: %s (%s), want %s", c.usage, c.set, s.Level, places(s), c.want)
		}
	}
}

// TestWorkbook2003: an Excel 2003 XML roster is read as a table of
// patients, as a CSV export is.
func TestWorkbook2003(t *testing.T) {
	rows := `<Row><Cell><Data ss:Type="String">MRN</Data></Cell><Cell><Data ss:Type="String">Patient</Data></Cell>` +
		`<Cell><Data ss:Type="String">DOB</Data></Cell></Row>`
	for i := range 12 {
		rows += fmt.Sprintf(`<Row><Cell><Data ss:Type="String">0048%04d</Data></Cell><Cell><Data ss:Type="String">Rivera, Ana</Data></Cell>`+
			`<Cell><Data ss:Type="String">1970-01-%02d</Data></Cell></Row>`, i, i+1)
	}
	msg := "From: <sys@vendor.example>\r\nTo: <ops@clinic.example>\r\nSubject: export\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: application/vnd.ms-excel; name=roster.xml\r\n\r\n<?xml version=\"1.0\"?>\r\n" +
		`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">` +
		"<Worksheet><Table>" + rows + "</Table></Worksheet></Workbook>\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); !hasKinds(s, "patient-table") {
		t.Errorf("workbook: %s (%s)", s.Level, places(s))
	}
}

// TestMailingToAnyone: a newsletter that greets no one and names no
// identifier speaks to every reader, however much its "your counselor"
// and its programmes say; the same mailing greeting one member about
// their care does not.
func TestMailingToAnyone(t *testing.T) {
	body := "Feeling low this season? Seasonal affective disorder and bipolar disorder are treatable; " +
		"cognitive behavioral therapy helps. Your counselor is there for you; ask about naltrexone for alcohol use disorder.\r\n" +
		"Unsubscribe or manage your email preferences.\r\n"
	msg := func(greeting string) []byte {
		return []byte("From: <newsletter@eap.example.com>\r\nTo: <members@lists.example.com>\r\nSubject: December newsletter\r\n" +
			"List-Unsubscribe: <mailto:u@eap.example.com>\r\n\r\n" + greeting + body)
	}
	if s := Default().Inspect(msg(""), Envelope{}); s.Level != LevelNone {
		t.Errorf("newsletter: %s (%s)", s.Level, places(s))
	}
	if s := Default().Inspect(msg("Dear Maria,\r\n\r\nYour therapy session with Dr. Ellis is on 12/03. "), Envelope{}); s.Level == LevelNone {
		t.Errorf("mailing to one member about her care: %s (%s)", s.Level, places(s))
	}
}

// TestCategoryLists: a counterparty greeted over a list of restricted
// categories (a subpoena policy, a contract) is no patient; a patient
// greeted about one category's care is.
func TestCategoryLists(t *testing.T) {
	msg := func(body string) []byte {
		return []byte("From: Dana Pham <dpham@clinic.example>\r\nTo: Gordon Ashcombe <ga@law.example>\r\nSubject: draft\r\n\r\nHi Gordon,\r\n\r\n" + body)
	}
	list := "Section 4 covers psychotherapy notes, HIV test results, genetic test results and 42 CFR Part 2 records.\r\n"
	if s := Default().Inspect(msg(list), Envelope{}); s.Level != LevelNone {
		t.Errorf("a policy's list of categories: %s (%s)", s.Level, places(s))
	}
	if s := Default().Inspect(msg("Your HIV test results are ready; we can talk about PrEP at your visit.\r\n"), Envelope{}); s.Level != LevelRestricted {
		t.Errorf("one reader's HIV care: %s (%s)", s.Level, places(s))
	}
}

// TestWorkbookRecords: an Excel sheet of patients is read as a table of
// records, as the same rows in a CSV are.
func TestWorkbookRecords(t *testing.T) {
	var rows strings.Builder
	rows.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>MRN</t></is></c><c r="B1" t="inlineStr"><is><t>Patient</t></is></c><c r="C1" t="inlineStr"><is><t>DOB</t></is></c></row>`)
	for i := 2; i < 14; i++ {
		rows.WriteString(fmt.Sprintf(`<row r="%d"><c r="A%d"><v>4481%02d</v></c><c r="B%d" t="inlineStr"><is><t>Rivera, Ana</t></is></c><c r="C%d" t="inlineStr"><is><t>1970-01-%02d</t></is></c></row>`, i, i, i, i, i, i))
	}
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	for name, body := range map[string]string{"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"xl/workbook.xml": `<workbook/>`, "xl/worksheets/sheet1.xml": "<worksheet><sheetData>" + rows.String() + "</sheetData></worksheet>"} {
		f, _ := zw.Create(name)
		f.Write([]byte(body))
	}
	zw.Close()
	msg := "From: <a@example.com>\r\nTo: <b@example.com>\r\nSubject: list\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=list.xlsx\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(zb.Bytes()) + "\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); !hasKinds(s, "patient-table") {
		t.Errorf("xlsx patient list: %s (%s)", s.Level, places(s))
	}
}

// TestReturnedSubjects: the subject of a message carried inside another
// is read as a subject, whether the message is forwarded whole or a
// bounce returns only its header (text/rfc822-headers).
func TestReturnedSubjects(t *testing.T) {
	inner := "From: Dr. Carl Whitfield <cw@clinic.example>\r\nTo: intake@rheum.example\r\n" +
		"Subject: Referral - Ostrowski, Teresa - ANA 1:640 speckled\r\nDate: Thu, 03 Dec 2026 10:02:11 -0500\r\n"
	msg := func(ct, part string) []byte {
		return []byte("From: MAILER-DAEMON@mx.clinic.example\r\nTo: cw@clinic.example\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n" +
			"--b\r\nContent-Type: " + ct + "\r\n\r\n" + part + "\r\n--b--\r\n")
	}
	for _, ct := range []string{"text/rfc822-headers", "message/rfc822"} {
		if s := Default().Inspect(msg(ct, inner+"\r\nSee attached.\r\n"), Envelope{}); s.Level != LevelPHI {
			t.Errorf("%s: %s (%s)", ct, s.Level, places(s))
		}
	}
	routine := strings.Replace(inner, "Referral - Ostrowski, Teresa - ANA 1:640 speckled", "Lunch and learn: ANA testing update", 1)
	if s := Default().Inspect(msg("text/rfc822-headers", routine), Envelope{}); s.Level != LevelNone {
		t.Errorf("a returned invite: %s (%s)", s.Level, places(s))
	}
}

// TestDigestPosts: a digest's post with no Content-Type of its own is a
// message (RFC 2046 5.1.5), so its header's encoding is undone before it
// is read: a base64 post that names a patient is found.
func TestDigestPosts(t *testing.T) {
	post := func(body string) string {
		return "From: Dana Cole <dcole@clinic.example>\r\nTo: id-list@lists.clinic.example\r\nSubject: Clinic follow-up\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
			base64.StdEncoding.EncodeToString([]byte(body)) + "\r\n"
	}
	msg := func(body string) []byte {
		return []byte("From: id-list-request@lists.clinic.example\r\nTo: id-list@lists.clinic.example\r\n" +
			"Subject: id-list Digest, Vol 12, Issue 3\r\nMIME-Version: 1.0\r\nContent-Type: multipart/digest; boundary=d\r\n\r\n" +
			"--d\r\n\r\n" + post(body) + "--d--\r\n")
	}
	named := "Ana Rivera (MRN 44712093) is due for her HIV viral load; she restarted Biktarvy last week."
	if s := Default().Inspect(msg(named), Envelope{}); s.Level != LevelRestricted {
		t.Errorf("a base64 post naming a patient: %s (%s)", s.Level, places(s))
	}
	general := "The HIV viral load assay moves to the new analyzer on Monday; Biktarvy stock is unchanged."
	if s := Default().Inspect(msg(general), Envelope{}); s.Level != LevelNone {
		t.Errorf("a base64 post naming no one: %s (%s)", s.Level, places(s))
	}
}

// TestQuotedSubjects: the subject of a message a forward or a reply
// quotes in its body is read as a subject, in HTML too and in the
// labels of other languages; a form's "Subject:" field with no From line
// above it is text.
func TestQuotedSubjects(t *testing.T) {
	msg := func(ct, body string) []byte {
		return []byte("From: Dana Cole <dcole@clinic.example>\r\nTo: Lee Park <lpark@clinic.example>\r\nSubject: FW: see below\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: " + ct + "; charset=utf-8\r\n\r\nFYI\r\n\r\n" + body)
	}
	const referral = "Referral - Ostrowski, Teresa - ANA 1:640 speckled"
	cases := []struct {
		name, ct, body string
		want           Level
	}{
		{"outlook", "text/plain", "-----Original Message-----\r\nFrom: Carl Whitfield <cw@rheum.example>\r\n" +
			"Sent: Thursday, December 3, 2026 10:02 AM\r\nTo: Intake <intake@rheum.example>\r\nSubject: " + referral + "\r\n\r\nSee attached.\r\n", LevelPHI},
		{"quoted reply", "text/plain", "> From: Carl Whitfield <cw@rheum.example>\r\n> Subject: " + referral + "\r\n>\r\n> See attached.\r\n", LevelPHI},
		{"spanish", "text/plain", "---------- Mensaje reenviado ---------\r\nDe: Carl Whitfield <cw@rheum.example>\r\n" +
			"Fecha: jue, 3 dic 2026\r\nAsunto: " + referral + "\r\n\r\nVer adjunto.\r\n", LevelPHI},
		{"html", "text/html", "<div><b>From:</b> Carl Whitfield<br><b>Sent:</b> Thursday<br><b>Subject:</b> " + referral +
			"</div><p>See attached.</p>", LevelPHI},
		{"form field", "text/plain", "Please fill in the request form:\r\nTopic: records\r\nRequester: Carl Whitfield\r\n" +
			"Department: rheumatology\r\nReason: audit\r\nNotes: none\r\nSubject: Ostrowski, Teresa\r\n", LevelNone},
		{"forwarded newsletter", "text/plain", "From: Rheum News <news@rheum.example>\r\nSubject: ANA testing update for clinics\r\n\r\nNew reference ranges.\r\n", LevelNone},
	}
	for _, c := range cases {
		if s := Default().Inspect(msg(c.ct, c.body), Envelope{}); s.Level != c.want {
			t.Errorf("%s: %s, want %s (%s)", c.name, s.Level, c.want, places(s))
		}
	}
}

// TestTallied: a greeting over counts of patients and their care greets
// a counterparty (a reporter, an auditor, an insurer); a greeting over
// one person's care is a letter to them.
func TestTallied(t *testing.T) {
	msg := func(body string) []byte {
		return []byte("From: Rafaela Nunes <rn@hospital.example.org>\r\nTo: Wren Hyde <wren@courier.example.net>\r\nSubject: Re: numbers\r\n\r\nHi Wren,\r\n\r\n" + body)
	}
	counts := "Our emergency departments treated 1,146 patients for suspected opioid overdose this year; " +
		"62% of those patients were offered buprenorphine and 3,870 naloxone kits went out. Denials fell to 212 claims.\r\n"
	if s := Default().Inspect(msg(counts), Envelope{}); s.Level != LevelNone {
		t.Errorf("counts for a reporter: %s (%s)", s.Level, places(s))
	}
	one := "Your buprenorphine refill is ready at the pharmacy; we moved your visit to Tuesday.\r\n"
	if s := Default().Inspect(msg(one), Envelope{}); s.Level != LevelRestricted {
		t.Errorf("one reader's treatment: %s (%s)", s.Level, places(s))
	}
	if s := Default().Inspect(msg("In 2025 patients and in 2026 members told us the buprenorphine clinic was hard to reach.\r\n"), Envelope{}); s.Level == LevelNone {
		t.Errorf("a year is no count: %s (%s)", s.Level, places(s))
	}
}

// TestLayoutTables: the tables an HTML mail lays itself out in are not
// tables of records; a table of one patient's row is.
func TestLayoutTables(t *testing.T) {
	msg := func(html string) []byte {
		return []byte("From: Lakeside Health <news@lakeside.example.org>\r\nTo: g@mail.example.com\r\nSubject: Update\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html)
	}
	layout := `<table role="presentation"><tr><td>g@mail.example.com will no longer receive Healthy Living or other marketing e-mail.</td>` +
		`<td>You will still receive messages about your account, appointments and bills.</td></tr>` +
		`<tr><td>Lakeside Health</td><td>2200 Lakeshore Parkway</td></tr></table>`
	if s := Default().Inspect(msg(layout), Envelope{}); s.Level != LevelNone {
		t.Errorf("a layout table: %s (%s)", s.Level, places(s))
	}
	if s := Default().Inspect(readMsg(t, "wide13/none/171-trap-unsubscribe-confirmation.eml"), Envelope{}); s.Level != LevelNone {
		t.Errorf("a template's layout: %s (%s)", s.Level, places(s))
	}
	one := `<table><tr><th>Patient</th><th>MRN</th><th>DOB</th><th>Diagnosis</th></tr><tr><td>Ana Ruiz</td><td>00482291</td><td>03/14/1961</td><td>Type 2 diabetes</td></tr></table>`
	if s := Default().Inspect(msg(one), Envelope{}); s.Level == LevelNone {
		t.Errorf("one patient's row: %s (%s)", s.Level, places(s))
	}
}

// A panic while walking (here a walker without its scanner) leaves the
// message unreadable, so the fail-closed rule decides it: not clean, and
// no panic out of inspection.
func TestWalkPanicFailsClosed(t *testing.T) {
	ev := newEvidence(len(defaultSetup().defs), false)
	w := &walker{ev: ev, budgets: DefaultBudgets, left: DefaultBudgets.Message}
	if w.read([]byte("Subject: hello\r\n\r\nnothing to see\r\n")) || !ev.panicked {
		t.Fatal("a walk without a scanner ended normally")
	}
	s := Default().score(ev, "", Envelope{})
	if s.Level == LevelNone {
		t.Fatalf("level %s after a panic, want at least phi: %+v", s.Level, s.Findings)
	}
	if !slices.ContainsFunc(s.Findings, func(f Finding) bool { return f.Kind == "unreadable" }) {
		t.Fatalf("no unreadable finding: %+v", s.Findings)
	}
}

// TestSubjectApartName: a name set apart in a clinical subject is a
// patient's; a speaker's, or one in a subject about no care, is not.
func TestSubjectApartName(t *testing.T) {
	for subject, want := range map[string]bool{
		"Intake packet - Sloane Marchetti - PHP start 12/14 (anorexia)": true,
		"Tyrone Banks - labs due (HIV Ag/Ab, creatinine)":               true,
		"Grand rounds - Dr. Sarah Kim - heart failure":                  false,
		"Lecture - Sarah Kim, MD - heart failure":                       false,
		"Budget review - Sarah Kim - FY27":                              false,
	} {
		msg := "From: a@clinic.example.org\r\nTo: b@clinic.example.org\r\nSubject: " + subject + "\r\n\r\nSee subject.\r\n"
		x := Default().Explain([]byte(msg), Envelope{}, false)
		got := slices.ContainsFunc(x.Findings, func(f Finding) bool { return f.Kind == "patient-name" })
		if got != want {
			t.Errorf("%q: patient name %v, want %v (%s)", subject, got, want, places(x.Sensitivity))
		}
	}
}

// TestDrafts: a greeting in mail that reviews a document's wording greets
// the reviewer; the document's clinical words are about no one.
func TestDrafts(t *testing.T) {
	for body, want := range map[string]Level{
		"Hi Tomasz,\r\n\r\nFinal copy for the fertility center landing page: IVF, egg freezing and donor sperm, with our success rates.\r\n": LevelNone,
		"Hi Tomasz,\r\n\r\nYour IVF egg retrieval is on Friday at 8; no food after midnight.\r\n":                                            LevelRestricted,
		"Hi Tomasz,\r\n\r\nMerge fields are in %% %%.\r\nHi %%FIRST_NAME%%,\r\nYour buprenorphine prescription is due for a refill.\r\n":     LevelNone,
	} {
		msg := "From: a@agency.example.com\r\nTo: Tomasz <t@fertility.example.org>\r\nSubject: Friday\r\n\r\n" + body
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%q: %s, want %s (%s)", body, s.Level, want, places(s))
		}
	}
}

// TestVendorSignature: a vendor's representative greeting a customer
// writes trade, whatever drugs the product touches; a named patient still
// counts.
func TestVendorSignature(t *testing.T) {
	for body, want := range map[string]Level{
		"Hi Dana,\r\n\r\nThe infusion pump library update for vancomycin and heparin ships Friday.\r\n\r\nMark Liu\r\nAccount Manager, Infusa Systems\r\n": LevelNone,
		"Hi Dana,\r\n\r\nPatient: Ana Rivera, heparin drip paused during the pump swap.\r\n\r\nMark Liu\r\nAccount Manager, Infusa Systems\r\n":            LevelPHI,
	} {
		msg := "From: mliu@infusa.example.com\r\nTo: Dana <dana@hospital.example.org>\r\nSubject: Pump update\r\n\r\n" + body
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%q: %s, want %s (%s)", body, s.Level, want, places(s))
		}
	}
}

// TestOwnPost: a member's post to a support list about their own care is
// theirs, whatever the list's footer says; the list's newsletter about
// the same care is not about anyone.
func TestOwnPost(t *testing.T) {
	msg := func(from, body string) []byte {
		return []byte("From: " + from + "\r\nTo: t1d-support@lists.example.org\r\nSubject: Re: basal changes\r\n" +
			"List-Id: <t1d-support.lists.example.org>\r\nList-Unsubscribe: <mailto:leave@lists.example.org>\r\nPrecedence: list\r\n\r\n" +
			body + "\r\n\r\n--\r\nYou are subscribed to t1d-support. To unsubscribe, visit the list page.\r\n")
	}
	own := "Since Dr. Varga changed my basal rate to 0.8 units an hour my overnight lows stopped. My A1c was 6.9 last week, down from 7.8."
	if s := Default().Inspect(msg("Courtney Albers <calbers@mail.example.net>", own), Envelope{}); s.Level == LevelNone {
		t.Errorf("a member's post about her own care: %s (%s)", s.Level, places(s))
	}
	digest := "From: t1d-support-request@lists.example.org\r\nTo: t1d-support@lists.example.org\r\nSubject: t1d-support Digest, Vol 4, Issue 9\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/digest; boundary=d\r\n\r\n--d\r\n\r\n" +
		"From: Courtney Albers <calbers@mail.example.net>\r\nTo: t1d-support@lists.example.org\r\nSubject: Re: basal changes\r\n\r\n" + own + "\r\n--d--\r\n"
	if s := Default().Inspect([]byte(digest), Envelope{}); s.Level == LevelNone {
		t.Errorf("her post in the digest: %s (%s)", s.Level, places(s))
	}
	plain := "From: riverrunners-request@lists.example.org\r\nTo: riverrunners@lists.example.org\r\nSubject: RiverRunners Digest, Vol 9, Issue 4\r\n" +
		"List-Unsubscribe: <mailto:leave@lists.example.org>\r\n\r\nToday's Topics:\r\n\r\n   1. Update from the injured list\r\n\r\n" +
		"------------------------------\r\n\r\nMessage: 1\r\nFrom: Gwen Thorsby <gwen.thorsby@inbox.example.net>\r\nSubject: Update from the injured list\r\n\r\n" +
		"The twisted knee at mile 9 was a torn ACL. I had ACL reconstruction on October 8 and I am 7 weeks post-op.\r\n\r\n" +
		"------------------------------\r\n\r\nEnd of RiverRunners Digest. To unsubscribe, visit the list page.\r\n"
	if s := Default().Inspect([]byte(plain), Envelope{}); s.Level == LevelNone {
		t.Errorf("her post in a plain-text digest: %s (%s)", s.Level, places(s))
	}
	news := "A lower basal rate can stop overnight lows. An A1c under 7 is the usual goal; ask your endocrinologist about insulin pumps."
	if s := Default().Inspect(msg("T1D Support News <news@lists.example.org>", news), Envelope{}); s.Level != LevelNone {
		t.Errorf("the list's newsletter: %s (%s)", s.Level, places(s))
	}
}

// TestLinkNumbers: a number in a link is an identifier only when the
// link's own parameter names one: "store?id=88213" after an "Rx" shop
// name is the shop's page, "chart?mrn=448120" a patient's record, and a
// number a label names outside any link is still found.
func TestLinkNumbers(t *testing.T) {
	msg := func(body string) []byte {
		return []byte("From: Rhea Dunmore <rdunmore@clinic.example>\r\nTo: Lee Park <lpark@clinic.example>\r\nSubject: see this\r\n\r\n" + body + "\r\n")
	}
	cases := []struct {
		name, body string
		mrn        bool
	}{
		{"shop link", "Tramadol and Adderall, no prescription: http://rx-overnight-meds.test/store?id=88213", false},
		{"shop link without scheme", "Tramadol and Adderall, no prescription: rx-overnight-meds.test/store?id=88213&ref=4471", false},
		{"record link", "Her A1c came back at 9.1: https://ehr.clinic.example/chart?patient_id=448120", true},
		{"label", "Her A1c came back at 9.1, MRN 448120.", true},
	}
	for _, c := range cases {
		if s := Default().Inspect(msg(c.body), Envelope{}); hasKinds(s, "mrn") != c.mrn {
			t.Errorf("%s: mrn found %v, want %v (%s)", c.name, !c.mrn, c.mrn, places(s))
		}
	}
}

// TestPopulation: a greeted advert's "people with diabetes" speaks of a
// group; the reader's own care beside it, or a clinician's list of
// patients with it, is someone's.
func TestPopulation(t *testing.T) {
	msg := func(from, body string) []byte {
		return []byte("From: " + from + "\r\nTo: Marcus Bell <marcus.bell@mailbox.example.net>\r\nSubject: this week\r\n\r\nHi Marcus,\r\n\r\n" + body + "\r\n")
	}
	cases := []struct {
		name, from, body string
		want             Level
	}{
		{"advert", "Fennel & Fig Kitchen <menu@fennelfig.example.com>",
			"Our new meals are a good fit for anyone watching their blood sugar, including people with diabetes.", LevelNone},
		{"advert, living with", "Fennel & Fig Kitchen <menu@fennelfig.example.com>",
			"Adults living with HIV told us what they cook; read their stories.", LevelNone},
		{"his own care too", "Dr. Ana Ruiz <aruiz@clinic.example.org>",
			"People with diabetes need a yearly eye exam, and your A1c came back at 9.1.", LevelPHI},
		{"a list of patients", "Dr. Ana Ruiz <aruiz@clinic.example.org>",
			"Patients with diabetes due for an eye exam: Ana Rivera, MRN 44712093.", LevelPHI},
	}
	for _, c := range cases {
		if s := Default().Inspect(msg(c.from, c.body), Envelope{}); s.Level != c.want {
			t.Errorf("%s: %s, want %s (%s)", c.name, s.Level, c.want, places(s))
		}
	}
}

// TestCounterparty: a rep's greeting to a clinic's staff over a drug and
// a disease is a counterparty's mail; the same firm writing of one
// person's care, by "his", a name or a form's condition field, is not.
func TestCounterparty(t *testing.T) {
	msg := func(body string) []byte {
		return []byte("From: Tess Marlowe <tess.marlowe@halvern-pharma.example.com>\r\nTo: Renee Calloway <rcalloway@oakhollowfm.example.org>\r\n" +
			"Subject: Thursday\r\n\r\nHi Renee,\r\n\r\n" + body + "\r\n\r\nThanks,\r\nTess\r\n")
	}
	cases := []struct {
		name, body string
		want       Level
	}{
		{"a rep's pitch", "I'd love to bring lunch for the team and give an overview of QUORVELA, our new inhaler for COPD.", LevelNone},
		{"one person's care", "Your driver asked about the tour; he had his right hip replaced on November 12 and is still on a walker.", LevelPHI},
		{"a form's condition field", "We received the certification.\r\nCondition: major depressive disorder, under active treatment", LevelRestricted},
	}
	for _, c := range cases {
		if s := Default().Inspect(msg(c.body), Envelope{}); s.Level != c.want {
			t.Errorf("%s: %s, want %s (%s)", c.name, s.Level, c.want, places(s))
		}
	}
}

// TestNoCarryOver: a message's decision does not depend on the message
// inspected before it. Scanners are pooled between messages; a field one
// message set must not reach the next (a subject read with the last
// sender's name, say). Each message is inspected after another one, and
// again after itself.
func TestNoCarryOver(t *testing.T) {
	var files []string
	for _, set := range []string{"corpus", "wide8", "wide16", "wide18"} {
		f, _ := filepath.Glob(filepath.Join("testdata", set, "*", "*.eml"))
		files = append(files, f...)
	}
	if len(files) < 600 {
		t.Fatalf("%d messages", len(files))
	}
	msgs := make([][]byte, len(files))
	for k, f := range files {
		m, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		msgs[k] = m
	}
	p := Default()
	for k, m := range msgs {
		afterOther := p.Inspect(m, Envelope{}) // the scanner last read msgs[k-1]
		afterItself := p.Inspect(m, Envelope{})
		if !reflect.DeepEqual(afterOther, afterItself) {
			t.Errorf("%s: %v after another message, %v after itself", files[k], afterOther, afterItself)
		}
	}
}

// TestLeaveRequest: an employee's leave request to HR that names a
// treatment, even in its subject only, is about the one writing; a
// vacation's leave request names no care.
func TestLeaveRequest(t *testing.T) {
	const head = "From: Paul Lindqvist <plindqvist@freight.example.com>\r\nTo: Janelle Ortiz <jortiz@freight.example.com>\r\n"
	const body = "\r\nJanelle - details as discussed on the phone this morning. I'll send the admission letter when I have it.\r\n\r\nPaul\r\n"
	for subject, want := range map[string]Level{
		"Leave request 6/1-6/28 - 28-day residential alcohol treatment at Northgate": LevelRestricted,
		"Leave request 6/1-6/28 - family trip to Norway":                             LevelNone,
	} {
		msg := head + "Subject: " + subject + "\r\n" + body
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%q: %s, want %s (%s)", subject, s.Level, want, places(s))
		}
	}
}

// TestChartFileName: an attachment named for a patient and their medical
// record's number is a page of their chart, whatever else its name and
// the mail say; a record number or a name alone is not.
func TestChartFileName(t *testing.T) {
	for file, want := range map[string]Level{
		"ECHO_Hendricks_Walter_MRN3382017_2026-12-07.txt": LevelPHI,
		"Scan_MRN3382017_2026-12-07.txt":                  LevelNone,
		"Hendricks_Walter_headshot.txt":                   LevelNone,
	} {
		msg := "From: Records <records@wrenfield.example.org>\r\nTo: Imani Roy <iroy@wrenfield.example.org>\r\nSubject: Attached as requested\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nAttached as requested.\r\n" +
			"--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"" + file + "\"\r\n\r\nReading room scanner copy.\r\n--b--\r\n"
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%s: %s, want %s (%s)", file, s.Level, want, places(s))
		}
	}
}

// TestEmployeeLeave: HR's mail about one employee's leave for their
// health identifies them by their employee ID; a badge notice, or a
// staff-wide screening notice with an ID to quote, does not.
func TestEmployeeLeave(t *testing.T) {
	for body, want := range map[string]Level{
		"We received the certification for your intermittent FMLA leave (migraine, up to 2 days a month). Employee ID E10482.": LevelPHI,
		"Your new badge is ready at Security. Employee ID E10482, bring a photo ID.":                                           LevelNone,
		"Annual TB screening is due for all staff by 12/31: a chest X-ray or a blood test. Quote your employee ID 2214.":       LevelNone,
	} {
		msg := "From: HR <hr@wrenfield.example.org>\r\nTo: staff@wrenfield.example.org\r\nSubject: Update\r\n\r\n" + body + "\r\n"
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%.50q: %s, want %s (%s)", body, s.Level, want, places(s))
		}
	}
}

// TestCalendarSummary: an invite's SUMMARY line is read as a subject
// is, for the name it sets apart; a meeting's summary names no patient.
func TestCalendarSummary(t *testing.T) {
	for summary, want := range map[string]Level{
		"Home visit - Gloria Alvarez (TMK884147726) - new HFpEF": LevelPHI,
		"Heart failure huddle - 4 West - room 2":                 LevelNone,
	} {
		ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a1@example.org\r\nDTSTART:20261208T103000Z\r\nSUMMARY:" + summary +
			"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
		msg := "From: Jenna Hoult <jhoult@plan.example.com>\r\nTo: Dev Patel <dpatel@plan.example.com>\r\nSubject: Tuesday\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nCan you ride along? Details in the invite.\r\n" +
			"--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n" + ics + "--b--\r\n"
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != want {
			t.Errorf("%s: %s, want %s (%s)", summary, s.Level, want, places(s))
		}
	}
}

// TestDoctorGreeted: a care organisation's letter that opens by greeting
// a doctor writes to a counterparty, not to a patient about their care;
// a patient who greets their doctor so still writes of their own.
func TestDoctorGreeted(t *testing.T) {
	for _, c := range []struct {
		from, to, body string
		want           Level
	}{
		{"Helix Path Genetics Medical Affairs <medaffairs@helixpath.example.com>", "Mei Nakashima <mnakashima@plan.example.com>",
			"Dr. Nakashima,\r\n\r\nWe are hosting a roundtable on hereditary cancer testing criteria (BRCA1/2, Lynch syndrome) on January 13.", LevelNone},
		{"Ruth Adler <ruth.adler@mail.example.net>", "Oakridge Orthopedics <frontdesk@oakridge.example.org>",
			"Dr. Kaplan,\r\n\r\nThe knee still hurts a lot since the arthroscopy, is that normal?", LevelPHI},
	} {
		msg := "From: " + c.from + "\r\nTo: " + c.to + "\r\nSubject: January\r\n\r\n" + c.body + "\r\n"
		if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != c.want {
			t.Errorf("%.30q: %s, want %s (%s)", c.body, s.Level, c.want, places(s))
		}
	}
}

// TestSenderUnderCare: a doctor's note the sender forwards names them as
// the patient, in the words "under my care" take in Portuguese.
func TestSenderUnderCare(t *testing.T) {
	msg := "From: Thiago Moreira <thiago.moreira@halvorsen.example.com>\r\nTo: RH <rh@halvorsen.example.com>\r\nSubject: Atestado\r\n\r\n" +
		"Segue o texto: \"Atesto que o Sr. Thiago Moreira esteve sob meus cuidados nesta data, necessitando de 3 dias de afastamento. Prescrito oseltamivir.\"\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != LevelPHI {
		t.Errorf("%s, want phi (%s)", s.Level, places(s))
	}
}

// TestColleagueShortName: a colleague greeted by the short form of the
// given name To: gives them ("Greg" for Gregory Pappas) is a colleague.
func TestColleagueShortName(t *testing.T) {
	msg := "From: Anil Varghese <avarghese@mapleterrace.example.com>\r\nTo: Gregory Pappas <gpappas@mapleterrace.example.com>, Lorraine Whitaker <lwhitaker@mapleterrace.example.com>\r\n" +
		"Subject: Q1\r\n\r\nGreg, Lorraine -\r\n\r\nThe Q1 numbers: heart failure readmissions fell to 9, influenza vaccination reached 94%.\r\n\r\nAnil\r\n"
	if s := Default().Inspect([]byte(msg), Envelope{}); s.Level != LevelNone {
		t.Errorf("%s, want none (%s)", s.Level, places(s))
	}
}
