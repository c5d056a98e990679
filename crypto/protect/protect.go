// Package protect turns a message into the envelope of an end-to-end
// encrypted one: the whole original MIME entity, carrying copies of the
// sensitive header fields (RFC 9788 header protection), goes inside the
// encryption; the outer header keeps what transport needs and shows a
// neutral Subject. It owns that header split. The encryption itself is an
// Encrypter (OpenPGP or S/MIME), so this package never sees a key; it
// streams, so a large attachment is never held in memory.
package protect

import (
	"bufio"
	"errors"
	"io"
	"mime"
	nettextproto "net/textproto"
	"strings"

	"github.com/emersion/go-message/textproto"
)

// Encrypter encrypts one MIME entity into the body of an outer entity.
type Encrypter interface {
	// Header returns the MIME fields of the outer entity (Content-Type
	// with any boundary, Content-Transfer-Encoding, …). It is called once,
	// before Encrypt.
	Header() textproto.Header
	// Encrypt reads the whole inner entity from r and writes the outer
	// body to w, CRLF line endings throughout.
	Encrypt(w io.Writer, r io.Reader) error
}

// DefaultSubject is the outer Subject when the policy sets none: the
// placeholder RFC 9788 recommends, which clients that understand header
// protection replace with the real one.
const DefaultSubject = "[...]"

// obscured are the fields that leave the outer header: Subject is
// replaced, the others removed. They all travel inside. Thread-Topic is
// Outlook's copy of the Subject. X-Sensitivity is Sealpost's own marker:
// outside it would tell who handles the mail that the message holds
// health information.
var obscured = map[string]bool{
	"Subject": true, "Keywords": true, "Comments": true, "Thread-Topic": true, "X-Sensitivity": true,
}

// inner are the fields copied into the protected entity, where they are
// authoritative for a client that reads protected headers.
var inner = []string{
	"From", "Sender", "Reply-To", "To", "Cc", "Date", "Message-Id",
	"In-Reply-To", "References", "Subject", "Keywords", "Comments", "Thread-Topic", "X-Sensitivity",
}

// Options are the choices the policy makes.
type Options struct {
	// Subject is the outer Subject; DefaultSubject if empty.
	Subject string
}

// ErrNoHeader is returned for input that does not start with a header.
var ErrNoHeader = errors.New("protect: message has no header")

// Wrap reads a whole RFC 5322 message from msg and writes to w the
// message encrypted by enc, with protected headers. Nothing is written to
// w before the header of msg has been read.
func Wrap(w io.Writer, msg io.Reader, enc Encrypter, opt Options) error {
	br := bufio.NewReaderSize(msg, 32<<10)
	h, err := textproto.ReadHeader(br)
	if err != nil {
		return ErrNoHeader // not err: it quotes the header line, which may be a patient's
	}
	outer := Outer(h, enc.Header(), opt)
	if err := writeFields(w, outer); err != nil {
		return err
	}
	pr, pw := io.Pipe()
	go func() {
		err := writeFields(pw, Inner(h, outer))
		if err == nil {
			_, err = io.Copy(pw, br)
		}
		pw.CloseWithError(err)
	}()
	err = enc.Encrypt(w, pr)
	pr.CloseWithError(errors.New("protect: encrypter stopped reading"))
	return err
}

// A Field is one raw header field: name, colon, value, CRLF, folded
// lines included.
type Field []byte

// Name returns the canonical name of the field.
func (f Field) Name() string {
	name, _, _ := strings.Cut(string(f), ":")
	return nettextproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
}

// Value returns the unfolded value of the field.
func (f Field) Value() string {
	_, v, _ := strings.Cut(string(f), ":")
	return strings.TrimSpace(strings.NewReplacer("\r\n ", " ", "\r\n\t", " ").Replace(v))
}

func newField(name, value string) Field {
	return Field(name + ": " + value + "\r\n")
}

func writeFields(w io.Writer, fs []Field) error {
	for _, f := range fs {
		if _, err := w.Write(f); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\r\n")
	return err
}

// fields returns the fields of h in order.
func fields(h textproto.Header) []Field {
	var out []Field
	for f := h.Fields(); f.Next(); {
		raw, err := f.Raw()
		if err != nil {
			// Only a field added with an unformattable value has no raw
			// form; format it again without folding.
			raw = newField(f.Key(), f.Value())
		}
		out = append(out, raw)
	}
	return out
}

// Outer returns the outer header: every field of h but the MIME ones and
// the obscured ones, a neutral Subject, MIME-Version, and the fields of
// the encrypted entity, in that order.
func Outer(h textproto.Header, encrypted textproto.Header, opt Options) []Field {
	subject := opt.Subject
	if subject == "" {
		subject = DefaultSubject
	}
	var out []Field
	for _, f := range fields(h) {
		if k := f.Name(); !obscured[k] && !isMIME(k) {
			out = append(out, f)
		}
	}
	out = append(out, newField("Subject", mime.QEncoding.Encode("utf-8", subject)), newField("MIME-Version", "1.0"))
	return append(out, fields(encrypted)...)
}

// Inner returns the header of the protected entity: a copy of each field
// in inner, an HP-Outer record of what the outer header shows for them
// (RFC 9788 section 2.2), the original MIME fields, and the Content-Type
// marked as carrying protected headers.
func Inner(h textproto.Header, outer []Field) []Field {
	all := fields(h)
	var in []Field
	for _, k := range inner {
		for _, f := range all {
			if f.Name() == k {
				in = append(in, f)
			}
		}
	}
	for _, k := range inner {
		for _, f := range outer {
			if f.Name() == k {
				in = append(in, newField("HP-Outer", k+": "+f.Value()))
			}
		}
	}
	for _, f := range all {
		if k := f.Name(); isMIME(k) && k != "Content-Type" && k != "Mime-Version" {
			in = append(in, f)
		}
	}
	return append(in, newField("Content-Type", markedType(h.Get("Content-Type"))))
}

// markedType adds the protected-headers parameters to a Content-Type:
// hp="cipher" (RFC 9788) and protected-headers="v1" (the earlier draft
// that deployed clients read). An unparseable type is left as it is:
// the entity still decrypts, the client just shows the outer Subject.
func markedType(ct string) string {
	if ct == "" {
		ct = "text/plain; charset=us-ascii"
	}
	t, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return ct
	}
	params["hp"] = "cipher"
	params["protected-headers"] = "v1"
	return mime.FormatMediaType(t, params)
}

func isMIME(k string) bool {
	return strings.HasPrefix(k, "Content-") || k == "Mime-Version"
}
