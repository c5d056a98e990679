package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
)

// PickupBody returns a reader of the sealed body of a pickup, a chunk per
// query as Body reads queue bodies. It differs from bodyReader in two
// ways: it knows how many chunks to expect from the row (chunk 0 changes
// length when ReplacePickupHeader rewraps it, so its length says nothing),
// and a chunk missing before the last is an error, not the end: a purge
// committed while the body was read.
func (s *SQLite) PickupBody(ctx context.Context, id string) (io.ReadCloser, error) {
	var chunk0 []byte
	var chunks int
	err := s.r.QueryRowContext(ctx, `SELECT body, chunks FROM pickups WHERE id = ? AND purged = 0`, id).Scan(&chunk0, &chunks)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: body of pickup %s", ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: pickup %s: body: %w", id, err)
	}
	return &pickupBodyReader{ctx: ctx, db: s.r, id: id, n: 1, chunks: chunks, buf: chunk0}, nil
}

// pickupBodyReader reads pickup_chunks rows 1 to chunks-1 in order.
type pickupBodyReader struct {
	ctx    context.Context
	db     *sql.DB
	id     string
	n      int    // next chunk to load
	chunks int    // chunks in all, chunk 0 included
	buf    []byte // unread part of the loaded chunk
	err    error
}

func (r *pickupBodyReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if r.n >= r.chunks {
			return 0, io.EOF
		}
		r.load()
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

func (r *pickupBodyReader) load() {
	var data []byte
	err := r.db.QueryRowContext(r.ctx, `SELECT data FROM pickup_chunks WHERE pickup_id = ? AND n = ?`, r.id, r.n).Scan(&data)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		r.err = fmt.Errorf("store: pickup %s: body: chunk %d of %d gone (purged)", r.id, r.n, r.chunks)
	case err != nil:
		r.err = fmt.Errorf("store: pickup %s: body: chunk %d: %w", r.id, r.n, err)
	default:
		r.buf = data
		r.n++
	}
}

// Close releases nothing: each chunk's query is done when it is loaded.
func (r *pickupBodyReader) Close() error { return nil }
