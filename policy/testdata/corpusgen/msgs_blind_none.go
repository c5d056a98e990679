package main

// The blind set: written on 2026-12-02 by someone who had not seen the scorer
// or the other sets' messages. Every person, organisation and number is
// invented. This file also holds the set's shared helpers and writes
// blind/labels.tsv.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// blindWhy holds the one-line reason for each blind message's label.
var blindWhy = map[string]string{}

func braw(label, slug, why, text string) {
	blindWhy[slug] = why
	raw(B, label, slug, text)
}

func badd(label, slug, why string, m *Msg) {
	blindWhy[slug] = why
	add(B, label, slug, m)
}

// writeBlindLabels writes blind/labels.tsv: file, label, reason.
func writeBlindLabels(root string) {
	var b strings.Builder
	for _, m := range all {
		if m.Set != B || m.num == 0 {
			continue
		}
		why := blindWhy[m.Slug]
		if why == "" || strings.ContainsAny(why, "\t\n") {
			panic("blind: missing or bad reason for " + m.Slug)
		}
		fmt.Fprintf(&b, "%s/%03d-%s.eml\t%s\t%s\n", m.Label, m.num, m.Slug, m.Label, why)
	}
	if err := os.WriteFile(filepath.Join(root, B, "labels.tsv"), []byte(b.String()), 0o644); err != nil {
		panic(err)
	}
}

// npi appends the Luhn check digit (with the 80840 prefix) to a 9-digit base.
func npi(base9 string) string {
	s := "80840" + base9
	sum := 0
	dbl := true
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if dbl {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		dbl = !dbl
	}
	return base9 + string(rune('0'+(10-sum%10)%10))
}

// dea appends the DEA check digit to two letters and six digits.
func dea(letters, six string) string {
	d := func(i int) int { return int(six[i] - '0') }
	c := (d(0) + d(2) + d(4) + 2*(d(1)+d(3)+d(5))) % 10
	return letters + six + string(rune('0'+c))
}

// cp1251 encodes Cyrillic text as windows-1251.
func cp1251(s string) string {
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case r >= 0x410 && r <= 0x44F:
			b = append(b, byte(r-0x410+0xC0))
		case r == 'Ё':
			b = append(b, 0xA8)
		case r == 'ё':
			b = append(b, 0xB8)
		case r == '№':
			b = append(b, 0xB9)
		case r == '«':
			b = append(b, 0xAB)
		case r == '»':
			b = append(b, 0xBB)
		case r == '–':
			b = append(b, 0x96)
		case r == '—':
			b = append(b, 0x97)
		default:
			panic(fmt.Sprintf("rune %q not in windows-1251", r))
		}
	}
	return string(b)
}

// cyr registers a windows-1251 text so that textAs/encWord can encode it.
func cyr(s string) string {
	legacyData[fmt.Sprintf("blind-cp1251-%08x", hash(s))] = legacyText{charset: "windows-1251", utf8: s, bytes: cp1251(s)}
	return s
}

func blindNone() {
	braw(None, "trap-supply-order-tracking-uuid",
		"medical-supply order shipped to a clinic; order, PO, tracking, UUID, ZIP and phone only, no individual", `
From: Lakeview Surgical Supply <orders@lakeviewsurgical.example.com>
To: Receiving - Cedar Bend Family Medicine <receiving@cedarbendfm.example.org>
Subject: Your order SO-2025-118804 has shipped (3 of 3 cartons)

Hello Cedar Bend team,

Good news: the rest of your order is on the truck.

  Sales order:     SO-2025-118804
  Your PO:         CBFM-PO-7731
  Ship-to:         4410 Orchard Ridge Rd, Suite 200, Hartwell, OH 45215
  Carrier:         Ground, 3 cartons, 41.6 lb
  Tracking:        1Z 8V4 W21 03 6613 0475
  Shipment ID:     8f3c2d61-5b7e-4a0e-9d2c-71e4b6a0c5f9

  QTY  ITEM       DESCRIPTION
  20   GLV-N-M    Nitrile exam gloves, medium, box/100
  12   SYR-3LL    3 mL syringe, Luer lock, box/100
   6   ND-2558    25G x 5/8" needle, box/100
   4   BPC-ADL-L  Adult large BP cuff, reusable
   2   SHRP-2G    Sharps container, 2 gal

Backordered items from your 10/02 order (otoscope specula) will ship
separately. No action needed.

Questions? Call customer care at (614) 555-0148, Mon-Fri 7-6 ET.

Lakeview Surgical Supply
Account 40-77812 | Terms Net 30
`)

	badd(None, "trap-rn-night-shift-posting",
		"job posting for ICU night-shift nurses; requisition number and clinical duties, no patient", &Msg{
			From:    "Mercy Ridge Talent Acquisition <careers@mercyridge.example.org>",
			To:      "Nursing Alumni List <rn-alumni@list.example.net>",
			Subject: "Now hiring: RN, Medical ICU, nights (Req #R-24-06617), $12k sign-on",
			Root: alt(text(`Registered Nurse - Medical ICU (Nights)
Requisition R-24-06617 | Full time, 3x12 | 1900-0730

Mercy Ridge Medical Center is growing its 28-bed Medical ICU.

What you'll do
- Care for critically ill adults on ventilators, CRRT and vasoactive drips
- Titrate sedation per protocol and take part in daily interdisciplinary rounds
- Precept new graduates in our ICU residency

What you need
- Active RN license (compact accepted), BLS and ACLS
- 1+ year of acute care experience; CCRN preferred

Pay: $44.10-$63.85/hour plus night differential. $12,000 sign-on.
Apply: https://careers.mercyridge.example.org/R-24-06617
Recruiter: Dana Whitlock, 513-555-0172
`), html(`<html><body style="font-family:Arial,sans-serif">
<h2>Registered Nurse &ndash; Medical ICU (Nights)</h2>
<p><b>Requisition R-24-06617</b> &middot; Full time, 3x12 &middot; 1900&ndash;0730</p>
<p>Mercy Ridge Medical Center is growing its 28-bed Medical ICU.</p>
<h3>What you'll do</h3>
<ul><li>Care for critically ill adults on ventilators, CRRT and vasoactive drips</li>
<li>Titrate sedation per protocol and take part in daily interdisciplinary rounds</li>
<li>Precept new graduates in our ICU residency</li></ul>
<h3>What you need</h3>
<ul><li>Active RN license (compact accepted), BLS and ACLS</li>
<li>1+ year of acute care experience; CCRN preferred</li></ul>
<table border="1" cellpadding="4"><tr><th>Pay range</th><td>$44.10&ndash;$63.85/hour + night differential</td></tr>
<tr><th>Sign-on</th><td>$12,000</td></tr></table>
<p><a href="https://careers.mercyridge.example.org/R-24-06617">Apply now</a><br>
Recruiter: Dana Whitlock, 513-555-0172</p>
</body></html>`)),
		})

	badd(None, "trap-ics-hiv-reservoir-symposium",
		"calendar invite to a research symposium on HIV reservoirs and PrEP uptake; no individual", &Msg{
			From:    "Office of Continuing Education <cme@riverstate-med.example.edu.test>",
			To:      "ID Faculty <id-faculty@riverstate-med.example.edu.test>",
			Subject: "Invitation: Spring Symposium - HIV reservoirs, long-acting ART and PrEP uptake",
			Root: mixed(
				text(`You are invited to the Spring Infectious Diseases Symposium.

Thursday 10 April 2025, 8:00-16:30, Hargrove Auditorium and online.

Morning: latent HIV reservoirs and cure strategies; long-acting
injectable antiretrovirals in clinical practice.
Afternoon: regional PrEP uptake data, community panel on stigma.

6.0 AMA PRA Category 1 credits. Lunch provided. RSVP by 28 March.
`),
				attachText("text/calendar; method=REQUEST", "symposium.ics", string(ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverstate CME//Events 4.2//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cme-2025-0410-id-symp@riverstate-med.example.edu.test
DTSTAMP:20250214T150000Z
DTSTART:20250410T120000Z
DTEND:20250410T203000Z
SUMMARY:Spring ID Symposium: HIV reservoirs\, long-acting ART\, PrEP uptake
LOCATION:Hargrove Auditorium / online
DESCRIPTION:6.0 CME credits. Agenda attached to the e-mail.
ORGANIZER;CN=Office of Continuing Education:mailto:cme@riverstate-med.example.edu.test
END:VEVENT
END:VCALENDAR
`)), "7bit"),
			),
		})

	recall := `URGENT: MEDICAL DEVICE CORRECTION
Volumetric Infusion Pump VIP-3000, software 4.1.2
Notice FSN-2025-014, issued 18 June 2025

Dear Biomedical Engineering Manager,

Halden Infusion Systems is informing customers that pumps running
software 4.1.2 may show an "Occlusion Downstream" alarm late when
the secondary (piggyback) line is used at rates below 5 mL/h.

Affected serial numbers: HV3K-220118 through HV3K-229904.
Affected channel module lots: CM-25A0411, CM-25A0412, CM-25B0107.

What to do
1. Identify affected pumps using the attached asset list template.
2. Install software 4.1.3 (field update kit FUK-0413) by 30 Sept 2025.
3. Until updated, do not run secondary infusions below 5 mL/h.
4. Return the response form (page 2) within 10 business days.

No patient injuries have been reported. Report adverse events to
Halden Complaint Handling, 1-800-555-0136.

RESPONSE FORM - FSN-2025-014
Facility: ____________________   Account no.: __________
Pumps in inventory: ______   Pumps updated: ______
Name / title: __________________   Date: __________
`
	badd(None, "trap-infusion-pump-recall-pdf",
		"device correction notice with serial and lot numbers in a Flate PDF; no patient", &Msg{
			From:    "Halden Infusion Systems Field Actions <fieldaction@halden-infusion.example.com>",
			To:      "biomed@stcaspian.example.org",
			Subject: "URGENT Field Safety Notice FSN-2025-014 - VIP-3000 infusion pumps",
			Root: mixed(
				text("Please see the attached field safety notice and return the response form.\n\nHalden Infusion Systems\nField Actions Team\n"),
				attach("application/pdf", "FSN-2025-014_VIP-3000.pdf", pdfDoc("FSN-2025-014", pdfLines(recall), true)),
			),
		})

	braw(None, "trap-it-ticket-wristband-printer",
		"hospital IT ticket about a wristband printer; ticket, asset and room numbers, no patient", `
From: ServiceDesk <servicedesk@northvale-health.example.org>
To: Charge Nurse 5 North <5n-charge@northvale-health.example.org>
Subject: INC0049127 updated: Zebra wristband printer 5N-RM512 printing blank labels

Incident INC0049127 has been updated.

Caller:        5 North charge nurse desk, ext. 4-5512
Category:      Hardware > Printer > Label/Wristband
Asset tag:     NVH-PRN-008842   Serial: 52J191800347
Location:      5 North, room 512 alcove
Priority:      2 - High (affects patient identification workflow)

Work notes (T. Abara, 09:41):
  Printhead was dirty and the ribbon sensor was misaligned. Cleaned,
  recalibrated media, printed 10 test bands with dummy data
  ("TEST, TEST" / 000000000). Barcodes scan fine at the med cart.
  Please try admitting your next patient as usual and reply to this
  ticket if the bands come out blank again.

Status: Resolved - awaiting confirmation. The ticket closes
automatically in 3 days.

Northvale Health IT Service Desk | ext. 4-4357 | 216-555-0190
`)

	braw(None, "trap-be-patient-garage-closure",
		"facilities notice to staff asking them to be patient during garage work; no individual", `
From: Facilities & Campus Services <facilities@bayshore-regional.example.org>
To: All Staff <allstaff@bayshore-regional.example.org>
Subject: Garage B closure Mon-Fri next week - please be patient with shuttle delays

Team,

Garage B (Levels 1-4) will be closed for concrete sealing from Monday
3/17 through Friday 3/21. Staff parking moves to the Elm Street surface
lot, with shuttles every 8 minutes from 5:30 AM to 11:30 PM.

We know this is a hassle. Please be patient with the shuttle drivers and
leave ten extra minutes. Patient and visitor parking in Garage A is not
affected; please do not park there, even "just for a minute", so that
our patients and their families can find a space.

Valet at the main entrance stays open for patients with mobility needs.

Thanks for your patience,
Marcus Ebright
Director, Facilities & Campus Services
Office 727-555-0133 | Pager 727-555-0199
`)

	var od strings.Builder
	od.WriteString("quarter,county,zip3,opioid_overdose_deaths,ed_visits_nonfatal,naloxone_kits_distributed,rate_per_100k\n")
	counties := []string{"Alder", "Birch", "Cotter", "Dunmore", "Ellery", "Fenwick"}
	for q := 0; q < 8; q++ {
		for ci, c := range counties {
			deaths := 3 + (q*7+ci*11)%19
			ed := 20 + (q*13+ci*17)%90
			kits := 150 + (q*37+ci*53)%600
			fmt.Fprintf(&od, "%d-Q%d,%s,%03d,%d,%d,%d,%d.%d\n", 2023+q/4, q%4+1, c, 450+ci*3, deaths, ed, kits, deaths*2+1, (q+ci)%10)
		}
	}
	badd(None, "trap-county-overdose-dashboard-csv",
		"aggregate overdose counts by county and quarter (public-health dashboard extract); no individual", &Msg{
			From:    "Regional Epidemiology Unit <epi@tricounty-health.example.gov.test>",
			To:      "Harm Reduction Coalition <coalition@harmreduction-ne.example.org>",
			Subject: "Q4 overdose surveillance extract (aggregate, suppressed <3)",
			Root: mixed(
				text(`Attached is the quarterly aggregate extract for the coalition meeting.

Counts below 3 are suppressed per our small-cell policy (none in this
release). ED visits are syndromic counts, not confirmed diagnoses.
Rates use 2020 census denominators. No record-level data is included.

- Regional Epidemiology Unit
`),
				attachText("text/csv", "overdose_surveillance_2023Q1-2024Q4.csv", od.String(), "base64"),
			),
		})

	var sched strings.Builder
	sched.WriteString("employee_id,name,role,unit,mon,tue,wed,thu,fri,sat,sun\n")
	shifts := []string{"D", "N", "-", "D", "E", "-", "N"}
	roles := []string{"RN", "RN", "LPN", "CNA", "RN", "Charge RN"}
	for i, p := range people(24, 19) {
		fmt.Fprintf(&sched, "E%06d,%s %s,%s,4 West,", 310400+i*37, p.First, p.Last, roles[i%len(roles)])
		for d := 0; d < 7; d++ {
			if d > 0 {
				sched.WriteString(",")
			}
			sched.WriteString(shifts[(i+d*3)%len(shifts)])
		}
		sched.WriteString("\n")
	}
	badd(None, "trap-nurse-schedule-csv",
		"unit staffing schedule with staff names and employee IDs; HR data, no patient or health content", &Msg{
			From:    "Jolene Pruett <jpruett@stcaspian.example.org>",
			To:      "4 West Nursing <4west-rn@stcaspian.example.org>",
			Subject: "4 West schedule, week of 6/9 - final",
			Root: mixed(
				text(`Hi all,

Final schedule for the week of 6/9 is attached (D = 0700-1930,
E = 1100-2330, N = 1900-0730). Swaps go through the staffing app by
Thursday noon. Two open N shifts on Sat/Sun are posted for incentive.

Jolene Pruett, MSN, RN
Nurse Manager, 4 West Med-Surg
Office 555-0161 | Vocera "4 West Manager"
`),
				attachText("text/csv", "4W_schedule_2025-06-09.csv", sched.String(), "quoted-printable"),
			),
		})

	price := `CASCADE PHARMACEUTICAL DISTRIBUTORS
Contract price list - Community Health Center tier (340B not included)
Effective 01 July 2025. Prices per package. NDC shown 5-4-2.

NDC            Product                                          Pkg     Price
00093-5720-56  Buprenorphine/naloxone SL film 8 mg/2 mg          30      $61.20
12496-0100-01  Buprenorphine ER injection 100 mg/0.5 mL          1       $1,810.00
65162-0415-03  Naltrexone tablets 50 mg                          30      $38.75
00781-5185-31  Emtricitabine/tenofovir DF 200/300 mg tabs        30      $29.90
00378-3512-91  Sertraline tablets 50 mg                          90      $6.45
59762-0150-01  Lithium carbonate ER 300 mg                       100     $21.10
00591-0405-01  Medroxyprogesterone inj 150 mg/mL                 1       $14.60
50102-0220-30  Levonorgestrel 1.5 mg tablet                      1       $9.80
68180-0513-03  Lisinopril tablets 20 mg                          90      $3.15
00143-9503-10  Naloxone nasal spray 4 mg                         2       $44.00

Prices exclude freight. Minimum order $250. Controlled substances
(CII-CV) require a current DEA registration on file and CSOS ordering.
Questions: pricing desk 503-555-0117, pricing@cascade-rx.example.com
`
	badd(None, "trap-wholesale-drug-price-pdf",
		"wholesaler price list naming SUD, HIV, psychiatric and contraceptive drugs with NDCs; no patient", &Msg{
			From:    "Cascade Pharmaceutical Distributors <pricing@cascade-rx.example.com>",
			To:      "Purchasing <purchasing@eastgate-chc.example.org>",
			Subject: "FY26 contract pricing - CHC tier (PDF)",
			Root: mixed(
				text("Good afternoon,\n\nAttached is your updated contract price list, effective July 1.\nPlease note the buprenorphine ER price change.\n\nRegards,\nPricing Desk\n"),
				attach("application/pdf", "Cascade_CHC_price_list_FY26.pdf", pdfDoc("CHC contract pricing FY26", pdfLines(price), false)),
			),
		})

	badd(None, "trap-phq9-questionnaire-fhir",
		"FHIR Questionnaire definition for a depression screening form; no patient or response", &Msg{
			From:    "Integration Team <integrations@brightchart-ehr.example.com>",
			To:      "Clinical Informatics <informatics@oakmeadow-clinic.example.org>",
			Subject: "PHQ-9 Questionnaire resource for the new intake workflow",
			Root: mixed(
				text(`Hi Priya,

Here is the Questionnaire resource we will load into your tenant for the
behavioral health intake form. It is the definition only (no
QuestionnaireResponse). Scoring logic lives in the form engine.

Can you confirm the LOINC codes before Friday's build window?

Thanks,
Owen (BrightChart Integrations)
`),
				attachText("application/fhir+json", "Questionnaire-phq9.json", `{
  "resourceType": "Questionnaire",
  "id": "phq9-intake",
  "url": "https://fhir.brightchart-ehr.example.com/Questionnaire/phq9-intake",
  "version": "2.1.0",
  "status": "active",
  "title": "Patient Health Questionnaire (PHQ-9)",
  "code": [{"system": "http://loinc.org", "code": "44249-1", "display": "PHQ-9 quick depression assessment panel"}],
  "item": [
    {"linkId": "1", "text": "Little interest or pleasure in doing things", "type": "choice", "answerValueSet": "#phq-frequency"},
    {"linkId": "2", "text": "Feeling down, depressed, or hopeless", "type": "choice", "answerValueSet": "#phq-frequency"},
    {"linkId": "3", "text": "Trouble falling or staying asleep, or sleeping too much", "type": "choice", "answerValueSet": "#phq-frequency"},
    {"linkId": "9", "text": "Thoughts that you would be better off dead, or of hurting yourself", "type": "choice", "answerValueSet": "#phq-frequency"},
    {"linkId": "total", "text": "Total score", "type": "integer", "readOnly": true}
  ],
  "contained": [{
    "resourceType": "ValueSet", "id": "phq-frequency", "status": "active",
    "compose": {"include": [{"system": "http://loinc.org", "concept": [
      {"code": "LA6568-5", "display": "Not at all"},
      {"code": "LA6569-3", "display": "Several days"},
      {"code": "LA6570-1", "display": "More than half the days"},
      {"code": "LA6571-9", "display": "Nearly every day"}]}]}
  }]
}
`, "base64"),
			),
		})

	badd(None, "trap-hl7-analyzer-qc",
		"HL7 QC message from a chemistry analyzer with control lots only; no patient", &Msg{
			From:    "LIS Interface Monitor <lis-monitor@sunport-lab.example.com>",
			To:      "Chemistry Supervisors <chem-sup@sunport-lab.example.com>",
			Subject: "QC failure alert: analyzer CH-02, control level 2 glucose out of 2SD",
			Root: mixed(
				text(`Automated alert. Level 2 glucose control on CH-02 was 2.4 SD high at
06:12. Patient testing on CH-02 has been held by the middleware rule
QC-HOLD-07. The raw QC message is attached for troubleshooting.

Westgard rule violated: 1-2s (warning), then 2-2s across runs.
`),
				hl7Part("application/hl7-v2", "CH02_QC_20250514.hl7", hl7Text(`
MSH|^~\&|CH02|SUNPORT-CHEM|LIS|SUNPORT|20250514061200||OUL^R22|QC0514061200|P|2.5.1
SPM|1|QC-L2-250514||QC^Quality control material^HL70369
SAC|||CTRL-LOT-88213^ChemControl Level 2
OBR|1||QC0514-02|2345-7^Glucose^LN|||20250514061000
OBX|1|NM|2345-7^Glucose^LN||268|mg/dL|232-256|H|||F
OBX|2|NM|2951-2^Sodium^LN||141|mmol/L|136-144|N|||F
OBX|3|NM|2823-3^Potassium^LN||5.9|mmol/L|5.6-6.2|N|||F
`)),
			),
		})

	badd(None, "trap-brca-awareness-newsletter-b64",
		"base64 HTML newsletter on hereditary cancer risk and BRCA testing in general; no individual", &Msg{
			From:    "Juniper Women's Health <news@juniperwomens.example.com>",
			To:      "subscriber-list@juniperwomens.example.com",
			Subject: "October newsletter: what BRCA testing can and cannot tell you",
			Root: b64(html(`<!DOCTYPE html>
<html><body style="margin:0;font-family:Georgia,serif;color:#222">
<table width="100%" cellpadding="16"><tr><td style="background:#f4e9f2">
<h1 style="margin:0">Juniper Women's Health &mdash; October</h1></td></tr>
<tr><td>
<h2>Hereditary cancer risk: a plain-language guide</h2>
<p>About 1 in 400 people carries a harmful variant in the <i>BRCA1</i> or
<i>BRCA2</i> gene. Genetic testing is most useful when a close relative
had breast cancer before 50, ovarian cancer at any age, or male breast
cancer.</p>
<p>A <b>negative</b> result does not mean zero risk, and a
<b>variant of uncertain significance</b> is usually reclassified as
harmless. That is why we recommend genetic counselling before and after
testing.</p>
<h3>Mammogram Mondays</h3>
<p>Walk-in screening mammograms every Monday in October, 8&nbsp;AM to
noon. Most plans cover one screening per year.</p>
<p style="font-size:12px;color:#777">Juniper Women's Health &middot;
2200 Larkspur Ave, Suite 4, Fairmont, WV 26554 &middot; 304-555-0125<br>
You are receiving this because you subscribed at our front desk.
<a href="https://juniperwomens.example.com/unsub?u=7c1e9a">Unsubscribe</a></p>
</td></tr></table></body></html>
`)),
		})

	badd(None, "trap-prep-qp-newsletter",
		"community health newsletter announcing PrEP and HIV testing services in general; QP soft breaks, no individual", &Msg{
			From:    "Harborlight Community Health <outreach@harborlight-chc.example.org>",
			To:      "Harborlight Neighbors <neighbors@lists.harborlight-chc.example.org>",
			Subject: "Harborlight Health Notes - summer edition",
			Root: qpBreaks("text/plain", "utf-8", `HARBORLIGHT HEALTH NOTES — SUMMER

1) Free, confidential HIV testing every Wednesday, 2–7 pm. Results from
the rapid test in about 20 minutes. No appointment, no insurance needed.

2) Pre-exposure prophy¦laxis (PrEP) is a daily pill or an injection every
two months that lowers the chance of getting HIV by about 99% when taken
as prescribed. Ask any Harborlight provider whether PrEP is right for
you; our navigators can help with the cost.

3) Back-to-school shots: the vaccine clinic is open Saturdays in August.

4) We are hiring a bilingual community health worker (Spanish/Portuguese).

Harborlight Community Health · 18 Wharf St, New Bedford, MA 02740 · 508-555-0184
To stop receiving Health Notes, reply with "unsubscribe".
`),
		})

	var census strings.Builder
	census.WriteString("emp_no,age,sex,home_zip,coverage_tier,current_plan\n")
	tiers := []string{"EE", "EE+SP", "EE+CH", "FAM"}
	for i := 0; i < 21; i++ {
		fmt.Fprintf(&census, "%d,%d,%s,%05d,%s,%s\n", i+1, 23+(i*17)%41, []string{"F", "M"}[i%2], 30301+(i*7)%60, tiers[(i*3)%4], []string{"PPO 1500", "HMO 500", "waived"}[(i*5)%3])
	}
	badd(None, "trap-broker-census-quote",
		"insurance broker renewal quote with an anonymous employee census (ages, ZIPs, tiers); no health content", &Msg{
			From:    "Gwen Thackery <gwen@peachtree-benefits.example.com>",
			To:      "Robert Ansel <rob@anselwoodworks.example.com>",
			Subject: "Anselwoodworks 2026 group health renewal - census check + 3 options",
			Root: mixed(
				text(`Hi Rob,

The carrier released renewals today. Your current PPO 1500 is coming in
at +11.8%. I've marketed it and have three options for the Oct 14 call:

  A. Renew as is             $612.40 EE / $1,804.11 FAM per month
  B. PPO 2500 + HSA          $528.90 EE / $1,558.03 FAM
  C. Regional HMO 750        $497.15 EE / $1,464.55 FAM

Before I finalize, please check the attached census. It's the
carrier's format (no names). Two employees show as waived; if either
of them wants to enroll at renewal, tell me by the 10th.

Gwen Thackery | Peachtree Benefits Group
License #0419223 | 404-555-0108
`),
				attachText("text/csv", "census_anselwoodworks_2026.csv", census.String(), "7bit"),
			),
		})

	braw(None, "trap-coworker-birthday-dob",
		"office birthday card collection giving a coworker's date of birth; no health content", `
From: Tamsin Reyes <treyes@greenlawn-ortho.example.com>
To: Front Office <frontoffice@greenlawn-ortho.example.com>
Subject: Shh - card for Bernadette (DOB 08/14/1971, don't tell her I told you)

Hi all!

Bernadette in billing turns a very round number on Thursday (born
08/14/1971, she says it's a state secret). The card is in my top drawer
and I'm collecting $5 for cake from Sweet Crumb. Venmo or cash is fine.

We'll sing at 3:15 in the break room, after the last post-op check-in.
Please don't schedule over it!

Tamsin
Ext. 218
`)

	braw(None, "trap-vet-dental-reminder",
		"veterinary dental-cleaning reminder for a dog; the owner is named but no human health care", `
From: Maple Hollow Animal Hospital <reminders@maplehollowvet.example.com>
To: "Corinne Vasquez-Leal" <corinne.vl@mail.example.net>
Subject: Reminder: Biscuit's dental cleaning on Tue 4/22 at 7:30 AM

Hi Corinne,

This is a reminder that Biscuit (canine, Beagle mix, patient #P-20931)
is scheduled for a dental cleaning under anesthesia on Tuesday, April 22
at 7:30 AM with Dr. Halvorsen.

Before the procedure:
- No food after 10 PM the night before; water is fine until 6 AM.
- Give his usual carprofen in the morning with a tiny bit of food only
  if Dr. Halvorsen told you to.
- Plan to pick him up between 3 and 5 PM.

Estimate: $486-$712, depending on extractions. Pre-anesthetic bloodwork
is included.

Reply C to confirm or call 555-0153.

Maple Hollow Animal Hospital
`)

	billing := `Meridian Revenue Partners
Monthly performance report - Fairbanks Pediatric Associates
Reporting period: May 2025

Claims submitted                     1,284
Clean claim rate (first pass)        94.1%
Denial rate                           6.3%
Days in A/R (average)                 31.4
Net collection rate                  97.8%

Top denial reasons (count)
  CO-197 Precertification absent         22
  CO-16  Missing information             19
  CO-97  Bundled service                 14
  PR-1   Deductible                      11

Top CPT codes by volume
  99213  Office visit, est., low MDM       412
  99392  Preventive visit, age 1-4         188
  90460  Immunization admin, first comp    177
  87880  Rapid strep antigen                96

All figures are aggregate for the practice. No patient-level detail.
Prepared by: L. Ostrowski, Account Manager, 555-0129
`
	badd(None, "trap-billing-aggregate-monthly-pdf",
		"billing company monthly KPI report with CPT and denial counts; aggregate, no patient", &Msg{
			From:    "Lena Ostrowski <lostrowski@meridianrcm.example.com>",
			To:      "Practice Manager <manager@fairbanks-peds.example.org>",
			Subject: "May performance report - Fairbanks Pediatric Associates",
			Root: mixed(
				text("Hi Carol,\n\nMay's report is attached. Denials for missing precert went up again; I'd\nlike 20 minutes next week to walk through the payer portal changes.\n\nLena\n"),
				attach("application/pdf", "FPA_monthly_2025-05.pdf", pdfDoc("FPA monthly report May 2025", pdfLines(billing), false)),
			),
		})

	badd(None, "trap-formulary-tier-xml",
		"health plan formulary tier file in XML; drug names and tiers only", &Msg{
			From:    "Formulary Services <formulary@keystone-healthplan.example.com>",
			To:      "pharmacy-directors@list.example.net",
			Subject: "2026 formulary update file (XML) - effective 1/1/2026",
			Root: mixed(
				text("The 2026 formulary update is attached in the standard XML layout.\nChanges are marked with change=\"add\" or change=\"tier\".\n"),
				attachText("application/xml", "formulary_2026_update.xml", `<?xml version="1.0" encoding="UTF-8"?>
<formulary plan="KHP-Commercial" year="2026" version="3">
  <drug rxnorm="1664463" change="tier">
    <name>bictegravir/emtricitabine/tenofovir alafenamide</name>
    <tier>3</tier><priorAuth>false</priorAuth>
  </drug>
  <drug rxnorm="1716064" change="add">
    <name>buprenorphine extended-release injection</name>
    <tier>2</tier><priorAuth>false</priorAuth><note>PA removed for OUD per state law</note>
  </drug>
  <drug rxnorm="312938" change="none">
    <name>sertraline 50 MG oral tablet</name>
    <tier>1</tier><priorAuth>false</priorAuth>
  </drug>
  <drug rxnorm="1049221" change="tier">
    <name>oxycodone 5 MG oral tablet</name>
    <tier>2</tier><quantityLimit>42 per 30 days</quantityLimit>
  </drug>
  <drug rxnorm="748879" change="add">
    <name>levonorgestrel 52 MG intrauterine system</name>
    <tier>0</tier><note>no cost share (ACA preventive)</note>
  </drug>
</formulary>
`, "quoted-printable"),
			),
		})

	braw(None, "trap-law-firm-part2-webinar",
		"law firm webinar invitation on 42 CFR Part 2 and HIPAA changes; legal marketing, no individual", `
From: "Whitcombe & Larch LLP" <events@whitcombelarch.example.com>
To: "Compliance Officer" <compliance@lakeside-recovery.example.org>
Subject: Webinar 2/26: the new Part 2 rule - consent, redisclosure and breach notice

Dear Colleague,

The February 2026 compliance date for the revised 42 CFR Part 2 rule is
close. Join partners Helen Marsh and Devin Oduya for a 60-minute
webinar on what SUD treatment programs, behavioral health providers and
their business associates must change:

  - single consent for treatment, payment and health care operations
  - redisclosure by HIPAA-covered recipients
  - new breach notification duties and civil penalties
  - accounting of disclosures and the patient notice
  - what this means for your EHR vendor and HIE contracts

Wednesday, February 26, 12:00-1:00 PM ET. 1.0 CLE / CHC credit pending.
Register: https://whitcombelarch.example.com/events/part2-2026

This message is attorney advertising. Prior results do not guarantee a
similar outcome. Whitcombe & Larch LLP, 900 Commerce Square,
Philadelphia, PA 19103, 215-555-0140.
`)

	badd(None, "trap-bh-steering-committee-ics",
		"meeting invite for a behavioral health steering committee with aggregate screening metrics; no individual", &Msg{
			From:    "Dr. Anita Kowalski <akowalski@pinecrest-medgroup.example.org>",
			To:      "BH Steering Committee <bh-steering@pinecrest-medgroup.example.org>",
			Subject: "BH Steering Committee - Q3 review (depression screening & MAT access)",
			Root: alt(
				text(`Agenda
1. Depression screening rate, all sites: 71% (goal 80%)
2. Follow-up within 30 days of a positive screen: 58%
3. MAT access: 3 of 5 sites have an X-waiver-free buprenorphine prescriber
4. Collaborative care billing codes 99492-99494: Q3 volume
5. Suicide risk pathway refresh

Aggregate dashboards only; please don't bring patient lists.
`),
				&Part{CT: "text/calendar", Params: map[string]string{"charset": "utf-8", "method": "REQUEST"}, CTE: "7bit", Body: ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pinecrest//Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bhsc-2025q3-review@pinecrest-medgroup.example.org
DTSTAMP:20251001T130000Z
DTSTART:20251015T210000Z
DTEND:20251015T223000Z
SUMMARY:BH Steering Committee - Q3 review
LOCATION:Admin Building, Room 3C / video link in description
DESCRIPTION:Depression screening and MAT access metrics (aggregate).
ORGANIZER;CN=Anita Kowalski:mailto:akowalski@pinecrest-medgroup.example.org
END:VEVENT
END:VCALENDAR
`)},
			),
		})

	badd(None, "trap-haitian-creole-clinic-hours-latin1",
		"Haitian Creole ISO-8859-1 notice of new clinic hours and a vaccination day; no individual", &Msg{
			From:    "Klinik Sante Lakay <enfo@santelakay.example.org>",
			To:      "Manm kominote <kominote@santelakay.example.org>",
			Subject: "Nouvo lè klinik la ak jounen vaksen 12 oktòb",
			Root: textAs("text/plain", `Bonjou tout moun,

Apati 1ye oktòb, Klinik Santé Lakay ap ouvè:
  Lendi - Vandredi: 8è nan maten rive 6è diswa
  Samdi: 9è rive 1è

Jounen vaksen pou tout fanmi an: samdi 12 oktòb, 9è - 1è.
Vaksen grip, COVID ak vaksen timoun lekòl. Pa bezwen randevou.
Pote kat asirans ou si ou genyen youn; si ou pa genyen, nou la pou ou kanmèm.

Pou plis enfòmasyon, rele 305-555-0177.

Mèsi,
Ekip Klinik Santé Lakay
`, "iso-8859-1", "quoted-printable"),
		})

	badd(None, "trap-vietnamese-health-fair",
		"Vietnamese community health fair announcement (free blood pressure and glucose checks); no individual", &Msg{
			From:    "Trung Tâm Cộng Đồng Việt <sukien@vietcenter.example.org>",
			To:      "Hội viên <hoivien@vietcenter.example.org>",
			Subject: "Ngày hội sức khỏe miễn phí - Chủ nhật 18/5",
			Root: textAs("text/plain", `Kính gửi quý hội viên,

Trung Tâm Cộng Đồng Việt phối hợp với Phòng khám Bình An tổ chức
NGÀY HỘI SỨC KHỎE MIỄN PHÍ:

  Thời gian: Chủ nhật 18/5/2025, 9 giờ sáng – 2 giờ chiều
  Địa điểm: 1450 Đường Bolsa, Westminster, CA 92683

  • Đo huyết áp và đường huyết miễn phí
  • Tư vấn về bệnh tiểu đường và cao huyết áp
  • Chích ngừa cúm cho người lớn tuổi
  • Hướng dẫn đăng ký bảo hiểm Medi-Cal

Không cần hẹn trước. Có thông dịch viên tiếng Việt.
Thắc mắc xin gọi 714-555-0163.

Trân trọng,
Ban Tổ Chức
`, "utf-8", "quoted-printable"),
		})

	badd(None, "trap-russian-lis-release-cp1251",
		"Russian windows-1251 release notes for laboratory software (field names, no patient)", &Msg{
			From:    "ЛабСофт Поддержка <support@labsoft.example.ru.test>",
			To:      "IT Lab <it-lab@sunport-lab.example.com>",
			Subject: encWord(cyr("Выпуск ЛабСофт ЛИС 7.3 — список изменений"), "windows-1251", 'B'),
			Root: textAs("text/plain", cyr(`Уважаемые коллеги!

Вышла версия ЛабСофт ЛИС 7.3. Основные изменения:

1. Новое поле «Номер медицинской карты» в карточке образца,
   проверка формата MRN (8 цифр) и даты рождения при регистрации.
2. Поддержка HL7 2.5.1: сегменты PID, OBR, OBX, SPM.
3. Исправлена ошибка печати штрихкодов на принтерах Zebra.
4. Ускорена выгрузка отчётов контроля качества (Westgard).

Обновление бесплатно для клиентов с действующей поддержкой.
Заявка № 7731-Р. Телефон поддержки: +7 495 555-01-42.

С уважением,
Команда ЛабСофт
`), "windows-1251", "quoted-printable"),
			Hdr: [][2]string{{"X-Mailer", "LabSoft Notifier 2.0"}},
		})

	badd(None, "trap-chinese-flu-shot-promo-b64",
		"Chinese pharmacy promotion for flu shots and a senior discount day, base64 UTF-8; no individual", &Msg{
			From:    "康宁药房 <promo@kangning-pharmacy.example.com>",
			To:      "会员 <members@kangning-pharmacy.example.com>",
			Subject: "康宁药房：流感疫苗已到货，周三长者九折",
			Root: b64(textAs("text/plain", `尊敬的会员：

2025-2026 季节流感疫苗现已到货！

  • 无需预约，药剂师现场接种
  • 大多数保险可全额报销
  • 65 岁以上长者可接种高剂量疫苗

每周三为"长者日"，非处方商品九折优惠（处方药除外）。

营业时间：周一至周六 9:00–20:00，周日 10:00–17:00
地址：旧金山市 Clement 街 628 号，邮编 94118
电话：415-555-0126

康宁药房 敬上
`, "utf-8", "")),
		})

	braw(None, "trap-korean-volunteer-recruit",
		"Korean hospital volunteer recruitment notice; no individual", `
From: 한빛병원 자원봉사팀 <volunteer@hanbit-hospital.example.org>
To: 지역 주민 <community@hanbit-hospital.example.org>
Subject: [모집] 한빛병원 외래 안내 자원봉사자 모집 (3월~6월)

안녕하십니까, 한빛병원 자원봉사팀입니다.

외래 진료 안내와 휠체어 이동을 도와주실 자원봉사자를 모집합니다.

  - 활동 기간: 2025년 3월 ~ 6월 (주 1회, 4시간)
  - 활동 내용: 외래 접수 안내, 진료과 위치 안내, 휠체어 이동 보조
  - 자격: 만 18세 이상, 한국어와 영어 가능자 우대
  - 혜택: 봉사 시간 인증서, 병원 식당 식권 제공

신청 방법: 첨부 신청서를 작성하여 이메일로 보내 주시거나
자원봉사팀(213-555-0139)으로 연락 주십시오.

감사합니다.
`)

	braw(None, "trap-arabic-ramadan-hours",
		"Arabic clinic notice of Ramadan opening hours; no individual", `
From: عيادة النخيل <info@alnakheel-clinic.example.org>
To: المراجعين الكرام <patients-list@alnakheel-clinic.example.org>
Subject: مواعيد العمل خلال شهر رمضان المبارك

المراجعون الكرام،

تهنئكم عيادة النخيل بحلول شهر رمضان المبارك، ونود إعلامكم بمواعيد العمل خلال الشهر الفضيل:

  من الأحد إلى الخميس: من الساعة 10 صباحاً حتى 4 عصراً
  ومن الساعة 9 مساءً حتى 12 منتصف الليل
  الجمعة والسبت: مغلق

الصيدلية ومختبر التحاليل يعملان بنفس المواعيد.
للحجز والاستفسار يرجى الاتصال على الرقم 555-0118.

رمضان كريم،
إدارة عيادة النخيل
`)

	inner := rawInner(`
From: Diabetes Educators Network <newsletter@den-cme.example.org>
To: Frank Oyelowo <foyelowo@westbrook-im.example.org>
Subject: DEN Monthly: CGM in type 2, new A1c targets for older adults
Date: Mon, 03 Mar 2025 07:00:00 -0500

DEN MONTHLY - MARCH

* Continuous glucose monitoring for people with type 2 diabetes on
  basal insulin: what the latest trials show about A1c and time in range.
* Updated consensus: relax A1c targets (< 8.0%) for frail older adults.
* GLP-1 shortages: practical substitution tables for your clinic.
* Free CME: "Insulin titration made simple" (1.0 credit).

You are receiving DEN Monthly as a member. Manage preferences at
https://den-cme.example.org/prefs
`)
	badd(None, "trap-forwarded-cme-newsletter",
		"forward of a diabetes education newsletter as message/rfc822; general content, no individual", &Msg{
			From:    "Frank Oyelowo <foyelowo@westbrook-im.example.org>",
			To:      "Westbrook Nurses <nurses@westbrook-im.example.org>",
			Subject: "Fwd: DEN Monthly: CGM in type 2, new A1c targets for older adults",
			Root: mixed(
				text("Worth a read before our diabetes huddle on Thursday, especially the part on\nA1c targets for older adults. - Frank\n"),
				rfc822(inner),
			),
		})

	braw(None, "trap-signature-npi-dea-staff",
		"staff note about the sample closet; NPI, DEA and phones belong to the sender's signature", fmt.Sprintf(`
From: "Dr. Lucia Barrientos" <lbarrientos@willowcreek-peds.example.org>
To: Willow Creek Staff <staff@willowcreek-peds.example.org>
Subject: Sample closet - please log what you take

Hi everyone,

Quick one: the sample closet count was off again this month. Please
use the clipboard log when you take inhaler or allergy samples, even
for a single box. Expired samples go in the grey bin, not the trash.

Also, the vaccine fridge alarm is set to text me now, so if it goes
off at night you don't need to call the practice line.

Thanks!
Lucia

--
Lucia Barrientos, MD, FAAP
Willow Creek Pediatrics | 77 Birchmont Dr, Eugene, OR 97401
NPI %s | DEA %s
Office 541-555-0104 | Cell 541-555-0187 | Fax 541-555-0105

CONFIDENTIALITY NOTICE: This e-mail may contain protected health
information. If you are not the intended recipient, please delete it
and notify the sender.
`, npi("130582941"), dea("BB", "482915")))

	braw(None, "trap-wire-instructions-supplier",
		"supplier invoice with bank routing and account numbers; finance mail, no health content", `
From: Accounts Receivable <ar@pinnacle-orthotics.example.com>
To: Accounts Payable <ap@summit-rehab.example.org>
Subject: Invoice INV-50237 and updated remittance details

Hello,

Please find our invoice details below. Note that our bank details have
changed effective this month; please update your vendor record.

  Invoice:       INV-50237   Date: 09/02/2025   Due: 10/02/2025
  Customer no.:  C-11894 (Summit Rehabilitation Group)
  Amount due:    $7,482.60

  Items: 40 x knee braces (hinged, universal), 25 x lumbar supports,
         60 x wrist splints, restocking fee waived

  Remit by ACH to:
    Bank:         Cedar Valley Bank (example)
    Routing no.:  011000015
    Account no.:  4401 2287 9930
    Reference:    INV-50237

To confirm the change, call us at 555-0111 (do not use a number
sent by e-mail from anyone else).

Pinnacle Orthotics Supply, Accounts Receivable
`)

	badd(None, "trap-member-newsletter-flu-covered",
		"health plan member newsletter about covered preventive services, generic 'your plan' wording; no individual", &Msg{
			From:    "Keystone Health Plan <members@keystone-healthplan.example.com>",
			To:      "member-news@keystone-healthplan.example.com",
			Subject: "Your plan covers flu shots at $0 - plus 3 other benefits you may not use",
			Root: alt(
				text(`Flu season is here. Your Keystone plan covers a flu shot at no cost at
any in-network pharmacy or doctor's office. Just bring your member ID card.

Three more benefits members often miss:
1. Nurse line, 24/7: 1-800-555-0150
2. Virtual visits for $0 copay on most plans
3. Diabetes prevention program (free for eligible members)

Questions about your benefits? Call the number on the back of your ID card.
`),
				html(`<html><body><h2>Your plan covers flu shots at $0</h2>
<p>Flu season is here. Your Keystone plan covers a flu shot at no cost at any
in-network pharmacy or doctor's office. Just bring your member ID card.</p>
<ol><li>Nurse line, 24/7: 1-800-555-0150</li><li>Virtual visits for $0 copay on most plans</li>
<li>Diabetes prevention program (free for eligible members)</li></ol>
<p style="font-size:11px">Keystone Health Plan, PO Box 5500, Harrisburg, PA 17105</p></body></html>`),
			),
		})

	braw(None, "trap-school-nurse-lice-notice",
		"school nurse letter to all parents of a class about head lice in general; no child identified", `
From: Nurse Okafor <nurse.okafor@brookside-elem.example.k12.test>
To: Room 14 Families <room14-families@brookside-elem.example.k12.test>
Subject: Head lice notice - Room 14 (2nd grade)

Dear Room 14 families,

A case of head lice was reported in your child's classroom. This is
common in young children and is not a sign of poor hygiene. No names
are shared, and no child has been sent home.

Please check your child's hair tonight and again in a week. Look
behind the ears and at the back of the neck for nits (small white or
grey specks stuck to the hair). If you find live lice, over-the-counter
treatments work well; call me if you have questions.

Reminder: flu shot consent forms for the school clinic are due Friday.

Ms. Adaeze Okafor, BSN, RN
School Nurse, Brookside Elementary | 555-0124
`)

	braw(None, "trap-ehr-release-notes-fields",
		"EHR vendor release notes mentioning MRN, DOB, PID-3 and SSN fields in configuration; no patient", `
From: BrightChart Release Management <releases@brightchart-ehr.example.com>
To: BrightChart Customer Admins <admins@lists.brightchart-ehr.example.com>
Subject: BrightChart 24.3 release notes (production rollout Nov 9)

BrightChart 24.3 - release notes

Registration
- MRN formatter now supports 10-digit MRNs with a leading facility
  prefix (config key registration.mrn.pattern = "^[0-9]{10}$").
- Date of birth is validated against the age limits set per service
  line; DOB in the future is rejected.
- SSN field can be hidden entirely (registration.ssn.visible=false).
  Existing values stay masked as ***-**-1234 in the audit view.

Interfaces
- Outbound ADT now puts the enterprise ID in PID-3 repetition 1 and
  the local MRN in repetition 2. Check your downstream mappings.
- HL7 ACK timeout default raised from 30 s to 60 s.

Clinical
- Problem list search now matches ICD-10-CM synonyms (e.g. "sugar
  diabetes" finds E11.9).
- Medication reconciliation screen: new "unable to obtain" reason.

Known issues: KI-24301 (print preview clipping in Safari).
Ticket references: BC-88120, BC-88191, BC-88244.
`)

	braw(None, "trap-deid-study-dataset-summary",
		"research coordinator summary of a de-identified dataset with age bands and counts; no individual", `
From: Marisol Ferrante <mferrante@riverstate-med.example.edu.test>
To: Study Team <copd-readmit-team@riverstate-med.example.edu.test>
Subject: COPD readmission study - de-identified extract v3 is ready

Hi team,

The honest broker delivered extract v3 (Safe Harbor de-identified, IRB
#2024-0871). Quick summary before Monday's meeting:

  Index admissions               412
  30-day readmissions             77  (18.7%)
  Age band 40-64 / 65-79 / 80+   121 / 208 / 83
  Home oxygen at discharge       39%
  Mean length of stay            4.6 days (SD 2.9)

Dates are shifted and ZIPs truncated to 3 digits; ages over 89 are
grouped. Row-level data is on the research drive under
/copd_readmit/extract_v3/ only; please do not e-mail it.

Marisol
Research Coordinator, Pulmonary | 555-0191
`)

	braw(None, "trap-infusion-display-name-catering",
		"'Oncology Infusion' display name ordering staff lunch from a caterer; no patient", `
From: "Oncology Infusion Center - Scheduling" <infusion-sched@stcaspian.example.org>
To: Orders <orders@greenfork-catering.example.com>
Subject: Lunch order for Friday 11/7 - 18 people

Hi Greenfork,

Please deliver lunch for our staff appreciation day on Friday 11/7 at
11:45 to the Infusion Center break room (Pavilion B, 2nd floor, use the
staff entrance on Wren St).

  - 2 trays chicken shawarma, 1 tray falafel (vegan)
  - 1 large Greek salad, dressing on the side
  - 18 baklava, 2 gallons lemonade

Invoice to cost center 6120-ONC. PO to follow.

Thanks,
Ruth (scheduling desk)
555-0196
`)

	braw(None, "potluck-signup",
		"office potluck sign-up; no health or identifiers", `
From: Yusuf Demir <ydemir@harbor-pt.example.com>
To: Harbor PT Team <team@harbor-pt.example.com>
Subject: Friendsgiving potluck sign-up

Hey team,

Friendsgiving is Wed 11/26 at 12:30 in the gym (we'll move the mats).
Sign up on the sheet by the fridge. So far we have:

- Yusuf: turkey sliders
- Kim: mac and cheese (two kinds, one gluten free)
- Raul: tamales
- Ana: pumpkin bread

We need drinks, a salad and plates. Bring a container for leftovers!

Y.
`)

	braw(None, "password-expiry-notice",
		"automated password expiry notice; IT mail, no health content", `
From: Identity Services <no-reply@idm.northvale-health.example.org>
To: Kareem Haddad <khaddad@northvale-health.example.org>
Subject: Your network password expires in 5 days

Hello Kareem,

Your Northvale Health network password will expire on 12/05/2025.

Change it now at https://password.northvale-health.example.org from a
hospital computer or through the VPN. Passwords must be at least 14
characters and may not reuse your last 12.

If you did not expect this message, do not click any links; call the
Service Desk at ext. 4-4357.

Northvale Health Identity Services
`)

	braw(None, "lease-renewal-law-firm",
		"attorney letter about a clinic's office lease renewal; no health content", `
From: Priya Raman <praman@oakbridge-law.example.com>
To: Dr. Samuel Whitcombe <swhitcombe@lindenpark-dental.example.com>
Subject: Lease renewal - 1180 Linden Park Blvd, Suite 3 (redline attached next)

Dear Dr. Whitcombe,

I have reviewed the landlord's proposed five-year renewal. Key points:

1. Base rent rises 3.5% per year; I suggest countering at 2.75% with a
   cap on common-area maintenance charges.
2. The relocation clause (section 14.2) lets the landlord move you to
   "comparable space" on 60 days' notice. For a dental practice with
   plumbed operatories this is not acceptable; we should strike it.
3. The renewal option for a further five years should be added.

I will send the redline tomorrow. Please let me know if you want to
discuss before I send it to the landlord's counsel.

Best regards,
Priya Raman
Oakbridge Law Group | 555-0145
`)

	braw(None, "foundation-gala-sponsors",
		"hospital foundation gala sponsorship update; fundraising, no individual health content", `
From: Beatrix Lowell <blowell@cedarsfoundation.example.org>
To: Gala Committee <gala-committee@cedarsfoundation.example.org>
Subject: Gala sponsors update - we passed $410k!

Dear committee,

With the Harlan Family and Northpoint Credit Union joining as Gold
sponsors, we have passed $410,000 toward the new pediatric wing. Table
sales are at 38 of 45.

To do this week:
- Confirm auction items with donors (list in the shared folder)
- Chase the 6 outstanding sponsor logos for the program
- Final headcount to the venue by Friday

The Gala is Saturday, May 17, at the Riverside Pavilion. Black tie
optional.

Warmly,
Beatrix
Director of Events, Cedars Foundation
`)

	braw(None, "webinar-recording-links",
		"vendor follow-up with webinar recording links; marketing, no health content", `
From: Claimwise Events <events@claimwise.example.com>
To: Theo Marchetti <theo@fairbanks-peds.example.org>
Subject: Recording: "Cutting denials with real-time eligibility"

Hi Theo,

Thanks for registering for yesterday's session. If you missed part of
it, the recording and slides are here:

  Recording (48 min): https://claimwise.example.com/webinars/rte-2025
  Slides (PDF):       https://claimwise.example.com/webinars/rte-2025/slides

Our next session is on prior authorization automation, Oct 21.

Best,
The Claimwise Team
`)

	braw(None, "travel-reimbursement-policy",
		"HR policy update on travel reimbursement; no health content", `
From: Human Resources <hr@bayshore-regional.example.org>
To: All Staff <allstaff@bayshore-regional.example.org>
Subject: Updated travel & conference reimbursement policy (HR-114)

Colleagues,

Policy HR-114 (Travel and Conference Reimbursement) has been updated,
effective January 1:

- Mileage rate: $0.70 per mile, business miles only
- Meal per diem: $64 (domestic), breakfast and lunch on travel days
- Conference registration must be pre-approved by your director
- Receipts over $25 are required; submit within 60 days

The full policy is on the intranet under HR > Policies. Questions can
go to your HR business partner.

Human Resources, Bayshore Regional Medical Center
`)
}
