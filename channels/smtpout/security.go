package smtpout

import (
	"github.com/sealpost/sealpost/policy"
)

// security is what a connection achieved.
type security int

const (
	secPlain    security = iota // clear text
	secTLS                      // encrypted, certificate not verified
	secVerified                 // encrypted, certificate verified (PKIX, name match)
)

func (s security) String() string {
	switch s {
	case secVerified:
		return "tls-verified"
	case secTLS:
		return "tls"
	}
	return "plain"
}

// requires returns the security transport method m needs.
func requires(m policy.Method) security {
	switch m {
	case policy.MethodTLSVerified:
		return secVerified
	case policy.MethodTLS:
		return secTLS
	}
	return secPlain
}

// need is the least a connection must achieve for a request.
type need struct {
	min   security
	tls12 bool   // TLS 1.2 minimum
	why   string // what forbids clear text, for errors
}

func (n need) fits(s security) bool { return s >= n.min }

// needFor derives the requirement from the request's transport methods:
// the weakest one listed, raised to TLS by RequireTLS.
func needFor(req *Request) (need, error) {
	n := need{min: secVerified + 1}
	for _, m := range req.Methods {
		if !m.Transport() {
			continue
		}
		if s := requires(m); s < n.min {
			n.min, n.why = s, "method "+string(m)
		}
		n.tls12 = n.tls12 || m != policy.MethodPlain
	}
	if n.min > secVerified {
		return need{}, &Error{Enhanced: enhNoMethod,
			Msg: "no transport method among " + policy.ChainString(req.Methods)}
	}
	if req.RequireTLS && n.min < secTLS {
		n.min, n.why, n.tls12 = secTLS, "REQUIRETLS", true
	}
	return n, nil
}

// firstMet returns the first method of methods that security s satisfies.
func firstMet(methods []policy.Method, s security) policy.Method {
	for _, m := range methods {
		if m.Transport() && s >= requires(m) {
			return m
		}
	}
	return ""
}
