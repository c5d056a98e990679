package policy

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzInspect: any input gives a level the policy knows, a score that is
// the sum of the findings' weights, and findings that name a known kind.
func FuzzInspect(f *testing.F) {
	msgs, _ := filepath.Glob("testdata/*.eml")
	corpus, _ := filepath.Glob("testdata/corpus/*/*.eml")
	for i := 0; i < len(corpus); i += 7 {
		msgs = append(msgs, corpus[i])
	}
	for _, m := range msgs {
		data, _ := os.ReadFile(m)
		f.Add(data)
	}
	f.Add([]byte("Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n--b"))
	p := Default()
	known := defaultDetectors()
	for _, r := range p.Context {
		known[r.Name] = Detector{}
	}
	f.Fuzz(func(t *testing.T, msg []byte) {
		x, ev := p.inspect(msg, Envelope{}, false)
		if ev.panicked {
			t.Fatal("the walk panicked (inspection recovered and failed closed)")
		}
		s := x.Sensitivity
		sum := 0
		for _, fd := range s.Findings {
			sum += fd.Weight
			if _, ok := known[fd.Kind]; !ok || fd.Count < 1 {
				t.Errorf("finding %+v", fd)
			}
		}
		if sum != s.Score || !p.knownLevel(s.Level) {
			t.Errorf("score %d (findings sum %d), level %q", s.Score, sum, s.Level)
		}
	})
}

// FuzzParse: any input gives a policy or an error, never a panic; a
// policy that parses decides every message.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/bad/*.yaml")
	for _, name := range files {
		data, _ := os.ReadFile(name)
		f.Add(data)
	}
	f.Add(DefaultYAML())
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("f.yaml", data)
		if err != nil {
			return
		}
		for _, l := range append([]Level{LevelNone}, levelList(p)...) {
			for _, ch := range Channels {
				d := p.Decide(Sensitivity{Level: l}, Envelope{Channel: ch}, Posture{Address: "a@b.example"}, nil)
				if d.Rule == "(no rule)" || d.Method == MethodPlain && l != LevelNone {
					t.Errorf("level %s on %s: %+v", l, ch, d)
				}
			}
		}
	})
}

func levelList(p *Policy) []Level {
	var ls []Level
	for _, t := range p.Levels {
		ls = append(ls, t.Level)
	}
	return ls
}
