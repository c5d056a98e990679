package relay

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/channels/pickup/portal"
	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/store"
)

// purgeEvery is how often closed pickups lose their bodies.
const purgeEvery = time.Hour

// pickupChannel returns the scheduler's pickup channel, nil when the
// config leaves the portal off.
func pickupChannel(cfg *conf.Config, st store.PickupStore, keyring *seal.Keyring, n *Node) *PickupChannel {
	if cfg.Pickup.Listen == "" {
		return nil
	}
	return &PickupChannel{
		Store:   pickup.New(st, keyring, pickup.Config{Logger: n.logger}),
		BaseURL: cfg.Pickup.BaseURL, Expire: cfg.Pickup.Expire, MaxViews: cfg.Pickup.MaxViews,
		From: cfg.NoticeSender(), FromName: cfg.Pickup.NoticeName, CodeTTL: portal.DefaultCodeTTL,
	}
}

// servePortal starts the pickup portal's listener, and the hourly purge.
func (n *Node) servePortal(sched *Scheduler, tlsConf *tls.Config) error {
	pc := sched.cfg.Pickup
	if pc == nil {
		return nil
	}
	p := portal.New(portal.Config{Pickups: pc.Store, Sender: sched, Events: sched, Replies: sched, CodeTTL: pc.CodeTTL, TLS: n.cfg.Pickup.TLS,
		InsecureCookies: strings.HasPrefix(pc.BaseURL, "http://"), Logger: n.logger,
		Texted: func(p *store.Pickup) bool { return sched.cfg.Text.isText(p.Recipient) }})
	var h http.Handler = p
	if n.text != nil {
		h = n.text.webhooks(p, sched, n)
	}
	n.web = &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10}
	ln, err := net.Listen("tcp", n.cfg.Pickup.Listen)
	if err != nil {
		return fmt.Errorf("relay: pickup listener: %w", err)
	}
	if n.cfg.Pickup.TLS {
		ln = tls.NewListener(ln, tlsConf.Clone())
	}
	n.addrs["pickup"] = ln.Addr()
	n.done.Add(1)
	go func() {
		defer n.done.Done()
		if err := n.web.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.logger.Error("listener stopped", "listener", "pickup", "err", err)
		}
	}()
	return nil
}

// purge drops the bodies of closed pickups every purgeEvery until ctx
// ends (see purgeOnce).
func (n *Node) purge(ctx context.Context, ps *pickup.Store) {
	t := time.NewTicker(purgeEvery)
	defer t.Stop()
	for {
		n.purgeOnce(ctx, ps)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// purgeOnce drops the bodies of the pickups expired, revoked or viewed
// as often as allowed, and writes a pickup-expired audit event for each:
// its ID, message, recipient and why, never anything of the message. The
// bodies are gone before the events are written: when the audit log
// fails, the error log names the pickups.
func (n *Node) purgeOnce(ctx context.Context, ps *pickup.Store) {
	purged, err := ps.Purge(ctx)
	if err != nil {
		if ctx.Err() == nil {
			n.logger.Error("pickup purge failed", "err", err)
		}
		return
	}
	if len(purged) == 0 {
		return
	}
	evs := make([]audit.Event, len(purged))
	ids := make([]string, len(purged))
	for i, p := range purged {
		evs[i] = audit.PickupExpired(p.ID, p.MessageID, p.Recipient, string(p.Why))
		ids[i] = p.ID
	}
	n.logger.Info("pickups purged", "count", len(purged))
	if err := n.audit.Append(context.WithoutCancel(ctx), evs...); err != nil {
		n.logger.Error("pickup purge not audited", "pickups", strings.Join(ids, ","), "err", err)
	}
}
