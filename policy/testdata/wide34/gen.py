#!/usr/bin/env python3
"""Generator for wide34: rehabilitation, therapy and allied health mail.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print labels, categories, languages, structure

Standard library only.  Deterministic: fixed dates, Message-IDs, MIME
boundaries, zip timestamps and a fixed shuffle seed.  Every person,
organisation, address, phone number and identifier below is invented.
"""
import base64
import binascii
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
from collections import Counter
from email.parser import BytesParser
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261208
LABELS = ("none", "phi", "restricted")
WANT = {"none": 70, "phi": 52, "restricted": 28}
CATS = ("mental health", "substance use", "HIV", "genetic", "reproductive")
BANNED = ("trap", "phi", "restricted", "none")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-9": "iso8859_9",
    "iso-8859-15": "iso8859_15", "windows-1250": "cp1250",
    "windows-1251": "cp1251", "windows-1252": "cp1252",
    "windows-1256": "cp1256", "koi8-r": "koi8_r", "koi8-u": "koi8_u",
    "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


# ------------------------------------------------------------ state ----
class _State:
    slug = ""
    n = 0


ST = _State()


def _h(tag):
    ST.n += 1
    return hashlib.sha1(("%s|%d|%s" % (ST.slug, ST.n, tag)).encode()).hexdigest()


def bnd():
    h = _h("b")
    style = int(h[0], 16) % 5
    if style == 0:
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:
        return "000000000000%s" % h[1:17]
    if style == 2:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    if style == 3:
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1767000000000 + int(h[13:19], 16))
    return "=_b34_%s" % h[1:27]


def mid(domain):
    h = _h("m")
    style = int(h[0], 16) % 4
    if style == 0:
        local = "%s.%s" % (h[1:13].upper(), h[13:21].upper())
    elif style == 1:
        local = "CAK%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    elif style == 2:
        local = "%s-%s-%s-%s-%s" % (h[1:9], h[9:13], h[13:17], h[17:21], h[21:33])
    else:
        local = "%s.%s.JavaMail.mailsvc" % (int(h[1:7], 16), int(h[7:15], 16))
    return "<%s@%s>" % (local, domain)


# ------------------------------------------------------------ dates ----
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(mo, d, h, mi=0, tz=None, s=0):
    """RFC 5322 date in 2026; US Eastern unless a zone is given."""
    if tz is None:
        dd = datetime.date(2026, mo, d)
        tz = "-0400" if datetime.date(2026, 3, 8) <= dd < datetime.date(2026, 11, 1) else "-0500"
    wd = _WD[datetime.date(2026, mo, d).weekday()]
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (wd, d, _MON[mo - 1], h, mi, s, tz)


# --------------------------------------------------------- encoders ----
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


def _ew1(b, cs, mode):
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
    words, cur = [], ""
    for ch in text:
        t = cur + ch
        if cur and len(_ew1(t.encode(cd), cs, mode)) > 70:
            words.append(_ew1(cur.encode(cd), cs, mode))
            cur = ch
        else:
            cur = t
    if cur:
        words.append(_ew1(cur.encode(cd), cs, mode))
    return "\r\n ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def A(name, addr, cs="utf-8", mode="B"):
    """A mailbox: display name (quoted or RFC 2047) plus address."""
    if not name:
        return addr
    if name.isascii():
        if any(c in _SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, cs, mode), addr)


def _param(k, v):
    if v.isascii():
        return '%s="%s"' % (k, v.replace("\\", "\\\\").replace('"', '\\"'))
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
    return "%s*=utf-8''%s" % (k, enc)


def _ctline(name, value, params):
    line = "%s: %s" % (name, value)
    for k, v in params:
        p = _param(k, v)
        last = line.rsplit("\r\n", 1)[-1]
        if len(last) + len(p) + 2 > 76:
            line += ";\r\n\t" + p
        else:
            line += "; " + p
    return line


# ------------------------------------------------------------ parts ----
class Part:
    def __init__(self, ctype, data=b"", cs=None, cte="7bit", filename=None,
                 disp=None, params=(), children=None, headers=(), name=True,
                 preamble=None):
        self.ctype, self.data, self.cs, self.cte = ctype, data, cs, cte
        self.filename, self.disp, self.params = filename, disp, list(params)
        self.children, self.headers, self.name = children, list(headers), name
        self.preamble = preamble

    def head(self):
        params = []
        if self.cs:
            params.append(("charset", self.cs))
        params += self.params
        if self.filename and self.name:
            params.append(("name", self.filename))
        if self.children is not None:
            self.boundary = bnd()
            params.append(("boundary", self.boundary))
        h = [_ctline("Content-Type", self.ctype, params)]
        if self.children is None:
            h.append("Content-Transfer-Encoding: " + self.cte)
        if self.disp or self.filename:
            h.append(_ctline("Content-Disposition", self.disp or "attachment",
                             [("filename", self.filename)] if self.filename else []))
        for k, v in self.headers:
            h.append("%s: %s" % (k, v))
        return h

    def body(self):
        if self.children is not None:
            out = b""
            if self.preamble:
                out += nl(self.preamble).encode("ascii")
                if not out.endswith(b"\r\n"):
                    out += b"\r\n"
            for c in self.children:
                out += b"\r\n--" + self.boundary.encode() + b"\r\n" + c.render()
            out += b"\r\n--" + self.boundary.encode() + b"--\r\n"
            return out
        d = self.data
        if self.cte == "base64":
            return b64_encode(d)
        if self.cte == "quoted-printable":
            e = qp_encode(d)
            return e if e.endswith(b"\r\n") else e + b"\r\n"
        return d if d.endswith(b"\r\n") else d + b"\r\n"

    def render(self):
        h = self.head()
        return (CRLF.join(h) + CRLF + CRLF).encode("ascii") + self.body()


def T(text, sub="plain", cs="utf-8", cte=None, flowed=False, params=(), **kw):
    """A text leaf.  cte defaults to 7bit for ASCII, 8bit otherwise."""
    data = nl(text)
    if not data.endswith("\r\n"):
        data += "\r\n"
    b = data.encode(codec(cs))
    if cte is None:
        cte = "7bit" if all(x < 128 for x in b) else "8bit"
    params = list(params) + ([("format", "flowed")] if flowed else [])
    return Part("text/" + sub, b, cs=cs, cte=cte, params=params, **kw)


def ATT(ctype, data, filename, cte="base64", cs=None, disp="attachment", name=True):
    if isinstance(data, str):
        data = data.encode(codec(cs or "utf-8"))
    return Part(ctype, data, cs=cs, cte=cte, filename=filename, disp=disp, name=name)


def MP(sub, *children, preamble=None, params=()):
    return Part("multipart/" + sub, children=list(children), preamble=preamble, params=params)


def ALT(text, html, cs="utf-8", cte=None, hcte=None):
    return MP("alternative", T(text, cs=cs, cte=cte), T(html, "html", cs=cs, cte=hcte or cte))


def _dom(addr):
    m = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", addr)
    return m.group(1) if m else "mail.example.com"


def mail(frm, to, subj, date, body, cc=None, extra=(), scs="utf-8", smode="B",
         irt=None, dom=None, mime=True, order=None):
    """A whole message.  body is a Part, or a str for a message with no
    MIME headers at all (ASCII only)."""
    if isinstance(to, (list, tuple)):
        to = ",\r\n ".join(to)
    if isinstance(cc, (list, tuple)):
        cc = ",\r\n ".join(cc)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", ew(subj, scs, smode)))
    h.append(("Date", date))
    h.append(("Message-ID", mid(dom or _dom(frm))))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", irt))
    h += list(extra)
    out = "".join("%s: %s\r\n" % kv for kv in h)
    if isinstance(body, str):
        b = nl(body)
        if not b.endswith("\r\n"):
            b += "\r\n"
        return (out + "\r\n" + b).encode("ascii")
    out += "MIME-Version: 1.0\r\n"
    return out.encode("ascii") + body.render()


def quote(text, who, when):
    lines = ["On %s, %s wrote:" % (when, who)]
    for ln in text.strip("\n").split("\n"):
        lines.append(">" + (" " + ln if ln else ""))
    return "\n".join(lines)


# ------------------------------------------------------ attachments ----
def npi(nine):
    """A 10-digit NPI whose check digit passes Luhn with the 80840 prefix."""
    digits = [int(c) for c in "80840" + nine]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return nine + str((10 - total % 10) % 10)


def npi_ok(s):
    digits = [int(c) for c in "80840" + s]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def dea(letters, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return s[0] in "ABCDEFGHJKLMPRSTUX" and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, flate=False, title=None):
    """A one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    ops = ["BT", "/F1 10 Tf", "13 TL", "56 760 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % _pdf_esc(ln))
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    if flate:
        content = zlib.compress(content, 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        (b"<< /Length %d%s >>\nstream\n" % (len(content), b" /Filter /FlateDecode" if flate else b"")) + content + b"\nendstream",
    ]
    if title:
        objs.append(("<< /Title (%s) /Producer (ScanStation 4.2) /CreationDate (D:20260101000000Z) >>" % _pdf_esc(title)).encode("latin-1"))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, b" /Info 6 0 R" if title else b"", xref)
    return out


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paras):
    """A minimal WordprocessingML document."""
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def png(w=8, h=8, seed=7):
    """A small grey-noise PNG."""
    rnd = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rnd.randrange(90, 200) for _ in range(w)) for _ in range(h))

    def chunk(t, d):
        return (len(d)).to_bytes(4, "big") + t + d + (zlib.crc32(t + d) & 0xFFFFFFFF).to_bytes(4, "big")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x00\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ics(lines):
    """iCalendar text with CRLF and 75-octet folding."""
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        first = True
        while len(b) > 75:
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b = b[cut:]
            first = False
        out.append(("" if first else " ") + b.decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


def hl7(segs):
    return ("\r".join(segs) + "\r").encode("ascii")


SIG_DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain protected\n"
    "health information. If you received it in error, notify the sender and delete it.")


# --------------------------------------------------------- registry ----
MSGS = []


def msg(label, slug, reason, lang="en", trap=False, cat=None):
    def deco(fn):
        MSGS.append({"label": label, "slug": slug, "reason": reason, "lang": lang,
                     "trap": trap, "cat": cat, "fn": fn})
        return fn
    return deco


# ------------------------------------------------------ organisations ----
KP = "kestrelpt.example.com"            # Kestrel Point Physical Therapy
BW = "brightwater-ot.example.com"       # Brightwater Hand & Occupational Therapy
CV = "clearvoice-speech.example.org"    # Clearvoice Speech & Language Clinic
HR = "halvorsenrehab.example.org"       # Halvorsen Rehabilitation Hospital
LO = "littleotter.example.org"          # Little Otter Pediatric Therapy Center
MS = "maplestone-nutrition.example.com" # Maplestone Nutrition & Diabetes Education
RC = "ridgewaychiro.example.com"        # Ridgeway Chiropractic
JL = "jadelotus-acu.example.com"        # Jade Lotus Acupuncture
SB = "seabright-wound.example.org"      # Seabright Wound Care & Hyperbaric Medicine
FP = "foundry-po.example.com"           # Foundry Prosthetics & Orthotics
WM = "willowmere.example.org"           # Willowmere Counseling Group
LH = "lanternhouse.example.org"         # Lantern House Eating Disorder Program
IB = "ironbridge-cm.example.com"        # Ironbridge Case Management
KR = "keystoneridge-cas.example.com"    # Keystone Ridge Casualty (workers' comp)
AM = "allmark-disability.example.com"   # Allmark Mutual Disability
TB = "talkbridge-aac.example.com"       # TalkBridge AAC (speech-generating devices)
PH = "pinehollow.k12.test"              # Pine Hollow Unified School District
SA = "summitadaptive.example.org"       # Summit Adaptive Sports
NG = "northgate-cc.example.org"         # Northgate Community Fitness Center
MT = "meridian-travel.example.com"      # Meridian Travel Therapy Staffing
MC = "motionce.example.org"             # MotionCE Institute
CW = "claimwise.example.com"            # Claimwise Rehab Billing
SN = "stridenote.example.com"           # StrideNote EMR
VV = "viavisit.example.net"             # ViaVisit telehealth
BC = "bellcrest-health.example.com"     # Bellcrest Health Plan
RB = "riverbend-chp.example.org"        # Riverbend Community Health Plan (Medicaid)
NS = "northstar-recovery.example.org"   # Northstar Recovery Services
LV = "lakeview-ortho.example.com"       # Lakeview Orthopedics
CH = "cedarhills-fm.example.com"        # Cedar Hills Family Medicine
AF = "asterfertility.example.com"       # Aster Fertility Center
MG = "marlow-genetics.example.org"      # Marlow Children's Genetics
AL = "alder-id.example.org"             # Alder Street Infectious Disease
GM = "mail.example.net"                 # a consumer mail service
WB = "webmail.example.org"              # another
IN = "inbox.example.com"                # another

SIG_KP = """Dana Whitlock, PT, DPT
Clinic Director | Kestrel Point Physical Therapy - Harbor Street
T 555-0121 | F 555-0122
kestrelpt.example.com"""

SIG_HR_CM = """Tamsin Reyes, RN, CRRN
Case Manager, 3 West | Halvorsen Rehabilitation Hospital
555-0160 office | 555-0161 fax"""

NPI_MARSH = npi("148203775")
NPI_WHITLOCK = npi("172645309")
NPI_RAMAN = npi("130988412")
NPI_HADDAD = npi("166204857")
NPI_SORENSEN = npi("191357246")
NPI_KP_GROUP = npi("155820931")
DEA_MARSH = dea("BM", "482017")

# =================================================================== none ==

@msg("none", "cardiac-rehab-outcomes-q3", "aggregate cardiac rehab quality figures (enrolment, completion, 6MWT change, PHQ-9 screen rate); no individual", trap=True)
def _():
    text = """Team,

Q3 numbers for the Phase II cardiac rehab program are below. Full deck is on the
shared drive under Quality > Cardiac Rehab > 2026.

  Referrals received ........................ 212
  Enrolled (attended orientation) ........... 148  (69.8%)
  Completed 36 sessions ...................... 90  (60.8% of enrolled)
  Mean 6MWT change, completers ............. +74 m
  Mean peak METs change ..................... +1.9
  Positive PHQ-9 screen at intake ........... 18%  (all referred per protocol)
  30-day all-cause readmission .............. 4.1%

Referral-to-enrolment is still our weak spot. Women and patients over 75 enrol at
about half the rate of everyone else; Greg is piloting the phone call at day 3
after discharge instead of day 10.

Greg Ilves, RN, CCRP
Cardiac & Pulmonary Rehabilitation | Halvorsen Rehabilitation Hospital
555-0166"""
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Team,</p>
<p>Q3 numbers for the Phase II cardiac rehab program are below. Full deck is on the shared drive under Quality &gt; Cardiac Rehab &gt; 2026.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Measure</th><th>Q3 2026</th></tr>
<tr><td>Referrals received</td><td>212</td></tr>
<tr><td>Enrolled (attended orientation)</td><td>148 (69.8%)</td></tr>
<tr><td>Completed 36 sessions</td><td>90 (60.8% of enrolled)</td></tr>
<tr><td>Mean 6MWT change, completers</td><td>+74 m</td></tr>
<tr><td>Mean peak METs change</td><td>+1.9</td></tr>
<tr><td>Positive PHQ-9 screen at intake</td><td>18% (all referred per protocol)</td></tr>
<tr><td>30-day all-cause readmission</td><td>4.1%</td></tr>
</table>
<p>Referral-to-enrolment is still our weak spot. Women and patients over 75 enrol at about half the rate of everyone else; Greg is piloting the phone call at day 3 after discharge instead of day 10.</p>
<p>Greg Ilves, RN, CCRP<br>Cardiac &amp; Pulmonary Rehabilitation | Halvorsen Rehabilitation Hospital<br>555-0166</p>
</body></html>"""
    return mail(A("Greg Ilves", "gilves@" + HR), A("Rehab Quality Committee", "rehab-quality@" + HR),
                "Q3 cardiac rehab dashboard", D(10, 14, 9, 12), ALT(text, html, cte="quoted-printable"))


@msg("none", "visit-volume-by-site-september", "monthly visit volume, no-show rate and units per visit by clinic site (CSV); aggregate", trap=True)
def _():
    csv = """site,month,visits,new_evals,no_show_rate,avg_units_per_visit,avg_visits_per_episode
Harbor Street,2026-09,1412,188,0.071,3.4,11.2
Millpond,2026-09,963,131,0.094,3.1,10.4
Riverside,2026-09,702,97,0.118,3.3,9.8
Northgate (in fitness center),2026-09,288,41,0.062,2.9,7.5
Total,2026-09,3365,457,0.087,3.3,10.4
"""
    body = T("""Attached is September by site. Riverside no-shows are up again (11.8%), mostly
the 7am slots. Can we talk about moving the early block to Millpond at Thursday's
ops meeting?

Renee""")
    return mail(A("Renee Castellanos", "rcastellanos@" + KP), A("KP Managers", "managers@" + KP),
                "Sept volume by site", D(10, 3, 16, 40),
                MP("mixed", body, ATT("text/csv", csv, "kp_volume_2026-09.csv", cs="utf-8")))


@msg("none", "hl7-adt-test-riverside-feed", "HL7 ADT test message with a ZZTEST patient sent to the EMR vendor to validate a new feed", trap=True)
def _():
    segs = hl7([
        "MSH|^~\\&|KPREG|KP_RIVERSIDE|STRIDENOTE|SN_CLOUD|20260211093000||ADT^A04^ADT_A01|TEST000871|T|2.5.1",
        "EVN|A04|20260211093000",
        "PID|1||TEST0001^^^KP_MRN^MR||ZZTEST^PATIENT^ONE||19000101|U|||1 TEST ST^^TESTVILLE^ZZ^00000",
        "PV1|1|O|RIV^GYM^01||||" + NPI_WHITLOCK + "^WHITLOCK^DANA^^^^^^NPI|||PT||||||||TESTVISIT01",
    ])
    body = T("""Hi StrideNote interface team,

Riverside goes live on the 23rd. Attached is a test A04 from our registration
system (processing ID T, ZZTEST patient, no real data). Can you confirm it lands in
the sandbox tenant and that PV1-7 maps to the treating therapist?

Ticket SN-44182.

Thanks,
Omar Lindgren
IT / Integrations, Kestrel Point Physical Therapy
555-0128""")
    return mail(A("Omar Lindgren", "olindgren@" + KP), A("StrideNote Interfaces", "interfaces@" + SN),
                "SN-44182 Riverside ADT test message", D(2, 11, 9, 34),
                MP("mixed", body, ATT("application/hl7-v2", segs, "riverside_A04_test.hl7")))


@msg("none", "fhir-capability-statement-sandbox", "FHIR CapabilityStatement of an EMR sandbox; metadata only, no patient", trap=True)
def _():
    cap = {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2026-04-02",
        "publisher": "StrideNote EMR",
        "kind": "instance",
        "software": {"name": "StrideNote FHIR Gateway", "version": "26.2.1"},
        "implementation": {"description": "Sandbox", "url": "https://fhir-sandbox.stridenote.example.com/r4"},
        "fhirVersion": "4.0.1",
        "format": ["json"],
        "rest": [{
            "mode": "server",
            "security": {"service": [{"text": "SMART-on-FHIR"}]},
            "resource": [
                {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
                 "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},
                {"type": "ServiceRequest", "interaction": [{"code": "read"}, {"code": "create"}]},
                {"type": "CarePlan", "interaction": [{"code": "read"}]},
                {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}]},
                {"type": "Coverage", "interaction": [{"code": "read"}]},
            ],
        }],
    }
    body = T("""Hello,

As requested on the onboarding call, attached is the CapabilityStatement from the
sandbox (GET /metadata). Referral intake uses ServiceRequest create; plans of care
come back as CarePlan. Your client ID for the sandbox is in the partner portal.

StrideNote Developer Relations
https://developer.stridenote.example.com""")
    return mail(A("StrideNote Developer Relations", "devrel@" + SN), A("Omar Lindgren", "olindgren@" + KP),
                "Sandbox metadata for your referral integration", D(4, 2, 13, 5),
                MP("mixed", body, ATT("application/fhir+json", json.dumps(cap, indent=2), "capabilitystatement.json", cs="utf-8")))


@msg("none", "mail-merge-recert-letter-template", "mail-merge template for plan-of-care recertification letters; only {{placeholders}}", trap=True)
def _():
    return mail(A("Kelsey Pruitt", "kpruitt@" + KP), A("Front Desk Leads", "frontdesk-leads@" + KP),
                "new recert letter template - please use from Monday", D(3, 6, 11, 20),
                T("""Hi all, here is the updated wording legal approved. Paste into the merge in
StrideNote > Letters. Do NOT edit the fields in braces.

---------------------------------------------------------------
{{clinic_name}}
{{today}}

Dear {{patient_first}} {{patient_last}},
Date of birth: {{dob}}     Account: {{account_no}}

Your plan of care for {{diagnosis_text}} with {{therapist_name}} is set to end on
{{poc_end_date}}. You have used {{visits_used}} of {{visits_authorized}} visits
authorized by {{payer_name}}. If you and your therapist agree more visits are needed,
we will send an updated plan to {{referring_provider}} for signature.

Questions? Call us at {{clinic_phone}}.
---------------------------------------------------------------

Kelsey
Front Office Supervisor, Kestrel Point PT"""))


@msg("none", "hep-handout-library-knee", "new generic home exercise handouts for the patient-education library; nobody's programme", trap=True)
def _():
    return mail(A("Marcus Oyelaran, PTA", "moyelaran@" + KP), A("KP Clinical Staff", "clinical@" + KP),
                "Updated knee replacement HEP handouts (weeks 0-6)", D(1, 20, 15, 2),
                T("""Hi everyone,

The revised post-op TKA handouts are uploaded to the education library (Clinical >
Handouts > Knee). Changes from the old set:

 - Week 0-2: ankle pumps, quad sets, heel slides, seated knee extension, SLR
   (only if no extensor lag)
 - Week 2-6: mini squats at counter, step-ups 4 in, bridging, standing hamstring
   curl, stationary bike rocking -> full revolutions
 - Pictures redrawn; font bigger; Spanish version done, Vietnamese at the translator
 - Removed the prone hang - surgeons at Lakeview asked us to stop handing it out

Please recycle any old printed copies at the front desks.

Marcus"""))


@msg("none", "ce-course-vestibular-level-one", "continuing-education marketing for a vestibular rehabilitation course", trap=True)
def _():
    text = """Vestibular Rehabilitation: Level 1 (16 contact hours)
Saturday-Sunday, 14-15 November 2026 | Live in Columbus + livestream

Learn to assess and treat the dizzy patient with confidence:
 * BPPV of the posterior, horizontal and anterior canals: Dix-Hallpike, roll test,
   Epley, Gufoni and BBQ roll
 * Unilateral vestibular hypofunction: gaze stabilisation (VOR x1, x2) progressions
 * Concussion and persistent postural-perceptual dizziness (PPPD)
 * Red flags: when vertigo is a stroke

Approved for PT, PTA and OT CEUs in most states. Early-bird $449 until 1 October.
Register: https://www.motionce.example.org/courses/vestibular-1

MotionCE Institute | 555-0190 | Unsubscribe: https://www.motionce.example.org/u"""
    html = "<html><body><h2>Vestibular Rehabilitation: Level 1</h2><p>16 contact hours &middot; 14-15 November 2026 &middot; Columbus + livestream</p><ul><li>BPPV: Dix-Hallpike, roll test, Epley, Gufoni, BBQ roll</li><li>Gaze stabilisation progressions for unilateral hypofunction</li><li>Concussion and PPPD</li><li>Red flags: when vertigo is a stroke</li></ul><p><a href=\"https://www.motionce.example.org/courses/vestibular-1\">Register - early bird $449</a></p><p style=\"font-size:11px\">MotionCE Institute &middot; 555-0190 &middot; <a href=\"https://www.motionce.example.org/u\">Unsubscribe</a></p></body></html>"
    return mail(A("MotionCE Institute", "courses@" + MC), "dwhitlock@" + KP,
                "Dizzy patients? Vestibular Level 1 - early bird ends Oct 1", D(9, 8, 7, 0), ALT(text, html))


@msg("none", "webinar-fees-mbss-dysphagia", "webinar announcement on instrumental swallow studies for SLPs", trap=True)
def _():
    return mail(A("MotionCE Institute", "webinars@" + MC), "nhaddad@" + CV,
                "Free webinar: FEES vs MBSS - choosing the right instrumental exam", D(5, 12, 10, 30),
                T("""Free 1-hour webinar for speech-language pathologists
Thursday 28 May, 12:00 ET

 - When a bedside swallow evaluation is not enough
 - Silent aspiration, penetration-aspiration scale, residue ratings
 - FEES in skilled nursing: logistics and billing (CPT 92612 family)
 - Case studies: post-stroke, head and neck cancer, Parkinson disease

0.1 ASHA CEU. Register at https://www.motionce.example.org/webinars/fees-mbss

You receive this because you attended a MotionCE course. Manage preferences:
https://www.motionce.example.org/prefs""", cte="quoted-printable"))


@msg("none", "travel-pt-posting-acute-rehab", "staffing-agency job posting for a travel physical therapist", trap=True)
def _():
    return mail(A("Brittany Sols | Meridian Travel Therapy", "bsols@" + MT), "jordan.ekwueme@" + GM,
                "13-week travel PT - acute inpatient rehab - $2,310/wk", D(6, 2, 8, 45),
                T("""Hi Jordan,

Saw your profile on our board and wanted to send you this one before it's posted:

  Travel PT, inpatient rehab facility (40 beds, stroke / SCI / amputee programs)
  Start 7/13, 13 weeks, 40 hrs, days, every 3rd weekend
  $2,310/week blended (taxable + housing and M&IE stipends), $500 completion bonus
  Needs: active license or compact privilege, BLS, 1 yr inpatient experience
  Nice to have: CSRS or NDT training, FIM/Section GG scoring experience

If you're interested, reply or text me at 555-0147 and I'll submit you today.

Brittany Sols
Senior Recruiter, Meridian Travel Therapy Staffing
555-0147 | meridian-travel.example.com"""))


@msg("none", "credentialing-checklist-license-npi", "borderline: recruiter's credentialing checklist for a named traveller (license, BLS, NPI) that mentions her occupational-health packet was received but says nothing of its contents", trap=True)
def _():
    return mail(A("Meridian Compliance", "compliance@" + MT), "aisha.farouk@" + WB,
                "Action needed: 3 items before your 7/20 start", D(7, 1, 14, 10),
                T("""Hi Aisha,

Thanks for accepting the Halvorsen Rehabilitation Hospital assignment (OT, 13 weeks).
To clear you for day one we still need:

  [ ] State license verification printout (OT, current through 2027)
  [ ] BLS card, front and back
  [ ] Signed facility confidentiality and HIPAA attestation

Already received: resume, two references, NPI (%s), skills checklist, and the
facility's occupational-health packet (it goes straight to their employee health
office, we do not see it).

Upload at https://portal.meridian-travel.example.com or reply to this e-mail.

Meridian Travel Therapy Staffing - Compliance
555-0148""" % npi("137215098")))


@msg("none", "dea-registration-renewal-reminder", "medical staff office reminder about a physiatrist's own DEA and NPI on file; no patient", trap=True)
def _():
    return mail(A("Halvorsen Medical Staff Office", "medstaff@" + HR), A("Elliot Marsh, MD", "emarsh@" + HR),
                "Reminder: DEA registration expires 31 August", D(6, 15, 9, 0),
                T("""Dr. Marsh,

Our records show your DEA registration %s expires on 31 August 2026. Please
renew at least 45 days ahead and send us the new certificate so your prescribing
privileges in the Tessera order system are not interrupted.

On file:
  NPI %s
  State controlled substance registration: CSR-04471 (exp. 2027)
  Board certification: PM&R, 2021

Medical Staff Office, Halvorsen Rehabilitation Hospital
555-0163""" % (DEA_MARSH, NPI_MARSH)))


@msg("none", "clinic-supply-order-confirmation", "order confirmation for tape, bands and TENS electrodes with order and tracking numbers", trap=True)
def _():
    html = """<html><body style="font-family:Arial">
<h3>Thanks for your order!</h3>
<p>Order <b>RS-448120</b> placed 02/17/2026 by Kestrel Point Physical Therapy (acct 60-11873)</p>
<table border="0" cellpadding="3">
<tr><td>Resistance band 50 yd roll, blue (heavy)</td><td>2</td><td>$118.00</td></tr>
<tr><td>Kinesiology tape 2in x 16.4ft, beige, 6-pack</td><td>4</td><td>$143.60</td></tr>
<tr><td>Self-adhesive electrodes 2x2in, 40 pk</td><td>6</td><td>$89.70</td></tr>
<tr><td>Ultrasound gel 5L</td><td>2</td><td>$31.98</td></tr>
<tr><td>Foam roller 36in</td><td>3</td><td>$64.50</td></tr>
</table>
<p>Ships to: 1180 Harbor Street, Suite 2. Tracking: 1Z 9W4 X71 03 4418 2207</p>
<p>RehabSupply Direct &middot; orders@rehabsupply.example.com &middot; 555-0185</p>
</body></html>"""
    return mail(A("RehabSupply Direct", "orders@rehabsupply.example.com"), "purchasing@" + KP,
                "Order RS-448120 confirmed", D(2, 17, 12, 3), T(html, "html", cte="quoted-printable"))


@msg("none", "dressing-supply-invoice-net30", "business invoice for wound dressings and NPWT canisters", trap=True)
def _():
    return mail(A("Coastline Medical Supply AR", "ar@coastline-med.example.net"), A("Seabright Accounts Payable", "ap@" + SB),
                "Invoice INV-2026-08814 (PO 7731)", D(8, 4, 10, 15),
                T("""Invoice INV-2026-08814    PO 7731    Terms: Net 30    Due: 09/03/2026
Bill to: Seabright Wound Care & Hyperbaric Medicine, 40 Dune Road

  QTY  ITEM                                          UNIT      EXT
  10   Calcium alginate w/ silver 4x4in, bx/10      $64.20   $642.00
   8   Collagen matrix dressing 2x2in, bx/10        $88.50   $708.00
  24   NPWT canister 300 mL                          $19.75   $474.00
  12   Foam border dressing 6x6in, bx/10            $41.10   $493.20
   6   Total contact cast kit, medium               $56.00   $336.00
                                              Subtotal    $2,653.20
                                              Freight        $38.00
                                              TOTAL       $2,691.20

Remit: Coastline Medical Supply, Lockbox 5581. ACH details on request.
Questions: ar@coastline-med.example.net / 555-0187"""))


@msg("none", "chamber-two-service-and-oxygen-delivery", "hyperbaric chamber maintenance and liquid oxygen delivery logistics; no individual")
def _():
    return mail(A("Carl Bittner", "cbittner@" + SB), A("Seabright Staff", "staff@" + SB),
                "Chamber 2 down Tuesday 8/11 + LOX delivery", D(8, 6, 16, 22),
                T("""All,

Chamber 2 will be out of service Tuesday 8/11 from 07:00 for the annual
preventive maintenance (acrylic inspection, door seal, pressure relief valve test).
Chamber 1 and 3 run normally. Schedulers: please move the Tuesday chamber 2 dives
to the 13:00 and 15:30 slots on chamber 3, I've already blocked them.

Liquid oxygen delivery is Wednesday morning. Tracking from the supplier:
PXL-5530-2198. Please keep the back lot clear.

Safety director sign-off will be posted on the door.

Carl Bittner, RN, CWS, CHRN
Hyperbaric Safety Director, Seabright
555-0171"""))


@msg("none", "knee-unit-battery-field-notice", "manufacturer field safety notice on a microprocessor knee battery lot, sent to P&O clinics", trap=True)
def _():
    return mail(A("Axion Limb Systems Quality", "fieldsafety@axionlimb.example.com"), "clinical@" + FP,
                "Field Safety Notice FSN-2026-04: battery pack lot 24K11-24K19", D(4, 22, 8, 0),
                T("""URGENT FIELD SAFETY NOTICE - FSN-2026-04
Product: Axion MK3 microprocessor knee, battery pack ref. 200-4410
Affected lots: 24K11 through 24K19

We have received 7 reports worldwide of the battery pack not holding charge after
about 18 months, causing the knee to revert to its safe (high-resistance) mode.
No injuries have been reported.

Actions for prosthetic clinics:
 1. Identify users fitted with affected lots from your device records.
 2. Contact them to schedule a battery exchange; replacement packs ship free.
 3. Return the acknowledgement form by 15 May.

Replacement orders: 555-0195 or fieldsafety@axionlimb.example.com
Axion Limb Systems, Quality & Regulatory Affairs"""))


@msg("none", "sgd-software-release-notes", "speech-generating device software release notes", trap=True)
def _():
    return mail(A("TalkBridge Product Updates", "updates@" + TB), "clinicians@" + CV,
                "TalkBridge Suite 7.3 is rolling out", D(3, 18, 11, 0),
                T("""TalkBridge Suite 7.3 - release notes

New
 * Core 84 vocabulary: new motor-planning layout that keeps fringe words in place
 * Eye-gaze: 5-point calibration is now the default; dwell time down to 350 ms
 * Spanish/English bilingual page sets with one-tap language switch
 * Clinician dashboard: usage logs export as CSV (words per day, top 50 words)

Fixed
 * Switch scanning skipped the last row on 10" devices
 * Voice banking import failed for files over 200 MB

Devices update automatically over Wi-Fi. Funding documentation templates for
Medicare and Medicaid have been refreshed in the clinician portal:
https://clinicians.talkbridge-aac.example.com

TalkBridge AAC | support 555-0193"""))


@msg("none", "emr-release-notes-kx-threshold", "EMR release notes: therapy threshold tracking, progress-note reminders, KX modifier", trap=True)
def _():
    text = """StrideNote 26.2 release notes (deploys Saturday 3/28, 22:00-02:00 ET)

Plan of care & compliance
 - Therapy threshold tracker now shows combined PT/SLP dollars and OT dollars per
   Medicare beneficiary; warning at 85%, KX modifier suggested at the threshold
 - Progress note due reminder at visit 10 or 30 days, whichever first
 - Recertification wizard pulls the last goals and lets you mark them met/partly met
 - Unsigned POC report by referring provider, exportable

Scheduling
 - Visit limit counter from the authorisation record shows on the appointment card
 - Waitlist texting for cancellations (opt-in)

Billing
 - 8-minute rule calculator handles mixed timed/untimed codes in one session
 - 97110/97530 same-session NCCI pairing alert with 59/XU guidance

Known issue: the group therapy (97150) count shows 0 in the daily summary. Fix in 26.2.1.

StrideNote EMR | https://status.stridenote.example.com"""
    return mail(A("StrideNote Release Team", "releases@" + SN), A("StrideNote Customers", "customers@lists.stridenote.example.com"),
                "StrideNote 26.2 release notes", D(3, 24, 17, 30), T(text, cte="quoted-printable"))


@msg("none", "telehealth-platform-maintenance", "telehealth vendor maintenance window notice")
def _():
    return mail(A("ViaVisit Status", "status@" + VV), "admin@" + WM,
                "Scheduled maintenance Sunday 02:00-04:00 ET", D(5, 7, 18, 0),
                T("""ViaVisit will be unavailable Sunday 10 May 2026, 02:00-04:00 ET while we upgrade
our video infrastructure. Visits scheduled in this window should be moved. Waiting
rooms will show a maintenance message. No action is needed from your IT team.

https://status.viavisit.example.net"""))


@msg("none", "lure-therapy-invoice-overdue", "phishing message about an 'overdue therapy invoice' with a lookalike link; concerns no one", trap=True)
def _():
    html = """<html><body>
<p><img alt="Kestrel Point" src="https://kestrel-pt-payments.example.net/logo.png"></p>
<p>Dear Patient,</p>
<p>Your therapy invoice <b>#88214</b> for services rendered is <span style="color:red">OVERDUE</span>.
To avoid your account being sent to collections and your insurance claims being denied, please review and pay within 24 hours.</p>
<p><a href="https://kestrel-pt-payments.example.net/pay?inv=88214">View Invoice &amp; Medical Statement</a></p>
<p>Billing Department<br>Kestrel Point Physical Therapy</p>
</body></html>"""
    return mail(A("Kestrel Point Billing", "billing-noreply@kestrel-pt-payments.example.net"), "kpruitt@" + KP,
                "FINAL NOTICE: Therapy invoice #88214 overdue", D(2, 25, 3, 14),
                T(html, "html"))


@msg("none", "lure-plan-of-care-esign", "phishing: fake e-signature request for a 'plan of care' sent to a physician's office", trap=True)
def _():
    return mail(A("Secure eSign", "notify@esign-docs.example.org"), "frontoffice@" + LV,
                "Plan of Care awaiting your signature - 2 documents", D(4, 9, 6, 55),
                T("""You have 2 documents waiting for your signature

  PT Plan of Care - Recertification.pdf
  Referral Authorization Form.pdf

Sender: Kestrel Point Physical Therapy
Expires in 48 hours.

REVIEW DOCUMENTS: https://esign-docs.example.org/v/8KQ2Z

Do not share this e-mail. It contains a secure link."""))


@msg("none", "canine-rehab-hydrotherapy-reminder", "a dog's post-TPLO hydrotherapy reminder from a vet; not a person's care", trap=True)
def _():
    return mail(A("Copperfield Animal Hospital", "reminders@copperfield-vet.example.com"), A("Carol Mendes", "cmendes@" + GM),
                "Biscuit's rehab session Thursday 10:30", D(6, 16, 12, 0),
                T("""Hi Carol,

This is a reminder that Biscuit has his canine rehabilitation session on Thursday
18 June at 10:30 with Dr. Aldana (underwater treadmill + laser, week 6 after his
TPLO on the right stifle).

Please bring his sling harness and skip his breakfast until after the session.
Keep him on leash walks only, 10 minutes twice a day, as in his home exercise sheet.

Copperfield Animal Hospital | Rehabilitation & Sports Medicine | 555-0152"""))


@msg("none", "weekend-therapy-coverage-roster", "weekend staffing roster with units and phone numbers", trap=True)
def _():
    return mail(A("Joanne Petrakis", "jpetrakis@" + HR), A("Therapy Department", "therapy-all@" + HR),
                "Weekend coverage 10/17-10/18", D(10, 15, 15, 5),
                T("""Weekend coverage - Therapy Services

SATURDAY 10/17
  3 West (stroke/brain injury)   PT Lena Ford 555-0131     OT Sam Whitby 555-0132
  3 East (ortho/amputee)         PT Raj Kaur 555-0133      OT Aisha Farouk 555-0134
  2 North (SCI)                  PT Ben Castillo 555-0135
  SLP (all units)                Noor Haddad 555-0136 (on loan from Clearvoice)
  Cardiac rehab                  closed

SUNDAY 10/18
  3 West    PT Lena Ford         OT Priscilla Young 555-0137
  3 East    PT Tom Abara 555-0138
  2 North   PT Ben Castillo      OT Sam Whitby
  SLP       Mia Grant 555-0139

Call-outs go to the on-call supervisor line 555-0130, not to my cell.
Joanne Petrakis, Therapy Scheduling"""))


@msg("none", "front-desk-printer-jam", "an eating-disorder programme's front desk writes to IT about a printer; sensitive display name, no individual concerned", trap=True)
def _():
    return mail(A("Lantern House Eating Disorder Program - Front Desk", "frontdesk@" + LH), A("Helpdesk", "helpdesk@" + LH),
                "printer in the intake office jamming again", D(1, 13, 8, 41),
                T("""Hi,

The Brother printer in the intake office (asset tag LH-0212) is jamming on every
second page and showing "Toner low" even though we put a new cartridge in on
Friday. Can someone come by this morning? We can use the nursing station printer
until then.

Thanks,
Maya at the front desk
ext. 204"""))


@msg("none", "iop-group-room-chairs-and-coffee", "substance-use programme staff ask facilities for chairs and a coffee urn; no client concerned", trap=True)
def _():
    return mail(A("Northstar Recovery - IOP Group Room", "iop@" + NS), A("Facilities", "facilities@" + NS),
                "Group room B: chairs + coffee urn", D(9, 2, 10, 5),
                T("""Hi Facilities,

Starting next Monday the evening IOP groups move to room B. We will need 14 chairs
(the stackable ones from the training room are fine), the whiteboard on wheels,
and a working coffee urn - the old one trips the breaker.

Also the blinds on the window facing the parking lot are broken; could they be
fixed before Monday?

Andre Baptiste, CADC
Northstar Recovery Services
555-0177"""))


@msg("none", "diabetes-education-newsletter-november", "dietitians' newsletter: carb counting, A1c targets, CGM and GLP-1 education; no individual", trap=True)
def _():
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2b6a4f">Maplestone Notes &mdash; November is Diabetes Month</h1>
<h3>Carb counting without the calculator</h3>
<p>Use your hand: a cupped palm of rice or pasta is roughly 30 g of carbohydrate. Pair every carb with protein and fibre to soften the rise in glucose.</p>
<h3>What does an A1c of 7% mean?</h3>
<p>It reflects an average glucose of about 154 mg/dL over three months. Many adults aim for under 7%, but your target is personal &mdash; ask your diabetes care and education specialist.</p>
<h3>CGMs are easier to get</h3>
<p>Many plans now cover continuous glucose monitors for people on any insulin, and some for people on no insulin who have frequent lows.</p>
<h3>GLP-1 medicines and your plate</h3>
<p>If you take a GLP-1 medicine such as semaglutide, smaller meals, slower eating and enough protein help with nausea and keep muscle.</p>
<p><b>Free class:</b> &ldquo;Holiday eating with diabetes&rdquo;, 18 November, 6 pm, Northgate Community Center. RSVP 555-0156.</p>
<p style="font-size:11px;color:#666">Maplestone Nutrition &amp; Diabetes Education &middot; <a href="https://maplestone-nutrition.example.com/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return mail(A("Maplestone Nutrition", "news@" + MS), A("Maplestone Notes subscribers", "notes@lists.maplestone-nutrition.example.com"),
                "November is Diabetes Month: carbs, A1c, CGMs", D(11, 2, 7, 30),
                T(html, "html", cte="quoted-printable"))


@msg("none", "adaptive-sports-winter-season", "adaptive sports newsletter: programmes for amputees, SCI and TBI, volunteer call; no individual", trap=True)
def _():
    return mail(A("Summit Adaptive Sports", "hello@" + SA), A("Summit friends", "friends@lists.summitadaptive.example.org"),
                "Winter season: sled hockey, sit-ski and a new wheelchair rugby night", D(10, 20, 12, 0),
                T("""SUMMIT ADAPTIVE SPORTS - WINTER 2026-27

Sled hockey: Tuesday nights at Ridgeline Ice, ages 8+. Sleds and gear provided.
Sit-ski and bi-ski lessons: weekends from 9 January. Instructors certified for
athletes with spinal cord injury, amputation, cerebral palsy, MS and brain injury.
NEW - Wheelchair rugby open gym: Thursdays at the Northgate Community Center.
Veterans' weekend: 27-28 February, lodging covered.

Volunteers wanted: no experience needed, training on 5 December.

Participants need a completed participant form and, for some sports, a medical
clearance from their own clinician - forms on our website.

summitadaptive.example.org | 555-0159 | Reply STOP to leave this list"""))


@msg("none", "clases-ejercicio-centro-comunitario", "Spanish community-centre exercise class schedule for arthritis, Parkinson disease and balance", lang="es", trap=True)
def _():
    text = """Centro Comunitario Northgate - Clases de otoño (en español)

 * Ejercicio suave para artritis: lunes y miércoles, 10:00-11:00
 * Movimiento para personas con Parkinson (boxeo sin contacto): martes, 14:00
 * Equilibrio y prevención de caídas para mayores de 60: jueves, 9:30
 * Caminata guiada después de la rehabilitación cardíaca: sábados, 8:00

Las clases son gratuitas para socios. Si tiene una condición del corazón, pregunte
a su médico antes de empezar. Inscripciones en la recepción o al 555-0157.

¡Los esperamos!
Jennifer Kowal, coordinadora de programas"""
    return mail(A("Centro Comunitario Northgate", "programas@" + NG, cs="iso-8859-1", mode="Q"),
                A("Lista de socios", "socios@lists.northgate-cc.example.org"),
                "Clases de otoño: artritis, Parkinson y equilibrio", D(9, 1, 9, 0),
                T(text, cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", smode="Q")


@msg("none", "early-intervention-referrals-by-county", "aggregate early-intervention referral and eligibility counts by county, small cells suppressed", trap=True)
def _():
    return mail(A("Sasha Lindqvist", "slindqvist@" + LO), A("Little Otter Leadership", "leadership@" + LO),
                "EI referral numbers Q2 for the board packet", D(7, 9, 14, 30),
                T("""For the board packet. Source: our referral log, Q2 2026, ages 0-3.

County       Referrals  Evaluated  Eligible  Speech  Motor  Feeding  ASD-flag
Ashby            61         52        38        22     11      5        6
Brennan          44         39        27        15      8      4        <5
Coldwater        18         15        11         7     <5     <5        <5
Total           123        106        76        44     23     11        11

Median referral-to-evaluation 23 days (state target 45). Cells under 5 are
suppressed as usual. The Coldwater wait is all OT - we are still one OT short there.

Sasha"""))


@msg("none", "payer-bulletin-therapy-visit-limits", "health plan provider bulletin on PT/OT/ST visit limits and prior authorisation", trap=True)
def _():
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Provider Bulletin 2026-07: Outpatient Rehabilitation</h2>
<p>Effective <b>1 September 2026</b> for Bellcrest commercial and Bellcrest Advantage plans:</p>
<ul>
<li>Combined PT/OT visit limit remains 30 visits per calendar year; speech therapy 20 visits.</li>
<li>Prior authorisation required after the 12th visit of an episode (was the 8th).</li>
<li>Submit requests through the provider portal with the evaluation, current functional measures (e.g., LEFS, ODI, QuickDASH) and the plan of care.</li>
<li>Habilitative services for members with autism spectrum disorder follow the separate behavioural health benefit.</li>
<li>CPT 97750 (physical performance test / FCE) requires authorisation on all plans.</li>
</ul>
<p>Questions: Provider Services 555-0140 or <a href="https://providers.bellcrest-health.example.com">providers.bellcrest-health.example.com</a></p>
</body></html>"""
    return mail(A("Bellcrest Provider Relations", "provider.news@" + BC), "billing@" + KP,
                "Provider Bulletin 2026-07: rehab authorisation changes", D(7, 15, 6, 0),
                T(html, "html", cte="base64"))


@msg("none", "billing-vendor-denials-webinar", "billing company marketing about therapy claim denials", trap=True)
def _():
    return mail(A("Derek Hume | Claimwise", "dhume@" + CW), "dwhitlock@" + KP,
                "Your 97110 denials are not bad luck", D(3, 3, 10, 12),
                T("""Hi Dana,

Outpatient therapy practices we audit lose 6-11% of collections to avoidable
denials. The top five we see:

  CO-50  medical necessity - missing functional goals in the plan of care
  CO-197 prior authorisation absent or expired
  CO-97  97140 bundled with 97530 without modifier 59
  CO-119 benefit maximum (visit limit) reached
  PR-204 service not covered (maintenance therapy)

Join our 30-minute webinar on 19 March (12:30 ET) or book a free denial audit:
https://claimwise.example.com/audit

Derek Hume, Claimwise Rehab Billing | 555-0183"""))


@msg("none", "comp-carrier-network-invitation-fce", "workers' comp carrier invites clinics to its network; FCE and work-conditioning fee schedule", trap=True)
def _():
    return mail(A("Keystone Ridge Casualty Provider Network", "network@" + KR), "dwhitlock@" + KP,
                "Invitation: Keystone Ridge work-injury provider network", D(5, 19, 9, 30),
                T("""Dear Provider,

Keystone Ridge Casualty is expanding its preferred network for injured workers in
your region. Network clinics receive direct referrals from our nurse case managers.

2026 fee schedule highlights
  Functional capacity evaluation (97750, up to 4 hrs, report in 3 business days)  $640
  Work conditioning, first 2 hours (97545)                                         $118
  Each additional hour (97546)                                                      $52
  Job site analysis                                                                $210

Requirements: report templates with RTW recommendations, 48-hour scheduling, and
e-billing through our clearinghouse. Application: https://network.keystoneridge-cas.example.com

Provider Network Development | 555-0145"""))


@msg("none", "blank-attending-statement-form", "disability insurer sends a blank attending-provider statement form (PDF) to clinics", trap=True)
def _():
    form = pdf([
        "ALLMARK MUTUAL DISABILITY - ATTENDING PROVIDER STATEMENT (Form APS-7)",
        "",
        "Claimant name: ______________________   Date of birth: ___/___/______",
        "Claim number: _______________________   Employer: _____________________",
        "",
        "1. Diagnosis (ICD-10): ______________________________________________",
        "2. Date symptoms first appeared: __________  Date first treated: ________",
        "3. Current restrictions (what the claimant should not do): ____________",
        "4. Current limitations (what the claimant cannot do): ________________",
        "5. Expected return-to-work date: __________   Part-time? Y / N",
        "6. Treatment plan and frequency: ______________________________________",
        "",
        "Provider name / credentials: ________________  NPI: __________________",
        "Signature: _________________________________  Date: _________________",
    ], flate=True)
    body = T("""Dear provider office,

Attached is the current version of our Attending Provider Statement (APS-7, rev.
03/2026). Earlier versions will be accepted until 30 June. Therapists (PT/OT) may
complete sections 3-6 when the claim involves a physical restriction.

Allmark Mutual Disability - Provider Communications
Fax 555-0142""")
    return mail(A("Allmark Mutual Disability", "providers@" + AM), "records@" + BW,
                "Updated Attending Provider Statement form (APS-7)", D(4, 1, 11, 45),
                MP("mixed", body, ATT("application/pdf", form, "APS-7_rev0326_blank.pdf")))


@msg("none", "interface-config-pid3-mapping", "integration ticket about mapping PID-3 and MRN assigning authorities; config only", trap=True)
def _():
    return mail(A("StrideNote Support", "support@" + SN), "olindgren@" + KP,
                "[SN-45020] Duplicate charts after Millpond merge - mapping question", D(5, 5, 15, 48),
                T("""Hi Omar,

Thanks for the details. The duplicates come from the inbound ADT using two assigning
authorities in PID-3 (KP_MRN and the old MILLPOND_MRN). Proposed mapping for your
channel config:

  pid3:
    primary_authority: KP_MRN
    accept_authorities: [KP_MRN, MILLPOND_MRN]
    crosswalk_table: mrn_xwalk_millpond
    on_unknown_authority: reject_with_ack_AE
  match_rules:
    - [mrn]
    - [last_name, first_name, dob, sex]

Once you confirm, we'll apply it in the sandbox first. No patient data needs to be
sent for this - please don't attach any charts to the ticket.

Leah, StrideNote Integration Support"""))


@msg("none", "fax-cover-sheet-new-template", "new fax cover sheet template with a confidentiality notice", trap=True)
def _():
    return mail(A("Renee Castellanos", "rcastellanos@" + KP), A("All Kestrel Point Staff", "all@" + KP),
                "New fax cover sheet (use from today)", D(1, 8, 9, 5),
                T("""Hi all - the old cover sheet still had the Millpond fax number. New one is in
Forms > Office. Text below so you can check it.

  KESTREL POINT PHYSICAL THERAPY
  To: ___________  Fax: ___________  From: ___________  Pages (incl. cover): ___
  Re: [ ] Plan of care for signature  [ ] Progress note  [ ] Records request
      [ ] Authorization  [ ] Other: ___________

  CONFIDENTIAL: This facsimile contains protected health information that is
  privileged and confidential. If you are not the intended recipient, any review,
  disclosure or distribution is prohibited. Please call 555-0121 and destroy the
  pages received.

Renee"""))


@msg("none", "annual-privacy-training-due", "HR/compliance reminder about annual HIPAA training, with generic examples", trap=True)
def _():
    return mail(A("Compliance Office", "compliance@" + HR), A("All Halvorsen Workforce", "all-staff@" + HR),
                "Annual HIPAA & privacy training due 30 April", D(4, 6, 8, 0),
                T("""Your annual privacy and security modules are due by 30 April (45 minutes).

New this year:
 - Texting: never text a patient's name with their room or diagnosis to a personal
   phone; use the secure messaging app
 - Whiteboards in therapy gyms: first name and last initial only
 - Substance use disorder records (42 CFR Part 2): what changed in 2024-2026
 - Photos of wounds or equipment: only in the approved app, never the camera roll

Launch the course from the Learning portal: https://learn.halvorsenrehab.example.org

Compliance Office | Privacy hotline 555-0169"""))


@msg("none", "ics-weekly-team-conference-series", "recurring invite for the IRF interdisciplinary team conference; no patients listed", trap=True)
def _():
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:hr-3west-teamconf-2026@halvorsenrehab.example.org",
        "DTSTAMP:20260105T140000Z",
        "DTSTART;TZID=America/New_York:20260108T133000",
        "DTEND;TZID=America/New_York:20260108T143000",
        "RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231T235959Z",
        "SUMMARY:3 West interdisciplinary team conference",
        "LOCATION:3 West conference room / Teams",
        "DESCRIPTION:Weekly IRF team conference: physiatry\\, nursing\\, PT\\, OT\\, SLP\\, neuropsychology and case management. Case list is in the Tessera team conference report - do not paste it into this invite.",
        "ORGANIZER;CN=Tamsin Reyes:mailto:treyes@halvorsenrehab.example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=3 West Team:mailto:3west-team@halvorsenrehab.example.org",
        "END:VEVENT", "END:VCALENDAR"])
    return mail(A("Tamsin Reyes", "treyes@" + HR), A("3 West Team", "3west-team@" + HR),
                "3 West team conference (weekly, Thursdays 1:30)", D(1, 5, 9, 0),
                MP("alternative", T("Weekly IRF team conference, Thursdays 13:30-14:30, 3 West conference room / Teams.\nThe case list is in the Tessera team conference report."),
                   T(cal, "calendar", params=[("method", "REQUEST")])), extra=[("X-Mailer", "Microsoft Outlook 16.0")])


@msg("none", "ics-journal-club-avoidant-restrictive", "journal club invite on ARFID treatment research; no individual", trap=True)
def _():
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:jc-arfid-20260312@lanternhouse.example.org",
        "DTSTAMP:20260226T150000Z",
        "DTSTART:20260312T170000Z", "DTEND:20260312T180000Z",
        "SUMMARY:Journal club - CBT-AR for avoidant/restrictive food intake disorder",
        "LOCATION:Lantern House library",
        "DESCRIPTION:Paper: open trial of CBT-AR in children and adolescents with ARFID. Presenter: Carla Jimenez\\, RD. Feeding therapists from Little Otter are welcome. Lunch provided.",
        "ORGANIZER;CN=Ruth Amsel:mailto:ramsel@lanternhouse.example.org",
        "ATTENDEE;CN=Lantern House Clinical:mailto:clinical@lanternhouse.example.org",
        "ATTENDEE;CN=Hannah Ortiz:mailto:hortiz@littleotter.example.org",
        "END:VEVENT", "END:VCALENDAR"])
    return mail(A("Ruth Amsel", "ramsel@" + LH), [A("Lantern House Clinical", "clinical@" + LH), A("Hannah Ortiz", "hortiz@" + LO)],
                "Invitation: Journal club - CBT-AR for ARFID @ Thu 12 Mar 12pm", D(2, 26, 10, 0),
                MP("mixed", MP("alternative", T("Journal club: CBT-AR for ARFID. Thursday 12 March, 12:00, Lantern House library. Lunch provided."),
                                  T(cal, "calendar", params=[("method", "REQUEST")])),
                   ATT("application/ics", cal, "invite.ics")))


@msg("none", "ce-genetic-conditions-pediatric-therapy", "CE course on genetic neuromuscular conditions in paediatric therapy (SMA, DMD, Fragile X)", trap=True)
def _():
    return mail(A("MotionCE Institute", "courses@" + MC), "staff@" + LO,
                "New course: Genetic conditions in the pediatric caseload", D(8, 12, 7, 0),
                T("""New on-demand course (6 hours, PT/OT/SLP)

GENETIC CONDITIONS IN THE PEDIATRIC CASELOAD
 * Spinal muscular atrophy after gene therapy: new motor phenotypes, what to measure
 * Duchenne muscular dystrophy: exon-skipping eras, contracture management,
   stopping eccentric exercise
 * Fragile X and Rett syndrome: sensory, communication and feeding needs
 * Reading a genetic test report: VUS, carrier, deletion, duplication
 * Talking with families about genetic counselling referrals

$179, or included in the MotionCE annual pass.
https://www.motionce.example.org/courses/genetics-peds"""))


@msg("none", "positive-strides-exercise-program", "community fitness programme promotion for people living with HIV; no individual", trap=True)
def _():
    text = """POSITIVE STRIDES
A free 12-week strength and walking program for adults living with HIV

Tuesdays and Fridays, 5:30-6:30 pm, Northgate Community Fitness Center
Led by an exercise physiologist and a physical therapist from Kestrel Point PT

Why: regular exercise helps with fatigue, bone density, mood and the heart-health
risks that come with long-term HIV and some antiretroviral medicines.

Private sign-up: you do not need to tell the front desk why you are joining. Just
say "Positive Strides" or sign up online: https://northgate-cc.example.org/strides

Partners: Alder Street Infectious Disease, Kestrel Point Physical Therapy."""
    return mail(A("Northgate Community Fitness Center", "programs@" + NG), A("Community partners", "partners@lists.northgate-cc.example.org"),
                "Please share: Positive Strides spring cohort", D(3, 10, 11, 0), T(text, cte="quoted-printable"))


@msg("none", "acupuncture-fertility-support-promo", "acupuncture practice promotion for fertility/IVF support; no individual", trap=True)
def _():
    html = """<html><body style="font-family:Helvetica">
<h2 style="color:#7a3b69">Supporting your fertility journey</h2>
<p>At Jade Lotus Acupuncture, our fertility program works alongside your reproductive endocrinologist:</p>
<ul><li>Weekly sessions during ovarian stimulation</li>
<li>Pre- and post-transfer acupuncture on embryo transfer day (we come to Aster Fertility Center)</li>
<li>Support for egg freezing and IUI cycles</li>
<li>Stress and sleep care during the two-week wait</li></ul>
<p>New patient package: 4 sessions for $340. Call 555-0153 or <a href="https://jadelotus-acu.example.com/fertility">book online</a>.</p>
<p style="font-size:10px">Acupuncture is not a substitute for medical treatment. Jade Lotus Acupuncture, 22 Elm Row. <a href="https://jadelotus-acu.example.com/unsub">Unsubscribe</a></p>
</body></html>"""
    return mail(A("Jade Lotus Acupuncture", "hello@" + JL), "list@lists.jadelotus-acu.example.com",
                "Fertility support: transfer-day acupuncture now at Aster", D(2, 4, 10, 0),
                ALT("Supporting your fertility journey: weekly sessions during stimulation, transfer-day acupuncture at Aster Fertility Center, egg freezing and IUI support. 4 sessions for $340. Call 555-0153.", html))


@msg("none", "atelier-reeducation-perineale", "French physiotherapy clinic workshop announcement on postpartum pelvic-floor rehabilitation", lang="fr", trap=True)
def _():
    text = """Bonjour à toutes,

La Clinique de physiothérapie Saint-Laurent organise un atelier gratuit :

« Rééducation périnéale après l'accouchement : ce qu'il faut savoir »
Mercredi 14 octobre, 19 h, salle communautaire (2e étage)

Au programme : fuites urinaires à l'effort, diastasis des grands droits, retour
à la course à pied, douleurs pendant les rapports, et quand consulter une
physiothérapeute en rééducation pelvienne.

Animé par Élodie Marchand, pht. Les bébés sont les bienvenus !
Inscription : 555-0154 ou https://physio-stlaurent.example.org/ateliers

Clinique de physiothérapie Saint-Laurent"""
    return mail(A("Clinique de physiothérapie Saint-Laurent", "ateliers@physio-stlaurent.example.org", cs="windows-1252", mode="Q"),
                "membres@lists.physio-stlaurent.example.org",
                "Atelier gratuit : rééducation périnéale après l'accouchement", D(9, 28, 9, 30),
                T(text, cs="windows-1252", cte="quoted-printable"), scs="windows-1252", smode="Q")


@msg("none", "pharmacy-memo-continuing-moud-on-admission", "P&T memo on continuing buprenorphine and methadone at IRF admission; policy, no patient", trap=True)
def _():
    return mail(A("Halvorsen Pharmacy & Therapeutics", "pharmacy@" + HR), A("Physicians and APPs", "providers@" + HR),
                "P&T update: continuing MOUD on admission (policy PH-118 rev.)", D(2, 2, 7, 45),
                T("""Summary of policy PH-118 (revised), effective 15 February:

1. Patients admitted on buprenorphine or methadone for opioid use disorder continue
   it; do not taper or stop on admission without addiction medicine input.
2. Verify the dose with the opioid treatment program or prescriber AND the state
   PDMP before the first inpatient dose. A signed consent that meets 42 CFR Part 2
   is required before the OTP can disclose.
3. Acute pain after surgery or trauma: continue buprenorphine, add scheduled
   non-opioids, consult the pain service early.
4. Naloxone kit on discharge for every patient with an OUD history.

Questions: clinical pharmacist on call 555-0164."""))


@msg("none", "moud-program-open-house-flyer", "treatment programme open-house flyer for its buprenorphine/extended-release injection service; no individual", trap=True)
def _():
    return mail(A("Northstar Recovery Services", "outreach@" + NS), A("Community partners", "partners@lists.northstar-recovery.example.org"),
                "Open house 10/8: same-day buprenorphine and monthly injection clinic", D(9, 24, 13, 0),
                T("""You're invited to Northstar Recovery's open house
Thursday 8 October, 4-7 pm, 300 Canal Street

 - Tour our new medication clinic: same-day buprenorphine starts, monthly
   extended-release injections, and naltrexone for alcohol use disorder
 - Meet our peer recovery coaches and IOP counselors
 - Free naloxone training every half hour
 - Referral pathway for hospitals, rehab units, PT and primary care practices

Light food provided. Questions: 555-0178.
Northstar Recovery Services - outreach team"""))


@msg("none", "parking-lot-resurfacing", "facilities notice about parking lot resurfacing")
def _():
    return mail(A("Facilities - Harbor Street", "facilities@" + KP), A("All Kestrel Point Staff", "all@" + KP),
                "Back lot closed Sat-Sun for resurfacing", D(5, 20, 14, 0),
                "The back lot will be closed Saturday and Sunday for resurfacing and new line\nstriping. Please use the church lot across the street (they've agreed) and keep\nthe front spaces for visitors. The lot reopens Monday at 6am.\n\nFacilities", )


@msg("none", "potluck-signup-sheet", "staff potluck sign-up")
def _():
    return mail(A("Priya Raman", "praman@" + BW), A("Brightwater Staff", "staff@" + BW),
                "Friday potluck - sign up!", D(12, 8, 12, 30),
                T("""Hi all! Holiday potluck Friday 12/18 in the big treatment room after the last
patient (around 4:30). Sign-up sheet is on the fridge. So far we have:

  Priya - samosas
  Josh - mac and cheese
  Ava - cookies (nut-free)
  Luis - tamales

Still need: salad, drinks, plates. Ugly sweater optional but encouraged.
Priya"""))


@msg("none", "snow-closure-all-sites", "weather closure notice; patients generically rescheduled")
def _():
    return mail(A("Dana Whitlock", "dwhitlock@" + KP), A("All Kestrel Point Staff", "all@" + KP),
                "All sites closed tomorrow (Tue 1/27) - snow", D(1, 26, 17, 10),
                T("""All sites will be closed tomorrow. Front desk leads: please send the automated
text to everyone on the schedule and start rebooking Wednesday morning. Therapists,
no need to call your caseload individually. Drive safe.

""" + SIG_KP))


@msg("none", "guest-wifi-password-rotation", "IT notice on guest wi-fi password rotation")
def _():
    return mail(A("Brightwater IT", "it@" + BW), A("Brightwater Staff", "staff@" + BW),
                "Guest Wi-Fi password changes Monday", D(6, 26, 16, 0),
                T("The guest Wi-Fi password rotates on Monday. The new one will be on the card at\nthe front desk, not in e-mail. Staff Wi-Fi is unchanged.\n\nBrightwater IT"))


@msg("none", "abstract-accepted-cohort-outcomes", "conference abstract acceptance about a cohort study (n=412); aggregate results only", trap=True)
def _():
    return mail(A("CSM Program Committee", "abstracts@csm-program.example.org"), "lford@" + HR,
                "Abstract #2291 accepted - platform presentation", D(9, 30, 12, 0),
                T("""Dear Dr. Ford,

Congratulations. Your abstract "Early high-intensity gait training and discharge
destination after stroke in an inpatient rehabilitation facility: a retrospective
cohort (n=412)" has been accepted for a 15-minute platform presentation.

Results as submitted: patients receiving >= 2,000 steps/session in week 1 had higher
odds of discharge home (OR 1.8, 95% CI 1.2-2.7) and greater 10MWT gains (0.21 vs
0.12 m/s).

Please confirm by 15 October and upload slides by 20 January.
CSM Program Committee"""))


@msg("none", "stroke-upper-limb-study-recruitment", "research recruitment flyer for a stroke rehabilitation study; no individual", trap=True)
def _():
    return mail(A("Brightwater Research", "research@" + BW), A("Referring clinicians", "referrers@lists.brightwater-ot.example.com"),
                "Recruiting: robot-assisted arm therapy study (chronic stroke)", D(4, 28, 10, 0),
                T("""We are recruiting adults 6+ months after stroke with moderate arm weakness for a
12-week study comparing robot-assisted arm training with standard task practice.

Eligibility: age 18-80, able to follow 2-step commands, some shoulder and elbow
movement, no botulinum toxin injection in the last 3 months.

Participants get 36 free sessions and $25 per assessment visit. If you know a
patient who may fit, give them our flyer or have them call 555-0123.
IRB protocol BW-2026-03.

Brightwater Hand & Occupational Therapy - Research"""))


@msg("none", "badge-reissue-employee-ids", "list of employee IDs whose badges need reissue; no health content", trap=True)
def _():
    return mail(A("Security Office", "security@" + HR), A("Therapy Department", "therapy-all@" + HR),
                "Badges to reissue after the reader upgrade", D(3, 2, 9, 30),
                T("""The following badges did not re-encode during the reader upgrade. Please come to
Security (lower level, room L12) with your old badge between 7 and 3.

  E104882  Ford, Lena
  E105237  Whitby, Samuel
  E107760  Haddad, Noor (contractor)
  E108114  Castillo, Benjamin
  E109001  Young, Priscilla

Security Office, 555-0168"""))


@msg("none", "direct-deposit-change-confirmation", "payroll confirmation of a direct-deposit change (masked account number)", trap=True)
def _():
    return mail(A("Halvorsen Payroll", "payroll@" + HR), A("Lena Ford", "lford@" + HR),
                "Direct deposit change confirmed", D(2, 20, 11, 0),
                T("""Hi Lena,

Your direct deposit change was processed.

  Employee ID:      E104882
  New account:      Checking ****4471 (routing ending 0215)
  Effective:        pay date 3/6/2026

If you did not make this change call Payroll right away at 555-0162.
Halvorsen Payroll"""))


@msg("none", "coworker-birthday-card", "office birthday card for a coworker, with her birth date; no health content", trap=True)
def _():
    return mail(A("Ava Lindholm", "alindholm@" + BW), A("Brightwater Staff (except Priya)", "staff-nopr@" + BW),
                "shhh - Priya's card", D(4, 13, 10, 4),
                T("""Priya's birthday is Friday (4/17/1988 - the big 38!). Card is in the top drawer
of the OT office desk, please sign by Thursday. I'm getting the lemon cake from
Corner Bakery, $5 each if you want in.

Ava"""))


@msg("none", "demo-power-chair-shipment", "shipment tracking for a demo power wheelchair sent to a seating clinic; no user", trap=True)
def _():
    return mail(A("Motion Seating Logistics", "logistics@motionseating.example.com"), "seating@" + HR,
                "Shipped: demo unit PWC-DEMO-14 for seating clinic 11/3", D(10, 28, 15, 50),
                T("""Your demo equipment has shipped.

  Unit:       MS Velo mid-wheel power chair, demo PWC-DEMO-14 (tilt + recline,
              alternative drive controls kit)
  Ship to:    Halvorsen Rehabilitation Hospital, Seating & Mobility Clinic
  Carrier:    freight, tracking 7734 0921 6618
  ETA:        Friday 10/30
  Return by:  11/13 (prepaid label in the box)

Rep on site for the 11/3 clinic: Jon Mercado, 555-0188."""))


@msg("none", "einlagen-bandagen-preisliste", "German orthopaedic supplier price list for insoles and braces", lang="de", trap=True)
def _():
    text = """Sehr geehrte Damen und Herren,

anbei unsere aktualisierte Preisliste für 2026 (gültig ab 1. Februar):

  Sensomotorische Einlagen, Paar (Hilfsmittelnr. 08.03.01)        118,00 €
  Weichpolstereinlagen für Diabetiker, Paar                        96,50 €
  Kniebandage mit Patellaring, Gr. S-XXL                           64,90 €
  Sprunggelenkorthese, beidseitig verstellbar                      79,00 €
  Handgelenkorthese mit Daumeneinschluss                           58,40 €

Die Preise verstehen sich zzgl. MwSt. Bestellungen bitte über das Fachhandelsportal
oder telefonisch unter 555-0191. Bei Fragen zur Abrechnung mit den Krankenkassen
hilft Ihnen Frau Özdemir gern weiter.

Mit freundlichen Grüßen
Orthopädietechnik Brandauer GmbH, Vertrieb"""
    return mail(A("Orthopädietechnik Brandauer", "vertrieb@brandauer-ot.de.test", cs="iso-8859-15", mode="Q"),
                "einkauf@" + FP, "Preisliste 2026 - Einlagen und Bandagen", D(1, 22, 10, 0, tz="+0100"),
                T(text, cs="iso-8859-15", cte="8bit"), scs="iso-8859-15", smode="Q")


@msg("none", "laptop-disk-encryption-deadline", "IT notice about laptop encryption and ePHI in general", trap=True)
def _():
    return mail(A("Willowmere IT", "it@" + WM), A("Willowmere Clinicians", "clinicians@" + WM),
                "Laptop encryption deadline Friday", D(8, 17, 9, 10),
                T("""Any laptop that syncs the EHR, holds session notes or opens the telehealth app
must have full-disk encryption turned on by Friday. Laptops that haven't checked in
will lose VPN access on Monday. If you print therapy notes at home, stop - use the
office shredder, not your recycling.

Willowmere IT | 555-0175"""))


@msg("none", "lop-hoc-tieu-duong-tieng-viet", "Vietnamese diabetes education class flyer", lang="vi", trap=True)
def _():
    text = """Lớp học về bệnh tiểu đường bằng tiếng Việt – miễn phí

Thứ Bảy, ngày 7 tháng 3, 10 giờ sáng – 12 giờ trưa
Trung tâm Cộng đồng Northgate, phòng 2

 • Cách đếm tinh bột trong cơm, phở, bánh mì
 • Chỉ số A1c là gì và mục tiêu của bạn
 • Cách dùng máy đo đường huyết và cảm biến CGM
 • Đi bộ và tập thể dục an toàn cho người lớn tuổi

Hướng dẫn: chuyên viên dinh dưỡng của Maplestone và thông dịch viên.
Đăng ký: 555-0156 (có nói tiếng Việt)."""
    return mail(A("Maplestone Nutrition", "lophoc@" + MS), "cong-dong@lists.maplestone-nutrition.example.com",
                "Lớp học tiểu đường miễn phí ngày 7/3", D(2, 23, 9, 0),
                T(text, cte="base64"))


@msg("none", "zhongfeng-kangfu-jiangzuo", "Chinese community seminar announcement on stroke rehabilitation", lang="zh", trap=True)
def _():
    text = """社区健康讲座：中风后的康复训练

时间：2026年4月18日（星期六）下午2点至4点
地点：北门社区中心 多功能厅

主讲：Halvorsen 康复医院 物理治疗师、作业治疗师

内容：
一、中风后黄金康复期是什么
二、在家可以做的平衡和步行练习
三、手功能训练与日常生活
四、家属如何防止跌倒

讲座免费，有普通话和粤语翻译。报名电话：555-0157"""
    return mail(A("北门社区中心", "chinese@" + NG, cs="gb2312", mode="B"), "members@lists.northgate-cc.example.org",
                "免费讲座：中风后的康复训练", D(4, 1, 10, 0),
                T(text, cs="gb2312", cte="base64"), scs="gb2312", smode="B")


@msg("none", "nakseong-yebang-undong-gyosil", "Korean senior fall-prevention exercise class notice", lang="ko", trap=True)
def _():
    text = """어르신 낙상 예방 운동 교실 안내

매주 화요일 오전 10시, 노스게이트 커뮤니티 센터 체육관
6주 과정 (5월 5일 ~ 6월 9일)

- 균형 운동과 다리 근력 운동
- 집안에서 넘어지지 않는 방법
- 지팡이와 보행기 바르게 쓰기

케스트럴 포인트 물리치료 선생님이 진행합니다. 참가비 무료.
신청: 555-0157 (한국어 상담 가능)"""
    return mail(A("노스게이트 커뮤니티 센터", "korean@" + NG, cs="euc-kr"), "members@lists.northgate-cc.example.org",
                "어르신 낙상 예방 운동 교실", D(4, 20, 9, 0),
                T(text, cs="euc-kr", cte="quoted-printable"), scs="euc-kr")


@msg("none", "muhadara-alam-alzahr", "Arabic community talk announcement on low back pain", lang="ar", trap=True)
def _():
    text = """دعوة إلى محاضرة مجانية

آلام أسفل الظهر: الأسباب والتمارين والوقاية

يوم الأحد 22 نوفمبر، الساعة 5 مساءً
مركز نورثغيت المجتمعي – القاعة الكبرى

يقدّم المحاضرة أخصائي العلاج الطبيعي من عيادة كيسترل بوينت.
سنتحدث عن الجلوس الصحيح في العمل، ورفع الأشياء الثقيلة، وتمارين بسيطة في البيت،
ومتى يجب مراجعة الطبيب.

الدخول مجاني. للاستفسار: 555-0157"""
    return mail(A("مركز نورثغيت المجتمعي", "arabic@" + NG, cs="windows-1256"), "members@lists.northgate-cc.example.org",
                "محاضرة مجانية عن آلام الظهر", D(11, 10, 11, 0),
                T(text, cs="windows-1256", cte="base64"), scs="windows-1256")


@msg("none", "atelye-prevansyon-tonbe", "Haitian Creole fall-prevention workshop flyer", lang="ht", trap=True)
def _():
    text = """Atelye gratis: Kijan pou evite tonbe lakay ou

Samdi 13 jen, 10è – 12è, Sant Kominotè Northgate

 • Egzèsis pou balans ak fòs nan janm yo
 • Kijan pou itilize baton ak kadè byen
 • Limyè, tapi ak eskalye: sa pou chanje lakay ou
 • Ki lè pou w rele doktè w

Yon fizyoterapis ak yon entèprèt kreyòl ap la.
Enskri: 555-0157"""
    return mail(A("Sant Kominotè Northgate", "kreyol@" + NG), "members@lists.northgate-cc.example.org",
                "Atelye gratis: evite tonbe lakay ou", D(5, 29, 10, 0),
                T(text, cte="quoted-printable"))


@msg("none", "talooyin-soonka-sonkorowga", "Somali dietitians' tips on fasting with diabetes; general education", lang="so", trap=True)
def _():
    text = """Talooyin Ramadaan ee dadka qaba sonkorowga

Ka hor intaadan soomin, la hadal dhakhtarkaaga ama khabiirka nafaqada, gaar ahaan
haddii aad qaadato insulin ama kiniinno hoos u dhiga sonkorta.

 - Hubi sonkortaada maalintii dhowr jeer. Haddii ay ka hooseyso 70, fur soonka.
 - Suxuurta ku cun cunto tartiib u dheefsanta: boorash, ukun, digir.
 - Afurka ku bilow biyo iyo timir yar, ka dibna cunto dheellitiran.
 - Ka fogow cabitaannada sonkorta badan.

Fasal bilaash ah: Sabti, 7da Febraayo, Xarunta Bulshada Northgate. 555-0156.
Maplestone Nutrition & Diabetes Education"""
    return mail(A("Maplestone Nutrition", "news@" + MS), "somali@lists.maplestone-nutrition.example.com",
                "Talooyin Ramadaan: soonka iyo sonkorowga", D(2, 2, 9, 0), T(text, cs="us-ascii"))


@msg("none", "listahan-ng-boluntaryo-adaptive", "Tagalog volunteer roster with phone numbers for an adaptive sports event", lang="tl", trap=True)
def _():
    text = """Magandang araw sa lahat!

Narito ang listahan ng mga boluntaryo para sa Adaptive Sports Day sa Sabado,
Agosto 22, sa Riverside Park:

  Registration table (7:00-9:00)   Liza Mercado 555-0124, Jun Bautista 555-0125
  Handcycle course (9:00-12:00)    Ramon Dizon 555-0126, Carla Reyes 555-0127
  Wheelchair tennis (9:00-12:00)   Tess Villanueva 555-0129
  Tubig at tanghalian              Grace Santos 555-0141

Magdala ng sombrero at tubig. Ang shirts ay ibibigay sa registration.
Salamat sa inyong tulong!

Luis Arrieta, Summit Adaptive Sports"""
    return mail(A("Luis Arrieta", "larrieta@" + SA), A("Mga Boluntaryo", "volunteers@lists.summitadaptive.example.org"),
                "Listahan ng boluntaryo - Adaptive Sports Day, Agosto 22", D(8, 17, 19, 30), T(text, cs="us-ascii"))


@msg("none", "hrupa-pidtrymky-travma", "Ukrainian announcement of a general support group for people affected by war trauma; no individual", lang="uk", trap=True)
def _():
    text = """Група підтримки українською мовою

Willowmere Counseling Group запрошує дорослих, які пережили війну або
вимушений переїзд, на відкриту групу підтримки.

Коли: щосереди о 18:30, з 4 березня
Де: 14 Orchard Lane, 2-й поверх, або онлайн
Ведуча: Оксана Гребенюк, LCSW

Група безкоштовна, записуватися заздалегідь не потрібно.
Це не індивідуальна терапія. Якщо вам потрібна термінова допомога,
телефонуйте або пишіть на лінію 988.

Інформація: 555-0176"""
    return mail(A("Willowmere Counseling Group", "community@" + WM), "ukrainian-community@lists.willowmere.example.org",
                "Група підтримки українською мовою - щосереди", D(2, 24, 12, 0),
                T(text, cs="koi8-u", cte="8bit"), scs="koi8-u")


@msg("none", "gathiya-yoga-kaksha", "Hindi flyer for a yoga class for people with arthritis", lang="hi", trap=True)
def _():
    text = """गठिया (आर्थराइटिस) वालों के लिए योग कक्षा

हर गुरुवार शाम 6 बजे, नॉर्थगेट कम्युनिटी सेंटर

 • जोड़ों पर कम दबाव वाले आसन
 • कुर्सी पर बैठकर योग
 • सांस के व्यायाम और आराम

कक्षा मुफ़्त है। अगर आपके घुटने या कूल्हे की सर्जरी हुई है, तो पहले अपने
फिज़ियोथेरेपिस्ट से पूछ लें।
जानकारी: 555-0157"""
    return mail(A("Northgate Community Center", "programs@" + NG), "hindi@lists.northgate-cc.example.org",
                "गठिया के लिए मुफ़्त योग कक्षा", D(6, 1, 8, 30), T(text, cte="base64"))


@msg("none", "barnameh-motarjem-farsi", "Farsi interpreter-service schedule for a therapy clinic; no patient", lang="fa", trap=True)
def _():
    text = """همکاران گرامی،

از ماه آینده مترجم فارسی در کلینیک هاربر استریت حضور خواهد داشت:

  سه‌شنبه‌ها ۹ صبح تا ۱ بعدازظهر
  پنجشنبه‌ها ۱ تا ۵ بعدازظهر

برای جلسات فیزیوتراپی و کاردرمانی که به مترجم نیاز دارند، لطفاً هنگام
نوبت‌دهی گزینهٔ «Interpreter: Farsi» را انتخاب کنید.
مترجم تلفنی همچنان از طریق 555-0120 در دسترس است.

با تشکر،
کلسی پروئیت"""
    return mail(A("Kelsey Pruitt", "kpruitt@" + KP), A("Front Desk Leads", "frontdesk-leads@" + KP),
                "برنامهٔ مترجم فارسی – Farsi interpreter schedule", D(6, 22, 10, 0),
                T(text, cte="quoted-printable"))


@msg("none", "protez-ortez-kongresi", "Turkish prosthetics and orthotics congress announcement", lang="tr", trap=True)
def _():
    text = """Değerli meslektaşlarımız,

9. Uluslararası Protez ve Ortez Kongresi 15-17 Ekim 2026 tarihlerinde
İzmir'de yapılacaktır.

Ana konular:
 - Mikroişlemcili diz ve ayak bilekleri
 - Osseointegrasyon sonrası rehabilitasyon
 - Çocuklarda skolyoz ortezleri
 - Diyabetik ayak ve tabanlık uygulamaları

Bildiri gönderimi için son tarih: 30 Haziran.
Ayrıntılar: https://kongre-po.example.org

Düzenleme Kurulu"""
    return mail(A("Protez Ortez Kongresi", "bilgi@kongre-po.example.org", cs="iso-8859-9", mode="Q"), "clinical@" + FP,
                "9. Uluslararası Protez ve Ortez Kongresi - bildiri çağrısı", D(3, 12, 11, 0, tz="+0300"),
                T(text, cs="iso-8859-9", cte="quoted-printable"), scs="iso-8859-9", smode="Q")


@msg("none", "portal-new-secure-message-waiting", "borderline: portal notice greeting the account holder by name; says only that a message is waiting, no care described", trap=True)
def _():
    return mail(A("Kestrel Point Patient Portal", "noreply@portal.kestrelpt.example.com"), A("Gloria Abernathy", "gabernathy@" + GM),
                "You have a new secure message", D(7, 7, 18, 2),
                ALT("Hi Gloria,\n\nYou have a new secure message in your Kestrel Point portal. Log in to read it:\nhttps://portal.kestrelpt.example.com\n\nPlease do not reply to this e-mail.",
                    "<html><body><p>Hi Gloria,</p><p>You have a new secure message in your Kestrel Point portal.</p><p><a href=\"https://portal.kestrelpt.example.com\">Log in to read it</a></p><p style=\"font-size:11px\">Please do not reply to this e-mail.</p></body></html>"))


@msg("none", "ce-certificate-lymphedema-course", "CE certificate of completion with the clinician's license number", trap=True)
def _():
    cert = pdf([
        "MotionCE Institute - Certificate of Completion",
        "",
        "This certifies that Priya Raman, OTR/L, CHT",
        "License OT-0048821   NPI " + NPI_RAMAN,
        "completed: Lymphedema Management for the Outpatient Therapist (Part 1)",
        "Date: 24 October 2026    Contact hours: 12.0    Course ID MCE-LY1-2610",
        "",
        "Provider approval: AOTA Approved Provider #8812",
    ])
    return mail(A("MotionCE Institute", "certificates@" + MC), "praman@" + BW,
                "Your certificate: Lymphedema Management Part 1", D(10, 26, 8, 15),
                MP("mixed", T("Congratulations on completing the course. Your certificate is attached. Keep it for your license renewal audit.\n\nMotionCE Institute"),
                   ATT("application/pdf", cert, "MCE-LY1-2610_certificate.pdf")))


@msg("none", "fire-drill-tuesday", "fire drill notice")
def _():
    return mail(A("Safety Officer", "safety@" + HR), A("All Halvorsen Workforce", "all-staff@" + HR),
                "Fire drill Tuesday, 2nd floor", D(3, 27, 15, 30),
                "Unannounced fire drills are required, but we're telling you anyway: sometime\nTuesday morning, 2nd floor. RACE and PASS. Therapy gym staff, close the gym doors\nand stay with anyone on the equipment.\n\nSafety Officer, 555-0167")


@msg("none", "inservice-lunch-compression-garments", "lunch-and-learn with a compression-garment vendor rep", trap=True)
def _():
    return mail(A("Priya Raman", "praman@" + BW), A("Brightwater Staff", "staff@" + BW),
                "Lunch & learn Wed: compression garments for lymphedema", D(11, 2, 9, 40),
                T("""Wednesday 12:15 in the big room. The rep from Veloria Compression is bringing
lunch and the new flat-knit sample kit (arm sleeves, gauntlets, night garments).
She'll also go over the Medicare lymphedema compression benefit and the
measurement form for custom garments. RSVP so we order enough food!

Priya"""))

# ==================================================================== phi ==

@msg("phi", "poc-recert-knee-arthroplasty", "named patient's PT plan-of-care recertification after knee replacement sent to the surgeon for signature")
def _():
    return mail(A("Dana Whitlock, PT, DPT", "dwhitlock@" + KP), A("Lakeview Orthopedics - Dr. Brandt's office", "brandt.office@" + LV),
                "POC recert for signature - Walter Nakashima", D(2, 17, 16, 25),
                T("""Hi Dr. Brandt's team,

Please have Dr. Brandt sign the attached recertification (also faxed to 555-0112).

Walter Nakashima, DOB 05/09/1954, Medicare. Right TKA 1/6/26. Seen 2x/week since
1/13, 11 visits to date. Knee flexion 108 deg (was 84), extension -3 (was -12),
TUG 11.8 s (was 19.4), walking with a cane in the community, stairs step-to with
rail. Still limping when tired and can't get in and out of his truck yet.

Plan: 2x/week for 4 more weeks (8 visits), ending 3/20. Goals: flexion 115,
reciprocal stairs, cane-free household ambulation, return to golf (putting green).
He is at $1,720 toward the therapy threshold; we'll add KX once he crosses.

""" + SIG_KP + "\nNPI " + NPI_WHITLOCK))


@msg("phi", "progress-note-shorthand-rotator-cuff", "clinical-shorthand progress note identified by MRN and DOB (rotator cuff repair, PROM, protocol phase)")
def _():
    return mail(A("Marcus Oyelaran", "moyelaran@" + KP), A("Dana Whitlock", "dwhitlock@" + KP),
                "PN visit 10 - KP-0048812 - co-sign pls", D(10, 2, 17, 48),
                T("""Dana - PN for co-sign, copied from my draft in case SN eats it again

MRN KP-0048812 / DOB 08/02/1971
Dx: s/p R RTC repair (supraspinatus, 2-anchor) 8/14, M75.121
S: pain 2/10 at rest, 5/10 w/ reaching overhead. sleeping thru night now. off sling.
O: PROM flex 148, abd 135, ER@0 55, ER@90 70, IR@90 40. AROM flex 122 w/ hike.
   MMT ER 4-/5, scap retraction 4/5. QuickDASH 43 (was 68)
A: progressing per protocol, phase II -> III at wk 8 per Dr Brandt. scap dyskinesis
   persists. no s/s of retear.
P: cont 2x/wk x 4 wks, add light TB ER/IR, prone T/Y, wall walks. HEP updated.
   recheck 11/1. 97110 x2, 97140 x1

-MO, PTA"""))


@msg("phi", "auth-request-lumbar-table", "authorisation request form: named member, member ID, DOB, lumbar radiculopathy diagnosis and CPT codes")
def _():
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Please find our request below. Evaluation and plan of care attached in the portal, ref. PA-KP-26-0931.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Member</th><td>Terrence Oduya</td></tr>
<tr><th align="left">Member ID</th><td>BHP-774120391</td></tr>
<tr><th align="left">DOB</th><td>11/30/1979</td></tr>
<tr><th align="left">Diagnosis</th><td>M54.16 radiculopathy, lumbar region; M51.26 disc displacement L4-5</td></tr>
<tr><th align="left">Requested</th><td>12 visits, 10/14/2026 - 12/31/2026</td></tr>
<tr><th align="left">CPT</th><td>97110, 97112, 97140, 97530, 97161 (completed 10/12)</td></tr>
<tr><th align="left">Functional status</th><td>ODI 46% (severe), sitting tolerance 20 min, unable to lift &gt; 10 lb</td></tr>
<tr><th align="left">Rendering</th><td>Kestrel Point PT - Millpond, NPI """ + NPI_KP_GROUP + """</td></tr>
</table>
<p>Renee Castellanos, Billing &amp; Authorizations, Kestrel Point PT, 555-0124</p>
</body></html>"""
    return mail(A("Renee Castellanos", "rcastellanos@" + KP), "um.rehab@" + BC,
                "Prior auth request - outpatient PT - PA-KP-26-0931", D(10, 13, 11, 2),
                ALT("Please find our request below. Evaluation and plan of care attached in the portal, ref. PA-KP-26-0931.\n\n"
                    "Member: Terrence Oduya\nMember ID: BHP-774120391\nDOB: 11/30/1979\n"
                    "Diagnosis: M54.16 radiculopathy, lumbar region; M51.26 disc displacement L4-5\n"
                    "Requested: 12 visits, 10/14/2026 - 12/31/2026\nCPT: 97110, 97112, 97140, 97530, 97161 (completed 10/12)\n"
                    "Functional status: ODI 46% (severe), sitting tolerance 20 min, unable to lift > 10 lb\n"
                    "Rendering: Kestrel Point PT - Millpond, NPI " + NPI_KP_GROUP + "\n\nRenee Castellanos, Billing & Authorizations, Kestrel Point PT, 555-0124", html))


@msg("phi", "subject-line-auth-approved-knee", "name, DOB, visit count and knee osteoarthritis appear only in the Subject; body is an acknowledgement")
def _():
    return mail(A("Renee Castellanos", "rcastellanos@" + KP), A("Millpond Front Desk", "millpond@" + KP),
                "Auth approved: Garza, Elena DOB 03/14/1961 - 12 PT visits L knee OA thru 6/30", D(4, 7, 9, 12),
                T("fyi - entered in StrideNote, auth # is on the appointment card. Go ahead and book.\n\nR"))


@msg("phi", "home-exercises-after-ankle-sprain", "PT writes to the patient about her home exercise programme after an ankle sprain ('your ankle')")
def _():
    return mail(A("Marcus Oyelaran", "moyelaran@" + KP), A("Marisa Tran", "marisa.tran@" + GM),
                "Your exercises from today", D(5, 21, 18, 5),
                T("""Hi Marisa,

Great work today. Since the swelling is down and you can stand on the left foot for
20 seconds now, here's the next step for your ankle:

 1. Single-leg balance on a pillow, 3 x 30 sec (hold the counter at first)
 2. Heel raises on both feet, then the left only, 3 x 15
 3. Band pushes out/in and up/down, 2 x 20 each (use the green band)
 4. Side-steps with the band around your ankles, 3 laps of the kitchen
 5. Ice 15 min if it aches after

No running or soccer yet - we'll test hopping next Thursday. Keep wearing the lace-up
brace for walks.

Marcus Oyelaran, PTA
Kestrel Point Physical Therapy | 555-0121"""))


@msg("phi", "fce-results-docx-only", "functional capacity evaluation of a named injured worker with claim number, only inside the attached DOCX")
def _():
    doc = docx([
        "KESTREL POINT PHYSICAL THERAPY - FUNCTIONAL CAPACITY EVALUATION",
        "Examinee: Raymond Dufresne    DOB: 07/19/1968    Claim: KRC-26-0041187",
        "Employer: Tri-Harbor Freight (dock worker)    Date of injury: 01/22/2026",
        "Referral: Stacey Lindahl, RN, CCM (Ironbridge) for Keystone Ridge Casualty",
        "Date of evaluation: 06/02/2026 (4 hours)",
        "History: L shoulder injury lifting pallets; arthroscopic labral repair 03/04/2026; completed 24 PT visits.",
        "Effort: 9 of 10 validity criteria consistent; heart-rate response appropriate.",
        "Floor-to-waist lift: 35 lb occasional. Waist-to-shoulder: 20 lb occasional. Overhead: 10 lb rare (L).",
        "Carry: 40 lb bilateral occasional, 50 ft. Push/pull cart: 60 lb force.",
        "Job demands (dock worker): 70 lb occasional, frequent overhead reaching.",
        "Conclusion: currently MEDIUM physical demand level; does not meet job demands (HEAVY).",
        "Recommendation: 4 weeks of work conditioning 3x/week, then re-test; modified duty meanwhile with no lifting over 35 lb and no overhead work with the left arm.",
        "Evaluator: Dana Whitlock, PT, DPT",
    ])
    return mail(A("Dana Whitlock", "dwhitlock@" + KP), A("Stacey Lindahl, RN, CCM", "slindahl@" + IB),
                "FCE report", D(6, 4, 15, 30),
                MP("mixed", T("Hi Stacey,\n\nAttached is the FCE report for the claim we discussed on the phone. Invoice will come from our billing office separately.\n\n" + SIG_KP),
                   ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "FCE_report_060226.docx")))


@msg("phi", "modified-duty-by-employee-id", "case manager tells an employer an employee ID's lumbar-strain restrictions and PT progress")
def _():
    return mail(A("Stacey Lindahl, RN, CCM", "slindahl@" + IB), A("Tri-Harbor Freight HR", "hr@triharbor.example.com"),
                "RTW status - Employee ID 44817", D(3, 9, 10, 20),
                T("""Hello Gina,

Update for employee ID 44817 (claim on file with Keystone Ridge):

 - Seen by the treating physician 3/6 for the lumbar strain. Released to MODIFIED
   duty effective 3/10: no lifting over 20 lb, no repetitive bending, may sit/stand
   as needed, 6-hour shifts for two weeks.
 - Continues physical therapy 2x/week at Kestrel Point (visit 7 of 12).
 - Next physician recheck 3/27; full duty is expected in 3-4 weeks if PT progress holds.

Please confirm you can accommodate the modified duty at the dispatch desk.

Stacey Lindahl, RN, CCM
Nurse Case Manager, Ironbridge Case Management | 555-0144"""))


@msg("phi", "disability-claim-records-request", "disability insurer requests OT notes for a named claimant with claim number after carpal tunnel release")
def _():
    return mail(A("Megan Tull | Allmark Mutual Disability", "mtull@" + AM), "records@" + BW,
                "Records request - claim AMD-2026-118842", D(5, 11, 13, 40),
                T("""Good afternoon,

We are evaluating a short-term disability claim for your patient Deborah Quist
(DOB 02/27/1975), claim AMD-2026-118842. She reports bilateral carpal tunnel release
(right 3/18, left 4/15) and ongoing hand therapy at your clinic.

Please send: OT evaluation, progress notes from 3/25 to present, grip and pinch
measurements, and your opinion on her ability to type for 6+ hours a day. A signed
authorization is attached to the fax we sent today.

Megan Tull, Disability Claims Specialist
Allmark Mutual Disability | 555-0143 | fax 555-0142"""))


@msg("phi", "irf-admission-hl7-rejected", "a live HL7 ADT admission (name, MRN, DOB, stroke diagnosis) that failed validation, only in the attached message")
def _():
    segs = hl7([
        "MSH|^~\\&|TESSERA|HALVORSEN|THERAPYDOCS|HR_REHAB|20260316141205||ADT^A01^ADT_A01|HR88213407|P|2.5.1",
        "EVN|A01|20260316141100",
        "PID|1||HR-7730192^^^HR_MRN^MR||HOLLOWAY^MARGARET^ANN||19460812|F|||27 Quarry Lane^^Ashby^ZZ^00000||555-0119",
        "PV1|1|I|3W^312^A^HALVORSEN||||" + NPI_MARSH + "^MARSH^ELLIOT^^^^^^NPI||||REHAB||||||||V0088213",
        "DG1|1||I63.512^Cerebral infarction due to unspecified occlusion of left middle cerebral artery^I10||20260309|A",
        "DG1|2||R13.12^Dysphagia, oropharyngeal phase^I10||20260309|A",
        "IN1|1|MCR|MEDICARE|||||||||||||HOLLOWAY^MARGARET",
    ])
    body = T("""Corvid channel ADT_IN_THERAPY rejected 1 message at 14:12.

Error: PV1-3 location "3W^312^A" not found in the therapy scheduling room table.
The original message is attached. Fix the mapping and resubmit from the queue.

-- Corvid Integration Engine (alerts@halvorsenrehab.example.org)""")
    return mail(A("Corvid Integration Engine", "alerts@" + HR), A("Interface Team", "interfaces@" + HR),
                "[Corvid] ADT_IN_THERAPY: 1 message rejected", D(3, 16, 14, 12),
                MP("mixed", body, ATT("application/hl7-v2", segs, "HR88213407.hl7")))


@msg("phi", "team-conference-html-grid", "HTML-only team conference grid: named inpatients with MRNs, diagnoses, Section GG scores and discharge plans")
def _():
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:12px">
<p>Prep grid for Thursday. Please update your column by noon Wednesday.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Rm</th><th>Patient</th><th>MRN</th><th>Dx</th><th>GG mobility adm/now</th><th>GG self-care adm/now</th><th>Barriers</th><th>ELOS / dispo</th></tr>
<tr><td>312A</td><td>Holloway, Margaret</td><td>HR-7730192</td><td>L MCA CVA, dysphagia (NDD2)</td><td>34 / 51</td><td>17 / 28</td><td>R neglect, 2-person assist tub</td><td>3/30 home w/ daughter, HH</td></tr>
<tr><td>314B</td><td>Pruitt, Dennis</td><td>HR-7728851</td><td>R BKA (PVD), DM2</td><td>40 / 66</td><td>22 / 35</td><td>residual limb wound, awaiting prosthesis</td><td>3/24 home, outpt PT + Foundry</td></tr>
<tr><td>318A</td><td>Vance, Oliver</td><td>HR-7731440</td><td>TBI s/p MVC, Rancho VI</td><td>28 / 45</td><td>12 / 24</td><td>agitation evenings, 1:1 sitter</td><td>TBD - SNF vs home, family mtg 3/20</td></tr>
</table>
<p>Tamsin</p>
</body></html>"""
    return mail(A("Tamsin Reyes", "treyes@" + HR), A("3 West Team", "3west-team@" + HR),
                "Team conf prep 3/19", D(3, 17, 7, 55), T(html, "html", cte="quoted-printable"))


@msg("phi", "cardiac-rehab-referral-fhir-bundle", "cardiac rehab referral after bypass surgery with name, DOB and MRN only inside the attached FHIR bundle")
def _():
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": "2026-08-19T10:02:00-04:00",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "p1",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "CH-2291847"}],
                          "name": [{"family": "Okonkwo", "given": ["Benedict"]}],
                          "birthDate": "1959-12-03", "gender": "male",
                          "telecom": [{"system": "phone", "value": "555-0114"}]}},
            {"resource": {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
                          "code": {"text": "Coronary artery disease s/p CABG x3 (2026-08-04)"}}},
            {"resource": {"resourceType": "ServiceRequest", "id": "sr1", "status": "active", "intent": "order",
                          "subject": {"reference": "Patient/p1"},
                          "code": {"text": "Cardiac rehabilitation, phase II, 36 sessions"},
                          "reasonReference": [{"reference": "Condition/c1"}],
                          "note": [{"text": "EF 45%. Sternal precautions until 10/1. On metoprolol, atorvastatin, aspirin."}],
                          "requester": {"display": "Naomi Fairweather, MD, Cedar Hills Family Medicine"}}},
        ]}
    body = T("Referral sent from our EHR's FHIR export, attached. Please confirm receipt and let us know the intake date.\n\nCedar Hills Family Medicine referrals desk\n555-0111")
    return mail(A("Cedar Hills Referrals", "referrals@" + CH), A("Halvorsen Cardiac Rehab Intake", "cardiacrehab@" + HR),
                "Referral - cardiac rehab", D(8, 19, 10, 5),
                MP("mixed", body, ATT("application/fhir+json", json.dumps(bundle, indent=1), "referral-bundle.json", cs="utf-8")))


@msg("phi", "pulmonary-rehab-intake-invite", "pulmonary rehab intake invitation whose ICS names the patient, his COPD and oxygen; the body says nothing")
def _():
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Halvorsen Scheduling//RehabSched 5//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:pr-intake-88120@halvorsenrehab.example.org", "DTSTAMP:20260922T130000Z",
        "DTSTART;TZID=America/New_York:20261001T090000", "DTEND;TZID=America/New_York:20261001T103000",
        "SUMMARY:Pulmonary rehab intake - Harold Pembrook",
        "LOCATION:Halvorsen Cardiac & Pulmonary Rehab\\, 2nd floor gym",
        "DESCRIPTION:Intake and 6-minute walk test for Harold Pembrook (COPD\\, FEV1 38%). Please bring all inhalers and your portable oxygen - you will walk on your usual 2 L/min. Wear comfortable shoes. Questions: Joy Mbeki\\, RRT\\, 555-0165.",
        "ORGANIZER;CN=Halvorsen Pulmonary Rehab:mailto:pulmrehab@halvorsenrehab.example.org",
        "ATTENDEE;CN=Harold Pembrook;RSVP=TRUE:mailto:hpembrook@inbox.example.com",
        "END:VEVENT", "END:VCALENDAR"])
    return mail(A("Halvorsen Pulmonary Rehab", "pulmrehab@" + HR), A("Harold Pembrook", "hpembrook@" + IN),
                "Invitation: Thursday 1 October 9:00 AM", D(9, 22, 9, 0),
                MP("mixed", T("Please see the attached invitation.\n\nHalvorsen Cardiac & Pulmonary Rehabilitation"),
                   Part("text/calendar", cal.encode(), cs="utf-8", cte="base64", params=[("method", "REQUEST")], filename="invite.ics", disp="attachment")))


@msg("phi", "ifsp-meeting-speech-delay", "parent writes to the early-intervention coordinator about her son's speech delay and IFSP meeting")
def _():
    return mail(A("Gianna Marchetti", "gmarchetti@" + GM), A("Sasha Lindqvist", "slindqvist@" + LO),
                "Leo's IFSP meeting", D(4, 14, 21, 10),
                T("""Hi Sasha,

Thanks for sending the evaluation. I read it twice. So Leo qualifies because his
expressive language is at about 14 months and he just turned 2? He understands so
much more than he says, that's what I keep telling people.

Could the IFSP meeting be on a Friday? Mark can only get off work on Fridays. And is
it okay if his daycare teacher joins by phone? She's the one who noticed first.

Also - the SLP mentioned something about a hearing test. Do we book that ourselves
or does your office?

Thanks,
Gianna (Leo's mom)"""))


@msg("phi", "tube-wean-feeding-update", "feeding therapist updates a parent on her daughter's G-tube weaning and oral intake")
def _():
    return mail(A("Hannah Ortiz, OTR/L", "hortiz@" + LO), A("Folasade Adeyemi", "fadeyemi@" + WB),
                "Amara - this week's feeding session", D(6, 12, 16, 45),
                T("""Hi Folasade,

Amara did so well today! She took about 4 oz of the purees by spoon and chewed on the
meltable puffs without gagging for the first time. She is still refusing anything
lumpy, which is expected at this stage.

For home this week:
 - Keep the 2 daytime tube feeds but drop the 11am feed by 30 mL as the dietitian
   suggested; offer the spoon meal about an hour before.
 - Messy play with yogurt on the tray before meals.
 - Log what she eats by mouth in the sheet so Beth can check her weight plan.

Weight check with the GI clinic is 6/22. See you Tuesday!

Hannah Ortiz, OTR/L
Feeding Program, Little Otter Pediatric Therapy Center | 555-0150"""))


@msg("phi", "aba-hours-authorization-denied", "borderline: Medicaid denial of ABA hours for a named child's autism; autism/ABA is not a listed restricted mental-health category")
def _():
    return mail(A("Riverbend Community Health Plan - Utilization Management", "um@" + RB), "auth@" + LO,
                "Determination: ABA request RCH-UM-2026-55810", D(8, 3, 15, 2),
                T("""NOTICE OF ADVERSE DETERMINATION (PARTIAL)

Member:        Caleb Whitmore
Member ID:     RCH-40917755
DOB:           09/14/2020
Request:       Adaptive behavior treatment (97153) 30 hours/week, 97155 3 hours/week,
               08/10/2026 - 02/09/2027
Diagnosis:     F84.0 Autism spectrum disorder
Determination: APPROVED 20 hours/week of 97153 and 2 hours/week of 97155.
               DENIED the remaining 10 hours/week of 97153.
Reason:        The treatment plan does not show why 30 hours are needed. The member
               attends preschool 15 hours/week and goals for school readiness can
               be met at the approved intensity.

You may request a peer-to-peer review within 14 days (555-0146) or appeal within 60
days. The member's family has been notified by mail."""))


@msg("phi", "iep-speech-report-pdf", "school SLP's IEP speech-language report (student name, DOB, test scores, articulation disorder) only in a Flate PDF")
def _():
    rep = pdf([
        "PINE HOLLOW UNIFIED SCHOOL DISTRICT - SPEECH-LANGUAGE EVALUATION REPORT",
        "Student: Nevaeh Colton      DOB: 01/23/2019      Student ID: 2210458",
        "School: Birchwood Elementary, Grade 1      Evaluation date: 02/03/2026",
        "Reason for referral: teacher and parent concern about intelligibility.",
        "Tests: GFTA-3 standard score 71 (3rd percentile); CELF-5 Core Language 94.",
        "Errors: fronting of /k, g/, stopping of /s, z, sh/, gliding of /r, l/.",
        "Intelligibility to unfamiliar listeners approximately 60% in conversation.",
        "Hearing screening passed 01/2026. Oral mechanism within normal limits.",
        "Impression: speech sound disorder (phonological) that adversely affects",
        "participation in classroom reading and oral presentation.",
        "Recommendation: eligible under Speech or Language Impairment; 60 minutes per",
        "week of speech therapy (2 x 30, small group); classroom strategies attached.",
        "Keisha Monroe, M.S., CCC-SLP, School Speech-Language Pathologist",
    ], flate=True)
    return mail(A("Keisha Monroe", "kmonroe@" + PH), [A("IEP Team - Birchwood", "iep-birchwood@" + PH)],
                "Speech report for Thursday's IEP meeting", D(2, 9, 15, 10),
                MP("mixed", T("Hi team,\n\nAttached is my report for Thursday's meeting (2:45, room 14). Please read before we meet; I'll bring printed copies for the family.\n\nKeisha"),
                   ATT("application/pdf", rep, "SL_eval_report_0203.pdf")))


@msg("phi", "dietitian-your-a1c-followup", "dietitian writes to the patient about 'your A1c' and meal plan")
def _():
    return mail(A("Beth Kowalczyk, RDN, CDCES", "bkowalczyk@" + MS), A("Ken Sato", "ksato@" + IN),
                "Your lab results and next steps", D(9, 15, 12, 30),
                T("""Hi Ken,

Dr. Fairweather's office sent over your labs. Your A1c is 8.2%, down from 9.1% in
June - that's a real change in three months, so well done. Your fasting numbers on the
log are mostly 130-150 now.

Things to keep working on:
 - Breakfast is still the big spike (the juice + toast days). Try the eggs and berries
   swap three days a week.
 - Walking after dinner is clearly helping - your evening readings are the best ones.
 - Keep taking the metformin with food; if the stomach upset comes back let us know.

Next visit is Tuesday 10/13 at 8:30. Bring your meter or your phone with the app.

Beth Kowalczyk, RDN, CDCES
Maplestone Nutrition & Diabetes Education | 555-0155"""))


@msg("phi", "sensor-export-csv", "CGM glucose readings with the patient's name, only in the attached CSV")
def _():
    rows = ["Name,Lucia Ferrante", "Device,CGM reader SN 3J7-22910", "Report,2026-05-04 to 2026-05-10", "",
            "timestamp,glucose_mg_dl,event"]
    rnd = random.Random(34)
    for day in range(4, 11):
        for hh, ev in ((7, "before breakfast"), (9, "after breakfast"), (13, "after lunch"), (19, "after dinner"), (23, "bedtime")):
            g = {7: 128, 9: 205, 13: 171, 19: 188, 23: 142}[hh] + rnd.randrange(-30, 31)
            rows.append("2026-05-%02d %02d:00,%d,%s" % (day, hh, g, ev))
    rows.append("2026-05-08 03:10,62,low alert - juice")
    return mail(A("Lucia Ferrante", "lferrante@" + WB), A("Beth Kowalczyk", "bkowalczyk@" + MS),
                "the export", D(5, 11, 20, 40),
                MP("mixed", T("Hi Beth, here is the export from the reader like you asked. Sorry it took so long, I couldn't find the cable.\n\nLucia\n\nSent from my iPad"),
                   ATT("text/csv", "\n".join(rows).replace("\n", "\r\n") + "\r\n", "export_0504-0510.csv", cs="us-ascii", cte="quoted-printable")))


@msg("phi", "chiro-statement-account-balance", "chiropractic statement with account number, dates of service, treatment codes and balance")
def _():
    text = """Ridgeway Chiropractic - Statement
Account: R-20931   Statement date: 07/01/2026
Patient: Howard Lindqvist

DOS        Service                                   Charge   Ins paid  You owe
06/03/26   CMT spinal 3-4 regions (98941)            $68.00   $41.20    $26.80
06/03/26   Manual therapy 15 min (97140)             $45.00   $27.00    $18.00
06/10/26   CMT spinal 3-4 regions (98941)            $68.00   $41.20    $26.80
06/17/26   CMT spinal 3-4 regions (98941)            $68.00    $0.00    $68.00  (visit limit reached)

Balance due: $139.60
Pay online: https://pay.ridgewaychiro.example.com  or call 555-0151"""
    html = "<html><body style=\"font-family:Verdana;font-size:12px\"><h3>Ridgeway Chiropractic &ndash; Statement</h3><p>Account: <b>R-20931</b> &nbsp; Statement date: 07/01/2026<br>Patient: Howard Lindqvist</p><table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\"><tr><th>DOS</th><th>Service</th><th>Charge</th><th>Ins paid</th><th>You owe</th></tr><tr><td>06/03/26</td><td>CMT spinal 3-4 regions (98941)</td><td>$68.00</td><td>$41.20</td><td>$26.80</td></tr><tr><td>06/03/26</td><td>Manual therapy 15 min (97140)</td><td>$45.00</td><td>$27.00</td><td>$18.00</td></tr><tr><td>06/10/26</td><td>CMT spinal 3-4 regions (98941)</td><td>$68.00</td><td>$41.20</td><td>$26.80</td></tr><tr><td>06/17/26</td><td>CMT spinal 3-4 regions (98941)</td><td>$68.00</td><td>$0.00</td><td>$68.00 (visit limit reached)</td></tr></table><p><b>Balance due: $139.60</b></p><p><a href=\"https://pay.ridgewaychiro.example.com\">Pay online</a> or call 555-0151</p></body></html>"
    return mail(A("Ridgeway Chiropractic Billing", "billing@" + RC), A("Howard Lindqvist", "hlindqvist@" + GM),
                "Your statement from Ridgeway Chiropractic", D(7, 1, 6, 30), ALT(text, html, cte="quoted-printable"))


@msg("phi", "acupuncture-reply-over-sciatica-intake", "two-line reply; the patient's sciatica history and MRI finding are in the quoted original")
def _():
    orig = """Hello,

My name is Nadia Petrov. I've had sciatica down my left leg since March; the MRI
in April showed an L5-S1 disc herniation touching the S1 nerve root. I've done 8
weeks of PT at Kestrel Point and a steroid injection in May, which helped for about
a month. My physical therapist suggested trying acupuncture alongside the exercises.

Do you take Bellcrest? And do you have anything Thursday after 4?

Thank you,
Nadia"""
    return mail(A("Grace Lin, LAc", "grace@" + JL), A("Nadia Petrov", "npetrov@" + GM),
                "Re: new patient - sciatica", D(7, 6, 9, 15),
                T("Hi Nadia, Thursday 4:30 works - I've put you in. We are out of network with Bellcrest but I'll give you a superbill.\n\nGrace\n\n" +
                  quote(orig, "Nadia Petrov <npetrov@mail.example.net>", "Sun, Jul 5, 2026 at 10:02 PM")),
                irt="<CAK4TL0f1ZbN7cQx@mail.example.net>")


@msg("phi", "hbot-prior-auth-foot-ulcer", "hyperbaric oxygen prior authorisation for a named member's diabetic foot ulcer with osteomyelitis")
def _():
    return mail(A("Seabright Authorizations", "auth@" + SB), "um.medical@" + BC,
                "HBOT prior authorization request - Samuel Okafor - BHP-661029844", D(7, 20, 11, 30),
                T("""Request for prior authorization - hyperbaric oxygen therapy

Member: Samuel Okafor    DOB: 07/22/1958    Member ID: BHP-661029844
Diagnosis: E11.621 type 2 diabetes with foot ulcer; L97.424 non-pressure chronic
ulcer of left heel with necrosis of bone; M86.172 osteomyelitis, left ankle and foot
Wagner grade 3. Ulcer 3.1 x 2.4 x 0.9 cm. Standard wound care since 5/1 (offloading
in a total contact cast, sharp debridement weekly, culture-directed antibiotics) with
< 50%% area reduction at 30 days. TcPO2 periwound 28 mmHg.

Requested: 40 treatments, 2.4 ATA x 90 min, daily M-F (99183 / G0277).
Ordering: Anika Sorensen, MD, NPI %s

Records attached in the portal. Seabright Wound Care & Hyperbaric Medicine, 555-0170""" % NPI_SORENSEN))


@msg("phi", "wound-photo-file-name-only", "borderline: body says only 'photo from today'; patient's name, DOB and heel ulcer are only in the image's file name")
def _():
    return mail(A("Carl Bittner", "cbittner@" + SB), A("Anika Sorensen", "asorensen@" + SB),
                "photo from today", D(7, 27, 14, 2),
                MP("mixed", T("Photo from today for your review before tomorrow's clinic. Measured at the bedside, numbers are in the flowsheet.\n\nCarl\n\nSent from my iPhone"),
                   ATT("image/png", png(16, 12, 5), "Okafor_Samuel_1958-07-22_L_heel_ulcer_wk12.png")))


@msg("phi", "check-socket-fitting-your-appointment", "prosthetist writes to the patient about his check-socket fitting ('your appointment')")
def _():
    return mail(A("Ray Castellano, CPO", "rcastellano@" + FP), A("Victor Delgado", "vdelgado@" + IN),
                "Your check socket fitting Tuesday", D(3, 5, 17, 20),
                T("""Hi Victor,

Your check socket fitting is Tuesday 3/10 at 2:00 with me at the Foundry shop on
Mill Road. Plan on about 90 minutes.

 - Keep wearing the shrinker day and night until then; your limb volume has come
   down nicely since the surgery and we want it stable for the cast.
 - Bring your silicone liner and the sneakers you'll wear most.
 - If the incision has any open spots, call me before coming in.

After the check socket we usually need two weeks for the definitive one, so you
should be walking with the new leg before your PT plan at Kestrel Point ends.

Ray Castellano, CPO
Foundry Prosthetics & Orthotics | 555-0158"""))


@msg("phi", "orthosis-claims-denial-table", "denial report table listing named patients, DOBs, claim numbers, orthosis L-codes and denial reasons")
def _():
    return mail(A("Claimwise Rehab Billing", "reports@" + CW), A("Ray Castellano", "rcastellano@" + FP),
                "Denials needing action - week of 9/14", D(9, 18, 16, 0),
                T("""Ray - four denials this week need documentation from you.

Claim #        Patient             DOB         DOS       Code   Denial             Need
CW-5540192     Mendoza, Ruth       04/11/1949  08/27/26  L1833  CO-50 necessity    knee instability exam, MD order
CW-5540233     Baptiste, Jerome    12/02/1963  08/31/26  L3000  CO-96 non-covered  none (patient liability - send ABN)
CW-5540401     Kowal, Irene        06/18/1952  09/02/26  L4361  CO-16 missing info  dx code (fracture vs sprain)
CW-5540417     Hale, Dominic       03/30/1987  09/03/26  L5301  CO-197 no auth      auth # from Bellcrest

Upload to the Claimwise portal under each claim by 9/25.
Claimwise Rehab Billing | 555-0183"""))


@msg("phi", "sgd-funding-packet-cerebral-palsy", "device vendor asks the SLP for missing funding documents for a named child with cerebral palsy and a Medicaid ID")
def _():
    return mail(A("Aaron Vice | TalkBridge Funding", "avice@" + TB), A("Noor Haddad, CCC-SLP", "nhaddad@" + CV),
                "Funding packet - Mateo Rios - 2 items missing", D(1, 29, 11, 5),
                T("""Hi Noor,

We're ready to submit the speech-generating device request to Riverbend for
Mateo Rios (DOB 02/11/2017, Medicaid ID RCH-55120984), but two things are missing:

 1. The physician's prescription signed after your evaluation date (the one we have
    is from October, before the trial).
 2. In the report, a sentence on why lower-tech options (the picture board and the
    single-message switch) were ruled out - Riverbend always asks.

Your report documents the spastic quadriplegic CP, severe dysarthria, and the
4-week trial with eye-gaze on the T10 really well. Once those two arrive we submit
the same day; Riverbend usually decides in 30-45 days.

Aaron Vice, Funding Specialist
TalkBridge AAC | 555-0194"""))


@msg("phi", "device-shipped-for-mateo", "borderline: shipping notice to a parent for her son's speech-generating device; the device itself reveals the care")
def _():
    return mail(A("TalkBridge AAC", "shipping@" + TB), A("Adriana Rios", "arios@" + GM),
                "Mateo's TalkBridge T10 has shipped", D(3, 20, 13, 12),
                T("""Hi Adriana,

Good news - Mateo's TalkBridge T10 with eye-gaze has shipped and should arrive
Tuesday. Tracking: 1Z 8F2 A44 03 7719 0054.

Please don't open the device box until his speech therapist's setup visit (Noor at
Clearvoice will call you). The wheelchair mount will come separately next week.

TalkBridge AAC | 555-0193"""))


@msg("phi", "display-name-amputee-contact-holiday", "borderline: an office-closure note whose only care content is the recipient's display name (left below-knee amputation, prosthetic patient)")
def _():
    return mail(A("Foundry Prosthetics & Orthotics", "office@" + FP), A("Harold Beck - L BKA, prosthetic pt", "hbeck1951@" + IN),
                "Closed Friday July 3", D(6, 29, 10, 0),
                T("""Hi,

Foundry Prosthetics & Orthotics will be closed Friday July 3. We reopen Monday
July 6 at 8:00. For urgent repairs over the weekend call 555-0158 and leave a
message; Ray checks it twice a day.

Happy Fourth!
The Foundry team"""))


@msg("phi", "secure-tag-gateway-test-send", "borderline: [secure]-tagged test send with an X-Sensitivity header and no patient content (marked-secure-test-no-content)")
def _():
    return mail(A("Omar Lindgren", "olindgren@" + KP), A("Dana Whitlock", "dwhitlock@" + KP),
                "[secure] test - can you open this?", D(1, 15, 10, 33),
                T("Test from the new encryption gateway. Nothing in here - just reply if it opens.\n\nOmar"),
                extra=[("X-Sensitivity", "Private")])


@msg("phi", "visit-summary-html-half-only", "the plain part says only 'view in HTML'; the HTML half has a named patient's OT visit summary for a wrist fracture")
def _():
    text = "Your visit summary is available.\n\nThis message is best viewed in an HTML-capable e-mail program.\n\nBrightwater Hand & Occupational Therapy"
    html = """<html><body style="font-family:Arial;font-size:13px">
<p><b>Visit summary - Rosa Quintanilla - 03/04/2026</b></p>
<p>Therapist: Priya Raman, OTR/L, CHT</p>
<ul>
<li>Reason for visit: right distal radius fracture (ORIF 2/3/2026), week 4 of hand therapy</li>
<li>Today: custom wrist splint trimmed at the thumb; scar massage; tendon glides</li>
<li>Wrist extension 35&deg;, flexion 30&deg;, supination 50&deg;; grip 8 kg (left 24 kg)</li>
<li>Home program: tendon glides 10x every 2 hours; wrist AROM 3x/day; splint at night and in crowds</li>
<li>Next visit: Monday 03/09 at 10:15</li>
</ul>
</body></html>"""
    return mail(A("Brightwater Hand & Occupational Therapy", "noreply@" + BW), A("Rosa Quintanilla", "rquintanilla@" + WB),
                "Your visit summary", D(3, 4, 17, 0), ALT(text, html, hcte="base64"))


@msg("phi", "rodilla-ejercicios-duele", "Spanish: patient writes to her PT about knee pain after exercises and her next visit (base64)", lang="es")
def _():
    text = """Hola Dana,

Soy Guadalupe Herrera, la paciente de los martes a las 4. Le escribo porque desde el
sábado la rodilla derecha me duele más después de los ejercicios de sentadilla y
en la noche se me hincha un poco. Estoy poniendo hielo como me dijo y tomando
ibuprofeno, pero no quiero hacerme daño.

¿Debo dejar de hacer las sentadillas hasta la próxima cita? Y otra pregunta: el
seguro me dijo que me quedan solo 4 visitas, ¿es cierto?

Muchas gracias,
Guadalupe"""
    return mail(A("Guadalupe Herrera", "lupita.herrera@" + GM), A("Dana Whitlock", "dwhitlock@" + KP),
                "pregunta sobre mis ejercicios de la rodilla", D(6, 8, 21, 14),
                T(text, cte="base64"))


@msg("phi", "relatorio-alta-fisioterapia", "Portuguese: physiotherapy discharge summary for a named patient after hip replacement (ISO-8859-1 quoted-printable)", lang="pt")
def _():
    text = """Prezada Dra. Fairweather,

Segue o relatório de alta da fisioterapia do Sr. António Figueiredo (nasc.
17/10/1950), que fez a reabilitação conosco antes de se mudar para perto da filha.

Diagnóstico: artroplastia total de quadril esquerdo em 12/01/2026 (via posterior).
Sessões: 18, de 20/01 a 27/03/2026.
Situação na alta: marcha independente sem auxílio em terreno plano, usa bengala
em distâncias longas; sobe escadas alternando os pés com corrimão; força de
abdutores 4/5; Timed Up and Go 9,8 s.
Precauções de quadril mantidas até a consulta com o ortopedista em abril.
Medicação para dor: apenas paracetamol quando necessário.

Recomendo continuar o programa domiciliar e, se possível, hidroterapia.

Atenciosamente,
Renata Albuquerque, fisioterapeuta - Clínica Movimento"""
    return mail(A("Renata Albuquerque", "renata@fisiomovimento.example.org", cs="iso-8859-1", mode="Q"), A("Naomi Fairweather, MD", "nfairweather@" + CH),
                "Relatório de alta - fisioterapia - António Figueiredo", D(3, 30, 15, 0, tz="-0300"),
                T(text, cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", smode="Q")


@msg("phi", "mom-stairs-with-walker", "phone-typed family mail about Mom's hip-fracture rehab progress and discharge plan")
def _():
    return mail(A("Kate Sullivan", "katesully@" + GM), A("Brian Sullivan", "bsullivan@" + IN),
                "mom update", D(11, 4, 19, 52),
                T("""hey so talked to moms PT at halvorsen today. she did the practice stairs w the
walker!! 4 steps up and down with someone guarding. the OT says she still needs help
w her socks and getting in the shower so they want a tub bench + grab bar before she
comes home

discharge is looking like next thurs. they said hip precautions for 6 more wks so no
bending past 90 and she has to use the raised toilet seat. can u pick up the seat at
the medical supply place on route 9? ill do the grab bar this wkend

also her pain is better, theyre only giving the oxy before therapy now

k

Sent from my iPhone""", flowed=True))


@msg("phi", "abuela-rosa-rehabilitacion-cardiaca", "Spanish family mail: 'Abuela Rosa' in cardiac rehab after a heart attack (UTF-8 quoted-printable)", lang="es")
def _():
    text = """Hola prima,

Te cuento que la abuela Rosa ya empezó la rehabilitación cardíaca en el Halvorsen
después del infarto. Va lunes, miércoles y viernes a las 10. La primera semana
caminó 12 minutos en la banda y la enfermera dice que la presión le subió bien,
sin dolor de pecho.

Lo que sí: le cambiaron las pastillas (ahora toma el clopidogrel y una para el
colesterol más fuerte) y se confunde con el pastillero. ¿Puedes pasar el domingo
a llenárselo? Yo la llevo a las sesiones.

Besos,
Mari"""
    return mail(A("Marisol Quiñones", "mari.quinones@" + GM), A("Yesenia Quiñones", "yesi.q@" + WB),
                "la abuela Rosa y la rehabilitación", D(2, 13, 20, 30),
                T(text, cte="quoted-printable"))


@msg("phi", "aphasia-homework-naming-better", "caregiver writes to the SLP about her husband's aphasia homework and progress")
def _():
    return mail(A("Linda Carver", "lcarver@" + IN), A("Noor Haddad", "nhaddad@" + CV),
                "Tom's homework", D(9, 9, 8, 5),
                T("""Hi Noor,

Just wanted you to know Tom did the picture naming every day this week. He got 31 of
the 50 on Sunday, up from 18 when we started. He still gets stuck on the kitchen
ones ("the thing for... the coffee thing") but if I give him the first sound he
usually gets it.

He gets frustrated on the phone - can we work on that next? His brother calls every
Sunday and Tom just hands me the phone.

Also the neurologist wants to see him again in October, should I bring your notes?

Thank you for everything,
Linda"""))


@msg("phi", "telehealth-pt-visit-your-appointment", "telehealth appointment for physical therapy addressed to the patient ('your visit')")
def _():
    return mail(A("ViaVisit for Kestrel Point PT", "appointments@" + VV), A("Owen Feldstein", "ofeldstein@" + GM),
                "Your telehealth physical therapy visit on Tue, June 9", D(6, 5, 9, 0),
                ALT("""Hi Owen,

Your telehealth physical therapy visit with Dana Whitlock, PT, DPT is scheduled for
Tuesday, June 9 at 3:00 PM ET (follow-up, low back).

Join: https://join.viavisit.example.net/kp/8841-2207

Before your visit: clear a space about 6 feet long, have a sturdy chair nearby, and
wear clothes you can move in.

To reschedule call Kestrel Point at 555-0121.""",
                    """<html><body><p>Hi Owen,</p><p>Your telehealth physical therapy visit with <b>Dana Whitlock, PT, DPT</b> is scheduled for <b>Tuesday, June 9 at 3:00 PM ET</b> (follow-up, low back).</p><p><a href="https://join.viavisit.example.net/kp/8841-2207">Join your visit</a></p><p>Before your visit: clear a space about 6 feet long, have a sturdy chair nearby, and wear clothes you can move in.</p><p>To reschedule call Kestrel Point at 555-0121.</p></body></html>"""))


@msg("phi", "ticket-note-signed-in-wrong-chart", "EMR support ticket: a progress note with one patient's ACL rehab measures was signed in another patient's chart; both named with DOBs")
def _():
    return mail(A("Omar Lindgren", "olindgren@" + KP), A("StrideNote Support", "support@" + SN),
                "[SN-45377] note signed in wrong chart - need it moved", D(5, 27, 11, 40),
                T("""Hi Leah,

Marcus signed a progress note for Julia Strand (DOB 04/04/1990, KP-0051207) into
Julia Stand's chart (DOB 09/12/1985, KP-0049930) yesterday at 16:20 - the search box
autocompleted. The note has Ms. Strand's post-ACL-reconstruction measurements
(knee flexion 125, quad lag 0, Y-balance) and her return-to-running plan.

We can't unsign it from our side. Can you move it to the right chart and leave an
audit trail? Ms. Stand's chart was not printed or sent anywhere.

Omar, Kestrel Point IT, 555-0128"""))


@msg("phi", "traveler-screening-redraw", "borderline: recruiter tells a travel OT her own TB blood test came back indeterminate and needs a redraw (employee health result)")
def _():
    return mail(A("Brittany Sols | Meridian Travel Therapy", "bsols@" + MT), A("Aisha Farouk", "aisha.farouk@" + WB),
                "quick thing before Monday", D(7, 15, 16, 40),
                T("""Hi Aisha!

Halvorsen's employee health called - your QuantiFERON from last week came back
indeterminate, so they need a redraw before your first shift. They can do it
Friday at 7:30am in their occupational health office (lower level), no appointment
needed. Bring the lab slip I'm attaching to the next e-mail.

Sorry for the hassle, it happens a lot. Text me if Friday doesn't work: 555-0147.

Brittany"""))


@msg("phi", "bilan-ergotherapie-eleve", "French: school occupational therapy assessment of a named pupil (DOB, dysgraphia, developmental coordination disorder)", lang="fr")
def _():
    text = """Bonjour Madame Dubois,

Comme convenu, voici le résumé du bilan en ergothérapie de Léa (née le
03/06/2018), réalisé à l'école les 12 et 19 janvier.

 - Écriture : lente et peu lisible (8 lettres par minute, attendu ~20 à son âge),
   prise du crayon en poing, fatigue de la main après 5 minutes.
 - Motricité fine : découpage et boutonnage difficiles ; coordination
   bimanuelle en dessous de l'âge attendu (M-ABC-2 : 5e percentile).
 - Conclusion : tableau compatible avec un trouble développemental de la
   coordination avec dysgraphie. Je recommande une consultation avec son
   médecin pour confirmer le diagnostic.

Proposition : séances d'ergothérapie hebdomadaires de 30 minutes à l'école,
utilisation d'un ordinateur pour les textes longs et temps supplémentaire.

Bien cordialement,
Sophie Garnier, ergothérapeute scolaire"""
    return mail(A("Sophie Garnier", "sgarnier@ecole-beaulieu.example.org", cs="iso-8859-15", mode="Q"), A("Claire Dubois", "claire.dubois@" + WB),
                "Bilan en ergothérapie de Léa", D(1, 26, 17, 30, tz="-0500"),
                T(text, cs="iso-8859-15", cte="8bit"), scs="iso-8859-15", smode="Q")


@msg("phi", "heilmittelverordnung-folgeverordnung", "German: physiotherapy practice asks a GP for a follow-up prescription for a named patient with knee osteoarthritis", lang="de")
def _():
    text = """Sehr geehrte Frau Dr. Hartmann,

für Ihren Patienten Herrn Klaus Wendt (geb. 12.03.1958) ist die Verordnung über
6 x Krankengymnastik (Diagnose M17.1 Gonarthrose rechts) am 20.02. abgelaufen.

Verlauf: Kniebeugung aktiv von 95° auf 115° verbessert, Gehstrecke ohne Pause
jetzt ca. 1,5 km, Treppensteigen im Wechselschritt mit Geländer. Schmerz bei
Belastung 3/10 (vorher 7/10).

Wir empfehlen eine Folgeverordnung über 6 x KG, 2 x wöchentlich, mit Ergänzung
Wärmetherapie, um das Krafttraining fortzusetzen. Die Wartezeit auf die
Knie-TEP-Sprechstunde beträgt noch drei Monate.

Mit freundlichen Grüßen
Jana Lindner, Physiotherapeutin
Physiotherapie Lindner, Tel. 555-0192"""
    return mail(A("Physiotherapie Lindner", "praxis@lindner-physio.de.test"), A("Praxis Dr. Hartmann", "praxis@hartmann-allgemeinmedizin.de.test"),
                "Folgeverordnung KG – Herr Wendt", D(2, 23, 11, 10, tz="+0100"),
                T(text, cs="iso-8859-1", cte="quoted-printable"), scs="utf-8", smode="Q")


@msg("phi", "bilancio-logopedico-balbuzie", "Italian: speech therapist writes to a parent about her son's stuttering assessment and therapy plan", lang="it")
def _():
    text = """Gentile signora Conti,

le invio un breve riassunto del bilancio logopedico di Matteo fatto lunedì.

Matteo (6 anni) presenta una balbuzie di grado moderato: circa il 9% di sillabe
balbettate nella conversazione, con ripetizioni di suono e blocchi all'inizio
della frase, soprattutto quando è stanco o parla al telefono. Non ci sono altri
problemi di linguaggio e l'udito è nella norma.

Propongo il programma Lidcombe: una seduta alla settimana in studio e 10-15
minuti al giorno di pratica a casa con lei. Le spiegherò tutto giovedì.

Un cordiale saluto,
dott.ssa Elena Ferraro, logopedista
Studio di Logopedia Ferraro - tel. 555-0189"""
    return mail(A("Elena Ferraro", "elena.ferraro@logopedia-ferraro.example.org"), A("Giulia Conti", "giulia.conti@" + GM),
                "Bilancio logopedico di Matteo", D(10, 21, 18, 0, tz="+0200"),
                T(text, cte="8bit"))


@msg("phi", "tata-rehabilitacja-po-zawale", "Polish: daughter writes to cardiac rehab about her father's post-heart-attack programme and medications (ISO-8859-2 base64)", lang="pl")
def _():
    text = """Dzień dobry,

piszę w imieniu mojego taty, Jerzego Nowaka (ur. 5.05.1952), który od dwóch
tygodni chodzi na rehabilitację kardiologiczną po zawale serca (stent w marcu).
Tata słabo mówi po angielsku, więc ja przekazuję pytania.

1. Czy po ćwiczeniach może wziąć od razu tabletki na ciśnienie, czy poczekać?
2. W czwartek kręciło mu się w głowie na bieżni - pielęgniarka mówiła, że
   ciśnienie spadło. Czy trzeba zmniejszyć dawkę metoprololu?
3. Czy może już jeździć samochodem na sesje?

Z góry dziękuję,
Agnieszka Nowak-Reid
tel. 555-0113"""
    return mail(A("Agnieszka Nowak-Reid", "anowakreid@" + IN, cs="iso-8859-2", mode="Q"), A("Halvorsen Cardiac Rehab", "cardiacrehab@" + HR),
                "Pytania - Jerzy Nowak, rehabilitacja kardiologiczna", D(4, 26, 20, 15),
                T(text, cs="iso-8859-2", cte="base64"), scs="iso-8859-2", smode="Q")


@msg("phi", "bo-tap-vat-ly-tri-lieu-dot-quy", "Vietnamese family mail about Dad's physical therapy after a stroke (UTF-8 quoted-printable)", lang="vi")
def _():
    text = """Anh Hai ơi,

Hôm nay em đưa bố đi tập vật lý trị liệu ở Halvorsen. Cô trị liệu nói bố tiến bộ
nhiều: tay phải đã cầm được cái thìa, đi được 20 mét với khung tập đi, nhưng chân
phải vẫn còn yếu và hay vấp.

Bác sĩ muốn bố tập thêm 3 tuần nữa rồi mới cho về nhà. Bố vẫn uống thuốc chống
đông và thuốc huyết áp đều, em đã ghi vào sổ.

Cuối tuần anh có thể vào thăm bố không? Bố cứ hỏi anh suốt.

Em, Thảo"""
    return mail(A("Thảo Phạm", "thao.pham@" + GM), A("Hai Phạm", "hai.pham@" + WB),
                "Bố tập vật lý trị liệu hôm nay", D(5, 14, 21, 45),
                T(text, cte="quoted-printable"))


@msg("phi", "zhenjiu-yuyue-jingbu", "Chinese: acupuncture appointment confirmation for a named patient's neck pain and headaches (Big5 base64)", lang="zh")
def _():
    text = """陳美玲女士您好：

您的針灸預約已確認：
 日期：2026年9月10日（星期四）下午3點
 醫師：林靜怡 針灸師
 療程：頸部疼痛及緊張性頭痛，第3次（共8次）

上次治療後您提到頭痛次數減少，請繼續做物理治療師教的頸部伸展運動。
如需改期，請提前24小時致電 555-0153。

玉蓮針灸診所"""
    return mail(A("玉蓮針灸診所", "booking@" + JL, cs="big5"), A("陳美玲", "meiling.chen@" + GM, cs="big5"),
                "針灸預約確認 9月10日", D(9, 7, 11, 0),
                T(text, cs="big5", cte="base64"), scs="big5")


@msg("phi", "insole-sokutei-kinmakuen", "Japanese: patient writes to the orthotics shop about insoles for her plantar fasciitis (Shift_JIS base64)", lang="ja")
def _():
    text = """ファウンドリー装具店
レイ・カステラーノ様

先月インソールを作っていただいた山本恵子です。
足底筋膜炎の痛みは朝の一歩目がかなり楽になりましたが、右足のかかとの内側が
夕方になるとまだ痛みます。インソールのアーチの部分が少し高すぎるような気が
します。

調整をお願いできますか。来週の火曜日か水曜日の午後なら伺えます。
整形外科の先生からは、もう少しストレッチを続けるように言われています。

よろしくお願いいたします。
山本恵子"""
    return mail(A("山本恵子", "keiko.yamamoto@" + IN, cs="shift_jis"), A("Foundry Prosthetics & Orthotics", "office@" + FP),
                "インソールの調整について", D(10, 6, 13, 20, tz="-0400"),
                T(text, cs="shift_jis", cte="base64"), scs="shift_jis")


@msg("phi", "pismo-travma-plecha-pretenziya", "Russian: injured worker writes to his case manager about shoulder surgery recovery, PT and his claim number (windows-1251 QP)", lang="ru")
def _():
    text = """Здравствуйте, Стейси!

Пишу по поводу моего случая, номер претензии KRC-26-0039214.
После операции на правом плече (15 апреля) я хожу на физиотерапию три раза в
неделю. Рука поднимается уже почти до уровня головы, но поднимать что-то
тяжелее 5 кг пока больно.

Работодатель спрашивает, когда я вернусь. Врач сказал, что не раньше июля.
Можете ли вы отправить им письмо? И ещё: аптека отказала в оплате лекарства от
боли, сказали, что нужно разрешение от страховой.

Спасибо,
Дмитрий Волков
тел. 555-0116"""
    return mail(A("Дмитрий Волков", "d.volkov@" + GM, cs="windows-1251"), A("Stacey Lindahl", "slindahl@" + IB),
                "Вопрос по моему случаю KRC-26-0039214", D(5, 25, 19, 5),
                T(text, cs="windows-1251", cte="quoted-printable"), scs="windows-1251")


@msg("phi", "hbo-consent-scanned-pdf", "hyperbaric consent for a named patient (MRN, DOB, radiation injury, 40 treatments) only inside a plain-stream PDF")
def _():
    rep = pdf([
        "SEABRIGHT WOUND CARE & HYPERBARIC MEDICINE",
        "CONSENT FOR HYPERBARIC OXYGEN THERAPY",
        "Patient: Geraldine Whitcombe     MRN: SB-0031877     DOB: 11/05/1955",
        "Indication: delayed radiation injury (radiation cystitis with hematuria),",
        "pelvic radiation 2021. Referred by urology.",
        "Planned course: 40 treatments at 2.0 ATA for 90 minutes, Monday to Friday.",
        "Risks explained: ear and sinus barotrauma, temporary myopia, confinement",
        "anxiety, oxygen toxicity seizure (rare), fire.",
        "Ear equalisation taught; myringotomy not needed at this time.",
        "I have had the chance to ask questions and I agree to treatment.",
        "Patient signature: (signed)      Date: 08/17/2026",
        "Physician: Anika Sorensen, MD    Witness: C. Bittner, RN",
    ], title="HBO consent")
    return mail(A("Seabright Front Desk Scanner", "scanner@" + SB), A("Medical Records", "records@" + SB),
                "Scanned document from ScanStation-2", D(8, 17, 9, 48),
                MP("mixed", T("Signed consent attached, scanned at intake. Please index.\n\n-- ScanStation-2"),
                   ATT("application/pdf", rep, "scan_20260817_0948.pdf")))


@msg("phi", "subject-echo-ot-eval-handwriting", "name, DOB and the reason for the OT evaluation appear only in the Subject; body is 'got it'")
def _():
    return mail(A("Priya Raman", "praman@" + BW), A("Brightwater Front Desk", "frontdesk@" + BW),
                "Re: Jaylen Brooks 11/02/2015 - OT eval, fine motor + handwriting, Bellcrest", D(9, 2, 12, 20),
                T("Got it, put him on my Wednesday 3:30.\n\nP"), irt="<9F2C1E7A.4B1D22C0@brightwater-ot.example.com>")


@msg("phi", "reply-over-discharge-equipment-list", "short reply above a quoted case-manager message with a named inpatient's MRN, discharge date and equipment needs")
def _():
    orig = """Hi Jon,

Mr. Alvarez (Ernesto, MRN HR-7712054) is going home Friday 4/17 after his L MCA
stroke. Team agrees on:
  - hemi-walker, 18x16 lightweight wheelchair with elevating leg rest on the right
  - tub transfer bench, raised toilet seat with arms
  - resting hand splint R (OT fitting Thursday)
  - home health PT/OT/SLP to start Monday
Bellcrest member ID BHP-550183206. Daughter Lucia is the contact, 555-0118.

Tamsin"""
    return mail(A("Jon Mercado", "jmercado@motionseating.example.com"), A("Tamsin Reyes", "treyes@" + HR),
                "RE: DME for Friday discharge", D(4, 14, 10, 3),
                T("Will do - ordering today, delivery Thursday afternoon.\n\nJon\n\n" +
                  "-----Original Message-----\nFrom: Tamsin Reyes <treyes@halvorsenrehab.example.org>\nSent: Tuesday, April 14, 2026 8:41 AM\nTo: Jon Mercado\nSubject: DME for Friday discharge\n\n" + orig),
                irt="<D1A7C2B9.77E0@halvorsenrehab.example.org>")


@msg("phi", "participant-medical-form-spinal-cord", "adaptive sports participant form: named athlete with T6 spinal cord injury, autonomic dysreflexia and medications")
def _():
    return mail(A("Malik Jennings", "mjennings@" + IN), A("Luis Arrieta", "larrieta@" + SA),
                "participant form for sled hockey", D(10, 27, 22, 15),
                T("""Luis - here's my form. Typed it out because the PDF wouldn't let me fill it in.

PARTICIPANT INFORMATION
Name: Malik Jennings          DOB: 06/09/1994
Emergency contact: Dana Jennings (sister) 555-0117
Condition: complete SCI, T6 (ASIA A), since 2019 (motorcycle)
Autonomic dysreflexia: YES - triggers are a full bladder and tight straps. If my
  BP goes up/headache/sweating: sit me up, loosen straps, I'll cath.
Medications: oxybutynin, baclofen 10 mg 3x/day
Skin: no current pressure injuries (had a sacral one in 2024, healed)
Transfers: independent, need a board for the sled
Clearance: Dr. Marsh at Halvorsen signed the clearance, I'll bring it Tuesday.

Malik"""))


@msg("phi", "gym-membership-cardiac-clearance", "community fitness center asks a physician to clear a named member who finished cardiac rehab after a heart attack")
def _():
    return mail(A("Jennifer Kowal", "jkowal@" + NG), A("Naomi Fairweather, MD", "nfairweather@" + CH),
                "Exercise clearance request - Frank Osei", D(7, 22, 13, 10),
                T("""Dear Dr. Fairweather,

Your patient Frank Osei (DOB 01/30/1957; member #NG-20417) has asked to join our
supervised Heart Healthy Strength class. He tells us he completed cardiac rehab at
Halvorsen in June after his heart attack in March and is on a beta blocker.

Because of his recent event, our policy is a signed clearance with any limits
(target heart rate range, lifting restrictions). The form is attached to the fax we
sent today; you can also reply to this e-mail with the limits.

Jennifer Kowal, ACSM-EP
Program Coordinator, Northgate Community Fitness Center | 555-0157"""))


@msg("phi", "newsletter-spotlight-named-hip", "borderline: a marketing newsletter's patient spotlight names a woman, her age and her hip replacement rehab (with consent)")
def _():
    html = """<html><body style="font-family:Georgia;max-width:620px">
<h2>Kestrel Point News &mdash; Spring 2026</h2>
<h3>Patient spotlight: Maria Delacroix is back in her garden</h3>
<p>When Maria, 67, came to our Millpond clinic in January, two weeks after her right hip replacement, she could not get up from a chair without both hands. Twelve visits later she is kneeling in her vegetable beds again. &ldquo;Marcus made me do those bridges every single time,&rdquo; she laughs. Her advice: &ldquo;Do the boring exercises.&rdquo;</p>
<p><i>Shared with Maria&rsquo;s written permission.</i></p>
<h3>New at Harbor Street</h3>
<p>Pelvic health physical therapy now on Tuesdays and Thursdays. Vestibular rehab with our newly certified therapist.</p>
<p style="font-size:11px"><a href="https://kestrelpt.example.com/unsubscribe">Unsubscribe</a> &middot; Kestrel Point Physical Therapy, 1180 Harbor Street</p>
</body></html>"""
    return mail(A("Kestrel Point Physical Therapy", "news@" + KP), "friends@lists.kestrelpt.example.com",
                "Spring news: Maria's garden, pelvic health, vestibular rehab", D(4, 15, 7, 0), T(html, "html", cte="quoted-printable"))


@msg("phi", "out-of-office-own-knee-surgery", "borderline: a therapist's out-of-office reply names his own upcoming knee surgery (staff member's own health)")
def _():
    return mail(A("Josh Ebersole, PT", "jebersole@" + BW), A("Derek Hume", "dhume@" + CW),
                "Automatic reply: Your 97110 denials are not bad luck", D(3, 3, 10, 13),
                T("""I'm out from March 2 through March 16 for my own ACL reconstruction (finally got it
done!). I'll have limited e-mail access. For scheduling call the front desk at
555-0123; for clinical questions about my patients contact Priya Raman.

Josh"""), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# ============================================================= restricted ==

@msg("restricted", "care-coordination-cbt-depression", "mental health: counsellor's care-coordination letter on a named client's depression treatment, PHQ-9 scores and sertraline", cat="mental health")
def _():
    return mail(A("Jonah Whitfield, LCSW", "jwhitfield@" + WM), A("Naomi Fairweather, MD", "nfairweather@" + CH),
                "Coordination of care - Daniel Reyes-Hart", D(3, 12, 12, 40),
                T("""Dr. Fairweather,

With Mr. Reyes-Hart's signed release (on file, exp. 3/2027), an update on therapy.

Daniel Reyes-Hart, DOB 10/21/1988. Seen weekly since 12/2025 for major depressive
disorder, recurrent, moderate (F33.1). 12 sessions of CBT, behavioural activation
focus. PHQ-9: 19 at intake -> 14 (1/2026) -> 11 (3/2026). GAD-7 9. No suicidal
ideation at any session since January; safety plan reviewed 3/5.

He reports the sertraline increase to 100 mg in February helped his sleep but he
still has low energy mornings. Sessions are hard to keep since he started
the new job - we're switching to telehealth every other week.

Plan: 8 more sessions, then taper to biweekly. I'll write again at discharge.

Jonah Whitfield, LCSW
Willowmere Counseling Group | 555-0173""" + "\n\n" + SIG_DISCLAIMER))


@msg("restricted", "php-admission-meal-support", "mental health: eating-disorder programme confirms a named teenager's partial-hospital admission, weight and meal plan to her parent", cat="mental health")
def _():
    return mail(A("Lantern House Eating Disorder Program - Admissions", "admissions@" + LH), A("Karen Whitlow", "kwhitlow@" + GM),
                "Sophie's admission Monday", D(1, 30, 16, 15),
                T("""Dear Karen,

This confirms Sophie's admission to our adolescent partial hospitalization program on
Monday 2 February at 8:00. Please plan for 8:00-3:00, Monday to Friday, for at least
the first four weeks.

From Wednesday's assessment: Sophie is at 84% of her expected body weight, her heart
rate was 48 lying down and her potassium was normal. Dr. Amsel diagnosed anorexia
nervosa, restricting type. Sophie will have breakfast, lunch and two snacks with
us; Carla (our dietitian) will send the home dinner plan after the family session on
Tuesday.

Please bring: her medications, any recent labs, and comfortable clothes. No
exercise outside the program for now, including PE - we'll send a school letter.

Lantern House Admissions | 555-0179""" + "\n\n" + SIG_DISCLAIMER))


@msg("restricted", "wajbat-layla-barnamaj", "mental health: Arabic: a mother tells the eating-disorder programme dietitian about her daughter's refused meals and weight (UTF-8 base64)", lang="ar", cat="mental health")
def _():
    text = """الأستاذة كارلا المحترمة،

ابنتي ليلى أكملت أسبوعها الأول في برنامج لانترن هاوس. في البيت هذا الأسبوع
رفضت وجبة العشاء مرتين وقالت إنها تشعر بالذنب بعد الأكل. وزنها صباح الجمعة
كان ٤١ كيلو.

هل يمكن أن نغيّر الوجبة الخفيفة المسائية؟ وهل يجب أن أجلس معها طوال الوجبة
كما قالت الطبيبة في الجلسة العائلية؟

شكراً لكم،
سلمى حداد (والدة ليلى)"""
    return mail(A("سلمى حداد", "salma.haddad@" + GM), A("Carla Jimenez, RD", "cjimenez@" + LH),
                "سؤال عن خطة وجبات ليلى", D(2, 14, 22, 5),
                T(text, cte="base64"))


@msg("restricted", "sled-hockey-exposure-therapy-conflict", "mental health: a veteran tells the adaptive sports coordinator his PTSD prolonged-exposure therapy conflicts with practice", cat="mental health")
def _():
    return mail(A("Curtis Hale", "chale.usmc@" + GM), A("Luis Arrieta", "larrieta@" + SA),
                "gonna miss tuesdays for a while", D(11, 11, 21, 30),
                T("""Luis,

Heads up I'm going to miss Tuesday sled hockey for about 10 weeks. My therapist at
Willowmere started me on prolonged exposure for the PTSD and the only slot is
Tuesday 6pm. It's 90 min and honestly I'm wiped after. She says the first few weeks
get worse before they get better.

Can I still do the veterans weekend in Feb? Being on the ice is the one thing that
actually helps.

Curtis"""))


@msg("restricted", "psychiatry-letter-adhd-school-ot", "mental health: child psychiatrist tells the school OT a named pupil started stimulant treatment for ADHD", cat="mental health")
def _():
    return mail(A("Dr. Imani Clarke | Birchgrove Child & Adolescent Psychiatry", "iclarke@birchgrove-psych.example.org"), A("Fiona Gallagher, OTR/L", "fgallagher@" + PH),
                "Owen Pike - medication start, please watch handwriting and attention", D(10, 5, 14, 50),
                T("""Ms. Gallagher,

With his parents' written consent (copy attached to the district release), I'm
letting you know that Owen Pike (DOB 07/08/2016, grade 4) was diagnosed with ADHD,
combined presentation, after our evaluation in September and started
methylphenidate ER 18 mg each morning on 9/28.

His mother says your OT sessions on Tuesdays and Thursdays are after lunch. Could you
note over the next 4 weeks: time on task in sessions, handwriting legibility, and any
appetite or mood change at lunch? A brief rating scale is attached; please return it
by 10/30 so I can decide on the dose.

Imani Clarke, MD
Birchgrove Child & Adolescent Psychiatry | 555-0186"""))


@msg("restricted", "feeding-referral-avoidant-restrictive", "mental health: paediatric feeding therapist refers a named child with ARFID (an eating disorder) to the eating-disorder programme", cat="mental health")
def _():
    return mail(A("Hannah Ortiz, OTR/L", "hortiz@" + LO), A("Lantern House Intake", "intake@" + LH),
                "Referral: Noah Castellanos-Bray, 9 - ARFID", D(5, 6, 10, 25),
                T("""Hello,

Referring Noah Castellanos-Bray (DOB 03/02/2017) for evaluation in your pediatric
ARFID track, per the journal-club conversation with Dr. Amsel.

 - After a choking episode on a grape in December, Noah stopped all solid foods and
   now takes only smoothies and yogurt. Fear-based, not weight/shape concern.
 - Weight down 3.1 kg since December (now 10th percentile, was 45th).
 - 8 sessions of feeding therapy with me: oral-motor skills are age-typical; the
   barrier is fear and avoidance. His pediatrician diagnosed ARFID in April.
 - Parents are motivated; mom is a nurse. Anxiety at school is increasing.

I think he needs CBT-AR with medical monitoring rather than more feeding therapy
alone. Records and growth chart attached.

Hannah Ortiz, OTR/L, Little Otter Pediatric Therapy Center | 555-0150"""))


@msg("restricted", "telehealth-session-panic-invite", "mental health: the calendar invite alone names the client and 'CBT for panic disorder, session 4'; the body is generic", cat="mental health")
def _():
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//ViaVisit//Scheduler 3.2//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:vv-wm-20260423-1700-0451@viavisit.example.net", "DTSTAMP:20260416T190000Z",
        "DTSTART:20260423T210000Z", "DTEND:20260423T215000Z",
        "SUMMARY:Telehealth therapy - Marisol Vega - CBT for panic disorder (session 4)",
        "DESCRIPTION:Clinician: Helen Park\\, PsyD. Interoceptive exposure today - have a straw and a chair that spins if you can. Join: https://join.viavisit.example.net/wm/0451",
        "LOCATION:https://join.viavisit.example.net/wm/0451",
        "ORGANIZER;CN=Willowmere Counseling Group:mailto:scheduling@willowmere.example.org",
        "ATTENDEE;CN=Marisol Vega;RSVP=TRUE:mailto:marisol.vega@webmail.example.org",
        "END:VEVENT", "END:VCALENDAR"])
    return mail(A("ViaVisit Scheduling", "invites@" + VV), "marisol.vega@" + WB,
                "You have been invited to a ViaVisit appointment", D(4, 16, 15, 0),
                MP("mixed", T("You have been invited to a ViaVisit appointment. Open the attached invitation to add it to your calendar.\n\nViaVisit"),
                   Part("text/calendar", cal.encode(), cs="utf-8", cte="7bit", params=[("method", "REQUEST")], filename="appointment.ics", disp="attachment")))


@msg("restricted", "comp-authorizes-psych-evaluation", "mental health: workers' comp adjuster authorises a psychological evaluation and CBT for an injured worker's depression; claim number", cat="mental health")
def _():
    return mail(A("Paul Droste | Keystone Ridge Casualty", "pdroste@" + KR), A("Stacey Lindahl, RN, CCM", "slindahl@" + IB),
                "KRC-26-0032751 - psych eval approved", D(8, 26, 14, 5),
                T("""Stacey,

On KRC-26-0032751 (Harlan Briggs, DOB 5/14/1971): I've approved the psychological
evaluation Dr. Park requested and 8 sessions of CBT for the depressive disorder she
found related to the chronic pain after the crush injury. Authorization
AUTH-PSY-88410, valid through 12/31.

Please let me know whether the depression is holding up the work-conditioning
program - the PT notes say he's missed 4 of the last 9 sessions. I'd still like the
RTW target of 11/1 if it's realistic.

Paul Droste, Senior Claims Adjuster
Keystone Ridge Casualty | 555-0145"""))


@msg("restricted", "lyst-pislia-sesii-emdr", "mental health: Ukrainian: a client writes to her counsellor about nightmares after an EMDR session for PTSD and her sertraline dose (UTF-8 base64)", lang="uk", cat="mental health")
def _():
    text = """Доброго дня, пані Оксано!

Після минулої сесії EMDR мені два дні було дуже важко: повернулися нічні жахи
про обстріл, і я майже не спала. Чи це нормально? Ви казали, що так може бути.

Чи можемо ми в четвер почати з вправи на заземлення? І чи варто мені сказати
лікарці про сертралін — вона пропонувала збільшити дозу.

Дякую,
Ірина Коваль"""
    return mail(A("Ірина Коваль", "iryna.koval@" + GM), A("Оксана Гребенюк", "ohrebeniuk@" + WM),
                "Після сесії EMDR", D(3, 17, 23, 40),
                T(text, cte="base64"))


@msg("restricted", "admission-dose-verify-otp", "substance use: rehab hospital asks an OTP to verify a named admitted patient's buprenorphine dose under a Part 2 consent", cat="substance use")
def _():
    return mail(A("Tamsin Reyes, RN", "treyes@" + HR), A("Northstar Recovery - Medical Records", "records@" + NS),
                "Dose verification - Kevin Stallworth DOB 2/18/1984 - consent attached", D(6, 9, 11, 15),
                T("""Hello,

Kevin Stallworth (DOB 02/18/1984) was admitted to our inpatient rehab unit today
after a lumbar fusion at Lakeview. He tells us he is a patient in your opioid
treatment program and takes buprenorphine/naloxone 16/4 mg daily, last dose
yesterday 8:00 from a take-home supply.

His signed 42 CFR Part 2 consent to disclose to Halvorsen (attending: Dr. Elliot
Marsh) is attached. Could you confirm his current dose, last dispensed date and
your prescriber's contact, so pharmacy can continue it tonight? Pain service is
also involved for the post-op pain.

""" + SIG_HR_CM + "\n\n" + SIG_DISCLAIMER))


@msg("restricted", "pt-times-moved-for-dosing", "substance use: PT front desk moves a named patient's visits so he can get his methadone dose first", cat="substance use")
def _():
    return mail(A("Kelsey Pruitt", "kpruitt@" + KP), A("Terrell Banks", "tbanks88@" + IN),
                "your new PT times", D(2, 27, 10, 50),
                T("""Hi Terrell,

Like you asked, we moved your physical therapy to 11:30 on Tuesdays and Thursdays
starting next week, so you can get your methadone dose at Northstar first and not
feel rushed. Dana is still your therapist.

If the clinic changes your dosing time again just call us and we'll work around it.

Kelsey, Kestrel Point PT front desk | 555-0121"""))


@msg("restricted", "injured-worker-iop-naltrexone", "substance use: case manager report that an injured worker started IOP and naltrexone for alcohol use disorder; claim number", cat="substance use")
def _():
    return mail(A("Stacey Lindahl, RN, CCM", "slindahl@" + IB), A("Paul Droste", "pdroste@" + KR),
                "Case note - KRC-25-0087112 - monthly", D(9, 30, 16, 20),
                T("""Paul,

Monthly note on KRC-25-0087112 (Wayne Kessler), with the release he signed for the
treatment program:

 - Shoulder: completed PT 9/18, full duty per Dr. Brandt from 10/5.
 - After the positive post-incident test in August, he entered Northstar Recovery's
   intensive outpatient program for alcohol use disorder on 9/1 (3 evenings a week,
   8 weeks) and was started on naltrexone 50 mg daily. Attendance 100% so far.
 - Employer's return-to-duty agreement requires the IOP completion letter; I'll
   forward it when Northstar sends it (about 10/27).

Stacey"""))


@msg("restricted", "recordatorio-inyeccion-mensual", "substance use: Spanish reminder to a named patient of his monthly extended-release buprenorphine injection (UTF-8 quoted-printable)", lang="es", cat="substance use")
def _():
    text = """Hola Rubén:

Le recordamos que su inyección mensual de buprenorfina de liberación prolongada
(Sublocade) es el jueves 16 de abril a las 9:30 en la clínica de medicamentos de
Northstar Recovery, 300 Canal Street.

Si tiene su cita de fisioterapia ese mismo día, venga primero a la clínica.
Traiga su identificación. Su consejera, Marta, lo verá después de la inyección
para la sesión individual.

Para cambiar la cita llame al 555-0178.
Northstar Recovery Services"""
    return mail(A("Northstar Recovery Services", "recordatorios@" + NS), A("Rubén Olmedo", "ruben.olmedo@" + GM),
                "Recordatorio: su inyección del jueves 16 de abril", D(4, 13, 9, 0),
                T(text, cte="quoted-printable"))


@msg("restricted", "dosing-window-display-name-confirm", "substance use: a methadone dosing window (display name only) confirms an individual's visit; the body has no clinical words", cat="substance use")
def _():
    return mail(A("Northstar Recovery - Methadone Dosing Window", "dosing@" + NS), A("Devon Albright", "dalbright@" + GM),
                "Tuesday", D(8, 7, 14, 35),
                T("""Hi Devon,

Confirming you're on for Tuesday at 7:15 before your shift. Bring the note from your
physical therapist about the knee brace so security lets it through.

See you then,
Front window"""))


@msg("restricted", "pt-referral-neuropathy-antiretroviral", "HIV: infectious-disease clinic refers a named patient on antiretroviral therapy with an undetectable viral load for neuropathy balance training", cat="HIV")
def _():
    return mail(A("Alder Street Infectious Disease - Referrals", "referrals@" + AL), A("Kestrel Point Intake", "intake@" + KP),
                "PT referral - Andre Whitaker", D(7, 28, 9, 20),
                T("""Referral for outpatient physical therapy

Patient: Andre Whitaker    DOB: 12/01/1972    Phone: 555-0115
Diagnosis: HIV disease (B20) on antiretroviral therapy (bictegravir/emtricitabine/
tenofovir alafenamide), viral load undetectable (<20 copies/mL, 6/2026), CD4 610.
Distal symmetric sensory neuropathy, both feet (G62.9), likely from older regimens.
Two falls this year.
Request: evaluate and treat - balance and gait training, fall prevention, 2x/week
for 8 weeks.
Referring: Dr. Keiko Okada, Alder Street Infectious Disease, NPI %s

Please keep the HIV diagnosis to the treating team; the patient asked that it not be
mentioned at the front desk.""" % npi("128471036")))


@msg("restricted", "nutrition-note-art-lipids-pdf", "HIV: dietitian's note on a named patient's weight gain on antiretroviral therapy, only inside a Flate PDF", cat="HIV")
def _():
    rep = pdf([
        "MAPLESTONE NUTRITION & DIABETES EDUCATION - MEDICAL NUTRITION THERAPY NOTE",
        "Patient: Simone Achterberg     DOB: 08/30/1981     Visit: 06/24/2026",
        "Referral: Alder Street Infectious Disease (Dr. K. Okada)",
        "History: HIV diagnosed 2014; switched to an integrase-inhibitor regimen 2023.",
        "HIV-1 RNA undetectable; weight up 9 kg since the switch; waist 96 cm.",
        "Labs 06/2026: LDL 152 mg/dL, triglycerides 238 mg/dL, A1c 5.9%.",
        "Assessment: weight gain after ART switch with prediabetes and dyslipidaemia.",
        "Plan: Mediterranean-style pattern, 1,700 kcal, 25 g fibre; limit sugary drinks;",
        "resistance training 2x/week (referred to Positive Strides at Northgate).",
        "Follow-up: 4 weeks. Copy to Dr. Okada.",
        "Beth Kowalczyk, RDN, CDCES",
    ], flate=True)
    return mail(A("Beth Kowalczyk, RDN, CDCES", "bkowalczyk@" + MS), A("Alder Street Infectious Disease", "clinical@" + AL),
                "MNT note from today", D(6, 24, 17, 5),
                MP("mixed", T("Hello, my note from today's visit is attached for Dr. Okada.\n\nBeth"),
                   ATT("application/pdf", rep, "MNT_note_20260624.pdf")))


@msg("restricted", "aviso-hiv-antes-fisioterapia", "HIV: Portuguese: a patient tells his PT he lives with HIV, takes antiretrovirals and has neuropathy (ISO-8859-1 8bit)", lang="pt", cat="HIV")
def _():
    text = """Olá Dana,

Aqui é o Rodrigo Mendes, começo a fisioterapia para o joelho na segunda-feira.
Preciso avisar que vivo com HIV e tomo o meu antirretroviral todos os dias; a
carga viral está indetectável desde 2023. O meu médico na Alder Street pediu
para eu informar a clínica por causa da neuropatia nos pés, que às vezes afeta
o meu equilíbrio.

Por favor, deixe essa informação só com a equipe que vai me atender.

Obrigado,
Rodrigo"""
    return mail(A("Rodrigo Mendes", "rodrigo.mendes@" + WB), A("Dana Whitlock", "dwhitlock@" + KP),
                "Antes da minha primeira sessão", D(8, 28, 20, 10),
                T(text, cs="iso-8859-1", cte="8bit"), scs="iso-8859-1", smode="Q")


@msg("restricted", "misrouted-result-viral-load-hl7", "HIV: a misrouted HL7 result carrying a named patient's HIV-1 viral load, only inside the attached message", cat="HIV")
def _():
    segs = hl7([
        "MSH|^~\\&|TRIRIVER_LIS|TRIRIVER|WOUNDEHR|SEABRIGHT|20260903061544||ORU^R01^ORU_R01|TRL55028193|P|2.5.1",
        "PID|1||SB-0034410^^^SB_MRN^MR||FONTAINE^LUCAS^J||19790612|M",
        "ORC|RE|ORD88120|TRL8811043",
        "OBR|1|ORD88120|TRL8811043|20447-9^HIV 1 RNA^LN|||20260902081500|||||||||" + npi("128471036") + "^OKADA^KEIKO^^^^^^NPI",
        "OBX|1|NM|20447-9^HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection^LN||1840|copies/mL|<20|H|||F|||20260903060000",
        "OBX|2|NM|57536-5^CD4 cells [#/volume] in Blood^LN||388|cells/uL|500-1500|L|||F",
    ])
    body = T("""Hi Tri-River support,

Our wound-clinic interface received the attached result overnight. The ordering
provider is not one of ours and we don't think this patient is ours either (the MRN
matches one of our patients by coincidence). We have not filed it to any chart.
Please confirm where it should have gone and purge it from our feed.

Carl Bittner, RN - Seabright (interface contact) | 555-0171""")
    return mail(A("Carl Bittner", "cbittner@" + SB), A("Tri-River Lab Interface Support", "interfaces@tririver-lab.example.com"),
                "Misrouted ORU received 9/3 06:15 - please advise", D(9, 3, 8, 5),
                MP("mixed", body, ATT("application/hl7-v2", segs, "TRL55028193.hl7")))


@msg("restricted", "dmd-exon-deletion-pt-update", "genetic: paediatric PT note on a named boy whose genetic test confirmed a Duchenne dystrophin deletion", cat="genetic")
def _():
    return mail(A("Mirela Costa, PT, DPT", "mcosta@" + LO), A("Marlow Children's Genetics - Neuromuscular Clinic", "neuromuscular@" + MG),
                "PT update before clinic - Ethan Wolcott", D(11, 17, 13, 35),
                T("""Hello team,

Update for Ethan Wolcott (DOB 04/15/2021) ahead of his neuromuscular clinic visit on
12/1.

Thank you for sending the genetic report: deletion of exons 45-50 of the DMD gene,
confirming Duchenne muscular dystrophy. Parents met with your genetic counselor
last week and asked me to share that his mother's carrier testing is scheduled.

PT findings (11/16): NSAA 22/34, rise from floor 5.1 s with Gowers' sign, 10 m
run 6.2 s, ankle dorsiflexion 5 deg R / 8 deg L. Night AFOs fitted by Foundry
10/30, tolerating 6 hours.

Plan: stretching program daily, aquatic therapy once a week, no eccentric or
resisted strengthening. Family is asking about exon-skipping eligibility - I told
them you would discuss it.

Mirela Costa, PT, DPT, Little Otter Pediatric Therapy Center | 555-0150"""))


@msg("restricted", "reply-over-carrier-screening-result", "genetic: a short reply above the genetic counsellor's quoted message giving a named woman's SMA carrier screening result", cat="genetic")
def _():
    orig = """Hi Priyanka,

Your carrier screening results are back. You were found to be a carrier of spinal
muscular atrophy (one copy of the SMN1 gene; most people have two). Your other
results were negative. Being a carrier does not affect your own health.

Because SMA is recessive, we recommend that Arjun have carrier testing too; if he is
also a carrier, each pregnancy would have a 1 in 4 chance of being affected. I have
time Tuesday 2/10 at 1:00 to go over this with both of you.

Rachel Ostrowski, MS, CGC
Marlow Children's Genetics - Genetic Counseling | 555-0180"""
    return mail(A("Priyanka Iyer", "priyanka.iyer@" + GM), A("Rachel Ostrowski", "rostrowski@" + MG),
                "Re: your screening results", D(2, 5, 20, 12),
                T("Thank you Rachel, we'll both come Tuesday at 1. Arjun will bring his insurance card.\n\nPriyanka\n\n" +
                  quote(orig, "Rachel Ostrowski <rostrowski@marlow-genetics.example.org>", "Thu, Feb 5, 2026 at 11:48 AM")),
                irt="<5E1B0C44-2A19-4D7E-9C31-7F0D2B6A1E90@marlow-genetics.example.org>")


@msg("restricted", "yujeonja-geomsa-gyeolgwa-undong", "genetic: Korean: a patient tells her PT a genetic test found a COL3A1 variant (vascular Ehlers-Danlos) and exercise limits (UTF-8 quoted-printable)", lang="ko", cat="genetic")
def _():
    text = """안녕하세요 선생님,

지난주에 유전자 검사 결과가 나왔습니다. COL3A1 유전자에 병적 변이가
발견되어 혈관형 엘러스-단로스 증후군으로 진단받았습니다. 유전상담
선생님께서 무거운 웨이트 운동과 목 교정은 피하라고 하셨습니다.

다음 물리치료 때 운동 프로그램을 바꿔야 할 것 같아요. 결과지를 가지고
가겠습니다. 어머니도 검사를 받아 보기로 했습니다.

김지은 드림"""
    return mail(A("김지은", "jieun.kim@" + WB), A("Dana Whitlock", "dwhitlock@" + KP),
                "유전자 검사 결과 - 운동 프로그램", D(10, 19, 18, 30),
                T(text, cte="quoted-printable"))


@msg("restricted", "lymphedema-intake-brca1-history", "genetic: OT lymphedema intake form for a named patient that records a BRCA1 pathogenic variant and genetic counselling", cat="genetic")
def _():
    html = """<html><body style="font-family:Arial;font-size:12px">
<p>Intake summary for Monday's eval. Full form is in the chart.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th align="left">Patient</th><td>Corinne Maddox, DOB 09/09/1979, MRN BW-118204</td></tr>
<tr><th align="left">Referral</th><td>Left arm lymphedema, stage II (I89.0)</td></tr>
<tr><th align="left">Oncology history</th><td>Left breast cancer 2024; bilateral mastectomy, left axillary node dissection (14 nodes), radiation</td></tr>
<tr><th align="left">Genetics</th><td>BRCA1 pathogenic variant (tested 2024); saw genetic counselling; sister tested negative; risk-reducing salpingo-oophorectomy planned 2027</td></tr>
<tr><th align="left">Measurements</th><td>Circumference L forearm +3.4 cm vs R; L-Dex 14.2</td></tr>
<tr><th align="left">Plan</th><td>CDT phase 1: MLD + multilayer bandaging 5x/week x 3 weeks, then garment fitting</td></tr>
</table>
<p>Priya</p></body></html>"""
    return mail(A("Priya Raman, OTR/L, CHT", "praman@" + BW), A("Josh Ebersole", "jebersole@" + BW),
                "Monday lymphedema eval - Maddox", D(5, 29, 15, 25),
                ALT("Intake summary for Monday's eval (Corinne Maddox, MRN BW-118204): left arm lymphedema stage II after left breast cancer 2024 with ALND; BRCA1 pathogenic variant, genetic counselling done, RRSO planned 2027. L forearm +3.4 cm. Plan CDT phase 1.\n\nPriya", html))


@msg("restricted", "yelije-genetic-wuteet", "genetic: Amharic: a parent tells the paediatric therapy centre her son's genetic test found Fragile X and she has genetic counselling booked (UTF-8 base64)", lang="am", cat="genetic")
def _():
    text = """ሰላም ሳሻ፣

የልጄ የዮናስ የጄኔቲክ ምርመራ ውጤት ዛሬ ደረሰን። ሐኪሙ Fragile X ሲንድሮም እንዳለበት
ነገረን። በጣም ደንግጠናል።

ይህ ውጤት በንግግር ቴራፒና በሙያ ቴራፒ ላይ ምን ይለውጣል? ሐኪሙ እኔም የጄኔቲክ ምክር
እንዳገኝ ተናግሯል፤ ቀጠሮው በሚቀጥለው ሳምንት ነው።

እባክዎን ውጤቱን ለቴራፒስቶቹ ያሳውቁ።

አመሰግናለሁ፣
ትዕግስት አበበ (የዮናስ እናት)"""
    return mail(A("ትዕግስት አበበ", "tigist.abebe@" + GM), A("Sasha Lindqvist", "slindqvist@" + LO),
                "የዮናስ የምርመራ ውጤት", D(6, 3, 19, 0),
                T(text, cte="base64"))


@msg("restricted", "transfer-day-acupuncture-schedule", "reproductive: acupuncturist schedules a named patient's sessions around her IVF embryo transfer", cat="reproductive")
def _():
    return mail(A("Grace Lin, LAc", "grace@" + JL), A("Hannah Feld", "hfeld@" + IN),
                "Your transfer day plan", D(10, 9, 12, 10),
                T("""Hi Hannah,

Aster confirmed your frozen embryo transfer for Wednesday 10/14 at 11:00, so here's
our plan:

  10:15  pre-transfer session in the quiet room at Aster (2nd floor)
  11:45  post-transfer session, same room - about 25 minutes
  10/16  regular session at Jade Lotus, 5:30 (gentle, no abdominal points)

Keep taking the progesterone exactly as the clinic told you; nothing we do changes
that. Wear something comfortable and eat a light breakfast.

Thinking of you!
Grace Lin, LAc | Jade Lotus Acupuncture | 555-0153"""))


@msg("restricted", "pelvic-floor-note-after-termination", "reproductive: clinical-shorthand pelvic-floor PT note on a named patient's pain after a pregnancy termination", cat="reproductive")
def _():
    return mail(A("Elena Marsh-Quill, PT, DPT, WCS", "emarshquill@" + KP), A("Dana Whitlock", "dwhitlock@" + KP),
                "pelvic eval for co-review - R. Dunleavy", D(11, 20, 18, 10),
                T("""Dana - eval for our Friday co-review, pt OK'd discussing w/ you.

Rachel Dunleavy, DOB 06/21/1996, KP-0053318
Hx: G2P1, s/p D&E for pregnancy termination at 16 wks 8/2026 (Eastgate). Uncomplicated
per op note. Since then deep dyspareunia + suprapubic pain 5/10, urgency q1h.
Obj: PFM overactive, poor relaxation on palpation, L OI/levator TrP reproduce pain,
     no prolapse. Modified Oxford 3/5 w/ poor endurance.
A: pelvic floor muscle overactivity w/ myofascial pain, likely guarding post
   procedure + stress.
P: 1x/wk x 8, downtraining, diaphragmatic breathing, TrP release, dilator program
   wk 4. bladder diary. consider pelvic health counseling referral - pt open to it.

Elena"""))


@msg("restricted", "subject-line-egg-retrieval-hold", "reproductive: the Subject alone names the patient, DOB and her egg retrieval; the body just confirms cancelled visits", cat="reproductive")
def _():
    return mail(A("Kelsey Pruitt", "kpruitt@" + KP), A("Elena Marsh-Quill", "emarshquill@" + KP),
                "Re: Ana Ruiz DOB 2/9/1991 - egg retrieval 5/12, hold pelvic PT until Aster clears her", D(5, 8, 9, 45),
                T("ok done, cancelled her 5/13 and 5/15. I'll call her the week after to rebook.\n\nKelsey"),
                irt="<7C1E2A90.5B3D11F2@kestrelpt.example.com>")


@msg("restricted", "tu-van-tranh-thai-sau-sinh", "reproductive: Vietnamese: a patient asks her diabetes educator about contraception after gestational diabetes (UTF-8 base64)", lang="vi", cat="reproductive")
def _():
    text = """Chào cô Beth,

Em là Nguyễn Thị Lan, em bị tiểu đường thai kỳ ở lần sinh trước (bé được 4
tháng). Bác sĩ sản khoa khuyên em nên đặt vòng tránh thai hoặc dùng que cấy,
vì nếu có thai lại sớm thì nguy cơ tiểu đường cao hơn. Em đang cho con bú.

Em muốn hỏi cô: thuốc tránh thai dạng viên có làm tăng đường huyết không?
Em sợ lên cân lại. Lần hẹn tới em có thể hỏi thêm về chuyện này được không?

Cảm ơn cô,
Lan"""
    return mail(A("Nguyễn Thị Lan", "lan.nguyen@" + GM), A("Beth Kowalczyk", "bkowalczyk@" + MS),
                "Câu hỏi về tránh thai sau sinh", D(7, 13, 21, 25),
                T(text, cte="base64"))


@msg("restricted", "portal-message-cramping-since-iud", "reproductive: HTML-only portal message in which a named patient tells her pelvic PT about cramping since her IUD placement", cat="reproductive")
def _():
    html = """<html><body style="font-family:Arial;font-size:14px">
<div style="color:#555;font-size:11px">Kestrel Point Patient Portal &middot; Message from Jasmine Whitford &middot; 10/02/2026 7:48 PM</div>
<p>Hi Elena,</p>
<p>Quick question before Tuesday. I had my IUD put in at Eastgate on 9/15 and since then the cramping is way worse during the pelvic floor stretches, especially the happy baby one. Should I skip those until my follow-up with the nurse practitioner? Spotting has mostly stopped.</p>
<p>Thanks,<br>Jasmine</p>
</body></html>"""
    return mail(A("Kestrel Point Patient Portal", "portal@portal.kestrelpt.example.com"), A("Elena Marsh-Quill", "emarshquill@" + KP),
                "New portal message from Jasmine Whitford", D(10, 2, 19, 49), T(html, "html", cte="quoted-printable"))


# ================================================================ build ==
def plan():
    """Shuffle, number and render every message.  Returns (files, labels, metas)."""
    items = list(MSGS)
    random.Random(SEED).shuffle(items)
    files, rows = {}, []
    for i, m in enumerate(items, 1):
        ST.slug, ST.n = m["slug"], 0
        data = m["fn"]()
        path = "%s/%03d-%s.eml" % (m["label"], i, m["slug"])
        m["path"] = path
        files[path] = data
        rows.append("%s\t%s\t%s" % (path, m["label"], m["reason"]))
    rows.sort()
    return files, ("\n".join(rows) + "\n").encode("utf-8"), items


def build():
    files, labels, _ = plan()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if "%s/%s" % (lab, f) not in files:
                os.remove(os.path.join(d, f))
    for p, data in files.items():
        with open(os.path.join(HERE, p), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels)


# ================================================================ check ==
ALLOWED_TOP = {"none", "phi", "restricted", "labels.tsv", "gen.py", "README.md"}
ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?i)\b(?:https?|ftp)://([^/\s\"'<>)\]]+)")
HOST_RE = re.compile(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|info|biz|us|de|fr|br|ca|it|pl|ru|ua|cn|jp|kr|uk|test))\b")
PHONE_RE = re.compile(r"\b(\d{3})[-.](\d{3})[-.](\d{4})\b|\b555[-. ](\d{4})\b")
NPI_RE = re.compile(r"NPI\D{0,12}(\d{10})|(\d{10})\^[^|\r\n]*NPI")
DEA_RE = re.compile(r"\b([A-Z]{2}\d{7})\b")


def _host_ok(h):
    h = h.lower().rstrip(".").split(":")[0]
    return (h in ("example.com", "example.org", "example.net") or h.endswith(".example.com")
            or h.endswith(".example.org") or h.endswith(".example.net") or h.endswith(".test"))


def check_invented(text, where, errs):
    for m in ADDR_RE.finditer(text):
        if not _host_ok(m.group(1)):
            errs.append("%s: address outside reserved domains: %s" % (where, m.group(0)))
    for m in URL_RE.finditer(text):
        if not _host_ok(m.group(1)):
            errs.append("%s: URL host not reserved: %s" % (where, m.group(1)))
    for m in HOST_RE.finditer(text):
        h = m.group(1)
        if not _host_ok(h):
            errs.append("%s: host name not reserved: %s" % (where, h))
    for m in PHONE_RE.finditer(text):
        if m.group(4):
            if not m.group(4).startswith("01"):
                errs.append("%s: 555 number outside 555-01xx: %s" % (where, m.group(0)))
        elif not (m.group(2) == "555" and m.group(3).startswith("01")):
            errs.append("%s: phone number not 555-01xx: %s" % (where, m.group(0)))
    for m in NPI_RE.finditer(text):
        n = m.group(1) or m.group(2)
        if not npi_ok(n):
            errs.append("%s: NPI fails Luhn: %s" % (where, n))
    if "DEA" in text:
        for m in DEA_RE.finditer(text):
            if not dea_ok(m.group(1)):
                errs.append("%s: DEA check digit fails: %s" % (where, m.group(1)))


def _pdf_check(b, where, errs):
    texts = []
    if not b.startswith(b"%PDF-"):
        errs.append(where + ": not a PDF")
        return texts
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", b)
    if not m:
        errs.append(where + ": no startxref")
        return texts
    x = int(m.group(1))
    if b[x:x + 4] != b"xref":
        errs.append(where + ": startxref does not point at xref")
        return texts
    hm = re.match(rb"xref\r?\n(\d+) (\d+)\r?\n", b[x:])
    start, count = int(hm.group(1)), int(hm.group(2))
    pos = x + hm.end()
    for i in range(start, start + count):
        ent = b[pos:pos + 20]
        pos += 20
        off, gen, kind = int(ent[:10]), int(ent[11:16]), ent[17:18]
        if kind == b"n" and not re.match(rb"%d %d obj" % (i, gen), b[off:off + 20]):
            errs.append("%s: xref offset of object %d is wrong" % (where, i))
    for sm in re.finditer(rb"<<([^<>]*?/Length (\d+)[^<>]*?)>>\s*stream\r?\n", b):
        ln = int(sm.group(2))
        s0 = sm.end()
        raw = b[s0:s0 + ln]
        if not re.match(rb"\r?\nendstream", b[s0 + ln:s0 + ln + 12]):
            errs.append("%s: stream /Length is wrong" % where)
            continue
        if b"/FlateDecode" in sm.group(1):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                errs.append("%s: Flate stream does not inflate" % where)
                continue
        for t in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            texts.append(re.sub(rb"\\(.)", rb"\1", t).decode("latin-1"))
    for t in re.findall(rb"/Title \(((?:\\.|[^\\)])*)\)", b):
        texts.append(t.decode("latin-1"))
    return texts


def _ics_balance(text, where, errs):
    stack = []
    for ln in text.replace("\r\n ", "").splitlines():
        if ln.startswith("BEGIN:"):
            stack.append(ln[6:])
        elif ln.startswith("END:"):
            if not stack or stack.pop() != ln[4:]:
                errs.append(where + ": ICS BEGIN/END mismatch at " + ln)
                return
    if stack:
        errs.append(where + ": ICS has unclosed " + ",".join(stack))


def _raw_payload(part):
    p = part._payload  # the raw payload as parsed (surrogate-escaped str)
    if isinstance(p, bytes):
        return p
    return p.encode("ascii", "surrogateescape")


def check_message(path, data, errs, info):
    where = path
    rest = data.replace(b"\r\n", b"")
    if b"\r" in rest or b"\n" in rest:
        errs.append(where + ": bare CR or LF")
    for i, ln in enumerate(data.split(b"\r\n")):
        if len(ln) > 998:
            errs.append("%s: line %d longer than 998 octets" % (where, i + 1))
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(b >= 128 for b in head):
        errs.append(where + ": raw 8-bit byte in top-level header block")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (where, h))
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append(where + ": Content-Type without MIME-Version")
    d = msg["Date"]
    if d is not None:
        dt = d.datetime
        if dt is None or dt.year != 2026 or dt.tzinfo is None or not re.search(r"[+-]\d{4}$", str(d)):
            errs.append(where + ": Date not in 2026 with a zone")
    mi = msg["Message-ID"]
    if mi is not None and not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]+>", str(mi).strip()):
        errs.append(where + ": malformed Message-ID")
    texts = []
    structure = {"top": msg.get_content_type() if msg["Content-Type"] else "text/plain (no MIME)",
                 "leaves": [], "ctes": [], "charsets": []}
    for part in msg.walk():
        if part.defects:
            errs.append("%s: defects %r" % (where, part.defects))
        for k, v in part.items():
            s = str(v)
            if getattr(v, "defects", None):
                errs.append("%s: header %s defects %r" % (where, k, v.defects))
            if "=?" in s and "?=" in s:
                errs.append("%s: undecoded encoded word in %s" % (where, k))
            texts.append(s)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename() or ""
        structure["leaves"].append(ct)
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        structure["ctes"].append(cte)
        raw = _raw_payload(part)
        lines = raw.replace(b"\r\n", b"\n").split(b"\n")
        if lines and lines[-1] == b"":
            lines = lines[:-1]
        if cte == "base64":
            if any(len(x) > 76 for x in lines):
                errs.append(where + ": base64 line longer than 76")
            try:
                base64.b64decode(b"".join(lines), validate=True)
            except (binascii.Error, ValueError):
                errs.append(where + ": invalid base64")
        elif cte == "quoted-printable":
            for x in lines:
                if len(x) > 76:
                    errs.append(where + ": QP line longer than 76")
                if x[-1:] in (b" ", b"\t"):
                    errs.append(where + ": QP trailing whitespace")
                if any(b >= 128 for b in x):
                    errs.append(where + ": 8-bit byte in QP")
                for m in re.finditer(rb"=(.{0,2})", x):
                    if m.end() == len(x) and m.group(1) == b"":
                        continue
                    if not re.fullmatch(rb"[0-9A-F]{2}", m.group(1)):
                        errs.append(where + ": bad QP escape")
        elif cte == "7bit":
            if any(b >= 128 for b in raw):
                errs.append(where + ": 8-bit byte in a 7bit part")
        elif cte not in ("8bit", "binary"):
            errs.append(where + ": unknown CTE " + cte)
        try:
            content = part.get_content()
        except Exception as e:  # noqa: BLE001
            errs.append("%s: get_content failed for %s: %s" % (where, ct, e))
            continue
        dec = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            structure["charsets"].append(cs)
            try:
                dec.decode(codec(cs), "strict")
            except (UnicodeDecodeError, LookupError):
                errs.append("%s: body does not decode strictly as %s" % (where, cs))
            texts.append(content.replace("\r\n ", "").replace("\n ", "") if ct == "text/calendar" else content)
        if fn:
            texts.append(fn)
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            t = dec.decode("utf-8")
            _ics_balance(t, where, errs)
            texts.append(t.replace("\r\n ", ""))
        if ct.endswith("json") or fn.endswith(".json"):
            try:
                json.loads(dec.decode("utf-8"))
            except ValueError:
                errs.append(where + ": JSON does not parse")
            texts.append(dec.decode("utf-8"))
        if "hl7" in ct or fn.endswith(".hl7"):
            if not dec.startswith(b"MSH|"):
                errs.append(where + ": HL7 does not start with MSH|")
            texts.append(dec.decode("ascii").replace("\r", "\n"))
        if ct == "text/csv":
            texts.append(dec.decode("utf-8"))
        if fn.endswith(".docx"):
            try:
                z = zipfile.ZipFile(io.BytesIO(dec))
                if "word/document.xml" not in z.namelist():
                    errs.append(where + ": DOCX without word/document.xml")
                for zi in z.infolist():
                    if zi.date_time != (2026, 1, 1, 0, 0, 0):
                        errs.append(where + ": zip timestamp not fixed")
                texts.append(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8")))
            except zipfile.BadZipFile:
                errs.append(where + ": DOCX is not a zip")
        if ct == "application/pdf":
            texts += _pdf_check(dec, where, errs)
        if ct == "image/png" and not dec.startswith(b"\x89PNG\r\n\x1a\n"):
            errs.append(where + ": bad PNG")
    check_invented("\n".join(texts), where, errs)
    info[path] = structure


def check():
    errs = []
    files, labels, metas = plan()
    # the message list itself
    cnt = Counter(m["label"] for m in metas)
    for lab in LABELS:
        if cnt[lab] != WANT[lab]:
            errs.append("count of %s is %d, want %d" % (lab, cnt[lab], WANT[lab]))
    slugs = [m["slug"] for m in metas]
    if len(set(slugs)) != len(slugs):
        errs.append("duplicate slugs")
    for m in metas:
        if any(b in m["slug"] for b in BANNED):
            errs.append("slug contains a banned word: " + m["slug"])
        if m["label"] == "restricted":
            if m["cat"] not in CATS or not m["reason"].startswith(m["cat"] + ":"):
                errs.append("restricted reason must start with its category: " + m["slug"])
        elif m["cat"]:
            errs.append("category on a non-restricted message: " + m["slug"])
        if m["trap"] and m["label"] != "none":
            errs.append("trap flag on a non-none message: " + m["slug"])
        if "\t" in m["reason"] or "\n" in m["reason"]:
            errs.append("reason has a tab/newline: " + m["slug"])
    nonen = sum(1 for m in metas if m["lang"] != "en")
    if not 28 <= nonen <= 38:
        errs.append("non-English messages: %d (want 28-38)" % nonen)
    traps = sum(1 for m in metas if m["trap"])
    if traps < 55:
        errs.append("traps: %d (want >= 55)" % traps)
    nums = sorted(int(os.path.basename(p)[:3]) for p in files)
    if nums != list(range(1, 151)):
        errs.append("numbers are not 001-150")
    # what is on disk
    for f in os.listdir(HERE):
        if f not in ALLOWED_TOP:
            errs.append("stray file: " + f)
    on_disk = set()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing folder " + lab)
            continue
        for f in os.listdir(d):
            on_disk.add("%s/%s" % (lab, f))
    for p in sorted(on_disk - set(files)):
        errs.append("stray file: " + p)
    for p in sorted(set(files) - on_disk):
        errs.append("missing file: " + p)
    try:
        with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
            lt = fh.read()
    except OSError:
        lt = b""
    if lt != labels:
        errs.append("labels.tsv differs from what gen.py writes")
    seen = Counter()
    for row in lt.decode("utf-8", "replace").splitlines():
        cols = row.split("\t")
        if len(cols) != 3:
            errs.append("labels.tsv row without 3 columns: " + row[:60])
            continue
        seen[cols[0]] += 1
        if cols[0].split("/")[0] != cols[1]:
            errs.append("labels.tsv label does not match folder: " + cols[0])
    for p in files:
        if seen[p] != 1:
            errs.append("labels.tsv lists %s %d times" % (p, seen[p]))
    info = {}
    for p in sorted(on_disk & set(files)):
        with open(os.path.join(HERE, p), "rb") as fh:
            data = fh.read()
        if data != files[p]:
            errs.append(p + ": differs from what gen.py writes")
        check_message(p, data, errs, info)
    return errs, metas, info


def stats():
    errs, metas, info = check()
    print("labels:")
    cnt = Counter(m["label"] for m in metas)
    for lab in LABELS:
        ne = sum(1 for m in metas if m["label"] == lab and m["lang"] != "en")
        bl = sum(1 for m in metas if m["label"] == lab and m["reason"].startswith("borderline:"))
        print("  %-11s %3d   not in English %2d   borderline %d" % (lab, cnt[lab], ne, bl))
    print("  traps among none: %d of %d" % (sum(1 for m in metas if m["trap"]), cnt["none"]))
    print("restricted categories:")
    for c, n in Counter(m["cat"] for m in metas if m["cat"]).most_common():
        print("  %-14s %d" % (c, n))
    print("languages (non-English) by label:")
    for lab in LABELS:
        langs = Counter(m["lang"] for m in metas if m["label"] == lab and m["lang"] != "en")
        print("  %-11s %s" % (lab, ", ".join("%s x%d" % kv if kv[1] > 1 else kv[0] for kv in sorted(langs.items()))))
    print("  total non-English: %d" % sum(1 for m in metas if m["lang"] != "en"))
    print("top-level structure:")
    for k, n in Counter(s["top"] for s in info.values()).most_common():
        print("  %-28s %d" % (k, n))
    print("leaf parts:")
    for k, n in Counter(x for s in info.values() for x in s["leaves"]).most_common():
        print("  %-28s %d" % (k, n))
    print("transfer encodings (leaves):")
    for k, n in Counter(x for s in info.values() for x in s["ctes"]).most_common():
        print("  %-28s %d" % (k, n))
    print("charsets (text leaves):")
    for k, n in Counter(x for s in info.values() for x in s["charsets"]).most_common():
        print("  %-28s %d" % (k, n))
    print("check: %s" % ("OK" if not errs else "%d problem(s)" % len(errs)))
    return errs


def main(argv):
    if "--stats" in argv:
        errs = stats()
    else:
        if "--check" not in argv:
            build()
        errs, metas, _ = check()
        print("%d messages checked" % len(metas))
    for e in errs:
        print("FAIL " + e)
    if errs:
        return 1
    if "--stats" not in argv:
        print("check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
