#!/usr/bin/env python3
"""Generator for wide38: one ordinary fortnight of mail (9-20 November 2026)
at an invented federally qualified community health centre, Tillman Valley
Community Health (TVCH), its programmes, partner agencies, vendors, payers
and patients.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only verify what is on disk
    python3 gen.py --stats   # print labels, categories, languages, structure

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries,
zip timestamps and a fixed shuffle seed.  Every person, organisation,
address, phone number and identifier below is invented.
"""
import base64
import datetime
import hashlib
import io
import json
import os
import random
import re
import sys
import zipfile
import zlib
import email
import email.policy
import email.utils
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261212
LABELS = ("none", "phi", "restricted")
COUNTS = {"none": 70, "phi": 52, "restricted": 28}
CATEGORIES = ("mental health", "substance use", "HIV", "genetic", "reproductive")
BANNED_IN_SLUG = ("trap", "phi", "restricted", "none")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-9": "iso8859_9",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "gb2312": "gb2312", "big5": "big5", "shift_jis": "shift_jis",
    "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0
    bstyle = None


ST = _State()


def _h(tag):
    ST.n += 1
    return hashlib.sha256(("wide38|%s|%d|%s" % (ST.slug, ST.n, tag)).encode()).hexdigest()


def bnd():
    h = _h("boundary")
    style = ST.bstyle if ST.bstyle is not None else int(h[0], 16) % 4
    if style == 0:
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:
        return "000000000000%s" % h[1:17]
    if style == 2:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    return "=_b%s" % h[1:27]


def mid(domain):
    h = _h("mid")
    style = int(h[0], 16) % 3
    if style == 0:
        local = "%s.%s" % (h[1:13].upper(), h[13:21].upper())
    elif style == 1:
        local = "%s-%s-%s" % (h[1:9], h[9:13], h[13:25])
    else:
        local = "%s%s" % (h[1:17], h[17:23].upper())
    return "<%s@%s>" % (local, domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(d, h, mi=0, s=0, tz="-0500", mo=11, y=2026):
    wd = _WD[datetime.date(y, mo, d).weekday()]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d, _MON[mo - 1], y, h, mi, s, tz)


# ------------------------------------------------------------- encoders --
def nl(s):
    return s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def qp_encode(data):
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, b in enumerate(line):
            if 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            elif b in (9, 32):
                toks.append(chr(b) if i < len(line) - 1 else "=%02X" % b)
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = t
            else:
                cur += t
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n").encode("ascii")


def _ew_one(b, cs, mode):
    if mode == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode("ascii"))
    out = ""
    for x in b:
        c = chr(x)
        if x == 32:
            out += "_"
        elif x < 128 and (c.isalnum() or c in "!*+-/"):
            out += c
        else:
            out += "=%02X" % x
    return "=?%s?Q?%s?=" % (cs, out)


def ew(text, cs="utf-8", mode="B"):
    """RFC 2047 encoded words, folded, for a non-ASCII header value."""
    if text.isascii():
        return text
    cd = codec(cs)
    text.encode(cd)  # strict
    words, cur = [], ""
    for ch in text:
        t = cur + ch
        if cur and len(_ew_one(t.encode(cd), cs, mode)) > 72:
            words.append(_ew_one(cur.encode(cd), cs, mode))
            cur = ch
        else:
            cur = t
    if cur:
        words.append(_ew_one(cur.encode(cd), cs, mode))
    return "\r\n ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def A(name, addr, cs="utf-8", mode="B"):
    """A mailbox: display name (quoted or RFC 2047) and address."""
    if not name:
        return "<%s>" % addr
    if name.isascii():
        if any(c in _SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, cs, mode), addr)


def _param(k, v):
    if v.isascii():
        return '%s="%s"' % (k, v)
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
    return "%s*=utf-8''%s" % (k, enc)


# ---------------------------------------------------------------- parts --
class P:
    """A leaf part.  content is str (encoded with cs) or bytes."""

    def __init__(self, ctype, content, cs=None, cte="7bit", filename=None,
                 inline=False, params=(), headers=()):
        self.ctype, self.content, self.cs, self.cte = ctype, content, cs, cte
        self.filename, self.inline = filename, inline
        self.params, self.headers = list(params), list(headers)


class MP:
    def __init__(self, sub, parts, params=(), preamble=None):
        self.sub, self.parts, self.params, self.preamble = sub, parts, list(params), preamble


def T(text, cs="utf-8", cte=None, sub="plain", params=()):
    """A text part; cte defaults to 7bit for ASCII and quoted-printable otherwise."""
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    if cs is None:
        cs = "us-ascii"
    return P("text/" + sub, text, cs=cs, cte=cte, params=params)


def H(html, cs="utf-8", cte=None):
    return T(html, cs, cte, sub="html")


def ATT(ctype, data, filename, cte="base64", cs=None, params=()):
    return P(ctype, data, cs=cs, cte=cte, filename=filename, params=params)


def ALT(text, html, cs="utf-8", cte=None, hcte=None):
    return MP("alternative", [T(text, cs, cte), H(html, cs, hcte or cte)])


def MIX(*parts):
    return MP("mixed", list(parts))


def _leaf_bytes(p):
    if isinstance(p.content, bytes):
        data = p.content
    else:
        s = p.content
        if p.ctype.startswith("text/") and p.ctype != "text/calendar":
            s = nl(s)
            if not s.endswith("\r\n"):
                s += "\r\n"
        data = s.encode(codec(p.cs or "us-ascii"))
    return data


def render(p):
    """Return (list of (name, value) headers, body bytes)."""
    if isinstance(p, MP):
        b = bnd()
        ct = 'multipart/%s; boundary="%s"' % (p.sub, b)
        for k, v in p.params:
            ct += '; %s="%s"' % (k, v)
        body = b""
        if p.preamble:
            body += nl(p.preamble).encode("ascii") + b"\r\n"
        for c in p.parts:
            ch, cb = render(c)
            body += b"--" + b.encode() + b"\r\n"
            body += "".join("%s: %s\r\n" % kv for kv in ch).encode("ascii") + b"\r\n"
            body += cb
            if not cb.endswith(b"\r\n"):
                body += b"\r\n"
        body += b"--" + b.encode() + b"--\r\n"
        return [("Content-Type", ct)], body
    data = _leaf_bytes(p)
    ct = p.ctype
    if p.cs:
        ct += '; charset="%s"' % p.cs
    for k, v in p.params:
        ct += "; %s=%s" % (k, v)
    if p.filename:
        ct += "; " + _param("name", p.filename)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", p.cte)]
    if p.filename:
        hdrs.append(("Content-Disposition", ("inline" if p.inline else "attachment") + "; " + _param("filename", p.filename)))
    hdrs += p.headers
    if p.cte == "base64":
        body = b64_encode(data)
    elif p.cte == "quoted-printable":
        body = qp_encode(data)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    else:
        if isinstance(p.content, bytes):
            data = re.sub(rb"\r?\n", b"\r\n", data)
        if p.cte == "7bit":
            data.decode("ascii")
        body = data
    return hdrs, body


def _dom(addr_field):
    m = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", addr_field)
    return m.group(1)


def html_of(text, cs):
    """The HTML half Outlook adds to a plain message."""
    esc = nl(text).replace("\r\n", "\n").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p for p in esc.strip("\n").split("\n\n")]
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">\n' % cs
            + "".join('<p class="MsoNormal">%s</p>\n' % p.replace("\n", "<br>\n") for p in paras)
            + "</div></body></html>\n")


def mail(frm, to, subj, date, body, cc=None, extra=(), scs="utf-8", smode="B", reply_to=None):
    if X_OUTLOOK in extra and isinstance(body, P) and body.ctype == "text/plain":
        body = MP("alternative", [body, P("text/html", html_of(body.content, body.cs), cs=body.cs, cte=body.cte)])
    ST.bstyle = 0 if X_OUTLOOK in extra else 2 if X_IPHONE in extra else 1 if X_ANDROID in extra else None
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("Subject", ew(subj, scs, smode)), ("Date", date), ("Message-ID", mid(_dom(frm)))]
    hs += list(extra)
    if isinstance(body, str):          # a message with no MIME headers
        body.encode("ascii")
        raw = nl(body)
        if not raw.endswith("\r\n"):
            raw += "\r\n"
        bb = raw.encode("ascii")
    else:
        hs.append(("MIME-Version", "1.0"))
        ph, bb = render(body)
        hs += ph
    head = "".join("%s: %s\r\n" % kv for kv in hs)
    return head.encode("ascii") + b"\r\n" + bb


# ---------------------------------------------------------- attachments --
def pdf(lines, flate=False, producer="TVCH-MFP Scan"):
    """A one-page PDF with a real text layer (plain or Flate content stream)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "14 TL", "56 750 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    filt = b""
    if flate:
        stream = zlib.compress(stream, 9)
        filt = b" /Filter /FlateDecode"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + filt + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Producer (" + producer.encode("latin-1") + b") /CreationDate (D:20261110090000-05'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for off in offs:
        out += ("%010d 00000 n \n" % off).encode()
    out += b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R /Info 6 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
    return out


def docx(paras):
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paras)
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def ics(lines):
    return "\r\n".join(lines) + "\r\n"


def hl7(segs):
    return ("\r".join(segs) + "\r").encode("ascii")


# ------------------------------------------------------------ check-digit --
def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def npi(base9):
    for c in "0123456789":
        if luhn_ok("80840" + base9 + c):
            return base9 + c


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def dea(prefix, six):
    d = [int(c) for c in six]
    return prefix + six + str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


# ------------------------------------------------------------- registry --
class Spec:
    def __init__(self, label, slug, reason, lang, trap, fn):
        self.label, self.slug, self.reason, self.lang, self.trap, self.fn = label, slug, reason, lang, trap, fn


MSGS = []


def M(label, slug, reason, lang="en", trap=False):
    def deco(fn):
        MSGS.append(Spec(label, slug, reason, lang, trap, fn))
        return fn
    return deco


# -------------------------------------------------- people and places --
ORG = "tvch.example.org"
X_OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
X_IPHONE = ("X-Mailer", "iPhone Mail (22B91)")
X_ANDROID = ("X-Mailer", "Android Mail")
X_TB = ("User-Agent", "Mozilla Thunderbird")
SIG_MAIN = "Tillman Valley Community Health | Main Street Health Center\n412 Main Street, Tillman | (410) 555-0100"

NPI_LINDQVIST = npi("123456789")
NPI_OYELARAN = npi("234567891")
NPI_RAMAN = npi("345678912")
NPI_VOSS = npi("456789123")
NPI_CARDENAS = npi("567891234")
NPI_WHITAKER = npi("678912345")
NPI_ABERNATHY = npi("789123456")
NPI_GROUP = npi("891234567")
DEA_RAMAN = dea("MR", "482913")
DEA_OYELARAN = dea("BO", "731528")
DEA_VOSS = dea("BV", "264817")
DEA_CLINIC = dea("AT", "559031")


# =====================================================================
#                              RESTRICTED
# =====================================================================

# ---- mental health -------------------------------------------------------
@M("restricted", "bhc-warm-handoff-sertraline",
   "mental health: BHC's shorthand hand-off note on a named patient's PHQ-9 19, sertraline start and safety plan")
def _():
    body = """Dr L -

Warm handoff from your 10:40, Darnell Okafor (MRN 1048823).
PHQ-9 19 today (was 11 in Aug), +anhedonia, poor sleep since layoff in Sept.
Item 9 = 1, passive only, no plan/intent/access. C-SSRS screener neg for
behavior. Safety plan done + copy given, 988 card given, wife aware.
Agrees to start sertraline - suggest 25 x1wk then 50, you ok to send?
I'll see him for BHC f/u 11/24 2pm and call him Fri for a check-in.
Behavioral activation worksheet started.

Jordan
--
Jordan Reyes, LCSW | Behavioral Health Consultant
Tillman Valley Community Health - Main Street
"""
    return mail(A("Jordan Reyes", "jreyes@" + ORG), A("Anita Lindqvist MD", "alindqvist@" + ORG),
                "warm handoff 10:40", D(9, 11, 22), T(body), extra=[X_OUTLOOK])


@M("restricted", "mateo-terapia-escuela",
   "mental health: a mother's phone message about her son Mateo's therapy for anxiety at the school clinic", lang="es")
def _():
    body = """Buenas tardes señorita Rachel, soy Guadalupe la mamá de Mateo Salgado de 8vo grado. Le escribo porque la terapeuta Srta. Bianca le dijo a Mateo que sus sesiones para la ansiedad ahora son los jueves a las 11 pero ese día tiene examen de matemáticas. Se puede cambiar al martes? El dice que le están ayudando mucho los ejercicios de respiración y ya no le dan los ataques de pánico en el camión como antes. Gracias por todo lo que hacen por mi hijo.

Guadalupe Salgado
Enviado desde mi teléfono"""
    return mail(A("Guadalupe Salgado", "lupita.salgado82@correo.example.com"),
                A("Alder Park SBHC", "sbhc.alderpark@" + ORG),
                "Mateo Salgado - cambio de cita", D(11, 15, 47),
                T(body, "utf-8", "quoted-printable"), extra=[X_ANDROID])


@M("restricted", "huddle-docx-treatment-plan",
   "mental health: only the attached DOCX holds the client, DOB and a PTSD cognitive processing therapy treatment plan")
def _():
    doc = docx([
        "Tillman Valley Community Health - Integrated Behavioral Health",
        "TREATMENT PLAN REVIEW (90-day)",
        "Client: Yesenia Orozco    DOB: 06/19/1990    MRN: 1127730",
        "Clinician: Jordan Reyes, LCSW    Review date: 11/10/2026",
        "Presenting problem: PTSD following 2024 assault (PCL-5 = 58 at intake, 41 today).",
        "Modality: Cognitive Processing Therapy, weekly 50 min; session 7 of 12 completed.",
        "Goal 1: reduce avoidance - has resumed taking the bus to work 3x/week.",
        "Goal 2: sleep - nightmares down from nightly to 2x/week; prazosin per PCP.",
        "Plan: continue CPT; re-administer PCL-5 at session 12; coordinate with PCP re prazosin.",
    ])
    body = """Hi team,

Attaching the one plan due for review at tomorrow's huddle so you can look
at it ahead of time. Please don't print it, we'll pull it up on screen.

Thanks,
Jordan
"""
    return mail(A("Jordan Reyes", "jreyes@" + ORG), A("IBH Team", "ibh-team@" + ORG),
                "for tomorrow's huddle", D(10, 16, 5),
                MIX(T(body), ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "TxPlan_review_1110.docx")),
                extra=[X_OUTLOOK])


@M("restricted", "subject-phqa-fluoxetine-sbhc",
   "mental health: only the Subject names a student, her DOB, a PHQ-A of 17 and a fluoxetine start with BH follow-up")
def _():
    body = "Done, she's on Ms. Reyes's list for next Tues.\n\nR.\n"
    return mail(A("Rachel Abernathy FNP", "rabernathy@" + ORG), A("Jordan Reyes", "jreyes@" + ORG),
                "RE: Soo-ah Kim DOB 04/02/2011 - PHQ-A 17, started fluoxetine 10, needs BH f/u",
                D(12, 13, 8), T(body), extra=[X_OUTLOOK, ("In-Reply-To", "<SBHC-1112-A@" + ORG + ">")])


@M("restricted", "bo-me-thuoc-tram-cam",
   "mental health: a daughter asks in Vietnamese about her father's antidepressant and counselling visits", lang="vi")
def _():
    body = """Chào cô Thảo,

Em là Linh, con gái của ông Phạm Văn Đức (ngày sinh 12/05/1954). Từ khi
bác sĩ Lindqvist cho bố em uống thuốc chống trầm cảm mirtazapine 15 mg,
bố ngủ được hơn và ăn nhiều hơn. Nhưng bố hỏi có phải uống thuốc này
suốt đời không. Buổi tư vấn tâm lý với anh Jordan tuần tới bố em cần
thông dịch viên tiếng Việt, cô sắp xếp giúp em được không ạ?

Cảm ơn cô nhiều.
Linh
"""
    return mail(A("Phạm Thùy Linh", "linh.pham.t@inbox.example.net"), A("Thao Nguyen", "tnguyen@" + ORG),
                "Hỏi về thuốc của bố em", D(14, 20, 31), T(body, "utf-8", "base64"))


@M("restricted", "portal-html-lamotrigine-visit",
   "mental health: HTML-only portal letter to the patient about her psychiatric medication management visit and lamotrigine for bipolar II")
def _():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Keisha,</p>
<p>Thank you for coming in on Monday. As we discussed, we will keep your
lamotrigine at 150 mg for now and recheck in 4 weeks. Your mood chart
looks much steadier than in September, and you have had no hypomanic
days since the dose change.</p>
<p><b>Your next appointment:</b> Tuesday, December 8, 2026 at 3:20 PM,
medication management with Grace Whitaker, PMHNP, Main Street Health
Center, 2nd floor (Behavioral Health).</p>
<p>If a rash appears, stop the medication and call us the same day at
(410) 555-0100, option 4.</p>
<p>Grace Whitaker, PMHNP<br>Psychiatry, Tillman Valley Community Health</p>
</body></html>"""
    return mail(A("MyTVCH Portal", "noreply-portal@" + ORG), A("Keisha Monroe", "keisha.monroe@mail.example.com"),
                "A message from Grace Whitaker, PMHNP", D(11, 8, 2), H(html, "utf-8", "quoted-printable"))


# ---- substance use -------------------------------------------------------
@M("restricted", "frontdesk-thursday-confirm",
   "borderline: substance use - the appointment confirmation itself is neutral; the sender's display name says it is the buprenorphine (MAT) programme")
def _():
    body = """Hi Travis,

Confirming your appointment this Thursday 11/12 at 9:40 AM with
Dr. Oyelaran, Main Street, 3rd floor. Please come 15 minutes early to
give a sample at check-in and bring the name of the pharmacy you want
us to use.

Reply to this e-mail or call (410) 555-0117 if you need to change it.

Front Desk
"""
    return mail(A("TVCH Bridge Program (Suboxone/MAT) Front Desk", "bridge-frontdesk@" + ORG),
                A("Travis", "tdubois1993@mail.example.com"), "Thursday 11/12 9:40", D(10, 14, 12), T(body))


@M("restricted", "treatment-court-weekly-table",
   "substance use: weekly treatment-court compliance table with participants' buprenorphine adherence and urine drug screens")
def _():
    body = """Lori,

Weekly update for Thursday's staffing, per the signed 42 CFR Part 2
consents on file for each participant.

Case #       Participant      MOUD                  Visits  UDS (date / result)        Notes
TC-2026-0412 Brandon Tully    bup/nal 16/4 mg SL    2/2     11/09 bup+, other neg       stable, started job
TC-2026-0377 Ashley Renfro    Sublocade 100 mg      1/1     11/06 bup+, fentanyl+       slip 11/4, self-reported
TC-2026-0455 Kevin Marsh      bup/nal 8/2 mg SL     0/2     none - no-show x2           outreach by CHW today
TC-2026-0390 Dana Whitcomb    naltrexone XR 380 mg  1/1     11/10 neg                   injection given 11/10

Please remember re-disclosure is prohibited without the participant's
written consent.

Colleen Hart, LADC
Bridge Program Counselor, Tillman Valley Community Health
(410) 555-0118
"""
    return mail(A("Colleen Hart", "chart@" + ORG), A("Lori Stafford", "lstafford@court.tillmancounty.test"),
                "Weekly compliance update - week of 11/9", D(11, 16, 40), T(body), extra=[X_OUTLOOK])


@M("restricted", "pa-request-pdf-extended-release",
   "substance use: only the Flate PDF prior-authorisation form holds the member, her ID and Sublocade for opioid use disorder (F11.20)")
def _():
    p = pdf([
        "TILLMAN COMMUNITY HEALTH PLAN - PHARMACY PRIOR AUTHORIZATION REQUEST",
        "Member name: Ashley Renfro        DOB: 02/27/1996",
        "Member ID: TCH884120357           Group: MEDICAID-TANF",
        "Drug requested: buprenorphine extended-release injection (Sublocade) 300 mg x2, then 100 mg monthly",
        "Diagnosis: F11.20 Opioid use disorder, moderate-severe",
        "History: SL buprenorphine/naloxone since 03/2025; diversion concerns / missed doses; patient prefers monthly injection",
        "Prescriber: Samuel Oyelaran, MD   NPI " + NPI_OYELARAN,
        "Administering site: TVCH Main Street (REMS-certified)",
        "Signature on file   Date: 11/11/2026",
    ], flate=True, producer="Cobalt EHR Forms")
    body = "Please see the attached prior authorization request. Clinical notes available on request.\n\nBridge Program, Tillman Valley Community Health\nFax (410) 555-0119\n"
    return mail(A("Bridge Program", "bridge@" + ORG), A("TCHP Pharmacy PA", "rx-pa@tchp.example.com"),
                "PA request", D(11, 10, 3),
                MIX(T(body), ATT("application/pdf", p, "PA_request_20261111.pdf")))


@M("restricted", "reply-early-refill-ohio",
   "substance use: short reply over the patient's quoted request for an early Suboxone refill before travel")
def _():
    body = """Hi Jessie - Dr. O approved it. Sent to Ocotillo Pharmacy, ready after
3 today. Next visit stays 11/23. Safe travels.

Colleen

On Mon, Nov 16, 2026 at 8:02 AM Jessie Alvarado <jessalvarado@mail.example.com> wrote:
> Hi Colleen, my sister in Ohio is having her baby early and I'm driving
> up Wednesday. My Suboxone runs out Friday. Can I get the refill early
> so I don't run out up there? I'll be back the 22nd. I've been doing good,
> going to my meetings. Thank you
> Jessie
"""
    return mail(A("Colleen Hart", "chart@" + ORG), A("Jessie Alvarado", "jessalvarado@mail.example.com"),
                "Re: refill before my trip", D(16, 10, 18), T(body),
                extra=[X_OUTLOOK, ("In-Reply-To", "<CAJessie1116@mail.example.com>")])


@M("restricted", "marido-injecao-alcool",
   "substance use: a wife writes in Portuguese about her husband's naltrexone injection for alcohol", lang="pt")
def _():
    body = """Boa tarde,

Meu marido Paulo Henrique Ramos tomou a injeção de naltrexona no dia 13
de outubro com o Dr. Oyelaran, para o problema com o álcool. Ele está há
quase dois meses sem beber, graças a Deus. A próxima injeção vence esta
semana, mas ele começou num emprego novo e só pode ir depois das 16h.
Vocês têm horário na sexta-feira à tarde? O telefone dele é
(410) 555-0163.

Obrigada,
Márcia Ramos
"""
    return mail(A("Márcia Ramos", "marcia.ramos@webmail.example.net", "iso-8859-1", "Q"),
                A("Bridge Program", "bridge@" + ORG), "Injeção do Paulo - horário", D(9, 17, 20),
                T(body, "iso-8859-1", "quoted-printable"), scs="iso-8859-1", smode="Q")


@M("restricted", "hrupa-propustyv-hrupu",
   "substance use: a client writes in Ukrainian that he missed his IOP group and asks about his buprenorphine visit", lang="uk")
def _():
    body = """Добрий день, пані Колін.

Це Олег Бондаренко. Вибачте, що я пропустив групу інтенсивної
амбулаторної програми у вівторок - у мене не завелася машина. Я не
вживав, тест можу здати будь-коли. Чи можна мені прийти на групу в
четвер замість вівторка? І чи залишається мій прийом у лікаря щодо
бупренорфіну 19 листопада о 10:00?

Дякую,
Олег
"""
    return mail(A("Олег Бондаренко", "oleg.bond@post.example.org", "windows-1251", "B"),
                A("Colleen Hart", "chart@" + ORG), "Пропустив групу у вівторок", D(11, 7, 45),
                T(body, "windows-1251", "base64"), scs="windows-1251")


@M("restricted", "specialty-shipment-injection-1117",
   "substance use: specialty pharmacy ships a named patient's Sublocade dose for her 11/17 injection (twin of the promo)")
def _():
    body = """Shipment notice - clinic-administered medication

Ship to:      TVCH Main Street, Attn: Bridge Program nurse
Patient:      Ashley Renfro   DOB 02/27/1996
Rx #:         BW-7730415
Medication:   SUBLOCADE 300 mg/1.5 mL prefilled syringe, qty 1
For:          injection scheduled 11/17/2026
Carrier:      Northstar Courier, tracking NSC-55810274
Storage:      refrigerate on arrival (2-8 C)

Please confirm receipt by reply. Per REMS, this product must not be
dispensed directly to the patient.

Bluewater Specialty Pharmacy | (410) 555-0150
"""
    return mail(A("Bluewater Specialty Pharmacy", "shipping@bluewaterrx.example.com"),
                A("Bridge Program Nursing", "bridge-rn@" + ORG), "Shipment notice BW-7730415", D(13, 15, 2, tz="-0600"), T(body))


# ---- HIV -----------------------------------------------------------------
@M("restricted", "interface-unfiled-result-hl7",
   "HIV: only the attached live HL7 ORU carries a named patient's HIV-1 viral load and CD4 that failed to file")
def _():
    msg = hl7([
        "MSH|^~\\&|CRESTLINE|CRL|COBALT|TVCH|20261112061544||ORU^R01|CRL2611120615447|P|2.5.1",
        "PID|1||1093355^^^TVCH^MR||WASHINGTON^TERRENCE^L||19870314|M|||88 Cedar Ave^^Tillman^MD^21000",
        "ORC|RE|ORD-5528810|CRL-99120044",
        "OBR|1|ORD-5528810|CRL-99120044|HIVVL^HIV-1 RNA quant^L|||20261110093000",
        "OBX|1|NM|20447-9^HIV 1 RNA [#/volume] (viral load)^LN||48200|copies/mL|<20|H|||F",
        "OBX|2|NM|24467-3^CD3+CD4+ cells [#/volume]^LN||312|cells/uL|>500|L|||F",
    ])
    body = """Hi Open Door team,

The interface kicked this result back overnight (provider not mapped,
ordering NP is the new one at Riverside). The raw message is attached.
Can someone file it manually in Cobalt and let me know which provider ID
to map so it doesn't happen again?

Ben Mosley
IT / Interfaces
"""
    return mail(A("Ben Mosley", "bmosley@" + ORG), A("Open Door Clinic Nurses", "opendoor-rn@" + ORG),
                "Unfiled lab result from Crestline - needs manual filing", D(12, 7, 31),
                MIX(T(body), ATT("application/hl7-v2", msg, "CRL2611120615447.hl7")), extra=[X_OUTLOOK])


@M("restricted", "adap-recert-form",
   "HIV: Ryan White case manager's ADAP recertification with a named client's viral load, CD4 and antiretroviral regimen")
def _():
    body = """ADAP RECERTIFICATION - 6 MONTH

Client name ........ Rosalind Acheampong
DOB ................ 09/30/1979
ADAP ID ............ ADP-0061127
Income ............. 138% FPL (pay stubs attached to portal upload)
Residency .......... lease on file, no change
Insurance .......... none (marketplace denied, see letter)
Current regimen .... bictegravir/emtricitabine/tenofovir AF 1 tab daily
Last VL ............ <20 copies/mL (10/22/2026)
Last CD4 ........... 640 cells/uL (10/22/2026)
Pharmacy ........... Ocotillo Pharmacy #2

Submitted through the portal today; please confirm you have it.

DeShawn Miller
Medical Case Manager, Ryan White Part C
Open Door Clinic, Tillman Valley Community Health
"""
    return mail(A("DeShawn Miller", "dmiller@" + ORG), A("State ADAP Eligibility", "eligibility@adap.health.state.test"),
                "Recert submitted - ADP-0061127", D(13, 11, 14), T(body), extra=[X_OUTLOOK])


@M("restricted", "text-ran-out-prep",
   "HIV: a patient's phone message that he ran out of his PrEP pills and needs a refill")
def _():
    body = """hey its Andre Lucas, i see priya at riverside for my prep. i ran out sunday and ocotillo says they need a new script?? can someone send it today, i dont want to miss more than a couple days. also do i still need the blood work before the next refill or was that done in oct

thx
Andre
sent from my phone"""
    return mail(A("Andre Lucas", "dre.lucas22@mail.example.com"), A("Open Door Clinic", "opendoor@" + ORG),
                "prep refill", D(16, 9, 4), T(body, "us-ascii", "7bit"), extra=[X_IPHONE])


@M("restricted", "resultats-charge-virale",
   "HIV: a patient writes in French about his viral load result and his antiretroviral refill", lang="fr")
def _():
    body = """Bonjour Madame Raman,

J'ai vu sur le portail que ma charge virale du 3 novembre est
« indétectable ». Est-ce que cela veut dire que je peux espacer les
prises de sang à tous les six mois ? Aussi, mon renouvellement de
Biktarvy est prévu pour le 20 novembre mais je pars au Cameroun le 18
pour trois semaines. Pourriez-vous envoyer l'ordonnance plus tôt à la
pharmacie ?

Merci beaucoup,
Emmanuel Nkemelu
né le 07/08/1983
"""
    return mail(A("Emmanuel Nkemelu", "e.nkemelu@webmail.example.net"), A("Priya Raman NP", "praman@" + ORG),
                "Résultats et ordonnance avant mon voyage", D(10, 21, 12), T(body, "utf-8", "quoted-printable"))


@M("restricted", "randevou-prep-laboratwa",
   "HIV: a Creole-speaking nurse tells a patient in Haitian Creole about his PrEP lab visit and refill", lang="ht")
def _():
    body = """Bonjou Jean-Robert,

Se Nadège, enfimyè nan Klinik Open Door. Ou gen randevou pou PrEP ou
lendi 23 novanm a 8:30 nan Riverside. N ap fè tès VIH, tès ren ak tès
pou maladi seksyèl yo jan nou fè chak 3 mwa. Pa manje anyen si ou
vle, pa gen pwoblèm. Renouvèlman grenn ou yo ap voye bay famasi a apre
rezilta yo soti.

Si ou pa ka vini, rele nou nan (410) 555-0131.

Nadège Pierre-Louis, RN
"""
    return mail(A("Nadège Pierre-Louis RN", "npierrelouis@" + ORG), A("Jean-Robert Dorval", "jrdorval@mail.example.com"),
                "Randevou PrEP ou - 23 novanm", D(17, 10, 50), T(body, "utf-8", "quoted-printable"))


@M("restricted", "transfer-bundle-json",
   "HIV: only the attached FHIR bundle holds the transferring patient, her HIV diagnosis and antiretroviral medication")
def _():
    bundle = {
        "resourceType": "Bundle", "id": "xfer-20261118-01", "type": "collection",
        "timestamp": "2026-11-18T09:12:00-05:00",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "p1",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "1130482"}],
                          "name": [{"family": "Mbeki-Shaw", "given": ["Thandiwe"]}],
                          "gender": "female", "birthDate": "1992-01-16"}},
            {"resource": {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
                          "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.90", "code": "B20",
                                               "display": "Human immunodeficiency virus [HIV] disease"}]},
                          "onsetDateTime": "2019-05-02"}},
            {"resource": {"resourceType": "MedicationStatement", "id": "m1", "status": "active",
                          "subject": {"reference": "Patient/p1"},
                          "medicationCodeableConcept": {"text": "dolutegravir 50 mg + emtricitabine/tenofovir AF 200/25 mg daily"}}},
            {"resource": {"resourceType": "Observation", "id": "o1", "status": "final",
                          "subject": {"reference": "Patient/p1"},
                          "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.1", "code": "20447-9"}]},
                          "effectiveDateTime": "2026-09-28", "valueQuantity": {"value": 20, "comparator": "<", "unit": "copies/mL"}}},
        ],
    }
    body = """Hello,

Per the transfer request from your intake office, the summary bundle is
attached. Records release is on file. Let us know if your system cannot
import it and we will send the CCD instead.

Health Information Management
Tillman Valley Community Health
"""
    data = json.dumps(bundle, indent=1, ensure_ascii=True).encode("ascii")
    return mail(A("TVCH HIM", "him@" + ORG), A("Intake - Lakeshore ID Associates", "intake@lakeshoreid.example.org"),
                "Records transfer - your request of 11/16", D(18, 9, 20),
                MIX(T(body), ATT("application/fhir+json", data, "transfer_bundle.json")))


# ---- genetic -------------------------------------------------------------
@M("restricted", "carrier-screen-letter-cf",
   "genetic: letter to the patient that her prenatal carrier screening shows she carries a cystic fibrosis variant")
def _():
    body = """Dear Ms. Delgado,

Your carrier screening from your prenatal visit on October 29 is back.
The test found that you are a carrier of one change (variant) in the
CFTR gene, which is linked to cystic fibrosis. Being a carrier does not
affect your own health. Your baby could only have cystic fibrosis if
the baby's father is also a carrier.

We recommend that your partner, Luis, have the same blood test. We have
also made you an appointment with the genetic counselor, Hannah Brill,
on Thursday, November 19 at 1:00 PM, by video. She will explain the
results and answer your questions.

Marisol Cárdenas, CNM
Prenatal Care, Northgate Health Center
"""
    return mail(A("Marisol Cardenas CNM", "mcardenas@" + ORG), A("Alicia Delgado", "alicia.delgado@mail.example.com"),
                "Your carrier screening results", D(12, 15, 30), T(body, "utf-8", "quoted-printable"))


@M("restricted", "brca-geomsa-gyeolgwa",
   "genetic: a patient asks in Korean about her BRCA test result and what it means for her daughter", lang="ko")
def _():
    body = """린드크비스트 선생님께,

지난달 엄마가 유방암이셨기 때문에 BRCA 유전자 검사를 받았습니다.
포털에 "BRCA2 병원성 변이 양성"이라고 나와 있는데 무슨 뜻인지 잘
모르겠습니다. 제 딸(19살)도 검사를 받아야 하나요? 유전 상담 예약을
잡아 주실 수 있으면 감사하겠습니다.

이미정 드림
생년월일 1971년 3월 8일
"""
    return mail(A("이미정", "mijung.lee@inbox.example.net", "euc-kr", "B"), A("Anita Lindqvist MD", "alindqvist@" + ORG),
                "BRCA 검사 결과 문의", D(15, 19, 5), T(body, "euc-kr", "base64"), scs="euc-kr")


@M("restricted", "calendar-video-counseling-nipt",
   "borderline: genetic - only the ICS names the patient and a genetic counselling visit after a high-risk NIPT (prenatal screen counted as genetic)")
def _():
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//TVCH//Cobalt Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:gc-20261119-1300-ow@" + ORG,
        "DTSTAMP:20261113T150000Z",
        "DTSTART:20261119T180000Z", "DTEND:20261119T190000Z",
        "SUMMARY:Genetic counseling (video) - Oluwaseun Adebayo - NIPT high risk T21 f/u",
        "DESCRIPTION:G2P1 at 13w2d. Cell-free DNA screen high risk for trisomy 21. Discuss diagnostic CVS/amnio options. Interpreter: none needed.",
        "LOCATION:Video visit",
        "ORGANIZER;CN=Hannah Brill:mailto:hbrill@" + ORG,
        "ATTENDEE;CN=Marisol Cardenas;RSVP=TRUE:mailto:mcardenas@" + ORG,
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return mail(A("Hannah Brill", "hbrill@" + ORG), A("Marisol Cardenas", "mcardenas@" + ORG),
                "Invitation: Thu Nov 19 1pm - 2pm", D(13, 10, 0),
                MIX(T("Adding you as optional. Invite attached.\n"),
                    P("text/calendar", cal, cs="utf-8", cte="7bit", filename="invite.ics", params=[("method", "REQUEST")])))


# ---- reproductive --------------------------------------------------------
@M("restricted", "cita-implante-confirmacion",
   "reproductive: confirmation in Spanish of a patient's contraceptive implant insertion", lang="es")
def _():
    body = """Estimada Sra. Yadira Fuentes:

Le confirmamos su cita para la colocación del implante anticonceptivo
(Nexplanon) el martes 17 de noviembre a las 2:15 p. m. en la clínica de
Planificación Familiar de Northgate.

- Coma algo antes de venir.
- Si tuvo relaciones sin protección en las últimas dos semanas, díganos
  al llegar; haremos una prueba de embarazo.
- El costo se ajusta a su nivel de la escala de tarifas (nivel B).

Para cambiar la cita llame al (410) 555-0124.

Planificación Familiar - Tillman Valley Community Health
"""
    return mail(A("Planificación Familiar Northgate", "fp.northgate@" + ORG, "iso-8859-1", "Q"),
                A("Yadira Fuentes", "yadifuentes@correo.example.com"), "Confirmación de su cita - 17 de noviembre",
                D(13, 12, 0), T(body, "iso-8859-1", "quoted-printable"), scs="iso-8859-1", smode="Q")


@M("restricted", "sbhc-ct-positive-ept",
   "reproductive: school-clinic shorthand on a named student's positive chlamydia result, treatment and partner therapy")
def _():
    body = """Omar - fyi for the 340B count and so pharmacy isn't surprised:

Jaylen Foster, DOB 08/14/2009, seen at Alder Park SBHC 11/13.
CT NAAT (urine, 11/9) POSITIVE, GC neg. Tx doxy 100 bid x7d dispensed
from SBHC stock, first dose DOT. EPT for 1 partner dispensed (doxy).
Counseled, condoms given, retest 3 mo. Minor consent per state law -
pls DON'T send anything to home address.

Rachel Abernathy, FNP
"""
    return mail(A("Rachel Abernathy FNP", "rabernathy@" + ORG), A("Omar Haddad PharmD", "ohaddad@" + ORG),
                "SBHC dispense 11/13", D(13, 14, 2), T(body), extra=[X_OUTLOOK])


@M("restricted", "transport-voucher-procedure-referral",
   "reproductive: a case manager arranges transport and funding for a named patient's pregnancy termination referral")
def _():
    body = """Hi Renee,

Thank you for taking this one. Patient is Brianna Keller (DOB 11/02/2003),
confirmed IUP 9w1d by ultrasound here 11/16. She has decided on a
procedural termination and has an appointment at your Lakeview office
Tuesday 11/24 at 8:00 AM. She has no car and her Medicaid won't cover it,
so she applied to your assistance fund yesterday.

Can your patient navigator confirm the fund and the ride? She asked that
we only call her cell, (410) 555-0172, never the home number.

Thanks,
Dolores Vance, RN
Care Coordination, Tillman Valley Community Health
"""
    return mail(A("Dolores Vance RN", "dvance@" + ORG), A("Renee Castellano", "rcastellano@eastgatewomens.example.org"),
                "referral for 11/24", D(17, 11, 36), T(body), extra=[X_OUTLOOK])


@M("restricted", "scan-filename-device-consent",
   "borderline: reproductive - the patient's name and an IUD consent are only in the attachment's file name; the PDF is a blank scan cover")
def _():
    p = pdf(["Scanned by TVCH-NG-MFP01", "Pages: 2", "Resolution: 300 dpi"], flate=False)
    return mail(A("Scan to Email", "scanner-ng@" + ORG), A("Northgate Records", "records-ng@" + ORG),
                "Scanned document", D(10, 13, 41),
                MIX(T("Scanned document attached.\n"), ATT("application/pdf", p, "Lopez_Daniela_IUD_consent_11-10-2026.pdf")))


@M("restricted", "biyunyao-bulai",
   "reproductive: a patient asks in Chinese (GB2312) for a refill of her birth-control pills and about emergency contraception", lang="zh")
def _():
    body = """王医生您好：

我是陈晓梅，生日1998年4月12日。我在计划生育门诊开的避孕药下个星期就吃完了，
能不能帮我续药寄到药房？另外，上周末避孕套破了，我现在吃紧急避孕药还来得及吗？
会不会影响我现在吃的避孕药？

谢谢！
陈晓梅
"""
    return mail(A("陈晓梅", "xiaomei.chen@mail.example.com", "gb2312", "B"), A("Family Planning Northgate", "fp.northgate@" + ORG),
                "续开避孕药", D(15, 22, 40), T(body, "gb2312", "base64"), scs="gb2312")


@M("restricted", "irbad-qaliin-ballan",
   "reproductive: a patient asks in Somali for an appointment for her contraceptive injection", lang="so")
def _():
    body = """Asalaamu calaykum,

Magacaygu waa Hodan Cabdi Warsame, dhalashadu 03/05/1994. Waxaan u
baahanahay ballan irbadda ka hortagga uurka (Depo) oo saddexdii biloodba
mar la qaato. Tii ugu dambeysay waxay ahayd 20 Agoosto. Ma heli karaa
ballan toddobaadkan, gaar ahaan Khamiista? Waxaan rabaa turjubaan
Soomaali ah. Fadlan ha ii soo dirin warqad guriga.

Mahadsanid,
Hodan
"""
    return mail(A("Hodan Warsame", "hodanw@inbox.example.net"), A("Ahmed Farah CHW", "afarah@" + ORG),
                "Ballan irbadda", D(16, 18, 12), T(body))


# =====================================================================
#                                 PHI
# =====================================================================

@M("phi", "subject-a1c-eye-exam-referral",
   "only the Subject names the patient, her DOB, an A1c of 9.8 and a diabetic eye exam referral")
def _():
    return mail(A("Tiana Brooks MA", "tbrooks@" + ORG), A("Yolanda Pierce", "ypierce@" + ORG),
                "Baptiste, Rose DOB 03/14/1958 - A1c 9.8 today, needs diabetic eye exam referral",
                D(9, 10, 12), T("Can you send this one out? Dr L signed the order.\n\nTiana\n"), extra=[X_OUTLOOK])


@M("phi", "subject-mrn-prep-instructions",
   "only the forwarded Subject carries the MRN and the missed colonoscopy prep; the body is a one-line ask")
def _():
    return mail(A("Kenji Ito RN", "kito@" + ORG), A("Luz Herrera CHW", "lherrera@" + ORG),
                "FW: Walter Greer MRN 1066214 - didn't get colonoscopy prep instructions, procedure 11/19",
                D(12, 9, 5), T("Luz, can you swing by on your Thursday route and walk him through it?\n"), extra=[X_OUTLOOK])


@M("phi", "asunto-ecografia-semanas",
   "only the Spanish Subject names the patient and her 20-week prenatal ultrasound; the body says 'listo'", lang="es")
def _():
    return mail(A("Recepción Northgate", "frontdesk-ng@" + ORG), A("Marisol Cardenas", "mcardenas@" + ORG),
                "Ecografía de 20 semanas - Yesenia Cruz - movida al jueves 19/11 10:30",
                D(12, 16, 44), T("Listo.\n"), scs="iso-8859-1", smode="Q")


@M("phi", "display-name-parking-notice",
   "borderline: a parking notice; a diabetic foot ulcer and wound follow-up appear only in the recipient's display name")
def _():
    body = """Hello,

Starting Monday, November 16, the front lot at Main Street will be closed
for repaving for two weeks. Please use the Elm Street entrance and the
church lot across the street; a shuttle runs every 15 minutes.

Thank you for your patience,
Main Street Registration
"""
    return mail(A("Main Street Registration", "registration@" + ORG),
                A("Gloria Pham - R foot ulcer, wound f/u q wk", "gpham1949@mail.example.com"),
                "Parking change at Main Street starting 11/16", D(12, 17, 0), T(body))


@M("phi", "scan-filename-path-report",
   "borderline: the patient, DOB and a colonoscopy pathology report appear only in the attachment's file name")
def _():
    p = pdf(["Scanned by TVCH-MAIN-MFP02", "Pages: 3", "Color: grayscale"], flate=True)
    return mail(A("Scan to Email", "scanner-main@" + ORG), A("Anita Lindqvist MD", "alindqvist@" + ORG),
                "Scanned document", D(17, 8, 51),
                MIX(T("Scanned document attached.\n"), ATT("application/pdf", p, "Tran_Minh_DOB1961-07-22_colonoscopy_pathology.pdf")))


@M("phi", "letter-pdf-imaging-recall",
   "only the attached PDF letter holds the patient, DOB and the call-back for an abnormal mammogram")
def _():
    p = pdf([
        "Tillman Valley Community Health - Main Street Health Center",
        "November 12, 2026",
        "Harriet Coleman",
        "31 Birch Lane, Tillman",
        "Date of birth: 05/02/1966",
        "Dear Ms. Coleman,",
        "Your screening mammogram on November 3 showed an area in the left breast that needs a closer look.",
        "Most call-backs turn out to be normal. We have scheduled a diagnostic mammogram and ultrasound",
        "for Friday, November 20 at 9:00 AM at Tillman Imaging. Please call us at (410) 555-0100 with questions.",
        "Sincerely, Anita Lindqvist, MD",
    ])
    return mail(A("Anita Lindqvist MD", "alindqvist@" + ORG), A("Harriet Coleman", "hcoleman66@mail.example.com"),
                "Letter from Dr. Lindqvist", D(12, 12, 5),
                MIX(T("Dear Ms. Coleman,\n\nPlease see the attached letter. Call us if you have any questions.\n\nDr. Lindqvist\n"),
                    ATT("application/pdf", p, "Letter_2026-11-12.pdf")))


@M("phi", "dental-estimate-pdf",
   "only the Flate PDF holds the patient, account number, treatment plan and sliding-fee estimate")
def _():
    p = pdf([
        "NORTHGATE DENTAL - TREATMENT PLAN AND ESTIMATE",
        "Patient: Marcus Oduya   DOB 10/11/1988   Account 200417733",
        "Sliding fee: Level C (50%)",
        "D2740  Crown, porcelain/ceramic  #19          $1,100.00   your share $550.00",
        "D3330  Root canal, molar  #19                  $  980.00   your share $490.00",
        "D1110  Prophylaxis, adult                      $   96.00   your share $ 48.00",
        "Estimated total, your share: $1,088.00 (payment plan available)",
        "Provider: Helena Voss, DDS",
    ], flate=True, producer="DentaSoft Print")
    body = "Hi Marcus,\n\nAs promised, here is the estimate we went over today. Let me know if you want to set up the payment plan.\n\nShawna, Northgate Dental front desk\n"
    return mail(A("Northgate Dental", "dental-ng@" + ORG), A("Marcus Oduya", "m.oduya@mail.example.com"),
                "Your estimate", D(10, 15, 28), MIX(T(body), ATT("application/pdf", p, "estimate.pdf")))


@M("phi", "chw-outreach-list-csv",
   "only the attached CSV lists named patients with MRNs, overdue A1c values and blood pressures for CHW outreach")
def _():
    csv = """mrn,last_name,first_name,dob,phone,last_a1c,last_a1c_date,last_bp,language,assigned_chw
1071120,Greer,Walter,1952-02-09,(410) 555-0141,10.4,2026-05-11,152/94,English,Herrera
1088345,Baptiste,Rose,1958-03-14,(410) 555-0142,9.8,2026-11-09,138/82,Haitian Creole,Herrera
1102276,Abdullahi,Faduma,1967-12-01,(410) 555-0143,11.2,2026-04-30,160/98,Somali,Farah
1119003,Ruiz,Ernesto,1971-06-23,(410) 555-0144,9.1,2026-06-02,144/90,Spanish,Herrera
1120558,Yusuf,Abdirahman,1960-08-17,(410) 555-0145,12.0,2026-03-19,171/101,Somali,Farah
"""
    body = "Hi both,\n\nHere is this week's list from the registry. Please log calls in the outreach tab.\n\nNadia\n"
    return mail(A("Nadia Petrosyan", "npetrosyan@" + ORG), A("Luz Herrera", "lherrera@" + ORG),
                "outreach list wk 46", D(9, 8, 15),
                MIX(T(body), ATT("text/csv", csv, "outreach_wk46.csv", cte="quoted-printable", cs="utf-8")),
                cc=A("Ahmed Farah", "afarah@" + ORG))


@M("phi", "secure-tag-new-workflow-test",
   "borderline: a [secure]-tagged test with no patient content (marked-secure-test-no-content)")
def _():
    return mail(A("Ben Mosley", "bmosley@" + ORG), A("Denise Polk", "dpolk@" + ORG),
                "[secure] test from new billing workflow", D(9, 13, 30),
                T("Test. If this arrives through the encryption portal, the rule works. Please reply 'got it'.\n"),
                extra=[X_OUTLOOK])


@M("phi", "sensitivity-header-forms-friday",
   "borderline: sender marked the message with X-Sensitivity: Confidential; the body holds no patient content")
def _():
    return mail(A("Yolanda Pierce", "ypierce@" + ORG), A("Kenji Ito RN", "kito@" + ORG),
                "forms for Friday", D(13, 8, 40), T("Here you go, the ones we talked about.\n\nY\n"),
                extra=[X_OUTLOOK, ("X-Sensitivity", "Confidential"), ("Sensitivity", "Company-Confidential")])


@M("phi", "reply-over-bp-question",
   "short nurse reply over the patient's quoted question about her lisinopril and amlodipine and home readings")
def _():
    body = """Yes, take both in the morning like before. 148/92 is a little high -
keep checking and send us your numbers Friday.

Kenji Ito, RN

-----Original Message-----
From: Beverly Sims <bev.sims@mail.example.com>
Sent: Tuesday, November 10, 2026 7:15 AM
To: Nurse Line <nurseline@tvch.example.org>
Subject: my blood pressure pills

Good morning. Dr. Lindqvist added the amlodipine last week. Do I take it
with the lisinopril or at night? My readings this week were 148/92,
151/90 and 144/88. No dizziness.
Beverly Sims
"""
    return mail(A("Kenji Ito RN", "kito@" + ORG), A("Beverly Sims", "bev.sims@mail.example.com"),
                "RE: my blood pressure pills", D(10, 9, 2), T(body), extra=[X_OUTLOOK])


@M("phi", "html-reminder-root-canal",
   "HTML-only appointment reminder to the patient for a root canal at Northgate Dental")
def _():
    html = """<!DOCTYPE html>
<html><body>
<table width="600" cellpadding="8" style="font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#0b5d7a;color:#fff"><b>Northgate Dental</b></td></tr>
<tr><td>
<p>Hello Terrence,</p>
<p>This is a reminder of your appointment:</p>
<p><b>Monday, November 16, 2026, 8:00 AM</b><br>
Root canal, tooth #30 - Dr. Helena Voss<br>
Northgate Health Center, 77 Northgate Road</p>
<p>Please take your antibiotic one hour before the visit as prescribed.
Reply C to confirm or call (410) 555-0125.</p>
</td></tr></table>
</body></html>"""
    return mail(A("Northgate Dental", "reminders@" + ORG), A("Terrence Hale", "thale@inbox.example.net"),
                "Appointment reminder", D(13, 9, 0), H(html, "utf-8", "7bit"))


@M("phi", "alt-html-only-lipid-results",
   "the plain part says only 'view in portal'; the HTML half of the alternative gives the patient his cholesterol results")
def _():
    text = """You have a new message from your care team.

Log in to MyTVCH to read it: https://portal.tvch.example.org/
"""
    html = """<html><body>
<p>Hi Raymond,</p>
<p>Your cholesterol results from November 9 are in:</p>
<table border="1" cellpadding="4">
<tr><th>Test</th><th>Result</th><th>Goal</th></tr>
<tr><td>LDL</td><td>162 mg/dL</td><td>under 100</td></tr>
<tr><td>HDL</td><td>38 mg/dL</td><td>over 40</td></tr>
<tr><td>Triglycerides</td><td>240 mg/dL</td><td>under 150</td></tr>
</table>
<p>Dr. Lindqvist recommends starting atorvastatin 20 mg. It has been sent to
your pharmacy. We will recheck in 3 months.</p>
</body></html>"""
    return mail(A("MyTVCH Portal", "noreply-portal@" + ORG), A("Raymond Kowalczyk", "rkowalczyk@mail.example.com"),
                "New message from your care team", D(11, 12, 15), ALT(text, html, "utf-8", "7bit"))


@M("phi", "statement-base64-sliding-fee",
   "base64 body: billing office statement to a patient with account number, visit dates, services and balance")
def _():
    body = """Dear Mr. Reginald Ames,

Account: 200388102

Date of service  Service                          Charge   Sliding fee adj.  You owe
10/06/2026       Office visit, established        $165.00  -$140.00          $25.00
10/06/2026       Hemoglobin A1c                    $38.00   -$38.00           $0.00
10/27/2026       Office visit + foot exam         $165.00  -$140.00          $25.00

Balance due: $50.00. Payment plans are available; nobody is turned away
for inability to pay. Call (410) 555-0109.

Patient Financial Services
Tillman Valley Community Health
"""
    return mail(A("TVCH Patient Financial Services", "billing@" + ORG), A("Reginald Ames", "reg.ames@mail.example.com"),
                "Your statement from Tillman Valley Community Health", D(16, 6, 0), T(body, "utf-8", "base64"), extra=[X_OUTLOOK])


@M("phi", "moms-sugar-this-morning",
   "a daughter's phone message about 'Mom's' morning sugar of 312, missed insulin and her visit")
def _():
    body = """Hi Luz it's Tanya, Loretta Gaines's daughter. Mom's sugar was 312 this morning and 287 last night. She admitted she skipped her Lantus two nights because she ran out of pen needles. I picked some up today. Does she need to come in before her appt on the 20th or just keep going? She's not dizzy or anything, just tired.

Thank you
Tanya

Sent from my iPhone"""
    return mail(A("Tanya Gaines", "tanyag1975@mail.example.com"), A("Luz Herrera", "lherrera@" + ORG),
                "Mom", D(14, 9, 48), T(body, "us-ascii", "7bit"), extra=[X_IPHONE])


@M("phi", "abuela-rosa-rodilla",
   "a grandson writes in Spanish about 'Abuela Rosa's' knee injection, blood-pressure pills and fall", lang="es")
def _():
    body = """Hola Luz,

Soy Kevin, el nieto de Rosa Maldonado (la abuela Rosa, de la calle Olmo).
La inyección en la rodilla que le pusieron el 2 de noviembre le ayudó
una semana, pero ya le duele otra vez y anoche se cayó en el baño. No se
pegó en la cabeza, solo tiene un moretón en el brazo. También dice que
las pastillas nuevas de la presión la marean cuando se levanta.

¿La puede ver la doctora esta semana? Yo la puedo llevar el miércoles o
el viernes después de las 2.

Gracias,
Kevin Maldonado
"""
    return mail(A("Kevin Maldonado", "kevin.mald@correo.example.com"), A("Luz Herrera", "lherrera@" + ORG),
                "Abuela Rosa", D(15, 11, 3), T(body, "utf-8", "8bit"), extra=[X_ANDROID])


@M("phi", "triage-note-chest-pain",
   "nurse triage shorthand on a named patient with atypical chest pain, ECG and troponin results")
def _():
    body = """Dr L,

Sidney Rourke (MRN 1059917), 58M, called nurse line 8:10.
CP x2d, L-sided, sharp, worse w/ deep breath & palpation, no exertional
component, no SOB/diaphoresis. Seen at Tillman Urgent Care last night:
ECG NSR, trop neg x1 per pt (records requested). Hx HTN, HLD, smoker
1/2 ppd. Taking ibuprofen 400 prn.
Told to go to ED if worse/exertional. Added to your 3:20 today - ok?

Kenji Ito, RN
"""
    return mail(A("Kenji Ito RN", "kito@" + ORG), A("Anita Lindqvist MD", "alindqvist@" + ORG),
                "triage - add on 3:20?", D(17, 8, 34), T(body), extra=[X_OUTLOOK])


@M("phi", "centering-gdm-glucose",
   "group prenatal facilitator tells the midwife about a named patient's failed glucose test and gestational diabetes follow-up")
def _():
    body = """Marisol,

From last night's Centering group (cohort Nov-B): Keyonna Price, 28w,
1-hr GTT 162 on 11/4 and 3-hr on 11/10 failed 2 of 4 values (fasting 98,
1h 192, 2h 171, 3h 130). She wants the nutrition referral and asked if
she'll need insulin. She's already checking sugars 4x/day since the 1-hr.
Can you see her Thursday instead of the next group?

Deb Lyle, RN
CenteringPregnancy facilitator
"""
    return mail(A("Deb Lyle RN", "dlyle@" + ORG), A("Marisol Cardenas", "mcardenas@" + ORG),
                "Keyonna - GTT", D(11, 8, 20), T(body))


@M("phi", "amharic-ultrasound-question",
   "a patient writes in Amharic about her pregnancy, swelling and her ultrasound appointment", lang="am")
def _():
    body = """ሰላም ነርስ ደብ፣

እኔ ሕይወት ተስፋዬ ነኝ፣ የ24 ሳምንት እርጉዝ ነኝ። ከትናንት ጀምሮ እግሬ በጣም አብጧል
እና ራሴን ያመኛል። የአልትራሳውንድ ቀጠሮዬ ህዳር 19 ነው፣ ቀደም ብዬ መምጣት
አለብኝ? የአማርኛ አስተርጓሚ ያስፈልገኛል።

አመሰግናለሁ፣
ሕይወት
"""
    return mail(A("ሕይወት ተስፋዬ", "hiwot.t@mail.example.com"), A("Deb Lyle RN", "dlyle@" + ORG),
                "ስለ ቀጠሮዬ", D(14, 21, 15), T(body, "utf-8", "base64"))


@M("phi", "school-nurse-inhaler-spacer",
   "school nurse and SBHC about a named student's asthma, albuterol use and a new controller inhaler")
def _():
    body = """Hi Rachel,

Josiah Bennett (7th grade, DOB 01/22/2013) has been in my office for his
albuterol 4 times this week, twice after PE. His inhaler is almost empty
and he doesn't have a spacer here. Mom says she can't get to the pharmacy
until payday.

Could you see him at the SBHC this week? I have a signed consent on file
and an updated asthma action plan form for you to complete.

Pam Okonkwo, RN
School Nurse, Alder Park Middle School
Tillman Unified School District
"""
    return mail(A("Pam Okonkwo", "pokonkwo@tusd.example.org"), A("Rachel Abernathy FNP", "rabernathy@" + ORG),
                "Josiah B - inhaler", D(10, 12, 40), T(body))


@M("phi", "bakuna-papeles-paaralan",
   "a parent writes in Tagalog about his son's missing vaccines and TB test for school enrolment", lang="tl")
def _():
    body = """Magandang umaga po,

Ako po si Roberto Dizon, tatay ni Miguel Dizon (ipinanganak 05/09/2015).
Sabi po ng school nurse kulang pa raw ang Tdap at meningococcal na bakuna
ni Miguel at kailangan din ng TB test bago siya makapasok sa bagong
school sa Disyembre. Pwede po ba kaming magpa-appointment sa Sabado? At
pwede po bang i-email na lang ang immunization record niya pagkatapos?

Salamat po,
Roberto Dizon
(410) 555-0156
"""
    return mail(A("Roberto Dizon", "rdizon@inbox.example.net"), A("Alder Park SBHC", "sbhc.alderpark@" + ORG),
                "Bakuna ni Miguel para sa school", D(15, 8, 30), T(body))


@M("phi", "referral-third-molars",
   "dental referral to an oral surgeon with the patient's name, DOB, impacted teeth and medical history")
def _():
    body = """Dr. Ferrante,

Referring Jada Whitmore, DOB 06/03/2004, for evaluation and extraction of
#1, #16, #17 and #32. #17 and #32 are mesioangular impactions with
recurrent pericoronitis (3 episodes since July, last treated with
amoxicillin 10/28). Medical history: asthma, uses albuterol; no known
drug allergies. Medicaid (TCHP) member TCH770243118. Pano attached to the
referral in the portal.

Thank you,
Helena Voss, DDS
Dental Director, Northgate Dental
"""
    return mail(A("Helena Voss DDS", "hvoss@" + ORG), A("Dr. Paul Ferrante", "pferrante@tillmanoms.example.com"),
                "Referral - third molars", D(11, 14, 16), T(body), extra=[X_OUTLOOK])


@M("phi", "ibnati-hashwat-asnan",
   "a father writes in Arabic about his daughter's tooth pain and filling appointment", lang="ar")
def _():
    body = """السلام عليكم،

أنا خالد الحسيني، والد الطفلة مريم الحسيني (تاريخ الميلاد 2017/02/14).
عندها موعد لحشوة في الضرس يوم الأربعاء، لكن الألم زاد كثيراً وخدها
منتفخ قليلاً منذ الصباح. هل يمكن أن تراها الطبيبة اليوم؟ نحتاج مترجماً
للغة العربية.

شكراً،
خالد
"""
    return mail(A("خالد الحسيني", "k.alhusseini@mail.example.com", "windows-1256", "B"), A("Northgate Dental", "dental-ng@" + ORG),
                "موعد ابنتي مريم", D(16, 7, 55), T(body, "windows-1256", "quoted-printable"), scs="windows-1256")


@M("phi", "interpreter-request-echo-review",
   "interpreter request form naming the patient, DOB, language and the echocardiogram results visit")
def _():
    body = """INTERPRETER REQUEST

Patient:        Li Wei            DOB 09/18/1949      MRN 1044170
Language:       Mandarin
Date/time:      Thu 11/12/2026, 2:00 PM (40 min)
Site:           Main Street, room 214
Provider:       Dr. Anita Lindqvist
Visit type:     review of echocardiogram (EF 40%) and new heart failure meds
Modality:       in person preferred; video OK
Notes:          daughter usually attends but patient prefers a professional interpreter

Submitted by Tiana Brooks, MA
"""
    return mail(A("Tiana Brooks MA", "tbrooks@" + ORG), A("Language Services", "language@" + ORG),
                "Interpreter request - Thu 11/12 2pm Mandarin", D(10, 9, 44), T(body))


@M("phi", "invoice-lines-by-encounter",
   "borderline: a vendor invoice between businesses, but each line names a patient and the visit interpreted")
def _():
    body = """LinguaLink Interpreting - Invoice LL-2026-1187
Bill to: Tillman Valley Community Health, Accounts Payable
Period: 11/02/2026 - 11/08/2026

Date   Lang     Mode   Min  Patient          Encounter               Amount
11/02  Somali   video   35  F. Abdullahi     diabetes follow-up      $61.25
11/03  Dari     phone   22  M. Rahimi        prenatal visit          $35.20
11/04  Spanish  onsite  60  E. Ruiz          podiatry / foot exam    $90.00
11/05  Amharic  video   40  H. Tesfaye       prenatal ultrasound     $70.00
11/06  Mandarin onsite  45  W. Li            cardiology results      $67.50

Total due: $323.95   Terms: net 30   Remit to ar@lingualink.example.com
"""
    return mail(A("LinguaLink Billing", "ar@lingualink.example.com"), A("TVCH Accounts Payable", "ap@" + ORG),
                "Invoice LL-2026-1187", D(9, 7, 0, tz="-0800"), T(body))


@M("phi", "claim-denial-missing-referral",
   "payer notice of a denied claim for a named member with claim number, service, codes and amount")
def _():
    body = """Tillman Community Health Plan - Claim Status Notice

Provider:      Tillman Valley Community Health (group NPI %s)
Member:        Consuelo Ibarra     Member ID TCH552081446
Claim #:       CLM-26-3118840      Date of service 10/14/2026
Billed:        99214 Office visit, est., mod. complexity    $182.00
               97110 Therapeutic exercise x2 units           $96.00
Status:        DENIED - 97110: no referral/authorization on file for physical therapy
Member owes:   $0.00 (provider may not bill member for this denial)

To appeal, submit within 60 days through the provider portal.
""" % NPI_GROUP
    return mail(A("TCHP Provider Services", "provider-notices@tchp.example.com"), A("TVCH Billing", "billing@" + ORG),
                "Claim status notice CLM-26-3118840", D(10, 4, 12, tz="-0600"), T(body))


@M("phi", "pa-approval-lumbar-mri",
   "prior-authorisation approval for a named member's lumbar MRI with member ID and diagnosis")
def _():
    body = """AUTHORIZATION APPROVED

Auth #:            SC-PA-88120451
Member:            Gerald Pruitt    DOB 12/02/1963
Member ID:         SCH-40918822-01
Service:           MRI lumbar spine without contrast (72148), 1 unit
Diagnosis:         M54.16 radiculopathy, lumbar; M51.26 disc displacement
Valid:             11/11/2026 - 02/09/2027
Servicing:         Tillman Imaging
Requesting:        Anita Lindqvist, MD (NPI %s)

Summit Choice Health - Utilization Management
""" % NPI_LINDQVIST
    return mail(A("Summit Choice UM", "um-notices@summitchoice.example.com"), A("Yolanda Pierce", "ypierce@" + ORG),
                "Auth approved SC-PA-88120451", D(11, 13, 57, tz="-0600"), T(body))


@M("phi", "presumptive-eligibility-weeks",
   "borderline: an enrolment worker's note; the pregnancy that makes the named woman eligible is health content")
def _():
    body = """Hi Marisol,

Keisha Whitfield came in to outreach today - positive pregnancy test at
your walk-in on Monday, about 8 weeks by dates. I submitted her
presumptive eligibility application for pregnancy Medicaid (app #
PE-2026-004418), so she's covered for prenatal visits while the full
application goes through. She has her first OB visit with you 11/23.

Thao Nguyen
Outreach & Enrollment
"""
    return mail(A("Thao Nguyen", "tnguyen@" + ORG), A("Marisol Cardenas", "mcardenas@" + ORG),
                "PE app submitted - Keisha W", D(11, 15, 5), T(body))


@M("phi", "shelter-resident-dressing-changes",
   "shelter case worker and nurse about a named resident's leg cellulitis, antibiotics and dressing changes")
def _():
    body = """Hi Kenji,

Following up on Mr. Clarence Hobbs, who stays with us (release signed
11/6). He finished the cephalexin yesterday but the redness on his left
shin is spreading past the line you drew, and the dressing hasn't been
changed since Saturday because our volunteer nurse was out.

Can he be seen tomorrow? We can send him on the 8:15 van.

Trina Wallace
Case Manager, Safe Harbor Family Shelter
(410) 555-0186
"""
    return mail(A("Trina Wallace", "twallace@safeharbor.example.org"), A("Kenji Ito RN", "kito@" + ORG),
                "Mr. Hobbs - leg", D(16, 15, 22), T(body))


@M("phi", "food-bank-tailored-box-referral",
   "a referral form to the food bank for a named patient's medically tailored boxes for diabetes and kidney disease")
def _():
    body = """MEDICALLY TAILORED FOOD REFERRAL

Name:                 Faduma Abdullahi
DOB:                  12/01/1967
Phone:                (410) 555-0143 (Somali; use interpreter line)
Conditions:           type 2 diabetes (A1c 11.2), CKD stage 3a, hypertension
Diet:                 diabetic, low sodium, low potassium; halal
Household:            4 (2 children)
Duration:             12 weeks, pick-up at Northgate pantry
Referring clinician:  Anita Lindqvist, MD

Referred by Ahmed Farah, CHW
"""
    return mail(A("Ahmed Farah", "afarah@" + ORG), A("Gabe Ostrowski", "gostrowski@tillmanfoodbank.example.org"),
                "MTF referral", D(12, 11, 9), T(body))


@M("phi", "housing-accommodation-oxygen",
   "reply to the housing authority about a named tenant's COPD and home oxygen for a ground-floor accommodation")
def _():
    body = """Mr. Bell,

At the request of and with the written authorization of Ms. Dorothy
Lindsey (DOB 07/30/1951), I am writing in support of her request for a
ground-floor unit. Ms. Lindsey has severe COPD and uses home oxygen at
2 L continuously. She cannot manage the three flights of stairs in her
current building, and in October she missed two appointments because
the elevator was out.

Signed letter attached to the portal upload.

Anita Lindqvist, MD
"""
    return mail(A("Anita Lindqvist MD", "alindqvist@" + ORG), A("Marcus Bell", "mbell@tha.example.org"),
                "Re: reasonable accommodation - D. Lindsey", D(13, 16, 20), T(body), extra=[X_OUTLOOK])


@M("phi", "hr-leave-certification-received",
   "borderline: HR mail; an employee ID next to the employee's certified migraine condition and intermittent leave")
def _():
    body = """Hi Shonda,

We received the medical certification from your neurologist. Your
intermittent FMLA leave is approved from 11/16/2026 to 05/15/2027 for
migraine episodes, up to 2 episodes a month of 1-2 days each.

Employee ID: E10482
Please code these absences as FMLA-INT in the timekeeping system and let
your supervisor know the same day when you need to use it. Your
supervisor will not be told the medical reason.

Carla Jennings
HR Generalist, Tillman Valley Community Health
"""
    return mail(A("Carla Jennings", "cjennings@" + ORG), A("Shonda Reese", "sreese@" + ORG),
                "Your leave request", D(13, 14, 0), T(body), extra=[X_OUTLOOK])


@M("phi", "employee-tb-skin-test-read",
   "employee health tells a named employee her TB skin test result and the chest X-ray follow-up")
def _():
    body = """Hi Marta,

Your TB skin test from Tuesday was read today at 12 mm, which counts as
positive for healthcare staff. This usually means past exposure, not
active TB. You do not need to stay home. We have ordered a chest X-ray
and a QuantiFERON blood test; please go to the lab at Main Street
before Friday.

Employee Health
"""
    return mail(A("Employee Health", "employeehealth@" + ORG), A("Marta Sokolova", "msokolova@" + ORG),
                "Your TB test", D(12, 15, 50), T(body))


@M("phi", "misdirected-fax-ticket",
   "an IT ticket reports a misdirected fax and names the patient and the discharge summary it carried")
def _():
    body = """Ticket #INC-44871 - Misdirected fax received

Reported by: Front desk, Northgate
Description: This morning our fax line received 6 pages meant for
Westbrook Cardiology: a hospital discharge summary for Harold Jensen,
DOB 04/11/1944 (admitted 11/2-11/6 for atrial fibrillation with rapid
rate, started on apixaban). Cover sheet from Tillman General. Pages are
in the locked shred bin pending Privacy Officer review.

Assigned to: Privacy Officer, IT
Priority: High
"""
    return mail(A("TVCH Helpdesk", "helpdesk@" + ORG), A("Privacy Officer", "privacy@" + ORG),
                "[INC-44871] Misdirected fax received", D(10, 10, 6), T(body), cc=A("Ben Mosley", "bmosley@" + ORG))


@M("phi", "chart-overlay-wrong-a1c",
   "IT and HIM about two charts for patients of the same name with an A1c filed to the wrong one")
def _():
    body = """Ben,

We have a possible overlay. Two patients named Maria Gonzalez:
MRN 1031442 (DOB 03/03/1975) and MRN 1099217 (DOB 03/30/1975).
The 11/09 A1c of 8.6 and the metformin increase were documented on
1099217 but belong to 1031442. 1099217 got a portal message about
"your diabetes" and called confused - she has no diabetes.

Please lock both charts while we correct. I have notified the provider.

Renata Okoye, RHIA
Health Information Management
"""
    return mail(A("Renata Okoye", "rokoye@" + ORG), A("Ben Mosley", "bmosley@" + ORG),
                "possible overlay - urgent", D(13, 9, 12), T(body), extra=[X_OUTLOOK])


@M("phi", "big5-cataract-referral-grandma",
   "a grandson writes in traditional Chinese (Big5) about his grandmother's cataract surgery referral and eye drops", lang="zh")
def _():
    body = """您好，

我是黃家明，我外婆黃秀英（出生日期1940年6月1日）上個月在你們診所看病，
林醫生說她右眼白內障很嚴重，要轉介給眼科做手術。可是到現在還沒有人打電話來。
請問轉介送出了嗎？她最近看東西越來越模糊，眼藥水也快用完了。
她只會說廣東話，需要翻譯。

謝謝！
黃家明
"""
    return mail(A("黃家明", "kaming.wong@mail.example.com", "big5", "B"), A("Referrals", "referrals@" + ORG),
                "外婆的眼科轉介", D(14, 10, 22), T(body, "big5", "base64"), scs="big5")


@M("phi", "analiz-ttg-rezultat",
   "a patient asks in Russian about her thyroid (TSH) results and her levothyroxine dose", lang="ru")
def _():
    body = """Здравствуйте, доктор Линдквист!

Я Наталья Ковалёва, дата рождения 14.02.1969. В портале я увидела, что
мой ТТГ от 9 ноября 7,8, а в прошлый раз был 4,1. Я принимаю
левотироксин 75 мкг каждое утро натощак. Нужно ли увеличить дозу? Я
очень устаю и мёрзну.

С уважением,
Наталья
"""
    return mail(A("Наталья Ковалёва", "n.kovaleva@post.example.org", "koi8-r", "B"), A("Anita Lindqvist MD", "alindqvist@" + ORG),
                "Анализ на ТТГ", D(11, 19, 40), T(body, "koi8-r", "8bit"), scs="koi8-r")


@M("phi", "bol-plecow-skierowanie",
   "a patient writes in Polish about his back pain and the physical-therapy referral", lang="pl")
def _():
    body = """Dzień dobry,

Nazywam się Zbigniew Wróbel (ur. 22.09.1962). Doktor Lindqvist dała mi
skierowanie na fizjoterapię z powodu bólu pleców i rwy kulszowej, ale
ubezpieczenie odmówiło. Ból promieniuje do lewej nogi i coraz trudniej
mi chodzić do pracy. Czy mogą Państwo wysłać prośbę o zgodę jeszcze raz?
Biorę ibuprofen, ale nie pomaga.

Z poważaniem,
Zbigniew Wróbel
"""
    return mail(A("Zbigniew Wróbel", "zwrobel@webmail.example.net", "iso-8859-2", "Q"), A("Referrals", "referrals@" + ORG),
                "Skierowanie na fizjoterapię", D(10, 18, 2), T(body, "iso-8859-2", "quoted-printable"), scs="iso-8859-2", smode="Q")


@M("phi", "vater-blutverduenner-besuch",
   "a visitor writes in German about her father's warfarin and INR check while he visits from Germany", lang="de")
def _():
    body = """Sehr geehrte Damen und Herren,

mein Vater, Klaus Hartmann (geb. 03.11.1946), ist bis Ende Dezember bei
uns in Tillman zu Besuch. Er nimmt Marcumar (Phenprocoumon) wegen
Vorhofflimmern, und sein Hausarzt in Deutschland möchte, dass der
INR-Wert alle zwei Wochen kontrolliert wird. Der letzte Wert war 2,6
am 2. November. Kann er bei Ihnen als Selbstzahler eine INR-Kontrolle
bekommen? Eine Kopie seines Marcumar-Ausweises kann ich mitbringen.

Mit freundlichen Grüßen
Sabine Hartmann-Cole
"""
    return mail(A("Sabine Hartmann-Cole", "sabine.hc@mail.example.de.test", "iso-8859-1", "Q"), A("TVCH Info", "info@" + ORG),
                "INR-Kontrolle für meinen Vater", D(14, 16, 8, tz="+0100"), T(body, "iso-8859-1", "8bit"),
                scs="iso-8859-1", smode="Q")


@M("phi", "vaccino-polmonite-appuntamento",
   "an elderly patient asks in Italian about his pneumonia and shingles vaccines after his heart surgery", lang="it")
def _():
    body = """Gentile dottoressa,

sono Vincenzo Bellandi, nato il 18/07/1941. Dopo l'intervento al cuore
di settembre il cardiologo mi ha detto di fare il vaccino contro la
polmonite e quello contro il fuoco di Sant'Antonio. Posso farli tutti e
due lo stesso giorno? Prendo il Coumadin, è un problema per le
iniezioni? Vorrei un appuntamento la mattina, per favore.

Cordiali saluti,
Vincenzo Bellandi
"""
    return mail(A("Vincenzo Bellandi", "v.bellandi@inbox.example.net"), A("Anita Lindqvist MD", "alindqvist@" + ORG),
                "Vaccini e appuntamento", D(9, 9, 30), T(body, "iso-8859-1", "quoted-printable"))


@M("phi", "maa-ghutna-xray",
   "a son writes in Hindi about his mother's knee pain, her X-ray appointment and painkiller", lang="hi")
def _():
    body = """नमस्ते,

मैं राजेश शर्मा हूँ। मेरी माँ, सुनीता शर्मा (जन्म 10/01/1955), के घुटने में
बहुत दर्द है और सूजन भी है। डॉक्टर ने एक्स-रे लिखा था, पर अपॉइंटमेंट
की तारीख़ अभी तक नहीं मिली। दर्द की गोली (नेप्रोक्सेन) से पेट में जलन होती
है। क्या कोई दूसरी दवा दी जा सकती है? माँ को हिंदी दुभाषिया चाहिए।

धन्यवाद,
राजेश
"""
    return mail(A("राजेश शर्मा", "rajesh.sharma@mail.example.com"), A("Main Street Nurse Line", "nurseline@" + ORG),
                "माँ के घुटने का एक्स-रे", D(15, 13, 10), T(body, "utf-8", "base64"))


@M("phi", "daru-feshar-khun",
   "a patient asks in Farsi about her losartan refill and home blood-pressure readings", lang="fa")
def _():
    body = """سلام خانم دکتر،

من مریم رضایی هستم، متولد ۱۹۷۸/۰۵/۲۰. قرص فشار خون من (لوزارتان ۵۰) تا
دو روز دیگر تمام می‌شود. فشارم این هفته حدود ۱۴۵ روی ۹۵ بوده است. لطفاً
نسخه را به داروخانه اکوتیلو بفرستید. آیا باید دوز را بیشتر کنیم؟

با تشکر،
مریم
"""
    return mail(A("مریم رضایی", "maryam.rezaei@inbox.example.net"), A("Anita Lindqvist MD", "alindqvist@" + ORG),
                "تمدید نسخه قرص فشار", D(9, 20, 44), T(body, "utf-8", "base64"))


@M("phi", "kulak-enfeksiyonu-antibiyotik",
   "a mother asks in Turkish about her son's ear infection antibiotic and his fever", lang="tr")
def _():
    body = """Merhaba,

Oğlum Emir Yıldız (doğum tarihi 11.03.2021) pazartesi günü kulak
enfeksiyonu teşhisiyle amoksisilin başladı. Üç gündür ilacı alıyor ama
ateşi hâlâ 38,9 ve gece kulağı ağrıdığı için ağlıyor. İlacı değiştirmek
gerekir mi, yoksa bugün getirmeli miyim?

Teşekkürler,
Elif Yıldız
"""
    return mail(A("Elif Yıldız", "elif.yildiz@mail.example.com", "iso-8859-9", "Q"), A("Main Street Nurse Line", "nurseline@" + ORG),
                "Oğlumun kulak enfeksiyonu", D(12, 7, 20), T(body, "iso-8859-9", "quoted-printable"), scs="iso-8859-9", smode="Q")


@M("phi", "yobo-sesshu-kiroku",
   "a patient asks in Japanese (ISO-2022-JP) for her vaccination record and a hepatitis A shot before travel", lang="ja")
def _():
    body = """ご担当者様

佐藤恵美と申します（生年月日 1985年9月3日）。
来月、家族でタイに行く予定です。渡航前にA型肝炎の予防接種を受けたいのですが、
予約は可能でしょうか。また、これまでの予防接種の記録を英語で送っていただけますか。

よろしくお願いいたします。
佐藤恵美
"""
    return mail(A("佐藤恵美", "emi.sato@mail.example.com", "iso-2022-jp", "B"), A("TVCH Info", "info@" + ORG),
                "予防接種の記録について", D(10, 22, 3), T(body, "iso-2022-jp", "7bit"), scs="iso-2022-jp")


@M("phi", "corrected-claim-sealants",
   "billing office sends the payer a corrected dental claim for a named member's sealants")
def _():
    body = """Hello,

We are submitting a corrected claim for the member below; the original
was sent with the wrong tooth numbers.

Member:        Jayden Morales    DOB 04/19/2016
Member ID:     TCH661903520
Orig claim:    CLM-26-2990417    DOS 09/22/2026
Corrected:     D1351 sealant #3, #14, #19, #30 (was #2, #15, #18, #31)
Provider:      Helena Voss, DDS  NPI %s

The corrected claim went through the clearinghouse today with frequency
code 7.

Denise Polk
Billing Manager, Tillman Valley Community Health
""" % NPI_VOSS
    return mail(A("Denise Polk", "dpolk@" + ORG), A("TCHP Dental Claims", "dental-claims@tchp.example.com"),
                "Corrected claim - CLM-26-2990417", D(17, 13, 25), T(body), extra=[X_OUTLOOK])


@M("phi", "cardiology-referral-table",
   "a referral coordinator's table for a named patient's cardiology referral, echo and stress test with auth number")
def _():
    body = """Referral sent - please confirm receipt

Patient ......... Alvin Dorsey
DOB ............. 08/08/1957
MRN ............. 1052209
Insurance ....... TCHP Medicaid, TCH339184002
Referred to ..... Tillman Heart Associates, Dr. N. Osei
Reason .......... exertional dyspnea, new LBBB on ECG 11/9
Requested ....... echo + exercise stress test, consult
Auth ............ TCHP-RF-7718230 (approved 11/11)
Urgency ......... within 2 weeks

Yolanda Pierce, Referral Coordinator
"""
    return mail(A("Yolanda Pierce", "ypierce@" + ORG), A("Tillman Heart Associates", "referrals@tillmanheart.example.com"),
                "Referral - A. Dorsey", D(11, 10, 48), T(body))


@M("phi", "home-visit-amlodipine-empty-fridge",
   "a CHW's home-visit note about a named patient's high blood pressure, missing pills and food insecurity")
def _():
    body = """Dr. L,

Home visit today with Mr. Alvin Dorsey. BP on his home cuff 168/98 and
172/100. He ran out of amlodipine about a week ago - said the pharmacy
wanted a copay he didn't have. Fridge almost empty. Legs swollen at the
ankles, says he gets winded walking to the mailbox.

I called Ocotillo and they'll fill on the sliding-fee program today. I
signed him up for the Tuesday pantry delivery. He agreed to come to the
cardiology appointment if I drive him.

Luz Herrera, CHW
"""
    return mail(A("Luz Herrera", "lherrera@" + ORG), A("Anita Lindqvist MD", "alindqvist@" + ORG),
                "home visit Mr. Dorsey", D(12, 16, 58), T(body))


@M("phi", "pharmacy-refill-request-form",
   "a contract pharmacy's refill request with a named patient, DOB and metformin and glipizide prescriptions")
def _():
    body = """REFILL AUTHORIZATION REQUEST

To:        Dr. Anita Lindqvist      Fax (410) 555-0102
From:      Ocotillo Pharmacy #2     Ph (410) 555-0160
Patient:   Ernesto Ruiz             DOB 06/23/1971
Drug 1:    metformin ER 500 mg, 2 tabs with supper, #60, last fill 10/14
Drug 2:    glipizide 5 mg daily, #30, last fill 10/14
Refills remaining: 0 / 0

[ ] Approved, refills ___    [ ] Denied    [ ] Needs appointment
"""
    return mail(A("Ocotillo Pharmacy #2", "refills@ocotillorx.example.com"), A("Main Street Refills", "refills@" + ORG),
                "Refill request - RUIZ, E", D(13, 8, 5), T(body))


@M("phi", "critical-potassium-callback",
   "a lab's critical-value notification with a named patient's potassium of 6.4 and the nurse's read-back")
def _():
    body = """CRITICAL VALUE NOTIFICATION

Patient:      Hattie Mae Collins     DOB 02/17/1948    Acct CRL-4419031
Test:         Potassium, serum       Result 6.4 mmol/L (ref 3.5-5.1)   CRITICAL
Collected:    11/16/2026 10:05
Called to:    Kenji Ito, RN, 11/16/2026 14:22 - read back verified
Called by:    M. Okafor, MLS

Crestline Reference Laboratory | Client Services (410) 555-0170
"""
    return mail(A("Crestline Client Services", "clientservices@crestlinelab.example.com"), A("Main Street Nurse Line", "nurseline@" + ORG),
                "Critical value documentation", D(16, 14, 31), T(body))


@M("phi", "text-podiatry-moved",
   "an automated note to the patient that 'your appointment' with podiatry has moved")
def _():
    body = """TVCH: Your podiatry appointment on Wed 11/18 at Northgate has been moved to Thu 11/19 at 10:20 AM with Dr. Sandoval (diabetic foot check). Reply C to confirm, R to reschedule. Call (410) 555-0100. Reply STOP to opt out."""
    return mail(A("TVCH Reminders", "reminders@" + ORG), A("", "ernesto.ruiz71@mail.example.com"),
                "Appointment update", D(16, 17, 5), T(body))


@M("phi", "reply-swelling-thirty-two-weeks",
   "a nurse's one-line reply above a patient's quoted message about headaches and swelling at 32 weeks of pregnancy")
def _():
    body = """Please come in today - we'll hold 1:30 for you. If the headache gets
worse or you see spots before then, go straight to L&D.

Deb

> From: Imani Brooks-Tate <imani.bt@mail.example.com>
> Date: Fri, 13 Nov 2026 06:52
> Subject: headaches
>
> Hi, I'm 32 weeks. I've had a headache for two days that tylenol isn't
> helping and my feet and hands are really swollen this morning. My
> ring won't come off. Should I wait for my appointment Monday?
"""
    return mail(A("Deb Lyle RN", "dlyle@" + ORG), A("Imani Brooks-Tate", "imani.bt@mail.example.com"),
                "Re: headaches", D(13, 7, 24), T(body), extra=[("In-Reply-To", "<IBT-1113-0652@mail.example.com>")])


@M("phi", "xray-copies-orthodontist",
   "a records request for a named child's dental X-rays and treatment history for an orthodontist")
def _():
    body = """Hello Northgate Dental,

We are seeing Jayden Morales (DOB 04/19/2016) for an orthodontic consult
on 11/30. His mother signed the attached release. Could you send his most
recent bitewings and pano (taken 09/22) and a note of the sealants and
the extraction of #K in August?

Thank you,
Lorena, Records
Brightline Orthodontics
"""
    return mail(A("Brightline Orthodontics", "records@brightlineortho.example.com"), A("Northgate Dental", "dental-ng@" + ORG),
                "Records request - J. Morales", D(18, 11, 44), T(body))


# =====================================================================
#                                 NONE
# =====================================================================

@M("none", "ryan-white-quarterly-suppression",
   "aggregate Ryan White Part C quarterly figures (clients, viral suppression, PrEP starts); no individual", trap=True)
def _():
    body = """Hi all,

Q3 numbers for the Part C progress report (July-September 2026):

  Clients served (unduplicated) ............ 412
  New HIV diagnoses linked within 30 days ..  9 of 10
  Retained in care (2+ visits, 90 days apart) 86%
  Viral suppression (<200 copies/mL) ....... 88% (362/412)
  PrEP: active users 231, new starts 47
  Rapid ART start (<=7 days) ............... 7 of 9

Suppression among clients 18-24 is still our lowest cell (74%), so that
stays in the narrative as the quality improvement focus.

DeShawn
"""
    return mail(A("DeShawn Miller", "dmiller@" + ORG), A("Grants Team", "grants@" + ORG),
                "Q3 Ryan White numbers for the report", D(9, 14, 2), T(body), cc=A("Priya Raman NP", "praman@" + ORG))


@M("none", "uds-table-draft",
   "UDS draft table of aggregate counts by diagnosis and service (HIV tests, depression screening, SUD visits)", trap=True)
def _():
    csv = """line,measure,patients,visits
1,Symptomatic/asymptomatic HIV,398,2104
4,Diabetes mellitus,2711,9120
11,Depression and other mood disorders,1930,6402
20a,Opioid use disorder,344,3816
21,HIV test,3122,3122
22a,Contraceptive management,1204,2389
26,Dental services - sealants,512,512
"""
    body = "Nadia - first pass of Table 6A/6B lines from the data warehouse. Counts only, no patient-level extract. Still need to reconcile line 20a with the Bridge Program's own count.\n\nIra\n"
    return mail(A("Ira Feldman", "ifeldman@" + ORG), A("Nadia Petrosyan", "npetrosyan@" + ORG),
                "UDS 2026 draft - 6A/6B", D(10, 11, 15),
                MIX(T(body), ATT("text/csv", csv, "uds2026_6a6b_draft.csv", cte="7bit", cs="us-ascii")))


@M("none", "zztest-oru-roundtrip",
   "interface vendor's HL7 test message for a ZZTEST synthetic patient; no real person", trap=True)
def _():
    msg = hl7([
        "MSH|^~\\&|CRESTLINE|CRL|COBALT|TVCH|20261111100000||ORU^R01|TEST0001|T|2.5.1",
        "PID|1||9999001^^^TVCH^MR||ZZTEST^INTERFACE^A||19000101|U",
        "OBR|1|TESTORD1|TESTFIL1|HIVVL^HIV-1 RNA quant^L|||20261111095500",
        "OBX|1|NM|20447-9^HIV 1 RNA [#/volume] (viral load)^LN||12345|copies/mL|<20|H|||F",
    ])
    body = """Ben,

Sending the ZZTEST round-trip for the new HIV-1 RNA result code. Processing
ID is T, patient is the synthetic ZZTEST^INTERFACE record. Please confirm
it lands in the test environment and send back the ACK.

Rita Chao
Interface Analyst, Crestline Reference Laboratory
"""
    return mail(A("Rita Chao", "rchao@crestlinelab.example.com"), A("Ben Mosley", "bmosley@" + ORG),
                "ZZTEST ORU for new VL code", D(11, 10, 4),
                MIX(T(body), ATT("application/hl7-v2", msg, "zztest_oru.hl7")))


@M("none", "capability-statement-json",
   "EHR vendor's FHIR CapabilityStatement for the new API; configuration, no patient", trap=True)
def _():
    cap = {
        "resourceType": "CapabilityStatement", "status": "active", "date": "2026-11-01",
        "kind": "instance", "fhirVersion": "4.0.1", "format": ["json"],
        "implementation": {"description": "Cobalt EHR FHIR API - TVCH sandbox", "url": "https://fhir-sandbox.cobalthealth.example.com/tvch"},
        "rest": [{"mode": "server", "resource": [
            {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
             "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},
            {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}]},
            {"type": "Condition", "interaction": [{"code": "read"}]},
            {"type": "Consent", "interaction": [{"code": "read"}],
             "documentation": "42 CFR Part 2 consent resources are returned only to authorized clients"},
        ]}],
    }
    body = """Hi Ben,

Attached is the CapabilityStatement for your sandbox tenant. Note that
Consent is read-only in this release and sensitive-category resources
(Part 2, HIV) are filtered unless the client has the segmentation scope.

Cobalt Health Systems - Integration Services
"""
    return mail(A("Cobalt Integration Services", "integration@cobalthealth.example.com"), A("Ben Mosley", "bmosley@" + ORG),
                "FHIR sandbox CapabilityStatement", D(9, 16, 30, tz="-0700"),
                MIX(T(body), ATT("application/fhir+json", json.dumps(cap, indent=2).encode("ascii"), "CapabilityStatement.json", cte="7bit")))


@M("none", "merge-template-lab-reminder",
   "a mail-merge template for PrEP lab reminder texts, placeholders only ({{first_name}}, {{appt_date}})", trap=True)
def _():
    body = """Priya, here's the draft template for the quarterly reminder texts. The
merge fields get filled from the scheduling report; nothing goes out
until you approve the wording.

---- TEMPLATE (EN) ----
Hi {{first_name}}, this is Open Door Clinic. It's time for your
3-month PrEP check: labs + refill. Your visit is {{appt_date}} at
{{appt_time}} at {{site}}. Reply C to confirm or call {{clinic_phone}}.

---- TEMPLATE (ES) ----
Hola {{first_name}}, le saluda Open Door Clinic. Ya le toca su revision
de PrEP de 3 meses: laboratorios y resurtido. Su cita es el {{appt_date}}
a las {{appt_time}} en {{site}}. Responda C para confirmar.

Note: we deliberately don't say "HIV" in the text itself, per the
patient advisory board.

Sam (Patient Engagement)
"""
    return mail(A("Sam Ortega", "sortega@" + ORG), A("Priya Raman NP", "praman@" + ORG),
                "draft reminder template for review", D(10, 13, 20), T(body))


@M("none", "specialty-pharmacy-promo-injection",
   "a specialty pharmacy's promotion of its monthly buprenorphine injection service to clinics; no patient", trap=True)
def _():
    html = """<html><body style="font-family:Georgia,serif">
<h2>Now serving Tillman County: clinic-delivered SUBLOCADE&reg;</h2>
<p>Bluewater Specialty Pharmacy ships monthly extended-release
buprenorphine directly to your REMS-certified clinic, refrigerated and
on time for each injection.</p>
<ul>
<li>Benefits investigation and prior authorization support</li>
<li>Medicaid and marketplace plans accepted</li>
<li>Same-week starts for patients transitioning from sublingual buprenorphine</li>
</ul>
<p>Call (410) 555-0150 or visit
<a href="https://www.bluewaterrx.example.com/clinics">bluewaterrx.example.com/clinics</a>.</p>
<p style="font-size:11px">You are receiving this because your clinic is a Bluewater partner.
<a href="https://www.bluewaterrx.example.com/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    text = "Now serving Tillman County: clinic-delivered SUBLOCADE. Bluewater Specialty Pharmacy ships monthly extended-release buprenorphine directly to your REMS-certified clinic. Benefits investigation and PA support. Call (410) 555-0150.\n"
    return mail(A("Bluewater Specialty Pharmacy", "news@bluewaterrx.example.com"), A("Bridge Program", "bridge@" + ORG),
                "Monthly injection support for your MOUD patients", D(9, 10, 0, tz="-0600"), ALT(text, html, "utf-8", "quoted-printable"))


@M("none", "naloxone-shipment-tracking",
   "order and tracking confirmation for a case of naloxone nasal spray kits; identifiers but no patient", trap=True)
def _():
    body = """Order confirmation

Order #:        MMS-1120448
PO #:           TVCH-PO-26-0931
Ship to:        TVCH Main Street, Receiving
Item:           Naloxone HCl nasal spray 4 mg, 2-pack, NDC 00000-0000-02
Qty:            48 kits (24 boxes)
Also:           Fentanyl test strips, 100 ct x 5
Carrier:        Northstar Courier  tracking NSC-55790316
Est. delivery:  Thu 11/12/2026

Meridian Medical Supply | Customer Care (410) 555-0190
"""
    return mail(A("Meridian Medical Supply", "orders@meridianmed.example.com"), A("TVCH Purchasing", "purchasing@" + ORG),
                "Your order MMS-1120448 has shipped", D(10, 17, 33), T(body))


@M("none", "dea-renewal-reminder",
   "reminder to a nurse practitioner about her own DEA registration and NPI; no patient", trap=True)
def _():
    body = """Hi Priya,

Credentialing reminder: your DEA registration %s expires 12/31/2026.
Renewal takes 4-6 weeks, so please submit by 11/30. Once you have the
new certificate, send a copy so we can update the payer files linked
to your NPI %s.

Also due: state controlled-substance registration (same date).

Tamsin Gray
Credentialing Specialist
""" % (DEA_RAMAN, NPI_RAMAN)
    return mail(A("Tamsin Gray", "tgray@" + ORG), A("Priya Raman NP", "praman@" + ORG),
                "DEA renewal due 12/31", D(9, 9, 15), T(body), extra=[X_OUTLOOK])


@M("none", "credentialing-roster-npis",
   "provider roster with NPIs, DEA numbers and phone numbers sent to a payer for enrolment; clinicians only", trap=True)
def _():
    csv = ("provider,credential,npi,dea,site,phone\n"
           "Anita Lindqvist,MD,%s,,Main Street,(410) 555-0100\n"
           "Samuel Oyelaran,MD,%s,%s,Main Street,(410) 555-0117\n"
           "Priya Raman,NP,%s,%s,Riverside,(410) 555-0131\n"
           "Helena Voss,DDS,%s,%s,Northgate,(410) 555-0125\n"
           "Marisol Cardenas,CNM,%s,,Northgate,(410) 555-0124\n"
           "Grace Whitaker,PMHNP,%s,,Main Street,(410) 555-0100\n"
           "Rachel Abernathy,FNP,%s,,Alder Park SBHC,(410) 555-0127\n") % (
        NPI_LINDQVIST, NPI_OYELARAN, DEA_OYELARAN, NPI_RAMAN, DEA_RAMAN, NPI_VOSS, DEA_VOSS,
        NPI_CARDENAS, NPI_WHITAKER, NPI_ABERNATHY)
    body = "Hello,\n\nAttached is our updated roster for the annual directory attestation. Group NPI %s.\n\nTamsin Gray, Credentialing\n" % NPI_GROUP
    return mail(A("Tamsin Gray", "tgray@" + ORG), A("Summit Choice Provider Data", "providerdata@summitchoice.example.com"),
                "Roster attestation - Tillman Valley Community Health", D(12, 10, 30),
                MIX(T(body), ATT("text/csv", csv, "TVCH_roster_2026-11.csv", cte="7bit", cs="us-ascii")))


@M("none", "oncall-phone-tree-bh-bridge",
   "on-call phone tree for behavioural health and the buprenorphine programme; staff names and numbers only", trap=True)
def _():
    body = """On-call, weekend of Nov 14-15

Behavioral Health crisis line (after hours) ... Grace Whitaker, PMHNP  (410) 555-0133
Bridge Program prescriber ..................... Samuel Oyelaran, MD    (410) 555-0134
Open Door / PrEP & PEP questions .............. Priya Raman, NP        (410) 555-0135
OB / L&D triage ............................... Marisol Cardenas, CNM  (410) 555-0136
Backup (all) .................................. Anita Lindqvist, MD    (410) 555-0137

Reminder: PEP starts can't wait until Monday; page Priya first.
"""
    return mail(A("Operations", "operations@" + ORG), A("All Clinical Staff", "clinical-all@" + ORG),
                "Weekend on-call 11/14-11/15", D(13, 15, 0), T(body))


@M("none", "lure-results-ready-link",
   "a phishing message to staff claiming 'your HIV test results' are ready behind a link; no real patient", trap=True)
def _():
    html = """<html><body>
<p>Dear Staff Member,</p>
<p>Your recent <b>HIV and STD test results</b> are now available in the secure document center.
Results will be deleted in 24 hours if not reviewed.</p>
<p><a href="https://secure-results-center.example.net/view?id=88213">VIEW RESULTS NOW</a></p>
<p>Employee Wellness Department<br>Confidential</p>
</body></html>"""
    return mail(A("Employee Wellness", "wellness-noreply@secure-results-center.example.net"), A("Undisclosed recipients", "staff@" + ORG),
                "Confidential: Your test results are ready", D(16, 3, 12, tz="+0000"), H(html, "utf-8", "7bit"))


@M("none", "vet-rabies-reminder",
   "a veterinary clinic's vaccine reminder for a staff member's dog; not human health care", trap=True)
def _():
    body = """Hi Kenji,

Our records show that Biscuit is due for the following:

  Rabies (3-year)        due 11/20/2026
  DHPP booster           due 11/20/2026
  Heartworm test         due 12/01/2026

Book online or call (410) 555-0195. Biscuit's weight last visit: 24 lb.

Maple Lane Animal Hospital
"""
    return mail(A("Maple Lane Animal Hospital", "reminders@maplelanevet.example.com"), A("Kenji Ito", "kenji.ito@mail.example.com"),
                "Biscuit is due for vaccines", D(14, 8, 0), T(body))


@M("none", "boletin-clases-diabetes",
   "Spanish community newsletter on diabetes-prevention classes and flu shots; education, no individual", lang="es", trap=True)
def _():
    text = """Boletín de Salud Comunitaria - Noviembre 2026

Clases "Vivir Bien con Diabetes": martes de 6 a 7:30 p. m. en Northgate,
del 17 de noviembre al 15 de diciembre. Gratis, en español.

Vacuna contra la gripe: sin cita, lunes a viernes, para toda la familia.
Nadie se queda sin atención por no poder pagar.

Llame al (410) 555-0100.
"""
    html = """<html><body>
<h2>Boletín de Salud Comunitaria - Noviembre 2026</h2>
<p><b>Clases «Vivir Bien con Diabetes»</b>: martes de 6 a 7:30 p. m. en Northgate,
del 17 de noviembre al 15 de diciembre. Gratis, en español.</p>
<p><b>Vacuna contra la gripe</b>: sin cita, lunes a viernes, para toda la familia.
Nadie se queda sin atención por no poder pagar.</p>
<p>Llame al (410) 555-0100.</p>
</body></html>"""
    return mail(A("Tillman Valley Community Health", "boletin@" + ORG), A("Boletín", "boletin-lista@" + ORG),
                "Boletín de noviembre: clases de diabetes y vacunas", D(9, 7, 30), ALT(text, html, "utf-8", "quoted-printable"))


@M("none", "flyer-vaksen-grip",
   "Haitian Creole flyer for a walk-in flu vaccine clinic; no individual", lang="ht", trap=True)
def _():
    text = """Vaksen kont grip - gratis!

Samdi 21 novanm, 9:00 - 1:00, Legliz Bon Samariten, 18 Ri Harbor.
Pou timoun 6 mwa ak plis ak granmoun. Pa bezwen randevou, pa bezwen
asirans. Gen enfimyè ki pale kreyòl.

Tillman Valley Community Health - (410) 555-0100
"""
    html = """<html><body style="text-align:center">
<h1>Vaksen kont grip - gratis!</h1>
<p>Samdi 21 novanm, 9:00 - 1:00<br>Legliz Bon Samariten, 18 Ri Harbor</p>
<p>Pou timoun 6 mwa ak plis ak granmoun. Pa bezwen randevou, pa bezwen asirans.<br>
Gen enfimyè ki pale kreyòl.</p>
<p>Tillman Valley Community Health - (410) 555-0100</p>
</body></html>"""
    return mail(A("Ahmed Farah", "afarah@" + ORG), A("Haitian Community Partners", "partners-ht@casaesperanza.example.org"),
                "Flyer: vaksen grip 21 novanm", D(10, 9, 25), ALT(text, html, "utf-8", "quoted-printable"))


@M("none", "prep-fair-volunteer-signup",
   "volunteer sign-up for a campus sexual-health fair offering free HIV tests and PrEP information", trap=True)
def _():
    body = """Hi everyone,

Tillman Community College asked us back for their sexual health fair on
Wednesday 11/18, 11-3 in the student union. We'll do free rapid HIV and
syphilis tests, PrEP and PEP information, condoms and the Medicaid
enrollment table.

Need: 2 testers (must be certified), 1 PrEP navigator, 1 enrollment
worker. Reply with your slot. Lunch provided.

DeShawn
"""
    return mail(A("DeShawn Miller", "dmiller@" + ORG), A("Open Door Clinic Staff", "opendoor-staff@" + ORG),
                "Volunteers for TCC health fair 11/18", D(9, 12, 5), T(body))


@M("none", "world-aids-day-planning-invite",
   "calendar invite for World AIDS Day planning; staff meeting, no patient", trap=True)
def _():
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:wad2026-planning-02@" + ORG,
        "DTSTAMP:20261110T140000Z",
        "DTSTART:20261117T170000Z", "DTEND:20261117T180000Z",
        "SUMMARY:World AIDS Day 12/1 - planning (vigil\\, testing van\\, press)",
        "LOCATION:Riverside conference room / Teams",
        "ORGANIZER;CN=DeShawn Miller:mailto:dmiller@" + ORG,
        "ATTENDEE;CN=Open Door Clinic Staff;RSVP=TRUE:mailto:opendoor-staff@" + ORG,
        "END:VEVENT", "END:VCALENDAR",
    ])
    return mail(A("DeShawn Miller", "dmiller@" + ORG), A("Open Door Clinic Staff", "opendoor-staff@" + ORG),
                "World AIDS Day planning", D(10, 9, 0),
                MIX(T("Agenda: vigil at the library steps, testing van schedule, press release, red ribbon table.\n"),
                    P("text/calendar", cal, cs="utf-8", cte="7bit", params=[("method", "REQUEST")])),
                extra=[X_OUTLOOK])


@M("none", "moud-prescriber-training",
   "announcement of a free CME webinar on buprenorphine prescribing and low-threshold MOUD", trap=True)
def _():
    body = """Free CME: Low-threshold buprenorphine in primary care

Thursday, December 3, 2026, 12:00-1:00 PM (virtual)
1.0 AMA PRA Category 1 Credit

- Home and micro-dosing inductions in the fentanyl era
- Managing precipitated withdrawal
- Sublingual to extended-release injectable transitions
- Contingency management and the FQHC

Register: https://learning.regionalmoudnetwork.example.org/dec3

Presented by the Regional MOUD Learning Network.
"""
    return mail(A("Regional MOUD Learning Network", "events@regionalmoudnetwork.example.org"), A("Samuel Oyelaran", "soyelaran@" + ORG),
                "Dec 3 CME: low-threshold buprenorphine", D(11, 11, 0), T(body))


@M("none", "eap-counselling-reminder",
   "HR's all-staff reminder about EAP counselling for stress, depression and substance use; no individual", trap=True)
def _():
    body = """Dear colleagues,

The end of the year is hard for many of us. A reminder that the Employee
Assistance Program offers up to 8 free, confidential counseling sessions
per issue for you and anyone in your household: stress, grief,
depression, anxiety, alcohol or drug concerns, parenting, money worries.

Call (410) 555-0198, 24/7, or visit https://eap.harborlineeap.example.com
(code: TVCH). HR is never told who uses it.

And if you are ever in crisis, call or text 988.

Carla Jennings, HR
"""
    return mail(A("Human Resources", "hr@" + ORG), A("All Staff", "allstaff@" + ORG),
                "You are not alone - EAP reminder", D(16, 8, 0), T(body))


@M("none", "open-enrollment-fertility-benefit",
   "HR open-enrolment notice describing plan changes incl. fertility and contraception coverage; no individual", trap=True)
def _():
    body = """Open enrollment runs November 9-23.

What's new for 2027:
- Medical: the Silver plan deductible drops to $1,500.
- Fertility benefit: up to $15,000 lifetime for IVF, egg freezing and
  related medications (both plans).
- Contraception: all FDA-approved methods covered at $0, including
  vasectomy.
- Mental health: virtual therapy visits $0 copay.
- Dental: orthodontia added for dependents under 19.

Make your elections in the HR portal. Questions: hr@tvch.example.org.
"""
    return mail(A("Human Resources", "hr@" + ORG), A("All Staff", "allstaff@" + ORG),
                "Open enrollment starts today", D(9, 7, 45), T(body, "utf-8", "base64"))


@M("none", "direct-deposit-employee-id",
   "payroll confirmation of a direct-deposit change with an employee ID and masked account; no health content", trap=True)
def _():
    body = """This confirms that your direct deposit was updated on 11/10/2026.

Employee ID:     E10931
Bank:            Tillman Federal Credit Union
Account:         ******4471 (checking)
Effective:       pay date 11/20/2026

If you did not make this change, contact Payroll right away at
(410) 555-0107.
"""
    return mail(A("TVCH Payroll", "payroll@" + ORG), A("Luz Herrera", "lherrera@" + ORG),
                "Direct deposit change confirmed", D(10, 16, 41), T(body))


@M("none", "job-posting-counselor",
   "job posting for a licensed counselor in the buprenorphine programme and integrated behavioural health", trap=True)
def _():
    body = """NOW HIRING: Licensed Alcohol and Drug Counselor / LCSW
Bridge Program (MOUD) and Integrated Behavioral Health - Main Street

- Individual and group counseling (IOP, relapse prevention, contingency management)
- Warm handoffs from primary care; co-located with prescribers
- Bilingual Spanish/English strongly preferred
- $62,000-$74,000 + loan repayment eligibility (HPSA site)

Apply: https://careers.tvch.example.org/jobs/2026-118
Please share with your networks.
"""
    return mail(A("TVCH Careers", "careers@" + ORG), A("Community Partners", "partners@" + ORG),
                "Job posting: counselor, Bridge Program", D(11, 9, 10), T(body))


@M("none", "ehr-release-notes-segmentation",
   "EHR release notes about Part 2 consent segmentation and sensitive-note flags; software, no patient", trap=True)
def _():
    body = """Cobalt EHR 26.4 - release notes (go-live Sunday 11/22, 02:00-04:00)

* Part 2 segmentation: SUD-program notes can now be tagged with the
  42 CFR Part 2 label and are excluded from CCD exports unless a consent
  on file covers the recipient.
* Sensitive results: HIV viral load, genetic panels and STI results can
  be held from automatic portal release for up to 7 days.
* Behavioral health: PHQ-9 and GAD-7 flowsheets gain trend graphs.
* Fixed: interpreter-needed flag not printing on the day sheet.

Downtime packets will be in each site's manager office by Friday.

IT Applications Team
"""
    return mail(A("IT Applications", "it-apps@" + ORG), A("All Staff", "allstaff@" + ORG),
                "Cobalt 26.4 release notes - go-live 11/22", D(17, 12, 0), T(body, "utf-8", "quoted-printable"))


@M("none", "click-simulation-results",
   "IT's aggregate results of a phishing simulation by department; no individual health content", trap=True)
def _():
    body = """October phishing simulation - results by department

Department            Sent  Clicked  Reported
Primary Care            96       11        41
Behavioral Health       28        2        17
Dental                  31        6         9
Billing/PFS             22        4        12
Outreach/CHW            19        5         6
Admin/HR/Grants         34        3        22

The lure was a fake "lab results portal". Great job BH on reporting.
Everyone who clicked has been assigned the 10-minute refresher.

Ben Mosley, IT Security
"""
    return mail(A("Ben Mosley", "bmosley@" + ORG), A("Managers", "managers@" + ORG),
                "Phishing sim results - October", D(12, 13, 40), T(body))


@M("none", "fax-server-maintenance-northgate",
   "IT notice of fax server maintenance at one site")
def _():
    body = """Heads up: the Northgate fax server will be down Saturday 11/14 from
7:00 to 11:00 AM for a firmware update. Inbound faxes will queue and
deliver when it's back. For urgent outbound faxes use the Main Street
machine.

IT Helpdesk, ext. 4357
"""
    return mail(A("TVCH Helpdesk", "helpdesk@" + ORG), A("Northgate Staff", "northgate-all@" + ORG),
                "Northgate fax down Sat 7-11am", D(12, 11, 0), body)


@M("none", "hrsa-progress-narrative",
   "grants narrative for a federal progress report with programme-level counts for MAT expansion", trap=True)
def _():
    body = """Nadia,

Draft paragraph for the Behavioral Health Service Expansion progress
report, section 3:

"In the reporting period TVCH added two buprenorphine-waivered... (strike
'waivered', no longer a thing) ...two buprenorphine prescribers and one
LADC. Patients receiving MOUD rose from 244 to 318 (+30%). 72% of new
patients were retained at 90 days. Same-day inductions were offered at
all three primary care sites, and 61 patients were started on extended-
release buprenorphine. The integrated behavioral health team completed
2,940 warm handoffs."

Numbers are from the Bridge registry as of 10/31.

Felix
"""
    return mail(A("Felix Amador", "famador@" + ORG), A("Nadia Petrosyan", "npetrosyan@" + ORG),
                "BHSE progress report - sec 3 draft", D(13, 10, 10), T(body))


@M("none", "title-x-method-mix",
   "Title X family planning annual data: aggregate contraceptive method mix and STI testing counts", trap=True)
def _():
    p = pdf([
        "TVCH Family Planning (Title X) - FPAR 2026 preliminary, Table 7",
        "Unduplicated family planning users: 1,204",
        "Primary method at exit visit:",
        "  Oral contraceptives ............ 22%",
        "  Injectable ..................... 18%",
        "  IUD (hormonal + copper) ........ 16%",
        "  Implant ........................ 14%",
        "  Condoms only ................... 11%",
        "  None / pregnant / seeking ...... 19%",
        "Chlamydia tests (users <25): 611; positivity 7.9%",
        "Aggregate data; cells under 10 suppressed.",
    ], flate=True, producer="Excel to PDF")
    return mail(A("Nadia Petrosyan", "npetrosyan@" + ORG), A("Marisol Cardenas", "mcardenas@" + ORG),
                "FPAR prelim table 7", D(16, 14, 25),
                MIX(T("Marisol - preliminary Table 7 attached for your review before we submit.\n\nNadia\n"),
                    ATT("application/pdf", p, "FPAR2026_table7_prelim.pdf")))


@M("none", "board-qi-dashboard",
   "board packet QI dashboard with centre-wide rates (A1c control, depression screening, HIV viral suppression)", trap=True)
def _():
    html = """<html><body>
<p>Board members,</p>
<p>Quality dashboard for the November 19 meeting. All figures are clinic-wide rates, year to date.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Measure</th><th>TVCH</th><th>Goal</th></tr>
<tr><td>Diabetes: A1c &gt; 9 (lower is better)</td><td>27%</td><td>&lt; 25%</td></tr>
<tr><td>Hypertension controlled</td><td>64%</td><td>68%</td></tr>
<tr><td>Depression screening and follow-up</td><td>81%</td><td>80%</td></tr>
<tr><td>HIV viral suppression</td><td>88%</td><td>90%</td></tr>
<tr><td>Early entry into prenatal care</td><td>76%</td><td>78%</td></tr>
<tr><td>Children's sealants (6-9 yrs)</td><td>58%</td><td>55%</td></tr>
</table>
<p>Regards,<br>Office of the CEO</p>
</body></html>"""
    return mail(A("Office of the CEO", "ceo-office@" + ORG), A("Board of Directors", "board@" + ORG),
                "Board packet: QI dashboard", D(16, 17, 30), H(html, "utf-8", "quoted-printable"))


@M("none", "contraceptive-supply-order",
   "an invoice for contraceptive supplies between the distributor and the clinic; no patient", trap=True)
def _():
    body = """INVOICE  MMS-INV-558104        Date 11/11/2026
Bill to: Tillman Valley Community Health - Northgate Family Planning
340B account: 340B-TVCH-02

Qty  Item                                             Unit      Ext
 20  medroxyprogesterone acetate inj 150 mg/mL vial   $9.80   $196.00
 10  levonorgestrel IUS 52 mg                        $51.00   $510.00
 10  copper T380A IUD                                $38.50   $385.00
 12  etonogestrel implant 68 mg                      $69.00   $828.00
 50  ulipristal 30 mg tab (EC)                        $3.10   $155.00
                                               Total        $2,074.00
Terms: net 30. Tracking NSC-55802211.
"""
    return mail(A("Meridian Medical Supply AR", "ar@meridianmed.example.com"), A("TVCH Accounts Payable", "ap@" + ORG),
                "Invoice MMS-INV-558104", D(11, 18, 2), T(body))


@M("none", "lab-test-menu-update",
   "reference lab's test-menu update (4th-gen HIV, STI NAAT, carrier panels) to client practices", trap=True)
def _():
    body = """Client bulletin 26-11: test menu changes effective December 1

- HIV-1/2 Ag/Ab (4th gen) with reflex to differentiation: new code 4410,
  same tube (SST), results in 24h.
- CT/NG NAAT: now validated for self-collected vaginal swabs.
- Expanded carrier screening (CF, SMA, fragile X + 110 genes): turnaround
  reduced to 10 days.
- Hemoglobin A1c: new reference range footnote per method change.

Updated requisitions ship this week. Questions: (410) 555-0170.

Crestline Reference Laboratory
"""
    return mail(A("Crestline Reference Laboratory", "bulletins@crestlinelab.example.com"), A("TVCH Lab Leads", "lab-leads@" + ORG),
                "Client bulletin 26-11: test menu changes", D(10, 6, 30), T(body))


@M("none", "dental-supply-backorder",
   "dental supply backorder notice; the part number looks like an SSN but there is no person", trap=True)
def _():
    body = """Backorder notice - order DC-77120

Item 410-52-8821  Fluoride varnish 5% unit dose, mint, 200/bx   qty 4   ETA 12/02
Item 118-07-3390  Pit & fissure sealant, light-cure, 4x1.2 mL  qty 6   shipped
Item 220-15-0046  Prophy angles, soft cup, 500/bx              qty 2   shipped

We can substitute the bubblegum varnish (item 410-52-8822) at the same
price. Reply YES to substitute.

DentaCore Supply - Customer Service
"""
    return mail(A("DentaCore Supply", "service@dentacore.example.com"), A("Northgate Dental", "dental-ng@" + ORG),
                "Backorder on DC-77120", D(12, 9, 40, tz="-0600"), T(body))


@M("none", "interpreter-invoice-summary",
   "interpreting vendor's monthly invoice summarised by language and minutes; no patient (twin of the per-encounter invoice)", trap=True)
def _():
    body = """LinguaLink Interpreting - October 2026 statement

Language     Calls  Minutes   Amount
Spanish        412    9,804  $14,706.00
Somali          61    1,830   $3,202.50
Haitian Cr.     44    1,210   $2,117.50
Vietnamese      38    1,044   $1,827.00
Arabic          27      801   $1,401.75
Other (14)      58    1,602   $2,963.70
Total          640   16,291  $26,218.45

Invoice LL-2026-1030. Terms net 30.
"""
    return mail(A("LinguaLink Billing", "ar@lingualink.example.com"), A("Ines Duarte", "iduarte@" + ORG),
                "October statement LL-2026-1030", D(9, 7, 5, tz="-0800"), T(body))


@M("none", "interpreter-roster-phones",
   "Language Services roster of staff interpreters with languages, sites and phone numbers", trap=True)
def _():
    body = """Staff interpreter roster - week of 11/16

Name              Languages              Site        Cell
Ines Duarte       Spanish, Portuguese    Main St     (410) 555-0151
Farhiya Omar      Somali, Arabic         Northgate   (410) 555-0152
Nguyen Bao Chau   Vietnamese             Main St     (410) 555-0153
Marie-Ange Joseph Haitian Creole, French Riverside   (410) 555-0154
Tesfaye Alemu     Amharic, Tigrinya      Northgate   (410) 555-0155

For all other languages, use the LinguaLink video cart or dial
(410) 555-0158, account 4471.
"""
    return mail(A("Ines Duarte", "iduarte@" + ORG), A("Front Desks", "frontdesk-all@" + ORG),
                "Interpreter roster 11/16", D(13, 16, 15), T(body))


@M("none", "chw-mi-training",
   "CHW training announcement on motivational interviewing for diabetes and blood-pressure coaching", trap=True)
def _():
    body = """CHW team,

Next Wednesday's training (11/18, 1-4 PM, Northgate community room) is
motivational interviewing for diabetes and blood pressure coaching:
open questions, reflections, "elicit-provide-elicit" for glucose logs,
and role plays on insulin fears and pill burden. We will also review the
new home BP cuff loaner process.

Bring your cases without names - use "a client in her 60s", etc.

Luz
"""
    return mail(A("Luz Herrera", "lherrera@" + ORG), A("CHW Team", "chw-team@" + ORG),
                "Wed training: MI for diabetes/BP", D(11, 15, 30), T(body))


@M("none", "mobile-pantry-schedule",
   "food bank's mobile pantry schedule for partner sites with diabetes-friendly boxes; no individual", trap=True)
def _():
    body = """Partners,

Mobile pantry schedule through December:

  Tue 11/17  Northgate Health Center lot     10:00-12:00
  Thu 11/19  Alder Park Middle School        3:00-5:00
  Sat 11/21  Safe Harbor Family Shelter      9:00-11:00
  Tue 11/24  Main Street Health Center lot   10:00-12:00 (Thanksgiving boxes)

Diabetes-friendly and low-sodium boxes are available at every stop for
anyone who asks; no paperwork needed.

Gabe Ostrowski
Partner Programs, Greater Tillman Food Bank
"""
    return mail(A("Gabe Ostrowski", "gostrowski@tillmanfoodbank.example.org"), A("Food Bank Partners", "partners@tillmanfoodbank.example.org"),
                "Mobile pantry schedule Nov-Dec", D(9, 13, 0), T(body))


@M("none", "shelter-cold-weather-alert",
   "shelter's cold-weather capacity notice to partners, reminding residents to bring medications; no individual", trap=True)
def _():
    body = """Code Blue is in effect tonight through Thursday (lows of 18F).

Safe Harbor is opening 30 overflow cots. Please let people know:
- intake from 6 PM; no ID required
- bring any medications you take, including insulin and inhalers;
  we have a locked fridge
- the TVCH street medicine van will be here Wednesday 7-9 PM

Trina Wallace, Safe Harbor Family Shelter, (410) 555-0186
"""
    return mail(A("Trina Wallace", "twallace@safeharbor.example.org"), A("Homeless Services Partners", "hsp-list@safeharbor.example.org"),
                "CODE BLUE tonight - overflow open", D(16, 14, 0), T(body))


@M("none", "housing-voucher-briefing",
   "housing authority's partner briefing on voucher waitlists and how accommodation requests work in general", trap=True)
def _():
    body = """Partner agencies,

The Housing Choice Voucher waitlist opens for one week on December 1.
We will hold a briefing for case managers and CHWs on Tuesday 11/24 at
10 AM (Teams). Topics: preferences for households with a disabled member,
how reasonable-accommodation requests and supporting letters from health
providers are handled, and what documentation is NOT needed (we never
need a diagnosis, only that the need exists).

Marcus Bell
Resident Services, Tillman Housing Authority
"""
    return mail(A("Marcus Bell", "mbell@tha.example.org"), A("THA Partners", "partners@tha.example.org"),
                "HCV waitlist + briefing 11/24", D(12, 10, 5), T(body))


@M("none", "sbhc-consent-template-merge",
   "school district's consent-form merge template for next year's SBHC services, placeholders only", trap=True)
def _():
    body = """Rachel,

Here is the consent letter template for the 2027-28 packets. The merge
fields come from the student information system. Please check the
service list wording before we print.

--------
Dear Parent/Guardian of {{student_first}} {{student_last}} (Grade {{grade}}),

The Alder Park School-Based Health Center, operated by Tillman Valley
Community Health, offers sports physicals, immunizations, sick visits,
dental sealants, and behavioral health counseling. Under state law,
students may consent on their own to some services, including
reproductive health and mental health counseling.

[ ] I consent to all services   [ ] I consent to all except: ______
Student ID: {{student_id}}   Return by {{return_date}}
--------

Pam Okonkwo, RN, District Health Services
"""
    return mail(A("Pam Okonkwo", "pokonkwo@tusd.example.org"), A("Rachel Abernathy FNP", "rabernathy@" + ORG),
                "consent template 27-28", D(17, 15, 5), T(body))


@M("none", "treatment-court-staffing-moved",
   "treatment court coordinator moves the weekly staffing; no participant named", trap=True)
def _():
    body = """Team,

Because of the Thanksgiving docket, next week's pre-court staffing moves
from Thursday to Tuesday 11/24 at 1:30 PM, courtroom 3B conference room.
Treatment providers, please send your weekly updates by Monday noon.

Lori Stafford
Coordinator, Tillman County Treatment Court
"""
    return mail(A("Lori Stafford", "lstafford@court.tillmancounty.test"), A("Treatment Court Team", "tc-team@court.tillmancounty.test"),
                "Staffing moved to Tues 11/24", D(17, 9, 20), T(body))


@M("none", "payer-bulletin-pa-changes",
   "payer provider bulletin on prior-authorisation changes for GLP-1s and buprenorphine; policy, no member", trap=True)
def _():
    body = """Provider Bulletin - December 2026 formulary update

Effective 1/1/2027:
- Buprenorphine/naloxone SL film and tablets: no prior authorization,
  no quantity limit below 24 mg/day.
- Extended-release buprenorphine injection: PA removed for members
  with an OUD diagnosis on the claim.
- GLP-1 agonists: PA required; approval for type 2 diabetes with
  A1c >= 7.0 after metformin trial. Not covered for weight loss alone.
- PrEP (oral and injectable): covered without PA; labs every 3 months
  per guideline.

Full formulary: https://providers.tchp.example.com/formulary
"""
    return mail(A("TCHP Provider Communications", "bulletins@tchp.example.com"), A("TVCH Billing", "billing@" + ORG),
                "Provider Bulletin: 2027 formulary changes", D(13, 6, 0, tz="-0600"), T(body))


@M("none", "remittance-batch-check-number",
   "notice that an 835 remittance batch is available, with check and batch numbers but no patient detail", trap=True)
def _():
    body = """Your electronic remittance advice is ready.

Payer:        Tillman Community Health Plan
Payee:        Tillman Valley Community Health
EFT trace:    1TCH20261112004471
Amount:       $48,219.06
Claims:       312 paid, 27 denied, 4 adjusted
File:         835_TCHP_20261112.edi (available for 90 days)

Log in to ClaimBridge to download.
"""
    return mail(A("ClaimBridge", "notify@claimbridge.example.net"), A("TVCH Billing", "billing@" + ORG),
                "ERA available: $48,219.06 from TCHP", D(12, 5, 15), T(body))


@M("none", "sliding-fee-schedule-2027",
   "the new sliding-fee discount schedule by household size and income; policy table, no patient", trap=True)
def _():
    body = """Sliding Fee Discount Schedule - effective 1/1/2027 (draft for board)

Household  Level A       Level B         Level C         Level D
size       <=100% FPL    101-150%        151-200%        >200%
1          <= $15,650    $15,651-23,475  $23,476-31,300  > $31,300
2          <= $21,150    $21,151-31,725  $31,726-42,300  > $42,300
3          <= $26,650    $26,651-39,975  $39,976-53,300  > $53,300
4          <= $32,150    $32,151-48,225  $48,226-64,300  > $64,300

Nominal fee: medical $20, dental $25, behavioral health $10.
Levels B/C: 75% / 50% discount. Level D: full fee.

Denise
"""
    return mail(A("Denise Polk", "dpolk@" + ORG), A("Finance Committee", "finance-committee@" + ORG),
                "SFDS 2027 draft", D(17, 10, 45), T(body))


@M("none", "clearinghouse-outage",
   "clearinghouse outage notice about delayed claim submissions and eligibility checks", trap=True)
def _():
    body = """Service incident - resolved

Between 06:10 and 09:45 Central on November 11, claim submission (837P,
837D) and real-time eligibility (270/271) were unavailable. Claims sent
during the window were queued and have now been processed. No action is
needed unless you received a 999 rejection.

ClaimBridge Status Team
"""
    return mail(A("ClaimBridge Status", "status@claimbridge.example.net"), A("TVCH Billing", "billing@" + ORG),
                "[Resolved] Claim submission delay 11/11", D(11, 11, 20, tz="-0600"), T(body))


@M("none", "feria-inscripcion-seguro",
   "Spanish flyer for a marketplace/Medicaid enrolment fair; no individual", lang="es", trap=True)
def _():
    body = """¡Feria de Inscripción al Seguro Médico!

Sábado 14 de noviembre, 10 a. m. a 2 p. m.
Casa Esperanza, 250 Calle Jefferson

Nuestros navegadores certificados le ayudan gratis a solicitar Medicaid,
CHIP o un plan del Mercado. Traiga: identificación, comprobantes de
ingresos y, si tiene, su carta de cobertura actual.

Hay cuidado de niños y café. Más información: (410) 555-0112.
"""
    return mail(A("Thao Nguyen", "tnguyen@" + ORG), A("Casa Esperanza", "info@casaesperanza.example.org"),
                "Volante para la feria del sábado", D(9, 15, 12), T(body, "windows-1252", "8bit"), scs="windows-1252", smode="Q")


@M("none", "kham-sang-loc-chua",
   "Vietnamese announcement of a free blood-pressure and diabetes screening at a temple; no individual", lang="vi", trap=True)
def _():
    body = """Thông báo: Khám sàng lọc sức khỏe miễn phí

Chủ nhật, ngày 22 tháng 11, 9 giờ sáng - 1 giờ chiều
Chùa Phước Huệ, 90 đường Lake

- Đo huyết áp, thử đường huyết, tư vấn bệnh tiểu đường
- Tiêm ngừa cúm miễn phí
- Hướng dẫn đăng ký bảo hiểm y tế

Có nhân viên nói tiếng Việt. Không cần hẹn trước.
Tillman Valley Community Health - (410) 555-0100
"""
    return mail(A("Thao Nguyen", "tnguyen@" + ORG), A("Ban Trị Sự Chùa Phước Huệ", "banquanly@phuochue.example.org"),
                "Thông báo khám sức khỏe miễn phí 22/11", D(10, 10, 40), T(body, "utf-8", "quoted-printable"))


@M("none", "flu-covid-newsletter-chinese",
   "Chinese HTML newsletter about flu and COVID vaccines for seniors; education, no individual", lang="zh", trap=True)
def _():
    html = """<html><body>
<h2>冬季健康提示</h2>
<p>流感和新冠疫苗现已在所有诊所提供。65岁以上长者、孕妇和慢性病患者（如糖尿病、心脏病）
尤其应尽早接种。两种疫苗可以同一天接种。</p>
<p>无需预约，有普通话和粤语翻译。没有保险也可以接种。</p>
<p>电话：(410) 555-0100</p>
</body></html>"""
    return mail(A("Tillman Valley Community Health", "newsletter@" + ORG), A("华人社区通讯", "chinese-newsletter@" + ORG, "utf-8", "B"),
                "冬季健康提示：流感和新冠疫苗", D(12, 8, 0), H(html, "utf-8", "base64"))


@M("none", "refugee-orientation-arabic",
   "Arabic announcement from a resettlement partner of a health-system orientation session; no individual", lang="ar", trap=True)
def _():
    body = """إعلان

جلسة تعريفية للعائلات الجديدة حول النظام الصحي في تيلمان:
كيف تحجز موعداً، ما هو المركز الصحي المجتمعي، التأمين الصحي (Medicaid)،
التطعيمات المطلوبة للمدارس، والصحة النفسية للأطفال.

الخميس 19 نوفمبر، الساعة 5 مساءً، مكتب بيت اللاجئين.
يتوفر مترجم وعشاء خفيف.
"""
    return mail(A("Refugee Welcome House", "events@refugeewelcome.example.org"), A("Community Partners", "partners@" + ORG),
                "جلسة تعريفية بالنظام الصحي - 19 نوفمبر", D(11, 12, 30), T(body, "utf-8", "8bit"))


@M("none", "somali-class-invitation",
   "Somali invitation to a diabetes-education class at the mosque; no individual", lang="so", trap=True)
def _():
    body = """Fasal bilaash ah: Sida loola noolaado sonkorowga

Jimcaha 20 Noofembar, kadib salaadda casar
Masjidka Al-Nuur, qolka shirarka

Waxaa na la joogi doona CHW Ahmed Farah iyo kalkaaliso. Waxaan ka
hadli doonnaa cuntada, socodka, daawooyinka iyo soonka. Cabbirka
sonkorta iyo dhiig-karka waa bilaash.

Wixii su'aalo ah: (410) 555-0146
"""
    return mail(A("Ahmed Farah", "afarah@" + ORG), A("Horn of Africa Community Association", "info@hoaca.example.org"),
                "Fasalka sonkorowga - Jimcaha", D(13, 11, 20), T(body))


@M("none", "russian-heating-assistance",
   "Russian-language partner notice about winter heating bill assistance", lang="ru")
def _():
    body = """Уважаемые партнёры,

Программа помощи с оплатой отопления начинает приём заявлений 1 декабря.
Консультации на русском языке проводятся по средам с 10:00 до 14:00 в
офисе общественного центра. Нужно принести счёт за отопление, паспорт и
справку о доходах.

Пожалуйста, передайте информацию вашим клиентам.
"""
    return mail(A("Tillman Community Action", "energy@tillmanaction.example.org"), A("Partner agencies", "partners@" + ORG),
                "Помощь с оплатой отопления", D(10, 14, 5), T(body, "koi8-r", "base64"), scs="koi8-r")


@M("none", "feira-saude-voluntarios",
   "Portuguese message from a church about volunteers for its health fair with blood-pressure checks; no individual", lang="pt", trap=True)
def _():
    body = """Olá, Thao!

Confirmamos a Feira de Saúde na igreja no domingo, 15 de novembro, depois
do culto (12h às 15h). Teremos uns 150 membros. Vocês podem trazer a
equipe para medir pressão, glicemia e aplicar a vacina da gripe? Também
queremos uma mesa sobre o programa de descontos para quem não tem seguro.

Temos quatro voluntários que falam português e inglês.

Abraços,
Pastora Lúcia Ferreira
Igreja Batista Nova Vida
"""
    return mail(A("Lúcia Ferreira", "lucia@novavida.example.org", "iso-8859-1", "Q"), A("Thao Nguyen", "tnguyen@" + ORG),
                "Feira de Saúde - domingo", D(9, 19, 30), T(body, "iso-8859-1", "8bit"), scs="iso-8859-1", smode="Q")


@M("none", "merci-depistage-femmes",
   "French thank-you from an African community association with aggregate cervical screening counts", lang="fr", trap=True)
def _():
    body = """Bonjour à toute l'équipe,

Un grand merci pour la journée de santé des femmes du 7 novembre. Au
total, 34 femmes ont fait un frottis de dépistage du col de l'utérus,
21 ont reçu le vaccin contre la grippe et 12 ont pris rendez-vous pour
une mammographie. Plusieurs nous ont dit que c'était la première fois
qu'on leur expliquait les choses en français.

Nous aimerions refaire la même chose au printemps.

Cordialement,
Aminata Coulibaly
Association des Familles Africaines de Tillman
"""
    return mail(A("Aminata Coulibaly", "contact@afat.example.org"), A("Marisol Cardenas", "mcardenas@" + ORG),
                "Merci pour la journée de santé des femmes", D(11, 17, 55), T(body, "windows-1252", "quoted-printable"),
                scs="windows-1252", smode="Q")


@M("none", "tagalog-christmas-party",
   "Tagalog staff message about the holiday party and gift exchange", lang="tl")
def _():
    body = """Hi mga kasama!

Ang Christmas party natin ay sa Biyernes, Disyembre 11, 6 PM sa
Northgate community room. Potluck po ito - mag-sign up sa sheet sa
break room kung ano ang dadalhin ninyo (lumpia ako!). Exchange gift:
$20, bunutan sa Lunes.

Salamat,
Joy (Dental front desk)
"""
    return mail(A("Joy Santos", "jsantos@" + ORG), A("Northgate Staff", "northgate-all@" + ORG),
                "Christmas party + bunutan", D(13, 12, 30), T(body))


@M("none", "toner-order-sensitive-display-name",
   "the HIV clinic's front desk writes to the copier vendor about toner; the display name is sensitive but no individual", trap=True)
def _():
    body = """Hi,

Our Riverside copier (serial RX-88120-T) is showing "toner low" and the
spare is gone. Can you send 2 black cartridges? Also the tray 2 jam is
back.

Thanks,
Front Desk
"""
    return mail(A("Open Door HIV & PrEP Clinic - Front Desk", "opendoor@" + ORG), A("Tillman Office Systems", "service@tillmanoffice.example.com"),
                "Toner + tray 2 jam", D(10, 11, 55), T(body))


@M("none", "holiday-hours-sensitive-display-name",
   "the buprenorphine programme's holiday-hours notice to staff; the display name is sensitive but no individual", trap=True)
def _():
    body = """Team,

Thanksgiving hours for the Bridge Program:
  Wed 11/25  8:00 - 2:00 (last induction 11:00)
  Thu 11/26  closed (on-call prescriber: Dr. Oyelaran)
  Fri 11/27  9:00 - 1:00, walk-ins only

Please make sure everyone with a visit that week has enough medication
to bridge to Monday; pharmacy knows to expect early refills.
"""
    return mail(A("Bridge Program - Opioid Treatment (MOUD)", "bridge@" + ORG), A("Main Street Staff", "mainstreet-all@" + ORG),
                "Thanksgiving hours", D(18, 10, 0), T(body))


@M("none", "coworker-birthday-card",
   "sign a coworker's birthday card; a date of birth with no health content", trap=True)
def _():
    body = """Psst - Maria Elena in billing turns 50 on Saturday (born 11/14/1976!).
Card is in my drawer, and I'm collecting $5 for cake from Porto's. Don't
tell her.

Denise
"""
    return mail(A("Denise Polk", "dpolk@" + ORG), A("Billing Team", "billing-team@" + ORG),
                "shhh - card for Maria Elena", D(11, 10, 2), T(body))


@M("none", "courier-pickup-schedule",
   "lab courier's revised specimen pickup schedule and route numbers; no patient", trap=True)
def _():
    body = """Revised pickup schedule starting Monday 11/16

Route 7 (Tillman)   Main Street     11:30, 4:45
                    Northgate       12:15, 5:15
                    Riverside       1:00 (STAT on call)
                    Alder Park SBHC Tue/Thu 2:30

Please have specimens bagged with requisitions and the manifest signed.
Frozen specimens need dry ice - call (410) 555-0171 by 10 AM.

Northstar Courier for Crestline Reference Laboratory
"""
    return mail(A("Northstar Courier Dispatch", "dispatch@northstarcourier.example.com"), A("TVCH Lab Leads", "lab-leads@" + ORG),
                "Route 7 pickup times", D(12, 7, 10), T(body))


@M("none", "medicaid-revalidation-group",
   "state Medicaid's revalidation notice for the organisation's group NPI; no patient", trap=True)
def _():
    body = """PROVIDER REVALIDATION NOTICE

Provider:     Tillman Valley Community Health
Group NPI:    %s
Medicaid ID:  MDP-0091147
Due date:     02/28/2027

Federal rules require revalidation every 5 years. Submit through the
provider enrollment portal. Failure to revalidate will end payment.

State Medicaid Provider Enrollment
""" % NPI_GROUP
    return mail(A("Medicaid Provider Enrollment", "enrollment@medicaid.state.test"), A("Tamsin Gray", "tgray@" + ORG),
                "Revalidation due 02/28/2027", D(10, 8, 15), T(body))


@M("none", "portal-notice-waiting-bilingual",
   "borderline: portal notice greeting the account holder by first name; it only says a message is waiting", trap=True)
def _():
    text = """Hi Carmen,

You have a new message in MyTVCH. To protect your privacy, we don't put
the message in e-mail. Log in to read it: https://portal.tvch.example.org/

Hola Carmen: Tiene un mensaje nuevo en MyTVCH. Para proteger su
privacidad, no incluimos el mensaje en este correo. Entre para leerlo.
"""
    return mail(A("MyTVCH Portal", "noreply-portal@" + ORG), A("Carmen Villalobos", "cvillalobos@correo.example.com"),
                "You have a new message / Tiene un mensaje nuevo", D(17, 13, 2), T(text, "utf-8", "quoted-printable"))


@M("none", "secure-message-waiting-plan",
   "payer's secure-message notification that a message is waiting; no content", trap=True)
def _():
    body = """You have received a secure message from Tillman Community Health Plan.

Sender: Care Management
Sent: 11/13/2026 2:14 PM

To view, sign in at https://securemail.tchp.example.com/inbox
This link expires in 14 days.
"""
    return mail(A("TCHP Secure Mail", "securemail@tchp.example.com"), A("Dolores Vance RN", "dvance@" + ORG),
                "Secure message from Tillman Community Health Plan", D(13, 14, 15, tz="-0600"), T(body))


@M("none", "trauma-informed-webinar",
   "webinar announcement on trauma-informed care for CHWs and front-desk staff", trap=True)
def _():
    body = """Trauma-Informed Care for Front-Line Staff
Tuesday, November 24, 2:00-3:30 PM ET (Zoom)

For community health workers, front-desk, enrollment and outreach staff.
We'll cover how trauma, intimate partner violence and historical harm
show up at check-in, how to avoid re-traumatizing language, and how to
warm hand off to behavioral health.

Free. Register: https://training.chwcollaborative.example.org/tic-1124
"""
    return mail(A("Regional CHW Collaborative", "training@chwcollaborative.example.org"), A("CHW Team", "chw-team@" + ORG),
                "Webinar 11/24: trauma-informed care", D(10, 12, 0), T(body))


@M("none", "chart-audit-template-csv",
   "QI chart-audit template whose CSV has column headers only (mrn, dob, phq9_score) and no rows", trap=True)
def _():
    csv = "reviewer,audit_date,mrn,dob,visit_date,phq9_score,phq9_followup_documented,bh_referral,notes\n"
    body = """Hi reviewers,

Here's the blank audit sheet for the depression screening follow-up
audit. Pull 10 charts each from the random list I'll send through the
secure folder (not by e-mail). Fill one row per chart.

Ira, Quality
"""
    return mail(A("Ira Feldman", "ifeldman@" + ORG), A("QI Reviewers", "qi-reviewers@" + ORG),
                "blank audit sheet - depression f/u", D(16, 11, 45),
                MIX(T(body), ATT("text/csv", csv, "audit_template_phq9.csv", cte="7bit", cs="us-ascii")))


@M("none", "county-overdose-dashboard",
   "county health department's weekly overdose dashboard with aggregate counts", trap=True)
def _():
    body = """Tillman County Overdose Surveillance - Week 45 (Nov 1-7, 2026)

Suspected overdose ED visits ..... 38 (4-week avg 31)
Suspected fatal overdoses ........ 3
EMS naloxone administrations ..... 29
Leading substances (tox, prelim) . fentanyl, xylazine, cocaine
ZIP codes above threshold ........ 21003, 21007

Xylazine wounds continue to rise; see the wound care guidance attached
to last week's alert. Naloxone is free at all county sites.

Tillman County Health Department, Epidemiology
"""
    return mail(A("TCHD Epidemiology", "epi@tillmancountyhealth.example.org"), A("Overdose Data Partners", "od-partners@tillmancountyhealth.example.org"),
                "Overdose dashboard - week 45", D(10, 15, 0), T(body))


@M("none", "han-congenital-surge-advisory",
   "health alert network advisory on rising congenital syphilis with testing guidance; no individual", trap=True)
def _():
    body = """HEALTH ADVISORY - Increase in syphilis and congenital syphilis

Tillman County reported 41 early syphilis cases and 3 congenital
syphilis cases through October 2026, compared with 22 and 0 in 2025.

Recommendations for clinicians:
1. Test all pregnant patients at the first prenatal visit, at 28 weeks
   and at delivery.
2. Test sexually active patients at any STI visit and at HIV/PrEP visits.
3. Treat presumptively with benzathine penicillin G when follow-up is
   uncertain.
4. Report cases within 24 hours.

Tillman County Health Department
"""
    return mail(A("TCHD Health Alert Network", "han@tillmancountyhealth.example.org"), A("Clinician list", "clinicians@tillmancountyhealth.example.org"),
                "HEALTH ADVISORY: syphilis increase", D(12, 16, 30), T(body))


@M("none", "vfc-fridge-temperature-alert",
   "vaccine refrigerator temperature alarm at the school clinic; inventory, no patient", trap=True)
def _():
    body = """ALERT: Sensor SBHC-VAX-01 (Alder Park SBHC, VFC refrigerator)

11/15/2026 03:12  temperature 9.4 C  (range 2.0 - 8.0 C)
11/15/2026 03:42  temperature 9.8 C
11/15/2026 04:12  temperature 7.6 C  (back in range)

Out of range for 61 minutes. Per VFC protocol, label stock "do not
use", contact the manufacturer for stability data and file an excursion
report. Inventory: 14 doses influenza, 6 Tdap, 8 HPV, 5 MenACWY.

TempGuard Monitoring
"""
    return mail(A("TempGuard Monitoring", "alerts@tempguard.example.com"), A("SBHC Staff", "sbhc-staff@" + ORG),
                "ALERT: SBHC-VAX-01 out of range", D(15, 4, 13), T(body))


@M("none", "sealant-day-promo",
   "promotional message for a free children's sealant day; marketing, no individual", trap=True)
def _():
    html = """<html><body style="font-family:Verdana,sans-serif">
<h2 style="color:#0b5d7a">Free Sealant Saturday!</h2>
<p>Saturday, December 5, 9 AM - 1 PM at Northgate Dental.</p>
<p>Free dental sealants and fluoride varnish for kids ages 6-14, no insurance needed.
Sealants prevent up to 80% of cavities in back teeth.</p>
<p>Call (410) 555-0125 to reserve a spot.</p>
</body></html>"""
    return mail(A("Northgate Dental", "dental-ng@" + ORG), A("TUSD Parent Newsletter", "parents@tusd.example.org"),
                "For your parent newsletter: Free Sealant Saturday", D(18, 9, 10), H(html, "utf-8", "7bit"))


@M("none", "spam-no-prescription-pills",
   "spam offering buprenorphine and other pills with no prescription; no individual", trap=True)
def _():
    body = """BEST PRICES 2026 !!! NO PRESCRIPTION NEEDED

Suboxone strips ....... $2.10
Tramadol 100mg ........ $0.89
Xanax 2mg ............. $1.45
Viagra / Cialis ....... $0.65

Discreet overnight shipping. Bitcoin accepted.
Order now: http://rx-discreet-meds.example.net/shop
"""
    return mail(A("Pharmacy Online", "deals@rx-discreet-meds.example.net"), A("", "info@" + ORG),
                "Re: your order - 80% OFF meds", D(14, 2, 44, tz="+0300"), T(body))


@M("none", "parking-repaving-staff",
   "facilities notice to staff about repaving and parking")
def _():
    body = """Main Street staff: the front lot closes Monday 11/16 for two weeks of
repaving. Staff parking moves to the Elm Street garage (level 3); badges
will open the gate starting Sunday. Please leave the church lot for
patients.

Facilities
"""
    return mail(A("Facilities", "facilities@" + ORG), A("Main Street Staff", "mainstreet-all@" + ORG),
                "Front lot closed 11/16-11/27", D(11, 16, 0), body)


@M("none", "fire-drill-northgate",
   "facilities notice of a fire drill")
def _():
    body = """There will be an unannounced fire drill at Northgate sometime during
the week of November 16. Please review your area's evacuation route and
assembly point (the far end of the back lot). Dental: turn off the
nitrous manifold on your way out.

Safety Committee
"""
    return mail(A("Safety Committee", "safety@" + ORG), A("Northgate Staff", "northgate-all@" + ORG),
                "Fire drill week of 11/16", D(13, 8, 5), T(body))


@M("none", "scan-signed-partner-mou",
   "scan-to-email of a signed partnership agreement with the food bank; a scanned document with no patient", trap=True)
def _():
    p = pdf([
        "MEMORANDUM OF UNDERSTANDING",
        "Between Tillman Valley Community Health and Greater Tillman Food Bank",
        "Purpose: host mobile pantry stops at TVCH sites and accept referrals for medically tailored food boxes.",
        "Term: January 1, 2027 - December 31, 2027",
        "Data: no patient information is shared under this MOU; referrals use a separate signed release.",
        "Signed: Chief Executive Officer, TVCH        Signed: Executive Director, GTFB",
    ])
    return mail(A("Scan to Email", "scanner-main@" + ORG), A("Nadia Petrosyan", "npetrosyan@" + ORG),
                "Scanned document", D(18, 14, 7),
                MIX(T("Scanned document attached.\n"), ATT("application/pdf", p, "MOU_GTFB_2027_signed.pdf")))


@M("none", "interface-mapping-spec-pid3",
   "interface mapping spec discussing PID-3, MRN assigning authority and OBX fields; configuration, no patient", trap=True)
def _():
    body = """Rita,

Confirming the mapping for the new results feed:

  PID-3.1   our MRN (7 digits), PID-3.4 assigning authority = TVCH, PID-3.5 = MR
  PID-7     DOB, YYYYMMDD
  OBR-16    ordering provider, NPI in component 1
  OBX-3     LOINC only; local codes rejected
  OBX-11    only F and C are filed; P is held
  MSH-11    P in production, T in test

Sensitive results (HIV viral load, genetic panels) should still come
through OBX but with OBR-44 flag "SENS" so Cobalt can hold them from the
portal.

Ben
"""
    return mail(A("Ben Mosley", "bmosley@" + ORG), A("Rita Chao", "rchao@crestlinelab.example.com"),
                "Re: results feed mapping", D(16, 15, 40), T(body), extra=[X_OUTLOOK])


@M("none", "staff-flu-vaccination-rates",
   "employee health's aggregate staff flu-vaccination rates by department; no individual", trap=True)
def _():
    body = """Managers,

Staff flu vaccination as of 11/13 (goal 90% by 11/30):

  Primary care ........ 94%
  Dental .............. 88%
  Behavioral health ... 79%
  Outreach / CHW ...... 71%
  Admin / billing ..... 83%
  Overall ............. 86% (412 of 479)

Declination forms are due from anyone not vaccinated by 11/30. Walk-in
shots for staff: Tuesdays and Thursdays 7:30-9:00 at Main Street.

Employee Health
"""
    return mail(A("Employee Health", "employeehealth@" + ORG), A("Managers", "managers@" + ORG),
                "Staff flu vaccination - where we are", D(13, 15, 45), T(body))


# =====================================================================
#                         build, write, check, stats
# =====================================================================
def build():
    built = []
    for s in MSGS:
        bad = [w for w in BANNED_IN_SLUG if w in s.slug]
        if bad or not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", s.slug):
            raise SystemExit("refusing to build: bad slug %r %s" % (s.slug, bad))
        ST.slug, ST.n = s.slug, 0
        built.append((s, s.fn()))
    random.Random(SEED).shuffle(built)
    files, rows = {}, []
    for num, (s, data) in enumerate(built, 1):
        rel = "%s/%03d-%s.eml" % (s.label, num, s.slug)
        files[rel] = data
        rows.append((rel, s.label, s.reason))
    rows.sort()
    tsv = "".join("%s\t%s\t%s\n" % r for r in rows).encode("utf-8")
    return files, tsv


def write(files, tsv):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if "%s/%s" % (lab, fn) not in files:
                os.remove(os.path.join(d, fn))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(tsv)


# ------------------------------------------------------------- checkers --
ALLOWED_DOMAINS = ("example.com", "example.org", "example.net")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"(?:https?|ftp)://([A-Za-z0-9.-]+)")
RE_WWW = re.compile(r"\bwww\.([A-Za-z0-9.-]+[A-Za-z0-9])")
RE_HOST = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|gov|edu|io|us|info|biz))\b")
RE_PHONE = re.compile(r"(?<!\d)(\d{3})[ .-](\d{4})(?!\d)")
RE_555 = re.compile(r"555[ .-]?(\d{4})")
RE_TEN = re.compile(r"(?<!\d)\d{10}(?!\d)")
RE_DEA = re.compile(r"\b[A-Z]{2}\d{7}\b")
RE_EW = re.compile(r"=\?[A-Za-z0-9_.:-]+\?[BbQq]\?")
RE_MID = re.compile(r"^<[^<>@\s]+@[A-Za-z0-9.-]+>$")


def host_ok(h):
    h = h.lower().rstrip(".")
    return h.endswith(".test") or any(h == d or h.endswith("." + d) for d in ALLOWED_DOMAINS)


def scan_invented(text, errs, where):
    for m in RE_EMAIL.finditer(text):
        if not host_ok(m.group(1)):
            errs.append("%s: address outside example/.test: %s" % (where, m.group(0)))
    for rx in (RE_URL, RE_WWW):
        for m in rx.finditer(text):
            h = m.group(1) if rx is RE_URL else "www." + m.group(1)
            if not host_ok(h):
                errs.append("%s: host outside example/.test: %s" % (where, h))
    for m in RE_HOST.finditer(text):
        if not host_ok(m.group(1)):
            errs.append("%s: host name outside example/.test: %s" % (where, m.group(1)))
    for m in RE_PHONE.finditer(text):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            errs.append("%s: phone-like number not 555-01xx: %s" % (where, m.group(0)))
    for m in RE_555.finditer(text):
        if not m.group(1).startswith("01"):
            errs.append("%s: 555 number not 555-01xx: %s" % (where, m.group(0)))


def scan_ids(text, errs, where):
    if "NPI" in text:
        for m in RE_TEN.finditer(text):
            if not luhn_ok("80840" + m.group(0)):
                errs.append("%s: 10-digit number fails NPI Luhn: %s" % (where, m.group(0)))
    if "DEA" in text:
        for m in RE_DEA.finditer(text):
            if not dea_ok(m.group(0)):
                errs.append("%s: DEA check digit fails: %s" % (where, m.group(0)))


def pdf_check(b, errs, where):
    texts = []
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n?$", b)
    if not b.startswith(b"%PDF-") or not m:
        errs.append(where + ": PDF header/startxref missing")
        return texts
    xo = int(m.group(1))
    if not b[xo:].startswith(b"xref\n"):
        errs.append(where + ": startxref does not point at xref")
        return texts
    lines = b[xo:].split(b"trailer")[0].split(b"\n")[1:]
    first, count = [int(x) for x in lines[0].split()]
    for i in range(count):
        ent = lines[1 + i]
        off, gen, kind = ent.split()
        if kind == b"n" and not b[int(off):].startswith(b"%d 0 obj" % (first + i)):
            errs.append("%s: xref offset wrong for object %d" % (where, first + i))
    for sm in re.finditer(rb"<< /Length (\d+)([^>]*)>>\nstream\n", b):
        ln, st = int(sm.group(1)), sm.end()
        raw = b[st:st + ln]
        if b[st + ln:st + ln + 10] != b"\nendstream":
            errs.append(where + ": stream /Length wrong")
            continue
        if b"FlateDecode" in sm.group(2):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                errs.append(where + ": Flate stream does not inflate")
                continue
        for t in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            texts.append(re.sub(rb"\\(.)", rb"\1", t).decode("latin-1"))
    return texts


def ics_check(s, errs, where):
    stack = []
    for ln in s.splitlines():
        if ln.startswith("BEGIN:"):
            stack.append(ln[6:])
        elif ln.startswith("END:"):
            if not stack or stack.pop() != ln[4:]:
                errs.append(where + ": ICS BEGIN/END mismatch at " + ln)
                return
    if stack:
        errs.append(where + ": ICS unclosed " + ",".join(stack))


def check_message(rel, data):
    errs, texts, idtexts = [], [], []
    if re.search(rb"(?<!\r)\n|\r(?!\n)", data):
        errs.append("bare CR or LF")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append("line over 998 octets")
            break
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(c > 127 for c in head):
        errs.append("8-bit byte in top-level header block")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("missing " + h)
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append("Content-Type without MIME-Version")
    if msg["Content-Type"] is None and any(c > 127 for c in data):
        errs.append("non-MIME message with 8-bit data")
    rawdate = str(msg["Date"] or "")
    dt = email.utils.parsedate_tz(rawdate)
    if not dt or dt[0] != 2026 or dt[9] is None or not re.search(r"[+-]\d{4}$", rawdate):
        errs.append("bad Date: " + rawdate)
    if not RE_MID.match(str(msg["Message-ID"] or "")):
        errs.append("bad Message-ID")
    for part in msg.walk():
        if part.defects:
            errs.append("defects: %r" % (part.defects,))
        for k, v in part.items():
            sv = str(v)
            if RE_EW.search(sv):
                errs.append("undecoded encoded word in " + k)
            if k.lower() in ("message-id", "in-reply-to", "references", "content-type"):
                for m in RE_EMAIL.finditer(sv):
                    if not host_ok(m.group(1)):
                        errs.append("%s: domain outside example/.test: %s" % (k, m.group(0)))
            elif k.lower() != "content-disposition":
                texts.append(sv)
                idtexts.append(sv)
        if part.is_multipart():
            continue
        where = part.get_content_type()
        try:
            content = part.get_content()
        except Exception as e:  # noqa
            errs.append("get_content failed for %s: %s" % (where, e))
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        raw = part.get_payload(decode=False)
        if cte == "base64":
            lines = raw.splitlines()
            if any(len(x) > 76 for x in lines):
                errs.append("base64 line over 76")
            try:
                base64.b64decode("".join(lines), validate=True)
            except Exception:
                errs.append("base64 not strict")
        elif cte == "quoted-printable":
            for x in raw.splitlines():
                if len(x) > 76:
                    errs.append("QP line over 76")
                if x != x.rstrip(" \t"):
                    errs.append("QP trailing whitespace")
                if re.search(r"=(?![0-9A-F]{2})(?!$)", x):
                    errs.append("QP bad escape")
        decoded = part.get_payload(decode=True)
        if cte == "7bit" and any(c > 127 for c in decoded):
            errs.append("8-bit data in 7bit part")
        if cte not in ("7bit", "8bit", "base64", "quoted-printable"):
            errs.append("unknown CTE " + cte)
        cs = part.get_content_charset()
        if cs:
            try:
                decoded.decode(codec(cs), "strict")
            except (UnicodeDecodeError, LookupError):
                errs.append("charset %s does not decode" % cs)
        fn = part.get_filename() or ""
        ct = part.get_content_type()
        if isinstance(content, str):
            texts.append(content)
            idtexts.append(content)
        if ct == "text/calendar" or fn.endswith(".ics"):
            ics_check(content if isinstance(content, str) else decoded.decode("utf-8"), errs, where)
        if ct.endswith("json") or fn.endswith(".json"):
            try:
                json.loads(decoded.decode("utf-8"))
            except ValueError:
                errs.append("JSON does not parse")
            texts.append(decoded.decode("utf-8"))
            idtexts.append(decoded.decode("utf-8"))
        if "hl7" in ct or fn.endswith(".hl7"):
            if not decoded.startswith(b"MSH|"):
                errs.append("HL7 does not start with MSH")
            texts.append(decoded.decode("ascii"))
            idtexts.append(decoded.decode("ascii"))
        if ct == "application/pdf":
            t = "\n".join(pdf_check(decoded, errs, fn))
            texts.append(t)
            idtexts.append(t)
        if fn.endswith(".docx"):
            try:
                z = zipfile.ZipFile(io.BytesIO(decoded))
                x = z.read("word/document.xml").decode("utf-8")
                t = "\n".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x))
                texts.append(t)
                idtexts.append(t)
            except Exception as e:  # noqa
                errs.append("DOCX does not open: %s" % e)
        if fn:
            texts.append(fn)
            idtexts.append(fn)
    for t in texts:
        scan_invented(t, errs, rel)
    scan_ids("\n".join(idtexts), errs, rel)
    return errs, msg


def check_all(expect_files=None, expect_tsv=None):
    errs = []
    files = {}
    on_disk = set()
    for root, dirs, fns in os.walk(HERE):
        for fn in fns:
            on_disk.add(os.path.relpath(os.path.join(root, fn), HERE).replace(os.sep, "/"))
    allowed = {"gen.py", "README.md", "labels.tsv"}
    for f in sorted(on_disk):
        if f in allowed:
            continue
        m = re.match(r"^(none|phi|restricted)/(\d{3})-([a-z0-9-]+)\.eml$", f)
        if not m:
            errs.append("stray file: " + f)
            continue
        files[f] = m
    for f in sorted(allowed):
        if f not in on_disk:
            errs.append("missing " + f)
    nums = sorted(int(m.group(2)) for m in files.values())
    if nums != list(range(1, 151)):
        errs.append("numbers are not exactly 001-150")
    for lab in LABELS:
        n = sum(1 for m in files.values() if m.group(1) == lab)
        if n != COUNTS[lab]:
            errs.append("%s: %d files, want %d" % (lab, n, COUNTS[lab]))
    for f, m in files.items():
        if any(w in m.group(3) for w in BANNED_IN_SLUG):
            errs.append("banned word in slug: " + f)
    rows = []
    if "labels.tsv" in on_disk:
        tsv = open(os.path.join(HERE, "labels.tsv"), "rb").read()
        if expect_tsv is not None and tsv != expect_tsv:
            errs.append("labels.tsv differs from what gen.py writes")
        rows = [r.split("\t") for r in tsv.decode("utf-8").splitlines()]
        if [r[0] for r in rows] != sorted(r[0] for r in rows):
            errs.append("labels.tsv not sorted")
        listed = [r[0] for r in rows]
        if sorted(listed) != sorted(files) or len(set(listed)) != len(listed):
            errs.append("labels.tsv does not list every file exactly once")
        for r in rows:
            if len(r) != 3 or r[0].split("/")[0] != r[1] or not r[2]:
                errs.append("bad labels.tsv row: %r" % (r,))
            elif r[1] == "restricted":
                reason = r[2][len("borderline: "):] if r[2].startswith("borderline: ") else r[2]
                if not any(reason.startswith(c) for c in CATEGORIES):
                    errs.append("restricted reason without category: " + r[0])
    if expect_files is not None:
        for f, data in expect_files.items():
            p = os.path.join(HERE, f)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                errs.append("differs from what gen.py writes: " + f)
    for f in sorted(files):
        data = open(os.path.join(HERE, f), "rb").read()
        e, _ = check_message(f, data)
        errs += ["%s: %s" % (f, x) for x in e]
    spec = {s.slug: s for s in MSGS}
    ne = sum(1 for s in MSGS if s.lang != "en")
    if not 28 <= ne <= 38:
        errs.append("non-English messages: %d (want 28-38)" % ne)
    traps = sum(1 for s in MSGS if s.label == "none" and s.trap)
    if traps < 55:
        errs.append("traps: %d (want >= 55)" % traps)
    if len(spec) != len(MSGS):
        errs.append("duplicate slugs")
    return errs


def stats():
    from collections import Counter
    files, _ = build()
    byslug = {s.slug: s for s in MSGS}
    lab = Counter(s.label for s in MSGS)
    print("labels:", dict(lab), "total", sum(lab.values()))
    cats = Counter()
    for s in MSGS:
        if s.label == "restricted":
            r = s.reason[len("borderline: "):] if s.reason.startswith("borderline: ") else s.reason
            cats[next(c for c in CATEGORIES if r.startswith(c))] += 1
    print("restricted categories:", dict(cats))
    print("traps (none):", sum(1 for s in MSGS if s.trap), "of", lab["none"])
    print("borderline:", Counter(s.label for s in MSGS if s.reason.startswith("borderline:")))
    langs = Counter()
    for s in MSGS:
        if s.lang != "en":
            langs[(s.label, s.lang)] += 1
    print("non-English:", sum(langs.values()))
    for l in LABELS:
        print("  %-10s %s" % (l, ", ".join("%s x%d" % (k[1], v) for k, v in sorted(langs.items()) if k[0] == l)))
    top, leaf, ctes, css = Counter(), Counter(), Counter(), Counter()
    for rel, data in files.items():
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        top[msg.get_content_type() if msg["Content-Type"] else "(no MIME headers)"] += 1
        for p in msg.walk():
            if p.is_multipart():
                continue
            if p is not msg:
                leaf[p.get_content_type()] += 1
            ctes[(p.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
            if p.get_content_charset():
                css[p.get_content_charset()] += 1
    print("top-level:", dict(top.most_common()))
    print("parts inside multiparts:", dict(leaf.most_common()))
    print("transfer encodings:", dict(ctes.most_common()))
    print("charsets:", dict(css.most_common()))


def main():
    if "--stats" in sys.argv:
        stats()
        return 0
    files, tsv = build()
    if "--check" not in sys.argv:
        write(files, tsv)
    errs = check_all(files, tsv)
    for e in errs:
        print("FAIL", e)
    print("%d messages; check %s" % (len(files), "FAILED (%d problems)" % len(errs) if errs else "passed"))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
