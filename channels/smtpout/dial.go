package smtpout

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
)

// conn is one SMTP connection to a next hop, past EHLO (and STARTTLS).
type conn struct {
	c          *smtp.Client
	nc         net.Conn // what the client speaks over (TLS or TCP)
	raw        net.Conn // the TCP connection
	hop        hop
	sec        security
	tlsVersion string
	reused     bool
	idle       *time.Timer // expiry while idle in the pool
}

// handshakeError is a failed STARTTLS (refused, or the handshake failed
// for a reason other than a required verification): clear text may be
// tried instead when the request allows it.
type handshakeError struct{ err error }

func (e *handshakeError) Error() string { return "TLS handshake failed: " + e.err.Error() }
func (e *handshakeError) Unwrap() error { return e.err }

// dial opens a connection to h meeting n. When the TLS handshake fails and
// clear text is acceptable, it reconnects without STARTTLS.
func (d *Deliverer) dial(ctx context.Context, h hop, n need) (*conn, error) {
	cn, err := d.dialOnce(ctx, h, n, true)
	var hs *handshakeError
	if errors.As(err, &hs) && n.min == secPlain {
		d.log.Info("STARTTLS failed, retrying in clear text", "host", h.addr, "err", hs.err)
		return d.dialOnce(ctx, h, n, false)
	}
	return cn, err
}

func (d *Deliverer) dialOnce(ctx context.Context, h hop, n need, useTLS bool) (*conn, error) {
	dialer := net.Dialer{Timeout: d.cfg.ConnectTimeout}
	raw, err := dialer.DialContext(ctx, "tcp", h.addr)
	if err != nil {
		return nil, err
	}
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	cn, err := d.setup(ctx, raw, h, n, useTLS)
	if !stop() && err == nil {
		cn.c.Close()
		err = ctx.Err()
	}
	if err != nil {
		raw.Close()
		return nil, err
	}
	return cn, nil
}

// setup runs greeting, EHLO and STARTTLS on raw, and refuses the
// connection unless it meets n.
func (d *Deliverer) setup(ctx context.Context, raw net.Conn, h hop, n need, useTLS bool) (*conn, error) {
	cn := &conn{c: d.client(raw), nc: raw, raw: raw, hop: h}
	if err := cn.c.Hello(d.cfg.HeloName); err != nil {
		return nil, err
	}
	if ok, _ := cn.c.Extension("STARTTLS"); ok && useTLS {
		if err := d.startTLS(ctx, cn, n); err != nil {
			return nil, err
		}
	}
	if !n.fits(cn.sec) {
		cn.quit()
		return nil, &Error{Enhanced: enhTLSNeeded, Temporary: true, Host: h.addr,
			Msg: fmt.Sprintf("%s does not offer STARTTLS; %s forbids clear text", h.host, n.why)}
	}
	d.log.Debug("connected", "host", h.addr, "security", cn.sec.String(), "tls", cn.tlsVersion)
	return cn, nil
}

func (d *Deliverer) client(nc net.Conn) *smtp.Client {
	c := smtp.NewClient(nc)
	c.CommandTimeout = d.cfg.CommandTimeout
	c.SubmissionTimeout = 2 * d.cfg.CommandTimeout
	return c
}

// startTLS sends STARTTLS on the TCP connection itself (go-smtp has no
// public StartTLS on an open client), performs one handshake and greets
// again over TLS with a fresh client.
func (d *Deliverer) startTLS(ctx context.Context, cn *conn, n need) error {
	if err := starttlsCommand(cn.raw, d.cfg.CommandTimeout); err != nil {
		return &handshakeError{err: err}
	}
	v := &verifier{roots: d.cfg.RootCAs, name: cn.hop.host, required: n.min == secVerified}
	tc := tls.Client(cn.raw, d.tlsConfig(cn.hop, n, v))
	cn.raw.SetDeadline(time.Now().Add(d.cfg.CommandTimeout))
	err := tc.HandshakeContext(ctx)
	cn.raw.SetDeadline(time.Time{})
	if err != nil {
		return d.tlsError(cn.hop, v, err)
	}
	if !v.verified {
		d.log.Info("certificate not verified", "host", cn.hop.addr, "reason", v.err)
	}
	cn.nc, cn.c = tc, d.client(&greetedConn{Conn: tc, pending: []byte("220 TLS\r\n")})
	cn.sec, cn.tlsVersion = secTLS, tlsVersion(tc.ConnectionState().Version)
	if v.verified {
		cn.sec = secVerified
	}
	return cn.c.Hello(d.cfg.HeloName)
}

// starttlsCommand sends STARTTLS and reads the 220. Bytes the server sent
// beyond the reply would be read as if they came over TLS (response
// injection): refuse them.
func starttlsCommand(raw net.Conn, timeout time.Duration) error {
	raw.SetDeadline(time.Now().Add(timeout))
	defer raw.SetDeadline(time.Time{})
	tp := textproto.NewConn(raw)
	if err := tp.PrintfLine("STARTTLS"); err != nil {
		return err
	}
	code, msg, err := tp.ReadResponse(220)
	if err != nil {
		var pe *textproto.Error
		if errors.As(err, &pe) {
			return &smtp.SMTPError{Code: code, Message: "STARTTLS refused: " + msg}
		}
		return err
	}
	if tp.R.Buffered() > 0 {
		return errors.New("data after the STARTTLS reply")
	}
	return nil
}

func (d *Deliverer) tlsConfig(h hop, n need, v *verifier) *tls.Config {
	cfg := &tls.Config{
		ServerName:         h.host,
		InsecureSkipVerify: true, // verified by v.check, which records the outcome
		VerifyConnection:   v.check,
	}
	cfg.MinVersion = tls.VersionTLS12
	if !n.tls12 {
		// Clear text is acceptable: old TLS still beats none.
		cfg.MinVersion = tls.VersionTLS10
	}
	return cfg
}

func (d *Deliverer) tlsError(h hop, v *verifier, err error) error {
	if v.required && v.err != nil {
		return &Error{Enhanced: enhTLSFailed, Temporary: true, Host: h.addr, cause: v.err,
			Msg: fmt.Sprintf("tls-verified required but certificate of %s not verified: %v", h.host, v.err)}
	}
	return &handshakeError{err: err}
}

func tlsVersion(v uint16) string {
	return strings.ReplaceAll(tls.VersionName(v), " ", "")
}

// verifier does the PKIX verification the handshake skips, records the
// outcome and aborts the handshake only when verification is required.
type verifier struct {
	roots    *x509.CertPool
	name     string
	required bool
	verified bool
	err      error
}

func (v *verifier) check(cs tls.ConnectionState) error {
	v.verified, v.err = false, verifyChain(cs.PeerCertificates, v.name, v.roots)
	if v.err == nil {
		v.verified = true
		return nil
	}
	if v.required {
		return v.err
	}
	return nil
}

func verifyChain(certs []*x509.Certificate, name string, roots *x509.CertPool) error {
	if len(certs) == 0 {
		return errors.New("no certificate presented")
	}
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	_, err := certs[0].Verify(x509.VerifyOptions{DNSName: name, Roots: roots, Intermediates: inter})
	return err
}

// greetedConn replays a greeting before the TLS stream, so that a fresh
// go-smtp client (which reads a greeting first) can EHLO over TLS.
type greetedConn struct {
	net.Conn
	pending []byte
}

func (g *greetedConn) Read(p []byte) (int, error) {
	if len(g.pending) > 0 {
		n := copy(p, g.pending)
		g.pending = g.pending[n:]
		return n, nil
	}
	return g.Conn.Read(p)
}

// quit ends the session politely, within 10 s at most, then closes.
func (cn *conn) quit() {
	cn.c.CommandTimeout = min(cn.c.CommandTimeout, 10*time.Second)
	if err := cn.c.Quit(); err != nil {
		cn.c.Close()
	}
}

// abort closes the connection at once (context canceled).
func (cn *conn) abort() { cn.raw.Close() }
