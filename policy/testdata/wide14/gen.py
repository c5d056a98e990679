#!/usr/bin/env python3
"""Generator for the wide14 labelled synthetic e-mail set (care coordination
and inter-organisation paperwork).

    python3 gen.py           # rewrite none/ phi/ restricted/ *.eml and labels.tsv, then check
    python3 gen.py --check   # only re-parse and verify what is on disk

Deterministic, Python 3 standard library only.  Every message is defined by
an add(label, slug, reason, From, To, Subject, body, ...) call below; the
files are numbered after shuffling with random.Random(20261206).  All people,
organisations, addresses, phone numbers and identifiers are invented.
"""
import binascii
import csv
import email
import email.policy
import glob
import hashlib
import io
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET
import zlib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.header import Header
from html import escape as html_escape
from email.utils import (format_datetime, formataddr, getaddresses, parseaddr,
                         parsedate_to_datetime)

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("none", "phi", "restricted")
WANT = {"none": 80, "phi": 75, "restricted": 45}
M = []
# slug -> language code, for every message not written in English
LANG = {
    "cita-terapia-albergue": "es", "dat-thong-dich-tam-than": "vi",
    "ordonnance-soins-injection": "fr", "buprenorfina-inicio-chw": "pt",
    "napravlenie-detoks": "ru", "terapia-substytucyjna-klient": "pl",
    "medikaman-vih-vizit": "ht", "adap-recertificacion": "es",
    "huntington-predictive": "ko", "std-jieguo-tongzhi": "zh",
    "mawid-lawlab": "ar", "resulta-pagsusuri-gonorrhea": "tl",
}


# ---------------------------------------------------------------- helpers
def npi(base9):
    """Return a 10-digit NPI whose last digit passes the Luhn check (80840 prefix)."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def dea(letters, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


def pdf(lines, compress=False, title="Document"):
    """Tiny one-page PDF with a Helvetica text content stream."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = "BT /F1 10 Tf 50 760 Td 13 TL\n" + "".join(
        "(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    stream = body.encode("latin-1")
    filt = b""
    if compress:
        stream = zlib.compress(stream, 9)
        filt = b" /Filter /FlateDecode"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + filt + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (wide14 gen) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += (b"trailer\n<< /Size " + str(len(objs) + 1).encode() +
            b" /Root 1 0 R /Info 6 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return out


def blob(seed, n, head=b""):
    r = random.Random(seed)
    return head + bytes(r.randrange(256) for _ in range(n))


def tiff(seed, n=3000):
    return blob(seed, n, b"II*\x00\x08\x00\x00\x00\x0e\x00\x00\x01\x03\x00\x01\x00\x00\x00\xd8\x06")


def docx(seed, n=2600):
    return blob(seed, n, b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")


def hl7(*segs):
    return "\r".join(segs) + "\r"


def A(filename, ctype, data, **kw):
    """An attachment spec. data: str (text/*), bytes, or EmailMessage."""
    return dict(filename=filename, ctype=ctype, data=data, **kw)


def add(label, slug, reason, frm=None, to=None, subj=None, body=None, lang=None, **kw):
    assert label in LABELS, label
    if lang:
        LANG[slug] = lang
    M.append(dict(label=label, slug=slug, reason=reason, frm=frm, to=to,
                  subj=subj, body=body, **kw))


def raw(label, slug, reason, text, lang=None):
    """A message written by hand, headers and all (LF line ends)."""
    if lang:
        LANG[slug] = lang
    M.append(dict(label=label, slug=slug, reason=reason, raw=text))


OUT_POLICY = email.policy.SMTP.clone(max_line_length=76)


def inner(frm, to, subj, body, date, mid, **kw):
    m = EmailMessage(policy=OUT_POLICY)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = mid
    m.set_content(body, **kw)
    return m


# ---------------------------------------------------------------- shared text
CONF = ("CONFIDENTIALITY NOTICE: This message and any attachments are intended only\n"
        "for the addressee and may contain information that is privileged or protected\n"
        "by law. If you received it in error, call 555-0100 and delete it.")
CONF2 = ("This e-mail may contain confidential information. If you are not the intended\n"
         "recipient please notify the sender and destroy all copies.")
PART2 = ("42 CFR Part 2 notice: This information has been disclosed to you from records\n"
         "protected by federal confidentiality rules (42 CFR part 2). The federal rules\n"
         "prohibit you from making any further disclosure of this information unless\n"
         "further disclosure is expressly permitted by the written consent of the person\n"
         "to whom it pertains or as otherwise permitted by 42 CFR part 2.")

# ================================================================ RESTRICTED
# ---- mental health
add("restricted", "csu-discharge-7day-followup",
    "Named client discharged from a crisis stabilisation unit needing a psychiatry follow-up (mental health).",
    "Dana Whitcomb <dwhitcomb@northgate-cm.example.org>",
    "Intake Team <intake@lakeside-psych.example.com>",
    "7-day f/u needed - K. Abernathy",
    """Hi team,

Kevin Abernathy (DOB 04/11/1991) was d/c'd from the crisis stabilisation unit
at St. Brennan's on Friday afternoon. CSU discharge plan calls for a psychiatry
f/u within 7 days and med mgmt - he was restarted on lithium 300 mg BID and
quetiapine 100 qhs while there. He does not have a phone right now, best contact
is through me or the front desk at the Elm St shelter (555-0131).

Can you get him on the schedule Wed or Thu? He prefers afternoons.

Thanks,
Dana Whitcomb, BSW
Care Coordinator | Northgate Community Care Management
555-0117 (o)  555-0118 (c)

""" + CONF)

add("restricted", "crisis-line-callback-note",
    "Documents a 988 follow-up call and safety plan for a named person (mental health crisis care).",
    "Follow-Up Team <followup@crisisline-region4.example.org>",
    "Marcus Oyelaran <moyelaran@chw-hub.example.net>",
    "988 follow-up call completed",
    """Marcus,

988 follow-up call completed 11/02 at 16:40 for Tobias Wrenfield (the referral
you sent Thursday). He picked up on the 2nd attempt. Safety plan reviewed, he
said his sister has the meds locked up now. He agreed to keep the intake appt at
Lakeside on Monday and asked if you could drive him.

Next scheduled check-in call: 11/05.

-- 
Region 4 Crisis Follow-Up
555-0144
""")

add("restricted", "ms-stimulant-dose-change",
    "School nurse tells a parent that a named student's ADHD medication was changed by a child psychiatry clinic (psychiatric ADHD treatment).",
    "Nurse Patrice Galloway <pgalloway@maplecrest-sd.example.org>",
    "Renee Foster <renee.foster@mailbox.example.net>",
    "Kaden - new med authorization form",
    """Good morning Ms. Foster,

I got the fax from Dr. Imani at the Child & Adolescent Psychiatry clinic. Since
the methylphenidate ER dose went up to 36 mg and the noon dose was dropped, I
need a new medication authorization signed before Monday or I can't give the
old noon dose either. The form is the same yellow one, I put a copy in Kaden's
folder.

Thank you!
Patrice Galloway, RN
School Nurse, Maplecrest Middle School
Phone 555-0152  Fax 555-0153
""")

add("restricted", "po-compliance-letter-request",
    "Probation officer and clinic exchange about a named probationer's court-ordered outpatient mental health treatment attendance.",
    "Jerome Tatum <jtatum@probation.county.example.gov.test>",
    "Records <records@harborview-counseling.example.com>",
    "RE: compliance letter - Lopez, Adrian",
    """Thanks. The judge wants the letter before the 11/19 review hearing, so if
the clinician can sign by the 15th that works.

Jerome Tatum
Adult Probation Officer II
County Probation Department
555-0161

From: Records <records@harborview-counseling.example.com>
Sent: Tuesday, November 3, 2026 10:12 AM
To: Jerome Tatum <jtatum@probation.county.example.gov.test>
Subject: RE: compliance letter - Lopez, Adrian

Mr. Tatum,

We have the signed release on file. Mr. Lopez has attended 9 of 10 individual
therapy sessions since the order and is seeing our psychiatrist monthly for med
management. His therapist will write the letter.

Harborview Counseling - Medical Records
555-0162

From: Jerome Tatum
Sent: Monday, November 2, 2026 3:47 PM
To: Records
Subject: compliance letter - Lopez, Adrian

Hello, Adrian Lopez (DOB 09/30/1988) is court-ordered to participate in
outpatient mental health treatment as a condition of probation. Please send a
letter confirming attendance and engagement. Release attached.
""")

add("restricted", "cita-terapia-albergue",
    "Spanish: shelter staff tell a case manager a named resident has therapy for PTSD (mental health).",
    "Lucía Bermúdez <lbermudez@casaesperanza.example.org>",
    "Graciela Montaño <gmontano@familylink-cm.example.net>",
    "Sra. Paredes - cita del jueves",
    """Hola Graciela,

Te escribo sobre la Sra. Marisol Paredes. El jueves 12 tiene cita con su
terapeuta en el Centro Alameda (la terapia para el trastorno de estrés
postraumático) a las 10:30 y no tiene cómo llegar. ¿Puedes pedir el transporte
de Medicaid? Su número de miembro es MCD-4471902.

También dice que se le acabó la sertralina el domingo.

Gracias,
Lucía
Casa Esperanza - Albergue para familias
Tel. 555-0174
""", charset="iso-8859-1", cte="quoted-printable")

add("restricted", "residential-ed-bed-offer",
    "Named patient accepted to a residential eating disorder program with insurance authorisation (mental health).",
    "Admissions <admissions@willowcrest-recovery.example.com>",
    "Hannah Petrakis <hpetrakis@valleypeds.example.org>",
    "Bed offer for Sophie M. - Monday 11/16",
    """Dr. Petrakis,

Following up on your referral: the residential program accepted Sophie
Marchetti (DOB 2009-02-17) for admission on Monday 11/16. Our medical director
reviewed the labs you sent; given the bradycardia (HR 44 at your office) we want
a repeat ECG and BMP within 72 h of admission. Insurance approved 14 days of
residential ED treatment under auth # RA-2026-118830; concurrent review on day 10.

Family arrival time is 9:00 am. Please send the current weight trend.

Willowcrest Admissions
555-0181
""")

add("restricted", "bhu-dc-summary-attached",
    "PHI is only in the attached PDF: an inpatient psychiatric unit discharge summary for a named patient.",
    "Cheryl Bao <cbao@stbrennans.example.org>",
    "Referrals <referrals@lakeside-psych.example.com>",
    "d/c summary as requested",
    """Attached as requested. Please confirm receipt.

Cheryl Bao
Discharge Planning, St. Brennan's Hospital
555-0120
""",
    atts=[A("DCSummary_110326.pdf", "application/pdf", pdf([
        "St. Brennan's Hospital - Behavioral Health Unit 4 West",
        "DISCHARGE SUMMARY",
        "Patient: Okafor, Ngozi   MRN: 22019457   DOB: 07/22/1979",
        "Admit: 10/27/2026   Discharge: 11/03/2026",
        "Dx: Bipolar I disorder, current episode manic, severe (F31.13)",
        "Hospital course: admitted on involuntary hold; stabilised on",
        "divalproex 1000 mg qhs and olanzapine 10 mg qhs.",
        "Follow-up: outpatient psychiatry within 7 days; therapy referral.",
        "Attending: R. Castellano, MD",
    ], compress=True, title="Discharge Summary"))])

add("restricted", "fmla-cert-section-iii",
    "FMLA certification for a named employee describing intermittent leave for depression therapy and psychiatry visits.",
    "Leave Administration <leave@brightpath-hr.example.com>",
    "Tonya Reyes <treyes@corvallo-mfg.example.net>",
    "FMLA certification received - employee 10442",
    """Hi Tonya,

We received the completed WH-380-E for Daniel Sato (employee 10442). The
provider certified intermittent leave from 11/01/2026 to 04/30/2027:

  Condition: major depressive disorder, recurrent, under active treatment
  Frequency: weekly psychotherapy (1 hr) plus monthly psychiatric medication
             visits; flare-ups up to 2 days per month

The leave is approved. Please do not place the certification in his personnel
file; it goes in the confidential medical file only.

BrightPath Leave Administration
555-0133
""")

add("restricted", "dat-thong-dich-tam-than",
    "Vietnamese: interpreter booking for a named patient's psychiatry session, with MRN (mental health).",
    "Điều phối Thông dịch <dieuphoi@lotus-interpreting.example.net>",
    "Scheduling <schedule@lakeside-psych.example.com>",
    "Xác nhận thông dịch viên - 14/11",
    """Kính gửi phòng lịch hẹn,

Chúng tôi xác nhận thông dịch viên tiếng Việt (chị Hồ Thị Mai) cho buổi khám
tâm thần của bệnh nhân Nguyễn Thị Lan, MRN 55102938, với bác sĩ Hà vào thứ Bảy
14/11 lúc 9:00. Bệnh nhân đang điều trị trầm cảm và lo âu, xin cho thông dịch
viên 90 phút vì có cả buổi trị liệu.

Interpreter confirmed: Vietnamese, 11/14 09:00, 90 min.

Lotus Interpreting
555-0146
""", cte="base64")

add("restricted", "wc-claim-ptsd-therapy-auth",
    "Workers' compensation authorisation request for PTSD psychotherapy for a named claimant with claim number.",
    "Angela Mwangi <amwangi@sentinel-comp.example.com>",
    "UR Nurse <ur@keystone-wcadmin.example.net>",
    "Auth request - Claim WC-26-004417 - Ruiz, Hector",
    """Please review the attached request from Dr. Feldman.

Claimant: Hector Ruiz
Claim: WC-26-004417   DOI: 06/14/2026 (armed robbery at store)
Accepted body part: psyche
Request: 12 sessions trauma-focused CBT for PTSD, 90837, plus psychiatric
eval 90792. Current meds prazosin 2 mg qhs for nightmares.

Angela Mwangi
Claims Adjuster, Sentinel Comp
555-0140
""")

add("restricted", "intake-confirm-tuesday",
    "borderline: Sensitive only through the display name: a psychiatry practice intake desk confirms an individual's appointment.",
    "Riverbend Psychiatry & Therapy - Intake <noreply@riverbend-ptc.example.com>",
    "Jamal Prescott <jprescott77@mailbox.example.net>",
    "Appointment confirmed",
    """Hi Jamal,

Your appointment is confirmed for Tuesday 11/17 at 2:00 pm. Please arrive 15
minutes early to complete paperwork.

Reply C to confirm or call 555-0156 to reschedule.
""")

add("restricted", "ordonnance-soins-injection",
    "French: court-ordered psychiatric care with long-acting antipsychotic injection for a named patient (schizophrenia).",
    "Sylvie Lamarre <s.lamarre@cmp-rivenord.example.fr.test>",
    "Infirmerie <infirmerie@foyer-lespins.example.fr.test>",
    "M. Benali - programme de soins / injection",
    """Bonjour,

Pour M. Karim Benali (né le 03/05/1985), le programme de soins sans consentement
a été renouvelé par le juge la semaine dernière. Il reste suivi au CMP pour sa
schizophrénie ; la prochaine injection de palipéridone retard est prévue le
mardi 17 novembre à 10 h. Merci de l'accompagner ou de nous prévenir au
01 55 50 01 47 s'il refuse.

Cordialement,
Sylvie Lamarre
Infirmière, CMP Rive Nord
""", charset="iso-8859-1", cte="8bit")

# ---- substance use
add("restricted", "iop-attendance-court",
    "Named client is court-mandated to an intensive outpatient substance-use programme; attendance exchange (Part 2).",
    "Ray Dellinger <rdellinger@probation.county.example.gov.test>",
    "Counselor Tia Brooks <tbrooks@newdawn-recovery.example.org>",
    "Re: weekly attendance - Cole Haverty",
    """Tia, thanks. Judge Ames asked specifically whether he's been testing clean.

> On Nov 4, 2026, at 9:02 AM, Tia Brooks <tbrooks@newdawn-recovery.example.org> wrote:
>
> Ray,
> Client is court-mandated to the IOP (3x/week). Cole attended Mon and Wed,
> missed Friday - said he had a work shift. UDS on Monday was negative.
> Consent on file covers attendance and UDS results to probation only.
>
> Tia Brooks, CADC
> New Dawn Recovery Services
> 555-0171
>
> """ + PART2.replace("\n", "\n> ") + """

Ray Dellinger
Probation Officer
555-0165
""")

add("restricted", "front-desk-monday-730",
    "borderline: Display name identifies a methadone clinic front desk confirming an individual's appointment (substance-use treatment).",
    "Harbor Methadone Clinic Front Desk <frontdesk@harbor-otp.example.com>",
    "Shawn Kettering <skettering@mailbox.example.net>",
    "Your Monday appointment",
    """Hi Shawn, confirming you are moved to 7:30 am Monday. Bring your ID.
""")

add("restricted", "bed-date-thursday",
    "Case manager tells shelter a named resident was accepted to a residential substance-use programme after detox.",
    "Felipe Orozco <forozco@familylink-cm.example.net>",
    "Desk <desk@elmstreet-shelter.example.org>",
    "Marcus W. - bed date",
    """Good news - the residential program accepted him. Marcus Whitfield has a bed
at Cedar House starting Thursday 11/12 once he completes detox at Mercy (he went
in last night, 3-5 days). Please hold his locker until Friday and don't release
the bed until I confirm he transferred.

Felipe
555-0124
""")

add("restricted", "otp-rides-week46",
    "NEMT schedule of daily rides for a named member to an opioid treatment programme.",
    "Dispatch <dispatch@bluebird-nemt.example.com>",
    "Trip Coordination <trips@comunidad-health.example.org>",
    "Standing order rides - wk 46",
    """Standing order confirmed for week 46. See attached trip sheet.

Bluebird NEMT Dispatch 555-0179
""",
    atts=[A("standing_order_wk46.csv", "text/csv",
            "trip_id,member_id,member_name,pickup,destination,appt_time,days\n"
            "T-884120,MCD-5530918,Renata Kowalski,412 Birch Ln,Harbor OTP (methadone dosing) 88 Wharf St,06:45,Mon-Sat\n"
            "T-884121,MCD-5530918,Renata Kowalski,Harbor OTP 88 Wharf St,412 Birch Ln,07:30,Mon-Sat\n")])

add("restricted", "sublocade-pa-renewal",
    "Prior authorisation renewal for monthly extended-release buprenorphine injection for a named member.",
    "PA Desk <pa@meridian-rx.example.com>",
    "Clinic Staff <staff@oakfield-primarycare.example.org>",
    "PA approved - member M88213094",
    """The prior authorization for Sublocade 100 mg monthly injection has been
approved for:

  Member: Dwayne Pruitt     Member ID: M88213094     DOB: 01/19/1983
  Dx: F11.20 Opioid use disorder, moderate
  Approved: 11/01/2026 - 04/30/2027 (6 fills, specialty pharmacy ship-to-clinic)

Meridian Rx Prior Authorization
Fax 555-0187
""")

add("restricted", "hl7-adt-a01-unit-feed",
    "PHI only in attached HL7 ADT: admission of a named patient to a withdrawal management (detox) unit.",
    "Interface Engine <hl7-alerts@mercy-health.example.org>",
    "Bed Board <bedboard@mercy-health.example.org>",
    "ADT feed for reconciliation",
    "Message attached for reconciliation (queue 4).\n",
    atts=[A("ADT_A01_0000931.hl7", "application/hl7-v2", hl7(
        "MSH|^~\\&|EPIC|MERCY|BEDBOARD|MERCY|20261103221500||ADT^A01|0000931|P|2.5.1",
        "EVN|A01|20261103221500",
        "PID|1||30488812^^^MERCY^MR||GALLAGHER^BRENDAN^T||19760614|M|||77 Quarry Rd^^Millbrook^PA^19055",
        "PV1|1|I|DETOX^D12^A|E|||4471^STROUD^ELAINE|||||||||||V4471|||||||||||||||||||||||||20261103215000",
        "DG1|1||F10.230^Alcohol dependence with withdrawal, uncomplicated^I10",
    ).encode())])

add("restricted", "buprenorfina-inicio-chw",
    "Portuguese: community health worker reports a named patient started buprenorphine for opioid use disorder.",
    "Joana Carvalho <jcarvalho@saudecomunitaria.example.net>",
    "Equipe Clínica <clinica@oakfield-primarycare.example.org>",
    "Sr. Tavares - início da buprenorfina",
    """Olá equipe,

Visitei o Sr. Rogério Tavares ontem. Ele iniciou a buprenorfina/naloxona
(8/2 mg) na sexta, conforme o plano para transtorno por uso de opioides, e disse
que a vontade de usar diminuiu muito. Ainda não buscou a receita da segunda
semana na farmácia. Próxima consulta com a Dra. Lima: 19/11.

Abraços,
Joana Carvalho
Agente comunitária de saúde - 555-0128
""", charset="iso-8859-1", cte="quoted-printable")

add("restricted", "naltrexone-start-pcp-note",
    "PCP tells a case manager a named patient began naltrexone for alcohol use disorder.",
    "Dr. Miriam Castellanos <mcastellanos@oakfield-primarycare.example.org>",
    "Gail Horvath <ghorvath@northgate-cm.example.org>",
    "Re: Leonard Fitch",
    """Gail -- saw Leonard today. We started naltrexone 50 mg daily for the AUD; LFTs
were ok. He declined a referral to the outpatient program for now but agreed to
come back in 4 wks. If he shows up at the shelter intoxicated again please call
me rather than EMS if he's safe. 

MC

-----Original Message-----
From: Gail Horvath
Sent: Monday, November 9, 2026 8:15 AM
To: Miriam Castellanos
Subject: Leonard Fitch

Hi Dr C, Leonard Fitch (DOB 2/2/1968) has his appt with you today. Shelter staff
report heavy drinking again. Anything we can do?
""")

add("restricted", "cm-voucher-week4",
    "Contingency management progress and urine drug screen for a named client (substance-use treatment).",
    "Ximena Duarte <xduarte@newdawn-recovery.example.org>",
    "Case Mgmt <cm@familylink-cm.example.net>",
    "Alicia's CM progress",
    """Quick update: Alicia Brandt earned her 4th voucher in the contingency
management program this week - 8 consecutive stimulant-negative UDS. Prize
draw count is up to 6. She asked if you could help her use the gift cards for
bus passes.

Ximena
""" + "\n" + PART2)

add("restricted", "napravlenie-detoks",
    "Russian (KOI8-R): social worker refers a named client for detox and rehabilitation.",
    "Ольга Смирнова <osmirnova@socservice.example.ru.test>",
    "Приёмное отделение <priem@narcocenter.example.ru.test>",
    "Направление: Петров И.С.",
    """Здравствуйте,

Направляю Петрова Игоря Сергеевича, 12.08.1979 г.р., на детоксикацию с
последующей реабилитацией. Употребляет алкоголь ежедневно около 10 лет, в
прошлом месяце были судороги при отмене. Согласие на передачу сведений
подписано, прилагаю скан.

Ольга Смирнова
социальный работник
тел. 555-0139
""", charset="koi8-r", cte="8bit")

add("restricted", "part2-roi-vendor-request",
    "ROI vendor requests records from a substance-use programme for a named patient under a Part 2 consent.",
    "Request Processing <requests@clearchart-roi.example.com>",
    "Records <records@newdawn-recovery.example.org>",
    "Records request #RQ-7781204 - Jenkins, Tamara",
    """Hello,

On behalf of Hollis & Park LLP we request copies of the following for:

  Patient: Tamara Jenkins   DOB: 05/09/1990
  Dates: 01/01/2025 - present
  Records: admission assessment, treatment plan, attendance, discharge summary
           from your opioid treatment program

A Part 2 compliant consent signed by the patient (naming Hollis & Park LLP and
stating purpose: litigation) is attached. Please do not send records that are
outside the consent's scope.

ClearChart ROI Services
555-0190
""",
    atts=[A("consent_RQ-7781204.pdf", "application/pdf", pdf([
        "CONSENT FOR DISCLOSURE OF SUBSTANCE USE DISORDER RECORDS (42 CFR Part 2)",
        "I, Tamara Jenkins (DOB 05/09/1990), authorize New Dawn Recovery Services",
        "to disclose records of my treatment to Hollis & Park LLP.",
        "Purpose: litigation. Expires: 12/31/2026.",
        "Signature: Tamara Jenkins   Date: 10/30/2026",
    ], title="Consent"))])

add("restricted", "terapia-substytucyjna-klient",
    "Polish (ISO-8859-2): named client in methadone substitution therapy, dose and take-home rules.",
    "Agnieszka Wróbel <a.wrobel@poradnia-most.example.pl.test>",
    "Tomasz Zieliński <t.zielinski@mops-dzielnica.example.pl.test>",
    "Pan Marek Nowicki - terapia substytucyjna",
    """Dzień dobry,

Potwierdzam, że pan Marek Nowicki (ur. 22.03.1981) jest od września w naszym
programie terapii substytucyjnej metadonem, obecna dawka 80 mg. Od grudnia może
dostać dawki na weekend do domu, jeśli testy będą czyste. Proszę o informację,
czy mieszkanie chronione przyjmie go przed świętami.

Pozdrawiam,
Agnieszka Wróbel
Poradnia MOST, tel. 22 555 01 41
""", charset="iso-8859-2", cte="quoted-printable")

# ---- HIV
add("restricted", "shelter-intake-id-clinic-meds",
    "borderline: Obliquely discloses a named shelter resident's HIV care (Ryan White case manager, ID clinic meds).",
    "Rosa Delgado <rdelgado@ryanwhite-cm.example.org>",
    "Intake <intake@harmony-house.example.org>",
    "Re: intake tomorrow - Keisha",
    """Hi, yes I'm her Ryan White case manager. Keisha Boateng is followed by the ID
clinic for her meds - she has to take them every day with food, so please make
sure she can keep them with her and isn't locked out at breakfast. Her next ID
clinic appt is 11/18 at 1:15; I arranged the ride.

Rosa
555-0151
""")

add("restricted", "fhir-obs-bundle-lab-feed",
    "PHI only in the attached FHIR bundle: HIV-1 viral load observation for a named patient.",
    "Lab Results Service <results@tri-county-lab.example.com>",
    "Inbox <interface@oakfield-primarycare.example.org>",
    "Results bundle 20261105-17",
    "Bundle attached. 1 entry.\n",
    atts=[A("bundle-20261105-17.json", "application/fhir+json", b"""{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "p1",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "MRN40092871"}],
      "name": [{"family": "Villanueva", "given": ["Rafael"]}],
      "birthDate": "1986-08-02"}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "20447-9",
        "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"}]},
      "subject": {"reference": "Patient/p1"},
      "effectiveDateTime": "2026-11-04",
      "valueQuantity": {"value": 48, "unit": "copies/mL"}}}
  ]
}
""")])

add("restricted", "prep-refill-ready",
    "Message to a patient that their PrEP refill is ready (HIV prevention).",
    "Eastside Pharmacy <rx@eastside-pharmacy.example.com>",
    "Diego Almeida <diego.almeida@mailbox.example.net>",
    "Your prescription is ready",
    """Hi Diego,

Your PrEP refill (emtricitabine/tenofovir DF 200/300 mg, 30 tablets) is ready
for pickup at Eastside Pharmacy, 300 Main St. Reminder: your quarterly HIV test
is due before your next refill.

Eastside Pharmacy 555-0168
""")

add("restricted", "medikaman-vih-vizit",
    "Haitian Creole: community health worker reports a named patient missing HIV medication doses.",
    "Widline Pierre-Louis <wpierrelouis@chw-hub.example.net>",
    "Klinik ID <idclinic@mercy-health.example.org>",
    "Mesye Jean-Baptiste - li manke dòz",
    """Bonjou,

Mwen te vizite Mesye Fritznel Jean-Baptiste lakay li jodi a. Li di li manke
4 dòz medikaman pou VIH li semèn sa a paske li te pèdi kat asirans li. Li
bezwen yon lòt randevou anvan 20 novanm. Nimewo dosye li se 61288470.

Mèsi,
Widline Pierre-Louis
Travayè sante kominotè - 555-0126
""")

add("restricted", "dental-medhx-update",
    "Dental practice records a named patient's HIV status and antiretroviral therapy before oral surgery.",
    "Dr. Alan Strickland DDS <astrickland@brightsmile-dental.example.com>",
    "Dr. Naomi Frey <nfrey@oakfield-primarycare.example.org>",
    "medical clearance - Terrence Holloway, ext 17/18",
    """Dr. Frey,

Terrence Holloway (DOB 3/14/1972) is scheduled for extraction of #17 and #18 on
11/20. His updated med hx lists HIV on Biktarvy, last viral load undetectable per
patient. Could you send his most recent CBC w/ platelets and CD4 so we can clear
him? No antibiotic prophylaxis planned unless you advise otherwise.

Alan Strickland, DDS
Bright Smile Dental | 555-0159
""")

add("restricted", "case-report-form-new-dx",
    "Individual public-health case report of a new HIV diagnosis for a named person.",
    "Infection Prevention <ip@mercy-health.example.org>",
    "HIV Surveillance <hivsurv@health.state.example.gov.test>",
    "[encrypt] adult case report - 1 new",
    """Attached is one adult HIV/AIDS confidential case report.

Name: Carmen Esquivel   DOB 11/23/1994   Sex at birth F
Dx date: 10/29/2026, HIV-1/2 Ag/Ab reactive, HIV-1 confirmed by differentiation assay
Initial VL 38,400 copies/mL, CD4 412. Linked to care 11/02 (Mercy ID clinic).
Partner services referral requested.

Mercy Infection Prevention 555-0121
""")

add("restricted", "adap-recertificacion",
    "Spanish: AIDS drug assistance programme recertification for a named client.",
    "Gabriela Ortiz <gortiz@ryanwhite-cm.example.org>",
    "ADAP Eligibilidad <adap@health.state.example.gov.test>",
    "Recertificación ADAP - José Luis Ferreira",
    """Buenas tardes,

Envío la recertificación semestral del programa ADAP para el cliente José Luis
Ferreira (fecha de nacimiento 07/07/1969, ID ADAP 300-228-14). Sigue en
tratamiento antirretroviral con Dovato; carga viral indetectable en octubre.
Adjunto prueba de ingresos y domicilio.

Gabriela Ortiz
Administradora de casos Ryan White
555-0151
""")

add("restricted", "paramed-lab-addendum",
    "Life-insurance exam lab report for a named applicant including an HIV antibody result.",
    "Underwriting Lab Services <results@apexlab-ins.example.com>",
    "Underwriting <uw@harrowgate-life.example.com>",
    "Lab addendum - applicant 7Q-440182",
    """Lab results for paramedical exam of 10/30/2026:

Applicant: Victor Anselmo   DOB 06/18/1977   Policy app 7Q-440182
Total cholesterol 238 mg/dL, HDL 41, HbA1c 5.9%
Cotinine: negative
HIV-1/2 antibody: reactive on screen; Western blot pending
Urine protein/creatinine within range

Apex Lab - Insurance Services 555-0193
""")

# ---- genetic
add("restricted", "gc-referral-family-hx",
    "Referral of a named patient to genetic counselling for BRCA testing.",
    "Oakfield Primary Care Referrals <referrals@oakfield-primarycare.example.org>",
    "Genetics Scheduling <genetics@cancer-inst.example.org>",
    "Referral: Monique Albright - genetics",
    """Please schedule genetic counseling and BRCA1/2 testing for:

Monique Albright, DOB 10/02/1984, MRN OPC-771203
Reason: mother dx breast ca at 41, maternal aunt ovarian ca at 52.
Insurance: Cascade Health PPO, member CH90021877.

Thank you,
Oakfield Primary Care Referral Coordinator
555-0112
""")

add("restricted", "result-letter-attached",
    "PHI only in the attachment: a named patient's BRCA2 pathogenic variant result letter.",
    "Lena Okoro, MS, CGC <lokoro@cancer-inst.example.org>",
    "Dr. Naomi Frey <nfrey@oakfield-primarycare.example.org>",
    "result letter for your pt",
    """Hi Dr. Frey, result letter attached for your records. We've already
disclosed to the patient by phone. Happy to discuss cascade testing for
relatives.

Lena Okoro, MS, CGC
Cancer Genetics Program | 555-0114
""",
    atts=[A("letter.pdf", "application/pdf", pdf([
        "Cancer Genetics Program - Result Letter",
        "Patient: Dolores Fairbanks   DOB 1969-05-30   MRN CI-5502819",
        "Test: BRCA1/BRCA2 full gene sequencing and del/dup",
        "Result: POSITIVE - BRCA2 c.5946delT (p.Ser1982fs), pathogenic",
        "Recommendations: high-risk breast screening, discuss RRSO,",
        "cascade testing offered to first-degree relatives.",
    ], compress=True, title="Result"))])

add("restricted", "carrier-screen-cf-prenatal",
    "Carrier screening result (cystic fibrosis carrier) for a named pregnant patient.",
    "Prenatal Genetics Lab <reports@genomix-lab.example.com>",
    "OB Nurse Line <obnurse@westhaven-ob.example.org>",
    "Carrier screening report - Kowalczyk, Anna",
    """Expanded carrier screening report available for Anna Kowalczyk
(DOB 1993-09-14, accession GX-26-118807).

Result: carrier of CFTR F508del (cystic fibrosis). Partner testing recommended.
Genetic counseling is available at no charge: 555-0196.
""")

add("restricted", "huntington-predictive",
    "Korean (EUC-KR): a named patient's predictive Huntington disease genetic testing and counselling.",
    "김수진 <sjkim@neuro-clinic.example.kr.test>",
    "박민호 사회복지사 <mhpark@welfare-center.example.kr.test>",
    "이정훈 님 유전자 검사 상담",
    """박민호 선생님께,

이정훈 님(1988년 4월 2일생)께서 헌팅턴병 예측 유전자 검사를 받기로 하셨습니다.
검사 전 유전 상담은 11월 23일 오후 2시이며, 결과 공개 시 보호자 동반을
권합니다. 상담 당일 교통편을 도와주실 수 있을까요?

김수진 드림
신경과 코디네이터 02-555-0142
""", charset="euc-kr", cte="base64")

add("restricted", "aps-lynch-results",
    "Life insurer requests a named applicant's Lynch syndrome genetic test results from an attending physician.",
    "APS Unit <aps@harrowgate-life.example.com>",
    "Medical Records <hiim@valley-gi.example.org>",
    "APS request - Gerald Okonjo - incl. genetic testing",
    """Please provide an Attending Physician Statement for:

Gerald Okonjo, DOB 12/12/1970, policy application HG-2210983
Include: colonoscopy reports 2022-2026, pathology, and the MLH1 germline
testing result referenced in the 2024 note (Lynch syndrome evaluation).

Authorization signed by applicant attached. Fee up to $25 will be paid.

Harrowgate Life - APS Unit 555-0194
""")

add("restricted", "ccda-toc-genetics-section",
    "PHI only in the attached C-CDA: named patient's genetic test result (MLH1 pathogenic variant).",
    "HIE Router <router@regional-hie.example.net>",
    "Inbound CCD <ccd-inbox@valley-gi.example.org>",
    "Inbound document 9f2c-4410",
    "Document attached. Type: Continuity of Care Document.\n",
    atts=[A("CCD_9f2c-4410.xml", "text/xml", """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id extension="MRN88430211" root="2.16.840.1.113883.3.9999.2"/>
    <patient><name><given>Beatriz</given><family>Sandoval</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19750911"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Results</title>
      <text><table><tr><td>Germline genetic panel</td><td>MLH1 c.350C&gt;T pathogenic variant detected (Lynch syndrome)</td><td>2026-09-22</td></tr></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""")])

# ---- reproductive
add("restricted", "sbhc-depo-due",
    "School-based health centre note about a named student's contraceptive counselling and Depo injection.",
    "SBHC Nurse <sbhc@riverton-high.example.org>",
    "Care Coordinator <coord@teenwell-clinic.example.org>",
    "Depo due 1/10 - Aaliyah R.",
    """Aaliyah Robinson (DOB 2009-06-01) came in for contraceptive counseling today.
She wants to stay on Depo; next injection due 1/10-1/24. She asked that nothing
be mailed home. Please set up the reminder through the school portal only.

SBHC Riverton High - 555-0173
""")

add("restricted", "ride-and-interpreter-procedure",
    "Case manager coordinates transport and interpreter for a named patient's pregnancy termination.",
    "Marisa Lund <mlund@familylink-cm.example.net>",
    "Access Fund Coordinator <coord@access-fund.example.org>",
    "transport for Fatima's appointment 11/13",
    """Hi,

Fatima Yusuf's procedure (second-trimester termination) at the Women's Options
Center is confirmed for Friday 11/13, 8:00 am, two-day. She needs a Somali
interpreter both days and a ride from Lakewood; the fund approved lodging one
night. Could you confirm the ride by Wed?

Marisa Lund, MSW
555-0125
""")

add("restricted", "ivf-cycle-billing",
    "Fertility clinic billing a named patient's IVF cycle with member ID.",
    "Billing - Beacon Fertility <billing@beacon-fertility.example.com>",
    "Lauren Mitchell <lauren.mitchell@mailbox.example.net>",
    "Statement for your IVF cycle",
    """Dear Lauren,

Your statement for the IVF cycle started 09/28/2026 is attached. Cascade Health
(member CH77120390) paid $8,412.00 under your fertility benefit; your balance for
egg retrieval anesthesia and embryo cryopreservation is $1,265.00.

Pay online or call 555-0197.
""",
    atts=[A("Statement_BF-2026-04471.pdf", "application/pdf", pdf([
        "Beacon Fertility - Patient Statement   Account BF-2026-04471",
        "Lauren Mitchell   Statement date 11/06/2026",
        "09/28/2026  IVF cycle management (stimulation monitoring)   $6,900.00",
        "10/11/2026  Oocyte retrieval, anesthesia                    $1,480.00",
        "10/16/2026  Embryo cryopreservation, 1st year storage       $1,297.00",
        "Insurance paid (Cascade Health)                            -$8,412.00",
        "Balance due                                                 $1,265.00",
    ], compress=True, title="Statement"))])

add("restricted", "std-jieguo-tongzhi",
    "Chinese (GB2312): a clinic tells a named patient their chlamydia test was positive and treatment was sent.",
    "社区诊所 <clinic@huaren-health.example.cn.test>",
    "王磊 <wanglei88@mailbox.example.net>",
    "您的检测结果",
    """王磊先生您好：

您10月30日的衣原体检测结果为阳性。医生已将多西环素处方发送到您常用的药房，
请连续服用7天，并建议您的伴侣也进行检查。如有疑问请致电 555-0135。

华人社区健康中心
""", charset="gb2312", cte="base64")

add("restricted", "mawid-lawlab",
    "Arabic: appointment for a named patient's IUD insertion (contraceptive care).",
    "عيادة صحة المرأة <womenshealth@nour-clinic.example.org>",
    "ليلى حداد <layla.haddad@mailbox.example.net>",
    "موعد تركيب اللولب",
    """السيدة ليلى حداد المحترمة،

نؤكد موعدك لتركيب اللولب الهرموني يوم الإثنين 16 نوفمبر الساعة 11:00 صباحاً
مع الدكتورة سلمى. يرجى تناول مسكن قبل الموعد بساعة.

للاستفسار: 555-0138
""")

add("restricted", "resulta-pagsusuri-gonorrhea",
    "Tagalog: a clinic tells a named patient their gonorrhoea test result and treatment appointment.",
    "Klinika Bayanihan <klinika@bayanihan-health.example.org>",
    "Mark Villareal <markv@mailbox.example.net>",
    "Resulta ng iyong pagsusuri",
    """Magandang araw Mark,

Positibo ang resulta ng iyong gonorrhea test noong Nob 2. Kailangan mong bumalik
para sa iniksyon (ceftriaxone) - may bakante bukas 3:00 pm. Hinihikayat din
naming ipasuri ang iyong partner.

Klinika Bayanihan 555-0137
""")

add("restricted", "rpr-reactive-elr-case",
    "Individual public-health case report of syphilis (an STI result) for a named person.",
    "Lab Reporting <elr@tri-county-lab.example.com>",
    "STD Program <stdprog@health.county.example.gov.test>",
    "Reportable result - RPR reactive",
    """Reportable condition notification

Patient: Tyrell Banks  DOB 02/27/1998  Phone 555-0107
Ordering: Eastside Urgent Care
RPR reactive 1:32, TP-PA reactive, collected 11/03/2026
""",
    atts=[A("ELR_ORU_R01_55102.hl7", "application/hl7-v2", hl7(
        "MSH|^~\\&|TCLAB|TRICOUNTY|ELR|COUNTYDOH|20261104083000||ORU^R01|55102|P|2.5.1",
        "PID|1||TC7713028^^^TCLAB^MR||BANKS^TYRELL||19980227|M",
        "OBR|1||A26-55102|20507-0^RPR^LN|||20261103",
        "OBX|1|SN|20507-0^RPR^LN||^1^:^32|titer|||||F",
    ).encode())])



# ---------------------------------------------------------------- more helpers
def _ics_text(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(uid, start, end, summary, description="", location="", organizer=None,
        attendees=(), method="REQUEST", rrule=None, tzid="America/New_York"):
    """A small iCalendar object (CRLF, folded at 75 octets)."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
         "VERSION:2.0", "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
         "DTSTAMP:20261101T120000Z",
         "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
         "SUMMARY:" + _ics_text(summary)]
    if rrule:
        L.append("RRULE:" + rrule)
    if location:
        L.append("LOCATION:" + _ics_text(location))
    if description:
        L.append("DESCRIPTION:" + _ics_text(description))
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, addr in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, addr))
    L += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(l) for l in L) + "\r\n"


def csvtext(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def fax_tiff(seed):
    return tiff(seed, 2400)


# invented staff identifiers (check digits computed, not assigned to anyone)
NPI_FREY = npi("188204417")
NPI_CASTELLANOS = npi("160331928")
NPI_OSEI = npi("125509873")
NPI_LINDQVIST = npi("143877210")
NPI_HALE = npi("199120034")
NPI_MORROW = npi("172260518")
DEA_FREY = dea("BF", "318204")

OPC_SIG = """Oakfield Primary Care | Referral Coordination
2200 Oakfield Pkwy, Suite 110, Millbrook PA 19055
Ph 555-0112 | Fax 555-0113"""

# ================================================================ PHI
add("phi", "cardiology-referral-afib",
    "Referral of a named patient with new atrial fibrillation to cardiology; referral letter PDF attached.",
    "Brittany Sole <bsole@oakfield-primarycare.example.org>",
    "New Patient Referrals <np-referrals@keystone-heart.example.com>",
    "Referral - Harold Vance - new onset AF",
    """Hello,

Please see attached referral for Harold Vance (DOB 08/14/1951). Dr. Frey saw him
11/04 for palpitations, ECG showed AF w/ RVR 118. Started metoprolol succinate
25 mg and apixaban 5 mg BID. Echo ordered but not done yet.

Pt would like first available with Dr. Osei if possible, he has seen him before
for a murmur in 2022. Insurance is Cascade Health Medicare Advantage, ID on the
letter. Last office note and ECG are in the same PDF.

Thanks!
Brittany Sole
""" + OPC_SIG,
    atts=[A("Referral_Vance_H_110426.pdf", "application/pdf", pdf([
        "OAKFIELD PRIMARY CARE - REFERRAL",
        "To: Keystone Heart Associates, Attn: Kwame Osei, MD",
        "Patient: Harold Vance   DOB 08/14/1951   MRN OPC-448120",
        "Insurance: Cascade Health MA   Member ID CHM-20774196",
        "Reason: new onset atrial fibrillation (I48.91), CHA2DS2-VASc 3",
        "Meds: metoprolol succinate 25 mg daily, apixaban 5 mg BID,",
        "      lisinopril 10 mg daily, atorvastatin 40 mg",
        "Urgency: routine - within 2 weeks",
        "Referring: Naomi Frey, MD   NPI " + NPI_FREY,
    ], compress=True, title="Referral"))])

add("phi", "um-approval-mri-lspine",
    "Payer utilisation-management notice approving a lumbar MRI for a named member (auth number, CPT, dx).",
    "Cascade Health UM <um-notify@cascadehealth.example.com>",
    "Front Office <frontoffice@riverside-ortho.example.org>",
    "Authorization determination: APPROVED  Ref# UM2611-448302",
    None,
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>A determination has been made on the request below.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Member</th><td>PATEL, ANJALI</td></tr>
<tr><th align="left">Member ID</th><td>CH60492017</td></tr>
<tr><th align="left">DOB</th><td>03/22/1978</td></tr>
<tr><th align="left">Service</th><td>72148 MRI lumbar spine w/o contrast</td></tr>
<tr><th align="left">Diagnosis</th><td>M54.16 Radiculopathy, lumbar region</td></tr>
<tr><th align="left">Requesting provider</th><td>Gareth Lindqvist, MD (NPI """ + NPI_LINDQVIST + """)</td></tr>
<tr><th align="left">Servicing facility</th><td>Riverside Imaging Center</td></tr>
<tr><th align="left">Decision</th><td><b>APPROVED</b> 1 unit</td></tr>
<tr><th align="left">Valid</th><td>11/09/2026 - 02/06/2027</td></tr>
</table>
<p>This is not a guarantee of payment. Benefits are subject to eligibility on the date of service.</p>
<p style="color:#777;font-size:11px">Cascade Health Utilization Management &middot; Provider line 555-0140 &middot;
Do not reply to this automated message.</p>
</body></html>
""")

add("phi", "tka-denial-p2p-window",
    "Payer denies a named member's total knee arthroplasty and offers a peer-to-peer; reply between office staff.",
    "Kelsey Marchand <kmarchand@riverside-ortho.example.org>",
    "Dr. Gareth Lindqvist <glindqvist@riverside-ortho.example.org>",
    "FW: TKA denied - Barbara Quill - P2P by Fri",
    """Dr L - Cascade denied Barbara Quill's R TKA (27447) for 12/8. Reason below.
P2P window closes Friday 5pm, their line is 555-0141 opt 3, ref UM2610-330917.
I think PT notes from Summit PT show 10 wks, not 6, so may be we just didn't
send them? Let me know if you want me to set up the call or just resubmit.

Kelsey

---------- Forwarded message ---------
From: Cascade Health UM <um-notify@cascadehealth.example.com>
Date: Mon, Nov 16, 2026 at 2:41 PM
Subject: Authorization determination: DENIED Ref# UM2610-330917

Member: QUILL, BARBARA   ID CH11873045   DOB 05/30/1956
Service: 27447 Arthroplasty, knee, condyle and plateau; medial AND lateral
Dx: M17.11 Unilateral primary osteoarthritis, right knee
Determination: DENIED - Medical necessity criteria not met. Documentation does
not show at least 12 weeks of conservative management including physical
therapy and a trial of intra-articular injection, or BMI < 40 (documented BMI
41.2).
""")

add("phi", "direct-ccd-chf-discharge",
    "Direct-message discharge notification to the PCP with a C-CDA: named patient's heart failure admission and meds.",
    "Mercy Health Direct <notifications@direct.mercy-health.example.org>",
    "Naomi Frey MD <nfrey@direct.oakfield-primarycare.example.org>",
    "Transition of Care Document",
    """A Transition of Care/Referral Summary is attached for a patient discharged
from Mercy Health Medical Center.

Discharge date: 11/12/2026
Disposition: Home with home health

This message was sent using Direct secure messaging.
""",
    atts=[A("TOC_Summary_MHMC_30488217.xml", "text/xml", """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9999.77" extension="TOC-30488217-1"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge Summary"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20261112153000-0500"/>
  <recordTarget><patientRole>
    <id extension="30488217" root="2.16.840.1.113883.3.9999.1"/>
    <addr><streetAddressLine>19 Linden Ct</streetAddressLine><city>Millbrook</city><state>PA</state><postalCode>19055</postalCode></addr>
    <telecom value="tel:+1-215-555-0109"/>
    <patient><name><given>Eleanor</given><family>Marsh</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19440627"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11535-2" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Hospital Discharge Diagnosis</title>
      <text>Acute on chronic heart failure with reduced ejection fraction (I50.23); EF 30%. CKD stage 3a.</text>
    </section></component>
    <component><section>
      <code code="10183-2" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Discharge Medications</title>
      <text><list>
        <item>furosemide 40 mg PO BID (increased)</item>
        <item>sacubitril/valsartan 24/26 mg PO BID (new)</item>
        <item>carvedilol 6.25 mg PO BID</item>
        <item>spironolactone 12.5 mg PO daily (new)</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Follow-up</title>
      <text>PCP within 7 days; BMP in 1 week; daily weights, call if gain &gt; 3 lb in a day.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""")])

add("phi", "snf-transfer-medlist",
    "Hospital case manager sends a skilled nursing facility a named patient's hip fracture transfer details and med list.",
    "Janelle Okimoto, RN CM <jokimoto@stbrennans.example.org>",
    "Admissions <admissions@greenbriar-snf.example.com>",
    "Accepted - Wm Doherty to Greenbriar tomorrow",
    """Thanks for accepting. Confirming:

Pt: William Doherty, 88M, DOB 1/3/1938
POD#3 s/p R hip hemiarthroplasty for femoral neck fx (fall at home 11/14)
WBAT RLE, posterior hip precautions
Enoxaparin 40 mg SC daily x 28 days total (through 12/13)
Oxycodone 2.5 mg q6h prn - last dose 0400, script will go w/ transport
Full code, DPOA is daughter Maureen 555-0106
Transport: Keystone Ambulette 11/19 ~10:30

Med rec attached. H&P, op note and PT eval go out via fax this afternoon.

Janelle Okimoto RN, CM | St. Brennan's Hospital | 555-0119
""",
    atts=[A("med_rec_doherty.txt", "text/plain",
            "DISCHARGE MEDICATION RECONCILIATION - DOHERTY, WILLIAM  MRN 22104876\n"
            "------------------------------------------------------------------\n"
            "CONTINUE  amlodipine 5 mg PO daily\n"
            "CONTINUE  tamsulosin 0.4 mg PO qhs\n"
            "NEW       enoxaparin 40 mg SC daily through 12/13/2026\n"
            "NEW       oxycodone 2.5 mg PO q6h PRN pain, #12\n"
            "NEW       acetaminophen 650 mg PO q6h scheduled\n"
            "NEW       senna 8.6 mg PO qhs\n"
            "STOP      ibuprofen (home med)\n")])

add("phi", "hh-485-poc-for-signature",
    "Home health agency sends a plan of care (485) for a named patient's wound vac care for physician signature.",
    "Summit Ridge Home Health - Orders <orders@summitridge-hh.example.com>",
    "Dr. Miriam Castellanos <mcastellanos@oakfield-primarycare.example.org>",
    "Orders for signature (1) - SOC 11/10",
    """Good afternoon,

Please sign and return the attached Plan of Care. It includes SN 3w4, 2w4 for
negative pressure wound therapy, PT eval. Physician signature is required
within 30 days of SOC for billing.

Return by fax to 555-0177 or sign in the portal.

Summit Ridge Home Health | Intake & Orders
""",
    atts=[A("POC_485_Ferreira_M.pdf", "application/pdf", pdf([
        "HOME HEALTH CERTIFICATION AND PLAN OF CARE (CMS-485)",
        "Patient: Manuel Ferreira   HI claim no./MBI: 4TQ9-WE6-KM72",
        "SOC date: 11/10/2026   Certification: 11/10/2026 - 01/08/2027",
        "Principal dx: L97.412 Non-pressure chronic ulcer of right heel, fat layer exposed",
        "Other dx: E11.621 Type 2 diabetes with foot ulcer; I73.9 PVD",
        "Orders: SN 3w4, 2w4 for NPWT dressing change 125 mmHg continuous,",
        "        diabetic foot care teaching, glucose log review; PT eval and treat.",
        "Homebound: requires assist of device and person to leave home.",
        "Physician: Miriam Castellanos, MD   NPI " + NPI_CASTELLANOS,
    ], compress=True, title="Plan of Care"))])

add("phi", "dme-hospital-bed-order",
    "DME order for a semi-electric hospital bed and mattress for a named patient with dx and Medicare MBI.",
    "Tasha Greer <tgreer@oakfield-primarycare.example.org>",
    "Orders <orders@pinecrest-medsupply.example.com>",
    "DME order - hospital bed - Dorothy Ames",
    """Hi Pinecrest,

Signed SWO attached in the portal, details here so you can start
verification:

Dorothy Ames  DOB 10/19/1939  MBI 7EK4-TN2-YH51
E0260 semi-electric hosp bed w/ rails + E0277 powered pressure-reducing
mattress. Dx G35 MS w/ stage 3 sacral pressure injury (L89.153); needs
positioning not feasible w/ ordinary bed, frequent repositioning q2h.
Length of need: 99 mo.
Deliver to 61 Orchard Way, Millbrook - daughter Carol will be home after 3.

Tasha Greer, MA
Oakfield Primary Care
555-0112 x214
""")

add("phi", "o2-qualifying-sat-request",
    "DME supplier and PCP office exchange a named patient's oxygen qualifying saturation test for home oxygen.",
    "Dr. Naomi Frey <nfrey@oakfield-primarycare.example.org>",
    "Liam Brandt <lbrandt@airway-homecare.example.com>",
    "Re: O2 qual - Walter Kim",
    """Liam - walk test was done 11/05 in office. RA at rest 91%, with ambulation
dropped to 86% after 2 min, recovered to 92% on 2 L NC. It's in the 11/05 note,
I've asked Tasha to fax it again. Dx COPD J44.1. 

NF

On Tue, Nov 10, 2026 at 9:12 AM Liam Brandt <lbrandt@airway-homecare.example.com> wrote:
> Dr. Frey,
> We received the order for home O2 2 L continuous + portable for Walter Kim
> (DOB 6/21/1949) but the qualifying test isn't in the notes we got. Medicare
> needs the SpO2 on room air and the test date within 2 days of the visit.
> Can you send?
>
> Liam Brandt
> Airway Home Care - Intake
> 555-0183
""")

add("phi", "hospice-referral-accepted",
    "Hospice intake confirms admission visit for a named patient with metastatic pancreatic cancer.",
    "Evergreen Hospice Intake <intake@evergreen-hospice.example.org>",
    "Rachel Tran <rtran@mercy-oncology.example.org>",
    "Re: Hospice referral - Gordon Pike",
    """Rachel,

Thanks for the referral. Gordon Pike (DOB 02/11/1947) meets criteria - metastatic
pancreatic adenocarcinoma, PPS 40%, pt and wife elected comfort care after the
meeting with Dr. Hale on Monday. Our RN case manager (Deb Sorensen) will do the
admission visit at home tomorrow 11/18 at 1 pm. We have his MOLST (DNR/DNI)
from your fax.

Could you send the most recent med list? We'll likely convert his oxycodone
to a long-acting regimen and add lorazepam SL for nausea.

Evergreen Hospice | Referrals & Intake
555-0185 (24/7)
""")

add("phi", "ed-records-request-pcp",
    "PCP office requests ED records for a named patient's visit for chest pain.",
    "Medical Records <records@oakfield-primarycare.example.org>",
    "HIM Release of Information <roi@mercy-health.example.org>",
    "Request for records - continuity of care",
    """Hello,

For continuity of care (treatment - no authorization required under HIPAA),
please send the following for our patient:

  Name:  Lucinda Harlow
  DOB:   12/08/1963
  Visit: Mercy ED, 11/01/2026 (chest pain, discharged)
  Need:  ED provider note, troponins, ECG, CXR report, discharge instructions

Fax 555-0113 or Direct to records@direct.oakfield-primarycare.example.org

Thank you,
Medical Records Dept, Oakfield Primary Care
555-0112 opt 4
""")

add("phi", "roi-invoice-mva-records",
    "ROI vendor invoice for a named patient's records sent to a law firm; the attachment names the patient and care dates.",
    "ClearChart ROI Billing <billing@clearchart-roi.example.com>",
    "Paralegal Team <records@hollispark-law.example.com>",
    "Invoice INV-2611-09913 / Request RQ-7790051",
    """Hello,

The records for request RQ-7790051 have been released through the secure
portal. 214 pages. Invoice attached; records are held until payment is
received. Pay by ACH or card at the portal.

ClearChart ROI Services
555-0190
""",
    atts=[A("INV-2611-09913_Kowalski_D_RiversideOrtho.pdf", "application/pdf", pdf([
        "ClearChart ROI Services - INVOICE INV-2611-09913",
        "Bill to: Hollis & Park LLP      Request RQ-7790051",
        "Patient: Dennis Kowalski   DOB 04/04/1982",
        "Facility: Riverside Orthopedics   Dates of service: 06/18/2026 - 10/30/2026",
        "Records: office notes, operative report (ORIF left tibial plateau fx),",
        "         PT notes, imaging reports     Pages: 214",
        "Basic fee $22.88   Per-page $0.25 x 214 = $53.50   Postage $0.00",
        "Total due: $76.38",
    ], title="Invoice"))])

add("phi", "plan-de-asma-escuela",
    "Spanish (ISO-8859-1): parent sends the school nurse her son's asthma action plan and inhaler authorisation.",
    "Yesenia Cárdenas <ycardenas81@mailbox.example.net>",
    "Enfermería Escuela Lincoln <enfermeria@lincoln-elem.example.org>",
    "Plan de acción para el asma - Mateo Cárdenas 3er grado",
    """Buenos días Sra. Whitfield,

Le adjunto el plan de acción para el asma de mi hijo Mateo Cárdenas (3er grado,
maestra Sra. Ruiz) que llenó el pediatra ayer. El doctor dice que puede llevar
su inhalador de albuterol en la mochila y usar 2 inhalaciones 15 minutos antes
de educación física. Si tiene tos o le falta el aire más de dos veces en un
día, por favor llámeme al 555-0147.

La forma de autorización de medicamentos ya está firmada por el doctor y por
mí. Mañana le mando el inhalador nuevo con su espaciador.

Muchas gracias,
Yesenia Cárdenas
""", charset="iso-8859-1", cte="quoted-printable", lang="es",
    atts=[A("plan_asma_Mateo.pdf", "application/pdf", pdf([
        "ASTHMA ACTION PLAN / PLAN DE ACCION PARA EL ASMA",
        "Student: Mateo Cardenas   DOB 07/12/2018   Grade 3",
        "GREEN: Fluticasone 44 mcg 2 puffs twice daily at home",
        "Before exercise: albuterol HFA 2 puffs with spacer",
        "YELLOW: albuterol 2-4 puffs every 4 hours, call parent",
        "RED: albuterol 6 puffs, call 911 and parent",
        "Student may self-carry: YES   Provider: Valley Pediatrics, 555-0148",
    ], title="Asthma Action Plan"))])

add("phi", "athletic-clearance-murmur",
    "Athletic trainer asks a pediatric office about clearance for a named student with a murmur pending echo.",
    "Coach Dana Pruitt, ATC <dpruitt@maplecrest-sd.example.org>",
    "Valley Pediatrics Front Desk <frontdesk@valleypeds.example.org>",
    "sports physical - Jaylen Brooks (basketball)",
    """Hi,

Jaylen Brooks (DOB 3/9/2011) turned in his PPE form for winter basketball but
box 3 says "not cleared pending cardiology eval - murmur". Tryouts are 11/30.
Do you know if the echo has been scheduled? Mom said she's waiting on a call.
If he gets cleared can you fax the updated clearance page to the athletic
office at 555-0154?

Thanks,
Dana Pruitt, MS, ATC
Maplecrest School District Athletics
""")

add("phi", "rtw-status-carpal-tunnel",
    "Occupational health tells an employer the work restrictions of a named employee after carpal tunnel release.",
    "Occ Health Clinic <workstatus@corvallo-occhealth.example.com>",
    "Tonya Reyes <treyes@corvallo-mfg.example.net>",
    "Work status report - Ortiz, Ramon - emp #10518",
    """WORK STATUS REPORT

Employee: Ramon Ortiz     Employee #: 10518     DOB: 09/02/1975
Visit date: 11/11/2026     Provider: J. Hale, DO
Diagnosis: s/p right carpal tunnel release (10/28/2026)

Status: Modified duty effective 11/12/2026
 - No use of right hand for gripping/pinching
 - No lifting > 5 lb with right upper extremity
 - Left hand work and walking ok
Next visit: 11/25/2026 (suture check done; starting hand therapy 2x/wk)

Corvallo Occupational Health  555-0134
""")

add("phi", "case-conference-dm-invite",
    "Case conference invitation whose body and ICS name a patient with uncontrolled diabetes and missed visits.",
    "Gail Horvath <ghorvath@northgate-cm.example.org>",
    "Dr. Miriam Castellanos <mcastellanos@oakfield-primarycare.example.org>",
    "Case conference - Reginald Oduya",
    """Hi all,

Sending an invite for a 30-min case conference on Reginald Oduya. Quick summary
so no one has to open the chart first:

- T2DM, A1c 11.4 (10/22), up from 9.1 in May
- 3 no-shows at endo since July, insulin glargine 34u but pt reports taking
  "when I remember"
- lives alone, vision getting worse, ran out of test strips twice
- ED x2 in Oct for hyperglycemia

Would like PCP, endo RN, our pharmacist and the CHW on the call. Teams link in
the invite.

Gail Horvath, RN CCM
Northgate Community Care Management | 555-0116
""",
    atts=[A("invite.ics", "text/calendar", ics(
        "cc-oduya-20261120@northgate-cm.example.org", "20261120T120000", "20261120T123000",
        "Case conference: R. Oduya (T2DM, A1c 11.4, missed endo visits)",
        "Case conference for Reginald Oduya DOB 04/30/1961 - uncontrolled diabetes, "
        "insulin adherence, transport to endocrinology. Join: https://meet.northgate-cm.example.org/j/448120",
        "Microsoft Teams", ("Gail Horvath", "ghorvath@northgate-cm.example.org"),
        [("Miriam Castellanos", "mcastellanos@oakfield-primarycare.example.org"),
         ("Endo RN", "rn@valley-endo.example.org")]),
        params={"method": "REQUEST"})])

add("phi", "cm-home-visit-copd",
    "Care manager's home-visit note about a named member's COPD, inhalers and pharmacy issue.",
    "Owen Falk <ofalk@cascadehealth.example.com>",
    "Tasha Greer <tgreer@oakfield-primarycare.example.org>",
    "home visit today - Phyllis Rudd",
    """Tasha, FYI for Dr. Frey from today's HV w/ Phyllis Rudd (CH member
CH30917265):

- COPD, 2 exacerbations since Aug. Using Trelegy but only 3-4 days/wk, says
  copay $95 is too much. I submitted a tier exception today.
- Albuterol neb machine is broken - can we send new order for E0570 to
  Pinecrest?
- Still smoking ~1/2 ppd. Open to nicotine patches, would like an Rx.
- Pulse ox at rest 92% RA.
- Pulm rehab referral - she said no one called her. Can you check status?

Next f/u call 11/24.

Owen Falk, RN
Care Manager, Cascade Health Complex Care
Ph 555-0143 | Fax 555-0144
""")

add("phi", "level1-appeal-cardiac-cath",
    "Provider appeal of a denied claim for a named patient's cardiac catheterisation; appeal letter PDF attached.",
    "Appeals Desk <appeals@keystone-heart.example.com>",
    "Cascade Health Appeals <provider-appeals@cascadehealth.example.com>",
    "Level 1 appeal - Claim 26-118804417",
    """Please find attached our first-level provider appeal for claim 26-118804417.
Supporting documents (H&P, stress test, cath report) are included in the PDF.

Keystone Heart Associates - Revenue Cycle
555-0150
""",
    atts=[A("appeal_26-118804417.pdf", "application/pdf", pdf([
        "Keystone Heart Associates - Provider Appeal, Level 1",
        "Re: Claim 26-118804417   Member: Simone Achterberg   ID CH45123390",
        "DOS: 09/14/2026   CPT 93458 (L heart cath w/ coronary angiography)",
        "Denial: CO-50 not medically necessary",
        "Basis for appeal: patient presented with exertional angina, abnormal",
        "nuclear stress test (anterior ischemia, 12% myocardium). Cath showed",
        "80% proximal LAD stenosis treated with drug-eluting stent.",
        "We request the claim be reprocessed for payment.",
        "Kwame Osei, MD   NPI " + NPI_OSEI,
    ], compress=True, title="Appeal"))])

add("phi", "claim-status-thread-cob",
    "Billing office and payer rep discuss a named patient's unpaid claim for an office visit and spirometry.",
    "Provider Services <provservices@cascadehealth.example.com>",
    "Araceli Munoz <amunoz@oakfield-primarycare.example.org>",
    "RE: Claim 26-207719853 status",
    """Hi Araceli,

The claim was pended for coordination of benefits - our records show other
coverage (Medicare primary) for this member since 07/01. Once the member
updates COB or you send the Medicare EOB we can reprocess. No need to rebill.

Ref # for this call: PS-55120884

Provider Services
Cascade Health

-----Original Message-----
From: Araceli Munoz
Sent: Thursday, November 12, 2026 10:02 AM
Subject: Claim 26-207719853 status

Hello, checking on claim 26-207719853 for Franklin Boyd, ID CH20558714,
DOS 09/30/2026, 99214 + 94010, billed $342.00. 45 days no payment.

Araceli Munoz
Billing Specialist, Oakfield Primary Care
555-0112 x230
""")

add("phi", "hl7-orm-lab-batch",
    "PHI only in the attached HL7 ORM: a named patient's lab order (A1c, lipid panel) with diagnosis codes.",
    "Interface Monitor <hl7mon@oakfield-primarycare.example.org>",
    "Tri-County Lab Interfaces <interfaces@tri-county-lab.example.com>",
    "Resend: ORM batch 2026111703 (1 msg)",
    """Resending the one message that NAK'd last night (AE, OBR-16 ordering
provider). Fixed on our side. Please confirm you got it.

-- Interface Monitor
""",
    atts=[A("ORM_2026111703_0001.hl7", "application/hl7-v2", hl7(
        "MSH|^~\\&|OPCEHR|OAKFIELD|TCLAB|TRICOUNTY|20261117031500||ORM^O01|2026111703-0001|P|2.3",
        "PID|1||OPC-552107^^^OPC^MR||NAKAMURA^JUNE^A||19670419|F|||8 Fern St^^Millbrook^PA^19055||(215)555-0102",
        "PV1|1|O|OPC^^^OAKFIELD",
        "ORC|NW|ORD88120447",
        "OBR|1|ORD88120447||4548-4^Hemoglobin A1c^LN|||20261117||||||||" + NPI_FREY + "^FREY^NAOMI",
        "DG1|1||E11.65^Type 2 diabetes mellitus with hyperglycemia^I10",
        "OBR|2|ORD88120448||57698-3^Lipid panel^LN|||20261117||||||||" + NPI_FREY + "^FREY^NAOMI",
        "DG1|2||E78.5^Hyperlipidemia, unspecified^I10",
    ).encode())])

add("phi", "adt-a03-pneumonia-notify",
    "PHI only in the attached HL7 ADT A03: discharge of a named patient after pneumonia, sent to the PCP's inbox.",
    "HIE Notifications <alerts@regional-hie.example.net>",
    "Oakfield Care Team <careteam@oakfield-primarycare.example.org>",
    "Encounter notification (1)",
    "1 encounter notification for your attributed panel. Open the attachment in your EHR inbox.\n",
    atts=[A("ENCNOTIF_20261110_0917.hl7", "application/hl7-v2", hl7(
        "MSH|^~\\&|HIE|REGIONALHIE|OPC|OAKFIELD|20261110091700||ADT^A03|EN20261110-0917|P|2.5.1",
        "EVN|A03|20261110090200",
        "PID|1||30441187^^^MERCY^MR~CH77045122^^^CASCADE^MB||DELACROIX^PAUL^R||19580302|M",
        "PV1|1|I|4N^412^B|E||||||MED||||||||V30441187|||||||||||||||||01|||||||||20261106183000|20261110090200",
        "DG1|1||J18.9^Pneumonia, unspecified organism^I10|||A",
        "DG1|2||J44.1^COPD with acute exacerbation^I10|||S",
    ).encode())])

add("phi", "fhir-servicerequest-pt",
    "PHI only in the attached FHIR bundle: referral of a named patient to physical therapy for a rotator cuff tear.",
    "Referral Hub <no-reply@referralhub.example.com>",
    "Summit PT Intake <intake@summit-pt.example.com>",
    "New electronic referral received",
    """A new electronic referral has been sent to Summit Physical Therapy.

Referral ID: 7d1f3c2a-58e4-4b0e-9f77-2c6a1e03b5d9
Priority: routine

Accept or decline in ReferralHub. The FHIR bundle is attached for systems
that import referrals directly.
""",
    atts=[A("referral-7d1f3c2a.json", "application/fhir+json", json.dumps({
        "resourceType": "Bundle", "type": "transaction",
        "entry": [
            {"fullUrl": "urn:uuid:3b9a7f10-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
             "resource": {"resourceType": "Patient",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.3", "value": "RO-229184"}],
                          "name": [{"family": "Brennan", "given": ["Colleen"]}],
                          "birthDate": "1972-01-25", "gender": "female",
                          "telecom": [{"system": "phone", "value": "555-0103"}]},
             "request": {"method": "POST", "url": "Patient"}},
            {"fullUrl": "urn:uuid:7d1f3c2a-58e4-4b0e-9f77-2c6a1e03b5d9",
             "resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order",
                          "code": {"text": "Physical therapy evaluation and treatment, 2x/week x 6 weeks"},
                          "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm",
                                                      "code": "M75.121",
                                                      "display": "Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic"}]}],
                          "subject": {"reference": "urn:uuid:3b9a7f10-1c2d-4e5f-8a9b-0c1d2e3f4a5b"},
                          "requester": {"display": "Gareth Lindqvist, MD"},
                          "note": [{"text": "Non-operative mgmt trial. No resisted ER > 90 deg yet."}]},
             "request": {"method": "POST", "url": "ServiceRequest"}}]}, indent=2))])

add("phi", "inr-subject-only",
    "borderline: PHI is only in the Subject (named patient, DOB and an INR value); the body is a two-line reply.",
    "Carla Jessup, RN <cjessup@oakfield-primarycare.example.org>",
    "Dr. Naomi Frey <nfrey@oakfield-primarycare.example.org>",
    "RE: Halvorsen, Edith DOB 3/4/41 - INR 4.8 today",
    """Called her. Held tonight's dose, recheck Thurs am. She's fine, no bleeding.

C
""")

add("phi", "pa-needed-subject-only",
    "PHI is only in the Subject: a prior authorisation needed for a named member's apixaban.",
    "Eastside Pharmacy <rx@eastside-pharmacy.example.com>",
    "Rx Inbox <rxinbox@oakfield-primarycare.example.org>",
    "PA needed: Eliquis 5mg - Morales, Ruben - mbr CH58120443",
    """Fax sent 11/16 2:10pm, sending here too since we haven't heard back.

Eastside Pharmacy 555-0168
""")

_fwd_dc = inner(
    "Mercy Health MyChart <noreply@mychart.mercy-health.example.org>",
    "Patricia Lowe <patlowe58@mailbox.example.net>",
    "Your After Visit Summary",
    """Patient: Arthur Lowe
Date of discharge: 11/13/2026

Reason for your hospital stay: Urinary tract infection with confusion
(delirium). You were also treated for dehydration.

Your medications:
  START  cephalexin 500 mg by mouth every 12 hours for 5 more days
  CHANGE donepezil - take at breakfast instead of bedtime
  STOP   oxybutynin

Follow-up: Dr. Castellanos in 1 week. Home health will call to schedule a
nurse visit.

Call 555-0122 with questions.
""", "Fri, 13 Nov 2026 16:02:11 -0500",
    "<avs.30491177.20261113@mychart.mercy-health.example.org>")

add("phi", "fwd-avs-from-daughter",
    "Daughter forwards her father's hospital after-visit summary (UTI, delirium, meds) to his care manager as an attached message.",
    "Patricia Lowe <patlowe58@mailbox.example.net>",
    "Gail Horvath <ghorvath@northgate-cm.example.org>",
    "Fwd: Your After Visit Summary",
    """Hi Gail,

Dad came home Friday. Here's what the hospital gave us. Nobody from home health
has called yet - is that something you can check on? Also he's still really
sleepy in the afternoons, is that the new antibiotic?

Thanks, Pat
(cell 555-0105)

Sent from my iPhone
""",
    atts=[A("Your After Visit Summary.eml", "message/rfc822", _fwd_dc)])

add("phi", "wound-clinic-referral-form",
    "HTML referral form to a wound clinic for a named patient's diabetic foot ulcer.",
    "Oakfield Referral Coordinator <referrals@oakfield-primarycare.example.org>",
    "Wound Care Center <scheduling@mercy-woundcare.example.org>",
    "Referral - wound care - Benjamin Okafor",
    "Referral for Benjamin Okafor (DOB 01/15/1957): diabetic foot ulcer, left plantar 1st MTP, "
    "2.1 x 1.4 cm, 6 weeks. Please schedule within 1 week.\n\n" + OPC_SIG + "\n",
    html="""<html><body>
<p>Please schedule the patient below. Office notes and the last A1c are attached in the portal.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>Patient</b></td><td>Benjamin Okafor</td><td><b>DOB</b></td><td>01/15/1957</td></tr>
<tr><td><b>MRN</b></td><td>OPC-301774</td><td><b>Phone</b></td><td>555-0104</td></tr>
<tr><td><b>Insurance</b></td><td colspan="3">Medicare Part B + Keystone Medigap Plan G</td></tr>
<tr><td><b>Diagnosis</b></td><td colspan="3">E11.621 T2DM w/ foot ulcer; L97.522 non-pressure chronic ulcer L foot, fat layer exposed</td></tr>
<tr><td><b>Wound</b></td><td colspan="3">L plantar 1st MTP, 2.1 x 1.4 x 0.3 cm, 6 wks, mild serous drainage, no probe to bone</td></tr>
<tr><td><b>Recent labs</b></td><td colspan="3">A1c 8.7 (10/28); ABI 0.82 L</td></tr>
<tr><td><b>Urgency</b></td><td colspan="3">Within 1 week</td></tr>
</table>
<p>Oakfield Primary Care | Referral Coordination | Ph 555-0112 | Fax 555-0113</p>
</body></html>
""")

add("phi", "transient-dialysis-travel",
    "Dialysis social worker requests transient treatments for a named patient travelling over the holidays.",
    "Nicole Adebayo, MSW <nadebayo@harborside-dialysis.example.com>",
    "Transient Coordinator <transients@lakeview-kidney.example.org>",
    "Transient request 12/21-12/30 - Curtis Mayfield-Ross",
    """Hi,

Requesting transient chairs for our patient visiting family in your area:

Name: Curtis Mayfield-Ross   DOB 07/07/1966
Dates: 12/21 - 12/30, MWF schedule (6 tx), prefers 1st shift
Access: L arm AVF, 15g needles, no issues
EDW 82.5 kg, 4 hrs, 2K/2.5Ca bath, Qb 400
Hep B sAg neg / sAb 24 (10/2026), no isolation
Meds on HD: Mircera 100 mcg q2wk, calcitriol 0.5 mcg TIW
Insurance: Medicare primary / Cascade secondary

Packet (H&P, last 3 flowsheets, monthly labs, PPD, CXR) is in the portal
under Transients. Let me know what you can accommodate.

Nicole Adebayo, MSW
Harborside Dialysis | 555-0178
""")

add("phi", "pt-progress-note-to-ortho",
    "Physical therapy re-eval for a named patient after ACL reconstruction, sent to the referring surgeon.",
    "Summit PT <notes@summit-pt.example.com>",
    "Dr. Gareth Lindqvist <glindqvist@riverside-ortho.example.org>",
    "Progress note - 8 wk - Tyler Benson",
    "Progress note attached for your review and signature. Next re-eval in 30 days.\n\n"
    "Summit Physical Therapy\n555-0176\n",
    atts=[A("ProgressNote_Benson_T_20261116.txt", "text/plain",
            "SUMMIT PHYSICAL THERAPY - PROGRESS NOTE / RE-EVALUATION\n"
            "Patient: Tyler Benson  DOB 05/18/2003  Referring: G. Lindqvist, MD\n"
            "Dx: S83.511D Sprain of ACL of right knee, subsequent; s/p ACL recon BTB autograft 09/17/2026\n"
            "Visits: 16 of 24 authorized (Cascade auth PT-2609-77312)\n\n"
            "S: Pt reports 2/10 pain after stairs, no instability.\n"
            "O: ROM 0-128 deg R knee (was 3-110 at IE). Quad lag resolved.\n"
            "   Quad index 68%. SL squat with mild valgus.\n"
            "A: Progressing as expected 8 wks post-op. Not yet cleared for jogging.\n"
            "P: Continue 2x/wk x 4 wks, start return-to-run progression at 12 wks\n"
            "   if quad index > 70%.\n"
            "Therapist: Morgan Ellery, PT, DPT\n")])

add("phi", "infliximab-infusion-pa",
    "Infusion centre asks a GI office for documentation for a named patient's infliximab authorisation (Crohn's disease).",
    "Infusion Scheduling <infusion@mercy-health.example.org>",
    "Valley GI Nurses <nurses@valley-gi.example.org>",
    "Infliximab - Keira Donnelly - auth expires 11/30",
    """Hi,

Keira Donnelly's auth for infliximab-dyyb (Inflectra) 5 mg/kg q8wk expires
11/30 and her next infusion is 12/4. Cascade needs the renewal with the most
recent CRP/calprotectin and a note documenting response. Last we have is the
June colonoscopy.

Also she's asking about moving to q6wk since symptoms come back around week 7 -
if Dr. Nakashima wants that, please put it in the new order so we request the
right dose.

Thanks
Mercy Infusion Center
555-0123
""")

add("phi", "bi-summary-adalimumab",
    "Specialty pharmacy benefits investigation for a named patient's adalimumab (rheumatoid arthritis), HTML.",
    "Orion Specialty Pharmacy <intake@orion-specialty.example.com>",
    "Rheum Clinic <rheum@valley-arthritis.example.org>",
    "Benefits investigation complete - Lillian Sato",
    "Benefits investigation complete for Lillian Sato. View in HTML.\n",
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:13px">
<p>Hello Valley Arthritis team,</p>
<p>We completed the benefits investigation for the referral below.</p>
<table style="border:1px solid #ccc" cellpadding="5">
<tr style="background:#eef"><td colspan="2"><b>Patient</b>: Lillian Sato &nbsp; DOB 11/02/1969 &nbsp; Rx # 7730412</td></tr>
<tr><td>Drug</td><td>adalimumab-adaz 40 mg/0.4 mL pen, every 14 days</td></tr>
<tr><td>Dx</td><td>M05.79 Rheumatoid arthritis w/ rheumatoid factor, multiple sites</td></tr>
<tr><td>Plan</td><td>Keystone Valley Health Plan, Commercial PPO</td></tr>
<tr><td>PA</td><td>Approved through 11/15/2027</td></tr>
<tr><td>Patient cost</td><td>$150/fill; copay card applied &rarr; $5/fill</td></tr>
<tr><td>First ship</td><td>11/20 to home, signature required</td></tr>
</table>
<p>Injection training is scheduled by phone with our nurse on 11/19.</p>
<p>Orion Specialty Pharmacy &middot; 555-0191 &middot; Fax 555-0192</p>
</body></html>
""")

add("phi", "hh-intake-eligibility-mbi",
    "Home health intake checks Medicare eligibility (MBI) and homebound status for a named patient after a stroke.",
    "Intake Nurse <intake@summitridge-hh.example.com>",
    "Discharge Planning <dcplanning@stbrennans.example.org>",
    "Re: referral - Oscar Lindgren",
    """Thanks Cheryl. Eligibility came back fine - Oscar Lindgren, MBI 2FW7-UJ4-XN83,
Part A active, no open HH episode with another agency. We can take him for SN,
PT, OT and SLP. SOC planned 11/21.

Need the F2F encounter note documenting homebound status (L hemiparesis, needs
walker and standby assist) and the discharge med list before SOC, and who is
signing orders - PCP or the neuro hospitalist?

Summit Ridge Home Health Intake
555-0175
""")

add("phi", "medically-tailored-meals",
    "Referral of a named patient with heart failure to a medically tailored meals programme.",
    "Owen Falk <ofalk@cascadehealth.example.com>",
    "Enrollment <enroll@goodtable-meals.example.org>",
    "MTM referral - Eleanor Marsh",
    """Hello,

Referring Cascade member Eleanor Marsh, ID CH61390028, for the 12-week
post-discharge medically tailored meals benefit. Discharged 11/12 after HF
admission; needs 2 g sodium, 2 L fluid restriction, renal-friendly (CKD 3a).
Lives alone at 19 Linden Ct, Millbrook 19055. Phone 555-0109. She is hard of
hearing - please call her niece (555-0110) to set up first delivery.

Owen Falk, RN | Cascade Health Care Management | 555-0143
""")

add("phi", "nemt-dialysis-standing",
    "NEMT confirmation of dialysis rides for a named member, with a CSV trip sheet.",
    "Dispatch <dispatch@bluebird-nemt.example.com>",
    "Nicole Adebayo <nadebayo@harborside-dialysis.example.com>",
    "Standing order confirmed - MWF dialysis",
    "Standing order set up. Trip sheet attached. Changes need 2 business days' notice.\n\n"
    "Bluebird NEMT Dispatch 555-0179\n",
    atts=[A("standing_order_MCD-6610422.csv", "text/csv", csvtext([
        ["trip_id", "member_id", "member_name", "mobility", "pickup", "dropoff", "time", "days", "start"],
        ["T-902117", "MCD-6610422", "Luis Arroyo", "wheelchair", "55 Crane St Apt 2", "Harborside Dialysis, 900 Port Rd", "05:15", "M/W/F", "2026-11-23"],
        ["T-902118", "MCD-6610422", "Luis Arroyo", "wheelchair", "Harborside Dialysis, 900 Port Rd", "55 Crane St Apt 2", "10:30", "M/W/F", "2026-11-23"],
    ]))])

add("phi", "interpreter-chemo-teach",
    "Interpreter request for a named patient's chemotherapy teaching visit.",
    "Rachel Tran <rtran@mercy-oncology.example.org>",
    "Language Services <interpreters@mercy-health.example.org>",
    "Interpreter - Cantonese - 11/23 chemo teach",
    """Hi, in-person Cantonese interpreter please:

Pt: Wing Yee Chan, MRN 30477719
Mon 11/23, 1:00-2:30 pm, Cancer Center 2nd fl, infusion education room
Chemo teaching before C1 of FOLFOX for stage III colon ca - her son usually
interprets but we need a qualified interpreter for consent and teaching.

Thank you!
Rachel Tran, RN, OCN
Nurse Navigator, Mercy Cancer Center | 555-0127
""")

add("phi", "survivorship-care-plan",
    "Oncology sends a named patient's survivorship care plan (breast cancer, tamoxifen) to her PCP.",
    "Dr. Jonah Hale <jhale@mercy-oncology.example.org>",
    "Dr. Naomi Frey <nfrey@oakfield-primarycare.example.org>",
    "Survivorship care plan - Rosalind Pierce",
    """Naomi,

Rosalind finished active treatment last month; her survivorship care plan is
attached. Main asks for primary care: bone density baseline, lipids, and
watch for tamoxifen side effects. She'll see us q6mo for the first two years.

Jonah

Jonah Hale, MD | Mercy Cancer Center | 555-0127
""",
    atts=[A("SCP_Pierce_R.pdf", "application/pdf", pdf([
        "SURVIVORSHIP CARE PLAN - Mercy Cancer Center",
        "Patient: Rosalind Pierce   DOB 09/09/1971   MRN 30299410",
        "Diagnosis: invasive ductal carcinoma, left breast, pT1c N0, ER+/PR+/HER2-",
        "Treatment: lumpectomy + SLNB 04/2026; whole-breast RT 25 fx ended 10/2026",
        "Ongoing: tamoxifen 20 mg daily x 5-10 yrs (started 10/20/2026)",
        "Surveillance: H&P q6mo x 2 yrs, mammogram annually (next 04/2027)",
        "PCP: DEXA baseline, lipid panel, report abnormal vaginal bleeding or leg swelling",
    ], compress=True, title="Survivorship Care Plan"))])

add("phi", "early-intervention-referral",
    "Pediatric office refers a named toddler with speech delay to early intervention.",
    "Valley Pediatrics Referrals <referrals@valleypeds.example.org>",
    "EI Intake <intake@countyei.example.org>",
    "EI referral - Amara Njoku, 22 mo",
    """Referral to Early Intervention (parent consent signed, copy attached in
portal):

Child: Amara Njoku, DOB 01/05/2025 (22 months)
Parent: Chioma Njoku, 555-0108, prefers text, English
Concern: expressive language delay - 6 words, no 2-word phrases, passed
hearing screen at birth, failed M-CHAT-R item 3 only (low risk). Audiology
referral placed separately.

Please send the eval results to Dr. Hannah Petrakis.

Valley Pediatrics | 555-0148
""")

add("phi", "wic-formula-documentation",
    "WIC medical documentation for a named infant's hypoallergenic formula (cow's milk protein allergy).",
    "Valley Pediatrics <frontdesk@valleypeds.example.org>",
    "WIC Office <wic-eastside@health.county.example.gov.test>",
    "WIC medical documentation - baby Luca Romano",
    """Completed Medical Documentation form for WIC, per mom's request:

Infant: Luca Romano   DOB 08/30/2026
Dx: K52.29 cow's milk protein allergy (blood in stool, resolved on
extensively hydrolyzed formula)
Formula: Nutramigen powder, 32 oz/day, 6 months
No supplemental foods restrictions other than dairy.

Signed by Hannah Petrakis, MD. Original faxed to 555-0155.

Valley Pediatrics 555-0148
""")

add("phi", "vaksen-dosye-lekol",
    "Haitian Creole: school nurse tells a parent which vaccines her named child is missing and the clinic appointment.",
    "Enfimyè Lekòl Lincoln <enfermeria@lincoln-elem.example.org>",
    "Magalie Jean <magalie.jean@mailbox.example.net>",
    "Dosye vaksen Stevenson - li manke 2 vaksen",
    """Bonjou Madan Jean,

Nou revize dosye vaksen pitit ou a, Stevenson Jean (2yèm ane). Li manke dezyèm
dòz vaksen MMR a ak katriyèm dòz DTaP la. Nou pran yon randevou pou li nan
klinik sante lekòl la madi 24 novanm a 9è nan maten. Tanpri siyen fòm
konsantman an epi voye l tounen ak Stevenson demen.

Si ou gen kesyon, rele m nan 555-0152.

Mèsi,
Patrice Galloway, RN
Enfimyè lekòl
""", cte="quoted-printable", lang="ht")

add("phi", "fmla-lap-chole-leave",
    "Leave administrator confirms FMLA for a named employee's gallbladder surgery and recovery.",
    "Leave Administration <leave@brightpath-hr.example.com>",
    "Marcus Feld <mfeld@corvallo-mfg.example.net>",
    "FMLA approved - Jennifer Alvarado (emp 11207)",
    """Hi Marcus,

Jennifer Alvarado (emp 11207) has continuous FMLA approved 11/30 - 12/14 for
a laparoscopic cholecystectomy and recovery, per the WH-380-E from her surgeon.
Expected RTW 12/15 full duty. If her recovery runs longer she needs an updated
certification.

Please code her time as FMLA in Kronos.

BrightPath Leave Administration | 555-0133
""")

add("phi", "ltd-aps-request-fusion",
    "Disability insurer asks a spine surgeon for an attending physician statement about a named claimant's lumbar fusion.",
    "Claims Intake <ltdclaims@harrowgate-life.example.com>",
    "Medical Records <records@riverside-ortho.example.org>",
    "APS request - LTD claim 8830-1142 - Steven Morrow",
    """Please complete the enclosed Attending Physician Statement for our
claimant:

  Steven Morrow   DOB 02/14/1970   Claim 8830-1142
  Procedure: L4-S1 posterior lumbar interbody fusion, 09/08/2026
  Last day worked: 08/28/2026

We need current restrictions and limitations, expected duration, and office
notes from 08/01/2026 to present. Signed authorization enclosed. We will
reimburse up to $50.

Harrowgate Life - Disability Claims | 555-0194 | Fax 555-0195
""")

add("phi", "wc-status-wrist-fx",
    "Workers' comp adjuster asks a clinic about a named claimant's wrist fracture treatment and work status.",
    "Angela Mwangi <amwangi@sentinel-comp.example.com>",
    "Riverside Ortho WC Desk <wc@riverside-ortho.example.org>",
    "Claim WC-26-005102 / Perez, Diana - status after 11/9 visit",
    """Hi,

Following up on Diana Perez (claim WC-26-005102, DOI 10/02/2026). Do you have
the note from her 11/9 visit? Employer says she is still out. Last I have is
the cast change on 10/19 - distal radius fx, non-op. Need current work status
and whether OT was ordered so I can authorize it.

Angela Mwangi
Claims Adjuster, Sentinel Comp | 555-0140
""")

add("phi", "pip-bill-auto-claim",
    "Billing office sends an auto insurer a named patient's bill for injuries in a car accident (PIP).",
    "Araceli Munoz <amunoz@oakfield-primarycare.example.org>",
    "PIP Claims <pipclaims@safelane-auto.example.com>",
    "PIP bill - claim AU-2026-558812 - Kendra Wills",
    """Attached in your portal: CMS-1500 and notes for your insured.

Kendra Wills, DOB 06/22/1990, claim AU-2026-558812 (MVA 10/14/2026)
DOS 10/16, 10/30, 11/13 - 99214, 99213, 99213; dx S13.4XXA cervical sprain,
S16.1XXA neck muscle strain. Total billed $512.00.

Please remit to Oakfield Primary Care, PO Box 7718, Millbrook PA 19055.

Araceli Munoz | Billing | 555-0112 x230
""")

add("phi", "portal-msg-derm-referral",
    "Patient's portal message asking about her dermatology referral for a changing mole.",
    "Oakfield Patient Portal <portal@oakfield-primarycare.example.org>",
    "Referral Pool <referrals@oakfield-primarycare.example.org>",
    "New patient message: Referral question",
    "From: Gwendolyn Ashby (MRN OPC-662018)\n\nHi, Dr. Frey said she'd refer me to "
    "dermatology for the mole on my back that changed. It's been 3 weeks and I haven't "
    "heard anything. Can you check? I'm off Tuesdays and Thursdays. Thank you!\n\n"
    "Reply in the portal. Do not reply to this e-mail.\n",
    html="""<html><body style="font-family:Arial;font-size:14px;color:#222">
<div style="border-bottom:2px solid #2a6;padding:6px"><b>Oakfield Patient Portal</b> &ndash; message to Referral Pool</div>
<p><b>From:</b> Gwendolyn Ashby (MRN OPC-662018)<br><b>Subject:</b> Referral question<br><b>Sent:</b> 11/18/2026 7:42 AM</p>
<p>Hi, Dr. Frey said she'd refer me to dermatology for the mole on my back that changed.
It's been 3 weeks and I haven't heard anything. Can you check? I'm off Tuesdays and Thursdays. Thank you!</p>
<p style="font-size:11px;color:#888">Reply in the portal. Do not reply to this e-mail.</p>
</body></html>
""")

add("phi", "your-endo-appointment-1203",
    "Care coordinator writes to a patient about his endocrinology appointment and insulin pump training.",
    "Tasha Greer <tgreer@oakfield-primarycare.example.org>",
    "Raymond Lutz <rlutz.home@mailbox.example.net>",
    "your appointment with endocrinology on 12/03",
    """Hi Mr. Lutz,

Good news - Valley Endocrine had a cancellation. Your appointment with Dr.
Morrow is Thursday 12/03 at 10:40 am, 40 Hillcrest Dr, 2nd floor. Please bring
your glucose meter and the log from the last 2 weeks, and all your insulin pens.

They'll talk to you about the insulin pump there. Cascade already approved the
referral (#RF-2611-30092) so you don't need to do anything for that.

If you need a ride call me and I'll set it up.

Tasha Greer, MA
Care Coordinator, Oakfield Primary Care
555-0112 x214
""")

add("phi", "fax-pa-ct-filename-only",
    "borderline: PHI is only in the attachment file name (patient name and the CT for which prior auth is requested); the body is a fax-server notice.",
    "FaxGate <fax-noreply@faxgate.example.net>",
    "PA Team <pa@riverside-ortho.example.org>",
    "Fax received from 555-0186 (4 pages)",
    """You have received a 4 page fax.

From: 555-0186
To: 555-0172 (PA Team)
Received: 11/17/2026 15:22:08 EST
Duration: 00:01:44

The fax is attached as a TIFF file.
""",
    atts=[A("PA_request_CT_abd_pelvis_w_contrast_NGUYEN_THANH_DOB_1962-03-11.tif",
            "image/tiff", fax_tiff(4471))])

add("phi", "econsult-derm-photo",
    "eConsult from a PCP to dermatology about a named patient's lesion, with a photo attached.",
    "Dr. Naomi Frey <nfrey@oakfield-primarycare.example.org>",
    "Derm eConsult <econsult@valley-derm.example.org>",
    "eConsult - Samuel Ortega - pigmented lesion R shin",
    """Question: 6 mm irregular pigmented lesion R shin, pt noticed change in color
over 3 months. Hx of BCC 2019 (nose). Dermoscopy image attached. Punch in office
or refer for excision?

Samuel Ortega, DOB 04/27/1960, MRN OPC-120449

Thanks - Naomi Frey, MD  NPI """ + NPI_FREY + """
""",
    atts=[A("ortega_R_shin_dermoscopy.jpg", "image/jpeg",
            blob(991, 3200, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"))])

add("phi", "bariatric-pa-checklist",
    "Payer case manager tells a named member what is still missing for her bariatric surgery authorisation.",
    "Cascade Health Care Management <caremgmt@cascadehealth.example.com>",
    "Denise Whitaker <dwhitaker72@mailbox.example.net>",
    "Your sleeve gastrectomy authorization - items still needed",
    """Dear Ms. Whitaker,

Thank you for calling on Friday. We reviewed the request from Dr. Varga's office
for your laparoscopic sleeve gastrectomy. Before we can make a decision we still
need:

  1. Notes from month 5 and 6 of your supervised weight management program
     (we have months 1-4)
  2. Nutrition evaluation from the bariatric dietitian
  3. Sleep study result (your last note says it was done 10/2026)

The cardiology clearance you sent is complete - thank you.

Please ask the surgeon's office to fax these to 555-0145. Reference
UM2611-511408.

Owen Falk, RN
Cascade Health Care Management | 555-0143
""")

add("phi", "cardiac-rehab-referral",
    "Referral of a named patient to cardiac rehab after a drug-eluting stent.",
    "Keystone Heart Referrals <referrals@keystone-heart.example.com>",
    "Cardiac Rehab <cardiacrehab@mercy-health.example.org>",
    "Phase II cardiac rehab referral - S. Achterberg",
    """Please enroll in Phase II cardiac rehab, 36 sessions:

Simone Achterberg   DOB 12/01/1961   Cascade ID CH45123390
Qualifying event: PCI w/ DES to proximal LAD 09/14/2026 (stable angina)
EF 55%. On aspirin, ticagrelor, atorvastatin 80, metoprolol tartrate 25 BID.
No exercise restrictions other than standard. Cleared by Dr. Osei.

Signed order is in the portal. Pt prefers Mon/Wed/Fri mornings.

Keystone Heart Associates | 555-0150
""")

add("phi", "cpap-compliance-download",
    "DME supplier reports a named patient's CPAP adherence download to the sleep physician.",
    "Airway Home Care - Sleep <sleep@airway-homecare.example.com>",
    "Sleep Center <sleepcenter@valley-sleep.example.org>",
    "90-day compliance - Alvin Reese - NOT MET",
    """Compliance report for Alvin Reese (DOB 08/08/1977), APAP 6-14 cm,
setup 08/20/2026:

  Days used >= 4 h: 56/90 (62%)   Avg use: 3.9 h
  AHI 4.1   95th pct pressure 11.8   Large leak 14% of time

Medicare criteria (70% of nights in a 30-day window) were met 09/18-10/17, so
rental continues, but usage has dropped since. Pt reports mask discomfort -
we sent a nasal pillow mask to try. Please consider a follow-up visit.

Airway Home Care | 555-0183
""")

add("phi", "retinopathy-report-pcp",
    "Eye clinic sends a named patient's diabetic eye exam findings to the PCP.",
    "Clear Vista Eye <reports@clearvista-eye.example.com>",
    "Oakfield Care Team <careteam@oakfield-primarycare.example.org>",
    "Diabetic eye exam report - Reginald Oduya",
    """Diabetic eye exam - 11/06/2026

Patient: Reginald Oduya   DOB 04/30/1961
Findings: moderate non-proliferative diabetic retinopathy OU, clinically
significant macular edema OD. VA 20/50 OD, 20/30 OS.
Plan: anti-VEGF injection OD started today (aflibercept). Return 4 weeks.
Tight glycemic and BP control recommended.

Clear Vista Eye Associates | 555-0157
""")

add("phi", "oral-surgery-warfarin",
    "Oral surgeon asks the PCP how to manage a named patient's warfarin before extractions.",
    "Front Desk - Hillside Oral Surgery <frontdesk@hillside-oms.example.com>",
    "Dr. Miriam Castellanos <mcastellanos@oakfield-primarycare.example.org>",
    "Medical clearance request - Marguerite Olsen",
    """Dr. Castellanos,

Marguerite Olsen (DOB 5/5/1948) is scheduled for extraction of #3, #14 and
#30 on 12/2. She's on warfarin for mechanical mitral valve. Please advise on
peri-procedure anticoagulation (bridging?) and send her last INR. We'd like
INR < 3.0 the morning of surgery.

Please fax the clearance to 555-0158.

Thank you,
Hillside Oral & Maxillofacial Surgery
""")


add("phi", "aco-ed-visit-alerts",
    "ACO daily ED-visit alert table listing named attributed patients with their ED diagnoses.",
    "Keystone ACO Care Transitions <transitions@keystone-aco.example.org>",
    "Oakfield Care Team <careteam@oakfield-primarycare.example.org>",
    "ED visits yesterday - 3 of your attributed patients",
    None,
    html="""<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Good morning Oakfield team,</p>
<p>The following attributed patients had an emergency department visit on <b>11/15/2026</b>.
Please contact within 2 business days for follow-up (TCM outreach).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#1f4e79;color:#fff"><th>Patient</th><th>DOB</th><th>MBI / Member ID</th><th>Facility</th><th>ED dx</th><th>Disposition</th></tr>
<tr><td>GARNER, LOUISE</td><td>07/19/1946</td><td>3HK2-PR8-TD40</td><td>Mercy ED</td><td>R55 Syncope and collapse</td><td>Discharged</td></tr>
<tr><td>WEBB, CLARENCE</td><td>11/30/1952</td><td>5QA7-FV3-MG19</td><td>St. Brennan's ED</td><td>E87.1 Hyponatremia</td><td>Admitted (obs)</td></tr>
<tr><td>TOLLIVER, JANICE</td><td>02/02/1958</td><td>CHM-20991457</td><td>Mercy ED</td><td>S52.501A Fx radial styloid, R</td><td>Discharged</td></tr>
</table>
<p>Questions: Care Transitions desk 555-0115.</p>
<p style="font-size:11px;color:#666">Keystone ACO &middot; This report contains information for care coordination of attributed beneficiaries.</p>
</body></html>
""")

add("phi", "aco-daily-admits-csv",
    "ACO daily inpatient census CSV naming attributed patients, facilities and admitting diagnoses.",
    "Keystone ACO Reports <reports@keystone-aco.example.org>",
    "Gail Horvath <ghorvath@northgate-cm.example.org>",
    "Daily admits - Northgate panel - 2026-11-18",
    "Attached is today's admission file for your assigned panel (4 rows).\n\n-- Keystone ACO Reporting\n",
    atts=[A("admits_northgate_20261118.csv", "text/csv", csvtext([
        ["member_id", "last_name", "first_name", "dob", "facility", "admit_date", "admit_dx", "dx_desc", "attending"],
        ["CHM-20774196", "Vance", "Harold", "1951-08-14", "Mercy Health Medical Center", "2026-11-17", "I48.91", "Atrial fibrillation, unspecified", "Stroud E"],
        ["CHM-20481103", "Yates", "Florence", "1940-03-03", "St. Brennan's Hospital", "2026-11-17", "N17.9", "Acute kidney failure, unspecified", "Castellano R"],
        ["CHM-20661850", "Brooks", "Delbert", "1955-12-24", "Mercy Health Medical Center", "2026-11-16", "J44.1", "COPD w acute exacerbation", "Patel N"],
        ["CHM-20337712", "Ruiz", "Ofelia", "1949-09-09", "Greenbriar SNF", "2026-11-17", "Z47.1", "Aftercare following joint replacement", "Okimoto J"],
    ]))])

add("phi", "risk-adj-chart-request",
    "Payer requests charts for named members and their suspected HCC diagnoses for risk-adjustment review.",
    "Risk Adjustment Ops <radv@cascadehealth.example.com>",
    "Medical Records <records@oakfield-primarycare.example.org>",
    "Chart retrieval request CR-2026-Q4-0418 (3 members)",
    """Hello,

Cascade Health is conducting its annual risk adjustment chart review. Please
upload the 2026 office notes for the members in the attached list to the
retrieval portal by 12/11/2026, or call 555-0142 to schedule a remote pull.

Thank you for your partnership.
Cascade Health Risk Adjustment Operations
""",
    atts=[A("CR-2026-Q4-0418.csv", "text/csv", csvtext([
        ["member_id", "member_name", "dob", "dos_from", "dos_to", "suspect_hcc", "suspect_desc"],
        ["CH30917265", "RUDD PHYLLIS", "1950-04-12", "2026-01-01", "2026-12-31", "HCC280", "COPD"],
        ["CH58120443", "MORALES RUBEN", "1947-10-02", "2026-01-01", "2026-12-31", "HCC238", "Specified heart arrhythmias"],
        ["CH20558714", "BOYD FRANKLIN", "1944-06-18", "2026-01-01", "2026-12-31", "HCC37", "Diabetes with chronic complications"],
    ]))])

add("phi", "hedis-crc-gap-list",
    "Quality team sends a practice a list of named patients overdue for colorectal cancer screening with their last results.",
    "Quality Team <quality@keystone-aco.example.org>",
    "Tasha Greer <tgreer@oakfield-primarycare.example.org>",
    "COL gap list - Dr. Frey panel (5)",
    """Tasha - here's the colorectal screening gap list for Dr. Frey's panel. These
five have no colonoscopy in 10 yrs / FIT in 1 yr on claims. Two had FIT kits
mailed in Sept and not returned. If any had it done elsewhere please send the
report so we can close the gap before 12/31.

Thanks!
Priya
Keystone ACO Quality | 555-0115
""",
    atts=[A("COL_gaps_Frey.csv", "text/csv", csvtext([
        ["MRN", "Name", "DOB", "Last CRC screen", "Result", "FIT mailed", "Next appt"],
        ["OPC-448120", "Vance, Harold", "08/14/1951", "colonoscopy 2013", "2 tubular adenomas", "no", "12/08/2026"],
        ["OPC-552107", "Nakamura, June", "04/19/1967", "none", "", "09/15/2026", ""],
        ["OPC-120449", "Ortega, Samuel", "04/27/1960", "FIT 2024", "negative", "09/15/2026", "01/12/2027"],
        ["OPC-662018", "Ashby, Gwendolyn", "02/28/1975", "none", "", "no", ""],
        ["OPC-301774", "Okafor, Benjamin", "01/15/1957", "colonoscopy 2015", "normal; poor prep", "no", "11/30/2026"],
    ]))])

add("phi", "cob-questionnaire-member",
    "Health plan asks a named member to update other-coverage information so a pending claim for physical therapy can be paid.",
    "Cascade Health Member Services <member-notices@cascadehealth.example.com>",
    "Franklin Boyd <fboyd44@mailbox.example.net>",
    "Action needed: claims on hold for your recent care",
    """Dear Franklin Boyd,

We are holding 3 claims for your care while we confirm whether you have
other health coverage:

  Claim 26-207719853   09/30/2026   Oakfield Primary Care    office visit, breathing test
  Claim 26-211408720   10/07/2026   Summit Physical Therapy  physical therapy
  Claim 26-211408721   10/14/2026   Summit Physical Therapy  physical therapy

Please complete the other-coverage questionnaire in your online account or
call Member Services at 555-0140 (TTY 711). If we don't hear from you within
45 days, these claims may be denied.

Member ID: CH20558714

Cascade Health Member Services
""")

add("phi", "hospital-statement-html",
    "Hospital statement to a named patient for an outpatient surgery with account number and insurance payments.",
    "St. Brennan's Patient Financial Services <statements@stbrennans.example.org>",
    "Cynthia Moreau <cmoreau@mailbox.example.net>",
    "Your St. Brennan's statement is ready",
    None,
    html="""<!DOCTYPE html>
<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Arial;font-size:14px" cellpadding="12">
<tr><td style="background:#003b5c;color:#fff;font-size:18px">St. Brennan's Hospital</td></tr>
<tr><td>Hi Cynthia,<br><br>Your statement for account <b>SB-90044127</b> is ready.</td></tr>
<tr><td>
<table width="100%" cellpadding="4" style="font-size:13px;border-top:1px solid #ccc">
<tr><td>10/21/2026</td><td>Outpatient surgery - laparoscopic ovarian cystectomy</td><td align="right">$14,220.00</td></tr>
<tr><td></td><td>Anesthesia services</td><td align="right">$1,860.00</td></tr>
<tr><td></td><td>Pathology</td><td align="right">$412.00</td></tr>
<tr><td></td><td>Keystone Valley Health Plan payment</td><td align="right">-$9,844.16</td></tr>
<tr><td></td><td>Contractual adjustment</td><td align="right">-$5,307.84</td></tr>
<tr><td></td><td><b>Amount due by 12/15/2026</b></td><td align="right"><b>$1,340.00</b></td></tr>
</table></td></tr>
<tr><td><a href="https://pay.stbrennans.example.org/s/SB-90044127" style="background:#0a7;color:#fff;padding:10px 18px;text-decoration:none">Pay now</a>
&nbsp; Payment plans and financial assistance: 555-0120</td></tr>
<tr><td style="font-size:11px;color:#777">St. Brennan's Hospital, 400 Abbey Rd, Millbrook PA 19055. This message was sent to cmoreau@mailbox.example.net.</td></tr>
</table></td></tr></table>
</body></html>
""")

add("phi", "colonoscopy-ics-patient",
    "GI scheduler sends a patient an invitation for her colonoscopy with prep instructions.",
    "Valley GI Scheduling <schedule@valley-gi.example.org>",
    "June Nakamura <june.nakamura@mailbox.example.net>",
    "Your procedure - Tues Dec 8",
    """Hi June,

You're scheduled for your colonoscopy with Dr. Nakashima on Tuesday 12/8,
arrive 7:15 am at the Valley GI Endoscopy Center. Calendar invite attached.

Prep: split-dose PEG (the prescription went to Corner Drug). Clear liquids all
day 12/7, first half of the prep at 6 pm, second half at 3 am. Stop the
glipizide the morning of the procedure. You need a driver.

Valley GI | 555-0160
""",
    atts=[A("colonoscopy.ics", "text/calendar", ics(
        "vgi-proc-88120447@valley-gi.example.org", "20261208T071500", "20261208T100000",
        "Colonoscopy - Dr. Nakashima (arrive 7:15, bring driver)",
        "Patient: June Nakamura. Split-dose bowel prep. Hold glipizide morning of procedure.",
        "Valley GI Endoscopy Center, 12 Mill Rd, Millbrook",
        ("Valley GI Scheduling", "schedule@valley-gi.example.org"),
        [("June Nakamura", "june.nakamura@mailbox.example.net")]),
        params={"method": "REQUEST"})])

add("phi", "critical-potassium-callback",
    "Lab calls a critical potassium for a named patient and documents the read-back.",
    "Tri-County Lab Client Services <clientservices@tri-county-lab.example.com>",
    "Oakfield Nurses <nurses@oakfield-primarycare.example.org>",
    "CRITICAL VALUE notification - acc A26-61200",
    """CRITICAL VALUE - PHONED AND READ BACK

Patient: BOYD, FRANKLIN   DOB 06/18/1944   Acc A26-61200
Collected 11/18/2026 08:40
Potassium 6.4 mmol/L (critical high), hemolysis index 0 (not hemolyzed)
Creatinine 2.1 mg/dL (H)

Called to: Carla Jessup RN at 13:12, read back verified.
Called by: T. Amado, MLS

Tri-County Lab | Client Services 555-0170
""")

add("phi", "refill-request-metformin",
    "Pharmacy refill authorisation request for a named patient's metformin and glipizide.",
    "Corner Drug #14 <store14@cornerdrug.example.com>",
    "Rx Inbox <rxinbox@oakfield-primarycare.example.org>",
    "Refill authorization request (2 items)",
    """REFILL AUTHORIZATION REQUEST - Corner Drug #14, 88 Main St, Millbrook

Patient: June Nakamura   DOB 04/19/1967   Ph 555-0102
Prescriber: Naomi Frey MD   DEA """ + DEA_FREY + """

1) metformin ER 500 mg tab, 2 tabs daily w/ evening meal, #180, last fill 08/20
2) glipizide 5 mg tab, 1 tab daily before breakfast, #90, last fill 08/20

[ ] Approved  Refills: ___    [ ] Denied   [ ] Pt needs appt

Please respond by e-Rx or fax 555-0169.
""")

add("phi", "medrec-discrepancy-apixaban",
    "Transitions-of-care pharmacist flags a duplicated anticoagulant for a named patient after discharge.",
    "Nadia Qureshi, PharmD <nqureshi@keystone-aco.example.org>",
    "Dr. Naomi Frey <nfrey@oakfield-primarycare.example.org>",
    "post-d/c med rec - H. Vance - duplicate anticoag",
    """Dr. Frey,

Did the 72-hr post-discharge call with Harold Vance today. He has BOTH
apixaban 5 mg BID (from your office, 11/04) and the rivaroxaban 20 mg the
hospital started on discharge 11/19 at home and has taken both for 2 days.
I told him to hold the rivaroxaban until he hears from you. No bleeding, BP
128/76, HR 84 irregular.

Also discharge list dropped his lisinopril - not sure if intentional (Cr 1.4).
Can you or the cardiologist confirm which anticoagulant? He's seeing Dr. Osei
12/1.

Nadia Qureshi, PharmD, BCACP
Keystone ACO Transitions of Care | 555-0115
""")

add("phi", "polst-to-hospice",
    "Care manager shares a named patient's signed POLST and goals-of-care note with the hospice.",
    "Gail Horvath <ghorvath@northgate-cm.example.org>",
    "Evergreen Hospice Intake <intake@evergreen-hospice.example.org>",
    "POLST for Mr. Pike",
    """Attached is the POLST Mr. Pike signed with Dr. Hale on 11/16, and the
goals-of-care note. Wife (Ruth, 555-0111) has the original on the fridge.

Gail
""",
    atts=[A("POLST_Pike_G.pdf", "application/pdf", pdf([
        "PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)",
        "Patient: Gordon Pike   DOB 02/11/1947",
        "A. CPR: Do Not Attempt Resuscitation / DNR",
        "B. Medical interventions: Comfort-focused treatment",
        "C. Artificially administered nutrition: No artificial nutrition by tube",
        "Diagnosis: metastatic pancreatic adenocarcinoma",
        "Signed: Jonah Hale, MD   11/16/2026   Patient signature on file",
    ], title="POLST"))])

add("phi", "secure-tag-test-send",
    "borderline: marked-secure-test-no-content - a [secure]-tagged test send with no patient; the sender asked for protection so it is at least phi.",
    "Tasha Greer <tgreer@oakfield-primarycare.example.org>",
    "Liam Brandt <lbrandt@airway-homecare.example.com>",
    "[secure] test - can you open this?",
    """Liam - testing the secure send before I mail you the O2 paperwork. Let me
know if it made you register for the portal thing or if it just opened.

Tasha
555-0112 x214
""", hdrs={"X-Sensitivity": "secure"})

add("phi", "records-request-prior-pcp",
    "New PCP asks the previous practice for a named patient's records, listing her conditions.",
    "Medical Records <records@oakfield-primarycare.example.org>",
    "Records <records@brookline-family.example.com>",
    "Records request - new patient transfer - Ines Cavalcanti",
    """Hello,

Our new patient Ines Cavalcanti (DOB 10/10/1983) has signed the attached
authorization to transfer her records to our office. She was seen at your
practice 2019-2026. Most important for us: hypothyroidism (levothyroxine
dosing and TSH history), the 2024 endometriosis surgery op note, immunizations,
and the most recent Pap/HPV.

Her first visit with Dr. Castellanos is 12/10. Electronic (Direct or CCD) is
preferred.

Thanks,
Oakfield Primary Care - Medical Records
555-0112 opt 4 | Fax 555-0113
""")

# ---- phi, not in English
add("phi", "cita-endocrinologia-paciente",
    "Spanish: care coordinator tells a patient about her endocrinology appointment and insulin changes.",
    "Coordinación de Cuidados <coordinacion@comunidad-health.example.org>",
    "Rosa Villalobos <rosavillalobos@mailbox.example.net>",
    "Su cita con endocrinología - 9 de diciembre",
    """Hola Sra. Villalobos,

Le confirmamos su cita con la Dra. Morrow en Valley Endocrine el miércoles 9 de
diciembre a las 2:20 p. m. Por favor traiga su glucómetro y todas sus insulinas.

Como hablamos por teléfono, la Dra. Castellanos quiere que baje la insulina de
la noche (glargina) de 30 a 26 unidades hasta la cita, porque ha tenido el azúcar
bajo en la mañana. Si tiene azúcar menor de 70, tome 4 tabletas de glucosa y
llámenos.

El transporte ya está pedido: la recogen a la 1:15.

Saludos,
Marisol Ibáñez
Coordinadora de cuidados - Comunidad Health Center
555-0129
""", cte="quoted-printable", lang="es")

add("phi", "visita-enfermagem-domiciliar",
    "Portuguese: home health nurse tells a family the visit schedule and wound care for a named patient.",
    "Enfermagem Domiciliar Summit Ridge <enfermagem@summitridge-hh.example.com>",
    "Cláudia Ferreira <claudia.ferreira@mailbox.example.net>",
    "Visitas de enfermagem do Sr. Manuel",
    """Olá Cláudia,

Confirmando as visitas de enfermagem para o seu pai, Sr. Manuel Ferreira, nesta
semana: segunda, quarta e sexta, entre 10h e 12h. A enfermeira Beatriz vai trocar
o curativo a vácuo do calcanhar direito e verificar a glicemia.

Por favor, mantenha a máquina do curativo sempre ligada na tomada à noite. Se o
alarme tocar e não parar, ou se houver sangue no tubo, ligue para 555-0175
(24 horas).

Atenciosamente,
Beatriz Nogueira, RN
Summit Ridge Home Health
""", cte="8bit", lang="pt")

add("phi", "lettre-liaison-sortie-mt",
    "French (ISO-8859-15): hospital discharge letter to the GP about a named patient's pulmonary embolism and anticoagulation.",
    "Service de Pneumologie <pneumo.secretariat@chu-valmont.example.fr.test>",
    "Dr Hélène Marchal <h.marchal@cabinet-lilas.example.fr.test>",
    "Lettre de liaison - Mme Coralie Duval",
    """Chère consoeur,

Votre patiente Mme Coralie Duval, née le 14/02/1979, a été hospitalisée dans
notre service du 9 au 13 novembre 2026 pour une embolie pulmonaire bilatérale
sans signe de gravité, survenue trois semaines après une arthroscopie du genou
droit.

Traitement de sortie : apixaban 10 mg x2/j pendant 7 jours puis 5 mg x2/j pour
au moins 3 mois. Bilan de thrombophilie à prévoir à distance.

Rendez-vous de contrôle en consultation de pneumologie le 15 janvier à 9 h 30.

Bien confraternellement,
Dr Paul Lemaire
CHU de Valmont - Pneumologie - 03 55 50 01 46
""", charset="iso-8859-15", cte="quoted-printable", lang="fr")

add("phi", "entlassbrief-hausarzt",
    "German (ISO-8859-1, base64): discharge letter to the GP about a named patient's knee replacement and follow-up.",
    "Sekretariat Orthopädie <sekretariat.ortho@klinikum-auental.example.de.test>",
    "Praxis Dr. Brandt <praxis@hausarzt-brandt.example.de.test>",
    "Entlassbrief Herr Günther Albrecht, geb. 03.07.1950",
    """Sehr geehrter Herr Kollege Brandt,

wir berichten über Ihren Patienten Herrn Günther Albrecht, geb. 03.07.1950,
der sich vom 02.11. bis 10.11.2026 in unserer stationären Behandlung befand.

Diagnose: Primäre Gonarthrose rechts
Therapie: Implantation einer Knie-Totalendoprothese rechts am 03.11.2026

Der postoperative Verlauf war komplikationslos. Die Wunde ist reizlos, die
Fäden bitten wir am 14. postoperativen Tag zu entfernen. Thromboseprophylaxe
mit Enoxaparin 40 mg s.c. 1x täglich für insgesamt 5 Wochen. Anschlussheilbehandlung
ab 12.11.2026 in der Rehaklinik Seeblick.

Mit freundlichen kollegialen Grüßen
Dr. med. Katrin Vogt, Oberärztin
Klinikum Auental, Tel. 030 5550143
""", charset="iso-8859-1", cte="base64", lang="de")

add("phi", "lich-hen-tim-mach",
    "Vietnamese (base64, HTML alternative): care coordinator reminds a named patient of a cardiology visit and echo.",
    "Điều phối chăm sóc <dieuphoi@comunidad-health.example.org>",
    "Trần Văn Hùng <tranvanhung59@mailbox.example.net>",
    "Lịch hẹn tim mạch ngày 2/12",
    """Chào bác Hùng,

Con nhắc bác lịch hẹn khám tim mạch với bác sĩ Osei vào thứ Tư ngày 2/12 lúc
9:00 sáng, và siêu âm tim lúc 8:00 cùng ngày ở Keystone Heart. Bác nhớ mang
theo tất cả thuốc đang uống (thuốc lợi tiểu furosemide và thuốc huyết áp), và
ghi cân nặng mỗi sáng.

Nếu bác bị phù chân hoặc khó thở nhiều hơn, gọi ngay cho con: 555-0129.

Thúy - Điều phối viên chăm sóc
""", cte="base64", lang="vi",
    html="""<html><body style="font-family:Arial;font-size:15px">
<p>Chào bác Hùng,</p>
<p>Con nhắc bác lịch hẹn khám <b>tim mạch</b> với bác sĩ Osei vào <b>thứ Tư ngày 2/12 lúc 9:00 sáng</b>,
và siêu âm tim lúc 8:00 cùng ngày ở Keystone Heart.</p>
<p>Bác nhớ mang theo tất cả thuốc đang uống (furosemide, thuốc huyết áp) và ghi cân nặng mỗi sáng.</p>
<p>Nếu bác bị phù chân hoặc khó thở nhiều hơn, gọi ngay: 555-0129.</p>
<p>Thúy &ndash; Điều phối viên chăm sóc</p>
</body></html>
""", html_cte="base64")

add("phi", "jujia-huli-tangniaobing",
    "Traditional Chinese (Big5, base64): home nurse reports a named elderly patient's insulin and blood sugar readings to the family.",
    "居家護理 陳護理師 <nurse.chen@summitridge-hh.example.com>",
    "林美華 <meihua.lin@mailbox.example.net>",
    "林老先生 居家訪視紀錄 11/18",
    """林小姐您好：

今天到府訪視林國雄老先生，量血糖空腹 182 mg/dL，晚餐後 256。長效胰島素
目前每晚 18 單位，已和李醫師討論，從今晚起調整為 20 單位。老先生說有時候
忘記打針，我們在冰箱上貼了記錄表，請家人幫忙打勾。

右腳拇指的傷口已經比較乾，下週三再來換藥。如有低血糖（手抖、冒冷汗）請先給
他喝半杯果汁，並打 555-0175。

陳淑芬 護理師
Summit Ridge 居家護理
""", charset="big5", cte="base64", lang="zh")

add("phi", "napravlenie-reabilitatsiya-insult",
    "Russian (windows-1251, QP): rehabilitation referral for a named patient after an ischaemic stroke.",
    "Невролог Кравцова Е.А. <kravtsova@gorbolnitsa3.example.ru.test>",
    "Реабилитационный центр <priem@reab-center.example.ru.test>",
    "Направление на реабилитацию - Соколов В.П.",
    """Добрый день,

Направляем на второй этап медицинской реабилитации пациента Соколова Виктора
Павловича, 18.01.1957 г.р., полис ОМС 7750 1200 4471 2033.

Диагноз: ишемический инсульт в бассейне левой СМА от 27.10.2026, правосторонний
гемипарез, моторная афазия. Шкала Рэнкин 3. Принимает клопидогрел 75 мг,
аторвастатин 40 мг.

Выписка прилагается. Просим сообщить дату госпитализации.

Кравцова Елена Андреевна, врач-невролог
ГБ №3, тел. 555-0138
""", charset="windows-1251", cte="quoted-printable", lang="ru")

add("phi", "naql-jalasat-ghasil",
    "Arabic (windows-1256, base64): social worker arranges transport to dialysis sessions for a named patient.",
    "أخصائية اجتماعية - مركز الكلى <nadebayo@harborside-dialysis.example.com>",
    "خدمة النقل <dispatch@bluebird-nemt.example.com>",
    "طلب نقل لجلسات الغسيل الكلوي - السيد يوسف العمري",
    """السلام عليكم،

نرجو ترتيب النقل للمريض السيد يوسف العمري (تاريخ الميلاد 1960/05/14، رقم
العضوية MCD-7720913) إلى جلسات الغسيل الكلوي أيام الاثنين والأربعاء والجمعة،
الجلسة تبدأ الساعة 6:00 صباحاً في مركز هاربرسايد. المريض يستخدم كرسياً متحركاً
ويحتاج إلى مرافق بسبب ضعف النظر الناتج عن السكري.

شكراً لكم،
نيكول أديبايو
مركز هاربرسايد للغسيل الكلوي - 555-0178
""", charset="windows-1256", cte="base64", lang="ar")

add("phi", "sugat-ni-tatay-insulin",
    "Tagalog: caregiver tells a care manager about her father's leg wound and missed insulin.",
    "Maricel Dizon <maricel.dizon@mailbox.example.net>",
    "Gail Horvath <ghorvath@northgate-cm.example.org>",
    "Re: si Tatay - sugat sa binti",
    """Hi Ms. Gail,

Salamat po sa tawag kahapon. Update lang po kay Tatay (Rogelio Dizon): namumula
pa rin po yung sugat sa kaliwang binti niya at may konting nana na kaninang
umaga. Hindi rin po siya nakapag-insulin kagabi kasi naubos na yung pen, yung
refill daw po sa Corner Drug kailangan pa ng approval ng doktor.

Pwede po ba siyang makita ni Dr. Castellanos bukas? Day off ko po bukas kaya
kaya ko siyang samahan.

Salamat po,
Maricel
555-0130
""", lang="tl")

add("phi", "hwaljeo-hyeolsu-wheelchair",
    "Korean (EUC-KR, base64): care manager requests a power wheelchair order for a named member with ALS.",
    "최은지 케어매니저 <ejchoi@cascadehealth.example.com>",
    "Pinecrest 주문팀 <orders@pinecrest-medsupply.example.com>",
    "전동휠체어 주문 요청 - 정병철 님",
    """안녕하세요,

캐스케이드 헬스 회원 정병철 님(회원번호 CH71200846, 1962년 9월 3일생)의
전동휠체어(K0861, 틸트 기능 포함) 주문을 요청드립니다. 진단명은 근위축성
측삭경화증(G12.21)이며, 현재 보행이 불가능하고 상지 근력도 약해지고 있습니다.

신경과 의사 소견서와 작업치료 평가서는 포털에 올려 두었습니다. 가정 방문
평가 날짜를 알려 주시면 보호자(부인, 555-0132)께 연락드리겠습니다.

최은지 드림
캐스케이드 헬스 케어매니저 555-0143
""", charset="euc-kr", cte="base64", lang="ko")

add("phi", "skierowanie-rehabilitacja-biodro",
    "Polish (ISO-8859-2, base64): referral for inpatient rehabilitation of a named patient after hip replacement.",
    "Rejestracja Oddziału Ortopedii <rejestracja.ortopedia@szpital-brzozowa.example.pl.test>",
    "Ośrodek Rehabilitacji Zdrój <przyjecia@rehab-zdroj.example.pl.test>",
    "Skierowanie - p. Halina Kowalczyk, PESEL w załączeniu",
    """Dzień dobry,

przesyłamy skierowanie na rehabilitację leczniczą w warunkach stacjonarnych
dla pani Haliny Kowalczyk (ur. 17.06.1953), po endoprotezoplastyce całkowitej
stawu biodrowego lewego wykonanej 05.11.2026. Pacjentka chodzi przy balkoniku,
rana wygojona, szwy usunięte. Leczenie przeciwzakrzepowe: enoksaparyna 40 mg
do 03.12.2026.

Prosimy o informację o terminie przyjęcia.

Z poważaniem
Rejestracja Oddziału Ortopedii
tel. 22 555 01 44
""", charset="iso-8859-2", cte="base64", lang="pl")

add("phi", "kaigo-care-plan-henkou",
    "Japanese (ISO-2022-JP): care manager tells a home-care agency about a named client's changed care plan after a fall and fracture.",
    "ケアマネジャー 佐藤 <sato.cm@kaigo-hikari.example.jp.test>",
    "訪問介護ステーション <station@homecare-midori.example.jp.test>",
    "田中様 ケアプラン変更のお知らせ",
    """訪問介護ステーション みどり 御中

いつもお世話になっております。
田中ハルさん（昭和14年生まれ）は、11月8日に自宅で転倒し右手首を骨折され、
現在ギプス固定中です。主治医の指示により、12月末まで入浴介助を週2回から
週3回に増やし、調理の援助も追加します。

骨粗しょう症の薬（アレンドロン酸）は毎週月曜日の朝に服用されますので、
服薬確認をお願いいたします。

ケアマネジャー 佐藤 恵子
ひかり居宅介護支援事業所 03-5550-0145
""", charset="iso-2022-jp", cte="7bit", lang="ja")


# ================================================================ NONE
NPI_ADEYEMI = npi("130458862")
NPI_KAUR = npi("114502276")
DEA_KAUR = dea("AK", "552910")

add("none", "cm-team-oncall-grid",
    "Care-management staff on-call grid with names, phone numbers and dates; no patient.",
    "Gail Horvath <ghorvath@northgate-cm.example.org>",
    "CM Team <cm-team@northgate-cm.example.org>",
    "December on-call + holiday coverage",
    "December on-call grid below. Swaps go through me by 11/25 please.\n",
    html="""<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Hi all &ndash; December on-call grid. Swaps through me by <b>11/25</b> please. After-hours line forwards to the on-call cell.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Week</th><th>Primary RN CM</th><th>Backup</th><th>On-call cell</th></tr>
<tr><td>11/30 - 12/06</td><td>Owen Falk</td><td>Gail Horvath</td><td>555-0118</td></tr>
<tr><td>12/07 - 12/13</td><td>Dana Whitcomb</td><td>Felipe Orozco</td><td>555-0118</td></tr>
<tr><td>12/14 - 12/20</td><td>Gail Horvath</td><td>Marisa Lund</td><td>555-0118</td></tr>
<tr><td>12/21 - 12/27 (holiday)</td><td>Felipe Orozco</td><td>Owen Falk</td><td>555-0118</td></tr>
<tr><td>12/28 - 01/03 (holiday)</td><td>Marisa Lund</td><td>Dana Whitcomb</td><td>555-0118</td></tr>
</table>
<p>Office closed 12/25 and 1/1. Holiday shifts get 1.5x comp time.</p>
<p>Gail Horvath, RN CCM<br>Clinical Manager, Northgate Community Care Management<br>555-0116 (o) &middot; 555-0117 (fax)</p>
</body></html>
""")

add("none", "dme-master-agreement-renewal",
    "Vendor contract renewal between a health system and a DME supplier with HCPCS price lines and PO numbers; no patient.",
    "Contracts - Pinecrest Medical Supply <contracts@pinecrest-medsupply.example.com>",
    "Supply Chain <supplychain@mercy-health.example.org>",
    "Master Agreement MA-2023-0114 renewal - pricing exhibit B",
    """Hi Jeanette,

Attached is the draft renewal for MA-2023-0114 (term 01/01/2027 - 12/31/2029).
Changes vs. current Exhibit B:

  E0260  Hosp bed semi-elec w/ rails, rental    $118.40/mo  (was $112.75)
  E0277  Powered pressure-reducing mattress     $462.00/mo  (no change)
  E1390  O2 concentrator                        $158.20/mo  (was $151.00)
  K0001  Std wheelchair, purchase               $265.00     (was $249.00)
  Delivery inside 24 h for discharges, same-day for hospice - unchanged.

Open POs 4500118772 and 4500119031 will be honored at current pricing until
closed. Redlines to me by 12/4 so legal can finalize before year end.

Thanks,
Brent Sorensen
Contracts Manager, Pinecrest Medical Supply
555-0184 | 1200 Industrial Dr, Millbrook PA 19055
""",
    atts=[A("MA-2023-0114_Renewal_DRAFT_v3.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx(1140))])

add("none", "pa-list-changes-2027",
    "Payer provider bulletin listing 2027 prior-authorisation code changes (imaging, genetic tests, MOUD drugs); no individual.",
    "Cascade Health Provider Communications <provider-news@cascadehealth.example.com>",
    "Network Providers <network-providers@lists.cascadehealth.example.com>",
    "Provider Bulletin 2026-22: Prior authorization list changes effective 1/1/2027",
    """PROVIDER BULLETIN 2026-22
Prior authorization list changes effective January 1, 2027

ADDED to the PA list
  - 81162, 81163, 81164 BRCA1/BRCA2 analysis (commercial plans)
  - 0379U targeted genomic sequence analysis
  - J0223 givosiran
  - 97151-97158 adaptive behavior services (all products)

REMOVED from the PA list (no authorization needed)
  - 72148, 72141 MRI spine for members completing 6 wks conservative therapy
    through the Cascade Back Pathway
  - J0592 buprenorphine injection and Q9991/Q9992 buprenorphine extended-release
    (all products) - PA removed to support timely access to treatment for
    opioid use disorder
  - H0020 methadone administration at opioid treatment programs

Questions: Provider Services 555-0140, option 2, or your Network Consultant.
The full list is on the provider portal under Resources > Clinical Policies.

You are receiving this because you are a contracted provider with Cascade
Health. Manage preferences: https://providers.cascadehealth.example.com/prefs
""")

add("none", "readmit-rates-q3-deidentified",
    "De-identified quarterly readmission rates by condition (aggregate CSV); no individual.",
    "Quality Analytics <analytics@keystone-aco.example.org>",
    "Transitions Committee <transitions-cmte@keystone-aco.example.org>",
    "Q3 2026 30-day readmission rates (de-identified)",
    """Attached are Q3 30-day all-cause readmission rates by index condition for
the committee packet. Cells under 11 are suppressed per our data use policy.
HF is still the outlier; the meds-to-beds pilot sites are 3 points lower.

Priya Raman
Quality Analytics | Keystone ACO | 555-0115
""",
    atts=[A("readmits_Q3_2026.csv", "text/csv", csvtext([
        ["index_condition", "index_admits", "readmits_30d", "rate_pct", "prior_q_rate_pct"],
        ["Heart failure", "412", "87", "21.1", "22.4"],
        ["COPD", "298", "54", "18.1", "19.0"],
        ["Pneumonia", "355", "49", "13.8", "14.1"],
        ["AMI", "121", "17", "14.0", "15.2"],
        ["Hip/knee replacement", "236", "11", "4.7", "5.0"],
        ["Sepsis", "508", "98", "19.3", "18.7"],
        ["All other", "4874", "611", "12.5", "12.9"],
    ]))])

add("none", "min-necessary-training-module",
    "borderline: Annual HIPAA training announcement whose example uses an obviously fictional sample patient; no real individual.",
    "Compliance Office <compliance@mercy-health.example.org>",
    "All Mercy Staff <allstaff@mercy-health.example.org>",
    "Action required: 2027 Privacy & Minimum Necessary training due 12/31",
    """All workforce members must complete the 2027 Privacy & Minimum Necessary
module in the LMS by December 31. It takes about 25 minutes.

New this year - a scenario on records requests from outside agencies:

  "A case manager from a payer calls asking for the full chart of SAMPLE
   PATIENT (DOB 01/01/1900) to 'help with discharge planning'. What do you
   send?"  Answer: only the minimum necessary - usually the discharge
   summary and med list - and verify the caller first.

Also covered: texting patient information, curbside consults in hallways,
faxing to the wrong number, and when a Part 2 consent is required.

Questions: Privacy Officer, 555-0121, or compliance@mercy-health.example.org.
""")

add("none", "it-ticket-pid3-mapping",
    "IT ticket about HL7 field mapping (PID-3, MRN assigning authority); config only, no patient.",
    "ServiceDesk <servicedesk@mercy-health.example.org>",
    "Integration Team <integration@mercy-health.example.org>",
    "INC0048812 - Referral outbound: PID-3 sending wrong assigning authority",
    """Incident INC0048812 has been assigned to Integration Team.

Short description: Referral outbound feed to ReferralHub sends PID-3.4 as
"EPIC" instead of "MERCY"; receiving side rejects with AR "Unknown assigning
authority".

Details from caller (K. Marchand, Riverside Ortho liaison, 555-0172):
  - Started after the 11/14 interface upgrade
  - Affects channel REF_OUT_02 only; ADT feeds fine
  - Suggested fix: translation table PID_3_4_AA row 3, set MERCY for
    facility code MHMC; also check that PID-3 repeats (MRN~MB) are not
    truncated to first repetition
  - No PHI attached to this ticket per policy - use the test message in
    the TEST environment (ZZTEST^REFERRAL)

Priority: 3 - Moderate   SLA: 3 business days
Assignment group: Integration Team

Reply above this line to update the ticket.
""")

add("none", "supply-invoice-exam-gloves",
    "Medical-supply invoice to a clinic with order, PO and invoice numbers; business-to-business, no patient.",
    "Accounts Receivable <ar@northline-supply.example.com>",
    "Accounts Payable <ap@oakfield-primarycare.example.org>",
    "Invoice 7720-118834 for PO OPC-26-0912",
    """Please find invoice 7720-118834 attached.

Order #: SO-4471208     PO: OPC-26-0912     Ship date: 11/13/2026
Terms: Net 30           Amount due: $1,284.62

Remit to: Northline Medical Supply, Lockbox 8812, Millbrook PA 19055
ACH details on file. Questions: 555-0189.
""",
    atts=[A("INV_7720-118834.pdf", "application/pdf", pdf([
        "NORTHLINE MEDICAL SUPPLY - INVOICE 7720-118834",
        "Bill to: Oakfield Primary Care, AP Dept   PO OPC-26-0912   Order SO-4471208",
        "10 cs  Nitrile exam gloves, M, 1000/cs       @ $68.40     $684.00",
        " 4 cs  Safety syringe 3 mL 23G x 1\", 800/cs  @ $92.15     $368.60",
        " 6 ea  Fingertip pulse oximeter                @ $24.50     $147.00",
        " 2 bx  Specimen bags, biohazard, 1000/bx       @ $31.80      $63.60",
        "Freight $21.42     TOTAL $1,284.62",
    ], title="Invoice 7720-118834"))])

add("none", "transitions-committee-invite",
    "Recurring meeting invitation (ICS) for a care-transitions committee with dial-in; no patient.",
    "Priya Raman <praman@keystone-aco.example.org>",
    "Transitions Committee <transitions-cmte@keystone-aco.example.org>",
    "Care Transitions Committee - monthly (3rd Thu)",
    """Moving the committee to the 3rd Thursday starting December. Agenda items
to me by the Monday before. Standing items: readmission dashboard, SNF
partner scorecard, meds-to-beds pilot.

Teams: https://meet.keystone-aco.example.org/j/88120447
Dial-in: 555-0199, conference ID 441 208 96#
""",
    atts=[A("meeting.ics", "text/calendar", ics(
        "ctc-monthly-2026@keystone-aco.example.org", "20261217T150000", "20261217T160000",
        "Care Transitions Committee",
        "Standing agenda: readmission dashboard, SNF scorecard, meds-to-beds pilot. "
        "Teams https://meet.keystone-aco.example.org/j/88120447 / dial-in 555-0199 ID 441 208 96#",
        "Conf Rm B / Teams", ("Priya Raman", "praman@keystone-aco.example.org"),
        [("Transitions Committee", "transitions-cmte@keystone-aco.example.org")],
        rrule="FREQ=MONTHLY;BYDAY=3TH"), params={"method": "REQUEST"})])

add("none", "pt-newsletter-shortages",
    "Pharmacy & therapeutics newsletter naming drugs, shortages and formulary changes; no individual.",
    "P&T Committee <pt-committee@mercy-health.example.org>",
    "Medical Staff <medstaff@mercy-health.example.org>",
    "P&T Update - November 2026",
    None,
    html="""<html><body style="font-family:Georgia,serif;font-size:14px;max-width:640px">
<h2 style="color:#7a1f2b">P&amp;T Update &middot; November 2026</h2>
<h3>Shortages</h3>
<ul>
<li><b>Amoxicillin oral suspension 400 mg/5 mL</b> &ndash; allocation through January. Use 250 mg/5 mL or chewables.</li>
<li><b>Semaglutide pens</b> &ndash; intermittent supply at retail; do not switch stable patients to compounded products.</li>
<li><b>Lorazepam 2 mg/mL injection</b> &ndash; conserve; midazolam preferred for procedural sedation.</li>
</ul>
<h3>Formulary decisions</h3>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><th>Drug</th><th>Decision</th><th>Notes</th></tr>
<tr><td>Buprenorphine ER injection</td><td>Added</td><td>ED bridge protocol; addiction medicine consult not required to order</td></tr>
<tr><td>Sacubitril/valsartan</td><td>Added (restricted)</td><td>Cardiology or HF clinic initiation</td></tr>
<tr><td>Cabotegravir ER injection</td><td>Non-formulary</td><td>Outpatient ID clinic supplies via specialty pharmacy</td></tr>
</table>
<h3>Reminder</h3>
<p>Naloxone should be offered at discharge for any patient sent home on &ge; 50 MME/day.</p>
<p style="font-size:12px;color:#555">Questions: Drug Information Service, 555-0124 &middot; Archive on the intranet.</p>
</body></html>
""")

add("none", "job-rn-care-manager",
    "Job posting for a care-manager position with ZIP codes, requisition number and salary; no patient.",
    "Talent Acquisition <careers@cascadehealth.example.com>",
    "Nursing Job Alerts <jobalerts@nurse-network.example.net>",
    "Now hiring: RN Care Manager, Transitions of Care (Req 26-1187)",
    """RN Care Manager - Transitions of Care
Req 26-1187 | Full time | Hybrid, field visits in ZIPs 19053, 19055, 19067
Pay range: $84,000 - $101,000 + mileage

What you'll do:
- Post-discharge calls and home visits within 72 hours for high-risk members
- Medication reconciliation with the TOC pharmacist
- Coordinate home health, DME, NEMT and community resources
- Lead case conferences with PCPs and specialists

What you need: active PA RN license, 3 yrs acute or home health experience,
CCM within 2 years of hire. Spanish, Vietnamese or Haitian Creole a plus.

Apply: https://careers.cascadehealth.example.com/jobs/26-1187
Questions: recruiter Alyssa Grant, 555-0146

Cascade Health is an equal opportunity employer.
""")

add("none", "webhook-delivery-failures",
    "Referral platform alert about failed webhook deliveries listing event UUIDs and endpoints; no patient data.",
    "ReferralHub Platform <alerts@referralhub.example.com>",
    "Integration Team <integration@mercy-health.example.org>",
    "[ReferralHub] 14 webhook deliveries failed for endpoint mercy-prod-2",
    """Webhook deliveries to https://hooks.mercy-health.example.org/referralhub/v2
have failed 14 times in the last hour (HTTP 503). We'll retry with
exponential backoff for 72 hours.

Sample failed events:
  evt_id                                event_type            attempt
  9c4e1b7a-2f3d-4a8e-b1c6-5d7e8f9a0b12  referral.accepted     4
  0a1b2c3d-4e5f-4607-8899-aabbccddeeff  referral.status       4
  e7f6a5b4-c3d2-4e1f-9a0b-1c2d3e4f5a6b  attachment.created    3

Event payloads contain resource IDs only; fetch details with your API key.

Status page: https://status.referralhub.example.com
Manage alerts: https://app.referralhub.example.com/settings/alerts
""")

add("none", "hl7-ack-batch-confirm",
    "Lab interface confirms receipt with an HL7 ACK (control data only, no patient).",
    "Tri-County Lab Interfaces <interfaces@tri-county-lab.example.com>",
    "Interface Monitor <hl7mon@oakfield-primarycare.example.org>",
    "RE: Resend: ORM batch 2026111703 (1 msg)",
    """Got it, AA this time. ACK attached for your logs.

Tri-County Lab - Interface Support
555-0170
""",
    atts=[A("ACK_2026111703-0001.hl7", "application/hl7-v2", hl7(
        "MSH|^~\\&|TCLAB|TRICOUNTY|OPCEHR|OAKFIELD|20261117092212||ACK^O01|TC77120981|P|2.3",
        "MSA|AA|2026111703-0001|Message accepted",
    ).encode())])

add("none", "a1c-analyzer-qc-values",
    "Point-of-care analyzer QC log with control lot values; no patient.",
    "POC Coordinator <poc@oakfield-primarycare.example.org>",
    "Oakfield Nurses <nurses@oakfield-primarycare.example.org>",
    "A1c analyzer QC - new control lot, please read",
    """New control lot for the A1c analyzer starts Monday. Ranges changed, please
don't use the old laminated card.

  Lot 26-4412 Level 1 (normal): target 5.4%, acceptable 5.0-5.8
  Lot 26-4412 Level 2 (high):   target 9.6%, acceptable 9.0-10.2

Last week's QC: L1 5.5, 5.3, 5.4   L2 9.7, 9.9, 9.5 - all in range.
Cartridge lot C2611 expires 03/2027. If QC fails twice, tag the analyzer out
and send samples to Tri-County.

Carla Jessup, RN | POC testing coordinator | x221
""")

add("none", "roi-fee-schedule-2027",
    "ROI vendor announces its 2027 copy-fee schedule to client facilities; no patient.",
    "ClearChart ROI Client Services <clientservices@clearchart-roi.example.com>",
    "HIM Directors <him-directors@lists.clearchart-roi.example.com>",
    "2027 fee schedule and turnaround commitments",
    """Dear HIM partners,

Effective January 1, 2027, ClearChart will apply the following fees for
third-party requests (patient right-of-access requests remain at the
state/HHS cost-based limit, and are free for electronic copies delivered to
the patient portal):

  Search/retrieval (attorney, insurer)   $24.11
  Per page, paper 1-20                    $1.21
  Per page, 21-60                         $0.61
  Per page, 61+                           $0.25
  Electronic delivery flat fee           $9.00
  Certification                          $15.00

Turnaround commitment: 7 business days (standard), 2 business days
(continuity of care, no charge).

Contact your account manager or 555-0190.

ClearChart ROI Services
""")

add("none", "fax-failure-report",
    "Fax server delivery failure report with numbers and page counts only; no content.",
    "FaxGate <fax-noreply@faxgate.example.net>",
    "Tasha Greer <tgreer@oakfield-primarycare.example.org>",
    "Fax delivery FAILED to 555-0186",
    """Your fax could not be delivered.

Job ID: FG-26111713-44812
To: 555-0186
Pages: 6
Attempts: 3
Last attempt: 11/17/2026 16:44 EST
Result: No answer / busy (code 3)

The document is not stored after a failed delivery. Please resend from your
application.
""")

add("none", "shipping-confirmation-toner",
    "Order shipping confirmation with order and tracking numbers for office supplies.",
    "OfficeHub Orders <orders@officehub.example.com>",
    "Araceli Munoz <amunoz@oakfield-primarycare.example.org>",
    "Your order #OH-55120884 has shipped",
    None,
    html="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>Hi Araceli, good news &ndash; your order is on its way.</p>
<table cellpadding="6" style="border:1px solid #ddd">
<tr><td>Order</td><td><b>#OH-55120884</b></td></tr>
<tr><td>Tracking</td><td><a href="https://track.officehub.example.com/1Z8A74E90348812076">1Z8A74E90348812076</a></td></tr>
<tr><td>Items</td><td>2 x Toner cartridge 58X black; 10 x Copy paper 8.5x11 case; 1 x Label tape 12 mm</td></tr>
<tr><td>Ship to</td><td>Oakfield Primary Care, 2200 Oakfield Pkwy Ste 110, Millbrook PA 19055</td></tr>
<tr><td>Arrives</td><td>Thursday, Nov 19</td></tr>
</table>
<p style="font-size:12px;color:#777">OfficeHub Business &middot; 555-0198 &middot; <a href="https://officehub.example.com/unsubscribe">Unsubscribe</a></p>
</body></html>
""")

add("none", "bereavement-program-winter",
    "Hospice community newsletter about grief-support groups and volunteer training; no individual's care.",
    "Evergreen Hospice Community <community@evergreen-hospice.example.org>",
    "Friends of Evergreen <friends@lists.evergreen-hospice.example.org>",
    "Winter grief support groups + volunteer training",
    """EVERGREEN HOSPICE - COMMUNITY NEWS, WINTER 2026

Grief support groups (free, open to anyone in the community)
  - Coping with the Holidays: Tue 12/8, 6:30 pm, Millbrook Library
  - Loss of a Spouse: 8 weeks starting 1/12, Mondays 10 am
  - Kids' Grief Camp: Saturday 2/6, registration required

Volunteer training
  Our next 16-hour volunteer training starts January 9. Volunteers provide
  companionship, respite for caregivers, and vigil presence. Call the
  volunteer office at 555-0185 to sign up.

Thank you to everyone who joined the Light Up a Life remembrance walk - you
raised $38,240 for our patient assistance fund.

Evergreen Hospice | 500 Cedar Ridge Rd, Millbrook PA 19055
To stop receiving these e-mails reply UNSUBSCRIBE.
""")

add("none", "new-cardiologist-welcome",
    "Practice announcement that a new cardiologist is accepting referrals (staff NPI, fax numbers); no patient.",
    "Keystone Heart Associates <news@keystone-heart.example.com>",
    "Referring Practices <referring@lists.keystone-heart.example.com>",
    "Welcome Dr. Folasade Adeyemi - accepting new referrals",
    """Keystone Heart Associates is pleased to welcome Folasade Adeyemi, MD,
FACC, to our Millbrook office. Dr. Adeyemi completed her fellowship in
advanced heart failure and transplant cardiology and will lead our new
heart failure clinic (Tue/Thu).

  NPI: """ + NPI_ADEYEMI + """
  Referrals: fax 555-0151 or ReferralHub "Keystone Heart - HF Clinic"
  New-patient scheduling: 555-0150 option 1

She is credentialed with Medicare, Cascade Health, Keystone Valley Health
Plan and most commercial plans.
""")

add("none", "case-conf-agenda-template",
    "Blank case-conference agenda template with placeholder fields; no patient.",
    "Gail Horvath <ghorvath@northgate-cm.example.org>",
    "CM Team <cm-team@northgate-cm.example.org>",
    "Updated case conference template - use starting Monday",
    """Team - new template below, also on the shared drive under Forms > Case
Conf. Please don't put full DOB in the invite subject anymore; initials +
last 4 of member ID only.

---------------------------------------------------------------
CASE CONFERENCE
Member: [Last, First]     Member ID: [__________]   DOB: [MM/DD/YYYY]
PCP: [name]               Date/time: [ ]            Facilitator: [ ]
Attendees: [ ] PCP  [ ] Specialist  [ ] Pharmacist  [ ] CHW  [ ] BH liaison
1. Reason for conference (1-2 lines)
2. Active problems / recent utilization (ED, IP last 90 days)
3. Barriers (transport, housing, food, cost, health literacy)
4. Plan - owner - due date
5. Next review date
---------------------------------------------------------------

Gail
""")

add("none", "caqh-reattestation-reminder",
    "borderline: Credentialing reminder naming a psychiatrist with his NPI, DEA and CAQH ID; staff data, no patient.",
    "Credentialing <credentialing@harborview-counseling.example.com>",
    "Dr. Arjun Kaur <akaur@harborview-counseling.example.com>",
    "CAQH re-attestation due 12/01 + DEA renewal",
    """Dr. Kaur,

Your CAQH ProView re-attestation is due 12/01/2026. Please log in and
attest; nothing else changed on our side.

  CAQH ID: 16044871
  NPI: """ + NPI_KAUR + """
  DEA: """ + DEA_KAUR + """ (expires 01/31/2027 - renewal window is open)
  PA license MD-448812 (exp 12/31/2026, renewal submitted 10/30)

Once you renew the DEA, send me the new certificate so I can update the
payer rosters (Cascade, Keystone Valley, Medicaid MCOs).

Thanks,
Renee
Credentialing Coordinator, Harborview Counseling | 555-0162
""")

add("none", "coworker-birthday-card",
    "Office message about a coworker's birthday with her date of birth; no health content.",
    "Tasha Greer <tgreer@oakfield-primarycare.example.org>",
    "Front Office <frontoffice@oakfield-primarycare.example.org>",
    "shhh - card for Araceli",
    """Araceli's birthday is Friday (she was born 11/20/1990, so don't put a big
3-6 on the cake lol). Card is in my top drawer, sign by Thursday. Cake from
Rosie's at lunch, $5 each if you want in - Venmo or cash.

T
""")

add("none", "badge-reprint-employee-id",
    "Security desk notice that an employee's badge was reprinted (employee ID); no health content.",
    "Security Badge Office <badging@mercy-health.example.org>",
    "Janelle Okimoto <jokimoto@stbrennans.example.org>",
    "Badge reprint ready - Emp ID 00448127",
    """Hi Janelle,

Your replacement badge is ready for pickup at the Security Badge Office
(Ground floor, Tower B), Mon-Fri 7a-4p. Bring photo ID.

  Employee ID: 00448127
  Access groups: ST BRENNANS-4W, 5E, CASE MGMT OFFICES, PARKING-G2

Your old badge (serial 0x4A7F12) has been deactivated. Reprint fee of $10 will
be payroll-deducted unless the old badge was damaged.

Security - Badge Office, ext 4400 / 555-0197
""")

add("none", "eft-remittance-summary",
    "Payer EFT remittance summary with trace and bank numbers; totals only, no patient lines.",
    "Cascade Health Payments <eft-notify@cascadehealth.example.com>",
    "Accounts Receivable <ar@oakfield-primarycare.example.org>",
    "EFT payment issued - trace 1TRC26111800447",
    """An electronic funds transfer has been issued to your account.

Payee: OAKFIELD PRIMARY CARE PC   TIN ending 4471
Payment date: 11/18/2026
Trace number: 1TRC26111800447
Amount: $48,213.77
Deposit to: account ending 0918 (routing ending 0210)
Claims in payment: 312

The 835 remittance file is available in the provider portal under Payments.
This e-mail contains no claim detail.

Cascade Health Provider Payments | 555-0140
""")

add("none", "county-overdose-dashboard",
    "County overdose dashboard e-mail with aggregate counts only; no individual.",
    "County Health Dept - Epi <epi@health.county.example.gov.test>",
    "Harm Reduction Partners <hrpartners@lists.county.example.gov.test>",
    "Monthly overdose surveillance update - October 2026",
    """OCTOBER 2026 OVERDOSE SURVEILLANCE (provisional)

  Suspected overdose ED visits:        142  (Sep 168, Oct 2025 171)
  EMS naloxone administrations:         97
  Suspected overdose deaths:            11  (pending toxicology)
  Xylazine detected in drug checking:   38% of fentanyl samples

ZIP codes 19055 and 19067 continue to account for half of ED visits.
Naloxone vending machines are now at the library and both transit centers.
Buprenorphine bridge clinic walk-in hours expanded to Saturdays.

Data are provisional, aggregated, and suppressed for counts under 5.
Dashboard: https://data.county.example.gov.test/overdose
""")

add("none", "world-aids-day-testing-event",
    "Announcement of a community HIV testing and PrEP information event; general education, no individual.",
    "Eastside Community Health Outreach <outreach@eastside-chc.example.org>",
    "Community Partners <partners@lists.eastside-chc.example.org>",
    "World AIDS Day 12/1 - free testing + PrEP info table, volunteers needed",
    """Hi partners,

For World AIDS Day (Tuesday 12/1) we're running free rapid HIV and hep C
testing at the Eastside Transit Center, 10 am - 4 pm. Results in 20
minutes, no ID or insurance needed. Our PrEP navigators will have an info
table about daily pills and the every-2-month injection, and how to start
same-day at the clinic.

We need 6 volunteers for greeting/registration (training provided 11/24).
Sign up with Jordan at 555-0136.

Please share the flyer with your clients and post it in waiting rooms.
""",
    atts=[A("WAD_2026_flyer.pdf", "application/pdf", pdf([
        "WORLD AIDS DAY - TUESDAY DECEMBER 1",
        "FREE rapid HIV & hep C testing - results in 20 minutes",
        "Eastside Transit Center, 10 am - 4 pm",
        "Ask about PrEP: pills or injection, same-day start",
        "No ID, no insurance needed.  Info: 555-0136",
    ], title="World AIDS Day flyer"))])

add("none", "bh-network-directory-update",
    "Payer notice to providers that a psychiatry group joined the network (directory update); no patient.",
    "Keystone Valley Health Plan - Network <network@kvhp.example.com>",
    "Participating PCPs <pcp-network@lists.kvhp.example.com>",
    "Network update: Riverbend Psychiatry & Therapy now in-network",
    """Effective 12/1/2026, Riverbend Psychiatry & Therapy joins the Keystone Valley
behavioral health network.

  Services: adult and adolescent psychiatry, medication management,
  individual/group therapy, TMS, collaborative care consults for PCPs
  Locations: 18 Ferry St, Millbrook 19055; telehealth statewide
  New referrals: fax 555-0157, e-referral "Riverbend PTC"
  Wait time reported: 2-3 weeks for therapy, 4 weeks for psychiatry intake

Members can self-refer; no PCP referral is needed for behavioral health on
any KVHP product. The updated directory posts 12/1.
""")

add("none", "otp-front-desk-copier-lease",
    "borderline: Display name is an opioid treatment programme's front desk, but it writes to a copier vendor about a lease; no patient.",
    "Harbor Methadone Clinic Front Desk <frontdesk@harbor-otp.example.com>",
    "Service <service@brightline-copiers.example.com>",
    "Copier lease #BL-22-3310 - paper jam again + toner",
    """Hi,

Our copier (lease BL-22-3310, serial K7X004418) in the front office is jamming
in tray 2 again - third time this month. Error code J-0201. Can you send a
tech this week? We open at 5:30 am so before 11 is best.

Also need 2 black toner cartridges. Ship to 88 Wharf St, attention front desk.

Thanks,
Front Desk
555-0163
""")

add("none", "oncology-billing-export-bug",
    "borderline: Display name is an oncology billing office, but it reports a software export bug to its vendor; no patient.",
    "Oncology Billing - Mercy Cancer Center <onc-billing@mercy-health.example.org>",
    "Support <support@revcycle-soft.example.com>",
    "Case 00219944 - aging report export drops last column",
    """Hello,

Since the 11/14 update, exporting the A/R aging report (Reports > Aging >
By Payer) to CSV drops the "120+ days" column. Export to XLSX is fine. Steps:

  1. Filter: Facility = MCC, Payer group = ALL
  2. Export > CSV
  3. Open file - 7 columns instead of 8

Build 26.4.118, Chrome 131. This is blocking our month-end close. Screenshot
attached (no patient data - I filtered to the summary view).

Thank you,
Oncology Billing, Mercy Cancer Center
555-0127 x3
""",
    atts=[A("aging_export_screenshot.png", "image/png",
            blob(218, 2600, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))])

add("none", "genetic-counseling-symposium",
    "Conference announcement for a genetic counselling symposium (BRCA, cascade testing topics); no individual.",
    "Mid-Atlantic Genetics Education <events@magen-ed.example.org>",
    "Members <members@lists.magen-ed.example.org>",
    "Call for abstracts: 2027 Spring Genetic Counseling Symposium",
    """2027 SPRING GENETIC COUNSELING SYMPOSIUM
April 15-16, 2027 | Harborview Conference Center | hybrid

Themes this year:
  - Cascade testing for hereditary cancer (BRCA1/2, Lynch) - reaching relatives
  - Expanded carrier screening: counselling on residual risk
  - Predictive testing for adult-onset conditions: protocols after 30 years
  - Genetic counselling assistants and telehealth models

Abstracts (300 words) due January 15. CEUs: 1.2 NSGC.
Early registration $295 members / $395 non-members until 2/28.

https://magen-ed.example.org/symposium2027
Questions: 555-0196
""")

add("none", "fertility-info-night-webinar",
    "Fertility clinic marketing invitation to an IVF and egg-freezing information webinar; no individual's care.",
    "Beacon Fertility <events@beacon-fertility.example.com>",
    "Subscribers <newsletter@lists.beacon-fertility.example.com>",
    "Free webinar Dec 10: Egg freezing & IVF - what it costs, what to expect",
    None,
    html="""<html><body style="font-family:'Helvetica Neue',Arial;font-size:15px;color:#333">
<div style="background:#f6e9f0;padding:20px;text-align:center">
<h1 style="color:#8c2f5b;margin:0">Thinking about your fertility options?</h1>
<p>Join Dr. Ana Varga and our financial counselors</p>
<p style="font-size:18px"><b>Thursday, December 10 &middot; 7:00 pm ET &middot; Online</b></p>
<a href="https://beacon-fertility.example.com/webinar?utm_source=email&amp;utm_campaign=dec26" style="background:#8c2f5b;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Save my seat</a>
</div>
<ul>
<li>Egg freezing: timeline, success rates by age, storage fees</li>
<li>IVF: what a cycle looks like, medications, monitoring visits</li>
<li>Insurance &amp; employer benefits, financing and multi-cycle packages</li>
</ul>
<p>Can't make it? Register anyway and we'll send the recording.</p>
<p style="font-size:11px;color:#999">Beacon Fertility &middot; 77 Harbor Blvd, Millbrook PA 19055 &middot; 555-0197<br>
<a href="https://beacon-fertility.example.com/unsubscribe">Unsubscribe</a></p>
</body></html>
""")

add("none", "blank-pa-request-form",
    "Payer sends the blank revised prior-authorisation request form (PDF with empty fields); no patient.",
    "Cascade Health Provider Communications <provider-news@cascadehealth.example.com>",
    "Front Office <frontoffice@riverside-ortho.example.org>",
    "Revised PA request form (rev 11/2026) - old version retired 1/1",
    """Attached is the revised fax prior authorization request form. The 2024
version will be rejected after 1/1/2027. Main change: section 4 now asks for
conservative therapy dates, and there is a new checkbox for expedited review.

Electronic submission through the portal is still fastest (median 1.8 days).

Provider Communications, Cascade Health | 555-0140
""",
    atts=[A("Cascade_PA_Request_Form_rev1126.pdf", "application/pdf", pdf([
        "CASCADE HEALTH - PRIOR AUTHORIZATION REQUEST (rev 11/2026)",
        "Fax to 555-0145   [ ] Standard   [ ] Expedited (72 h)",
        "1. Member name: ____________________  Member ID: ____________  DOB: __/__/____",
        "2. Requesting provider: ______________  NPI: __________  Phone: __________",
        "3. Service / CPT / HCPCS: ____________  Units: ____  Dates: __________",
        "4. Diagnosis (ICD-10): _______   Conservative therapy dates: __________",
        "5. Clinical summary (attach notes): ___________________________________",
        "Signature: ____________________   Date: __________",
    ], title="PA Request Form"))])

add("none", "roi-policy-part2-memo",
    "HIM policy memo explaining when Part 2 consents are needed for records requests; policy text, no patient.",
    "HIM Director <him-director@mercy-health.example.org>",
    "HIM & ROI Staff <him-staff@mercy-health.example.org>",
    "Policy HIM-114 revised: SUD records and redisclosure",
    """Team,

HIM-114 (Release of Information) is revised effective 12/1. Summary:

1. Records from our addiction medicine clinic and the inpatient withdrawal
   unit are Part 2 program records. Segment them in the ROI queue - they
   do NOT go out with a general HIPAA authorization.
2. A single consent for all future treatment, payment and operations uses is
   now permitted; it must name the recipient or class of recipients.
3. Every Part 2 disclosure includes the redisclosure notice (template T-22).
4. Court orders: subpoenas alone are not enough. Route to Legal.
5. Psychotherapy notes are never released without a separate authorization.

The policy and the updated job aid are on the intranet. Quick huddle Tuesday
7:45 in the HIM conference room.

Deborah Lin, RHIA
Director, Health Information Management | 555-0122
""")

add("none", "ehr-downtime-sat",
    "EHR downtime notice with times and procedures; no patient.",
    "IT Communications <itcomms@mercy-health.example.org>",
    "All Mercy Staff <allstaff@mercy-health.example.org>",
    "PLANNED DOWNTIME Sat 12/5 01:00-05:00 - EHR, referral and fax interfaces",
    """PLANNED DOWNTIME

When:   Saturday 12/5/2026, 01:00 - 05:00
What:   EHR upgrade to 26.4; outbound referral, Direct and fax interfaces
Impact: EHR read-only via BCA workstations; orders on paper downtime forms;
        referral and discharge summaries queue and send after 05:00

Downtime forms are in the red binders on each unit. Lab results will print
to the unit printers. Do not re-enter queued referrals after recovery.

Help desk: 555-0100 option 1 (24/7)
""")

add("none", "referral-portal-password-reset",
    "Password reset e-mail for a referral portal account; no health content.",
    "ReferralHub <no-reply@referralhub.example.com>",
    "Kelsey Marchand <kmarchand@riverside-ortho.example.org>",
    "Reset your ReferralHub password",
    "Hi Kelsey,\n\nWe got a request to reset your password. This link expires in 30 minutes:\n"
    "https://app.referralhub.example.com/reset?t=4f8e1c2a9b7d\n\n"
    "If you didn't ask for this, ignore this e-mail.\n\n-- ReferralHub\n",
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Kelsey,</p><p>We got a request to reset your password. This link expires in 30 minutes.</p>
<p><a href="https://app.referralhub.example.com/reset?t=4f8e1c2a9b7d" style="background:#2b6cb0;color:#fff;padding:10px 16px;text-decoration:none">Reset password</a></p>
<p style="color:#888;font-size:12px">If you didn't ask for this, you can ignore this e-mail. ReferralHub, 100 Market St, Suite 400.</p>
</body></html>
""")

add("none", "interpreter-vendor-invoice",
    "Interpreter vendor monthly invoice with minutes by language; aggregate, no patient.",
    "Lotus Interpreting Billing <billing@lotus-interpreting.example.net>",
    "Accounts Payable <ap@mercy-health.example.org>",
    "Invoice LI-2610-0877 - October 2026 services",
    """Invoice LI-2610-0877 | Mercy Health | October 2026

  Video remote interpreting   Spanish       18,420 min   $0.95   $17,499.00
  Video remote interpreting   Vietnamese     2,105 min   $1.45    $3,052.25
  Over-the-phone              Haitian Creole 1,380 min   $1.10    $1,518.00
  Over-the-phone              Other (31)     4,902 min   $1.25    $6,127.50
  On-site (4-hr minimum)      ASL               26 appts  $240.00  $6,240.00
                                                          TOTAL  $34,436.75

Net 45. Session-level detail is available in the client portal (encounter
IDs only). Questions: 555-0146.
""")

add("none", "nemt-utilization-monthly",
    "NEMT vendor's monthly utilisation report with aggregate trip counts by destination type; no individual.",
    "Bluebird NEMT Reporting <reports@bluebird-nemt.example.com>",
    "Trip Coordination <trips@comunidad-health.example.org>",
    "October utilization summary",
    "October summary attached. On-time pickup 91.2% (target 92%). Three vehicles added to the wheelchair fleet.\n\n"
    "Bluebird NEMT | 555-0179\n",
    atts=[A("utilization_2026-10.csv", "text/csv", csvtext([
        ["destination_type", "trips", "unique_members", "ontime_pickup_pct", "no_show_pct"],
        ["Dialysis", "1844", "71", "93.4", "1.2"],
        ["Opioid treatment program", "2210", "96", "90.1", "4.8"],
        ["Primary care", "612", "388", "89.7", "6.1"],
        ["Specialty care", "540", "301", "90.5", "5.3"],
        ["Behavioral health", "433", "152", "88.2", "7.9"],
        ["Pharmacy", "118", "97", "94.0", "0.0"],
    ]))])

add("none", "ccda-validation-zztest",
    "EHR vendor sends a C-CDA validation result for a synthetic test patient (ZZTEST); test data, no real person.",
    "Interop Certification <cert@ehrvendor.example.com>",
    "Integration Team <integration@mercy-health.example.org>",
    "C-CDA R2.1 validation - TEST environment - 2 warnings",
    """Validation results for your TOC document from the TEST environment:

  Errors: 0
  Warnings: 2
    - Problem Observation missing author participation (SHOULD)
    - Telecom @use missing on patientRole (SHOULD)

The sample document is attached. It uses our synthetic patient record
(ZZTEST, INTEROP); do not send production documents to this mailbox.
""",
    atts=[A("ZZTEST_TOC_sample.xml", "text/xml", """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <title>TEST - Transition of Care (synthetic)</title>
  <recordTarget><patientRole>
    <id extension="ZZ0000001" root="2.16.840.1.113883.3.9999.0"/>
    <patient><name><given>INTEROP</given><family>ZZTEST</family></name>
      <administrativeGenderCode code="UN"/><birthTime value="19000101"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>TEST PROBLEM - NOT A REAL DIAGNOSIS</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
""")])

add("none", "fhir-capability-statement",
    "FHIR CapabilityStatement shared for an interface project; server metadata only.",
    "Kai Mendoza <kmendoza@referralhub.example.com>",
    "Integration Team <integration@mercy-health.example.org>",
    "CapabilityStatement for the new referral endpoint",
    """Hi team, as discussed on the call: our R4 endpoint's CapabilityStatement is
attached. Supported: Patient read/search (identifier), ServiceRequest
create/read, DocumentReference create. SMART backend services auth.

Sandbox base: https://sandbox.referralhub.example.com/fhir/r4

Kai Mendoza
Solutions Engineer, ReferralHub | 555-0193
""",
    atts=[A("CapabilityStatement.json", "application/fhir+json", json.dumps({
        "resourceType": "CapabilityStatement", "status": "active", "date": "2026-11-02",
        "kind": "instance", "fhirVersion": "4.0.1", "format": ["json"],
        "implementation": {"description": "ReferralHub FHIR R4",
                           "url": "https://sandbox.referralhub.example.com/fhir/r4"},
        "rest": [{"mode": "server",
                  "security": {"service": [{"text": "SMART-on-FHIR backend services"}]},
                  "resource": [
                      {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
                       "searchParam": [{"name": "identifier", "type": "token"}]},
                      {"type": "ServiceRequest", "interaction": [{"code": "create"}, {"code": "read"}]},
                      {"type": "DocumentReference", "interaction": [{"code": "create"}]}]}]},
        indent=2))])

add("none", "drug-recall-lot-notice",
    "Wholesaler recall notice listing drug lots and NDC-format numbers to pharmacies; no individual.",
    "Recall Desk <recalls@amerimed-wholesale.example.com>",
    "Pharmacy Managers <rxmanagers@lists.amerimed-wholesale.example.com>",
    "CLASS II RECALL: metformin ER 500 mg - lots 26A114, 26A117",
    """RECALL NOTIFICATION - CLASS II - PHARMACY LEVEL

Product: Metformin HCl extended-release tablets 500 mg, 100-count bottles
NDC: 00000-1234-01
Lots: 26A114 (exp 06/2028), 26A117 (exp 07/2028)
Reason: NDMA above the acceptable intake limit in stability testing

Action: quarantine affected lots, complete the response form within 5
business days, return product using the prepaid label. Patient-level recall
is NOT required; pharmacists may advise patients to continue therapy until
a replacement is dispensed.

Recall Desk 555-0188
""")

add("none", "dial-in-pins-weekly-huddle",
    "Weekly huddle logistics with dial-in numbers, meeting ID and passcode; no patient.",
    "Marisa Lund <mlund@familylink-cm.example.net>",
    "FamilyLink CMs <cms@familylink-cm.example.net>",
    "New bridge for Tuesday huddle",
    """Moving the Tuesday 8:30 huddle to the new bridge starting next week:

  Dial-in: 555-0131
  Meeting ID: 883 1204 4712
  Passcode: 557120
  Video: https://meet.familylink-cm.example.net/r/tuesday-huddle

Same format - 15 min, new referrals, discharges pending, barriers. Please
use initials only on the bridge since we have guests from the shelter
partners sometimes.

Marisa Lund, MSW | Program Manager | 555-0125
""")

add("none", "carenav-release-notes",
    "Care-coordination software release notes full of merge tokens and field names; no patient.",
    "CareNav Product Team <releases@carenav.example.com>",
    "CareNav Admins <admins@lists.carenav.example.com>",
    "CareNav 8.3 release notes (deploys 12/2)",
    """CareNav 8.3 - Release notes

NEW
  * Outreach letter templates support {{member.first_name}},
    {{member.pcp_name}}, {{appointment.datetime}} and {{auth.number}}.
  * Referral loop-closure dashboard: tracks referral sent -> scheduled ->
    consult note received, by specialty.
  * SDOH screening (AHC-HRSN) scored automatically; Z-codes suggested.

FIXED
  * CN-4471: %%MRN%% token rendered literally in faxed care plans.
  * CN-4490: DOB field accepted future dates.
  * CN-4502: Case conference invites showed internal member UUID
    (e.g. 2b7e9f0c-4d1a-4c3e-8f5b-6a7d8e9f0a1b) instead of initials.

KNOWN ISSUES
  * Care plan PDF export times out over 40 pages.

Full notes: https://docs.carenav.example.com/release/8.3
""")

add("none", "vet-reminder-dog-vaccines",
    "borderline: Veterinary reminder to a staff member about her dog's vaccines; not human health care.",
    "Millbrook Animal Hospital <reminders@millbrook-vet.example.com>",
    "Gail Horvath <gail.horvath@mailbox.example.net>",
    "Biscuit is due for vaccines",
    """Hi Gail,

Our records show Biscuit (canine, 6 yrs) is due for:

  Rabies (3-year)       due 12/01/2026
  DHPP booster          due 12/01/2026
  Bordetella            due 12/15/2026
  Heartworm test        due 12/01/2026

Book online or call 555-0166. Mention this e-mail for 10% off a nail trim.

Millbrook Animal Hospital
""")

add("none", "dme-catalog-part-numbers",
    "DME catalogue update with part numbers formatted like SSNs; no individual.",
    "Pinecrest Medical Supply <catalog@pinecrest-medsupply.example.com>",
    "Purchasing <purchasing@evergreen-hospice.example.org>",
    "Catalog update - replacement parts, Q1 pricing",
    """Replacement parts price list, effective 1/1/2027:

  Part 410-52-8821  Hand pendant, semi-electric bed (Drive/Invacare compat.)   $64.00
  Part 410-52-8830  Half rail assembly, pair                                   $112.00
  Part 377-19-0415  Concentrator filter kit (5 L)                              $18.50
  Part 377-19-0422  Humidifier bottle, 350 mL, case of 50                      $71.25
  Part 502-88-1147  Wheelchair anti-tippers, pair                              $39.90

Hospice accounts: same-day delivery on parts ordered by 1 pm.

Pinecrest Medical Supply | 555-0184
""")

add("none", "hh-mileage-by-zip",
    "Home-health mileage reimbursement summary by nurse and ZIP zone; staff data, no patient.",
    "Payroll <payroll@summitridge-hh.example.com>",
    "Field Clinicians <field@summitridge-hh.example.com>",
    "October mileage reimbursement posted",
    """October mileage has been posted to your 11/20 paycheck at $0.70/mi.

  Clinician          Zone (ZIPs)              Miles    Reimb.
  B. Nogueira RN     19053/19055             1,214   $849.80
  D. Sorensen RN     19055/19067               988   $691.60
  M. Ellery PT       19067/19070             1,402   $981.40
  T. Amado LPN       19053                     640   $448.00

If your log and the EVV miles differ by more than 5%, see Kim in payroll by
11/27. Reminder: no mileage for commute to the first visit.

Summit Ridge Payroll | 555-0175 x2
""")

add("none", "hospice-census-weekly",
    "Hospice weekly census and referral conversion counts (aggregate); no individual.",
    "Evergreen Hospice Ops <ops@evergreen-hospice.example.org>",
    "Leadership <leadership@evergreen-hospice.example.org>",
    "Weekly census 11/16-11/22",
    """Weekly ops snapshot

  ADC: 148 (prior wk 151)     Admissions: 29     Live discharges: 3
  Deaths: 31                  Median LOS: 19 days
  Referrals: 44 -> admitted 29 (66%), not appropriate 6, chose other 4, pending 5
  Top referral sources: Mercy (14), St. Brennan's (9), Oakfield PC (5)
  Dx mix of admits: cancer 38%, cardiac 21%, dementia 17%, pulmonary 10%

Staffing: 2 RN CM openings, 1 LPN on leave. On-call volume up 12%.
""")

add("none", "referral-portal-satisfaction",
    "Survey to referring offices about a referral portal; no patient.",
    "Mercy Access Center <access@mercy-health.example.org>",
    "Referring Offices <referring@lists.mercy-health.example.org>",
    "3-minute survey: how's the new referral portal working for you?",
    None,
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear referring office staff,</p>
<p>It's been 90 days since we moved specialty referrals to the online portal. Tell us what's working and what isn't &ndash; 6 questions, about 3 minutes.</p>
<p><a href="https://survey.mercy-health.example.org/s/ref-portal-q4">Take the survey</a></p>
<p>Last quarter you told us status updates were too slow, so referrals now show &ldquo;scheduled&rdquo; within 1 business day.</p>
<p>Mercy Access Center &middot; 555-0123</p>
</body></html>
""")

add("none", "chart-audit-results-aggregate",
    "Compliance chart-audit results in aggregate (percentages, no patients).",
    "Compliance Office <compliance@mercy-health.example.org>",
    "Case Management Leaders <cm-leaders@mercy-health.example.org>",
    "Q3 discharge planning documentation audit - results",
    """Q3 discharge planning audit (random sample, 40 charts per unit):

  IM Message delivered within 2 days of admission      94%  (target 95)
  Post-acute choice list documented                    88%
  Patient preference documented for SNF/HH             82%
  Follow-up appointment scheduled before discharge     71%
  Discharge summary sent to PCP within 48 h            77%
  Missing CM signature on assessment                   12 of 160 charts

Unit-level detail is on the Compliance SharePoint. Corrective plans due 12/15.
""")

add("none", "snf-preferred-network-list",
    "List of preferred skilled nursing facilities with star ratings and intake phone numbers; no patient.",
    "Janelle Okimoto <jokimoto@stbrennans.example.org>",
    "Case Management <casemgmt@stbrennans.example.org>",
    "Updated SNF preferred network list (Dec)",
    """Updated list - please use when giving the choice list (patients can still
pick any facility, this is just who's in the collaborative):

  Facility                 Stars  Readmit   Intake line   Weekend admits
  Greenbriar SNF            5     14.2%     555-0181      Yes
  Maple Terrace Rehab       4     16.8%     555-0182      Yes
  Harborview Care Center    4     17.5%     555-0187      Sat only
  Oak Hollow Health & Rehab 3     19.9%     555-0189      No

Greenbriar now takes IV abx and wound vacs on weekends. Oak Hollow has a
new DON, we'll review them again in March.

Janelle
""")

add("none", "hl7-interface-spec-sample",
    "Interface specification with a labelled SAMPLE ADT message (fictional DOE^JANE); documentation, no real patient.",
    "Integration Team <integration@mercy-health.example.org>",
    "Kai Mendoza <kmendoza@referralhub.example.com>",
    "RE: ADT subscription spec v1.2",
    """Kai - v1.2 of the ADT subscription spec attached. Changes: PV1-45
discharge datetime is now required on A03, and we send PID-3 with two
repetitions (MRN and member ID). Sample message below is synthetic.

-- Integration Team, Mercy Health
""",
    atts=[A("ADT_Subscription_Spec_v1.2.txt", "text/plain",
            "MERCY HEALTH - ADT SUBSCRIPTION INTERFACE SPECIFICATION v1.2\n"
            "Events: A01, A03, A04, A08.  Transport: MLLP over VPN.  Version 2.5.1\n\n"
            "Field  Name                     Req  Notes\n"
            "PID-3  Patient identifier list  R    MRN^^^MERCY^MR ~ member ID^^^payer^MB\n"
            "PID-5  Patient name             R\n"
            "PV1-2  Patient class            R    I, O, E, B\n"
            "PV1-45 Discharge date/time      C    Required on A03\n\n"
            "SAMPLE MESSAGE (synthetic, not a patient):\n"
            "MSH|^~\\&|EPIC|MERCY|SUB|VENDOR|20260101120000||ADT^A03|SAMPLE0001|T|2.5.1\n"
            "PID|1||000000^^^MERCY^MR||DOE^JANE||19000101|F\n"
            "PV1|1|I|TEST^000^A\n")])

add("none", "district-med-forms-reminder",
    "School district notice to all families that medication forms are due; general, no individual student.",
    "Maplecrest School District <notices@maplecrest-sd.example.org>",
    "All Families <families@lists.maplecrest-sd.example.org>",
    "Reminder: medication and health forms for 2nd semester",
    """Dear families,

If your child needs medication at school (inhalers, EpiPens, insulin,
seizure rescue medication, daily medications), a new Medication
Authorization Form signed by the provider and parent is required each
school year. Forms for second semester are due January 8.

Students may self-carry inhalers and epinephrine with provider approval.
Please also tell the school nurse about new allergies or diagnoses.

Forms: https://maplecrest-sd.example.org/health
School nurses: Maplecrest Middle 555-0152, Lincoln Elementary 555-0153

Maplecrest School District Health Services
""")

add("none", "employee-flu-clinic",
    "Employer on-site flu-shot clinic announcement to all staff; general, no individual.",
    "HR Benefits <benefits@corvallo-mfg.example.net>",
    "All Employees <all@corvallo-mfg.example.net>",
    "On-site flu shots Dec 2-3 - break room B",
    """Flu shots are free for employees and covered family members 18+.

  Wed 12/2  6:00 am - 2:00 pm   (1st shift)
  Thu 12/3  2:00 pm - 10:00 pm  (2nd shift)
  Break room B, bring your insurance card (Cascade Health)

High-dose vaccine available for 65+. COVID boosters also offered.
No appointment needed. Questions: HR 555-0134.
""")

add("none", "x12-278-companion-guide",
    "Payer EDI bulletin about the X12 278 prior-auth transaction companion guide; technical, no patient.",
    "Cascade Health EDI <edi-support@cascadehealth.example.com>",
    "Trading Partners <edi-partners@lists.cascadehealth.example.com>",
    "278 companion guide v3.1 - UM03 and HI segment changes",
    """Trading partners,

Cascade Health will implement companion guide v3.1 for the 005010X217 278
request/response on 2/1/2027:

  - 2000E UM03 (service type code) required for all requests
  - 2000E HI: up to 12 diagnosis codes accepted (was 8)
  - 2010EA NM1*SJ: servicing provider NPI required when known
  - AAA*Y**42 now returned for duplicate requests within 30 days
  - Real-time response SLA: 15 s; batch pickup every 30 min

Test in the certification environment starting 12/14. Guide and sample
files: https://edi.cascadehealth.example.com/guides/278

EDI Support 555-0140 opt 5
""")


# ---- none, not in English
add("none", "folleto-diabetes-comunidad",
    "Spanish: community health centre newsletter with general diabetes education and drug names; no individual.",
    "Comunidad Health Center <boletin@comunidad-health.example.org>",
    "Suscriptores <boletin@lists.comunidad-health.example.org>",
    "Boletín de noviembre: Mes de la diabetes",
    """BOLETÍN DE NOVIEMBRE - MES NACIONAL DE LA DIABETES

¿Sabía que 1 de cada 3 adultos tiene prediabetes y la mayoría no lo sabe?

- Clases gratuitas "Cocinando con sabor y menos azúcar": martes 24 de
  noviembre y 1 de diciembre, 5:30 p. m., en el salón comunitario.
- Si toma metformina, tómela con la comida para evitar malestar de estómago.
- La insulina abierta se puede guardar fuera del refrigerador hasta 28 días.
- Examen de ojos y de pies: pídalos una vez al año si tiene diabetes.

Farmacia del centro: ahora con entrega a domicilio los jueves.

Comunidad Health Center - 555-0129
Para darse de baja responda BAJA.
""", cte="quoted-printable", lang="es")

add("none", "horario-personal-diciembre",
    "Spanish (windows-1252, HTML table): front-desk staff schedule for December with phone numbers; no patient.",
    "Marisol Ibáñez <mibanez@comunidad-health.example.org>",
    "Recepción <recepcion@comunidad-health.example.org>",
    "Horario de recepción - diciembre",
    None,
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,Arial;font-size:14px">
<p>Hola equipo, aquí está el horario de diciembre. Cambios conmigo antes del 25 de noviembre.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Semana</th><th>Apertura (7:30)</th><th>Cierre (18:00)</th><th>Sábado</th></tr>
<tr><td>30 nov – 4 dic</td><td>Lupe</td><td>Andrés</td><td>Noemí</td></tr>
<tr><td>7 – 11 dic</td><td>Andrés</td><td>Noemí</td><td>Lupe</td></tr>
<tr><td>14 – 18 dic</td><td>Noemí</td><td>Lupe</td><td>Andrés</td></tr>
<tr><td>21 – 24 dic</td><td>Lupe</td><td>Andrés</td><td>—</td></tr>
</table>
<p>“Cerrado” el 25 de diciembre y el 1 de enero. Línea de guardia: 555-0129.</p>
<p>Gracias,<br>Marisol Ibáñez · Coordinadora</p>
</body></html>
""", charset="windows-1252", cte="quoted-printable", lang="es")

add("none", "hop-nhan-vien-thang-12",
    "Vietnamese: staff meeting notice for community health workers; no patient.",
    "Thúy Nguyễn <tnguyen@comunidad-health.example.org>",
    "Nhân viên y tế cộng đồng <chw@comunidad-health.example.org>",
    "Họp nhân viên tháng 12",
    """Chào cả nhóm,

Họp nhân viên tháng 12 sẽ vào thứ Năm 3/12, từ 9:00 đến 10:30 tại phòng họp
tầng 2. Nội dung:

1. Quy trình mới khi đi thăm nhà (đăng ký xe công ty)
2. Tập huấn phần mềm CareNav 8.3
3. Lịch nghỉ lễ cuối năm

Ai không đến được xin báo trước cho chị. Có bánh mì và cà phê.

Thúy
555-0129
""", cte="base64", lang="vi")

add("none", "fanyi-fuwu-fapiao",
    "Chinese (GB2312): translation vendor invoice for patient-education leaflets; business mail, no patient.",
    "华信翻译服务 <billing@huaxin-translate.example.cn.test>",
    "Accounts Payable <ap@mercy-health.example.org>",
    "发票 HX-2026-1187 - 患者教育资料翻译",
    """您好，

附上11月份翻译服务发票，编号 HX-2026-1187：

  出院须知（通用版）英译中   3,200 字   ￥0.45/字   ￥1,440.00
  糖尿病饮食指南 英译中        2,150 字   ￥0.45/字   ￥967.50
  排版及校对                                          ￥300.00
  合计                                               ￥2,707.50

请于30天内付款。如有问题请致电 555-0135。

华信翻译服务 财务部
""", charset="gb2312", cte="8bit", lang="zh")

add("none", "colloque-coordination-parcours",
    "French: announcement of a regional conference on care pathways and coordination; no individual.",
    "Réseau Santé Rive Nord <contact@reseau-rivenord.example.fr.test>",
    "Adhérents <adherents@lists.reseau-rivenord.example.fr.test>",
    "Colloque « Parcours de soins et sortie d'hôpital » - 21 janvier",
    """Bonjour à toutes et à tous,

Le Réseau Santé Rive Nord organise son colloque annuel le jeudi 21 janvier
2027 à la Maison des associations de Valmont.

Au programme :
  - la lettre de liaison et le compte rendu de sortie : où en est-on ?
  - coordination ville-hôpital pour les patients en HAD
  - messagerie sécurisée de santé : retours d'expérience
  - table ronde avec les infirmières de pratique avancée

Inscription gratuite mais obligatoire avant le 10 janvier :
https://reseau-rivenord.example.fr.test/colloque2027

Renseignements : 03 55 50 01 48
""", cte="8bit", lang="fr")

add("none", "wartungsfenster-kis",
    "German (ISO-8859-1, QP): hospital IT maintenance window for the clinical information system; no patient.",
    "IT-Service Klinikum Auental <it-service@klinikum-auental.example.de.test>",
    "Alle Mitarbeitenden <alle@klinikum-auental.example.de.test>",
    "Wartungsfenster KIS am Samstag, 28.11., 22:00-02:00 Uhr",
    """Liebe Kolleginnen und Kollegen,

am Samstag, 28.11.2026, von 22:00 bis 02:00 Uhr wird das
Krankenhausinformationssystem (KIS) aktualisiert. In dieser Zeit:

  - KIS nur lesend über die Notfallarbeitsplätze verfügbar
  - Arztbriefe und Entlassbriefe werden zwischengespeichert und danach versandt
  - Laboranforderungen bitte auf Papierformular (rot)

Bei Störungen erreichen Sie die IT-Hotline unter 030 5550144 (24/7).

Mit freundlichen Grüßen
Ihr IT-Service
""", charset="iso-8859-1", cte="quoted-printable", lang="de")

add("none", "boletim-campanha-vacinacao",
    "Portuguese (ISO-8859-1): community health newsletter with aggregate vaccination campaign numbers; no individual.",
    "Saúde Comunitária <boletim@saudecomunitaria.example.net>",
    "Parceiros <parceiros@lists.saudecomunitaria.example.net>",
    "Boletim: balanço da campanha de vacinação de outono",
    """BOLETIM SAÚDE COMUNITÁRIA - NOVEMBRO

Balanço da campanha de vacinação contra a gripe (01/10 a 15/11):
  - 2.418 doses aplicadas nos 6 pontos comunitários
  - 61% em pessoas com 60 anos ou mais
  - 312 doses aplicadas em visitas domiciliares

Obrigado às agentes comunitárias e aos voluntários da igreja São José!

Próxima ação: feira de saúde no dia 12/12, com aferição de pressão e
orientação sobre diabetes.

Contato: 555-0128
""", charset="iso-8859-1", cte="8bit", lang="pt")

add("none", "obuchenie-koordinatorov",
    "Russian (KOI8-R, base64): announcement of training for care coordinators; no patient.",
    "Учебный центр <ucheba@socservice.example.ru.test>",
    "Координаторы <koordinatory@socservice.example.ru.test>",
    "Обучение: маршрутизация пациентов после выписки",
    """Уважаемые коллеги!

Приглашаем на двухдневный семинар "Маршрутизация пациентов после выписки из
стационара" 8-9 декабря, с 10:00 до 16:00, конференц-зал, 3 этаж.

В программе: передача документов между организациями, согласие на обработку
персональных данных, работа с патронажной службой, разбор типичных ошибок.

Регистрация до 1 декабря по телефону 555-0139 или ответом на это письмо.

Учебный центр социальной службы
""", charset="koi8-r", cte="base64", lang="ru")

add("none", "chaeyong-gonggo-coordinator",
    "Korean (base64): job posting for a bilingual care coordinator; no patient.",
    "인사팀 <hr@cascadehealth.example.com>",
    "구직자 알림 <jobs@koreancommunity-board.example.net>",
    "[채용] 한국어 가능 케어 코디네이터 모집 (정규직)",
    """캐스케이드 헬스에서 한국어·영어 이중언어 케어 코디네이터를 모집합니다.

- 근무지: 밀브룩 사무소 (우편번호 19055), 주 2회 재택 가능
- 업무: 회원 전화 상담, 진료 예약 및 교통편 안내, 지역 자원 연계
- 자격: 학사 이상, 의료 또는 사회복지 분야 경력 2년 이상 우대
- 급여: 연 $52,000 - $61,000, 건강보험 및 401(k)
- 지원 마감: 12월 18일

지원: https://careers.cascadehealth.example.com/jobs/26-1204
문의: 555-0146
""", cte="base64", lang="ko")

add("none", "maarad-sihhi-mujtamai",
    "Arabic: invitation to a community health fair (free screenings); general, no individual.",
    "مركز النور الصحي <info@nour-clinic.example.org>",
    "المشتركون <members@lists.nour-clinic.example.org>",
    "دعوة: المعرض الصحي المجتمعي يوم السبت 5 ديسمبر",
    """يسر مركز النور الصحي دعوتكم إلى المعرض الصحي المجتمعي المجاني

السبت 5 ديسمبر، من الساعة 10 صباحاً حتى 2 ظهراً
في قاعة المركز الإسلامي، شارع الميناء

- قياس ضغط الدم والسكر مجاناً
- لقاح الإنفلونزا للكبار والأطفال
- محاضرة عن التغذية الصحية للعائلة
- أنشطة للأطفال

للاستفسار: 555-0138
""", cte="8bit", lang="ar")

add("none", "pagsasanay-tagapag-alaga",
    "Tagalog: announcement of a free caregiver training class; no individual.",
    "Klinika Bayanihan <klinika@bayanihan-health.example.org>",
    "Komunidad <komunidad@lists.bayanihan-health.example.org>",
    "Libreng pagsasanay para sa mga tagapag-alaga - Disyembre 12",
    """Magandang araw po!

Inaanyayahan po namin ang lahat ng nag-aalaga ng matatanda o may sakit sa
bahay sa libreng pagsasanay:

  Petsa: Sabado, Disyembre 12, 9:00 am - 12:00 nn
  Lugar: Bayanihan Community Hall, 210 Rizal Ave

Mga paksa: tamang paglipat mula kama papuntang wheelchair, pag-iwas sa
pagkahulog, pag-aalaga sa sarili ng tagapag-alaga, at saan hihingi ng tulong.

May libreng merienda. Magparehistro sa 555-0137.
""", lang="tl")

add("none", "faktura-uslugi-transportowe",
    "Polish (ISO-8859-2, QP): invoice for patient transport services between organisations; totals only.",
    "Księgowość TransMed <faktury@transmed.example.pl.test>",
    "Dział Finansowy <finanse@szpital-brzozowa.example.pl.test>",
    "Faktura VAT nr FV/2026/11/0442",
    """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0442 za usługi transportu
sanitarnego w październiku 2026 r.

  Transport sanitarny typu P - 214 kursów
  Transport z opieką ratownika - 38 kursów
  Wartość netto: 48 120,00 zł   VAT zw.   Do zapłaty: 48 120,00 zł
  Termin płatności: 14 dni

Szczegółowe zestawienie kursów dostępne w portalu klienta.

Pozdrawiamy
Dział Księgowości TransMed, tel. 22 555 01 45
""", charset="iso-8859-2", cte="quoted-printable", lang="pl")

add("none", "jounen-vaksen-kominote",
    "Haitian Creole: community flu-vaccine day announcement; general, no individual.",
    "Sant Sante Kominotè Eastside <outreach@eastside-chc.example.org>",
    "Kominote <kominote@lists.eastside-chc.example.org>",
    "Jounen vaksen grip gratis - samdi 28 novanm",
    """Bonjou tout moun!

Sant Sante Kominotè Eastside ap bay vaksen grip GRATIS pou granmoun ak timoun
ki gen 6 mwa oswa plis.

  Samdi 28 novanm, 9è - 1è
  Legliz Bon Berje, 45 Ri Harbor

Pa bezwen asirans, pa bezwen randevou. Gen moun ki pale kreyòl sou plas.
Pou plis enfòmasyon rele 555-0136.
""", cte="quoted-printable", lang="ht")

add("none", "convegno-continuita-assistenziale",
    "Italian (QP, HTML alternative): conference invitation on continuity of care; no individual.",
    "Segreteria Convegni <convegni@asl-valleverde.example.it.test>",
    "Medici di medicina generale <mmg@lists.asl-valleverde.example.it.test>",
    "Convegno: continuità assistenziale ospedale-territorio - 4 febbraio",
    """Gentili colleghi,

vi invitiamo al convegno "Continuità assistenziale ospedale-territorio: dalla
lettera di dimissione alla presa in carico" giovedì 4 febbraio 2027, ore
14:30, Aula Magna dell'ospedale di Valleverde.

Interverranno medici di medicina generale, infermieri di famiglia e
assistenti sociali. Sono previsti 4 crediti ECM.

Iscrizioni entro il 20 gennaio: https://asl-valleverde.example.it.test/ecm

Segreteria organizzativa - 06 5550 0147
""", cte="quoted-printable", lang="it",
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Gentili colleghi,</p>
<p>vi invitiamo al convegno <b>&laquo;Continuità assistenziale ospedale-territorio: dalla lettera di dimissione alla presa in carico&raquo;</b>,
giovedì 4 febbraio 2027, ore 14:30, Aula Magna dell'ospedale di Valleverde.</p>
<p>Sono previsti 4 crediti ECM. <a href="https://asl-valleverde.example.it.test/ecm">Iscrizioni entro il 20 gennaio</a>.</p>
<p>Segreteria organizzativa &ndash; 06 5550 0147</p>
</body></html>
""")

# ---- none, ordinary office mail of the same organisations
add("none", "lunch-order-thread",
    "Office lunch-order thread; no health content.",
    "Owen Falk <ofalk@cascadehealth.example.com>",
    "Complex Care Team <complexcare@cascadehealth.example.com>",
    "Re: lunch for Thurs training",
    """I'm in for the turkey club, no tomato. Can pay Venmo.

Owen

On Mon, Nov 16, 2026 at 11:04 AM Priya Raman <praman@keystone-aco.example.org> wrote:
> Ordering from Rosie's for the CareNav training Thursday. Reply by Wed noon
> with your order. Menu: https://rosies-deli.example.com/menu
> Vegetarian and GF options available.
""")

add("none", "ooo-reply-case-manager",
    "Out-of-office auto-reply from a case manager with phone numbers; no patient.",
    "Janelle Okimoto <jokimoto@stbrennans.example.org>",
    "Liam Brandt <lbrandt@airway-homecare.example.com>",
    "Automatic reply: O2 delivery for 4W discharges",
    """I am out of the office Thursday 11/26 through Monday 11/30, returning
Tuesday 12/1.

For urgent discharge needs on 4 West please contact the unit case manager
on duty at 555-0119 or page through the operator (555-0100). For DME and
home health referrals, e-mail casemgmt@stbrennans.example.org.

Thank you,
Janelle Okimoto RN, CM
""", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add("none", "parking-garage-repaving",
    "Facilities notice about parking garage repaving; no health content.",
    "Facilities <facilities@mercy-health.example.org>",
    "All Mercy Staff <allstaff@mercy-health.example.org>",
    "Garage B levels 2-3 closed 11/28-11/29 for repaving",
    """Garage B levels 2 and 3 will be closed Saturday 11/28 and Sunday 11/29 for
repaving. Staff with G2 permits may park in the Abbey Rd surface lot; a
shuttle will run every 10 minutes from 5:30 am to 8:00 pm.

Vehicles left on levels 2-3 after 10 pm Friday will be relocated.

Facilities Management | 555-0100 opt 4
""")

add("none", "all-hands-recording-link",
    "Link to an all-hands meeting recording; no health content.",
    "CEO Office <ceo-office@northgate-cm.example.org>",
    "All Staff <allstaff@northgate-cm.example.org>",
    "All-hands recording + slides",
    None,
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Thanks to everyone who joined Wednesday's all-hands. If you missed it:</p>
<ul><li><a href="https://intranet.northgate-cm.example.org/allhands/2026-11">Recording (52 min)</a></li>
<li><a href="https://intranet.northgate-cm.example.org/allhands/2026-11/slides.pdf">Slides</a></li></ul>
<p>Highlights: we signed the new Keystone ACO contract, the Elm St shelter partnership is expanding to a second site, and the 2027 budget includes two new CHW positions.</p>
<p>Open Q&amp;A doc stays open through Friday.</p>
<p>&mdash; Lorraine</p>
</body></html>
""")

add("none", "w2-electronic-consent",
    "HR payroll notice about electronic W-2 consent with employee ID; no health content.",
    "Payroll <payroll@brightpath-hr.example.com>",
    "Ramon Ortiz <rortiz@corvallo-mfg.example.net>",
    "Go paperless: consent to electronic W-2 by 12/15",
    """Hi Ramon,

Consent to receive your 2026 Form W-2 electronically by December 15 and it
will be available in the employee portal on January 20 instead of by mail.

Employee ID: 10518
Portal: https://portal.brightpath-hr.example.com

If you already consented, no action is needed.

BrightPath Payroll Services | 555-0133
""")

add("none", "holiday-potluck-signup",
    "Holiday potluck sign-up with staff names and extensions; no health content.",
    "Tasha Greer <tgreer@oakfield-primarycare.example.org>",
    "Oakfield Staff <staff@oakfield-primarycare.example.org>",
    "Holiday potluck 12/18 - sign up sheet",
    """It's that time! Potluck Friday 12/18 in the break room, noon-2 (we'll cover
the phones in shifts).

So far:
  Araceli - tamales
  Carla - mac and cheese
  Dr. Frey - dessert (she promised the lemon bars)
  Brittany - plates/cups/napkins
  Me - drinks

Still need salads and a main or two. Reply all or grab me at x214.
White elephant, $20 limit.

T
""")

add("none", "office-move-suite-110",
    "Facilities notice about an office move with suite numbers and fax change; no patient.",
    "Practice Manager <manager@oakfield-primarycare.example.org>",
    "Oakfield Staff <staff@oakfield-primarycare.example.org>",
    "Referral and billing teams moving to Suite 140 on 12/11",
    """Referral coordination and billing move from Suite 110 to Suite 140
(across the hall) on Friday 12/11. Pack your desks by Thursday 5 pm; IT
moves the computers Friday morning.

Phone extensions stay the same. The referral fax line 555-0113 moves to the
new room - don't unplug the old machine, IT will swap it.

Lorna Pike
Practice Manager, Oakfield Primary Care | 555-0112 x201
""")

add("none", "timesheet-approval-reminder",
    "Payroll timesheet approval reminder; no health content.",
    "Kronos Notifications <kronos@summitridge-hh.example.com>",
    "Field Supervisors <supervisors@summitridge-hh.example.com>",
    "Reminder: approve timesheets by Monday 10 am (holiday week)",
    """Because of Thanksgiving, timesheets for the pay period ending 11/28 must be
approved by Monday 11/30 at 10:00 am.

You have 7 timesheets pending approval.

Log in: https://kronos.summitridge-hh.example.com

This is an automated message.
""")

add("none", "staff-open-enrollment-plans",
    "HR open-enrollment e-mail comparing staff health plans and premiums; no individual's health.",
    "HR Benefits <benefits@mercy-health.example.org>",
    "All Mercy Staff <allstaff@mercy-health.example.org>",
    "Open enrollment closes 12/4 - 2027 plan changes",
    None,
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Open enrollment for 2027 benefits closes <b>Friday, December 4</b>. If you do nothing, you keep your current elections except your FSA.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Plan</th><th>Employee only / biweekly</th><th>Family / biweekly</th><th>Deductible</th></tr>
<tr><td>Mercy Choice PPO</td><td>$68.20</td><td>$241.75</td><td>$750 / $1,500</td></tr>
<tr><td>Mercy HDHP + HSA</td><td>$22.10</td><td>$98.40</td><td>$1,800 / $3,600</td></tr>
<tr><td>Cascade Health HMO</td><td>$41.00</td><td>$166.30</td><td>$500 / $1,000</td></tr>
</table>
<p>New for 2027: fertility benefit up to $15,000 lifetime, and virtual physical therapy at no cost.</p>
<p>Benefits fair: Tue 12/1, 11-2, cafeteria. Questions: 555-0197 opt 2.</p>
</body></html>
""")

add("none", "book-club-december",
    "Staff book club message; no health content.",
    "Rachel Tran <rtran@mercy-oncology.example.org>",
    "Book Club <bookclub@mercy-health.example.org>",
    "Book club Dec pick + location",
    """December pick is "The Overstory" (or the first half, no judgment). We'll
meet Wed 12/9 at 5:30 at the Abbey Rd coffee place, back room. Bring a
suggestion for January!

Rachel
""")

_fwd_webinar = inner(
    "HIE Outreach <outreach@regional-hie.example.net>",
    "Integration Team <integration@mercy-health.example.org>",
    "Webinar: event notifications 101 for ambulatory practices",
    """Join us Wednesday, December 9 at noon for a 45-minute webinar on ADT
event notifications: how subscriptions work, what the A01/A03/A04 messages
contain, and how practices can route alerts to care managers.

Register: https://regional-hie.example.net/webinars/enotify101
""", "Tue, 17 Nov 2026 09:00:00 -0500",
    "<webinar.enotify101.20261117@regional-hie.example.net>")

add("none", "fwd-hie-webinar",
    "Forwarded HIE webinar announcement (message/rfc822); no patient.",
    "Integration Team <integration@mercy-health.example.org>",
    "Gail Horvath <ghorvath@northgate-cm.example.org>",
    "Fwd: Webinar: event notifications 101 for ambulatory practices",
    """Gail - might be useful for your CMs since you're getting the ACO alerts
now. Forwarding as attachment.

-- Dev, Integration Team
""",
    atts=[A("Webinar event notifications 101.eml", "message/rfc822", _fwd_webinar)])

add("none", "policy-memo-smart-quotes-1252",
    "Windows-1252 memo about the new fax cover-sheet policy; no patient.",
    "Deborah Lin <dlin@mercy-health.example.org>",
    "HIM & ROI Staff <him-staff@mercy-health.example.org>",
    "Fax cover sheet – “confidential” wording update",
    """Team –

Starting Monday, use the new fax cover sheet (Form HIM-07, rev. 11/26). The
only change is the confidentiality statement; it now reads “If you received
this in error, call 555-0122 and destroy all pages.” Old stock goes in the
shred bin – please don’t use it up first.

Also: always verify the fax number against the provider directory before
sending, and use the pre-programmed speed dials for the top 20 offices.

Thanks – Deb
""", charset="windows-1252", cte="quoted-printable")

add("none", "conf-room-booking-thread",
    "Reply thread about a conference room booking; no health content.",
    "Priya Raman <praman@keystone-aco.example.org>",
    "Facilities Desk <facilities@keystone-aco.example.org>",
    "RE: Conf Rm B double booked 12/17",
    """Thanks! Moving our committee to Rm C is fine if the projector works. We
need the speakerphone too.

Priya

-----Original Message-----
From: Facilities Desk
Sent: Wednesday, November 18, 2026 2:15 PM
To: Priya Raman
Subject: RE: Conf Rm B double booked 12/17

Hi Priya, Rm B on 12/17 3-4 pm is held for the board finance committee. Rm C
(12 seats) is open, or Rm B from 4 pm. Let us know.

Facilities | x5100
""")

add("none", "hiv-surveillance-quarterly",
    "State HIV surveillance quarterly report with aggregate new-diagnosis and viral-suppression counts; no individual.",
    "HIV Surveillance <hivsurv@health.state.example.gov.test>",
    "Ryan White Providers <rw-providers@lists.health.state.example.gov.test>",
    "Q3 2026 HIV surveillance summary - Region 4",
    """REGION 4 - HIV SURVEILLANCE SUMMARY, Q3 2026 (provisional)

  New HIV diagnoses:                   23   (Q2: 27)
    linked to care within 30 days:     19   (83%)
  People living with diagnosed HIV: 1,412
    in care (>=1 VL/CD4 in 12 mo):   1,188  (84%)
    virally suppressed (<200):       1,061  (75%)
  PrEP users (pharmacy claims):        906

Counts under 5 suppressed. Not for publication before the annual report.
Data-to-care lists go to DIS staff through the secure portal only - do not
request them by e-mail.

HIV Surveillance Program | 555-0121
""")


# ---------------------------------------------------------------- send times
# Sent date and local time (sender's zone) for messages whose text refers to
# nearby dates; the rest get a weekday office-hours time from their slug.
WHEN = {
    "csu-discharge-7day-followup": "2026-11-09 08:12", "crisis-line-callback-note": "2026-11-02 17:05",
    "ms-stimulant-dose-change": "2026-11-05 07:48", "po-compliance-letter-request": "2026-11-04 09:30",
    "cita-terapia-albergue": "2026-11-09 14:20", "residential-ed-bed-offer": "2026-11-11 10:05",
    "bhu-dc-summary-attached": "2026-11-04 11:40", "fmla-cert-section-iii": "2026-11-06 13:10",
    "dat-thong-dich-tam-than": "2026-11-10 09:00", "intake-confirm-tuesday": "2026-11-13 16:00",
    "ordonnance-soins-injection": "2026-11-10 10:20", "iop-attendance-court": "2026-11-04 11:15",
    "front-desk-monday-730": "2026-11-12 15:30", "bed-date-thursday": "2026-11-09 09:10",
    "otp-rides-week46": "2026-11-06 14:00", "sublocade-pa-renewal": "2026-11-02 10:00",
    "hl7-adt-a01-unit-feed": "2026-11-03 22:16", "buprenorfina-inicio-chw": "2026-11-10 18:30",
    "naltrexone-start-pcp-note": "2026-11-09 16:45", "part2-roi-vendor-request": "2026-11-05 10:40",
    "shelter-intake-id-clinic-meds": "2026-11-09 15:20", "fhir-obs-bundle-lab-feed": "2026-11-05 06:30",
    "medikaman-vih-vizit": "2026-11-10 17:35", "dental-medhx-update": "2026-11-11 08:50",
    "case-report-form-new-dx": "2026-11-04 14:25", "paramed-lab-addendum": "2026-11-04 07:10",
    "huntington-predictive": "2026-11-12 10:30", "ride-and-interpreter-procedure": "2026-11-09 11:05",
    "ivf-cycle-billing": "2026-11-06 09:00", "std-jieguo-tongzhi": "2026-11-03 15:40",
    "mawid-lawlab": "2026-11-10 12:15", "resulta-pagsusuri-gonorrhea": "2026-11-04 13:00",
    "rpr-reactive-elr-case": "2026-11-04 08:31",
    "cardiology-referral-afib": "2026-11-05 09:20", "um-approval-mri-lspine": "2026-11-09 14:02",
    "tka-denial-p2p-window": "2026-11-17 08:15", "direct-ccd-chf-discharge": "2026-11-12 15:45",
    "snf-transfer-medlist": "2026-11-18 13:30", "hh-485-poc-for-signature": "2026-11-13 13:00",
    "o2-qualifying-sat-request": "2026-11-10 12:40", "hospice-referral-accepted": "2026-11-17 15:10",
    "ed-records-request-pcp": "2026-11-03 10:00", "athletic-clearance-murmur": "2026-11-16 14:45",
    "rtw-status-carpal-tunnel": "2026-11-11 16:20", "case-conference-dm-invite": "2026-11-16 11:00",
    "cm-home-visit-copd": "2026-11-17 16:40", "claim-status-thread-cob": "2026-11-13 09:05",
    "hl7-orm-lab-batch": "2026-11-17 08:30", "adt-a03-pneumonia-notify": "2026-11-10 09:17",
    "pa-needed-subject-only": "2026-11-17 10:30", "fwd-avs-from-daughter": "2026-11-16 07:55",
    "pt-progress-note-to-ortho": "2026-11-16 17:00", "infliximab-infusion-pa": "2026-11-18 10:10",
    "bi-summary-adalimumab": "2026-11-17 13:35", "hh-intake-eligibility-mbi": "2026-11-18 09:40",
    "medically-tailored-meals": "2026-11-16 15:05", "nemt-dialysis-standing": "2026-11-18 11:20",
    "interpreter-chemo-teach": "2026-11-16 08:40", "vaksen-dosye-lekol": "2026-11-18 14:00",
    "fmla-lap-chole-leave": "2026-11-19 10:15", "wc-status-wrist-fx": "2026-11-16 12:30",
    "pip-bill-auto-claim": "2026-11-20 11:45", "portal-msg-derm-referral": "2026-11-18 07:43",
    "your-endo-appointment-1203": "2026-11-19 16:05", "fax-pa-ct-filename-only": "2026-11-17 15:22",
    "retinopathy-report-pcp": "2026-11-06 16:30", "oral-surgery-warfarin": "2026-11-19 09:25",
    "aco-ed-visit-alerts": "2026-11-16 06:30", "aco-daily-admits-csv": "2026-11-18 06:05",
    "hospital-statement-html": "2026-11-16 05:00", "colonoscopy-ics-patient": "2026-11-20 10:50",
    "critical-potassium-callback": "2026-11-18 13:20", "medrec-discrepancy-apixaban": "2026-11-21 10:30",
    "polst-to-hospice": "2026-11-17 12:00", "lettre-liaison-sortie-mt": "2026-11-13 17:00",
    "entlassbrief-hausarzt": "2026-11-10 15:00", "lich-hen-tim-mach": "2026-11-27 09:30",
    "jujia-huli-tangniaobing": "2026-11-18 18:00", "skierowanie-rehabilitacja-biodro": "2026-11-16 12:40",
    "kaigo-care-plan-henkou": "2026-11-16 17:50",
    "cm-team-oncall-grid": "2026-11-13 15:30", "dme-master-agreement-renewal": "2026-11-16 10:00",
    "it-ticket-pid3-mapping": "2026-11-17 08:05", "supply-invoice-exam-gloves": "2026-11-13 19:00",
    "transitions-committee-invite": "2026-11-18 14:10", "hl7-ack-batch-confirm": "2026-11-17 09:23",
    "fax-failure-report": "2026-11-17 16:45", "shipping-confirmation-toner": "2026-11-17 13:12",
    "bereavement-program-winter": "2026-11-16 09:00", "caqh-reattestation-reminder": "2026-11-10 11:30",
    "coworker-birthday-card": "2026-11-16 12:20", "eft-remittance-summary": "2026-11-18 05:00",
    "county-overdose-dashboard": "2026-11-12 10:00", "world-aids-day-testing-event": "2026-11-12 13:45",
    "bh-network-directory-update": "2026-11-12 08:00", "oncology-billing-export-bug": "2026-11-18 16:20",
    "fertility-info-night-webinar": "2026-11-19 18:00", "roi-policy-part2-memo": "2026-11-20 15:10",
    "ehr-downtime-sat": "2026-11-25 10:00", "interpreter-vendor-invoice": "2026-11-06 09:45",
    "nemt-utilization-monthly": "2026-11-05 08:30", "carenav-release-notes": "2026-11-20 17:00",
    "vet-reminder-dog-vaccines": "2026-11-10 07:00", "hh-mileage-by-zip": "2026-11-18 14:40",
    "hospice-census-weekly": "2026-11-23 07:30", "district-med-forms-reminder": "2026-12-01 15:00",
    "employee-flu-clinic": "2026-11-23 09:15", "folleto-diabetes-comunidad": "2026-11-16 10:30",
    "horario-personal-diciembre": "2026-11-16 11:43", "hop-nhan-vien-thang-12": "2026-11-24 08:20",
    "fanyi-fuwu-fapiao": "2026-11-30 10:00", "wartungsfenster-kis": "2026-11-23 08:00",
    "boletim-campanha-vacinacao": "2026-11-20 14:00", "obuchenie-koordinatorov": "2026-11-17 11:00",
    "maarad-sihhi-mujtamai": "2026-11-23 12:00", "faktura-uslugi-transportowe": "2026-11-05 09:10",
    "jounen-vaksen-kominote": "2026-11-18 10:00", "lunch-order-thread": "2026-11-16 12:10",
    "ooo-reply-case-manager": "2026-11-26 08:00", "parking-garage-repaving": "2026-11-23 13:00",
    "holiday-potluck-signup": "2026-11-30 09:40", "office-move-suite-110": "2026-11-30 16:30",
    "timesheet-approval-reminder": "2026-11-25 06:00", "staff-open-enrollment-plans": "2026-11-23 07:45",
    "book-club-december": "2026-11-30 12:05", "fwd-hie-webinar": "2026-11-17 10:30",
    "conf-room-booking-thread": "2026-11-18 15:02",
}

# English staff mail sent from Outlook-style clients: the plain body also goes
# out as an HTML alternative.
OUTLOOK = {
    "csu-discharge-7day-followup", "po-compliance-letter-request", "fmla-cert-section-iii",
    "naltrexone-start-pcp-note", "bed-date-thursday", "cardiology-referral-afib",
    "snf-transfer-medlist", "dme-hospital-bed-order", "hospice-referral-accepted",
    "ed-records-request-pcp", "rtw-status-carpal-tunnel", "claim-status-thread-cob",
    "transient-dialysis-travel", "infliximab-infusion-pa", "hh-intake-eligibility-mbi",
    "interpreter-chemo-teach", "oral-surgery-warfarin", "medrec-discrepancy-apixaban",
    "dme-master-agreement-renewal", "snf-preferred-network-list", "caqh-reattestation-reminder",
    "office-move-suite-110", "conf-room-booking-thread", "roi-policy-part2-memo",
    "chart-audit-results-aggregate", "ride-and-interpreter-procedure",
}


def outlook_html(text):
    """The HTML part an Outlook-style client writes next to the plain text."""
    paras = text.strip("\n").split("\n\n")
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>',
           '</head><body lang="EN-US"><div class="WordSection1">']
    for p in paras:
        lines = [html_escape(l) for l in p.split("\n")]
        out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
        out.append('<p class="MsoNormal">&nbsp;</p>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- build
US_TZ = timezone(timedelta(hours=-5))  # every US sender here is on Eastern time
FORBIDDEN = ("trap", "phi", "restricted", "none")
FOREIGN_TZ = {"fr": 1, "de": 1, "pl": 1, "it": 1, "ru": 3, "ko": 9, "zh": 8, "ja": 9}


def domain_of(addr):
    a = parseaddr(addr or "")[1]
    return a.split("@", 1)[1] if "@" in a else "relay.example.net"


def when_of(spec):
    h = int(hashlib.sha1(spec["slug"].encode()).hexdigest(), 16)
    tz = US_TZ
    lang = LANG.get(spec["slug"])
    if lang in FOREIGN_TZ and domain_of(spec["frm"]).endswith(".test"):
        tz = timezone(timedelta(hours=FOREIGN_TZ[lang]))
    fixed = spec.get("when") or WHEN.get(spec["slug"])
    if fixed:
        naive = datetime.strptime(fixed, "%Y-%m-%d %H:%M")
    else:
        # a weekday office-hours time between Mon 2 Nov and Fri 4 Dec 2026
        day = datetime(2026, 11, 2) + timedelta(days=h % 33)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        naive = day + timedelta(hours=7 + (h >> 8) % 10, minutes=(h >> 16) % 60)
    return naive.replace(tzinfo=tz, second=(h >> 32) % 60)


def build(spec):
    when = when_of(spec)
    mid = "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), hashlib.sha1(
        spec["slug"].encode()).hexdigest()[:12], domain_of(spec["frm"]))
    m = EmailMessage(policy=OUT_POLICY)
    m["From"] = spec["frm"]
    m["To"] = spec["to"]
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        m["Reply-To"] = spec["reply_to"]
    m["Subject"] = spec["subj"]
    m["Date"] = format_datetime(when)
    m["Message-ID"] = mid
    if spec.get("irt"):
        m["In-Reply-To"] = spec["irt"]
        m["References"] = spec["irt"]
    for k, v in (spec.get("hdrs") or {}).items():
        m[k] = v
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    body, html = spec.get("body"), spec.get("html")
    if html is None and body is not None and spec["slug"] in OUTLOOK:
        html = outlook_html(body)
    if body is not None:
        m.set_content(body, charset=cs, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=cs,
                              cte=spec.get("html_cte"))
    elif html is not None:
        m.set_content(html, subtype="html", charset=cs, cte=cte)
    else:
        m.set_content("")
    for a in spec.get("atts", ()):
        d = a["data"]
        mt, st = a["ctype"].split("/")
        kw = dict(filename=a["filename"])
        if a.get("params"):
            kw["params"] = a["params"]
        if a.get("inline"):
            kw["disposition"] = "inline"
        if isinstance(d, EmailMessage):
            kw.pop("params", None)
            m.add_attachment(d, **kw)
        elif isinstance(d, str) and mt != "text":
            m.add_attachment(d.encode("utf-8"), maintype=mt, subtype=st, **kw)
        elif isinstance(d, str):
            m.add_attachment(d, subtype=st, charset=a.get("charset", "utf-8"),
                             cte=a.get("cte"), **kw)
        else:
            m.add_attachment(d, maintype=mt, subtype=st, **kw)
    tag = hashlib.sha1(spec["slug"].encode()).hexdigest()[:20]
    for i, part in enumerate(m.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_NextPart_%03d_%s" % (i, tag))
    data = m.as_bytes(policy=OUT_POLICY)
    if cs.lower() not in ("utf-8", "us-ascii"):
        data = recharset_headers(data, spec, cs)
    return data


def enc_words(text, cs, name):
    """RFC 2047 encoded words in the body's charset, as a mail client would write them."""
    out = Header(text, cs, header_name=name, maxlinelen=76).encode(linesep="\r\n")
    # Python names its GB2312 output codec eucgb2312_cn; mail clients write gb2312
    return out.replace("=?eucgb2312_cn?", "=?gb2312?").replace("=?big5_tw?", "=?big5?")


def recharset_headers(data, spec, cs):
    """Re-encode non-ASCII From/To/Cc/Subject in charset cs instead of UTF-8."""
    head, sep, rest = data.partition(b"\r\n\r\n")
    lines = []
    for ln in head.split(b"\r\n"):
        if ln[:1] in (b" ", b"\t") and lines:
            lines[-1] += b"\r\n" + ln
        else:
            lines.append(ln)
    out = []
    for ln in lines:
        name = ln.split(b":", 1)[0].decode()
        key = {"From": "frm", "To": "to", "Cc": "cc", "Subject": "subj"}.get(name)
        val = spec.get(key) if key else None
        if val and not val.isascii():
            if key == "subj":
                ln = (name + ": " + enc_words(val, cs, name)).encode("ascii")
            else:
                addrs = []
                for disp, addr in getaddresses([val]):
                    if disp and not disp.isascii():
                        addrs.append("%s <%s>" % (enc_words(disp, cs, name), addr))
                    else:
                        addrs.append(formataddr((disp, addr)))
                addrs = [x if len(x) < 70 else x.replace(" <", "\r\n <", 1) for x in addrs]
                ln = (name + ": " + ",\r\n ".join(addrs)).encode("ascii")
        out.append(ln)
    return b"\r\n".join(out) + sep + rest


def file_name(n, spec):
    return "%03d-%s.eml" % (n, spec["slug"])


def plan():
    slugs = [s["slug"] for s in M]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for s in slugs:
        assert not any(w in s.lower() for w in FORBIDDEN), s
    for table in (LANG, WHEN, OUTLOOK):
        for s in table:
            assert s in slugs, "unknown slug in a table: " + s
    order = list(range(len(M)))
    random.Random(20261206).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        spec = M[i]
        assert "\t" not in spec["reason"] and "\n" not in spec["reason"]
        if "raw" in spec:
            data = spec["raw"].lstrip("\n").replace("\r\n", "\n").replace(
                "\n", "\r\n").encode("utf-8")
        else:
            try:
                data = build(spec)
            except Exception as e:
                raise SystemExit("build failed for %s: %s: %s" % (spec["slug"], type(e).__name__, e))
        out.append((spec["label"], file_name(n, spec), spec, data))
    return out


def main():
    items = plan()
    for lab in LABELS:
        os.makedirs(os.path.join(HERE, lab), exist_ok=True)
        for f in glob.glob(os.path.join(HERE, lab, "*.eml")):
            os.remove(f)
    rows = []
    for lab, fn, spec, data in items:
        with open(os.path.join(HERE, lab, fn), "wb") as fh:
            fh.write(data)
        rows.append("%s\t%s\t%s" % (fn, lab, spec["reason"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    check(items)


# ---------------------------------------------------------------- check
ALLOWED_DOMAINS = ("example.com", "example.org", "example.net")
CODE_SYSTEM_HOSTS = ("loinc.org", "snomed.info", "hl7.org", "www.nlm.nih.gov",
                     "terminology.hl7.org", "www.w3.org", "www.ama-assn.org")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"\b(?:https?|ftp|sftp)://([^/\s\"'<>:)]+)")
PHONE_RE = re.compile(r"(?<![\d-])(?:\(\d{3}\)\s?|\d{3}[-. ])?(\d{3})[-. ](\d{4})(?![\d-])")
NPI_RE = re.compile(r"NPI\W{0,3}(?:#\s*)?(\d{10})\b")
DEA_RE = re.compile(r"DEA\W{0,3}(?:#\s*)?([A-Z]{2}\d{7})\b")


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d.endswith(".test") or any(d == a or d.endswith("." + a)
                                      for a in ALLOWED_DOMAINS)


def luhn_npi(n):
    digits = [int(c) for c in "80840" + n]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def part_checks(rel, part, errs, texts):
    ctype = part.get_content_type()
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower().strip()
    rawp = part.get_payload(decode=False)
    if isinstance(rawp, str):
        lines = rawp.split("\n")
        if cte == "base64":
            try:
                binascii.a2b_base64("".join(l.strip() for l in lines), strict_mode=True)
            except Exception as e:  # noqa
                errs.append("%s: bad base64 in %s: %s" % (rel, ctype, e))
            if any(len(l.rstrip("\r")) > 76 for l in lines):
                errs.append("%s: base64 line > 76" % rel)
        elif cte == "quoted-printable":
            for l in lines:
                l = l.rstrip("\r")
                if len(l) > 76:
                    errs.append("%s: qp line > 76" % rel)
                    break
                if l != l.rstrip(" \t"):
                    errs.append("%s: qp trailing whitespace" % rel)
                    break
        elif cte == "7bit":
            try:
                rawp.encode("ascii")
            except UnicodeEncodeError:
                errs.append("%s: non-ASCII in 7bit %s" % (rel, ctype))
    data = part.get_payload(decode=True) or b""
    fn = part.get_filename() or ""
    if fn:
        texts.append(fn)
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        try:
            text = data.decode(cs)
        except (UnicodeDecodeError, LookupError) as e:
            errs.append("%s: charset %s does not decode: %s" % (rel, cs, e))
            return
    else:
        text = None
        if ctype in ("application/json", "application/fhir+json", "application/xml",
                     "application/hl7-v2", "application/fhir+xml"):
            text = data.decode("utf-8")
    low = fn.lower()
    if text is not None:
        texts.append(text)
        if ctype.endswith("json") or low.endswith(".json"):
            try:
                json.loads(text)
            except ValueError as e:
                errs.append("%s: JSON does not parse: %s" % (rel, e))
        if ctype.endswith("xml") or low.endswith(".xml"):
            try:
                ET.fromstring(data)
            except ET.ParseError as e:
                errs.append("%s: XML does not parse: %s" % (rel, e))
        if ctype == "text/calendar" or low.endswith(".ics"):
            t = text.replace("\r\n", "\n")
            if not (t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR")
                    and t.count("BEGIN:") == t.count("END:")):
                errs.append("%s: ICS BEGIN/END mismatch" % rel)
            texts[-1] = re.sub(r"\n[ \t]", "", t)  # check the unfolded text
        if ctype == "text/csv" or low.endswith(".csv"):
            rows = [r for r in csv.reader(io.StringIO(text)) if r]
            if len({len(r) for r in rows}) != 1:
                errs.append("%s: CSV rows have differing column counts" % rel)
        if ctype == "application/hl7-v2" or low.endswith(".hl7"):
            segs = [s for s in re.split(r"\r\n?|\n", text) if s]
            if not segs or not segs[0].startswith("MSH|^~\\&|") or any(
                    not re.match(r"^[A-Z][A-Z0-9]{2}\|", s) for s in segs):
                errs.append("%s: HL7 segments malformed" % rel)
    if ctype == "application/pdf":
        if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
            errs.append("%s: PDF header/trailer" % rel)
        else:
            sx = int(data.rsplit(b"startxref", 1)[1].split()[0])
            if data[sx:sx + 4] != b"xref":
                errs.append("%s: PDF startxref offset wrong" % rel)
            for mo in re.finditer(rb"/Length (\d+)([^>]*)>>\nstream\n", data):
                ln = int(mo.group(1))
                st = data[mo.end():mo.end() + ln]
                if data[mo.end() + ln:mo.end() + ln + 10] != b"\nendstream":
                    errs.append("%s: PDF stream /Length wrong" % rel)
                if b"FlateDecode" in mo.group(2):
                    st = zlib.decompress(st)
                texts.extend(x.decode("latin-1") for x in re.findall(rb"\((.*?)\) Tj", st))


def check_message(rel, msg, errs, texts, top=True):
    req = ("From", "To", "Subject", "Date", "Message-ID")
    if top:
        req += ("MIME-Version",)
    for h in req:
        if msg[h] is None or not str(msg[h]).strip():
            errs.append("%s: missing %s" % (rel, h))
    try:
        if parsedate_to_datetime(str(msg["Date"])).tzinfo is None:
            errs.append("%s: Date without zone" % rel)
    except Exception:  # noqa
        errs.append("%s: bad Date" % rel)
    if not re.match(r"^<[^<>@\s]+@[^<>@\s]+>$", str(msg["Message-ID"] or "")):
        errs.append("%s: bad Message-ID" % rel)
    for h, v in msg.items():
        sv = str(v)
        if "=?" in sv and "?=" in sv:
            errs.append("%s: undecoded encoded word in %s" % (rel, h))
        texts.append(sv)
    for part in msg.walk():
        if part.defects:
            errs.append("%s: defects %r" % (rel, part.defects))
        for h in ("Subject", "From", "To"):
            if part is not msg and part[h] is not None and part.get_content_type() != "message/rfc822":
                texts.append(str(part[h]))
        if part.is_multipart():
            if part.get_content_type() == "message/rfc822":
                sub = part.get_payload(0)
                for h in ("From", "To", "Subject", "Date", "Message-ID"):
                    if sub[h] is None:
                        errs.append("%s: attached message lacks %s" % (rel, h))
                for h, v in sub.items():
                    texts.append(str(v))
            continue
        part_checks(rel, part, errs, texts)


def check_invented(rel, texts, errs):
    blob_ = "\n".join(texts)
    for mo in EMAIL_RE.finditer(blob_):
        if not domain_ok(mo.group(1)):
            errs.append("%s: address outside example domains: %s" % (rel, mo.group(0)))
    for mo in URL_RE.finditer(blob_):
        host = mo.group(1).lower()
        if not domain_ok(host) and host not in CODE_SYSTEM_HOSTS:
            errs.append("%s: URL outside example domains: %s" % (rel, mo.group(0)))
    for mo in PHONE_RE.finditer(blob_):
        ex, num = mo.group(1), mo.group(2)
        if ex == "555" and not num.startswith("01"):
            errs.append("%s: 555 number outside 01xx: %s" % (rel, mo.group(0)))
        elif ex != "555" and mo.group(0)[:1] in "(" and True:
            errs.append("%s: phone not 555-01xx: %s" % (rel, mo.group(0)))
        elif ex != "555" and re.match(r"^\d{3}[-. ]\d{3}[-. ]\d{4}$", mo.group(0)):
            errs.append("%s: phone not 555-01xx: %s" % (rel, mo.group(0)))
    for mo in NPI_RE.finditer(blob_):
        if not luhn_npi(mo.group(1)):
            errs.append("%s: NPI fails Luhn: %s" % (rel, mo.group(1)))
    for mo in DEA_RE.finditer(blob_):
        if not dea_ok(mo.group(1)):
            errs.append("%s: DEA fails check digit: %s" % (rel, mo.group(1)))


def check(items=None):
    if items is None:
        items = plan()
    errs = []
    counts = {k: 0 for k in LABELS}
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    if len(lines) != len(M):
        errs.append("labels.tsv has %d rows, want %d" % (len(lines), len(M)))
    expect = {fn: (lab, data) for lab, fn, spec, data in items}
    seen = set()
    nums = []
    for ln in lines:
        cols = ln.split("\t")
        if len(cols) != 3 or not cols[2].strip():
            errs.append("bad labels.tsv row: %r" % ln)
            continue
        fn, lab, reason = cols
        if lab not in LABELS:
            errs.append("bad label %r" % lab)
            continue
        counts[lab] += 1
        nums.append(int(fn[:3]))
        seen.add(os.path.join(lab, fn))
        path = os.path.join(HERE, lab, fn)
        if not os.path.exists(path):
            errs.append("missing file %s/%s" % (lab, fn))
            continue
        data = open(path, "rb").read()
        rel = lab + "/" + fn
        if expect.get(fn) != (lab, data):
            errs.append("%s: differs from what gen.py would write" % rel)
        if len(data) > 200 * 1024:
            errs.append("%s: larger than 200 KiB" % rel)
        if re.search(rb"(?<!\r)\n|\r(?!\n)", data):
            errs.append("%s: bare CR or LF" % rel)
        for j, l in enumerate(data.split(b"\r\n")):
            if len(l) > 998:
                errs.append("%s: line %d > 998 octets" % (rel, j + 1))
        texts = []
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            check_message(rel, msg, errs, texts)
        except Exception as e:  # noqa
            errs.append("%s: %s: %s" % (rel, type(e).__name__, e))
        check_invented(rel, texts, errs)
    files = set(os.path.relpath(f, HERE) for lab in LABELS
                for f in glob.glob(os.path.join(HERE, lab, "*.eml")))
    if files != seen:
        errs.append("files on disk and labels.tsv differ: %r" % sorted(files ^ seen)[:5])
    if sorted(nums) != list(range(1, len(M) + 1)):
        errs.append("numbers are not 001-%03d" % len(M))
    if counts != WANT:
        errs.append("counts %r != %r" % (counts, WANT))
    foreign = {k: 0 for k in LABELS}
    for s in M:
        if s["slug"] in LANG:
            foreign[s["label"]] += 1
    nf = sum(foreign.values())
    if not 36 <= nf <= 44:
        errs.append("%d non-English messages, want about 20%%" % nf)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    langs = sorted(set(LANG.values()))
    print("ok: %d messages %r; %d not in English %r (%s)" % (
        len(lines), counts, nf, foreign, ", ".join(langs)))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        main()
