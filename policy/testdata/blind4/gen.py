#!/usr/bin/env python3
"""Deterministic generator for the blind4 sensitivity test set.

Run `python3 gen.py` in this directory.  It deletes and rewrites
none/*.eml, phi/*.eml, restricted/*.eml and labels-b4.tsv, then re-parses
every file with email.policy.default and checks the structural rules.
Standard library only.  All people, organisations, numbers and addresses
are invented.
"""
import base64
import datetime
import email
import glob
import hashlib
import os
import quopri
import random
import re
import struct
import sys
import textwrap
import zlib
from email import policy
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
TARGETS = {"none": 64, "phi": 60, "restricted": 36}
TZ = "-0600"

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def h8(s, n=8):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def D(md, hm, tz=TZ, sec=None):
    """D('12-01', '09:14') -> RFC 5322 date in the week of 30 Nov 2026."""
    m, d = (int(x) for x in md.split("-"))
    hh, mm = (int(x) for x in hm.split(":"))
    if sec is None:
        sec = int(h8(md + hm + tz), 16) % 60
    dt = datetime.datetime(2026, m, d, hh, mm, sec)
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def ew(s, cs="utf-8", mode=None):
    """RFC 2047 encoded words for s in charset cs, folded to <= 76 columns.

    Latin charsets use Q encoding, others B; words never split a character."""
    if all(ord(c) < 128 for c in s):
        return s
    if mode is None:
        mode = "Q" if cs.lower().startswith(("iso-8859", "windows-125")) else "B"
    pre = "=?%s?%s?" % (cs, mode)

    def enc(chunk):
        b = chunk.encode(cs)
        if mode == "B":
            return base64.b64encode(b).decode("ascii")
        return "".join(chr(x) if x in _QSAFE else ("_" if x == 32 else "=%02X" % x) for x in b)
    def fits(t):
        return len(pre) + len(enc(t)) + 2 <= 66
    words, cur = [], ""
    for tok in re.findall(r"\S+\s*|\s+", s):     # break between words where possible
        if fits(cur + tok):
            cur += tok
            continue
        if cur:
            words.append(pre + enc(cur) + "?=")
            cur = ""
        for ch in tok:
            if not fits(cur + ch):
                words.append(pre + enc(cur) + "?=")
                cur = ""
            cur += ch
    if cur:
        words.append(pre + enc(cur) + "?=")
    return "\n ".join(words)


def A(name, addr, cs="utf-8"):
    """Format one address; non-ASCII display names become RFC 2047 words."""
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    enc = ew(name, cs)
    assert "\n" not in enc, "display name too long for one encoded word: " + name
    return "%s <%s>" % (enc, addr)


def npi(base9):
    """Return a 10-digit NPI whose Luhn check (with prefix 80840) passes."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def dea(prefix, six):
    d = [int(c) for c in six]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return prefix + six + str(c)


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, compress=False, title="Document"):
    """A small valid PDF with the given lines of text in one content stream."""
    ops = ["BT", "/F1 10 Tf", "14 TL", "50 770 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % pdf_escape(ln))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    if compress:
        stream = zlib.compress(stream, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(stream)
    else:
        sdict = "<< /Length %d >>" % len(stream)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        sdict.encode("ascii") + b"\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (LVH DocServer 4.2) >>" % pdf_escape(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_png(w=24, h=16, seed="x"):
    """Tiny grey-scale PNG (stands in for a scanned page)."""
    rnd = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rnd.choice((255, 255, 255, 40)) for _ in range(w)) for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def hl7(*segs):
    return ("\r".join(segs) + "\r").encode("ascii")


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------

_bcount = [0]


def _boundary(tag):
    _bcount[0] += 1
    return "----=_Part_%d_%s" % (_bcount[0], h8(tag + str(_bcount[0]), 12))


def b64lines(data):
    return base64.encodebytes(data)


class T:
    """A text part.  cte: None (auto), 7bit, 8bit, quoted-printable, base64."""

    def __init__(self, text, sub="plain", cs="utf-8", cte=None, flowed=False,
                 disp=None, fname=None, raw=None, lang=None):
        self.text, self.sub, self.cs, self.cte = text, sub, cs, cte
        self.flowed, self.disp, self.fname, self.raw, self.lang = flowed, disp, fname, raw, lang

    def render(self, tag):
        if self.raw is not None:          # hand-encoded body (e.g. QP with a chosen soft break)
            cte = self.cte
            body = self.raw.encode("ascii")
        else:
            text = self.text
            if self.flowed:   # RFC 3676: soft breaks are a trailing space
                out = []
                for ln in text.split("\n"):
                    w = textwrap.wrap(ln, 72, break_long_words=False, break_on_hyphens=False)
                    out.append(" \n".join(w) if w else ln)
                text = "\n".join(out)
            data = text.encode(self.cs)
            cte = self.cte
            if cte is None:
                cte = "7bit" if all(b < 128 for b in data) else "quoted-printable"
            if cte in ("7bit", "8bit"):
                body = data
            elif cte == "quoted-printable":
                body = quopri.encodestring(data)
            elif cte == "base64":
                body = b64lines(data)
            else:
                raise ValueError(cte)
        ct = 'text/%s; charset="%s"' % (self.sub, self.cs)
        if self.flowed:
            ct += "; format=flowed"
        hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
        if self.lang:
            hdrs.append("Content-Language: " + self.lang)
        if self.disp:
            d = self.disp
            if self.fname:
                d += '; filename="%s"' % self.fname
            hdrs.append("Content-Disposition: " + d)
        return hdrs, body


def _fname_params(fname, key):
    if all(ord(c) < 128 for c in fname):
        return '%s="%s"' % (key, fname)
    if key == "filename":   # RFC 2231
        q = "".join(c if (c.isalnum() and ord(c) < 128) or c in "-._" else
                    "".join("%%%02X" % b for b in c.encode("utf-8")) for c in fname)
        return "filename*=utf-8''" + q
    return 'name="%s"' % Header(fname, "utf-8").encode()


class Att:
    """An attachment.  data: bytes or str (str is utf-8 encoded)."""

    def __init__(self, data, ctype, fname, cte="base64", disp="attachment", extra_ct=""):
        self.data = data.encode("utf-8") if isinstance(data, str) else data
        self.ctype, self.fname, self.cte, self.disp, self.extra_ct = ctype, fname, cte, disp, extra_ct

    def render(self, tag):
        ct = self.ctype + self.extra_ct
        if self.fname:
            ct += "; " + _fname_params(self.fname, "name")
        hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + self.cte]
        d = self.disp
        if self.fname:
            d += "; " + _fname_params(self.fname, "filename")
        hdrs.append("Content-Disposition: " + d)
        if self.cte == "base64":
            body = b64lines(self.data)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(self.data)
        else:
            body = self.data
        return hdrs, body


class MP:
    def __init__(self, sub, *parts, extra=""):
        self.sub, self.parts, self.extra = sub, parts, extra

    def render(self, tag):
        b = _boundary(tag)
        out = bytearray()
        if self.sub == "mixed":
            out += b"This is a multi-part message in MIME format.\n"
        for p in self.parts:
            hdrs, body = p.render(tag)
            out += b"\n--" + b.encode() + b"\n"
            out += ("\n".join(hdrs) + "\n\n").encode("ascii")
            out += body if body.endswith(b"\n") else body + b"\n"
        out += b"\n--" + b.encode() + b"--\n"
        return ['Content-Type: multipart/%s; boundary="%s"%s' % (self.sub, b, self.extra)], bytes(out)


class R822:
    def __init__(self, msgbytes, fname=None):
        self.msg, self.fname = msgbytes, fname

    def render(self, tag):
        hdrs = ["Content-Type: message/rfc822"]
        eight = any(b > 127 for b in self.msg)
        hdrs.append("Content-Transfer-Encoding: " + ("8bit" if eight else "7bit"))
        if self.fname:
            hdrs.append('Content-Disposition: attachment; filename="%s"' % self.fname)
        else:
            hdrs.append("Content-Disposition: inline")
        return hdrs, self.msg


# --------------------------------------------------------------------------
# messages
# --------------------------------------------------------------------------

MSGS = []


def render_message(frm, to, subj, date, body, cc=None, extra=(), subj_cs="utf-8",
                   mid=None, tag="", received=True, reply_to=None):
    hl = []
    dom = re.search(r"@([^>\s]+)", frm).group(1)
    if received:
        hl.append("Received: from app%s.%s (app%s.%s [10.40.%d.%d])\n\tby relay-out1.lvh.example.org (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            int(h8(tag, 2), 16) % 9, dom, int(h8(tag, 2), 16) % 9, dom,
            int(h8(tag + "a", 2), 16), int(h8(tag + "b", 2), 16), h8(tag, 10).upper(),
            re.search(r"[\w.+-]+@[\w.-]+", to).group(0), date))
    hl.append("From: " + frm)
    hl.append("To: " + to)
    if cc:
        hl.append("Cc: " + cc)
    if reply_to:
        hl.append("Reply-To: " + reply_to)
    if all(ord(c) < 128 for c in subj):
        hl.append("Subject: " + subj)
    else:
        hl.append("Subject: " + ew(subj, subj_cs))
    hl.append("Date: " + date)
    hl.append("Message-ID: " + (mid or "<%s.%s@%s>" % (h8(tag + "mid", 16), h8(tag, 6), dom)))
    for k, v in extra:
        hl.append("%s: %s" % (k, v))
    hl.append("MIME-Version: 1.0")
    phdrs, pbody = body.render(tag)
    hl.extend(phdrs)
    out = ("\n".join(hl) + "\n\n").encode("ascii") + pbody
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def M(label, slug, reason, frm, to, subj, date, body, crlf=True, **kw):
    assert label in TARGETS, label
    MSGS.append(dict(label=label, slug=slug, reason=reason, frm=frm, to=to, subj=subj,
                     date=date, body=body, crlf=crlf, kw=kw))


def inner(frm, to, subj, date, body, **kw):
    """Bytes of a message to be nested as message/rfc822."""
    return render_message(frm, to, subj, date, body, received=False, tag=subj + date, **kw)


# common strings -------------------------------------------------------------

CONF = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
        "intended recipient(s) and may contain confidential and privileged information. Any\n"
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
        "intended recipient, please contact the sender by reply e-mail and destroy all copies\n"
        "of the original message.")

PART2 = ("NOTICE: This information has been disclosed to you from records protected by federal\n"
         "confidentiality rules (42 CFR Part 2). The federal rules prohibit you from making any\n"
         "further disclosure of this information unless further disclosure is expressly permitted\n"
         "by the written consent of the person to whom it pertains or as otherwise permitted by\n"
         "42 CFR Part 2.")

ADDR = "1200 Meridian Ave, Larkspur, MO 65599"

# ==========================================================================
# RESTRICTED
# ==========================================================================

# --- mental health ---------------------------------------------------------

M("restricted", "recordatorio-cita-jueves",
  "Spanish reminder to a patient of her own therapy appointment from the behavioral-health service (mental health).",
  A("LVH Salud Conductual", "bh-recordatorios@lvh.example.org"),
  A("Yesenia Carrasco", "yesi.carrasco84@mail.example.net"),
  "Recordatorio: su cita del jueves 3 de diciembre", D("11-30", "10:02"),
  T("Estimada Sra. Carrasco:\n\n"
    "Le recordamos su cita de terapia individual con la Lic. Marisol Ortega, LPC,\n"
    "el jueves 3 de diciembre a las 4:00 p. m. en LVH Salud Conductual, 2.º piso,\n"
    "1200 Meridian Ave.\n\n"
    "Si necesita cambiar la cita, llame al (417) 555-0147 con 24 horas de anticipación.\n"
    "Si está en crisis, llame o envíe un mensaje de texto al 988.\n\n"
    "Atentamente,\nRecepción - Salud Conductual\n", cs="iso-8859-1", cte="quoted-printable", lang="es"))

M("restricted", "re-dbt-attendance",
  "Therapist tells psychiatrist a named patient missed DBT skills group; attendance in psychiatric treatment is mental-health information.",
  A("Renee Albright, LCSW", "renee.albright@lvh.example.org"),
  A("Okafor, Chidi MD", "chidi.okafor@lvh.example.org"),
  "RE: Kayla Brennan - group", D("12-02", "16:41"),
  T("pt missed group Tuesday, 2nd one in a row. Left VM x2. If she no-shows Thurs I'll "
    "flag it at case review.\n\nRenee\n\n"
    "-----Original Message-----\n"
    "From: Okafor, Chidi MD\n"
    "Sent: Wednesday, December 2, 2026 9:12 AM\n"
    "To: Albright, Renee <renee.albright@lvh.example.org>\n"
    "Subject: Kayla Brennan - group\n\n"
    "Renee - saw Kayla in med mgmt yesterday, she says she's been going to DBT skills "
    "but I don't see it charted. Can you confirm? Considering bumping the lamotrigine.\n\n"
    "C. Okafor, MD\nLVH Behavioral Health | (417) 555-0148\n\n" + CONF + "\n", flowed=False))

M("restricted", "transcription-job-88213",
  "Psychiatric evaluation of a named patient is only in the attached transcription file.",
  A("VoxScribe Job Delivery", "delivery@voxscribe.example.com"),
  A("LVH BH Medical Records", "bh-records@lvh.example.org"),
  "Job 88213 completed - 1 document", D("12-01", "05:47", tz="+0000"),
  MP("mixed",
     T("Your transcription job has been completed and is attached.\n\n"
       "Job: 88213\nAuthor ID: 4471\nTAT: 18h 22m\nLines: 212\n\n"
       "Please do not reply to this automated message. Support: (888) 555-0117\n"),
     Att(r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}" "\n"
         r"\f0\fs22 LVH BEHAVIORAL HEALTH - PSYCHIATRIC EVALUATION\par" "\n"
         r"PATIENT: Ferreira, Joao  MRN: LV3308174  DOB: 07/22/1979\par" "\n"
         r"DATE OF SERVICE: 11/30/2026   PROVIDER: Chidi Okafor, MD\par" "\n"
         r"CHIEF COMPLAINT: Low mood, poor sleep for 3 months.\par" "\n"
         r"ASSESSMENT: Major depressive disorder, recurrent, moderate (F33.1). PHQ-9 17. "
         r"No SI/HI. Hx of one prior episode 2019 treated with sertraline.\par" "\n"
         r"PLAN: Restart sertraline 50 mg daily, titrate to 100 mg in 2 weeks. Refer for CBT "
         r"with R. Albright, LCSW. F/u 4 weeks.\par" "\n}" "\n",
         "application/rtf", "JOB88213_4471_20261130.rtf")))

M("restricted", "lithium-level-webb",
  "Lithium level for a named patient managed by psychiatry implies bipolar treatment (mental health).",
  A("Tamsin Hale", "tamsin.hale@lvh.example.org"),
  A("BH Nursing", "bh-nursing@lvh.example.org"),
  "Li level - Webb", D("12-01", "11:20"),
  T("Marcus Webb (MRN LV2231907) - lithium came back 0.9 mmol/L this AM, trough drawn "
    "at 0720. Cr 0.98, TSH 2.1. Dr. Okafor in psych says keep current dose 900 mg qhs, "
    "recheck in 3 months. Can someone call him today? Cell on file.\n\n"
    "thx\nTamsin Hale, RN\nLVH Lab Client Services\n(417) 555-0121\n"))

M("restricted", "anc-wk14-dispense",
  "Clozapine REMS ANC check for a named patient (schizophrenia treatment).",
  A("LVH Outpatient Pharmacy", "rx@lvh.example.org"),
  A("Okafor, Chidi MD", "chidi.okafor@lvh.example.org"),
  "ANC ok - Kowalczyk wk 14", D("12-02", "08:05"),
  T("Dr. Okafor,\n\nANC for Dominik Kowalczyk (DOB 1988-02-09) resulted 2,100/uL on 12/01. "
    "That is within the normal range for weekly monitoring, so we are releasing the week 14 "
    "supply of clozapine 300 mg (150 mg bid). Next ANC due 12/08.\n\n"
    "Pharmacist: Lena Marchetti, PharmD\nLVH Outpatient Pharmacy  (417) 555-0160  fax (417) 555-0161\n"))

M("restricted", "referral-harbor-program",
  "Referral letter for a named adolescent to an eating-disorder programme (mental health).",
  A("Priya Natarajan, RD", "priya.natarajan@lvh.example.org"),
  A("Harbor Intake", "intake@harbor-ed.example.com"),
  "Referral - L. Anders", D("12-01", "14:33"),
  MP("mixed",
     T("Hello,\n\nPlease find attached our referral for Lily Anders (17F) for your PHP level of care. "
       "Her pediatrician and our BH team agree she meets criteria. Weight today 41.2 kg, HR 48 "
       "supine. Parents are on board and the consent to release is in the packet.\n\n"
       "Happy to talk by phone.\n\nPriya Natarajan, RD, CEDS\nLVH Nutrition Services\n(417) 555-0139\n\n"
       + CONF + "\n"),
     Att(make_pdf(["LVH Behavioral Health - Referral for Higher Level of Care",
                   "Patient: Lily Anders   DOB: 03/30/2009   MRN: LV4102266",
                   "Diagnosis: Anorexia nervosa, restricting type (F50.01)",
                   "Vitals 12/01/2026: Wt 41.2 kg (BMI 15.1), HR 48 supine, orthostatic +28",
                   "Requested: Partial hospitalization programme, eating disorders",
                   "Referring: Priya Natarajan, RD; Chidi Okafor, MD (psychiatry)"],
                  title="Referral"), "application/pdf", "Referral_LAnders.pdf")))

M("restricted", "seance-emdr-deplacee",
  "French note to a patient moving her PTSD (EMDR) therapy session.",
  A("Dr Hélène Marchand", "helene.marchand@lvh.example.org", cs="iso-8859-1"),
  A("Amina Diallo", "amina.diallo@example.net"),
  "Séance EMDR de vendredi", D("12-02", "13:17"),
  T("Bonjour Madame Diallo,\n\n"
    "Je dois déplacer notre séance EMDR de vendredi 4 décembre. Je peux vous proposer lundi 7 "
    "à 10 h ou mardi 8 à 15 h. Continuez les exercices de stabilisation dont nous avons parlé "
    "pour les cauchemars liés au TSPT, et n'hésitez pas à appeler le service si les symptômes "
    "s'aggravent.\n\nBien cordialement,\n\nDr Hélène Marchand, psychologue\n"
    "LVH Santé comportementale - (417) 555-0149\n", cs="windows-1252", cte="8bit", lang="fr"),
  subj_cs="iso-8859-1")

M("restricted", "refill-auth-mph",
  "Child and adolescent psychiatry authorising an ADHD stimulant refill for a named child (ADHD treatment by a psychiatric service).",
  A("LVH Child & Adolescent Psychiatry", "cap-clinic@lvh.example.org"),
  A("Nadia Ferris", "nferris.home@example.com"),
  "Refill approved for Owen", D("12-03", "09:48"),
  MP("alternative",
     T("Hi Ms. Ferris,\n\nDr. Baptiste approved Owen's refill of methylphenidate ER 27 mg, one "
       "tablet each morning, #30. It was sent to LVH Outpatient Pharmacy. His next med check with "
       "Dr. Baptiste is 12/17 at 3:40 pm.\n\nLVH Child & Adolescent Psychiatry\n(417) 555-0150\n"),
     T("<html><body><p>Hi Ms. Ferris,</p><p>Dr. Baptiste approved Owen's refill of "
       "<b>methylphenidate ER 27&nbsp;mg</b>, one tablet each morning, #30. It was sent to LVH "
       "Outpatient Pharmacy. His next med check with Dr. Baptiste is <b>12/17 at 3:40&nbsp;pm</b>.</p>"
       "<p>LVH Child &amp; Adolescent Psychiatry<br>(417) 555-0150</p></body></html>\n", sub="html")))

# --- substance-use treatment -------------------------------------------------

M("restricted", "re-holcomb-update",
  "Addiction-medicine nurse reports a named patient's progress on Sublocade (opioid use disorder treatment, Part 2).",
  A("Bev Lindqvist, RN", "bev.lindqvist@lvh.example.org"),
  A("Dr. Samuel Amani", "samuel.amani@lvh.example.org"),
  "Re: Tanya Holcomb", D("11-30", "15:22"),
  T("Hi Dr. Amani,\n\nShe's doing well on the Sublocade - got her 3rd monthly injection today, "
    "no cravings she says, working again at the bakery. OK to go ahead with the knee injection "
    "you were planning, just don't send her home with anything stronger than ibuprofen please.\n\n"
    "Bev\n\nBev Lindqvist, RN | Bridgeway Recovery Clinic\n(417) 555-0152\n\n" + PART2 + "\n\n"
    "On Mon, Nov 30, 2026 at 11:03 AM Samuel Amani <samuel.amani@lvh.example.org> wrote:\n"
    "> Bev, Tanya Holcomb is on my schedule 12/9 for her R knee. Anything I should know from\n"
    "> your side before I do a steroid injection? She signed the release.\n"
    "> -SA\n"))

M("restricted", "intake-confirmed-wed",
  "Methadone clinic front desk confirming a patient's own intake appointment; the display name reveals substance-use treatment.",
  A("Bridgeway Methadone Clinic Front Desk", "bridgeway-frontdesk@lvh.example.org"),
  "dmcclure77@mail.example.net",
  "Your appointment is confirmed", D("11-30", "17:05"),
  T("Your intake appointment is confirmed for Wednesday 12/02 at 7:30 AM.\n\n"
    "Please bring a photo ID and your insurance card, and plan to stay about 3 hours.\n"
    "Reply C to confirm or call (417) 555-0153.\n"))

M("restricted", "weekly-attendance-salinas",
  "IOP attendance and urine drug screen results for a named participant sent to drug court (substance-use treatment).",
  A("Marco Ibarra, LADC", "marco.ibarra@lvh.example.org"),
  A("Harlan Co. Treatment Court", "treatmentcourt@courts.harlancounty.test"),
  "Weekly report - Salinas, J. (consent on file)", D("12-04", "12:10"),
  MP("mixed",
     T("Ms. Park,\n\nAttached is this week's report for Jorge Salinas per the signed consent dated "
       "09/14/2026. Summary: attended 3/3 IOP sessions, UDS negative x3, engaged in group.\n\n"
       "Marco Ibarra, LADC\nBridgeway Recovery Clinic\n(417) 555-0154\n\n" + PART2 + "\n"),
     Att("participant,case_no,week_ending,iop_sessions_sched,iop_sessions_att,uds_date,uds_result\n"
         "\"Salinas, Jorge\",TC-26-0412,2026-12-04,3,3,2026-11-30,NEG\n"
         "\"Salinas, Jorge\",TC-26-0412,2026-12-04,3,3,2026-12-02,NEG\n"
         "\"Salinas, Jorge\",TC-26-0412,2026-12-04,3,3,2026-12-04,NEG\n",
         "text/csv", "TC-26-0412_wk49.csv", cte="7bit", extra_ct='; charset="us-ascii"')))

M("restricted", "bed-request-pruitt",
  "ED social worker requests a detox bed for a named patient in alcohol withdrawal (substance-use treatment).",
  A("Colleen Marsh, MSW", "colleen.marsh@lvh.example.org"),
  A("Riverside Withdrawal Mgmt", "admissions@riverside-wm.example.org"),
  "bed request", D("12-01", "02:14"),
  T("Hi - do you have a detox bed tonight? 44M, Dale Pruitt, DOB 6/18/82, alcohol withdrawal, "
    "last drink ~14h ago, CIWA 14 and climbing, got 2 mg lorazepam at 0130. No seizure hx. "
    "Medically cleared otherwise. He's agreeable to 5-day detox then IOP.\n\n"
    "Call me at the ED SW desk (417) 555-0118.\n\nColleen\n"))

M("restricted", "pa-determination-1187342",
  "Health-plan prior-authorisation approval for naltrexone ER for alcohol dependence for an identified member; the health content is only in the compressed PDF.",
  A("Northgate Health Plan - Utilization Mgmt", "um-notices@northgate.example.com"),
  A("LVH Prior Auth Team", "priorauth@lvh.example.org"),
  "Determination notice - Ref 1187342", D("12-02", "10:31"),
  MP("mixed",
     T("A determination has been made on the request referenced above. The notice is attached.\n\n"
       "Northgate Health Plan | Utilization Management | 1-800-555-0190\n"),
     Att(make_pdf(["NORTHGATE HEALTH PLAN - NOTICE OF APPROVAL",
                   "Reference: 1187342      Date: 12/02/2026",
                   "Member: Curtis Vandermeer   Member ID: NGH804412573   DOB: 11/05/1970",
                   "Prescriber: Samuel Amani, MD  NPI " + npi("165839201"),
                   "Drug: naltrexone ER 380 mg IM every 4 weeks (HCPCS J2315)",
                   "Diagnosis: F10.20 Alcohol dependence, uncomplicated",
                   "Approved: 12/02/2026 - 06/01/2027, 6 injections",
                   "Questions: 1-800-555-0190"], compress=True, title="PA approval"),
         "application/pdf", "Notice_1187342.pdf")))

M("restricted", "cm-voucher-log",
  "Contingency-management prize log naming a patient and his negative stimulant screens (substance-use treatment).",
  A("Jules Okonkwo", "jules.okonkwo@lvh.example.org"),
  A("Bridgeway Admin", "bridgeway-admin@lvh.example.org"),
  "CM vouchers this wk", D("12-04", "15:55"),
  T("Adding to the CM log for finance:\n\n"
    "- R. Yazzie - 4 consecutive neg stims, draw earned $25 (Walmart card #ending 3310)\n"
    "- need 2 more $10 cards in the lockbox, we're out\n\n"
    "Jules\n"))

M("restricted", "receita-buprenorfina",
  "Portuguese message to a patient about his buprenorphine/naloxone prescription from the recovery clinic.",
  A("Clínica Bridgeway", "bridgeway@lvh.example.org"),
  A("Wellington Sousa", "wsousa.br@example.com"),
  "Sua receita de buprenorfina", D("12-03", "11:12"),
  T("Olá, Wellington,\n\n"
    "A Dra. Ferraz enviou a sua receita de buprenorfina/naloxona 8 mg/2 mg (1 filme sublingual "
    "por dia, 14 filmes) para a Farmácia LVH. Você pode retirar a partir de amanhã às 9h.\n"
    "Lembre-se do exame de urina na consulta de quinta-feira, 10/12.\n\n"
    "Qualquer dúvida, ligue para (417) 555-0153.\n\nEquipe Bridgeway\n\n" + PART2 + "\n",
    cs="iso-8859-1", cte="quoted-printable", lang="pt"), subj_cs="iso-8859-1")

# --- HIV ---------------------------------------------------------------------

M("restricted", "pickup-ready",
  "Case manager tells a named patient his Biktarvy refill is ready (antiretroviral therapy = HIV).",
  A("Gabriela Munoz", "gabriela.munoz@lvh.example.org"),
  A("Andre Toussaint", "andre.toussaint@example.net"),
  "pickup", D("12-01", "13:40"),
  T("Hi Andre, pharmacy says the Biktarvy refill is ready, they'll hold it until Friday. "
    "Your copay card covered it so $0.\n\nGabby\nCase Manager, Crestview ID Clinic\n(417) 555-0156\n"))

M("restricted", "oru-resend-batch-7",
  "HL7 ORU attachment carries a named patient's HIV-1 viral load and CD4 result; the body has no identifier.",
  A("LVH Interface Engine", "interfaces@lvh.example.org"),
  A("Crestview ID Clinic Results", "crestview-results@lvh.example.org"),
  "Resend batch 7 (1 message)", D("12-02", "03:00"),
  MP("mixed",
     T("Resent per ticket INC0048812. 1 message(s) attached.\n"),
     Att(hl7("MSH|^~\\&|LVHLAB|LVH|CRESTVIEW|LVH|202612020300||ORU^R01|LAB771203|P|2.5.1",
             "PID|1||LV5521093^^^LVH^MR||Okonjo^Emeka^C||19910614|M|||88 Birch St^^Larkspur^MO^65599",
             "OBR|1|ORD55120|LAB771203|25836-8^HIV 1 RNA^LN|||202611301015",
             "OBX|1|NM|25836-8^HIV-1 RNA [#/volume] (viral load)^LN||<20|copies/mL|<20|N|||F",
             "OBX|2|NM|24467-3^CD4 cells [#/volume]^LN||642|cells/uL|500-1500|N|||F"),
         "application/hl7-v2", "batch7_LAB771203.hl7")))

M("restricted", "prep-labs-enero",
  "Spanish note to a patient about his PrEP follow-up labs (PrEP is an HIV category).",
  A("Crestview - Programa PrEP", "prep@lvh.example.org"),
  A("Luis Ángel Robles", "lrobles.mx@example.com"),
  "Sus análisis de PrEP", D("12-03", "16:26"),
  T("Hola Luis,\n\nSus análisis de seguimiento de PrEP salieron bien: prueba de VIH negativa y "
    "función renal normal. Puede seguir tomando Descovy una vez al día. Su próxima cita "
    "trimestral es el 4 de marzo; le enviaremos el recordatorio.\n\n"
    "Saludos,\nEnf. Paola Guerrero\nClínica Crestview\n", cte="base64", lang="es"))

M("restricted", "re-parking-4th",
  "Restricted information appears only in the recipient's display name (named PrEP patient).",
  A("Gabriela Munoz", "gabriela.munoz@lvh.example.org"),
  A("Ruiz, Tomas - PrEP pt", "tomas.ruiz93@example.com"),
  "Re: parking", D("12-02", "10:07"),
  T("Tomas - yes, the garage on 4th St validates, just bring the ticket to the front desk. "
    "See you then.\n\nG.\n\n> is there parking near you guys? last time i got a ticket lol\n"))

M("restricted", "dental-clearance-q",
  "ID clinic nurse clears a named patient for dental extraction, stating HIV on ART and CD4 count.",
  A("Crestview ID Clinic", "crestview@lvh.example.org"),
  A("Front Office - Maple Dental", "office@mapledental.example.com"),
  "RE: clearance request for Harris, Delroy", D("12-03", "09:02"),
  T("Dr. Chen,\n\nMr. Harris (DOB 01/28/1975) is followed here, on ART with an undetectable viral "
    "load since 2021, CD4 620 last month. No special precautions or prophylaxis needed for the "
    "extraction from our standpoint. Standard precautions as always.\n\n"
    "Irene Kwan, RN\nCrestview ID Clinic | (417) 555-0157 | fax (417) 555-0158\n\n"
    "________________________________\n"
    "From: Front Office - Maple Dental <office@mapledental.example.com>\n"
    "Sent: Tuesday, December 1, 2026 4:48 PM\n"
    "To: Crestview ID Clinic\n"
    "Subject: clearance request for Harris, Delroy\n\n"
    "Patient Delroy Harris scheduled for #19 extraction 12/10. He listed your clinic. Please send "
    "any medical clearance or precautions.\nThank you, Maple Dental (417) 555-0182\n"))

M("restricted", "ccd-transfer-okafor-a",
  "C-CDA continuity-of-care document for a named patient lists HIV disease and antiretrovirals (attachment only).",
  A("LVH HIM Release of Information", "roi@lvh.example.org"),
  A("Records - Lakeshore Community Health", "records@lakeshore-chc.example.org"),
  "Records request #ROI-26-3391", D("12-04", "10:44"),
  MP("mixed",
     T("Attached is the requested continuity of care document for request ROI-26-3391 "
       "(signed authorization received 11/30/2026).\n\nLVH Health Information Management\n"
       "(417) 555-0125\n\n" + CONF + "\n"),
     Att('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
         '  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>\n'
         '  <title>Continuity of Care Document</title>\n'
         '  <recordTarget><patientRole>\n'
         '    <id root="2.16.840.1.113883.3.9999.1" extension="LV6610382"/>\n'
         '    <patient><name><given>Adaeze</given><family>Okafor-Bell</family></name>\n'
         '      <administrativeGenderCode code="F"/><birthTime value="19860911"/></patient>\n'
         '  </patientRole></recordTarget>\n'
         '  <component><structuredBody>\n'
         '    <component><section><title>Problems</title>\n'
         '      <text><list><item>HIV disease (B20), diagnosed 2017</item>\n'
         '      <item>Hypertension (I10)</item></list></text></section></component>\n'
         '    <component><section><title>Medications</title>\n'
         '      <text><list><item>dolutegravir/lamivudine 50/300 mg daily</item>\n'
         '      <item>amlodipine 5 mg daily</item></list></text></section></component>\n'
         '  </structuredBody></component>\n'
         '</ClinicalDocument>\n', "application/xml", "CCD_ROI-26-3391.xml")))

M("restricted", "rezilta-chaj-viral",
  "Haitian Creole message to a patient that his viral load is undetectable (HIV).",
  A("Klinik Crestview", "crestview@lvh.example.org"),
  A("Jean-Robert Pierre", "jrpierre@example.net"),
  "Rezilta analiz ou", D("12-02", "14:58"),
  T("Bonjou Jean-Robert,\n\nBon nouvèl: chaj viral ou pa detektab ankò, epi CD4 ou yo bon. "
    "Kontinye pran medikaman ou chak jou menm lè a. Pwochen randevou ou se 2 mas a 9è.\n\n"
    "Si ou gen kesyon, rele nou nan (417) 555-0157.\n\nMis Irene, Klinik Crestview\n", lang="ht"))

# --- genetic ---------------------------------------------------------------------

M("restricted", "fw-scheduling-gc-visit",
  "Scheduling a named patient's genetic counselling session about her BRCA2 result.",
  A("Dana Whitcomb", "dana.whitcomb@lvh.example.org"),
  A("Genetics Scheduling", "genetics-sched@lvh.example.org"),
  "FW: Marjorie Lund", D("12-01", "08:31"),
  T("Can you get her in with Keisha this week or next? She's anxious and wants the counselling "
    "session re: her BRCA2 result before her daughter's visit on the 15th.\n\n"
    "Dana Whitcomb | Breast Surgery Coordinator | x0133\n\n"
    "From: Marjorie Lund <mlund.ks@example.com>\n"
    "Sent: Monday, November 30, 2026 9:54 PM\n"
    "To: Dana Whitcomb <dana.whitcomb@lvh.example.org>\n"
    "Subject: Marjorie Lund\n\n"
    "Hi Dana, the portal says my results are in but I can't see them. Dr. Ito's office said "
    "I should talk to genetics first. Is there something wrong? Thanks, Marjorie\n"))

M("restricted", "carrier-panel-report",
  "Carrier-screening report for a named patient in the attached PDF (genetic test result).",
  A("LVH Laboratory - Molecular", "molecular-lab@lvh.example.org"),
  A("LVH Women's Health", "womenshealth@lvh.example.org"),
  "Report available - accession M26-11842", D("12-02", "07:15"),
  MP("mixed",
     T("A final report is attached for accession M26-11842.\n\nLVH Laboratory, Molecular Diagnostics\n"
       "CLIA 26D9999999  |  (417) 555-0122\n"),
     Att(make_pdf(["LVH LABORATORY - MOLECULAR DIAGNOSTICS",
                   "EXPANDED CARRIER SCREENING (PANEL 274 GENES)",
                   "Patient: Bianca Oyelaran   DOB 04/02/1994   MRN LV7013386",
                   "Ordering: Ruth Abernathy, MD",
                   "RESULT: POSITIVE - carrier of one pathogenic variant",
                   "CFTR c.1521_1523delCTT (p.Phe508del), heterozygous",
                   "Interpretation: carrier of cystic fibrosis. Partner testing recommended.",
                   "Genetic counselling is recommended."], title="Carrier screening"),
         "application/pdf", "M26-11842_final.pdf")))

M("restricted", "clopidogrel-switch",
  "Cardiology note about a named patient's CYP2C19 pharmacogenomic result driving a drug change (genetic test result).",
  A("Dr. Farid Haddad", "farid.haddad@lvh.example.org"),
  A("Amani, Samuel", "samuel.amani@lvh.example.org"),
  "Gerald Pike - antiplatelet", D("12-03", "17:52"),
  T("Sam,\n\nFYI the PGx panel on Gerald Pike came back CYP2C19 *2/*2, poor metabolizer, so "
    "clopidogrel won't do much for him. I switched him to ticagrelor 90 bid today, s/p DES to LAD "
    "11/19. Please don't restart the Plavix if you see it on an old med list.\n\nFarid\n\n"
    "Farid Haddad, MD, FACC\nLVH Cardiology  (417) 555-0141\n"))

M("restricted", "ob-visit-note-20wk",
  "Prenatal visit summary for a named patient includes her cell-free DNA (NIPT) screening result, a genetic test result.",
  A("Ruth Abernathy MD", "ruth.abernathy@lvh.example.org"),
  A("Joy Estrella", "joy.estrella@example.com"),
  "Your visit today", D("12-03", "12:21"),
  T("Hi Joy,\n\nGreat to see you at 20 weeks today. Blood pressure and weight are right on track "
    "and baby's heartbeat was 148. Your cell-free DNA screening came back low risk for trisomy "
    "21, 18 and 13. Your anatomy ultrasound is booked for 12/10 at 8:00 am.\n\n"
    "Dr. Abernathy\nLVH Women's Health | (417) 555-0143\n", flowed=True))

M("restricted", "test-predittivo-familiari",
  "Italian letter from a genetic counsellor to a named patient about Lynch-syndrome predictive testing for relatives.",
  A("Keisha Fontaine, MS, CGC", "keisha.fontaine@lvh.example.org"),
  A("Giovanna Ferraro", "giovanna.ferraro@example.net"),
  "Test predittivo per i suoi familiari", D("12-04", "11:06"),
  T("Gentile Signora Ferraro,\n\n"
    "come concordato durante la consulenza genetica di martedì, le allego la lettera per i "
    "familiari. Il suo risultato ha confermato la variante patogenetica MLH1 associata alla "
    "sindrome di Lynch. I suoi figli e sua sorella possono eseguire il test predittivo mirato "
    "solo per questa variante; il costo è spesso coperto dall'assicurazione.\n\n"
    "Resto a disposizione per qualsiasi domanda.\n\nCordiali saluti,\nKeisha Fontaine, consulente genetica\n"
    "LVH Genetic Counseling - (417) 555-0144\n", cs="iso-8859-1", cte="quoted-printable", lang="it"))

M("restricted", "shaicha-jieguo",
  "Chinese (GB2312) message to a named patient with her thalassaemia carrier-screening result (genetic).",
  A("LVH 遗传咨询", "genetics@lvh.example.org", cs="gb2312"),
  A("王丽娟", "lijuan.wang@example.com", cs="gb2312"),
  "您的筛查结果", D("12-02", "15:30"),
  T("王丽娟女士，您好：\n\n您的地中海贫血携带者筛查结果已出：检测到α地中海贫血（--SEA）杂合携带。"
    "建议您的丈夫也进行筛查。我们已为您预约遗传咨询，时间是12月9日下午2点。\n\n"
    "如有疑问请致电 (417) 555-0144。\n\nLVH 遗传咨询门诊\n", cs="gb2312", cte="base64", lang="zh"),
  subj_cs="gb2312")

# --- reproductive ---------------------------------------------------------------

M("restricted", "re-thursday-slot",
  "Scheduling a named patient's IUD insertion visit (contraceptive care).",
  A("Kim Duong", "kim.duong@lvh.example.org"),
  A("Women's Health Scheduling", "wh-sched@lvh.example.org"),
  "Re: thursday slot", D("12-01", "10:55"),
  T("She'd like the 1:15 if it's still open. Remind her to take ibuprofen an hour before.\n\n"
    "> Kim - is Alexis Moreau ok with Thurs 12/3 1:15 or 3:30 for her IUD insertion visit\n"
    "> with Dr. Abernathy? She needs a neg preg test day of.\n"
    "> -Lourdes, scheduling\n"))

M("restricted", "trigger-tonight",
  "IVF cycle-monitoring result and trigger instructions to the patient (fertility).",
  A("LVH Fertility & IVF Nurses", "ivf-nurses@lvh.example.org"),
  A("Rachel Stein", "rachel.stein.nyc@example.com"),
  "Today's monitoring - trigger tonight", D("12-02", "14:12"),
  MP("alternative",
     T("Hi Rachel,\n\nYour estradiol today was 1,840 pg/mL and you have 11 follicles over 14 mm. "
       "Dr. Whitfield wants you to trigger TONIGHT at 9:30 PM exactly:\n"
       "  - Ovidrel 250 mcg subcutaneous\n  - stop Ganirelix after this morning's dose\n\n"
       "Retrieval is Friday 12/4, arrive 7:15 AM, nothing to eat or drink after midnight.\n\n"
       "LVH Fertility & IVF  (417) 555-0146\n"),
     T("<html><body style=\"font-family:Arial\"><p>Hi Rachel,</p>"
       "<table border=\"1\" cellpadding=\"4\"><tr><th>Estradiol</th><td>1,840 pg/mL</td></tr>"
       "<tr><th>Follicles &gt;14&nbsp;mm</th><td>11</td></tr></table>"
       "<p>Dr. Whitfield wants you to trigger <b>TONIGHT at 9:30 PM</b> exactly:</p>"
       "<ul><li>Ovidrel 250 mcg subcutaneous</li><li>stop Ganirelix after this morning's dose</li></ul>"
       "<p>Retrieval is <b>Friday 12/4</b>, arrive 7:15 AM, nothing to eat or drink after midnight.</p>"
       "<p>LVH Fertility &amp; IVF (417) 555-0146</p></body></html>\n", sub="html")))

M("restricted", "nurse-callback-results",
  "Nurse tells a patient her test was positive for chlamydia and treatment was sent (STI result).",
  A("LVH Urgent Care Nurse Line", "uc-nurse@lvh.example.org"),
  A("Brianna Kessler", "bkessler22@example.net"),
  "Your test results from 11/28", D("11-30", "12:39"),
  T("Hi Brianna,\n\nI tried calling - your urine test from your 11/28 visit was positive for "
    "chlamydia (gonorrhea was negative). Dr. Lowe sent doxycycline 100 mg twice a day for 7 days "
    "to your pharmacy. Please avoid sex until you've finished and your partner(s) have been "
    "treated. We'd like to retest in 3 months.\n\nCall (417) 555-0119 with questions.\n\n"
    "Mara, RN\n"))

M("restricted", "seguimiento-despues-procedimiento",
  "Spanish follow-up after a patient's medication abortion (pregnancy termination).",
  A("LVH Salud de la Mujer", "wh-enfermeria@lvh.example.org"),
  A("Daniela Fuentes", "dfuentes@example.com"),
  "Seguimiento de su tratamiento", D("12-04", "09:37"),
  T("Hola Daniela:\n\nLe escribo para el seguimiento de la interrupción del embarazo con "
    "medicamentos (mifepristona y misoprostol) que inició el 27 de noviembre. Si el sangrado "
    "ya disminuyó, puede hacerse la prueba de embarazo en orina el 25 de diciembre. Si tiene "
    "fiebre de más de 38 °C o empapa dos toallas por hora durante dos horas, llame de inmediato "
    "al (417) 555-0143.\n\nUn saludo,\nEnf. Lourdes Peña\n", cs="windows-1252", cte="quoted-printable",
    lang="es"))

M("restricted", "statement-acct-6604418",
  "Billing statement for a named patient's oocyte cryopreservation (payment for fertility care).",
  A("LVH Patient Financial Services", "statements@lvh.example.org"),
  A("Megan Alcott", "megan.alcott@example.com"),
  "Your statement is ready - account 6604418", D("12-01", "06:00"),
  T("<html><body><h3>LVH Patient Financial Services</h3>"
    "<p>Megan Alcott<br>Account 6604418<br>Statement date 12/01/2026</p>"
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
    "<tr><th>Date</th><th>Description</th><th>Charges</th></tr>"
    "<tr><td>10/29/2026</td><td>Oocyte retrieval (58970)</td><td>$4,850.00</td></tr>"
    "<tr><td>10/29/2026</td><td>Oocyte cryopreservation (89337)</td><td>$1,900.00</td></tr>"
    "<tr><td>11/15/2026</td><td>Payment - thank you</td><td>-$3,000.00</td></tr>"
    "<tr><td colspan=\"2\"><b>Amount due by 12/31/2026</b></td><td><b>$3,750.00</b></td></tr>"
    "</table><p>Pay online at pay.lvh.example.org or call (417) 555-0126.</p></body></html>\n",
    sub="html", cte="quoted-printable"))

M("restricted", "przypomnienie-zastrzyk",
  "Polish reminder to a patient that her Depo-Provera contraceptive injection is due (contraceptive care).",
  A("Gabinet Zdrowia Kobiet LVH", "womenshealth@lvh.example.org", cs="iso-8859-2"),
  A("Agnieszka Wróbel", "a.wrobel@example.net", cs="iso-8859-2"),
  "Przypomnienie: zastrzyk antykoncepcyjny", D("12-01", "08:00"),
  T("Dzień dobry Pani Agnieszko,\n\nprzypominamy, że termin kolejnego zastrzyku "
    "antykoncepcyjnego Depo-Provera przypada między 3 a 10 grudnia. Prosimy umówić wizytę "
    "pielęgniarską pod numerem (417) 555-0143.\n\nZ pozdrowieniami,\nGabinet Zdrowia Kobiet LVH\n",
    cs="iso-8859-2", cte="quoted-printable", lang="pl"), subj_cs="iso-8859-2")

M("restricted", "rejections-1201",
  "Claim-rejection worklist names patients, one for contraceptive implant removal and reinsertion (restricted reproductive care).",
  A("ClaimBridge RCM Reports", "reports@claimbridge.example.net"),
  A("LVH Billing Office", "billing@lvh.example.org"),
  "Daily rejections 2026-12-01 (WH)", D("12-01", "19:00", tz="+0000"),
  MP("mixed",
     T("Attached: front-end rejections for facility WH (Women's Health), 3 claims.\n"
       "Please correct and resubmit within 5 business days.\n\nClaimBridge RCM | support (866) 555-0171\n"),
     Att("claim_id,patient,dob,payer,dos,cpt,icd10,reject_code,reject_reason\n"
         "CB2612010044,\"Nguyen, Thao\",1990-05-17,NORTHGATE,2026-11-20,11983,Z30.46,A7,Subscriber ID invalid\n"
         "CB2612010045,\"Barrett, Leah\",1985-12-02,NORTHGATE,2026-11-20,99213,N95.1,A3,Missing referring NPI\n"
         "CB2612010051,\"Ortiz, Camila\",1979-08-30,AETNA-T,2026-11-23,76830,N83.201,A8,Policy terminated\n",
         "text/csv", "rejections_WH_20261201.csv", cte="quoted-printable")))

M("restricted", "mawid-tahlil",
  "Arabic confirmation of a husband's semen analysis for the couple's fertility workup.",
  A("عيادة الخصوبة LVH", "ivf-nurses@lvh.example.org"),
  A("Karim Haddad", "karim.haddad@example.com"),
  "تأكيد موعد تحليل السائل المنوي", D("12-03", "13:03"),
  T("السيد كريم حداد المحترم،\n\nنؤكد موعدك لتحليل السائل المنوي ضمن تقييم الخصوبة يوم "
    "الاثنين 7 ديسمبر الساعة 8:30 صباحاً في مختبر LVH. يرجى الامتناع عن الجماع من يومين إلى "
    "خمسة أيام قبل الموعد.\n\nللاستفسار: (417) 555-0146\n\nعيادة الخصوبة وأطفال الأنابيب\n",
    cte="base64", lang="ar"))

# ==========================================================================
# PHI
# ==========================================================================

M("phi", "re-derm-fu-change",
  "One-line reply moving a patient whose name and dermatology follow-up are in the quoted request.",
  A("Sandra Lim", "sandra.lim@lvh.example.org"),
  A("Derm Front Desk", "derm-frontdesk@lvh.example.org"),
  "RE: reschedule - Pauline Ricci", D("11-30", "11:47"),
  T("ok, moved her to Thurs 2pm\n\n"
    "-----Original Message-----\nFrom: Derm Front Desk\nSent: Monday, November 30, 2026 11:30 AM\n"
    "To: Lim, Sandra\nSubject: reschedule - Pauline Ricci\n\n"
    "Pauline Ricci called, can't make her 6 wk f/u on the actinic keratosis cryo Wed. Can Dr. "
    "Varga see her later in the week?\n"))

M("phi", "postop-rx-gibbs",
  "Post-operative oxycodone for a named surgical patient; opioids for pain after surgery are phi, not restricted.",
  A("Trish Belanger, RN", "trish.belanger@lvh.example.org"),
  A("LVH Outpatient Pharmacy", "rx@lvh.example.org"),
  "postop rx for Harold Gibbs", D("12-01", "15:09"),
  T("Hi pharmacy,\n\nHarold Gibbs (DOB 9/3/1958) s/p lap chole this AM, going home today. "
    "Dr. Sato e-prescribed oxycodone 5 mg 1 tab q6h prn pain #12, no refills, plus naloxone "
    "4 mg nasal per our post-op protocol. Pt's wife will pick up around 5. He's opioid-naive, pls "
    "counsel on constipation - docusate 100 mg bid also sent.\n\n"
    "Trish Belanger, RN | LVH Surgical Services | (417) 555-0131\n"))

M("phi", "bp-recheck-note",
  "PCP tells a patient about her blood pressure reading and recheck; work stress without psychiatric care is not restricted.",
  A("Dr. Samuel Amani", "samuel.amani@lvh.example.org"),
  A("Ingrid Paulsen", "ingrid.paulsen@example.com"),
  "Following up on Tuesday", D("12-02", "18:22"),
  T("Hi Ingrid,\n\nYour BP at Tuesday's visit was 148/92. As we discussed, I think a lot of "
    "this is the stress at work plus not sleeping well during inventory season, so let's not "
    "start a medication yet. Please check it at home a few mornings a week and bring the log "
    "to your recheck on 12/16. Cut back on the energy drinks too :)\n\n"
    "Dr. Amani\nLVH Internal Medicine\n(417) 555-0130\n"))

M("phi", "28wk-visit-reminder",
  "Reminder to a patient of her own prenatal visit and glucose test; routine prenatal care is not a restricted category.",
  A("LVH Women's Health", "wh-reminders@lvh.example.org"),
  A("Tasha Greene", "tasha.greene@example.net"),
  "Your appointment with Dr. Abernathy on 12/03", D("12-01", "07:30"),
  T("Hi Tasha,\n\nThis is a reminder of your 28-week prenatal visit with Dr. Ruth Abernathy on "
    "Thursday 12/03 at 9:15 AM. Your 1-hour glucose test is the same morning - please arrive 1 "
    "hour early and do not eat for 2 hours before. You'll also get your Tdap shot at this visit.\n\n"
    "To reschedule call (417) 555-0143.\n\nLVH Women's Health\n"))

M("phi", "secure-send-check",
  "Sender marked the message confidential (X-Sensitivity); a marked message is at least phi even with no health content.",
  A("Ops Desk - Internal Medicine", "im-ops@lvh.example.org"),
  A("Kerry Oduya", "kerry.oduya@lvh.example.org"),
  "checking secure send", D("12-03", "08:44"),
  T("Kerry - testing whether the confidential flag works from the shared mailbox. Please reply "
    "when you get this.\n\nthx\n"),
  extra=[("X-Sensitivity", "confidential"), ("Sensitivity", "Company-Confidential")])

M("phi", "secure-a1c-result",
  "A [secure]-tagged message with a named patient's A1c result.",
  A("Nora Castellanos", "nora.castellanos@lvh.example.org"),
  A("Northgate Care Management", "caremgmt@northgate.example.com"),
  "[secure] A1c for your member", D("12-02", "11:11"),
  T("Hi Janelle,\n\nAs requested for your diabetes program: Bernard Osei, Northgate ID "
    "NGH551209834, A1c 8.4% on 11/24/2026 (was 9.6% in August). Metformin was increased to "
    "1000 mg bid. He's interested in the class in January.\n\n"
    "Nora Castellanos, RN, CDCES\nLVH Diabetes Education\n(417) 555-0136\n\n" + CONF + "\n"))

M("phi", "results-ready-portal",
  "Portal notice telling the patient their own lab results are ready (addressed to the patient about their care).",
  A("MyLarkspur Patient Portal", "noreply@mylarkspur.example.org"),
  "gwen.hollis@example.com",
  "Your results are ready", D("12-02", "13:05"),
  T("<!DOCTYPE html><html><body style=\"font-family:Segoe UI,Arial;color:#222\">"
    "<table width=\"600\" align=\"center\"><tr><td style=\"background:#27566b;color:#fff;padding:12px\">"
    "<b>MyLarkspur</b></td></tr><tr><td style=\"padding:16px\">"
    "<p>Your results are ready.</p><p>A new test result from your visit on 11/30/2026 has been "
    "released to your MyLarkspur account. Sign in to view it and any comments from your care team.</p>"
    "<p><a href=\"https://my.lvh.example.org/results\">View results</a></p>"
    "<p style=\"font-size:11px;color:#666\">Please do not reply to this e-mail. "
    "Larkspur Valley Health, " + ADDR + ".</p></td></tr></table></body></html>\n",
    sub="html", cte="quoted-printable"))

M("phi", "cardiology-appt-ics",
  "Appointment reminder to a patient for her own cardiology visit, with an iCalendar attachment.",
  A("LVH Appointments", "appointments@lvh.example.org"),
  A("Loretta Simms", "lsimms@example.net"),
  "Reminder: cardiology, Thursday Dec 3", D("12-01", "08:15"),
  MP("mixed",
     T("Dear Loretta Simms,\n\nYou have an appointment with Farid Haddad, MD (Cardiology) on "
       "Thursday, December 3, 2026 at 10:40 AM for your echo follow-up.\nLocation: LVH Heart Center, "
       "3rd floor, " + ADDR + "\n\nAdd it to your calendar with the attached file.\n"),
     Att("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LVH//Scheduling 9.1//EN\r\nMETHOD:PUBLISH\r\n"
         "BEGIN:VEVENT\r\nUID:appt-55190234@lvh.example.org\r\nDTSTAMP:20261201T141500Z\r\n"
         "DTSTART:20261203T164000Z\r\nDTEND:20261203T172000Z\r\n"
         "SUMMARY:Cardiology - echo follow-up (Dr. Haddad)\r\n"
         "LOCATION:LVH Heart Center\\, 3rd floor\r\n"
         "DESCRIPTION:Patient: Loretta Simms. Bring medication list.\r\n"
         "END:VEVENT\r\nEND:VCALENDAR\r\n", "text/calendar", "appointment.ics",
         extra_ct='; charset="utf-8"; method=PUBLISH')))

M("phi", "rx-ready-sms",
  "Refill-ready notice to the patient naming her atorvastatin prescription.",
  A("LVH Outpatient Pharmacy", "rx-notify@lvh.example.org"),
  "carol.mendes@example.com",
  "Your prescription is ready", D("12-02", "16:40"),
  T("LVH Pharmacy: Hi CAROL, your prescription ATORVASTATIN 40MG TAB (Rx #7104458) is ready for "
    "pickup at LVH Outpatient Pharmacy. Hours M-F 8a-7p. Reply STOP to opt out.\n"))

M("phi", "eob-claim-NG26113004417",
  "Explanation of Benefits for an identified member with claim number, services and amounts.",
  A("Northgate Health Plan", "eob@northgate.example.com"),
  A("Raymond Kuczynski", "ray.kuczynski@example.net"),
  "Your Explanation of Benefits is available", D("12-01", "04:12", tz="+0000"),
  MP("alternative",
     T("Explanation of Benefits - THIS IS NOT A BILL\n\nMember: Raymond Kuczynski  ID: NGH300182946\n"
       "Claim: NG26113004417  Provider: Larkspur Valley Health\n\n"
       "11/12/2026  Office visit, est. patient (99214)   billed $210.00  allowed $142.18  you owe $30.00\n"
       "11/12/2026  Lipid panel (80061)                   billed $58.00   allowed $18.40   you owe $0.00\n"),
     T("<html><body><p><b>Explanation of Benefits</b> - THIS IS NOT A BILL</p>"
       "<p>Member: Raymond Kuczynski &nbsp; ID: NGH300182946<br>Claim: NG26113004417 &nbsp; "
       "Provider: Larkspur Valley Health</p><table border=\"1\" cellpadding=\"3\">"
       "<tr><th>Date</th><th>Service</th><th>Billed</th><th>Allowed</th><th>You owe</th></tr>"
       "<tr><td>11/12/2026</td><td>Office visit, est. patient (99214)</td><td>$210.00</td><td>$142.18</td><td>$30.00</td></tr>"
       "<tr><td>11/12/2026</td><td>Lipid panel (80061)</td><td>$58.00</td><td>$18.40</td><td>$0.00</td></tr>"
       "</table></body></html>\n", sub="html")))

M("phi", "statement-pdf-3318820",
  "Patient statement PDF with account number and itemised charges for a named patient.",
  A("LVH Billing Office", "billing@lvh.example.org"),
  A("Doreen Ashby", "doreen.ashby@example.com"),
  "Statement for account 3318820", D("12-01", "06:00"),
  MP("mixed",
     T("Dear Doreen Ashby,\n\nYour December statement is attached. Amount due: $186.40 by 12/31/2026.\n"
       "Pay online at pay.lvh.example.org or call (417) 555-0126, M-F 8-5.\n\nLVH Billing Office\n"),
     Att(make_pdf(["LARKSPUR VALLEY HEALTH - PATIENT STATEMENT",
                   "Guarantor: Doreen Ashby    Account: 3318820    Statement: 12/01/2026",
                   "10/21/2026  Physical therapy evaluation (97162)     $165.00",
                   "10/28/2026  Therapeutic exercise x2 (97110)           $98.00",
                   "11/05/2026  Insurance payment - Northgate             -$76.60",
                   "AMOUNT DUE: $186.40"], title="Statement 3318820"),
         "application/pdf", "Statement_3318820_Dec2026.pdf")))

M("phi", "auth-approved-mri",
  "Prior-authorisation approval letter for a named member's lumbar MRI.",
  A("Northgate Health Plan - Utilization Mgmt", "um-notices@northgate.example.com"),
  A("LVH Prior Auth Team", "priorauth@lvh.example.org"),
  "Authorization approved - 1187119", D("11-30", "14:20"),
  MP("mixed",
     T("The following authorization has been approved. See attached letter.\n\n"
       "Auth #: 1187119\nMember ID: NGH712003318\nService: MRI lumbar spine w/o contrast (72148)\n"
       "Valid: 11/30/2026 - 01/29/2027\n"),
     Att(make_pdf(["NORTHGATE HEALTH PLAN", "Authorization 1187119 - APPROVED",
                   "Member: Rosa Delgado   ID NGH712003318   DOB 03/14/1958",
                   "Service: 72148 MRI lumbar spine without contrast",
                   "Diagnosis: M54.16 Radiculopathy, lumbar region",
                   "Ordering provider: Samuel Amani MD, NPI " + npi("147302958")],
                  title="Authorization 1187119"), "application/pdf", "Auth_1187119.pdf")))

M("phi", "referral-ortho-knee",
  "Referral letter from the PCP to orthopaedics for a named patient's knee osteoarthritis.",
  A("Dr. Samuel Amani", "samuel.amani@lvh.example.org"),
  A("Summit Orthopedics Referrals", "referrals@summitortho.example.com"),
  "Referral: Vernon Tillman, DOB 08/19/1951", D("12-01", "09:58"),
  T("Dear colleague,\n\nThank you for seeing Mr. Vernon Tillman (DOB 08/19/1951) for evaluation "
    "of severe right knee osteoarthritis. He has failed PT, NSAIDs (now limited by CKD 3a, eGFR 52) "
    "and two steroid injections, the last on 9/14. X-rays 11/20 show bone-on-bone medial "
    "compartment. He is interested in discussing TKA. PMH: HTN, T2DM (A1c 6.9), CKD 3a. "
    "Meds: lisinopril 20, metformin 500 bid, amlodipine 5.\n\nRecords and imaging are in the "
    "shared HIE. Please call with questions.\n\nSincerely,\n\nSamuel Amani, MD\nLVH Internal Medicine\n"
    + ADDR + "\nP (417) 555-0130  F (417) 555-0132\n", flowed=True))

M("phi", "fax-received-4pg",
  "Fax-to-email cover naming the patient and DOB for faxed records.",
  A("FaxRelay", "fax-noreply@faxrelay.example.net"),
  A("IM Fax Inbox", "im-fax@lvh.example.org"),
  "Fax received from 4175550183 (4 pages)", D("12-02", "15:51", tz="+0000"),
  MP("mixed",
     T("You have received a 4 page fax.\n\nFrom: 4175550183 (SUMMIT ORTHO)\nTo: 4175550132\n"
       "Received: 2026-12-02 15:51 UTC\nCSID/Cover text: \"ATTN DR AMANI RE: PT GLORIA BANKS DOB "
       "02/11/1949 - OP NOTE R HIP ORIF + PT ORDERS\"\n\nThe fax is attached as a PDF.\n"
       "FaxRelay - support@faxrelay.example.net\n"),
     Att(make_pdf(["[scanned image - 4 pages]"], title="fax 20261202155112"),
         "application/pdf", "fax_20261202155112.pdf")))

M("phi", "schedule-export-heart-1203",
  "Clinic schedule export listing named patients, MRNs and visit reasons (attachment only).",
  A("Heart Center Scheduling", "heart-sched@lvh.example.org"),
  A("VoxScribe Scheduling Feed", "schedules@voxscribe.example.com"),
  "export 12/03", D("12-02", "17:30"),
  MP("mixed",
     T("tomorrow's list for the scribes, 9 pts.\n"),
     Att("appt_time,provider,patient,mrn,dob,visit_type,reason\n"
         "08:00,HADDAD,\"Fenwick, Arthur\",LV1029384,1949-02-11,FU,AFib on apixaban\n"
         "08:20,HADDAD,\"Quinones, Marta\",LV2293011,1962-07-30,NEW,chest pain eval\n"
         "08:40,HADDAD,\"Lowry, Eugene\",LV3382210,1955-11-02,FU,CHF NYHA II\n"
         "09:00,HADDAD,\"Baptiste, Rene\",LV1120976,1971-04-19,FU,HTN\n"
         "09:40,HADDAD,\"Sorensen, Karla\",LV4410283,1980-09-09,NEW,palpitations\n"
         "10:00,HADDAD,\"Tran, Minh\",LV5502819,1966-01-23,POST,s/p PCI 11/10\n"
         "10:40,HADDAD,\"Simms, Loretta\",LV2019938,1958-06-14,FU,echo f/u\n"
         "11:00,HADDAD,\"Abbott, Clyde\",LV6620193,1944-12-25,FU,AS moderate\n"
         "11:20,HADDAD,\"Jiang, Wei\",LV7732018,1975-03-03,NEW,syncope\n",
         "text/csv", "heart_20261203.csv")))

M("phi", "adt-a04-feed",
  "HL7 ADT registration for a named patient with an admitting diagnosis of pneumonia.",
  A("LVH Interface Engine", "interfaces@lvh.example.org"),
  A("ClaimBridge Inbound", "inbound@claimbridge.example.net"),
  "ADT feed - manual resend", D("12-01", "22:05"),
  MP("mixed",
     T("Manual resend of ADT message requested by ClaimBridge (ticket CB-20931).\n"),
     Att(hl7("MSH|^~\\&|EPICADT|LVH|CLAIMBRIDGE|CB|202612012205||ADT^A04|ADT9931202|P|2.5.1",
             "EVN|A04|202612012204",
             "PID|1||LV8840012^^^LVH^MR~NGH229304117^^^NGHP^MB||Abernathy^Clarence^W||19470305|M|||12 Quail Run^^Larkspur^MO^65599||^PRN^PH^^^417^5550186",
             "PV1|1|E|ED^^^LVH||||1558304921^SATO^KEN|||MED",
             "DG1|1||J18.9^Pneumonia, unspecified organism^I10|||A",
             "IN1|1|NGHP01|NGH|NORTHGATE HEALTH PLAN|||||||||||||||||||||||||||||||||NGH229304117"),
         "application/edi-hl7", "ADT9931202.hl7")))

M("phi", "fhir-glucose-bundle",
  "FHIR Bundle with a named patient and her glucose observation.",
  A("LVH FHIR Gateway", "fhir-gw@lvh.example.org"),
  A("Northgate Data Exchange", "dataexchange@northgate.example.com"),
  "Subscription notification 7f1c", D("12-03", "06:30", tz="+0000"),
  MP("mixed",
     T("Notification for subscription 7f1c2e90 (Observation?category=laboratory). Payload attached.\n"),
     Att('{\n  "resourceType": "Bundle",\n  "type": "collection",\n  "entry": [\n'
         '    {"resource": {"resourceType": "Patient", "id": "p-44810",\n'
         '      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "LV9912077"},\n'
         '                     {"system": "https://northgate.example.com/member", "value": "NGH667120045"}],\n'
         '      "name": [{"family": "Ellery", "given": ["Ruth", "Ann"]}],\n'
         '      "birthDate": "1953-10-08"}},\n'
         '    {"resource": {"resourceType": "Observation", "status": "final",\n'
         '      "code": {"coding": [{"system": "http://loinc.org", "code": "2345-7",\n'
         '                           "display": "Glucose [Mass/volume] in Serum or Plasma"}]},\n'
         '      "subject": {"reference": "Patient/p-44810"},\n'
         '      "effectiveDateTime": "2026-12-02T08:14:00-06:00",\n'
         '      "valueQuantity": {"value": 212, "unit": "mg/dL"},\n'
         '      "interpretation": [{"coding": [{"code": "H"}]}]}}\n  ]\n}\n',
         "application/fhir+json", "bundle-7f1c.json")))

M("phi", "fwd-auth-filed",
  "The identifiable health content (name, DOB, approved MRI authorisation) is only in the subject line.",
  A("Lourdes Vega", "lourdes.vega@lvh.example.org"),
  A("IM Referrals", "im-referrals@lvh.example.org"),
  "Fwd: Delgado, Rosa DOB 03/14/1958 - MRI L-spine auth approved", D("11-30", "15:02"),
  T("pls file, thx\n\nLourdes\n"))

M("phi", "scan-attached",
  "Only the attachment file name identifies the patient, her date of birth and a cardiology referral.",
  A("Front Desk Scanner", "scan-3west@lvh.example.org"),
  A("Heart Center Referrals", "heart-referrals@lvh.example.org"),
  "Scan from 3WEST-MFP", D("12-01", "10:12"),
  MP("mixed",
     T("Scanned document attached.\nDevice: 3WEST-MFP  Pages: 1  Resolution: 200 dpi\n"),
     Att(make_png(seed="scan1"), "image/png", "Referral_Hernandez_Maria_DOB1961-04-17_cardiology.png")))

M("phi", "parking-validation",
  "Only the recipient's display name carries health information: a named heart-failure patient of a physician.",
  A("Dr. Samuel Amani", "samuel.amani@lvh.example.org"),
  A("Leon Fairbanks (CHF pt - Dr Amani)", "lfairbanks@example.com"),
  "garage", D("12-03", "14:02"),
  T("Leon - the validation code for the Meridian garage is 4482, good through Dec. "
    "Tell Martha I said hi.\n\nSA\n"))

M("phi", "op-note-dictation",
  "Transcribed operative note for a named patient's knee arthroscopy as a text attachment.",
  A("VoxScribe Job Delivery", "delivery@voxscribe.example.com"),
  A("LVH Surgical Records", "surg-records@lvh.example.org"),
  "Job 88240 completed - 1 document", D("12-02", "04:10", tz="+0000"),
  MP("mixed",
     T("Your transcription job has been completed and is attached.\n\nJob: 88240\nAuthor ID: 3308\n"
       "Lines: 96\n\nPlease do not reply to this automated message.\n"),
     Att("OPERATIVE REPORT\n\nPATIENT: Castillo, Ignacio    MRN: LV5018822\n"
         "DATE OF SURGERY: 12/01/2026\nSURGEON: Ken Sato, MD\n\n"
         "PREOPERATIVE DIAGNOSIS: Left knee medial meniscus tear.\n"
         "PROCEDURE: Left knee arthroscopy with partial medial meniscectomy (29881).\n"
         "ANESTHESIA: General LMA.\nFINDINGS: Complex posterior horn tear, grade II chondromalacia MFC.\n"
         "EBL: minimal. Complications: none.\n"
         "DISPOSITION: Home, WBAT, f/u 2 weeks for suture removal.\n",
         "text/plain", "JOB88240_3308.txt", cte="quoted-printable", extra_ct='; charset="us-ascii"')))

M("phi", "denials-worklist-im",
  "Billing vendor denial worklist with patients, claim numbers and services (general internal medicine).",
  A("ClaimBridge RCM Reports", "reports@claimbridge.example.net"),
  A("LVH Billing Office", "billing@lvh.example.org"),
  "Denials worklist - IM - week 48", D("11-30", "19:00", tz="+0000"),
  MP("mixed",
     T("Attached: 4 denials for Internal Medicine, week 48. Top reason CO-197 (no auth).\n\n"
       "ClaimBridge RCM\n"),
     Att("claim_no,patient,account,payer,dos,cpt,denial,amount\n"
         "CB2611240310,\"Whitaker, June\",3310092,NORTHGATE,2026-11-16,99214,CO-16,142.18\n"
         "CB2611240311,\"Yoon, Daniel\",3310107,NORTHGATE,2026-11-16,93000,CO-197,24.60\n"
         "CB2611240322,\"Pryor, Selma\",3310115,MEDICARE,2026-11-17,G0439,CO-50,118.33\n"
         "CB2611240330,\"Dunbar, Keith\",3310121,NORTHGATE,2026-11-18,20610,CO-197,66.02\n",
         "text/csv", "denials_IM_wk48.csv")))

M("phi", "member-outreach-a1c",
  "Health plan case manager asks the PCP about an identified member's uncontrolled diabetes.",
  A("Janelle Brooks, RN - Northgate Care Mgmt", "janelle.brooks@northgate.example.com"),
  A("Dr. Samuel Amani", "samuel.amani@lvh.example.org"),
  "Member outreach - NGH551209834", D("11-30", "13:26"),
  T("Dr. Amani,\n\nOur member Bernard Osei (ID NGH551209834, DOB 02/27/1966) is flagged in our "
    "diabetes program with a last A1c of 9.6% (08/2026) and no fills for his metformin since "
    "September per our pharmacy claims. Could your team share his latest A1c and current med "
    "list? We'd like to enroll him in our nurse coaching.\n\nThank you,\nJanelle Brooks, RN\n"
    "Northgate Health Plan Care Management | 1-800-555-0191 x4410\n"))

M("phi", "ooo-thursday",
  "A named staff member tells colleagues she will be out for her own colonoscopy (identifiable person plus procedure).",
  A("Marisa Goldberg", "marisa.goldberg@lvh.example.org"),
  A("Billing Office Team", "billing-team@lvh.example.org"),
  "out Thursday", D("12-01", "16:02"),
  T("Hi all - I'll be out Thursday for my colonoscopy (yay, turning 45...). Back Friday. "
    "Derek is covering the Northgate appeals queue.\n\nMarisa\nLVH Billing Office | (417) 555-0127\n"))

M("phi", "critical-k-callback",
  "Critical potassium for a patient identified by MRN; the MRN is split across a quoted-printable soft line break.",
  A("LVH Lab Client Services", "lab-clientservices@lvh.example.org"),
  A("IM Nurse Pool", "im-nurses@lvh.example.org"),
  "CRITICAL VALUE - callback needed", D("12-02", "06:48"),
  T(None, cte="quoted-printable",
    raw="CRITICAL VALUE NOTIFICATION =E2=80=93 please call the lab to acknowledge.\n"
        "\n"
        "Patient MRN: LV4471=\n"
        "0923   Collected: 12/02/2026 05:55   Ordering: AMANI, SAMUEL\n"
        "Test: Potassium, serum   Result: 6.4 mmol/L (H, critical >6.0)   Non-hemol=\n"
        "yzed.\n"
        "\n"
        "Called to floor x2, no answer. Lab ext 0121.\n"))

M("phi", "fw-question-about-rash",
  "PCP forwards a named patient's own e-mail about a rash after starting a new antibiotic (nested message/rfc822).",
  A("Dr. Samuel Amani", "samuel.amani@lvh.example.org"),
  A("Dr. Ilona Varga", "ilona.varga@lvh.example.org"),
  "Fwd: question", D("12-02", "12:15"),
  MP("mixed",
     T("Ilona - can you squeeze her in this week? Rash started day 3 of the Bactrim I gave for "
       "cellulitis. I've told her to stop it. Pics in the original.\n\nSam\n"),
     R822(inner(A("Wanda Pettigrew", "wanda.pettigrew@example.com"),
                A("Dr. Samuel Amani", "samuel.amani@lvh.example.org"),
                "question", D("12-02", "07:02"),
                T("Dr Amani, I have a red itchy rash all over my chest and arms since yesterday, "
                  "I'm on the antibiotic you gave me Friday for my leg. Should I keep taking it? "
                  "Its not in my mouth and I can breath fine.\n\nWanda Pettigrew\n")))))

M("phi", "re-ct-denial-peer-to-peer",
  "Long Outlook reply chain disputing a CT denial for a named member with member ID and diagnosis.",
  A("Pam Whitlock", "pam.whitlock@lvh.example.org"),
  A("Northgate UM Appeals", "um-appeals@northgate.example.com"),
  "RE: RE: Denial 1186550 - CT abd/pelvis - Yoon, Daniel", D("12-03", "15:40"),
  T("Hi Carla,\n\nDr. Amani is available for the peer-to-peer tomorrow (12/4) between 12:00 and "
    "1:00 at (417) 555-0130. Please have the reviewer ask for him directly.\n\n"
    "Pam Whitlock\nPrior Authorization Specialist | LVH\n(417) 555-0128 | fax (417) 555-0129\n\n"
    "From: Carla Dimitrov <um-appeals@northgate.example.com>\n"
    "Sent: Thursday, December 3, 2026 11:05 AM\n"
    "To: Pam Whitlock <pam.whitlock@lvh.example.org>\n"
    "Subject: RE: Denial 1186550 - CT abd/pelvis - Yoon, Daniel\n\n"
    "Hi Pam, the denial stands on the clinical review as submitted (criteria require failure of "
    "conservative management or red-flag findings). The ordering physician may request a "
    "peer-to-peer within 14 days of the 11/25 notice. Please provide availability.\n\n"
    "Carla Dimitrov | Northgate Health Plan UM Appeals | 1-800-555-0192\n\n"
    "From: Pam Whitlock\nSent: Wednesday, December 2, 2026 4:12 PM\n"
    "To: Northgate UM Appeals\n"
    "Subject: Denial 1186550 - CT abd/pelvis - Yoon, Daniel\n\n"
    "Good afternoon,\n\nWe are requesting reconsideration of denial 1186550 for member Daniel Yoon "
    "(NGH410038812). Pt has 6 wks of RLQ pain, 9 lb unintentional weight loss and iron-deficiency "
    "anemia (Hgb 10.1), which are red flags. Colonoscopy is scheduled but GI wants CT first. "
    "Notes attached to the portal case.\n\nThank you,\nPam\n\n" + CONF + "\n"))

M("phi", "inr-hold-question",
  "Pharmacist asks about holding warfarin for a named patient with a high INR.",
  A("Lena Marchetti, PharmD", "lena.marchetti@lvh.example.org"),
  A("Amani, Samuel", "samuel.amani@lvh.example.org"),
  "INR 3.8 - Bernice Ott", D("12-03", "10:19"),
  T("Dr. Amani - Bernice Ott's INR was 3.8 at the anticoag clinic today (goal 2-3, on warfarin "
    "5 mg daily exc 2.5 Mon/Fri). No bleeding. She started a course of ciprofloxacin from urgent "
    "care on Sat, which is likely why. I'd suggest hold x1 then resume and recheck Mon. OK?\n\n"
    "Lena\n"))

M("phi", "resultados-colesterol",
  "Spanish message to a patient with his own cholesterol results and a statin change.",
  A("Dra. Inés Maldonado", "ines.maldonado@lvh.example.org"),
  A("Héctor Villalobos", "hvillalobos@example.net", cs="iso-8859-1"),
  "Resultados de sus análisis", D("12-01", "17:35"),
  T("Estimado Sr. Villalobos:\n\nYa tenemos los resultados de sus análisis del 24 de noviembre. "
    "Su colesterol LDL está en 162 mg/dL, más alto que la última vez. Le recomiendo subir la "
    "atorvastatina de 20 a 40 mg al día; ya envié la receta a su farmacia. Repetiremos el "
    "análisis en 3 meses.\n\nSaludos cordiales,\nDra. Inés Maldonado\nLVH Medicina Interna\n",
    cs="iso-8859-1", cte="8bit", lang="es"), subj_cs="iso-8859-1")

M("phi", "nhac-lich-kham",
  "Vietnamese appointment reminder to a named patient for her diabetes check-up.",
  A("Phòng khám LVH", "appointments@lvh.example.org"),
  A("Phạm Thị Hoa", "phamthihoa@example.com"),
  "Nhắc lịch khám ngày 04/12", D("12-02", "08:00"),
  T("Kính gửi bà Phạm Thị Hoa,\n\nBà có lịch tái khám tiểu đường với bác sĩ Amani vào thứ Sáu, "
    "ngày 04/12/2026 lúc 9 giờ 20 sáng. Xin nhịn ăn 8 tiếng trước khi xét nghiệm máu và mang "
    "theo máy đo đường huyết.\n\nNếu cần đổi lịch, vui lòng gọi (417) 555-0130.\n\nPhòng khám LVH\n",
    cte="quoted-printable", lang="vi"))

M("phi", "therapy-ni-nanay",
  "Tagalog message to a patient's daughter about her mother's physical-therapy schedule after hip surgery.",
  A("Rowena Santos, PT", "rowena.santos@lvh.example.org"),
  A("Maricel Dizon", "maricel.dizon@example.net"),
  "Iskedyul ng therapy ni Nanay Lourdes", D("12-03", "11:48"),
  T("Hi Maricel,\n\nAyon sa usapan natin, ang physical therapy ni Nanay Lourdes (Lourdes Dizon) "
    "pagkatapos ng operasyon sa balakang ay tuwing Lunes at Huwebes, 10:00 ng umaga, simula "
    "Disyembre 7. Pakidala ang walker niya at ang listahan ng gamot. Puwede pa rin siyang uminom "
    "ng acetaminophen bago ang session kung masakit.\n\nSalamat po,\nRowena Santos, PT\n"
    "LVH Rehab Services (417) 555-0138\n", lang="tl"))

M("phi", "yimiao-yuyue",
  "Chinese appointment notice to a parent for her child's vaccination visit.",
  A("LVH 儿科", "peds-appts@lvh.example.org"),
  A("刘梅", "liumei88@example.com"),
  "您孩子的疫苗接种预约", D("12-01", "12:00"),
  T("刘梅您好：\n\n您的孩子陈子轩已预约于12月5日（星期六）上午10:30在LVH儿科接种4岁疫苗"
    "（百白破、脊灰、麻腮风、水痘）。请携带疫苗接种记录本。\n\n如需改期，请致电 (417) 555-0137。\n",
    cte="base64", lang="zh"))

M("phi", "naishikyo-junbi",
  "Japanese (Shift_JIS) preparation instructions for a named patient's upper endoscopy on 12/04.",
  A("LVH 消化器内科", "gi-scheduling@lvh.example.org", cs="shift_jis"),
  A("佐藤 健一", "k.sato.home@example.jp.test", cs="shift_jis"),
  "内視鏡検査のご案内（12月4日）", D("12-02", "10:10"),
  T("佐藤 健一 様\n\n12月4日（金）午前8時30分の胃内視鏡検査についてご案内します。\n"
    "・前日の夜9時以降は食事をしないでください。\n・当日朝は水のみ可能です。\n"
    "・血液をサラサラにする薬（ワーファリン）は主治医の指示どおり3日前から中止してください。\n\n"
    "ご不明な点は (417) 555-0140 までお電話ください。\nLVH 消化器内科\n",
    cs="shift_jis", cte="base64", lang="ja"), subj_cs="shift_jis")

M("phi", "taghyir-mawid-ghasil",
  "Arabic notice to a named dialysis patient that her session times change next week.",
  A("وحدة غسيل الكلى LVH", "dialysis@lvh.example.org"),
  A("Fatima Al-Rashid", "fatima.alrashid@example.net"),
  "تغيير موعد جلسات الغسيل", D("12-03", "15:15"),
  T("السيدة فاطمة الراشد،\n\nنود إبلاغك بأن جلسات غسيل الكلى الخاصة بك الأسبوع القادم ستكون أيام "
    "الاثنين والأربعاء والجمعة الساعة 11:00 صباحاً بدلاً من 6:00 صباحاً، بسبب أعمال الصيانة. "
    "الكرسي رقم 4 كالمعتاد.\n\nوحدة غسيل الكلى - (417) 555-0142\n", cte="quoted-printable", lang="ar"))

M("phi", "cheonggu-naeyeok",
  "Korean (EUC-KR) billing statement for a named patient's clinic visit and X-ray.",
  A("LVH 진료비 안내", "billing@lvh.example.org", cs="euc-kr"),
  A("김민준", "minjun.kim@example.com", cs="euc-kr"),
  "진료비 청구서 안내", D("12-02", "06:00"),
  T("김민준 님,\n\n11월 18일 진료비 청구 내역을 안내해 드립니다.\n\n"
    "계정 번호: 3320415\n- 외래 진료 (99213): $145.00\n- 흉부 X-ray (71046): $88.00\n"
    "- 보험 지급액: -$170.40\n본인 부담액: $62.60 (12월 31일까지)\n\n"
    "문의: (417) 555-0126\nLVH 수납과\n", cs="euc-kr", cte="base64", lang="ko"), subj_cs="euc-kr")

M("phi", "napravlenie-lfk",
  "Russian (KOI8-R) referral to physical therapy for a named patient after a shoulder injury.",
  A("Д-р Ольга Беляева", "olga.belyaeva@lvh.example.org", cs="koi8-r"),
  A("Сергей Морозов", "s.morozov@example.net", cs="koi8-r"),
  "Направление на лечебную физкультуру", D("12-01", "14:48"),
  T("Здравствуйте, Сергей Петрович!\n\nПосле осмотра 30 ноября я оформила направление на "
    "физиотерапию по поводу частичного разрыва вращательной манжеты правого плеча. Курс - 8 "
    "занятий, 2 раза в неделю. Запишитесь по телефону (417) 555-0138. Ибупрофен 400 мг "
    "продолжайте при болях, не более 3 раз в день.\n\nС уважением,\nд-р Ольга Беляева\n",
    cs="koi8-r", cte="8bit", lang="ru"), subj_cs="koi8-r")

M("phi", "impfbescheinigung-gelbfieber",
  "German note sending a named patient his yellow-fever vaccination certificate and travel-clinic advice.",
  A("LVH Reisemedizin", "travelclinic@lvh.example.org"),
  A("Jürgen Hoffmann", "j.hoffmann@example.de.test", cs="iso-8859-1"),
  "Ihre Impfbescheinigung (Gelbfieber)", D("12-02", "11:37"),
  MP("mixed",
     T("Sehr geehrter Herr Hoffmann,\n\nanbei erhalten Sie eine Kopie Ihrer Gelbfieber-Impfung "
       "vom 30.11.2026 (Charge UF482). Das internationale Impfbuch bitte immer im Handgepäck "
       "mitführen. Die Malaria-Prophylaxe mit Atovaquon/Proguanil beginnen Sie bitte einen Tag "
       "vor der Einreise nach Ghana.\n\nMit freundlichen Grüßen\nIhr Team der Reisemedizin\n",
       cs="iso-8859-1", cte="quoted-printable", lang="de"),
     Att(make_pdf(["LVH Travel Medicine - Vaccination Record",
                   "Name: Juergen Hoffmann   DOB: 1969-05-12",
                   "Yellow fever vaccine, 0.5 mL SC, lot UF482, 30.11.2026",
                   "Administered by: M. Osterberg, RN"], title="Impfbescheinigung"),
         "application/pdf", "Impfbescheinigung_Hoffmann.pdf")), subj_cs="iso-8859-1")

M("phi", "orientacoes-pos-operatorio",
  "Portuguese post-operative instructions for a named patient, including tramadol for pain after surgery (phi, not restricted).",
  A("LVH Ortopedia", "ortho@lvh.example.org"),
  A("Marcos Albuquerque", "marcos.albuquerque@example.com"),
  "Orientações após a cirurgia", D("12-01", "18:05"),
  T("Olá Marcos,\n\nSeguem as orientações após a sua artroscopia do ombro:\n"
    "- Use a tipoia por 4 semanas, inclusive para dormir.\n"
    "- Tramadol 50 mg de 6/6 h se dor forte, por no máximo 5 dias; dipirona nos intervalos.\n"
    "- Retirada dos pontos no dia 11/12 com o Dr. Sato.\n\nQualquer febre ou vermelhidão, ligue "
    "(417) 555-0135.\n\nAbraço,\nEquipe de Ortopedia LVH\n", cs="utf-8", cte="8bit", lang="pt"))

M("phi", "resultats-echo-cardiaque",
  "French message to a named patient with her echocardiogram result (windows-1252).",
  A("Cardiologie LVH", "cardiology@lvh.example.org"),
  A("Sylvie Lefèvre", "sylvie.lefevre@example.net", cs="iso-8859-1"),
  "Résultats de votre échographie cardiaque", D("12-03", "17:08"),
  T("Chère Madame Lefèvre,\n\nVotre échographie du 1er décembre montre une fraction d’éjection "
    "de 55 %, donc normale, et un léger rétrécissement de la valve aortique qui ne nécessite "
    "pas de traitement pour l’instant. Nous referons l’examen dans un an. Le Dr Haddad "
    "maintient votre traitement actuel.\n\nCordialement,\nSecrétariat de cardiologie – LVH\n",
    cs="windows-1252", cte="quoted-printable", lang="fr"), subj_cs="iso-8859-1")

M("phi", "school-excuse-note",
  "School note naming a child seen for strep pharyngitis.",
  A("LVH Pediatrics", "peds@lvh.example.org"),
  A("Attendance Office", "attendance@larkspur-elem.example.org"),
  "Excuse note - Jaden Morales", D("12-01", "08:40"),
  MP("mixed",
     T("Please see attached school excuse note. Parent requested it be sent directly.\n"),
     Att(make_pdf(["LVH PEDIATRICS", "To whom it may concern:",
                   "Jaden Morales (DOB 02/14/2016) was seen in our clinic on 11/30/2026 for",
                   "strep pharyngitis. He may return to school on 12/02/2026 after 24 hours",
                   "of antibiotics. No PE restrictions.", "Lena Choi, MD"],
                  title="School note"), "application/pdf", "school_note.pdf")))

M("phi", "discharge-summary-ccd",
  "C-CDA discharge summary for a named patient with heart-failure exacerbation sent to a skilled-nursing facility.",
  A("LVH Care Transitions", "transitions@lvh.example.org"),
  A("Admissions - Willow Creek SNF", "admissions@willowcreek-snf.example.com"),
  "Discharge packet - Lowry", D("12-04", "13:20"),
  MP("mixed",
     T("Attached discharge summary (C-CDA). Transport arranged for 3:30 pm today.\n\n"
       "Grace Ambrose, RN, Case Manager | (417) 555-0124\n"),
     Att('<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
         '  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>\n'
         '  <title>Discharge Summary</title>\n  <effectiveTime value="20261204"/>\n'
         '  <recordTarget><patientRole><id extension="LV3382210" root="2.16.840.1.113883.3.9999.1"/>\n'
         '    <patient><name><given>Eugene</given><family>Lowry</family></name>'
         '<birthTime value="19551102"/></patient></patientRole></recordTarget>\n'
         '  <component><structuredBody>\n'
         '    <component><section><title>Hospital Course</title><text>Admitted 11/29 with acute on '
         'chronic systolic heart failure (I50.23). Diuresed 6 kg with IV furosemide.</text></section></component>\n'
         '    <component><section><title>Discharge Medications</title><text>furosemide 40 mg bid; '
         'carvedilol 12.5 mg bid; sacubitril/valsartan 49/51 mg bid</text></section></component>\n'
         '  </structuredBody></component>\n</ClinicalDocument>\n',
         "application/xml", "DischargeSummary.xml", cte="quoted-printable")))

M("phi", "final-notice-acct-2290114",
  "Collections notice with account number and balance for urgent-care services to a named patient.",
  A("Meridian Recovery Services", "notices@meridian-recovery.example.com"),
  A("Travis Keel", "tkeel@example.net"),
  "Final notice - account 2290114", D("12-02", "09:00"),
  T("Travis Keel\nRe: Larkspur Valley Health - Urgent Care\nAccount: 2290114   Date of service: 07/09/2026\n"
    "Balance: $312.00\n\nThis account has been placed with our office for collection. Please call "
    "(800) 555-0175 or pay at meridian-recovery.example.com within 30 days.\n\n"
    "This communication is from a debt collector.\n"))

M("phi", "adhd-refill-pcp",
  "Pediatrician (not a psychiatric service) refilling a named child's ADHD medication; decided as phi under the rule that restricts ADHD treatment by a psychiatric service.",
  A("LVH Pediatrics", "peds@lvh.example.org"),
  A("Carla Benitez", "carla.benitez@example.com"),
  "Mateo's refill", D("12-02", "15:27"),
  T("Hi Ms. Benitez,\n\nDr. Choi sent Mateo's refill of Adderall XR 10 mg to the pharmacy on "
    "Kearney. Since it's a controlled medication we need his 3-month check with her before the "
    "next one - we have 12/28 at 4:00 open. His weight and BP were fine last time.\n\n"
    "LVH Pediatrics\n(417) 555-0137\n"))

M("phi", "balance-question-briggs",
  "Oncology billing (display name) gives a named patient's balance for chemotherapy infusion to his son.",
  A("Oncology Billing", "onc-billing@lvh.example.org"),
  A("Paul Briggs", "paul.briggs@example.com"),
  "RE: my father's bill", D("12-03", "10:50"),
  T("Hi Paul,\n\nThanks for the POA paperwork. Your father Walter Briggs' balance is $412.60, "
    "which is his 20% coinsurance for the 11/04 and 11/18 infusions after Medicare paid. We can "
    "set up $50/month with no interest.\n\nOncology Billing | LVH Cancer Center | (417) 555-0126 x3\n\n"
    "> Hi, I'm helping my dad with his bills, can you tell me what he owes? -Paul\n"))

M("phi", "gdm-nutrition-referral",
  "Referral of a named pregnant patient with gestational diabetes to nutrition (prenatal care is phi, not restricted).",
  A("Ruth Abernathy MD", "ruth.abernathy@lvh.example.org"),
  A("Nutrition Services", "nutrition@lvh.example.org"),
  "GDM referral - Tasha Greene", D("12-04", "08:12"),
  T("Priya/team - Tasha Greene, 28w1d, failed 1-hr GTT (162) and 3-hr confirmed GDM today. "
    "Please see for MNT this week or next if possible; glucometer rx sent. BMI 31. "
    "She works nights so afternoons best.\n\nthanks, RA\n"))

M("phi", "mammo-callback-letter",
  "Letter asking a named patient to return for additional mammogram imaging.",
  A("LVH Breast Imaging", "breastimaging@lvh.example.org"),
  A("Helen Zimmerman", "helen.zimmerman@example.net"),
  "Follow-up needed after your mammogram", D("12-02", "14:00"),
  MP("alternative",
     T("Dear Helen Zimmerman,\n\nYour screening mammogram on 11/27/2026 needs additional images of "
       "the left breast (BI-RADS 0). Most callbacks turn out to be normal. We have scheduled a "
       "diagnostic mammogram and ultrasound on 12/08 at 1:30 PM; call (417) 555-0145 to change it.\n"
       "\nLVH Breast Imaging\n"),
     T("<html><body><p>Dear Helen Zimmerman,</p><p>Your screening mammogram on 11/27/2026 needs "
       "additional images of the left breast (BI-RADS 0). Most callbacks turn out to be normal.</p>"
       "<p>We have scheduled a <b>diagnostic mammogram and ultrasound on 12/08 at 1:30 PM</b>; call "
       "(417) 555-0145 to change it.</p><p>LVH Breast Imaging</p></body></html>\n",
       sub="html", cte="quoted-printable")))

M("phi", "cpap-order-dme",
  "DME order for a named patient's CPAP with sleep-study result.",
  A("Sleep Lab Coordinator", "sleeplab@lvh.example.org"),
  A("Orders - HomeBreath Medical", "orders@homebreath.example.com"),
  "New CPAP order", D("12-01", "13:13"),
  T("New order:\n\nPatient: Dwayne Whitfield  DOB 10/30/1972\nPhone: (417) 555-0187\n"
    "Insurance: Northgate NGH220981374\nDx: G47.33 OSA, AHI 34 on PSG 11/21/2026\n"
    "Order: Auto-CPAP 5-15 cmH2O, heated humidifier, medium nasal pillow mask, supplies x 6 mo\n"
    "Ordering: Ken Sato, MD  NPI " + npi("155830492") + "\n\nSigned order and sleep study in the DME portal.\n"
    "Thanks!\nDeb\n"))

M("phi", "home-health-referral",
  "Home health referral for a named patient with wound care after discharge.",
  A("Grace Ambrose, RN", "grace.ambrose@lvh.example.org"),
  A("Intake - Prairie Home Health", "intake@prairiehh.example.org"),
  "HH referral - start of care 12/05", D("12-03", "16:05"),
  T("Referral for skilled nursing, SOC 12/05:\n\nNaomi Redcloud, 79F, DOB 1/7/1947, 44 Ridge Rd, "
    "Larkspur. Stage 3 sacral pressure injury, needs wound vac changes MWF and diabetic teaching "
    "(insulin glargine 18u qhs). Daughter Lisa is primary caregiver (417) 555-0189.\n\n"
    "F2F note and orders faxed to (417) 555-0178.\n\nGrace\n"))

M("phi", "curbside-afib",
  "Physician curbside about an identifiable patient (age/sex and DOB) with new atrial fibrillation on apixaban.",
  A("Dr. Ilona Varga", "ilona.varga@lvh.example.org"),
  A("Farid Haddad", "farid.haddad@lvh.example.org"),
  "quick q", D("12-02", "19:44"),
  T("Farid - 62F DOB 5/2/64 I saw in derm today had an irreg pulse, ECG at the front desk "
    "showed new AFib rate 96. CHA2DS2-VASc 2. I started apixaban 5 bid and metoprolol 25 bid per "
    "your usual and put in an urgent referral. Ok? She's Gloria Tate in the system.\n\nIlona\n"))

M("phi", "new-message-mri",
  "HTML-only portal message to a patient about her own MRI result.",
  A("MyLarkspur Patient Portal", "noreply@mylarkspur.example.org"),
  A("Priscilla Vance", "pvance@example.com"),
  "A message from Dr. Sato about your MRI", D("12-03", "18:30"),
  T("<html><body><p>Dear Priscilla,</p><p>Dr. Ken Sato wrote:</p><blockquote>Your knee MRI from "
    "12/1 shows a small tear of the medial meniscus and mild arthritis, but no ligament injury. "
    "Let's start with physical therapy for 6 weeks. I've placed the referral.</blockquote>"
    "<p>Reply in <a href=\"https://my.lvh.example.org/messages\">MyLarkspur</a>.</p></body></html>\n",
    sub="html"))

M("phi", "flu-vaccine-documentation",
  "Employee health record of a named employee's flu vaccination (a person's immunisation, not just an employee ID).",
  A("LVH Employee Health", "employeehealth@lvh.example.org"),
  A("Jamal Carter", "jamal.carter@lvh.example.org"),
  "Your flu vaccine documentation", D("12-01", "09:05"),
  T("Hi Jamal,\n\nThis confirms your 2026-27 influenza vaccine on 11/30/2026 (Flucelvax, lot "
    "FC2291, left deltoid) has been recorded under employee ID 40917. No further action needed "
    "for this season's requirement.\n\nLVH Employee Health | (417) 555-0123\n"))

M("phi", "wc-claim-update",
  "Workers' compensation update on a named employee's lumbar strain and therapy plan.",
  A("Occupational Health - LVH", "occhealth@lvh.example.org"),
  A("Claims - Granite Mutual", "wc-claims@granitemutual.example.com"),
  "Claim WC-26-118830 - status", D("12-04", "14:44"),
  T("Claim WC-26-118830 / Employer: Tri-County Freight\nEmployee: Rodney Blevins  DOB 03/22/1985\n\n"
    "Seen 12/4 for f/u of lumbar strain (DOI 11/16). Improving, pain 4/10. Continue PT 2x/wk x 3 wks, "
    "light duty: no lifting >20 lb. Next visit 12/18.\n\nOccupational Health | (417) 555-0120\n"))

M("phi", "visit-summary-uc",
  "Urgent-care visit summary PDF (compressed) for a named patient with a urinary-tract infection.",
  A("LVH Urgent Care", "urgentcare@lvh.example.org"),
  A("Olivia Brandt", "olivia.brandt@example.net"),
  "Your visit summary", D("11-30", "20:15"),
  MP("mixed",
     T("Thank you for visiting LVH Urgent Care today. Your after-visit summary is attached.\n"),
     Att(make_pdf(["LVH URGENT CARE - AFTER VISIT SUMMARY", "Olivia Brandt   DOB 12/19/1992",
                   "Visit: 11/30/2026  Provider: Marcus Lowe, PA-C",
                   "Diagnosis: Acute cystitis (N30.00). Urine dip: nitrite +, LE 2+",
                   "Medication: nitrofurantoin 100 mg bid x 5 days",
                   "Return if fever, flank pain or vomiting."], compress=True, title="AVS"),
         "application/pdf", "AVS_20261130.pdf")))

M("phi", "wound-care-after-excision",
  "Base64-encoded body with wound-care instructions to a patient after her own skin excision.",
  A("Dr. Ilona Varga", "ilona.varga@lvh.example.org"),
  A("Nina Ortega", "nina.ortega@example.com"),
  "after today", D("12-02", "17:01"),
  T("Hi Nina,\n\nFor the spot we removed from your back today: keep the bandage on and dry for "
    "24 hours, then wash gently and apply Vaseline daily. Stitches out in 14 days (12/16). The "
    "pathology should be back in about a week; I'll message you as soon as I have it.\n\n"
    "Dr. Varga\nLVH Dermatology\n", cte="base64"))

M("phi", "missed-appointment-letter",
  "Letter to a named patient about his missed colonoscopy appointment.",
  A("LVH Gastroenterology", "gi-scheduling@lvh.example.org"),
  A("Rudy Castellano", "rudy.castellano@example.net"),
  "We missed you on 11/30", D("12-01", "10:30"),
  T("Dear Rudy Castellano,\n\nWe missed you at your colonoscopy appointment with Dr. Iwata on "
    "Monday, November 30. Because your last exam found polyps, it is important to reschedule. "
    "Please call (417) 555-0140.\n\nLVH Gastroenterology\n"))

M("phi", "eye-exam-due",
  "Personalised reminder addressed to a named diabetic patient that her diabetic eye exam is due.",
  A("LVH Care Reminders", "reminders@lvh.example.org"),
  A("Denise Crawford", "denise.crawford@example.com"),
  "Denise, you're due for your diabetic eye exam", D("12-02", "09:30"),
  T("<html><body><div style=\"max-width:560px;font-family:Arial\"><h2 style=\"color:#27566b\">"
    "Hi Denise,</h2><p>Our records show your yearly diabetic eye exam is due. People with "
    "diabetes should have a retinal exam every year.</p><p>You can book with LVH Eye Care at "
    "(417) 555-0144 or schedule in MyLarkspur.</p><p style=\"font-size:11px\">You are receiving "
    "this because you are a patient of Dr. Samuel Amani.</p></div></body></html>\n",
    sub="html", cte="quoted-printable"))

M("phi", "pa-request-semaglutide",
  "Pharmacy prior-authorisation request for a named member's semaglutide for type 2 diabetes.",
  A("LVH Outpatient Pharmacy", "rx@lvh.example.org"),
  A("Northgate Pharmacy PA", "rx-pa@northgate.example.com"),
  "PA request - Ozempic - NGH118305527", D("12-03", "13:35"),
  T("Member: Lorraine Pugh  ID NGH118305527  DOB 07/07/1969\nDrug: Ozempic 0.5 mg weekly\n"
    "Dx: E11.65 T2DM with hyperglycemia. A1c 8.8% on metformin 1000 bid and glipizide x 12 mo.\n"
    "Prescriber: Samuel Amani MD\n\nPlease fax determination to (417) 555-0161.\n"))

M("phi", "hydrocodone-refill-chronic",
  "Refill of hydrocodone for a named patient's chronic back pain; opioids for pain (not a substance-use disorder) are phi.",
  A("IM Nurse Pool", "im-nurses@lvh.example.org"),
  A("Dr. Samuel Amani", "samuel.amani@lvh.example.org"),
  "refill req - Earl Gaines", D("12-04", "10:02"),
  T("Earl Gaines requesting hydrocodone/APAP 5/325 #60 for his chronic low back pain (DDD L4-5), "
    "last fill 11/4. PDMP checked, no other prescribers. Pain agreement current (signed 6/26). "
    "Pended for you.\n-- Kerry, LPN\n"))

M("phi", "mtx-labs-ok",
  "Rheumatology nurse tells a named patient her liver tests are fine on methotrexate for rheumatoid arthritis.",
  A("LVH Rheumatology", "rheum@lvh.example.org"),
  A("Janice Whitley", "jwhitley@example.net"),
  "Your labs", D("12-03", "11:58"),
  T("Hi Janice - your liver tests and blood counts from Monday are normal, so stay on "
    "methotrexate 15 mg once a week (Saturdays) with folic acid daily. Next labs in 8 weeks. "
    "- Donna, RN, for Dr. Perlman\n"))

M("phi", "claim-status-277",
  "X12 277 claim-status response for identified patients and claims (attachment only).",
  A("Northgate EDI", "edi@northgate.example.com"),
  A("ClaimBridge EDI", "edi@claimbridge.example.net"),
  "277 response batch 20261202-03", D("12-02", "23:40", tz="+0000"),
  MP("mixed",
     T("Batch 20261202-03 processed. 1 file attached.\n"),
     Att("ISA*00*          *00*          *ZZ*NORTHGATE      *ZZ*CLAIMBRIDGE    *261202*2340*^*00501*000004412*0*P*:~\n"
         "GS*HN*NORTHGATE*CLAIMBRIDGE*20261202*2340*4412*X*005010X212~\n"
         "ST*277*0001*005010X212~\nBHT*0010*08*20261202-03*20261202*2340*DG~\n"
         "NM1*IL*1*KUCZYNSKI*RAYMOND****MI*NGH300182946~\n"
         "TRN*2*NG26113004417~\nSTC*F1:65*20261130**210*142.18~\nDTP*472*D8*20261112~\n"
         "SVC*HC:99214*210*142.18~\n"
         "NM1*IL*1*PRYOR*SELMA****MI*NGH900214433~\n"
         "TRN*2*NG26111802210~\nSTC*F2:88*20261130**118.33*0~\nDTP*472*D8*20261117~\n"
         "SE*12*0001~\nGE*1*4412~\nIEA*1*000004412~\n",
         "application/edi-x12", "277_20261202-03.x12", cte="7bit")))

# ==========================================================================
# NONE
# ==========================================================================

M("none", "re-lunch-thursday",
  "Staff lunch order for a meeting; only a phone-number signature and a confidentiality footer.",
  A("Shauna Pritchett", "shauna.pritchett@lvh.example.org"),
  A("Delgado's Deli Catering", "catering@delgadosdeli.example.com"),
  "RE: lunch order Thursday", D("12-01", "11:05"),
  T("Perfect, let's do the 2 veggie and 3 turkey trays, no onions on half. Delivery to the 3rd "
    "floor conference room by 11:45. PO to follow.\n\nThanks!\nShauna\n\n"
    "Shauna Pritchett | Administrative Coordinator, Internal Medicine\nLarkspur Valley Health | "
    + ADDR + "\nP (417) 555-0134 | C (417) 555-0199\n\n" + CONF + "\n\n"
    "-----Original Message-----\nFrom: Delgado's Deli Catering <catering@delgadosdeli.example.com>\n"
    "Sent: Tuesday, December 1, 2026 10:22 AM\nTo: Pritchett, Shauna\nSubject: lunch order Thursday\n\n"
    "Hi Shauna, for 18 people we'd suggest 5 trays. Let me know the mix. Quote #Q-20931 attached "
    "last week still good.\n-Rita\n"))

M("none", "maint-window-sun-0200",
  "IT managed-service notice of an EHR maintenance window; no patient information.",
  A("Tallgrass IT Service Desk", "servicedesk@tallgrass.example.net"),
  A("LVH All Staff", "allstaff@lvh.example.org"),
  "Scheduled maintenance: Sun 12/06 02:00-05:00 (CHG0012277)", D("12-02", "16:00"),
  T("Change: CHG0012277\nSystems: EHR (production), MyLarkspur portal, interface engine\n"
    "Window: Sunday 12/06/2026 02:00-05:00 CST\n\nDuring the window use downtime procedures: "
    "the read-only BCA workstations in each department will have census and MAR reports from 01:45. "
    "Lab and pharmacy will revert to paper requisitions.\n\n"
    "Questions: Tallgrass IT Service Desk (417) 555-0111, option 2.\n"))

M("none", "re-3rd-floor-fax",
  "Staff thread about a jammed fax machine; fax numbers and signatures only.",
  A("Derek Yamamoto", "derek.yamamoto@lvh.example.org"),
  A("Tallgrass IT Service Desk", "servicedesk@tallgrass.example.net"),
  "RE: RE: 3rd floor fax jammed again", D("12-02", "09:26"),
  T("Still jammed. It's printing half a page and then flashing error E-302. Can someone come up "
    "before noon? We're routing incoming to the 2nd floor machine (417) 555-0129 for now.\n\n"
    "Derek Yamamoto | Billing Office | x0127\n\n"
    "From: Tallgrass IT Service Desk <servicedesk@tallgrass.example.net>\n"
    "Sent: Tuesday, December 1, 2026 3:02 PM\nTo: Yamamoto, Derek\n"
    "Subject: RE: 3rd floor fax jammed again\n\n"
    "Hi Derek, ticket INC0048790 opened. Please power-cycle the device and confirm whether the "
    "error persists. Asset tag LVH-MFP-0312.\n\nTallgrass IT | (417) 555-0111\n\n"
    "From: Yamamoto, Derek\nSent: Tuesday, December 1, 2026 2:47 PM\nTo: Tallgrass IT Service Desk\n"
    "Subject: 3rd floor fax jammed again\n\nthe fax by billing (417) 555-0132 is jammed again. third time "
    "this month.\n"))

M("none", "work-order-hvac-suite-300",
  "Facilities work order with street address and ZIP code; no patient.",
  A("LVH Facilities", "facilities@lvh.example.org"),
  A("Dispatch - Ozark Air Mechanical", "dispatch@ozarkair.example.com"),
  "WO 26-4471 - Suite 300 no heat", D("11-30", "07:40"),
  T("Work order 26-4471\nSite: Larkspur Valley Health, 1200 Meridian Ave, Suite 300, Larkspur MO 65599\n"
    "Alt site contact: 2150 Old Mill Rd, Larkspur MO 65598\nIssue: RTU-3 not heating, exam rooms 301-312 "
    "at 61F this morning.\nPriority: P2 (same day)\nContact on site: Bill Harnack (417) 555-0112\n"))

M("none", "w2-electronic-consent",
  "Payroll vendor reminder about electronic W-2 consent; HR mail.",
  A("PayHarbor Payroll", "no-reply@payharbor.example.com"),
  A("LVH Employees", "allstaff@lvh.example.org"),
  "Action requested: go paperless for your 2026 W-2", D("12-01", "13:00", tz="+0000"),
  MP("alternative",
     T("Go paperless for your 2026 Form W-2.\n\nSign in to PayHarbor Employee Self-Service, choose "
       "Tax Documents > Consent, and check 'electronic only' by December 31. Employees who consent "
       "can download their W-2 on January 22.\n\nPayHarbor, 400 Harbor Point, Suite 9, Tulsa OK 74199\n"),
     T("<html><body><h3>Go paperless for your 2026 Form W-2</h3><p>Sign in to PayHarbor Employee "
       "Self-Service, choose <b>Tax Documents &gt; Consent</b>, and check 'electronic only' by "
       "December 31.</p><p>Employees who consent can download their W-2 on January 22.</p>"
       "<p style=\"font-size:10px\">PayHarbor, 400 Harbor Point, Suite 9, Tulsa OK 74199</p></body></html>\n",
       sub="html")))

M("none", "december-social-drafts",
  "Marketing agency's draft social posts about general wellness; no individual.",
  A("Tess Morrow - Brightwater Creative", "tess@brightwater.example.com"),
  A("LVH Marketing", "marketing@lvh.example.org"),
  "December social drafts v2", D("12-02", "10:40"),
  T("Hi team,\n\nv2 of the December posts below, incorporating Monday's notes.\n\n"
    "1) Holiday stress is real. Take a walk, call a friend, and know that our primary care teams "
    "are here for you. #LarkspurWell\n"
    "2) Flu season is here - walk-in flu shots at all LVH locations, no appointment needed.\n"
    "3) Meet our new Heart Center! Ribbon cutting Dec 10, 4 PM. Tours & cocoa.\n"
    "4) Did you know? 1 in 3 adults has prediabetes and most don't know it. Ask your provider "
    "about an A1c test.\n\nLet me know by Fri if OK to schedule.\n\nTess Morrow | Account Director\n"
    "Brightwater Creative | (816) 555-0163\n"))

M("none", "invoice-INV-2611-0087",
  "Business-to-business invoice from the billing vendor with invoice and account numbers; no patients.",
  A("ClaimBridge RCM Accounts Receivable", "ar@claimbridge.example.net"),
  A("LVH Accounts Payable", "ap@lvh.example.org"),
  "Invoice INV-2611-0087 - November 2026 services", D("12-01", "15:00", tz="+0000"),
  MP("mixed",
     T("Please find attached invoice INV-2611-0087 for November 2026.\n\nAmount due: $48,215.60\n"
       "Terms: Net 30\nRemit ACH: First Prairie Bank, routing 101000695, account 4471882913\n\n"
       "ClaimBridge RCM Accounts Receivable | (866) 555-0172\n"),
     Att(make_pdf(["CLAIMBRIDGE RCM LLC - INVOICE INV-2611-0087",
                   "Bill to: Larkspur Valley Health, Accounts Payable, " + ADDR,
                   "Customer #: C-10042     Period: 11/01/2026-11/30/2026",
                   "Claims processed (professional): 18,204 x $2.10 = $38,228.40",
                   "Denial management (hours): 96 x $95.00 = $9,120.00",
                   "Statement printing & mailing: 2,412 x $0.36 = $868.32",
                   "Subtotal $48,216.72   Credit (SLA) -$1.12",
                   "TOTAL DUE $48,215.60   Due 12/31/2026"], title="INV-2611-0087"),
         "application/pdf", "INV-2611-0087.pdf")))

M("none", "nov-volume-report",
  "Transcription vendor's monthly volume and turnaround statistics by department (aggregate).",
  A("VoxScribe Account Management", "accounts@voxscribe.example.com"),
  A("HIM Director", "him-director@lvh.example.org"),
  "November volume & TAT", D("12-01", "16:30"),
  MP("mixed",
     T("Hi Carol,\n\nNovember summary attached. Behavioral Health volume was up 14% after the new "
       "psychiatrist started; TAT stayed under contract (24h) for all departments except Radiology "
       "on 11/26-27 (holiday).\n\nBest,\nMarcy Tolliver, VoxScribe | (888) 555-0117\n"),
     Att("department,jobs,lines,avg_tat_hours,pct_within_sla\n"
         "Behavioral Health,412,58210,17.9,99.5\nCardiology,688,61032,12.4,99.8\n"
         "Internal Medicine,1502,133870,14.1,99.1\nOrthopedics,377,40990,16.0,98.9\n"
         "Radiology,2140,96301,9.8,94.2\nSurgery,265,51222,19.3,97.7\n",
         "text/csv", "voxscribe_nov2026_summary.csv", cte="7bit")))

M("none", "save-the-date-addiction-conf",
  "Conference announcement about addiction medicine; no individual.",
  A("Heartland Society of Addiction Medicine", "events@hsam.example.org"),
  A("Bridgeway Clinicians", "bridgeway-clinicians@lvh.example.org"),
  "Save the date: Heartland Addiction Medicine Summit, March 18-20, 2027", D("12-02", "14:00", tz="+0000"),
  T("<html><body><h2>Heartland Addiction Medicine Summit 2027</h2><p>March 18-20, Kansas City Convention "
    "Center</p><ul><li>Buprenorphine micro-induction in the fentanyl era</li>"
    "<li>Methadone take-home flexibilities: three years of data</li>"
    "<li>Contingency management that pays for itself</li>"
    "<li>Naltrexone vs. acamprosate for alcohol use disorder: who benefits?</li></ul>"
    "<p>Early-bird registration closes January 15. Up to 18 CME/CE credits.</p></body></html>\n", sub="html"))

M("none", "cardiqor-lunch-and-learn",
  "Drug representative inviting clinicians to a lunch about a fictional drug; no patient.",
  A("Brent Halvorsen", "brent.halvorsen@acelora-pharma.example.com"),
  A("Dr. Farid Haddad", "farid.haddad@lvh.example.org"),
  "CARDIQOR lunch & learn - Dec 10?", D("11-30", "09:15"),
  T("Dr. Haddad,\n\nThanks again for your time last month. Would your team be open to a lunch and learn "
    "on Thursday 12/10 at noon? Dr. Reyes from the CARDIQOR-HF trial will review the new data on "
    "hospitalization reduction in HFrEF patients already on GDMT, and I'll bring the updated "
    "savings cards and patient starter kits.\n\nLunch is on us, up to 15 people.\n\n"
    "Brent Halvorsen | Cardiovascular Specialist | Acelora Pharmaceuticals\n(913) 555-0166\n"))

M("none", "posting-lcsw-therapist",
  "Job posting for a therapist mentioning PTSD and trauma care generically.",
  A("LVH Talent Acquisition", "careers@lvh.example.org"),
  A("Missouri Social Work Job Board", "postings@msw-jobs.example.org"),
  "Job posting: Outpatient Therapist (LCSW/LPC) - Req 26-0918", D("12-01", "12:20"),
  T("Please post the following through 12/31/2026.\n\n"
    "Outpatient Therapist (LCSW/LPC), LVH Behavioral Health - Req 26-0918\n"
    "Full time, hybrid. Provide individual and group therapy for adults with depression, anxiety "
    "disorders, PTSD and co-occurring substance use. Training in CPT, EMDR or DBT preferred. "
    "Salary $68,000-$82,000 plus loan repayment eligibility.\n"
    "Apply: careers.lvh.example.org/26-0918  |  Questions: (417) 555-0113\n\n"
    "Larkspur Valley Health is an equal opportunity employer.\n"))

M("none", "vacante-tecnico-farmacia",
  "Spanish job posting for a pharmacy technician; HR mail with no patient.",
  A("LVH Recursos Humanos", "careers@lvh.example.org"),
  A("Bolsa de Empleo Comunitaria", "empleos@centrohispano.example.org"),
  "Vacante: Técnico(a) de farmacia bilingüe", D("12-02", "13:45"),
  T("Buenos días:\n\nLes agradeceríamos publicar esta vacante en su boletín.\n\n"
    "Técnico(a) de farmacia bilingüe (inglés/español) - Farmacia Ambulatoria LVH\n"
    "Tiempo completo, lunes a viernes. Requisitos: licencia estatal de técnico de farmacia, "
    "experiencia en atención al cliente. Salario desde $19.50 por hora, seguro médico y "
    "plan de jubilación.\n\nSolicitudes: careers.lvh.example.org, referencia 26-0931, o al "
    "(417) 555-0113.\n\nGracias,\nRecursos Humanos LVH\n", cs="windows-1252", cte="quoted-printable",
    lang="es"), subj_cs="iso-8859-1")

M("none", "crestview-newsletter-dec",
  "Clinic newsletter about HIV testing and PrEP availability with no individual.",
  A("Crestview ID Clinic", "crestview-news@lvh.example.org"),
  A("Community Partners", "community-partners@lvh.example.org"),
  "Crestview Community Update - December", D("12-01", "10:00"),
  MP("alternative",
     T("CRESTVIEW COMMUNITY UPDATE - DECEMBER 2026\n\n"
       "* World AIDS Day 12/1: free rapid HIV and hepatitis C testing, 10 am - 6 pm, no appointment.\n"
       "* PrEP is for anyone who wants it. Daily pills and every-2-month injections are both available, "
       "and our navigators help with insurance and copay programs.\n"
       "* Undetectable = Untransmittable. People with HIV who take antiretroviral therapy and keep an "
       "undetectable viral load do not transmit HIV sexually.\n"
       "* Doxy-PEP: ask us whether it's right for you.\n\nCrestview ID Clinic | (417) 555-0157\n"),
     T("<html><body><h2>Crestview Community Update - December 2026</h2><ul>"
       "<li><b>World AIDS Day 12/1:</b> free rapid HIV and hepatitis C testing, 10 am - 6 pm.</li>"
       "<li><b>PrEP is for anyone who wants it.</b> Daily pills and every-2-month injections are both available.</li>"
       "<li><b>U=U.</b> People with HIV who keep an undetectable viral load do not transmit HIV sexually.</li>"
       "<li><b>Doxy-PEP:</b> ask us whether it's right for you.</li></ul>"
       "<p>Crestview ID Clinic | (417) 555-0157</p></body></html>\n", sub="html")))

M("none", "safe-storage-handout-final",
  "Patient-education handout on opioid safe storage, disposal and naloxone, not about any individual.",
  A("Lena Marchetti, PharmD", "lena.marchetti@lvh.example.org"),
  A("Print Shop", "printshop@inkwellprint.example.com"),
  "final handout for print - 2,000 copies", D("12-03", "09:10"),
  MP("mixed",
     T("Hi, final version attached, 2,000 copies, tri-fold, same stock as last time. Need by 12/15.\n\n"
       "Lena Marchetti, PharmD | LVH Outpatient Pharmacy | (417) 555-0160\n"),
     Att(make_pdf(["PAIN MEDICINES AT HOME: STORE, USE, DISPOSE",
                   "If you were prescribed an opioid such as oxycodone, hydrocodone or tramadol:",
                   "- Take only as directed. Do not mix with alcohol or sleep medicines.",
                   "- Keep it locked up and out of reach of children and visitors.",
                   "- Keep naloxone (Narcan) nasal spray at home. It can reverse an overdose.",
                   "- Drop unused pills in the kiosk in the LVH pharmacy lobby. No questions asked.",
                   "Struggling with opioid use? Help is available. Call 988 or the LVH Bridgeway line."],
                  compress=True, title="Opioid safety handout"), "application/pdf", "opioid_safety_trifold_FINAL.pdf")))

M("none", "birth-control-web-copy",
  "Website patient-education copy on contraception options; general information, no patient.",
  A("LVH Women's Health", "womenshealth@lvh.example.org"),
  A("Tess Morrow - Brightwater Creative", "tess@brightwater.example.com"),
  "approved copy: birth control options page", D("12-02", "17:15"),
  T("<html><body><p>Tess - approved by Dr. Abernathy, please publish.</p><hr>"
    "<h1>Your birth control options</h1><table border=\"1\" cellpadding=\"4\">"
    "<tr><th>Method</th><th>How long it lasts</th><th>Typical-use effectiveness</th></tr>"
    "<tr><td>Hormonal IUD</td><td>3-8 years</td><td>&gt;99%</td></tr>"
    "<tr><td>Copper IUD</td><td>up to 10 years</td><td>&gt;99%</td></tr>"
    "<tr><td>Implant (Nexplanon)</td><td>3-5 years</td><td>&gt;99%</td></tr>"
    "<tr><td>Depo-Provera shot</td><td>3 months</td><td>96%</td></tr>"
    "<tr><td>Pill, patch, ring</td><td>daily/weekly/monthly</td><td>93%</td></tr>"
    "<tr><td>Condoms</td><td>each use</td><td>87%</td></tr></table>"
    "<p>Emergency contraception is available at our pharmacy without a prescription. "
    "Talk to your clinician about which method fits your life.</p></body></html>\n",
    sub="html", cte="quoted-printable"))

M("none", "blog-draft-hereditary-cancer",
  "Marketing blog draft about BRCA and hereditary cancer risk with no individual.",
  A("Jonah Pike - Brightwater Creative", "jonah@brightwater.example.com"),
  A("Keisha Fontaine, MS, CGC", "keisha.fontaine@lvh.example.org"),
  "blog draft for review: 'Should I get tested for BRCA?'", D("12-03", "14:25"),
  T("Hi Keisha,\n\nDraft below - could you check the science before Friday?\n\n---\n"
    "SHOULD I GET TESTED FOR BRCA?\n\nAbout 1 in 400 people carries a harmful change in the BRCA1 or "
    "BRCA2 gene, which raises the lifetime risk of breast, ovarian, prostate and pancreatic cancer. "
    "You may want to talk to a genetic counselor if you have a close relative with breast cancer "
    "before age 50, ovarian cancer at any age, or Ashkenazi Jewish ancestry. A positive result is "
    "not a diagnosis - it is information you can act on, from earlier screening to preventive "
    "surgery. LVH Genetic Counseling sees patients in person and by video.\n---\n\n"
    "Jonah Pike | Content Strategist | Brightwater Creative\n"))

M("none", "dashboard-overdose-nov",
  "Aggregate overdose dashboard with counts by ZIP code; no individual.",
  A("LVH Population Health Analytics", "pophealth@lvh.example.org"),
  A("Harlan County Opioid Task Force", "taskforce@health.harlancounty.test"),
  "November overdose dashboard", D("12-03", "08:00"),
  MP("mixed",
     T("Attached is the November ED overdose dashboard extract (counts suppressed <11 per county "
       "small-cell policy).\n\nHighlights: 63 ED visits for suspected opioid overdose (Oct: 71); "
       "naloxone kits distributed 418; ED-initiated buprenorphine 29.\n\nLVH Population Health Analytics\n"),
     Att("month,zip,suspected_opioid_od_ed_visits,stimulant_od_ed_visits,naloxone_kits\n"
         "2026-11,65599,27,12,201\n2026-11,65598,19,<11,122\n2026-11,65597,17,<11,95\n"
         "2026-10,65599,31,14,188\n2026-10,65598,22,<11,97\n2026-10,65597,18,<11,88\n",
         "text/csv", "od_dashboard_2026-11.csv", cte="7bit")))

M("none", "q3-hiv-surveillance-summary",
  "Quarterly aggregate HIV diagnosis counts to the county health department.",
  A("Irene Kwan, RN", "irene.kwan@lvh.example.org"),
  A("Harlan County Epidemiology", "epi@health.harlancounty.test"),
  "Q3 aggregate summary", D("12-02", "11:50"),
  T("Hi Marcus,\n\nAggregate Q3 2026 numbers for the Ryan White report (individual case reports went "
    "through the state portal as usual):\n\n"
    "  New HIV diagnoses: 14 (Q2: 11)\n  Linked to care within 30 days: 13 (93%)\n"
    "  Active patients on ART: 612\n  Virally suppressed (<200): 571 (93.3%)\n"
    "  Active PrEP patients: 388\n\nIrene Kwan, RN\nCrestview ID Clinic | (417) 555-0157\n"))

M("none", "qc-lot-review-c501",
  "Chemistry analyzer quality-control values for control lots; no patient.",
  A("LVH Lab Quality", "lab-quality@lvh.example.org"),
  A("Field Service - Corvant Diagnostics", "fieldservice@corvant.example.com"),
  "C501 QC shift - Level 2 potassium", D("12-01", "07:55"),
  MP("mixed",
     T("Hi, we're seeing a positive shift on L2 potassium since the 11/28 reagent lot change. "
       "Levey-Jennings attached as CSV. Can you review before we recalibrate?\n\n"
       "Analyzer S/N C501-22-08841\n\nJoan Petrakis, MLS(ASCP) | Lab Quality | (417) 555-0121\n"),
     Att("date,run,analyte,control_lot,level,value,mean,sd,rule\n"
         "2026-11-26,1,K,QC2291,2,6.02,5.90,0.08,\n2026-11-27,1,K,QC2291,2,5.88,5.90,0.08,\n"
         "2026-11-28,1,K,QC2291,2,6.11,5.90,0.08,2s warn\n2026-11-29,1,K,QC2291,2,6.09,5.90,0.08,\n"
         "2026-11-30,1,K,QC2291,2,6.14,5.90,0.08,2s warn\n2026-12-01,1,K,QC2291,2,6.12,5.90,0.08,4-1s reject\n",
         "text/csv", "C501_K_L2_LJ.csv")))

M("none", "ack-test-lab-interface",
  "HL7 ACK messages from interface testing; no patient segment.",
  A("LVH Interface Team", "interfaces@lvh.example.org"),
  A("Integration - Corvant Diagnostics", "integration@corvant.example.com"),
  "ACKs from this morning's connectivity test", D("12-03", "10:35"),
  MP("mixed",
     T("Both ACKs attached - AA on the first, AE on the second because MSH-12 was 2.3. Can you "
       "switch your side to 2.5.1 and resend?\n\nRaj Mehta | Integration Analyst | (417) 555-0114\n"),
     Att(hl7("MSH|^~\\&|LVHENGINE|LVH|CORVANT|CORVLAB|202612031012||ACK^R01|ACK0001|T|2.5.1",
             "MSA|AA|CV-TEST-0001",
             "MSH|^~\\&|LVHENGINE|LVH|CORVANT|CORVLAB|202612031014||ACK^R01|ACK0002|T|2.5.1",
             "MSA|AE|CV-TEST-0002|Unsupported version 2.3",
             "ERR||MSH^1^12|203^Unsupported version id^HL70357|E"),
         "application/hl7-v2", "acks_20261203.hl7")))

M("none", "fhir-metadata-response",
  "FHIR CapabilityStatement from a vendor sandbox; configuration, no patient.",
  A("Raj Mehta", "raj.mehta@lvh.example.org"),
  A("Northgate Data Exchange", "dataexchange@northgate.example.com"),
  "our /metadata for the payer-to-payer onboarding", D("12-01", "15:32"),
  MP("mixed",
     T("Hi Northgate team - our CapabilityStatement from the sandbox is attached, as requested on "
       "the onboarding call. Production base URL will be https://fhir.lvh.example.org/r4.\n\nRaj\n"),
     Att('{\n  "resourceType": "CapabilityStatement",\n  "status": "active",\n  "date": "2026-11-30",\n'
         '  "kind": "instance",\n  "fhirVersion": "4.0.1",\n  "format": ["json"],\n'
         '  "implementation": {"description": "LVH FHIR sandbox", "url": "https://fhir-sbx.lvh.example.org/r4"},\n'
         '  "rest": [{"mode": "server",\n    "security": {"service": [{"text": "SMART-on-FHIR"}]},\n'
         '    "resource": [\n'
         '      {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],\n'
         '       "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},\n'
         '      {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}]},\n'
         '      {"type": "Coverage", "interaction": [{"code": "read"}]}\n    ]}]\n}\n',
         "application/fhir+json", "CapabilityStatement.json")))

M("none", "release-notes-4-12",
  "Software release notes that mention field names such as MRN and PID-3; no patient data.",
  A("Chartwell EHR Product Updates", "updates@chartwell-ehr.example.com"),
  A("LVH Applications", "apps@lvh.example.org"),
  "Chartwell 4.12 release notes", D("11-30", "18:00", tz="+0000"),
  T("CHARTWELL EHR 4.12 - RELEASE NOTES\n\nNew\n"
    "- Patient merge now preserves all MRN aliases in PID-3 repetitions (CW-11820).\n"
    "- ADT^A40 merge messages include MRG-1 with the retired MRN.\n"
    "- New report: Encounters without a primary diagnosis (DG1) by department.\n\nFixed\n"
    "- SSN field (PID-19) no longer displayed on printed face sheets when masking is enabled (CW-11702).\n"
    "- DOB picker accepted 02/30 in some locales.\n"
    "- Sensitive-note flag for Behavioral Health and 42 CFR Part 2 encounters now honoured in "
    "the document export queue (CW-11799).\n\nUpgrade window: contact your TAM.\n"))

M("none", "engine-config-route-yaml",
  "Interface-engine configuration file with field mappings like mrn and dob; no patient values.",
  A("Raj Mehta", "raj.mehta@lvh.example.org"),
  A("Sanjay Iyer - Tallgrass IT", "sanjay.iyer@tallgrass.example.net"),
  "route config for the new billing feed", D("12-02", "13:58"),
  MP("mixed",
     T("Sanjay - here's the route config we discussed; pls check the TLS block before Friday's "
       "cutover.\n\nRaj\n"),
     Att("route: lvh-adt-to-claimbridge\nsource:\n  type: mllp\n  port: 6661\n"
         "filter:\n  message_types: [ADT^A04, ADT^A08, ADT^A40]\n"
         "  exclude_departments: [BH, BRIDGEWAY, CRESTVIEW]   # 42 CFR Part 2 / sensitive\n"
         "mapping:\n  mrn: PID-3.1\n  member_id: IN1-36\n  dob: PID-7\n  ssn: null   # never send\n"
         "  diagnosis_codes: DG1-3.1\ndestination:\n  type: sftp\n  host: sftp.claimbridge.example.net\n"
         "  tls: {min_version: '1.2'}\n", "application/x-yaml", "lvh-adt-to-claimbridge.yaml",
         cte="7bit")))

M("none", "cake-for-carmen",
  "Coworker birthday with her date of birth; no health content.",
  A("Shauna Pritchett", "shauna.pritchett@lvh.example.org"),
  A("IM Staff", "im-staff@lvh.example.org"),
  "shhh - Carmen's birthday Thursday", D("12-01", "14:10"),
  T("Hi all! Carmen's birthday is Thursday (12/03/1986 - the big 4-0!!). Cake in the break room "
    "at 3. Chip in for the card/gift by Wed - Venmo @shauna-p or cash in my drawer. "
    "Don't tell her!!\n\nShauna\n(417) 555-0134\n"))

M("none", "fwd-biscuit-vaccines",
  "A pet's veterinary vaccine reminder forwarded by an employee; not health care of a person.",
  A("Tom Reyes", "tom.reyes@lvh.example.org"),
  A("Ana Reyes", "ana.reyes82@example.net"),
  "Fwd: Biscuit is due for vaccines", D("12-02", "12:48"),
  MP("mixed",
     T("can you take him Sat? I'm on call\n"),
     R822(inner(A("Oak Hollow Veterinary Clinic", "reminders@oakhollowvet.example.com"),
                A("Tom Reyes", "tom.reyes@lvh.example.org"),
                "Biscuit is due for vaccines", D("12-01", "07:00"),
                T("Hi Tom,\n\nBiscuit (Beagle, 6 yrs) is due for his rabies and DHPP boosters and annual "
                  "heartworm test. Book online or call (417) 555-0193.\n\nOak Hollow Veterinary Clinic\n")))))

M("none", "mammogram-month-email",
  "Marketing e-mail that says 'you' generically about mammograms; no individual.",
  A("Larkspur Valley Health", "news@lvh.example.org"),
  A("LVH Community List", "community@lvh.example.org"),
  "Are you due for your mammogram?", D("12-01", "09:00"),
  T("<html><body style=\"font-family:Georgia\"><h1>Are you due for your mammogram?</h1>"
    "<p>If you're 40 or older, a yearly screening mammogram is one of the best things you can do "
    "for yourself. Our 3D mammography is fast, comfortable and covered by most insurance.</p>"
    "<p><b>Saturday hours in December.</b> Book online or call (417) 555-0145.</p>"
    "<p style=\"font-size:10px\">You are receiving this because you subscribed to LVH news. "
    "<a href=\"https://lvh.example.org/unsubscribe\">Unsubscribe</a></p></body></html>\n",
    sub="html", cte="quoted-printable"))

M("none", "proof-consult-reminder-v3",
  "Template proof of an appointment reminder with placeholder merge fields; no real patient.",
  A("Jonah Pike - Brightwater Creative", "jonah@brightwater.example.com"),
  A("LVH Fertility & IVF", "ivf-admin@lvh.example.org"),
  "PROOF v3 - new-patient consult reminder template", D("12-03", "16:50"),
  T("Hi, v3 of the reminder template with the merge fields as your IT team specified. Please "
    "approve or mark up.\n\n====\nDear {{patient_first_name}},\n\nThis is a reminder of your "
    "new-patient fertility consultation with {{provider_name}} on {{appt_date}} at "
    "{{appt_time}}. Please complete your intake forms in MyLarkspur and bring your insurance card.\n\n"
    "MRN: {{mrn}}   Confirmation: {{conf_code}}\n====\n\nJonah\n"))

M("none", "order-confirmation-SO-884120",
  "Supply order confirmation with order and tracking numbers; no patient.",
  A("MedSupply Direct", "orders@medsupplydirect.example.com"),
  A("LVH Materials Mgmt", "materials@lvh.example.org"),
  "Order SO-884120 has shipped", D("12-01", "17:22", tz="+0000"),
  MP("alternative",
     T("Your order SO-884120 (PO 4500193321) has shipped.\n\nCarrier: UPS  Tracking: 1Z9X44W10391827745\n"
       "- Nitrile exam gloves, M, 10 cs\n- Sharps container 2 gal, 24 ea\n- Tongue depressors, 10 bx\n"
       "Ship to: LVH Receiving Dock B, " + ADDR + "\n"),
     T("<html><body><p>Your order <b>SO-884120</b> (PO 4500193321) has shipped.</p>"
       "<table border=\"1\"><tr><th>Item</th><th>Qty</th></tr><tr><td>Nitrile exam gloves, M</td><td>10 cs</td></tr>"
       "<tr><td>Sharps container 2 gal</td><td>24 ea</td></tr><tr><td>Tongue depressors</td><td>10 bx</td></tr></table>"
       "<p>UPS tracking: 1Z9X44W10391827745</p></body></html>\n", sub="html")))

M("none", "inc0048901-vpn",
  "IT ticket update with a UUID and device identifiers; no patient.",
  A("Tallgrass IT Service Desk", "servicedesk@tallgrass.example.net"),
  A("Kerry Oduya", "kerry.oduya@lvh.example.org"),
  "INC0048901 resolved - VPN client", D("12-03", "12:07"),
  T("Hello Kerry,\n\nYour incident INC0048901 has been resolved.\n\nResolution: GlobalProtect client "
    "re-provisioned; device certificate reissued.\nDevice ID: 3f6c1a2e-9b47-4d1f-a8e2-7c55d0e19b34\n"
    "Asset: LVH-LT-20931  Serial: 5CD2318XQ7\n\nIf the issue recurs, reply to reopen within 5 days.\n"
    "Tallgrass IT | (417) 555-0111\n"))

M("none", "quote-request-pn-410-52-8821",
  "Facilities parts request where the part number looks like an SSN; no health content.",
  A("Bill Harnack", "bill.harnack@lvh.example.org"),
  A("Sales - Ridgeway Elevator Parts", "sales@ridgeway-parts.example.com"),
  "quote request - P/N 410-52-8821", D("12-02", "08:20"),
  T("Hi,\n\nNeed a quote on 2 ea door operator belts P/N 410-52-8821 and 1 ea limit switch P/N "
    "410-52-9013 for the patient elevator (car 2) at 1200 Meridian Ave. Ship to Dock B.\n\n"
    "Bill Harnack | Facilities | (417) 555-0112\n"))

M("none", "bh-staff-meeting-invite",
  "Meeting invite for behavioral-health staff with dates and an ICS file; no patient.",
  A("Renee Albright, LCSW", "renee.albright@lvh.example.org"),
  A("BH Clinicians", "bh-clinicians@lvh.example.org"),
  "Invitation: BH staff meeting - Thu Dec 3 12:00", D("11-30", "08:30"),
  MP("mixed",
     MP("alternative",
        T("Agenda: group room schedule for January, new intake workflow, CE budget, holiday coverage.\n"
          "Room B214 / Teams link in invite.\n"),
        T("<html><body><p><b>Agenda:</b> group room schedule for January, new intake workflow, CE "
          "budget, holiday coverage.</p><p>Room B214 / Teams link in invite.</p></body></html>\n",
          sub="html")),
     Att("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
         "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E0080000000012AF\r\n"
         "DTSTAMP:20261130T143000Z\r\nDTSTART:20261203T180000Z\r\nDTEND:20261203T190000Z\r\n"
         "SUMMARY:BH staff meeting\r\nLOCATION:B214\r\n"
         "ORGANIZER;CN=Renee Albright:mailto:renee.albright@lvh.example.org\r\n"
         "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=BH Clinicians:mailto:bh-clinicians@lvh.example.org\r\n"
         "END:VEVENT\r\nEND:VCALENDAR\r\n", "text/calendar", "invite.ics", cte="7bit",
         extra_ct='; charset="utf-8"; method=REQUEST')))

M("none", "direct-deposit-update",
  "Payroll direct-deposit change confirmation with employee ID and bank account digits; no health content.",
  A("PayHarbor Payroll", "no-reply@payharbor.example.com"),
  A("Derek Yamamoto", "derek.yamamoto@lvh.example.org"),
  "Direct deposit change confirmed", D("12-02", "21:03", tz="+0000"),
  T("Hi Derek,\n\nThe direct deposit change on your profile was saved.\n\nEmployee ID: 40233\n"
    "Bank: First Prairie Bank  Routing: 101000695  Account: ******8814 (checking)\n"
    "Effective: pay date 12/11/2026\n\nIf you did not make this change, call (800) 555-0176 right away.\n"))

M("none", "asn-wholesaler-0041877",
  "Pharmacy wholesaler shipment notice listing naloxone and buprenorphine stock by NDC and lot; no patient.",
  A("Keystone Drug Distributors", "asn@keystone-drug.example.com"),
  A("LVH Outpatient Pharmacy", "rx@lvh.example.org"),
  "ASN 0041877 - delivery 12/02", D("12-01", "23:10", tz="+0000"),
  MP("mixed",
     T("Advance ship notice for account 700-4415 (LVH Outpatient Pharmacy). CII items on DEA 222 "
       "form #261184432 ship separately.\n"),
     Att("ndc,description,qty,lot,exp\n"
         "09990-0712-02,Naloxone HCl nasal spray 4 mg 2ct,48,NX26A118,2028-05\n"
         "09990-1180-30,Buprenorphine/naloxone SL film 8/2 mg 30ct,6,BN26C402,2028-01\n"
         "09990-2044-90,Atorvastatin 40 mg tab 90ct,20,AT26J771,2029-03\n"
         "09990-3301-01,Medroxyprogesterone 150 mg/mL inj 1 mL,25,MP26F019,2027-11\n"
         "09990-4410-30,Emtricitabine/tenofovir DF 200/300 mg 30ct,12,ET26H230,2028-08\n",
         "text/csv", "ASN_0041877.csv", cte="7bit")))

M("none", "migralux-study-flyer",
  "Clinical-trial recruitment flyer for a fictional migraine drug; general, no individual.",
  A("LVH Research Office", "research@lvh.example.org"),
  A("Neurology Clinic", "neuro@lvh.example.org"),
  "MIGRALUX-2 recruitment flyer for waiting rooms", D("12-02", "10:02"),
  MP("mixed",
     T("Please post the attached flyer in exam rooms. Do not hand it to specific patients; let "
       "interested people call the study line.\n\nLVH Research Office | (417) 555-0115\n"),
     Att(make_pdf(["DO YOU HAVE MIGRAINES 4 OR MORE DAYS A MONTH?",
                   "The MIGRALUX-2 study is testing an investigational monthly medicine.",
                   "You may qualify if you are 18-65 and have had migraines for at least 1 year.",
                   "Study visits, study medicine and parking are free. Compensation up to $600.",
                   "Call the LVH Research Office: (417) 555-0115. IRB #2026-0417."],
                  title="MIGRALUX-2 flyer"), "application/pdf", "MIGRALUX-2_flyer.pdf")))

M("none", "webinar-ptsd-cpt",
  "CME webinar invitation on PTSD treatment; education, no individual.",
  A("Midwest Trauma Training Collaborative", "cme@mttc.example.org"),
  A("Helene Marchand", "helene.marchand@lvh.example.org"),
  "Webinar Dec 9: Cognitive Processing Therapy for PTSD in primary care settings", D("12-01", "15:00", tz="+0000"),
  T("Join us Wednesday, December 9, 12:00-1:30 pm CT.\n\nLearning objectives:\n"
    "- Identify PTSD with the PC-PTSD-5 screen\n- Deliver a 6-session CPT protocol\n"
    "- Coordinate with prescribers on SSRIs and prazosin\n\n1.5 CE hours. Register: mttc.example.org/cpt\n"))

M("none", "sor-quarterly-report",
  "State grant report with aggregate counts of medication-for-opioid-use-disorder patients; no individual.",
  A("Bridgeway Program Director", "bridgeway-admin@lvh.example.org"),
  A("State Opioid Response Grants", "sor-grants@dmh.state.test"),
  "SOR quarterly narrative - Bridgeway (grant H79-TI-0999)", D("12-04", "16:20"),
  T("Attached below is the narrative for Q4 FFY26 (Jul-Sep).\n\n"
    "Unduplicated patients receiving MOUD: 241 (buprenorphine 168, methadone 61, XR-naltrexone 12)\n"
    "New inductions: 58, of which 22 ED-initiated\n30-day retention: 81%\n"
    "Contingency management participants: 37\nNaloxone kits distributed: 1,104\n\n"
    "Barriers: transportation in the rural zip codes 65597 and 65596; counsellor vacancy.\n\n"
    "Dana Rourke, Program Director\nBridgeway Recovery Clinic | (417) 555-0155\n\n" + PART2 + "\n"))

M("none", "eap-winter-reminder",
  "HR reminder about the employee assistance programme; generic, no individual.",
  A("LVH Human Resources", "hr@lvh.example.org"),
  A("LVH All Staff", "allstaff@lvh.example.org"),
  "Winter reminder: your EAP is free and confidential", D("12-03", "07:00"),
  T("The holidays can be hard. Remember that you and your household members get 6 free, "
    "confidential counselling sessions per issue through ClearPath EAP - for stress, grief, "
    "relationships, parenting, alcohol or drug concerns, or money worries.\n\n"
    "Call 1-800-555-0177 any time, or visit clearpath-eap.example.com (company code LVH2026).\n\n"
    "LVH Human Resources\n"))

M("none", "methadone-desk-printer-issue",
  "Methadone clinic front-desk display name writing to a software vendor about a printer problem; no patient (Part 2 footer notwithstanding).",
  A("Bridgeway Methadone Clinic Front Desk", "bridgeway-frontdesk@lvh.example.org"),
  A("Support - DoseTrak Software", "support@dosetrak.example.com"),
  "label printer not printing from DoseTrak 7.3", D("12-02", "06:35"),
  T("Hi support,\n\nSince last night's update, the Zebra label printer at station 2 won't print from "
    "DoseTrak 7.3 - jobs show 'spooled' then disappear. Station 1 is fine. Windows 11, driver "
    "5.1.16. Our site ID is BRW-0031. We open at 6 so this is urgent, we're hand-writing labels.\n\n"
    "Thanks,\nFront Desk\nBridgeway Recovery Clinic | (417) 555-0153\n\n" + PART2 + "\n"))

M("none", "statement-template-margins",
  "Oncology Billing display name writing to the print vendor about a template layout; no patient.",
  A("Oncology Billing", "onc-billing@lvh.example.org"),
  A("Support - PrintPost Mailing", "support@printpost.example.com"),
  "statement template - margins cut off", D("12-01", "11:31"),
  T("Hi,\n\nOn the December statement run, the right margin of the remittance stub is cut off on "
    "about half the pages (the 'Amount enclosed' box). Same template ID ONC-STMT-04 as November, which "
    "was fine. Can you check the print offset? Job #PP-771203.\n\nThanks,\nOncology Billing\n"
    "LVH Cancer Center | (417) 555-0126 x3\n"))

M("none", "test-please-ignore",
  "Unmarked IT test message with no content.",
  A("Sanjay Iyer - Tallgrass IT", "sanjay.iyer@tallgrass.example.net"),
  A("Relay Test", "relaytest@lvh.example.org"),
  "test - please ignore", D("12-04", "07:12"),
  T("test 3 from new relay path\n"))

M("none", "northgate-member-news-flu",
  "Health-plan newsletter to members in general about flu shots; generic 'you', no individual.",
  A("Northgate Health Plan", "news@northgate.example.com"),
  A("Northgate Members", "members-dec@northgate.example.com"),
  "Your flu shot is $0 - here's where to get it", D("11-30", "14:00", tz="+0000"),
  T("<html><body><h2>Your flu shot is $0</h2><p>Flu shots are covered at no cost for all Northgate "
    "members at in-network pharmacies and clinics. People with asthma, diabetes, heart disease or who "
    "are pregnant are at higher risk from flu - so protect yourself and your family.</p>"
    "<p>Find a location: northgate.example.com/flu</p></body></html>\n", sub="html"))

M("none", "formulary-changes-jan-2027",
  "Formulary update listing drug tier changes; no individual.",
  A("Northgate Pharmacy Services", "pharmacy-news@northgate.example.com"),
  A("LVH Outpatient Pharmacy", "rx@lvh.example.org"),
  "2027 formulary changes effective 1/1", D("12-01", "14:30", tz="+0000"),
  MP("mixed",
     T("Attached are the 2027 commercial formulary changes.\n"),
     Att("drug,change,notes\nBiktarvy,no change (Tier 3 preferred),\n"
         "Descovy,moved to Tier 2,PrEP - no PA\nSublocade,PA removed,buprenorphine ER injection\n"
         "Ozempic,PA retained,T2DM only\nsertraline,Tier 1,\nCARDIQOR,added Tier 3 with step therapy,\n"
         "lisdexamfetamine,generic Tier 2,\n", "text/csv", "formulary_2027_changes.csv",
         cte="quoted-printable")))

M("none", "credentialing-dea-renewal",
  "Provider credentialing update with the physician's own NPI and DEA number; no patient or health content.",
  A("LVH Medical Staff Office", "credentialing@lvh.example.org"),
  A("Northgate Provider Enrollment", "enrollment@northgate.example.com"),
  "Updated DEA - Samuel Amani MD", D("12-03", "11:20"),
  T("Hello,\n\nPlease update your provider file for Samuel Amani, MD:\n\nNPI: " + npi("147302958") + "\n"
    "DEA: " + dea("BA", "482193") + " (renewed, exp 11/30/2029)\nState license: MO 2011-004417\n"
    "Group TIN: 43-1990017\n\nCopy of certificate in your portal, case #PE-55120.\n\n"
    "LVH Medical Staff Office | (417) 555-0116\n"))

M("none", "oncall-roster-december",
  "Physician on-call roster with names and phone numbers; no patient.",
  A("IM Scheduling", "im-sched@lvh.example.org"),
  A("LVH Answering Service", "dispatch@prairieanswer.example.com"),
  "December on-call roster - Internal Medicine", D("11-30", "16:45"),
  MP("mixed",
     T("December roster attached. Backup number for all nights is the IM charge phone (417) 555-0197.\n"),
     Att("date,primary,primary_cell,backup,backup_cell\n"
         "2026-12-01,Amani,417-555-0101,Varga,417-555-0102\n2026-12-02,Varga,417-555-0102,Lowe,417-555-0103\n"
         "2026-12-03,Lowe,417-555-0103,Amani,417-555-0101\n2026-12-04,Maldonado,417-555-0104,Varga,417-555-0102\n"
         "2026-12-05,Maldonado,417-555-0104,Lowe,417-555-0103\n", "text/csv", "IM_oncall_2026-12.csv")))

M("none", "field-safety-notice-infusion-sets",
  "Manufacturer recall notice with product lot numbers; no patient.",
  A("Quality - Verrel Medical", "fieldsafety@verrel.example.com"),
  A("LVH Materials Mgmt", "materials@lvh.example.org"),
  "URGENT Field Safety Notice FSN-2026-14: infusion set lots", D("12-02", "15:00", tz="+0000"),
  T("URGENT: MEDICAL DEVICE RECALL - FSN-2026-14\n\nAffected product: Verrel SafeFlow infusion set, "
    "REF VS-2210\nLots: 26A0412, 26A0413, 26B0107\nIssue: possible separation at the Y-site under "
    "pressure.\nAction: quarantine affected lots and return the acknowledgement form by 12/16.\n"
    "No adverse events have been reported.\n\nVerrel Medical Quality | 1-800-555-0178\n"))

M("none", "community-meeting-list",
  "Public list of community recovery meetings for a resource binder; no individual.",
  A("Colleen Marsh, MSW", "colleen.marsh@lvh.example.org"),
  A("ED Social Work", "ed-socialwork@lvh.example.org"),
  "updated meeting list for the resource binder", D("12-03", "13:30"),
  T("Updated list for the ED resource binder - please swap out the old page.\n\n"
    "AA - Mon/Wed/Fri 7 pm, First Methodist, 300 Elm St (basement)\n"
    "NA - Tue/Thu 6:30 pm, Larkspur Community Center, Room 4\n"
    "SMART Recovery - Sat 10 am, Larkspur Public Library (also online)\n"
    "Al-Anon - Sun 5 pm, St. Brendan's parish hall\n"
    "Bridgeway walk-in for buprenorphine: M-F 7-10 am, (417) 555-0153\n"
    "988 Suicide & Crisis Lifeline: call or text 988\n\nColleen\n"))

M("none", "click-sim-nov-results",
  "IT security phishing-simulation results by department (aggregate).",
  A("Tallgrass IT Security", "security@tallgrass.example.net"),
  A("LVH Compliance", "compliance@lvh.example.org"),
  "November phishing simulation results", D("12-02", "09:45"),
  T("Campaign: 'Your package could not be delivered' (11/17-11/24)\n\n"
    "Sent 1,284 | Clicked 97 (7.6%) | Credentials entered 21 (1.6%) | Reported 402 (31.3%)\n"
    "Highest click rate: Billing Office 12.1%; lowest: Lab 2.3%.\n\n"
    "Repeat clickers will be enrolled in the 10-minute module automatically.\n"))

M("none", "reminder-sending-outside-lvh",
  "Compliance policy reminder that names MRN, SSN and diagnoses as things to protect; no actual data.",
  A("LVH Privacy Office", "privacy@lvh.example.org"),
  A("LVH All Staff", "allstaff@lvh.example.org"),
  "Reminder: how to send patient information outside LVH", D("12-04", "08:00"),
  T("Quick reminder as we head into the holidays:\n\n"
    "1. Anything with a patient name, MRN, DOB, SSN, member ID, diagnosis or medication must be sent "
    "with [secure] in the subject line.\n"
    "2. Behavioral Health, Bridgeway (42 CFR Part 2), HIV, genetic and reproductive-health information "
    "needs written consent before it leaves LVH, even to another provider.\n"
    "3. Never put patient details in the subject line or in a file name.\n"
    "4. Double-check autocomplete - most misdirected e-mails are a wrong 'Smith'.\n\n"
    "Questions: LVH Privacy Office, (417) 555-0110.\n"))

M("none", "no-show-rates-by-clinic",
  "Aggregate no-show rates by clinic for operations; no individual.",
  A("LVH Access Center Analytics", "access-analytics@lvh.example.org"),
  A("Clinic Managers", "clinic-managers@lvh.example.org"),
  "November no-show rates", D("12-01", "07:05"),
  MP("mixed",
     T("November no-show rates attached. System average 9.8%. Fertility & IVF and Pediatrics lowest.\n"),
     Att("clinic,scheduled,no_show,rate\nInternal Medicine,4820,463,9.6%\nBehavioral Health,1910,287,15.0%\n"
         "Bridgeway Recovery,1322,238,18.0%\nCrestview ID,744,67,9.0%\nWomen's Health,1388,111,8.0%\n"
         "Fertility & IVF,402,12,3.0%\nPediatrics,2210,143,6.5%\nCardiology,1530,122,8.0%\n",
         "text/csv", "noshow_2026-11.csv", cte="7bit")))

M("none", "irb-approval-2026-0417",
  "IRB approval notice for a study protocol; no participant information.",
  A("LVH Institutional Review Board", "irb@lvh.example.org"),
  A("Dr. Ken Sato", "ken.sato@lvh.example.org"),
  "IRB #2026-0417 approved (expedited)", D("11-30", "12:00"),
  T("Protocol: MIGRALUX-2, A Phase 3 Study of a Monthly Injection for Episodic Migraine\n"
    "IRB #: 2026-0417   Sponsor: Nerovia Therapeutics\nApproval: 11/30/2026   Expires: 11/29/2027\n"
    "Approved documents: protocol v2.1, ICF v3.0 (English/Spanish), recruitment flyer v1.2\n\n"
    "Enrollment may begin. Report unanticipated problems within 5 business days.\n"))

M("none", "tst-interface-zztest",
  "Interface test message in the test environment with a synthetic ZZTEST patient; test data, no real person.",
  A("Raj Mehta", "raj.mehta@lvh.example.org"),
  A("Integration - Corvant Diagnostics", "integration@corvant.example.com"),
  "TST: sample ORU for your parser", D("12-03", "10:48"),
  MP("mixed",
     T("Here's the canned ORU from our TST environment (synthetic ZZTEST patient, processing ID T). "
       "Please confirm your parser handles the OBX-5 subcomponents.\n\nRaj\n"),
     Att(hl7("MSH|^~\\&|LVHLAB|LVH|CORVANT|CORVLAB|202612031040||ORU^R01|TST000017|T|2.5.1",
             "PID|1||TEST0000001^^^LVH^MR||ZZTEST^INTERFACE||19000101|U",
             "OBR|1|TST-ORD-1|TST-FIL-1|2951-2^Sodium^LN",
             "OBX|1|NM|2951-2^Sodium^LN||999|mmol/L|||||T"),
         "application/hl7-v2", "TST000017.hl7")))

# --- non-English none ------------------------------------------------------

M("none", "campana-vacunacion-gratis",
  "Spanish community announcement of a free flu-shot clinic; general, no individual.",
  A("LVH Salud Comunitaria", "community@lvh.example.org"),
  A("Iglesia San José - Boletín", "boletin@sanjose-larkspur.example.org"),
  "Vacunas contra la gripe gratis - sábado 12 de diciembre", D("12-02", "10:20"),
  T("Para el boletín del domingo:\n\nVACUNAS GRATIS CONTRA LA GRIPE Y EL COVID-19\n"
    "Sábado 12 de diciembre, de 9:00 a 1:00, en el salón parroquial.\n"
    "No se necesita cita ni seguro médico. Habrá personal que habla español.\n"
    "Recomendado para niños desde 6 meses, personas mayores, embarazadas y personas con diabetes "
    "o asma.\n\nInformación: (417) 555-0159\n", cs="iso-8859-1", cte="quoted-printable", lang="es"))

M("none", "tai-lieu-tieu-duong",
  "Vietnamese patient-education text on diabetes sent for translation review; no individual.",
  A("Thu Nguyen", "thu.nguyen@lvh.example.org"),
  A("Lotus Language Services", "review@lotuslang.example.com"),
  "Bản dịch tài liệu tiểu đường - nhờ kiểm tra", D("12-01", "16:15"),
  T("Chào chị Lan,\n\nNhờ chị xem lại bản dịch tài liệu giáo dục bệnh nhân dưới đây trước thứ Sáu.\n\n"
    "---\nSỐNG KHỎE VỚI BỆNH TIỂU ĐƯỜNG\n- Đo đường huyết theo hướng dẫn của bác sĩ.\n"
    "- Uống thuốc metformin đúng giờ, sau bữa ăn.\n- Đi bộ 30 phút mỗi ngày.\n"
    "- Khám mắt và khám chân mỗi năm một lần.\n---\n\nCảm ơn chị,\nThu Nguyễn, LVH\n",
    cte="quoted-printable", lang="vi"))

M("none", "jiankang-bolanhui",
  "Chinese community health-fair announcement; no individual.",
  A("LVH 社区健康", "community@lvh.example.org"),
  A("华人协会", "news@chinese-assoc.example.org"),
  "社区健康博览会通知", D("12-03", "09:00"),
  T("各位会员：\n\n12月12日（星期六）上午9点至下午1点，LVH将在社区中心举办免费健康博览会，"
    "提供血压测量、血糖筛查、乙肝检测咨询和流感疫苗接种。现场有中文翻译。\n\n欢迎转告亲友！\n"
    "咨询电话：(417) 555-0159\n", cs="gb2312", cte="base64", lang="zh"), subj_cs="gb2312")

M("none", "congres-medecine-familiale",
  "French conference announcement; no individual.",
  A("Congrès CFMF 2027", "inscriptions@cfmf.example.org"),
  A("Dr Hélène Marchand", "helene.marchand@lvh.example.org", cs="iso-8859-1"),
  "Appel à communications – Congrès 2027", D("12-01", "08:00", tz="+0100"),
  T("Madame, Monsieur,\n\nL’appel à communications pour le Congrès francophone de médecine "
    "familiale (Montréal, 12–14 mai 2027) est ouvert jusqu’au 15 janvier. Thèmes : santé mentale en "
    "première ligne, dépression et anxiété, prévention du VIH, soins aux personnes âgées.\n\n"
    "Soumission : cfmf.example.org/soumettre\n\nLe comité scientifique\n",
    cs="windows-1252", cte="quoted-printable", lang="fr"), subj_cs="utf-8")

M("none", "rechnung-sonde-reparatur",
  "German vendor invoice for an ultrasound probe repair; business-to-business.",
  A("Sonotek Medizintechnik GmbH", "buchhaltung@sonotek.example.de.test"),
  A("LVH Accounts Payable", "ap@lvh.example.org"),
  "Rechnung Nr. 2026-11834 - Reparatur Schallkopf", D("12-02", "09:30", tz="+0100"),
  T("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung Nr. 2026-11834 für die Reparatur des "
    "Linearschallkopfs L12-5 (Seriennr. LS-884201), Auftrag vom 18.11.2026.\n\n"
    "Gesamtbetrag: 2.340,00 EUR (USD 2.561,30)\nZahlbar innerhalb von 30 Tagen.\n"
    "IBAN: DE00 9999 0000 0123 4567 89\n\nMit freundlichen Grüßen\nSonotek Medizintechnik GmbH, "
    "Buchhaltung\nTel. +49 30 555 0142\n", cs="iso-8859-1", cte="8bit", lang="de"), subj_cs="iso-8859-1")

M("none", "conferma-ordine-reagenti",
  "Italian order confirmation for laboratory reagents; no patient.",
  A("Reagentia Italia S.r.l.", "ordini@reagentia.example.it.test"),
  A("LVH Laboratory Purchasing", "lab-purchasing@lvh.example.org"),
  "Conferma d'ordine n. OR-26-7731", D("12-01", "10:15", tz="+0100"),
  T("Gentili clienti,\n\nconfermiamo il vostro ordine n. OR-26-7731:\n"
    "- Controllo multiparametrico livello 1, lotto QC2291, 10 flaconi\n"
    "- Controllo multiparametrico livello 2, lotto QC2291, 10 flaconi\n"
    "- Calibratore elettroliti, lotto CAL8812, 4 kit\n\n"
    "Spedizione prevista: 7 dicembre, corriere DHL, tracking 4471 2290 61.\n\n"
    "Cordiali saluti,\nUfficio ordini - Reagentia Italia\n", cs="iso-8859-1", cte="quoted-printable",
    lang="it"))

M("none", "grafik-sprzatania-grudzien",
  "Polish cleaning-crew schedule from a janitorial vendor; no patient.",
  A("Czysta Przestrzeń - Biuro", "biuro@czystaprzestrzen.example.com"),
  A("LVH Facilities", "facilities@lvh.example.org"),
  "Grafik sprzątania - grudzień", D("11-30", "18:20"),
  T("Dzień dobry,\n\nw załączeniu przesyłamy grafik na grudzień. Zmiana nocna (22:00-6:00) obejmuje "
    "piętra 1-3 oraz laboratorium. W dniach 24-26 grudnia ekipa będzie zmniejszona do dwóch osób.\n\n"
    "Kierownik zmiany: Bożena Kaczmarek, tel. (417) 555-0194\n\nPozdrawiamy,\nCzysta Przestrzeń\n",
    cs="iso-8859-2", cte="8bit", lang="pl"), subj_cs="iso-8859-2")

M("none", "ganyeom-geomjin-annae",
  "Korean community newsletter on hepatitis B screening in general; no individual.",
  A("LVH 지역사회 건강", "community@lvh.example.org"),
  A("한인회 소식지", "news@koreanassoc.example.org"),
  "B형 간염 무료 검사 안내", D("12-02", "09:10"),
  T("한인회 회원 여러분께,\n\nB형 간염은 증상이 없어도 간경화나 간암으로 이어질 수 있습니다. "
    "12월 12일(토) 오전 9시부터 오후 1시까지 커뮤니티 센터에서 무료 B형 간염 검사와 예방접종 "
    "상담을 제공합니다. 한국어 통역이 준비되어 있습니다.\n\n문의: (417) 555-0159\n",
    cs="utf-8", cte="base64", lang="ko"))

M("none", "job-fair-nars",
  "Tagalog invitation to a nurse job fair; HR/recruiting, no patient.",
  A("LVH Talent Acquisition", "careers@lvh.example.org"),
  A("Filipino Nurses Association - Missouri", "info@fna-mo.example.org"),
  "Job fair para sa mga nars - Disyembre 10", D("12-01", "13:30"),
  T("Magandang araw po!\n\nIniimbitahan namin ang inyong mga miyembro sa aming job fair para sa mga "
    "RN at LPN sa Huwebes, Disyembre 10, 3:00-7:00 ng hapon, sa LVH Education Center. May on-the-spot "
    "interview, sign-on bonus na $10,000, at tulong sa visa at lisensya.\n\n"
    "Magdala lamang ng resume. Para sa tanong: (417) 555-0113.\n\nSalamat po,\nLVH Talent Acquisition\n",
    lang="tl"))

M("none", "klinik-vaksen-gratis",
  "Haitian Creole community announcement of a free vaccine clinic; no individual.",
  A("LVH Sante Kominotè", "community@lvh.example.org"),
  A("Legliz Batis Nouvo Lavi", "biwo@nouvolavi.example.org"),
  "Vaksen grip gratis samdi 12 desanm", D("12-03", "10:40"),
  T("Bonjou frè ak sè,\n\nLVH ap ofri vaksen grip ak vaksen COVID gratis samdi 12 desanm, 9è rive "
    "1è, nan sal legliz la. Ou pa bezwen randevou ni asirans. Gen moun ki pale kreyòl ki la pou "
    "ede w.\n\nPou plis enfòmasyon: (417) 555-0159\n", cs="utf-8", cte="quoted-printable", lang="ht"))

M("none", "feira-de-saude",
  "Portuguese announcement of a community health fair; no individual.",
  A("LVH Saúde Comunitária", "community@lvh.example.org", cs="iso-8859-1"),
  A("Associação Brasileira de Larkspur", "contato@abl.example.org"),
  "Feira de saúde gratuita - 12 de dezembro", D("12-02", "11:00"),
  T("Olá, pessoal da ABL!\n\nNo sábado, 12 de dezembro, das 9h às 13h, teremos uma feira de saúde "
    "gratuita no Centro Comunitário: aferição de pressão, teste de glicemia, vacina da gripe e "
    "orientação sobre planos de saúde. Haverá intérprete de português.\n\n"
    "Divulguem para amigos e familiares!\n\nEquipe de Saúde Comunitária - LVH\n(417) 555-0159\n",
    cs="iso-8859-1", cte="quoted-printable", lang="pt"), subj_cs="iso-8859-1")

M("none", "quality-committee-minutes-nov",
  "Quality committee minutes with aggregate rates only; no individual patient.",
  A("LVH Quality & Safety", "quality@lvh.example.org"),
  A("Quality Committee", "quality-committee@lvh.example.org"),
  "Minutes - Quality Committee 11/30", D("12-01", "12:40"),
  T("QUALITY COMMITTEE - MINUTES, 11/30/2026\nPresent: Amani, Haddad, Abernathy, Kwan, Marchetti, "
    "Petrakis, Rourke (chair)\n\n1. Hand hygiene compliance: 91% (goal 95%). Lab and ED lowest; "
    "secret-shopper audits to continue.\n2. Falls with injury: 0.4 per 1,000 patient days (Q3 0.6).\n"
    "3. Depression screening (PHQ-2/9) completed at 78% of adult primary care visits; target 85% by June.\n"
    "4. Controlled-substance discrepancies: 3 reported, all resolved; no diversion found.\n"
    "5. HbA1c >9% in diabetic panel: 17.2% (national benchmark 18%).\n\nNext meeting: 12/28, B214, "
    "noon.\n"), crlf=False)

M("none", "re-re-holiday-coverage",
  "Staff thread arranging holiday shift coverage among named clinicians; no patient information.",
  A("Lourdes Vega", "lourdes.vega@lvh.example.org"),
  A("IM Providers", "im-providers@lvh.example.org"),
  "RE: RE: holiday coverage 12/24-12/26", D("12-03", "17:48"),
  T("Final version then:\n\n  12/24 AM Varga / PM Lowe\n  12/25 closed (on-call: Maldonado)\n"
    "  12/26 AM Amani / PM Amani\n\nI'll block the templates tomorrow. Shout if anything changes.\n\n"
    "Lourdes Vega | Practice Manager, Internal Medicine | (417) 555-0133\n\n"
    "From: Lowe, Marcus\nSent: Thursday, December 3, 2026 4:15 PM\nTo: Vega, Lourdes; IM Providers\n"
    "Subject: RE: holiday coverage 12/24-12/26\n\nI can take the 24th PM if someone swaps me out of "
    "New Year's Eve.\n\n"
    "From: Vega, Lourdes\nSent: Thursday, December 3, 2026 9:02 AM\nTo: IM Providers\n"
    "Subject: holiday coverage 12/24-12/26\n\nHi all, still need someone for 12/24 PM. Half day, "
    "clinic closes at 3.\n"))

# ==========================================================================
# writing and checking
# ==========================================================================

FORBIDDEN_SLUG = ("trap", "phi", "restricted", "none", "sensitive", "benign")
ALLOWED_DOM = re.compile(r"(^|\.)example\.(com|org|net)$|\.test$", re.I)
LF_ONLY = set()   # filled in main: roughly one message in five keeps bare LF line endings


def langs_of(part):
    out = set()
    if isinstance(part, T) and part.lang:
        out.add(part.lang)
    if isinstance(part, MP):
        for p in part.parts:
            out |= langs_of(p)
    return out


def text_of(msg):
    chunks = []
    for k, v in msg.items():
        chunks.append(str(v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
        elif ct == "application/pdf":
            m = re.search(rb"stream\n(.*?)\nendstream", payload, re.S)
            body = m.group(1) if m else b""
            if b"FlateDecode" in payload:
                body = zlib.decompress(body)
            chunks.append(body.decode("latin-1"))
        else:
            chunks.append(payload.decode("latin-1"))
    return "\n".join(chunks)


def check_file(path, data, crlf):
    problems = []
    msg = email.message_from_bytes(data, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None or not str(msg[h]).strip():
            problems.append("missing " + h)
    if msg["Date"] is not None and msg["Date"].datetime is None:
        problems.append("bad Date")
    for part in msg.walk():
        if part.defects:
            problems.append("defects %r in %s" % (part.defects, part.get_content_type()))
        if not part.is_multipart() and part.get_content_maintype() == "text":
            try:
                part.get_content()
            except Exception as e:     # noqa: BLE001
                problems.append("undecodable text part: %s" % e)
    if crlf:
        if data.count(b"\n") != data.count(b"\r\n") or data.count(b"\r") != data.count(b"\r\n"):
            problems.append("mixed line endings in CRLF file")
        lines = data.split(b"\r\n")
    else:
        if b"\r" in data:
            problems.append("CR in LF file")
        lines = data.split(b"\n")
    for i, ln in enumerate(lines, 1):
        if len(ln) > 998:
            problems.append("line %d is %d octets" % (i, len(ln)))
    txt = text_of(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", txt):
        if not ALLOWED_DOM.search(dom.rstrip(".")):
            problems.append("non-example domain " + dom)
    for dom in re.findall(r"\b((?:[\w-]+\.)+[a-z]{2,})/", txt):
        if not ALLOWED_DOM.search(dom):
            problems.append("non-example host " + dom)
    for a, b, c in re.findall(r"\(?\b(\d{3})\)?[ .-](\d{3})-(\d{4})\b", txt):
        if b != "555" or not c.startswith("01"):
            problems.append("phone outside 555-01xx: %s-%s-%s" % (a, b, c))
    return msg, problems


def main():
    os.chdir(HERE)
    for lab in TARGETS:
        os.makedirs(lab, exist_ok=True)
        for f in glob.glob(os.path.join(lab, "*.eml")):
            os.remove(f)
    if os.path.exists("labels-b4.tsv"):
        os.remove("labels-b4.tsv")

    slugs = [m["slug"] for m in MSGS]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    order = list(range(len(MSGS)))
    random.Random(20261205).shuffle(order)
    rows, problems, nonen = [], [], 0
    counts = {k: 0 for k in TARGETS}
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        slug = m["slug"]
        for w in FORBIDDEN_SLUG:
            if w in slug.lower():
                problems.append("%s: slug contains %r" % (slug, w))
        crlf = m["crlf"] and int(h8(slug + "eol"), 16) % 5 != 0
        data = render_message(m["frm"], m["to"], m["subj"], m["date"], m["body"], tag=slug, **m["kw"])
        data = data.replace(b"\r\n", b"\n")
        if crlf:
            data = data.replace(b"\n", b"\r\n")
        path = "%s/b4-%03d-%s.eml" % (m["label"], num, slug)
        with open(path, "wb") as fh:
            fh.write(data)
        _, probs = check_file(path, data, crlf)
        problems += ["%s: %s" % (path, p) for p in probs]
        reason = m["reason"]
        if "\t" in reason or "\n" in reason:
            problems.append(path + ": bad reason text")
        rows.append("%s\t%s\t%s" % (path, m["label"], reason))
        counts[m["label"]] += 1
        if langs_of(m["body"]) - {"en"}:
            nonen += 1
    with open("labels-b4.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")

    # re-parse everything from disk
    for lab in TARGETS:
        for f in sorted(glob.glob(os.path.join(lab, "*.eml"))):
            with open(f, "rb") as fh:
                data = fh.read()
            _, probs = check_file(f, data, b"\r\n" in data)
            problems += ["%s (disk): %s" % (f, p) for p in probs]
    for lab, want in TARGETS.items():
        got = len(glob.glob(os.path.join(lab, "*.eml")))
        if got != want or counts[lab] != want:
            problems.append("label %s: %d files, want %d" % (lab, got, want))
    with open("labels-b4.tsv", encoding="utf-8") as fh:
        tsv = [ln.rstrip("\n").split("\t") for ln in fh]
    if len(tsv) != len(MSGS) or any(len(r) != 3 or not os.path.exists(r[0]) for r in tsv):
        problems.append("labels-b4.tsv does not match the files")

    print("wrote %d messages: %s; non-English: %d" % (len(MSGS), counts, nonen))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
