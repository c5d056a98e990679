package smime

import (
	"crypto/x509/pkix"
	"encoding/asn1"
	"fmt"

	"github.com/smallstep/pkcs7"
)

// The shapes below are just enough of RFC 5652 to read back the
// algorithms of an envelope; raw values keep the content where it is.
type contentInfo struct {
	ContentType asn1.ObjectIdentifier
	Content     asn1.RawValue // [0] EXPLICIT: the element is inside
}

type envelopedData struct {
	Version        int
	RecipientInfos []keyTransRecipient `asn1:"set"`
	Encrypted      encryptedContentInfo
}

type keyTransRecipient struct {
	Version      int
	RID          asn1.RawValue
	KeyAlgorithm pkix.AlgorithmIdentifier
	EncryptedKey asn1.RawValue
}

type encryptedContentInfo struct {
	ContentType asn1.ObjectIdentifier
	Algorithm   pkix.AlgorithmIdentifier
	Content     asn1.RawValue `asn1:"tag:0,optional"`
}

// oaepParams is RSAES-OAEP-params (RFC 8017 appendix A.2.1); an absent
// field means its default, SHA-1 and MGF1-SHA1.
type oaepParams struct {
	Hash pkix.AlgorithmIdentifier `asn1:"optional,explicit,tag:0"`
	MGF  pkix.AlgorithmIdentifier `asn1:"optional,explicit,tag:1"`
	P    pkix.AlgorithmIdentifier `asn1:"optional,explicit,tag:2"`
}

// checkEnvelope fails unless der is an EnvelopedData with AES-256-CBC
// content encryption and n RecipientInfos, each RSAES-OAEP with SHA-1 and
// MGF1-SHA1, which is what init asked the library for.
func checkEnvelope(der []byte, n int) error {
	env, err := parseEnvelope(der)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrEnvelope, err)
	}
	if !env.Encrypted.Algorithm.Algorithm.Equal(pkcs7.OIDEncryptionAlgorithmAES256CBC) {
		return fmt.Errorf("%w: content encryption %v", ErrEnvelope, env.Encrypted.Algorithm.Algorithm)
	}
	if len(env.RecipientInfos) != n {
		return fmt.Errorf("%w: %d recipient infos for %d certificates", ErrEnvelope, len(env.RecipientInfos), n)
	}
	for _, ri := range env.RecipientInfos {
		if err := checkKeyAlgorithm(ri.KeyAlgorithm); err != nil {
			return fmt.Errorf("%w: %v", ErrEnvelope, err)
		}
	}
	return nil
}

func parseEnvelope(der []byte) (*envelopedData, error) {
	var ci contentInfo
	if _, err := asn1.Unmarshal(der, &ci); err != nil {
		return nil, err
	}
	if !ci.ContentType.Equal(pkcs7.OIDEnvelopedData) || ci.Content.Class != asn1.ClassContextSpecific || ci.Content.Tag != 0 {
		return nil, fmt.Errorf("content type %v", ci.ContentType)
	}
	var env envelopedData
	if _, err := asn1.Unmarshal(ci.Content.Bytes, &env); err != nil {
		return nil, err
	}
	return &env, nil
}

func checkKeyAlgorithm(alg pkix.AlgorithmIdentifier) error {
	if !alg.Algorithm.Equal(pkcs7.OIDEncryptionAlgorithmRSAESOAEP) {
		return fmt.Errorf("key transport %v", alg.Algorithm)
	}
	var p oaepParams
	if rest, err := asn1.Unmarshal(alg.Parameters.FullBytes, &p); err != nil || len(rest) > 0 {
		return fmt.Errorf("bad RSAES-OAEP parameters")
	}
	if h := p.Hash.Algorithm; h != nil && !h.Equal(pkcs7.OIDDigestAlgorithmSHA1) {
		return fmt.Errorf("RSAES-OAEP hash %v", h)
	}
	if p.MGF.Algorithm != nil || p.P.Algorithm != nil {
		return fmt.Errorf("RSAES-OAEP parameters not the default")
	}
	return nil
}
