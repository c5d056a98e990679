package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
)

// bodyChunk is the size of the rows a body is stored in: delivery holds
// one chunk of a message at a time, not the message.
const bodyChunk = 1 << 20

// splitBody cuts a body into chunks (sharing its bytes). There is always
// a chunk 0, if empty: it goes in messages.body, NOT NULL.
func splitBody(b []byte) [][]byte {
	chunks := make([][]byte, 0, len(b)/bodyChunk+1)
	for len(b) > bodyChunk {
		chunks = append(chunks, b[:bodyChunk:bodyChunk])
		b = b[bodyChunk:]
	}
	if b == nil {
		b = []byte{} // NOT NULL
	}
	return append(chunks, b)
}

// Body returns a reader of the sealed body of a queued message. It reads
// one chunk per query, each in its own snapshot: the body of a message
// never changes while it is queued, and the sealed format detects a body
// cut short (by a removal meanwhile, say).
func (s *SQLite) Body(ctx context.Context, id string) (io.ReadCloser, error) {
	var chunk0 []byte
	err := s.r.QueryRowContext(ctx, `SELECT body FROM messages WHERE id = ?`, id).Scan(&chunk0)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: message %s", ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: body %s: %w", id, err)
	}
	// A body shorter than a chunk has no other; one queued before bodies
	// were chunked is whole in chunk 0. The count of chunks is not kept:
	// the first missing one ends the body.
	r := &chunkReader{ctx: ctx, db: s.r, query: `SELECT data FROM message_chunks WHERE msg_id = ? AND n = ?`,
		what: "message " + id, id: id, n: 1, chunks: -1, buf: chunk0}
	if len(chunk0) < bodyChunk {
		r.chunks = 1
	}
	return r, nil
}

// chunkReader reads a body stored as chunk 0 (buf, at the start) and rows
// 1, 2, … that query selects by id and number.
type chunkReader struct {
	ctx    context.Context
	db     *sql.DB
	query  string
	what   string // for errors: "message ID", "pickup ID"
	id     string
	n      int    // next chunk to load
	chunks int    // chunks in all, chunk 0 included; -1: until one is missing
	buf    []byte // unread part of the loaded chunk
	err    error
}

func (r *chunkReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if r.chunks >= 0 && r.n >= r.chunks {
			return 0, io.EOF
		}
		r.load()
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// load reads the next chunk. A missing one ends a body of unknown count,
// and is an error in one whose count is known (removed meanwhile).
func (r *chunkReader) load() {
	var data []byte
	err := r.db.QueryRowContext(r.ctx, r.query, r.id, r.n).Scan(&data)
	switch {
	case errors.Is(err, sql.ErrNoRows) && r.chunks < 0:
		r.chunks = r.n
	case errors.Is(err, sql.ErrNoRows):
		r.err = fmt.Errorf("store: %s: body: chunk %d of %d gone", r.what, r.n, r.chunks)
	case err != nil:
		r.err = fmt.Errorf("store: %s: body: chunk %d: %w", r.what, r.n, err)
	default:
		r.buf = data
		r.n++
	}
}

// Close releases nothing: each chunk's query is done when it is loaded.
func (r *chunkReader) Close() error { return nil }
