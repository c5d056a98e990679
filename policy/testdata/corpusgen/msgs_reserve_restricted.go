package main

// Reserve set, label restricted. Everything here is invented.

func reserveRestricted() {
	raw(R, Res, "methadone-take-home-spanish", `
From: "Clínica Nuevo Rumbo - Recepción" <recepcion@nuevorumbo-clinic.example.org>
To: "Efraín Solórzano" <efrain.solorzano@example.net>
Subject: Sus dosis para llevar a casa durante el feriado del 4 de julio
Date: Mon, 23 Jun 2025 12:00:00 -0500

Sr. Solórzano:

Por el feriado del 4 de julio la clínica estará cerrada el viernes 4 y
abrirá con horario reducido el sábado 5 (7:00 a 10:00).

Como usted cumple con los requisitos de su plan de tratamiento, recibirá
dos dosis de metadona para llevar a casa (80 mg cada una) el jueves 3
de julio en la ventanilla de dosificación.

Recuerde:
  - Traiga su caja con llave. Sin la caja no podemos entregarle las
    dosis.
  - Guarde las botellas fuera del alcance de los niños.
  - Traiga las botellas vacías el sábado.
  - Su próxima prueba de orina será aleatoria; le avisaremos por
    mensaje.

Su consejera, Itzel Ramírez, lo verá el lunes 7 de julio a las 10:30
para su sesión individual.

Número de paciente: NR-20417
Clínica Nuevo Rumbo - Programa de tratamiento por uso de opioides
555-0195
`)

	raw(R, Res, "viral-load-result-creole", `
From: "Nadège Bellegarde, RN" <nbellegarde@lakay-health.example.org>
To: "Wilfrid Jean-Baptiste" <wilfrid.jb@example.net>
Subject: Rezilta analiz ou yo - 10 avril
Date: Mon, 14 Apr 2025 11:00:00 -0400

Bonjou Wilfrid,

Rezilta analiz san ou te fè 10 avril yo soti:

  - Chaj viral VIH: pa detekte (mwens pase 20 kopi/mL)
  - CD4: 612 selil/mm3
  - Fonksyon ren ak fwa: nòmal

Sa vle di medikaman ou pran chak jou a (Biktarvy) ap travay byen.
Kontinye pran l menm lè chak jou, menm lè ou santi w byen.

Pwochen randevou ou ak Dr. Pierre-Louis: 14 jiyè a 9:30 a.m.
Nou voye renouvèlman medikaman an nan famasi Cedar Commons pou 90 jou.

Si w gen nenpòt kesyon, rele m nan 555-0193.

Nadège Bellegarde, RN
Klinik Sante Lakay
`)

	add(R, Res, "prevention-refill-emtricitabine", &Msg{
		Date:    "Mon, 21 Apr 2025 09:00:00 -0500",
		From:    `"Meridian Specialty Pharmacy" <refills@meridian-specialty-rx.example.com>`,
		To:      `"Dashiell Moreau-Kent" <dashiell.mk@example.net>`,
		Subject: "Dashiell, your HIV prevention refill ships Thursday",
		Root: alt(
			text(`Hi Dashiell,

Your 90-day supply of emtricitabine/tenofovir alafenamide 200/25 mg
(1 tablet by mouth daily) ships Thursday, 4/24, by UPS with signature
waived. Rx #M-6631904. Copay: $0 (manufacturer program).

Before your next refill in July, Dr. Osei needs your 3-month labs
(HIV test, kidney function, STI screen). Your last HIV test on
02/11/2025 was negative. You can book the lab visit at any Harrowgate
lab location; the order is already in.

Questions? Call a pharmacist 24/7 at 555-0151.

Meridian Specialty Pharmacy
`),
			html(`<html><body style="font-family:Arial,sans-serif">
<p>Hi Dashiell,</p>
<p>Your <b>90-day supply of emtricitabine/tenofovir alafenamide 200/25 mg</b> (1 tablet daily)
ships <b>Thursday, 4/24</b>. Rx #M-6631904 &middot; Copay $0.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Before your July refill</th><th>Status</th></tr>
<tr><td>HIV test</td><td>due (last: 02/11/2025, negative)</td></tr>
<tr><td>Kidney function (creatinine)</td><td>due</td></tr>
<tr><td>STI screen</td><td>due</td></tr>
</table>
<p>Questions? Call a pharmacist 24/7 at 555-0151.</p>
</body></html>
`)),
	})

	add(R, Res, "brca2-result-koi8r", &Msg{
		Date:    "Wed, 26 Mar 2025 12:00:00 -0400",
		From:    `"Clinic Severny Bereg Genetics" <genetics@severny-bereg.example.com>`,
		To:      `"Elena Kovaleva" <e.kovaleva@example.net>`,
		Subject: encWordBytes([]byte(rsvKoiBrcaSubj), "koi8-r", 'B'),
		Root:    rsvPart("text/plain", "koi8-r", "quoted-printable", rsvKoiBrca),
	})

	add(R, Res, "carrier-screening-polish-forward", &Msg{
		Date:    "Wed, 12 Mar 2025 21:10:00 -0500",
		From:    `"Katarzyna Zielińska" <kasia.zielinska@example.net>`,
		To:      `"Dr. Hanne Lindgren" <hlindgren@fairhaven-obgyn.example.com>`,
		Subject: "Fwd: Wyniki badania nosicielstwa",
		Root: mixed(
			text(`Dr. Lindgren,

Forwarding the carrier results from the IVF clinic as you asked at my
visit (sorry, it's in Polish - the short version is that I carry one CF
variant and Tomasz's result isn't back yet).

Dziękuję,
Kasia Zielińska
`),
			rfc822(&Msg{
				From:    `"Joanna Pietrzak" <jpietrzak@nowanadzieja-ivf.example.com>`,
				To:      `"Katarzyna Zielińska" <kasia.zielinska@example.net>`,
				Subject: "Wyniki badania nosicielstwa",
				Date:    "Mon, 10 Mar 2025 12:15:00 +0100",
				Root:    rsvPart("text/plain", "iso-8859-2", "quoted-printable", rsvPlCarrier),
			}),
		),
	})

	add(R, Res, "pregnancy-ending-visit-arabic", &Msg{
		Date:    "Fri, 18 Apr 2025 15:30:00 -0500",
		From:    `"عيادة صحة المرأة" <womenshealth@fairhaven-obgyn.example.com>`,
		To:      `"Reem Al-Haddad" <reem.haddad@example.net>`,
		Subject: "تأكيد موعدك يوم الخميس 24 أبريل",
		Root: b64(text(`عزيزتي السيدة ريم الحداد،

نؤكد موعدك يوم الخميس 24 أبريل الساعة 8:30 صباحًا في عيادة صحة المرأة
(الطابق الثاني) لإنهاء الحمل بالأدوية. عمر الحمل حسب الموجات فوق
الصوتية: 7 أسابيع و3 أيام.

- ستتناولين قرص الميفيبريستون في العيادة، ثم أقراص الميزوبروستول في
  المنزل بعد 24 إلى 48 ساعة.
- يرجى إحضار شخص بالغ ليوصلك إلى المنزل.
- سنتصل بك بعد أسبوع للمتابعة، وسنرسل لك اختبار حمل منزليًا.
- إذا حدث نزيف شديد (امتلاء أكثر من فوطتين في الساعة لمدة ساعتين) أو
  حمى، اتصلي فورًا على 555-0196.

جميع المعلومات سرية. ستكون المترجمة الطبية سلمى معك طوال الزيارة.

فريق عيادة صحة المرأة
`)),
	})

	add(R, Res, "adolescent-iud-add-on-qp", &Msg{
		Date:    "Thu, 10 Apr 2025 17:05:00 -0500",
		From:    `"Dr. Priscilla Onwudiwe" <ponwudiwe@fairhaven-peds.example.org>`,
		To:      `"Adolescent Clinic Nurses" <adol-rn@fairhaven-peds.example.org>`,
		Subject: "Tues add-on 3:40 - Marisela V. (16)",
		Root: qpBreaks("text/plain", "utf-8", `Hi team,

Please add Marisela Villanueva-Cruz (DOB 09/05/2008, MRN FP-330918) to
Tuesday's 3:40 slot for a levo¦norgestrel 52 mg IUD insertion.

We did contra¦ceptive counseling at her 4/8 visit; she chose the IUD over
the implant. Urine hCG negative today. GC/CT NAAT from 4/8 came back
negative as well.

This is a confidential visit under the minor-consent rules:
  - Do NOT release the visit summary to the parent proxy portal.
  - Use the confidential billing flag so no EOB goes to the policyholder.
  - Contact only via her own cell, 555-0114, text first.

Pre-med: ibuprofen 800 mg 1 hour before. Paracervical block kit in room 6.

Thanks,
Priscilla Onwudiwe, MD
Adolescent Medicine, Fairhaven Pediatrics
`),
	})

	raw(R, Res, "oocyte-freezing-plan-farsi", `
From: "کلینیک باروری نوید" <care@navid-fertility.example.com>
To: "Shirin Rahimi" <shirin.rahimi@example.net>
Subject: برنامه داروهای شما برای سیکل انجماد تخمک
Date: Thu, 24 Apr 2025 10:00:00 -0700

خانم شیرین رحیمی عزیز،

بر اساس سونوگرافی و آزمایش AMH (۱٫۴ نانوگرم در میلی‌لیتر) در جلسه
۲ اردیبهشت، سیکل انجماد تخمک شما از روز دوم قاعدگی بعدی شروع می‌شود.

برنامه داروها:
  - گونال-اف ۲۲۵ واحد، هر شب ساعت ۹، از روز دوم سیکل
  - منوپور ۷۵ واحد، هر شب همراه با گونال-اف
  - ستروتاید ۰٫۲۵ میلی‌گرم، از روز ششم تحریک
  - تزریق تریگر فقط پس از تماس پرستار

سونوگرافی و آزمایش استرادیول: روزهای ۵، ۷ و ۹ تحریک، ساعت ۷:۳۰ صبح.
برداشت تخمک حدود روز ۱۲ انجام می‌شود و به بیهوشی سبک نیاز دارد؛ لطفاً
یک همراه بزرگسال داشته باشید.

هزینه سیکل و نگهداری یک‌ساله تخمک‌ها تحت پوشش بیمه شما نیست.

پرستار هماهنگ‌کننده: مریم صادقی - 555-0187

با احترام،
کلینیک باروری نوید
`)

	raw(R, Res, "partner-services-notice-hindi", `
From: "Riverbend County Partner Services" <partner-services@riverbend-county.example.gov.test>
To: "Rajesh Verma" <rajesh.verma@example.net>
Subject: आपकी 14 अप्रैल की जाँच का परिणाम और इलाज
Date: Thu, 17 Apr 2025 10:30:00 -0500

प्रिय राजेश वर्मा जी,

14 अप्रैल को क्लिनिक में दिए गए आपके मूत्र नमूने की जाँच में क्लैमाइडिया
(यौन संचारित संक्रमण) पॉज़िटिव आया है। गोनोरिया और सिफ़िलिस की जाँच
नेगेटिव है।

इलाज: डॉक्सीसाइक्लिन 100 मि.ग्रा., दिन में दो बार, 7 दिन तक। नुस्ख़ा
आपकी फ़ार्मेसी को भेज दिया गया है।

  - इलाज पूरा होने तक और उसके 7 दिन बाद तक यौन संबंध न बनाएँ।
  - पिछले 60 दिनों के साथी को भी जाँच और इलाज की ज़रूरत है। हम आपका
    नाम बताए बिना उन्हें सूचित कर सकते हैं।
  - 3 महीने बाद दोबारा जाँच करवाएँ।

कानून के अनुसार यह परिणाम काउंटी स्वास्थ्य विभाग को भेजा जाता है; आपकी
जानकारी गोपनीय रहती है।

संपर्क: सुनीता बंसल, पार्टनर सर्विसेज़, 555-0116 (हिंदी/पंजाबी)
`)

	add(R, Res, "involuntary-hold-transfer-hl7", &Msg{
		Date:    "Sat, 19 Apr 2025 17:34:00 -0500",
		From:    `"Harrowgate Transfer Center" <transfer@harrowgate.example.org>`,
		To:      `"4 West Charge RN" <4west-charge@harrowgate.example.org>`,
		Cc:      `"Bed Management" <bedmgmt@harrowgate.example.org>`,
		Subject: "Transfer accepted - 4W bed 12 - ETA 1930",
		Root: mixed(
			text(`4 West,

Accepted transfer from Cedar Valley ED, ETA 1930 by ambulance:

  Leopold Marchbanks, 34M, MRN HG01177290
  On a 72-hour involuntary hold (danger to self) placed 04/19 1412
  after he took about 30 of his own sertraline tablets during a severe
  depressive episode. Medically cleared by Cedar Valley: acetaminophen
  and salicylate levels negative, QTc 448, observed 6 h.
  Accepting psychiatrist: Dr. Yusuf Ballantyne.
  1:1 sitter for transport; belongings to be searched on arrival.

ADT attached for the bed board.

Transfer Center, 555-0108
`),
			hl7Part("application/hl7-v2", "ADT_A01_HG01177290.hl7", hl7Text(`
MSH|^~\&|HG_TRANSFER|HARROWGATE|HG_BEDBOARD|HARROWGATE|20250419173305||ADT^A01^ADT_A01|TC2504191733|P|2.5.1
EVN|A01|20250419173305
PID|1||HG01177290^^^HG^MR||MARCHBANKS^LEOPOLD^T||19900823|M|||2207 Quarry Hill Rd^^Fairhaven^IL^60999||555-0130
PV1|1|I|4W^12^A^HARROWGATE||||1849273069^BALLANTYNE^YUSUF^^^^MD|||PSY||||7|||||||||||||||||||||||||20250419193000
PV2|||^Major depressive disorder, single episode, severe; intentional overdose; involuntary 72-hour hold
DG1|1||F32.2^Major depressive disorder, single episode, severe without psychotic features^I10|||A
DG1|2||T43.222A^Poisoning by SSRI, intentional self-harm, initial encounter^I10|||A
`)),
		),
	})

	add(R, Res, "eating-disorder-day-program-big5", &Msg{
		Date:    "Wed, 30 Apr 2025 16:00:00 -0700",
		From:    `"何佩琪 個案管理師" <casemgmt@harrowgate-youth.example.org>`,
		To:      `"林太太" <mrs.lin.family@example.net>`,
		Subject: "曉雯的日間計畫安排（5月5日開始）",
		Root:    b64(rsvPart("text/plain", "big5", "", rsvB5Eating)),
	})

	raw(R, Res, "stimulant-dose-change-urdu", `
From: "Child & Adolescent Psychiatry Clinic" <cap-clinic@harrowgate.example.org>
To: "Nazia Qureshi" <nazia.qureshi@example.net>
Subject: زین کی دوا کی خوراک میں تبدیلی – اگلی ملاقات 29 اپریل
Date: Tue, 15 Apr 2025 17:30:00 -0500

محترمہ نازیہ قریشی صاحبہ،

آج کی ٹیلی ہیلتھ ملاقات میں ڈاکٹر فاروقی (بچوں اور نوعمروں کے ماہرِ
نفسیات) نے زین کی اے ڈی ایچ ڈی کی دوا کے بارے میں یہ فیصلہ کیا:

  - میتھائل فینیڈیٹ ای آر (Concerta) کی خوراک 18 ملی گرام سے بڑھا کر
    27 ملی گرام روزانہ، صبح ناشتے کے بعد۔
  - نیا نسخہ آپ کی فارمیسی کو بھیج دیا گیا ہے۔ یہ کنٹرولڈ دوا ہے، اس
    لیے ہر ماہ نیا نسخہ ضروری ہے۔
  - بھوک اور نیند پر نظر رکھیں؛ وزن اور بلڈ پریشر اگلی ملاقات پر چیک
    ہوں گے۔
  - اسکول کی استانی سے Vanderbilt فارم دوبارہ بھروا کر لائیں۔

اگلی ملاقات: منگل 29 اپریل، شام 4 بجے (کلینک میں)۔

زین کی تاریخِ پیدائش: 12/01/2015 — ریکارڈ نمبر: CP-771045

سوالات کے لیے: 555-0179 (اردو/ہندی)
`)

	add(R, Res, "fmla-trauma-therapy-pdf", &Msg{
		Date:    "Wed, 23 Apr 2025 09:15:00 -0500",
		From:    `"Anselm Drury, PsyD" <adrury@oakline-counseling.example.com>`,
		To:      `"ClearLeave Claims Intake" <intake@clearleave.example.com>`,
		Subject: "Intermittent leave certification - Corinna Halloway - LV-2025-05102",
		Root: mixed(
			text(`Completed certification attached for claim LV-2025-05102. Please
route it to the assigned leave specialist only and do not forward the
medical facts section to the employer.

Anselm Drury, PsyD
Oakline Counseling Associates | 555-0126
`),
			attach("application/pdf", "certification_LV-2025-05102.pdf", pdfDoc("Certification LV-2025-05102", pdfLines(`CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION
(Family and Medical Leave Act) - INTERMITTENT LEAVE

Employee: Corinna Halloway, RN          Employer: Harrowgate Health (Emergency Dept.)
Provider: Anselm Drury, PsyD, licensed psychologist, Oakline Counseling Associates

Part B - Medical facts
1. Condition began: 11/2024, after a workplace assault in the emergency department.
2. Diagnosis: posttraumatic stress disorder, chronic (F43.12).
3. Treatment: weekly trauma-focused psychotherapy (prolonged exposure),
   expected 16-20 sessions; monthly medication management with
   Dr. Renata Solberg (psychiatry) - sertraline and prazosin.
4. Employee is able to perform job functions between episodes.

Part C - Amount of leave needed
5. Treatment visits: 1 visit per week (about 2 hours with travel),
   Wednesdays, through 09/2025.
6. Episodic flare-ups (panic symptoms, severe sleep disruption):
   estimated 1-2 episodes per month, 1-2 days each.

Signature: A. Drury, PsyD                Date: 04/22/2025
`), true)),
		),
	})

	add(R, Res, "sublingual-film-order-fhir-only", &Msg{
		Date:    "Mon, 21 Apr 2025 15:40:00 -0500",
		From:    `"Bridgeway Clinic eRx" <erx@bridgeway-clinic.example.org>`,
		To:      `"Cedar Commons Pharmacy" <pharmacy@cedarcommons-rx.example.com>`,
		Subject: "Order BW-44102",
		Root: mixed(
			text(`Please see the attached order. Call 555-0197 with any questions.

Bridgeway Clinic
`),
			attachText("application/fhir+json", "BW-44102.json", `{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "p1",
        "identifier": [ { "system": "urn:oid:2.16.840.1.113883.3.9999.44", "value": "BW-008812" } ],
        "name": [ { "family": "Greenhalgh", "given": [ "Rowan", "P" ] } ],
        "birthDate": "1988-06-30",
        "gender": "male"
      }
    },
    {
      "resource": {
        "resourceType": "Practitioner",
        "id": "doc1",
        "identifier": [
          { "system": "http://hl7.org/fhir/sid/us-npi", "value": "1583640275" },
          { "system": "urn:oid:2.16.840.1.113883.4.814", "value": "FM3056175" }
        ],
        "name": [ { "family": "Mwangi-Fordham", "given": [ "Esther" ], "suffix": [ "DO" ] } ]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "rx1",
        "status": "active",
        "intent": "order",
        "subject": { "reference": "Patient/p1" },
        "requester": { "reference": "Practitioner/doc1" },
        "authoredOn": "2025-04-21",
        "medicationCodeableConcept": { "text": "buprenorphine 8 mg / naloxone 2 mg sublingual film" },
        "reasonCode": [ { "coding": [ { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F11.20", "display": "Opioid dependence, uncomplicated" } ] } ],
        "dosageInstruction": [ { "text": "Dissolve 1 film under the tongue twice daily" } ],
        "dispenseRequest": { "quantity": { "value": 28, "unit": "film" }, "numberOfRepeatsAllowed": 0, "expectedSupplyDuration": { "value": 14, "unit": "days" } }
      }
    }
  ]
}
`, "base64"),
		),
	})
}

// Legacy-charset texts, encoded once with a throwaway Python script
// (the Go standard library has no encoders for these charsets).
// Each byte string is followed by its UTF-8 source.
const (
	// rsvKoiBrcaSubj: koi8-r
	rsvKoiBrcaSubj    = "\xf2\xc5\xda\xd5\xcc\xd8\xd4\xc1\xd4 \xc1\xce\xc1\xcc\xc9\xda\xc1 \xcf\xd4 14.03 - \xeb\xcf\xd7\xc1\xcc\xc5\xd7\xc1 \xe5.\xe1."
	rsvKoiBrcaSubjSrc = `Результат анализа от 14.03 - Ковалева Е.А.`
	// rsvKoiBrca: koi8-r
	rsvKoiBrca    = "\xf5\xd7\xc1\xd6\xc1\xc5\xcd\xc1\xd1 \xe5\xcc\xc5\xce\xc1 \xe1\xce\xc4\xd2\xc5\xc5\xd7\xce\xc1,\n\n\xc7\xcf\xd4\xcf\xd7 \xd2\xc5\xda\xd5\xcc\xd8\xd4\xc1\xd4 \xf7\xc1\xdb\xc5\xc7\xcf \xc9\xd3\xd3\xcc\xc5\xc4\xcf\xd7\xc1\xce\xc9\xd1 (\xd0\xc1\xce\xc5\xcc\xd8 \xce\xc1\xd3\xcc\xc5\xc4\xd3\xd4\xd7\xc5\xce\xce\xcf\xc7\xcf \xd2\xc1\xcb\xc1\n\xcd\xcf\xcc\xcf\xde\xce\xcf\xca \xd6\xc5\xcc\xc5\xda\xd9 \xc9 \xd1\xc9\xde\xce\xc9\xcb\xcf\xd7), \xda\xc1\xc2\xcf\xd2 \xcb\xd2\xcf\xd7\xc9 \xcf\xd4 14 \xcd\xc1\xd2\xd4\xc1 2025 \xc7.\n\n\xf2\xc5\xda\xd5\xcc\xd8\xd4\xc1\xd4: \xcf\xc2\xce\xc1\xd2\xd5\xd6\xc5\xce \xd0\xc1\xd4\xcf\xc7\xc5\xce\xce\xd9\xca \xd7\xc1\xd2\xc9\xc1\xce\xd4 \xd7 \xc7\xc5\xce\xc5 BRCA2\n(c.5946delT, \xc7\xc5\xd4\xc5\xd2\xcf\xda\xc9\xc7\xcf\xd4\xce\xcf\xc5 \xce\xcf\xd3\xc9\xd4\xc5\xcc\xd8\xd3\xd4\xd7\xcf).\n\n\xfc\xd4\xcf \xcf\xda\xce\xc1\xde\xc1\xc5\xd4 \xd0\xcf\xd7\xd9\xdb\xc5\xce\xce\xd9\xca \xce\xc1\xd3\xcc\xc5\xc4\xd3\xd4\xd7\xc5\xce\xce\xd9\xca \xd2\xc9\xd3\xcb \xd2\xc1\xcb\xc1 \xcd\xcf\xcc\xcf\xde\xce\xcf\xca \xd6\xc5\xcc\xc5\xda\xd9\n\xc9 \xd1\xc9\xde\xce\xc9\xcb\xcf\xd7. \xfc\xd4\xcf \xce\xc5 \xc4\xc9\xc1\xc7\xce\xcf\xda \xd2\xc1\xcb\xc1. \xed\xd9 \xd2\xc5\xcb\xcf\xcd\xc5\xce\xc4\xd5\xc5\xcd:\n- \xd0\xcf\xd7\xd4\xcf\xd2\xce\xd5\xc0 \xcb\xcf\xce\xd3\xd5\xcc\xd8\xd4\xc1\xc3\xc9\xc0 \xd7\xd2\xc1\xde\xc1-\xc7\xc5\xce\xc5\xd4\xc9\xcb\xc1 2 \xc1\xd0\xd2\xc5\xcc\xd1 \xd7 10:30 (\xcb\xc1\xc2\xc9\xce\xc5\xd4 214);\n- \xcf\xc2\xd3\xd5\xc4\xc9\xd4\xd8 \xd0\xd2\xcf\xc7\xd2\xc1\xcd\xcd\xd5 \xd5\xd3\xc9\xcc\xc5\xce\xce\xcf\xc7\xcf \xce\xc1\xc2\xcc\xc0\xc4\xc5\xce\xc9\xd1 (\xc5\xd6\xc5\xc7\xcf\xc4\xce\xc1\xd1 \xed\xf2\xf4 \xcd\xcf\xcc\xcf\xde\xce\xd9\xc8\n  \xd6\xc5\xcc\xc5\xda, \xcf\xd3\xcd\xcf\xd4\xd2 \xc7\xc9\xce\xc5\xcb\xcf\xcc\xcf\xc7\xc1);\n- \xd3\xcf\xcf\xc2\xdd\xc9\xd4\xd8 \xd2\xcf\xc4\xd3\xd4\xd7\xc5\xce\xce\xc9\xcb\xc1\xcd \xd0\xc5\xd2\xd7\xcf\xca \xcc\xc9\xce\xc9\xc9 - \xcd\xd9 \xd0\xcf\xc4\xc7\xcf\xd4\xcf\xd7\xc9\xcd \xc4\xcc\xd1 \xce\xc9\xc8 \xd0\xc9\xd3\xd8\xcd\xcf.\n\n\xe4\xc1\xd4\xc1 \xd2\xcf\xd6\xc4\xc5\xce\xc9\xd1 \xd7 \xce\xc1\xd0\xd2\xc1\xd7\xcc\xc5\xce\xc9\xc9: 07.09.1981. \xee\xcf\xcd\xc5\xd2 \xcb\xc1\xd2\xd4\xd9: NSB-0073318.\n\n\xf3 \xd5\xd7\xc1\xd6\xc5\xce\xc9\xc5\xcd,\n\xe9\xd2\xc9\xce\xc1 \xf3\xc5\xd2\xc7\xc5\xc5\xd7\xce\xc1 \xf7\xcf\xcc\xcb\xcf\xd7\xc1\n\xcb\xcf\xce\xd3\xd5\xcc\xd8\xd4\xc1\xce\xd4-\xc7\xc5\xce\xc5\xd4\xc9\xcb, \xcb\xcc\xc9\xce\xc9\xcb\xc1 \"\xf3\xc5\xd7\xc5\xd2\xce\xd9\xca \xc2\xc5\xd2\xc5\xc7\"\n\xd4\xc5\xcc. 555-0157\n"
	rsvKoiBrcaSrc = `Уважаемая Елена Андреевна,

готов результат Вашего исследования (панель наследственного рака
молочной железы и яичников), забор крови от 14 марта 2025 г.

Результат: обнаружен патогенный вариант в гене BRCA2
(c.5946delT, гетерозиготное носительство).

Это означает повышенный наследственный риск рака молочной железы
и яичников. Это не диагноз рака. Мы рекомендуем:
- повторную консультацию врача-генетика 2 апреля в 10:30 (кабинет 214);
- обсудить программу усиленного наблюдения (ежегодная МРТ молочных
  желез, осмотр гинеколога);
- сообщить родственникам первой линии - мы подготовим для них письмо.

Дата рождения в направлении: 07.09.1981. Номер карты: NSB-0073318.

С уважением,
Ирина Сергеевна Волкова
консультант-генетик, клиника "Северный берег"
тел. 555-0157
`
	// rsvPlCarrier: iso-8859-2
	rsvPlCarrier    = "Szanowna Pani Katarzyno,\n\nprzesy\xb3am wyniki rozszerzonego badania nosicielstwa (panel 300 gen\xf3w),\nwykonanego 4 marca przed planowan\xb1 procedur\xb1 in vitro.\n\nWynik: jest Pani nosicielk\xb1 wariantu patogennego w genie CFTR\n(F508del), zwi\xb1zanego z mukowiscydoz\xb1. Samo nosicielstwo nie\npowoduje choroby.\n\nBadanie partnera, pana Tomasza Zieli\xf1skiego, jest w toku. Je\xbfeli\nu obojga partner\xf3w zostanie wykryty wariant w tym samym genie,\nryzyko choroby u dziecka wynosi 25% i om\xf3wimy wtedy diagnostyk\xea\npreimplantacyjn\xb1 zarodk\xf3w (PGT-M).\n\nZapraszam na wizyt\xea w poradni genetycznej 18 marca o godz. 13:00.\n\nZ wyrazami szacunku,\nmgr Joanna Pietrzak\ndoradca genetyczny\nKlinika Leczenia Niep\xb3odno\xb6ci \"Nowa Nadzieja\"\ntel. 555-0183\n"
	rsvPlCarrierSrc = `Szanowna Pani Katarzyno,

przesyłam wyniki rozszerzonego badania nosicielstwa (panel 300 genów),
wykonanego 4 marca przed planowaną procedurą in vitro.

Wynik: jest Pani nosicielką wariantu patogennego w genie CFTR
(F508del), związanego z mukowiscydozą. Samo nosicielstwo nie
powoduje choroby.

Badanie partnera, pana Tomasza Zielińskiego, jest w toku. Jeżeli
u obojga partnerów zostanie wykryty wariant w tym samym genie,
ryzyko choroby u dziecka wynosi 25% i omówimy wtedy diagnostykę
preimplantacyjną zarodków (PGT-M).

Zapraszam na wizytę w poradni genetycznej 18 marca o godz. 13:00.

Z wyrazami szacunku,
mgr Joanna Pietrzak
doradca genetyczny
Klinika Leczenia Niepłodności "Nowa Nadzieja"
tel. 555-0183
`
	// rsvB5Eating: big5
	rsvB5Eating    = "\xaaL\xa4\xd3\xa4\xd3\xb1z\xa6n\xa1G\n\n\xb7P\xc1\xc2\xb1z\xacQ\xa4\xd1\xbbP\xa7\xda\xad\xcc\xaa\xba\xb9\xce\xb6\xa4\xb7|\xad\xb1\xa1C\xa5H\xa4U\xacO\xbe\xe5\xb6\xb2\xa1]\xa5X\xa5\xcd\xa4\xe9\xb4\xc1 2009\xa6~3\xa4\xeb2\xa4\xe9\xa1A\n\xaff\xbe\xfa\xb8\xb9 HG-5528107\xa1^\xb0\xd1\xa5[\xb6\xbc\xad\xb9\xa5\xa2\xbd\xd5\xa4\xe9\xb6\xa1\xaav\xc0\xf8\xadp\xb5e\xaa\xba\xa6w\xb1\xc6\xa1G\n\n1. \xb6}\xa9l\xa4\xe9\xb4\xc1\xa1G5\xa4\xeb5\xa4\xe9\xa1]\xacP\xb4\xc1\xa4@\xa1^\xa1A\xa8C\xb6g\xa4@\xa6\xdc\xb6g\xa4\xad\xa4W\xa4\xc88\xae\xc930\xa4\xc0\xa6\xdc\xa4U\xa4\xc83\xae\xc9\xa1C\n2. \xa6o\xa5\xd8\xabe\xaa\xba\xc5\xe9\xad\xab\xac\xb0\xb2z\xb7Q\xc5\xe9\xad\xab\xaa\xba\xa6\xca\xa4\xc0\xa4\xa7\xa4C\xa4Q\xa4K\xa1A\xa4\xdf\xb2v\xb0\xbe\xbaC\xa1]\xa8C\xa4\xc0\xc4\xc146\xa6\xb8\xa1^\xa1A\n   \xa6]\xa6\xb9\xb2\xc4\xa4@\xb6g\xbb\xdd\xa8C\xa4\xd1\xb6q\xab\xd7\xa5\xcd\xa9R\xbcx\xb6H\xa8\xc3\xa9\xe2\xa6\xe5\xc0\xcb\xacd\xb9q\xb8\xd1\xbd\xe8\xa1C\n3. \xa8C\xa4\xd1\xa6\xb3\xa8\xe2\xc0\\\xa4\xce\xa4@\xa6\xb8\xc2I\xa4\xdf\xa6b\xba\xca\xb7\xfe\xa4U\xb6i\xad\xb9\xa1A\xa5\xd1\xc0\xe7\xbei\xaev\xa6w\xb1\xc6\xc0\\\xb3\xe6\xa1C\n4. \xa8C\xb6g\xa8\xe2\xa6\xb8\xad\xd3\xa7O\xa4\xdf\xb2z\xaav\xc0\xf8\xa4\xce\xa4@\xa6\xb8\xaea\xaex\xaav\xc0\xf8\xa1]\xa5H\xaea\xaex\xac\xb0\xa5\xbb\xaa\xba\xaav\xc0\xf8\xbc\xd2\xa6\xa1\xa1^\xa1A\n   \xa5\xd1\xa8\xe0\xb5\xa3\xba\xeb\xaf\xab\xac\xec\xa7d\xc2\xe5\xaev\xa4\xce\xa4\xdf\xb2z\xaev\xb3\xaf\xa4p\xa9j\xadt\xb3d\xa1C\n5. \xa6p\xa5X\xb2{\xb7w\xad\xcb\xa1B\xaf\xdd\xb5h\xa9\xce\xb3s\xc4\xf2\xa4@\xa4\xd1\xa5H\xa4W\xa9\xda\xb5\xb4\xb6i\xad\xb9\xa1A\xbd\xd0\xa5\xdf\xa7Y\xb1a\xa6o\xa8\xec\xab\xe6\xb6E\xab\xc7\xa1C\n\n\xa6p\xa6\xb3\xa5\xf4\xa6\xf3\xb0\xdd\xc3D\xa1A\xbd\xd0\xadP\xb9q 555-0171 \xbbP\xa7\xda\xc1p\xb5\xb8\xa1C\n\n\xad\xd3\xae\xd7\xba\xde\xb2z\xaev\n\xa6\xf3\xa8\xd8\xb5X\n"
	rsvB5EatingSrc = `林太太您好：

感謝您昨天與我們的團隊會面。以下是曉雯（出生日期 2009年3月2日，
病歷號 HG-5528107）參加飲食失調日間治療計畫的安排：

1. 開始日期：5月5日（星期一），每週一至週五上午8時30分至下午3時。
2. 她目前的體重為理想體重的百分之七十八，心率偏慢（每分鐘46次），
   因此第一週需每天量度生命徵象並抽血檢查電解質。
3. 每天有兩餐及一次點心在監督下進食，由營養師安排餐單。
4. 每週兩次個別心理治療及一次家庭治療（以家庭為本的治療模式），
   由兒童精神科吳醫師及心理師陳小姐負責。
5. 如出現暈倒、胸痛或連續一天以上拒絕進食，請立即帶她到急診室。

如有任何問題，請致電 555-0171 與我聯絡。

個案管理師
何佩琪
`
)
