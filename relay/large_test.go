package relay

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ProtonMail/gopenpgp/v3/crypto"

	"github.com/sealpost/sealpost/channels/smtpout"
	"github.com/sealpost/sealpost/crypto/dkim"
	"github.com/sealpost/sealpost/crypto/keys"
	"github.com/sealpost/sealpost/internal/testutil"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

// spoolingDeliverer sends each copy to a file, as a next hop would, and
// keeps only its size and hash in memory.
type spoolingDeliverer struct {
	mu     sync.Mutex
	dir    string
	copies []delivered
}

type delivered struct {
	path       string
	size, want int64
	sum        [32]byte
	err        error
}

func (d *spoolingDeliverer) Deliver(_ context.Context, req *smtpout.Request) *smtpout.Result {
	got := d.save(req)
	d.mu.Lock()
	d.copies = append(d.copies, got)
	d.mu.Unlock()
	res := &smtpout.Result{Method: req.Methods[0], RemoteHost: "127.0.0.1:25"}
	for _, r := range req.Recipients {
		res.Rcpts = append(res.Rcpts, smtpout.RcptResult{Addr: r, Err: got.err})
	}
	return res
}

func (d *spoolingDeliverer) save(req *smtpout.Request) delivered {
	got := delivered{want: req.Size}
	f, err := os.CreateTemp(d.dir, "delivered-*")
	if err != nil {
		return delivered{err: err}
	}
	defer f.Close()
	got.path = f.Name()
	rc, err := req.Open()
	if err != nil {
		got.err = err
		return got
	}
	defer rc.Close()
	h := sha256.New()
	got.size, got.err = io.Copy(io.MultiWriter(f, h), rc)
	h.Sum(got.sum[:0])
	return got
}

// largeMessage is a message of about size bytes: a short text and a
// base64 attachment of pseudo-random bytes (incompressible).
func largeMessage(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 4096)
	b.WriteString("From: <dr@clinic.example>\r\nTo: <pat@example.net>\r\nSubject: Your imaging\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
		"Content-Type: text/plain\r\n\r\nYour MRI images are attached.\r\n--b\r\n" +
		"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	rng := rand.New(rand.NewPCG(7, 8))
	raw := make([]byte, 57)
	line := make([]byte, 76)
	for b.Len() < size {
		for i := range raw {
			raw[i] = byte(rng.Uint32())
		}
		base64.StdEncoding.Encode(line, raw)
		b.Write(line)
		b.WriteString("\r\n")
	}
	b.WriteString("--b--\r\n")
	return b.Bytes()
}

// TestLargeMessageDeliveryStreams delivers a 50 MB message twice, once
// PGP-encrypted and once as queued, both DKIM-signed, and checks that
// neither delivery holds the message in memory: the heap in use stays
// 64 MB above the baseline (the message alone is 50).
func TestLargeMessageDeliveryStreams(t *testing.T) {
	const size = 50 << 20
	q := newQueueEnv(t)
	clear := largeMessage(size)
	wantSum := sha256.Sum256(clear)
	finder := pgpRecipient(t, q, "pat@example.net")
	signer := testSigner(t)
	q.enqueueBody(t, clear, policy.MethodPGP, policy.MethodTLSVerified)
	q.enqueueBody(t, clear, policy.MethodTLSVerified)
	clear = nil

	d := &spoolingDeliverer{dir: t.TempDir()}
	spool := t.TempDir()
	peak := testutil.PeakHeap(func() {
		stop := q.runWith(t, SchedulerConfig{Deliverer: d, Bounces: &bounceRecorder{}, Keys: finder,
			Signer: signer, SpoolDir: spool, Concurrency: 1, Lease: 10 * time.Minute})
		// The race detector makes encrypting 50 MB take a minute or more.
		waitFor(t, "both deliveries", 5*time.Minute, func() bool { return strings.Count(q.auditText(t), `"delivered"`) == 2 })
		stop()
	})
	t.Logf("two deliveries of a %d MB message: peak heap %.1f MB above the baseline", size>>20, float64(peak)/(1<<20))
	if peak > 64<<20 {
		t.Errorf("peak heap %.1f MB above the baseline, want under 64 MB", float64(peak)/(1<<20))
	}
	if left, _ := os.ReadDir(spool); len(left) != 0 {
		t.Errorf("%d files left in the spool directory", len(left))
	}
	if len(d.copies) != 2 {
		t.Fatalf("%d copies delivered, want 2", len(d.copies))
	}
	var sawPGP, sawClear bool
	for _, c := range d.copies {
		if c.err != nil || c.size != c.want {
			t.Fatalf("copy read %d of %d bytes: %v", c.size, c.want, c.err)
		}
		head, body := splitSigned(t, c.path)
		if !bytes.HasPrefix(head, []byte("DKIM-Signature:")) {
			t.Errorf("copy does not start with a DKIM signature: %.60q", head)
		}
		switch {
		case bytes.Contains(head, []byte("multipart/encrypted")):
			sawPGP = true
			if c.size < size {
				t.Errorf("encrypted copy of %d bytes is smaller than the message", c.size)
			}
		case body == wantSum:
			sawClear = true
		}
	}
	if !sawPGP || !sawClear {
		t.Errorf("delivered: PGP/MIME copy %v, the queued message unchanged %v", sawPGP, sawClear)
	}
}

// splitSigned returns a delivered copy's first 4 KB (for its header) and
// the hash of what follows its DKIM-Signature fields.
func splitSigned(t *testing.T, path string) (head []byte, sum [32]byte) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := io.ReadAll(f) // after the measurement: the test may hold it
	if err != nil {
		t.Fatal(err)
	}
	rest := all
	for bytes.HasPrefix(rest, []byte("DKIM-Signature:")) {
		i := bytes.Index(rest, []byte("\r\n"))
		for i >= 0 && i+2 < len(rest) && (rest[i+2] == ' ' || rest[i+2] == '\t') {
			i += 2 + bytes.Index(rest[i+2:], []byte("\r\n"))
		}
		rest = rest[i+2:]
	}
	return all[:min(len(all), 4096)], sha256.Sum256(rest)
}

// pgpRecipient puts a new Curve25519 key for addr in the keystore and
// returns a Finder that uses only the keystore.
func pgpRecipient(t *testing.T, q *queueEnv, addr string) *keys.Finder {
	t.Helper()
	k, err := crypto.PGP().KeyGeneration().AddUserId("Pat", addr).New().GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	pub, err := k.GetPublicKey()
	if err != nil {
		t.Fatal(err)
	}
	imp, err := keys.Parse(pub)
	if err != nil || len(imp) != 1 {
		t.Fatalf("parse key: %v", err)
	}
	err = q.store.AddKey(context.Background(), &store.RecipientKey{Kind: store.KeyPGP, Match: addr,
		Fingerprint: imp[0].Fingerprint, Data: imp[0].Data, Added: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	f, err := keys.NewFinder(keys.Config{Store: q.store, Roots: x509.NewCertPool()})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func testSigner(t *testing.T) *dkim.Signer {
	t.Helper()
	key, _, err := dkim.GenerateKey("ed25519")
	if err != nil {
		t.Fatal(err)
	}
	return dkim.NewSigner([]*dkim.Key{{Domain: "clinic.example", Selector: "s1", Signer: key}})
}
