package dkim

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	msgdkim "github.com/emersion/go-msgauth/dkim"
)

const testMsg = "From: Clinic <front-desk@mail.example.org>\r\nTo: <pat@example.net>\r\n" +
	"Subject: Appointment\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <1@example.org>\r\n\r\n" +
	"See you on Monday.\r\n"

// testKeys makes an RSA and an Ed25519 key (test-only, generated per run).
func testKeys(t testing.TB, domain string) ([]*Key, map[string]string) {
	t.Helper()
	var keys []*Key
	txt := map[string]string{}
	for _, algo := range []string{"rsa", "ed25519"} {
		_, pemBytes, err := GenerateKey(algo)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), algo+".pem")
		os.WriteFile(path, pemBytes, 0o600)
		k, err := LoadKey(domain, algo, path)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		txt[algo+"._domainkey."+domain], _ = TXTRecord(k.Signer.Public())
	}
	return keys, txt
}

func verify(t *testing.T, signed []byte, txt map[string]string) []*msgdkim.Verification {
	t.Helper()
	vs, err := msgdkim.VerifyWithOptions(bytes.NewReader(signed), &msgdkim.VerifyOptions{
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
	return vs
}

func TestSignVerifies(t *testing.T) {
	keys, txt := testKeys(t, "example.org")
	sigs, err := NewSigner(keys).Sign([]byte(testMsg))
	if err != nil {
		t.Fatal(err)
	}
	signed := append(sigs, testMsg...)
	vs := verify(t, signed, txt)
	if len(vs) != 2 {
		t.Fatalf("%d signatures, want RSA and Ed25519", len(vs))
	}
	for _, v := range vs {
		if v.Err != nil {
			t.Errorf("signature d=%s: %v", v.Domain, v.Err)
		}
	}
	for _, tamper := range []string{
		strings.Replace(string(signed), "Monday", "Tuesday", 1),
		strings.Replace(string(signed), "Subject: Appointment", "Subject: Invoice", 1),
		strings.Replace(string(signed), "Subject: Appointment\r\n", "Subject: Appointment\r\nSubject: Second\r\n", 1),
	} {
		for _, v := range verify(t, []byte(tamper), txt) {
			if v.Err == nil {
				t.Errorf("tampered message still verifies:\n%s", tamper)
			}
		}
	}
}

func TestOnlyMatchingDomainSigns(t *testing.T) {
	org, _ := testKeys(t, "example.org")
	other, _ := testKeys(t, "other.test")
	sigs, _ := NewSigner(append(other, org...)).Sign([]byte(testMsg))
	if n := bytes.Count(sigs, []byte("DKIM-Signature:")); n != 2 || !bytes.Contains(sigs, []byte("d=example.org")) {
		t.Fatalf("want the 2 example.org keys (parent of mail.example.org) to sign, got:\n%s", sigs)
	}
	sigs, _ = NewSigner(other).Sign([]byte(testMsg))
	if n := bytes.Count(sigs, []byte("DKIM-Signature:")); n != 2 {
		t.Fatalf("no key matches: every key should sign, got %d", n)
	}
}

// TestIndependentVerifier checks our signatures with python3-dkim.
func TestIndependentVerifier(t *testing.T) {
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import dkim, nacl").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3-dkim is required in CI: %v", err)
		}
		t.Skip("python3-dkim not installed")
	}
	keys, txt := testKeys(t, "example.org")
	sigs, err := NewSigner(keys).Sign([]byte(testMsg))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "m.eml")
	os.WriteFile(file, append(sigs, testMsg...), 0o600)
	script := `
import sys, dkim
txt = {sys.argv[2].encode(): sys.argv[3].encode(), sys.argv[4].encode(): sys.argv[5].encode()}
msg = open(sys.argv[1], 'rb').read()
for i in range(2):
    assert dkim.DKIM(msg).verify(idx=i, dnsfunc=lambda n, timeout=5: txt.get(n)), "sig %d" % i
print("ok")
`
	args := []string{"-c", script, file}
	for name, v := range txt {
		args = append(args, name+".", v)
	}
	out, err := exec.Command(py, args...).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "ok") {
		t.Fatalf("python3-dkim rejects our signatures: %v\n%s", err, out)
	}
}

func BenchmarkSign4K(b *testing.B) {
	keys, _ := testKeys(b, "example.org")
	msg := []byte(testMsg + strings.Repeat("x", 4096) + "\r\n")
	s := NewSigner(keys)
	for b.Loop() {
		if _, err := s.Sign(msg); err != nil {
			b.Fatal(err)
		}
	}
}
