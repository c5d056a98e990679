package keys

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ProtonMail/gopenpgp/v3/crypto"
	"github.com/ProtonMail/gopenpgp/v3/profile"

	"github.com/sealpost/sealpost/crypto/protect"
	"github.com/sealpost/sealpost/crypto/wkd"
	"github.com/sealpost/sealpost/crypto/wkd/wkdtest"
	"github.com/sealpost/sealpost/internal/testutil"
	"github.com/sealpost/sealpost/store"
)

var now = time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)

// pgpKey makes a Curve25519 key for email and returns its public part,
// binary. lifetime 0 is forever.
func pgpKey(t *testing.T, email string, created time.Time, lifetime int32) []byte {
	t.Helper()
	b := crypto.PGPWithProfile(profile.Default()).KeyGeneration().AddUserId("Test "+email, email).GenerationTime(created.Unix())
	if lifetime != 0 {
		b = b.Lifetime(lifetime)
	}
	k, err := b.New().GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	pub, err := k.GetPublicKey()
	if err != nil {
		t.Fatal(err)
	}
	return pub
}

// issued is the DER of a certificate ca issues for email.
func issued(t *testing.T, ca *testutil.CA, email string, notAfter time.Time) []byte {
	der, _ := ca.Issue(t, email, notAfter)
	return der
}

func openStore(t *testing.T) *store.SQLite {
	t.Helper()
	s, err := store.OpenSQLite(filepath.Join(t.TempDir(), "keys.db"), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func add(t *testing.T, s *store.SQLite, kind store.KeyKind, match, fpr string, data []byte) {
	t.Helper()
	if err := s.AddKey(context.Background(), &store.RecipientKey{Kind: kind, Match: match, Fingerprint: fpr, Data: data, Added: now}); err != nil {
		t.Fatal(err)
	}
}

func TestFindKeystore(t *testing.T) {
	s := openStore(t)
	ca := testutil.NewCA(t, now)
	add(t, s, store.KeyPGP, "pat@example.net", "01", pgpKey(t, "pat@example.net", now.Add(-time.Hour), 0))
	add(t, s, store.KeyPGP, "pat@example.net", "02", pgpKey(t, "pat@example.net", now.Add(-48*time.Hour), 3600)) // expired
	add(t, s, store.KeySMIME, "@partner.example.org", "03", issued(t, ca, "gateway@partner.example.org", now.Add(time.Hour)))
	add(t, s, store.KeySMIME, "dr.lee@partner.example.org", "04", issued(t, ca, "dr.lee@partner.example.org", now.Add(-time.Minute)))
	f, err := NewFinder(Config{Store: s, Roots: ca.Roots, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	pat := f.Find(ctx, "Pat@Example.net")
	if len(pat.PGP) != 1 || len(pat.SMIME) != 0 || len(pat.Records) != 2 {
		t.Fatalf("pat: %d usable PGP keys, %d certificates, records %+v", len(pat.PGP), len(pat.SMIME), pat.Records)
	}
	var unusable []string
	for _, r := range pat.Records {
		if r.Source != SourceKeystore || r.Kind != store.KeyPGP || len(r.Fingerprint) != 40 {
			t.Errorf("record %+v", r)
		}
		if r.Unusable != "" {
			unusable = append(unusable, r.Unusable)
		}
	}
	if len(unusable) != 1 || !strings.Contains(unusable[0], "expired") {
		t.Errorf("unusable reasons %q, want the expired key's", unusable)
	}

	// The domain's gateway certificate serves every address there; an
	// expired personal one does not.
	lee := f.Find(ctx, "dr.lee@partner.example.org")
	if len(lee.SMIME) != 1 || len(lee.Records) != 2 || len(lee.PGP) != 0 {
		t.Errorf("dr.lee: %d certificates, records %+v", len(lee.SMIME), lee.Records)
	}
	if other := f.Find(ctx, "billing@partner.example.org"); len(other.SMIME) != 1 {
		t.Errorf("gateway certificate not used for the domain: %+v", other.Records)
	}
	if none := f.Find(ctx, "nobody@example.com"); len(none.Records) != 0 || len(none.Notes) != 0 {
		t.Errorf("stranger: %+v", none)
	}
}

func TestFindWKD(t *testing.T) {
	key := pgpKey(t, "joe@example.org", now.Add(-time.Hour), 0)
	other := pgpKey(t, "someone-else@example.org", now.Add(-time.Hour), 0)
	var hits atomic.Int32
	d := wkdtest.New(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Query().Get("l") {
		case "joe":
			w.Write(key)
		case "mallory":
			w.Write(other) // a key that is not the recipient's
		case "slow":
			<-r.Context().Done()
		default:
			http.NotFound(w, r)
		}
	})
	clock := now
	f, err := NewFinder(Config{Store: openStore(t), WKD: &wkd.Client{HTTP: d.Client, Timeout: 200 * time.Millisecond},
		Roots: x509.NewCertPool(), Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	joe := f.Find(ctx, "joe@example.org")
	if len(joe.PGP) != 1 || len(joe.Records) != 1 || joe.Records[0].Source != SourceWKD || len(joe.Notes) != 0 {
		t.Fatalf("joe: %+v", joe)
	}
	f.Find(ctx, "joe@example.org")
	if n := hits.Load(); n != 1 {
		t.Errorf("%d requests for two lookups within the TTL, want 1", n)
	}
	clock = clock.Add(DefaultTTL + time.Minute)
	f.Find(ctx, "joe@example.org")
	if n := hits.Load(); n != 2 {
		t.Errorf("%d requests after the TTL, want 2", n)
	}

	if m := f.Find(ctx, "mallory@example.org"); len(m.PGP) != 0 || !hasNote(m, "wkd: no key for this address") {
		t.Errorf("a key for another address was taken: %+v", m)
	}
	if n := f.Find(ctx, "nobody@example.org"); len(n.PGP) != 0 || len(n.Notes) != 0 {
		t.Errorf("no key published: %+v (not worth a note)", n)
	}
	start := time.Now()
	if s := f.Find(ctx, "slow@example.org"); !hasNote(s, "wkd: timeout") {
		t.Errorf("hanging directory: %+v", s)
	}
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("a hanging directory held discovery %v with a 200ms timeout", elapsed)
	}
}

func hasNote(fd *Found, note string) bool {
	for _, n := range fd.Notes {
		if n == note {
			return true
		}
	}
	return false
}

func TestEncrypter(t *testing.T) {
	s := openStore(t)
	ca := testutil.NewCA(t, now)
	add(t, s, store.KeyPGP, "pat@example.net", "01", pgpKey(t, "pat@example.net", now.Add(-time.Hour), 0))
	add(t, s, store.KeySMIME, "pat@example.net", "02", issued(t, ca, "pat@example.net", now.Add(time.Hour)))
	f, _ := NewFinder(Config{Store: s, Roots: ca.Roots, Now: func() time.Time { return now }})
	fd := f.Find(context.Background(), "pat@example.net")
	msg := "From: a@example.org\r\nTo: pat@example.net\r\nSubject: Your biopsy\r\n\r\nbenign\r\n"
	for _, kind := range []store.KeyKind{store.KeyPGP, store.KeySMIME} {
		enc, used, err := fd.Encrypter(kind, nil, now)
		if err != nil || len(used) != 1 || used[0].Kind != kind {
			t.Fatalf("%s: %v, used %+v", kind, err, used)
		}
		var out bytes.Buffer
		if err := protect.Wrap(&out, strings.NewReader(msg), enc, protect.Options{Subject: "Secure message"}); err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		if strings.Contains(out.String(), "biopsy") || strings.Contains(out.String(), "benign") {
			t.Errorf("%s copy shows the clear text:\n%s", kind, out.String())
		}
	}
	if _, _, err := f.Find(context.Background(), "x@example.com").Encrypter(store.KeyPGP, nil, now); !errors.Is(err, ErrNoUsableKey) {
		t.Errorf("no key: %v, want ErrNoUsableKey", err)
	}
}

// With no key in the keystore or the directory, the keyserver (when one
// is configured) is asked.
func TestFindKeyserver(t *testing.T) {
	key := pgpKey(t, "ann@example.org", now.Add(-time.Hour), 0)
	d := wkdtest.New(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/vks/v1/by-email/ann@example.org" {
			w.Write(key)
			return
		}
		http.NotFound(w, r) // the directory has nothing
	})
	f, err := NewFinder(Config{Store: openStore(t), WKD: &wkd.Client{HTTP: d.Client},
		Keyserver: &wkd.Keyserver{Base: "https://example.org", Client: wkd.Client{HTTP: d.Client}},
		Roots:     x509.NewCertPool(), Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	ann := f.Find(context.Background(), "ann@example.org")
	if len(ann.PGP) != 1 || ann.Records[0].Source != SourceKeyserver {
		t.Errorf("ann: %+v", ann)
	}
}
