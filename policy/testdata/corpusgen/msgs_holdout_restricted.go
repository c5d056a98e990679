package main

import (
	"fmt"
	"strings"
)

// holdoutRestricted: differently written restricted-category PHI.
func holdoutRestricted() {
	raw(H, Res, "ocd-erp-therapy-spanish", `From: "Psic. Valeria Montes" <vmontes@consultorio-montes.example.org>
To: "Julián Ibarra" <jibarra@example.net>
Subject: Tarea para esta semana

Hola Julián:

Buen trabajo hoy en la sesión 5 de exposición con prevención de respuesta
para tu TOC. Recuerda la tarea: tocar la manija de la puerta del baño y
esperar 20 minutos antes de lavarte las manos, tres veces al día, y anotar
la ansiedad (0-100) en la hoja. Tu Y-BOCS bajó de 28 a 22.

El Dr. Herrera mantiene la fluvoxamina en 150 mg por la noche.

Nos vemos el jueves 23 a las 19:00.
Valeria Montes, psicóloga clínica
`)

	raw(H, Res, "dbt-skills-group-enrollment", `From: "Juniper Valley Behavioral Health" <dbt-program@juniper-valley-health.example.org>
To: "Corinne Blake" <cblake@example.net>
Subject: You're enrolled in DBT skills group

Hi Corinne,

Welcome to the 24-week Dialectical Behavior Therapy program. As we
discussed at your assessment, DBT is designed for borderline personality
disorder and the self-harm urges you described. You'll have weekly
individual therapy with Marcus Lee, LPC, plus skills group on Wednesdays
5:30-7:30 PM, and phone coaching between sessions.

Please bring your diary card to every session.
`)

	raw(H, Res, "contingency-management-stimulant", `From: "Tidewater Recovery Services" <cm-program@tidewater-recovery.example.org>
To: "Harlan Voss Jr." <hvossjr@example.com>
Subject: Your rewards balance

Hi Harlan,

Your urine test today was negative for methamphetamine - that's 6 in a
row! You earned $15, so your balance in the contingency management program
for stimulant use disorder is now $87. Keep it up. Next test Friday 10 AM.

Tidewater Recovery Services
`)

	raw(H, Res, "acamprosate-aud-followup", `From: "Dr. Lata Menon" <lmenon@fairhaven-hospital.example.org>
To: "Dr. Ifeanyi Obi" <iobi@juniper-valley-health.example.org>
Subject: Hepatology follow-up - Pieter Dekker

Ifeanyi,

Saw Pieter Dekker (DOB 1964-01-19) for alcohol-related liver disease.
Fibroscan 14.2 kPa. He has been abstinent 7 weeks since the detox admission
and is going to AA. I started acamprosate 666 mg three times a day for his
alcohol use disorder; naltrexone avoided because of the liver. Please
continue and watch creatinine.

Lata
`)

	add(H, Res, "hl7-er7-otp-dosing", &Msg{
		From:    `"OTP Dispensing System" <dispense@tidewater-otp.example.org>`,
		To:      `"State Central Registry" <registry@health-dept.example.gov.test>`,
		Subject: "Daily registry upload",
		Root: mixed(text("Daily upload, 1 record.\n"), hl7Part("x-application/hl7-v2+er7", "otp_20250918.er7", hl7(
			`MSH|^~\&|OTPDISP|TIDEWATER_OTP|CREG|STATE|20250918060000||RDS^O13|OTP0918001|P|2.5`,
			`PID|1||TRS-40127^^^TRS^MR||ALVARADO^MIGUEL||19780602|M`,
			`ORC|RE|DOSE-0918-117`,
			`RXD|1|^METHADONE HCL 10MG/ML ORAL CONCENTRATE|20250918|90|mg`,
			`DG1|1||F11.20^Opioid dependence, uncomplicated^I10`))),
	})

	add(H, Res, "csv-prep-clinic-panel", &Msg{
		From:    `"Quality Improvement" <qi@juniper-valley-health.example.org>`,
		To:      `"PrEP Navigators" <prep-nav@juniper-valley-health.example.org>`,
		Subject: "Lapsed list - please call",
		Root: mixed(text("These patients are 30+ days past their PrEP refill. Please call this week.\n"),
			attachText("text/csv", "lapsed.csv", prepCSV(21), "7bit")),
	})

	add(H, Res, "ics-cabotegravir-injection", &Msg{
		From:    `"Juniper Valley Sexual Health" <appointments@juniper-valley-health.example.org>`,
		To:      `"Devin Castro" <dcastro@example.org>`,
		Subject: "Next visit",
		Root: mixed(text("Your next visit is attached.\n"), attach("application/ics", "next.ics", ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JVH//Sched//EN
BEGIN:VEVENT
UID:jvh-sh-20251112-castro@juniper-valley-health.example.org
DTSTAMP:20250915T120000Z
DTSTART:20251112T160000Z
DTEND:20251112T163000Z
SUMMARY:Apretude (cabotegravir) PrEP injection + HIV RNA test - Devin Castro
DESCRIPTION:Injection #3 (every 2 months). Window +/- 7 days.
LOCATION:Juniper Valley Sexual Health\, Room 4
END:VEVENT
END:VCALENDAR
`))),
	})

	add(H, Res, "fhir-observation-hiv-switch", &Msg{
		From:    `"Solstice Labs API" <api@solstice-labs.example.com>`,
		To:      `"Juniper Valley Health Integration" <integration@juniper-valley-health.example.org>`,
		Subject: "Notification 55-ab",
		Root: mixed(text("Result notification payload.\n"), attach("application/fhir+json", "result.json", []byte(`{
  "resourceType": "Observation",
  "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "20447-9", "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"}]},
  "subject": {"reference": "Patient/jv-77120", "display": "Anton Petrovic"},
  "effectiveDateTime": "2025-09-02",
  "valueQuantity": {"value": 48, "unit": "copies/mL"},
  "note": [{"text": "Low-level viremia 3 months after switch to dolutegravir/lamivudine (Dovato). Repeat in 4 weeks; check adherence."}]
}
`))),
	})

	raw(H, Res, "huntington-predictive-testing", `From: "Neurogenetics Clinic" <neurogenetics@fairhaven-hospital.example.org>
To: "Elise Varga" <evarga@example.net>
Subject: Your appointment to receive results

Dear Elise,

Your predictive test result for Huntington disease is ready. As we planned
during your pre-test counseling sessions, we will give you the result in
person on 10/09 at 2:00 PM, with your support person present. The genetic
counselor, Nadia Rahman, and Dr. Lindgren will be there.

If you would like to postpone, that is completely fine - just call 555-0196.
`)

	raw(H, Res, "factor-v-leiden-result", `From: "Solstice Labs" <results@solstice-labs.example.com>
To: "Dr. Paul Eriksen" <periksen@copperleaf-mg.example.com>
Subject: Thrombophilia panel - Yesenia Ruiz

Patient: Yesenia Ruiz   DOB 05/30/1990   Lab ID SL-2210388
Factor V Leiden (F5 c.1601G>A) genotyping: HETEROZYGOUS
Prothrombin G20210A: not detected
Comment: Heterozygous carrier. Estrogen-containing contraception increases
VTE risk; genetic counseling is available.
`)

	add(H, Res, "italian-cp1252-ivf-invoice", &Msg{
		From:    `"Centro Fertilità Aurora" <amministrazione@fertilita-aurora.example.it.test>`,
		To:      `"Giulia Romano" <giulia.romano@example.it.test>`,
		Subject: encWord("Fattura ciclo di PMA - sig.ra Giulia Romano", "iso-8859-1", 'Q'),
		Root: textAs("text/plain", `Gentile sig.ra Romano,

in allegato i dettagli della fattura n. 2025/0881 relativa al suo ciclo
di fecondazione in vitro (FIVET) con ICSI:

  Monitoraggio ecografico e dosaggi ormonali      € 480,00
  Prelievo ovocitario in sedazione               € 1.900,00
  ICSI e coltura embrionale                      € 1.600,00
  Transfer embrionale (18/09/2025)               €   750,00
  Totale                                         € 4.730,00

Codice paziente: CFA-10442. Data di nascita: 21/04/1987.

Cordiali saluti,
Amministrazione
`, "windows-1252", "8bit"),
	})

	raw(H, Res, "display-name-fertility-billing-egg-freezing", `From: "Fertility Center Billing" <billing@lotus-fertility.example.org>
To: "Noor Al-Sayed" <nalsayed@example.net>
Subject: Payment received - thank you

Hi Noor,

We received your payment of $2,500.00 on account BHF-330915 for the
oocyte cryopreservation on 09/12 (storage year 1 included).

Fertility Center Billing
`)

	raw(H, Res, "gonorrhea-trich-results-sms", `From: "Copperleaf Urgent Care" <results@copperleaf-mg.example.com>
To: "Tyler Brandt" <tbrandt@example.org>
Subject: Copperleaf: results ready

Tyler - your urine NAAT from 09/29 was POSITIVE for gonorrhea and negative
for chlamydia and trichomonas. You need a ceftriaxone 500 mg shot; walk in
any day 8-8, no charge. Please tell partners from the last 60 days.
Questions: 555-0157.
`)

	add(H, Res, "filename-hsv2-name-only", &Msg{
		From:    `"Lab Portal" <no-reply@solstice-labs.example.com>`,
		To:      `"Copperleaf Women's Health" <womens@copperleaf-mg.example.com>`,
		Subject: "Document delivery",
		Root: mixed(text("1 document delivered.\n"), attach("application/pdf", "RUIZ_YESENIA_19900530_HSV2_IgG_POSITIVE.pdf", pdfDoc("Report", pdfLines(`Solstice Labs
See report.`), false))),
	})

	add(H, Res, "qp-breaks-emergency-contraception", &Msg{
		From:    `"Northwind Pharmacy" <counsel@northwind-pharmacy.example.com>`,
		To:      `"Marisol Peña" <mpena@example.net>`,
		Subject: "Following up",
		Root: qpBreaks("text/plain", "utf-8", `Hi Marisol,

Following up on your visit today (Rx 7710-¦5520, DOB 1¦1/03/2004). You took
ulipristal 30 mg for emergency contra¦ception at 3:40 PM. If your period
is more than a week late, please take a pregnancy test. We talked about
starting the patch - bring this message to Dr. Eriksen's office on Monday.

Northwind Pharmacy, 208-555-0113
`),
	})

	add(H, Res, "subject-only-binge-eating", &Msg{
		From:    `"Marcus Lee, LPC" <mlee@juniper-valley-health.example.org>`,
		To:      `"Dr. Ifeanyi Obi" <iobi@juniper-valley-health.example.org>`,
		Subject: "Harlan Voss (DOB 07/21/1958) - binge eating disorder, ok to start lisdexamfetamine? cardiac clearance?",
		Root:    alt(text(""), html("")),
	})

	raw(H, Res, "schizophrenia-clozapine-anc", `From: "Clozapine Clinic" <clozapine@tidewater-behavioral.example.org>
To: "Northwind Pharmacy" <rx@northwind-pharmacy.example.com>
Subject: ANC ok to dispense - A. Petrov

Andrei Petrov, DOB 02/14/1985, clozapine 300 mg at bedtime for treatment-
resistant schizophrenia. ANC 2,400/uL on 09/15 (normal range). OK to
dispense 14-day supply. REMS ID CLZ-558102.
`)

	raw(H, Res, "korean-depression-followup", `From: "한빛 정신건강의학과" <clinic@hanbit-mind.example.org>
To: "김민준" <kimminjun@example.net>
Subject: 김민준님 다음 진료 안내

김민준님 안녕하세요.

지난 진료(9월 20일)에서 우울증 치료를 위해 에스시탈로프람을 10mg으로
증량하였습니다. 다음 진료는 10월 4일 오후 3시입니다.
불면이 계속되면 미리 연락 주세요.

차트 번호: HB-22817
전화: 213-555-0102
`)
}

func prepCSV(n int) string {
	var b strings.Builder
	b.WriteString("\"MRN\",\"Patient\",\"DOB\",\"Regimen\",\"Last fill\",\"Last HIV test\",\"Phone\"\n")
	reg := []string{"Descovy 200/25 daily", "Truvada 200/300 daily", "Apretude q2mo", "Truvada 2-1-1"}
	for i, p := range people(n, 29) {
		fmt.Fprintf(&b, "\"%s\",\"%s, %s\",\"%s\",\"%s\",\"2025-0%d-%02d\",\"2025-0%d-%02d neg\",\"%s\"\n",
			p.MRN, p.Last, p.First, p.DOB, reg[i%4], 5+i%3, 1+i%27, 4+i%3, 3+(i*2)%25, p.Phone)
	}
	return b.String()
}
