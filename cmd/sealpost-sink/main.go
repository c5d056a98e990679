// Command sealpost-sink is a tiny SMTP sink for trying Sealpost out on one
// machine: it accepts every message on a loopback address, optionally with
// STARTTLS, and writes each one to a directory (or prints its headers).
// It is a development tool, not a mail server.
package main

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/emersion/go-smtp"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:2526", "listen address")
	dir := flag.String("dir", "", "write each message to DIR/N.eml (default: print headers)")
	cert := flag.String("cert", "", "PEM certificate for STARTTLS (optional)")
	key := flag.String("key", "", "PEM key for STARTTLS")
	flag.Parse()
	s := smtp.NewServer(&backend{dir: *dir})
	s.Addr, s.Domain, s.AllowInsecureAuth = *addr, "sink.localhost", true
	s.ReadTimeout, s.WriteTimeout = time.Minute, time.Minute
	if *cert != "" {
		pair, err := tls.LoadX509KeyPair(*cert, *key)
		if err != nil {
			log.Fatal(err)
		}
		s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{pair}}
	}
	log.Printf("sealpost-sink listening on %s", *addr)
	log.Fatal(s.ListenAndServe())
}

type backend struct {
	dir string
	n   atomic.Int64
}

func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &session{b: b, conn: c}, nil
}

type session struct {
	b    *backend
	conn *smtp.Conn
	from string
	to   []string
}

func (s *session) Reset()        { s.from, s.to = "", nil }
func (s *session) Logout() error { return nil }
func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	s.from = from
	return nil
}
func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	n := s.b.n.Add(1)
	_, tlsOn := s.conn.TLSConnectionState()
	fmt.Printf("--- message %d from <%s> to %v (tls=%v, %d bytes)\n", n, s.from, s.to, tlsOn, len(data))
	if s.b.dir != "" {
		return os.WriteFile(filepath.Join(s.b.dir, fmt.Sprintf("%d.eml", n)), data, 0o600)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() && sc.Text() != "" {
		fmt.Println(sc.Text())
	}
	return nil
}
