package store

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"
)

func TestRecipientKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.db")
	s := open(t, path)
	ctx := context.Background()
	added := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	pat := &RecipientKey{Kind: KeyPGP, Match: "Pat@Example.NET", Fingerprint: "ABCD01", Data: []byte{1, 2, 3}, Added: added}
	partner := &RecipientKey{Kind: KeySMIME, Match: "@partner.example.org", Fingerprint: "ee02", Data: []byte{4}, Added: added}
	// The same certificate for a second address of the partner.
	partnerToo := &RecipientKey{Kind: KeySMIME, Match: "billing@partner.example.org", Fingerprint: "ee02", Data: []byte{4}, Added: added}
	steps := []struct {
		name string
		do   func() error
		want error
	}{
		{"add", func() error { return s.AddKey(ctx, pat) }, nil},
		{"add domain key", func() error { return s.AddKey(ctx, partner) }, nil},
		{"same key, other match", func() error { return s.AddKey(ctx, partnerToo) }, nil},
		{"add twice", func() error {
			return s.AddKey(ctx, &RecipientKey{Kind: KeyPGP, Match: "pat@example.net", Fingerprint: "abcd01", Data: []byte{9}})
		}, ErrExists},
		{"no data", func() error {
			return s.AddKey(ctx, &RecipientKey{Kind: KeyPGP, Match: "x@example.net", Fingerprint: "01"})
		}, nil},
		{"remove unknown", func() error { _, err := s.RemoveKey(ctx, "ffff", ""); return err }, ErrNotFound},
	}
	for _, st := range steps {
		err := st.do()
		if st.name == "no data" {
			if err == nil {
				t.Errorf("%s: accepted", st.name)
			}
			continue
		}
		if !errors.Is(err, st.want) {
			t.Errorf("%s: %v, want %v", st.name, err, st.want)
		}
	}
	s.Close()
	s = open(t, path) // keys are durable
	defer s.Close()

	got, err := s.Keys(ctx, "pat@example.net", "@example.net")
	if err != nil || len(got) != 1 || got[0].Fingerprint != "abcd01" || got[0].Match != "pat@example.net" ||
		!bytes.Equal(got[0].Data, pat.Data) || !got[0].Added.Equal(added) || got[0].Kind != KeyPGP {
		t.Errorf("Keys(pat) = %+v, %v (the duplicate add must not overwrite)", got, err)
	}
	if all, err := s.Keys(ctx); err != nil || len(all) != 3 {
		t.Errorf("Keys() = %d keys, %v; want 3", len(all), err)
	}
	if n, err := s.RemoveKey(ctx, "EE02", "billing@partner.example.org"); n != 1 || err != nil {
		t.Errorf("remove for one match: %d, %v", n, err)
	}
	if got, _ := s.Keys(ctx, "@partner.example.org"); len(got) != 1 {
		t.Errorf("removing one match removed the domain's key too: %v", got)
	}
	if n, err := s.RemoveKey(ctx, "abcd01", ""); n != 1 || err != nil {
		t.Errorf("remove by fingerprint: %d, %v", n, err)
	}
	if all, _ := s.Keys(ctx); len(all) != 1 {
		t.Errorf("after removes: %d keys, want 1", len(all))
	}
}
