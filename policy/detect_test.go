package policy

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// counts scans one text as a body and returns the count of every
// detector by id.
func counts(text string) map[string]int { return countsIn(numWhereBody, text) }

// countsIn is counts for a text found at where.
func countsIn(where int, text string) map[string]int {
	setup := defaultSetup()
	ev := newEvidence(len(setup.defs), false)
	sc := newScanner(setup.m, nil, ev, where)
	sc.title = where == whereIndex(WhereSubject) // as the walker reads a subject
	sc.text([]byte(text))
	ev.counts[dSSN][where] += ev.looseSSN[where] // as scoring counts them without trade
	out := map[string]int{}
	for det, c := range ev.counts {
		if n := c[where]; n > 0 {
			out[setup.defs[det].id] = n
		}
	}
	return out
}

// TestFileNames: records filed by patient and date (or record number) name a person; a
// dated report does not, and neither does a name in the body text.
func TestFileNames(t *testing.T) {
	cases := []struct {
		names []string
		want  int
	}{
		{[]string{"RUIZ_YESENIA_19900530_HSV2_IgG_POSITIVE.pdf"}, 1},
		{[]string{"Überweisung_Müller_Jürgen_1966-03-02_Schilddrüsenknoten.pdf"}, 1},
		{[]string{"2025-03-04 Rivera Ana MRI.pdf"}, 1},
		{[]string{"DischargeSummary_PATEL_Raj_NHS8960308242_COPD.png"}, 1}, // a paper's title, the name in record order, an NHS number
		{[]string{"DischargeSummary_Template_COPD.png"}, 0},
		{[]string{"Quarterly_Report_2025-03-01.pdf"}, 0},
		{[]string{"Invoice_March_20250301.pdf"}, 0},
		{[]string{"Rivera_Ana.pdf", "scan_20250304.pdf"}, 0}, // name and date in two files
		{[]string{"RIVERA_ANA_MRI.pdf"}, 0},                  // no date
		{[]string{"Board_Minutes_20250115.docx"}, 0},
		{[]string{"Referral_Nguyen_Thi_MRN448120_cardiology.pdf"}, 1}, // filed by record number
		{[]string{"Vendor_Quote_PO448120.pdf"}, 0},
		{[]string{"Kristin_Halvorsen_EOB_total_knee_replacement_Oct2026.png"}, 1}, // the paper between name and subject
		{[]string{"Orthopedics_Report_total_knee_replacement.pdf"}, 0},
		{[]string{"ATX-402_DSMB_Open_Report_2026-10-31.pdf"}, 0}, // an acronym and a session
		{[]string{"PBC_Request_List_2026-11-30.xlsx"}, 0},
		{[]string{"LYNCH_BRYN_2026-11-30_labs.pdf"}, 1},       // a name in capitals has its vowels
		{[]string{"Quillon_MARTINEZ_Elena_BRCA1_pos.pdf"}, 1}, // a record's order after a prefix
		{[]string{"Quillon_Pharma_Elena_BRCA1_assay.pdf"}, 0},
	}
	for _, c := range cases {
		got := countsIn(numWhereAttachmentName, fileNameText(c.names))["patient-name"]
		if got != c.want {
			t.Errorf("%q: %d patient names, want %d", c.names, got, c.want)
		}
	}
	if got := counts("RUIZ YESENIA 19900530")["patient-name"]; got != 0 {
		t.Errorf("a body text matched the file-name rule: %d", got)
	}
	if wheres[numWhereAttachmentName] != WhereAttachmentName {
		t.Errorf("numWhereAttachmentName is %s", wheres[numWhereAttachmentName])
	}
	if got := stripExtension("report.final.docx"); got != "report.final" {
		t.Errorf("stripExtension = %q", got)
	}
}

func TestDetectors(t *testing.T) {
	cases := []struct {
		kind, in string
		want     int
	}{
		{"ssn", "SSN 123-45-6789 on file", 1},
		{"ssn", "Codice fiscale: FNTGZL52E48X000Z", 1}, // national identity numbers after their keyword
		{"ssn", "PESEL 52031412345, skierowanie", 1},
		{"ssn", "PESEL 2026", 0},
		{"ssn", "pacienta IONESCU MARIA, CNP 2580314403213", 1},
		{"ssn", "Personnummer: 19580314-4032", 1},
		{"ssn", "NHS number 9434765919", 1},
		{"ssn", "AMKA 2026-11", 0},
		{"ssn", "میرا نام محمد عارف ہے، شناختی کارڈ نمبر 35202-4471829-3۔", 1}, // a CNIC
		{"ssn", "CPF: 123.456.789-09", 1},
		{"ssn", "身份证号：110105194203150021", 1},
		{"ssn", "CPF 2026", 0},
		{"ssn", "123-45-6789, 234-56-7890", 2},
		{"ssn", "area 000: 000-12-3456, 666: 666-12-3456, 9xx: 912-34-5678", 0},
		{"ssn", "group 00: 123-00-4567, serial 0000: 123-45-0000", 0},
		{"ssn", "inside a longer number: 1123-45-6789 or 123-45-67890", 0},
		{"ssn", "social security number: 123456789", 1},
		{"ssn", "SSN#123456789", 1},
		{"ssn", "order 123456789 shipped", 0},                   // 9 digits alone
		{"ssn", "SSN on file. Order 123456789", 0},              // keyword not next to it
		{"ssn", "ssn 666123456", 0},                             // keyword, invalid area
		{"ssn", "classn 123456789", 0},                          // keyword inside a word
		{"mbi", "Medicare 1EG4-TE5-MK73", 1},                    // CMS's own example
		{"mbi", "1EG4TE5MK73", 1},                               // without dashes
		{"mbi", "1SG4-TE5-MK73", 0},                             // S is never used
		{"mbi", "0EG4-TE5-MK73", 0},                             // first character 1-9
		{"mbi", "1EG4-TE5MK73", 0},                              // one dash of two
		{"mbi", "1eg4te5mk73", 0},                               // lower case
		{"mbi", "X1EG4TE5MK73", 0},                              // inside a word
		{"npi", "NPI: 1234567893", 1},                           // valid with the 80840 prefix
		{"npi", "NPI: 1234567890", 0},                           // fails Luhn
		{"npi", "provider 1234567893", 0},                       // no keyword
		{"dea", "DEA #: AB1234563", 1},                          // 1+3+5 + 2×(2+4+6) = 33: check digit 3
		{"dea", "DEA AB1234564", 0},                             // wrong check digit
		{"dea", "PO AB1234563", 0},                              // no keyword
		{"lab-term", "Kaminski INR 3.4 today, hold tonight", 1}, // a lab's abbreviation and a value in its range
		{"lab-term", "rm 412 Petrakis K 5.9 on the BMP", 1},
		{"lab-term", "BP 158/96 this morning", 1},
		{"lab-term", "Amount due: INR 45,000 by Friday", 0}, // rupees
		{"lab-term", "Grade K 5 students", 0},
		{"dob", "DOB: 04/12/1961", 1},
		{"dob", `"dateOfBirth": "1966-01-27",`, 1},      // a JSON field, camel case
		{"dob", `"fecha_nacimiento": "1979-06-12",`, 1}, // snake case
		{"dob", "আমি নাসরিন আক্তার (জন্ম তারিখ ১২/০১/১৯৮৪)", 1},                  // Bengali digits
		{"dob", "ਮੇਰੇ ਪਿਤਾ ਜੀ (ਜਨਮ ਮਿਤੀ 05/06/1950)", 1},                         // Punjabi
		{"dob", "من مادر آرین هستم (تاریخ تولد ۱۴ ژوئن ۲۰۱۶)", 1},                // a Persian month, Persian digits
		{"dob", "Doğum tarihi: 3 Mart 1958", 1},                                  // Turkish
		{"dob", "Adım Ayşe Yılmaz, doğum tarihim 17.04.1968.", 1},                // "my date of birth"
		{"dob", "تاريخ الميلاد: 12 أكتوبر 1971", 1},                              // Arabic
		{"patient-name", "Se mwen Nadège Pierre-Louis ki te achte grenn lan", 1}, // the writer names herself
		{"patient-name", "Меня зовут Галина Петренко, я была у доктора", 1},
		{"patient-name", "Hi, my name is Tomás Ruiz and I need a refill", 1},
		{"patient-name", "My name is Reem Alali, the bill for my chemo is wrong", 1}, // a given name no list holds
		{"patient-name", "اسمي ريم العلي، وصلتني فاتورة", 1},
		{"patient-name", "Patient Fee Schedule for 2027", 0},                                                                    // a heading after a keyword
		{"reproductive", "Sorry to say I had a miscarriage on Monday.", 1},                                                      // a keyword's phrase ("I had") holds a term's first word
		{"mental-health", "418 Lindgren, Ruth 81F - CAP, day 2. Sundowning last night; avoid benzos, seroquel 12.5 prn ok.", 0}, // a ward's, for delirium
		{"drug-term", "418 Lindgren, Ruth 81F - CAP, day 2. Sundowning last night; avoid benzos, seroquel 12.5 prn ok.", 1},
		{"mental-health", "Schizoaffective, restarted seroquel 200 qhs, follow up with psychiatry", 2},
		{"patient-name", "박서준(9월 12일생) 엄마입니다. 황달 때문에 다시 피검사를 했는데", 1},                                          // a Korean name and birthday
		{"patient-name", "segue a foto das manchas do Bernardo (2 anos), a pediatra passou hidrocortisona", 1}, // a given name and an age
		{"patient-name", "a new placement Friday, Jaylen\nCarter, 6 years old. He needs his eczema cream", 1},  // an age in years, a name across a wrap
		{"patient-name", "Our clinic opened at Maple Grove, 6 years ago.", 0},
		{"patient-name", "Bereitschaftsdienstplan Mai:\n  01.-07.05.  Dr. Brenner\n  08.-14.05.  Frau Kaya\n  22.-31.05.  Herr Petersen", 0}, // a roster's doctors
		{"patient-name", "Frau Kaya wurde heute auf Station S1 aufgenommen.", 1},
		{"patient-name", "Палата 3. Смирнова Галина Петровна, 72 г. ОКС без подъёма ST", 1},       // an age in Russian shorthand
		{"patient-name", "From the Centering group: Keyonna Price, 28w, 1-hr GTT 162 on 11/4", 1}, // a pregnancy's weeks, as an age
		{"patient-name", "From the Centering group: Keyonna Price, 28 women enrolled", 0},
		{"patient-name", "제 이름은 이수진이고 회원번호는 TMK884464491입니다.", 1}, // a Korean name, then a copula
		{"member-id", "제 이름은 이수진이고 회원번호는 TMK884464491입니다.", 1},
		{"member-id", "sono Giulia Ferraro, tessera TMK884470088.", 1},
		{"member-id", "Member ID      Name              Drug                  Last fill  PDC\nTMK884355190   Ruth Hollis       atorvastatin 40 mg    10/14      0.74\n", 1},               // a header cell of two words
		{"patient-name", "Date   Lang     Mode   Min  Patient          Encounter               Amount\n11/02  Somali   video   35  F. Abdullahi     diabetes follow-up      $61.25\n", 1}, // an initial and a surname under "Patient"
		{"patient-directed", "Hi, this is Maria. I'm pregnant, 30 weeks, and my water broke an hour ago.", 1},                                                                             // a term's own first person
		{"patient-name", "could a chaplain come see Arturo Benavides in ICU 6 this afternoon?", 1},                                                                                        // a unit's bed
		{"patient-name", "Dana Kim in ICU this week, Omar Said in PACU next", 0},                                                                                                          // nurses' posts
		{"patient-name", "Saw R. Palacios (39M) today. VA 20/20 OU", 1},                                                                                                                   // an initial, a surname, an age and sex
		{"patient-name", "Called Mateo Barragan (4 thirds under IV sedation 9/8)", 1},                                                                                                     // a nurse's call log
		{"patient-name", "Pt Martinez called, wants to know if she can shower with the wound vac", 1},                                                                                     // a front desk's note
		{"patient-name", "PT Martinez called about the schedule", 0},                                                                                                                      // a physical therapist
		{"patient-name", "Pt Portal login help", 0},
		{"patient-name", "Called Dana Ruiz at Northgate about the insulin pens backorder", 0}, // someone at a business
		{"patient-name", "Acct 558201 (Hector Ruiz): balance $1,420 for 09/12 ED visit", 1},   // a name in brackets after its account
		{"patient-name", "ED bay 4 CASTELLANO, Marco 66M  NSTEMI, trop 0.9", 1},               // a surname in capitals; Marco, not março
		{"patient-name", "Walk-in: Carlos Vega, 7yo, wheezing since this morning", 1},
		{"patient-name", "The complaint alleges that Mrs.\nKaminski developed a stage 3 pressure injury", 1},  // a title's dot, a line's wrap
		{"patient-name", "Medications for Opioid Use Disorder (MOUD) now available at intake", 0},             // a term's capitals
		{"patient-name", "Mr. Ambrose,\n\nThanks for meeting last week. Our psychiatrist hours proposal:", 0}, // a letter's greeting
		{"patient-name", "Critical: CT head on Raymond Ortiz shows acute subdural, 8mm", 1},                   // a result on a full name
		{"patient-name", "Quick q on a 62F with new afib. Her name is Diane Rourke.", 1},
		{"lab-term", "FYI potassium 6.1 this am, hemolyzed? redraw ordered", 1}, // a lab spelt out, with its value
		{"lab-term", "Potassium 99 mg tablets, 100 count", 0},                   // a supplement
		{"patient-name", "Spoke with Ana Ruiz today: INR 3.4, holding warfarin", 1},
		{"patient-name", "Called Ana Ruiz at Northgate. The insulin order ships Monday", 0},      // another sentence
		{"patient-name", "The rep we called Ana Ruiz about is out; insulin pens ship Monday", 0}, // not a log's entry
		{"patient-name", "FY27 Budget (54M) approved", 0},
		{"dob", "תאריך לידה: 14.03.1962", 1},   // Hebrew
		{"dob", "佢喺三藩市係你嘅病人，出世日期1947年4月2日", 1}, // Cantonese
		{"dob", "تاریخ تولد: ۱۹۶۲/۰۵/۱۲", 1},   // Persian digits
		{"member-id", `"memberId": "KMH330912880",`, 1},
		{"member-id", "Member ID: SAMPLE0000000", 0}, // a proof's invented member
		{"mrn", "MRN TEST0000001", 0},
		{"mrn", "HN: 65-018834", 1}, // a hospital number, as Thai and other Asian hospitals print it
		{"mrn", "Show HN: 14 tips for on-call rotas", 0},
		{"mrn", "Grace Okafor (chart 20417) was in for her recall today.", 1}, // a practice's record number
		{"mrn", "Chart 3 shows the 2025 volumes.", 0},
		{"mrn", "#  Date        MRN          Procedure\n1  09/14/2026  SO-0744120   Lap chole\n2  09/21/2026  SO-0701835   Hernia repair", 2}, // a plain-text table's column
		{"mrn", "#  Date        MRN          Procedure\n\nTicket      Build        Owner\n4471        SO-0744120   Ops", 0},                   // another table after a blank line
		{"mrn", "We looked the MRN up for each one\nand ticket SO-0744120 is closed.", 0},                                                     // prose, no header
		{"dob", "date of birth 1961-04-12", 1},
		{"dob", "Born on March 3, 1961", 1},
		{"dob", "Birthdate: 12 April 1961", 1},
		{"dob", "fecha de nacimiento: 12 de abril de 1961", 1},
		{"dob", "meeting on 04/12/1961", 0},                                  // a date alone
		{"dob", "DOB unknown, we will call you when we know, 04/12/1961", 0}, // keyword too far
		{"dob", "stubborn 04/12/1961", 0},                                    // keyword inside a word
		{"dob", "Ковальчук Василь Іванович, 03.09.1979 р.н.", 1},             // the mark after the date
		{"dob", "Ahmet Yılmaz, 12.03.1985 doğumlu", 1},
		{"dob", "моего отца, Волкова Бориса Ивановича (1944 г.р., карта BFM-10388)", 1}, // a year of birth alone
		{"dob", "Пациент 1979 года рождения", 1},
		{"dob", "в 1979 году переехал", 0},         // a year
		{"dob", "김옥자 님(1942년 3월 15일생)의 며느리입니다", 1}, // born on, in Korean
		{"dob", "어머니 무릎 수술 후 경과 문의 (김순자, 1948년생)", 1},
		{"dob", "生年月日：1942年3月15日", 1},
		{"dob", "2025년 4월 3일(목) 오후 4시 상담", 0},                  // a date
		{"dob", "Date de naissance : 12 février 1961", 1},      // an accented month name
		{"dob", "FN:Harold W. Eckstein\nBDAY:1939-12-02\n", 1}, // a vCard's birthday
		{"dob", "Example patient: DOB 01/01/1900", 0},          // a placeholder
		{"dob", "Перенесено на 03.09.2025 р. на ранок", 0},
		{"dob", "DOB: 13/45/1961", 0}, // no such date
		{"service-date", "Date of service: 11/02/2026", 1},
		{"service-date", "your appointment on December 3, 2026", 1},
		{"service-date", "Your father was admitted to 4 West on 11/03/2026.", 1}, // "admitted to" opens a date as "admitted" does
		{"service-date", "He was discharged from Eastlake General on 11/05/2026.", 1},
		{"mrn", "MRN# A-99812", 1},
		{"mrn", "MRN: pending", 0},                       // no digit
		{"mrn", "match_keys: [mrn, dob, phone_e164]", 0}, // a format's name
		{"mrn", "Rx,NTX25A30,2027-05,18", 0},             // a table's cells: no label and its number
		{"mrn", "Rx: NTX25A30", 1},
		{"mrn", "MRN\t00123456", 1}, // an HTML table's label cell and its value
		{"mrn", "mrn: a12345", 1},
		{"mrn", "Patient ID: 00442817", 1},
		{"mrn", "Nº historia:     NHC 0048812", 1},
		{"member-id", "Tarjeta sanit.:  RUAL640312991017", 1},
		{"member-id", "Rosario Dimaculangan (PhilHealth PIN 12-345678901-2)", 1},
		{"member-id", "Member ID: XJ4471002", 1},
		{"mrn", "We write on behalf of Arturo Medina, DOC #594412, housed at Dorrance CF", 1}, // a corrections number
		{"mrn", "Jerome Whitlow DOC 603381 - VL 48,000", 1},
		{"mrn", "see doc 2 of 3 attached", 0},
		{"member-id", "Member ID:\nXJ4471002", 1},                                            // a form's value on the next line
		{"member-id", "Portare la tessera sanitaria.\n\nPrenotazioni: 0523 555 0116", 0},     // a phone in the next paragraph
		{"member-id", "Portare la tessera sanitaria.\r\n\r\nPrenotazioni: 0523 555 0116", 0}, // the same with CRLF
		{"member-id", "member since 2019", 0},
		{"claim-number", "Claim # 2024-000187", 1},
		{"claim-number", "submit claims by 12/31/2026", 0},                                                      // a date is no claim number
		{"claim-number", "REMOVED from the prior authorization list\n  J0571-J0575  Buprenorphine/naloxone", 0}, // codes
		{"claim-number", "claims for 81432, 81433 need prior authorization", 0},
		{"account-number", "Account number 77812004", 1},
		{"icd10", "Dx: E11.9, I10", 2},
		{"icd10", "ICD-10 code F32.A", 1},
		{"mental-health", "Dx F32.A, next visit Tuesday", 1},
		{"mental-health", "Dx F80.1 expressive language disorder, speech therapy 2x/week", 0}, // a speech therapist's
		{"mental-health", "Dx F90.0, Vanderbilt scales returned", 0},                          // ADHD: a diagnosis term's code
		{"icd10", "part E11.9 in stock", 0},                                                   // dotted, no keyword: counted only beside health terms
		{"cpt", "CPT 99213-25 and 80053", 2},
		{"cpt", "ZIP 99213", 0},
		{"hcpcs", "HCPCS J1100 x2", 1},
		{"ndc", "NDC 0002-3227-30", 1},
		{"ndc", "Lorazepam 0.5 mg, NDC 00002-1433-80", 1},         // a labeller code with leading zeros
		{"ndc", "Lorazepam 0.5 mg, NDC 00000-0000-01, qty 10", 0}, // a template's placeholder
		{"ndc", "ndc 00002322730", 1},
		{"ndc", "lot 0002322730", 0},
		{"phone", "Call (555) 201-0134 or 555-201-0135, +1 555 201 0136", 3},
		{"phone", "order 123-456-7890", 0}, // area codes start with 2-9
		{"email", "write to jane.roe@example.org today", 1},
		{"street-address", "at 1200 North Oak Avenue, Suite 4", 1},
		{"street-address", "we shipped 12 boxes of paper", 0},
		{"patient-name", "Patient: Jane Roe was seen", 1},
		{"patient-name", `"firstName": "Lionel", "lastName": "Pruitt"`, 1}, // a given name in a record's field
		{"patient-name", `"nombre": "Esperanza",`, 1},
		{"patient-name", "Be patient, Grace will call you back.", 0}, // no field
		{"patient-name", "Mr. Smith called", 1},
		{"patient-name", "el tío Ernesto empezó con hemodiálisis en septiembre", 1}, // a relative's title
		{"patient-name", "Grandpa Walt is home now, on Eliquis for the atrial fibrillation", 1},
		{"patient-name", "Nine Months of Progress", 0},
		{"patient-name", "Participant: Lorcan Abernethy (case RC-2026-031)", 1}, // a programme's, a court's, a study's
		{"patient-name", "Participant Information Sheet for the study", 0},
		{"patient-name", "TIA Protocol review", 0},
		{"patient-name", "Re: Harold Vance DOB 04/11/1951 - echo results", 1}, // a name before its birth date
		{"patient-name", "Patient Harold Vance, DOB 04/11/1951", 1},
		{"patient-name", "Quarterly Report DOB 04/11/1951", 0},
		{"patient-name", "Referral for withdrawal: Amara Lindqvist, 44, currently in our ED.", 1}, // a name and an age
		{"patient-name", "Maria Reyes, 67 y/o, presents with chest pain", 2},                      // a name and an age, a line's person
		{"patient-name", "Contact Maria Lopez, 555 Main St", 0},
		{"patient-name", "Le refiero a la paciente Nilda Ortiz Cruz, 54 años, por dolor de hombro", 1}, // no common given name: the age says it
		{"patient-name", "Patient Fee Schedule, 2026 edition", 0},
		{"patient-name", "Client: Ostrander Valley Hospital Pharmacy | Test date 11/17/2026", 0}, // an organisation
		{"patient-name", "Client: Dana Whitfield | Session 6", 1},
		{"patient-name", "Ximena Lindqvist G2P1, SAB at 9w, s/p D&C", 1}, // gravida and para after a name
		{"patient-name", "Building Grant G2P1 form", 0},
		{"patient-name", "chuyển tiếp điều trị cho bệnh nhân Trần Thị Mai", 1}, // family name first
		{"patient-name", "Patient Do Not Resuscitate orders", 0},
		{"patient-name", "Nombre del paciente: ____________ Fecha: ___/___/______\nLa dosis", 0},  // a form's blanks
		{"patient-name", "My daughter Maya Fairweather is 15 and has lost weight.", 1},            // a relative named
		{"patient-name", "Soy la hermana de Julián; mi hermano Julián empezó el tratamiento.", 2}, // "hermana de Julián" and "mi hermano Julián"
		{"patient-name", "My daughter loves the new schedule.", 0},
		{"patient-name", "My husband is Gideon Venn-Oduya. He finished the detox part", 1},
		{"patient-name", "My husband is happy with the new schedule.", 0},
		{"substance-use", "He finished detox on the 7th and starts IOP Monday", 2}, // detox alone is a spa's too
		{"substance-use", "Try our digital detox weekend, or a juice detox.", 0},   // a spa's detox
		{"substance-use", "Tom Reyes no-showed IOP again. Third time.", 1},
		{"substance-use", "A rise in IOP after steroid drops; IOP 24 mmHg OD.", 0},                                      // an eye's pressure
		{"substance-use", "Start methadone 2.5 mg every 12 hours, for pain.\nMethadone takes several days to work.", 0}, // a hospice's pain regimen
		{"drug-term", "Start methadone 2.5 mg every 12 hours, for pain.\nMethadone takes several days to work.", 2},
		{"substance-use", "Naltrexone 4.5 mg capsules (low-dose, compounded), #30", 0},
		{"substance-use", "Her methadone dose went up to 90 mg at the clinic.", 1},
		{"substance-use", "Started low-dose methadone 20 mg at the OTP today.", 1},               // a programme starts low too
		{"patient-name", "This certifies that Ignacio Villalobos has completed the activity", 0}, // a learner
		{"patient-name", "This certifies that\nIgnacio Villalobos, MD\nhas completed", 0},
		{"patient-name", "This certifies that Ignacio Villalobos needs a wheelchair", 1},
		{"dob", "Name  MRN  DOB\nZZTEST, SEPSISALPHA  T90000011  01/01/1960", 0}, // an EHR build's test patient
		{"mrn", "Name  MRN  DOB\nZZTEST, SEPSISALPHA  T90000011  01/01/1960", 0},
		{"dob", "Name  MRN  DOB\nOKAFOR, BENEDICT  T90000011  01/01/1960", 1},
		{"mrn", "search by MRN 0000001 or 1234567", 0},
		{"mrn", "测试患者：“测试甲”，病历号 MRN T000000001", 0},
		{"patient-name", "测试请使用测试患者：“测试甲”", 0},             // a test patient
		{"patient-name", "一般成年糖尿病患者：空腹血糖 4.4至7.0毫摩尔每升", 0}, // a term after the label, not a name
		{"patient-name", "患者：王丽华，空腹血糖 9.1", 1},
		{"mrn", "MRN M00412345", 1}, // numbers no one is given
		{"mrn", "patient ni dr. reyes, client code BPC-0417", 1},
		{"mrn", "أكتب بخصوص والدي سمير حداد (رقم الملف 00451187).", 1},                             // Arabic: file number
		{"patient-name", "skierowanie dla pacjenta: Tomasz Nowicki", 1},                            // Polish genitive
		{"patient-name", "Направляем к вам пациента:\n\n  Волков Андрей Сергеевич, 1979 г. р.", 1}, // Russian accusative
		{"mrn", "медицинской карты № 2026-1187", 1},
		{"mrn", "карта No. НД-2026-1187", 1},                // Cyrillic letters in the number
		{"patient-name", "請問阿嬤（陳秀英）明天早上九點腎臟科回診", 1},         // a relative, her name in brackets
		{"patient-name", "おばあちゃん（佐藤ハル、88歳）と脳神経内科に行きました", 1}, // a given name in kana, and her age
		{"patient-name", "奶奶（王秀英，82岁）的血糖", 1},
		{"patient-name", "おばあちゃん（いつも元気）", 0},
		{"salutation", "李静 您好：\n您的药品已于今天发出。", 1}, // a name and a hello
		{"salutation", "各位 您好：\n会议改到周五。", 0},
		{"salutation", "Asalaamu calaykum Maxamed,\n\nWaxaan kaa xasuusinaynaa ballanta daawada.", 1}, // a Somali greeting, then the name
		{"patient-name", "fax in for Baptiste (Jean-Marc), cardiology referral, palpitations", 1},     // a surname, the given name in brackets
		{"patient-name", "Dr. Kim (Sarah) covers the cardiology clinic Friday", 0},
		{"patient-name", "quote from Acme Medical (Jean) for the cardiology carts", 0},
		{"patient-name", "안녕하세요, 할머니(김순자) 당뇨약이 다 떨어졌어요", 1},
		{"patient-name", "والدي (محمود حداد) نسبة السكر عنده 300", 1},
		{"patient-name", "والدي (رحمه الله) كان يقول", 0}, // God rest him: no name
		{"patient-name", "我妈妈（今天）不舒服", 0},
		{"lab-term", "我爸爸今天早上血压160/95，药已经吃了", 1},
		{"lab-term", "у папы давление 160/95 с утра", 1},
		{"lab-term", "huyết áp 150/90 sáng nay", 1},
		{"lab-term", "उनका बीपी 160/95 के आसपास रह रहा था", 1}, // Hindi writes BP in Devanagari
		{"lab-term", "tăng áp 150/90", 0},                      // a pressure, not the blood's
		{"lab-term", "у сина (Максим Коваль, 6 років) температура 39,2 з ночі", 1},
		{"lab-term", "temp 101.5 last night, fever 102 today", 2},
		{"lab-term", "temps 60s today, temperature 72 inside", 0}, // the weather's
		{"lab-term", "Kevin came in with a headache and a temp of 100.9", 1},
		{"lab-term", "tiene fiebre de 39 desde anoche", 1},
		{"lab-term", "a temperature of 72 in the server room", 0},
		{"patient-name", "у сина (Максим Коваль, 6 років) температура", 2}, // the bracket and the age
		{"patient-name", "il test genetico di mio figlio Matteo Romano", 1},
		{"salutation", "王磊先生您好：\n\n您10月30日的检测结果为阳性。", 1}, // "Mr Wang Lei, hello:"
		{"salutation", "各位您好：", 0},
		{"salutation", "מיכל שלום,\nת\"ז 324875814", 1}, // Hebrew: the name before "shalom"
		{"salutation", "שבת שלום,\nהצוות", 0},
		{"salutation", "Habari Juma Kiprono,\n\nHuu ni ukumbusho wa miadi yako.", 1}, // Swahili
		{"salutation", "الأخ عبدالله محمد القحطاني،\n\nتحية طيبة", 1},                // Arabic: "brother Abdullah"
		{"mrn", "mtoto wako Baraka (namba ya faili MCH-2611-0932)", 1},
		{"patient-name", "3. Darnell Hughes (Tomás's client) was admitted on Saturday", 1}, // whose client, in brackets
		{"patient-name", "Call Acme Billing (our client) about the invoice", 0},
		{"patient-name", "Marisol Vega (medical assistant) is cleared to return on Monday after her appendectomy", 1}, // a role in brackets
		{"patient-name", "Sarah Lindgren's OB has recommended light duty", 1},
		{"salutation", "สวัสดีครับ คุณกิตติพงษ์ ไชยาพร\n\nคลินิกขอแจ้งนัด", 1}, // Thai: the honorific joined to the name
		{"salutation", "شيرين جان سلام،\n\nيادآوري مي‌کنم", 1},                 // Farsi: "dear Shirin, hello"
		{"salutation", "این جان کلام است", 0},
		{"patient-name", "ok to use the hydrocortisone? -Tasha (Noah Brooks mom)", 1}, // a parent signs as one
		{"patient-name", "my mom and I will be there", 0},
		{"patient-name", "02/11/2026 21:40  Mr. Marchetti (age 58) arrives at the ED", 1}, // a title after a time
		{"patient-name", "2 g Na restriction, 30 ms. QRS", 0},
		{"patient-name", "السيد/ خالد عبد الرحمن المنصوري المحترم،\nنفيدكم بالموافقة", 1}, // a title and its slash
		{"patient-name", "Referring Cascade member Eleanor Marsh, ID CH61390028", 1},      // a plan's member
		{"patient-name", "Please welcome our new team member Sarah Jones", 0},             // staff
		{"reproductive", "the 2024 op note, immunizations, and the most recent Pap/HPV", 0},
		{"reproductive", "HPV positive on the last Pap", 1},
		{"mrn", "شماره پرونده: ۴۴۷۱۲", 1},                                                        // Persian digits
		{"patient-name", "przesyłam skierowanie dla pacjenta Tomasz Nowicki, ur. 17.05.1969", 1}, // a Polish given name
		{"patient-name", "Referral: Ayşe Yılmaz, 52, for endoscopy", 1},
		{"patient-name", "Update on Nicolás Ferreira-Luz: he hasn't picked up his pills", 1},
		{"patient-name", "Update on Project Phoenix: the go-live moved", 0},
		{"patient-name", "complete the security questionnaire (SIG Lite) and upload", 0},
		{"salutation", "Gentile sig. Lorenzo Ferri,\n", 1},
		{"dob", "Julián Becerra Ruiz (nació el 3 de mayo de 1989)", 1},
		{"dob", "Waxaan ahay wiilka Xaaji Cabdullaahi Warsame (dhashay 01/01/1944).", 1}, // Somali
		{"dob", "ابنتي ليلى الحداد (مواليد 2020/04/15) زارت الدكتورة", 1},                // Arabic
		{"dob", "Mwen se manman Widlens Baptiste, li fèt 02/14/2022.", 1},                // Haitian Creole
		{"dob", "Me llamo Karla Méndez, nací el 21/06/2002.", 1},
		{"dob", "Mój syn, Kacper Wiśniewski (ur. 14.04.1998), został przyjęty", 1},
		{"patient-name", "Mój syn, Piotr Wiśniewski (ur. 14.04.1998), został przyjęty", 2}, // a relative, and before a birth date
		{"dob", "Paciente: ANTÔNIO CARLOS ALVES   Nasc.: 14/07/1949", 1},
		{"salutation", "Bonjou Mesye Jean-Baptiste,\n", 1},
		{"salutation", "Bonjou Manmzèl Roselaure Jean-Baptiste,\n", 1},
		{"salutation", "Dear Ms. Ferreira-Luz,\n", 1},            // a double-barrelled name is capitalised
		{"salutation", "Liebe Stationsleitungen,\n", 0},          // a role's holders, not one reader
		{"salutation", "Уважаемый Виктор Павлович Громов!\n", 1}, // given name, patronymic, family name
		{"salutation", "Hi Water Management Program,\n", 0},
		{"salutation", "Dear Nurses,\n", 0},
		{"salutation", "Dear Ms. FERREIRA-luz,\n", 0},
		{"salutation", "Szanowni Pacjenci,\n", 0}, // a practice's patients, all of them
		{"salutation", "Liebe Patientinnen und Patienten,\n", 0},
		{"patient-name", "PATIENT: SMITH, JOHN", 1},                                 // a name in capitals after a label
		{"patient-name", "6N-602A  HOLLOWAY, ARTHUR   Renal diet, dialysis MWF", 1}, // a worklist's, in capitals
		{"patient-name", "PARIS, FRANCE", 0},
		{"patient-name", "Cardiac (2 g Na, low fat), Renal (2 g K)", 0},                            // grams of sodium, not Mr. Na
		{"bulk-mail", "Talia Moss, Writers' Room, \"Night Shift on Ninth\" (fictional series)", 1}, // its people are characters
		{"diagnosis-term", "Your $40 registration supports type 1 diabetes research.", 0},          // a cause
		{"hiv", "Join the HIV awareness walk on Saturday.", 0},
		{"diagnosis-term", "Please let us know about any allergies to cleaning products.", 0}, // asked of whoever reads
		{"diagnosis-term", "Has he had any chest pain since Tuesday?", 1},
		{"hiv", "He has HIV and walks with us.", 1},
		{"patient-name", "a déclaré la directrice générale, Mme Sophie Lambert.", 0}, // a director quoted
		{"patient-name", "The charge nurse said Mrs. Keller fell at 3 a.m.", 1},
		{"patient-name", "A case of head lice was reported in Ms. Ortiz's 2nd grade class.", 0}, // a teacher's class
		{"patient-name", "Mr. Pham's culture came back MSSA so he\nis on cephalexin", 1},
		{"patient-name", "Nothing on this list is tied to a patient.\n\nDale Okonkwo, CBET", 0}, // a sign-off
		{"patient-name", "Patient:\nAna Rivera", 1},
		{"patient-name", "Hospice unit: Rev. Thomas Abney, Sr. Mary Clare", 0}, // Senior, not Señor
		{"patient-name", "Visita del Sr. Juan Pérez a cardiología", 1},
		{"patient-name", "Gracias, Sr. López, por su visita a cardiología", 1},                               // thanks, then Señor
		{"patient-name", "Palestrantes:\n- Profª Luciana Azevedo\n- Ms. Rafael Toledo (gestão em saúde)", 0}, // a webinar's
		{"patient-name", "Patient Name: MARIA LOPEZ", 1},
		{"patient-name", "Patient: N/A", 0},
		{"patient-name", "Patient: SEE ATTACHED", 0},
		{"patient-name", "Ako po si Liza, anak ni Ernesto Mendoza na na-admit kahapon", 1}, // Tagalog "ni": of a person
		{"patient-name", "Parokya ni San Lorenzo, libreng check-up sa Linggo", 0},          // a parish's saint
		{"patient-name", "Order from Acme Labs, 12, shipped", 0},
		{"patient-name", "Це мама Софійки Бондаренко (4 роки). Третій день температура", 1}, // an age in parentheses
		{"patient-name", "Leur fille Léa Martin (5 ans) a de la fièvre", 1},                 // "notre fille" is a relative of its own
		{"patient-name", "कल रात आपके बेटे आरव वर्मा (3 वर्ष) ने मिट्टी का तेल निगला था।", 1}, // Hindi years
		{"patient-name", "Meeting Room Seven (12 seats) is booked", 0},
		{"patient-name", "5階東病棟に入院中の田中トシ子（87歳）の長男です", 1},
		{"patient-name", "心電図（40歳以上）、血液検査", 0}, // an age limit, not a person's age
		{"patient-name", "林醫師您好：我是陳美玲的女兒。", 1}, // "I am Chen Meiling's daughter"
		{"patient-name", "本院的家屬休息室", 0},
		{"patient-name", "Patient Portal maintenance", 0},
		{"patient-name", "please be patient with us", 0},
		{"patient-name", "Re: Budget Meeting next week", 0}, // a reply's subject names no patient
		{"salutation", "Dear Maria,", 1},
		{"salutation", "Hi Beatriz and Hector,\n", 1},
		{"salutation", "Hi Sales and Marketing,\n", 0},
		{"salutation", "Hi Ana and team,\n", 1},
		{"salutation", "Szanowny Panie Grzegorzu,\n", 1},
		{"salutation", "Dear Member,", 0},
		{"salutation", "Dear Mrs. Ruth Keller,", 1}, // a titled name in a greeting is the reader's
		{"patient-name", "Dear Mrs. Ruth Keller,", 0},
		{"salutation", "Attn: Ms. Rivera, pharmacy manager", 1},
		{"patient-name", "Attn: Ms. Rivera, pharmacy manager", 0},
		{"salutation", "Attn: Receiving", 0},
		{"patient-name", "CPAP delivered to Mr. Alan Brooks", 1},
		{"patient-name", "Statement for services rendered to Thomas Greer", 1},
		{"patient-name", "for services rendered to Mercy Hospital", 0}, // an organisation, not a patient
		{"inventory", "40 vials of heparin left, please reorder", 1},
		{"inventory", "6 boxes in stock, below par level", 2},
		{"inventory", "Attached is the 2026 e-kit contents list for the long-term care units", 2}, // an emergency kit's stock
		{"inventory", "a rash on the back of the hand", 0},
		{"commerce", "Invoice 3312, payment terms net 30", 3},
		{"patient-directed", "your lab results are ready", 1},
		{"patient-directed", "sus resultados están listos", 1},
		{"patient-directed", "your order has shipped", 0},
		{"hiv", "HIV/AIDS and pre-exposure prophylaxis", 2},
		{"substance-use", "substance use disorder program", 1}, // the longest term, counted once
		{"genetic", "TIBBİ GENETİK POLİKLİNİĞİ", 1},            // Turkish capitals lose the dotless ı
		{"diagnosis-term", "ΣΑΚΧΑΡΩΔΗΣ ΔΙΑΒΗΤΗΣ", 1},           // Greek capitals: final sigma and accents fold
		{"diagnosis-term", "ο παππούς έχει διαβήτης", 1},
		{"diagnosis-term", "माँ को मधुमेह है", 1},                     // Devanagari: vowel signs are inside a word
		{"substance-use", "Poradnia Terapii Uzaleznien", 1},           // Polish typed without diacritics
		{"mental-health", "The Great Depression exhibit reopened", 0}, // not the French dépression
		{"mental-health", "تشخيص اختلال افسردگي شديد", 1},             // Farsi typed with the Arabic yeh
		{"reproductive", "new hearing aids, sustainable", 0},
		{"mental-health", "Hollis Grant (diagnosed bipolar II in 2019)", 1},
		{"procedure-term", "PA_request_CT_abd_pelvis_NGUYEN_THANH.tif", 1}, // a file name's words apart
		{"reproductive", "AKI Cr 2.4, IVF 100/h, hold lisinopril", 0},      // intravenous fluids at a rate
		{"procedure-term", "AKI Cr 2.4, IVF 100/h, hold lisinopril", 1},
		{"reproductive", "we started IVF in May, transfer next week", 1},
		{"diagnosis-term", "AKI Cr 2.4 (bl 1.1)", 1},
		{"diagnosis-term", "Aki Tanaka will cover the front desk", 0},      // a given name
		{"patient-name", "my pt Iris Whitcomb 78F new AF on ECG today", 1}, // a word that is a given name, after "pt"
		{"dob", "Kathy 4/19/61 needs PA for Ozempic 0.5 weekly", 1},        // a given name and a birth date open the line
		{"patient-name", "Kathy 4/19/61 needs PA for Ozempic 0.5 weekly", 1},
		{"dob", "Kathy 12/9 at 3 for the Ozempic rep lunch", 0},                        // no year: an appointment
		{"patient-name", "OR 3 Fri\n0730 Delgado L  L TKA  (Dr. Aune) - OSA, CPAP", 1}, // an OR list's time, surname, initial
		{"patient-name", "6/12 Video: our pharmacist explains Descovy copays", 0},      // a calendar's date is no bed
		{"diagnosis-term", "rm 104 Hadley, Ruth   sacrum stage 3, foam + offload", 1},
		{"procedure-term", "R THA 0900, L TKA 1100", 2},
		{"patient-name", "acct 7734102 Neville, Carla - EOB from Copperline denied MRI L-spine", 1}, // record order after the number
		{"patient-name", "acct 7734102 Northwind, Inc - statement for the MRI coil lease", 0},
		{"patient-name", "LDR 4 Jenkins G2P1 39w1d, 6cm, epidural in 1830", 1},
		{"procedure-term", "re BI-RADS 0 screening mammo, needs dx mammo", 3},
		{"patient-name", "4W TEAM B SIGN-OUT\n12A HADDAD 67M  STABLE\n  CHF exac, lasix 40 IV BID", 1}, // an I-PASS line
		{"patient-name", "> Yusuf, Abdirahman 67M CHF exac", 1},                                        // record order and an age
		{"patient-name", "Budget 54M for CHF exac readmission programmes", 0},
		{"patient-name", "7호실 이영희 님 (78세) 혈압 180/100, 암로디핀 5mg 투여", 1}, // a patient named with 님 and her age
		{"salutation", "7호실 이영희 님 (78세) 혈압 180/100, 암로디핀 5mg 투여", 0},
		{"patient-name", "I - watcher. Okafor, Adaeze 34F\nP - adm for APAP OD (intentional), SI w/ plan", 1}, // record order and an age
		{"mental-health", "P - adm for APAP OD (intentional), SI w/ plan, psych consult pending", 2},
		{"patient-name", "piszę w sprawie taty, Zbigniewa Wróbla, sala 412", 1}, // a relative's name set off by commas
		{"patient-name", "my dad, Ray Colton, was admitted Friday with pneumonia", 1},
		{"patient-name", "thanks to my dad, New Year, and friends", 0},
		{"substance-use", "po detoksie alkoholowym tata może iść na terapię odwykową", 2},
		{"patient-name", "适合人群：家族中有乳腺癌或卵巢癌患者的女性", 0},                                                         // a particle opens no name
		{"patient-directed", "Topic: [relapse prevention | CBT | MI | family]\nMOUD: [none | methadone]", 0}, // "MI" is no Spanish "my"
		{"patient-directed", "mi tratamiento con metadona empieza el lunes", 1},
		{"diagnosis-term", "موعد فحص العين السنوي لمرضى السكري", 1}, // the preposition ل written onto the term
		{"diagnosis-term", "وداء السكري عند والدي", 1},              // and the conjunction و
		{"patient-name", "Zoe (age 2 years 4 months) was referred for a speech-language evaluation", 1},
		{"patient-name", "Ana Ruiz (aged 54) was referred for speech therapy", 1},
		{"patient-name", "Dr. Ruiz (age 54) joins our speech therapy team", 0},
		{"patient-directed", "fragrance-free products only (list attached per your lab director)", 0},
		{"mental-health", "bipolar forceps and a bipolar hip implant", 0}, // a surgeon's instruments
		{"mental-health", "for a few months I have had panic attacks in class", 1},
		{"hiv", "pitit gason m nan, Jean Pierre, bezwen renouvle PrEP li", 1},
		{"hiv", "colonoscopy prep instructions; PREP kits on order", 0},
		{"claim-number", "Claim AM07       407-D7 Product/Service ID (NDC)", 0}, // a payer sheet's field
		{"claim-number", "Claim #: 2026-118842", 1},
		{"bulk-mail", "To unsubscribe click here", 1},
	}
	for _, c := range cases {
		if got := counts(c.in)[c.kind]; got != c.want {
			t.Errorf("%s: %q → %d, want %d (all: %v)", c.kind, c.in, got, c.want, counts(c.in))
		}
	}
}

// TestScanChunks: a text scanned in pieces of any size finds what it
// finds whole, across chunk boundaries.
func TestScanChunks(t *testing.T) {
	line := "Patient ID: 00442817, DOB: 04/12/1961, SSN 123-45-6789, metformin 500 mg, HIV viral load. জন্ম তারিখ ১২/০১/১৯৮৪\n"
	filler := strings.Repeat("the quick brown fox jumps over the lazy dog ", 40) + "\n"
	var b strings.Builder
	for b.Len() < 3*chunkSize {
		b.WriteString(filler)
		b.WriteString(line)
	}
	text := b.String()
	whole := counts(text)
	for _, piece := range []int{1, 7, 4096, chunkSize - 1, chunkSize + 13} {
		setup := defaultSetup()
		ev := newEvidence(len(setup.defs), false)
		sc := newScanner(setup.m, nil, ev, numWhereBody)
		for i := 0; i < len(text); i += piece {
			sc.Write([]byte(text[i:min(i+piece, len(text))]))
		}
		sc.Close()
		for det, c := range ev.counts {
			if id := setup.defs[det].id; c[numWhereBody] != whole[id] {
				t.Errorf("pieces of %d: %s %d, whole %d", piece, id, c[numWhereBody], whole[id])
			}
		}
	}
	if whole["ssn"] < 3 || whole["dob"] != 2*whole["ssn"] { // a Bengali date of birth too, its digits cut anywhere
		t.Errorf("whole text: %v", whole)
	}
}

func TestLuhnAndValidSSN(t *testing.T) {
	if !luhn("808401234567893") || luhn("808401234567894") {
		t.Error("luhn")
	}
	if !validSSN("078051120") || validSSN("078001120") {
		t.Error("validSSN")
	}
}

func TestHTMLText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"<p>DOB</p><p>01/02/1960</p>", "\nDOB\n\n01/02/1960\n"},
		{"<b>123</b>-45-<span class=x>6789</span>", "123-45-6789"},
		{"a<script>var mrn = 'MRN 1';</script>b<STYLE>x</style >c", "abc"},
		{"x&nbsp;&amp;&lt;y &copy 1", "x\u00a0&<y © 1"},
		{"unclosed <tag", "unclosed "},
		{"<table><tr><th>MRN</th><th>DOB</th></tr><tr><td>1</td><td>2</td></tr></table>", "\n\n\tMRN\tDOB\n\n\t1\t2\n\n"},
	}
	for _, c := range cases {
		for _, piece := range []int{1, 3, 1000} {
			var out strings.Builder
			h := &htmlText{out: &out}
			for i := 0; i < len(c.in); i += piece {
				h.Write([]byte(c.in[i:min(i+piece, len(c.in))]))
			}
			h.Close()
			if out.String() != c.want {
				t.Errorf("htmlText(%q) in pieces of %d = %q, want %q", c.in, piece, out.String(), c.want)
			}
		}
	}
}

// TestHTMLTables: each table's text goes to onTable, a row a line, cells
// separated by tabs.
func TestHTMLTables(t *testing.T) {
	var tables []string
	h := &htmlText{out: &strings.Builder{}, onTable: func(b []byte) { tables = append(tables, string(b)) }}
	h.Write([]byte("<table><tr><th>MRN</th><th>Date of birth</th></tr><tr><td>00123</td><td>04/12/1961<br>x</td></tr></table>"))
	h.Close()
	if len(tables) != 1 || tables[0] != "MRN\tDate of birth\n00123\t04/12/1961 x" {
		t.Errorf("tables = %q", tables)
	}
}

// TestLetterRun: the eight-byte letter count agrees with reading byte by
// byte, at the edges of the letter ranges and past ASCII.
func TestLetterRun(t *testing.T) {
	edges := []byte{0, ' ', '0', '9', '@', 'A', 'M', 'Z', '[', '`', 'a', 'm', 'z', '{', 0x7f, 0x80, 0xc3, 0xda, 0xdb, 0xfa, 0xfb, 0xff}
	r := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		var w [8]byte
		for k := range w {
			w[k] = edges[r.IntN(len(edges))]
		}
		want := 0
		for want < 8 && ('a' <= w[want] && w[want] <= 'z' || 'A' <= w[want] && w[want] <= 'Z') {
			want++
		}
		if got := letterRun(binary.LittleEndian.Uint64(w[:])); got != want {
			t.Fatalf("letterRun(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestTokenizeFastPath: a text's words are the same whether sixteen
// bytes can be read from each (the fast path) or the buffer ends first;
// only the fast path marks quiet words (TestQuietPath checks those).
func TestTokenizeFastPath(t *testing.T) {
	texts := []string{"Dear Jordan, we are pleased", "x-ray d.o.b l'IRM café naïve Parkinson's", "a b c dd eee ffff ggggg hhhhhh iiiiiii",
		"E11.9 mg/dL 12abc abc12 日本語 Müller-Lüdenscheidt", "end.", "cholecystectomy appendectomy otitis anemia nephritis xemia",
		"registration. Facilities, quarterly- over/ end' 555-201-0134. hospitalization.",
		"abc.- x-é -5 .net 123456789012345 1234567890123456 abcdefghijklmn-o pmorgan@example.org 4.2.1"}
	for _, text := range texts {
		for cut := 1; cut <= len(text); cut++ {
			b := []byte(text[:cut])
			short := tokenize(b, nil)
			long := tokenize(append(b, "                "...), nil)
			for _, toks := range [][]span{short, long} {
				for k := range toks {
					toks[k].quiet = false // a short cut the fast path alone takes
				}
			}
			if !slices.Equal(short, long) {
				t.Errorf("%q: %v at the buffer's end, %v before padding", b, short, long)
			}
		}
	}
}

// TestTermSetFilter: the hash filter in front of the word sets lets every
// word of a set through, however it is capitalised, and a word of no set
// is still not in one.
func TestTermSetFilter(t *testing.T) {
	setup := defaultSetup()
	for _, set := range []termSet{notNames, monthNames, credentials, providerTitles, anyKin, orgNouns} {
		var text []byte
		var want []string
		for w := range set.words {
			if strings.ContainsAny(w, " -/.'") {
				continue // one word of the tokenizer's only
			}
			r, size := utf8.DecodeRuneInString(w)
			text = append(text, string(unicode.ToUpper(r))+w[size:]+" "...)
			want = append(want, w)
		}
		text = append(text, "Zyxwvut qqqq"...)
		sc := newScanner(setup.m, nil, newEvidence(len(setup.defs), false), numWhereBody)
		sc.buf = text
		sc.toks = tokenize(text, nil)
		if len(sc.toks) != len(want)+2 {
			t.Fatalf("%d words tokenized, %d written", len(sc.toks), len(want)+2)
		}
		for k, w := range want {
			if !sc.in(set, k) {
				t.Errorf("%q: not found in its set", w)
			}
		}
		if sc.in(set, len(want)) || sc.in(set, len(want)+1) {
			t.Error("a word of no set found in one")
		}
	}
}

// TestBrazilianICD: Brazil writes ICD-10 as CID, and a medical
// certificate gives the code alone: "CID J11".
func TestBrazilianICD(t *testing.T) {
	if got := counts("necessitando de 3 dias de afastamento. CID J11 - gripe.")["icd10"]; got != 1 {
		t.Errorf("CID J11: %d ICD-10 codes, want 1", got)
	}
}

// TestProcedureCategories: a CPT or HCPCS code of a restricted service
// says its category, as an ICD-10 chapter does; other codes say none.
func TestProcedureCategories(t *testing.T) {
	for code, want := range map[string]int{"90837": dMental, "H0015": dSubstance, "J0574": dSubstance, "J2315": dSubstance,
		"87536": dHIV, "81162": dGenetic, "96040": dGenetic, "11981": dReproductive, "J7307": dReproductive, "58300": dReproductive,
		"59840": dReproductive, "89258": dReproductive, "S0199": dReproductive,
		"99213": -1, "73721": -1, "J1100": -1, "H0100": -1, "G0008": -1, "1198": -1} {
		if got := procedureRestricted([]byte(code)); got != want {
			t.Errorf("%s: %d, want %d", code, got, want)
		}
	}
	if got := counts("CPT 11981 and HCPCS J7307 on 06/11 for the member.")["reproductive"]; got != 2 {
		t.Errorf("an implant's codes: %d reproductive findings, want 2", got)
	}
}

// TestSharedTests: a genotype or a NAAT is a lab test; the virus's or
// the TB's says no restricted category, the STI's does.
func TestSharedTests(t *testing.T) {
	for in, want := range map[string][2]bool{ // genetic, reproductive
		"HCV RNA 2.1 million IU/mL, genotype 1a.": {false, false},
		"Sputum MTB NAAT positive, smear 2+.":     {false, false},
		"C. trachomatis NAAT: POSITIVE":           {false, true},
		"CYP2C19 genotype: poor metabolizer.":     {true, false},
	} {
		c := counts(in)
		if c["genetic"] > 0 != want[0] || c["reproductive"] > 0 != want[1] {
			t.Errorf("%q: %v, want genetic %v, reproductive %v", in, c, want[0], want[1])
		}
	}
}

// TestCasedTerms: an abbreviation is a term only in the case clinicians
// write it.
func TestCasedTerms(t *testing.T) {
	for in, want := range map[string][2]string{
		"ECT session 4 on Thursday":   {"mental-health", "1"},
		"bring pens, pads, ect.":      {"mental-health", "0"},
		"GBS positive at 36 weeks":    {"diagnosis-term", "1"},
		"her POC urine hCG came back": {"lab-term", "1"},
		"HCG 312 mIU/mL on 08/14":     {"lab-term", "1"},
		"Starting PrEP next week":     {"hiv", "1"},
		"meal prep for the week":      {"hiv", "0"},
	} {
		if got := counts(in)[want[0]]; fmt.Sprint(got) != want[1] && !(want[1] == "1" && got > 0) {
			t.Errorf("%q: %d %s, want %s", in, got, want[0], want[1])
		}
	}
	folded := map[string]string{} // an entry holds one cased form: two forms of one word would race for it
	for form := range casedTerms {
		f := string(fold(nil, []byte(form)))
		if other, ok := folded[f]; ok {
			t.Errorf("casedTerms: %q and %q fold alike", form, other)
		}
		folded[f] = form
	}
}

// TestKeyedReach: keyed's short cut gives up past keyedReach words, so no
// key it reads may reach further.
func TestKeyedReach(t *testing.T) {
	for k := key(0); k < keys; k++ {
		if keyedKeys&(1<<k) != 0 && reach[k] > keyedReach {
			t.Errorf("key %d reaches %d words, past keyedReach %d", k, reach[k], keyedReach)
		}
	}
}

// TestWordHash: the tokenizer's hash of a word as written is the hash of
// its folded form, the one the word lists are filed under, whatever its
// length and wherever it lies in the buffer.
func TestWordHash(t *testing.T) {
	text := []byte("A x-Ray MG/DL d.o.b Parkinson's HEMOGLOBIN hemoglobin-a1c E11.9 Electroencephalography 1234567 12345678")
	for _, sp := range tokenize(text, nil) {
		w := text[sp.start:sp.end]
		folded := fold(nil, w)
		h := wordHash(folded)
		if !sp.hashed {
			t.Errorf("%q not hashed", w)
			continue
		}
		if sp.hash != h || hashString(string(folded)) != h {
			t.Errorf("%q: tokenizer hash %x, folded %q hash %x", w, sp.hash, folded, h)
		}
		end := text[len(text)-len(w):]
		if string(end) == string(w) && wordHashAt(text, len(text)-len(w), len(text)) != h {
			t.Errorf("%q at the end of the buffer: hash differs", w)
		}
	}
	if wordHash([]byte("results")) == wordHash([]byte("result")) {
		t.Error("a word and its prefix hash the same")
	}
}

// TestPastedSegment: an HL7 v2 PID segment pasted into a text names a
// patient; a control material's, an empty one, or "PID" in prose do not.
func TestPastedSegment(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"Here's the S14:\n\nMSH|^~\\&|CARDSCHED|LRH\nPID|1||LRH-1184620^^^LRH^MR||BJORNSTAD^HALVARD^P||19470630|M\nPV1|1|O", 1},
		{"PID|1||QC-A1C-L2^^^CVL^QC||QC^HBA1C LEVEL 2 CONTROL\n", 0},
		{"Example:\n  PID|1||<MRN>^^^<FACILITY>^MR||<LAST>^<FIRST>^^^^^L||<YYYYMMDD>|<SEX>\n", 0},                                   // a specification's placeholders
		{"MSH|^~\\&|CARDSCHED|LRH|||20261201||ADT^A04|88|T|2.5\nPID|1||LRH-1184620^^^LRH^MR||BJORNSTAD^HALVARD^P||19470630|M\n", 0}, // test data by its header
		{"MSH|^~\\&|CARDSCHED|LRH|||20261201||ADT^A04|88|P|2.5\nPID|1||LRH-1184620^^^LRH^MR||BJORNSTAD^HALVARD^P||19470630|M\n", 1},
		{"PID|1||||||\n", 0},
		{"Your messages send\n\n  PID|1||TST000123^^^^MR||...\n", 0}, // a fragment in a spec
		{"The PID|controller loop is tuned.", 0},
		{"Set the PID gain to 4.", 0},
	}
	for _, c := range cases {
		if got := counts(c.in)["hl7v2"]; got != c.want {
			t.Errorf("%q: %d, want %d", c.in, got, c.want)
		}
	}
}

// TestPastedX12: X12 segments pasted into a text, as billers paste a
// clearinghouse log, name the subscriber or patient, their birth date
// and, by their qualifiers, diagnosis and procedure codes; a test
// interchange's people are made up, and a provider or a payer is no one.
func TestPastedX12(t *testing.T) {
	const isa = "ISA*00*          *00*          *ZZ*NEWDAWN01      *ZZ*GLCP           *261202*0915*^*00501*000000301*0*%s*:~\n"
	cases := []struct {
		in   string
		kind string
		want int
	}{
		{fmt.Sprintf(isa, "P") + "NM1*IL*1*ECHOLS*DARNELL*R***MI*GLC5590012871~\nDMG*D8*19910804*M~\n", "x12", 1},
		{fmt.Sprintf(isa, "P") + "NM1*IL*1*ECHOLS*DARNELL*R***MI*GLC5590012871~\nDMG*D8*19910804*M~\n", "dob", 1},
		{fmt.Sprintf(isa, "T") + "NM1*IL*1*TESTPATIENT*ONE****MI*TEST00000001~\nDMG*D8*19800101*F~\n", "x12", 0},
		{"HL*2*1*21*1~NM1*1P*2*NEW DAWN RECOVERY CAMPUS*****XX*2312650833~NM1*82*1*DOCTOR*ANA~", "x12", 0},
		{"NM1*QC*1*ADEYEMI*OBINNA~", "x12", 1}, // one line of segments
		{"HI*ABK:F1120*ABF:F1510~", "substance-use", 2},
		{"HI*ABK:N970~", "reproductive", 1},
		{"SV1*HC:99214*150*UN*1***1~", "cpt", 1},
		{"Ask NM1 about it.", "x12", 0},
	}
	for _, c := range cases {
		if got := counts(c.in)[c.kind]; got != c.want {
			t.Errorf("%q: %s %d, want %d (all: %v)", c.in, c.kind, got, c.want, counts(c.in))
		}
	}
}

// TestElision: a French or Italian term after an elided article is the
// term; an English possessive or a name with an apostrophe is untouched.
func TestElision(t *testing.T) {
	cases := []struct {
		in, kind string
		want     int
	}{
		{"Résultats de l'échocardiographie du 12 mars", "procedure-term", 1},
		{"Résultats de l’échocardiographie du 12 mars", "procedure-term", 1},
		{"un traitement d'hypertension artérielle", "diagnosis-term", 1},
		{"O'Brien had a flu shot", "diagnosis-term", 0},
	}
	for _, c := range cases {
		if got := counts(c.in)[c.kind]; got != c.want {
			t.Errorf("%q: %d %s, want %d (all: %v)", c.in, got, c.kind, c.want, counts(c.in))
		}
	}
	toks := tokenize([]byte("don't l'IRM dell'ecografia"), nil)
	var words []string
	for _, sp := range toks {
		words = append(words, "don't l'IRM dell'ecografia"[sp.start:sp.end])
	}
	if strings.Join(words, " ") != "don't IRM ecografia" {
		t.Errorf("tokens %q", words)
	}
}

// TestJoinedTerms: terms joined by a slash or a hyphen are each found; a
// unit, a date or a double-barrelled name is not split into anything.
func TestJoinedTerms(t *testing.T) {
	cases := []struct {
		in, kind string
		want     int
	}{
		{"he ran out of his dolutegravir/lamivudine in September", "hiv", 2}, // two drugs
		{"ordered a CT/MRI of the spine", "procedure-term", 1},
		{"glucose 180 mg/dL on 03/04/2025", "hiv", 0},
		{"Methadon-Lösung 1 % – 70 mg täglich", "substance-use", 1}, // a German compound
		{"HIV-Schnelltest positiv", "hiv", 1},
		{"Denise Alvarez-Sutton's leave", "patient-name", 0},
	}
	for _, c := range cases {
		if got := counts(c.in)[c.kind]; got != c.want {
			t.Errorf("%q: %d %s, want %d (all: %v)", c.in, got, c.kind, c.want, counts(c.in))
		}
	}
}

// TestMonthDate: a date with its month's abbreviation between dashes, as
// research forms and lab systems print one, is a date; a code of the same
// shape is not.
func TestMonthDate(t *testing.T) {
	for w, want := range map[string]int{"17-FEB-1951": 1951, "3-Nov-26": 26, "31-dec-2025": 2025} {
		if y, ok := monthDate([]byte(w)); !ok || y != want {
			t.Errorf("monthDate(%q) = %d, %v; want %d", w, y, ok, want)
		}
	}
	for _, w := range []string{"17-FOO-1951", "32-JAN-1990", "17-FEBR-1951", "AB-FEB-1951", "17-JAN-195"} {
		if _, ok := monthDate([]byte(w)); ok {
			t.Errorf("monthDate(%q) accepted", w)
		}
	}
	if got := counts("Subject ID: 104-037\nDate of birth:   17-FEB-1951     Sex: F\nCommunity-acquired pneumonia")["dob"]; got != 1 {
		t.Errorf("a research form's birth date: %d", got)
	}
}

// TestWeekdayDate: a weekday before a month and a day is a date, a
// visit's after its keyword; a meeting's is no evidence.
func TestWeekdayDate(t *testing.T) {
	for in, want := range map[string]int{
		"Reminder: appointment Thu 3/12 at 10:40 AM with Dermatology.": 1,
		"Team meeting Thu 3/12 at 2pm in the boardroom.":               0,
		"appointment on Thu 13/45, or not":                             0,
	} {
		if got := counts(in)["service-date"]; got != want {
			t.Errorf("%q: %d service dates, want %d", in, got, want)
		}
	}
}

// TestQuietPath: the short cut for quiet words changes no decision. It
// scans every labelled set the scorer is tuned on with it and without
// it, and messages in the fuzz seeds' shapes.
func TestQuietPath(t *testing.T) {
	var files []string
	for _, pattern := range []string{"corpus/*/*.eml", "holdout/*/*.eml", "fresh/*/*.eml", "wide*/*/*.eml", "*.eml"} {
		f, _ := filepath.Glob(filepath.Join("testdata", pattern))
		files = append(files, f...)
	}
	if len(files) < 4000 {
		t.Fatalf("%d messages", len(files))
	}
	p := Default()
	defer func() { quietPath = true }()
	for _, f := range files {
		msg, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		quietPath = true
		fast := p.Inspect(msg, Envelope{})
		quietPath = false
		slow := p.Inspect(msg, Envelope{})
		if !reflect.DeepEqual(fast, slow) {
			t.Errorf("%s: %v with the short cut, %v without", f, fast, slow)
		}
	}
}
