package policy

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

// zipMessage is a message with one ZIP attachment holding files.
func zipMessage(t *testing.T, files map[string]string, encrypted bool) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range files {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate}
		if encrypted {
			h.Flags |= 0x1
		}
		f, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(body))
	}
	zw.Close()
	return []byte("From: <a@example.com>\r\nTo: <b@example.com>\r\nSubject: export\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nZipped, the SFTP is down.\r\n" +
		"--b\r\nContent-Type: application/zip\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=export.zip\r\n\r\n" +
		base64.StdEncoding.EncodeToString(b.Bytes()) + "\r\n--b--\r\n")
}

// TestArchive: the files of a ZIP are read as attachments (a patient
// list inside is found, as unzipped); an encrypted one is recorded as not
// scanned; what a file inflates to is bounded by the part budget.
func TestArchive(t *testing.T) {
	var rows strings.Builder
	rows.WriteString("mrn,patient_last,patient_first,dob,diagnosis\n")
	for i := range 25 {
		rows.WriteString("0048229" + string(rune('0'+i%10)) + ",Rivera,Ana,1970-01-02,Type 2 diabetes\n")
	}
	files := map[string]string{"reports/patients.csv": rows.String()}
	if s := Default().Inspect(zipMessage(t, files, false), Envelope{}); s.Level != LevelPHI || !hasKinds(s, "patient-table") {
		t.Errorf("zipped patient list: %s (%s)", s.Level, places(s))
	}
	if s := Default().Inspect(zipMessage(t, files, true), Envelope{}); !hasKinds(s, "unscanned-attachment") || hasKinds(s, "patient-table") {
		t.Errorf("encrypted zip: %s (%s)", s.Level, places(s))
	}
	small, _ := Parse("p.yaml", []byte("inspection: {max_part: 64KiB, max_message: 1MiB}\nrules:\n  - name: all\n    use: [pickup]\n"))
	bomb := map[string]string{"a.txt": strings.Repeat("lorem ipsum ", 1<<20)} // 12 MiB of text in a few KiB
	if s := small.Inspect(zipMessage(t, bomb, false), Envelope{}); !hasKinds(s, "unreadable") {
		t.Errorf("zip bomb past the budget: %s (%s)", s.Level, places(s))
	}
}
