package dkim

import "bytes"

// field is one header field as it appears in the message.
type field struct {
	name []byte // before the colon, trimmed
	raw  []byte // the whole field with its folded lines, without the final line break
}

// splitHeader returns the header fields of msg and the body: what follows
// the first empty line, or nothing when there is no empty line. Lines may
// end in CRLF or a bare LF. The fields point into msg: nothing is copied.
func splitHeader(msg []byte) ([]field, []byte) {
	fields := make([]field, 0, 32)
	start := 0 // of the last field
	for off := 0; off < len(msg); {
		end, next := cutLine(msg, off)
		switch {
		case end == off:
			return fields, msg[next:]
		case isWSP(msg[off]) && len(fields) > 0: // a folded line continues the last field
			fields[len(fields)-1].raw = msg[start:end]
		default:
			start = off
			fields = append(fields, field{name: fieldName(msg[off:end]), raw: msg[off:end]})
		}
		off = next
	}
	return fields, nil
}

// cutLine returns the end of the line starting at off (before CRLF or LF)
// and the start of the next line.
func cutLine(msg []byte, off int) (end, next int) {
	i := bytes.IndexByte(msg[off:], '\n')
	if i < 0 {
		return len(msg), len(msg)
	}
	end, next = off+i, off+i+1
	if end > off && msg[end-1] == '\r' {
		end--
	}
	return end, next
}

// fieldName is what precedes the colon, without surrounding whitespace (the
// whole line when there is no colon).
func fieldName(line []byte) []byte {
	name, _, _ := bytes.Cut(line, []byte{':'})
	return bytes.Trim(name, " \t")
}

// fieldValue is what follows the first colon.
func fieldValue(raw []byte) []byte {
	_, v, _ := bytes.Cut(raw, []byte{':'})
	return v
}

func isWSP(c byte) bool { return c == ' ' || c == '\t' }

// appendRelaxedField appends the relaxed canonical form of a header field
// (RFC 6376 3.4.2) without a line break: lower-case name, colon, the value
// unfolded with whitespace runs reduced to one space and none at either end.
func appendRelaxedField(dst, name, raw []byte) []byte {
	for _, c := range name {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	dst = append(dst, ':')
	mark, space := len(dst), false
	for _, c := range fieldValue(raw) {
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			space = true
			continue
		}
		if space && len(dst) > mark {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, c)
	}
	return dst
}

// canonicalHeaders appends, for each (lower-case) name of keys in order, the relaxed form
// of its next instance counted from the bottom of the header (RFC 6376
// 5.4.2), each followed by CRLF. A name with no instance left adds nothing:
// listing it still stops a field of that name from being added later.
func canonicalHeaders(dst []byte, fields []field, keys []string) []byte {
	picked := make(map[string]int, len(keys))
	for _, k := range keys {
		if f := pick(fields, k, picked[k]); f != nil {
			dst = append(appendRelaxedField(dst, f.name, f.raw), '\r', '\n')
		}
		picked[k]++
	}
	return dst
}

// pick returns the instance of name that has skip instances below it.
func pick(fields []field, name string, skip int) *field {
	for i := len(fields) - 1; i >= 0; i-- {
		if !equalFold(fields[i].name, name) {
			continue
		}
		if skip == 0 {
			return &fields[i]
		}
		skip--
	}
	return nil
}

// equalFold compares an ASCII header name with a lower-case one.
func equalFold(b []byte, lower string) bool {
	if len(b) != len(lower) {
		return false
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
