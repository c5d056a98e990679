package main

import (
	"fmt"
	"strings"
)

// corpusRestricted: PHI in a restricted category (mental health, substance
// use treatment, HIV, genetic, reproductive health).
func corpusRestricted() {
	raw(C, Res, "therapy-session-note", `From: "Laura Chen, LCSW" <lchen@stillwater-counseling.example.com>
To: "Stillwater Counseling Records" <records@stillwater-counseling.example.com>
Subject: Progress note 06/12 - client R. Delgado

PROGRESS NOTE - INDIVIDUAL PSYCHOTHERAPY (90837, 55 min)

Client: Rosa Delgado-Vance     DOB: 03/08/1986     Chart #: SC-2291
Session: 06/12/2025, session 14
Diagnosis: F33.1 Major depressive disorder, recurrent, moderate;
           F41.1 Generalized anxiety disorder

Subjective: Client reports two "bad weeks" after her mother's hospital
stay. Sleeping 4-5 hours, crying daily, missed two days of work. Denies
suicidal ideation, intent or plan (C-SSRS screen negative). PHQ-9 = 17
(was 11 on 05/15). GAD-7 = 14.

Interventions: cognitive restructuring around "I'm failing everyone";
behavioral activation schedule reviewed; practiced paced breathing.

Plan: continue weekly CBT. Client agreed to ask Dr. Patel about her
sertraline dose (currently 100 mg). Safety plan reviewed and updated.
Next session 06/19.

Laura Chen, LCSW
`)

	raw(C, Res, "psychiatric-referral", `From: "Dr. Ellison" <eellison@sunrise-family.example.org>
To: "Intake - Evergreen Behavioral Health" <intake@evergreen-bh.example.org>
Subject: Referral for psychiatric evaluation - Kevin Tran, DOB 11/21/1994

Hello,

Please evaluate Kevin Tran (DOB 11/21/1994, our MRN 00552018) for
possible bipolar II disorder. He had a 10-day episode last month of
decreased need for sleep, pressured speech and impulsive spending after
I started him on escitalopram 10 mg for depression in March. I stopped
the escitalopram on 05/30. No psychosis, no suicidal ideation today.
Family history: father with bipolar I disorder treated with lithium.

Insurance: Tri-State Mutual, ID TSM90114527. Phone 253-555-0115.

He is aware of and agrees with the referral.

Elena Ellison, MD
Sunrise Family Practice
`)

	raw(C, Res, "sud-program-enrollment", `From: "New Dawn Recovery Center - Admissions" <admissions@newdawn-recovery.example.org>
To: "Marcus Oyelaran" <moyelaran@example.com>
Subject: Welcome to the New Dawn intensive outpatient program

Dear Marcus,

Welcome to New Dawn. This confirms your enrollment in our Intensive
Outpatient Program (IOP) for opioid use disorder, starting Monday 07/07.

  Schedule:  Mon/Wed/Thu 6:00-9:00 PM, group room B
  Counselor: Teresa Quintero, LADC
  Client ID: ND-25-0713
  Medication: you will continue buprenorphine/naloxone 8/2 mg film twice
              daily with Dr. Mbeki; first prescriber visit 07/09 at 5:15 PM.

Please bring a photo ID and your insurance card. We will ask for a urine
drug screen at intake.

Your records are protected by federal confidentiality rules (42 CFR
Part 2) and will not be shared without your written consent.

New Dawn Recovery Center | 555-0171
`)

	raw(C, Res, "methadone-dosing-record", `From: "Harbor Treatment Program Nursing" <dosing@harbor-otp.example.org>
To: "Dr. Svetlana Lindqvist" <slindqvist@harbor-otp.example.org>
Subject: Dose change request - patient #HT-30418

Dr. Lindqvist,

Patient #HT-30418 (Dmitri Kowalczyk, DOB 01/05/1981) reports cravings and
withdrawal symptoms in the evenings (COWS 9 at 07:00 today). Current
methadone dose 85 mg daily, 4 take-homes per week. Last UDS 06/18:
positive for methadone, negative for fentanyl and other opioids.

Requesting an increase to 95 mg per the split-dose protocol. ECG on file
from 04/2025: QTc 438 ms.

Please sign the order in the dosing system.

Karen Whitfield, RN
Harbor Treatment Program
`)

	raw(C, Res, "hiv-viral-load-result", `From: "Positive Health Clinic" <results@positivehealth-clinic.example.org>
To: "Andre Haddad" <ahaddad@example.net>
Subject: Your lab results from 05/20

Hi Andre,

Dr. Ramos reviewed your blood work from 05/20/2025:

  HIV-1 RNA (viral load):  <20 copies/mL (undetectable)
  CD4 count:               684 cells/uL (31%)
  Creatinine:              0.98 mg/dL
  ALT:                     24 U/L

Great news - your viral load is still undetectable on Biktarvy. Keep taking
it every day. Next labs in 6 months, due around 11/20.

Positive Health Clinic, 404-555-0186
`)

	raw(C, Res, "prep-refill-reminder", `From: "Get PrEPared Pharmacy Services" <refills@getprepared-rx.example.com>
To: "Jordan Nakamura" <jnakamura@example.org>
Subject: Time to refill your PrEP

Hi Jordan,

Your emtricitabine/tenofovir DF (Truvada for PrEP) 200/300 mg, Rx #PX-88123,
has 5 days left. Before we can refill, you need your 3-month HIV test and
kidney check - your last HIV test was 04/02/2025 (negative).

Book your lab visit at 555-0105 or use the home test kit we mailed.

Get PrEPared Pharmacy Services
`)

	raw(C, Res, "brca-result-letter", `From: "Cancer Genetics Program" <genetics@cascade-cancer-ctr.example.org>
To: "Ingrid Thorne" <ithorne@example.com>
Subject: Your genetic test result

Dear Ms. Thorne,

Your hereditary cancer panel (collected 04/28/2025, DOB 09/30/1979) found a
pathogenic variant in the BRCA2 gene: c.5946delT (p.Ser1982fs).

This means you have a higher lifetime risk of breast and ovarian cancer.
Your first-degree relatives (your sister and daughter) each have a 50%
chance of carrying the same variant and can be tested for it specifically.

We would like to see you on 05/22 at 1:00 PM with your genetic counselor,
Hana Mbeki, MS, CGC, to talk about screening with breast MRI and options
for risk-reducing surgery.

Cancer Genetics Program, (541) 555-0179
`)

	raw(C, Res, "genetic-counseling-letter-lynch", `From: "Hana Mbeki, MS, CGC" <hmbeki@cascade-cancer-ctr.example.org>
To: "Dr. Peter Achterberg" <pachterberg@valley-gi.example.com>
Subject: Genetic counseling summary - Robert Gonzalez

Dear Dr. Achterberg,

Thank you for referring Robert Gonzalez (DOB 06/17/1969) for genetic
counseling after his colon cancer diagnosis at 55. Tumor testing showed
loss of MLH1/PMS2 without MLH1 promoter hypermethylation.

Germline testing (84-gene panel) identified a pathogenic MLH1 variant,
c.1852_1854del, confirming Lynch syndrome. We discussed colonoscopy every
1-2 years, consideration of daily aspirin, and cascade testing for his
three children. He has given permission to send family letters.

Sincerely,
Hana Mbeki, MS, CGC
`)

	raw(C, Res, "abortion-followup", `From: "Westside Women's Health" <nurse@westside-womens.example.org>
To: "Lena Brennan" <lbrennan@example.net>
Subject: Checking in after your procedure

Hi Lena,

This is the nurse from Westside Women's Health checking in after your
medication abortion (mifepristone on 08/02, misoprostol 08/03). Your
follow-up hCG on 08/14 was 312 mIU/mL, down from 18,400, which shows the
pregnancy has ended.

Some spotting for a few more weeks is normal. Call us at 555-0191 for
heavy bleeding (soaking 2 pads an hour for 2 hours), fever, or severe pain.

You mentioned you'd like to start the pill - we sent norgestimate/ethinyl
estradiol to your pharmacy. Start it this Sunday.

Westside Women's Health
`)

	raw(C, Res, "ivf-billing-statement", `From: "Bright Horizons Fertility - Billing" <billing@bh-fertility.example.com>
To: "Fatima Haddad" <fhaddad@example.com>
Subject: Statement for your IVF cycle - account BHF-220417

Account: BHF-220417    Patient: Fatima Haddad    DOB: 12/14/1988

  04/03/2025  58970 Oocyte retrieval                  $4,200.00
  04/03/2025  89250 Embryo culture, up to 4 days      $1,850.00
  04/03/2025  89280 ICSI, up to 10 oocytes            $1,600.00
  04/08/2025  58974 Frozen embryo transfer            $3,100.00
  04/08/2025  89258 Embryo cryopreservation           $  900.00
              Stimulation medications (follitropin,
              ganirelix) billed by specialty pharmacy
              Insurance payment (fertility rider)     -$6,000.00

Balance due: $5,650.00. Ask us about our 12-month payment plan.
`)

	raw(C, Res, "sti-results-chlamydia", `From: "Campus Health Center" <portal@campus-health.example.edu.test>
To: "Oscar Tran" <otran@students.example.edu.test>
Subject: Your test results

Hi Oscar,

Your results from 02/18 are back:

  Chlamydia trachomatis NAAT (urine):  POSITIVE
  Neisseria gonorrhoeae NAAT (urine):  negative
  Syphilis (RPR):                      nonreactive
  HIV-1/2 Ag/Ab:                       nonreactive

Chlamydia is easy to treat. We sent doxycycline 100 mg twice a day for
7 days to the campus pharmacy. Please avoid sex until 7 days after you
finish, and let recent partners know so they can get treated too - we can
help with that confidentially.

Campus Health Center, 555-0106
`)

	raw(C, Res, "eating-disorder-program", `From: "Lighthouse Eating Disorder Program" <intake@lighthouse-edp.example.org>
To: "Dr. Hannah Okafor" <hokafor@pinegrovepeds.example.org>
Subject: Admission to partial hospitalization - Aaliyah M., 16

Dr. Okafor,

Thank you for referring Aaliyah Mbeki (DOB 10/03/2008). She was admitted
to our partial hospitalization program today for anorexia nervosa,
restricting type (F50.01). Weight 41.2 kg (BMI 15.6, 78% of median BMI),
HR 46 lying, orthostatic on standing. Potassium and phosphorus are normal;
we will monitor for refeeding syndrome.

Plan: 6 days/week, family-based treatment, meal support, weekly labs.
We will send weekly updates to you with her parents' consent.

Lighthouse Eating Disorder Program, 555-0192
`)

	raw(C, Res, "buprenorphine-prior-auth", `From: "Pharmacy Prior Authorization" <pharmacy-pa@bluewater-plan.example.com>
To: "Dr. Aisha Mbeki" <ambeki@newdawn-recovery.example.org>
Subject: PA approved - Sublocade for member BWH770128845

Prior authorization APPROVED

Member:      Marcus Oyelaran
Member ID:   BWH770128845
Drug:        buprenorphine extended-release injection (Sublocade) 300 mg
             x 2 months, then 100 mg monthly
HCPCS:       Q9991
Diagnosis:   F11.20 Opioid dependence, uncomplicated
Approved:    07/15/2025 through 07/14/2026

Bluewater Pharmacy Services
`)

	raw(C, Res, "alcohol-detox-discharge", `From: "Stonebridge Detox Unit" <unit3@stonebridge-hosp.example.org>
To: "Dr. Grant Pruitt" <gpruitt@lakeside-primary.example.com>
Subject: Discharge from medically supervised withdrawal - Tomasz Brennan

Dr. Pruitt,

Your patient Tomasz Brennan (DOB 07/29/1972, MRN 60117288) completed a
5-day medically supervised alcohol withdrawal (F10.230) on 03/21. Peak CIWA
was 19 on day 2; treated with a lorazepam taper, thiamine 100 mg daily and
folic acid. No seizures or delirium. AST 142, ALT 88, GGT 410.

He started naltrexone 50 mg daily and accepted a referral to our outpatient
alcohol recovery group (Tuesdays). Please recheck liver tests in 4 weeks.

Stonebridge Hospital Detox Unit
`)

	raw(C, Res, "ptsd-treatment-update", `From: "Veterans Wellness Clinic" <clinic@veterans-wellness.example.org>
To: "Marcus Bell" <mbell@example.net>
Subject: Next steps in your treatment

Hi Marcus,

Thanks for completing session 6 of Prolonged Exposure therapy for PTSD
today. Your PCL-5 score dropped from 58 to 41 - real progress. Dr. Kaminski
also renewed your prazosin 2 mg at bedtime for the nightmares.

Your next session is Thursday at 4:00 PM. Please keep listening to the
recording of today's imaginal exposure once a day.

Veterans Wellness Clinic, 555-0107
`)

	raw(C, Res, "lithium-level-bipolar", `From: "Evergreen Behavioral Health Labs" <labs@evergreen-bh.example.org>
To: "Dr. Rina Patel" <rpatel@evergreen-bh.example.org>
Subject: Lithium level - Kevin Tran

Kevin Tran (DOB 11/21/1994, MRN EB-4410271):
  Lithium, 12-hr trough (06/25)  1.3 mmol/L  (0.6-1.2) HIGH
  Creatinine                     1.1 mg/dL
  TSH                            5.4 mIU/L   HIGH

Currently on lithium carbonate ER 900 mg at bedtime for bipolar II
disorder. Patient reports tremor and loose stools. Please advise.
`)

	raw(C, Res, "schizophrenia-lai-injection", `From: "ACT Team Nurse" <act-nurse@riverside-cmhc.example.org>
To: "ACT Team" <act-team@riverside-cmhc.example.org>
Subject: Injection given - J. Whitfield

Gave James Whitfield (DOB 02/19/1964, client #R-55102) his paliperidone
palmitate 234 mg IM (left deltoid) today at home, 06/30. He is still
hearing voices at night but says they are "quieter." No medication changes
per Dr. Lindqvist; no EPS noted. Next due 07/28. Schizophrenia,
paranoid type in chart (F20.0).

Karen W., RN
`)

	raw(C, Res, "anxiety-cbt-referral", `From: "Dr. Kenji Nakamura" <knakamura@mapleview-clinic.example.org>
To: "Stillwater Counseling" <intake@stillwater-counseling.example.com>
Subject: Referral for CBT - panic disorder

Please see Mei Castellanos (DOB 01/30/1999, phone 503-555-0138) for
cognitive behavioral therapy. She has panic disorder with agoraphobia
(F40.01); three ED visits for panic attacks since January, cardiac workup
negative. I started sertraline 25 mg and will titrate. She prefers
evening telehealth sessions.

Kenji Nakamura, MD
`)

	raw(C, Res, "phq9-depression-screen", `From: "Population Health" <pophealth@sunrise-family.example.org>
To: "Behavioral Health Care Manager" <bhcm@sunrise-family.example.org>
Subject: Positive depression screens this week

Three patients screened positive on the PHQ-9 during visits this week:

  Colleen Abernathy  DOB 05/14/1977  PHQ-9 21, item 9 = 1  - needs same-day call
  Pedro Lindqvist    DOB 09/02/1959  PHQ-9 15
  Shanice Dubois     DOB 12/12/2001  PHQ-9 12 (postpartum, 8 wks)

Please reach out and schedule collaborative care intake.
`)

	add(C, Res, "hl7-oru-hiv-viral-load", &Msg{
		From:    `"Regional Labs Interface" <hl7-out@regional-labs.example.com>`,
		To:      `"Positive Health Clinic Interface" <interface@positivehealth-clinic.example.org>`,
		Subject: "Resend request 0042",
		Root: mixed(text("Message attached as requested.\n"),
			hl7Part("application/hl7-v2", "resend_0042.hl7", hl7(
				`MSH|^~\&|REGLAB|REGIONALLABS|PHC_EHR|PHC|20250521101500||ORU^R01^ORU_R01|RL0042|P|2.5.1`,
				`PID|1||PHC-88120^^^PHC^MR||HADDAD^ANDRE^K||19850907|M|||77 Peachtree Pl^^Atlanta^GA^30303`,
				`ORC|RE|PHC-ORD-5512|RL-22017`,
				`OBR|1|PHC-ORD-5512|RL-22017|25836-8^HIV 1 RNA [#/volume] (viral load)^LN|||20250520083000`,
				`OBX|1|NM|25836-8^HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA^LN||<20|copies/mL|<20||||F`,
				`OBX|2|NM|8126-5^CD4 cells [#/volume]^LN||684|cells/uL|500-1500||||F`,
				`DG1|1||B20^Human immunodeficiency virus [HIV] disease^I10`))),
	})

	add(C, Res, "fhir-genetic-observation", &Msg{
		From:    `"GenomeLink Reports" <reports@genomelink-dx.example.com>`,
		To:      `"Cancer Genetics Program" <genetics@cascade-cancer-ctr.example.org>`,
		Subject: "Report GL-25-11872 available",
		Root: mixed(text("Structured report attached.\n"),
			attach("application/fhir+json", "GL-25-11872.json", []byte(`{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "p1",
      "name": [{"family": "Thorne", "given": ["Ingrid"]}],
      "birthDate": "1979-09-30", "gender": "female",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.77", "value": "CCC-0044871"}]}},
    {"resource": {"resourceType": "Observation", "id": "var1", "status": "final",
      "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
      "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6", "display": "Genetic variant assessment"}]},
      "subject": {"reference": "Patient/p1"},
      "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9633-4", "display": "Present"}]},
      "component": [
        {"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6", "display": "Gene studied"}]},
         "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org", "code": "HGNC:1101", "display": "BRCA2"}]}},
        {"code": {"coding": [{"system": "http://loinc.org", "code": "48004-6", "display": "DNA change (c.HGVS)"}]},
         "valueCodeableConcept": {"text": "NM_000059.4:c.5946del"}},
        {"code": {"coding": [{"system": "http://loinc.org", "code": "53037-8", "display": "Genetic variation clinical significance"}]},
         "valueCodeableConcept": {"text": "Pathogenic"}}
      ]}}
  ]
}
`))),
	})

	add(C, Res, "csv-iop-group-roster", &Msg{
		From:    `"New Dawn Recovery Center" <ops@newdawn-recovery.example.org>`,
		To:      `"Group Facilitators" <facilitators@newdawn-recovery.example.org>`,
		Subject: "Roster for July",
		Root: mixed(text("July roster attached. Please update attendance by Friday.\n"),
			attachText("text/csv", "roster_july.csv", sudRosterCSV(24), "base64")),
	})

	add(C, Res, "filename-hiv-results-innocent-body", &Msg{
		From:    `"Dana" <dana.front@positivehealth-clinic.example.org>`,
		To:      `"Records" <records@positivehealth-clinic.example.org>`,
		Subject: "scan",
		Root: mixed(text("Please see attached. Thanks!\n"),
			attach("application/pdf", "Smith_John_DOB_1961-04-12_HIV_results.pdf", pdfDoc("scan", pdfLines(`Scanned document
Page 1 of 1`), false))),
	})

	add(C, Res, "pdf-flate-psych-eval", &Msg{
		From:    `"Evergreen Behavioral Health" <records@evergreen-bh.example.org>`,
		To:      `"Sunrise Family Practice" <fax-inbox@sunrise-family.example.org>`,
		Subject: "Consult report",
		Root: mixed(text("Consult report attached. Thank you for the referral.\n"),
			attach("application/pdf", "consult_report.pdf", pdfDoc("Psychiatric evaluation", pdfLines(`EVERGREEN BEHAVIORAL HEALTH - PSYCHIATRIC EVALUATION
Patient: Kevin Tran            DOB: 11/21/1994      MRN: EB-4410271
Date: 06/04/2025               Clinician: Rina Patel, MD

Chief complaint: "My mood goes up and down and I can't sleep."

History: Depressive episodes since age 19. In April 2025, after starting
escitalopram, 10 days of elevated mood, 3 hours of sleep a night,
racing thoughts and spending $6,000. No psychotic symptoms. No prior
hospitalizations. Alcohol: 2-3 drinks on weekends. No drug use.

Mental status: casually dressed, good eye contact, speech normal rate,
mood "tired", affect mildly constricted, no SI/HI, insight fair.

Assessment: Bipolar II disorder, current episode depressed (F31.81).

Plan:
1. Start lithium carbonate ER 450 mg at bedtime, increase to 900 mg.
2. Baseline TSH, creatinine, lithium level in 5 days.
3. Psychotherapy: interpersonal and social rhythm therapy.
4. Return in 2 weeks.`), true))),
	})

	add(C, Res, "subject-only-iop-intake", &Msg{
		From:    `"Teresa Quintero" <tquintero@newdawn-recovery.example.org>`,
		To:      `"Dr. Aisha Mbeki" <ambeki@newdawn-recovery.example.org>`,
		Subject: "Re: Kowalski, Anna DOB 04/09/1990 - IOP intake today, opioid use disorder, needs bup induction",
		Root:    text("see chart\n"),
	})

	raw(C, Res, "display-name-methadone-front-desk", `From: "Methadone Clinic Front Desk" <frontdesk@harbor-otp.example.org>
To: "Dmitri Kowalczyk" <dkowalczyk81@example.net>
Subject: Appointment confirmed

Hi Dmitri,

You're confirmed for Tuesday 07/15 at 9:00 AM with Dr. Lindqvist.
Please come to the side entrance on Pier Street.

Front Desk
`)

	raw(C, Res, "spanish-prep-start", `From: "Clínica Esperanza - Salud Sexual" <saludsexual@clinica-esperanza.example.org>
To: "Luis Quintero" <lquintero@example.net>
Subject: Inicio de PrEP - sus resultados y próximos pasos

Hola Luis:

Sus análisis del 10/06 salieron bien:

  Prueba de VIH (4.ª generación): negativa
  Hepatitis B: no inmune - le recomendamos vacunarse
  Creatinina: 0,9 mg/dL (normal)

Ya puede empezar la PrEP: emtricitabina/tenofovir 200/300 mg, una
tableta al día. La receta está en su farmacia. Es importante tomarla
todos los días y hacerse la prueba de VIH cada 3 meses.

Su próxima cita: 09/09 a las 17:00 con la enfermera Ramírez.

Clínica Esperanza, 555-0108
`)

	raw(C, Res, "spanish-mental-health-followup", `From: "Centro de Salud Mental Aurora" <citas@csm-aurora.example.org>
To: "María Fernanda Delgado" <mfdelgado@example.com>
Subject: Seguimiento de su tratamiento

Estimada María Fernanda:

Le escribimos para dar seguimiento a su consulta con la Dra. Lindqvist
del 3 de julio. Como acordaron, aumentamos la fluoxetina a 40 mg al día
para la depresión y continuará la terapia cognitivo-conductual cada
semana con el psicólogo Andrés Vega.

Próxima sesión: miércoles 16 de julio, 18:00 (videollamada).
Expediente: CSM-7710.

Si tiene pensamientos de hacerse daño, llame o envíe un texto al 988.

Centro de Salud Mental Aurora
`)

	raw(C, Res, "french-ivg-followup", `From: "Centre de santé sexuelle" <accueil@css-belleville.example.fr.test>
To: "Camille Rousseau" <camille.rousseau@example.net>
Subject: Votre consultation de contrôle après IVG

Madame Rousseau,

Suite à votre IVG médicamenteuse du 4 mars, votre dosage de bêta-hCG du
18 mars est de 86 UI/L, en nette baisse : l'interruption de grossesse est
complète.

Nous vous proposons un rendez-vous le 25 mars à 10 h avec la sage-femme
pour la pose de l'implant contraceptif dont vous avez parlé.

Centre de santé sexuelle, tél. 01 55 50 01 33
`)

	raw(C, Res, "german-psychotherapie-bericht", `From: "Praxis für Psychotherapie Dr. Weber" <praxis@psychotherapie-weber.example.de.test>
To: "Gutachter Krankenkasse" <gutachter@kasse-nord.example.de.test>
Subject: Bericht zum Umwandlungsantrag - Frau Anna Schmidt

Sehr geehrte Damen und Herren,

für Frau Anna Schmidt, geb. 14.02.1983, Versichertennummer N448120337,
beantrage ich die Umwandlung der Kurzzeit- in eine Langzeittherapie
(Verhaltenstherapie, 36 Sitzungen).

Diagnosen: Posttraumatische Belastungsstörung (F43.1) nach einem
Verkehrsunfall 2023; mittelgradige depressive Episode (F32.1).

Bisheriger Verlauf: Albträume und Intrusionen haben abgenommen, die
Vermeidung des Autofahrens besteht weiter. BDI-II aktuell 24.

Mit freundlichen Grüßen
Dr. Johanna Weber, Psychologische Psychotherapeutin
`)

	raw(C, Res, "portuguese-hiv-carga-viral", `From: "Ambulatório de Infectologia" <infecto@hospital-esperanca.example.com.br.test>
To: "Rafael Souza" <rafael.souza@example.net>
Subject: Resultado da sua carga viral

Olá, Rafael.

Seu exame de 12/05/2025 mostrou carga viral do HIV indetectável
(< 40 cópias/mL) e CD4 de 512 células/mm³. Continue tomando dolutegravir
+ lamivudina todos os dias.

Próxima consulta com o Dr. Carvalho: 18/08/2025 às 9h. Prontuário 448120.

Ambulatório de Infectologia
`)

	add(C, Res, "chinese-gb2312-hiv-result", &Msg{
		From:    `"Infectious Disease Clinic" <ganranke@shiyiyuan.example.com>`,
		To:      `"Wang Lihua" <wanglihua@example.net>`,
		Subject: encWordBytes([]byte(legacy("zh-hiv-subj").bytes), "gb2312", 'B'),
		Root:    &Part{CT: "text/plain", Params: map[string]string{"charset": "gb2312"}, CTE: "base64", Body: []byte(legacy("zh-hiv-body").bytes)},
	})

	raw(C, Res, "vietnamese-contraception-counseling", `From: "Phòng Khám Sức Khỏe Phụ Nữ" <tuvan@suckhoephunu.example.org>
To: "Nguyễn Thị Hoa" <nthoa@example.net>
Subject: Tư vấn biện pháp tránh thai - chị Nguyễn Thị Hoa

Chào chị Hoa,

Cảm ơn chị đã đến buổi tư vấn tránh thai ngày 12/06. Như đã trao đổi,
chị chọn đặt vòng tránh thai nội tiết (levonorgestrel 52 mg). Lịch đặt
vòng: thứ Ba 24/06 lúc 9 giờ sáng với BS. Trần.

Xét nghiệm thai trước khi đặt vòng: âm tính. Xét nghiệm chlamydia và lậu:
âm tính.

Điện thoại phòng khám: 714-555-0170
`)

	add(C, Res, "qp-soft-breaks-buprenorphine", &Msg{
		From:    `"Lakeside Primary Care" <mat-program@lakeside-primary.example.com>`,
		To:      `"CornerRx Pharmacy #0412" <rx0412@cornerrx.example.com>`,
		Subject: "Induction plan",
		Root: qpBreaks("text/plain", "utf-8", `Pharmacist,

Our patient Grant Espinoza (DOB 03/2¦7/1988) starts office-based treatment
for opioid use dis¦order this week. New Rx sent electronically:

  bupre¦norphine/naloxone 8 mg/2 mg sublingual film
  Day 1: 4 mg when in moderate withdrawal (COWS >= 12), may repeat x1
  Day 2 onward: 16 mg daily
  Qty 14 films, no refills. Prescriber DEA FR730¦2641, NPI 1195830272.

Please call 918-555-0127 if there are any insurance problems. He does not
have a naloxone kit yet - please dispense naloxone 4 mg nasal spray too.

Dr. Grant Pruitt
`),
	})

	add(C, Res, "base64-body-genetic-carrier", &Msg{
		From:    `"Prenatal Genetics" <prenatal-genetics@westside-womens.example.org>`,
		To:      `"Shanice Dubois" <sdubois@example.net>`,
		Subject: "Your screening results",
		Root: b64(text(`Dear Shanice,

Your expanded carrier screening (sample 03/10/2025) shows that you are a
carrier of cystic fibrosis: one pathogenic CFTR variant, F508del. Being a
carrier does not affect your own health.

Because you are 12 weeks pregnant, we recommend testing your partner as
soon as possible. If he is also a carrier, the baby would have a 25% chance
of cystic fibrosis, and we would talk about diagnostic testing (CVS or
amniocentesis).

Our genetic counselor can see you both on 03/27. Call 555-0193.

Prenatal Genetics, Westside Women's Health
`)),
	})

	add(C, Res, "html-table-bh-schedule", &Msg{
		From:    `"Scheduling" <scheduling@stillwater-counseling.example.com>`,
		To:      `"Laura Chen" <lchen@stillwater-counseling.example.com>`,
		Subject: "Tomorrow",
		Root: alt(text("Your client list for tomorrow is in the HTML version of this message.\n"), html(`<html><body>
<table border="1" cellpadding="4">
<tr><th>Time</th><th>Client</th><th>DOB</th><th>Service</th><th>Dx</th></tr>
<tr><td>09:00</td><td>Delgado-Vance, Rosa</td><td>03/08/1986</td><td>90837 psychotherapy</td><td>F33.1 MDD, recurrent</td></tr>
<tr><td>10:00</td><td>Holloway, Grant</td><td>07/01/1979</td><td>90834 psychotherapy</td><td>F43.10 PTSD</td></tr>
<tr><td>11:00</td><td>Nakamura, Jordan</td><td>02/22/1996</td><td>90847 family therapy</td><td>F50.2 Bulimia nervosa</td></tr>
<tr><td>13:00</td><td>Castellanos, Mei</td><td>01/30/1999</td><td>90791 intake</td><td>F40.01 Panic disorder w/ agoraphobia</td></tr>
<tr><td>14:00</td><td>Farrow, Malik</td><td>12/02/1990</td><td>90832 psychotherapy</td><td>F10.20 Alcohol use disorder</td></tr>
</table>
</body></html>
`)),
	})

	add(C, Res, "forwarded-rfc822-prep-question", &Msg{
		From:    `"Nurse Ramírez" <nramirez@clinica-esperanza.example.org>`,
		To:      `"Dr. Ramos" <jramos@clinica-esperanza.example.org>`,
		Subject: "Fwd: missed doses",
		Root: mixed(text("Dr. Ramos, can you answer this one? Thanks.\n"),
			rfc822(rawInner(`From: "Luis Quintero" <lquintero@example.net>
To: "Clinica Esperanza" <saludsexual@clinica-esperanza.example.org>
Subject: missed doses
Date: Fri, 18 Jul 2025 22:41:09 -0500
Message-ID: <lq-0718@mail.example.net>

Hi, I'm on PrEP since June (Luis Quintero, DOB 8/19/1993). I forgot my pills
for 4 days while traveling and had sex without a condom on Tuesday. Do I
need PEP? Should I restart the Truvada?
`))),
	})

	add(C, Res, "ics-therapy-appointment", &Msg{
		From:    `"Stillwater Counseling" <scheduling@stillwater-counseling.example.com>`,
		To:      `"Grant Holloway" <gholloway@example.net>`,
		Subject: "Updated invitation",
		Root: mixed(text("Your appointment was moved. The updated calendar file is attached.\n"),
			&Part{CT: "text/calendar", Params: map[string]string{"charset": "utf-8", "method": "REQUEST"}, CTE: "quoted-printable", Disp: "attachment",
				DispParams: map[string]string{"filename": "session.ics"}, Body: ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stillwater//Telehealth//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:stw-2025-0717-1000-holloway@stillwater-counseling.example.com
DTSTAMP:20250714T090000Z
DTSTART:20250717T170000Z
DTEND:20250717T175500Z
SUMMARY:Trauma-focused therapy session (PTSD) - Grant Holloway with Laura Chen LCSW
DESCRIPTION:Session 9 of cognitive processing therapy. Bring your worksheet on stuck points.
LOCATION:Telehealth
ORGANIZER;CN=Stillwater Counseling:mailto:scheduling@stillwater-counseling.example.com
ATTENDEE;CN=Grant Holloway:mailto:gholloway@example.net
END:VEVENT
END:VCALENDAR
`)}),
	})

	add(C, Res, "encoded-subject-sti-latin1", &Msg{
		From:    `"Salud Sexual Móvil" <resultados@saludmovil.example.org>`,
		To:      `"Andrés Vega" <avega@example.net>`,
		Subject: encWord("Andrés, su resultado de sífilis y el tratamiento", "iso-8859-1", 'Q'),
		Root: textAs("text/plain", `Andrés:

Su prueba del 2 de mayo salió positiva para sífilis (RPR 1:32, TP-PA
reactiva). Necesita una inyección de penicilina benzatínica 2,4 millones
de unidades. Puede venir sin cita el martes o jueves de 9 a 12.

Es muy importante avisar a sus parejas sexuales de los últimos 3 meses.

Salud Sexual Móvil - 555-0109
`, "iso-8859-1", "quoted-printable"),
	})

	raw(C, Res, "contraception-counseling-note", `From: "Dr. Ingrid Haddad" <ihaddad@westside-womens.example.org>
To: "Westside Women's Health Chart" <chart@westside-womens.example.org>
Subject: Visit note - Priscilla Tran, contraception counseling

Priscilla Tran, 24, DOB 06/06/2001, MRN WW-118820.
Contraception counseling visit. Currently using condoms. History of
migraine with aura, so estrogen-containing methods are contraindicated.
Discussed copper IUD, levonorgestrel IUD, implant and progestin-only pill.
She chose the etonogestrel implant; placed in the left arm today without
complications. Urine hCG negative.
`)

	raw(C, Res, "naltrexone-injection-reminder", `From: "Lakeside Primary Care MAT Program" <mat-program@lakeside-primary.example.com>
To: "Tomasz Brennan" <tbrennan@example.org>
Subject: Your Vivitrol injection is due

Hi Tomasz,

Your monthly Vivitrol (naltrexone 380 mg) injection for alcohol use
disorder is due on 08/18. We have you scheduled at 8:30 AM with nurse
Karen. Recovery group meets right after, at 9:30.

Lakeside Primary Care, 918-555-0127
`)

	add(C, Res, "ccda-behavioral-health", &Msg{
		From:    `"Direct Messaging" <direct@evergreen-bh.direct.example.org>`,
		To:      `"Riverside CMHC" <intake@riverside-cmhc.direct.example.org>`,
		Subject: "Care summary",
		Root: mixed(text("Care summary attached.\n"), attach("application/xml", "care_summary.xml", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="EBH-CCD-55102"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of episode note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250701"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.19.5.99999.2" extension="R-55102"/>
    <patient><name><given>James</given><family>Whitfield</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19640219"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section>
    <title>Problems</title>
    <text><list><item>Schizophrenia (F20.9), onset 1988</item><item>Tobacco use disorder</item></list></text>
  </section></component><component><section>
    <title>Medications</title>
    <text><list><item>Paliperidone palmitate 234 mg IM every 4 weeks</item><item>Benztropine 1 mg PO BID</item></list></text>
  </section></component></structuredBody></component>
</ClinicalDocument>
`))),
	})

	raw(C, Res, "x-sensitivity-restricted-sud", `From: "Dr. Aisha Mbeki" <ambeki@newdawn-recovery.example.org>
To: "Dr. Elena Ellison" <eellison@sunrise-family.example.org>
Subject: Coordination of care (with patient consent)
X-Sensitivity: restricted; 42CFR2
X-Consent-Reference: ND-CONSENT-2025-0713

Dr. Ellison,

Marcus Oyelaran (DOB 04/02/1987) signed a Part 2 consent for us to share
this with you. He transitioned from sublingual buprenorphine to monthly
extended-release buprenorphine injections in July and has had negative
fentanyl screens for 10 weeks. Please avoid prescribing opioids or
benzodiazepines without calling us first.

This information has been disclosed to you from records protected by
federal confidentiality rules (42 CFR part 2).

Aisha Mbeki, MD, Addiction Medicine
`)

	raw(C, Res, "long-therapy-notes", longTherapyNotes)

	raw(C, Res, "termination-claim-cpt", `From: "Claims Intake" <claims@tri-state-mutual.example.com>
To: "Westside Women's Health Billing" <billing@westside-womens.example.org>
Subject: Claim 2025081300562 - additional documentation

Claim 2025081300562
Member: Lena Brennan   Member ID: TSM51109284   DOB: 07/07/1996
DOS: 08/02/2025
  59840 Induced abortion, by dilation and curettage    $1,150.00
  76817 Ultrasound, pregnant uterus, transvaginal       $240.00
Dx: Z33.2 Encounter for elective termination of pregnancy

Please send the operative note to complete processing.
`)

	raw(C, Res, "hiv-new-diagnosis-linkage", `From: "County Sexual Health Clinic" <linkage@county-health.example.gov.test>
To: "Positive Health Clinic Intake" <intake@positivehealth-clinic.example.org>
Subject: Linkage to care - new HIV diagnosis

Referral for rapid start of antiretroviral therapy:

  Name: Daniel Quintero   DOB: 10/10/2000   Phone: 404-555-0187
  HIV-1/2 Ag/Ab reactive 07/08, HIV-1 differentiation assay positive,
  viral load pending. Client consents to linkage and was given a 7-day
  starter pack of bictegravir/emtricitabine/tenofovir alafenamide.

Please schedule within 72 hours.
County Sexual Health Clinic, Linkage Navigator
`)

	raw(C, Res, "postpartum-depression-ob", `From: "Dr. Gloria Espinoza" <gespinoza@westside-womens.example.org>
To: "Shanice Dubois" <sdubois@example.net>
Subject: Following up on our call

Hi Shanice,

Thank you for telling me how hard the last few weeks have been. What
you're describing sounds like postpartum depression, and it is treatable.
As we discussed, I sent sertraline 50 mg to your pharmacy - it is safe
while breastfeeding. Our perinatal therapist, Laura Chen, will call you
tomorrow to set up your first session.

If you have thoughts of harming yourself or the baby, call 988 right away.

Dr. Espinoza
`)

	raw(C, Res, "adhd-stimulant-refill", `From: "Evergreen Behavioral Health" <refills@evergreen-bh.example.org>
To: "Jordan Abernathy" <jabernathy@example.com>
Subject: Refill sent

Hi Jordan, Dr. Patel sent your refill of lisdexamfetamine 40 mg (30 caps)
for ADHD to CornerRx today. Your next medication-management visit with
her is 09/08 at 3:20 PM - we'll check your blood pressure and how the
anxiety is doing on the current dose.
`)
}

// sudRosterCSV makes an IOP group roster with n clients.
func sudRosterCSV(n int) string {
	var b strings.Builder
	b.WriteString("Client ID,Name,DOB,Primary Dx,MAT,Counselor,Group,Phone\n")
	dx := []string{"F11.20 Opioid use disorder, moderate", "F10.20 Alcohol use disorder, severe", "F15.20 Stimulant use disorder", "F11.21 Opioid use disorder, in remission"}
	mat := []string{"buprenorphine/naloxone", "methadone (HTP)", "naltrexone XR", "none"}
	for i, p := range people(n, 17) {
		fmt.Fprintf(&b, "ND-25-%04d,%s %s,%s,\"%s\",%s,%s,%s,%s\n", 700+i*3, p.First, p.Last, usDate(p.DOB), dx[i%4], mat[(i+1)%4],
			[]string{"T. Quintero", "R. Vance", "J. Ortiz"}[i%3], []string{"Mon/Wed/Thu PM", "Tue/Thu AM"}[i%2], p.Phone)
	}
	return b.String()
}

var longTherapyNotes = `From: "Dr. Miriam Kaminski" <mkaminski@veterans-wellness.example.org>
To: "Clinical Records" <records@veterans-wellness.example.org>
Subject: Psychotherapy notes - Bell, Marcus - sessions 1-6

CONFIDENTIAL PSYCHOTHERAPY NOTES
Client: Marcus Bell     DOB: 08/30/1984     Record #: VWC-20417
Clinician: Miriam Kaminski, PsyD
Diagnosis: F43.12 Post-traumatic stress disorder, chronic; F51.5 nightmare
disorder; rule out F10.10 alcohol use disorder, mild

` + therapySessions()

func therapySessions() string {
	sessions := []struct{ date, body string }{
		{"04/02/2025", `Intake and first session. Marcus is a 40-year-old Army veteran (two
deployments, 2006 and 2009) referred by his primary care physician after
his wife insisted he "talk to someone." He describes nightmares four to
five nights a week about an IED blast that killed a friend, startle
responses to loud noises, avoidance of crowds and fireworks, and feeling
"numb" with his children. He drinks four to six beers most evenings "to
sleep." PCL-5 58. PHQ-9 14. AUDIT-C 7. No suicidal ideation currently; one
passive episode in 2019 ("wouldn't mind not waking up"), no attempts.
Firearms at home, stored in a locked safe; discussed safety and he agreed
to give the key to his wife. Provided psychoeducation about PTSD and the
rationale for Prolonged Exposure. He is ambivalent but willing to try.`},
		{"04/09/2025", `Reviewed common reactions to trauma. Built the in vivo hierarchy:
grocery store on a Saturday (SUDS 60), sitting with back to the door in a
restaurant (70), driving under overpasses (75), watching fireworks videos
(85). Breathing retraining practiced. He reports he cut down to two or
three beers on work nights after we discussed how alcohol worsens sleep
architecture. Homework: grocery store twice, breathing daily.`},
		{"04/16/2025", `First imaginal exposure (45 minutes) of the index trauma. Peak SUDS 90,
end 65. He cried for the first time in "years" and described guilt that
he had switched seats with his friend that morning. Processing focused on
hindsight bias and what he could and could not have known. Recording
given for daily listening. Completed grocery store twice with peak SUDS
50. Nightmares unchanged.`},
		{"04/23/2025", `Imaginal exposure repeated, peak SUDS 80, end 40. He listened to the
recording four of seven days. Reports first night without a nightmare in
months. Wife notices he is "more present." Discussed the prazosin that
Dr. Nakamura started at 1 mg; tolerating it, mild dizziness on standing.
PCL-5 49.`},
		{"04/30/2025", `Focused on hot spots: the moment of the blast and the medevac. Peak SUDS
75. He raised anger at his command for the route decision. In vivo: sat
with his back to the door at a restaurant for 30 minutes. Alcohol: three
drinks total this week. He asked whether he could ever stop thinking
about it; discussed that the goal is for the memory to feel like the past.`},
		{"05/07/2025", `Session 6. PCL-5 41. Nightmares two nights this week. He drove under
the highway overpass three times with peak SUDS 40. Processing of guilt
continued; he wrote a letter to his friend's mother that he may or may
not send. Prazosin increased to 2 mg by Dr. Nakamura. No suicidal
ideation. Plan: four to six more sessions, then reassess; consider
couples session with his wife.`},
	}
	var b strings.Builder
	for i, s := range sessions {
		fmt.Fprintf(&b, "SESSION %d - %s (90837, 60-90 min)\n%s\n\n", i+1, s.date, s.body)
	}
	b.WriteString("These notes are kept separate from the medical record and are not to be\nreleased without the client's specific written authorization.\n")
	return b.String()
}
