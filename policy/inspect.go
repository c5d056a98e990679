package policy

import (
	"strings"
	"sync"
)

// scanners keeps scanners and their buffers between messages.
var scanners = sync.Pool{New: func() any { return &scanner{} }}

// Inspect scores a raw RFC 5322 message: every text a reader would see is
// scanned, each enabled detector that finds its kind adds its weight once
// (no group adds more than its cap), the context rules weigh the groups
// found together, and the level is the highest whose threshold the score
// reaches, held within the context rules' bounds and raised to the
// sender's marking (X-Sensitivity, per-sender defaults). Findings name
// kinds, counts and places, never the matched text.
func (p *Policy) Inspect(msg []byte, env Envelope) Sensitivity {
	s, _ := p.inspect(msg, env, false)
	return s.Sensitivity
}

// Explanation is an inspection with what `policy explain` shows beside it.
type Explanation struct {
	Sensitivity
	// Groups are the groups found with the weight each added.
	Groups []GroupScore `json:"groups"`
	// Rules are the context rules that matched, in order.
	Rules []string `json:"context_rules"`
	// Matches holds the matched text per detector, only when asked for:
	// it is PHI, and never leaves explain.
	Matches map[string][]string `json:"matches,omitempty"`
}

// GroupScore is what one group added to the score.
type GroupScore struct {
	Group  Group `json:"group"`
	Weight int   `json:"weight"`
	Capped bool  `json:"capped,omitempty"`
}

// Explain inspects like Inspect and says how the score came about; with
// matches, it also returns the matched text.
func (p *Policy) Explain(msg []byte, env Envelope, matches bool) Explanation {
	x, ev := p.inspect(msg, env, matches)
	if matches {
		x.Matches = map[string][]string{}
		for det, ms := range ev.matches {
			x.Matches[p.setup().defs[det].id] = ms
		}
	}
	return x
}

func (p *Policy) setup() *scanSetup {
	if p.scan == nil {
		return defaultSetup() // a Policy built in code
	}
	return p.scan
}

func (p *Policy) budgets() Budgets {
	b := DefaultBudgets
	if p.Inspection.MaxPart > 0 {
		b.Part = int64(p.Inspection.MaxPart)
	}
	if p.Inspection.MaxMessage > 0 {
		b.Message = int64(p.Inspection.MaxMessage)
	}
	return b
}

func (p *Policy) inspect(msg []byte, env Envelope, keep bool) (Explanation, *evidence) {
	setup := p.setup()
	ev := newEvidence(len(setup.defs), keep)
	b := p.budgets()
	sc := scanners.Get().(*scanner)
	sc.m, sc.regexps, sc.ev = setup.m, setup.regexps, ev
	sc.year, sc.reader, sc.sender, sc.colleagues, sc.domains, sc.peer, sc.private, sc.soleName = 0, "", "", nil, "", false, false, "" // the last message's
	sc.reset()
	w := &walker{sc: sc, ev: ev, budgets: b, left: b.Message, copyBuf: sc.copyBuf}
	if w.read(msg) {
		sc.copyBuf = w.copyBuf
		scanners.Put(sc) // a scanner a panic left half-way is not reused
	}
	if w.header.bulk {
		ev.counts[dBulk][whereIndex(WhereHeader)]++
	}
	return p.score(ev, w.header.sensitivity, env), ev
}

// read walks msg and reports whether the walk ended normally. A panic
// (a bug, never an input the walker expects) must not cost the message
// its decision nor the session its connection: what was read so far
// stands, the message is recorded as unreadable, and the fail-closed rule
// decides as for any content inspection could not read.
func (w *walker) read(msg []byte) (ok bool) {
	defer func() {
		if recover() != nil {
			w.unreadable(WhereBody)
			w.ev.panicked, ok = true, false
		}
	}()
	w.message(msg)
	return true
}

// countTags counts the subject tags in a subject, in any case.
func countTags(subject string) int {
	lower := strings.ToLower(subject)
	n := 0
	for _, t := range subjectTags {
		n += strings.Count(lower, t)
	}
	return n
}
