package portal

import (
	"errors"
	"fmt"
	"html/template"
	"io"
	"mime"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // non-UTF-8 parts
	"github.com/emersion/go-message/mail"
	"github.com/microcosm-cc/bluemonday"
)

// maxText bounds the text or HTML part read into memory to show.
const maxText = 4 << 20

// shown is a message as the view page shows it.
type shown struct {
	Subject, From, Date string
	Text                string        // the plain text part, if there is no HTML part
	HTML                template.HTML // the HTML part, sanitised
	Attachments         []attachment
}

type attachment struct {
	N    int
	Name string
	Size string
	Type string
}

// part is one leaf of a message, as walk finds it.
type part struct {
	n        int // attachment number, from 1; 0 for an inline text part
	name     string
	mimeType string
	body     io.Reader
}

// errUnparsable is a message go-message could not parse. Its errors are
// not passed on: they quote the header line they choke on, which may be
// the patient's.
var errUnparsable = errors.New("portal: the message could not be parsed")

// fnError carries an error of walk's fn through the walk, to tell it from
// the parser's.
type fnError struct{ err error }

func (e fnError) Error() string { return e.err.Error() }

// walk calls fn for each leaf of the message read from r: inline text
// parts and attachments, numbered in order. Errors of fn come back as
// they are; the parser's as errUnparsable.
func walk(r io.Reader, fn func(h message.Header, p part) error) (message.Header, error) {
	e, err := message.Read(r)
	if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
		return message.Header{}, errUnparsable
	}
	root := e.Header
	n := 0
	err = e.Walk(func(_ []int, ent *message.Entity, err error) error {
		if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
			return errUnparsable
		}
		if ent.MultipartReader() != nil {
			return nil
		}
		mt, _, _ := ent.Header.ContentType()
		disp, _, _ := ent.Header.ContentDisposition()
		ah := mail.AttachmentHeader{Header: ent.Header}
		name, _ := ah.Filename()
		p := part{name: name, mimeType: strings.ToLower(mt), body: ent.Body}
		if disp == "attachment" || name != "" || !strings.HasPrefix(p.mimeType, "text/") && p.mimeType != "" {
			n++
			p.n = n
		}
		if err := fn(ent.Header, p); err != nil {
			return fnError{err}
		}
		return nil
	})
	var fe fnError
	switch {
	case err == nil:
		return root, nil
	case errors.As(err, &fe):
		return root, fe.err
	default:
		return root, errUnparsable
	}
}

// render reads a message into what the view page shows.
func render(r io.Reader) (*shown, error) {
	var s shown
	var html string
	h, err := walk(r, func(_ message.Header, p part) error {
		switch {
		case p.n > 0:
			size, err := io.Copy(io.Discard, p.body)
			if err != nil {
				return err
			}
			s.Attachments = append(s.Attachments, attachment{N: p.n, Name: displayName(p.name, p.n), Size: humanSize(size), Type: p.mimeType})
		case p.mimeType == "text/html" && html == "":
			b, err := io.ReadAll(io.LimitReader(p.body, maxText))
			if err != nil {
				return err
			}
			html = string(b)
		case (p.mimeType == "text/plain" || p.mimeType == "") && s.Text == "":
			b, err := io.ReadAll(io.LimitReader(p.body, maxText))
			if err != nil {
				return err
			}
			s.Text = string(b)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if html != "" {
		s.HTML = template.HTML(policy().Sanitize(html))
		s.Text = ""
	}
	mh := mail.Header{Header: h}
	s.Subject, _ = mh.Subject()
	if from, err := mh.AddressList("From"); err == nil {
		var names []string
		for _, a := range from {
			names = append(names, a.String())
		}
		s.From = strings.Join(names, ", ")
	}
	if d, err := mh.Date(); err == nil && !d.IsZero() {
		s.Date = d.Format(time.RFC1123Z)
	}
	return &s, nil
}

var errNoAttachment = errors.New("portal: no such attachment")

// attachmentN finds attachment n of the message read from r and calls fn
// with it, its body streamed.
func attachmentN(r io.Reader, n int, fn func(p part) error) error {
	found := false
	_, err := walk(r, func(_ message.Header, p part) error {
		if p.n != n || found {
			return nil
		}
		found = true
		return fn(p)
	})
	if err == nil && !found {
		return errNoAttachment
	}
	return err
}

// policy is UGCPolicy without remote content: no image source survives
// (CSP blocks them too), links get rel="nofollow noreferrer noopener" and
// a new tab, no style attribute, form or script (UGCPolicy has none).
var policy = sync.OnceValue(func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.RewriteSrc(func(u *url.URL) { *u = url.URL{} })
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
})

// displayName is an attachment's name fit to show and to download as:
// no path, no control or quoting characters, at most 100 runes.
func displayName(name string, n int) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" .-_()", r) {
			return r
		}
		return '_'
	}, name)
	name = strings.Trim(name, " .")
	if rs := []rune(name); len(rs) > 100 {
		name = string(rs[:100])
	}
	if name == "" {
		name = fmt.Sprintf("attachment-%d", n)
	}
	return name
}

// downloadType is the Content-Type an attachment is served with: its own
// if a browser handles it without running anything, else a plain download.
func downloadType(mt string) string {
	switch mt {
	case "application/pdf", "image/png", "image/jpeg", "image/gif", "text/plain":
		return mt
	}
	return "application/octet-stream"
}

func contentDisposition(name string) string {
	return mime.FormatMediaType("attachment", map[string]string{"filename": name})
}

func humanSize(n int64) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d bytes", n)
	case n < 1024*1024:
		return fmt.Sprintf("%.1f KB", float64(n)/1024)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1024*1024))
}
