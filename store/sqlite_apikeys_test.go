package store

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestAPIKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.db")
	s := open(t, path)
	ctx := context.Background()
	created := time.Date(2026, 12, 1, 9, 0, 0, 123, time.UTC)
	ehr := &APIKey{ID: "00000000000000e1", Name: "ehr", Hash: bytes.Repeat([]byte{0xe1}, 32),
		MaySendAs: []string{"@clinic.example", `"a,b"@x.example`}, Created: created}
	lab := &APIKey{ID: "00000000000000a1", Name: "lab", Hash: []byte{1}, MaySendAs: []string{"*"}, Created: created}
	billing := &APIKey{ID: "00000000000000b1", Name: "billing", Hash: []byte{2}, MaySendAs: []string{"billing@clinic.example"}, Created: created}
	steps := []struct {
		name string
		do   func() error
		want error
	}{
		{"add", func() error { return s.AddAPIKey(ctx, ehr) }, nil},
		{"add another", func() error { return s.AddAPIKey(ctx, lab) }, nil},
		{"add a third", func() error { return s.AddAPIKey(ctx, billing) }, nil},
		{"same name", func() error {
			return s.AddAPIKey(ctx, &APIKey{ID: "00000000000000ff", Name: "ehr", Hash: []byte{9}, MaySendAs: []string{"*"}})
		}, ErrExists},
		{"same ID", func() error {
			return s.AddAPIKey(ctx, &APIKey{ID: ehr.ID, Name: "other", Hash: []byte{9}, MaySendAs: []string{"*"}})
		}, ErrExists},
		{"remove", func() error { return s.RemoveAPIKey(ctx, "lab") }, nil},
		{"remove twice", func() error { return s.RemoveAPIKey(ctx, "lab") }, ErrNotFound},
		{"remove by ID", func() error { return s.RemoveAPIKey(ctx, ehr.ID) }, ErrNotFound},
		{"get removed", func() error { _, err := s.APIKey(ctx, lab.ID); return err }, ErrNotFound},
		{"get unknown", func() error { _, err := s.APIKey(ctx, "ffffffffffffffff"); return err }, ErrNotFound},
		{"get by name", func() error { _, err := s.APIKey(ctx, "ehr"); return err }, ErrNotFound},
	}
	for _, st := range steps {
		if err := st.do(); !errors.Is(err, st.want) {
			t.Errorf("%s: %v, want %v", st.name, err, st.want)
		}
	}
	if err := s.AddAPIKey(ctx, &APIKey{ID: "00000000000000ff", Name: "ehr", Hash: []byte{9}, MaySendAs: []string{"*"}}); err == nil ||
		err.Error() != "store: already exists: api key ehr" {
		t.Errorf("same name: error %q", err)
	}
	if err := s.AddAPIKey(ctx, &APIKey{ID: ehr.ID, Name: "other", Hash: []byte{9}, MaySendAs: []string{"*"}}); err == nil ||
		err.Error() != "store: already exists: api key ID 00000000000000e1" {
		t.Errorf("same ID: error %q", err)
	}
	ehr.Hash[0] = 0 // the store holds its own copy
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, path) // keys are durable
	defer s.Close()

	got, err := s.APIKey(ctx, ehr.ID)
	if err != nil || got.Name != "ehr" || !bytes.Equal(got.Hash, bytes.Repeat([]byte{0xe1}, 32)) ||
		!slices.Equal(got.MaySendAs, ehr.MaySendAs) || !got.Created.Equal(created) {
		t.Errorf("APIKey = %+v, %v; want %+v (the duplicate adds must not overwrite)", got, err, ehr)
	}
	ks, err := s.APIKeys(ctx)
	if err != nil || len(ks) != 2 || ks[0].Name != "billing" || ks[1].Name != "ehr" || ks[0].ID != billing.ID {
		t.Errorf("APIKeys = %+v, %v; want billing then ehr", ks, err)
	}
	if _, err := s.Users(ctx); err != nil {
		t.Errorf("Users beside api keys: %v", err)
	}
}

func TestAddAPIKeyRejects(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	good := APIKey{ID: "0123456789abcdef", Name: "ehr", Hash: []byte{1}, MaySendAs: []string{"@clinic.example"}}
	cases := []struct {
		name string
		edit func(k *APIKey)
	}{
		{"no ID", func(k *APIKey) { k.ID = "" }},
		{"no name", func(k *APIKey) { k.Name = "" }},
		{"no hash", func(k *APIKey) { k.Hash = nil }},
		{"no patterns", func(k *APIKey) { k.MaySendAs = nil }},
		{"an empty pattern", func(k *APIKey) { k.MaySendAs = []string{"@clinic.example", ""} }},
	}
	for _, c := range cases {
		k := good
		c.edit(&k)
		if err := s.AddAPIKey(ctx, &k); err == nil ||
			err.Error() != "store: add api key: a key needs an ID, a name, a hash and sender patterns" {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	if ks, err := s.APIKeys(ctx); err != nil || len(ks) != 0 {
		t.Errorf("after rejected adds: %v, %v", ks, err)
	}
}
