package main

import (
	"fmt"
	"strings"
)

// Fresh set, label restricted. Everything is invented (see ../corpus/README.md).

func freshRestricted() {
	raw(F, Res, "sublocade-shot-text-reminder", `From: "Harbor Recovery Dosing Window" <reminders@harborrecovery.example.org>
To: dev.m.walker@mailbox.example.net
Subject: Reminder from Harbor Recovery

Hi Dev, reminder that your Sublocade shot is due Tue 9/9 at 2:15 PM with
NP Carla at the Pier St clinic. Please come 15 min early so we can do your
UDS first. If you can't make it call us at 555-0103 - please don't go past
day 33 since your last injection (8/12).

Group is still Thursdays at 6. Reply YES to confirm or call to reschedule.

Harbor Recovery
`)

	add(F, Res, "prep-refill-ready-qp", &Msg{
		From:    `"Westgate Pharmacy" <notify@westgatepharmacy.example.com>`,
		To:      `"Jonathan Mireles" <jmireles.sf@mailbox.example.net>`,
		Subject: "Your refill is ready",
		Root: qpBreaks("text/plain", "utf-8", `Hi JONATHAN MIRE¦LES,

Your PrEP refill is ready for pickup at Westgate Pharmacy (Castro St).

  Rx #8841207  EMTRICITA¦BINE/TENOFOVIR ALAFENAMIDE 200-25 MG TAB, qty 30
  Copay: $0.00 (manufacturer copay card applied)

Reminder from Dr. Okwu's office: your next HIV and STI screening is due
before your January refill. You can get labs drawn at the clinic any
weekday morning, no appointment needed.

Pick up by 11/20/2025. Questions? (415) 555-0172
Westgate Pharmacy
`),
	})

	raw(F, Res, "spanish-counseling-intake-husband-drinking", `From: "Lucía Prieto" <lucia.prieto77@mailbox.example.net>
To: "Centro de Consejería Nuevo Camino" <citas@nuevocamino.example.org>
Subject: Cita para mi esposo

Buenas tardes,

Quisiera programar una cita de evaluación (intake) para mi esposo, Ramón
Aguilar Prieto, fecha de nacimiento 14/06/1979. Tiene un problema con la
bebida desde hace años; ahora está tomando casi una botella de tequila
cada noche y el mes pasado lo detuvieron por manejar borracho.

Su médico, el Dr. Salinas, le recetó naltrexona en septiembre pero dejó
de tomarla después de dos semanas. Él ya aceptó ir a consejería, pero
solo puede por las noches porque trabaja en construcción.

¿Tienen el programa intensivo (IOP) en español por las noches? Nuestro
seguro es Medi-Cal (número de identificación 91742265B).

Mi teléfono es (559) 555-0185. Gracias por su ayuda.

Lucía Prieto
`)

	add(F, Res, "carrier-screening-result-genetic-counselor", &Msg{
		From:    `"Alicia Marchand, MS, CGC" <amarchand@bayviewwomens.example.org>`,
		To:      `"Priya Raman" <priya.raman@mailbox.example.net>`,
		Subject: "Your screening came back - next steps",
		Root: alt(
			text(`Hi Priya,

As promised, I'm following up by e-mail after our call this morning.

Your expanded carrier screening (collected 10/22 at your 10-week visit)
came back. You are a carrier of one pathogenic variant in the CFTR gene
(F508del), which is associated with cystic fibrosis. Carriers are healthy;
the main question is whether Arjun is also a carrier. If both parents are
carriers, each pregnancy has a 1 in 4 chance of being affected.

All other 273 conditions on the panel were negative, including spinal
muscular atrophy and fragile X.

Next steps:
 1. Arjun's saliva kit will arrive by mail this week; results take about
    2 weeks.
 2. If he is also a carrier, we'll discuss CVS or amniocentesis options.
 3. Your relatives (especially your sister) may want to know, since they
    have a 50% chance of also being carriers.

Our next genetic counseling visit is on Nov 20 at 1 PM (video).

Warmly,
Alicia Marchand, MS, CGC
Genetic Counselor, Bayview Women's Health | (555) 555-0177
`),
			html(`<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Hi Priya,</p>
<p>As promised, I&rsquo;m following up by e-mail after our call this morning.</p>
<p>Your expanded carrier screening (collected 10/22 at your 10-week visit) came back. You are a
<b>carrier of one pathogenic variant in the <i>CFTR</i> gene (F508del)</b>, associated with cystic fibrosis.
Carriers are healthy; the main question is whether Arjun is also a carrier.</p>
<p>All other 273 conditions on the panel were negative, including SMA and fragile X.</p>
<ol>
<li>Arjun&rsquo;s saliva kit will arrive by mail this week (about 2 weeks for results).</li>
<li>If he is also a carrier, we&rsquo;ll discuss CVS or amniocentesis options.</li>
<li>Your relatives may want to know, since they have a 50% chance of also being carriers.</li>
</ol>
<p>Next genetic counseling visit: <b>Nov 20, 1 PM</b> (video).</p>
<p>Warmly,<br>Alicia Marchand, MS, CGC<br>Genetic Counselor, Bayview Women&rsquo;s Health</p>
</body></html>
`),
		),
	})

	add(F, Res, "therapy-session-notes-pdf-supervision", &Msg{
		From:    `"Hannah Ostrowski, LPC-A" <hostrowski@northfieldcounseling.example.com>`,
		To:      `"Dr. Leon Barrett" <lbarrett@northfieldcounseling.example.com>`,
		Subject: "notes for Thursday supervision",
		Root: mixed(
			text(`Hi Leon,

Attached are my notes from this week for Thursday's supervision. I'd mostly
like to talk about the second one - I'm not sure I handled the disclosure
well, and I'd like your read on whether to move up the imaginal exposure.

Thanks,
Hannah
`),
			attach("application/pdf", "supervision_2025-11-06.pdf", pdfDoc("Session notes for supervision", pdfLines(`NORTHFIELD COUNSELING ASSOCIATES - PROGRESS NOTE (for clinical supervision)

Client: Jacob T. Moreland          DOB: 02/19/1990       Client ID: NCA-22817
Date: 11/04/2025   Session #11   CPT 90837 (60 min)   Telehealth: no
Clinician: Hannah Ostrowski, LPC-A   Supervisor: Leon Barrett, PhD, LPC-S
Diagnoses: F43.10 Posttraumatic stress disorder; F41.1 Generalized anxiety disorder

Subjective: Client reports nightmares 4-5 nights/week since the anniversary of
the warehouse fire (10/28). Avoiding the highway route to work; arrived late
twice. Sleep 4-5 hrs. Denies alcohol increase ("maybe two beers on weekends").
PCL-5 = 52 (was 44 on 10/07). GAD-7 = 15.

Objective: Tearful when describing the stairwell. Affect congruent. Oriented x4.
No psychotic features.

Interventions: Continued prolonged exposure - reviewed in-vivo hierarchy (items 1-4
completed). Client disclosed for the first time that a coworker died in the fire;
processed guilt cognitions ("I should have gone back"). Grounding 5-4-3-2-1.

Risk: Passive death wish last week, denies intent or plan today. C-SSRS screen:
ideation yes (type 1), behavior no. Safety plan reviewed and updated; wife aware.
988 and crisis line given.

Plan: Weekly sessions. Begin imaginal exposure next session if SUDS allows.
Coordinate with Dr. Nwosu (psychiatry) re prazosin for nightmares; client
consented to release (ROI on file 11/04/2025). Next session 11/11/2025.
`), true)),
		),
	})

	add(F, Res, "hl7-oru-chlamydia-naat-detected", &Msg{
		From:    `"Tri-County Reference Lab Results" <results@tricountylab.example.com>`,
		To:      `"Cedar Point Women's Health Results" <results@cedarpointwh.example.com>`,
		Subject: "1 new result for account CPWH-0127",
		Root: mixed(
			text(`1 result message attached (ORU^R01) for client account CPWH-0127.
Reportable condition: a copy has been sent to the state health department
as required.
`),
			hl7Part("x-application/hl7-v2+er7", "ORU_CPWH0127_20251108.hl7", hl7Text(`
MSH|^~\&|TCRL_LIS|TCRL|CPWH_EHR|CPWH|20251108101533||ORU^R01^ORU_R01|TCRL88291904|P|2.5.1
PID|1||50277431^^^CPWH^MR||BELLAMY^JORDYN^K||20010305|F|||3301 Pike Rd Apt 12^^Bellingham^WA^98225||^PRN^CP^^^360^5550196
PV1|1|O|CPWH^^^CPWH||||1158732903^WINSLOW^CLAIRE^^^MD
ORC|RE|CP77310|TC99104455||CM
OBR|1|CP77310|TC99104455|43304-5^Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection^LN|||20251106143000|||||||||1158732903^WINSLOW^CLAIRE^^^MD||||||20251108101000|||F
OBX|1|CWE|43304-5^Chlamydia trachomatis rRNA^LN||260373001^Detected^SCT||Not detected|A|||F
OBX|2|CWE|43305-2^Neisseria gonorrhoeae rRNA^LN||260415000^Not detected^SCT||Not detected|N|||F
OBX|3|CWE|60256-5^Trichomonas vaginalis rRNA^LN||260415000^Not detected^SCT||Not detected|N|||F
NTE|1|L|Specimen: vaginal swab, self-collected. Expedited partner therapy may be appropriate.
`)),
		),
	})

	add(F, Res, "fhir-phq9-depression-sertraline", &Msg{
		From:    `"Harbor Light Integration" <fhir-out@harborlightclinics.example.org>`,
		To:      `"Behavioral Health Integration Team" <bhi-team@harborlightclinics.example.org>`,
		Subject: "BHI referral bundle - new enrollment",
		Root: mixed(
			text(`New collaborative care enrollment. FHIR bundle attached.
Please assign a care manager within 2 business days.
`),
			attachText("application/fhir+json", "bhi-enrollment-7731.json", `{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2025-11-06T11:05:44-06:00",
  "entry": [
    {"fullUrl": "urn:uuid:e2b41c70-5d9a-4f3e-8a16-7c0d2f9b3e51",
     "resource": {"resourceType": "Patient",
       "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7714.2", "value": "HL-0093318"}],
       "name": [{"family": "Lindgren", "given": ["Marcus", "Olav"]}],
       "gender": "male", "birthDate": "1987-01-30",
       "telecom": [{"system": "email", "value": "marcus.lindgren@mailbox.example.net"}]}},
    {"fullUrl": "urn:uuid:5a8f1e23-9c47-4b0d-b6e2-1f3a7d8c0b94",
     "resource": {"resourceType": "Observation", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "44261-6", "display": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"}]},
       "subject": {"reference": "urn:uuid:e2b41c70-5d9a-4f3e-8a16-7c0d2f9b3e51"},
       "effectiveDateTime": "2025-11-06",
       "valueQuantity": {"value": 17, "unit": "{score}"},
       "note": [{"text": "Item 9 = 1 (several days). Same-day clinician review done; no plan or intent."}]}},
    {"fullUrl": "urn:uuid:b7d03a61-2e8c-4f59-9a14-6c5e0d7f2a38",
     "resource": {"resourceType": "Condition",
       "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
       "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F33.1", "display": "Major depressive disorder, recurrent, moderate"}]},
       "subject": {"reference": "urn:uuid:e2b41c70-5d9a-4f3e-8a16-7c0d2f9b3e51"}}},
    {"fullUrl": "urn:uuid:3c9e7b15-0a4d-4e28-8f61-d2b5a9c0e743",
     "resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
       "medicationCodeableConcept": {"text": "sertraline 50 mg tablet"},
       "subject": {"reference": "urn:uuid:e2b41c70-5d9a-4f3e-8a16-7c0d2f9b3e51"},
       "dosageInstruction": [{"text": "25 mg daily x 7 days, then 50 mg daily"}],
       "requester": {"display": "Nadia Berrios-Kahn, MD"}}},
    {"fullUrl": "urn:uuid:8f2d6a49-7b13-4c0e-a5d8-9e1c3b7f0a26",
     "resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order",
       "code": {"text": "Collaborative care management - behavioral health care manager + psychiatric consultant"},
       "subject": {"reference": "urn:uuid:e2b41c70-5d9a-4f3e-8a16-7c0d2f9b3e51"}}}
  ]
}
`, "base64"),
		),
	})

	var roster strings.Builder
	roster.WriteString("client_id,last_name,first_name,dob,medication,dose_mg,take_homes,last_uds,counselor\n")
	counselors := []string{"R. Alvarez", "T. Greene", "M. Pham"}
	for i, p := range people(22, 9) {
		med, dose := "methadone oral solution", fmt.Sprint(40+(i*15)%110)
		if i%5 == 3 {
			med, dose = "buprenorphine SL tab", fmt.Sprint(8+(i%3)*4)
		}
		th := "0"
		if i%4 == 1 {
			th = "1 (Sun)"
		} else if i%6 == 2 {
			th = "6 (weekly)"
		}
		uds := "neg"
		if i%7 == 4 {
			uds = "pos fentanyl"
		}
		fmt.Fprintf(&roster, "ETC-%05d,%s,%s,%s,%s,%s,%s,%s,%s\n", 31000+i*37, p.Last, p.First, usDate(p.DOB), med, dose, th, uds, counselors[i%3])
	}
	add(F, Res, "csv-otp-saturday-dosing-roster", &Msg{
		From:    `"Eastside Treatment Center - Nursing" <nursing@eastsidetc.example.org>`,
		To:      `"Eastside Treatment Center - Dispensary" <dispensary@eastsidetc.example.org>`,
		Cc:      `"Dr. Amara Kessel" <akessel@eastsidetc.example.org>`,
		Subject: "Saturday dosing sheet + take-homes",
		Root: mixed(
			text(`Dispensary,

Saturday dosing sheet attached (22 clients on the 7-11 window). Take-home
bottles for the Sunday clients need to be poured and lock-boxed by 10:30.

Dr. Kessel - two clients had fentanyl-positive UDS this week; per policy
their take-homes are held pending your review. Flagged in the sheet.

Thanks,
Yvette, RN
`),
			attachText("text/csv", "dosing_sat_20251115.csv", roster.String(), "7bit"),
		),
	})

	add(F, Res, "ivf-egg-retrieval-calendar", &Msg{
		From:    `"Cascade Fertility Center" <nurses@cascadefertility.example.com>`,
		To:      `"Naomi Feldstein" <naomi.feldstein@mailbox.example.net>`,
		Subject: "Trigger tonight + retrieval Friday",
		Root: alt(
			text(`Hi Naomi,

Great news - your follicles look ready! Today's ultrasound showed 14
follicles over 16 mm and estradiol was 2,840.

TONIGHT (Wed 11/12) at exactly 9:30 PM: trigger shot - Ovidrel 250 mcg
plus leuprolide 40 units (dual trigger). Stop Menopur and cetrorelix.

FRIDAY 11/14: egg retrieval. Arrive 6:45 AM, procedure ~7:30 AM.
Nothing to eat or drink after midnight Thursday. Someone must drive you.
Ben's sample is due by 7:30 AM at the andrology window.

A calendar invite is attached. Call the nurse line at (555) 555-0159 with
any questions.

Kathleen, RN
IVF Coordinator, Cascade Fertility Center
`),
			freshCal("REQUEST", `
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cascade Fertility Center//Cycle Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cfc-cycle-2025-1187-retrieval@cascadefertility.example.com
DTSTAMP:20251112T193000Z
DTSTART:20251114T144500Z
DTEND:20251114T173000Z
SUMMARY:Egg retrieval - Naomi Feldstein (IVF cycle 2)
LOCATION:Cascade Fertility Center\, Procedure Suite\, 2nd floor
DESCRIPTION:Arrive 6:45 AM. NPO after midnight. Driver required. Partner s
 ample due 7:30 AM at andrology.
ORGANIZER;CN=Cascade Fertility Center:mailto:nurses@cascadefertility.exa
 mple.com
ATTENDEE;CN=Naomi Feldstein;RSVP=TRUE:mailto:naomi.feldstein@mailbox.exam
 ple.net
END:VEVENT
BEGIN:VEVENT
UID:cfc-cycle-2025-1187-trigger@cascadefertility.example.com
DTSTAMP:20251112T193000Z
DTSTART:20251113T053000Z
DTEND:20251113T054500Z
SUMMARY:Trigger shot at exactly 9:30 PM
BEGIN:VALARM
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Trigger shot in 30 minutes
END:VALARM
END:VEVENT
END:VCALENDAR
`),
		),
	})

	add(F, Res, "french-iud-appointment-latin1", &Msg{
		From:    `"Mireille Joseph" <mireille.joseph96@mailbox.example.net>`,
		To:      `"Clinique Santé des Femmes" <rdv@santedesfemmes.example.org>`,
		Subject: encWord("Confirmation de mon rendez-vous - pose de stérilet", "iso-8859-1", 'Q'),
		Root: textAs("text/plain", `Bonjour,

Je m'appelle Mireille Joseph (née le 22/04/1996, dossier n° 77-40129).
J'ai rendez-vous le mercredi 19 novembre à 14 h avec la Dre Beauchamp pour
la pose d'un stérilet hormonal.

J'ai quelques questions avant le rendez-vous :
- Est-ce que je dois arrêter ma pilule avant la pose, ou continuer
  jusqu'au jour même ?
- On m'a dit de prendre de l'ibuprofène une heure avant, c'est bien ça ?
- Mon assurance (Ambetter, n° de membre U7720418503) couvre-t-elle
  entièrement le dispositif ?

Je préfère être contactée par courriel, ou par téléphone après 17 h au
(617) 555-0179.

Merci beaucoup,
Mireille Joseph
`, "iso-8859-1", "quoted-printable"),
	})

	add(F, Res, "portuguese-medication-abortion-followup", &Msg{
		From:    `"Clínica Bem-Estar da Mulher" <enfermagem@bemestarmulher.example.org>`,
		To:      `"Juliana Moraes Dantas" <ju.moraesdantas@mailbox.example.net>`,
		Subject: "Sua consulta de retorno",
		Root: b64(text(`Olá, Juliana,

Aqui é a enfermeira Patrícia, da Clínica Bem-Estar da Mulher.

Estamos entrando em contato para lembrar do seu retorno após o aborto
medicamentoso (mifepristona no dia 28/10 e misoprostol no dia 29/10).

Consulta de retorno: terça-feira, 11/11, às 9h15, com a Dra. Helena Sousa.

Antes da consulta, por favor faça o teste de gravidez de urina de baixa
sensibilidade que entregamos a você, na manhã do dia 11. Traga o resultado.

Sinais de alerta - ligue imediatamente para (508) 555-0189 (24 horas):
  - sangramento que encha mais de 2 absorventes grandes por hora,
    por 2 horas seguidas
  - febre acima de 38 °C por mais de 24 horas
  - dor forte que não melhora com ibuprofeno

Na consulta também podemos conversar sobre métodos contraceptivos, se
você quiser - o implante pode ser colocado no mesmo dia.

Um abraço,
Patrícia Lemos, RN
Clínica Bem-Estar da Mulher
`)),
	})

	add(F, Res, "bipolar-lithium-level-forwarded-alert", &Msg{
		From:    `"Simone Adeyemi, PMHNP" <sadeyemi@riverbendhealth.example.org>`,
		To:      `"Dr. Felix Okonkwo-Hale" <fokonkwohale@riverbendhealth.example.org>`,
		Subject: "Fwd: Abnormal result alert - lithium",
		Root: mixed(
			text(`Felix - fwd'ing the lab alert below. This is Gwen Harrow, bipolar I, on
lithium carbonate ER 900 mg qhs since the Aug admission. Level came back
1.4 (was 0.9 in Sept). She started ibuprofen for a back strain last week
per her PCP, which I suspect is the culprit. Mild tremor, no confusion,
no GI sx on the phone. Cr 1.2 (baseline 0.9).

My plan: hold tonight's dose, stop the NSAID, decrease to 600 mg, repeat
level + BMP in 5 days. Also checking TSH since it's been a year. OK with
you? She has her med check with me on the 19th.

Simone
`),
			rfc822(rawInner(`From: "Riverbend Lab Alerts" <lab-alerts@riverbendhealth.example.org>
To: "Simone Adeyemi, PMHNP" <sadeyemi@riverbendhealth.example.org>
Subject: Abnormal result alert - HARROW, GWENDOLYN
Date: Mon, 10 Nov 2025 07:58:30 -0600
Message-ID: <alert-20251110-0758-441902@riverbendhealth.example.org>

ABNORMAL RESULT ALERT

Patient:   HARROW, GWENDOLYN E     MRN: 00884127     DOB: 10/02/1979
Ordering:  Adeyemi, Simone, PMHNP (Outpatient Psychiatry)
Collected: 11/10/2025 07:05 (12 h post-dose trough)

  Lithium, serum      1.4 mmol/L   H   (0.6 - 1.2)
  Creatinine          1.2 mg/dL    H   (0.5 - 1.0)
  Sodium              137 mmol/L       (135 - 145)

Log in to the EHR In Basket to acknowledge.
`)),
		),
	})

	raw(F, Res, "subject-only-detox-bed-request", `From: "Pat Lemieux" <plemieux@stclement.example.org>
To: "Bridgeway Admissions" <admissions@bridgewayrecovery.example.org>
Subject: bed tonight for Kowalski, Stan (DOB 5/2/68)? needs medical detox - etoh, last drink 0600, CIWA 14

call my cell 555-0168 when you can

Pat
ED case mgmt
`)

	add(F, Res, "arabic-hiv-medication-refill", &Msg{
		From:    `"Ahmad Al-Khatib" <ahmad.khatib88@mailbox.example.net>`,
		To:      `"Eastlake ID Clinic" <idclinic@eastlakehealth.example.org>`,
		Subject: "طلب إعادة صرف الدواء بشكل عاجل",
		Root: alt(
			b64(text(`مرحباً،

أنا أحمد الخطيب، تاريخ الميلاد 3/9/1988، رقم الملف EL-552031.
أتابع في عيادة الأمراض المعدية مع الدكتورة سارة هولم.

دوائي لفيروس نقص المناعة البشرية (بكتارفي، حبة واحدة يومياً) سينفد بعد
ثلاثة أيام، والصيدلية تقول إن التأمين يحتاج إلى موافقة جديدة.
لا أريد أن أتوقف عن الدواء لأن آخر تحليل للحمل الفيروسي كان غير قابل
للكشف في شهر أغسطس، وعدد خلايا CD4 كان 640.

هل يمكن إرسال الوصفة إلى صيدلية ماين ستريت، أو إعطائي عينات حتى تتم
الموافقة؟ رقم هاتفي 555-0192.

شكراً جزيلاً،
أحمد
`)),
			html(`<html dir="rtl" lang="ar"><body style="font-family:Tahoma">
<p>مرحباً،</p>
<p>أنا أحمد الخطيب، تاريخ الميلاد 3/9/1988، رقم الملف EL-552031.</p>
<p>دوائي لفيروس نقص المناعة البشرية (بكتارفي) سينفد بعد ثلاثة أيام. آخر تحليل للحمل الفيروسي كان غير قابل للكشف.</p>
<p>هل يمكن إرسال الوصفة إلى صيدلية ماين ستريت؟ رقم هاتفي 555-0192.</p>
<p>شكراً جزيلاً، أحمد</p>
</body></html>
`),
		),
	})
}
