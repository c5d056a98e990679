// Command sealpost-sms-sink stands in for Twilio when trying Sealpost's
// texts out on one machine: it speaks the part of Twilio's Messages API
// Sealpost uses, on a loopback address, and prints each text it accepts.
// Point sms.api_url at it. It is a development tool: nothing is sent.
package main

import (
	"flag"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/sealpost/sealpost/channels/sms/twiliotest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:2580", "listen address")
	sid := flag.String("account-sid", "AC00000000000000000000000000000000", "the account SID it accepts (as sms.account_sid)")
	token := flag.String("auth-token", "devtoken", "the auth token it accepts (as sms.auth_token)")
	flag.Parse()
	s, err := twiliotest.Listen(*addr, *sid, *token, func(m twiliotest.Message) {
		log.Printf("text %s to %s: %s", m.SID, m.To, m.Body)
	})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	log.Printf("sealpost-sms-sink: Twilio's Messages API on %s", s.URL())
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
}
