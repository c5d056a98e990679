package passwd

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"
)

func TestHashVerify(t *testing.T) {
	h, err := Hash("correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=2,p=1$") || strings.Contains(h, "correct") {
		t.Fatalf("hash = %q", h)
	}
	if f := strings.Split(h, "$"); len(f) != 6 || len(f[4]) != 22 || len(f[5]) != 43 {
		t.Fatalf("hash %q: want a 16-byte salt and a 32-byte sum", h)
	}
	if ok, err := Verify(h, "correct horse"); !ok || err != nil {
		t.Errorf("right password: %v %v", ok, err)
	}
	for _, wrong := range []string{"correct horsE", "correct horse ", "", "correct"} {
		if ok, err := Verify(h, wrong); ok || err != nil {
			t.Errorf("Verify(%q) = %v, %v; want false, nil", wrong, ok, err)
		}
	}
	if h2, _ := Hash("correct horse"); h2 == h {
		t.Error("two hashes of one password are equal: no salt")
	}
}

// TestInterop checks hashes made by other implementations.
func TestInterop(t *testing.T) {
	// libsodium crypto_pwhash_str("password", OPSLIMIT_INTERACTIVE,
	// MEMLIMIT_INTERACTIVE), from PHP's sodium_crypto_pwhash_str manual.
	const sodium = "$argon2id$v=19$m=65536,t=2,p=1$oWIfdaXwWwhVmovOBc2NAQ$EbsZ+JnZyyavkafS0hoc4HdaOB0ILWZESAZ7kVGa+Iw"
	if ok, err := Verify(sodium, "password"); !ok || err != nil {
		t.Errorf("libsodium hash: %v %v", ok, err)
	}
	if ok, _ := Verify(sodium, "Password"); ok {
		t.Error("libsodium hash: wrong password accepted")
	}
}

func TestBcryptVariants(t *testing.T) {
	b, err := bcrypt.GenerateFromPassword([]byte("legacy"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	for _, prefix := range []string{"$2a$", "$2b$", "$2y$"} { // same algorithm, other writers
		h := prefix + string(b[4:])
		if ok, err := Verify(h, "legacy"); !ok || err != nil {
			t.Errorf("%s: right password: %v %v", prefix, ok, err)
		}
		if ok, err := Verify(h, "legacY"); ok || err != nil {
			t.Errorf("%s: wrong password: %v %v; want false, nil", prefix, ok, err)
		}
	}
}

func TestUnusableHashes(t *testing.T) {
	good := "$argon2id$v=19$m=65536,t=2,p=1$oWIfdaXwWwhVmovOBc2NAQ$EbsZ+JnZyyavkafS0hoc4HdaOB0ILWZESAZ7kVGa+Iw"
	cases := []struct{ name, hash string }{
		{"empty", ""},
		{"plain text", "password"},
		{"md5crypt", "$1$saltsalt$qjXMvbEw8oaL.CzflDugX/"},
		{"argon2i", strings.Replace(good, "argon2id", "argon2i", 1)},
		{"version 16", strings.Replace(good, "v=19", "v=16", 1)},
		{"no lanes", strings.Replace(good, ",p=1", "", 1)},
		{"zero passes", strings.Replace(good, "t=2", "t=0", 1)},
		{"costs out of order", strings.Replace(good, "m=65536,t=2", "t=2,m=65536", 1)},
		{"4 GiB of memory", strings.Replace(good, "m=65536", "m=4194304", 1)},
		{"1000 passes", strings.Replace(good, "t=2", "t=1000", 1)},
		{"bad salt", strings.Replace(good, "oWIfdaXwWwhVmovOBc2NAQ", "!!", 1)},
		{"short sum", good[:strings.LastIndexByte(good, '$')+1] + "AAAA"},
		{"extra field", good + "$x"},
		{"truncated bcrypt", "$2a$04$short"},
	}
	for _, c := range cases {
		ok, err := Verify(c.hash, "password")
		if ok || !errors.Is(err, ErrUnknownHash) {
			t.Errorf("%s: Verify = %v, %v; want false, ErrUnknownHash", c.name, ok, err)
		}
	}
}

// TestComputationsBounded: with every slot taken, a hash waits; it goes on
// as soon as one is free. The bound is what keeps a burst of checks from
// taking 64 MiB each at once.
func TestComputationsBounded(t *testing.T) {
	for range cap(slots) {
		slots <- struct{}{}
	}
	done := make(chan error, 1)
	go func() {
		_, err := Hash("correct horse")
		done <- err
	}()
	select {
	case <-done:
		t.Fatal("Hash ran with every slot taken")
	case <-time.After(200 * time.Millisecond):
	}
	for range cap(slots) {
		<-slots
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
