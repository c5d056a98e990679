package openpgp

import (
	"bytes"
	"sync"
	"testing"
	"time"

	"github.com/ProtonMail/go-crypto/openpgp/packet"
	"github.com/ProtonMail/gopenpgp/v3/crypto"
	"github.com/ProtonMail/gopenpgp/v3/profile"
)

// Keys made with gopenpgp, for the tests that do not need gpg and for the
// benchmarks. Generated in the test run; nothing private is committed.

const orgPassphrase = "correct horse battery staple"

// generate makes a private key with the profile; lifetime 0 is forever.
func generate(t testing.TB, p *profile.Custom, email string, created time.Time, lifetime int32) *crypto.Key {
	t.Helper()
	b := crypto.PGPWithProfile(p).KeyGeneration().AddUserId("Test "+email, email)
	if !created.IsZero() {
		b = b.GenerationTime(created.Unix())
	}
	if lifetime != 0 {
		b = b.Lifetime(lifetime)
	}
	k, err := b.New().GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// aeadProfile makes v4 keys that advertise SEIPDv2, as RFC 9580 software does.
func aeadProfile() *profile.Custom {
	p := profile.Default()
	p.AeadEncryption = &packet.AEADConfig{}
	return p
}

func publicOf(t testing.TB, k *crypto.Key) *Key {
	t.Helper()
	pub, err := k.GetPublicKey()
	if err != nil {
		t.Fatal(err)
	}
	key, err := ParseKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return key
}

// lockedArmor returns the private key armored and locked with orgPassphrase.
func lockedArmor(t testing.TB, k *crypto.Key) []byte {
	t.Helper()
	locked, err := crypto.PGP().LockKey(k, []byte(orgPassphrase))
	if err != nil {
		t.Fatal(err)
	}
	a, err := locked.Armor()
	if err != nil {
		t.Fatal(err)
	}
	return []byte(a)
}

// fixture holds the keys generated once for the whole run.
type fixture struct {
	recipient25519, recipientRSA *crypto.Key // private, to decrypt
	org25519, orgRSA             *crypto.Key // private, the signers
	signer25519, signerRSA       *Signer
}

var (
	fixOnce sync.Once
	fix     fixture
)

func keys(t testing.TB) *fixture {
	t.Helper()
	fixOnce.Do(func() {
		fix.recipient25519 = generate(t, profile.Default(), "pat@example.net", time.Time{}, 0)
		fix.recipientRSA = generate(t, profile.RFC4880(), "pat-rsa@example.net", time.Time{}, 0)
		fix.org25519 = generate(t, profile.Default(), "org@clinic.example.org", time.Time{}, 0)
		fix.orgRSA = generate(t, profile.RFC4880(), "org-rsa@clinic.example.org", time.Time{}, 0)
		fix.signer25519 = mustSigner(t, fix.org25519)
		fix.signerRSA = mustSigner(t, fix.orgRSA)
	})
	if fix.signerRSA == nil {
		t.Fatal("key fixture failed in an earlier test")
	}
	return &fix
}

func mustSigner(t testing.TB, k *crypto.Key) *Signer {
	t.Helper()
	s, err := NewSigner(lockedArmor(t, k), []byte(orgPassphrase), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// publicBytes serializes a go-crypto entity's public parts.
func publicBytes(t testing.TB, k *crypto.Key) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := k.GetEntity().Serialize(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
