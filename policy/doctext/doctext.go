// Package doctext extracts the text of documents attached to mail (PDF,
// OOXML) for inspection. It never logs or keeps what it reads.
//
// It owns reading document formats into plain text within a budget: it
// never panics on hostile input, never inflates more than a bounded amount
// and, when it cannot read a document's text reliably, says so with an
// error rather than returning garbage. It must never decide policy: what
// the text means is the caller's concern.
package doctext

import (
	"bytes"
	"errors"
	"mime"
	"path"
	"strings"
)

// The errors that PDF and OOXML return, perhaps wrapped with detail.
var (
	ErrEncrypted = errors.New("doctext: document is encrypted")
	ErrNoText    = errors.New("doctext: no extractable text") // e.g. scanned image PDF, fonts without a usable encoding
	ErrMalformed = errors.New("doctext: malformed document")
	ErrTooLarge  = errors.New("doctext: document exceeds the scan budget")
)

const (
	maxInflateTotal = 64 << 20 // inflated bytes of one document
	minStreamBudget = 4 << 20  // one stream may always inflate this much
	maxDepth        = 32       // nesting of page trees, forms, objects
)

var (
	pdfMagic = []byte("%PDF-")
	zipMagic = []byte("PK\x03\x04")
	cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// ooxmlTypes are the media types and file extensions of OOXML documents.
var ooxmlTypes = map[string]bool{
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document":   true,
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":         true,
	"application/vnd.openxmlformats-officedocument.presentationml.presentation": true,
	"application/vnd.ms-word.document.macroenabled.12":                          true,
	"application/vnd.ms-excel.sheet.macroenabled.12":                            true,
	"application/vnd.ms-powerpoint.presentation.macroenabled.12":                true,
	".docx": true, ".docm": true, ".xlsx": true, ".xlsm": true, ".pptx": true, ".pptm": true,
}

// Sniff names the document kind from its first bytes and file name/media
// type: "pdf", "ooxml", "spreadsheetml" (an Excel 2003 XML workbook) or "". The bytes win over the name; a document named
// or typed as PDF or OOXML whose bytes say nothing is named by its name, so
// that the extractor, not the sniffer, reports it malformed.
func Sniff(head []byte, mediaType, filename string) string {
	mt, _, err := mime.ParseMediaType(mediaType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(mediaType))
	}
	ext := strings.ToLower(path.Ext(strings.ReplaceAll(filename, `\`, "/")))
	office := ooxmlTypes[mt] || ooxmlTypes[ext]
	switch {
	case bytes.Contains(head[:min(len(head), 1024)], pdfMagic):
		return "pdf"
	case bytes.HasPrefix(head, zipMagic) && (office || looksOOXML(head)):
		return "ooxml"
	case bytes.HasPrefix(head, cfbMagic) && office:
		return "ooxml" // an encrypted OOXML package
	case bytes.HasPrefix(head, zipMagic), bytes.HasPrefix(head, cfbMagic):
		return ""
	case mt == "application/pdf" || ext == ".pdf":
		return "pdf"
	case office:
		return "ooxml"
	case looksSpreadsheetML(head):
		return "spreadsheetml"
	}
	return ""
}

// looksOOXML reports whether a zip's first bytes name an OOXML part.
func looksOOXML(head []byte) bool {
	for _, p := range []string{"[Content_Types].xml", "_rels/", "word/", "xl/", "ppt/", "docProps/"} {
		if bytes.Contains(head, []byte(p)) {
			return true
		}
	}
	return false
}
