package openpgp

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ProtonMail/gopenpgp/v3/profile"
)

func TestNewSigner(t *testing.T) {
	now := time.Now()
	k := generate(t, profile.Default(), "org@clinic.example.org", now.Add(-time.Minute), 0)
	unlocked, err := k.Armor()
	if err != nil {
		t.Fatal(err)
	}
	expired := generate(t, profile.Default(), "old-org@clinic.example.org", now.Add(-48*time.Hour), 3600)
	expiredArmor, _ := expired.Armor()
	cases := []struct {
		name       string
		data       []byte
		passphrase string
		want       error
	}{
		{"locked, right passphrase", lockedArmor(t, k), orgPassphrase, nil},
		{"locked, wrong passphrase", lockedArmor(t, k), "Tr0ub4dor&3", ErrPassphrase},
		{"locked, no passphrase", lockedArmor(t, k), "", ErrPassphrase},
		{"unlocked", []byte(unlocked), "", nil},
		{"public key", publicBytes(t, k), "", ErrNotPrivate},
		{"expired", []byte(expiredArmor), "", ErrExpired},
		{"garbage", []byte("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nAAAA\n-----END PGP PRIVATE KEY BLOCK-----\n"), "", ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := NewSigner(c.data, []byte(c.passphrase), now)
			if !errors.Is(err, c.want) || (c.want == nil) != (err == nil) {
				t.Fatalf("NewSigner = %v, want %v", err, c.want)
			}
			if err != nil {
				return
			}
			if s.Fingerprint() != strings.ToUpper(k.GetFingerprint()) {
				t.Errorf("fingerprint %s, want %s", s.Fingerprint(), k.GetFingerprint())
			}
			if s.Public().Info(now).Fingerprint != s.Fingerprint() || s.Public().entity.PrivateKey != nil {
				t.Error("Public is not the public part of the key")
			}
		})
	}
}

// TestGnuPGOrgKey: an organisation key made and protected by GnuPG signs,
// and GnuPG verifies the signature.
func TestGnuPGOrgKey(t *testing.T) {
	g := needGPG(t)
	const uid, pass = "Org <org-gpg@clinic.example.org>", "s3cret passphrase"
	if _, errOut, err := g.tryWith(pass, nil, "--quick-gen-key", uid, "future-default", "default", "never"); err != nil {
		t.Fatalf("gpg: %v\n%s", err, errOut)
	}
	org := g.describe(t, uid)
	secret, errOut, err := g.tryWith(pass, nil, "--armor", "--export-secret-keys", org.FPR)
	if err != nil {
		t.Fatalf("gpg: %v\n%s", err, errOut)
	}
	if _, err := NewSigner(secret, []byte("wrong"), time.Now()); !errors.Is(err, ErrPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	s, err := NewSigner(secret, []byte(pass), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if s.Fingerprint() != org.FPR {
		t.Errorf("fingerprint %s, gpg says %s", s.Fingerprint(), org.FPR)
	}
	curve := g.key(t, "Curve <curve@example.net>", "future-default", "default", "never")
	k, err := ParseKey(curve.Public)
	if err != nil {
		t.Fatal(err)
	}
	m := newMessage(t, 4<<10)
	_, armored := outerParts(t, wrap(t, m, []*Key{k}, Options{Signer: s}))
	plain, status, err := g.decrypt(t, armored)
	if err != nil {
		t.Fatal(err)
	}
	checkInner(t, plain, m)
	checkStatus(t, status, curve.EncIDs, s)
}
