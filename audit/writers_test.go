//go:build unix

package audit

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// recipients returns how many lines of the log name each recipient.
func recipients(t *testing.T, path string) map[string]int {
	t.Helper()
	seen := map[string]int{}
	for _, line := range lines(t, path) {
		ev, err := checkLine([]byte(strings.TrimSuffix(line, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		seen[ev.Recipient]++
	}
	return seen
}

// TestTwoLogsOneFile: two Logs opened on one file (as the daemon and the
// CLI do) append from many goroutines at once; the file is one chain
// holding every event exactly once.
func TestTwoLogsOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	logs := []*Log{openLog(t, path), openLog(t, path)}
	const goroutines, appends = 8, 40
	var wg sync.WaitGroup
	for w, l := range logs {
		for g := range goroutines {
			wg.Go(func() {
				for i := range appends {
					ev := Event{Type: TypeDecision, Recipient: fmt.Sprintf("w%d-g%d-%d@example.net", w, g, i)}
					if err := l.Append(context.Background(), ev); err != nil {
						t.Error(err)
						return
					}
				}
			})
		}
	}
	wg.Wait()
	for _, l := range logs {
		closeLog(t, l)
	}
	want := len(logs) * goroutines * appends
	if n, err := verifyFile(t, path); err != nil || n != want {
		t.Fatalf("Verify = %d, %v; want %d lines in one chain", n, err, want)
	}
	seen := recipients(t, path)
	for w := range logs {
		for g := range goroutines {
			for i := range appends {
				if r := fmt.Sprintf("w%d-g%d-%d@example.net", w, g, i); seen[r] != 1 {
					t.Errorf("%s: %d lines, want 1", r, seen[r])
				}
			}
		}
	}
}

// TestLogTakesUpOthersChain: a Log that another writer appended after
// continues from that writer's last line, and so does a reopen.
func TestLogTakesUpOthersChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	daemon := openLog(t, path)
	appendOK(t, daemon, Event{Type: TypeDecision, Reason: "daemon 1"})
	cli := openLog(t, path)
	appendOK(t, cli, Event{Type: TypeDecision, Reason: "cli 1"}, Event{Type: TypeDecision, Reason: "cli 2"})
	closeLog(t, cli)
	appendOK(t, daemon, Event{Type: TypeDecision, Reason: "daemon 2"})
	closeLog(t, daemon)
	again := openLog(t, path)
	appendOK(t, again, Event{Type: TypeDecision, Reason: "reopened"})
	closeLog(t, again)
	if n, err := verifyFile(t, path); err != nil || n != 5 {
		t.Fatalf("Verify = %d, %v; want 5 lines in one chain", n, err)
	}
	ls := lines(t, path)
	for i, want := range []string{"daemon 1", "cli 1", "cli 2", "daemon 2", "reopened"} {
		if !strings.Contains(ls[i], `"seq":`+strconv.Itoa(i+1)+`,`) || !strings.Contains(ls[i], `"reason":"`+want+`"`) {
			t.Errorf("line %d is not seq %d %q:\n%s", i+1, i+1, want, ls[i])
		}
	}
}

// TestLogRefusesWhatItCannotFollow: lines left by others that do not hold
// stop the Log, with the reason.
func TestLogRefusesWhatItCannotFollow(t *testing.T) {
	cases := []struct {
		name   string
		tamper func(t *testing.T, path string, ls []string)
		want   string
	}{
		{"edited last line", func(t *testing.T, path string, ls []string) {
			writeLines(t, path, append(ls, strings.Replace(ls[1], `"seq":2`, `"seq":3`, 1)))
		}, "last line does not verify, refusing to extend the chain: edited: its content does not match its hash"},
		{"last line from before", func(t *testing.T, path string, ls []string) {
			writeLines(t, path, append(ls, ls[0]))
		}, "last line does not verify, refusing to extend the chain: seq 1 does not follow 2, the last this process wrote"},
		{"lines cut off", func(t *testing.T, path string, ls []string) {
			writeLines(t, path, ls[:1])
		}, "the log shrank from"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "audit.log")
			l := openLog(t, path)
			appendOK(t, l, Event{Type: TypeDecision}, Event{Type: TypeDecision})
			c.tamper(t, path, lines(t, path))
			for range 2 { // and it stays stopped
				err := l.Append(context.Background(), Event{Type: TypeDecision})
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Errorf("Append = %v\nwant it to say %q", err, c.want)
				}
			}
			closeLog(t, l)
		})
	}
}

// TestLogDropsOthersUnfinishedLine: a writer that died mid-line left an
// unfinished line; the next batch drops it and goes on from the line
// before.
func TestLogDropsOthersUnfinishedLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	appendOK(t, l, Event{Type: TypeDecision})
	other := openLog(t, path)
	appendOK(t, other, Event{Type: TypeDecision})
	closeLog(t, other)
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"seq":3,"time":"2026-`)
	f.Close()
	appendOK(t, l, Event{Type: TypeDecision})
	closeLog(t, l)
	if n, err := verifyFile(t, path); err != nil || n != 3 {
		t.Fatalf("Verify = %d, %v; want 3 lines", n, err)
	}
}

// TestAppendWaitsForTheLock: a batch is written only while no other open
// of the file holds its flock.
func TestAppendWaitsForTheLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := openLog(t, path)
	defer closeLog(t, l)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- l.Append(context.Background(), Event{Type: TypeDecision}) }()
	select {
	case err := <-done:
		t.Fatalf("Append returned (%v) while another held the lock", err)
	case <-time.After(100 * time.Millisecond):
	}
	if st, _ := os.Stat(path); st.Size() != 0 {
		t.Fatalf("%d bytes written while another held the lock", st.Size())
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n, err := verifyFile(t, path); err != nil || n != 1 {
		t.Errorf("Verify = %d, %v; want 1 line", n, err)
	}
}

// TestWritersInProcesses runs this test binary as several processes, each
// appending to one log, as the daemon and the CLI do.
func TestWritersInProcesses(t *testing.T) {
	if path := os.Getenv("SEALPOST_AUDIT_WRITER"); path != "" {
		writerProcess(t, path)
		return
	}
	path := filepath.Join(t.TempDir(), "audit.log")
	const procs = 3
	cmds := make([]*exec.Cmd, procs)
	outs := make([]bytes.Buffer, procs)
	for i := range cmds {
		cmds[i] = exec.Command(os.Args[0], "-test.run=^TestWritersInProcesses$")
		cmds[i].Env = append(os.Environ(), "SEALPOST_AUDIT_WRITER="+path, "SEALPOST_AUDIT_WRITER_ID="+strconv.Itoa(i))
		cmds[i].Stdout, cmds[i].Stderr = &outs[i], &outs[i]
		if err := cmds[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("writer process %d: %v\n%s", i, err, outs[i].String())
		}
	}
	if n, err := verifyFile(t, path); err != nil || n != procs*processAppends {
		t.Fatalf("Verify = %d, %v; want %d lines", n, err, procs*processAppends)
	}
	seen := recipients(t, path)
	for i := range procs {
		for j := range processAppends {
			if r := fmt.Sprintf("p%d-%d@example.net", i, j); seen[r] != 1 {
				t.Errorf("%s: %d lines, want 1", r, seen[r])
			}
		}
	}
}

const processAppends = 100

func writerProcess(t *testing.T, path string) {
	id := os.Getenv("SEALPOST_AUDIT_WRITER_ID")
	l := openLog(t, path)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for j := g; j < processAppends; j += 4 {
				ev := Event{Type: TypeDelivery, Recipient: fmt.Sprintf("p%s-%d@example.net", id, j)}
				if err := l.Append(context.Background(), ev); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	closeLog(t, l)
}
