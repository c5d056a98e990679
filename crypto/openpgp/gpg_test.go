package openpgp

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The real peer: GnuPG in a throw-away home shared by the tests of this
// package (key generation is slow), removed by TestMain.

var (
	gpgOnce sync.Once
	gpgHome *gnupg
	gpgErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if gpgHome != nil {
		gpgHome.close()
	}
	os.Exit(code)
}

type gnupg struct {
	home string
	mu   sync.Mutex
	keys map[string]*gpgKey // by uid
}

// gpgKey is a key gpg generated and holds the private part of.
type gpgKey struct {
	FPR     string
	Created time.Time
	Expires time.Time
	EncIDs  []string // key IDs of the encryption-capable subkeys
	UIDs    []string // in gpg's order, the primary first
	Public  []byte   // binary export
}

// needGPG returns the shared GnuPG home. Without gpg the test is skipped,
// or fails under CI=true.
func needGPG(t testing.TB) *gnupg {
	t.Helper()
	if _, err := exec.LookPath("gpg"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("gpg is not installed (CI=true): %v", err)
		}
		t.Skipf("gpg is not installed: %v", err)
	}
	gpgOnce.Do(func() {
		// gpg-agent's socket path must be short: not under t.TempDir.
		dir, err := os.MkdirTemp("", "gpg")
		if err == nil {
			err = os.Chmod(dir, 0o700)
		}
		gpgHome, gpgErr = &gnupg{home: dir, keys: map[string]*gpgKey{}}, err
	})
	if gpgErr != nil {
		t.Fatalf("gpg home: %v", gpgErr)
	}
	return gpgHome
}

func (g *gnupg) close() {
	_ = exec.Command("gpgconf", "--homedir", g.home, "--kill", "gpg-agent").Run()
	_ = os.RemoveAll(g.home)
}

// run runs gpg with stdin and returns stdout; stderr goes in the error.
func (g *gnupg) run(t testing.TB, stdin []byte, args ...string) []byte {
	t.Helper()
	out, errOut, err := g.try(stdin, args...)
	if err != nil {
		t.Fatalf("gpg %s: %v\n%s", strings.Join(args, " "), err, errOut)
	}
	return out
}

// try runs gpg in batch mode with an empty passphrase; status lines go
// to stderr with the rest of gpg's messages.
func (g *gnupg) try(stdin []byte, args ...string) (stdout, stderr []byte, err error) {
	return g.tryWith("", stdin, args...)
}

// tryWith is try with a passphrase.
func (g *gnupg) tryWith(passphrase string, stdin []byte, args ...string) (stdout, stderr []byte, err error) {
	base := []string{"--homedir", g.home, "--batch", "--no-tty", "--pinentry-mode", "loopback", "--passphrase", passphrase, "--status-fd", "2"}
	cmd := exec.Command("gpg", append(base, args...)...)
	cmd.Stdin = bytes.NewReader(stdin)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.Bytes(), e.Bytes(), err
}

// key returns the key generated for uid with gpg --quick-gen-key ALGO
// USAGE EXPIRE, generating it on first use.
func (g *gnupg) key(t testing.TB, uid, algo, usage, expire string) *gpgKey {
	t.Helper()
	g.mu.Lock()
	defer g.mu.Unlock()
	if k := g.keys[uid]; k != nil {
		return k
	}
	g.run(t, nil, "--quick-gen-key", uid, algo, usage, expire)
	k := g.describe(t, uid)
	g.keys[uid] = k
	return k
}

// describe reads a key back from gpg's colon listing.
func (g *gnupg) describe(t testing.TB, uid string) *gpgKey {
	t.Helper()
	k := &gpgKey{}
	list := g.run(t, nil, "--with-colons", "--fixed-list-mode", "--list-keys", "="+uid)
	inPrimary := false
	for _, line := range strings.Split(string(list), "\n") {
		f := strings.Split(line, ":")
		switch {
		case f[0] == "pub":
			k.Created, k.Expires = unix(f[5]), unix(f[6])
			inPrimary = true
		case f[0] == "sub":
			inPrimary = false
			if strings.Contains(f[11], "e") {
				k.EncIDs = append(k.EncIDs, f[4])
			}
		case f[0] == "fpr" && inPrimary && k.FPR == "":
			k.FPR = f[9]
		case f[0] == "uid":
			k.UIDs = append(k.UIDs, f[9])
		}
	}
	if k.FPR == "" {
		t.Fatalf("gpg lists no key for %q:\n%s", uid, list)
	}
	k.Public = g.run(t, nil, "--export", k.FPR)
	return k
}

func unix(s string) time.Time {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n == 0 {
		return time.Time{}
	}
	return time.Unix(n, 0)
}

// revoke imports the revocation certificate gpg made with the key.
func (g *gnupg) revoke(t testing.TB, fpr string) {
	t.Helper()
	cert, err := os.ReadFile(filepath.Join(g.home, "openpgp-revocs.d", fpr+".rev"))
	if err != nil {
		t.Fatal(err)
	}
	// gpg prefixes the armor with ':' so that it is not imported by mistake.
	cert = bytes.Replace(cert, []byte(":-----BEGIN"), []byte("-----BEGIN"), 1)
	g.run(t, cert, "--import")
}

// decrypt runs gpg --decrypt and returns the plaintext and the status
// lines, without their "[GNUPG:] " prefix.
func (g *gnupg) decrypt(t testing.TB, armored []byte) (plain []byte, status []string, err error) {
	t.Helper()
	out, errOut, err := g.try(armored, "--decrypt")
	for _, line := range strings.Split(string(errOut), "\n") {
		if s, ok := strings.CutPrefix(line, "[GNUPG:] "); ok {
			status = append(status, s)
		}
	}
	if err != nil {
		err = &gpgError{err: err, stderr: string(errOut)}
	}
	return out, status, err
}

type gpgError struct {
	err    error
	stderr string
}

func (e *gpgError) Error() string { return e.err.Error() + "\n" + e.stderr }

// statusFields returns the fields of each status line with keyword kw.
func statusFields(status []string, kw string) [][]string {
	var out [][]string
	for _, s := range status {
		f := strings.Fields(s)
		if len(f) > 0 && f[0] == kw {
			out = append(out, f[1:])
		}
	}
	return out
}
