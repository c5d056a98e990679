package relay

import (
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/keys"
	"github.com/sealpost/sealpost/crypto/openpgp"
	"github.com/sealpost/sealpost/crypto/pemkey"
	"github.com/sealpost/sealpost/crypto/smime"
	"github.com/sealpost/sealpost/crypto/wkd"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

// NewFinder builds recipient key discovery from the config: the store's
// keystore, WKD if enabled, and the S/MIME roots.
func NewFinder(cfg *conf.Config, st store.Store, pol *policy.Policy) (*keys.Finder, error) {
	fc := keys.Config{Store: st, TTL: cfg.Keys.CacheTTL, MinRSABits: pol.Encryption.MinRSABits}
	if cfg.Keys.WKD {
		fc.WKD = &wkd.Client{Timeout: cfg.Keys.WKDTimeout}
	}
	if cfg.Keys.Keyserver != "" {
		fc.Keyserver = &wkd.Keyserver{Base: cfg.Keys.Keyserver, Client: wkd.Client{Timeout: cfg.Keys.WKDTimeout}}
	}
	if len(cfg.Keys.SMIMERootFiles) > 0 {
		fc.Roots = x509.NewCertPool()
		for _, f := range cfg.Keys.SMIMERootFiles {
			pem, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("relay: S/MIME roots: %w", err)
			}
			if !fc.Roots.AppendCertsFromPEM(pem) {
				return nil, fmt.Errorf("relay: S/MIME roots %s: no certificate found", f)
			}
		}
	}
	return keys.NewFinder(fc)
}

// loadSigners reads the organisation's signing keys. A policy that signs
// needs at least one; a copy whose kind has none falls back (see encrypt).
func loadSigners(k conf.Keys, pol *policy.Policy) (*keys.Signers, error) {
	s := &keys.Signers{}
	if k.PGPSigningKey.Set() {
		data, err := k.PGPSigningKey.Read()
		if err != nil {
			return nil, fmt.Errorf("relay: OpenPGP signing key: %w", err)
		}
		var pass []byte
		if k.PGPPassphrase.Set() {
			if pass, err = k.PGPPassphrase.Read(); err != nil {
				return nil, fmt.Errorf("relay: OpenPGP signing key passphrase: %w", err)
			}
		}
		if s.PGP, err = openpgp.NewSigner(data, pass, time.Now()); err != nil {
			return nil, fmt.Errorf("relay: OpenPGP signing key: %w", err)
		}
	}
	if k.SMIMECertFile != "" {
		signer, err := loadSMIMESigner(k)
		if err != nil {
			return nil, err
		}
		s.SMIME = signer
	}
	if pol.Encryption.Sign && s.PGP == nil && s.SMIME == nil {
		return nil, errors.New("relay: the policy's encryption.sign needs keys.pgp_signing_key or keys.smime_cert_file in the config")
	}
	return s, nil
}

// loadSMIMESigner reads the organisation's S/MIME certificate (first in
// the file, the rest its chain) and its PEM private key.
func loadSMIMESigner(k conf.Keys) (*smime.Signer, error) {
	data, err := os.ReadFile(k.SMIMECertFile)
	if err != nil {
		return nil, fmt.Errorf("relay: S/MIME signing certificate: %w", err)
	}
	certs, err := smime.ParseCertificates(data)
	if err != nil {
		return nil, fmt.Errorf("relay: S/MIME signing certificate %s: %w", k.SMIMECertFile, err)
	}
	raw, err := k.SMIMESigningKey.Read()
	if err != nil {
		return nil, fmt.Errorf("relay: S/MIME signing key: %w", err)
	}
	key, err := pemkey.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("relay: S/MIME signing key: %w", err)
	}
	return smime.NewSigner(certs[0], key, certs[1:])
}
