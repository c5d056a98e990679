#!/usr/bin/env python3
"""Generator for wide30: urgent, acute and in-between care and the trades
around it (EMS and ambulance billing, urgent care and retail clinics,
telehealth, poison control, air-medical transport, travel medicine,
occupational and sports medicine, specialty pharmacy and PBMs, DME, home
infusion, sleep labs, imaging and teleradiology, reference labs and
couriers, interpreters, answering services and nurse triage, locums).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print the counts used in README.md

Standard library only.  Deterministic: fixed dates, Message-IDs, MIME
boundaries, zip timestamps and a fixed shuffle seed.  Every person,
organisation, address, phone number and identifier below is invented.
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
SEED = 20260430
LABELS = ("none", "phi", "restricted")
WANT = {"none": 100, "phi": 65, "restricted": 35}
CATS = ("mental health", "substance-use treatment", "HIV", "genetic", "reproductive health")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-15": "iso8859_15",
    "windows-1252": "cp1252", "windows-1250": "cp1250",
    "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0
    client = "outlook"


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


_BSTYLE = {"outlook": 0, "gmail": 1, "apple": 2, "iphone": 2, "system": 3, "tbird": 4, "android": 1, "bare": 4}


def bnd():
    """A deterministic MIME boundary in the style of the current client."""
    h = _h("b")
    style = _BSTYLE.get(ST.client, 4)
    if style == 0:
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:
        return "0000000000%s" % h[1:19]
    if style == 2:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    if style == 3:
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1777000000000 + int(h[13:17], 16))
    return "------------%s" % h[1:25].upper()


def mid(domain):
    h = _h("m")
    c = ST.client
    if c == "outlook":
        local = "%s%s" % ("SN7PR11MB", h[1:21].upper())
    elif c in ("gmail", "android"):
        local = "CA+%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    elif c in ("apple", "iphone"):
        local = "%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    elif c == "system":
        local = "%s.%s.JavaMail.svc" % (int(h[1:9], 16), int(h[9:15], 16))
    else:
        local = "%s-%s" % (h[1:9], h[9:17])
    return "<%s@%s>" % (local, domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def us_tz(y, mo, d):
    dd = datetime.date(y, mo, d)
    return "-0400" if datetime.date(2026, 3, 8) <= dd < datetime.date(2026, 11, 1) else "-0500"


def D(mo, d, h, mi=0, s=0, tz=None, y=2026):
    """RFC 5322 date in 2026; US Eastern offset unless tz is given."""
    tz = tz or us_tz(y, mo, d)
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
    """RFC 2047 encoded words (folded) for a non-ASCII header value."""
    if text.isascii():
        return text
    cd = codec(cs)
    words, cur = [], ""
    for ch in text:
        t = cur + ch
        if cur and len(_ew_one(t.encode(cd), cs, mode)) > 70:
            words.append(_ew_one(cur.encode(cd), cs, mode))
            cur = ch
        else:
            cur = t
    if cur:
        words.append(_ew_one(cur.encode(cd), cs, mode))
    return "\r\n ".join(words)


def fold(text):
    """Fold a long ASCII header value at spaces."""
    if len(text) < 76:
        return text
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 72:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\r\n ".join(lines)


_SPECIALS = set('()<>[]:;@\\,."')


def A(m, cs="utf-8", mode="B"):
    """A mailbox from (name, addr), a bare address, or a list of them."""
    if isinstance(m, list):
        return ",\r\n ".join(A(x, cs, mode) for x in m)
    if isinstance(m, str):
        return m
    name, addr = m
    if not name:
        return addr
    if name.isascii():
        if any(c in _SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, cs, mode), addr)


def _param(k, v):
    if v.isascii():
        return '%s="%s"' % (k, v.replace('"', '\\"'))
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
    return "%s*=utf-8''%s" % (k, enc)


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte="7bit", disp=None,
                 filename=None, parts=None, headers=(), preamble=None):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.disp, self.filename, self.parts = disp, filename, parts
        self.headers, self.preamble = list(headers), preamble

    def header_lines(self):
        ps = list(self.params)
        if self.parts is not None:
            self.boundary = bnd()
            ps.append(("boundary", self.boundary))
        if self.filename and self.disp != "inline-noname" and not self.ctype.startswith("text/plain") and not self.ctype.startswith("text/html"):
            ps.append(("name", self.filename))
        ct = self.ctype + "".join(";\r\n\t" + _param(k, v) for k, v in ps)
        out = ["Content-Type: " + ct]
        if self.parts is None:
            out.append("Content-Transfer-Encoding: " + self.cte)
        if self.disp:
            d = "inline" if self.disp == "inline-noname" else self.disp
            if self.filename:
                d += ";\r\n\t" + _param("filename", self.filename)
            out.append("Content-Disposition: " + d)
        out.extend(self.headers)
        return out

    def body(self):
        if self.parts is not None:
            s = b""
            if self.preamble:
                s += nl(self.preamble).encode("ascii") + b"\r\n"
            for p in self.parts:
                s += ("--%s\r\n" % self.boundary).encode("ascii") + p.render() + b"\r\n"
            s += ("--%s--\r\n" % self.boundary).encode("ascii")
            return s
        d = self.data
        if self.cte == "base64":
            return b64_encode(d)
        if self.cte == "quoted-printable":
            return qp_encode(d) + b"\r\n"
        d = d.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if not d.endswith(b"\r\n"):
            d += b"\r\n"
        return d

    def render(self):
        hl = self.header_lines()
        return (CRLF.join(hl) + CRLF + CRLF).encode("ascii") + self.body()


def T(text, sub="plain", cs=None, cte=None, flowed=False, disp=None, filename=None, delsp=False):
    """A text part.  Charset us-ascii for ASCII text unless given; QP otherwise."""
    text = nl(text.strip("\n") + "\n")
    if cs is None:
        cs = "us-ascii" if text.isascii() else "utf-8"
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    params = [("charset", cs)]
    if flowed:
        params.append(("format", "flowed"))
        if delsp:
            params.append(("delsp", "yes"))
    return Part("text/" + sub, text.encode(codec(cs)), params, cte, disp=disp, filename=filename)


def H(html, **kw):
    return T(html, sub="html", **kw)


def ALT(text, html, **kw):
    return Part("multipart/alternative", parts=[T(text, **kw), H(html, **kw)])


def MIX(*parts):
    return Part("multipart/mixed", parts=list(parts))


def REL(*parts):
    return Part("multipart/related", params=[("type", "text/html")], parts=list(parts))


def ATT(ctype, data, filename, cte="base64", params=(), disp="attachment"):
    if isinstance(data, str):
        data = nl(data).encode("utf-8")
    return Part(ctype, data, params, cte, disp=disp, filename=filename)


def CSV(text, filename):
    return ATT("text/csv", nl(text.strip("\n") + "\n"), filename, cte="7bit" if text.isascii() else "base64", params=[("charset", "utf-8")])


def ICS(text, method="REQUEST", filename=None, attach=False):
    data = nl(text.strip("\n") + "\n").encode("utf-8")
    if attach:
        return ATT("application/ics", data, filename or "invite.ics")
    return Part("text/calendar", data, [("charset", "utf-8"), ("method", method)], "base64" if not data.isascii() else "7bit", filename=None)


def HL7(segments, filename="message.hl7"):
    data = "\r".join(segments).encode("ascii") + b"\r"
    return ATT("application/hl7-v2", data, filename)


def JSONATT(obj, filename, ctype="application/fhir+json"):
    return ATT(ctype, json.dumps(obj, indent=2, ensure_ascii=False) + "\n", filename)


# ----------------------------------------------------------------- PDF --
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title="Document", flate=False):
    """A one-page PDF whose text layer holds `lines` (ASCII)."""
    ops = ["BT", "/F1 10 Tf", "13 TL", "54 760 Td"]
    for i, ln in enumerate(lines):
        ops.append("(%s) Tj T*" % _pdf_esc(ln))
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    if flate:
        content = zlib.compress(content, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(content)
    else:
        sdict = "<< /Length %d >>" % len(content)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict.encode("ascii") + b"\nstream\n" + content + b"\nendstream",
        ("<< /Title (%s) /Producer (wide30 gen.py) /CreationDate (D:20260101000000Z) >>" % _pdf_esc(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def PDF(lines, filename, title="Document", flate=False):
    return ATT("application/pdf", pdf(lines, title, flate), filename)


# ---------------------------------------------------------------- DOCX --
def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paras):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p) for p in paras)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body)),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED
            zi.create_system = 0
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def DOCX(paras, filename):
    return ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(paras), filename)


def PNG(filename, seed=1):
    """A tiny valid 1x1 grey PNG (an inline logo)."""
    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + (zlib.crc32(t + d) & 0xffffffff).to_bytes(4, "big")
    raw = b"\x00" + bytes([seed % 256])
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", (1).to_bytes(4, "big") * 2 + b"\x08\x00\x00\x00\x00") + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    return data


# ------------------------------------------------------------- identifiers --
def npi(base9):
    """A 10-digit NPI with a valid Luhn check digit (prefix 80840)."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n):
    digits = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def dea(prefix, six):
    d = [int(c) for c in six]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return prefix + six + str(c)


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


# ------------------------------------------------------------- messages --
_CLIENT_HDRS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0"],
    "gmail": [],
    "android": [],
    "apple": ["X-Mailer: Apple Mail (2.3774.500.171.1.1)"],
    "iphone": ["X-Mailer: iPhone Mail (21F90)"],
    "tbird": ["User-Agent: Mozilla Thunderbird"],
    "system": ["Auto-Submitted: auto-generated", "Precedence: bulk"],
    "bare": [],
}


def _html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _auto_body(text, client):
    """Outlook and Gmail send plain text with an HTML twin; others plain only."""
    if client == "outlook":
        paras = "\n".join('<p class="MsoNormal">%s</p>' % (_html_esc(l) or "&nbsp;") for l in text.strip("\n").split("\n"))
        html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="EN-US">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>' % paras)
        return ALT(text, html)
    if client == "gmail":
        html = '<div dir="ltr">%s</div>' % "<br>\n".join(_html_esc(l) for l in text.strip("\n").split("\n"))
        return ALT(text, html)
    return T(text)


def mail(frm, to, subj, date, body, cc=None, client="outlook", irt=None,
         extra=(), mime=True, subj_cs="utf-8", subj_mode="B", name_cs="utf-8",
         name_mode="B", reply_to=None, lang_hdr=None):
    """Assemble one message.  body is a Part or a str (plain text)."""
    ST.client = client
    if isinstance(body, str):
        body = _auto_body(body, client)
    faddr = frm[1] if isinstance(frm, tuple) else re.sub(r".*<|>.*", "", frm)
    dom = faddr.split("@", 1)[1]
    hs = []
    hs.append("From: " + A(frm, name_cs, name_mode))
    hs.append("To: " + A(to, name_cs, name_mode))
    if cc:
        hs.append("Cc: " + A(cc, name_cs, name_mode))
    if reply_to:
        hs.append("Reply-To: " + A(reply_to, name_cs, name_mode))
    hs.append("Subject: " + (fold(subj) if subj.isascii() else ew(subj, subj_cs, subj_mode)))
    hs.append("Date: " + date)
    hs.append("Message-ID: " + mid(dom))
    if irt:
        hs.append("In-Reply-To: " + irt)
        hs.append("References: " + irt)
    if client == "outlook":
        hs.append("Thread-Topic: " + (fold(subj) if subj.isascii() else ew(subj, subj_cs, subj_mode)))
        hs.append("Thread-Index: " + base64.b64encode(bytes.fromhex(_h("ti")[:32])).decode())
        hs.append("Content-Language: " + (lang_hdr or "en-US"))
    elif lang_hdr:
        hs.append("Content-Language: " + lang_hdr)
    hs.extend(_CLIENT_HDRS.get(client, []))
    hs.extend(extra)
    if not mime:
        data = body.data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        return (CRLF.join(hs) + CRLF + CRLF).encode("ascii") + data
    if client in ("apple", "iphone"):
        hs.append("Mime-Version: 1.0 (1.0)" if client == "iphone" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))")
    else:
        hs.append("MIME-Version: 1.0")
    return (CRLF.join(hs) + CRLF).encode("ascii") + body.render()


MSGS = []


def M(label, slug, reason, lang="en", cat=None, trap=False):
    """Register a message builder.  lang: ISO 639-1 of the main text."""
    def deco(fn):
        MSGS.append(dict(label=label, slug=slug, reason=reason, lang=lang, cat=cat, trap=trap, fn=fn))
        return fn
    return deco


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))


# ====================================================================== #
#                               MESSAGES                                 #
# ====================================================================== #
# Recurring invented organisations and domains
EMS = "bluewaterems.example.org"        # Bluewater Regional EMS
CAB = "cardinalbilling.example.com"     # Cardinal Ambulance Billing Services
KES = "kestrelair.example.com"          # Kestrel Air Medical
QC = "quickcare-uc.example.com"         # QuickCare Urgent Care
ML = "minutelane.example.com"           # Minute Lane retail clinics
VL = "vitalink.example.com"             # Vitalink Telehealth
PC = "tricountypoison.example.org"      # Tri-County Poison Center
WF = "wayfarerhealth.example.com"       # Wayfarer Travel Health
IW = "ironworks-occ.example.com"        # Ironworks Occupational Health
HC = "athletics.halden-college.example.org"  # Halden College Sports Medicine
RFC = "rivermouthfc.example.net"        # Rivermouth FC (semi-pro club)
MER = "meridianrx.example.com"          # Meridian Specialty Pharmacy
CPX = "clearpathrx.example.com"         # ClearPath Rx (PBM)
NG = "northgate-dme.example.com"        # Northgate Medical Supply (DME)
AL = "alderinfusion.example.com"        # Alder Home Infusion
QH = "quiethours-sleep.example.com"     # Quiet Hours Sleep Center
BI = "brightline-imaging.example.com"   # Brightline Imaging
NR = "nightread.example.net"            # NightRead Teleradiology
AR = "ardentlab.example.com"            # Ardent Reference Laboratory
SW = "swiftlane.example.net"            # Swiftlane Medical Courier
LB = "linguabridge.example.com"         # LinguaBridge Interpreting
NT = "nightingale-triage.example.com"   # Nightingale Answering Service & Nurse Line
LP = "locumpartners.example.com"        # Locum Partners
SB = "stbrendan.example.org"            # St. Brendan Regional Medical Center
GHP = "granitehp.example.com"           # Granite State Health Plan
PM = "mail.example.net"                 # consumer mailboxes
PM2 = "inbox.example.com"               # consumer mailboxes

OL_SIG_EMS = """Dana Whitcomb, NRP
Operations Supervisor | Bluewater Regional EMS
1400 Harbor Line Rd, Port Alder
Desk 555-0142 | Dispatch 555-0100"""


# --------------------------------------------------------- EMS / transport --
@M("none", "ems-dispatch-monthly-volume", "aggregate call volumes, cardiac arrest and overdose counts and response times; no individual", trap=True)
def _():
    return mail(("Dana Whitcomb", "dwhitcomb@" + EMS), [("EMS Board", "board@" + EMS)],
                "March dispatch and response summary", D(4, 6, 9, 12), """All,

March numbers from CAD, before the board packet goes out:

  Total 911 requests ........ 3,418
  Transports ................ 2,207
  Cardiac arrests worked .... 31  (ROSC at ED: 9)
  Suspected opioid OD ....... 44  (naloxone given: 38)
  Stroke alerts ............. 27
  STEMI alerts .............. 12
  Median response, urban .... 7:42
  90th pct response, rural .. 16:10

Medic 7 was out of service 6 days for the lift gate. Mutual aid to
Greyhill 14 times. No patient-level data in this summary; the run-level
extract stays in the ePCR system.

""" + OL_SIG_EMS)


@M("none", "ems-unit-status-board-roster", "unit availability and a crew roster with phone numbers; no patient", trap=True)
def _():
    return mail(("Bluewater Dispatch", "cad-noreply@" + EMS), [("All Crews", "crews@" + EMS)],
                "Unit status 0700 - M4 M7 OOS, roster change", D(4, 9, 7, 0), """UNIT STATUS 0700
M1  AVAIL  Stn 1   Ruiz / Okafor
M2  AVAIL  Stn 2   Lindqvist / Tran
M4  OOS    Fleet   (O2 regulator, ETA 1400)
M5  AVAIL  Stn 5   Petrakis / Boyle
M7  OOS    Fleet   (lift gate)
SQ3 AVAIL  Stn 3   Hargrove
BC1 AVAIL  Battalion 1  D. Whitcomb  cell 555-0143

Swap: Okafor covering for Mensah 0700-1900 (Mensah on PTO).
Shift commander line 555-0144. Fleet shop 555-0145.
""", client="system", extra=["X-Mailer: CADlink Notify 5.2"])


@M("none", "ems-restock-checklist-lots", "drug box restock list with drug names, lots and expiry dates; no patient", trap=True)
def _():
    return mail(("Priya Nand", "pnand@" + EMS), [("Supply", "supply@" + EMS)],
                "Drug box restock M2 - lots for the log", D(4, 10, 15, 40), """Restocked M2 drug box after the 1300 call. For the controlled log:

Epinephrine 1 mg/10 mL x2    lot EP26A114  exp 11/2027
Naloxone 2 mg/2 mL x2        lot NX5521    exp 06/2027
Midazolam 5 mg/mL x1 (CII box, witnessed by Boyle)  lot MZ0930  exp 02/2027
Fentanyl 100 mcg/2 mL x1     lot FN7718    exp 03/2027
Ondansetron 4 mg ODT x4      lot ON2240    exp 09/2028
Aspirin 81 mg chew x8        lot AS1192    exp 01/2028

Seal #B-004471 replaced with #B-004502.

Priya
Sent from my iPhone""", client="iphone")


@M("none", "ambulance-billing-vendor-invoice", "business-to-business invoice: claim counts and fees, agency account number; no patient", trap=True)
def _():
    body = MIX(T("""Hello Accounts Payable,

Please find attached invoice CAB-2026-0388 for March billing services.

Thank you,
Renee Falk
Client Accounts, Cardinal Ambulance Billing Services
555-0150"""), PDF([
        "Cardinal Ambulance Billing Services",
        "INVOICE CAB-2026-0388          Date: 04/02/2026",
        "Bill to: Bluewater Regional EMS, Client acct 40-2291",
        "",
        "Claims submitted (March) ............ 2,118",
        "Claims paid ......................... 1,744",
        "Net collections ..................... $612,408.19",
        "Fee 5.5% of net collections ......... $33,682.45",
        "Patient statements mailed ........... 1,206 @ $0.62 = $747.72",
        "",
        "TOTAL DUE ........................... $34,430.17",
        "Remit: ACH routing on file. Terms Net 30.",
    ], "CAB-2026-0388.pdf", "Invoice CAB-2026-0388"))
    return mail(("Renee Falk", "rfalk@" + CAB), [("Accounts Payable", "ap@" + EMS)],
                "Invoice CAB-2026-0388 - March services", D(4, 2, 11, 5), body)


@M("none", "ambulance-fee-schedule-bulletin", "payer billing bulletin naming HCPCS ambulance codes and modifiers; no individual", trap=True)
def _():
    return mail(("Cardinal Compliance", "compliance@" + CAB), [("Client Agencies", "clients@" + CAB)],
                "Bulletin: 2026 ambulance fee schedule and origin/destination modifiers", D(1, 12, 8, 30), """CLIENT BULLETIN 2026-01

1. The 2026 ambulance fee schedule is loaded. ALS1 emergency (A0427),
   BLS emergency (A0429), SCT (A0434) and mileage (A0425) rates changed;
   see the rate table on the client portal.
2. Origin/destination modifiers: a hospital-to-hospital transfer is HH,
   residence-to-hospital RH. Claims without both characters will deny.
3. Physician Certification Statements are required for repetitive
   non-emergency transports (dialysis, wound care). Keep them on file.
4. Reminder: never e-mail a run report to us. Use the secure upload.

Questions: 555-0151.
https://portal.cardinalbilling.example.com/bulletins""", client="system")


@M("none", "naloxone-leave-behind-quarterly", "aggregate naloxone leave-behind and overdose counts by zone; no individual", trap=True)
def _():
    return mail(("Dr. Omar Haddad", "ohaddad@" + EMS), [("County Overdose Task Force", "odtf@health.county.example.gov.test")],
                "Q1 leave-behind naloxone numbers", D(4, 14, 16, 2), MIX(T("""Task force members,

Attached are Q1 counts for the leave-behind naloxone programme. 121
kits left on scene, 96 refusals of transport after reversal, 17
referrals accepted to the county bridge clinic. Counts only, by zone;
zones with fewer than 11 events are suppressed.

Omar Haddad, MD, EMS Medical Director"""), CSV("""zone,overdose_responses,naloxone_given,kits_left,bridge_referrals
North,61,52,40,6
Harbor,88,79,55,8
East,23,19,18,<11
Rural West,14,12,8,<11
""", "q1_leave_behind_by_zone.csv")))


@M("none", "ems-protocol-quiz-scenario", "training quiz with a fictional scenario (54-year-old with chest pain); no real patient", trap=True)
def _():
    return mail(("Bluewater Education", "education@" + EMS), [("All Crews", "crews@" + EMS)],
                "April protocol quiz - ACS and 12-lead", D(4, 1, 6, 0), """April quiz, due 4/30. Scenario is fictional.

You are dispatched to a 54-year-old male, chest pain x 40 min, diaphoretic,
BP 158/94, HR 102. 12-lead shows 2 mm ST elevation in II, III, aVF.

1. Which leads would you add to check for RV involvement?
2. When is nitroglycerin contraindicated in this patient?
3. Aspirin dose per protocol?
4. Transmit the 12-lead to which receiving facility and why?

Answers in the LMS. 2 hours CE for completion.""", client="system")


@M("none", "air-medical-weather-hold", "aviation weather hold with tail number and base phone; no patient", trap=True)
def _():
    return mail(("Kestrel Comm Center", "commcenter@" + KES), [("Regional Dispatch Partners", "partners@" + KES)],
                "WX HOLD Base 3 (N417KA) until 1500Z", D(2, 18, 8, 55), """Kestrel Base 3 aircraft N417KA is on weather hold until 1500Z (freezing
fog, ceilings 300 ft). Base 1 (N412KA) and ground CCT unit K-Ground 2 are
available. Requests: Comm Center 555-0160. Do not hold a launch decision
for us; auto-launch criteria are suspended for Base 3 until the update.
""", client="system")


@M("none", "air-medical-membership-promo", "marketing for an air-ambulance membership; no individual", trap=True)
def _():
    html = """<html><body style="font-family:Arial">
<h2>One flight can cost more than a car.</h2>
<p>Kestrel Air Medical membership covers out-of-pocket costs for emergency
air transport for your whole household for $85 a year.</p>
<ul><li>Stroke, heart attack, trauma, high-risk pregnancy</li>
<li>No health questions, no age limit</li></ul>
<p><a href="https://join.kestrelair.example.com/spring">Join before May 1</a></p>
<p style="font-size:10px">Unsubscribe: https://join.kestrelair.example.com/u</p>
</body></html>"""
    return mail(("Kestrel Air Medical", "news@" + KES), "homeowner.list@" + PM,
                "Spring offer: household air transport membership", D(4, 3, 10, 0),
                ALT("One flight can cost more than a car. Kestrel membership covers out-of-pocket costs for emergency air transport for your household for $85 a year. Join: https://join.kestrelair.example.com/spring", html), client="system")


@M("none", "ride-along-waiver-template", "form template with placeholder fields only", trap=True)
def _():
    return mail(("Lena Ortiz", "lortiz@" + EMS), [("Dana Whitcomb", "dwhitcomb@" + EMS)],
                "Updated ride-along waiver template (mail merge)", D(3, 5, 13, 20), MIX(T("""Dana, here is the merge template for observers. Fields in braces come
from the volunteer sheet. Legal signed off on the HIPAA paragraph.

Lena"""), DOCX([
        "BLUEWATER REGIONAL EMS - OBSERVER RIDE-ALONG WAIVER",
        "Observer name: {{observer_name}}   Date of birth: {{observer_dob}}",
        "School / programme: {{program}}   Shift date: {{shift_date}}",
        "I understand that I may see patients and hear health information. I will not record, photograph or disclose any patient information.",
        "Signature: ______________________   Crew chief: {{crew_chief}}",
    ], "ride_along_waiver_TEMPLATE.docx")))


@M("none", "station-two-potluck", "staff social mail with a phone number", trap=False)
def _():
    return mail(("Marcus Tran", "mtran@" + EMS), [("Station 2", "stn2@" + EMS)],
                "Station 2 potluck Friday", D(4, 15, 12, 1), """B-shift potluck Friday 1800. Chili, cornbread, somebody please not
another veggie tray. Text me at 555-0146 what you're bringing.

Marcus""", client="gmail")


@M("none", "transfer-center-bed-board", "aggregate bed availability by unit; no patient", trap=True)
def _():
    html = """<html><body><p>St. Brendan Transfer Center - bed board 06:00</p>
<table border="1" cellpadding="3">
<tr><th>Unit</th><th>Staffed</th><th>Occupied</th><th>Open</th><th>Pending admits</th></tr>
<tr><td>MICU</td><td>20</td><td>19</td><td>1</td><td>2</td></tr>
<tr><td>CVICU</td><td>16</td><td>14</td><td>2</td><td>0</td></tr>
<tr><td>Neuro ICU</td><td>12</td><td>12</td><td>0</td><td>1</td></tr>
<tr><td>Step-down</td><td>32</td><td>29</td><td>3</td><td>4</td></tr>
<tr><td>Inpatient behavioral health</td><td>24</td><td>24</td><td>0</td><td>3</td></tr>
<tr><td>L&amp;D</td><td>18</td><td>11</td><td>7</td><td>0</td></tr>
</table><p>Diversion: none. Transfer line 555-0170.</p></body></html>"""
    return mail(("Transfer Center", "transfer@" + SB), [("Regional Partners", "regional-partners@" + SB)],
                "Bed board 0600", D(4, 16, 6, 0), H(html), client="system")


@M("none", "stemi-times-dashboard", "aggregate QA dashboard (first medical contact to balloon times); no patient", trap=True)
def _():
    return mail(("Cardiac QA", "cardiacqa@" + SB), [("Dr. Omar Haddad", "ohaddad@" + EMS)],
                "Q1 STEMI FMC-to-device dashboard", D(4, 20, 14, 33), """Dr. Haddad,

Q1 for Bluewater-transported STEMIs (n=34):
  Prehospital 12-lead transmitted: 31/34 (91%)
  Cath lab activated from field: 28/34
  Median FMC-to-device: 78 min (goal < 90)
  Cases > 90 min: 6 (3 rural long transports, 2 delayed activation, 1 other)

Case-level review happens in the peer-review committee only.

Cardiac QA, St. Brendan""")


@M("none", "ems-conference-abstracts", "conference call for abstracts naming clinical topics", trap=True)
def _():
    return mail(("Lakes Region EMS Conference", "conference@lakes-ems.example.org"), "members@lakes-ems.example.org",
                "Call for abstracts: prehospital buprenorphine, airway, pediatric sepsis", D(2, 2, 9, 0), """The 2026 Lakes Region EMS Conference (Sept 17-19) invites abstracts on:
 - field-initiated buprenorphine and bridge programmes
 - video laryngoscopy first-pass success
 - pediatric sepsis recognition
 - whole blood programmes
Deadline May 15. Case reports must be de-identified.
https://lakes-ems.example.org/abstracts""", client="system")


@M("phi", "pcr-shorthand-54m-cp", "named patient with incident number; chest pain, ACS rule-out, field meds")
def _():
    return mail(("Kofi Okafor", "kokafor@" + EMS), [("ED Charge RN", "edcharge@" + SB)],
                "PCR 26-031877 Vance, Harold - late upload", D(4, 9, 23, 48), """ED charge,

Sorry for the late upload, tablet died. Summary til it syncs:

Vance, Harold  DOB 02/11/1972  inc# 26-031877
pt 54M CP x1h, substernal, rad L arm, diaph. hx HTN, HLD, smoker
12L: STE V2-V4, transmitted 2231, cath lab activated by Dr Imre
ASA 324 PO, NTG 0.4 SL x2 (BP 162->138), 18g L AC
r/o ACS / STEMI - handed to Dr Imre in cath lab 2306

Kofi Okafor, Paramedic, M1""", client="iphone")


@M("phi", "ambulance-statement-to-patient", "ambulance bill to a named patient with account number, transport date and service level")
def _():
    text = """Cardinal Ambulance Billing Services, on behalf of Bluewater Regional EMS

STATEMENT                       Statement date: 03/28/2026
Patient: Eileen Szabo           Account: BW-7781320
Date of service: 02/14/2026     Emergency transport, ALS1, 6.2 loaded miles
Residence to St. Brendan Regional Medical Center

Charges                        $1,842.00
Granite State Health Plan paid  -$1,206.40
Contractual adjustment           -$310.00
AMOUNT YOU OWE                    $325.60

Pay online: https://pay.cardinalbilling.example.com  or call 555-0152.
Financial assistance is available; ask us for an application."""
    html = "<html><body><pre style=\"font-family:Courier\">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
    return mail(("Cardinal Billing - Patient Statements", "statements@" + CAB), [("Eileen Szabo", "eszabo@" + PM)],
                "Your ambulance statement - account BW-7781320", D(3, 28, 6, 15), ALT(text, html), client="system")


@M("phi", "interfacility-transfer-request-stemi", "transfer request naming patient, MRN, diagnosis and drips")
def _():
    return mail(("Greyhill Community Hospital ED", "ed@greyhill-hospital.example.org"), [("Transfer Center", "transfer@" + SB)],
                "Transfer request - STEMI, needs PCI", D(3, 12, 2, 14), """Transfer Center,

Requesting transfer for primary PCI. Accepted by Dr. Imre per phone 0208.

Patient: Roberta Quill   DOB 07/30/1961   Greyhill MRN GH0048812
Dx: inferior STEMI, onset 0050. Heparin bolus given 0150, ticagrelor 180 mg
0155, nitro drip 20 mcg/min. BP 118/70, HR 64, SpO2 96% RA.
Allergies: sulfa. Code status: full.
Requesting Kestrel rotor if flyable, otherwise Bluewater SCT ground.

Sending MD: Dr. L. Banerjee, 555-0171""")


@M("phi", "air-medical-flight-request-trauma", "flight request for a named trauma patient with injuries and vitals")
def _():
    return mail(("Kestrel Comm Center", "commcenter@" + KES), [("Trauma Bay", "traumabay@" + SB)],
                "INBOUND K-1 ETA 14 min - MVC, pt Jordan Pike", D(5, 2, 16, 41), """INBOUND KESTREL 1, ETA 1655
Patient: Jordan Pike, approx 30M (DOB per license 05/19/1995)
MVC rollover, ejected. GCS 9 (E2V2M5), L chest decreased BS, needle decompressed
L 2nd ICS 1622. HR 128, BP 84/50, 1 unit whole blood running.
Pelvic binder placed. Intubation not performed.
Crew: RN Castillo / Medic Hale. Comm Center 555-0160.""", client="system")


@M("phi", "air-ambulance-eob-member", "Explanation of Benefits for a named member's air transport with claim number")
def _():
    return mail(("Granite State Health Plan", "eob@" + GHP), [("Thomas Reyes", "treyes@" + PM)],
                "Your Explanation of Benefits is ready", D(4, 22, 5, 0), MIX(T("""Hello Thomas,

An Explanation of Benefits for a recent claim is attached. This is not a bill.

Granite State Health Plan Member Services, 555-0180"""), PDF([
        "GRANITE STATE HEALTH PLAN - EXPLANATION OF BENEFITS",
        "Member: Thomas Reyes     Member ID: GSH-448120937",
        "Claim: 26-0311-88420     Provider: Kestrel Air Medical",
        "Service date: 03/01/2026  Service: rotor-wing air ambulance (A0431), 41 air miles (A0436)",
        "Billed: $48,220.00   Allowed: $31,900.00   Plan paid: $28,710.00",
        "Your responsibility (coinsurance): $3,190.00",
        "This claim was processed under your out-of-network emergency benefit.",
    ], "EOB_26-0311-88420.pdf", "Explanation of Benefits", flate=True)), client="system")


@M("phi", "subject-only-hip-fracture-run", "borderline: body is 'signed, thanks'; patient name, DOB and hip fracture transport only in the Subject")
def _():
    return mail(("Gwen Hale", "ghale@" + EMS), [("Billing QA", "billingqa@" + EMS)],
                "RE: PCS needed - run 26-0881 Pruitt, Gerald DOB 3/4/1951 hip fx to SNF", D(3, 18, 10, 2), "signed, thx\n\nGwen", client="iphone")


@M("phi", "overdose-reversal-refused-transport", "borderline: EMS naloxone reversal of a named patient's overdose is emergency care, not substance-use treatment (no referral)")
def _():
    return mail(("Tom Boyle", "tboyle@" + EMS), [("Dr. Omar Haddad", "ohaddad@" + EMS)],
                "Refusal after naloxone - needs MD review", D(4, 11, 3, 20), """Doc,

Refusal for your review. inc# 26-034410, pt Caleb Durant, 27M.
Found by roommate apneic, pinpoint pupils. Naloxone 2 mg IN x1, then 0.5 IV,
RR 4 -> 16. A&Ox4 after 20 min observation, capacity assessed, refused
transport, signed AMA. Leave-behind kit given. Roommate staying with him.

Boyle""")


@M("phi", "attorney-records-request-mvc", "attorney request for a named client's ambulance records for a dated transport")
def _():
    body = MIX(T("""To the Custodian of Records:

Please see the attached request and signed HIPAA authorization for our client.

Sincerely,
Paralegal, Marsh & Odell LLP
555-0190"""), PDF([
        "MARSH & ODELL LLP",
        "Re: Our client Alicia Fernandes, DOB 09/02/1988",
        "Date of incident: 01/23/2026, motor vehicle collision, Route 9 at Kettle Rd",
        "Please produce the complete patient care report, CAD times, and billing",
        "records for the transport of our client to St. Brendan Regional Medical Center,",
        "including the paramedic narrative regarding neck and wrist injuries.",
        "A signed authorization is enclosed.",
    ], "Records_Request_Fernandes.pdf", "Records request"))
    return mail(("Marsh & Odell Records", "records@marsh-odell.example.com"), [("Custodian of Records", "records@" + EMS)],
                "Records request - our client, 01/23/2026 transport", D(2, 9, 14, 10), body)


@M("phi", "pcr-pdf-text-layer-only", "body says only 'attached'; the PDF's text layer names the patient with diagnosis and treatment")
def _():
    body = MIX(T("Attached per your request.\n\n-- \nMedical Records, Bluewater Regional EMS\n555-0147"), PDF([
        "BLUEWATER REGIONAL EMS  PATIENT CARE REPORT  (copy)",
        "Incident 26-029115   Date 03/02/2026   Unit M5",
        "Patient: Miguel Andrade   DOB 11/14/1940   Sex M",
        "Chief complaint: shortness of breath. Hx CHF, AFib on apixaban.",
        "Assessment: acute pulmonary edema. Rales bilat, SpO2 82% RA.",
        "Treatment: CPAP 10 cmH2O, NTG 0.4 mg SL x3. SpO2 95% on arrival.",
        "Disposition: transported to St. Brendan ED, care to RN Ames.",
    ], "PCR_26-029115.pdf", "PCR copy", flate=True))
    return mail(("Bluewater Medical Records", "records@" + EMS), [("Nora Andrade", "nandrade@" + PM2)],
                "Your request 2026-R-0412", D(3, 20, 11, 30), body)


@M("phi", "babcia-karetka-udar", "Polish family mail: named grandmother taken by ambulance with suspected stroke, thrombolysis", lang="pl")
def _():
    return mail(("Kasia Wójcik", "kasia.wojcik@" + PM), [("Tomek Wójcik", "tomek.w@" + PM2)],
                "Babcia w szpitalu", D(4, 12, 21, 5), """Tomek,

babcia Halina jest w St. Brendan. Karetka zabrała ją o 17:30, podejrzenie udaru,
lewa ręka bezwładna i mowa niewyraźna. Dostała lek rozpuszczający skrzep (tPA)
o 18:40, teraz leży na neurologii, sala 412. Lekarz mówi, że następne 24 godziny
są najważniejsze. Jutro rano robią rezonans.

Zadzwoń do mamy, ona jest cała roztrzęsiona.
Kasia

Wysłane z iPhone'a""", client="iphone", lang_hdr="pl")


@M("restricted", "bridge-clinic-bup-field-handoff", "substance-use treatment: named patient started on buprenorphine in the field and referred to a bridge clinic", cat="substance-use treatment")
def _():
    return mail(("Dr. Omar Haddad", "ohaddad@" + EMS), [("Bridge Clinic Intake", "intake@bridge.stbrendan.example.org")],
                "Field buprenorphine handoff - follow-up tomorrow", D(4, 18, 9, 45), """Intake team,

Handing off a patient from last night's leave-behind pilot.

Shawn Kellerman, DOB 12/01/1990, cell 555-0148. Opioid use disorder,
reversed with naloxone 0140, COWS 13 at 0300, given buprenorphine 16 mg SL
in the field under our protocol. Consented to a bridge clinic visit and a
Part 2 release for us to share this. He asked for the 10:00 slot tomorrow
and needs a ride; peer recovery coach Andre has his number.

Omar Haddad, MD""")


@M("restricted", "psych-bed-transfer-bipolar-mania", "mental health: transfer request for a named patient with bipolar mania to an inpatient psychiatric bed", cat="mental health")
def _():
    return mail(("Greyhill Community Hospital ED", "ed@greyhill-hospital.example.org"), [("Transfer Center", "transfer@" + SB)],
                "Psych bed request - adult, involuntary hold", D(4, 16, 7, 12), """Requesting an inpatient behavioral health bed.

Patient: Darius Lennox, 34M, Greyhill MRN GH0051907
Bipolar I, current episode manic with psychotic features. Off lithium x 3 wks,
not slept in 4 days, paranoid. Placed on 72-hour emergency hold 0410.
Given olanzapine 10 mg IM 0430. Medically cleared: labs, UDS negative,
lithium level < 0.1.
Needs secure transport; Bluewater BLS with police escort available.

Dr. L. Banerjee, 555-0171""")


# ------------------------------------------- urgent care / retail / telehealth --
@M("none", "waittime-widget-release", "software release notes for a wait-time widget (mentions check-in, chief complaint fields)", trap=True)
def _():
    return mail(("QuickCare IT", "it@" + QC), [("Clinic Managers", "managers@" + QC)],
                "Release 4.12 - online check-in and wait-time widget", D(3, 3, 17, 30), """Release 4.12 goes live Thursday after close.

- Wait-time widget now updates every 2 minutes instead of 10.
- Online check-in collects "reason for visit" from a pick list (cough/cold,
  injury, rash, UTI symptoms, other) instead of free text, to keep
  sensitive detail out of the queue board.
- The lobby board shows first name + last initial only.
- Fixed: DOB field rejected 02/29 dates.
- Known issue: Spanish translation of the SMS "you're next" text pending.

Rollback plan in ticket CHG-20417.""")


@M("none", "telehealth-platform-release-notes", "telehealth platform release notes (e-prescribing, visit notes, HIPAA logging); no patient", trap=True)
def _():
    html = """<html><body style="font-family:Segoe UI,Arial">
<h3>Vitalink Provider App 9.3 - release notes</h3>
<ul>
<li>E-prescribing: controlled-substance prescriptions now require a second factor on every signing (EPCS).</li>
<li>Visit notes: templates for sinusitis, UTI, conjunctivitis and contraception consults updated to the 2026 guidelines.</li>
<li>Audit log: every chart open is logged with user, time and reason.</li>
<li>Interpreter button adds a LinguaBridge audio interpreter to a live visit in 20 languages.</li>
<li>Bug fix: waiting room timer no longer resets when the patient's network drops.</li>
</ul>
<p>Questions: support@vitalink.example.com</p></body></html>"""
    return mail(("Vitalink Product", "product@" + VL), [("Vitalink Clinicians", "clinicians@" + VL)],
                "Provider App 9.3 is live", D(4, 7, 19, 0), H(html), client="system")


@M("none", "vacuna-gripe-farmacia-volante", "Spanish retail-clinic flu and COVID vaccine flyer; no individual", lang="es", trap=True)
def _():
    return mail(("Minute Lane Clínicas", "avisos@" + ML), "vecinos@lists.minutelane.example.com",
                "Vacunas sin cita este sábado", D(10, 2, 9, 0), T("""¡Hola!

Este sábado de 9:00 a 15:00 en Minute Lane (dentro de Farmacia Plaza):
  • Vacuna contra la gripe para mayores de 6 meses
  • Refuerzo de COVID-19 actualizado
  • Vacuna contra el VRS para mayores de 60 años y embarazadas (32-36 semanas)

La mayoría de los seguros cubren el costo. Traiga su tarjeta del seguro.
Información: 555-0120

Para no recibir más avisos responda BAJA.""", cte="quoted-printable"), client="system", lang_hdr="es")


@M("none", "repavimentacion-estacionamiento-es", "Spanish facilities notice about parking", lang="es", trap=False)
def _():
    return mail(("QuickCare Mantenimiento", "facilities@" + QC), [("Personal Eastside", "eastside@" + QC)],
                "Repavimentación del estacionamiento el domingo", D(5, 6, 14, 0), T("""El estacionamiento de Eastside se repavimenta el domingo de 6:00 a 16:00.
El personal debe estacionarse en el lote de la iglesia en la calle Elm; los
pacientes usarán la primera fila. Los conos se colocan el sábado por la noche.""", cte="quoted-printable"), lang_hdr="es-US")


@M("none", "xray-tech-iskedyul-tl", "Tagalog staff schedule with phone numbers; no patient", lang="tl", trap=True)
def _():
    return mail(("Rowena Dizon", "rdizon@" + QC), [("Radiology Techs", "xray@" + QC)],
                "Iskedyul ng X-ray techs - Mayo", D(4, 25, 20, 15), """Hi team,

Ito ang iskedyul para sa Mayo. Pakitingnan kung may mali bago mag-Miyerkules.

  Lunes-Miyerkules   Jun Bautista   555-0121
  Huwebes-Biyernes   Liza Manalo    555-0122
  Sabado-Linggo      Rowena Dizon   555-0123 (on-call din)

Kapag may pasyenteng kailangan ng CT, i-refer sa Brightline Imaging.
Salamat po!

Rowena""", client="gmail", lang_hdr="tl")


@M("none", "secure-message-waiting-notice", "portal notice that a message is waiting; no care named", trap=True)
def _():
    return mail(("Vitalink", "no-reply@" + VL), [("Priscilla Nguyen", "pnguyen@" + PM)],
                "You have a new secure message", D(4, 19, 8, 2), """Hi Priscilla,

You have a new secure message in your Vitalink account. For your privacy we
don't include message contents in e-mail.

Sign in: https://app.vitalink.example.com/messages

Vitalink Telehealth""", client="system")


@M("none", "prep-service-launch-promo", "marketing for a telehealth PrEP service; no individual", trap=True)
def _():
    return mail(("Vitalink", "hello@" + VL), "subscribers@lists.vitalink.example.com",
                "New: PrEP from home, with lab kits by mail", D(6, 1, 10, 0), ALT(
        "PrEP from home. Vitalink clinicians can now prescribe HIV PrEP after a video visit, with at-home HIV and kidney test kits every 3 months. Most plans cover PrEP at $0. Learn more: https://vitalink.example.com/prep",
        "<html><body><h2>PrEP from home</h2><p>Vitalink clinicians can now prescribe HIV PrEP after a video visit, with at-home HIV and kidney test kits every 3 months.</p><p>Most plans cover PrEP at $0.</p><p><a href=\"https://vitalink.example.com/prep\">Learn more</a></p></body></html>"), client="system")


@M("none", "contraception-launch-press-release", "press release about a contraception telehealth service", trap=True)
def _():
    return mail(("Vitalink Communications", "press@" + VL), [("Health Desk", "healthdesk@metro-news.example.com")],
                "PRESS RELEASE: Vitalink adds birth control and emergency contraception visits in 14 states", D(5, 12, 7, 0), """FOR IMMEDIATE RELEASE

Vitalink Telehealth today launched contraception visits in 14 states. Patients
can start or renew the pill, patch or ring after a short questionnaire and a
clinician review, and order emergency contraception for next-day delivery.
IUD and implant referrals go to local partner clinics.

"Birth control shouldn't wait for a three-week appointment," said CMO Dr.
Helen Marsh.

Media contact: press@vitalink.example.com, 555-0131""")


@M("none", "self-pay-price-list", "self-pay price list with CPT codes; no individual", trap=True)
def _():
    return mail(("QuickCare Billing", "billing@" + QC), [("Front Desk", "frontdesk@" + QC)],
                "2026 self-pay prices (print for the window)", D(1, 5, 8, 0), MIX(T("New self-pay list attached; please replace the laminated one."), CSV("""service,cpt,self_pay_usd
Established visit level 3,99213,125
New visit level 3,99203,150
Rapid strep,87880,25
Rapid flu A/B,87804,35
COVID-19 antigen,87811,35
Urinalysis dip,81002,15
X-ray wrist 2 views,73100,85
Laceration repair simple <2.5 cm,12001,210
Tetanus Tdap,90715,70
""", "selfpay_2026.csv")))


@M("none", "panne-plateforme-teleconsultation-fr", "French IT incident notice for a telehealth platform", lang="fr", trap=True)
def _():
    return mail(("Vitalink Statut", "statut@" + VL), [("Médecins partenaires", "partenaires-fr@" + VL)],
                "Incident résolu : vidéo indisponible 14h05-14h50", D(3, 24, 15, 10, tz="+0100"), T("""Bonjour,

Entre 14h05 et 14h50 (heure de Paris), la vidéo des téléconsultations était
indisponible en raison d'une panne chez notre hébergeur. Les consultations
ont basculé en audio. Aucune donnée de santé n'a été exposée.

Les ordonnances émises pendant l'incident sont valides. Détails :
https://status.vitalink.example.com/incidents/2026-0324

L'équipe Vitalink""", cte="quoted-printable"), client="system", lang_hdr="fr")


@M("none", "app-update-notice-ko", "Korean app update notice for a telehealth app", lang="ko", trap=True)
def _():
    return mail(("바이탈링크", "notice@" + VL), "users-ko@lists.vitalink.example.com",
                "바이탈링크 앱 업데이트 안내 (v9.3)", D(4, 8, 10, 0, tz="+0900"), T("""안녕하세요, 바이탈링크입니다.

앱 v9.3 업데이트 내용을 안내드립니다.
 - 진료 대기실 화면 개선
 - 처방전 PDF 다운로드 기능 추가
 - 의료 통역 연결 버튼 (한국어 포함 20개 언어)

개인 진료 정보는 이메일로 보내지 않습니다.
감사합니다.""", cte="base64"), client="system", lang_hdr="ko")


@M("none", "licensure-renewal-clinician", "a clinician's own license and NPI renewal reminder; no health content", trap=True)
def _():
    return mail(("Vitalink Credentialing", "credentialing@" + VL), [("Jasmine Carter, NP", "jcarter@" + VL)],
                "Action needed: state license renewals due 6/30", D(5, 20, 9, 0), """Hi Jasmine,

Our records show these expire 6/30/2026:
  NH APRN license 084-1127
  VT APRN license 101.0099331
  NPI on file: %s (no action; just confirm)
  DEA: %s (renewal 2027)

Upload renewals in the credentialing portal. Visits in those states will be
paused on 7/1 if we don't have them.

Credentialing team, 555-0132""" % (npi("172044851"), dea("FC", "394812")), client="system")


@M("none", "antigen-test-kit-order-lots", "supply order confirmation with lot numbers and quantities", trap=True)
def _():
    return mail(("Northgate Medical Supply", "orders@" + NG), [("QuickCare Purchasing", "purchasing@" + QC)],
                "Order SO-118842 shipped", D(1, 15, 13, 0), """Order SO-118842 shipped via Swiftlane, tracking SWL 7730 4412 9981.

QTY  ITEM                                   LOT        EXP
 40  COVID-19/Flu A&B antigen test, 25/bx   CF2511A    2027-02
 20  Rapid strep A cassette, 25/bx          STR0926    2026-12
 10  Urine hCG cassette, 50/bx              HCG4410    2027-05
  6  Nitrile gloves M, 10x100               GL-M-7781  2030-01

Invoice to follow. Northgate Customer Care 555-0135""", client="system")


@M("none", "visit-summary-merge-template", "visit-summary template with placeholders only", trap=True)
def _():
    return mail(("QuickCare EHR Team", "ehr@" + QC), [("Dr. Felix Amari", "famari@" + QC)],
                "Draft: new after-visit summary template", D(2, 11, 16, 20), """Felix, draft for your review:

  Dear {{patient.first_name}},
  Thank you for visiting QuickCare {{location}} on {{visit.date}}.
  Today you were seen for: {{visit.diagnoses}}
  Medications prescribed: {{rx.list}}
  Follow up with: {{followup.provider}} in {{followup.interval}}
  If your symptoms get worse, call 555-0124 or go to the nearest ED.

Any fields missing?""")


@M("phi", "xray-your-results-no-fracture", "addressed to the patient about their wrist X-ray result and follow-up")
def _():
    return mail(("QuickCare Urgent Care", "results@" + QC), [("Owen Pratt", "owen.pratt@" + PM)],
                "Your X-ray result from QuickCare Eastside", D(4, 4, 18, 22), """Hi Owen,

The radiologist's final read of your left wrist X-ray from Saturday shows no
fracture. The swelling is most likely a sprain. Keep the splint on for a week,
ice 20 minutes at a time, and ibuprofen as we discussed. If you still have pain
over the thumb side (the "snuffbox") in 10 days, we'd like to repeat the X-ray
because some scaphoid fractures don't show at first.

Dr. Felix Amari, QuickCare Eastside, 555-0124""")


@M("phi", "retail-clinic-strep-visit-summary", "named patient's visit summary: positive strep, amoxicillin")
def _():
    return mail(("Minute Lane Clinic", "visits@" + ML), [("Beth Landry", "beth.landry@" + PM2)],
                "Visit summary for Noah Landry", D(2, 21, 12, 40), """Visit summary - Minute Lane at Farmacia Plaza, 02/21/2026

Patient: Noah Landry (DOB 06/03/2017)
Reason: sore throat, fever 101.8
Rapid strep: POSITIVE
Diagnosis: streptococcal pharyngitis
Prescribed: amoxicillin 400 mg/5 mL, 10 mL twice daily for 10 days
School: may return after 12 hours of antibiotics and no fever.

Nurse practitioner: Carla Deems, FNP""", client="system")


@M("phi", "html-only-sinusitis-visit", "HTML-only telehealth visit note to the patient: diagnosis and prescription")
def _():
    html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hi Marcus,</p>
<p>Here is a summary of your video visit today.</p>
<table cellpadding="4">
<tr><td><b>Clinician</b></td><td>Jasmine Carter, NP</td></tr>
<tr><td><b>Diagnosis</b></td><td>Acute bacterial sinusitis (symptoms 12 days, worsening)</td></tr>
<tr><td><b>Prescription</b></td><td>Amoxicillin-clavulanate 875/125 mg twice daily x 7 days, sent to Corner Drug, Main St</td></tr>
<tr><td><b>Also</b></td><td>Saline rinses, fluticasone nasal spray</td></tr>
</table>
<p>If you get a high fever, swelling around the eye or a severe headache, go to an emergency department.</p>
<p>Vitalink Telehealth</p></body></html>"""
    return mail(("Vitalink Visit Summary", "visits@" + VL), [("Marcus Oyelaran", "moyelaran@" + PM)],
                "Your visit summary", D(3, 9, 20, 17), H(html, cte="quoted-printable"), client="system")


@M("phi", "consulta-infeccao-urinaria-pt", "Portuguese notice to the patient naming the reason for their visit (urinary infection symptoms)", lang="pt")
def _():
    return mail(("Vitalink", "no-reply@" + VL), [("Graça Ahn", "graca.ahn@" + PM2)],
                "Sua consulta por infecção urinária começa em 10 minutos", D(5, 14, 7, 50), T("""Graça, a clínica vai entrar na sua consulta por vídeo sobre sintomas de
infecção urinária às 8h00. Tenha em mãos um documento com foto e o nome da
sua farmácia.

Entrar: https://app.vitalink.example.com/v/7KQ2-M9

Responda SAIR para não receber lembretes.""", cte="quoted-printable"), client="system", lang_hdr="pt-BR")


@M("phi", "resultados-urgencias-qp-es", "Spanish, quoted-printable: urgent-care results to the named patient (pneumonia on X-ray, antibiotic)", lang="es")
def _():
    return mail(("QuickCare Urgencias", "resultados@" + QC), [("Rosa Elena Mejía", "rosaelena.mejia@" + PM)],
                "Sus resultados de QuickCare", D(1, 28, 19, 5), T("""Estimada Sra. Mejía:

La radiografía de tórax que le tomamos hoy muestra una neumonía en el pulmón
derecho. La prueba de influenza salió negativa. El Dr. Amari le recetó
azitromicina 500 mg el primer día y 250 mg del día 2 al 5, enviada a la
farmacia de la calle Elm.

Si tiene dificultad para respirar, fiebre de más de 39 °C o labios morados,
vaya a urgencias de inmediato. Control en 48 horas: 555-0124.

QuickCare Urgent Care""", cs="iso-8859-1", cte="quoted-printable"), client="system", name_cs="iso-8859-1", name_mode="Q", subj_cs="iso-8859-1", lang_hdr="es")


@M("phi", "retorno-teleconsulta-pt", "Portuguese reply from a named patient about blood-pressure medication started at a video visit", lang="pt")
def _():
    orig = """Olá Sr. Bruno,

Na consulta de hoje iniciamos losartana 50 mg, uma vez ao dia. Por favor
meça a pressão de manhã e à noite por 2 semanas e nos envie os valores.

Jasmine Carter, NP - Vitalink"""
    return mail(("Bruno Tavares", "bruno.tavares@" + PM2), [("Jasmine Carter, NP", "jcarter@" + VL)],
                "Re: Sua consulta de hoje - pressão alta", D(3, 30, 21, 40), T("""Boa noite, Jasmine.

Seguem as medidas desta semana: manhã 148/92, 144/90, 139/88; noite 150/95,
141/89. Estou tomando a losartana todo dia depois do café. Tive um pouco de
tontura no segundo dia, mas passou. Devo continuar com a mesma dose?

Obrigado,
Bruno

Em 23 de mar. de 2026, Jasmine Carter escreveu:
""" + quote(orig), cte="quoted-printable"), client="gmail", irt="<CA+q7Kd2w9vLx3mR0pT@mail.vitalink.example.com>", lang_hdr="pt")


@M("phi", "docx-discharge-instructions-only", "the DOCX attachment holds the named patient's laceration repair instructions; body is generic")
def _():
    return mail(("QuickCare Northside", "northside@" + QC), [("Ilse Brandt", "ilse.brandt@" + PM)],
                "Documents from today", D(4, 26, 15, 44), MIX(T("Hello, please see the attached document from your visit today.\n\nQuickCare Northside\n555-0125"), DOCX([
        "QUICKCARE NORTHSIDE - DISCHARGE INSTRUCTIONS",
        "Patient: Ilse Brandt   DOB 01/17/1979   Visit 04/26/2026",
        "Diagnosis: 3 cm laceration, left forearm (kitchen knife). Repaired with 5 nylon sutures.",
        "Tetanus: Tdap given today.",
        "Suture removal in 7-10 days. Keep dry 24 hours, then wash gently.",
        "Return for redness spreading, pus, fever or numbness of the fingers.",
    ], "Discharge_Instructions.docx")))


@M("phi", "display-name-only-fracture-followup", "borderline: a generic survey; the care shows only in the To display name (fracture follow-up, account number)")
def _():
    return mail(("QuickCare Billing", "billing@" + QC), [("Thomas Abara (acct 77120 - ankle fx f/u ortho)", "tabara@" + PM2)],
                "How did we do?", D(3, 3, 10, 0), """Thank you for choosing QuickCare. Please take our 2-minute survey:
https://survey.quickcare-uc.example.com/s/2026

QuickCare Urgent Care""", client="system")


@M("phi", "quoted-reply-cast-scheduling", "reply 'will schedule' over a quoted message naming the patient, fracture and ortho referral")
def _():
    orig = """Front desk - please book Emma Kowalczyk (DOB 8/22/2011) with Halden Ortho
this week for her R distal radius buckle fracture. Splinted today, needs a cast.
Mom's cell 555-0126.
- Dr. Amari"""
    return mail(("Tess Morgan", "tmorgan@" + QC), [("Dr. Felix Amari", "famari@" + QC)],
                "RE: ortho referral", D(3, 17, 9, 12), "Will schedule this morning and call mom.\n\nTess\n\n-----Original Message-----\nFrom: Felix Amari\nSent: Monday, March 16, 2026 6:55 PM\nTo: Front Desk\nSubject: ortho referral\n\n" + orig)


@M("phi", "covid-positive-work-note-employer", "work note to an employer naming an employee with a positive COVID test")
def _():
    return mail(("QuickCare Occupational Desk", "occdesk@" + QC), [("HR - Delmont Logistics", "hr@delmont.example.com")],
                "Work status: Luis Carrasco", D(1, 9, 11, 11), """Delmont HR,

Your employee Luis Carrasco (employee ID D-20931) was seen today and tested
positive for COVID-19 (antigen). He should not return to the warehouse before
01/14/2026 and only if fever-free for 24 hours without medication.

QuickCare Urgent Care, 555-0127""")


@M("phi", "base64-wound-recheck-body", "base64 body: named patient's wound recheck with cellulitis and antibiotic change")
def _():
    return mail(("Dr. Felix Amari", "famari@" + QC), [("Wound Clinic", "woundclinic@" + SB)],
                "Referral", D(2, 4, 17, 3), T("""Wound clinic,

Referring Harold Ebbers (DOB 10/09/1956) for a non-healing shin wound after a
fall on ice 3 weeks ago. Cellulitis improving on cephalexin but wound bed is
sloughy, 4 x 2.5 cm. Diabetic, A1c 8.9 last month. Switched to
doxycycline today for MRSA cover. Please see within a week.

Felix Amari, MD""", cte="base64"), client="tbird")


@M("phi", "ics-telehealth-visit-with-reason", "calendar attachment only: named patient's telehealth visit for a medication follow-up")
def _():
    ics = """BEGIN:VCALENDAR
PRODID:-//Vitalink//Scheduler 3.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:vl-appt-558201@vitalink.example.com
DTSTAMP:20260410T120000Z
DTSTART:20260414T150000Z
DTEND:20260414T152000Z
SUMMARY:Video visit - Walter Brennan - warfarin INR follow-up
DESCRIPTION:Patient Walter Brennan (DOB 1948-03-02). INR 3.8 on 4/9\\, dos
 e held x1. Recheck plan and new dose with Dr. Osei.
ORGANIZER;CN=Vitalink Scheduling:mailto:scheduling@vitalink.example.com
ATTENDEE;CN=Walter Brennan:mailto:wbrennan@mail.example.net
END:VEVENT
END:VCALENDAR"""
    return mail(("Vitalink Scheduling", "scheduling@" + VL), [("Walter Brennan", "wbrennan@" + PM)],
                "Invitation: Video visit Tue Apr 14", D(4, 10, 8, 0), MIX(T("You're invited to a video visit. Add it to your calendar with the attachment."), ICS(ics, attach=True, filename="visit.ics")), client="system")


@M("phi", "sms-dad-kidney-stone-urgent-care", "borderline: phone-typed family mail; 'Dad' identifiable through the family names, kidney stone and CT at urgent care")
def _():
    return mail(("Jenna Holloway", "jenna.holloway@" + PM), [("Mark Holloway", "mark.h@" + PM2)],
                "dad", D(4, 2, 13, 37), T("""at quickcare w dad. they think kidney stone, 6mm on the ct. gave him toradol
and flomax rx, if it doesnt pass in a week urology. he says dont tell mom yet
lol. ill drive him home

Sent from my iPhone""", flowed=True), client="iphone")


@M("restricted", "telepsych-sertraline-dose-change", "mental health: named patient's telepsychiatry follow-up for depression with sertraline dose change", cat="mental health")
def _():
    return mail(("Dr. Ama Osei", "aosei@" + VL), [("Kendra Lyle", "kendra.lyle@" + PM)],
                "After your follow-up today", D(3, 31, 17, 55), """Hi Kendra,

As we discussed, your PHQ-9 went from 19 to 14 on sertraline 50 mg. We'll
increase to 100 mg daily starting tomorrow; the new prescription is at your
pharmacy. Keep your weekly sessions with your therapist. If you have thoughts
of harming yourself, call or text 988 any time.

Next video visit: 4 weeks.

Dr. Ama Osei, Psychiatry, Vitalink Behavioral Health""")


@M("restricted", "telehealth-naltrexone-alcohol", "substance-use treatment: named patient on naltrexone for alcohol use disorder via telehealth", cat="substance-use treatment")
def _():
    return mail(("Vitalink Recovery Care", "recovery@" + VL), [("Peter Doyle", "pdoyle@" + PM2)],
                "Your monthly check-in", D(5, 5, 9, 30), ALT("""Hi Peter,

Thanks for completing your check-in. You reported 2 heavy drinking days this
month, down from 11 before you started naltrexone 50 mg. Your liver panel from
April was normal. Your refill was sent to Meridian Specialty Pharmacy.

Your care team""", """<p>Hi Peter,</p><p>Thanks for completing your check-in. You reported 2 heavy drinking days this month, down from 11 before you started naltrexone 50 mg. Your liver panel from April was normal. Your refill was sent to Meridian Specialty Pharmacy.</p><p>Your care team</p>"""), client="system")


@M("restricted", "prep-refill-labs-due", "HIV: named patient's PrEP refill blocked until the quarterly HIV test", cat="HIV")
def _():
    return mail(("Vitalink PrEP Team", "prep@" + VL), [("Andre Mattis", "amattis@" + PM)],
                "Your PrEP refill - lab kit needed first", D(6, 9, 10, 15), """Hi Andre,

Your emtricitabine/tenofovir (PrEP) refill is due 6/20. Before we can send it,
we need your 3-month HIV and creatinine results. Your home kit shipped today
(Swiftlane tracking SWL 7730 5518 2204). Mail it back by 6/15.

Vitalink PrEP Team""", client="system")


@M("restricted", "birth-control-rx-renewal", "reproductive health: named patient's contraceptive prescription renewal", cat="reproductive health")
def _():
    return mail(("Vitalink", "no-reply@" + VL), [("Sofia Lindgren", "sofia.lindgren@" + PM2)],
                "Your birth control prescription was renewed", D(4, 28, 12, 0), """Hi Sofia,

Jasmine Carter, NP reviewed your questionnaire and blood pressure reading
(118/76) and renewed your norgestimate/ethinyl estradiol for 12 months. Your
first 3-month pack ships in 2 days.

Vitalink""", client="system")


@M("restricted", "chlamydia-result-treatment", "reproductive health (STI result): named patient's positive chlamydia test and treatment", cat="reproductive health")
def _():
    return mail(("Dr. Felix Amari", "famari@" + QC), [("Caleb Whitford", "cwhitford@" + PM)],
                "Your lab result", D(3, 13, 16, 8), """Caleb,

Your urine test from Tuesday was positive for chlamydia and negative for
gonorrhea. I've sent doxycycline 100 mg twice daily for 7 days to your pharmacy.
Please avoid sex until 7 days after finishing, and let recent partners know so
they can be tested; we can give you a partner prescription if you'd like.

Dr. Amari, QuickCare""")


@M("restricted", "aborto-medicamento-seguimiento-es", "reproductive health (pregnancy termination): Spanish follow-up after a named patient's medication abortion", lang="es", cat="reproductive health")
def _():
    return mail(("Vitalink Salud Reproductiva", "salud@" + VL), [("Daniela Ortega", "daniela.ortega@" + PM)],
                "Seguimiento de su tratamiento", D(5, 19, 11, 0), T("""Hola Daniela:

Han pasado 10 días desde que tomó la mifepristona y el misoprostol. Según lo que
nos contó ayer (sangrado que ya disminuyó) y la prueba de embarazo de orina
que se hará el 2 de junio, el tratamiento parece completo. Si la prueba sale
positiva o tiene fiebre, escríbanos.

Si quiere empezar un método anticonceptivo, podemos hablarlo en la próxima cita.

Equipo de Vitalink""", cte="quoted-printable"), client="system", lang_hdr="es")


@M("restricted", "genetic-counselling-invite-ics", "genetic: calendar invite for a named patient's hereditary cancer genetic counselling session", cat="genetic")
def _():
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260521T140000Z
DTEND:20260521T150000Z
DTSTAMP:20260512T093000Z
ORGANIZER;CN=Hana Kobayashi MS CGC:mailto:hkobayashi@vitalink.example.com
UID:1c0e55a2b7gc@vitalink.example.com
ATTENDEE;CN=Lauren Becker;RSVP=TRUE:mailto:lbecker@inbox.example.com
SUMMARY:Genetic counselling - Lauren Becker - BRCA2 result disclosure
DESCRIPTION:Pre-test done 4/30. Discuss BRCA2 result\\, cascade testing for
  sister and mother\\, screening plan.
LOCATION:Vitalink video room
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return mail(("Hana Kobayashi", "hkobayashi@" + VL), [("Lauren Becker", "lbecker@" + PM2)],
                "Invitation: Genetic counselling @ Thu May 21, 10am", D(5, 12, 9, 30),
                Part("multipart/mixed", parts=[Part("multipart/alternative", parts=[
                    T("You have been invited to an event.\nThu May 21, 10am - 11am (EDT)\nVitalink video room"),
                    H("<html><body><p>You have been invited to an event.</p><p><b>Thu May 21, 10am - 11am (EDT)</b></p><p>Vitalink video room</p></body></html>"),
                    ICS(ics)]), ICS(ics, attach=True, filename="invite.ics")]), client="gmail")


# ------------------------------------------------- poison control / travel --
@M("none", "mushroom-season-advisory", "public poison-center advisory with symptoms and antidotes; no individual", trap=True)
def _():
    return mail(("Tri-County Poison Center", "outreach@" + PC), "partners@lists.tricountypoison.example.org",
                "Advisory: wild mushroom exposures rising", D(9, 8, 10, 0), """PUBLIC ADVISORY

Calls about wild mushroom ingestion doubled in the last two weeks (23 calls,
4 hospital admissions, mostly adults foraging). Amanita species can cause
delayed vomiting and diarrhea 6-12 hours after eating, then liver injury.

Clinicians: call us early. Silibinin and N-acetylcysteine protocols are
available 24/7. Do not rely on phone apps to identify mushrooms.

Poison Help: 1-800-555-0110""", client="system")


@M("none", "giftnotruf-jahresbericht-de", "German poison-centre annual report with aggregate call statistics", lang="de", trap=True)
def _():
    return mail(("Giftinformationszentrum Nordsee", "info@giz-nordsee.example.de.test"), [("Kooperationspartner", "partner@giz-nordsee.example.de.test")],
                "Jahresbericht 2025: 41.200 Anfragen", D(3, 2, 9, 0, tz="+0100"), T("""Sehr geehrte Damen und Herren,

anbei die wichtigsten Zahlen unseres Jahresberichts 2025:

  Anfragen gesamt ........... 41.200
  davon Kinder unter 6 J. ... 17.350 (42 %)
  Arzneimittel .............. 38 %
  Haushaltschemikalien ...... 21 %
  Pflanzen und Pilze ......... 9 %
  Schwere Verläufe ............ 312

Der vollständige Bericht steht unter https://giz-nordsee.example.de.test/bericht2025
bereit. Personenbezogene Daten sind nicht enthalten.

Mit freundlichen Grüßen
Dr. Jana Lüttke, Leiterin""", cs="iso-8859-1", cte="quoted-printable"), client="outlook", lang_hdr="de-DE")


@M("none", "toxicology-grand-rounds-invite", "CME calendar invite on toxicology topics", trap=True)
def _():
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000D0A1B2C3@tricountypoison.example.org
DTSTAMP:20260301T150000Z
DTSTART:20260318T120000Z
DTEND:20260318T130000Z
SUMMARY:Tox Grand Rounds: xylazine\\, nitazenes and the naloxone-resistant patient (1.0 CME)
LOCATION:Teams
ORGANIZER;CN=Tri-County Poison Center:mailto:education@tricountypoison.example.org
END:VEVENT
END:VCALENDAR"""
    return mail(("Tri-County Poison Center", "education@" + PC), [("ED Physicians", "ed-physicians@" + SB)],
                "Tox Grand Rounds: xylazine, nitazenes (1.0 CME)", D(3, 1, 10, 0),
                Part("multipart/alternative", parts=[T("Join us for Tox Grand Rounds, March 18, noon. 1.0 AMA PRA Category 1 credit."), ICS(ics)]))


@M("none", "zahar-jagrukta-saptah-hi", "Hindi community notice for poison-prevention week; no individual", lang="hi", trap=True)
def _():
    return mail(("Tri-County Poison Center", "outreach@" + PC), "hindi-community@lists.tricountypoison.example.org",
                "ज़हर रोकथाम सप्ताह - मुफ़्त सुरक्षा किट", D(3, 16, 11, 0), T("""नमस्ते,

ज़हर रोकथाम सप्ताह (16-22 मार्च) में मंदिर सभागार में मुफ़्त बाल-सुरक्षा किट बाँटी जाएँगी।
 • दवाइयाँ बच्चों की पहुँच से दूर रखें
 • सफ़ाई के रसायन मूल बोतल में ही रखें
 • बटन बैटरी निगलना बहुत ख़तरनाक है

ज़हर हेल्पलाइन 24 घंटे: 1-800-555-0110 (हिंदी दुभाषिया उपलब्ध)""", cte="base64"), client="system", lang_hdr="hi")


@M("none", "yellow-fever-vaccine-stock", "clinic announcement about yellow fever vaccine supply and certificates; no individual", trap=True)
def _():
    return mail(("Wayfarer Travel Health", "clinic@" + WF), "travellers@lists.wayfarerhealth.example.com",
                "Yellow fever vaccine back in stock", D(2, 10, 9, 0), """Yellow fever vaccine is back in stock at our Midtown and Airport clinics.
Book at least 10 days before travel; the International Certificate of
Vaccination becomes valid 10 days after the dose. We also stock typhoid,
Japanese encephalitis, rabies pre-exposure and cholera vaccines, and offer
malaria prophylaxis consults.

Book online: https://wayfarerhealth.example.com/book  |  555-0110""", client="system")


@M("none", "boletim-dengue-viajantes-pt", "Portuguese travel-health newsletter on dengue and chikungunya", lang="pt", trap=True)
def _():
    return mail(("Wayfarer Saúde do Viajante", "boletim@" + WF), "boletim-pt@lists.wayfarerhealth.example.com",
                "Boletim: dengue no Nordeste e a nova vacina", D(1, 20, 8, 0), T("""Boletim mensal para viajantes

- Casos de dengue aumentaram no Nordeste do Brasil neste verão.
- A vacina contra a dengue (duas doses, intervalo de 3 meses) está disponível
  para maiores de 4 anos que já tiveram dengue; consulte um médico.
- Chikungunya: use repelente com DEET 20-30 % e roupas compridas.
- Febre ao voltar de viagem? Procure atendimento e informe onde esteve.

Wayfarer Travel Health - https://wayfarerhealth.example.com/pt""", cs="iso-8859-1", cte="quoted-printable"), client="system", subj_cs="iso-8859-1", name_cs="iso-8859-1", lang_hdr="pt")


@M("none", "tokou-wakuchin-ryoukin-ja", "Japanese travel-vaccine price list for a corporate client; no individual", lang="ja", trap=True)
def _():
    return mail(("ウェイファーラー・トラベルヘルス", "corporate@" + WF), [("山田 健一", "k.yamada@tokai-shoji.example.co.jp.test")],
                "海外赴任者向け予防接種料金表（2026年度）", D(4, 1, 10, 0, tz="+0900"), T("""山田様

いつもお世話になっております。2026年度の海外赴任者向け予防接種の料金表をお送りします。

  A型肝炎（1回）        12,000円
  B型肝炎（1回）         8,000円
  狂犬病（曝露前・1回）  18,000円
  腸チフス               14,000円
  日本脳炎                9,000円
  黄熱（証明書含む）     22,000円

ご予約は 03-555-0142 までお電話ください。
よろしくお願いいたします。""", cs="iso-2022-jp", cte="7bit"), client="outlook", name_cs="iso-2022-jp", subj_cs="iso-2022-jp", lang_hdr="ja-JP")


@M("none", "vaccine-fridge-excursion-log", "vaccine refrigerator temperature excursion with lots; no patient", trap=True)
def _():
    return mail(("TempWatch Monitor", "alerts@tempwatch.example.net"), [("Wayfarer Airport Clinic", "airport@" + WF)],
                "ALERT: Fridge 2 above 8.0 C for 47 min", D(2, 22, 3, 12), """Sensor FR2-AIRPORT reported 9.4 C at 02:25, back below 8.0 C at 03:12.
Excursion duration 47 min, max 9.4 C.

Contents per inventory: Typhoid Vi (lot TV0316), Hep A (lot HA2290), Rabies
(lot RB0051), JE (lot JE1107). Quarantine the stock, label DO NOT USE, and
call the manufacturers for stability data before use.

TempWatch - https://app.tempwatch.example.net""", client="system")


@M("none", "occ-health-employer-rate-sheet", "employer contract rate sheet (DOT physicals, drug screens, audiograms)", trap=True)
def _():
    return mail(("Ironworks Occupational Health", "sales@" + IW), [("Safety Manager - Harrow Steel", "safety@harrowsteel.example.net")],
                "2026 services and rates", D(1, 8, 15, 0), MIX(T("""Hi Glenn,

Attached is the 2026 rate sheet. Prices hold through December. Same-day
injury care, no appointment, 7am-7pm.

Nadia Petrov, Account Manager, 555-0120"""), PDF([
        "IRONWORKS OCCUPATIONAL HEALTH - EMPLOYER RATES 2026",
        "DOT physical (incl. urinalysis) ............ $95",
        "5-panel DOT drug screen, collection + MRO .. $62",
        "Breath alcohol test ........................ $35",
        "Audiogram (baseline or annual) ............. $40",
        "Respirator fit test + questionnaire ........ $55",
        "TB skin test (2 visits) .................... $30",
        "Injury care: billed to workers' comp carrier at state fee schedule",
    ], "Ironworks_Rates_2026.pdf", "Rates 2026")))


@M("none", "osha-300a-summary-aggregate", "OSHA 300A annual summary: aggregate injury counts, no names", trap=True)
def _():
    return mail(("Glenn Marsh", "safety@harrowsteel.example.net"), [("All Supervisors", "supervisors@harrowsteel.example.net")],
                "Post the 300A by Feb 1", D(1, 27, 7, 45), """Supervisors,

Our 2025 OSHA 300A summary must be posted Feb 1 - Apr 30 at both time clocks.
Totals: 14 recordable cases, 3 days-away cases (41 days), 5 restricted-duty
cases, 0 fatalities. Injury types: 9 injuries, 2 skin disorders, 1 hearing
loss, 2 other. Average employees 212, hours worked 431,880.

The 300 log itself has names - that stays locked in my office.

Glenn Marsh, Safety Manager, 555-0130""", client="outlook")


@M("none", "concussion-policy-coaches-memo", "college sports-medicine policy memo to coaches; no individual", trap=True)
def _():
    return mail(("Halden Sports Medicine", "sportsmed@" + HC), [("Head Coaches", "coaches@" + HC)],
                "Updated concussion protocol - acknowledgment due", D(8, 3, 9, 0), """Coaches,

The 2026-27 concussion management plan is posted. Key changes:
  - Any athlete with suspected concussion is removed the same day; no return
    that day under any circumstances.
  - Return-to-learn comes before return-to-play.
  - Baseline testing for all contact and collision sports by Aug 20.
  - The team physician makes the final clearance decision, not the coach.

Sign the acknowledgment in the portal by Aug 15.

Dr. Wes Tamura, Head Team Physician""")


@M("none", "athletic-trainer-job-posting", "job posting for an athletic trainer", trap=True)
def _():
    return mail(("Rivermouth FC", "jobs@" + RFC), "jobs-list@sportsmed-jobs.example.org",
                "Job: Assistant Athletic Trainer (full time)", D(6, 15, 12, 0), """Rivermouth FC seeks an assistant athletic trainer (ATC, state license,
BLS). Duties: daily injury evaluation and rehab, game and travel coverage,
concussion baselines, documentation in the club's EMR, coordination with the
team physician and Halden Sports Medicine. Salary $54-60k.

Apply by July 10: jobs@rivermouthfc.example.net""", client="system")


@M("none", "preparticipation-physical-days", "schedule of team physical days by sport; no individual", trap=True)
def _():
    return mail(("Halden Sports Medicine", "sportsmed@" + HC), [("Team Captains", "captains@" + HC)],
                "Physicals schedule - August", D(7, 20, 14, 0), """Pre-participation physicals, Fieldhouse Room 112:

  Aug 10  Football (A-L 8am, M-Z 1pm)
  Aug 11  Men's and women's soccer
  Aug 12  Volleyball, cross country
  Aug 13  Wrestling (weigh-in certification same day), basketball

Bring your insurance card and the completed history form. New athletes also
need the sickle cell trait documentation form (test or signed waiver).
Questions: 555-0140""", client="outlook")


@M("phi", "toddler-acetaminophen-followup-call", "poison-center follow-up note naming a child, ingestion and acetaminophen level")
def _():
    return mail(("Specialist in Poison Information", "spi@" + PC), [("Pediatric ED", "peds-ed@" + SB)],
                "Case 26-11873 f/u - Aubrey Kim, 2y", D(3, 7, 22, 30), """Peds ED,

Following up on case 26-11873, Aubrey Kim, 2y F (DOB 01/04/2024), possible
ingestion of up to 10 x 160 mg chewable acetaminophen at ~1745. Mother Jae-eun
Kim called. 4-hour level drawn at 2150 per your RN: 62 mcg/mL, below the
treatment line. No NAC needed per our toxicologist Dr. Fenwick. OK to discharge
if LFTs normal; we'll call mom tomorrow at 555-0111.

Tri-County Poison Center""")


@M("phi", "mitti-tel-bachcha-poison-call-hi", "Hindi message to a named parent after a poison-center call about the child's kerosene ingestion", lang="hi")
def _():
    return mail(("Tri-County Poison Center", "spi@" + PC), [("Sunita Verma", "sunita.verma@" + PM)],
                "आपके बेटे आरव के बारे में - केस 26-12040", D(3, 22, 9, 15), T("""सुनीता जी,

कल रात आपके बेटे आरव वर्मा (3 वर्ष) ने मिट्टी का तेल निगला था। अस्पताल में छाती का एक्स-रे
सामान्य आया और ऑक्सीजन स्तर 98% रहा। अगले 24 घंटे में खाँसी, तेज़ साँस या बुख़ार हो तो
तुरंत आपातकालीन विभाग जाएँ। हम आज शाम 5 बजे फिर फ़ोन करेंगे।

टॉक्सिकोलॉजी नर्स, ट्राई-काउंटी पॉइज़न सेंटर, 555-0111""", cte="base64"), client="system", lang_hdr="hi")


@M("phi", "typhoid-hepa-travel-visit", "named traveller's vaccines given and malaria prescription")
def _():
    return mail(("Wayfarer Travel Health", "clinic@" + WF), [("Ingrid Solberg", "ingrid.solberg@" + PM2)],
                "Your travel visit record", D(2, 12, 16, 40), """Ingrid,

Record of today's visit (trip: Kenya and Tanzania, Mar 2-20):
  Given today: typhoid Vi (left deltoid), hepatitis A #1 (right deltoid)
  Prescribed: atovaquone-proguanil 250/100 mg daily, start 2 days before
    entering the malaria area, continue 7 days after leaving
  Yellow fever certificate: issued (vaccinated 2019, lifetime validity)
  Hep A #2 due in 6-12 months.

Wayfarer Travel Health, Midtown, 555-0110""", client="system")


@M("phi", "rabies-pep-monkey-bite-series", "named traveller bitten abroad; rabies immune globulin and vaccine schedule")
def _():
    return mail(("Dr. Priya Raman", "praman@" + WF), [("Caleb Ostrowski", "caleb.ostrowski@" + PM)],
                "Your rabies vaccine schedule", D(4, 9, 12, 5), """Caleb,

As discussed: monkey bite on your right hand in Bali on 4/6, no rabies
treatment there. Today (day 0) you received rabies immune globulin at the
wound and the first vaccine dose. Please come back on day 3 (4/12), day 7
(4/16) and day 14 (4/23). Missing a dose matters - call 555-0111 if you can't
make it.

Dr. Priya Raman, Wayfarer Travel Health""")


@M("phi", "paludisme-prophylaxie-fr", "French: named patient's malaria prophylaxis prescription and vaccine record before travel", lang="fr")
def _():
    return mail(("Dr. Priya Raman", "praman@" + WF), [("Amélie Fournier", "amelie.fournier@" + PM)],
                "Votre consultation voyage - Côte d'Ivoire", D(1, 14, 18, 0), T("""Bonjour Mme Fournier,

Suite à votre consultation d'aujourd'hui :
 - Vaccin contre la fièvre jaune : fait (certificat remis).
 - Méningite ACWY : faite.
 - Paludisme : doxycycline 100 mg, 1 comprimé par jour à commencer la veille
   du départ et jusqu'à 4 semaines après le retour. À prendre au milieu du
   repas, debout, pas avant le coucher.
 - En cas de fièvre pendant ou après le voyage, consultez sans attendre.

Bon voyage,
Dr Priya Raman, Wayfarer Travel Health""", cte="quoted-printable"), client="outlook", lang_hdr="fr-FR")


@M("phi", "work-status-laceration-employer", "work status report to employer: named employee's hand laceration, restrictions")
def _():
    return mail(("Ironworks Occupational Health", "workstatus@" + IW), [("Glenn Marsh", "safety@harrowsteel.example.net")],
                "Work status - Darnell Pickett - DOI 03/04/2026", D(3, 4, 14, 20), """WORK STATUS REPORT
Employee: Darnell Pickett    Employer: Harrow Steel Fabrication
Date of injury: 03/04/2026   Claim: pending
Diagnosis: 4 cm laceration, left palm (sheet-metal edge); 6 sutures.
Tetanus up to date.
Status: modified duty - no use of left hand, no gloves-on grip tasks, keep dry.
Next visit: 03/11/2026 for wound check / suture removal.

Ironworks Occupational Health, 555-0121""", client="system")


@M("phi", "wypadek-przy-pracy-pl", "Polish employer-clinic mail about a named worker's back injury, MRI and restrictions", lang="pl")
def _():
    return mail(("Agnieszka Nowak", "a.nowak@delmont.example.com"), [("Ironworks Occupational Health", "workstatus@" + IW)],
                "Pan Zbigniew Kaczmarek - rezonans i powrót do pracy", D(3, 26, 8, 30), T("""Dzień dobry,

piszę w sprawie naszego pracownika, pana Zbigniewa Kaczmarka (nr pracownika
D-18822), który 12 marca uszkodził plecy przy rozładunku. Lekarz z Państwa
przychodni skierował go na rezonans odcinka lędźwiowego; wynik pokazał
przepuklinę dysku L4-L5. Czy może wrócić do pracy przy lekkich zadaniach
(bez dźwigania powyżej 5 kg)? Potrzebujemy pisemnych zaleceń dla ubezpieczyciela.

Pozdrawiam,
Agnieszka Nowak, Kadry, Delmont Logistics""", cs="iso-8859-2", cte="quoted-printable"), client="outlook", subj_cs="iso-8859-2", lang_hdr="pl-PL")


@M("phi", "first-report-of-injury-pdf", "PDF text layer: named employee's workers' comp first report with injury and treatment")
def _():
    return mail(("Ironworks Occupational Health", "claims@" + IW), [("Tri-State Comp Claims", "newclaims@tristatecomp.example.com")],
                "First report - claimant attached", D(4, 6, 10, 0), MIX(T("New claim packet attached.\n\nIronworks Occupational Health Claims Desk\n555-0122"), PDF([
        "EMPLOYER'S / PHYSICIAN'S FIRST REPORT OF WORK INJURY",
        "Claimant: Teresa Lindahl   DOB 05/30/1984   SSN xxx-xx-4418",
        "Employer: Delmont Logistics   Date of injury: 04/03/2026",
        "Description: slipped on wet dock plate, fell onto right outstretched hand.",
        "Diagnosis: nondisplaced right distal radius fracture (S52.501A).",
        "Treatment: splint, referral to orthopedics, ibuprofen.",
        "Work status: off work until ortho visit 04/08/2026.",
    ], "FROI_Lindahl_T.pdf", "First report", flate=True)))


@M("phi", "dot-drug-screen-mro-result", "borderline: MRO-verified positive DOT drug test for a named driver; a test result, not treatment, so phi not restricted")
def _():
    return mail(("Ironworks MRO Services", "mro@" + IW), [("Designated Employer Rep - Delmont", "der@delmont.example.com")],
                "Verified result: CCF 0041877", D(2, 17, 16, 2), """CONFIDENTIAL - Designated Employer Representative only

Donor: Raymond Quist    Employee ID: D-20417
Specimen ID (CCF): 0041877    Collected: 02/13/2026    Reason: random
MRO verified result: POSITIVE - marijuana metabolite (THCA)
Donor interviewed 02/17; no legitimate medical explanation.
The driver must be removed from safety-sensitive functions and referred to a
Substance Abuse Professional before any return to duty.

Dr. K. Lindqvist, MRO""", client="system")


@M("phi", "locum-tb-test-credentialing", "a named locum physician's own TB test and titer results sent for credentialing")
def _():
    return mail(("Dr. Sam Adeyemi", "sam.adeyemi@" + PM), [("Locum Partners Credentialing", "credentialing@" + LP)],
                "Health docs for the Greyhill assignment", D(5, 11, 22, 10), MIX(T("""Hi Maya,

Attached are my health clearance docs for the Greyhill ED assignment. The
QuantiFERON came back positive (I had BCG as a kid in Lagos); chest X-ray last
week was clear and occupational health documented latent TB, no treatment
started yet. Hep B surface antibody is 240. Let me know if Greyhill needs
anything else.

Sam"""), PDF(["Harlow Lab Services - Patient: Samuel Adeyemi, DOB 1983-09-12",
                "QuantiFERON-TB Gold Plus: POSITIVE (TB1 0.82, TB2 0.95 IU/mL)",
                "Hepatitis B surface antibody: 240 mIU/mL (immune)",
                "Chest X-ray 05/06/2026: no active disease"], "Adeyemi_health_clearance.pdf", "Clearance")), client="gmail")


@M("phi", "acl-tear-coach-update", "athletic trainer to coach: named player's ACL tear, MRI and surgery date")
def _():
    return mail(("Rivermouth FC Medical", "medical@" + RFC), [("Coach Dario Bellini", "dbellini@" + RFC)],
                "Medical update - Tyrese Holm", D(4, 14, 18, 45), """Dario,

MRI confirms a complete ACL tear of Tyrese's left knee with a small medial
meniscus tear. Surgery (hamstring autograft) is booked with Dr. Okoro at
Halden Ortho on 4/22. Expected return to play 9-12 months. He knows; please
don't announce it before he talks to the squad Thursday.

Mike Sørensen, ATC""", client="outlook")


@M("phi", "concussion-return-to-play-step5", "named athlete's concussion return-to-play progression and clearance")
def _():
    return mail(("Halden Sports Medicine", "sportsmed@" + HC), [("Coach Ellen Park", "epark@" + HC)],
                "RTP update: Maya Goldstein (WSOC)", D(9, 24, 16, 0), """Coach Park,

Maya Goldstein completed step 5 (full-contact practice) today without symptoms.
ImPACT is back to baseline and her SCAT symptom score is 0. Dr. Tamura has
cleared her for Saturday's match. Academic accommodations end Friday.

Lily Chen, MS, ATC""")


@M("phi", "weekly-injury-report-csv", "CSV attachment lists named players with injuries and availability; body is generic")
def _():
    return mail(("Rivermouth FC Medical", "medical@" + RFC), [("Coaching Staff", "coaches@" + RFC)],
                "Weekly availability report", D(4, 20, 7, 30), MIX(T("Weekly report attached. Please don't forward outside the staff group.\n\nMike"), CSV("""player,injury,status,expected_return
Tyrese Holm,L ACL tear (surgery 4/22),out,2027
Jonah Abbey,R hamstring strain grade 2,out,05/09
Leo Farrant,concussion (day 4),RTP protocol step 2,04/28
Sami Haddad,L ankle sprain,limited training,04/25
Marco Ruiz,none,available,
""", "availability_wk16.csv")), client="outlook")


@M("phi", "school-epinephrine-authorisation", "medication authorisation for a named student's epinephrine auto-injector and peanut allergy")
def _():
    return mail(("Nightingale Pediatric Nurse Line", "peds@" + NT), [("Nurse Abby Collins - Lakeview Elementary", "nurse@lakeview-elem.example.org")],
                "Medication authorization - Liam Ferraro, grade 2", D(8, 26, 10, 40), """Nurse Collins,

Attached info for the school medication form, from Dr. Hsu's office:
  Student: Liam Ferraro, DOB 03/14/2019
  Diagnosis: peanut and tree-nut allergy (anaphylaxis 2024)
  Medication: epinephrine auto-injector 0.15 mg, give for any two-system
  reaction or trouble breathing, then call 911.
  Cetirizine 5 mg for hives alone.
Parent (Gina Ferraro) will drop off two devices Monday.

Nightingale Nurse Line on behalf of Hsu Pediatrics, 555-0151""")


@M("restricted", "ptbs-rettungsdienst-therapie-de", "mental health: German, a named paramedic's PTSD trauma therapy and work plan", lang="de", cat="mental health")
def _():
    return mail(("Dr. Katrin Albers", "k.albers@praxis-albers.example.de.test"), [("Betriebsarzt Ironworks", "occdoc@" + IW)],
                "Herr Jonas Reuter - Wiedereingliederung", D(5, 4, 15, 30, tz="+0200"), T("""Sehr geehrter Herr Kollege,

Herr Jonas Reuter (Notfallsanitäter, geb. 11.08.1989) ist seit Februar bei mir
in Behandlung wegen einer posttraumatischen Belastungsstörung nach dem
Großeinsatz im Januar. Er nimmt an einer traumafokussierten Verhaltenstherapie
(EMDR, wöchentlich) teil und erhält Sertralin 100 mg.

Ich empfehle eine stufenweise Wiedereingliederung ab 1. Juni, zunächst
ohne Nachtdienst und ohne Einsätze als Erstversorger bei Großschadenslagen.

Mit kollegialen Grüßen
Dr. med. Katrin Albers, Psychiatrie und Psychotherapie""", cs="iso-8859-1", cte="quoted-printable"), client="outlook", lang_hdr="de-DE")


@M("restricted", "eating-disorder-program-referral", "mental health: named athlete referred to an eating-disorder programme", cat="mental health")
def _():
    return mail(("Dr. Wes Tamura", "wtamura@" + HC), [("Counseling Center Intake", "intake@counseling.halden-college.example.org")],
                "Referral: Chloe Varga (XC) - RED-S / anorexia nervosa", D(10, 6, 11, 20), """Intake,

Referring Chloe Varga (student ID 2041187, women's cross country) for
evaluation and treatment by your eating-disorder team. BMI 16.9, amenorrhea
8 months, HR 42, two stress fractures this year. She screened positive on the
EDE-Q and agrees to an intake. She is withheld from competition until your
team and I agree on a plan.

Wes Tamura, MD, Head Team Physician""")


@M("restricted", "sickle-cell-trait-screen-result", "borderline: genetic (carrier status): a named athlete's sickle cell trait screening result", cat="genetic")
def _():
    return mail(("Halden Sports Medicine", "sportsmed@" + HC), [("Jaylen Brooks", "jbrooks@students.halden-college.example.org")],
                "Your sickle cell trait screening result", D(8, 18, 13, 0), """Jaylen,

Your sickle cell solubility screen and hemoglobin electrophoresis show that
you carry sickle cell trait (HbAS). This is not sickle cell disease. It does
mean extra care with heat and exhaustion: hydrate, build up conditioning
gradually, and stop and tell the trainer if you feel cramping or short of
breath. We recommend talking with a genetic counsellor about what this could
mean for future children; we can refer you.

Lily Chen, ATC, for Dr. Tamura""")


@M("restricted", "sap-return-to-duty-iop", "substance-use treatment: SAP report that a named driver completed an intensive outpatient programme", cat="substance-use treatment")
def _():
    return mail(("Harbor Light SAP Services", "sap@harborlight.example.org"), [("Designated Employer Rep - Delmont", "der@delmont.example.com")],
                "SAP follow-up evaluation - Raymond Quist", D(4, 27, 10, 0), """CONFIDENTIAL

Raymond Quist (Employee ID D-20417) completed the recommended treatment: a
6-week intensive outpatient programme for cannabis use disorder at Harbor
Light Recovery Center (attendance 17 of 18 sessions). In my follow-up
evaluation on 4/24 he showed compliance. He is eligible for a return-to-duty
test. Follow-up testing plan: 6 unannounced tests in the first 12 months.

Maria Estrada, LCSW, DOT-qualified SAP""")


@M("restricted", "needlestick-pep-nurse", "borderline: HIV: HIV post-exposure prophylaxis (antiretrovirals) for a named nurse after a needlestick", cat="HIV")
def _():
    return mail(("Employee Health", "employeehealth@" + SB), [("Ana Ferreira, RN", "aferreira@" + SB)],
                "Needlestick follow-up plan", D(3, 10, 8, 0), """Ana,

Follow-up from Saturday's needlestick (source patient HIV status unknown):
  - Your baseline HIV, hepatitis B and C tests were negative.
  - Continue PEP: bictegravir/emtricitabine/tenofovir alafenamide once daily
    for 28 days (through 4/4). Call us about nausea or rash.
  - Repeat HIV testing at 6 weeks and 3 months.

Employee Health, 555-0172""")


@M("restricted", "visa-medical-hiv-test", "HIV: a named applicant's HIV test result in an immigration medical", cat="HIV")
def _():
    return mail(("Wayfarer Panel Physician Office", "panel@" + WF), [("Mehmet Aydin", "mehmet.aydin@" + PM)],
                "Your immigration medical results", D(6, 2, 14, 0), """Mr. Aydin,

Your immigration medical exam results are complete:
  Chest X-ray: normal
  Syphilis (RPR): non-reactive
  HIV-1/2 antigen/antibody: non-reactive
  Gonorrhea NAAT: negative
  Vaccinations: MMR and Tdap given today

The sealed envelope for the consulate is ready for pick-up at Midtown.

Wayfarer Travel Health, 555-0112""")


# ------------------------------------------------- specialty pharmacy / PBM --
@M("none", "drug-shortage-bulletin-midazolam", "drug shortage bulletin naming drugs and NDC placeholders; no patient", trap=True)
def _():
    return mail(("Meridian Pharmacy Supply Desk", "supply@" + MER), [("Client Agencies and Clinics", "clients@" + MER)],
                "Shortage bulletin: midazolam, lorazepam, 0.9% NaCl 250 mL", D(2, 3, 8, 0), """SHORTAGE BULLETIN 2026-05

Midazolam 5 mg/mL 10 mL vials (NDC 00000-0000-01): allocation at 60% of
  usage history through March. Alternative: 2 mL vials.
Lorazepam 2 mg/mL: backorder, est. release 3/15.
Sodium chloride 0.9% 250 mL bags: allocation continues.
Ketamine 50 mg/mL: available.

EMS clients: update your drug box substitution sheet per your medical director.
Questions: 555-0160""", client="system")


@M("none", "formulary-update-q3-biosimilars", "PBM formulary update naming drugs and tiers; no member", trap=True)
def _():
    return mail(("ClearPath Rx Clinical Programs", "formulary@" + CPX), "prescribers@lists.clearpathrx.example.com",
                "Formulary changes effective July 1", D(5, 29, 9, 0), """ClearPath Rx national formulary, changes effective 07/01/2026:

ADDED (preferred): adalimumab-aaty and adalimumab-adbm biosimilars
MOVED TO NON-PREFERRED: Humira reference product (existing members get 90-day
  transition fill)
PRIOR AUTH ADDED: semaglutide and tirzepatide for weight management
STEP THERAPY: dupilumab now requires a trial of one topical calcineurin inhibitor
REMOVED: brand esomeprazole (generic remains Tier 1)

Full list: https://clearpathrx.example.com/formulary/2026-07""", client="system")


@M("none", "mac-price-list-update", "pharmacy reimbursement (MAC) list update with NDC placeholders and prices", trap=True)
def _():
    return mail(("ClearPath Rx Network Services", "network@" + CPX), [("Corner Drug", "owner@cornerdrug.example.com")],
                "MAC list update 2026-14", D(4, 3, 6, 0), MIX(T("MAC pricing update attached. Appeals within 10 business days via the network portal."), CSV("""ndc,description,old_mac,new_mac,effective
00000-0000-11,atorvastatin 40 mg tab,0.0412,0.0388,2026-04-06
00000-0000-12,amoxicillin 500 mg cap,0.0731,0.0731,2026-04-06
00000-0000-13,sertraline 50 mg tab,0.0305,0.0291,2026-04-06
00000-0000-14,buprenorphine/naloxone 8/2 mg SL film,2.8110,2.6950,2026-04-06
00000-0000-15,emtricitabine/tenofovir DF 200/300 mg tab,1.9800,1.9120,2026-04-06
""", "MAC_2026-14.csv")), client="system")


@M("none", "copay-card-program-terms", "manufacturer copay-card programme terms and marketing; no individual", trap=True)
def _():
    return mail(("CARDIQOR Savings Program", "savings@cardiqor-savings.example.com"), "hcp-offices@lists.cardiqor-savings.example.com",
                "Your patients may pay as little as $10 for CARDIQOR", D(3, 11, 10, 0), ALT(
        "Eligible commercially insured patients may pay as little as $10 per month for CARDIQOR. Maximum benefit $6,000 per year. Not valid for Medicare, Medicaid or other government programs. Enroll: https://cardiqor-savings.example.com",
        "<html><body><h3>Your patients may pay as little as $10/month for CARDIQOR</h3><p>Maximum benefit $6,000 per year. Not valid for Medicare, Medicaid or other government programs.</p><p><a href=\"https://cardiqor-savings.example.com\">Enroll patients</a></p></body></html>"), client="system")


@M("none", "cold-chain-packing-sop", "SOP for cold-chain packing of specialty drugs; no patient", trap=True)
def _():
    return mail(("Quality - Meridian Specialty Pharmacy", "quality@" + MER), [("Shipping Team", "shipping@" + MER)],
                "SOP-SHP-014 rev C: cold-chain packing", D(6, 1, 7, 30), MIX(T("Rev C attached. Changes: summer pack-out from June 1, added data logger check."), DOCX([
        "SOP-SHP-014 Rev C - Refrigerated specialty shipments (2-8 C)",
        "1. Pre-condition gel packs 24 h at 2-8 C. Summer (Jun-Sep): 4 packs, winter: 2 packs plus insulating pad.",
        "2. Place a data logger in every shipment of biologics, fertility medications and insulin.",
        "3. Ship Monday-Wednesday only unless the pharmacist approves Saturday delivery.",
        "4. Never write the drug name on the outer box.",
    ], "SOP-SHP-014_revC.docx")))


@M("none", "prior-auth-form-blank", "blank prior-authorisation form with empty fields", trap=True)
def _():
    return mail(("ClearPath Rx Prior Authorization", "pa@" + CPX), [("QuickCare Front Desk", "frontdesk@" + QC)],
                "PA form you requested (blank)", D(2, 25, 13, 15), MIX(T("The current general PA form is attached. Fax completed forms to 555-0162."), PDF([
        "CLEARPATH RX - GENERAL PRIOR AUTHORIZATION REQUEST",
        "Member name: ______________________  Member ID: ______________",
        "Date of birth: ____/____/______   Drug requested: ______________",
        "Diagnosis (ICD-10): __________  Previous therapies tried: __________",
        "Prescriber NPI: __________   Signature: ______________________",
    ], "ClearPath_PA_form.pdf", "PA form")))


@M("none", "ndc-lot-recall-notice", "manufacturer recall notice with NDC placeholders and lots; no patient", trap=True)
def _():
    return mail(("Product Quality Alerts", "recalls@wholesale-rx.example.com"), [("Meridian Purchasing", "purchasing@" + MER)],
                "Voluntary recall: enoxaparin 40 mg syringes, lots EN2207-EN2211", D(5, 7, 15, 0), """Voluntary recall to the retail and pharmacy level:
Product: enoxaparin sodium 40 mg/0.4 mL prefilled syringe (NDC 00000-0000-21)
Lots: EN2207, EN2208, EN2209, EN2210, EN2211 (exp 2027-08)
Reason: some syringes may have a bent needle shield.
Action: quarantine and return. No patient-level notification is required.
Returns: 555-0164""", client="system")


@M("none", "glp1-lunch-and-learn-invite", "pharma lunch-and-learn invite about GLP-1 drugs", trap=True)
def _():
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000077AB2201@pharma-field.example.com
DTSTAMP:20260415T140000Z
DTSTART:20260428T163000Z
DTEND:20260428T173000Z
SUMMARY:Lunch & learn: GLP-1 receptor agonists\\, prior auth tips
LOCATION:QuickCare Eastside break room
ORGANIZER;CN=Ryan Cole:mailto:rcole@pharma-field.example.com
END:VEVENT
END:VCALENDAR"""
    return mail(("Ryan Cole", "rcole@pharma-field.example.com"), [("QuickCare Eastside Clinicians", "eastside@" + QC)],
                "Lunch & learn Apr 28: GLP-1 RAs and prior auth tips", D(4, 15, 10, 0),
                Part("multipart/alternative", parts=[T("Lunch provided. Topics: semaglutide/tirzepatide dosing, GI side effects, PA documentation."), ICS(ics)]))


@M("none", "info-ruptura-estoque-pt", "Portuguese wholesaler stock-out notice naming drugs", lang="pt", trap=True)
def _():
    return mail(("Distribuidora Atlântica", "avisos@atlantica-dist.example.com"), [("Farmácias clientes", "clientes@atlantica-dist.example.com")],
                "Aviso de falta: amoxicilina suspensão e insulina NPH", D(3, 4, 9, 0), T("""Prezados clientes,

Informamos falta temporária dos seguintes itens:
 - Amoxicilina 250 mg/5 mL suspensão - previsão 20/03
 - Insulina humana NPH 100 UI/mL frasco - previsão 02/04
 - Salbutamol spray 100 mcg - normalizado

Pedidos em aberto serão atendidos por ordem de chegada.
Central de pedidos: 555-0165""", cte="quoted-printable"), client="system", lang_hdr="pt-BR")


@M("phi", "pa-denied-adalimumab-member", "named member's prior authorisation denial for adalimumab with diagnosis")
def _():
    return mail(("ClearPath Rx Prior Authorization", "pa@" + CPX), [("Dr. Irene Castellanos", "icastellanos@halden-rheum.example.com")],
                "PA determination 26-PA-0771204: DENIED", D(4, 21, 16, 40), """PRIOR AUTHORIZATION DETERMINATION
Member: Gregory Tan     Member ID: CPX 8810 2231 07     DOB 02/08/1977
Drug: Humira (adalimumab) 40 mg/0.4 mL pen, every 14 days
Diagnosis submitted: rheumatoid arthritis (M05.79)
Decision: DENIED - preferred biosimilar (adalimumab-aaty) not tried.
You may request a peer-to-peer review within 14 days: 555-0162.""", client="system")


@M("phi", "refill-too-soon-reject", "pharmacy claim rejection (refill too soon) for a named member's medication")
def _():
    return mail(("Corner Drug", "pharmacist@cornerdrug.example.com"), [("Dr. Felix Amari", "famari@" + QC)],
                "Refill too soon - Dolores Kim, gabapentin", D(3, 27, 11, 5), """Dr. Amari,

ClearPath rejected Dolores Kim's (DOB 7/21/1952) gabapentin 300 mg TID fill
with code 79 REFILL TOO SOON - last fill 3/14 for 30 days. She says she lost
a bottle at the bus station. Do you want to authorise an early fill (we'd need
a vacation/lost-med override from the PBM) or wait until 4/8?

Omar, PharmD, Corner Drug, 555-0166""")


@M("phi", "copay-card-enrollment-dupilumab", "named patient's copay-card enrolment for dupilumab with BIN/group and member ID")
def _():
    return mail(("Meridian Patient Support", "support@" + MER), [("Hannah Voss", "hannah.voss@" + PM)],
                "You're enrolled: copay assistance for Dupixent", D(2, 16, 12, 0), """Hi Hannah,

You're enrolled in the manufacturer copay program for your Dupixent
(dupilumab) 300 mg injections for atopic dermatitis.
  Copay card ID: 9912 4400 1187   BIN 000000  GRP DPX2026
  Your cost per fill: $0 (annual max applies)
Your next shipment goes out 2/20 with an ice pack; someone must sign.

Meridian Specialty Pharmacy, 555-0161""", client="system")


@M("phi", "pbm-appeal-letter-member", "appeal letter for a named member's denied migraine drug")
def _():
    return mail(("Dr. Neha Kapoor", "nkapoor@halden-neuro.example.com"), [("ClearPath Appeals", "appeals@" + CPX)],
                "Appeal - member CPX 7710 0092 14 - MIGRALUX", D(3, 2, 17, 20), MIX(T("Appeal letter attached for expedited review."), DOCX([
        "Re: Appeal of denial for MIGRALUX 100 mg - member Olivia Hart, ID CPX 7710 0092 14",
        "Ms. Hart has chronic migraine with 18 headache days per month despite topiramate (stopped for cognitive side effects), propranolol and two CGRP monoclonal antibodies.",
        "She has missed 11 work days this quarter. I request approval for 12 months.",
        "Neha Kapoor, MD, Neurology",
    ], "Appeal_Hart_MIGRALUX.docx")))


@M("phi", "post-op-oxycodone-fill", "oxycodone after a named patient's knee surgery: pain treatment, not substance-use treatment")
def _():
    return mail(("Corner Drug", "pharmacist@cornerdrug.example.com"), [("Halden Ortho", "rx@halden-ortho.example.com")],
                "Clarification: oxycodone for Pete Marchetti", D(4, 23, 15, 50), """Hi,

Rx for Pete Marchetti (DOB 9/9/1966), oxycodone 5 mg q6h prn, #28, after his
total knee arthroplasty yesterday. The quantity exceeds the plan's 7-day limit
for first fills; please confirm days supply, or we'll dispense #20 today.
PDMP checked: no other controlled fills.

Omar, PharmD""")


@M("restricted", "sublocade-pa-approved", "substance-use treatment: named member's Sublocade prior authorisation for opioid use disorder", cat="substance-use treatment")
def _():
    return mail(("ClearPath Rx Prior Authorization", "pa@" + CPX), [("Meridian Specialty Pharmacy", "intake@" + MER)],
                "PA 26-PA-0803311 approved - Sublocade", D(5, 1, 9, 10), """APPROVED
Member: Jared Whelan   Member ID: CPX 5521 8837 40
Drug: Sublocade (buprenorphine extended-release) 300 mg x2, then 100 mg monthly
Diagnosis: opioid use disorder, moderate (F11.20)
Prescriber: New Dawn Recovery Services
Valid 05/01/2026 - 04/30/2027. Ship to clinic for administration only.""", client="system")


@M("restricted", "biktarvy-copay-card-renewal", "HIV: named patient's antiretroviral copay assistance renewal", cat="HIV")
def _():
    return mail(("Meridian Patient Support", "support@" + MER), [("Kevin Osei-Bonsu", "kevin.ob@" + PM2)],
                "Your copay card renewal for Biktarvy", D(12, 8, 11, 0), """Hi Kevin,

Your copay assistance for Biktarvy (bictegravir/emtricitabine/tenofovir
alafenamide) renews on January 1. We've re-enrolled you, so your cost stays
$0. Your ADAP secondary coverage is also on file. Next delivery: 12/22,
discreet packaging as requested.

Meridian Specialty Pharmacy, 555-0161""", client="system")


@M("restricted", "ivf-stim-meds-delivery", "reproductive health (IVF): named patient's fertility medication delivery", cat="reproductive health")
def _():
    return mail(("Meridian Fertility Pharmacy", "fertility@" + MER), [("Naomi Feld", "naomi.feld@" + PM)],
                "Your IVF medications ship tomorrow", D(3, 19, 14, 0), """Hi Naomi,

Your stimulation medications for your IVF cycle with Cedar Fertility Center
ship tomorrow (refrigerated, signature required):
  follitropin alfa 900 IU pen x2
  menotropins 75 IU x10
  ganirelix 250 mcg x5
  hCG 10,000 IU x1 (trigger - wait for the clinic's call)
Estimated cost after insurance: $412.60.

Meridian Fertility Pharmacy, 555-0163""", client="system")


@M("restricted", "adhd-stimulant-pa-psychiatry", "mental health: PA for a named patient's ADHD stimulant from a psychiatric service", cat="mental health")
def _():
    return mail(("Vitalink Behavioral Health", "pa-requests@" + VL), [("ClearPath Prior Authorization", "pa@" + CPX)],
                "PA request: lisdexamfetamine - member CPX 3309 1175 62", D(2, 6, 10, 30), """Member: Ethan Morales, DOB 04/15/2001, ID CPX 3309 1175 62
Drug: lisdexamfetamine 30 mg daily
Diagnosis: ADHD, combined presentation (F90.2), diagnosed by Vitalink
psychiatry after structured evaluation (DIVA-5, ASRS). Failed
methylphenidate ER (insomnia, appetite loss). PDMP reviewed.
Dr. Ama Osei, Psychiatry""")


# ------------------------------------------------------------- DME / infusion --
@M("none", "cpap-recall-serial-list", "device recall notice to DME dealers with serial-number ranges; no patient", trap=True)
def _():
    return mail(("Somnia Devices Field Safety", "fieldsafety@somnia-devices.example.com"), [("Northgate Medical Supply", "service@" + NG)],
                "Field safety notice FSN-2026-03: humidifier tank seal", D(3, 14, 9, 0), """Dealers,

FSN-2026-03 affects AirRest 11 humidifier tanks, serials AR11-260001 through
AR11-262450. The tank seal may leak. No injuries reported. Replace tanks at
the next resupply; replacement kits ship free (part 410-52-8821).

Field Safety, 555-0170""", client="system")


@M("none", "dme-payer-contract-amendment", "contract amendment between a DME supplier and a payer (HCPCS rates)", trap=True)
def _():
    return mail(("Provider Contracting - Granite State", "contracting@" + GHP), [("Northgate Contracts", "contracts@" + NG)],
                "Amendment 4 - DME fee schedule", D(1, 30, 15, 0), """Attached for signature: Amendment 4 to the Northgate participating supplier
agreement. Rates: E0601 CPAP rental $58.20/mo, A7030 full face mask $98.00,
E1390 oxygen concentrator $152.10/mo, K0823 power wheelchair group 2 per
fee schedule. Effective 3/1/2026. Please return by 2/20.

Provider Contracting, 555-0181""")


@M("none", "backorder-guwantes-tl", "Tagalog supply backorder notice", lang="tl", trap=True)
def _():
    return mail(("Northgate Medical Supply", "orders@" + NG), [("Alder Home Infusion Purchasing", "purchasing@" + AL)],
                "Backorder: nitrile gloves at IV start kits", D(4, 13, 10, 0), T("""Magandang araw po,

Naka-backorder po ang mga sumusunod sa order SO-119020:
  - Nitrile gloves, size M (10 kahon) - darating sa 4/24
  - IV start kit na may chlorhexidine (200) - darating sa 4/30
Ang PICC dressing kits at saline flush ay naipadala na kahapon
(tracking SWL 7730 6120 0045).

Salamat po,
Maricel, Customer Care, 555-0135""", cte="quoted-printable"), client="outlook", lang_hdr="tl")


@M("none", "schlaflabor-geraetebestellung-de", "German sleep-lab equipment order", lang="de", trap=True)
def _():
    return mail(("Schlaflabor Quiet Hours", "einkauf@" + QH), [("Northgate Vertrieb", "sales@" + NG)],
                "Bestellung: 4 Polysomnographie-Sets, Sensoren", D(2, 24, 11, 0, tz="+0100"), T("""Guten Tag,

wir bestellen hiermit:
  4 x Polysomnographie-Grundset (Art.-Nr. PSG-440)
  200 x EEG-Napfelektroden (Art.-Nr. EL-22)
  50 x Nasenkanülen mit Druckaufnehmer (Art.-Nr. NK-09)
Lieferung bitte an Labor 2, Rampe hinten. Rechnung an die Verwaltung.

Mit freundlichen Grüßen
Uwe Brandt, Einkauf""", cs="iso-8859-1", cte="8bit"), client="tbird", lang_hdr="de-DE")


@M("none", "infusion-pump-firmware-advisory", "infusion pump firmware advisory; no patient", trap=True)
def _():
    return mail(("Alder Clinical Engineering", "biomed@" + AL), [("Infusion Nurses", "nurses@" + AL)],
                "Ambulatory pump firmware 3.4 - swap schedule", D(5, 18, 8, 0), """Firmware 3.4 for the ambulatory pumps fixes the false "downstream occlusion"
alarm at low rates. Swap your pumps at the warehouse this week; patients on
home infusion will get swapped pumps at their next scheduled nursing visit.
Serial list in the shared drive. Biomed line 555-0180.""")


@M("none", "chulijang-jeongsan-sabeon-ko", "Korean expense reminder with an employee ID; no health content", lang="ko", trap=True)
def _():
    return mail(("알더 급여팀", "payroll@" + AL), [("Rebecca Stoll", "rstoll@" + AL)],
                "주행 기록 미제출 - 사번 40882", D(4, 3, 9, 0), T("""레베카 님,

3월 주행 기록(사번 40882)이 아직 접수되지 않았습니다. 금요일까지 제출하시면
15일에 지급됩니다. 마일당 0.70달러입니다.

급여팀""", cte="base64"), client="system", lang_hdr="ko")


@M("phi", "cpap-compliance-report-physician", "named patient's CPAP adherence download sent to the ordering physician")
def _():
    return mail(("Northgate Sleep Therapy", "sleeptherapy@" + NG), [("Dr. Ruth Ilves", "rilves@" + QH)],
                "90-day compliance: Frank DeLuca", D(4, 30, 13, 0), MIX(T("Dr. Ilves, compliance report for your patient is attached; he meets the 4 h/70% rule."), PDF([
        "NORTHGATE SLEEP THERAPY - CPAP COMPLIANCE",
        "Patient: Frank DeLuca   DOB 12/12/1963   Device serial AR11-271044",
        "Period 01/30/2026 - 04/29/2026",
        "Days used >= 4 h: 79/90 (88%)   Average use: 6 h 12 min",
        "AHI residual: 2.1 /h   Leak 95th pct: 18 L/min",
        "Pressure: auto 6-14 cmH2O, 95th pct 11.2",
    ], "DeLuca_compliance_90d.pdf", "Compliance")), client="system")


@M("phi", "power-wheelchair-delivery", "DME delivery confirmation for a named patient's power wheelchair with diagnosis")
def _():
    return mail(("Northgate Delivery", "delivery@" + NG), [("Case Manager - Granite State", "cm@" + GHP)],
                "Delivered: K0823 for member GSH-219004471", D(3, 23, 16, 30), """Delivered 03/23/2026 15:10 to member Victor Amundsen (GSH-219004471),
12 Birch Ct, Unit 2. Power wheelchair group 2 with captain's seat, for ALS
with progressive weakness. Signed by spouse. Seating eval with PT due in 30
days. Technician: J. Ortiz.""", client="system")


@M("phi", "home-vancomycin-visit-plan", "named patient's home IV vancomycin schedule, trough level and PICC care")
def _():
    return mail(("Alder Home Infusion Pharmacy", "pharmacy@" + AL), [("Rebecca Stoll", "rstoll@" + AL)],
                "Visit plan - Hollis, June", D(6, 3, 7, 40), """Rebecca,

Your patient June Hollis (MRN A-880121): vancomycin 1,250 mg IV q12h via
PICC for vertebral osteomyelitis, through 6/24. Trough Friday was 21.6 -
we're dropping to 1,000 mg q12h from tonight's dose. Draw a trough before
Wednesday's 8am dose; weekly CBC/BMP. Dressing change Wednesday.

Leo, PharmD, 555-0181""")


@M("phi", "tpn-lab-values-adjust", "named patient's home parenteral nutrition labs and formula change")
def _():
    return mail(("Alder Nutrition Support", "nutrition@" + AL), [("Dr. Amit Rao", "arao@gi-partners.example.com")],
                "TPN labs - Priscilla Ward", D(2, 19, 14, 10), """Dr. Rao,

Priscilla Ward's (DOB 3/3/1970) weekly labs: K 3.1, Mg 1.5, phos 2.2,
glucose 168, triglycerides 310. Short bowel syndrome, home TPN 5 nights/week.
Recommend increasing K to 60 mEq/day, Mg to 16 mEq, and cutting lipids to
3 nights. OK to change with the next compounding on Monday?

Alder Nutrition Support Team""")


@M("phi", "binh-oxy-giao-hang-vi", "Vietnamese: a named patient's home oxygen delivery and prescription", lang="vi")
def _():
    return mail(("Northgate Giao Hàng", "delivery@" + NG), [("Trần Thị Lan", "tranthilan@" + PM)],
                "Lịch giao máy tạo oxy cho ông Trần Văn Hùng", D(1, 21, 9, 0), T("""Kính gửi chị Lan,

Northgate sẽ giao máy tạo oxy và bình oxy dự phòng cho ông Trần Văn Hùng
(sinh 1944) vào thứ Năm 22/01, từ 9 đến 12 giờ. Theo toa của bác sĩ: oxy
2 lít/phút khi ngủ và khi đi lại, do bệnh phổi tắc nghẽn mạn tính (COPD).
Kỹ thuật viên sẽ hướng dẫn cách dùng. Không hút thuốc gần máy oxy.

Northgate Medical Supply, 555-0136""", cte="base64"), client="system", lang_hdr="vi")


# ---------------------------------------------------------------- sleep lab --
@M("none", "grafik-technikow-snu-pl", "Polish sleep-lab technician roster with phone numbers", lang="pl", trap=True)
def _():
    return mail(("Marta Zielińska", "mzielinska@" + QH), [("Technicy", "techs@" + QH)],
                "Grafik nocnych dyżurów - maj", D(4, 24, 15, 0), T("""Cześć,

grafik dyżurów nocnych w pracowni snu na maj:
  pon-śr   Paweł Lis        555-0190
  czw-pt   Ewa Maj          555-0191
  sob-nd   Marta Zielińska  555-0192
Badania PSG zaczynamy o 21:00, podłączenie pacjenta do 22:00.
Proszę o zgłaszanie zamian do piątku.

Marta""", cte="quoted-printable"), client="gmail", lang_hdr="pl")


@M("none", "sleep-scoring-software-update", "sleep-scoring software release notes", trap=True)
def _():
    return mail(("SomnoScore Support", "support@somnoscore.example.net"), [("Quiet Hours Sleep Center", "it@" + QH)],
                "SomnoScore 7.2 release notes", D(3, 6, 18, 0), """SomnoScore 7.2:
 - AASM 3.0 hypopnea rule (3% desaturation or arousal) is now the default
 - Auto-scoring of periodic limb movements improved
 - Report template adds split-night titration table
 - Fixed: AHI rounded wrongly when total sleep time < 2 h
No patient data is sent to SomnoScore during updates.""", client="system")


@M("phi", "sleep-study-ahi-result", "named patient's sleep study result (AHI, diagnosis) and treatment plan")
def _():
    return mail(("Dr. Ruth Ilves", "rilves@" + QH), [("Dale Hutchins", "dale.hutchins@" + PM2)],
                "Your sleep study results", D(4, 2, 16, 15), """Mr. Hutchins,

Your overnight study on 3/28 showed severe obstructive sleep apnea: AHI 38
events per hour, lowest oxygen 78%. I recommend CPAP; Northgate will call
you to set up an auto-CPAP. We'll review the data at a visit in 6 weeks.
Please don't drive when drowsy in the meantime.

Dr. Ruth Ilves, Quiet Hours Sleep Center""")


@M("phi", "schlaflabor-rechnung-de", "German invoice to a named patient for a sleep study", lang="de")
def _():
    return mail(("Schlaflabor Quiet Hours Abrechnung", "abrechnung@" + QH), [("Herr Dieter Vogel", "dieter.vogel@" + PM)],
                "Ihre Rechnung Nr. 2026-0412", D(3, 9, 10, 0, tz="+0100"), MIX(T("""Sehr geehrter Herr Vogel,

anbei Ihre Rechnung für die Polysomnographie vom 24./25.02.2026
(Verdacht auf obstruktive Schlafapnoe). Bitte überweisen Sie den Betrag
innerhalb von 30 Tagen.

Mit freundlichen Grüßen
Abrechnung""", cs="iso-8859-1", cte="quoted-printable"), PDF([
        "Schlaflabor Quiet Hours - Rechnung 2026-0412",
        "Patient: Dieter Vogel, geb. 14.06.1958",
        "Leistung: Kardiorespiratorische Polysomnographie, 24./25.02.2026",
        "Diagnose: G47.31 obstruktive Schlafapnoe",
        "Betrag: 612,40 EUR",
    ], "Rechnung_2026-0412.pdf", "Rechnung")), client="outlook", lang_hdr="de-DE")


# --------------------------------------------------- imaging / teleradiology --
@M("none", "mri-downtime-schedule", "scanner downtime schedule; no patient", trap=True)
def _():
    return mail(("Brightline Imaging Ops", "ops@" + BI), [("Referring Offices", "referrers@" + BI)],
                "MRI 2 down for helium fill Apr 11-12", D(4, 6, 12, 0), """MRI 2 (3T) at Brightline Westgate is down Saturday 4/11 7am through Sunday
noon for a helium fill and coil service. MRI 1 (1.5T) is open extended hours;
cardiac MRI and prostate MRI are rescheduled. Scheduling: 555-0100.""", client="system")


@M("none", "iodinated-contrast-conservation", "contrast shortage conservation memo; no patient", trap=True)
def _():
    return mail(("Dr. Helen Ko", "hko@" + BI), [("Radiologists and Technologists", "rad-all@" + BI)],
                "Iohexol conservation measures", D(5, 13, 7, 15), """Supply of iohexol 350 is at 40% of normal for 6 weeks. Effective today:
 - CT abdomen/pelvis for kidney stones: no contrast.
 - PE studies: weight-based dosing, max 75 mL.
 - Consider ultrasound or MRI when the question allows.
 - Use 100 mL vials for multiple patients only under the pharmacy-approved
   multi-dose protocol.
Helen Ko, MD, Medical Director""")


@M("none", "telerad-credentialing-npi-list", "credentialing roster of radiologists with their NPIs; no patient", trap=True)
def _():
    return mail(("NightRead Credentialing", "credentialing@" + NR), [("Medical Staff Office", "medstaff@" + SB)],
                "Privileging packet: 3 new overnight radiologists", D(2, 2, 11, 0), """Medical Staff Office,

Packets for the three radiologists joining the overnight panel on 3/1:
  Dr. Anders Holm      NPI %s   board certified DR, neuro CAQ
  Dr. Priyanka Suri    NPI %s   board certified DR
  Dr. Tomasz Adamski   NPI %s   board certified DR, IR
Licenses, malpractice certificates and peer references are in the portal.

NightRead Credentialing, 555-0110""" % (npi("154982031"), npi("162273018"), npi("139401776")), client="outlook")


@M("none", "telerad-turnaround-report", "aggregate teleradiology turnaround-time report", trap=True)
def _():
    return mail(("NightRead Analytics", "reports@" + NR), [("Brightline Imaging Ops", "ops@" + BI)],
                "Monthly TAT report - March", D(4, 1, 5, 0), MIX(T("March turnaround summary attached."), CSV("""modality,studies,median_tat_min,p90_tat_min,stat_pct,critical_calls
CT head,1422,14,27,61,38
CT chest PE,611,19,33,72,22
CT A/P,988,24,46,48,17
MRI brain,214,41,88,12,3
US,530,22,40,30,5
""", "tat_march.csv")), client="system")


@M("phi", "mammogram-callback-birads0", "addressed to the patient: mammogram needs more imaging (BI-RADS 0) and an appointment")
def _():
    return mail(("Brightline Breast Imaging", "breast@" + BI), [("Carol Whitney", "carol.whitney@" + PM)],
                "Follow-up needed after your mammogram", D(3, 5, 10, 10), """Dear Ms. Whitney,

Your screening mammogram on 3/2 needs additional images of the left breast
(BI-RADS 0: incomplete). This is common and most call-backs are not cancer.
We've reserved a diagnostic mammogram and ultrasound for Tuesday 3/10 at
9:20 at Westgate. Call 555-0101 if you need a different time.

Brightline Breast Imaging""", client="system")


@M("phi", "attachment-filename-lumbar-mri", "borderline: body says only 'here you go'; patient name, DOB and study only in the PDF's file name")
def _():
    return mail(("Brightline Film Library", "filelibrary@" + BI), [("Halden Ortho", "records@halden-ortho.example.com")],
                "Requested report", D(3, 25, 14, 2), MIX(T("Here you go.\n\nFilm Library, 555-0102"), PDF([
        "Brightline Imaging - document delivery", "Page 1 of 1", "This cover page intentionally has no content.",
    ], "MRI_L-spine_Hendricks_Dolores_DOB1958-07-12_report.pdf", "Delivery")), client="outlook")


@M("phi", "prelim-ct-head-read", "teleradiology preliminary read naming patient and accession: subdural hematoma")
def _():
    return mail(("NightRead Teleradiology", "prelims@" + NR), [("Greyhill ED", "ed@greyhill-hospital.example.org")],
                "PRELIM CT HEAD - ACC GH26-118207 - CRITICAL", D(1, 17, 3, 21), """PRELIMINARY REPORT (final to follow)
Patient: Harriet Lowe   DOB 06/25/1938   Acc GH26-118207
Exam: CT head without contrast  Indication: fall on anticoagulation
Findings: acute left subdural hematoma, 11 mm, 4 mm midline shift.
Critical result called to Dr. Banerjee at 03:19 by Dr. Holm.""", client="system")


@M("phi", "gazou-shindan-houkoku-ja", "Japanese imaging report to a referring clinic naming the patient and a lung nodule", lang="ja")
def _():
    return mail(("ブライトライン画像診断センター", "report-jp@" + BI), [("佐藤内科クリニック", "info@sato-naika.example.jp.test")],
                "画像診断報告書 佐藤 美咲様 胸部CT", D(2, 27, 17, 0, tz="+0900"), T("""佐藤内科クリニック 御中

いつもご紹介ありがとうございます。
患者：佐藤 美咲 様（1969年5月3日生）
検査：胸部CT（2026年2月26日）
所見：右上葉に 9 mm の充実性結節を認めます。リンパ節腫大なし。
推奨：3か月後のCT再検査、または呼吸器内科へのご紹介をご検討ください。

放射線科医 小林 直樹""", cs="shift_jis", cte="base64"), client="outlook", subj_cs="shift_jis", name_cs="shift_jis", lang_hdr="ja-JP")


@M("phi", "dexa-alt-html-half-only", "text half says 'view in HTML'; the HTML half has a named patient's DEXA osteoporosis result")
def _():
    return mail(("Brightline Imaging", "results@" + BI), [("Marjorie Fenn", "mfenn@" + PM2)],
                "Your imaging result", D(5, 8, 9, 0), ALT("This message is best viewed in an HTML-capable mail program.",
        """<html><body><p>Dear Marjorie Fenn,</p>
<p>Your bone density (DEXA) scan of 5/6/2026 shows <b>osteoporosis</b>: lumbar spine T-score -2.8, left hip -2.6.
Dr. Castellanos will discuss treatment options such as alendronate at your visit on 5/20.</p>
<p>Brightline Imaging</p></body></html>""", ), client="system")


# ---------------------------------------------------- reference lab / courier --
@M("none", "test-menu-changes-loinc", "reference-lab test-menu change notice with test codes and LOINC; no patient", trap=True)
def _():
    return mail(("Ardent Client Services", "clientservices@" + AR), "clients@lists.ardentlab.example.com",
                "Test menu changes effective May 4", D(4, 13, 8, 0), """TEST MENU UPDATE

NEW  HIV-1/2 Ag/Ab 4th gen with reflex (code 40215, LOINC 56888-1)
NEW  Hereditary cancer 36-gene panel (code 77120) - requires genetic consent form
CHG  Vitamin D 25-OH: new reference interval 30-100 ng/mL
CHG  Hemoglobin A1c: moved to same-day
DISC Lyme Western blot IgM (use two-tier EIA)
Specimen requirements: https://ardentlab.example.com/menu""", client="system")


@M("none", "analyzer-qc-levey-jennings", "analyzer QC values and a Westgard flag; control material, no patient", trap=True)
def _():
    return mail(("Chem Lead", "chemlead@" + AR), [("Core Lab Techs", "corelab@" + AR)],
                "QC flag: K+ level 2, analyzer C3", D(3, 3, 6, 45), """C3 potassium QC level 2 (lot QC2-4471, target 6.20, SD 0.08):
  05:10  6.41  (+2.6 SD)
  05:42  6.44  (+3.0 SD)  -> 2-2s violation
Patient testing for K+ on C3 held since 05:42. Recalibrated 06:20, QC back in
range (6.18, 6.22). Reagent lot K-2219 opened yesterday. No patient results
released during the violation window.""")


@M("none", "courier-invoice-client-accounts", "courier invoice to a lab listing client account numbers and stop counts", trap=True)
def _():
    return mail(("Swiftlane Billing", "billing@" + SW), [("Ardent Accounts Payable", "ap@" + AR)],
                "Invoice SWL-INV-88120 (March routes)", D(4, 1, 10, 0), MIX(T("March invoice attached."), CSV("""route,client_account,stops,stat_pickups,fuel_surcharge,amount
R1,ARD-10044,62,4,18.20,1240.00
R1,ARD-10071,31,0,9.10,620.00
R2,ARD-10113,88,11,25.80,1955.00
R3,ARD-10190,40,2,11.70,820.00
""", "SWL-INV-88120.csv")), client="system")


@M("none", "hl7-zztest-oru-roundtrip", "HL7 ORU test with a ZZTEST patient and its ACK; no real patient", trap=True)
def _():
    seg = ["MSH|^~\\&|ARDENT_LIS|ARDENT|TESSERA|STBRENDAN|20260310101500||ORU^R01|TEST000871|T|2.5.1",
           "PID|1||ZZTEST0001^^^ARDENT^MR||ZZTEST^PATIENT^ONE||19000101|U",
           "OBR|1||T26-000001|2823-3^Potassium^LN|||20260310100000",
           "OBX|1|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.1|N|||F"]
    return mail(("Interface Team", "interfaces@" + AR), [("St. Brendan Integration", "integration@" + SB)],
                "Test ORU for the new route (processing ID T)", D(3, 10, 10, 20), MIX(T("""Sent one ORU through the new TLS route with MSH-11 = T and the ZZTEST
patient. Your engine ACKed AA. Message attached for your log. Please confirm
it did not file to a chart."""), HL7(seg, "TEST000871.hl7")))


@M("none", "hl7-ack-error-ae", "HL7 ACK with an application error; no patient data", trap=True)
def _():
    seg = ["MSH|^~\\&|TESSERA|STBRENDAN|ARDENT_LIS|ARDENT|20260311083001||ACK^R01|ACK55120|P|2.5.1",
           "MSA|AE|ARD2026031100412|PID-3 assigning authority not recognized",
           "ERR||PID^1^3|204^Unknown key identifier^HL70357|E"]
    return mail(("Corvid Engine", "corvid-alerts@" + SB), [("Interface Team", "interfaces@" + AR)],
                "ACK AE on route ARDENT_ORU (1 message)", D(3, 11, 8, 30), MIX(T("One message returned AE. ACK attached. The original stays in the error queue."), HL7(seg, "ACK55120.hl7")), client="system")


@M("none", "fhir-capability-statement", "FHIR CapabilityStatement JSON; no patient", trap=True)
def _():
    cap = {"resourceType": "CapabilityStatement", "status": "active", "date": "2026-02-01", "kind": "instance",
           "fhirVersion": "4.0.1", "format": ["json"],
           "rest": [{"mode": "server", "resource": [
               {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}], "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},
               {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}]},
               {"type": "DiagnosticReport", "interaction": [{"code": "read"}]}]}]}
    return mail(("Vitalink API Team", "api@" + VL), [("Ardent Interface Team", "interfaces@" + AR)],
                "Our FHIR metadata for the results feed", D(2, 3, 14, 0), MIX(T("CapabilityStatement from https://fhir.vitalink.example.com/r4/metadata attached."), JSONATT(cap, "metadata.json")))


@M("none", "fhir-sandbox-synthetic-bundle", "borderline: FHIR bundle with an obviously synthetic sandbox patient (Test Sandbox, 1900-01-01); no real person")
def _():
    b = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "sandbox-1", "name": [{"family": "Sandbox", "given": ["Test"]}], "birthDate": "1900-01-01", "meta": {"tag": [{"code": "SYNTHETIC"}]}}},
        {"resource": {"resourceType": "Observation", "status": "final", "code": {"coding": [{"code": "2339-0", "display": "Glucose (LOINC)"}]}, "subject": {"reference": "Patient/sandbox-1"}, "valueQuantity": {"value": 99, "unit": "mg/dL"}}}]}
    return mail(("Ardent Interface Team", "interfaces@" + AR), [("Vitalink API Team", "api@" + VL)],
                "Sample bundle for sandbox mapping", D(2, 4, 9, 15), MIX(T("Synthetic sandbox bundle attached, tagged SYNTHETIC. Please map Observation.code to your result tile."), JSONATT(b, "sandbox_bundle.json")), client="tbird")


@M("none", "courier-manifest-tracking-only", "courier manifest with tracking numbers and specimen counts; no patient", trap=True)
def _():
    return mail(("Swiftlane Dispatch", "dispatch@" + SW), [("Ardent Receiving", "receiving@" + AR)],
                "Manifest R2 PM - 6 stops", D(4, 16, 17, 5), MIX(T("R2 PM manifest attached. Driver: Kwame, van 14. ETA 18:40."), CSV("""stop,client_account,tracking,bags,ambient,refrigerated,frozen
1,ARD-10113,SWL77304412001,2,14,6,0
2,ARD-10044,SWL77304412002,1,8,2,1
3,ARD-10190,SWL77304412003,1,3,0,0
4,ARD-10071,SWL77304412004,3,22,9,2
5,ARD-10202,SWL77304412005,1,5,1,0
6,ARD-10215,SWL77304412006,1,2,0,0
""", "manifest_R2_PM.csv")), client="system")


@M("none", "baesong-gyeongro-byeongyeong-ko", "Korean courier route-change notice", lang="ko", trap=True)
def _():
    return mail(("스위프트레인 배송", "dispatch-ko@" + SW), [("거래처 담당자", "clients-ko@" + SW)],
                "4월 20일부터 검체 수거 경로 변경 안내", D(4, 14, 10, 0), T("""안녕하세요, 스위프트레인입니다.

4월 20일(월)부터 R3 경로의 수거 시간이 변경됩니다.
  - 오전 수거: 10:30 → 10:00
  - 오후 수거: 16:00 → 15:30
냉동 검체는 드라이아이스 박스에 담아 주시기 바랍니다.
문의: 555-0120

감사합니다.""", cs="euc-kr", cte="base64"), client="system", name_cs="euc-kr", subj_cs="euc-kr", lang_hdr="ko")


@M("none", "driver-fuel-card-number", "fuel card and employee numbers; no health content", trap=True)
def _():
    return mail(("Swiftlane Fleet", "fleet@" + SW), [("Kwame Mensah", "kmensah@" + SW)],
                "New fuel card", D(2, 27, 15, 0), """Kwame, your replacement fuel card ending 4471 (employee 2290) is at the
dispatch desk. Old card 7718 is cancelled. PIN comes by text.

Fleet""")


@M("phi", "critical-potassium-callback", "critical lab value for a named patient with MRN, called to the clinic")
def _():
    return mail(("Ardent Critical Calls", "criticals@" + AR), [("QuickCare Eastside", "eastside@" + QC)],
                "CRITICAL VALUE - documentation", D(3, 3, 9, 40), """Critical value notification (documentation copy)
Patient: Leonard Fisk   DOB 11/30/1949   Ardent MRN AR-5510927
Test: potassium, serum   Result: 6.8 mmol/L (critical > 6.0), hemolysis: none
Collected 03/02 17:10   Called to: RN Tess Morgan 09:32 03/03, read back.""", client="system")


@M("phi", "courier-manifest-with-patient-names", "CSV manifest lists patient names, DOBs and tests ordered; body is generic")
def _():
    return mail(("Minute Lane Plaza", "plaza@" + ML), [("Swiftlane Dispatch", "dispatch@" + SW)],
                "Pickup list today", D(4, 17, 15, 20), MIX(T("Pickup at 4. List attached.\n\nMinute Lane Plaza"), CSV("""requisition,patient,dob,tests,temp
MLP-2204,Gloria Banks,1958-02-14,CMP; lipid panel; A1c,ambient
MLP-2205,Isaac Rowe,2016-09-30,throat culture,ambient
MLP-2206,Helen Sato,1981-12-01,TSH; free T4,ambient
MLP-2207,Dev Patel,1990-05-22,urine culture,refrigerated
""", "pickup_0417.csv")), client="outlook")


@M("phi", "lab-bill-named-patient", "lab bill for a named patient with account number and tests")
def _():
    return mail(("Ardent Patient Billing", "billing@" + AR), [("Sergio Alvarez", "salvarez@" + PM)],
                "Statement for account 88-4410273", D(2, 20, 6, 0), """Ardent Reference Laboratory - patient statement
Patient: Sergio Alvarez     Account: 88-4410273
Date of service: 01/12/2026
  Comprehensive metabolic panel ........ $48.00
  Hepatic function panel ............... $36.00
  Hepatitis C antibody with reflex ..... $62.00
Insurance paid $101.20. You owe $44.80.
Pay: https://pay.ardentlab.example.com  |  555-0130""", client="system")


@M("phi", "interface-error-live-result", "interface error alert carrying a live HL7 result for a real patient")
def _():
    seg = ["MSH|^~\\&|ARDENT_LIS|ARDENT|TESSERA|STBRENDAN|20260312143300||ORU^R01|ARD2026031200877|P|2.5.1",
           "PID|1||AR-6620184^^^ARDENT^MR||NAKAMURA^KEN^J||19670418|M",
           "OBR|1||A26-0312-554|4548-4^Hemoglobin A1c^LN|||20260312080000",
           "OBX|1|NM|4548-4^Hemoglobin A1c^LN||10.4|%|4.0-5.6|H|||F"]
    return mail(("Corvid Engine", "corvid-alerts@" + SB), [("Interface Team", "interfaces@" + AR)],
                "Route ARDENT_ORU error: no matching encounter", D(3, 12, 14, 35), MIX(T("""Message ARD2026031200877 failed: no matching encounter for PID-3.
Payload attached. Please correct and resend."""), HL7(seg, "ARD2026031200877.hl7")), client="system")


@M("phi", "fhir-bundle-live-patient", "FHIR JSON attachment with a named patient's condition and medication")
def _():
    b = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "vl-448812", "identifier": [{"system": "urn:vitalink:mrn", "value": "VL-448812"}], "name": [{"family": "Okonkwo", "given": ["Adaeze"]}], "birthDate": "1992-10-07"}},
        {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/vl-448812"}, "code": {"text": "Type 1 diabetes mellitus"}}},
        {"resource": {"resourceType": "MedicationRequest", "status": "active", "subject": {"reference": "Patient/vl-448812"}, "medicationCodeableConcept": {"text": "insulin glargine 22 units nightly"}}}]}
    return mail(("Vitalink API Team", "api@" + VL), [("Ardent Interface Team", "interfaces@" + AR)],
                "Bundle that failed validation (prod)", D(3, 19, 11, 0), MIX(T("This production bundle failed your validator (identifier system). Attached as received."), JSONATT(b, "bundle_prod_failed.json")), client="tbird")


@M("restricted", "otp-take-home-courier-list", "substance-use treatment: CSV lists named patients' methadone take-home deliveries from an opioid treatment programme", cat="substance-use treatment")
def _():
    return mail(("Harbor Light OTP Dispensary", "dispensary@harborlight.example.org"), [("Swiftlane Dispatch", "dispatch@" + SW)],
                "Saturday deliveries", D(4, 24, 14, 0), MIX(T("Saturday home deliveries attached. Lockboxes, signature required, no leaving at door."), CSV("""patient,address,lockbox,doses,notes
Terrence Vail,88 Quarry Rd,LB-114,methadone 90 mg x1,homebound after hip surgery
Nina Castell,14 Ash St Apt 3,LB-120,methadone 65 mg x2,Sat+Sun take-homes
Bill Harmon,402 River Rd,LB-131,methadone 110 mg x1,call on arrival 555-0149
""", "sat_deliveries_0425.csv")), client="outlook")


@M("restricted", "hiv-viral-load-hl7-attach", "HIV: HL7 attachment carries a named patient's HIV-1 viral load; body generic", cat="HIV")
def _():
    seg = ["MSH|^~\\&|ARDENT_LIS|ARDENT|CRESCENT|CRESCENTID|20260407091200||ORU^R01|ARD2026040700219|P|2.5.1",
           "PID|1||AR-7719024^^^ARDENT^MR||PRICE^DESMOND^L||19850602|M",
           "OBR|1||A26-0406-118|20447-9^HIV 1 RNA^LN|||20260406081500",
           "OBX|1|NM|20447-9^HIV 1 RNA viral load^LN||<20|copies/mL|<20|N|||F",
           "OBX|2|NM|24467-3^CD4 count^LN||612|cells/uL|500-1500|N|||F"]
    return mail(("Ardent Results Delivery", "results@" + AR), [("Crescent ID Clinic", "results@crescent-id.example.org")],
                "Result delivery retry 1 of 3", D(4, 7, 9, 15), MIX(T("Automatic retry. The attached result could not be delivered to your endpoint."), HL7(seg, "ARD2026040700219.hl7")), client="system")


@M("restricted", "brca1-result-to-counsellor", "genetic: named patient's BRCA1 pathogenic variant result", cat="genetic")
def _():
    return mail(("Ardent Genomics", "genomics@" + AR), [("Hana Kobayashi, MS, CGC", "hkobayashi@" + VL)],
                "Result ready: hereditary cancer panel - Nia Okafor", D(5, 15, 13, 30), """Hana,

Hereditary cancer panel (36 genes) for Nia Okafor, DOB 08/19/1987, order
G26-0503-77: POSITIVE. BRCA1 c.68_69delAG (p.Glu23fs), pathogenic,
heterozygous. No other reportable variants. Full report in the portal.
Per your instruction, no result goes to the patient before your session.

Ardent Genomics, 555-0131""")


@M("restricted", "cf-carrier-screen-partner", "genetic (carrier screening): named patient's cystic fibrosis carrier result and partner testing", cat="genetic")
def _():
    return mail(("Ardent Genomics", "genomics@" + AR), [("Emily Sørensen", "emily.sorensen@" + PM)],
                "Your carrier screening result", D(1, 29, 10, 0), """Dear Emily,

Your expanded carrier screening found that you are a carrier of cystic
fibrosis (CFTR F508del). Carriers are healthy. If your partner is also a
carrier, each pregnancy has a 1 in 4 chance of CF. We recommend testing your
partner; a genetic counsellor will call you this week (555-0132).

Ardent Genomics""", client="system")


@M("restricted", "pgx-cyp2d6-pa-request", "genetic: PA request quoting a named patient's CYP2D6 pharmacogenomic result", cat="genetic")
def _():
    return mail(("Dr. Neha Kapoor", "nkapoor@halden-neuro.example.com"), [("ClearPath Prior Authorization", "pa@" + CPX)],
                "PA - Olivia Hart - pharmacogenomic result supports request", D(4, 9, 12, 0), """Member Olivia Hart, ID CPX 7710 0092 14.

Her pharmacogenomic panel (Ardent, 3/30/2026) shows CYP2D6 *4/*4, poor
metabolizer. Tricyclic prophylaxis (amitriptyline, nortriptyline) is not
appropriate per CPIC guidance, which is one more reason we request approval
of the non-preferred agent.

Neha Kapoor, MD""")


@M("restricted", "brca-filename-only-attachment", "borderline: genetic: body is 'attached'; patient name and BRCA2 result only in the attachment's file name", cat="genetic")
def _():
    return mail(("Ardent Genomics Reports", "reports@" + AR), [("Halden Breast Surgery", "office@halden-breast.example.com")],
                "Report delivery", D(5, 20, 8, 5), MIX(T("Attached.\n\nArdent Genomics"), PDF([
        "Ardent Genomics - secure document delivery", "Open in the provider portal to view the full report.",
    ], "BRCA2_positive_Whitfield_Irene_DOB1972-04-09.pdf", "Delivery")), client="system")


# ------------------------------------- interpreters / answering / nurse lines --
@M("none", "interpreter-invoice-minutes", "interpreting agency invoice with minutes by language; no patient", trap=True)
def _():
    return mail(("LinguaBridge Billing", "billing@" + LB), [("QuickCare Accounts Payable", "ap@" + QC)],
                "LinguaBridge invoice LB-26-0311", D(4, 2, 9, 0), """Invoice LB-26-0311 - March over-the-phone and video interpreting
  Spanish ........... 4,212 min
  Portuguese ........   611 min
  Haitian Creole ....   388 min
  Korean ............   145 min
  Polish ............    97 min
  ASL (video) .......   240 min
Total 5,693 min @ $0.95 = $5,408.35. Net 30. Session IDs available on request;
we never store call content.""")


@M("none", "recertificacion-interpretes-es", "Spanish recertification reminder for medical interpreters", lang="es", trap=True)
def _():
    return mail(("LinguaBridge Calidad", "calidad@" + LB), [("Intérpretes de español", "interpretes-es@" + LB)],
                "Recordatorio: recertificación y curso de terminología", D(5, 4, 10, 0), T("""Hola a todos:

Les recordamos que la recertificación anual vence el 30 de junio. El curso de
terminología de este año cubre urgencias, salud mental y salud reproductiva
(8 horas, en línea). Recuerden que nunca deben compartir datos de los
pacientes fuera de la llamada.

Inscripción: https://academia.linguabridge.example.com
Coordinación: 555-0140""", cte="quoted-printable"), client="outlook", lang_hdr="es-US")


@M("none", "triage-protocol-chest-pain-revision", "nurse-triage protocol revision; no patient", trap=True)
def _():
    return mail(("Nightingale Clinical Director", "clinical@" + NT), [("Triage RNs", "rns@" + NT)],
                "Protocol update: adult chest pain and pediatric fever", D(3, 1, 8, 0), """Effective 3/8:
 - Adult chest pain: any caller over 30 with chest pressure lasting >5 min is
   dispositioned to 911, no "see within 4 hours" option.
 - Pediatric fever: infants under 60 days with temp >= 100.4 F go to the ED
   now, not urgent care.
 - Suicidal statements: warm transfer to 988 and stay on the line.
Sign the attestation in the LMS.""")


@M("none", "nurse-line-call-volume-report", "aggregate nurse-line call volumes and dispositions", trap=True)
def _():
    return mail(("Nightingale Reports", "reports@" + NT), [("Client Practices", "clients@" + NT)],
                "Monthly call report - April", D(5, 1, 6, 0), """April totals for your practice group:
  Calls: 8,214   Avg answer 38 s   Abandoned 2.1%
  Dispositions: home care 41%, office next day 27%, urgent care 14%, ED 11%,
    911 3%, 988 warm transfer 0.6%, other 3.4%
  Top symptoms: fever, cough, vomiting, rash, abdominal pain
Per-call detail is in your practice portal.""", client="system")


@M("none", "answering-service-test-call-script", "test call with a dummy caller (TEST TEST); no real patient", trap=True)
def _():
    return mail(("Nightingale Answering Service", "messages@" + NT), [("Halden Pediatrics", "office@halden-peds.example.com")],
                "MSG 0411-0007 (TEST CALL)", D(4, 11, 19, 30), """*** TEST CALL - please confirm receipt ***
Caller: TEST TEST   DOB 01/01/1900   Callback 555-0199
Message: This is a test of the after-hours message path for the new
on-call schedule. No action needed.
Taken by: operator 22""", client="system")


@M("none", "touban-hyou-ja", "Japanese on-call roster with phone numbers", lang="ja", trap=True)
def _():
    return mail(("ナイチンゲール応答サービス", "jp-desk@" + NT), [("提携クリニック各位", "jp-clinics@" + NT)],
                "5月の夜間当番表", D(4, 27, 17, 0, tz="+0900"), T("""各位

5月の夜間当番表をお送りします。
  第1週  田中 医師   03-555-0142
  第2週  鈴木 医師   03-555-0143
  第3週  高橋 医師   03-555-0144
  第4週  伊藤 医師   03-555-0145
変更がある場合は前週の金曜日までにご連絡ください。""", cs="shift_jis", cte="base64"), client="outlook", name_cs="shift_jis", subj_cs="shift_jis", lang_hdr="ja-JP")


@M("phi", "interpreter-session-incident-note", "interpreter's incident note naming the patient and the diabetes and insulin instructions interpreted")
def _():
    return mail(("Lucía Herrera", "lherrera@" + LB), [("LinguaBridge Quality", "quality@" + LB)],
                "Incident note - session 26-0408-3312", D(4, 8, 16, 45), """Quality team,

During video session 26-0408-3312 (QuickCare Eastside, Dr. Amari) the patient,
Mr. Ramón Escobedo, was told his blood sugar was 412 and that he has diabetes.
The doctor explained starting metformin and insulin glargine 10 units at
night. The video froze twice and I am not sure he heard the insulin dose
correctly. I recommended the clinic call him back with an interpreter.

Lucía Herrera, CHI-Spanish""")


@M("phi", "after-hours-fever-message", "answering-service message: named child with fever, callback number, on-call advice")
def _():
    return mail(("Nightingale Answering Service", "messages@" + NT), [("Dr. Grace Hsu (on call)", "ghsu@halden-peds.example.com")],
                "MSG 0214-0031 URGENT", D(2, 14, 23, 12), """URGENT - after hours
Caller: Maria Lopez (mother)   Callback: 555-0112
Patient: Mateo Lopez, 3 y, DOB 05/02/2022
Message: fever 103.4 since 6 pm, ibuprofen at 9 pm, now lethargic, wet 2
diapers today. Asks if she should go to the ER.
Taken 23:10 by operator 14. Paged 23:11.""", client="system")


@M("phi", "nurse-triage-ankle-disposition", "nurse-line triage record for a named caller's ankle injury and disposition")
def _():
    return mail(("Nightingale Nurse Line", "triage@" + NT), [("Minute Lane Plaza", "plaza@" + ML)],
                "Triage summary - Jerome Atkins", D(1, 11, 20, 5), """Nurse triage summary (sent to practice of record)
Caller/patient: Jerome Atkins, DOB 08/08/1990
Complaint: twisted right ankle playing basketball 7 pm, swelling, can bear
weight 4 steps. Ottawa rules: no bony tenderness reported.
Disposition: home care (RICE, ibuprofen), see clinic within 24 h if not
improving. RN: K. Oduya.""", client="system")


@M("phi", "messagerie-vocale-toux-lisinopril-fr", "French voicemail transcription: named patient asking about a side effect of a new blood-pressure medicine", lang="fr")
def _():
    return mail(("Nightingale Messagerie", "voicemail@" + NT), [("QuickCare Eastside", "eastside@" + QC)],
                "Message vocal du 555-0113 (0:48)", D(3, 20, 7, 2), T("""Transcription automatique (peut contenir des erreurs) :

« Bonjour, ici Gloria Banks, née le quatorze février cinquante-huit. Le
docteur Amari m'a mis sous lisinopril la semaine dernière et j'ai une toux
sèche qui ne s'arrête pas, surtout la nuit. Est-ce que c'est le médicament ?
Rappelez-moi s'il vous plaît. Merci. »

Écouter : https://vm.nightingale-triage.example.com/m/55120""", cte="quoted-printable"), client="system", lang_hdr="fr")


@M("phi", "marked-secure-test-send", "borderline: [secure] test send with no patient; a sender-marked message is at least phi (marked-secure-test-no-content)")
def _():
    return mail(("Tess Morgan", "tmorgan@" + QC), [("QuickCare IT", "it@" + QC)],
                "[secure] test - please confirm encrypted", D(3, 2, 9, 5), "Testing the secure tag from the front desk PC. Nothing in here.\n\nTess", extra=["X-Sensitivity: confidential"])


@M("phi", "tatay-ambulansya-tl", "Tagalog family mail: named father taken by ambulance, heart attack, stent", lang="tl")
def _():
    return mail(("Joy Villanueva", "joy.villanueva@" + PM), [("Kuya Ramil", "ramil.villanueva@" + PM2)],
                "Si Tatay", D(4, 5, 2, 30), T("""Kuya,

Dinala si Tatay Ernesto ng ambulansya kanina mga 10 pm, sumakit ang dibdib
niya. Atake sa puso daw (heart attack). Nilagyan siya ng stent sa St. Brendan
mga hatinggabi, nasa CCU na siya ngayon. Okay na daw ang BP niya. Tawagan
mo si Nanay paggising mo.

Joy
Sent from my iPhone""", cte="quoted-printable", flowed=True), client="iphone", lang_hdr="tl")


@M("restricted", "therapist-message-panic-disorder", "mental health: answering-service message for a therapist about a named client's panic attacks and therapy", cat="mental health")
def _():
    return mail(("Nightingale Answering Service", "messages@" + NT), [("Dr. Leah Brandt, PsyD", "lbrandt@pinewood-counseling.example.com")],
                "MSG 0309-0118", D(3, 9, 21, 40), """Caller: Owen Marsh (your client)   Callback: 555-0114
Message: Had two panic attacks today at work, used the breathing exercises
from your CBT sessions, feels a bit better. Wants to move Thursday's therapy
appointment earlier if possible and asks whether to take the hydroxyzine
Dr. Osei prescribed. Not in crisis; told him 988 is available.
Taken 21:38 by operator 9.""", client="system")


@M("restricted", "linya-988-warm-transfer-tl", "mental health: Tagalog nurse-line note of a named caller's suicidal thoughts and 988 transfer", lang="tl", cat="mental health")
def _():
    return mail(("Nightingale Nurse Line", "triage@" + NT), [("Dr. Ama Osei", "aosei@" + VL)],
                "Tala ng tawag - Rodel Santos", D(5, 23, 1, 15), T("""Dok,

Tumawag si Rodel Santos (ipinanganak 1996-11-02), pasyente ninyo sa
depresyon. Sinabi niyang may iniisip siyang saktan ang sarili ngayong gabi.
Wala siyang plano o gamit, at kasama niya ang kanyang kapatid. Inilipat
namin siya nang direkta sa 988 at nanatili ako sa linya hanggang sumagot
sila. Pakitawagan siya bukas ng umaga.

RN Carmela Dizon, Nightingale Nurse Line""", cte="quoted-printable"), client="system", lang_hdr="tl")


@M("restricted", "desintoxicacao-filho-pt", "substance-use treatment: Portuguese family mail about a named son's detox and rehab admission", lang="pt", cat="substance-use treatment")
def _():
    return mail(("Marcia Prado", "marcia.prado@" + PM), [("Luiz Prado", "luiz.prado@" + PM2)],
                "O Rafael entrou na desintoxicação", D(3, 15, 22, 10), T("""Luiz,

O Rafael foi levado de ambulância ontem à noite e hoje de manhã foi
transferido para a unidade de desintoxicação da Harbor Light. Os médicos
disseram que ele vai ficar 5 a 7 dias para a abstinência do álcool e dos
opioides, e depois vai para o programa de reabilitação (internação de 28
dias). Ele assinou a autorização para eu receber notícias.

Beijos,
Marcia""", cs="iso-8859-1", cte="quoted-printable"), client="gmail", lang_hdr="pt-BR")


@M("restricted", "tongyeok-metadon-yongryang-ko", "substance-use treatment: Korean interpreter note about a named patient's methadone dose at an opioid treatment programme", lang="ko", cat="substance-use treatment")
def _():
    return mail(("이수진 (LinguaBridge 통역사)", "sjlee@" + LB), [("LinguaBridge Quality", "quality@" + LB)],
                "통역 세션 보고 26-0502-0871", D(5, 2, 15, 20), T("""품질관리팀께,

오늘 하버라이트 아편 치료 프로그램(OTP) 통역 세션에서 환자 박정호 님의
메타돈 용량이 80 mg에서 90 mg으로 증량되었습니다. 환자분이 주말 반출 용량
조건(소변 검사 3회 연속 음성)을 잘 이해하지 못하셔서 두 번 설명했습니다.
다음 세션에도 같은 통역사를 요청하셨습니다.

이수진 드림""", cte="base64"), client="gmail", lang_hdr="ko")


@M("restricted", "consultation-prep-fr", "HIV: French message to a named patient about starting PrEP and the baseline HIV test", lang="fr", cat="HIV")
def _():
    return mail(("Dr. Priya Raman", "praman@" + WF), [("Julien Moreau", "julien.moreau@" + PM)],
                "Votre consultation PrEP", D(4, 22, 18, 30), T("""Bonjour Julien,

Votre test VIH de mardi est négatif et votre fonction rénale est normale. Vous
pouvez commencer la PrEP (emtricitabine/ténofovir) : un comprimé par jour,
ou le schéma « à la demande » dont nous avons parlé avant votre voyage à
Montréal. Prochain test VIH et IST dans 3 mois.

Dr Priya Raman""", cte="quoted-printable"), client="outlook", lang_hdr="fr-FR")


@M("restricted", "adherencia-tar-llamada-es", "HIV: Spanish pharmacy call note about a named patient's missed antiretroviral doses and viral load", lang="es", cat="HIV")
def _():
    return mail(("Farmacia Meridian", "adherencia@" + MER), [("Clínica Crescent", "enfermeria@crescent-id.example.org")],
                "Llamada de adherencia - Sr. Héctor Ibarra", D(5, 26, 12, 10), T("""Equipo Crescent:

Llamamos al Sr. Héctor Ibarra (fecha de nacimiento 12/03/1979) para el
resurtido de su tratamiento antirretroviral (dolutegravir + lamivudina). Dice
que no tomó 6 dosis este mes porque perdió el trabajo. Su última carga viral
fue de 1.240 copias/mL. Le ofrecimos el programa de ayuda y entrega a
domicilio. ¿Pueden adelantar su cita?

Farmacia Meridian""", cte="quoted-printable"), client="outlook", lang_hdr="es-US")


@M("restricted", "iden-shindan-kazoku-ja", "genetic: Japanese message about a named patient's familial hypercholesterolemia gene test and relatives' testing", lang="ja", cat="genetic")
def _():
    return mail(("アーデント遺伝子検査", "genomics-jp@" + AR), [("中村 健", "ken.nakamura@" + PM)],
                "遺伝学的検査の結果について（中村 健 様）", D(3, 18, 10, 0, tz="+0900"), T("""中村 健 様

先日の家族性高コレステロール血症の遺伝学的検査で、LDLR 遺伝子に病的
バリアントが見つかりました。ご家族（お子様、ご兄弟）も同じバリアントを
持っている可能性があるため、遺伝カウンセリングと検査をおすすめします。
カウンセリングの予約は 03-555-0146 までご連絡ください。""", cs="iso-2022-jp", cte="7bit"), client="system", name_cs="iso-2022-jp", subj_cs="iso-2022-jp", lang_hdr="ja")


@M("restricted", "emergency-contraception-visit", "reproductive health: retail-clinic visit summary for a named patient's emergency contraception", cat="reproductive health")
def _():
    return mail(("Minute Lane Clinic", "visits@" + ML), [("Tara Quinn", "tquinn@" + PM2)],
                "Your visit summary", D(6, 6, 13, 25), """Visit summary - Minute Lane at Farmacia Plaza, 06/06/2026
Patient: Tara Quinn   DOB 02/27/2004
Reason: emergency contraception (unprotected intercourse 36 h ago)
Given: ulipristal acetate 30 mg by mouth in clinic. Pregnancy test negative.
Counselled on starting a regular contraceptive; referral to Eastgate Women's
Health for an IUD if desired. Repeat pregnancy test if period is > 7 days late.""", client="system")


@M("restricted", "mrozenie-komorek-jajowych-pl", "reproductive health (egg freezing): Polish bill to a named patient for oocyte cryopreservation", lang="pl", cat="reproductive health")
def _():
    return mail(("Cedar Fertility - rozliczenia", "rozliczenia@cedar-fertility.example.com"), [("Pani Joanna Krawczyk", "joanna.krawczyk@" + PM)],
                "Faktura: mrożenie komórek jajowych", D(2, 12, 11, 0), T("""Szanowna Pani,

w załączeniu rozliczenie za cykl stymulacji i mrożenia komórek jajowych
(punkcja 28.01.2026, zamrożono 14 oocytów):
  stymulacja i monitorowanie USG ...... 3 200,00 USD
  punkcja i znieczulenie .............. 2 100,00 USD
  witryfikacja i przechowywanie 1 rok . 1 150,00 USD
Do zapłaty po rozliczeniu z ubezpieczycielem: 2 480,00 USD.

Dział rozliczeń, Cedar Fertility Center, 555-0150""", cs="iso-8859-2", cte="quoted-printable"), client="outlook", lang_hdr="pl-PL")


@M("restricted", "iud-appointment-tl", "reproductive health (contraceptive care): Tagalog reminder of a named patient's IUD insertion", lang="tl", cat="reproductive health")
def _():
    return mail(("Eastgate Women's Health", "paalala@eastgate-wh.example.org"), [("Analyn Cruz", "analyn.cruz@" + PM2)],
                "Paalala: IUD insertion sa Martes", D(6, 12, 9, 0), T("""Hi Analyn,

Paalala po sa inyong appointment para sa paglalagay ng IUD (copper IUD) sa
Martes, Hunyo 16, 10:30 AM kay Dr. Reyes. Uminom ng ibuprofen 1 oras bago
dumating. Kung buntis o may bagong sintomas, tumawag muna sa 555-0151.

Eastgate Women's Health""", cte="quoted-printable"), client="system", lang_hdr="tl")


# ------------------------------------------------------------------ locums --
@M("none", "locum-er-job-posting", "locum agency job posting", trap=True)
def _():
    return mail(("Locum Partners", "jobs@" + LP), "physicians@lists.locumpartners.example.com",
                "Locum: rural ED, 14 shifts/month, Level IV trauma", D(3, 12, 9, 0), """Rural ED, 12 beds, single coverage with a PA 10a-10p. 14 x 24-hour shifts
per month. Air medical on site (Kestrel Base 3). Procedures: intubation,
chest tubes, thrombolytics for stroke and STEMI when transfer > 120 min.
$245/hr, housing and travel paid. Board certified EM or FM with ED
experience. Reply or call Maya at 555-0160.""", client="system")


@M("none", "locum-timesheet-reminder", "timesheet reminder with provider ID and hours; no health content", trap=True)
def _():
    return mail(("Locum Partners Payroll", "timesheets@" + LP), [("Dr. Sam Adeyemi", "sam.adeyemi@" + PM)],
                "Timesheet due - provider LP-20331", D(4, 30, 8, 0), """Dr. Adeyemi, your April timesheet for the Greyhill assignment (provider
LP-20331, 168 hours recorded so far) is due by Monday. Have the ED director
sign before upload.""", client="system")


@M("none", "locum-hotel-confirmation", "hotel confirmation number for a locum assignment", trap=True)
def _():
    return mail(("Harborview Inn Reservations", "reservations@harborview-inn.example.com"), [("Locum Partners Travel", "travel@" + LP)],
                "Confirmation HV-4471882 - Dr. S. Adeyemi", D(4, 28, 15, 0), """Confirmation HV-4471882
Guest: Dr. Samuel Adeyemi   Check-in 05/01  Check-out 05/15
King room, corporate rate $118/night, direct bill to Locum Partners.
Harborview Inn, 12 Quay St, 555-0161""", client="system")


# ---------------------------------------------------------- general traps --
@M("none", "impferinnerung-hund-de", "German reminder for a dog's vaccinations; veterinary care is not human health care", lang="de", trap=True)
def _():
    return mail(("Tierarztpraxis am Hafen", "erinnerung@tierarzt-hafen.example.de.test"), [("Greta Lindholm", "greta.lindholm@" + PM)],
                "Biscuit: Tollwut- und Borreliose-Impfung fällig", D(5, 2, 8, 0, tz="+0200"), T("""Liebe Frau Lindholm,

bei Biscuit (Hund, 6 Jahre) sind die Tollwut-Auffrischung, die Borreliose-
Impfung und der Herzwurmtest fällig. Beim letzten Besuch hatten wir eine
leichte Arthrose festgestellt; fragen Sie Dr. Ahmed nach Carprofen.
Termine: 555-0170

Ihre Tierarztpraxis am Hafen""", cte="quoted-printable"), client="system", lang_hdr="de-DE")


@M("none", "tesserino-sostitutivo-it", "Italian badge reissue with an employee ID; no health content", lang="it", trap=True)
def _():
    return mail(("Ufficio Sicurezza", "security@" + SB), [("Ana Ferreira", "aferreira@" + SB)],
                "Nuovo badge - matricola 118204", D(3, 4, 10, 0), T("""Ana, il tuo badge sostitutivo (matricola 118204) è pronto al banco della
sicurezza, piano terra. Il vecchio badge è stato disattivato. Porta un
documento d'identità con foto.""", cte="quoted-printable"), lang_hdr="it-IT")


@M("none", "lure-your-lab-results", "phishing mail posing as lab results; no real patient", trap=True)
def _():
    return mail(("Ardent Lab Results", "results@ardent-lab-secure.example.net"), "undisclosed-recipients:;",
                "Your lab results are ready - action required", D(3, 21, 4, 12), ALT(
        "Your test results are available. Verify your identity within 24 hours: http://ardent-lab-secure.example.net/verify",
        "<html><body><p>Dear Patient,</p><p>Your recent test results are available. <a href=\"http://ardent-lab-secure.example.net/verify\">Verify your identity</a> within 24 hours or your results will be deleted.</p></body></html>"), client="system")


@M("none", "pill-spam-no-prescription", "pharmacy spam naming drugs", trap=True)
def _():
    return mail(("Canada Meds Direct", "deals@cheap-meds.example.net"), "customer@" + PM2,
                "Ozempic, Adderall, Xanax - no prescription needed!!!", D(2, 8, 3, 3), """BEST PRICES ON: semaglutide, alprazolam, Adderall, sildenafil, tramadol
No prescription! Discreet shipping! http://cheap-meds.example.net
Reply REMOVE to unsubscribe""", client="bare", mime=False)


@M("none", "hipaa-annual-training-reminder", "HR training reminder about PHI handling", trap=True)
def _():
    return mail(("Compliance Office", "compliance@" + NT), [("All Staff", "allstaff@" + NT)],
                "Annual HIPAA training due May 31", D(5, 1, 9, 0), """All staff,

Annual privacy training is due May 31: minimum necessary, how to handle caller
PHI in messages, what counts as 42 CFR Part 2 information, and when a message
about HIV status, mental health or genetic results needs extra care. 45 minutes.

Compliance Office, 555-0155""")


@M("none", "coworker-birthday-dob", "a coworker's birth date; no health content", trap=True)
def _():
    return mail(("Priya Nand", "pnand@" + EMS), [("B-shift", "bshift@" + EMS)],
                "Okafor's 40th", D(4, 7, 13, 0), """Kofi turns 40 on 4/19 (DOB 04/19/1986 per HR, so no lying about it).
Cake at Station 1 after shift change. Chip in $5 on the app.""", client="gmail")


@M("none", "portal-password-reset", "password reset notice", trap=False)
def _():
    return mail(("Vitalink", "no-reply@" + VL), [("Peter Doyle", "pdoyle@" + PM2)],
                "Reset your password", D(2, 18, 22, 0), """We received a request to reset your Vitalink password. The link expires in
30 minutes: https://app.vitalink.example.com/reset/4c8e2

If you didn't ask, ignore this e-mail.""", client="system")


@M("none", "tls-certificate-expiry-alert", "IT certificate expiry alert", trap=False)
def _():
    return mail(("Beacon Monitoring", "beacon@monitoring.example.net"), [("Ardent IT", "it@" + AR)],
                "WARNING: certificate for results.ardentlab.example.com expires in 14 days", D(3, 16, 0, 5), """Host: results.ardentlab.example.com:443
Issuer: Example Internal CA G2
Not after: 2026-03-30T23:59:59Z (14 days)
Renew and deploy before expiry to avoid result-delivery failures.""", client="system")


@M("none", "vendor-w9-request", "accounts payable request for a vendor W-9", trap=False)
def _():
    return mail(("Accounts Payable", "ap@" + AL), [("LinguaBridge Billing", "billing@" + LB)],
                "W-9 needed before next payment", D(1, 6, 14, 0), """Hello, we need an updated W-9 for LinguaBridge Interpreting before we can
release the December payment. Please send via the vendor portal.

Alder Home Infusion AP""")


@M("none", "988-poster-shipment", "shipment of 988 crisis-line posters; no individual", trap=True)
def _():
    return mail(("Print Services", "print@statehealth.example.gov.test"), [("Nightingale Compliance", "compliance@" + NT)],
                "Your 988 poster order has shipped", D(2, 19, 11, 0), """Order PS-22019: 50 x "988 Suicide & Crisis Lifeline" posters (English/Spanish)
and 500 wallet cards shipped via Swiftlane, tracking SWL 7730 9901 2233.""", client="system")


@M("none", "methadone-clinic-courier-schedule", "an opioid treatment programme's display name, but only a courier schedule change; no individual", trap=True)
def _():
    return mail(("Harbor Light Methadone Clinic - Front Desk", "frontdesk@harborlight.example.org"), [("Swiftlane Dispatch", "dispatch@" + SW)],
                "Pickup time change for Memorial Day", D(5, 20, 10, 0), """Hi, we're closed Monday 5/25. Please skip the lab pickup that day and come
at 10:30 Tuesday instead of 2 pm. Thanks!

Harbor Light Front Desk, 555-0190""")


@M("none", "hereditary-panel-sales-pitch", "genetic-lab sales mail about hereditary cancer testing; no individual", trap=True)
def _():
    return mail(("Ardent Genomics", "outreach@" + AR), "oncology-practices@lists.ardentlab.example.com",
                "BRCA1/2 + 34 genes, 10-day turnaround, $250 self-pay", D(4, 16, 9, 0), ALT(
        "Ardent's hereditary cancer panel: BRCA1/2, PALB2, Lynch genes and more. Results in 10 days. Free genetic counselling by phone for every patient. Order kits: https://ardentlab.example.com/hereditary",
        "<html><body><h3>Hereditary cancer panel: 36 genes, 10 days</h3><p>BRCA1/2, PALB2, Lynch syndrome genes and more. Free genetic counselling by phone for every patient.</p><p><a href=\"https://ardentlab.example.com/hereditary\">Order kits</a></p></body></html>"), client="system")


@M("none", "deidentified-case-cme-newsletter", "borderline: teaching case (54-year-old man, STEMI) in a CME newsletter with no name or identifier")
def _():
    return mail(("Lakes Region EMS Journal", "journal@lakes-ems.example.org"), "members@lakes-ems.example.org",
                "Case of the month: the inferior STEMI that dropped its pressure", D(5, 15, 7, 0), """CASE OF THE MONTH (details changed to protect privacy)

A 54-year-old man called 911 with chest pain and nausea. The first 12-lead
showed inferior ST elevation. After one nitroglycerin his systolic pressure
fell from 128 to 74. Right-sided leads showed ST elevation in V4R.

Teaching points: get V4R before nitrates in inferior STEMI; treat
preload-dependent hypotension with fluid boluses. 0.5 CE hours with the quiz.""", client="system")


@M("none", "suraksha-stand-down-hi", "Hindi air-medical safety stand-down notice to staff", lang="hi", trap=False)
def _():
    return mail(("केस्ट्रल एयर मेडिकल सुरक्षा", "safety@" + KES), [("सभी कर्मचारी", "allcrew@" + KES)],
                "सुरक्षा स्टैंड-डाउन: 14 मई", D(5, 8, 9, 0), T("""सभी कर्मचारियों को सूचना,

14 मई को सुबह 8 से 10 बजे तक सभी बेस पर सुरक्षा स्टैंड-डाउन होगा। इस दौरान कोई उड़ान नहीं
होगी; ज़मीनी CCT यूनिट उपलब्ध रहेगी। विषय: रात में हेलीपैड पर उतरना, थकान प्रबंधन और
मौसम संबंधी निर्णय। उपस्थिति अनिवार्य है।

सुरक्षा प्रबंधक""", cte="base64"), client="outlook", lang_hdr="hi-IN")


@M("none", "kurs-kwalifikowanej-pierwszej-pomocy-pl", "Polish EMS training course announcement", lang="pl", trap=True)
def _():
    return mail(("Centrum Szkoleń Bluewater", "szkolenia@" + EMS), "kursanci@lists.bluewaterems.example.org",
                "Kurs kwalifikowanej pierwszej pomocy - zapisy", D(2, 16, 12, 0), T("""Szanowni Państwo,

ruszają zapisy na kurs kwalifikowanej pierwszej pomocy (66 godzin). Program:
resuscytacja krążeniowo-oddechowa, AED, urazy, zatrucia, stany nagłe u dzieci,
tlenoterapia. Zajęcia w soboty od 7 marca. Koszt 1 200 zł.

Zapisy: https://szkolenia.bluewaterems.example.org lub tel. 555-0102""", cs="iso-8859-2", cte="quoted-printable"), client="system", subj_cs="iso-8859-2", lang_hdr="pl")


@M("none", "ban-tin-suc-khoe-du-lich-vi", "Vietnamese travel-health newsletter", lang="vi", trap=True)
def _():
    return mail(("Wayfarer Sức Khỏe Du Lịch", "bantin@" + WF), "vi@lists.wayfarerhealth.example.com",
                "Bản tin: tiêm phòng trước khi về Việt Nam dịp hè", D(5, 25, 9, 0), T("""Kính gửi quý khách,

Trước khi về Việt Nam dịp hè, nên kiểm tra:
 - Vắc-xin viêm gan A và thương hàn
 - Vắc-xin viêm não Nhật Bản nếu ở vùng nông thôn lâu ngày
 - Phòng sốt xuất huyết: dùng thuốc chống muỗi
Đặt lịch: https://wayfarerhealth.example.com/vi hoặc 555-0113""", cte="base64"), client="system", lang_hdr="vi")


@M("none", "hiv-clinic-test-kit-order", "an HIV clinic's supply order of rapid test kits; no individual", trap=True)
def _():
    return mail(("Crescent ID Clinic - Supply", "supply@crescent-id.example.org"), [("Northgate Medical Supply", "orders@" + NG)],
                "PO 26-0419: HIV rapid tests and PrEP starter bags", D(4, 19, 10, 0), """Please ship PO 26-0419:
  20 bx HIV-1/2 Ag/Ab rapid test (25/bx)
  10 bx syphilis rapid test
  200 discreet pharmacy bags (PrEP starter packs)
Deliver to loading dock B. Thank you.""")


@M("none", "cryo-tank-alarm-embryology", "embryology-lab liquid-nitrogen tank alarm; no patient", trap=True)
def _():
    return mail(("CryoGuard Monitor", "alerts@cryoguard.example.net"), [("Cedar Embryology Lab", "embryology@cedar-fertility.example.com")],
                "ALARM cleared: Dewar 3 LN2 level", D(1, 24, 5, 40), """Dewar 3 (embryo and oocyte storage) LN2 level dropped to 31% at 04:55 and
returned to 78% after auto-fill at 05:32. Temperature stayed below -190 C.
No action needed; check the fill line at next shift.""", client="system")


@M("none", "behavioral-health-ooo-to-vendor", "a behavioral-health counsellor's out-of-office to a copier vendor; no client concerned", trap=True)
def _():
    return mail(("Dr. Leah Brandt, PsyD - Pinewood Counseling", "lbrandt@pinewood-counseling.example.com"), [("Office Copier Service", "service@copiers.example.com")],
                "Automatic reply: toner order", D(3, 23, 12, 0), """I am out of the office until March 30. For clients in crisis, call or text
988. For scheduling, call the front desk at 555-0195.""", client="outlook", extra=["Auto-Submitted: auto-replied"])


# ====================================================================== #
#                           BUILD AND CHECK                              #
# ====================================================================== #
FORBIDDEN_IN_SLUG = ("trap", "phi", "restricted", "none")


def build():
    """Return {relpath: bytes} and the labels.tsv text."""
    for m in MSGS:
        if any(w in m["slug"] for w in FORBIDDEN_IN_SLUG):
            raise SystemExit("forbidden word in slug: " + m["slug"])
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    files, rows = {}, []
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        ST.slug, ST.n = m["slug"], 0
        name = "%s/%03d-%s.eml" % (m["label"], num, m["slug"])
        m["file"] = name
        files[name] = m["fn"]()
        reason = m["reason"]
        if m["label"] == "restricted" and m["cat"] not in CATS:
            raise SystemExit("restricted without category: " + m["slug"])
        rows.append("%s\t%s\t%s" % (name, m["label"], reason))
    rows.sort()
    return files, "\n".join(rows) + "\n"


ALLOWED_DOM = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test)$", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
WWW_RE = re.compile(r"\bwww\.([A-Za-z0-9.-]+)")
PHONE_RE = re.compile(r"(?<![\d-])555[-. ]?(\d{4})(?!\d)")
NPI_RE = re.compile(r"NPI(?: on file)?[:#]?\s+(\d{10})\b")
DEA_RE = re.compile(r"DEA[:#]?\s+([A-Z]{2}\d{7})\b")


def _texts_ok(text, where, errs):
    for rx in (EMAIL_RE, URL_RE):
        for mm in rx.finditer(text):
            host = mm.group(1).rstrip(".").lower()
            if not ALLOWED_DOM.search(host):
                errs.append("%s: host not allowed: %s" % (where, host))
    for mm in WWW_RE.finditer(text):
        errs.append("%s: www host: %s" % (where, mm.group(0)))
    for mm in PHONE_RE.finditer(text):
        if not mm.group(1).startswith("01"):
            errs.append("%s: 555 number outside 01xx: %s" % (where, mm.group(0)))
    for mm in NPI_RE.finditer(text):
        if not npi_ok(mm.group(1)):
            errs.append("%s: NPI fails Luhn: %s" % (where, mm.group(1)))
    for mm in DEA_RE.finditer(text):
        if not dea_ok(mm.group(1)):
            errs.append("%s: DEA check digit: %s" % (where, mm.group(1)))


_B64_LINE = re.compile(rb"^[A-Za-z0-9+/]*={0,2}$")
_QP_BAD = re.compile(rb"=(?![0-9A-F]{2})(?!$)")


def _pdf_ok(data, where, errs):
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    if not m:
        errs.append(where + ": PDF without startxref")
        return ""
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        errs.append(where + ": PDF startxref wrong")
        return ""
    lines = data[x:].split(b"\n")
    n = int(lines[1].split()[1])
    for i in range(1, n):
        off = int(lines[2 + i][:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            errs.append(where + ": PDF xref offset wrong for obj %d" % i)
    text = ""
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        body = data[sm.end():sm.end() + ln]
        if data[sm.end() + ln:sm.end() + ln + 10] != b"\nendstream":
            errs.append(where + ": PDF stream length wrong")
        if sm.group(2):
            try:
                body = zlib.decompress(body)
            except zlib.error:
                errs.append(where + ": PDF Flate stream does not inflate")
                continue
        text += " ".join(re.findall(r"\((.*?)\) Tj", body.decode("latin-1")))
    return text


def _leaf_checks(part, where, errs):
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    raw = part.get_payload(decode=False)
    rawb = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    if cte == "base64":
        lines = [l for l in rawb.split(b"\n") if l.strip(b"\r")]
        for l in lines:
            l = l.rstrip(b"\r")
            if len(l) > 76 or not _B64_LINE.match(l):
                errs.append(where + ": bad base64 line")
                break
        try:
            base64.b64decode(b"".join(l.rstrip(b"\r") for l in lines), validate=True)
        except Exception:
            errs.append(where + ": base64 does not decode strictly")
    elif cte == "quoted-printable":
        for l in rawb.split(b"\n"):
            l = l.rstrip(b"\r")
            if len(l) > 76 or _QP_BAD.search(l) or any(b > 126 or (b < 32 and b != 9) for b in l):
                errs.append(where + ": bad quoted-printable line")
                break
            if l.endswith(b" ") or l.endswith(b"\t"):
                errs.append(where + ": QP line ends in whitespace")
                break
    elif cte == "7bit":
        if any(b > 127 for b in rawb):
            errs.append(where + ": 8-bit data in a 7bit part")
    elif cte != "8bit":
        errs.append(where + ": unexpected CTE " + cte)
    data = part.get_payload(decode=True) or b""
    ctype = part.get_content_type()
    text = ""
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        try:
            text = data.decode(codec(cs), errors="strict")
        except (UnicodeDecodeError, LookupError):
            errs.append("%s: charset %s does not decode" % (where, cs))
    if ctype in ("text/calendar", "application/ics"):
        t = data.decode("utf-8")
        text = t
        for obj in ("VCALENDAR", "VEVENT"):
            if t.count("BEGIN:" + obj) != t.count("END:" + obj) or t.count("BEGIN:" + obj) == 0:
                errs.append(where + ": ICS BEGIN/END unbalanced")
    if ctype.endswith("json"):
        try:
            json.loads(data.decode("utf-8"))
            text = data.decode("utf-8")
        except ValueError:
            errs.append(where + ": JSON does not parse")
    if ctype == "application/pdf":
        text = _pdf_ok(data, where, errs)
    if ctype == "application/hl7-v2":
        text = data.decode("ascii")
        if not text.startswith("MSH|"):
            errs.append(where + ": HL7 without MSH")
    if ctype.endswith("wordprocessingml.document"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
            text = re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8"))
        except Exception:
            errs.append(where + ": DOCX does not open")
    return text


def check_one(name, data, errs):
    where = name
    if b"\r\n" not in data or data.replace(b"\r\n", b"").count(b"\n") or data.replace(b"\r\n", b"").count(b"\r"):
        errs.append(where + ": not CRLF-only")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append(where + ": line over 998 octets")
            break
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append(where + ": raw 8-bit in headers")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (where, h))
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append(where + ": Content-Type without MIME-Version")
    dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if dt.year != 2026 or dt.tzinfo is None:
        errs.append(where + ": Date not in 2026 with a zone")
    if not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.-]+>", str(msg["Message-ID"])):
        errs.append(where + ": malformed Message-ID")
    texts = []
    for k, v in msg.items():
        sv = str(v)
        if "=?" in sv:
            errs.append("%s: undecoded encoded word in %s" % (where, k))
        if getattr(v, "defects", None):
            errs.append("%s: header defects in %s: %r" % (where, k, v.defects))
        texts.append(sv)
    for i, part in enumerate(msg.walk()):
        pw = "%s part %d (%s)" % (where, i, part.get_content_type())
        if part.defects:
            errs.append("%s: defects %r" % (pw, part.defects))
        if part is not msg:
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append("%s: header defects in %s" % (pw, k))
        if part.is_multipart():
            continue
        try:
            part.get_content()
        except Exception as e:
            errs.append("%s: get_content failed: %s" % (pw, e))
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        texts.append(_leaf_checks(part, pw, errs))
    _texts_ok("\n".join(t for t in texts if t), where, errs)


def check(files, labels_tsv):
    errs = []
    # counts, numbering, labels.tsv
    counts = {l: 0 for l in LABELS}
    nums = []
    for name in files:
        lab, fn = name.split("/")
        counts[lab] += 1
        nums.append(int(fn[:3]))
    if counts != WANT:
        errs.append("counts %r != %r" % (counts, WANT))
    if sorted(nums) != list(range(1, 201)):
        errs.append("numbers are not 001-200")
    on_disk = set()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if os.path.isdir(d):
            on_disk.update("%s/%s" % (lab, f) for f in os.listdir(d))
    if on_disk != set(files):
        errs.append("files on disk differ from generated: extra %s missing %s" % (sorted(on_disk - set(files))[:5], sorted(set(files) - on_disk)[:5]))
    for name, data in sorted(files.items()):
        p = os.path.join(HERE, name)
        if os.path.exists(p):
            with open(p, "rb") as f:
                if f.read() != data:
                    errs.append(name + ": on-disk bytes differ from gen.py output")
        check_one(name, data, errs)
    lp = os.path.join(HERE, "labels.tsv")
    disk_tsv = open(lp, "rb").read().decode("utf-8") if os.path.exists(lp) else ""
    if disk_tsv != labels_tsv:
        errs.append("labels.tsv differs from gen.py output")
    seen = set()
    for row in labels_tsv.splitlines():
        f, lab, reason = row.split("\t")
        if f in seen or f.split("/")[0] != lab or f not in files or not reason:
            errs.append("labels.tsv row wrong: " + f)
        seen.add(f)
    if seen != set(files):
        errs.append("labels.tsv does not list every file once")
    nonen = sum(1 for m in MSGS if m["lang"] != "en")
    if not (40 <= nonen <= 50):
        errs.append("non-English share %d/200 outside 20-25%%" % nonen)
    if sum(1 for m in MSGS if m["label"] == "none" and m["trap"]) < 75:
        errs.append("fewer than 75 trap messages in none")
    return errs


def stats(files):
    from collections import Counter
    top, parts, ctes, charsets = Counter(), Counter(), Counter(), Counter()
    for name, data in files.items():
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        top[msg.get_content_type()] += 1
        for p in msg.walk():
            if p is not msg:
                parts[p.get_content_type()] += 1
            if not p.is_multipart():
                ctes[(p.get("Content-Transfer-Encoding") or "7bit (none)").lower()] += 1
                if p.get_content_charset():
                    charsets[p.get_content_charset()] += 1
    print("labels:", Counter(m["label"] for m in MSGS))
    print("traps in none:", sum(1 for m in MSGS if m["label"] == "none" and m["trap"]))
    print("restricted categories:", Counter(m["cat"] for m in MSGS if m["label"] == "restricted"))
    print("borderline:", sum(1 for m in MSGS if m["reason"].startswith("borderline:")))
    for lab in LABELS:
        print("non-English %s:" % lab, Counter(m["lang"] for m in MSGS if m["label"] == lab and m["lang"] != "en"))
    print("top-level:", dict(top))
    print("parts:", dict(parts))
    print("CTE:", dict(ctes))
    print("charsets:", dict(charsets))
    for m in MSGS:
        if m["reason"].startswith("borderline:"):
            print("  BL", m["label"], m["slug"])


def main():
    args = sys.argv[1:]
    files, labels_tsv = build()
    if "--stats" in args:
        stats(files)
        return 0
    if "--check" not in args:
        for lab in LABELS:
            d = os.path.join(HERE, lab)
            os.makedirs(d, exist_ok=True)
            for f in os.listdir(d):
                if f.endswith(".eml"):
                    os.remove(os.path.join(d, f))
        for name, data in files.items():
            with open(os.path.join(HERE, name), "wb") as f:
                f.write(data)
        with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
            f.write(labels_tsv.encode("utf-8"))
    errs = check(files, labels_tsv)
    for e in errs:
        print("ERROR", e)
    if errs:
        print("FAILED: %d problem(s)" % len(errs))
        return 1
    print("OK: %d messages (none %d, phi %d, restricted %d), labels.tsv and MIME checks pass"
          % (len(files), WANT["none"], WANT["phi"], WANT["restricted"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
