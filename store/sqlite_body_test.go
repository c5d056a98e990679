package store

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"
)

// TestBodyChunks stores bodies around the chunk size and reads them back
// whole, in order, through Body.
func TestBodyChunks(t *testing.T) {
	s := openTemp(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{0, 1, bodyChunk - 1, bodyChunk, bodyChunk + 1, 3*bodyChunk + 17} {
		m := msg("size-"+strconv.Itoa(size), 1, time.Now())
		m.Body = make([]byte, size)
		for i := range m.Body {
			m.Body[i] = byte(rng.Uint32())
		}
		enqueue(t, s, m)
		if got := mustBody(t, s, m.ID); !bytes.Equal(got, m.Body) {
			t.Errorf("body of %d bytes read back as %d bytes, or changed", size, len(got))
		}
	}
	var rows int
	if err := s.r.QueryRow(`SELECT COUNT(*) FROM message_chunks WHERE msg_id = ?`, "size-"+strconv.Itoa(3*bodyChunk+17)).Scan(&rows); err != nil || rows != 3 {
		t.Errorf("a body of 3 chunks and 17 bytes has %d rows beside its message (%v), want 3", rows, err)
	}
	if err := s.r.QueryRow(`SELECT COUNT(*) FROM message_chunks WHERE msg_id = ?`, "size-"+strconv.Itoa(bodyChunk-1)).Scan(&rows); err != nil || rows != 0 {
		t.Errorf("a body shorter than a chunk has %d rows beside its message (%v), want 0", rows, err)
	}
}

// TestBodyRemovedWithMessage: the last final recipient takes the chunks
// with the message, and Body then reports ErrNotFound.
func TestBodyRemovedWithMessage(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	m := msg("m", 1, time.Now())
	m.Body = bytes.Repeat([]byte("x"), 2*bodyChunk+1)
	enqueue(t, s, m)
	if err := s.Update(ctx, []Update{{MessageID: "m", Seq: 0, State: StateDelivered}}); err != nil {
		t.Fatal(err)
	}
	var rows int
	if err := s.r.QueryRow(`SELECT COUNT(*) FROM message_chunks`).Scan(&rows); err != nil || rows != 0 {
		t.Errorf("%d chunks left after the message was removed (%v)", rows, err)
	}
	if _, err := s.Body(ctx, "m"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Body of a removed message: %v, want ErrNotFound", err)
	}
}

// TestBodyLegacy reads a body queued before bodies were chunked: whole
// in messages.body, however long, with no chunk rows.
func TestBodyLegacy(t *testing.T) {
	s := openTemp(t)
	enqueue(t, s, msg("old", 1, time.Now()))
	old := bytes.Repeat([]byte("v1"), bodyChunk)
	err := s.write(context.Background(), 0, func(w *writer) error {
		_, err := w.exec(`UPDATE messages SET body = ? WHERE id = 'old'`, old)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustBody(t, s, "old"); !bytes.Equal(got, old) {
		t.Errorf("legacy body of %d bytes read as %d bytes, or changed", len(old), len(got))
	}
}
