package passwd

import (
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"
)

func TestHashVerify(t *testing.T) {
	h, err := Hash("correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=3,p=2$") || strings.Contains(h, "correct") {
		t.Fatalf("hash = %q", h)
	}
	if ok, err := Verify(h, "correct horse"); !ok || err != nil {
		t.Errorf("right password: %v %v", ok, err)
	}
	if ok, _ := Verify(h, "correct horsE"); ok {
		t.Error("wrong password accepted")
	}
	h2, _ := Hash("correct horse")
	if h2 == h {
		t.Error("two hashes of one password are equal: no salt")
	}
}

func TestBcryptAccepted(t *testing.T) {
	b, _ := bcrypt.GenerateFromPassword([]byte("legacy"), bcrypt.MinCost)
	if ok, err := Verify(string(b), "legacy"); !ok || err != nil {
		t.Errorf("bcrypt: %v %v", ok, err)
	}
	if ok, _ := Verify(string(b), "other"); ok {
		t.Error("bcrypt wrong password accepted")
	}
}

func TestUnknownFormats(t *testing.T) {
	for _, h := range []string{"", "plain", "$argon2id$v=19$m=1,t=1$x$y", "$argon2id$v=18$m=1,t=1,p=1$c2FsdA$c3Vt", "$1$md5$x"} {
		if ok, err := Verify(h, "x"); ok || err == nil {
			t.Errorf("Verify(%q) = %v, %v; want an error", h, ok, err)
		}
	}
}
