package portal

import (
	"context"
	"net/http"
	"strings"

	"github.com/sealpost/sealpost/store"
)

// Replies delivers a recipient's secure reply to the sender of the pickup
// (the relay submits it to its own pipeline, which protects it as any
// message). It must not log the text.
type Replies interface {
	Reply(ctx context.Context, p *store.Pickup, text string) error
}

// EventReplied is the audit event of a reply sent.
const EventReplied = "pickup-replied"

// maxReply bounds a reply's text, in bytes.
const maxReply = 32 << 10

// reply sends a verified recipient's answer to the sender.
func (p *Portal) reply(w http.ResponseWriter, r *http.Request) {
	if p.cfg.Replies == nil {
		p.notFound(w, r)
		return
	}
	pk, s, ok := p.form(w, r, maxForm+3*maxReply, true) // form encoding triples a byte at most
	if !ok {
		return
	}
	token := r.PathValue("token")
	if !s.verified {
		http.Redirect(w, r, "/p/"+token, http.StatusSeeOther)
		return
	}
	text := strings.TrimSpace(r.PostFormValue("text"))
	switch {
	case text == "":
		p.backToMessage(w, http.StatusBadRequest, "Your reply is empty", "Write your reply, then send it.", token)
		return
	case len(text) > maxReply:
		p.backToMessage(w, http.StatusRequestEntityTooLarge, "Your reply is too long",
			"Please shorten it and send it again.", token)
		return
	}
	if err := p.cfg.Replies.Reply(r.Context(), pk, text); err != nil {
		p.cfg.Logger.Error("pickup reply not sent", "pickup", pk.ID) // the error may hold addresses
		p.backToMessage(w, http.StatusServiceUnavailable, "Your reply could not be sent",
			"Please try again in a few minutes.", token)
		return
	}
	p.record(r, EventReplied, pk, "")
	p.backToMessage(w, http.StatusOK, "Your reply was sent", "It travels to the sender protected, as their message did.", token)
}
