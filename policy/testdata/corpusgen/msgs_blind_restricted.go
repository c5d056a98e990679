package main

import (
	"fmt"
	"strings"
)

func blindRestricted() {
	badd(Res, "ics-lithium-med-management",
		"psychiatry medication-management appointment for a named patient with bipolar disorder and a lithium level, in an .ics", &Msg{
			From:    "Cedar Hill Psychiatry <frontdesk@cedarhill-psych.example.org>",
			To:      "Marcus Oyelowo <m.oyelowo@mail.example.net>",
			Subject: "Appointment confirmed: Tue 2/18 3:00 PM with Dr. Ingrid Solberg",
			Root: mixed(
				text(`Hi Marcus,

Your medication management visit with Dr. Solberg is confirmed for
Tuesday 2/18 at 3:00 PM. Please get your lithium level drawn at least
5 days before (12 hours after your evening dose). The lab order is on
file at any Sunport Lab location.

The calendar entry is attached.

Cedar Hill Psychiatry | 555-0179
`),
				attachText("text/calendar; method=PUBLISH", "appointment.ics", string(ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cedar Hill Psychiatry//Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:chp-88120-20250218@cedarhill-psych.example.org
DTSTAMP:20250203T160000Z
DTSTART:20250218T200000Z
DTEND:20250218T203000Z
SUMMARY:Med management - Dr. Solberg (bipolar I\, lithium 900 mg)
LOCATION:Cedar Hill Psychiatry\, Suite 410
DESCRIPTION:Patient Marcus Oyelowo. Lithium level due 5 days before visit. Last level 0.7 mEq/L.
END:VEVENT
END:VCALENDAR
`)), "7bit"),
			),
		})

	braw(Res, "spanish-hiv-viral-load",
		"Spanish message to a named patient with their HIV viral load and CD4 result on antiretroviral therapy", `
From: Clínica Esperanza - Programa de VIH <programa@clinicaesperanza.example.org>
To: Rafael Montoya <rmontoya@correo.example.net>
Subject: Sus resultados de laboratorio del 3 de junio

Hola Rafael,

Le escribe la enfermera Lucía Paredes. La Dra. Ibáñez revisó sus
análisis del 3 de junio:

  Carga viral: no detectable (<20 copias/mL)
  CD4: 612 células/mm³

¡Excelentes noticias! Significa que su tratamiento antirretroviral
(Biktarvy, una tableta al día) está funcionando. Siga tomándolo todos
los días a la misma hora. Con la carga viral indetectable, el virus no
se transmite por vía sexual.

Su próxima cita es el 2 de septiembre. Si necesita un resurtido antes,
llame al 555-0186.

Un saludo,
Lucía Paredes, RN
`)

	braw(Res, "subject-only-prep-refill",
		"pharmacy notice addressed to the patient; that it is a PrEP refill appears only in the Subject", `
From: Eastgate Pharmacy <notify@eastgate-rx.example.com>
To: "K. Tran" <ktran.88@mail.example.net>
Subject: Your PrEP refill (emtricitabine/tenofovir 200/300) is ready - pick up by 3/14

Ready at Eastgate Pharmacy, 14th St. Text STOP to opt out.
`)

	sub := `RIVERBEND RECOVERY SERVICES
Office-Based Opioid Treatment Program
CONFIDENTIAL - 42 CFR Part 2 protected record

Patient:  Colleen A. Brennan       DOB: 10/07/1990
Chart:    RRS-004417
Diagnosis: Opioid use disorder, severe, in early remission (F11.21)

Extended-release buprenorphine injection (Sublocade) schedule

Injection   Date         Dose     Site             Given by
1           03/04/2025   300 mg   abdomen, RLQ     P. Nguyen, RN
2           04/01/2025   300 mg   abdomen, LLQ     P. Nguyen, RN
3           04/29/2025   100 mg   abdomen, RUQ     D. Ruiz, RN
4           05/27/2025   100 mg   (scheduled)

Urine drug screen 04/29: positive for buprenorphine only.
Counseling: weekly group (Tuesdays), monthly individual.
Next visit with Dr. Aldana: 05/27/2025 at 9:00 AM.

This information has been disclosed to you from records protected by
federal confidentiality rules (42 CFR part 2). Further disclosure is
prohibited unless expressly permitted by the written consent of the
person to whom it pertains or as otherwise permitted by 42 CFR part 2.
`
	badd(Res, "pdf-flate-sublocade-schedule",
		"Flate PDF injection schedule for a named patient's extended-release buprenorphine treatment of opioid use disorder", &Msg{
			From:    "Riverbend Recovery Services <records@riverbend-recovery.example.org>",
			To:      "Dr. Rachel Quon <rquon@lindenpark-fm.example.org>",
			Subject: "Records request fulfilled - consent on file",
			Root: mixed(
				text("Dr. Quon,\n\nPer the signed consent you sent on 5/2, attached is the requested record.\nPlease keep it separate from the general chart.\n\nRiverbend Recovery Services, Medical Records\n"),
				attach("application/pdf", "RRS-004417_record.pdf", pdfDoc("Treatment record", pdfLines(sub), true)),
			),
		})

	braw(Res, "iop-attendance-probation",
		"counselor reports a named client's intensive outpatient program attendance and drug screens to a probation officer", `
From: "Terrence Ngata, LADC" <tngata@newdawn-tx.example.org>
To: Officer Danielle Reyes <dreyes@county-probation.example.gov.test>
Subject: Monthly progress - Kyle Pettersen (consent dated 1/6/2025)

Officer Reyes,

Per Mr. Pettersen's signed release (on file, expires 1/6/2026), here is
his February update from the New Dawn intensive outpatient program:

- Attendance: 11 of 12 group sessions (missed 2/19, excused - illness
  with a doctor's note)
- Individual counseling: 4 of 4
- Urine drug screens: 4 collected, all negative for alcohol (EtG),
  fentanyl, opiates, amphetamines and cocaine
- Step-down to standard outpatient planned for mid-March if progress
  continues

He is engaged and has started attending community support meetings
on his own.

Terrence Ngata, LADC
Counselor, New Dawn Treatment Center | 555-0131

Disclosed under 42 CFR Part 2 with written consent; redisclosure is
prohibited.
`)

	brca := `NORTHVALE HEALTH - CANCER GENETICS PROGRAM
Results letter

August 28, 2025

Ms. Ingrid Thorne
28 Ashgrove Terrace
Lakewood, OH 44107

Date of birth: 02/16/1983
Test: 47-gene hereditary cancer panel (saliva), collected 08/05/2025

Dear Ms. Thorne,

Thank you for meeting with me on August 5. Your genetic test found a
pathogenic variant in the BRCA2 gene:

  BRCA2 c.5946delT (p.Ser1982Argfs*22), heterozygous

This means you have an increased lifetime risk of breast cancer and
ovarian cancer, and a smaller increase in the risk of pancreatic
cancer and melanoma. No other variants were found in the other 46 genes.

Recommended next steps, which we will discuss at your follow-up
appointment on September 9:
  - Breast MRI alternating with mammogram every 6 months
  - Referral to gynecologic oncology to discuss risk-reducing surgery
  - Your sisters and your children (when adults) may wish to be tested
    for this same variant; I have enclosed a family letter.

Please call me with any questions at 216-555-0190, ext. 2.

Sincerely,
Alyssa Brandvold, MS, CGC
Licensed Genetic Counselor
`
	badd(Res, "pdf-brca2-counsel-letter",
		"plain PDF genetic counselling letter telling a named patient of a pathogenic BRCA2 variant", &Msg{
			From:    "Cancer Genetics Program <genetics@northvale-health.example.org>",
			To:      "Ingrid Thorne <ingrid.thorne@mail.example.net>",
			Subject: "Letter from your genetic counselor",
			Root: mixed(
				text("Dear Ms. Thorne,\n\nAs promised, the letter we discussed is attached, along with the family letter.\n\nAlyssa Brandvold, MS, CGC\n"),
				attach("application/pdf", "letter_2025-08-28.pdf", pdfDoc("Results letter", pdfLines(brca), false)),
			),
		})

	badd(Res, "fhir-cf-carrier-screening",
		"FHIR genetic carrier-screening Observation for a named patient in a fertility workup (CFTR carrier)", &Msg{
			From:    "Helix Reference Genomics <results-api@helixref.example.com>",
			To:      "Bloom Fertility Center <results@bloomfertility.example.org>",
			Subject: "Result available: expanded carrier screen HRG-25-119034",
			Root: mixed(
				text("Result HRG-25-119034 is final. The FHIR resource is attached. Partner testing is recommended.\n"),
				attachText("application/fhir+json", "HRG-25-119034.json", `{
  "resourceType": "Observation",
  "id": "hrg-25-119034",
  "status": "final",
  "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
  "code": {"coding": [{"system": "http://loinc.org", "code": "81247-9", "display": "Master HL7 genetic variant reporting panel"}],
           "text": "Expanded carrier screening, 274 genes"},
  "subject": {"display": "Aaliyah Okonkwo", "identifier": {"value": "BFC-30918"}},
  "effectiveDateTime": "2025-04-09",
  "contained": [{"resourceType": "Patient", "id": "p1", "birthDate": "1991-12-21", "name": [{"family": "Okonkwo", "given": ["Aaliyah"]}]}],
  "interpretation": [{"text": "Carrier"}],
  "component": [
    {"code": {"text": "Gene studied"}, "valueCodeableConcept": {"text": "CFTR"}},
    {"code": {"text": "DNA change (c.HGVS)"}, "valueCodeableConcept": {"text": "c.1521_1523delCTT (p.Phe508del)"}},
    {"code": {"text": "Allelic state"}, "valueCodeableConcept": {"text": "heterozygous"}},
    {"code": {"text": "Associated condition"}, "valueCodeableConcept": {"text": "Cystic fibrosis (autosomal recessive)"}}
  ],
  "note": [{"text": "Carrier of cystic fibrosis. Reproductive partner testing recommended before embryo transfer."}]
}
`, "base64"),
			),
		})

	badd(Res, "korean-huntington-predictive",
		"Korean message to a named person about their predictive Huntington disease genetic testing and counselling", &Msg{
			From:    "한빛병원 유전상담클리닉 <genetics@hanbit-hospital.example.org>",
			To:      "이민호 <minho.lee@mail.example.net>",
			Subject: "이민호 님, 헌팅턴병 예측 유전자 검사 상담 일정",
			Root: textAs("text/plain", `이민호 님께,

지난주 전화로 말씀하신 헌팅턴병 예측 유전자 검사(HTT 유전자 CAG 반복 검사)와
관련하여 유전상담 일정을 안내드립니다.

  1차 상담: 2025년 4월 3일(목) 오후 4시, 유전상담사 정유진
  2차 상담(심리 평가 포함): 4월 17일(목) 오후 4시

아버님께서 헌팅턴병 진단을 받으셨기 때문에, 검사 전에 결과가 가져올
영향에 대해 충분히 상담하시는 것이 중요합니다. 결과는 반드시 대면으로만
알려드리며, 보호자 한 분과 함께 오시기를 권합니다.

유전상담클리닉 213-555-0139
`, "utf-8", "quoted-printable"),
		})

	braw(Res, "abortion-followup-portal",
		"portal message to the patient about their follow-up after a medication abortion", `
From: Willamette Women's Clinic <portal@willamette-wc.example.org>
To: jmarsh.pdx@mail.example.net
Subject: Message from your care team

Hi Jordan,

This is Nurse Ana checking in after your visit on Monday. You took the
mifepristone in clinic and the misoprostol at home on Tuesday, so your
follow-up pregnancy test should be done 4 weeks after that, around
March 25. We mailed you the low-sensitivity urine test.

Heavy bleeding (soaking 2 pads an hour for 2 hours), fever over 100.4
that lasts more than a day, or severe pain: call our 24-hour line at
555-0102 right away.

If you would like to talk about birth control, we can do that by video
or at your next visit, whatever you prefer.

Take care,
Ana Villanueva, RN
`)

	badd(Res, "html-table-ivf-stim-calendar",
		"HTML table of a named patient's IVF stimulation medication doses and egg retrieval date", &Msg{
			From:    "Bloom Fertility Center - Nursing <ivf-nurses@bloomfertility.example.org>",
			To:      "Mei Castellanos <mei.castellanos@mail.example.net>",
			Subject: "Your stimulation calendar (cycle 2)",
			Root: alt(
				text("Hi Mei, your stim calendar is below (HTML). Call the nurse line with any questions: 555-0157.\n"),
				html(`<html><body>
<p>Hi Mei,</p>
<p>Here is your calendar for IVF cycle 2 (egg retrieval with ICSI). Inject in the evening between 7 and 9&nbsp;PM.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#fde"><th>Day</th><th>Date</th><th>Gonal-f</th><th>Menopur</th><th>Cetrotide</th><th>Monitoring</th></tr>
<tr><td>1</td><td>Mon 6/2</td><td>225 IU</td><td>75 IU</td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><td>3</td><td>Wed 6/4</td><td>225 IU</td><td>75 IU</td><td>&ndash;</td><td>E2 + ultrasound 7:30 AM</td></tr>
<tr><td>5</td><td>Fri 6/6</td><td>187.5 IU</td><td>75 IU</td><td>0.25 mg (AM)</td><td>E2 + ultrasound</td></tr>
<tr><td>7</td><td>Sun 6/8</td><td>187.5 IU</td><td>75 IU</td><td>0.25 mg</td><td>E2 + ultrasound</td></tr>
<tr><td>9</td><td>Tue 6/10</td><td colspan="3">Trigger: Ovidrel 250 mcg at exactly 9:30 PM</td><td>&ndash;</td></tr>
<tr><td>11</td><td>Thu 6/12</td><td colspan="3">Egg retrieval, arrive 7:45 AM, nothing to eat after midnight</td><td>Partner sample same morning</td></tr>
</table>
<p>&ndash; Bloom Fertility nursing team</p>
</body></html>`),
			),
		})

	braw(Res, "sti-chlamydia-short",
		"short message to the patient: positive chlamydia result and treatment", `
From: Campus Health Services <nurse-line@healthsvc.riverstate.example.edu.test>
To: dpatel27@students.riverstate.example.edu.test
Subject: Re: test results?

Hi Dev - your chlamydia test came back positive (gonorrhea negative).
It's easy to treat: doxycycline 100 mg twice a day for 7 days, the Rx
is at the campus pharmacy. No sex until 7 days after you finish, and
your partner(s) should be treated too; we can give you expedited partner
therapy. Retest in 3 months. - Nurse Carla
`)

	braw(Res, "tagalog-iud-counselling",
		"Tagalog message to a named patient about contraception counselling and an IUD insertion appointment", `
From: Bayanihan Family Health Center <appointments@bayanihan-fhc.example.org>
To: Maricel Santos <maricel.santos@mail.example.net>
Subject: Appointment mo para sa IUD - Huwebes, 8/21

Magandang araw, Maricel!

Salamat sa pakikipag-usap kay Nurse Joy tungkol sa mga paraan ng
family planning. Gaya ng napag-usapan ninyo, ang napili mo ay ang
hormonal IUD (levonorgestrel, 5 taon).

Ang appointment mo para sa IUD insertion kay Dr. Reyes:
  Huwebes, Agosto 21, 2025, 2:00 PM

Bago ang appointment:
- Uminom ng ibuprofen 600 mg isang oras bago dumating.
- Kumain nang maayos bago pumunta.
- Kung may posibilidad na buntis ka, sabihin sa amin; gagawa kami ng
  pregnancy test bago ang procedure.

Para magpalit ng schedule, tumawag sa 555-0114.

Bayanihan Family Health Center
`)

	badd(Res, "ccda-eating-disorder-admission",
		"C-CDA XML admission summary for a named adolescent at an eating disorder residential program", &Msg{
			From:    "Lantern House Admissions <admissions@lanternhouse-ed.example.org>",
			To:      "Dr. Paul Achebe <pachebe@fairbanks-peds.example.org>",
			Subject: "Admission summary for your patient (C-CDA)",
			Root: mixed(
				text("Dr. Achebe,\n\nThank you for the referral. Your patient was admitted today; the admission\nsummary is attached. Parents' release of information is on file.\n\nLantern House Admissions\n"),
				attachText("text/xml", "admission_summary.xml", `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge summary"/>
  <title>Residential Admission Summary</title>
  <effectiveTime value="20250916"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.5521" extension="LH-2025-0412"/>
    <patient>
      <name><given>Sadie</given><family>Kowalczyk</family></name>
      <administrativeGenderCode code="F"/>
      <birthTime value="20090311"/>
    </patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Diagnoses</title>
      <text><list>
        <item>Anorexia nervosa, restricting type, severe (F50.01)</item>
        <item>Generalized anxiety disorder (F41.1)</item>
        <item>Sinus bradycardia, HR 44 (R00.1)</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Admission Assessment</title>
      <text>16-year-old admitted for residential eating disorder treatment. BMI 15.1 (78% of median BMI). Orthostatic on arrival. Supervised meals, 2400 kcal meal plan, family-based therapy twice weekly, individual CBT-E. Monitoring for refeeding syndrome: phosphorus daily for 7 days.</text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list><item>multivitamin daily</item><item>sertraline 50 mg daily (started by outpatient psychiatry)</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
`, "quoted-printable"),
			),
		})

	var pt strings.Builder
	pt.WriteString(`
From: Dr. Oren Whitfield <owhitfield@fortcrest-vaclinic.example.org>
To: Dr. Samira Haddad <shaddad@fortcrest-vaclinic.example.org>
Subject: Handoff while I'm on leave - Mr. Delacroix (CPT sessions 1-8)

Samira,

Thank you for covering my caseload while I'm away. Mr. Delacroix is the
one I'm most concerned about staying engaged, so I've written up more
than usual. He knows you'll be seeing him and agreed to the handoff.

Client: Anthony R. Delacroix   DOB 06/02/1986   Chart BH-66120
Dx: Posttraumatic stress disorder, chronic (F43.12); alcohol use, mild,
in early remission
Treatment: Cognitive Processing Therapy (CPT), individual, weekly, 12
sessions planned; prazosin 2 mg at bedtime (Dr. Lindqvist, psychiatry)

Index trauma: IED blast during a 2011 deployment in which his friend
and driver was killed. He has held himself responsible ("I told him to
take that road").

`)
	sessions := []struct{ n, date, pcl, note string }{
		{"1", "07/08", "61", "Psychoeducation on PTSD and CPT. Impact statement assigned. Avoided eye contact when the blast was mentioned. Sleep 3-4 hours/night, nightmares 5x/week."},
		{"2", "07/15", "59", "Read his impact statement aloud. Main stuck points: 'It was my fault Ruiz died', 'If I let my guard down someone gets hurt', 'I can't trust anyone outside the unit'. Introduced ABC worksheets."},
		{"3", "07/22", "58", "ABC worksheets done for 4 of 7 days. Connecting the natural emotion (grief) versus manufactured emotion (guilt). Tearful for the first time in session."},
		{"4", "07/29", "55", "Processing the index event. Wrote trauma account; read it aloud with SUDS peaking at 90, down to 60 by session end. Denies suicidal ideation; safety plan reviewed and updated."},
		{"5", "08/05", "50", "Second reading of the trauma account, SUDS 70 max. Challenging questions worksheet on the 'my fault' stuck point: he acknowledged the route was assigned by command. Nightmares down to 3x/week since prazosin."},
		{"6", "08/12", "47", "Patterns of problematic thinking. Missed one day of homework because of a work shift. Reports a tense argument with his partner; used a time-out instead of leaving the house."},
		{"7", "08/19", "44", "Safety module. Hypervigilance in grocery stores; planned a graded exposure (store at a quiet hour, then a busier one)."},
		{"8", "08/26", "41", "Trust module. Went to the store at 6 PM and stayed 20 minutes. Sober for 94 days, attending a veterans' peer group on Thursdays."},
	}
	for _, s := range sessions {
		fmt.Fprintf(&pt, "Session %s (%s/2025) - PCL-5: %s\n%s\n\n", s.n, s.date, s.pcl, s.note)
	}
	pt.WriteString(`Where we are
PCL-5 went from 61 to 41, a clinically meaningful drop. He still needs
the esteem and intimacy modules (sessions 9-12). Assign the trust
worksheet on his partner first; it's the one he keeps putting off.

Risk
No suicidal ideation since intake; means counselling done (his
firearms are stored with his brother). Safety plan is in the chart. If
he misses a session without calling, please do a same-day outreach
call; that was the pattern before his 2023 crisis admission.

Practical
He works rotating shifts at the distribution center, so Tuesday 5:30 PM
is the only slot that works. He prefers to be called "Tony".

Thank you again,
Oren

--
Oren Whitfield, PhD
Staff Psychologist, PTSD Clinical Team
Fortcrest Veterans Clinic | 555-0106
`)
	braw(Res, "long-ptsd-cpt-notes", "long therapist handoff with session-by-session PTSD therapy notes for a named client", pt.String())

	badd(Res, "base64-adhd-titration-letter",
		"base64 body: child psychiatry letter to a parent about their named son's ADHD stimulant titration", &Msg{
			From:    "Maplewood Child & Adolescent Psychiatry <office@maplewood-cap.example.org>",
			To:      "Dana Lindqvist <dana.lindqvist@mail.example.net>",
			Subject: "Oliver - medication plan after today's visit",
			Root: b64(text(`Dear Ms. Lindqvist,

Thank you for coming in with Oliver today. To summarize our plan:

Oliver (DOB 01/23/2015) has ADHD, combined presentation. His teacher
rating scales improved on methylphenidate ER 18 mg but the effect wears
off by 1 PM, when he has math.

Plan:
- Increase methylphenidate ER (Concerta) to 27 mg each morning, starting
  Monday. The new prescription was sent to your pharmacy.
- Keep giving it with breakfast; appetite at lunch may drop, so pack a
  big after-school snack.
- Weigh him weekly at home and jot it down; he was 29.4 kg today.
- Please ask Mr. Tran to fill out the Vanderbilt form again in 3 weeks.

Follow-up with me in 4 weeks (front desk will call). Call sooner for
trouble sleeping, stomach aches, a racing heart, or mood changes.

Warm regards,
Hana Moriyama, MD
Child & Adolescent Psychiatry
Maplewood CAP | 555-0109
`)),
		})

	ocdInner := &Msg{
		From:    "Rebecca Sandoval <r.sandoval@mail.example.net>",
		To:      "Dr. Wesley Ochoa <wochoa@brightpath-anxiety.example.org>",
		Subject: "homework question",
		Date:    "Sun, 16 Mar 2025 22:41:07 -0700",
		Root: qpBreaks("text/plain", "utf-8", `Dr. Ochoa,

This is Rebecca Sandoval (client ID BPA-20¦7731). The exposure
homework this week was touching the kitchen trash lid and then making
a sandwich without washing. I did it twice but the third time I ended
up washing for 25 minutes. The obsessive thoughts about making my kids
sick were really loud. Is it ok if I go back a step on the hierarchy
before Thursday's ERP session? I'm still taking the fluvoxamine 100 mg.

Rebecca
`),
	}
	badd(Res, "forwarded-qp-ocd-erp-homework",
		"forwarded message/rfc822: named client asks about OCD exposure therapy homework; QP soft break inside her client ID", &Msg{
			From:    "Dr. Wesley Ochoa <wochoa@brightpath-anxiety.example.org>",
			To:      "\"Gabriel Finch, LPC\" <gfinch@brightpath-anxiety.example.org>",
			Subject: "Fwd: homework question",
			Root: mixed(
				text("Gabe - you're co-leading her ERP on Thursday. I'll tell her yes, step back to level 4. Original below.\nW.\n"),
				rfc822(ocdInner),
			),
		})

	badd(Res, "hl7-clozapine-anc",
		"HL7 ORU: absolute neutrophil count for a named patient on clozapine for schizophrenia", &Msg{
			From:    "Sunport Lab Interface <interface@sunport-lab.example.com>",
			To:      "Clozapine Clinic <clozapine@eastside-cmhc.example.org>",
			Subject: "Result delivery batch 1107-02",
			Root: mixed(
				text("Automated delivery. 1 message.\n"),
				hl7Part("application/hl7-v2", "ORU_1107_02.hl7", hl7Text(`
MSH|^~\&|SUNPORTLIS|SUNPORT|CMHCEHR|EASTSIDECMHC|20251107091520||ORU^R01|SP1107020001|P|2.5.1
PID|1||CM-40918^^^EASTSIDE^MR||DUBOIS^EMEKA^J||19880915|M
PV1|1|O|CLOZ^^^EASTSIDE||||`+npi("164207318")+`^ARDEN^LYDIA
DG1|1||F20.9^Schizophrenia, unspecified^I10
OBR|1|CZ2211|SP251107-1180|751-8^Neutrophils [#/volume] in Blood^LN|||20251107070500|||||||||||||||F
OBX|1|NM|751-8^Absolute neutrophil count^LN||1.4|10*3/uL|>=1.5|L|||F
NTE|1||Clozapine REMS monitoring: mild neutropenia. Increase ANC monitoring to three times weekly.
`)),
			),
		})

	var reg strings.Builder
	reg.WriteString("mrn,patient,dob,pcp,enrolled,phq9_baseline,phq9_latest,gad7_latest,medication,psych_consult,status\n")
	meds := []string{"sertraline 100 mg", "escitalopram 10 mg", "bupropion XL 300 mg", "none (therapy only)", "duloxetine 60 mg", "mirtazapine 15 mg"}
	for i, p := range people(23, 58) {
		base := 12 + (i*5)%15
		latest := base - (i*3)%11
		status := "active"
		if latest < 5 {
			status = "remission - relapse prevention"
		} else if i%7 == 3 {
			status = "not improving - psych consult"
		}
		fmt.Fprintf(&reg, "%s,%s %s,%s,Dr. %s,2025-%02d-%02d,%d,%d,%d,%s,%s,%s\n", p.MRN, p.First, p.Last, p.DOB,
			[]string{"Quon", "Stanescu", "Achebe"}[i%3], 1+i%9, 1+(i*3)%28, base, latest, 3+(i*7)%15, meds[i%len(meds)],
			[]string{"yes", "no"}[i%2], status)
	}
	badd(Res, "csv-collab-care-depression-registry",
		"CSV registry of 23 named patients in collaborative care for depression with PHQ-9 scores and antidepressants", &Msg{
			From:    "Behavioral Health Care Manager <bhcm@lindenpark-fm.example.org>",
			To:      "Dr. Ingrid Solberg <isolberg@cedarhill-psych.example.org>",
			Subject: "Registry for Thursday's caseload review",
			Root: mixed(
				text(`Dr. Solberg,

Attached is the registry for our weekly caseload review. I flagged the
patients with no improvement after 10 weeks for you to look at first.

Thanks,
Noor Haddad, LCSW
Behavioral Health Care Manager, Linden Park Family Medicine
`),
				attachText("text/csv", "registry_week46.csv", reg.String(), "quoted-printable"),
			),
		})

	badd(Res, "haitian-creole-methadone-takehome",
		"Haitian Creole ISO-8859-1 message from a methadone program to a named patient about take-home doses", &Msg{
			From:    "Pwogram Metadòn Harbor Point <dozaj@harborpoint-otp.example.org>",
			To:      "Wilner Désir <wdesir@mail.example.net>",
			Subject: "Dòz pou lakay ou pou fèt la",
			Root: textAs("text/plain", `Bonjou Wilner,

Konsèy klinik la apwouve 2 dòz metadòn pou lakay ou pou fen semèn fèt la
(samdi 24 ak dimanch 25 me). Dòz ou se toujou 85 mg pa jou.

Vini pran yo vandredi 23 me ant 6è ak 10è nan maten. Pote bwat fèmen ak
kle ou a. Sonje: pa janm bay pèsonn nan dòz ou, epi kenbe l lwen timoun.

Tès pipi ou yo te negatif depi 90 jou, sa se bèl pwogrè. Nou fyè de ou.

Si ou gen kesyon, rele konseye ou, Madan Jozèf, nan 555-0127.

Pwogram Metadòn Harbor Point
`, "iso-8859-1", "quoted-printable"),
		})
}
