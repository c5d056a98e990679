package store

import (
	"context"
	"errors"
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
	if err := s.SetPickupCode(ctx, "nope", []byte("h"), exp); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetPickupCode of an unknown pickup: %v, want ErrNotFound", err)
	}
	for _, h := range []string{"first", "second"} {
		if err := s.SetPickupCode(ctx, "p1", []byte(h), exp); err != nil {
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
