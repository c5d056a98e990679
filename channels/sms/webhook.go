package sms

import (
	"net/http"
	"strings"

	"github.com/twilio/twilio-go/client"
)

// maxWebhookBody bounds what a webhook request may send.
const maxWebhookBody = 64 << 10

// Verify parses a webhook request's form and checks its X-Twilio-Signature
// against the auth token, for the public URL Twilio was given (behind a
// proxy it differs from what the request line says). It returns the form
// only if the signature holds.
func Verify(r *http.Request, publicURL, authToken string) (map[string]string, bool) {
	r.Body = http.MaxBytesReader(nil, r.Body, maxWebhookBody)
	if err := r.ParseForm(); err != nil {
		return nil, false
	}
	params := make(map[string]string, len(r.PostForm))
	for k, v := range r.PostForm {
		params[k] = v[0]
	}
	sig := r.Header.Get("X-Twilio-Signature")
	v := client.NewRequestValidator(authToken)
	if sig == "" || !v.Validate(publicURL, params, sig) {
		return nil, false
	}
	return params, true
}

// Keyword is what an inbound text asks of its sender's subscription.
type Keyword int

const (
	NoKeyword Keyword = iota
	OptOut            // STOP and its synonyms: send nothing more
	OptIn             // START: send again
	Help              // HELP: say who we are and how to stop
)

// keywords are Twilio's default opt-out, opt-in and help keywords, and
// their Spanish counterparts. A text is a keyword only when it is that
// one word (case, spaces and a final full stop aside), as carriers match.
var keywords = map[string]Keyword{
	"STOP": OptOut, "STOPALL": OptOut, "UNSUBSCRIBE": OptOut, "CANCEL": OptOut, "END": OptOut, "QUIT": OptOut,
	"OPTOUT": OptOut, "REVOKE": OptOut, "PARAR": OptOut, "ALTO": OptOut, "BAJA": OptOut,
	"START": OptIn, "YES": OptIn, "UNSTOP": OptIn, "SI": OptIn, "SÍ": OptIn,
	"HELP": Help, "INFO": Help, "AYUDA": Help,
}

// KeywordOf returns the keyword an inbound text is.
func KeywordOf(body string) Keyword {
	w := strings.ToUpper(strings.TrimSuffix(strings.TrimSpace(body), "."))
	return keywords[w]
}
