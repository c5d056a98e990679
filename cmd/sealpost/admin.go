package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/passwd"
	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/relay"
	"github.com/sealpost/sealpost/store"
)

func runInit(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("init", stderr)
	hostname := fs.String("hostname", conf.Default().Hostname, "the relay's host name")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir := "."
	if fs.NArg() > 1 {
		return errUsage
	} else if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	cfgPath := filepath.Join(dir, "sealpost.yaml")
	if exists(cfgPath) {
		return fmt.Errorf("%s exists: not overwriting it", cfgPath)
	}
	if err := writeNew(cfgPath, conf.Starter(*hostname), 0o600); err != nil {
		return err
	}
	if err := writeNew(filepath.Join(dir, "policy.yaml"), policy.DefaultYAML(), 0o644); err != nil {
		return err
	}
	cfg, err := conf.Load(cfgPath)
	if err != nil {
		return fmt.Errorf("starter config does not load: %w", err)
	}
	return initMaterial(cfg, cfgPath, stdout)
}

// initMaterial makes the keys and certificate a starter config names.
func initMaterial(cfg *conf.Config, cfgPath string, stdout io.Writer) error {
	if err := ensureTLS(cfg.TLS, cfg.Hostname); err != nil {
		return err
	}
	if err := ensureMasterKey(cfg.MasterKey.File); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Wrote %s, its policy, a self-signed certificate and a master key.\n", cfgPath)
	fmt.Fprintln(stdout, "Publish these DKIM records:")
	for _, k := range cfg.DKIM {
		algo := "rsa"
		if strings.Contains(k.KeyFile, "ed25519") {
			algo = "ed25519"
		}
		if _, err := ensureDKIMKey(k.KeyFile, algo); err != nil {
			return err
		}
		if err := printTXT(stdout, k.Domain, k.Selector, k.KeyFile); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "Then: sealpost user add -config %s NAME, and sealpost serve -config %s\n", cfgPath, cfgPath)
	return nil
}

func runDKIMKeygen(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("dkim keygen", stderr)
	domain := fs.String("domain", "", "signing domain (d=)")
	selector := fs.String("selector", "", "selector (s=)")
	algo := fs.String("algo", "rsa", "rsa (2048 bits) or ed25519")
	out := fs.String("out", "", "private key file (default SELECTOR.private)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *domain == "" || *selector == "" || fs.NArg() > 0 {
		return errUsage
	}
	if *out == "" {
		*out = *selector + ".private"
	}
	if _, err := ensureDKIMKey(*out, *algo); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "private key in %s\n", *out)
	return printTXT(stdout, *domain, *selector, *out)
}

// openStore opens the store of the config at path.
func openStore(path string) (store.Store, error) {
	cfg, err := loadConfig(path)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, err
	}
	return store.OpenSQLite(relay.StorePath(cfg), nil)
}

func runUserAdd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("user add", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	var may listFlag
	fs.Var(&may, "may-send-as", "address pattern the account may send as (user@domain, @domain, *); repeatable")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errUsage
	}
	name := fs.Arg(0)
	if len(may) == 0 && strings.Contains(name, "@") {
		may = listFlag{name}
	}
	if len(may) == 0 {
		return fmt.Errorf("give -may-send-as: %q is not an address", name)
	}
	fmt.Fprint(stderr, "Password (one line on stdin): ")
	password, err := bufio.NewReader(stdin).ReadString('\n')
	password = strings.TrimRight(password, "\r\n")
	if password == "" {
		return fmt.Errorf("no password given on stdin")
	}
	hash, err := passwd.Hash(password)
	if err != nil {
		return err
	}
	st, err := openStore(*path)
	if err != nil {
		return err
	}
	defer st.Close()
	u := &store.User{Name: name, Hash: hash, MaySendAs: may, Created: time.Now()}
	if err := st.AddUser(context.Background(), u); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nadded %s (may send as %s)\n", name, strings.Join(may, ", "))
	return nil
}

// withStore parses a command that takes -config and nargs arguments, and
// runs fn over the config's store.
func withStore(name string, args []string, stderr io.Writer, nargs int, fn func(st store.Store, args []string) error) error {
	fs := newFlags(name, stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != nargs {
		return errUsage
	}
	st, err := openStore(*path)
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st, fs.Args())
}

func runUserList(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	return withStore("user list", args, stderr, 0, func(st store.Store, _ []string) error {
		users, err := st.Users(context.Background())
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "NAME\tMAY SEND AS\tCREATED")
		for _, u := range users {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", u.Name, strings.Join(u.MaySendAs, ","), u.Created.Format(time.DateOnly))
		}
		return tw.Flush()
	})
}

func runUserRemove(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	return withStore("user remove", args, stderr, 1, func(st store.Store, args []string) error {
		if err := st.RemoveUser(context.Background(), args[0]); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "removed %s\n", args[0])
		return nil
	})
}

func runAuditVerify(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("audit verify", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	file := fs.String("file", "", "audit log file (default: the config's)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *file == "" {
		cfg, err := loadConfig(*path)
		if err != nil {
			return err
		}
		*file = relay.AuditPath(cfg)
	}
	f, err := os.Open(*file)
	if err != nil {
		return err
	}
	defer f.Close()
	n, err := audit.Verify(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *file, err)
	}
	fmt.Fprintf(stdout, "%s: hash chain intact, %d entries\n", *file, n)
	return nil
}

func runQueueList(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	return withStore("queue list", args, stderr, 0, func(st store.Store, _ []string) error {
		ms, err := st.Messages(context.Background(), 1000)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tRECEIVED\tSIZE\tLEVEL\tRECIPIENT\tSTATE\tATTEMPTS\tLAST ERROR")
		for _, m := range ms {
			for _, r := range m.Recipients {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%d\t%s\n", m.ID, m.Received.Format(time.DateTime),
					m.Size, m.Level, r.Addr, r.State, r.Attempts, r.LastError)
			}
		}
		return tw.Flush()
	})
}

func runPolicyCheck(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("policy check", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	if err := fs.Parse(args); err != nil {
		return err
	}
	file, err := policyFile(*path, fs.Arg(0))
	if err != nil {
		return err
	}
	if file == "" {
		fmt.Fprintln(stdout, "no policy_file configured: the built-in policy applies")
		return nil
	}
	pol, err := policy.Load(file)
	if err != nil {
		return err
	}
	for _, w := range pol.Warnings {
		fmt.Fprintln(stdout, w)
	}
	fmt.Fprintf(stdout, "%s: OK\n", file)
	return nil
}

// policyFile returns file, else the policy_file of the config at
// configPath; "" means the built-in policy.
func policyFile(configPath, file string) (string, error) {
	if file != "" {
		return file, nil
	}
	cfg, err := loadConfig(configPath)
	if err != nil {
		return "", err
	}
	return cfg.PolicyFile, nil
}
