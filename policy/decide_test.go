package policy

import (
	"strings"
	"testing"
	"time"
)

func TestDecide(t *testing.T) {
	p := Default()
	none := Sensitivity{Level: LevelNone}
	phi := Sensitivity{Level: LevelPHI, Score: 50, Findings: []Finding{{Kind: "mrn", Count: 1, Where: WhereBody, Weight: 10}}}
	restricted := Sensitivity{Level: LevelRestricted, Score: 45}
	noPickup := Availability(func(m Method) bool { return m != MethodPickup })
	transportOnly := Availability(func(m Method) bool { return m.Transport() })
	cases := []struct {
		name  string
		s     Sensitivity
		rcpt  Posture
		avail Availability
		chain string // Method>Fallbacks
		rule  string
	}{
		{"phi, pgp key", phi, Posture{HasPGP: true}, nil, "pgp>tls-verified>pickup", "phi"},
		{"phi, both keys", phi, Posture{HasPGP: true, HasSMIME: true}, nil, "pgp>smime>tls-verified>pickup", "phi"},
		{"phi, smime only", phi, Posture{HasSMIME: true}, nil, "smime>tls-verified>pickup", "phi"},
		{"phi, no keys, TLS unknown", phi, Posture{}, nil, "tls-verified>pickup", "phi"},
		{"phi, TLS verified", phi, Posture{TLS: TLSVerified}, nil, "tls-verified>pickup", "phi"},
		{"phi, opportunistic TLS", phi, Posture{TLS: TLSOpportunistic}, nil, "pickup", "phi"},
		{"phi, no portal", phi, Posture{}, noPickup, "tls-verified", "phi"},
		{"phi, no TLS, no portal", phi, Posture{TLS: TLSNone}, noPickup, "reject", "phi"},
		{"phi, pgp key, pgp not built", phi, Posture{HasPGP: true}, transportOnly, "tls-verified", "phi"},
		{"restricted, pgp key", restricted, Posture{HasPGP: true, TLS: TLSVerified}, nil, "pgp>pickup", "restricted"},
		{"restricted, no keys", restricted, Posture{TLS: TLSVerified}, nil, "pickup", "restricted"},
		{"restricted, nothing", restricted, Posture{TLS: TLSVerified}, transportOnly, "reject", "restricted"},
		{"none, TLS unknown", none, Posture{}, nil, "tls-verified>tls>plain", "default"},
		{"none, opportunistic", none, Posture{TLS: TLSOpportunistic}, nil, "tls>plain", "default"},
		{"none, no TLS", none, Posture{TLS: TLSNone}, nil, "plain", "default"},
		{"none, REQUIRETLS, no TLS", none, Posture{TLS: TLSNone}, func(m Method) bool { return m != MethodPlain }, "reject", "default"},
	}
	for _, c := range cases {
		c.rcpt.Address = "pat@example.net"
		d := p.Decide(c.s, Envelope{Channel: "email"}, c.rcpt, c.avail)
		if got := ChainString(d.Chain()); got != c.chain || d.Rule != c.rule || d.Recipient != c.rcpt.Address {
			t.Errorf("%s: %s by %s for %s (%s), want %s by %s", c.name, got, d.Rule, d.Recipient, d.Reason, c.chain, c.rule)
		}
	}
}

// TestDecideText: for a text the built-in rules leave plain for level
// none and pickup for the rest; the mail-only methods are skipped, even
// for a recipient whose posture would have them.
func TestDecideText(t *testing.T) {
	p := Default()
	cases := []struct {
		s     Sensitivity
		chain string
	}{
		{Sensitivity{Level: LevelNone}, "plain"},
		{Sensitivity{Level: LevelPHI, Score: 50}, "pickup"},
		{Sensitivity{Level: LevelRestricted, Score: 45}, "pickup"},
	}
	sms := Envelope{Channel: "sms"}
	for _, c := range cases {
		d := p.Decide(c.s, sms, Posture{Address: "+12025550123@sms.example.org", HasPGP: true, TLS: TLSVerified}, nil)
		if got := ChainString(d.Chain()); got != c.chain || !strings.Contains(d.Reason, "not for texts") {
			t.Errorf("%s text: %s (%s), want %s with the mail methods skipped", c.s.Level, got, d.Reason, c.chain)
		}
		noPickup := p.Decide(c.s, sms, Posture{Address: "+12025550123@sms.example.org"}, func(m Method) bool { return m != MethodPickup })
		if c.s.Level != LevelNone && noPickup.Method != MethodReject {
			t.Errorf("%s text without a portal: %s, want reject", c.s.Level, ChainString(noPickup.Chain()))
		}
	}
}

// TestDecidePickupTerms: a decision carries its rule's pickup terms only
// when pickup is in its chain, the one thing that uses them.
func TestDecidePickupTerms(t *testing.T) {
	p, err := Parse("policy.yaml", []byte(`rules:
  - name: phi
    when: {level: [phi, restricted]}
    use: [pgp, tls-verified, pickup]
    pickup: {identity: passcode, expire: 72h, max_views: 1}
  - name: default
    use: [tls-verified, tls, plain]
`))
	if err != nil {
		t.Fatal(err)
	}
	phi := Sensitivity{Level: LevelPHI, Score: 50}
	terms := PickupTerms{Identity: IdentityPasscode, Expire: 72 * time.Hour, MaxViews: 1}
	noPickup := Availability(func(m Method) bool { return m != MethodPickup })
	byCode := terms
	byCode.Identity = IdentityCode
	cases := []struct {
		name     string
		s        Sensitivity
		env      Envelope
		avail    Availability
		want     PickupTerms
		passcode bool
	}{
		{"pickup in the chain", phi, Envelope{}, nil, terms, true},
		{"no passcode possible", phi, Envelope{NoPasscode: true}, nil, byCode, false},
		{"pickup unavailable", phi, Envelope{}, noPickup, PickupTerms{}, false},
		{"another rule", Sensitivity{Level: LevelNone}, Envelope{}, nil, PickupTerms{}, false},
	}
	for _, c := range cases {
		d := p.Decide(c.s, c.env, Posture{Address: "pat@example.net", HasPGP: true}, c.avail)
		if d.Pickup != c.want || d.Passcode() != c.passcode {
			t.Errorf("%s: %s with terms %+v (passcode %v), want %+v (%v)", c.name, ChainString(d.Chain()), d.Pickup, d.Passcode(), c.want, c.passcode)
		}
	}
}

func TestDecideReason(t *testing.T) {
	p := Default()
	phi := Sensitivity{Level: LevelPHI, Score: 50, Findings: []Finding{{Kind: "mrn"}, {Kind: "dob"}, {Kind: "mrn"}}}
	cases := []struct {
		rcpt  Posture
		avail Availability
		want  string
	}{
		{Posture{HasPGP: true}, nil, "level phi (score 50: mrn, dob); rule phi chose pgp; skipped smime (no S/MIME certificate)"},
		{Posture{TLS: TLSNone}, func(m Method) bool { return m != MethodPickup },
			"level phi (score 50: mrn, dob); no method of rule phi can protect this recipient; " +
				"skipped pgp (no OpenPGP key), smime (no S/MIME certificate), tls-verified (TLS not verifiable), pickup (not available)"},
		{Posture{Notes: []string{"wkd: timeout"}, Keys: []Key{{Kind: "pgp", Source: "wkd", Fingerprint: "ab", Unusable: "expired"}}}, nil,
			"level phi (score 50: mrn, dob); rule phi chose tls-verified; skipped pgp (no OpenPGP key), smime (no S/MIME certificate); wkd: timeout"},
	}
	for _, c := range cases {
		d := p.Decide(phi, Envelope{}, c.rcpt, c.avail)
		if d.Reason != c.want {
			t.Errorf("reason %q\nwant   %q", d.Reason, c.want)
		}
		if len(d.Keys) != len(c.rcpt.Keys) {
			t.Errorf("decision records keys %v, want the posture's %v", d.Keys, c.rcpt.Keys)
		}
	}
}

const rulesYAML = `
rules:
  - name: ehr
    when: {sender: "@ehr.clinic.example", level: [phi, restricted]}
    use: pickup
  - name: partner
    when: {recipient: ["@partner.example", boss@other.example]}
    use: [tls-verified, reject]
  - name: sms
    when: {channel: sms}
    use: [pickup]
  - name: bounce
    when: {level: restricted}
    use: [reject]
  - name: default
    when: {level: [none, phi]}
    use: [tls-verified, tls]
overrides:
  - match: "@partner.example"
    tls: tls-verified
  - match: old@mx.partner.example
    tls: none
  - match: "*"
    tls: tls
`

func TestDecideConditions(t *testing.T) {
	p, err := Parse("rules.yaml", []byte(rulesYAML))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		level      Level
		from, to   string
		channel    string
		chain, why string
	}{
		{LevelPHI, "a@ehr.clinic.example", "x@example.net", "", "pickup", "ehr"},
		{LevelPHI, "a@EHR.clinic.example", "x@example.net", "email", "pickup", "ehr"},
		{LevelNone, "a@ehr.clinic.example", "x@example.net", "", "tls", "default"}, // level not matched; * override: tls
		{LevelPHI, "a@clinic.example", "x@mx.partner.example", "", "tls-verified>reject", "partner"},
		{LevelPHI, "a@clinic.example", "old@mx.partner.example", "", "reject", "partner"}, // address override beats domain
		{LevelNone, "a@clinic.example", "Boss@Other.example", "", "reject", "partner"},
		{LevelPHI, "a@clinic.example", "x@notpartner.example", "sms", "pickup", "sms"},
		{LevelRestricted, "a@clinic.example", "x@example.net", "email", "reject", "bounce"},
		{LevelPHI, "a@clinic.example", "x@example.net", "email", "tls", "default"},
	}
	for _, c := range cases {
		d := p.Decide(Sensitivity{Level: c.level}, Envelope{From: c.from, Channel: c.channel}, p.Posture(c.to), nil)
		if got := ChainString(d.Chain()); got != c.chain || d.Rule != c.why {
			t.Errorf("%s %s→%s %q: %s by %s (%s), want %s by %s", c.level, c.from, c.to, c.channel, got, d.Rule, d.Reason, c.chain, c.why)
		}
	}
}

func TestPostureOverrides(t *testing.T) {
	p, err := Parse("o.yaml", []byte(rulesYAML))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		addr string
		tls  TLSPosture
	}{
		{"x@partner.example", TLSVerified},
		{"x@MX.Partner.Example", TLSVerified},
		{"old@mx.partner.example", TLSNone},
		{"x@evilpartner.example", TLSOpportunistic},
	}
	for _, c := range cases {
		if got := p.Posture(c.addr); got.TLS != c.tls || got.Address != c.addr || got.Domain != strings.ToLower(c.addr[strings.IndexByte(c.addr, '@')+1:]) {
			t.Errorf("Posture(%s) = %+v, want TLS %q", c.addr, got, c.tls)
		}
	}
	if got := Default().Posture("x@example.net").TLS; got != TLSUnknown {
		t.Errorf("no overrides: TLS %q", got)
	}
}

func TestMatchAddress(t *testing.T) {
	cases := []struct {
		pattern, addr string
		want          bool
	}{
		{"*", "a@b.example", true},
		{"@b.example", "a@B.example", true},
		{"@b.example", "a@sub.b.example", true},
		{"@b.example", "a@xb.example", false},
		{"@b.example", "b.example", false},
		{"a@b.example", "A@b.example", true},
		{"a@b.example", "aa@b.example", false},
	}
	for _, c := range cases {
		if got := MatchAddress(c.pattern, c.addr); got != c.want {
			t.Errorf("MatchAddress(%q, %q) = %v", c.pattern, c.addr, got)
		}
	}
}
