package main

import (
	"fmt"
	"strings"
)

// Fresh set, label none. Everything is invented (see ../corpus/README.md).

// freshLegacy makes a text part from pre-encoded legacy-charset bytes.
func freshLegacy(m map[string]legacyText, id, ct, cte string) *Part {
	t, ok := m[id]
	if !ok {
		panic("no fresh legacy text " + id)
	}
	return &Part{CT: ct, Params: map[string]string{"charset": t.charset}, CTE: cte, Body: []byte(t.bytes)}
}

// freshLegacySubj is an RFC 2047 B-encoded subject from pre-encoded bytes.
func freshLegacySubj(m map[string]legacyText, id string) string {
	t, ok := m[id]
	if !ok {
		panic("no fresh legacy text " + id)
	}
	return encWordBytes([]byte(t.bytes), t.charset, 'B')
}

// freshUTF16 is a UTF-16 text part whose bytes are kept exactly (CRLF
// line ends are written before encoding so that no byte is rewritten).
func freshUTF16(ct, s, charset string) *Part {
	p := textAs(ct, strings.ReplaceAll(s, "\n", "\r\n"), charset, "base64")
	p.Exact = true
	return p
}

// freshCal is a text/calendar part.
func freshCal(method, s string) *Part {
	return &Part{CT: "text/calendar", Params: map[string]string{"charset": "utf-8", "method": method}, CTE: "7bit", Body: ics(s)}
}

func freshNone() {
	raw(F, None, "trap-order-shipped-tracking", `From: "Keystone Medical Supply" <orders@keystonemedsupply.example.com>
To: purchasing@brightwaterfm.example.org
Subject: Your order #KMS-2025-0884317 has shipped

Hello Brightwater Family Medicine,

Good news - your order has shipped and is on its way.

Order number:    KMS-2025-0884317
Customer acct:   000418822
PO reference:    55190-B
Shipment ID:     3f2c9a1e-77b4-4d0e-9b61-0c5e2a8d4f13
Carrier:         UPS Ground
Tracking:        1Z9X471E0344182296
Est. delivery:   Thu 11/13/2025

  QTY  SKU        DESCRIPTION                                  EXT
  10   44-81920   Nitrile exam gloves, medium, 10x100/cs     412.50
  50   31-07734   Disposable BP cuff, adult, single-patient  187.00
  20   12-55018   Alcohol prep pads, med., 200/bx            96.40
   6   60-20011   Sharps container, 2 gal, red               71.70
   4   18-40263   Urine specimen cup, sterile, 100/cs        139.00
   2   77-10090   Fingertip pulse oximeter                   58.00
  12   29-33107   Tongue depressors, 500/bx                  84.00
   3   90-11245   Exam table paper, 21in x 225ft, 12/cs     236.00
                                              Subtotal     1,284.60
                                              Shipping         0.00
                                              Tax (exempt)     0.00
                                              TOTAL        1,284.60

Ship to:
  Brightwater Family Medicine
  Attn: Receiving
  2200 Orchard Rd, Suite 140
  Millbrook, PA 17055

Backordered: none.

Questions about this order? Reply to this e-mail or call customer care at
(717) 555-0134, Mon-Fri 8-6 ET. Please have your order number ready.

Keystone Medical Supply - keeping care moving
`)

	raw(F, None, "trap-sender-signature-npi", `From: "Ingrid Halvorsen, MD" <ihalvorsen@lakeshoreim.example.org>
To: "IM Partners" <im-partners@lakeshoreim.example.org>
Subject: Thanksgiving call swap + Tuesday lunch

Hi all,

Two quick things.

1) Is anyone willing to swap Thanksgiving weekend call (Thu 11/27 - Sun
11/30) with me? I'll take Christmas Eve and Christmas Day in exchange, or
New Year's if you'd rather. My in-laws are flying in from Oslo and I only
found out last night.

2) Reminder that the lunch-and-learn on the new tele-derm photo workflow is
Tuesday at 12:15 in Conf Rm B. Lunch is from Olive Branch, vegetarian
options included. The vendor rep will do a 20 min demo and then Q&A.

Thanks,
Ingrid

--
Ingrid Halvorsen, MD, FACP
Internal Medicine | Lakeshore Internal Medicine Associates
NPI 1547203368 | DEA BH4729135
Office (312) 555-0152 | Cell (312) 555-0186 | Fax (312) 555-0153
1400 N. Lakeshore Dr, Suite 600, Chicago, IL 60610

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain
confidential or protected health information intended only for the
named recipient(s). If you received it in error, please notify the
sender and delete it. Unauthorized review, use or disclosure is prohibited.
`)

	add(F, None, "trap-ics-grand-rounds-invite", &Msg{
		From:    `"St. Clement Medical Staff Office" <medstaff@stclement.example.org>`,
		To:      `"All Attending Physicians" <attendings@stclement.example.org>`,
		Subject: "Invitation: Medicine Grand Rounds – HFpEF in 2025: what changed @ Thu Nov 6, 2025 12pm - 1pm (ET)",
		Root: alt(
			text(`Medicine Grand Rounds

"Heart failure with preserved ejection fraction in 2025: SGLT2 inhibitors,
GLP-1 agonists and what changed in the guidelines"

Speaker: Rahul Venkataraman, MD, Division of Cardiology
When: Thursday, November 6, 2025, 12:00-1:00 pm ET
Where: Hollis Auditorium (B1) and on video (link in invitation)

Objectives:
 - Summarize trial evidence for SGLT2 inhibitors in HFpEF
 - Discuss obesity-phenotype HFpEF and incretin therapy
 - Apply diuretic titration strategies in the outpatient clinic

St. Clement Regional designates this live activity for a maximum of
1.0 AMA PRA Category 1 Credit(TM). Text code 4471 to (555) 555-0110 for
attendance.
`),
			html(`<html><body style="font-family:Arial,sans-serif">
<h2>Medicine Grand Rounds</h2>
<p><b>&ldquo;Heart failure with preserved ejection fraction in 2025: SGLT2 inhibitors,
GLP-1 agonists and what changed in the guidelines&rdquo;</b></p>
<table cellpadding="4">
<tr><td>Speaker</td><td>Rahul Venkataraman, MD, Division of Cardiology</td></tr>
<tr><td>When</td><td>Thursday, November 6, 2025 &middot; 12:00&ndash;1:00 pm ET</td></tr>
<tr><td>Where</td><td>Hollis Auditorium (B1) and on video</td></tr>
</table>
<p>1.0 AMA PRA Category 1 Credit&trade;. Text code <b>4471</b> to (555) 555-0110 for attendance.</p>
</body></html>
`),
			freshCal("REQUEST", `
BEGIN:VCALENDAR
PRODID:-//St Clement Regional//Scheduling 4.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:STANDARD
DTSTART:20241103T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20250309T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251106T120000
DTEND;TZID=America/New_York:20251106T130000
DTSTAMP:20251020T141500Z
ORGANIZER;CN=Medical Staff Office:mailto:medstaff@stclement.example.org
UID:gr-20251106-7c41e0b2@stclement.example.org
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=All A
 ttending Physicians:mailto:attendings@stclement.example.org
SUMMARY:Medicine Grand Rounds - HFpEF in 2025: what changed
LOCATION:Hollis Auditorium (B1)
DESCRIPTION:Speaker: Rahul Venkataraman\, MD. 1.0 CME credit. Text code 4
 471 for attendance.
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
`),
		),
	})

	add(F, None, "trap-spanish-diabetes-newsletter-html", &Msg{
		From:    `"Clínica Comunitaria La Esperanza" <boletin@laesperanza.example.org>`,
		To:      `"Amigos de La Esperanza" <comunidad@lists.laesperanza.example.org>`,
		Subject: "Boletín de salud de noviembre: mes de la diabetes",
		Root: qpBreaks("text/html", "utf-8", `<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Boletín de noviembre</title></head>
<body style="font-family:Georgia,serif;color:#333">
<h1 style="color:#1a6b4f">Noviembre: mes de la diabetes</h1>
<p>Querida comunidad:</p>
<p>Más de 1 de cada 10 adultos en nuestro condado vive con diabetes tipo 2, y muchos no lo saben.
Este mes queremos compartir información práctica para prevenirla y controlarla.</p>
<h2>¿Qué es la prueba de hemo¦globina A1c?</h2>
<p>Es un análisis de sangre que muestra el promedio de azúcar de los últimos tres meses.
Un resultado de 6.5% o más suele indicar diabetes; entre 5.7% y 6.4% se llama prediabetes.</p>
<h2>Medicamentos comunes</h2>
<ul>
<li><b>Metfor¦mina</b>: suele ser el primer medicamento. Tómela con comida para evitar malestar de estómago.</li>
<li><b>Insulina</b>: hay de acción larga y de acción rápida. Guarde los frascos sin abrir en el refrigerador.</li>
<li>Medicamentos nuevos como los inhibidores de SGLT2 o los agonistas de GLP-1 también protegen el corazón y los riñones.</li>
</ul>
<p>Nunca cambie su dosis sin hablar con su médico o farmacéutico.</p>
<h2>Feria de salud gratuita</h2>
<p>Sábado 15 de noviembre, de 9 a 1, en el estacionamiento de la clínica: prueba de glucosa gratis,
presión arterial, clases de cocina saludable y vacunas contra la influenza.
No se necesita cita ni seguro médico.</p>
<p style="font-size:small;color:#777">Clínica Comunitaria La Esperanza · 801 Calle Mercado, San Antonio, TX 78207 · (210) 555-0117<br>
Recibe este boletín porque se suscribió en nuestra recepción. <a href="https://laesperanza.example.org/baja">Darse de baja</a></p>
</body></html>
`),
	})

	var zipCSV strings.Builder
	zipCSV.WriteString("zip,new_hiv_dx,prep_active_users,viral_suppression_pct,syphilis_cases\n")
	zips := []string{"46201", "46202", "46203", "46205", "46208", "46214", "46218", "46219", "46221", "46222", "46224", "46225", "46226", "46228", "46235", "46241"}
	for i, z := range zips {
		dx := fmt.Sprint((i*7 + 3) % 9)
		if dx == "0" || dx == "1" || dx == "2" || dx == "3" || dx == "4" {
			dx = "<5"
		}
		fmt.Fprintf(&zipCSV, "%s,%s,%d,%d,%d\n", z, dx, 40+(i*37)%160, 78+(i*5)%17, 3+(i*11)%19)
	}
	zipCSV.WriteString("TOTAL,47,1893,86,212\n")
	add(F, None, "trap-aggregate-hiv-sti-quarterly", &Msg{
		From:    `"Marion County Health Dept - Epidemiology" <epi-reports@marionhealth.example.gov.test>`,
		To:      `"HIV/STI Community Partners" <hiv-partners@lists.marionhealth.example.gov.test>`,
		Subject: "Q3 2025 HIV & STI surveillance summary (provisional)",
		Root: mixed(
			text(`Partners,

Provisional Q3 2025 (Jul-Sep) surveillance figures for the county are below.
Counts are by residence at diagnosis. Cells with fewer than 5 are suppressed
in the attached ZIP-level table, per our small-numbers policy.

  New HIV diagnoses ............................ 47  (Q2: 52)
  Linked to care within 30 days ................ 62%
  Persons on PrEP (pharmacy claims) ............ 1,893  (+18% vs Q3 2024)
  Viral suppression among persons in care ...... 86%
  Primary & secondary syphilis ................. 212
  Congenital syphilis .......................... 4
  Gonorrhea .................................... 1,106
  Chlamydia .................................... 2,874

Two ZIP codes on the near east side account for 31% of new syphilis cases;
the mobile testing van will add Thursday evening hours there starting
11/6. Free rapid HIV/syphilis testing remains available at all three
county clinics, no appointment.

The full quarterly report with methods will be posted to the dashboard on
11/14. Please do not circulate the attachment outside partner agencies
until then.

Thanks,
Epidemiology & Surveillance
Marion County Health Department
(317) 555-0190
`),
			attachText("text/csv", "q3_2025_hiv_sti_by_zip.csv", zipCSV.String(), "base64"),
		),
	})

	add(F, None, "trap-pharma-rep-osteoporosis-marketing", &Msg{
		From:    `"Dana Whitcombe, Veltrana Pharmaceuticals" <dana.whitcombe@veltrana-pharma.example.com>`,
		To:      `"Dr. Paul Kessler" <pkessler@summitortho.example.org>`,
		Subject: "Following up: OSTELIVA savings program & samples for your office",
		Root: alt(
			text(`Dr. Kessler,

Thank you for meeting with me on Tuesday. As promised, here is a summary of
what we discussed about OSTELIVA (zolentrapide) injection, a once-monthly
treatment for postmenopausal women with osteoporosis at high risk for
fracture.

 * In the pivotal VERTA-2 trial, new vertebral fractures were reduced by
   64% vs placebo at 12 months.
 * Commercially insured patients may pay as little as $0 per month with the
   OSTELIVA Savings Card (BIN 610020, PCN OSTSAV, GRP 4411VX). Not valid for
   Medicare, Medicaid or other government programs.
 * Our hub, OsteoConnect, handles benefits verification and prior
   authorization support: 1-800-555-0199.

I've left two sample cartons with Monica at the front desk and will stop by
on the 18th with the updated patient brochures in English and Spanish.

IMPORTANT SAFETY INFORMATION: OSTELIVA is contraindicated in patients with
hypocalcemia. Osteonecrosis of the jaw and atypical femoral fractures have
been reported. Please see full Prescribing Information.

Best regards,
Dana Whitcombe
Senior Specialty Representative, Bone Health
Veltrana Pharmaceuticals | (555) 555-0161
OSTELIVA is a fictional product name used in this message.
`),
			html(`<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:640px">
<p>Dr. Kessler,</p>
<p>Thank you for meeting with me on Tuesday. Here is a summary of what we discussed about
<b>OSTELIVA&reg; (zolentrapide)</b> injection, a once-monthly treatment for postmenopausal women
with osteoporosis at high risk for fracture.</p>
<ul>
<li>In VERTA-2, new vertebral fractures were reduced by <b>64%</b> vs placebo at 12 months.</li>
<li>Eligible commercially insured patients may pay as little as <b>$0/month</b> with the Savings Card
(BIN 610020 &middot; PCN OSTSAV &middot; GRP 4411VX).</li>
<li>OsteoConnect hub: benefits verification &amp; PA support, 1-800-555-0199.</li>
</ul>
<p style="border:1px solid #c00;padding:8px;font-size:12px"><b>IMPORTANT SAFETY INFORMATION</b>:
contraindicated in hypocalcemia. Osteonecrosis of the jaw and atypical femoral fractures have been reported.</p>
<p>Best regards,<br>Dana Whitcombe<br>Senior Specialty Representative, Bone Health<br>(555) 555-0161</p>
</body></html>
`),
		),
	})

	raw(F, None, "trap-job-posting-psych-rn", `From: "Riverbend Health Talent Acquisition" <careers@riverbendhealth.example.org>
To: "Nursing - All Staff" <nursing-all@riverbendhealth.example.org>
Subject: Now hiring: Psychiatric RN (nights) - Adult Inpatient Behavioral Health, Req #BH-30771

Internal posting - closes 12/1/2025

POSITION: Registered Nurse, Psychiatric - Adult Inpatient Behavioral Health
REQ #: BH-30771          FTE: 0.9 (36 hrs/wk), 7p-7a, every 3rd weekend
UNIT: 4 West, 24-bed adult acute psychiatric unit with a 6-bed medically
      supervised withdrawal (detox) pod

WHAT YOU'LL DO
- Admission nursing assessments, including suicide risk screening (C-SSRS)
  and withdrawal scales (CIWA-Ar, COWS)
- Administer and monitor psychotropic medications, including long-acting
  injectables; monitor for lithium and clozapine toxicity
- Support buprenorphine inductions in partnership with the addiction
  consult service
- De-escalation and trauma-informed care; participate in treatment team
- Precept new graduates in the Behavioral Health Nurse Residency

WHAT YOU NEED
- Active state RN license; BSN preferred
- 1+ year acute psychiatric or ED experience
- CPI / MANDT certification within 90 days of hire
- ANCC PMH-BC certification a plus (we pay the exam fee)

PAY & BENEFITS
- $44.10 - $63.85/hr based on experience, +$6.50/hr night differential
- $7,500 sign-on bonus for external hires; $2,500 referral bonus for staff
- Tuition reimbursement, 403(b) match, free parking

Apply on the intranet (Careers > Internal Postings) or contact recruiter
Tamsin Oduya, (555) 555-0144, toduya@riverbendhealth.example.org.

Riverbend Health is an equal opportunity employer.
`)

	add(F, None, "trap-it-ticket-mrn-field-hl7-test", &Msg{
		From:    `"Riverbend IT Service Desk" <servicedesk@riverbendhealth.example.org>`,
		To:      `"Interface Team" <hl7-team@riverbendhealth.example.org>`,
		Cc:      `"Registration Applications" <reg-apps@riverbendhealth.example.org>`,
		Subject: "INC0048213 updated: MRN field drops leading zeros after 24.2 upgrade (TRN env)",
		Root: mixed(
			text(`Incident INC0048213 has been updated.

Priority:    3 - Moderate
Assignment:  Interface Team
Status:      In Progress
CI:          Registration / ADT outbound

Work notes (Aiden Park, 11/04/2025 09:42):
After the 24.2 upgrade, the registration screen's MRN field is being stored as
an integer, so leading zeros are dropped before the ADT feed builds PID-3.
Downstream the lab system then rejects the A04 (MRN must be 8 digits).

Reproduced in TRN only, using the standard interface test patient
ZZTEST, INTERFACE (MRN 00000001). This is not a real person; TRN contains no
production data. Test message attached - note MSH-11 = T.

Next steps:
 1. Vendor case #VND-22871 opened for the field-type regression.
 2. Temporary fix: Rhapsody route pads PID-3.1 to 8 chars (left, '0').
 3. Regression test all 14 outbound ADT routes before PRD deploy on 11/12.

Please do not reply above this line.
`),
			hl7Part("application/hl7-v2", "adt_a04_trn_testpatient.hl7", hl7Text(`
MSH|^~\&|REGSYS|RBH_TRN|LABSYS|RBH_TRN|20251104094011||ADT^A04^ADT_A01|TRN000917|T|2.5.1
EVN|A04|20251104094011
PID|1||1^^^RBH^MR||ZZTEST^INTERFACE^^^^^D||19000101|U|||1 TEST WAY^^NOWHERE^ZZ^00000
PV1|1|O|ZZTEST^^^RBH_TRN||||||||||||||||TESTVISIT001
`)),
		),
	})

	add(F, None, "trap-vendor-invoice-bh-billing-office", &Msg{
		From:    `"Corvid Health Software - Accounts Receivable" <ar@corvidhealthsw.example.com>`,
		To:      `"Lakeside Behavioral Health - Billing Office" <billing@lakesidebh.example.org>`,
		Subject: "Invoice INV-77812 - PracticeFlow BH annual renewal (due 12/15/2025)",
		Root: mixed(
			text(`Hello Lakeside Behavioral Health billing team,

Please find attached invoice INV-77812 for your annual PracticeFlow BH
Edition renewal (contract CHS-2023-0419), covering 01/01/2026 - 12/31/2026.

Amount due: $38,716.00
Due date:   12/15/2025
Customer #: CUST-00931

Payment by ACH to the account on file, or by check to the remit address on
the invoice. If you need a W-9 or a copy of the BAA, just reply here.

Thank you for your business!

Renee Salcedo
Accounts Receivable | Corvid Health Software
(555) 555-0129
`),
			attach("application/pdf", "INV-77812.pdf", pdfDoc("Invoice INV-77812", pdfLines(`CORVID HEALTH SOFTWARE, INC.
418 Foundry Street, Suite 300, Madison, WI 53703
INVOICE
Invoice #: INV-77812            Invoice date: 11/14/2025
Customer #: CUST-00931          Terms: Net 30
Bill to: Lakeside Behavioral Health - Billing Office
         77 Harbor View Rd, Duluth, MN 55802
Contract: CHS-2023-0419  Term: 01/01/2026 - 12/31/2026

Line  Description                                         Qty   Unit       Amount
1     PracticeFlow BH Edition - named user license         14   1,650.00   23,100.00
2     EPCS e-prescribing add-on (per prescriber)             6     480.00    2,880.00
3     Group therapy scheduling module (site license)         1   2,400.00    2,400.00
4     Claims clearinghouse connection (837P/835)             1   3,600.00    3,600.00
5     Outcome measures library (PHQ-9, GAD-7, AUDIT-C)       1   1,200.00    1,200.00
6     Premium support, 24x7                                  1   4,950.00    4,950.00
7     Data hosting, 500 GB                                   1     586.00      586.00

                                                   Subtotal           38,716.00
                                                   Tax                     0.00
                                                   TOTAL DUE          38,716.00

Remit to: Corvid Health Software, PO Box 4410, Madison, WI 53744
Questions: ar@corvidhealthsw.example.com  (555) 555-0129
`), true)),
		),
	})

	add(F, None, "trap-conference-addiction-medicine", &Msg{
		From:    `"Northeast Society of Addiction Medicine" <events@nesam.example.org>`,
		To:      `"NESAM Members" <members@lists.nesam.example.org>`,
		Subject: "=?utf-8?B?" + "Q2FsbCBmb3IgYWJzdHJhY3RzIOKAlCAyMDI2IE5vcnRoZWFzdCBTeW1wb3NpdW0gb24gQWRkaWN0aW9uIE1lZGljaW5l" + "?=",
		Root: alt(
			text(`NORTHEAST SYMPOSIUM ON ADDICTION MEDICINE 2026
March 12-14, 2026 | Providence Convention Center

CALL FOR ABSTRACTS - deadline January 9, 2026

We invite original research, quality-improvement projects and case series on:
  - buprenorphine low-dose ("micro") induction and high-dose induction in the ED
  - methadone take-home flexibilities: three years of outcomes
  - xylazine-associated wounds: outpatient management
  - contingency management for stimulant use disorder
  - integrating HIV PrEP and hepatitis C treatment into OTPs
  - naloxone distribution and drug checking services
  - alcohol use disorder pharmacotherapy in primary care

Plenary: "Treating the whole person: co-occurring depression, PTSD and
substance use" - keynote by Marguerite Osei-Bonsu, MD, MPH.

Registration opens December 1. Early-bird member rate $425; trainees $95.
Up to 16.5 AMA PRA Category 1 Credits(TM) and ABPM MOC points.

Questions: events@nesam.example.org | (401) 555-0157
To unsubscribe, reply with UNSUBSCRIBE.
`),
			html(`<html><body style="font-family:Verdana,sans-serif">
<h1 style="color:#22577a">Northeast Symposium on Addiction Medicine 2026</h1>
<p><b>March 12&ndash;14, 2026</b> &middot; Providence Convention Center</p>
<h2>Call for abstracts &mdash; deadline January 9, 2026</h2>
<ul>
<li>Buprenorphine low-dose and high-dose induction in the ED</li>
<li>Methadone take-home flexibilities: three years of outcomes</li>
<li>Xylazine-associated wounds: outpatient management</li>
<li>Contingency management for stimulant use disorder</li>
<li>Integrating HIV PrEP and hepatitis C treatment into OTPs</li>
<li>Naloxone distribution and drug checking services</li>
<li>Alcohol use disorder pharmacotherapy in primary care</li>
</ul>
<p>Keynote: <i>Treating the whole person: co-occurring depression, PTSD and substance use</i>.</p>
<p>Early-bird member rate $425; trainees $95. Up to 16.5 AMA PRA Category 1 Credits&trade;.</p>
</body></html>
`),
		),
	})

	raw(F, None, "trap-be-patient-positive-feedback", `From: "Tonya Reyes" <treyes@cedarpointpeds.example.com>
To: frontdesk@cedarpointpeds.example.com
Subject: phones, kiosks, petty cash (pls read)

hi all,

few things before the weekend:

- pls be patient w/ the new phone tree, it's still glitchy. if a call drops
  just call back from the main line, dont use the old 555-0102 transfer code
- we got SO much positive feedback on the check-in kiosks this week!! parents
  love not filling out the clipboard. great job everybody
- petty cash box is showing a negative balance (-$42.15). whoever borrowed for
  the pizza on tues pls put it back, no judgement lol
- the "positive" and "negative" labels on the two drop-off bins at the lab
  window are swapped again. facilities says monday. until then just check
  the colour (green = outgoing courier, red = return to stock)
- new hire Bree starts monday, she'll shadow Marisol at window 2

also reminder: dress down friday is for the food drive, $2 or 2 cans.

thx!!
Tonya
Front Office Supervisor, Cedar Point Pediatrics
x0142
`)

	raw(F, None, "trap-coworker-birthday-card", `From: "Lorna Petit" <lpetit@valleyviewhospital.example.org>
To: "HIM Department" <him-dept@valleyviewhospital.example.org>
Subject: Shhh - Denise's 50th on Friday!

Hi everyone,

Our very own Denise Okafor-Byrne from the release-of-information desk
turns 50 on Friday! (Born 11/21/1975 - she said I could tell you, she's
proud of it.)

There's a card going around in the file room, it's in the blue folder
on top of the scanner. Please sign by Thursday noon.

We're collecting $5 each for a cake from Rosalie's Bakery (lemon, her
favourite) and a gift card. Cash to me or Venmo @lorna-petit-HIM.
Party is Friday 2:30 in the break room, after the coding huddle.

She asked for "no singing and no candles", so naturally we'll do both.

Lorna
HIM Supervisor | Valley View Hospital | ext. 0131
Employee ID 600419 (for the gift card form)
`)

	add(F, None, "trap-vet-vaccine-reminder-portuguese", &Msg{
		From:    `"Clínica Veterinária Patas Felizes" <lembretes@patasfelizes.example.com>`,
		To:      `"Carla Mendes" <carla.mendes@mailbox.example.net>`,
		Subject: "Lembrete: vacinas do Biscoito estão vencidas",
		Root: alt(
			text(`Olá, Carla Mendes!

Este é um lembrete da Clínica Veterinária Patas Felizes.

Paciente: Biscoito (cão, SRD, macho, 6 anos)
Ficha nº: PF-10482

Estão vencidos:
  - Vacina antirrábica (venceu em 02/10/2025)
  - Vacina V10 (venceu em 15/09/2025)
  - Teste de dirofilariose (verme do coração), anual

Também recomendamos renovar o antipulgas/carrapatos mensal.

Para agendar, ligue (508) 555-0171 ou responda este e-mail.
Atendemos em português, inglês e espanhol.

Clínica Veterinária Patas Felizes
212 Waverly St, Framingham, MA 01702
`),
			html(`<html><body style="font-family:Arial">
<p>Olá, <b>Carla Mendes</b>!</p>
<p>Este é um lembrete da <b>Clínica Veterinária Patas Felizes</b>.</p>
<p>Paciente: <b>Biscoito</b> (cão, SRD, macho, 6 anos) &ndash; ficha nº PF-10482</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Situação</th></tr>
<tr><td>Vacina antirrábica</td><td>vencida em 02/10/2025</td></tr>
<tr><td>Vacina V10</td><td>vencida em 15/09/2025</td></tr>
<tr><td>Teste de dirofilariose</td><td>anual &ndash; pendente</td></tr>
</table>
<p>Para agendar, ligue <b>(508) 555-0171</b>. 🐾</p>
</body></html>
`),
		),
	})

	freshNone2()
}

// Legacy-charset texts for the fresh set, encoded once with a throwaway
// script (the standard library cannot encode these charsets). The bytes
// are the utf8 text encoded in the named charset.
var freshLegacyNone = map[string]legacyText{
	"zh-flu-subj": {
		charset: "gb2312",
		utf8:    `华埠社区健康中心：十月十八日免费流感疫苗接种日`,
		bytes:   "\xbb\xaa\xb2\xba\xc9\xe7\xc7\xf8\xbd\xa1\xbf\xb5\xd6\xd0\xd0\xc4\xa3\xba\xca\xae\xd4\xc2\xca\xae\xb0\xcb\xc8\xd5\xc3\xe2\xb7\xd1\xc1\xf7\xb8\xd0\xd2\xdf\xc3\xe7\xbd\xd3\xd6\xd6\xc8\xd5",
	},
	"zh-flu-body": {
		charset: "gb2312",
		utf8: `各位居民、家长：

华埠社区健康中心将于十月十八日（星期六）上午九点至下午三点举办免费流感疫苗接种日。

地点：本中心一楼大厅（假想街 88 号）
对象：六个月以上的儿童及所有成人
费用：免费，无需预约。如有保险卡请携带，没有保险也可以接种。

今年同时提供新冠疫苗加强针。六十五岁以上的长者可以选择高剂量流感疫苗。
孕妇接种流感疫苗是安全的，并可以保护新生婴儿。

接种后可能出现手臂酸痛、轻微发烧，一般一至两天内消退。

如有疑问，请致电 (617) 555-0147，周一至周五上午九点至下午五点。
普通话、粤语及英语服务。

华埠社区健康中心 社区外展部
`,
		bytes: "\xb8\xf7\xce\xbb\xbe\xd3\xc3\xf1\xa1\xa2\xbc\xd2\xb3\xa4\xa3\xba\n\n\xbb\xaa\xb2\xba\xc9\xe7\xc7\xf8\xbd\xa1\xbf\xb5\xd6\xd0\xd0\xc4\xbd\xab\xd3\xda\xca\xae\xd4\xc2\xca\xae\xb0\xcb\xc8\xd5\xa3\xa8\xd0\xc7\xc6\xda\xc1\xf9\xa3\xa9\xc9\xcf\xce\xe7\xbe\xc5\xb5\xe3\xd6\xc1\xcf\xc2\xce\xe7\xc8\xfd\xb5\xe3\xbe\xd9\xb0\xec\xc3\xe2\xb7\xd1\xc1\xf7\xb8\xd0\xd2\xdf\xc3\xe7\xbd\xd3\xd6\xd6\xc8\xd5\xa1\xa3\n\n\xb5\xd8\xb5\xe3\xa3\xba\xb1\xbe\xd6\xd0\xd0\xc4\xd2\xbb\xc2\xa5\xb4\xf3\xcc\xfc\xa3\xa8\xbc\xd9\xcf\xeb\xbd\xd6 88 \xba\xc5\xa3\xa9\n\xb6\xd4\xcf\xf3\xa3\xba\xc1\xf9\xb8\xf6\xd4\xc2\xd2\xd4\xc9\xcf\xb5\xc4\xb6\xf9\xcd\xaf\xbc\xb0\xcb\xf9\xd3\xd0\xb3\xc9\xc8\xcb\n\xb7\xd1\xd3\xc3\xa3\xba\xc3\xe2\xb7\xd1\xa3\xac\xce\xde\xd0\xe8\xd4\xa4\xd4\xbc\xa1\xa3\xc8\xe7\xd3\xd0\xb1\xa3\xcf\xd5\xbf\xa8\xc7\xeb\xd0\xaf\xb4\xf8\xa3\xac\xc3\xbb\xd3\xd0\xb1\xa3\xcf\xd5\xd2\xb2\xbf\xc9\xd2\xd4\xbd\xd3\xd6\xd6\xa1\xa3\n\n\xbd\xf1\xc4\xea\xcd\xac\xca\xb1\xcc\xe1\xb9\xa9\xd0\xc2\xb9\xda\xd2\xdf\xc3\xe7\xbc\xd3\xc7\xbf\xd5\xeb\xa1\xa3\xc1\xf9\xca\xae\xce\xe5\xcb\xea\xd2\xd4\xc9\xcf\xb5\xc4\xb3\xa4\xd5\xdf\xbf\xc9\xd2\xd4\xd1\xa1\xd4\xf1\xb8\xdf\xbc\xc1\xc1\xbf\xc1\xf7\xb8\xd0\xd2\xdf\xc3\xe7\xa1\xa3\n\xd4\xd0\xb8\xbe\xbd\xd3\xd6\xd6\xc1\xf7\xb8\xd0\xd2\xdf\xc3\xe7\xca\xc7\xb0\xb2\xc8\xab\xb5\xc4\xa3\xac\xb2\xa2\xbf\xc9\xd2\xd4\xb1\xa3\xbb\xa4\xd0\xc2\xc9\xfa\xd3\xa4\xb6\xf9\xa1\xa3\n\n\xbd\xd3\xd6\xd6\xba\xf3\xbf\xc9\xc4\xdc\xb3\xf6\xcf\xd6\xca\xd6\xb1\xdb\xcb\xe1\xcd\xb4\xa1\xa2\xc7\xe1\xce\xa2\xb7\xa2\xc9\xd5\xa3\xac\xd2\xbb\xb0\xe3\xd2\xbb\xd6\xc1\xc1\xbd\xcc\xec\xc4\xda\xcf\xfb\xcd\xcb\xa1\xa3\n\n\xc8\xe7\xd3\xd0\xd2\xc9\xce\xca\xa3\xac\xc7\xeb\xd6\xc2\xb5\xe7 (617) 555-0147\xa3\xac\xd6\xdc\xd2\xbb\xd6\xc1\xd6\xdc\xce\xe5\xc9\xcf\xce\xe7\xbe\xc5\xb5\xe3\xd6\xc1\xcf\xc2\xce\xe7\xce\xe5\xb5\xe3\xa1\xa3\n\xc6\xd5\xcd\xa8\xbb\xb0\xa1\xa2\xd4\xc1\xd3\xef\xbc\xb0\xd3\xa2\xd3\xef\xb7\xfe\xce\xf1\xa1\xa3\n\n\xbb\xaa\xb2\xba\xc9\xe7\xc7\xf8\xbd\xa1\xbf\xb5\xd6\xd0\xd0\xc4 \xc9\xe7\xc7\xf8\xcd\xe2\xd5\xb9\xb2\xbf\n",
	},
	"ja-sem-subj": {
		charset: "shift_jis",
		utf8:    `【参加無料】糖尿病予防セミナーのご案内（11月8日）`,
		bytes:   "\x81y\x8eQ\x89\xc1\x96\xb3\x97\xbf\x81z\x93\x9c\x94A\x95a\x97\\\x96h\x83Z\x83~\x83i\x81[\x82\xcc\x82\xb2\x88\xc4\x93\xe0\x81i11\x8c\x8e8\x93\xfa\x81j",
	},
	"ja-sem-body": {
		charset: "shift_jis",
		utf8: `日系コミュニティの皆さまへ

みなみ湾岸クリニックでは、糖尿病予防月間にあわせて
下記のとおり無料セミナーを開催いたします。

日時：2025年11月8日（土）午後2時〜3時30分
会場：ガーデナ日系文化会館 2階 会議室B
講師：管理栄養士 および 糖尿病療養指導士

内容：
・血糖値とヘモグロビンA1cの基礎知識
・和食を中心とした食事のポイント（塩分と炭水化物）
・毎日できる簡単な運動
・健診で「境界型」と言われたら

どなたでもご参加いただけます。日本語で行います。
お申し込み・お問い合わせ：(310) 555-0163（平日 9時〜17時）

※個別の診察や相談は行いません。ご了承ください。

みなみ湾岸クリニック 地域連携室
`,
		bytes: "\x93\xfa\x8cn\x83R\x83~\x83\x85\x83j\x83e\x83B\x82\xcc\x8aF\x82\xb3\x82\xdc\x82\xd6\n\n\x82\xdd\x82\xc8\x82\xdd\x98p\x8a\xdd\x83N\x83\x8a\x83j\x83b\x83N\x82\xc5\x82\xcd\x81A\x93\x9c\x94A\x95a\x97\\\x96h\x8c\x8e\x8a\xd4\x82\xc9\x82\xa0\x82\xed\x82\xb9\x82\xc4\n\x89\xba\x8bL\x82\xcc\x82\xc6\x82\xa8\x82\xe8\x96\xb3\x97\xbf\x83Z\x83~\x83i\x81[\x82\xf0\x8aJ\x8d\xc3\x82\xa2\x82\xbd\x82\xb5\x82\xdc\x82\xb7\x81B\n\n\x93\xfa\x8e\x9e\x81F2025\x94N11\x8c\x8e8\x93\xfa\x81i\x93y\x81j\x8c\xdf\x8c\xe32\x8e\x9e\x81`3\x8e\x9e30\x95\xaa\n\x89\xef\x8f\xea\x81F\x83K\x81[\x83f\x83i\x93\xfa\x8cn\x95\xb6\x89\xbb\x89\xef\x8a\xd9 2\x8aK \x89\xef\x8bc\x8e\xbaB\n\x8du\x8et\x81F\x8a\xc7\x97\x9d\x89h\x97{\x8em \x82\xa8\x82\xe6\x82\xd1 \x93\x9c\x94A\x95a\x97\xc3\x97{\x8ew\x93\xb1\x8em\n\n\x93\xe0\x97e\x81F\n\x81E\x8c\x8c\x93\x9c\x92l\x82\xc6\x83w\x83\x82\x83O\x83\x8d\x83r\x83\x93A1c\x82\xcc\x8a\xee\x91b\x92m\x8e\xaf\n\x81E\x98a\x90H\x82\xf0\x92\x86\x90S\x82\xc6\x82\xb5\x82\xbd\x90H\x8e\x96\x82\xcc\x83|\x83C\x83\x93\x83g\x81i\x89\x96\x95\xaa\x82\xc6\x92Y\x90\x85\x89\xbb\x95\xa8\x81j\n\x81E\x96\x88\x93\xfa\x82\xc5\x82\xab\x82\xe9\x8a\xc8\x92P\x82\xc8\x89^\x93\xae\n\x81E\x8c\x92\x90f\x82\xc5\x81u\x8b\xab\x8aE\x8c^\x81v\x82\xc6\x8c\xbe\x82\xed\x82\xea\x82\xbd\x82\xe7\n\n\x82\xc7\x82\xc8\x82\xbd\x82\xc5\x82\xe0\x82\xb2\x8eQ\x89\xc1\x82\xa2\x82\xbd\x82\xbe\x82\xaf\x82\xdc\x82\xb7\x81B\x93\xfa\x96{\x8c\xea\x82\xc5\x8ds\x82\xa2\x82\xdc\x82\xb7\x81B\n\x82\xa8\x90\\\x82\xb5\x8d\x9e\x82\xdd\x81E\x82\xa8\x96\xe2\x82\xa2\x8d\x87\x82\xed\x82\xb9\x81F(310) 555-0163\x81i\x95\xbd\x93\xfa 9\x8e\x9e\x81`17\x8e\x9e\x81j\n\n\x81\xa6\x8c\xc2\x95\xca\x82\xcc\x90f\x8e@\x82\xe2\x91\x8a\x92k\x82\xcd\x8ds\x82\xa2\x82\xdc\x82\xb9\x82\xf1\x81B\x82\xb2\x97\xb9\x8f\xb3\x82\xad\x82\xbe\x82\xb3\x82\xa2\x81B\n\n\x82\xdd\x82\xc8\x82\xdd\x98p\x8a\xdd\x83N\x83\x8a\x83j\x83b\x83N \x92n\x88\xe6\x98A\x8cg\x8e\xba\n",
	},
	"ar-vax-body": {
		charset: "windows-1256",
		utf8: `أولياء الأمور الكرام،

تعلن عيادة النور الصحية المجتمعية عن حملة تطعيمات العودة إلى المدارس لهذا العام.

التطعيمات المتوفرة:
- الحصبة والنكاف والحصبة الألمانية
- الكزاز والدفتيريا والسعال الديكي للأطفال من عمر 11 سنة
- التهاب السحايا
- جدري الماء
- الإنفلونزا الموسمية

المواعيد: كل يوم سبت من 6 سبتمبر إلى 27 سبتمبر، من الساعة 10 صباحاً حتى 2 ظهراً.
المكان: مركز الجالية العربية، الطابق الأول.

التطعيمات مجانية للأطفال غير المؤمن عليهم. يرجى إحضار سجل التطعيمات الخاص بطفلكم إن وجد.
تشترط مدارس الولاية بعض هذه التطعيمات للتسجيل.

للاستفسار: 555-0178 (عربي وإنجليزي)

مع أطيب التحيات،
فريق التوعية الصحية - عيادة النور
`,
		bytes: "\xc3\xe6\xe1\xed\xc7\xc1 \xc7\xe1\xc3\xe3\xe6\xd1 \xc7\xe1\xdf\xd1\xc7\xe3\xa1\n\n\xca\xda\xe1\xe4 \xda\xed\xc7\xcf\xc9 \xc7\xe1\xe4\xe6\xd1 \xc7\xe1\xd5\xcd\xed\xc9 \xc7\xe1\xe3\xcc\xca\xe3\xda\xed\xc9 \xda\xe4 \xcd\xe3\xe1\xc9 \xca\xd8\xda\xed\xe3\xc7\xca \xc7\xe1\xda\xe6\xcf\xc9 \xc5\xe1\xec \xc7\xe1\xe3\xcf\xc7\xd1\xd3 \xe1\xe5\xd0\xc7 \xc7\xe1\xda\xc7\xe3.\n\n\xc7\xe1\xca\xd8\xda\xed\xe3\xc7\xca \xc7\xe1\xe3\xca\xe6\xdd\xd1\xc9:\n- \xc7\xe1\xcd\xd5\xc8\xc9 \xe6\xc7\xe1\xe4\xdf\xc7\xdd \xe6\xc7\xe1\xcd\xd5\xc8\xc9 \xc7\xe1\xc3\xe1\xe3\xc7\xe4\xed\xc9\n- \xc7\xe1\xdf\xd2\xc7\xd2 \xe6\xc7\xe1\xcf\xdd\xca\xed\xd1\xed\xc7 \xe6\xc7\xe1\xd3\xda\xc7\xe1 \xc7\xe1\xcf\xed\xdf\xed \xe1\xe1\xc3\xd8\xdd\xc7\xe1 \xe3\xe4 \xda\xe3\xd1 11 \xd3\xe4\xc9\n- \xc7\xe1\xca\xe5\xc7\xc8 \xc7\xe1\xd3\xcd\xc7\xed\xc7\n- \xcc\xcf\xd1\xed \xc7\xe1\xe3\xc7\xc1\n- \xc7\xe1\xc5\xe4\xdd\xe1\xe6\xe4\xd2\xc7 \xc7\xe1\xe3\xe6\xd3\xe3\xed\xc9\n\n\xc7\xe1\xe3\xe6\xc7\xda\xed\xcf: \xdf\xe1 \xed\xe6\xe3 \xd3\xc8\xca \xe3\xe4 6 \xd3\xc8\xca\xe3\xc8\xd1 \xc5\xe1\xec 27 \xd3\xc8\xca\xe3\xc8\xd1\xa1 \xe3\xe4 \xc7\xe1\xd3\xc7\xda\xc9 10 \xd5\xc8\xc7\xcd\xc7\xf0 \xcd\xca\xec 2 \xd9\xe5\xd1\xc7\xf0.\n\xc7\xe1\xe3\xdf\xc7\xe4: \xe3\xd1\xdf\xd2 \xc7\xe1\xcc\xc7\xe1\xed\xc9 \xc7\xe1\xda\xd1\xc8\xed\xc9\xa1 \xc7\xe1\xd8\xc7\xc8\xde \xc7\xe1\xc3\xe6\xe1.\n\n\xc7\xe1\xca\xd8\xda\xed\xe3\xc7\xca \xe3\xcc\xc7\xe4\xed\xc9 \xe1\xe1\xc3\xd8\xdd\xc7\xe1 \xdb\xed\xd1 \xc7\xe1\xe3\xc4\xe3\xe4 \xda\xe1\xed\xe5\xe3. \xed\xd1\xcc\xec \xc5\xcd\xd6\xc7\xd1 \xd3\xcc\xe1 \xc7\xe1\xca\xd8\xda\xed\xe3\xc7\xca \xc7\xe1\xce\xc7\xd5 \xc8\xd8\xdd\xe1\xdf\xe3 \xc5\xe4 \xe6\xcc\xcf.\n\xca\xd4\xca\xd1\xd8 \xe3\xcf\xc7\xd1\xd3 \xc7\xe1\xe6\xe1\xc7\xed\xc9 \xc8\xda\xd6 \xe5\xd0\xe5 \xc7\xe1\xca\xd8\xda\xed\xe3\xc7\xca \xe1\xe1\xca\xd3\xcc\xed\xe1.\n\n\xe1\xe1\xc7\xd3\xca\xdd\xd3\xc7\xd1: 555-0178 (\xda\xd1\xc8\xed \xe6\xc5\xe4\xcc\xe1\xed\xd2\xed)\n\n\xe3\xda \xc3\xd8\xed\xc8 \xc7\xe1\xca\xcd\xed\xc7\xca\xa1\n\xdd\xd1\xed\xde \xc7\xe1\xca\xe6\xda\xed\xc9 \xc7\xe1\xd5\xcd\xed\xc9 - \xda\xed\xc7\xcf\xc9 \xc7\xe1\xe4\xe6\xd1\n",
	},
	"pl-dent-body": {
		charset: "iso-8859-2",
		utf8: `Drodzy Pacjenci i Sąsiedzi,

Gabinet Stomatologiczny "Uśmiech" przypomina kilka prostych zasad,
które pomagają zachować zdrowe zęby przez cały rok:

1. Szczotkuj zęby dwa razy dziennie przez dwie minuty pastą z fluorem.
2. Codziennie używaj nici dentystycznej - szczoteczka nie dociera wszędzie.
3. Ogranicz słodkie napoje i podjadanie między posiłkami.
4. Krwawienie dziąseł to często pierwszy objaw zapalenia dziąseł - nie lekceważ go.
5. Dzieci powinny mieć lakowanie zębów trzonowych - to skuteczna ochrona przed próchnicą.
6. Przegląd i higienizacja co sześć miesięcy.

W sobotę 15 listopada zapraszamy na bezpłatne przeglądy dla dzieci do lat 12
(bez rejestracji, od 9:00 do 13:00). Mówimy po polsku i po angielsku.

Gabinet Stomatologiczny "Uśmiech"
5120 W. Belmont Ave, Chicago, IL 60641
tel. 555-0139
Aby zrezygnować z newslettera, odpowiedz "STOP".
`,
		bytes: "Drodzy Pacjenci i S\xb1siedzi,\n\nGabinet Stomatologiczny \"U\xb6miech\" przypomina kilka prostych zasad,\nkt\xf3re pomagaj\xb1 zachowa\xe6 zdrowe z\xeaby przez ca\xb3y rok:\n\n1. Szczotkuj z\xeaby dwa razy dziennie przez dwie minuty past\xb1 z fluorem.\n2. Codziennie u\xbfywaj nici dentystycznej - szczoteczka nie dociera wsz\xeadzie.\n3. Ogranicz s\xb3odkie napoje i podjadanie mi\xeadzy posi\xb3kami.\n4. Krwawienie dzi\xb1se\xb3 to cz\xeasto pierwszy objaw zapalenia dzi\xb1se\xb3 - nie lekcewa\xbf go.\n5. Dzieci powinny mie\xe6 lakowanie z\xeab\xf3w trzonowych - to skuteczna ochrona przed pr\xf3chnic\xb1.\n6. Przegl\xb1d i higienizacja co sze\xb6\xe6 miesi\xeacy.\n\nW sobot\xea 15 listopada zapraszamy na bezp\xb3atne przegl\xb1dy dla dzieci do lat 12\n(bez rejestracji, od 9:00 do 13:00). M\xf3wimy po polsku i po angielsku.\n\nGabinet Stomatologiczny \"U\xb6miech\"\n5120 W. Belmont Ave, Chicago, IL 60641\ntel. 555-0139\nAby zrezygnowa\xe6 z newslettera, odpowiedz \"STOP\".\n",
	},
}

func freshNone2() {
	add(F, None, "trap-vietnamese-low-sodium-recipe", &Msg{
		From:    `"Phòng Dinh Dưỡng - Bệnh viện Cộng đồng Westminster" <dinhduong@westminstercommunity.example.org>`,
		To:      `"Cộng đồng Việt" <congdong@lists.westminstercommunity.example.org>`,
		Subject: "Món ngon tuần này: canh chua cá ít muối",
		Root: b64(text(`Kính gửi quý cô chú anh chị,

Món ngon tuần này từ Phòng Dinh Dưỡng: CANH CHUA CÁ ÍT MUỐI (4 phần ăn)

Người bị tăng huyết áp, bệnh tim hoặc bệnh thận nên ăn dưới 2.300 mg natri
mỗi ngày. Một chén nước mắm có thể chứa hơn cả lượng đó! Công thức này dùng
me, thơm và rau thơm để có vị đậm đà mà không cần nhiều muối.

Nguyên liệu:
- 400 g cá basa hoặc cá bông lau, cắt khúc
- 1/4 trái thơm, cắt miếng
- 2 trái cà chua, 1 nắm giá, 2 cọng bạc hà (dọc mùng)
- 30 g me chua, ngâm nước ấm lấy nước cốt
- ngò om, ngò gai, tỏi phi
- 1 muỗng canh nước mắm ít muối (thay vì 3 muỗng)
- 1 muỗng cà phê đường

Cách nấu:
1. Đun sôi 1,5 lít nước, cho nước me và thơm vào.
2. Cho cá vào, nấu lửa vừa khoảng 8 phút, vớt bọt.
3. Thêm cà chua, bạc hà, giá; nêm nước mắm và đường.
4. Tắt bếp, rắc rau thơm và tỏi phi.

Mỗi phần: khoảng 210 calo, 480 mg natri (so với khoảng 1.400 mg của cách nấu thông thường).

Lớp nấu ăn cho người bị tiểu đường: thứ Năm hằng tuần, 10 giờ sáng, phòng sinh hoạt tầng 1.
Điện thoại: (714) 555-0166.

Chúc quý vị ngon miệng và mạnh khỏe!
Phòng Dinh Dưỡng
`)),
	})

	add(F, None, "trap-fhir-questionnaire-phq9-definition", &Msg{
		From:    `"Nadia Berrios" <nberrios@harborlightclinics.example.org>`,
		To:      `"Forms Build Team" <forms-build@harborlightclinics.example.org>`,
		Subject: "PHQ-9 Questionnaire resource for the forms server",
		Root: mixed(
			text(`Hi team,

Attached is the FHIR R4 Questionnaire definition for the PHQ-9 depression
screener that behavioral health integration wants loaded into the forms
server before the January go-live. It's just the form definition - there
are no QuestionnaireResponses in it and nothing tied to a patient.

Notes:
 - answer options use the standard LOINC answer list (0-3)
 - item 9 needs the "flag for same-day clinician review" extension, which
   I stubbed as a placeholder URL; Jonah will give us the real one
 - please load into DEV first (fhir-dev.harborlightclinics.example.org)

Thanks!
Nadia Berrios
Clinical Informatics Analyst | (555) 555-0183
`),
			attachText("application/fhir+json", "Questionnaire-phq9.json", `{
  "resourceType": "Questionnaire",
  "id": "hl-phq9",
  "url": "https://fhir-dev.harborlightclinics.example.org/Questionnaire/hl-phq9",
  "version": "2025.11",
  "name": "PHQ9",
  "title": "Patient Health Questionnaire-9 (PHQ-9)",
  "status": "draft",
  "subjectType": ["Patient"],
  "date": "2025-11-03",
  "publisher": "Harbor Light Clinics - Clinical Informatics",
  "code": [{"system": "http://loinc.org", "code": "44249-1", "display": "PHQ-9 quick depression assessment panel"}],
  "item": [
    {"linkId": "intro", "type": "display", "text": "Over the last 2 weeks, how often have you been bothered by any of the following problems?"},
    {"linkId": "q1", "type": "choice", "required": true, "text": "Little interest or pleasure in doing things", "answerValueSet": "http://loinc.org/vs/LL358-3"},
    {"linkId": "q2", "type": "choice", "required": true, "text": "Feeling down, depressed, or hopeless", "answerValueSet": "http://loinc.org/vs/LL358-3"},
    {"linkId": "q3", "type": "choice", "required": true, "text": "Trouble falling or staying asleep, or sleeping too much", "answerValueSet": "http://loinc.org/vs/LL358-3"},
    {"linkId": "q4", "type": "choice", "required": true, "text": "Feeling tired or having little energy", "answerValueSet": "http://loinc.org/vs/LL358-3"},
    {"linkId": "q5", "type": "choice", "required": true, "text": "Poor appetite or overeating", "answerValueSet": "http://loinc.org/vs/LL358-3"},
    {"linkId": "q6", "type": "choice", "required": true, "text": "Feeling bad about yourself, or that you are a failure", "answerValueSet": "http://loinc.org/vs/LL358-3"},
    {"linkId": "q7", "type": "choice", "required": true, "text": "Trouble concentrating on things", "answerValueSet": "http://loinc.org/vs/LL358-3"},
    {"linkId": "q8", "type": "choice", "required": true, "text": "Moving or speaking so slowly that other people could have noticed, or the opposite", "answerValueSet": "http://loinc.org/vs/LL358-3"},
    {"linkId": "q9", "type": "choice", "required": true, "text": "Thoughts that you would be better off dead, or of hurting yourself",
     "answerValueSet": "http://loinc.org/vs/LL358-3",
     "extension": [{"url": "https://example.org/fhir/StructureDefinition/placeholder-sameday-review", "valueBoolean": true}]},
    {"linkId": "score", "type": "integer", "readOnly": true, "text": "Total score (0-27)"}
  ]
}
`, "base64"),
		),
	})

	add(F, None, "trap-korean-utf16-privacy-notice", &Msg{
		From:    `"Koreatown Family Health Center - Compliance" <privacy@ktownfhc.example.org>`,
		To:      `"Patients mailing list" <patients@lists.ktownfhc.example.org>`,
		Subject: "개인정보 보호 관행 고지문 개정 안내",
		Root: freshUTF16("text/plain", `고객 여러분께

코리아타운 가정 건강 센터는 2026년 1월 1일부터 "개인정보 보호 관행 고지문"을 개정합니다.

주요 변경 사항:
1. 환자 포털을 통해 진료 기록 사본을 전자적으로 요청할 수 있습니다.
2. 약물 사용 장애 치료 기록은 연방 규정에 따라 더욱 엄격하게 보호되며,
   서면 동의 없이 공개되지 않습니다.
3. 생식 건강 관련 정보의 공개 제한에 관한 내용이 추가되었습니다.
4. 개인정보 침해가 발생한 경우 60일 이내에 통지해 드립니다.

귀하의 권리:
- 본인의 건강 정보를 열람하고 사본을 받을 권리
- 정보 수정을 요청할 권리
- 공개 내역을 요청할 권리
- 특정 공개에 대한 제한을 요청할 권리

전체 고지문은 접수처 또는 웹사이트에서 확인하실 수 있습니다.
문의: 개인정보 보호 담당자, (213) 555-0174

이 메일은 모든 환자분께 발송되는 일반 안내입니다.
`, "utf-16le"),
	})

	add(F, None, "trap-lab-client-price-list-csv", &Msg{
		From:    `"Tri-County Reference Lab - Client Services" <clientservices@tricountylab.example.com>`,
		To:      `"Office Managers" <office-managers@lists.tricountylab.example.com>`,
		Subject: "2026 client-bill price list and new test codes",
		Root: mixed(
			qpBreaks("text/plain", "utf-8", `Dear Office Managers,

Attached is our 2026 client-bill price list, effective January 1, 2026.
Pricing applies to tests billed to your practice account, not to tests
billed to insurance.

What's new:
 * Hepatitis C antibody with reflex to RNA is now a single order code
   (HCVRFX), replacing HCVAB + HCVQNT.
 * HIV-1/2 antigen/antibody (4th gen) turnaround is now same day for
   specimens received by 2 pm.
 * The 10-panel urine drug screen now includes fentanyl and xylazine
   at no extra charge.
 * Chlamydia/gonorrhea NAAT can now be collected with the new self-swab
   kit (orange cap).
 * Hemoglobin A1c point-of-care cartridges: ask your rep about reagent
   rental.

Prices for the compre¦hensive metabolic panel, lipid panel and CBC are
unchanged from 2025.

Please update your fee schedules by 12/31. Courier pick-up schedules are
not affected.

Tri-County Reference Lab | Client Services | (555) 555-0121
`),
			attachText("text/csv", "TCRL_2026_client_price_list.csv", `order_code,test_name,cpt,specimen,price_usd
CMP,Comprehensive metabolic panel,80053,SST,11.25
BMP,Basic metabolic panel,80048,SST,8.90
LIPID,Lipid panel,80061,SST,12.40
CBCD,CBC with differential,85025,EDTA lavender,7.80
A1C,Hemoglobin A1c,83036,EDTA lavender,10.15
TSH,Thyroid stimulating hormone,84443,SST,14.60
HIVAGAB,HIV-1/2 Ag/Ab 4th generation,87389,SST,19.75
HCVRFX,Hepatitis C Ab w/ reflex to RNA,86803,SST,16.20
CTNG,Chlamydia/gonorrhea NAAT,"87491,87591",Urine or swab,38.00
RPR,RPR w/ reflex titer,86592,SST,6.95
UDS10,Urine drug screen 10-panel w/ fentanyl,80307,Urine,22.50
PSA,Prostate specific antigen total,84153,SST,15.10
VITD,Vitamin D 25-hydroxy,82306,SST,24.30
UA,Urinalysis w/ reflex microscopy,81001,Urine,4.40
BRCA,BRCA1/BRCA2 full sequencing (send-out),81162,EDTA lavender,249.00
PTINR,Prothrombin time/INR,85610,Citrate blue,5.60
`, "quoted-printable"),
		),
	})

	raw(F, None, "trap-sftp-claims-transfer-uuid", `From: "MoveIt Transfer Bot" <noreply@mft.pinnaclebilling.example.com>
To: edi-ops@pinnaclebilling.example.com
Subject: [MFT] Transfer FAILED - job 8d0f3b7c-52e1-4a9f-b0d6-2c7e91a4f5e0

Automated notification - do not reply.

Job ID:        8d0f3b7c-52e1-4a9f-b0d6-2c7e91a4f5e0
Task:          Outbound 837P to clearinghouse (nightly)
Source:        /outbound/837p/CLM837_BWFM_20251103_0400.edi
Destination:   sftp://sftp.clearinghouse.example.net:22/inbound/PB0419/
Started:       2025-11-03 04:00:07 EST
Ended:         2025-11-03 04:03:51 EST
Attempts:      3 of 3
Result:        FAILED

Error:         SHA-256 mismatch after upload
               local  9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
               remote e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
Bytes sent:    0 of 2,481,330
Records:       0 interchanges transmitted (ISA control # 000004417 not acknowledged)

Action:        The file remains in /outbound/837p/ and will be retried with
               the 06:00 schedule. If the 06:00 run also fails, open a ticket
               with the clearinghouse (account PB0419) and page on-call EDI.

Host: mft-prod-02  |  Agent version 15.1.4  |  Correlation 71c2a0e4-9b3d-4c55-8a07-3f6d2e1b9c88
`)

	add(F, None, "trap-provider-directory-xml-update", &Msg{
		From:    `"Ridgeview Behavioral Health Group - Credentialing" <credentialing@ridgeviewbhg.example.org>`,
		To:      `"Provider Data Management" <providerdata@crestlinehealthplan.example.com>`,
		Subject: "Q4 provider directory update - Ridgeview Behavioral Health Group (TIN ending 4471)",
		Root: mixed(
			text(`Hello Provider Data team,

Per your quarterly attestation request, attached is our directory update in
the XML format from your spec (v3.2). Changes this quarter:

 - Dr. Okonjo added buprenorphine prescribing and telehealth
 - Sofia Landry, LCSW is now accepting new patients
 - Our Eastgate office moved to Suite 210 (same building)
 - Dr. Whitlock retired 10/31; please remove

Thanks,
Marisa Cheng
Credentialing Coordinator | Ridgeview Behavioral Health Group
(555) 555-0138
`),
			attachText("application/xml", "ridgeview_directory_2025Q4.xml", `<?xml version="1.0" encoding="UTF-8"?>
<ProviderDirectoryUpdate xmlns="urn:example:crestline:directory:3.2" group="Ridgeview Behavioral Health Group" quarter="2025Q4">
  <Location id="L1">
    <Address>4100 Eastgate Pkwy, Suite 210, Cincinnati, OH 45245</Address>
    <Phone>513-555-0138</Phone>
    <Hours>Mon-Fri 08:00-19:00; Sat 09:00-13:00</Hours>
  </Location>
  <Provider action="update">
    <Name>Chinedu Okonjo, MD</Name>
    <NPI>1863392076</NPI>
    <Specialty taxonomy="2084P0800X">Psychiatry</Specialty>
    <Specialty taxonomy="2084A0401X">Addiction Medicine</Specialty>
    <Services>medication management; buprenorphine prescribing; telehealth</Services>
    <AcceptingNewPatients>true</AcceptingNewPatients>
    <Languages>English; Igbo</Languages>
    <LocationRef>L1</LocationRef>
  </Provider>
  <Provider action="update">
    <Name>Sofia Landry, LCSW</Name>
    <NPI>1329045185</NPI>
    <Specialty taxonomy="1041C0700X">Clinical Social Worker</Specialty>
    <Services>individual and family therapy; trauma-focused CBT; eating disorders</Services>
    <AcceptingNewPatients>true</AcceptingNewPatients>
    <Languages>English; French</Languages>
    <LocationRef>L1</LocationRef>
  </Provider>
  <Provider action="none">
    <Name>Hyun-woo Bae, PsyD</Name>
    <NPI>1702658430</NPI>
    <Specialty taxonomy="103TC0700X">Clinical Psychologist</Specialty>
    <Services>psychological testing; ADHD evaluation; OCD exposure therapy</Services>
    <AcceptingNewPatients>false</AcceptingNewPatients>
    <Languages>English; Korean</Languages>
    <LocationRef>L1</LocationRef>
  </Provider>
  <Provider action="terminate" effective="2025-10-31">
    <Name>Gerald Whitlock, MD</Name>
    <NPI>1493881209</NPI>
    <Specialty taxonomy="2084P0800X">Psychiatry</Specialty>
  </Provider>
</ProviderDirectoryUpdate>
`, "base64"),
		),
	})

	add(F, None, "trap-chinese-flu-clinic-gb2312", &Msg{
		From:    `"Chinatown Community Health Center" <outreach@chinatownchc.example.org>`,
		To:      `"Community list" <community@lists.chinatownchc.example.org>`,
		Subject: freshLegacySubj(freshLegacyNone, "zh-flu-subj"),
		Root:    b64(freshLegacy(freshLegacyNone, "zh-flu-body", "text/plain", "base64")),
	})

	raw(F, None, "trap-forwarded-measles-exposure-alert", `From: "Priya Natarajan" <pnatarajan@harlanmedgroup.example.com>
To: "Harlan Medical Group - All Clinics" <all-clinics@harlanmedgroup.example.com>
Subject: Fwd: HEALTH ADVISORY: Measles exposures, Harlan County

All - please read below from the county. Front desks: if anyone calls with
fever + rash, do NOT bring them into the waiting room; have them call the
nurse line and we'll arrange a room-side entrance. Managers, please make
sure every staff member's MMR record or titer is on file with Employee
Health by Friday.

Priya Natarajan, RN, CIC
Infection Prevention | Harlan Medical Group | (555) 555-0105

---------- Forwarded message ---------
From: Harlan County Health Alert Network <han@harlancounty.example.gov.test>
Date: Mon, Nov 10, 2025 at 4:12 PM
Subject: HEALTH ADVISORY: Measles exposures, Harlan County
To: <han-subscribers@harlancounty.example.gov.test>

HEALTH ADVISORY #2025-14 | November 10, 2025

SUMMARY
Three laboratory-confirmed measles cases have been identified in Harlan
County since November 3, all in unvaccinated individuals. Public exposure
locations:

  - Eastgate Mall food court, Sat 11/1, 2:00-5:00 pm
  - Harlan Public Library, main branch, Mon 11/3, 10:00 am-1:00 pm
  - Greenway Urgent Care waiting room, Tue 11/4, 6:00-9:30 pm

RECOMMENDATIONS FOR CLINICIANS
1. Consider measles in patients with fever >= 101F and rash, plus cough,
   coryza or conjunctivitis, especially with exposure at the sites above.
2. Use airborne precautions; mask the patient immediately.
3. Collect a nasopharyngeal swab for measles PCR and serum IgM; call the
   health department BEFORE sending specimens: (555) 555-0199.
4. Exposed non-immune persons may receive MMR within 72 hours or immune
   globulin within 6 days of exposure.
5. Check MMR status of all staff; two documented doses are evidence of
   immunity.

Counts and locations will be updated on the county website.
`)

	raw(F, None, "trap-era-835-batch-summary-subject", `From: "Crestline Health Plan Provider Payments" <era-notify@crestlinehealthplan.example.com>
To: "Pinnacle Billing Services - Cash Posting" <cashposting@pinnaclebilling.example.com>
Subject: ERA/835 available - Payer ID 60054X - EFT trace 1QX93027714 - $48,211.07

An electronic remittance advice is available for the following payment.

Payee:            Brightwater Family Medicine (billing agent: Pinnacle Billing)
Payee TIN:        on file (ending 8812)
Payee NPI (group):1610583423
Payment method:   ACH / EFT
EFT trace #:      1QX93027714
Payment date:     11/07/2025
Payment amount:   $48,211.07

Batch summary
  Claim lines received ...................... 312
  Paid ...................................... 297
  Denied .................................... 15
  Adjustments by group/reason code (line count):
     CO-45  charge exceeds fee schedule ...... 188
     PR-1   deductible ........................ 41
     PR-2   coinsurance ....................... 33
     PR-3   copay ............................. 57
     CO-97  bundled ........................... 9
     CO-16  missing information ............... 6

Download the 835 file and claim-level detail from the Provider Portal
(Payments > Remittance). 835 files are retained for 24 months.

Provider Payments Help Desk: 1-800-555-0118
`)

	add(F, None, "trap-japanese-diabetes-seminar-sjis", &Msg{
		From:    `"Minami Wangan Clinic" <info@minamiwangan.example.com>`,
		To:      `"Community" <community@lists.minamiwangan.example.com>`,
		Subject: freshLegacySubj(freshLegacyNone, "ja-sem-subj"),
		Root:    freshLegacy(freshLegacyNone, "ja-sem-body", "text/plain", "quoted-printable"),
	})

	add(F, None, "trap-arabic-school-vaccine-campaign", &Msg{
		From:    `"Al-Noor Community Health Clinic" <outreach@alnoorclinic.example.org>`,
		To:      `"Parents list" <parents@lists.alnoorclinic.example.org>`,
		Subject: "حملة تطعيمات العودة إلى المدارس - عيادة النور",
		Root: alt(
			freshLegacy(freshLegacyNone, "ar-vax-body", "text/plain", "quoted-printable"),
			html(`<html dir="rtl" lang="ar"><body style="font-family:Tahoma">
<h2>حملة تطعيمات العودة إلى المدارس</h2>
<p>كل يوم سبت من 6 سبتمبر إلى 27 سبتمبر، من الساعة 10 صباحاً حتى 2 ظهراً، في مركز الجالية العربية.</p>
<p>التطعيمات مجانية للأطفال غير المؤمن عليهم. للاستفسار: 555-0178</p>
</body></html>
`),
		),
	})

	add(F, None, "trap-polish-dental-hygiene-newsletter", &Msg{
		From:    `"Gabinet Stomatologiczny Usmiech" <biuletyn@usmiech-dental.example.com>`,
		To:      `"Pacjenci" <pacjenci@lists.usmiech-dental.example.com>`,
		Subject: "Biuletyn: zdrowe zęby przez cały rok",
		Root:    freshLegacy(freshLegacyNone, "pl-dent-body", "text/plain", "quoted-printable"),
	})

	// ordinary business mail
	raw(F, None, "supply-closet-reorganization", `From: "Marcus Bell" <mbell@northgatefamilyclinic.example.com>
To: "Northgate Clinic Staff" <staff@northgatefamilyclinic.example.com>
Subject: Supply closet moving Saturday

Hi everyone,

Facilities is moving the main supply closet from the back hallway to the old
copy room (next to Exam 6) this Saturday. Starting Monday:

  * Shelving is labelled by aisle: A = paper goods, B = exam room restock,
    C = office supplies, D = cleaning
  * The restock request clipboard is going away; use the Teams form instead
  * The key code stays the same

If you have stuff stashed in the old closet that isn't clinic supplies
(looking at whoever keeps the holiday decorations in there) please grab it
by Friday at 5.

Thanks,
Marcus
Operations Manager
`)

	raw(F, None, "direct-deposit-change-confirmation", `From: "Payroll Services" <payroll@summitvalleyhealth.example.org>
To: "Jorge Alvarado" <jalvarado@summitvalleyhealth.example.org>
Subject: Direct deposit change confirmed

Hello Jorge,

This confirms the change to your direct deposit information submitted on
11/03/2025 at 7:41 PM through Employee Self-Service.

Employee ID:        40017
Primary account:    Checking, routing ******0210, account ******4471
Allocation:         100% of net pay
Effective:          pay date 11/14/2025

If you did not make this change, call Payroll right away at (555) 555-0112
or reply to this message. For your security we never ask for your full
account number by e-mail.

Payroll Services | Summit Valley Health
`)

	add(F, None, "ehr-release-notes-24-3", &Msg{
		From:    `"Corvid Health Software - Product Updates" <releases@corvidhealthsw.example.com>`,
		To:      `"Customer Admins" <customer-admins@lists.corvidhealthsw.example.com>`,
		Subject: "PracticeFlow 24.3 release notes - deploying Sat 11/22",
		Root: mixed(
			text(`Hello administrators,

PracticeFlow 24.3 deploys to all hosted tenants on Saturday 11/22 between
22:00 and 02:00 CT. Expect up to 20 minutes of downtime. Full notes are
attached; highlights:

 - Faster chart open (median 1.9 s -> 1.1 s)
 - Medication reconciliation: side-by-side view of outside meds
 - Problem list: bulk "resolve" for duplicate entries
 - Patient portal: new message categories configurable per department
 - Fix for the fax cover sheet printing the wrong clinic address (PF-18221)

Sandbox tenants get 24.3 on 11/15 for testing.

Corvid Health Software Product Team
`),
			attachText("text/plain", "PracticeFlow_24.3_ReleaseNotes.txt", `PracticeFlow 24.3 - Release Notes
=================================
Release date: 2025-11-22   Build: 24.3.0.1187

NEW FEATURES
PF-17702  Medication reconciliation: side-by-side outside medications view
PF-17810  Problem list: bulk resolve duplicate problems (admin permission)
PF-17955  Portal: department-level message categories
PF-18003  Scheduling: waitlist auto-offer via SMS (opt-in per tenant)
PF-18040  Reports: new "no-show rate by provider" dashboard tile

FIXES
PF-18221  Fax cover sheet printed wrong clinic address for multi-site tenants
PF-18230  Lab interface: LOINC mapping table export truncated at 10,000 rows
PF-18244  Superbill: modifier 25 not carried to claim in rare cases
PF-18251  Dark mode contrast on the allergy banner

KNOWN ISSUES
PF-18270  Chrome 131: print preview of growth charts is blank (workaround:
          use the PDF button)

UPGRADE NOTES
- Clear browser cache after upgrade.
- Custom report SQL referencing table rx_hist_old must be updated to rx_hist.
`, "7bit"),
		),
	})

	add(F, None, "board-meeting-minutes-pdf", &Msg{
		From:    `"Eleanor Fitch" <efitch@mesaverdechc.example.org>`,
		To:      `"Board of Directors" <board@mesaverdechc.example.org>`,
		Subject: "Draft minutes - October board meeting",
		Root: mixed(
			text(`Board members,

Draft minutes from the October 21 meeting are attached for your review.
Please send corrections by November 7; we'll vote to approve at the
November meeting.

Eleanor Fitch
Board Secretary, Mesa Verde Community Health Center
`),
			attach("application/pdf", "Board_Minutes_2025-10-21_DRAFT.pdf", pdfDoc("Board minutes 2025-10-21 (draft)", pdfLines(`MESA VERDE COMMUNITY HEALTH CENTER - BOARD OF DIRECTORS
Minutes of the regular meeting, October 21, 2025 - DRAFT

Present: R. Chavira (Chair), E. Fitch (Secretary), T. Nakashima (Treasurer),
L. Begay, M. Ortega-Ruiz, D. Sandoval; CEO A. Whitehorse; CFO K. Lindell.
Absent: J. Pacheco (excused).

1. Call to order at 6:02 pm. Quorum confirmed.
2. Minutes of September 16 approved as circulated (Begay/Ortega-Ruiz), unanimous.
3. CEO report: unduplicated patients YTD 11,842 (+6%). Dental chair #5 installed.
   Mobile unit visited 14 rural chapter houses in Q3. Recruitment: 2 FNPs hired,
   1 dentist offer accepted (start January).
4. Finance report: operating margin YTD 2.1%. Days cash on hand 96.
   340B savings reinvested in the sliding-fee pharmacy program.
5. Quality: UDS measures on track except colorectal cancer screening (48%,
   goal 55%). Staff will pilot mailed FIT kits in November.
6. Facilities: Cortez site roof replacement approved, not to exceed $186,000
   (Nakashima/Sandoval), 5 yes, 1 abstain.
7. Policy approvals: sliding fee discount schedule 2026; HIPAA privacy policy
   annual review - no changes.
8. Executive session 7:31-7:50 pm (personnel). No action taken.
9. Adjourned 7:52 pm. Next meeting November 18, 2025.

Respectfully submitted, Eleanor Fitch, Secretary
`), false)),
		),
	})

	raw(F, None, "tagalog-staff-potluck", `From: "Maricel Ramos" <mramos@bayshorehomehealth.example.com>
To: "Bayshore Home Health - Office" <office@bayshorehomehealth.example.com>
Subject: Potluck sa Biyernes! Thanksgiving salu-salo

Hi mga kasama!

Magkakaroon tayo ng Thanksgiving potluck sa Biyernes, Nobyembre 21, 12:00
ng tanghali sa conference room. Sana makasama kayong lahat, pati ang mga
field nurses na nasa opisina sa araw na iyon.

Paki-sign up po sa sheet sa ref kung ano ang dadalhin ninyo para hindi
pare-pareho:
 - Ate Lorna: pancit bihon
 - Kuya Ben: lechon kawali
 - Ako: leche flan at buko pandan
 - Kailangan pa po natin ng kanin, salad at inumin!

Bawal ang plastic na kutsara ngayong taon, magdala po ng sariling plato at
kubyertos kung kaya. May raffle din tayo, $5 na gift card lang naman haha.

Salamat po!
Maricel
Office Coordinator
`)

	raw(F, None, "kreyol-interpreter-schedule", `From: "Jean-Robert Pierre" <jrpierre@northshoremed.example.org>
To: "Interpreter Services" <interpreters@northshoremed.example.org>
Subject: Orè entèprèt kreyòl pou semèn 17 novanm

Bonjou tout moun,

Men orè entèprèt kreyòl ayisyen yo pou semèn 17 novanm lan:

  Lendi     - Nadège (7:00-3:30), Wilfrid (11:00-7:30)
  Madi      - Nadège (7:00-3:30), Fabienne (telefòn/videyo sèlman)
  Mèkredi   - Wilfrid (7:00-3:30), Fabienne (11:00-7:30)
  Jedi      - Nadège (7:00-3:30), Wilfrid (11:00-7:30)
  Vandredi  - Fabienne (7:00-3:30); pa gen moun apre 3:30, itilize liy
              telefòn ekstèn nan (kòd kont 4471)

Souple, pa bliye antre tout vizit nan sistèm nan anvan 5:00 chak jou.
Fòmasyon obligatwa sou nouvo tablèt videyo yo ap fèt jedi 20 novanm a
12:30 nan sal konferans 3B.

Mèsi anpil pou bon travay nou!
Jean-Robert Pierre
Sipèvizè, Sèvis Entèprèt | (555) 555-0148
`)

	raw(F, None, "softball-league-standings", `From: "Kyle Brandt" <kbrandt@mercyridge.example.org>
To: "Mercy Ridge Rec League" <softball@lists.mercyridge.example.org>
Subject: Week 6 softball standings + rainout makeup

Week 6 results:
  Radiology Rays 9, Pharmacy Pill Pushers 7
  ED Chaos 12, Facilities Fixers 3
  Lab Rats 5, Billing Bombers 5 (called, darkness)
  OR Scrubs 14, IT Help Desk 2 (mercy rule, sorry IT)

Standings (W-L-T):
  1. ED Chaos ............. 5-1-0
  2. OR Scrubs ............ 4-1-1
  3. Radiology Rays ....... 4-2-0
  4. Lab Rats ............. 2-3-1
  5. Billing Bombers ...... 2-3-1
  6. Pharmacy ............. 2-4-0
  7. Facilities ........... 1-5-0
  8. IT Help Desk ......... 0-6-0

The rained-out Week 4 games are made up this Sunday at Hollister Park,
fields 2 and 3, first pitch 10am. Bring water, it's supposed to be 88.
Playoff bracket goes out next week.

Kyle (commissioner, self-appointed)
`)
}
