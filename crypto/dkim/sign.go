package dkim

import (
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
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
}

// NewSigner returns a Signer over keys, in the order their signatures are
// to appear.
func NewSigner(keys []*Key) *Signer {
	s := &Signer{keys: keys, domains: make([]string, len(keys))}
	for i, k := range keys {
		s.domains[i] = strings.ToLower(strings.TrimSuffix(k.Domain, "."))
	}
	return s
}

// Sign returns the DKIM-Signature fields (CRLF-terminated) to prepend to
// msg: one per key whose domain is the From domain or a parent of it, or,
// when no key matches, one per key (the relay's own signature). msg must be
// the final bytes, with CRLF line endings.
func (s *Signer) Sign(msg []byte) ([]byte, error) {
	fields, body := splitHeader(msg)
	keys := s.matching(fromDomain(fields))
	if len(keys) == 0 {
		return nil, nil
	}
	bh := relaxedBodyHash(body)
	sig := signature{
		headers: canonicalHeaders(make([]byte, 0, 1024), fields, headerKeys),
		bh:      base64.StdEncoding.EncodeToString(bh[:]),
		t:       strconv.FormatInt(time.Now().Unix(), 10),
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
