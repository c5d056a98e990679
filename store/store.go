// Package store owns durable state: the message queue (sealed bodies,
// per-recipient delivery state), the SMTP/API accounts, the recipient
// keys the admin imported and the sealed pickups. One interface,
// engines beside it (SQLite embedded; PostgreSQL later). It never sees a
// message in clear: bodies arrive sealed and leave sealed.
package store

import (
	"context"
	"errors"
	"io"
	"time"
)

// ErrNotFound is returned when a message or user does not exist.
var ErrNotFound = errors.New("store: not found")

// ErrExists is returned when adding a user that exists.
var ErrExists = errors.New("store: already exists")

// ErrPickupClosed is returned by RecordPickupView for a pickup that may
// not be viewed (again): revoked, expired, locked, purged or viewed
// MaxViews times. Read the pickup to tell which.
var ErrPickupClosed = errors.New("store: pickup closed")

// State is a recipient's delivery state.
type State string

const (
	StateQueued    State = "queued"    // waiting for (another) attempt
	StateDelivered State = "delivered" // final: accepted by the next hop
	StateFailed    State = "failed"    // final: bounced (permanent error or expiry)
)

// Message is one accepted message with its recipients.
type Message struct {
	ID        string
	From      string // envelope sender; "" is the null sender (DSNs)
	Submitter string // account name, or "relay:<ip>"
	Received  time.Time
	Expires   time.Time
	Size      int64  // size of the clear body in bytes
	Level     string // sensitivity level, for queue listings
	// RequireTLS is the submitter's REQUIRETLS (RFC 8689): no delivery
	// attempt of this message may be made without TLS.
	RequireTLS bool
	// Passcode is the argon2id hash (see crypto/passwd) of the passcode
	// the submitter set for the message's pickups; "" if none. The
	// passcode itself is never stored.
	Passcode string
	// Body is the sealed message (see crypto/seal) given to Enqueue; the
	// store keeps it opaque. Message and Messages leave it nil: Store.Body
	// streams it.
	Body       []byte
	Recipients []*Recipient
}

// Recipient is one recipient of a message and its delivery state.
type Recipient struct {
	MessageID string
	Seq       int // 0-based position in the message's recipient list
	Addr      string
	Domain    string // lower-cased domain of Addr
	// Methods is the decision's method chain (chosen first, then
	// fallbacks) and Rule the policy rule that chose it.
	Methods []string
	Rule    string
	// Pickup is the rule's terms for a pickup of this recipient; zero
	// fields leave the channel's defaults.
	Pickup PickupTerms
	// Channel is the channel the pipeline decided the recipient on: ""
	// or ChannelEmail for mail, ChannelSMS for a text. The scheduler
	// delivers a text to the number that is the local part of Addr
	// ("+15551234567@sms.example.org").
	Channel     string
	State       State
	Attempts    int
	NextAttempt time.Time
	LastError   string
}

// Lane is a part of the queue claimed and scheduled on its own: texts
// wait on Twilio's rate (one a second for a long code), and a campaign of
// them must not hold back mail.
type Lane int

const (
	LaneMail Lane = iota // recipients on the mail channel
	LaneText             // recipients on the sms channel
)

// channel is the stored channel of the lane's recipients.
func (l Lane) channel() string {
	if l == LaneText {
		return ChannelSMS
	}
	return ""
}

// Channels of a recipient (Recipient.Channel).
const (
	ChannelEmail = "email" // also ""
	ChannelSMS   = "sms"
)

// PickupTerms are what a policy rule sets for the pickups it makes.
type PickupTerms struct {
	// Identity is how the recipient proves who they are: "code" (a
	// one-time code sent to them; also when empty) or "passcode" (the one
	// the submitter set, see Message.Passcode).
	Identity string
	Expire   time.Duration // how long the link stays open; 0: the default
	MaxViews int           // 0: the default
}

// Update is the outcome of one delivery attempt for one recipient.
type Update struct {
	MessageID   string
	Seq         int
	State       State
	NextAttempt time.Time // for StateQueued
	LastError   string
}

// KeyKind is the kind of a recipient key in the keystore.
type KeyKind string

const (
	KeyPGP   KeyKind = "pgp"   // an OpenPGP public key (binary packets)
	KeySMIME KeyKind = "smime" // an X.509 certificate (DER)
)

// RecipientKey is a public key or certificate the admin imported for an
// address ("pat@example.net") or a whole domain ("@partner.example.org").
// The store keeps Data opaque: parsing and checking it is the crypto
// packages' job. Fingerprint is what the admin sees and removes by.
type RecipientKey struct {
	Kind        KeyKind
	Match       string // lower-case address or "@domain"
	Fingerprint string // lower-case hex: OpenPGP v4/v6 fingerprint, SHA-256 of the DER certificate
	Data        []byte
	Added       time.Time
}

// User is an SMTP/API account. Only the password hash is stored.
type User struct {
	Name      string
	Hash      string   // argon2id or bcrypt, PHC/modular-crypt string
	MaySendAs []string // "user@domain", "@domain", "*"
	Created   time.Time
}

// APIKey is a key of the HTTP API. Only a hash of the key is stored
// (see crypto/apikey, which makes and checks keys): the store keeps Hash
// opaque. ID names the key in logs and the audit log and is not secret;
// Name is what the admin adds, lists and removes it by.
type APIKey struct {
	ID        string
	Name      string
	Hash      []byte
	MaySendAs []string // "user@domain", "@domain", "*", as User's
	Created   time.Time
}

// Pickup is a message held sealed for a recipient to fetch through the
// portal (see channels/pickup). The store keeps its rules of use: a view
// is recorded only while the pickup is open, failed verifications lock
// it at a limit, and a purge drops the body but keeps this record, so
// that an old link reads "expired" and not "unknown".
type Pickup struct {
	ID        string // random, not guessable; what the admin revokes by
	MessageID string // the queue message it was made from
	Recipient string
	Sender    string
	TokenHash []byte // SHA-256 of the link's token; unique. The token is never stored.
	Created   time.Time
	Expires   time.Time
	MaxViews  int // at least 1
	Views     int
	Failures  int       // failed identity verifications
	Locked    bool      // set when Failures reached the limit
	Revoked   time.Time // zero if not revoked
	Purged    time.Time // zero while the body is held
	Viewed    time.Time // when the last view was counted; zero if none
	// Passcode is the argon2id hash of the sender's passcode that opens
	// the pickup instead of a one-time code; "" for a code.
	Passcode string
	// Body is the sealed body (see crypto/seal), given to AddPickup only;
	// reads leave it nil: PickupBody streams it.
	Body []byte
}

// PickupState is what a pickup allows at some time.
type PickupState string

const (
	PickupOpen      PickupState = "open"
	PickupRevoked   PickupState = "revoked"
	PickupExpired   PickupState = "expired"
	PickupLocked    PickupState = "locked"
	PickupViewsUsed PickupState = "views-used"
)

// State returns the state of p at now. When several apply, the first of
// revoked, expired, locked and views used wins: the sender's decision,
// then time, then what the recipient did. A purged pickup is revoked,
// expired or viewed as many times as allowed, as it was when purged (or
// expired, if the record says none of these).
func (p *Pickup) State(now time.Time) PickupState {
	switch {
	case !p.Revoked.IsZero():
		return PickupRevoked
	case !now.Before(p.Expires):
		return PickupExpired
	case p.Locked:
		return PickupLocked
	case p.Views >= p.MaxViews:
		return PickupViewsUsed
	case !p.Purged.IsZero():
		return PickupExpired
	}
	return PickupOpen
}

// PickupStore is the part of the store that holds pickups; Store has it
// all. Each method is one atomic change: concurrent views and failed
// verifications are counted exactly.
type PickupStore interface {
	// AddPickup stores p with its sealed body; an ID or token hash
	// already stored fails with ErrExists.
	AddPickup(ctx context.Context, p *Pickup) error
	// Pickup returns the pickup with this ID, without its body.
	Pickup(ctx context.Context, id string) (*Pickup, error)
	// PickupByToken returns the pickup whose token hash is hash.
	PickupByToken(ctx context.Context, hash []byte) (*Pickup, error)
	// Pickups lists up to limit pickups (all if limit <= 0) whose ID sorts
	// after after, in ID order, without bodies: page with the last ID.
	Pickups(ctx context.Context, after string, limit int) ([]*Pickup, error)
	// PickupsOfMessage lists the pickups made of a queue message, in ID
	// order, without bodies.
	PickupsOfMessage(ctx context.Context, msgID string) ([]*Pickup, error)
	// PickupBody streams the sealed body of a pickup not purged.
	PickupBody(ctx context.Context, id string) (io.ReadCloser, error)
	// RecordPickupView counts one view and returns the new count, if the
	// pickup is open at now (see Pickup.State); otherwise it changes
	// nothing and fails with ErrPickupClosed.
	RecordPickupView(ctx context.Context, id string, now time.Time) (views int, err error)
	// RecordPickupFailure counts one failed verification and locks the
	// pickup once failures reach limit; it returns the new count and
	// whether the pickup is locked.
	RecordPickupFailure(ctx context.Context, id string, limit int) (failures int, locked bool, err error)
	// RevokePickup marks the pickup revoked at at and reports whether
	// this call did; revoking again keeps the first time and returns
	// false.
	RevokePickup(ctx context.Context, id string, at time.Time) (bool, error)
	// PurgePickups drops the bodies of the pickups that expired or were
	// revoked at or before before, of those locked, and of those whose
	// views were used up by a last view at or before usedBefore, keeping their records
	// (Purged set to before). It returns the records it purged, in ID
	// order; State(before) of each says why.
	PurgePickups(ctx context.Context, before, usedBefore time.Time) ([]*Pickup, error)
	// ReplacePickupHeader replaces the first len(old) bytes of a pickup's
	// body, which must be old, with header (a sealed body's header,
	// rewrapped under a new master key), in one write. A body that no
	// longer starts with old is left alone: the call fails.
	ReplacePickupHeader(ctx context.Context, id string, old, header []byte) error
	// SetPickupCode stores the hash of a one-time code for the pickup,
	// valid until expires, in place of any code it had, and deletes
	// (a bounded number of) codes of any pickup expired at now.
	SetPickupCode(ctx context.Context, id string, hash []byte, now, expires time.Time) error
	// PickupCode returns the hash of the pickup's code and its expiry;
	// ErrNotFound if it has none.
	PickupCode(ctx context.Context, id string) (hash []byte, expires time.Time, err error)
	// DeletePickupCode removes the pickup's code if its hash is hash and
	// reports whether it did: of concurrent users of one code, one wins.
	DeletePickupCode(ctx context.Context, id string, hash []byte) (bool, error)
}

// Consent is a phone number's standing for texts: opted in or out, who
// said so (the recipient by texting STOP or START, or the admin or API
// on the recipient's behalf), through what and when.
type Consent struct {
	Number      string // E.164
	OptedIn     bool
	ByRecipient bool   // the recipient's own text, not an import or API call
	Via         string // "sms:STOP", "cli:alice", "api:KEYID": no message content
	At          time.Time
}

// ConsentStore holds consent for texts, one record per number.
type ConsentStore interface {
	// SetConsent records c in place of the number's record, except over
	// an opt-out by the recipient, which only the recipient's opt-in
	// replaces; applied is false when c was not recorded for that reason.
	SetConsent(ctx context.Context, c Consent) (applied bool, err error)
	// Consent returns the number's record; ErrNotFound if it has none.
	Consent(ctx context.Context, number string) (*Consent, error)
}

// SMSSent is a text Twilio accepted, kept for its status callbacks.
type SMSSent struct {
	SID       string // Twilio's message SID
	MessageID string // the queue message the text was sent for
	Recipient string // the recipient address as queued: "+15551234567@sms.example.org"
	Sender    string // the message's envelope sender, for a DSN; "" for the null sender
	// Status is Twilio's: queued, accepted, scheduled, sending, sent,
	// delivered, undelivered, failed, read or canceled.
	Status    string
	ErrorCode int // Twilio's error code; 0 for none
	Sent      time.Time
	Updated   time.Time // when Status was last set; zero until a callback
}

// smsStatusRanks orders Twilio's statuses: a callback's status replaces
// the stored one only if it ranks higher. Rank 4 is final.
var smsStatusRanks = map[string]int{
	"queued": 1, "accepted": 1, "scheduled": 1,
	"sending":   2,
	"sent":      3,
	"delivered": 4, "undelivered": 4, "failed": 4, "read": 4, "canceled": 4,
}

const smsFinalRank = 4

// SMSStatusFinal reports whether status is one after which Twilio sends
// no other (delivered, undelivered, failed, read, canceled).
func SMSStatusFinal(status string) bool { return smsStatusRanks[status] == smsFinalRank }

// SMSStatusKnown reports whether status is one of Twilio's that the store
// ranks.
func SMSStatusKnown(status string) bool { return smsStatusRanks[status] != 0 }

// SMSStore holds the texts sent, one record per Twilio SID. Neither a
// phone number nor a recipient address is ever in its errors: they are
// the patient's.
type SMSStore interface {
	// AddSMSSent stores s, whose SID, MessageID, Recipient, Status (one
	// of Twilio's) and Sent are required; a SID already stored fails with
	// ErrExists.
	AddSMSSent(ctx context.Context, s SMSSent) error
	// SetSMSStatus sets the text's status, error code and Updated (at) if
	// status ranks higher than the stored one (queued, accepted,
	// scheduled < sending < sent < the final ones; a final status never
	// replaces another): callbacks that arrive late or again change
	// nothing. It returns the record as it is after the call and whether
	// the call changed it. An unknown SID fails with ErrNotFound, an
	// unknown status with an error naming it.
	SetSMSStatus(ctx context.Context, sid, status string, errorCode int, at time.Time) (s *SMSSent, changed bool, err error)
	// SMSSent returns the text with this SID; ErrNotFound if none.
	SMSSent(ctx context.Context, sid string) (*SMSSent, error)
}

// Store is the durable state. Implementations are safe for concurrent use.
// Writes return only once durable (committed and synced): callers answer
// "250" after Enqueue returns nil. Engines may group concurrent writes into
// one commit.
type Store interface {
	// Enqueue stores m and its recipients (all StateQueued, due now).
	Enqueue(ctx context.Context, m *Message) error
	// Claim returns up to limit queued recipients due at or before now and,
	// in the same commit, increments their Attempts and pushes their
	// NextAttempt to now+lease, so that the attempt is recorded before any
	// connection is made and a crashed attempt is retried after the lease.
	// Only recipients of lane are claimed.
	Claim(ctx context.Context, lane Lane, now time.Time, limit int, lease time.Duration) ([]*Recipient, error)
	// Recover makes the recipients that a previous run of this node had
	// claimed due now: their attempts died with that run. (An engine
	// shared by several nodes releases only the claims of the node that
	// recovers.)
	Recover(ctx context.Context, now time.Time) (int, error)
	// NextDue returns the earliest NextAttempt of any queued recipient;
	// ok is false when nothing is queued.
	// (of lane).
	NextDue(ctx context.Context, lane Lane) (t time.Time, ok bool, err error)
	// Message returns a message with its recipients, without its body.
	Message(ctx context.Context, id string) (*Message, error)
	// Body streams the sealed body of a queued message, so that a large
	// message is never held whole in memory.
	Body(ctx context.Context, id string) (io.ReadCloser, error)
	// Update records attempt outcomes. A message whose recipients are all
	// final is removed (body included).
	Update(ctx context.Context, us []Update) error
	// Messages lists queued messages (without bodies), oldest first.
	Messages(ctx context.Context, limit int) ([]*Message, error)

	AddUser(ctx context.Context, u *User) error
	User(ctx context.Context, name string) (*User, error)
	Users(ctx context.Context) ([]*User, error)
	RemoveUser(ctx context.Context, name string) error

	// AddAPIKey stores an API key, which needs an ID, a name, a hash and
	// at least one pattern; a name or ID already used fails with
	// ErrExists.
	AddAPIKey(ctx context.Context, k *APIKey) error
	// APIKey returns the key with this ID; ErrNotFound if none.
	APIKey(ctx context.Context, id string) (*APIKey, error)
	// APIKeys lists the keys by name.
	APIKeys(ctx context.Context) ([]*APIKey, error)
	// RemoveAPIKey deletes the key named name; ErrNotFound if none.
	RemoveAPIKey(ctx context.Context, name string) error

	// AddKey stores a recipient key; the same kind, match and fingerprint
	// again fails with ErrExists.
	AddKey(ctx context.Context, k *RecipientKey) error
	// Keys returns the keys whose match is one of matches (an address and
	// its "@domain" forms, say), or every key when matches is empty,
	// ordered by match then fingerprint.
	Keys(ctx context.Context, matches ...string) ([]*RecipientKey, error)
	// RemoveKey removes the keys with this fingerprint, or only those for
	// match when match is not empty. It returns how many it removed;
	// none fails with ErrNotFound.
	RemoveKey(ctx context.Context, fingerprint, match string) (int, error)

	PickupStore
	ConsentStore
	SMSStore

	Close() error
}
