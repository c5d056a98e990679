#!/usr/bin/env python3
"""Generator for wide35: public programmes and institutional care.

Veterans' health and community care, a military family's TRICARE mail,
county jail and state prison health services, an immigration detention
medical unit, refugee resettlement, a Medicaid managed-care plan, WIC and a
county public-health clinic, a school-based health centre, disability
benefits and vocational rehabilitation, treatment court and probation,
legal aid and advocacy, and the vendors, auditors and IT around them.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print labels, categories, languages, structure

Standard library only.  Deterministic: fixed dates, Message-IDs, MIME
boundaries, zip timestamps and a fixed shuffle seed.  Every person,
organisation, address, phone number and identifier below is invented.
"""
import base64
import binascii
import collections
import csv
import datetime
import hashlib
import io
import json
import os
import random
import re
import struct
import sys
import zipfile
import zlib
import email
import email.policy
import email.utils
from email.parser import BytesParser
from xml.etree import ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261209
LABELS = ("none", "phi", "restricted")
WANT = {"none": 70, "phi": 52, "restricted": 28}
CATS = ("mental health", "substance use", "HIV", "genetic", "reproductive")
FORBIDDEN_SLUG = ("trap", "phi", "restricted", "none")

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-9": "iso8859_9",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1250": "cp1250", "windows-1251": "cp1251",
    "windows-1256": "cp1256", "koi8-r": "koi8_r", "koi8-u": "koi8_u",
    "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp",
    "euc-kr": "euc_kr", "ks_c_5601-1987": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


def bnd(style=None):
    """A deterministic MIME boundary in one of several client styles."""
    h = _h("b")
    style = style if style is not None else int(h[0], 16) % 5
    if style == 0:   # Outlook
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:   # Gmail
        return "0000000000%s" % h[1:19]
    if style == 2:   # Apple Mail
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    if style == 3:   # JavaMail
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1790000000000 + int(h[13:17], 16))
    return "=_%s" % h[1:29]


def mid(domain, style=None):
    h = _h("m")
    style = style if style is not None else int(h[0], 16) % 4
    if style == 0:
        local = "%s.%s" % (h[1:13].upper(), h[13:21].upper())
    elif style == 1:
        local = "CA+%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    elif style == 2:
        local = "%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    else:
        local = "%s.%s" % (h[1:17], h[17:25])
    return "<%s@%s>" % (local, domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def us_tz(y, mo, d, base=-5):
    dd = datetime.date(y, mo, d)
    off = base + (1 if datetime.date(2026, 3, 8) <= dd < datetime.date(2026, 11, 1) else 0)
    return "%s%02d00" % ("-" if off < 0 else "+", abs(off))


def D(mo, d, h, mi=0, s=0, tz=None, base=-5):
    """RFC 5322 date in 2026; US Eastern offset unless tz/base is given."""
    y = 2026
    tz = tz or us_tz(y, mo, d, base)
    wd = _WD[datetime.date(y, mo, d).weekday()]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d, _MON[mo - 1], y, h, mi, s, tz)


# ------------------------------------------------------- check digits --
def npi(nine):
    """A 10-digit NPI from 9 digits, check digit by Luhn with prefix 80840."""
    assert len(nine) == 9 and nine[0] in "12"
    return nine + str(_luhn_digit("80840" + nine))


def _luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def dea(letters, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


def dea_ok(s):
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


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
                if cur.endswith(" ") or cur.endswith("\t"):
                    cur = cur[:-1] + "=%02X" % ord(cur[-1])
                    if len(cur) > 75:
                        out.append(cur[:-3] + "=")
                        cur = cur[-3:]
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


_SPECIALS = set('()<>[]:;@\\,."')


def A(name, addr=None, cs="utf-8", mode="B"):
    """A mailbox: display name (quoted or RFC 2047) plus address."""
    if addr is None:
        return name
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


def fold(name, value):
    """Fold an ASCII header at spaces so that lines stay near 78 octets."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "\r\n" in value:
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > 76:
            out.append(cur)
            cur = word
        else:
            cur = word if not cur else cur + " " + word
    out.append(cur)
    return "\r\n ".join(out)


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte="7bit", headers=(),
                 disp=None, filename=None, children=None, boundary=None,
                 preamble=None):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.headers, self.disp, self.filename = list(headers), disp, filename
        self.children, self.boundary, self.preamble = children, boundary, preamble

    def head_lines(self):
        ps = [self.ctype] + [_param(k, v) if k != "boundary" else '%s="%s"' % (k, v) for k, v in self.params]
        lines = ["Content-Type: " + ";\r\n\t".join(ps) if len(ps) > 1 else "Content-Type: " + ps[0]]
        if self.children is None and self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.disp or self.filename:
            d = self.disp or "attachment"
            if self.filename:
                d += ";\r\n\t" + _param("filename", self.filename)
            lines.append("Content-Disposition: " + d)
        for k, v in self.headers:
            lines.append(fold(k, v))
        return lines

    def body(self):
        if self.children is not None:
            b = self.boundary
            out = []
            if self.preamble:
                out.append(nl(self.preamble).encode("ascii"))
            for c in self.children:
                out.append(("--%s\r\n" % b).encode("ascii"))
                out.append(c.render())
                out.append(b"\r\n")
            out.append(("--%s--\r\n" % b).encode("ascii"))
            return b"".join(out)
        if self.cte == "base64":
            return b64_encode(self.data)
        if self.cte == "quoted-printable":
            return qp_encode(self.data) + b"\r\n"
        d = self.data
        if not d.endswith(b"\r\n"):
            d += b"\r\n"
        return d

    def render(self):
        return ("\r\n".join(self.head_lines()) + "\r\n\r\n").encode("ascii") + self.body()


def T(body, cs="utf-8", cte=None, sub="plain", flowed=False, filename=None, disp=None, delsp=False):
    """A text part.  cte defaults to 7bit for ASCII, else quoted-printable."""
    data = nl(body).encode(codec(cs))
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    params = [("charset", cs)]
    if flowed:
        params.append(("format", "flowed"))
        if delsp:
            params.append(("delsp", "yes"))
    return Part("text/" + sub, data, params, cte, filename=filename, disp=disp)


def H(html, cs="utf-8", cte=None):
    return T(html, cs, cte, sub="html")


def ATT(ctype, data, filename, cte="base64", params=(), inline=False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part(ctype, data, params, cte, disp="inline" if inline else "attachment", filename=filename)


def MP(sub, *children, style=None, params=(), preamble=None):
    b = bnd(style)
    return Part("multipart/" + sub, params=[("boundary", b)] + list(params), children=list(children), boundary=b, preamble=preamble)


def ALT(plain, html, style=None):
    return MP("alternative", plain, html, style=style)


def RFC822(msgbytes, filename=None):
    return Part("message/rfc822", msgbytes, (), "7bit", disp="attachment" if filename else None, filename=filename)


# ------------------------------------------------------------- messages --
def build(frm, to, subj, date, body, cc=None, extra=(), scs="utf-8", smode="B",
          domain=None, irt=None, refs=None, reply_to=None, top=(), msgid=None):
    """A whole RFC 5322 message as CRLF bytes."""
    if domain is None:
        m = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm)
        domain = m.group(1) if m else "mail.example.com"
    lines = []
    for k, v in top:
        lines.append(fold(k, v))
    lines.append(fold("From", frm))
    lines.append(fold("To", to if isinstance(to, str) else ",\r\n ".join(to)))
    if cc:
        lines.append(fold("Cc", cc if isinstance(cc, str) else ",\r\n ".join(cc)))
    if reply_to:
        lines.append(fold("Reply-To", reply_to))
    lines.append("Subject: " + ew(subj, scs, smode) if not subj.isascii() else fold("Subject", subj))
    lines.append("Date: " + date)
    lines.append("Message-ID: " + (msgid or mid(domain)))
    if irt:
        lines.append("In-Reply-To: " + irt)
        lines.append(fold("References", refs or irt))
    for k, v in extra:
        lines.append(fold(k, v))
    if body is None:
        return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")
    if isinstance(body, str):
        body = T(body)
    lines.append("MIME-Version: 1.0")
    head = "\r\n".join(lines + body.head_lines()) + "\r\n\r\n"
    return head.encode("ascii") + body.body()


def plainmsg(frm, to, subj, date, text, **kw):
    """A message with no MIME headers at all (ASCII body)."""
    b = build(frm, to, subj, date, None, **kw)
    return b + nl(text).encode("ascii") + (b"" if text.endswith("\n") else b"\r\n")


# ------------------------------------------------------------ documents --
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, flate=False, title="Document", size=10):
    """A one-page PDF with a real text layer; xref offsets computed."""
    ops = ["BT", "/F1 %d Tf" % size, "%d TL" % (size + 3), "50 750 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % _pdf_esc(ln))
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    if flate:
        stream = zlib.compress(content, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(stream)
    else:
        stream = content
        sdict = "<< /Length %d >>" % len(stream)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict.encode("ascii") + b"\nstream\r\n" + stream + b"\r\nendstream",
        ("<< /Title (%s) /Producer (DocuForm 4.2) /CreationDate (D:20260101000000Z) >>" % _pdf_esc(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paras):
    """A minimal DOCX.  paras: strings, ('h', text) headings, or ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "table":
            rows = []
            for r in p[1]:
                cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append("<w:tbl>%s</w:tbl>" % "".join(rows))
        elif isinstance(p, tuple) and p[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[1]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body))),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return bio.getvalue()


def png(w=8, h=8, grey=0x99):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([grey]) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ics(method, uid, dtstart, dtend, summary, organizer, attendees, location="", description="", tzid="America/New_York", status=None):
    """An iCalendar object (CRLF, lines folded at 75 octets)."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Meridian Scheduling//Calendar 9.1//EN", "VERSION:2.0", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:" + tzid,
         "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
         "END:VTIMEZONE", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260101T120000Z",
         "DTSTART;TZID=%s:%s" % (tzid, dtstart), "DTEND;TZID=%s:%s" % (tzid, dtend),
         "SUMMARY:" + summary, "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, addr in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (cn, addr))
    if location:
        L.append("LOCATION:" + location)
    if description:
        L.append("DESCRIPTION:" + description.replace("\n", "\\n"))
    if status:
        L.append("STATUS:" + status)
    L += ["SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:
        b = ln.encode("utf-8")
        first = True
        while len(b) > 75:
            cut = 75 if first else 74
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b" " + b[cut:]
            first = False
        out.append(b)
    return b"\r\n".join(out) + b"\r\n"


def ICSPART(data, method="REQUEST", attach=False, filename="invite.ics"):
    if attach:
        return Part("application/ics", data, (), "base64", disp="attachment", filename=filename)
    return Part("text/calendar", data, [("charset", "utf-8"), ("method", method)], "7bit" if data.isascii() else "base64")


def hl7(*segs):
    return ("\r".join(segs) + "\r").encode("ascii")


# ------------------------------------------------------------- registry --
MSGS = []


def M(slug, label, reason, lang="en", trap=False, cat=None):
    def deco(fn):
        MSGS.append(dict(slug=slug, label=label, reason=reason, lang=lang, trap=trap, cat=cat, fn=fn))
        return fn
    return deco


SIG_CONF = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain\n"
            "confidential information protected by federal and state law. If you\n"
            "are not the intended recipient, please notify the sender and delete it.")


# ============================================================ addresses ==
VA = "harmoncreek.vhc.example.org"        # Harmon Creek Veterans Health Care Center
TRIAX = "triaxis-ccn.example.com"          # TriAxis Community Care Network (administrator)
EAST = "eastline-mhs.example.com"          # Eastline Military Health (TRICARE regional contractor)
MTF = "fortalder-ahc.example.org"          # Fort Alder Army Health Clinic
KCM = "keystonecm.example.com"             # Keystone Correctional Medical (jail health contractor)
BCDC = "bcdc.brannock-county.example.org"  # Brannock County Detention Center
COUNTY = "brannock-county.example.org"
PH = "health.brannock-county.example.org"  # Brannock County Public Health (WIC, TB, STI, immunisations)
COURT = "courts.brannock-county.example.org"
DOC = "doc.stateportal.test"               # State Department of Corrections, Dorrance Correctional Facility
BMH = "brannockmemorial.example.org"       # Brannock Memorial Hospital
SABLE = "sableridge-med.example.com"       # Sable Ridge Processing Center medical unit (Calloway Detention Health)
NSRS = "newshores.example.org"             # New Shores Refugee Services
LING = "linguabridge.example.com"          # LinguaBridge Interpreting
BLUE = "bluestemhealth.example.com"        # Bluestem Community Health Plan (Medicaid managed care)
DHS = "dhs.stateportal.test"               # State Department of Human Services (eligibility)
DDS = "dds.stateportal.test"               # Disability Determination Services
OVR = "ovr.stateportal.test"               # Office of Vocational Rehabilitation
RIVER = "riverbendchc.example.org"         # Riverbend Community Health Center (runs the school clinic)
SCHOOL = "lincolnpark.k12.test"            # Lincoln Park High School
TCLA = "tricountylegalaid.example.org"     # Tri-County Legal Aid Society
DRAC = "drac.example.org"                  # Disability Rights Advocacy Center
CHW = "custodyhealthwatch.example.org"     # Custody Health Watch
CELLPAK = "cellpak.example.com"            # CellPak Correctional Pharmacy
CTRAK = "correctrak.example.com"           # CorrecTrak correctional EHR
CLEAR = "clearwatertelepsych.example.com"  # Clearwater Telepsychiatry
HALV = "halvorsenpike.example.com"         # Halvorsen & Pike LLP (auditors)
NGIT = "northgate-it.example.net"          # Northgate Managed IT
STRIDE = "stridewell.example.com"          # Stridewell Orthotics & Prosthetics
MAIL = "mail.example.com"
WEB = "webmail.example.net"
INBOX = "inbox.example.com"

DR_OSEI_NPI = npi("166042813")
DR_OSEI_DEA = dea("BO", "416273")
BCDC_DEA = dea("RB", "208451")
NP_FARRIS_NPI = npi("143709265")
DR_LINDQVIST_NPI = npi("120448931")


# ================================================================ none ===
@M("interface-zztest-adt-a04", "none", "HL7 ADT^A04 test message with a ZZTEST patient for interface validation; no real person", trap=True)
def _():
    h = hl7("MSH|^~\\&|CORRECTRAK|BCDC|CORVUS|BMH|20260112093000||ADT^A04|TEST000417|T|2.5.1",
            "EVN|A04|20260112093000",
            "PID|1||ZZ0000017^^^BCDC^MR||ZZTEST^INTERFACE^ALPHA||19000101|U|||1 TEST WAY^^TESTVILLE^ZZ^00000",
            "PV1|1|O|INTAKE^^^BCDC||||%s^TESTDOC^NONE^^^^^^NPI" % DR_LINDQVIST_NPI)
    body = T("""Hi Dana,

Per our call, below is the test ADT^A04 we're sending from the CorrecTrak
side (processing ID T). Same message is attached as a file in case your
engine strips the segment terminators when it's pasted.

MSH|^~\\&|CORRECTRAK|BCDC|CORVUS|BMH|20260112093000||ADT^A04|TEST000417|T|2.5.1
EVN|A04|20260112093000
PID|1||ZZ0000017^^^BCDC^MR||ZZTEST^INTERFACE^ALPHA||19000101|U|||1 TEST WAY^^TESTVILLE^ZZ^00000
PV1|1|O|INTAKE^^^BCDC||||{npi}^TESTDOC^NONE^^^^^^NPI

Can you confirm you get an AA back and that PID-3 lands with assigning
authority BCDC rather than defaulting to your MRN pool? Last round the
A04s were creating stub registrations on your side.

Thanks,
Gus Ferreira
Interface Analyst, CorrecTrak Implementation Services
(717) 555-0143
""".format(npi=DR_LINDQVIST_NPI))
    return build(A("Gus Ferreira", "gferreira@" + CTRAK), A("Dana Whitcomb", "dwhitcomb@" + BMH),
                 "BCDC -> BMH interface: ZZTEST ADT^A04 round 3", D(1, 12, 9, 41),
                 MP("mixed", body, ATT("application/hl7-v2", h, "ZZTEST_ADT_A04_round3.hl7")),
                 cc=A("Interface Team", "interfaces@" + BMH))


@M("payer-api-capabilitystatement", "none", "FHIR CapabilityStatement for a payer-to-payer API; no member data", trap=True)
def _():
    cap = {
        "resourceType": "CapabilityStatement", "status": "active", "date": "2026-02-03",
        "publisher": "Bluestem Community Health Plan", "kind": "instance",
        "software": {"name": "Bluestem Interop Gateway", "version": "3.8.2"},
        "implementation": {"description": "Payer-to-payer exchange (sandbox)", "url": "https://fhir-sandbox.bluestemhealth.example.com/r4"},
        "fhirVersion": "4.0.1", "format": ["application/fhir+json"],
        "rest": [{"mode": "server", "security": {"cors": True, "description": "SMART App Launch; backend services with client credentials"},
                  "resource": [{"type": t, "interaction": [{"code": "read"}, {"code": "search-type"}]} for t in
                               ("Patient", "Coverage", "ExplanationOfBenefit", "Condition", "MedicationRequest", "Encounter")]}],
    }
    j = json.dumps(cap, indent=1)
    body = T("""Team,

Attached is the CapabilityStatement for the sandbox endpoint, as requested
for the onboarding checklist. Production will advertise the same resources;
ExplanationOfBenefit search by patient is limited to 5 years back.

Sandbox tokens are issued through the partner portal. Please don't send
member data to the sandbox, it is synthetic only.

Priya Raman
Integration Engineering, Bluestem Community Health Plan
""")
    return build(A("Priya Raman", "praman@" + BLUE), A("Partner Onboarding", "onboarding@" + TRIAX),
                 "Payer-to-payer API - CapabilityStatement (sandbox)", D(2, 3, 14, 7),
                 MP("mixed", body, ATT("application/fhir+json", j, "CapabilityStatement-sandbox.json")))


@M("merge-template-gap-letter", "none", "mail-merge template for a care-gap outreach letter with {{...}} fields; no member", trap=True)
def _():
    return build(A("Tess Abernathy", "tabernathy@" + BLUE), A("Member Communications", "membercomms@" + BLUE),
                 "Care gap outreach letter v4 - merge fields for review", D(3, 9, 10, 15), T("""Hi all,

Here is the v4 text for the care-gap outreach letter going into the
vendor's merge queue. Please check the field names against the extract
spec before Friday. Do NOT paste a real member into the proof; the
vendor proof run uses the dummy file.

----- BEGIN TEMPLATE -----
{{letter_date}}

{{member_first_name}} {{member_last_name}}
{{address_line_1}}
{{city}}, {{state}} {{zip}}

Member ID: {{member_id}}

Dear {{member_first_name}},

Our records show that you may be due for: {{gap_measure_display}}.
Staying on top of this check-up is one of the best ways to stay healthy.

Your primary care provider is {{pcp_name}} at {{pcp_phone}}. Call them to
schedule, or call Member Services at 1-800-555-0177 (TTY 711). If you need
a ride, transportation is covered: call {{nemt_phone}} at least 2 business
days ahead.

{{#if language_tagline}}{{language_tagline}}{{/if}}

Sincerely,
Care Management Team
Bluestem Community Health Plan
----- END TEMPLATE -----

Conditional block for the diabetic eye exam measure still needs legal
review (they want "may be due" kept).

Tess
"""))


@M("reentry-mat-partner-flyer", "none", "programme flyer to partners about medications for opioid use disorder in custody; no individual", trap=True)
def _():
    plain = """Brannock County Reentry & Recovery Partnership

Medications for Opioid Use Disorder (MOUD) now available at intake

Starting March 2, the Brannock County Detention Center continues
methadone, buprenorphine and extended-release naltrexone for people who
were on them before booking, and can start buprenorphine in custody.

For community partners:
 - Verification line for OTPs and prescribers: (570) 555-0118
 - Fax dosing letters to (570) 555-0119
 - Discharge bridge: 7-day supply or a warm handoff appointment
 - Naloxone kits go home with every person released who wants one

Questions: reentry@bcdc.brannock-county.example.org
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#1f4e79">Brannock County Reentry &amp; Recovery Partnership</h2>
<p><b>Medications for Opioid Use Disorder (MOUD) now available at intake</b></p>
<p>Starting March 2, the Brannock County Detention Center continues methadone,
buprenorphine and extended-release naltrexone for people who were on them
before booking, and can start buprenorphine in custody.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Verification line for OTPs and prescribers</td><td>(570) 555-0118</td></tr>
<tr><td>Fax dosing letters</td><td>(570) 555-0119</td></tr>
<tr><td>Discharge bridge</td><td>7-day supply or warm handoff appointment</td></tr>
<tr><td>Naloxone</td><td>Kits offered to every person released</td></tr>
</table>
<p>Questions: <a href="mailto:reentry@bcdc.brannock-county.example.org">reentry@bcdc.brannock-county.example.org</a></p>
</body></html>
"""
    return build(A("BCDC Reentry Services", "reentry@" + BCDC), A("Community Partners", "partners-list@" + COUNTY),
                 "MOUD in custody: what partners need to know", D(2, 24, 8, 30), ALT(T(plain), H(html)))


@M("overdose-dashboard-q3", "none", "aggregate county overdose dashboard by quarter and zip code; no individual", trap=True)
def _():
    rows = ["quarter,zip,suspected_overdose_ed_visits,ems_naloxone_administrations,overdose_deaths_provisional",
            "2026Q1,17801,41,33,6", "2026Q1,17804,18,12,2", "2026Q1,17808,9,7,<5",
            "2026Q2,17801,47,39,8", "2026Q2,17804,21,15,3", "2026Q2,17808,11,6,<5",
            "2026Q3,17801,38,30,5", "2026Q3,17804,16,14,<5", "2026Q3,17808,12,9,<5"]
    body = T("""Good afternoon,

The Q3 overdose surveillance dashboard is attached for the coalition
meeting on the 14th. Counts under 5 are suppressed per our small-cell
policy. Deaths are provisional until the coroner closes cases.

Headline: ED visits for suspected overdose are down 16% from Q2; EMS
naloxone administrations down 18%. Fentanyl with xylazine remains the
most common combination in provisional toxicology.

Marisol Vance, MPH
Epidemiologist, Brannock County Public Health
(570) 555-0131
""")
    return build(A("Marisol Vance", "mvance@" + PH), A("Overdose Prevention Coalition", "odcoalition@" + COUNTY),
                 "Q3 overdose dashboard (suppressed counts) for 10/14 meeting", D(10, 7, 15, 2),
                 MP("mixed", body, ATT("text/csv", "\r\n".join(rows) + "\r\n", "overdose_dashboard_2026Q3.csv", cte="7bit", params=[("charset", "us-ascii")])))


@M("sti-surveillance-quarterly", "none", "aggregate quarterly STI surveillance counts for the county", trap=True)
def _():
    return build(A("Brannock County Public Health - Epidemiology", "epi@" + PH), A("Board of Health", "boh@" + COUNTY),
                 "Quarterly STI surveillance summary, Q2 2026", D(8, 4, 11, 20), T("""Board members,

Summary of reportable STIs for April-June 2026 (county residents, date of
specimen collection):

  Condition                 Q2 2026   Q2 2025   change
  Chlamydia                     312       341     -9%
  Gonorrhea                      97       104     -7%
  Syphilis, all stages           23        17    +35%
  Congenital syphilis             1         0
  HIV, new diagnoses              5         6

Syphilis is up for the third straight quarter, driven by early latent
cases among adults 25-39. We will propose expanded Saturday STI clinic
hours and extra DIS time at the September meeting.

Full tables with age and sex breakdowns are on the Board SharePoint.

Epidemiology Program
Brannock County Public Health
"""))


@M("tb-clinic-staffing-grid", "none", "staff roster with phone numbers for the TB clinic; no client", trap=True)
def _():
    return build(A("Lorraine Pike, RN", "lpike@" + PH), A("TB Program Staff", "tb-staff@" + PH),
                 "TB clinic coverage grid - November", D(10, 28, 16, 45), T("""Hi team,

November coverage below. Swap with each other and just let me know.

Date        Clinic AM        Clinic PM        DOT field        On call
Mon 11/2    Pike             Okonkwo          Reyes            Pike
Wed 11/4    Okonkwo          Pike             Reyes            Okonkwo
Fri 11/6    Halloran         Halloran         Reyes            Halloran
Mon 11/9    Pike             Okonkwo          Tran             Pike
Wed 11/11   CLOSED - Veterans Day
Fri 11/13   Okonkwo          Halloran         Tran             Okonkwo

Cells:
  Lorraine Pike     (570) 555-0121
  Chidi Okonkwo     (570) 555-0122
  Bea Halloran      (570) 555-0123
  Javier Reyes      (570) 555-0124
  Minh Tran         (570) 555-0125

Reminder: PPD reads need to be logged in the state system same day.
Lorraine
"""))


@M("cellpak-invoice-controlled-kits", "none", "pharmacy vendor invoice to the jail for buprenorphine and naloxone stock with the facility DEA number; no patient", trap=True)
def _():
    lines = ["CellPak Correctional Pharmacy - INVOICE", "",
             "Invoice: CP-2026-118204        Date: 04/17/2026",
             "Bill to: Brannock County Detention Center, Health Services Unit",
             "Ship to DEA: %s     Account: BCDC-0042" % BCDC_DEA, "",
             "Item                                         NDC               Qty   Ext",
             "Buprenorphine/naloxone 8-2 mg SL film       00000-0000-01      30   $912.00",
             "Buprenorphine 8 mg SL tablet                00000-0000-02      60   $318.00",
             "Naloxone 4 mg nasal spray (2-pack)          00000-0000-03      48  $1,776.00",
             "Blister cards, 30-day (unit dose)           SUP-BC30          200    $84.00",
             "", "Subtotal $3,090.00     Freight $0.00     Total due $3,090.00",
             "Terms: Net 30. CII-CV receiving: sign and return the packing list.",
             "Remit: ar@cellpak.example.com  /  (215) 555-0166"]
    body = T("""Attached is invoice CP-2026-118204 for the 4/15 controlled stock
delivery. Packing list was signed by R. Dunleavy at receiving.

Thank you,
CellPak Accounts Receivable
""")
    return build(A("CellPak Accounts Receivable", "ar@" + CELLPAK), A("BCDC Health Services Admin", "hsa@" + BCDC),
                 "Invoice CP-2026-118204 - BCDC", D(4, 17, 7, 5),
                 MP("mixed", body, ATT("application/pdf", pdf(lines, flate=True, title="Invoice CP-2026-118204"), "CP-2026-118204.pdf")))


@M("dea-npi-renewal-reminder", "none", "credentialing reminder to a jail physician about her own DEA and NPI records; no patient", trap=True)
def _():
    return build(A("Keystone Credentialing", "credentialing@" + KCM), A("Dr. Abena Osei", "aosei@" + KCM),
                 "Action needed: DEA registration renewal due 05/31", D(4, 2, 9, 0), T("""Dr. Osei,

Our records show the DEA registration you use at Brannock County Detention
Center expires on 05/31/2026.

  Provider:     Abena Osei, MD
  NPI:          {npi}
  DEA:          {dea}
  State CSR:    CS-0074213
  X-waiver:     no longer required (removed 2023)

Please renew online and upload the new certificate to the credentialing
portal at https://credentialing.keystonecm.example.com within 5 business
days of receipt. If the registration lapses you cannot order controlled
substances for the facility, including MOUD.

Keystone Correctional Medical - Medical Staff Services
(610) 555-0150
""".format(npi=DR_OSEI_NPI, dea=DR_OSEI_DEA)))


@M("naloxone-kits-tracking", "none", "shipment confirmation with tracking numbers for naloxone kits; no person", trap=True)
def _():
    return build(A("Orders - Lakeshore Medical Supply", "orders@lakeshoremed.example.com"), A("Fatima Noor", "fnoor@" + NSRS),
                 "Your order LMS-558201 has shipped", D(6, 16, 13, 22), T("""Hello Fatima,

Good news - your order has shipped.

Order LMS-558201  (PO NSRS-26-031)
  Naloxone HCl 4 mg nasal spray, 2-pack     x 24
  Fentanyl test strips, 100 ct              x 2
  Overdose response wall cabinet            x 1

Carrier: Ground
Tracking: 1Z 84A 7W3 03 5521 9074
          1Z 84A 7W3 03 5521 9081

Delivery estimate: Thu 6/18 to New Shores Refugee Services, 410 Alder St.

Questions? Reply to this e-mail or call 1-800-555-0104.
Lakeshore Medical Supply
"""))


@M("service-dog-vaccine-reminder", "none", "borderline: a veterinary reminder for a veteran's service dog; the owner is named but no care of a person is described", trap=True)
def _():
    html = """<html><body style="font-family:Georgia,serif;color:#333">
<p><img alt="Maple Street Animal Hospital" src="https://maplestreetvet.example.com/logo.png" width="180"></p>
<p>Hi Daniel,</p>
<p><b>Ranger</b> is due for the following:</p>
<table cellpadding="6" style="border:1px solid #ccc">
<tr><th align="left">Service</th><th align="left">Due</th></tr>
<tr><td>Rabies (3-year)</td><td>12/04/2026</td></tr>
<tr><td>DHPP booster</td><td>12/04/2026</td></tr>
<tr><td>Heartworm test</td><td>12/04/2026</td></tr>
</table>
<p>As always, working and service dogs get a 15% discount on preventive visits.
Book online or call (570) 555-0187.</p>
<p>Maple Street Animal Hospital<br>22 Maple St, Brannock</p>
</body></html>
"""
    return build(A("Maple Street Animal Hospital", "reminders@maplestreetvet.example.com"), A("Daniel Kowalczyk", "dkowalczyk@" + MAIL),
                 "Ranger is due for vaccines", D(11, 20, 7, 0), H(html))


@M("lure-tricare-claim-denied", "none", "phishing lookalike about a denied TRICARE claim; no real claim or person", trap=True)
def _():
    html = """<html><body>
<p>Dear Beneficiary,</p>
<p>Your recent TRICARE claim <b>#TRC-88210-44</b> has been <span style="color:red">DENIED</span>
due to incomplete sponsor information. To avoid termination of your family's coverage,
you must verify your DoD ID and banking information within <b>24 hours</b>.</p>
<p><a href="http://tricare-claims-verify.example.net/login">VERIFY NOW</a></p>
<p>TRICARE Beneficiary Services<br>This is an automated message, do not reply.</p>
</body></html>
"""
    return build(A("TRICARE Claims Dept", "noreply@tricare-claims-verify.example.net"), A("", "kim.park84@" + MAIL),
                 "URGENT: Claim Denied - Verify Sponsor Info", D(5, 11, 3, 14, tz="+0000"), H(html))


@M("lure-renovacion-cobertura", "none", "Spanish phishing about a Medicaid renewal; mass lure, no individual care", lang="es", trap=True)
def _():
    txt = """Estimado(a) beneficiario(a):

Su cobertura de Medicaid será CANCELADA el 30 de junio si no confirma sus
datos hoy. Para evitar la suspensión de sus servicios médicos y de farmacia,
haga clic en el siguiente enlace y actualice su número de Seguro Social y
su tarjeta bancaria:

   http://renovacion-medicaid.example.net/confirmar

Si ya confirmó sus datos, ignore este mensaje.

Departamento de Renovaciones
"""
    return build(A("Departamento de Renovaciones", "avisos@renovacion-medicaid.example.net"), A("", "lupita.ferrer@" + WEB),
                 "AVISO FINAL: su cobertura será cancelada", D(6, 21, 22, 48, tz="-0700"),
                 T(txt, "iso-8859-1", "8bit"), scs="iso-8859-1", smode="Q")


@M("cme-trauma-therapies-webinar", "none", "CME announcement on evidence-based PTSD therapies for community-care clinicians; education only", trap=True)
def _():
    return build(A("TriAxis Provider Education", "education@" + TRIAX), A("Community Care Providers", "providers@" + TRIAX),
                 "Free CME: Cognitive Processing Therapy and Prolonged Exposure for community providers", D(3, 17, 12, 0), T("""Community care providers,

Join us for a free 2-hour live webinar (2.0 AMA PRA Category 1 Credits(TM),
2.0 CE for psychologists and social workers):

  Evidence-Based Psychotherapy for PTSD in Veterans: CPT and PE in Practice
  Thursday, April 16, 2026, 12:00-2:00 PM ET

Topics: screening with the PC-PTSD-5 and PCL-5, measurement-based care,
treating PTSD with co-occurring alcohol use, moral injury, and how to
document so authorisations for additional sessions go through.

Faculty: Renata Liu, PhD, and Marcus Feld, LCSW.

Register: https://learn.triaxis-ccn.example.com/ptsd-cpt-pe

Veterans in crisis can reach the crisis line by dialling 988 and pressing 1.

TriAxis Community Care Network - Provider Education
"""))


@M("caregiver-newsletter-winter", "none", "caregiver support programme newsletter with general advice; no individual", trap=True)
def _():
    return build(A("Caregiver Support Program", "caregivers@" + VA), A("Caregiver Newsletter", "caregiver-news@" + VA),
                 "Caregiver Connection - Winter 2026", D(12, 3, 10, 0), T("""CAREGIVER CONNECTION - Winter 2026
Harmon Creek Veterans Health Care Center, Caregiver Support Program

IN THIS ISSUE
1. Respite care: up to 30 days a year - how to ask for it
2. Holiday stress: spotting caregiver burnout early
3. Stipend changes for the family caregiver programme
4. Winter falls: home safety checklist

1. RESPITE CARE
Respite can be in-home (an aide comes to you) or at a community living
centre. Talk to your Caregiver Support Coordinator. You do not have to be
"in crisis" to use it.

2. HOLIDAY STRESS
Trouble sleeping, irritability, and pulling away from friends are common
signs. Our monthly peer support call is the second Tuesday at 7 PM.
The Veterans Crisis Line is open to caregivers too: 988, press 1.

3. STIPEND CHANGES
Annual reassessments resume in January. Letters go out 60 days before any
change.

4. WINTER FALLS
Night lights in hallways, non-slip mats, and keep the walk salted.

Caregiver Support Line: 1-800-555-0142
"""))


@M("testing-day-volunteer-roster", "none", "volunteer roster with phone numbers for an HIV testing day; no client", trap=True)
def _():
    return build(A("Keisha Morrow", "kmorrow@" + PH), A("Testing Day Volunteers", "testingday@" + PH),
                 "National HIV Testing Day - volunteer roster & parking", D(6, 22, 17, 10), T("""Thanks everyone for signing up for Saturday (6/27) at the Riverside
Pavilion. Roster below. Please arrive 15 min early for the confidentiality
briefing and rapid test refresher.

Shift          Station               Volunteer            Cell
8:30-12:00     Registration          Amy Ostrowski        (570) 555-0161
8:30-12:00     Rapid test 1          Tomas Greer, RN      (570) 555-0162
8:30-12:00     Rapid test 2          Linh Pham            (570) 555-0163
12:00-4:00     Registration          Derek Ames           (570) 555-0164
12:00-4:00     Rapid test 1          Keisha Morrow        (570) 555-0165
12:00-4:00     PrEP navigation       Sol Batista          (570) 555-0166
All day        Linkage to care       Ruth Adeyemi, DIS    (570) 555-0167

We'll have 200 oral rapid kits and 150 fingerstick kits. Results are given
privately in the tent, never at the table.

Park in Lot C - the lot by the pavilion is for clients.
Keisha
"""))


@M("wic-aviso-horario-diciembre", "none", "Spanish WIC office-hours notice to families; no individual", lang="es", trap=True)
def _():
    return build(A("Oficina WIC del Condado Brannock", "wic@" + PH, "iso-8859-1", "Q"), A("Familias WIC", "wic-familias@" + PH),
                 "Aviso WIC: horario de diciembre y recogida de fórmula", D(11, 30, 9, 30), T("""Estimadas familias:

Durante diciembre la oficina WIC tendrá el siguiente horario:

  Lunes a jueves     8:00 a.m. - 5:00 p.m.
  Viernes            8:00 a.m. - 12:00 p.m.
  24 y 25 de dic.    CERRADO
  31 de dic.         8:00 a.m. - 12:00 p.m.

Recuerde que puede cargar sus beneficios en la tarjeta eWIC por teléfono.
Las citas de certificación y de nutrición siguen siendo por teléfono o
video, salvo que le pidan venir en persona.

La fórmula especial recetada por el médico se recoge en la farmacia de la
calle Market, no en la oficina.

Para cambiar su cita llame al (570) 555-0134. Hablamos español.

WIC - Departamento de Salud Pública del Condado Brannock
Esta institución es un proveedor que ofrece igualdad de oportunidades.
""", "iso-8859-1", "quoted-printable"), scs="iso-8859-1", smode="Q")


@M("sbhc-vaccine-requirements-vi", "none", "Vietnamese letter about school-entry vaccine requirements to all families; general information", lang="vi", trap=True)
def _():
    return build(A("Phòng khám Sức khỏe Học đường Lincoln Park", "wellness@" + RIVER), A("Phụ huynh lớp 7 và 12", "families-7-12@" + SCHOOL),
                 "Yêu cầu tiêm chủng cho năm học 2026-2027", D(7, 20, 10, 0), T("""Kính gửi quý phụ huynh,

Theo quy định của tiểu bang, học sinh lớp 7 và lớp 12 cần có các mũi tiêm
sau trước ngày đầu tiên đi học:

  Lớp 7:   Tdap (1 mũi), vắc-xin viêm màng não MenACWY (1 mũi)
  Lớp 12:  MenACWY (mũi nhắc lại)

Phòng khám Sức khỏe Học đường có tiêm miễn phí cho học sinh có Medicaid,
CHIP hoặc không có bảo hiểm, vào thứ Ba và thứ Năm từ 8 giờ đến 3 giờ chiều.
Quý vị cần ký giấy đồng ý hằng năm (đính kèm trong hồ sơ nhập học).

Nếu cần thông dịch viên tiếng Việt, xin gọi (570) 555-0158.

Trân trọng,
Phòng khám Sức khỏe Học đường - Riverbend Community Health Center
""", "utf-8", "base64"))


@M("audit-engagement-claims-sample", "none", "auditor engagement letter describing a claims sample methodology; no member named", trap=True)
def _():
    return build(A("Colin Halvorsen, CPA", "chalvorsen@" + HALV), A("Bluestem Compliance", "compliance@" + BLUE),
                 "Engagement letter - 2026 encounter data validation", D(5, 4, 16, 30), T("""Ms. Nakamura,

Thank you for selecting Halvorsen & Pike LLP for the 2026 encounter data
validation required under your state contract.

Scope. We will draw a stratified random sample of 411 paid encounters from
dates of service 01/01/2025-12/31/2025 across professional, institutional
and pharmacy claim types, and compare each to the supporting medical record
and to the encounter file submitted to the state.

Data request. By 05/22 please provide the encounter extract layout (not the
data), your record-retrieval vendor contact, and a secure file-transfer
account. Sampled record requests will go out on our SFTP only, never by
e-mail.

Fees. $68,500 fixed, invoiced in three instalments.

Please sign and return the attached engagement letter.

Colin Halvorsen, CPA, CHC
Partner, Halvorsen & Pike LLP
(412) 555-0112
"""))


@M("correctrak-downtime-paper-mar", "none", "EHR downtime notice telling nurses to use paper medication records; no patient", trap=True)
def _():
    return build(A("Northgate IT Service Desk", "servicedesk@" + NGIT), A("BCDC Medical - All Staff", "medical-all@" + BCDC),
                 "PLANNED DOWNTIME Sun 3/15 01:00-05:00 - CorrecTrak", D(3, 12, 14, 0), T("""*** PLANNED DOWNTIME ***

System:   CorrecTrak EHR (all modules) and the eMAR
When:     Sunday 3/15/2026, 01:00-05:00
Why:      Database upgrade to 11.4

During downtime:
 - Print the downtime MAR report by 00:30 (Reports > Downtime > MAR 24h).
 - 04:00 med pass is on paper. Document on the printed MAR and initial.
 - Sick call slips go in the downtime bin; triage on paper.
 - Intake screening: use the paper intake form in the red binder.
 - Back-enter everything within 12 hours of recovery.

The pharmacy interface queues orders and will release them at 05:00.

Ticket: NG-CHG-20417   Contact: Service Desk (877) 555-0109
"""))


@M("ehr-release-notes-consent-flags", "none", "EHR release notes about consent segmentation for substance-use records; software, no patient", trap=True)
def _():
    return build(A("CorrecTrak Product Team", "releases@" + CTRAK), A("CorrecTrak Customers", "customers@" + CTRAK),
                 "CorrecTrak 11.4 release notes", D(3, 2, 11, 0), T("""CorrecTrak 11.4 - Release Notes

NEW
 * Part 2 segmentation: encounters at a federally assisted SUD programme can
   be tagged "42 CFR Part 2". Tagged notes, MOUD orders and UDS results are
   hidden from roles without the SUD consent scope and are excluded from
   CCD exports unless a Part 2 consent is on file.
 * Intake: the suicide-risk screening section now supports the C-SSRS
   screener version; positive screens open a watch-order task.
 * eMAR: "refused" and "not available - in court" are separate reasons.
 * Chronic care clinic: new HIV and hepatitis C flowsheets (viral load,
   CD4, fibrosis score).

FIXED
 * CT-8812 Medication pass list sorted by cell, not by housing unit.
 * CT-8830 ADT^A03 sent twice on release to a community hospital.
 * CT-8841 Sick call slip scanner lost the second page.

UPGRADE NOTES
 Run the consent-scope migration before enabling Part 2 tags.
"""))


@M("job-psychiatric-np-state-facility", "none", "job posting for a psychiatric nurse practitioner at a prison; no individual", trap=True)
def _():
    return build(A("DOC Talent Acquisition", "careers@" + DOC), A("Nursing Job Alerts", "jobalerts@nursingjobs.example.net"),
                 "Now hiring: Psychiatric Mental Health NP - Dorrance Correctional Facility", D(8, 18, 9, 0), T("""Psychiatric Mental Health Nurse Practitioner (PMHNP-BC)
Dorrance Correctional Facility - full time, days

You will provide psychiatric evaluation and medication management for an
incarcerated population of about 1,900, including a residential treatment
unit, a step-down unit and the general population. Expect schizophrenia
spectrum, bipolar disorder, PTSD, and co-occurring substance-use disorders;
you will also see MOUD patients jointly with the addiction team.

Requirements: active state APRN licence and prescriptive authority, DEA
registration, 1+ year psychiatric experience. Correctional experience is a
plus, not a must.

Pay: $128,000-$146,000, state pension, loan repayment eligible.

Apply: https://careers.doc.stateportal.test/req/26-0418
"""))


@M("open-enrolment-benefits-overview", "none", "HR open-enrolment mail naming a fertility benefit and EAP counselling; no individual", trap=True)
def _():
    return build(A("Keystone HR Benefits", "benefits@" + KCM), A("All Keystone Employees", "all-staff@" + KCM),
                 "Open enrollment Nov 2-16: what's new for 2027", D(10, 26, 8, 0), T("""Hi everyone,

Open enrollment runs Nov 2-16. What's new for 2027:

 - Medical: the PPO deductible stays at $1,000. HDHP HSA seed goes up
   to $750 individual / $1,500 family.
 - Fertility: the new Cedarline benefit covers IVF and egg freezing up to a
   $20,000 lifetime maximum, including for single employees.
 - Mental health: the EAP now includes 8 free counselling sessions per
   issue (was 5), and therapy visits under the PPO have a $0 copay.
 - Pharmacy: GLP-1s for weight loss need prior authorisation.

Benefits fairs: Nov 4 at the Brannock jail training room, Nov 5 at
Dorrance (staff side), and virtual on Nov 9.

Questions: benefits@keystonecm.example.com or (610) 555-0151.
"""))


@M("badge-renewal-nursing-employee-ids", "none", "badge renewal list with employee IDs; no health content", trap=True)
def _():
    return build(A("BCDC Security - ID Office", "idoffice@" + BCDC), A("Rhonda Gill, DON", "rgill@" + KCM),
                 "Badge renewals due - medical staff", D(1, 27, 10, 12), T("""Rhonda,

The following medical staff badges expire 2/28. They need a new photo and
a background re-check before the office can print. Walk-ins Tue/Thu 9-11.

  Emp ID     Name                  Title           Badge exp
  K-204117   Ama Boateng           LPN             02/28/2026
  K-204388   Trevor Lusk           RN              02/28/2026
  K-205021   Marisa Quintero       MA              02/28/2026
  K-201977   Howard Beene          Dentist         02/28/2026
  K-206330   Kiara Dent            Med tech        02/28/2026

Anyone not renewed by 2/28 will need an escort inside the secure perimeter.

Sgt. Paula Wren
ID Office, Brannock County Detention Center
"""))


@M("birthday-card-signup", "none", "a coworker's birth date for a card; no health content", trap=True)
def _():
    return build(A("Jenna Ruiz", "jruiz@" + BLUE), A("Care Management Team", "cm-team@" + BLUE),
                 "Card for Denise", D(9, 8, 13, 40), T("""Hi all - Denise's birthday is Monday (DOB 9/14/1966, she'll kill me
for telling you the year, it's a big one!). Card is in my cube, sign by
Friday. Collecting $5 for cake, Venmo or cash.

Jenna
Care Manager II | Bluestem Community Health Plan
(570) 555-0172
"""))


@M("formulary-update-january", "none", "plan formulary update about MOUD and PrEP coverage rules; no member", trap=True)
def _():
    return build(A("Bluestem Pharmacy Services", "pharmacy@" + BLUE), A("Network Prescribers", "prescribers@" + BLUE),
                 "Formulary changes effective 01/01/2027", D(11, 16, 9, 0), T("""Dear prescriber,

Effective January 1, 2027, the Bluestem Medicaid formulary changes as
follows:

 * Buprenorphine/naloxone film and tablets: prior authorisation removed.
   Quantity limit 24 mg/day.
 * Extended-release buprenorphine injection: PA simplified to attestation of
   7 days of transmucosal buprenorphine.
 * Emtricitabine/tenofovir disoproxil (PrEP): covered without PA; no
   copay. Cabotegravir LA for PrEP: PA required.
 * Levonorgestrel emergency contraception: covered at the pharmacy counter
   without a prescription for members of any age.
 * Semaglutide for weight management: not covered (state carve-out).

The full searchable formulary is at https://www.bluestemhealth.example.com/formulary.

Bluestem Community Health Plan, Pharmacy Services
"""))


@M("bulletin-hereditary-testing-criteria", "none", "provider bulletin on prior-authorisation criteria for hereditary cancer testing; policy, no member", trap=True)
def _():
    return build(A("Bluestem Provider Relations", "providerrelations@" + BLUE), A("Network Providers", "providers@" + BLUE),
                 "Provider Bulletin 2026-14: hereditary cancer genetic testing", D(6, 1, 8, 0), T("""PROVIDER BULLETIN 2026-14
Hereditary cancer syndrome genetic testing - prior authorisation criteria

Effective July 1, 2026, PA requests for hereditary breast and ovarian
cancer (BRCA1/2) and Lynch syndrome panels will be approved when the
request documents:

 1. Pre-test genetic counselling by a certified genetic counsellor or a
    trained physician (telehealth counselling is accepted);
 2. NCCN-consistent personal or family history criteria; and
 3. The CPT codes requested (multi-gene panels: 81432/81433 or 81435/81436).

Cascade testing of a known familial variant (81215, 81217) needs only a
copy of the relative's report with the variant named; the relative's name
may be redacted.

Submit through the provider portal. Decisions within 72 hours.
"""))


@M("refugee-domestic-screening-guidance", "none", "guidance to clinics on domestic refugee health screening; general", trap=True)
def _():
    return build(A("Refugee Health Coordinator", "refugeehealth@" + PH), A("Refugee Health Clinic Partners", "rh-partners@" + COUNTY),
                 "Updated domestic screening checklist for new arrivals", D(2, 10, 15, 30), T("""Partners,

The updated checklist for the domestic medical screening (within 30 days
of arrival, 90 at the latest) is below. New since last year: hepatitis C
for all adults, and lead testing for children up to 16 and pregnant women.

 - Tuberculosis: IGRA for all aged 2+ unless overseas class B1 follow-up
   is already scheduled; CXR if IGRA positive or symptomatic.
 - Hepatitis B surface antigen, anti-HBs, anti-HBc; hepatitis C antibody.
 - HIV screening (opt-out), syphilis for 15+.
 - CBC, strongyloides serology if no overseas ivermectin.
 - Lead (children 6 mo-16 yr), vision, hearing, dental referral.
 - Mental health screening with the RHS-15.
 - Catch-up immunisations per the ACIP schedule.

Interpreters: please book through LinguaBridge at least 48 hours ahead.
Reimbursement for the screening stays at the Refugee Medical Assistance rate.

Oksana Dudek, RN
Refugee Health Coordinator, Brannock County Public Health
"""))


@M("interpreter-roster-winter", "none", "interpreter roster with languages and phone numbers; no client", trap=True)
def _():
    return build(A("LinguaBridge Scheduling", "schedule@" + LING), A("New Shores Case Managers", "casemgmt@" + NSRS),
                 "On-site interpreter roster Jan-Feb", D(12, 29, 11, 0), T("""Hello New Shores team,

Here is who we have for on-site medical interpreting in January and
February. Phone/video is available for all other languages 24/7.

Language      Interpreter           Days            Cell
Dari          Mahmood Rahimi        Mon, Wed        (570) 555-0181
Pashto        Gul Nazar             Tue, Thu        (570) 555-0182
Arabic        Rana Haddad           Mon-Fri         (570) 555-0183
Tigrinya      Selam Gebre           Wed, Fri        (570) 555-0184
Somali        Hodan Warsame         Mon, Thu        (570) 555-0185
Ukrainian     Iryna Savchuk         Tue, Fri        (570) 555-0186
Spanish       Elena Cordero         Mon-Fri         (570) 555-0188
Kinyarwanda   (video only)

Book at least 48 hours ahead for domestic screening visits and OB.
Same-day requests: (570) 555-0180.

LinguaBridge Interpreting
"""))


@M("rfp-detention-medical-services", "none", "request for proposals for detention medical services with staffing and timeliness standards; no individual", trap=True)
def _():
    return build(A("Procurement - Sable Ridge", "procurement@sableridge-pc.example.com"), A("Prospective Offerors", "offerors@sableridge-pc.example.com"),
                 "RFP SR-2026-07: Comprehensive Medical Services - amendment 1", D(7, 7, 12, 0), T("""Amendment 1 to RFP SR-2026-07, Comprehensive Medical and Mental Health
Services, Sable Ridge Processing Center (capacity 1,100).

Questions and answers:

Q3. What is the required timeline for intake screening?
A3. Initial screening by a licensed nurse within 12 hours of arrival,
    including TB symptom screening and CXR; full health assessment within
    14 days.

Q7. Sick call?
A7. Requests triaged within 24 hours; seen by a provider within 48 hours
    when clinically indicated. Requests in the detainee's language.

Q9. Will the contractor provide MOUD and HIV care?
A9. Yes. Continue MOUD and antiretroviral therapy verified at intake
    without interruption; offsite HIV specialist by telehealth is allowed.

Q12. Pregnancy care?
A12. Prenatal care by contract OB; off-site transport provided by the
    facility.

Proposals are now due August 14, 2026, 2:00 PM CT.
"""))


@M("accreditation-survey-invite", "none", "calendar invite for an accreditation survey of jail health services; no individual", trap=True)
def _():
    cal = ics("REQUEST", "survey-20260909-bcdc@keystonecm.example.com", "20260909T080000", "20260910T160000",
              "Correctional health accreditation survey - BCDC", ("Rhonda Gill", "rgill@" + KCM),
              [("Dr. Abena Osei", "aosei@" + KCM), ("Capt. Lyle Brandt", "lbrandt@" + BCDC), ("Marcy Tolliver", "mtolliver@" + KCM)],
              "BCDC Training Room B",
              "Day 1: entrance conference, tour of intake, medical housing and the mental health unit, chart review (surveyors pick 40 records on site).\n"
              "Day 2: interviews with staff and inmates, sick call and med pass observation, exit conference.\n"
              "Have ready: intake screening QI audit, suicide prevention drills log, sharps counts, MOUD policy.")
    body = T("""Please hold both days. The surveyors will choose charts on site; do not
pre-pull anything. Agenda is in the invite.

Rhonda Gill, RN, CCHP
Director of Nursing, Keystone Correctional Medical - BCDC
""")
    return build(A("Rhonda Gill", "rgill@" + KCM), [A("Dr. Abena Osei", "aosei@" + KCM), A("Capt. Lyle Brandt", "lbrandt@" + BCDC), A("Marcy Tolliver", "mtolliver@" + KCM)],
                 "Invitation: Accreditation survey - BCDC @ Wed Sep 9 - Thu Sep 10", D(7, 15, 9, 5),
                 MP("mixed", ALT(body, ICSPART(cal))))


@M("chronic-care-form-blank", "none", "blank chronic-care clinic note template (DOCX) with empty fields; no patient", trap=True)
def _():
    doc = docx([("h", "Chronic Care Clinic - Provider Note (template rev. 2026-05)"),
                "Name: ____________________   DOC #: __________   DOB: ___/___/_____",
                "Housing unit: ________   Date of visit: ___/___/_____",
                ("table", [["Condition", "Control (good / fair / poor)", "Plan"],
                           ["Hypertension", "", ""], ["Diabetes", "", ""], ["Asthma / COPD", "", ""],
                           ["Seizure disorder", "", ""], ["HIV", "", ""], ["Hepatitis C", "", ""]]),
                "Vitals: BP ____/____  HR ____  Wt ____  A1c ____  Peak flow ____",
                "Medication adherence (from eMAR, % doses taken): ______",
                "Next chronic care visit: 30 / 60 / 90 days",
                "Provider signature: ______________________"])
    body = T("""Hi all,

Attached is the revised chronic care note template that goes live June 1.
Changes: adherence % from the eMAR is now required, and HIV / hep C rows
were added so we stop using the old infectious disease form.

Print a stack for downtime binders too.

Marcy Tolliver, RN
Clinical Coordinator, Dorrance CF
""")
    return build(A("Marcy Tolliver", "mtolliver@" + KCM), A("Dorrance Medical Providers", "providers-dorrance@" + DOC),
                 "New chronic care clinic template (effective 6/1)", D(5, 20, 14, 30),
                 MP("mixed", body, ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "CCC_note_template_rev2026-05.docx")))


@M("travel-mileage-rate-notice", "none", "mass notice of a change to the beneficiary travel mileage rate; no individual claim", trap=True)
def _():
    plain = """Beneficiary Travel update for Veterans

Starting January 1, 2027 the mileage reimbursement rate for eligible travel
to VA and approved community care appointments is 41.5 cents per mile. The
deductible stays at $3 each way, capped at $18 a month.

Submit claims within 30 days of your appointment through the travel
claims portal or at the travel desk (Building 2, Room 114).

Questions: Beneficiary Travel, 1-800-555-0137, Mon-Fri 8-4:30.

You are receiving this because you are enrolled at Harmon Creek Veterans
Health Care Center. To stop e-mail notices, update your preferences.
"""
    return build(A("Harmon Creek VHCC Beneficiary Travel", "travel@" + VA), A("Enrolled Veterans", "veterans-notices@" + VA),
                 "Beneficiary travel mileage rate changes Jan 1", D(12, 10, 10, 0), T(plain))


@M("prosthetics-purchase-order", "none", "purchase order for prosthetic components with part numbers; no veteran named", trap=True)
def _():
    return build(A("Prosthetics Purchasing", "prosthetics-po@" + VA), A("Stridewell Orders", "orders@" + STRIDE),
                 "PO 2026-PSAS-04481 - stock components", D(4, 9, 11, 10), T("""Stridewell,

Please ship the following stock components on PO 2026-PSAS-04481.
This is a stock replenishment, not a patient-specific order.

Line  Part no.       Description                              Qty
1     410-52-8821    Pyramid adapter, titanium                  6
2     410-52-8830    Tube clamp adapter 30 mm                   6
3     227-10-0415    Gel liner, cushion, size 26                4
4     227-10-0416    Gel liner, cushion, size 28                4
5     SK-9920-M      Prosthetic sock 3-ply, medium (box)       10
6     FT-1180-27     Carbon foot, size 27, cat 4                2

Ship to: Prosthetics & Sensory Aids, Harmon Creek VHCC, Bldg 4 dock.
Net 30. Reference the PO on the invoice.

Wendell Haas
Purchasing Agent, Prosthetics & Sensory Aids Service
(570) 555-0141
"""))


@M("crisis-line-wallet-cards-order", "none", "order confirmation for crisis-line outreach materials; no individual", trap=True)
def _():
    return build(A("PrintWorks Orders", "orders@printworks.example.com"), A("Suicide Prevention Program", "spc@" + VA),
                 "Order confirmation #PW-331870", D(9, 3, 16, 45), T("""Thank you for your order!

Order #PW-331870      Account: HCVHCC-SPC

 Qty    Item
 5,000  Wallet card "Veterans Crisis Line - Dial 988 then Press 1"
 2,000  Gun lock safety flyer, tri-fold
   500  Poster 11x17 "It's OK to ask"
   300  Magnet "Text 838255"

Proof approved by: L. Carrasco
Ships: 9/10 via ground to Harmon Creek VHCC, Building 1, Room 210

Questions: (866) 555-0194
PrintWorks
"""))


@M("treatment-court-holiday-docket", "none", "treatment court schedule change to staff and partners; display name sensitive but no participant", trap=True)
def _():
    return build(A("Brannock County Drug Treatment Court", "treatmentcourt@" + COURT), A("Treatment Court Team", "tc-team@" + COURT),
                 "Holiday docket changes - Thanksgiving and December", D(11, 12, 15, 0), T("""Team,

Docket changes for the holidays:

 - Thu 11/26: no court. Phase 1 and 2 status hearings move to Tue 11/24.
 - Thu 12/24: no court. Hearings move to Tue 12/22.
 - Thu 12/31: court in session, short docket (phase 3 and graduation).

Staffing moves with the docket: 8:30 AM the same day, jury room 2.
Treatment providers, please send progress reports by noon the day before.
Drug testing windows are unchanged - the colour line still runs holidays.

Judge Halvorsen-Reid asked me to remind everyone that the December
graduation is open to families.

Monica Asante
Treatment Court Coordinator
(570) 555-0115
"""))


@M("rights-in-custody-newsletter", "none", "legal aid newsletter about the right to medical care in custody; general", trap=True)
def _():
    return build(A("Tri-County Legal Aid", "news@" + TCLA), A("Newsletter Subscribers", "subscribers@" + TCLA),
                 "Know Your Rights: health care in jail and prison", D(5, 14, 10, 0), T("""TRI-COUNTY LEGAL AID - KNOW YOUR RIGHTS
Health care in jail and prison

People in custody have a constitutional right to adequate medical care.
In practice, that means:

 * A health screening at intake, and a way to ask for care (sick call)
   every day.
 * Medications you were taking before arrest should be continued or
   replaced with an equivalent, including medications for opioid use
   disorder in many facilities.
 * Copays cannot be a reason to deny care you need.
 * Mental health care, including crisis care, must be available.

What family members can do: keep a list of the person's medications and
doctors, ask the person to sign a release so the facility can talk to you,
and write down dates of requests that went unanswered.

Our prison and jail health line: (570) 555-0192, Tue and Thu 1-4.
This newsletter is general information, not legal advice.
"""))


@M("custody-deaths-annual-report", "none", "aggregate report on deaths in custody and causes; no individual named", trap=True)
def _():
    return build(A("Custody Health Watch", "reports@" + CHW), A("Media and Partners", "press@" + CHW),
                 "Embargoed: 2025 deaths in custody report (state and county facilities)", D(2, 26, 6, 0), T("""EMBARGOED UNTIL MARCH 2, 2026, 12:01 AM ET

Custody Health Watch - 2025 Deaths in Custody Report

Key findings (state prisons and county jails combined):
 - 71 deaths reported, up from 64 in 2024.
 - Illness: 38 (cancer 11, heart disease 14, liver disease 6, other 7).
 - Suicide: 12, of which 8 occurred in the first 14 days of jail custody.
 - Drug overdose: 9, seven of them in facilities without MOUD at intake.
 - Homicide: 3. Pending or undetermined: 9.

Recommendations: MOUD at every jail intake, continuous suicide-risk
screening in the first two weeks, and independent review of every death.

Full report and data tables: https://custodyhealthwatch.example.org/2025-report
Media contact: Ines Kovac, (570) 555-0197
"""))


@M("probation-office-relocation", "none", "probation office relocation notice signed with officer phone numbers; no client health", trap=True)
def _():
    return build(A("Brannock County Adult Probation", "probation@" + COUNTY), A("Treatment Providers", "providers-list@" + COUNTY),
                 "Adult Probation moving Feb 16 - new address and phones", D(2, 2, 9, 45), T("""Providers and partners,

Adult Probation moves on Monday, February 16 to:

   Brannock County Services Building, 2nd floor
   120 Canal Street, Brannock

Reporting kiosks move the same day. Officer direct lines:

   Supervisor Diane Kerr          (570) 555-0110
   PO Hector Villanueva           (570) 555-0111
   PO Samantha Ruhl               (570) 555-0112
   PO Dwayne Oakes (DUI unit)     (570) 555-0113
   PO Ashley Chen (MH caseload)   (570) 555-0114

Treatment progress reports and release forms can keep going to the same
fax, (570) 555-0116.

Diane Kerr, Supervisor
"""))


@M("vocational-rehab-job-fair", "none", "vocational rehabilitation job fair announcement; general", trap=True)
def _():
    return build(A("OVR Region 4", "region4@" + OVR), A("OVR Customers and Partners", "region4-news@" + OVR),
                 "Inclusive Hiring Job Fair - April 23", D(3, 30, 10, 0), T("""Office of Vocational Rehabilitation - Region 4

INCLUSIVE HIRING JOB FAIR
Thursday, April 23, 10 AM - 2 PM, Brannock Community College gym

Over 40 employers who are committed to hiring people with disabilities,
including the county, the hospital, two warehouses and the school district.

 - ASL interpreters on site; captioning in the workshop room
 - Quiet room available
 - Bring resumes; free printing at the welcome table
 - Accommodation requests: (570) 555-0127 by April 16

Workshops: "Disclosing a disability - if, when, how", "Keeping your SSDI or
SSI while working (Ticket to Work)", "Interview practice".

You don't need to be an OVR customer to attend.
"""))


@M("consultative-exam-vendor-invoice", "none", "consultative-examination vendor invoice to the disability agency with exam counts only", trap=True)
def _():
    return build(A("Summit CE Services Billing", "billing@summitce.example.com"), A("DDS Fiscal", "fiscal@" + DDS),
                 "Invoice SCE-2026-0917 - September consultative exams", D(10, 5, 8, 30), T("""DDS Fiscal Unit,

Invoice SCE-2026-0917 for consultative examinations performed in September.
Individual claimant detail was uploaded to the DDS vendor portal as usual;
this summary has counts only.

  Exam type                           Count   Rate      Amount
  Internal medicine CE                  88   $165.00   $14,520.00
  Psychological CE w/ testing           41   $240.00    $9,840.00
  Pediatric speech/language CE          12   $190.00    $2,280.00
  X-ray, lumbar spine (2 views)         29    $45.00    $1,305.00
  Pulmonary function test               14    $85.00    $1,190.00
  Broken appointments (no-show fee)     17    $35.00      $595.00

  TOTAL                                                  $29,730.00

Vendor ID V-00418. Please remit within 30 days.
"""))


@M("boletin-miembros-invierno", "none", "Spanish member newsletter from the Medicaid plan with general health tips; no individual", lang="es", trap=True)
def _():
    plain = """Boletín para miembros - Invierno 2026
Bluestem Community Health Plan

* Vacuna contra la gripe: es gratis para todos los miembros de 6 meses en
  adelante, en su médico o en la farmacia.
* Controles de niño sano: los niños necesitan un chequeo cada año. Pregunte
  por la prueba de plomo a los 12 y 24 meses.
* Renovación de Medicaid: si recibe una carta de renovación, respóndala a
  tiempo. Puede renovar por teléfono al 1-800-555-0177.
* Transporte gratis a sus citas: llame 2 días antes.
* Línea de enfermería 24 horas: 1-800-555-0178.

Si necesita este boletín en otro idioma o formato, llame a Servicios al
Miembro (TTY 711).
"""
    html = """<html><body style="font-family:Verdana,sans-serif">
<h2>Boletín para miembros &ndash; Invierno 2026</h2>
<ul>
<li><b>Vacuna contra la gripe:</b> es gratis para todos los miembros de 6 meses en adelante, en su médico o en la farmacia.</li>
<li><b>Controles de niño sano:</b> los niños necesitan un chequeo cada año. Pregunte por la prueba de plomo a los 12 y 24 meses.</li>
<li><b>Renovación de Medicaid:</b> si recibe una carta de renovación, respóndala a tiempo. Puede renovar por teléfono al 1-800-555-0177.</li>
<li><b>Transporte gratis</b> a sus citas: llame 2 días antes.</li>
<li><b>Línea de enfermería 24 horas:</b> 1-800-555-0178.</li>
</ul>
<p style="font-size:small">Si necesita este boletín en otro idioma o formato, llame a Servicios al Miembro (TTY 711).
<a href="https://www.bluestemhealth.example.com/boletin/baja">Cancelar suscripción</a></p>
</body></html>
"""
    return build(A("Bluestem Community Health Plan", "noticias@" + BLUE), A("", "miembros@" + BLUE),
                 "Boletín de invierno: vacunas, renovación y transporte", D(12, 1, 9, 0), ALT(T(plain), H(html)))


@M("flu-clinic-flyer-kreyol", "none", "Haitian Creole flu-clinic flyer; general", lang="ht", trap=True)
def _():
    return build(A("Sante Piblik Konte Brannock", "outreach@" + PH), A("Legliz ak Asosyasyon Kominotè", "community-partners@" + COUNTY),
                 "Klinik vaksen grip gratis - samdi 17 oktòb", D(10, 6, 12, 0), T("""Bonjou tout moun,

Depatman Sante Piblik Konte Brannock ap fè yon klinik vaksen grip GRATIS:

   Samdi 17 oktòb, 9è a 1è
   Legliz Batis Bethel, 55 Ridge Road

 - Pa bezwen randevou, pa bezwen asirans.
 - Vaksen COVID-19 ak vaksen grip disponib pou granmoun ak timoun
   6 mwa oswa plis.
 - Gen entèprèt kreyòl sou plas.

Tanpri pataje avi sa a ak manm legliz ou yo. Pou plis enfòmasyon rele
(570) 555-0138.

Mèsi anpil!
Ekip Sante Kominotè
""", "utf-8", "quoted-printable"))


@M("tb-awareness-somali", "none", "Somali TB awareness message to community leaders; general", lang="so", trap=True)
def _():
    return build(A("Hodan Warsame", "hwarsame@" + LING), A("Odayaasha Bulshada", "somali-leaders@" + NSRS),
                 "Macluumaad ku saabsan qaaxada (TB) - kulanka Jimcaha", D(3, 18, 14, 0), T("""Asalaamu calaykum,

Waaxda Caafimaadka Dadweynaha ee Degmada Brannock waxay na weydiisatay in
aan bulshada la wadaagno macluumaadkan:

 * Qaaxadu (TB) waa cudur la daaweyn karo. Daawadu waa bilaash.
 * Calaamadaha: qufac ka badan 3 toddobaad, qandho, dhidid habeenkii,
   miisaan dhimis.
 * Baaritaanka dhiigga (IGRA) waa bilaash cidkasta oo dalka u timid
   5 sano gudahood.
 * Macluumaadka qofka waa sir.

Kulan su'aalo iyo jawaabo ah: Jimcaha 27 Maarso, kadib salaadda, Masjidka
Al-Nur. Kalkaaliye caafimaad iyo turjubaan ayaa joogi doona.

Mahadsanid,
Hodan Warsame, LinguaBridge
"""))


@M("hepb-screening-event-zh", "none", "Traditional Chinese (Big5) announcement of a hepatitis B screening event; general", lang="zh", trap=True)
def _():
    return build(A("布蘭諾克縣公共衛生局", "outreach@" + PH, "big5", "B"), A("華人社區中心", "chinese-center@community.example.org"),
                 "免費乙型肝炎篩檢 - 十一月七日", D(10, 20, 10, 30), T("""各位鄉親好：

布蘭諾克縣公共衛生局將與華人社區中心合辦免費乙型肝炎篩檢活動。

  日期：十一月七日（星期六）上午十時至下午二時
  地點：華人社區中心 二樓禮堂

  * 免費抽血檢查乙型肝炎表面抗原及抗體
  * 未接種者可當場接種疫苗
  * 有粵語及普通話翻譯
  * 不需要保險，不需要身份證明

每十二位華裔成人中約有一位是乙型肝炎帶原者，很多人沒有症狀。
檢查結果將以密封信件寄給本人。

查詢電話：(570) 555-0139

布蘭諾克縣公共衛生局 社區外展組
""", "big5", "base64"), scs="big5")


@M("family-vaccine-day-ko", "none", "Korean (EUC-KR) invitation to a vaccine day for military families; general", lang="ko", trap=True)
def _():
    return build(A("포트 올더 가족지원센터", "familycenter@" + MTF, "euc-kr", "B"), A("한인 군인가족 모임", "korean-spouses@groups.example.com"),
                 "군인 가족 독감 예방접종의 날 안내", D(10, 1, 8, 15), T("""안녕하세요, 한인 군인가족 여러분.

포트 올더 육군 보건소에서 군인 가족을 위한 독감 예방접종의 날을 엽니다.

  일시: 10월 10일 (토) 오전 9시 - 오후 3시
  장소: 가족지원센터 1층 강당
  대상: TRICARE 등록 가족 (6개월 이상)

  - 예약 필요 없음, 신분증(DoD ID) 지참
  - 한국어 통역 자원봉사자 있음
  - 어린이 놀이방 운영

문의: 가족지원센터 (254) 555-0147

감사합니다.
""", "euc-kr", "base64"), scs="euc-kr")


@M("refugee-orientation-ar", "none", "Arabic orientation notice about health coverage enrolment for new arrivals; general", lang="ar", trap=True)
def _():
    return build(A("خدمات نيو شورز للاجئين", "orientation@" + NSRS, "windows-1256", "B"), A("الأسر الوافدة حديثاً", "new-arrivals@" + NSRS),
                 "جلسة التوجيه: التأمين الصحي والفحص الطبي", D(4, 13, 11, 0), T("""السلام عليكم،

ندعوكم إلى جلسة التوجيه الخاصة بالأسر الوافدة حديثاً:

  اليوم: الثلاثاء 21 أبريل، الساعة 10 صباحاً
  المكان: مكتب نيو شورز، 410 شارع ألدر، القاعة الكبيرة

سنتحدث عن:
  - التسجيل في برنامج Medicaid ومساعدة اللاجئين الطبية
  - الفحص الطبي الأولي خلال 30 يوماً من الوصول
  - كيف تطلب مترجماً مجاناً في العيادة والمستشفى
  - الصيدلية وبطاقة التأمين

ستكون هناك ترجمة إلى العربية والدارية والباشتو.
للاستفسار: (570) 555-0189

فريق نيو شورز
""", "windows-1256", "quoted-printable"), scs="windows-1256")


@M("prep-campanha-pt", "none", "Portuguese PrEP awareness campaign to community groups; general", lang="pt", trap=True)
def _():
    return build(A("Saúde Pública de Brannock", "prevencao@" + PH, "iso-8859-1", "Q"), A("Grupos comunitários", "lusofonos@community.example.org"),
                 "Campanha PrEP: material em português para divulgação", D(5, 26, 15, 10), T("""Olá a todos,

Segue o material da nova campanha de PrEP em português, para divulgar nos
grupos de WhatsApp, igrejas e associações:

  "PrEP: um comprimido por dia para prevenir o HIV. Gratuito na clínica do
   condado, com ou sem seguro. Atendimento em português às quartas."

 - A clínica de ISTs faz testes rápidos de HIV e sífilis sem marcação.
 - A PrEP injetável também está disponível.
 - Tudo é confidencial.

Cartazes e folhetos podem ser retirados na recepção. Para mais informações:
(570) 555-0133.

Abraços,
Equipe de Prevenção - Saúde Pública do Condado de Brannock
""", "iso-8859-1", "quoted-printable"), scs="iso-8859-1", smode="Q")


@M("info-session-parolees-uk", "none", "Ukrainian (KOI8-U) invitation to an information session on health coverage; general", lang="uk", trap=True)
def _():
    return build(A("Ірина Савчук", "isavchuk@" + LING, "koi8-u", "B"), A("Українська громада Бранок", "ukr-community@groups.example.com"),
                 "Інформаційна зустріч: медичне страхування для гуманітарних пароле", D(2, 17, 18, 20), T("""Шановні друзі,

Запрошуємо на інформаційну зустріч для українців, які прибули за програмою
гуманітарного пароле.

  Коли: субота, 28 лютого, 11:00
  Де: Українська церква св. Михаїла, зал на першому поверсі

Поговоримо про:
  - як подати заяву на Medicaid і що робити, якщо прийшла відмова
  - первинний медичний огляд для новоприбулих
  - де знайти лікаря та стоматолога, які приймають Medicaid
  - безкоштовного перекладача в лікарні

Консультанти New Shores відповідатимуть на запитання.
Телефон: (570) 555-0186

З повагою,
Ірина Савчук, LinguaBridge
""", "koi8-u", "base64"), scs="koi8-u")


@M("caregiver-group-tagalog", "none", "Tagalog invitation to a caregiver support group; general", lang="tl", trap=True)
def _():
    return build(A("Caregiver Support Program", "caregivers@" + VA), A("Filipino-American Veterans Association", "fava-members@groups.example.com"),
                 "Imbitasyon: Support group para sa mga tagapag-alaga ng beterano", D(8, 5, 13, 0), T("""Magandang araw po sa inyong lahat,

Inaanyayahan po namin ang mga asawa, anak at kamag-anak na nag-aalaga ng
beterano na sumali sa aming buwanang support group.

  Kailan: Tuwing ikalawang Sabado ng buwan, 10:00 n.u. - 12:00 n.t.
  Saan: Harmon Creek VHCC, Building 1, Room 105 (o sa video)
  Unang pagkikita: Agosto 8

Pag-uusapan natin ang pag-aalaga sa sarili, respite care, at kung paano
humingi ng tulong. May libreng merienda at may kasamang tagasalin sa
Tagalog at Ilocano.

Para magpalista, tumawag po sa (570) 555-0144.

Maraming salamat po!
"""))


@M("interpreter-availability-fa", "none", "Farsi note on interpreter availability during a holiday; no client", lang="fa", trap=True)
def _():
    return build(A("محمود رحیمی", "mrahimi@" + LING), A("LinguaBridge Scheduling", "schedule@" + LING),
                 "در دسترس بودن برای نوروز", D(3, 10, 20, 5), T("""سلام خانم کاتلر،

برای برنامه‌ریزی اطلاع می‌دهم که از ۱۹ تا ۲۴ مارس به مناسبت نوروز در دسترس
نیستم. از ۲۵ مارس دوباره برای ترجمهٔ دری و فارسی در بیمارستان و کلینیک
آماده‌ام.

اگر قرار ملاقات‌های تکراری دارید، لطفاً به آقای گل نظر یا خدمات ترجمهٔ
ویدیویی ارجاع دهید.

با سپاس،
محمود رحیمی
(570) 555-0181
""", "utf-8", "8bit"))


@M("tagung-gefaengnismedizin-de", "none", "German conference announcement on prison health; education", lang="de", trap=True)
def _():
    return build(A("Fachtagung Gesundheit im Justizvollzug", "tagung@justizgesundheit.example.de.test", "iso-8859-15", "Q"), A("Verteiler Justizvollzugsmedizin", "verteiler@justizgesundheit.example.de.test"),
                 "Einladung: 12. Fachtagung Gesundheit im Justizvollzug, 22.-23. Oktober", D(6, 9, 10, 0, tz="+0200"), T("""Sehr geehrte Damen und Herren,

wir laden Sie herzlich zur 12. Fachtagung "Gesundheit im Justizvollzug"
am 22. und 23. Oktober 2026 ein.

Schwerpunkte:
 - Substitutionsbehandlung in Haft und Übergangsmanagement nach der
   Entlassung
 - Suizidprävention in der Untersuchungshaft
 - Versorgung von Gefangenen mit HIV und Hepatitis C
 - Sprachmittlung und Dolmetschen in der medizinischen Versorgung
 - Internationale Perspektive: Medicaid-Wiedereingliederung in den USA

Anmeldung bis zum 15. September unter
https://justizgesundheit.example.de.test/tagung2026

Teilnahmegebühr: 180 EUR (ermäßigt 90 EUR). Fortbildungspunkte sind
beantragt.

Mit freundlichen Grüßen
Das Organisationsteam
""", "iso-8859-15", "quoted-printable"), scs="iso-8859-15", smode="Q")


@M("sick-call-metrics-october", "none", "aggregate monthly sick-call and medication-pass metrics for the jail", trap=True)
def _():
    return build(A("Rhonda Gill", "rgill@" + KCM), A("BCDC Health Services QI", "qi@" + BCDC),
                 "October health services metrics", D(11, 4, 12, 15), T("""QI committee,

October numbers (ADP 612):

  Sick call requests received           1,204
  Triaged within 24 h                     97.8%
  Median time to provider (if needed)     19 h
  Intake screenings                         744
    completed within 4 h of booking       93.1%
    positive suicide-risk screens            58
  Med pass doses scheduled             41,380
    given                                 95.2%
    refused                                3.1%
    missed (court / transport)             1.7%
  MOUD census, end of month                  87
  Off-site ED sends                          14
  Chronic care visits                       302

Medication refusals are up on B-pod after the evening pass moved to 21:00.
We'll discuss at the meeting.

Rhonda
"""))


@M("moud-census-by-facility", "none", "aggregate MOUD census by prison facility; counts only", trap=True)
def _():
    return build(A("DOC Office of Clinical Services", "clinical@" + DOC), A("Wardens and Health Services Administrators", "hsa-all@" + DOC),
                 "MOUD program census - Q2 2026", D(7, 10, 9, 0), T("""All,

MOUD census as of June 30, 2026:

  Facility         Pop.   Bup   Methadone   XR-NTX   Total   % pop.
  Dorrance        1,912    211        38        17     266    13.9%
  Elk Run         1,304    140        22         9     171    13.1%
  Hollis Women's    688    119        31         6     156    22.7%
  Tamarack          950     64         0        12      76     8.0%
  System          4,854    534        91        44     669    13.8%

Tamarack's methadone start depends on the OTP licence, expected in Q4.
Continuation at intake reached 96% system-wide; release with a community
appointment within 7 days reached 81%.

Dr. Imani Roth, Chief of Addiction Services
"""))


@M("password-expiry-notice", "none", "IT password expiry notice; ordinary")
def _():
    return build(A("Northgate IT", "noreply@" + NGIT), A("Tess Abernathy", "tabernathy@" + BLUE),
                 "Your network password expires in 5 days", D(4, 27, 6, 0), T("""Hello Tess,

Your network password will expire in 5 days (05/02/2026).

To change it, press Ctrl+Alt+Del on a company computer and choose "Change
a password", or use the self-service page from the intranet home page.
Northgate will never ask for your password by e-mail.

Northgate Managed IT - Service Desk (877) 555-0109
"""))


@M("mfa-rollout-schedule", "none", "IT notice about multi-factor authentication rollout; ordinary")
def _():
    return build(A("Northgate IT Service Desk", "servicedesk@" + NGIT), A("New Shores Staff", "staff@" + NSRS),
                 "MFA rollout - your go-live date", D(1, 20, 15, 0), T("""Hi New Shores team,

We are turning on multi-factor authentication for e-mail and the shared
drive. Go-live dates:

  Case management and employment team     Mon 2/2
  Finance and admin                       Wed 2/4
  Everyone else                           Mon 2/9

Before your date, install the authenticator app on your phone. If you do not
have a work phone, we can give you a hardware key - reply to this e-mail.

Drop-in help: Thursday 1/29, 12-2, in the conference room.

Northgate Managed IT
"""))


@M("hvac-shutdown-clinic", "none", "facilities notice about an HVAC shutdown; ordinary")
def _():
    return plainmsg(A("Facilities - Riverbend CHC", "facilities@" + RIVER), A("Riverbend All Staff", "allstaff@" + RIVER),
                 "HVAC shutdown Saturday - Main St building", D(7, 29, 16, 20), ("""All,

The HVAC contractor will replace the rooftop unit on the Main St building
this Saturday 8/1 from 6 AM to about 4 PM. No clinic is scheduled. The
vaccine fridges are on the backup circuit and will be monitored.

If you plan to come in to catch up on paperwork, bring a fan.

Ray Duarte, Facilities
"""), extra=[("X-Mailer", "Microsoft Outlook 16.0")])


@M("potluck-signup-thanksgiving", "none", "staff potluck signup; ordinary")
def _():
    return build(A("Alicia Moreno", "amoreno@" + NSRS), A("New Shores Staff", "staff@" + NSRS),
                 "Friendsgiving potluck Nov 20!", D(11, 9, 11, 30), T("""Hi everyone!

Our Friendsgiving potluck is Friday 11/20 at noon in the big room. Sign-up
sheet is on the fridge. So far we have: biryani (Mahmood), injera and
misir wat (Selam), pupusas (Elena), mac and cheese (me).

We need: drinks, plates, a dessert that isn't baklava (we have 3).

Families of staff welcome!
Alicia
"""))


@M("deescalation-training-invite", "none", "training invite on crisis de-escalation with mental-health vocabulary; no individual", trap=True)
def _():
    cal = ics("REQUEST", "cit-20260416@bcdc.brannock-county.example.org", "20260416T130000", "20260416T170000",
              "Crisis Intervention / De-escalation refresher (4 h)", ("Lt. Carla Benning", "cbenning@" + BCDC),
              [("BCDC Officers - B Shift", "bshift@" + BCDC), ("Keystone Nursing", "nursing@" + KCM)],
              "BCDC Training Room A",
              "Recognising psychosis, mania and withdrawal on the block; talking someone down; when to call mental health; suicide-watch observation logs.")
    return build(A("Lt. Carla Benning", "cbenning@" + BCDC), [A("BCDC Officers - B Shift", "bshift@" + BCDC), A("Keystone Nursing", "nursing@" + KCM)],
                 "CIT refresher - Thu 4/16 1-5 PM", D(3, 31, 8, 45), MP("alternative", T("""B shift and nursing,

Mandatory 4-hour CIT refresher on Thursday 4/16. Scenarios this year: a
detainee in alcohol withdrawal who becomes combative, an inmate refusing
to leave the cell during a psychotic episode, and a person on suicide watch
who asks for a razor. Nursing will cover COWS/CIWA scoring.

Lt. Benning
"""), ICSPART(cal)))


@M("portal-new-message-notice", "none", "borderline: portal notice greets a member by name but says only that a message is waiting, with no care named", trap=True)
def _():
    html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#2e6b3a;color:#fff;padding:12px"><b>Bluestem Member Portal</b></td></tr>
<tr><td style="padding:16px">
<p>Hello Gloria,</p>
<p>You have <b>1 new secure message</b> in your Bluestem member portal.</p>
<p>For your privacy we do not include the message in e-mail.
<a href="https://members.bluestemhealth.example.com/messages">Sign in to read it</a>.</p>
<p style="font-size:11px;color:#777">Please do not reply to this e-mail. Member Services: 1-800-555-0177 (TTY 711).</p>
</td></tr></table>
</body></html>
"""
    return build(A("Bluestem Member Portal", "no-reply@" + BLUE), A("Gloria Banks", "gbanks58@" + MAIL),
                 "You have a new secure message", D(9, 22, 17, 3),
                 ALT(T("Hello Gloria,\n\nYou have 1 new secure message in your Bluestem member portal.\nSign in to read it: https://members.bluestemhealth.example.com/messages\n\nMember Services: 1-800-555-0177 (TTY 711)\n"), H(html)))


@M("visiting-schedule-families", "none", "jail visiting-schedule change to families; mentions the medical housing unit in general only", trap=True)
def _():
    return build(A("BCDC Visitation", "visitation@" + BCDC), A("Registered Visitors", "visitors@" + BCDC),
                 "Visiting schedule changes starting June 1", D(5, 21, 14, 0), T("""To all registered visitors:

Starting June 1, video visits are available 7 days a week, 8 AM - 9 PM.
In-person visits move to Saturday and Sunday only.

 - Pods A-D: Saturday 9-11 AM and 1-3 PM
 - Pods E-G: Sunday 9-11 AM and 1-3 PM
 - Medical housing unit and mental health unit: video visits only, by
   appointment, due to space.

Please arrive 30 minutes early. No phones past the lobby. Children under
16 must be with a parent or guardian.

Questions about a person's health or medications cannot be answered by
visitation staff. Families can call Health Services at (570) 555-0117,
but staff can only share information if the person has signed a release.

BCDC Visitation Office
"""))


@M("commissary-deposit-receipt", "none", "commissary deposit receipt with an inmate number and amount; no health content", trap=True)
def _():
    return build(A("JailFunds Receipts", "receipts@jailfunds.example.net"), A("Sharon Lyle", "slyle77@" + WEB),
                 "Receipt: deposit to inmate account", D(8, 14, 19, 52, tz="-0500"), T("""Thank you for your deposit.

Transaction ID:   JF-7741-22903
Date:             08/14/2026 7:52 PM CT
Facility:         Brannock County Detention Center
Inmate:           LYLE, MARCUS D.
Inmate number:    26-03318
Deposit:          $50.00
Fee:              $3.95
Total charged:    $53.95   (Visa ending 4471)

Funds are available within 1 hour for commissary, phone and tablet use.

JailFunds - (888) 555-0103
"""))


@M("fax-cover-template", "none", "blank fax cover template with a confidentiality notice; no patient", trap=True)
def _():
    return build(A("Medical Records - Sable Ridge", "records@" + SABLE), A("Sable Ridge Medical Staff", "staff@" + SABLE),
                 "Updated fax cover sheet - use from today", D(2, 5, 8, 10), T("""Team,

Please use the updated fax cover below (also on the shared drive). The old
one still had the previous contractor's number.

------------------------------------------------------------
            SABLE RIDGE PROCESSING CENTER - MEDICAL UNIT
                 Calloway Detention Health Services
   Phone (956) 555-0129                Fax (956) 555-0130

To: ______________________   Fax: ______________________
From: ____________________   Date: _____________________
Pages (incl. cover): ____
Re:  [ ] Records request  [ ] Transfer summary  [ ] Lab  [ ] Other ____

CONFIDENTIAL: This fax may contain protected health information,
including HIV, mental health or substance use treatment information
protected by federal and state law. If you received it in error, call
us at the number above and destroy all copies.
------------------------------------------------------------

Thanks,
Lucía Benavides, Health Information Clerk
"""))


@M("ticket-assigning-authority-config", "none", "interface ticket about PID-3 and MRN mapping configuration; no patient", trap=True)
def _():
    return build(A("Northgate Service Desk", "servicedesk@" + NGIT), A("Gus Ferreira", "gferreira@" + CTRAK),
                 "[NG-INC-58820] Assigning authority mapping for DOC transfers", D(1, 22, 10, 5), T("""Ticket NG-INC-58820 has been updated.

Update from Jamal Pierce (Northgate Integration):

  Proposed mapping on the Corvus route DOC_XFER_IN:

    PID-3.1   <- inbound PID-3.1 (DOC number, 6 digits)
    PID-3.4   := "DOCSTATE"
    PID-3.5   := "PI"
    MRN       -> lookup in BMH EMPI by DOC number + DOB; if no match,
                 create a new MRN and queue a merge review task
    PV1-3     <- ZTR-2 (facility code)

  Test cases 1-12 passed in TEST with synthetic records. Case 13 (two DOC
  numbers for one person after a re-commitment) still creates a duplicate.

Status: Pending customer
Priority: P3
"""))


@M("glucometer-qc-log", "none", "point-of-care glucose meter quality-control values; no patient", trap=True)
def _():
    return build(A("Tomas Greer, RN", "tgreer@" + KCM), A("BCDC Lab Compliance", "labqc@" + KCM),
                 "Glucometer QC - week of 3/2 - meter #3 out of range", D(3, 7, 22, 40), T("""QC log for the medical unit meters this week:

Meter   Date    Lot      Level 1 (range 38-58)   Level 2 (range 286-386)
#1      3/2     QC4471        46                     331
#1      3/5     QC4471        49                     318
#2      3/2     QC4471        44                     342
#2      3/5     QC4471        51                     327
#3      3/2     QC4471        61 *                   395 *
#3      3/5     QC4471        63 *                   402 *

Meter #3 failed both levels twice. Pulled from service and tagged, new
strips didn't fix it. Using #1 and #2 for the 04:00 and 16:00 fingersticks
until the replacement comes.

Tomas
"""))


@M("telepsych-contract-renewal", "none", "telepsychiatry vendor contract renewal terms; no patient", trap=True)
def _():
    return build(A("Renee Castellano", "rcastellano@" + CLEAR), A("Dorrance Contracts", "contracts@" + DOC),
                 "Clearwater Telepsychiatry - FY27 renewal proposal", D(4, 21, 16, 0), T("""Mr. Ambrose,

Thanks for meeting last week. Our FY27 renewal proposal for Dorrance CF:

  Psychiatrist hours            60 h/week (was 48)
  PMHNP hours                   40 h/week
  Rate                          $245/h psychiatrist, $165/h PMHNP
  On-call crisis coverage       24/7, 15-minute call-back
  Involuntary medication hearing testimony   $300 per hearing
  EHR                           we document directly in CorrecTrak

The added hours reflect the residential treatment unit expansion and the
MOUD programme's need for co-managed psychiatric care.

Draft amendment attached separately via the state contract portal.

Renee Castellano
VP, Correctional Programs, Clearwater Telepsychiatry
(303) 555-0153
"""))


@M("ooo-trauma-clinic-psychologist", "none", "out-of-office from a PTSD clinic psychologist with crisis-line instructions; no individual", trap=True)
def _():
    return build(A("Dr. Renata Liu", "rliu@" + VA), A("Wendell Haas", "prosthetics-po@" + VA),
                 "Automatic reply: budget call next week", D(6, 29, 8, 2),
                 T("""I am out of the office June 29 - July 10 with limited access to e-mail.

Veterans: if you are in crisis, call 988 and press 1, text 838255, or go
to the nearest emergency room. For appointments with the PTSD Clinical Team
call (570) 555-0145. For urgent clinical questions, Dr. Amos Whitfield is
covering my caseload.

Renata Liu, PhD
Staff Psychologist, PTSD Clinical Team
Harmon Creek Veterans Health Care Center
"""), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@M("renewals-webinar-navigators", "none", "webinar for navigators on Medicaid renewals with statewide aggregate numbers", trap=True)
def _():
    return build(A("DHS Outreach", "outreach@" + DHS), A("Navigators and Assisters", "navigators@" + DHS),
                 "Webinar 9/30: renewals season - what we learned", D(9, 14, 13, 0), T("""Navigators and certified application counselors,

Join us Wednesday 9/30, 2-3:30 PM, for the renewals season debrief.

Statewide, July-August:
  Renewals due                       212,480
  Renewed ex parte (automatic)       61%
  Renewed after returning forms      18%
  Closed for procedural reasons      14%
  Found ineligible                    7%

We'll walk through the most common procedural closures (returned mail,
missing income proof), the 90-day reconsideration window, and how to help
people who lost coverage in the middle of treatment reapply quickly.

Register: https://outreach.dhs.stateportal.test/webinars/0930
"""))


@M("school-clinic-consent-blank", "none", "blank school-based health centre consent form (PDF) sent to families; no student", trap=True)
def _():
    lines = ["Lincoln Park High School Wellness Center", "Operated by Riverbend Community Health Center",
             "ANNUAL CONSENT FOR SERVICES 2026-2027", "",
             "Student name: _______________________  Grade: ____  Date of birth: ___/___/_____",
             "Parent/guardian: ______________________  Phone: ____________________",
             "Insurance:  [ ] Medicaid/CHIP  ID ____________  [ ] Private  [ ] None", "",
             "I consent for my child to receive: [ ] Physical exams and sports physicals",
             "[ ] Immunizations  [ ] Sick visits  [ ] Dental screening  [ ] Counseling",
             "", "Note: Under state law, students may consent on their own to some",
             "services, including certain counseling and reproductive health care.",
             "Those services are confidential as allowed by law.", "",
             "Signature: ______________________________  Date: ___________"]
    return build(A("LPHS Wellness Center", "wellness@" + RIVER), A("LPHS Families", "families@" + SCHOOL),
                 "Wellness Center consent form for 2026-2027", D(8, 10, 7, 30),
                 MP("mixed", T("""Dear families,

Attached is the Wellness Center's annual consent form. Please return it
with the back-to-school packet. The Wellness Center is open to all
students, and no one is turned away for lack of insurance.

LPHS Wellness Center - (570) 555-0156
"""), ATT("application/pdf", pdf(lines, title="Wellness Center Consent 2026-2027"), "WellnessCenter_Consent_2026-27.pdf")))


@M("corso-mediatori-culturali-it", "none", "Italian training course announcement for cultural mediators in health care; education", lang="it", trap=True)
def _():
    return build(A("Associazione Ponti", "formazione@ponti.example.it.test"), A("Mediatori culturali", "mediatori@ponti.example.it.test"),
                 "Corso di formazione: mediazione culturale in ambito sanitario e penitenziario", D(9, 1, 11, 0, tz="+0200"), T("""Care colleghe, cari colleghi,

è aperta l'iscrizione al corso di formazione "Mediazione culturale in
ambito sanitario e penitenziario" (40 ore, ottobre-dicembre 2026).

Programma:
 - il ruolo del mediatore nelle visite mediche e nei colloqui psicologici
 - la tutela della riservatezza: cosa si può e non si può riferire
 - salute in carcere e nei centri di trattenimento per migranti
 - gestire il trauma e la fatica emotiva del mediatore

Il corso è gratuito per i soci. Le lezioni si tengono il sabato mattina,
in presenza e online. Iscrizioni entro il 25 settembre su
https://ponti.example.it.test/corsi

Un caro saluto,
La segreteria dell'Associazione Ponti
""", "utf-8", "quoted-printable"))


# ================================================================= phi ===
@M("xfer-queue-stuck-adt", "phi", "the body is only an interface alert; the attached live HL7 ADT^A02 names a transferred prisoner with DOB and an NSTEMI diagnosis")
def _():
    h = hl7("MSH|^~\\&|CORRECTRAK|DOC_DORRANCE|CORVUS|BMH|20260309021044||ADT^A02|DOC26030902104|P|2.5.1",
            "EVN|A02|20260309020500",
            "PID|1||611820^^^DOCSTATE^PI||BRENNER^CALVIN^RAY||19710826|M|||Dorrance Correctional Facility^^Dorrance^ZZ^17840",
            "PV1|1|E|BMH-ED^BAY7^1^BMH||||%s^OSEI^ABENA^^^^MD^^NPI|||MED||||7|||||||||||||||||||||||||20260309014500" % DR_OSEI_NPI,
            "DG1|1||I21.4^Non-ST elevation myocardial infarction^I10||20260309|W",
            "AL1|1|DA|70618^Penicillin^RXNORM|MO|hives",
            "OBX|1|NM|10839-9^Troponin I^LN||2.8|ng/mL|<0.04|HH|||F")
    body = T("""Jamal,

DOC_XFER_IN has been stuck since 02:10 with an EMPI lookup timeout. The
first message in the queue is attached as pulled from the error folder.
Everything behind it (11 msgs) is waiting. Can you bump it manually and look
at why the lookup timed out?

Gus
""")
    return build(A("Gus Ferreira", "gferreira@" + CTRAK), A("Jamal Pierce", "jpierce@" + NGIT),
                 "DOC_XFER_IN queue stuck - first msg attached", D(3, 9, 2, 31),
                 MP("mixed", body, ATT("application/hl7-v2", h, "DOC_XFER_IN_err_0001.hl7")), cc=A("Northgate On-Call", "oncall@" + NGIT))


@M("ccn-referral-bundle-attached", "phi", "body says only 'see attached'; the FHIR bundle names a veteran with DOB and a community-care orthopaedic referral for knee osteoarthritis")
def _():
    bundle = {
        "resourceType": "Bundle", "type": "transaction", "timestamp": "2026-05-12T14:22:00-04:00",
        "entry": [
            {"fullUrl": "urn:uuid:7f1b2c9e-0a41-4c3e-9d2f-5e1a8c7b3d10", "resource": {
                "resourceType": "Patient", "id": "vet-4471",
                "identifier": [{"system": "https://fhir.harmoncreek.vhc.example.org/id/icn", "value": "1012847730V448120"}],
                "name": [{"family": "Dunmore", "given": ["Raymond", "E"]}], "gender": "male", "birthDate": "1958-02-19",
                "telecom": [{"system": "phone", "value": "(570) 555-0174"}],
                "address": [{"line": ["88 Quarry Rd"], "city": "Brannock", "postalCode": "17801"}]},
             "request": {"method": "PUT", "url": "Patient/vet-4471"}},
            {"fullUrl": "urn:uuid:2d6c0f8a-41b7-4e59-8a10-c3f27e9b5a44", "resource": {
                "resourceType": "ServiceRequest", "status": "active", "intent": "order",
                "code": {"text": "Community care - Orthopaedic surgery consult (SEOC ORTHO 1.4.6)"},
                "subject": {"reference": "urn:uuid:7f1b2c9e-0a41-4c3e-9d2f-5e1a8c7b3d10"},
                "reasonCode": [{"coding": [{"system": "urn:oid:2.16.840.1.113883.6.90", "code": "M17.11", "display": "Unilateral primary osteoarthritis, right knee"}]}],
                "authoredOn": "2026-05-12", "priority": "routine",
                "requester": {"display": "Lena Farris, NP (NPI %s)" % NP_FARRIS_NPI},
                "performer": [{"display": "Brannock Orthopaedic Associates"}],
                "note": [{"text": "Failed PT x 12 wks and 2 steroid injections. Wait time at VA ortho > 60 days, eligible for community care. Consider TKA eval."}]},
             "request": {"method": "POST", "url": "ServiceRequest"}}]}
    body = T("""Please see attached referral package.

Community Care Office
Harmon Creek VHCC
""")
    return build(A("HCVHCC Community Care", "communitycare@" + VA), A("TriAxis Referral Intake", "referrals@" + TRIAX),
                 "Referral package 05/12 batch 3", D(5, 12, 14, 25),
                 MP("mixed", body, ATT("application/fhir+json", json.dumps(bundle, indent=1), "referral_batch3_0512.json")))


@M("gap-outreach-letter-maria", "phi", "a merged care-gap letter to a named member with member ID saying she is due for a diabetic eye exam")
def _():
    return build(A("Bluestem Care Management", "caremanagement@" + BLUE), A("Maria Estrada", "mestrada.home@" + MAIL),
                 "A reminder about your diabetic eye exam", D(3, 23, 10, 0), T("""March 23, 2026

Maria Estrada
1420 Hickory Lane, Apt 3
Brannock, ZZ 17801

Member ID: BCH-20877341

Dear Maria,

Our records show that you may be due for: a diabetic eye exam (retinal
exam). Staying on top of this check-up is one of the best ways to stay
healthy.

Your primary care provider is Dr. Nadia Karimi at (570) 555-0171. Call them
to schedule, or call Member Services at 1-800-555-0177 (TTY 711). If you
need a ride, transportation is covered: call (570) 555-0176 at least 2
business days ahead.

Sincerely,
Care Management Team
Bluestem Community Health Plan
"""))


@M("travel-claim-denied-ortho", "phi", "beneficiary travel claim for a named veteran's orthopaedic appointment denied, with claim number and appointment date")
def _():
    return build(A("HCVHCC Beneficiary Travel", "travel@" + VA), A("Raymond Dunmore", "rdunmore58@" + MAIL),
                 "Travel claim 2026-BT-0883412 - not approved", D(7, 2, 15, 30), T("""Mr. Dunmore,

Your beneficiary travel claim 2026-BT-0883412 for your 06/18/2026
appointment at Brannock Orthopaedic Associates (community care, post-op
visit after right knee replacement) was not approved.

Reason: the claim was submitted 34 days after the appointment. Claims must
be filed within 30 days.

If you had a good reason for filing late (for example, you were in the
hospital or in rehab after surgery), you can ask us to reconsider. Reply to
this message or call 1-800-555-0137 and tell us the reason. You have one
year from the date of this letter to ask.

Beneficiary Travel
Harmon Creek Veterans Health Care Center
"""))


@M("socket-refit-appointment", "phi", "prosthetist to a veteran about his socket refit appointment for a below-knee amputation")
def _():
    return build(A("Carla Vesey, CPO", "cvesey@" + STRIDE), A("Walt Simmons", "waltsimmons@" + INBOX),
                 "Your new socket - fitting on the 14th", D(10, 6, 16, 10), T("""Hi Walt,

Good news, the VA approved the new socket and liner. Your test socket
fitting is booked for Wednesday 10/14 at 10:30 at our Canal St office.

Since you mentioned the shrinkage on the right side and the redness at the
end of the limb, please:
 - wear your shrinker the night before
 - bring all your sock plies (the 1, 3 and 5)
 - wear the shoes you walk in most

Plan on about 90 minutes. If the fit is good we'll have the definitive
socket ready in about 3 weeks. If the skin breaks down before then, call
me - don't keep wearing it.

Carla Vesey, CPO
Stridewell Orthotics & Prosthetics
(570) 555-0149
"""))


@M("tricare-eob-ear-tubes", "phi", "military spouse disputes her son's ear-tube surgery bill, quoting the claim and EOB amounts")
def _():
    return build(A("Jessica Okafor", "jess.okafor@" + MAIL), A("Eastline Beneficiary Services", "beneficiary@" + EAST),
                 "Question about EOB for my son's surgery", D(2, 18, 21, 4), T("""Hello,

I'm writing about the EOB we got for my son Liam Okafor (DOB 04/02/2021).
He had ear tubes put in on 01/09 at Brannock Memorial (bilateral
myringotomy with tubes, Dr. Pruitt). Sponsor is my husband, SSG Daniel
Okafor.

Claim number: 2026-01-9F3318-02
Billed: $4,812.00   Allowed: $1,266.40   Paid: $1,013.12
Patient responsibility: $253.28

We're TRICARE Prime and this was a referred surgery, so I thought we'd owe
nothing. The EOB says "non-network anesthesia". Nobody told us the
anesthesiologist wasn't in network. Can you tell me how to appeal?

Thank you,
Jessica Okafor
(254) 555-0148
"""))


@M("peds-ent-referral-pending", "phi", "the child's name, the TRICARE referral and the specialty are only in the Subject; the body is a follow-up question")
def _():
    return build(A("Jessica Okafor", "jess.okafor@" + MAIL), A("Fort Alder Referral Management", "referrals@" + MTF),
                 "RE: Referral auth for Liam Okafor - peds ENT - still pending?", D(11, 3, 8, 12), T("""Hi, any update? It still shows pending on our end and the office
won't schedule until it's approved. It's been 3 weeks.

Thanks,
Jess
"""), irt="<5F2A01C4.77B3E210@fortalder-ahc.example.org>")


@M("intake-screening-form-table", "phi", "jail intake medical screening form for a named detainee with DOB, booking number, diabetes, insulin and vital signs")
def _():
    return build(A("Keystone Intake Nursing", "intake@" + KCM), A("Dr. Abena Osei", "aosei@" + KCM),
                 "Intake screening for provider review - booking 26-05102", D(4, 26, 3, 48), T("""Dr. Osei - intake screen below for your review, needs insulin order
before AM pass.

RECEIVING SCREENING - BRANNOCK COUNTY DETENTION CENTER
----------------------------------------------------------------
Name:            GAINES, DeShawn T.       Booking #: 26-05102
DOB:             11/30/1989               Booked:   04/26/2026 02:15
----------------------------------------------------------------
Vitals           BP 162/98  HR 104  RR 18  T 98.4  SpO2 97%
                 Fingerstick glucose 348
Chronic cond.    Type 1 diabetes (since age 12), HTN
Current meds     Insulin glargine 24 u qHS, insulin lispro SS w/ meals,
                 lisinopril 10 mg daily - last doses "yesterday AM"
Allergies        Sulfa (rash)
Withdrawal risk  Denies alcohol/drug use; CIWA/COWS not indicated
TB symptoms      None; PPD placed L forearm, read 04/28
Injuries         Abrasion R knee, cleaned
Housing          Medical observation - glucose q4h
----------------------------------------------------------------
Screened by: T. Lusk, RN
"""))


@M("mom-asks-about-inhaler", "phi", "a mother's phone-typed mail to jail health services about her named son's asthma and missing inhaler")
def _():
    return build(A("Sharon Lyle", "slyle77@" + WEB), A("BCDC Health Services", "healthservices@" + BCDC),
                 "my son marcus lyle", D(8, 15, 23, 17), T("""hi my son is Marcus Lyle hes in B pod, number 26-03318. he called me tonight
and said he's been asking for his inhaler since monday and nobody brought it.
he has bad asthma since he was little and was in the hospital twice last
year for it. the inhaler was in his property when they took him in, the
blue one (albuterol) and he also uses the purple one (advair) every day.
please can someone check on him he sounded wheezy on the phone. i'm his
mom, he signed the paper for me at his visit.

Sharon Lyle
570 555 0179

Sent from my iPhone
""", flowed=True))


@M("med-pass-missed-doses", "phi", "nurse's shorthand note about a named inmate's missed blood-pressure and diabetes doses, with DOC number")
def _():
    return build(A("Ama Boateng, LPN", "aboateng@" + KCM), A("Marcy Tolliver", "mtolliver@" + KCM),
                 "missed doses - H-unit", D(6, 11, 22, 55), T("""Marcy,

FYI for tomorrow's huddle:

Pettiford, Leon  DOC# 588104  H-214
 - lisinopril 20 mg + metformin 1000 mg: missed 6/9 PM, 6/10 AM, 6/10 PM
   (out to court 6/9-6/10, meds not sent w/ transport)
 - BP tonight 178/104, FSBG 266. No HA/CP/SOB.
 - Gave PM doses 2130. Paged Dr. O - ok to give, recheck BP in AM, f/u
   sick call.

Transport sergeant says nobody told them he was on meds. Need a process
fix - 3rd time this month.

Ama
"""))


@M("chronic-care-roster-csv", "phi", "the body is a scheduling note; the attached CSV lists named inmates with DOC numbers and chronic conditions due for clinic")
def _():
    rows = [["doc_no", "last", "first", "dob", "unit", "conditions", "last_visit", "due", "notes"],
            ["588104", "Pettiford", "Leon", "1967-03-04", "H-214", "HTN; DM2", "2026-04-02", "2026-07-01", "A1c 8.9"],
            ["601977", "Ocampo", "Rafael", "1979-11-21", "C-118", "Asthma (mod persistent)", "2026-03-29", "2026-06-27", "peak flow 310"],
            ["593340", "Whitlock", "Gerald", "1954-08-15", "Infirmary 3", "COPD; CHF (EF 35%)", "2026-05-20", "2026-06-19", "on 2L O2 nights"],
            ["610052", "Abernethy", "Craig", "1983-01-09", "D-031", "Seizure disorder", "2026-02-11", "2026-08-10", "levetiracetam level pending"],
            ["605518", "Soto", "Manuel", "1972-06-30", "H-105", "HTN; CKD 3b", "2026-04-17", "2026-07-16", "Cr 1.9"],
            ["597221", "Greaves", "Otis", "1961-12-02", "G-220", "DM2 insulin", "2026-05-03", "2026-06-30", "hypo x2 in May"]]
    s = io.StringIO()
    csv.writer(s, lineterminator="\r\n").writerows(rows)
    body = T("""Dr. Okoro,

Attached is the chronic care list for the July block. Can you take the
Tuesday/Thursday slots? Infirmary patients will be seen bedside.

Marcy
""")
    return build(A("Marcy Tolliver", "mtolliver@" + KCM), A("Dr. Femi Okoro", "fokoro@" + KCM),
                 "CCC list - July block", D(6, 16, 13, 5),
                 MP("mixed", body, ATT("text/csv", s.getvalue(), "CCC_due_July2026.csv", cte="quoted-printable", params=[("charset", "utf-8")])))


@M("sent-out-ed-chest-pain", "phi", "jail nurse's handoff to the hospital ED about a named inmate sent out with chest pain, with vitals and ECG findings")
def _():
    return build(A("Trevor Lusk, RN", "tlusk@" + KCM), A("BMH ED Charge Nurse", "edcharge@" + BMH),
                 "Inbound from BCDC - chest pain", D(9, 19, 1, 20), T("""Heads up - sending you one from BCDC by ALS, ETA 01:40, 2 officers.

Ocampo, Rafael  DOB 11/21/1979  BCDC #26-04811
CC: substernal CP x 40 min, radiating L arm, diaphoretic
VS 01:05: BP 148/92, HR 112, SpO2 95% RA
12-lead: 1-1.5 mm ST depression V4-V6 (copy w/ EMS)
Given ASA 324 chewed, NTG SL x1 (pain 8 -> 5)
PMH: asthma, HTN. No known cardiac hx. Smoker.
Meds: fluticasone/salmeterol BID, albuterol PRN, amlodipine 5
Allergies: NKDA

Call 570-555-0117 x2 for our provider. Custody will stay with him.

Trevor Lusk, RN - night charge, BCDC medical
"""))


@M("hermano-diabetes-detencion", "phi", "Spanish: a detainee's sister asks the detention medical unit about her named brother's insulin and foot wound", lang="es")
def _():
    return build(A("Yesenia Carrillo", "yesenia.carrillo@" + WEB), A("Unidad Médica Sable Ridge", "medical@" + SABLE, "utf-8", "Q"),
                 "Mi hermano José Carrillo - insulina", D(7, 24, 19, 40, base=-6), T("""Buenas tardes,

Les escribo por mi hermano, José Armando Carrillo Reyes, fecha de
nacimiento 14/03/1984, número A 218-447-903. Está en Sable Ridge desde el
15 de julio.

Mi hermano tiene diabetes tipo 2 desde hace 8 años y se pone insulina dos
veces al día (Lantus en la noche y metformina en la mañana). También tiene
una herida en el pie izquierdo que su doctora en Houston estaba curando.
Me dijo por teléfono que le están dando pastillas pero no la insulina, y
que el pie le duele y huele mal.

Tengo la lista de sus medicinas y la carta de su doctora, la Dra. Patel.
¿A qué número de fax la puedo mandar? Por favor, que lo revise un médico.

Gracias,
Yesenia Carrillo (hermana)
(713) 555-0162
""", "utf-8", "quoted-printable"))


@M("detention-transfer-summary", "phi", "the body is a cover note; the Flate PDF is a named detainee's transfer summary with hypertension, medications and TB screening")
def _():
    lines = ["SABLE RIDGE PROCESSING CENTER - MEDICAL UNIT", "Calloway Detention Health Services",
             "MEDICAL TRANSFER SUMMARY", "",
             "Name: TESFAYE, Dawit          A-number: 207-553-184",
             "DOB: 05/09/1990               Sex: M      Language: Amharic (interpreter used)",
             "Transferring to: Eastfield Detention Facility      Date: 10/02/2026", "",
             "Problems: 1. Essential hypertension, controlled   2. Latent TB infection",
             "          3. Chronic low back pain", "",
             "Medications (send 7-day supply):",
             "  amlodipine 10 mg PO daily", "  isoniazid 300 mg + pyridoxine 25 mg PO daily (LTBI, month 3 of 9)",
             "  naproxen 500 mg PO BID PRN", "",
             "TB: IGRA positive 06/2026. CXR 06/14/2026 no active disease. Symptom screen negative.",
             "Last vitals 10/01: BP 132/84, HR 76, Wt 71 kg",
             "Allergies: none known", "Pending: LFTs due 10/20 for INH monitoring", "",
             "Completed by: R. Mendoza, RN   Reviewed: Dr. K. Alvarez"]
    body = T("""Attached is the transfer summary for tomorrow's bus. Please confirm
receipt.

Lucía Benavides
Health Information, Sable Ridge Medical Unit
""")
    return build(A("Lucía Benavides", "records@" + SABLE, "utf-8", "Q"), A("Eastfield Medical Intake", "intake@eastfield-dc.example.com"),
                 "Transfer summaries - 10/02 bus", D(10, 1, 17, 12, base=-6),
                 MP("mixed", body, ATT("application/pdf", pdf(lines, flate=True, title="Medical Transfer Summary"), "XFER_SUMMARY_1002_04.pdf")))


@M("ltbi-results-dari-family", "phi", "Farsi/Dari: a caseworker tells a named refugee his IGRA was positive and treatment for latent TB starts next week", lang="fa")
def _():
    return build(A("مریم عزیزی", "mazizi@" + NSRS), A("Ahmad Wali Sharifi", "awsharifi@" + MAIL),
                 "نتیجهٔ آزمایش سل - آقای شریفی", D(3, 4, 12, 20), T("""سلام آقای شریفی عزیز،

کلینیک سلامت پناهندگان نتیجهٔ آزمایش خون شما را برای من فرستاد (با اجازهٔ
خودتان). آزمایش IGRA شما مثبت است. این یعنی میکروب سل در بدن شما هست ولی
بیماری فعال نیست و به دیگران سرایت نمی‌کند. عکس قفسهٔ سینهٔ شما هم طبیعی بود.

داکتر گفته‌اند بهتر است سه ماه دارو بخورید (ریفامپین هر روز) تا بعداً
مریض نشوید. قرار شما با کلینیک سل:

   سه‌شنبه ۱۰ مارس، ساعت ۹:۳۰ صبح
   کلینیک سلامت عمومی، ۲۲۰ خیابان کانال
   ترجمان دری: آقای رحیمی

اگر نمی‌توانید بیایید، به من زنگ بزنید تا وقت را تغییر بدهیم.

با احترام،
مریم عزیزی، مددکار پرونده
خدمات پناهندگان نیو شورز
(570) 555-0190
""", "utf-8", "base64"))


@M("interpreter-booking-cardiology", "phi", "the body is a booking confirmation; only the attached ICS names the refugee client, his echocardiogram and cardiology visit")
def _():
    cal = ics("REQUEST", "lb-88213@linguabridge.example.com", "20260519T083000", "20260519T103000",
              "Tigrinya interpreter - Yonas Haile - echo + cardiology f/u (rheumatic MR)", ("LinguaBridge Scheduling", "schedule@" + LING),
              [("Selam Gebre", "sgebre@" + LING), ("Fatima Noor", "fnoor@" + NSRS)],
              "Brannock Memorial Heart & Vascular, 3rd floor",
              "Client: Yonas Haile, DOB 1997-07-30. Echocardiogram 8:30 then Dr. Marsh 9:30 to discuss mitral valve surgery. Client needs help with consent forms.")
    body = T("""Hello Fatima,

Your interpreter booking LB-88213 is confirmed. Calendar details are
attached.

LinguaBridge Scheduling
(570) 555-0180
""")
    return build(A("LinguaBridge Scheduling", "schedule@" + LING), A("Fatima Noor", "fnoor@" + NSRS),
                 "Booking confirmed: LB-88213", D(5, 11, 9, 40),
                 MP("mixed", body, ICSPART(cal, attach=True, filename="LB-88213.ics")), cc=A("Selam Gebre", "sgebre@" + LING))


@M("pa-approved-mri-lumbar", "phi", "prior authorisation approval for a named member's lumbar MRI with member ID and auth number")
def _():
    return build(A("Bluestem Utilization Management", "um@" + BLUE), A("Riverbend CHC Referrals", "referrals@" + RIVER),
                 "Auth approved: 26-PA-0417782", D(2, 9, 11, 42), T("""PRIOR AUTHORIZATION DETERMINATION

Auth #:        26-PA-0417782
Member:        Thomas Redfeather     ID: BCH-31120584    DOB: 09/03/1976
Service:       MRI lumbar spine without contrast (CPT 72148)
Diagnosis:     M54.16 Radiculopathy, lumbar region; M51.26
Ordering:      Lena Farris, NP     NPI {npi}
Facility:      Brannock Memorial Imaging
Decision:      APPROVED
Valid:         02/09/2026 - 05/09/2026   Units: 1

Clinical note: 8 weeks of conservative care documented, new foot drop on
the left per 02/02 visit.

This approval is not a guarantee of payment; eligibility is checked on the
date of service.
""".format(npi=NP_FARRIS_NPI)))


@M("appeal-power-wheelchair", "phi", "legal aid appeal of a denied power wheelchair for a named Medicaid member with multiple sclerosis")
def _():
    return build(A("Naomi Brightwater, Esq.", "nbrightwater@" + TCLA), A("Bluestem Appeals", "appeals@" + BLUE),
                 "Expedited appeal - denial 26-PA-0522091 (power wheelchair)", D(5, 27, 16, 5), T("""To the Appeals Unit:

Tri-County Legal Aid represents Carolyn Petrakis (Member ID BCH-11983302,
DOB 01/17/1969) in her appeal of the 05/19/2026 denial of a Group 3 power
wheelchair with tilt and recline (auth 26-PA-0522091).

Ms. Petrakis has secondary progressive multiple sclerosis. Her neurologist
and the seating evaluation by her physical therapist document that she can
no longer self-propel a manual chair, has fallen twice during transfers,
and needs tilt for pressure relief after a stage 2 sacral pressure injury.
The denial letter says "not medically necessary - manual wheelchair
adequate", which the record contradicts.

We request an expedited appeal because the delay seriously jeopardises
her health. Her signed authorisation, the seating evaluation and
Dr. Lindqvist's letter of medical necessity are attached.

Naomi Brightwater
Staff Attorney, Health Law Unit
Tri-County Legal Aid Society
(570) 555-0193
"""))


@M("member-services-ambulance-bill", "phi", "member-services call summary about a named member's ambulance bill with claim number")
def _():
    return build(A("Bluestem Member Services", "ms-escalations@" + BLUE), A("Claims Research", "claimsresearch@" + BLUE),
                 "Escalation MS-2026-0771902: balance bill, ambulance", D(8, 26, 14, 48), T("""Call summary - Escalation MS-2026-0771902

Member:     Darnell Hughes    ID BCH-40211875
Caller:     member
Issue:      Received a $1,140 bill from Keystone EMS for the 07/30
            emergency ambulance transport to Brannock Memorial (fell from
            ladder, taken to ED, wrist fracture). Member says he was told
            Medicaid would cover it.
Claim:      2026-EMS-118830-01, denied CARC 16 (missing info - no
            signature on file)
Action:     Advised member not to pay; Medicaid members cannot be balance
            billed. Sent to Claims Research to contact the provider and
            reprocess. Callback promised within 5 business days.

Agent: K. Dominguez
"""))


@M("renewal-lapse-dialysis", "phi", "caseworker asks for urgent reinstatement of a named member who lost coverage at renewal and needs dialysis three times a week")
def _():
    return build(A("Paulette Greene", "pgreene@" + BLUE), A("DHS Eligibility Escalations", "escalations@" + DHS),
                 "URGENT reinstatement request - dialysis patient lost coverage at renewal", D(8, 3, 9, 20), T("""Good morning,

I'm the Bluestem care manager for Rosa Delgado, case #C-5518872,
DOB 06/22/1951. Her coverage closed 07/31 for "failure to return renewal
form". She says she mailed it back in June, and her daughter has a copy.

Mrs. Delgado is on in-center hemodialysis Mon/Wed/Fri at Brannock Kidney
Center. The center told her today that without active coverage they can't
schedule past this week. Missing treatments is life-threatening for her.

Can you reinstate pending review of the returned form? I can fax the copy
and a letter from her nephrologist today.

Paulette Greene, RN, CCM
Care Manager, Bluestem Community Health Plan
(570) 555-0173
"""))


@M("asthma-action-plan-school", "phi", "school clinic nurse practitioner sends a parent her named daughter's asthma action plan and inhaler instructions")
def _():
    return build(A("Gwen Albright, NP", "galbright@" + RIVER), A("Tanya Mercer", "tmercer@" + INBOX),
                 "Kayla's asthma plan for school", D(9, 9, 14, 25), T("""Hi Ms. Mercer,

It was good to see Kayla today. As we discussed, here is her updated asthma
action plan for school and home:

GREEN (breathing good, peak flow above 300):
  - Fluticasone 110 mcg, 2 puffs morning and night with spacer
  - Albuterol 2 puffs 15 minutes before gym/track
YELLOW (coughing, wheezing, peak flow 150-300):
  - Albuterol 4 puffs every 4 hours, come to the Wellness Center
  - If not better in 1 hour, we'll call you
RED (peak flow below 150, trouble talking):
  - Albuterol 6 puffs, call 911

I've put an albuterol inhaler and spacer in the nurse's office with her
name on it, and she can carry her own as well since she's 15. Please bring
the signed self-carry form back by Friday.

Gwen Albright, FNP-C
LPHS Wellness Center (570) 555-0156
"""))


@M("sports-physical-html-only", "phi", "HTML-only message to a parent with a named student's sports physical, blood pressure and a cardiology referral")
def _():
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr. Nguyen,</p>
<p>Thank you for bringing <b>Brandon</b> to the Wellness Center for his pre-participation
sports physical on 8/4.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Student</td><td>Brandon Nguyen, DOB 02/11/2010, grade 11</td></tr>
<tr><td>Sport</td><td>Soccer (fall)</td></tr>
<tr><td>Blood pressure</td><td>142/88 (repeat 138/86)</td></tr>
<tr><td>Heart</td><td>Soft systolic murmur, louder when standing</td></tr>
<tr><td>Clearance</td><td><b>Not yet cleared</b> &ndash; pending cardiology evaluation</td></tr>
</table>
<p>Because the murmur changes with position, I've referred Brandon to pediatric cardiology
at Brannock Memorial for an echocardiogram before he plays. Their office will call you;
the referral number is RF-2026-33190. He can still practice without contact drills.</p>
<p>Sincerely,<br>Gwen Albright, FNP-C<br>LPHS Wellness Center &middot; (570) 555-0156</p>
</body></html>
"""
    return build(A("LPHS Wellness Center", "wellness@" + RIVER), A("Khoa Nguyen", "khoa.nguyen@" + MAIL),
                 "Brandon - sports physical", D(8, 5, 11, 10), H(html, cte="quoted-printable"))


@M("dds-records-request-lumbar", "phi", "disability agency request for a named claimant's records with DOB and SSN fragment, for degenerative disc disease")
def _():
    return build(A("DDS Medical Evidence Unit", "evidence@" + DDS), A("Riverbend CHC Medical Records", "records@" + RIVER),
                 "Request for medical evidence - claimant Hector Ybarra", D(4, 14, 10, 30), T("""REQUEST FOR MEDICAL EVIDENCE

Claimant:   Hector L. Ybarra
DOB:        03/27/1970
SSN:        XXX-XX-4418
DDS case:   DE-2026-118407
Alleged impairments: degenerative disc disease L4-S1, diabetes with
neuropathy, right shoulder rotator cuff tear

Please send records from 01/01/2024 to present, including office notes,
imaging (lumbar MRI 2025), EMG/nerve conduction results, A1c values and
any functional assessment. A signed authorisation (SSA-827) is on file and
will be uploaded with this request through the electronic records portal.

We pay $25 per complete response received within 14 days.

Medical Evidence Unit, Disability Determination Services
(717) 555-0126
"""))


@M("vr-hearing-aids-authorised", "phi", "vocational rehabilitation counsellor authorises hearing aids for a named client with bilateral hearing loss")
def _():
    return build(A("Dominic Ferraro", "dferraro@" + OVR), A("Audiology - Brannock Hearing Center", "frontdesk@brannockhearing.example.com"),
                 "OVR authorization for hearing aids - client Lisa Tran", D(6, 4, 13, 15), T("""Hi Kelsey,

OVR has approved hearing aids for Lisa Tran (OVR case 4-26-00913,
DOB 10/08/1992) as part of her employment plan. She starts as a lab
technician at the hospital in August and needs to hear alarms and
co-workers in a noisy lab.

Per Dr. Kwan's audiogram of 5/21: moderate-to-severe sensorineural loss
bilaterally, worse on the right, word recognition 72% R / 84% L.

Authorization OVR-A-2026-05521:
  Binaural receiver-in-canal aids with remote microphone    $4,380.00
  Fitting and 3 follow-up visits                           included

Please send the invoice to me with the auth number. Lisa prefers e-mail or
text, not phone calls.

Dominic Ferraro, CRC
Vocational Rehabilitation Counselor, OVR Region 4
(570) 555-0128
"""))


@M("probation-knee-surgery-excuse", "phi", "probation officer asks a clinic to confirm a named client's knee surgery date to excuse him from check-in")
def _():
    return build(A("PO Hector Villanueva", "hvillanueva@" + COUNTY), A("Brannock Orthopaedic Associates", "frontdesk@brannockortho.example.com"),
                 "Verification request - Kevin Mabry", D(10, 19, 9, 5), T("""Good morning,

I supervise Kevin Mabry (DOB 12/04/1985) on probation. He told me he is
having surgery on his left knee (ACL reconstruction) with Dr. Sato on
10/27 and will be on crutches for 2-3 weeks, so he is asking to report by
phone instead of in person until mid-November.

He signed a release for your office to confirm the surgery date and any
restrictions (copy attached). I don't need anything else from his chart.

Thank you,
Hector Villanueva
Probation Officer, Brannock County Adult Probation
(570) 555-0111
"""))


@M("hep-c-treatment-denied-letter", "phi", "legal aid demand letter about a named prisoner denied hepatitis C treatment despite F3 fibrosis")
def _():
    return build(A("Custody Health Watch Legal", "legal@" + CHW), A("DOC Chief Medical Officer", "cmo@" + DOC),
                 "Demand for treatment - Arturo Medina, DOC #594412", D(1, 14, 15, 50), T("""Dr. Santangelo,

We write on behalf of Arturo Medina, DOC #594412, housed at Dorrance CF,
who has chronic hepatitis C (genotype 1a, viral load 2.4 million IU/mL).
His FibroScan on 09/15/2025 showed a stiffness of 10.8 kPa, consistent
with F3 fibrosis.

Despite this, his request for direct-acting antiviral treatment was denied
on 11/20/2025 with the explanation that he "does not meet priority
criteria" because his release date is more than 24 months away. The
Department's own 2024 guidance treats F3 as a priority level, and delay
risks progression to cirrhosis.

We ask that the Department start treatment within 30 days and confirm in
writing. Mr. Medina's signed release is enclosed.

Ines Kovac
Staff Attorney, Custody Health Watch
(570) 555-0197
"""))


@M("audiology-reply-quoted", "phi", "a one-line confirmation over a quoted original that gives a named veteran's hearing-aid fitting appointment")
def _():
    return build(A("Gloria Simmons", "gsimmons55@" + INBOX), A("HCVHCC Audiology", "audiology@" + VA),
                 "Re: Hearing aid fitting for Walter Simmons", D(3, 3, 19, 12), T("""Yes, confirmed for Tuesday. I'll drive him. Thank you!

Gloria

On Mon, Mar 2, 2026 at 3:45 PM HCVHCC Audiology <audiology@harmoncreek.vhc.example.org> wrote:
> Dear Mrs. Simmons,
>
> As requested, we are writing to you as Walter's authorized contact.
> Walter's new hearing aids have arrived. His fitting appointment is
> Tuesday 3/10 at 1:00 PM in Audiology, Building 3, 2nd floor, with
> Dr. Pham. His hearing test in February showed his left-ear hearing has
> dropped further, so the new aids are a stronger model (power receivers)
> and he will get a TV streamer as well.
>
> Please bring his old hearing aids and his tinnitus questionnaire.
>
> HCVHCC Audiology
> (570) 555-0146
"""), irt="<A3F09C21.4D11E7B0@harmoncreek.vhc.example.org>")


@M("refill-ready-html-half", "phi", "the plain half of the alternative says only 'view in browser'; the HTML half names the spouse's levothyroxine and metformin refills")
def _():
    plain = """Your Fort Alder Pharmacy notification.

This message is best viewed in an HTML-capable mail program.
Fort Alder Army Health Clinic Pharmacy
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello ANGELA REYES-PARK,</p>
<p>The following prescriptions are ready for pickup at the <b>Fort Alder Main Pharmacy</b>, window 3:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Rx #</th><th>Medication</th><th>Qty</th></tr>
<tr><td>RX-7730421</td><td>LEVOTHYROXINE 88 MCG TAB</td><td>90</td></tr>
<tr><td>RX-7730422</td><td>METFORMIN ER 500 MG TAB</td><td>180</td></tr>
</table>
<p>Bring your DoD ID card. Prescriptions not picked up in 10 days are returned to stock.</p>
<p>Fort Alder Army Health Clinic Pharmacy &middot; (254) 555-0140</p>
</body></html>
"""
    return build(A("Fort Alder Pharmacy", "pharmacy-noreply@" + MTF), A("Angela Reyes-Park", "angela.rpark@" + MAIL),
                 "Fort Alder Pharmacy notification", D(4, 8, 10, 2, base=-6), ALT(T(plain), H(html)))


@M("rechnung-blinddarm-tochter", "phi", "German (base64): a German hospital writes to a US military family about their named daughter's appendectomy bill for TRICARE Overseas", lang="de")
def _():
    return build(A("Westpfalz-Klinikum Süd, Patientenabrechnung", "abrechnung@westpfalz-klinikum.example.de.test", "iso-8859-1", "Q"), A("Michael Brandt", "mbrandt.family@" + MAIL),
                 "Rechnung Nr. 2026-44817 - Emily Brandt", D(2, 12, 10, 15, tz="+0100"), T("""Sehr geehrter Herr Brandt,

anbei erhalten Sie die Rechnung für die stationäre Behandlung Ihrer Tochter
Emily Brandt (geb. 03.06.2014) vom 27.01. bis 30.01.2026.

  Leistung: Laparoskopische Appendektomie bei akuter Appendizitis,
            3 Tage stationär, Kinderchirurgie
  Rechnungsbetrag: 4.286,50 EUR

Wie besprochen haben wir die Rechnung zusätzlich an TRICARE Overseas
(Sponsor: SFC Michael Brandt) übermittelt. Sollte die Erstattung nicht
innerhalb von 60 Tagen erfolgen, bitten wir Sie, sich mit uns in
Verbindung zu setzen.

Die Nachuntersuchung ist am 10.02. in der Kinderchirurgischen Ambulanz.

Mit freundlichen Grüßen
Patientenabrechnung
Westpfalz-Klinikum Süd
Tel. +49 631 555-0142
""", "iso-8859-1", "base64"), scs="iso-8859-1", smode="Q")


@M("suivi-tension-caseworker-fr", "phi", "French (quoted-printable): a caseworker reminds a named refugee of his blood-pressure follow-up and new medication", lang="fr")
def _():
    return build(A("Claudine Mukendi", "cmukendi@" + NSRS), A("Jean-Pierre Kabongo", "jpkabongo@" + WEB),
                 "Rendez-vous de contrôle pour votre tension", D(6, 8, 10, 45), T("""Bonjour Monsieur Kabongo,

Je vous écris pour vous rappeler votre rendez-vous de contrôle avec le
Dr Karimi à la clinique Riverbend :

   jeudi 11 juin à 14 h 15
   1200 Main Street, 2e étage

Lors de votre dernière visite, votre tension était de 168/102 et le
médecin a ajouté un nouveau médicament (amlodipine 5 mg, un comprimé le
matin). Il faut apporter toutes vos boîtes de médicaments et le carnet où
vous notez votre tension à la maison.

Une interprète en lingala sera présente. Si vous avez besoin d'un
transport, appelez-moi avant mardi.

Cordialement,
Claudine Mukendi
Gestionnaire de cas, New Shores Refugee Services
(570) 555-0191
""", "iso-8859-1", "quoted-printable"))


@M("secure-tag-test-send", "phi", "borderline: a [secure] test send with an X-Sensitivity header and no patient content; the sender's marking makes it at least phi (marked-secure-test-no-content)")
def _():
    return build(A("Paulette Greene", "pgreene@" + BLUE), A("Paulette Greene", "pgreene.test@" + BLUE),
                 "[secure] test", D(1, 6, 8, 58), T("""test - checking that the secure tag works from the new laptop

P.
"""), extra=[("X-Sensitivity", "PHI")])


@M("marked-private-call-instead", "phi", "borderline: the sender marked the message Private via X-Sensitivity but wrote only that she will call; no content, labelled at least phi for the marking")
def _():
    return build(A("Oksana Dudek, RN", "odudek@" + PH), A("Dr. Nadia Karimi", "nkarimi@" + RIVER),
                 "Re: your question from this morning", D(4, 30, 12, 4), T("""Nadia - easier to talk it through. I'll call you at 2.

Oksana
"""), extra=[("X-Sensitivity", "Private"), ("Sensitivity", "Private")], irt="<D88E1A02.5C3B7740@riverbendchc.example.org>")


@M("closure-notice-bka-display-name", "phi", "borderline: a holiday closure notice; the veteran's amputation level and service appear only in the recipient's display name")
def _():
    return build(A("Prosthetics & Sensory Aids", "prosthetics@" + VA), A("Walt Simmons (R BKA - socket refit pending)", "waltsimmons@" + INBOX),
                 "Holiday hours - Prosthetics clinic", D(12, 18, 9, 30), T("""Hello,

The Prosthetics clinic and the orthotic lab will be closed December 24-25
and January 1. For urgent equipment problems during the closure, leave a
message at (570) 555-0141 and the on-call technician will call back.

Happy holidays from Prosthetics & Sensory Aids.
"""))


@M("denial-attached-filename", "phi", "borderline: the body says only 'attached'; a named member's DOB and MRI denial are only in the attachment's file name (the PDF is a blank appeal form)")
def _():
    lines = ["Bluestem Community Health Plan", "REQUEST FOR APPEAL (blank form BCH-AP-1)", "",
             "Member name: ____________________  Member ID: ____________",
             "Service denied: ______________________  Date of notice: ________",
             "Why do you disagree? ________________________________________",
             "", "Signature: ____________________   Date: ___________"]
    return build(A("Naomi Brightwater", "nbrightwater@" + TCLA), A("Tri-County Intake", "intake@" + TCLA),
                 "for the file", D(3, 2, 17, 41),
                 MP("mixed", T("attached\n\nN.\n"),
                    ATT("application/pdf", pdf(lines, title="BCH-AP-1"), "Okafor_Darnell_DOB1979-04-12_MRI_brain_denial_appeal.pdf")))


@M("heel-photo-filename", "phi", "borderline: the body is 'photo from this morning'; the patient, unit and heel ulcer are only in the PNG's file name")
def _():
    return build(A("Ama Boateng, LPN", "aboateng@" + KCM), A("Dr. Femi Okoro", "fokoro@" + KCM),
                 "photo from this morning", D(11, 10, 7, 22),
                 MP("mixed", T("Photo from this morning, dressing changed. Sent from my phone\n"),
                    ATT("image/png", png(), "Greaves_Otis_G220_L_heel_ulcer_stage3_2026-11-10.png")))


@M("community-care-auth-plain-pdf", "phi", "the body is a cover line; the uncompressed PDF authorises community-care physical therapy for a named veteran with DOB")
def _():
    lines = ["HARMON CREEK VETERANS HEALTH CARE CENTER - OFFICE OF COMMUNITY CARE",
             "REFERRAL / AUTHORIZATION FOR COMMUNITY CARE", "",
             "Referral #: VA-CC-2026-0611739        Authorization date: 08/20/2026",
             "Veteran: ALVAREZ, MIGUEL A.            DOB: 12/01/1979",
             "Eligibility basis: drive time > 60 minutes", "",
             "Authorized provider: Canal Street Physical Therapy",
             "Service: Physical therapy, lumbar spine and left hip - SEOC PT 1.7.2",
             "Visits authorized: 12 over 90 days (08/20/2026 - 11/18/2026)",
             "Diagnosis: M54.50 low back pain; M25.552 pain in left hip",
             "Referring provider: Lena Farris, NP  NPI %s" % NP_FARRIS_NPI, "",
             "Return medical documentation within 30 days of the first visit.",
             "Claims: submit to TriAxis Community Care Network."]
    return build(A("HCVHCC Community Care", "communitycare@" + VA), A("Canal Street Physical Therapy", "intake@canalstreetpt.example.com"),
                 "Community care authorization", D(8, 20, 13, 35),
                 MP("mixed", T("Please see the attached authorization.\n\nOffice of Community Care\n"),
                    ATT("application/pdf", pdf(lines, title="Community Care Authorization"), "authorization_0611739.pdf")))


@M("jail-to-prison-transfer-docx", "phi", "the body is a cover note; the DOCX is a named prisoner's health transfer summary from the county jail to the state prison")
def _():
    doc = docx([("h", "Health Transfer Summary - Brannock County Detention Center to State DOC Reception"),
                ("table", [["Name", "HALLORAN, Shane P."], ["DOB", "07/15/1992"], ["BCDC booking", "26-02270"],
                           ["Transfer date", "06/22/2026"], ["Allergies", "NKDA"]]),
                "Active problems: hypertension (controlled); right wrist fracture 05/2026, ORIF at Brannock Memorial 05/12, hardware in place.",
                "Medications: losartan 50 mg daily; acetaminophen 650 mg q6h PRN. Last dose of each given 06/22 06:00.",
                "Follow-up: orthopaedic check and X-ray at 6 weeks (due ~06/23). Sutures removed 05/26.",
                "Labs 06/01: BMP within normal limits.",
                "Immunizations: Td 2021; hepatitis B series dose 1 given 05/30.",
                "Completed by: Marisa Quintero, MA / reviewed by Dr. A. Osei"])
    return build(A("BCDC Medical Records", "records@" + BCDC), A("DOC Reception Medical", "reception-medical@" + DOC),
                 "Transfer paperwork - Tuesday's transport", D(6, 21, 15, 5),
                 MP("mixed", T("Hi, transfer paperwork for Tuesday's transport attached.\n\nBCDC Medical Records\n"),
                    ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "transfer_0622_1.docx")))


@M("abuela-rosa-eliquis", "phi", "a grandson's phone-typed mail about Abuela Rosa's new Medicaid card and her blood thinner refill")
def _():
    return build(A("Danny Delgado", "dannyd@" + MAIL), A("Paulette Greene", "pgreene@" + BLUE),
                 "Abuela Rosa - pharmacy", D(8, 12, 18, 3), T("""Hi Ms Greene its Danny, Rosa Delgado's grandson. thank you so much
for helping with the coverage, her new card came today!! but Corner Drug
still says her Eliquis isn't covered and wants $540 for the month. she has
2 pills left. they said something about a prior auth from before the
coverage closed? she also needs the phosphate binder (sevelamer) refilled
before dialysis friday.

can you call them? or tell me what to say. my cell is 570-555-0175

thanks
Danny

Sent from my Galaxy
""", flowed=True))


@M("ba-noi-insulin-vi", "phi", "Vietnamese (base64): a granddaughter writes about her grandmother's insulin dose and low blood sugar episodes", lang="vi")
def _():
    return build(A("Linh Phạm", "linhpham.home@" + MAIL), A("Chú Tuấn", "tuan.pham@" + WEB),
                 "Bà Nội - đường huyết", D(10, 14, 21, 30, base=-8), T("""Chú Tuấn ơi,

Hôm nay con đưa Bà Nội (bà Phạm Thị Lan) đi khám bác sĩ Karimi ở phòng
khám Riverbend. Đường huyết của Bà mấy tuần nay hay bị xuống thấp vào buổi
sáng, có hôm chỉ còn 58, Bà bị run và vã mồ hôi.

Bác sĩ giảm liều insulin buổi tối từ 20 đơn vị xuống 14 đơn vị, và dặn đo
đường huyết 2 lần mỗi ngày. Chỉ số A1c của Bà là 6,4 nên bác sĩ nói không
cần giữ đường quá thấp. Tuần sau Bà có hẹn tái khám thứ Năm lúc 10 giờ.

Chú nhắc cô Hạnh khi ở với Bà buổi tối thì đừng cho Bà tiêm liều cũ nữa
nhé. Con để tờ hướng dẫn trên tủ lạnh.

Con Linh
""", "utf-8", "base64"))


@M("father-knee-approval-zh", "phi", "Chinese (GB2312): a son tells his sister their father's knee replacement was approved by Medicaid and gives the surgery date", lang="zh")
def _():
    return build(A("陈志强", "zq.chen@" + MAIL, "gb2312", "B"), A("陈美玲", "meiling.chen@" + WEB, "gb2312", "B"),
                 "爸爸膝关节手术批下来了", D(9, 2, 20, 15), T("""美玲：

好消息，爸爸的右膝关节置换手术 Medicaid 已经批准了（授权号
26-PA-0688104）。手术定在10月6日早上7点，在布兰诺克纪念医院，
主刀是佐藤医生。

术前要做的：
  1. 9月22日去抽血、做心电图
  2. 手术前一周停阿司匹林
  3. 糖尿病的药手术当天早上不要吃

出院后要去康复中心住大约一周，社工说 Medicaid 也会付。
我那几天要上班，你能不能陪爸爸住院那两天？

哥
""", "gb2312", "base64"), scs="gb2312")


@M("child-vaccine-record-ja", "phi", "Japanese (ISO-2022-JP): a military spouse asks the clinic for her named son's vaccination record and catch-up doses", lang="ja")
def _():
    return build(A("佐々木 恵美", "emi.sasaki@" + MAIL, "iso-2022-jp", "B"), A("Fort Alder Immunization Clinic", "immunizations@" + MTF),
                 "息子の予防接種記録について", D(7, 16, 9, 10, tz="+0900"), T("""ご担当者様

お世話になっております。佐々木恵美と申します。夫は陸軍のマーク・ササキ
（SSG）で、8月に沖縄からフォート・オルダーへ異動予定です。

息子のササキ・ケンタ（2019年5月12日生まれ）の予防接種記録を英語で
いただきたく、ご連絡いたしました。沖縄の病院で MMR の2回目と水ぼうそう
の2回目がまだと言われました。転校先の小学校に提出する必要があります。

また、ケンタは卵アレルギーがありますので、インフルエンザの予防接種の
時に注意していただけますでしょうか。

どうぞよろしくお願いいたします。

佐々木 恵美
""", "iso-2022-jp", "7bit"), scs="iso-2022-jp")


@M("maz-insulina-wiezienie-pl", "phi", "Polish (quoted-printable): an inmate's wife asks the prison about her named husband's insulin pump and hypoglycaemia", lang="pl")
def _():
    return build(A("Agnieszka Wiśniewska", "a.wisniewska@" + WEB, "iso-8859-2", "Q"), A("Dorrance Health Services", "healthservices-dorrance@" + DOC),
                 "Prośba o informację - Tomasz Wiśniewski, DOC 612077", D(5, 6, 20, 40), T("""Szanowni Państwo,

piszę w sprawie mojego męża, Tomasza Wiśniewskiego (ur. 02.09.1981,
numer DOC 612077), który od 28 kwietnia przebywa w zakładzie Dorrance.

Mąż ma cukrzycę typu 1 i przed aresztowaniem używał pompy insulinowej.
Pompę zabrano mu przy przyjęciu. Podczas wczorajszej rozmowy telefonicznej
powiedział, że dwa razy w nocy miał bardzo niski cukier (poniżej 50) i że
dostaje tylko insulinę w zastrzykach dwa razy dziennie.

Czy lekarz może go pilnie zbadać? Mąż podpisał zgodę na przekazywanie mi
informacji. Mogę przesłać dokumentację od jego endokrynologa, dr. Hale.

Z poważaniem,
Agnieszka Wiśniewska
(570) 555-0178
""", "iso-8859-2", "quoted-printable"), scs="iso-8859-2", smode="Q")


@M("concussion-followup-ru", "phi", "Russian (windows-1251): a mother asks the school clinic about her named son's concussion and return to school", lang="ru")
def _():
    return build(A("Наталья Ковалева", "n.kovaleva@" + MAIL, "windows-1251", "B"), A("LPHS Wellness Center", "wellness@" + RIVER),
                 "Сын Артём Ковалев - сотрясение мозга", D(10, 22, 7, 50), T("""Здравствуйте, Гвен,

Пишу по поводу моего сына Артёма Ковалева (10 класс). В субботу на
футбольном матче он получил удар по голове, в больнице сказали, что это
сотрясение мозга, КТ без изменений.

Врач в отделении неотложной помощи написал, что неделю ему нельзя
заниматься спортом и нужно сократить время за экраном. У него до сих пор
болит голова к вечеру и он плохо переносит яркий свет.

Можно ли ему приходить на полдня и не писать контрольную по химии в
пятницу? И кто в школе будет решать, когда ему можно вернуться к
тренировкам? Выписку из больницы я принесу сегодня.

Спасибо,
Наталья Ковалева
(570) 555-0159
""", "windows-1251", "quoted-printable"), scs="windows-1251")


@M("hastane-faturasi-tr", "phi", "Turkish (ISO-8859-9): a refugee client asks her caseworker about a hospital bill for her gallbladder surgery while Medicaid was pending", lang="tr")
def _():
    return build(A("Ayşe Yıldırım", "ayse.yildirim@" + WEB, "iso-8859-9", "Q"), A("Alicia Moreno", "amoreno@" + NSRS),
                 "Hastane faturası - safra kesesi ameliyatı", D(11, 17, 15, 25), T("""Merhaba Alicia Hanım,

Bugün Brannock Memorial Hastanesi'nden 18.920 dolarlık bir fatura geldi.
Eylül ayında acil servise gittiğim ve safra kesesi ameliyatı olduğum için
(laparoskopik kolesistektomi, 14-16 Eylül). Hesap numarası: BMH-8830214.

O zaman Medicaid başvurum henüz sonuçlanmamıştı, ama Ekim'de onaylandı.
Siz bana geriye dönük olarak üç aya kadar ödenebileceğini söylemiştiniz.
Faturayı ne yapmalıyım? Hastaneyi aramam mı gerekiyor?

Ayrıca kontrol randevum 24 Kasım'da ama tercüman istemeyi unuttum.

Teşekkür ederim,
Ayşe Yıldırım
""", "iso-8859-9", "quoted-printable"), scs="iso-8859-9", smode="Q")


@M("endocrinology-reminder-am", "phi", "Amharic: a caseworker reminds a named client of his endocrinology visit for thyroid disease, with an interpreter", lang="am")
def _():
    return build(A("ሰላም ገብሬ", "sgebre@" + LING), A("Dawit Alemu", "dawit.alemu@" + MAIL),
                 "የቀጠሮ ማስታወሻ - የታይሮይድ ሐኪም", D(1, 28, 11, 0), T("""ሰላም አቶ ዳዊት ዓለሙ፣

ከኢንዶክሪኖሎጂ (የታይሮይድ) ሐኪም ዶክተር ሬየስ ጋር ያለዎትን ቀጠሮ ለማስታወስ ነው፦

   ቀን፦ ረቡዕ፣ ፌብሩዋሪ 4
   ሰዓት፦ ከጠዋቱ 9:00
   ቦታ፦ ብራኖክ ሜሞሪያል ሆስፒታል፣ 2ኛ ፎቅ

ሐኪሙ ባለፈው ወር የደም ምርመራ ውጤትዎን (TSH) አይቶ ስለ ሜቲማዞል መድሃኒት
መጠን ይነግርዎታል። እባክዎ መድሃኒቶችዎን ሁሉ ይዘው ይምጡ።

እኔ የአማርኛ አስተርጓሚ ሆኜ እዚያ እገኛለሁ።

ሰላም ገብሬ
LinguaBridge  (570) 555-0184
""", "utf-8", "base64"))


@M("maa-cataract-approval-hi", "phi", "Hindi: a son tells his brother that their mother's cataract surgery was approved and gives the date and eye drops", lang="hi")
def _():
    return build(A("राजेश शर्मा", "rajesh.sharma@" + MAIL), A("सुनील शर्मा", "sunil.sharma@" + WEB),
                 "माँ का मोतियाबिंद ऑपरेशन - तारीख पक्की", D(4, 1, 22, 10), T("""सुनील,

माँ (कमला शर्मा) के बाईं आँख के मोतियाबिंद ऑपरेशन को Medicaid ने मंज़ूरी
दे दी है। ऑपरेशन 15 अप्रैल को सुबह 8 बजे ब्रैनक आई सेंटर में डॉ. लिन करेंगे।

ऑपरेशन से तीन दिन पहले से आँख में दवा (moxifloxacin) की बूँदें दिन में
चार बार डालनी हैं। ऑपरेशन के दिन सुबह शुगर की दवा नहीं लेनी है, डॉक्टर ने
कहा है।

मैं उस दिन छुट्टी ले रहा हूँ। अगले दिन की जाँच (16 अप्रैल, 9 बजे) में तुम
ले जा सकोगे?

राजेश
""", "utf-8", "quoted-printable"))


@M("booking-sent-out-appy-subject", "phi", "the booking number, name and suspected appendicitis are only in the Subject; the body is a two-line FYI")
def _():
    return build(A("Trevor Lusk, RN", "tlusk@" + KCM), A("Capt. Lyle Brandt", "lbrandt@" + BCDC),
                 "Booking 26-04417 Harlan, T. - sent out to BMH ED, r/o appy", D(9, 27, 4, 10), T("""FYI. Will update when he's back or admitted.

Trevor
"""))


@M("prenatal-visit-interpreter-ics", "phi", "borderline: the ICS names a refugee client's prenatal visit at 24 weeks; routine pregnancy care is phi, not a restricted reproductive category")
def _():
    cal = ics("REQUEST", "lb-90417@linguabridge.example.com", "20261103T130000", "20261103T143000",
              "Somali interpreter - Amina Yusuf - prenatal visit 24 wk + glucose test", ("LinguaBridge Scheduling", "schedule@" + LING),
              [("Hodan Warsame", "hwarsame@" + LING), ("Fatima Noor", "fnoor@" + NSRS)],
              "Riverbend CHC Women's Health, 1200 Main St",
              "Client Amina Yusuf (DOB 2001-02-14). Routine prenatal visit with midwife, 1-hour glucose test - client should not eat after 11 AM.")
    return build(A("LinguaBridge Scheduling", "schedule@" + LING), [A("Hodan Warsame", "hwarsame@" + LING), A("Fatima Noor", "fnoor@" + NSRS)],
                 "Invitation: Somali interpreter - Amina Yusuf - prenatal 24 wk @ Tue Nov 3 1pm", D(10, 27, 10, 0),
                 MP("alternative", T("""Interpreter: Hodan Warsame
Client: Amina Yusuf - prenatal visit 24 wk + 1-hour glucose test
Tue Nov 3, 1:00-2:30 PM, Riverbend CHC Women's Health
"""), ICSPART(cal)))


@M("ticket-wrong-chart-potassium", "phi", "IT ticket: a named inmate's critical potassium result was filed to another inmate's chart")
def _():
    return build(A("Northgate Service Desk", "servicedesk@" + NGIT), A("Marcy Tolliver", "mtolliver@" + KCM),
                 "[NG-INC-61244] Lab result filed to wrong chart - Dorrance", D(6, 2, 11, 18), T("""Ticket NG-INC-61244 has been created.

Reported by: Marcy Tolliver (Keystone, Dorrance CF)
Priority: P1 - patient safety

Description:
  The 6/1 BMP for Soto, Manuel (DOC #605518) came across the lab
  interface and filed to Soto, Miguel (DOC #605581). Potassium 6.1
  (critical), creatinine 2.3. The provider didn't see the critical until
  this morning because it was on the wrong chart. Manuel has CKD 3b and
  was started on lisinopril last week. He has been seen and sent to BMH
  for repeat labs and ECG.

  Need: move the result to the right chart, find out why the match used
  name + first 5 digits only.

Assigned to: Integration Team
"""))


@M("portal-podiatry-appointment", "phi", "a patient-portal reminder to the veteran naming his podiatry appointment for diabetic foot care")
def _():
    return build(A("My HCVHCC Notifications", "no-reply@" + VA), A("Raymond Dunmore", "rdunmore58@" + MAIL),
                 "Reminder: your Podiatry appointment on 11/18", D(11, 11, 6, 0), T("""Hello Raymond,

This is a reminder of your upcoming appointment:

  Clinic:    Podiatry - Diabetic Foot Clinic
  Date:      Wednesday, November 18, 2026, 9:30 AM
  Location:  Harmon Creek VHCC, Building 2, Room 201
  Provider:  Dr. Esther Mwangi, DPM

Please bring your glucose log and wear the shoes you usually wear.

To cancel or reschedule, call (570) 555-0148 or reply CANCEL in the app.
"""))


@M("your-tb-skin-test-result", "phi", "county clinic gives a named school employee her TB skin test reading ('your result')")
def _():
    return build(A("Brannock County Public Health - TB Program", "tb@" + PH), A("Marisol Ortega", "mortega@" + SCHOOL),
                 "Your TB skin test result", D(8, 21, 14, 0), T("""Dear Ms. Ortega,

Your tuberculin skin test (PPD) placed on 08/19/2026 was read on
08/21/2026:

  Induration: 0 mm - NEGATIVE

This meets the employment screening requirement for the school district.
A signed copy of your result is attached to your district file through the
employer portal; you can also pick up a copy at the clinic.

Brannock County Public Health, TB Program
220 Canal Street  |  (570) 555-0121
"""))


@M("nicotine-patch-pcp-message", "phi", "borderline: primary care starts a veteran on nicotine patches and a quit plan; tobacco cessation in primary care is treated as phi, not substance-use treatment")
def _():
    return build(A("Lena Farris, NP", "lfarris@" + VA), A("Miguel Alvarez", "malvarez79@" + MAIL),
                 "Your quit plan", D(9, 15, 16, 40), T("""Hi Miguel,

Great talking with you today. As we agreed, here is your quit plan:

 - Quit date: Monday 9/21
 - Nicotine patch 21 mg, one each morning for 6 weeks, then 14 mg for 2
   weeks, then 7 mg for 2 weeks (mailed from the pharmacy, should arrive
   this week)
 - Nicotine gum 2 mg for cravings, up to 10 a day
 - Quitline coaching: they'll call you Thursday

Your lung function test last month was normal, which is good news - this is
the right time to quit. Send me a message if the patch gives you a rash or
vivid dreams (take it off at bedtime if so).

Lena Farris, NP
Primary Care, Green Team
"""))


# ========================================================== restricted ===
@M("cpt-session-schedule", "restricted", "mental health: PTSD clinical team schedules a named veteran's cognitive processing therapy sessions", cat="mental health")
def _():
    return build(A("Dr. Amos Whitfield", "awhitfield@" + VA), A("Daniel Kowalczyk", "dkowalczyk@" + MAIL),
                 "Your CPT sessions - schedule", D(1, 15, 15, 20), T("""Daniel,

Thanks for coming in on Tuesday. I know it took a lot to talk about
Ramadi. As we agreed, we'll start Cognitive Processing Therapy for your
PTSD - 12 weekly sessions, 60 minutes, by video or in person:

  Session 1   Tue 1/20  3:00 PM  (in person, Bldg 1 Room 214)
  Session 2   Tue 1/27  3:00 PM  (video)
  then every Tuesday at 3:00 through 4/7

Before session 2, please write the impact statement we talked about (one
page on why you think the event happened and how it changed how you see
yourself, others and the world), and fill in the PCL-5 each week in the
app. Your score on Tuesday was 54.

Keep taking the prazosin at bedtime for the nightmares; Dr. Liu will
review it at your med check in February. If things get bad between
sessions, call 988 and press 1, or come to the ER.

Amos Whitfield, PsyD
PTSD Clinical Team, Harmon Creek VHCC
"""))


@M("crisis-line-caring-contact", "restricted", "mental health: suicide prevention coordinator follows up a named veteran's crisis-line call with a safety plan", cat="mental health")
def _():
    return build(A("Lucia Carrasco, LCSW", "lcarrasco@" + VA), A("Dr. Nadia Karimi", "nkarimi@" + RIVER),
                 "Crisis line consult - Terrence Boyd (your shared patient)", D(4, 6, 10, 5), T("""Dr. Karimi,

I'm the Suicide Prevention Coordinator at Harmon Creek. Terrence Boyd
(DOB 08/09/1986) listed you as his community PCP and signed an ROI for you.

He called the Veterans Crisis Line on Saturday night after drinking,
with thoughts of suicide and access to a handgun. The responder did a
warm transfer to our on-call and he agreed to let his brother hold the
gun. We saw him Monday:

 - Suicide risk: high acute, now intermediate after safety planning
 - Safety plan completed; lethal means: firearm stored with brother,
   lock box for medications
 - Depression (PHQ-9 = 19); started sertraline 50 mg
 - Placed on our high-risk flag; weekly contact for 90 days
 - Referred to our mental health clinic, first visit 4/9

If he comes in to see you, please reinforce the safety plan and call me
at (570) 555-0145 with any concern.

Lucia Carrasco, LCSW
Suicide Prevention Coordinator, Harmon Creek VHCC
"""))


@M("intake-positive-suicide-screen", "restricted", "mental health: jail intake note on a named detainee's positive suicide screen, watch placement and psychiatric referral", cat="mental health")
def _():
    return build(A("Keystone Intake Nursing", "intake@" + KCM), A("BCDC Mental Health", "mentalhealth@" + KCM),
                 "Pos. suicide screen - booking 26-06633 - on watch", D(5, 30, 4, 2), T("""MH team - for AM review.

ZIMMERMAN, Kyle A.  DOB 04/18/1998  Bkg 26-06633  Booked 5/30 01:40
 - C-SSRS screener POSITIVE: SI w/ plan (hanging) past month, attempt
   2024 (OD), recent psych admit Brannock Memorial 3/2026
 - Reports bipolar d/o, "off lithium 2 wks", poor sleep x5 nights,
   pressured speech on interview
 - Placed on constant watch, safety smock, cell C-Med 4, 15-min logs
 - No meds ordered yet - needs psychiatry eval today, please call
   BMH for d/c summary (he signed ROI)

CIWA 2, COWS 1.
T. Lusk, RN
"""))


@M("involuntary-medication-hearing", "restricted", "mental health: notice of an involuntary antipsychotic medication hearing for a named prisoner with schizophrenia", cat="mental health")
def _():
    return build(A("Dr. Priya Balan", "pbalan@" + CLEAR), A("Dorrance Medical Records", "records-dorrance@" + DOC),
                 "Involuntary medication hearing - Marcus Odell #609114", D(2, 20, 13, 30), cc=A("Ines Kovac", "ikovac@" + CHW),
                 body=T("""Records / Hearing Committee,

Please schedule an involuntary medication hearing for:

  Marcus Odell, DOC #609114, RTU-2
  Diagnosis: schizophrenia, chronic, with acute exacerbation

Since refusing olanzapine on 1/28, Mr. Odell has stopped eating regularly
(weight down 6 kg), believes the food is poisoned, and on 2/17 assaulted
a cellmate in response to command hallucinations. Less restrictive
measures (daily encouragement, offering the liquid form, a trial of
aripiprazole) have failed. I am proposing olanzapine 10 mg PO daily with
the long-acting injectable if he refuses.

Please give Mr. Odell written notice 24 hours ahead and let his lay
advisor know. His advocate at Custody Health Watch is copied, at his
request.

Priya Balan, MD
Clearwater Telepsychiatry for Dorrance CF
"""))


@M("aot-order-case-manager", "restricted", "mental health: an assisted outpatient treatment order for a named person with bipolar I disorder, sent to her case manager", cat="mental health")
def _():
    return build(A("Clerk - Mental Health Court", "mhcourt@" + COURT), A("Rhiannon Pryce", "rpryce@pathwaysbh.example.org"),
                 "AOT Order entered - In re: Joanna M. Fisk, No. MH-2026-0147", D(7, 28, 14, 55), T("""Ms. Pryce,

The Court today entered an Order for Assisted Outpatient Treatment in
In re: Joanna M. Fisk (DOB 10/30/1990), No. MH-2026-0147, for a period of
180 days. You are named as the AOT case manager.

Findings: Ms. Fisk has bipolar I disorder with a history of three
psychiatric hospitalisations in the last 24 months, each after stopping
medication, and is unlikely to engage voluntarily.

The treatment plan ordered includes:
  - psychiatric medication management at Pathways Behavioral Health,
    at least monthly (current regimen: lithium carbonate 900 mg daily,
    level 0.6-1.0; quetiapine 200 mg at bedtime)
  - lithium levels every 3 months
  - weekly case management contact
  - ACT team referral

Status reports are due to the Court every 60 days; the first is due
09/28/2026. A copy of the order is available on the court portal.

Deputy Clerk, Mental Health Court
Brannock County Court of Common Pleas
""", "utf-8", "quoted-printable"))


@M("evaluacion-tdah-hijo", "restricted", "mental health: Spanish; a military spouse asks about her named son's ADHD evaluation and medication with child psychiatry under TRICARE", lang="es", cat="mental health")
def _():
    return build(A("Marisela Ortiz", "marisela.ortiz@" + MAIL), A("Servicios al Beneficiario Eastline", "beneficiary@" + EAST),
                 "Referido a psiquiatría infantil - Sebastián Ortiz", D(9, 29, 20, 10, base=-6), T("""Buenas noches,

Mi esposo es el SGT Luis Ortiz (patrocinador) y tenemos TRICARE Prime.
Nuestro hijo Sebastián Ortiz (nacido el 03/11/2017) fue referido por su
pediatra de la clínica de Fort Alder a psiquiatría infantil para una
evaluación de TDAH, porque la escuela reporta que no puede estar quieto ni
terminar las tareas y ya lo suspendieron dos veces.

La cita con la Dra. Hollis en Brannock Child Psychiatry es el 14 de
octubre, pero en el portal el referido aparece como "pendiente". La
doctora nos dijo que si se confirma el diagnóstico quiere empezar
metilfenidato y terapia de conducta para padres.

¿Pueden confirmar si el referido está aprobado y si la terapia familiar
también está cubierta?

Gracias,
Marisela Ortiz
(254) 555-0163
""", "utf-8", "quoted-printable"))


@M("trauma-therapy-referral-ar", "restricted", "mental health: Arabic (base64); a caseworker tells a named refugee woman about her PTSD therapy referral and first session", lang="ar", cat="mental health")
def _():
    return build(A("رنا حداد", "rhaddad@" + LING), A("Hiba Al-Khatib", "hiba.alkhatib@" + MAIL),
                 "موعد جلسة العلاج النفسي الأولى", D(2, 24, 12, 40), T("""الأخت العزيزة هبة الخطيب،

بعد نتيجة استبيان الصحة النفسية (RHS-15) في الفحص الطبي، وبعد حديثك مع
الطبيبة عن الكوابيس والخوف الشديد منذ ما حدث في حلب، حوّلتك الطبيبة إلى
معالجة نفسية متخصصة في علاج اضطراب ما بعد الصدمة.

موعد الجلسة الأولى:
   الخميس 5 مارس، الساعة 11 صباحاً
   مركز ريفربند الصحي، الطابق الثالث، مع الدكتورة سارة لوين
   سأكون موجودة للترجمة

الجلسات سرية تماماً ولن يعرف بها أحد من العائلة إلا إذا أردتِ ذلك.
والدواء الذي وصفته الطبيبة للنوم (برازوسين) تأخذينه قبل النوم فقط.

مع تحياتي،
رنا حداد
(570) 555-0183
""", "windows-1256", "base64"), scs="windows-1256")


@M("cholovik-ptsr-terapiia-uk", "restricted", "mental health: Ukrainian; a wife asks the refugee agency about her named husband's PTSD therapy and sleep medication after the war", lang="uk", cat="mental health")
def _():
    return build(A("Оксана Мельник", "oksana.melnyk@" + WEB), A("Iryna Savchuk", "isavchuk@" + LING),
                 "Терапія для Андрія - питання", D(11, 5, 21, 45), T("""Ірино, добрий вечір!

Дякую, що допомогли записати Андрія до психолога. Він уже був на трьох
сеансах у пані Коваль у Riverbend. Вона сказала, що в нього
посттравматичний стресовий розлад після фронту, і вони роблять терапію
тривалою експозицією.

Але після останнього сеансу йому стало гірше: він майже не спить, кричить
уві сні, а вчора знову не зміг піти на роботу. Психіатр виписав йому
сертралін 50 мг і тразодон на ніч, але він боїться, що це "для божевільних",
і не хоче пити.

Чи можна попросити, щоб наступний сеанс (вівторок, 10 листопада) був з
україномовним перекладачем, а не по телефону? І чи Medicaid покриває більше
ніж 12 сеансів?

Дякую вам,
Оксана
""", "koi8-u", "8bit"), scs="koi8-u")


@M("bup-continuation-intake", "restricted", "substance use: jail provider continues a named detainee's buprenorphine for opioid use disorder after PDMP and clinic verification", cat="substance use")
def _():
    return build(A("Dr. Abena Osei", "aosei@" + KCM), A("BCDC Nursing", "nursing@" + KCM),
                 "MOUD continuation - Jordan Pike, bkg 26-07019", D(6, 14, 8, 35), cc=A("BCDC Reentry Services", "reentry@" + BCDC),
                 body=T("""Nursing,

Jordan Pike, DOB 02/25/1995, booking 26-07019 (booked 6/13 22:10)

Verified this morning:
 - PDMP: buprenorphine/naloxone 8-2 mg films, 2 daily, last fill 6/2
   (28 days), prescriber Dr. Yuen at Northside Recovery
 - Northside confirms active patient, OUD severe, in remission on
   maintenance, last UDS 6/5 positive for buprenorphine only

Orders:
 - Buprenorphine 16 mg SL daily at AM med pass (split 8 mg film x 2),
   first dose now - COWS on arrival was 6
 - Crush/observe per MOUD protocol, mouth check 5 min
 - COWS q8h x 48h
 - Reentry: notify Northside of release date; naloxone kit at release

Abena Osei, MD
Keystone Correctional Medical
DEA {dea}
""".format(dea=DR_OSEI_DEA)))


@M("methadone-dose-letter-attached", "restricted", "substance use: the body is a short cover note; the Flate PDF is a dosing letter for a named prisoner's methadone for opioid use disorder", cat="substance use")
def _():
    lines = ["DORRANCE CORRECTIONAL FACILITY - MEDICATION-ASSISTED TREATMENT PROGRAM",
             "METHADONE DOSING LETTER / CONTINUITY OF CARE", "",
             "To: Brannock Treatment Services (OTP)      Date: 09/08/2026",
             "Re: CARTWRIGHT, DENISE L.   DOB 05/30/1984   DOC #615230",
             "Release date: 09/10/2026", "",
             "Ms. Cartwright has been maintained on methadone for opioid use disorder",
             "since 02/2026. Current dose: 85 mg PO once daily, stable for 10 weeks.",
             "Last dose in custody: 09/10/2026 at 06:30 (85 mg, observed).",
             "Most recent UDS 08/28/2026: methadone positive; all others negative.",
             "No take-home doses in custody.", "",
             "Please enrol her for dosing on 09/11/2026. She has agreed to daily",
             "counselling and has signed a 42 CFR Part 2 consent for this disclosure.", "",
             "Dr. Imani Roth, Chief of Addiction Services    (717) 555-0125"]
    return build(A("Dorrance MAT Program", "mat-dorrance@" + DOC), A("Brannock Treatment Services Intake", "intake@brannocktx.example.org"),
                 "Continuity of care - release 9/10", D(9, 8, 15, 12),
                 MP("mixed", T("Dosing letter attached for Thursday's release. Please confirm intake.\n\nDorrance MAT\n"),
                    ATT("application/pdf", pdf(lines, flate=True, title="Dosing letter"), "dosing_letter_0910.pdf")))


@M("treatment-court-iop-uds", "restricted", "substance use: treatment court progress report with a named participant's IOP attendance and drug test results", cat="substance use")
def _():
    return build(A("Monica Asante", "treatmentcourt@" + COURT), [A("Judge Halvorsen-Reid Chambers", "chambers4@" + COURT), A("PO Samantha Ruhl", "sruhl@" + COUNTY)],
                 "Staffing 10/8 - progress reports", D(10, 7, 16, 40), T("""Team, reports for tomorrow's staffing. Part 2 consents on file for all.

Participant: Brianna Kessler   Case CR-2025-1188   Phase 2 (day 142)
Provider: Harbor Street IOP   Counsellor: J. Mendez

Week of     IOP sessions (3 req.)   UDS (random)                 Notes
9/14        3/3                     9/15 neg; 9/18 neg
9/21        2/3 (excused - sick)    9/24 POS methamphetamine     admitted use 9/22
9/28        3/3                     9/29 neg; 10/2 neg
10/5        1 so far                10/5 neg

Counsellor recommends: increase to 4 sessions/week for 2 weeks, add
contingency management, no sanction beyond that since she self-reported
before the result. Continues buprenorphine 16 mg with Dr. Yuen.

Monica Asante, Treatment Court Coordinator
"""))


@M("residential-admit-naltrexone", "restricted", "substance use: admission letter to a named veteran for residential alcohol use disorder treatment and naltrexone", cat="substance use")
def _():
    return build(A("HCVHCC Residential Rehabilitation", "rrtp@" + VA), A("Samuel Greer", "sam.greer@" + INBOX),
                 "Your admission date - Residential Rehabilitation Treatment Program", D(3, 20, 11, 0), T("""Mr. Greer,

We are glad to offer you a bed in the Substance Use Disorder track of the
Residential Rehabilitation Treatment Program.

  Admission:  Monday, March 30, 2026, 8:00 AM
  Where:      Building 7, 1st floor, Harmon Creek VHCC
  Length:     about 28 days

Because of your seizures during withdrawal last year, please report to the
ER at Building 1 if you stop drinking before admission or feel shaky,
sweaty or confused. Your doctor will start naltrexone 50 mg daily once
your liver tests are back; Dr. Feld will also see you for the depression.

Bring: 2 weeks of clothes, toiletries (no mouthwash with alcohol), your
medications in the original bottles, and phone chargers.

Call (570) 555-0147 if you need to change the date or need travel.

Admissions Coordinator, RRTP
"""))


@M("sublocade-auth-approved", "restricted", "substance use: prior authorisation approved for a named member's extended-release buprenorphine injection", cat="substance use")
def _():
    return build(A("Bluestem Pharmacy Services", "pharmacy-pa@" + BLUE), A("Northside Recovery Clinic", "pa@northsiderecovery.example.org"),
                 "PA determination 26-RX-0933871 - approved", D(12, 2, 9, 48), T("""PHARMACY PRIOR AUTHORIZATION - DETERMINATION

PA #:          26-RX-0933871
Member:        Jordan Pike        ID BCH-52019934      DOB 02/25/1995
Drug:          Buprenorphine extended-release injection 300 mg/1.5 mL,
               then 100 mg monthly
Indication:    F11.20 Opioid use disorder, moderate-severe
Prescriber:    Dr. Helen Yuen   NPI {npi}
Decision:      APPROVED 12/02/2026 - 11/30/2027
Dispense:      specialty pharmacy, ship to prescriber's office only

Notes: 7+ days of transmucosal buprenorphine documented (continued in
custody at BCDC and after release on 11/20).

This determination is protected under 42 CFR Part 2. Redisclosure is
prohibited without the member's written consent.
""".format(npi=npi("184551207"))))


@M("filho-desintoxicacao-pt", "restricted", "substance use: Portuguese; a mother tells her sister her named son was admitted for detox and then a rehab programme", lang="pt", cat="substance use")
def _():
    return build(A("Rosângela Ferreira", "rosangela.ferreira@" + WEB, "iso-8859-1", "Q"), A("Célia Souza", "celia.souza@" + MAIL),
                 "Notícias do Rafael", D(4, 19, 23, 5), T("""Célia, minha irmã,

Queria te contar que ontem o Rafael finalmente aceitou ajuda. O oficial da
condicional dele, o Sr. Villanueva, conseguiu uma vaga e ele foi internado
para desintoxicação de opioides no Harbor Street, por 5 a 7 dias.

Os médicos disseram que ele começou a tomar buprenorfina (Suboxone) para a
abstinência e que, depois da desintoxicação, ele vai direto para o
programa de reabilitação de 28 dias. Eu não posso visitar na primeira
semana, só telefonar aos domingos.

Fiquei tão aliviada. Reza por ele, tá? Não conta para o tio ainda, o
Rafael pediu.

Beijos,
Rô
""", "iso-8859-1", "8bit"), scs="iso-8859-1", smode="Q")


@M("otp-reminder-display-name", "restricted", "borderline: substance use: an appointment reminder to a named veteran whose only link to the category is the sender's display name (opioid treatment programme)", cat="substance use")
def _():
    return build(A("Harmon Creek Opioid Treatment Program - Front Desk", "otp-frontdesk@" + VA), A("Samuel Greer", "sam.greer@" + INBOX),
                 "Appointment reminder", D(7, 6, 7, 15), T("""Hello Samuel,

This is a reminder of your appointment on Thursday, July 9 at 9:00 AM
with Dr. Feld.

Please arrive 15 minutes early and bring your photo ID.
To reschedule, call (570) 555-0147.
"""))


@M("art-continuity-detention-transfer", "restricted", "HIV: detention medical unit asks a receiving facility to continue a named detainee's antiretroviral therapy, with viral load and CD4", cat="HIV")
def _():
    return build(A("Dr. Karina Alvarez", "kalvarez@" + SABLE), A("Eastfield Medical Intake", "intake@eastfield-dc.example.com"),
                 "Continuity - ART - Ochieng, Brian A-219-004-671", D(10, 1, 16, 30, base=-6), T("""Colleagues,

Brian Ochieng (A-219-004-671, DOB 01/22/1988) is on your bus tomorrow.
He has HIV, well controlled:

  ART:   bictegravir/emtricitabine/tenofovir alafenamide 1 tab daily
         (last dose 10/02 AM; 14-day supply sent sealed with transport)
  VL:    <20 copies/mL (08/2026)     CD4: 612 (08/2026)
  Other: LTBI completed 2024; hepatitis B immune

He must not miss doses. Please get him an appointment with your HIV
provider within 2 weeks. He prefers Swahili; he speaks good English but
asks for an interpreter for medical talks.

Karina Alvarez, MD
Medical Director, Sable Ridge Medical Unit
"""))


@M("prep-start-html-only", "restricted", "HIV: HTML-only message from the STI clinic to a named client confirming his PrEP start and lab schedule", cat="HIV")
def _():
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Andre,</p>
<p>Thanks for coming to the clinic today. Here's a summary of your visit:</p>
<ul>
<li>Your HIV test today was <b>negative</b>, so you can start <b>PrEP</b> (emtricitabine/tenofovir DF, one pill daily).</li>
<li>Your kidney test (creatinine) was normal. Hepatitis B: not immune &ndash; we gave dose 1 of the vaccine.</li>
<li>Pick up your prescription at Corner Drug on Market St. The clinic's PrEP assistance covers the copay.</li>
<li>Come back in <b>30 days</b> (Nov 12, 4:30 PM) for an HIV test and STI screening, then every 3 months.</li>
</ul>
<p>It takes about 7 days of daily pills to reach full protection for anal sex. Keep using condoms until then.</p>
<p>Sol Batista, PrEP Navigator<br>Brannock County STI &amp; PrEP Clinic &middot; (570) 555-0166</p>
</body></html>
"""
    return build(A("Sol Batista", "sbatista@" + PH), A("Andre Whitaker", "andre.whitaker@" + MAIL),
                 "Your visit today", D(10, 13, 17, 20), H(html))


@M("adap-enrollment-kreyol", "restricted", "HIV: Haitian Creole; a case manager tells a named client his ADAP enrolment for his HIV medication was approved", lang="ht", cat="HIV")
def _():
    return build(A("Widline Joseph", "wjoseph@" + PH), A("Jean Baptiste Pierre", "jbpierre@" + WEB),
                 "Bon nouvèl: ADAP apwouve", D(5, 5, 14, 10), T("""Bonjou Mesye Pierre,

Mwen gen bon nouvèl pou ou: pwogram ADAP la apwouve demann ou an. Kounye a
ou pap peye anyen pou medikaman VIH ou a (Biktarvy, yon grenn chak jou).

 - Nimewo ADAP ou: ADAP-26-10447
 - Ou ka al pran medikaman an nan famasi Corner Drug apati demen.
 - Pwochen randevou ak Dr. Adeyemi: 19 me a 10è, pou tès chaj viral.
   Dènye tès ou (mas) te montre chaj viral la pa detekte - sa se trè bon!

Sonje pa rete san medikaman. Si ou gen nenpòt pwoblèm ak famasi a, rele m
touswit.

Widline Joseph, Jesyonè Ka
Klinik Ryan White, Sante Piblik Konte Brannock
(570) 555-0135
""", "utf-8", "quoted-printable"))


@M("transfert-suivi-vih-fr", "restricted", "HIV: French; a doctor in Cameroon transfers a named refugee's HIV care to the US clinic with her regimen and viral load", lang="fr", cat="HIV")
def _():
    return build(A("Dr Thérèse Mbarga", "t.mbarga@hopital-yaounde.example.cm.test", "iso-8859-1", "Q"), A("Dr. Ruth Adeyemi", "radeyemi@" + PH),
                 "Transfert de suivi - Mme Nadège Fotso", D(3, 16, 9, 30, tz="+0100"), T("""Chère Consoeur,

Je vous adresse Mme Nadège Fotso, née le 12/08/1985, réinstallée dans
votre comté le mois dernier avec ses deux enfants, que je suis pour une
infection par le VIH-1 depuis 2014.

  Traitement actuel : ténofovir/lamivudine/dolutégravir (TLD), 1 cp/j,
  depuis 2019 (auparavant TDF/3TC/EFV).
  Dernière charge virale (janvier 2026) : indétectable (< 50 copies/mL).
  CD4 : 540/mm3. Pas d'infection opportuniste. Sérologie hépatite B
  négative.

Elle a reçu 3 mois de traitement avant son départ. Ses enfants sont
séronégatifs. Je vous remercie de la prendre en charge et reste
disponible.

Bien confraternellement,
Dr Thérèse Mbarga
Centre de traitement agréé, Yaoundé
""", "iso-8859-1", "quoted-printable"), scs="iso-8859-1", smode="Q")


@M("vl-restart-subject-only", "restricted", "HIV: the patient's initials, viral load and antiretroviral restart are only in the Subject; the body asks for a call", cat="HIV")
def _():
    return build(A("Dr. Ruth Adeyemi", "radeyemi@" + PH), A("Dr. Femi Okoro", "fokoro@" + KCM),
                 "Jerome Whitlow DOC 603381 - VL 48,000, restart ART?", D(8, 18, 12, 2), T("""Call me when you're out of clinic.

Ruth
"""))


@M("brca-testing-auth", "restricted", "genetic: prior authorisation approved for a named member's BRCA1/2 testing after genetic counselling", cat="genetic")
def _():
    return build(A("Bluestem Utilization Management", "um@" + BLUE), A("Brannock Memorial Cancer Genetics", "genetics@" + BMH),
                 "Auth approved: 26-PA-0701145 (hereditary cancer testing)", D(7, 21, 10, 30), T("""PRIOR AUTHORIZATION DETERMINATION

Auth #:     26-PA-0701145
Member:     Keisha Lamont    ID BCH-28814460    DOB 04/07/1983
Service:    BRCA1/BRCA2 full sequence and deletion/duplication
            (CPT 81162)
Reason:     Z80.3 family history of breast cancer (mother diagnosed 41,
            maternal aunt 38); Z15.01 testing to determine susceptibility
Pre-test genetic counselling: completed 07/14/2026 with Joy Saunders, CGC
Decision:   APPROVED   Valid 07/21/2026 - 10/21/2026

Cascade testing of relatives is authorised separately once a variant is
reported.
"""))


@M("genetic-counselling-invite", "restricted", "genetic: calendar invite for a named veteran's genetic counselling after his sister's Lynch syndrome (MLH1) result", cat="genetic")
def _():
    cal = ics("REQUEST", "gc-20260602-hcvhcc@harmoncreek.vhc.example.org", "20260602T100000", "20260602T110000",
              "Genetic counseling (telehealth) - Harold Quinn - Lynch syndrome, familial MLH1", ("Joy Saunders, CGC", "jsaunders@" + VA),
              [("Harold Quinn", "hquinn61@" + MAIL)],
              "VA Video Connect",
              "Harold's sister tested positive for an MLH1 pathogenic variant (Lynch syndrome). We will review family history, discuss single-site testing for the familial variant, and colonoscopy every 1-2 years if positive. Have her lab report handy if you can.")
    return build(A("Joy Saunders, CGC", "jsaunders@" + VA), A("Harold Quinn", "hquinn61@" + MAIL),
                 "Invitation: Genetic counseling (telehealth) @ Tue Jun 2, 2026 10am - 11am", D(5, 22, 13, 15),
                 MP("mixed", ALT(T("""Harold,

Here is the invite for your genetic counselling video visit. The link will
be sent the morning of the visit.

Joy Saunders, MS, CGC
Genetic Counseling, Harmon Creek VHCC
"""), ICSPART(cal))))


@M("sickle-trait-result-so", "restricted", "genetic: Somali; a nurse explains a named couple's sickle-cell carrier screening results and offers genetic counselling", lang="so", cat="genetic")
def _():
    return build(A("Hodan Warsame", "hwarsame@" + LING), A("Faadumo Cali", "faadumo.cali@" + MAIL),
                 "Natiijada baaritaanka dhiigga (sickle cell)", D(6, 30, 15, 0), T("""Faadumo, asalaamu calaykum,

Kalkaalisada Riverbend ayaa i weydiisay inaan kuu turjumo natiijada
baaritaanka dhiigga ee adiga iyo ninkaaga Maxamed Xasan:

 * Adiga (Faadumo Cali): waxaad sidataa astaanta sickle cell (HbAS).
   Adigu ma qabtid cudurka, laakiin hiddaha ayaad sidataa.
 * Maxamed: isaguna wuxuu sidaa astaanta sickle cell (HbAS).

Marka labada waalidba ay sidaan, ilmo kasta wuxuu leeyahay 1 fursad 4-tii
ah inuu yeesho cudurka sickle cell. Dhakhtarku wuxuu idin soo jeediyay
la-taliye hidde-side (genetic counselor) ka hor uurka xiga. Ballan ayaa
laydiin qabtay: Talaado 14 Luulyo, 2:00 galabnimo, anigoo turjumaya.

Hodan Warsame
(570) 555-0185
"""))


@M("thalassemia-carrier-vi", "restricted", "genetic: Vietnamese; a mother tells her husband about her alpha-thalassemia carrier result from prenatal carrier screening", lang="vi", cat="genetic")
def _():
    return build(A("Trần Thị Mai", "mai.tran.home@" + MAIL), A("Anh Hoàng", "hoang.nguyen@" + WEB),
                 "Kết quả xét nghiệm gen của em", D(2, 3, 12, 30), T("""Anh ơi,

Bác sĩ sản ở Riverbend vừa gọi cho em về kết quả xét nghiệm sàng lọc người
mang gen (carrier screening) em làm tuần trước. Em mang gen bệnh
thalassemia alpha (thiếu máu di truyền), loại mất 2 gen trên cùng một nhiễm
sắc thể (--SEA). Em không bị bệnh, chỉ mang gen thôi.

Bác sĩ muốn anh cũng đi xét nghiệm máu càng sớm càng tốt, vì nếu anh cũng
mang gen thì em bé có thể bị bệnh nặng. Họ đã hẹn cho mình gặp chuyên viên
tư vấn di truyền vào thứ Sáu 13/2 lúc 3 giờ chiều.

Anh xin nghỉ buổi chiều đó được không? Em hơi lo.

Mai
""", "utf-8", "base64"))


@M("your-results-chlamydia", "restricted", "reproductive: the STI clinic tells a named client 'your results' are positive for chlamydia, with treatment and partner notification", cat="reproductive")
def _():
    return build(A("Brannock County STI Clinic", "sticlinic@" + PH), A("Kendra Vail", "kendra.vail@" + MAIL),
                 "Your test results from 5/18", D(5, 21, 11, 25), T("""Hi Kendra,

Your results from your visit on 5/18 are back:

  Chlamydia (urine NAAT):   POSITIVE
  Gonorrhea (urine NAAT):   negative
  Syphilis (RPR):           non-reactive
  HIV (4th gen):            negative

Chlamydia is common and easy to treat. We sent doxycycline 100 mg, twice
a day for 7 days, to Corner Drug on Market St. No sex until 7 days after
you finish, and until your partner(s) are treated.

We can give you medicine for your partner too (expedited partner therapy)
- reply or call. Please come back for a retest in 3 months (around 8/20).

Brannock County STI Clinic - (570) 555-0132
Confidential. We will not call your home number.
""", "utf-8", "quoted-printable"))


@M("detention-termination-request", "restricted", "reproductive: an advocate demands that the detention centre arrange a named detainee's requested abortion before the legal gestational limit", cat="reproductive")
def _():
    return build(A("Alma Quezada", "aquezada@" + DRAC), A("Sable Ridge Facility Administrator", "administrator@sableridge-pc.example.com"),
                 "URGENT - request for pregnancy termination - Gabriela Ramos Fuentes", D(8, 11, 9, 5, base=-6), cc=A("Dr. Karina Alvarez", "kalvarez@" + SABLE),
                 body=T("""To the Facility Administrator:

I represent Gabriela Ramos Fuentes (A-220-118-305, DOB 09/14/2000),
detained at Sable Ridge since 07/28/2026.

Ms. Ramos confirmed on 08/04 to medical staff that she is pregnant and has
asked, repeatedly and in writing (sick call requests of 08/04, 08/06 and
08/09), to end the pregnancy. By the unit's ultrasound she is about 13
weeks. She has not been given an appointment or transport.

Every week of delay narrows her options and increases the risk. We ask
that the facility schedule transport to an outside provider for an
abortion within 5 days and confirm in writing by 08/13. She has signed a
release permitting you to discuss this with me.

Alma Quezada
Senior Advocate, Disability Rights Advocacy Center
(956) 555-0198
"""))


@M("implant-followup-reply", "restricted", "reproductive: the school clinic NP's short reply above a named student's quoted question about bleeding after her contraceptive implant", cat="reproductive")
def _():
    return build(A("Gwen Albright, NP", "galbright@" + RIVER), A("Destiny Clarke", "destiny.clarke09@" + MAIL),
                 "Re: question", D(3, 25, 12, 40), T("""Hi Destiny - totally normal for the first few months, and it's not
a sign anything is wrong. Come by Thursday at lunch and we can talk about
options to help with the spotting. Nobody else sees these messages.

Ms. Albright

On Tue, Mar 24, 2026 at 9:18 PM Destiny Clarke <destiny.clarke09@mail.example.com> wrote:
> hi ms albright its destiny from 4th period. since i got the implant
> (nexplanon) in february ive been spotting like every week. is that
> normal?? my arm is fine. also does it still work if i'm on the
> antibiotics for my ear?
"""), irt="<CA+d3stinyQ9x1@mail.example.com>")


@M("ivf-cycle-statement-military", "restricted", "reproductive: a fertility clinic's IVF statement to a named military spouse with cycle charges and TRICARE non-coverage", cat="reproductive")
def _():
    return build(A("Cedarline Fertility Billing", "billing@cedarlinefertility.example.com"), A("Angela Reyes-Park", "angela.rpark@" + MAIL),
                 "Statement for IVF cycle - account CF-10448", D(6, 19, 10, 0, base=-6), T("""Dear Angela,

Here is your statement for your IVF cycle (retrieval 05/28/2026, frozen
embryo transfer planned for July).

Account: CF-10448     Patient: Angela Reyes-Park     DOB 12/15/1989

  Monitoring ultrasounds and labs (x7)          $1,960.00
  Egg retrieval with anesthesia                 $6,800.00
  ICSI and embryo culture                       $3,400.00
  PGT-A (4 embryos)                             $2,600.00
  Embryo freezing and first year storage          $950.00
  Military discount (10%)                      -$1,571.00
  Payments received                            -$7,000.00
  BALANCE DUE                                   $7,139.00

As we discussed, TRICARE covers your diagnostic tests and the fertility
medications through the MTF pharmacy but not IVF itself. Your payment plan
of $595/month starts 07/01.

Cedarline Fertility Billing - (254) 555-0157
"""))


# ============================================================ assembly ==
def assemble():
    for m in MSGS:
        for bad in FORBIDDEN_SLUG:
            if bad in m["slug"]:
                sys.exit("slug %r contains %r" % (m["slug"], bad))
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", m["slug"]):
            sys.exit("bad slug %r" % m["slug"])
    slugs = [m["slug"] for m in MSGS]
    dup = [s for s, c in collections.Counter(slugs).items() if c > 1]
    if dup:
        sys.exit("duplicate slugs: %s" % dup)
    order = list(MSGS)
    random.Random(SEED).shuffle(order)
    out = []
    for n, m in enumerate(order, 1):
        ST.slug, ST.n = m["slug"], 0
        data = m["fn"]()
        fname = "%s/%03d-%s.eml" % (m["label"], n, m["slug"])
        out.append(dict(m, n=n, file=fname, data=data))
    out.sort(key=lambda r: r["file"])
    tsv = "".join("%s\t%s\t%s\n" % (r["file"], r["label"], r["reason"]) for r in out)
    return out, tsv.encode("utf-8")


def write(out, tsv):
    keep = set()
    for lab in LABELS:
        os.makedirs(os.path.join(HERE, lab), exist_ok=True)
    for r in out:
        p = os.path.join(HERE, r["file"])
        keep.add(os.path.normpath(p))
        with open(p, "wb") as f:
            f.write(r["data"])
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        for fn in os.listdir(d):
            p = os.path.normpath(os.path.join(d, fn))
            if p not in keep:
                os.remove(p)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(tsv)


# =============================================================== checks ==
ALLOWED_DOM = ("example.com", "example.org", "example.net")
ERRS = []


def err(f, msg):
    ERRS.append("%s: %s" % (f, msg))


def dom_ok(d):
    d = d.lower().rstrip(".")
    return d.endswith(".test") or any(d == a or d.endswith("." + a) for a in ALLOWED_DOM)


def pdf_check(f, b):
    texts = []
    if not b.startswith(b"%PDF-"):
        err(f, "pdf header")
        return texts
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", b)
    if not m or not b[int(m.group(1)):].startswith(b"xref"):
        err(f, "pdf startxref")
        return texts
    x = int(m.group(1))
    mm = re.match(rb"xref\n0 (\d+)\n", b[x:])
    n = int(mm.group(1))
    ents = b[x + mm.end():].split(b"\n")[:n]
    for i, e in enumerate(ents):
        if i == 0:
            continue
        off = int(e[:10])
        if not b[off:].startswith(b"%d 0 obj" % i):
            err(f, "pdf xref offset of object %d" % i)
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\r\n", b):
        ln = int(sm.group(1))
        data = b[sm.end():sm.end() + ln]
        if b[sm.end() + ln:sm.end() + ln + 11] != b"\r\nendstream":
            err(f, "pdf stream length")
            continue
        if sm.group(2):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                err(f, "pdf flate")
                continue
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
            texts.append(re.sub(rb"\\(.)", rb"\1", s).decode("latin-1"))
    for s in re.findall(rb"/Title \(((?:\\.|[^\\)])*)\)", b):
        texts.append(s.decode("latin-1"))
    return texts


def docx_check(f, b):
    try:
        z = zipfile.ZipFile(io.BytesIO(b))
        x = z.read("word/document.xml")
        root = ElementTree.fromstring(x)
    except Exception as e:  # noqa
        err(f, "docx: %s" % e)
        return []
    return ["".join(t.text or "" for t in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"))]


def ics_check(f, text):
    stack = []
    for ln in text.replace("\r\n ", "").splitlines():
        if ln.startswith("BEGIN:"):
            stack.append(ln[6:])
        elif ln.startswith("END:"):
            if not stack or stack.pop() != ln[4:]:
                err(f, "ics BEGIN/END mismatch at %s" % ln)
    if stack:
        err(f, "ics unclosed %s" % stack)


QP_OK = re.compile(rb"^(?:[\t\x20-\x3c\x3e-\x7e]|=[0-9A-F]{2})*=?$")


def check_leaf(f, part, texts):
    ct = part.get_content_type()
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    if cte in ("base64", "quoted-printable"):
        raw = part.get_payload(decode=False)
        try:
            rawb = raw.encode("ascii")
        except UnicodeEncodeError:
            err(f, "non-ASCII in a %s part" % cte)
            rawb = raw.encode("utf-8", "surrogateescape")
    else:
        rawb = part.get_payload(decode=True) or b""
    if cte == "base64":
        lines = rawb.split(b"\n")
        if any(len(ln.rstrip(b"\r")) > 76 for ln in lines):
            err(f, "base64 line > 76")
        try:
            base64.b64decode(b"".join(ln.strip() for ln in lines), validate=True)
        except binascii.Error:
            err(f, "base64 invalid")
    elif cte == "quoted-printable":
        for ln in rawb.split(b"\n"):
            ln = ln.rstrip(b"\r") if ln.endswith(b"\r") else ln
            if len(ln) > 76:
                err(f, "qp line > 76")
            if ln[-1:] in (b" ", b"\t"):
                err(f, "qp trailing whitespace")
            if not QP_OK.match(ln):
                err(f, "qp bad escape or raw byte: %r" % ln[:40])
    elif cte == "7bit":
        if not rawb.isascii():
            err(f, "non-ASCII in 7bit part")
    elif cte not in ("8bit",):
        err(f, "unknown CTE %s" % cte)
    try:
        content = part.get_content()
    except Exception as e:  # noqa
        err(f, "get_content failed on %s: %s" % (ct, e))
        return
    payload = part.get_payload(decode=True) or b""
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        try:
            txt = payload.decode(codec(cs), "strict")
        except (UnicodeDecodeError, LookupError):
            err(f, "charset %s does not decode" % cs)
            return
        texts.append(txt.replace("\r\n ", "") if ct == "text/calendar" else txt)
        if ct == "text/calendar":
            ics_check(f, txt)
        if ct == "text/csv":
            list(csv.reader(io.StringIO(txt)))
    fn = part.get_filename() or ""
    if fn:
        texts.append(fn)
    if ct == "application/pdf":
        texts.extend(pdf_check(f, payload))
    elif ct.endswith("wordprocessingml.document"):
        texts.extend(docx_check(f, payload))
    elif ct in ("application/ics",):
        t = payload.decode("utf-8")
        ics_check(f, t)
        texts.append(t.replace("\r\n ", ""))
    elif ct in ("application/json", "application/fhir+json"):
        try:
            json.loads(payload.decode("utf-8"))
        except ValueError:
            err(f, "json does not parse")
        texts.append(payload.decode("utf-8"))
    elif ct in ("application/hl7-v2", "x-application/hl7-v2+er7") or fn.lower().endswith(".hl7"):
        if not payload.startswith(b"MSH|"):
            err(f, "hl7 does not start with MSH|")
        texts.append(payload.decode("ascii"))
    elif ct == "image/png":
        if not payload.startswith(b"\x89PNG\r\n\x1a\n"):
            err(f, "png signature")
    if fn.lower().endswith(".hl7") or ct.startswith("application/hl7"):
        pass
    if ct == "text/plain" and content.startswith("MSH|") is False:
        pass


def check_headers(f, msg, texts, top):
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[k] is None:
            err(f, "missing %s" % k)
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        err(f, "Content-Type without MIME-Version")
    for k, v in msg.items():
        sv = str(v)
        if re.search(r"=\?[^?\s]+\?[BbQq]\?", sv):
            err(f, "undecoded encoded word in %s" % k)
        for d in getattr(v, "defects", []):
            err(f, "header defect in %s: %r" % (k, d))
        texts.append(sv)
    d = msg["Date"]
    if d is not None:
        if not re.search(r"\d{2}:\d{2}:\d{2} [+-]\d{4}$", msg.get("Date", "")):
            err(f, "Date without numeric zone")
        try:
            dt = email.utils.parsedate_to_datetime(str(d))
            if dt.year != 2026 or dt.tzinfo is None:
                err(f, "Date not in 2026 with zone")
        except Exception:  # noqa
            err(f, "Date does not parse")
    mi = msg.get("Message-ID")
    if mi is not None and not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]+>", str(mi).strip()):
        err(f, "bad Message-ID %r" % str(mi))


def check_message(f, data):
    texts = []
    if b"\r" in data.replace(b"\r\n", b"") or b"\n" in data.replace(b"\r\n", b""):
        err(f, "not CRLF only")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            err(f, "line > 998 octets")
    hb = data.split(b"\r\n\r\n", 1)[0]
    if not hb.isascii():
        err(f, "raw 8-bit bytes in header block")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    check_headers(f, msg, texts, True)
    for part in msg.walk():
        for d in part.defects:
            err(f, "defect %r in %s" % (d, part.get_content_type()))
        if part is not msg and part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            check_headers(f, inner, texts, False)
        if not part.is_multipart():
            check_leaf(f, part, texts)
    check_data("\n".join(texts), f)
    return msg


RE_MAIL = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"(?i)\b(?:https?|ftp)://([^/\s:\"'<>)\]]+)")
RE_WWW = re.compile(r"(?i)(?<![\w.@/-])(www\.[a-z0-9.-]+[a-z])")
RE_PHONE = re.compile(r"(?<![\d-])\(?(\d{3})\)?[-. ](\d{3})[-. ](\d{4})(?![\d-])")
RE_555 = re.compile(r"555[-. ]?(\d{4})(?!\d)")
RE_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")


def check_data(text, f):
    for m in RE_MAIL.finditer(text):
        if not dom_ok(m.group(1)):
            err(f, "address outside example/.test: %s" % m.group(0))
    for m in RE_URL.finditer(text):
        if not dom_ok(m.group(1)):
            err(f, "URL host outside example/.test: %s" % m.group(1))
    for m in RE_WWW.finditer(text):
        if not dom_ok(m.group(1)):
            err(f, "host outside example/.test: %s" % m.group(1))
    for m in RE_PHONE.finditer(text):
        if m.group(2) != "555" or not m.group(3).startswith("01"):
            err(f, "phone number outside 555-01xx: %s" % m.group(0))
    for m in RE_555.finditer(text):
        if not m.group(1).startswith("01"):
            err(f, "555 number outside 01xx: %s" % m.group(0))
    for m in RE_IP.finditer(text):
        a = [int(x) for x in m.groups()]
        ok = (a[:3] in ([192, 0, 2], [198, 51, 100], [203, 0, 113])) or a[0] == 10
        if not ok and not (a[0] <= 2 and max(a) < 30):  # version strings like 2.5.1.4
            err(f, "IPv4 outside documentation/private ranges: %s" % m.group(0))
    for m in re.finditer(r"(?i)npi", text):
        window = text[max(0, m.start() - 80):m.end() + 80]
        for n in re.findall(r"(?<!\d)([12]\d{9})(?!\d)", window):
            if not luhn_ok("80840" + n):
                err(f, "NPI fails Luhn: %s" % n)
    for m in re.finditer(r"DEA", text):
        window = text[m.end():m.end() + 60]
        for n in re.findall(r"\b([A-Z][A-Z9]\d{7})\b", window):
            if not dea_ok(n):
                err(f, "DEA check digit: %s" % n)


def verify(out=None, tsv=None):
    del ERRS[:]
    if out is None:
        out, tsv = assemble()
    counts = collections.Counter(r["label"] for r in out)
    for lab in LABELS:
        if counts[lab] != WANT[lab]:
            err("set", "%s: %d messages, want %d" % (lab, counts[lab], WANT[lab]))
    nums = sorted(r["n"] for r in out)
    if nums != list(range(1, sum(WANT.values()) + 1)):
        err("set", "numbers do not run 001-%03d" % sum(WANT.values()))
    nonen = sum(1 for r in out if r["lang"] != "en")
    if not 28 <= nonen <= 38:
        err("set", "%d non-English messages, want 28-38" % nonen)
    traps = sum(1 for r in out if r["label"] == "none" and r["trap"])
    if traps < 55:
        err("set", "%d traps in none, want at least 55" % traps)
    for r in out:
        if r["label"] == "restricted":
            reason = r["reason"][len("borderline: "):] if r["reason"].startswith("borderline: ") else r["reason"]
            if r["cat"] not in CATS or not reason.startswith(r["cat"] + ":"):
                err(r["file"], "restricted reason must start with its category")
        elif r["cat"]:
            err(r["file"], "category on a %s message" % r["label"])
        if "\t" in r["reason"] or "\n" in r["reason"]:
            err(r["file"], "reason has a tab or newline")
    # disk versus generator
    expect = {r["file"]: r["data"] for r in out}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            err("set", "missing folder %s" % lab)
            continue
        for fn in sorted(os.listdir(d)):
            rel = "%s/%s" % (lab, fn)
            if rel not in expect:
                err("set", "stray file %s" % rel)
    for top in sorted(os.listdir(HERE)):
        if top not in LABELS + ("labels.tsv", "gen.py", "README.md", "__pycache__"):
            err("set", "stray entry %s" % top)
    for rel, data in expect.items():
        p = os.path.join(HERE, rel)
        if not os.path.exists(p):
            err(rel, "missing on disk")
            continue
        with open(p, "rb") as fh:
            if fh.read() != data:
                err(rel, "differs from what gen.py writes")
    tp = os.path.join(HERE, "labels.tsv")
    if not os.path.exists(tp):
        err("labels.tsv", "missing")
    else:
        with open(tp, "rb") as fh:
            disk = fh.read()
        if disk != tsv:
            err("labels.tsv", "differs from what gen.py writes")
        seen = collections.Counter()
        for ln in disk.decode("utf-8").splitlines():
            parts = ln.split("\t")
            if len(parts) != 3:
                err("labels.tsv", "bad line %r" % ln)
                continue
            fpath, lab, reason = parts
            seen[fpath] += 1
            if fpath.split("/")[0] != lab:
                err("labels.tsv", "%s listed as %s" % (fpath, lab))
            if fpath not in expect:
                err("labels.tsv", "lists unknown %s" % fpath)
        for rel in expect:
            if seen[rel] != 1:
                err("labels.tsv", "%s listed %d times" % (rel, seen[rel]))
    for r in out:
        check_message(r["file"], r["data"])
    return out


# ================================================================ stats ==
LANG_NAMES = {
    "es": "Spanish", "pt": "Portuguese", "fr": "French", "de": "German", "it": "Italian",
    "pl": "Polish", "vi": "Vietnamese", "zh": "Chinese", "ko": "Korean", "ja": "Japanese",
    "ar": "Arabic", "ru": "Russian", "tl": "Tagalog", "hi": "Hindi", "ht": "Haitian Creole",
    "so": "Somali", "am": "Amharic", "uk": "Ukrainian", "fa": "Farsi", "tr": "Turkish",
    "en": "English",
}


def stats(out):
    P = print
    counts = collections.Counter(r["label"] for r in out)
    P("labels: " + ", ".join("%s %d" % (l, counts[l]) for l in LABELS) + "  (total %d)" % len(out))
    P("traps in none: %d of %d" % (sum(1 for r in out if r["label"] == "none" and r["trap"]), counts["none"]))
    P("borderline: %d (%s)" % (sum(1 for r in out if r["reason"].startswith("borderline:")),
                               ", ".join("%s %d" % (l, sum(1 for r in out if r["label"] == l and r["reason"].startswith("borderline:"))) for l in LABELS)))
    P("restricted by category: " + ", ".join("%s %d" % (c, sum(1 for r in out if r["cat"] == c)) for c in CATS))
    nonen = [r for r in out if r["lang"] != "en"]
    P("not in English: %d" % len(nonen))
    for l in LABELS:
        c = collections.Counter(LANG_NAMES[r["lang"]] for r in nonen if r["label"] == l)
        P("  %-10s %2d: %s" % (l, sum(c.values()), ", ".join("%s %d" % kv for kv in sorted(c.items()))))
    tops, parts, ctes, charsets = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for r in out:
        msg = BytesParser(policy=email.policy.default).parsebytes(r["data"])
        tops[msg.get_content_type() if msg["Content-Type"] else "text/plain (no MIME headers)"] += 1
        for p in msg.walk():
            if p is msg:
                pass
            elif not p.is_multipart() or p.get_content_type() == "message/rfc822":
                parts[p.get_content_type()] += 1
            if not p.is_multipart():
                ctes[(p.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
                if p.get_content_maintype() == "text":
                    charsets[(p.get_content_charset() or "us-ascii").lower()] += 1
        for m in re.findall(rb"=\?([^?]+)\?([BQbq])\?", r["data"].split(b"\r\n\r\n", 1)[0]):
            charsets["header:" + m[0].decode().lower()] += 0
    P("top-level structure: " + ", ".join("%s %d" % kv for kv in tops.most_common()))
    P("parts below the top: " + ", ".join("%s %d" % kv for kv in parts.most_common()))
    P("transfer encodings (leaves): " + ", ".join("%s %d" % kv for kv in ctes.most_common()))
    P("charsets (text leaves): " + ", ".join("%s %d" % kv for kv in charsets.most_common() if not kv[0].startswith("header:")))


def main():
    args = sys.argv[1:]
    if "--stats" in args:
        out, tsv = assemble()
        stats(out)
        return
    if "--check" not in args:
        out, tsv = assemble()
        write(out, tsv)
        verify(out, tsv)
    else:
        verify()
    if ERRS:
        for e in ERRS:
            print("FAIL", e)
        print("%d problem(s)" % len(ERRS))
        sys.exit(1)
    print("ok: %d messages checked" % sum(WANT.values()))


if __name__ == "__main__":
    main()
