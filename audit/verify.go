package audit

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// maxLine bounds an audit line.
const maxLine = 1 << 20

// Verify recomputes the chain of a whole log and returns the number of
// lines that verified. The error names the first line that does not hold
// and what is wrong with it: not an event, edited, missing lines before it,
// out of order, or not chained to the line before.
func Verify(r io.Reader) (lines int, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	prev, seq := genesis, uint64(0)
	for n := 1; ; n++ {
		line, err := readLine(br, n)
		if err == io.EOF {
			return n - 1, nil
		}
		if err != nil {
			return n - 1, err
		}
		ev, err := checkLine(line)
		if err == nil {
			err = checkChain(ev, n, seq+1, prev)
		}
		if err != nil {
			return n - 1, fmt.Errorf("audit: line %d: %w", n, err)
		}
		prev, seq = ev.Hash, ev.Seq
	}
}

// readLine returns line n without its newline, or io.EOF at the end.
func readLine(br *bufio.Reader, n int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		switch {
		case err == nil:
			return line[:len(line)-1], nil
		case errors.Is(err, bufio.ErrBufferFull) && len(line) <= maxLine:
			continue
		case errors.Is(err, bufio.ErrBufferFull):
			return nil, fmt.Errorf("audit: line %d: longer than %d bytes: not an audit event", n, maxLine)
		case err == io.EOF && len(line) == 0:
			return nil, io.EOF
		case err == io.EOF:
			return nil, fmt.Errorf("audit: line %d: unfinished last line, without its newline (a write cut short by a crash; the next Open drops it)", n)
		default:
			return nil, fmt.Errorf("audit: line %d: %w", n, err)
		}
	}
}

// checkLine parses a line and checks it against its own hash.
func checkLine(line []byte) (Event, error) {
	var ev Event
	if len(line) == 0 {
		return ev, errors.New("empty line: not an audit event")
	}
	if err := json.Unmarshal(line, &ev); err != nil {
		return ev, fmt.Errorf("not an audit event: %w", err)
	}
	canon, hash, err := appendUnhashed(nil, &ev)
	if err != nil {
		return ev, err
	}
	want := append(append(append(canon[:len(canon)-1], hashSuffix...), ev.Hash...), '"', '}')
	if !bytes.Equal(line, want) {
		return ev, errors.New("edited: not in the form the log writes (a field added, removed, reordered or respelled)")
	}
	if hash != ev.Hash {
		return ev, errors.New("edited: its content does not match its hash")
	}
	return ev, nil
}

// checkChain checks that ev follows the line before it.
func checkChain(ev Event, n int, wantSeq uint64, prev string) error {
	switch {
	case ev.Seq > wantSeq:
		return fmt.Errorf("seq %d where %d was expected: %d line(s) missing before it (deleted), or lines out of order", ev.Seq, wantSeq, ev.Seq-wantSeq)
	case ev.Seq < wantSeq:
		return fmt.Errorf("seq %d where %d was expected: lines out of order or repeated", ev.Seq, wantSeq)
	case ev.Prev != prev && n == 1:
		return errors.New("prev is not the start of a chain")
	case ev.Prev != prev:
		return fmt.Errorf("prev does not match the hash of line %d (that line was replaced)", n-1)
	}
	return nil
}
