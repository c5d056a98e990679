package wkd

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// The example of draft-koch-openpgp-webkey-service section 3.1.
func TestURLs(t *testing.T) {
	adv, direct, err := URLs("Joe.Doe@Example.ORG")
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://openpgpkey.example.org/.well-known/openpgpkey/example.org/hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q?l=Joe.Doe"; adv != want {
		t.Errorf("advanced\n%s\nwant\n%s", adv, want)
	}
	if want := "https://example.org/.well-known/openpgpkey/hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q?l=Joe.Doe"; direct != want {
		t.Errorf("direct\n%s\nwant\n%s", direct, want)
	}
	for _, bad := range []string{"nobody", "@example.org", "a@", "a@evil.example/x"} {
		if _, _, err := URLs(bad); err == nil {
			t.Errorf("URLs(%q) accepted", bad)
		}
	}
}

// directory is a test Web Key Directory behind HTTPS with a test CA;
// every host name resolves to it unless listed in missing.
type directory struct {
	srv     *httptest.Server
	client  *http.Client
	missing map[string]bool
}

func newDirectory(t *testing.T, h http.HandlerFunc) *directory {
	t.Helper()
	d := &directory{missing: map[string]bool{}}
	d.srv = httptest.NewUnstartedServer(h)
	ca, cert := testCerts(t, "example.org", "openpgpkey.example.org")
	d.srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	d.srv.StartTLS()
	t.Cleanup(d.srv.Close)
	roots := x509.NewCertPool()
	roots.AddCert(ca)
	dialer := &net.Dialer{}
	d.client = &http.Client{
		CheckRedirect: CheckRedirect,
		Transport: &http.Transport{
			TLSClientConfig:   &tls.Config{RootCAs: roots},
			DisableKeepAlives: true, // each lookup dials, so missing hosts apply
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				host, _, _ := net.SplitHostPort(addr)
				if d.missing[host] {
					return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
				}
				return dialer.DialContext(ctx, network, d.srv.Listener.Addr().String())
			},
		},
	}
	return d
}

func TestLookup(t *testing.T) {
	key := []byte("\x99\x01binary key packets")
	var seen []string
	d := newDirectory(t, func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.Host+r.URL.Path)
		switch {
		case r.Host == "openpgpkey.example.org" && r.URL.Path == "/.well-known/openpgpkey/example.org/hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q" && r.URL.Query().Get("l") == "Joe.Doe":
			w.Write(key)
		case r.Host == "example.org" && r.URL.Path == "/.well-known/openpgpkey/hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q":
			w.Write(append([]byte("direct "), key...))
		default:
			http.NotFound(w, r)
		}
	})
	c := &Client{HTTP: d.client}
	ctx := context.Background()

	res, err := c.Lookup(ctx, "Joe.Doe@example.org")
	if err != nil || res.Method != "advanced" || string(res.Data) != string(key) {
		t.Fatalf("advanced: %+v, %v", res, err)
	}
	d.missing["openpgpkey.example.org"] = true
	res, err = c.Lookup(ctx, "Joe.Doe@example.org")
	if err != nil || res.Method != "direct" || !strings.HasPrefix(string(res.Data), "direct ") {
		t.Fatalf("without the openpgpkey host: %+v, %v", res, err)
	}
	if _, err := c.Lookup(ctx, "nobody@example.org"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown user: %v, want ErrNotFound (requests %v)", err, seen)
	}
	d.missing["example.org"] = true
	if _, err := c.Lookup(ctx, "Joe.Doe@example.org"); !errors.Is(err, ErrNotFound) {
		t.Errorf("no such domain: %v, want ErrNotFound", err)
	}
}

func TestLookupFailures(t *testing.T) {
	cases := []struct {
		name    string
		handler http.HandlerFunc
		want    string
	}{
		{"server error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", 500) }, "HTTP status 500"},
		{"too large", func(w http.ResponseWriter, r *http.Request) { w.Write(make([]byte, 2048)) }, "larger than 1024 bytes"},
		{"empty", func(w http.ResponseWriter, r *http.Request) {}, "empty response"},
		{"redirect to http", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "http://example.org/key", http.StatusFound)
		}, "redirect away from HTTPS"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDirectory(t, tc.handler)
			c := &Client{HTTP: d.client, MaxSize: 1024}
			_, err := c.Lookup(context.Background(), "joe@example.org")
			if err == nil || errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}

// A directory that never answers costs one Timeout, both methods
// together, and no more.
func TestLookupHangingServer(t *testing.T) {
	release := make(chan struct{})
	d := newDirectory(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	defer close(release)
	c := &Client{HTTP: d.client, Timeout: 300 * time.Millisecond}
	start := time.Now()
	_, err := c.Lookup(context.Background(), "joe@example.org")
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("lookup took %v with a 300ms timeout", elapsed)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error %v, want a deadline", err)
	}
}

// testCerts returns a test CA and a server certificate it signed for hosts.
func testCerts(t *testing.T, hosts ...string) (*x509.Certificate, tls.Certificate) {
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
