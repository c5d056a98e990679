package dkim

import (
	"bufio"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strconv"
	"strings"
	"time"
)

// headerKeys are the signed fields, lower case. Those listed twice are
// oversigned: a second From, To, Subject… added on the way, or one added
// where there was none, breaks the signature.
var headerKeys = []string{
	"from", "from", "to", "to", "cc", "cc", "subject", "subject", "date", "date",
	"message-id", "message-id", "reply-to", "reply-to",
	"mime-version", "content-type", "content-transfer-encoding",
}

// Signer signs with a set of keys. It is safe for concurrent use.
type Signer struct {
	keys    []*Key
	domains []string // of keys, lower case, no final dot
	now     func() time.Time
}

// NewSigner returns a Signer over keys, in the order their signatures are
// to appear.
func NewSigner(keys []*Key) *Signer {
	return newSigner(keys, time.Now)
}

// newSigner is NewSigner with a clock for the t= tag.
func newSigner(keys []*Key, now func() time.Time) *Signer {
	s := &Signer{keys: keys, domains: make([]string, len(keys)), now: now}
	for i, k := range keys {
		s.domains[i] = strings.ToLower(strings.TrimSuffix(k.Domain, "."))
	}
	return s
}

// maxHeader bounds the header section SignReader holds, in bytes.
const maxHeader = 1 << 20

// ErrHeaderTooLong is SignReader's error for a header section (the empty
// line that ends it included) over 1 MiB.
var ErrHeaderTooLong = errors.New("dkim: header section over 1 MiB")

// Sign returns the DKIM-Signature fields (CRLF-terminated) to prepend to
// msg: one per key whose domain is the From domain or a parent of it, or,
// when no key matches, one per key (the relay's own signature). msg must be
// the final bytes, with CRLF line endings.
func (s *Signer) Sign(msg []byte) ([]byte, error) {
	if len(s.keys) == 0 {
		return nil, nil
	}
	fields, body := splitHeader(msg)
	return s.sign(fields, relaxedBodyHash(body))
}

// SignReader returns what Sign returns for the message read from r, byte
// for byte. It reads r once, to its end (not at all when s has no keys),
// and holds the header section, at most 1 MiB (ErrHeaderTooLong), and a
// window of the body of constant size, however large the body.
func (s *Signer) SignReader(r io.Reader) ([]byte, error) {
	if len(s.keys) == 0 {
		return nil, nil
	}
	br := bufio.NewReaderSize(r, readSize)
	header, err := readHeader(br)
	if err != nil {
		return nil, err
	}
	fields, _ := splitHeader(header)
	body := newBodyHasher()
	if _, err := br.WriteTo(body); err != nil {
		return nil, fmt.Errorf("dkim: read message: %w", err)
	}
	return s.sign(fields, body.Sum())
}

// readSize is the buffer SignReader reads through.
const readSize = 32 << 10

// readHeader returns the header section read from br up to and with the
// empty line that ends it, or all of br when there is none. It splits
// lines as splitHeader does, at LF, an empty line being LF or CRLF.
func readHeader(br *bufio.Reader) ([]byte, error) {
	header := make([]byte, 0, 4<<10)
	line := 0 // where the last line starts
	for {
		b, err := br.ReadSlice('\n')
		header = append(header, b...)
		switch {
		case len(header) > maxHeader:
			return nil, ErrHeaderTooLong
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF:
			return header, nil
		case err != nil:
			return nil, fmt.Errorf("dkim: read message: %w", err)
		}
		if l := header[line:]; len(l) == 1 || len(l) == 2 && l[0] == '\r' {
			return header, nil
		}
		line = len(header)
	}
}

// sign returns the signature fields for a message with these header
// fields and body hash.
func (s *Signer) sign(fields []field, bh [sha256.Size]byte) ([]byte, error) {
	keys := s.matching(fromDomain(fields))
	sig := signature{
		headers: canonicalHeaders(make([]byte, 0, 1024), fields, headerKeys),
		bh:      base64.StdEncoding.EncodeToString(bh[:]),
		t:       strconv.FormatInt(s.now().Unix(), 10),
	}
	out := make([]byte, 0, 800*len(keys))
	for _, k := range keys {
		var err error
		if out, err = sig.append(out, k); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// matching returns the keys for a From domain.
func (s *Signer) matching(domain string) []*Key {
	var ks []*Key
	for i, d := range s.domains {
		if domain == d || strings.HasSuffix(domain, "."+d) {
			ks = append(ks, s.keys[i])
		}
	}
	if len(ks) == 0 {
		return s.keys
	}
	return ks
}

// signature holds what the signatures of one message share.
type signature struct {
	headers []byte // the signed header fields, canonical
	bh      string // body hash, base64
	t       string // signing time, Unix seconds
}

// append appends the DKIM-Signature field of k.
func (sig *signature) append(dst []byte, k *Key) ([]byte, error) {
	algo, hash, err := algorithm(k)
	if err != nil {
		return nil, err
	}
	start := len(dst)
	dst = sig.appendTags(dst, k, algo)
	h := sha256.New()
	h.Write(sig.headers)
	h.Write(appendRelaxedField(make([]byte, 0, len(dst)-start), fieldName(dst[start:]), dst[start:]))
	b, err := k.Signer.Sign(rand.Reader, h.Sum(nil), hash)
	if err != nil {
		return nil, fmt.Errorf("dkim: sign with %s._domainkey.%s: %w", k.Selector, k.Domain, err)
	}
	return append(appendFolded(dst, base64.StdEncoding.EncodeToString(b)), '\r', '\n'), nil
}

// algorithm returns the a= tag of k and the hash its Signer expects.
// Ed25519 signs the SHA-256 digest itself (RFC 8463).
func algorithm(k *Key) (string, crypto.Hash, error) {
	if k.Domain == "" || k.Selector == "" || k.Signer == nil {
		return "", 0, fmt.Errorf("dkim: key %q._domainkey.%q: domain, selector and signer are required", k.Selector, k.Domain)
	}
	switch k.Signer.Public().(type) {
	case *rsa.PublicKey:
		return "rsa-sha256", crypto.SHA256, nil
	case ed25519.PublicKey:
		return "ed25519-sha256", crypto.Hash(0), nil
	}
	return "", 0, fmt.Errorf("dkim: key %s._domainkey.%s: unsupported type %T", k.Selector, k.Domain, k.Signer.Public())
}

// maxLine is the length past which a signature field is folded.
const maxLine = 76

// appendTags appends the field name and every tag, up to an empty b= on a
// line of its own (where a refolding MTA leaves it alone).
func (sig *signature) appendTags(dst []byte, k *Key, algo string) []byte {
	f := folder{b: append(dst, "DKIM-Signature:"...), col: len("DKIM-Signature:")}
	for _, tag := range []string{"v=1;", "a=" + algo + ";", "c=relaxed/relaxed;",
		"d=" + k.Domain + ";", "s=" + k.Selector + ";", "t=" + sig.t + ";", "bh=" + sig.bh + ";"} {
		f.add(" ", tag)
	}
	f.add(" ", "h="+headerKeys[0]+":")
	for i, name := range headerKeys[1:] {
		if i == len(headerKeys)-2 {
			f.add("", name+";")
		} else {
			f.add("", name+":")
		}
	}
	return append(f.b, "\r\n\tb="...)
}

// appendFolded appends a base64 value in lines of 72 characters.
func appendFolded(dst []byte, v string) []byte {
	const width = 72
	for len(v) > width {
		dst = append(append(dst, v[:width]...), "\r\n\t"...)
		v = v[width:]
	}
	return append(dst, v...)
}

// folder writes tokens, folding the line before one that would pass maxLine.
type folder struct {
	b   []byte
	col int
}

// add writes sep and tok, or a fold in place of sep.
func (f *folder) add(sep, tok string) {
	if f.col+len(sep)+len(tok) > maxLine {
		f.b = append(f.b, "\r\n\t"...)
		f.col = 8
	} else {
		f.b = append(f.b, sep...)
		f.col += len(sep)
	}
	f.b = append(f.b, tok...)
	f.col += len(tok)
}

// fromDomain returns the lower-case domain of the first From address, or "".
func fromDomain(fields []field) string {
	for _, f := range fields {
		if equalFold(f.name, "from") {
			return addressDomain(string(fieldValue(f.raw)))
		}
	}
	return ""
}

// addressDomain parses a From value; when it is not RFC 5322 (an unknown
// charset in the display name, a stray character), it falls back to the
// domain of the last <angle address> or of the bare value.
func addressDomain(v string) string {
	addr := ""
	if list, err := mail.ParseAddressList(v); err == nil && len(list) > 0 {
		addr = list[0].Address
	} else {
		addr = strings.TrimSpace(v)
		if i := strings.LastIndexByte(addr, '<'); i >= 0 {
			addr, _, _ = strings.Cut(addr[i+1:], ">")
		}
	}
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(strings.TrimSpace(addr[at+1:]), "."))
}
