package smtpout

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

// BenchmarkDeliver sends a 4 KB message over reused verified TLS
// connections to a local go-smtp server.
func BenchmarkDeliver(b *testing.B) {
	p := newPKI(b)
	ts := startServer(b, p, trusted, "127.0.0.1:0", func(ts *testServer) { ts.be.discard = true })
	d := newDeliverer(b, p, routeTo(ts))
	msg := append([]byte("Subject: bench\r\n\r\n"), bytes.Repeat([]byte("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.\r\n"), 64)...)
	req := request(verifiedOnly)
	req.Body = msg[:4096]
	b.SetBytes(int64(len(req.Body)))
	for b.Loop() {
		if res := d.Deliver(context.Background(), req); res.Rcpts[0].Err != nil {
			b.Fatal(res.Rcpts[0].Err)
		}
	}
	b.StopTimer()
	if n := ts.ln.accepted.Load(); n != 1 {
		b.Errorf("%d connections, want 1", n)
	}
}

// BenchmarkDeliverOpen streams messages through Request.Open to a local
// go-smtp server that hashes them: bytes/op (the server's included) must
// not grow with the message.
func BenchmarkDeliverOpen(b *testing.B) {
	p := newPKI(b)
	ts := startServer(b, p, trusted, "127.0.0.1:0", func(ts *testServer) { ts.be.discard = true })
	d := newDeliverer(b, p, routeTo(ts))
	for _, size := range []int64{1 << 20, 50 << 20} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			msg, n := bigMessage(size)
			req := requestOpen(&opener{body: msg}, n, verifiedOnly)
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				if res := d.Deliver(context.Background(), req); res.Rcpts[0].Err != nil {
					b.Fatal(res.Rcpts[0].Err)
				}
			}
		})
	}
}
