package relay

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/sealpost/sealpost/crypto/keys"
	"github.com/sealpost/sealpost/crypto/protect"
	"github.com/sealpost/sealpost/crypto/smime"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

// e2eCopy is what the end-to-end methods made of a job's one copy.
type e2eCopy struct {
	method policy.Method // pgp or smime, or "" when neither could serve
	body   *copyBody     // the encrypted message; nil: the clear one goes on
	spool  *spool        // where body is, if it is not in memory
	keys   []policy.Key  // the keys it was encrypted to
	// transport is the chain the connection must satisfy now: any
	// encryption for an encrypted copy, else the rest of the rule's chain.
	transport []string
	skipped   []string // "pgp (no usable key)", for the record
}

// e2eTransport is what an encrypted copy asks of the connection: the
// best it can get. Its content is protected whatever the connection;
// what travels in clear is the envelope and a neutral outer header.
var e2eTransport = []string{string(policy.MethodTLSVerified), string(policy.MethodTLS), string(policy.MethodPlain)}

// protect encrypts the job's copy with the first end-to-end method of its
// chain that can serve the recipient now, with the keys discovery finds
// at delivery. It returns nil for a chain that does not start with one.
// When none can, the copy goes on with the rest of the chain (never a
// weaker method than the rule lists), and the record says why.
func (s *Scheduler) protect(ctx context.Context, j *job, msg copyBody) *e2eCopy {
	if len(j.methods) == 0 {
		return nil
	}
	if _, ok := endToEnd(policy.Method(j.methods[0])); !ok {
		return nil
	}
	var found *keys.Found
	if s.cfg.Keys != nil {
		found = s.cfg.Keys.Find(ctx, j.rcpts[0].Addr)
	}
	c := &e2eCopy{}
	for i, name := range j.methods {
		m := policy.Method(name)
		kind, ok := endToEnd(m)
		if !ok {
			c.transport = j.methods[i:]
			return c
		}
		body, sp, recs, err := s.encrypt(found, kind, msg)
		if err != nil {
			c.skipped = append(c.skipped, string(m)+" ("+s.whyNot(j, m, err)+")")
			continue
		}
		c.method, c.body, c.spool, c.keys, c.transport = m, &body, sp, keyRecords(recs), e2eTransport
		return c
	}
	return c // nothing left: the delivery defers
}

var errNoSigningKey = errors.New("relay: the policy signs, and no signing key of this kind is configured")

// encrypt makes the copy encrypted to found's keys of kind: in memory for
// a small message, else in a spool file (returned, for the caller to
// close). The clear copy streams from the queue into the encryption.
func (s *Scheduler) encrypt(found *keys.Found, kind store.KeyKind, msg copyBody) (copyBody, *spool, []keys.Record, error) {
	e, recs, err := s.encrypter(found, kind)
	if err != nil {
		return copyBody{}, nil, nil, err
	}
	clear, err := msg.open()
	if err != nil {
		return copyBody{}, nil, nil, err
	}
	defer clear.Close()
	wrap := func(w io.Writer) error {
		return protect.Wrap(w, clear, e, protect.Options{Subject: s.encryption().Subject})
	}
	if msg.mem != nil {
		var out bytes.Buffer
		out.Grow(len(msg.mem)*4/3 + 8<<10)
		if err := wrap(&out); err != nil {
			return copyBody{}, nil, nil, err
		}
		return inMemory(out.Bytes()), nil, recs, nil
	}
	sp, err := newSpool(s.cfg.SpoolDir)
	if err != nil {
		return copyBody{}, nil, nil, err
	}
	if err := sp.fill(wrap); err != nil {
		sp.Close()
		return copyBody{}, nil, nil, err
	}
	return sp.body(), sp, recs, nil
}

// encrypter returns the encryption to found's usable keys of kind, signed
// if the policy says so.
func (s *Scheduler) encrypter(found *keys.Found, kind store.KeyKind) (protect.Encrypter, []keys.Record, error) {
	if found == nil {
		return nil, nil, keys.ErrNoUsableKey
	}
	var sign *keys.Signers
	if s.encryption().Sign {
		sign = s.cfg.Signers
		if sign == nil || kind == store.KeyPGP && sign.PGP == nil || kind == store.KeySMIME && sign.SMIME == nil {
			return nil, nil, errNoSigningKey
		}
	}
	return found.Encrypter(kind, sign, time.Now())
}

func (s *Scheduler) encryption() policy.Encryption {
	if s.cfg.Policy != nil {
		if p := s.cfg.Policy(); p != nil {
			return p.Encryption
		}
	}
	return policy.Default().Encryption
}

// whyNot is the short reason an end-to-end method could not serve, for
// the audit record; anything unexpected is also logged (crypto errors
// carry no content and no key material).
func (s *Scheduler) whyNot(j *job, m policy.Method, err error) string {
	switch {
	case errors.Is(err, keys.ErrNoUsableKey):
		return "no usable key at delivery"
	case errors.Is(err, smime.ErrTooLarge):
		return "message too large for S/MIME"
	case errors.Is(err, errNoSigningKey):
		return "no signing key"
	}
	s.cfg.Logger.Error("encryption failed", "msgid", j.msgID, "method", m, "err", err)
	return "encryption failed"
}

// reason is the delivery record's note on the end-to-end methods.
func (c *e2eCopy) reason() string {
	if c == nil || len(c.skipped) == 0 {
		return ""
	}
	return "skipped " + strings.Join(c.skipped, ", ")
}
