package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/store"
)

// TestSMSConsentImport: numbers in any usual writing are recorded in
// E.164 as opt-ins (or opt-outs), beside a running daemon; a patient's
// own STOP is kept; the import is audited.
func TestSMSConsentImport(t *testing.T) {
	e := newDaemonEnv(t)
	ctx := context.Background()
	if _, err := e.st.SetConsent(ctx, store.Consent{Number: "+12025550177", ByRecipient: true, Via: "sms:SM1", At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(e.dir, "consent.csv")
	writeFile(t, file, "number,consent\n# from the intake forms\n(202) 555-0123\n+1 202 555 0124,out\n202.555.0177,in\n")
	var out, errOut bytes.Buffer
	if code := run([]string{"sms", "consent", "import", "-config", e.config, file}, nil, &out, &errOut); code != 0 {
		t.Fatalf("import: exit %d\n%s%s", code, out.String(), errOut.String())
	}
	if got := out.String(); !strings.Contains(got, "recorded 2 of 3 numbers") || !strings.Contains(got, "1 kept their opt-out") {
		t.Errorf("import says %q", got)
	}
	for number, want := range map[string]bool{"+12025550123": true, "+12025550124": false, "+12025550177": false} {
		c, err := e.st.Consent(ctx, number)
		if err != nil || c.OptedIn != want {
			t.Errorf("%s: %+v (%v), want opted in %v", number, c, err, want)
		}
	}
	if c, _ := e.st.Consent(ctx, "+12025550123"); c.Via != "import:consent.csv" || c.ByRecipient {
		t.Errorf("record %+v, want an import of consent.csv", c)
	}
	a, err := os.ReadFile(e.auditPath())
	if err != nil || !strings.Contains(string(a), `"type":"sms-consent-import"`) || !strings.Contains(string(a), `"count":2`) {
		t.Errorf("audit (%v):\n%s", err, a)
	}
}

// TestSMSConsentImportRefuses: one bad line stops the import before
// anything is recorded, and the error names each bad line.
func TestSMSConsentImportRefuses(t *testing.T) {
	e := newDaemonEnv(t)
	file := filepath.Join(e.dir, "consent.txt")
	writeFile(t, file, "2025550123\n555-1234\n2025550124,maybe\n")
	var out, errOut bytes.Buffer
	if code := run([]string{"sms", "consent", "import", "-config", e.config, file}, nil, &out, &errOut); code != 1 {
		t.Fatalf("import of a bad file: exit %d", code)
	}
	msg := errOut.String()
	if !strings.Contains(msg, file+":2: not a phone number") || !strings.Contains(msg, file+":3: second column") {
		t.Errorf("error:\n%s", msg)
	}
	if _, err := e.st.Consent(context.Background(), "+12025550123"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a good line of a refused file was recorded: %v", err)
	}
}
