package pickup

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
	"time"
)

// The notice and the code mail say nothing of the message: no sender, no
// subject, no content. Their subjects are fixed.
const (
	NoticeSubject = "You have a secure message"
	CodeSubject   = "Your verification code"
)

// Notice returns the neutral notice of a pickup with the built-in
// templates (see Templates.Notice).
func Notice(m Mail, l Link) ([]byte, error) {
	return DefaultTemplates().Notice(m, l)
}

// CodeMail returns the mail that carries a one-time code with the
// built-in templates (see Templates.CodeMail).
func CodeMail(m Mail, code string, valid time.Duration) ([]byte, error) {
	return DefaultTemplates().CodeMail(m, code, valid)
}

// Mail is the envelope of a notice or a code mail.
type Mail struct {
	FromName, From string // display name and address of the sender
	To             string // the pickup's recipient
	Date           time.Time
}

// Link is what a notice says of its pickup.
type Link struct {
	URL      string
	Expires  time.Time
	Passcode bool // it opens with the sender's passcode, not a mailed code
}

// Notice returns the neutral notice of a pickup: multipart/alternative,
// plain text and HTML, with the link, when it expires and how the
// recipient will be asked to prove who they are. CRLF line endings,
// ready to sign.
func (t *Templates) Notice(m Mail, l Link) ([]byte, error) {
	data := NoticeData{Link: l.URL, Expires: l.Expires.UTC().Format(expiryLayout), Sender: m.FromName, Passcode: l.Passcode}
	txt, html, err := t.notice.render(data)
	if err != nil {
		return nil, fmt.Errorf("pickup: notice: %w", err)
	}
	b, err := alternative(m, NoticeSubject, txt, html)
	if err != nil {
		return nil, fmt.Errorf("pickup: notice: %w", err)
	}
	return b, nil
}

// CodeMail returns the mail that carries a one-time code, valid for valid:
// the code and its validity only, multipart/alternative as the notice.
func (t *Templates) CodeMail(m Mail, code string, valid time.Duration) ([]byte, error) {
	txt, html, err := t.code.render(CodeData{Code: code, Valid: humanDuration(valid), Sender: m.FromName})
	if err != nil {
		return nil, fmt.Errorf("pickup: code mail: %w", err)
	}
	b, err := alternative(m, CodeSubject, txt, html)
	if err != nil {
		return nil, fmt.Errorf("pickup: code mail: %w", err)
	}
	return b, nil
}

// LinkSMS is the text message of a pickup: who sends (the admin's
// neutral name) and the link, and with a passcode that the sender gives
// it; nothing of the message.
func LinkSMS(sender, link string, passcode bool) string {
	text := sender + ": you have a secure message. Open it here: " + link
	if passcode {
		text += " (you will need the passcode the sender gave you)"
	}
	return text
}

// CodeSMS is the text message of a portal code, valid for valid.
func CodeSMS(sender, code string, valid time.Duration) string {
	return fmt.Sprintf("%s: your verification code is %s. It is valid for %s.", sender, code, humanDuration(valid))
}

// alternative writes a multipart/alternative mail of a text and an HTML
// part.
func alternative(m Mail, subject string, txt, html []byte) ([]byte, error) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	writeHeader(&b, m, subject)
	fmt.Fprintf(&b, "Content-Type: multipart/alternative; boundary=%q\r\n\r\n", mw.Boundary())
	if err := writePart(mw, "text/plain; charset=utf-8", txt); err != nil {
		return nil, err
	}
	if err := writePart(mw, "text/html; charset=utf-8", html); err != nil {
		return nil, err
	}
	if err := mw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func writeHeader(b *bytes.Buffer, m Mail, subject string) {
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	fmt.Fprintf(b, "From: %s <%s>\r\n", displayName(m.FromName), m.From)
	fmt.Fprintf(b, "To: <%s>\r\n", m.To)
	fmt.Fprintf(b, "Subject: %s\r\n", subject)
	fmt.Fprintf(b, "Date: %s\r\n", date.Format(time.RFC1123Z))
	fmt.Fprintf(b, "Message-ID: <%s@%s>\r\n", randomHex(16), domainOf(m.From))
	b.WriteString("MIME-Version: 1.0\r\nAuto-Submitted: auto-generated\r\n")
}

// displayName quotes name, or encodes it (RFC 2047) when it is not ASCII.
func displayName(name string) string {
	for _, r := range name {
		if r >= 0x80 {
			return mime.QEncoding.Encode("utf-8", name)
		}
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(name) + `"`
}

func writePart(mw *multipart.Writer, ctype string, body []byte) error {
	h := textproto.MIMEHeader{}
	h.Set("Content-Type", ctype)
	h.Set("Content-Transfer-Encoding", "quoted-printable")
	w, err := mw.CreatePart(h)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := writeQP(&b, body); err != nil {
		return err
	}
	_, err = w.Write(b.Bytes())
	return err
}

// writeQP writes body quoted-printable with CRLF line breaks.
func writeQP(b *bytes.Buffer, body []byte) error {
	qp := quotedprintable.NewWriter(b)
	if _, err := qp.Write(body); err != nil {
		return err
	}
	if err := qp.Close(); err != nil {
		return err
	}
	if !bytes.HasSuffix(b.Bytes(), []byte("\r\n")) {
		b.WriteString("\r\n")
	}
	return nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func domainOf(addr string) string {
	if at := strings.LastIndexByte(addr, '@'); at >= 0 {
		return addr[at+1:]
	}
	return "localhost"
}

// humanDuration writes "10 minutes", "1 hour", or Go's form otherwise.
func humanDuration(d time.Duration) string {
	switch {
	case d%time.Hour == 0:
		return plural(int(d/time.Hour), "hour")
	case d%time.Minute == 0:
		return plural(int(d/time.Minute), "minute")
	}
	return d.String()
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// ReplyMail returns a recipient's secure reply as a message to the
// pickup's sender (m.To): from the notice sender, with Reply-To the
// recipient, who wrote it on the portal. The text is the recipient's own:
// it goes through the relay's pipeline, which protects it as any message,
// and it is marked X-Sensitivity: phi, so that it is protected at least
// as health information whatever its text: it answers a secure message.
func ReplyMail(m Mail, recipient, text string) ([]byte, error) {
	var b bytes.Buffer
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	fmt.Fprintf(&b, "From: %s <%s>\r\n", displayName(m.FromName), m.From)
	fmt.Fprintf(&b, "Reply-To: <%s>\r\n", recipient)
	fmt.Fprintf(&b, "To: <%s>\r\n", m.To)
	b.WriteString("Subject: Secure reply\r\nX-Sensitivity: phi\r\n")
	fmt.Fprintf(&b, "Date: %s\r\n", date.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Message-ID: <%s@%s>\r\n", randomHex(16), domainOf(m.From))
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	body := "Reply from " + recipient + " to your secure message:\r\n\r\n" + crlf(text) + "\r\n"
	if err := writeQP(&b, []byte(body)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// crlf makes every line break of s a CRLF.
func crlf(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\n", "\r\n")
}
