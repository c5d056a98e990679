package main

import (
	"fmt"
	"strings"
)

// Fresh set, label phi. Everything is invented (see ../corpus/README.md).

func freshPhi() {
	raw(F, Phi, "mri-lumbar-named-staff-note", `From: "Kelsey Tran" <ktran@pinecrestortho.example.com>
To: "Scheduling" <scheduling@pinecrestortho.example.com>
Subject: rivera - mri back, needs f/u

Ana Rivera had her lumbar MRI at Westside Imaging this morning. prelim read:
L4-5 broad based disc protrusion w/ mild bilat foraminal narrowing, L>R, no
cord compression. shes still having the L leg numbness + tingling.

Dr Pham wants her f/u next wk and start PT 2x/wk, ok to cont meloxicam 15
daily. can you get her on the Tues afternoon schedule? cell 555-0119, she
works till 3.

thx
K
`)

	raw(F, Phi, "prior-auth-dob-member-id-only", `From: "Crestline Health Plan Utilization Management" <um-notices@crestlinehealthplan.example.com>
To: "Summit Orthopedics Authorizations" <auths@summitortho.example.org>
Subject: Authorization UM-2025-1108-4471 - determination

Authorization determination

Reference #:         UM-2025-1108-4471
Member ID:           QHX448120937
Member DOB:          07/22/1961
Requesting provider: Summit Orthopedics, NPI 1753902182
Place of service:    22 (outpatient hospital) - Crestline Surgery Center

Requested service:   CPT 29881 - Arthroscopy, knee, surgical; with
                     meniscectomy (medial OR lateral), right knee
Diagnosis:           M23.221 - Derangement of posterior horn of medial
                     meniscus due to old tear, right knee
Units requested:     1

Determination:       APPROVED - 1 unit
Valid:               11/10/2025 through 02/08/2026

This approval is not a guarantee of payment. Benefits are subject to
eligibility on the date of service, plan limits, deductible and
coinsurance. Post-operative physical therapy requires a separate request
after 12 visits.

Questions: Utilization Management, 1-800-555-0131, option 3.
`)

	raw(F, Phi, "sms-relay-your-colonoscopy", `From: "Sunrise GI Text Relay" <sms-relay@sunrisegi.example.com>
To: marcus.lee22@mailbox.example.net
Subject: Text message conversation with Sunrise GI

Conversation with (555) 555-0107 - relayed to e-mail at your request.

[Sunrise GI, 10/13 9:02 AM]
Hi Marcus, this is Sunrise GI. Your colonoscopy with Dr. Obi is Thu 10/16
at 7:30 AM, please arrive 6:45 at the Endoscopy Center, 2nd floor. Clear
liquids only starting Wed morning. 1st half of prep at 5 PM Wed, 2nd half
at 2:30 AM Thu. Stop your clopidogrel 5 days before unless Dr. Ramos told
you otherwise. You MUST have a driver. Reply C to confirm, R to reschedule.

[You, 10/13 9:40 AM]
C. can i still take my metformin the day before? and my sugar runs low
when i dont eat

[Sunrise GI, 10/13 11:15 AM]
Thanks for confirming! Nurse Alma says: skip metformin on Wed evening and
Thu morning, check your sugar every 4 hrs Wed, and drink clear juice (apple,
white grape) if it's under 70. Bring your glucose meter.

Msg&data rates may apply. Reply STOP to opt out.
`)

	add(F, Phi, "eob-html-only-mri-knee", &Msg{
		From:    `"Crestline Health Plan" <statements@crestlinehealthplan.example.com>`,
		To:      `"Theresa Albright" <t.albright@mailbox.example.net>`,
		Subject: "Your Explanation of Benefits is ready",
		Root: html(`<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Explanation of Benefits</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<table width="640" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#004b87;margin-bottom:0">Explanation of Benefits</h2>
<p style="margin-top:2px"><b>THIS IS NOT A BILL</b></p>
<table cellpadding="3">
<tr><td>Member:</td><td><b>THERESA M ALBRIGHT</b></td></tr>
<tr><td>Member ID:</td><td>CRX-88410927-01</td></tr>
<tr><td>Group:</td><td>Westfield School District #4417</td></tr>
<tr><td>Claim number:</td><td>2025-311-0048826</td></tr>
<tr><td>Provider:</td><td>Summit Orthopedics Imaging (in network)</td></tr>
<tr><td>Patient:</td><td>Theresa (self)</td></tr>
</table>
<table border="1" cellpadding="5" style="border-collapse:collapse;margin-top:12px;font-size:13px">
<tr style="background:#e8f0f8"><th>Date of service</th><th>Service</th><th>Billed</th><th>Allowed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>10/02/2025</td><td>MRI lower extremity joint w/o contrast (73721), left knee</td><td>$2,140.00</td><td>$612.88</td><td>$490.30</td><td>$122.58</td></tr>
<tr><td>10/02/2025</td><td>Office visit, established, moderate (99214)</td><td>$265.00</td><td>$141.20</td><td>$111.20</td><td>$30.00</td></tr>
<tr style="font-weight:bold"><td colspan="2">Totals</td><td>$2,405.00</td><td>$754.08</td><td>$601.50</td><td>$152.58</td></tr>
</table>
<p>Your share: $30.00 copay + $122.58 coinsurance (20%).<br>
Deductible met to date: $1,500.00 of $1,500.00. Out-of-pocket to date: $2,318.44 of $5,000.00.</p>
<p style="font-size:12px;color:#555">If you disagree with how this claim was processed, you may appeal within 180 days.
Call Member Services at 1-800-555-0127 (TTY 711).</p>
</td></tr></table>
</body></html>
`),
	})

	add(F, Phi, "prior-auth-letter-pdf-only", &Msg{
		From:    `"Crestline Pharmacy Benefits - Prior Authorization" <pa-letters@crestlinehealthplan.example.com>`,
		To:      `"Lakeview Dermatology" <frontoffice@lakeviewderm.example.com>`,
		Subject: "Determination letter - case PA-7730019",
		Root: mixed(
			text(`Attached is the determination letter for case PA-7730019.

A copy has also been faxed to the prescriber of record and mailed to the
member. Please do not reply to this address.

Crestline Pharmacy Benefits
`),
			attach("application/pdf", "PA-7730019.pdf", pdfDoc("Prior authorization determination PA-7730019", pdfLines(`CRESTLINE PHARMACY BENEFITS
PO Box 8800, Hartford, CT 06101   Phone 1-800-555-0131   Fax 1-800-555-0132

November 4, 2025

Member:            Gordon P. Tillman
Member ID:         CRX-61129504-02
Date of birth:     01/17/1984
Prescriber:        Nadia Sorensen, MD, Lakeview Dermatology (NPI 1204479632)
Case number:       PA-7730019

Medication requested: adalimumab-aaty 40 mg/0.4 mL pen, every 14 days
Diagnosis:            L40.0 Psoriasis vulgaris (plaque psoriasis), BSA 14%

DETERMINATION: APPROVED
Approval period:   11/04/2025 - 11/03/2026
Quantity limit:    2 pens per 28 days

Criteria met: documented trial and failure of topical corticosteroids and
methotrexate (12 weeks); negative tuberculosis screening on 09/30/2025.

The member's specialty pharmacy is Crestline Specialty Rx, 1-800-555-0135.
A 20% coinsurance applies after deductible under the member's benefit plan.

Sincerely,
Clinical Pharmacist Reviewer, Crestline Pharmacy Benefits
`), true)),
		),
	})

	add(F, Phi, "efax-cardiology-referral", &Msg{
		From:    `"eFax Gateway" <efax-noreply@faxrelay.example.net>`,
		To:      `referrals@heartwellcardiology.example.org`,
		Subject: "Fax received from (717) 555-0122 - 2 pages",
		Root: mixed(
			text(`You have received a 2 page fax.

Received:   11/06/2025 10:14 AM EST
From:       (717) 555-0122
Caller ID:  BRIGHTWATER FAM MED
To:         (717) 555-0170 (Heartwell Cardiology - Referrals)
Pages:      2
Resolution: 200x200 dpi

The fax image is attached as a PDF. To stop receiving fax-to-e-mail
deliveries, contact your administrator.
`),
			attach("application/pdf", "fax_7175550122_20251106101402.pdf", pdfDoc("Fax 2025-11-06 10:14", pdfLines(`BRIGHTWATER FAMILY MEDICINE  *  2200 Orchard Rd Ste 140, Millbrook PA 17055
Phone (717) 555-0120   Fax (717) 555-0122
FAX COVER - REFERRAL      Date: 11/06/2025     Pages: 2 (incl. cover)
To: Heartwell Cardiology - New Patient Referrals   Fax (717) 555-0170
From: Ingrid Lowe, MA, for Samuel Achebe, DO

REFERRAL FOR CONSULTATION - URGENT (within 2 weeks)

Patient: Harold J. Whitmore        DOB: 03/09/1950      Sex: M
Address: 418 Linden St, Millbrook, PA 17055     Phone: (717) 555-0191
Insurance: Medicare Part B, MBI 3WQ7-HJ4-NP61; supplement Crestline Medigap F

Reason for referral: new-onset atrial fibrillation found at wellness visit 11/04.
  ECG: AF with ventricular rate 112. Echo not yet done.
  CHA2DS2-VASc = 4 (age, HTN, DM2). HAS-BLED = 1.
Started: apixaban 5 mg BID and metoprolol succinate 50 mg daily on 11/04.
PMH: hypertension, type 2 diabetes (A1c 7.1), BPH, s/p R TKA 2019.
Meds: metformin 1000 mg BID, lisinopril 20 mg, tamsulosin 0.4 mg.
Allergies: sulfa (rash).

Please evaluate for rate vs rhythm control and arrange echocardiogram.
Records attached: ECG 11/04/2025, BMP, CBC, TSH (normal).

Referring: Samuel Achebe, DO  NPI 1388265716
CONFIDENTIAL: contains protected health information. If received in error call (717) 555-0120.
`), false)),
		),
	})

	add(F, Phi, "portal-a1c-result-alternative", &Msg{
		From:    `"MyPinecrest Patient Portal" <noreply@portal.pinecrestmed.example.com>`,
		To:      `"Lorraine Gutierrez" <lorraine.g@mailbox.example.net>`,
		Subject: "New test result and a message from Dr. Abernathy",
		Root: alt(
			text(`Dear Lorraine,

A new test result is available in MyPinecrest.

  Hemoglobin A1c     8.4 %   (High; reference 4.0-5.6)   collected 11/03/2025
  Previous           7.2 %   (05/12/2025)

Message from Marjorie Abernathy, MD:
"Lorraine, your A1c went up since spring. Let's increase glipizide to
10 mg with breakfast and keep the metformin the same. Please schedule a
visit with our diabetes educator, and we'll recheck in 3 months."

Log in at https://portal.pinecrestmed.example.com to view details or reply.

Pinecrest Medical Group | (555) 555-0115
`),
			html(`<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p>Dear Lorraine,</p>
<p>A new test result is available in <b>MyPinecrest</b>.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Test</th><th>Result</th><th>Flag</th><th>Reference</th><th>Collected</th></tr>
<tr><td>Hemoglobin A1c</td><td>8.4 %</td><td style="color:#b00">High</td><td>4.0&ndash;5.6</td><td>11/03/2025</td></tr>
<tr><td>Previous</td><td>7.2 %</td><td></td><td></td><td>05/12/2025</td></tr>
</table>
<p><b>Message from Marjorie Abernathy, MD:</b><br>
&ldquo;Lorraine, your A1c went up since spring. Let&rsquo;s increase glipizide to 10&nbsp;mg with breakfast
and keep the metformin the same. Please schedule a visit with our diabetes educator, and we&rsquo;ll recheck in 3 months.&rdquo;</p>
<p><a href="https://portal.pinecrestmed.example.com">Log in to MyPinecrest</a></p>
</body></html>
`),
		),
	})

	raw(F, Phi, "pharmacy-refill-ready-named", `From: "Corner Drug Pharmacy #0412" <rx-notify@cornerdrug.example.com>
To: glenn.hartley@mailbox.example.net
Subject: GLENN H., your prescriptions are ready for pickup

CORNER DRUG PHARMACY #0412
1550 Main St, Riverton, WY 82501  |  (307) 555-0140

Hi GLENN HARTLEY,

The following prescriptions are ready for pickup:

  Rx #6620417  ATORVASTATIN 40 MG TABLET        Qty 90   Copay $4.00
  Rx #6620418  LISINOPRIL 20 MG TABLET          Qty 90   Copay $4.00
  Rx #6620421  TAMSULOSIN 0.4 MG CAPSULE        Qty 30   Copay $4.40

  Total due: $12.40

Prescriber: DR. S. ACHEBE
Please pick up by 11/21/2025. Prescriptions not picked up within 10 days
are returned to stock and your insurance is credited.

Your flu shot is also due - walk-ins welcome at the pharmacy counter.

To change how you receive notifications, visit the pharmacy app or reply
HELP. Reply STOP to opt out.
`)

	add(F, Phi, "dental-treatment-plan-crown", &Msg{
		From:    `"Smile Harbor Dental" <office@smileharbordental.example.com>`,
		To:      `"Emmanuel Okoro" <e.okoro@mailbox.example.net>`,
		Subject: "Your treatment plan and insurance estimate",
		Root: alt(
			text(`Dear Mr. Okoro,

Thank you for visiting Smile Harbor Dental on November 3. As Dr. Lindahl
discussed, tooth #19 has a fractured cusp and deep decay reaching the nerve.
Here is your treatment plan with estimated insurance coverage
(Delta-style PPO plan through Harbor Freight Lines, subscriber ID
HFL-2208871, estimate only - not a guarantee of benefits):

  Phase 1
   D3330  Root canal, molar, #19               $1,120.00  ins. $896.00  you $224.00
   D2950  Core buildup, #19                      $285.00  ins. $142.50  you $142.50
   D2740  Crown, porcelain/ceramic, #19        $1,250.00  ins. $625.00  you $625.00
  Phase 2
   D4341  Scaling & root planing, LL quad        $260.00  ins. $208.00  you  $52.00
   D4341  Scaling & root planing, LR quad        $260.00  ins. $208.00  you  $52.00

  Total                                         $3,175.00            you $1,095.50

Your annual maximum remaining is $1,360.00, so we recommend Phase 2 in
January. We offer 0% financing for 12 months.

Please call (555) 555-0124 to schedule the root canal with Dr. Sahni
(endodontist). Continue the amoxicillin until it is finished.

Warm regards,
Denise Huang, Treatment Coordinator
`),
			html(`<html><body style="font-family:Arial">
<p>Dear Mr. Okoro,</p>
<p>Thank you for visiting Smile Harbor Dental on November 3. As Dr. Lindahl discussed, tooth #19 has a
fractured cusp and deep decay reaching the nerve. Your treatment plan (subscriber ID HFL-2208871; estimate only):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><th>Phase</th><th>Code</th><th>Procedure</th><th>Fee</th><th>Ins. est.</th><th>You</th></tr>
<tr><td>1</td><td>D3330</td><td>Root canal, molar, #19</td><td>$1,120.00</td><td>$896.00</td><td>$224.00</td></tr>
<tr><td>1</td><td>D2950</td><td>Core buildup, #19</td><td>$285.00</td><td>$142.50</td><td>$142.50</td></tr>
<tr><td>1</td><td>D2740</td><td>Crown, porcelain/ceramic, #19</td><td>$1,250.00</td><td>$625.00</td><td>$625.00</td></tr>
<tr><td>2</td><td>D4341</td><td>Scaling &amp; root planing, LL</td><td>$260.00</td><td>$208.00</td><td>$52.00</td></tr>
<tr><td>2</td><td>D4341</td><td>Scaling &amp; root planing, LR</td><td>$260.00</td><td>$208.00</td><td>$52.00</td></tr>
<tr><td colspan="3"><b>Total</b></td><td>$3,175.00</td><td></td><td><b>$1,095.50</b></td></tr>
</table>
<p>Please call (555) 555-0124 to schedule the root canal with Dr. Sahni. Continue the amoxicillin until it is finished.</p>
<p>Warm regards,<br>Denise Huang, Treatment Coordinator</p>
</body></html>
`),
		),
	})

	add(F, Phi, "optometry-glaucoma-suspect-spanish-latin1", &Msg{
		From:    `"Óptica Visión Clara" <citas@visionclara.example.com>`,
		To:      `"Beatriz Solano" <beatriz.solano@mailbox.example.net>`,
		Subject: encWord("Resultados de su examen de la vista - Sra. Beatriz Solano", "iso-8859-1", 'Q'),
		Root: textAs("text/plain", `Estimada Sra. Solano:

Gracias por su visita del 5 de noviembre con la Dra. Inés Carmona.
Le resumimos los resultados de su examen:

  Agudeza visual con lentes:  OD 20/25   OI 20/30
  Presión intraocular:        OD 24 mmHg   OI 23 mmHg (elevada)
  Nervio óptico:              excavación 0,6 en ambos ojos
  Diagnóstico:                sospecha de glaucoma; catarata incipiente OI

Tratamiento: gotas de latanoprost 0,005 %, una gota en cada ojo por la
noche. La receta fue enviada a su farmacia (Farmacia del Pueblo).

Nueva graduación:
  OD  -2,25  -0,75 x 180   ADD +2,00
  OI  -2,00  -0,50 x 175   ADD +2,00

Próxima cita: campo visual y tomografía del nervio óptico (OCT) el jueves
4 de diciembre a las 10:30. Traiga la lista de sus medicamentos.

Su seguro (número de miembro VSP-4471208) cubre el examen; el copago de
los lentes nuevos es de $25.

Atentamente,
Óptica Visión Clara · 3120 E. César Chávez Ave, Los Ángeles, CA 90063
Tel. (323) 555-0136
`, "iso-8859-1", "quoted-printable"),
	})

	raw(F, Phi, "pt-progress-acl-reply-quoted", `From: "Owen Pruett, PT, DPT" <opruett@keystonept.example.com>
To: "Jasmine Ko" <jko@summitortho.example.org>
Subject: RE: Castellano - PT progress note for 8 wk post-op

Hi Jasmine,

Progress summary below, full note is in the portal.

Pt: Devin Castellano, DOB 04/30/1998
Dx: s/p R ACL recon (BTB autograft) 09/12/2025, Dr. Marchetti
Visits: 14 of 24 auth'd (auth #KPT-55102 thru 12/31)

- ROM R knee 0-128 deg (L 0-140). ext symmetrical.
- quad lag resolved wk 6. quad index ~68% on handheld dynamometer
- SL squat to 60 deg w/ good control, no valgus
- mild effusion after stairs, trace otherwise
- KOOS sport 71 (was 42 at eval)
- pain 1-2/10, no NSAIDs since wk 5

Plan: cont 2x/wk x 6 wks. start jog progression at 12 wks per protocol if
quad index >= 70% and no effusion. will need addl auth for visits 25+.

thx,
Owen

Owen Pruett, PT, DPT | Keystone Physical Therapy | (555) 555-0155

-----Original Message-----
From: Jasmine Ko <jko@summitortho.example.org>
Sent: Thursday, November 6, 2025 8:51 AM
To: Owen Pruett <opruett@keystonept.example.com>
Subject: Castellano - PT progress note for 8 wk post-op

> Hi Owen, can you send a PT progress note for Devin Castellano
> (DOB 4/30/98)? He has his 8 wk post-op with Dr. Marchetti on Monday and
> Dr M wants to know about ROM and the quad.
>
> Thanks!
> Jasmine Ko, MA | Summit Orthopedics
`)

	homeNote := `BAYSHORE HOME HEALTH - SKILLED NURSING VISIT NOTE

Patient: Wilhelmina "Billie" Stra¦nd      MRN: BHH-0041¦8826
DOB: 06/02/1941 (84 y)                Payer: Medicare A, episode 10/20-12/18
Address: 77 Gull Rock Ln, Apt 3, Port Orchard, WA 98366
Visit: 11/07/2025 09:10-10:05         Clinician: Grace Oyelowo, RN
Visit type: SN - wound care + CHF monitoring (3w4 frequency)

VITALS: BP 148/86  HR 92 irreg  RR 20  T 97.9  SpO2 91% RA
WEIGHT: 163.4 lb (up 3.2 lb since 11/05 - above 3 lb parameter)
LUNGS: fine crackles bilat bases. 2+ pitting edema BLE to mid-shin.

WOUND: sacral pressure injury, stage 3
  4.1 x 3.0 x 0.6 cm, 20% slough, 80% granulation, mod serous drainage,
  no odor, periwound intact. Cleansed NS, calcium alginate, foam border.

MEDS: fur¦osemide 40 mg daily (pt reports missed 2 doses, "too many trips to
the bathroom"), metoprolol tartrate 25 mg BID, apixaban 2.5 mg BID,
acetaminophen 650 mg q6h prn.

ACTIONS: Called Dr. Ferreira's office 10:20 re wt gain + crackles; order
rec'd to give extra fur¦osemide 40 mg today x1, then resume daily; BMP
Monday. Reinforced daily weights, 2 g Na diet, 1.5 L fluid restriction.
Daughter (Karen, 555-0173) aware.

NEXT VISIT: 11/10/2025
`
	add(F, Phi, "home-health-visit-note-qp-attachment", &Msg{
		From:    `"Grace Oyelowo, RN" <goyelowo@bayshorehomehealth.example.com>`,
		To:      `"Clinical Manager" <clinical-mgr@bayshorehomehealth.example.com>`,
		Subject: "visit note 11/7 - Port Orchard",
		Root: mixed(
			text(`Hi Teresa, today's visit note attached since the tablet wouldn't sync.
MD notified, see actions. -Grace
`),
			attachText("text/plain", "SN_visit_20251107.txt", strings.ReplaceAll(homeNote, "¦", "\x00"), "quoted-printable"),
		),
	})

	add(F, Phi, "hl7-oru-cbc-attachment", &Msg{
		From:    `"Tri-County Reference Lab Results" <results@tricountylab.example.com>`,
		To:      `"Brightwater Family Medicine Results Inbox" <results@brightwaterfm.example.org>`,
		Subject: "1 new result for account BWFM-0419",
		Root: mixed(
			text(`1 result message attached (ORU^R01) for client account BWFM-0419.
Critical values were called to the office at 14:52 and read back.

This mailbox is not monitored.
`),
			hl7Part("application/hl7-v2", "ORU_BWFM0419_20251105145022.hl7", hl7Text(`
MSH|^~\&|TCRL_LIS|TCRL|BWFM_EHR|BWFM|20251105145022||ORU^R01^ORU_R01|TCRL88204417|P|2.5.1
PID|1||30448102^^^BWFM^MR~554-20-1187^^^SSA^SS||DELACROIX^MARGUERITE^A||19670912|F|||12 Fenwick Ct^^Millbrook^PA^17055||^PRN^PH^^^717^5550145
PV1|1|O|BWFM^^^BWFM||||1388265716^ACHEBE^SAMUEL^^^DO
ORC|RE|BW55120|TC99017331||CM
OBR|1|BW55120|TC99017331|58410-2^CBC panel - Blood by Automated count^LN|||20251105071500|||||||||1388265716^ACHEBE^SAMUEL^^^DO||||||20251105144900|||F
OBX|1|NM|6690-2^Leukocytes [#/volume] in Blood^LN||14.2|10*3/uL|4.0-10.5|H|||F
OBX|2|NM|718-7^Hemoglobin [Mass/volume] in Blood^LN||6.9|g/dL|12.0-15.5|LL|||F
OBX|3|NM|4544-3^Hematocrit [Volume Fraction] of Blood^LN||21.8|%|36.0-46.0|L|||F
OBX|4|NM|787-2^MCV [Entitic volume]^LN||71|fL|80-100|L|||F
OBX|5|NM|777-3^Platelets [#/volume] in Blood^LN||512|10*3/uL|150-400|H|||F
NTE|1|L|Critical hemoglobin called to Ingrid Lowe MA 11/05/2025 14:52, read back verified.
`)),
		),
	})

	add(F, Phi, "fhir-bundle-anticoagulation-enrollment", &Msg{
		From:    `"Pinecrest Integration Engine" <fhir-out@pinecrestmed.example.com>`,
		To:      `"Anticoagulation Clinic" <anticoag@pinecrestmed.example.com>`,
		Subject: "Enrollment bundle - anticoagulation clinic referral",
		Root: mixed(
			text(`Automated referral bundle from Pinecrest Integration Engine (FHIR R4).
Referral order ORD-44170293 placed by Dr. Abernathy. Bundle attached.
`),
			attachText("application/fhir+json", "bundle-ORD-44170293.json", `{
  "resourceType": "Bundle",
  "id": "ord-44170293",
  "type": "collection",
  "timestamp": "2025-11-05T16:22:09-05:00",
  "entry": [
    {"fullUrl": "urn:uuid:4a1d7c52-0e83-4b8a-9c6f-2b5e7d910a33",
     "resource": {"resourceType": "Patient", "id": "pt-1",
       "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9941.1", "value": "20417756", "type": {"text": "MRN"}}],
       "name": [{"family": "Szymanski", "given": ["Dorota", "J"]}],
       "gender": "female", "birthDate": "1944-08-27",
       "telecom": [{"system": "phone", "value": "555-0164", "use": "home"}],
       "address": [{"line": ["902 Alder Way"], "city": "Grand Rapids", "state": "MI", "postalCode": "49503"}]}},
    {"fullUrl": "urn:uuid:9b3e0f14-7a25-4c61-8d09-5f2c1e6b4d87",
     "resource": {"resourceType": "Condition", "id": "cond-1",
       "subject": {"reference": "urn:uuid:4a1d7c52-0e83-4b8a-9c6f-2b5e7d910a33"},
       "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
       "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I82.412", "display": "Acute embolism and thrombosis of left femoral vein"}]},
       "onsetDateTime": "2025-11-02"}},
    {"fullUrl": "urn:uuid:c7f8a2d0-3b6e-4f19-a4c5-8e1d0b2f6a79",
     "resource": {"resourceType": "MedicationRequest", "id": "medrx-1", "status": "active", "intent": "order",
       "subject": {"reference": "urn:uuid:4a1d7c52-0e83-4b8a-9c6f-2b5e7d910a33"},
       "medicationCodeableConcept": {"text": "warfarin 5 mg tablet"},
       "dosageInstruction": [{"text": "5 mg by mouth daily; INR goal 2.0-3.0; first INR 11/08/2025"}],
       "reasonReference": [{"reference": "urn:uuid:9b3e0f14-7a25-4c61-8d09-5f2c1e6b4d87"}],
       "requester": {"display": "Marjorie Abernathy, MD"}}},
    {"fullUrl": "urn:uuid:0e5b9d31-6c47-4a82-b1f3-7d2a8c4e0f15",
     "resource": {"resourceType": "ServiceRequest", "id": "sr-1", "status": "active", "intent": "order",
       "subject": {"reference": "urn:uuid:4a1d7c52-0e83-4b8a-9c6f-2b5e7d910a33"},
       "code": {"text": "Referral to anticoagulation clinic"},
       "note": [{"text": "Left femoral DVT dx 11/02 at ED. Enoxaparin bridge until INR >= 2 x 24h. Lives alone; daughter helps with meds."}]}}
  ]
}
`, "base64"),
		),
	})

	add(F, Phi, "ccda-discharge-pneumonia-xml", &Msg{
		From:    `"St. Clement Regional HIM" <him-exchange@stclement.example.org>`,
		To:      `"Maple Grove Skilled Nursing - Admissions" <admissions@maplegrovesnf.example.com>`,
		Subject: "Transition of care document - discharge to your facility today",
		Root: mixed(
			text(`Good afternoon,

Attached is the C-CDA continuity of care document for the resident being
transferred to Maple Grove today by wheelchair van (ETA 3 pm). Nurse-to-nurse
report was given to Chris at 12:40.

St. Clement Regional - Health Information Management
(555) 555-0108
`),
			attachText("application/xml", "CCD_2025-11-07.xml", `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="SCR-CCD-7781204"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document - Discharge</title>
  <effectiveTime value="20251107114500-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="00718844"/>
      <addr use="HP"><streetAddressLine>15 Quarry Hill Rd</streetAddressLine><city>Dover</city><state>NH</state><postalCode>03820</postalCode></addr>
      <telecom use="HP" value="tel:+1-603-555-0187"/>
      <patient>
        <name use="L"><given>Cornelius</given><given>R</given><family>Vandermeer</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19360415"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component>
    <structuredBody>
      <component>
        <section>
          <code code="11535-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge diagnosis"/>
          <title>Discharge Diagnoses</title>
          <text>
            <list>
              <item>Community-acquired pneumonia, right lower lobe (J18.9)</item>
              <item>Acute on chronic hypoxic respiratory failure, resolved</item>
              <item>COPD, moderate (J44.9)</item>
              <item>Deconditioning</item>
            </list>
          </text>
        </section>
      </component>
      <component>
        <section>
          <code code="10183-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge medications"/>
          <title>Discharge Medications</title>
          <text>
            <table border="1">
              <thead><tr><th>Medication</th><th>Instructions</th></tr></thead>
              <tbody>
                <tr><td>amoxicillin-clavulanate 875-125 mg</td><td>1 tab PO BID x 3 more days (last dose 11/10)</td></tr>
                <tr><td>tiotropium 18 mcg inhaled</td><td>daily</td></tr>
                <tr><td>albuterol HFA</td><td>2 puffs q4h prn wheeze</td></tr>
                <tr><td>prednisone 20 mg</td><td>daily x 2 more days, then stop</td></tr>
              </tbody>
            </table>
          </text>
        </section>
      </component>
      <component>
        <section>
          <code code="8716-3" codeSystem="2.16.840.1.113883.6.1" displayName="Vital signs"/>
          <title>Vital Signs at Discharge</title>
          <text>BP 128/74, HR 84, RR 18, T 98.1 F, SpO2 93% on 2 L nasal cannula (home O2 baseline 2 L)</text>
        </section>
      </component>
      <component>
        <section>
          <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
          <title>Plan of Care</title>
          <text>PT/OT 5x/week. Follow-up with PCP Dr. Lise Thibodeau within 7 days. Repeat chest X-ray in 6 weeks. Full code.</text>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
`, "base64"),
		),
	})

	add(F, Phi, "ics-infusion-appointment-oncology", &Msg{
		From:    `"Lakeside Cancer Center Scheduling" <scheduling@lakesidecancer.example.org>`,
		To:      `"Teodora Ivanova" <teodora.ivanova@mailbox.example.net>`,
		Subject: "Appointment: Infusion - cycle 3 (Tue Nov 18, 8:00 AM)",
		Root: alt(
			text(`Dear Teodora,

Your next appointments at Lakeside Cancer Center:

  Tue Nov 18, 2025  7:00 AM  Lab draw (CBC, CMP, CEA) - Lab, 1st floor
  Tue Nov 18, 2025  8:00 AM  Infusion, FOLFOX cycle 3 - Infusion Suite B, chair 7
                             (about 3 hours, then pump hookup for 46 hours)
  Thu Nov 20, 2025  9:30 AM  Pump disconnect - Infusion Suite B

Please take your ondansetron 30 minutes before you arrive, and bring your
port card. Wear warm gloves - oxaliplatin makes cold things hurt.

To reschedule call (555) 555-0150.
`),
			freshCal("REQUEST", `
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lakeside Cancer Center//Patient Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:appt-55820177-c3@lakesidecancer.example.org
DTSTAMP:20251110T150000Z
DTSTART:20251118T130000Z
DTEND:20251118T160000Z
SUMMARY:Infusion - FOLFOX cycle 3 (Infusion Suite B\, chair 7)
LOCATION:Lakeside Cancer Center\, 400 Shore Dr\, Infusion Suite B
DESCRIPTION:Patient: Teodora Ivanova (MRN 6602914). Labs at 7:00 AM. Take
  ondansetron 30 min before arrival. Pump hookup after infusion.
ORGANIZER;CN=Lakeside Cancer Center Scheduling:mailto:scheduling@lakeside
 cancer.example.org
ATTENDEE;CN=Teodora Ivanova;RSVP=TRUE:mailto:teodora.ivanova@mailbox.exam
 ple.net
BEGIN:VALARM
TRIGGER:-PT12H
ACTION:DISPLAY
DESCRIPTION:Infusion tomorrow 8:00 AM - labs at 7:00
END:VALARM
END:VEVENT
END:VCALENDAR
`),
		),
	})

	var gap strings.Builder
	gap.WriteString("mrn,last_name,first_name,dob,sex,phone,last_colonoscopy,last_fit,pcp,outreach_attempts\n")
	pcps := []string{"Achebe", "Abernathy", "Lindahl", "Ferreira"}
	for i, p := range people(24, 5) {
		col := "never"
		if i%3 == 1 {
			col = fmt.Sprintf("%d-0%d-15", 2011+i%4, 1+i%9)
		}
		fit := ""
		if i%4 == 2 {
			fit = fmt.Sprintf("2023-%02d-02", 1+i%12)
		}
		fmt.Fprintf(&gap, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%d\n", p.MRN, p.Last, p.First, usDate(p.DOB), p.Sex, p.Phone, col, fit, pcps[i%4], i%3)
	}
	add(F, Phi, "csv-colorectal-screening-gap-list", &Msg{
		From:    `"Quality Team" <quality@brightwaterfm.example.org>`,
		To:      `"Care Coordinators" <care-coord@brightwaterfm.example.org>`,
		Subject: "November outreach list - colorectal screening",
		Root: mixed(
			text(`Hi all,

Attached is this month's outreach list: patients 45-75 with no colonoscopy
in 10 years and no FIT in the last 12 months. Our UDS rate is 48% and the
goal is 55% by year end, so every completed kit counts.

Please call each patient, offer a mailed FIT kit or a GI referral, and
document in the outreach field. Don't leave details on voicemail - just
ask them to call back.

Thanks,
Quality Team
`),
			attachText("text/csv", "crc_screening_outreach_nov.csv", gap.String(), "base64"),
		),
	})

	raw(F, Phi, "subject-only-colon-polyp-path", `From: "Dr. Ramon Ferreira" <rferreira@sunrisegi.example.com>
To: "GI Nurses" <gi-nurses@sunrisegi.example.com>
Subject: Okafor, Benedict 3/14/62 - colon bx path: tubular adenoma x2, no HGD, recall 3y

pls send the standard letter and set recall. thx
`)

	add(F, Phi, "filename-only-echo-report", &Msg{
		From:    `"Heartwell Cardiology - Records" <records@heartwellcardiology.example.org>`,
		To:      `"Pinecrest Medical Group - Records" <records@pinecrestmed.example.com>`,
		Subject: "Requested document",
		Root: mixed(
			text(`Attached as requested.

Heartwell Cardiology - Medical Records
`),
			attach("application/pdf", "Wojcik_Halina_DOB1949-02-11_TTE_echo_report_EF35.pdf", pdfDoc("Scan 20251105-1422", pdfLines(`
Scanned document
Device: MFP-2F-East   Date: 11/05/2025 14:22   Pages: 1
(image page - no text layer)
`), false)),
		),
	})

	add(F, Phi, "windows1252-patient-balance-statement", &Msg{
		From:    `"Pinnacle Billing Services" <statements@pinnaclebilling.example.com>`,
		To:      `"Raymond O'Dell" <ray.odell@mailbox.example.net>`,
		Subject: "Statement for services at Brightwater Family Medicine",
		Root: textAs("text/plain", `Dear Raymond O’Dell,

This is your statement from Pinnacle Billing Services, billing agent for
Brightwater Family Medicine. We’ve included the details below.

Account #:         PB-20041873
Statement date:    11/10/2025
Patient:           Raymond O’Dell
Insurance:         Crestline Health Plan, member ID CRX-30271455-01

Date of service    Description                                Charge
09/18/2025         Office visit, est. patient (99214)         $265.00
09/18/2025         Rapid strep test (87880)                    $38.00
09/18/2025         Throat culture (87070)                      $41.00
                   Insurance payment – 10/21/2025            –$201.60
                   Contractual adjustment                     –$56.00
                   ------------------------------------------------------
                   “Amount you owe”                            $86.40

• Your plan applied $50.00 to your deductible and a $30.00 copay.
• Pay online at pinnaclebilling.example.com/pay, or call (555) 555-0111.
• Payment plans are available — just ask.

Please pay by 12/10/2025. If you’ve already paid, thank you!
`, "windows-1252", "quoted-printable"),
	})

	add(F, Phi, "russian-koi8r-stent-medication-question", &Msg{
		From:    `"Irina Sokolova" <irina.sokolova@mailbox.example.net>`,
		To:      `"Dr. Mark Levin" <mlevin@heartwellcardiology.example.org>`,
		Subject: freshLegacySubj(freshLegacyPhi, "ru-card-subj"),
		Root:    b64(freshLegacy(freshLegacyPhi, "ru-card-body", "text/plain", "base64")),
	})

	add(F, Phi, "chinese-big5-father-blood-sugar", &Msg{
		From:    `"Meiling Chen" <meiling.chen@mailbox.example.net>`,
		To:      `"Dr. Chan's office" <drchan@goldengatefm.example.com>`,
		Subject: "關於我父親陳國華的血糖問題",
		Root:    freshLegacy(freshLegacyPhi, "zh-dm-body", "text/plain", "base64"),
	})

	raw(F, Phi, "vietnamese-dialysis-schedule-change", `From: "Tuan Nguyen" <tuan.nguyen84@mailbox.example.net>
To: "Pacific Kidney Care - Westminster" <westminster@pacifickidney.example.com>
Subject: Xin đổi lịch chạy thận cho mẹ tôi

Kính gửi trung tâm lọc thận,

Tôi là Nguyễn Minh Tuấn, con trai của bà Nguyễn Thị Lan (ngày sinh
02/08/1948), đang chạy thận nhân tạo ở trung tâm vào thứ Hai, Tư, Sáu ca
sáng 6 giờ.

Mẹ tôi vừa mổ đục thủy tinh thể mắt phải hôm 3/11 tại bệnh viện
Fountain Valley, bác sĩ dặn không được cúi người và phải nhỏ thuốc mắt
4 lần mỗi ngày. Buổi sáng sớm tôi không chở mẹ đi được vì phải đi làm.

Xin trung tâm cho mẹ tôi chuyển sang ca chiều (12 giờ trưa) trong 3 tuần
tới được không? Tuần trước sau khi chạy thận mẹ bị tụt huyết áp và chóng
mặt, cô y tá Hằng có ghi lại. Cân nặng khô hiện tại là 52 kg.

Xin gọi cho tôi ở số (714) 555-0181 sau 5 giờ chiều.

Cám ơn rất nhiều.
Nguyễn Minh Tuấn
`)

	add(F, Phi, "korean-euc-kr-checkup-results", &Msg{
		From:    `"Hanbit Family Medicine Checkup Center" <checkup@hanbitfm.example.com>`,
		To:      `"Park Jihoon" <jihoon.park@mailbox.example.net>`,
		Subject: "건강검진 결과 안내 - 박지훈 님",
		Root:    freshLegacy(freshLegacyPhi, "ko-chk-body", "text/plain", "quoted-printable"),
	})

	add(F, Phi, "tagalog-patient-message-rfc822-forward", &Msg{
		From:    `"Front Desk - Daly City Family Clinic" <frontdesk@dalycityfc.example.org>`,
		To:      `"Nurse Line" <nurseline@dalycityfc.example.org>`,
		Subject: "Fwd: tanong tungkol sa gamot",
		Root: mixed(
			text(`Hi nurses - forwarding this one from the general inbox, she's asking about
her BP meds running out and dizziness. She writes in Tagalog; Liza on our
team can call her back if you need an interpreter. Original attached.

- Joy, front desk
`),
			rfc822(rawInner(`From: "Rosario Dizon" <rosario.dizon58@mailbox.example.net>
To: info@dalycityfc.example.org
Subject: tanong tungkol sa gamot
Date: Sun, 09 Nov 2025 19:47:12 -0800
Message-ID: <c81f2a.rdizon@mailbox.example.net>

Magandang gabi po.

Ako po si Rosario Dizon, ipinanganak noong Mayo 19, 1958, pasyente po ni
Dr. Villanueva. Naubos na po ang gamot ko sa altapresyon (losartan 50 mg)
noong Huwebes pa, at hindi ko pa po nakukuha ang refill kasi sabi ng
botika kailangan daw ng bagong reseta.

Mula kahapon po ay nahihilo ako kapag tumatayo at masakit ang ulo ko.
Kinuha ko po ang presyon ko kaninang umaga: 168/98.

Puwede po bang ipadala ang reseta sa Seton Pharmacy sa Mission St?
Ang numero ko po ay (650) 555-0193.

Maraming salamat po,
Rosario
`)),
		),
	})

	add(F, Phi, "qp-claim-denial-sleep-study", &Msg{
		From:    `"Crestline Health Plan Claims" <claims-notify@crestlinehealthplan.example.com>`,
		To:      `"Pinnacle Billing Services - Denials" <denials@pinnaclebilling.example.com>`,
		Subject: "Claim denial notice 2025-0931-77420",
		Root: qpBreaks("text/plain", "utf-8", `CLAIM DENIAL NOTICE

Claim number:     2025-0931-¦77420
Patient:          SERRANO, MIGUEL ÁNGEL
Member ID:        CRX-5520¦91837-01
Patient DOB:      12/03/1972
Billing provider: Mercy Ridge Sleep Center, NPI 1940617354
Date of service:  10/14/2025

Line 1  CPT 95810  Polysomno¦graphy, age 6+, 4 or more parameters, attended
        Dx G47.33 Obstructive sleep apnea (adult)
        Billed $2,860.00   Allowed $0.00   Paid $0.00
        CARC CO-197: Precertification/authorization/notification absent.
        RARC N54: Claim information is inconsistent with pre-certified/
        authorized services.

Line 2  CPT 95811  Polysomnography with CPAP titration
        Billed $3,120.00   Allowed $0.00   Paid $0.00
        CARC CO-197.

An authorization on file (UM-2025-0822-1190) covers a home sleep apnea
test (G0399) only. To request reconsideration, submit the attended-study
medical necessity documentation (BMI 41, prior non-diagnostic home study,
suspected comorbid central apnea on opioid therapy) within 60 days.

Crestline Provider Services: 1-800-555-0133
`),
	})
}

// Legacy-charset texts for the fresh set, encoded once with a throwaway
// script (the standard library cannot encode these charsets). The bytes
// are the utf8 text encoded in the named charset.
var freshLegacyPhi = map[string]legacyText{
	"ru-card-subj": {
		charset: "koi8-r",
		utf8:    `Вопрос о лекарствах мамы после стентирования`,
		bytes:   "\xf7\xcf\xd0\xd2\xcf\xd3 \xcf \xcc\xc5\xcb\xc1\xd2\xd3\xd4\xd7\xc1\xc8 \xcd\xc1\xcd\xd9 \xd0\xcf\xd3\xcc\xc5 \xd3\xd4\xc5\xce\xd4\xc9\xd2\xcf\xd7\xc1\xce\xc9\xd1",
	},
	"ru-card-body": {
		charset: "koi8-r",
		utf8: `Здравствуйте, доктор Левин!

Пишу по поводу моей мамы, Соколовой Галины Петровны (дата рождения 12.03.1947).
Вы ставили ей стент 2 сентября, сейчас она принимает клопидогрел 75 мг
и аторвастатин 80 мг, плюс метопролол 25 мг два раза в день.

Последнюю неделю у неё синяки на руках и иногда кровоточат дёсны,
когда она чистит зубы. Давление утром 105/60, пульс 54.
Она спрашивает, можно ли ей пропустить клопидогрел на пару дней,
пока синяки не пройдут? Я сказала, что сначала нужно спросить вас.

Следующий приём у вас назначен на 14 октября.
Если нужно приехать раньше, позвоните мне, пожалуйста: 555-0126.

С уважением,
Ирина Соколова (дочь)
`,
		bytes: "\xfa\xc4\xd2\xc1\xd7\xd3\xd4\xd7\xd5\xca\xd4\xc5, \xc4\xcf\xcb\xd4\xcf\xd2 \xec\xc5\xd7\xc9\xce!\n\n\xf0\xc9\xdb\xd5 \xd0\xcf \xd0\xcf\xd7\xcf\xc4\xd5 \xcd\xcf\xc5\xca \xcd\xc1\xcd\xd9, \xf3\xcf\xcb\xcf\xcc\xcf\xd7\xcf\xca \xe7\xc1\xcc\xc9\xce\xd9 \xf0\xc5\xd4\xd2\xcf\xd7\xce\xd9 (\xc4\xc1\xd4\xc1 \xd2\xcf\xd6\xc4\xc5\xce\xc9\xd1 12.03.1947).\n\xf7\xd9 \xd3\xd4\xc1\xd7\xc9\xcc\xc9 \xc5\xca \xd3\xd4\xc5\xce\xd4 2 \xd3\xc5\xce\xd4\xd1\xc2\xd2\xd1, \xd3\xc5\xca\xde\xc1\xd3 \xcf\xce\xc1 \xd0\xd2\xc9\xce\xc9\xcd\xc1\xc5\xd4 \xcb\xcc\xcf\xd0\xc9\xc4\xcf\xc7\xd2\xc5\xcc 75 \xcd\xc7\n\xc9 \xc1\xd4\xcf\xd2\xd7\xc1\xd3\xd4\xc1\xd4\xc9\xce 80 \xcd\xc7, \xd0\xcc\xc0\xd3 \xcd\xc5\xd4\xcf\xd0\xd2\xcf\xcc\xcf\xcc 25 \xcd\xc7 \xc4\xd7\xc1 \xd2\xc1\xda\xc1 \xd7 \xc4\xc5\xce\xd8.\n\n\xf0\xcf\xd3\xcc\xc5\xc4\xce\xc0\xc0 \xce\xc5\xc4\xc5\xcc\xc0 \xd5 \xce\xc5\xa3 \xd3\xc9\xce\xd1\xcb\xc9 \xce\xc1 \xd2\xd5\xcb\xc1\xc8 \xc9 \xc9\xce\xcf\xc7\xc4\xc1 \xcb\xd2\xcf\xd7\xcf\xd4\xcf\xde\xc1\xd4 \xc4\xa3\xd3\xce\xd9,\n\xcb\xcf\xc7\xc4\xc1 \xcf\xce\xc1 \xde\xc9\xd3\xd4\xc9\xd4 \xda\xd5\xc2\xd9. \xe4\xc1\xd7\xcc\xc5\xce\xc9\xc5 \xd5\xd4\xd2\xcf\xcd 105/60, \xd0\xd5\xcc\xd8\xd3 54.\n\xef\xce\xc1 \xd3\xd0\xd2\xc1\xdb\xc9\xd7\xc1\xc5\xd4, \xcd\xcf\xd6\xce\xcf \xcc\xc9 \xc5\xca \xd0\xd2\xcf\xd0\xd5\xd3\xd4\xc9\xd4\xd8 \xcb\xcc\xcf\xd0\xc9\xc4\xcf\xc7\xd2\xc5\xcc \xce\xc1 \xd0\xc1\xd2\xd5 \xc4\xce\xc5\xca,\n\xd0\xcf\xcb\xc1 \xd3\xc9\xce\xd1\xcb\xc9 \xce\xc5 \xd0\xd2\xcf\xca\xc4\xd5\xd4? \xf1 \xd3\xcb\xc1\xda\xc1\xcc\xc1, \xde\xd4\xcf \xd3\xce\xc1\xde\xc1\xcc\xc1 \xce\xd5\xd6\xce\xcf \xd3\xd0\xd2\xcf\xd3\xc9\xd4\xd8 \xd7\xc1\xd3.\n\n\xf3\xcc\xc5\xc4\xd5\xc0\xdd\xc9\xca \xd0\xd2\xc9\xa3\xcd \xd5 \xd7\xc1\xd3 \xce\xc1\xda\xce\xc1\xde\xc5\xce \xce\xc1 14 \xcf\xcb\xd4\xd1\xc2\xd2\xd1.\n\xe5\xd3\xcc\xc9 \xce\xd5\xd6\xce\xcf \xd0\xd2\xc9\xc5\xc8\xc1\xd4\xd8 \xd2\xc1\xce\xd8\xdb\xc5, \xd0\xcf\xda\xd7\xcf\xce\xc9\xd4\xc5 \xcd\xce\xc5, \xd0\xcf\xd6\xc1\xcc\xd5\xca\xd3\xd4\xc1: 555-0126.\n\n\xf3 \xd5\xd7\xc1\xd6\xc5\xce\xc9\xc5\xcd,\n\xe9\xd2\xc9\xce\xc1 \xf3\xcf\xcb\xcf\xcc\xcf\xd7\xc1 (\xc4\xcf\xde\xd8)\n",
	},
	"zh-dm-body": {
		charset: "big5",
		utf8: `陳醫生您好：

我是陳國華的女兒陳美玲。我父親（出生日期 1952年5月14日，病歷號 20817734）
最近兩個星期血糖一直很高，早上空腹血糖大約 190 到 210。

他目前吃二甲雙胍 500 毫克，一天兩次，還有每天晚上打長效胰島素 14 單位。
上個月他開始吃很多甜的水果，我們已經請他少吃。
他也說晚上常常起來小便，腳有一點麻。

請問需要調整胰島素的劑量嗎？還是要提早回診？
原本的門診是 11月3日 上午十點。

謝謝您！
陳美玲
電話 (415) 555-0128
`,
		bytes: "\xb3\xaf\xc2\xe5\xa5\xcd\xb1z\xa6n\xa1G\n\n\xa7\xda\xacO\xb3\xaf\xb0\xea\xb5\xd8\xaa\xba\xa4k\xa8\xe0\xb3\xaf\xac\xfc\xac\xc2\xa1C\xa7\xda\xa4\xf7\xbf\xcb\xa1]\xa5X\xa5\xcd\xa4\xe9\xb4\xc1 1952\xa6~5\xa4\xeb14\xa4\xe9\xa1A\xaff\xbe\xfa\xb8\xb9 20817734\xa1^\n\xb3\xcc\xaa\xf1\xa8\xe2\xad\xd3\xacP\xb4\xc1\xa6\xe5\xbf}\xa4@\xaa\xbd\xab\xdc\xb0\xaa\xa1A\xa6\xad\xa4W\xaa\xc5\xb8\xa1\xa6\xe5\xbf}\xa4j\xac\xf9 190 \xa8\xec 210\xa1C\n\n\xa5L\xa5\xd8\xabe\xa6Y\xa4G\xa5\xd2\xc2\xf9\xd0g 500 \xb2@\xa7J\xa1A\xa4@\xa4\xd1\xa8\xe2\xa6\xb8\xa1A\xc1\xd9\xa6\xb3\xa8C\xa4\xd1\xb1\xdf\xa4W\xa5\xb4\xaa\xf8\xae\xc4\xaf\xd8\xaeq\xaf\xc0 14 \xb3\xe6\xa6\xec\xa1C\n\xa4W\xad\xd3\xa4\xeb\xa5L\xb6}\xa9l\xa6Y\xab\xdc\xa6h\xb2\xa2\xaa\xba\xa4\xf4\xaaG\xa1A\xa7\xda\xad\xcc\xa4w\xb8g\xbd\xd0\xa5L\xa4\xd6\xa6Y\xa1C\n\xa5L\xa4]\xbb\xa1\xb1\xdf\xa4W\xb1`\xb1`\xb0_\xa8\xd3\xa4p\xabK\xa1A\xb8}\xa6\xb3\xa4@\xc2I\xb3\xc2\xa1C\n\n\xbd\xd0\xb0\xdd\xbb\xdd\xadn\xbd\xd5\xbe\xe3\xaf\xd8\xaeq\xaf\xc0\xaa\xba\xbe\xaf\xb6q\xb6\xdc\xa1H\xc1\xd9\xacO\xadn\xb4\xa3\xa6\xad\xa6^\xb6E\xa1H\n\xad\xec\xa5\xbb\xaa\xba\xaa\xf9\xb6E\xacO 11\xa4\xeb3\xa4\xe9 \xa4W\xa4\xc8\xa4Q\xc2I\xa1C\n\n\xc1\xc2\xc1\xc2\xb1z\xa1I\n\xb3\xaf\xac\xfc\xac\xc2\n\xb9q\xb8\xdc (415) 555-0128\n",
	},
	"ko-chk-body": {
		charset: "euc-kr",
		utf8: `박지훈 님께

지난 9월 20일에 받으신 종합 건강검진 결과를 안내해 드립니다.

등록번호: 3308815
생년월일: 1979년 2월 8일

[주요 소견]
- 간기능 검사: AST 68 U/L, ALT 92 U/L (참고치 초과)
- 감마지티피: 121 U/L (높음)
- 공복 혈당: 118 mg/dL (공복혈당장애 의심)
- 복부 초음파: 중등도 지방간 소견
- 혈압: 142/91 mmHg

[권고 사항]
간장내과 진료를 권해 드리며, 3개월 후 간기능 재검사가 필요합니다.
금주, 체중 감량(현재 체중의 5~10%), 규칙적인 운동을 권고합니다.

진료 예약: 가정의학과 김수연 선생님, 10월 15일 오후 3시
변경을 원하시면 555-0149로 연락 주십시오.

한빛 가정의학과의원 건강검진센터
`,
		bytes: "\xb9\xda\xc1\xf6\xc8\xc6 \xb4\xd4\xb2\xb2\n\n\xc1\xf6\xb3\xad 9\xbf\xf9 20\xc0\xcf\xbf\xa1 \xb9\xde\xc0\xb8\xbd\xc5 \xc1\xbe\xc7\xd5 \xb0\xc7\xb0\xad\xb0\xcb\xc1\xf8 \xb0\xe1\xb0\xfa\xb8\xa6 \xbe\xc8\xb3\xbb\xc7\xd8 \xb5\xe5\xb8\xb3\xb4\xcf\xb4\xd9.\n\n\xb5\xee\xb7\xcf\xb9\xf8\xc8\xa3: 3308815\n\xbb\xfd\xb3\xe2\xbf\xf9\xc0\xcf: 1979\xb3\xe2 2\xbf\xf9 8\xc0\xcf\n\n[\xc1\xd6\xbf\xe4 \xbc\xd2\xb0\xdf]\n- \xb0\xa3\xb1\xe2\xb4\xc9 \xb0\xcb\xbb\xe7: AST 68 U/L, ALT 92 U/L (\xc2\xfc\xb0\xed\xc4\xa1 \xc3\xca\xb0\xfa)\n- \xb0\xa8\xb8\xb6\xc1\xf6\xc6\xbc\xc7\xc7: 121 U/L (\xb3\xf4\xc0\xbd)\n- \xb0\xf8\xba\xb9 \xc7\xf7\xb4\xe7: 118 mg/dL (\xb0\xf8\xba\xb9\xc7\xf7\xb4\xe7\xc0\xe5\xbe\xd6 \xc0\xc7\xbd\xc9)\n- \xba\xb9\xba\xce \xc3\xca\xc0\xbd\xc6\xc4: \xc1\xdf\xb5\xee\xb5\xb5 \xc1\xf6\xb9\xe6\xb0\xa3 \xbc\xd2\xb0\xdf\n- \xc7\xf7\xbe\xd0: 142/91 mmHg\n\n[\xb1\xc7\xb0\xed \xbb\xe7\xc7\xd7]\n\xb0\xa3\xc0\xe5\xb3\xbb\xb0\xfa \xc1\xf8\xb7\xe1\xb8\xa6 \xb1\xc7\xc7\xd8 \xb5\xe5\xb8\xae\xb8\xe7, 3\xb0\xb3\xbf\xf9 \xc8\xc4 \xb0\xa3\xb1\xe2\xb4\xc9 \xc0\xe7\xb0\xcb\xbb\xe7\xb0\xa1 \xc7\xca\xbf\xe4\xc7\xd5\xb4\xcf\xb4\xd9.\n\xb1\xdd\xc1\xd6, \xc3\xbc\xc1\xdf \xb0\xa8\xb7\xae(\xc7\xf6\xc0\xe7 \xc3\xbc\xc1\xdf\xc0\xc7 5~10%), \xb1\xd4\xc4\xa2\xc0\xfb\xc0\xce \xbf\xee\xb5\xbf\xc0\xbb \xb1\xc7\xb0\xed\xc7\xd5\xb4\xcf\xb4\xd9.\n\n\xc1\xf8\xb7\xe1 \xbf\xb9\xbe\xe0: \xb0\xa1\xc1\xa4\xc0\xc7\xc7\xd0\xb0\xfa \xb1\xe8\xbc\xf6\xbf\xac \xbc\xb1\xbb\xfd\xb4\xd4, 10\xbf\xf9 15\xc0\xcf \xbf\xc0\xc8\xc4 3\xbd\xc3\n\xba\xaf\xb0\xe6\xc0\xbb \xbf\xf8\xc7\xcf\xbd\xc3\xb8\xe9 555-0149\xb7\xce \xbf\xac\xb6\xf4 \xc1\xd6\xbd\xca\xbd\xc3\xbf\xc0.\n\n\xc7\xd1\xba\xfb \xb0\xa1\xc1\xa4\xc0\xc7\xc7\xd0\xb0\xfa\xc0\xc7\xbf\xf8 \xb0\xc7\xb0\xad\xb0\xcb\xc1\xf8\xbc\xbe\xc5\xcd\n",
	},
}
