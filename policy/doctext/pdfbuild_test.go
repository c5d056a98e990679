package doctext

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// pdfBuilder writes small PDFs for tests: numbered objects, then a
// cross-reference table (correct or not: PDF does not read it) and a
// trailer.
type pdfBuilder struct {
	objs [][]byte
	// extra is appended after the first trailer: an incremental update.
	extra []byte
}

// add adds an object and returns its number.
func (b *pdfBuilder) add(body string) int {
	b.objs = append(b.objs, []byte(body))
	return len(b.objs)
}

// set replaces object n.
func (b *pdfBuilder) set(n int, body string) { b.objs[n-1] = []byte(body) }

// stream adds a stream object with the given extra dictionary entries.
func (b *pdfBuilder) stream(entries string, data []byte) int {
	return b.add(streamBody(entries, data))
}

func streamBody(entries string, data []byte) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", entries, len(data), data)
}

// deflate compresses data with zlib.
func deflate(data []byte) []byte {
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	return buf.Bytes()
}

// bytes writes the file with the given trailer entries (a /Root at least).
func (b *pdfBuilder) bytes(trailer string) []byte {
	var out bytes.Buffer
	out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(b.objs))
	for i, o := range b.objs {
		offs[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(b.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n", len(b.objs)+1, trailer, xref)
	out.Write(b.extra)
	return out.Bytes()
}

// testPage describes a one-page document: font resources by name (each a
// font dictionary body, or "ref N" naming object N) and the content.
type testPage struct {
	fonts   map[string]string
	content string
	filter  string // "", "flate", "a85flate"
}

// onePage builds the document of p.
func onePage(p testPage) []byte {
	b := &pdfBuilder{}
	return b.page(p)
}

func (b *pdfBuilder) page(p testPage) []byte {
	var fonts []string
	for n, body := range p.fonts {
		if num, ok := strings.CutPrefix(body, "ref "); ok { // an object added already
			fonts = append(fonts, fmt.Sprintf("/%s %s 0 R", n, num))
			continue
		}
		fonts = append(fonts, fmt.Sprintf("/%s %d 0 R", n, b.add(body)))
	}
	content := b.content(p.content, p.filter)
	pages := b.add("") // filled below
	page := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << %s >> >> >>",
		pages, content, strings.Join(fonts, " ")))
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page))
	root := b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	return b.bytes(fmt.Sprintf("/Root %d 0 R", root))
}

// content adds a content stream, encoded as filter says.
func (b *pdfBuilder) content(data, filter string) int {
	switch filter {
	case "flate":
		return b.stream("/Filter /FlateDecode", deflate([]byte(data)))
	case "a85flate":
		return b.stream("/Filter [/ASCII85Decode /FlateDecode]", ascii85Encode(deflate([]byte(data))))
	case "hex":
		return b.stream("/Filter /ASCIIHexDecode", []byte(fmt.Sprintf("%X>", data)))
	}
	return b.stream("", []byte(data))
}

// ascii85Encode encodes data as ASCII85Decode reads it.
func ascii85Encode(data []byte) []byte {
	var out bytes.Buffer
	for i := 0; i < len(data); i += 4 {
		var g [4]byte
		n := copy(g[:], data[i:])
		v := uint32(g[0])<<24 | uint32(g[1])<<16 | uint32(g[2])<<8 | uint32(g[3])
		if v == 0 && n == 4 {
			out.WriteByte('z')
			continue
		}
		var d [5]byte
		for j := 4; j >= 0; j-- {
			d[j] = byte(v%85) + '!'
			v /= 85
		}
		out.Write(d[:n+1])
		if i%64 == 60 {
			out.WriteByte('\n')
		}
	}
	out.WriteString("~>")
	return out.Bytes()
}

const (
	helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
	times     = "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"
)

// toUnicodeCMap is a ToUnicode CMap of 2-byte codes mapping glyph ids
// 0x0010.. to the letters used by identityText, in the bfrange forms.
const toUnicodeCMap = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Test-UCS def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfchar
<0003> <0020>
<0011> <003A>
<0012> <FB01>
endbfchar
3 beginbfrange
<0020> <0039> <0041>
<0040> <0059> <0061>
<0060> <0069> [<0030> <0031> <0032> <0033> <0034> <0035> <0036> <0037> <0038> <0039>]
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`

// identityHex encodes text as the glyph ids toUnicodeCMap maps back.
func identityHex(text string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range text {
		var g int
		switch {
		case r == ' ':
			g = 3
		case r == ':':
			g = 0x11
		case r >= 'A' && r <= 'Z':
			g = 0x20 + int(r-'A')
		case r >= 'a' && r <= 'z':
			g = 0x40 + int(r-'a')
		case r >= '0' && r <= '9':
			g = 0x60 + int(r-'0')
		}
		fmt.Fprintf(&b, "%04X", g)
	}
	b.WriteByte('>')
	return b.String()
}

// type0Font adds a Type0 Identity-H font, with the ToUnicode CMap if
// toUnicode is set, and returns its number.
func (b *pdfBuilder) type0Font(toUnicode bool) int {
	desc := b.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 600 /W [3 [250] 16 20 500 32 [700 650 650]] >>")
	tu := ""
	if toUnicode {
		tu = fmt.Sprintf("/ToUnicode %d 0 R", b.stream("", []byte(toUnicodeCMap)))
	}
	return b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Test /Encoding /Identity-H /DescendantFonts [%d 0 R] %s >>", desc, tu))
}
