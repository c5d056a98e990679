package policy

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sealpost/sealpost/policy/names"
)

// writesToCare reports whether a person writes, from outside, to one
// care provider's mailbox: From: names a person ("Harvey Lindholm"), To:
// a clinic, a practice or a nurse line ("Oakridge Internal Medicine"),
// at another domain. What such a message says of health is most often
// its writer's own, as patients write to their clinic: "still having the
// dizzy spells since they upped the tamsulosin".
func writesToCare(from, to string) bool {
	if strings.Count(to, "@") != 1 || headerDomain(from) == "" || headerDomain(from) == headerDomain(to) {
		return false
	}
	return personSender(from) && (careName(mailboxName(to)) || consumerMail(from) && professional(to)) // "Dr. Ruth Kaplan", "Sandra Ocampo, RN"
}

// orgPair reports whether one organisation that gives no care writes to
// another: From: and the one address of To: at different domains, neither
// a mail service's nor an example's bare domain ("example.net" is nobody's
// in particular), the sender's not a clinic's, a hospital's, a payer's.
func orgPair(from, to string) bool {
	return strings.Count(to, "@") == 1 && orgAddress(from) && orgAddress(to) && !sameOrg(headerDomain(from), headerDomain(to)) &&
		!careName(displayPart(from)) && !careDomain(from) && !careScript(displayPart(from)) && !(personSender(from) && careDomain(to))
}

// careScript reports whether a display name in Japanese, Chinese or
// Korean names a clinic, a hospital or a care service: "しらかば通りクリニック",
// "訪問介護ステーション" (home care), "学生保健センター" (student health).
func careScript(n string) bool {
	for _, w := range []string{"クリニック", "病院", "医院", "診療所", "診所", "醫院", "병원", "의원", "클리닉", "介護", "保健", "看護", "薬局", "歯科"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// sameOrg reports whether two domains are one organisation's, one under
// the other: "students.ashford-university.example.org" is the
// university's.
func sameOrg(a, b string) bool {
	return a == b || strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}

// careDomain reports whether an address's domain names a care provider:
// "cascadehealth.example.com", "pinecrestortho.example.com".
func careDomain(addr string) bool {
	label, _, _ := strings.Cut(headerDomain(addr), ".")
	for _, w := range careDomainWords {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

var careDomainWords = []string{"health", "clinic", "hospital", "ortho", "pediatric", "dental", "pharmacy",
	"rehab", "hospice", "care", "surgery", "cardio", "onco", "derm", "psych", "crisis", "counsel", "therapy", "nursing", "medic", "kaigo"}

// domainCategory returns the restricted detector whose care an
// address's domain or its organisation's display name names, or -1:
// "harborrecovery.example.org" is a substance-use programme's, "Summit
// Fertility" a fertility clinic's. A consumer mail service names no
// one's care.
func domainCategory(addr string) int {
	d := headerDomain(addr)
	if d == "" || consumerMail(addr) {
		return -1
	}
	if n := displayPart(addr); n != "" && !personName(n) {
		ws := strings.FieldsFunc(foldText(n), func(r rune) bool { return !unicode.IsLetter(r) })
		for k, w := range ws {
			stem := strings.TrimSuffix(w, "s")
			for _, c := range domainCategories {
				if (w == c.word || stem == c.word) && !(k > 0 && otherCounsel.hasString(ws[k-1])) {
					return c.det // "Bayside Recovery", "Summit Fertility"; not "Financial Counseling"
				}
			}
		}
	}
	for _, label := range strings.Split(d, ".") {
		if strings.Contains(label, "archiv") || strings.Contains(label, "financ") || strings.Contains(label, "credit") {
			continue // "archiv" holds "hiv"; "financialcounseling" is of a bill
		}
		for _, c := range domainCategories {
			if strings.Contains(label, c.word) {
				return c.det
			}
		}
	}
	return -1
}

// otherCounsel are the counselling that is no mental health care.
var otherCounsel = wordSet(`financial credit debt career legal benefits`)

var domainCategories = []struct {
	word string
	det  int
}{
	{"recovery", dSubstance}, {"methadone", dSubstance}, {"addiction", dSubstance}, {"detox", dSubstance}, {"sober", dSubstance},
	{"fertility", dReproductive}, {"ivf", dReproductive}, {"familyplanning", dReproductive}, {"abortion", dReproductive},
	{"reproductive", dReproductive}, {"hiv", dHIV}, {"genetic", dGenetic}, {"genomic", dGenetic},
	{"psych", dMental}, {"behavioral", dMental}, {"behavioural", dMental}, {"mentalhealth", dMental},
	{"counseling", dMental}, {"counselling", dMental},
}

func orgAddress(addr string) bool {
	d := headerDomain(addr)
	label, rest, _ := strings.Cut(d, ".")
	return d != "" && !consumerMail(addr) && label != "example" && !strings.HasPrefix(rest, "test")
}

// consumerMail reports whether an address is at a mail service people
// hold their own mailboxes with, not an employer's: a patient writing to
// their doctor from one writes of their own care, or their family's; a
// rep writes to the same doctor from their company's domain. Example
// domains stand for a service by their first label: "inbox.example.com".
func consumerMail(addr string) bool {
	d := headerDomain(addr)
	label, rest, _ := strings.Cut(d, ".")
	if strings.HasPrefix(rest, "example.") || rest == "example" {
		return consumerLabels.hasString(label)
	}
	return consumerDomains.hasString(d)
}

var (
	consumerLabels  = wordSet(`mail inbox mailbox correo correio post posteo webmail poczta posta poshta pochta courriel`)
	consumerDomains = wordSet(`gmail.com googlemail.com yahoo.com ymail.com hotmail.com outlook.com live.com msn.com icloud.com me.com
mac.com aol.com comcast.net verizon.net att.net sbcglobal.net bellsouth.net charter.net cox.net earthlink.net protonmail.com
proton.me gmx.com gmx.net gmx.de web.de mail.com yandex.ru mail.ru qq.com 163.com 126.com naver.com daum.net hanmail.net
orange.fr free.fr laposte.net libero.it rediffmail.com hotmail.co.uk yahoo.co.uk btinternet.com`)
)

// mailboxName is an address's display name or, without one, the word of
// its local part that names a mailbox patients write to: "nurse@…" gives
// nurse; "opd.physicians@…" (a team's) and "pharmacy-systems@…" (a
// system's) give none.
func mailboxName(addr string) string {
	if n := displayPart(addr); n != "" {
		return n
	}
	a := strings.TrimSpace(addr)
	if _, in, ok := strings.Cut(a, "<"); ok {
		a = in
	}
	local, _, _ := strings.Cut(a, "@")
	words := strings.FieldsFunc(strings.ToLower(local), func(r rune) bool { return r == '.' || r == '_' || r == '+' || r == '-' })
	name := ""
	for _, w := range words {
		if systemsWords.hasString(w) {
			return "" // "pharmacy-systems@": the pharmacy's IT
		}
		if patientMailboxes.hasString(w) {
			name = w // "nurse@", "triage@": where patients write
		}
	}
	return name // not "opd.physicians@", a team's
}

// patientMailboxes are the words of a local part that make an address
// one patients write to; systemsWords make it a system's.
var (
	patientMailboxes = wordSet(`nurse nurses nurseline triage pharmacy pharmacist`)
	systemsWords     = wordSet(`systems system it is informatics helpdesk servicedesk support noreply donotreply interfaces`)
)

// personSender reports whether an address is a person's own: its display
// name is one (personName), or is written in another script than Latin
// and the address spells a given name: "عمران شیخ"
// <imran.shaikh@…>, "রাশেদ করিম" <rashed.karim@…>.
func personSender(addr string) bool {
	n := displayPart(addr)
	if personName(n) {
		return true
	}
	ws := strings.Fields(n)
	if len(ws) < 2 || len(ws) > 4 || strings.ContainsAny(n, ",()|@0123456789") {
		return false
	}
	for _, r := range n {
		if r < utf8.RuneSelf && r != ' ' {
			return false // Latin letters: personName's to judge
		}
	}
	return names.Given(localName(addr))
}

// careWritesTo reports the other way round: one care provider's mailbox
// writes to one person outside ("Rivermark Physical Therapy" inviting
// "Jared Kowalczyk" to his evaluation): what it says of care is most
// often that person's.
func careWritesTo(from, to string) bool {
	return writesToCare(to, from)
}

// displayPart is an address's display name, unquoted.
func displayPart(v string) string {
	name, _, ok := strings.Cut(v, "<")
	if !ok {
		return ""
	}
	return strings.Trim(strings.TrimSpace(name), `"'`)
}

// personName reports whether a display name is a person's own: two or
// three capitalised words, a common given name first, no role or
// organisation ("Harvey Lindholm", "Héctor Villalobos", not "Dr. Okafor
// Surgical Associates" or "Maria Lopez, Account Executive"), perhaps
// after an honorific ("Pani Joanna Krawczyk").
func personName(n string) bool {
	ws := strings.Fields(n)
	if len(ws) > 2 && nameHonorifics.hasString(foldText(strings.TrimSuffix(ws[0], "."))) {
		ws = ws[1:] // "Pani Joanna Krawczyk", "Mrs. Ellen Stanhope"
	}
	if len(ws) < 2 || len(ws) > 3 || strings.ContainsAny(n, ",()|@") || !names.Given(foldText(ws[0])) && !wordNames.hasString(foldText(ws[0])) {
		return false
	}
	for _, w := range ws {
		f := foldText(strings.Trim(w, "."))
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || roleWords.hasString(f) || credentials.hasString(f) || providerTitles.hasString(f) || careOrgWords.hasString(f) ||
			orgNouns.hasString(f) {
			return false
		}
	}
	return true
}

// nameHonorifics may open a person's display name before their given
// name.
var nameHonorifics = wordSet(`mr mrs ms miss mx sr sra srta señor señora mme mlle herr frau pan pani signora signor sig dona doña`)

// wordNames are given names that are everyday words too, which the
// given-name list leaves out: in a display name's first place, before a
// surname, they name a person ("Heather Lindqvist", "Will Okafor").
var wordNames = wordSet(`heather rose will mark hope june grace faith joy dawn holly ivy iris daisy violet amber
crystal ruby pearl jade april summer autumn bill bob pat max don rob ed art chase drew dean gene jack jean miles
nick pierce ray rod sandy scott victor wade ward joe sue kay bonnie carol eve lily poppy olive hazel ginger penny
robin sky river rocky buck hunter mason carter cole grant lance gale earl duke patty peg herb norm chuck val cal al barb marge
frank dale troy jay rosemary brandy sherry glen genesis ted rex laurel aurora raven ebony graham marina margarita ira wilson
paisley sterling viola willow tiara harmony jewel flora lyric barrett rusty lacy heath romeo ida tia aria`)

// careName reports whether a display name is a care provider's mailbox:
// "Lakeshore Family Medicine", "Sandpiper Women's Health Nurse Line",
// "Clínica San Judas".
func careName(n string) bool {
	care := false
	for _, w := range strings.FieldsFunc(foldText(n), func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".'’"), "'s"), "’s") // "Women's"
		if officeWords.hasString(w) {
			return false
		}
		care = care || careOrgWords.hasString(w)
	}
	return care
}

// foldText is fold for a string: lower case, accents off, as the word
// sets hold their words ("Clínica" is "clinica").
func foldText(s string) string { return string(fold(nil, []byte(s))) }

// careOrgWords name a provider of care; "CAPS" is a university's
// counselling and psychological services.
var careOrgWords = wordSet(`clinic clinics clínica clinica klinik medicine medical health healthcare hospital nurse nurses
nursing surgery surgical surgeons pediatrics paediatrics pediatric dermatology cardiology oncology orthopedics
orthopaedics obstetrics gynecology ob/gyn urology neurology psychiatry dental dentistry physiotherapy therapy
rehabilitation internal practice physicians doctors centro médico medico praxis recovery behavioral behavioural
counseling counselling rehab detox pharmacy hospice dialysis radiology imaging optometry chiropractic midwifery fertility
telehealth telemedicine treatment apothecary caps podiatry podiatrist ankle audiology ophthalmology otolaryngology
endocrinology gastroenterology pulmonology nephrology rheumatology allergy wound infusion diagnostics prosthetics orthotics`)

// officeName reports whether a display name is a business office's:
// "Procurement, Tri-County Health Dept.".
func officeName(n string) bool {
	for _, w := range strings.FieldsFunc(foldText(n), func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		if officeWords.hasString(strings.Trim(w, ".'’")) {
			return true
		}
	}
	return false
}

// officeWords name a provider's business offices, not its care, and the
// boards that license it: "Procurement, Tri-County Health Dept.", "Board
// of Behavioral Health Examiners".
var officeWords = wordSet(`procurement purchasing billing accounts payable receivable finance hr careers recruiting
recruitment marketing communications it compliance legal supply supplies vendor vendors credentialing payroll
facturación facturation faturamento cobranza compras contabilidad comptabilité financeiro finanzas rrhh
examiners licensing licensure accreditation`)
