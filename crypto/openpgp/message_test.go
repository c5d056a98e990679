package openpgp

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"math/rand/v2"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
	"testing"

	"github.com/emersion/go-message"
	gmtextproto "github.com/emersion/go-message/textproto"
)

// A realistic message: text and HTML alternatives, a binary attachment,
// a non-ASCII Subject.

const subject = "Ergebnisse für Ana Rivera – Biopsie"

type testMessage struct {
	raw        []byte
	body       []byte // everything after the header
	attachment []byte
}

func newMessage(t testing.TB, attachmentSize int) testMessage {
	t.Helper()
	attachment := make([]byte, attachmentSize)
	r := rand.New(rand.NewChaCha8([32]byte{1}))
	for i := range attachment {
		attachment[i] = byte(r.Uint32())
	}
	var body bytes.Buffer
	mixed := multipart.NewWriter(&body)
	if err := mixed.SetBoundary("mixed-b1"); err != nil {
		t.Fatal(err)
	}
	alt := multipart.NewWriter(nil)
	_ = alt.SetBoundary("alt-b2")
	w, _ := mixed.CreatePart(textproto.MIMEHeader{"Content-Type": {"multipart/alternative; boundary=" + alt.Boundary()}})
	alt = multipart.NewWriter(w)
	_ = alt.SetBoundary("alt-b2")
	writeQP(t, alt, "text/plain; charset=utf-8", "Guten Tag Frau Rivera,\r\n\r\ndie Biopsie ist gutartig. Grüße aus der Praxis.\r\nFrom here on, nothing changes.\r\n.\r\n")
	writeQP(t, alt, "text/html; charset=utf-8", "<html><body><p>Guten Tag Frau Rivera,</p><p>die Biopsie ist <b>gutartig</b>. Grüße.</p></body></html>\r\n")
	if err := alt.Close(); err != nil {
		t.Fatal(err)
	}
	w, _ = mixed.CreatePart(textproto.MIMEHeader{
		"Content-Type":              {`application/pdf; name="befund.pdf"`},
		"Content-Disposition":       {`attachment; filename="befund.pdf"`},
		"Content-Transfer-Encoding": {"base64"},
	})
	writeBase64(w, attachment)
	if err := mixed.Close(); err != nil {
		t.Fatal(err)
	}
	header := "Received: from ehr.clinic.example.org by relay.clinic.example.org\r\n" +
		"From: Praxis <frontdesk@clinic.example.org>\r\n" +
		"To: Ana Rivera <ana@example.net>\r\n" +
		"Subject: " + mime.QEncoding.Encode("utf-8", subject) + "\r\n" +
		"Date: Tue, 01 Dec 2026 10:00:00 +0100\r\n" +
		"Message-ID: <results-1@clinic.example.org>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"" + mixed.Boundary() + "\"\r\n" +
		"\r\n"
	return testMessage{raw: append([]byte(header), body.Bytes()...), body: body.Bytes(), attachment: attachment}
}

func writeQP(t testing.TB, mw *multipart.Writer, ct, text string) {
	t.Helper()
	w, err := mw.CreatePart(textproto.MIMEHeader{"Content-Type": {ct}, "Content-Transfer-Encoding": {"quoted-printable"}})
	if err != nil {
		t.Fatal(err)
	}
	qp := quotedprintable.NewWriter(w)
	_, _ = io.WriteString(qp, text)
	_ = qp.Close()
}

func writeBase64(w io.Writer, data []byte) {
	s := base64.StdEncoding.EncodeToString(data)
	for len(s) > 76 {
		_, _ = io.WriteString(w, s[:76]+"\r\n")
		s = s[76:]
	}
	_, _ = io.WriteString(w, s+"\r\n")
}

// outerParts checks the outer message is PGP/MIME with a neutral Subject
// and returns its header and the armored OpenPGP message.
func outerParts(t testing.TB, out []byte) (gmtextproto.Header, []byte) {
	t.Helper()
	checkCRLF(t, out)
	e, err := message.Read(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Header.Get("Subject"); got != "Secure message" {
		t.Errorf("outer Subject %q", got)
	}
	if strings.Contains(string(out[:bytes.Index(out, []byte("\r\n\r\n"))]), "Rivera – Biopsie") {
		t.Error("the real Subject shows outside")
	}
	mt, params, err := e.Header.ContentType()
	if err != nil || mt != "multipart/encrypted" || params["protocol"] != "application/pgp-encrypted" || len(params["boundary"]) < 20 {
		t.Fatalf("outer Content-Type %q %v %v", mt, params, err)
	}
	mr := e.MultipartReader()
	if mr == nil {
		t.Fatal("outer entity is not multipart")
	}
	p1 := nextPart(t, mr)
	if mt, _, _ := p1.Header.ContentType(); mt != "application/pgp-encrypted" {
		t.Errorf("first part is %q", mt)
	}
	if b, _ := io.ReadAll(p1.Body); strings.TrimSpace(string(b)) != "Version: 1" {
		t.Errorf("version part %q", b)
	}
	p2 := nextPart(t, mr)
	mt, params, _ = p2.Header.ContentType()
	disp, dparams, _ := p2.Header.ContentDisposition()
	if mt != "application/octet-stream" || params["name"] != "encrypted.asc" || disp != "inline" || dparams["filename"] != "encrypted.asc" {
		t.Errorf("encrypted part: %s %v, disposition %s %v", mt, params, disp, dparams)
	}
	if cte := p2.Header.Get("Content-Transfer-Encoding"); cte != "7bit" {
		t.Errorf("encrypted part Content-Transfer-Encoding %q", cte)
	}
	armored, err := io.ReadAll(p2.Body)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(armored, []byte("-----BEGIN PGP MESSAGE-----\r\n")) || !bytes.Contains(armored, []byte("-----END PGP MESSAGE-----")) {
		t.Errorf("encrypted part is not an armored message: %.80q…", armored)
	}
	if _, err := mr.NextPart(); !errors.Is(err, io.EOF) {
		t.Errorf("a third part, or a bad end: %v", err)
	}
	return e.Header.Header, armored
}

func nextPart(t testing.TB, mr message.MultipartReader) *message.Entity {
	t.Helper()
	p, err := mr.NextPart()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// checkCRLF fails on a bare LF or CR, or a line longer than RFC 5322 allows.
func checkCRLF(t testing.TB, b []byte) {
	t.Helper()
	for i, line := range bytes.SplitAfter(b, []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		if !bytes.HasSuffix(line, []byte("\r\n")) || bytes.IndexByte(line[:len(line)-2], '\r') >= 0 {
			t.Fatalf("line %d is not CRLF-terminated: %.80q", i+1, line)
		}
		if len(line) > 78 {
			t.Fatalf("line %d is %d bytes long", i+1, len(line))
		}
	}
}

// checkInner checks a decrypted inner entity against the original.
func checkInner(t testing.TB, plain []byte, m testMessage) {
	t.Helper()
	br := bufio.NewReader(bytes.NewReader(plain))
	h, err := gmtextproto.ReadHeader(br)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(br)
	if !bytes.Equal(body, m.body) {
		t.Errorf("inner body differs from the original (%d bytes, want %d)", len(body), len(m.body))
	}
	got, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if err != nil || got != subject {
		t.Errorf("inner Subject %q (%v)", got, err)
	}
	_, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || params["hp"] != "cipher" || params["protected-headers"] != "v1" || params["boundary"] != "mixed-b1" {
		t.Errorf("inner Content-Type %q", h.Get("Content-Type"))
	}
	if got := attachmentOf(t, plain); !bytes.Equal(got, m.attachment) {
		t.Errorf("attachment decodes to %d bytes, not the original %d", len(got), len(m.attachment))
	}
}

func attachmentOf(t testing.TB, entity []byte) []byte {
	t.Helper()
	e, err := message.Read(bytes.NewReader(entity))
	if err != nil {
		t.Fatal(err)
	}
	var found []byte
	err = e.Walk(func(_ []int, part *message.Entity, err error) error {
		if err != nil {
			return err
		}
		if _, p, _ := part.Header.ContentDisposition(); p["filename"] == "befund.pdf" {
			found, err = io.ReadAll(part.Body)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}
