package policy

import (
	"regexp"
	"strings"
	"testing"
)

// countsYear is countsIn for a message written in year (0: not known).
func countsYear(where, year int, text string) map[string]int {
	setup := defaultSetup()
	ev := newEvidence(len(setup.defs), false)
	sc := newScanner(setup.m, nil, ev, where)
	sc.year = year
	sc.title = where == whereIndex(WhereSubject) // as the walker reads a subject
	sc.text([]byte(text))
	out := map[string]int{}
	for det, c := range ev.counts {
		if n := c[where]; n > 0 {
			out[setup.defs[det].id] = n
		}
	}
	return out
}

// TestPersonCare: a person named by two capitalised words or a common
// given name, then "his" or "her" and a clinical term of theirs, or a
// given name's possessive before one, is one person's care; a name
// alone, a provider's name, a his/her far from the name, or a word of
// care that business says too ("her results") is not.
func TestPersonCare(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"Ana Rivera had her lumbar MRI at Westside Imaging this morning.", 1},
		{"I wanted to let you know that Bill has a\n> urinary tract infection - the culture came back", 1}, // a word-name mid-sentence, a quoted line's wrap
		{"The Grant has a diabetes prevention focus this year.", 0},                                        // a grant, after "the"
		{"Hi - Harold Beaumont in 318 had a positive C. diff PCR this morning.", 1},                        // a room and "positive" between
		{"Hollis needs a repeat TSH in 6 wk, started levothyroxine 50 mcg.", 1},                            // a filler before the term
		{"Will has a\n\nurinary tract infection protocol review on the agenda", 0},                         // a blank line ends it
		{"Brandon Szabo was seen at QuickCare Urgent Care for acute bronchitis.", 1},
		{"Dad (Ignacio Castellanos, your pt) fell again; since the donepezil went up he is confused.", 2},           // the bracket and the note
		{"Caller: Owen Marsh (your client)   Callback: 555-0114\nMessage: Had two panic attacks today at work.", 1}, // an answering service's message
		// One person a line, as census sheets and prayer lists write them.
		{"Please pray for:\n- Eleanor DiSalvo, starting chemotherapy for colon cancer this week.", 1},
		{"2. Ana Ruiz - heart failure exacerbation, diuresing", 1},
		{"Leland Marchetti (618) - medically cleared after the alcohol withdrawal protocol", 1}, // a room number between
		{"Hana Vasquez-Ortiz s/p lap chole POD1. afebrile", 1},                                  // a chart's shorthand
		{"bed 12 - Bertrand Thibodeaux 58M, ETOH w/d, detox day 2", 1},
		{"Hana Vasquez-Ortiz sent the lap chole consent forms", 0},
		// Inside a line, a name the chart's shorthand follows at once.
		{"Dr C - Quinn Rasmussen rm 311 started on amio 400 BID yesterday for afib", 1},
		{"pls see Quinn Rasmussen 72F, new afib w/ RVR", 1},
		{"Dr C - Dr. Quinn Rasmussen rm 311 asked about the afib protocol", 0}, // a provider's room
		{"ask Quinn Rasmussen in rm 311 about the afib protocol", 0},           // a room of the building
		{"Dr C - Quinn Rasmussen w/ the afib order set", 0},
		// A surname alone where the chart's shorthand says it is a patient's.
		{"@hlam pt in 7 (Ferreira, 54M) CT head neg, d/c w/ neuro f/u Tues.", 1},
		{"Budget 54M approved for the new CT scanner", 0}, // a sum
		{"Ferreira, 54M, chest pain x2h, trop pending", 1},
		{"JK (72F, Thurs pt) dexa showed osteopenia, T -2.1 hip", 1}, // initials and an age and sex
		{"FY (54M) budget for the CT and MRI fleet", 0},
		{"Capital plan\nImaging 54M, CT and MRI replacement", 0},
		{"rm 412 Petrakis K 5.9 on the BMP, hemolyzed?", 1},
		{"Room 204 Conference call on the CT protocol", 0}, // a room's name
		{"need one for Galloway in ED 14, on a 72h hold, SI with plan", 1},
		{"Okafor in bed 7 has a K of 3.1, repleting now", 1},
		{"Chen in room 12 runs the insulin pump inservice", 0}, // staff are in rooms, not beds
		{"vanc - Oyelaran bed 8: trough 22, hold the 0600 dose", 1},
		{"dc today:\n16 Okoro - abx PO (augmentin x5d), ride at 1300", 1}, // a discharge list's line
		{"LOCATION: Training rm 3, insulin pump inservice", 0},
		{"5W-14 Airborne isolation failed; bronchoscopy suite passed", 0},
		{"Med C signout\n- Ramos 5W-3: DKA resolving, on SQ insulin", 1}, // a sign-out's surname, unit and bed
		{"Dr. Okafor in ED 14 ordered the CT", 0},                        // a provider
		{"4W x4120 Bed 12 Huang, C. c/o CP, BP 88/50 HR 118, EKG on chart.", 1},
		{"INR 3.8 on Kaminski today (goal 2-3). Holding tonight.", 1},
		{"vanc trough on Mendez came back 24.1, 2nd dose due at 10", 1},
		{"INR 3.8 on warfarin is above the goal range", 0},
		{"NIPT back on Rao (G2P1, 12w3d): high risk T21", 1},
		{"MRI on Lakeside campus is down until noon", 0},
		{"CT on Main Street reopens Monday", 0},
		{"NOTE:Tomasz Zielinski age 11 - type 1 diabetes, insulin pump", 1}, // a card's note field
		{"- Sarah Kim, RN, diabetes educator", 0},
		{"- Maria Lopez: heart failure clinic lead", 0},
		{"Marcus Lee is due for his colonoscopy next week.", 1},
		{"Visit 4 for Amara Rautenbach is done. Her eGFR came back at 41.", 1}, // a verb ends the phrase
		{"Jordan Blake called about her biopsy results.", 1},
		{"Ana Rivera had her MRI, her biopsy.", 2},                       // each "her" once
		{"Ana Rivera had her lumbar MRI and later her follow-up.", 1},    // the second too far
		{"Dr. Sarah Kim reviewed her biopsy results with the team.", 0},  // a provider's title
		{"Sarah Kim, MD, reviewed her biopsy results with the team.", 0}, // a credential
		{"Sarah Kim presented her research on heart failure.", 0},        // no term of hers
		{"Ana Rivera called; the team met to plan her MRI.", 0},          // "her" too far from the name
		{"Regards,\nPat Morgan\nOperations Manager", 0},                  // a signature
		{"Pat\nOkonkwo had her MRI", 0},                                  // not on one line
		{"Patient Portal users can see their results.", 0},
		{"Westside Imaging sent the report; she had her MRI.", 0}, // "her" too far from the pair
		{"Human Resources has his benefits form.", 0},
		{"Emily Chen presented her results to the board.", 0},   // results: a quarter's as well
		{"Tom Baker stopped his metformin last week.", 1},       // a drug
		{"Marek Zielinski's HTT result came back.", 1},          // a full name's possessive
		{"Dr. Sarah Kim's HTT result review is Tuesday.", 0},    // a provider's
		{"Maria Lopez said her diabetes is worse.", 1},          // a diagnosis
		{"Maria Lopez and her diabetes educator met today.", 0}, // the educator is hers, not the diagnosis
		{"Sarah Kim will review her MRI protocol changes.", 0},  // a protocol
		{"Carlos Ruiz asked about his methadone dose.", 1},      // restricted
		// A common given name alone names a person; another capitalised
		// word alone does not.
		{"Ethan had his tonsillectomy on Friday.", 1},
		{"Yesterday Ethan had his tonsillectomy.", 1},
		{"Pfizer reported his metformin data.", 0},
		{"Dr. Ethan reviewed her MRI.", 0}, // a provider's title
		// The person a clinical event befalls, as letters and bulletins tell it.
		{"In March, Fitz had a severe manic episode and was hospitalized.", 1},
		{"Jamal Okonkwo finished radiation therapy in October.", 1},
		{"As you know, Grandma is recovering from hip surgery.", 1},
		{"Sarah finished the diabetes training on Monday.", 0}, // a course
		{"Anders Pettersen, the pancreatic head adenocarcinoma we presented in October, has new lesions.", 1},
		{"Please welcome Sarah Kim, the diabetes educator for 4 West.", 0},
		{"Please keep in your prayers: Irene Walsh, beginning radiation for prostate cancer; and all the sick.", 1},
		{"Thanks to Sarah Kim, the oncology nurse navigator.", 0},
		{"Dr. Ethan Moss had a stroke protocol review.", 0},
		// A given name's possessive before a clinical term ending its phrase.
		{"Liam's Adderall refill is approved.", 1},
		{"Liam’s asthma is worse this week.", 1},
		{"Hannah's metformin study enrolled 400 adults.", 0}, // her study
		{"Pfizer's Paxlovid sales fell.", 0},                 // a company
		{"Liam's team met today.", 0},                        // no clinical term
		// A name after a clinical or care term and "for".
		{"Visit summary for Daniel Kim: sinusitis.", 1},
		{"Carrier screening for Emily Zhou: negative.", 1},
		{"Insulin pump training for Dr. Sarah Kim on Friday.", 0},
		{"Oncology services for Mercy Hospital.", 0},
		{"Echocardiogram for Sarah Kim, MD, to read.", 0},
		// A Han or Hangul name after its keyword, with a break after it.
		{"患者王丽华，糖尿病。", 1},
		{"患者：王丽华 2型糖尿病", 1},
		{"患者王丽华糖尿病。", 0}, // where does the name end?
		// A name before the phrase that says its bearer is a patient.
		{"Carlos Mendez may return to work Monday with restrictions.", 1},
		{"Devon Price has attended our program weekly since January.", 1},
		{"Ana Ruiz was seen in our office today.", 1},
		{"The night shift may return to work Monday.", 0},
		{"This letter is to certify that Devon Price attends weekly.", 1},
		{"Jaden Brooks was evaluated for a possible concussion.", 1},
		{"Maria Lopez was diagnosed with asthma in May.", 1},
		// A relative's possessive, an initial after a title, a name in capitals.
		{"Dad's warfarin dose was halved.", 1},
		{"My husband's methadone dose went up.", 1},
		{"Dad colonoscopy Tue 6:45, he can't drive after.", 1}, // a relative, no "my": family mail
		{"Mom and baby classes resume in January.", 0},
		{"mom's bp was 170 this am, she took her amlodipine at 8. call me?", 1}, // a relative's possessive far from the drug
		{"Every mom knows newborn jaundice is common.", 0},                      // anyone's mom
		{"A new mom's guide to mastitis and engorgement.", 0},
		{"lol my mom's cat is on prozac now for peeing on the rug", 0}, // a pet's
		{"у папы МНО 4,1, он принимает варфарин", 1},                   // a relative in Russian, Chinese, Vietnamese, Arabic
		{"어머님이 요즘 불면증이 있어요", 1},
		{"mẹ tôi bị tiểu đường, đang uống metformin", 1},
		{"ابني عنده ربو ويستخدم البخاخ", 1},
		{"The husband's metformin study enrolled 400 adults.", 0}, // no one's in particular
		{"Mrs. K in room 4 held her metoprolol.", 1},
		{"Rx for JAMES TOLLIVER (LISINOPRIL 20 MG) is ready.", 1},
		{"Rx for FREE SHIPPING on insulin pens.", 0},                        // not a given name
		{"Milo's appointment is on Tuesday.", 1},                            // a care noun
		{"Le recordamos la cita de Valentina Ortega Ruiz en Pediatría.", 1}, // a Romance possessive
		{"Maria Santos is doing well on Sublocade.", 1},                     // the drug a person is on
		{"Luis was started on lithium in May.", 1},
		{"Pfizer is doing well on Paxlovid sales this quarter.", 0},
		{"Spoke with Luis Ortega today, he is stable on lithium.", 1}, // he, she: the person just named
		{"Maria Santos called - she's doing well on the Sublocade", 1},
		{"Dr. Ana Ruiz called, she is doing well on the new schedule.", 0},
		{"Il referto di Giulia è pronto.", 1},
		{"Meu nome é Rosângela, sou esposa do Cláudio Souza.", 1}, // whose relative the writer is
		{"Soy la madre de Lucas y tengo una pregunta.", 1},
		{"La Casa de Maria abre a las 8.", 0},
		{"La consulta de Pediatría abre a las 8.", 0},
		{"Patricia Lindqvist-Moreau's FMLA leave has been approved.", 1},
		{"BRCA panel in for Sarah Lindgren, neg. pls call her today", 1},
		{"MRI scheduled for Ana Ruiz on the 14th", 1},
		{"New test results are available for MARCUS in your portal.", 1}, // one name, as a merge field prints it
		{"Urgent Low Alert: Eli 52 mg/dL at 2:14 AM", 1},                 // a device's reading of one person
		{"Target: 180 mg/dL after meals.", 0},
		{"Lab results for June are in the quality report.", 0},
		{"Lab results for JAN are in the quality report.", 0},
		{"The lab report is ready for Finance.", 0},
		{"Harbor Pediatrics: Yusuf and Layla are due for their flu vaccines.", 1},
		{"Brightside Dental: Liam is due for a cleaning and bitewing x-rays.", 1},
		{"Maria is due for a raise in March.", 0},
		{"can u call Brianna Fox re chlamydia +? doxy sent", 1},
		{"pls call Ana Ruiz about colonoscopy tomorrow", 1},
		{"call Sarah Kim about the HIV grant budget", 0}, // a grant's
		{"call Dr. Sarah Kim re chlamydia screening rates", 0},
		{"The clinic's FMLA forms are on the intranet.", 0},
		{"Maren will be out Tuesday and Wednesday for her egg retrieval.", 1}, // a name some words before "her"
		{"Alicia Brandt earned her 4th voucher in the contingency management program.", 1},
		{"Maria Lopez presented her poster on sepsis screening and asthma outcomes.", 0}, // a topic
		{"Luis Ortega is off today; the nurse will check her potassium.", 0},             // another clause
		{"Board member Silas Underhill was admitted to 5 East last night after a cardiac cath.", 1},
		{"Ethan Price was discharged yesterday from the medical detox unit.", 1},
		{"spoke to the reg on the ward round, dad is being discharged tmrw after lunch", 1}, // a relative, lower-case
		{"The data is being discharged from the queue.", 0},
		{"Aaliyah Grant (front desk, TB clinic rotation) is cleared for the N95.", 1},
		{"Release 4.2 (hotfix, build 77) is cleared for deployment.", 0},
		{"Teresa Galvan at #14 was diagnosed with breast cancer in October.", 1},                                                        // a neighbour's house number between
		{"5. Case review\n   - Ellery, Corwin (Tues/Fri SN): wound vac to sacral wound", 1},                                             // a minutes' line in record order
		{"Kowalczyk,Agnieszka,Psychiatry,1830166132", 0},                                                                                // a roster's CSV row
		{"Patient            DOB          Reason\nEllery, Corwin     03/02/1951   wound check\nMaria Lopez        04/11/1962   INR", 3}, // a plain-text table's column of patients (Ellery also as a list line's)
		{"Patient            DOB          Reason\n\nMaria Lopez will present at noon.", 0},
		{"The unit at 14 was diagnosed with a leak.", 0},
		{"Harold Lindqvist shared a blood pressure reading: 168/94 mmHg.", 1}, // a home device's sharing
		{"Keisha Boateng is followed by the ID\nclinic for her meds.", 1},     // a care word, across a wrapped line
		{"Sarah Kim will present.\n\nThe committee reviewed her referral form.", 0},
		{"Can you squeeze in Tom Heller today? Big toe swollen since yesterday.", 1}, // a patient fitted into a schedule
		{"The truck will not fit in New York traffic.", 0},
		{"Bewerbungen bitte an die Praxis, z. Hd. Frau Seidel.", 0}, // the person to write to
		{"For media queries: Ms Rutuja Kulkarni, +91 20 5550 1432", 0},
		{"3:15 new pt (Yolanda Pierce) forgot her card, can you run elig?", 2},         // after "new pt", and before "her"
		{"Claimant: Ruben Ortiz, forklift operator. Left wrist fracture on 11/02.", 1}, // a workers' comp claimant
		{"Complainant: Winnie Castellano, Senior Payment Poster", 1},
		{"3. Kevin Marchand relapsed over the weekend (fentanyl-positive UDS 10/12).", 1},
		{"Kính gửi quý bệnh nhân: Phòng khám nghỉ Tết từ 28/1 đến 3/2.", 0}, // the clinic (phòng khám) closes
		{"Bệnh nhân: Phong, tái khám tăng huyết áp ngày 12/12.", 1},
		{"Recall: Pt Devon Price - bup induction tmrw 8am", 1},
		{"Patient: ZZTEST, CHARLIE, post-op day 1 hip replacement", 0}, // a build's test patient
		{"Patient: MARSH, COLLEEN, post-op day 1 hip replacement", 1},
		{"PT Jordan Lee is out Friday; the rehab group moves.", 0},                                                                         // a physical therapist
		{"Join us at 1pm PT Jordan Lee presents on opioid use disorder.", 0},                                                               // Pacific time
		{"Employee: Wade Kellerman, CDL driver\nDiagnosis: cannabis use disorder, moderate.", 1},                                           // an SAP's report to the employer
		{"Our employee Sarah Jones led the depression screening week.", 0},                                                                 // staff, no field
		{"PID-3  MRN with assigning authority QMC, type MR. Required.\nDG1-3  ICD-10-CM code; sensitive diagnoses (B20, Z21) flagged.", 0}, // an interface spec
		{"Seen today: Mr. Elias Varga, chest pain, troponin pending.", 1},
		{"add retrieval Fri 8am Nadia Farah, 14 follicles >14mm, freeze all", 1},                                   // a schedule's slot
		{"Join us at 3pm Sarah Jones presents the flu vaccine update.", 0},                                         // a speaker
		{"Employee: Alicia Moreno, RN, county jail medical unit\nHIV post-exposure prophylaxis started 08/22.", 1}, // the nurse an exposure report is about
		{"김하은 학생 담임 선생님께,\n\n하은이가 우울증 진단을 받고 치료를 받고 있습니다.", 1},                                                     // a parent writes of her daughter, a student
		{"학생 여러분께 독감 예방접종 일정을 안내합니다.", 0},                                                                          // the students, addressed
		{"오늘 세션에서 환자 박정호 님의 메타돈 용량이 증량되었습니다.", 1},                                                                  // an interpreter writes of the patient
		{"환자 교육 자료와 환자 정보를 입력하세요.", 0},
		{"Donor: Brandon Tillis          Donor ID (last 4 SSN): 0193\nResult: NEGATIVE-DILUTE, creatinine 12 mg/dL", 1},                 // a drug test's MRO report
		{"Thank you, donor Maria Lopez, for the blood drive donation.", 0},                                                              // no field
		{"D-3   St. Brendan's ED record of Gloria Reyes, 03/04/2025 (left distal radius fracture)", 1},                                  // an exhibit list
		{"The records of Riverside Facilities show the flu clinic's vaccination counts.", 0},                                            // an organisation's
		{"Employee:     Faisal Rahimi (employee ID 108842)\nPosition:     Licensed Clinical Social Worker\nManager: Dana Whitfield", 0}, // an account's onboarding
		{"Follow-up on Sunday's incident:\n- Darnell Pryce (38): discharged Monday with headache.", 1},                                  // a list's item: a name and an age
		{"Our teams:\n- Platform Services (6): quarterly review.", 0},                                                                   // no given name
		{"Brandon Lasko tested reactive at his month 9 visit. Confirmatory HIV-1 RNA came back 18,900 copies/mL.", 1},                   // a participant's seroconversion

		{"vi anticipo il caso della sig.na Giulia Ferrandi (cartella 22-091734, 19 anni).", 1}, // an Italian review's patient
		{"श्री गणेश मंदिर समिति की ओर से मधुमेह जाँच शिविर", 0},                                // a temple's committee
		{"Mr. Ganesh Patel, diabetes follow-up on 11/15.", 1},
		{"Quick written debrief for the RRT on Lucille Moreau (4W-22) overnight.", 1}, // a name and a bed
		{"ECT consent - Marsh, Abigail 3N-305 - session 4 Thu", 1},                    // record order and a bed
		{"still waiting on a tele bed for Istvan Varga, ED 9. NSTEMI, trop 1.8", 1},   // a name and the ED's bed
		{"4W-20 Pelletier - L TKA POD1, WBAT, eval PT + OT", 1},                       // a unit and bed, a surname
		{"Thanks to Sarah Jones, Room 9 is ready for the CPR class.", 0},              // a room, capitalised: a place
		{"Day 5 update for Min-ji Hwang and Daniel Mercer, cycle 26-0188 (ICSI)", 1},  // a Korean given name, romanised
		{"Pre-op Clinic moved to room 4; ha-ha Walker, we know.", 0},
		{"Lunch with Lucille Moreau (4W) on Friday.", 0},       // a unit alone: staff
		{"- Rm 512 J.T. - heparin gtt, aPTT q6h, last 98.", 1}, // a room and initials
		{"Rm 512 A.V. equipment is due for calibration.", 0},   // audio-visual
		{"Mr. Oduya's ANC this morning is 1100/uL.", 1},        // a lab abbreviation is clinical
		// A plain-text table's Name column beside a clinical one.
		{"Date       Name                 Source        CAPS-5  Outcome\n2026-01-05 Marcus Delahaye      VA referral     41    Eligible", 1},
		{"Date       Name                 Role          Ext.    Site\n2026-01-05 Marcus Delahaye      Nurse           41    North", 0}, // staff
	}
	for _, c := range cases {
		if got := counts(c.in)["patient-name"]; got != c.want {
			t.Errorf("%q: %d patient names, want %d (all: %v)", c.in, got, c.want, counts(c.in))
		}
	}
}

// TestSubjectAside: a subject that names a child and their grade before
// a temperature names a patient; a room does not.
func TestSubjectAside(t *testing.T) {
	for subject, want := range map[string]int{
		"Re: Noah Brandt (gr 2) - 101.8 fever in health office": 1,
		"Re: Room 204 (gr 2) - 101.8 fever drill":               0,
	} {
		c := countsIn(whereIndex(WhereSubject), subject)
		if got := min(c["patient-name"], 1); got != want || c["lab-term"] != 1 {
			t.Errorf("%q: %v, want %d patient name and a lab term", subject, c, want)
		}
	}
}

// TestSubjectCaller: a phone system's subject names its caller by
// surname and initial after "from".
func TestSubjectCaller(t *testing.T) {
	for subject, want := range map[string]int{
		"Missed call from KOWALSKI T (773) 555-0148": 1,
		"Missed call from (773) 555-0148":            0,
		"Greetings from Boston MA (conference)":      0,
	} {
		if got := min(countsIn(whereIndex(WhereSubject), subject)["patient-name"], 1); got != want {
			t.Errorf("%q: %d patient names, want %d", subject, got, want)
		}
	}
}

// TestCalendarSummaryName: a calendar entry's summary that opens with a
// given name before a procedure names its patient.
func TestCalendarSummaryName(t *testing.T) {
	for ics, want := range map[string]int{
		"BEGIN:VEVENT\nSUMMARY:Marisa colonoscopy - Eastlake GI (Dr. Mendez) - need driver\nEND:VEVENT": 1,
		"BEGIN:VEVENT\nSUMMARY:Colonoscopy training - Eastlake GI\nEND:VEVENT":                          0,
	} {
		if got := min(countsIn(numWhereAttachment, ics)["patient-name"], 1); got != want {
			t.Errorf("%q: %d patient names, want %d", ics, got, want)
		}
	}
}

// TestOwnedTerms: a procedure or a drug after "your" (or "I take") is
// the reader's own, as "your results" is; a disease after "your" is what
// newsletters say, after "my" the writer's own.
func TestOwnedTerms(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"Your colonoscopy with Dr. Obi is Thu 10/16 at 7:30 AM.", 1},
		{"Stop your clopidogrel 5 days before.", 1},
		{"your upcoming cholecystectomy", 1}, // a procedure by its shape, not in a list
		{"Your mammogram is due; call us.", 1},
		{"Ask about your MRI results.", 1},                                    // results: a care noun
		{"Viable air and surface sampling, plates incubated by your lab.", 0}, // a vendor's lab at work
		{"Please complete your MRI safety training before Friday.", 0},        // the training is yours, not the MRI
		{"Learn how to manage your diabetes this winter.", 0},
		{"Colonoscopy saves lives: talk to a doctor.", 0},
		{"The form is ready for your signature.\n\nOTP Pharmacy - Lakeshore", 0}, // a sign-off, no one's pharmacy
		{"Your 2 p.m. appointment is moved.", 1},
		{"Is your specialty pharmacy limited distribution network able to dispense them?", 0}, // a vendor's network
		{"We sent the refill to your pharmacy on Main Street.", 1},
		{"The radiologist reviewed the screening mammogram you had on October 29.", 1},
		{"Call us about the amoxicillin you were prescribed.", 1},
		{"The metformin you prescribed is on back order.", 0}, // a prescriber's
		{"A mammogram you can schedule online.", 0},
		// A symptom its writer reports of themself.
		{"buenas doctora, me duele la espalda desde la consulta", 1},
		{"I have had a fever since Tuesday and my throat hurts.", 2},
		{"My neck locked up again this morning and the muscle relaxer isn't doing much.", 1},
		{"Мама, привет. Я лёг в детокс в Harbor Light, тут 5-7 дней.", 1}, // the writer checked into detox
		{"Детокс-программа на 7 дней: соки и чай.", 0},                    // a juice diet
		{"Le mando mis azúcares de esta semana: lunes 182 en ayunas.", 1},
		{"Reduzca los azúcares añadidos en su dieta.", 0},
		{"If you have a fever, stay home.", 0},
		{"las pastillas que me mando me caen mal al estomago", 1},                           // the pills the doctor gave the writer
		{"Sorry - I have a dentist appointment at 3 on Thursday, can we move the call?", 1}, // the writer's care
		{"If you have a dentist appointment, tell your manager.", 0},
		{"The staff app pulls your visit addresses from the schedule.", 0}, // a field worker's visits
		{"Your hepatitis B surface antibody came back at 4 mIU/mL.", 1},    // a result given to its reader
		{"Your A1c was 7.9 in March.", 1},
		{"Know your A1c and what it means for you.", 0},
		{"Got the note from his office - you're cleared to come back 12/14 on light duty.", 1}, // the reader cleared
		{"If you were diagnosed with diabetes, ask about our class.", 0},
		{"out today, strep. urgent care put me on amox, can come back thurs.", 1}, // the writer's own drug
		{"The new protocol put the unit on heparin drips.", 0},
		{"I was diagnosed with pneumonia yesterday, so I am out this week.", 1},
		{"Patients diagnosed with pneumonia should stay home.", 0},
		{`Template "Updated: your COVID-19 test result" had a 9.8% click rate.`, 0},         // a lure, quoted
		{`"Hi, this is Kim from the clinic, calling about your HIV test from Tuesday."`, 1}, // a voicemail's transcript
		// A patient writing of their own drugs.
		{"I started the metformin you prescribed last week.", 1},
		{"I take ibuprofen sometimes for headaches.", 1},
		{"I ran out of lisinopril on Sunday.", 1},
		{"I had ACL reconstruction on October 8.", 1},
		{"I had a call with the knee replacement program team.", 0},
		{"We started the metformin trial in May.", 0},
		{"I am on the planning committee for the insulin pump fair.", 0},
		{"We're starting an IVF cycle at Cedar Ridge Fertility this month.", 1}, // an employee tells her manager why she will be out
		{"We're starting the diabetes prevention program in March.", 0},
		// The writer's own condition, as no newsletter writes it; not a clinician's patients.
		{"My diabetes has been worse since Tuesday.", 1},
		{"Mi diabetes está peor esta semana.", 1},
		{"In my patients with diabetes we start metformin early.", 0},
		// A relative's, where "my" is a suffix or follows the noun.
		{"Babamın safra kesesi ameliyatı dün yapıldı.", 1}, // my father's gallbladder surgery
		{"mẹ tôi bị tiểu đường, uống metformin", 1},
		{"Safra kesesi ameliyatı hakkında bilgi günü yarın.", 0}, // an information day
		// A restricted term in the service it is given in; a leaflet's advice.
		{"Your intensive outpatient group moves to 6 pm.", 1},
		{"Five ways to manage your depression this winter.", 0},
		{"Ask your dietitian about meal plans.", 0},
		{"Your dietitian updated your meal plan.", 1},
		{"Your CT of the abdomen has been moved to Friday.", 1}, // reach counts to the term's first word
		{"Your Depo-Provera shot is due next week.", 1},         // restricted, in the service it is given in
		{"Tu receta de metformina está lista.", 1},
		// A care noun that only qualifies a business's word.
		{"Here's my card for your referral\r\ndirectory - fax is best.", 0},
		{"We can connect to your lab workflow next month.", 0},
		{"Please route requests from ChartQuest to your records team.", 0}, // a practice's back office
		{"Keep the certificate for your\nrecords.", 0},                     // a receipt's idiom
		{"Your certificate is stored for your practice's records.", 0},     // the practice's
		{"We sent your clinic's referral to the payer.", 0},
		{"We received your records request for the biopsy.", 1},
		{"Mon 1400-1600  DBT skills (adult) - Room B", 0},    // Monday's group
		{"    Your appointments:\n\n    @FOLLOWUPTABLE@", 0}, // an EHR template's SmartLink
		{"    Your appointments:\n\n    Tuesday 12/8 with Dr. Lee", 1},
		{"Mon traitement pour la dépression commence lundi.", 1}, // the French "my"
		{"Your records are ready at the front desk.", 1},         // a patient's
		{"bring your Nov depression screening rates (we're at 61%)", 0},
		{"I am processing your initial appointment application for the department.", 0}, // a staff appointment
		{"Please run it through your test environment and your test script.", 0},
		{"Your referral\r\n\r\nDirectory updates are attached.", 1}, // a paragraph between
		{"Your lab results are in.", 1},
		{"Your November client report is attached.", 0},         // a vendor's report to its client
		{"My Q1 report for the governing body is attached.", 0}, // a medical director's
		{"Your September scheduling report is ready.", 0},
		{"My biopsy report came back.", 1},
		{"My Suboxone runs out Friday. Can I get the refill early?", 1},
		{"Troponin I was 0.8 ng/mL on the ward's point-of-care analyzer.", 0}, // a term's "I" is no writer
		{"Your November x-ray report is attached.", 1},
		{"KHÔNG tự ý dùng aspirin.", 0},                                                                // "tự" (self) only folds to the Spanish "tu"
		{"  Hi {{patient.first_name}}, your appointment with {{provider}} is on {{appt.date}}.", 0},    // a template
		{"  Follow up with: {{followup.provider}}\n\n  If your symptoms get worse, call 555-0124.", 0}, // the template's next line
	}
	for _, c := range cases {
		if got := counts(c.in)["patient-directed"]; got != c.want {
			t.Errorf("%q: %d, want %d (all: %v)", c.in, got, c.want, counts(c.in))
		}
	}
}

// TestTextProgrammeNotice: "Reply STOP to opt out" is the notice of every
// text-message programme, not a mailing list's; "unsubscribe" in mail is.
func TestTextProgrammeNotice(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"Msg&data rates may apply. Reply STOP to opt out.", 0},
		{"Reply STOP to unsubscribe, HELP for help.", 0},
		{"Responde STOP para cancelar.", 0},
		{"To opt out of these e-mails, click here.", 1},
		{"Click here to unsubscribe.", 1},
		{"We will stop to unsubscribe nobody. Opt out here.", 1}, // the notice hides only its own words
	}
	for _, c := range cases {
		if got := counts(c.in)["bulk-mail"]; got != c.want {
			t.Errorf("%q: %d bulk-mail, want %d", c.in, got, c.want)
		}
	}
}

// TestRecordName: "Family, Given date" names a patient with the date of
// birth, as patient lists and clinical subject lines do, when the date is
// long before the message; a place and an event date are not.
func TestRecordName(t *testing.T) {
	cases := []struct {
		in          string
		year        int
		name, dob   int
		description string
	}{
		{"Okafor, Benedict 3/14/62 - colon bx path: tubular adenoma x2", 2025, 1, 1, "subject line"},
		{"DOE, JANE A. 04/12/1961 seen today", 2025, 1, 1, "capitals and an initial"},
		{"Okafor, Benedict (1962-03-14)", 2025, 1, 1, "ISO, in parentheses"},
		{"Okafor, Benedict 3/14/62", 0, 1, 1, "message date not known"},
		{"Austin, Texas 03/15/2026 diabetes summit", 2025, 0, 0, "an event this year or next"},
		{"Austin, Texas 3/15/25 diabetes summit", 2025, 0, 0, "a two-digit year is the latest not after the message"},
		{"Okafor, Benedict, 3/14/62", 2025, 0, 0, "a list, not a name and its date"},
		{"Austin, TX 04/12/2019 site visit", 2025, 0, 0, "a city and its state"},
		{"Okafor Benedict 3/14/62", 2025, 0, 0, "no comma: not record order"},
		{"Thanks, Maria 03/14/1962", 2025, 0, 0, "a word that is no name"},
		{"Okafor, Benedict\n3/14/62", 2025, 0, 0, "not on one line"},
	}
	for _, c := range cases {
		got := countsYear(whereIndex(WhereSubject), c.year, c.in)
		if got["patient-name"] != c.name || got["dob"] != c.dob {
			t.Errorf("%s: %q in %d → %v, want %d name, %d dob", c.description, c.in, c.year, got, c.name, c.dob)
		}
	}
}

// TestSubjectPatient: a name that opens the subject or a file name and
// runs into a clinical term is the patient the mail is about; a name after other
// words, a verb between, or two capitalised words with no given name
// among them are not.
func TestSubjectPatient(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"Gerald Okafor MRI L-spine: large L4-5 extrusion", 1},
		{"Re: Gerald Okafor - MRI L-spine", 1},
		{"FW: Ngata, Tevita - A1c 9.4, repeat in 3 mo?", 2},              // record order: set apart, and before the term
		{"Maria Lopez joins our oncology team", 0},                       // a verb between
		{"Welcome Gerald Okafor: MRI scheduling lead", 0},                // the name does not open the subject
		{"Quarterly Review MRI volumes", 0},                              // no given name
		{"Denver, CO: diabetes summit", 0},                               // a city and its state
		{"Compliance update - Thorvaldsen, Erik - docket DC-26-0418", 1}, // record order set apart
		{"Gomez, Gabriela 26wk 1hr GTT 148 - needs 3hr", 1},              // into chart shorthand
		{"RE: coverage for Alvarez-Sutton, Denise - leave extended", 1},
		{"Re: Kwame Abernathy", 1},                                // the name alone
		{"Kim A1c 9.1 - see her sooner?", 1},                      // one given name opening it
		{"RE: Zainab Yusuf 9/25 3:40pm tympanostomy tube f/u", 1}, // the visit's date and time between
		{"Staff meeting 9/25 3:40pm tympanostomy tube training", 0},
		{"Insulin pump training Tuesday", 0},
		{"Re: Quarterly Review", 0},
		{"Lunch with Sarah Kim", 0},
		{"MRI L-spine - Gerald Okafor", 1}, // the name after the term
		{"MRI - Gerald Road site update", 0},
		{"Diabetes lecture: Sarah Kim, MD", 0}, // a speaker
		{"Denver, Colorado summit agenda", 0},  // runs on: a place
		{"Trip to Paris, Sophie and the kids", 0},
		{"Fax from NORTHGATE ORTHO AUTH: PRIOR AUTH REQ - ZAMORA ESPERANZA - MRI L KNEE", 1}, // capitals set apart
		{"FALL PICNIC - NORTH LOT - BRING A DISH", 0},
		{"Read: Abernathy L - path results, margins clear", 1}, // a surname and an initial, set apart
		{"Automatic reply: Lindqvist, Maja - breast bx results", 1},
		{"Appointment reminder: Rosa Delgado - Nephrology 12/09 10:40 AM", 1}, // a reminder's title
		{"Grand rounds: Sarah Kim - Nephrology update", 0},                    // a speaker's // a Polish month, and a given name
		{"Recordatorio: 15 de Julio - vacuna de la gripe", 0},
		{"Sublocade 300 inj due 12/18 - R. Castellano - PA expires 12/31", 1},
		{"Invitation: PT evaluation - Jared K. @ Tue Dec 8", 1},
		{"Medicare Part B - 2027 premiums", 0},
		{"Vitamin D - new reference range", 0},
		{"Budget review with Smith J", 0},                                                        // not set apart
		{`Spreadsheet shared with you: "Wound measurements - Pruitt, Harold (rm 22)"`, 1},        // record order before a bracket
		{"Return Receipt (displayed) - Session note - J. Alvarez 12/03 - PTSD, PE session 4", 1}, // the paper's date after the name
		{"Booking 26-04417 Harlan, T. - sent out to BMH ED, r/o appy", 1},                        // a record's number, then the name in record order
		{"PO 44512 Acme, Inc. - shipment late", 0},
		{"RE: Harold Benning #19 crown seat moved to 3/14 - lab late", 1}, // a tooth between the name and its care
		{"Harold Benning #45 crown seat moved", 0},                        // no tooth of 32
	}
	for _, c := range cases {
		if got := countsYear(whereIndex(WhereSubject), 2026, c.in)["patient-name"]; got != c.want {
			t.Errorf("%q: %d patient names, want %d", c.in, got, c.want)
		}
	}
	for in, want := range map[string]int{ // as the walker gives them: without the extension
		"Okafor_Gerald_HIV1_RNA_quant_2026-10":             1, // a file name opens with the name
		"Greaves_Otis_G220_L_heel_ulcer_stage3_2026-11-10": 1, // a cell and a side between the name and its care
		"Sophie Lindqvist - colonoscopy report":            1,
		"Quarterly_Metrics_HIV_clinic":                     0, // no given name
		"scan_Gerald_Okafor_MRI":                           0, // the name does not open it
		"notes\nGerald Okafor colonoscopy":                 1, // the second file name
	} {
		if got := countsYear(whereIndex(WhereAttachmentName), 2026, in)["patient-name"]; got != want {
			t.Errorf("file %q: %d patient names, want %d", in, got, want)
		}
	}
	summary := "BEGIN:VEVENT\nSUMMARY:Oocyte retrieval - Priyanka Desai - cycle 2\nEND:VEVENT"
	if got := countsYear(whereIndex(WhereAttachment), 2026, summary)["patient-name"]; got != 1 {
		t.Errorf("a calendar entry's summary: %d patient names, want 1", got)
	}
	if got := countsYear(whereIndex(WhereBody), 2026, "Gerald Okafor MRI L-spine")["patient-name"]; got != 0 {
		t.Errorf("in a body: %d patient names, want 0 (a line of a list, a heading)", got)
	}
}

// TestDateYear: the year of a date in digits, two-digit years taken as
// the latest not after the reference year.
func TestDateYear(t *testing.T) {
	cases := []struct {
		in       string
		ref      int
		want     int
		wantOK   bool
		describe string
	}{
		{"3/14/62", 2025, 1962, true, "past century"},
		{"3/14/24", 2025, 2024, true, "this century"},
		{"3/14/25", 2025, 2025, true, "the reference year"},
		{"3/14/26", 2025, 1926, true, "not after the reference"},
		{"3/14/62", 0, 1962, true, "no reference"},
		{"1962-03-14", 2025, 1962, true, "ISO"},
		{"14.03.1962", 2025, 1962, true, "dotted"},
		{"19620314", 2025, 0, false, "eight digits: a file name's, not text's"},
		{"3/14", 2025, 0, false, "no year"},
	}
	for _, c := range cases {
		got, ok := dateYear([]byte(c.in), c.ref)
		if got != c.want || ok != c.wantOK {
			t.Errorf("%s: dateYear(%q, %d) = %d, %v; want %d, %v", c.describe, c.in, c.ref, got, ok, c.want, c.wantOK)
		}
	}
}

// TestGluedKeywords: file names glue a keyword to its value.
func TestGluedKeywords(t *testing.T) {
	cases := []struct {
		name string
		want string // kind=count, space separated; only these kinds are checked
	}{
		{"Wojcik_Halina_DOB1949-02-11_TTE_echo_report_EF35.pdf", "dob=1 patient-name=2"}, // the name before its DOB, and before its TTE
		{"scan_DOS20250304_knee.pdf", "service-date=1"},
		{"RIVERA_MRN0048812_MRI.pdf", "mrn=1"},
		{"statement_Acct77812004.pdf", "account-number=1"},
		{"INC0048213_screenshot.png", "mrn=0 dob=0 account-number=0"},
		{"RX5800_driver_notes.txt", "mrn=0"}, // a two-letter keyword glued: a product name
		{"Board_DOB1949-02-11.pdf", "patient-name=0"},
		{"DOBxyz1234.pdf", "dob=0"},
	}
	for _, c := range cases {
		got := countsIn(numWhereAttachmentName, fileNameText([]string{c.name}))
		for _, kv := range strings.Fields(c.want) {
			kind, n, _ := strings.Cut(kv, "=")
			if want := int(n[0] - '0'); got[kind] != want {
				t.Errorf("%q: %s %d, want %d (all: %v)", c.name, kind, got[kind], want, got)
			}
		}
	}
}

// TestClinicalShapes: words no list holds, built as diagnoses and
// procedures are, count as such; everyday words that end alike do not.
func TestClinicalShapes(t *testing.T) {
	cases := []struct {
		in   string
		kind string
		want int
	}{
		{"tubular adenoma x2, no HGD", "diagnosis-term", 1},
		{"ADENOMA", "diagnosis-term", 1},
		{"Na 128, hyponatremia", "diagnosis-term", 1},
		{"left-sided radiculopathy", "diagnosis-term", 1},
		{"s/p cholecystectomy", "procedure-term", 1},
		{"kyphoplasty scheduled", "procedure-term", 1},
		{"apendicectomía urgente", "procedure-term", 1},
		{"Koloskopie", "procedure-term", 1},
		{"osteitis", "diagnosis-term", 1},
		{"her diploma from Oklahoma", "diagnosis-term", 0},
		{"with sympathy and empathy", "diagnosis-term", 0},
		{"two overdoses and the purposes of doses", "diagnosis-term", 0},
		{"Attendees: Jonas Petraitis, Rasa Kairaitis.", "diagnosis-term", 0},
		{"electron microscopy", "procedure-term", 0},
		{"a false dichotomy", "procedure-term", 0},
		{"academia and insurance premia", "diagnosis-term", 0},
		{"durante la pandemia", "diagnosis-term", 0},
		{"IT-itis, meeting-itis", "diagnosis-term", 0},
		{"Sonoma", "diagnosis-term", 0}, // too short for the shape
		{"лапароскопічна холецистектомія", "procedure-term", 1},
		{"после колоноскопии", "procedure-term", 1},
		{"гипогликемия и кардиомиопатия", "diagnosis-term", 2},
		{"премия и академия", "diagnosis-term", 0},
		{"дихотомия", "procedure-term", 0},
	}
	for _, c := range cases {
		if got := counts(c.in)[c.kind]; got != c.want {
			t.Errorf("%q: %s %d, want %d (all: %v)", c.in, c.kind, got, c.want, counts(c.in))
		}
	}
}

// TestInspectHL7TestMessage: an HL7 v2 message its sender marks as
// training or debugging data (MSH-11 T or D) is no patient's record; the
// same message in production (P) is, unless its patient is a build's test
// patient ("ZZTEST", testFamily).
func TestInspectHL7TestMessage(t *testing.T) {
	msg := func(processing string) []byte {
		patient := "BJORNSTAD^HALVARD"
		if processing == "P, test patient" {
			processing, patient = "P", "ZZTEST^INTERFACE"
		}
		hl7 := "MSH|^~\\&|REG|RBH|LAB|RBH|20251104094011||ADT^A04^ADT_A01|1|" + processing + "|2.5.1\r" +
			"PID|1||4471093^^^RBH^MR||" + patient + "||19470630|M\rPV1|1|O\r"
		return []byte("From: <desk@example.org>\r\nTo: <team@example.org>\r\nSubject: interface ticket\r\n" +
			"Date: Sat, 16 Aug 2025 07:51:29 +0900\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nThe feed drops leading zeros.\r\n" +
			"--b\r\nContent-Type: application/hl7-v2; name=adt.hl7\r\n\r\n" + hl7 + "\r\n--b--\r\n")
	}
	p := Default()
	for _, c := range []struct {
		processing string
		level      Level
		hl7        bool
	}{{"T", LevelNone, false}, {"D", LevelNone, false}, {"P", LevelPHI, true}, {"P, test patient", LevelNone, false}} {
		s := p.Inspect(msg(c.processing), Envelope{})
		if s.Level != c.level || hasKinds(s, "hl7v2") != c.hl7 {
			t.Errorf("MSH-11 %s: level %s, findings %q; want %s, hl7v2 %v", c.processing, s.Level, places(s), c.level, c.hl7)
		}
	}
}

// TestInspectRecordNameYear: the message's Date tells a date of birth in
// a subject from an event's.
func TestInspectRecordNameYear(t *testing.T) {
	msg := func(subject string) []byte {
		return []byte("From: <gi@example.org>\r\nTo: <nurses@example.org>\r\nSubject: " + subject + "\r\n" +
			"Date: Sun, 06 Apr 2025 12:16:09 -0600\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nplease see subject\r\n")
	}
	p := Default()
	for _, c := range []struct {
		subject string
		level   Level
	}{
		{"Okafor, Benedict 3/14/62 - colon path: tubular adenoma", LevelPHI},
		{"Austin, Texas 3/15/25 - adenoma and carcinoma research summit", LevelNone},
	} {
		if s := p.Inspect(msg(c.subject), Envelope{}); s.Level != c.level {
			t.Errorf("%q: level %s (%q), want %s", c.subject, s.Level, places(s), c.level)
		}
	}
}

// TestLookBehind: a name before "her" or before a date of birth is found
// however the text is cut into chunks, the cut falling anywhere in it.
func TestLookBehind(t *testing.T) {
	const pattern = "Okafor, Benedict 3/14/62 was seen. Ana Rivera had her lumbar MRI. "
	filler := strings.Repeat("the quick brown fox jumps over the lazy dog ", chunkSize/40)
	for shift := 0; shift <= len(pattern); shift++ {
		head := filler[:chunkSize-lookahead-shift-1] + "\n"
		text := head + pattern + filler
		setup := defaultSetup()
		ev := newEvidence(len(setup.defs), false)
		sc := newScanner(setup.m, nil, ev, numWhereBody)
		sc.Write([]byte(text[:chunkSize])) // the first chunk is cut at chunkSize-lookahead
		sc.Write([]byte(text[chunkSize:]))
		sc.Close()
		names, dobs := ev.counts[dName][numWhereBody], ev.counts[dDOB][numWhereBody]
		if names != 2 || dobs != 1 {
			t.Errorf("cut %d bytes into the pattern: %d names, %d dates of birth; want 2, 1", shift, names, dobs)
		}
	}
}

// TestLookBehindRegexps: the words kept to look back on are not matched
// twice by an admin's pattern.
func TestLookBehindRegexps(t *testing.T) {
	setup := defaultSetup()
	det := len(setup.defs)
	res := []customRegexp{{det, regexp.MustCompile(`\bACME-[0-9]{7}\b`)}}
	filler := strings.Repeat("the quick brown fox jumps over the lazy dog ", chunkSize/40)
	for _, back := range []int{20, 60, 120} {
		text := filler[:chunkSize-lookahead-back] + " ACME-1234567 " + filler
		ev := newEvidence(det+1, false)
		sc := newScanner(setup.m, res, ev, numWhereBody)
		sc.Write([]byte(text[:chunkSize]))
		sc.Write([]byte(text[chunkSize:]))
		sc.Close()
		if n := ev.counts[det][numWhereBody]; n != 1 {
			t.Errorf("a match %d bytes before the cut counted %d times", back, n)
		}
	}
}

func TestDateHeaderYear(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"Sun, 06 Apr 2025 12:16:09 -0600", 2025},
		{"6 Apr 1999 12:16 +0100", 1999},
		{"Sun, 06 Apr 25 12:16:09 -0600", 0}, // a two-digit year: not known
		{"", 0},
		{"garbage 0500", 0},
	}
	for _, c := range cases {
		if got := dateHeaderYear(c.in); got != c.want {
			t.Errorf("dateHeaderYear(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestGreetingsAbroad: a greeting to one reader in Swedish, Hungarian,
// Swahili, Hebrew or Romanian; a greeting to all is to no one.
func TestGreetingsAbroad(t *testing.T) {
	for in, want := range map[string]int{
		"Hej Karin Lindqvist,\nDin läkare har skickat provsvar.": 1,
		"Kedves Szabó Gábor!\nA kezelési tervet összefoglalom.":  1,
		"Ndugu Baraka Mollel,\nHabari njema!":                    1,
		"שלום מיכל,\nמצורף סיכום":                                1,
		"שלום רב,\nמצורף סיכום":                                  0,
		"Hej alla,\nfika kl 15.":                                 0,
		"Kedves Ügyfelünk!\nÉrtesítjük":                          0,
		"이준호 선생님\n당직 일정입니다.":                                     0, // a doctor, by his title
		"이준호 님\n검사 결과입니다.":                                       1,
		"王秀兰阿姨您好：\n检查结果出来了。":                                     1, // auntie, as a coordinator greets an older participant
	} {
		if got := counts(in)["salutation"]; got != want {
			t.Errorf("%q: %d greetings, want %d", in, got, want)
		}
	}
}

// TestKinParen: a relative's name in brackets, as families write to a
// doctor in any language.
func TestKinParen(t *testing.T) {
	for in, want := range map[string]int{
		"Dzień dobry, mama (Halina Nowak) miała rano ciśnienie 190/100.":          1,
		"Здравствуйте, папу (Соколов Виктор Петрович) вчера положили в больницу.": 1,
		"Были сегодня с папой (Николаем Ивановичем) у невролога.":                 1, // the instrumental case
		"Bonjou, manman m (Marie Joseph) gen tansyon 180 sou 100 jodi a.":         1,
		"Family meeting re: Dad (Ray Colton) - ICU goals of care":                 1,
		"Segue a conversa sobre a vó (Maria das Graças Moreira). A glicemia dela": 1, // a particle inside
		"Dice que mamá (Carmen Ortega, por si llaman) tiene una depresión mayor.": 1, // a note after the name
		"Dzwonili rano. Mamę (Krystyna Wójcik, pokój 116) zabrali do szpitala.":   1, // the accusative
		"Mom (the nurse on nights) says hi.":                                      0,
		"Mom (Sunday, after church) says hi.":                                     0,
		"Baby (Boy) Clothes sale this weekend":                                    0,
	} {
		if got := counts(in)["patient-name"]; got != want {
			t.Errorf("%q: %d patient names, want %d", in, got, want)
		}
	}
}

// TestCJKSelfAndKin: a Chinese writer's own drug before a full-width
// bracket is theirs as before a space; a Japanese writer's mother with
// her age is a person.
func TestCJKSelfAndKin(t *testing.T) {
	for in, want := range map[string][2]int{ // patient names, patient-directed
		"我想开始吃 PrEP（预防艾滋病的药）。": {0, 1},
		"我想开始吃 PrEP。":          {0, 1},
		"先月、母（67歳）が遺伝子検査を受け":   {1, 0},
		"先週から母の右耳の補聴器が鳴り続け":    {1, 0}, // my mother's hearing aid
		"母の日のプレゼントに補聴器の電池を":    {0, 0}, // Mother's Day
		"心電図（40歳以上）の方へ":        {0, 0},
	} {
		c := counts(in)
		if got := [2]int{c["patient-name"], c["patient-directed"]}; got != want {
			t.Errorf("%q: %v, want %v", in, got, want)
		}
	}
}

// TestBareKin: a relative a family writes of without "my", in their
// own language, is a person when their care follows in the sentence.
func TestBareKin(t *testing.T) {
	for in, want := range map[string]int{
		"Mama w szpitalu - zapalenie płuc":             1,
		"Mamá - la vio el psiquiatra por la depresión": 1,
		"Συνάντηση για τον μπαμπά (Γιώργος Παπαδάκης, δωμάτιο 131) στο Maple": 1,
		"أردت أن أطمئنك على والدنا. بدأ غسيل الكلى يوم الاثنين":               0, // another sentence
		"Bonjour, maman a eu sa chimiothérapie hier.":                         1,
		"La rubrique santé : quand une maman a du diabète, que faire ?":       0, // anyone's
		"Mom finally decided. She's doing the predictive test for HD.":        1, // the next sentence goes on about her
		"Mom called. The genetic counselor webinar is on Tuesday.":            0,
		"Mamma Mia! tickets for Saturday":                                     0,
	} {
		if got := counts(in)["patient-name"]; got != want {
			t.Errorf("%q: %d patient names, want %d", in, got, want)
		}
	}
}

// TestMyKin: a Chinese writer's relative is a person when what follows
// is theirs or their name: "my mother's blood sugar", "my father Wang
// Jianguo"; "my mother says" is no one's care.
func TestMyKin(t *testing.T) {
	for in, want := range map[string]int{
		"我妈妈的血糖这几天很高":                    1,
		"我妈妈李秀兰（上周三您看过的）空腹血糖都在11左右":      1,
		"我妈妈周一去医院复查血糖":                   1, // 周一 is Monday, no name; the recheck she goes to is hers (hanKinCare)
		"我的女兒的報告出來了嗎":                    1,
		"我妈妈说糖尿病要注意饮食":                   0,
		"我妈妈血压高，最近头晕":                    1, // the relative, then what she has
		"我爸爸糖尿病，血糖很高":                    1,
		"我是王子涵的爷爷。子涵上周检查是近视":             1, // the grandchild the writer introduces
		"我是王医生的病人，血糖很高":                  0, // a doctor's patient: the name is the doctor's
		"May diabetes po ang nanay ko":   1, // Tagalog names the relative after the term
		"Naoperahan po si nanay sa apdo": 1,
		"May diabetes ang mga pasyente":  0, // patients, no one's relative
		"我们的门诊时间有变化":                     0,
		"好消息，爸爸的右膝关节置换手术已经批准了":           1, // a sibling's "Dad's knee replacement"
		"我妈妈上周做的胃镜检查结果出来了吗":              1, // the gastroscopy she had
		"公司的糖尿病项目":                       0,
		"母が昨日から熱があり、咳もひどいです。":            1, // Japanese: the mother who has the fever
		"分母が大きいと確率が下がります。熱がある場合":         0, // a fraction's denominator
		"母が来ました。昨日は熱が出た":                 0, // another sentence
	} {
		if got := counts(in)["patient-name"]; got != want {
			t.Errorf("%q: %d patient names, want %d", in, got, want)
		}
	}
}

// TestJoinedGreeting: a second reader joined to a greeting by title is
// greeted, not named as a patient.
func TestJoinedGreeting(t *testing.T) {
	for _, in := range []string{"Good morning Dr. Ogunleye-Hart and Ms. Vance,\n\nThe agenda is below.", "Hi Tom and Mrs. Reyes,\n\nSee below."} {
		if c := counts(in); c["patient-name"] != 0 || c["salutation"] == 0 {
			t.Errorf("%q: %v", in, c)
		}
	}
	if c := counts("Dear team,\n\nThe agenda is below. Mrs. Reyes in room 4 is stable."); c["patient-name"] != 1 {
		t.Errorf("a patient after a greeting's paragraph: %v", c)
	}
}

// TestHonorificName: a Chinese, Japanese or Korean name with the
// honorific that addresses its reader is a greeting to one person; a
// word of address with the same honorific, or a name inside running
// text, is not.
func TestHonorificName(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"王丽华女士，您的检查结果已出。", 1},
		{"山田太郎様、検査結果です。", 1},
		{"김민수님, 검사 결과입니다.", 1},
		{"김민수 씨, 예약이 확인되었습니다.", 1},
		{"お客様各位、休業のお知らせ。", 0},
		{"환자님께 안내드립니다.", 0},
		{"고객님, 주문이 발송되었습니다.", 0},
		{"感谢王先生的支持。", 0}, // no break before the name
		{"陳先生 您好：", 1},   // a surname alone
		{"田中　美咲　様\n\nこころの森クリニックです。", 1},
		{"박지현 님, 안녕하세요.", 1},
		{"王 您好", 0},                  // no honorific
		{"田様、", 0},                   // one character before 様: not a surname form
		{"各位先生 您好", 0},               // a word of address
		{"基因醫學部 秘書 黃小姐\n分機 5321", 0}, // a signature, not a greeting
		{"Dear Mr. Wang,", 1},
		{"سرکار خانم مریم رضایی\nبا سلام", 1}, // a caseless script: a name after a title
		{"عزيزي العميل،\nيسعدنا", 0},          // "dear customer"
		{"Sayın Hekimimiz,\n", 0},             // "our physician"
		{"ጤና ይስጥልኝ አቶ ተስፋዬ በቀለ፣\n", 1},
		{"Добрый день, Андрей Викторович!\n\nПолучили заключение экспертизы.", 1}, // Russian business mail's greeting
		{"Добрый день, коллеги!", 0},
		{"陈建国师傅：\n您好！关于您的工伤理赔。", 1}, // a worker, addressed as master
	}
	for _, c := range cases {
		if got := counts(c.in)["salutation"]; got != c.want {
			t.Errorf("%q: %d greetings, want %d (all: %v)", c.in, got, c.want, counts(c.in))
		}
	}
}

// TestOrgNames: a health term that starts an organisation's name in the
// body says where care is given (a care term), not a diagnosis; written
// as a condition it stays one.
func TestOrgNames(t *testing.T) {
	cases := []struct {
		in        string
		diagnosis int
	}{
		{"Sunita Farrokhzad\nRevenue Cycle Analyst\nCedarbrook Cancer Institute", 0},
		{"Harbor Diabetes Center, 12 Main Street", 0},
		{"Her cancer institute visit is Monday.", 1}, // not a name: lower case
		{"Cancer screening is due.", 1},
	}
	for _, c := range cases {
		got := counts(c.in)
		if got["diagnosis-term"] != c.diagnosis || c.diagnosis == 0 && got["care-term"] == 0 {
			t.Errorf("%q: %v, want %d diagnosis terms (a care term if none)", c.in, got, c.diagnosis)
		}
	}
	// A staff field names where someone works, a restricted service too.
	for in, want := range map[string]int{"Name: Priyanka Saldanha-Ruiz, MD\nDepartment: Psychiatry": 0, "Admitted to: Psychiatry": 1} {
		if got := counts(in); got["mental-health"] != want {
			t.Errorf("%q: %v, want %d mental-health terms", in, got, want)
		}
	}
}

// TestFalseSigns: a time of day is no street address, a rule's date no
// date of service, a title before a line break and a heading after
// "Patient" no patient's name.
func TestFalseSigns(t *testing.T) {
	cases := []struct {
		in, kind string
		want     int
	}{
		{"Hotfix applied at 14:05 CT today.", "street-address", 0},
		{"Ship to 55 Oak Ct today.", "street-address", 1},
		{"Covered for dates of service on or after March 1, 2025.", "service-date", 0},
		{"Date of service: March 1, 2025.", "service-date", 1},
		{"Madame, Monsieur,\n\nVeuillez trouver ci-joint", "patient-name", 0},
		{"Delivered to Mrs. Keller today.", "patient-name", 1},
		{"See the Patient Fee Schedule attached.", "patient-name", 0},
		{"Patient: Bartholomew Essien", "patient-name", 1},
	}
	for _, c := range cases {
		if got := counts(c.in)[c.kind]; got != c.want {
			t.Errorf("%q: %d %s, want %d (all: %v)", c.in, got, c.kind, c.want, counts(c.in))
		}
	}
}
