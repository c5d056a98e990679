// Package audit owns the tamper-evident audit log: one JSON object per
// line, each carrying the SHA-256 of the line before it, appended and
// fsynced before the caller goes on. It records decisions and outcomes —
// who, to whom, which rule, which protection, which TLS — and never message
// content: sensitivity is recorded as finding kinds, never matched text.
//
// Line format: the canonical JSON of an Event (its fields in declaration
// order, no spaces, no HTML escaping), ending in its hash:
//
//	{"seq":1,"time":"…","type":"decision",…,"prev":"000…0","hash":"…"}
//
// hash = hex(SHA-256(prev + the line with `,"hash":"…"` removed)), and prev
// is the hash of the line before (64 zeros on the first line). An auditor
// can check a log with nothing but sha256sum; Verify does it here.
package audit

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/sealpost/sealpost/policy"
)

// Event types.
const (
	TypeDecision = "decision" // a recipient's protection, chosen at accept time
	TypeReject   = "reject"   // a policy refused the message
	TypeDelivery = "delivery" // one delivery attempt's outcome
	TypeDSN      = "dsn"      // a delivery status notification sent

	// Pickup events of the relay and the admin CLI, named as the portal
	// names its own (channels/pickup/portal: "pickup-viewed", …).
	TypePickupRevoked = "pickup-revoked" // an admin, or the relay after a failed notice, revoked a pickup
	TypePickupExpired = "pickup-expired" // a purge dropped a pickup's body
	TypePickupRotated = "pickup-rotated" // pickup bodies moved to the current master key
)

// Event is one line of the audit log. The JSON names are short and stable:
// renaming one breaks every log written before.
type Event struct {
	Seq       uint64    `json:"seq"`
	Time      time.Time `json:"time"`
	Type      string    `json:"type"`
	MessageID string    `json:"msgid,omitempty"`
	Sender    string    `json:"sender,omitempty"`
	Recipient string    `json:"rcpt,omitempty"`
	Level     string    `json:"level,omitempty"`
	Score     int       `json:"score,omitempty"`
	Kinds     []string  `json:"kinds,omitempty"` // finding kinds, never content
	Rule      string    `json:"rule,omitempty"`
	Method    string    `json:"method,omitempty"`
	Fallbacks []string  `json:"fallbacks,omitempty"`
	Reason    string    `json:"reason,omitempty"`
	// Keys are the recipient keys the decision knew of, or the one a
	// delivery encrypted to: fingerprints and sources, never key material.
	Keys        []policy.Key `json:"keys,omitempty"`
	RemoteHost  string       `json:"remote,omitempty"`
	TLSVersion  string       `json:"tls,omitempty"`
	TLSVerified bool         `json:"tls_verified,omitempty"`
	Result      string       `json:"result,omitempty"`
	Error       string       `json:"error,omitempty"`
	Attempt     int          `json:"attempt,omitempty"`
	// Pickup is the ID of the pickup a delivery made (never its token).
	Pickup string `json:"pickup,omitempty"`
	// SMSSID is Twilio's ID of a text; Segments how many it was billed as.
	SMSSID   string `json:"sms_sid,omitempty"`
	Segments int    `json:"segments,omitempty"`
	// IP and UserAgent are the client of a portal event.
	IP        string `json:"ip,omitempty"`
	UserAgent string `json:"ua,omitempty"`
	// Actor is who did an admin action: "cli:" and the OS user, say.
	Actor string `json:"actor,omitempty"`
	// Count is how many things one event stands for (pickups rewrapped).
	Count int `json:"count,omitempty"`
	// MasterKey is the ID of a master key (never the key).
	MasterKey string `json:"master_key,omitempty"`
	Prev      string `json:"prev"`
	Hash      string `json:"hash,omitempty"` // must stay the last field
}

// DecisionEvents makes one decision event per recipient.
func DecisionEvents(msgID, sender string, s policy.Sensitivity, ds []policy.Decision) []Event {
	kinds := s.Kinds()
	evs := make([]Event, len(ds))
	for i, d := range ds {
		evs[i] = Event{Type: TypeDecision, MessageID: msgID, Sender: sender, Recipient: d.Recipient,
			Level: string(s.Level), Score: s.Score, Kinds: kinds, Rule: d.Rule,
			Method: string(d.Method), Fallbacks: methodNames(d.Fallbacks), Reason: d.Reason, Keys: d.Keys}
	}
	return evs
}

// PickupRevoked is the event of an admin, or the relay when a notice
// failed (actor "sealpost"), revoking a pickup.
func PickupRevoked(pickupID, msgID, rcpt, actor, reason string) Event {
	return Event{Type: TypePickupRevoked, Pickup: pickupID, MessageID: msgID, Recipient: rcpt, Actor: actor, Reason: reason}
}

// PickupExpired is the event of a purge dropping a pickup's body; why is
// the state that let it go (expired, revoked, views-used).
func PickupExpired(pickupID, msgID, rcpt, why string) Event {
	return Event{Type: TypePickupExpired, Pickup: pickupID, MessageID: msgID, Recipient: rcpt, Reason: why}
}

// PickupsRotated is the event of a rotation moving n pickup bodies to
// master key keyID; err, if any, is what it could not move.
func PickupsRotated(n int, keyID, actor string, err error) Event {
	ev := Event{Type: TypePickupRotated, Count: n, MasterKey: keyID, Actor: actor, Result: "ok"}
	if err != nil {
		ev.Result, ev.Error = "partial", err.Error()
	}
	return ev
}

func methodNames(ms []policy.Method) []string {
	if len(ms) == 0 {
		return nil
	}
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = string(m)
	}
	return names
}

// genesis is the prev of the first line.
var genesis = strings.Repeat("0", 2*sha256.Size)

// hashSuffix starts the hash at the end of a line.
const hashSuffix = `,"hash":"`

// appendLine appends the line of ev (with '\n') and sets ev.Hash.
func appendLine(buf []byte, ev *Event) ([]byte, error) {
	start := len(buf)
	buf, hash, err := appendUnhashed(buf, ev)
	if err != nil {
		return buf[:start], err
	}
	ev.Hash = hash
	buf = append(buf[:len(buf)-1], hashSuffix...)
	return append(append(buf, hash...), '"', '}', '\n'), nil
}

// appendUnhashed appends the canonical JSON of ev without its hash and
// returns the hash of it.
func appendUnhashed(buf []byte, ev *Event) ([]byte, string, error) {
	e := *ev
	e.Hash = ""
	b := bytes.NewBuffer(buf)
	start := b.Len()
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&e); err != nil {
		return buf, "", fmt.Errorf("audit: %w", err)
	}
	out := bytes.TrimSuffix(b.Bytes(), []byte{'\n'})
	h := sha256.New()
	h.Write([]byte(e.Prev))
	h.Write(out[start:])
	return out, hex.EncodeToString(h.Sum(nil)), nil
}
