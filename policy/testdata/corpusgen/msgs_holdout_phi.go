package main

import (
	"fmt"
	"strings"
)

// holdoutPhi: differently written PHI messages (other senders, conditions,
// phrasing and structures) kept to check generalisation.
func holdoutPhi() {
	raw(H, Phi, "gout-flare-uric-acid", `From: "Dr. Ifeanyi Obi" <iobi@juniper-valley-health.example.org>
To: "Harlan Voss" <hvoss@example.com>
Subject: About your uric acid

Harlan,

Your uric acid came back at 9.6 mg/dL, and with the swollen big toe you had
on Tuesday that fits a gout attack. Keep taking the colchicine 0.6 mg
twice a day until the pain is gone. Once it settles (give it about two
weeks), we'll start allopurinol 100 mg and go up slowly, aiming for a uric
acid under 6. Go easy on beer and red meat in the meantime.

Ifeanyi Obi, MD - Juniper Valley Health, internal medicine
`)

	raw(H, Phi, "kidney-stone-ct-urology", `From: "Tidewater Urology" <nurses@tidewater-urology.example.com>
To: "Corinne Blake" <cblake@example.net>
Subject: CT results and your lithotripsy date

Hello Ms. Blake,

The CT from 09/22 shows a 7 mm stone in the left ureter with mild
swelling of the kidney. Dr. Sandoval recommends shock-wave lithotripsy.
We have you down for Friday 10/03 at Tidewater Surgery Center, arrival
6:45 AM. Keep taking tamsulosin 0.4 mg nightly, and for pain use
ibuprofen 600 mg every 6 hours with food.

Account 5521-0098. Call 757-555-0134 with questions.
`)

	raw(H, Phi, "migraine-botox-auth", `From: "Marigold Health Plan - Pharmacy" <pharmacy@marigold-healthplan.example.com>
To: "Copperleaf Neurology" <neuro-auth@copperleaf-mg.example.com>
Subject: Authorization 88-41207 approved

Member: Yesenia Ruiz, DOB 1990-05-30, member number MHP-00822917
Approved: onabotulinumtoxinA 155 units every 12 weeks (J0585 x 200 units,
CPT 64615) for chronic migraine, G43.709, through 2026-09-30.
Prescriber: Dr. Paul Eriksen, NPI 1430719652.
`)

	add(H, Phi, "hl7-siu-qp-text-attachment", &Msg{
		From:    `"Scheduling Interface" <siu@fairhaven-hospital.example.org>`,
		To:      `"Dialysis Vendor" <inbound@renalcare-partners.example.com>`,
		Subject: "SIU feed sample for go-live",
		Root: mixed(text("Per your request, one real scheduling message from the test window.\n"),
			func() *Part {
				p := attachText("text/plain", "siu_s12.txt", string(hl7(
					`MSH|^~\&|FH_SCHED|FAIRHAVEN|RCP|RENALCARE|20250915073005||SIU^S12|FH-SIU-00917|P|2.5`,
					`SCH|55120|55120||||ROUTINE|DIALYSIS||240|min|^^240^20250916060000^20250916100000`,
					`PID|1||FH7730219^^^FH^MR||OKONJO^BENEDICT^T||19520304|M|||3 Bay Rd^^Fairhaven^MA^02719||5085550152`,
					`DG1|1||N18.6^End stage renal disease^I10`,
					`AIL|1||DIALYSIS^CHAIR 7^FH`,
					`AIP|1||1588207419^MENON^LATA|NEPHROLOGY`)), "quoted-printable")
				p.Exact = true
				return p
			}()),
	})

	add(H, Phi, "csv-semicolon-member-list", &Msg{
		From:    `"Care Management" <cm@marigold-healthplan.example.com>`,
		To:      `"Copperleaf Medical Group" <quality@copperleaf-mg.example.com>`,
		Subject: "Gaps in care - your attributed members",
		Root: mixed(text("Please find the quarterly gaps-in-care file for your attributed members.\n"),
			attachText("text/csv", "gaps_in_care_Q3.csv", gapsCSV(22), "quoted-printable")),
	})

	add(H, Phi, "fhir-medication-request", &Msg{
		From:    `"eRx Gateway" <gateway@juniperhealth-it.example.net>`,
		To:      `"Northwind Pharmacy" <erx@northwind-pharmacy.example.com>`,
		Subject: "Order 7b2d",
		Root: mixed(text(""), attach("application/fhir+json; fhirVersion=4.0", "order.json", []byte(`{
  "resourceType": "MedicationRequest",
  "id": "mr-7b2d",
  "status": "active",
  "intent": "order",
  "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "966222", "display": "levothyroxine sodium 0.075 MG Oral Tablet"}]},
  "subject": {"reference": "Patient/jv-55812", "display": "Noor Al-Sayed"},
  "authoredOn": "2025-09-18",
  "requester": {"display": "Ifeanyi Obi, MD", "identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1588207419"}},
  "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E03.9", "display": "Hypothyroidism, unspecified"}]}],
  "dosageInstruction": [{"text": "1 tablet by mouth every morning on an empty stomach"}],
  "dispenseRequest": {"quantity": {"value": 90}, "numberOfRepeatsAllowed": 3}
}
`))),
	})

	add(H, Phi, "ccda-base64-referral-note", &Msg{
		From:    `"HISP Relay" <relay@juniper-valley.direct.example.org>`,
		To:      `"Tidewater Orthopedics" <referrals@tidewater-ortho.direct.example.org>`,
		Subject: "Direct message 4471",
		Root: mixed(text("Sent via Direct. One document.\n"), attach("text/xml", "4471.xml", []byte(`<?xml version="1.0"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
  <id root="1.2.3.999" extension="RN-4471"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Referral Note</title>
  <effectiveTime value="20250911"/>
  <recordTarget><patientRole>
    <id root="1.2.3.999.1" extension="JV-0041193"/>
    <patient><name><given>Corinne</given><family>Blake</family></name><birthTime value="19711203"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section>
    <title>Reason for Referral</title>
    <text>Osteoporosis with T-score -3.1 at the femoral neck (M81.0) and a low-trauma wrist fracture in July. Please evaluate for zoledronic acid vs denosumab.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
`))),
	})

	add(H, Phi, "ics-dermatology-vtimezone", &Msg{
		From:    `"Copperleaf Dermatology" <derm-scheduling@copperleaf-mg.example.com>`,
		To:      `"Harlan Voss" <hvoss@example.com>`,
		Subject: "Your visit",
		Root: mixed(alt(text("Add this visit to your calendar.\n"), html("<p>Add this visit to your calendar.</p>\n")),
			attach("text/calendar", "visit.ics", ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Copperleaf//Appointments//EN
BEGIN:VTIMEZONE
TZID:America/Boise
BEGIN:STANDARD
DTSTART:20251102T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:cmg-derm-20251105-0815-voss@copperleaf-mg.example.com
DTSTAMP:20251020T160000Z
DTSTART;TZID=America/Boise:20251105T081500
DTEND;TZID=America/Boise:20251105T084500
SUMMARY:Mohs surgery consult - basal cell carcinoma left nose (H. Voss)
DESCRIPTION:Patient: Harlan Voss\, DOB 1958-07-21. Biopsy 10/02 showed nodular basal cell carcinoma. Stop fish oil 5 days before.
LOCATION:Copperleaf Dermatology\, 6601 Copper Ln\, Suite 300
END:VEVENT
END:VCALENDAR
`))),
	})

	add(H, Phi, "pdf-multipage-eob-flate", &Msg{
		From:    `"Marigold Health Plan" <documents@marigold-healthplan.example.com>`,
		To:      `"Benedict Okonjo" <bokonjo@example.net>`,
		Subject: "A new document is available",
		Root: mixed(text("A new document is available in your account. A copy is attached for your records.\n"),
			attach("application/pdf", "document_2025-09.pdf", pdfDoc("Member document", eobLines(), true))),
	})

	add(H, Phi, "pdf-plain-colonoscopy-name-only-filename", &Msg{
		From:    `"Riverside GI Endoscopy" <endo-reports@riverside-gi.example.com>`,
		To:      `"Juniper Valley Health" <inbox@juniper-valley-health.example.org>`,
		Subject: "procedure report",
		Root: mixed(text("fyi\n"), func() *Part {
			p := attach("application/pdf", "", pdfDoc("Procedure report", pdfLines(`RIVERSIDE GI ENDOSCOPY CENTER - PROCEDURE REPORT
Patient: Chris Okafor       DOB: 02/09/1978     Acct: RGI-448210
Procedure: Colonoscopy with polypectomy (45385)   Date: 09/04/2025
Indication: screening, family history of colon cancer (Z80.0)
Findings: two 6 mm tubular adenomas in the sigmoid colon, removed with
cold snare. Small internal hemorrhoids.
Recommendation: repeat colonoscopy in 5 years.`), false))
			p.Params["name"] = "Okafor_Chris_1978-02-09_colonoscopy_polyps.pdf"
			p.Disp = ""
			return p
		}()),
	})

	add(H, Phi, "rfc2231-utf8-filename-thyroid", &Msg{
		From:    `"Praxis Dr. Weber-Lang" <praxis@weber-lang.example.de.test>`,
		To:      `"Nuklearmedizin Nord" <anmeldung@nuk-nord.example.de.test>`,
		Subject: "Überweisung",
		Root: mixed(text("Sehr geehrte Damen und Herren,\n\nanbei wie besprochen.\n\nMit freundlichen Grüßen\nPraxis Dr. Weber-Lang\n"),
			attach("application/pdf", "Überweisung_Müller_Jürgen_1966-03-02_Schilddrüsenknoten.pdf", pdfDoc("Ueberweisung", pdfLines(`Praxis Dr. Weber-Lang
Anhang`), true))),
	})

	add(H, Phi, "nested-forward-two-levels", &Msg{
		From:    `"Practice Manager" <pm@atlas-dental.example.com>`,
		To:      `"Dr. Sofia Lindgren" <slindgren@atlas-dental.example.com>`,
		Subject: "Fwd: Fwd: billing question",
		Root: mixed(text("Can you confirm the code? See the chain.\n"), rfc822(&Msg{
			From:    `"Front Desk" <front@atlas-dental.example.com>`,
			To:      `"Practice Manager" <pm@atlas-dental.example.com>`,
			Subject: "Fwd: billing question",
			Date:    "Mon, 15 Sep 2025 09:03:00 -0600",
			Root: mixed(text("Patient email below.\n"), rfc822(rawInner(`From: "Teodora Vlahos" <tvlahos@example.org>
To: "Atlas Dental" <front@atlas-dental.example.com>
Subject: billing question
Date: Sun, 14 Sep 2025 20:15:00 -0600
Message-ID: <tv-20250914@example.org>

Hello, I was charged $310 for the extraction of my wisdom tooth (#17) on
9/2 but my insurance says it was billed as a surgical extraction D7240 and
they only cover D7210. My date of birth is 06/25/1989 and my subscriber ID
is ADL-7740921. Can you fix it?

Teodora Vlahos
`))),
		})),
	})

	add(H, Phi, "html-split-tags-mbi", &Msg{
		From:    `"Evergold Medicare Advantage" <care@evergold-ma.example.com>`,
		To:      `"Benedict Okonjo" <bokonjo@example.net>`,
		Subject: "Your dialysis transportation benefit",
		Root: alt(text("Please view this message in HTML.\n"), html(`<div style="font:14px Tahoma">
<p>Dear <span class="nm">Benedict&nbsp;Okonjo</span>,</p>
<p>Your MBI: <span>7</span><span>HK</span><span>2</span>-<b>XN</b>5-<b>AC</b><i>38</i></p>
<p>We approved round-trip rides to <em>hemodialysis</em> three times a week (Mon/Wed/Fri) at Fairhaven Dialysis, chair 7, starting 09/16/2025.
Diagnosis on file: end-stage renal disease (N18.<span>6</span>).</p>
<p>Ride line: 1-800-555-0174</p>
</div>
`)),
	})

	add(H, Phi, "qp-breaks-dob-and-drug", &Msg{
		From:    `"Northwind Pharmacy" <pharmacist@northwind-pharmacy.example.com>`,
		To:      `"Dr. Paul Eriksen" <periksen@copperleaf-mg.example.com>`,
		Subject: "Interaction alert",
		Root: qpBreaks("text/html", "utf-8", `<html><body><p>Dr. Eriksen,</p>
<p>Your patient Yesenia Ruiz (date of birth 05/¦30/1990) was prescribed topira¦mate 50 mg for migraine prevention. She also fills hydro¦chlorothiazide 25 mg here; together they raise the risk of kidney stones and low potassium. Please advise.</p>
<p>Rx 7710-¦4482 is on hold until we hear from you.</p>
<p>Northwind Pharmacy, 208-555-0113</p></body></html>
`),
	})

	add(H, Phi, "subject-only-empty-body-crohns", &Msg{
		From:    `"Dr. Lata Menon" <lmenon@fairhaven-hospital.example.org>`,
		To:      `"GI Fellows" <gi-fellows@fairhaven-hospital.example.org>`,
		Subject: "Bed 9 Okonjo (MRN FH7730219) - Crohn's flare, start IV methylpred, hold infliximab pending TB test",
		Root:    mixed(text("")),
	})

	add(H, Phi, "base64-html-glaucoma", &Msg{
		From:    `"Clearwater Eye Institute" <portal@clearwater-eye.example.com>`,
		To:      `"Marguerite Lindsey" <mlindsey@example.org>`,
		Subject: "Visit summary",
		Root: b64(html(`<html><body>
<h3>Visit summary &ndash; 10/07/2025</h3>
<p>Patient: Marguerite Lindsey &middot; Chart 00-71195</p>
<p>Eye pressures: 27 mmHg right, 24 mmHg left. Optic nerve cupping has increased. Diagnosis: primary open-angle glaucoma, both eyes (H40.1133).</p>
<p>New: latanoprost 0.005% one drop in both eyes at bedtime. Visual field test in 3 months.</p>
</body></html>
`)),
	})

	add(H, Phi, "windows1252-german-discharge", &Msg{
		From:    `"Klinikum Süd - Entlassmanagement" <entlassung@klinikum-sued.example.de.test>`,
		To:      `"Hausarztpraxis Brandt" <praxis@hausarzt-brandt.example.de.test>`,
		Subject: "Entlassbrief: Frau Gertrud Hoffmann, geb. 11.11.1939",
		Root: textAs("text/plain", `Sehr geehrter Herr Kollege Brandt,

wir berichten über Ihre Patientin Frau Gertrud Hoffmann, geb. 11.11.1939,
die vom 02.09. bis 09.09.2025 stationär bei uns behandelt wurde.

Diagnosen: Vorhofflattern mit schneller Überleitung (I48.4), Exsikkose.
Therapie: elektrische Kardioversion am 04.09. – erfolgreich.
Entlassmedikation: Apixaban 2,5 mg 1–0–1, Bisoprolol 2,5 mg 1–0–0.

Bitte Kontrolle von Kreatinin und Kalium in einer Woche.

Mit freundlichen Grüßen
Dr. med. Jonas Keller, Oberarzt Kardiologie
`, "windows-1252", "quoted-printable"),
	})

	raw(H, Phi, "dutch-lab-uitslag", `From: "Huisartsenpraktijk De Linde" <assistente@praktijk-delinde.example.nl.test>
To: "Pieter de Vries" <pdevries@example.nl.test>
Subject: Uitslag van uw bloedonderzoek

Beste meneer De Vries,

De uitslag van uw bloedonderzoek van 14 oktober is binnen. Uw
schildklierwaarde (TSH) is 8,9 mU/l en uw vrij T4 is verlaagd. Dit past bij
een te langzaam werkende schildklier. De huisarts, dokter Bakker, schrijft
levothyroxine 50 microgram voor. Over 6 weken controleren we uw bloed
opnieuw.

Geboortedatum in ons dossier: 03-05-1961.

Met vriendelijke groet,
Praktijk De Linde, 020-555-0147
`)

	raw(H, Phi, "chinese-utf8-appointment", `From: "Golden Gate Community Clinic" <yuyue@ggcc.example.org>
To: "Chen Meiling" <chenmeiling@example.net>
Subject: 陈美玲女士：您的复诊预约提醒

陈美玲女士您好：

提醒您下周二（10月14日）上午10:30到本诊所内分泌科复诊，
医生：刘医生。请空腹前来，我们将为您抽血检查糖化血红蛋白（上次为 8.4%）。
请带上您正在服用的药物（二甲双胍、格列美脲）。

病历号：GG-330918
如需改期，请致电 415-555-0161。
`)

	raw(H, Phi, "tagalog-appointment-reminder", `From: "Bayanihan Family Clinic" <paalala@bayanihan-clinic.example.org>
To: "Rosario Dela Cruz" <rdelacruz@example.net>
Subject: Paalala: ang iyong appointment sa Huwebes

Magandang araw, Gng. Rosario Dela Cruz!

Ito ay paalala ng iyong appointment sa Huwebes, Oktubre 16, 2:00 PM kay
Dr. Santos para sa follow-up ng iyong altapresyon (high blood pressure) at
para ma-refill ang iyong amlodipine 5 mg.

Pakidala ang iyong blood pressure log. Tumawag sa 555-0149 kung hindi ka
makakarating.
`)

	raw(H, Phi, "spanish-eob-dental", `From: "Plan Dental Familiar" <beneficios@plandental.example.com>
To: "Ramiro Fuentes" <rfuentes@example.net>
Subject: Explicación de beneficios - reclamo 7781204419

Explicación de beneficios (esto no es una factura)

Afiliado: Ramiro Fuentes    Núm. de afiliado: PDF-3398127
Reclamo: 7781204419         Proveedor: Atlas Dental - Eastside
Fecha del servicio: 18/08/2025

  D0120 Examen periódico          cubierto 100%
  D1110 Limpieza (profilaxis)     cubierto 100%
  D2392 Resina, 2 superficies     cubierto 80%   usted paga $38.40

Total que puede deber: $38.40
`)

	raw(H, Phi, "display-name-dialysis-scheduling", `From: "Dialysis Unit Scheduling" <dialysis-sched@fairhaven-hospital.example.org>
To: "Benedict Okonjo" <bokonjo@example.net>
Subject: Your chair time changes next week

Hello Mr. Okonjo,

Starting Monday your chair time moves from 6:00 AM to 10:30 AM (Mon/Wed/Fri).
Everything else stays the same.

Scheduling Desk
`)

	add(H, Phi, "multipart-signed-lab-letter", &Msg{
		From:    `"Solstice Labs" <secure-reports@solstice-labs.example.com>`,
		To:      `"Dr. Ifeanyi Obi" <iobi@juniper-valley-health.example.org>`,
		Subject: "Signed result notification",
		Root: func() *Part {
			p := multi("signed", text(`Result notification (digitally signed)

Patient: Noor Al-Sayed   DOB: 1983-12-01   Lab ID: SL-2209174
TSH 11.2 mIU/L (H), free T4 0.6 ng/dL (L), TPO antibodies 412 IU/mL (H).
Consistent with Hashimoto thyroiditis.
`), attach("application/pkcs7-signature", "smime.p7s", []byte("0\x82\x01\x0f\x06\t*\x86H\x86\xf7\r\x01\x07\x02\xa0\x82\x01\x000\x82\x00\xfc\x02\x01\x011\x0f0\r\x06\tfake-signature-bytes-for-testing")))
			p.Params["protocol"] = "application/pkcs7-signature"
			p.Params["micalg"] = "sha-256"
			return p
		}(),
	})

	raw(H, Phi, "x-sensitivity-and-encrypt-tag", `From: "Tidewater Orthopedics" <clinical@tidewater-ortho.example.org>
To: "Marigold Health Plan UM" <um@marigold-healthplan.example.com>
Subject: [encrypt] peer-to-peer request, auth 88-50391
X-Sensitivity: confidential

Requesting a peer-to-peer review for member Corinne Blake
(MHP-00914472): denied request for CPT 27447 (total knee arthroplasty,
right) on 10/01. She has failed 9 months of conservative care, Kellgren-
Lawrence grade 4 on X-ray. Dr. Sandoval is available Tue/Thu afternoons.
`)
}

func gapsCSV(n int) string {
	var b strings.Builder
	b.WriteString("Member ID;Member Name;Birth Date;ZIP;Condition (ICD10);Open Gap;Last Service\n")
	conds := []string{"E11.65;HbA1c > 9 - needs repeat", "I10;BP not controlled", "J45.40;No controller med fill", "E78.5;No statin fill", "N18.3;No urine albumin test"}
	for i, p := range people(n, 23) {
		fmt.Fprintf(&b, "MHP-%08d;%s %s;%s;%s;%s;2025-0%d-%02d\n", 800000+i*4177, p.First, p.Last, p.DOB, p.ZIP, conds[i%len(conds)], 1+i%8, 2+(i*5)%26)
	}
	return b.String()
}

func eobLines() []string {
	ls := []string{
		"MARIGOLD HEALTH PLAN - EXPLANATION OF BENEFITS",
		"THIS IS NOT A BILL",
		"",
		"Member: Benedict T. Okonjo       Member ID: MHP-00761203",
		"Date of birth: 03/04/1952        Group: 55120 (Retiree)",
		"Statement period: 08/01/2025 - 08/31/2025",
		"",
		"Provider: Fairhaven Dialysis Center",
	}
	for d := 1; d <= 29; d += 2 {
		if d%7 == 6 {
			continue
		}
		ls = append(ls, fmt.Sprintf("08/%02d/2025  90999 Hemodialysis, 1 session  billed $1,240.00  allowed $312.40  plan paid $249.92  you owe $62.48", d))
		ls = append(ls, fmt.Sprintf("08/%02d/2025  J0887 Epoetin beta, 1 mcg x 40   billed $188.00   allowed $96.10   plan paid $76.88   you owe $19.22", d))
	}
	ls = append(ls, "", "Diagnosis: N18.6 End stage renal disease; D63.1 Anemia in chronic kidney disease",
		"Claim numbers: 25-0801-7710 through 25-0829-7716", "",
		"Your out-of-pocket maximum: $3,400. Spent so far this year: $2,911.86.",
		"Questions? Call 1-800-555-0174 (TTY 711).")
	for i := 0; i < 40; i++ {
		ls = append(ls, fmt.Sprintf("Notice %02d: You have the right to appeal any decision on this statement within 60 days.", i+1))
	}
	return ls
}
