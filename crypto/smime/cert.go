package smime

import (
	"bytes"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"
	"time"
)

// DefaultMinRSABits is the smallest RSA modulus Check accepts when
// CheckOptions.MinRSABits is zero.
const DefaultMinRSABits = 2048

// Errors of Check and ParseCertificates. Check joins all that apply.
var (
	ErrNoRoots       = errors.New("smime: no trust roots configured")
	ErrKeyType       = errors.New("smime: certificate key is not RSA")
	ErrWeakKey       = errors.New("smime: RSA key too small")
	ErrKeyUsage      = errors.New("smime: certificate key usage forbids this use")
	ErrAddress       = errors.New("smime: address not in certificate")
	ErrExpired       = errors.New("smime: certificate expired")
	ErrNotYetValid   = errors.New("smime: certificate not yet valid")
	ErrUntrusted     = errors.New("smime: certificate not trusted")
	ErrNoCertificate = errors.New("smime: no certificate found")
)

// CheckOptions are what Check checks a certificate against.
type CheckOptions struct {
	// Roots are the trusted CAs; required (pass x509.SystemCertPool
	// explicitly to trust the system's).
	Roots *x509.CertPool
	// Intermediates may complete the chain.
	Intermediates []*x509.Certificate
	// Now is the time of the check; time.Now if zero.
	Now time.Time
	// MinRSABits is the smallest modulus accepted; DefaultMinRSABits if
	// zero.
	MinRSABits int
}

// Check reports whether mail to addr may be encrypted to cert: an RSA key
// of at least MinRSABits, a key usage (if any) allowing keyEncipherment,
// addr among its rfc822Name SANs, valid at Now, and a chain to Roots for
// email protection. The error joins every failed check; test it with
// errors.Is against the Err values.
func Check(cert *x509.Certificate, addr string, opt CheckOptions) error {
	if opt.Roots == nil {
		return ErrNoRoots
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	errs := []error{
		checkKey(cert, opt.MinRSABits),
		checkKeyUsage(cert),
		checkAddress(cert, addr),
	}
	valid := checkValidity(cert, opt.Now)
	errs = append(errs, valid)
	if valid == nil {
		errs = append(errs, checkChain(cert, opt))
	}
	return errors.Join(errs...)
}

func checkKey(cert *x509.Certificate, minBits int) error {
	if err := checkKeyType(cert); err != nil {
		return err
	}
	if minBits == 0 {
		minBits = DefaultMinRSABits
	}
	if n := cert.PublicKey.(*rsa.PublicKey).N.BitLen(); n < minBits {
		return fmt.Errorf("%w: %d bits, need %d", ErrWeakKey, n, minBits)
	}
	return nil
}

// checkKeyUsage: no key usage extension allows any use (RFC 5280).
func checkKeyUsage(cert *x509.Certificate) error {
	if cert.KeyUsage != 0 && cert.KeyUsage&x509.KeyUsageKeyEncipherment == 0 {
		return fmt.Errorf("%w: no keyEncipherment", ErrKeyUsage)
	}
	return nil
}

// checkAddress matches addr against the rfc822Name SANs: the local part
// exactly, the domain without regard to ASCII case (RFC 5280 section
// 7.5). The address is not in the error: it is personal data.
func checkAddress(cert *x509.Certificate, addr string) error {
	local, domain, ok := splitAddress(addr)
	if ok {
		for _, e := range cert.EmailAddresses {
			l, d, _ := splitAddress(e)
			if l == local && strings.EqualFold(d, domain) {
				return nil
			}
		}
	}
	return ErrAddress
}

func splitAddress(addr string) (local, domain string, ok bool) {
	i := strings.LastIndexByte(addr, '@')
	if i <= 0 || i == len(addr)-1 {
		return "", "", false
	}
	return addr[:i], addr[i+1:], true
}

func checkValidity(cert *x509.Certificate, now time.Time) error {
	switch {
	case now.After(cert.NotAfter):
		return fmt.Errorf("%w: not after %s", ErrExpired, cert.NotAfter.UTC().Format(time.RFC3339))
	case now.Before(cert.NotBefore):
		return fmt.Errorf("%w: not before %s", ErrNotYetValid, cert.NotBefore.UTC().Format(time.RFC3339))
	}
	return nil
}

func checkChain(cert *x509.Certificate, opt CheckOptions) error {
	inter := x509.NewCertPool()
	for _, c := range opt.Intermediates {
		inter.AddCert(c)
	}
	_, err := cert.Verify(x509.VerifyOptions{
		Roots:         opt.Roots,
		Intermediates: inter,
		CurrentTime:   opt.Now,
		KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
	})
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUntrusted, err)
	}
	return nil
}

// ParseCertificates parses one certificate or a bundle, PEM (CERTIFICATE
// blocks only; any other block is an error, so that a key pasted into a
// certificate file is noticed) or DER.
func ParseCertificates(data []byte) ([]*x509.Certificate, error) {
	if !bytes.Contains(data, []byte("-----BEGIN ")) {
		return nonEmpty(x509.ParseCertificates(data))
	}
	var certs []*x509.Certificate
	for {
		var block *pem.Block
		block, data = pem.Decode(data)
		if block == nil {
			break
		}
		if block.Type != "CERTIFICATE" {
			return nil, fmt.Errorf("smime: unexpected PEM block %q", block.Type)
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("smime: certificate %d: %w", len(certs)+1, err)
		}
		certs = append(certs, c)
	}
	return nonEmpty(certs, nil)
}

func nonEmpty(certs []*x509.Certificate, err error) ([]*x509.Certificate, error) {
	if err != nil {
		return nil, fmt.Errorf("smime: %w", err)
	}
	if len(certs) == 0 {
		return nil, ErrNoCertificate
	}
	return certs, nil
}

// CertInfo is what an audit record keeps of a certificate.
type CertInfo struct {
	SHA256   string // fingerprint of the DER, lowercase hex
	Subject  string // RFC 2253 form
	Issuer   string
	Serial   string // lowercase hex
	NotAfter time.Time
	Emails   []string // rfc822Name SANs
}

// Describe returns the CertInfo of cert.
func Describe(cert *x509.Certificate) CertInfo {
	sum := sha256.Sum256(cert.Raw)
	return CertInfo{
		SHA256:   hex.EncodeToString(sum[:]),
		Subject:  cert.Subject.String(),
		Issuer:   cert.Issuer.String(),
		Serial:   cert.SerialNumber.Text(16),
		NotAfter: cert.NotAfter,
		Emails:   append([]string(nil), cert.EmailAddresses...),
	}
}
