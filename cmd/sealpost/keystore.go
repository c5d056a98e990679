package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sealpost/sealpost/crypto/keys"
	"github.com/sealpost/sealpost/store"
)

// runKeysAdd imports recipients' OpenPGP keys or S/MIME certificates,
// each for the addresses it names or for the -for patterns.
func runKeysAdd(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("keys add", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	var matches listFlag
	fs.Var(&matches, "for", `address or "@domain" the key serves (default: the addresses in the key); repeatable`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errUsage
	}
	for _, m := range matches {
		if !validMatch(m) {
			return fmt.Errorf("-for %q: want an address or @domain", m)
		}
	}
	data, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	imported, err := keys.Parse(data)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	st, err := openStore(*path)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, k := range imported {
		if err := addKey(st, k, matches, stdout); err != nil {
			return err
		}
	}
	return nil
}

func addKey(st store.Store, k keys.Imported, matches []string, stdout io.Writer) error {
	if len(matches) == 0 {
		matches = k.Emails
	}
	if len(matches) == 0 {
		return fmt.Errorf("%s key %s names no address: give -for", k.Kind, k.Fingerprint)
	}
	now := time.Now()
	for _, m := range matches {
		err := st.AddKey(context.Background(), &store.RecipientKey{Kind: k.Kind, Match: m, Fingerprint: k.Fingerprint, Data: k.Data, Added: now})
		if errors.Is(err, store.ErrExists) {
			fmt.Fprintf(stdout, "%s key %s for %s is already there\n", k.Kind, k.Fingerprint, m)
			continue
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "added %s key %s (%s, %s) for %s\n", k.Kind, k.Fingerprint, k.Algorithm, expiry(k.Expires), strings.ToLower(m))
	}
	if !k.Expires.IsZero() && k.Expires.Before(now) {
		fmt.Fprintf(stdout, "warning: %s key %s expired on %s: it will not be used\n", k.Kind, k.Fingerprint, k.Expires.Format(time.DateOnly))
	}
	return nil
}

func validMatch(m string) bool {
	at := strings.LastIndexByte(m, '@')
	return at >= 0 && at < len(m)-1 && !strings.ContainsAny(m, " \t*")
}

func expiry(t time.Time) string {
	if t.IsZero() {
		return "no expiry"
	}
	return "expires " + t.Format(time.DateOnly)
}

// runKeysList lists the keystore, or the keys for one address or domain.
func runKeysList(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("keys list", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return errUsage
	}
	st, err := openStore(*path)
	if err != nil {
		return err
	}
	defer st.Close()
	var ks []*store.RecipientKey
	if fs.NArg() == 1 {
		ks, err = st.Keys(context.Background(), fs.Arg(0))
	} else {
		ks, err = st.Keys(context.Background())
	}
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FOR\tKIND\tFINGERPRINT\tALGORITHM\tEXPIRES\tADDED")
	for _, k := range ks {
		algo, exp := describeStored(k)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", k.Match, k.Kind, k.Fingerprint, algo, exp, k.Added.Format(time.DateOnly))
	}
	return tw.Flush()
}

// describeStored reads back a stored key's algorithm and expiry.
func describeStored(k *store.RecipientKey) (algo, expires string) {
	ps, err := keys.Parse(k.Data)
	if err != nil || len(ps) != 1 {
		return "unreadable", "-"
	}
	if ps[0].Expires.IsZero() {
		return ps[0].Algorithm, "never"
	}
	return ps[0].Algorithm, ps[0].Expires.Format(time.DateOnly)
}

// runKeysRemove removes a key by fingerprint, everywhere or for one
// address or domain.
func runKeysRemove(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("keys remove", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	match := fs.String("for", "", `remove it only for this address or "@domain"`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errUsage
	}
	fpr := strings.NewReplacer(" ", "", ":", "").Replace(fs.Arg(0))
	st, err := openStore(*path)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.RemoveKey(context.Background(), fpr, *match)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "removed %d entr%s for key %s\n", n, map[bool]string{true: "y", false: "ies"}[n == 1], strings.ToLower(fpr))
	return nil
}
