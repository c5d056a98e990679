// Package testutil holds small helpers shared by the tests of several
// packages. Production code never imports it.
package testutil

import (
	"bytes"
	"sync"
)

// Buffer is a bytes.Buffer that many goroutines (or a process's two output
// streams) may write to while a test reads it.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *Buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *Buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
