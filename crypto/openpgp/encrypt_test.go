package openpgp

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ProtonMail/go-crypto/openpgp/armor"
	"github.com/ProtonMail/go-crypto/openpgp/packet"
	"github.com/ProtonMail/gopenpgp/v3/crypto"
	"github.com/ProtonMail/gopenpgp/v3/profile"

	"github.com/sealpost/sealpost/crypto/protect"
)

func wrap(t testing.TB, m testMessage, keys []*Key, opt Options) []byte {
	t.Helper()
	enc, err := NewEncrypter(keys, opt)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := protect.Wrap(&out, bytes.NewReader(m.raw), enc, protect.Options{Subject: "Secure message"}); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestGnuPGDecrypts: what we encrypt, GnuPG 2.2 decrypts, to the exact
// inner entity, and verifies the organisation's signature.
func TestGnuPGDecrypts(t *testing.T) {
	g := needGPG(t)
	f := keys(t)
	g.run(t, publicBytes(t, f.org25519), "--import")
	g.run(t, publicBytes(t, f.orgRSA), "--import")
	rsa := g.key(t, "RSA <rsa@example.net>", "default", "default", "never")
	curve := g.key(t, "Curve <curve@example.net>", "future-default", "default", "never")
	m := newMessage(t, 300<<10)
	cases := []struct {
		name   string
		to     []*gpgKey
		signer *Signer
	}{
		{"cv25519, unsigned", []*gpgKey{curve}, nil},
		{"cv25519, signed ed25519", []*gpgKey{curve}, f.signer25519},
		{"rsa3072, signed rsa3072", []*gpgKey{rsa}, f.signerRSA},
		{"two keys of one recipient", []*gpgKey{rsa, curve}, f.signer25519},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var keys []*Key
			var encIDs []string
			for _, gk := range c.to {
				k, err := ParseKey(gk.Public)
				if err != nil {
					t.Fatal(err)
				}
				keys = append(keys, k)
				encIDs = append(encIDs, gk.EncIDs...)
			}
			_, armored := outerParts(t, wrap(t, m, keys, Options{Signer: c.signer}))
			plain, status, err := g.decrypt(t, armored)
			if err != nil {
				t.Fatal(err)
			}
			checkInner(t, plain, m)
			checkStatus(t, status, encIDs, c.signer)
		})
	}
}

// checkStatus checks gpg's status lines: decrypted, SEIPDv1 with MDC,
// encrypted to exactly encIDs, signed by signer or not signed.
func checkStatus(t *testing.T, status []string, encIDs []string, signer *Signer) {
	t.Helper()
	if statusFields(status, "DECRYPTION_OKAY") == nil {
		t.Errorf("no DECRYPTION_OKAY in %q", status)
	}
	var to []string
	for _, f := range statusFields(status, "ENC_TO") {
		to = append(to, f[0])
	}
	slices.Sort(to)
	slices.Sort(encIDs)
	if !slices.Equal(to, encIDs) {
		t.Errorf("encrypted to %q, want exactly %q", to, encIDs)
	}
	info := statusFields(status, "DECRYPTION_INFO")
	if len(info) != 1 || info[0][0] != "2" || (len(info[0]) > 2 && info[0][2] != "0") {
		t.Errorf("DECRYPTION_INFO %q, want SEIPDv1 with MDC (2), no AEAD", info)
	}
	good, valid := statusFields(status, "GOODSIG"), statusFields(status, "VALIDSIG")
	if signer == nil {
		if good != nil || valid != nil || statusFields(status, "NEWSIG") != nil {
			t.Errorf("unsigned message carries a signature: %q", status)
		}
		return
	}
	if len(good) != 1 || len(valid) != 1 || valid[0][len(valid[0])-1] != signer.Fingerprint() {
		t.Errorf("signature: GOODSIG %q VALIDSIG %q, want one good signature by %s", good, valid, signer.Fingerprint())
	}
	if statusFields(status, "BADSIG") != nil || statusFields(status, "ERRSIG") != nil {
		t.Errorf("bad signature: %q", status)
	}
}

// TestGnuPGRefusesTampering: the decryption check above can fail.
func TestGnuPGRefusesTampering(t *testing.T) {
	g := needGPG(t)
	curve := g.key(t, "Curve <curve@example.net>", "future-default", "default", "never")
	k, err := ParseKey(curve.Public)
	if err != nil {
		t.Fatal(err)
	}
	_, armored := outerParts(t, wrap(t, newMessage(t, 10<<10), []*Key{k}, Options{}))
	lines := bytes.Split(armored, []byte("\r\n"))
	mid := lines[len(lines)/2]
	mid[10] ^= 'A' ^ 'B'
	if mid[10] == '=' || mid[10] > 'z' {
		mid[10] = 'Q'
	}
	_, status, err := g.decrypt(t, bytes.Join(lines, []byte("\r\n")))
	if err == nil || statusFields(status, "DECRYPTION_OKAY") != nil {
		t.Errorf("gpg accepted a tampered message: %v %q", err, status)
	}
}

// TestSEIPDVersion: SEIPDv2 only when allowed and every key advertises it.
func TestSEIPDVersion(t *testing.T) {
	past := time.Now().Add(-time.Minute)
	aead := generate(t, aeadProfile(), "aead@example.net", past, 0)
	aead2 := generate(t, aeadProfile(), "aead2@example.net", past, 0)
	plain := generate(t, profile.Default(), "plain@example.net", past, 0)
	m := newMessage(t, 20<<10)
	cases := []struct {
		name  string
		to    []*crypto.Key
		allow bool
		want  int
	}{
		{"advertised, not allowed", []*crypto.Key{aead}, false, 1},
		{"advertised, allowed", []*crypto.Key{aead}, true, 2},
		{"all advertised, allowed", []*crypto.Key{aead, aead2}, true, 2},
		{"one key does not advertise", []*crypto.Key{aead, plain}, true, 1},
		{"not advertised, allowed", []*crypto.Key{plain}, true, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var keys []*Key
			for _, k := range c.to {
				keys = append(keys, publicOf(t, k))
			}
			_, armored := outerParts(t, wrap(t, m, keys, Options{AEAD: c.allow}))
			if v := seipdVersion(t, armored); v != c.want {
				t.Errorf("SEIPD version %d, want %d", v, c.want)
			}
			for _, k := range c.to {
				checkInner(t, decryptGo(t, k, nil, armored), m)
			}
		})
	}
}

// TestGopenpgpPicksAEADFromKeyFeatures is a canary: gopenpgp's default
// profile, which has no AEAD, still writes SEIPDv2 when the recipient
// key advertises it. That is why Options.AEAD strips the feature from
// our copy of the key. If this fails, gopenpgp changed and the stripping
// may be unnecessary.
func TestGopenpgpPicksAEADFromKeyFeatures(t *testing.T) {
	aead := generate(t, aeadProfile(), "aead@example.net", time.Time{}, 0)
	pub, err := aead.ToPublic()
	if err != nil {
		t.Fatal(err)
	}
	enc, err := crypto.PGP().Encryption().Recipient(pub).New()
	if err != nil {
		t.Fatal(err)
	}
	msg, err := enc.Encrypt([]byte("hello"))
	if err != nil {
		t.Fatal(err)
	}
	armored, err := msg.ArmorBytes()
	if err != nil {
		t.Fatal(err)
	}
	if v := seipdVersion(t, armored); v != 2 {
		t.Errorf("gopenpgp's default profile wrote SEIPDv%d to an AEAD key", v)
	}
}

// TestGnuPGReadsAEADKeyDefault: a key that advertises SEIPDv2, imported
// in GnuPG 2.2, still decrypts what we write by default.
func TestGnuPGReadsAEADKeyDefault(t *testing.T) {
	g := needGPG(t)
	aead := generate(t, aeadProfile(), "aead-gpg@example.net", time.Now().Add(-time.Minute), 0)
	priv, err := aead.Serialize()
	if err != nil {
		t.Fatal(err)
	}
	g.run(t, priv, "--import")
	m := newMessage(t, 20<<10)
	_, armored := outerParts(t, wrap(t, m, []*Key{publicOf(t, aead)}, Options{}))
	plain, status, err := g.decrypt(t, armored)
	if err != nil {
		t.Fatal(err)
	}
	checkInner(t, plain, m)
	enc, _ := aead.GetEntity().EncryptionKey(time.Now(), nil)
	checkStatus(t, status, []string{enc.PublicKey.KeyIdString()}, nil)
}

// seipdVersion returns the version of the encrypted data packet.
func seipdVersion(t testing.TB, armored []byte) int {
	t.Helper()
	block, err := armor.Decode(bytes.NewReader(armored))
	if err != nil {
		t.Fatal(err)
	}
	pr := packet.NewReader(block.Body)
	for {
		p, err := pr.Next()
		if err != nil {
			t.Fatalf("no encrypted data packet: %v", err)
		}
		if se, ok := p.(*packet.SymmetricallyEncrypted); ok {
			return se.Version
		}
	}
}

// decryptGo decrypts with gopenpgp, verifying the signature if verifier
// is not nil.
func decryptGo(t testing.TB, key, verifier *crypto.Key, armored []byte) []byte {
	t.Helper()
	b := crypto.PGP().Decryption().DecryptionKey(key)
	if verifier != nil {
		b = b.VerificationKey(verifier)
	}
	dec, err := b.New()
	if err != nil {
		t.Fatal(err)
	}
	res, err := dec.Decrypt(armored, crypto.Armor)
	if err != nil {
		t.Fatal(err)
	}
	if verifier != nil {
		if err := res.SignatureError(); err != nil {
			t.Errorf("signature: %v", err)
		}
	}
	return res.Bytes()
}

func TestNewEncrypterErrors(t *testing.T) {
	f := keys(t)
	expired := publicOf(t, generate(t, profile.Default(), "old@example.net", time.Now().Add(-48*time.Hour), 3600))
	good := publicOf(t, f.recipient25519)
	if _, err := NewEncrypter(nil, Options{}); !errors.Is(err, ErrNoRecipient) {
		t.Errorf("no keys: %v", err)
	}
	_, err := NewEncrypter([]*Key{good, expired}, Options{})
	if !errors.Is(err, ErrExpired) || !strings.Contains(err.Error(), "recipient key 2") {
		t.Errorf("expired second key: %v", err)
	}
	if strings.Contains(err.Error(), expired.Fingerprint()) || strings.Contains(err.Error(), "example.net") {
		t.Errorf("error names the key: %v", err)
	}
	if _, err := NewEncrypter([]*Key{good}, Options{Policy: Policy{MinRSABits: 4096}}); err != nil {
		t.Errorf("curve key under an RSA policy: %v", err)
	}
	rsa := publicOf(t, f.recipientRSA)
	if _, err := NewEncrypter([]*Key{rsa}, Options{Policy: Policy{MinRSABits: 4096}}); !errors.Is(err, ErrWeak) {
		t.Errorf("rsa3072 under a 4096 policy: %v", err)
	}
}

// TestEncryptToExactlyTheKeys: one PKESK per distinct key, none hidden.
func TestEncryptToExactlyTheKeys(t *testing.T) {
	f := keys(t)
	a, b := publicOf(t, f.recipient25519), publicOf(t, f.recipientRSA)
	_, armored := outerParts(t, wrap(t, newMessage(t, 1<<10), []*Key{a, b, a}, Options{Signer: f.signer25519}))
	block, err := armor.Decode(bytes.NewReader(armored))
	if err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	pr := packet.NewReader(block.Body)
	for {
		p, err := pr.Next()
		if err != nil {
			t.Fatal(err)
		}
		ek, ok := p.(*packet.EncryptedKey)
		if !ok {
			break
		}
		ids = append(ids, ek.KeyId)
	}
	want := []uint64{encryptionKeyID(t, f.recipient25519), encryptionKeyID(t, f.recipientRSA)}
	if !slices.Equal(ids, want) {
		t.Errorf("key IDs %x, want %x", ids, want)
	}
}

func encryptionKeyID(t testing.TB, k *crypto.Key) uint64 {
	t.Helper()
	enc, ok := k.GetEntity().EncryptionKey(time.Now(), nil)
	if !ok {
		t.Fatal("no encryption key")
	}
	return enc.PublicKey.KeyId
}
