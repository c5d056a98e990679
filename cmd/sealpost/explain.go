package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sealpost/sealpost/policy"
	"github.com/sealpost/sealpost/relay"
)

// explainReport is what `policy explain --json` prints.
type explainReport struct {
	File string `json:"file"`
	policy.Explanation
	Decisions []policy.Decision `json:"decisions,omitempty"`
}

// runPolicyExplain scores a message file and says why; with -rcpt, also
// the decision for each recipient. Matched text only with -show-matches.
func runPolicyExplain(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("policy explain", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml (its policy_file)")
	polFile := fs.String("policy", "", "policy file (default: the config's, else the built-in policy)")
	asJSON := fs.Bool("json", false, "print JSON")
	show := fs.Bool("show-matches", false, "also print the matched text (it may be PHI: never paste it in a ticket)")
	from := fs.String("from", "", "envelope sender (for senders: defaults and sender rules)")
	var rcpts listFlag
	fs.Var(&rcpts, "rcpt", "recipient to decide for (repeatable)")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return errUsage
	}
	pol, err := explainPolicy(*path, *polFile)
	if err != nil {
		return err
	}
	msg, err := os.ReadFile(files[0])
	if err != nil {
		return err
	}
	env := policy.Envelope{From: *from, Channel: "email"}
	rep := explainReport{File: files[0], Explanation: pol.Explain(msg, env, *show)}
	if len(rcpts) > 0 {
		decisions, err := explainDecisions(*path, pol, rep.Sensitivity, env, rcpts)
		if err != nil {
			return err
		}
		rep.Decisions = decisions
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printExplain(stdout, rep)
	return nil
}

// explainDecisions decides for each recipient as serve would: with a
// config, the keys of its keystore (and WKD, if the config turns it on)
// count, and pickup is open when the config turns the portal on.
func explainDecisions(configPath string, pol *policy.Policy, sens policy.Sensitivity, env policy.Envelope, rcpts []string) ([]policy.Decision, error) {
	var finder relay.Discoverer
	avail := relay.Deliverable
	if configPath != "" {
		cfg, err := loadConfig(configPath)
		if err != nil {
			return nil, err
		}
		st, err := openStore(configPath)
		if err != nil {
			return nil, err
		}
		defer st.Close()
		f, err := relay.NewFinder(cfg, st, pol)
		if err != nil {
			return nil, err
		}
		finder, avail = f, relay.WithEndToEnd
		if cfg.Pickup.Listen != "" {
			avail = relay.WithPickup(avail)
		}
	}
	if sens.Level == policy.LevelNone {
		finder = nil // serve looks keys up only for what needs protecting
	}
	var ds []policy.Decision
	for _, r := range rcpts {
		pos := relay.RecipientPosture(context.Background(), pol, finder, r)
		ds = append(ds, pol.Decide(sens, env, pos, avail))
	}
	return ds, nil
}

// parseInterleaved parses flags that may come before or after the file
// names, as admins type them.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return rest, nil
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func explainPolicy(configPath, file string) (*policy.Policy, error) {
	file, err := policyFile(configPath, file)
	if err != nil {
		return nil, err
	}
	if file == "" {
		return policy.Default(), nil
	}
	return policy.Load(file)
}

func printExplain(w io.Writer, rep explainReport) {
	fmt.Fprintf(w, "%s: level %s, score %d\n", rep.File, rep.Level, rep.Score)
	groups := make([]string, len(rep.Groups))
	for i, g := range rep.Groups {
		groups[i] = fmt.Sprintf("%s %d", g.Group, g.Weight)
		if g.Capped {
			groups[i] += " (capped)"
		}
	}
	fmt.Fprintf(w, "groups: %s\n", orNone(strings.Join(groups, ", ")))
	fmt.Fprintf(w, "context rules matched: %s\n\n", orNone(strings.Join(rep.Rules, ", ")))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FINDING\tGROUP\tWHERE\tCOUNT\tWEIGHT")
	for _, f := range rep.Findings {
		group := string(f.Group)
		if f.Where == policy.WhereMessage {
			group = "(context rule)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\n", f.Kind, orNone(group), f.Where, f.Count, f.Weight)
	}
	tw.Flush()
	printMatches(w, rep.Matches)
	for _, d := range rep.Decisions {
		fmt.Fprintf(w, "\n%s: %s (rule %s)", d.Recipient, policy.ChainString(d.Chain()), d.Rule)
		fmt.Fprintf(w, "\n  %s\n", d.Reason)
		if t := d.Pickup; t != (policy.PickupTerms{}) {
			fmt.Fprintf(w, "  pickup terms: %s\n", pickupTerms(t))
		}
	}
}

// pickupTerms says what a rule sets for its pickups, the defaults unsaid.
func pickupTerms(t policy.PickupTerms) string {
	var parts []string
	if t.Identity != "" {
		parts = append(parts, "identity "+string(t.Identity))
	}
	if t.Expire > 0 {
		parts = append(parts, "expire "+shortDuration(t.Expire))
	}
	if t.MaxViews > 0 {
		parts = append(parts, fmt.Sprintf("max views %d", t.MaxViews))
	}
	return strings.Join(parts, ", ")
}

// shortDuration drops a duration's zero tails: "72h", "1h30m", "90s".
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}

func printMatches(w io.Writer, matches map[string][]string) {
	if matches == nil {
		return
	}
	fmt.Fprintln(w, "\nmatched text (PHI: do not share):")
	kinds := make([]string, 0, len(matches))
	for k := range matches {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(w, "  %s: %q\n", k, matches[k])
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}
