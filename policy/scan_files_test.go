package policy

import "testing"

// TestSubjectFiles: the file names a sharing notice's subject names lose
// their extensions, so their last word is a word; other dots stay.
func TestSubjectFiles(t *testing.T) {
	for in, want := range map[string]string{
		"Priya shared the file 'Okafor B - discharge summary.docx' with you": "Priya shared the file 'Okafor B - discharge summary' with you",
		`Renata Silva shared "ADAP renewal - Moreno, Luis.pdf" with you`:     `Renata Silva shared "ADAP renewal - Moreno, Luis" with you`,
		"Version 4.2.1 released. Details at example.com":                     "Version 4.2.1 released. Details at example.com",
	} {
		if got := subjectFiles(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
