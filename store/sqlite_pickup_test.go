package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// pickup is an open pickup with a small body, expiring in a day.
func pickup(id string) *Pickup {
	now := time.Now()
	h := sha256.Sum256([]byte("token-" + id))
	return &Pickup{ID: id, MessageID: "msg-" + id, Recipient: "pat@example.net", Sender: "dr@clinic.example",
		TokenHash: h[:], Created: now, Expires: now.Add(24 * time.Hour), MaxViews: 3, Body: []byte("sealed:" + id)}
}

func addPickup(t testing.TB, s *SQLite, ps ...*Pickup) {
	t.Helper()
	for _, p := range ps {
		if err := s.AddPickup(context.Background(), p); err != nil {
			t.Fatalf("AddPickup %s: %v", p.ID, err)
		}
	}
}

func mustPickup(t testing.TB, s *SQLite, id string) *Pickup {
	t.Helper()
	p, err := s.Pickup(context.Background(), id)
	if err != nil {
		t.Fatalf("Pickup %s: %v", id, err)
	}
	return p
}

func mustPickupBody(t testing.TB, s *SQLite, id string) []byte {
	t.Helper()
	r, err := s.PickupBody(context.Background(), id)
	if err != nil {
		t.Fatalf("PickupBody %s: %v", id, err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("PickupBody %s: %v", id, err)
	}
	return b
}

func count(t testing.TB, s *SQLite, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.r.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// samePickup compares everything but the body, which reads leave nil.
func samePickup(got, want *Pickup) bool {
	return got.ID == want.ID && got.MessageID == want.MessageID && got.Recipient == want.Recipient &&
		got.Sender == want.Sender && bytes.Equal(got.TokenHash, want.TokenHash) &&
		got.Created.Equal(want.Created) && got.Expires.Equal(want.Expires) && got.MaxViews == want.MaxViews &&
		got.Views == want.Views && got.Failures == want.Failures && got.Locked == want.Locked &&
		got.Revoked.Equal(want.Revoked) && got.Purged.Equal(want.Purged) && got.Passcode == want.Passcode && got.Body == nil
}

func TestPickupRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	in, other := pickup("p1"), pickup("p2")
	in.Passcode = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"
	addPickup(t, s, in, other)
	if p := mustPickup(t, s, "p2"); p.Passcode != "" {
		t.Errorf("pickup made without a passcode reads passcode %q", p.Passcode)
	}
	want := *in
	want.Body = nil
	if got := mustPickup(t, s, "p1"); !samePickup(got, &want) {
		t.Errorf("Pickup = %+v, want %+v", got, &want)
	}
	got, err := s.PickupByToken(ctx, in.TokenHash)
	if err != nil || !samePickup(got, &want) {
		t.Errorf("PickupByToken = %+v, %v; want %+v", got, err, &want)
	}
	if b := mustPickupBody(t, s, "p1"); !bytes.Equal(b, in.Body) {
		t.Errorf("PickupBody = %q, want %q", b, in.Body)
	}
	if _, err := s.Pickup(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Pickup of a missing id: %v, want ErrNotFound", err)
	}
	if _, err := s.PickupByToken(ctx, make([]byte, 32)); !errors.Is(err, ErrNotFound) {
		t.Errorf("PickupByToken of an unknown hash: %v, want ErrNotFound", err)
	}
	if _, err := s.PickupBody(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("PickupBody of a missing id: %v, want ErrNotFound", err)
	}
}

func TestPickupStateSurvivesReopen(t *testing.T) {
	path := t.TempDir() + "/p.db"
	s := open(t, path)
	addPickup(t, s, pickup("p"))
	if _, _, err := s.RecordPickupFailure(context.Background(), "p", 5); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, path)
	defer s.Close()
	if p := mustPickup(t, s, "p"); p.Failures != 1 || !bytes.Equal(mustPickupBody(t, s, "p"), []byte("sealed:p")) {
		t.Errorf("after reopening: %d failures, want 1, or the body changed", p.Failures)
	}
}

func TestPickupBodyChunks(t *testing.T) {
	s := openTemp(t)
	rng := rand.New(rand.NewPCG(3, 4))
	cases := []struct {
		size, rows int // rows in pickup_chunks
	}{{1, 0}, {bodyChunk - 1, 0}, {bodyChunk, 0}, {bodyChunk + 1, 1}, {3*bodyChunk + 17, 3}}
	for _, c := range cases {
		p := pickup("size-" + strconv.Itoa(c.size))
		p.Body = make([]byte, c.size)
		for i := range p.Body {
			p.Body[i] = byte(rng.Uint32())
		}
		addPickup(t, s, p)
		if got := mustPickupBody(t, s, p.ID); !bytes.Equal(got, p.Body) {
			t.Errorf("body of %d bytes read back as %d bytes, or changed", c.size, len(got))
		}
		if n := count(t, s, `SELECT COUNT(*) FROM pickup_chunks WHERE pickup_id = ?`, p.ID); n != c.rows {
			t.Errorf("body of %d bytes: %d chunk rows, want %d", c.size, n, c.rows)
		}
	}
}

func TestAddPickupRejects(t *testing.T) {
	s := openTemp(t)
	addPickup(t, s, pickup("dup"))
	sameToken := pickup("other")
	sameToken.TokenHash = pickup("dup").TokenHash
	change := func(f func(p *Pickup)) *Pickup {
		p := pickup("x")
		f(p)
		return p
	}
	cases := []struct {
		name string
		p    *Pickup
		want error // nil: any error
	}{
		{"duplicate id", pickup("dup"), ErrExists},
		{"duplicate token hash", sameToken, ErrExists},
		{"no id", change(func(p *Pickup) { p.ID = "" }), nil},
		{"no token hash", change(func(p *Pickup) { p.TokenHash = nil }), nil},
		{"no expiry", change(func(p *Pickup) { p.Expires = time.Time{} }), nil},
		{"no views", change(func(p *Pickup) { p.MaxViews = 0 }), nil},
		{"no body", change(func(p *Pickup) { p.Body = nil }), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := s.AddPickup(context.Background(), c.p)
			if err == nil || (c.want != nil && !errors.Is(err, c.want)) {
				t.Errorf("AddPickup = %v, want an error (%v)", err, c.want)
			}
		})
	}
	if n := count(t, s, `SELECT COUNT(*) FROM pickups`); n != 1 {
		t.Errorf("%d pickups stored, want only the first", n)
	}
	if got := mustPickup(t, s, "dup"); got.MessageID != "msg-dup" {
		t.Errorf("the rejected duplicate changed the stored pickup: %+v", got)
	}
}

func TestPickupState(t *testing.T) {
	now := time.Now()
	open := pickup("p")
	open.Views = 2
	with := func(f func(p *Pickup)) *Pickup {
		p := *open
		f(&p)
		return &p
	}
	cases := []struct {
		name string
		p    *Pickup
		want PickupState
	}{
		{"open", open, PickupOpen},
		{"revoked", with(func(p *Pickup) { p.Revoked = now }), PickupRevoked},
		{"revoked beats expired and locked", with(func(p *Pickup) { p.Revoked, p.Expires, p.Locked = now, now, true }), PickupRevoked},
		{"expired at its time", with(func(p *Pickup) { p.Expires = now }), PickupExpired},
		{"purged", with(func(p *Pickup) { p.Purged = now }), PickupExpired},
		{"purged once its views were used", with(func(p *Pickup) { p.Purged, p.Views = now, 3 }), PickupViewsUsed},
		{"purged, revoked", with(func(p *Pickup) { p.Purged, p.Revoked, p.Views = now, now, 3 }), PickupRevoked},
		{"expired beats locked", with(func(p *Pickup) { p.Expires, p.Locked = now.Add(-time.Second), true }), PickupExpired},
		{"locked", with(func(p *Pickup) { p.Locked = true }), PickupLocked},
		{"locked beats views used", with(func(p *Pickup) { p.Locked, p.Views = true, 3 }), PickupLocked},
		{"views used", with(func(p *Pickup) { p.Views = 3 }), PickupViewsUsed},
	}
	for _, c := range cases {
		if got := c.p.State(now); got != c.want {
			t.Errorf("%s: State = %s, want %s", c.name, got, c.want)
		}
	}
}

func TestRecordPickupView(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	now := time.Now()
	addPickup(t, s, pickup("p"))
	for want := 1; want <= 3; want++ {
		at := now.Add(time.Duration(want) * time.Minute)
		if views, err := s.RecordPickupView(ctx, "p", at); err != nil || views != want {
			t.Fatalf("view %d: %d, %v", want, views, err)
		}
		if p := mustPickup(t, s, "p"); !p.Viewed.Equal(at) {
			t.Errorf("view %d: last view at %v, want %v", want, p.Viewed, at)
		}
	}
	if _, err := s.RecordPickupView(ctx, "p", now); !errors.Is(err, ErrPickupClosed) {
		t.Errorf("view past MaxViews: %v, want ErrPickupClosed", err)
	}
	if p := mustPickup(t, s, "p"); p.Views != 3 {
		t.Errorf("%d views stored, want 3", p.Views)
	}
	if _, err := s.RecordPickupView(ctx, "nope", now); !errors.Is(err, ErrNotFound) {
		t.Errorf("view of a missing pickup: %v, want ErrNotFound", err)
	}
}

// TestRecordPickupViewClosed: a pickup that is not open counts no view.
func TestRecordPickupViewClosed(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	now := time.Now()
	expired, revoked, locked, purged := pickup("expired"), pickup("revoked"), pickup("locked"), pickup("purged")
	expired.Expires = now
	purged.Expires = now.Add(-time.Hour)
	addPickup(t, s, expired, revoked, locked, purged)
	if _, err := s.RevokePickup(ctx, "revoked", now); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.RecordPickupFailure(ctx, "locked", 1); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PurgePickups(ctx, now.Add(-time.Minute), now.Add(-time.Minute)); err != nil {
		t.Fatal(err)
	}
	purged.Expires = now.Add(time.Hour) // even a purged pickup whose expiry moved stays closed
	if err := s.write(ctx, 0, func(w *writer) error {
		return w.exec1(`UPDATE pickups SET expires = ? WHERE id = 'purged'`, purged.Expires.UnixNano())
	}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"expired", "revoked", "locked", "purged"} {
		if _, err := s.RecordPickupView(ctx, id, now); !errors.Is(err, ErrPickupClosed) {
			t.Errorf("view of %s pickup: %v, want ErrPickupClosed", id, err)
		}
		if p := mustPickup(t, s, id); p.Views != 0 {
			t.Errorf("%s pickup: %d views counted, want 0", id, p.Views)
		}
	}
}

// TestRecordPickupViewConcurrent: of many concurrent views, exactly
// MaxViews are counted.
func TestRecordPickupViewConcurrent(t *testing.T) {
	s := openTemp(t)
	p := pickup("p")
	p.MaxViews = 5
	addPickup(t, s, p)
	const tries = 40
	var wg sync.WaitGroup
	var mu sync.Mutex
	var counted []int
	closed := 0
	for range tries {
		wg.Go(func() {
			views, err := s.RecordPickupView(context.Background(), "p", time.Now())
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				counted = append(counted, views)
			case errors.Is(err, ErrPickupClosed):
				closed++
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	slices.Sort(counted)
	if !slices.Equal(counted, []int{1, 2, 3, 4, 5}) || closed != tries-5 {
		t.Errorf("views counted %v and %d refused, want 1 to 5 and %d", counted, closed, tries-5)
	}
}

func TestRecordPickupFailureLocks(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	addPickup(t, s, pickup("p"))
	for i, wantLocked := range []bool{false, false, true, true} {
		n, locked, err := s.RecordPickupFailure(ctx, "p", 3)
		if err != nil || n != i+1 || locked != wantLocked {
			t.Errorf("failure %d: %d, locked %v, %v; want %d, %v", i+1, n, locked, err, i+1, wantLocked)
		}
	}
	// A higher limit later does not unlock.
	if _, locked, err := s.RecordPickupFailure(ctx, "p", 10); err != nil || !locked {
		t.Errorf("with a higher limit: locked %v, %v; want still locked", locked, err)
	}
	if p := mustPickup(t, s, "p"); p.Failures != 5 || !p.Locked {
		t.Errorf("stored: %d failures, locked %v; want 5, true", p.Failures, p.Locked)
	}
	if _, _, err := s.RecordPickupFailure(ctx, "nope", 3); !errors.Is(err, ErrNotFound) {
		t.Errorf("failure on a missing pickup: %v, want ErrNotFound", err)
	}
	if _, _, err := s.RecordPickupFailure(ctx, "p", 0); err == nil {
		t.Error("a limit of 0 was accepted")
	}
}

// TestRecordPickupFailureConcurrent: concurrent failures are each counted
// once, and the pickup locks exactly at the limit.
func TestRecordPickupFailureConcurrent(t *testing.T) {
	s := openTemp(t)
	addPickup(t, s, pickup("p"))
	const tries, limit = 60, 10
	var wg sync.WaitGroup
	var mu sync.Mutex
	var counts []int
	for range tries {
		wg.Go(func() {
			n, locked, err := s.RecordPickupFailure(context.Background(), "p", limit)
			if err != nil {
				t.Error(err)
				return
			}
			if locked != (n >= limit) {
				t.Errorf("failure %d: locked %v", n, locked)
			}
			mu.Lock()
			counts = append(counts, n)
			mu.Unlock()
		})
	}
	wg.Wait()
	slices.Sort(counts)
	want := make([]int, tries)
	for i := range want {
		want[i] = i + 1
	}
	if !slices.Equal(counts, want) {
		t.Errorf("counts returned %v, want each of 1 to %d once", counts, tries)
	}
	if p := mustPickup(t, s, "p"); p.Failures != tries || !p.Locked {
		t.Errorf("stored: %d failures, locked %v; want %d, true", p.Failures, p.Locked, tries)
	}
}

func TestRevokePickup(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	addPickup(t, s, pickup("p"), pickup("q"))
	first := time.Now()
	if now, err := s.RevokePickup(ctx, "p", first); err != nil || !now {
		t.Fatalf("RevokePickup = %v, %v; want true", now, err)
	}
	if now, err := s.RevokePickup(ctx, "p", first.Add(time.Hour)); err != nil || now {
		t.Errorf("revoking again: %v, %v; want false, nil", now, err)
	}
	if p := mustPickup(t, s, "p"); !p.Revoked.Equal(first) || p.State(first) != PickupRevoked {
		t.Errorf("revoked at %v (%s), want %v, revoked", p.Revoked, p.State(first), first)
	}
	if q := mustPickup(t, s, "q"); !q.Revoked.IsZero() {
		t.Errorf("revoking p revoked q at %v", q.Revoked)
	}
	if _, err := s.RevokePickup(ctx, "nope", first); !errors.Is(err, ErrNotFound) {
		t.Errorf("revoking a missing pickup: %v, want ErrNotFound", err)
	}
}

// TestPurgePickups: bodies of pickups expired or revoked before the time,
// or viewed as often as allowed before the grace time, go with their
// chunks; the records stay and read as they did, and the purge returns
// them.
func TestPurgePickups(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	now := time.Now()
	grace := now.Add(-time.Hour)
	expired, big, revoked, revokedLater, held := pickup("expired"), pickup("big"), pickup("revoked"), pickup("revoked-later"), pickup("held")
	used, justUsed, viewedOnce, locked := pickup("used"), pickup("just-used"), pickup("viewed-once"), pickup("locked")
	expired.Expires = now.Add(-time.Hour)
	big.Expires = now
	big.Body = bytes.Repeat([]byte("sealed"), bodyChunk)
	// Used up as well, expired and revoked are each purged once.
	used.MaxViews, justUsed.MaxViews, expired.MaxViews, revoked.MaxViews = 1, 1, 1, 1
	addPickup(t, s, expired, big, revoked, revokedLater, held, used, justUsed, viewedOnce, locked)
	if _, isLocked, err := s.RecordPickupFailure(ctx, "locked", 1); err != nil || !isLocked {
		t.Fatalf("lock: %v %v", isLocked, err)
	}
	for _, id := range []string{"used", "viewed-once", "expired", "revoked"} {
		if _, err := s.RecordPickupView(ctx, id, grace.Add(-time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.RecordPickupView(ctx, "just-used", grace.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	for id, at := range map[string]time.Time{"revoked": now.Add(-time.Minute), "revoked-later": now.Add(time.Minute)} {
		if _, err := s.RevokePickup(ctx, id, at); err != nil {
			t.Fatal(err)
		}
	}
	ps, err := s.PurgePickups(ctx, now, grace)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.ID)
		if p.MessageID != "msg-"+p.ID || p.Recipient != "pat@example.net" || !p.Purged.Equal(now) {
			t.Errorf("purged record %+v: want its message, recipient and purge time", p)
		}
	}
	if want := []string{"big", "expired", "locked", "revoked", "used"}; !slices.Equal(ids, want) {
		t.Fatalf("PurgePickups = %v; want %v", ids, want)
	}
	for id, want := range map[string]PickupState{"expired": PickupExpired, "big": PickupExpired, "revoked": PickupRevoked,
		"used": PickupViewsUsed, "locked": PickupLocked} {
		p := mustPickup(t, s, id)
		if !p.Purged.Equal(now) || p.State(now) != want {
			t.Errorf("%s: purged %v, state %s; want %v, %s", id, p.Purged, p.State(now), now, want)
		}
		if _, err := s.PickupBody(ctx, id); !errors.Is(err, ErrNotFound) {
			t.Errorf("%s: PickupBody after purge: %v, want ErrNotFound", id, err)
		}
		if n := count(t, s, `SELECT COUNT(*) FROM pickups WHERE id = ? AND body IS NULL`, id); n != 1 {
			t.Errorf("%s: body still in its row", id)
		}
	}
	if n := count(t, s, `SELECT COUNT(*) FROM pickup_chunks`); n != 0 {
		t.Errorf("%d chunk rows left, want 0", n)
	}
	for _, id := range []string{"revoked-later", "held", "just-used", "viewed-once"} {
		if b := mustPickupBody(t, s, id); !bytes.Equal(b, []byte("sealed:"+id)) {
			t.Errorf("%s: body %q after a purge before its time", id, b)
		}
	}
	if ps, err := s.PurgePickups(ctx, now, grace); err != nil || len(ps) != 0 {
		t.Errorf("purging again = %v, %v; want none", ps, err)
	}
}

// TestPurgeUsesIndexes: each part of the purge's query is served by its
// partial index, not a scan of every pickup ever made.
func TestPurgeUsesIndexes(t *testing.T) {
	s := openTemp(t)
	rows, err := s.r.Query(`EXPLAIN QUERY PLAN `+purgeQuery, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	for _, idx := range []string{"pickups_held", "pickups_revoked", "pickups_used", "pickups_locked"} {
		// pickups_locked is read whole: it holds only the locked pickups
		// not purged yet.
		if !slices.ContainsFunc(plan, func(d string) bool {
			return strings.HasPrefix(d, "SEARCH pickups USING INDEX "+idx) || idx == "pickups_locked" && d == "SCAN pickups USING INDEX pickups_locked"
		}) {
			t.Errorf("plan does not use %s:\n%s", idx, strings.Join(plan, "\n"))
		}
	}
}

// TestPickupBodyPurgedWhileRead: a purge between two chunks is an error,
// not a short body.
func TestPickupBodyPurgedWhileRead(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	p := pickup("p")
	p.Body = bytes.Repeat([]byte("x"), 2*bodyChunk+1)
	p.Expires = time.Now()
	addPickup(t, s, p)
	r, err := s.PickupBody(ctx, "p")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(r, make([]byte, bodyChunk)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PurgePickups(ctx, time.Now(), time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(r); err == nil {
		t.Error("reading on after a purge ended without an error")
	}
}

func TestReplacePickupHeader(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	p := pickup("p")
	rest := bytes.Repeat([]byte("segments"), bodyChunk/4) // 2 chunks
	p.Body = append([]byte("HEADER-A:"), rest...)
	addPickup(t, s, p)
	steps := []struct {
		name        string
		old, header string
		ok          bool
		want        string // header after the step
	}{
		{"longer header", "HEADER-A:", "HEADER-LONGER-B:", true, "HEADER-LONGER-B:"},
		{"shorter header", "HEADER-LONGER-B:", "C:", true, "C:"},
		{"stale header", "HEADER-A:", "D:", false, "C:"},
	}
	for _, st := range steps {
		err := s.ReplacePickupHeader(ctx, "p", []byte(st.old), []byte(st.header))
		if (err == nil) != st.ok {
			t.Errorf("%s: ReplacePickupHeader = %v, want ok %v", st.name, err, st.ok)
		}
		if got := mustPickupBody(t, s, "p"); !bytes.Equal(got, append([]byte(st.want), rest...)) {
			t.Errorf("%s: body of %d bytes, want header %q and the rest unchanged", st.name, len(got), st.want)
		}
	}
	if err := s.ReplacePickupHeader(ctx, "nope", []byte("C:"), []byte("E:")); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing pickup: %v, want ErrNotFound", err)
	}
}

func TestPickupsPages(t *testing.T) {
	s := openTemp(t)
	for _, id := range []string{"c", "a", "d", "b"} {
		addPickup(t, s, pickup(id))
	}
	var got []string
	after := ""
	for {
		ps, err := s.Pickups(context.Background(), after, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) == 0 {
			break
		}
		for _, p := range ps {
			got = append(got, p.ID)
		}
		after = ps[len(ps)-1].ID
	}
	if !slices.Equal(got, []string{"a", "b", "c", "d"}) {
		t.Errorf("pages = %v, want a to d in order", got)
	}
}

func TestPickupsOfMessage(t *testing.T) {
	s := openTemp(t)
	a, b, other := pickup("a"), pickup("b"), pickup("c")
	a.MessageID, b.MessageID = "m1", "m1"
	addPickup(t, s, b, other, a)
	ps, err := s.PickupsOfMessage(context.Background(), "m1")
	if err != nil || len(ps) != 2 || ps[0].ID != "a" || ps[1].ID != "b" || ps[0].Body != nil {
		t.Errorf("PickupsOfMessage = %v, %v; want a and b without bodies", ps, err)
	}
	if ps, err := s.PickupsOfMessage(context.Background(), "nope"); err != nil || len(ps) != 0 {
		t.Errorf("of an unknown message: %v, %v", ps, err)
	}
	var plan string
	var id, parent, notused int
	if err := s.r.QueryRow(`EXPLAIN QUERY PLAN `+pickupColumns+` WHERE msg_id = ? ORDER BY id`, "m1").Scan(&id, &parent, &notused, &plan); err != nil ||
		!strings.Contains(plan, "pickups_msg") {
		t.Errorf("plan %q (%v), want the pickups_msg index", plan, err)
	}
}
