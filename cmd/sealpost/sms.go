package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sealpost/sealpost/audit"
	"github.com/sealpost/sealpost/channels/sms"
	"github.com/sealpost/sealpost/store"
)

// consentLine is one record of a consent import.
type consentLine struct {
	number string // E.164
	optIn  bool
}

// runSMSConsentImport records opt-ins (or opt-outs) from a file: one
// number per line, or CSV whose first column is the number and whose
// optional second says "in" (the default) or "out". A STOP a patient
// texted stays: only the patient's START undoes it. Every line is checked
// before anything is recorded: a bad one stops the import, naming its
// file and line.
func runSMSConsentImport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("sms consent import", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml")
	source := fs.String("source", "", "where the consent was given, for the record (default: the file's name)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errUsage
	}
	name := fs.Arg(0)
	lines, err := readConsentFile(name, stdin)
	if err != nil {
		return err
	}
	if *source == "" {
		*source = filepath.Base(name)
	}
	a, err := openPickupAdmin(*path, true, stderr)
	if err != nil {
		return err
	}
	defer a.close()
	applied, kept, err := importConsent(context.Background(), a.st, lines, "import:"+*source)
	if err != nil {
		return err
	}
	ev := audit.Event{Type: "sms-consent-import", Actor: a.actor, Count: applied, Reason: fmt.Sprintf(
		"%d records from %s; %d kept the recipient's own opt-out", len(lines), *source, kept)}
	if err := a.audit.Append(context.Background(), ev); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "recorded %d of %d numbers", applied, len(lines))
	if kept > 0 {
		fmt.Fprintf(stdout, "; %d kept their opt-out (the patient texted STOP; only their START undoes it)", kept)
	}
	fmt.Fprintln(stdout)
	return nil
}

func importConsent(ctx context.Context, st store.ConsentStore, lines []consentLine, via string) (applied, kept int, err error) {
	now := time.Now()
	for _, l := range lines {
		ok, err := st.SetConsent(ctx, store.Consent{Number: l.number, OptedIn: l.optIn, Via: via, At: now})
		if err != nil {
			return applied, kept, err
		}
		if ok {
			applied++
		} else {
			kept++
		}
	}
	return applied, kept, nil
}

// readConsentFile reads and checks every line of name ("-": stdin).
func readConsentFile(name string, stdin io.Reader) ([]consentLine, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	cr := csv.NewReader(bufio.NewReader(r))
	cr.FieldsPerRecord, cr.Comment, cr.TrimLeadingSpace = -1, '#', true
	var out []consentLine
	var errs []error
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		l, err := parseConsent(rec)
		switch {
		case errors.Is(err, errHeader) && len(out) == 0 && len(errs) == 0:
		case err != nil:
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
		default:
			out = append(out, l)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("nothing imported:\n%w", errors.Join(errs...))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no numbers", name)
	}
	return out, nil
}

var errHeader = errors.New("a header line")

func parseConsent(rec []string) (consentLine, error) {
	first := strings.TrimSpace(rec[0])
	if strings.EqualFold(first, "number") || strings.EqualFold(first, "phone") {
		return consentLine{}, errHeader
	}
	e164, err := sms.Normalize(first)
	var ne *sms.NumberError
	if errors.As(err, &ne) {
		return consentLine{}, fmt.Errorf("not a phone number: %s", ne.Why)
	}
	if err != nil {
		return consentLine{}, err
	}
	l := consentLine{number: e164, optIn: true}
	if len(rec) > 1 {
		switch strings.ToLower(strings.TrimSpace(rec[1])) {
		case "", "in", "opt-in", "yes":
		case "out", "opt-out", "no":
			l.optIn = false
		default:
			return consentLine{}, fmt.Errorf("second column %q: want in or out", rec[1])
		}
	}
	return l, nil
}
