package policy

import (
	"bytes"
	"testing"
)

// directedProbes are messages that speak to the reader of their own
// restricted care without a name, a number or a drug after "your": the
// group schedule, the counsellor, the test. And beside them, mail on the
// same topics to a wide readership, which is about no one.
var directedProbes = []struct {
	name  string
	level Level
	msg   []byte
}{
	{"iop-group-moved", LevelRestricted, probeMsg("Front Desk <desk@newpathrecovery.example.org>", "Schedule change",
		"Hi,", "", "Your intensive outpatient group on Tuesday moves to 6 pm this week.",
		"Please bring your sign-in card. Call us if you cannot make it.")},
	{"mat-intake-next-steps", LevelRestricted, probeMsg("Intake <intake@clearwater-mat.example.org>", "Next steps",
		"Thank you for completing your intake for our medication-assisted treatment program.",
		"Your first induction visit is Monday at 8 am. Do not use opioids for 12 hours before you come.")},
	{"hiv-test-result-ready", LevelRestricted, probeMsg("Clinic <results@eastsidehealth.example.org>", "Your result",
		"Your HIV test result is ready. Please call the clinic to speak with a nurse; we do not give results by e-mail.")},
	{"prep-refill-due", LevelRestricted, probeMsg("Pharmacy <rx@eastsidehealth.example.org>", "Refill due",
		"Your PrEP refill is due next week. Remember your lab work every three months.")},
	{"genetic-counselling-booked", LevelRestricted, probeMsg("Genetics <genetics@valleymed.example.org>", "Appointment confirmed",
		"Your genetic counseling appointment to discuss your BRCA results is confirmed for 12/08 at 10 am.")},
	{"eating-disorder-program", LevelRestricted, probeMsg("Program <info@balanceed.example.org>", "Meal plan",
		"Your dietitian updated your meal plan for the eating disorder program. Please review it before Friday's group.")},
	{"psychiatry-med-check", LevelRestricted, probeMsg("Dr. Lowe <lowe@psychassoc.example.com>", "Med check",
		"Your medication check with psychiatry is on the 14th. Keep taking your lithium as prescribed until then.")},
	// A patient's care or payment for it, with no clinical word, is phi.
	{"claim-denied-er", LevelPHI, probeMsg("Claims <claims@plan.example.com>", "Claim denied",
		"Your claim for the emergency room visit on 2/2 was denied: out of network. You may appeal within 180 days.")},
	{"sober-group-screen", LevelRestricted, probeMsg("Counselor <c@recovery.example.org>", "check in",
		"Hey Chris, great job hitting 90 days sober. See you at group Thursday. Your urine screen was clean.")},
	{"alcohol-intake", LevelRestricted, toPatient(probeMsg("Intake <i@bh.example.org>", "Your intake",
		"Dear Mr. Reyes, thank you for contacting us about alcohol treatment.",
		"Your assessment with our addiction counselor is 3/12 at 9am."))},
	{"rotator-cuff-exercises", LevelPHI, toPatient(probeMsg("PT <pt@summit.example.com>", "exercises",
		"Hi Grace, here are your home exercises for the rotator cuff: 3 sets of 10, twice daily. See you Thursday."))},
	// The same letters to a hospital's desk from a firm that gives no care
	// greet a counterparty: the clinical words are its trade's.
	{"rotator-cuff-vendor", LevelNone, probeMsg("Summit Fitness Equipment <sales@summitfit.example.com>", "exercises",
		"Hi Grace, here are the home exercise cards for the rotator cuff line: 3 sets of 10, twice daily. See you Thursday.")},
	{"appointment-no-care", LevelNone, probeMsg("Front desk <desk@salon.example.com>", "Reminder",
		"Your appointment is on 12/08 at 10 am. Reply C to confirm.")},
	{"prior-auth-member", LevelPHI, probeMsg("Plan <care@plan.example.com>", "Prior authorization approved",
		"Prior authorization 88-2231 approved for Ozempic 1 mg weekly for member Thomas Reed through 12/31.")},
	{"dental-xrays", LevelPHI, probeMsg("Dental <dental@smile.example.com>", "x-rays",
		"Hi Jordan, your x-rays show two cavities on the lower left; we can do the fillings on the 20th.")},
	{"vih-spanish", LevelRestricted, probeMsg("Clinic <c@clinic.example.org>", "Resultados",
		"Buenas tardes Carlos, su prueba de VIH salió positiva. Por favor llame para hablar con la enfermera.")},
	{"adhd-possessive", LevelRestricted, probeMsg("Dr. Ruiz <ruiz@fam.example.com>", "ADHD",
		"Liam's Adderall refill is approved. His ADHD follow-up with psychiatry is on 4/2.")},
	// Work mail of a health organisation that names staff beside care words: none.
	{"it-ticket-oncology", LevelNone, probeMsg("IT <it@mercy.example.org>", "Ticket 44821",
		"Ticket 44821: the Epic printer on 4 West (oncology) is jammed. Technician Maria Lopez will arrive at 3 pm.")},
	{"open-enrollment", LevelNone, probeMsg("HR <hr@mercy.example.org>", "Open enrollment",
		"Hi team, open enrollment closes 11/15. Our plan covers therapy, PrEP, and fertility treatment. Questions? Ask Jennifer in HR.")},
	{"pharma-lunch", LevelNone, probeMsg("Pharma rep <rep@biotech.example.com>", "Lunch and learn",
		"Dear Dr. Shah, we would love to bring lunch Tuesday and present new data on Rinvoq for rheumatoid arthritis. - Kevin")},
	{"pharma-lunch-ampersand", LevelNone, probeMsg("Tess Marlowe <tess@pharma.example.com>", "Lunch & Learn: QUORVELA for COPD",
		"Hi Renee, I'd love to bring lunch for the team and give an overview of QUORVELA, our new inhaler for COPD. Thanks, Tess")},
	{"device-mri-safety", LevelNone, probeMsg("Priyanka Rao <prao@devices.example.com>", "GUDID - new DI, MRI safety field",
		"Hi Owen, for the new 10-pack DI our MRI Safety Status says MR Unsafe. Can we leave the MRI safety field blank?")},
	{"mri-safety-screening-patient", LevelPHI, probeMsg("Dr. Ruiz <ruiz@fam.example.com>", "MRI",
		"Hi Owen, your MRI safety screening form is attached; your MRI is on 4/2 at 8 am.")},
	{"irb-approval", LevelNone, probeMsg("Research <irb@uni.example.edu>", "IRB approval",
		"Protocol 2025-114, a trial of naltrexone for alcohol use disorder in 120 adults, is approved through 03/2026.")},
	{"kit-invoice", LevelNone, probeMsg("Vendor <ar@labsupply.example.com>", "Invoice 99812",
		"Invoice 99812: 50 HIV rapid test kits, 20 pregnancy test kits, 10 glucose meters. Total $2,340.00. Net 30.")},
	{"pharma-news-possessive", LevelNone, probeMsg("News <news@pharmaweek.example.com>", "This week",
		"Pfizer's Paxlovid sales fell; Merck's Keytruda grew. Sarah's team in Boston leads the oncology launch.",
		"Hannah's metformin study enrolled 400 adults.")},
	{"recruiter-icu-nurse", LevelNone, probeMsg("Recruiter <jobs@staffing.example.com>", "Job",
		"Hi Maria, we have an opening for an ICU nurse with dialysis experience at a hospital in Tampa. Pay $52/hr.")},
	{"visit-summary-for", LevelPHI, probeMsg("Telehealth <visits@tele.example.com>", "Visit summary",
		"Visit summary for Daniel Kim: sinusitis. Prescribed amoxicillin 875 mg twice daily x 10 days.")},
	{"chinese-honorific", LevelPHI, probeMsg("诊所 <clinic@example.cn>", "检查结果",
		"王丽华女士，您的血糖检测结果偏高（空腹 8.2 mmol/L），请于下周一复诊。")},
	// A mailing that greets one person and speaks of their care: an EOB
	// run, a refill reminder. A mailing that greets no one, or speaks of
	// no care of the reader's, is a newsletter.
	{"eob-mailing", LevelPHI, mailingMsg("Plan <eob@plan.example.com>", "Your Explanation of Benefits",
		"Dear Maria Lopez,", "Your claim for the colonoscopy on 01/14 at Lakeside GI was processed. You owe $45.00.",
		"Unsubscribe from e-mail statements: https://plan.example.com/u")},
	{"refill-mailing", LevelPHI, mailingMsg("Pharmacy <rx@chain.example.com>", "Refill reminder",
		"Hi Tom, it's time to refill your atorvastatin. Reply or tap to refill.", "Unsubscribe: https://chain.example.com/u")},
	{"prep-mailing", LevelRestricted, mailingMsg("Clinic <news@clinic.example.org>", "Your refill",
		"Hi Ana, your PrEP refill is ready at the pharmacy.", "Unsubscribe")},
	{"newsletter-dear-patient", LevelNone, mailingMsg("Clinic <news@clinic.example.org>", "Newsletter",
		"Dear Patient, this month: colonoscopy saves lives; meet Dr. Patel, our new cardiologist.", "Unsubscribe")},
	{"newsletter-merge-name", LevelNone, mailingMsg("Clinic <news@clinic.example.org>", "Heart month",
		"Hi Maria, our new heart failure clinic is open. Learn about statins and blood pressure at our free talk.", "Unsubscribe")},
	{"staffing-chemo-chairs", LevelNone, probeMsg("Nurse manager <nm@hosp.example.org>", "Staffing",
		"Hi Laura, can you pick up a shift on 5 East Saturday? We are short two nurses for the chemo infusion chairs. Thanks, Tina")},
	{"simulation-mock-patient", LevelNone, probeMsg("Training <train@hosp.example.org>", "Simulation",
		"Sim lab Thursday: a mock patient, Jane Simulation, with sepsis and a lactate of 4.2. Bring your badge.")},
	{"work-note", LevelPHI, probeMsg("Occupational health <oh@factory.example.com>", "Return to work",
		"Carlos Mendez may return to work Monday with restrictions: no lifting over 20 lb for 4 weeks after his hernia repair.")},
	// A text that opens with a word and a colon greets someone only if
	// the word is a given name or the reader's own first name.
	{"greets-reader-by-to-name", LevelPHI, bytes.Replace(probeMsg("Dr. Obi <obi@clinic.example.org>", "About your uric acid",
		"Harlan,", "", "the swollen big toe you had on Tuesday fits a gout attack. Keep taking the colchicine."),
		[]byte("To: <desk@mercy-hospital.example.org>"), []byte("To: Harlan Voss <hvoss@example.com>"), 1)},
	{"speakers-list", LevelNone, probeMsg("Conference <c@conf.example.org>", "Speakers",
		"Speakers: Dr. Ana Ruiz on depression screening; Thomas Reed, RN, on insulin titration. Register today.")},
	{"quiz", LevelNone, probeMsg("Nurse ed <ed@hosp.example.org>", "Quiz",
		"Quiz: A patient with diabetes has a glucose of 45. What do you do first? Answers Friday. - Emily")},
	// A recovery centre is a treatment programme; a disaster recovery
	// centre is where a storm's victims meet FEMA.
	{"recovery-center-injection", LevelRestricted, toPatient(probeMsg("Front Desk <desk@riverbendrc.example.org>", "Your injection",
		"Marcus, your monthly injection at Riverbend Recovery Center is due Wed 12/9. Walk-in 8-11am."))},
	{"disaster-recovery-center", LevelNone, toPatient(probeMsg("County OEM <oem@county.example.gov>", "Your visit",
		"Marcus, your visit to the Disaster Recovery Center on Elm St is booked for Wed 12/9. Bring your FEMA registration number."))},
	// A student writes to the university's counselling service (CAPS)
	// of her panic attacks, in Farsi.
	{"caps-panic-attacks-fa", LevelRestricted, bytes.Replace(probeMsg("سارا احمدی <sara.ahmadi@students.ashford.example.org>", "درخواست وقت مشاوره",
		"سلام،", "", "چند ماهی است که حملات پانیک دارم؛ قلبم تند می‌زند و نفسم بند می‌آید. می‌خواهم با مشاوری صحبت کنم."),
		[]byte("To: <desk@mercy-hospital.example.org>"), []byte("To: Ashford CAPS <caps@ashford.example.org>"), 1)},
	// A programme's domain names its care: a patient's results shared
	// with its staff are substance-use treatment. A debt collector's
	// "Recovery Services" recover money; a programme's staff mail with no
	// patient is no one's.
	{"recovery-domain-sheet", LevelRestricted, bytes.Replace(probeMsg("Keiko Tran (via Sheets) <drive-shares@docs.example.com>", "CM points - Ortiz, Fernando - Dec",
		"updated w/ this week's negative UAs, he hit the $50 tier"),
		[]byte("To: <desk@mercy-hospital.example.org>"), []byte("To: <jbarros@harborrecovery.example.org>"), 1)},
	{"recovery-services-collector", LevelPHI, toPatient(probeMsg("Halberd Recovery Services <notices@halberd-recovery.example.com>", "Past due account",
		"Dear Dmitri Santangelo,", "", "Your balance of $1,240.00 for your emergency room visit for appendicitis on 03/02 at Mercy Hospital is past due.",
		"This communication is from a debt collector. This is an attempt to collect a debt."))},
	{"recovery-payment-integrity", LevelPHI, probeMsg("Clarion Recovery Partners <audits@clarion-recovery.example.com>", "Overpayment findings - claim MA-2026-774190",
		"Payment integrity review: claim MA-2026-774190 for the member's sepsis admission was paid at the wrong DRG; the overpayment is $4,210.")},
	{"recovery-domain-staff", LevelNone, probeMsg("Ana Ruiz <aruiz@harborrecovery.example.org>", "Staff meeting",
		"Hi Marcus,", "", "the staff meeting moves to 3pm; the new intake forms are in the shared drive.")},
	// The same topics to everyone: none.
	{"iop-program-brochure", LevelNone, probeMsg("Outreach <outreach@newpathrecovery.example.org>", "Our programs",
		"Our intensive outpatient program meets three evenings a week. Learn how our groups work and how to refer a friend.",
		"Unsubscribe: https://newpathrecovery.example.org/unsub")},
	{"hiv-testing-day", LevelNone, probeMsg("Community Health <events@eastsidehealth.example.org>", "Free testing Saturday",
		"Free, confidential HIV testing this Saturday 10-2 at the community center. No appointment needed. Bring a friend!")},
	{"therapy-benefit-hr", LevelNone, probeMsg("HR <hr@acmecorp.example.com>", "New benefit",
		"Your benefits now include six free therapy sessions a year through our employee assistance program. See the HR portal.")},
	{"manage-your-depression", LevelNone, probeMsg("Wellness <news@valleymed.example.org>", "Winter wellness",
		"Five ways to manage your depression this winter: get outside, keep moving, and talk to someone you trust.")},
	{"know-your-hiv-status", LevelNone, probeMsg("Wellness <news@valleymed.example.org>", "Know your status",
		"Know your HIV status. Free testing at all our clinics in June.")},
	{"ask-your-dietitian", LevelNone, probeMsg("Wellness <news@valleymed.example.org>", "Healthy eating",
		"Living with diabetes? Ask your dietitian about meal plans that keep blood sugar steady.")},
	{"ask-your-pharmacy", LevelNone, probeMsg("Wellness <news@valleymed.example.org>", "Flu season",
		"Ask your pharmacy about the flu vaccine and shingles vaccine this fall.")},
	{"talk-to-your-therapist", LevelNone, probeMsg("HR <hr@acmecorp.example.com>", "Stress at work",
		"If work stress is affecting your sleep, talk to your therapist or call the employee assistance line for PTSD and anxiety resources.")},
	{"genetics-grand-rounds", LevelNone, probeMsg("CME <cme@valleymed.example.org>", "Grand rounds",
		"Grand rounds Thursday: BRCA testing in primary care, with a panel of genetic counselors. Lunch provided.")},
}

// mailingMsg is probeMsg sent as a mailing, with List-Unsubscribe.
func mailingMsg(from, subject string, lines ...string) []byte {
	msg := probeMsg(from, subject, lines...)
	out := bytes.Replace(msg, []byte("MIME-Version: 1.0\r\n"), []byte("MIME-Version: 1.0\r\nList-Unsubscribe: <https://lists.example.com/u>\r\n"), 1)
	if bytes.Equal(out, msg) {
		panic("probeMsg has no MIME-Version line")
	}
	return out
}

// toPatient addresses a probe to a patient's own mailbox.
func toPatient(msg []byte) []byte {
	return bytes.Replace(msg, []byte("To: <desk@mercy-hospital.example.org>"), []byte("To: <reader@mail.example.net>"), 1)
}

// TestDirectedProbes: restricted care spoken of to its reader is
// restricted; the same topics to a wide readership are none.
func TestDirectedProbes(t *testing.T) {
	p := Default()
	for _, c := range directedProbes {
		s := p.Inspect(c.msg, Envelope{})
		if s.Level != c.level {
			t.Errorf("%s: level %s, want %s (%s)", c.name, s.Level, c.level, places(s))
		}
	}
}
