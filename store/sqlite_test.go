package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func open(t testing.TB, path string) *SQLite {
	t.Helper()
	s, err := OpenSQLite(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// openTemp opens a fresh store closed at the end of the test.
func openTemp(t testing.TB) *SQLite {
	t.Helper()
	s := open(t, filepath.Join(t.TempDir(), "queue.db"))
	t.Cleanup(func() { s.Close() })
	return s
}

// msg is a message with n recipients due at due.
func msg(id string, n int, due time.Time) *Message {
	now := time.Now()
	m := &Message{ID: id, From: "dr@clinic.example", Submitter: "ehr", Received: now,
		Expires: now.Add(48 * time.Hour), Size: 1234, Level: "phi", Body: []byte("sealed:" + id)}
	for i := range n {
		m.Recipients = append(m.Recipients, &Recipient{MessageID: id, Seq: i,
			Addr: fmt.Sprintf("r%d@example.net", i), Domain: "example.net",
			Methods: []string{"tls-verified", "pickup"}, Rule: "phi", State: StateQueued, NextAttempt: due})
	}
	return m
}

func enqueue(t testing.TB, s *SQLite, ms ...*Message) {
	t.Helper()
	for _, m := range ms {
		if err := s.Enqueue(context.Background(), m); err != nil {
			t.Fatalf("Enqueue %s: %v", m.ID, err)
		}
	}
}

func mustMessage(t testing.TB, s *SQLite, id string) *Message {
	t.Helper()
	m, err := s.Message(context.Background(), id)
	if err != nil {
		t.Fatalf("Message %s: %v", id, err)
	}
	return m
}

// mustBody reads the body of a queued message through Body.
func mustBody(t testing.TB, s *SQLite, id string) []byte {
	t.Helper()
	r, err := s.Body(context.Background(), id)
	if err != nil {
		t.Fatalf("Body %s: %v", id, err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("Body %s: %v", id, err)
	}
	return b
}

func TestEnqueueMessageRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	in := msg("m1", 3, time.Time{}) // zero NextAttempt: due now
	in.Recipients[0], in.Recipients[2] = in.Recipients[2], in.Recipients[0]
	in.RequireTLS = true
	in.Passcode = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"
	in.Recipients[1].Pickup = PickupTerms{Identity: "passcode", Expire: 72 * time.Hour, MaxViews: 2}
	in.Recipients[0].Channel = ChannelSMS // Seq 2
	before := time.Now()
	enqueue(t, s, in)
	enqueue(t, s, msg("m2", 1, time.Time{}))

	if m2 := mustMessage(t, s, "m2"); m2.RequireTLS || m2.Passcode != "" || m2.Recipients[0].Pickup != (PickupTerms{}) {
		t.Errorf("message submitted without REQUIRETLS, passcode or pickup terms reads %+v, recipient %+v", m2, m2.Recipients[0])
	}
	got := mustMessage(t, s, "m1")
	if got.From != in.From || got.Submitter != in.Submitter || got.Size != in.Size || got.Level != in.Level || !got.RequireTLS ||
		got.Passcode != in.Passcode ||
		!got.Received.Equal(in.Received) || !got.Expires.Equal(in.Expires) || got.Body != nil {
		t.Errorf("message = %+v, want %+v", got, in)
	}
	if body := mustBody(t, s, "m1"); !bytes.Equal(body, in.Body) {
		t.Errorf("body = %q, want %q", body, in.Body)
	}
	if len(got.Recipients) != 3 {
		t.Fatalf("%d recipients, want 3", len(got.Recipients))
	}
	for i, r := range got.Recipients {
		if r.Seq != i || r.Addr != fmt.Sprintf("r%d@example.net", i) {
			t.Errorf("recipient %d = seq %d %s: not in Seq order", i, r.Seq, r.Addr)
		}
		if r.MessageID != "m1" || r.State != StateQueued || r.Attempts != 0 || r.Rule != "phi" ||
			r.Domain != "example.net" || strings.Join(r.Methods, ">") != "tls-verified>pickup" {
			t.Errorf("recipient %d = %+v", i, r)
		}
		if want := in.Recipients[1].Pickup; (i == 1) != (r.Pickup == want) {
			t.Errorf("recipient %d pickup terms %+v, want %+v only on recipient 1", i, r.Pickup, want)
		}
		if r.NextAttempt.Before(before) || r.NextAttempt.After(time.Now()) {
			t.Errorf("recipient %d due %v, want now", i, r.NextAttempt)
		}
	}
	checkChannels(t, "Message", got.Recipients)
	ms, err := s.Messages(ctx, 0)
	if err != nil || len(ms) != 2 || ms[0].ID != "m1" {
		t.Fatalf("Messages = %v, %v; want m1 and m2", ms, err)
	}
	checkChannels(t, "Messages", ms[0].Recipients)
	var m1 []*Recipient
	for _, lane := range []Lane{LaneMail, LaneText} {
		claimed, err := s.Claim(ctx, lane, time.Now(), 10, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range claimed {
			if (r.Channel == ChannelSMS) != (lane == LaneText) {
				t.Errorf("Claim of lane %d: %s/%d on channel %q", lane, r.MessageID, r.Seq, r.Channel)
			}
			if r.MessageID == "m1" {
				m1 = append(m1, r)
			}
		}
	}
	slices.SortFunc(m1, func(a, b *Recipient) int { return a.Seq - b.Seq })
	checkChannels(t, "Claim", m1)
	if _, err := s.Message(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Message of a missing id: %v, want ErrNotFound", err)
	}
}

// checkChannels checks that, of m1's three recipients in Seq order as
// TestEnqueueMessageRoundTrip queued them, only Seq 2 is a text.
func checkChannels(t *testing.T, read string, rs []*Recipient) {
	t.Helper()
	if len(rs) != 3 {
		t.Fatalf("%s: %d recipients of m1, want 3", read, len(rs))
	}
	for i, r := range rs {
		want := ""
		if i == 2 {
			want = ChannelSMS
		}
		if r.Seq != i || r.Channel != want {
			t.Errorf("%s: recipient %d: seq %d, channel %q; want seq %d, channel %q", read, i, r.Seq, r.Channel, i, want)
		}
	}
}

func TestEnqueueRejects(t *testing.T) {
	s := openTemp(t)
	enqueue(t, s, msg("dup", 1, time.Now()))
	noRcpt := msg("x1", 0, time.Now())
	badMethod := msg("x2", 1, time.Now())
	badMethod.Recipients[0].Methods = []string{"pgp,tls"}
	badChannel := msg("x3", 1, time.Now())
	badChannel.Recipients[0].Channel = "fax"
	cases := []struct {
		name string
		m    *Message
		want error
	}{
		{"duplicate id", msg("dup", 2, time.Now()), ErrExists},
		{"no id", msg("", 1, time.Now()), nil},
		{"no recipients", noRcpt, nil},
		{"comma in a method", badMethod, nil},
		{"unknown channel", badChannel, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := s.Enqueue(context.Background(), c.m)
			if err == nil || (c.want != nil && !errors.Is(err, c.want)) {
				t.Errorf("Enqueue = %v, want an error (%v)", err, c.want)
			}
		})
	}
	if m := mustMessage(t, s, "dup"); len(m.Recipients) != 1 {
		t.Errorf("the rejected duplicate changed the stored message: %d recipients", len(m.Recipients))
	}
	if ms, _ := s.Messages(context.Background(), 0); len(ms) != 1 {
		t.Errorf("%d messages stored, want only the first one", len(ms))
	}
}

func claim(t *testing.T, s *SQLite, now time.Time, limit int, lease time.Duration) []string {
	t.Helper()
	rs, err := s.Claim(context.Background(), LaneMail, now, limit, lease)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, r := range rs {
		keys = append(keys, fmt.Sprintf("%s/%d", r.MessageID, r.Seq))
		if !r.NextAttempt.Equal(now.Add(lease)) {
			t.Errorf("claimed %s/%d next attempt %v, want now+lease %v", r.MessageID, r.Seq, r.NextAttempt, now.Add(lease))
		}
	}
	return keys
}

func TestClaim(t *testing.T) {
	s := openTemp(t)
	now := time.Now()
	a := msg("a", 2, now.Add(-2*time.Second))
	a.Recipients[1].NextAttempt = now.Add(-1 * time.Second)
	enqueue(t, s, a, msg("later", 1, now.Add(time.Hour)), msg("oldest", 1, now.Add(-3*time.Second)))
	lease := time.Minute
	steps := []struct {
		name  string
		at    time.Time
		limit int
		want  []string
	}{
		{"due only, earliest first, limit", now, 2, []string{"oldest/0", "a/0"}},
		{"the rest of what is due", now, 10, []string{"a/1"}},
		{"leased recipients are not claimed again", now, 10, nil},
		{"still leased", now.Add(lease - time.Second), 10, nil},
		{"lease over, ties in id order", now.Add(lease), 10, []string{"a/0", "a/1", "oldest/0"}},
		{"limit 0", now.Add(2 * time.Hour), 0, nil},
	}
	for _, st := range steps {
		if got := claim(t, s, st.at, st.limit, lease); !slices.Equal(got, st.want) {
			t.Errorf("%s: Claim = %v, want %v", st.name, got, st.want)
		}
	}
	m := mustMessage(t, s, "a")
	if r := m.Recipients[0]; r.Attempts != 2 || !r.NextAttempt.Equal(now.Add(2*lease)) {
		t.Errorf("stored after two claims: attempts %d, next %v; want 2, %v", r.Attempts, r.NextAttempt, now.Add(2*lease))
	}
	want := []string{"a/0", "a/1", "oldest/0", "later/0"}
	if got := claim(t, s, now.Add(time.Hour), 10, lease); !slices.Equal(got, want) {
		t.Errorf("an hour later: %v, want %v", got, want)
	}
}

func TestRecover(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	now := time.Now()
	enqueue(t, s, msg("a", 2, now), msg("b", 1, now))
	claim(t, s, now, 10, time.Hour)
	err := s.Update(ctx, []Update{{MessageID: "a", Seq: 1, State: StateQueued, NextAttempt: now.Add(time.Minute)}})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Recover(ctx, now)
	if err != nil || n != 2 {
		t.Fatalf("Recover = %d, %v; want the 2 recipients still claimed", n, err)
	}
	if got := claim(t, s, now, 10, time.Hour); !slices.Equal(got, []string{"a/0", "b/0"}) {
		t.Errorf("after Recover: %v, want a/0 b/0 due again (a/1 has its outcome recorded)", got)
	}
}

func TestUpdate(t *testing.T) {
	now := time.Now()
	retry := now.Add(10 * time.Minute)
	cases := []struct {
		name    string
		updates []Update
		removed bool
	}{
		{"all delivered", []Update{{Seq: 0, State: StateDelivered}, {Seq: 1, State: StateDelivered}}, true},
		{"delivered and bounced", []Update{{Seq: 0, State: StateFailed, LastError: "550 no"}, {Seq: 1, State: StateDelivered}}, true},
		{"one still queued", []Update{{Seq: 0, State: StateDelivered}, {Seq: 1, State: StateQueued, NextAttempt: retry, LastError: "451 later"}}, false},
		{"only one of two", []Update{{Seq: 1, State: StateDelivered}}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := openTemp(t)
			enqueue(t, s, msg("m", 2, now), msg("other", 1, now))
			for i := range c.updates {
				c.updates[i].MessageID = "m"
			}
			if err := s.Update(context.Background(), c.updates); err != nil {
				t.Fatal(err)
			}
			checkUpdated(t, s, c.updates, c.removed)
			mustMessage(t, s, "other")
		})
	}
}

func checkUpdated(t *testing.T, s *SQLite, us []Update, removed bool) {
	t.Helper()
	m, err := s.Message(context.Background(), "m")
	if removed {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("finished message still stored: %v", err)
		}
		if got := claim(t, s, time.Now().Add(time.Hour), 10, time.Minute); !slices.Equal(got, []string{"other/0"}) {
			t.Errorf("Claim after removal = %v: recipients left behind", got)
		}
		return
	}
	if err != nil {
		t.Fatalf("message with a queued recipient removed: %v", err)
	}
	for _, u := range us {
		r := m.Recipients[u.Seq]
		if r.State != u.State || r.LastError != u.LastError || (u.State == StateQueued && !r.NextAttempt.Equal(u.NextAttempt)) {
			t.Errorf("recipient %d = %+v, want %+v", u.Seq, r, u)
		}
	}
}

func TestUpdateEdgeCases(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	enqueue(t, s, msg("m", 1, time.Now()))
	if err := s.Update(ctx, []Update{{MessageID: "m", Seq: 0, State: "sent"}}); err == nil {
		t.Error("an unknown state was accepted")
	}
	if err := s.Update(ctx, []Update{{MessageID: "gone", Seq: 0, State: StateDelivered}}); err != nil {
		t.Errorf("update of a deleted message: %v, want it ignored", err)
	}
	if m := mustMessage(t, s, "m"); m.Recipients[0].State != StateQueued {
		t.Errorf("rejected update applied: %+v", m.Recipients[0])
	}
}

func TestNextDue(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, ok, err := s.NextDue(ctx, LaneMail); ok || err != nil {
		t.Fatalf("empty queue: ok=%v err=%v", ok, err)
	}
	now := time.Now()
	a := msg("a", 2, now.Add(time.Minute))
	a.Recipients[1].NextAttempt = now.Add(-time.Minute)
	enqueue(t, s, a, msg("b", 1, now.Add(time.Hour)))
	steps := []struct {
		name   string
		update Update
		want   time.Time
		ok     bool
	}{
		{"earliest queued", Update{}, now.Add(-time.Minute), true},
		{"final recipients do not count", Update{MessageID: "a", Seq: 1, State: StateDelivered}, now.Add(time.Minute), true},
		{"rescheduled", Update{MessageID: "a", Seq: 0, State: StateQueued, NextAttempt: now.Add(2 * time.Hour)}, now.Add(time.Hour), true},
		{"one left", Update{MessageID: "a", Seq: 0, State: StateFailed}, now.Add(time.Hour), true},
		{"empty again", Update{MessageID: "b", Seq: 0, State: StateDelivered}, time.Time{}, false},
	}
	for _, st := range steps {
		if st.update.MessageID != "" {
			if err := s.Update(ctx, []Update{st.update}); err != nil {
				t.Fatal(err)
			}
		}
		got, ok, err := s.NextDue(ctx, LaneMail)
		if err != nil || ok != st.ok || (ok && !got.Equal(st.want)) {
			t.Errorf("%s: NextDue = %v %v %v, want %v %v", st.name, got, ok, err, st.want, st.ok)
		}
	}
}

func TestMessagesOldestFirst(t *testing.T) {
	s := openTemp(t)
	base := time.Now()
	for i, id := range []string{"c", "a", "b"} {
		m := msg(id, i+1, base)
		m.Received = base.Add(-time.Duration(i) * time.Minute) // b oldest, then a, then c
		enqueue(t, s, m)
	}
	cases := []struct {
		limit int
		want  []string
	}{{0, []string{"b", "a", "c"}}, {2, []string{"b", "a"}}, {1, []string{"b"}}}
	for _, c := range cases {
		ms, err := s.Messages(context.Background(), c.limit)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, m := range ms {
			ids = append(ids, m.ID)
			if m.Body != nil || len(m.Recipients) != map[string]int{"c": 1, "a": 2, "b": 3}[m.ID] {
				t.Errorf("listed %s with body %q and %d recipients", m.ID, m.Body, len(m.Recipients))
			}
		}
		if !slices.Equal(ids, c.want) {
			t.Errorf("Messages(%d) = %v, want %v", c.limit, ids, c.want)
		}
	}
}

func TestUsers(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	created := time.Now()
	ehr := &User{Name: "ehr", Hash: "$argon2id$v=19$x", MaySendAs: []string{"@clinic.example", `"a,b"@x.example`}, Created: created}
	lab := &User{Name: "lab", Hash: "$2y$10$y", MaySendAs: []string{"*"}, Created: created}
	steps := []struct {
		name string
		do   func() error
		want error
	}{
		{"add", func() error { return s.AddUser(ctx, ehr) }, nil},
		{"add another", func() error { return s.AddUser(ctx, lab) }, nil},
		{"add twice", func() error { return s.AddUser(ctx, &User{Name: "ehr", Hash: "other"}) }, ErrExists},
		{"remove", func() error { return s.RemoveUser(ctx, "lab") }, nil},
		{"remove twice", func() error { return s.RemoveUser(ctx, "lab") }, ErrNotFound},
		{"get removed", func() error { _, err := s.User(ctx, "lab"); return err }, ErrNotFound},
	}
	for _, st := range steps {
		if err := st.do(); !errors.Is(err, st.want) {
			t.Errorf("%s: %v, want %v", st.name, err, st.want)
		}
	}
	got, err := s.User(ctx, "ehr")
	if err != nil || got.Hash != ehr.Hash || !slices.Equal(got.MaySendAs, ehr.MaySendAs) || !got.Created.Equal(created) {
		t.Errorf("User = %+v, %v; want %+v (the duplicate add must not overwrite)", got, err, ehr)
	}
	if us, err := s.Users(ctx); err != nil || len(us) != 1 || us[0].Name != "ehr" {
		t.Errorf("Users = %v, %v", us, err)
	}
}

func TestConcurrentEnqueueSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue.db")
	s := open(t, path)
	const goroutines, each = 50, 40
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range each {
				if err := s.Enqueue(context.Background(), msg(fmt.Sprintf("g%d-%d", g, i), 1, time.Now())); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	commits, reqs := s.commits.Load(), s.committed.Load()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if reqs != goroutines*each || commits > reqs/2 {
		t.Errorf("%d requests in %d commits: want %d requests grouped into fewer commits", reqs, commits, goroutines*each)
	}
	s = open(t, path)
	defer s.Close()
	for g := range goroutines {
		for i := range each {
			if m := mustMessage(t, s, fmt.Sprintf("g%d-%d", g, i)); len(m.Recipients) != 1 {
				t.Fatalf("%s has %d recipients", m.ID, len(m.Recipients))
			}
		}
	}
}

func TestStateSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue.db")
	s := open(t, path)
	ctx := context.Background()
	now := time.Now()
	enqueue(t, s, msg("m", 2, now))
	claim(t, s, now, 1, time.Minute)
	up := Update{MessageID: "m", Seq: 0, State: StateQueued, NextAttempt: now.Add(time.Hour), LastError: "451 greylisted"}
	if err := s.Update(ctx, []Update{up}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddUser(ctx, &User{Name: "ehr", Hash: "h"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("database file mode %v, %v; want 0600", fi.Mode(), err)
	}
	s = open(t, path)
	defer s.Close()
	r := mustMessage(t, s, "m").Recipients[0]
	if r.Attempts != 1 || r.LastError != up.LastError || !r.NextAttempt.Equal(up.NextAttempt) {
		t.Errorf("after reopen: %+v", r)
	}
	if _, err := s.User(ctx, "ehr"); err != nil {
		t.Error(err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue.db")
	open(t, path).Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE schema_version SET version = ?`, len(migrations)+1); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if s, err := OpenSQLite(path, nil); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("OpenSQLite of a newer schema: %v", err)
		if s != nil {
			s.Close()
		}
	}
}

// TestLanes: texts and mail are claimed and timed apart, a text's lane
// full of due work leaves mail's alone, and each lane's claim is served
// by the index, not a scan of the other lane's rows.
func TestLanes(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	now := time.Now()
	texts := msg("texts", 3, now.Add(-time.Hour))
	for _, r := range texts.Recipients {
		r.Channel = ChannelSMS
	}
	mail := msg("mail", 1, now.Add(time.Minute))
	mail.Recipients[0].Channel = ChannelEmail
	enqueue(t, s, texts, mail)
	if rs, err := s.Claim(ctx, LaneMail, now, 10, time.Minute); err != nil || len(rs) != 0 {
		t.Errorf("mail lane claimed %d (%v), want none due", len(rs), err)
	}
	next, ok, err := s.NextDue(ctx, LaneMail)
	if err != nil || !ok || !next.Equal(time.Unix(0, mail.Recipients[0].NextAttempt.UnixNano())) {
		t.Errorf("mail lane next due %v %v %v, want the mail's", next, ok, err)
	}
	rs, err := s.Claim(ctx, LaneText, now, 2, time.Minute)
	if err != nil || len(rs) != 2 || rs[0].Channel != ChannelSMS {
		t.Fatalf("text lane claimed %v (%v), want 2 texts", rs, err)
	}
	if rs, _ := s.Claim(ctx, LaneMail, now.Add(2*time.Minute), 10, time.Minute); len(rs) != 1 || rs[0].MessageID != "mail" || rs[0].Channel != "" {
		t.Errorf("mail lane later: %v, want the mail, stored on channel \"\"", rs)
	}
	for _, lane := range []Lane{LaneMail, LaneText} {
		var plan string
		var id, parent, notused int
		if err := s.r.QueryRow(`EXPLAIN QUERY PLAN SELECT `+rcptColumns+` FROM recipients
			WHERE state = 'queued' AND channel = ? AND next_attempt <= ? ORDER BY next_attempt, msg_id, seq LIMIT ?`,
			lane.channel(), 1, 1).Scan(&id, &parent, &notused, &plan); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(plan, "SEARCH recipients USING INDEX recipients_due (channel=? AND next_attempt<?)") {
			t.Errorf("lane %d claim plan: %s", lane, plan)
		}
	}
}
