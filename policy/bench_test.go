package policy

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/testutil"
)

// prose is ordinary business text with the numbers, dates and names mail
// is full of, and now and then a health word: what most bodies look like.
var prose = []string{
	"Thanks for the update on the quarterly numbers; the team will review them on Tuesday.",
	"Please find the invoice 2026-004417 attached, due within 30 days of 11/02/2026.",
	"Our office at 1200 North Oak Avenue is closed for the holiday; call 555-201-0134.",
	"The shipment of 12 boxes left the warehouse and should arrive by Friday afternoon.",
	"Dear Jordan, we are pleased to confirm your registration for the spring conference.",
	"Flu season is here: the cafeteria will host a vaccination drive next week.",
	"Version 4.2.1 of the scheduling software fixes the time zone bug reported in March.",
	"Regards, Pat Morgan, Operations Manager, Riverside Facilities, pmorgan@example.org",
}

// plainMessage returns a text/plain message of about size bytes.
func plainMessage(size int) []byte {
	var b bytes.Buffer
	b.WriteString("From: <ops@example.org>\r\nTo: <team@example.org>\r\nSubject: Weekly notes\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
	r := rand.New(rand.NewPCG(1, 2))
	for b.Len() < size {
		b.WriteString(prose[r.IntN(len(prose))])
		b.WriteString("\r\n")
	}
	return b.Bytes()
}

// BenchmarkScanPlain: inspection throughput on a plain text body
// (MB/s is per core: the benchmark runs on one goroutine).
func BenchmarkScanPlain(b *testing.B) {
	msg := plainMessage(1 << 20)
	p := Default()
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	for b.Loop() {
		p.Inspect(msg, Envelope{})
	}
}

// BenchmarkScanMixed: inspection throughput over the labelled corpus:
// HTML, base64 and quoted-printable parts, CSV, HL7, FHIR, C-CDA, PDF,
// attached messages, non-UTF-8 charsets.
func BenchmarkScanMixed(b *testing.B) {
	files, _ := filepath.Glob("testdata/corpus/*/*.eml")
	var msgs [][]byte
	total := 0
	for _, f := range files {
		m, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, m)
		total += len(m)
	}
	p := Default()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range msgs {
			p.Inspect(m, Envelope{})
		}
	}
}

// bigMessage is a message of about 20 MB: a text body, a large base64
// CSV attachment, an HTML part and a base64 binary attachment.
func bigMessage() []byte {
	var b bytes.Buffer
	b.WriteString("From: <ehr@clinic.example>\r\nTo: <registry@example.org>\r\nSubject: Monthly export\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=BOUNDARY\r\n\r\n--BOUNDARY\r\nContent-Type: text/plain\r\n\r\n")
	b.Write(plainMessage(2 << 20))
	b.WriteString("\r\n--BOUNDARY\r\nContent-Type: text/csv; name=export.csv\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	var csv strings.Builder
	csv.WriteString("MRN,Patient Name,DOB,Diagnosis\r\n")
	for i := 0; csv.Len() < 9<<20; i++ {
		fmt.Fprintf(&csv, "%08d,Pat Example%d,04/12/19%02d,E11.9 type 2 diabetes\r\n", i, i, 20+i%80)
	}
	writeBase64(&b, []byte(csv.String()))
	b.WriteString("\r\n--BOUNDARY\r\nContent-Type: application/octet-stream; name=scan.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	bin := make([]byte, 4<<20)
	rand.NewChaCha8([32]byte{3, 4}).Read(bin)
	writeBase64(&b, bin)
	b.WriteString("\r\n--BOUNDARY--\r\n")
	return b.Bytes()
}

func writeBase64(b *bytes.Buffer, data []byte) {
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		b.WriteString(enc[:76])
		b.WriteString("\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc)
}

// TestBigMessageMemory: a 20 MB message with attachments is inspected
// with under 64 MB of heap beyond the message itself, and its patient
// export is found.
func TestBigMessageMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 20 MB message")
	}
	msg := bigMessage()
	p := Default()
	var s Sensitivity
	peak := testutil.PeakHeap(func() { s = p.Inspect(msg, Envelope{}) })
	t.Logf("message %.1f MB, peak extra heap %.1f MB, level %s", float64(len(msg))/(1<<20), float64(peak)/(1<<20), s.Level)
	if peak > 64<<20 {
		t.Errorf("peak extra heap %d MB, want under 64 MB", peak>>20)
	}
	if s.Level != LevelPHI || !hasKinds(s, "patient-table dob structured-clinical") {
		t.Errorf("patient export not found: %s %v", s.Level, s.Kinds())
	}
}

// BenchmarkBigMessage: one 20 MB message with attachments, with its peak
// extra heap.
func BenchmarkBigMessage(b *testing.B) {
	msg := bigMessage()
	p := Default()
	b.SetBytes(int64(len(msg)))
	var peak uint64
	for b.Loop() {
		peak = max(peak, testutil.PeakHeap(func() { p.Inspect(msg, Envelope{}) }))
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}

// TestPhraseStarts: no term, keyword or phrase opens with one of the
// commonest words of the languages it reads. A phrase's first word is
// looked up, and the words after it tried, wherever it stands: "the pills
// you gave me" cost every English text 8% (156 M instructions per MB
// against 144 M).
func TestPhraseStarts(t *testing.T) {
	common := strings.Fields(`the a an and of to is it that this la el los las un una il lo der die das und et les des`)
	for w, e := range defaultSetup().m.entries {
		if e.phrase > 0 && slices.Contains(common, w) {
			t.Errorf("a phrase opens with %q: open it with a rarer word", w)
		}
	}
}

// TestMatcherIndex: the hash table the scanner looks words up in finds
// every entry of the matcher, and no word that is not one.
func TestMatcherIndex(t *testing.T) {
	m := defaultSetup().m
	for k, e := range m.entries {
		if got := m.find(hashString(k), []byte(k)); got != e {
			t.Fatalf("find(%q) = %p, want %p", k, got, e)
		}
	}
	for _, w := range []string{"zzzqx", "quarterly numbers", ""} {
		if m.entries[w] == nil && m.find(hashString(w), []byte(w)) != nil {
			t.Errorf("find(%q) found an entry the matcher does not hold", w)
		}
	}
}
