package audit

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sealpost/sealpost/policy"
)

func openLog(t *testing.T, path string) *Log {
	t.Helper()
	l, err := Open(path, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestConcurrentAppendsChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				if err := l.Append(context.Background(), Event{Type: "decision", Recipient: "a@b"}, Event{Type: "decision"}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	l.Close()
	l = openLog(t, path) // reopening continues the chain
	l.Append(context.Background(), Event{Type: "delivery"})
	l.Close()
	f, _ := os.Open(path)
	defer f.Close()
	n, err := Verify(f)
	if err != nil || n != 1001 {
		t.Fatalf("Verify = %d, %v; want 1001 lines intact", n, err)
	}
}

func TestVerifyDetectsTampering(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	s := policy.Sensitivity{Score: 40, Level: policy.LevelPHI, Findings: []policy.Finding{{Kind: "ssn", Count: 1}}}
	for i := 0; i < 4; i++ {
		ds := []policy.Decision{{Recipient: "pat@example.net", Method: policy.MethodTLSVerified, Rule: "phi"}}
		if err := l.Append(context.Background(), DecisionEvents("m1", "dr@example.org", s, ds)...); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	data, _ := os.ReadFile(path)
	lines := strings.SplitAfter(strings.TrimSuffix(string(data), "\n"), "\n")
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"edited field", replace(lines, 1, `"rule":"phi"`, `"rule":"default"`), "audit: line 2: hash mismatch (the line was edited)"},
		{"deleted line", append(append([]string{}, lines[:1]...), lines[2:]...), "audit: line 2: sequence 3 where 2 was expected"},
		{"swapped lines", []string{lines[1], lines[0], lines[2], lines[3]}, "audit: line 1: sequence 2 where 1 was expected"},
		{"garbage", replace(lines, 3, "{", "x"), "audit: line 4: not an audit event"},
	}
	for _, c := range cases {
		_, err := Verify(strings.NewReader(strings.Join(c.lines, "")))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: Verify = %v, want %q", c.name, err, c.want)
		}
	}
	if !bytes.Contains(data, []byte(`"kinds":["ssn"]`)) || !bytes.Contains(data, []byte(`"level":"phi"`)) {
		t.Errorf("decision line lacks level or finding kinds:\n%s", lines[0])
	}
}

func TestOpenRefusesBrokenTail(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	l.Append(context.Background(), Event{Type: "decision", Rule: "phi"})
	l.Close()
	data, _ := os.ReadFile(path)
	os.WriteFile(path, bytes.Replace(data, []byte("phi"), []byte("xyz"), 1), 0o600)
	if _, err := Open(path, slog.New(slog.DiscardHandler)); err == nil {
		t.Fatal("Open extended a chain whose last line was edited")
	}
}

func replace(lines []string, i int, old, new string) []string {
	out := append([]string{}, lines...)
	out[i] = strings.Replace(out[i], old, new, 1)
	return out
}

func BenchmarkAppendParallel(b *testing.B) {
	l, _ := Open(filepath.Join(b.TempDir(), "audit.log"), slog.New(slog.DiscardHandler))
	defer l.Close()
	b.SetParallelism(10)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			l.Append(context.Background(), Event{Type: "decision", Recipient: "a@example.net", Rule: "default"})
		}
	})
}
