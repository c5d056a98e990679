package portal

import (
	"context"
	"net/http"

	"github.com/sealpost/sealpost/store"
)

// What happened on the portal, for the audit trail.
const (
	EventCodeSent     = "pickup-code-sent"
	EventVerified     = "pickup-verified"
	EventVerifyFailed = "pickup-verify-failed"
	EventLocked       = "pickup-locked"
	EventViewed       = "pickup-viewed"
	EventDownloaded   = "pickup-downloaded"
)

// Event is one thing a recipient did on the portal: never a token, a code
// or any of the message.
type Event struct {
	Type      string
	Pickup    *store.Pickup
	IP        string
	UserAgent string
	Detail    string // e.g. "attachment 1"
}

// Events records portal events (the relay writes them to the audit log).
// An error is logged; the recipient's request goes on.
type Events interface {
	PickupEvent(ctx context.Context, e Event) error
}

// record sends an event about pk and r to the configured Events.
func (p *Portal) record(r *http.Request, typ string, pk *store.Pickup, detail string) {
	if p.cfg.Events == nil {
		return
	}
	ua := r.UserAgent()
	if len(ua) > 256 {
		ua = ua[:256]
	}
	e := Event{Type: typ, Pickup: pk, IP: clientIP(r), UserAgent: ua, Detail: detail}
	if err := p.cfg.Events.PickupEvent(r.Context(), e); err != nil {
		p.cfg.Logger.Error("pickup event not recorded", "pickup", pk.ID, "event", typ, "err", err)
	}
}
