package smtpout

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
)

// hop is one next hop: the name its certificate must match and the
// address to dial.
type hop struct {
	host string // MX or route host name, or an IP literal
	addr string // host:port
}

// nextHops returns the next hops for domain in the order to try them: the
// route if one applies, else the MX hosts by preference, else the domain
// itself (implicit MX).
func (d *Deliverer) nextHops(ctx context.Context, domain string) ([]hop, error) {
	domain = strings.ToLower(strings.TrimSuffix(domain, "."))
	if r, ok := d.route(domain); ok {
		h, err := parseRoute(r, d.cfg.Port)
		if err != nil {
			return nil, err
		}
		return []hop{h}, nil
	}
	mxs, err := d.cfg.Resolver.LookupMX(ctx, domain)
	if len(mxs) == 0 && err != nil && !isNotFound(err) {
		return nil, &Error{Enhanced: enhDNS, Msg: fmt.Sprintf("MX lookup for %s failed: %v", domain, err),
			Temporary: true, cause: err}
	}
	return mxHops(domain, mxs, d.cfg.Port)
}

func (d *Deliverer) route(domain string) (string, bool) {
	if r, ok := d.routes[domain]; ok {
		return r, true
	}
	r, ok := d.routes["*"]
	return r, ok
}

// parseRoute reads "host:port", "[host]:port" or "host" (port def).
func parseRoute(r string, def int) (hop, error) {
	host, port, err := net.SplitHostPort(r)
	if err != nil {
		host, port = strings.Trim(r, "[]"), strconv.Itoa(def)
	}
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if host == "" || port == "" {
		return hop{}, &Error{Enhanced: enhBadRouting, Msg: fmt.Sprintf("bad route %q", r)}
	}
	return hop{host: host, addr: net.JoinHostPort(host, port)}, nil
}

func isNotFound(err error) bool {
	var de *net.DNSError
	return errors.As(err, &de) && de.IsNotFound
}

// mxHops orders MX records by preference (stable: a resolver's shuffle of
// equal preferences is kept) and drops duplicates.
func mxHops(domain string, mxs []*net.MX, port int) ([]hop, error) {
	p := strconv.Itoa(port)
	if len(mxs) == 0 {
		return []hop{{host: domain, addr: net.JoinHostPort(domain, p)}}, nil
	}
	if len(mxs) == 1 && strings.Trim(mxs[0].Host, ".") == "" {
		return nil, &Error{Enhanced: enhNullMX, Msg: domain + " does not accept mail (null MX)"}
	}
	sorted := slices.Clone(mxs)
	slices.SortStableFunc(sorted, func(a, b *net.MX) int { return int(a.Pref) - int(b.Pref) })
	var hops []hop
	seen := map[string]bool{}
	for _, mx := range sorted {
		host := strings.ToLower(strings.TrimSuffix(mx.Host, "."))
		if host == "" || seen[host] {
			continue
		}
		seen[host] = true
		hops = append(hops, hop{host: host, addr: net.JoinHostPort(host, p)})
	}
	return hops, nil
}
