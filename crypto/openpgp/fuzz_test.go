package openpgp

import (
	"strings"
	"testing"
	"time"

	"github.com/ProtonMail/gopenpgp/v3/profile"
)

// FuzzParseKeys: no input panics the parser or the checks, and every
// error carries the package prefix.
func FuzzParseKeys(f *testing.F) {
	k := generate(f, profile.Default(), "fuzz@example.net", time.Now().Add(-time.Minute), 0)
	pub := publicBytes(f, k)
	armored, err := k.GetArmoredPublicKey()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(pub)
	f.Add([]byte(armored))
	f.Add(pub[:len(pub)/2])
	f.Add([]byte("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n-----END PGP PUBLIC KEY BLOCK-----\n"))
	now := time.Now()
	f.Fuzz(func(t *testing.T, data []byte) {
		keys, err := ParseKeys(data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "openpgp: ") {
				t.Fatalf("error without the package prefix: %v", err)
			}
			return
		}
		for _, k := range keys {
			_ = k.Info(now)
			if err := k.Check(now, Policy{}); err != nil && !strings.HasPrefix(err.Error(), "openpgp: ") {
				t.Fatalf("Check error without the package prefix: %v", err)
			}
			if _, err := NewEncrypter([]*Key{k}, Options{Time: now}); err != nil && !strings.HasPrefix(err.Error(), "openpgp: ") {
				t.Fatalf("NewEncrypter error without the package prefix: %v", err)
			}
		}
	})
}
