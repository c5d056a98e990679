package payload

import (
	"bytes"
	"os"
	"testing"
)

// benchInput repeats a sample until it is about 1 MiB.
func benchInput(b *testing.B, name, sep string) []byte {
	b.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for buf.Len() < 1<<20 {
		buf.Write(data)
		buf.WriteString(sep)
	}
	return buf.Bytes()
}

// benchRead measures Read over in as kind k.
func benchRead(b *testing.B, k Kind, in []byte) {
	b.Helper()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(k, bytes.NewReader(in), 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHL7(b *testing.B) { benchRead(b, HL7v2, benchInput(b, "adt_a01.hl7", "\r")) }

func BenchmarkFHIR(b *testing.B) { benchRead(b, FHIR, benchInput(b, "bundle.json", "\n")) }

func BenchmarkCCDA(b *testing.B) {
	// One document with many sections: the CCD's body repeated.
	data, err := os.ReadFile("testdata/ccd.xml")
	if err != nil {
		b.Fatal(err)
	}
	start := bytes.Index(data, []byte("<component>\n        <section>"))
	end := bytes.Index(data, []byte("    </structuredBody>"))
	var buf bytes.Buffer
	buf.Write(data[:start])
	for buf.Len() < 1<<20 {
		buf.Write(data[start:end])
	}
	buf.Write(data[end:])
	benchRead(b, CCDA, buf.Bytes())
}

func BenchmarkCSV(b *testing.B) {
	data := benchInput(b, "patients_en.csv", "")
	head := bytes.Index(data, []byte("\r\n")) + 2
	rows := bytes.ReplaceAll(data[head:], data[:head], nil)
	benchRead(b, CSV, append(data[:head:head], rows...))
}

func BenchmarkSniff(b *testing.B) {
	head, err := os.ReadFile("testdata/ccd.xml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(min(len(head), sniffLen)))
	for b.Loop() {
		Sniff(head, "application/octet-stream", "summary.ccd")
	}
}
