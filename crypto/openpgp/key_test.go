package openpgp

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ProtonMail/go-crypto/openpgp/packet"
	"github.com/ProtonMail/gopenpgp/v3/profile"
)

// TestCheckGnuPGKeys checks keys as GnuPG makes them.
func TestCheckGnuPGKeys(t *testing.T) {
	g := needGPG(t)
	rsa := g.key(t, "RSA <rsa@example.net>", "default", "default", "never")
	cases := []struct {
		name   string
		key    func() *gpgKey
		at     time.Duration // from now, after the key is made
		policy Policy
		want   error
	}{
		{"rsa3072", func() *gpgKey { return rsa }, 0, Policy{}, nil},
		{"rsa3072 below a 4096 policy", func() *gpgKey { return rsa }, 0, Policy{MinRSABits: 4096}, ErrWeak},
		{"rsa1024", func() *gpgKey { return g.key(t, "Weak <weak@example.net>", "rsa1024", "default", "never") }, 0, Policy{}, ErrWeak},
		{"cv25519", func() *gpgKey { return g.key(t, "Curve <curve@example.net>", "future-default", "default", "never") }, 0, Policy{}, nil},
		{"one-day key, today", func() *gpgKey { return g.key(t, "Short <short@example.net>", "future-default", "default", "1d") }, 0, Policy{}, nil},
		{"one-day key, in two days", func() *gpgKey { return g.key(t, "Short <short@example.net>", "future-default", "default", "1d") }, 48 * time.Hour, Policy{}, ErrExpired},
		{"before its creation", func() *gpgKey { return rsa }, -time.Hour, Policy{}, ErrNotYetValid},
		{"sign-only", func() *gpgKey { return g.key(t, "Signer <sign-only@example.net>", "ed25519", "sign", "never") }, 0, Policy{}, ErrNoEncryptionKey},
		{"revoked", func() *gpgKey { return revokedGPGKey(t, g) }, 0, Policy{}, ErrRevoked},
		{"encryption subkey expired", func() *gpgKey { return subkeyExpiring(t, g) }, 48 * time.Hour, Policy{}, ErrExpired},
		{"encryption subkey still valid", func() *gpgKey { return subkeyExpiring(t, g) }, 0, Policy{}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			gk := c.key()
			k, err := ParseKey(gk.Public)
			if err != nil {
				t.Fatal(err)
			}
			at := time.Now().Add(c.at)
			if c.at < 0 {
				at = gk.Created.Add(c.at)
			}
			err = k.Check(at, c.policy)
			if !errors.Is(err, c.want) || (c.want == nil) != (err == nil) {
				t.Fatalf("Check = %v, want %v", err, c.want)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "openpgp: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func revokedGPGKey(t *testing.T, g *gnupg) *gpgKey {
	uid := "Revoked <revoked@example.net>"
	k := g.key(t, uid, "future-default", "default", "never")
	g.revoke(t, k.FPR)
	return g.describe(t, uid)
}

// subkeyExpiring is an ed25519 primary key without expiry and a cv25519
// encryption subkey that expires in a day: the common case of a key whose
// owner forgot to extend the subkey.
func subkeyExpiring(t *testing.T, g *gnupg) *gpgKey {
	uid := "Subkey <subkey@example.net>"
	g.mu.Lock()
	k := g.keys[uid]
	g.mu.Unlock()
	if k != nil {
		return k
	}
	k = g.key(t, uid, "ed25519", "sign", "never")
	g.run(t, nil, "--quick-add-key", k.FPR, "cv25519", "encr", "1d")
	k = g.describe(t, uid)
	g.mu.Lock()
	g.keys[uid] = k
	g.mu.Unlock()
	return k
}

func TestErrorTexts(t *testing.T) {
	g := needGPG(t)
	cases := []struct {
		key  *gpgKey
		at   time.Time
		want string
	}{
		{g.key(t, "Weak <weak@example.net>", "rsa1024", "default", "never"), time.Now(), "openpgp: key too weak: RSA 1024 bits, policy minimum 2048"},
		{g.key(t, "Short <short@example.net>", "future-default", "default", "1d"), time.Now().Add(72 * time.Hour), "openpgp: key expired on "},
		{g.key(t, "Signer <sign-only@example.net>", "ed25519", "sign", "never"), time.Now(), "openpgp: no encryption-capable key"},
	}
	for _, c := range cases {
		k, err := ParseKey(c.key.Public)
		if err != nil {
			t.Fatal(err)
		}
		if err := k.Check(c.at, Policy{}); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Check = %v, want %q…", err, c.want)
		}
	}
}

// TestCheckGeneratedKeys covers what gpg cannot make directly: keys
// revoked, expired and stripped with go-crypto.
func TestCheckGeneratedKeys(t *testing.T) {
	now := time.Now()
	past := now.Add(-time.Minute)
	revoked := generate(t, profile.Default(), "revoked@example.net", past, 0)
	if err := revoked.GetEntity().Revoke(packet.KeyCompromised, "", nil); err != nil {
		t.Fatal(err)
	}
	signOnly := generate(t, profile.Default(), "sign-only@example.net", past, 0)
	signOnly.GetEntity().Subkeys = nil
	cases := []struct {
		name string
		pub  []byte
		at   time.Time
		want error
	}{
		{"valid", publicBytes(t, generate(t, profile.Default(), "ok@example.net", past, 0)), now, nil},
		{"expired", publicBytes(t, generate(t, profile.Default(), "old@example.net", now.Add(-48*time.Hour), 3600)), now, ErrExpired},
		{"future", publicBytes(t, generate(t, profile.Default(), "new@example.net", now.Add(time.Hour), 0)), now, ErrNotYetValid},
		{"revoked", publicBytes(t, revoked), now, ErrRevoked},
		{"sign-only", publicBytes(t, signOnly), now, ErrNoEncryptionKey},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k, err := ParseKey(c.pub)
			if err != nil {
				t.Fatal(err)
			}
			if err := k.Check(c.at, Policy{}); !errors.Is(err, c.want) || (c.want == nil) != (err == nil) {
				t.Fatalf("Check = %v, want %v", err, c.want)
			}
		})
	}
}

func TestParseKeyErrors(t *testing.T) {
	priv, err := generate(t, profile.Default(), "x@example.net", time.Time{}, 0).Serialize()
	if err != nil {
		t.Fatal(err)
	}
	a := publicBytes(t, generate(t, profile.Default(), "a@example.net", time.Time{}, 0))
	b := publicBytes(t, generate(t, profile.Default(), "b@example.net", time.Time{}, 0))
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"private key", priv, ErrPrivateKey},
		{"garbage", []byte("not a key"), ErrMalformed},
		{"empty", nil, ErrMalformed},
		{"truncated armor", []byte("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBF\n"), ErrMalformed},
		{"two keys", append(append([]byte{}, a...), b...), ErrMalformed},
	}
	for _, c := range cases {
		if _, err := ParseKey(c.data); !errors.Is(err, c.want) {
			t.Errorf("%s: ParseKey = %v, want %v", c.name, err, c.want)
		}
	}
	ks, err := ParseKeys(append(append([]byte{}, a...), b...))
	if err != nil || len(ks) != 2 {
		t.Errorf("ParseKeys of two keys = %d keys, %v", len(ks), err)
	}
}

// TestInfo compares what Info reports with what gpg lists.
func TestInfo(t *testing.T) {
	g := needGPG(t)
	cases := []struct {
		uid, algo, expire string
		wantAlgo, wantEnc string
	}{
		{"RSA <rsa@example.net>", "default", "never", "rsa3072", "rsa3072"},
		{"Short <short@example.net>", "future-default", "1d", "ed25519", "cv25519"},
	}
	for _, c := range cases {
		gk := g.key(t, c.uid, c.algo, "default", c.expire)
		for _, data := range [][]byte{gk.Public, g.run(t, nil, "--armor", "--export", gk.FPR)} {
			k, err := ParseKey(data)
			if err != nil {
				t.Fatal(err)
			}
			info := k.Info(time.Now())
			if info.Fingerprint != gk.FPR || k.Fingerprint() != gk.FPR {
				t.Errorf("fingerprint %s, gpg says %s", info.Fingerprint, gk.FPR)
			}
			if info.Algorithm != c.wantAlgo || info.Encryption != c.wantEnc || info.Version != 4 {
				t.Errorf("%s: algorithm %s/%s v%d, want %s/%s v4", c.uid, info.Algorithm, info.Encryption, info.Version, c.wantAlgo, c.wantEnc)
			}
			if !info.Created.Equal(gk.Created) || !info.Expires.Equal(gk.Expires) {
				t.Errorf("%s: created %v expires %v, gpg says %v and %v", c.uid, info.Created, info.Expires, gk.Created, gk.Expires)
			}
			if info.AEAD {
				t.Errorf("%s: GnuPG 2.2 keys do not advertise SEIPDv2", c.uid)
			}
			email := c.uid[strings.Index(c.uid, "<")+1 : len(c.uid)-1]
			if len(info.Emails) != 1 || info.Emails[0] != email {
				t.Errorf("emails %q, want [%s]", info.Emails, email)
			}
		}
	}
}

func TestInfoEmails(t *testing.T) {
	g := needGPG(t)
	k := g.key(t, "Two <two@example.net>", "future-default", "default", "never")
	g.run(t, nil, "--quick-add-uid", k.FPR, "Second <second@example.net>")
	g.run(t, nil, "--quick-add-uid", k.FPR, "Gone <gone@example.net>")
	g.run(t, nil, "--quick-revoke-uid", k.FPR, "Gone <gone@example.net>")
	g.run(t, nil, "--quick-set-primary-uid", k.FPR, "Second <second@example.net>")
	gk := g.describe(t, "Two <two@example.net>")
	key, err := ParseKey(gk.Public)
	if err != nil {
		t.Fatal(err)
	}
	got := key.Info(time.Now()).Emails
	if strings.Join(got, " ") != "second@example.net two@example.net" {
		t.Errorf("emails %q, want the primary (second) first, no revoked one; gpg lists %q", got, gk.UIDs)
	}
}

func TestInfoAEAD(t *testing.T) {
	now := time.Now().Add(time.Minute)
	if publicOf(t, generate(t, aeadProfile(), "aead@example.net", time.Time{}, 0)).Info(now).AEAD != true {
		t.Error("a key advertising SEIPDv2 is reported without AEAD")
	}
	if publicOf(t, generate(t, profile.Default(), "v1@example.net", time.Time{}, 0)).Info(now).AEAD {
		t.Error("a key without SEIPDv2 is reported with AEAD")
	}
}

// TestBytesRoundTrip: what Bytes returns parses back to the same key, with
// nothing private, also for a Signer's public part.
func TestBytesRoundTrip(t *testing.T) {
	f := keys(t)
	for _, k := range []*Key{publicOf(t, f.recipient25519), publicOf(t, f.recipientRSA), f.signer25519.Public()} {
		b, err := k.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseKey(b)
		if err != nil {
			t.Fatalf("ParseKey(Bytes()) = %v", err)
		}
		now := time.Now()
		if back.Fingerprint() != k.Fingerprint() || back.Info(now).Encryption != k.Info(now).Encryption {
			t.Errorf("round trip changed the key: %+v, want %+v", back.Info(now), k.Info(now))
		}
		b[0] ^= 0xff
		if again, _ := k.Bytes(); again[0] == b[0] {
			t.Error("Bytes returns the Key's own buffer")
		}
	}
}
