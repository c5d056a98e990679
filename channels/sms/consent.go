package sms

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sealpost/sealpost/store"
)

// ErrNoConsent is Allowed's refusal: the number opted out, or has no
// opt-in where one is required.
var ErrNoConsent = errors.New("sms: the number has not consented to texts")

// Book keeps consent in the store: what the webhooks hear from recipients
// (it is their Consent) and what Allowed checks before a send.
type Book struct {
	Store store.ConsentStore
	// RequireOptIn refuses numbers with no record; without it only an
	// opt-out refuses.
	RequireOptIn bool
	Now          func() time.Time // time.Now if nil
}

var _ Consent = (*Book)(nil)

// OptOut records the recipient's STOP; via names the inbound text.
func (b *Book) OptOut(ctx context.Context, number, via string) error {
	_, err := b.Store.SetConsent(ctx, store.Consent{Number: number, ByRecipient: true, Via: via, At: b.now()})
	return err
}

// OptIn records the recipient's START.
func (b *Book) OptIn(ctx context.Context, number, via string) error {
	_, err := b.Store.SetConsent(ctx, store.Consent{Number: number, OptedIn: true, ByRecipient: true, Via: via, At: b.now()})
	return err
}

// Allowed returns nil if number may be texted, ErrNoConsent if not.
func (b *Book) Allowed(ctx context.Context, number string) error {
	c, err := b.Store.Consent(ctx, number)
	switch {
	case errors.Is(err, store.ErrNotFound):
		if b.RequireOptIn {
			return ErrNoConsent
		}
		return nil
	case err != nil:
		return fmt.Errorf("sms: consent: %w", err)
	case !c.OptedIn:
		return ErrNoConsent
	}
	return nil
}

func (b *Book) now() time.Time {
	if b.Now == nil {
		return time.Now()
	}
	return b.Now()
}
