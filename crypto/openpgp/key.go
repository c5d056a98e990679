package openpgp

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"

	pgperrors "github.com/ProtonMail/go-crypto/openpgp/errors"
	"github.com/ProtonMail/go-crypto/openpgp/packet"
	pgp "github.com/ProtonMail/go-crypto/openpgp/v2"
	"github.com/ProtonMail/gopenpgp/v3/armor"
	"github.com/ProtonMail/gopenpgp/v3/profile"
)

// Errors about keys. Check and the constructors wrap them with a short
// reason; test for them with errors.Is.
var (
	ErrMalformed       = errors.New("openpgp: malformed key")
	ErrPrivateKey      = errors.New("openpgp: private key where a public key is expected")
	ErrNotPrivate      = errors.New("openpgp: not a private key")
	ErrPassphrase      = errors.New("openpgp: wrong passphrase")
	ErrInvalid         = errors.New("openpgp: key has no valid self-signature")
	ErrNotYetValid     = errors.New("openpgp: key not yet valid")
	ErrExpired         = errors.New("openpgp: key expired")
	ErrRevoked         = errors.New("openpgp: key revoked")
	ErrWeak            = errors.New("openpgp: key too weak")
	ErrNoEncryptionKey = errors.New("openpgp: no encryption-capable key")
	ErrNoSigningKey    = errors.New("openpgp: no signing-capable key")
)

// DefaultMinRSABits is the smallest RSA modulus a Policy accepts unless it
// says otherwise; it is also the floor (go-crypto refuses smaller keys).
const DefaultMinRSABits = 2048

// Policy is what a recipient key must meet beyond being valid.
type Policy struct {
	// MinRSABits is the smallest RSA modulus accepted, for the primary
	// key and the encryption subkey. Values below DefaultMinRSABits
	// (zero included) mean DefaultMinRSABits.
	MinRSABits int
}

func (p Policy) minRSABits() int {
	return max(p.MinRSABits, DefaultMinRSABits)
}

// config is the go-crypto configuration used for every check and
// encryption: gopenpgp's default profile, with the policy's RSA floor.
func (p Policy) config() *packet.Config {
	c := profile.Default().EncryptionConfig()
	c.MinRSABits = uint16(min(p.minRSABits(), 1<<16-1))
	return c
}

// Key is one OpenPGP public key (a certificate: primary key, user IDs,
// subkeys). It is immutable and safe for concurrent use.
type Key struct {
	// entity is parsed once and never changed afterwards: go-crypto
	// caches signature verification results inside the entity, so every
	// use works on a clone (see clone).
	entity *pgp.Entity
	raw    []byte // the public packets, serialized once: see Bytes
}

// ParseKey reads one public key, armored or binary.
func ParseKey(data []byte) (*Key, error) {
	keys, err := ParseKeys(data)
	if err != nil {
		return nil, err
	}
	if len(keys) != 1 {
		return nil, fmt.Errorf("%w: %d keys where one is expected", ErrMalformed, len(keys))
	}
	return keys[0], nil
}

// ParseKeys reads a sequence of public keys (a keyring), armored or
// binary. It refuses private keys: they have no business where
// recipients' keys are kept.
func ParseKeys(data []byte) ([]*Key, error) {
	entities, err := readEntities(data)
	if err != nil {
		return nil, err
	}
	keys := make([]*Key, 0, len(entities))
	for _, e := range entities {
		if e.PrivateKey != nil {
			return nil, ErrPrivateKey
		}
		k, err := newKey(e)
		if err != nil {
			return nil, err
		}
		keys = append(keys, k)
	}
	return keys, nil
}

func readEntities(data []byte) (pgp.EntityList, error) {
	r, armored := armor.IsPGPArmored(bytes.NewReader(data))
	var entities pgp.EntityList
	var err error
	if armored {
		entities, err = pgp.ReadArmoredKeyRing(r)
	} else {
		entities, err = pgp.ReadKeyRing(r)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if len(entities) == 0 {
		return nil, fmt.Errorf("%w: no key found", ErrMalformed)
	}
	return entities, nil
}

// newKey makes a Key of an entity no one else holds. Serializing writes
// to go-crypto's signature packets, so it is done here, once.
func newKey(e *pgp.Entity) (*Key, error) {
	warm(e, Policy{}.config())
	var b bytes.Buffer
	if err := e.Serialize(&b); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return &Key{entity: e, raw: b.Bytes()}, nil
}

// warm verifies, once, the signatures that later checks will look at, so
// that clones start with their results. With a zero time go-crypto does
// no time checks, so what it caches does not depend on when.
func warm(e *pgp.Entity, cfg *packet.Config) {
	var zero time.Time
	e.Revoked(zero)
	_, _ = e.LatestValidDirectSignature(zero, cfg)
	for _, id := range e.Identities {
		_, _ = id.Verify(zero, cfg)
	}
	for i := range e.Subkeys {
		_, _ = e.Subkeys[i].Verify(zero, cfg)
	}
}

// Fingerprint returns the fingerprint of the primary key, upper-case hex
// (40 digits for a v4 key, 64 for v6), as gpg prints it.
func (k *Key) Fingerprint() string {
	return fingerprint(k.entity.PrimaryKey)
}

func fingerprint(pk *packet.PublicKey) string {
	return strings.ToUpper(hex.EncodeToString(pk.Fingerprint))
}

// Info is what the audit record and `sealpost keys list` show of a key:
// its posture at one moment.
type Info struct {
	Fingerprint string    // primary key, upper-case hex
	Version     int       // 4 or 6
	Algorithm   string    // primary key, gpg's names: "rsa3072", "ed25519", "nistp256"…
	Encryption  string    // the subkey encryption would use, "" if none is valid
	Emails      []string  // addresses of the valid user IDs, the primary one first
	Created     time.Time // creation of the primary key
	Expires     time.Time // zero if the key does not expire
	AEAD        bool      // advertises SEIPDv2 (RFC 9580 AEAD) in its features
}

// Info describes the key as it stands at now.
func (k *Key) Info(now time.Time) Info {
	e := clone(k.entity, true)
	cfg := Policy{}.config()
	info := Info{
		Fingerprint: fingerprint(e.PrimaryKey),
		Version:     e.PrimaryKey.Version,
		Algorithm:   algorithm(e.PrimaryKey),
		Emails:      emails(e, now, cfg),
		Created:     e.PrimaryKey.CreationTime,
	}
	if sig := selfSignature(e, now, cfg); sig != nil {
		info.AEAD = sig.SEIPDv2
		info.Expires = expiry(e.PrimaryKey, sig)
	}
	if enc, ok := e.EncryptionKey(now, cfg); ok {
		info.Encryption = algorithm(enc.PublicKey)
	}
	return info
}

// selfSignature returns the self-signature that carries the key's
// properties at now, or, for a key not valid then, the latest one.
func selfSignature(e *pgp.Entity, now time.Time, cfg *packet.Config) *packet.Signature {
	if sig, err := e.PrimarySelfSignature(now, cfg); err == nil {
		return sig
	}
	sig, _ := e.PrimarySelfSignature(time.Time{}, cfg)
	return sig
}

func expiry(pk *packet.PublicKey, sig *packet.Signature) time.Time {
	if sig.KeyLifetimeSecs == nil || *sig.KeyLifetimeSecs == 0 {
		return time.Time{}
	}
	return pk.CreationTime.Add(time.Duration(*sig.KeyLifetimeSecs) * time.Second)
}

// emails returns the addresses of the user IDs that are validly
// self-signed and not revoked, the primary one first, the rest sorted.
func emails(e *pgp.Entity, now time.Time, cfg *packet.Config) []string {
	var primary string
	if _, id := e.PrimaryIdentity(now, cfg); id != nil {
		primary = address(id.UserId)
	}
	var rest []string
	for _, id := range e.Identities {
		if _, err := id.Verify(time.Time{}, cfg); err != nil {
			continue
		}
		if a := address(id.UserId); a != "" && a != primary && !slices.Contains(rest, a) {
			rest = append(rest, a)
		}
	}
	slices.Sort(rest)
	if primary == "" {
		return rest
	}
	return append([]string{primary}, rest...)
}

// address returns the email address of a user ID, "" if it has none.
// A user ID may be a bare address, without angle brackets.
func address(uid *packet.UserId) string {
	if uid == nil {
		return ""
	}
	if uid.Email != "" {
		return uid.Email
	}
	if a, err := mail.ParseAddress(uid.Id); err == nil {
		return a.Address
	}
	return ""
}

// algorithm names a public key the way gpg does.
func algorithm(pk *packet.PublicKey) string {
	bits, _ := pk.BitLength()
	switch pk.PubKeyAlgo {
	case packet.PubKeyAlgoRSA, packet.PubKeyAlgoRSAEncryptOnly, packet.PubKeyAlgoRSASignOnly:
		return fmt.Sprintf("rsa%d", bits)
	case packet.PubKeyAlgoDSA:
		return fmt.Sprintf("dsa%d", bits)
	case packet.PubKeyAlgoElGamal:
		return fmt.Sprintf("elg%d", bits)
	case packet.PubKeyAlgoEdDSA, packet.PubKeyAlgoECDH, packet.PubKeyAlgoECDSA:
		return curveName(pk)
	case packet.PubKeyAlgoEd25519:
		return "ed25519"
	case packet.PubKeyAlgoX25519:
		return "x25519"
	case packet.PubKeyAlgoEd448:
		return "ed448"
	case packet.PubKeyAlgoX448:
		return "x448"
	}
	return fmt.Sprintf("algo%d", pk.PubKeyAlgo)
}

func curveName(pk *packet.PublicKey) string {
	curve, err := pk.Curve()
	if err != nil {
		return "unknown-curve"
	}
	switch curve {
	case packet.Curve25519:
		if pk.PubKeyAlgo == packet.PubKeyAlgoECDH {
			return "cv25519"
		}
		return "ed25519"
	case packet.Curve448:
		if pk.PubKeyAlgo == packet.PubKeyAlgoECDH {
			return "cv448"
		}
		return "ed448"
	case packet.CurveNistP256, packet.CurveNistP384, packet.CurveNistP521:
		return "nist" + strings.ToLower(string(curve))
	case packet.CurveBrainpoolP256, packet.CurveBrainpoolP384, packet.CurveBrainpoolP512:
		return "brainpoolP" + strings.TrimPrefix(string(curve), "BrainpoolP") + "r1"
	}
	return strings.ToLower(string(curve))
}

// Check returns nil if the key may be encrypted to at now under the
// policy, or why not: ErrNotYetValid, ErrRevoked, ErrExpired, ErrInvalid,
// ErrWeak or ErrNoEncryptionKey, wrapped with a short reason.
func (k *Key) Check(now time.Time, p Policy) error {
	return check(clone(k.entity, true), now, p)
}

func check(e *pgp.Entity, now time.Time, p Policy) error {
	cfg := p.config()
	if err := checkPrimary(e, now, cfg); err != nil {
		return err
	}
	if err := checkStrength(e.PrimaryKey, p); err != nil {
		return err
	}
	enc, err := e.EncryptionKeyWithError(now, cfg)
	if err != nil {
		return noEncryptionKey(e, now, p)
	}
	return checkStrength(enc.PublicKey, p)
}

// checkPrimary checks the primary key and its self-signature at now.
func checkPrimary(e *pgp.Entity, now time.Time, cfg *packet.Config) error {
	if now.Before(e.PrimaryKey.CreationTime) {
		return fmt.Errorf("%w: created %s", ErrNotYetValid, day(e.PrimaryKey.CreationTime))
	}
	_, err := e.VerifyPrimaryKey(now, cfg)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, pgperrors.ErrKeyRevoked):
		return ErrRevoked
	case errors.Is(err, pgperrors.ErrKeyExpired):
		if sig := selfSignature(e, now, cfg); sig != nil && !expiry(e.PrimaryKey, sig).IsZero() {
			return fmt.Errorf("%w on %s", ErrExpired, day(expiry(e.PrimaryKey, sig)))
		}
		return ErrExpired
	case allIdentitiesRevoked(e, cfg):
		return fmt.Errorf("%w: every user ID is revoked", ErrRevoked)
	}
	if sig, _ := e.PrimarySelfSignature(time.Time{}, cfg); sig != nil && sig.SigExpired(now) {
		return fmt.Errorf("%w: self-signature expired", ErrExpired)
	}
	return ErrInvalid
}

func allIdentitiesRevoked(e *pgp.Entity, cfg *packet.Config) bool {
	for _, id := range e.Identities {
		sig, err := id.LatestValidSelfCertification(time.Time{}, cfg)
		if err != nil || !id.Revoked(sig, time.Time{}, cfg) {
			return false
		}
	}
	return len(e.Identities) > 0
}

// noEncryptionKey says why no subkey (nor the primary key) can encrypt:
// the reason found on the last subkey flagged for encryption, or
// ErrNoEncryptionKey if there is none.
func noEncryptionKey(e *pgp.Entity, now time.Time, p Policy) error {
	cfg := p.config()
	reason := ErrNoEncryptionKey
	for i := range e.Subkeys {
		s := &e.Subkeys[i]
		if !flaggedForEncryption(s, cfg) {
			continue
		}
		_, err := s.Verify(now, cfg)
		switch {
		case errors.Is(err, pgperrors.ErrKeyRevoked):
			reason = fmt.Errorf("%w: encryption subkey revoked", ErrRevoked)
		case err != nil:
			reason = fmt.Errorf("%w: encryption subkey expired or not yet valid", ErrExpired)
		default:
			if werr := checkStrength(s.PublicKey, p); werr != nil {
				reason = werr
			} else {
				reason = fmt.Errorf("%w: encryption subkey %s refused", ErrWeak, algorithm(s.PublicKey))
			}
		}
	}
	return reason
}

// flaggedForEncryption reports whether a subkey is validly bound for
// encryption, at any time.
func flaggedForEncryption(s *pgp.Subkey, cfg *packet.Config) bool {
	sig, err := s.LatestValidBindingSignature(time.Time{}, cfg)
	return err == nil && s.PublicKey.PubKeyAlgo.CanEncrypt() &&
		(!sig.FlagsValid || sig.FlagEncryptCommunications || sig.FlagEncryptStorage)
}

// checkStrength refuses small RSA keys and the algorithms go-crypto
// refuses (DSA, ElGamal, secp256k1).
func checkStrength(pk *packet.PublicKey, p Policy) error {
	switch pk.PubKeyAlgo {
	case packet.PubKeyAlgoRSA, packet.PubKeyAlgoRSAEncryptOnly, packet.PubKeyAlgoRSASignOnly:
		bits, err := pk.BitLength()
		if err != nil {
			return fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		if int(bits) < p.minRSABits() {
			return fmt.Errorf("%w: RSA %d bits, policy minimum %d", ErrWeak, bits, p.minRSABits())
		}
	case packet.PubKeyAlgoDSA, packet.PubKeyAlgoElGamal:
		return fmt.Errorf("%w: %s", ErrWeak, algorithm(pk))
	case packet.PubKeyAlgoECDH, packet.PubKeyAlgoECDSA, packet.PubKeyAlgoEdDSA:
		if curve, err := pk.Curve(); err != nil || rejectedCurve(curve) {
			return fmt.Errorf("%w: %s", ErrWeak, algorithm(pk))
		}
	}
	return nil
}

// rejectedCurve applies go-crypto's default list (its Config methods
// accept nil for the defaults).
func rejectedCurve(c packet.Curve) bool {
	var defaults *packet.Config
	return defaults.RejectCurve(c)
}

func day(t time.Time) string {
	return t.UTC().Format(time.DateOnly)
}

// clone returns a copy of e that shares its packets but not the
// verification results go-crypto caches in place (VerifiableSignature.
// Valid): uses of clones never write to e, so one Key serves many
// goroutines. Unless aead, the copy does not advertise SEIPDv2, so that
// go-crypto, which picks AEAD from the recipients' features alone,
// writes SEIPDv1.
func clone(e *pgp.Entity, aead bool) *pgp.Entity {
	c := *e
	c.Revocations = cloneSigs(e.Revocations, true)
	c.DirectSignatures = cloneSigs(e.DirectSignatures, aead)
	c.Identities = make(map[string]*pgp.Identity, len(e.Identities))
	for name, id := range e.Identities {
		ci := *id
		ci.Primary = &c
		ci.SelfCertifications = cloneSigs(id.SelfCertifications, aead)
		ci.OtherCertifications = cloneSigs(id.OtherCertifications, true)
		ci.Revocations = cloneSigs(id.Revocations, true)
		c.Identities[name] = &ci
	}
	c.Subkeys = make([]pgp.Subkey, len(e.Subkeys))
	for i, s := range e.Subkeys {
		s.Primary = &c
		s.Bindings = cloneSigs(s.Bindings, true)
		s.Revocations = cloneSigs(s.Revocations, true)
		c.Subkeys[i] = s
	}
	return &c
}

func cloneSigs(sigs []*packet.VerifiableSignature, aead bool) []*packet.VerifiableSignature {
	if sigs == nil {
		return nil
	}
	out := make([]*packet.VerifiableSignature, len(sigs))
	for i, v := range sigs {
		cv := *v
		if !aead && v.Packet != nil && v.Packet.SEIPDv2 {
			p := *v.Packet
			p.SEIPDv2 = false
			cv.Packet = &p
		}
		out[i] = &cv
	}
	return out
}
