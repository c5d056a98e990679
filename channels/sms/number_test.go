package sms

import (
	"errors"
	"testing"
)

func TestNormalize(t *testing.T) {
	ok := map[string]string{
		"+12025550123":        "+12025550123",
		"(202) 555-0123":      "+12025550123",
		"202.555.0123":        "+12025550123",
		"1 202 555 0123":      "+12025550123",
		"+44 20 7946 0958":    "+442079460958",
		"0044 20 7946 0958":   "+442079460958",
		"011 52 55 1234 5678": "+525512345678",
		" +1-212-555-0100 ":   "+12125550100",
	}
	for in, want := range ok {
		if got, err := Normalize(in); err != nil || got != want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	bad := []string{"", "555-1234", "+1 055 123 4567", "+1 411 123 4567", "+1 555 023 4567", "+15551234567",
		"555-CALL-NOW", "+0 123 456 789", "+1234567", "+1234567890123456", "ext. 204"}
	for _, in := range bad {
		if got, err := Normalize(in); !errors.Is(err, ErrInvalidNumber) {
			t.Errorf("Normalize(%q) = %q, %v; want ErrInvalidNumber", in, got, err)
		}
	}
}
