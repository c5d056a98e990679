package relay

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"net/textproto"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/internal/testutil"
)

// smuggled is what an attacker hides after a fake end of data: a second
// message a lenient next hop would relay as a separate one.
const smuggled = "MAIL FROM:<ehr@clinic.example>\r\nRCPT TO:<victim@example.net>\r\nDATA\r\n" +
	"From: <ceo@clinic.example>\r\n\r\nwire the money\r\n"

func TestSmugglingRefused(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.relay)
	d.greet()
	head := "From: <ehr@clinic.example>\r\nSubject: x\r\n\r\nhello"
	cases := []struct{ name, payload string }{
		{"LF dot LF", "\n.\n" + smuggled},
		{"CR dot CR", "\r.\r" + smuggled},
		{"CRLF dot LF", "\r\n.\n" + smuggled},
		{"LF dot CRLF", "\n.\r\n" + smuggled},
		{"bare LF", "a\nb"},
		{"bare CR", "a\rb"},
		{"CR before CRLF", "\r\r\nmore"}, // go-smtp would miss a "\r\r\n.\r\n" end of data
		{"bare LF in the header", "\r\nX-Other: a\nb"},
	}
	for _, c := range cases {
		got := d.transaction("ehr@clinic.example", head+c.payload+"\r\n.\r\n")
		if !strings.HasPrefix(got, "550 5.6.0 Bare CR or LF not allowed") || !strings.Contains(got, "RFC 5321 2.3.8") {
			t.Errorf("%s: %q, want 550 5.6.0 bare CR or LF", c.name, got)
		}
		if n := e.acc.count(); n != 0 {
			t.Fatalf("%s: a smuggling attempt reached the Acceptor", c.name)
		}
		// The session is still in step: a clean message goes through.
		if got := d.transaction("ehr@clinic.example", cleanMessage("ehr@clinic.example")); !strings.HasPrefix(got, "250 ") {
			t.Fatalf("%s: clean message after it: %q", c.name, got)
		}
		e.acc.mu.Lock()
		e.acc.subs = nil
		e.acc.mu.Unlock()
	}
}

// TestDotCRAtLineStart: go-smtp's dot-unstuffing drops ".\r" at the start
// of a line when no LF follows, so "\r\n.\rX" arrives as "\r\nX". The
// message is relayed, and what is relayed has no bare CR.
func TestDotCRAtLineStart(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.relay)
	d.greet()
	body := "From: <ehr@clinic.example>\r\n\r\nhello\r\n.\r" + smuggled + ".\r\n"
	if got := d.transaction("ehr@clinic.example", body); !strings.HasPrefix(got, "250 ") {
		t.Fatalf("%q", got)
	}
	checkRelayed(t, e.acc.last(t).Body, func(a string) bool { return maySendAs([]string{"@clinic.example"}, a) })
}

func TestSmugglingInBDAT(t *testing.T) {
	e := newTestEnv(t, testEnvOptions{})
	d := dial(t, e.relay)
	d.greet()
	body := "From: <ehr@clinic.example>\r\n\r\nhello\n.\n" + smuggled
	d.expect("MAIL FROM:<ehr@clinic.example>", "250")
	d.expect("RCPT TO:<pat@example.net>", "250")
	if got := d.send(fmt.Sprintf("BDAT 20\r\n%s", body[:20])); !strings.HasPrefix(got, "250") {
		t.Fatalf("first chunk: %q", got)
	}
	if got := d.send(fmt.Sprintf("BDAT %d LAST\r\n%s", len(body)-20, body[20:])); !strings.HasPrefix(got, "550 5.6.0") {
		t.Fatalf("last chunk: %q, want 550 5.6.0", got)
	}
	if e.acc.count() != 0 {
		t.Fatal("smuggling through BDAT reached the Acceptor")
	}
	if got := d.transaction("ehr@clinic.example", cleanMessage("ehr@clinic.example")); !strings.HasPrefix(got, "250 ") {
		t.Fatalf("clean message after BDAT smuggling: %q", got)
	}
}

func TestLineChecker(t *testing.T) {
	cases := []struct {
		name, in string
		want     error
	}{
		{"clean", "a\r\nb\r\n\r\n", nil},
		{"empty", "", nil},
		{"no final CRLF", "a\r\nb", nil},
		{"bare LF", "a\nb\r\n", errBareLineEnding},
		{"bare CR", "a\rb\r\n", errBareLineEnding},
		{"final bare CR", "a\r", errBareLineEnding},
		{"CR CR LF", "a\r\r\n", errBareLineEnding},
		{"LF first", "\n", errBareLineEnding},
		{"line at the limit", strings.Repeat("x", 8) + "\r\n", nil},
		{"line over the limit", strings.Repeat("x", 9) + "\r\n", errLineTooLong},
		{"unterminated line over the limit", strings.Repeat("x", 9), errLineTooLong},
		{"long line later", "ok\r\n" + strings.Repeat("x", 20) + "\r\n", errLineTooLong},
	}
	for _, c := range cases {
		for _, chunked := range []bool{false, true} {
			var r io.Reader = strings.NewReader(c.in)
			if chunked { // one byte per Read: state carries across reads
				r = iotest.OneByteReader(r)
			}
			_, err := readBody(r, 100, 10)
			if !errors.Is(err, c.want) && err != c.want {
				t.Errorf("%s (chunked %v): %v, want %v", c.name, chunked, err, c.want)
			}
		}
	}
	if _, err := readBody(strings.NewReader(strings.Repeat("a\r\n", 40)), 100, 10); err != smtp.ErrDataTooLarge {
		t.Errorf("120 bytes with a limit of 100: %v", err)
	}
}

// drainCounter counts what readBody reads after refusing.
type drainCounter struct {
	r io.Reader
	n int
}

func (d *drainCounter) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	d.n += n
	return n, err
}

func TestReadBodyDrains(t *testing.T) {
	in := "a\nb\r\n" + strings.Repeat("rest\r\n", 100)
	dc := &drainCounter{r: strings.NewReader(in)}
	if _, err := readBody(dc, 10000, 100); err != errBareLineEnding {
		t.Fatalf("err = %v", err)
	}
	if dc.n != len(in) {
		t.Fatalf("read %d of %d bytes: the reader must be consumed before Data returns", dc.n, len(in))
	}
}

// lineProblems splits on CRLF: an independent oracle for the line checks.
func lineProblems(data []byte, maxLine int) (bare, long bool) {
	for _, seg := range bytes.Split(data, []byte("\r\n")) {
		bare = bare || bytes.ContainsAny(seg, "\r\n")
		long = long || len(seg)+2 > maxLine
	}
	return bare, long
}

func FuzzDataReader(f *testing.F) {
	for _, seed := range []string{
		"From: <a@clinic.example>\r\n\r\nhi\r\n",
		"From: <a@clinic.example>\r\n\r\nhi\n.\n" + smuggled,
		"From: <a@clinic.example>\r\n\r\nhi\r.\r" + smuggled,
		"From: <a@clinic.example>\r\nFrom: <b@other.example>\r\n\r\n",
		"From: =?utf-8?q?=C3=A9?= <a@clinic.example>, b@other.example\r\n\r\n",
		"Subject: x\r\n",
	} {
		f.Add([]byte(seed))
	}
	const maxBytes, maxLine = 2000, 100
	f.Fuzz(func(t *testing.T, data []byte) {
		body, err := readBody(iotest.HalfReader(bytes.NewReader(data)), maxBytes, maxLine)
		bare, long := lineProblems(data, maxLine)
		switch {
		case (bare || long || len(data) > maxBytes) != (err != nil):
			t.Fatalf("readBody(%q) = %v; bare %v, long %v", data, err, bare, long)
		case err == nil && !bytes.Equal(body, data):
			t.Fatalf("readBody changed the content")
		case err != nil:
			return
		}
		allowed := func(a string) bool { return maySendAs([]string{"@clinic.example"}, a) }
		hdr, err := checkHeader(body, allowed)
		if err != nil {
			return
		}
		out := addTrace(body, hdr, traceInfo{helo: string(data[:min(len(data), 40)]), host: "relay.test",
			with: "ESMTP", id: "ID", ip: netip.MustParseAddr("192.0.2.1"), now: time.Unix(0, 0)})
		checkRelayed(t, out, allowed)
	})
}

// checkRelayed asserts what the relay promises of every message it hands
// on: CRLF only, ends in CRLF, our Received first, From allowed.
func checkRelayed(t *testing.T, msg []byte, allowed func(string) bool) {
	t.Helper()
	if bare, _ := lineProblems(msg, len(msg)+2); bare {
		t.Fatalf("relayed message has a bare CR or LF:\n%q", msg)
	}
	if !bytes.HasPrefix(msg, []byte("Received: from ")) || !bytes.HasSuffix(msg, []byte("\r\n")) {
		t.Fatalf("relayed message framing:\n%q", msg)
	}
	if _, err := checkHeader(msg, allowed); err != nil {
		t.Fatalf("relayed message fails its own header check (%v):\n%q", err, msg)
	}
}

// FuzzSession drives a real session: MAIL, RCPT, DATA, then the fuzz
// input as raw bytes and an end of data. Whatever the input does to the
// dialogue, every message that reaches the Acceptor must keep the
// relay's promises. Connections are in memory: fuzzing over TCP would
// use up the machine's ports.
func FuzzSession(f *testing.F) {
	for _, seed := range []string{
		"From: <ehr@clinic.example>\r\n\r\nhello",
		"From: <ehr@clinic.example>\r\n\r\nhello\n.\n" + smuggled,
		"From: <ehr@clinic.example>\r\n\r\nhello\r\n.\r\n" + smuggled,
		"From: <ehr@clinic.example>\r\n\r\n..dot\r\n.\r\nRSET\r\nBDAT 3 LAST\r\nabc",
		"From: <ehr@clinic.example>\r\n\r\n" + strings.Repeat("x", 1200),
	} {
		f.Add([]byte(seed))
	}
	e := newTestEnv(f, testEnvOptions{})
	l := newMemListener()
	go e.srv.ServeRelay(l, []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}, []string{"@clinic.example"})
	allowed := func(a string) bool { return maySendAs([]string{"@clinic.example"}, a) }
	f.Fuzz(func(t *testing.T, data []byte) {
		before := e.acc.count()
		c := l.dial()
		defer c.Close()
		go func() {
			fmt.Fprint(c, "EHLO fuzz\r\nMAIL FROM:<ehr@clinic.example>\r\nRCPT TO:<pat@example.net>\r\nDATA\r\n")
			c.Write(data)
			fmt.Fprint(c, "\r\n.\r\nQUIT\r\n")
			c.CloseWrite()
		}()
		io.Copy(io.Discard, c) // until the server closes
		e.acc.mu.Lock()
		subs := e.acc.subs[before:]
		e.acc.mu.Unlock()
		for _, s := range subs {
			checkRelayed(t, s.Body, allowed)
		}
	})
}

// memListener hands out in-memory connections from 127.0.0.1.
type memListener struct {
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

func newMemListener() *memListener {
	return &memListener{conns: make(chan net.Conn), done: make(chan struct{})}
}

func (l *memListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

func (l *memListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

var memAddr = &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 2525}

func (l *memListener) Addr() net.Addr { return memAddr }

// dial returns the client end of a new connection.
func (l *memListener) dial() *memConn {
	up, upW := io.Pipe()
	downR, down := io.Pipe()
	l.conns <- &memConn{r: up, w: down}
	return &memConn{r: downR, w: upW}
}

// memConn is one end of an in-memory connection; deadlines are ignored
// (each side ends by closing).
type memConn struct {
	r *io.PipeReader
	w *io.PipeWriter
}

func (c *memConn) Read(p []byte) (int, error)       { return c.r.Read(p) }
func (c *memConn) Write(p []byte) (int, error)      { return c.w.Write(p) }
func (c *memConn) CloseWrite() error                { return c.w.Close() }
func (c *memConn) Close() error                     { return errors.Join(c.r.Close(), c.w.Close()) }
func (c *memConn) LocalAddr() net.Addr              { return memAddr }
func (c *memConn) RemoteAddr() net.Addr             { return memAddr }
func (c *memConn) SetDeadline(time.Time) error      { return nil }
func (c *memConn) SetReadDeadline(time.Time) error  { return nil }
func (c *memConn) SetWriteDeadline(time.Time) error { return nil }

// readBody is readMessage without a size hint, returning the message.
func readBody(r io.Reader, maxBytes int64, maxLine int) ([]byte, error) {
	m, err := readMessage(r, maxBytes, maxLine, 0)
	if err != nil {
		return nil, err
	}
	return m.body(), nil
}

// The trace fields go in the room readMessage leaves, whatever the size
// hint: a message is never copied to prepend them, and a SIZE that lies
// (too small, too large) changes nothing but the first allocation.
func TestTraceInPlace(t *testing.T) {
	data := []byte("From: <dr@clinic.example>\r\nSubject: x\r\n\r\n" + strings.Repeat("line of text\r\n", 5000))
	for _, hint := range []int64{0, 10, int64(len(data)), 1 << 30} {
		m, err := readMessage(bytes.NewReader(data), 1<<20, 1000, hint)
		if err != nil {
			t.Fatal(err)
		}
		hdr, err := checkHeader(m.body(), func(string) bool { return true })
		if err != nil {
			t.Fatal(err)
		}
		out := prependTrace(m, hdr, traceInfo{helo: "ehr.clinic.example", host: "relay.test", with: "ESMTPSA",
			id: "ID", ip: netip.MustParseAddr("127.0.0.1"), now: time.Now()})
		if !bytes.HasSuffix(out, data) || !bytes.HasPrefix(out, []byte("Received: from ehr.clinic.example ([127.0.0.1])")) {
			t.Fatalf("hint %d: traced message is wrong:\n%.200s", hint, out)
		}
		if &out[len(out)-1] != &m.buf[len(m.buf)-1] {
			t.Errorf("hint %d: the message was copied to prepend the trace", hint)
		}
	}
}

// lineSource yields n bytes of short CRLF lines without holding them.
type lineSource struct{ n int }

func (s *lineSource) Read(p []byte) (int, error) {
	if s.n == 0 {
		return 0, io.EOF
	}
	const line = "0123456789 abcdefghij 0123456789 abcdefghij 0123456789 abcdefghij\r\n"
	k := 0
	for k < len(p) && s.n > 0 {
		c := copy(p[k:min(len(p), k+s.n)], line[:min(len(line), s.n)])
		k, s.n = k+c, s.n-c
	}
	return k, nil
}

// TestAcceptReadHoldsOneCopy: with the client's SIZE, a 20 MB message is
// read and traced in one buffer of its size (io.ReadAll and a copy for the
// trace needed two to three).
func TestAcceptReadHoldsOneCopy(t *testing.T) {
	const size = 20 << 20
	hdr := "From: <dr@clinic.example>\r\nSubject: x\r\n\r\n"
	var out []byte
	peak := testutil.PeakHeap(func() {
		m, err := readMessage(io.MultiReader(strings.NewReader(hdr), &lineSource{n: size}), 25<<20, 1000, size+int64(len(hdr)))
		if err != nil {
			t.Fatal(err)
		}
		out = prependTrace(m, textproto.MIMEHeader{}, traceInfo{host: "relay.test", ip: netip.MustParseAddr("127.0.0.1"), now: time.Now()})
	})
	t.Logf("%d MB read and traced: peak heap %.1f MB", size>>20, float64(peak)/(1<<20))
	if len(out) < size || peak > size*6/5 {
		t.Errorf("peak heap %.1f MB for a %d MB message, want under 1.2 times its size", float64(peak)/(1<<20), size>>20)
	}
}
