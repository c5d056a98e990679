package policy

import (
	"bytes"
	"io"
	"strings"
)

// quotedHeaders passes text on unchanged and keeps the Subject lines of
// the headers a forward or a reply quotes in its body:
//
//	-----Original Message-----
//	From: Carl Whitfield <cw@clinic.example>
//	Sent: Thursday, December 3, 2026 10:02 AM
//	Subject: Referral - Ostrowski, Teresa - ANA 1:640 speckled
//
// The walker reads them again as subjects once the part is read, as it
// reads the subject of a message attached whole: a reader sees one there.
// A Subject line counts only within a few lines after a From line, so a
// form's "Subject:" field is left as text.
type quotedHeaders struct {
	out       io.Writer
	line      []byte // the start of the line being written
	low       []byte // its label, lower-case
	sinceFrom int    // lines since the last From line; fromLines or more: none near
	subjects  []string
	people    int // From lines that name a private person: a plain-text digest's posts, a forward's writer
}

const (
	fromLines    = 5   // Outlook puts Sent, To and Cc between From and Subject
	labelBytes   = 24  // enough of a line to hold "> Lähettäjä:" or "보낸 사람:"
	subjectBytes = 400 // a quoted subject kept, at most
	maxSubjects  = 20
)

func newQuotedHeaders(out io.Writer) *quotedHeaders {
	return &quotedHeaders{out: out, sinceFrom: fromLines}
}

func (q *quotedHeaders) Write(p []byte) (int, error) {
	for rest := p; len(rest) > 0; {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			q.keep(rest) // the line goes on in the next write
			break
		}
		if len(q.line) == 0 {
			q.judge(rest[:i]) // the whole line is here
		} else {
			q.keep(rest[:i])
			q.judge(q.line)
			q.line = q.line[:0]
		}
		rest = rest[i+1:]
	}
	return q.out.Write(p)
}

// keep holds the start of a line that a write splits: its label, or
// its whole subject when a From line was near.
func (q *quotedHeaders) keep(b []byte) {
	if room := subjectBytes - len(q.line); room > 0 {
		q.line = append(q.line, b[:min(room, len(b))]...)
	}
}

// judge reads one line.
func (q *quotedHeaders) judge(line []byte) {
	label, value := q.label(line)
	switch {
	case label == nil:
		q.sinceFrom++
	case fromLabels[string(label)]:
		q.sinceFrom = 0
		if personSender(string(value)) {
			q.people++
		}
	case q.sinceFrom < fromLines && subjectLabels[string(label)]:
		value = value[:min(len(value), subjectBytes)]
		if v := strings.ToValidUTF8(string(value), ""); v != "" && len(q.subjects) < maxSubjects {
			q.subjects = append(q.subjects, v)
		}
		q.sinceFrom = fromLines
	default:
		q.sinceFrom++
	}
}

// Close judges a last line with no line break.
func (q *quotedHeaders) Close() {
	if len(q.line) > 0 {
		q.judge(q.line)
		q.line = q.line[:0]
	}
}

// label splits a line, after any quote marks and bold marks, into its
// label, lower-case, and its value: "> *From:* Ana" is "from", "Ana"; nil
// for a line with no label. Most lines have no colon near their start
// and are let go at once.
func (q *quotedHeaders) label(line []byte) (label, value []byte) {
	head := line[:min(len(line), labelBytes)]
	if bytes.IndexByte(head, ':') < 0 && bytes.IndexByte(head, 0xef) < 0 {
		return nil, nil
	}
	line = bytes.TrimLeft(line, "> \t*")
	head = line[:min(len(line), labelBytes)]
	i, sep := bytes.IndexByte(head, ':'), 1
	if j := bytes.Index(head, []byte("：")); j >= 0 && (i < 0 || j < i) {
		i, sep = j, len("：")
	}
	if i <= 0 {
		return nil, nil
	}
	label = bytes.TrimRight(line[:i], " *")
	q.low = append(q.low[:0], label...)
	for k, c := range q.low {
		if c >= 0x80 {
			q.low = bytes.ToLower(label) // Cyrillic, Turkish, Vietnamese
			break
		} else if 'A' <= c && c <= 'Z' {
			q.low[k] = c + 'a' - 'A'
		}
	}
	return q.low, bytes.TrimLeft(bytes.TrimRight(line[i+sep:], "\r"), "* ")
}

// fromLabels and subjectLabels are the labels mail clients write over a
// quoted message, in the languages the lexicon reads.
var (
	fromLabels = labelSet("from", "de", "von", "van", "da", "od", "от", "від", "发件人", "寄件者", "寄件人", "差出人", "送信者",
		"보낸 사람", "보낸사람", "từ", "kimden", "från", "fra", "lähettäjä", "من", "מאת", "afsender", "feladó")
	subjectLabels = labelSet("subject", "asunto", "assunto", "objet", "betreff", "onderwerp", "oggetto", "temat", "тема",
		"主题", "主旨", "件名", "제목", "chủ đề", "konu", "ämne", "emne", "aihe", "předmět", "الموضوع", "נושא", "tárgy", "subiect")
)

func labelSet(labels ...string) map[string]bool {
	m := make(map[string]bool, len(labels))
	for _, l := range labels {
		m[l] = true
	}
	return m
}
