// Command corpusgen writes the labeled synthetic e-mail corpus used to test
// Sealpost's sensitivity scorer, and checks that it is well-formed MIME.
//
//	go run ./policy/testdata/corpusgen          # (re)write every set
//	go run ./policy/testdata/corpusgen -check   # parse every .eml and report
//
// Every message is written individually (see the msgs_*.go files): most are
// hand-written raw RFC 5322 text, the MIME-heavy ones are assembled with the
// small builder below so that boundaries, base64, quoted-printable, charsets
// and PDF cross-reference tables are always correct. Output is deterministic.
//
// The directory a file lands in is its label: none, phi or restricted.
// Everything in the messages is invented; see ../corpus/README.md.
//
// Standard library only.
package main

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"hash/fnv"
	"mime"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Sets and labels.
const (
	C = "corpus"
	H = "holdout"
	F = "fresh"   // unseen when first measured; tuning allowed after
	S = "sealed"  // unseen; measured, never tuned against
	R = "reserve" // unseen; kept for a later measurement
	B = "blind"   // unseen; written blind on 2026-12-02

	None = "none"
	Phi  = "phi"
	Res  = "restricted"
)

// Part is one MIME entity. Body holds the decoded content, already in the
// charset named by Params["charset"]; it is encoded on output according to CTE.
type Part struct {
	CT         string
	Params     map[string]string
	CTE        string // 7bit, 8bit, quoted-printable, base64
	Disp       string // attachment, inline or ""
	DispParams map[string]string
	Hdr        [][2]string
	Body       []byte
	Raw        bool // Body is already transfer-encoded (hand-written QP); only LF->CRLF
	Exact      bool // do not normalise line endings of a text body (e.g. HL7 with bare CR)
	Kids       []*Part
	Preamble   string
}

// Msg is one message to write.
type Msg struct {
	Set, Label, Slug string
	From, To, Cc     string
	Subject          string // UTF-8; encoded automatically unless it already holds encoded-words
	Date             string
	Hdr              [][2]string
	Root             *Part
	raw              string // for raw(): the whole hand-written message
	num              int
}

var all []*Msg

// sets are the output directories, in the order they are written.
var sets = []string{C, H, F, S, R, B}

// add registers a built message.
func add(set, label, slug string, m *Msg) {
	m.Set, m.Label, m.Slug = set, label, slug
	all = append(all, m)
}

// raw registers a hand-written message. Headers and body are separated by the
// first empty line; LF line endings are turned into CRLF. Missing Date,
// Message-ID, MIME-Version and Content-Type headers are supplied; a body with
// non-ASCII text and no Content-Transfer-Encoding is sent as UTF-8
// quoted-printable. Non-ASCII in Subject or display names is encoded.
func raw(set, label, slug, text string) {
	all = append(all, &Msg{Set: set, Label: label, Slug: slug, raw: text})
}

// ---------------------------------------------------------------- builders

func text(s string) *Part { return textAs("text/plain", s, "utf-8", "") }
func html(s string) *Part { return textAs("text/html", s, "utf-8", "") }

// textAs makes a text part in the given charset. cte "" chooses 7bit for
// ASCII with short lines and quoted-printable otherwise.
func textAs(ct, s, charset, cte string) *Part {
	b := encodeCharset(s, charset)
	if cte == "" {
		cte = "7bit"
		if !isASCII(b) || maxLine(b) > 900 {
			cte = "quoted-printable"
		}
	}
	return &Part{CT: ct, Params: map[string]string{"charset": charset}, CTE: cte, Body: b}
}

// qpRaw makes a text part whose body is hand-written quoted-printable.
func qpRaw(ct, charset, s string) *Part {
	return &Part{CT: ct, Params: map[string]string{"charset": charset}, CTE: "quoted-printable", Body: []byte(s), Raw: true}
}

// qpBreaks makes a quoted-printable text part; every "¦" in s becomes a soft
// line break ("=" CRLF) at exactly that place, e.g. inside an identifier.
func qpBreaks(ct, charset, s string) *Part {
	pieces := strings.Split(s, "¦")
	var b []byte
	for i, p := range pieces {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, encodeCharset(p, charset)...)
	}
	return &Part{CT: ct, Params: map[string]string{"charset": charset}, CTE: "quoted-printable", Body: b}
}

func b64(p *Part) *Part { p.CTE = "base64"; return p }

func multi(sub string, kids ...*Part) *Part {
	return &Part{CT: "multipart/" + sub, Params: map[string]string{}, Kids: kids}
}
func mixed(kids ...*Part) *Part   { return multi("mixed", kids...) }
func alt(kids ...*Part) *Part     { return multi("alternative", kids...) }
func related(kids ...*Part) *Part { return multi("related", kids...) }

// attach makes a base64 attachment.
func attach(ct, filename string, data []byte) *Part {
	params := map[string]string{}
	if filename != "" {
		params["name"] = filename
	}
	mt, ps, _ := mime.ParseMediaType(ct)
	if mt == "" {
		mt = ct
	}
	for k, v := range ps {
		params[k] = v
	}
	return &Part{CT: mt, Params: params, CTE: "base64", Disp: "attachment",
		DispParams: map[string]string{"filename": filename}, Body: data}
}

// attachText makes a text attachment with the given transfer encoding.
func attachText(ct, filename, s, cte string) *Part {
	p := attach(ct, filename, []byte(s))
	if _, ok := p.Params["charset"]; !ok && strings.HasPrefix(p.CT, "text/") {
		p.Params["charset"] = "utf-8"
	}
	p.CTE = cte
	return p
}

func inline(p *Part) *Part { p.Disp = "inline"; return p }

// rfc822 wraps a message (built or raw) as a message/rfc822 part.
func rfc822(m *Msg) *Part {
	m.Set, m.Slug = "inner", fmt.Sprintf("inner-%08x", hash(m.raw+m.Subject+m.From))
	b := render(m)
	cte := "7bit"
	if !isASCII(b) {
		cte = "8bit"
	}
	return &Part{CT: "message/rfc822", Params: map[string]string{}, CTE: cte, Body: b, Exact: true}
}

func rawInner(text string) *Msg { return &Msg{raw: text} }

// ---------------------------------------------------------------- charsets

type legacyText struct{ charset, utf8, bytes string }

func legacy(id string) legacyText {
	t, ok := legacyData[id]
	if !ok {
		panic("no legacy text " + id)
	}
	return t
}

var cp1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B,
	'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

func encodeCharset(s, charset string) []byte {
	switch strings.ToLower(charset) {
	case "utf-8", "us-ascii":
		return []byte(s)
	case "iso-8859-1", "latin1":
		var b []byte
		for _, r := range s {
			if r > 0xFF {
				panic(fmt.Sprintf("rune %q not in iso-8859-1", r))
			}
			b = append(b, byte(r))
		}
		return b
	case "windows-1252":
		var b []byte
		for _, r := range s {
			if c, ok := cp1252[r]; ok {
				b = append(b, c)
			} else if r <= 0xFF && (r < 0x80 || r > 0x9F) {
				b = append(b, byte(r))
			} else {
				panic(fmt.Sprintf("rune %q not in windows-1252", r))
			}
		}
		return b
	case "utf-16", "utf-16le", "utf-16be":
		u := utf16.Encode([]rune(s))
		var b []byte
		le := strings.ToLower(charset) == "utf-16le"
		if strings.ToLower(charset) == "utf-16" {
			b = append(b, 0xFE, 0xFF) // BOM, big-endian
		}
		for _, c := range u {
			if le {
				b = append(b, byte(c), byte(c>>8))
			} else {
				b = append(b, byte(c>>8), byte(c))
			}
		}
		return b
	}
	for _, t := range legacyData {
		if t.utf8 == s && strings.EqualFold(t.charset, charset) {
			return []byte(t.bytes)
		}
	}
	panic("cannot encode to " + charset)
}

// ---------------------------------------------------------------- encoders

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

func maxLine(b []byte) int {
	m := 0
	for _, l := range bytes.Split(b, []byte("\n")) {
		if len(l) > m {
			m = len(l)
		}
	}
	return m
}

// crlf normalises any line ending to CRLF.
func crlf(b []byte) []byte {
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	b = bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
}

func b64lines(b []byte) []byte {
	s := base64.StdEncoding.EncodeToString(b)
	var out bytes.Buffer
	for len(s) > 76 {
		out.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	out.WriteString(s + "\r\n")
	return out.Bytes()
}

// qpEncode encodes b as quoted-printable. In text mode "\n" (or CRLF) is a
// hard line break; a bare CR is written =0D. A NUL byte is a forced soft break.
func qpEncode(b []byte, textMode bool) []byte {
	if textMode {
		b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	}
	var out bytes.Buffer
	col := 0
	emit := func(s string) {
		if col+len(s) > 75 {
			out.WriteString("=\r\n")
			col = 0
		}
		out.WriteString(s)
		col += len(s)
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == 0:
			out.WriteString("=\r\n")
			col = 0
		case textMode && c == '\n':
			out.WriteString("\r\n")
			col = 0
		case c == ' ' || c == '\t':
			// encode whitespace at end of line / end of body
			if i+1 == len(b) || (textMode && b[i+1] == '\n') {
				emit(fmt.Sprintf("=%02X", c))
			} else {
				emit(string(c))
			}
		case c >= 33 && c <= 126 && c != '=':
			emit(string(c))
		default:
			emit(fmt.Sprintf("=%02X", c))
		}
	}
	if col > 0 || out.Len() == 0 {
		out.WriteString("\r\n")
	}
	return out.Bytes()
}

// encWord encodes a header text as RFC 2047 encoded-words in the given
// charset ('B' or 'Q'), splitting into several words for long input.
func encWord(s, charset string, enc byte) string {
	b := encodeCharset(s, charset)
	return encWordBytes(b, charset, enc)
}

func encWordBytes(b []byte, charset string, enc byte) string {
	var words []string
	chunk := 39
	for len(b) > 0 {
		n := chunk
		if n > len(b) {
			n = len(b)
		}
		// do not split a UTF-8 sequence
		if strings.EqualFold(charset, "utf-8") {
			for n < len(b) && !utf8.RuneStart(b[n]) {
				n--
			}
		}
		// do not split a double-byte character (Shift_JIS / GB2312)
		if strings.EqualFold(charset, "shift_jis") || strings.EqualFold(charset, "gb2312") {
			n = 0
			for n < len(b) && n < chunk {
				if b[n] >= 0x80 && !(strings.EqualFold(charset, "shift_jis") && b[n] >= 0xA1 && b[n] <= 0xDF) {
					n += 2
				} else {
					n++
				}
			}
		}
		piece := b[:n]
		b = b[n:]
		if enc == 'B' {
			words = append(words, fmt.Sprintf("=?%s?B?%s?=", charset, base64.StdEncoding.EncodeToString(piece)))
		} else {
			var q strings.Builder
			for _, c := range piece {
				switch {
				case c == ' ':
					q.WriteByte('_')
				case c >= 33 && c <= 126 && !strings.ContainsRune("=?_\"(),.:;<>@[\\]", rune(c)):
					q.WriteByte(c)
				default:
					fmt.Fprintf(&q, "=%02X", c)
				}
			}
			words = append(words, fmt.Sprintf("=?%s?Q?%s?=", charset, q.String()))
		}
	}
	return strings.Join(words, "\r\n ")
}

// encodeHeader makes a header value 7-bit clean.
func encodeHeader(name, v string) string {
	if isASCII([]byte(v)) {
		return v
	}
	switch strings.ToLower(name) {
	case "from", "to", "cc", "reply-to", "sender":
		list, err := mail.ParseAddressList(v)
		if err != nil {
			panic(fmt.Sprintf("bad address %q: %v", v, err))
		}
		var ss []string
		for _, a := range list {
			ss = append(ss, a.String())
		}
		return strings.Join(ss, ", ")
	}
	return encWord(v, "utf-8", 'Q')
}

// ---------------------------------------------------------------- render

func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

var zones = []string{"-0500", "-0400", "-0600", "-0700", "-0800", "+0000", "+0100", "+0200", "-0300", "+0900"}

func autoDate(key string) string {
	h := hash(key)
	t := time.Date(2025, 1, 2, 7, 0, 0, 0, time.UTC).Add(time.Duration(h%330) * 24 * time.Hour).
		Add(time.Duration((h/330)%(11*3600)) * time.Second)
	z := zones[(h/7)%uint32(len(zones))]
	return t.Format("Mon, 02 Jan 2006 15:04:05 ") + z
}

func domainOf(from string) string {
	if a, err := mail.ParseAddress(from); err == nil {
		if i := strings.LastIndex(a.Address, "@"); i >= 0 {
			return a.Address[i+1:]
		}
	}
	return "mail.example.net"
}

var boundaryStyles = []func(h uint32, n int) string{
	func(h uint32, n int) string { return fmt.Sprintf("----=_NextPart_%03d_%04X_01DB%08X", n, h&0xffff, h) },
	func(h uint32, n int) string { return fmt.Sprintf("0000000000%08x%04x%d", h, n*977, n) },
	func(h uint32, n int) string {
		return fmt.Sprintf("Apple-Mail=_%08X-%04X-4%03X-A%03X-%012X", h, n, h%4096, (h>>4)%4096, uint64(h)*uint64(n+3))
	},
	func(h uint32, n int) string { return fmt.Sprintf("=_sealtest_%x_%d", h, n) },
	func(h uint32, n int) string { return fmt.Sprintf("b%d_%08x%08x", n, h, h^0x5bd1e995) },
}

type renderer struct {
	key string
	h   uint32
	n   int
}

func (r *renderer) boundary() string {
	r.n++
	return boundaryStyles[r.h%uint32(len(boundaryStyles))](r.h, r.n)
}

func fmtMedia(t string, params map[string]string) string {
	s := mime.FormatMediaType(t, params)
	if s == "" {
		panic(fmt.Sprintf("bad media type %q %v", t, params))
	}
	return s
}

func (r *renderer) part(w *bytes.Buffer, p *Part, top bool) {
	params := map[string]string{}
	for k, v := range p.Params {
		params[k] = v
	}
	var bnd string
	if len(p.Kids) > 0 {
		bnd = r.boundary()
		params["boundary"] = bnd
	}
	fmt.Fprintf(w, "Content-Type: %s\r\n", fmtMedia(p.CT, params))
	if p.CTE != "" {
		fmt.Fprintf(w, "Content-Transfer-Encoding: %s\r\n", p.CTE)
	}
	if p.Disp != "" {
		dp := map[string]string{}
		for k, v := range p.DispParams {
			if v != "" {
				dp[k] = v
			}
		}
		fmt.Fprintf(w, "Content-Disposition: %s\r\n", fmtMedia(p.Disp, dp))
	}
	for _, h := range p.Hdr {
		fmt.Fprintf(w, "%s: %s\r\n", h[0], encodeHeader(h[0], h[1]))
	}
	w.WriteString("\r\n")
	if len(p.Kids) > 0 {
		if p.Preamble != "" {
			w.Write(crlf([]byte(p.Preamble)))
			w.WriteString("\r\n")
		} else if top && r.h%3 == 0 {
			w.WriteString("This is a multi-part message in MIME format.\r\n\r\n")
		}
		for _, k := range p.Kids {
			fmt.Fprintf(w, "--%s\r\n", bnd)
			r.part(w, k, false)
		}
		fmt.Fprintf(w, "--%s--\r\n", bnd)
		return
	}
	body := p.Body
	if len(body) == 0 {
		w.WriteString("\r\n") // empty body: keep an explicit empty line before the next delimiter
		return
	}
	textual := strings.HasPrefix(p.CT, "text/") && !p.Exact
	switch {
	case p.Raw:
		w.Write(crlf(body))
	case p.CTE == "base64":
		if textual {
			body = crlf(body)
		}
		w.Write(b64lines(body))
	case p.CTE == "quoted-printable":
		w.Write(qpEncode(body, textual || p.Exact))
	default:
		if p.Exact {
			w.Write(body)
		} else {
			w.Write(crlf(body))
		}
	}
	if !bytes.HasSuffix(w.Bytes(), []byte("\r\n")) {
		w.WriteString("\r\n")
	}
}

func render(m *Msg) []byte {
	key := m.Set + "/" + m.Slug
	if m.raw != "" {
		return renderRaw(m, key)
	}
	r := &renderer{key: key, h: hash(key)}
	var w bytes.Buffer
	hdr := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&w, "%s: %s\r\n", k, encodeHeader(k, v))
		}
	}
	hdr("From", m.From)
	hdr("To", m.To)
	hdr("Cc", m.Cc)
	subj := m.Subject
	if !strings.Contains(subj, "=?") {
		subj = encodeHeader("Subject", subj)
	}
	fmt.Fprintf(&w, "Subject: %s\r\n", subj)
	date := m.Date
	if date == "" {
		date = autoDate(key)
	}
	hdr("Date", date)
	hdr("Message-ID", fmt.Sprintf("<%08x.%d@%s>", r.h, len(key), domainOf(m.From)))
	for _, h := range m.Hdr {
		hdr(h[0], h[1])
	}
	hdr("MIME-Version", "1.0")
	r.part(&w, m.Root, true)
	return w.Bytes()
}

func renderRaw(m *Msg, key string) []byte {
	t := strings.TrimLeft(m.raw, "\n")
	i := strings.Index(t, "\n\n")
	if i < 0 {
		t += "\n\n"
		i = len(t) - 2
	}
	head, body := t[:i], t[i+2:]
	var lines []string
	have := map[string]bool{}
	var from string
	for _, l := range strings.Split(head, "\n") {
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			lines = append(lines, l)
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			panic(fmt.Sprintf("%s: bad header line %q", key, l))
		}
		v = strings.TrimSpace(v)
		have[strings.ToLower(k)] = true
		if strings.EqualFold(k, "from") {
			from = v
		}
		lines = append(lines, k+": "+encodeHeader(k, v))
	}
	h := hash(key)
	if !have["date"] {
		lines = append(lines, "Date: "+autoDate(key))
	}
	if !have["message-id"] {
		lines = append(lines, fmt.Sprintf("Message-ID: <%08x.%d@%s>", h, len(key), domainOf(from)))
	}
	if !have["mime-version"] {
		lines = append(lines, "MIME-Version: 1.0")
	}
	bb := []byte(body)
	if !have["content-type"] {
		if isASCII(bb) {
			lines = append(lines, "Content-Type: text/plain; charset=us-ascii")
		} else {
			lines = append(lines, "Content-Type: text/plain; charset=utf-8")
		}
	}
	if !have["content-transfer-encoding"] {
		if isASCII(bb) {
			lines = append(lines, "Content-Transfer-Encoding: 7bit")
		} else {
			lines = append(lines, "Content-Transfer-Encoding: quoted-printable")
			bb = qpEncode(bb, true)
		}
	}
	var w bytes.Buffer
	w.Write(crlf([]byte(strings.Join(lines, "\n"))))
	w.WriteString("\r\n\r\n")
	w.Write(crlf(bb))
	if !bytes.HasSuffix(w.Bytes(), []byte("\r\n")) {
		w.WriteString("\r\n")
	}
	return w.Bytes()
}

// ---------------------------------------------------------------- main

func repoTestdata() string {
	dir, _ := os.Getwd()
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "policy", "testdata")
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	fmt.Fprintln(os.Stderr, "corpusgen: run inside the sealpost module")
	os.Exit(2)
	return ""
}

func main() {
	check := flag.Bool("check", false, "only parse and verify the existing files")
	only := flag.String("set", "", "rewrite only this set (corpus, holdout, fresh, sealed, reserve or blind)")
	flag.Parse()
	root := repoTestdata()
	if *check {
		os.Exit(checkAll(root))
	}
	corpusNone()
	corpusPhi()
	corpusRestricted()
	holdoutNone()
	holdoutPhi()
	holdoutRestricted()
	freshNone()
	freshPhi()
	freshRestricted()
	sealedNone()
	sealedPhi()
	sealedRestricted()
	reserveNone()
	reservePhi()
	reserveRestricted()
	blindNone()
	blindPhi()
	blindRestricted()

	if *only != "" {
		if !slices.Contains(sets, *only) {
			fmt.Fprintf(os.Stderr, "corpusgen: no set %q\n", *only)
			os.Exit(2)
		}
		sets = []string{*only}
	}
	for _, set := range sets {
		for _, l := range []string{None, Phi, Res} {
			d := filepath.Join(root, set, l)
			old, _ := filepath.Glob(filepath.Join(d, "*.eml"))
			for _, f := range old {
				os.Remove(f)
			}
			if err := os.MkdirAll(d, 0o755); err != nil {
				panic(err)
			}
		}
	}
	seq := map[string]int{}
	seen := map[string]bool{}
	for _, m := range all {
		if !slices.Contains(sets, m.Set) {
			continue
		}
		seq[m.Set]++
		m.num = seq[m.Set]
		if seen[m.Set+m.Slug] {
			panic("duplicate slug " + m.Slug)
		}
		seen[m.Set+m.Slug] = true
		b := render(m)
		name := fmt.Sprintf("%03d-%s.eml", m.num, m.Slug)
		if err := os.WriteFile(filepath.Join(root, m.Set, m.Label, name), b, 0o644); err != nil {
			panic(err)
		}
	}
	if slices.Contains(sets, B) {
		writeBlindLabels(root)
	}
	counts := map[string]int{}
	for _, m := range all {
		if m.num == 0 {
			continue // not in the sets written
		}
		counts[m.Set+"/"+m.Label]++
	}
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-20s %d\n", k, counts[k])
	}
	os.Exit(checkAll(root))
}
