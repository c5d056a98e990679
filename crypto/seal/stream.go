package seal

import (
	"bytes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

var (
	errClosed  = errors.New("seal: write after close")
	errTooLong = errors.New("seal: message too long for the sealed format")
)

// segments numbers the segments of a version 2 stream, in order, and
// gives each its nonce; its writer and its reader share it.
type segments struct {
	aead  cipher.AEAD
	ad    []byte // magic, version and nonce prefix
	nonce [nonceSize]byte
	next  uint64 // counter of the next segment
}

func newSegments(aead cipher.AEAD, header []byte) *segments {
	prefix := header[len(header)-prefixSize:]
	s := &segments{aead: aead, ad: append(append([]byte(nil), header[:len(magic)+1]...), prefix...)}
	copy(s.nonce[:], prefix)
	return s
}

// nonceFor returns the nonce of the next segment, which is the last one if
// last is set, and counts it. A segment that is not the last must leave a
// counter value for the last one.
func (s *segments) nonceFor(last bool) ([]byte, error) {
	if s.next > math.MaxUint32 || (!last && s.next == math.MaxUint32) {
		return nil, errTooLong
	}
	binary.BigEndian.PutUint32(s.nonce[prefixSize:], uint32(s.next))
	s.nonce[nonceSize-1] = 0
	if last {
		s.nonce[nonceSize-1] = 1
	}
	s.next++
	return s.nonce[:], nil
}

// NewWriter returns a writer that seals what is written to it onto w, in
// sealed format version 2, under a new data key wrapped by the current
// key. It writes the header at once, and then each segment as it fills:
// it holds at most one segment. Close writes the last segment and does not
// close w; until then what w holds does not open.
func (k *Keyring) NewWriter(w io.Writer) (io.WriteCloser, error) {
	return k.newWriter(w, segmentSize)
}

// newWriter is NewWriter with room for size bytes in its first segment
// (it grows to a whole segment if need be).
func (k *Keyring) newWriter(w io.Writer, size int) (*writer, error) {
	random := make([]byte, keySize+prefixSize)
	defer clear(random)
	if _, err := rand.Read(random); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	dataKey, prefix := random[:keySize], random[keySize:]
	body, err := newGCM(dataKey)
	if err != nil {
		return nil, err
	}
	hdr, err := k.wrapHeader(dataKey, prefix)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(hdr); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return &writer{w: w, seg: newSegments(body, hdr), buf: make([]byte, 0, size+tagSize)}, nil
}

// wrapHeader returns a version 2 header: dataKey wrapped under the
// current master key, and the nonce prefix of the segments.
func (k *Keyring) wrapHeader(dataKey, prefix []byte) ([]byte, error) {
	wrapNonce := make([]byte, nonceSize)
	if _, err := rand.Read(wrapNonce); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	id := k.current
	hdr := make([]byte, 0, len(magic)+2+len(id)+wrappedLen+prefixSize)
	hdr = append(append(hdr, magic...), version2, byte(len(id)))
	hdr = append(hdr, id...)
	hdr = k.keys[id].Seal(append(hdr, wrapNonce...), wrapNonce, dataKey, hdr[:len(hdr):len(hdr)])
	return append(hdr, prefix...), nil
}

// writer seals a version 2 stream.
type writer struct {
	w   io.Writer
	seg *segments
	buf []byte // body of the segment being filled
	err error  // of a failed write, or errClosed
}

var _ io.WriteCloser = (*writer)(nil)

// Write seals p, a whole segment at a time.
func (s *writer) Write(p []byte) (int, error) {
	n := 0
	for s.err == nil && len(p) > 0 {
		c := min(len(p), segmentSize-len(s.buf))
		s.buf = append(s.buf, p[:c]...)
		n, p = n+c, p[c:]
		if len(s.buf) == segmentSize {
			s.err = s.flush(false)
		}
	}
	return n, s.err
}

// Close seals the last segment, which holds what is left (possibly
// nothing). It does not close the underlying writer.
func (s *writer) Close() error {
	if s.err == errClosed {
		return nil
	}
	if s.err != nil {
		return s.err
	}
	if s.err = s.flush(true); s.err != nil {
		return s.err
	}
	s.err = errClosed
	return nil
}

// flush seals the segment being filled, in place, and writes it out.
func (s *writer) flush(last bool) error {
	nonce, err := s.seg.nonceFor(last)
	if err != nil {
		return err
	}
	sealed := s.seg.aead.Seal(s.buf[:0], nonce, s.buf, s.seg.ad)
	s.buf = sealed[:0]
	if _, err := s.w.Write(sealed); err != nil {
		return fmt.Errorf("seal: %w", err)
	}
	return nil
}

// NewReader returns a reader of the body sealed in r, in either sealed
// format, with whichever key of the ring sealed it. It reads the header at
// once, and fails as Open does on input that is not sealed, on an unknown
// key ID (naming the ID) or on a data key that does not authenticate.
//
// A version 2 body streams: the reader holds one segment, gives out its
// bytes only once it authenticates, and returns io.EOF only after the last
// segment authenticates with nothing after it. Any change, cut or addition
// is an error from Read, possibly after the bytes of segments before it:
// discard everything read on an error. A version 1 body is read whole and
// opened before the first Read.
func (k *Keyring) NewReader(r io.Reader) (io.Reader, error) {
	return k.newReader(r, segmentSize+tagSize)
}

// newReader is NewReader with a buffer of at most size bytes, which must
// be more than r holds if it is less than a sealed segment.
func (k *Keyring) newReader(r io.Reader, size int) (io.Reader, error) {
	hdr := make([]byte, len(magic)+2)
	if n, err := io.ReadFull(r, hdr); n < len(hdr) {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil, ErrNotSealed
		}
		return nil, fmt.Errorf("seal: %w", err)
	}
	if string(hdr[:len(magic)]) != magic {
		return nil, ErrNotSealed
	}
	switch v := hdr[len(magic)]; v {
	case version1:
		return k.newReaderV1(r, hdr)
	case version2:
		return k.newReaderV2(r, hdr, size)
	default:
		return nil, errVersion(v)
	}
}

// newReaderV1 reads the rest of a version 1 blob, whose first bytes are
// head, and opens it.
func (k *Keyring) newReaderV1(r io.Reader, head []byte) (io.Reader, error) {
	rest, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	plain, err := k.openV1(append(head, rest...))
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(plain), nil
}

// newReaderV2 reads the rest of a version 2 header, whose first bytes are
// head, and unwraps its data key.
func (k *Keyring) newReaderV2(r io.Reader, head []byte, size int) (io.Reader, error) {
	idEnd := len(head) + int(head[len(head)-1])
	hdr := make([]byte, idEnd+wrappedLen+prefixSize)
	copy(hdr, head)
	if _, err := io.ReadFull(r, hdr[len(head):]); err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil, errTruncated
		}
		return nil, fmt.Errorf("seal: %w", err)
	}
	body, err := k.bodyCipher(string(hdr[len(head):idEnd]), hdr[:idEnd:idEnd], hdr[idEnd:idEnd+wrappedLen])
	if err != nil {
		return nil, err
	}
	buf := make([]byte, min(size, segmentSize+tagSize))
	return &reader{r: r, seg: newSegments(body, hdr), buf: buf}, nil
}

// reader opens a version 2 stream.
type reader struct {
	r     io.Reader
	seg   *segments
	buf   []byte // a sealed segment, opened in place
	plain []byte // the part of buf opened and not yet read
	err   error  // io.EOF after the last segment, or what failed
}

var _ io.Reader = (*reader)(nil)

// Read gives out the body of the current segment, and opens the next one
// when that is all read.
func (s *reader) Read(p []byte) (int, error) {
	if len(s.plain) == 0 && s.err == nil && len(p) > 0 {
		s.err = s.open()
	}
	if len(s.plain) > 0 {
		n := copy(p, s.plain)
		s.plain = s.plain[n:]
		return n, nil
	}
	return 0, s.err
}

// open reads and opens the next segment. A whole one is not the last; a
// shorter one is, and it ends the input. (A buffer shorter than a sealed
// segment holds more than the input: all of it is short.)
func (s *reader) open() error {
	n, err := io.ReadFull(s.r, s.buf)
	switch err {
	case nil:
	case io.ErrUnexpectedEOF:
	case io.EOF:
		return errTruncated
	default:
		return fmt.Errorf("seal: %w", err)
	}
	last := n < len(s.buf)
	i := s.seg.next
	nonce, err := s.seg.nonceFor(last)
	if err != nil {
		return err
	}
	if s.plain, err = s.seg.aead.Open(s.buf[:0], nonce, s.buf[:n], s.seg.ad); err != nil {
		return fmt.Errorf("seal: message does not authenticate (corrupted at segment %d)", i)
	}
	if last {
		return io.EOF
	}
	return nil
}

// Rewrap reads the header of a version 2 body from r and returns its
// length and a new header with the same data key wrapped under the
// current master key: replacing the first oldLen bytes of the body with
// header moves it to the current key without re-encrypting the segments
// (master key rotation). A version 1 body cannot be rewrapped: its body is
// bound to its header; it fails with ErrNotStream.
func (k *Keyring) Rewrap(r io.Reader) (oldLen int, header []byte, err error) {
	head := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(r, head); err != nil || string(head[:len(magic)]) != magic {
		return 0, nil, ErrNotSealed
	}
	if v := head[len(magic)]; v != version2 {
		if v == version1 {
			return 0, nil, ErrNotStream
		}
		return 0, nil, errVersion(v)
	}
	idEnd := len(head) + int(head[len(head)-1])
	old := make([]byte, idEnd+wrappedLen+prefixSize)
	copy(old, head)
	if _, err := io.ReadFull(r, old[len(head):]); err != nil {
		return 0, nil, errTruncated
	}
	dataKey, err := k.unwrap(string(old[len(head):idEnd]), old[:idEnd:idEnd], old[idEnd:idEnd+wrappedLen])
	if err != nil {
		return 0, nil, err
	}
	defer clear(dataKey)
	header, err = k.wrapHeader(dataKey, old[len(old)-prefixSize:])
	return len(old), header, err
}

// ErrNotStream is returned by Rewrap for a body in sealed format version 1.
var ErrNotStream = errors.New("seal: version 1 sealed message: open and seal it again instead")
