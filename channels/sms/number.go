// Package sms sends text messages through Twilio and reads what Twilio
// sends back: delivery status callbacks and inbound replies (STOP,
// START, HELP). It knows phone numbers (E.164) and how a text is cut
// into segments; what a text may say is the policy's business.
package sms

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidNumber is wrapped by Normalize's errors.
var ErrInvalidNumber = errors.New("invalid phone number")

// Normalize returns number in E.164 form ("+15551234567"). A number
// without a country code is taken as one of the North American Numbering
// Plan, the only national plan known here; others must be written with
// "+" (or the international prefix 00 or 011). Spaces, dots, dashes and
// parentheses are formatting; anything else is an error.
func Normalize(number string) (string, error) {
	digits, intl, err := digitsOf(number)
	if err != nil {
		return "", err
	}
	if !intl {
		switch {
		case len(digits) == 10:
			digits = "1" + digits
		case len(digits) == 11 && digits[0] == '1':
		default:
			return "", invalid(number, "a number without a country code must have 10 digits (NANP)")
		}
	}
	if len(digits) < 8 || len(digits) > 15 {
		return "", invalid(number, "E.164 numbers have 8 to 15 digits")
	}
	if digits[0] == '0' {
		return "", invalid(number, "no country code starts with 0")
	}
	if digits[0] == '1' {
		if msg := nanp(digits[1:]); msg != "" {
			return "", invalid(number, msg)
		}
	}
	return "+" + digits, nil
}

// digitsOf strips the formatting of number and reports whether it was
// written with a country code.
func digitsOf(number string) (digits string, intl bool, err error) {
	s := strings.TrimSpace(number)
	switch {
	case strings.HasPrefix(s, "+"):
		s, intl = s[1:], true
	case strings.HasPrefix(s, "011"):
		s, intl = s[3:], true
	case strings.HasPrefix(s, "00"):
		s, intl = s[2:], true
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')':
		default:
			return "", false, invalid(number, fmt.Sprintf("%q is not a digit", r))
		}
	}
	if b.Len() == 0 {
		return "", false, invalid(number, "no digits")
	}
	return b.String(), intl, nil
}

// nanp checks the ten digits of a North American number: area code and
// exchange start with 2-9, and the area code is no service code (N11).
func nanp(ten string) string {
	switch {
	case len(ten) != 10:
		return "a +1 number has 10 digits after the country code"
	case ten[0] < '2':
		return "a NANP area code starts with 2-9"
	case ten[1] == '1' && ten[2] == '1':
		return "N11 is a service code, not an area code"
	case ten[3] < '2':
		return "a NANP exchange starts with 2-9"
	}
	return ""
}

func invalid(number, why string) error {
	return &NumberError{Number: number, Why: why}
}

// NumberError is a number Normalize refused. Its Error quotes the number:
// keep it out of logs, and answer with Why.
type NumberError struct {
	Number string
	Why    string // what is wrong, without the number
}

func (e *NumberError) Error() string {
	return fmt.Sprintf("%v %q: %s", ErrInvalidNumber, e.Number, e.Why)
}

func (e *NumberError) Unwrap() error { return ErrInvalidNumber }
