package main

import (
	"fmt"
	"strings"
)

// corpusNone: messages with no PHI. Slugs starting trap- are built to look
// sensitive to a naive detector (numbers, dates, medical words) but are not
// about an identifiable individual's health or care.
func corpusNone() {
	raw(C, None, "trap-order-number", `From: "Brightline Office Supply" <orders@brightline-supply.example.com>
To: Accounts Payable <ap@riverbend-fm.example.org>
Subject: Order #4410298375 received - thank you!
Date: Tue, 04 Mar 2025 09:15:22 -0500

Hello Riverbend Family Medicine,

Thanks for your order. We'll email you again when it ships.

Order number:   4410298375
Customer no.:   0088217
PO reference:   RFM-2025-0311

  Qty  Item                                   Unit     Total
  12   Exam table paper, 21" x 225', smooth   $18.40   $220.80
   4   Nitrile gloves, M, box of 200          $14.95    $59.80
   2   Sharps container, 2 gal                 $9.10    $18.20
                                           Subtotal  $298.80
                                           Shipping    $0.00
                                           Total     $298.80

Ship to:
  Riverbend Family Medicine - Receiving
  1450 Alder Creek Rd Ste 200
  Springfield, OR 97477-3318

Questions? Reply to this email or call 1-800-555-0134, Mon-Fri 8-6 Pacific.

Brightline Office Supply | brightline-supply.example.com
`)

	raw(C, None, "trap-invoice-wire-account", `From: Harbor Linen Services <billing@harborlinen.example.net>
To: "Finance - Lakeside Surgical Center" <finance@lakeside-surgical.example.org>
Subject: Invoice 2025008817 due 03/31/2025

Dear Finance team,

Please find the details of invoice 2025008817 for February linen service
(scrubs, patient gowns, OR towels - 1,240 lbs processed).

Amount due: $4,318.62
Terms: Net 30, due 03/31/2025

Remit by ACH or wire:
  Bank:            First Tidewater Bank (fictional)
  Routing (ABA):   123456780
  Account number:  4471902283
  Account name:    Harbor Linen Services LLC
  Reference:       INV 2025008817

Remittance advice to ar@harborlinen.example.net. Thank you for your business!

Marcy Delacroix
Accounts Receivable | Harbor Linen Services
Phone 617-555-0122 | Fax 617-555-0123
`)

	raw(C, None, "trap-tracking-numbers", `From: ParcelPoint Notifications <no-reply@parcelpoint.example.com>
To: receiving@northside-clinic.example.org
Subject: Your shipment is out for delivery (1Z4E77W90312645518)

Good news! Your package is out for delivery today.

Tracking number: 1Z4E77W90312645518
Also in this delivery: 9400 1118 9922 3847 1650 22
Reference: PO 7781-3320
Weight: 14.2 lb   Pieces: 2
Deliver to: 88 Harmon St, Dock B, Albany, NY 12208-1134
Estimated delivery: by 12:00 PM

Track at https://parcelpoint.example.com/t/1Z4E77W90312645518

Please do not reply to this automated message.
`)

	raw(C, None, "trap-uuid-webhook-failures", `From: Integration Alerts <alerts@sealpost-dev.example.net>
To: platform-oncall@sealpost-dev.example.net
Subject: [alert] webhook delivery failures (3) on endpoint 7f3c2a9e

Webhook endpoint 7f3c2a9e-41b8-4d5e-9c0a-2b1f6d8e3a77 returned HTTP 503
for 3 consecutive deliveries.

  event_id                               status  latency_ms  attempt
  0c9e5b7d-2a61-4f3e-8d12-6a7b9c0e1f24   503     30012       3
  5a1d8e2c-7b43-4c9a-a0f1-3e6d2b8c9f57   503     30007       3
  e8b27f40-1c9d-4a6e-b35f-9d0a7c2e6b18   503     30010       2

Endpoint: https://hooks.partner.example.com/inbound
Last success: 2025-05-19T22:41:07Z
Runbook: https://wiki.sealpost-dev.example.net/runbooks/webhooks

-- 
This alert was generated automatically. Silence: /silence 7f3c2a9e 2h
`)

	raw(C, None, "trap-zip-plus4-address-change", `From: Customer Care <care@mailright.example.com>
To: "Office Manager" <office@pinegrovepeds.example.org>
Subject: Your billing address was updated

Hi there,

This confirms that the billing address on business account 60014-2293
was changed on 06/02/2025 at 3:47 PM.

Old address: 310 Cedar Ave, Dayton, OH 45402-1907
New address: 2205 Wayne Ave Suite 4, Dayton, OH 45410-1125

If you didn't make this change, call us right away at 1-888-555-0147.

MailRight Postage Meters
`)

	raw(C, None, "trap-signature-phones", `From: Denise Albright <dalbright@mapleview-clinic.example.org>
To: all-staff@mapleview-clinic.example.org
Subject: Parking lot resurfacing next week

Hi everyone,

The north lot will be closed Monday through Wednesday next week for
resurfacing. Please park in the overflow lot on Birch Street and leave the
spaces near the main entrance for patients and visitors.

The shuttle will run every 10 minutes from 6:30 to 9:00 AM and 4:00 to
6:30 PM.

Thanks for your patience!

Denise Albright
Facilities Coordinator
Mapleview Clinic
Direct: (503) 555-0119 | Cell: (503) 555-0187 | Fax: (503) 555-0120
2040 NE Hawthorne Blvd, Portland, OR 97232
`)

	raw(C, None, "trap-meeting-moved", `From: "Dr. Priya Raman" <praman@stlukes-demo.example.org>
To: quality-committee@stlukes-demo.example.org
Subject: Quality committee moved to Wed 03/12 at 14:00 (Room 4B)

All,

Our March quality committee meeting is moved from 03/10 to Wednesday
03/12, 14:00-15:30, Conference Room 4B (dial-in 555-0100, code 448 219 07).

Agenda:
 1. Hand hygiene audit Q4 summary (aggregate only)
 2. Sepsis bundle compliance dashboard - new version
 3. Falls committee charter renewal
 4. Joint Commission readiness walk-through schedule

Please send slides by 03/11 noon.

Priya
`)

	raw(C, None, "trap-please-be-patient", `From: IT Service Desk <servicedesk@valleymed.example.org>
To: all-users@valleymed.example.org
Subject: Email migration tonight - please be patient

Hello,

Tonight between 22:00 and 02:00 we are moving all mailboxes to the new
mail servers. Outlook may ask you to sign in again and your inbox may take
a while to sync tomorrow morning. Please be patient - large mailboxes can
take up to an hour to fully download.

Nothing is lost during the move. If after 10:00 AM tomorrow you still see
problems, open a ticket at https://help.valleymed.example.org or call
x0150 (555-0150 from outside).

Thank you,
IT Service Desk
`)

	add(C, None, "trap-flu-season-newsletter", &Msg{
		From:    `"Cedar Hills Health News" <news@cedarhills-health.example.org>`,
		To:      `subscribers@lists.cedarhills-health.example.org`,
		Subject: "Flu season is here: 5 things to know",
		Root: alt(text(`CEDAR HILLS HEALTH NEWS - October

Flu season is here: 5 things to know

1. Everyone 6 months and older should get a flu vaccine every year.
2. It takes about two weeks after vaccination for antibodies to develop.
3. Antiviral medicines such as oseltamivir (Tamiflu) work best when
   started within 48 hours of symptoms - call your doctor early.
4. Fever, cough, sore throat and body aches are common flu symptoms.
5. Wash your hands and stay home when you are sick.

Walk-in flu shot clinics: Saturdays in October, 9 AM - 1 PM, all
Cedar Hills locations. Most insurance plans cover the vaccine at no cost.

Unsubscribe: https://cedarhills-health.example.org/unsub
`), html(`<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#1a5c8a">Flu season is here: 5 things to know</h1>
<ol>
<li>Everyone 6&nbsp;months and older should get a flu vaccine every year.</li>
<li>It takes about two weeks after vaccination for antibodies to develop.</li>
<li>Antiviral medicines such as <i>oseltamivir</i> (Tamiflu&reg;) work best when started within 48&nbsp;hours of symptoms &ndash; call your doctor early.</li>
<li>Fever, cough, sore throat and body aches are common flu symptoms.</li>
<li>Wash your hands and stay home when you are sick.</li>
</ol>
<p><b>Walk-in flu shot clinics:</b> Saturdays in October, 9&nbsp;AM&ndash;1&nbsp;PM, all Cedar Hills locations.</p>
<p style="font-size:11px;color:#888"><a href="https://cedarhills-health.example.org/unsub">Unsubscribe</a></p>
</body></html>
`)),
	})

	raw(C, None, "trap-diabetes-awareness-month", `From: "Wellness Team" <wellness@northgate-benefits.example.com>
To: employees@northgate-benefits.example.com
Subject: November is Diabetes Awareness Month

November is American Diabetes Month. About 1 in 10 adults in the US has
diabetes, and many more have prediabetes without knowing it.

Quick facts:
 * Type 2 diabetes is often managed with lifestyle changes and medicines
   like metformin; some people also need insulin or a GLP-1 medicine.
 * An A1c of 6.5% or higher on two tests is used to diagnose diabetes;
   5.7% to 6.4% is considered prediabetes.
 * Regular eye exams, foot checks and kidney tests help prevent
   complications.

Free screening events this month (finger-stick glucose and blood pressure)
- results are shared only with you:
   Nov 6  - Building A cafeteria, 11:00-14:00
   Nov 19 - Building C lobby, 10:00-13:00

Take the 1-minute risk test: https://wellness.northgate-benefits.example.com/risk

Stay well,
The Wellness Team
`)

	add(C, None, "trap-pharma-marketing-html", &Msg{
		From:    `"Veridian Pharmaceuticals" <hcp-news@veridian-pharma.example.com>`,
		To:      `"Dr. Alan Whitcomb" <awhitcomb@harborcardiology.example.org>`,
		Subject: "New data: CARDIQOR (inventolol) in heart failure with reduced EF",
		Root: alt(text(`For US healthcare professionals only.

CARDIQOR (inventolol) tablets - new 24-month data

In the fictional HERON-HF trial (n=4,112), CARDIQOR reduced the composite
of cardiovascular death or heart failure hospitalization by 21% versus
placebo in adults with HFrEF (LVEF <= 40%).

Most common adverse reactions (>=5%): dizziness, hypotension, fatigue,
hyperkalemia. Contraindicated in patients with angioedema history.

Request samples or a lunch-and-learn: https://veridian-pharma.example.com/hcp
See full Prescribing Information at https://veridian-pharma.example.com/pi

This is a fictional product used for software testing.
`), html(`<html><body>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Helvetica">
<tr><td style="background:#003b5c;color:#fff;padding:16px"><b>CARDIQOR&trade;</b> (inventolol) tablets</td></tr>
<tr><td style="padding:16px">
<p><small>For US healthcare professionals only.</small></p>
<h2>New 24-month data in HFrEF</h2>
<p>In the HERON-HF trial (n=4,112), CARDIQOR reduced CV death or HF hospitalization by <b>21%</b> vs placebo in adults with LVEF &le;&nbsp;40%.</p>
<p><b>Important Safety Information:</b> dizziness, hypotension, fatigue, hyperkalemia (&ge;5%). Contraindicated with a history of angioedema.</p>
<p><a href="https://veridian-pharma.example.com/hcp">Request samples</a> &middot; <a href="https://veridian-pharma.example.com/pi">Prescribing Information</a></p>
</td></tr></table>
</body></html>
`)),
	})

	raw(C, None, "trap-health-article-sleep", `From: "The Daily Checkup" <editor@dailycheckup.example.com>
To: readers@dailycheckup.example.com
Subject: Why you wake up at 3 a.m. (and what to do about it)

WHY YOU WAKE UP AT 3 A.M.

Waking in the middle of the night is one of the most common sleep
complaints doctors hear. Most of the time it is harmless: sleep runs in
90-minute cycles, and brief awakenings between cycles are normal. Problems
start when you can't fall back asleep.

Common culprits
- Alcohol within three hours of bedtime. It helps you doze off but
  fragments the second half of the night.
- Caffeine after 2 p.m. Its half-life is about five hours.
- Untreated sleep apnea, which is more common in people with high blood
  pressure or obesity. Loud snoring and daytime sleepiness are clues.
- Reflux, an overactive bladder, or pain from arthritis.
- Stress. Racing thoughts at 3 a.m. are a classic sign.

What helps
Keep the bedroom cool and dark. Get up at the same time every day, even on
weekends. If you're awake for more than 20 minutes, get out of bed and do
something boring in dim light until you feel sleepy. Cognitive behavioral
therapy for insomnia (CBT-I) works better than sleeping pills for most
people over the long term, and several apps now offer it.

When to see a doctor
If you snore loudly, stop breathing in your sleep, or feel exhausted
despite a full night in bed, ask about a sleep study.

This article is for general information and is not medical advice.
`)

	raw(C, None, "trap-clinic-hours-address", `From: Lakeshore Community Health <info@lakeshore-chc.example.org>
To: community-list@lakeshore-chc.example.org
Subject: Holiday hours and our new Eastside location

Lakeshore Community Health - hours update

Thanksgiving week:
  Mon 11/24 - Wed 11/26   8:00 AM - 6:00 PM
  Thu 11/27               CLOSED
  Fri 11/28               9:00 AM - 1:00 PM (urgent care only)

NEW: Eastside Clinic opens December 1
  4410 Eastlake Blvd, Suite 120
  Cleveland, OH 44114-2780
  Phone (216) 555-0161 | Fax (216) 555-0162
  Services: primary care, pediatrics, women's health, behavioral health,
  lab draw station, on-site pharmacy.

Main Clinic
  900 Lakeshore Dr, Cleveland, OH 44108
  (216) 555-0160

After hours, call our nurse line at (216) 555-0165. In an emergency, dial 911.
`)

	raw(C, None, "trap-oncology-cfp", `From: "Regional Oncology Forum" <cfp@regional-oncology-forum.example.org>
To: members@regional-oncology-forum.example.org
Subject: Call for abstracts: 2026 Regional Oncology Forum - deadline Jan 15

CALL FOR ABSTRACTS
2026 Regional Oncology Forum, April 23-25, 2026, Milwaukee, WI

Tracks:
  - Breast cancer: HER2-low and triple-negative disease
  - Lung cancer: EGFR, ALK and KRAS G12C targeted therapy
  - Hematologic malignancies: CAR-T and bispecific antibodies
  - Immunotherapy toxicity management (checkpoint inhibitor colitis,
    pneumonitis, endocrinopathies)
  - Survivorship, palliative care and health equity

Abstract limits: 300 words, no patient-identifying information, case
reports must be de-identified per the forum's policy.
Submission portal opens 10/01; deadline 01/15/2026 23:59 CT.
Abstract IDs will be assigned in the format ROF26-00000.

Keynote: "Minimal residual disease testing in colorectal cancer."

Questions: program office, 414-555-0172.
`)

	add(C, None, "trap-price-list-product-codes", &Msg{
		From:    `"MedLine Direct Sales" <quotes@medlinedirect.example.com>`,
		To:      `purchasing@oakridge-urgentcare.example.org`,
		Subject: "2025 price list - your contract tier B",
		Root: mixed(text(`Hi Jordan,

Attached is the updated 2025 price list for your contract tier. A few
highlights below; all prices per case.

  Code   Description                          Case   Price
  40217  Nitrile exam glove, M                10x100 $62.40
  40218  Nitrile exam glove, L                10x100 $62.40
  51120  Blood pressure cuff, adult, reusable  5     $48.75
  51134  Pulse oximeter, fingertip             10    $139.00
  60045  Insulin syringe 0.5 mL 31G            500   $71.20
  60071  Alcohol prep pads                     4000  $38.90
  72210  Rapid strep A test kit (CLIA-waived)  25    $86.00

Prices valid through 12/31/2025. Freight free over $500.

Best,
Kofi Mensah
Account Executive | 312-555-0138
`), attachText("text/csv", "pricelist_2025_tierB.csv", `code,description,unit,case_qty,price_usd
40217,"Nitrile exam glove, M",box,10,62.40
40218,"Nitrile exam glove, L",box,10,62.40
51120,"Blood pressure cuff, adult",each,5,48.75
51134,"Pulse oximeter, fingertip",each,10,139.00
60045,"Insulin syringe 0.5 mL 31G",each,500,71.20
60071,Alcohol prep pads,each,4000,38.90
72210,Rapid strep A test kit,kit,25,86.00
72245,Influenza A/B rapid test,kit,25,212.50
80310,"Specimen bag, biohazard, 6x9",each,1000,44.00
80311,"Specimen bag, biohazard, 9x12",each,1000,57.80
`, "base64")),
	})

	raw(C, None, "trap-ehr-connector-release-notes", `From: "Interlink Health Software" <releases@interlink-hs.example.com>
To: customers@interlink-hs.example.com
Subject: Interlink EHR Connector 3.2.1 released

Interlink EHR Connector 3.2.1 (build 2025.06.14-1887)

Fixes
 - HL7 v2 parser: PID-3 repetitions with an empty assigning authority
   no longer drop the MRN field mapping (ticket IHS-4410).
 - ORU^R01 messages with more than 999 OBX segments are now split
   correctly instead of being rejected.
 - FHIR R4 export: Patient.birthDate is written as a date, not a dateTime.
 - Fixed a crash when the DG1 segment was present but empty.

Upgrade notes
 - Minimum database version is now PostgreSQL 14.
 - The default listener moved from 0.0.0.0:2575 to 127.0.0.1:2575;
   set listener.bind in connector.yaml to restore the old behaviour.
 - Versions 3.0.x reach end of support on 2025-12-31.

SHA-256 (connector-3.2.1-linux-amd64.tar.gz):
  9f2c4e1a7b3d58c06e2f9a4b1c7d3e5f8a0b2c4d6e8f1a3b5c7d9e0f2a4b6c8d

Docs: https://docs.interlink-hs.example.com/connector/3.2/
`)

	raw(C, None, "trap-firewall-ip-change", `From: Network Operations <netops@tri-county-health.example.org>
To: it-staff@tri-county-health.example.org
Subject: Firewall change CHG0048812 - Saturday 06:00

Change CHG0048812 (approved, CAB 05/28)

Window: Sat 05/31 06:00-07:00
Impact: brief loss of VPN for remote users (< 2 min)

Rules being added:
  permit tcp 10.20.30.0/24 -> 198.51.100.17 port 443   (lab interface)
  permit tcp 10.20.31.12   -> 203.0.113.45  port 2575  (HL7 feed, vendor)
  deny   ip  any           -> 192.0.2.0/24             (retired DMZ)

Rollback: restore config backup fw01-20250530.cfg

Contact on call: Raj Patel, 555-0176
`)

	raw(C, None, "trap-hr-employee-id-dates", `From: "HR Onboarding" <onboarding@summitcare.example.com>
To: "Taylor Brooks" <tbrooks@summitcare.example.com>
Subject: Welcome to SummitCare - your first-day checklist (Employee ID E0048213)

Hi Taylor,

Welcome aboard! Here are the details for your first day.

  Employee ID:      E0048213
  Start date:       Monday, 04/07/2025, 8:30 AM
  Location:         Admin Building, 2nd floor, Room 214
  Manager:          Carla Nunez, Revenue Cycle
  Badge photo:      04/07 at 9:15 AM, Security Office

Before your start date:
  [ ] Complete the I-9 form (bring two forms of ID on day one)
  [ ] Sign the confidentiality agreement in Workday
  [ ] Choose your benefits by 05/07/2025 (medical, dental, vision, 401k)
  [ ] Complete HIPAA privacy training (about 45 minutes)

Payroll is bi-weekly; your first paycheck will be on 04/25/2025.

Questions? Call HR at 555-0114.

Welcome!
HR Onboarding Team
`)

	raw(C, None, "trap-school-flu-shots", `From: "Jefferson Elementary PTA" <pta@jefferson-elem.example.org>
To: families@jefferson-elem.example.org
Subject: Jefferson Weekly: picture day, book fair, flu shots available

JEFFERSON WEEKLY - October 6

* Picture day is Thursday 10/9. Order forms went home in backpacks.
* Book fair in the library 10/14-10/17, 8:00-3:30.
* FLU SHOTS AVAILABLE: the county health department will offer free flu
  vaccines for students and siblings at the school gym on Wednesday 10/15
  from 3:30 to 6:30 PM. A parent or guardian must sign the consent form.
  Nasal spray and shots will be available.
* Reminder: students with a fever should stay home until they are
  fever-free for 24 hours without medicine.
* Fall festival volunteers needed - sign up with Ms. Okafor.

Go Jaguars!
`)

	raw(C, None, "trap-pharmacy-promo", `From: "CornerRx Pharmacy" <deals@cornerrx.example.com>
To: rewards-members@cornerrx.example.com
Subject: This week: 20% off vitamins + $5 reward with any flu shot

CornerRx Weekly Deals

  - 20% off all vitamins and supplements (vitamin D, B12, fish oil)
  - Buy one get one 50% off allergy relief (loratadine, cetirizine)
  - $5 reward when you get a flu, COVID-19 or shingles vaccine - no
    appointment needed, most insurance accepted
  - Free blood pressure checks at the kiosk, any time

Did you know? You can transfer prescriptions to CornerRx in the app in
under a minute.

Offers valid 10/05-10/11. Rewards number required. Cannot be combined with
other offers. Manage email preferences at cornerrx.example.com/prefs
`)

	raw(C, None, "trap-re-patient-portal-outage", `From: "Chen, Michael (IT)" <mchen@brookfield-health.example.org>
To: "Help Desk" <helpdesk@brookfield-health.example.org>
Cc: clinic-managers@brookfield-health.example.org
Subject: Re: Patient portal outage
In-Reply-To: <a81f22c0.portal@brookfield-health.example.org>

Update 11:42: the patient portal is back up. Root cause was an expired TLS
certificate on the load balancer (portal.brookfield-health.example.org).
The cert has been renewed and auto-renewal fixed. Messages that patients
sent during the outage were queued and have now been delivered to the
clinic inboxes - no data was lost.

If front desk staff get calls, please tell patients they can log in again
and may need to clear their browser cache.

Incident INC0091273 will stay open until the postmortem on Friday.

Michael Chen
Infrastructure Engineer, x0158

> On Tue, 10:05, Help Desk wrote:
> Multiple clinics report that patients see "Your connection is not
> private" when opening the portal. Started ~09:50.
`)

	raw(C, None, "trap-recipe-dose-of-sugar", `From: "Sunday Kitchen" <hello@sundaykitchen.example.com>
To: subscribers@sundaykitchen.example.com
Subject: Grandma's lemon bars (just the right dose of sugar)

LEMON BARS

This week's recipe gives you a healthy dose of tartness with just the right
dose of sugar. Take it slow: a double dose of zest makes them bitter.

Crust
  1 cup flour, 1/2 cup butter (cold), 1/4 cup powdered sugar, pinch of salt

Filling
  2 eggs, 3/4 cup sugar, 3 tbsp lemon juice, 1 tsp zest, 2 tbsp flour

1. Heat the oven to 350 F. Press the crust into an 8x8 pan; bake 15 min.
2. Whisk the filling and pour over the warm crust.
3. Bake 20-25 minutes until set. Cool completely, then dust with sugar.

Tip: the bars keep 3 days in the fridge. Cut with a hot knife.

Happy baking!
`)

	raw(C, None, "trap-sports-stroke", `From: "Weekend Sports Digest" <digest@weekendsports.example.com>
To: readers@weekendsports.example.com
Subject: Walker wins by one stroke; breaststroke record falls

GOLF: Walker holds on to win by a stroke
Jamie Walker made a 12-foot par putt on 18 to finish at 11 under and win
the Coastal Classic by one stroke. A stroke of luck on 16 - a chip that hit
the flagstick and dropped - kept her ahead.

SWIMMING: 100m breaststroke record falls
At the state championships, 17-year-old Lena Ortiz lowered the meet record
in the 100m breaststroke to 1:06.84. "My stroke rate felt perfect," she
said.

TENNIS: Heat forces schedule change
Saturday's matches start at 8 a.m. to avoid the afternoon heat advisory.
Players were reminded to hydrate; no injuries were reported.
`)

	raw(C, None, "trap-economic-depression", `From: "Macro Monday" <research@macromonday.example.com>
To: clients@macromonday.example.com
Subject: Macro Monday: is this a recession or just a soft patch?

MACRO MONDAY

Lessons from the Great Depression and the 1970s
Nobody serious expects a repeat of the Great Depression, but the chart of
depressed factory orders this quarter looks uncomfortably like 1974.
Freight volumes are down 6%, consumer sentiment is depressed for a third
straight month, and the yield curve has been inverted since March.

What we watch
  - Initial jobless claims above 260k for four weeks
  - A negative print in real retail sales
  - Credit spreads widening past 500 bp in high yield

Our view: growth slows to about 0.8% next year; recession probability 35%.
We are not panicking - "anxiety" in markets is normal late in a cycle.

Disclosures: for professional investors; not investment advice.
`)

	raw(C, None, "trap-positive-sales-report", `From: "Renee Lawson" <rlawson@brightpath-devices.example.com>
To: sales-team@brightpath-devices.example.com
Subject: Q2 results - strongly positive, thanks team!

Team,

Q2 numbers are in and they are positive across the board:

  Region     Units    Revenue     vs Q1
  Northeast  1,240    $1.86M      +14%
  Southeast    980    $1.47M      +9%
  Midwest    1,105    $1.66M      +21%
  West       1,512    $2.27M      +17%

The new glucose meter tested positive with every focus group and the
early reaction from clinics has been overwhelmingly positive. Negative
churn in the Midwest (expansion > cancellations) for the first time.

Let's keep the momentum. Celebration lunch Friday at noon.

Renee
VP Sales | 555-0131
`)

	add(C, None, "trap-ics-staff-meeting", &Msg{
		From:    `"Gloria Park" <gpark@westend-dental.example.com>`,
		To:      `team@westend-dental.example.com`,
		Subject: "Invitation: Monthly staff meeting @ Thu Apr 10, 2025 7:30am - 8:15am",
		Root: mixed(
			alt(text(`Monthly staff meeting
When: Thu Apr 10, 2025 7:30am - 8:15am (PT)
Where: Break room / video link in invite

Topics: new scheduling templates, OSHA refresher, summer vacation calendar.
Breakfast provided.
`), &Part{CT: "text/calendar", Params: map[string]string{"charset": "utf-8", "method": "REQUEST"}, CTE: "7bit", Body: ics(`
BEGIN:VCALENDAR
PRODID:-//Example Corp//Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:3b9a1f6e-77c2-4c1d-9e0a-staffmtg-202504@westend-dental.example.com
DTSTAMP:20250401T160000Z
DTSTART:20250410T143000Z
DTEND:20250410T151500Z
SUMMARY:Monthly staff meeting
LOCATION:Break room
DESCRIPTION:New scheduling templates\, OSHA refresher\, vacation calendar.
ORGANIZER;CN=Gloria Park:mailto:gpark@westend-dental.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Team:mailto:team@westend-dental.example.com
RRULE:FREQ=MONTHLY;BYDAY=2TH
END:VEVENT
END:VCALENDAR
`)}),
			attach("application/ics", "invite.ics", ics(`
BEGIN:VCALENDAR
PRODID:-//Example Corp//Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:3b9a1f6e-77c2-4c1d-9e0a-staffmtg-202504@westend-dental.example.com
DTSTAMP:20250401T160000Z
DTSTART:20250410T143000Z
DTEND:20250410T151500Z
SUMMARY:Monthly staff meeting
LOCATION:Break room
END:VEVENT
END:VCALENDAR
`)),
		),
	})

	add(C, None, "trap-csv-sales-attachment", &Msg{
		From:    `"Sales Ops" <salesops@vitalsigns-supply.example.com>`,
		To:      `"Regional Managers" <rm@vitalsigns-supply.example.com>`,
		Subject: "Weekly SKU sales extract (wk 22)",
		Root: mixed(text("Attached: SKU sales for week 22. Figures are net of returns.\n\n-- Sales Ops\n"),
			attachText("text/csv", "sku_sales_wk22.csv", csvProducts(30), "7bit")),
	})

	add(C, None, "trap-json-api-config", &Msg{
		From:    `"Devon Hale" <dhale@clinicflow.example.com>`,
		To:      `"Integration Team" <integrations@partner-lab.example.net>`,
		Subject: "Sandbox config for the results interface",
		Root: mixed(text(`Hi all,

Attached is the JSON config we use for the sandbox. The patient_id field
mapping points at PID-3 and the MRN assigning authority is set to our test
namespace; there is no data in the file, only settings. Please confirm the
endpoint and the retry policy.

Thanks,
Devon
`), attach("application/json", "results-interface.sandbox.json", []byte(`{
  "name": "results-interface",
  "environment": "sandbox",
  "version": "2.4.0",
  "endpoint": "https://sandbox.partner-lab.example.net/v2/results",
  "listen": "127.0.0.1:8443",
  "tls": {"min_version": "1.2", "ca_file": "/etc/clinicflow/ca.pem"},
  "mapping": {
    "patient_id_field": "PID-3",
    "mrn_assigning_authority": "CLINICFLOW-TEST",
    "dob_field": "PID-7",
    "result_segment": "OBX"
  },
  "retry": {"max_attempts": 5, "backoff_ms": [500, 1000, 2000, 4000]},
  "request_id_header": "X-Request-ID",
  "feature_flags": {"send_pdf": false, "batch_acks": true}
}
`))),
	})

	add(C, None, "trap-xml-invoice", &Msg{
		From:    `"Granite Copier Leasing" <einvoice@granite-leasing.example.com>`,
		To:      `ap@hillcrest-ortho.example.org`,
		Subject: "E-invoice 3300718842 from Granite Copier Leasing",
		Root: mixed(text("Your electronic invoice is attached (UBL 2.1 XML). Amount due USD 612.40 by 07/15/2025.\n"),
			attach("application/xml", "invoice-3300718842.xml", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
  <cbc:ID>3300718842</cbc:ID>
  <cbc:IssueDate>2025-06-15</cbc:IssueDate>
  <cbc:DueDate>2025-07-15</cbc:DueDate>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Granite Copier Leasing</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyName><cbc:Name>Hillcrest Orthopedics PC</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>77 Summit Ave</cbc:StreetName><cbc:CityName>Tulsa</cbc:CityName><cbc:PostalZone>74103-2205</cbc:PostalZone></cac:PostalAddress>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:InvoiceLine>
    <cbc:ID>1</cbc:ID>
    <cbc:InvoicedQuantity unitCode="MON">1</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="USD">489.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Lease, MFP model KX-9000, serial 55K102938</cbc:Name></cac:Item>
  </cac:InvoiceLine>
  <cac:InvoiceLine>
    <cbc:ID>2</cbc:ID>
    <cbc:InvoicedQuantity unitCode="EA">12340</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="USD">123.40</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Overage, B/W pages</cbc:Name></cac:Item>
  </cac:InvoiceLine>
  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="USD">612.40</cbc:PayableAmount></cac:LegalMonetaryTotal>
</Invoice>
`))),
	})

	add(C, None, "trap-pdf-brochure-wellness", &Msg{
		From:    `"Bluewater Health Plan" <marketing@bluewater-plan.example.com>`,
		To:      `employers@lists.bluewater-plan.example.com`,
		Subject: "Brochure: 2026 wellness programs for your employees",
		Root: mixed(text("Hello,\n\nPlease share the attached brochure with your HR team. It describes\nthe 2026 wellness programs included with every Bluewater group plan.\n\nBluewater Health Plan Employer Services\n"),
			attach("application/pdf", "Bluewater_Wellness_2026.pdf", pdfDoc("Bluewater Wellness 2026", pdfLines(`BLUEWATER HEALTH PLAN - 2026 WELLNESS PROGRAMS
Included with every group plan at no extra cost.

1. Healthy Heart Coaching
   Phone coaching for members who want to lower blood pressure or
   cholesterol. Members enroll themselves online.
2. Diabetes Prevention Program
   A 16-week CDC-recognized lifestyle program.
3. Quit for Good
   Tobacco cessation with free nicotine patches and gum.
4. Mind Matters
   Up to 8 free counseling sessions a year through our EAP partner,
   plus 24/7 crisis line.
5. Maternity Support
   Nurse line and prenatal classes.

Questions: employer services 1-800-555-0155 (Mon-Fri 8-8 ET)
bluewater-plan.example.com/wellness`), false))),
	})

	inner := rawInner(`From: "Harbor Pediatrics" <newsletter@harborpeds.example.org>
To: parents@lists.harborpeds.example.org
Subject: Back-to-school checklist: vaccines, sports physicals, lice
Date: Mon, 04 Aug 2025 08:00:00 -0400
Message-ID: <bts-2025@harborpeds.example.org>

BACK-TO-SCHOOL CHECKLIST

- Kindergarten: DTaP, polio, MMR and varicella boosters are due at 4-6 years.
- 7th grade: Tdap and meningococcal (MenACWY) vaccines are required.
- Sports physicals: book early - August fills up fast.
- Head lice: check weekly; over-the-counter permethrin works for most.
- Asthma action plans and EpiPen forms must be signed before day one.

Harbor Pediatrics, 12 Wharf St, Salem, MA 01970 - 978-555-0144
`)
	add(C, None, "trap-forwarded-newsletter", &Msg{
		From:    `"Sam Ortega" <sortega@lincoln-ms.example.org>`,
		To:      `"Front Office" <office@lincoln-ms.example.org>`,
		Subject: "Fwd: Back-to-school checklist: vaccines, sports physicals, lice",
		Root:    mixed(text("Can we put this in Friday's parent bulletin? Useful list.\n\nSam\n"), rfc822(inner)),
	})

	add(C, None, "trap-subject-only-order", &Msg{
		From:    `"ShopWell" <orders@shopwell.example.com>`,
		To:      `"K. Ibarra" <kibarra@example.net>`,
		Subject: "Order 5520194473 shipped - arriving Thu 06/12 to ZIP 60614-3302",
		Root:    text(""),
	})

	raw(C, None, "trap-car-service-appointment", `From: "Lakeside Motors Service" <service@lakeside-auto.example.com>
To: "Marcus Bell" <mbell@example.net>
Subject: Reminder: your appointment on 12/03 at 8:00 AM

Hi Marcus,

This is a reminder of your service appointment:

  Date/time:   Wednesday 12/03 at 8:00 AM
  Vehicle:     2019 sedan, VIN ...4821
  Services:    30,000-mile maintenance, brake inspection, tire rotation
  Advisor:     Dana Whitfield

Please arrive 10 minutes early. A shuttle is available within 5 miles.
Need to reschedule? Call 555-0193 or reply to this email.

Lakeside Motors Service
`)

	raw(C, None, "trap-public-health-statistics", `From: "County Health Department - Epidemiology" <epi@county-health.example.gov.test>
To: partners@county-health.example.gov.test
Subject: Quarterly surveillance summary, Q3 2025

QUARTERLY SURVEILLANCE SUMMARY - Q3 2025 (provisional)

Counts are county residents, by date of report. Cells under 5 suppressed.

  Condition                          Q3 2025   Q3 2024   Change
  Influenza, lab-confirmed              412       388     +6%
  Chlamydia                           1,207     1,251     -4%
  Gonorrhea                             398       441    -10%
  Syphilis, all stages                   86        71    +21%
  HIV, new diagnoses                     23        27    -15%
  Hepatitis C, chronic                  154       160     -4%
  Opioid overdose ED visits             301       344    -13%
  Opioid overdose deaths                 38        49    -22%
  Pertussis                              <5        11      -

Naloxone distribution: 4,880 kits (+31%). PrEP uptake among eligible
residents estimated at 29%, up from 24%.

Data are provisional and subject to change. Full tables:
https://county-health.example.gov.test/data/q3-2025
`)

	raw(C, None, "trap-job-posting-psych-np", `From: "Careers at Evergreen Behavioral Health" <careers@evergreen-bh.example.org>
To: jobs-digest@lists.example.net
Subject: Now hiring: Psychiatric Nurse Practitioner (PMHNP) - Req 25-0412

Psychiatric Mental Health Nurse Practitioner (PMHNP)
Evergreen Behavioral Health - Outpatient, Tacoma WA - Full time
Requisition 25-0412

About the role
Provide psychiatric evaluations and medication management for adults with
depression, anxiety disorders, bipolar disorder, PTSD and co-occurring
substance use disorders. Our clinic offers MAT with buprenorphine, so an
X-waiver is no longer required but MAT experience is a plus.

Requirements
 - Active WA ARNP license and PMHNP-BC certification
 - DEA registration (or ability to obtain)
 - 2+ years outpatient experience preferred

Pay $145,000-$175,000, 4-day week option, $5,000 sign-on bonus.
Apply: https://careers.evergreen-bh.example.org/25-0412
Evergreen is an equal opportunity employer.
`)

	raw(C, None, "trap-oncology-billing-display-name", `From: "Oncology Billing" <onc-billing@cascade-cancer-ctr.example.org>
To: "Support" <support@claimsoft.example.com>
Subject: Clearinghouse login keeps timing out

Hi,

Since your update on Tuesday our team can't stay logged in to the
clearinghouse portal for more than about five minutes. We get kicked back
to the login screen mid-batch. This happens in Chrome and Edge, on all six
workstations. Our account is CSC-220931.

Can someone look at this today? We have a submission deadline on Friday.

Thank you,
Oncology Billing Office
Cascade Cancer Center
(541) 555-0177
`)

	add(C, None, "trap-hl7-ack-attachment", &Msg{
		From:    `"Interface Monitor" <hl7mon@ridgeview-hosp.example.org>`,
		To:      `interface-team@ridgeview-hosp.example.org`,
		Subject: "Sample ACK from the new lab vendor (no PID, for the spec review)",
		Root: mixed(text("Attached is the application ACK the vendor returns. It only has MSH and MSA\nsegments. Note MSA-1 is AA and the control ID echoes ours.\n"),
			hl7Part("application/hl7-v2", "vendor_ack_sample.hl7", hl7(
				`MSH|^~\&|LABVENDOR|LABV|RIDGEVIEW|RVH|20250611093012||ACK^R01^ACK|ACK0000917|P|2.5.1`,
				`MSA|AA|MSG00044817|Message accepted`))),
	})

	add(C, None, "trap-fhir-capability-statement", &Msg{
		From:    `"API Platform" <api-team@clinicflow.example.com>`,
		To:      `developers@lists.clinicflow.example.com`,
		Subject: "FHIR server metadata for sandbox v4.0.1",
		Root: mixed(text("Here is the CapabilityStatement from the sandbox. Patient search by identifier\nis now supported; Observation write is still disabled.\n"),
			attach("application/fhir+json", "metadata.json", []byte(`{
  "resourceType": "CapabilityStatement",
  "status": "active",
  "date": "2025-06-01",
  "publisher": "ClinicFlow (sandbox)",
  "kind": "instance",
  "fhirVersion": "4.0.1",
  "format": ["json"],
  "rest": [{
    "mode": "server",
    "resource": [
      {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
       "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},
      {"type": "Observation", "interaction": [{"code": "read"}]},
      {"type": "Condition", "interaction": [{"code": "read"}]}
    ]
  }]
}
`))),
	})

	raw(C, None, "trap-part-number-like-ssn", `From: "SteriTech Parts" <parts@steritech.example.com>
To: "Biomed Shop" <biomed@mercyvale.example.org>
Subject: RE: Replacement door gasket for autoclave

Hello,

The correct gasket for your Model 3021 autoclave (serial ST3021-88413) is
part no. 410-52-8821. We have 3 in stock and can ship today. Price $84.00
each; your quote number is Q-0099172.

Also recommended at the 5-year service: heating element 220-31-1007 and
the pressure relief valve 118-04-5530.

Best regards,
Luis Ferreira
SteriTech Parts Desk | 555-0185
`)

	raw(C, None, "trap-coworker-birthday", `From: "Billing Team" <billing-team@oakhaven-clinic.example.org>
To: all-staff@oakhaven-clinic.example.org
Subject: Cake in the break room - Happy birthday, Rosa!

Hi all,

Rosa Jimenez from billing turns 50 today (born 06/18/1975 - she said we
could share!). Cake and coffee in the 2nd-floor break room at 3:00 PM.
Card is at the front desk if you want to sign.

Cheers,
The Billing Team
ext. 0107
`)

	raw(C, None, "trap-mental-health-awareness", `From: "People & Culture" <people@harborline.example.com>
To: everyone@harborline.example.com
Subject: May is Mental Health Awareness Month

Hi everyone,

May is Mental Health Awareness Month. Depression and anxiety affect about
one in five adults each year, and most people who seek treatment get
better. Some reminders of what's available to you and your family:

  * Employee Assistance Program (EAP): 6 free, confidential counseling
    sessions per issue. Call 1-800-555-0111, 24/7. HR never sees who uses it.
  * Our medical plan covers therapy and psychiatry at the same copay as
    other specialist visits.
  * Free access to the Calmly meditation app - code HARBOR2025.
  * Manager training: "Noticing when a colleague is struggling", May 14.

If you or someone you know is in crisis, call or text 988.

Take care of yourselves,
People & Culture
`)

	raw(C, None, "trap-brca-genetics-article", `From: "Science Explained" <newsletter@science-explained.example.org>
To: subscribers@science-explained.example.org
Subject: What a BRCA test can - and can't - tell you

WHAT A BRCA TEST CAN AND CAN'T TELL YOU

BRCA1 and BRCA2 are genes that help repair damaged DNA. Harmful variants
in them raise the lifetime risk of breast cancer to roughly 45-70%, and
also raise the risk of ovarian, prostate and pancreatic cancer.

Who should consider testing? People with a strong family history, a
relative with a known variant, Ashkenazi Jewish ancestry, or a personal
history of certain cancers. Genetic counseling before and after testing
is recommended, because results are often not a simple yes or no: a
"variant of uncertain significance" (VUS) is common and usually gets
reclassified as benign.

A negative result does not mean zero risk. Most breast cancers occur in
people without a BRCA variant.

Direct-to-consumer tests look at only a few variants and can miss
many harmful ones.

Further reading: our genetics primer at science-explained.example.org/genes
`)

	raw(C, None, "trap-prep-awareness-campaign", `From: "Get PrEPared Coalition" <info@getprepared-coalition.example.org>
To: community@getprepared-coalition.example.org
Subject: National HIV Testing Day - free testing and PrEP info events

June 27 is National HIV Testing Day.

Free, confidential HIV testing events this week (rapid results in 20 min):
  Tue 6/24  Riverside Library, 4-8 PM
  Thu 6/26  Pride Center, 12-6 PM
  Fri 6/27  Mobile van at Central Station, 10 AM - 4 PM

PrEP (pre-exposure prophylaxis) reduces the risk of getting HIV from sex by
about 99% when taken as prescribed. Options include daily pills and an
injection every two months. Most insurance covers PrEP with no copay, and
assistance programs help if you're uninsured.

U=U: people living with HIV who have an undetectable viral load do not
transmit HIV to sexual partners.

Questions? Text our navigators at 555-0104.
`)

	add(C, None, "trap-qp-newsletter-soft-breaks", &Msg{
		From:    `"Lab Medicine Bulletin" <bulletin@regional-labs.example.com>`,
		To:      `clients@lists.regional-labs.example.com`,
		Subject: "Test menu changes: hemoglobin A1c method, vitamin D reference range",
		Root: qpBreaks("text/plain", "utf-8", `LAB MEDICINE BULLETIN - July

1. Hemo¦globin A1c: we are switching to an HPLC method on 08/04. Results are
   traceable to the IFCC reference, so no change in interpretation is
   expected. Specimen: whole blood, lavender top, stable 7 days refrigerated.
2. 25-hydroxy vitamin D: the reference range becomes 30-100 ng/mL.
3. New test: high-sensitivity troponin I (test code 8¦8215), replaces the
   conventional troponin (code 88210) on 09/01.
4. Courier pickups for the Route 12 clients move to 4:30 PM.

Our client services line is 555-0189, 24 hours a day.

You are receiving this because your practice has an account with Regional
Labs. Manage preferences: https://regional-labs.example.com/bul¦letin
`),
	})

	add(C, None, "trap-base64-html-marketing", &Msg{
		From:    `"TeleVisit Pro" <hello@televisitpro.example.com>`,
		To:      `"Practice Manager" <pm@sunrise-family.example.org>`,
		Subject: "Cut no-shows by 30% with automated reminders",
		Root: b64(html(`<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>TeleVisit Pro</title></head>
<body style="margin:0;font-family:Georgia,serif">
<div style="max-width:620px;margin:auto">
<h1>Your patients are busy. Remind them.</h1>
<p>Practices using TeleVisit Pro's automated text and email reminders cut no-shows by <b>30%</b> on average.</p>
<ul>
 <li>Two-way SMS confirmations</li>
 <li>Waitlist auto-fill when a slot opens</li>
 <li>Integrates with 40+ EHRs</li>
</ul>
<p>Book a 15-minute demo: <a href="https://televisitpro.example.com/demo">televisitpro.example.com/demo</a> or call 555-0112.</p>
<p style="font-size:10px;color:#999">TeleVisit Pro, 500 Market St, San Francisco, CA 94105. <a href="https://televisitpro.example.com/unsub">Unsubscribe</a></p>
</div></body></html>
`)),
	})

	raw(C, None, "trap-spanish-health-fair", `From: "Centro Comunitario La Esperanza" <eventos@laesperanza.example.org>
To: vecinos@lists.laesperanza.example.org
Subject: Feria de salud gratuita este sábado 14 de junio

¡Hola, vecinos!

Los invitamos a nuestra Feria de Salud gratuita:

  Fecha: sábado 14 de junio, de 9:00 a 14:00
  Lugar: Parque Central, 1200 calle Main, Santa Ana, CA 92701

Habrá:
  - Medición de presión arterial y glucosa
  - Vacunas contra la gripe y el COVID-19 para adultos y niños
  - Información sobre diabetes, nutrición y salud mental
  - Inscripción en Medi-Cal y seguros de salud
  - Clases de cocina saludable y zumba

No se necesita cita ni seguro médico. Habrá intérpretes de español,
vietnamita y mixteco.

Más información: 714-555-0166

¡Los esperamos!
`)

	raw(C, None, "trap-french-cardiology-conference", `From: "Journées de Cardiologie de Lyon" <contact@jcl-congres.example.fr.test>
To: inscrits@jcl-congres.example.fr.test
Subject: Journées de Cardiologie 2025 : programme et inscriptions

Chères consœurs, chers confrères,

Les Journées de Cardiologie de Lyon auront lieu du 9 au 11 octobre 2025
au Centre des Congrès.

Au programme :
  - Insuffisance cardiaque : place des gliflozines et du vériciguat
  - Fibrillation atriale : anticoagulation chez le sujet âgé
  - Hypertension artérielle résistante : dénervation rénale, où en est-on ?
  - Atelier pratique : lecture d'ECG (niveau intermédiaire)

Tarif préférentiel jusqu'au 31 juillet : 180 €. Internes : gratuit.
Inscriptions : https://jcl-congres.example.fr.test/inscription

Bien confraternellement,
Le comité d'organisation
Tél. : 04 55 50 01 42
`)

	raw(C, None, "trap-german-it-maintenance", `From: "IT-Service Klinikum Nord" <it-service@klinikum-nord.example.de.test>
To: alle-mitarbeiter@klinikum-nord.example.de.test
Subject: Wartungsfenster am Samstag: KIS und Laborsystem nicht erreichbar

Liebe Kolleginnen und Kollegen,

am Samstag, 21.06.2025, von 02:00 bis 05:00 Uhr führen wir ein Update des
Krankenhausinformationssystems (KIS) auf Version 12.4.2 durch. In dieser
Zeit sind das KIS, das Laborsystem und die Patientenkurve nicht verfügbar.

Bitte nutzen Sie in diesem Zeitraum die Papier-Notfallformulare, die auf
allen Stationen im roten Ordner liegen. Die Daten werden nach dem Update
nachgetragen.

Bei Fragen erreichen Sie die IT-Hotline unter Durchwahl 0155.

Vielen Dank für Ihr Verständnis!
Ihr IT-Service
`)

	add(C, None, "trap-japanese-newsletter-sjis", &Msg{
		From:    `"Sakura Clinic" <news@sakura-clinic.example.jp.test>`,
		To:      `members@sakura-clinic.example.jp.test`,
		Subject: encWordBytes([]byte(legacy("ja-news-subj").bytes), "shift_jis", 'B'),
		Root:    b64(textAs("text/plain", legacy("ja-news-body").utf8, "shift_jis", "base64")),
	})

	add(C, None, "trap-russian-release-koi8r", &Msg{
		From:    `"IT Otdel" <it@sklad-demo.example.ru.test>`,
		To:      `staff@sklad-demo.example.ru.test`,
		Subject: encWordBytes([]byte(legacy("ru-rel-subj").bytes), "koi8-r", 'B'),
		Root:    &Part{CT: "text/plain", Params: map[string]string{"charset": "koi8-r"}, CTE: "8bit", Body: []byte(legacy("ru-rel-body").bytes)},
	})

	add(C, None, "trap-chinese-promo-gb2312", &Msg{
		From:    `"Jiankang Shop" <promo@jiankang-shop.example.com>`,
		To:      `customers@jiankang-shop.example.com`,
		Subject: encWordBytes([]byte(legacy("zh-promo-subj").bytes), "gb2312", 'B'),
		Root:    &Part{CT: "text/plain", Params: map[string]string{"charset": "gb2312"}, CTE: "base64", Body: []byte(legacy("zh-promo-body").bytes)},
	})

	add(C, None, "trap-portuguese-latin1-dengue", &Msg{
		From:    `"Secretaria de Saude (boletim)" <boletim@saude-municipal.example.com.br.test>`,
		To:      `assinantes@saude-municipal.example.com.br.test`,
		Subject: encWord("Campanha de vacinação contra a dengue começa segunda", "iso-8859-1", 'Q'),
		Root: textAs("text/plain", `Boletim Saúde em Dia - nº 41

A campanha de vacinação contra a dengue começa na próxima segunda-feira,
dia 10 de março, nas 32 unidades básicas de saúde do município.

Quem pode se vacinar nesta fase:
  - crianças e adolescentes de 10 a 14 anos;
  - profissionais de saúde com menos de 60 anos.

São duas doses, com intervalo de três meses. Leve um documento com foto e
a caderneta de vacinação.

Lembre-se: a vacina não substitui o combate ao mosquito. Elimine água
parada em vasos, pneus e calhas.

Disque Saúde: 0800 555 0136
`, "iso-8859-1", "quoted-printable"),
	})

	add(C, None, "trap-windows1252-quotes-newsletter", &Msg{
		From:    `"Practice Pulse" <editor@practicepulse.example.com>`,
		To:      `readers@practicepulse.example.com`,
		Subject: "Practice Pulse: “front-desk scripts” that actually work",
		Root: textAs("text/plain", `PRACTICE PULSE — Issue 118

“Front-desk scripts” that actually work

When a caller says “I just need to talk to the doctor,” don’t argue — offer
a choice: “Dr. Lee is with patients until noon. I can book a phone visit at
12:15 or have her nurse call you back today. Which works better?”

Other tips from readers:
  • Confirm the callback number before you hang up.
  • Say “our next opening” instead of “we’re booked.”
  • Keep a list of nearby urgent-care clinics — with hours — by the phone.

Coming next issue: the €0 marketing plan… and why Google reviews matter.

© 2025 Practice Pulse. Reply “STOP” to unsubscribe.
`, "windows-1252", "quoted-printable"),
	})

	add(C, None, "trap-utf16-policy-notice", &Msg{
		From:    `"Compliance Office" <compliance@meridian-health.example.org>`,
		To:      `all-staff@meridian-health.example.org`,
		Subject: "Annual privacy training due 09/30",
		Root: &Part{CT: "text/plain", Params: map[string]string{"charset": "utf-16"}, CTE: "base64", Exact: true, Body: encodeCharset(crlfS(`Reminder: annual HIPAA privacy and security training is due by 09/30.

The course takes about 40 minutes and covers minimum necessary use,
sending PHI by email (use the [secure] tag), phishing, and reporting lost
devices. Complete it in the Learning Center under "Required".

Staff who miss the deadline will lose EHR access until it is finished.

Compliance Office - ext. 0124
`), "utf-16")},
	})

	add(C, None, "trap-html-table-inventory", &Msg{
		From:    `"Pharmacy Inventory" <inventory@mountainview-hosp.example.org>`,
		To:      `pharmacy-techs@mountainview-hosp.example.org`,
		Subject: "Short-dated stock report (expiring within 60 days)",
		Root: html(`<html><body>
<p>Items expiring within 60 days - please move to the front and flag for use first.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>NDC</th><th>Drug</th><th>Lot</th><th>Exp</th><th>Qty</th><th>Location</th></tr>
<tr><td>0409-4888-02</td><td>Heparin 5,000 units/mL vial</td><td>HK2291</td><td>2025-08-31</td><td>40</td><td>Main / B3</td></tr>
<tr><td>0143-9875-10</td><td>Ondansetron 4 mg/2 mL</td><td>ON7730</td><td>2025-09-15</td><td>65</td><td>Main / C1</td></tr>
<tr><td>63323-0262-01</td><td>Lidocaine 1% 20 mL</td><td>LD0411</td><td>2025-09-02</td><td>22</td><td>OR satellite</td></tr>
<tr><td>0781-3206-95</td><td>Ceftriaxone 1 g vial</td><td>CF8812</td><td>2025-08-20</td><td>18</td><td>ED Pyxis</td></tr>
<tr><td>0009-0825-01</td><td>Methylprednisolone 125 mg</td><td>MP3304</td><td>2025-09-28</td><td>12</td><td>Main / A4</td></tr>
</table>
<p>Total value at risk: $3,214.60. Report run 2025-07-01 06:00 by job INV-SD-60.</p>
</body></html>
`),
	})

	raw(C, None, "trap-mrn-lookup-training", `From: "EHR Training Team" <ehr-training@brookfield-health.example.org>
To: new-hires@brookfield-health.example.org
Subject: Training: finding a patient by MRN, DOB and name in the new EHR

Hi new team members,

Your EHR training session is Thursday 10:00-11:30 in the Learning Lab
(Building B, Room 110). We'll cover:

  - Searching for a patient by MRN, date of birth or name, and why you
    should always confirm two identifiers before opening a chart
  - Reading the banner: allergies, code status, isolation flags
  - Placing orders and reconciling the medication list
  - Secure messaging to the care team and "break the glass" rules

All examples use the training environment with fictional test patients;
nothing you do there reaches real charts.

Bring your badge; your training login is your employee ID.

EHR Training Team, x0130
`)

	raw(C, None, "trap-auto-insurance-claim", `From: "Guardian Auto Claims" <claims@guardian-auto.example.com>
To: "Nora Whitaker" <nwhitaker@example.net>
Subject: Claim 7204418865 - estimate approved

Hi Nora,

Good news: the repair estimate for claim number 7204418865 was approved.

  Policy:        PA-55120987
  Date of loss:  05/16/2025
  Vehicle:       2021 station wagon
  Damage:        rear bumper, tailgate, left tail light (parking lot)
  Approved:      $3,482.17 (after your $500 deductible)
  Shop:          Ridgeline Collision, 555-0195

Payment goes directly to the shop. A rental car is covered for up to 7
days at $40/day.

Guardian Auto Claims
`)

	raw(C, None, "trap-analyzer-qc-report", `From: "Chem Analyzer" <chem-c311@core-lab.example.org>
To: lab-supervisors@core-lab.example.org
Subject: Daily QC summary - analyzer C311-02 - 2 rule violations

Daily QC summary, analyzer C311-02, 2025-04-22 (controls only - no
patient samples in this report)

  Analyte      Level  Mean    SD    Today   Rule
  Glucose      1      98      2.1   97      ok
  Glucose      2      302     5.8   315     1-3s  REJECT
  Creatinine   1      1.02    0.04  1.01    ok
  Potassium    2      6.4     0.09  6.45    ok
  ALT          1      38      1.6   42      2-2s  WARN
  Hemoglobin   1      7.1     0.12  7.0     ok

Action: Glucose L2 repeated after recalibration, 301 mg/dL, accepted at
07:42. Lot QC-GL2-5530 expires 2025-06-30.

Reviewed by: A. Kaminski, MLS(ASCP)
`)

	raw(C, None, "trap-vet-clinic-reminder", `From: "Paws & Claws Animal Hospital" <reminders@pawsclaws-vet.example.com>
To: "Erin Cho" <echo@example.net>
Subject: Biscuit is due for vaccines

Hi Erin,

Our records show Biscuit (Golden Retriever, 6 yrs) is due for:

  - Rabies booster (3-year) - due 07/02/2025
  - DHPP - due 07/02/2025
  - Annual heartworm test and fecal exam

Biscuit's last weight was 71 lb. Please bring a stool sample to the visit.
Book online or call 555-0178. We're open Saturdays!

Paws & Claws Animal Hospital
`)

	raw(C, None, "trap-gym-trainer-appointment", `From: "IronWorks Fitness" <frontdesk@ironworks-fit.example.com>
To: "Chris Alvarez" <calvarez@example.net>
Subject: Your appointment with trainer Jess tomorrow at 6:00 AM

Hi Chris,

See you tomorrow for your personal training session:

  When:    Fri 03/14, 6:00-7:00 AM
  Trainer: Jess Morgan
  Focus:   lower body strength, mobility

Member ID: 0012-44718. Please bring water and a towel, and check in at
the front desk 5 minutes early. Cancel at least 12 hours ahead to avoid
a late-cancel fee.

IronWorks Fitness | 555-0183
`)

	raw(C, None, "trap-sepsis-protocol-update", `From: "Nursing Education" <nursing-ed@stlukes-demo.example.org>
To: rn-all@stlukes-demo.example.org
Subject: Updated sepsis screening protocol effective 07/01

Colleagues,

The updated adult sepsis screening protocol takes effect 07/01. Key changes:

  - Screen every patient at triage and every 12 hours on the units.
  - Positive screen: 2 or more SIRS criteria plus suspected infection,
    OR lactate >= 2 mmol/L.
  - Draw blood cultures x2 before antibiotics, but do not delay
    antibiotics beyond 60 minutes for cultures.
  - Give 30 mL/kg crystalloid for hypotension or lactate >= 4.
  - Reassess volume status and repeat lactate within 6 hours.

Education sessions (30 min): 06/23 07:00, 06/24 15:00, 06/26 19:00 in
Classroom 3. Attendance is tracked; please badge in.

Nursing Education, x0171
`)

	raw(C, Phi, "marked-secure-test-no-content", `From: "Messaging Team" <messaging@valleymed.example.org>
To: "Encryption Pilot Group" <encryption-pilot@valleymed.example.org>
Subject: [secure] Test message - please ignore
X-Sensitivity: PHI

This is a test of the new secure-mail gateway. When you receive it, you
should see the "Encrypted" banner at the top. Reply "got it" so we can mark
your mailbox as tested. There is no patient information in this message.

Thanks,
Messaging Team
`)

	raw(C, None, "trap-long-privacy-policy", longPolicy)

	// ---- plain none (not designed as traps)
	raw(C, None, "team-lunch-poll", `From: "Amy Liu" <aliu@sealpost-dev.example.net>
To: team@sealpost-dev.example.net
Subject: Team lunch Friday - vote for the place

Hi team,

Let's do lunch on Friday to celebrate the 1.0 release! Vote by Thursday:

  a) Thai Basil (vegetarian friendly)
  b) Smoke & Barrel BBQ
  c) Tacos el Gordo

Reply with a letter. Company card is covering it.

Amy
`)

	raw(C, None, "vendor-webinar-invite", `From: "CloudDesk Events" <events@clouddesk.example.com>
To: "IT Manager" <itmgr@greenfield-clinic.example.org>
Subject: Webinar: Zero-trust networking for small practices

Join us on Tuesday, June 10 at 1 PM ET for a 45-minute webinar on
zero-trust networking for small and mid-sized organizations.

You'll learn:
  - How to replace your old VPN with identity-aware access
  - Quick wins for MFA and device posture checks
  - A real-world rollout timeline

Register: https://clouddesk.example.com/webinars/zero-trust
A recording will be sent to all registrants.
`)

	raw(C, None, "conference-travel-logistics", `From: "Priya Shah" <pshah@sealpost-dev.example.net>
To: "Ben Ortiz" <bortiz@sealpost-dev.example.net>
Subject: Travel for the interoperability conference

Ben,

I booked your flight: outbound Tue 09/16 flight SP1187 departs 07:05, return
Fri 09/19 SP2240 arriving 21:40. Hotel is the Harborview Hotel downtown,
confirmation 84410297. Per diem is $79/day; keep receipts for the taxi.

Booth setup is Tuesday 4-6 PM; we're in hall C, booth 412.

Priya
`)

	raw(C, None, "github-ci-failure", `From: "CI Bot" <ci@builds.sealpost-dev.example.net>
To: dev@sealpost-dev.example.net
Subject: [sealpost] build #1842 failed on main (relay: TestQueueRetry)

Build #1842 failed on main at commit 4e1b9c2.

--- FAIL: TestQueueRetry (2.31s)
    queue_test.go:211: retry count = 4, want 3
FAIL
FAIL    github.com/sealpost/sealpost/relay    3.104s

Triggered by: push by lmorales
Duration: 6m12s
Logs: https://builds.sealpost-dev.example.net/1842
`)

	raw(C, None, "office-move-announcement", `From: "Operations" <ops@keystone-billing.example.com>
To: all@keystone-billing.example.com
Subject: Office move: boxes, labels and the new seating chart

Hi all,

We move to the 5th floor on Friday, 08/22. Please:

  1. Pack your desk by Thursday 3 PM. Boxes and labels are in the copy room.
  2. Label each box with your name and new desk number (see attached chart
     on the intranet).
  3. Take personal valuables home.

Monday 08/25 everyone should be at the new desks. The Wi-Fi name stays the
same. The coffee machine is coming with us, don't worry.

Thanks,
Operations
`)

	raw(C, None, "password-expiry-notice", `From: "Account Services" <accounts@valleymed.example.org>
To: "jsmith" <jsmith@valleymed.example.org>
Subject: Your password expires in 5 days

Your network password will expire in 5 days. To change it, press
Ctrl+Alt+Del on a hospital workstation and choose "Change a password", or
visit https://password.valleymed.example.org.

Passwords must be at least 14 characters. Never share your password; IT
will never ask for it by email.
`)

	raw(C, None, "budget-review-meeting", `From: "CFO Office" <cfo@summitcare.example.com>
To: department-heads@summitcare.example.com
Subject: FY26 budget review schedule

Department heads,

Budget review meetings for FY26 are scheduled as follows (Board Room):

  09/08  Surgery, Anesthesia, Perioperative
  09/09  Medicine, Emergency, Hospitalists
  09/10  Women & Children, Pediatrics
  09/11  Ambulatory, Behavioral Health, Pharmacy
  09/12  Support services, IT, Facilities

Please submit capital requests over $25,000 in the template by 08/29.
Volumes should use the FY25 actuals through July.

Thanks,
Office of the CFO
`)

	raw(C, None, "spanish-team-update", `From: "Lucía Fernández" <lfernandez@sealpost-dev.example.net>
To: equipo-soporte@sealpost-dev.example.net
Subject: Turnos de soporte para agosto

Hola equipo:

Les comparto los turnos de guardia de soporte para agosto:

  Semana 1: Diego
  Semana 2: Marta
  Semana 3: Lucía
  Semana 4: Andrés

Si necesitan cambiar una semana, avisen antes del viernes. Recuerden
documentar cada incidente en el sistema de tickets.

Gracias,
Lucía
`)

	raw(C, None, "library-new-books", `From: "Medical Library" <library@stlukes-demo.example.org>
To: library-news@stlukes-demo.example.org
Subject: New in the library: 12 titles for June

New titles this month include updated editions of a pharmacology
handbook, a pediatric emergency medicine review, and two books on
leadership for nurse managers. E-book access is available off-site with
your network login.

Need a literature search? Our librarians can help: library@stlukes-demo.example.org
`)

	raw(C, None, "security-phishing-warning", `From: "Information Security" <security@tri-county-health.example.org>
To: all-staff@tri-county-health.example.org
Subject: Phishing alert: fake "payroll update" emails

We're seeing phishing emails with the subject "Payroll update required"
that link to a fake sign-in page. Do not click the link. If you entered
your password, change it right away and call the service desk at 555-0150.

Report suspicious mail with the "Report Phish" button in Outlook.
`)

	raw(C, None, "vendor-contract-renewal", `From: "Jordan Reyes" <jreyes@oakridge-urgentcare.example.org>
To: "Kofi Mensah" <kmensah@medlinedirect.example.com>
Subject: Re: 2025 price list - your contract tier B

Hi Kofi,

Thanks for the list. We'd like to renew for 24 months if you can hold
tier B pricing on gloves and the rapid tests through 2026. Could you also
send the W-9 and certificate of insurance for our vendor file?

Regards,
Jordan Reyes
Purchasing, Oakridge Urgent Care
`)

	raw(C, None, "board-minutes-draft", `From: "Board Secretary" <secretary@harborview-chc.example.org>
To: board@harborview-chc.example.org
Subject: Draft minutes - June board meeting

Board members,

Draft minutes from the June 17 meeting are on the board portal. Highlights:

  - Approved the FY26 operating budget ($18.4M).
  - Approved the lease for the Westside dental clinic.
  - CEO report: new patient visits up 8% year over year; the sliding-fee
    program served 3,102 uninsured patients (aggregate figure).
  - Next meeting: July 15, 6:00 PM.

Please send corrections by June 27.
`)

	raw(C, None, "newsletter-tech-digest", `From: "Gopher Weekly (sample)" <digest@goweekly.example.com>
To: subscribers@goweekly.example.com
Subject: Go Weekly #512: iterators in practice, faster JSON, new vet checks

In this issue:
  * Range-over-func iterators: patterns that pay off in real code
  * encoding/json/v2 status update and benchmarks
  * New go vet analyzers in 1.26
  * Writing fuzz tests for MIME parsers
  * Jobs: backend engineers at three healthcare startups

Read online: https://goweekly.example.com/512
`)

	raw(C, None, "customer-support-reply", `From: "Sealpost Support" <support@sealpost-dev.example.net>
To: "Alex Kim" <akim@riverbend-fm.example.org>
Subject: Re: [Ticket #20931] TLS handshake error on port 587

Hi Alex,

Thanks for the logs. The handshake fails because your relay is offering
only TLS 1.0. Sealpost requires TLS 1.2 or newer. Setting
"tls.min_version: 1.2" on your side (or upgrading the appliance firmware
to 7.4) fixes it.

I'll keep this ticket open for a week in case you need anything else.

Best,
Hana
Sealpost Support
`)

	raw(C, None, "holiday-schedule", `From: "Human Resources" <hr@keystone-billing.example.com>
To: all@keystone-billing.example.com
Subject: 2026 holiday schedule

The 2026 company holidays are: Jan 1, Jan 19, May 25, Jul 3, Sep 7,
Nov 26-27, Dec 24-25. Floating holidays: 2 per employee, request them in
Workday at least two weeks ahead.
`)

	raw(C, None, "german-newsletter-vendor", `From: "MedTech Nachrichten" <redaktion@medtech-news.example.de.test>
To: leser@medtech-news.example.de.test
Subject: MedTech Nachrichten: Neue Regeln für Medizinprodukte-Software

Guten Tag,

in dieser Ausgabe:

  - Die neue Leitlinie zur Cybersicherheit von Medizinprodukten
  - Interview: Wie Kliniken ihre Geräte-Inventur automatisieren
  - Messekalender Herbst 2025

Viel Spaß beim Lesen!
Ihre Redaktion
`)

	raw(C, None, "lost-and-found", `From: "Security Desk" <security-desk@mapleview-clinic.example.org>
To: all-staff@mapleview-clinic.example.org
Subject: Lost and found: blue umbrella, car keys

Found in the main lobby this week: a blue umbrella and a set of
car keys with a climbing carabiner. Claim them at the security desk,
1st floor, with a description.
`)

	raw(C, None, "interview-scheduling", `From: "Recruiting" <recruiting@summitcare.example.com>
To: "Jamal Carter" <jcarter.candidate@example.net>
Subject: Interview confirmation - Data Analyst, Revenue Cycle

Hi Jamal,

Your interview is confirmed for Thursday, 05/22 at 10:00 AM (video). You'll
meet with Carla Nunez and two analysts from the team. The link will arrive
the day before. The conversation will take about an hour.

Good luck!
Recruiting, SummitCare
`)

	add(C, None, "pdf-quarterly-report-flate", &Msg{
		From:    `"Finance" <finance@keystone-billing.example.com>`,
		To:      `leadership@keystone-billing.example.com`,
		Subject: "Q2 financial summary (PDF)",
		Root: mixed(text("Attached is the Q2 summary for Thursday's meeting.\n"),
			attach("application/pdf", "Q2_financial_summary.pdf", pdfDoc("Q2 Financial Summary", pdfLines(`KEYSTONE BILLING SERVICES - Q2 FINANCIAL SUMMARY

Revenue                     $4.82M   (+7% vs Q1)
Operating expenses          $3.91M   (+3%)
Operating margin            18.9%
Days sales outstanding      41       (target 40)
New client practices        14
Client churn                2

Highlights
- Signed two multi-site orthopedic groups.
- Clearinghouse migration finished on schedule.
- Headcount 86 (+4).

Risks
- Payer policy changes for telehealth billing in Q4.
- Wage pressure for certified coders.`), true))),
	})

	raw(C, None, "vietnamese-community-class", `From: "Trung Tâm Cộng Đồng" <lophoc@trungtam-congdong.example.org>
To: hoivien@trungtam-congdong.example.org
Subject: Lớp học tiếng Anh miễn phí cho người lớn

Kính gửi quý hội viên,

Trung tâm mở lớp học tiếng Anh miễn phí cho người lớn vào tối thứ Ba và
thứ Năm, từ 6 giờ đến 7 giờ 30, bắt đầu ngày 9 tháng 9.

Địa chỉ: 1550 đường Bolsa, Westminster, CA 92683
Điện thoại: 714-555-0168

Xin cảm ơn!
`)
}

// csvProducts returns a product/sales CSV with n rows.
func csvProducts(n int) string {
	items := []string{"Exam gloves M", "Exam gloves L", "Face masks ASTM 2", "Hand sanitizer 500 mL",
		"Thermometer probe covers", "Tongue depressors", "Gauze 4x4", "Paper gowns", "Cotton swabs",
		"Specimen cups", "Bandages assorted", "Ice packs", "Ear speculum tips", "ECG electrodes"}
	var b strings.Builder
	b.WriteString("sku,description,region,units,revenue_usd,week\n")
	regions := []string{"NE", "SE", "MW", "W"}
	for i := 0; i < n; i++ {
		sku := 40100 + i*37%900
		fmt.Fprintf(&b, "%05d,%s,%s,%d,%.2f,2025-W22\n", sku, items[i%len(items)], regions[i%4],
			50+(i*73)%400, float64(300+(i*977)%5000)+0.25*float64(i%4))
	}
	return b.String()
}

func crlfS(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// longPolicy is a multi-page policy document full of PHI vocabulary but
// about no individual.
const longPolicy = `From: "Privacy Office" <privacy@tri-county-health.example.org>
To: all-workforce@tri-county-health.example.org
Subject: Revised policy PR-114: Use and disclosure of protected health information by email

POLICY PR-114 - USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION BY EMAIL
Effective date: 07/01/2025     Replaces: PR-114 (2021)     Owner: Privacy Office

1. PURPOSE
This policy describes when workforce members may send protected health
information (PHI) by email, which safeguards are required, and how to
respond when PHI is sent to the wrong recipient. It applies to all
employees, medical staff, students, volunteers and contractors of
Tri-County Health, at every location.

2. DEFINITIONS
Protected health information (PHI): individually identifiable health
information in any form, including a patient's name, address, date of
birth, medical record number (MRN), health plan member ID, Social Security
number, account or claim numbers, photographs, and any information about
the patient's diagnoses, medications, test results, procedures,
appointments, or payment for care.
Restricted information: PHI with additional legal protection, including
records of substance use disorder treatment programs covered by 42 CFR
Part 2, psychotherapy notes, HIV test results, genetic test results, and
reproductive health services. State law may add categories.
Minimum necessary: the least amount of PHI needed to accomplish the
purpose of a use or disclosure.
Secure email: a message sent through the organization's encryption
gateway, triggered by the [secure] tag in the subject line or the
"Encrypt" button.

3. POLICY
3.1 Internal email. PHI may be sent between workforce members on the
organization's email system when needed for treatment, payment or
operations. Apply minimum necessary: prefer the EHR's secure messaging
over email; refer to a patient by MRN rather than full name when you can;
do not put diagnoses in the subject line.
3.2 External email to other providers and health plans. Must be sent as
secure email unless the recipient is on the approved Direct/TLS partner
list maintained by Information Security.
3.3 Email to patients. Patients may request to receive information by
unencrypted email after being told of the risks. The request must be
documented in the EHR. Otherwise use the patient portal.
3.4 Restricted information. Restricted information may only be emailed
with the patient's specific written consent where required (for example, a
Part 2 consent), must always be sent as secure email, and must carry the
redisclosure notice required by law.
3.5 Spreadsheets and lists. Reports listing multiple patients must be sent
as secure email, password-protected, and shared with the smallest audience
possible. Prefer a link to the report in the data warehouse.
3.6 Personal email accounts. Never send PHI to or from a personal email
account, including your own.

4. PROCEDURES
4.1 Before sending: check every recipient, especially after auto-complete;
remove PHI from forwarded threads that the new recipient does not need;
check attachments, including file names.
4.2 Misdirected email: if you send PHI to the wrong person, do not try to
fix it yourself beyond asking the recipient to delete it. Report it to the
Privacy Office within one business day at privacy@tri-county-health.example.org
or 555-0144. The Privacy Office will perform the breach risk assessment.
4.3 Receiving PHI by mistake: do not forward it. Notify the sender and the
Privacy Office and delete it.
4.4 Automatic protections: the outbound mail relay scans messages and may
encrypt, hold or block messages that appear to contain PHI. A held message
is released by the Privacy Office after review, usually within 2 hours
during business hours.

5. TRAINING AND ENFORCEMENT
All workforce members complete privacy training at hire and every year.
Violations of this policy may result in discipline up to and including
termination of employment or contract, and may be reported to licensing
boards as required.

6. REFERENCES
45 CFR 164.502(b) and 164.514(d) (minimum necessary); 45 CFR 164.312(e)
(transmission security); 42 CFR Part 2; state medical records laws;
Tri-County Health policies PR-101 (Confidentiality), IS-210 (Encryption),
and PR-130 (Breach notification).

7. REVISION HISTORY
2025-06: Added section 3.4 and 4.4; updated definitions.
2021-03: Added patient email consent process.
2017-09: Original policy.

Questions about this policy can be sent to the Privacy Office. Please do
not include patient information in your question.
`
