package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
)

// PickupBody returns a reader of the sealed body of a pickup, a chunk per
// query as Body reads queue bodies, with one difference: the row says how
// many chunks to expect (chunk 0 changes length when ReplacePickupHeader
// rewraps it, so its length says nothing), so a chunk missing before the
// last is an error, not the end: a purge committed while it was read.
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
	return &chunkReader{ctx: ctx, db: s.r, query: `SELECT data FROM pickup_chunks WHERE pickup_id = ? AND n = ?`,
		what: "pickup " + id, id: id, n: 1, chunks: chunks, buf: chunk0}, nil
}
