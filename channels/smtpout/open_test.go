package smtpout

import (
	"bufio"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"testing/iotest"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/sealpost/sealpost/policy"
)

var plainOnly = []policy.Method{policy.MethodPlain}

// opener is a Request.Open that counts the readers it opens and closes.
type opener struct {
	body           func() io.Reader // what each reader reads
	err            error            // when set, Open fails with it
	opened, closed atomic.Int32
}

func (o *opener) Open() (io.ReadCloser, error) {
	o.opened.Add(1)
	if o.err != nil {
		return nil, o.err
	}
	return &closeCounter{Reader: o.body(), closed: &o.closed}, nil
}

type closeCounter struct {
	io.Reader
	closed *atomic.Int32
}

func (c *closeCounter) Close() error {
	c.closed.Add(1)
	return nil
}

// requestOpen is request with the message given by o instead of Body.
func requestOpen(o *opener, size int64, methods []policy.Method, rcpts ...string) *Request {
	req := request(methods, rcpts...)
	req.Body, req.Open, req.Size = nil, o.Open, size
	return req
}

const bigHead = "From: <clinic@sender.test>\r\nTo: <alice@example.org>\r\nSubject: scan\r\n\r\n"
const bigLine = ".a line of a large attachment that starts with a dot, 0123456789\r\n"

// bigMessage returns a message of at least size bytes, made as it is
// read, and its exact size. It ends in CRLF, so it arrives unchanged.
func bigMessage(size int64) (func() io.Reader, int64) {
	lines := (size - int64(len(bigHead)) + int64(len(bigLine)) - 1) / int64(len(bigLine))
	n := int64(len(bigHead)) + lines*int64(len(bigLine))
	return func() io.Reader {
		return io.LimitReader(io.MultiReader(strings.NewReader(bigHead), &repeatReader{s: bigLine}), n)
	}, n
}

// repeatReader yields s over and over.
type repeatReader struct {
	s   string
	off int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.s[r.off:])
		n += c
		r.off = (r.off + c) % len(r.s)
	}
	return n, nil
}

func digest(t testing.TB, r io.Reader) [sha256.Size]byte {
	t.Helper()
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		t.Fatal(err)
	}
	return [sha256.Size]byte(h.Sum(nil))
}

func TestOpenDelivers(t *testing.T) {
	p := newPKI(t)
	big, bigSize := bigMessage(1 << 20)
	cases := []struct {
		name string
		body func() io.Reader // nil: Request.Body
		size int64
	}{
		{"Body", nil, int64(len(body))},
		{"Open", func() io.Reader { return strings.NewReader(body) }, int64(len(body))},
		{"Open, 1 MB in many chunks", big, bigSize},
		{"Open, one byte per read", func() io.Reader { return iotest.OneByteReader(strings.NewReader(body)) }, int64(len(body))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ts := startServer(t, p, trusted, "127.0.0.1:0")
			d := newDeliverer(t, p, routeTo(ts))
			req, o := request(verifiedOnly), &opener{body: c.body}
			want := digest(t, strings.NewReader(body))
			if c.body != nil {
				req = requestOpen(o, c.size, verifiedOnly)
				want = digest(t, c.body())
			}
			if res := d.Deliver(context.Background(), req); res.Rcpts[0].Err != nil {
				t.Fatal(res.Rcpts[0].Err)
			}
			ts.be.mu.Lock()
			defer ts.be.mu.Unlock()
			if ts.be.datas != 1 || ts.be.digests[0] != want {
				t.Errorf("server got %d messages, the first altered: %v", ts.be.datas, ts.be.digests[0] != want)
			}
			if ts.be.sizes[0] != c.size {
				t.Errorf("MAIL SIZE=%d, want %d", ts.be.sizes[0], c.size)
			}
			if c.body != nil && (o.opened.Load() != 1 || o.closed.Load() != 1) {
				t.Errorf("opened %d, closed %d; want 1 and 1", o.opened.Load(), o.closed.Load())
			}
		})
	}
}

// TestOpenPerAttempt has the first MX drop the connection at DATA: the
// second gets a message opened afresh, and both readers are closed.
func TestOpenPerAttempt(t *testing.T) {
	p := newPKI(t)
	live := startServer(t, p, trusted, "127.0.0.1:0")
	port := live.port(t)
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.5", strconv.Itoa(port)))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var datas atomic.Int32
	go dropAtData(l, &datas)
	d := newDeliverer(t, p, func(c *Config) {
		c.Port = port
		c.Resolver = &fakeResolver{mxs: []*net.MX{{Host: "127.0.0.5", Pref: 10}, {Host: "127.0.0.1", Pref: 20}}}
	})
	big, size := bigMessage(300 << 10)
	o := &opener{body: big}
	res := d.Deliver(context.Background(), requestOpen(o, size, anyTransport))
	if res.Rcpts[0].Err != nil || res.RemoteHost != live.addr {
		t.Fatalf("err %v host %s, want delivery to %s", res.Rcpts[0].Err, res.RemoteHost, live.addr)
	}
	if datas.Load() != 1 {
		t.Errorf("first MX saw DATA %d times, want 1", datas.Load())
	}
	if o.opened.Load() != 2 || o.closed.Load() != 2 {
		t.Errorf("opened %d, closed %d; want 2 and 2", o.opened.Load(), o.closed.Load())
	}
	live.be.mu.Lock()
	defer live.be.mu.Unlock()
	if live.be.datas != 1 || live.be.digests[0] != digest(t, big()) {
		t.Errorf("second MX got %d messages, the first altered: %v", live.be.datas, live.be.digests[0] != digest(t, big()))
	}
}

// dropAtData serves l in clear text, accepting MAIL and RCPT and closing
// the connection on DATA, which it counts.
func dropAtData(l net.Listener, datas *atomic.Int32) {
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			c.SetDeadline(time.Now().Add(5 * time.Second))
			r := bufio.NewReader(c)
			fmt.Fprint(c, "220 mx.test ESMTP\r\n")
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					return
				}
				switch cmd := strings.ToUpper(strings.TrimSpace(line)); {
				case strings.HasPrefix(cmd, "EHLO"):
					fmt.Fprint(c, "250-mx.test\r\n250 SIZE\r\n")
				case strings.HasPrefix(cmd, "MAIL"), strings.HasPrefix(cmd, "RCPT"):
					fmt.Fprint(c, "250 ok\r\n")
				case cmd == "DATA":
					datas.Add(1)
					return
				default:
					fmt.Fprint(c, "502 no\r\n")
				}
			}
		}()
	}
}

func TestOpenFails(t *testing.T) {
	p := newPKI(t)
	openErr := errors.New("open /var/spool/sealpost/body/42: no such file or directory")
	readErr := errors.New("read /var/spool/sealpost/body/42: input/output error")
	big, _ := bigMessage(256 << 10)
	cases := []struct {
		name           string
		o              *opener
		cause          error
		opened, closed int32
	}{
		{"Open fails", &opener{err: openErr}, openErr, 1, 0},
		{"read fails after 256 KB", &opener{body: func() io.Reader {
			return io.MultiReader(big(), iotest.ErrReader(readErr))
		}}, readErr, 1, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ts := startServer(t, p, trusted, "127.0.0.1:0", func(ts *testServer) {
				ts.be.reject = map[string]*smtp.SMTPError{"bob@example.org": {Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no"}}
			})
			d := newDeliverer(t, p, routeTo(ts))
			res := d.Deliver(context.Background(), requestOpen(c.o, 1000, verifiedOnly, "alice@example.org", "bob@example.org"))
			e := rcptErr(t, res, 0)
			if e.Code != 0 || e.Enhanced != "4.3.0" || !e.Temporary || !errors.Is(e, c.cause) {
				t.Errorf("err = %v (code %d, temporary %v, cause %v), want a temporary local 4.3.0 caused by %v",
					e, e.Code, e.Temporary, errors.Unwrap(e), c.cause)
			}
			if got := e.Error(); got != "smtpout: 4.3.0 message could not be read" {
				t.Errorf("error text %q", got)
			}
			if e := rcptErr(t, res, 1); e.Code != 550 {
				t.Errorf("refused recipient: %v, want its 550", e)
			}
			if n, m := c.o.opened.Load(), c.o.closed.Load(); n != c.opened || m != c.closed {
				t.Errorf("opened %d, closed %d; want %d and %d", n, m, c.opened, c.closed)
			}
			ts.waitActive(t, 0) // the transaction is over on the server too
			if _, datas, _ := ts.be.snapshot(); datas != 0 {
				t.Errorf("server took %d messages, want none", datas)
			}
			if res := d.Deliver(context.Background(), request(verifiedOnly)); res.Rcpts[0].Err != nil {
				t.Errorf("next delivery: %v", res.Rcpts[0].Err)
			}
		})
	}
}

// TestOpenMemory delivers 20 MB through Open: what Deliver allocates must
// not grow with the message (the test server hashes it as it comes). It
// runs in clear text: under -race, crypto/tls allocates for every record.
func TestOpenMemory(t *testing.T) {
	p := newPKI(t)
	ts := startServer(t, p, plain, "127.0.0.1:0", func(ts *testServer) { ts.be.discard = true })
	d := newDeliverer(t, p, routeTo(ts))
	if res := d.Deliver(context.Background(), request(plainOnly)); res.Rcpts[0].Err != nil {
		t.Fatal(res.Rcpts[0].Err) // connected, for the next ones to reuse
	}
	small, large := deliveryAlloc(t, d, 1<<20), deliveryAlloc(t, d, 20<<20)
	if large > 4<<20 || large > small+1<<20 {
		t.Errorf("delivering 20 MB allocated %d bytes, 1 MB %d; want both small and alike", large, small)
	}
	t.Logf("bytes allocated by a delivery, test server included: 1 MB %d, 20 MB %d", small, large)
	if n := ts.ln.accepted.Load(); n != 1 {
		t.Errorf("%d connections, want 1", n)
	}
}

// deliveryAlloc returns the bytes allocated, in the whole process, while
// delivering a message of size bytes through Open.
func deliveryAlloc(t *testing.T, d *Deliverer, size int64) uint64 {
	t.Helper()
	msg, n := bigMessage(size)
	req := requestOpen(&opener{body: msg}, n, plainOnly)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res := d.Deliver(context.Background(), req)
	runtime.ReadMemStats(&after)
	if res.Rcpts[0].Err != nil {
		t.Fatal(res.Rcpts[0].Err)
	}
	return after.TotalAlloc - before.TotalAlloc
}
