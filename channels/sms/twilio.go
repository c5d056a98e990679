package sms

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/twilio/twilio-go/client"
	api "github.com/twilio/twilio-go/rest/api/v2010"
	"golang.org/x/time/rate"
)

// Config is what Sender needs of Twilio. The credentials come from the
// environment or files (see conf); they are never logged.
type Config struct {
	AccountSID string
	AuthToken  string
	// From is the sending number (E.164), or MessagingServiceSID the
	// Messaging Service that picks one; exactly one is set.
	From                string
	MessagingServiceSID string
	// StatusCallback is the public URL Twilio posts delivery status to.
	StatusCallback string
	// HTTPClient carries the API calls; nil is the SDK's own (10 s
	// timeout, no redirects). Tests point its transport at a local server.
	HTTPClient *http.Client
	// PerSecond caps the texts submitted per second (the account's or
	// the sender number's throughput: 1 for a long code, more for a
	// Messaging Service); 0 is no cap. Concurrency caps the API calls in
	// flight; 0 is 4.
	PerSecond   float64
	Concurrency int
}

// Sender submits texts to Twilio's Messages API with the twilio-go client.
type Sender struct {
	cfg   Config
	api   *api.ApiService
	rate  *rate.Limiter
	slots chan struct{}
}

// NewSender returns a Sender. The SDK's edge and region (TWILIO_EDGE,
// TWILIO_REGION) are not taken from the environment: the API host is
// the configured one.
func NewSender(cfg Config) (*Sender, error) {
	if !alphanumeric(cfg.AccountSID) || !alphanumeric(cfg.AuthToken) {
		return nil, errors.New("sms: the Twilio account SID and auth token are required, letters and digits only")
	}
	if (cfg.From == "") == (cfg.MessagingServiceSID == "") {
		return nil, errors.New("sms: set exactly one of the From number and the Messaging Service SID")
	}
	c := &client.Client{Credentials: client.NewCredentials(cfg.AccountSID, cfg.AuthToken), HTTPClient: cfg.HTTPClient}
	c.SetAccountSid(cfg.AccountSID)
	handler := client.NewRequestHandler(c)
	handler.Edge, handler.Region = "", ""
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 4
	}
	limit := rate.Inf
	if cfg.PerSecond > 0 {
		limit = rate.Limit(cfg.PerSecond)
	}
	return &Sender{cfg: cfg, api: api.NewApiService(handler), rate: rate.NewLimiter(limit, 1),
		slots: make(chan struct{}, cfg.Concurrency)}, nil
}

// Sent is Twilio's answer to an accepted text.
type Sent struct {
	SID      string // SM...: status callbacks name it
	Status   string // queued, accepted, scheduled...
	Segments string // as Twilio counted them
}

// Send submits body to the number to (E.164), waiting for its turn under
// the rate and concurrency caps. A refusal is a *SendError that says
// whether a later attempt may succeed; a canceled ctx returns its error.
func (s *Sender) Send(ctx context.Context, to, body string) (Sent, error) {
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return Sent{}, ctx.Err()
	}
	defer func() { <-s.slots }()
	if err := s.rate.Wait(ctx); err != nil {
		return Sent{}, err
	}
	return s.create(to, body)
}

// create makes one API call. twilio-go takes no context: the HTTP
// client's timeout bounds it.
func (s *Sender) create(to, body string) (Sent, error) {
	p := &api.CreateMessageParams{}
	p.SetTo(to).SetBody(body)
	if s.cfg.From != "" {
		p.SetFrom(s.cfg.From)
	} else {
		p.SetMessagingServiceSid(s.cfg.MessagingServiceSID)
	}
	if s.cfg.StatusCallback != "" {
		p.SetStatusCallback(s.cfg.StatusCallback)
	}
	m, err := s.api.CreateMessage(p)
	if err != nil {
		return Sent{}, sendError(err)
	}
	return Sent{SID: deref(m.Sid), Status: deref(m.Status), Segments: deref(m.NumSegments)}, nil
}

// alphanumeric: what twilio-go accepts as credentials (it refuses others
// at every request).
func alphanumeric(s string) bool {
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// SendError is a text Twilio did not accept. Its text names the HTTP
// status and Twilio's error code only: Twilio's message can quote the
// number or the body.
type SendError struct {
	Status    int  // HTTP status; 0 when no answer came
	Code      int  // Twilio error code (21211: invalid To, 21610: recipient unsubscribed...)
	Temporary bool // 429, 5xx and network errors: try again later
	err       error
}

func (e *SendError) Error() string {
	switch {
	case e.Status == 0:
		return fmt.Sprintf("twilio: no answer: %v", e.err)
	case e.Code != 0:
		return fmt.Sprintf("twilio: HTTP %d, error %d (https://www.twilio.com/docs/api/errors/%d)", e.Status, e.Code, e.Code)
	}
	return fmt.Sprintf("twilio: HTTP %d", e.Status)
}

func (e *SendError) Unwrap() error { return e.err }

func sendError(err error) *SendError {
	var rest *client.TwilioRestError
	if errors.As(err, &rest) {
		return &SendError{Status: rest.Status, Code: rest.Code, Temporary: rest.Status == 429 || rest.Status >= 500, err: err}
	}
	return &SendError{Temporary: true, err: err}
}
