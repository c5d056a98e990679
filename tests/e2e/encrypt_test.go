package e2e

import (
	"bytes"
	"crypto/rand"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"mime"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/testutil"
)

// gnupg is a throw-away GnuPG home with the recipients' private keys.
type gnupg struct {
	t    *testing.T
	home string
}

func newGnuPG(t *testing.T) *gnupg {
	t.Helper()
	requireTool(t, "/usr/bin/gpg")
	home, err := os.MkdirTemp("", "gpg") // short: the agent's socket path is limited
	if err != nil {
		t.Fatal(err)
	}
	g := &gnupg{t: t, home: home}
	t.Cleanup(func() {
		exec.Command("gpgconf", "--homedir", home, "--kill", "gpg-agent").Run()
		os.RemoveAll(home)
	})
	return g
}

func (g *gnupg) run(stdin []byte, args ...string) ([]byte, error) {
	cmd := exec.Command("/usr/bin/gpg", append([]string{"--homedir", g.home, "--batch", "--pinentry-mode", "loopback", "--passphrase", ""}, args...)...)
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil {
		return out.Bytes(), &exec.ExitError{Stderr: errb.Bytes()}
	}
	return out.Bytes(), nil
}

// key generates a key for uid and exports its public part to a file.
func (g *gnupg) key(uid, algo, email, file string) {
	g.t.Helper()
	if out, err := g.run(nil, "--quick-gen-key", uid, algo, "default", "never"); err != nil {
		g.t.Fatalf("gpg --quick-gen-key %s: %v %s %s", algo, err, out, err.(*exec.ExitError).Stderr)
	}
	pub, err := g.run(nil, "--armor", "--export", email)
	if err != nil || len(pub) == 0 {
		g.t.Fatalf("gpg --export %s: %v", email, err)
	}
	if err := os.WriteFile(file, pub, 0o644); err != nil {
		g.t.Fatal(err)
	}
}

// testCA writes a test-only S/MIME CA's certificate to smime/ca.pem and
// the certificates it issues beside it.
type testCA struct {
	e  *env
	ca *testutil.CA
}

func newTestCA(t *testing.T, e *env) *testCA {
	t.Helper()
	ca := testutil.NewCA(t, time.Now())
	e.write("smime/ca.pem", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.DER}), 0o644)
	return &testCA{e: e, ca: ca}
}

// issue writes NAME.pem and NAME.key under smime/ for email.
func (c *testCA) issue(t *testing.T, name, email string) (certFile, keyFile string) {
	t.Helper()
	der, key := c.ca.Issue(t, email, time.Now().Add(time.Hour))
	c.e.write("smime/"+name+".pem", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
	c.e.write("smime/"+name+".key", pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}), 0o600)
	return c.e.path("smime/" + name + ".pem"), c.e.path("smime/" + name + ".key")
}

// signingPolicy is the built-in rules with signing on.
const signingPolicy = `encryption:
  subject: Secure message
  sign: true
rules:
  - name: phi
    when: {level: [phi, restricted]}
    use: [pgp, smime, tls-verified, pickup]
  - name: default
    use: [tls-verified, tls, plain]
`

// phiMessage is a clinical message with a binary attachment.
func phiMessage(to string, attachment []byte) (msg, body string) {
	body = "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Patient: Ana Rivera, DOB 03/14/1980, MRN 4471223.\r\nBiopsy of the left breast: benign fibroadenoma. Follow-up mammogram in 6 months.\r\n" +
		"--b1\r\nContent-Type: application/octet-stream; name=scan.bin\r\nContent-Disposition: attachment; filename=scan.bin\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" + base64Lines(attachment) + "--b1--\r\n"
	msg = "From: Clinic <alice@example.org>\r\nTo: <" + to + ">\r\nSubject: =?utf-8?q?Biopsy_result_=E2=80=93_Ana_Rivera?=\r\n" +
		"Date: " + time.Now().Format(time.RFC1123Z) + "\r\nMessage-ID: <" + to + "@example.org>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n" + body
	return msg, body
}

func base64Lines(b []byte) string {
	enc := base64.StdEncoding.EncodeToString(b)
	var out strings.Builder
	for len(enc) > 76 {
		out.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	out.WriteString(enc + "\r\n")
	return out.String()
}

// TestEndToEndEncryption submits one PHI message for four recipients: two
// with OpenPGP keys (Curve25519, RSA), one with an S/MIME certificate, one
// with neither. Each keyed recipient gets its own copy, encrypted to its
// key alone and signed by the organisation, that gpg or openssl decrypts
// and verifies; the copies are DKIM-signed over the encrypted bytes; the
// fourth gets the message over verified TLS.
func TestEndToEndEncryption(t *testing.T) {
	requireTool(t, "/usr/bin/python3")
	requireTool(t, "/usr/bin/openssl")
	g := newGnuPG(t)
	e := newEnv(t, opts{policy: signingPolicy, keys: "  smime_root_files: [smime/ca.pem]\n" +
		"  pgp_signing_key: {file: org.asc}\n  smime_cert_file: smime/org.pem\n  smime_signing_key: {file: smime/org.key}\n"})
	g.key("Clinic <alice@example.org>", "future-default", "alice@example.org", e.path("org-public.asc"))
	orgKey, err := g.run(nil, "--armor", "--export-secret-keys", "alice@example.org")
	if err != nil {
		t.Fatalf("export the organisation key: %v", err)
	}
	e.write("org.asc", orgKey, 0o600)
	ca := newTestCA(t, e)
	ca.issue(t, "org", "alice@example.org")
	g.key("Pat <pat@example.net>", "future-default", "pat@example.net", e.path("pat.asc"))
	// gpg 2.2's "default" is RSA-3072 with an encryption subkey; naming
	// rsa3072 would make a primary key alone, which cannot encrypt.
	g.key("Ray <ray@example.net>", "default", "ray@example.net", e.path("ray.asc"))
	samCert, samKey := ca.issue(t, "sam", "sam@example.net")
	for _, f := range []string{"pat.asc", "ray.asc", "smime/sam.pem"} {
		out, err := sealpost(t, "", "keys add", "-config", e.cfgPath, e.path(f))
		if err != nil || !strings.Contains(out, "added ") {
			t.Fatalf("keys add %s: %v\n%s", f, err, out)
		}
		if want := map[string]string{"pat.asc": "(ed25519", "ray.asc": "(rsa3072", "smime/sam.pem": "(RSA"}[f]; !strings.Contains(out, want) {
			t.Errorf("keys add %s: %q, want a %s) key", f, out, want)
		}
	}
	if out, _ := sealpost(t, "", "keys list", "-config", e.cfgPath); strings.Count(out, "example.net") != 3 {
		t.Errorf("keys list:\n%s", out)
	}
	attachment := make([]byte, 3000)
	rand.Read(attachment)
	rcpts := []string{"pat@example.net", "ray@example.net", "sam@example.net", "bob@example.net"}
	msg, body := phiMessage("team@example.net", attachment)
	e.write("msg.eml", []byte(msg), 0o600)
	out, err := sealpost(t, "", "policy explain", "-config", e.cfgPath, "-rcpt", "pat@example.net", "-rcpt", "sam@example.net", e.path("msg.eml"))
	if err != nil || !strings.Contains(out, "pat@example.net: pgp") || !strings.Contains(out, "sam@example.net: smime") {
		t.Errorf("policy explain does not see the imported keys: %v\n%s", err, out)
	}
	sink := startSink(t, e.sinkAddr, e.sinkTLS())
	e.start()

	if err := e.submit("alice@example.org", rcpts, msg); err != nil {
		t.Fatalf("submit: %v\n%s", err, e.logs)
	}
	got := sink.waitFor(4, 30*time.Second)
	if len(got) != 4 {
		t.Fatalf("sink got %d messages, want 4 (one per recipient)\n%s\n%s", len(got), e.logs, strings.Join(e.auditLines(), "\n"))
	}
	byRcpt := map[string][]byte{}
	for _, m := range got {
		if len(m.to) != 1 {
			t.Errorf("one copy went to %v: each keyed recipient needs its own", m.to)
		}
		byRcpt[m.to[0]] = m.data
	}
	for _, r := range []string{"pat@example.net", "ray@example.net"} {
		inner := checkPGPCopy(t, g, byRcpt[r])
		checkInner(t, r, inner, body)
		verifyDKIM(t, e, byRcpt[r], 2)
		if l := e.findAudit(`"delivery"`, r, `"method":"pgp"`, `"fpr"`, `"delivered"`); l == "" {
			t.Errorf("no pgp delivery record with the key for %s:\n%s", r, strings.Join(e.auditLines(), "\n"))
		}
	}
	signed := decryptSMIME(t, byRcpt["sam@example.net"], samCert, samKey)
	checkInner(t, "sam@example.net", verifySMIME(t, signed, e.path("smime/ca.pem")), body)
	verifyDKIM(t, e, byRcpt["sam@example.net"], 2)
	if !bytes.Contains(byRcpt["bob@example.net"], []byte("benign fibroadenoma")) {
		t.Error("bob (no key) did not get the message in clear over verified TLS")
	}
	if l := e.findAudit(`"decision"`, "pat@example.net", `"method":"pgp"`, `"source":"keystore"`); l == "" {
		t.Errorf("the decision does not record pat's key:\n%s", strings.Join(e.auditLines(), "\n"))
	}
	if strings.Contains(e.logs.String(), "Rivera") || strings.Contains(e.logs.String(), "fibroadenoma") {
		t.Error("operational log contains message content")
	}
}

// checkPGPCopy checks the outer PGP/MIME message and returns what gpg
// decrypts. The copy must be encrypted to one key only.
func checkPGPCopy(t *testing.T, g *gnupg, data []byte) []byte {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if s := m.Header.Get("Subject"); s != "Secure message" {
		t.Errorf("outer Subject %q", s)
	}
	ct, params, _ := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if ct != "multipart/encrypted" || params["protocol"] != "application/pgp-encrypted" {
		t.Errorf("outer Content-Type %q", m.Header.Get("Content-Type"))
	}
	for _, leak := range []string{"Rivera", "Biopsy", "fibroadenoma", "4471223"} {
		if bytes.Contains(data, []byte(leak)) {
			t.Errorf("encrypted copy shows %q in clear", leak)
		}
	}
	start := bytes.Index(data, []byte("-----BEGIN PGP MESSAGE-----"))
	end := bytes.Index(data, []byte("-----END PGP MESSAGE-----"))
	if start < 0 || end < 0 {
		t.Fatalf("no armored PGP message in the copy")
	}
	armored := data[start : end+len("-----END PGP MESSAGE-----")]
	packets, _ := g.run(armored, "--list-packets")
	if n := bytes.Count(packets, []byte(":pubkey enc packet:")); n != 1 {
		t.Errorf("copy encrypted to %d keys, want 1 (its recipient's):\n%s", n, packets)
	}
	status := filepath.Join(t.TempDir(), "status")
	plain, err := g.run(armored, "--status-file", status, "--decrypt")
	if err != nil {
		t.Fatalf("gpg --decrypt: %v %s", err, err.(*exec.ExitError).Stderr)
	}
	if st, _ := os.ReadFile(status); !bytes.Contains(st, []byte("[GNUPG:] GOODSIG")) || !bytes.Contains(st, []byte("alice@example.org")) {
		t.Errorf("no good signature by the organisation key:\n%s", st)
	}
	return plain
}

func decryptSMIME(t *testing.T, data []byte, cert, key string) []byte {
	t.Helper()
	if m, _ := mail.ReadMessage(bytes.NewReader(data)); m == nil || !strings.HasPrefix(m.Header.Get("Content-Type"), "application/pkcs7-mime") {
		t.Fatalf("S/MIME copy is not application/pkcs7-mime")
	}
	file := filepath.Join(t.TempDir(), "smime.eml")
	os.WriteFile(file, data, 0o600)
	out, err := exec.Command("/usr/bin/openssl", "cms", "-decrypt", "-in", file, "-recip", cert, "-inkey", key).Output()
	if err != nil {
		t.Fatalf("openssl cms -decrypt: %v", err)
	}
	return out
}

// verifySMIME checks the organisation's signature on a decrypted entity
// and returns the signed content.
func verifySMIME(t *testing.T, signed []byte, caFile string) []byte {
	t.Helper()
	file := filepath.Join(t.TempDir(), "signed.eml")
	os.WriteFile(file, signed, 0o600)
	out, err := exec.Command("/usr/bin/openssl", "cms", "-verify", "-in", file, "-CAfile", caFile).Output()
	if err != nil {
		t.Fatalf("openssl cms -verify: %v", err)
	}
	return out
}

// checkInner checks a decrypted entity: the real Subject in its protected
// header, the original body byte for byte.
func checkInner(t *testing.T, rcpt string, inner []byte, body string) {
	t.Helper()
	head, rest, ok := bytes.Cut(inner, []byte("\r\n\r\n"))
	if !ok {
		t.Fatalf("%s: decrypted entity has no header:\n%q", rcpt, inner)
	}
	if !bytes.Contains(head, []byte("Subject: =?utf-8?q?Biopsy_result_=E2=80=93_Ana_Rivera?=")) || !bytes.Contains(head, []byte("hp=cipher")) {
		t.Errorf("%s: protected header lacks the real Subject or hp=cipher:\n%s", rcpt, head)
	}
	if string(rest) != body {
		t.Errorf("%s: decrypted body differs from the original:\n%q\nwant\n%q", rcpt, rest, body)
	}
}
