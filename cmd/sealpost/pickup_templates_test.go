package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPickupTemplates: the command writes the four built-in templates,
// keeps a file the admin already edited, and names DIR from the config
// when no argument does.
func TestPickupTemplates(t *testing.T) {
	t.Setenv("SEALPOST_CONFIG", "")
	dir := filepath.Join(t.TempDir(), "tpl")
	var out, errOut bytes.Buffer
	if code := run([]string{"pickup", "templates", dir}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, name := range []string{"notice.txt", "notice.html", "code.txt", "code.html"} {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || len(b) == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	if strings.Count(out.String(), "wrote ") != 4 {
		t.Errorf("output:\n%s", out.String())
	}

	edited := []byte("Your code: {{.Code}}\n")
	if err := os.WriteFile(filepath.Join(dir, "code.txt"), edited, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(t.TempDir(), "sealpost.yaml")
	if err := os.WriteFile(cfg, []byte("pickup:\n  templates: "+dir+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if code := run([]string{"pickup", "templates", "-config", cfg}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "code.txt")); !bytes.Equal(b, edited) || strings.Count(out.String(), "kept ") != 4 {
		t.Errorf("the second run overwrote or did not say so:\n%s\n%s", b, out.String())
	}

	if err := os.WriteFile(filepath.Join(dir, "notice.txt"), []byte("{{.Link"), 0o644); err != nil {
		t.Fatal(err)
	}
	errOut.Reset()
	if code := run([]string{"pickup", "templates", dir}, nil, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), filepath.Join(dir, "notice.txt")+":1:") {
		t.Errorf("a broken template: exit %d, %s", code, errOut.String())
	}
	if code := run([]string{"pickup", "templates"}, nil, &out, &errOut); code != 2 {
		t.Errorf("no DIR and no config: exit %d, want 2", code)
	}
}
