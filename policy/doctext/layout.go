package doctext

import "math"

// Thresholds, in ems of the current font, for reading glyph positions.
const (
	wordGap  = 0.2 // a gap wider than this along the line is a space
	backGap  = 0.5 // a move back wider than this is a space too
	lineJump = 0.5 // a move across the line wider than this is a new line
)

// layout turns positioned glyphs into words and lines: it writes a space
// where the gap between two glyphs is as wide as a space and a newline
// where the text moves to another line, and nothing where glyphs are set
// one by one in sequence.
type layout struct {
	sink      *sink
	have      bool    // a glyph was placed
	x, y      float64 // where the last glyph ended
	ux, uy    float64 // its direction
	height    float64
	breakLine bool // T*, ' or " asked for a new line
}

// glyph places a glyph that starts at (x0, y0) and ends at (x1, y1) in
// direction (ux, uy), for a font em wide and height high.
func (o *layout) glyph(text string, x0, y0, x1, y1, ux, uy, em, height float64) {
	if o.have {
		o.separate(x0, y0, em)
	}
	o.breakLine = false
	if text == " " || text == "\u00a0" {
		o.sink.space(' ')
	} else {
		o.sink.write(text)
	}
	o.have = true
	o.x, o.y, o.ux, o.uy, o.height = x1, y1, ux, uy, height
}

// separate writes what stands between the last glyph and one at (x, y).
func (o *layout) separate(x, y, em float64) {
	dx, dy := x-o.x, y-o.y
	along := dx*o.ux + dy*o.uy
	across := math.Abs(dy*o.ux - dx*o.uy)
	h := math.Max(o.height, 1e-9)
	switch {
	case o.breakLine || across > lineJump*h || math.IsNaN(across):
		o.sink.space('\n')
	case along > wordGap*em || along < -backGap*em || em <= 0:
		o.sink.space(' ')
	}
}

// endPage ends a page with a newline.
func (o *layout) endPage() {
	o.sink.space('\n')
	o.have = false
}
