package policy

// scoring is one message's score being built.
type scoring struct {
	p      *Policy
	x      Explanation
	found  map[Group]bool
	totals map[Group]int
	capped map[Group]bool
}

// score turns the evidence into a Sensitivity: detector findings within
// their group caps, then the context rules, then the sender's floors.
func (p *Policy) score(ev *evidence, header string, env Envelope) Explanation {
	sc := &scoring{p: p, found: map[Group]bool{}, totals: map[Group]int{}, capped: map[Group]bool{}}
	sc.looseCodes(ev)
	sc.writerToCare(ev)
	sc.ownPost(ev)
	sc.counterparty(ev)
	sc.customerAccounts(ev)
	sc.staffNumbers(ev)
	sc.animalCharts(ev)
	sc.inventedPeople(ev)
	sc.propertyClaims(ev)
	sc.documentReaders(ev)
	sc.lures(ev)
	sc.practitioners(ev)
	sc.identifiedVisits(ev)
	sc.colleagueOnLeave(ev)
	sc.drafts(ev)
	sc.operations(ev)
	sc.celebrations(ev)
	sc.programmeTerms(ev)
	sc.planTerms(ev)
	sc.orgRestricted(ev)
	sc.categoryLists(ev)
	sc.siteCategory(ev)
	sc.tallied(ev)
	defs := p.setup().defs
	for det := range defs {
		sc.detector(defs[det], ev.counts[det])
	}
	sc.context()
	sc.floors(header, env)
	for _, g := range Groups {
		if sc.found[g] {
			sc.x.Groups = append(sc.x.Groups, GroupScore{g, sc.totals[g], sc.capped[g]})
		}
	}
	return sc.x
}

// looseCodes counts dotted ICD-10 shapes without a keyword as codes when
// the message has other health content ("E11.9" beside "diabetes" is a
// diagnosis code, beside a price list a part number), CPT shapes in
// parentheses beside care content, and SSN shapes without a keyword
// unless trade (a quote, an order, a stock count) explains them.
func (sc *scoring) looseCodes(ev *evidence) {
	if sc.anyFound(ev, clinicalTerms) || sc.anyFound(ev, billedFor) {
		addCounts(&ev.counts[dICD10], ev.looseICD) // "99214 E11.65" on a claim line for one patient's date of service
	}
	if sc.anyFound(ev, clinicalTerms) || sc.anyFound(ev, []int{dCare}) {
		addCounts(&ev.counts[dCPT], ev.looseCPT)
	}
	if !sc.anyFound(ev, []int{dCommerce, dInventory}) || sc.anyFound(ev, []int{dSSN}) {
		addCounts(&ev.counts[dSSN], ev.looseSSN) // in a quote or a stock count, 410-52-8821 is a part number
		if ev.matches != nil && len(ev.looseSSNs) > 0 {
			ev.matches[dSSN] = append(ev.matches[dSSN], ev.looseSSNs...)
		}
	}
}

// billedFor are the findings of a claim for one person's care: a dotted
// ICD-10 shape beside them is a diagnosis code, not a part number.
var billedFor = []int{dServiceDate, dMBI, dMRN, dMember, dClaim}

// clinicalTerms are the detectors of clinical words and structured
// clinical fields; clinicalCodes those of codes.
var (
	clinicalTerms   = []int{dDiagnosis, dProcedure, dDrug, dLab, dStructClinical, dMental, dSubstance, dHIV, dGenetic, dReproductive}
	clinicalCodes   = []int{dICD10, dCPT, dHCPCS, dNDC}
	restrictedTerms = []int{dMental, dSubstance, dHIV, dGenetic, dReproductive}
)

// customerAccounts drops account numbers that name no patient. An
// account number says whose account, not whose care: beside health terms
// alone it is a customer's (a supplier's statement for HbA1c reagents, a
// hotel booking for a diabetes congress, a courier's specimen route). It
// is a patient's beside care or payment for care (a visit, a copay, a
// balance for services) or beside another sign of one person.
func (sc *scoring) customerAccounts(ev *evidence) {
	if !sc.anyFound(ev, []int{dCare, dServiceDate, dName, dDirected, dSalutation}) {
		ev.drop(dAccount)
	}
}

// staffNumbers drops employee IDs that name no one's health: a badge's,
// a payroll's, an open enrolment's "employee ID 40588, your dental plan",
// a role request's for a new LCSW, a staff TB screening notice's. In
// mail about a leave for one's health, beside clinical or restricted
// words, an employee ID is the staff member's whose leave HR writes of:
// "your certification for intermittent leave (migraine) ... Employee ID
// E10482".
func (sc *scoring) staffNumbers(ev *evidence) {
	if !ev.leave || !sc.anyFound(ev, clinicalTerms) && !sc.anyFound(ev, clinicalCodes) {
		ev.drop(dEmployee)
	}
}

// animalCharts drops the record numbers, patient names and "your"
// care of a veterinary practice's mail: "Patient ID: V-22018" beside
// "your dog" is a pet's chart, and the owner it writes to no patient.
func (sc *scoring) animalCharts(ev *evidence) {
	if sc.anyFound(ev, []int{dVeterinary}) {
		ev.drop(dMRN, dName, dDirected, dClaim, dDOB) // a pet's chart, a pet insurer's claim, a dog's date of birth
	}
}

// inventedPeople drops the identifiers, names and "your" care of a
// message that says its people are invented: a CME quiz's "fictional
// case", a simulation's mannequin, an interface ticket's test patient.
// A structured payload's records stay: HL7, FHIR, X12 and CSV say
// themselves whether they are test data (MSH-11, a meta tag, ISA15, a
// flag column), and a ticket that mentions a test patient may attach a
// real one.
func (sc *scoring) inventedPeople(ev *evidence) {
	if !sc.anyFound(ev, []int{dTestData}) {
		return
	}
	ev.drop(dSSN, dMBI, dMRN, dMember, dClaim, dDOB, dAccount, dEmployee, dServiceDate, dName, dDirected, dSalutation)
}

// propertyClaims drops the claim numbers and "your claim" of an
// insurer's mail about a car or a house: "claim 7204418865" beside
// "vehicle" and "date of loss" is nobody's care. A claim with clinical
// content (an injury, a bill for treatment) keeps them.
func (sc *scoring) propertyClaims(ev *evidence) {
	if sc.anyFound(ev, []int{dProperty}) && !sc.anyFound(ev, clinicalTerms) && !sc.anyFound(ev, clinicalCodes) {
		ev.drop(dClaim, dDirected) // "claim 7204418865", "your claim": the car's
	}
}

// documentReaders drops "your results" found only inside attachments,
// when nothing else names or greets anyone: a protocol, a leaflet or a
// template speaks to whoever reads it. A letter to one patient says
// whom it is for (a greeting, a name, a record number, the To: of an
// attached message: a bounced reminder) or is sent with a message that
// does, as a person's post in a digest about their own care does.
func (sc *scoring) documentReaders(ev *evidence) {
	if ev.letter || ev.poster && ev.mine > 0 {
		return
	}
	c := ev.counts[dDirected]
	for w, n := range c {
		if n > 0 && w != numWhereAttachment || w == numWhereAttachment && n == 0 {
			return // also, or not, outside the attachments' text
		}
	}
	if !sc.anyFound(ev, []int{dName, dSalutation, dDOB, dMRN, dMember, dClaim, dSSN, dMBI, dAccount, dServiceDate,
		dHL7, dFHIR, dCCDA, dPatientTable, dX12}) {
		ev.counts[dDirected] = [numWhere]int{}
		delete(ev.matches, dDirected)
	}
}

// ownPost reads a person's post to a list about their own care as a
// letter, not as a mailing: "Since Dr. Varga changed my basal ... My A1c
// was 6.9", from Courtney Albers to a support list, or her post in the
// list's digest. The list's footer and headers say how it travels, not
// who it is about. A newsletter is an organisation's, and a post naming
// someone else is left to the mailing rules: a script's characters are
// named too.
func (sc *scoring) ownPost(ev *evidence) {
	if (ev.private || ev.poster) && ev.mine > 0 && sc.anyFound(ev, clinicalTerms) {
		ev.drop(dBulk)
	}
}

// counterparty drops the greeting of one organisation's mail to
// another's staff when nothing in it is anyone's care: "Hi Renee, ... our
// new inhaler for COPD" from a rep, "Hi Owen, ... the MRI safety field"
// from a device maker greet a counterparty, and the clinical words are
// their trade's. A patient's name, a record number or "your results"
// still make it someone's.
func (sc *scoring) counterparty(ev *evidence) {
	if !ev.orgPair || ev.toCare || ev.mine > 0 || ev.yours > 0 || sc.anyFound(ev, clinicalCodes) || sc.anyFound(ev, []int{dName,
		dDirected, dSSN, dMBI, dMRN, dMember, dClaim, dDOB, dAccount, dServiceDate, dHL7, dFHIR, dCCDA, dPatientTable, dX12}) {
		return
	}
	ev.drop(dSalutation)
}

// writerToCare counts a person writing from outside to one care
// provider's mailbox as a patient speaking of their own care, and the
// provider writing to one person outside as speaking of theirs, when the
// message holds health content: "cant make it thurs ... still having
// the dizzy spells since they upped the tamsulosin", to Oakridge Internal
// Medicine; "Invitation: PT evaluation, s/p ACL reconstruction", from
// Rivermark Physical Therapy to Jared Kowalczyk. Trade and mailings are
// not, nor a service's own mail (a go-live, a report of counts) that
// names no one, nor an organisation's that greets a doctor: a genetics
// lab's "Dr. Nakashima, ... a roundtable on hereditary cancer testing"
// to a plan's medical director invites a counterparty.
func (sc *scoring) writerToCare(ev *evidence) {
	if !ev.toCare || ev.doctor || !sc.anyFound(ev, clinicalTerms) && !sc.anyFound(ev, clinicalCodes) || sc.anyFound(ev, []int{dCommerce, dInventory, dBulk}) {
		return
	}
	if (ev.ops || ev.tallies >= 2) && !sc.anyFound(ev, []int{dName, dSSN, dMBI, dMRN, dMember, dClaim, dDOB}) {
		return // a contractor's template going live, a month's counts to the QI committee: a service's, no one's own
	}
	ev.counts[dDirected][whereIndex(WhereHeader)]++
	if ev.matches != nil {
		ev.matches[dDirected] = append(ev.matches[dDirected], "(a person writing to a care provider)")
	}
}

// lures drops the "your" care of a report on phishing lures: "Updated:
// your COVID-19 test result" had a 9.8% click rate. Its names stay: an
// IT update that mentions a drill may name a colleague on leave. So for
// mail whose readers are hidden (hiddenReaders): its "your" is anyone's.
func (sc *scoring) lures(ev *evidence) {
	if ev.lure || ev.hidden {
		ev.drop(dDirected)
	}
}

// practitioners drops the date of birth of a clinician's credentialing
// record: beside an NPI or a DEA number, with no patient named or
// numbered and no clinical term or code, "DOB: 04/17/1979" is the
// practitioner's own, and "Department: Psychiatry" where they work.
func (sc *scoring) practitioners(ev *evidence) {
	if !sc.anyFound(ev, []int{dNPI, dDEA}) || !sc.anyFound(ev, []int{dDOB}) ||
		sc.anyFound(ev, []int{dName, dMRN, dMember, dClaim, dMBI, dSSN, dHL7, dFHIR, dCCDA, dPatientTable, dX12}) ||
		sc.anyFound(ev, clinicalTerms) || sc.anyFound(ev, clinicalCodes) {
		return
	}
	ev.drop(dDOB)
}

// identifiedVisits counts as care the "your appointment" or "my
// appointment" of a message that also identifies a patient: a
// date of birth or a record number beside "before my appointment on
// the 17th" is a patient's visit, as "your appointment" alone (from a
// salon) or beside a gym's member ID is not.
func (sc *scoring) identifiedVisits(ev *evidence) {
	if !sc.anyFound(ev, []int{dMBI, dMRN, dDOB}) || !sc.anyFound(ev, []int{dDirected}) || sc.anyFound(ev, []int{dNPI, dDEA}) {
		return // a clinician's credentialing holds their own date of birth and "your TB screening date"
	}
	addCounts(&ev.counts[dCare], ev.counts[dDirected])
	if ev.matches != nil {
		ev.matches[dCare] = append(ev.matches[dCare], "(the care of one identified person)")
	}
}

// colleagueOnLeave counts the greetings of a colleague when the mail
// speaks of a leave for someone's health: "Bernadette, Dr. Norcross will
// be on medical leave ... diagnosed with lymphoma" is about one person,
// who may be the reader ("Tobias, your return-to-work clearance").
func (sc *scoring) colleagueOnLeave(ev *evidence) {
	if !ev.leave {
		return
	}
	for where, n := range ev.colleague {
		ev.counts[dSalutation][where] += n
		if n > 0 && ev.matches != nil {
			ev.matches[dSalutation] = append(ev.matches[dSalutation], "(a colleague greeted in mail about a leave)")
		}
	}
}

// drafts drops the greeting and the "your" care of a message that reviews
// a document's wording: "Hi Tomasz, final copy for the fertility center
// landing page is below" greets the reviewer, IVF and egg freezing are
// the page's; a template proof's "Your prescription is due" speaks to
// readers it has not been sent to yet.
func (sc *scoring) drafts(ev *evidence) {
	if ev.draft {
		ev.drop(dSalutation, dDirected) // the document's "your" speaks to its readers to be
	}
}

// orgRestricted counts as care, where care is given, the restricted
// terms of a message whose clinical and care words are all in an
// organisation's name or a regulation's citation, when it names no
// patient and speaks to no one of their care: "Hi Marcus, staff meeting moved to 3pm" from
// Riverbend Addiction Treatment Services, with its 42 CFR Part 2
// footer, greets a colleague; "your appointment" from it is a patient's.
func (sc *scoring) orgRestricted(ev *evidence) {
	if ev.where == 0 || sc.anyFound(ev, []int{dName, dDirected, dSSN, dMBI, dMRN, dMember, dClaim, dDOB, dHL7, dFHIR, dCCDA,
		dPatientTable, dX12, dAccount, dServiceDate}) {
		return
	}
	n := 0
	for _, d := range append(append([]int{dCare}, clinicalTerms...), clinicalCodes...) {
		for w, c := range ev.counts[d] {
			if w != whereIndex(WhereHeader) { // a display name says where care is given too
				n += c
			}
		}
	}
	if n > ev.where {
		return // words of care of the text's own: "you missed dosing today"
	}
	for _, d := range restrictedTerms {
		addCounts(&ev.counts[dCare], ev.counts[d])
		if ev.matches != nil {
			ev.matches[dCare] = append(ev.matches[dCare], ev.matches[d]...)
		}
		ev.drop(d)
	}
}

// operations drops the greeting of a message that runs a service: "Hi
// Ben, the postpartum depression screening workflow goes live Monday"
// greets a colleague. Its names and its "your" care stay: a go-live
// note may still name a patient.
func (sc *scoring) operations(ev *evidence) {
	if ev.ops {
		ev.drop(dSalutation)
	}
}

// celebrations drops the dates of birth of a message that celebrates a
// colleague, when it names no patient and holds no clinical term but in
// an organisation's name: "Ingrid's birthday is Thursday (born
// 10/29/1988)", a card to sign at a genetic counselling service.
func (sc *scoring) celebrations(ev *evidence) {
	if !ev.party || sc.anyFound(ev, []int{dName, dDirected, dMRN, dMember, dClaim, dSSN, dMBI}) {
		return
	}
	if bodyCount(ev, clinicalTerms) <= ev.where {
		ev.drop(dDOB)
	}
}

// planTerms drops the care terms of a message whose every care term
// names a plan's benefits and that holds no clinical term or code, no
// claim and no date of service: a plan's notice to its member ("Member
// ID: AMI-3381, the generic copay goes from $10 to $5 at preferred
// pharmacies") tells no care of theirs. A named patient, an account or
// a record number, a date of birth make a bill or a patient of it:
// "deductible" on a balance due, "send my subs to the pharmacy, dob
// 3/22/91".
func (sc *scoring) planTerms(ev *evidence) {
	if ev.benefit == 0 || bodyCount(ev, []int{dCare}) > ev.benefit || sc.anyFound(ev, clinicalTerms) || sc.anyFound(ev, clinicalCodes) ||
		sc.anyFound(ev, []int{dName, dDOB, dClaim, dAccount, dMRN, dServiceDate, dHL7, dFHIR, dCCDA, dX12, dPatientTable}) {
		return
	}
	ev.drop(dCare)
}

// programmeTerms drops the greeting of a message whose every clinical
// term names a programme's work and that names no patient and speaks to
// no one of their care: "Hi Jordan, the depression screening quality
// measure report is due Friday", "Hi Kevin, the revised MOU for the
// methadone program referrals" greet staff.
func (sc *scoring) programmeTerms(ev *evidence) {
	if ev.programme == 0 || sc.anyFound(ev, []int{dName, dDirected, dSSN, dMBI, dMRN, dMember, dClaim, dDOB, dHL7, dFHIR,
		dCCDA, dPatientTable, dX12}) {
		return
	}
	if bodyCount(ev, clinicalTerms) <= ev.programme+ev.where { // the others in an organisation's name: "Lanternway Behavioral Health"
		ev.drop(dSalutation)
	}
}

// bodyCount counts what the detectors dets found outside the header.
func bodyCount(ev *evidence, dets []int) int {
	n := 0
	for _, d := range dets {
		for w, c := range ev.counts[d] {
			if w != whereIndex(WhereHeader) {
				n += c
			}
		}
	}
	return n
}

// categoryLists drops the greeting and the other signs of one reader
// from a message that names three restricted categories or more and no
// patient: a subpoena policy, a payer contract, a privacy notice lists
// "psychotherapy notes, HIV test results, genetic test results, 42 CFR
// Part 2 records" to its counterparty; one patient's care is of one or
// two.
func (sc *scoring) categoryLists(ev *evidence) {
	n := 0
	for _, det := range []int{dMental, dSubstance, dHIV, dGenetic, dReproductive} {
		if sc.anyFound(ev, []int{det}) {
			n++
		}
	}
	if n < 3 || sc.anyFound(ev, []int{dSSN, dMBI, dMRN, dMember, dClaim, dDOB, dHL7, dFHIR, dCCDA, dPatientTable, dX12, dName, dDirected}) {
		return
	}
	ev.drop(dSalutation, dAccount, dEmployee, dServiceDate)
}

// siteCategory counts the restricted category a provider's domain names
// ("harborrecovery.example.org") for a message that is already one
// patient's care and names no category itself: "CM points - Ortiz,
// Fernando ... this week's negative UAs" shared from a recovery
// programme is substance-use treatment, as the labelling counts mail
// from a methadone clinic's front desk. Without a patient it adds
// nothing: a programme's staff mail is no one's care. A debt collector's
// "recovery" is of money.
func (sc *scoring) siteCategory(ev *evidence) {
	if ev.site < 0 || ev.debt || sc.anyFound(ev, restrictedTerms) || !sc.anyFound(ev, clinicalTerms) && !sc.anyFound(ev, clinicalCodes) && !sc.anyFound(ev, []int{dCare}) {
		return
	}
	if !sc.anyFound(ev, []int{dName, dDirected, dSSN, dMBI, dMRN, dMember, dClaim, dDOB, dHL7, dFHIR, dCCDA, dPatientTable, dX12}) {
		return
	}
	ev.counts[ev.site][whereIndex(WhereHeader)]++
	if ev.matches != nil {
		ev.matches[ev.site] = append(ev.matches[ev.site], "(the provider's domain names its care)")
	}
}

// tallied drops the greeting and the dates of a letter that counts
// people and their care and names no patient: an audit's "300
// established-patient office visits", a reply to a reporter's "1,146
// patients for suspected opioid overdose", an insurer's exposure data.
// It greets a counterparty about numbers; one patient's letter counts no
// one. Two counts at least: a patient's letter may say "one of 40
// patients on the list".
func (sc *scoring) tallied(ev *evidence) {
	if ev.tallies < 2 || sc.anyFound(ev, []int{dSSN, dMBI, dMRN, dMember, dClaim, dDOB, dHL7, dFHIR, dCCDA, dPatientTable, dX12, dName, dDirected}) {
		return
	}
	ev.drop(dSalutation, dServiceDate)
}

func (sc *scoring) anyFound(ev *evidence, dets []int) bool {
	for _, det := range dets {
		for _, n := range ev.counts[det] {
			if n > 0 && sc.p.setting(det).Enabled {
				return true
			}
		}
	}
	return false
}

// drop forgets what the detectors dets found: the context explains it.
func (ev *evidence) drop(dets ...int) {
	for _, d := range dets {
		ev.counts[d] = [numWhere]int{}
		delete(ev.matches, d)
	}
}

func addCounts(dst *[numWhere]int, src [numWhere]int) {
	for i, n := range src {
		dst[i] += n
	}
}

// setting returns a detector's switch and weight.
func (p *Policy) setting(det int) Detector { return p.detectorByID(p.setup().defs[det]) }

// detector adds one detector's findings, a finding per place, its weight
// (within the group's cap) on the first.
func (sc *scoring) detector(d def, counts [numWhere]int) {
	conf := sc.p.detectorByID(d)
	if !conf.Enabled {
		return
	}
	first := true
	for wi, n := range counts {
		if n == 0 {
			continue
		}
		f := Finding{Kind: d.id, Group: d.group, Count: n, Where: wheres[wi]}
		if first {
			f.Weight = sc.capWeight(d.group, conf.Weight)
			first = false
		}
		if d.group != "" {
			sc.found[d.group] = true
		}
		sc.add(f)
	}
}

func (p *Policy) detectorByID(d def) Detector {
	if conf, ok := p.Detectors[d.id]; ok {
		return conf
	}
	return Detector{Enabled: true, Weight: d.weight}
}

// capWeight returns the part of weight the group's cap still allows.
func (sc *scoring) capWeight(g Group, weight int) int {
	limit, ok := sc.p.Groups[g]
	if ok && sc.totals[g]+weight > limit {
		weight = max(0, limit-sc.totals[g])
		sc.capped[g] = true
	}
	sc.totals[g] += weight
	return weight
}

func (sc *scoring) add(f Finding) {
	sc.x.Findings = append(sc.x.Findings, f)
	sc.x.Score += f.Weight
}

// context applies the context rules: their weights first, then the
// level from the score, then their bounds in order.
func (sc *scoring) context() {
	var bounds []ContextRule
	for _, r := range sc.p.Context {
		if !r.matches(sc.found) {
			continue
		}
		sc.x.Rules = append(sc.x.Rules, r.Name)
		if r.Weight != 0 {
			sc.add(Finding{Kind: r.Name, Count: 1, Where: WhereMessage, Weight: r.Weight})
		}
		if r.AtLeast != "" || r.AtMost != "" {
			bounds = append(bounds, r)
		}
	}
	sc.x.Level = sc.p.levelFor(sc.x.Score)
	for _, r := range bounds {
		level := sc.x.Level
		if r.AtMost != "" && sc.p.rank(level) > sc.p.rank(r.AtMost) {
			level = r.AtMost
		}
		if r.AtLeast != "" {
			level = sc.p.higher(level, r.AtLeast)
		}
		if level != sc.x.Level {
			sc.add(Finding{Kind: r.Name, Count: 1, Where: WhereMessage})
			sc.x.Level = level
		}
	}
}

// floors raises the level to the sender's own marking: an X-Sensitivity
// header naming a level the policy knows, a per-sender default. A sender
// can raise a level, never lower it.
func (sc *scoring) floors(header string, env Envelope) {
	if sc.p.setting(dHeader).Enabled {
		if l := Level(header); l != LevelNone && sc.p.rank(l) > 0 {
			sc.add(Finding{Kind: builtins[dHeader].id, Group: GroupMarker, Count: 1, Where: WhereHeader, Weight: sc.p.setting(dHeader).Weight})
			sc.x.Level = sc.p.higher(sc.x.Level, l)
		}
	}
	if l, ok := sc.p.senderLevel(env); ok && sc.p.setting(dSender).Enabled {
		sc.add(Finding{Kind: builtins[dSender].id, Group: GroupMarker, Count: 1, Where: WhereEnvelope, Weight: sc.p.setting(dSender).Weight})
		sc.x.Level = sc.p.higher(sc.x.Level, l)
	}
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
