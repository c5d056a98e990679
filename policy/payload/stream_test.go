package payload

import (
	"bytes"
	"errors"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
)

// repeatReader yields a header once and then body over and over until n
// bytes have been produced, without holding more than one copy.
type repeatReader struct {
	head, body []byte
	n, off     int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.off >= r.n {
		return 0, io.EOF
	}
	var src []byte
	if head := int64(len(r.head)); r.off < head {
		src = r.head[r.off:]
	} else {
		src = r.body[(r.off-head)%int64(len(r.body)):]
	}
	src = src[:min(int64(len(src)), r.n-r.off)]
	k := copy(p, src)
	r.off += int64(k)
	return k, nil
}

// hl7Batch returns a reader of an n-byte HL7 batch built from the ORU sample.
func hl7Batch(t testing.TB, n int64) (*repeatReader, int) {
	t.Helper()
	msg, err := os.ReadFile("testdata/oru_r01.hl7")
	if err != nil {
		t.Fatal(err)
	}
	return &repeatReader{head: []byte("FHS|^~\\&|A\rBHS|^~\\&|A\r"), body: msg, n: n}, len(msg)
}

func TestRepeatReader(t *testing.T) {
	r := &repeatReader{head: []byte("H"), body: []byte("abc"), n: 9}
	got, _ := io.ReadAll(io.LimitReader(r, 100))
	if string(got) != "Habcabcab" {
		t.Errorf("got %q", got)
	}
}

// TestHL7StreamsLargeBatch: a 50 MB batch is read in bounded memory, and
// every message in it counted.
func TestHL7StreamsLargeBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB")
	}
	const size = 50 << 20
	r, msgLen := hl7Batch(t, size)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s, err := Read(HL7v2, r, 0)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("50 MB batch: %d records, %d bytes allocated", s.Records, alloc)
	if alloc > 2<<20 {
		t.Errorf("reading 50 MB allocated %d bytes, want under 2 MiB", alloc)
	}
	// The last message may be cut mid-way, before or after its PID.
	full := (size - 22) / msgLen
	if err != nil || s.Records < full || s.Records > full+1 {
		t.Errorf("got %d records, %v; want about %d", s.Records, err, full)
	}
}

// TestHL7LimitTruncates: a limit below the input size stops the read with
// ErrTruncated and the messages seen so far.
func TestHL7LimitTruncates(t *testing.T) {
	r, msgLen := hl7Batch(t, 50<<20)
	const limit = 1 << 20
	s, err := Read(HL7v2, r, limit)
	if !errors.Is(err, ErrTruncated) {
		t.Errorf("error %v, want ErrTruncated", err)
	}
	if want := limit / msgLen; s.Records < want || s.Records > want+1 {
		t.Errorf("got %d records, want about %d", s.Records, want)
	}
	if r.off > limit+1 {
		t.Errorf("read %d bytes past a limit of %d", r.off, limit)
	}
}

// TestHL7HugeSegment: a segment of megabytes (an embedded PDF in OBX-5) is
// skipped over without being held.
func TestHL7HugeSegment(t *testing.T) {
	in := "MSH|^~\\&|A\rPID|1||M1\rOBX|1|ED|PDF||" + strings.Repeat("QUJD", 1<<20) + "\rAL1|1||X\r"
	s, err := Read(HL7v2, strings.NewReader(in), 0)
	want := Summary{HL7v2, 1, []string{"mrn"}, []string{"allergy", "observation"}, false}
	if err != nil {
		t.Fatal(err)
	}
	checkSummary(t, s, want)
}

// TestLineEnds: \r, \n and \r\n segment ends give the same summary.
func TestLineEnds(t *testing.T) {
	msg, err := os.ReadFile("testdata/adt_a01.hl7")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Read(HL7v2, bytes.NewReader(msg), 0)
	for _, end := range []string{"\n", "\r\n", "\n\r"} {
		in := strings.ReplaceAll(string(msg), "\r", end)
		got, err := Read(HL7v2, strings.NewReader(in), 0)
		if err != nil {
			t.Fatal(err)
		}
		checkSummary(t, got, want)
	}
}
