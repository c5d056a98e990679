package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/user"
	"text/tabwriter"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/pickup"
	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/relay"
	"github.com/sealpost/sealpost/store"
)

// The pickup commands work on the store and the audit log of a config
// while its daemon may be running: SQLite's WAL lets both write the
// store, and the audit log takes a lock for each append.

// pickupAdmin is what a pickup command opened.
type pickupAdmin struct {
	cfg    *conf.Config
	st     store.Store
	audit  *audit.Log // nil for list
	logger *slog.Logger
	actor  string
}

// openPickupAdmin opens the store of the config at path and, with
// withAudit, its audit log.
func openPickupAdmin(path string, withAudit bool, stderr io.Writer) (*pickupAdmin, error) {
	cfg, err := loadConfig(path)
	if err != nil {
		return nil, err
	}
	// Warnings only (the audit log's, say): the command says what it did.
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	a := &pickupAdmin{cfg: cfg, logger: logger, actor: actor()}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, err
	}
	if a.st, err = store.OpenSQLite(relay.StorePath(cfg), a.logger); err != nil {
		return nil, err
	}
	if withAudit {
		if a.audit, err = audit.Open(relay.AuditPath(cfg), a.logger); err != nil {
			a.st.Close()
			return nil, err
		}
	}
	return a, nil
}

func (a *pickupAdmin) close() error {
	var errs []error
	if a.audit != nil {
		errs = append(errs, a.audit.Close())
	}
	errs = append(errs, a.st.Close())
	return errors.Join(errs...)
}

// actor names who runs the command, for the audit log.
func actor() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return "cli:" + u.Username
	}
	if name := os.Getenv("USER"); name != "" {
		return "cli:" + name
	}
	return fmt.Sprintf("cli:uid %d", os.Getuid())
}

func runPickupList(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("pickup list", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	all := fs.Bool("all", false, "also list the pickups whose bodies were purged")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return errUsage
	}
	a, err := openPickupAdmin(*path, false, stderr)
	if err != nil {
		return err
	}
	defer a.close()
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATE\tRECIPIENT\tCREATED\tEXPIRES\tVIEWS")
	now := time.Now()
	err = eachPickup(context.Background(), a.st, func(p *store.Pickup) {
		if !p.Purged.IsZero() && !*all {
			return
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d/%d\n", p.ID, pickupState(p, now), p.Recipient,
			p.Created.Local().Format(time.DateTime), p.Expires.Local().Format(time.DateTime), p.Views, p.MaxViews)
	})
	if err != nil {
		return err
	}
	return tw.Flush()
}

// eachPickup calls fn with every stored pickup, in ID order, a page at a
// time.
func eachPickup(ctx context.Context, st store.PickupStore, fn func(*store.Pickup)) error {
	const page = 500
	for after := ""; ; {
		ps, err := st.Pickups(ctx, after, page)
		if err != nil {
			return err
		}
		for _, p := range ps {
			fn(p)
		}
		if len(ps) < page {
			return nil
		}
		after = ps[len(ps)-1].ID
	}
}

// pickupState is p's state at now, and whether its body is gone.
func pickupState(p *store.Pickup, now time.Time) string {
	if !p.Purged.IsZero() {
		return string(p.State(now)) + ", purged"
	}
	return string(p.State(now))
}

func runPickupRevoke(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("pickup revoke", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	reason := fs.String("reason", "", "why, for the audit log (no patient details)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errUsage
	}
	a, err := openPickupAdmin(*path, true, stderr)
	if err != nil {
		return err
	}
	defer a.close()
	// Revoking needs no key: nothing is sealed or opened.
	ps := pickup.New(a.st, nil, pickup.Config{Logger: a.logger})
	var errs []error
	for _, id := range fs.Args() {
		if err := a.revoke(ps, id, *reason, stdout); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// revoke revokes one pickup and audits it. The revocation comes first:
// once the link is closed, a failed audit write is reported, not undone.
func (a *pickupAdmin) revoke(ps *pickup.Store, id, reason string, stdout io.Writer) error {
	ctx := context.Background()
	p, err := a.st.Pickup(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no pickup %q (see 'sealpost pickup list -all')", id)
	}
	if err != nil {
		return err
	}
	err = ps.Revoke(ctx, id)
	if errors.Is(err, pickup.ErrRevoked) {
		if p, err = a.st.Pickup(ctx, id); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "pickup %s was already revoked, on %s\n", id, p.Revoked.Local().Format(time.DateTime))
		return nil
	}
	if err != nil {
		return err
	}
	if err := a.audit.Append(ctx, audit.PickupRevoked(p.ID, p.MessageID, p.Recipient, a.actor, reason)); err != nil {
		return fmt.Errorf("pickup %s revoked, but not written to the audit log: %w", id, err)
	}
	fmt.Fprintf(stdout, "revoked pickup %s (message %s, to %s)\n", id, p.MessageID, p.Recipient)
	return nil
}

func runPickupRotate(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("pickup rotate", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return errUsage
	}
	a, err := openPickupAdmin(*path, true, stderr)
	if err != nil {
		return err
	}
	defer a.close()
	keys, err := readKeyring(a.cfg)
	if err != nil {
		return err
	}
	ps := pickup.New(a.st, keys, pickup.Config{Logger: a.logger})
	n, rerr := ps.Rotate(context.Background())
	ev := audit.PickupsRotated(n, keys.CurrentID(), a.actor, rerr)
	if err := a.audit.Append(context.Background(), ev); err != nil {
		return errors.Join(rerr, fmt.Errorf("%d pickup bodies rewrapped, but not written to the audit log: %w", n, err))
	}
	fmt.Fprintf(stdout, "rewrapped %d pickup bodies under master key %s\n", n, keys.CurrentID())
	if rerr != nil {
		return fmt.Errorf("some pickups were not rewrapped (run again once fixed): %w", rerr)
	}
	return nil
}

// readKeyring reads the config's master keys, as the daemon does.
func readKeyring(cfg *conf.Config) (*seal.Keyring, error) {
	raw, err := cfg.MasterKey.Read()
	if err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	return seal.ParseKeyring(raw)
}
