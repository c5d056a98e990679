package sms

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // non-UTF-8 mail
	"github.com/emersion/go-message/mail"
)

// What of a mail becomes a text (conf sms.text).
const (
	TextBody           = "body"
	TextSubject        = "subject"
	TextSubjectAndBody = "subject+body"
)

// maxTextBytes bounds what is read of a mail's text part: a text is
// refused long before (a segment cap of 10 is 1,530 characters).
const maxTextBytes = 64 << 10

// ErrNoText is a mail with nothing to send: no subject or no text/plain
// part, as from says.
var ErrNoText = errors.New("sms: the mail has no text to send")

// MailText returns what of the mail read from raw becomes a text: its
// subject, its first text/plain part (decoded, in UTF-8), or both on two
// lines, per from. Line endings become "\n" and surrounding space is
// trimmed. The mail is streamed: parts before the text are skipped, not
// held.
func MailText(raw io.Reader, from string) (string, error) {
	r, err := mail.CreateReader(raw)
	if err != nil && !message.IsUnknownCharset(err) {
		return "", fmt.Errorf("sms: read the mail: %w", err)
	}
	var subject, body string
	if from != TextBody {
		subject = headerText(r.Header)
	}
	if from != TextSubject {
		if body, err = plainPart(r); err != nil {
			return "", err
		}
	}
	text := strings.TrimSpace(strings.Join(nonEmpty(subject, body), "\n"))
	if text == "" {
		return "", ErrNoText
	}
	return text, nil
}

func headerText(h mail.Header) string {
	s, err := h.Subject()
	if err != nil {
		s, _ = new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	}
	return strings.TrimSpace(s)
}

// plainPart returns the first inline text/plain part.
func plainPart(r *mail.Reader) (string, error) {
	for {
		p, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			return "", nil
		}
		if err != nil && !message.IsUnknownCharset(err) {
			return "", fmt.Errorf("sms: read the mail: %w", err)
		}
		h, ok := p.Header.(*mail.InlineHeader)
		if !ok {
			continue
		}
		if ct, _, _ := h.ContentType(); ct != "text/plain" && ct != "" {
			continue
		}
		b, err := io.ReadAll(io.LimitReader(p.Body, maxTextBytes))
		if err != nil {
			return "", fmt.Errorf("sms: read the mail's text: %w", err)
		}
		return strings.TrimSpace(strings.ReplaceAll(string(b), "\r\n", "\n")), nil
	}
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
