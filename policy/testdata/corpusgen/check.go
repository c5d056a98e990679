package main

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// checkAll parses every .eml under corpus/ and holdout/ with net/mail and
// mime/multipart and verifies transfer encodings and attachment payloads.
// It prints per-label counts and returns the process exit status.
func checkAll(root string) int {
	var problems []string
	fail := func(f, format string, a ...any) {
		problems = append(problems, fmt.Sprintf("%s: %s", f, fmt.Sprintf(format, a...)))
	}
	counts := map[string]int{}
	traps := map[string]int{}
	kinds := map[string]int{}
	total := 0
	nameRE := regexp.MustCompile(`^[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*\.eml$`)
	for _, set := range sets {
		for _, label := range []string{None, Phi, Res} {
			files, _ := filepath.Glob(filepath.Join(root, set, label, "*.eml"))
			for _, f := range files {
				rel, _ := filepath.Rel(root, f)
				b, err := os.ReadFile(f)
				if err != nil {
					fail(rel, "%v", err)
					continue
				}
				counts[set+"/"+label]++
				total += len(b)
				base := filepath.Base(f)
				if !nameRE.MatchString(base) {
					fail(rel, "file name not NNN-slug.eml")
				}
				if strings.HasPrefix(base[4:], "trap-") {
					if label != None {
						fail(rel, "trap- file outside none/")
					}
					traps[set]++
				}
				if len(b) > 200<<10 {
					fail(rel, "larger than 200 KB (%d)", len(b))
				}
				c := &checker{file: rel, fail: fail, kinds: kinds}
				c.message(b, 0)
			}
		}
	}
	if total > 5<<20 {
		fail("total", "corpus larger than 5 MB (%d)", total)
	}
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("checked:")
	for _, k := range keys {
		fmt.Printf("  %-20s %4d\n", k, counts[k])
	}
	fmt.Printf("  traps: corpus %d, holdout %d, fresh %d, sealed %d, reserve %d, blind %d; total size %d bytes\n", traps[C], traps[H], traps[F], traps[S], traps[R], traps[B], total)
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Print("  leaf parts by type:")
	for i, k := range ks {
		if i%4 == 0 {
			fmt.Print("\n   ")
		}
		fmt.Printf(" %s=%d", k, kinds[k])
	}
	fmt.Println()
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Println("PROBLEM", p)
		}
		fmt.Printf("%d problems\n", len(problems))
		return 1
	}
	fmt.Println("all well-formed")
	return 0
}

type checker struct {
	file  string
	fail  func(f, format string, a ...any)
	kinds map[string]int
}

func (c *checker) errf(format string, a ...any) { c.fail(c.file, format, a...) }

var wordDecoder = &mime.WordDecoder{CharsetReader: func(charset string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(charset) {
	case "windows-1252", "windows-1251", "shift_jis", "gb2312", "koi8-r", "iso-8859-15":
		return r, nil // stdlib cannot decode these; the bytes were checked at generation
	}
	return nil, fmt.Errorf("unhandled charset %q", charset)
}}

func (c *checker) message(b []byte, depth int) {
	// line endings and lengths
	for i, ch := range b {
		if ch == '\n' && (i == 0 || b[i-1] != '\r') {
			c.errf("bare LF at byte %d (depth %d)", i, depth)
			return
		}
		if ch == '\r' && (i+1 >= len(b) || b[i+1] != '\n') {
			c.errf("bare CR at byte %d (depth %d)", i, depth)
			return
		}
	}
	for _, l := range bytes.Split(b, []byte("\r\n")) {
		if len(l) > 998 {
			c.errf("line longer than 998 octets")
			break
		}
	}
	m, err := mail.ReadMessage(bytes.NewReader(b))
	if err != nil {
		c.errf("net/mail: %v", err)
		return
	}
	for _, h := range []string{"From", "To", "Subject", "Date", "Message-Id"} {
		if len(m.Header[textproto.CanonicalMIMEHeaderKey(h)]) != 1 {
			c.errf("want exactly one %s header (depth %d)", h, depth)
		}
	}
	if depth == 0 && m.Header.Get("Mime-Version") != "1.0" {
		c.errf("missing MIME-Version")
	}
	for k, vs := range m.Header {
		for _, v := range vs {
			if !isASCII([]byte(v)) {
				c.errf("non-ASCII header %s", k)
			}
		}
	}
	if _, err := m.Header.Date(); err != nil {
		c.errf("Date: %v", err)
	}
	for _, h := range []string{"From", "To", "Cc"} {
		if m.Header.Get(h) == "" {
			continue
		}
		if _, err := m.Header.AddressList(h); err != nil {
			c.errf("%s: %v", h, err)
		}
	}
	if _, err := wordDecoder.DecodeHeader(m.Header.Get("Subject")); err != nil {
		c.errf("Subject: %v", err)
	}
	c.entity(textproto.MIMEHeader(m.Header), m.Body, depth)
}

func (c *checker) entity(h textproto.MIMEHeader, body io.Reader, depth int) {
	ct := h.Get("Content-Type")
	if ct == "" {
		ct = "text/plain"
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		c.errf("Content-Type %q: %v", ct, err)
		return
	}
	if d := h.Get("Content-Disposition"); d != "" {
		if _, _, err := mime.ParseMediaType(d); err != nil {
			c.errf("Content-Disposition %q: %v", d, err)
		}
	}
	rawBody, err := io.ReadAll(body)
	if err != nil {
		c.errf("read body: %v", err)
		return
	}
	if strings.HasPrefix(mt, "multipart/") {
		bnd := params["boundary"]
		if bnd == "" {
			c.errf("multipart without boundary")
			return
		}
		if !bytes.Contains(rawBody, []byte("\r\n--"+bnd+"--")) {
			c.errf("boundary %q never closed", bnd)
		}
		mr := multipart.NewReader(bytes.NewReader(rawBody), bnd)
		n := 0
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				c.errf("multipart %q: %v", bnd, err)
				return
			}
			n++
			c.entity(p.Header, p, depth)
		}
		if n == 0 {
			c.errf("multipart with no parts")
		}
		return
	}
	cte := strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding")))
	var data []byte
	switch cte {
	case "", "7bit":
		if !isASCII(rawBody) {
			c.errf("8-bit data in a 7bit part (%s)", mt)
		}
		data = rawBody
	case "8bit", "binary":
		data = rawBody
	case "base64":
		for _, l := range bytes.Split(rawBody, []byte("\r\n")) {
			if len(l) > 76 {
				c.errf("base64 line longer than 76")
				break
			}
		}
		clean := bytes.Map(func(r rune) rune {
			if r == '\r' || r == '\n' {
				return -1
			}
			return r
		}, rawBody)
		data, err = base64.StdEncoding.Strict().DecodeString(string(clean))
		if err != nil {
			c.errf("base64 (%s): %v", mt, err)
			return
		}
	case "quoted-printable":
		for _, l := range bytes.Split(rawBody, []byte("\r\n")) {
			if len(l) > 76 {
				c.errf("quoted-printable line longer than 76")
				break
			}
		}
		data, err = io.ReadAll(quotedprintable.NewReader(bytes.NewReader(rawBody)))
		if err != nil {
			c.errf("quoted-printable (%s): %v", mt, err)
			return
		}
	default:
		c.errf("unknown transfer encoding %q", cte)
		return
	}
	c.kinds[mt]++
	name := params["name"]
	if d := h.Get("Content-Disposition"); d != "" {
		if _, dp, err := mime.ParseMediaType(d); err == nil && dp["filename"] != "" {
			name = dp["filename"]
		}
	}
	lname := strings.ToLower(name)
	cs := strings.ToLower(params["charset"])
	switch {
	case mt == "message/rfc822":
		c.message(data, depth+1)
	case mt == "application/pdf" || strings.HasSuffix(lname, ".pdf"):
		c.pdf(data)
	case strings.Contains(mt, "json"):
		if !json.Valid(data) {
			c.errf("invalid JSON in %s", name)
		}
	case strings.Contains(mt, "xml") || strings.HasSuffix(lname, ".xml"):
		d := xml.NewDecoder(bytes.NewReader(data))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				c.errf("XML %s: %v", name, err)
				break
			}
		}
	case mt == "text/calendar":
		s := strings.TrimSpace(string(data))
		if !strings.HasPrefix(s, "BEGIN:VCALENDAR") || !strings.HasSuffix(s, "END:VCALENDAR") {
			c.errf("calendar not BEGIN/END:VCALENDAR")
		}
	case mt == "text/csv":
		if _, err := csv.NewReader(bytes.NewReader(data)).ReadAll(); err != nil {
			c.errf("CSV %s: %v", name, err)
		}
	case strings.Contains(mt, "hl7") || strings.HasSuffix(lname, ".hl7"):
		if !bytes.HasPrefix(data, []byte("MSH|^~\\&|")) {
			c.errf("HL7 attachment does not start with MSH|^~\\&|")
		}
	}
	if strings.HasPrefix(mt, "text/") && (cs == "utf-8" || cs == "") && !utf8.Valid(data) {
		c.errf("invalid UTF-8 in %s part", mt)
	}
	if cs == "us-ascii" && !isASCII(data) {
		c.errf("non-ASCII in us-ascii part")
	}
	if strings.HasPrefix(cs, "utf-16") && len(data)%2 != 0 {
		c.errf("odd-length UTF-16 body")
	}
}

var (
	startxrefRE = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	streamRE    = regexp.MustCompile(`(?s)<<([^>]*?/Length (\d+)[^>]*)>>\nstream\n`)
)

func (c *checker) pdf(b []byte) {
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		c.errf("PDF does not start with %%PDF-")
		return
	}
	if !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
		c.errf("PDF does not end with %%%%EOF")
		return
	}
	m := startxrefRE.FindSubmatch(b)
	if m == nil {
		c.errf("PDF without startxref")
		return
	}
	off, _ := strconv.Atoi(string(m[1]))
	if off >= len(b) || !bytes.HasPrefix(b[off:], []byte("xref\n")) {
		c.errf("PDF startxref %d does not point at xref", off)
		return
	}
	lines := strings.Split(string(b[off:]), "\n")
	var first, n int
	fmt.Sscanf(lines[1], "%d %d", &first, &n)
	for i := 1; i < n; i++ {
		e := lines[2+i]
		if len(e)+1 != 20 {
			c.errf("PDF xref entry %d is not 20 bytes", i)
			return
		}
		o, _ := strconv.Atoi(e[:10])
		if !bytes.HasPrefix(b[o:], []byte(fmt.Sprintf("%d 0 obj", i))) {
			c.errf("PDF xref entry %d (offset %d) does not point at its object", i, o)
			return
		}
	}
	for _, sm := range streamRE.FindAllSubmatchIndex(b, -1) {
		length, _ := strconv.Atoi(string(b[sm[4]:sm[5]]))
		start := sm[1]
		if start+length > len(b) || !bytes.HasPrefix(b[start+length:], []byte("\nendstream")) {
			c.errf("PDF stream /Length %d is wrong", length)
			continue
		}
		if bytes.Contains(b[sm[2]:sm[3]], []byte("/FlateDecode")) {
			zr, err := zlib.NewReader(bytes.NewReader(b[start : start+length]))
			if err == nil {
				_, err = io.ReadAll(zr)
			}
			if err != nil {
				c.errf("PDF FlateDecode stream: %v", err)
			}
			c.kinds["pdf-stream-flate"]++
		} else {
			c.kinds["pdf-stream-plain"]++
		}
	}
}
