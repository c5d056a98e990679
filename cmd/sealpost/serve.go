package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/relay"
)

func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml (empty: embedded defaults)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := loadConfig(*path)
	if err != nil {
		return err
	}
	if cfg.File == "" {
		if err := bootstrapDefaults(cfg, stdout); err != nil {
			return err
		}
	}
	logger := newLogger(cfg.Log, stderr)
	node, err := relay.Start(cfg, logger)
	if err != nil {
		return err
	}
	greet(stdout, cfg, node)
	waitForSignal()
	logger.Info("shutting down")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return node.Shutdown(ctx)
}

// loadConfig loads path, or returns the embedded defaults for "".
func loadConfig(path string) (*conf.Config, error) {
	if path == "" {
		return conf.Default(), nil
	}
	return conf.Load(path)
}

func newLogger(c conf.Log, w io.Writer) *slog.Logger {
	var level slog.Level
	level.UnmarshalText([]byte(c.Level))
	opts := &slog.HandlerOptions{Level: level}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func waitForSignal() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	<-sig
	signal.Stop(sig)
}

// greet prints how to reach the running relay.
func greet(w io.Writer, cfg *conf.Config, node *relay.Node) {
	fmt.Fprintf(w, "Sealpost is running as %s (data in %s).\n", cfg.Hostname, cfg.DataDir)
	for _, l := range []struct{ name, how string }{
		{"submission", "STARTTLS, then AUTH PLAIN/LOGIN"},
		{"submissions", "implicit TLS, then AUTH PLAIN/LOGIN"},
		{"relay", "no AUTH, allow-listed networks only"},
	} {
		if a := node.Addr(l.name); a != nil {
			fmt.Fprintf(w, "  %-12s %-22s %s\n", l.name, a, l.how)
		}
	}
	if cfg.Pickup.Listen != "" {
		fmt.Fprintf(w, "  %-12s %-22s links %s/p/…\n", "pickup", cfg.Pickup.Listen, strings.TrimSuffix(cfg.Pickup.BaseURL, "/"))
	}
	if a := node.Addr("api"); a != nil {
		fmt.Fprintf(w, "  %-12s %-22s POST /v1/messages, /v1/consent (keys: sealpost apikey add)\n", "api", a)
	}
	if cfg.SMS.Domain != "" {
		fmt.Fprintf(w, "  %-12s %-22s Twilio webhooks at %s/sms/status and /sms/inbound\n", "texts", "@"+cfg.SMS.Domain,
			strings.TrimSuffix(cfg.SMSPublicURL(), "/"))
	}
	fmt.Fprintf(w, "Add an account:  sealpost user add%s -may-send-as '@example.org' alice@example.org\n", configFlag(cfg))
	fmt.Fprintf(w, "Send a test:     swaks --server %s --tls --auth-user alice@example.org --from alice@example.org --to someone@example.net\n",
		node.Addr("submission"))
	fmt.Fprintf(w, "Audit log:       %s   (check it: sealpost audit verify%s)\n", relay.AuditPath(cfg), configFlag(cfg))
}

func configFlag(cfg *conf.Config) string {
	if cfg.File == "" {
		return ""
	}
	abs, err := filepath.Abs(cfg.File)
	if err != nil {
		abs = cfg.File
	}
	return " -config " + abs
}
