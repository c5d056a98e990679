package relay

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/sealpost/sealpost/channels/sms"
	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/store"
)

// textSetup is the sms channel a node runs, and what its webhooks need.
type textSetup struct {
	channel   *TextChannel
	book      *sms.Book
	authToken string
	publicURL string // the webhooks' base, no trailing slash
}

// openText builds the sms channel from the config; nil when it is off.
// The Twilio credentials are read here, never logged.
func openText(cfg *conf.Config, st store.Store) (*textSetup, error) {
	c := cfg.SMS
	if c.Domain == "" {
		return nil, nil
	}
	sid, err := secretLine(c.AccountSID, "sms.account_sid")
	if err != nil {
		return nil, err
	}
	token, err := secretLine(c.AuthToken, "sms.auth_token")
	if err != nil {
		return nil, err
	}
	client, err := twilioClient(c.APIURL)
	if err != nil {
		return nil, err
	}
	public := strings.TrimSuffix(cfg.SMSPublicURL(), "/")
	sender, err := sms.NewSender(sms.Config{AccountSID: sid, AuthToken: token, From: c.From,
		MessagingServiceSID: c.MessagingServiceSID, StatusCallback: public + "/sms/status", HTTPClient: client,
		PerSecond: c.PerSecond, Concurrency: c.Concurrency})
	if err != nil {
		return nil, err
	}
	book := &sms.Book{Store: st, RequireOptIn: c.RequireOptIn}
	return &textSetup{
		channel: &TextChannel{Sender: sender, Consent: book, Sent: st, Domain: strings.ToLower(c.Domain), Text: c.Text,
			MaxSegments: c.MaxSegments, SenderName: c.SenderName},
		book: book, authToken: token, publicURL: public,
	}, nil
}

// secretLine reads a one-line secret, without its line end.
func secretLine(s conf.Secret, name string) (string, error) {
	raw, err := s.Read()
	if err != nil {
		return "", fmt.Errorf("relay: %s: %w", name, err)
	}
	v := strings.TrimSpace(string(raw))
	if v == "" {
		return "", fmt.Errorf("relay: %s is empty", name)
	}
	return v, nil
}

// twilioClient is the HTTP client of the Twilio API calls: the SDK's own
// for Twilio itself, or one that sends every call to apiURL instead (a
// regional edge, a proxy, a test server). It follows no redirect.
func twilioClient(apiURL string) (*http.Client, error) {
	if apiURL == "" {
		return nil, nil
	}
	u, err := url.Parse(apiURL)
	if err != nil {
		return nil, fmt.Errorf("relay: sms.api_url: %w", err)
	}
	return &http.Client{Timeout: 10 * time.Second, Transport: apiRewrite{to: u},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}, nil
}

// apiRewrite sends requests to another scheme and host, path kept.
type apiRewrite struct{ to *url.URL }

func (a apiRewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = a.to.Scheme, a.to.Host, a.to.Host
	return http.DefaultTransport.RoundTrip(r)
}

// webhooks serves Twilio's inbound and status callbacks beside h (the
// portal), under /sms/.
func (t *textSetup) webhooks(h http.Handler, sched *Scheduler, n *Node) http.Handler {
	hooks := &sms.Hooks{AuthToken: t.authToken, InboundURL: t.publicURL + "/sms/inbound", StatusURL: t.publicURL + "/sms/status",
		HelpText: n.cfg.SMS.HelpText, Consent: &AuditedConsent{Book: t.book, Audit: n.audit}, Statuses: sched, Logger: n.logger}
	mux := http.NewServeMux()
	mux.Handle("/", h)
	mux.Handle("POST /sms/inbound", maxBody(hooks.Inbound))
	mux.Handle("POST /sms/status", maxBody(hooks.Status))
	return mux
}

// maxBody bounds a webhook's form: Twilio's are a few kilobytes.
func maxBody(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		h(w, r)
	})
}

var errTextNeedsPortal = errors.New("relay: sms needs pickup.listen: its links and webhooks are served on the portal")

// textDomain is the email-to-SMS domain of t, "" when texts are off.
func textDomain(t *textSetup) string {
	if t == nil {
		return ""
	}
	return t.channel.Domain
}
