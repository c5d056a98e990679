package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/apikey"
	"github.com/sealpost/sealpost/store"
)

// runAPIKeyAdd makes a key, stores its hash and prints the key: the only
// time anyone sees it.
func runAPIKeyAdd(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("apikey add", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	var may listFlag
	fs.Var(&may, "may-send-as", "address pattern the key may send as (user@domain, @domain, *); repeatable")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errUsage
	}
	name := fs.Arg(0)
	if name == "" || strings.IndexFunc(name, func(r rune) bool { return unicode.IsSpace(r) || !unicode.IsPrint(r) }) >= 0 {
		return fmt.Errorf("name %q: want a name without spaces or control characters", name)
	}
	if len(may) == 0 && strings.Contains(name, "@") {
		may = listFlag{name}
	}
	if len(may) == 0 {
		return fmt.Errorf("give -may-send-as: %q is not an address", name)
	}
	if err := checkSenderPatterns(may); err != nil {
		return err
	}
	a, err := openPickupAdmin(*path, true, stderr)
	if err != nil {
		return err
	}
	defer a.close()
	key, id, hash := apikey.New()
	k := &store.APIKey{ID: id, Name: name, Hash: hash, MaySendAs: may, Created: time.Now()}
	if err := a.st.AddAPIKey(context.Background(), k); err != nil {
		return err
	}
	ev := audit.Event{Type: "apikey-added", Actor: a.actor, Reason: fmt.Sprintf("API key %s, ID %s, may send as %s", name, id, strings.Join(may, ", "))}
	if err := a.audit.Append(context.Background(), ev); err != nil {
		return fmt.Errorf("the key was added but not audited: %w", err)
	}
	fmt.Fprintf(stdout, "added API key %s, ID %s (may send as %s)\n", name, id, strings.Join(may, ", "))
	fmt.Fprintf(stdout, "%s\n", key)
	fmt.Fprintln(stdout, "This key cannot be shown again: only its hash is stored. Give it to the client now.")
	return nil
}

// checkSenderPatterns names every pattern that is not one, in one error.
func checkSenderPatterns(patterns []string) error {
	var bad []string
	for _, p := range patterns {
		if !conf.ValidSenderPattern(p) {
			bad = append(bad, fmt.Sprintf("%q", p))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("-may-send-as %s: want user@domain, @domain or *", strings.Join(bad, ", "))
	}
	return nil
}

func runAPIKeyList(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	return withStore("apikey list", args, stderr, 0, func(st store.Store, _ []string) error {
		keys, err := st.APIKeys(context.Background())
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "NAME\tID\tMAY SEND AS\tCREATED")
		for _, k := range keys {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", k.Name, k.ID, strings.Join(k.MaySendAs, ","), k.Created.Format(time.DateOnly))
		}
		return tw.Flush()
	})
}

func runAPIKeyRemove(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("apikey remove", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errUsage
	}
	a, err := openPickupAdmin(*path, true, stderr)
	if err != nil {
		return err
	}
	defer a.close()
	name := fs.Arg(0)
	if err := a.st.RemoveAPIKey(context.Background(), name); err != nil {
		return err
	}
	if err := a.audit.Append(context.Background(), audit.Event{Type: "apikey-removed", Actor: a.actor, Reason: "API key " + name}); err != nil {
		return fmt.Errorf("the key was removed but not audited: %w", err)
	}
	fmt.Fprintf(stdout, "removed API key %s\n", name)
	return nil
}
