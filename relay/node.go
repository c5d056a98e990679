package relay

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/smtpout"
	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/dkim"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/store"
)

// Paths of the files a node keeps under its data directory.
func StorePath(cfg *conf.Config) string { return filepath.Join(cfg.DataDir, "sealpost.db") }
func AuditPath(cfg *conf.Config) string { return filepath.Join(cfg.DataDir, "audit.log") }

// SpoolPath holds encrypted copies during delivery (unlinked files).
func SpoolPath(cfg *conf.Config) string { return filepath.Join(cfg.DataDir, "spool") }

// Node is one running Sealpost: its listeners, pipeline and scheduler.
type Node struct {
	cfg       *conf.Config
	logger    *slog.Logger
	store     store.Store
	audit     *audit.Log
	deliverer *smtpout.Deliverer
	server    *Server
	web       *http.Server // the pickup portal, if on
	text      *textSetup   // the sms channel, if on
	api       *http.Server // the HTTP API, if on
	addrs     map[string]net.Addr
	stop      context.CancelFunc
	done      sync.WaitGroup
}

// Start opens the stores, starts delivery and listens on the configured
// addresses. Everything it opened is closed again when it fails.
func Start(cfg *conf.Config, logger *slog.Logger) (n *Node, err error) {
	node := &Node{cfg: cfg, logger: logger, addrs: map[string]net.Addr{}}
	n = node
	defer func() {
		if err != nil { // the returns below have set n to nil
			node.Shutdown(context.Background())
			n = nil
		}
	}()
	pipe, sched, err := n.open()
	if err != nil {
		return nil, err
	}
	if err := n.listen(pipe, sched); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	n.stop = cancel
	n.done.Add(1)
	go func() { defer n.done.Done(); sched.Run(ctx) }()
	if pc := sched.cfg.Pickup; pc != nil {
		n.done.Add(1)
		go func() { defer n.done.Done(); n.purge(ctx, pc.Store) }()
	}
	sched.Wake()
	return n, nil
}

// open builds the pipeline and the scheduler over the stores.
func (n *Node) open() (*Pipeline, *Scheduler, error) {
	cfg := n.cfg
	pol, keyring, signer, roots, err := loadMaterial(cfg)
	if err != nil {
		return nil, nil, err
	}
	for _, w := range pol.Warnings {
		n.logger.Warn("policy", "warning", w)
	}
	templates, err := loadTemplates(cfg)
	if err != nil {
		return nil, nil, err
	}
	if err := os.MkdirAll(SpoolPath(cfg), 0o700); err != nil {
		return nil, nil, fmt.Errorf("relay: data dir: %w", err)
	}
	if n.store, err = store.OpenSQLite(StorePath(cfg), n.logger); err != nil {
		return nil, nil, err
	}
	if released, err := n.store.Recover(context.Background(), time.Now()); err != nil {
		return nil, nil, err
	} else if released > 0 {
		n.logger.Info("attempts interrupted by the last stop will be retried now", "recipients", released)
	}
	if n.audit, err = audit.Open(AuditPath(cfg), n.logger); err != nil {
		return nil, nil, err
	}
	n.deliverer = smtpout.New(deliveryConfig(cfg, roots, n.logger))
	finder, err := NewFinder(cfg, n.store, pol)
	if err != nil {
		return nil, nil, err
	}
	signers, err := loadSigners(cfg.Keys, pol)
	if err != nil {
		return nil, nil, err
	}
	if n.text, err = openText(cfg, n.store); err != nil {
		return nil, nil, err
	}
	sched := NewScheduler(SchedulerConfig{
		Store: n.store, Keyring: keyring, Signer: signer, Audit: n.audit, Deliverer: n.deliverer,
		Keys: finder, Signers: signers, Pickup: pickupChannel(cfg, n.store, keyring, n),
		Hostname: cfg.Hostname, Concurrency: cfg.Delivery.Concurrency, TextConcurrency: cfg.SMS.Concurrency,
		RetryMin: cfg.Delivery.RetryMin, RetryMax: cfg.Delivery.RetryMax,
		Lease:    cfg.Delivery.ConnectTimeout + 3*cfg.Delivery.CommandTimeout,
		SpoolDir: SpoolPath(cfg), Logger: n.logger,
	})
	if sched.cfg.Pickup != nil {
		sched.cfg.Pickup.Templates = templates
	}
	if n.text != nil {
		if sched.cfg.Pickup == nil {
			return nil, nil, errTextNeedsPortal
		}
		sched.cfg.Text = n.text.channel
	}
	pipe := NewPipeline(PipelineConfig{
		Policy: pol, Audit: n.audit, Store: n.store, Keyring: keyring, Keys: finder, Pickup: sched.cfg.Pickup != nil,
		SMSDomain: textDomain(n.text), Expire: cfg.Delivery.Expire, Wake: sched.Wake, Logger: n.logger,
	})
	sched.cfg.Bounces, sched.cfg.Policy = pipe, pipe.Policy
	return pipe, sched, nil
}

func deliveryConfig(cfg *conf.Config, roots *x509.CertPool, logger *slog.Logger) smtpout.Config {
	helo := cfg.Delivery.HeloName
	if helo == "" {
		helo = cfg.Hostname
	}
	return smtpout.Config{
		HeloName: helo, Routes: cfg.Delivery.Routes, Port: cfg.Delivery.Port, RootCAs: roots,
		ConnectTimeout: cfg.Delivery.ConnectTimeout, CommandTimeout: cfg.Delivery.CommandTimeout,
		PerDestination: cfg.Delivery.PerDestination, Resolver: net.DefaultResolver, Logger: logger,
	}
}

// loadMaterial reads the policy and the keys the node needs.
func loadMaterial(cfg *conf.Config) (*policy.Policy, *seal.Keyring, *dkim.Signer, *x509.CertPool, error) {
	pol := policy.Default()
	if cfg.PolicyFile != "" {
		var err error
		if pol, err = policy.Load(cfg.PolicyFile); err != nil {
			return nil, nil, nil, nil, err
		}
	}
	raw, err := cfg.MasterKey.Read()
	if err != nil {
		return nil, nil, nil, nil, fmt.Errorf("relay: master key: %w", err)
	}
	keyring, err := seal.ParseKeyring(raw)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	signer, err := loadSigner(cfg.DKIM)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	roots, err := loadRoots(cfg.Delivery.ExtraCAFiles)
	return pol, keyring, signer, roots, err
}

func loadSigner(keys []conf.DKIMKey) (*dkim.Signer, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	var ks []*dkim.Key
	for _, k := range keys {
		key, err := dkim.LoadKey(k.Domain, k.Selector, k.KeyFile)
		if err != nil {
			return nil, err
		}
		ks = append(ks, key)
	}
	return dkim.NewSigner(ks), nil
}

// loadRoots returns the system roots plus the configured extra CAs.
func loadRoots(files []string) (*x509.CertPool, error) {
	roots, err := x509.SystemCertPool()
	if err != nil {
		roots = x509.NewCertPool()
	}
	for _, f := range files {
		pem, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("relay: extra CA: %w", err)
		}
		if !roots.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("relay: extra CA %s: no certificate found", f)
		}
	}
	return roots, nil
}

// listen opens every configured listener and serves it.
func (n *Node) listen(pipe *Pipeline, sched *Scheduler) error {
	cfg := n.cfg
	tlsConf, err := serverTLS(cfg.TLS)
	if err != nil {
		return err
	}
	auth, err := NewStoreAuth(n.store)
	if err != nil {
		return err
	}
	n.server, err = NewServer(ServerConfig{Hostname: cfg.Hostname, SMSDomain: textDomain(n.text), Limits: cfg.Limits, TLS: tlsConf,
		Auth: auth, Acceptor: pipe, Logger: n.logger})
	if err != nil {
		return err
	}
	if err := n.servePortal(sched, tlsConf); err != nil {
		return err
	}
	if err := n.serveAPI(pipe, sched, tlsConf); err != nil {
		return err
	}
	l := cfg.Listeners
	if err := n.serve("submission", l.Submission.Address, n.server.ServeSubmission); err != nil {
		return err
	}
	if err := n.serve("submissions", l.Submissions.Address, n.server.ServeSubmissions); err != nil {
		return err
	}
	allow, err := parsePrefixes(l.Relay.AllowNetworks)
	if err != nil {
		return err
	}
	return n.serve("relay", l.Relay.Address, func(ln net.Listener) error {
		return n.server.ServeRelay(ln, allow, l.Relay.MaySendAs)
	})
}

func (n *Node) serve(name, addr string, serve func(net.Listener) error) error {
	if addr == "" {
		return nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("relay: %s listener: %w", name, err)
	}
	n.addrs[name] = ln.Addr()
	n.done.Add(1)
	go func() {
		defer n.done.Done()
		if err := serve(ln); err != nil && !errors.Is(err, net.ErrClosed) {
			n.logger.Error("listener stopped", "listener", name, "err", err)
		}
	}()
	return nil
}

func serverTLS(c conf.TLS) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(c.CertFile, c.KeyFile)
	if err != nil {
		return nil, fmt.Errorf("relay: tls certificate: %w", err)
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, nil
}

func parsePrefixes(cidrs []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, c := range cidrs {
		p, err := netip.ParsePrefix(c)
		if err != nil {
			return nil, fmt.Errorf("relay: allow_networks: %w", err)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// Addr returns the address a listener ("submission", "submissions",
// "relay", "pickup", "api") is bound to, or nil.
func (n *Node) Addr(name string) net.Addr { return n.addrs[name] }

// Shutdown stops accepting, lets sessions and deliveries in flight end
// (until ctx ends), and closes the stores.
func (n *Node) Shutdown(ctx context.Context) error {
	var err error
	if n.server != nil {
		err = n.server.Shutdown(ctx)
	}
	if n.web != nil {
		err = errors.Join(err, n.web.Shutdown(ctx))
	}
	if n.api != nil {
		err = errors.Join(err, n.api.Shutdown(ctx))
	}
	if n.stop != nil {
		n.stop()
	}
	n.done.Wait()
	return errors.Join(err, n.close())
}

func (n *Node) close() error {
	var errs []error
	if n.deliverer != nil {
		errs = append(errs, n.deliverer.Close())
	}
	if n.audit != nil {
		errs = append(errs, n.audit.Close())
	}
	if n.store != nil {
		errs = append(errs, n.store.Close())
	}
	return errors.Join(errs...)
}
