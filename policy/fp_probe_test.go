package policy

import (
	"bytes"
	"strings"
	"testing"
)

// probeMsg builds a plain-text message from a sender, a subject and body
// lines.
func probeMsg(from, subject string, lines ...string) []byte {
	return []byte("From: " + from + "\r\nTo: <desk@mercy-hospital.example.org>\r\nSubject: " + subject + "\r\n" +
		"Date: Tue, 04 Mar 2025 10:12:00 -0500\r\nMessage-ID: <probe@example.com>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + strings.Join(lines, "\r\n") + "\r\n")
}

// probeMsgTo is probeMsg sent to one reader, To: as given ("Joy Dizon
// <joydizon@example.net>").
func probeMsgTo(to, from, subject string, lines ...string) []byte {
	return bytes.Replace(probeMsg(from, subject, lines...), []byte("To: <desk@mercy-hospital.example.org>"), []byte("To: "+to), 1)
}

// businessProbes are the mail a hospital, clinic, payer or pharmacy
// exchanges every day about its business, not about a patient (none),
// beside messages close to them that are about one (phi, restricted).
var businessProbes = []struct {
	name  string
	level Level
	msg   []byte
}{
	// A community list's newsletter says "su próxima cita" to every
	// reader; a vet's reminder is a pet's care.
	{"list-host-newsletter-es", LevelNone, probeMsgTo("Boletín <boletin@lists.brightwater.example.org>", "Brightwater Salud <salud@brightwater.example.org>", "Boletín de junio",
		"¿Sabía que 1 de cada 3 adultos tiene prediabetes? Pida una prueba de A1c en su próxima cita.")},
	{"vet-heartworm", LevelNone, probeMsgTo("Joy Dizon <joydizon@example.net>", "Paws & Claws Vet <reminders@pawsclaws.example.com>", "Biscuit is due",
		"Hi Joy, Biscuit is due for his rabies booster and heartworm test. Book online or call 312-555-0183.")},
	// A lab's mailing shows a sample report; its patient is invented.
	{"sample-report-brca", LevelNone, probeMsg("Helix Path Diagnostics <news@helixpath.example.com>", "New hereditary cancer panel",
		"Our panel covers BRCA1, BRCA2, PALB2 and CHEK2.", `See a sample report: "Sample Patient, DOB 01/01/1970 - SAMPLE ONLY - BRCA2 c.0000del".`)},
	// A licensing board writes to a therapist about their licence.
	{"licence-renewal-mft", LevelNone, probeMsgTo("Tomas Reyes-Halloran <tomas@couples.example.net>", "Board of Behavioral Health Examiners <no-reply@licensing.example.org>", "Your licence expires May 31",
		"Licensee: Tomas Reyes-Halloran", "Licence: Marriage and Family Therapist", "A licence not renewed lapses, and you may not practice psychotherapy until it is reinstated.")},
	// A travel clinic's price list to a company's contact, in Japanese.
	{"vaccine-price-list-ja", LevelNone, probeMsgTo("Yamada Ken <k.yamada@shoji.example.co.jp>", "Wayfarer Health <corporate@wayfarerhealth.example.com>", "海外赴任者向け予防接種料金表（2026年度）",
		"山田様", "", "2026年度の海外赴任者向け予防接種の料金表をお送りします。", "  A型肝炎（1回）  12,000円", "  B型肝炎（1回）   8,000円")},
	// A senior living community sends a family its rate sheet.
	{"rate-sheet-family", LevelNone, probeMsgTo("Luis Castellanos <lcastellanos@example.com>", "Melissa Grant <mgrant@brookhavensl.example.org>", "Brookhaven - rate sheet as promised",
		"Hi Mr. Castellanos,", "", "As promised, here is our 2026 rate sheet: assisted living from $5,900, memory care from $7,800;",
		"medication management and insulin injections by a nurse, diabetic care and dementia-trained staff are included.")},
	// A lure greets "Dear customer": no one.
	{"lure-factura-es", LevelNone, probeMsg("Farmacia - Cobros <cobros@farmacia-pagos.example.net>", "URGENTE: factura vencida",
		"Estimado cliente:", "", "Su factura de medicamentos nº 88-20431 está VENCIDA. Para evitar la suspensión de la entrega de medicinas, pague hoy.")},
	// A lure's "your prescription" threatens, and is spoken to no one;
	// the pharmacy's own notice is its reader's.
	{"lure-redelivery", LevelNone, probeMsgTo("gloria.ames@inboxly.example.net", "RxPost Delivery <notice@rxpost-redelivery.test>", "Delivery attempt failed: your prescription package",
		"We attempted to deliver your prescription package today. Pay the $1.99 redelivery fee within 12 hours, or the package will be returned to the pharmacy.")},
	{"pharmacy-delivery", LevelPHI, probeMsgTo("Gloria Ames <gloria.ames@inboxly.example.net>", "Riverside Pharmacy <rx@riverside-rx.example.com>", "Your prescription is on its way",
		"Hi Gloria, your prescription for lisinopril 10 mg ships today and arrives Thursday.")},
	// A psychiatry practice writes to its IT vendor's support desk; the
	// same practice writing to a person there about her care is hers.
	{"practice-to-it-support", LevelNone, probeMsgTo("Jason Oakes <support@oakes-it.example.net>", "Meridian Geriatric Psychiatry - Doreen Palazzo <dpalazzo@meridiangeropsych.example.net>", "Locked out + VPN",
		"Hi Jason,", "", "Dr. Nwosu is locked out of the EHR again, and the tablet our NP uses for nursing home rounds won't connect to the VPN.")},
	{"practice-to-patient", LevelRestricted, probeMsgTo("Ellen Hart <ellen.hart@mail.example.net>", "Meridian Geriatric Psychiatry - Doreen Palazzo <dpalazzo@meridiangeropsych.example.net>", "Thursday",
		"Hi Ellen,", "", "Dr. Nwosu moved your sertraline follow-up to Thursday at 10.")},
	// A person posting to a family list writes a letter.
	{"family-list-brca", LevelRestricted, probeMsgTo("Galloway cousins <cousins@lists.familymail.example.net>", "Bettina Galloway-Price <bettina.gp@familymail.example.net>", "Pete's news",
		"Hi all,", "", "Cousin Pete tested positive for BRCA1. His genetic counselor says all of us should think about genetic testing.")},
	// "Your results" to readers hidden in Bcc is a lure or a mailing; to
	// one patient it is theirs. A family's letter so sent still names the
	// aunt it tells of.
	{"results-to-hidden-readers", LevelNone, probeMsgTo("undisclosed-recipients:;", "Lab Results <results@results-portal.example.net>", "Your test results are ready",
		"Dear Patient,", "", "Your STD test results are now available. View them through our secure portal.")},
	{"results-to-one-patient", LevelRestricted, probeMsgTo("Dana Ruiz <druiz@mailbox.example.net>", "Lab Results <results@results-portal.example.net>", "Your test results are ready",
		"Dear Patient,", "", "Your STD test results are now available. View them through our secure portal.")},
	{"family-letter-to-hidden-readers", LevelPHI, probeMsgTo("undisclosed-recipients:;", "The Halloran Family <hallorans@familymail.example.net>", "Our year",
		"Dear friends,", "", "Aunt Maureen Halloran finished her chemotherapy for lymphoma in June and is doing well.")},
	// A job posted to a profession's list; a person writing to the care
	// a mailbox names seeks it.
	{"job-to-listserv", LevelNone, probeMsgTo("Genetic Counselor Listserv <gc-jobs@nsgc.example.org>", "Naomi Fairbanks <nfairbanks@mercy-hospital.example.org>", "Job: Cancer GC",
		"Position: Licensed Genetic Counselor. We see about 1,800 patients a year for hereditary cancer evaluation (BRCA1/2, Lynch syndrome).")},
	{"person-to-genetics-mailbox", LevelRestricted, probeMsgTo("Genetic Counseling Clinic <gc@mercy-hospital.example.org>", "Dana Ruiz <druiz@mailbox.example.net>", "Question",
		"My sister tested positive for BRCA1. Should I be tested too?")},
	// A colleague's birthday at a clinic whose name, in the signature, is
	// a restricted category's; the clinic's patient is another matter.
	{"clinic-desk-birthday", LevelNone, probeMsg("Marta Ibsen <mibsen@mercy-hospital.example.org>", "Kim's birthday Friday",
		"Hi team,", "", "Kim's birthday is Friday (born 04/17/1980 - she said we could tell you). Card is at the front desk, please sign.",
		"", "Marta", "Sexual Health Clinic - Front Desk")},
	{"clinic-desk-results", LevelRestricted, probeMsg("Marta Ibsen <mibsen@mercy-hospital.example.org>", "Your results",
		"Hi Dana,", "", "Your test came back positive. Please call us to arrange treatment.",
		"", "Marta", "Sexual Health Clinic - Front Desk")},
	// A given name that is a word too, where a review list's label puts a
	// patient's name before a number; a workshop's title there is no one's
	// (a title is capitalised as a name is, and a given name opens it).
	{"readmit-review-word-name", LevelRestricted, probeMsg("Leah Moreau <lmoreau@mercy-hospital.example.org>",
		"Readmit review: Dale Whitcomb, 30-day readmit after inpatient alcohol detox",
		"Adding this one to Tuesday's list. Chart is already in the review folder.")},
	{"review-word-title", LevelNone, probeMsg("Leah Moreau <lmoreau@mercy-hospital.example.org>",
		"Grant review: Grant Writing, budget for the inpatient alcohol detox programme",
		"Adding this one to Tuesday's list. The draft is already in the review folder.")},
	// Staff mail that greets a colleague about a programme's work.
	{"greeted-programme-measure", LevelNone, probeMsg("HR <hr@mercy-hospital.example.org>", "Time off",
		"Hi Jordan,", "", "Your request for time off on 12/14 is approved. Also a reminder that the depression screening quality measure report is due Friday.")},
	{"greeted-programme-mou", LevelNone, probeMsg("Alicia Moreno <amoreno@mercy-hospital.example.org>", "MOU draft",
		"Hi Kevin,", "", "Attached is the revised MOU with Riverbend Recovery Center for the methadone program referrals. Legal wants comments by Friday.")},
	{"sole-surname-subject", LevelPHI, probeMsgTo("Dr. Sam Cho <scho@clinic.example.org>", "Dr. Ruth Adams <radams@clinic.example.org>", "Re: Delgado",
		"Agree with holding the metformin until her creatinine is back. I will see her Friday.")},
	{"sole-word-subject", LevelNone, probeMsgTo("Dr. Sam Cho <scho@clinic.example.org>", "Dr. Ruth Adams <radams@clinic.example.org>", "Re: Roadmap",
		"Jenna will present her diabetes dashboard at the offsite on Friday.")},
	{"greeted-permit", LevelNone, probeMsgTo("Joanne Pike <jpike@brightwaterdental.example.com>", "Tidewell Dental Plan Credentialing <credentialing@tidewelldental.example.org>", "Recredentialing roster",
		"Hello Joanne,", "", "Please confirm the roster below and attach, for Dr. Marsh, the current general anesthesia permit.")},
	{"greeted-programme-poster", LevelNone, probeMsg("Ana Silva <ana@agency.example.com>", "Campaign draft",
		"Hi Jess,", "", "Attached is the draft for the fertility center's IVF awareness campaign and the HIV testing day poster. Edits by Friday, please.")},
	{"greeted-programme-licence", LevelNone, probeMsg("HR <hr@mercy-hospital.example.org>", "License renewal",
		"Hi Sam,", "", "Reminder that your LCADC license renewal is due 12/31. Please upload the certificate to the HR portal.")},
	{"greeted-programme-claims", LevelNone, probeMsg("Billing <billing@vendor.example.com>", "Denials report",
		"Hi Carla, attached is November's denial report for the behavioral health and IOP claims. 42 denials, mostly missing authorizations.")},
	{"greeted-programme-integration", LevelNone, probeMsg("Sofia Marchetti <sofia@ehr-vendor.example.com>", "FHIR sandbox for the Part 2 consent integration",
		"Hi Kyle and Ray,", "", "The CapabilityStatement for the sandbox is attached. Client credentials come separately.")},
	{"greeted-programme-research", LevelNone, probeMsg("Dr. Kim Nguyen <knguyen@onc.example.org>", "Re: MSL follow-up",
		"Raj, thanks for the slides on the BRCA data. Could you send the full PARP inhibitor subgroup analysis? Our tumor board meets on 12/10.", "Kim")},
	{"greeted-patient-brca", LevelRestricted, probeMsg("Dr. Kim Nguyen <knguyen@onc.example.org>", "Your results",
		"Raj, your BRCA2 test came back positive. Let's meet on 12/10 to talk about next steps.", "Kim")},
	{"promo-first-visit", LevelNone, probeMsg("QuickDoc <promo@quickdoc.example.com>", "Telehealth: 20% off your first visit",
		"Hi Ana, see a doctor in minutes for UTIs, sinus infections, birth control and ED. Use code FIRST20 for 20% off your first visit.",
		"Manage preferences | Unsubscribe")},
	{"promo-save-on-prescriptions", LevelNone, probeMsg("Pharmacy Deals <deals@cheap-meds.example.net>", "Save 80% on your prescriptions",
		"No prescription needed! Buprenorphine, sertraline, HIV meds. Discreet shipping worldwide.")},
	{"promo-prices-on-your-meds", LevelNone, probeMsg("Discount Pharmacy <offers@pharma-discount.example.net>", "Deals",
		"BEST PRICES ON YOUR MEDS!!! Sildenafil 100mg x 30 $29.95, Tramadol 50mg x 60 $49.95. NO PRESCRIPTION NEEDED.")},
	// A name a subject sets apart is a patient's when a care provider's
	// mailbox sends it; an IT desk's is a colleague's.
	{"detox-intake-pickup", LevelRestricted, probeMsg("Fernway Detox Intake <intake@fernwayrecovery.example.net>", "Pickup tomorrow 0900 - Gideon Pratt",
		"Could your van bring him from the main lobby to us tomorrow at 0900? He is being discharged from 4 West and has a bed here for admission at 1000.")},
	{"it-desk-pickup", LevelNone, probeMsg("IT Service Desk <itdesk@mercy-hospital.example.org>", "Laptop pickup tomorrow 0900 - Gideon Pratt",
		"Could your team bring the laptop from the main lobby to us tomorrow at 0900? It has one bag.")},
	// A plan's notice to its member speaks of benefits, not care; a
	// patient asking for a refill at a pharmacy is one.
	{"plan-notice-member-id", LevelNone, probeMsgTo("Eduardo Salinas <esalinas@post.example.com>", "Bluestem Health Plan <memberservices@bluestem.example.com>", "Your new ID cards are in the mail",
		"Hi Eduardo,", "", "Your 2027 ID cards were mailed on December 9.", "  Member ID: BSH-71620035", "",
		"The generic copay goes from $10 to $5 at preferred pharmacies, and your deductible stays the same.")},
	{"refill-to-pharmacy-dob", LevelPHI, probeMsgTo("Nurse Line <nurses@mercy-hospital.example.org>", "jess carbone <jesscarbone88@inboxly.example.net>", "script",
		"hey its jess, can u guys send it to the fennel st pharmacy. dob 3/22/91.")},
	// A part number shaped like an SSN, beside the drugs pumps deliver.
	{"pump-part-number", LevelNone, probeMsg("Clinical Engineering <biomed@mercy-hospital.example.org>", "Pump field correction",
		"Manufacturer field correction on the large-volume pumps (door latch spring, part no. 410-52-8821).",
		"Pumps running heparin or insulin drips can wait until the infusion ends.")},
	// A mock code's mannequin is no patient; a real code's patient is.
	{"mock-code-debrief", LevelNone, probeMsg("Clinical Education <clined@mercy-hospital.example.org>", "Mock code 5E - debrief",
		`Scenario: "Mr. Sim" (SimMan 3G in room 506), 68M post-cath, found unresponsive, VF arrest.`,
		"4:10 epinephrine 1 mg IV, 5:20 amiodarone 300 mg, ROSC after 3rd shock.")},
	{"real-code-debrief", LevelPHI, probeMsg("Clinical Education <clined@mercy-hospital.example.org>", "Code debrief 5E",
		"Code blue on Mr. Arnold Sims in room 506, 68M post-cath, found unresponsive, VF arrest.",
		"4:10 epinephrine 1 mg IV, 5:20 amiodarone 300 mg, ROSC after 3rd shock.")},
	// A course's title is no one's diagnosis; a patient's words quoted
	// are theirs.
	{"quoted-course-titles", LevelNone, probeMsgTo("Abena Mensah <abena.mensah@mailbox.example.com>", "CE Tracker <notify@cetracker.example.com>", "You need 6.5 more contact hours",
		"Hi Abena,", "", "Your RN license (RN-2203918) renews on August 31, 2026.", "",
		`Recommended for you: "HIV Care Update for Nurses" (3.0), "Pain Management and Opioid Safety" (2.0).`)},
	{"quoted-patient-words", LevelRestricted, probeMsg("Dana Ruiz <druiz@mailbox.example.net>", "my results",
		`Dr. Lee called and said "your HIV test came back positive" and I don't know what to do.`)},
	// A doctor's signature lists her department's lines; a patient's
	// message to that doctor is about care all the same.
	{"signature-department-lines", LevelNone, probeMsgTo("Maya Patel <maya.patel@mailbox.example.com>", "Iris Chen MD <ichen@mercy-hospital.example.org>", "carpool sat",
		"I can take the 8 AM shift to the fields Saturday. Can one of you do pickup at 11?", "", "Iris Chen, MD",
		"Gastroenterology | Mercy Hospital", "Office (413) 555-0116 | Endoscopy (413) 555-0120")},
	{"doctor-books-endoscopy", LevelPHI, probeMsgTo("Maya Patel <maya.patel@mailbox.example.com>", "Iris Chen MD <ichen@mercy-hospital.example.org>", "your procedure",
		"Maya, your endoscopy is booked for Tuesday 12/08 at 9:00; nothing to eat after midnight.", "", "Iris Chen, MD",
		"Office (413) 555-0116 | Endoscopy (413) 555-0120")},
	{"refill-on-your-prescription", LevelRestricted, probeMsg("Pharmacy <rx@mercy-hospital.example.org>", "Your refill",
		"Hi Ana, we saved a refill on your buprenorphine prescription; it is ready for pickup.")},
	{"booked-first-visit", LevelPHI, probeMsg("QuickDoc <care@quickdoc.example.com>", "Your visit",
		"Hi Ana, your first visit with Dr. Blum for your sinus infection is on 12/03 at 9:00. Reply C to confirm.")},
	// A greeting of a group or a role is no one's letter.
	{"greeted-investigators-de", LevelNone, probeMsg("Studienteam LUMA-301 <luma301@pharma.example.de>", "Einladung: Investigator Meeting",
		"Sehr geehrte Prüfärztinnen und Prüfärzte,", "", "wir laden Sie zum Investigator Meeting der Phase-III-Studie (Plaque-Psoriasis) am 17. Oktober ein.")},
	{"greeted-patient-de", LevelPHI, probeMsg("Praxis Dr. Weber <praxis@weber.example.de>", "Ihr Befund",
		"Sehr geehrte Frau Keller,", "", "Ihre Schilddrüsenwerte sind erhöht (TSH 6,8). Bitte vereinbaren Sie einen Termin.")},
	{"greeted-office-manager-ja", LevelNone, probeMsg("白峰製薬 佐藤 <k.sato@pharma.example.jp>", "新製品説明会のお願い",
		"しらかば通りクリニック", "事務長 様", "", "弊社では高血圧症治療薬「アルフェリス錠」を発売いたしました。新製品説明会をお願いできればと存じます。")},
	{"greeted-patient-ja", LevelPHI, probeMsg("しらかば通りクリニック <info@shirakaba.example.jp>", "検査結果",
		"山田太郎様", "", "先日の検査で高血圧症と診断されました。次回の予約は12月9日です。")},
	// A supplier's numbers and titles.
	{"return-authorization", LevelNone, probeMsg("Distribution Recalls <recalls@dist.example.net>", "RECALL NOTICE - Metformin ER 500 mg",
		"Your account purchased 46 bottles of metformin ER from the affected lots. Please return them using return authorization RA-771902.",
		"Credit will be issued at invoice cost.")},
	{"id-card-proof", LevelNone, probeMsg("Card Services <proofs@cards.example.com>", "PROOF #3 - 2027 ID card",
		"Proof attached: behavioral health line moved to the back.", "Member: JANE Q SAMPLE  Member ID: GPH000000000",
		"Rx BIN 004412  PCN GPRX", "Sandra Lowe | Account Manager | 555-0115")},
	{"statement-proof-sample-data", LevelNone, probeMsg("StatementPro Design <design@statementpro.example.com>", "Proof v2: patient statement",
		"Hi Lydia,", "", "Proof v2 attached; all data on the proof is sample data. Statement for Office visit 99213, $145.00, Dx E11.9.")},
	{"statement-proof-unmarked", LevelPHI, probeMsg("StatementPro Design <design@statementpro.example.com>", "Proof v2: patient statement",
		"Hi Lydia,", "", "Proof v2 attached. Statement for Office visit 99213, $145.00, Dx E11.9.")},
	{"greeted-clinic-patient", LevelRestricted, probeMsg("Bridgeway <frontdesk@bridgeway.example.org>", "Reminder",
		"Hi Marcus, a reminder of your Suboxone clinic visit Friday at 10. Bring your ID.")},
	{"plan-name-id-card", LevelNone, probeMsg("Keystone Valley Health Plan <members@keystone.example.com>", "Your new ID card is on the way",
		"Hello Meghan,", "", "We mailed your new member ID card on December 3. Your member ID has not changed:", "", "  Member ID:  KVH660481927",
		"", "Keystone Valley Health Plan, PO Box 3090, Harrow, PA 17999")},
	{"plan-name-id-card-claim", LevelPHI, probeMsg("Keystone Valley Health Plan <members@keystone.example.com>", "Your claim",
		"Hello Meghan,", "", "We processed the claim for your 11/14 office visit. Member ID: KVH660481927. You owe a $25 copay.",
		"", "Keystone Valley Health Plan, PO Box 3090, Harrow, PA 17999")},
	{"plan-name-cobra-notice", LevelNone, probeMsg("Benefits Continuation Services <cobra@admin.example.com>", "Your COBRA election notice - CALLOWAY RIDGE HEALTH GROUP HEALTH PLAN",
		"Dear Amelia Castellano,", "", "Attached is your COBRA continuation coverage election notice. Call us at 1-800-555-0108.", "",
		"Benefits Continuation Services", "on behalf of Calloway Ridge Health Group Health Plan")},
	{"credentialing-dob-department", LevelNone, probeMsg("Medical Staff Office <mso@mercy-hospital.example.org>", "Reappointment packet incomplete",
		"Dr. Saldanha-Ruiz,", "", "Your reappointment packet is incomplete.", "", "Name: Priyanka Saldanha-Ruiz, MD",
		"Department: Psychiatry (Inpatient)", "DOB: 04/17/1979", "NPI: 1234567893", "DEA: AB1234563")},
	{"referral-dob-npi", LevelPHI, probeMsg("Referrals <ref@clinic.example.org>", "Referral",
		"Referring provider NPI: 1234567893", "DOB: 04/17/1979", "Reason: new onset atrial fibrillation, please see within 2 weeks.")},
	{"aggregate-wellness-report", LevelNone, probeMsg("Dr. Sunita Rao <srao@thrive.example.net>", "2026 biometric screening - aggregate report",
		"Hi Linda,", "", "Attached is the aggregate report from the September screenings. Blood pressure: 31% in the elevated range;",
		"many people did not know their A1c was in the prediabetes range. We suggest a diabetes prevention program.")},
	{"aggregate-report-one-patient", LevelPHI, probeMsg("Dr. Sunita Rao <srao@thrive.example.net>", "Screening follow-up",
		"Hi Linda,", "", "The aggregate report is attached. Separately: Maria Ortiz's A1c came back at 9.8; please ask her to call her doctor.")},
	{"pharmacy-dea-renewal", LevelNone, probeMsg("Raj Menon <rmenon@apothecary.example.com>", "DEA renewal done",
		"Hi Lorna,", "", "The pharmacy DEA registration renewal went through this morning: DEA AB1234563, schedules 2-5.",
		"Next is my CSOS certificate.", "", "Raj Menon, PharmD", "Pharmacy (360) 555-0121")},
	{"charity-run-team-name", LevelNone, probeMsg("Step Up 5K <race@stepup.example.org>", "Registration confirmed - bib 1472",
		"You're registered for the Step Up 5K!", "", "Runner:        Owen Whitaker", "Date of birth: 08/30/1985 (age group 40-44)",
		"Team:          Riverbend Pharmacy Pacers")},
	{"pharmacy-refill-dob", LevelPHI, probeMsg("Riverbend Pharmacy <rx@riverbend.example.com>", "Refill ready",
		"Owen Whitaker, DOB 08/30/1985: your refill is ready at Riverbend Pharmacy.")},
	{"vet-dog-date-of-birth", LevelNone, probeMsg("Greenacre Veterinary Practice <reminders@greenacre.example.com>", "Booster due for Bramble",
		"Dear Mrs Hargreaves,", "", "Bramble (Springer Spaniel, DOB 14/06/2019) is due her annual vaccination: Leptospirosis booster.",
		"", "Greenacre Veterinary Practice")},
	{"greeting-citizens-hindi", LevelNone, probeMsg("आरोग्य धाम <samuday@arogyadham.example.in>", "निःशुल्क नेत्र शिविर",
		"प्रिय नागरिकों,", "", "डायबिटीज़ के मरीज़ों के लिए निःशुल्क नेत्र जाँच शिविर रविवार को लगेगा।")},
	{"password-reset-portal", LevelNone, probeMsg("ICT Service Desk <no-reply@ict.example.ie>", "Password reset",
		"Dear Aoife Brennan,", "", "Your password reset is complete. You can now view lab results and orders in the portal.")},
	{"dob-my-appointment", LevelPHI, probeMsg("Alistair Bell <abell@example.net>", "photo before my visit",
		"Hi,", "", "Dr. Ferreira asked me to send a photo of the spot on my back before my appointment on the 17th. Photo attached.",
		"", "Alistair Bell", "DOB 10/04/1969")},
	{"gym-member-appointment", LevelNone, probeMsg("Ironworks Fitness <frontdesk@ironworks.example.com>", "Your appointment tomorrow",
		"Hi Chris,", "", "See you tomorrow for your appointment with trainer Jess at 6:00 AM. Member ID: 0012-44718.")},
	{"colleague-birthday-card", LevelNone, probeMsg("Amara Nwosu <anwosu@helixpath.example.com>", "Card for Ingrid",
		"Hi all,", "", "Ingrid's birthday is Thursday (born 10/29/1988 - she'll kill me for telling you). Please sign the card by Wednesday.",
		"", "Amara", "--", "Amara Nwosu | Helix Path Genetic Counseling", "(919) 555-0153")},
	{"signature-organisation", LevelNone, probeMsg("Dana Whitfield <dwhitfield@lanternway.example.org>", "Your license renewal",
		"Hi Tomás,", "", "Our tracker shows your LPC license expires on 11/30. Please send a copy of the renewed license.", "", "Dana", "--",
		"Dana Whitfield, HR & Credentialing Coordinator", "Lanternway Behavioral Health", "2140 Alder Street, Suite 300, Portland, OR 97205")},
	{"greeted-programme-patient", LevelRestricted, probeMsg("Riverbend <frontdesk@riverbend.example.org>", "Missed intake",
		"Hi Marcus,", "", "You missed your methadone program intake today. Please call us to reschedule.")},
	{"refer-me-to-a-colleague", LevelNone, probeMsg("Ana Ruiz <aruiz@mercy-hospital.example.org>", "Vendor contract",
		"Hi Tom, could you refer me to whoever handles the vendor contract? Thanks, Ana")},
	{"refer-me-to-dermatology", LevelPHI, probeMsg("Portal <portal@mercy-hospital.example.org>", "New patient message",
		"From: Gwendolyn Ashby (MRN OPC-662018)", "", "Dr. Frey said she'd refer me to dermatology for the mole on my back that changed. It's been 3 weeks.")},
	// Vendor invoices, purchase orders, quotes.
	{"quote-sales-rep-titled", LevelNone, probeMsg("Orders <orders@medsupply.example.com>", "Quote Q-4410",
		"Quote Q-4410 for 20 boxes of nitrile gloves and 4 pulse oximeters, $410.00.",
		"Sales rep: Mr. Diaz, ext 204. Prices valid 30 days.")},
	{"session-note-client", LevelRestricted, probeMsg("Dr. Ames <ames@northside.example.com>", "Session notes",
		"Client: Denise Walsh", "Session 6: continued work on panic disorder, CBT homework reviewed.")},
	{"invoice-endoscopy-account", LevelNone, probeMsg("Billing <ar@medsupply.example.com>", "Invoice 55120 - endoscopy equipment",
		"Hello,", "", "Please find invoice 55120 for Account 77812004.",
		"Items: endoscopy equipment, 2 video processors, qty 2, $14,200.00 each.", "Payment terms net 30.", "",
		"Thanks,", "Accounts Receivable")},
	{"invoice-surgical-supplies", LevelNone, probeMsg("Accounts Receivable <billing@surgico.example.com>", "Invoice INV-208811 for Customer 4410923",
		"Dear Accounts Payable,", "", "Attached is invoice INV-208811 for customer number 4410923, ship-to Mercy Hospital OR.",
		"Line 1: laparoscopic trocar 12mm, 10 boxes @ $188.00", "Line 2: suture kit for hernia repair, 24 each @ $41.50",
		"Line 3: colonoscopy biopsy forceps, 5 cases @ $320.00", "Total due: $7,476.00 by 04/03/2025.", "",
		"Remit to Surgico Inc., PO Box 4410, Dallas TX.")},
	{"po-infusion-pumps", LevelNone, probeMsg("Materials Management <purchasing@mercy-hospital.example.org>", "PO 4500218833 - infusion pumps",
		"Hi Dana,", "", "Purchase order 4500218833 is approved for 12 infusion pumps (model LVP-3) and 40 IV administration sets.",
		"Account 60712 Biomed capital. Please confirm delivery date to receiving dock B.", "", "Regards,", "Tom Reyes, Buyer")},
	{"quote-dialysis-chairs", LevelNone, probeMsg("Sales <quotes@renalequip.example.com>", "Quote Q-77120 dialysis chairs",
		"Hello Ms. Patel,", "", "As requested, our quote for 6 hemodialysis treatment chairs and 6 dialyzer holders:",
		"Unit price $3,950.00, extended $23,700.00. Freight included. Valid 60 days.", "Your account number is 88120455.", "",
		"Best,", "Kevin Marsh, Account Executive")},
	{"order-confirmation-insulin", LevelNone, probeMsg("Orders <orders@rxwholesale.example.com>", "Order confirmation 99017723",
		"Thank you for your order.", "Account: 100288731", "Ship to: Mercy Outpatient Pharmacy",
		"insulin glargine 100 units/mL pen, 5 x 3mL, qty 20", "metformin 500 mg tablets, bottle of 1000, qty 4",
		"atorvastatin 40 mg, bottle of 90, qty 10", "Estimated delivery: 03/06/2025. Tracking number 1Z88A1230355.")},
	{"statement-lab-reagents", LevelNone, probeMsg("Credit Dept <ar@labchem.example.com>", "Account statement - past due",
		"Dear Customer,", "", "Our records show account 55103388 has a past-due balance of $2,310.40 for",
		"HbA1c reagent kits, troponin calibrators and CBC controls shipped in January.",
		"Please remit payment or contact us to arrange terms.", "", "Credit Department")},
	// Supply and drug shortage notices.
	{"backorder-heparin", LevelNone, probeMsg("Customer Service <cs@rxwholesale.example.com>", "Backorder notice: heparin sodium",
		"Dear valued customer,", "", "Heparin sodium 5,000 units/mL vials (NDC 63323-0047-10) are on manufacturer backorder.",
		"Your account 100288731 has 3 open lines affected. Expected release: April 2025.",
		"Alternatives: enoxaparin 40 mg syringes are available for allocation.", "", "Customer Service")},
	{"shortage-amoxicillin", LevelNone, probeMsg("Pharmacy Purchasing <rxbuyer@mercy-hospital.example.org>", "Amoxicillin suspension shortage update",
		"Team,", "", "Amoxicillin 400 mg/5 mL suspension remains short through May. We are substituting",
		"cefdinir where appropriate per the antimicrobial stewardship guidance.",
		"Current on-hand: 38 bottles. Order 2298817 placed with secondary wholesaler.", "", "Priya")},
	{"gpo-contract-notice", LevelNone, probeMsg("Contract Services <contracts@gpo.example.com>", "GPO contract award: cardiac stents",
		"Members,", "", "Effective April 1, the drug-eluting stent agreement (contract MS-22014) moves to tier 2 pricing.",
		"Facilities with account numbers on the attached roster must sign the letter of commitment by 03/20.",
		"Coronary angioplasty balloon catheters are included at $210 per unit.", "", "Contract Services Team")},
	{"wholesaler-price-change", LevelNone, probeMsg("Pricing <pricing@rxwholesale.example.com>", "WAC price changes effective 03/15",
		"The following wholesale acquisition cost changes take effect 03/15/2025:",
		"adalimumab 40 mg/0.4 mL pen: +4.9%", "insulin lispro 100 units/mL vial: -35%", "apixaban 5 mg tablets: +6.0%",
		"Your contract pricing on account 300118822 will update automatically.")},
	// Biomedical equipment service.
	{"biomed-ticket-monitor", LevelNone, probeMsg("Biomed Service <biomed@mercy-hospital.example.org>", "Work order 318822 - patient monitor ICU bed 4",
		"Work order 318822 closed.", "Device: patient monitor, serial SN-88A12093, asset 004417.",
		"Problem: SpO2 module intermittent, ECG leads alarm. Replaced SpO2 board, passed electrical safety test.",
		"Next preventive maintenance due 09/2025.", "", "Luis, Biomed Tech II")},
	{"biomed-infusion-pump-pm", LevelNone, probeMsg("Vendor Service <service@pumpco.example.com>", "Service report: infusion pump fleet",
		"Hi Biomed team,", "", "Our field engineer completed preventive maintenance on 48 infusion pumps on 03/03.",
		"Serial numbers 7711020 through 7711067. Two pumps failed occlusion pressure test and were",
		"taken out of service. Software update 4.2 adds the heparin and insulin drug library.",
		"Service contract account 55009812.", "", "Field Service")},
	{"device-recall-fda", LevelNone, probeMsg("Regulatory Affairs <recalls@cardiodevice.example.com>", "URGENT: Medical Device Correction - pacemaker model X2",
		"Dear Healthcare Provider,", "", "This notice concerns pacemaker model X2 (lot numbers 2301-2311).",
		"A battery depletion issue may occur earlier than expected. No action is required for implanted devices",
		"beyond routine follow-up; please quarantine unimplanted stock.",
		"Return affected units using the enclosed form. Customer account numbers are printed on the form.",
		"", "Regulatory Affairs")},
	{"device-recall-glucose-meter", LevelNone, probeMsg("Quality <quality@glucometer.example.com>", "Product recall: glucose test strips lot 44120",
		"Pharmacy partners,", "", "Glucose test strips lot 44120 may read falsely high blood glucose values.",
		"Remove affected lots from inventory and return to distributor. Credit will be issued to your account.",
		"Diabetes patients using these strips should be advised to switch lots.", "", "Quality Assurance")},
	// Formulary and clinical newsletters.
	{"formulary-newsletter", LevelNone, probeMsg("P&T Committee <pt@mercy-hospital.example.org>", "Formulary update - March",
		"P&T Committee decisions:", "- Added: semaglutide for type 2 diabetes (restricted to endocrinology).",
		"- Removed: ranitidine.", "- Therapeutic interchange: rosuvastatin for atorvastatin 80 mg.",
		"- Criteria for use updated for IV iron in chronic kidney disease.", "Questions: pharmacy@mercy-hospital.example.org")},
	{"payer-formulary-change", LevelNone, probeMsg("Provider Relations <providers@healthplan.example.com>", "2025 formulary changes for prescribers",
		"Dear Provider,", "", "Effective 04/01/2025 the following drugs move to tier 3 and need prior authorization:",
		"Humira, Ozempic, Eliquis. Generic alternatives are preferred. Claims submitted after that date",
		"without authorization will reject at the pharmacy.", "", "Provider Relations")},
	// Staff credentialing, HR.
	{"credentialing-renewal", LevelNone, probeMsg("Medical Staff Office <mso@mercy-hospital.example.org>", "Reappointment: documents needed",
		"Dr. Alvarez,", "", "Your reappointment to the medical staff is due 05/01/2025. Please confirm:",
		"NPI 1234567893, DEA AB1234563, state licence MD-44821 (expires 06/30/2025), DOB 02/14/1978.",
		"Also upload your current board certification in internal medicine and your TB screening date.", "",
		"Medical Staff Office")},
	{"licence-expiry-nurse", LevelNone, probeMsg("HR Compliance <hr@mercy-hospital.example.org>", "RN licence expiring",
		"Hi Jordan,", "", "Our records show your RN licence RN-3320981 expires 03/31/2025. Employee ID 40921.",
		"Please upload the renewal and your BLS and ACLS cards before your next shift.", "", "HR Compliance")},
	{"flu-clinic-schedule", LevelNone, probeMsg("Employee Health <eh@mercy-hospital.example.org>", "Staff flu vaccine clinics",
		"All staff,", "", "Flu vaccination clinics for employees: Monday 10/07 in the cafeteria, 7am-3pm;",
		"Wednesday 10/09 at the East tower lobby. Bring your badge. Declination forms are due by 11/15.",
		"COVID boosters will also be available.", "", "Employee Health")},
	{"benefits-enrolment", LevelNone, probeMsg("Benefits <benefits@mercy-hospital.example.org>", "Open enrolment closes Friday",
		"Reminder: open enrolment for 2025 medical, dental and vision plans closes Friday.",
		"Your employee ID is required to log in. The PPO deductible is $1,500; the HDHP includes an HSA.",
		"Plans cover preventive care, mental health visits and prescription drugs. Member ID cards ship in December.")},
	// IT.
	{"it-ehr-ticket", LevelNone, probeMsg("IT Service Desk <itsd@mercy-hospital.example.org>", "INC0098812 - medication administration screen slow",
		"Ticket INC0098812 has been updated.", "Summary: the medication administration record screen in the EHR",
		"takes 20 seconds to load the allergy and lab results tabs on 4 West workstations.",
		"Resolution: cache cleared, Citrix profile rebuilt. Please reopen if it recurs.", "", "IT Service Desk")},
	{"it-release-notes", LevelNone, probeMsg("EHR Team <ehr@mercy-hospital.example.org>", "EHR upgrade release notes",
		"Sunday's upgrade changes: new sepsis alert logic, insulin sliding-scale order set, discharge summary template,",
		"and the MRN field now accepts 10 digits. Downtime 01:00-03:00. Print your census before downtime.")},
	// Payer-provider contracts, fee schedules.
	{"fee-schedule", LevelNone, probeMsg("Network Management <network@healthplan.example.com>", "2025 fee schedule amendment",
		"Dear Practice Manager,", "", "Attached is the amended fee schedule for your group, effective 07/01/2025:",
		"CPT 99213 office visit: $92.40", "CPT 99214: $131.75", "CPT 45378 colonoscopy, diagnostic: $412.00",
		"CPT 93000 ECG: $18.90", "Provider agreement number 7701223. Please sign and return.", "", "Network Management")},
	{"contract-negotiation", LevelNone, probeMsg("Managed Care <contracting@mercy-hospital.example.org>", "Payer contract renewal - proposed rates",
		"Team, our proposal for the commercial contract: inpatient DRG base rate +4%, outpatient surgery at 160% of Medicare,",
		"MRI and CT imaging at 140%, dialysis per-treatment rate $310. Claims denial rate in 2024 was 9.8%.",
		"Tax ID 12-3456789 on the signature page.", "", "Managed Care Contracting")},
	// Quality, research, education.
	{"quality-dashboard", LevelNone, probeMsg("Quality <quality@mercy-hospital.example.org>", "February quality dashboard",
		"February results: CLABSI 2 cases (rate 0.8), CAUTI 1, C. diff 4, sepsis bundle compliance 81%,",
		"readmissions for heart failure 14.2%, HbA1c >9 in 18% of diabetic patients, falls with injury 3.",
		"Units above target: 4 West, ICU.")},
	{"cme-diabetes-hiv", LevelNone, probeMsg("CME Office <cme@mercy-hospital.example.org>", "CME: diabetes, HIV PrEP and addiction medicine",
		"Grand rounds this month:", "03/12 Advances in type 2 diabetes: GLP-1 agonists and insulin pumps",
		"03/19 HIV PrEP in primary care", "03/26 Buprenorphine for opioid use disorder in the ED",
		"1.0 AMA PRA Category 1 Credit each. Register with your employee ID.")},
	{"grant-notice", LevelNone, probeMsg("Research Office <research@university.example.edu>", "Funding opportunity: depression and substance use",
		"A new funding opportunity supports trials of collaborative care for depression and opioid use disorder",
		"in rural clinics. Letters of intent due 05/01/2025. Budget up to $500,000 per year. Contact the grants office.")},
	{"job-posting-psych", LevelNone, probeMsg("Recruiting <jobs@mercy-hospital.example.org>", "Now hiring: psychiatric nurse, addiction counselor",
		"Open positions:", "- Psychiatric RN, inpatient behavioral health unit, nights, requisition 22019",
		"- Addiction counselor (LADC), methadone and buprenorphine program, requisition 22031",
		"Competitive pay and sign-on bonus. Apply online.")},
	{"conference-hotel", LevelNone, probeMsg("Reservations <res@grandhotel.example.com>", "Your reservation confirmation 88120077",
		"Dear Dr. Chen,", "", "Thank you for booking with us for the American Diabetes Association Scientific Sessions.",
		"Confirmation 88120077, arrival 06/20/2025, 3 nights, king room, $289/night. Account 4410023 has your card on file.",
		"", "Grand Hotel Reservations")},
	{"sales-demo", LevelNone, probeMsg("Kelly Wu <kwu@imagingai.example.com>", "Demo: AI triage for CT head and chest X-ray",
		"Hi Dr. Ramos,", "", "Following up on RSNA: can we schedule a 30-minute demo of our triage software?",
		"It flags intracranial hemorrhage and pneumothorax on CT and chest X-ray studies in under a minute.",
		"Pricing is per study volume. Are you free Thursday at 2pm?", "", "Kelly")},
	{"pharmacy-rebate", LevelNone, probeMsg("Rebates <rebates@pbm.example.com>", "Q4 rebate remittance",
		"Pharmacy account 2201188: Q4 rebate remittance of $18,220.50 for brand insulin and GLP-1 dispensing volume.",
		"Payment by ACH on 03/10/2025. Remittance detail attached.")},
	{"lab-courier", LevelNone, probeMsg("Courier Dispatch <dispatch@medcourier.example.com>", "Specimen pickup route change",
		"Starting Monday the specimen pickup for Mercy clinics moves to 4:30pm. Route 12, account 7712001.",
		"Frozen specimens must be in dry ice; blood culture bottles at room temperature.")},
	{"dme-supplier-catalog", LevelNone, probeMsg("DME Supply <sales@dmesupply.example.com>", "New CPAP and oxygen concentrator pricing",
		"Dear customer,", "", "Our 2025 catalog adds CPAP machines, nebulizers and portable oxygen concentrators.",
		"HCPCS E0601 CPAP device: $520.00; E1390 oxygen concentrator: $780.00. Customer number 3301877.",
		"", "DME Supply Sales")},
	{"vendor-credit-memo", LevelNone, probeMsg("AR <ar@orthoimplants.example.com>", "Credit memo CM-44102",
		"Credit memo CM-44102 issued to account 20441877 for the returned knee replacement implant tray",
		"and 2 hip arthroplasty trial components. Amount $3,400.00 applied to invoice 99812.")},
	{"staff-occ-health-policy", LevelNone, probeMsg("Employee Health <eh@mercy-hospital.example.org>", "Annual TB screening reminder",
		"All employees must complete annual TB screening by 04/30. QuantiFERON blood tests are drawn in",
		"Employee Health, Mon-Fri 7-11am. Bring your employee ID. Positive results are referred for a chest X-ray.")},
	{"payer-policy-bulletin", LevelNone, probeMsg("Medical Policy <policy@healthplan.example.com>", "Medical policy update: bariatric surgery",
		"Effective 05/01, coverage criteria for bariatric surgery require BMI over 40, or over 35 with diabetes",
		"or hypertension. Prior authorization applies to CPT 43644 and 43775. Claims without it will deny.")},
	{"meeting-invite-ops", LevelNone, probeMsg("Nursing Admin <cno@mercy-hospital.example.org>", "Staffing huddle - ED boarding",
		"Huddle at 13:00 in the ED conference room: ED boarding averaged 22 patients this week;",
		"5 psychiatric holds waiting for beds. Please bring your unit's discharge-before-noon numbers.")},
	{"pharmacy-invoice-controlled", LevelNone, probeMsg("Invoicing <inv@rxwholesale.example.com>", "Invoice 7718820 - CII order",
		"Invoice 7718820, account 100288731, DEA AB1234563.", "oxycodone 5 mg tablets, 100 ct, qty 6 @ $22.10",
		"buprenorphine-naloxone 8-2 mg film, 30 ct, qty 4 @ $198.00", "CSOS order number 55120. Total $908.60.")},
	{"equipment-lease", LevelNone, probeMsg("Leasing <leasing@medfinance.example.com>", "MRI scanner lease - payment due",
		"Lease agreement 5510882 for the 3T MRI scanner: monthly payment $48,200.00 due 04/01.",
		"Account number 88210045. Auto-debit is scheduled.")},
	{"wholesaler-invoice-amoxicillin", LevelNone, probeMsg("Billing <billing@valleydrug.example.com>", "Invoice 2201",
		"Attn: Ms. Rivera, pharmacy manager", "", "Invoice 2201 from Valley Drug Wholesale, account 4410223.",
		"amoxicillin 500mg x 100, qty 12 @ $8.40", "cephalexin 250mg capsules x 100, qty 6 @ $11.20",
		"Ship to Main Street Pharmacy. Payment terms net 30.")},
	{"po-colonoscopy-prep-kits", LevelNone, probeMsg("Purchasing <purchasing@mercy-hospital.example.org>", "PO 77120 - GI lab supplies",
		"Purchase order 77120 for the GI lab:", "200 colonoscopy prep kits, unit price $6.10",
		"50 endoscope cleaning brushes, unit price $2.40", "Please confirm the delivery date to receiving dock B.", "", "Materials Management")},
	{"invoice-dr-office-gloves", LevelNone, probeMsg("AR <ar@clinicsupply.example.com>", "Invoice 5510",
		"Invoice 5510, bill to Dr. Patel's office, 220 Lake Road.", "2 cases of nitrile exam gloves, size M @ $42.00",
		"1 case of exam table paper @ $31.00", "Payment terms net 30. Thank you for your business.")},
	{"order-greeting-titled-insulin", LevelNone, probeMsg("Orders <orders@rxwholesale.example.com>", "Order 6610 confirmed",
		"Dear Mrs. Okafor,", "", "thank you for your order of 3 cases of insulin syringes and 2 boxes of metformin 500 mg.",
		"Order number 6610 ships Thursday; the tracking number will follow.", "", "Customer Service")},
	{"statement-services-rendered-org", LevelNone, probeMsg("Service Billing <billing@scopecare.example.com>", "Statement March",
		"Statement for services rendered to Mercy Hospital, Endoscopy Department:",
		"repair of 2 colonoscopy video processors and 1 bronchoscope light source, $4,800.00.", "Remit to ScopeCare, PO Box 18.")},
	{"quote-patient-monitors", LevelNone, probeMsg("Sales <quotes@monitorco.example.com>", "Quote Q-1192",
		"Quote Q-1192 for Mercy Hospital", "Patient Monitor Series X2, 10 units with ECG and SpO2 modules, unit price $4,200.00.",
		"Patient Lift Model 450, 2 units for bariatric rooms, unit price $3,100.00.", "Valid 60 days.")},
	{"invoice-contact-line-heparin", LevelNone, probeMsg("AR <ar@flushco.example.com>", "Invoice 4471",
		"Contact: Mr. John Diaz, account manager", "Invoice 4471 for heparin lock flush syringes, 20 cases @ $61.00.",
		"Payment terms net 30.")},
	// Stock counts between colleagues: a greeting and a drug, no patient.
	{"stock-heparin-reorder", LevelNone, probeMsg("Sam Ortiz <sortiz@mercy-hospital.example.org>", "Heparin",
		"Hi Dana,", "", "we have 40 vials of heparin left, please reorder.", "", "Thanks, Sam")},
	{"stock-par-level-4west", LevelNone, probeMsg("Lena Fox <lfox@mercy-hospital.example.org>", "Stock on 4 West",
		"Hi Marcus,", "", "pharmacy count this morning: 6 boxes of insulin pen needles and 2 cases of enoxaparin syringes",
		"in stock on 4 West, below par level. Can you restock before the weekend?", "", "Lena")},
	{"stock-crash-cart-reorder", LevelNone, probeMsg("Code Team <codeteam@mercy-hospital.example.org>", "Crash cart check",
		"Hello Priya,", "", "the crash cart check found 3 doses of epinephrine and 1 amiodarone vial expired;",
		"please reorder from central supply.", "", "Thanks")},
	{"stock-vaccine-cycle-count", LevelNone, probeMsg("Renee Hall <rhall@mercy-hospital.example.org>", "Vaccine fridge",
		"Hi Tom -", "", "cycle count for the vaccine fridge: 24 doses of influenza vaccine and 10 Tdap,",
		"on-hand matches the log.", "", "Renee")},
	{"stock-insulina-spanish", LevelNone, probeMsg("Farmacia <farmacia@mercy-hospital.example.org>", "Insulina",
		"Hola Ana,", "", "quedan 10 frascos de insulina en existencia, hay que reabastecer antes del lunes.", "", "Gracias")},
	{"stock-buprenorphine-stockroom", LevelNone, probeMsg("Jo Lind <jlind@recoveryclinic.example.org>", "Stockroom",
		"Hi Sam,", "", "we have 12 buprenorphine starter packs and 20 naloxone kits left in the stockroom;",
		"please reorder buprenorphine before Friday.", "", "Jo")},

	// PHI close to the above.
	{"dme-invoice-patient", LevelPHI, probeMsg("DME Billing <billing@dmesupply.example.com>", "Invoice for CPAP - Robert Hayes",
		"Patient: Robert Hayes, DOB 07/22/1956, member ID XJH449102211.",
		"Dx: obstructive sleep apnea G47.33. CPAP E0601 rental month 3, $86.20 billed to plan; patient balance $17.24.")},
	{"patient-statement", LevelPHI, probeMsg("Patient Billing <billing@mercy-hospital.example.org>", "Your statement",
		"Dear Maria Lopez,", "", "Your account 77812004 has a balance of $240.00 for your colonoscopy on 02/11/2025.",
		"Insurance paid $1,210.00. Please pay online or call 555-0142.")},
	{"device-recall-patient", LevelPHI, probeMsg("Device Clinic <deviceclinic@mercy-hospital.example.org>", "Important: your pacemaker",
		"Dear Mr. Harold Ng,", "", "The manufacturer of your pacemaker (model X2, serial PX2-11872) has issued an advisory.",
		"Please come in for a pacemaker check with cardiology on 03/18/2025 at 9:00am.")},
	{"employee-tb-result", LevelPHI, probeMsg("Employee Health <eh@mercy-hospital.example.org>", "TB test result - follow-up needed",
		"Jordan Blake (employee ID 40921),", "", "your QuantiFERON TB test result was positive.",
		"Your chest X-ray is scheduled 03/12 and Dr. Singh will review the need for isoniazid treatment.")},
	{"formulary-exception-member", LevelPHI, probeMsg("Pharmacy Benefits <pa@healthplan.example.com>", "Formulary exception approved",
		"Member: Susan Park, member ID HPX88120044.", "The formulary exception for Ozempic 1 mg for type 2 diabetes",
		"is approved through 12/31/2025. Prescriber: Dr. Ruiz.")},
	{"invoice-named-patient-wound", LevelPHI, probeMsg("Home Health Billing <ar@homehealth.example.com>", "Invoice 44120 - services for patient",
		"Invoice 44120 for patient Evelyn Ross, DOB 03/02/1941.",
		"Wound care visits for a stage 3 pressure ulcer, 8 visits in February, $1,280.00. Account 55120.")},
	{"biomed-ticket-patient", LevelPHI, probeMsg("Biomed <biomed@mercy-hospital.example.org>", "Pump alarm incident",
		"Infusion pump SN-7711020 alarmed during heparin infusion for patient Carlos Mendez, MRN 00488120, room 4W-12.",
		"Pump removed for testing; patient's aPTT was 98 seconds.")},
	{"po-for-patient-implant", LevelPHI, probeMsg("OR Scheduling <or@mercy-hospital.example.org>", "PO for implant - case 03/14",
		"Please issue a PO for the knee replacement implant for Linda Shaw, MRN 00399217,",
		"total knee arthroplasty scheduled 03/14/2025 for osteoarthritis of the right knee.")},
	{"pharmacy-refill-account", LevelPHI, probeMsg("Mercy Pharmacy <rx@mercy-hospital.example.org>", "Your prescription is ready",
		"Hi Tom,", "", "Your prescription for lisinopril 10 mg is ready for pickup. Rx number 5512009.",
		"Copay $5.00 charged to account 100288731.")},
	{"credentialing-phi", LevelPHI, probeMsg("Peer Review <quality@mercy-hospital.example.org>", "Case review for reappointment",
		"For Dr. Alvarez's reappointment file: case review of patient Anne Mills, MRN 00671233,",
		"post-operative sepsis after cholecystectomy on 01/08/2025.")},
	{"claim-denial-patient", LevelPHI, probeMsg("Claims <claims@healthplan.example.com>", "Claim denied",
		"Claim number 2025031144 for member Jose Ortiz, member ID HPX30044122, CPT 45378 colonoscopy on 02/02/2025,",
		"denied: prior authorization not on file.")},
	{"employee-leave-depression", LevelRestricted, probeMsg("Occupational Health <oh@mercy-hospital.example.org>", "Return to work - J. Blake",
		"Jordan Blake, employee ID 40921, is cleared to return 03/17 after treatment for major depression;",
		"psychiatrist recommends reduced hours for 4 weeks while sertraline is adjusted.")},
	{"pharmacy-invoice-patient-bup", LevelRestricted, probeMsg("Clinic Pharmacy <rx@recoveryclinic.example.org>", "Invoice for patient dispensing",
		"Invoice for patient Mark Deane, DOB 11/04/1988: buprenorphine-naloxone 8-2 mg, 14 films,",
		"opioid use disorder treatment, week 6 of the program. Account 661203.")},
	{"hiv-med-order-patient", LevelRestricted, probeMsg("Specialty Pharmacy <sp@rxspecialty.example.com>", "Shipment for member",
		"Member ID HPX55120088, Andre Wills: Biktarvy 30-day supply for HIV treatment shipped 03/04, tracking 1Z99120.")},
	{"recall-letter-patient-mrn", LevelPHI, probeMsg("Cardiology <cardio@mercy-hospital.example.org>", "Device advisory follow-up",
		"Patient Harold Ng, MRN 00712240, DOB 05/01/1949: pacemaker model X2 under advisory; schedule interrogation in device clinic.")},
}

// TestBusinessProbes: business mail of a health organisation (invoices,
// orders, device service, credentialing, fee schedules) is none; the same
// kinds of mail about one patient are not.
func TestBusinessProbes(t *testing.T) {
	p := Default()
	for _, c := range businessProbes {
		s := p.Inspect(c.msg, Envelope{})
		if s.Level != c.level {
			t.Errorf("%s: level %s, want %s (%s)", c.name, s.Level, c.level, places(s))
		}
	}
}

// TestDomainNames: a name that spells a domain of the message's
// addresses is the organisation's (a client's name in an actuary's
// subject); a patient's name is not spelt so.
func TestDomainNames(t *testing.T) {
	msg := func(subject string) []byte {
		return []byte("From: Westmark Actuarial <reports@westmark-actuarial.example.net>\r\nTo: Paul Skerritt <pskerritt@corbinlogistics.example.com>\r\n" +
			"Subject: " + subject + "\r\n\r\nAttached, as requested.\r\n")
	}
	for subject, want := range map[string]Level{
		"Corbin Logistics - Q3 2026 cancer and diabetes claims": LevelNone,
		"Corbin Hale - Q3 2026 cancer and diabetes claims":      LevelPHI,
	} {
		if s := Default().Inspect(msg(subject), Envelope{}); s.Level != want {
			t.Errorf("%q: %s, want %s (%s)", subject, s.Level, want, places(s))
		}
	}
}
