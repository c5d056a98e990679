package main

import (
	"fmt"
	"strings"
)

func blindPhi() {
	braw(Phi, "subject-only-echo-ef",
		"named patient's echocardiogram result only in the Subject", `
From: Dr. Nkechi Adeyemi <nadeyemi@lakeshore-cardio.example.org>
To: Tom Brandvold <tbrandvold@lakeshore-cardio.example.org>
Subject: Re: Ruth Delgado-Ames echo - EF 35-40%, moderate MR, call her today

see subject. thx
`)

	var sched strings.Builder
	sched.WriteString(`<html><body style="font-family:Segoe UI,Arial">
<p>Good morning team &ndash; here is Dr. Faulkner's clinic for Tuesday 4/8. Room assignments are final.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr style="background:#dde"><th>Time</th><th>Patient</th><th>DOB</th><th>MRN</th><th>Visit</th><th>Room</th></tr>
`)
	visits := []string{"Post-op check, R TKA (wk 6)", "L knee OA - cortisone injection", "R rotator cuff tear - MRI review",
		"Hip fracture f/u, x-ray first", "Carpal tunnel - EMG results", "New: low back pain w/ sciatica", "L ankle ORIF - suture removal",
		"Trigger finger - injection", "Gout flare R 1st MTP", "Osteoporosis - DEXA review"}
	for i, p := range people(10, 31) {
		fmt.Fprintf(&sched, "<tr><td>%d:%02d</td><td>%s, %s</td><td>%s</td><td>%s</td><td>%s</td><td>%d</td></tr>\n",
			8+i*20/60, (i*20)%60, p.Last, p.First, usDate(p.DOB), p.MRN, visits[i], 1+i%4)
	}
	sched.WriteString("</table>\n<p>Please pull outside films for the 9:20. &ndash; Gina</p></body></html>\n")
	badd(Phi, "html-table-ortho-clinic-schedule",
		"HTML table of an orthopedic clinic day: names, DOBs, MRNs and visit reasons", &Msg{
			From:    "Gina Castellano <gcastellano@greenlawn-ortho.example.com>",
			To:      "Clinic 2 Staff <clinic2@greenlawn-ortho.example.com>",
			Subject: "Tues 4/8 Faulkner clinic list",
			Root:    alt(text("Tuesday's clinic list is in the HTML version of this message.\n- Gina\n"), html(sched.String())),
		})

	var dial strings.Builder
	dial.WriteString("mrn,last_name,first_name,dob,chair,shift,kt_v,urr_pct,hgb_g_dl,albumin_g_dl,phos_mg_dl,access\n")
	access := []string{"L AVF", "R AVG", "TDC", "L AVF", "R AVF"}
	for i, p := range people(22, 44) {
		fmt.Fprintf(&dial, "%s,%s,%s,%s,%d,%s,%d.%02d,%d,%d.%d,%d.%d,%d.%d,%s\n", p.MRN, p.Last, p.First, p.DOB, 1+i%12,
			[]string{"MWF-AM", "MWF-PM", "TTS-AM"}[i%3], 1+(i%3)/2, 10+(i*17)%80, 60+(i*7)%20, 9+(i*3)%4, (i*7)%10, 3+(i%3)/2, (i*3)%10, 3+(i*5)%5, (i*9)%10, access[i%len(access)])
	}
	badd(Phi, "csv-dialysis-adequacy-roster",
		"CSV of 22 named dialysis patients with MRNs, DOBs, Kt/V and labs", &Msg{
			From:    "Harlow Kidney Center QI <qi@harlowkidney.example.org>",
			To:      "Dr. Imran Qadir <iqadir@harlowkidney.example.org>",
			Subject: "Monthly adequacy roster - November",
			Root: mixed(
				text("Dr. Qadir,\n\nNovember adequacy and lab roster attached for the QAPI meeting. Six\npatients are below Kt/V 1.2; they're flagged in the chair-side huddle.\n\nDeb, QI nurse\n"),
				attachText("text/csv", "adequacy_2025-11.csv", dial.String(), "base64"),
			),
		})

	ct := fmt.Sprintf(`WESTFIELD IMAGING ASSOCIATES
CT CHEST WITH CONTRAST - FINAL REPORT

Patient:   HOLLOWAY, BERNARD T.        MRN: 20417736
DOB:       03/22/1956                  Sex: M
Accession: CT25-0884213                Exam date: 07/11/2025
Ordering:  Mirela Stanescu, MD (NPI %s)

CLINICAL HISTORY: 69-year-old former smoker, incidental 8 mm nodule on
prior chest x-ray.

FINDINGS:
Lungs: 9 x 7 mm part-solid nodule in the right upper lobe (series 4,
image 62), previously 8 mm. Mild centrilobular emphysema. No
consolidation or effusion.
Mediastinum: No lymphadenopathy. Heart size normal. Coronary artery
calcification.
Upper abdomen: Small hepatic cyst, unchanged.

IMPRESSION:
1. Slowly enlarging 9 mm part-solid RUL nodule. Lung-RADS 4A.
   Recommend PET/CT or short-interval CT in 3 months; consider
   referral to the pulmonary nodule clinic.
2. Emphysema.

Electronically signed: Oren Kessler, MD  07/11/2025 16:42
`, npi("162910473"))
	badd(Phi, "pdf-ct-chest-report-plain",
		"uncompressed PDF radiology report for a named patient with MRN and DOB (lung nodule)", &Msg{
			From:    "Westfield Imaging Results <results@westfield-imaging.example.com>",
			To:      "Dr. Mirela Stanescu <mstanescu@parkside-im.example.org>",
			Subject: "Final report: CT chest - accession CT25-0884213",
			Root: mixed(
				text("The final report for accession CT25-0884213 is attached.\nCritical/significant findings were phoned to your office at 16:50.\n"),
				attach("application/pdf", "CT25-0884213.pdf", pdfDoc("CT chest report", pdfLines(ct), false)),
			),
		})

	eob := `KEYSTONE HEALTH PLAN
EXPLANATION OF BENEFITS - THIS IS NOT A BILL

Member:          Lorraine K. Abernathy
Member ID:       KHP 884 201 775-01
Group:           Anselwoodworks LLC (G-40218)
Claim number:    2025-07-3381904
Provider:        Valley Gastroenterology Associates
Date of service: 06/30/2025

Service                         Billed   Allowed  Plan paid  You owe
45385 Colonoscopy w/ polypectomy 2,840.00 1,122.40  1,122.40    0.00
88305 Surgical pathology x2        412.00   186.20    148.96   37.24
00811 Anesthesia, lower GI         960.00   401.75    321.40   80.35

Total you may owe the provider:                               117.59

Your deductible: $1,500.00, met to date $1,500.00
Preventive screening colonoscopy is covered at 100%. Because a polyp
was removed, pathology and anesthesia were processed under your
medical benefit.

Questions or to appeal: 1-800-555-0150. You have 180 days to appeal.
`
	badd(Phi, "pdf-flate-eob-colonoscopy",
		"Flate PDF Explanation of Benefits for a named member: claim number, CPT codes and amounts", &Msg{
			From:    "Keystone Health Plan <eob-notice@keystone-healthplan.example.com>",
			To:      "Lorraine Abernathy <lk.abernathy@mail.example.net>",
			Subject: "A new Explanation of Benefits is available",
			Root: mixed(
				text("Dear Lorraine,\n\nA new Explanation of Benefits is attached for a recent claim. It is not a bill.\nLog in at keystone-healthplan.example.com to see all your claims.\n"),
				attach("application/pdf", "EOB_2025-07-3381904.pdf", pdfDoc("Explanation of Benefits", pdfLines(eob), true)),
			),
		})

	badd(Phi, "hl7-oru-lipid-panel",
		"HL7 ORU lipid panel and A1c for a named patient with MRN and DOB", &Msg{
			From:    "Sunport Lab Interface <interface@sunport-lab.example.com>",
			To:      "Results Inbox <results@parkside-im.example.org>",
			Subject: "Result delivery batch 0415-07 (1 message)",
			Root: mixed(
				text("Batch 0415-07 contains 1 result message. This is an automated delivery.\n"),
				hl7Part("text/x-hl7", "ORU_0415_07.hl7", hl7Text(`
MSH|^~\&|SUNPORTLIS|SUNPORT|PARKSIDEEHR|PARKSIDE|20250415103302||ORU^R01|SP0415070001|P|2.5.1
PID|1||55081236^^^PARKSIDE^MR||NAKAMURA^KENJI^R||19611108|M|||88 Juniper Ct^^Tempe^AZ^85281||480-555-0157
PV1|1|O|PIM^^^PARKSIDE||||1851234561^STANESCU^MIRELA
ORC|RE|PO88213|SP250415-0771
OBR|1|PO88213|SP250415-0771|57698-3^Lipid panel^LN|||20250414081500|||||||||||||||F
OBX|1|NM|2093-3^Cholesterol total^LN||246|mg/dL|<200|H|||F
OBX|2|NM|2571-8^Triglycerides^LN||312|mg/dL|<150|H|||F
OBX|3|NM|2085-9^HDL^LN||34|mg/dL|>40|L|||F
OBX|4|NM|13457-7^LDL calculated^LN||150|mg/dL|<100|H|||F
OBR|2|PO88213|SP250415-0772|4548-4^Hemoglobin A1c^LN|||20250414081500|||||||||||||||F
OBX|5|NM|4548-4^Hemoglobin A1c^LN||7.9|%|4.0-5.6|H|||F
`)),
			),
		})

	braw(Phi, "hl7-adt-pasted-in-body",
		"HL7 ADT segments pasted in a plain-text body: named patient admitted with a diagnosis", `
From: Carlos Ybarra <cybarra@stcaspian.example.org>
To: Interface Team <interfaces@stcaspian.example.org>
Subject: ADT A01 not crossing to pharmacy system - example below

Hi team,

This admit didn't make it to the pharmacy system last night. Pharmacy
had to enter the allergy by hand. Raw message from the engine log:

MSH|^~\&|ADTENG|STCASPIAN|RXSYS|STCASPIAN|20250902231455||ADT^A01|ADT0902231455|P|2.3
EVN|A01|20250902231400
PID|1||30882147^^^STC^MR||FERREIRA^JOAO^M||19480217|M|||12 Ocean View Rd^^Gloucester^MA^01930
PV1|1|I|4W^412^A|E|||2290416538^OKONJO^CHIDI|||MED
AL1|1|DA|70618^Penicillin^RXNORM|SV|Anaphylaxis
DG1|1||I50.23^Acute on chronic systolic heart failure^I10|||A

The error in the engine was "RXSYS: AL1-3 code system not recognized".
Can someone look before the 7 AM med pass?

Carlos Ybarra, PharmD
Clinical Pharmacist, ext. 3-8810
`)

	badd(Phi, "fhir-medicationrequest-warfarin",
		"FHIR Bundle with a named Patient and a warfarin MedicationRequest with an INR target", &Msg{
			From:    "Rx Hub <rxhub@pinecrest-medgroup.example.org>",
			To:      "Anticoag Clinic <anticoag@pinecrest-medgroup.example.org>",
			Subject: "New anticoagulation referral (FHIR bundle)",
			Root: mixed(
				text("A new anticoagulation referral arrived through the Rx Hub. Bundle attached.\n"),
				attachText("application/fhir+json", "bundle-acr-77120.json", `{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "pt-77120",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7712.1", "value": "61320984"}],
      "name": [{"family": "Oyelaran", "given": ["Beatrice", "Funmi"]}],
      "gender": "female",
      "birthDate": "1952-10-04",
      "telecom": [{"system": "phone", "value": "555-0138"}]
    }},
    {"resource": {
      "resourceType": "Condition",
      "subject": {"reference": "Patient/pt-77120"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I48.91", "display": "Unspecified atrial fibrillation"}]}
    }},
    {"resource": {
      "resourceType": "MedicationRequest",
      "status": "active",
      "intent": "order",
      "subject": {"reference": "Patient/pt-77120"},
      "medicationCodeableConcept": {"text": "warfarin 5 mg tablet"},
      "dosageInstruction": [{"text": "5 mg daily except 2.5 mg on Mon/Fri; INR goal 2.0-3.0"}],
      "authoredOn": "2025-08-19"
    }}
  ]
}
`, "base64"),
			),
		})

	badd(Phi, "ccda-referral-orthopedics",
		"C-CDA referral note XML for a named patient with DOB, problems and medications", &Msg{
			From:    "Parkside Internal Medicine <referrals@parkside-im.example.org>",
			To:      "Greenlawn Orthopedics Intake <intake@greenlawn-ortho.example.com>",
			Subject: "Referral: Quintero, Alma - right hip pain",
			Root: mixed(
				text("Please find the referral document attached (C-CDA R2.1). Patient is aware and\nwaiting for your call to schedule.\n\nParkside IM Referrals, 555-0131\n"),
				attachText("application/xml", "referral_quintero_alma.xml", `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.14" extension="2015-08-01"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Referral to Orthopedic Surgery</title>
  <effectiveTime value="20250521"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.8841" extension="48120077"/>
    <patient>
      <name><given>Alma</given><family>Quintero</family></name>
      <administrativeGenderCode code="F"/>
      <birthTime value="19590613"/>
    </patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Reason for Referral</title>
      <text>Right hip pain for 9 months, worse with stairs. X-ray: severe joint space narrowing. Failed PT and NSAIDs. Evaluate for total hip arthroplasty.</text>
    </section></component>
    <component><section>
      <title>Problems</title>
      <text><list><item>Primary osteoarthritis, right hip (M16.11)</item><item>Type 2 diabetes (E11.9), A1c 6.8%</item></list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list><item>meloxicam 15 mg daily</item><item>metformin 1000 mg twice daily</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
`, "7bit"),
			),
		})

	badd(Phi, "ics-colonoscopy-appointment",
		"calendar invite to a patient for their colonoscopy with prep instructions", &Msg{
			From:    "Valley Gastroenterology <appointments@valleygi.example.com>",
			To:      "Desmond Farrow <dfarrow@mail.example.net>",
			Subject: "Your colonoscopy on Thursday, March 13 at 8:00 AM",
			Root: mixed(
				text(`Dear Desmond Farrow,

Your colonoscopy with Dr. Ilse Brandt is confirmed for Thursday,
March 13 at 8:00 AM (arrive 7:00 AM) at the Valley GI Endoscopy Center.

Prep: clear liquids only all day Wednesday. Start the first half of
your split-dose prep at 6 PM Wednesday and the second half at 3 AM.
Hold your glipizide the morning of the procedure. You must have a
driver; we cannot release you to a taxi or rideshare.

Add the attached event to your calendar.
`),
				attachText("text/calendar; method=PUBLISH", "colonoscopy.ics", string(ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Valley GI//Scheduling//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:vgi-appt-5581902@valleygi.example.com
DTSTAMP:20250303T140000Z
DTSTART:20250313T130000Z
DTEND:20250313T150000Z
SUMMARY:Colonoscopy - Dr. Brandt (arrive 7:00 AM)
LOCATION:Valley GI Endoscopy Center\, 300 Mill Race Rd
DESCRIPTION:Patient: Desmond Farrow. Split-dose prep. Hold glipizide AM of procedure. Driver required.
END:VEVENT
END:VCALENDAR
`)), "quoted-printable"),
			),
		})

	badd(Phi, "base64-html-spanish-biopsy",
		"base64 HTML letter in Spanish to a named patient with a skin biopsy result", &Msg{
			From:    "Dermatología Los Álamos <resultados@losalamos-derm.example.com>",
			To:      "Graciela Espinoza <gespinoza@correo.example.net>",
			Subject: "Resultado de su biopsia de piel",
			Root: b64(html(`<html><body>
<p>Estimada Sra. Graciela Espinoza (fecha de nacimiento 09/02/1967):</p>
<p>Ya tenemos el resultado de la biopsia que le tomamos en la espalda el 14 de mayo.</p>
<table border="1" cellpadding="4">
<tr><td><b>Muestra</b></td><td>Piel, espalda superior izquierda (biopsia por rasurado)</td></tr>
<tr><td><b>Diagnóstico</b></td><td>Carcinoma basocelular, tipo nodular; márgenes comprometidos</td></tr>
</table>
<p>Es un cáncer de piel de crecimiento lento que casi nunca se extiende. La Dra. Villaseñor recomienda
una escisión con márgenes. Por favor llame al 555-0112 para programar la cita.</p>
<p>Atentamente,<br>Dermatología Los Álamos</p>
</body></html>`)),
		})

	badd(Phi, "qp-split-member-id-prior-auth",
		"prior-authorization approval for an MRI with the member ID split by a QP soft line break", &Msg{
			From:    "Utilization Management <um-notices@cobalt-health.example.com>",
			To:      "Referrals - Summit Rehab <referrals@summit-rehab.example.org>",
			Subject: "Authorization approved - ref UM-25-4471902",
			Root: qpBreaks("text/plain", "utf-8", `AUTHORIZATION DETERMINATION: APPROVED

Reference:      UM-25-4471902
Member:         Tomasz Kowalczyk
Member ID:      CBH7731¦0492-02
Date of birth:  11/30/1979
Service:        MRI lumbar spine without contrast (CPT 72148)
Diagnosis:      M54.16 Radiculopathy, lumbar region
Requested by:   Summit Rehabilitation Group
Valid:          08/04/2025 - 10/02/2025, 1 unit

The member's lumbar radiculo¦pathy has not improved after 6 weeks of
physical therapy, meeting criteria for advanced imaging.

This approval is not a guarantee of payment. Benefits depend on the
member's eligibility on the date of service.

Cobalt Health Utilization Management · fax 555-0147
`),
		})

	badd(Phi, "windows1252-pt-statement",
		"windows-1252 patient statement: account number, physical therapy visits and balance", &Msg{
			From:    "Summit Rehab Billing <billing@summit-rehab.example.org>",
			To:      "Mr. Raymond Achterberg <r.achterberg@mail.example.net>",
			Subject: "Statement for account 77-204815 – balance due $186.40",
			Root: textAs("text/plain", `Summit Rehabilitation Group – Patient Statement
Statement date: 10/15/2025

Patient:     Raymond Achterberg
Account no.: 77-204815

Date        Description                                   Charge   Ins. paid  You owe
09/02/2025  PT evaluation, moderate complexity (97162)    $245.00  $176.00    $69.00
09/04/2025  Therapeutic exercise x3 units (97110)         $198.00  $158.40    $39.60
09/09/2025  Manual therapy x2 (97140)                      $132.00  $105.60    $26.40
09/11/2025  Therapeutic exercise x3 (97110)                $198.00  $146.60    $51.40

Balance due: $186.40 – “your share” after Cobalt Health paid its part.

We’re happy to set up a payment plan – call 555-0115.
Pay online: summit-rehab.example.org/pay (have your account number ready)
`, "windows-1252", "quoted-printable"),
		})

	badd(Phi, "latin1-haitian-creole-diabetes-reminder",
		"Haitian Creole ISO-8859-1 reminder to a named patient about their diabetes follow-up and A1c", &Msg{
			From:    "Klinik Sante Lakay <randevou@santelakay.example.org>",
			To:      "Jean-Robert Sénatus <jrsenatus@mail.example.net>",
			Subject: "Randevou ou pou dyabèt la - madi 21 oktòb",
			Root: textAs("text/plain", `Bonjou Mesye Jean-Robert Sénatus,

Sa a se yon rapèl pou randevou ou ak Dr. Pierre-Louis pou swivi dyabèt ou:
madi 21 oktòb a 10è nan maten.

Dènye tès A1c ou te 8,4 %. Doktè a vle wè ou pou li ka ajiste dòz metfòmin
ou an epi tcheke pye ou. Tanpri vini 15 minit anvan, epi pote tout
medikaman ou ap pran yo.

Si ou pa ka vini, rele 305-555-0177.

Klinik Santé Lakay
`, "iso-8859-1", "quoted-printable"),
		})

	braw(Phi, "vietnamese-tsh-result",
		"Vietnamese message to a named patient with a thyroid lab result and a dose change", `
From: Phòng khám Bình An <ketqua@binhan-clinic.example.com>
To: Bà Trần Thị Hoa <tranthihoa@mail.example.net>
Subject: Kết quả xét nghiệm tuyến giáp của bà Trần Thị Hoa

Kính gửi bà Trần Thị Hoa (ngày sinh 12/06/1958),

Bác sĩ Lê Minh Quân đã xem kết quả xét nghiệm máu ngày 02/09/2025 của bà:

  TSH:      7,8 mIU/L   (bình thường 0,4 – 4,0)
  FT4:      0,8 ng/dL   (bình thường 0,9 – 1,7)

Kết quả cho thấy bà bị suy giáp nhẹ. Bác sĩ tăng liều levothyroxine từ
50 mcg lên 75 mcg mỗi ngày, uống buổi sáng lúc bụng đói. Đơn thuốc mới đã
gửi đến nhà thuốc. Xin bà thử máu lại sau 6 tuần.

Nếu có thắc mắc, xin gọi 714-555-0163.

Phòng khám Bình An
`)

	badd(Phi, "chinese-b64-amlodipine-refill",
		"Chinese base64 pharmacy message to a named patient about a blood-pressure refill, with DOB", &Msg{
			From:    "康宁药房 <rx@kangning-pharmacy.example.com>",
			To:      "黄志明 <huang.zm@mail.example.net>",
			Subject: "黄志明先生：您的处方已可取药",
			Root: b64(textAs("text/plain", `黄志明先生（出生日期 1949年3月27日）：

您的处方已经准备好，可以到店取药：

  药品：氨氯地平（Amlodipine）5 mg，每日一次，90 片
  药品：阿托伐他汀（Atorvastatin）20 mg，每晚一次，90 片
  处方医生：陈美玲 医生
  处方编号：RX-6620381

您的保险已支付，自付金额为 $10.00。
药剂师提醒：服用氨氯地平后如出现脚踝浮肿，请告诉您的医生。

康宁药房  电话：415-555-0126
`, "utf-8", "")),
		})

	badd(Phi, "russian-cp1251-cardiology-referral",
		"Russian windows-1251 referral of a named patient to cardiology with ECG findings", &Msg{
			From:    "Поликлиника Северная <referral@severnaya-clinic.example.ru.test>",
			To:      "Кардиология <cardio@gorbolnitsa.example.ru.test>",
			Subject: "Направление: Соколова Ирина Павловна, 1962 г.р.",
			Root: textAs("text/plain", cyr(`Уважаемые коллеги!

Направляем на консультацию кардиолога:

Пациентка: Соколова Ирина Павловна
Дата рождения: 14.05.1962
Полис ОМС № 7745 2210 0038 1196

Жалобы: перебои в работе сердца, одышка при подъёме на 2 этаж.
ЭКГ от 03.03.2025: фибрилляция предсердий, ЧСС 112 в минуту.
Диагноз: впервые выявленная фибрилляция предсердий. Гипертоническая
болезнь II стадии.
Получает: бисопролол 5 мг утром, лозартан 50 мг.

Просим решить вопрос об антикоагулянтной терапии.

Врач-терапевт Морозов А. В., тел. 8 (812) 555-01-73
`), "windows-1251", "8bit"),
		})

	braw(Phi, "tagalog-wound-care-caregiver",
		"Tagalog message from a home-health nurse to a daughter about her named mother's wound care", `
From: Nurse Liza Mangubat <lmangubat@carepoint-home.example.com>
To: Rowena Dimaculangan <rowenad@mail.example.net>
Subject: Tungkol sa sugat ni Nanay Corazon (home visit 6/18)

Hi Rowena,

Galing ako kay Nanay Corazon Dimaculangan kaninang umaga. Ito ang update:

- Ang sugat sa kanang paa (diabetic foot ulcer) ay lumiit na: 2.1 cm x 1.4 cm
  mula 2.8 cm noong isang linggo. Walang nana, walang amoy.
- Pinalitan ko ang dressing (silver alginate). Palitan ito tuwing
  Lunes, Miyerkules at Biyernes.
- Ang blood sugar niya kaninang umaga ay 182. Paalalahanan si Nanay
  na inumin ang metformin pagkatapos kumain.
- Huwag siyang payagang maglakad nang nakayapak.

Babalik ako sa Biyernes ng 10 AM. Tawagan ako kung lalagnatin siya o
kung mamumula ang paligid ng sugat: 555-0143.

Salamat,
Liza, RN - CarePoint Home Health
`)

	braw(Phi, "arabic-cataract-preop",
		"Arabic pre-operative instructions to a named patient for cataract surgery", `
From: مركز الرؤية لطب العيون <surgery@alruya-eye.example.org>
To: السيد خالد منصور <k.mansour@mail.example.net>
Subject: تعليمات ما قبل عملية الماء الأبيض - السيد خالد منصور

السيد خالد منصور المحترم،

نؤكد موعد عملية إزالة الماء الأبيض (الساد) من العين اليمنى مع الدكتورة سلمى الحداد
يوم الأحد 9 نوفمبر 2025 الساعة 8:30 صباحاً.

قبل العملية:
  - ابدأ باستخدام قطرة المضاد الحيوي (موكسيفلوكساسين) في العين اليمنى أربع مرات يومياً قبل العملية بثلاثة أيام.
  - لا تأكل ولا تشرب شيئاً بعد منتصف الليل.
  - تناول دواء الضغط صباح يوم العملية مع رشفة ماء.
  - أوقف دواء الأسبرين قبل العملية بخمسة أيام بعد موافقة طبيب القلب.

يجب أن يرافقك شخص بالغ لإيصالك إلى المنزل.
للاستفسار: 555-0118

مركز الرؤية لطب العيون
`)

	badd(Phi, "korean-pt-schedule",
		"Korean message to a named patient about their post-surgery physical therapy schedule", &Msg{
			From:    "한빛병원 재활의학과 <rehab@hanbit-hospital.example.org>",
			To:      "박서준 <sj.park@mail.example.net>",
			Subject: "박서준 님 물리치료 일정 안내 (어깨 수술 후)",
			Root: textAs("text/plain", `박서준 님 안녕하십니까,

한빛병원 재활의학과입니다. 오른쪽 어깨 회전근개 봉합술 후
물리치료 일정을 안내해 드립니다.

  - 기간: 2025년 7월 7일 ~ 8월 29일 (8주)
  - 시간: 매주 월·수·금 오후 2시 30분
  - 담당: 김하늘 물리치료사
  - 환자번호: 2025-031877

보조기는 6주 동안 착용하셔야 하며, 처방받은 진통제(아세트아미노펜)는
치료 30분 전에 드시면 도움이 됩니다.

일정 변경은 213-555-0139로 연락 주십시오.
`, "utf-8", "base64"),
		})

	inner := rawInner(`
From: Wendell Marsh <w.marsh@mail.example.net>
To: Appeals <appeals@cobalt-health.example.com>
Subject: Appeal of denied claim 2025-03-5517820
Date: Tue, 22 Apr 2025 19:12:44 -0400

To whom it may concern,

I am appealing the denial of claim 2025-03-5517820 (member ID
CBH5520-1187-01) for my sleep study on 03/11/2025. The denial says
"not medically necessary", but my doctor ordered it because I stop
breathing at night and fell asleep at the wheel twice. My neurologist's
letter is attached to my portal message.

Please reconsider. I was diagnosed with severe obstructive sleep apnea
(AHI 41) and now use CPAP every night.

Wendell Marsh
`)
	badd(Phi, "forwarded-rfc822-claim-appeal",
		"forwarded message/rfc822: a member's appeal of a denied sleep-study claim with IDs and diagnosis", &Msg{
			From:    "Appeals Intake <appeals@cobalt-health.example.com>",
			To:      "Clinical Review Nurses <clinical-review@cobalt-health.example.com>",
			Subject: "Fwd: Appeal of denied claim 2025-03-5517820",
			Root: mixed(
				text("Level 1 appeal received 4/22. Please review within 30 days. Original attached.\n"),
				rfc822(inner),
			),
		})

	deep := rawInner(`
From: Patient Portal <noreply@portal.lakeshore-cardio.example.org>
To: Nurse Pool <nursepool@lakeshore-cardio.example.org>
Subject: New portal message from Gwendolyn Pruitt
Date: Fri, 06 Jun 2025 21:03:11 -0500

Patient: Gwendolyn Pruitt   DOB 01/19/1944   MRN 40033918

Message:
Hi, since you started me on the metoprolol I feel dizzy when I stand up
and my blood pressure at home was 92/58 this evening. Should I skip
tomorrow's dose? My next appointment is not until July.
`)
	mid := &Msg{
		From:    "Nurse Pool <nursepool@lakeshore-cardio.example.org>",
		To:      "Dr. Nkechi Adeyemi <nadeyemi@lakeshore-cardio.example.org>",
		Subject: "Fwd: New portal message from Gwendolyn Pruitt",
		Date:    "Sat, 07 Jun 2025 08:15:40 -0500",
		Root:    mixed(text("Dr. A, can you advise? Called her, she is not lightheaded at rest.\n- Jo\n"), rfc822(deep)),
	}
	badd(Phi, "double-forward-metoprolol-dizzy",
		"doubly nested forward of a named patient's portal message about low blood pressure on a medication", &Msg{
			From:    "Dr. Nkechi Adeyemi <nadeyemi@lakeshore-cardio.example.org>",
			To:      "Nurse Pool <nursepool@lakeshore-cardio.example.org>",
			Subject: "Fwd: Fwd: New portal message",
			Root: mixed(
				text("Halve it to 12.5 mg and recheck BP Monday. Please schedule a nurse visit.\nNA\n"),
				rfc822(mid),
			),
		})

	scan := `Page 1 of 1
[scanned image]
`
	badd(Phi, "filename-only-pathology-scan",
		"benign body; the attachment file name names a patient, MRN and a pathology diagnosis", &Msg{
			From:    "Scanning Station 3 <scan3@parkside-im.example.org>",
			To:      "HIM Indexing <him-index@parkside-im.example.org>",
			Subject: "Scanned document",
			Root: mixed(
				text("Scanned from device SCN-03 at 14:02. 1 page.\n"),
				attach("application/pdf", "Marchetti_Silvio_MRN52209184_prostate_bx_adenocarcinoma_Gleason7.pdf", pdfDoc("scan", pdfLines(scan), true)),
			),
		})

	braw(Phi, "display-name-endoscopy-arrival",
		"addressed to a patient; only the sender display name says the appointment is an endoscopy", `
From: "Valley GI - Endoscopy Scheduling" <no-reply@valleygi.example.com>
To: "Samuel Ferreira" <samferreira@mail.example.net>
Subject: Arrival time for Friday

Dear Mr. Ferreira,

Your arrival time on Friday 6/13 is 7:15 AM. Please check in at the
second floor desk and bring your photo ID and insurance card.

Reply 1 to confirm or 2 to reschedule.
`)

	braw(Phi, "patient-writes-lisinopril-cough",
		"patient e-mails the clinic about a cough from a named blood-pressure drug, signs with name and DOB", `
From: Harold Thorne <hthorne1951@mail.example.net>
To: Parkside Internal Medicine <frontdesk@parkside-im.example.org>
Subject: question for Dr Stanescu about my pills

hello, this is Harold Thorne, birthday 2/9/1951.

ever since Dr Stanescu put me on the lisinopril 10mg in August I have
this dry tickly cough, worst at night, my wife says I sound like a
goat. no fever. I read online it can be from the pill. can I stop it or
switch to something else? I still have about 40 left.

also my sugar has been ok, 120s in the morning.

thank you
Harold
555-0165
`)

	braw(Phi, "school-nurse-inhaler-student",
		"school nurse writes to a parent about a named student's asthma attack and inhaler use", `
From: Nurse Okafor <nurse.okafor@brookside-elem.example.k12.test>
To: Keisha Mbeki <kmbeki@mail.example.net>
Subject: Jalen - asthma episode at recess today

Dear Ms. Mbeki,

Jalen (grade 4, Room 22) came to the health office at 10:40 today
wheezing after recess. His oxygen was 94%. Per his asthma action plan
I gave 2 puffs of his albuterol inhaler with the spacer; after 20
minutes he was breathing comfortably (98%) and went back to class.

This is his third episode in two weeks. His inhaler has about 30
puffs left. Could you send a refill and let his doctor know? The
action plan on file is from last year; an updated one would help.

Ms. Adaeze Okafor, BSN, RN
School Nurse, Brookside Elementary | 555-0124
`)

	pa := fmt.Sprintf(`
From: Eastgate Specialty Pharmacy <pa-team@eastgate-rx.example.com>
To: Dr. Helen Mwangi <hmwangi@riverbend-gi.example.org>
Subject: PA needed: adalimumab for Priscilla Haverford (DOB 05/03/1988)

Dr. Mwangi,

The prior authorization for the prescription below was rejected by the
plan with "PA required - step therapy":

  Patient:     Priscilla Haverford, DOB 05/03/1988
  Member ID:   KHP 301 887 412-02
  Drug:        adalimumab 40 mg/0.4 mL pen, every 14 days
  Diagnosis:   K50.10 Crohn's disease of large intestine
  Prescriber:  Helen Mwangi, MD, NPI %s, DEA %s

The plan wants documentation of a trial of a conventional agent
(azathioprine or methotrexate) or a reason it is contraindicated. Her
chart note from 9/3 mentions TPMT deficiency; if you send that with the
PA form, it usually goes through in 48 hours.

Eastgate Specialty Pharmacy, PA Team, 555-0183
`, npi("158402963"), dea("AM", "739204"))
	braw(Phi, "pharmacy-prior-auth-adalimumab", "specialty pharmacy asks a prescriber for prior authorization for a named patient's Crohn's drug", pa)

	braw(Phi, "workers-comp-lumbar-claim",
		"workers' compensation adjuster note: claim number, named employee, lumbar injury and PT", `
From: Rita Calloway <rcalloway@granite-mutual.example.com>
To: Summit Rehab Scheduling <scheduling@summit-rehab.example.org>
Subject: WC claim WC-25-0088137 - PT authorization for Luis Espinoza

Good morning,

Granite Mutual authorizes physical therapy for our insured's employee:

  Claimant:      Luis Espinoza
  Employer:      Brightline Distribution (warehouse)
  Claim no.:     WC-25-0088137
  Date of injury: 05/28/2025 (lifting pallets)
  Diagnosis:     Lumbar strain (S39.012A)
  Authorized:    12 visits over 6 weeks, eval included

Please send progress notes every 4 visits to this address, and call me
before adding any modalities not on the plan.

Rita Calloway, Senior Claims Adjuster
Granite Mutual Insurance | 555-0121 | fax 555-0122
`)

	braw(Phi, "employee-health-tb-clearance",
		"employee health clearance for a named new hire with a positive TB screen and chest x-ray result", `
From: Employee Health <employeehealth@bayshore-regional.example.org>
To: Nurse Recruitment <rn-recruit@bayshore-regional.example.org>
Subject: Pre-employment clearance - Arjun Ramdeen (Emp ID 4471902)

Hi Shawna,

Arjun Ramdeen (RN, start date 8/18) is CLEARED to start, with follow-up:

- QuantiFERON-TB Gold: POSITIVE (7/29)
- Chest x-ray 8/1: no active disease
- Referred to the county TB clinic for latent TB treatment
  (rifampin x 4 months planned); not contagious, no work restriction
- Hep B titer immune; MMR/varicella immune; flu vaccine due in October

Please don't share the details with his unit manager - just "cleared".

Employee Health Services, ext. 6-2200
`)

	braw(Phi, "dme-oxygen-mbi",
		"DME order for home oxygen for a Medicare beneficiary with MBI, DOB and qualifying saturation", `
From: Harborview Pulmonary <orders@harborview-pulm.example.org>
To: Intake - Breatheasy Home Medical <intake@breatheasy-dme.example.com>
Subject: New order: home O2 concentrator + portable

Please set up home oxygen:

  Beneficiary:  Eleanor M. Whitfield
  DOB:          04/11/1941
  Medicare MBI: 3TW7-HN2-QR48
  Address:      55 Lantern Hill Ln, Apt 2B, Mystic, CT 06355
  Phone:        860-555-0198

  Dx:           J44.1 COPD with acute exacerbation
  Qualifying:   SpO2 86% on room air at rest, 10/14/2025 (in office)
  Order:        O2 2 L/min via nasal cannula, continuous; stationary
                concentrator plus portable for ambulation. 99 months.
  Ordering MD:  Farid Haddad, MD

Signed CMN and the office note are in the fax queue. Patient is going
home from clinic today; please deliver by tonight if possible.
`)

	braw(Phi, "post-op-oxycodone-knee",
		"discharge instructions for a named patient with oxycodone for pain after knee replacement (not SUD)", `
From: Lakeside Ortho Surgery Center <discharge@lakeside-osc.example.com>
To: Yolanda Brennan <ybrennan@mail.example.net>
Subject: Your discharge instructions after knee replacement

Yolanda Brennan, DOB 12/02/1957
Procedure: Left total knee replacement, 09/23/2025, Dr. Marcus Ebright

Pain medicine:
- Oxycodone 5 mg: 1 tablet every 4-6 hours only if needed for severe
  pain. 30 tablets, no refills. Do not drive while taking it.
- Acetaminophen 1,000 mg every 8 hours (scheduled)
- Celecoxib 200 mg once daily with food

Blood clot prevention: aspirin 81 mg twice daily for 4 weeks.

Call us at 555-0116 for fever over 101.5, calf pain or swelling, or
drainage from the incision. Your first physical therapy visit is on
9/25. Your post-op visit is 10/7 at 1:30 PM.
`)

	var ds strings.Builder
	ds.WriteString(`
From: Hospitalist Service <hospitalists@northvale-health.example.org>
To: Dr. Rachel Quon <rquon@lindenpark-fm.example.org>
Subject: Discharge summary - Gabriela Castellanos, MRN 71208844

Dr. Quon,

Your patient was discharged today. Summary below; the full record is in
the HIE.

DISCHARGE SUMMARY
Patient: Gabriela Castellanos    MRN: 71208844    DOB: 07/30/1949
Admitted: 01/14/2025   Discharged: 01/19/2025
Attending: Chidi Okonjo, MD      Service: Hospital Medicine

PRINCIPAL DIAGNOSIS
Community-acquired pneumonia, right lower lobe (J18.1), with sepsis
(A41.9) present on admission.

SECONDARY DIAGNOSES
- Acute kidney injury (N17.9), resolved
- Type 2 diabetes with hyperglycemia (E11.65)
- Hypertension (I10)
- Chronic diastolic heart failure (I50.32), compensated

HISTORY OF PRESENT ILLNESS
75-year-old woman with diabetes, hypertension and HFpEF, presented with
four days of productive cough, fever to 102.6 F, pleuritic right-sided
chest pain and confusion noted by her daughter. In the ED: T 39.1 C,
HR 118, BP 94/52, RR 26, SpO2 88% on room air. WBC 18.4, lactate 3.1,
creatinine 1.9 (baseline 0.9). Chest x-ray: right lower lobe
consolidation with small parapneumonic effusion.

HOSPITAL COURSE
`)
	course := []string{
		"Sepsis: received 30 mL/kg crystalloid with improvement in blood pressure; lactate cleared to 1.4 by hour 12. Did not require vasopressors or ICU transfer.",
		"Pneumonia: started on ceftriaxone 2 g daily and azithromycin 500 mg daily. Blood cultures grew Streptococcus pneumoniae, pan-sensitive, in 1 of 2 bottles. Azithromycin stopped after 3 days. Transitioned to oral amoxicillin 1 g three times daily on hospital day 4 to complete 7 days total.",
		"Parapneumonic effusion: small, not sampled; follow-up chest x-ray in 6 weeks.",
		"Acute kidney injury: prerenal from sepsis and poor intake. Lisinopril and metformin held. Creatinine 1.0 at discharge. Lisinopril restarted at discharge; metformin restarted on day 5.",
		"Diabetes: glucose 180-310 on admission on sliding scale; basal glargine 10 units added. A1c 9.2%. Discharged on glargine 10 units nightly plus metformin; diabetes education completed.",
		"Heart failure: held furosemide during resuscitation; mild crackles and 2 kg weight gain on day 3, furosemide 20 mg daily resumed. Discharge weight 71.4 kg.",
		"Delirium: resolved by day 2 with treatment of infection; no sedatives given.",
	}
	for i, c := range course {
		fmt.Fprintf(&ds, "%d. %s\n\n", i+1, c)
	}
	ds.WriteString(`DISCHARGE MEDICATIONS
- amoxicillin 1 g PO TID x 2 more days (NEW)
- insulin glargine 10 units SC nightly (NEW)
- metformin 1000 mg PO BID (resume)
- lisinopril 10 mg PO daily (resume; was 20 mg)
- furosemide 20 mg PO daily (continue)
- atorvastatin 40 mg PO nightly (continue)

CONDITION AT DISCHARGE
Stable. Ambulating with a walker. Alert and oriented x3. SpO2 94% on
room air.

FOLLOW-UP
- PCP (Dr. Quon) within 7 days: BMP, glucose log review, titrate
  lisinopril back to 20 mg if BP allows.
- Chest x-ray in 6 weeks.
- Home health: nursing for insulin teaching and PT for gait.
- Pneumococcal vaccination due after recovery.

PENDING AT DISCHARGE
None.

Electronically signed by Chidi Okonjo, MD, 01/19/2025 15:22

-- 
Northvale Health Hospital Medicine | 216-555-0190
`)
	braw(Phi, "discharge-summary-pneumonia-long", "long discharge summary for a named patient with MRN, DOB, diagnoses and medications", ds.String())

	braw(Phi, "one-line-inr-hold",
		"one-line staff note: named patient's INR value and a warfarin instruction", `
From: Jo Whitaker <jwhitaker@pinecrest-medgroup.example.org>
To: Anticoag Clinic <anticoag@pinecrest-medgroup.example.org>
Subject: INR

Mrs. Oyelaran INR 3.8 today, hold tonight's warfarin and recheck Thursday per Dr. K.
`)

	braw(Phi, "marked-encrypt-no-content",
		"sender marked the message [encrypt]; labelled at least phi whatever it holds", `
From: Dana Whitlock <dwhitlock@mercyridge.example.org>
To: Legal Intake <intake@whitcombelarch.example.com>
Subject: [encrypt] documents as discussed

Hi Helen,

As discussed on the phone, see the documents we talked about.
Let me know if anything is missing.

Dana
`)

	badd(Phi, "html-split-spans-critical-potassium",
		"HTML critical-value log where the patient's name and value are split across tags and entities", &Msg{
			From:    "Lab Critical Calls <critcalls@sunport-lab.example.com>",
			To:      "Parkside IM Nurses <nurses@parkside-im.example.org>",
			Subject: "Critical value notification log - 08/21",
			Root: html(`<html><body>
<p>The following critical value was phoned to your office and read back.</p>
<table border="1" cellpadding="3">
<tr><th>Time</th><th>Patient</th><th>DOB</th><th>Test</th><th>Result</th><th>Called to</th></tr>
<tr><td>16:07</td><td><span>Svet</span><span>lana</span> <b>Lind</b>qvist</td><td>04&#47;27&#47;1966</td>
<td>Potas&shy;sium</td><td><span style="color:red">6.&#56; mmol/L (H, critical)</span></td><td>R. Ali, RN</td></tr>
</table>
<p>Specimen not hemolyzed. Patient is on spironolactone and lisinopril per the requisition.</p>
</body></html>`),
		})
}
