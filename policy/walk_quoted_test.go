package policy

import (
	"bytes"
	"slices"
	"testing"
)

// TestQuotedHeadersChunks: the text passes on unchanged and a quoted
// subject is kept whole however the writes split it.
func TestQuotedHeadersChunks(t *testing.T) {
	text := "thanks\r\n\r\n> From: Ana Ruiz <ana@example.org>\r\n> Sent: Monday\r\n> Subject: FW: Lab results - Ruiz, Ana\r\n> hi\r\nSubject: not quoted\r\n"
	for step := 1; step <= len(text); step++ {
		var out bytes.Buffer
		q := newQuotedHeaders(&out)
		for i := 0; i < len(text); i += step {
			q.Write([]byte(text[i:min(i+step, len(text))]))
		}
		q.Close()
		if out.String() != text {
			t.Fatalf("step %d: text changed: %q", step, out.String())
		}
		if want := []string{"FW: Lab results - Ruiz, Ana"}; !slices.Equal(q.subjects, want) {
			t.Fatalf("step %d: subjects %q, want %q", step, q.subjects, want)
		}
	}
}
