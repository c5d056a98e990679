package dkim

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	msgdkim "github.com/emersion/go-msgauth/dkim"
)

const testMsg = "From: Clinic <front-desk@mail.example.org>\r\nTo: <pat@example.net>\r\n" +
	"Subject: Appointment\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <1@example.org>\r\n\r\n" +
	"See you on Monday.\r\n"

// testKeys loads an RSA and an Ed25519 key for domain (made per run, with
// selectors "rsa" and "ed") and returns their TXT records by DNS name.
func testKeys(t testing.TB, domain string) ([]*Key, map[string]string) {
	t.Helper()
	var keys []*Key
	txt := map[string]string{}
	for _, c := range []struct{ algo, sel string }{{"rsa", "rsa"}, {"ed25519", "ed"}} {
		_, pemBytes, err := GenerateKey(c.algo)
		if err != nil {
			t.Fatal(err)
		}
		k, err := LoadKey(domain, c.sel, writeFile(t, c.sel+".pem", pemBytes))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		if txt[c.sel+"._domainkey."+domain], err = TXTRecord(k.Signer.Public()); err != nil {
			t.Fatal(err)
		}
	}
	return keys, txt
}

func sign(t testing.TB, keys []*Key, msg string) string {
	t.Helper()
	sigs, err := NewSigner(keys).Sign([]byte(msg))
	if err != nil {
		t.Fatal(err)
	}
	return string(sigs) + msg
}

// signStream is sign through SignReader, fed 7 bytes at a time.
func signStream(t testing.TB, keys []*Key, msg string) string {
	t.Helper()
	sigs, err := NewSigner(keys).SignReader(&chunkReader{strings.NewReader(msg), 7})
	if err != nil {
		t.Fatal(err)
	}
	return string(sigs) + msg
}

// verify checks every signature with go-msgauth and returns one error (or
// nil) per signature.
func verify(t *testing.T, signed string, txt map[string]string) []error {
	t.Helper()
	vs, err := msgdkim.VerifyWithOptions(strings.NewReader(signed), &msgdkim.VerifyOptions{
		LookupTXT: func(name string) ([]string, error) {
			if v, ok := txt[name]; ok {
				return []string{v}, nil
			}
			return nil, fmt.Errorf("no TXT for %s", name)
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	errs := make([]error, len(vs))
	for i, v := range vs {
		errs[i] = v.Err
	}
	return errs
}

// Messages whose canonical forms differ from their bytes.
var signCases = []struct{ name, msg string }{
	{"plain", testMsg},
	{"folded and spaced headers", "From:  Clinic\r\n <a@example.org>\r\nSubject:\tLab\r\n\t results  \r\nTO:b@example.net\r\n" +
		"Cc: c@example.net\r\nCc: d@example.net\r\n\r\nbody\r\n"},
	{"obsolete space before colon", "From : a@example.org\r\nSubject : x\r\n\r\nbody\r\n"},
	{"whitespace in body", testMsg[:strings.Index(testMsg, "\r\n\r\n")+4] + "  lead\t and  inner \t\r\n\t\r\nline  \r\n\r\n\r\n \r\n"},
	{"empty body", testMsg[:strings.Index(testMsg, "\r\n\r\n")+4]},
	{"only empty lines", testMsg[:strings.Index(testMsg, "\r\n\r\n")+4] + "\r\n\r\n\r\n"},
	{"no final CRLF", testMsg + "last line"},
	{"utf-8", "From: =?utf-8?q?J=C3=B6rg?= <j@example.org>\r\nSubject: Grüße\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nÄrztin  Müller\r\n"},
	{"base64 attachment", testMsg[:strings.Index(testMsg, "\r\n\r\n")+4] + strings.Repeat(strings.Repeat("QUJD", 19)+"\r\n", 200)},
}

func TestSignVerifies(t *testing.T) {
	keys, txt := testKeys(t, "example.org")
	for _, c := range signCases {
		t.Run(c.name, func(t *testing.T) {
			for how, signed := range map[string]string{"Sign": sign(t, keys, c.msg), "SignReader": signStream(t, keys, c.msg)} {
				errs := verify(t, signed, txt)
				if len(errs) != 2 {
					t.Fatalf("%s: %d signatures, want RSA and Ed25519", how, len(errs))
				}
				for i, err := range errs {
					if err != nil {
						t.Errorf("%s: signature %d: %v", how, i, err)
					}
				}
			}
		})
	}
}

// TestBodyHashMatchesGoMsgauth compares our body hash with go-msgauth's
// canonicalizer, which also takes a bare LF as CRLF.
func TestBodyHashMatchesGoMsgauth(t *testing.T) {
	_, ed, _ := ed25519.GenerateKey(rand.Reader)
	for _, c := range signCases {
		checkBodyHash(t, ed, c.msg)
	}
	for _, body := range []string{"a\nb\n", "\n\nx", "a \r\n", "a\r\r\nb", "a\r \nb", "\tx\t\ty\n \n", "x\r"} {
		checkBodyHash(t, ed, "From: a@example.org\r\n\r\n"+body)
	}
}

func checkBodyHash(t *testing.T, key crypto.Signer, msg string) {
	t.Helper()
	s, err := msgdkim.NewSigner(&msgdkim.SignOptions{Domain: "d", Selector: "s", Signer: key,
		BodyCanonicalization: msgdkim.CanonicalizationRelaxed})
	if err != nil {
		t.Fatal(err)
	}
	s.Write([]byte(msg))
	if err := s.Close(); err != nil {
		t.Fatalf("go-msgauth on %q: %v", msg, err)
	}
	want := tag(t, s.Signature(), "bh")
	_, body := splitHeader([]byte(msg))
	got := relaxedBodyHash(body)
	if fmt.Sprintf("%x", got) != fmt.Sprintf("%x", mustBase64(t, want)) {
		t.Errorf("body hash of %q differs from go-msgauth's", msg)
	}
}

func FuzzBodyHash(f *testing.F) {
	for _, c := range signCases {
		_, body := splitHeader([]byte(c.msg))
		f.Add(body)
	}
	_, ed, _ := ed25519.GenerateKey(rand.Reader)
	f.Fuzz(func(t *testing.T, body []byte) {
		checkBodyHash(t, ed, "From: a@example.org\r\n\r\n"+string(body))
	})
}

func tag(t *testing.T, field, name string) string {
	t.Helper()
	m := regexp.MustCompile(`[;:\s]` + name + `=([^;]*)`).FindStringSubmatch(field)
	if m == nil {
		t.Fatalf("no %s= in %q", name, field)
	}
	return strings.Join(strings.Fields(m[1]), "")
}

func TestTamperingFails(t *testing.T) {
	keys, txt := testKeys(t, "example.org")
	signed := sign(t, keys, testMsg)
	cases := []struct{ name, old, new string }{
		{"body", "Monday", "Tuesday"},
		{"body line added", "Monday.\r\n", "Monday.\r\nBring your records.\r\n"},
		{"subject", "Subject: Appointment", "Subject: Invoice"},
		{"second subject", "Subject: Appointment\r\n", "Subject: Appointment\r\nSubject: Second\r\n"},
		{"second from", "From: Clinic", "From: evil@example.org\r\nFrom: Clinic"},
		{"cc added", "To: ", "Cc: spy@example.net\r\nTo: "},
		{"reply-to added", "To: ", "Reply-To: spy@example.net\r\nTo: "},
	}
	for _, c := range cases {
		tampered := strings.Replace(signed, c.old, c.new, 1)
		if tampered == signed {
			t.Fatalf("%s: test did not change the message", c.name)
		}
		for i, err := range verify(t, tampered, txt) {
			if err == nil {
				t.Errorf("%s: signature %d still verifies", c.name, i)
			}
		}
	}
	harmless := strings.Replace(signed, "Subject: Appointment", "Subject:   Appointment  ", 1)
	harmless = strings.Replace(harmless, "\r\n\r\n", "\r\nX-Added: by a relay\r\n\r\n", 1)
	for i, err := range verify(t, harmless, txt) {
		if err != nil {
			t.Errorf("relaxed: signature %d broken by whitespace and an unsigned field: %v", i, err)
		}
	}
}

func TestWhichKeysSign(t *testing.T) {
	org, _ := testKeys(t, "example.org")
	sub, _ := testKeys(t, "mail.example.org")
	other, _ := testKeys(t, "other.test")
	ample, _ := testKeys(t, "ample.org")
	all := slices.Concat(other, org, ample, sub)
	cases := []struct {
		name, from string
		keys       []*Key
		want       []string // d= of each signature, in order
	}{
		{"exact and parent", "Clinic <front-desk@mail.example.org>", all, []string{"example.org", "example.org", "mail.example.org", "mail.example.org"}},
		{"parent only", "a@www.example.org", all, []string{"example.org", "example.org"}},
		{"case and final dot", "A@Example.ORG.", all, []string{"example.org", "example.org"}},
		{"suffix is not a parent", "a@sample.org", slices.Concat(org, other), []string{"example.org", "example.org", "other.test", "other.test"}},
		{"no match: every key", "a@elsewhere.net", slices.Concat(other, ample), []string{"other.test", "other.test", "ample.org", "ample.org"}},
		{"group list", "Team: a@other.test, b@example.org;", all, []string{"other.test", "other.test"}},
		{"unknown charset", "=?x-unknown?q?Dr?= <a@other.test>", all, []string{"other.test", "other.test"}},
		{"broken phrase", "Dr. O\"Neil <a@other.test>", all, []string{"other.test", "other.test"}},
	}
	for _, c := range cases {
		msg := strings.Replace(testMsg, "Clinic <front-desk@mail.example.org>", c.from, 1)
		sigs, err := NewSigner(c.keys).Sign([]byte(msg))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range regexp.MustCompile(`d=([^;]+);`).FindAllStringSubmatch(string(sigs), -1) {
			got = append(got, m[1])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: From %q signed by %v, want %v", c.name, c.from, got, c.want)
		}
	}
}

func TestSignatureField(t *testing.T) {
	keys, _ := testKeys(t, "example.org")
	sigs, err := NewSigner(keys).Sign([]byte(testMsg))
	if err != nil {
		t.Fatal(err)
	}
	fields := strings.SplitAfter(string(sigs), "\r\n")
	if !strings.HasSuffix(string(sigs), "\r\n") || strings.Count(string(sigs), "DKIM-Signature: ") != 2 {
		t.Fatalf("want 2 CRLF-terminated fields:\n%s", sigs)
	}
	for _, line := range fields[:len(fields)-1] {
		if len(line) > 78 || strings.Count(line, "\n") != 1 || strings.ContainsAny(strings.TrimSuffix(line, "\r\n"), "\r\n") {
			t.Errorf("bad line %q (longer than 78 or a bare line break)", line)
		}
		if !strings.HasPrefix(line, "DKIM-Signature: ") && !strings.HasPrefix(line, "\t") {
			t.Errorf("line %q neither starts a field nor continues one", line)
		}
	}
	one := string(sigs[:bytes.Index(sigs[1:], []byte("DKIM-Signature"))+1])
	wantH := "from:from:to:to:cc:cc:subject:subject:date:date:message-id:message-id:" +
		"reply-to:reply-to:mime-version:content-type:content-transfer-encoding"
	for name, want := range map[string]string{"v": "1", "a": "rsa-sha256", "c": "relaxed/relaxed", "d": "example.org", "s": "rsa", "h": wantH} {
		if got := tag(t, one, name); got != want {
			t.Errorf("%s=%s, want %s", name, got, want)
		}
	}
	if !strings.Contains(string(sigs), "a=ed25519-sha256;") {
		t.Error("no Ed25519 signature beside the RSA one")
	}
}

func mustBase64(t *testing.T, s string) []byte {
	t.Helper()
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestIndependentVerifier checks our signatures, and that tampering breaks
// them, with python3-dkim (Debian's, only importable by /usr/bin/python3).
func TestIndependentVerifier(t *testing.T) {
	py := "/usr/bin/python3"
	if out, err := exec.Command(py, "-c", "import dkim").CombinedOutput(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3-dkim is required in CI: %v\n%s", err, out)
		}
		t.Skipf("python3-dkim not installed: %v", err)
	}
	keys, txt := testKeys(t, "example.org")
	type check struct {
		name, msg string
		ok        bool
	}
	var checks []check
	for _, c := range signCases {
		if !strings.HasPrefix(c.name, "obsolete") { // python3-dkim refuses "Name :" fields
			checks = append(checks, check{c.name, sign(t, keys, c.msg), true},
				check{c.name + " (SignReader)", signStream(t, keys, c.msg), true})
		}
	}
	signed := sign(t, keys, signCases[1].msg)
	checks = append(checks, check{"body tampered", strings.Replace(signed, "body", "bodY", 1), false},
		check{"subject tampered", strings.Replace(signed, "results", "result", 1), false})
	args := []string{"testdata/verify_dkim.py"}
	for name, v := range txt {
		args = append(args, name+"="+v)
	}
	for i, c := range checks {
		args = append(args, writeFile(t, fmt.Sprint(i), []byte(c.msg)))
	}
	got := strings.Split(runPython(t, py, args), "\n\n")
	for i, c := range checks {
		res := map[bool]string{true: "ok", false: "FAIL"}[c.ok]
		ed := res
		if strings.Contains(got[i], "ed25519-sha256 skip") {
			t.Log("PyNaCl missing: python3-dkim checked the RSA signature only")
			ed = "skip"
		}
		if want := fmt.Sprintf("first %s\nsig 0 a=rsa-sha256 %s\nsig 1 a=ed25519-sha256 %s", res, res, ed); got[i] != want {
			t.Errorf("%s: python3-dkim says\n%s\nwant\n%s", c.name, got[i], want)
		}
	}
}

func runPython(t *testing.T, py string, args []string) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(py, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("verify_dkim.py: %v\n%s%s", err, out, stderr.Bytes())
	}
	if stderr.Len() > 0 {
		t.Logf("verify_dkim.py: %s", stderr.Bytes())
	}
	return string(out)
}

// BenchmarkSign signs a 4 KB message with RSA-2048 and Ed25519.
func BenchmarkSign(b *testing.B) {
	keys, _ := testKeys(b, "example.org")
	for _, size := range []int{4 << 10, 1 << 20} {
		msg := []byte(testMsg + strings.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do.\r\n", size/66))
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			s := NewSigner(keys)
			b.SetBytes(int64(len(msg)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Sign(msg); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("%dKB-go-msgauth", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(msg)))
			b.ReportAllocs()
			for b.Loop() {
				for _, k := range keys {
					goMsgauthSign(b, k, msg)
				}
			}
		})
	}
}

// goMsgauthSign is the baseline: go-msgauth's signer, one body pass per key.
func goMsgauthSign(b *testing.B, k *Key, msg []byte) string {
	s, err := msgdkim.NewSigner(&msgdkim.SignOptions{Domain: k.Domain, Selector: k.Selector, Signer: k.Signer,
		HeaderCanonicalization: msgdkim.CanonicalizationRelaxed, BodyCanonicalization: msgdkim.CanonicalizationRelaxed,
		HeaderKeys: headerKeys})
	if err != nil {
		b.Fatal(err)
	}
	s.Write(msg)
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	return s.Signature()
}
