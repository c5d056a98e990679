// Command sealpost is the Sealpost relay: one binary for the server and its
// administration. Each command parses its flags and calls the packages that
// do the work.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// command is one CLI command with its help text beside it.
type command struct {
	name  string
	usage string
	short string
	run   func(args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"serve", "serve [-config sealpost.yaml]", "run the relay (no config: embedded defaults)", runServe},
		{"init", "init [dir]", "write a starter config, policy, TLS cert, DKIM keys and master key", runInit},
		{"user add", "user add [-config F] [-may-send-as PATTERN]... NAME  (password on stdin)", "add an SMTP account", runUserAdd},
		{"user list", "user list [-config F]", "list SMTP accounts", runUserList},
		{"user remove", "user remove [-config F] NAME", "remove an SMTP account", runUserRemove},
		{"apikey add", "apikey add [-config F] [-may-send-as PATTERN]... NAME", "make an HTTP API key and print it, once", runAPIKeyAdd},
		{"apikey list", "apikey list [-config F]", "list HTTP API keys: name, ID, senders (never the key)", runAPIKeyList},
		{"apikey remove", "apikey remove [-config F] NAME", "remove an HTTP API key", runAPIKeyRemove},
		{"keys add", "keys add [-config F] [-for ADDR|@DOMAIN]... FILE", "import recipients' OpenPGP keys or S/MIME certificates", runKeysAdd},
		{"keys list", "keys list [-config F] [ADDR|@DOMAIN]", "list the imported recipient keys", runKeysList},
		{"keys remove", "keys remove [-config F] [-for ADDR|@DOMAIN] FINGERPRINT", "remove an imported recipient key", runKeysRemove},
		{"dkim keygen", "dkim keygen -domain D -selector S [-algo rsa|ed25519] [-out FILE]", "make a DKIM key and print its DNS TXT record", runDKIMKeygen},
		{"audit verify", "audit verify [-config F | -file audit.log]", "check the audit log's hash chain", runAuditVerify},
		{"queue list", "queue list [-config F]", "list queued messages", runQueueList},
		{"pickup list", "pickup list [-config F] [-all]", "list secure pickups: state, recipient, dates, views (-all: purged too)", runPickupList},
		{"pickup revoke", "pickup revoke [-config F] [-reason TEXT] ID...", "close pickup links for good, audited", runPickupRevoke},
		{"pickup rotate", "pickup rotate [-config F]", "rewrap every pickup body under the current master key, audited", runPickupRotate},
		{"pickup templates", "pickup templates [-config F] [DIR]", "write the built-in notice and code mail templates into DIR to edit", runPickupTemplates},
		{"sms consent import", "sms consent import [-config F] [-source NAME] FILE|-",
			"record opt-ins for texts: a number per line, or CSV number,in|out", runSMSConsentImport},
		{"policy check", "policy check [-config F | FILE]", "check a policy file, errors with file:line:col", runPolicyCheck},
		{"policy explain", "policy explain [-config F | -policy FILE] [-json] [-rcpt ADDR]... [-from ADDR] [-show-matches] MSG.eml",
			"score a message and say why; with -rcpt, the decision", runPolicyExplain},
	}
}

// errUsage makes main print the command's usage.
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd, rest := lookup(args)
	if cmd == nil {
		usage(stderr)
		return 2
	}
	err := cmd.run(rest, stdin, stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage), errors.Is(err, flag.ErrHelp):
		fmt.Fprintf(stderr, "usage: sealpost %s\n", cmd.usage)
		return 2
	default:
		fmt.Fprintf(stderr, "sealpost %s: %v\n", cmd.name, err)
		return 1
	}
}

// lookup finds the longest command name the arguments start with.
func lookup(args []string) (*command, []string) {
	cmds := commands()
	sort.Slice(cmds, func(i, j int) bool { return len(cmds[i].name) > len(cmds[j].name) })
	for i := range cmds {
		words := strings.Fields(cmds[i].name)
		if len(args) >= len(words) && strings.Join(args[:len(words)], " ") == cmds[i].name {
			return &cmds[i], args[len(words):]
		}
	}
	return nil, nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Sealpost: outbound relay for healthcare mail.\n\nUsage:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  sealpost %-70s %s\n", c.usage, c.short)
	}
}

// newFlags returns a FlagSet that reports errors instead of exiting.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }
