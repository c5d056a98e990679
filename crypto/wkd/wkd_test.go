package wkd_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/crypto/wkd"
	"github.com/sealpost/sealpost/crypto/wkd/wkdtest"
)

// The example of draft-koch-openpgp-webkey-service section 3.1.
func TestURLs(t *testing.T) {
	adv, direct, err := wkd.URLs("Joe.Doe@Example.ORG")
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://openpgpkey.example.org/.well-known/openpgpkey/example.org/hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q?l=Joe.Doe"; adv != want {
		t.Errorf("advanced\n%s\nwant\n%s", adv, want)
	}
	if want := "https://example.org/.well-known/openpgpkey/hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q?l=Joe.Doe"; direct != want {
		t.Errorf("direct\n%s\nwant\n%s", direct, want)
	}
	for _, bad := range []string{"nobody", "@example.org", "a@", "a@evil.example/x"} {
		if _, _, err := wkd.URLs(bad); err == nil {
			t.Errorf("wkd.URLs(%q) accepted", bad)
		}
	}
}

func TestLookup(t *testing.T) {
	key := []byte("\x99\x01binary key packets")
	var seen []string
	d := wkdtest.New(t, func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.Host+r.URL.Path)
		switch {
		case r.Host == "openpgpkey.example.org" && r.URL.Path == "/.well-known/openpgpkey/example.org/hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q" && r.URL.Query().Get("l") == "Joe.Doe":
			w.Write(key)
		case r.Host == "example.org" && r.URL.Path == "/.well-known/openpgpkey/hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q":
			w.Write(append([]byte("direct "), key...))
		default:
			http.NotFound(w, r)
		}
	})
	c := &wkd.Client{HTTP: d.Client}
	ctx := context.Background()

	res, err := c.Lookup(ctx, "Joe.Doe@example.org")
	if err != nil || res.Method != "advanced" || string(res.Data) != string(key) {
		t.Fatalf("advanced: %+v, %v", res, err)
	}
	d.Missing["openpgpkey.example.org"] = true
	res, err = c.Lookup(ctx, "Joe.Doe@example.org")
	if err != nil || res.Method != "direct" || !strings.HasPrefix(string(res.Data), "direct ") {
		t.Fatalf("without the openpgpkey host: %+v, %v", res, err)
	}
	if _, err := c.Lookup(ctx, "nobody@example.org"); !errors.Is(err, wkd.ErrNotFound) {
		t.Errorf("unknown user: %v, want wkd.ErrNotFound (requests %v)", err, seen)
	}
	d.Missing["example.org"] = true
	if _, err := c.Lookup(ctx, "Joe.Doe@example.org"); !errors.Is(err, wkd.ErrNotFound) {
		t.Errorf("no such domain: %v, want wkd.ErrNotFound", err)
	}
}

func TestLookupFailures(t *testing.T) {
	cases := []struct {
		name    string
		handler http.HandlerFunc
		want    string
	}{
		{"server error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", 500) }, "HTTP status 500"},
		{"too large", func(w http.ResponseWriter, r *http.Request) { w.Write(make([]byte, 2048)) }, "larger than 1024 bytes"},
		{"empty", func(w http.ResponseWriter, r *http.Request) {}, "empty response"},
		{"redirect to http", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "http://example.org/key", http.StatusFound)
		}, "redirect away from HTTPS"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := wkdtest.New(t, tc.handler)
			c := &wkd.Client{HTTP: d.Client, MaxSize: 1024}
			_, err := c.Lookup(context.Background(), "joe@example.org")
			if err == nil || errors.Is(err, wkd.ErrNotFound) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}

// A directory that never answers costs one Timeout, both methods
// together, and no more.
func TestLookupHangingServer(t *testing.T) {
	release := make(chan struct{})
	d := wkdtest.New(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	defer close(release)
	c := &wkd.Client{HTTP: d.Client, Timeout: 300 * time.Millisecond}
	start := time.Now()
	_, err := c.Lookup(context.Background(), "joe@example.org")
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("lookup took %v with a 300ms timeout", elapsed)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error %v, want a deadline", err)
	}
}

func TestKeyserver(t *testing.T) {
	d := wkdtest.New(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/vks/v1/by-email/joe@example.org" {
			w.Write([]byte("key"))
			return
		}
		http.NotFound(w, r)
	})
	ks := &wkd.Keyserver{Base: "https://example.org/", Client: wkd.Client{HTTP: d.Client}}
	res, err := ks.Lookup(context.Background(), "joe@example.org")
	if err != nil || string(res.Data) != "key" || res.Method != "keyserver" {
		t.Fatalf("lookup: %+v, %v", res, err)
	}
	if _, err := ks.Lookup(context.Background(), "ann@example.org"); !errors.Is(err, wkd.ErrNotFound) {
		t.Errorf("unknown address: %v, want ErrNotFound", err)
	}
	plain := &wkd.Keyserver{Base: "http://example.org", Client: wkd.Client{HTTP: d.Client}}
	if _, err := plain.Lookup(context.Background(), "joe@example.org"); err == nil {
		t.Error("a keyserver over plain http was used")
	}
}
