package relay

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"

	"github.com/sealpost/sealpost/channels/smtpout"
	"github.com/sealpost/sealpost/store"
)

func TestBuildDSN(t *testing.T) {
	m := &store.Message{ID: "abc123", From: "dr@example.org", Received: time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)}
	failed := []bounced{
		{rcpt: "pat@example.net", err: &smtpout.Error{Code: 550, Enhanced: "5.1.1", Msg: "no such user"}, remote: "mx.example.net:25"},
		{rcpt: "other@example.net", err: errors.New("connection refused")},
	}
	raw := buildDSN("relay.test", m, failed, time.Now())
	ent, err := message.Read(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("DSN does not parse as MIME: %v", err)
	}
	mt, params, _ := ent.Header.ContentType()
	if mt != "multipart/report" || params["report-type"] != "delivery-status" {
		t.Fatalf("content type %s %v", mt, params)
	}
	var parts []string
	mr := ent.MultipartReader()
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		pt, _, _ := p.Header.ContentType()
		var b bytes.Buffer
		b.ReadFrom(p.Body)
		parts = append(parts, pt+"\n"+b.String())
	}
	if len(parts) != 2 || !strings.HasPrefix(parts[1], "message/delivery-status") {
		t.Fatalf("parts = %q", parts)
	}
	status := parts[1]
	for _, want := range []string{
		"Reporting-MTA: dns; relay.test", "Final-Recipient: rfc822; pat@example.net", "Status: 5.1.1",
		"Diagnostic-Code: smtp; 550 no such user", "Remote-MTA: dns; mx.example.net",
		"Final-Recipient: rfc822; other@example.net", "Status: 4.4.7", "Action: failed",
	} {
		if !strings.Contains(status, want) {
			t.Errorf("delivery-status lacks %q:\n%s", want, status)
		}
	}
	if bytes.Contains(raw, []byte("\n")) && bytes.Count(raw, []byte("\n")) != bytes.Count(raw, []byte("\r\n")) {
		t.Error("DSN has bare LF line endings")
	}
}
