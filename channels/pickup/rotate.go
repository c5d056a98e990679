package pickup

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/sealpost/sealpost/store"
)

// rotatePage is how many pickups Rotate lists at a time.
const rotatePage = 256

// Rotate moves every stored pickup body not sealed under the current
// master key to it, by rewrapping its data key: only the header of each
// body is read and replaced, never the segments. It returns how many it
// moved. A pickup that fails (its key gone from the keyring, say) does
// not stop the others: the errors are joined. Run it again after a
// failure; a body already moved is not touched.
func (s *Store) Rotate(ctx context.Context) (n int, err error) {
	var errs []error
	for after := ""; ; {
		ps, err := s.st.Pickups(ctx, after, rotatePage)
		if err != nil {
			return n, fmt.Errorf("pickup: rotate: %w", err)
		}
		if len(ps) == 0 {
			break
		}
		after = ps[len(ps)-1].ID
		for _, p := range ps {
			if !p.Purged.IsZero() {
				continue
			}
			moved, err := s.rewrap(ctx, p.ID)
			if err != nil {
				if ctx.Err() != nil {
					return n, ctx.Err()
				}
				s.cfg.Logger.Warn("pickup not rewrapped", "pickup", p.ID, "err", err)
				errs = append(errs, err)
			}
			if moved {
				n++
			}
		}
	}
	if n > 0 {
		s.cfg.Logger.Info("pickups rewrapped", "count", n, "key", s.keys.CurrentID())
	}
	return n, errors.Join(errs...)
}

// rewrap moves one body to the current key, if it is not under it. The
// store swaps the header only if the body still starts with the one read,
// so a concurrent rotation cannot leave a header that does not match.
func (s *Store) rewrap(ctx context.Context, id string) (moved bool, err error) {
	r, err := s.st.PickupBody(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil // purged meanwhile
	}
	if err != nil {
		return false, fmt.Errorf("pickup: rotate %s: %w", id, err)
	}
	defer r.Close()
	var read bytes.Buffer
	oldLen, header, err := s.keys.Rewrap(io.TeeReader(r, &read))
	if err != nil {
		return false, fmt.Errorf("pickup: rotate %s: %w", id, err)
	}
	old := read.Bytes()
	if len(old) < oldLen {
		return false, fmt.Errorf("pickup: rotate %s: header cut short", id)
	}
	old = old[:oldLen]
	if keyID(old) == s.keys.CurrentID() {
		return false, nil
	}
	err = s.st.ReplacePickupHeader(ctx, id, old, header)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("pickup: rotate %s: %w", id, err)
	}
	return true, nil
}

// keyID returns the master key ID named by a sealed header that Rewrap
// accepted (format version 2, see crypto/seal): magic "SPS", version,
// the ID's length in one byte, then the ID.
func keyID(header []byte) string {
	const idAt = len("SPS") + 2
	if len(header) < idAt || len(header) < idAt+int(header[idAt-1]) {
		return ""
	}
	return string(header[idAt : idAt+int(header[idAt-1])])
}
