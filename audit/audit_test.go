package audit

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sealpost/sealpost/policy"
)

var discard = slog.New(slog.DiscardHandler)

func openLog(t testing.TB, path string) *Log {
	t.Helper()
	l, err := Open(path, discard)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func appendOK(t testing.TB, l *Log, evs ...Event) {
	t.Helper()
	if err := l.Append(context.Background(), evs...); err != nil {
		t.Fatal(err)
	}
}

func closeLog(t testing.TB, l *Log) {
	t.Helper()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
}

func verifyFile(t *testing.T, path string) (int, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Verify(f)
}

// lines reads the log as lines with their newlines.
func lines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ls := strings.SplitAfter(string(data), "\n")
	return ls[:len(ls)-1] // after the last newline: ""
}

// writeLines writes a (tampered) log.
func writeLines(t *testing.T, path string, ls []string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(strings.Join(ls, "")), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentAppendsGroupCommit: 50 goroutines append at once; the
// chain verifies, every Append got consecutive seqs, and the writes were
// batched (far fewer fsyncs than Appends).
func TestConcurrentAppendsGroupCommit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	var syncs atomic.Int64
	slowSync := func(f *os.File) error {
		syncs.Add(1)
		time.Sleep(2 * time.Millisecond)
		return f.Sync()
	}
	l, err := open(path, discard, slowSync)
	if err != nil {
		t.Fatal(err)
	}
	const goroutines, appends = 50, 20
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range appends {
				evs := make([]Event, 1+(g+i)%3)
				for j := range evs {
					evs[j] = Event{Type: TypeDecision, Recipient: fmt.Sprintf("r%d-%d-%d@example.net", g, i, j)}
				}
				if err := l.Append(context.Background(), evs...); err != nil {
					t.Error(err)
					return
				}
				for j := range evs {
					if evs[j].Seq != evs[0].Seq+uint64(j) || evs[j].Hash == "" {
						t.Errorf("events of one Append not consecutive: seq %d after %d", evs[j].Seq, evs[0].Seq)
					}
				}
			}
		})
	}
	wg.Wait()
	closeLog(t, l)
	want := 0
	for g := range goroutines {
		for i := range appends {
			want += 1 + (g+i)%3
		}
	}
	if n, err := verifyFile(t, path); err != nil || n != want {
		t.Fatalf("Verify = %d, %v; want %d lines intact", n, err, want)
	}
	if s := syncs.Load(); s > goroutines*appends/4 {
		t.Errorf("%d fsyncs for %d Appends: concurrent appends are not group committed", s, goroutines*appends)
	}
}

func TestReopenContinuesChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	for i := range 3 {
		l := openLog(t, path)
		ev := Event{Type: TypeDelivery, Attempt: i + 1}
		appendOK(t, l, ev, ev)
		closeLog(t, l)
	}
	if n, err := verifyFile(t, path); err != nil || n != 6 {
		t.Fatalf("Verify = %d, %v; want 6 lines across 3 opens", n, err)
	}
	l := openLog(t, path)
	ev := Event{Type: TypeDSN}
	appendOK(t, l, ev)
	closeLog(t, l)
	ls := lines(t, path)
	if want := `"seq":7,`; !strings.Contains(ls[6], want) || !strings.Contains(ls[6], `"prev":"`+hashOf(t, ls[5])+`"`) {
		t.Errorf("line 7 does not continue line 6:\n%s%s", ls[5], ls[6])
	}
}

func hashOf(t *testing.T, line string) string {
	t.Helper()
	i := strings.LastIndex(line, `"hash":"`)
	return line[i+8 : i+8+64]
}

func TestOpenRefusesEditedLastLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	appendOK(t, l, Event{Type: TypeDecision, Rule: "phi"}, Event{Type: TypeDecision, Rule: "phi"})
	closeLog(t, l)
	ls := lines(t, path)
	ls[1] = strings.Replace(ls[1], `"rule":"phi"`, `"rule":"default"`, 1)
	writeLines(t, path, ls)
	_, err := Open(path, discard)
	want := "audit: " + path + ": last line does not verify, refusing to extend the chain: edited: its content does not match its hash (check with 'sealpost audit verify')"
	if err == nil || err.Error() != want {
		t.Fatalf("Open = %v\nwant %s", err, want)
	}
}

func TestOpenDropsUnfinishedLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	appendOK(t, l, Event{Type: TypeDecision})
	closeLog(t, l)
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"seq":2,"time":"2026-11-2`) // a write cut short
	f.Close()
	if _, err := verifyFile(t, path); err == nil || !strings.HasPrefix(err.Error(), "audit: line 2: unfinished last line") {
		t.Errorf("Verify of a cut line = %v", err)
	}
	var logs bytes.Buffer
	l, err = Open(path, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatalf("Open after an interrupted write: %v", err)
	}
	appendOK(t, l, Event{Type: TypeDecision})
	closeLog(t, l)
	if n, err := verifyFile(t, path); err != nil || n != 2 {
		t.Errorf("Verify = %d, %v; want 2 lines", n, err)
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "bytes=26") {
		t.Errorf("no warning about the dropped bytes:\n%s", logs.String())
	}
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "audit.log")
	l := openLog(t, path)
	closeLog(t, l)
	for p, want := range map[string]os.FileMode{path: 0o600, filepath.Dir(path): 0o700} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", p, st.Mode().Perm(), want)
		}
	}
}

// TestVerifyNamesTheLine tampers with a 5-line log in each way Verify must
// catch, and checks the whole error text.
func TestVerifyNamesTheLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	for i := range 5 {
		appendOK(t, l, Event{Type: TypeDelivery, MessageID: "m1", Recipient: "pat@example.net", Result: "deferred", Attempt: i + 1})
	}
	closeLog(t, l)
	ls := lines(t, path)
	if n, err := verifyFile(t, path); err != nil || n != 5 {
		t.Fatalf("untouched log: %d, %v", n, err)
	}
	rewritten := rehash(t, strings.Replace(ls[1], "deferred", "delivered", 1))
	cases := []struct {
		name  string
		lines []string
		good  int
		want  string
	}{
		{"edited field", edit(ls, 2, `"attempt":3`, `"attempt":1`), 2,
			"audit: line 3: edited: its content does not match its hash"},
		{"field added", edit(ls, 1, `"type"`, `"note":"x","type"`), 1,
			"audit: line 2: edited: not in the form the log writes (a field added, removed, reordered or respelled)"},
		{"middle line deleted", drop(ls, 2), 2,
			"audit: line 3: seq 4 where 3 was expected: 1 line(s) missing before it (deleted), or lines out of order"},
		{"first line deleted", drop(ls, 0), 0,
			"audit: line 1: seq 2 where 1 was expected: 1 line(s) missing before it (deleted), or lines out of order"},
		{"lines swapped", []string{ls[0], ls[2], ls[1], ls[3], ls[4]}, 1,
			"audit: line 2: seq 3 where 2 was expected: 1 line(s) missing before it (deleted), or lines out of order"},
		{"line repeated", []string{ls[0], ls[1], ls[1], ls[2]}, 2,
			"audit: line 3: seq 2 where 3 was expected: lines out of order or repeated"},
		{"line replaced and rehashed", []string{ls[0], rewritten, ls[2], ls[3]}, 2,
			"audit: line 3: prev does not match the hash of line 2 (that line was replaced)"},
		{"bad JSON", edit(ls, 3, "{", "x"), 3,
			"audit: line 4: not an audit event: invalid character 'x' looking for beginning of value"},
		{"empty line", []string{ls[0], "\n", ls[1]}, 1,
			"audit: line 2: empty line: not an audit event"},
		{"unfinished last line", []string{ls[0], ls[1][:40]}, 1,
			"audit: line 2: unfinished last line, without its newline (a write cut short by a crash; the next Open drops it)"},
	}
	for _, c := range cases {
		good, err := Verify(strings.NewReader(strings.Join(c.lines, "")))
		if err == nil || err.Error() != c.want || good != c.good {
			t.Errorf("%s: Verify = %d, %v\nwant       %d, %s", c.name, good, err, c.good, c.want)
		}
	}
}

func edit(ls []string, i int, old, new string) []string {
	out := append([]string{}, ls...)
	out[i] = strings.Replace(out[i], old, new, 1)
	return out
}

func drop(ls []string, i int) []string {
	return append(append([]string{}, ls[:i]...), ls[i+1:]...)
}

// rehash recomputes the hash of an edited line, as a forger would.
func rehash(t *testing.T, line string) string {
	t.Helper()
	i := strings.LastIndex(line, hashSuffix)
	body := line[:i] + "}"
	prev := body[strings.Index(body, `"prev":"`)+8:][:64]
	sum := sha256.Sum256([]byte(prev + body))
	return line[:i] + hashSuffix + hex.EncodeToString(sum[:]) + "\"}\n"
}

// TestLineFormat pins the format an auditor relies on: field names, no
// HTML escaping, and hash = sha256(prev + line without its hash).
func TestLineFormat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	at := time.Date(2026, 11, 23, 10, 0, 0, 0, time.FixedZone("CET", 3600))
	appendOK(t, l, Event{Time: at, Type: TypeDelivery, MessageID: "<a&b@example.org>", Sender: "dr@example.org",
		Recipient: "pat@example.net", Method: "tls-verified", RemoteHost: "mx.example.net", TLSVersion: "TLS1.3",
		TLSVerified: true, Result: "delivered", Attempt: 1})
	closeLog(t, l)
	line := lines(t, path)[0]
	want := `{"seq":1,"time":"2026-11-23T09:00:00Z","type":"delivery","msgid":"<a&b@example.org>",` +
		`"sender":"dr@example.org","rcpt":"pat@example.net","method":"tls-verified","remote":"mx.example.net",` +
		`"tls":"TLS1.3","tls_verified":true,"result":"delivered","attempt":1,"prev":"` + genesis + `","hash":"`
	if !strings.HasPrefix(line, want) {
		t.Fatalf("line\n%s\nwant prefix\n%s", line, want)
	}
	sum := sha256.Sum256([]byte(genesis + strings.TrimSuffix(want, hashSuffix) + "}"))
	if got := hashOf(t, line); got != hex.EncodeToString(sum[:]) {
		t.Errorf("hash %s, want sha256(prev + line without hash) = %x", got, sum)
	}
}

func TestDecisionEvents(t *testing.T) {
	s := policy.Sensitivity{Score: 75, Level: policy.LevelRestricted, Findings: []policy.Finding{
		{Kind: "ssn", Count: 2, Where: policy.WhereBody}, {Kind: "hiv", Count: 1, Where: policy.WhereSubject}, {Kind: "ssn", Count: 1}}}
	ds := []policy.Decision{
		{Recipient: "pat@example.net", Method: policy.MethodPGP, Fallbacks: []policy.Method{policy.MethodSMIME, policy.MethodPickup}, Rule: "restricted", Reason: "recipient has a PGP key"},
		{Recipient: "lab@example.com", Method: policy.MethodPickup, Rule: "restricted", Reason: "no key, no verified TLS"},
	}
	evs := DecisionEvents("q123", "dr@example.org", s, ds)
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	appendOK(t, l, evs...)
	closeLog(t, l)
	ls := lines(t, path)
	wants := []string{
		`"type":"decision","msgid":"q123","sender":"dr@example.org","rcpt":"pat@example.net","level":"restricted","score":75,` +
			`"kinds":["ssn","hiv"],"rule":"restricted","method":"pgp","fallbacks":["smime","pickup"],"reason":"recipient has a PGP key","prev":`,
		`"type":"decision","msgid":"q123","sender":"dr@example.org","rcpt":"lab@example.com","level":"restricted","score":75,` +
			`"kinds":["ssn","hiv"],"rule":"restricted","method":"pickup","reason":"no key, no verified TLS","prev":`,
	}
	for i, want := range wants {
		if !strings.Contains(ls[i], want) {
			t.Errorf("line %d\n%s\nlacks\n%s", i+1, ls[i], want)
		}
	}
}

// TestFailedWriteIsUndone: when fsync fails the batch is cut off the file
// and reported, and the next append continues a whole chain.
func TestFailedWriteIsUndone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	var calls atomic.Int64
	failSecond := func(f *os.File) error {
		if calls.Add(1) == 2 {
			return errors.New("injected fsync failure")
		}
		return f.Sync()
	}
	l, err := open(path, discard, failSecond)
	if err != nil {
		t.Fatal(err)
	}
	appendOK(t, l, Event{Type: TypeDecision, Reason: "first"})
	if err := l.Append(context.Background(), Event{Type: TypeDecision, Reason: "lost"}); err == nil || !strings.Contains(err.Error(), "injected") {
		t.Fatalf("Append with a failing fsync = %v", err)
	}
	appendOK(t, l, Event{Type: TypeDecision, Reason: "third"})
	closeLog(t, l)
	if n, err := verifyFile(t, path); err != nil || n != 2 {
		t.Fatalf("Verify = %d, %v; want the 2 acknowledged lines", n, err)
	}
	if data, _ := os.ReadFile(path); bytes.Contains(data, []byte("lost")) {
		t.Error("the failed batch is still in the file")
	}
}

func TestUndoFailureStopsTheLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	var calls atomic.Int64
	failFromSecond := func(f *os.File) error {
		if calls.Add(1) >= 2 {
			return errors.New("disk gone")
		}
		return f.Sync()
	}
	l, err := open(path, discard, failFromSecond)
	if err != nil {
		t.Fatal(err)
	}
	appendOK(t, l, Event{Type: TypeDecision})
	l.Append(context.Background(), Event{Type: TypeDecision})
	err = l.Append(context.Background(), Event{Type: TypeDecision})
	if err == nil || !strings.HasPrefix(err.Error(), "audit: log unusable until reopened") {
		t.Errorf("Append after an undo failure = %v", err)
	}
	closeLog(t, l)
}

func TestEncodeErrorFailsAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	bad := Event{Type: TypeDecision, Time: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	if err := l.Append(context.Background(), Event{Type: TypeDecision}, bad); err == nil {
		t.Error("an event with a year-10000 time was written")
	}
	appendOK(t, l, Event{Type: TypeDecision})
	closeLog(t, l)
	if n, err := verifyFile(t, path); err != nil || n != 1 {
		t.Errorf("Verify = %d, %v; want only the good append (a failed Append writes none of its events)", n, err)
	}
}

func TestCloseWhileAppending(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	var wg sync.WaitGroup
	var ok atomic.Int64
	for range 20 {
		wg.Go(func() {
			for {
				err := l.Append(context.Background(), Event{Type: TypeDecision})
				if errors.Is(err, ErrClosed) {
					return
				}
				if err != nil {
					t.Error(err)
					return
				}
				ok.Add(1)
			}
		})
	}
	time.Sleep(20 * time.Millisecond)
	closeLog(t, l)
	wg.Wait()
	if n, err := verifyFile(t, path); err != nil || int64(n) != ok.Load() {
		t.Errorf("Verify = %d, %v; want the %d acknowledged lines", n, err, ok.Load())
	}
	if err := l.Close(); !errors.Is(err, ErrClosed) {
		t.Errorf("second Close = %v", err)
	}
}

func TestAppendCanceled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := l.Append(ctx, Event{Type: TypeDecision}); !errors.Is(err, context.Canceled) {
		t.Errorf("Append(canceled) = %v", err)
	}
	closeLog(t, l)
	if n, err := verifyFile(t, path); err != nil || n != 0 {
		t.Errorf("Verify = %d, %v; want an empty log", n, err)
	}
}

func BenchmarkAppendParallel(b *testing.B) {
	l := openLog(b, filepath.Join(b.TempDir(), "audit.log"))
	defer l.Close()
	b.SetParallelism(16)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := l.Append(context.Background(), Event{Type: TypeDecision, Recipient: "a@example.net", Rule: "default"}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
