// Package wkd looks up a recipient's OpenPGP key over HTTPS: in its
// domain's Web Key Directory (draft-koch-openpgp-webkey-service), the
// advanced method first
// (https://openpgpkey.DOMAIN/.well-known/openpgpkey/DOMAIN/hu/HASH), then
// the direct one (https://DOMAIN/.well-known/openpgpkey/hu/HASH); or on a
// keyserver by e-mail address (the VKS API of keys.openpgp.org, which
// serves a key only for an address its owner verified). It owns the URL
// schemes and the limits of a fetch — a deadline, a size cap, HTTPS only —
// and returns the bytes served, unparsed: which key is usable is the
// caller's decision. It never logs.
package wkd

import (
	"context"
	"crypto/sha1"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// ErrNotFound is returned when neither method serves a key for the
// address: the domain has no directory, or no key for that user.
var ErrNotFound = errors.New("wkd: no key published")

// Defaults of a Client.
const (
	DefaultTimeout = 5 * time.Second
	DefaultMaxSize = 256 << 10
)

// Client fetches keys. The zero value is usable.
type Client struct {
	// HTTP is the client used; nil means one with the system roots. Its
	// own timeout, if any, applies on top of Timeout.
	HTTP *http.Client
	// Timeout bounds a whole lookup, both methods together.
	Timeout time.Duration
	// MaxSize caps the bytes read from one response; a larger one is an
	// error, not a truncated key.
	MaxSize int64
}

// Result is a key as served.
type Result struct {
	Data   []byte // binary OpenPGP packets (or armor, if the server sent that)
	Method string // "advanced" or "direct"
	URL    string
}

// URLs returns the advanced and direct lookup URLs for addr.
func URLs(addr string) (advanced, direct string, err error) {
	local, domain, ok := strings.Cut(addr, "@")
	if !ok || local == "" || domain == "" || strings.ContainsAny(domain, "/?#@") {
		return "", "", fmt.Errorf("wkd: not an address: %q", addr)
	}
	domain = strings.ToLower(strings.TrimSuffix(domain, "."))
	hu := Hash(local)
	l := url.QueryEscape(local)
	advanced = "https://openpgpkey." + domain + "/.well-known/openpgpkey/" + domain + "/hu/" + hu + "?l=" + l
	direct = "https://" + domain + "/.well-known/openpgpkey/hu/" + hu + "?l=" + l
	return advanced, direct, nil
}

// Hash is the WKD hash of a local part: z-base-32 of the SHA-1 of the
// local part with ASCII upper case mapped to lower case.
func Hash(local string) string {
	sum := sha1.Sum([]byte(asciiLower(local)))
	return zbase32(sum[:])
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

const zbase32Alphabet = "ybndrfg8ejkmcpqxot1uwisza345h769"

// zbase32 encodes b (a multiple of 5 bytes, as a SHA-1 is) in z-base-32.
func zbase32(b []byte) string {
	var out strings.Builder
	var acc uint64
	bits := 0
	for _, c := range b {
		acc = acc<<8 | uint64(c)
		bits += 8
		for bits >= 5 {
			bits -= 5
			out.WriteByte(zbase32Alphabet[acc>>bits&31])
		}
	}
	if bits > 0 {
		out.WriteByte(zbase32Alphabet[acc<<(5-bits)&31])
	}
	return out.String()
}

// Lookup fetches addr's key: the advanced method, then, if that fails for
// any reason, the direct one. The error of a failed lookup is ErrNotFound
// when both answered "no such key" (or the hosts do not exist), and
// otherwise says what went wrong with each method.
func (c *Client) Lookup(ctx context.Context, addr string) (*Result, error) {
	advanced, direct, err := URLs(addr)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, c.timeout())
	defer cancel()
	data, errA := c.fetch(ctx, advanced)
	if errA == nil {
		return &Result{Data: data, Method: "advanced", URL: advanced}, nil
	}
	data, errD := c.fetch(ctx, direct)
	if errD == nil {
		return &Result{Data: data, Method: "direct", URL: direct}, nil
	}
	if absent(errA) && absent(errD) {
		return nil, ErrNotFound
	}
	return nil, fmt.Errorf("wkd: lookup failed: advanced: %w; direct: %w", errA, errD)
}

// errNoKey is a 404 or 410: the server says it has no such key.
var errNoKey = errors.New("no such key")

// absent tells a "no key here" answer — a 404, or a host that does not
// exist — from a failure worth reporting.
func absent(err error) bool {
	var dns *net.DNSError
	if errors.As(err, &dns) && dns.IsNotFound {
		return true
	}
	return errors.Is(err, errNoKey)
}

func (c *Client) fetch(ctx context.Context, u string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http().Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return nil, errNoKey
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("HTTP status %d", resp.StatusCode)
	}
	max := c.maxSize()
	data, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	switch {
	case err != nil:
		return nil, err
	case int64(len(data)) > max:
		return nil, fmt.Errorf("response larger than %d bytes", max)
	case len(data) == 0:
		return nil, errors.New("empty response")
	}
	return data, nil
}

func (c *Client) timeout() time.Duration {
	if c.Timeout > 0 {
		return c.Timeout
	}
	return DefaultTimeout
}

func (c *Client) maxSize() int64 {
	if c.MaxSize > 0 {
		return c.MaxSize
	}
	return DefaultMaxSize
}

// defaultHTTP follows at most three redirects, and only to HTTPS: a key
// fetched in clear could be swapped on the way.
var defaultHTTP = &http.Client{CheckRedirect: httpsOnly}

func (c *Client) http() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return defaultHTTP
}

// httpsOnly is an http.Client CheckRedirect that allows three redirects,
// HTTPS only.
func httpsOnly(req *http.Request, via []*http.Request) error {
	if len(via) >= 3 {
		return errors.New("too many redirects")
	}
	if req.URL.Scheme != "https" {
		return errors.New("redirect away from HTTPS")
	}
	return nil
}

// Keyserver looks keys up by address on a VKS keyserver
// (GET BASE/vks/v1/by-email/ADDRESS). The zero value is not usable: set
// Base. HTTP, Timeout and MaxSize are as for Client.
type Keyserver struct {
	Base string // "https://keys.openpgp.org"
	Client
}

// Lookup fetches the key published for addr; ErrNotFound when there is
// none.
func (k *Keyserver) Lookup(ctx context.Context, addr string) (*Result, error) {
	if _, _, err := URLs(addr); err != nil {
		return nil, err
	}
	if !strings.HasPrefix(k.Base, "https://") {
		return nil, fmt.Errorf("wkd: keyserver %q is not an https URL", k.Base)
	}
	u := strings.TrimSuffix(k.Base, "/") + "/vks/v1/by-email/" + url.PathEscape(addr)
	ctx, cancel := context.WithTimeout(ctx, k.timeout())
	defer cancel()
	data, err := k.fetch(ctx, u)
	switch {
	case errors.Is(err, errNoKey):
		return nil, ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("wkd: keyserver lookup failed: %w", err)
	}
	return &Result{Data: data, Method: "keyserver", URL: u}, nil
}

// CheckRedirect is the redirect rule of the default client, for callers
// that build their own.
var CheckRedirect = httpsOnly
