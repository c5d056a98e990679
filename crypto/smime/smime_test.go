package smime

import (
	"bufio"
	"bytes"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"io"
	"math"
	"math/rand/v2"
	"mime"
	"slices"
	"strings"
	"testing"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"
	"github.com/smallstep/pkcs7"

	"github.com/sealpost/sealpost/crypto/protect"
)

const realSubject = "=?utf-8?q?R=C3=A9sultats_de_biopsie_=E2=80=93_Ana_Rivera?="

// attachment is a binary file with every byte value in it.
func attachment() []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 5000)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	for i := range 256 {
		b[i] = byte(i)
	}
	return b
}

// base64Lines is the test's own base64 with 76-character CRLF lines.
func base64Lines(b []byte) string {
	s := base64.StdEncoding.EncodeToString(b)
	var out strings.Builder
	for len(s) > 76 {
		out.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	return out.String() + s + "\r\n"
}

// testMessage is a clinic's message: text and HTML alternatives and a
// PDF, a non-ASCII Subject, CRLF line endings.
func testMessage() string {
	return "Received: from ehr.example.org by relay\r\n" +
		"From: Clinic <frontdesk@clinic.example.org>\r\n" +
		"To: Ana Rivera <pat@example.net>\r\n" +
		"Subject: " + realSubject + "\r\n" +
		"Date: Tue, 01 Dec 2026 10:00:00 +0000\r\n" +
		"Message-ID: <abc@clinic.example.org>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"outer\"\r\n" +
		"\r\n" +
		"--outer\r\n" +
		"Content-Type: multipart/alternative; boundary=\"alt\"\r\n" +
		"\r\n" +
		"--alt\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n" +
		"\r\n" +
		"La biopsie est b=C3=A9nigne.\r\n" +
		"--alt\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n" +
		"\r\n" +
		"<p>La biopsie est <b>b=C3=A9nigne</b>.</p>\r\n" +
		"--alt--\r\n" +
		"--outer\r\n" +
		"Content-Type: application/pdf; name=\"report.pdf\"\r\n" +
		"Content-Disposition: attachment; filename=\"report.pdf\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n" +
		"\r\n" +
		base64Lines(attachment()) +
		"--outer--\r\n"
}

// splitEntity splits a MIME entity at the blank line after its header.
func splitEntity(t *testing.T, b []byte) (header textproto.Header, body []byte) {
	t.Helper()
	i := bytes.Index(b, []byte("\r\n\r\n"))
	if i < 0 {
		t.Fatalf("no header/body separator in %.200q", b)
	}
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(b[:i+4])))
	if err != nil {
		t.Fatal(err)
	}
	return h, b[i+4:]
}

// seal runs protect.Wrap with enc over testMessage.
func seal(t *testing.T, enc protect.Encrypter) []byte {
	t.Helper()
	var out bytes.Buffer
	err := protect.Wrap(&out, strings.NewReader(testMessage()), enc, protect.Options{Subject: "Secure message"})
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// checkOuter checks what a mail server sees of a sealed message.
func checkOuter(t *testing.T, out []byte) {
	t.Helper()
	h, body := splitEntity(t, out)
	if got := h.Get("Subject"); got != "Secure message" {
		t.Errorf("outer Subject = %q", got)
	}
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || mt != "application/pkcs7-mime" || params["smime-type"] != "enveloped-data" || params["name"] != "smime.p7m" {
		t.Errorf("outer Content-Type = %q (%v)", h.Get("Content-Type"), err)
	}
	if got := h.Get("Content-Transfer-Encoding"); got != "base64" {
		t.Errorf("outer Content-Transfer-Encoding = %q", got)
	}
	for _, secret := range []string{realSubject, "biopsie", "report.pdf"} {
		if bytes.Contains(out, []byte(secret)) {
			t.Errorf("outer message shows %q", secret)
		}
	}
	checkBase64Body(t, body)
}

// checkBase64Body checks the base64 lines: CRLF only, 76 characters but
// the last.
func checkBase64Body(t *testing.T, body []byte) {
	t.Helper()
	if !bytes.HasSuffix(body, []byte("\r\n")) {
		t.Fatalf("body does not end with CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(body), "\r\n"), "\r\n")
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") || len(l) > 76 || (i < len(lines)-1 && len(l) != 76) {
			t.Fatalf("body line %d is %d characters: %.80q", i, len(l), l)
		}
	}
	if _, err := base64.StdEncoding.DecodeString(strings.Join(lines, "")); err != nil {
		t.Fatalf("body is not base64: %v", err)
	}
}

// checkInner checks a decrypted (and unwrapped) protected entity: the
// original body byte for byte, the real Subject, the hp marking, and the
// attachment.
func checkInner(t *testing.T, inner []byte) {
	t.Helper()
	h, body := splitEntity(t, inner)
	_, origBody := splitEntity(t, []byte(testMessage()))
	if !bytes.Equal(body, origBody) {
		t.Errorf("inner body differs from the original:\n got %.300q\nwant %.300q", body, origBody)
	}
	if got := h.Get("Subject"); got != realSubject {
		t.Errorf("inner Subject = %q, want %q", got, realSubject)
	}
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || mt != "multipart/mixed" || params["hp"] != "cipher" {
		t.Errorf("inner Content-Type = %q (%v)", h.Get("Content-Type"), err)
	}
	if got := findPart(t, inner, "application/pdf"); !bytes.Equal(got, attachment()) {
		t.Errorf("attachment is %d bytes, not the original %d", len(got), len(attachment()))
	}
}

// findPart returns the decoded body of the first part of type mt.
func findPart(t *testing.T, entity []byte, mt string) []byte {
	t.Helper()
	e, err := message.Read(bytes.NewReader(entity))
	if err != nil {
		t.Fatal(err)
	}
	var found []byte
	err = e.Walk(func(_ []int, p *message.Entity, err error) error {
		if err != nil {
			return err
		}
		if t, _, _ := p.Header.ContentType(); t == mt && found == nil {
			found, err = io.ReadAll(p.Body)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func newEncrypter(t testing.TB, opt Options, certs ...*x509.Certificate) *Encrypter {
	t.Helper()
	enc, err := New(certs, opt)
	if err != nil {
		t.Fatal(err)
	}
	return enc
}

// decrypt has openssl decrypt the message in file eml.
func decrypt(t *testing.T, eml, cert, key string) ([]byte, error) {
	t.Helper()
	return runOpenSSL(t, "cms", "-decrypt", "-in", eml, "-recip", cert, "-inkey", key)
}

func TestOpenSSLDecrypts(t *testing.T) {
	opensslPath(t)
	p := newTestPKI(t, keyRoot, keyInter)
	cert := p.user(t, rsaKey(keyPat).Public(), "pat@example.net", nil)
	dir := t.TempDir()
	certFile := writeCert(t, dir, "cert.pem", cert)
	keyFile := writeKey(t, dir, "key.pem", rsaKey(keyPat))

	out := seal(t, newEncrypter(t, Options{}, cert))
	checkOuter(t, out)
	eml := writeFile(t, dir, "out.eml", out)
	inner, err := decrypt(t, eml, certFile, keyFile)
	if err != nil {
		t.Fatal(err)
	}
	checkInner(t, inner)

	info := string(openssl(t, "cms", "-cmsout", "-print", "-in", eml))
	for _, want := range []string{"aes-256-cbc", "rsaesOaep", "OBJECT            :sha1"} {
		if !strings.Contains(info, want) {
			t.Errorf("cms -print does not show %q:\n%s", want, info)
		}
	}
	if n := strings.Count(info, "rsaesOaep"); n != 1 {
		t.Errorf("%d RSAES-OAEP recipient infos, want 1", n)
	}
}

func TestOpenSSLTwoCertificates(t *testing.T) {
	opensslPath(t)
	p := newTestPKI(t, keyRoot, keyInter)
	dir := t.TempDir()
	var certs []*x509.Certificate
	for _, k := range []int{keyPat, keyPat2, keyOther} {
		certs = append(certs, p.user(t, rsaKey(k).Public(), "pat@example.net", nil))
	}
	// One recipient, two certificates; the third is someone else's.
	eml := writeFile(t, dir, "out.eml", seal(t, newEncrypter(t, Options{}, certs[:2]...)))
	info := string(openssl(t, "cms", "-cmsout", "-print", "-in", eml))
	if n := strings.Count(info, "rsaesOaep"); n != 2 {
		t.Errorf("%d RSAES-OAEP recipient infos, want 2", n)
	}
	for i, k := range []int{keyPat, keyPat2, keyOther} {
		certFile := writeCert(t, dir, "cert.pem", certs[i])
		keyFile := writeKey(t, dir, "key.pem", rsaKey(k))
		inner, err := decrypt(t, eml, certFile, keyFile)
		if i == 2 {
			if err == nil {
				t.Errorf("a key that is not a recipient decrypted the message")
			}
			continue
		}
		if err != nil {
			t.Fatalf("certificate %d: %v", i, err)
		}
		checkInner(t, inner)
	}
}

func TestOpenSSLVerifiesSignature(t *testing.T) {
	opensslPath(t)
	p := newTestPKI(t, keyRoot, keyInter)
	dir := t.TempDir()
	cert := p.user(t, rsaKey(keyPat).Public(), "pat@example.net", nil)
	org := p.user(t, rsaKey(keyOrg).Public(), "frontdesk@clinic.example.org", func(c *x509.Certificate) {
		c.KeyUsage = x509.KeyUsageDigitalSignature
	})
	signer, err := NewSigner(org, rsaKey(keyOrg), []*x509.Certificate{p.inter.cert})
	if err != nil {
		t.Fatal(err)
	}
	out := seal(t, newEncrypter(t, Options{Signer: signer}, cert))
	checkOuter(t, out)
	eml := writeFile(t, dir, "out.eml", out)
	inner, err := decrypt(t, eml, writeCert(t, dir, "cert.pem", cert), writeKey(t, dir, "key.pem", rsaKey(keyPat)))
	if err != nil {
		t.Fatal(err)
	}
	checkSignedEntity(t, inner)
	signedFile := writeFile(t, dir, "signed.eml", inner)
	caFile := writeCert(t, dir, "ca.pem", p.root.cert)
	// Not -binary: with it OpenSSL writes the signed part back with LF
	// line ends and the digest no longer matches; mail clients, like
	// plain cms -verify, read it in canonical CRLF form.
	verified, err := runOpenSSL(t, "cms", "-verify", "-in", signedFile, "-CAfile", caFile)
	if err != nil {
		t.Fatal(err)
	}
	checkInner(t, verified)

	// The verification can fail: a changed body, or another root.
	tampered := bytes.Replace(inner, []byte("b=C3=A9nigne."), []byte("m=C3=A9chant."), 1)
	tamperedFile := writeFile(t, dir, "tampered.eml", tampered)
	if _, err := runOpenSSL(t, "cms", "-verify", "-in", tamperedFile, "-CAfile", caFile); err == nil {
		t.Errorf("openssl verified a tampered message")
	}
	otherCA := writeCert(t, dir, "other.pem", newRoot(t, rsaKey(keyOther)).cert)
	if _, err := runOpenSSL(t, "cms", "-verify", "-in", signedFile, "-CAfile", otherCA); err == nil {
		t.Errorf("openssl verified a signature under an unrelated root")
	}
}

// checkSignedEntity checks the multipart/signed header.
func checkSignedEntity(t *testing.T, inner []byte) {
	t.Helper()
	h, _ := splitEntity(t, inner)
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || mt != "multipart/signed" || params["protocol"] != "application/pkcs7-signature" || params["micalg"] != "sha-256" {
		t.Errorf("signed Content-Type = %q (%v)", h.Get("Content-Type"), err)
	}
}

// TestPureGoRoundTrip runs without openssl: the library decrypts what
// it encrypted, from the base64 body Encrypt wrote.
func TestPureGoRoundTrip(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	cert := p.user(t, rsaKey(keyPat).Public(), "pat@example.net", nil)
	enc := newEncrypter(t, Options{}, cert)
	for _, size := range []int{0, 1, 15, 16, 17, lineBytes, lineBytes + 1, 100_000} {
		content := bytes.Repeat([]byte{'x'}, size)
		var body bytes.Buffer
		if err := enc.Encrypt(&body, bytes.NewReader(content)); err != nil {
			t.Fatal(err)
		}
		if size > 0 {
			checkBase64Body(t, body.Bytes())
		}
		der, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(body.String(), "\r\n", ""))
		if err != nil {
			t.Fatal(err)
		}
		p7, err := pkcs7.Parse(der)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p7.Decrypt(cert, rsaKey(keyPat))
		if err != nil || !bytes.Equal(got, content) {
			t.Errorf("size %d: decrypted %d bytes, %v", size, len(got), err)
		}
	}
}

func TestHeader(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	enc := newEncrypter(t, Options{}, p.user(t, rsaKey(keyPat).Public(), "pat@example.net", nil))
	want := [][2]string{
		{"Content-Type", `application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"`},
		{"Content-Disposition", `attachment; filename="smime.p7m"`},
		{"Content-Transfer-Encoding", "base64"},
	}
	var got [][2]string
	h := enc.Header()
	for f := h.Fields(); f.Next(); {
		got = append(got, [2]string{f.Key(), f.Value()})
	}
	if !slices.Equal(got, want) {
		t.Errorf("header fields:\n%q\nwant:\n%q", got, want)
	}
}

func TestNew(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	ec := p.user(t, ecKey(t).Public(), "pat@example.net", nil)
	if _, err := New(nil, Options{}); !errors.Is(err, ErrNoRecipient) {
		t.Errorf("New(nil) = %v, want ErrNoRecipient", err)
	}
	if _, err := New([]*x509.Certificate{ec}, Options{}); !errors.Is(err, ErrKeyType) {
		t.Errorf("New(EC certificate) = %v, want ErrKeyType", err)
	}
	rsa := p.user(t, rsaKey(keyPat).Public(), "pat@example.net", nil)
	if _, err := New([]*x509.Certificate{rsa}, Options{MaxSize: math.MaxInt64}); err == nil || err.Error() != "smime: MaxSize 9223372036854775807 above 1073741824" {
		t.Errorf("New(MaxSize: MaxInt64) = %v", err)
	}
	if _, err := New([]*x509.Certificate{rsa}, Options{MaxSize: LimitMaxSize}); err != nil {
		t.Errorf("New(MaxSize: LimitMaxSize) = %v", err)
	}
}

func TestNewSigner(t *testing.T) {
	p := newTestPKI(t, keyRoot, keyInter)
	org := p.user(t, rsaKey(keyOrg).Public(), "frontdesk@clinic.example.org", nil)
	encOnly := p.user(t, rsaKey(keyOrg).Public(), "frontdesk@clinic.example.org", func(c *x509.Certificate) {
		c.KeyUsage = x509.KeyUsageKeyEncipherment
	})
	cases := []struct {
		name string
		cert *x509.Certificate
		key  int
		want error
	}{
		{"ok", org, keyOrg, nil},
		{"other key", org, keyOther, ErrKeyMismatch},
		{"no digitalSignature", encOnly, keyOrg, ErrKeyUsage},
	}
	for _, c := range cases {
		_, err := NewSigner(c.cert, rsaKey(c.key), nil)
		if !errors.Is(err, c.want) || (c.want == nil) != (err == nil) {
			t.Errorf("%s: NewSigner = %v, want %v", c.name, err, c.want)
		}
	}
}

func TestCanonicalCRLF(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"a\r\nb\r\n", "a\r\nb\r\n"},
		{"a\nb\n", "a\r\nb\r\n"},
		{"\n", "\r\n"},
		{"a\r\nb\nc\r\n", "a\r\nb\r\nc\r\n"},
		{"a\rb", "a\rb"},
	}
	for _, c := range cases {
		if got := string(canonicalCRLF([]byte(c.in))); got != c.want {
			t.Errorf("canonicalCRLF(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
