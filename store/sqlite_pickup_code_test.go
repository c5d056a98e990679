package store

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// TestPickupCode: a code is stored per pickup, replaced by the next one,
// and deleted only by the hash it has.
func TestPickupCode(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	addPickup(t, s, pickup("p1"))
	exp := time.Unix(1_800_000_000, 0)
	if _, _, err := s.PickupCode(ctx, "p1"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("PickupCode before any: %v, want ErrNotFound", err)
	}
	if err := s.SetPickupCode(ctx, "nope", []byte("h"), exp.Add(-time.Hour), exp); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetPickupCode of an unknown pickup: %v, want ErrNotFound", err)
	}
	for _, h := range []string{"first", "second"} {
		if err := s.SetPickupCode(ctx, "p1", []byte(h), exp.Add(-time.Hour), exp); err != nil {
			t.Fatal(err)
		}
	}
	hash, got, err := s.PickupCode(ctx, "p1")
	if err != nil || string(hash) != "second" || !got.Equal(exp) {
		t.Fatalf("PickupCode = %q, %v, %v; want the second code, %v", hash, got, err, exp)
	}
	if ok, err := s.DeletePickupCode(ctx, "p1", []byte("first")); ok || err != nil {
		t.Errorf("DeletePickupCode with the replaced hash = %v, %v; want false, nil", ok, err)
	}
	if ok, err := s.DeletePickupCode(ctx, "p1", []byte("second")); !ok || err != nil {
		t.Errorf("DeletePickupCode = %v, %v; want true, nil", ok, err)
	}
	if ok, _ := s.DeletePickupCode(ctx, "p1", []byte("second")); ok {
		t.Error("a code was deleted twice")
	}
	if _, _, err := s.PickupCode(ctx, "p1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("PickupCode after delete: %v, want ErrNotFound", err)
	}
}

// TestPickupCodePurge: making a code deletes codes expired by then, a
// bounded batch at a time, and leaves live ones.
func TestPickupCodePurge(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	start := time.Unix(1_800_000_000, 0)
	n := codePurgeBatch + 20
	for i := range n {
		id := fmt.Sprintf("old%d", i)
		addPickup(t, s, pickup(id))
		if err := s.SetPickupCode(ctx, id, []byte("h"), start, start.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	addPickup(t, s, pickup("live"))
	addPickup(t, s, pickup("new"))
	later := start.Add(time.Hour)
	if err := s.SetPickupCode(ctx, "live", []byte("h"), start, later.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := countCodes(t, s); got != n+1 {
		t.Fatalf("%d codes before any expired, want %d", got, n+1)
	}
	if err := s.SetPickupCode(ctx, "new", []byte("h"), later, later.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if got, want := countCodes(t, s), n+2-codePurgeBatch; got != want {
		t.Errorf("%d codes after one new code, want %d (one batch purged)", got, want)
	}
	if err := s.SetPickupCode(ctx, "new", []byte("h2"), later, later.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if got := countCodes(t, s); got != 2 {
		t.Errorf("%d codes after the second batch, want 2 (live and new)", got)
	}
	if _, _, err := s.PickupCode(ctx, "live"); err != nil {
		t.Errorf("the live code was purged: %v", err)
	}
}

func countCodes(t *testing.T, s *SQLite) int {
	t.Helper()
	var n int
	if err := s.r.QueryRow(`SELECT count(*) FROM pickup_codes`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
