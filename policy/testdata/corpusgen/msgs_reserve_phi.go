package main

import "strings"

// Reserve set, label phi. Everything here is invented.

func reservePhi() {
	add(R, Phi, "dental-treatment-plan-fees", &Msg{
		Date:    "Wed, 26 Mar 2025 12:05:00 -0500",
		From:    `"Lakeshore Smiles Dental" <frontoffice@lakeshore-smiles.example.com>`,
		To:      `"Ignatius Brookwell" <ibrookwell@example.net>`,
		Subject: "Your treatment plan and cost estimate",
		Root: alt(
			text(`Dear Mr. Brookwell,

Thank you for your visit on 3/24 with Dr. Okafor-Lind. Here is the
treatment plan we discussed, with the estimate from BlueCove Dental PPO
(subscriber ID BCD-55120847). Estimates are not a guarantee of payment.

Phase 1 (next 4 weeks)
  D4341 Scaling and root planing, upper right     $245.00  ins $196.00  you $49.00
  D4341 Scaling and root planing, lower right     $245.00  ins $196.00  you $49.00
  D3330 Root canal, tooth #30                     $1,150.00 ins $575.00 you $575.00

Phase 2 (after #30 heals)
  D2950 Core buildup, tooth #30                   $265.00  ins $132.50  you $132.50
  D2740 Porcelain/ceramic crown, tooth #30        $1,285.00 ins $642.50 you $642.50
  D2740 Porcelain/ceramic crown, tooth #19        $1,285.00 ins $0.00   you $1,285.00
        (#19 exceeds your 2025 annual maximum; we suggest January)

Totals: $4,475.00 billed, insurance est. $1,742.00, your est. $2,733.00

Your remaining 2025 annual maximum is $1,742.00. We offer 0% financing for
12 months. Please call 555-0144 to schedule Phase 1.

Lakeshore Smiles Dental
`),
			html(`<html><body style="font-family:Arial,sans-serif">
<p>Dear Mr. Brookwell,</p>
<p>Thank you for your visit on 3/24 with Dr. Okafor-Lind. Here is the treatment plan we discussed,
with the estimate from BlueCove Dental PPO (subscriber ID BCD-55120847).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e6f2f0"><th>Phase</th><th>Code</th><th>Procedure</th><th>Tooth</th><th>Fee</th><th>Insurance est.</th><th>Your est.</th></tr>
<tr><td>1</td><td>D4341</td><td>Scaling and root planing, UR</td><td></td><td>$245.00</td><td>$196.00</td><td>$49.00</td></tr>
<tr><td>1</td><td>D4341</td><td>Scaling and root planing, LR</td><td></td><td>$245.00</td><td>$196.00</td><td>$49.00</td></tr>
<tr><td>1</td><td>D3330</td><td>Root canal, molar</td><td>#30</td><td>$1,150.00</td><td>$575.00</td><td>$575.00</td></tr>
<tr><td>2</td><td>D2950</td><td>Core buildup</td><td>#30</td><td>$265.00</td><td>$132.50</td><td>$132.50</td></tr>
<tr><td>2</td><td>D2740</td><td>Porcelain/ceramic crown</td><td>#30</td><td>$1,285.00</td><td>$642.50</td><td>$642.50</td></tr>
<tr><td>2</td><td>D2740</td><td>Porcelain/ceramic crown</td><td>#19</td><td>$1,285.00</td><td>$0.00</td><td>$1,285.00</td></tr>
<tr style="font-weight:bold"><td colspan="4">Total</td><td>$4,475.00</td><td>$1,742.00</td><td>$2,733.00</td></tr>
</table>
<p>Tooth #19 exceeds your 2025 annual maximum; we suggest scheduling it in January.</p>
<p>Please call 555-0144 to schedule Phase 1.</p>
</body></html>
`)),
	})

	raw(R, Phi, "optometry-first-name-your-exam", `
From: "Dr. Corliss Vandermeer" <cvandermeer@clearbrook-eye.example.com>
To: <dorotea.m@example.net>
Subject: Following up on Thursday
Date: Mon, 17 Mar 2025 17:30:00 -0500

Hi Dorotea,

Following up on your exam on Thursday. The dilated view showed early
cataract changes in your left eye - nothing that needs surgery now, but
it explains the glare you mentioned when driving at night. Your eye
pressures were normal (15 and 16) and the retina looked healthy.

Your new glasses prescription:
  OD  -2.25 -0.50 x 180
  OS  -2.75 -0.75 x 175   add +2.00 both eyes

Anti-reflective coating should help with the night glare. I'd like to
see you again in 12 months, or sooner if the glare gets worse or your
vision changes suddenly.

Take care,
Dr. Vandermeer
Clearbrook Eye Associates | 555-0161
`)

	add(R, Phi, "prior-auth-dob-member-id-injection", &Msg{
		From:    `"Lumen Retina PA Desk" <priorauth@lumen-retina.example.com>`,
		To:      `"Evergreen Health Plan UM" <um-intake@evergreen-healthplan.example.com>`,
		Subject: "PA request - intravitreal injections - EHP9904417-02",
		Root: qpBreaks("text/plain", "utf-8", `Prior authorization request

Member ID:        EHP99044¦17-02
DOB:              11/30/1948
Requesting NPI:   1483029561 (Lumen Retina Consultants)
Site:             office, POS 11

Requested:        J0178 afliber¦cept 2 mg, with CPT 67028 intravitreal
                  injection, right eye
Frequency:        every 8 weeks x 6 (after 3 monthly loading doses)
Diagnosis:        H35.3211 exudative age-related macular degen¦eration,
                  right eye, with active choroidal neovascularization

History: three bevacizumab injections (12/2024 - 02/2025) with
persistent subretinal fluid on OCT; central subfield thickness 412 um,
visual acuity 20/80 OD. Step therapy requirement met.

Please fax the determination to 555-0169 or reply to this address.

Thank you,
Lumen Retina Consultants, prior authorization desk
555-0168
`),
	})

	raw(R, Phi, "named-no-keyword-heparin-drip", `
From: "Jonah Pellerin" <jpellerin@harrowgate.example.org>
To: "Rosalind Achebe-Watt" <rachebe@harrowgate.example.org>
Subject: 4 North tonight
Date: Sun, 06 Jul 2025 23:40:00 -0500

Ros -

Gerald Vantongeren in 4112 still on the heparin gtt, PTT came back 98 so
we droppd the rate per protocol, recheck at 0200. daughter called twice
asking if he's going home thurs, told her the team will talk tmrw after
the echo. can you loop in SW re: rehab placement? he lives alone.

thx
J
`)

	add(R, Phi, "roi-request-named-records", &Msg{
		Date:    "Mon, 31 Mar 2025 10:20:00 -0400",
		From:    `"RecordPath ROI Services" <requests@recordpath-roi.example.com>`,
		To:      `"HIM Release of Information" <roi@northvale-heart.example.org>`,
		Subject: "Records request RP-2025-0331-7781 - Lindqvist, Margarethe",
		Root: mixed(
			text(`Hello,

RecordPath is requesting the records below on behalf of Hartwell Mutual
Disability, with the patient's signed authorization (attached).

  Patient:          Margarethe Lindqvist
  DOB:              02/19/1962
  Dates of service: 01/01/2023 to present
  Records:          cardiology office notes; echocardiogram reports;
                    cardiac catheterization report of 08/14/2024;
                    discharge summary for the 08/2024 admission;
                    current medication list
  Format:           electronic (PDF) via our portal

Reference RP-2025-0331-7781. Invoice per your state fee schedule.

Thank you,
Simone Adeyemi-Clark
Request Specialist, RecordPath ROI Services
555-0112
`),
			attach("application/pdf", "Authorization_RP-2025-0331-7781.pdf", pdfDoc("Authorization for Release of Health Information", pdfLines(`AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION

Patient name: Margarethe Lindqvist
Date of birth: 02/19/1962
Address: 88 Fenwick Lane, Fairhaven, IL 60999

I authorize: Northvale Heart Institute
to release to: Hartwell Mutual Disability, via RecordPath ROI Services

Information to be released:
  [X] Office/clinic notes (cardiology)
  [X] Diagnostic test reports (echocardiogram, cardiac catheterization)
  [X] Discharge summary, admission of 08/2024
  [X] Medication list
  [ ] Psychotherapy notes (not authorized)

Purpose: evaluation of disability claim HMD-3391027
Dates of service: 01/01/2023 to present
This authorization expires 12 months from the date signed.

Signature: Margarethe Lindqvist        Date: 03/27/2025
`), false)),
		),
	})

	add(R, Phi, "fmla-certification-disc-herniation", &Msg{
		Date:    "Wed, 09 Apr 2025 14:00:00 -0500",
		From:    `"Summit Spine & Orthopedics Forms" <forms@summitspine.example.com>`,
		To:      `"ClearLeave Claims Intake" <intake@clearleave.example.com>`,
		Subject: "Completed WH-380-E - Thaddeus Korhonen - claim LV-2025-04471",
		Root: mixed(
			text(`Attached is the completed health care provider certification for
Thaddeus Korhonen (claim LV-2025-04471, employer Harrowgate Health).

Please contact our forms desk at 555-0117 with questions. Allow 5
business days for any corrections.

Summit Spine & Orthopedics, Forms Desk
`),
			attach("application/pdf", "WH-380-E_LV-2025-04471.pdf", pdfDoc("Certification of Health Care Provider", pdfLines(`CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION
(Family and Medical Leave Act)

Employee: Thaddeus Korhonen             Employer: Harrowgate Health
Provider: Imelda Vasquez-Torrance, MD, Summit Spine & Orthopedics
Provider phone: 555-0117

Part B - Medical facts
1. Condition began: 02/10/2025
   Inpatient care: microdiscectomy scheduled 05/06/2025, overnight stay expected.
2. Relevant medical facts: lumbar disc herniation at L4-L5 with left-sided
   radiculopathy; MRI 03/04/2025; failed 8 weeks of physical therapy and
   an epidural steroid injection on 03/21/2025.
3. Employee is unable to perform lifting over 10 lb, prolonged standing,
   or patient transfers.

Part C - Amount of leave needed
4. Continuous incapacity: 05/06/2025 through 06/17/2025 (estimated).
5. Follow-up visits: every 2 weeks for 3 visits; physical therapy 2x/week
   for 6 weeks after surgery (about 1.5 hours per visit).
6. Flare-ups before surgery: up to 2 episodes per month, 1-2 days each.

Signature: I. Vasquez-Torrance, MD        Date: 04/08/2025
`), false)),
		),
	})

	add(R, Phi, "subpoena-orthopedic-records", &Msg{
		Date:    "Tue, 29 Apr 2025 11:00:00 -0500",
		From:    `"Caldwell & Mireles LLP" <records@caldwell-mireles.example.com>`,
		To:      `"Custodian of Records" <records@summitspine.example.com>`,
		Subject: "Subpoena duces tecum - Renfrew v. Atlas Freight Lines",
		Root: mixed(
			text(`To the Custodian of Records, Summit Spine & Orthopedics:

Attached please find a subpoena duces tecum in Renfrew v. Atlas Freight
Lines, Inc., Case No. 2024-CV-08817, for the complete medical and billing
records of Odalys Renfrew (DOB 07/22/1986) relating to her treatment for
cervical and lumbar strain after the motor vehicle collision of
09/03/2024, including MRI reports, physical therapy notes and itemized
billing from 09/03/2024 to the present.

Return date: May 19, 2025. A declaration of custodian form is included.
Written notice was given to plaintiff's counsel on April 14, 2025, and no
objection was filed; a copy of that notice is part of the attachment as
satisfactory assurance under 45 CFR 164.512(e).

Regards,
Harlan Feeney, Paralegal
Caldwell & Mireles LLP | 555-0102
`),
			attach("application/pdf", "Subpoena_2024-CV-08817.pdf", pdfDoc("Subpoena Duces Tecum 2024-CV-08817", pdfLines(`IN THE CIRCUIT COURT OF RIVERBEND COUNTY

ODALYS RENFREW, Plaintiff,
v.
ATLAS FREIGHT LINES, INC., Defendant.          Case No. 2024-CV-08817

SUBPOENA DUCES TECUM

TO: Custodian of Records, Summit Spine & Orthopedics

YOU ARE COMMANDED to produce the following documents on or before
May 19, 2025 at 10:00 a.m.:

All medical records, imaging reports, physical therapy notes, and
itemized billing statements for ODALYS RENFREW, date of birth 07/22/1986,
for treatment of cervical strain and lumbar strain beginning 09/03/2024
to the present.

Issued at the request of counsel for Defendant:
Caldwell & Mireles LLP, 400 Commerce St, Suite 900

NOTICE TO PLAINTIFF'S COUNSEL (served 04/14/2025) attached.
DECLARATION OF CUSTODIAN OF RECORDS attached.
`), true)),
		),
	})

	add(R, Phi, "transplant-waitlist-spanish", &Msg{
		Date:    "Tue, 15 Apr 2025 09:00:00 -0400",
		From:    `"Coordinación de Trasplante Renal" <trasplante@northvale-transplant.example.org>`,
		To:      `"Aurelio Betancourt Ruiz" <aurelio.betancourt@example.net>`,
		Subject: encWord("Su estado en la lista de espera para trasplante de riñón", "iso-8859-1", 'Q'),
		Root: textAs("text/plain", `Estimado Sr. Betancourt:

Le escribimos para confirmar que usted sigue ACTIVO en la lista de
espera para trasplante de riñón del Centro de Trasplantes Northvale
desde el 14 de junio de 2023. Su tiempo de espera acumulado (incluido
el tiempo en diálisis desde 2021) es de 3 años y 9 meses.

Para mantenerse activo necesitamos:
- Su muestra mensual de suero para anticuerpos: la próxima debe llegar
  antes del 5 de mayo. Su centro de diálisis ya tiene los tubos.
- Una ecocardiografía de control antes de julio.
- Que nos avise si cambia su número de teléfono o si tiene alguna
  hospitalización o infección.

Su grupo sanguíneo (O) y su PRA calculado (42 %) no han cambiado.

Si recibe una llamada con una oferta de órgano, debe contestar en menos
de una hora.

Atentamente,
Milagros Escobedo, RN, CCTC
Coordinadora de Trasplante Renal
555-0176 (24 horas: 555-0177)
`, "iso-8859-1", "quoted-printable"),
	})

	add(R, Phi, "pacemaker-remote-alert-table", &Msg{
		Date:    "Sun, 13 Apr 2025 03:14:00 -0400",
		From:    `"PaceTrack Remote Alerts" <alerts@pacetrack.example.net>`,
		To:      `"Northvale Device Clinic" <deviceclinic@northvale-heart.example.org>`,
		Subject: "RED alert: AT/AF burden + battery ERI - transmission 25-0413-88213",
		Root: alt(
			text(`PaceTrack RED alert - transmission 25-0413-88213 (04/13/2025 03:12)

Haverford, Lionel J.   DOB 10/03/1941   Clinic ID NHI-204871
Device: Cadence DR 2210, S/N CDR2210-220733, implanted 06/21/2023

  AT/AF burden (24 h)      18.6%   (threshold 6%)
  Longest AT/AF episode    9 h 42 min
  Battery                  ERI reached 04/13/2025
  RV lead impedance        512 ohm (stable)
  V pacing                 94%

Anticoagulant on file: apixaban 5 mg BID.
Note: serial number is within advisory FSN-2025-07.

Review required within 1 business day.
`),
			html(`<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p style="color:#fff;background:#c0392b;padding:6px"><b>RED ALERT</b> &ndash; transmission 25-0413-88213 (04/13/2025 03:12)</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th align="left">Name</th><td>Haverford, Lionel J.</td><th align="left">DOB</th><td>10/03/1941</td></tr>
<tr><th align="left">Clinic ID</th><td>NHI-204871</td><th align="left">Device</th><td>Cadence DR 2210 (S/N CDR2210-220733)</td></tr>
<tr><th align="left">Implanted</th><td>06/21/2023</td><th align="left">Follow-up</th><td>remote, 91 days</td></tr>
</table>
<br>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>Parameter</th><th>Value</th><th>Threshold</th></tr>
<tr><td>AT/AF burden (24 h)</td><td style="color:#c0392b"><b>18.6%</b></td><td>6%</td></tr>
<tr><td>Longest AT/AF episode</td><td>9 h 42 min</td><td>6 h</td></tr>
<tr><td>Battery</td><td style="color:#c0392b"><b>ERI reached 04/13/2025</b></td><td>ERI</td></tr>
<tr><td>RV lead impedance</td><td>512 ohm</td><td>200-1500</td></tr>
<tr><td>V pacing</td><td>94%</td><td>&ndash;</td></tr>
</table>
<p>Anticoagulant on file: apixaban 5 mg BID. Serial number is within advisory FSN-2025-07.</p>
<p>Review required within 1 business day.</p>
</body></html>
`)),
	})

	add(R, Phi, "appeal-mri-denial-letter", &Msg{
		Date:    "Wed, 02 Apr 2025 20:15:00 -0700",
		From:    `"Felicity Ramsbottom" <f.ramsbottom@example.net>`,
		To:      `"Evergreen Health Plan Appeals" <appeals@evergreen-healthplan.example.com>`,
		Subject: "Appeal of claim 2025-0312-448190 (member EHP4471290-01)",
		Root: mixed(
			text(`To the Appeals Department,

Please accept the attached first-level appeal of claim 2025-0312-448190.
I have also attached a letter from Dr. Mbatha. My member ID is
EHP4471290-01.

Thank you,
Felicity Ramsbottom
555-0137
`),
			attachText("text/plain", "appeal_letter.txt", `Felicity Ramsbottom
Member ID EHP4471290-01
Claim 2025-0312-448190

April 2, 2025

Re: Request for reconsideration of denied claim

I am appealing the denial of the lumbar MRI without contrast (CPT 72148)
performed on March 12, 2025 at Cedar Imaging. The denial letter of
March 28 says the study was not medically necessary because I had not
completed six weeks of conservative therapy.

This is not correct. I completed eight weeks of physical therapy at
Ridgeview Rehab (January 6 to March 3, 16 visits), took naproxen daily
and a prednisone taper in February, and in early March I developed
numbness in my left foot and weakness when standing on my toes. My
doctor ordered the MRI because of those new symptoms. The MRI showed an
L5-S1 disc extrusion and I now have a surgical consult scheduled.

I ask that the claim be reprocessed and paid under my plan's imaging
benefit. The balance of $1,640.00 is currently billed to me.

Sincerely,
Felicity Ramsbottom
`, "7bit"),
			attach("application/pdf", "letter_dr_mbatha.pdf", pdfDoc("Letter of medical necessity", pdfLines(`Ridgeview Family Medicine
Kofi Mbatha, MD

April 1, 2025

To: Evergreen Health Plan Appeals
Re: Felicity Ramsbottom, DOB 08/15/1979, member EHP4471290-01

Ms. Ramsbottom has had low back pain with left S1 radiculopathy since
December 2024. She completed 8 weeks of physical therapy and NSAIDs.
On 03/10/2025 she presented with new numbness of the left lateral foot
and 4/5 plantar flexion weakness, a progressive neurologic deficit for
which imaging is indicated without further delay. The MRI of 03/12/2025
showed an L5-S1 extrusion compressing the left S1 nerve root.

I ask that the denial be overturned.

Kofi Mbatha, MD   NPI 1195736289   555-0145
`), false)),
		),
	})

	raw(R, Phi, "subject-only-inr-warfarin", `
From: "Mireille Dufresne, RN" <mdufresne@harrowgate.example.org>
To: "Dr. Amos Kettering" <akettering@harrowgate.example.org>
Subject: Hollis Brandvold INR 4.1 today - holding warfarin tonight, recheck Fri
Date: Thu, 13 Feb 2025 15:12:14 -0500

FYI, per subject line. I'll call him this afternoon and document.

M.
`)

	add(R, Phi, "nicu-census-csv-attachment-only", &Msg{
		Date:    "Thu, 17 Apr 2025 06:20:00 -0500",
		From:    `"Nkechi Amadou-Hart" <namadou@harrowgate.example.org>`,
		To:      `"NICU Charge Nurses" <nicu-charge@harrowgate.example.org>`,
		Subject: "For huddle at 0700",
		Root: mixed(
			text(`Attached for the 0700 huddle. Please don't print.

N.
`),
			attachText("text/csv", "census_0700.csv", `bed,name,mrn,dob,ga_at_birth_wk,current_wt_g,resp_support,feeds,notes
1,Baby Girl Okonjo,HG5530012,2025-04-02,27+3,1010,CPAP 6,EBM 12 mL q3h NG,caffeine; ROP exam Tue
2,Baby Boy Farrant,HG5530057,2025-04-11,33+1,1840,RA,EBM/formula 35 mL q3h PO/NG,bili 11.2 phototherapy
3,Twin A Delacroix-Huang,HG5530063,2025-04-12,31+4,1520,HFNC 2L,EBM 24 mL q3h NG,
4,Twin B Delacroix-Huang,HG5530064,2025-04-12,31+4,1390,HFNC 2L,EBM 22 mL q3h NG,blood cx pending - on amp/gent
5,Baby Girl Ruvalcaba,HG5530071,2025-04-13,38+0,2960,RA,formula ad lib,r/o sepsis 48h; HIE cooling completed
6,Baby Boy Tsegaye,HG5530080,2025-04-14,36+2,2410,RA,breastfeeding + EBM,hypoglycemia resolved; d/c planning
7,Baby Girl Whitcomb-Ayala,HG5530085,2025-04-15,29+6,1230,NIPPV,trophic feeds 2 mL q3h,PDA on echo; cardiology consult
8,Baby Boy Lindahl,HG5530091,2025-04-15,40+1,3640,RA,breastfeeding,post-op day 2 pyloromyotomy
`, "7bit"),
		),
	})

	add(R, Phi, "filename-only-colonoscopy-pdf", &Msg{
		Date:    "Fri, 14 Mar 2025 10:43:00 -0500",
		From:    `"Medina Endoscopy Fax Server" <fax@medina-endo.example.com>`,
		To:      `"Halvorsen Internal Medicine" <office@halvorsen-im.example.com>`,
		Subject: "Fax delivered: 3 pages",
		Root: mixed(
			text(`Your fax has been delivered to this mailbox.

  From:      555-0138
  Pages:     3
  Received:  03/14/2025 10:42
  Job:       FX-20250314-00419

This is an automated message. Do not reply.
`),
			attach("application/pdf", "Whitlow_Tamsin_colonoscopy_path_2025-03-11.pdf", pdfDoc("Fax FX-20250314-00419", pdfLines(`FAX TRANSMISSION

Job FX-20250314-00419
Received 03/14/2025 10:42 from 555-0138
Pages: 3

[Scanned pages follow. No text layer.]
`), false)),
		),
	})

	add(R, Phi, "forwarded-specialty-pharmacy-rfc822", &Msg{
		Date:    "Wed, 16 Apr 2025 08:30:00 -0500",
		From:    `"Corbin Ashgrove, PharmD" <cashgrove@meridian-specialty-rx.example.com>`,
		To:      `"Clearwater Dermatology Nurse Line" <derm-nurse@clearwater-derm.example.com>`,
		Subject: "Fwd: question about my shipment",
		Root: mixed(
			text(`Hi team,

Forwarding the message below from a mutual patient. The injection-site
reaction sounds local, but I wanted you to see it before her follow-up.
I've told her not to use the warm pens; a replacement shipment goes out
tomorrow on ice.

Corbin Ashgrove, PharmD
Meridian Specialty Pharmacy | 555-0151
`),
			rfc822(rawInner(`
From: "Inés Calderwood" <ines.calderwood@example.net>
To: "Meridian Specialty Pharmacy" <care@meridian-specialty-rx.example.com>
Subject: question about my shipment
Date: Tue, 15 Apr 2025 21:04:37 -0500
Message-ID: <CAJx8812.inesc@mail.example.net>

Hi,

My adalimumab pens arrived warm yesterday - the ice packs were melted
when I opened the box. Are they still ok to use?

Also the spot where I injected last week on my stomach is red, about
2 inches wide, and itchy. No fever. My psoriasis is much better
otherwise.

DOB 5/2/1979 in case you need it.

Thanks,
Inés
`)),
		),
	})

	add(R, Phi, "hl7-oru-thyroid-reference-lab", &Msg{
		Date:    "Tue, 15 Apr 2025 14:20:00 -0500",
		From:    `"Trillium Reference Laboratory" <results@trillium-lab.example.net>`,
		To:      `"Harrowgate Lab Interfaces" <lab-interfaces@harrowgate.example.org>`,
		Subject: "Result batch 0415-4471 (1 report) - resend",
		Root: mixed(
			text(`Resending batch 0415-4471 by e-mail as agreed while the MLLP link is
down. One final report is attached. Please confirm receipt.

Trillium Reference Laboratory, client services 555-0166
`),
			hl7Part("text/plain", "batch_0415-4471.hl7", hl7Text(`
MSH|^~\&|TRILLIUM_LIS|TRILLIUMLAB|HG_EHR|HARROWGATE|20250415141208||ORU^R01^ORU_R01|TRL0415447101|P|2.5.1
PID|1||HG00917734^^^HG^MR||PEMBERTON-OYELOWO^CASSANDRA^R||19730914|F|||44 Alder Ct^^Fairhaven^IL^60999||555-0118
PV1|1|O|HGENDO^^^HARROWGATE||||1307628457^NAKASHIMA^RYO^^^^MD
ORC|RE|HG7781220|TRL55120934
OBR|1|HG7781220|TRL55120934|3016-3^TSH^LN|||20250414083000|||||||||1307628457^NAKASHIMA^RYO
OBX|1|NM|3016-3^TSH^LN||0.08|mIU/L|0.45-4.50|L|||F
OBX|2|NM|3024-7^Free T4^LN||2.4|ng/dL|0.8-1.8|H|||F
OBX|3|NM|5385-0^TSH receptor Ab^LN||4.9|IU/L|<1.75|H|||F
NTE|1||Pattern consistent with hyperthyroidism; TRAb positive.
`)),
		),
	})

	add(R, Phi, "fhir-mail-order-medicationrequest", &Msg{
		Date:    "Fri, 18 Apr 2025 11:00:00 -0500",
		From:    `"Harrowgate Primary Care eRx" <erx@harrowgate.example.org>`,
		To:      `"ParcelRx Mail Order Intake" <intake@parcelrx.example.com>`,
		Subject: "New 90-day prescription - order HG-ERX-5520917",
		Root: mixed(
			text(`New prescription for mail-order fulfilment attached as a FHIR
Bundle (Patient, Practitioner, MedicationRequest). Please ship to the
address on file and text the patient when it ships.

Harrowgate Primary Care, eRx desk - 555-0129
`),
			attachText("application/fhir+json", "HG-ERX-5520917.json", `{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt1",
        "identifier": [ { "system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "HG00884120" } ],
        "name": [ { "family": "Quartermaine", "given": [ "Eudora", "L" ] } ],
        "birthDate": "1957-01-28",
        "gender": "female",
        "telecom": [ { "system": "phone", "value": "555-0133" } ],
        "address": [ { "line": [ "512 Birchwood Terrace" ], "city": "Fairhaven", "state": "IL", "postalCode": "60999" } ]
      }
    },
    {
      "resource": {
        "resourceType": "Practitioner",
        "id": "pr1",
        "identifier": [ { "system": "http://hl7.org/fhir/sid/us-npi", "value": "1720493851" } ],
        "name": [ { "family": "Oyelaran-Pike", "given": [ "Thomas" ], "suffix": [ "MD" ] } ]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr1",
        "status": "active",
        "intent": "order",
        "subject": { "reference": "Patient/pt1" },
        "requester": { "reference": "Practitioner/pr1" },
        "authoredOn": "2025-04-18",
        "medicationCodeableConcept": { "text": "rosuvastatin 20 mg oral tablet" },
        "reasonCode": [ { "coding": [ { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E78.5", "display": "Hyperlipidemia, unspecified" } ] } ],
        "dosageInstruction": [ { "text": "Take 1 tablet by mouth once daily" } ],
        "dispenseRequest": { "quantity": { "value": 90, "unit": "tablet" }, "numberOfRepeatsAllowed": 3, "expectedSupplyDuration": { "value": 90, "unit": "days" } }
      }
    }
  ]
}
`, "base64"),
		),
	})

	add(R, Phi, "ccda-speech-therapy-referral", &Msg{
		Date:    "Sat, 19 Apr 2025 09:35:00 -0500",
		From:    `"Willowmere Geriatrics" <referrals@willowmere-geri.example.com>`,
		To:      `"Ridgeview Rehab Intake" <intake@ridgeview-rehab.example.com>`,
		Subject: "Referral: SLP swallow evaluation and OT home safety",
		Root: mixed(
			text(`Please see the attached referral summary (C-CDA). We are requesting
a clinical swallow evaluation with possible modified barium swallow, and
an OT home-safety visit. Family prefers Tuesday or Thursday mornings.

Willowmere Geriatrics, referral coordinator, 555-0159
`),
			attachText("application/xml", "referral_summary.xml", `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.14" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9999.7" extension="REF-2025-0419-033"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Referral Summary</title>
  <effectiveTime value="20250419093000-0500"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9999.7.1" extension="WG-0041187"/>
      <addr><streetAddressLine>17 Heron Pond Rd</streetAddressLine><city>Fairhaven</city><state>IL</state><postalCode>60999</postalCode></addr>
      <patient>
        <name><given>Winifred</given><family>Szabo-Langley</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19360611"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component>
    <structuredBody>
      <component>
        <section>
          <title>Reason for Referral</title>
          <text>Coughing with thin liquids and a 4 kg weight loss over 3 months after a left MCA ischemic stroke (01/2025). Please evaluate swallow safety and recommend diet texture. OT: home safety after two falls at home.</text>
        </section>
      </component>
      <component>
        <section>
          <title>Problems</title>
          <text>
            <list>
              <item>Oropharyngeal dysphagia (R13.12)</item>
              <item>History of ischemic stroke, left MCA (Z86.73)</item>
              <item>Mild expressive aphasia</item>
              <item>Atrial fibrillation (I48.91)</item>
            </list>
          </text>
        </section>
      </component>
      <component>
        <section>
          <title>Medications</title>
          <text>
            <list>
              <item>apixaban 2.5 mg twice daily</item>
              <item>atorvastatin 40 mg nightly</item>
              <item>metoprolol succinate 25 mg daily</item>
            </list>
          </text>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
`, "quoted-printable"),
		),
	})

	add(R, Phi, "ics-wound-care-visit", &Msg{
		Date:    "Mon, 28 Apr 2025 08:00:00 -0500",
		From:    `"Harrowgate Wound Care Center" <woundcare@harrowgate.example.org>`,
		To:      `"Ferdinand Ocampo-Reyes" <f.ocamporeyes@example.net>`,
		Subject: "Your wound care visit Tue 5/6 at 9:40 a.m.",
		Root: mixed(
			text(`Hello Mr. Ocampo-Reyes,

Your next visit at the Wound Care Center is on Tuesday, May 6 at
9:40 a.m. with Dr. Nakagawa-Pryor. A calendar invitation is attached.

Please wear your offloading boot and bring your glucose log. Plan for
about 90 minutes, as your hyperbaric oxygen consult is right after the
dressing change.

Harrowgate Wound Care Center | 555-0123
`),
			attach("text/calendar; method=REQUEST", "wound-care-0506.ics", ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harrowgate Health//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:appt-77120455@harrowgate.example.org
DTSTAMP:20250428T130000Z
DTSTART:20250506T144000Z
DTEND:20250506T161000Z
SUMMARY:Wound Care Center - debridement and dressing change (L heel ulcer)
LOCATION:Harrowgate Wound Care Center\, Medical Office Bldg 2\, Suite 140
DESCRIPTION:Dr. Nakagawa-Pryor. Diabetic foot ulcer left heel\, week 6.
 Wear offloading boot. Hyperbaric oxygen consult follows.
ORGANIZER;CN=Harrowgate Wound Care:mailto:woundcare@harrowgate.example.org
ATTENDEE;CN=Ferdinand Ocampo-Reyes:mailto:f.ocamporeyes@example.net
END:VEVENT
END:VCALENDAR
`)),
		),
	})

	raw(R, Phi, "pharmacy-refill-vietnamese", `
From: "Nhà thuốc Cedar Commons" <pharmacy@cedarcommons-rx.example.com>
To: "Trần Văn Lộc" <loc.tran@example.net>
Subject: Thuốc của ông đã sẵn sàng để lấy
Date: Wed, 28 May 2025 11:15:59 -0500

Kính gửi ông Trần Văn Lộc,

Đơn thuốc của ông đã được chuẩn bị xong và đang chờ tại quầy:

  - Metformin 500 mg: uống 2 viên mỗi ngày sau bữa ăn, 180 viên
    (số đơn 7731052)
  - Lisinopril 10 mg: uống 1 viên mỗi sáng, 90 viên (số đơn 7731053)
  - Que thử đường huyết, 100 que (số đơn 7731054)

Bảo hiểm đã thanh toán; phần ông cần trả là $12.40.

Bác sĩ Ngô có ghi chú muốn ông đo huyết áp tại nhà thuốc khi đến lấy
thuốc. Dược sĩ Lê Minh Châu có thể tư vấn bằng tiếng Việt từ thứ Hai
đến thứ Sáu.

Giờ mở cửa: 9:00 - 19:00. Điện thoại: 555-0142.

Nhà thuốc Cedar Commons
`)

	add(R, Phi, "allergy-skin-test-korean-euckr", &Msg{
		Date:    "Fri, 14 Mar 2025 16:00:00 -0500",
		From:    `"버치필드 알레르기 클리닉" <korean@birchfield-allergy.example.com>`,
		To:      `"박서연" <seoyeon.park@example.net>`,
		Subject: "알레르기 피부반응 검사 결과 안내",
		Root:    b64(rsvPart("text/plain", "euc-kr", "", rsvEucKrAllergy)),
	})

	raw(R, Phi, "dialysis-transport-tagalog", `
From: "SwiftCare Transport Dispatch" <dispatch@swiftcare-transport.example.com>
To: "Ligaya Manalastas" <ligaya.manalastas@example.net>
Subject: Kumpirmasyon ng sundo ni Gng. Consolacion Manalastas (Lun/Miy/Biy)
Date: Wed, 30 Apr 2025 14:00:00 -0500

Magandang araw po, Ms. Ligaya,

Kinukumpirma po namin ang regular na sundo ng inyong ina, Gng.
Consolacion Manalastas, para sa kanyang dialysis sa Riverbend Kidney
Center tuwing Lunes, Miyerkoles at Biyernes simula Mayo 5.

  Sundo:        5:15 n.u. sa 1820 Pinecrest Dr.
  Appointment:  6:00 n.u., chair 14
  Uwi:          mga 10:15 n.u.
  Sasakyan:     van na may wheelchair lift
  Trip auth:    TA-558120 (Medicaid)

Paalala po: pagkatapos ng dialysis ay madalas siyang nahihilo, kaya
sasamahan siya ng driver hanggang sa pinto. Kung siya ay maospital o
kanselado ang treatment, paki-tawagan po kami bago mag-4:00 n.u. sa
555-0148 para hindi masingil ang no-show.

Salamat po,
SwiftCare Transport Dispatch
`)

	add(R, Phi, "mohs-biopsy-gb2312", &Msg{
		Date:    "Fri, 07 Mar 2025 10:00:00 -0800",
		From:    `"Qingxi Dermatology" <nurse@qingxi-derm.example.com>`,
		To:      `"Zheng Guodong" <guodong.zheng@example.net>`,
		Subject: encWordBytes([]byte(rsvGbMohsSubj), "gb2312", 'B'),
		Root:    rsvPart("text/plain", "gb2312", "quoted-printable", rsvGbMohs),
	})

	raw(R, Phi, "interpreter-cardiology-french", `
From: "LinguaBridge - Affectations" <affectations@linguabridge.example.com>
To: "Josiane Lafleur-Mbeki" <jlafleur@linguabridge.example.com>
Subject: Affectation confirmée – mardi 22 avril, 10 h 15, cardiologie
Date: Thu, 17 Apr 2025 15:00:00 -0400

Bonjour Josiane,

Vous êtes confirmée pour l'affectation suivante :

  Usager :      M. Étienne Kabongo (né le 03/02/1958)
  Langue :      français
  Lieu :        Northvale Heart Institute, 3e étage,
                clinique d'insuffisance cardiaque
  Heure :       mardi 22 avril, 10 h 15 (arrivée 10 h 00)
  Durée :       environ 2 heures

Déroulement : échocardiographie de contrôle, puis consultation avec la
Dre Varga pour l'ajustement de ses médicaments (sacubitril/valsartan et
furosémide) et la discussion d'un éventuel défibrillateur implantable.

M. Kabongo entend mal de l'oreille gauche : placez-vous à sa droite.
Sa fille l'accompagne mais ne doit pas servir d'interprète.

Numéro de mission : LB-25-04-3318. Merci de valider votre présence dans
l'application à la fin de la séance.

Bonne journée,
Équipe des affectations, LinguaBridge
555-0185
`)

	add(R, Phi, "bariatric-sleeve-portuguese", &Msg{
		Date:    "Wed, 16 Apr 2025 10:00:00 -0500",
		From:    `"Programa de Cirurgia Bariátrica" <bariatrica@harrowgate.example.org>`,
		To:      `"Valdirene Matos Quaresma" <valdirene.quaresma@example.net>`,
		Subject: encWord("Preparação para sua cirurgia em 19 de maio", "windows-1252", 'Q'),
		Root: textAs("text/plain", `Olá, Sra. Valdirene,

Sua gastrectomia vertical (sleeve) está marcada para 19 de maio, às
7h30, com o Dr. Albuquerque-Stein. Chegue às 5h30 na recepção da
cirurgia (2º andar).

Na última consulta (14/04) seu peso era 128,4 kg (IMC 46,2). A
autorização do plano de saúde foi aprovada (nº PA-7740913).

O que fazer antes da cirurgia:
• Dieta líquida de 2 semanas a partir de 5 de maio (a nutricionista
  Giovana enviou o cardápio).
• Suspenda a semaglutida (Ozempic) 7 dias antes, ou seja, a última
  dose é em 11 de maio.
• Continue a metformina até a véspera; no dia, não tome.
• Traga o aparelho de CPAP, por causa da apneia do sono.
• Exames de sangue e eletrocardiograma até 9 de maio.

Dúvidas: 555-0178 (atendimento em português às terças e quintas).

Equipe do Programa de Cirurgia Bariátrica
`, "windows-1252", "quoted-printable"),
	})

	add(R, Phi, "eob-member-utf16-attachment", &Msg{
		Date:    "Mon, 14 Apr 2025 06:00:00 -0700",
		From:    `"Evergreen Health Plan" <statements@evergreen-healthplan.example.com>`,
		To:      `"Osgood Fairbairn" <ofairbairn@example.net>`,
		Subject: "Your Explanation of Benefits is ready",
		Root: mixed(
			html(`<html><body style="font-family:Arial,sans-serif">
<p>Dear Osgood Fairbairn,</p>
<p>A new Explanation of Benefits is attached for claim <b>2025-0402-771203</b>
(date of service 03/28/2025, Harrowgate Dermatology). This is not a bill.</p>
<p>Member Services: 555-0104, Monday&ndash;Friday 8 a.m.&ndash;8 p.m.</p>
</body></html>
`),
			rsvUTF16Attach("EOB_2025-0402-771203.txt", `EVERGREEN HEALTH PLAN - EXPLANATION OF BENEFITS
THIS IS NOT A BILL

Member:     Osgood Fairbairn
Member ID:  EHP3318054-01
Group:      HG-EMP-0042
Claim:      2025-0402-771203
Provider:   Harrowgate Dermatology (in network)
Patient:    Osgood Fairbairn

Date       Code   Service                          Billed    Allowed   Plan paid  You owe
03/28/25   99214  Office visit, established        $248.00   $162.40   $132.40    $30.00
03/28/25   11102  Tangential biopsy of skin        $310.00   $118.75   $95.00     $23.75
03/28/25   88305  Surgical pathology, level IV     $196.00   $71.20    $56.96     $14.24

Totals                                             $754.00   $352.35   $284.36    $67.99

Your deductible met to date: $1,500.00 of $1,500.00
Out-of-pocket met to date: $1,882.41 of $4,000.00

If you disagree with this decision you may appeal within 180 days.
`),
		),
	})

	raw(R, Phi, "geriatrics-daughter-reply-quoted", `
From: "Bernadette Quayle" <bquayle62@example.net>
To: "Willowmere Memory Care Nursing" <nursing@willowmere-memorycare.example.com>
Subject: Re: Mom's fall last night
Date: Thu, 03 Apr 2025 19:12:00 -0500
In-Reply-To: <wmc-0403-118@willowmere-memorycare.example.com>
References: <wmc-0403-118@willowmere-memorycare.example.com>

Thanks Joy. So the xray showed the hip isnt broken?? thats a relief.

Can you ask Dr Estrada if she still needs the donepezil, bc shes been
so nauseous and not eating her lunch. also she keeps asking for dad
at night, is that the sundowning thing again?

I can come sat morning and bring her non slip socks.

- Bernie

On Thu, Apr 3, 2025 at 8:47 AM Joy Alcantara, LPN wrote:
> Hi Bernadette,
>
> I wanted to let you know that your mother, Agnes Quayle, had an
> unwitnessed fall in her room at about 2:10 a.m. She was found sitting
> on the floor next to her bed. She has a bruise on her right forearm
> and said her right hip hurt, so Dr. Estrada ordered an x-ray this
> morning. Neuro checks have been normal.
>
> We have put her bed in the low position, added a bed alarm and will
> check on her every hour overnight.
>
> Joy Alcantara, LPN
> Willowmere Memory Care, Cottage B | 555-0191
`)
}

// rsvUTF16Attach is a UTF-16LE (with BOM) text attachment. The bytes are
// built here and marked Exact so that the renderer does not rewrite line
// endings byte by byte (which would corrupt UTF-16).
func rsvUTF16Attach(filename, s string) *Part {
	s = "\ufeff" + strings.ReplaceAll(s, "\n", "\r\n")
	p := attach("text/plain; charset=utf-16le", filename, encodeCharset(s, "utf-16le"))
	p.Exact = true
	return p
}

// Legacy-charset texts, encoded once with a throwaway Python script
// (the Go standard library has no encoders for these charsets).
// Each byte string is followed by its UTF-8 source.
const (
	// rsvEucKrAllergy: euc-kr
	rsvEucKrAllergy    = "\xb9\xda\xbc\xad\xbf\xac \xb4\xd4\xb2\xb2,\n\n\xc1\xf6\xb3\xad 3\xbf\xf9 12\xc0\xcf\xbf\xa1 \xbd\xc3\xc7\xe0\xc7\xd1 \xbe\xcb\xb7\xb9\xb8\xa3\xb1\xe2 \xc7\xc7\xba\xce\xb4\xdc\xc0\xda\xbd\xc3\xc7\xe8(skin prick test) \xb0\xe1\xb0\xfa\xb8\xa6\n\xbe\xc8\xb3\xbb\xb5\xe5\xb8\xb3\xb4\xcf\xb4\xd9.\n\n\xbe\xe7\xbc\xba \xb9\xdd\xc0\xc0:\n- \xc1\xfd\xb8\xd5\xc1\xf6\xc1\xf8\xb5\xe5\xb1\xe2 (D. pteronyssinus): \xc6\xd8\xc1\xf8 9mm\n- \xb0\xed\xbe\xe7\xc0\xcc \xc5\xd0: \xc6\xd8\xc1\xf8 6mm\n- \xb6\xa5\xc4\xe1: \xc6\xd8\xc1\xf8 7mm\n\n\xc0\xbd\xbc\xba \xb9\xdd\xc0\xc0: \xb2\xc9\xb0\xa1\xb7\xe7 \xc8\xa5\xc7\xd5, \xb0\xb3 \xc5\xd0, \xbf\xec\xc0\xaf, \xb4\xde\xb0\xbf, \xbb\xf5\xbf\xec\n\n\xb6\xa5\xc4\xe1 \xb9\xdd\xc0\xc0\xbf\xa1 \xb4\xeb\xc7\xd8\xbc\xad\xb4\xc2 \xc7\xf7\xbe\xd7 \xb0\xcb\xbb\xe7(\xc6\xaf\xc0\xcc IgE)\xb8\xa6 \xc3\xdf\xb0\xa1\xb7\xce \xbd\xc3\xc7\xe0\xc7\xd2 \xbf\xb9\xc1\xa4\xc0\xcc\xb8\xe7,\n\xb0\xe1\xb0\xfa\xb0\xa1 \xb3\xaa\xbf\xc3 \xb6\xa7\xb1\xee\xc1\xf6 \xb6\xa5\xc4\xe1\xb0\xfa \xb6\xa5\xc4\xe1\xc0\xcc \xb5\xe9\xbe\xee\xb0\xa3 \xc0\xbd\xbd\xc4\xc0\xbb \xc7\xc7\xc7\xd8 \xc1\xd6\xbd\xca\xbd\xc3\xbf\xc0.\n\xbf\xa1\xc7\xc7\xb3\xd7\xc7\xc1\xb8\xb0 \xc0\xda\xb0\xa1\xc1\xd6\xbb\xe7\xb1\xe2 \xc3\xb3\xb9\xe6\xc0\xfc\xc0\xba \xb5\xee\xb7\xcf\xc7\xcf\xbd\xc5 \xbe\xe0\xb1\xb9\xc0\xb8\xb7\xce \xc0\xfc\xbc\xdb\xb5\xc7\xbe\xfa\xbd\xc0\xb4\xcf\xb4\xd9.\n\n\xb4\xd9\xc0\xbd \xc1\xf8\xb7\xe1: 4\xbf\xf9 2\xc0\xcf(\xbc\xf6) \xbf\xc0\xc0\xfc 10\xbd\xc3 20\xba\xd0, \xc3\xd6\xc0\xba\xc1\xa4 \xb1\xb3\xbc\xf6 (\xbe\xcb\xb7\xb9\xb8\xa3\xb1\xe2\xb3\xbb\xb0\xfa)\n\n\xbb\xfd\xb3\xe2\xbf\xf9\xc0\xcf: 1994-06-18 / \xb5\xee\xb7\xcf\xb9\xf8\xc8\xa3 BA-220913\n\n\xb9\xf6\xc4\xa1\xc7\xca\xb5\xe5 \xbe\xcb\xb7\xb9\xb8\xa3\xb1\xe2\xa1\xa4\xc3\xb5\xbd\xc4 \xc5\xac\xb8\xae\xb4\xd0\n\xc0\xfc\xc8\xad 555-0146\n"
	rsvEucKrAllergySrc = `박서연 님께,

지난 3월 12일에 시행한 알레르기 피부단자시험(skin prick test) 결과를
안내드립니다.

양성 반응:
- 집먼지진드기 (D. pteronyssinus): 팽진 9mm
- 고양이 털: 팽진 6mm
- 땅콩: 팽진 7mm

음성 반응: 꽃가루 혼합, 개 털, 우유, 달걀, 새우

땅콩 반응에 대해서는 혈액 검사(특이 IgE)를 추가로 시행할 예정이며,
결과가 나올 때까지 땅콩과 땅콩이 들어간 음식을 피해 주십시오.
에피네프린 자가주사기 처방전은 등록하신 약국으로 전송되었습니다.

다음 진료: 4월 2일(수) 오전 10시 20분, 최은정 교수 (알레르기내과)

생년월일: 1994-06-18 / 등록번호 BA-220913

버치필드 알레르기·천식 클리닉
전화 555-0146
`
	// rsvGbMohsSubj: gb2312
	rsvGbMohsSubj    = "\xc6\xa4\xb7\xf4\xbb\xee\xbc\xec\xbd\xe1\xb9\xfb\xbc\xb0\xca\xd6\xca\xf5\xd4\xa4\xd4\xbc - \xd6\xa3\xb9\xfa\xb6\xb0"
	rsvGbMohsSubjSrc = `皮肤活检结果及手术预约 - 郑国栋`
	// rsvGbMohs: gb2312
	rsvGbMohs    = "\xd6\xa3\xb9\xfa\xb6\xb0\xcf\xc8\xc9\xfa\xa3\xba\n\n\xc4\xfa\xba\xc3\xa3\xa1\xc4\xfa\xd3\xda3\xd4\xc23\xc8\xd5\xd4\xda\xce\xd2\xc3\xc7\xc6\xa4\xb7\xf4\xbf\xc6\xc3\xc5\xd5\xef\xd7\xf6\xb5\xc4\xd3\xd2\xb2\xe0\xb1\xc7\xd2\xed\xc6\xa4\xb7\xf4\xbb\xee\xbc\xec\xa3\xac\xb2\xa1\xc0\xed\xbd\xe1\xb9\xfb\n\xd2\xd1\xb3\xf6\xa3\xba\n\n\xd5\xef\xb6\xcf\xa3\xba\xbb\xf9\xb5\xd7\xcf\xb8\xb0\xfb\xb0\xa9\xa3\xa8\xbd\xe1\xbd\xda\xd0\xcd\xa3\xa9\xa3\xac\xc7\xd0\xd4\xb5\xbf\xc9\xbc\xfb\xd6\xd7\xc1\xf6\xa1\xa3\n\n\xd5\xe2\xca\xc7\xd2\xbb\xd6\xd6\xc9\xfa\xb3\xa4\xbb\xba\xc2\xfd\xa1\xa2\xba\xdc\xc9\xd9\xd7\xaa\xd2\xc6\xb5\xc4\xc6\xa4\xb7\xf4\xb0\xa9\xa3\xac\xb5\xab\xd0\xe8\xd2\xaa\xca\xd6\xca\xf5\xc7\xd0\xb3\xfd\xa1\xa3\xb8\xdf\xd2\xbd\xc9\xfa\xbd\xa8\xd2\xe9\xd7\xf6\n\xc4\xaa\xca\xcf\xcf\xd4\xce\xa2\xcd\xe2\xbf\xc6\xca\xd6\xca\xf5\xa3\xa8Mohs\xa3\xa9\xa3\xac\xd2\xd4\xbe\xa1\xc1\xbf\xb1\xa3\xc1\xf4\xd5\xfd\xb3\xa3\xc6\xa4\xb7\xf4\xa1\xa3\n\n\xca\xd6\xca\xf5\xca\xb1\xbc\xe4\xa3\xba4\xd4\xc29\xc8\xd5\xa3\xa8\xd0\xc7\xc6\xda\xc8\xfd\xa3\xa9\xc9\xcf\xce\xe77:30\xb1\xa8\xb5\xbd\n\xb5\xd8\xb5\xe3\xa3\xba\xc3\xc5\xd5\xef\xc2\xa5\xc8\xfd\xc2\xa5\xc6\xa4\xb7\xf4\xcd\xe2\xbf\xc6\n\xca\xf5\xc7\xb0\xd7\xa2\xd2\xe2\xa3\xba\n1. \xca\xd6\xca\xf5\xb5\xb1\xcc\xec\xbf\xc9\xd5\xfd\xb3\xa3\xb3\xd4\xd4\xe7\xb2\xcd\xa1\xa3\n2. \xc8\xe7\xb9\xfb\xc4\xfa\xd4\xda\xb7\xfe\xd3\xc3\xb0\xa2\xcb\xbe\xc6\xa5\xc1\xd6\xbb\xf2\xbb\xaa\xb7\xa8\xc1\xd6\xa3\xac\xc7\xeb\xcf\xc8\xb8\xe6\xcb\xdf\xce\xd2\xc3\xc7\xa3\xac\xb2\xbb\xd2\xaa\xd7\xd4\xd0\xd0\xcd\xa3\xd2\xa9\xa1\xa3\n3. \xca\xd6\xca\xf5\xbf\xc9\xc4\xdc\xd0\xe8\xd2\xaa\xb0\xeb\xcc\xec\xa3\xac\xc7\xeb\xb0\xb2\xc5\xc5\xbc\xd2\xc8\xcb\xc5\xe3\xcd\xac\xa1\xa3\n\n\xc8\xe7\xd3\xd0\xd2\xc9\xce\xca\xa3\xac\xc7\xeb\xd6\xc2\xb5\xe7 555-0152\xa3\xa8\xc6\xd5\xcd\xa8\xbb\xb0/\xd4\xc1\xd3\xef\xa3\xa9\xa1\xa3\n\n\xc7\xe5\xcf\xaa\xc6\xa4\xb7\xf4\xbf\xc6\xd5\xef\xcb\xf9\n\xbb\xa4\xca\xbf \xc1\xfa\xcf\xfe\xc3\xb7\n"
	rsvGbMohsSrc = `郑国栋先生：

您好！您于3月3日在我们皮肤科门诊做的右侧鼻翼皮肤活检，病理结果
已出：

诊断：基底细胞癌（结节型），切缘可见肿瘤。

这是一种生长缓慢、很少转移的皮肤癌，但需要手术切除。高医生建议做
莫氏显微外科手术（Mohs），以尽量保留正常皮肤。

手术时间：4月9日（星期三）上午7:30报到
地点：门诊楼三楼皮肤外科
术前注意：
1. 手术当天可正常吃早餐。
2. 如果您在服用阿司匹林或华法林，请先告诉我们，不要自行停药。
3. 手术可能需要半天，请安排家人陪同。

如有疑问，请致电 555-0152（普通话/粤语）。

清溪皮肤科诊所
护士 龙晓梅
`
)
