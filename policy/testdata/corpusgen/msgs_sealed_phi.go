package main

import (
	"fmt"
	"strings"
)

func sealedPhi() {
	raw(S, Phi, "school-nurse-inhaler-note", `From: "Nurse Tammy Rourke" <trourke@elmwood-elem.example.org>
To: "Simone Delacroix" <simone.delacroix@example.net>
Subject: Jaylen - health office visits today

hi ms. delacroix,

just a heads up, jaylen came to the health office twice today, 10:40 and
again at 1:15, both times wheezing after PE/recess. i gave him 2 puffs of
his albuterol with the spacer each time per his asthma action plan and he
was back to class after 20 min both times, sats 97% on room air the 2nd
time.

the inhaler we have in the office is almost empty (counter says 14) and it
expires 8/31 anyway, can you send a new one in the original pharmacy box
with the label? also the action plan on file is from last year, his dr
needs to sign a new one for this school year.

might be worth calling his pediatrician since he's needing it more than
usual. let me know if you have questions.

Tammy Rourke, RN
School Nurse, Elmwood Elementary
555-0109 (health office)
`)

	add(S, Phi, "workers-comp-work-status-report", &Msg{
		From:    `"Ironbridge Occupational Health" <workstatus@ironbridge-occhealth.example.com>`,
		To:      `"Gail Swanson, HR" <gswanson@tri-county-freight.example.com>`,
		Cc:      `"Claims - Granite Mutual" <wcclaims@granitemutual.example.com>`,
		Subject: "Work status report - R. Quintanilla - DOI 02/24/2025",
		Root: mixed(
			text(`Gail,

Attached is today's work status report for Ramiro Quintanilla following
his visit at our Route 30 clinic. Modified duty is recommended as written.
Please let us know if light duty is not available so we can update the
carrier.

Ironbridge Occupational Health - Case Management
555-0152
`),
			attach("application/pdf", "work_status_report.pdf", pdfDoc("Work Status Report", pdfLines(`IRONBRIDGE OCCUPATIONAL HEALTH - WORK STATUS REPORT

Employee: Ramiro Quintanilla          DOB: 09/17/1979
Employer: Tri-County Freight, dock operations
Date of injury: 02/24/2025           Date of visit: 02/26/2025
WC carrier: Granite Mutual           Claim no.: GM-WC-25-0081377

Mechanism: lifting a 60 lb crate from a pallet, felt a pull in the low back,
pain radiating to the left buttock. No numbness or weakness.

Assessment: lumbar strain (S39.012A). No red flags. X-ray lumbar spine
negative for fracture.

Treatment: ibuprofen 600 mg three times daily with food, cyclobenzaprine
5 mg at bedtime as needed, ice/heat, physical therapy 2x/week for 3 weeks.

Work status: MODIFIED DUTY effective 02/26/2025
  - No lifting over 15 lb, no repetitive bending or twisting
  - May sit/stand as tolerated; no forklift operation while on
    cyclobenzaprine
Next visit: 03/05/2025, 8:30 am

Provider: Lena Brightwater, PA-C    NPI 1329570182
`), false)),
		),
	})

	add(S, Phi, "snf-transfer-summary-ccda", &Msg{
		From:    `"Pinecrest Manor Nursing - 2 West" <2west@pinecrest-manor.example.org>`,
		To:      `"St. Brendan ED Charge RN" <ed-charge@stbrendan-hosp.example.org>`,
		Subject: "Transfer to ED - resident from 2 West, summary attached",
		Root: mixed(
			text(`ED charge nurse,

Sending one of our long-term residents to you by ambulance now (Lifeline
Medic 4, ETA 20 min) for change in mental status and fever since this
morning. Transfer summary (CCD) attached with meds, allergies, code status
and the POLST.

Daughter/POA notified and will meet him there.

Report called to ED at 14:05 by Marta Ilunga, LPN.
Pinecrest Manor 2 West, 555-0121
`),
			attachText("application/xml", "transfer_summary.xml", `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.13"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="PMN-TX-77014"/>
  <code code="18761-7" codeSystem="2.16.840.1.113883.6.1" displayName="Transfer summary note"/>
  <title>Skilled Nursing Facility Transfer Summary</title>
  <effectiveTime value="20250416140000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="PM-004417" root="2.16.840.1.113883.19.5.99999.2"/>
      <patient>
        <name><given>Cornelius</given><family>Wadsworth</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19360711"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Reason for transfer</title>
      <text>Acute confusion since 06:00, temp 101.8 F, HR 104, BP 98/60, SpO2 91% RA. Foul-smelling urine. Possible UTI/urosepsis.</text>
    </section></component>
    <component><section>
      <title>Problems</title>
      <text>Vascular dementia; type 2 diabetes; CKD stage 3b; atrial fibrillation; history of right hip fracture s/p ORIF 2023; Stage 2 pressure injury sacrum.</text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text>Apixaban 2.5 mg BID (last dose 08:00); metformin 500 mg BID; donepezil 10 mg qHS; metoprolol tartrate 25 mg BID; acetaminophen 650 mg q6h PRN.</text>
    </section></component>
    <component><section>
      <title>Allergies</title>
      <text>Sulfa (rash); penicillin (hives).</text>
    </section></component>
    <component><section>
      <title>Advance directives</title>
      <text>POLST: DNR, selective treatment, OK to hospitalize and give IV antibiotics. POA: daughter, Irene Wadsworth-Cole, 555-0177.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
`, "base64"),
		),
	})

	add(S, Phi, "ambulance-run-837-attachment", &Msg{
		From:    `"Claims Team - Ridgeway Ambulance Billing" <claims@ridgeway-amb-billing.example.com>`,
		To:      `"Submitter Support" <support@clearbridge-edi.example.net>`,
		Subject: "Corrected claim resubmission, run 25-03318 (loaded miles)",
		Root: mixed(
			text(`Hello,

Resubmitting the attached claim as a replacement (frequency 7). The
original went out with 4 loaded miles instead of 14. Payer control number
is in REF*F8. Can you confirm it passes your edits before it goes to the
Medicaid plan?

Thanks,
Dwayne Harrow
Ridgeway Ambulance Billing, for Cold Spring Fire & Rescue
555-0183
`),
			attachText("text/plain", "837P_run_25-03318_corrected.txt", `ISA*00*          *00*          *ZZ*RIDGEWAYAB     *ZZ*CLEARBRIDGE    *250411*0915*^*00501*000004471*0*P*:~
GS*HC*RIDGEWAYAB*CLEARBRIDGE*20250411*0915*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*RB2503318*20250411*0915*CH~
NM1*85*2*COLD SPRING FIRE AND RESCUE*****XX*1588234066~
N3*12 FIREHOUSE RD~
N4*COLD SPRING*MN*56320~
SBR*P*18*******MC~
NM1*IL*1*TREMBLAY*JOSETTE*A***MI*MN770142983~
N3*408 LAKEVIEW DR~
N4*COLD SPRING*MN*56320~
DMG*D8*19520308*F~
CLM*25-03318*1486.00***41:B:7*Y*A*Y*Y~
REF*F8*2025087MN0044129~
CR1*LB*142*A*A*DH*14****~
HI*ABK:R0789*ABF:I4891~
NM1*PW*2******~
N3*408 LAKEVIEW DR~
N4*COLD SPRING*MN*56320~
NM1*45*2*ST CLOUD REGIONAL MEDICAL CENTER*****~
N3*1406 SIXTH AVE N~
N4*SAINT CLOUD*MN*56303~
LX*1~
SV1*HC:A0427:RH*1150.00*UN*1***1~
DTP*472*D8*20250329~
LX*2~
SV1*HC:A0425:RH*336.00*UN*14***1~
DTP*472*D8*20250329~
SE*28*0001~
GE*1*4471~
IEA*1*000004471~
`, "7bit"),
		),
	})

	add(S, Phi, "hospice-intake-spanish", &Msg{
		From:    `"Enf. Graciela Montoya" <gmontoya@camino-hospice.example.org>`,
		To:      `"Equipo IDT Camino" <idt@camino-hospice.example.org>`,
		Subject: "Ingreso nuevo - Sra. Villaseñor",
		Root: textAs("text/plain", `Equipo:

Admití hoy a la Sra. Rosario Villaseñor Ibarra, 84 años, fecha de
nacimiento 11/02/1940, en su casa (calle Alameda 2214, con su hija Lupe).

Diagnóstico de hospicio: cáncer de páncreas metastásico al hígado,
diagnosticado en enero; ya no desea quimioterapia. PPS 40 %, pérdida de
peso de 9 kg en tres meses, ictericia leve.

Síntomas: dolor abdominal 7/10, náusea por las mañanas, estreñimiento.
Plan de medicamentos:
  - morfina oral solución 5 mg cada 4 h PRN dolor (kit de confort entregado)
  - ondansetrón 4 mg cada 8 h PRN náusea
  - senna 2 tabletas por la noche
  - suspender atorvastatina y metformina

Código: DNR, POLST firmado. Medicare A, número MBI en la hoja de ingreso.
Religión católica, solicita visita del capellán y del padre de su
parroquia. La familia prefiere español; Lupe habla inglés también.

Próxima visita de enfermería: jueves. Trabajo social por favor llamar a
Lupe al 555-0186 para hablar sobre cuidadores por la noche.

Graciela Montoya, RN
Camino Hospice
`, "iso-8859-1", "quoted-printable"),
	})

	add(S, Phi, "medicaid-mco-eob-html-table", &Msg{
		From:    `"Sunrise Health Plan" <member-notices@sunrisehp.example.com>`,
		To:      `"Tanisha Greer" <tgreer88@example.net>`,
		Subject: "Your Explanation of Benefits is ready",
		Root: html(`<!DOCTYPE html>
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><img alt="Sunrise Health Plan" src="https://sunrisehp.example.com/logo.png"></p>
<p>Dear Tanisha Greer,</p>
<p>This is <b>not a bill</b>. It explains how Sunrise Health Plan (a Medicaid
managed care plan) processed recent claims for members on your account.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#fde9c9"><th>Member</th><th>Member ID</th><th>Claim #</th><th>Date of service</th>
<th>Provider</th><th>Service</th><th>Billed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>Dashawn Greer</td><td>SHP-6617204-02</td><td>25131C004418</td><td>05/02/2025</td>
<td>Little Oaks Pediatrics</td><td>Well-child visit age 4 (99392), DTaP-IPV (90696), MMRV (90710)</td><td>$412.00</td><td>$298.40</td><td>$0.00</td></tr>
<tr><td>Dashawn Greer</td><td>SHP-6617204-02</td><td>25131C004419</td><td>05/02/2025</td>
<td>Little Oaks Pediatrics</td><td>Vision screening (99173)</td><td>$18.00</td><td>$0.00</td><td>$0.00</td></tr>
<tr><td>Tanisha Greer</td><td>SHP-6617204-01</td><td>25140C009321</td><td>05/11/2025</td>
<td>Eastgate Urgent Care</td><td>Office visit (99203), rapid strep test (87880)</td><td>$265.00</td><td>$141.75</td><td>$0.00</td></tr>
</table>
<p>Claim 25131C004419: <i>Denied - service included in the well-child visit payment (remark N20).</i>
You do not have to pay this amount.</p>
<p>Questions? Call Member Services at 555-0100 (TTY 711), Monday&ndash;Friday 8&ndash;6.
Tiene derecho a recibir esta informaci&oacute;n en espa&ntilde;ol.</p>
</body></html>
`),
	})

	add(S, Phi, "pbm-prior-auth-denial-pdf-flate", &Msg{
		From:    `"Keystone RxBenefits - Utilization Review" <pa-decisions@keystonerx.example.com>`,
		To:      `"Horace Abernathy-Lowe" <horace.al@example.net>`,
		Subject: "A decision has been made on your coverage request (ref PA-25-7741920)",
		Root: mixed(
			alt(
				text(`A decision has been made on the coverage request your prescriber sent us.
Please read the attached letter. It explains the decision and how to appeal.

Reference: PA-25-7741920

Keystone RxBenefits
`),
				html(`<p>A decision has been made on the coverage request your prescriber sent us.
Please read the attached letter. It explains the decision and how to appeal.</p>
<p>Reference: <b>PA-25-7741920</b></p><p>Keystone RxBenefits</p>
`),
			),
			attach("application/pdf", "PA-25-7741920_letter.pdf", pdfDoc("Coverage determination", pdfLines(`KEYSTONE RXBENEFITS
Coverage Determination - Notice of Denial

Date: 06/03/2025
Member: Horace Abernathy-Lowe
Member ID: KRX-308814562-00      Date of birth: 12/19/1968
Group: Ferrous Valley School District
Prescriber: Dr. Ayesha Moreland, Dermatology

Drug requested: dupilumab 300 mg/2 mL prefilled pen, every 2 weeks
Diagnosis submitted: atopic dermatitis, moderate to severe (L20.89)

Decision: DENIED

Reason: Your plan requires a trial of at least one medium- or high-potency
topical corticosteroid AND a topical calcineurin inhibitor (such as
tacrolimus ointment) for at least 4 weeks each, or documentation that these
cannot be used. The request showed triamcinolone 0.1% cream only.

What you can do:
 - Ask your prescriber to send chart notes showing the trial of a topical
   calcineurin inhibitor or why it cannot be used; or
 - File an appeal within 180 days. Call 555-0112 or write to
   Keystone RxBenefits Appeals, PO Box 7741, Harrisburg PA 17105.
 - Expedited appeal (decision within 72 hours) if waiting could seriously
   harm your health.
`), true)),
		),
	})

	raw(S, Phi, "critical-potassium-call-writeup", `From: "Nkechi Obi, RN" <nobi@lonepine-rhc.example.org>
To: "Dr. Ferris Wendt" <fwendt@lonepine-rhc.example.org>
Cc: "Clinic Manager" <manager@lonepine-rhc.example.org>
Subject: crit value call 7/15 - documentation

Dr. Wendt - writing this up for the chart + QA log.

0712 crit call rec'd from Basin Reference Lab (tech: "Carol", ext 2):
  Herbert Lindahl, DOB 02/09/1946, acct 88-20417
  K+ 6.8 mmol/L (ref 3.5-5.1), non-hemolyzed per lab
  creat 2.9 (was 1.8 in April)
read back & verified 0714.

0720 paged you, you called back 0726 - orders: hold lisinopril and
spironolactone, pt to ED for stat ECG / repeat K.
0731 called pt at home, wife answered, pt c/o weakness, no CP. advised ED
now, wife driving him to Basin General. Called ED charge RN w/ report 0745.

f/u: will call family this pm and get ED d/c summary for chart.

Nkechi
`)

	raw(S, Phi, "vietnamese-refill-ready", `From: "Nhà thuốc Golden Lotus" <refills@goldenlotus-rx.example.com>
To: "Nguyen Van Thanh" <thanh.nguyen52@example.net>
Subject: Thuốc của ông đã sẵn sàng để nhận

Kính gửi ông Nguyễn Văn Thành,

Thuốc theo toa của ông đã sẵn sàng tại Nhà thuốc Golden Lotus (số 8 đường
Bolsa, quầy số 2):

  - Lisinopril 10 mg, 90 viên, uống 1 viên mỗi sáng (toa số RX 7731042)
  - Metformin 1000 mg, 180 viên, uống 1 viên 2 lần mỗi ngày sau bữa ăn
    (toa số RX 7731043)

Tiền đồng chi trả (copay): 0 USD theo bảo hiểm Medi-Cal của ông.

Toa metformin chỉ còn 0 lần lấy thêm. Chúng tôi đã gửi yêu cầu gia hạn
đến bác sĩ Trần Minh Khoa. Ông nhớ đi thử máu HbA1c trước lần hẹn khám
tháng sau.

Nếu không nhận thuốc trong vòng 10 ngày, thuốc sẽ được trả lại kho.
Thắc mắc xin gọi 555-0196 (có nhân viên nói tiếng Việt).

Nhà thuốc Golden Lotus
`)

	raw(S, Phi, "dob-member-id-colonoscopy-scheduling", `From: "GI Scheduling - Tamarack Digestive Health" <scheduling@tamarack-gi.example.com>
To: "Pre-Admission - Riverbend Surgery Center" <preadmit@riverbend-asc.example.com>
Subject: add-on for 7/9 0730, Dr. Hallett

Please add to Dr. Hallett's 7/9 block:

  DOB 03/22/1961
  Member ID QHP448120937 (Cascade Mutual PPO) - auth not required for 45380
  Procedure: colonoscopy w/ biopsy (45380), poss. polypectomy (45385)
  Indication: + FIT 5/30, iron-deficiency anemia (Hgb 10.4)
  Hx: prior polyps 2018 (tubular adenoma x2), on clopidogrel - cardiology
  OK'd holding 5 days, last dose 7/3
  Sedation: MAC
  Prep: split-dose, instructions mailed 6/18

Arrival 0630. Will fax the H&P and consent tomorrow.

Thx,
Bettina
Tamarack Digestive Health, 555-0138
`)

	raw(S, Phi, "first-name-podiatry-followup", `From: "Dr. Anand Ketterman" <aketterman@highdesert-foot.example.com>
To: <dorothea.w@example.net>
Subject: following up on Tuesday

Hi Dorothea,

Thanks for coming in on Tuesday. As promised, here's a summary so you don't
have to remember it all:

- Your x-rays showed a small heel spur, but the pain is from the plantar
  fascia, not the spur itself.
- Stretch the calf and the arch 3 times a day (the handout is attached to
  your portal), ice the heel 10 minutes after long shifts.
- Take the naproxen 500 mg twice a day with food for 2 weeks, then only as
  needed. Stop it if you get stomach pain.
- Wear the night splint as much as you can tolerate.
- If it's not at least 50% better in 6 weeks we'll talk about a steroid
  injection or custom orthotics.

Your follow-up is on the 28th at 3:40. Call the front desk if that doesn't
work.

Dr. K

--
Anand Ketterman, DPM
High Desert Foot & Ankle Associates | 555-0134
`)

	raw(S, Phi, "subject-only-dialysis-missed-treatment", `From: "Renee Castor, MSW" <rcastor@tidewater-kidney.example.com>
To: "Tidewater Care Team" <careteam@tidewater-kidney.example.com>
Subject: Benedikt Okafor - missed tx Tue + Thu, K 6.1 on Sat pre-labs, no answer at home

see subject. i'll try the daughter again at lunch. if anyone sees him in
the lobby grab me.
`)

	add(S, Phi, "filename-only-audiogram-pdf", &Msg{
		From:    `"Front Desk - Pinecrest Audiology" <frontdesk@pinecrest-audiology.example.com>`,
		To:      `"Medical Records - Foothill ENT" <records@foothill-ent.example.com>`,
		Subject: "Records as requested by phone",
		Root: mixed(
			text(`Hi,

Attached as requested on the phone this morning. Let us know if you need
anything else.

Front Desk
Pinecrest Audiology, 555-0144
`),
			attach("application/pdf", "Audiogram_Pettigrew_Lorraine_DOB1957-08-30.pdf", pdfDoc("Audiometric evaluation", pdfLines(`PINECREST AUDIOLOGY - AUDIOMETRIC EVALUATION

Pure-tone air conduction thresholds (dB HL)
Frequency (Hz)   250   500  1000  2000  3000  4000  6000  8000
Right            20    25    30    45    55    60    65    70
Left             20    20    25    40    50    60    70    75

Speech recognition threshold: R 30 dB, L 25 dB
Word recognition: R 84% at 70 dB, L 88% at 65 dB
Tympanometry: Type A bilaterally

Impression: bilateral mild-to-moderately-severe sloping sensorineural
hearing loss, symmetric. Candidate for bilateral amplification.
Recommend hearing aid evaluation; ENT clearance requested.

Audiologist: Priyanka Solberg, AuD
`), false)),
		),
	})

	add(S, Phi, "hl7-oru-cbc-rural-clinic", &Msg{
		From:    `"Basin Reference Lab Interface" <hl7-out@basinreflab.example.com>`,
		To:      `"Lone Pine RHC Results Inbox" <results@lonepine-rhc.example.org>`,
		Subject: "Results delivery batch 20250611-0412 (1 message)",
		Hdr:     [][2]string{{"Auto-Submitted", "auto-generated"}},
		Root: mixed(
			text(`Automated results delivery from Basin Reference Lab.
Batch 20250611-0412 contains 1 HL7 v2.5.1 ORU^R01 message.
Import into your EHR results queue. Do not reply.
`),
			hl7Part("x-application/hl7-v2+er7", "BRL_20250611_0412.hl7", hl7Text(`
MSH|^~\&|BRL-LIS|BASINREFLAB|LPRHC-EHR|LONEPINE|20250611041200||ORU^R01^ORU_R01|BRL0611041200731|P|2.5.1
PID|1||LP0088213^^^LPRHC^MR||BARRAGAN^OTILIA^M||19840512|F|||17 COTTONWOOD LN^^LONE PINE^NV^89049||^PRN^PH^^^775^5550147
PV1|1|O|LPRHC^^^LONEPINE||||1120495738^WENDT^FERRIS^^^^MD
ORC|RE|LP4471902|BRL25161-0087||CM
OBR|1|LP4471902|BRL25161-0087|58410-2^CBC panel^LN|||20250610093000|||||||||1120495738^WENDT^FERRIS^^^^MD||||||20250611040500|||F
OBX|1|NM|6690-2^WBC^LN||6.1|10*3/uL|4.0-11.0|N|||F
OBX|2|NM|718-7^Hemoglobin^LN||8.9|g/dL|12.0-15.5|L|||F
OBX|3|NM|4544-3^Hematocrit^LN||28.4|%|36.0-46.0|L|||F
OBX|4|NM|787-2^MCV^LN||71|fL|80-100|L|||F
OBX|5|NM|777-3^Platelets^LN||412|10*3/uL|150-400|H|||F
NTE|1||Microcytic anemia. Suggest iron studies if clinically indicated.
`)),
		),
	})

	raw(S, Phi, "hl7-dft-pasted-interface-error", `From: "Interface Engine" <engine-alerts@quickcare-uc.example.com>
To: "Billing Interfaces" <billing-interfaces@quickcare-uc.example.com>
Subject: [ALERT] Channel UC_DFT_TO_PM: message rejected (FT1-7 unknown code)
Auto-Submitted: auto-generated

Channel:    UC_DFT_TO_PM
Status:     ERROR - message held in queue
Error:      FT1-7 transaction code "J0696X" not found in charge master
Received:   2025-08-02 19:44:07
Source:     QuickCare Hwy 9 site

Raw message:

MSH|^~\&|UC-EHR|QC-HWY9|PM|QUICKCARE|20250802194407||DFT^P03|QC9-88174|P|2.5
EVN|P03|20250802194407
PID|1||QC300418^^^QC^MR||HALVERSON^ELODIE^J||20110923|F|||3302 BIRCH HOLLOW RD^^GRANITE FALLS^WA^98252
PV1|1|O|HWY9^ROOM3||||1477602910^NARAYAN^SUNIL^^^^MD|||||||||||V4410077
FT1|1|||20250802|20250802|CG|99214^Office visit est pt moderate^CPT|||1
FT1|2|||20250802|20250802|CG|87880^Rapid strep antigen^CPT|||1
FT1|3|||20250802|20250802|CG|J0696X^Ceftriaxone 250 mg inj^HCPCS|||2
DG1|1||J02.0^Streptococcal pharyngitis^I10

Fix the code in the charge master or edit FT1-7 and resend from the
Held Messages screen.
`)

	add(S, Phi, "fhir-bundle-telehealth-otitis", &Msg{
		From:    `"BrightPath Telehealth Integrations" <fhir-push@brightpath-telehealth.example.com>`,
		To:      `"Little Oaks Pediatrics Inbox" <inbox@littleoaks-peds.example.org>`,
		Subject: "Visit summary from BrightPath after-hours visit (FHIR)",
		Root: mixed(
			text(`An after-hours BrightPath video visit was completed for a child who lists
your practice as their medical home. The visit summary is attached as a
FHIR R4 document bundle for import.

BrightPath Telehealth - this mailbox is not monitored.
`),
			attachText("application/fhir+json", "visit-summary-bundle.json", `{
  "resourceType": "Bundle",
  "type": "document",
  "timestamp": "2025-10-19T22:48:00-07:00",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "bp-pt-55102",
      "identifier": [{"system": "https://brightpath-telehealth.example.com/mrn", "value": "BPT-0055102"}],
      "name": [{"family": "Okonjo-Reyes", "given": ["Amara"]}],
      "gender": "female", "birthDate": "2021-04-06"}},
    {"resource": {"resourceType": "Encounter", "id": "enc-1",
      "status": "finished", "class": {"code": "VR", "display": "virtual"},
      "subject": {"reference": "Patient/bp-pt-55102"},
      "reasonCode": [{"text": "right ear pain and fever 38.9 C for 1 day"}]}},
    {"resource": {"resourceType": "Condition", "id": "cond-1",
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "H66.91", "display": "Otitis media, unspecified, right ear"}]},
      "subject": {"reference": "Patient/bp-pt-55102"}}},
    {"resource": {"resourceType": "MedicationRequest", "id": "med-1", "status": "active", "intent": "order",
      "medicationCodeableConcept": {"text": "amoxicillin 400 mg/5 mL oral suspension"},
      "subject": {"reference": "Patient/bp-pt-55102"},
      "dosageInstruction": [{"text": "7.5 mL by mouth twice daily for 10 days (weight 16.2 kg)"}]}},
    {"resource": {"resourceType": "CarePlan", "id": "plan-1", "status": "active", "intent": "plan",
      "subject": {"reference": "Patient/bp-pt-55102"},
      "description": "Ibuprofen for pain. Recheck with PCP in 2-3 days if not improving, sooner if ear drainage or stiff neck."}}
  ]
}
`, "base64"),
		),
	})

	add(S, Phi, "ics-sleep-study-french", &Msg{
		From:    `"Centre du sommeil QuietNight" <rendezvous@quietnight-sleep.example.com>`,
		To:      `"Jean-Baptiste Dorval" <jbdorval@example.net>`,
		Subject: "Confirmation : votre étude du sommeil de nuit le 22 mai",
		Root: mixed(
			textAs("text/plain", `Bonjour M. Dorval,

Votre étude du sommeil en laboratoire (polysomnographie de nuit) demandée
par le Dr Castellano pour suspicion d'apnée obstructive du sommeil est
confirmée :

  Date : jeudi 22 mai, arrivée à 20 h 30, fin vers 6 h 00
  Lieu : QuietNight Sleep Center, 77 Elm Court, chambre 3

À faire avant l'examen :
  - pas de sieste ni de caféine après midi
  - prenez vos médicaments habituels, sauf le zolpidem (ne pas en prendre
    cette nuit-là)
  - apportez votre pyjama et la liste de vos médicaments
  - cheveux propres et secs, sans gel ni huile

Si un appareil CPAP est nécessaire, le technicien pourra commencer le
titrage pendant la même nuit.

L'invitation est jointe. Pour annuler, appelez le 555-0181.

Centre du sommeil QuietNight
`, "utf-8", ""),
			attach("text/calendar; method=REQUEST; charset=utf-8", "rendez-vous.ics", ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//QuietNight//Booking//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:psg-20250522-room3@quietnight-sleep.example.com
DTSTAMP:20250505T120000Z
DTSTART;TZID=America/New_York:20250522T203000
DTEND;TZID=America/New_York:20250523T060000
SUMMARY:Polysomnographie de nuit - Jean-Baptiste Dorval
LOCATION:QuietNight Sleep Center\, 77 Elm Court\, chambre 3
DESCRIPTION:Suspicion d'apnee du sommeil. Pas de zolpidem ce soir-la. Titrage CPAP possible.
ATTENDEE;CN=Jean-Baptiste Dorval:mailto:jbdorval@example.net
ORGANIZER;CN=QuietNight:mailto:rendezvous@quietnight-sleep.example.com
END:VEVENT
END:VCALENDAR
`)),
		),
	})

	regimens := []string{"FOLFOX cycle 4", "pembrolizumab 200 mg", "carboplatin/paclitaxel C2", "zoledronic acid 4 mg",
		"rituximab 375 mg/m2", "iron sucrose 200 mg", "nivolumab 480 mg", "gemcitabine/nab-paclitaxel D8",
		"trastuzumab 6 mg/kg", "daratumumab SC", "AC cycle 3", "hydration + antiemetics"}
	var inf strings.Builder
	inf.WriteString("chair,start,patient,mrn,dob,regimen,est_hours,nurse\r\n")
	for i, p := range sealedPeople(22, 4) {
		fmt.Fprintf(&inf, "%d,%02d:%02d,\"%s, %s\",%s,%s,%s,%.1f,%s\r\n", 1+i%8, 7+i/3, (i%3)*20, p.Last, p.First, p.MRN, p.DOB,
			regimens[(i*5)%len(regimens)], 0.5+float64((i*7)%9)/2, []string{"KT", "MA", "RJ", "SB"}[i%4])
	}
	add(S, Phi, "csv-infusion-chair-schedule", &Msg{
		From:    `"Summit Infusion Scheduling" <scheduling@summitinfusion.example.org>`,
		To:      `"Summit Infusion Nurses" <infusion-rn@summitinfusion.example.org>`,
		Cc:      `"Infusion Pharmacy" <pharmacy@summitinfusion.example.org>`,
		Subject: "Tomorrow's chair assignments (Thursday)",
		Root: mixed(
			text(`Hi all,

Thursday's chair schedule is attached. 22 patients, 8 chairs. Pharmacy:
the two rituximab first-doses are flagged for slow titration, please have
premeds verified by 0730. Chair 6 is out until biomed fixes the recliner.

Nadia
`),
			attachText("text/csv", "chairs_thursday.csv", inf.String(), "base64"),
		),
	})

	raw(S, Phi, "forwarded-chiropractic-claim-denial", `From: "Dr. Celeste Marchbanks" <celeste@alignwell-chiro.example.com>
To: "Ortiz Billing Solutions" <team@ortiz-billing.example.com>
Subject: Fwd: Re: acct 20-3318 denied again??

Can you guys look at this one? Third denial on the same visits. Notes
are in the portal under his account.

-Celeste

---------- Forwarded message ---------
From: Front Desk <frontdesk@alignwell-chiro.example.com>
Date: Thu, Aug 7, 2025 at 4:52 PM
Subject: Re: acct 20-3318 denied again??
To: Dr. Celeste Marchbanks <celeste@alignwell-chiro.example.com>

Yes - Prairie Mutual denied DOS 6/2, 6/9, 6/16 and 6/23 for Wallace
Kettering (acct 20-3318, member PMX55410287), CPT 98941 + 97140-59, CARC
50 "not medically necessary", they say the re-exam on 6/23 didn't show
functional improvement over baseline. Total $612.

> On Thu, Aug 7, 2025 at 11:03 AM Dr. Celeste Marchbanks wrote:
> Which ones? Wallace's? His low back disability index went from 46% to
> 28% between 5/19 and 6/23, that IS functional improvement. Did we send
> the Oswestry scores with the appeal?
>
>> On Wed, Aug 6, 2025, Front Desk wrote:
>> ERA came in today, acct 20-3318 got denied again, same reason as before.
`)

	add(S, Phi, "rfc822-ob-glucose-tolerance", &Msg{
		From:    `"Alma Ruiz, RN - Valle Verde OB" <aruiz@valleverde-ob.example.org>`,
		To:      `"Dr. Hester Quan" <hquan@valleverde-ob.example.org>`,
		Subject: "FW: question about my sugar test",
		Root: mixed(
			text(`Dr. Quan,

Forwarding the portal message below. Her 1-hour GCT was 152 (cutoff 140),
so she needs the 3-hour GTT. I told her we'd call tomorrow. Ok to order
and schedule for next week? She's 26w3d today.

Alma
`),
			rfc822(rawInner(`From: "Yesenia Barrientos" <yesi.barrientos@example.net>
To: "Valle Verde OB Portal" <portal@valleverde-ob.example.org>
Subject: question about my sugar test
Date: Mon, 09 Jun 2025 21:17:44 -0700

Hi, I saw in the portal my glucose test says 152 and it's in red. Does that
mean I have gestational diabetes? My mom had it with my brother. Do I need
to stop eating fruit? My next appointment is June 23 but I can come sooner.
I'm still taking the prenatal vitamins and the iron.

Thank you,
Yesenia Barrientos
DOB 02/14/1997
`)),
		),
	})

	add(S, Phi, "qp-soft-breaks-radiology-report", &Msg{
		From:    `"Meridian Radiology Group - Reports" <reports@meridian-rad.example.com>`,
		To:      `"Dr. Ferris Wendt" <fwendt@lonepine-rhc.example.org>`,
		Subject: "Final report: CT chest w/o contrast",
		Root: qpBreaks("text/plain", "utf-8", `MERIDIAN RADIOLOGY GROUP - FINAL REPORT

Patient: GOODSPEED, ARCHIBALD T     MRN: LP00¦77412     DOB: 1953-01-27
Exam: CT CHEST WITHOUT CONTRAST       Acc#: MRG-25-0412¦883
Ordering: Ferris Wendt, MD (Lone Pine RHC)
Clinical history: 40 pack-year smoker, annual lung cancer screening,
new cough.

FINDINGS:
Lungs: 1.4 cm spiculated solid nodule in the right upper lobe (series 3,
image 47), new since the prior screening exam. Centrilobular emphysema.
No pneumo¦thorax. No pleural effusion.
Mediastinum: mildly enlarged right paratracheal node, 1.1 cm short axis;
no bulky adeno¦pathy.
Other: coronary artery calcification.

IMPRESSION:
1. New 1.4 cm spiculated RUL nodule, Lung-RADS 4B, suspicious for
   malig¦nancy. Recommend PET/CT and pulmonology / thoracic surgery
   referral.
2. Emphysema.

Critical finding communicated to Dr. Wendt's office (Nkechi Obi, RN) by
phone at 15:22.

Electronically signed: Imogen Hartwell, MD, 06/19/2025 15:30
`),
	})

	raw(S, Phi, "tagalog-text-relay-wound-care", `From: "SMS Gateway - Kalinga Home Health" <sms-relay@kalinga-homehealth.example.com>
To: "RN Case Manager Joy Manalo" <jmanalo@kalinga-homehealth.example.com>
Subject: Text message from +1 555-0166 (Lorna D., HHA)
Auto-Submitted: auto-generated

[Relayed SMS - received 14:06]

Ma'am Joy, si Lola Remedios Bautista po sa Maple St. Yung sugat niya sa
kaliwang paa, mas namumula po ngayon at may nana na kulay dilaw, medyo mabaho
na rin. Mainit po yung paligid ng sugat. Nilagnat daw siya kagabi sabi ng
anak niya, 38.2. Yung asukal niya kaninang umaga 287. Pinalitan ko na po
yung dressing pero dumikit yung gasa. Tatawagan ko po ba yung doktor niya o
kayo na po? Salamat po.

- Lorna

[Reply to this e-mail to send an SMS back to +1 555-0166. Max 320 chars.]
`)

	add(S, Phi, "punjabi-retina-exam-reminder", &Msg{
		From:    `"Central Valley Eye Associates" <reminders@cv-eye.example.com>`,
		To:      `"Harpreet Kaur Sandhu" <harpreet.sandhu@example.net>`,
		Subject: encWord("ਯਾਦ-ਦਹਾਨੀ: ਤੁਹਾਡੀ ਅੱਖਾਂ ਦੀ ਜਾਂਚ 14 ਅਗਸਤ", "utf-8", 'B'),
		Root: alt(
			text(`ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਹਰਪ੍ਰੀਤ ਕੌਰ ਜੀ,

ਇਹ ਤੁਹਾਡੀ ਸ਼ੂਗਰ (ਡਾਇਬਟੀਜ਼) ਲਈ ਸਾਲਾਨਾ ਅੱਖਾਂ ਦੀ ਪਰਦੇ (ਰੈਟੀਨਾ) ਦੀ ਜਾਂਚ ਦੀ ਯਾਦ-ਦਹਾਨੀ ਹੈ।

  ਤਾਰੀਖ: ਵੀਰਵਾਰ, 14 ਅਗਸਤ
  ਸਮਾਂ: ਸਵੇਰੇ 10:20
  ਡਾਕਟਰ: ਡਾ. ਮਿਨਾਕਸ਼ੀ ਰਾਓ
  ਥਾਂ: 2150 ਹਰਨਡਨ ਐਵੇਨਿਊ, ਫਰਿਜ਼ਨੋ

ਤੁਹਾਡੀਆਂ ਅੱਖਾਂ ਵਿੱਚ ਦਵਾਈ ਦੀਆਂ ਬੂੰਦਾਂ ਪਾਈਆਂ ਜਾਣਗੀਆਂ, ਇਸ ਲਈ ਕਿਸੇ ਨੂੰ ਨਾਲ ਲਿਆਓ ਜੋ ਗੱਡੀ ਚਲਾ ਸਕੇ।
ਆਪਣੀਆਂ ਐਨਕਾਂ ਅਤੇ ਦਵਾਈਆਂ ਦੀ ਸੂਚੀ ਨਾਲ ਲਿਆਓ।

ਪਿਛਲੇ ਸਾਲ ਤੁਹਾਡੀ ਸੱਜੀ ਅੱਖ ਵਿੱਚ ਹਲਕੀ ਡਾਇਬੈਟਿਕ ਰੈਟੀਨੋਪੈਥੀ ਮਿਲੀ ਸੀ, ਇਸ ਲਈ ਇਹ ਜਾਂਚ ਜ਼ਰੂਰੀ ਹੈ।

ਤਾਰੀਖ ਬਦਲਣ ਲਈ 555-0107 'ਤੇ ਫ਼ੋਨ ਕਰੋ (ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ ਸਟਾਫ਼ ਮੌਜੂਦ ਹੈ)।

Central Valley Eye Associates
`),
			html(`<html><head><meta charset="utf-8"></head><body>
<p>ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਹਰਪ੍ਰੀਤ ਕੌਰ ਜੀ,</p>
<p>ਇਹ ਤੁਹਾਡੀ ਸ਼ੂਗਰ (ਡਾਇਬਟੀਜ਼) ਲਈ ਸਾਲਾਨਾ ਅੱਖਾਂ ਦੀ ਪਰਦੇ (ਰੈਟੀਨਾ) ਦੀ ਜਾਂਚ ਦੀ ਯਾਦ-ਦਹਾਨੀ ਹੈ।</p>
<table border="1" cellpadding="4">
<tr><td>ਤਾਰੀਖ</td><td>ਵੀਰਵਾਰ, 14 ਅਗਸਤ</td></tr>
<tr><td>ਸਮਾਂ</td><td>ਸਵੇਰੇ 10:20</td></tr>
<tr><td>ਡਾਕਟਰ</td><td>ਡਾ. ਮਿਨਾਕਸ਼ੀ ਰਾਓ</td></tr>
</table>
<p>ਪਿਛਲੇ ਸਾਲ ਤੁਹਾਡੀ ਸੱਜੀ ਅੱਖ ਵਿੱਚ ਹਲਕੀ ਡਾਇਬੈਟਿਕ ਰੈਟੀਨੋਪੈਥੀ ਮਿਲੀ ਸੀ, ਇਸ ਲਈ ਇਹ ਜਾਂਚ ਜ਼ਰੂਰੀ ਹੈ।</p>
<p>555-0107 &middot; Central Valley Eye Associates</p>
</body></html>
`),
		),
	})

	raw(S, Phi, "korean-daughter-knee-followup", `From: "이지현" <jihyun.lee.77@example.net>
To: "Summit Orthopedics Patient Messages" <messages@summit-ortho.example.com>
Subject: 어머니 무릎 수술 후 경과 문의 (김순자, 1948년생)

안녕하세요,

저는 김순자 환자의 딸 이지현입니다. 어머니께서 지난 5월 12일에
조 박사님께 오른쪽 무릎 인공관절 치환술을 받으셨습니다.
(생년월일 1948년 3월 2일, 환자번호 SO-2207318)

수술 후 3주가 지났는데 며칠 전부터 무릎이 다시 붓고 열감이 있습니다.
밤에 통증이 심해서 처방받은 옥시코돈을 하루 세 번 드시고 계시고,
혈전 예방약(아픽사반)도 빠짐없이 드시고 있습니다.
물리치료사 선생님은 굽히는 각도가 아직 85도라고 하셨습니다.

다음 외래 예약이 6월 16일인데, 그 전에 진료를 받아야 할까요?
어머니는 영어를 잘 못하셔서 제가 대신 연락드립니다.
제 전화번호는 555-0153입니다.

감사합니다.
이지현 드림
`)

	add(S, Phi, "utf16-nephrology-referral-attachment", &Msg{
		From:    `"Referrals - Cottonwood Rural Health Clinic" <referrals@cottonwood-rhc.example.org>`,
		To:      `"New Patient Intake - Prairie Kidney Associates" <intake@prairie-kidney.example.com>`,
		Subject: "Referral for CKD evaluation and dialysis access planning",
		Root: mixed(
			text(`Please see the attached referral letter and schedule at your earliest
opening at the Hays outreach clinic. Labs will follow by fax.

Cottonwood RHC Referrals, 555-0161
`),
			func() *Part {
				p := sealedUTF16("text/plain", "utf-16le", `COTTONWOOD RURAL HEALTH CLINIC
REFERRAL

To: Prairie Kidney Associates, nephrology
From: Dr. Imani Okafor-Blake, family medicine (NPI 1903556821)
Date: 09/04/2025

Patient: Leland Yarrow      DOB: 05/30/1958
Insurance: Medicare Part B, MBI on file; Kansas Medicaid secondary

Reason for referral: progressive CKD stage 4 (eGFR 18, down from 26 a year
ago), likely diabetic nephropathy with hypertension. UACR 1,240 mg/g.
Potassium 5.4, bicarbonate 19, hemoglobin 9.6. He lives 90 miles from the
nearest dialysis unit and wants to learn about home dialysis options.
Please also advise on AV fistula planning; I have asked him to avoid blood
draws in the left arm.

Current medications: insulin glargine 22 units nightly, amlodipine 10 mg,
furosemide 40 mg, sodium bicarbonate 650 mg BID, atorvastatin 40 mg.
Stopped: metformin (06/2025), losartan (hyperkalemia).

Thank you,
Imani Okafor-Blake, MD
`)
				p.Disp = "attachment"
				p.DispParams = map[string]string{"filename": "referral_letter.txt"}
				return p
			}(),
		),
	})

	raw(S, Phi, "secure-tag-no-content", `From: "Renata Solis" <rsolis@valleverde-ob.example.org>
To: "Dr. Hester Quan" <hquan@valleverde-ob.example.org>
Subject: [secure] re: tomorrow

Call me when you get a minute, want to talk before the 8am.

R
`)
}
