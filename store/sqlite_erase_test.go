package store

import (
	"bytes"
	"context"
	"crypto/rand"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestDeletedBodiesAreErased: a delivered message's sealed body is gone
// from the database file and its WAL, not left in free pages where a copy
// of the file (a backup, a stolen disk) would keep it.
func TestDeletedBodiesAreErased(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue.db")
	s := open(t, path)
	m := msg("m1", 1, time.Now())
	m.Body = make([]byte, 3<<20) // chunked: the first row and message_chunks
	rand.Read(m.Body)
	enqueue(t, s, m)
	err := s.Update(context.Background(), []Update{{MessageID: "m1", Seq: 0, State: StateDelivered}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{path, path + "-wal"} {
		data, err := os.ReadFile(f)
		if os.IsNotExist(err) {
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		for _, off := range []int{0, 1 << 20, 3<<20 - 64} { // in the row, in a chunk, at the end
			if bytes.Contains(data, m.Body[off:off+32]) {
				t.Errorf("%s still holds the body's bytes at offset %d", filepath.Base(f), off)
			}
		}
	}
}
