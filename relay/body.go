package relay

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/sealpost/sealpost/crypto/seal"
)

// copyBody is one copy of a message to deliver. It can be read more than
// once (DKIM signs it, then each DATA attempt sends it) and is never held
// whole in memory: it streams from the queue, or from a spool file.
type copyBody struct {
	open func() (io.ReadCloser, error)
	size int64
	mem  []byte // the whole copy, when it is small enough to hold
}

// holdBelow is the size under which a copy is held in memory for its
// attempt: reading it once beats two streamed passes, each with its own
// query and segment buffer, for the 4 KB messages that are most mail.
const holdBelow = 256 << 10

// inMemory is a copy held whole.
func inMemory(b []byte) copyBody {
	open := func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	return copyBody{open: open, size: int64(len(b)), mem: b}
}

// queued is the clear message as queued: its sealed chunks, opened as
// they are read. Whoever reads it must treat any error, even after many
// bytes, as the loss of the whole copy (see seal.NewReader). A small
// message is read and opened at once, and held.
func (s *Scheduler) queued(ctx context.Context, id string, size int64) (copyBody, error) {
	if size < holdBelow {
		return s.queuedSmall(ctx, id)
	}
	open := func() (io.ReadCloser, error) {
		rc, err := s.cfg.Store.Body(ctx, id)
		if err != nil {
			return nil, err
		}
		r, err := s.cfg.Keyring.NewReader(rc)
		if err != nil {
			rc.Close()
			return nil, err
		}
		return readCloser{r, rc}, nil
	}
	return copyBody{open: open, size: size}, nil
}

func (s *Scheduler) queuedSmall(ctx context.Context, id string) (copyBody, error) {
	rc, err := s.cfg.Store.Body(ctx, id)
	if err != nil {
		return copyBody{}, err
	}
	defer rc.Close()
	sealed, err := io.ReadAll(rc)
	if err != nil {
		return copyBody{}, err
	}
	clear, err := s.cfg.Keyring.Open(sealed)
	if err != nil {
		return copyBody{}, err
	}
	return inMemory(clear), nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

// spool holds an encrypted copy while it is delivered: a file that is
// unlinked as soon as it is created, sealed under a key that lives only
// in this process, so that nothing of it outlives the attempt.
type spool struct {
	f    *os.File
	ring *seal.Keyring
	size int64 // bytes written before sealing
}

// newSpool creates a spool file in dir ("" is the system's).
func newSpool(dir string) (*spool, error) {
	ring, err := seal.Ephemeral()
	if err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, "copy-*")
	if err != nil {
		return nil, fmt.Errorf("relay: spool: %w", err)
	}
	if err := os.Remove(f.Name()); err != nil {
		f.Close()
		return nil, fmt.Errorf("relay: spool: %w", err)
	}
	return &spool{f: f, ring: ring}, nil
}

// fill writes the copy that write produces, sealed.
func (sp *spool) fill(write func(io.Writer) error) error {
	w, err := sp.ring.NewWriter(sp.f)
	if err != nil {
		return err
	}
	cw := &countWriter{w: w}
	if err := write(cw); err != nil {
		return err
	}
	sp.size = cw.n
	return w.Close()
}

// body reads the spooled copy; each reader is independent of the others.
func (sp *spool) body() copyBody {
	end, err := sp.f.Seek(0, io.SeekEnd)
	open := func() (io.ReadCloser, error) {
		if err != nil {
			return nil, err
		}
		r, err := sp.ring.NewReader(io.NewSectionReader(sp.f, 0, end))
		if err != nil {
			return nil, err
		}
		return io.NopCloser(r), nil
	}
	return copyBody{open: open, size: sp.size}
}

func (sp *spool) Close() error { return sp.f.Close() }

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// signed returns the copy with the DKIM-Signature fields prepended: the
// signature is computed over one pass of the copy, then sent before it.
func (s *Scheduler) signed(b copyBody) (copyBody, error) {
	if s.cfg.Signer == nil {
		return b, nil
	}
	sig, err := s.sign(b)
	if err != nil {
		return copyBody{}, err
	}
	if b.mem != nil {
		return inMemory(append(sig, b.mem...)), nil
	}
	open := func() (io.ReadCloser, error) {
		rc, err := b.open()
		if err != nil {
			return nil, err
		}
		return readCloser{io.MultiReader(bytes.NewReader(sig), rc), rc}, nil
	}
	return copyBody{open: open, size: int64(len(sig)) + b.size}, nil
}

// sign returns the DKIM-Signature fields for the copy.
func (s *Scheduler) sign(b copyBody) ([]byte, error) {
	if b.mem != nil {
		return s.cfg.Signer.Sign(b.mem)
	}
	rc, err := b.open()
	if err != nil {
		return nil, err
	}
	sig, err := s.cfg.Signer.SignReader(rc)
	if cerr := rc.Close(); err == nil {
		err = cerr
	}
	return sig, err
}
