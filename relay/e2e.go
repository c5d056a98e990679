package relay

import (
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
	spool  *spool        // the encrypted message; nil: the clear one goes on
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
		sp, recs, err := s.encrypt(found, kind, msg)
		if err != nil {
			c.skipped = append(c.skipped, string(m)+" ("+s.whyNot(j, m, err)+")")
			continue
		}
		c.method, c.spool, c.keys, c.transport = m, sp, keyRecords(recs), e2eTransport
		return c
	}
	return c // nothing left: the delivery defers
}

var errNoSigningKey = errors.New("relay: the policy signs, and no signing key of this kind is configured")

// encrypt makes the copy encrypted to found's keys of kind, in a spool
// file. The clear copy streams from the queue into the encryption.
func (s *Scheduler) encrypt(found *keys.Found, kind store.KeyKind, msg copyBody) (*spool, []keys.Record, error) {
	if found == nil {
		return nil, nil, keys.ErrNoUsableKey
	}
	enc := s.encryption()
	var sign *keys.Signers
	if enc.Sign {
		sign = s.cfg.Signers
		if sign == nil || kind == store.KeyPGP && sign.PGP == nil || kind == store.KeySMIME && sign.SMIME == nil {
			return nil, nil, errNoSigningKey
		}
	}
	e, recs, err := found.Encrypter(kind, sign, time.Now())
	if err != nil {
		return nil, nil, err
	}
	clear, err := msg.open()
	if err != nil {
		return nil, nil, err
	}
	defer clear.Close()
	sp, err := newSpool(s.cfg.SpoolDir)
	if err != nil {
		return nil, nil, err
	}
	err = sp.fill(func(w io.Writer) error {
		return protect.Wrap(w, clear, e, protect.Options{Subject: enc.Subject})
	})
	if err != nil {
		sp.Close()
		return nil, nil, err
	}
	return sp, recs, nil
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
