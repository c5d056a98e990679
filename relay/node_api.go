package relay

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/sealpost/sealpost/store"
)

// serveAPI starts the HTTP API's listener, if the config has one.
func (n *Node) serveAPI(pipe *Pipeline, sched *Scheduler, tlsConf *tls.Config) error {
	c := n.cfg.API
	if c.Listen == "" {
		return nil
	}
	var consent store.ConsentStore
	if n.text != nil {
		consent = n.store
	}
	var pickups PickupRevoker
	if pc := sched.cfg.Pickup; pc != nil {
		pickups = pc.Store
	}
	api := NewAPI(APIConfig{Keys: n.store, Acceptor: pipe, Consent: consent, Pickups: pickups, Audit: n.audit, SMSDomain: textDomain(n.text),
		Hostname: n.cfg.Hostname, MaxBytes: 2*int64(n.cfg.Limits.MaxMessageSize) + 64<<10, // JSON escapes
		MaxRecipients: n.cfg.Limits.MaxRecipients, TLS: c.TLS, PerKeyPerSecond: c.PerKeyPerSecond, Logger: n.logger.With("component", "api")})
	n.api = &http.Server{Handler: api, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 2 * time.Minute,
		WriteTimeout: acceptTimeout + time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10}
	ln, err := net.Listen("tcp", c.Listen)
	if err != nil {
		return fmt.Errorf("relay: api listener: %w", err)
	}
	if c.TLS {
		ln = tls.NewListener(ln, tlsConf.Clone())
	}
	n.addrs["api"] = ln.Addr()
	n.done.Add(1)
	go func() {
		defer n.done.Done()
		if err := n.api.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.logger.Error("listener stopped", "listener", "api", "err", err)
		}
	}()
	return nil
}
