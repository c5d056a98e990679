// Package keys owns recipient key discovery: the OpenPGP keys and S/MIME
// certificates the admin imported (kept in the store), Web Key Directory
// lookups, and a TTL cache of what those found. It checks every key
// against the policy's floor and says why one is unusable, and it makes
// the Encrypter for one recipient's copy from that recipient's keys only.
// Discovery never fails a delivery: what it could not learn becomes a
// note in the posture. It never logs and never puts key material in an
// error or a note.
package keys

import (
	"context"
	"crypto/x509"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/sealpost/sealpost/crypto/openpgp"
	"github.com/sealpost/sealpost/crypto/smime"
	"github.com/sealpost/sealpost/crypto/wkd"
	"github.com/sealpost/sealpost/store"
)

// Sources of a key.
const (
	SourceKeystore  = "keystore"
	SourceWKD       = "wkd"
	SourceKeyserver = "keyserver"
)

// Store is the part of the store discovery reads.
type Store interface {
	Keys(ctx context.Context, matches ...string) ([]*store.RecipientKey, error)
}

// Config is what a Finder needs.
type Config struct {
	Store Store
	// WKD looks keys up in recipients' Web Key Directories; nil turns
	// WKD off.
	WKD *wkd.Client
	// Keyserver is asked when neither the keystore nor WKD has a usable
	// key; nil (the default) asks none.
	Keyserver *wkd.Keyserver
	// TTL is how long a WKD or keyserver answer (a key, or "none
	// published") is kept;
	// DefaultTTL if zero. A failed lookup is retried after a tenth of it.
	TTL time.Duration
	// Roots are the CAs S/MIME certificates must chain to; nil means the
	// system's.
	Roots         *x509.CertPool
	Intermediates []*x509.Certificate
	// MinRSABits is the smallest RSA key used (OpenPGP and S/MIME).
	MinRSABits int
	// Now is the clock; time.Now if nil.
	Now func() time.Time
}

// DefaultTTL is how long WKD answers are cached unless configured.
const DefaultTTL = time.Hour

// cacheMax bounds the cache of WKD and keyserver answers; past it,
// entries are dropped at random.
const cacheMax = 10000

// Finder discovers recipients' keys. It is safe for concurrent use.
type Finder struct {
	cfg   Config
	mu    sync.Mutex
	cache map[string]remoteEntry
}

// remoteEntry is a cached WKD or keyserver answer: the keys that name
// the address, or a note on why there are none.
type remoteEntry struct {
	keys    []*openpgp.Key
	note    string
	expires time.Time
}

// NewFinder returns a Finder.
func NewFinder(cfg Config) (*Finder, error) {
	if cfg.Store == nil {
		return nil, fmt.Errorf("keys: a finder needs a store")
	}
	if cfg.TTL <= 0 {
		cfg.TTL = DefaultTTL
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Roots == nil {
		roots, err := x509.SystemCertPool()
		if err != nil {
			return nil, fmt.Errorf("keys: system roots: %w", err)
		}
		cfg.Roots = roots
	}
	return &Finder{cfg: cfg, cache: map[string]remoteEntry{}}, nil
}

// Record is what a decision and the audit log keep of one key: never
// the key itself.
type Record struct {
	Kind        store.KeyKind
	Source      string
	Fingerprint string
	Expires     time.Time // zero: does not expire
	Unusable    string    // why the key cannot be used; "" if it can
}

// Found is one recipient's posture as far as keys go.
type Found struct {
	Address string
	PGP     []*openpgp.Key      // usable now
	SMIME   []*x509.Certificate // usable now
	Records []Record            // every key seen, usable or not
	Notes   []string            // what could not be learned, without content
}

// Find looks up addr's keys: the keystore (the address, then its domain)
// and, while no usable OpenPGP key is found, the Web Key Directory, then
// the keyserver. It always returns a posture; failures become notes.
func (f *Finder) Find(ctx context.Context, addr string) *Found {
	addr = strings.ToLower(strings.TrimSpace(addr))
	fd := &Found{Address: addr}
	f.keystore(ctx, fd)
	if len(fd.PGP) == 0 && f.cfg.WKD != nil {
		f.lookupRemote(ctx, fd, SourceWKD, f.cfg.WKD.Lookup)
	}
	if len(fd.PGP) == 0 && f.cfg.Keyserver != nil {
		f.lookupRemote(ctx, fd, SourceKeyserver, f.cfg.Keyserver.Lookup)
	}
	return fd
}

// keystore adds the admin's keys for addr, then those for its domain.
func (f *Finder) keystore(ctx context.Context, fd *Found) {
	matches := []string{fd.Address}
	if at := strings.LastIndexByte(fd.Address, '@'); at >= 0 {
		matches = append(matches, fd.Address[at:])
	}
	rks, err := f.cfg.Store.Keys(ctx, matches...)
	if err != nil {
		fd.Notes = append(fd.Notes, "keystore: unavailable")
		return
	}
	for _, rk := range rks {
		switch rk.Kind {
		case store.KeyPGP:
			f.addPGP(fd, rk.Data, SourceKeystore)
		case store.KeySMIME:
			f.addSMIME(fd, rk)
		}
	}
}

func (f *Finder) addPGP(fd *Found, data []byte, source string) {
	ks, err := openpgp.ParseKeys(data)
	if err != nil {
		fd.Notes = append(fd.Notes, source+": unreadable OpenPGP key")
		return
	}
	for _, k := range ks {
		f.usePGP(fd, k, source)
	}
}

func (f *Finder) usePGP(fd *Found, k *openpgp.Key, source string) {
	now := f.cfg.Now()
	info := k.Info(now)
	rec := Record{Kind: store.KeyPGP, Source: source, Fingerprint: info.Fingerprint, Expires: info.Expires}
	if err := k.Check(now, openpgp.Policy{MinRSABits: f.cfg.MinRSABits}); err != nil {
		rec.Unusable = reason(err)
	} else {
		fd.PGP = append(fd.PGP, k)
	}
	fd.Records = append(fd.Records, rec)
}

// addSMIME checks a keystore certificate. One imported for a whole
// domain is a gateway's: it names the gateway, not each recipient, so it
// is checked against its own address.
func (f *Finder) addSMIME(fd *Found, rk *store.RecipientKey) {
	certs, err := smime.ParseCertificates(rk.Data)
	if err != nil {
		fd.Notes = append(fd.Notes, "keystore: unreadable S/MIME certificate")
		return
	}
	for _, c := range certs {
		info := smime.Describe(c)
		addr := fd.Address
		if strings.HasPrefix(rk.Match, "@") && len(c.EmailAddresses) > 0 {
			addr = c.EmailAddresses[0]
		}
		rec := Record{Kind: store.KeySMIME, Source: SourceKeystore, Fingerprint: info.SHA256, Expires: info.NotAfter}
		err := smime.Check(c, addr, smime.CheckOptions{Roots: f.cfg.Roots, Intermediates: f.cfg.Intermediates,
			Now: f.cfg.Now(), MinRSABits: f.cfg.MinRSABits})
		if err != nil {
			rec.Unusable = reason(err)
		} else {
			fd.SMIME = append(fd.SMIME, c)
		}
		fd.Records = append(fd.Records, rec)
	}
}

// reason is the short form of a check error for the record: the
// package prefix dropped, several reasons joined by commas.
func reason(err error) string {
	var parts []string
	for _, line := range strings.Split(err.Error(), "\n") {
		line = strings.TrimPrefix(strings.TrimPrefix(line, "openpgp: "), "smime: ")
		if line != "" {
			parts = append(parts, line)
		}
	}
	return strings.Join(parts, ", ")
}
