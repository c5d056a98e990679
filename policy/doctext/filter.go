package doctext

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
)

// errUnsupported marks a stream whose filter is not read (images, LZW):
// the stream is skipped.
var errUnsupported = errors.New("unsupported filter")

// budget bounds the bytes one document may inflate, in all and per stream.
type budget struct {
	left      int64
	perStream int64
}

func newBudget(limit int) *budget {
	per := min(max(4*int64(limit), minStreamBudget), maxInflateTotal)
	return &budget{left: maxInflateTotal, perStream: per}
}

// take spends n bytes, failing with ErrTooLarge past the budget.
func (b *budget) take(n int) error {
	if b.left -= int64(n); b.left < 0 {
		return fmt.Errorf("%w: more than %d MiB inflated", ErrTooLarge, maxInflateTotal>>20)
	}
	return nil
}

// decode applies a stream's filters.
func (d *document) decode(s *stream) ([]byte, error) {
	filters, parms := d.filters(s.dict)
	data := s.raw
	for i, f := range filters {
		var err error
		if data, err = d.apply(f, d.dictOf(parms[i]), data); err != nil {
			return nil, err
		}
	}
	return data, nil
}

// filters lists a stream's filters and their parameters (nil where none).
func (d *document) filters(s dict) ([]name, []any) {
	var fs []name
	switch f := d.resolve(s["Filter"]).(type) {
	case name:
		fs = []name{f}
	case array:
		for _, x := range f {
			n, _ := d.resolve(x).(name)
			fs = append(fs, n)
		}
	}
	ps := make([]any, len(fs))
	switch p := d.resolve(s["DecodeParms"]).(type) {
	case dict:
		if len(ps) > 0 {
			ps[0] = p
		}
	case array:
		copy(ps, p)
	}
	return fs, ps
}

func (d *document) apply(f name, parms dict, in []byte) ([]byte, error) {
	var out []byte
	var err error
	switch f {
	case "FlateDecode", "Fl":
		out, err = d.inflate(in)
		if err == nil {
			out, err = predict(parms, out)
		}
	case "ASCIIHexDecode", "AHx":
		out = asciiHex(in)
	case "ASCII85Decode", "A85":
		out = ascii85(in)
	case "RunLengthDecode", "RL":
		out, err = d.runLength(in)
	case "Crypt":
		out = in // only the Identity crypt filter is ever met unencrypted
	default:
		return nil, fmt.Errorf("%w %s", errUnsupported, f)
	}
	if err == nil {
		err = d.budget.take(len(out))
	}
	return out, err
}

// inflate reads zlib (or, failing its header, raw deflate) data within
// the per-stream budget. Truncated or corrupt data gives what precedes the
// damage.
func (d *document) inflate(in []byte) ([]byte, error) {
	var r io.Reader
	if zr, err := zlib.NewReader(bytes.NewReader(in)); err == nil {
		r = zr
	} else {
		r = flate.NewReader(bytes.NewReader(in))
	}
	max := min(d.budget.perStream, max(d.budget.left, 0))
	out, err := io.ReadAll(io.LimitReader(r, max+1))
	if int64(len(out)) > max {
		return nil, fmt.Errorf("%w: a stream inflates past %d bytes", ErrTooLarge, max)
	}
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("%w: %v", errUnsupported, err)
	}
	return out, nil
}

// asciiHex decodes ASCIIHexDecode data up to its '>'.
func asciiHex(in []byte) []byte {
	out := make([]byte, 0, len(in)/2)
	half, odd := byte(0), false
	for _, c := range in {
		if c == '>' {
			break
		}
		v, ok := unhex(c)
		if !ok {
			continue
		}
		if odd {
			out = append(out, half<<4|v)
		}
		half, odd = v, !odd
	}
	if odd {
		out = append(out, half<<4)
	}
	return out
}

// ascii85 decodes ASCII85Decode data up to its "~>".
func ascii85(in []byte) []byte {
	out := make([]byte, 0, len(in)*4/5+4)
	var group [5]byte
	n := 0
	for _, c := range in {
		switch {
		case c == '~':
			return flush85(out, group, n)
		case c == 'z' && n == 0:
			out = append(out, 0, 0, 0, 0)
		case c >= '!' && c <= 'u':
			group[n] = c - '!'
			if n++; n == 5 {
				out, n = flush85(out, group, 5), 0
			}
		}
	}
	return flush85(out, group, n)
}

// flush85 appends the n-1 bytes that a group of n base-85 digits holds.
func flush85(out []byte, g [5]byte, n int) []byte {
	if n < 2 {
		return out
	}
	for i := n; i < 5; i++ {
		g[i] = 84
	}
	var v uint32
	for _, c := range g {
		v = v*85 + uint32(c)
	}
	b := [4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
	return append(out, b[:n-1]...)
}

// runLength decodes RunLengthDecode data within the per-stream budget.
func (d *document) runLength(in []byte) ([]byte, error) {
	var out []byte
	for i := 0; i < len(in) && in[i] != 128; {
		n := int(in[i])
		switch {
		case n < 128 && i+1+n+1 <= len(in):
			out = append(out, in[i+1:i+2+n]...)
			i += n + 2
		case n > 128 && i+1 < len(in):
			out = append(out, bytes.Repeat(in[i+1:i+2], 257-n)...)
			i += 2
		default:
			i = len(in)
		}
		if int64(len(out)) > d.budget.perStream {
			return nil, fmt.Errorf("%w: a stream decodes past %d bytes", ErrTooLarge, d.budget.perStream)
		}
	}
	return out, nil
}

// predict undoes a PNG predictor (/Predictor 10 to 15); the TIFF
// predictor is not read.
func predict(parms dict, in []byte) ([]byte, error) {
	pred := intOr(parms["Predictor"], 1)
	switch {
	case pred < 2:
		return in, nil
	case pred < 10:
		return nil, fmt.Errorf("%w: TIFF predictor", errUnsupported)
	}
	colors := min(max(intOr(parms["Colors"], 1), 1), 32)
	bpc := min(max(intOr(parms["BitsPerComponent"], 8), 1), 16)
	columns := min(max(intOr(parms["Columns"], 1), 1), 1<<20)
	bpp := max(colors*bpc/8, 1)
	rowLen := min((colors*bpc*columns+7)/8, max(len(in), 1))
	return unpredictPNG(in, rowLen, bpp), nil
}

func intOr(v any, def int) int {
	if n, ok := v.(int64); ok && n > -1<<31 && n < 1<<31 {
		return int(n)
	}
	return def
}

// unpredictPNG undoes PNG row filters in place of rows of rowLen bytes,
// each led by its filter type byte.
func unpredictPNG(in []byte, rowLen, bpp int) []byte {
	out := make([]byte, 0, len(in))
	prev := make([]byte, rowLen)
	for i := 0; i+1 < len(in); i += rowLen + 1 {
		row := make([]byte, rowLen)
		copy(row, in[i+1:min(len(in), i+1+rowLen)])
		unfilterRow(in[i], row, prev, bpp)
		out = append(out, row...)
		prev = row
	}
	return out
}

func unfilterRow(kind byte, row, prev []byte, bpp int) {
	for j := range row {
		var a, c byte
		if j >= bpp {
			a, c = row[j-bpp], prev[j-bpp]
		}
		b := prev[j]
		switch kind {
		case 1:
			row[j] += a
		case 2:
			row[j] += b
		case 3:
			row[j] += byte((int(a) + int(b)) / 2)
		case 4:
			row[j] += paeth(a, b, c)
		}
	}
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
