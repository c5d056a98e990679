package policy

import "testing"

// TestWritesToCare: a person writing from outside to one care
// provider's mailbox is a patient writing in; a rep writing to a doctor,
// a supplier to procurement, a colleague inside the organisation or a
// company are not.
func TestWritesToCare(t *testing.T) {
	cases := []struct {
		from, to string
		want     bool
	}{
		{"Harvey Lindholm <hlindholm52@mail.example.net>", "Oakridge Internal Medicine <appointments@oakridgeim.example.org>", true},
		{"Maddie Prescott <maddiep.03@inbox.example.com>", "Sandpiper Women's Health Nurse Line <nurseline@sandpiperwh.example.org>", true},
		{"Ramona Fitzgerald <ramonafitz@inbox.example.com>", `"Dr. Okafor Surgical Associates" <office@okaforsurgery.example.org>`, true},
		{"Trent Galloway <trent.galloway@solvanebio.example.com>", `"Dr. Amara Lindqvist" <alindqvist@lakesidefm.example.org>`, false}, // a doctor's own mailbox
		{"Rosalind Kemper-Asante <bids@sentinel.example.com>", `"Procurement, Tri-County Health Dept." <procurement@tricounty.example.org>`, false},
		{"Harvey Lindholm <h@oakridgeim.example.org>", "Oakridge Internal Medicine <appointments@oakridgeim.example.org>", false}, // a colleague
		{"Solvane Bio Marketing <news@solvanebio.example.com>", "Oakridge Internal Medicine <appointments@oakridgeim.example.org>", false},
		{`"Maria Lopez, Account Executive" <m@vendor.example.com>`, "Lakeshore Family Medicine <fd@lakeshorefm.example.org>", false},
		{"Harvey Lindholm <h@mail.example.net>", "Oakridge Internal Medicine <a@oakridgeim.example.org>, Billing <b@oakridgeim.example.org>", false},
		{"Héctor Villalobos <hv@correo.example.net>", "Clínica San Judas <citas@sanjudas.example.org>", true},       // accents fold as the word sets do
		{"Heather Lindqvist <hl@inbox.example.com>", "Oakridge Internal Medicine <a@oakridgeim.example.org>", true}, // a given name that is a word too
		{"Érica Souza <erica@correio.example.net>", "Clínica Vida <contato@vida.example.org>", true},
		{"Colleen Marsh <colleen.marsh@mail.example.net>", `"Dr. Ruth Kaplan" <rkaplan@eastlakefm.example.org>`, true}, // a wife writes to her husband's doctor
		{"Colleen Marsh <cmarsh@gmail.com>", "Sandra Ocampo, RN <socampo@eastlakefm.example.org>", true},
		{"Colleen Marsh <cmarsh@eastlake-realty.example.com>", "Sandra Ocampo, RN <socampo@eastlakefm.example.org>", false},    // from her office
		{"Teresa Wójcik <teresa.wojcik@mail.example.com>", "Fernhill Foot & Ankle <office@fernhillfoot.example.com>", true},    // a podiatry practice
		{"Bev Tolliver <bevtolliver@inbox.example.com>", "Brightwater Dental <frontdesk@brightwaterdental.example.com>", true}, // a short form
		{"Patty Kowal <pkowal@inbox.example.com>", "Brightwater Dental <frontdesk@brightwaterdental.example.com>", true},       // a short form that is a word too
		{"Pani Joanna Krawczyk <jk@mail.example.net>", "Cedar Fertility Clinic <front@cedar-fertility.example.com>", true},     // after an honorific
		{"Mr. Ellis <ellis@mail.example.net>", "Cedar Fertility Clinic <front@cedar-fertility.example.com>", false},            // a surname alone
		{"Kendra Lowe <kendra.lowe@example.net>", "Maple Telehealth <telehealth@maplewomens.example.org>", true},
		{"Halina Nowicka <halina.nowicka@mail.example.com>", "Harborline Treatment Center <frontdesk@harborline-tc.example.org>", true},
		{"عمران شیخ <imran.shaikh@mail.example.org>", "Meridian Specialty - Fertility <f@meridian.example.net>", true}, // a name in Urdu, spelt in the address
		{"خدمات العملاء <customer.service@shop.example.com>", "Meridian Specialty - Fertility <f@meridian.example.net>", false},
		{"রাশেদ করিম <rashed.karim@mail.example.net>", "Corner Apothecary <rx@apothecary.example.com>", true},
		{"Rashid Albrecht <r.albrecht1965@mail.example.com>", "nurse@marrowfield.example.org", true},                     // the nurses' mailbox, by its address
		{"Florian Moreau <fmoreau@rxlink.example.net>", "pharmacy-systems@valleyrx.example.com", false},                  // the pharmacy's IT
		{"Anjali Mehra <anjali.mehra@kaverilife.example.com>", "opd.physicians@medwise.example.com", false},              // a team's list, a rep writing
		{"Héctor Villalobos <hv@correo.example.net>", "Clínica San Judas – Facturación <f@sanjudas.example.org>", false}, // its billing office
	}
	for _, c := range cases {
		if got := writesToCare(c.from, c.to); got != c.want {
			t.Errorf("%s -> %s: %v, want %v", c.from, c.to, got, c.want)
		}
	}
	// The other way round: a provider's mailbox writing to one person.
	if !careWritesTo("Lakeshore Family Medicine <frontdesk@lakeshorefm.example.org>", "Bryce Okoro <bryce.okoro@mail.example.net>") {
		t.Error("a provider writing to one person outside")
	}
	named := func(to string) []byte {
		return []byte("From: Heather Lindqvist <heather@inbox.example.com>\r\nTo: " + to + "\r\nSubject: Sophie\r\n\r\n" +
			"Sophie had a hard weekend, she finished 4 of 6 meals. Should I tell her therapist before the family session?\r\n")
	}
	if s := Default().Inspect(named("Linden House Eating Disorder Program <php@lindenhouse.example.org>"), Envelope{}); s.Level != LevelRestricted {
		t.Errorf("a parent writing to an eating-disorder programme: %s (%s)", s.Level, places(s))
	}
	if s := Default().Inspect(named("Linden House Tennis Program <php@lindenhouse.example.org>"), Envelope{}); s.Level != LevelNone {
		t.Errorf("a parent writing to a tennis programme: %s (%s)", s.Level, places(s))
	}
	// The care a mailbox names is read when the writer is a patient
	// writing in as well: it is the care they seek.
	otp := []byte("From: Halina Nowicka <halina.nowicka@mail.example.com>\r\nTo: Bayside Opioid Treatment Program <frontdesk@bayside.example.org>\r\n" +
		"Subject: saturday\r\n\r\nI ran out of my medication early, can I come in Saturday for my dose?\r\n")
	if s := Default().Inspect(otp, Envelope{}); s.Level != LevelRestricted {
		t.Errorf("a patient writing to an opioid treatment programme: %s (%s)", s.Level, places(s))
	}
	if !careWritesTo("Bayside Recovery Center <groups@baysiderecovery.example.org>", "Bryce Okoro <bryce.okoro@mail.example.net>") {
		t.Error("a treatment programme writing to one person outside")
	}
	if careWritesTo("Lakeshore Family Medicine <frontdesk@lakeshorefm.example.org>", "Bryce Okoro <bokoro@lakeshorefm.example.org>") {
		t.Error("a provider writing to its own staff")
	}
	msg := func(from, body string) []byte {
		return []byte("From: " + from + "\r\nTo: Oakridge Internal Medicine <appointments@oakridgeim.example.org>\r\nSubject: thursday\r\n\r\n" + body)
	}
	patient := "cant make it thurs. also still having the dizzy spells since they upped the tamsulosin\r\n"
	if s := Default().Inspect(msg("Harvey Lindholm <hlindholm52@mail.example.net>", patient), Envelope{}); s.Level != LevelPHI {
		t.Errorf("a patient writing in: %s (%s)", s.Level, places(s))
	}
	if s := Default().Inspect(msg("Harvey Lindholm <hlindholm52@mail.example.net>", "cant make it thurs, my car broke down\r\n"), Envelope{}); s.Level != LevelNone {
		t.Errorf("a patient writing of no care: %s (%s)", s.Level, places(s))
	}
}

// TestOrgPair: one organisation that gives no care writing to another's
// staff is a counterparty's mail; a clinic's, a person's to a clinic, mail
// to a mail service's mailbox or within one organisation is not.
func TestOrgPair(t *testing.T) {
	cases := []struct {
		from, to string
		want     bool
	}{
		{"Tess Marlowe <tess.marlowe@halvern-pharma.example.com>", "Renee Calloway <rcalloway@oakhollowfm.example.org>", true},
		{"Priyanka Rao <priyanka.rao@keelbrook-devices.example.com>", "Owen Ferris <owen@ferrisregulatory.example.net>", true},
		{"Ava Stone <ava@brightmedia.example.com>", "Renee Calloway <rcalloway@oakhollowfm.example.org>", true},                       // "media" is no "medic"
		{"Tess Marlowe <tess.marlowe@halvern-pharma.example.com>", "Renee Calloway <rcalloway@gmail.com>", false},                     // a person's own mailbox
		{"Owen Falk <ofalk@cascadehealth.example.com>", "Tasha Greer <tgreer@oakfield-primarycare.example.org>", false},               // a payer's care manager
		{"しらかば通りクリニック <info@shirakaba.example.jp>", "<desk@hospital.example.org>", false},                                             // a clinic, by its name
		{"Studenthealth <sh@ashford-university.example.org>", "<aya@students.ashford-university.example.org>", false},                 // one university
		{"Marta Souza <marta@amparo.example.com>", "<cl@hospital.example.org>", false},                                                // a person writing to a hospital
		{"Tess Marlowe <tess.marlowe@halvern-pharma.example.com>", "<a@oakhollowfm.example.org>, <b@oakhollowfm.example.org>", false}, // several readers: the mailing rules
	}
	for _, c := range cases {
		if got := orgPair(c.from, c.to); got != c.want {
			t.Errorf("%s -> %s: %v, want %v", c.from, c.to, got, c.want)
		}
	}
}

// TestDomainCategory: a provider's domain may name the restricted care
// it gives; a mail service's and an archive's name none.
func TestDomainCategory(t *testing.T) {
	for _, c := range []struct {
		addr string
		want int
	}{
		{"Front Desk <desk@harborrecovery.example.org>", dSubstance},
		{"noreply@chat.riverbendrecovery.example.org", dSubstance},
		{"billing@summitfertility.example.com", dReproductive},
		{"intake@eastsidehiv.example.org", dHIV},
		{"records@archive.example.org", -1},
		{"lab@strandlinegenomics.example.com", dGenetic},
		{"Kim Lee <recovery.fan@mail.example.com>", -1}, // a mail service: the label is the person's
		{"frontdesk@lakeshorefm.example.org", -1},
		{"Bayside Recovery <groups@bayside.example.org>", dSubstance}, // the display name says it
		{"SORMC Financial Counseling <financialcounseling@stodile.example.org>", -1},
		{"Cedar Genetic Counseling <gc@cedar.example.org>", dGenetic},
	} {
		if got := domainCategory(c.addr); got != c.want {
			t.Errorf("domainCategory(%q) = %d, want %d", c.addr, got, c.want)
		}
	}
}
