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

	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/channels/pickup/portal"
	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/store"
)

// purgeEvery is how often expired and revoked pickups lose their bodies.
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
		InsecureCookies: strings.HasPrefix(pc.BaseURL, "http://"), Logger: n.logger})
	n.web = &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
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

// purge drops the bodies of expired and revoked pickups every purgeEvery
// until ctx ends.
func (n *Node) purge(ctx context.Context, ps *pickup.Store) {
	t := time.NewTicker(purgeEvery)
	defer t.Stop()
	for {
		if k, err := ps.Purge(ctx); err != nil && ctx.Err() == nil {
			n.logger.Error("pickup purge failed", "err", err)
		} else if k > 0 {
			n.logger.Info("pickups purged", "count", k)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
