package policy

import (
	"slices"
	"strings"
)

// cell is one class of message for the reachability check: a level on a
// channel.
type cell struct {
	level   Level
	channel string
}

// coverage tracks which cells earlier rules take whole: a rule whose only
// conditions are level and channel takes every message of its cells.
type coverage struct {
	all   []cell
	taken map[cell]int // 1 + the index of the rule that took the cell
	names []string     // of the rules seen so far
}

func newCoverage(p *Policy) *coverage {
	c := &coverage{taken: map[cell]int{}}
	levels := []Level{LevelNone}
	for _, t := range p.Levels {
		levels = append(levels, t.Level)
	}
	for _, l := range levels {
		for _, ch := range Channels {
			c.all = append(c.all, cell{l, ch})
		}
	}
	return c
}

// cells returns the cells r's level and channel conditions admit.
func (c *coverage) cells(r Rule) []cell {
	var out []cell
	for _, x := range c.all {
		if (len(r.When.Level) == 0 || slices.Contains(r.When.Level, x.level)) &&
			(len(r.When.Channel) == 0 || slices.Contains(r.When.Channel, x.channel)) {
			out = append(out, x)
		}
	}
	return out
}

// reach returns the cells r can still match after the earlier rules.
func (c *coverage) reach(r Rule) []cell {
	var out []cell
	for _, x := range c.cells(r) {
		if c.taken[x] == 0 {
			out = append(out, x)
		}
	}
	return out
}

// take records the cells r takes whole; rules are taken in order.
func (c *coverage) take(r Rule) {
	c.names = append(c.names, r.Name)
	if len(r.When.Sender)+len(r.When.Recipient) > 0 {
		return
	}
	for _, x := range c.reach(r) {
		c.taken[x] = len(c.names)
	}
}

func (c *coverage) open() []cell {
	var out []cell
	for _, x := range c.all {
		if c.taken[x] == 0 {
			out = append(out, x)
		}
	}
	return out
}

// takers names the rules that took r's cells, in order.
func (c *coverage) takers(r Rule) string {
	var idx []int
	for _, x := range c.cells(r) {
		if i := c.taken[x]; i > 0 && !slices.Contains(idx, i) {
			idx = append(idx, i)
		}
	}
	slices.Sort(idx)
	names := make([]string, len(idx))
	for k, i := range idx {
		names[k] = c.names[i-1]
	}
	return strings.Join(names, ", ")
}
