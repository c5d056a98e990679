package main

import (
	"fmt"
	"strings"
)

// holdoutNone: a second, differently written set of non-PHI messages.
func holdoutNone() {
	add(H, None, "trap-purchase-order-xml", &Msg{
		From:    `"Copperleaf Medical Group - Procurement" <procurement@copperleaf-mg.example.com>`,
		To:      `"Orders" <orders@summit-surgical-supply.example.net>`,
		Subject: "PO 9100447712 (revision 2)",
		Root: mixed(text(`Attached is revision 2 of PO 9100447712. Line 3 quantity changed from 40
to 60. Please confirm ship date; deliver to dock 2, 6601 Copper Ln,
Boise ID 83709-4418.

Mariah Sanderson | Procurement | 208-555-0112
`), attach("text/xml", "PO-9100447712-r2.xml", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<PurchaseOrder number="9100447712" revision="2" date="2025-09-03">
  <Buyer>Copperleaf Medical Group</Buyer>
  <ShipTo zip="83709-4418">6601 Copper Ln, Dock 2, Boise ID</ShipTo>
  <Line n="1" sku="77120" qty="12" uom="CS">Underpads, 23x36, heavy absorbency</Line>
  <Line n="2" sku="77141" qty="6" uom="CS">Emesis bags, graduated</Line>
  <Line n="3" sku="80915" qty="60" uom="BX">Suture removal kits</Line>
  <Line n="4" sku="80977" qty="20" uom="BX">Cold packs, instant</Line>
  <Total currency="USD">4120.55</Total>
</PurchaseOrder>
`))),
	})

	raw(H, None, "trap-freight-tracking-bol", `From: "Ridgeline Freight" <dispatch@ridgeline-freight.example.com>
To: "Warehouse" <warehouse@fairhaven-hospital.example.org>
Subject: Delivery appointment set - PRO 482019377, BOL 00731195542

Delivery appointment confirmed.

  PRO number:     482019377
  BOL:            00731195542
  Pallets:        3 (1,880 lb)
  Contents:       hospital beds, disassembled
  Appointment:    Thu 10/09, window 07:00-09:00
  Consignee:      Fairhaven Hospital, Loading Dock A, 1 Harbor Way,
                  Fairhaven MA 02719-3310

Driver will call 30 minutes out: dispatch 508-555-0145.
`)

	raw(H, None, "trap-incident-postmortem-uuids", `From: "SRE" <sre@juniperhealth-it.example.net>
To: engineering@juniperhealth-it.example.net
Subject: Postmortem: queue backlog on 2025-08-14 (INC-3391)

Summary
Between 13:02 and 13:47 UTC the outbound queue grew to 48k messages after a
bad config push (change 9f41e2b0-6c1d-4e77-a0b3-55d2c8e1f903) set the
worker pool size to 0 on 6 of 8 nodes (10.4.2.11-10.4.2.16).

Impact
Delivery latency p99 rose from 2.1 s to 38 min. No messages were lost.

Timeline (UTC)
  13:02  deploy 2025.08.14.3 rolled out
  13:09  alert QueueDepthHigh fired (alert id 3e7a9c12-0b5f-4d21-8e6a-77c4b1f0d9a2)
  13:31  on-call identified the config value
  13:47  rollback complete; backlog drained by 14:20

Action items
  - Validate pool_size > 0 in the config schema (owner: Tomas)
  - Canary stage for config-only deploys (owner: Ifeoma)
`)

	raw(H, None, "trap-dst-meeting-times", `From: "Executive Assistant" <ea@marigold-healthplan.example.com>
To: "Leadership Team" <leadership@marigold-healthplan.example.com>
Subject: Heads up: weekly sync time after the clock change (11/03)

Hi all,

Because of the daylight saving change, from Monday 11/03 the weekly
leadership sync will be at 9:00 AM Eastern = 14:00 UTC (it was 13:00 UTC).
Colleagues in Phoenix: that is now 7:00 AM for you.

Agenda for 11/03: Star ratings update, broker commissions, office lease.

Thanks,
Renata
`)

	raw(H, None, "trap-heart-month-statins", `From: "Fairhaven Hospital Community Newsletter" <community@fairhaven-hospital.example.org>
To: neighbors@lists.fairhaven-hospital.example.org
Subject: February is Heart Month: know your numbers

KNOW YOUR NUMBERS THIS HEART MONTH

Heart disease is still the leading cause of death for both men and women.
Four numbers tell you a lot about your risk:

  Blood pressure  - aim for under 130/80
  LDL cholesterol - lower is better; many people benefit from a statin
                    such as atorvastatin or rosuvastatin
  Blood sugar     - a fasting level of 100-125 mg/dL means prediabetes
  Waist size      - over 40 inches (men) or 35 inches (women) raises risk

Free cholesterol and blood pressure checks: every Tuesday in February,
Fairhaven Hospital main lobby, 7-10 AM. Fasting is not required.

Heart attack warning signs include chest pressure, shortness of breath,
and pain in the arm, jaw or back. Call 911 - do not drive yourself.
`)

	raw(H, None, "trap-pharma-migraine-blurb", `From: "Solenne Therapeutics Medical Information" <medinfo@solenne-tx.example.com>
To: "Neurology Colleagues" <neuro-list@lists.example.org>
Subject: Now available: MIGRALUX (zolmiverant) nasal spray - fictional

Dear Healthcare Provider,

MIGRALUX (zolmiverant) nasal spray 10 mg is now available for the acute
treatment of migraine with or without aura in adults. In two fictional
Phase 3 trials, 31% of patients were pain-free at 2 hours vs 17% with
placebo.

Warnings: not for patients with ischemic heart disease or uncontrolled
hypertension. Most common adverse reactions: taste disturbance, nasal
discomfort, dizziness.

Savings card: eligible commercially insured patients may pay as little as
$0. Details at solenne-tx.example.com/migralux.

Solenne Therapeutics (a fictional company), 1-877-555-0163
`)

	raw(H, None, "trap-blood-drive", `From: "Copperleaf Cares" <cares@copperleaf-mg.example.com>
To: all-staff@copperleaf-mg.example.com
Subject: Blood drive Thursday - type O donors especially needed

Our quarterly blood drive is this Thursday, 8 AM - 3 PM, in the
conference center. The regional blood bank reports a 3-day supply of
type O negative. Each donation takes about an hour and can help up to
three patients.

Eat a good meal and drink plenty of water beforehand. You'll need a photo
ID. Sign up for a slot: https://intranet.copperleaf-mg.example.com/blood
`)

	raw(H, None, "trap-cancer-research-grant", `From: "Foundation for Pediatric Cancer Research" <grants@fpcr.example.org>
To: investigators@lists.fpcr.example.org
Subject: RFA 2026-03: Young investigator awards in pediatric leukemia and neuroblastoma

Request for Applications 2026-03

Awards: up to $150,000/year for 2 years
Focus areas:
  - Relapsed B-cell acute lymphoblastic leukemia
  - High-risk neuroblastoma (MYCN-amplified)
  - Late effects of anthracyclines and cranial radiation in survivors
Letters of intent due 12/01/2025; full applications 02/15/2026.
Eligibility: within 7 years of terminal degree. Human subjects research
requires IRB approval before funding. Do not include identifiable patient
information in the application.

Contact: grants office, 617-555-0197
`)

	raw(H, None, "trap-bank-statement-account", `From: "Granite Commercial Bank" <statements@granite-bank.example.com>
To: "Tidewater Orthopedics - Finance" <finance@tidewater-ortho.example.org>
Subject: Your August statement for account ending 4491 is ready

Your statement for business checking account 0027-8810-4491 (Tidewater
Orthopedics PLLC) is now available.

  Opening balance    $182,044.19
  Deposits           $411,926.50  (96 items)
  Withdrawals        $398,770.02  (213 items)
  Closing balance    $195,200.67

Positive pay exceptions: 0. Wire transfers out: 4.

Sign in to Granite Business Online to view or download. Granite will never
ask for your password by email.
`)

	raw(H, None, "trap-payroll-correction", `From: "Payroll" <payroll@juniperhealth-it.example.net>
To: "Ifeoma Adeyemi" <iadeyemi@juniperhealth-it.example.net>
Subject: Payroll correction for pay date 09/12 - employee 004417

Hi Ifeoma,

We found an error in your 09/12 paycheck: the shift differential for
08/25-08/31 (22.5 hours) was not applied. A correction of $112.50 gross
will be added to your 09/26 paycheck.

Employee number: 004417
Cost center:     7120 Platform Engineering
Hire date:       03/18/2019

Sorry for the trouble. Questions: payroll@juniperhealth-it.example.net or
ext. 0118.
`)

	add(H, None, "trap-ics-training-vtimezone", &Msg{
		From:    `"Learning & Development" <learning@marigold-healthplan.example.com>`,
		To:      `"Claims Team" <claims-team@marigold-healthplan.example.com>`,
		Subject: "Training: ICD-10-CM code set updates (Oct 1)",
		Root: mixed(text("You're invited to a 1-hour session on this year's ICD-10-CM changes\n(new codes in chapters 5, 9 and 19) and how the claims engine handles\nthem. The invite is attached.\n"),
			&Part{CT: "text/calendar", Params: map[string]string{"method": "REQUEST", "charset": "utf-8"}, CTE: "base64",
				Disp: "attachment", DispParams: map[string]string{"filename": "icd10-training.ics"}, Body: ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Marigold//Outlook-like//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000-icd10-2025
DTSTAMP:20250915T130000Z
DTSTART;TZID=Eastern Standard Time:20250925T140000
DTEND;TZID=Eastern Standard Time:20250925T150000
SUMMARY:ICD-10-CM FY2026 updates for claims examiners
LOCATION:Training room 3 / Teams
ORGANIZER;CN=Learning & Development:mailto:learning@marigold-healthplan.example.com
END:VEVENT
END:VCALENDAR
`)}),
	})

	add(H, None, "trap-csv-positive-results-survey", &Msg{
		From:    `"Marketing Analytics" <analytics@atlas-dental.example.com>`,
		To:      `"Practice Owners" <owners@atlas-dental.example.com>`,
		Subject: "Patient satisfaction survey: overwhelmingly positive",
		Root: mixed(text("Survey results by office are attached; 92% positive overall, net promoter\nscore +61. Comments are anonymous and aggregated.\n"),
			attachText("text/csv", "survey_q3.csv", `office;responses;positive_pct;negative_pct;nps;wait_time_min
Downtown;412;94;3;66;7
Eastside;388;91;4;58;11
Lakeview;290;93;2;63;8
Airport Rd;201;88;6;49;14
`, "7bit")),
	})

	add(H, None, "trap-json-feature-flags", &Msg{
		From:    `"Release Bot" <release-bot@juniperhealth-it.example.net>`,
		To:      `"QA" <qa@juniperhealth-it.example.net>`,
		Subject: "Feature flags snapshot for 5.8.0-rc.2",
		Root: mixed(text("Flags for 5.8.0-rc.2 attached. New: mask_dob_in_logs, ssn_redaction_v2.\n"),
			attach("application/json", "flags-5.8.0-rc.2.json", []byte(`{"release":"5.8.0-rc.2","generated":"2025-09-30T18:22:41Z",
 "flags":{"mask_dob_in_logs":{"enabled":true,"rollout":100},
          "ssn_redaction_v2":{"enabled":true,"rollout":25,"allow":["10.8.0.0/16"]},
          "new_claims_ui":{"enabled":false},
          "hl7_batch_size":{"value":250}},
 "build":{"commit":"c0ffee1d2a3b","go":"1.26.1"}}
`))),
	})

	add(H, None, "trap-pdf-cafeteria-menu-multipage", &Msg{
		From:    `"Food & Nutrition Services" <cafe@fairhaven-hospital.example.org>`,
		To:      `all-staff@fairhaven-hospital.example.org`,
		Subject: "October cafeteria menu + nutrition facts",
		Root: mixed(text("October menus attached, with calories and sodium per serving. Heart-healthy\nand diabetic-friendly choices are marked.\n"),
			attach("application/pdf", "cafeteria_menu_october.pdf", pdfDoc("Cafeteria menu October", menuLines(), true))),
	})

	raw(H, None, "trap-stocks-shares-depressed", `From: "Healthcare Equity Weekly" <weekly@hc-equity.example.com>
To: subscribers@hc-equity.example.com
Subject: Managed-care shares stay depressed after Medicare rate notice

Managed-care stocks stayed depressed this week after the final Medicare
Advantage rate notice came in below expectations. Shares of the largest
insurers fell 4-9%. Hospital operators, by contrast, posted positive
returns on strong admissions; one chain reported "positive momentum in
surgical volumes."

Pharma: a fictional drug maker's obesity pill trial read out positive,
lifting the sector. Biotech indexes remain well below their 2021 highs.

Not investment advice.
`)

	raw(H, None, "trap-theater-positive-reviews", `From: "Playhouse on Main" <boxoffice@playhouse-main.example.org>
To: members@playhouse-main.example.org
Subject: "The Night Nurse" - rave reviews, added performances

Our production of "The Night Nurse," a comedy set in a 1950s hospital
ward, is getting wonderfully positive reviews ("a shot of pure joy").
Because of demand we've added performances on 11/14 and 11/15 at 7:30 PM.

Members save 20% with code MAIN20. Box office: 555-0125.
`)

	raw(H, None, "trap-overdose-dashboard", `From: "State Opioid Response Team" <sor@health-dept.example.gov.test>
To: sor-partners@health-dept.example.gov.test
Subject: Monthly dashboard: overdoses, naloxone, MOUD capacity (August)

August highlights (statewide, provisional):
  - Suspected opioid overdose ED visits: 1,214 (-9% vs July)
  - Naloxone kits distributed: 12,480
  - Treatment programs offering buprenorphine: 212 (+6)
  - Opioid treatment program (methadone) slots available: 340
  - Counties with fentanyl test strip access: 61 of 64

Dashboard: https://health-dept.example.gov.test/sor/aug-2025
Small counts (<10) are suppressed to protect privacy.
`)

	raw(H, None, "trap-job-posting-addiction-counselor", `From: "Tidewater Recovery Services HR" <jobs@tidewater-recovery.example.org>
To: "Job Board" <postings@jobboard.example.com>
Subject: Job posting: Licensed Addiction Counselor (LAC), evening IOP

Tidewater Recovery Services is hiring a full-time Licensed Addiction
Counselor for our evening intensive outpatient program. You will lead
groups for adults with alcohol and opioid use disorders, coordinate with
our medication-assisted treatment prescribers, and complete ASAM
assessments. Bilingual English/Spanish preferred.

$62,000-$74,000 + benefits. Apply by 10/31.
`)

	raw(H, None, "trap-behavioral-billing-display-name-vendor", `From: "Behavioral Health Billing" <bh-billing@copperleaf-mg.example.com>
To: "Account Manager" <am@remitbridge.example.com>
Subject: Please add two users to our clearinghouse account

Hi Priya,

Could you please add Dana Ruiz and Chris Okafor to our clearinghouse
account (CLM-77102) with "submit and view remits" permissions? Both start
Monday. Also, our invoice 3300812290 shows 14 seats but we only have 12.

Thanks!
Behavioral Health Billing Office, Copperleaf Medical Group
`)

	add(H, None, "trap-subject-only-meeting", &Msg{
		From:    `"Renata Oliveira" <roliveira@marigold-healthplan.example.com>`,
		To:      `"Leadership Team" <leadership@marigold-healthplan.example.com>`,
		Subject: "Moved: Star ratings review to 10/21 2:00-3:00 PM, room 12B, dial 555-0100 x 77104",
		Root:    text(""),
	})

	inner2 := rawInner(`From: "Atlas Dental Newsletter" <smile@atlas-dental.example.com>
To: patients@lists.atlas-dental.example.com
Subject: Is your toothbrush past its prime?
Date: Tue, 02 Sep 2025 10:00:00 -0600
Message-ID: <atlas-nl-0902@atlas-dental.example.com>

Replace your toothbrush every 3-4 months, or sooner if the bristles fray.
Electric or manual both work if you brush two minutes, twice a day. And
don't forget to floss - gum disease is linked to heart disease and diabetes.
`)
	inner1 := &Msg{
		From:    `"Mariah Sanderson" <msanderson@copperleaf-mg.example.com>`,
		To:      `"Dental Office Managers" <dental-om@copperleaf-mg.example.com>`,
		Subject: "Fwd: Is your toothbrush past its prime?",
		Date:    "Wed, 03 Sep 2025 08:12:00 -0600",
		Root:    mixed(text("Nice format - should we do something like this?\n"), rfc822(inner2)),
	}
	add(H, None, "trap-double-forwarded-newsletter", &Msg{
		From:    `"Tom Reilly" <treilly@copperleaf-mg.example.com>`,
		To:      `"Marketing" <marketing@copperleaf-mg.example.com>`,
		Subject: "Fwd: Fwd: Is your toothbrush past its prime?",
		Root:    mixed(text("See the forward chain below. Let's discuss Friday.\n"), rfc822(inner1)),
	})

	raw(H, None, "trap-spanish-school-vaccines", `From: "Escuela Primaria Las Palmas" <avisos@laspalmas-school.example.org>
To: familias@laspalmas-school.example.org
Subject: Aviso: clínica de vacunas y exámenes de la vista en la escuela

Estimadas familias:

El próximo miércoles 8 de octubre, la enfermera escolar y el departamento
de salud del condado ofrecerán en la escuela:

  - Vacunas contra la influenza (gratis, con permiso firmado)
  - Exámenes de la vista y del oído para 1.º, 3.º y 5.º grado

Los formularios de permiso se enviaron en las mochilas. Por favor
devuélvanlos antes del lunes. Teléfono de la oficina: 555-0126.

Gracias,
La Dirección
`)

	raw(H, None, "trap-italian-newsletter-vaccini", `From: "Notiziario Salute Comunale" <notiziario@salute-comune.example.it.test>
To: iscritti@salute-comune.example.it.test
Subject: Campagna antinfluenzale 2025: date e sedi

Gentili cittadini,

la campagna di vaccinazione antinfluenzale 2025 inizia il 20 ottobre.
Il vaccino è gratuito per le persone dai 60 anni in su, le donne in
gravidanza, i bambini da 6 mesi a 6 anni e chi ha malattie croniche come
diabete o asma.

Sedi: ambulatorio di via Roma 14 (lun-ven 8:30-12:30) e farmacie aderenti.
Prenotazioni: 800 555 0148.

Cordiali saluti,
L'Ufficio Salute
`)

	raw(H, None, "trap-mental-health-first-aid-course", `From: "Community Education" <education@tidewater-recovery.example.org>
To: community@lists.tidewater-recovery.example.org
Subject: Free Mental Health First Aid course - Nov 8

Learn how to help someone who is experiencing a mental health or substance
use crisis. This 8-hour certified course covers depression, anxiety,
psychosis, and substance use disorders, and how to connect people to
professional care.

Saturday 11/8, 9 AM - 5 PM, Tidewater Library. Lunch provided. Seats are
limited to 30. Register at 555-0198.
`)

	raw(H, None, "vendor-security-questionnaire", `From: "Vendor Risk" <vendor-risk@marigold-healthplan.example.com>
To: "Security Team" <security@sealpost-dev.example.net>
Subject: Annual security questionnaire due 11/15

Hello,

As part of our annual vendor review, please complete the attached-in-portal
security questionnaire (SIG Lite) and upload your latest SOC 2 Type II
report by 11/15. Let us know if you need an NDA first.

Vendor Risk Management, Marigold Health Plan
`)

	raw(H, None, "dutch-it-newsletter", `From: "ICT Nieuwsbrief" <ict@zorggroep-demo.example.nl.test>
To: medewerkers@zorggroep-demo.example.nl.test
Subject: Nieuw wachtwoordbeleid vanaf 1 november

Beste collega's,

Vanaf 1 november moet je wachtwoord minimaal 14 tekens lang zijn. Je hoeft
het daarna nog maar één keer per jaar te wijzigen. Tweestapsverificatie
wordt verplicht voor iedereen die van buiten het netwerk werkt.

Vragen? Bel de servicedesk op toestel 0151.

Met vriendelijke groet,
ICT
`)
}

func menuLines() []string {
	var ls []string
	ls = append(ls, "FAIRHAVEN HOSPITAL CAFETERIA - OCTOBER MENU", "")
	mains := []string{"Grilled chicken, brown rice", "Vegetable lasagna", "Baked cod, green beans", "Turkey chili",
		"Black bean burger", "Beef stir-fry", "Lentil soup and salad"}
	for d := 1; d <= 31; d++ {
		m := mains[d%len(mains)]
		ls = append(ls, fmt.Sprintf("Oct %2d   %-32s %3d kcal  %4d mg sodium%s", d, m, 420+(d*37)%300, 380+(d*91)%700,
			map[bool]string{true: "  [heart-healthy]", false: ""}[d%3 == 0]))
		if d%7 == 0 {
			ls = append(ls, "")
		}
	}
	ls = append(ls, "", strings.Repeat("-", 60), "Allergens: ask the cashier. Prices: $6.50 staff, $8.00 visitors.")
	for i := 0; i < 30; i++ {
		ls = append(ls, fmt.Sprintf("Grab-and-go item %02d: salad/wrap/fruit cup, code %05d", i+1, 30100+i*11))
	}
	return ls
}
