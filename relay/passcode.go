package relay

import (
	"bytes"
	"mime"
	"net/textproto"
	"strings"

	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/channels/pickup"
)

// PasscodeField is the header field in which a submitter sets the
// passcode that opens the message's pickups, for rules whose pickup
// identity is passcode. It is cut from the message at accept: it never
// reaches the store, a recipient or a log.
const PasscodeField = "Sealpost-Passcode"

func errPasscode(msg string) error {
	return smtpErr(550, smtp.EnhancedCode{5, 7, 1}, msg)
}

// takePasscode cuts every Sealpost-Passcode field from msg's header and
// from hdr, and returns the passcode ("" if none). More than one field,
// or a passcode pickup.CheckPasscode refuses, is an error to answer
// with, the message being refused: better than guessing which one the
// recipient was told.
func takePasscode(msg *rawMessage, hdr textproto.MIMEHeader) (string, error) {
	values := hdr.Values(PasscodeField)
	if len(values) == 0 {
		return "", nil
	}
	msg.cutField(PasscodeField)
	hdr.Del(PasscodeField)
	if len(values) > 1 {
		return "", errPasscode("Message has more than one " + PasscodeField + " header field")
	}
	passcode := strings.TrimSpace(values[0])
	if dec, err := new(mime.WordDecoder).DecodeHeader(passcode); err == nil {
		passcode = strings.TrimSpace(dec)
	}
	if err := pickup.CheckPasscode(passcode); err != nil {
		return "", errPasscode("Passcode refused: " + err.Error())
	}
	return passcode, nil
}

// cutField removes every field called name (any case) from the header
// section, continuation lines included. The header before each cut
// moves towards the body: only the header is copied.
func (m *rawMessage) cutField(name string) {
	body := m.body()
	end := headerEnd(body)
	kept := make([]byte, 0, end)
	cut := false
	for off := 0; off < end; {
		line := lineAt(body[:end], off)
		switch {
		case line[0] == ' ' || line[0] == '\t': // a continuation belongs to the field before
		default:
			cut = isField(line, name)
		}
		if !cut {
			kept = append(kept, line...)
		}
		off += len(line)
	}
	removed := end - len(kept)
	copy(body[removed:end], kept)
	m.start += removed
}

// headerEnd is the length of the header section's field lines: up to the
// empty line, or all of body if it has none.
func headerEnd(body []byte) int {
	if bytes.HasPrefix(body, crlf) {
		return 0
	}
	if i := bytes.Index(body, []byte("\r\n\r\n")); i >= 0 {
		return i + 2
	}
	return len(body)
}

var crlf = []byte("\r\n")

// lineAt returns the line of b starting at off, with its CRLF.
func lineAt(b []byte, off int) []byte {
	if i := bytes.Index(b[off:], crlf); i >= 0 {
		return b[off : off+i+2]
	}
	return b[off:]
}

func isField(line []byte, name string) bool {
	colon := bytes.IndexByte(line, ':')
	return colon > 0 && bytes.EqualFold(bytes.TrimRight(line[:colon], " \t"), []byte(name))
}
