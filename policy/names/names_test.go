package names

import "testing"

func TestPerson(t *testing.T) {
	for s, want := range map[string]bool{
		"Ana Ruiz": true, "Lee Wong": true, "Ruiz, Ana": true, "Ruiz, Ana M": true, "Maria del Carmen Ortiz": true,
		"Maria J. Ortiz": true, "Insulin Syringes": false, "Glucose Test Strips": false, "ana ruiz": false,
		"Ana": false, "Acme Corp": false, "Thomas": false, "Nguyen, Minh": true, "Ruiz, Infusion Pump": false,
	} {
		if got := Person(s); got != want {
			t.Errorf("Person(%q) = %v, want %v", s, got, want)
		}
	}
}
