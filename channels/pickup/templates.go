package pickup

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	texttemplate "text/template"
	"time"
)

// The templates of the notice and of the code mail. They are built in;
// an admin may override any of them with a file of the same name in the
// directory of pickup.templates. A template sees only NoticeData or
// CodeData: nothing of the message can reach it.
const (
	NoticeText = "notice.txt"
	NoticeHTML = "notice.html"
	CodeText   = "code.txt"
	CodeHTML   = "code.html"
)

// TemplateNames lists the template files, in the order they load.
var TemplateNames = []string{NoticeText, NoticeHTML, CodeText, CodeHTML}

//go:embed mail
var mailFS embed.FS

// expiryLayout is how a notice says when its link expires.
const expiryLayout = "2 January 2006, 15:04 MST"

// NoticeData is what the notice's templates may use.
type NoticeData struct {
	Link    string // the pickup's link
	Expires string // when the link expires: "2 January 2027, 03:04 UTC"
	Sender  string // the notice sender's display name (pickup.notice_name)
	// Passcode says the link opens with a passcode the sender gives the
	// recipient themselves, not with a code mailed to them.
	Passcode bool
}

// CodeData is what the code mail's templates may use.
type CodeData struct {
	Code   string // the one-time code
	Valid  string // how long it is valid: "10 minutes"
	Sender string // the notice sender's display name (pickup.notice_name)
}

// Samples the templates are tried with when they load, so that a field
// the data lacks fails at startup and not at the first recipient.
var (
	sampleNotice = NoticeData{Link: "https://pickup.example.org/p/sample", Expires: time.Date(2027, 1, 2, 3, 4, 0, 0, time.UTC).Format(expiryLayout), Sender: "Secure Message"}
	sampleCode   = CodeData{Code: "12345678", Valid: "10 minutes", Sender: "Secure Message"}
)

// Templates are the parsed templates of the notice and of the code mail.
// They are safe for concurrent use.
type Templates struct {
	notice, code pair
}

// pair is the text and the HTML template of one mail.
type pair struct {
	text *texttemplate.Template
	html *htmltemplate.Template
}

func (p pair) render(data any) (txt, html []byte, err error) {
	var t, h bytes.Buffer
	if err := p.text.Execute(&t, data); err != nil {
		return nil, nil, err
	}
	if err := p.html.Execute(&h, data); err != nil {
		return nil, nil, err
	}
	return t.Bytes(), h.Bytes(), nil
}

// DefaultTemplates returns the built-in templates.
var DefaultTemplates = sync.OnceValue(func() *Templates {
	t, err := LoadTemplates("")
	if err != nil {
		panic(err) // the built-in templates are tested
	}
	return t
})

// LoadTemplates parses the templates, each from dir if it has a file of
// that name, else the built-in one, and tries each on sample data. dir
// "" takes them all built in. The error lists every template that fails,
// each as its file's path, line and what is wrong.
func LoadTemplates(dir string) (*Templates, error) {
	errs := checkTemplateDir(dir)
	load := func(name string) (path string, text []byte) {
		path, text, err := templateSource(dir, name)
		if err != nil {
			errs = append(errs, err)
		}
		return path, text
	}
	t := &Templates{}
	t.notice = loadPair(load, NoticeText, NoticeHTML, sampleNotice, &errs)
	t.code = loadPair(load, CodeText, CodeHTML, sampleCode, &errs)
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("pickup: templates: %w", err)
	}
	return t, nil
}

// loadPair parses and tries the text and the HTML template of one mail.
// A template is named by its path, so that its errors name the file.
func loadPair(load func(string) (string, []byte), text, html string, sample any, errs *[]error) pair {
	var p pair
	if path, src := load(text); src != nil {
		t, err := texttemplate.New(path).Parse(string(src))
		if err == nil {
			err = t.Execute(io.Discard, sample)
		}
		*errs = append(*errs, err)
		p.text = t
	}
	if path, src := load(html); src != nil {
		t, err := htmltemplate.New(path).Parse(string(src))
		if err == nil {
			err = t.Execute(io.Discard, sample)
		}
		*errs = append(*errs, err)
		p.html = t
	}
	return p
}

// checkTemplateDir checks that dir, if set, is a directory, and holds no
// .txt or .html file but the templates: a misspelt name would otherwise
// leave the built-in template in use unnoticed.
func checkTemplateDir(dir string) []error {
	if dir == "" {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return []error{err}
	}
	var errs []error
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		if (ext == ".txt" || ext == ".html") && !slices.Contains(TemplateNames, e.Name()) {
			errs = append(errs, fmt.Errorf("%s: not a template name (want %s)",
				filepath.Join(dir, e.Name()), strings.Join(TemplateNames, ", ")))
		}
	}
	return errs
}

// templateSource returns the text of template name: dir's file, or the
// built-in one when dir is "" or has no such file.
func templateSource(dir, name string) (path string, text []byte, err error) {
	if dir != "" {
		path = filepath.Join(dir, name)
		text, err = os.ReadFile(path)
		if err == nil {
			return path, text, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return path, nil, err
		}
	}
	text, err = mailFS.ReadFile("mail/" + name)
	return "built-in " + name, text, err
}

// WriteDefaultTemplates writes the built-in templates into dir, for an
// admin to edit, and returns the paths written. A file already there is
// left as it is and returned in kept.
func WriteDefaultTemplates(dir string) (written, kept []string, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, fmt.Errorf("pickup: templates: %w", err)
	}
	for _, name := range TemplateNames {
		text, err := mailFS.ReadFile("mail/" + name)
		if err != nil {
			return written, kept, fmt.Errorf("pickup: templates: %w", err)
		}
		path := filepath.Join(dir, name)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			kept = append(kept, path)
			continue
		}
		if err != nil {
			return written, kept, fmt.Errorf("pickup: templates: %w", err)
		}
		_, err = f.Write(text)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return written, kept, fmt.Errorf("pickup: templates: %w", err)
		}
		written = append(written, path)
	}
	return written, kept, nil
}
