// Package wkdtest serves a Web Key Directory over HTTPS on loopback for
// tests, with a test-only CA and a client that trusts it.
package wkdtest

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/sealpost/sealpost/crypto/wkd"
)

// Directory is a test Web Key Directory behind HTTPS with a test-only CA.
// Client reaches it for every host name, except those in Missing, which
// do not resolve.
type Directory struct {
	Server  *httptest.Server
	Client  *http.Client
	Missing map[string]bool
}

// New starts a Directory serving h, stopped when the test ends.
func New(t testing.TB, h http.HandlerFunc) *Directory {
	t.Helper()
	d := &Directory{Missing: map[string]bool{}}
	d.Server = httptest.NewUnstartedServer(h)
	ca, cert := testCerts(t, "example.org", "openpgpkey.example.org")
	d.Server.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	d.Server.StartTLS()
	t.Cleanup(d.Server.Close)
	roots := x509.NewCertPool()
	roots.AddCert(ca)
	dialer := &net.Dialer{}
	d.Client = &http.Client{
		CheckRedirect: wkd.CheckRedirect,
		Transport: &http.Transport{
			TLSClientConfig:   &tls.Config{RootCAs: roots},
			DisableKeepAlives: true, // each lookup dials, so missing hosts apply
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				host, _, _ := net.SplitHostPort(addr)
				if d.Missing[host] {
					return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
				}
				return dialer.DialContext(ctx, network, d.Server.Listener.Addr().String())
			},
		},
	}
	return d
}

// testCerts returns a test CA and a server certificate it signed for hosts.
func testCerts(t testing.TB, hosts ...string) (*x509.Certificate, tls.Certificate) {
	t.Helper()
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test-only WKD CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ := x509.ParseCertificate(caDER)
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: hosts[0]}, DNSNames: hosts,
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	return ca, tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}
