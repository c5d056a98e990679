package policy

import (
	"maps"
	"testing"
)

// TestNumberCues holds numberCues to the lists its rules read: a word of
// a list that lacks its cue would turn its rule away.
func TestNumberCues(t *testing.T) {
	cases := []struct {
		c     cue
		words []string
	}{
		{bedCue, append(cueWords(bedWords.words), cueWords(patientBeds)...)},
		{labCue, append(cueWords(labNames.words), "of", "de", "di", "von")},
		{chartCue, []string{"chart", "Chart"}},
		{weekdayCue, cueWords(weekdays.words)},
		{ageCue, []string{"age", "Aged"}},
		{feverCue, []string{"fever"}},
		{monthCue, append(cueWords(monthNames.words), "de", "of")},
		{bornCue, []string{"dogumlu"}},
	}
	for _, tc := range cases {
		for _, w := range tc.words {
			if numberCues.of(wordHash([]byte(w)))&tc.c == 0 {
				t.Errorf("%q: no cue %b", w, tc.c)
			}
		}
	}
	if c := numberCues.of(wordHash([]byte("within"))); c != 0 {
		t.Errorf("within: cues %b, want none", c)
	}
}

func cueWords[V any](m map[string]V) []string {
	var out []string
	for w := range maps.Keys(m) {
		out = append(out, w)
	}
	return out
}
