package audit

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzVerify: no input panics Verify, and it never counts more lines than
// there are.
func FuzzVerify(f *testing.F) {
	line := `{"seq":1,"time":"2026-11-23T09:00:00Z","type":"decision","prev":"` + genesis + `","hash":"` + genesis + `"}` + "\n"
	f.Add([]byte(line))
	f.Add([]byte(line + line))
	f.Add([]byte(strings.TrimSuffix(line, "\n")))
	f.Add([]byte("\n\n{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Verify(bytes.NewReader(data))
		if n > bytes.Count(data, []byte{'\n'}) {
			t.Fatalf("Verify counted %d lines in %d newlines (err %v)", n, bytes.Count(data, []byte{'\n'}), err)
		}
	})
}
