package relay

import (
	"errors"
	"strings"

	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/channels/sms"
)

// textRecipient checks a recipient of the email-to-SMS domain: its local
// part must be a phone number, and it is returned with the number in
// E.164 form, so that "(202) 555-0123@sms.example.org" and
// "+12025550123@sms.example.org" are one recipient. Other recipients are
// returned as they are. The reply says what is wrong with the number
// without quoting it.
func textRecipient(to, smsDomain string) (string, error) {
	number, ok := textNumber(to, smsDomain)
	if !ok {
		return to, nil
	}
	addr, err := textAddress(number, smsDomain)
	if err != nil {
		return "", smtpErr(550, smtp.EnhancedCode{5, 1, 3}, "Recipient is "+err.Error())
	}
	return addr, nil
}

// textAddress is number in E.164 at the SMS domain, the address a text
// is queued to; its error says what is wrong without quoting the number.
func textAddress(number, smsDomain string) (string, error) {
	e164, err := sms.Normalize(number)
	var ne *sms.NumberError
	if errors.As(err, &ne) {
		return "", errors.New("not a valid phone number: " + ne.Why)
	}
	if err != nil {
		return "", errors.New("not a valid phone number")
	}
	return e164 + "@" + strings.ToLower(smsDomain), nil
}

// numberOf is the number of a text's address: its local part.
func numberOf(addr string) (string, bool) {
	at := strings.LastIndexByte(addr, '@')
	return addr[:max(at, 0)], at > 0
}

// textNumber returns the local part of addr if addr is in the SMS domain.
func textNumber(addr, smsDomain string) (string, bool) {
	at := strings.LastIndexByte(addr, '@')
	if smsDomain == "" || at < 0 || !strings.EqualFold(addr[at+1:], smsDomain) {
		return "", false
	}
	return addr[:at], true
}
