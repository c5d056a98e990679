package pickup

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/crypto/passwd"
)

func TestRandomDigits(t *testing.T) {
	const n = 20000
	var counts [10]int
	re := regexp.MustCompile(`^[0-9]{8}$`)
	for range n {
		c := randomDigits(8)
		if !re.MatchString(c) {
			t.Fatalf("code %q, want 8 digits", c)
		}
		for _, d := range c {
			counts[d-'0']++
		}
	}
	// Each digit is a tenth of 160,000: 16,000 ± 120 (σ); 5σ is 600.
	for d, got := range counts {
		if got < 15400 || got > 16600 {
			t.Errorf("digit %d drawn %d times in %d, want about 16000", d, got, n*8)
		}
	}
	if c := randomDigits(12); len(c) != 12 {
		t.Errorf("12 digits: %q", c)
	}
}

func TestVerify(t *testing.T) {
	e := newEnv(t)
	s := e.pickups(t, keyA)
	ctx := context.Background()
	_, tokenA := create(t, s, "body A", time.Hour, 3)
	_, tokenB := create(t, s, "body B", time.Hour, 3)
	a, b := open(t, s, tokenA), open(t, s, tokenB)

	if err := s.Verify(ctx, a, "12345678"); !errors.Is(err, ErrNoCode) {
		t.Errorf("Verify with no code sent: %v, want ErrNoCode", err)
	}
	if _, err := s.NewCode(ctx, a, 5, time.Minute); err == nil {
		t.Error("NewCode of 5 digits: no error")
	}
	codeA, err := s.NewCode(ctx, a, 8, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.NewCode(ctx, b, 8, time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := s.Verify(ctx, b, codeA); !errors.Is(err, ErrWrongCode) {
		t.Errorf("A's code on B: %v, want ErrWrongCode", err)
	}
	if err := s.Verify(ctx, a, codeA); err != nil {
		t.Errorf("A's code on A: %v", err)
	}
	if err := s.Verify(ctx, a, codeA); !errors.Is(err, ErrNoCode) {
		t.Errorf("A's code again: %v, want ErrNoCode: a code is used once", err)
	}

	codeA, _ = s.NewCode(ctx, a, 8, time.Minute)
	e.clock.t = e.clock.t.Add(time.Minute)
	if err := s.Verify(ctx, a, codeA); !errors.Is(err, ErrNoCode) {
		t.Errorf("an expired code: %v, want ErrNoCode", err)
	}
	if p := open(t, s, tokenA); p.Failures != 0 {
		t.Errorf("A has %d failures, want 0", p.Failures)
	}

	// MaxFailures is 3 here; B has one.
	s.NewCode(ctx, b, 8, time.Hour)
	if err := s.Verify(ctx, b, "x"); !errors.Is(err, ErrWrongCode) {
		t.Errorf("second failure: %v", err)
	}
	if err := s.Verify(ctx, b, "x"); !errors.Is(err, ErrLocked) {
		t.Errorf("third failure: %v, want ErrLocked", err)
	}
}

// TestOpenViewedReread: once the last view is counted, OpenViewed and
// Reread still give the body, without counting; other closed states
// still close.
func TestOpenViewedReread(t *testing.T) {
	e := newEnv(t)
	s := e.pickups(t, keyA)
	ctx := context.Background()
	id, token := create(t, s, "the body", time.Hour, 1)
	if got := readBody(t, s, open(t, s, token)); got != "the body" {
		t.Fatalf("body %q", got)
	}
	if _, err := s.Open(ctx, token); !errors.Is(err, ErrViewsUsed) {
		t.Fatalf("Open after the last view: %v", err)
	}
	for range 2 {
		p, err := s.OpenViewed(ctx, token)
		if err != nil {
			t.Fatalf("OpenViewed: %v", err)
		}
		r, err := s.Reread(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		b := make([]byte, 100)
		n, _ := r.Read(b)
		r.Close()
		if string(b[:n]) != "the body" {
			t.Errorf("Reread %q", b[:n])
		}
	}
	if p, _ := e.st.Pickup(ctx, id); p.Views != 1 {
		t.Errorf("%d views, want 1", p.Views)
	}
	s.Revoke(ctx, id)
	if _, err := s.OpenViewed(ctx, token); !errors.Is(err, ErrRevoked) {
		t.Errorf("OpenViewed of a revoked pickup: %v", err)
	}
	if _, err := s.OpenViewed(ctx, "nope"); !errors.Is(err, ErrUnknown) {
		t.Errorf("OpenViewed of an unknown token: %v", err)
	}
}

// TestCodeKeyed: the store keeps a code keyed by the keyring, so a copy of
// the database alone cannot test guesses against it. A code made before a
// rotation still verifies while its master key is in the keyring; once
// that key is removed the code is gone, and no failure is counted.
func TestCodeKeyed(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.pickups(t, keyA)
	_, token := create(t, s, "body", time.Hour, 3)
	p := open(t, s, token)
	code, err := s.NewCode(ctx, p, 8, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	stored, _, err := e.st.PickupCode(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, plain := range [][]byte{
		sha256Sum("sealpost pickup code\x00" + p.ID + "\x00" + code),
		sha256Sum(p.ID + "\x00" + code),
		sha256Sum(code),
	} {
		if bytes.Contains(stored, plain) {
			t.Fatal("the stored code is an unkeyed hash")
		}
	}
	if !bytes.HasPrefix(stored, []byte("a\x00")) {
		t.Errorf("the stored code does not name its master key: %q", stored[:min(len(stored), 8)])
	}

	rotated := e.pickups(t, keyB+keyA)
	if err := rotated.Verify(ctx, p, code); err != nil {
		t.Errorf("after a rotation, the code made before it: %v", err)
	}

	code, _ = s.NewCode(ctx, p, 8, time.Hour)
	if err := e.pickups(t, keyB).Verify(ctx, p, code); !errors.Is(err, ErrNoCode) {
		t.Errorf("a code whose master key was removed: %v, want ErrNoCode", err)
	}
	if p := open(t, s, token); p.Failures != 0 {
		t.Errorf("%d failures counted, want 0", p.Failures)
	}
}

func sha256Sum(s string) []byte {
	h := sha256.Sum256([]byte(s))
	return h[:]
}

// TestVerifyPasscode: a pickup made with a sender's passcode opens with
// that passcode, as often as it is given (it is not used up like a
// code), never with a code; wrong ones count towards the lock.
func TestVerifyPasscode(t *testing.T) {
	e := newEnv(t)
	s := e.pickups(t, keyA)
	ctx := context.Background()
	hash, err := passwd.Hash("Blue heron 42")
	if err != nil {
		t.Fatal(err)
	}
	_, token, err := s.Create(ctx, "msg-1", "dr@clinic.example", "ana@example.net", strings.NewReader("body"),
		Terms{Expires: time.Hour, MaxViews: 3, Passcode: hash})
	if err != nil {
		t.Fatal(err)
	}
	p := open(t, s, token)
	if p.Passcode != hash {
		t.Fatalf("stored passcode %q, want the hash given", p.Passcode)
	}
	if _, err := s.NewCode(ctx, p, 8, time.Minute); !errors.Is(err, ErrPasscode) {
		t.Errorf("NewCode of a passcode pickup: %v, want ErrPasscode", err)
	}
	for range 2 {
		if err := s.Verify(ctx, p, "Blue heron 42"); err != nil {
			t.Errorf("the passcode: %v", err)
		}
	}
	if err := s.Verify(ctx, p, "blue heron 42"); !errors.Is(err, ErrWrongCode) {
		t.Errorf("the passcode in other case: %v, want ErrWrongCode", err)
	}
	if err := s.Verify(ctx, p, ""); !errors.Is(err, ErrWrongCode) {
		t.Errorf("an empty passcode: %v, want ErrWrongCode", err)
	}
	if err := s.Verify(ctx, p, "Blue heron 4"); !errors.Is(err, ErrLocked) {
		t.Errorf("third wrong passcode: %v, want ErrLocked (MaxFailures 3)", err)
	}
	if _, err := s.Open(ctx, token); !errors.Is(err, ErrLocked) {
		t.Errorf("Open after the lock: %v, want ErrLocked", err)
	}
}

func TestCheckPasscode(t *testing.T) {
	for pass, ok := range map[string]bool{
		"Blue heron 42": true, "12345678": true, "señal-ñandú": true, strings.Repeat("x", MaxPasscode): true,
		"1234567": false, "": false, strings.Repeat("x", MaxPasscode+1): false, "tab\there ok?": false, "bad\xffutf8": false,
	} {
		if err := CheckPasscode(pass); (err == nil) != ok {
			t.Errorf("CheckPasscode(%q) = %v, want ok %v", pass, err, ok)
		}
	}
}
