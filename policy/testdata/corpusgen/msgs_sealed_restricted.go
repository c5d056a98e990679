package main

import (
	"fmt"
	"strings"
)

func sealedRestricted() {
	raw(S, Res, "methadone-guest-dosing-request", `From: "Dosing Nurse - Northgate OTP" <dosing@northgate-otp.example.org>
To: "Intake - Lakeside Treatment Services" <intake@lakeside-ts.example.org>
Subject: guest dosing request 9/12-9/19

Hi Lakeside,

Requesting guest dosing for one of ours, traveling to your area for a
family funeral.

  Name: Travis Dunleavy   DOB 04/03/1988   our ID NG-10442
  Dates: 9/12 through 9/19 (8 doses), he'll come the morning of the 12th
  His methadone dose is 95 mg daily, liquid, stable x 6 months, no take-
  homes during the trip per our medical director. Last dose here 9/11.
  Last UDS 9/2: methadone only, nothing else.
  Signed Part 2 consent to disclose to Lakeside attached to the fax.

Please confirm by fax (555-0174) or reply here. Dr. Ostrander's order
will come on letterhead.

Thanks,
Bernadine Kole, RN
Northgate Opioid Treatment Program
`)

	add(S, Res, "vivitrol-injection-reminder-spanish", &Msg{
		From:    `"Clínica Esperanza - Recordatorios" <recordatorios@clinica-esperanza.example.org>`,
		To:      `"Hector Villalpando" <hvillalpando@example.net>`,
		Subject: "Recordatorio: su inyección mensual el martes",
		Root: b64(text(`Hola Héctor,

Le recordamos que su próxima inyección de Vivitrol (naltrexona de
liberación prolongada, 380 mg) es el martes 18 de noviembre a las 4:30 pm
con la enfermera Rocío, en la clínica de la calle Fresno.

Recuerde:
  - Es importante no pasar más de 4 semanas entre inyecciones para que
    siga protegiéndole contra los antojos de alcohol.
  - Si tuvo dolor o bolita en el lugar de la última inyección (glúteo
    izquierdo), díganos; esta vez la pondremos del lado derecho.
  - Después de la inyección tiene su sesión con el consejero Mauricio a
    las 5:00 pm.

Si necesita cambiar la cita, llame al 555-0159. Si siente que va a
recaer, también puede llamarnos o marcar el 988.

Clínica Esperanza - Programa de Recuperación
`)),
	})

	add(S, Res, "counselor-group-note-ed-php", &Msg{
		From:    `"Dr. Wren Abernathy" <wabernathy@harborview-peds.example.org>`,
		To:      `"Gwendolyn Achebe, RD" <gachebe@harborview-peds.example.org>`,
		Subject: "FW: Marisol - group today",
		Root: mixed(
			text(`Gwen - forwarding the counselor's note from group so you have it
before her meal plan review tomorrow. Agree we should go up to 3000 kcal
and add the evening snack. She is still not hitting weight targets and the
body-checking behaviour sounds worse. I'll talk to mom about whether PHP is
still enough or if we need to look at residential.

Wren
`),
			rfc822(rawInner(`From: "Jonah Pell, LCSW" <jpell@harborview-peds.example.org>
To: "Dr. Wren Abernathy" <wabernathy@harborview-peds.example.org>
Subject: Marisol - group today
Date: Tue, 14 Oct 2025 16:02:11 -0700

Group note, adolescent eating disorders PHP, 10/14 (process group, 1 pm):

Marisol Fairweather (15) was quiet for most of group. When the group
talked about the weekend passes she said she "did fine" at home but then
admitted she skipped the Saturday dinner and walked for two hours. She
became tearful during the body-image exercise and said she checks her
wrists "like a hundred times a day". Peers were supportive. She agreed to
use the urge log and to talk with her mom about the Saturday meal during
family session Thursday.

Still denies self-harm or suicidal thoughts (asked directly). Continues on
fluoxetine 20 mg per psychiatry.

Jonah Pell, LCSW
`)),
		),
	})

	add(S, Res, "case-manager-viral-load-dental", &Msg{
		From:    `"Reggie Colter, Case Manager" <rcolter@bluestem-careservices.example.org>`,
		To:      `"Dr. Natalia Brisco" <nbrisco@prairiesmiles-dental.example.com>`,
		Subject: "Re: dental referral for Ms. Underhill",
		Root: textAs("text/plain", `Dr. Brisco,

Thanks for getting her in so quickly. To answer your office’s question:
yes, Lucinda Underhill is a Ryan White client with us, and she signed the
release for your office. Her viral load is undetectable (<20 copies/mL on
5/28) and her last CD4 was 612, so from our side there’s no reason to
delay the extractions. She’s on Biktarvy once a day – no interactions with
the amoxicillin or the lidocaine that I know of, but check with her
pharmacist.

Ryan White Part B will cover the visit; the billing contact is below.
Please don’t mention the program name on the reminder calls to her home
number – she asked that we use “Bluestem” only.

Reggie Colter
Medical Case Manager, Bluestem Care Services
555-0104

> From: Prairie Smiles Dental <frontdesk@prairiesmiles-dental.example.com>
> We have Lucinda scheduled 6/10 for #14 and #15 extractions. Dr. Brisco
> asked whether there is anything we should know before oral surgery.
`, "windows-1252", "quoted-printable"),
	})

	add(S, Res, "nipt-result-genetic-counselor", &Msg{
		From:    `"Saoirse Lindahl, MS, CGC" <slindahl@valleverde-ob.example.org>`,
		To:      `"Dr. Hester Quan" <hquan@valleverde-ob.example.org>`,
		Subject: "Odalys G. - NIPT back",
		Root: qpBreaks("text/plain", "utf-8", `Hester,

The NIPT came back for Odalys Galindo (DOB 07/21/1990, MRN VV-20¦83341),
drawn at 11w2d:

  Trisomy 21, 18, 13: low risk
  Sex chromosome aneuploidy: low risk
  22q11.2 deletion: low risk
  Fetal fraction 9.8%
  Fetal sex: female (she DOES want to know - it's ok to tell her)

Her expanded carrier screen from the first visit showed she is a carrier
of cystic fibrosis (CFTR F508¦del). Partner testing is still pending; he
had his saliva kit mailed last week. If he is also a carrier we'll offer
diagnostic testing (CVS is past, so amnio¦centesis at 15+ weeks).

I'll call her this afternoon with the NIPT and do a short genetic
counseling session by phone about the carrier result.

Saoirse
`),
	})

	add(S, Res, "iud-insertion-arabic-ics", &Msg{
		From:    `"عيادة صحة المرأة - ميدتاون" <appointments@midtown-womenshealth.example.org>`,
		To:      `"Layla Haddad" <layla.haddad@example.net>`,
		Subject: "تأكيد موعدك يوم الأربعاء",
		Root: mixed(
			text(`عزيزتي ليلى حداد،

نؤكد موعدك لتركيب اللولب الهرموني (IUD) يوم الأربعاء 3 ديسمبر الساعة
11:15 صباحاً مع الدكتورة سلمى نصار، كما اتفقتما في زيارة استشارة منع
الحمل الأسبوع الماضي.

قبل الموعد:
  - يمكنك تناول 600 ملغ من الإيبوبروفين قبل ساعة من الموعد لتخفيف الألم.
  - سنجري اختبار حمل من البول عند وصولك.
  - تناولي وجبة خفيفة قبل الحضور.
  - يمكنك إحضار شخص يرافقك إذا رغبت.

مترجمة باللغة العربية ستكون موجودة. لإلغاء الموعد أو تغييره اتصلي على
555-0129.

مع التحية،
عيادة صحة المرأة - ميدتاون
`),
			attach("text/calendar; method=REQUEST; charset=utf-8", "appointment.ics", ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Midtown Women's Health//Appointments//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:appt-88412-20251203@midtown-womenshealth.example.org
DTSTAMP:20251124T170000Z
DTSTART;TZID=America/Detroit:20251203T111500
DTEND;TZID=America/Detroit:20251203T120000
SUMMARY:LNG-IUD insertion - Layla Haddad - Dr. Nassar
LOCATION:Midtown Women's Health\, Suite 220
DESCRIPTION:Ibuprofen 600 mg 1 hour before. Urine hCG on arrival. Arabic interpreter booked.
ATTENDEE;CN=Layla Haddad:mailto:layla.haddad@example.net
END:VEVENT
END:VCALENDAR
`)),
		),
	})

	raw(S, Res, "partner-chlamydia-ept", `From: "Dee Marchetti, DIS" <dmarchetti@owyhee-county-health.example.gov.test>
To: "Owyhee County Clinic Pharmacy" <pharmacy@owyhee-county-health.example.gov.test>
Subject: EPT packet - pls prep for pickup today

hi pharmacy,

can u prep an EPT packet for pickup by 4pm. index pt is Brianna Coyle
(DOB 1/30/2003, clinic #OC-55017), her NAAT from the 9/4 visit came back
positive for chlamydia, gonorrhea neg. she was treated today w/ doxy 100
bid x7d. this is chlamydia treatment for her partner - she says only one
partner in last 60 days, he won't come in, so she's taking it to him.

  partner: first name "Cody" only, no DOB given
  rx: doxycycline 100 mg bid x 7 days (no allergies per index pt)
  include the partner info sheet + the "get tested" card

she'll pick up at the window. thx!

Dee Marchetti
Disease Intervention Specialist, Owyhee County Health Dept
555-0103
`)

	add(S, Res, "hl7-oru-hereditary-cancer-panel", &Msg{
		From:    `"Helix Meadow Genomics - Results" <results@helixmeadow.example.com>`,
		To:      `"Genetics Inbox - Summit Cancer Center" <genetics@summit-cancer.example.org>`,
		Subject: "Report available: accession HMG-25-118204",
		Hdr:     [][2]string{{"Auto-Submitted", "auto-generated"}},
		Root: mixed(
			text(`A result for accession HMG-25-118204 is available and is attached as an
HL7 v2 ORU message. The full PDF report is in the provider portal.
`),
			hl7Part("application/hl7-v2", "HMG-25-118204.hl7", hl7Text(`
MSH|^~\&|HMG-LIMS|HELIXMEADOW|SCC-EHR|SUMMITCANCER|20250822163000||ORU^R01^ORU_R01|HMG118204-01|P|2.5.1
PID|1||SCC7718230^^^SCC^MR||NWACHUKWU^ADAEZE^O||19790615|F
ORC|RE|SCC-GEN-4471|HMG-25-118204||CM
OBR|1|SCC-GEN-4471|HMG-25-118204|81479^Hereditary cancer panel 36 genes^CPT|||20250730|||||||||1266148398^TILLINGHAST^MARGO^^^^MD||||||20250822160000|||F
OBX|1|ST|51969-4^Genetic analysis report^LN||POSITIVE - pathogenic variant identified||||||F
OBX|2|ST|48018-6^Gene studied^LN||BRCA2||||||F
OBX|3|ST|48004-6^DNA change c.HGVS^LN||c.5946delT (p.Ser1982Argfs*22)||||||F
OBX|4|ST|53034-5^Allelic state^LN||Heterozygous||||||F
OBX|5|ST|69548-6^Variant assessment^LN||Pathogenic||||||F
NTE|1||Consistent with hereditary breast and ovarian cancer syndrome. Genetic counseling and cascade testing of relatives recommended.
`)),
		),
	})

	doses := []string{"buprenorphine/naloxone 8/2 mg BID", "buprenorphine/naloxone 8/2 mg TID", "buprenorphine/naloxone 12/3 mg daily",
		"Sublocade 300 mg monthly", "Sublocade 100 mg monthly", "buprenorphine 8 mg BID (mono product)", "buprenorphine/naloxone 4/1 mg BID (taper)"}
	var bup strings.Builder
	bup.WriteString("patient,dob,mrn,med_dose,last_uds,uds_result,next_visit,counselor,notes\r\n")
	uds := []string{"bup only", "bup + THC", "bup only", "bup + fentanyl", "bup only", "bup only", "no bup (!)"}
	for i, p := range sealedPeople(23, 9) {
		fmt.Fprintf(&bup, "\"%s %s\",%s,%s,%s,2025-10-%02d,%s,2025-11-%02d,%s,%s\r\n", p.First, p.Last, p.DOB, p.MRN,
			doses[(i*3)%len(doses)], 1+(i*5)%28, uds[(i*2)%len(uds)], 3+(i*3)%25,
			[]string{"T. Yazzie", "R. Ocampo", "L. Grinde"}[i%3], []string{"", "needs PDMP check", "", "ride needed", "", "PA renewal due", ""}[i%7])
	}
	add(S, Res, "csv-bup-bridge-clinic-roster", &Msg{
		From:    `"Elena Pardo, NP" <epardo@sagecreek-rhc.example.org>`,
		To:      `"Sage Creek Care Team" <careteam@sagecreek-rhc.example.org>`,
		Subject: "roster for thursday huddle",
		Root: mixed(
			text(`Team - updated roster for Thursday's huddle attached (23 on the panel
now). Please look at the three with unexpected UDS before huddle, and
whoever has the van schedule please check the "ride needed" ones.

Reminder: this list does not go in the shared drive. Delete after huddle.

Elena
`),
			attachText("text/csv", "panel_2025-10-30.csv", bup.String(), "base64"),
		),
	})

	add(S, Res, "chinese-prep-refill-question", &Msg{
		From:    `"陈嘉伟" <jiawei.chen.sf@example.net>`,
		To:      `"Castro Street Health Clinic" <care@castrost-clinic.example.org>`,
		Subject: encWord("关于我的PrEP续药和检查", "utf-8", 'B'),
		Root: b64(text(`您好,

我是陈嘉伟(出生日期 1994年8月9日,病历号 CS-448127)。
我在你们诊所吃PrEP(Descovy,每天一粒)已经快一年了。

我的药下周就吃完了,但是药房说续药需要新的HIV检测结果。
上次检查是7月,HIV阴性,肾功能正常。我可以这周六来抽血吗?
也想顺便做梅毒和淋病、衣原体的检查。

另外,我听说有每两个月打一针的PrEP(卡博特韦),我可以换成打针吗?
我的保险是Blue Shield。

谢谢!
陈嘉伟
电话 555-0168
`)),
	})

	raw(S, Res, "amharic-therapy-reschedule", `From: "Selamawit Bekele" <selam.bekele@example.net>
To: "Riverside Behavioral Health" <appointments@riverside-bh.example.org>
Subject: የቀጠሮ ለውጥ ጥያቄ - ሰላማዊት በቀለ

ሰላም፣

ስሜ ሰላማዊት በቀለ እባላለሁ (የትውልድ ቀን 03/11/1986)። ከዶክተር ሀና ታደሰ ጋር
ለድብርት (ዲፕሬሽን) የሳይኮቴራፒ ክፍለ ጊዜ አለኝ፣ ሐሙስ ከሰዓት በኋላ 3:00።

በሥራ ምክንያት ሐሙስ መምጣት አልችልም። ሰኞ ወይም ማክሰኞ ጠዋት ቦታ አለ?

እንዲሁም፣ ሰርትራሊን 50 ሚ.ግ መውሰድ ከጀመርኩ ስድስት ሳምንት ሆኖኛል። እንቅልፌ ትንሽ
ተሻሽሏል ግን አሁንም ብዙ ጊዜ ያዝነኛል። ዶክተሩ መጠኑን ሊጨምሩልኝ ይችላሉ?

እባክዎ በስልክ ቁጥሬ 555-0115 ይደውሉልኝ። አማርኛ አስተርጓሚ ቢኖር ደስ ይለኛል።

አመሰግናለሁ፣
ሰላማዊት
`)

	rehab := `Здравствуйте,

Меня зовут Людмила Островская. Пишу по поводу моего сына, Артёма
Островского (дата рождения 14.02.2001).

В понедельник его привезли к вам в отделение детоксикации после
передозировки. Врач сказал, что после детокса ему предлагают
реабилитационный центр на 28 дней, и что он сам согласился.

У меня несколько вопросов:
  1. Когда его переведут в реабилитационный центр и где он находится?
  2. Можно ли его навещать? Он подписал согласие, чтобы вы говорили со мной.
  3. Ему дают бупренорфин? Он очень боится ломки.
  4. Какая страховка нужна — у него Medicaid.

Я лучше говорю по-русски, если можно, позвоните с переводчиком.
Мой телефон: 555-0198.

Спасибо,
Людмила Островская
`
	add(S, Res, "russian-detox-rehab-koi8r", &Msg{
		From:    `"Lyudmila Ostrovskaya" <l.ostrovskaya@example.net>`,
		To:      `"Family Liaison - Cascade Recovery Center" <family@cascade-recovery.example.org>`,
		Subject: encWordBytes(sealedKOI8R("Вопрос о сыне - Артём Островский"), "koi8-r", 'B'),
		Root:    sealedText("text/plain", "koi8-r", "quoted-printable", sealedKOI8R(rehab)),
	})

	add(S, Res, "filename-only-abortion-followup", &Msg{
		From:    `"Records - Bridgeway Family Planning" <records@bridgeway-fp.example.org>`,
		To:      `"Dr. Priya Halvorsen" <phalvorsen@westlake-familymed.example.com>`,
		Subject: "Records you requested",
		Root: mixed(
			text(`Dr. Halvorsen,

Please find the requested records attached, sent with the patient's
signed authorization on file.

Bridgeway Records, 555-0187
`),
			attach("application/pdf", "Reyes_Anabel_DOB1999-05-02_medication-abortion_followup.pdf", pdfDoc("Follow-up", pdfLines(`FOLLOW-UP VISIT

Visit type: 1-2 week follow-up
Method: mifepristone 200 mg / misoprostol 800 mcg buccal
Symptoms since: cramping and bleeding as expected, now light
Serum hCG: day 0 4,210 mIU/mL; day 9 88 mIU/mL (98% decline)
Assessment: complete
Contraception discussed: patient chose the etonogestrel implant,
placed today, left arm.
Rh: positive. No further follow-up needed.
`), false)),
		),
	})

	add(S, Res, "ivf-trigger-retrieval-pdf-flate", &Msg{
		From:    `"Nurse Coordinator - Lakeshore Fertility" <ivf-nurses@lakeshore-fertility.example.com>`,
		To:      `"Genevieve Pettibone" <gen.pettibone@example.net>`,
		Cc:      `"Rafael Pettibone" <rafa.pettibone@example.net>`,
		Subject: "Trigger tonight at 9:30 pm - retrieval Friday",
		Root: mixed(
			alt(
				text(`Hi Genevieve,

Great news from this morning's monitoring: you have 14 follicles, 9 of
them over 17 mm, and your estradiol is 2,840. Dr. Iwasaki wants you to
trigger TONIGHT.

  9:30 pm sharp: Lupron 80 units (0.4 mL) subcutaneously
  and Ovidrel 250 mcg
  NO more Menopur or cetrorelix after this morning's dose.

Your egg retrieval is Friday at 9:30 am (arrive 8:45). Nothing to eat or
drink after midnight Thursday. Rafael's sample is due at 9:00 am the same
morning (2-5 days abstinence). Your detailed instructions are attached.

Call the after-hours line (555-0192) if anything goes wrong with the
injection.

Lakeshore Fertility Nursing
`),
				html(`<p>Hi Genevieve,</p>
<p>14 follicles, 9 over 17&nbsp;mm, estradiol 2,840. <b>Trigger TONIGHT at 9:30&nbsp;pm</b>:
Lupron 80 units + Ovidrel 250&nbsp;mcg. No more Menopur or cetrorelix.</p>
<p>Egg retrieval <b>Friday 9:30&nbsp;am</b> (arrive 8:45). NPO after midnight.</p>
<p>Lakeshore Fertility Nursing &middot; 555-0192</p>
`),
			),
			attach("application/pdf", "retrieval_instructions.pdf", pdfDoc("Egg retrieval instructions", pdfLines(`LAKESHORE FERTILITY - EGG RETRIEVAL INSTRUCTIONS

Patient: Genevieve Pettibone      DOB: 10/08/1988      Cycle: IVF #2 (antagonist)
Partner: Rafael Pettibone

Trigger: dual trigger Wednesday 9:30 pm (leuprolide 80 units + rhCG 250 mcg)
Retrieval: Friday 9:30 am, procedure room B, IV sedation
Arrive: 8:45 am with your driver. NPO after midnight.

After retrieval:
 - Expect cramping and spotting for 1-2 days; acetaminophen is fine.
 - Call for severe bloating, weight gain over 2 lb/day, shortness of
   breath (signs of OHSS).
 - Fertilization report by phone Saturday; day-5 update Wednesday.
 - Plan: freeze all embryos, PGT-A biopsy on day 5/6, frozen transfer
   in a later cycle.

Medications to start after retrieval: none unless told.
`), true)),
		),
	})
}
