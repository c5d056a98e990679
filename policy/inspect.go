package policy

// Inspect scores a raw RFC 5322 message. Each enabled detector adds its
// weight once, however often and wherever it finds its kind; the level is
// the highest whose threshold the score reaches, raised to the floors the
// evidence sets:
//   - a subject tag ([secure], [encrypt], [phi]): at least phi;
//   - X-Sensitivity: a level the policy knows: at least that level;
//   - restricted-category content about an identified patient: restricted.
//
// An identifier with health content adds the identifier+health weight. By
// default one identifier alone, or health content alone, stays below phi.
// Findings name kinds, counts and places, never the matched text. env is
// not used yet (per-sender defaults will use it).
func (p *Policy) Inspect(msg []byte, env Envelope) Sensitivity {
	c := extract(msg)
	var s Sensitivity
	seen := map[class]bool{}
	for _, d := range detectors {
		if conf := p.detector(d.kind); conf.Enabled {
			fs := findings(d, conf.Weight, c.texts)
			s.add(fs...)
			seen[d.class] = seen[d.class] || len(fs) > 0
		}
	}
	header := p.headerLevel(&s, c.sensitivity)
	if conf := p.detector(kindContext); conf.Enabled && seen[identifier] && (seen[health] || seen[restricted]) {
		s.add(Finding{Kind: kindContext, Count: 1, Where: WhereBody, Weight: conf.Weight})
	}
	s.Level = p.levelFor(s.Score)
	if seen[marker] {
		s.Level = p.higher(s.Level, LevelPHI)
	}
	if seen[restricted] && seen[identifier] {
		s.Level = p.higher(s.Level, LevelRestricted)
	}
	s.Level = p.higher(s.Level, header)
	return s
}

func (s *Sensitivity) add(fs ...Finding) {
	for _, f := range fs {
		s.Findings = append(s.Findings, f)
		s.Score += f.Weight
	}
}

// detector returns a kind's setting; a Policy built in code without one
// gets the default.
func (p *Policy) detector(kind string) Detector {
	if d, ok := p.Detectors[kind]; ok {
		return d
	}
	return defaultDetectors()[kind]
}

// findings runs one detector over every text: a finding per place, the
// weight on the first.
func findings(d detector, weight int, texts []text) []Finding {
	var out []Finding
	for _, t := range texts {
		if d.subjectOnly && t.where != WhereSubject {
			continue
		}
		n := d.count(t.scan)
		if n == 0 {
			continue
		}
		if i := whereIndex(out, t.where); i >= 0 {
			out[i].Count += n
			continue
		}
		f := Finding{Kind: d.kind, Count: n, Where: t.where}
		if len(out) == 0 {
			f.Weight = weight
		}
		out = append(out, f)
	}
	return out
}

func whereIndex(fs []Finding, w Where) int {
	for i, f := range fs {
		if f.Where == w {
			return i
		}
	}
	return -1
}

// headerLevel records an X-Sensitivity header naming a level above none
// and returns that level (none when absent, unknown or switched off).
// The header can only raise a level: a sender cannot lower it.
func (p *Policy) headerLevel(s *Sensitivity, value string) Level {
	conf := p.detector(kindHeader)
	l := Level(value)
	if !conf.Enabled || l == LevelNone || p.rank(l) == 0 {
		return LevelNone
	}
	s.add(Finding{Kind: kindHeader, Count: 1, Where: WhereHeader, Weight: conf.Weight})
	return l
}

// levelFor returns the highest level whose threshold score reaches.
func (p *Policy) levelFor(score int) Level {
	level := LevelNone
	for _, t := range p.Levels {
		if score >= t.Score {
			level = t.Level
		}
	}
	return level
}

// rank orders levels: 0 for none (and unknown levels), then by threshold.
func (p *Policy) rank(l Level) int {
	for i, t := range p.Levels {
		if t.Level == l {
			return i + 1
		}
	}
	return 0
}

// higher returns the higher of two levels; a level the policy does not
// define never wins.
func (p *Policy) higher(a, b Level) Level {
	if p.rank(b) > p.rank(a) {
		return b
	}
	return a
}
