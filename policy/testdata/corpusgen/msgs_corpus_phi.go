package main

import (
	"fmt"
	"strings"
)

// corpusPhi: messages about an identifiable person with health, treatment
// or payment-for-care content outside the restricted categories.
func corpusPhi() {
	raw(C, Phi, "portal-lab-results-cbc", `From: "Riverbend Family Medicine" <noreply@riverbend-fm.example.org>
To: "Maria Gonzalez" <maria.gonzalez58@example.net>
Subject: Your lab results are ready

Hi Maria,

Dr. Ellison has reviewed your lab results from 03/04/2025.

  Test                 Result     Reference
  Hemoglobin           10.9 g/dL  12.0-15.5   LOW
  WBC                  6.8 K/uL   4.0-11.0
  Platelets            241 K/uL   150-400
  Ferritin             9 ng/mL    15-150      LOW
  TSH                  2.1 mIU/L  0.4-4.0

Dr. Ellison's note: "Your blood count shows mild iron-deficiency anemia.
Please start ferrous sulfate 325 mg once a day with orange juice and we
will recheck in 8 weeks. Call us if you notice black stools."

Log in to the patient portal to see the full report or send a message.

Riverbend Family Medicine | 541-555-0102
`)

	raw(C, Phi, "appointment-reminder-cardiology", `From: "Harbor Cardiology" <appointments@harborcardiology.example.org>
To: "Walter Pruitt" <wpruitt@example.com>
Subject: Reminder: your appointment with cardiology on 12/03

Dear Walter Pruitt,

This is a reminder of your upcoming appointment:

  Date:      Wednesday, 12/03/2025 at 9:40 AM
  Provider:  Alan Whitcomb, MD - Cardiology
  Location:  Harbor Heart Center, 3rd floor, Suite 310
  Visit:     Follow-up, echocardiogram at 9:00 AM before the visit

Please bring your medication list, including your warfarin dosing
calendar, and arrive 20 minutes early for the echo. Do not eat a heavy
meal beforehand.

To confirm reply C, to cancel reply X, or call 207-555-0109.
`)

	raw(C, Phi, "referral-orthopedics-letter", `From: "Dr. Hannah Okafor" <hokafor@pinegrovepeds.example.org>
To: "Hillcrest Orthopedics Referrals" <referrals@hillcrest-ortho.example.org>
Subject: Referral: Ethan Marchetti, DOB 09/14/2011 - suspected Osgood-Schlatter

Dear colleagues,

I am referring Ethan Marchetti (DOB 09/14/2011, our MRN 00419982) for
evaluation of bilateral anterior knee pain, right worse than left, for
4 months. He plays club soccer 5 days a week.

Exam: tenderness and swelling over both tibial tubercles, full range of
motion, no effusion, ligaments stable. X-ray right knee (02/20) shows
fragmentation of the tibial tubercle apophysis.

Assessment: Osgood-Schlatter disease, bilateral (M92.51, M92.52).
Tried: ibuprofen 400 mg as needed, activity modification, 6 weeks of PT
without much improvement.

Insurance: Bluewater Health Plan, member ID BWH884120375.
Parent: Lisa Marchetti, 513-555-0141.

Thank you for seeing him.

Hannah Okafor, MD
Pine Grove Pediatrics | NPI 1847293069 | Fax 513-555-0140
`)

	raw(C, Phi, "discharge-summary-long", dischargeSummary)

	raw(C, Phi, "rx-refill-request-ndc", `From: "CornerRx Pharmacy #0412" <rx0412@cornerrx.example.com>
To: "Mapleview Clinic Refill Line" <refills@mapleview-clinic.example.org>
Subject: Refill authorization request - DELGADO, ROSA

REFILL AUTHORIZATION REQUEST

Patient:     Rosa Delgado
DOB:         07/22/1949
Phone:       503-555-0131
Prescriber:  Dr. Kenji Nakamura (NPI 1620588438)

Drug:        Lisinopril 20 mg tablet
NDC:         68180-0514-01
Sig:         Take 1 tablet by mouth once daily
Last fill:   02/11/2025, qty 90, 0 refills remaining

Also due: Atorvastatin 40 mg tab, NDC 0093-5057-98, 1 tab at bedtime.

Please approve or deny by fax 503-555-0199 or e-prescribe.
CornerRx Pharmacy #0412, 18 Burnside St, Portland OR
`)

	raw(C, Phi, "prior-auth-lumbar-mri", `From: "Utilization Management" <um@bluewater-plan.example.com>
To: "Hillcrest Orthopedics" <auth@hillcrest-ortho.example.org>
Subject: Prior authorization PA-2025-0661043 - additional information needed

Prior Authorization Request PA-2025-0661043

Member:        Gerald Abernathy
Member ID:     BWH302218849
DOB:           1961-04-12
Requested:     CPT 72148 MRI lumbar spine without contrast
Diagnosis:     M54.16 Radiculopathy, lumbar region; M51.26 Other
               intervertebral disc displacement, lumbar
Ordering:      Samuel Thorne, MD (NPI 1473902165)

Status: PENDED - clinical information needed

Per our imaging guidelines, please send documentation of at least 6 weeks
of conservative therapy (physical therapy notes or NSAID trial) or a
neurologic deficit on exam. Upload to the provider portal or fax to
1-800-555-0159 within 14 days.

Utilization Management, Bluewater Health Plan
`)

	add(C, Phi, "eob-html-member", &Msg{
		From:    `"Bluewater Health Plan" <eob@bluewater-plan.example.com>`,
		To:      `"Darnell Holloway" <dholloway@example.net>`,
		Subject: "Your Explanation of Benefits is available",
		Root: alt(text(`EXPLANATION OF BENEFITS - THIS IS NOT A BILL

Member: Darnell Holloway   Member ID: BWH551020837
Claim number: 25071400391   Provider: Sunrise Family Practice
Date of service: 07/02/2025

Service                               Billed   Allowed  Plan paid  You owe
99214 Office visit, est. patient      $210.00  $128.40  $98.40     $30.00
83036 Hemoglobin A1c                   $45.00   $13.20  $13.20      $0.00
80061 Lipid panel                      $62.00   $18.10  $18.10      $0.00

Diagnosis codes: E11.9 (type 2 diabetes without complications),
I10 (essential hypertension)

Total you may owe the provider: $30.00 (copay)
`), html(`<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2>Explanation of Benefits &mdash; this is not a bill</h2>
<p>Member: <b>Darnell Holloway</b> &nbsp; Member ID: <b>BWH551020837</b><br>
Claim number: 25071400391 &nbsp; Provider: Sunrise Family Practice<br>
Date of service: 07/02/2025</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr style="background:#e8eef4"><th>Service</th><th>Billed</th><th>Allowed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>99214 Office visit, established patient</td><td>$210.00</td><td>$128.40</td><td>$98.40</td><td>$30.00</td></tr>
<tr><td>83036 Hemoglobin A1c</td><td>$45.00</td><td>$13.20</td><td>$13.20</td><td>$0.00</td></tr>
<tr><td>80061 Lipid panel</td><td>$62.00</td><td>$18.10</td><td>$18.10</td><td>$0.00</td></tr>
</table>
<p>Diagnosis codes: E11.9 (type&nbsp;2 diabetes without complications), I10 (essential hypertension)</p>
<p><b>Total you may owe the provider: $30.00</b></p>
</body></html>
`)),
	})

	raw(C, Phi, "claim-status-j1100", `From: "Claims Status Service" <claimstatus@keystone-billing.example.com>
To: "Lakeside Surgical Center Billing" <billing@lakeside-surgical.example.org>
Subject: 277 claim status: 2 claims denied (CO-16)

Claim status response, payer: Tri-State Mutual

Claim 2025061900418
  Patient: Kowalczyk, Irena   DOB 11/03/1957   Member ID TSM77104928
  DOS 06/02/2025
  Line 1: 99213 office visit                 PAID    $92.14
  Line 2: J1100 dexamethasone sodium phosphate, 1 mg x 10 units
          DENIED CO-16 missing NDC for drug line
  Dx: M75.41 impingement syndrome of right shoulder

Claim 2025061900422
  Patient: Ramdeen, Vikram    DOB 02/17/1983   Member ID TSM80019336
  DOS 06/03/2025
  Line 1: 20610 arthrocentesis, major joint   DENIED CO-16 missing modifier
  Line 2: J3301 triamcinolone acetonide 10 mg x 4  PAID $14.60
  Dx: M17.12 unilateral primary osteoarthritis, left knee

Please correct and resubmit within 90 days of the DOS.
`)

	raw(C, Phi, "care-team-wound-care", `From: "Nguyen, Thao RN" <tnguyen@mountainview-hosp.example.org>
To: "Dr. Farrow" <rfarrow@mountainview-hosp.example.org>
Cc: wound-team@mountainview-hosp.example.org
Subject: Mr. Haddad in 4 West - heel wound worse

Dr. Farrow,

Quick update on Omar Haddad (4 West, bed 12, MRN 10448127). The stage 3
pressure injury on his left heel is larger today: 3.1 x 2.4 cm, up from
2.5 x 2.0 cm on Monday, with new yellow slough and a faint odor. Temp
38.1 C this morning, WBC 13.2 (was 9.8).

He is diabetic (A1c 9.4 last month) with poor pedal pulses. Could you
consider a vascular consult and an X-ray to rule out osteomyelitis? We
have him on heel offloading boots and turning q2h.

Wound photos are in the chart under Media.

Thao Nguyen, RN, CWOCN
Wound care team, pager 555-0153
`)

	raw(C, Phi, "billing-statement-services", `From: "Patient Financial Services" <statements@mercyvale.example.org>
To: "Colleen Brennan" <cbrennan@example.org>
Subject: Your statement from Mercyvale Medical Center

Mercyvale Medical Center - Patient Statement

Guarantor:       Colleen Brennan
Account number:  MV-0038829141
Statement date:  08/05/2025

Date        Description                                  Charges
07/14/2025  Emergency dept visit, level 4 (99284)       $1,480.00
07/14/2025  CT head without contrast (70450)            $1,920.00
07/14/2025  Laceration repair, 4.1 cm scalp (12032)       $612.00
            Insurance payment - Tri-State Mutual       -$3,118.46
            Contractual adjustment                       -$512.00

Amount due by 09/04/2025: $381.54

Pay online at pay.mercyvale.example.org with your account number, or call
1-888-555-0173. Ask us about payment plans and financial assistance.
`)

	raw(C, Phi, "records-request-attorney", `From: "Kim Castellanos" <kcastellanos@castellanos-law.example.com>
To: "Health Information Management" <him@mercyvale.example.org>
Subject: Records request - Thomas Brennan, DOB 03/30/1972

To the Release of Information department,

Our office represents Thomas Brennan (DOB 03/30/1972) in connection with a
motor vehicle accident on 01/09/2025. Enclosed is his signed HIPAA
authorization.

Please provide complete records for his treatment at Mercyvale from
01/09/2025 to present, including the ED record, the operative report for
the open reduction and internal fixation of his right tibia, physical
therapy notes and itemized bills.

Please send to our office at the address below or via secure link.

Kim Castellanos, Paralegal
Castellanos & Reyes LLP | 602-555-0190
`)

	raw(C, Phi, "immunization-record-school", `From: "Pine Grove Pediatrics" <records@pinegrovepeds.example.org>
To: "Lisa Marchetti" <lmarchetti@example.net>
Subject: Immunization record for Sofia Marchetti

Hi Lisa,

As requested, here is Sofia's immunization record for school registration.

Patient: Sofia Marchetti   DOB: 05/02/2018   MRN: 00420115

  Vaccine            Dates given
  DTaP               07/02/18, 09/04/18, 11/06/18, 08/12/19, 05/10/22
  IPV (polio)        07/02/18, 09/04/18, 08/12/19, 05/10/22
  MMR                05/07/19, 05/10/22
  Varicella          05/07/19, 05/10/22
  Hepatitis B        05/03/18, 07/02/18, 02/11/19
  Hepatitis A        05/07/19, 11/12/19
  Influenza          10/14/24

She is up to date for kindergarten. A signed certificate is at the front
desk if the school needs the original.

Pine Grove Pediatrics | 513-555-0141
`)

	raw(C, Phi, "radiology-report-ct-chest", `From: "Radiology Reports" <rad-reports@ridgeview-hosp.example.org>
To: "Dr. Samira Haddad" <shaddad@ridgeview-hosp.example.org>
Subject: Final report: CT chest w/ contrast - LINDQVIST, ERIK

FINAL REPORT

Patient: LINDQVIST, ERIK      MRN: 20188430     DOB: 12/08/1954
Exam: CT CHEST WITH CONTRAST  Accession: RAD-77120385
Date: 04/18/2025 14:22        Ordering: Samira Haddad, MD

CLINICAL HISTORY: 70-year-old former smoker, weight loss, cough.

FINDINGS: 2.3 cm spiculated nodule in the right upper lobe (series 4,
image 61). Enlarged right hilar lymph node, 1.4 cm short axis. No pleural
effusion. Mild centrilobular emphysema. Liver and adrenals unremarkable
within the imaged field.

IMPRESSION:
1. Spiculated right upper lobe nodule with right hilar adenopathy,
   highly suspicious for primary lung malignancy. Lung-RADS 4X.
2. Recommend PET-CT and tissue sampling.

Critical result communicated to Dr. Haddad by phone at 14:51.
Electronically signed: Peter Achterberg, MD, Radiology
`)

	raw(C, Phi, "eprescribe-npi-dea-oxycodone", `From: "eRx Hub" <erx@erxhub.example.net>
To: "Lakeside Pharmacy" <rx@lakeside-pharmacy.example.com>
Subject: NewRx: QUINTERO, ALEJANDRO - oxycodone 5 mg (CII)

NEW PRESCRIPTION (EPCS)

Prescriber:  Samuel Thorne, MD
             NPI 1473902165   DEA BM4829137
             Hillcrest Orthopedics, 77 Summit Ave, Tulsa OK 74103
Patient:     Alejandro Quintero   DOB 06/30/1979   Sex M
             4410 S Peoria Ave, Tulsa OK 74105   918-555-0117

Rx:          Oxycodone HCl 5 mg tablet, NDC 0406-0552-01
Sig:         1 tab by mouth every 6 hours as needed for pain, max 4/day
Qty:         20 (twenty)   Days supply: 5   Refills: 0
Diagnosis:   S82.201A fracture of shaft of right tibia, initial encounter
Note:        Post-op day 1 after ORIF. PDMP checked 06/20/2025.

Digitally signed 06/20/2025 16:02 CDT
`)

	add(C, Phi, "subject-only-a1c", &Msg{
		From:    `"Sunrise Family Practice" <portal@sunrise-family.example.org>`,
		To:      `"Maria Quintero" <mquintero@example.com>`,
		Subject: "Lab results for Maria Quintero DOB 03/14/1958: A1c 8.2% - metformin increased",
		Root:    text("Please see the patient portal for details.\n"),
	})

	add(C, Phi, "subject-only-ct-result-empty-body", &Msg{
		From:    `"Dr. Ben Tran" <btran@ridgeview-hosp.example.org>`,
		To:      `"Dr. Samira Haddad" <shaddad@ridgeview-hosp.example.org>`,
		Subject: "Re: Torres, Ana MRN 00731542 - CT abd shows acute appendicitis, surgery consulted",
		Root:    text(""),
	})

	add(C, Phi, "csv-diabetes-registry-attachment", &Msg{
		From:    `"Population Health" <pophealth@sunrise-family.example.org>`,
		To:      `"Care Coordinators" <care-coord@sunrise-family.example.org>`,
		Subject: "Outreach list for this week",
		Root: mixed(text("Hi all,\n\nAttached is this week's outreach list. Please call everyone before Friday\nand document in the outreach flowsheet.\n\nThanks,\nMonique\n"),
			attachText("text/csv", "outreach_wk23.csv", registryCSV(26), "base64")),
	})

	add(C, Phi, "hl7-oru-lab-attachment", &Msg{
		From:    `"Regional Labs Interface" <hl7-out@regional-labs.example.com>`,
		To:      `"Sunrise Family Practice Interface" <interface@sunrise-family.example.org>`,
		Subject: "Resent result message (batch 5581)",
		Root: mixed(text("Resending one ORU from batch 5581 that your engine NAK'd yesterday.\n"),
			hl7Part("application/hl7-v2", "ORU_5581_0007.hl7", hl7(
				`MSH|^~\&|REGLAB|REGIONALLABS|SUNRISE_EHR|SUNRISEFP|20250612081530||ORU^R01^ORU_R01|RL5581000007|P|2.5.1`,
				`PID|1||44018273^^^SUNRISEFP^MR||DELGADO^ROSA^M||19490722|F|||18 Burnside St^^Portland^OR^97209||5035550131`,
				`PV1|1|O|SFP^^^CLINIC||||1620588438^NAKAMURA^KENJI`,
				`ORC|RE|ORD448211|RL991027`,
				`OBR|1|ORD448211|RL991027|80053^COMPREHENSIVE METABOLIC PANEL^CPT|||20250611073000`,
				`OBX|1|NM|2345-7^Glucose^LN||187|mg/dL|70-99|H|||F`,
				`OBX|2|NM|2160-0^Creatinine^LN||1.62|mg/dL|0.57-1.00|H|||F`,
				`OBX|3|NM|33914-3^eGFR^LN||32|mL/min/1.73m2|>59|L|||F`,
				`OBX|4|NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.2|H|||F`,
				`DG1|1||N18.3^Chronic kidney disease, stage 3^I10C|||F`))),
	})

	add(C, Phi, "hl7-adt-text-plain-attachment", &Msg{
		From:    `"Interface Engine" <engine@ridgeview-hosp.example.org>`,
		To:      `"Interface Analysts" <interface-team@ridgeview-hosp.example.org>`,
		Subject: "ADT that failed routing - please look",
		Root: mixed(text("This A01 failed the routing rule for the cardiology feed (PV1-3 unknown).\nOriginal attached as text.\n\n-- engine\n"),
			hl7Part("text/plain", "adt_a01_failed.txt", hl7(
				`MSH|^~\&|ADT1|RIDGEVIEW|CARDIO|RVH|20250503221105||ADT^A01^ADT_A01|RV20250503221105044|P|2.3`,
				`EVN|A01|20250503221000`,
				`PID|1||20188431^^^RVH^MR~512447309^^^SSA^SS||WHITFIELD^JAMES^R||19640219|M|||902 Elm Ct^^Ridgeview^PA^15001||7245550124`,
				`PV1|1|I|CCU^204^A|E|||1588207419^BRENNAN^KATHLEEN|||CAR||||7`,
				`DG1|1||I21.4^Non-ST elevation myocardial infarction^I10|||A`,
				`DG1|2||E78.5^Hyperlipidemia, unspecified^I10|||S`,
				`AL1|1|DA|70618^Penicillin^RXNORM|SV|Hives`))),
	})

	add(C, Phi, "hl7-er7-x-application", &Msg{
		From:    `"Imaging Results Bridge" <bridge@northside-imaging.example.com>`,
		To:      `"Mapleview Clinic" <results@mapleview-clinic.example.org>`,
		Subject: "Result delivery 0000918",
		Root: mixed(text("Automated delivery. Do not reply.\n"),
			hl7Part("x-application/hl7-v2+er7", "0000918.er7", hl7(
				`MSH|^~\&|NSI_RIS|NORTHSIDE|MAPLEVIEW|MVC|20250722104400||ORU^R01|NSI0000918|P|2.4`,
				`PID|1||MV30017725^^^MVC^MR||OYELARAN^GRACE^A||19880511|F`,
				`OBR|1||NSI-ACC-661042|73721^MRI JOINT OF LOWER EXTREMITY W/O CONTRAST^CPT||20250721150000`,
				`OBX|1|TX|IMP^Impression||Complete tear of the anterior cruciate ligament, left knee. Bone bruise lateral femoral condyle.||||||F`,
				`DG1|1||S83.512A^Sprain of anterior cruciate ligament of left knee^I10`))),
	})

	add(C, Phi, "fhir-bundle-patient-condition", &Msg{
		From:    `"ClinicFlow Exports" <exports@clinicflow.example.com>`,
		To:      `"Greenfield Clinic" <data@greenfield-clinic.example.org>`,
		Subject: "Export job 8812 complete",
		Root: mixed(text("Your export job 8812 finished. 1 file attached.\n"),
			attach("application/fhir+json", "export-8812.json", []byte(`{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2025-05-30T14:02:11Z",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "pt-7731",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "GF-00917732"}],
      "name": [{"family": "Achterberg", "given": ["Willem", "J"]}],
      "gender": "male",
      "birthDate": "1947-10-09",
      "address": [{"line": ["15 Dunmore Rd"], "city": "Greenfield", "state": "MA", "postalCode": "01301"}]
    }},
    {"resource": {
      "resourceType": "Condition",
      "id": "cond-1",
      "subject": {"reference": "Patient/pt-7731"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "J44.1", "display": "Chronic obstructive pulmonary disease with (acute) exacerbation"}]},
      "onsetDateTime": "2025-05-12"
    }},
    {"resource": {
      "resourceType": "MedicationStatement",
      "id": "med-1",
      "subject": {"reference": "Patient/pt-7731"},
      "medicationCodeableConcept": {"text": "tiotropium 18 mcg inhaled daily"},
      "status": "active"
    }}
  ]
}
`))),
	})

	add(C, Phi, "fhir-observation-potassium", &Msg{
		From:    `"Results API" <results-api@partner-lab.example.net>`,
		To:      `"Devon Hale" <dhale@clinicflow.example.com>`,
		Subject: "Re: payload that fails validation",
		Root: mixed(text("Devon, here's the exact Observation our validator rejects (production, sorry -\nit was the only failing one). Field valueQuantity.code looks right to me.\n"),
			attach("application/fhir+json", "observation-failing.json", []byte(`{
  "resourceType": "Observation",
  "id": "obs-55120",
  "status": "final",
  "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
  "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3", "display": "Potassium [Moles/volume] in Serum or Plasma"}]},
  "subject": {"reference": "Patient/88120", "display": "Beatriz Espinoza"},
  "effectiveDateTime": "2025-06-03T07:15:00-05:00",
  "valueQuantity": {"value": 6.1, "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L"},
  "interpretation": [{"coding": [{"code": "HH", "display": "Critical high"}]}],
  "referenceRange": [{"low": {"value": 3.5}, "high": {"value": 5.1}}]
}
`))),
	})

	add(C, Phi, "ccda-xml-transition-of-care", &Msg{
		From:    `"Direct Messaging" <direct@mercyvale.direct.example.org>`,
		To:      `"Oak Haven SNF Admissions" <admissions@oakhaven-snf.direct.example.org>`,
		Subject: "Transition of care document",
		Root: mixed(text("Transition of care summary attached.\n"),
			attach("application/xml", "CCD_transition.xml", []byte(ccdaDoc))),
	})

	add(C, Phi, "ics-physical-therapy-appointment", &Msg{
		From:    `"Northside Physical Therapy" <schedule@northside-pt.example.com>`,
		To:      `"Grace Oyelaran" <goyelaran@example.net>`,
		Subject: "Appointment confirmation",
		Root: mixed(text("Your appointment is confirmed. Add it to your calendar with the attached file.\n"),
			attach("text/calendar; method=PUBLISH", "appointment.ics", ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Northside PT//Scheduler 5//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:appt-2025-08-04-0930-oyelaran@northside-pt.example.com
DTSTAMP:20250728T120000Z
DTSTART:20250804T133000Z
DTEND:20250804T142500Z
SUMMARY:Physical therapy - ACL reconstruction rehab (Grace Oyelaran)
DESCRIPTION:Post-op week 2 after left ACL reconstruction (Dr. Thorne). Patient MRN MV30017725. Bring knee brace and shorts.
LOCATION:Northside Physical Therapy\, 401 Lake St\, Suite 2
END:VEVENT
END:VCALENDAR
`))),
	})

	add(C, Phi, "pdf-lab-report-uncompressed", &Msg{
		From:    `"Regional Labs" <reports@regional-labs.example.com>`,
		To:      `"Dr. Kenji Nakamura" <knakamura@mapleview-clinic.example.org>`,
		Subject: "Report ready",
		Root: mixed(text("Your report is attached.\n"),
			attach("application/pdf", "report_RL991044.pdf", pdfDoc("Lab report RL991044", pdfLines(`REGIONAL LABS - FINAL REPORT
Patient: FARROW, DANIEL T        DOB: 08/19/1966      Sex: M
MRN: 30021847                    Collected: 06/10/2025 07:45
Ordering: Kenji Nakamura, MD     Accession: RL991044

LIPID PANEL
  Total cholesterol    262 mg/dL   (<200)    H
  LDL cholesterol      181 mg/dL   (<100)    H
  HDL cholesterol       38 mg/dL   (>40)     L
  Triglycerides        214 mg/dL   (<150)    H
HEPATIC
  ALT                   44 U/L     (7-52)
  AST                   39 U/L     (13-39)
THYROID
  TSH                 6.8 mIU/L    (0.4-4.0) H
  Free T4             0.7 ng/dL    (0.8-1.8) L

Comment: findings consistent with primary hypothyroidism; consider
repeat TSH and TPO antibodies.`), false))),
	})

	add(C, Phi, "pdf-referral-flate", &Msg{
		From:    `"Greenfield Clinic" <referrals@greenfield-clinic.example.org>`,
		To:      `"Valley Pulmonary Associates" <intake@valleypulm.example.com>`,
		Subject: "New referral",
		Root: mixed(text("Please see the attached referral. Let us know the appointment date.\n\nGreenfield Clinic Referrals\n"),
			attach("application/pdf", "referral.pdf", pdfDoc("Referral", pdfLines(`GREENFIELD CLINIC - REFERRAL FOR CONSULTATION
Date: 05/30/2025

To:        Valley Pulmonary Associates
Patient:   Willem J. Achterberg       DOB: 10/09/1947
MRN:       GF-00917732                Phone: 413-555-0128
Insurance: Medicare, MBI 3TR5-KD7-PW42

Reason for referral:
COPD with frequent exacerbations (J44.1): three courses of prednisone
and two ED visits since January. FEV1 41% predicted (04/2025).
Current meds: tiotropium 18 mcg daily, budesonide/formoterol 160/4.5
two puffs twice daily, albuterol as needed. Home O2 2 L at night.

Question: candidate for roflumilast or pulmonary rehab? Please evaluate
for hypoxemia on exertion.

Referring provider: Dana Lindqvist, NP (NPI 1308564727)`), true))),
	})

	add(C, Phi, "forwarded-rfc822-patient-message", &Msg{
		From:    `"Front Desk" <frontdesk@sunrise-family.example.org>`,
		To:      `"Dr. Ellison" <eellison@sunrise-family.example.org>`,
		Subject: "Fwd: question about my blood pressure pills",
		Root: mixed(text("Forwarding - patient asked that you see this today.\n"),
			rfc822(rawInner(`From: "Priscilla Abernathy" <pabernathy@example.com>
To: "Front Desk" <frontdesk@sunrise-family.example.org>
Subject: question about my blood pressure pills
Date: Mon, 09 Jun 2025 07:12:44 -0400
Message-ID: <CAF-pa-20250609@mail.example.com>

Good morning,

This is Priscilla Abernathy, born 2/2/1952. Since Dr. Ellison started me on
amlodipine 10 mg last week my ankles are very swollen and I get dizzy when
I stand up. My home readings are 104/62 this morning. Should I keep taking
it? My pharmacy is CornerRx on Oak St.

Thank you,
Priscilla
`))),
	})

	add(C, Phi, "filename-mri-knee-pdf", &Msg{
		From:    `"Northside Imaging" <film-library@northside-imaging.example.com>`,
		To:      `"Hillcrest Orthopedics" <records@hillcrest-ortho.example.org>`,
		Subject: "Requested images report",
		Root: mixed(text("Hello,\n\nPlease see attached as requested.\n\nFilm Library\n"),
			attach("application/pdf", "Nguyen_Lan_MRN0048812_MRI_knee_meniscus_tear.pdf", pdfDoc("Report", pdfLines(`Northside Imaging
Report attached per request.`), true))),
	})

	add(C, Phi, "html-only-clinic-schedule-table", &Msg{
		From:    `"Scheduling System" <no-reply@oakridge-urgentcare.example.org>`,
		To:      `"Dr. Rachel Farrow" <rfarrow@oakridge-urgentcare.example.org>`,
		Subject: "Your schedule for tomorrow",
		Root:    html(scheduleHTML()),
	})

	add(C, Phi, "alt-html-table-inpatient-census", &Msg{
		From:    `"Hospitalist Census" <census@mountainview-hosp.example.org>`,
		To:      `hospitalists@mountainview-hosp.example.org`,
		Subject: "Morning census - team B",
		Root: alt(text("Team B census - view in an HTML-capable mail client.\n"), html(`<html><body>
<p>Team B census, 06:00</p>
<table border="1" cellpadding="3">
<thead><tr><th>Room</th><th>Patient</th><th>MRN</th><th>Age</th><th>Problem</th><th>Plan today</th></tr></thead>
<tbody>
<tr><td>412</td><td>Haddad, Omar</td><td>10448127</td><td>71</td><td>Heel ulcer, r/o osteomyelitis</td><td>MRI foot, vascular c/s</td></tr>
<tr><td>415</td><td>Zhang, Wei</td><td>10452210</td><td>58</td><td>Community-acquired pneumonia</td><td>Switch to PO amoxicillin-clav</td></tr>
<tr><td>417</td><td>Pruitt, Walter</td><td>10390017</td><td>80</td><td>CHF exacerbation</td><td>Furosemide 40 IV BID, daily weights</td></tr>
<tr><td>420</td><td>Delgado, Rosa</td><td>10461183</td><td>75</td><td>AKI on CKD 3</td><td>Hold lisinopril, renal US</td></tr>
<tr><td>422</td><td>Brennan, Thomas</td><td>10466054</td><td>53</td><td>Tibia fx s/p ORIF POD2</td><td>PT/OT, d/c planning</td></tr>
<tr><td>423</td><td>Thorne, Ingrid</td><td>10467720</td><td>66</td><td>GI bleed, Hgb 7.2</td><td>Transfuse 1 unit, EGD today</td></tr>
</tbody></table>
</body></html>
`)),
	})

	add(C, Phi, "html-entities-obfuscated", &Msg{
		From:    `"Lakeshore Community Health" <care@lakeshore-chc.example.org>`,
		To:      `"Keisha Pruitt" <kpruitt@example.com>`,
		Subject: "Message from your care team",
		Root: html(`<html><body>
<p>Dear Ms.&nbsp;Pruitt,</p>
<p>Your recent visit summary:</p>
<p>&#77;RN&#58;&nbsp;&#48;&#48;&#55;&#55;&#49;&#50;&#48;&#57;<br>
Date&nbsp;of&nbsp;birth&#58; 04&#47;19&#47;1990</p>
<p>Diagnosis&#58; <i>Iron&#8209;deficiency anemia</i> (D50&#46;9) and vitamin&nbsp;B<sub>12</sub> deficiency (E53&#46;8).<br>
Medication&#58; ferrous gluconate 324&nbsp;mg daily &amp; cyanocobalamin 1000&nbsp;mcg daily.</p>
<p>Your hemoglobin was 9&#46;8&nbsp;g&#47;dL. Please return for a recheck in 6&nbsp;weeks.</p>
<p>&mdash; Lakeshore Internal Medicine</p>
</body></html>
`),
	})

	add(C, Phi, "html-split-tags-ssn", &Msg{
		From:    `"Enrollment Desk" <enrollment@tri-state-mutual.example.com>`,
		To:      `"Provider Relations" <provider-relations@mercyvale.example.org>`,
		Subject: "Coverage verification",
		Root: html(`<html><body>
<p>Hello,</p>
<p>We verified coverage for the member below for the planned procedure.</p>
<table>
<tr><td>Member:</td><td><span style="font-weight:bold">Svetlana</span> <span>Kowalczyk</span></td></tr>
<tr><td>SSN:</td><td><b>523</b>-<b>61</b>-<span class="x">4408</span></td></tr>
<tr><td>DOB:</td><td><span>10</span>/<span>27</span>/<span>1969</span></td></tr>
<tr><td>Procedure:</td><td>Laparoscopic chole<wbr>cystectomy (CPT 4<b></b>7562)</td></tr>
<tr><td>Diagnosis:</td><td>K80.<span>20</span> Calculus of gallbladder without cholecystitis</td></tr>
<tr><td>Surgery date:</td><td>08/14/2025, Mercyvale Main OR</td></tr>
</table>
<p>Deductible met: $1,200 of $1,500. Coinsurance 20% applies.</p>
</body></html>
`),
	})

	add(C, Phi, "base64-text-body-pathology", &Msg{
		From:    `"Pathology Department" <pathology@ridgeview-hosp.example.org>`,
		To:      `"Dr. Kathleen Brennan" <kbrennan@ridgeview-hosp.example.org>`,
		Subject: "Pathology result",
		Root: b64(text(`SURGICAL PATHOLOGY REPORT

Patient: Marchetti, Giulia     MRN: 20207719     DOB: 01/25/1975
Specimen: Skin, left upper back, shave biopsy
Received: 05/22/2025

DIAGNOSIS:
Malignant melanoma, superficial spreading type.
Breslow thickness 0.9 mm, Clark level III, no ulceration.
Mitotic rate 1/mm2. Peripheral margin involved; deep margin clear.

COMMENT: Recommend wide local excision with 1 cm margins. Sentinel lymph
node biopsy may be considered (pT1b).

Pathologist: Lena Vasquez, MD  05/24/2025
`)),
	})

	add(C, Phi, "qp-soft-breaks-in-identifiers", &Msg{
		From:    `"Valley Pulmonary Associates" <nurse@valleypulm.example.com>`,
		To:      `"Willem Achterberg" <wachterberg@example.net>`,
		Subject: "Follow-up after your pulmonary function test",
		Root: qpBreaks("text/plain", "utf-8", `Dear Mr. Achterberg,

Thank you for coming in on 06/18 for your pulmonary function test.

Patient account: VPA-00¦48¦2219   Date of birth: 10/0¦9/1947

Your FEV1 was 39% of predicted, slightly lower than in April. Dr. Ramdeen
would like to start roflu¦milast 250 mcg daily for four weeks, then 500 mcg
daily, and refer you to pulmonary rehabili¦tation at Greenfield Hospital.
Your oxygen saturation dropped to 86% while walking, so we are ordering
portable oxygen (2 L/min with exertion) - the supplier will call you.

Common side effects of roflumilast include diarrhea, weight loss and
trouble sleeping. Call us at 413-555-0129 if they bother you.

Valley Pulmonary Associates
`),
	})

	add(C, Phi, "encoded-subject-utf8-b-spanish", &Msg{
		From:    `"Clínica San Rafael" <citas@clinica-sanrafael.example.org>`,
		To:      `"José Luis Espinoza" <jlespinoza@example.net>`,
		Subject: encWord("Confirmación de cita: José Luis Espinoza - endocrinología 14/07", "utf-8", 'B'),
		Root: text(`Estimado José Luis:

Le confirmamos su cita en la Clínica San Rafael:

  Fecha: lunes 14 de julio de 2025, 8:20 a. m.
  Especialidad: Endocrinología - Dra. Beatriz Castellanos
  Motivo: control de diabetes tipo 2 y ajuste de insulina glargina

Por favor venga en ayunas; le tomaremos una muestra de sangre para la
hemoglobina A1c antes de la consulta. Traiga su glucómetro.

Si no puede asistir, llame al 956-555-0181.

Clínica San Rafael
`),
	})

	add(C, Phi, "encoded-subject-latin1-q", &Msg{
		From:    `"Cabinet Dr Dubois" <secretariat@cabinet-dubois.example.fr.test>`,
		To:      `"Hélène Marchetti" <helene.marchetti@example.net>`,
		Subject: encWord("Résultats d'analyse - Mme Hélène Marchetti", "iso-8859-1", 'Q'),
		Root: textAs("text/plain", `Madame Marchetti,

Vos résultats d'analyse du 12/05/2025 sont disponibles :

  Glycémie à jeun : 1,31 g/L (N : 0,70 - 1,10)
  HbA1c : 7,4 %
  Créatinine : 78 µmol/L
  Cholestérol LDL : 1,62 g/L

Le Dr Dubois souhaite vous revoir pour adapter votre traitement
(metformine). Merci d'appeler le secrétariat au 01 55 50 01 27.

Bien cordialement,
Le secrétariat du Dr Dubois
`, "iso-8859-1", "quoted-printable"),
	})

	add(C, Phi, "latin1-8bit-spanish-appointment", &Msg{
		From:    `"Centro de Salud Familiar" <recordatorios@csfamiliar.example.org>`,
		To:      `"Ana Torres" <ana.torres@example.com>`,
		Subject: encWord("Recordatorio: su cita de cirugía general", "iso-8859-1", 'Q'),
		Root: textAs("text/plain", `Sra. Ana Torres:

Le recordamos su cita de seguimiento después de la apendicectomía:

  Día: jueves 24 de julio, 10:15
  Médico: Dr. Martín Quintero, Cirugía General
  Número de expediente: 00731542

Por favor no se moje la herida hasta la consulta. Si tiene fiebre de más
de 38 °C, enrojecimiento o pus en la herida, llame al 312-555-0188.

Centro de Salud Familiar
`, "iso-8859-1", "8bit"),
	})

	add(C, Phi, "windows1252-statement-quotes", &Msg{
		From:    `"Dr. Grant’s Dental Office" <office@grant-dental.example.com>`,
		To:      `"Yolanda Castellanos" <ycastellanos@example.org>`,
		Subject: "Your treatment estimate",
		Root: textAs("text/plain", `Hi Yolanda,

Here’s the estimate Dr. Grant promised after today’s exam (09/03):

  • D2740 Crown – porcelain/ceramic, tooth #19 ......... $1,250.00
  • D3330 Root canal – molar, tooth #19 ................ $1,100.00
  • D4341 Scaling & root planing, 4+ teeth, per quadrant  $240.00 ×2

Your insurance (BrightSmile Dental PPO, ID 88120045) is expected to pay
about 50% of the crown and root canal. Estimated patient portion: $1,395.00.

“We’ll schedule the root canal first,” Dr. Grant said — please call us at
555-0121 to book. The cracked filling shouldn’t wait more than a month…

Grant Family Dentistry
`, "windows-1252", "quoted-printable"),
	})

	raw(C, Phi, "spanish-lab-results", `From: "Laboratorio Clínico del Valle" <resultados@labdelvalle.example.com>
To: "Gabriela Quintero" <gquintero@example.net>
Subject: Sus resultados de laboratorio están listos

Estimada Sra. Gabriela Quintero:

Sus resultados del 02/06/2025 (orden 5581-2207):

  Colesterol total:   248 mg/dL   (alto)
  LDL:                166 mg/dL   (alto)
  Triglicéridos:      190 mg/dL   (alto)
  Glucosa en ayunas:  104 mg/dL   (prediabetes)
  TSH:                1,9 mUI/L   (normal)

El Dr. Delgado le recomienda iniciar atorvastatina 20 mg cada noche y
repetir el perfil de lípidos en 3 meses. Le enviamos la receta a su
farmacia.

Fecha de nacimiento en su expediente: 11/09/1971. Si algún dato es
incorrecto, avísenos al 915-555-0114.

Laboratorio Clínico del Valle
`)

	raw(C, Phi, "spanish-sms-style-reminder", `From: "Recordatorios Clínica Norte" <sms-gateway@clinica-norte.example.com>
To: "Pedro Vasquez" <pvasquez@example.net>
Subject: Cita manana 9:30 Dr. Holloway

Clinica Norte: Pedro, su cita de control de presion arterial es manana
mar 15/07 a las 9:30 con el Dr. Holloway. Traiga su lista de medicinas
(losartan). Confirme: responda SI. Cancelar: NO. Info 555-0116
`)

	raw(C, Phi, "french-consultation-report", `From: "Dr Élise Dubois" <edubois@cabinet-dubois.example.fr.test>
To: "Dr Marc Lefèvre" <mlefevre@cardio-lyon.example.fr.test>
Subject: Compte rendu de consultation - M. Jacques Moreau

Cher confrère,

J'ai revu ce jour M. Jacques Moreau, né le 03/11/1958, pour le suivi de sa
fibrillation atriale permanente.

Il est essoufflé au moindre effort depuis trois semaines. Fréquence
cardiaque à 118/min, TA 142/88. Œdèmes des membres inférieurs. NT-proBNP
à 2 410 pg/mL.

Traitement actuel : apixaban 5 mg x 2/j, bisoprolol 2,5 mg/j.
J'augmente le bisoprolol à 5 mg et j'ajoute du furosémide 40 mg le matin.

Je vous l'adresse pour une échographie cardiaque et votre avis sur une
éventuelle stratégie de contrôle du rythme. Rendez-vous souhaité sous
15 jours.

Bien confraternellement,
Dr Élise Dubois, médecine générale
`)

	raw(C, Phi, "german-lab-report", `From: "Labor Dr. Achterberg" <befunde@labor-achterberg.example.de.test>
To: "Praxis Dr. Thorne" <praxis@praxis-thorne.example.de.test>
Subject: Befund: Schneider, Klaus (geb. 22.08.1960)

Sehr geehrte Frau Kollegin,

anbei der Befund für Ihren Patienten:

  Name:          Schneider, Klaus
  Geburtsdatum:  22.08.1960
  Auftrags-Nr.:  24-771290

  Kreatinin      2,1 mg/dl     (0,7-1,2)   erhöht
  eGFR           34 ml/min     (>60)       vermindert
  Kalium         5,6 mmol/l    (3,5-5,1)   erhöht
  HbA1c          8,1 %         (<5,7)      erhöht

Beurteilung: Hinweis auf chronische Niereninsuffizienz Stadium 3b bei
bekanntem Diabetes mellitus Typ 2. Wir empfehlen eine Überprüfung der
Metformin-Dosis und eine nephrologische Vorstellung.

Mit freundlichen kollegialen Grüßen
Labor Dr. Achterberg
`)

	raw(C, Phi, "portuguese-appointment", `From: "Clínica Bem Estar" <agenda@clinicabemestar.example.com>
To: "Beatriz Oliveira" <beatriz.oliveira@example.net>
Subject: Confirmação de consulta - Dermatologia

Olá, Beatriz!

Sua consulta está confirmada:

  Data: 22/08/2025, às 14h30
  Especialidade: Dermatologia - Dra. Fernanda Lopes
  Motivo: retorno - psoríase em placas, avaliação do metotrexato

Traga os exames de sangue (hemograma e função hepática) pedidos na última
consulta. Prontuário nº 552901.

Dúvidas: (11) 5550-0135.

Clínica Bem Estar
`)

	raw(C, Phi, "vietnamese-appointment-reminder", `From: "Phòng Khám Gia Đình An Khang" <lichhen@ankhang-clinic.example.com>
To: "Trần Văn Minh" <tvminh@example.net>
Subject: Nhắc lịch hẹn tái khám - ông Trần Văn Minh

Kính gửi ông Trần Văn Minh,

Phòng khám xin nhắc lịch tái khám của ông:

  Ngày: thứ Sáu, 18/07/2025 lúc 10 giờ sáng
  Bác sĩ: BS. Nguyễn Thị Lan - Nội tổng quát
  Lý do: kiểm tra huyết áp và đường huyết (tiểu đường type 2)

Xin ông mang theo thuốc đang dùng (metformin, amlodipine) và nhịn ăn sáng
để xét nghiệm máu.

Điện thoại: 714-555-0169

Phòng Khám Gia Đình An Khang
`)

	add(C, Phi, "japanese-sjis-lab-results", &Msg{
		From:    `"Sakura Clinic" <kensa@sakura-clinic.example.jp.test>`,
		To:      `"Yamada Taro" <t.yamada@example.jp.test>`,
		Subject: encWordBytes([]byte(legacy("ja-lab-subj").bytes), "shift_jis", 'B'),
		Root:    &Part{CT: "text/plain", Params: map[string]string{"charset": "shift_jis"}, CTE: "base64", Body: []byte(legacy("ja-lab-body").bytes)},
	})

	add(C, Phi, "russian-koi8r-cardiology", &Msg{
		From:    `"Poliklinika 7" <kardio@poliklinika7.example.ru.test>`,
		To:      `"Sergei Ivanov" <s.ivanov@example.ru.test>`,
		Subject: encWordBytes([]byte(legacy("ru-phi-subj").bytes), "koi8-r", 'B'),
		Root:    &Part{CT: "text/plain", Params: map[string]string{"charset": "koi8-r"}, CTE: "quoted-printable", Body: []byte(legacy("ru-phi-body").bytes)},
	})

	raw(C, Phi, "display-name-oncology-billing-patient", `From: "Oncology Billing" <onc-billing@cascade-cancer-ctr.example.org>
To: "Harold Thorne" <hthorne@example.com>
Subject: Your statement is ready

Hello Harold,

Your statement for account 0048-221930 is ready. Balance: $412.50 for
services on 02/11/2025 and 02/25/2025. You can pay online or set up a
payment plan.

Thank you,
Patient Accounts
(541) 555-0177
`)

	raw(C, Phi, "x-sensitivity-header-consult", `From: "Dr. Ravi Ramdeen" <rramdeen@valleypulm.example.com>
To: "Dr. Dana Lindqvist" <dlindqvist@greenfield-clinic.example.org>
Subject: Consult note - Achterberg
X-Sensitivity: PHI
Sensitivity: Private

Dana,

Saw Willem Achterberg (DOB 10/09/1947) today. Severe COPD, GOLD 3, with
exertional desaturation to 86%. Started roflumilast and referred to
pulmonary rehab. Also ordered a low-dose CT - he has a 55 pack-year
history and has never been screened. Follow-up in 6 weeks.

Ravi
`)

	raw(C, Phi, "secure-tag-subject-biopsy", `From: "Dr. Kathleen Brennan" <kbrennan@ridgeview-hosp.example.org>
To: "Giulia Marchetti" <gmarchetti@example.com>
Subject: [secure] Your biopsy result and next steps

Dear Ms. Marchetti,

As we discussed by phone, the biopsy from your upper back showed an early
melanoma (0.9 mm). The next step is a wider excision, which we can do in
the office under local anesthesia. I have asked our surgery scheduler to
call you this week. Dr. Vasquez in dermatology will also see you for a
full skin check.

Please call me at 724-555-0126 with any questions.

Kathleen Brennan, MD
`)

	raw(C, Phi, "encrypt-tag-subject-claim", `From: "Claims Review" <claims-review@tri-state-mutual.example.com>
To: "Patient Accounts" <pfs@mercyvale.example.org>
Subject: [ENCRYPT] Appeal decision - claim 2025041100873

Re: Claim 2025041100873, member Dmitri Zhang, ID TSM66208117, DOS 03/29/2025

The appeal for CPT 43239 (EGD with biopsy) has been overturned. Medical
necessity was established by the documented iron-deficiency anemia
(D50.0) and dysphagia (R13.10). The claim will be reprocessed within 15
business days at the in-network rate.

Claims Review, Tri-State Mutual
`)

	raw(C, Phi, "medicare-mbi-claim", `From: "Medicare Advantage Claims" <claims@silverline-ma.example.com>
To: "Achterberg, Willem" <wachterberg@example.net>
Subject: We processed a claim for you

Silverline Medicare Advantage

Member: Willem J Achterberg
Medicare Beneficiary Identifier (MBI): 3TR5-KD7-PW42
Plan member ID: SLM0044817

Claim 2025-07-100448, Valley Pulmonary Associates
  07/02/2025  94010 Spirometry              approved  $0 owed
  07/02/2025  94618 Pulmonary stress test   approved  $0 owed
  07/02/2025  99215 Office visit            approved  $20 copay
  Diagnosis: J44.1, R09.02 (hypoxemia)

Questions? Call 1-800-555-0146 (TTY 711).
`)

	raw(C, Phi, "ssn-surgery-benefits-check", `From: "Benefits Coordinator" <benefits@lakeside-surgical.example.org>
To: "Tri-State Mutual Provider Line" <provider-line@tri-state-mutual.example.com>
Subject: Eligibility check for scheduled surgery

Hello,

Please confirm coverage and any pre-certification needed for:

  Patient: Luis Castellanos
  SSN: 418-27-6603
  DOB: 08/08/1970
  Procedure: right total hip arthroplasty (CPT 27130), 09/22/2025
  Diagnosis: M16.11 primary osteoarthritis, right hip
  Surgeon: Samuel Thorne, MD

Thanks,
Brenda, Benefits Coordinator
Lakeside Surgical Center | 918-555-0118
`)

	raw(C, Phi, "dental-appointment-reminder", `From: "Westend Dental" <frontdesk@westend-dental.example.com>
To: "Mei Nakamura" <mnakamura@example.org>
Subject: See you Thursday, Mei!

Hi Mei,

This is a reminder for your appointment at Westend Dental on Thursday
04/17 at 3:30 PM with Dr. Gloria Park for your crown seat on tooth #30.
Please take your antibiotic (amoxicillin 2 g) one hour before the visit,
as prescribed for your heart valve.

Reply YES to confirm. Questions: 555-0124.
`)

	raw(C, Phi, "physical-therapy-plan-of-care", `From: "Northside Physical Therapy" <ptnotes@northside-pt.example.com>
To: "Dr. Samuel Thorne" <sthorne@hillcrest-ortho.example.org>
Subject: Plan of care for signature - Oyelaran, Grace

Dr. Thorne,

Please sign the attached-in-portal plan of care for Grace Oyelaran
(DOB 05/11/1988), s/p left ACL reconstruction with hamstring autograft
on 07/24/2025.

Current status (visit 4): knee flexion 0-95 degrees, quad lag 10 degrees,
effusion moderate, gait with one crutch.

Plan: 2x/week for 12 weeks. Goals: full extension by week 4, 120 degrees
flexion by week 8, return-to-run testing at month 4.
Codes: 97110, 97112, 97140. Dx: S83.512A, Z98.890.

Thanks,
Aisha Mbeki, PT, DPT
`)

	raw(C, Phi, "pharmacy-ready-for-pickup", `From: "CornerRx Pharmacy" <notify@cornerrx.example.com>
To: "Daniel Farrow" <dfarrow66@example.net>
Subject: Your prescription is ready for pickup

Hi Daniel,

Your prescription for LEVOTHYROXINE 50 MCG TABLET (Rx #6610372) is ready
at CornerRx, 220 Oak St. Copay: $4.00.

Prescribed by: Dr. Kenji Nakamura
Pickup by 07/03 or it will be returned to stock.
`)

	raw(C, Phi, "dob-only-identifier-biopsy", `From: "Pathology Front Office" <path-office@ridgeview-hosp.example.org>
To: "Surgical Clinic" <surgclinic@ridgeview-hosp.example.org>
Subject: Which patient? result came back unlabeled

Hi,

We received a breast core biopsy result for a patient with DOB 04/12/1961,
collected 06/30 in your clinic, but the requisition has no name. Result:
fibroadenoma, benign, no atypia. Can you tell us who it belongs to so we
can file it? Accession S25-11802.

Thanks,
Pathology Front Office
`)

	raw(C, Phi, "account-number-billing-question", `From: "Aaliyah Okonkwo" <aokonkwo@example.com>
To: "Billing" <billing@sunrise-family.example.org>
Subject: Question about my bill, account 7710-22481

Hi,

I got a bill for $265 for my visit on May 8. I think it was coded as a
new patient visit (99204) but I've been coming to Dr. Ellison for years.
The visit was for my asthma follow-up and she refilled my Symbicort.
Could you please check and resubmit to my insurance?

Account 7710-22481.

Thanks,
Aaliyah Okonkwo
`)

	raw(C, Phi, "workers-comp-injury-report", `From: "Occupational Health" <occhealth@summitcare.example.com>
To: "Claims Adjuster" <adjuster@keystone-comp.example.com>
Subject: First report of injury - WC claim 88-204417

Worker: Malik Farrow   DOB: 12/02/1990   Employer: Brightline Warehouse
Date of injury: 06/03/2025   WC claim: 88-204417

Description: lifting boxes, felt pop in lower back.
Exam: paraspinal spasm, negative straight-leg raise.
Diagnosis: S39.012A strain of muscle of lower back, initial encounter.
Treatment: cyclobenzaprine 5 mg at bedtime, naproxen 500 mg BID, PT 2x/wk.
Work status: modified duty, no lifting >15 lb for 2 weeks.
Next visit: 06/17/2025.

Dr. Colleen Pruitt, Occupational Medicine
`)

	raw(C, Phi, "parent-portal-message-peds", `From: "Lisa Marchetti" <lmarchetti@example.net>
To: "Pine Grove Pediatrics Nurse Line" <nurse@pinegrovepeds.example.org>
Subject: Sofia still has fever

Hi, it's Lisa, Sofia Marchetti's mom (DOB 5/2/2018). Sofia has had a
fever of 102.4 since Sunday and now her right ear hurts and she isn't
eating much. We've been giving children's ibuprofen 200 mg every 6 hours.
Can Dr. Okafor see her today? She had ear tubes placed two years ago.

Thanks,
Lisa  513-555-0141
`)

	raw(C, Phi, "allergy-update-chart", `From: "Allergy Clinic" <allergy@mapleview-clinic.example.org>
To: "Primary Care Team 2" <pcteam2@mapleview-clinic.example.org>
Subject: Penicillin allergy delabeled - Farrow, Daniel

FYI - Daniel Farrow (MRN 30021847) completed an oral amoxicillin
challenge today with no reaction. Penicillin allergy has been removed from
his chart. He can receive beta-lactams going forward.

Allergy Clinic, 503-555-0132
`)

	raw(C, Phi, "surgery-scheduling-instructions", `From: "Surgical Scheduling" <surgsched@lakeside-surgical.example.org>
To: "Luis Castellanos" <lcastellanos70@example.com>
Subject: Your surgery on 09/22 - instructions

Dear Mr. Castellanos,

Your right total hip replacement with Dr. Thorne is scheduled for Monday
09/22/2025. Please arrive at 5:30 AM at the Lakeside Surgical Center.

Before surgery:
 - Pre-op labs and ECG on 09/10 at 8:00 AM.
 - Stop aspirin and meloxicam 7 days before surgery (09/15).
 - Shower with the chlorhexidine soap the night before and morning of.
 - Nothing to eat after midnight. You may take your metoprolol with a sip
   of water.

Plan for 1 night in the hospital. You'll need a ride home.

Surgical Scheduling, 918-555-0118
`)

	raw(C, Phi, "home-health-order", `From: "Discharge Planning" <dcplanning@mountainview-hosp.example.org>
To: "Intake" <intake@bright-home-health.example.com>
Subject: Home health referral - Pruitt, Walter, 80M

New referral for home health:

  Patient: Walter Pruitt, DOB 01/16/1945, MRN 10390017
  Address: 21 Quarry Rd, Bangor ME 04401, phone 207-555-0109
  Dx: I50.23 acute on chronic systolic heart failure; Z79.01 long-term
      anticoagulant use
  Orders: skilled nursing 2x/wk x 4 wks for weight/BP monitoring, med
      teaching (furosemide 40 mg daily, warfarin per INR), INR draw
      weekly; PT eval and treat
  Discharge date: 06/07/2025
  PCP for orders: Dr. Alan Whitcomb

Please confirm start of care by 06/09.
`)

	raw(C, Phi, "lab-critical-value-callback", `From: "Core Lab - Critical Values" <critical@core-lab.example.org>
To: "Oakridge Urgent Care" <clinical@oakridge-urgentcare.example.org>
Subject: CRITICAL potassium - please call back

CRITICAL VALUE NOTIFICATION

Patient: Beatriz Espinoza   DOB: 02/28/1944
Specimen collected: 06/03/2025 07:15
Potassium: 6.1 mmol/L (critical high, ref 3.5-5.1), non-hemolyzed

We tried to reach the ordering provider at 07:58 and 08:10. Please call
the lab at 555-0138 to acknowledge (read-back required).
`)

	add(C, Phi, "csv-claims-export-long", &Msg{
		From:    `"Keystone Billing Reports" <reports@keystone-billing.example.com>`,
		To:      `"Practice Administrator" <admin@hillcrest-ortho.example.org>`,
		Subject: "Denied claims report - June",
		Root: mixed(text("Hi,\n\nThe denied claims report for June is attached (34 claims). Top reason:\nmissing prior authorization.\n\nKeystone Billing\n"),
			attachText("text/csv", "denials_2025-06.csv", denialsCSV(34), "quoted-printable")),
	})

	raw(C, Phi, "vaccine-reaction-report", `From: "Pharmacy Immunizations" <immunize@cornerrx.example.com>
To: "Dr. Hannah Okafor" <hokafor@pinegrovepeds.example.org>
Subject: Vaccine administered - notification for your patient

Your patient Ethan Marchetti (DOB 09/14/2011) received the following at
CornerRx #0412 on 10/02/2025:

  Influenza, quadrivalent, injectable, 0.5 mL IM, left deltoid
  Lot FL4471A, exp 06/2026, NDC 49281-0425-50
  Tdap booster, 0.5 mL IM, right deltoid, lot TD0921

Observed 15 minutes; mild lightheadedness resolved after sitting. Recorded
in the state immunization registry.
`)

	raw(C, Phi, "nutrition-referral-celiac", `From: "Dr. Yolanda Brennan" <ybrennan@greenfield-clinic.example.org>
To: "Nutrition Services" <nutrition@greenfield-clinic.example.org>
Subject: Dietitian referral for Mei Zhang

Please schedule Mei Zhang (DOB 02/11/1997, MRN GF-01022871) for a
gluten-free diet teaching visit. New diagnosis of celiac disease (K90.0)
on duodenal biopsy 06/12, tTG-IgA 148 U/mL. Also low ferritin (6) -
started iron. She prefers Tuesday afternoons.

Thanks,
Yolanda
`)

	raw(C, Phi, "sleep-study-results-letter", `From: "Lakeshore Sleep Center" <sleep@lakeshore-chc.example.org>
To: "Grant Holloway" <gholloway@example.net>
Subject: Your sleep study results

Dear Mr. Holloway,

Your overnight sleep study on 05/06/2025 showed severe obstructive sleep
apnea: apnea-hypopnea index 41 events per hour, lowest oxygen level 79%.

Dr. Mbeki recommends CPAP therapy. Our equipment partner will call you to
fit a mask. Please schedule a follow-up visit 6-8 weeks after you start
CPAP so we can download your usage data.

Lakeshore Sleep Center | 216-555-0164
`)

	raw(C, Phi, "eye-exam-diabetic-retinopathy", `From: "Clearview Eye Associates" <reports@clearview-eye.example.com>
To: "Sunrise Family Practice" <fax-inbox@sunrise-family.example.org>
Subject: Diabetic eye exam report - HOLLOWAY, DARNELL

Patient: Darnell Holloway   DOB 03/03/1967   Seen 08/12/2025

Dilated exam: moderate nonproliferative diabetic retinopathy OU, no
macular edema on OCT. Visual acuity 20/30 OD, 20/25 OS.
Dx: E11.3393. Recommend better glucose control; return in 6 months.

Dr. Ingrid Haddad, OD
`)

	raw(C, Phi, "short-nurse-callback", `From: "Nurse Line" <nurse@sunrise-family.example.org>
To: "Kevin Tran" <ktran@example.org>
Subject: Re: rash

Hi Kevin - Dr. Ellison reviewed your photos. It looks like shingles. She
sent valacyclovir 1 g three times a day for 7 days to your pharmacy.
Start today. Call if it spreads near your eye.
`)

	add(C, Phi, "utf16-le-referral-note", &Msg{
		From:    `"Legacy Fax Gateway" <faxgw@greenfield-clinic.example.org>`,
		To:      `"Referrals" <referrals@greenfield-clinic.example.org>`,
		Subject: "Inbound fax 0412 converted to text",
		Root: &Part{CT: "text/plain", Params: map[string]string{"charset": "utf-16le"}, CTE: "base64", Exact: true,
			Body: encodeCharset(crlfS(`INBOUND FAX - 3 pages - from Valley Pulmonary Associates

Re: Willem J. Achterberg, DOB 10/09/1947
Pulmonary rehab intake approved. Start date 07/14/2025, Mon/Wed/Fri 10:00.
Diagnosis: COPD (J44.9). Oxygen 2 L with exertion.
`), "utf-16le")},
	})

	add(C, Phi, "related-html-inline-image-discharge", &Msg{
		From:    `"Mercyvale After Visit" <aftervisit@mercyvale.example.org>`,
		To:      `"Thomas Brennan" <tbrennan72@example.com>`,
		Subject: "Your After Visit Summary",
		Root: related(html(`<html><body>
<img src="cid:logo@mercyvale" alt="Mercyvale" width="120"><br>
<h3>After Visit Summary for Thomas Brennan</h3>
<p>Visit date: 07/14/2025 &middot; Emergency Department</p>
<p><b>Diagnoses:</b> Scalp laceration (S01.01XA); closed head injury without loss of consciousness.</p>
<p><b>Instructions:</b> Keep the wound dry for 24 hours. Staples out in 7&ndash;10 days at your primary care office. Return for vomiting, worsening headache or confusion.</p>
<p><b>New medication:</b> acetaminophen 650&nbsp;mg every 6 hours as needed.</p>
</body></html>
`), func() *Part {
			p := attach("image/gif", "logo.gif", []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"))
			p.Disp = "inline"
			p.Hdr = [][2]string{{"Content-ID", "<logo@mercyvale>"}}
			return p
		}()),
	})
}

// registryCSV makes a diabetes-registry outreach list with n patients.
func registryCSV(n int) string {
	var b strings.Builder
	b.WriteString("MRN,Last Name,First Name,DOB,Phone,Diagnosis,Last A1c,Last A1c Date,PCP\n")
	pcps := []string{"Ellison", "Tran", "Okafor", "Nakamura"}
	for i, p := range people(n, 3) {
		a1c := 7.0 + float64((i*37)%45)/10
		fmt.Fprintf(&b, "%s,%s,%s,%s,%s,E11.9 Type 2 diabetes mellitus,%.1f,2025-0%d-%02d,%s\n",
			p.MRN, p.Last, p.First, usDate(p.DOB), p.Phone, a1c, 1+i%5, 1+(i*3)%28, pcps[i%4])
	}
	return b.String()
}

// denialsCSV makes a claims-denial export with n rows.
func denialsCSV(n int) string {
	var b strings.Builder
	b.WriteString("claim_number,patient_name,member_id,dob,dos,cpt,icd10,billed,denial_code,denial_reason\n")
	cpts := []string{"99213", "99214", "73721", "20610", "27447", "97110", "29881", "J3301"}
	icds := []string{"M17.11", "M25.561", "S83.241A", "M75.101", "M54.50", "M17.12"}
	reasons := []string{"CO-197,No prior authorization", "CO-16,Missing information", "CO-50,Not medically necessary", "CO-4,Modifier inconsistent"}
	for i, p := range people(n, 11) {
		fmt.Fprintf(&b, "%d,\"%s, %s\",%s,%s,2025-06-%02d,%s,%s,%d.00,%s\n",
			2025060100000+int64(i*7919%100000), p.Last, p.First, p.Member, p.DOB, 1+i%28, cpts[i%len(cpts)],
			icds[i%len(icds)], 120+(i*97)%2400, reasons[i%len(reasons)])
	}
	return b.String()
}

func scheduleHTML() string {
	var b strings.Builder
	b.WriteString("<html><head><style>td{padding:3px 8px}</style></head><body>\n<p>Dr. Farrow &mdash; schedule for Tue 06/10/2025</p>\n<table border=\"1\">\n<tr><th>Time</th><th>Patient</th><th>DOB</th><th>Reason for visit</th></tr>\n")
	reasons := []string{"Follow-up hypertension", "Sore throat, rapid strep", "UTI symptoms", "Ankle sprain recheck",
		"Asthma flare", "Gout flare, left toe", "Wound check after sutures", "Ear pain", "Back pain, new", "Rash"}
	for i, p := range people(10, 5) {
		fmt.Fprintf(&b, "<tr><td>%02d:%02d</td><td>%s, %s</td><td>%s</td><td>%s</td></tr>\n", 8+i/2, (i%2)*30, p.Last, p.First, usDate(p.DOB), reasons[i])
	}
	b.WriteString("</table>\n</body></html>\n")
	return b.String()
}

const dischargeSummary = `From: "Hospital Medicine" <hospitalmedicine@mountainview-hosp.example.org>
To: "Dr. Alan Whitcomb" <awhitcomb@harborcardiology.example.org>
Cc: "Bright Home Health Intake" <intake@bright-home-health.example.com>
Subject: Discharge summary - Walter Pruitt

DISCHARGE SUMMARY

Patient name:        Walter Pruitt
Medical record no.:  10390017
Date of birth:       01/16/1945
Admission date:      05/31/2025
Discharge date:      06/07/2025
Attending:           Rachel Farrow, MD (Hospital Medicine)
Consultants:         Cardiology (Alan Whitcomb, MD); Nephrology
Discharge diagnosis: Acute on chronic systolic heart failure (I50.23)
Secondary:           Atrial fibrillation, on warfarin (I48.20, Z79.01);
                     chronic kidney disease stage 3a (N18.31);
                     type 2 diabetes mellitus (E11.22); gout (M10.9)

HISTORY OF PRESENT ILLNESS
Mr. Pruitt is an 80-year-old man with ischemic cardiomyopathy (last LVEF
25-30% on echo in 2024), permanent atrial fibrillation, CKD 3a and type 2
diabetes who presented to the emergency department with two weeks of
progressive shortness of breath, orthopnea (three pillows), and a 6 kg
weight gain. He reported running out of furosemide about ten days before
admission after a pharmacy mix-up and had eaten several restaurant meals
at a family reunion. He denied chest pain, syncope or fever.

In the ED his blood pressure was 158/92, heart rate 112 and irregular,
respiratory rate 26, oxygen saturation 86% on room air improving to 94% on
4 L nasal cannula. He had bibasilar crackles to the mid-lung fields,
jugular venous distension to the angle of the jaw and 3+ pitting edema to
the knees. BNP was 2,840 pg/mL (baseline about 600). Troponin was mildly
elevated and flat (0.06, 0.07, 0.06 ng/mL), felt to represent demand.
Chest X-ray showed cardiomegaly, bilateral pleural effusions and
interstitial edema. ECG: atrial fibrillation with rapid ventricular
response, left bundle branch block (old).

HOSPITAL COURSE
1. Acute on chronic systolic heart failure. He was treated with IV
furosemide 80 mg twice daily with good response: net negative 7.4 L over
five days, weight down from 94.1 kg to 87.3 kg (estimated dry weight 87
kg). Oxygen was weaned to room air on hospital day 4. Echo on 06/02
showed LVEF 20-25%, moderate functional mitral regurgitation, RVSP 48
mmHg. Cardiology was consulted. Metoprolol succinate was continued at a
reduced dose during decompensation and uptitrated back to 100 mg daily
before discharge. Sacubitril/valsartan was started at 24/26 mg twice
daily on 06/05 after lisinopril was held for 36 hours. Spironolactone was
not started because of potassium 5.2 and eGFR 44. Empagliflozin 10 mg
daily was started on 06/06. He was transitioned to oral furosemide 40 mg
twice daily on 06/05 and remained stable.

2. Atrial fibrillation with rapid ventricular response. Rates improved
with diuresis and metoprolol, now 70-85 at rest. INR was 3.4 on admission
(antibiotic course last month), warfarin was held one night and resumed
at his home dose of 5 mg daily except 2.5 mg on Mondays and Fridays. INR
2.6 on the day of discharge.

3. Acute kidney injury on CKD 3a. Creatinine rose from 1.4 to 1.9 on day
3 with aggressive diuresis and improved to 1.5 at discharge. Nephrology
agreed with the diuretic plan and SGLT2 inhibitor.

4. Type 2 diabetes. A1c 7.8%. Home glipizide was held in the hospital and
he was covered with sliding-scale insulin. Glipizide was restarted at
discharge at a reduced dose of 2.5 mg daily because of the new SGLT2
inhibitor and the risk of hypoglycemia.

5. Gout. He developed a left first MTP flare on 06/03, likely from
diuresis. Treated with prednisone 30 mg daily for 3 days (NSAIDs and
colchicine avoided because of the kidney function and interactions).
Resolved.

6. Deconditioning. Physical therapy evaluated him and recommends home
PT and a front-wheeled walker. He lives with his wife, who is able to help.

PROCEDURES
Transthoracic echocardiogram 06/02/2025. No invasive procedures.

CONDITION AT DISCHARGE
Stable. Alert and oriented, ambulating 150 feet with walker, on room air,
saturation 95%. Weight 87.3 kg. BP 118/70, HR 78.

DISCHARGE MEDICATIONS
  Furosemide 40 mg by mouth twice daily (CHANGED - was 40 mg daily)
  Sacubitril/valsartan 24/26 mg by mouth twice daily (NEW)
  Empagliflozin 10 mg by mouth daily (NEW)
  Metoprolol succinate 100 mg by mouth daily
  Warfarin 5 mg daily except 2.5 mg Mon/Fri; goal INR 2-3
  Glipizide 2.5 mg by mouth daily with breakfast (CHANGED - was 5 mg)
  Atorvastatin 40 mg by mouth at bedtime
  Allopurinol 100 mg by mouth daily
  STOPPED: lisinopril 10 mg daily (replaced by sacubitril/valsartan)

FOLLOW-UP
  - Cardiology, Dr. Whitcomb, within 7 days (scheduled 06/12 at 10:20).
  - Anticoagulation clinic INR check 06/10.
  - BMP (potassium, creatinine) on 06/10 with the INR.
  - Home health nursing and PT: referral sent to Bright Home Health.
  - Primary care in 2-3 weeks.

PATIENT INSTRUCTIONS
Weigh yourself every morning after using the bathroom, before breakfast.
Call the heart failure nurse line (555-0147) if your weight goes up more
than 1 kg (2 lb) in a day or 2 kg (5 lb) in a week, if you are more short
of breath, or if you need more pillows to sleep. Limit salt to 2 grams a
day and fluids to 2 liters a day. Do not take ibuprofen or naproxen.

Pending at discharge: none.

Electronically signed by Rachel Farrow, MD, 06/07/2025 14:12
`

const ccdaDoc = `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="TOC-20250607-0017"/>
  <code code="18761-7" codeSystem="2.16.840.1.113883.6.1" displayName="Transfer summary note"/>
  <title>Transition of Care Summary</title>
  <effectiveTime value="20250607141200-0400"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="10390017"/>
      <addr use="HP"><streetAddressLine>21 Quarry Rd</streetAddressLine><city>Bangor</city><state>ME</state><postalCode>04401</postalCode></addr>
      <telecom value="tel:+1-207-555-0109" use="HP"/>
      <patient>
        <name use="L"><given>Walter</given><family>Pruitt</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19450116"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20250607"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1752049381"/><assignedPerson><name><given>Rachel</given><family>Farrow</family></name></assignedPerson></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5.99999"/><name>Mountainview Hospital</name></representedCustodianOrganization></assignedCustodian></custodian>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Acute on chronic systolic heart failure (I50.23)</item><item>Permanent atrial fibrillation (I48.21)</item><item>Chronic kidney disease stage 3a (N18.31)</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><table><tr><th>Medication</th><th>Dose</th></tr><tr><td>Furosemide</td><td>40 mg PO BID</td></tr><tr><td>Sacubitril/valsartan</td><td>24/26 mg PO BID</td></tr><tr><td>Warfarin</td><td>5 mg daily except 2.5 mg Mon/Fri</td></tr></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
`
