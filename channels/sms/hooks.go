package sms

import (
	"context"
	"encoding/xml"
	"log/slog"
	"net/http"
	"strconv"
)

// Consent is where opt-ins and opt-outs are kept (the store, in the
// relay). Numbers are E.164.
type Consent interface {
	OptOut(ctx context.Context, number, via string) error
	OptIn(ctx context.Context, number, via string) error
}

// Statuses receives Twilio's word on a text it accepted.
type Statuses interface {
	Status(ctx context.Context, sid, status string, errorCode int) error
}

// Hooks are the two webhooks Twilio calls: inbound texts (STOP, START,
// HELP) and delivery status callbacks. Every request must carry a valid
// X-Twilio-Signature for the public URL Twilio was given.
type Hooks struct {
	AuthToken string
	// InboundURL and StatusURL are the public URLs configured at Twilio
	// (behind a proxy they differ from the request's).
	InboundURL, StatusURL string
	// HelpText answers HELP: who sends, how to stop. Neutral: it is the
	// same for everyone.
	HelpText string
	Consent  Consent
	Statuses Statuses
	Logger   *slog.Logger
}

// Inbound handles an inbound text. STOP and its synonyms opt the number
// out, START opts it back in, HELP is answered with HelpText. Anything
// else is not read: replies are not a channel for PHI. Twilio's own
// opt-out handling replies to STOP and START; this answer adds nothing to
// them.
func (h *Hooks) Inbound(w http.ResponseWriter, r *http.Request) {
	form, ok := Verify(r, h.InboundURL, h.AuthToken)
	if !ok {
		http.Error(w, "signature does not verify", http.StatusForbidden)
		return
	}
	from, err := Normalize(form["From"])
	if err != nil {
		twiml(w, "")
		return
	}
	switch KeywordOf(form["Body"]) {
	case OptOut:
		err = h.Consent.OptOut(r.Context(), from, "sms:"+form["MessageSid"])
	case OptIn:
		err = h.Consent.OptIn(r.Context(), from, "sms:"+form["MessageSid"])
	case Help:
		twiml(w, h.HelpText)
		return
	}
	if err != nil {
		h.Logger.Error("sms: recording consent", "err", err)
		http.Error(w, "try again", http.StatusServiceUnavailable) // Twilio retries
		return
	}
	twiml(w, "")
}

// Status handles a delivery status callback.
func (h *Hooks) Status(w http.ResponseWriter, r *http.Request) {
	form, ok := Verify(r, h.StatusURL, h.AuthToken)
	if !ok {
		http.Error(w, "signature does not verify", http.StatusForbidden)
		return
	}
	sid, status := form["MessageSid"], form["MessageStatus"]
	if sid == "" || status == "" {
		http.Error(w, "MessageSid and MessageStatus are required", http.StatusBadRequest)
		return
	}
	code, _ := strconv.Atoi(form["ErrorCode"])
	if err := h.Statuses.Status(r.Context(), sid, status, code); err != nil {
		h.Logger.Error("sms: recording status", "err", err)
		http.Error(w, "try again", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// twiml answers with a TwiML document: one Message, or none.
func twiml(w http.ResponseWriter, text string) {
	type message struct {
		Body string `xml:",chardata"`
	}
	type response struct {
		XMLName xml.Name `xml:"Response"`
		Message *message `xml:"Message,omitempty"`
	}
	resp := response{}
	if text != "" {
		resp.Message = &message{Body: text}
	}
	w.Header().Set("Content-Type", "text/xml")
	w.Write([]byte(xml.Header))
	xml.NewEncoder(w).Encode(resp)
}
