package main

import (
	"fmt"
	"strings"
)

// Sealed set: written without looking at the scorer or the other sets.
// Everything is invented. Helpers used by all three sealed files live here.

// sealedKOI8R encodes Russian text (Cyrillic + ASCII) in KOI8-R.
func sealedKOI8R(s string) []byte {
	const lower = "юабцдефгхийклмнопярстужвьызшэщчъ"
	const upper = "ЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ"
	idx := map[rune]byte{'ё': 0xA3, 'Ё': 0xB3, '«': '"', '»': '"', '—': '-', '–': '-', '№': 'N'}
	for i, r := range []rune(lower) {
		idx[r] = byte(0xC0 + i)
	}
	for i, r := range []rune(upper) {
		idx[r] = byte(0xE0 + i)
	}
	var b []byte
	for _, r := range s {
		if r < 0x80 {
			b = append(b, byte(r))
		} else if c, ok := idx[r]; ok {
			b = append(b, c)
		} else {
			panic(fmt.Sprintf("rune %q not in koi8-r", r))
		}
	}
	return b
}

// sealedCP1251 encodes Russian text in windows-1251.
func sealedCP1251(s string) []byte {
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case r >= 'А' && r <= 'я':
			b = append(b, byte(0xC0+(r-'А')))
		case r == 'Ё':
			b = append(b, 0xA8)
		case r == 'ё':
			b = append(b, 0xB8)
		case r == '№':
			b = append(b, 0xB9)
		case r == '—':
			b = append(b, 0x97)
		case r == '«':
			b = append(b, 0xAB)
		case r == '»':
			b = append(b, 0xBB)
		default:
			panic(fmt.Sprintf("rune %q not in windows-1251", r))
		}
	}
	return b
}

// sealedText makes a text part from bytes already in the named charset.
func sealedText(ct, charset, cte string, b []byte) *Part {
	return &Part{CT: ct, Params: map[string]string{"charset": charset}, CTE: cte, Body: b}
}

// sealedUTF16 makes a base64 UTF-16 text part; LF becomes CRLF before encoding.
func sealedUTF16(ct, charset, s string) *Part {
	s = strings.ReplaceAll(s, "\n", "\r\n")
	p := textAs(ct, s, charset, "base64")
	p.Exact = true
	return p
}

// Invented names for the sealed rosters (not the shared people.go lists).
var sealedFirst = []string{"Arlette", "Bodhi", "Consuelo", "Desmond", "Eulalia", "Fintan", "Genevieve", "Hollis",
	"Imelda", "Jovan", "Kalani", "Lucinda", "Marisol", "Nestor", "Odalys", "Percival", "Quilla", "Rutger",
	"Soledad", "Thaddeus", "Ulrika", "Vashti", "Wendell", "Xiomara", "Yusuf", "Zinnia", "Anselm", "Briony"}
var sealedLast = []string{"Ashdown", "Barraza", "Coyle", "Dunmore", "Eckhart", "Fairweather", "Galindo", "Hatchett",
	"Iwasaki", "Jankowski", "Kettleborough", "Lozada", "Merriweather", "Nwachukwu", "Ostrowski", "Pettibone",
	"Quarles", "Rendon", "Sandoval-Ruiz", "Tillinghast", "Underhill", "Villalobos", "Wexley", "Yarborough"}

type sealedPerson struct{ First, Last, DOB, MRN, Member, Phone string }

func sealedPeople(n, seed int) []sealedPerson {
	var ps []sealedPerson
	for i := 0; i < n; i++ {
		k := i*11 + seed*5
		ps = append(ps, sealedPerson{
			First:  sealedFirst[(k+seed*3)%len(sealedFirst)],
			Last:   sealedLast[(i*5+seed*3)%len(sealedLast)],
			DOB:    fmt.Sprintf("%02d/%02d/%04d", 1+(k*7+seed)%12, 1+(k*13+seed)%28, 1941+(k*19+seed)%63),
			MRN:    fmt.Sprintf("%07d", 3100000+(k*48611+seed*7717)%6800000),
			Member: fmt.Sprintf("MC%08d", 40000000+(k*2654435+seed*31)%59999999),
			Phone:  fmt.Sprintf("555-01%02d", (k*3+seed)%100),
		})
	}
	return ps
}

func sealedNone() {
	// ---------------------------------------------------------------- traps

	raw(S, None, "trap-ambulance-software-invoice", `From: "Accounts Receivable - DispatchLedger" <ar@dispatchledger.example.com>
To: "Prairie Line EMS Billing" <billing@prairieline-ems.example.org>
Subject: Invoice INV-2025-004417 and shipment of card readers (PO 88213)

Hello Prairie Line EMS team,

Attached below is the summary for invoice INV-2025-004417 covering your
DispatchLedger ePCR + billing subscription for the quarter.

  Customer account ......... PLEMS-000392
  Purchase order ........... 88213
  Invoice date ............. 04/01/2025
  Due date ................. 05/01/2025 (Net 30)

  Line  Item                                   Qty   Unit      Amount
  1     ePCR tablet licence (per unit)          14   $42.00    $588.00
  2     Claims module - ground transport         1   $310.00   $310.00
  3     Mag-stripe/chip card reader CR-220       3   $89.00    $267.00
  4     Shipping (2-day)                         1   $24.50     $24.50
                                                     Total    $1,189.50

The three CR-220 readers shipped today:
  Carrier tracking: 1Z 9X4 07E 03 4418 2206
  Serial numbers:   CR220-7731-0045, CR220-7731-0046, CR220-7731-0051

Remit by ACH using the bank details on file (DispatchLedger LLC, account
ending 2258), or mail a check to PO Box 4410, Lincoln NE 68501. Please
reference the invoice number, not your run numbers, on the remittance.

Thanks,
Renata Voss
Accounts Receivable, DispatchLedger LLC
(402) 555-0118
`)

	add(S, None, "trap-fqhc-diabetes-month-newsletter", &Msg{
		From:    `"Cedar Hollow Community Health" <news@cedarhollowchc.example.org>`,
		To:      `"Community Members" <community-list@cedarhollowchc.example.org>`,
		Subject: "November is Diabetes Awareness Month - free A1c checks & cooking classes",
		Root: html(`<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Cedar Hollow News</title></head>
<body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2a6f4e">Cedar Hollow Community Health &mdash; November News</h1>
<p>About one in ten adults in our three-county service area lives with type&nbsp;2
diabetes, and many more have prediabetes without knowing it. This month our
sites are offering <b>free finger-stick A1c checks</b> &mdash; no appointment,
no insurance needed.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#e3f1ea"><th>Site</th><th>Date</th><th>Time</th><th>Extra</th></tr>
<tr><td>Main Street clinic, Millbrook</td><td>Nov 6</td><td>9:00&ndash;12:00</td><td>Foot checks with our podiatry team</td></tr>
<tr><td>Mobile unit at Harlan Feed &amp; Seed</td><td>Nov 13</td><td>10:00&ndash;2:00</td><td>Blood pressure checks</td></tr>
<tr><td>Ridgeview school-based center</td><td>Nov 20</td><td>3:30&ndash;6:00</td><td>Family cooking class (Spanish &amp; English)</td></tr>
</table>
<h2>What the numbers mean</h2>
<p>An A1c under 5.7% is in the normal range; 5.7&ndash;6.4% suggests prediabetes;
6.5% or above on two tests is consistent with diabetes. Medicines such as
metformin, GLP-1 agonists (semaglutide, dulaglutide) and SGLT2 inhibitors
(empagliflozin) are common, but walking 30 minutes a day and cutting sugary
drinks help everyone.</p>
<h2>Sliding-fee reminder</h2>
<p>No one is turned away for inability to pay. Bring proof of household income
to the front desk to update your sliding-fee discount for 2026.</p>
<p style="font-size:small;color:#666">Cedar Hollow Community Health is a
Federally Qualified Health Center. 118 Main Street, Millbrook &middot; 555-0143.
<a href="https://cedarhollowchc.example.org/unsubscribe">Unsubscribe</a></p>
</body></html>
`),
	})

	add(S, None, "trap-hl7-adt-interface-test", &Msg{
		From:    `"Tomas Ferreira" <tferreira@valleyview-rhc.example.org>`,
		To:      `"Interface Support" <support@meridianlink-hie.example.net>`,
		Subject: "Ticket HIE-22871: ADT^A04 from our test system rejected (segment PV1)",
		Root: mixed(
			text(`Hi support,

Our new registration system at Valleyview Rural Health Clinic is in test
mode and every ADT^A04 we send to your TEST endpoint comes back with
AE / "PV1-3 location not found". Sample attached. This is the vendor's
canned test message, the patient is the dummy TEST^ZZPATIENT record that
exists only in our test environment - nothing real.

Facility code on our side is VVRHC, sending app REGSYS-TEST.
Can you tell me which location value you expect in PV1-3?

Thanks,
Tomas Ferreira
IT Coordinator, Valleyview RHC
555-0131
`),
			hl7Part("application/hl7-v2", "test_adt_a04.hl7", hl7Text(`
MSH|^~\&|REGSYS-TEST|VVRHC|HIE|MERIDIAN|20250312101500||ADT^A04|TST000114|T|2.5.1
EVN|A04|20250312101500
PID|1||TEST0000001^^^VVRHC^MR||TEST^ZZPATIENT^DO NOT USE||19000101|U|||123 TEST ST^^TESTVILLE^ZZ^00000
PV1|1|O|CLINIC1^^^VVRHC||||9999999999^TEST^PROVIDER
NTE|1||*** SYNTHETIC TEST MESSAGE - NOT A REAL PERSON ***
`)),
		),
	})

	add(S, None, "trap-otp-hvac-service-contract", &Msg{
		From:    `"Kessler Mechanical" <contracts@kesslermech.example.com>`,
		To:      `"Facilities - Northgate Opioid Treatment Program" <facilities@northgate-otp.example.org>`,
		Subject: "Renewal: preventive maintenance agreement, rooftop units 1-3",
		Root: mixed(
			text(`Good morning Ms. Adeyemi,

Attached is the renewal of the preventive maintenance agreement for the
three rooftop HVAC units and the dosing-room mini-split at your Northgate
Avenue building. Pricing is unchanged from last year except the filter
upgrade to MERV-13 you asked for after the inspection.

We will keep scheduling visits before 6:30 am so our techs are off the roof
before your dosing window opens, and our crew will sign in at the front
desk as before. Please sign page 2 and return it by the 30th.

Regards,
Walt Kessler
Kessler Mechanical, Inc. | 555-0176
`),
			attach("application/pdf", "Kessler_PM_Agreement_Northgate_2025.pdf", pdfDoc("Preventive Maintenance Agreement", pdfLines(`KESSLER MECHANICAL, INC.
PREVENTIVE MAINTENANCE AGREEMENT  No. PM-2025-0611

Customer: Northgate Opioid Treatment Program (facility account 30-4471)
Site: 2200 Northgate Avenue, Building B

Equipment covered:
  RTU-1  Carrier 48FC, 7.5 ton, serial 2019E40112
  RTU-2  Carrier 48FC, 7.5 ton, serial 2019E40187
  RTU-3  Trane YSC060, 5 ton, serial 19224KT3F
  MS-1   Mitsubishi mini-split, dosing room, serial 6Y01338

Service: quarterly inspection, filter change (MERV-13), coil cleaning,
belt check, refrigerant check, thermostat calibration.
Response time for emergency calls: 4 hours, 24/7.

Annual fee: $6,840.00, billed quarterly ($1,710.00).
Term: 12 months from 06/01/2025, auto-renews unless cancelled in writing.

Signature (customer): _______________________  Date: __________
Signature (Kessler):  Walt Kessler             Date: 05/02/2025
`), false)),
		),
	})

	add(S, None, "trap-hiv-prep-conference-spanish", &Msg{
		From:    `"Red Fronteriza de Salud" <eventos@redfronteriza.example.org>`,
		To:      `"Promotores de salud" <promotores@redfronteriza.example.org>`,
		Subject: encWord("Inscripción abierta: Congreso Regional de Prevención del VIH y PrEP", "iso-8859-1", 'Q'),
		Root: textAs("text/plain", `Estimados promotores y promotoras:

Nos complace invitarles al III Congreso Regional de Prevención del VIH,
que se celebrará el 14 y 15 de marzo en el Centro de Convenciones de
Las Cruces (dirección ficticia: Av. Mesilla 410).

Temas principales:
  - PrEP oral e inyectable: acceso en clínicas rurales y comunitarias
  - Pruebas rápidas de VIH y sífilis en unidades móviles
  - Cómo hablar de salud sexual con jóvenes y familias
  - Estigma, confidencialidad y la ley de privacidad
  - Datos regionales: los nuevos diagnósticos bajaron un 12 % en 2024

La inscripción es gratuita para promotores comunitarios. Habrá
interpretación simultánea inglés-español y créditos de educación continua
para enfermería.

Inscríbase antes del 28 de febrero: https://redfronteriza.example.org/congreso
Preguntas: Lic. Mariana Quezada, 555-0162

Atentamente,
Comité Organizador
Red Fronteriza de Salud
`, "iso-8859-1", "quoted-printable"),
	})

	raw(S, None, "trap-generator-test-be-patient", `From: "Dale Purcell" <dpurcell@sagebrush-snf.example.org>
To: "All Staff" <allstaff@sagebrush-snf.example.org>
Subject: Generator test Saturday 6am - results from last month

All,

Quick facilities update.

1) Last month's load test came back negative for any transfer-switch fault,
   which is the result we want. The generator carried the whole building
   for 42 minutes with no alarms.

2) This Saturday at 0600 we run the monthly test again. Lights in the east
   wing will flicker for ~10 seconds when we switch over and again when we
   switch back. Elevators 1 and 2 will be out for about 15 minutes. Please be
   patient and do not call maintenance unless something stays off.

3) Good news from the business office: positive cash flow for the third
   month in a row, so the new ice machines for 2 North and 2 South are
   approved.

4) Critical: nobody prop the loading-dock door open. It sets off the
   wander-guard panel and the fire marshal noticed last time.

Thanks for your patience,
Dale Purcell
Director of Plant Operations
Sagebrush Skilled Nursing & Rehabilitation
555-0155 (cell, call/text)
`)

	raw(S, None, "trap-dialysis-unit-birthday-cake", `From: "Keiko Brandt" <kbrandt@lakeshore-dialysis.example.com>
To: "Lakeshore Staff" <staff@lakeshore-dialysis.example.com>
Subject: shhh - Bernadette turns 40 on 06/14, cake friday

hi all!!

bernadette's big 4-0 is saturday 06/14 (she was born 06/14/1985 - don't tell
her i told you). we're doing cake in the break room friday between the 2nd
and 3rd shifts, around 11:15.

tiffany is bringing the tres leches, i got balloons. card is at the nurses
station, please sign it by thursday. $5 toward the gift card if you want,
venmo me @keiko-b or cash in the envelope in my locker (#17).

and yes, there will be a sugar-free option for those of us watching it :)

keiko
`)

	add(S, None, "trap-vet-reminder-rabies-heartworm", &Msg{
		From:    `"Tall Grass Animal Hospital" <reminders@tallgrassvet.example.com>`,
		To:      `"Harriet Olumide" <holumide@example.net>`,
		Subject: "Biscuit is due: rabies booster, heartworm test, dental cleaning",
		Root: alt(
			text(`Hi Harriet,

Our records show Biscuit (canine, beagle mix, 7 yrs) is due for:

  Rabies booster (3-year)        due 09/02/2025
  Heartworm antigen test         due 09/02/2025
  Dental cleaning under anesthesia - pre-op bloodwork recommended

Biscuit's weight at the last visit was 31.4 lb. Dr. Pham suggested a
weight-management diet; ask us about the prescription kibble.

Book online or call 555-0188. Patient ID 44871 (please mention it when you
call).

Tall Grass Animal Hospital
`),
			html(`<html><body style="font-family:Arial">
<p>Hi Harriet,</p>
<p>Our records show <b>Biscuit</b> (canine, beagle mix, 7&nbsp;yrs) is due for:</p>
<table border="1" cellpadding="4">
<tr><th>Service</th><th>Due</th></tr>
<tr><td>Rabies booster (3-year)</td><td>09/02/2025</td></tr>
<tr><td>Heartworm antigen test</td><td>09/02/2025</td></tr>
<tr><td>Dental cleaning under anesthesia</td><td>pre-op bloodwork recommended</td></tr>
</table>
<p>Biscuit's weight at the last visit was 31.4&nbsp;lb. Dr. Pham suggested a
weight-management diet; ask us about the prescription kibble.</p>
<p>Book online or call 555-0188. Patient ID 44871.</p>
<p><i>Tall Grass Animal Hospital</i></p>
</body></html>
`),
		),
	})

	add(S, None, "trap-school-lunch-menu-vietnamese", &Msg{
		From:    `"Dịch vụ Dinh dưỡng - Học khu Bayside" <nutrition@bayside-usd.example.org>`,
		To:      `"Phụ huynh Trường Tiểu học Larkspur" <parents-larkspur@bayside-usd.example.org>`,
		Subject: "Thực đơn bữa trưa tháng 11 – Trường Tiểu học Larkspur",
		Root: html(`<html><head><meta charset="utf-8"></head><body>
<p>Kính gửi quý phụ huynh,</p>
<p>Dưới đây là thực đơn bữa trưa tháng 11. Tất cả các bữa ăn đều có sữa
ít béo, trái cây tươi và rau. Trường chúng tôi là trường <b>không đậu phộng</b>.
Món chay có sẵn mỗi ngày. Nếu con quý vị bị dị ứng thực phẩm, vui lòng nộp
mẫu đơn "Yêu cầu chế độ ăn đặc biệt" có chữ ký của bác sĩ cho văn phòng.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Ngày</th><th>Món chính</th><th>Món chay</th><th>Ghi chú dị ứng</th></tr>
<tr><td>Thứ Hai 3/11</td><td>Gà nướng mật ong, cơm</td><td>Đậu hũ sốt cà</td><td>Không gluten</td></tr>
<tr><td>Thứ Ba 4/11</td><td>Taco thịt bò</td><td>Taco đậu đen</td><td>Có sữa (phô mai)</td></tr>
<tr><td>Thứ Tư 5/11</td><td>Phở gà</td><td>Phở rau củ</td><td>Có đậu nành</td></tr>
<tr><td>Thứ Năm 6/11</td><td>Pizza nguyên cám</td><td>Pizza rau</td><td>Có lúa mì, sữa</td></tr>
<tr><td>Thứ Sáu 7/11</td><td>Cá nướng, khoai lang</td><td>Mì ống sốt cà chua</td><td>Có cá</td></tr>
</table>
<p>Giá bữa trưa: 3,25 USD. Học sinh đủ điều kiện được ăn miễn phí – đơn đăng
ký có trên trang web của học khu.</p>
<p>Trân trọng,<br>Phòng Dịch vụ Dinh dưỡng, Học khu Bayside – 555-0124</p>
</body></html>
`),
	})

	var od strings.Builder
	od.WriteString("zip,quarter,ed_visits_suspected_overdose,ems_naloxone_administrations,naloxone_kits_distributed,rate_per_10k\r\n")
	zips := []string{"87301", "87305", "87311", "87313", "87316", "87317", "87319", "87321", "87323", "87325", "87326", "87328"}
	for i, z := range zips {
		for q := 1; q <= 2; q++ {
			ed := (i*13+q*7)%41 + 3
			ems := (i*5+q*3)%17 + 1
			edS, emsS := fmt.Sprint(ed), fmt.Sprint(ems)
			if ed < 5 {
				edS = "<5"
			}
			if ems < 5 {
				emsS = "<5"
			}
			fmt.Fprintf(&od, "%s,2025Q%d,%s,%s,%d,%.1f\r\n", z, q, edS, emsS, 20+(i*37+q*11)%180, float64(ed)*10/float64(900+i*410))
		}
	}
	add(S, None, "trap-county-overdose-dashboard-zip-csv", &Msg{
		From:    `"Mesa Roja County Health Dept - Epidemiology" <epi@mesaroja-county.example.gov.test>`,
		To:      `"Overdose Prevention Coalition" <odcoalition@mesaroja-county.example.gov.test>`,
		Subject: "Q1-Q2 overdose surveillance extract by ZIP (suppressed <5)",
		Root: mixed(
			text(`Coalition members,

Attached is the half-year extract behind the public overdose dashboard, by
ZIP code. Counts under 5 are suppressed per our small-cell policy, so the
file cannot be used to identify anyone. Rates are per 10,000 residents
using 2020 census denominators.

Headlines:
 - ED visits for suspected overdose fell 9% from Q1 to Q2 county-wide.
 - EMS naloxone administrations were flat.
 - 1,412 naloxone kits were distributed, mostly through the libraries and
   the syringe services program.

We will present the fentanyl test-strip pilot results at the June meeting.

Lorena Begay, MPH
Epidemiologist II, Mesa Roja County Health Department
555-0149
`),
			attachText("text/csv", "overdose_by_zip_2025H1.csv", od.String(), "base64"),
		),
	})

	add(S, None, "trap-infusion-biosimilar-rep-marketing", &Msg{
		From:    `"Halvorsen Biologics" <oncology@halvorsenbio.example.com>`,
		To:      `"Infusion Pharmacy" <pharmacy@summitinfusion.example.org>`,
		Subject: "NEW: VELTRAZIN now on contract - 18% below reference product",
		Hdr:     [][2]string{{"List-Unsubscribe", "<mailto:unsub@halvorsenbio.example.com>"}},
		Root: alt(
			qpBreaks("text/plain", "utf-8", `Dear infusion pharmacy team,

VELTRAZIN(TM) is now available through your GPO contract. It is a
biosimilar to trastu¦zumab for HER2-overexpressing breast and gastric
cancer, approved for all indications of the reference product.

Dosing (adjuvant breast cancer, every 3 weeks): 8 mg/kg loading dose over
90 minutes, then 6 mg/kg over 30-90 min¦utes. Monitor LVEF before and every
3 months during therapy; cardio¦myopathy, infusion reactions and embryo-fetal
toxicity are boxed warnings.

Contract price: $1,482.00 per 420 mg multi-dose vial (NDC 70123-0418-01,
fictional) - about 18% under WAC for the reference product.

Want an in-service for your chair-side nurses? Reply or call your rep,
Brent Okafor, 555-0193.

Halvorsen Biologics | This promotional message is intended for US healthcare
professionals. Unsubscribe: reply STOP.
`),
			html(`<html><body style="font-family:Helvetica,Arial">
<h2 style="color:#7a1f5c">VELTRAZIN&trade; is on contract</h2>
<p>A biosimilar to trastuzumab for HER2-overexpressing breast and gastric cancer.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Setting</th><th>Loading dose</th><th>Maintenance</th></tr>
<tr><td>Adjuvant breast, q3w</td><td>8 mg/kg over 90 min</td><td>6 mg/kg over 30&ndash;90 min</td></tr>
<tr><td>Weekly regimen</td><td>4 mg/kg over 90 min</td><td>2 mg/kg over 30 min</td></tr>
<tr><td>Metastatic gastric</td><td>8 mg/kg</td><td>6 mg/kg q3w</td></tr>
</table>
<p><b>Boxed warnings:</b> cardiomyopathy, infusion reactions, embryo-fetal toxicity.</p>
<p>Contract price <b>$1,482.00</b> per 420&nbsp;mg vial (NDC 70123-0418-01, fictional).</p>
<p>Your rep: Brent Okafor &middot; 555-0193</p>
<p style="font-size:10px">For US healthcare professionals. <a href="https://halvorsenbio.example.com/unsub">Unsubscribe</a></p>
</body></html>
`),
		),
	})

	raw(S, None, "trap-tribal-clinic-nurse-job-posting", `From: "Human Resources - Two Rivers Tribal Health" <hr@tworivers-health.example.org>
To: "Nursing Listserv" <jobs@plains-nursing-network.example.net>
Subject: Now hiring: School-Based RN and Diabetes Nurse Educator (Req #TR-2025-118, #TR-2025-121)

Two Rivers Tribal Health is hiring! Indian preference applies per federal
law. Housing assistance and loan repayment (IHS LRP eligible site).

POSITION 1 - School-Based Registered Nurse (Req #TR-2025-118)
Location: Two Rivers Elementary and Middle School health rooms
Schedule: Mon-Fri, school calendar, 7:30-4:00
Duties:
  * Daily medication administration per physician orders (inhalers,
    insulin, seizure rescue meds), following district protocols
  * Maintain individual health plans for students with asthma, diabetes,
    severe allergies and seizure disorders
  * Vision/hearing screening, immunization compliance audits
  * Health education: hand washing, dental health, nutrition
Requirements: RN licence (any compact state), BLS, 2 years pediatric
experience preferred. Salary $74,000-$88,000 DOE.

POSITION 2 - Diabetes Nurse Educator (Req #TR-2025-121)
Location: Main clinic, with outreach to the Bear Creek and Elk Flat
satellite clinics
Duties: group and one-on-one diabetes self-management education, insulin
starts, CGM training, foot-care teaching, tracking the clinic's A1c quality
measures. CDCES preferred or obtained within 2 years.
Salary $81,000-$96,000 DOE.

Apply: https://tworivers-health.example.org/careers
Questions: Marlene Whitehorse, HR Generalist, 555-0127

Two Rivers Tribal Health is a drug-free workplace. A background check and
TB screening are required after an offer.
`)

	add(S, None, "trap-it-ticket-mrn-field-truncation", &Msg{
		From:    `"ServiceDesk" <servicedesk@brightpath-telehealth.example.com>`,
		To:      `"Priya Natarajan" <pnatarajan@brightpath-telehealth.example.com>`,
		Cc:      `"EHR Integration" <ehr-integration@brightpath-telehealth.example.com>`,
		Subject: "[INC0041877] Updated: MRN field truncates to 8 characters on intake form",
		Root: mixed(
			text(`Incident INC0041877 has been updated.

Priority:     P3 - Moderate
Assignment:   EHR Integration
State:        In Progress

Latest work note (Gustavo Lima):
  Reproduced in staging. The intake form's MRN field has maxLength 8 but
  two partner health systems issue 10-character MRNs (alphanumeric). The
  API schema also caps patient.mrn at 8 in the mapping config. Fix: raise
  both limits to 20 and add a validation message instead of silently
  truncating. Config diff attached - the values shown are the schema
  defaults, no patient records were touched. Also checked DOB and
  member_id field lengths: fine.

  Test plan: create synthetic patients "Zz Test One/Two" in staging with
  MRNs 0000000000 and AB12345678, confirm round trip to the EHR sandbox.

Reply above this line to add a comment.
BrightPath ServiceDesk | https://servicedesk.brightpath-telehealth.example.com
`),
			attachText("application/json", "intake-mapping-config.json", `{
  "form": "intake-v3",
  "fields": {
    "patient.mrn":       {"type": "string", "maxLength": 8,  "proposedMaxLength": 20, "pattern": "^[A-Z0-9]+$"},
    "patient.dob":       {"type": "date",   "format": "YYYY-MM-DD"},
    "patient.member_id": {"type": "string", "maxLength": 24},
    "encounter.reason":  {"type": "string", "maxLength": 500, "phiMasking": true}
  },
  "targets": ["ehr-sandbox.example.net", "ehr-prod.example.net"],
  "changeRequest": "CHG0009921"
}
`, "7bit"),
		),
	})

	add(S, None, "trap-fhir-questionnaire-phq9-template", &Msg{
		From:    `"Forms Library - Lumenwell Health IT" <forms@lumenwell-hit.example.com>`,
		To:      `"Clinical Informatics" <informatics@northfork-fqhc.example.org>`,
		Subject: "Form library update: screening questionnaires v2025.2 (FHIR R4)",
		Root: mixed(
			text(`Hello Northfork informatics team,

Release v2025.2 of the Lumenwell screening form library is ready for your
sandbox. It contains the FHIR R4 Questionnaire definitions only (no
QuestionnaireResponse data). Changes:

  - PHQ-9 depression screen: item 9 now triggers the safety-plan workflow
    flag in the definition
  - GAD-7, AUDIT-C and the CRAFFT 2.1 adolescent substance-use screen:
    updated LOINC answer lists
  - Edinburgh Postnatal Depression Scale added for OB and pediatric
    well-baby visits

The PHQ-9 definition is attached as an example. Import with the usual
$import call; canonical URLs have not changed.

Lumenwell Health IT - Forms team
`),
			attachText("application/fhir+json", "Questionnaire-phq9-v2025.2.json", `{
  "resourceType": "Questionnaire",
  "id": "lw-phq9",
  "url": "https://forms.lumenwell-hit.example.com/Questionnaire/lw-phq9",
  "version": "2025.2",
  "name": "PHQ9",
  "title": "Patient Health Questionnaire-9 (template)",
  "status": "active",
  "subjectType": ["Patient"],
  "code": [{"system": "http://loinc.org", "code": "44249-1", "display": "PHQ-9 quick depression assessment panel"}],
  "item": [
    {"linkId": "1", "text": "Little interest or pleasure in doing things", "type": "choice", "answerValueSet": "#phq-frequency"},
    {"linkId": "2", "text": "Feeling down, depressed, or hopeless", "type": "choice", "answerValueSet": "#phq-frequency"},
    {"linkId": "3", "text": "Trouble falling or staying asleep, or sleeping too much", "type": "choice", "answerValueSet": "#phq-frequency"},
    {"linkId": "4", "text": "Feeling tired or having little energy", "type": "choice", "answerValueSet": "#phq-frequency"},
    {"linkId": "9", "text": "Thoughts that you would be better off dead, or of hurting yourself", "type": "choice", "answerValueSet": "#phq-frequency",
     "extension": [{"url": "https://forms.lumenwell-hit.example.com/ext/safety-flag", "valueBoolean": true}]},
    {"linkId": "total", "text": "Total score", "type": "integer", "readOnly": true}
  ]
}
`, "base64"),
		),
	})

	raw(S, None, "trap-podiatrist-signature-npi-dea", `From: "Dr. Anand Ketterman" <aketterman@highdesert-foot.example.com>
To: "Lisette Mairs" <lmairs@highdesert-foot.example.com>
Subject: Re: CME dinner + wound care workshop

Lisette - yes, count me in for the Thursday dinner, and please register
me for the Saturday diabetic-foot wound care workshop (the one with the
offloading/total contact casting lab). I need 6 more CME hours before
my licence renewal in August.

Also, the credentialing packet for the new Medicaid plan wants my NPI and
DEA on the cover sheet - they're in my signature below, copy from there.

Thanks!

--
Anand Ketterman, DPM, FACFAS
High Desert Foot & Ankle Associates
410 Juniper Loop, Suite 3, Bend OR 97701
Office 555-0134 | Fax 555-0135
NPI 1643829074 | DEA BK4829137
Confidentiality notice: this e-mail may contain privileged information.
If you received it in error, please delete it and notify the sender.

> On Mon, Lisette Mairs wrote:
> Dr. K, the rep dinner is Thursday 6:30 at Pine Tavern (sponsored, so
> no spouses). Workshop Saturday 8-3 at the Riverhouse. Want both?
`)

	add(S, None, "trap-ics-hospice-idt-schedule", &Msg{
		From:    `"Clarissa Boone, RN" <cboone@evergreen-hospice.example.org>`,
		To:      `"Hospice IDT" <idt@evergreen-hospice.example.org>`,
		Subject: "Invitation: Weekly IDT meeting - new room starting April 2",
		Root: mixed(
			alt(
				text(`Team,

Starting April 2 the weekly interdisciplinary team meeting moves to the
Cedar Room (2nd floor) so chaplaincy and the volunteer coordinator can join
in person. Standing agenda: census review, recertification due list,
bereavement program update, volunteer hours, QAPI item of the month
(this month: pain reassessment documentation within 1 hour of PRN dose).

Bring your own laptop; the census sheet will be on screen, not printed.

Clarissa
`),
				html(`<p>Team,</p><p>Starting <b>April 2</b> the weekly IDT meeting moves to the <b>Cedar Room</b>.</p>
<ul><li>Census review</li><li>Recertification due list</li><li>Bereavement program update</li>
<li>Volunteer hours</li><li>QAPI: pain reassessment within 1 hour of PRN dose</li></ul><p>Clarissa</p>
`),
			),
			attach("text/calendar; method=REQUEST; charset=utf-8", "invite.ics", ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Evergreen Hospice//Scheduler 4.1//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:idt-weekly-20250402@evergreen-hospice.example.org
DTSTAMP:20250320T153000Z
DTSTART;TZID=America/Los_Angeles:20250402T090000
DTEND;TZID=America/Los_Angeles:20250402T110000
RRULE:FREQ=WEEKLY;BYDAY=WE
SUMMARY:Weekly IDT meeting
LOCATION:Cedar Room\, 2nd floor
DESCRIPTION:Census review\, recerts\, bereavement\, volunteers\, QAPI.
ORGANIZER;CN=Clarissa Boone:mailto:cboone@evergreen-hospice.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Hospice IDT:mailto:idt@evergreen-hospice.example.org
END:VEVENT
END:VCALENDAR
`)),
		),
	})

	add(S, None, "trap-hepatitis-b-screening-chinese", &Msg{
		From:    `"华人社区健康中心" <outreach@pacificasian-chc.example.org>`,
		To:      `"社区通讯订阅" <newsletter@pacificasian-chc.example.org>`,
		Subject: encWord("免费乙肝筛查活动 - 5月是亚太裔传统月", "utf-8", 'B'),
		Root: b64(html(`<html><head><meta charset="utf-8"></head><body>
<h2>免费乙型肝炎筛查</h2>
<p>在美国,每十二位亚裔美国人中就约有一位感染慢性乙型肝炎,但其中三分之二的人并不知道。
乙肝常常没有症状,却可能导致肝硬化和肝癌。</p>
<p>5月每个星期六上午9点至中午12点,我们在社区中心提供<b>免费乙肝血液筛查</b>和乙肝疫苗咨询。
不需要保险,不询问移民身份。</p>
<table border="1" cellpadding="4">
<tr><th>日期</th><th>地点</th><th>语言</th></tr>
<tr><td>5月3日</td><td>格兰特街社区中心</td><td>普通话、粤语</td></tr>
<tr><td>5月10日</td><td>金门长者中心</td><td>粤语、台山话</td></tr>
<tr><td>5月17日</td><td>海湾浸信会</td><td>普通话、英语</td></tr>
</table>
<p>乙肝疫苗共需接种两到三剂,可以终身保护。已经感染的人可以通过定期检查和抗病毒药物
(例如恩替卡韦、替诺福韦)控制病情。</p>
<p>查询电话:555-0137(周一至周五)</p>
<p>太平洋亚裔社区健康中心</p>
</body></html>
`)),
	})

	add(S, None, "trap-x12-companion-guide-placeholders", &Msg{
		From:    `"Payer Connectivity - ClearBridge Exchange" <connectivity@clearbridge-edi.example.net>`,
		To:      `"EDI Contacts" <edi-contacts@clearbridge-edi.example.net>`,
		Subject: "Companion guide 837P/835 changes effective 07/01 - action required for submitters",
		Root: mixed(
			text(`Dear trading partner,

ClearBridge Exchange is updating its 837P and 835 companion guides
effective July 1. Summary:

  1. Loop 2010BA NM109 (subscriber ID) must not contain spaces or dashes.
  2. Loop 2300 CLM05-3 frequency code 7 (replacement) now requires REF*F8
     with the payer claim control number.
  3. 835 files will carry PLB adjustments at the provider level only.
  4. Test files must have ISA15 = T. Production files sent with T are
     rejected with a TA1.

The attached text file shows the segment templates with placeholder values.
Please do not send real claims to the test mailbox.

Submitter ID questions: 555-0170, option 2.

ClearBridge Exchange - Payer Connectivity
`),
			attachText("text/plain", "companion_guide_templates_v7.txt", `ClearBridge Exchange - 837P / 835 segment templates (v7, placeholders)
All values in angle brackets are placeholders. Nothing here is claim data.

ISA*00*          *00*          *ZZ*<SUBMITTERID>  *ZZ*CLEARBRIDGE    *<YYMMDD>*<HHMM>*^*00501*<CONTROL#>*0*T*:~
GS*HC*<SUBMITTERID>*CLEARBRIDGE*<CCYYMMDD>*<HHMM>*<GROUP#>*X*005010X222A1~
ST*837*0001*005010X222A1~
NM1*85*2*<BILLING PROVIDER NAME>*****XX*<BILLING NPI>~
NM1*IL*1*<SUBSCRIBER LAST>*<SUBSCRIBER FIRST>****MI*<SUBSCRIBER ID NO SPACES>~
CLM*<PATIENT CONTROL #>*<TOTAL CHARGE>***<POS>:B:7*Y*A*Y*Y~
REF*F8*<PAYER CLAIM CONTROL #>~
HI*ABK:<ICD-10 CODE>~
SV1*HC:<CPT/HCPCS>:<MOD>*<CHARGE>*UN*<UNITS>***1~
SE*<SEGMENT COUNT>*0001~

835 provider-level adjustment:
PLB*<PROVIDER NPI>*<CCYYMMDD>*WO:<REFERENCE>*<AMOUNT>~
`, "quoted-printable"),
		),
	})

	add(S, None, "trap-pbm-formulary-tier-changes-csv", &Msg{
		From:    `"Formulary Notices - Keystone RxBenefits" <formulary@keystonerx.example.com>`,
		To:      `"Network Pharmacies" <network-pharmacies@keystonerx.example.com>`,
		Subject: "2026 commercial formulary: tier changes and new PA/step-therapy edits (doc 3f9c2a7e-61b4-4d0e-9a55-0c7d18e2b941)",
		Root: mixed(
			text(`To our network pharmacies,

The 2026 commercial formulary takes effect January 1. The attached CSV lists
every product whose tier or utilisation management changes. Highlights:

  * Insulin glargine biosimilars move to Tier 1 (preferred); the branded
    reference product moves to Tier 3.
  * Adalimumab: two biosimilars preferred; the reference product requires
    prior authorisation.
  * Semaglutide for weight management stays excluded on most plan designs;
    for type 2 diabetes it requires a metformin step.
  * Generic buprenorphine/naloxone film and tablets: prior authorisation
    REMOVED, no quantity limit below 24 mg/day.

Document ID 3f9c2a7e-61b4-4d0e-9a55-0c7d18e2b941. Claims will reject with
NCPDP reject code 75 (PA required) or 608 (step therapy) where applicable.

Keystone RxBenefits - Formulary Management | Pharmacy help desk 555-0112
`),
			attachText("text/csv", "formulary_changes_2026.csv", "product,ndc_example,old_tier,new_tier,um_edit,effective\r\n"+
				"insulin glargine-yfgn 100 u/mL pen,99901-0201-05,2,1,none,2026-01-01\r\n"+
				"insulin glargine (reference) 100 u/mL pen,99902-0114-05,2,3,none,2026-01-01\r\n"+
				"adalimumab-aaty 40 mg/0.4 mL,99903-0440-02,3,2,PA,2026-01-01\r\n"+
				"adalimumab-adbm 40 mg/0.8 mL,99904-0480-02,3,2,PA,2026-01-01\r\n"+
				"adalimumab (reference) 40 mg/0.4 mL,99905-0040-02,2,3,PA,2026-01-01\r\n"+
				"semaglutide 1 mg pen (T2DM),99906-0100-01,2,2,step: metformin,2026-01-01\r\n"+
				"buprenorphine/naloxone 8/2 mg film,99907-0802-30,1,1,PA removed,2026-01-01\r\n"+
				"atorvastatin 40 mg tab,99908-0040-90,1,1,none,2026-01-01\r\n"+
				"apixaban 5 mg tab,99909-0005-60,2,2,none,2026-01-01\r\n"+
				"rivaroxaban 20 mg tab,99910-0020-30,2,3,none,2026-01-01\r\n"+
				"fluticasone/salmeterol 250/50 inh,99911-0250-60,2,1,none,2026-01-01\r\n"+
				"methylphenidate ER 36 mg tab,99912-0036-30,2,2,QL 1/day,2026-01-01\r\n"+
				"sertraline 100 mg tab,99913-0100-30,1,1,none,2026-01-01\r\n"+
				"emtricitabine/tenofovir DF 200/300 mg,99914-0300-30,1,1,none ($0 preventive),2026-01-01\r\n"+
				"levonorgestrel 1.5 mg tab,99915-0015-01,1,1,none ($0 preventive),2026-01-01\r\n", "base64"),
		),
	})

	add(S, None, "trap-sti-aggregate-quarterly-pdf-flate", &Msg{
		From:    `"Epidemiology Center - Great Lakes Tribal Health Board" <epicenter@glthb.example.org>`,
		To:      `"Tribal Health Directors" <directors@glthb.example.org>`,
		Subject: "Quarterly STI/HIV surveillance brief, Q3 2025 (aggregate)",
		Root: mixed(
			text(`Boozhoo / hello directors,

The Q3 surveillance brief is attached. All numbers are aggregated across
the twelve member Nations and suppressed below 5; no community-level
tables are included this quarter because several cells were small.

Short version: syphilis is still rising, including two congenital cases
region-wide; chlamydia and gonorrhea are stable; new HIV diagnoses remain
under 5 for the quarter. The Epi Center can send a nurse to help set up
express STI testing at your clinic - contact Dana Kingbird, 555-0158.

Miigwech,
GLTHB Epidemiology Center
`),
			attach("application/pdf", "STI_HIV_brief_2025Q3.pdf", pdfDoc("STI/HIV Surveillance Brief Q3 2025", pdfLines(`GREAT LAKES TRIBAL HEALTH BOARD - EPIDEMIOLOGY CENTER
STI / HIV SURVEILLANCE BRIEF, THIRD QUARTER 2025 (AGGREGATE)

Condition                     Q3 2024   Q2 2025   Q3 2025   Change
Chlamydia                        214       198       207      -3%
Gonorrhea                         71        66        69      -3%
Syphilis, all stages              38        44        52     +37%
  Congenital syphilis             <5        <5        <5
HIV, new diagnoses                <5        <5        <5

Rates per 100,000 (AI/AN population, member service areas):
  Chlamydia 1,122   Gonorrhea 374   Syphilis 282

Notes
- Counts below 5 suppressed. Data from IHS/tribal clinics and state
  reporting; provisional.
- Recommendation: syphilis screening at the first prenatal visit, at
  28 weeks and at delivery; doxy-PEP discussion for eligible adults.
- Express testing toolkit available from the Epi Center.
`), true)),
		),
	})

	flu := `Уважаемые жители!

Русскоязычная программа медицинского центра «Северный парк»
приглашает пожилых людей на бесплатную вакцинацию от гриппа.

Когда: суббота, 4 октября, с 10:00 до 14:00
Где: общественный центр, Оук-стрит 1520 (второй этаж)

С собой возьмите карточку Medicare или другую страховку (если есть).
Страховка не обязательна. Для людей старше 65 лет будет
высокодозная вакцина. Также можно получить консультацию о прививке
от пневмонии и опоясывающего лишая.

Будут переводчики, говорящие по-русски и по-украински.
Запись не нужна. Вопросы: Галина Петренко, 555-0146.

С уважением,
Медицинский центр «Северный парк»
`
	add(S, None, "trap-flu-clinic-flyer-russian-koi8r", &Msg{
		From:    `"Northpark Medical Center - Russian Program" <russian-program@northpark-med.example.org>`,
		To:      `"Subscribers" <community-ru@northpark-med.example.org>`,
		Subject: encWordBytes(sealedKOI8R("Бесплатная прививка от гриппа 4 октября"), "koi8-r", 'B'),
		Root:    sealedText("text/plain", "koi8-r", "8bit", sealedKOI8R(flu)),
	})

	add(S, None, "trap-somali-vaccine-clinic-flyer", &Msg{
		From:    `"Sheikh Abdirahman Warsame" <awarsame@riverside-masjid.example.org>`,
		To:      `"Community Health Outreach" <outreach@cedarriverside-clinic.example.org>`,
		Subject: "Fwd: Ogeysiis - Tallaal bilaash ah Sabtida",
		Root: mixed(
			text(`Asalaamu calaykum,

Here is the flyer we sent to the masjid list, as you asked, so your team
can copy the Somali wording for your website. Please tell us if any of the
times changed.

Abdirahman
`),
			rfc822(rawInner(`From: "Masjid Riverside" <info@riverside-masjid.example.org>
To: "Jaaliyadda" <jaaliyadda@riverside-masjid.example.org>
Subject: Ogeysiis - Tallaal bilaash ah Sabtida
Date: Tue, 07 Oct 2025 18:20:00 -0500

Walaalayaal,

Tallaal bilaash ah oo hargabka (flu) iyo COVID-19 ayaa lagu bixin doonaa
masjidka Sabtida, 18 Oktoobar, 10:00 subaxnimo ilaa 2:00 galabnimo.
Waxaa keenaya kalkaaliyayaasha caafimaadka ee Cedar Riverside Clinic.

- Carruurta 6 bilood iyo ka weyn way qaadan karaan tallaalka hargabka.
- Caymis looma baahna. Lama weydiinayo sharciga socdaalka.
- Haweenka waxaa u diyaar ah kalkaaliso dumar ah iyo qol gaar ah.
- Turjubaan Soomaali ah ayaa joogi doona.

Su'aalo: Hodan Cali, 555-0114.

Mahadsanid,
Guddiga Masjidka
`)),
		),
	})

	raw(S, None, "trap-dialysis-billing-display-name-toner", `From: "Dialysis Patient Accounts - Tidewater Kidney Care" <patientaccounts@tidewater-kidney.example.com>
To: "Order Desk" <orders@copycorner-supply.example.com>
Subject: Toner order #55120 arrived damaged

Hi,

Order #55120 (4 x TN-850 toner, 2 cases of 8.5x11 paper) arrived today but
one toner box was crushed and leaked all over the paper. Can you ship a
replacement cartridge and credit one case of paper? Delivery ticket
D-771034, signed by Rhonda at our back door.

Our customer number is TKC-2281. Please ship to the billing office, 90 Harbor
Way Suite 210, not to the clinic.

Thanks,
Rhonda Pickett
Patient Accounts Supervisor, Tidewater Kidney Care
555-0105
`)

	// ---------------------------------------------------------------- ordinary business mail

	raw(S, None, "fqhc-board-minutes-budget", `From: "Board Secretary" <board@northfork-fqhc.example.org>
To: "Board of Directors" <directors@northfork-fqhc.example.org>
Subject: Draft minutes - March board meeting, FY26 budget and UDS timeline

Board members,

Draft minutes from the March 18 meeting are below. Please send corrections
by Friday; we will vote to approve them in April.

NORTHFORK COMMUNITY HEALTH CENTER - BOARD OF DIRECTORS
Regular meeting, March 18, 6:00 pm, Main Clinic conference room
Present: 9 of 11 directors (quorum). Staff: CEO, CFO, Medical Director.

1. Call to order 6:04 pm by Chair Evelyn Stroud.
2. Consent agenda approved (motion Ruiz, second Atcitty, unanimous).
3. CEO report: the dental expansion at the Pine Ridge Road site opens in
   June; two new hygienist positions posted. HRSA operational site visit
   scheduled for September.
4. CFO report: February revenue $1.21M vs budget $1.18M. Days cash on hand
   71. The 340B program contributed $96K net. Sliding-fee write-offs ran 4%
   over budget.
5. FY26 budget first reading: total $15.4M, 3% staff COLA, a half-time
   behavioral health consultant funded by the state integration grant.
   Finance committee to bring a final version in May.
6. Quality: UDS report submitted on time; hypertension control measure
   improved from 61% to 66%. Cervical cancer screening still below target.
7. Board self-assessment survey due April 15.
8. Adjourned 7:41 pm.

Respectfully submitted,
Owen Tallchief, Board Secretary
`)

	add(S, None, "telehealth-release-notes", &Msg{
		From:    `"CareHop Product Team" <release@carehop.example.com>`,
		To:      `"CareHop Clinic Admins" <admins@carehop.example.com>`,
		Subject: "CareHop 5.8 release notes: waiting room, interpreter add-on, bug fixes",
		Root: alt(
			text(`CareHop 5.8 - released to all clinics Tuesday night

NEW
- Virtual waiting room shows estimated wait time to the patient.
- Interpreter add-on: invite a phone or video interpreter (Spanish,
  Vietnamese, Arabic, Haitian Creole, ASL) into a visit in two clicks.
- Provider schedule export to iCalendar.

IMPROVED
- Low-bandwidth mode now falls back to audio-only after 10 seconds of
  frozen video instead of 30.
- E-prescribing screen remembers your last pharmacy search radius.

FIXED
- Visit notes could fail to save when the session timed out (CHOP-4418).
- Date picker showed the wrong month for users in UTC+9 (CHOP-4431).
- Screen-reader labels on the consent checkbox (CHOP-4402).

No downtime is expected. Questions: support@carehop.example.com, 555-0190.
`),
			html(`<html><body style="font-family:sans-serif">
<h2>CareHop 5.8</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Type</th><th>Change</th><th>Ticket</th></tr>
<tr><td>New</td><td>Virtual waiting room with estimated wait</td><td>CHOP-4380</td></tr>
<tr><td>New</td><td>Interpreter add-on (Spanish, Vietnamese, Arabic, Haitian Creole, ASL)</td><td>CHOP-4391</td></tr>
<tr><td>New</td><td>Schedule export to iCalendar</td><td>CHOP-4397</td></tr>
<tr><td>Improved</td><td>Audio-only fallback after 10 s</td><td>CHOP-4410</td></tr>
<tr><td>Fixed</td><td>Visit notes failing to save on session timeout</td><td>CHOP-4418</td></tr>
<tr><td>Fixed</td><td>Date picker month in UTC+9</td><td>CHOP-4431</td></tr>
</table>
<p>No downtime expected.</p>
</body></html>
`),
		),
	})

	raw(S, None, "clearinghouse-maintenance-window", `From: "ClaimsRelay Status" <noreply@status.claimsrelay.example.net>
To: "Billing Office" <billing@pinecrest-audiology.example.com>
Subject: Scheduled maintenance: Sunday 01:00-05:00 ET - batch submission paused
Auto-Submitted: auto-generated

This is an automated notice from ClaimsRelay.

Scheduled maintenance
  Start:  Sunday 01:00 ET
  End:    Sunday 05:00 ET (expected)
  Impact: batch claim submission (SFTP and web upload) and eligibility
          (270/271) real-time checks will be unavailable. Files dropped
          on SFTP during the window will be processed after 05:00.
  Not affected: remittance (835) downloads already posted.

Reason: database upgrade and certificate rotation.

Subscribe to updates at https://status.claimsrelay.example.net. Do not
reply to this message.
`)

	raw(S, None, "urgent-care-shift-swap", `From: "jen okoro" <jokoro@quickcare-uc.example.com>
To: "marcus bell" <mbell@quickcare-uc.example.com>
Cc: "UC Scheduling" <scheduling@quickcare-uc.example.com>
Subject: swap sat 5/17?

marcus can u take my sat 5/17 7a-7p at the hwy 9 site? ill take ur sun 5/25
same hrs at downtown. already cleared w/ deb, she just needs both of us to
reply-all to scheduling.

also fyi the xray tech is out that wkd so its split-only, no films after 3p

thx
jen
`)

	add(S, None, "chiropractic-lease-renewal-reply", &Msg{
		From:    `"Dr. Celeste Marchbanks" <celeste@alignwell-chiro.example.com>`,
		To:      `"Gordon Pike" <gpike@pikeproperties.example.com>`,
		Subject: "RE: Lease renewal - Suite 104, Willow Plaza",
		Hdr:     [][2]string{{"In-Reply-To", "<lease-104-0412@pikeproperties.example.com>"}, {"References", "<lease-104-0412@pikeproperties.example.com>"}},
		Root: textAs("text/plain", `Gordon,

Thanks for sending the renewal. We’d like to renew for three years, but
a 6% increase in year one is more than we can absorb – our reimbursement
hasn’t moved in four years. Could you do 3% / 3% / 3%, and include
repainting the treatment rooms and fixing the “temporary” parking-lot
sign that has been there since 2021?

We’d also like to keep the right of first refusal on Suite 105 if the
massage studio leaves.

Best,
Celeste Marchbanks, DC
AlignWell Chiropractic • 555-0163

-----Original Message-----
From: Gordon Pike
Sent: Monday, April 14, 2025 9:12 AM
Subject: Lease renewal - Suite 104, Willow Plaza

Dr. Marchbanks, your lease ends June 30. Attached is a renewal at
$24.38/sq ft (a 6% increase), 3-year term, same CAM charges. Let me know.
`, "windows-1252", "quoted-printable"),
	})

	raw(S, None, "snf-cna-training-haitian-creole", `From: "Edukasyon Anplwaye - Bayfront Nursing Center" <education@bayfront-snf.example.org>
To: "Tout CNA yo" <cna-staff@bayfront-snf.example.org>
Subject: Fòmasyon obligatwa: prevansyon tonbe ak transfè san danje

Bonjou tout moun,

Nou pral gen yon fòmasyon obligatwa pou tout CNA yo sou prevansyon tonbe
ak fason pou fè transfè rezidan yo san danje (gait belt, lift mekanik).

Dat yo:
  - Madi 10 jen, 2:30 - 3:30 pm (apre chanjman ekip la)
  - Mèkredi 11 jen, 10:30 - 11:30 pm (pou ekip lannwit)
  - Samdi 14 jen, 7:00 - 8:00 am

Kote: sal konferans, premye etaj. N ap peye nou pou lè fòmasyon an.
Fòmasyon an ap fèt an kreyòl ak an anglè. Pote badj ou pou siyen.

Si ou pa ka vini okenn nan dat sa yo, rele Nadège Florestal nan 555-0119.

Mèsi pou bon travay nou fè chak jou.

Depatman Edikasyon
Bayfront Nursing & Rehabilitation Center
`)

	add(S, None, "radiology-pacs-migration-portuguese", &Msg{
		From:    `"TI - Radiologia Atlântica" <ti@atlantica-rad.example.com>`,
		To:      `"Equipe Radiologia" <equipe@atlantica-rad.example.com>`,
		Subject: encWord("Migração do PACS: janela de manutenção no sábado", "iso-8859-1", 'Q'),
		Root: textAs("text/plain", `Prezados colegas,

Informamos que a migração do PACS para o novo servidor será realizada no
sábado, das 22h às 4h de domingo.

Durante a janela:
  - as modalidades (TC, RM, US) continuarão adquirindo imagens, que ficarão
    em fila e serão enviadas automaticamente ao final;
  - as estações de laudo ficarão indisponíveis das 23h às 2h;
  - o acesso remoto via VPN será interrompido por cerca de 30 minutos.

Após a migração, limpem o cache do visualizador (Ferramentas > Limpar
cache). O atalho antigo continuará funcionando por 30 dias.

Plantão de TI: Rodrigo Esteves, ramal 4417 ou 555-0128.

Atenciosamente,
Equipe de TI
Radiologia Atlântica
`, "iso-8859-1", ""),
	})

	add(S, None, "sleep-lab-device-demo-japanese", &Msg{
		From:    `"高橋 健一" <k.takahashi@somnotek.example.jp.test>`,
		To:      `"Dr. Renée Castellano" <rcastellano@quietnight-sleep.example.com>`,
		Subject: encWord("新型在宅睡眠検査装置のデモ日程について", "utf-8", 'B'),
		Root: b64(text(`カステラーノ先生

いつもお世話になっております。ソムノテック株式会社の高橋です。

先日お話しした新型の在宅睡眠検査装置(HST-3)のデモについて、
下記の日程でご都合はいかがでしょうか。

  候補1: 6月10日(火) 14:00〜16:00
  候補2: 6月12日(木) 10:00〜12:00
  候補3: 6月13日(金) 15:00〜17:00

当日は英語の通訳も同行いたします。デモ機2台と
データ解析ソフトの評価版ライセンスをお持ちします。
価格表と保守契約の資料は別途お送りいたします。

どうぞよろしくお願いいたします。

高橋 健一
ソムノテック株式会社 米国営業部
電話: 555-0181
`)),
	})

	add(S, None, "korean-health-fair-volunteers", &Msg{
		From:    `"박은정 집사" <ejpark@hanbit-church.example.org>`,
		To:      `"의료선교부" <medical-mission@hanbit-church.example.org>`,
		Subject: "건강 박람회 자원봉사자 모집 (9월 20일 토요일)",
		Root: sealedUTF16("text/plain", "utf-16", `의료선교부 여러분께,

올해도 한빛교회 친교실에서 지역 주민을 위한 건강 박람회를 엽니다.

  일시: 9월 20일 토요일 오전 9시 ~ 오후 1시
  장소: 한빛교회 친교실 및 주차장

필요한 자원봉사자:
  - 접수 및 안내 (한국어/영어) 6명
  - 혈압 측정 보조 (간호사 면허 소지자) 4명
  - 독감 예방접종 안내 2명
  - 점심 준비 5명

협력 기관: 베이뷰 커뮤니티 클리닉, 카운티 보건국
참가 신청은 9월 10일까지 답장으로 부탁드립니다.

문의: 박은정 집사 555-0172

감사합니다.
`),
	})
}
