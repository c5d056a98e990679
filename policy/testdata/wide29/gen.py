#!/usr/bin/env python3
"""Generator for wide29: community, social and public services around health
(case managers, care navigators, CHWs, shelters and medical respite,
supportive housing, food banks and medically tailored meals, WIC, Meals on
Wheels, reentry and jail health, probation / treatment court, interpreters,
NEMT brokers, disability services and vocational rehabilitation, 2-1-1,
faith-based volunteers, mutual aid, harm reduction, refugee health
screening, school social workers, medical-legal partnerships and utility
medical-certificate programmes).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print structure, charset and language counts

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries,
ZIP timestamps (stored, not deflated) and a fixed shuffle seed.  Every
person, organisation, address, phone number and identifier below is
invented.
"""
import base64
import binascii
import collections
import datetime
import hashlib
import io
import os
import random
import re
import struct
import sys
import zipfile
import zlib
import xml.etree.ElementTree as ET
import email
import email.policy
import email.utils
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260529
LABELS = ("none", "phi", "restricted")
WANT = {"none": 100, "phi": 65, "restricted": 35}
CATS = ("mental health", "substance-use treatment", "HIV", "genetic", "reproductive")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "koi8-u": "koi8_u", "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "windows-1258": "cp1258", "euc-kr": "euc_kr", "shift_jis": "shift_jis",
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


BSTYLE = {"outlook": 0, "gmail": 1, "apple": 2, "iphone": 2, "system": 3,
          "thunderbird": 4, "android": 1, "plain": 4}


def bnd(style=None):
    h = _h("b")
    style = style if style is not None else int(h[0], 16) % 5
    if style == 0:
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:
        return "0000000000%s" % h[1:19]
    if style == 2:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    if style == 3:
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1773000000000 + int(h[13:17], 16))
    return "------------%s" % h[1:25].upper()


def mid(domain, client):
    h = _h("m")
    if client == "outlook":
        local = "%s%s" % ("SJ0PR", h[1:30].upper())
    elif client in ("gmail", "android"):
        local = "CA+%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
        domain = "mail.gmail.example.com"
    elif client in ("apple", "iphone"):
        local = "%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    elif client == "system":
        local = "%s.%s" % (int(h[1:12], 16), h[12:20])
    else:
        local = "%s-%s" % (h[1:9], h[9:17])
    return "<%s@%s>" % (local, domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def us_tz(y, mo, d):
    dd = datetime.date(y, mo, d)
    return "-0400" if datetime.date(2026, 3, 8) <= dd < datetime.date(2026, 11, 1) else "-0500"


def D(y, mo, d, h, mi=0, s=0, tz=None):
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
    if addr is None:
        return "<%s>" % name if "@" in name else name
    if not name:
        return "<%s>" % addr
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
    """Fold an address-list header at commas so no line is very long."""
    line = "%s: %s" % (name, value)
    if len(line) <= 76 or "\r\n" in value:
        return line
    items, cur_it, inq = [], "", False
    i = 0
    while i < len(value):
        c = value[i]
        if c == '"' and (i == 0 or value[i - 1] != "\\"):
            inq = not inq
        if not inq and value.startswith(", ", i):
            items.append(cur_it)
            cur_it = ""
            i += 2
            continue
        cur_it += c
        i += 1
    items.append(cur_it)
    out, cur = [], "%s: %s" % (name, items[0])
    for it in items[1:]:
        if len(cur) + len(it) + 2 > 76:
            out.append(cur + ",")
            cur = " " + it
        else:
            cur += ", " + it
    out.append(cur)
    return "\r\n".join(out)


# ---------------------------------------------------------------- parts --
class P:
    """A leaf part.  body is str (text, encoded with charset) or bytes."""

    def __init__(self, ctype, body, charset=None, cte=None, filename=None,
                 disp=None, params=(), headers=(), cid=None, name=True):
        self.ctype, self.body, self.charset = ctype, body, charset
        self.filename, self.disp, self.params = filename, disp, list(params)
        self.headers, self.cid, self.name = list(headers), cid, name
        if cte is None:
            if isinstance(body, bytes) and not ctype.startswith("message/"):
                cte = "base64"
            elif isinstance(body, str) and not body.isascii():
                cte = "quoted-printable"
            else:
                cte = "7bit"
        self.cte = cte

    def header_lines(self):
        ct = self.ctype
        if self.charset:
            ct += "; charset=" + ('"%s"' % self.charset if self.charset.lower() == "utf-8" and ST.n % 2 else self.charset)
        for k, v in self.params:
            ct += "; " + _param(k, v)
        if self.filename and self.name:
            ct += ";\r\n\t" + _param("name", self.filename)
        lines = ["Content-Type: " + ct]
        if self.cte != "7bit" or self.filename:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            lines.append("Content-ID: <%s>" % self.cid)
        if self.filename or self.disp:
            d = self.disp or "attachment"
            if self.filename:
                d += ";\r\n\t" + _param("filename", self.filename)
            lines.append("Content-Disposition: " + d)
        lines += ["%s: %s" % kv for kv in self.headers]
        return lines

    def payload(self):
        data = self.body
        if isinstance(data, str):
            data = nl(data).encode(codec(self.charset or "us-ascii"))
        if self.cte == "base64":
            return b64_encode(data)
        if self.cte == "quoted-printable":
            return qp_encode(data) + b"\r\n"
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        return data


class MP:
    def __init__(self, subtype, parts, params=(), style=None, preamble=None, headers=()):
        self.subtype, self.parts, self.params = subtype, parts, list(params)
        self.style, self.preamble, self.headers = style, preamble, list(headers)
        self.boundary = None

    def header_lines(self):
        if self.boundary is None:
            self.boundary = bnd(self.style)
        ct = "multipart/%s;" % self.subtype
        for k, v in self.params:
            ct += " %s=%s;" % (k, v if re.match(r"^[A-Za-z0-9._-]+$", v) else '"%s"' % v)
        ct += '\r\n\tboundary="%s"' % self.boundary
        return ["Content-Type: " + ct] + ["%s: %s" % kv for kv in self.headers]

    def payload(self):
        out = b""
        if self.preamble:
            out += nl(self.preamble).encode("ascii") + b"\r\n"
        for p in self.parts:
            if isinstance(p, MP):
                p.style = self.style if p.style is None else p.style
            hl = p.header_lines()
            out += ("--%s\r\n" % self.boundary).encode() + ("\r\n".join(hl) + "\r\n\r\n").encode("ascii") + p.payload()
        out += ("--%s--\r\n" % self.boundary).encode()
        return out


# -------------------------------------------------------- part shorthands --
def text(s, charset="utf-8", cte=None, flowed=False):
    if cte is None:
        cte = "7bit" if s.isascii() else "quoted-printable"
    if s.isascii() and charset == "utf-8" and cte == "7bit" and hashlib.md5(ST.slug.encode()).digest()[0] % 3 == 0:
        charset = "us-ascii"
    p = P("text/plain", s, charset=charset, cte=cte)
    if flowed:
        p.params.append(("format", "flowed"))
    return p


def html(s, charset="utf-8", cte=None):
    if cte is None:
        cte = "7bit" if s.isascii() and max(len(x) for x in s.split("\n")) < 900 else "quoted-printable"
    return P("text/html", s, charset=charset, cte=cte)


def htmlize(s, cs="utf-8"):
    esc = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.strip("\n").split("\n\n")
    body = "\n".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % (cs, body))


def alt(plain, htm=None, charset="utf-8", cte=None):
    htm = htm if htm is not None else htmlize(plain, charset)
    return MP("alternative", [text(plain, charset, cte), html(htm, charset, cte)])


def mixed(*parts, **kw):
    return MP("mixed", list(parts), **kw)


def att(ctype, data, filename, cte=None, disp=None, charset=None):
    if isinstance(data, str) and cte is None:
        cte = "base64"
    return P(ctype, data, charset=charset, cte=cte, filename=filename, disp=disp)


def rfc822(raw):
    return P("message/rfc822", raw, cte="7bit" if raw.isascii() else "8bit")


def quote(s, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in s.strip("\n").split("\n")) + "\n"


# ------------------------------------------------------------ documents --
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title="Document", producer="Scan2Mail 4.2"):
    """A one-page PDF with a real text layer (Helvetica, WinAnsi, ASCII text)."""
    y = 750
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 %d Td" % y]
    for i, l in enumerate(lines):
        ops.append("(%s) Tj T*" % _pdf_esc(l))
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        ("<< /Title (%s) /Producer (%s) /CreationDate (D:20260401090000-04'00') >>" % (_pdf_esc(title), _pdf_esc(producer))).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def _xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paras, title="Document"):
    """A minimal WordprocessingML document, ZIP_STORED with fixed timestamps."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(p) for p in paras)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title></cp:coreProperties>' % _xesc(title)),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body)),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_STORED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 9, 0, 0))
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()


def png(w=8, h=8, rgb=(40, 90, 160)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    # zlib stream with one stored deflate block, written by hand (deterministic)
    z = b"\x78\x01" + b"\x01" + struct.pack("<HH", len(raw), 0xFFFF ^ len(raw)) + raw + struct.pack(">I", zlib.adler32(raw))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", z) + chunk(b"IEND", b""))


def ics(method, uid, summary, start, end, organizer, attendees=(), location="", description="", rrule=None, status=None, tzid="America/New_York"):
    """start/end as 'YYYYMMDDTHHMMSS' local times in tzid."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Invented//Calendar 1.0//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:" + tzid,
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
         "END:VTIMEZONE", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260301T120000Z",
         "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end), "SUMMARY:" + _icsesc(summary)]
    if rrule:
        L.append("RRULE:" + rrule)
    if location:
        L.append("LOCATION:" + _icsesc(location))
    if description:
        L.append("DESCRIPTION:" + _icsesc(description))
    L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, addr, *rest in attendees:
        ps = rest[0] if rest else "NEEDS-ACTION"
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s" % (cn, ps, addr))
    L.append("STATUS:" + (status or ("CANCELLED" if method == "CANCEL" else "CONFIRMED")))
    L += ["SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in L:
        b = l.encode("utf-8")
        while len(b) > 75:
            cut = 75
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode("utf-8"))
            b = b" " + b[cut:]
        out.append(b.decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


def _icsesc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cal(icstext, method):
    return P("text/calendar", icstext, charset="utf-8", cte="7bit" if icstext.isascii() else "quoted-printable", params=[("method", method)])


# ---------------------------------------------------------------- mail --
CLIENT_HDR = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "en-US"), ("X-MS-Has-Attach", None)],
    "gmail": [],
    "android": [],
    "apple": [("X-Mailer", "Apple Mail (2.3774.500.171)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird 128.6.0")],
    "system": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    "plain": [],
}


def mail(frm, to, subj, date, body, cc=None, client="outlook", extra=(), subj_cs="utf-8", subj_mode="B",
         reply=None, mime=True, lang=None):
    addr = re.search(r"<([^>]+)>", frm)
    domain = (addr.group(1) if addr else frm).split("@")[-1]
    H = [("From", frm), ("To", to)]
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", ew(subj, subj_cs, subj_mode)))
    H.append(("Date", date))
    H.append(("Message-ID", mid(domain, client)))
    if reply:
        H.append(("In-Reply-To", reply))
        H.append(("References", reply))
    for k, v in CLIENT_HDR[client]:
        if k == "Thread-Index":
            v = base64.b64encode(bytes.fromhex(_h("t")[:32])).decode()
        if k == "X-MS-Has-Attach":
            v = "yes" if isinstance(body, MP) and body.subtype == "mixed" else ""
            if not v:
                continue
        if k == "Content-Language" and lang:
            v = lang
        H.append((k, v))
    H += list(extra)
    if isinstance(body, MP) and body.style is None:
        body.style = BSTYLE[client]
    lines = [fold(k, v) if k in ("To", "Cc", "From") else "%s: %s" % (k, v) for k, v in H]
    if mime:
        lines.append("MIME-Version: 1.0")
        lines += body.header_lines()
        return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body.payload()
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + nl(body).encode("ascii")


MSGS = []


def add(label, slug, reason, lang="en", cat=None):
    def deco(fn):
        MSGS.append(dict(label=label, slug=slug, reason=reason, lang=lang, cat=cat, fn=fn))
        return fn
    return deco


# ==================================================================== MESSAGES
# ------------------------------------------------------------------ none (A)
DISC = """CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain
protected health information (PHI), including information about mental
health, substance use disorder treatment protected by 42 CFR Part 2, HIV
status and genetic testing. If you are not the intended recipient, notify
the sender and delete this message. Redisclosure is prohibited."""


@add("none", "alder-q2-chw-grant-report-csv", "Funder grant report and CSV with aggregate client counts only (HIV tests, naloxone kits, A1c outcomes); no individual.")
def _():
    body = """Hi Renata,

Attached is the Q2 progress report for the Community Health Worker
Initiative (grant AF-2026-0417). Headlines:

- 412 unduplicated clients served (target 375)
- 1,118 home or field visits
- 38 rapid HIV tests offered at outreach, 0 reactive this quarter
- 61 naloxone kits distributed, 4 reported reversals
- 57% of diabetes cohort with A1c under 8 at 6 months (n=92)
- 29 clients linked to a primary care home

Numbers under 11 are suppressed in the county-level tab per your data
policy. Narrative and budget-to-actuals follow by Friday.

Thanks,
Dana Whitfield
Director of Community Programs
Bridgeway Community Care Network
555-0112
"""
    csv = """measure,q1,q2,ytd
unduplicated_clients,371,412,640
home_or_field_visits,980,1118,2098
hiv_tests_offered,41,38,79
hiv_tests_reactive,<11,0,<11
naloxone_kits,55,61,116
overdose_reversals_reported,<11,<11,<11
a1c_under_8_pct,51,57,
pcp_linkages,24,29,53
"""
    return mail(A("Dana Whitfield", "dwhitfield@bridgeway.example.org"),
                A("Renata Osei", "rosei@alderfoundation.example.org"),
                "Q2 progress report - CHW Initiative (AF-2026-0417)", D(2026, 7, 15, 16, 42),
                mixed(text(body), att("text/csv", csv, "Bridgeway_CHW_Q2_2026_aggregate.csv", charset="utf-8")), client="outlook")


@add("none", "mow-driver-route-schedule", "Volunteer driver schedule: volunteer names, phones and route numbers, meal counts per route; no client named.")
def _():
    body = """Drivers,

Here is next week's schedule. Please swap with each other directly and
copy me.

MON  Route 3 (Eastside, 14 meals)      Phil Garza       555-0131
MON  Route 7 (Millbrook, 11 meals)     Anita Rowe       555-0134
TUE  Route 3                            Bev Lindqvist    555-0136
TUE  Route 9 (River Rd, 9 meals)        Sam Okonkwo      555-0138
WED  Route 7                            Anita Rowe       555-0134
THU  Route 3                            Phil Garza       555-0131
FRI  Frozen weekend packs (all routes)  Joyce Tran + 2 youth volunteers

Reminder: renal and diabetic meals are packed in the blue bags and
labelled by stop number. Don't swap bags between stops.

Coolers are back from the wash. Thank you all!

Marlene Hobbs
Volunteer Coordinator, Marlow Meals on Wheels
"""
    return mail(A("Marlene Hobbs", "mhobbs@marlowmow.example.org"),
                A("MOW Drivers", "drivers@lists.marlowmow.example.org"),
                "Driver schedule week of 5/11", D(2026, 5, 7, 14, 5), text(body), client="thunderbird")


@add("none", "food-bank-donation-receipt", "Tax receipt for a cash donation with a donor account number; no health content.")
def _():
    body = """MARLOW COUNTY FOOD BANK
Official Donation Receipt

Donor: Mr. and Mrs. Thomas Brightwater
Donor account: D-0088412
Receipt no.: 2026-031877
Date received: March 2, 2026
Gift: $250.00 (check no. 4471)
Designation: Healthy Pantry / Diabetes-Friendly Boxes

No goods or services were provided in exchange for this contribution.
Marlow County Food Bank is a 501(c)(3) organization, EIN 00-0000417.

Thank you for helping us put 1,000 pounds of produce on neighbors'
tables this month.

Marlow County Food Bank | 220 Depot St, Fenwick | 555-0150
"""
    return mail(A("Marlow County Food Bank", "receipts@marlowfood.example.org"),
                A("Tom Brightwater", "tbrightwater@mailbox.example.net"),
                "Your donation receipt #2026-031877", D(2026, 3, 4, 6, 0),
                alt(body), client="system")


@add("none", "shelter-nightly-bed-count", "Nightly shelter census with aggregate bed, respite and isolation counts; no guest identified.")
def _():
    body = """LANTERN HOUSE - NIGHTLY CENSUS  Tue 1/20/2026 23:00

Emergency beds (men)      52/54
Emergency beds (women)    27/28
Family rooms               6/6
Medical respite beds       9/10
Isolation rooms (resp.)    2/3
Overflow mats             11 (cold-weather plan active)
Turn-aways                 0

Incidents: 1 EMS call (transported), 1 police non-emergency.
Code Blue continues through Thursday.

-- night supervisor
"""
    return mail(A("Lantern House Night Desk", "nightdesk@lanternhouse.example.org"),
                A("", "census@coc.marlowcounty.test"),
                "Census 1/20 - 107 in house, respite 9/10", D(2026, 1, 20, 23, 14),
                text(body), client="plain")


@add("none", "hr-open-enrollment-eap", "All-staff HR notice about open enrollment, EAP counselling and a fertility benefit; no individual.")
def _():
    body = """All Bridgeway staff,

Open enrollment runs November 3-14. What's new for 2027:

* Medical: the Silver PPO deductible stays at $1,500; the HMO adds
  telehealth behavioral health visits at $0 copay.
* EAP: six free confidential counselling sessions per issue (stress,
  grief, depression, substance use) through Clearwater EAP, 555-0177.
* New fertility benefit: up to $10,000 lifetime for IVF or egg freezing.
* Dependent care FSA limit rises.

Enrollment happens in the HR portal. Benefits office hours are
Tue/Thu 1-3 pm in Room 204.

Kim Alvarado, SHRM-CP
HR Generalist
"""
    return mail(A("Bridgeway HR", "hr@bridgeway.example.org"),
                A("All Staff", "allstaff@bridgeway.example.org"),
                "Open Enrollment 2027 - EAP and new fertility benefit", D(2026, 10, 27, 9, 30),
                alt(body), client="outlook")


@add("none", "linguabridge-invoice-april", "Interpreter agency invoice to a clinic: session reference numbers, languages and minutes, no patient names or care details.")
def _():
    body = """Please find attached invoice LB-26-0419 for April services.

Kind regards,
Accounts Receivable
LinguaBridge Interpreting Services
"""
    lines = ["LinguaBridge Interpreting Services - INVOICE LB-26-0419",
             "Bill to: Fenwick Community Health Center, Accounts Payable",
             "Period: 04/01/2026 - 04/30/2026",
             "",
             "Ref       Date   Mode      Language      Minutes  Rate   Amount",
             "S-77120   04/02  On-site   Dari             90    1.10   99.00",
             "S-77134   04/03  Video     Vietnamese       45    0.95   42.75",
             "S-77141   04/03  Phone     Somali           30    0.85   25.50",
             "S-77190   04/08  On-site   Haitian Creole  120    1.10  132.00",
             "S-77233   04/14  Video     Arabic           60    0.95   57.00",
             "S-77302   04/22  On-site   Ukrainian        60    1.10   66.00",
             "",
             "Subtotal 422.25   Travel 36.00   Total due 458.25",
             "Terms: Net 30. Remit to LinguaBridge, PO Box 4410, Fenwick."]
    return mail(A("LinguaBridge AR", "ar@linguabridge.example.com"),
                A("", "ap@fenwickchc.example.org"),
                "Invoice LB-26-0419 - April 2026", D(2026, 5, 3, 10, 12),
                mixed(text(body), att("application/pdf", pdf(lines, "Invoice LB-26-0419"), "LB-26-0419.pdf")), client="outlook")


@add("none", "job-posting-bilingual-chw", "Job posting for a bilingual CHW that lists HIV, diabetes and substance-use duties; no individual.")
def _():
    body = """POSITION: Community Health Worker II (Spanish/English)
Bridgeway Community Care Network - Fenwick, full time, $24.50-$27.00/hr

About the role
Work alongside clinic care teams to support adults living with diabetes,
hypertension, HIV and substance use disorders. Conduct home visits,
screen for food and housing insecurity, help with Medicaid renewals and
NEMT rides, and accompany clients to appointments.

Requirements
- State CHW certification or willingness to obtain within 12 months
- Fluent Spanish and English
- Valid driver's license; mileage reimbursed
- Lived experience with recovery, homelessness or incarceration valued

Apply at https://careers.bridgeway.example.org/chw2 by June 30.
Bridgeway is an equal opportunity employer.
"""
    return mail(A("Bridgeway Careers", "careers@bridgeway.example.org"),
                A("Marlow Workforce Board list", "jobs@workforce.marlowcounty.test"),
                "Now hiring: Community Health Worker II (bilingual)", D(2026, 6, 2, 11, 0),
                alt(body), client="system")


@add("none", "casetrack-maintenance-window", "IT notice about case-management system downtime mentioning client records generally; no client.")
def _():
    body = """CaseTrack Scheduled Maintenance

Sunday, August 9, 2026, 01:00-05:00 ET

During this window CaseTrack (client records, care plans, referrals and
the HMIS export) will be unavailable. Shelter intake staff should use the
paper intake packet and enter records on Monday. The 42 CFR Part 2
consent module and the HIV-segmented notes will be read-only until 07:00.

Questions: support@casetrack.example.com or 555-0199.

-- CaseTrack Customer Operations
"""
    return mail(A("CaseTrack Status", "status@casetrack.example.com"),
                A("", "admins@bridgeway.example.org"),
                "[CaseTrack] Scheduled maintenance Aug 9 01:00-05:00 ET", D(2026, 8, 3, 15, 0),
                text(body), client="system")


@add("none", "case-conference-deidentified-notes", "borderline: de-identified case conference (Case 1-3 with age bands, OUD and HIV mentioned) with no name, date of birth or identifier.")
def _():
    body = """Notes from Thursday's interagency case conference (de-identified, per
our MOU -- no names, DOBs or IDs in e-mail please).

Case 1. Man in his 50s, unsheltered ~2 yrs, opioid use disorder, on
buprenorphine through a bridge clinic but lost two scripts in sweeps.
Ideas: lockbox at the drop-in; ask the bridge clinic about injectable.

Case 2. Woman in her 30s with two kids doubled up with a relative,
diabetes poorly controlled, no fridge for insulin. Ideas: mini-fridge
through the flex fund; MTM referral.

Case 3. Young adult, HIV+ per self report, aging out of foster care.
Ideas: youth HOPWA slot; peer navigator.

Next conference Oct 8. Presenting agencies: Lantern House, Safe Passage.

Ines Carvalho, LCSW
Care Coordination Lead
"""
    return mail(A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                A("Case Conference Group", "caseconf@lists.bridgeway.example.org"),
                "Case conference notes 9/24 (de-identified)", D(2026, 9, 25, 8, 40),
                text(body), client="outlook")


@add("none", "roi-form-template-blank", "Blank release-of-information template with empty Name/DOB/diagnosis fields and Part 2 wording; no individual.")
def _():
    doc = docx(["AUTHORIZATION TO RELEASE INFORMATION (TEMPLATE - v2026.2)",
                "Client name: ______________________   Date of birth: ___/___/______",
                "HMIS ID: ____________   Medicaid ID: ______________",
                "I authorize Bridgeway Community Care Network to share the following:",
                "[ ] Housing status  [ ] Benefits  [ ] Diagnoses  [ ] Medications",
                "[ ] Mental health records  [ ] HIV-related information",
                "[ ] Substance use disorder records (42 CFR Part 2 - separate consent required)",
                "With: ______________________________  Purpose: ________________",
                "This authorization expires on: __________ Signature: ____________"],
               "ROI template")
    body = """Team -- updated ROI template attached. Please delete the old v2025
files from your desktops. The Part 2 section now has its own
signature line.

Ines
"""
    return mail(A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                A("Care Coordination", "carecoord@bridgeway.example.org"),
                "Updated ROI template v2026.2", D(2026, 2, 11, 13, 22),
                mixed(text(body), att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "ROI_template_v2026.2.docx")), client="outlook")


@add("none", "shelter-mail-pickup-client-id", "borderline: shelter mail-pickup notice with a client's name and HMIS ID; staying at a shelter is not health content.")
def _():
    body = """Hi Curtis,

You have two pieces of mail at the front desk (one looks like it's from
the DMV). Bring your ID or tell staff your HMIS number 448213 and locker
#12 when you pick up. Mail is held 30 days.

Lantern House Front Desk
"""
    return mail(A("Lantern House Front Desk", "frontdesk@lanternhouse.example.org"),
                A("Curtis Vance", "curtisv1971@mailbox.example.net"),
                "Mail waiting for you", D(2026, 4, 14, 10, 3), text(body), client="gmail")


@add("none", "snap-recert-interview-notice", "SNAP recertification interview notice with a case number; benefits, not health care.")
def _():
    body = """MARLOW COUNTY DEPARTMENT OF HUMAN SERVICES
Notice of Recertification Interview

Case name: LOPEZ, ARTURO
Case number: 2026-SN-0073315
Program: Supplemental Nutrition Assistance Program (SNAP)

Your SNAP benefits end on 06/30/2026 unless you complete recertification.
Your phone interview is scheduled for:

  Tuesday, June 9, 2026 at 10:30 AM
  We will call the number on file. If you miss the call, call 555-0160.

Bring or upload: proof of income for the last 30 days, rent receipt,
utility bill. Upload at https://benefits.marlowcounty.test.

This notice is also available in Spanish, Vietnamese and Arabic.
"""
    return mail(A("Marlow DHS Notices", "no-reply@benefits.marlowcounty.test"),
                A("Arturo Lopez", "arturo.lopez@mailbox.example.net"),
                "SNAP recertification interview scheduled", D(2026, 5, 20, 3, 12),
                alt(body), client="system")


@add("none", "utility-medical-certificate-overview", "Utility's general description of its medical-certificate programme with a blank form; no customer.")
def _():
    body = """Tri-County Electric Cooperative -- Medical Certificate Program

If someone in your household depends on electrically powered medical
equipment (oxygen concentrator, home dialysis, ventilator, infusion pump)
or has a condition that would be made worse by a shut-off, a medical
certificate can postpone disconnection for up to 30 days and may be
renewed twice per year.

How it works:
1. Download the form below.
2. Your physician, PA or nurse practitioner completes Part B.
3. Return it by fax 555-0185 or e-mail to medcert@tricountyelectric.example.com.

You are still responsible for the balance; ask about a payment plan.

Part A: Account number ________  Customer name ____________
Part B: Condition/equipment ____________ Certifying clinician ________
"""
    return mail(A("Tri-County Electric Co-op", "news@tricountyelectric.example.com"),
                A("Community Partners", "partners@lists.tricountyelectric.example.com"),
                "Share with clients: how the Medical Certificate Program works", D(2026, 11, 2, 12, 0),
                alt(body), client="system")


@add("none", "marlow-211-monthly-stats", "2-1-1 monthly call statistics by need category (mental health, substance use) in aggregate.")
def _():
    h = """<html><body style="font-family:Arial">
<h2>Marlow 2-1-1 &mdash; February 2026 Dashboard</h2>
<p>Total contacts: <b>4,812</b> (calls 3,604; texts 871; chat 337)</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Need</th><th>Contacts</th><th>% of total</th></tr>
<tr><td>Housing / shelter</td><td>1,490</td><td>31%</td></tr>
<tr><td>Utilities</td><td>818</td><td>17%</td></tr>
<tr><td>Food</td><td>577</td><td>12%</td></tr>
<tr><td>Mental health / crisis (warm transfer to 988)</td><td>433</td><td>9%</td></tr>
<tr><td>Substance use treatment</td><td>240</td><td>5%</td></tr>
<tr><td>Health care / Medicaid</td><td>384</td><td>8%</td></tr>
<tr><td>Transportation</td><td>192</td><td>4%</td></tr>
</table>
<p>Average speed to answer: 41 s. Abandonment rate: 6.2%.</p>
<p>Marlow 2-1-1 is a program of Marlow Community Fund.</p>
</body></html>
"""
    return mail(A("Marlow 2-1-1 Data Team", "data@marlow211.example.org"),
                A("Partner Agencies", "partners@marlow211.example.org"),
                "2-1-1 February dashboard", D(2026, 3, 6, 9, 0), html(h), client="system")


@add("none", "ridewell-provider-bulletin-dialysis", "NEMT broker bulletin to transport vendors on standing-order rules and mileage rates; no member.")
def _():
    body = """RideWell Transport Services -- Provider Bulletin 2026-07

To: all contracted transportation providers

1. Standing orders. Effective 7/1, standing orders for dialysis,
   chemotherapy, radiation and methadone/OTP trips must be renewed every
   90 days (was 180). The broker will send renewal lists weekly.
2. Mileage. Ambulatory base $18.00 + $2.10/loaded mile. Wheelchair
   base $32.00 + $2.40/loaded mile. Stretcher unchanged.
3. Will-call returns must be picked up within 60 minutes.
4. No-show documentation: driver photo of the pickup location with a
   timestamp is now required.

Network Management, 555-0171
"""
    return mail(A("RideWell Network Mgmt", "network@ridewell.example.com"),
                A("Transport Providers", "providers@ridewell.example.com"),
                "Provider Bulletin 2026-07: standing orders, rates", D(2026, 6, 12, 10, 30),
                mixed(text(body), att("application/pdf", pdf(body.strip("\n").split("\n"), "Provider Bulletin 2026-07"), "RideWell_Provider_Bulletin_2026-07.pdf")), client="outlook")


@add("none", "harm-reduction-supply-order-shipped", "Shipping confirmation for naloxone, fentanyl test strips and syringes with a tracking number; no person's care.")
def _():
    body = """Order HR-558120 has shipped!

Ship to: Safe Passage Harm Reduction, 14 Canal St, Fenwick
Carrier: ParcelWay Ground   Tracking: PW7731904455012

Qty  Item
 24  Naloxone HCl nasal spray 4 mg, 2-pack
 10  Fentanyl test strips, box of 100
 40  Syringes 1 mL 28G, box of 100
 12  Sharps container 1.4 qt
  5  Wound care kit (gauze, saline, bandages)

Questions? Reply to this email or call 555-0188.
HarmReach Supply Co.
"""
    return mail(A("HarmReach Supply", "orders@harmreach.example.com"),
                A("Jamal Pryce", "jpryce@safepassage.example.org"),
                "Your order HR-558120 has shipped", D(2026, 2, 18, 16, 20), alt(body), client="system")


@add("none", "naloxone-training-invite", "Calendar invite for a community naloxone training; no individual's care.")
def _():
    t = ics("REQUEST", "naloxone-0423@safepassage.example.org", "Naloxone & overdose response training (volunteers)",
            "20260423T180000", "20260423T193000", ("Jamal Pryce", "jpryce@safepassage.example.org"),
            [("Grace Fellowship Care Team", "careteam@gracefellowship.example.org"), ("Eastside Mutual Aid", "hello@eastsidemutualaid.example.net")],
            "Grace Fellowship Hall, 301 Elm St, Fenwick", "Hands-on naloxone training. Bring your team. Kits provided. No registration needed.")
    body = """You're invited: Naloxone & overdose response training for volunteers.
Thursday April 23, 6:00-7:30 pm, Grace Fellowship Hall.
"""
    return mail(A("Jamal Pryce", "jpryce@safepassage.example.org"),
                "Grace Fellowship Care Team <careteam@gracefellowship.example.org>, Eastside Mutual Aid <hello@eastsidemutualaid.example.net>",
                "Invitation: Naloxone & overdose response training @ Thu Apr 23 6pm", D(2026, 4, 6, 12, 0),
                MP("mixed", [MP("alternative", [text(body), cal(t, "REQUEST")]), att("application/ics", t.encode(), "invite.ics")]), client="gmail")


@add("none", "refugee-arrival-screening-slots", "Resettlement agency asks a clinic for screening slots for an arrival cohort by count and language only.")
def _():
    body = """Hi Dr. Amani and team,

We have 12 new arrivals expected between March 16 and 27 (three families
and two single adults): 7 Dari speakers, 3 Pashto, 2 Tigrinya. Could we
hold the usual domestic medical screening blocks (TB, hepatitis B,
vaccines, lead for the under-6s) on the Tuesday and Thursday mornings?

I'll send names and A-numbers through the secure portal once they've
landed. Interpreters are booked through LinguaBridge.

Best,
Farid Noori
Health Liaison, New Horizons Resettlement
"""
    return mail(A("Farid Noori", "fnoori@newhorizons.example.org"),
                A("Refugee Health Clinic", "refugeehealth@fenwickchc.example.org"),
                "March arrivals - domestic screening blocks", D(2026, 3, 3, 9, 15), text(body), client="gmail")


@add("none", "mlp-partner-newsletter-spring", "Medical-legal partnership newsletter about disability appeals and benefits denials; no client.")
def _():
    body = """MARLOW LEGAL AID SOCIETY -- Medical-Legal Partnership Update, Spring 2026

Wins this quarter
  * 41 SSI/SSDI appeals filed, 18 approved at reconsideration.
  * 23 housing conditions cases (mold, no heat) resolved with repairs.
  * 9 utility shut-offs stopped with medical certificates.

Practice tip for clinicians
  When you write a letter for a disability appeal, describe function,
  not just diagnosis: "cannot stand more than 10 minutes due to COPD and
  neuropathy" is more useful than "has COPD".

Training
  "Public charge and health benefits: what changed" -- May 12, noon.

Refer a patient: mlp@marlowlegalaid.example.org | 555-0124
"""
    htm = htmlize(body).replace("<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n",
                                "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n<img src=\"cid:mlp-logo@marlowlegalaid.example.org\" alt=\"Marlow Legal Aid\" width=\"8\" height=\"8\">\n")
    rel = MP("related", [alt(body, htm), P("image/png", png(), cid="mlp-logo@marlowlegalaid.example.org", filename="mla-logo.png", disp="inline")],
             params=[("type", "multipart/alternative")])
    return mail(A("Marlow Legal Aid MLP", "mlp@marlowlegalaid.example.org"),
                A("MLP Clinic Partners", "mlp-partners@marlowlegalaid.example.org"),
                "MLP Update - Spring 2026", D(2026, 4, 20, 7, 45), rel, client="system")


@add("none", "hospital-visitation-volunteer-rota", "Church visitation volunteer rota with volunteer names and hospital floors only; no patient named.")
def _():
    body = """Dear Care Team,

Here's the hospital and nursing home visitation rota for May. If you
can't make your slot, text Deacon Ray at 555-0119.

Sun 5/3   Marlow General (floors 4-6)      Ruth & Harold Simms
Sun 5/10  Oak Terrace Nursing Home         Lydia Park
Sun 5/17  Marlow General (floors 4-6)      Deacon Ray Booker
Sun 5/24  Oak Terrace Nursing Home         Ruth Simms, Nadia Grant
Sun 5/31  Hospice House                    Pastor Elaine & Deacon Ray

Communion kits are in the vestry cabinet. Please remember: what we hear
on visits stays with us, and we never post about anyone we visit.

In Christ,
Elaine Morrow, Associate Pastor
Grace Fellowship Church
"""
    return mail(A("Pastor Elaine Morrow", "emorrow@gracefellowship.example.org"),
                A("Care Team", "careteam@gracefellowship.example.org"),
                "May visitation rota", D(2026, 4, 27, 19, 10), text(body), client="apple")


@add("none", "mutual-aid-insulin-fund-update", "Mutual-aid fundraiser update with aggregate totals for an insulin and prescription fund; no recipient named.")
def _():
    body = """Hi neighbors!

The Eastside Mutual Aid insulin & prescriptions fund raised $4,215 in
April from 96 donors. We covered copays or cash prices for 31 neighbors
(insulin, inhalers, blood pressure meds, one EpiPen two-pack) and
delivered 18 pharmacy pickups for folks without rides.

We never share who got help. If you need help, fill out the request form
or call the hotline 555-0145.

Next fund drive: the block party on May 30!

in solidarity,
EMAN coordinating circle
"""
    return mail(A("Eastside Mutual Aid", "hello@eastsidemutualaid.example.net"),
                A("EMAN Supporters", "supporters@eastsidemutualaid.example.net"),
                "April: $4,215 raised for insulin & Rx fund", D(2026, 5, 2, 17, 33), text(body, flowed=True), client="gmail")


@add("none", "reentry-board-minutes-aggregate", "Reentry programme board minutes with aggregate release and Medicaid-enrolment counts.")
def _():
    body = """SECOND DOOR REENTRY PROJECT - Board of Directors, minutes (draft)
Meeting of June 17, 2026

Present: T. Adeyemi (chair), L. Ford, M. Ibarra, S. Kowal, J. Reyes.

Program report (Exec. Director):
- 22 participants released from Marlow County Detention Center in May;
  14 had Medicaid active on the day of release (64%), up from 41%.
- 9 of 11 participants who started medication for opioid use disorder in
  custody kept their first community appointment.
- Housing: 6 placed in recovery residences, 3 in supportive housing.

Finance: FY27 budget approved 5-0.
Next meeting: September 16.
"""
    return mail(A("Second Door Reentry", "board@seconddoor.example.org"),
                A("Board", "board-members@seconddoor.example.org"),
                "Draft minutes 6/17", D(2026, 6, 19, 12, 0),
                mixed(text("Draft minutes attached and below.\n\n" + body)), client="outlook")


@add("none", "treatment-court-graduation-invite", "Invitation to a treatment court graduation for community partners with a graduate count and no names.")
def _():
    body = """The Marlow County Adult Treatment Court invites our community partners
to celebrate nine graduates who have completed the program.

Friday, October 16, 2026 at 2:00 PM
Courtroom 3B, Marlow County Justice Center

Graduates have chosen to be recognized by first name only at the
ceremony; please do not photograph participants.

Light refreshments provided by Nourish Table Kitchen.
RSVP to the court coordinator, 555-0128.
"""
    return mail(A("Treatment Court Coordinator", "treatmentcourt@courts.marlowcounty.test"),
                A("Community Partners", "tc-partners@courts.marlowcounty.test"),
                "You're invited: Treatment Court graduation Oct 16", D(2026, 9, 28, 10, 0), alt(body), client="outlook")


@add("none", "ovr-employer-partner-newsletter", "Vocational rehabilitation newsletter for employers about accommodations; no client.")
def _():
    body = """State Office of Vocational Rehabilitation -- Employer Partner News

Reasonable accommodations cost less than you think. Half of the
accommodations our counselors arranged last year cost nothing; the
median cost of the rest was $300. Examples: a screen reader licence, a
sit-stand desk, a flexible start time for dialysis days, a job coach for
the first month.

Hiring event: Fenwick Career Center, July 22, 10-2.
Work-based learning: paid summer internships for students with
disabilities, 8 weeks, wages covered by OVR.

Contact your business relations specialist: 555-0167.
"""
    return mail(A("OVR Business Relations", "business@ovr.state.test"),
                A("Employer Partners", "employers@ovr.state.test"),
                "Employer Partner News - July", D(2026, 7, 1, 8, 0), alt(body), client="system")


@add("none", "school-hygiene-kit-drive", "School social worker's hygiene-kit drive request; no student identified.")
def _():
    body = """Hi families and staff!

Ms. Delgado here, school social worker at Pine Street Elementary. Our
hygiene closet is running low. We're collecting:

- toothbrushes and toothpaste
- deodorant, shampoo, body wash
- period products
- new socks and underwear (kids sizes 6-14)

Drop-offs in the front office through Friday 3/13. Anything helps!
Thank you for taking care of our Panthers.

Lucia Delgado, MSW
Pine Street Elementary, 555-0140 x212
"""
    return mail(A("Lucia Delgado", "ldelgado@fenwickschools.example.org"),
                A("Pine Street Families", "pinestreet-families@fenwickschools.example.org"),
                "Hygiene closet drive this week!", D(2026, 3, 9, 7, 50), alt(body), client="gmail")


@add("none", "riverbend-provider-network-update", "Medicaid MCO provider newsletter with prior-auth changes, CPT codes and HbA1c measures; no member.")
def _():
    body = """RIVERBEND HEALTH PLAN -- Provider Network Update, Q3 2026

Prior authorization changes effective 9/1/2026
  * Removed: CPT 97110 (therapeutic exercise) first 12 visits.
  * Added: continuous glucose monitors (HCPCS E2103) now need PA after
    the first 90 days.
  * Community health worker services (CPT 98960-98962) are payable when
    ordered by a treating provider.

HEDIS reminder: glycemic status (HbA1c) < 8.0 and controlling blood
pressure < 140/90 remain in our quality bonus.

Social needs: members can self-refer to medically tailored meals for
up to 12 weeks after a heart failure or diabetes admission.

Provider Services 555-0180 | https://providers.riverbendhp.example.com
"""
    return mail(A("Riverbend Provider Relations", "provider.news@riverbendhp.example.com"),
                A("", "office@fenwickchc.example.org"),
                "Provider Network Update Q3 2026 - PA changes 9/1", D(2026, 8, 4, 6, 30),
                alt(body), client="system")


@add("none", "alder-rfp-recovery-housing", "Funder RFP for HIV prevention and recovery housing programmes; no individual.")
def _():
    body = """The Alder Foundation invites proposals under two tracks:

Track A -- HIV prevention and PrEP navigation in non-clinical settings
  (barbershops, faith communities, harm-reduction sites). Up to $150,000
  over two years.
Track B -- Recovery housing for people leaving detention with opioid use
  disorder, including residences that accept medication (methadone,
  buprenorphine). Up to $250,000 over two years.

Letters of intent due August 14. Informational webinar July 21 at noon.
Full RFP: https://alderfoundation.example.org/rfp/2026-hr

Please do not send client stories with identifying details in proposals.
"""
    return mail(A("Alder Foundation Grants", "grants@alderfoundation.example.org"),
                A("Grantee Network", "network@alderfoundation.example.org"),
                "RFP: HIV prevention & recovery housing (LOI due Aug 14)", D(2026, 7, 7, 9, 0), alt(body), client="system")


@add("none", "nemt-vehicle-inspection-reminder", "NEMT vendor's vehicle inspection reminder with VINs and plate numbers; no member.")
def _():
    body = """Fleet,

Annual broker inspections are due by 9/30. Units still outstanding:

Unit 14  2022 Ford Transit (WAV)   plate TRX-4471   VIN 1FTBW9CK0NKA00214
Unit 19  2021 Toyota Sienna        plate TRX-5902   VIN 5TDKZ3DC1MS000419
Unit 22  2023 Ford Transit (WAV)   plate TRX-6610   VIN 1FTBW9CK3PKA00522

Book with Gary at the yard. Bring the wheelchair securement straps and
the fire extinguisher tag.

Dispatch, Pronto Medical Rides
"""
    return mail(A("Pronto Dispatch", "dispatch@prontorides.example.com"),
                A("Drivers", "drivers@prontorides.example.com"),
                "Broker inspections due 9/30", D(2026, 9, 1, 6, 55), text(body), client="android")


@add("none", "interpreter-certification-renewal", "Interpreter's own certification renewal reminder with a credential number; no patient.")
def _():
    body = """Dear Hoa Nguyen,

Your Certified Healthcare Interpreter credential (no. CHI-VI-20417)
expires on 12/31/2026. To renew, submit 32 continuing education hours
(at least 4 in ethics) through your account by November 30.

Upcoming approved courses:
  - Interpreting in behavioral health settings (6 h)
  - Oncology terminology refresher (4 h)
  - Sight translation of discharge instructions (3 h)

Credentialing Services
Council for Healthcare Interpreter Certification (example)
"""
    return mail(A("CHIC Credentialing", "credentialing@chic-cert.example.org"),
                A("Hoa Nguyen", "hoa.nguyen@linguabridge.example.com"),
                "Your CHI credential expires 12/31/2026", D(2026, 9, 15, 5, 0), alt(body), client="system")


@add("none", "diabetes-pantry-program-description", "Food bank's description of its diabetes-friendly pantry programme for clinic partners; no client.")
def _():
    body = """Hello clinic partners,

A reminder about the Healthy Pantry program at Marlow County Food Bank.
Patients with diabetes, prediabetes or hypertension who screen positive
for food insecurity can pick up a box twice a month: whole grains, low
sodium canned goods, fresh produce, lean protein and a recipe card.

To refer, have the patient bring the one-page "food prescription" (no
diagnosis needed on it -- just check "Healthy Pantry"). Pickups at
Depot St Tue/Thu 2-6 pm or the mobile pantry at Fenwick CHC on the
second Saturday.

Warmly,
Priya Raman, Nutrition Programs Manager
"""
    return mail(A("Priya Raman", "praman@marlowfood.example.org"),
                A("Clinic Partners", "clinicpartners@marlowfood.example.org"),
                "Healthy Pantry referrals - reminder", D(2026, 1, 28, 13, 0), text(body), client="outlook")


@add("none", "mtm-menu-cycle-update", "Medically tailored meals vendor's menu update with renal/cardiac/diabetic nutrition figures; no member.")
def _():
    h = """<html><body>
<p>Hi partners,</p>
<p>The <b>fall menu cycle</b> starts Monday 9/14. Highlights:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Menu</th><th>Entree (wk 1)</th><th>Sodium</th><th>Carbs</th><th>Potassium</th></tr>
<tr><td>Cardiac (2 g Na)</td><td>Herb chicken, farro, green beans</td><td>480 mg</td><td>42 g</td><td>610 mg</td></tr>
<tr><td>Diabetic</td><td>Turkey chili, side salad</td><td>560 mg</td><td>35 g</td><td>720 mg</td></tr>
<tr><td>Renal</td><td>Lemon tilapia, white rice, carrots</td><td>390 mg</td><td>48 g</td><td>330 mg</td></tr>
<tr><td>Soft / pureed</td><td>Shepherd's pie</td><td>510 mg</td><td>40 g</td><td>580 mg</td></tr>
</table>
<p>Allergen matrix attached to the portal. Questions: 555-0152.</p>
<p>&mdash; Nourish Table Kitchen, Culinary &amp; Dietetics</p>
</body></html>
"""
    return mail(A("Nourish Table Kitchen", "dietetics@nourishtable.example.net"),
                A("MTM Partners", "partners@nourishtable.example.net"),
                "Fall menu cycle starts 9/14", D(2026, 9, 8, 11, 0), html(h), client="system")


@add("none", "housing-first-conference-cfp", "Conference call-for-proposals on Housing First and medical respite; no individual.")
def _():
    body = """CALL FOR PROPOSALS
Regional Housing & Health Summit -- November 5-6, 2026, Fenwick

Tracks: Housing First outcomes; medical respite and recuperative care;
hospital-to-shelter discharge; harm reduction in supportive housing;
Medicaid housing-related supports (1115 waivers); lived experience
leadership.

Sessions are 60 minutes. Proposals due July 31.
Submit: https://summit.housinghealth.example.org/cfp

Presenters: no client photographs or identifying stories without
written consent.
"""
    return mail(A("Housing & Health Summit", "cfp@housinghealth.example.org"),
                A("", "icarvalho@bridgeway.example.org"),
                "CFP open: Regional Housing & Health Summit", D(2026, 6, 15, 8, 0), alt(body), client="system")


@add("none", "overdose-coalition-minutes-zip-data", "Coalition minutes with aggregate overdose deaths by ZIP code and xylazine trends.")
def _():
    body = """Marlow Overdose Prevention Coalition -- minutes, 8/11

Data (Medical Examiner, provisional, Jan-Jul 2026):
  Total overdose deaths: 47 (same period 2025: 61)
  By ZIP: 00101 -- 14, 00103 -- 11, 00107 -- 9, other -- 13
  Fentanyl involved: 89%. Xylazine co-detected: 34%.
  Non-fatal ED visits for overdose: 312.

Naloxone vending machines: 4 installed, 1,180 kits dispensed.

Action items:
  - Safe Passage to map vending machine use vs. ZIP data (JP).
  - Health department to release the Q3 dashboard by 10/15.

Next meeting 9/8, 3 pm, Library Room B.
"""
    return mail(A("Coalition Secretary", "secretary@marlowodcoalition.example.org"),
                A("Coalition Members", "members@marlowodcoalition.example.org"),
                "Minutes 8/11 + provisional overdose data", D(2026, 8, 12, 10, 20), text(body), client="gmail")
# ------------------------------------------------- none (B): not in English
@add("none", "flyer-hepatitis-c-testing-es", "Spanish flyer for a free hepatitis C and HIV testing day; no individual.", lang="es")
def _():
    body = """¡PRUEBAS GRATUITAS DE HEPATITIS C Y VIH!

Sábado 18 de abril, de 10:00 a 14:00
Iglesia San Martín de Porres, salón parroquial, 410 Calle Ríos, Fenwick

* Resultado de hepatitis C en 20 minutos
* Prueba rápida de VIH, confidencial
* Información sobre el tratamiento de la hepatitis C, que hoy se cura
  en 8 a 12 semanas
* No se necesita seguro médico ni papeles

Organizan: Safe Passage Reducción de Daños y el Centro de Salud
Comunitario de Fenwick. Información: 555-0188.
"""
    return mail(A("Safe Passage", "info@safepassage.example.org"),
                A("Parroquia San Martín", "oficina@sanmartin.example.org", cs="iso-8859-1", mode="Q"),
                "Volante: pruebas gratuitas de hepatitis C y VIH (18 de abril)", D(2026, 4, 2, 15, 0),
                text(body, charset="iso-8859-1", cte="quoted-printable"), client="outlook", subj_cs="iso-8859-1", subj_mode="Q", lang="es-US")


@add("none", "wic-office-closure-es", "Spanish WIC office closure notice to all participants; no individual.", lang="es")
def _():
    body = """Aviso del Programa WIC del Condado de Marlow

La clínica WIC de la calle Depot estará cerrada el lunes 25 de mayo por
el Día de los Caídos. Las citas de ese día se pasarán al martes 26. Si
necesita cambiar su cita, llame al 555-0161.

Recuerde: puede cargar sus beneficios en la tarjeta eWIC desde la
aplicación sin venir a la oficina.

Programa WIC - Departamento de Salud del Condado de Marlow
Esta institución es un proveedor que ofrece igualdad de oportunidades.
"""
    return mail(A("WIC Condado de Marlow", "wic@health.marlowcounty.test"),
                A("Participantes WIC", "wic-participantes@health.marlowcounty.test"),
                "Clínica WIC cerrada el 25 de mayo", D(2026, 5, 18, 8, 0),
                text(body, charset="utf-8", cte="8bit"), client="system")


@add("none", "health-fair-flyer-vi", "Vietnamese community health fair flyer (blood pressure, diabetes screening); no individual.", lang="vi")
def _():
    body = """NGÀY HỘI SỨC KHỎE CỘNG ĐỒNG

Chủ Nhật, ngày 14 tháng 6, 9 giờ sáng - 1 giờ chiều
Chùa Phước Huệ, 88 đường Maple, Fenwick

- Đo huyết áp và thử đường huyết miễn phí
- Chích ngừa cúm và viêm gan B
- Tư vấn bảo hiểm Medicaid và chương trình thực phẩm
- Có thông dịch viên tiếng Việt

Do Mạng lưới Chăm sóc Cộng đồng Bridgeway và Trung tâm Y tế Cộng đồng
Fenwick tổ chức. Liên lạc: cô Hạnh, 555-0114.
"""
    return mail(A("Trần Thị Hạnh", "hanh.tran@bridgeway.example.org"),
                A("Cộng đồng Việt Fenwick", "congdong@vietfenwick.example.org"),
                "Ngày hội sức khỏe cộng đồng 14/6", D(2026, 6, 1, 20, 10),
                text(body, charset="utf-8", cte="base64"), client="gmail")


@add("none", "ramadan-diabetes-workshop-so", "Somali community workshop announcement about diabetes during Ramadan; no individual.", lang="so")
def _():
    body = """Aqoon-is-weydaarsi: Sonkorowga iyo Soonka Ramadaanka

Goorma: Sabti, 7 Febraayo 2026, 11:00 subaxnimo
Halkee: Masjid Al-Noor, qolka waxbarashada, 52 Harbor Ave, Fenwick

Dhakhtar iyo kalkaaliye caafimaad ayaa ka hadli doona:
- sida loo soomo si badbaado leh haddii aad qabto sonkorow
- goorma la jebiyo soonka haddii sonkorta hoos u dhacdo
- daawooyinka iyo waqtiyada la qaato

Waa bilaash. Cunto fudud ayaa la heli doonaa.
Wixii su'aalo ah: Xaliimo, 555-0116.
"""
    return mail(A("Xaliimo Warsame", "xwarsame@bridgeway.example.org"),
                A("Guddiga Caafimaadka Masjid Al-Noor", "health@alnoor.example.org"),
                "Aqoon-is-weydaarsi sonkorowga iyo Ramadaanka - 7 Feb", D(2026, 1, 29, 18, 0),
                text(body, charset="utf-8", cte="quoted-printable"), client="gmail")


@add("none", "refugee-orientation-insurance-ar", "Arabic orientation notice for refugees about health insurance in general; no individual.", lang="ar")
def _():
    body = """جلسة تعريفية للقادمين الجدد

يسر وكالة نيو هورايزنز لإعادة التوطين دعوتكم إلى جلسة تعريفية حول
التأمين الصحي (ميديكيد) وكيفية حجز موعد مع الطبيب وخدمة المترجم
المجانية.

الموعد: الأربعاء 11 مارس، الساعة الخامسة مساءً
المكان: مكتب الوكالة، 120 شارع ووتر، فينويك

سيتم توفير مترجم وخدمة رعاية الأطفال.
للاستفسار: 555-0118
"""
    return mail(A("نيو هورايزنز", "info@newhorizons.example.org", cs="windows-1256"),
                A("", "arrivals@newhorizons.example.org"),
                "جلسة تعريفية حول التأمين الصحي", D(2026, 3, 4, 10, 0),
                text(body, charset="windows-1256", cte="base64"), client="outlook", subj_cs="windows-1256")


@add("none", "vaccine-clinic-flyer-ht", "Haitian Creole flyer for a community flu and COVID vaccine clinic; no individual.", lang="ht")
def _():
    body = """KLINIK VAKSEN GRATIS

Vaksen grip ak COVID pou tout moun ki gen 6 mwa oswa plis.

Ki lè: Samdi 17 oktòb, 9è - 1è
Ki kote: Legliz Batis Nouvo Jerizalèm, 77 Pearl St, Fenwick

Ou pa bezwen asirans. Ou pa bezwen randevou.
Gen moun ki pale kreyòl ki la pou ede w.

Pou plis enfòmasyon rele Manouchka nan 555-0117.
"""
    return mail(A("Manouchka Pierre-Louis", "mpierrelouis@bridgeway.example.org"),
                A("Legliz Nouvo Jerizalèm", "legliz@nouvojerizalem.example.org"),
                "Klinik vaksen gratis 17 oktòb", D(2026, 10, 5, 12, 30),
                text(body, charset="utf-8", cte="quoted-printable"), client="iphone")


@add("none", "meals-menu-seniors-zh", "Chinese-language weekly menu for a senior Meals on Wheels site with low-salt options; no individual.", lang="zh")
def _():
    body = """华人长者送餐服务 本周菜单 (3月9日至13日)

星期一  清蒸鱼、糙米饭、炒青菜 (低盐)
星期二  番茄牛肉、米饭、冬瓜汤
星期三  香菇鸡、杂粮饭、西兰花 (糖尿病餐可选)
星期四  豆腐蔬菜、面条
星期五  卤鸡腿、米饭、紫菜汤

需要低盐、糖尿病或软食餐的长者，请由家属提前一周通知。
送餐志愿者如有问题请联系李女士 555-0133。
"""
    return mail(A("李美华", "meihua.li@marlowmow.example.org", cs="gb2312"),
                A("", "chinese-seniors@marlowmow.example.org"),
                "本周送餐菜单 3月9日-13日", D(2026, 3, 6, 9, 0),
                text(body, charset="gb2312", cte="base64"), client="outlook", subj_cs="gb2312")


@add("none", "liheap-utility-assistance-ru", "Russian notice about utility bill assistance and medical certificates in general; no individual.", lang="ru")
def _():
    body = """Помощь с оплатой отопления и электричества (LIHEAP)

С 1 ноября открыт приём заявлений на помощь с оплатой коммунальных
услуг. Если в вашей семье кто-то пользуется кислородным концентратором
или другим медицинским оборудованием, попросите врача заполнить
медицинскую справку для электрокомпании: она временно защищает от
отключения.

Приём документов: вторник и четверг, 10:00-15:00,
общественный центр "Дружба", 15 Oak St, Фенвик.
Телефон: 555-0127 (говорим по-русски).
"""
    return mail(A("Центр Дружба", "info@druzhba-center.example.org", cs="koi8-r"),
                A("Рассылка общины", "obshchina@druzhba-center.example.org", cs="koi8-r"),
                "Помощь с оплатой коммунальных услуг", D(2026, 10, 28, 14, 0),
                text(body, charset="koi8-r", cte="8bit"), client="thunderbird", subj_cs="koi8-r")


@add("none", "welcome-packet-health-prs", "Dari welcome message for new arrivals explaining the health screening process in general; no individual.", lang="prs")
def _():
    body = """خوش آمدید به فنویک!

در هفته‌های اول، همه اعضای خانواده برای معاینه صحی به کلینیک صحی
اجتماعی فنویک می‌روند. این معاینه رایگان است و شامل آزمایش توبرکلوز،
هپاتیت، واکسین‌ها و معاینه عمومی می‌شود.

ترجمان دری برای شما آماده است. اگر موتر ندارید، دفتر ما برای شما
ترانسپورت ترتیب می‌کند.

با احترام،
فرید نوری، هماهنگ‌کننده صحت
نیو هورایزنز
"""
    return mail(A("فرید نوری", "fnoori@newhorizons.example.org"),
                A("", "arrivals-dari@newhorizons.example.org"),
                "خوش آمدید - معلومات در مورد معاینه صحی", D(2026, 3, 20, 11, 0),
                text(body, charset="utf-8", cte="base64"), client="gmail")


@add("none", "support-group-flyer-uk", "Ukrainian flyer for a community stress and grief support group; no individual.", lang="uk")
def _():
    body = """Група підтримки для українців у Фенвіку

Війна, переїзд, розлука з рідними — це важко. Запрошуємо на зустрічі
групи підтримки, де можна поговорити про стрес, тривогу та втрату.
Групу веде психологиня, яка говорить українською.

Щочетверга о 18:30, бібліотека Фенвіка, кімната 2.
Безкоштовно, без запису. Конфіденційно.

Якщо вам погано прямо зараз, телефонуйте або пишіть 988.
Контакт: Оксана, 555-0129.
"""
    return mail(A("Оксана Мельник", "oksana.melnyk@ukrhelp.example.org", cs="windows-1251"),
                A("Українська громада Фенвіка", "hromada@ukrhelp.example.org", cs="windows-1251"),
                "Група підтримки щочетверга", D(2026, 2, 3, 19, 45),
                text(body, charset="windows-1251", cte="quoted-printable"), client="thunderbird", subj_cs="windows-1251", subj_mode="Q")


@add("none", "marlow-211-newsletter-es", "Spanish 2-1-1 newsletter (HTML) about mental health and food resources; no individual.", lang="es")
def _():
    h = """<html><body style="font-family:Arial">
<h2>Boletín 2-1-1 Marlow &mdash; Marzo</h2>
<p><b>¿Se siente abrumado?</b> Llame o envíe un mensaje al 988 para hablar con
un consejero en español, las 24 horas.</p>
<p><b>Despensas móviles</b>: todos los sábados en el Centro de Salud de Fenwick
y el segundo martes en la escuela Pine Street.</p>
<p><b>Ayuda con el alquiler</b>: el fondo de emergencia abre el 1 de abril.</p>
<p><b>Transporte a citas médicas</b>: si tiene Medicaid, pida su viaje al
menos 2 días antes.</p>
<p>Marque 2-1-1 o escriba su código postal al 898211.</p>
</body></html>
"""
    return mail(A("2-1-1 Marlow", "boletin@marlow211.example.org"),
                A("Suscriptores", "boletin-es@marlow211.example.org"),
                "Boletín 2-1-1 de marzo: salud mental, despensas y más", D(2026, 3, 2, 7, 0),
                html(h), client="system")


@add("none", "chw-job-posting-vi", "Vietnamese job posting for a community health worker; no individual.", lang="vi")
def _():
    body = """TUYỂN DỤNG: Nhân viên Y tế Cộng đồng (nói tiếng Việt)

Bridgeway Community Care Network đang tuyển nhân viên toàn thời gian.
Công việc: thăm nhà, hướng dẫn người bệnh tiểu đường và cao huyết áp,
giúp gia hạn Medicaid, đặt xe đưa đón đi khám bệnh.

Yêu cầu: nói thạo tiếng Việt và tiếng Anh, có bằng lái xe.
Lương: 24,50 - 27,00 USD/giờ, có bảo hiểm y tế.

Nộp đơn: https://careers.bridgeway.example.org/chw-vi
"""
    return mail(A("Bridgeway Careers", "careers@bridgeway.example.org"),
                A("Báo Cộng Đồng", "quangcao@baocongdong.example.net"),
                "Đăng tuyển: Nhân viên Y tế Cộng đồng", D(2026, 6, 3, 9, 0),
                alt(body, cte="quoted-printable"), client="system")


@add("none", "senior-center-flu-day-ko", "Korean senior-centre notice about a flu-shot day; no individual.", lang="ko")
def _():
    body = """한인 노인회 회원 여러분께

10월 22일(목) 오전 10시부터 12시까지 노인회관에서 독감 예방접종을
실시합니다. 메디케어 카드와 신분증을 꼭 지참해 주십시오.
통역 봉사자가 함께합니다.

점심은 평소대로 12시 30분에 제공됩니다.

한인 노인회 사무국 555-0135
"""
    return mail(A("한인 노인회", "office@koreanseniors.example.org", cs="euc-kr"),
                A("", "members@koreanseniors.example.org"),
                "독감 예방접종 안내 (10월 22일)", D(2026, 10, 13, 10, 0),
                text(body, charset="euc-kr", cte="base64"), client="outlook", subj_cs="euc-kr")


@add("none", "pantry-volunteer-shifts-tl", "Tagalog food-bank volunteer shift list with volunteer names; no client.", lang="tl")
def _():
    body = """Magandang araw, mga boluntaryo!

Narito ang iskedyul para sa mobile pantry sa Sabado, Hulyo 11:

7:30  Pag-aayos ng mga mesa ....... Rodel, Marites, Jun
8:30  Pagrehistro ................. Ate Lorna, Carmela
9:00  Pamimigay ng pagkain ........ lahat
11:30 Paglilinis .................. Jun, Paolo

Paalala: may hiwalay na kahon para sa mga diabetic-friendly at
gluten-free. Huwag kalimutan ang sumbrero at tubig!

Salamat po,
Carmela Bautista, Marlow County Food Bank
"""
    return mail(A("Carmela Bautista", "cbautista@marlowfood.example.org"),
                A("Filipino Volunteers", "fil-volunteers@marlowfood.example.org"),
                "Iskedyul ng boluntaryo - Sabado, Hulyo 11", D(2026, 7, 8, 21, 0),
                text(body, flowed=True), client="iphone")


@add("none", "reentry-resource-guide-pt", "Portuguese reentry resource guide listing methadone clinics, HIV testing and shelters; no individual.", lang="pt")
def _():
    body = """Guia de recursos para quem está saindo da prisão - Condado de Marlow

Saúde
  - Centro de Saúde Comunitário de Fenwick: consultas sem seguro, 555-0110
  - Willow Creek Recovery: tratamento com metadona e buprenorfina, 555-0125
  - Teste de HIV e hepatite C gratuito: Safe Passage, 555-0188

Moradia
  - Lantern House (abrigo de emergência), 555-0121
  - Casas de recuperação que aceitam medicação: pergunte ao Second Door

Documentos
  - Certidão de nascimento, identidade e cartão do Medicaid: Second Door
    ajuda com tudo. Ligue 555-0126.
"""
    return mail(A("Second Door Reentry", "info@seconddoor.example.org"),
                A("Parceiros", "parceiros@seconddoor.example.org"),
                "Guia de recursos em português", D(2026, 5, 6, 16, 0),
                mixed(text("Segue o guia atualizado.\n", charset="iso-8859-1"),
                      att("text/plain", nl(body).encode("iso-8859-1"), "guia_recursos_reentrada.txt", charset="iso-8859-1", cte="quoted-printable")),
                client="outlook")


@add("none", "interpreter-recruitment-fr", "French recruitment notice for medical interpreters; no patient.", lang="fr")
def _():
    body = """Bonjour à tous,

LinguaBridge recrute des interprètes en milieu médical pour le français,
le lingala et le swahili. Formation de 40 heures offerte (terminologie
médicale, éthique, confidentialité). Missions en clinique, à l'hôpital
et par vidéo.

Rémunération : 28 $ de l'heure, frais de déplacement remboursés.
Séance d'information : jeudi 5 mars à 18 h, bibliothèque de Fenwick.

Cordialement,
Amélie Kabasele
Coordinatrice du recrutement, LinguaBridge
"""
    return mail(A("Amélie Kabasele", "akabasele@linguabridge.example.com", cs="iso-8859-1", mode="Q"),
                A("Communauté francophone", "francophones@newhorizons.example.org"),
                "Recrutement : interprètes médicaux (français, lingala, swahili)", D(2026, 2, 20, 12, 0),
                text(body, charset="iso-8859-1", cte="quoted-printable"), client="outlook", subj_cs="iso-8859-1", subj_mode="Q", lang="fr-FR")


@add("none", "mutual-aid-meeting-sw", "Swahili mutual-aid meeting announcement about rides to clinics and food; no individual.", lang="sw")
def _():
    body = """Habari ndugu zetu,

Mkutano wa kikundi cha kusaidiana utafanyika Jumapili tarehe 19 Aprili
saa nane mchana katika ukumbi wa kanisa la Grace Fellowship.

Ajenda:
1. Usafiri wa kwenda kliniki na hospitali
2. Chakula cha msaada kwa familia mpya
3. Kujiandikisha kwa bima ya afya

Karibuni wote. Kwa maswali piga simu 555-0146.
"""
    return mail(A("Eastside Mutual Aid", "hello@eastsidemutualaid.example.net"),
                A("Jamii ya Waswahili", "jamii@eastsidemutualaid.example.net"),
                "Mkutano wa kusaidiana - Jumapili 19 Aprili", D(2026, 4, 14, 20, 0),
                text(body), client="gmail")


@add("none", "hepb-screening-church-zh-hant", "Traditional Chinese (Big5) church notice of a hepatitis B screening day; no individual.", lang="zh")
def _():
    body = """主內弟兄姊妹平安：

本教會將於五月三日主日崇拜後舉辦免費乙型肝炎篩檢及疫苗接種，
由芬威克社區健康中心的醫護人員主持。乙肝常常沒有症狀，
建議從未檢查過的成年人參加。

地點：副堂
時間：中午十二時至下午二時
查詢：陳姊妹 555-0137
"""
    return mail(A("芬威克華人教會", "office@fenwickchinesechurch.example.org", cs="big5"),
                A("會友", "members@fenwickchinesechurch.example.org"),
                "五月三日乙肝免費篩檢", D(2026, 4, 26, 21, 0),
                text(body, charset="big5", cte="8bit"), client="outlook", subj_cs="big5")


@add("none", "ramadan-food-distribution-ar", "Arabic flyer for a Ramadan food distribution with diabetic-friendly boxes; no individual.", lang="ar")
def _():
    body = """توزيع سلال رمضان الغذائية

بالتعاون مع بنك الطعام في مقاطعة مارلو، يوزع مسجد النور سلالاً غذائية
يوم السبت 14 فبراير من الساعة 10 صباحاً حتى 1 ظهراً.
تتوفر سلال مناسبة لمرضى السكري وسلال خالية من الغلوتين.

لا حاجة للتسجيل. يرجى إحضار أكياس.
"""
    return mail(A("لجنة الصحة - مسجد النور", "health@alnoor.example.org"),
                A("الجالية", "community@alnoor.example.org"),
                "توزيع سلال رمضان يوم السبت", D(2026, 2, 9, 17, 0),
                alt(body, cte="8bit"), client="iphone")


@add("none", "medicaid-renewal-workshop-es", "Spanish flyer for a Medicaid renewal help session at a library; no individual.", lang="es")
def _():
    body = """¿Le llegó la carta de renovación de Medicaid?

No pierda su seguro médico. Navegadores de Bridgeway le ayudan a llenar
la renovación, gratis y en español.

Miércoles 15 de julio, de 4:00 a 7:00 p. m.
Biblioteca de Fenwick, sala comunitaria

Traiga: la carta que recibió, talones de pago y su tarjeta de Medicaid.
Sin cita previa. Información: 555-0115.
"""
    return mail(A("Bridgeway Navegadores", "navegadores@bridgeway.example.org"),
                A("Biblioteca de Fenwick", "eventos@fenwicklibrary.example.org"),
                "Volante: ayuda con la renovación de Medicaid (15 de julio)", D(2026, 7, 1, 10, 0),
                alt(body, charset="iso-8859-1"), client="outlook")
# ------------------------------------------------------------ none (C)
@add("none", "staff-tb-test-annual-reminder", "All-staff reminder that annual TB screening is due; addressed to staff generally, no individual result.")
def _():
    body = """All Lantern House staff and regular volunteers,

Annual TB screening is due by March 31 for everyone who works in the
shelter or respite unit. Options:
  - IGRA blood test at Fenwick CHC employee health (Tue/Thu 8-10)
  - Skin test read 48-72 h later (Mon placement only)

Bring your completed symptom questionnaire. Copies of results go to HR,
not to your supervisor.

Thanks,
Nadine Oyelaran, RN
Shelter Health Services Coordinator
"""
    return mail(A("Nadine Oyelaran RN", "noyelaran@lanternhouse.example.org"),
                A("Lantern House Staff", "staff@lanternhouse.example.org"),
                "Reminder: annual TB screening due 3/31", D(2026, 3, 2, 8, 10), text(body), client="outlook")


@add("none", "lure-medicaid-benefits-suspended", "Phishing mail about 'your Medicaid benefits' sent to a generic address; no real person or care.")
def _():
    h = """<html><body>
<p>Dear Member,</p>
<p>Your <b>Medicaid Health Benefits</b> have been <span style="color:red">SUSPENDED</span>
due to incomplete verification of your medical records and prescriptions.</p>
<p>To avoid termination of coverage within 24 hours, verify your identity now:</p>
<p><a href="http://medicaid-verify.claims-portal.test/login">Verify My Benefits</a></p>
<p>Member Services Department</p>
</body></html>
"""
    return mail(A("Medicaid Member Services", "support@medicaid-verify.claims-portal.test"),
                A("", "info@lanternhouse.example.org"),
                "URGENT: Your Medicaid benefits are suspended", D(2026, 5, 11, 3, 42),
                html(h), client="plain")


@add("none", "casetrack-release-notes-4-12", "Case-management software release notes about SDOH fields and HIV/Part 2 segmentation; no client.")
def _():
    body = """CaseTrack 4.12 release notes

New
  * SDOH screening: AHC-HRSN and PRAPARE question sets, with Z-code
    suggestions (Z59.0 homelessness, Z59.41 food insecurity).
  * Consent: 42 CFR Part 2 records can be segmented per program; HIV
    status fields now require the "sensitive" role to view.
  * Closed-loop referrals to LinkCircle.

Fixed
  * HMIS export no longer drops the veteran status field.
  * Medicaid ID validation accepted 11 characters instead of 12.

Upgrade window: see the maintenance notice.
"""
    return mail(A("CaseTrack Product", "releases@casetrack.example.com"),
                A("", "admins@bridgeway.example.org"),
                "CaseTrack 4.12 is available", D(2026, 8, 10, 9, 0), alt(body), client="system")


@add("none", "linkcircle-zztest-referral", "Referral-platform test referral for a ZZTEST synthetic client; no real person.")
def _():
    body = """LinkCircle TEST ENVIRONMENT -- do not act on this referral

Referral #T-000912 (sandbox)
Client: ZZTEST, PATIENT ONE   DOB 01/01/1900
Need: Food - medically tailored meals (synthetic)
From: Fenwick CHC (sandbox)   To: Nourish Table Kitchen (sandbox)
Status: SENT -> ACCEPTED (auto)

This message was generated by the integration test suite run 2026-04-09.
"""
    return mail(A("LinkCircle Sandbox", "noreply@sandbox.linkcircle.example.com"),
                A("", "intake@nourishtable.example.net"),
                "[SANDBOX] New referral T-000912: ZZTEST, PATIENT ONE", D(2026, 4, 9, 14, 2), text(body), client="system")


@add("none", "linkcircle-new-referral-waiting", "Referral-platform notice that only says a referral is waiting; no client or need named.")
def _():
    body = """You have 1 new referral waiting in LinkCircle.

Log in to view it: https://app.linkcircle.example.com/inbox

For privacy, referral details are not included in e-mail.
"""
    return mail(A("LinkCircle", "noreply@linkcircle.example.com"),
                A("Lantern House Intake", "intake@lanternhouse.example.org"),
                "New referral in your LinkCircle inbox", D(2026, 4, 22, 10, 15), alt(body), client="system")


@add("none", "in-kind-wheelchair-donation-receipt", "In-kind donation receipt for wheelchairs and walkers from a company; no individual's care.")
def _():
    body = """Dear Ms. Farrow,

Thank you for Midvale Mobility's in-kind gift to the Ability Works loan
closet, received 2/12/2026:

  6 transport wheelchairs, 18 in.
  10 folding walkers with wheels
  4 shower chairs
  Estimated fair market value (donor-stated): $2,340

Ability Works did not provide goods or services in exchange. Please keep
this letter for your records.

Gratefully,
Omar Haddad, Development Director
Ability Works Center for Independent Living
"""
    return mail(A("Omar Haddad", "ohaddad@abilityworks.example.org"),
                A("Joan Farrow", "jfarrow@midvalemobility.example.com"),
                "Thank you - in-kind gift acknowledgement", D(2026, 2, 16, 11, 40), text(body), client="outlook")


@add("none", "volunteer-background-check-cleared", "Volunteer's background-check clearance with a volunteer ID; no health content.")
def _():
    body = """Hi Dev,

Good news -- your background check came back clear and your volunteer
badge is ready (Volunteer ID V-20931). Pick it up at the front desk and
sign up for the Saturday orientation. Respite unit volunteers also need
the 30-minute HIPAA module in the volunteer portal.

Marisa Quon
Volunteer Services, Lantern House
"""
    return mail(A("Marisa Quon", "mquon@lanternhouse.example.org"),
                A("Dev Malhotra", "dev.malhotra@mailbox.example.net"),
                "Background check cleared - welcome!", D(2026, 1, 12, 15, 30), text(body), client="gmail")


@add("none", "outreach-shift-swap-signature", "Staff shift-swap request with a harm-reduction outreach signature and disclaimer; no client.")
def _():
    body = """Hey Tasha, any chance you can take my Friday van shift (4-10pm)? I'll
take your Tuesday. Van needs gas, sorry.

Jamal

--
Jamal Pryce (he/him)
Harm Reduction Outreach Coordinator
Safe Passage Harm Reduction | 14 Canal St, Fenwick
Office 555-0188 | Outreach cell 555-0189
Syringe services, naloxone, HIV/HCV testing, MOUD navigation

""" + DISC + "\n"
    return mail(A("Jamal Pryce", "jpryce@safepassage.example.org"),
                A("Tasha Freeman", "tfreeman@safepassage.example.org"),
                "friday van?", D(2026, 5, 13, 11, 2), text(body), client="outlook")


@add("none", "part2-consent-policy-memo", "Agency policy memo on 42 CFR Part 2 consent and redisclosure; no individual.")
def _():
    lines = ["MEMORANDUM",
             "To: All Bridgeway care coordination staff",
             "From: Compliance Office",
             "Date: February 23, 2026",
             "Re: Updated handling of 42 CFR Part 2 records",
             "",
             "1. Records received from a Part 2 program (OTP, IOP, detox) must be",
             "   filed under the Part 2 segment in CaseTrack.",
             "2. Redisclosure requires the client's written consent unless the",
             "   single TPO consent covers it. Attach the notice of redisclosure.",
             "3. Do not forward Part 2 records by regular e-mail.",
             "4. Court and probation requests need a court order under subpart E.",
             "",
             "Questions: compliance@bridgeway.example.org"]
    return mail(A("Bridgeway Compliance", "compliance@bridgeway.example.org"),
                A("Care Coordination", "carecoord@bridgeway.example.org"),
                "Policy memo: Part 2 records (effective 3/1)", D(2026, 2, 23, 16, 0),
                mixed(text("Please read the attached memo before March 1.\n"), att("application/pdf", pdf(lines, "Part 2 memo"), "Memo_Part2_records_2026-02.pdf")), client="outlook")


@add("none", "jail-health-services-rfp-aggregate", "County RFP for jail health services with aggregate census and MOUD percentages; no detainee.")
def _():
    body = """MARLOW COUNTY -- REQUEST FOR PROPOSALS 2026-114
Comprehensive Health Services, Marlow County Detention Center

Facility profile (calendar 2025):
  Average daily population: 640 (12% female)
  Bookings: 11,900; median length of stay 6 days
  Receiving MOUD on an average day: 28% of ADP
  Intake screens positive for serious mental illness: 19%
  Chronic care clinic enrollment: diabetes 61, hypertension 140, HIV 9

Scope: intake screening, sick call, chronic care, MOUD continuation and
induction, psychiatric services, discharge planning with Medicaid
reactivation.

Pre-proposal conference: March 10, 10:00. Proposals due April 7.
Contact: purchasing@marlowcounty.test
"""
    return mail(A("Marlow County Purchasing", "purchasing@marlowcounty.test"),
                A("Vendor List", "vendors@lists.marlowcounty.test"),
                "RFP 2026-114 Detention Center Health Services", D(2026, 2, 17, 9, 0), text(body), client="system")


@add("none", "interpreter-open-assignments-board", "borderline: interpreter agency's open-assignment board lists clinic departments and times but no patient name or identifier.")
def _():
    h = """<html><body>
<p>Open assignments &mdash; please claim in the app. First come, first served.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Job</th><th>When</th><th>Where</th><th>Language</th><th>Dept</th></tr>
<tr><td>J-55102</td><td>Tue 3/17 09:00 (60 min)</td><td>Fenwick CHC</td><td>Dari</td><td>Pediatrics</td></tr>
<tr><td>J-55108</td><td>Tue 3/17 13:30 (90 min)</td><td>Marlow General</td><td>Somali</td><td>Oncology infusion</td></tr>
<tr><td>J-55111</td><td>Wed 3/18 10:00 (45 min)</td><td>Video</td><td>Vietnamese</td><td>Cardiology</td></tr>
<tr><td>J-55120</td><td>Thu 3/19 08:00 (120 min)</td><td>Marlow General</td><td>Haitian Creole</td><td>Labor &amp; delivery (on call)</td></tr>
</table>
<p>Reminder: never text patient names to the office line.</p>
<p>LinguaBridge Scheduling</p>
</body></html>
"""
    return mail(A("LinguaBridge Scheduling", "schedule@linguabridge.example.com"),
                A("Interpreters", "interpreters@linguabridge.example.com"),
                "Open assignments 3/17-3/19", D(2026, 3, 14, 17, 0), html(h), client="system")


@add("none", "nemt-no-show-rate-report", "NEMT broker's monthly no-show and on-time rates by vendor (aggregate).")
def _():
    csv = """vendor,trips,on_time_pct,member_no_show_pct,driver_no_show_pct,complaints
Pronto Medical Rides,3412,91.2,6.1,0.8,14
Fenwick Cab WAV,1180,87.5,7.4,1.9,9
CareLift Stretcher,212,95.3,2.8,0.0,1
Total,4804,90.4,6.3,1.1,24
"""
    return mail(A("RideWell Quality", "quality@ridewell.example.com"),
                A("Riverbend Health Plan - Transportation", "nemt@riverbendhp.example.com"),
                "March NEMT performance report", D(2026, 4, 6, 8, 30),
                mixed(text("Attached: March performance by vendor. Dialysis trips on-time 93.0%.\n"),
                      att("text/csv", csv, "ridewell_march_2026_performance.csv", charset="utf-8")), client="outlook")


@add("none", "wic-formula-recall-vendors", "WIC notice to grocery vendors about an infant-formula lot recall; lot numbers only.")
def _():
    body = """WIC VENDOR ALERT -- Infant formula recall

Remove from shelves immediately:
  Brand "SproutCare Gentle" powder 12.4 oz, lots 26A1174, 26A1175, 26A1183
  Use-by dates AUG 2027 - SEP 2027

eWIC will block these UPCs at 6:00 pm today. Participants may exchange
purchased cans at any WIC clinic. Post the attached sign at the register.

Marlow County WIC Vendor Management, 555-0162
"""
    return mail(A("WIC Vendor Management", "wic.vendors@health.marlowcounty.test"),
                A("Authorized WIC Vendors", "wic-vendors@health.marlowcounty.test"),
                "VENDOR ALERT: SproutCare Gentle formula recall", D(2026, 6, 23, 13, 5), text(body), client="system")


@add("none", "immunization-deadline-letter-template", "School district's form letter template about immunization deadlines with merge fields; no student.")
def _():
    body = """Dear Parent/Guardian of {{student_first_name}} {{student_last_name}},

State law requires that students have up-to-date immunizations (or a
valid exemption) on file by October 1. Our records show the following
may be missing: {{missing_vaccines}}.

Please bring the record to the school nurse or ask your doctor's office
to fax it to 555-0141. Free vaccines are available at Fenwick CHC.

Sincerely,
{{school_nurse_name}}, School Nurse
"""
    return mail(A("Fenwick Schools Health Services", "health.services@fenwickschools.example.org"),
                A("School Nurses", "nurses@fenwickschools.example.org"),
                "Template for this year's immunization letters (mail merge)", D(2026, 8, 24, 10, 0),
                text(body), client="outlook")


@add("none", "health-ministry-bp-screening-aggregate", "Faith-based health ministry report of a blood-pressure screening with aggregate counts only.")
def _():
    body = """Pastor and Health Ministry team,

Thank you for helping with Sunday's blood pressure screening after the
11:00 service. We screened 48 people. 11 had readings of 140/90 or
higher and were given the referral card for Fenwick CHC; 2 were over
180 and we called their doctors with their permission. We gave out 30
low-salt cookbooks.

Next screening: first Sunday of June.

Sister Beatrice Okafor, RN
Health Ministry, New Jerusalem Baptist Church
"""
    return mail(A("Beatrice Okafor", "bokafor@nouvojerizalem.example.org"),
                A("Health Ministry", "healthministry@nouvojerizalem.example.org"),
                "BP screening report", D(2026, 5, 4, 18, 20), text(body), client="iphone")


@add("none", "drug-checking-xylazine-alert", "Public harm-reduction alert about xylazine in the local supply; no individual.")
def _():
    body = """COMMUNITY DRUG ALERT -- Marlow County -- 7/29/2026

Drug checking at Safe Passage found XYLAZINE ("tranq") in 6 of 9
samples sold as fentanyl this week, and one sample with a nitazene.

What this means:
- Naloxone still works on the opioid part -- give it, then rescue
  breathe. Xylazine may keep someone sedated.
- Xylazine wounds: keep them clean and covered; get care early.
- Don't use alone. Never Use Alone line: 555-0190.

Free naloxone and test strips at 14 Canal St, 24/7 vending machine.
"""
    return mail(A("Safe Passage Alerts", "alerts@safepassage.example.org"),
                A("Community Alerts", "alerts-list@safepassage.example.org"),
                "DRUG ALERT: xylazine in local fentanyl supply", D(2026, 7, 29, 12, 0), alt(body), client="system")


@add("none", "respite-program-profile-for-funder", "Medical respite programme description for a funder with aggregate outcomes; no guest.")
def _():
    body = """Hi Renata,

As requested, a short profile of the Lantern House Medical Respite
program for your board packet:

- 10 beds for people experiencing homelessness who are too sick to
  recover on the street or in a shelter but do not need a hospital.
- Typical reasons: post-surgical recovery, IV antibiotics, wound care,
  new diabetes, chemotherapy.
- 2025: 141 admissions, median stay 19 days, 38% discharged to housing,
  30-day readmissions 11%.
- Nurse on site 7 days; Fenwick CHC provider visits twice a week.

Happy to host a site visit.
Ines
"""
    return mail(A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                A("Renata Osei", "rosei@alderfoundation.example.org"),
                "Medical respite profile for the board packet", D(2026, 2, 5, 14, 0), text(body), client="outlook")


@add("none", "supportive-housing-inspection-schedule", "Supportive housing unit inspection schedule with unit numbers and tenant notice; no health content.")
def _():
    body = """Ashgrove Residents,

Annual HQS unit inspections will take place next week. Staff will knock
and enter with the inspector between the times below.

Mon 6/8   9-12   Units 101-118
Mon 6/8   1-4    Units 201-218
Tue 6/9   9-12   Units 301-318
Tue 6/9   1-4    Units 401-412 and the community room

Please make sure smoke detectors are not covered. If you have a pet,
please keep it in a crate or bathroom.

Ashgrove Supportive Housing Property Management, 555-0154
"""
    return mail(A("Ashgrove Property Mgmt", "pm@ashgrovehousing.example.org"),
                A("Ashgrove Residents", "residents@ashgrovehousing.example.org"),
                "HQS inspections June 8-9", D(2026, 6, 1, 9, 0), text(body), client="outlook")


@add("none", "case-manager-ooo-988", "Case manager's out-of-office naming 988 and the crisis line; no client.")
def _():
    body = """Thank you for your message. I am out of the office until Monday, July 13
with limited access to e-mail.

For urgent client needs please contact the care coordination duty line
at 555-0113. If someone is in a mental health crisis, call or text 988.
In an emergency call 911.

Ines Carvalho, LCSW
"""
    return mail(A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                A("", "hmartin@riverbendhp.example.com"),
                "Automatic reply: care conference agenda", D(2026, 7, 6, 9, 1),
                text(body), client="outlook", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@add("none", "mlp-intake-form-template", "Legal aid intake questionnaire template with blank health and disability questions; no client.")
def _():
    doc = docx(["MEDICAL-LEGAL PARTNERSHIP REFERRAL FORM (blank)",
                "Patient/client name: __________________  DOB: __________",
                "Referring clinician: __________________  Clinic: __________",
                "Legal issue: [ ] Housing conditions [ ] Eviction [ ] Utility shut-off",
                "[ ] SSI/SSDI denial [ ] Medicaid denial [ ] Immigration [ ] Guardianship",
                "Health conditions relevant to the legal issue: ______________________",
                "Patient consents to sharing this form with Marlow Legal Aid: [ ] Yes",
                "Fax to 555-0125 or upload through the MLP portal."],
               "MLP referral form")
    return mail(A("Marlow Legal Aid MLP", "mlp@marlowlegalaid.example.org"),
                A("Fenwick CHC Social Work", "socialwork@fenwickchc.example.org"),
                "Fillable MLP referral form (updated)", D(2026, 1, 15, 10, 0),
                mixed(text("Hi all, here is the updated fillable referral form.\n\nMarlow Legal Aid\n"),
                      att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "MLP_referral_form_2026.docx")), client="outlook")


@add("none", "utility-past-due-notice-account", "Utility past-due notice to a customer with an account number and no medical content.")
def _():
    body = """Tri-County Electric Cooperative

Account number: 30-448812-07
Service address: 19 Birch Ln, Apt 2, Fenwick
Customer: Gloria Mendes

Past-due balance: $312.44
Disconnection may occur on or after: 12/04/2026

To avoid disconnection, pay online, call 555-0184 to set up a payment
arrangement, or ask about energy assistance programs.
"""
    return mail(A("Tri-County Electric", "billing@tricountyelectric.example.com"),
                A("Gloria Mendes", "gmendes@mailbox.example.net"),
                "Past-due notice for account ending 8812-07", D(2026, 11, 19, 5, 30),
                alt(body), client="system")


@add("none", "shelter-dog-vet-reminder", "Veterinary vaccine reminder for a shelter client's dog; pet care is not a person's health care.")
def _():
    body = """Hi Rico,

This is a reminder that Biscuit is due for his rabies and DHPP boosters.
The Pets of the Homeless clinic will be at Lantern House on Saturday
5/16, 10-1. No cost. Biscuit's last weight was 38 lb.

Fenwick Community Vet Clinic, 555-0153
"""
    return mail(A("Fenwick Community Vet Clinic", "reminders@fenwickvet.example.com"),
                A("Rico Alvarez", "ricoalvarez88@mailbox.example.net"),
                "Biscuit is due for vaccines", D(2026, 5, 9, 9, 0), text(body), client="system")


@add("none", "coworker-birthday-dob", "Office birthday card collection naming a coworker's birth date; no health content.")
def _():
    body = """Psst -- Hoa's birthday is Thursday (born 6/18/1979, she'll kill me for
sharing the year). Card is in my desk drawer, cake from Sunrise Bakery.
Chip in $5 if you can.

-Bev
"""
    return mail(A("Bev Lindqvist", "blindqvist@linguabridge.example.com"),
                A("Office", "office@linguabridge.example.com"),
                "card for Hoa", D(2026, 6, 15, 10, 44), text(body), client="outlook")


@add("none", "vendor-ach-bank-change", "Vendor's bank-account change request with routing and account numbers; no health content.")
def _():
    body = """Hello Accounts Payable,

Please update our remittance information effective immediately:

  Bank: Fenwick Savings Bank
  Routing: 990000017
  Account: 4471-2290-18
  Vendor: Pronto Medical Rides LLC (vendor no. 20417)

Signed letter on letterhead attached is to follow. Thank you.

Gina Russo, Office Manager
"""
    return mail(A("Gina Russo", "grusso@prontorides.example.com"),
                A("", "ap@ridewell.example.com"),
                "Updated ACH details - Pronto Medical Rides", D(2026, 3, 30, 16, 55), text(body), client="gmail")


@add("none", "hiv-testing-day-newsletter", "Newsletter about National HIV Testing Day events and PrEP in general; no individual.")
def _():
    body = """Lumen Clinic Community News -- June

National HIV Testing Day is June 27. Free rapid tests at:
  * Lumen Clinic, 9-5, walk in
  * Safe Passage van at Riverside Park, 12-4
  * Barbershop Night at Kings & Queens Cuts, 5-8

PrEP is one pill a day or a shot every two months, and most insurance
(including Medicaid) covers it. Ask our PrEP navigators.

Pride: join us at the festival booth on June 20!
"""
    return mail(A("Lumen Clinic", "news@lumenclinic.example.org"),
                A("Community list", "community@lumenclinic.example.org"),
                "June: HIV Testing Day, PrEP, Pride", D(2026, 6, 8, 10, 0), alt(body), client="system")


@add("none", "chna-survey-results-summary", "Community health needs assessment summary with aggregate survey percentages.")
def _():
    body = """Marlow County Community Health Needs Assessment 2026 -- key findings

1,640 residents surveyed (phone, web and intercept, 6 languages).

  Top concerns: housing costs (71%), mental health (58%), substance use
  (49%), access to dental care (33%).
  Food insecure in past 12 months: 22%.
  Skipped medication because of cost: 17%.
  Have a usual source of care: 76%.

Full report and ZIP-level tables will be posted in October. Please do
not cite the draft numbers publicly.
"""
    return mail(A("Marlow County Health Dept", "chna@health.marlowcounty.test"),
                A("CHNA Steering Committee", "chna-steering@health.marlowcounty.test"),
                "CHNA 2026 draft key findings", D(2026, 9, 2, 15, 0), text(body), client="outlook")


@add("none", "otp-holiday-hours-to-partners", "Methadone clinic's holiday dosing hours sent to partner agencies; display name is sensitive but no individual is concerned.")
def _():
    body = """To our community partners:

Willow Creek Recovery will have modified dosing hours for the holidays:

  Thu 11/26 (Thanksgiving)  dosing 6:00-9:00 am only
  Fri 11/27                 regular hours
  Thu 12/24                 6:00-11:00 am
  Fri 12/25                 6:00-9:00 am only

Patients have been informed and take-home schedules adjusted. Please
direct any questions to the front desk, 555-0125.

Willow Creek Recovery -- Opioid Treatment Program
"""
    return mail(A("Willow Creek Recovery - Methadone Clinic Front Desk", "frontdesk@willowcreekrecovery.example.org"),
                A("Community Partners", "partners@willowcreekrecovery.example.org"),
                "Holiday dosing hours", D(2026, 11, 16, 12, 0), text(body), client="outlook")


@add("none", "hiv-clinic-copier-service-request", "HIV clinic staff writing to a copier vendor; the display name and disclaimer are sensitive, no patient is concerned.")
def _():
    body = """Hi, our copier on the 2nd floor (serial KX-448120) is jamming on every
duplex job and showing error C-2557. Can someone come out this week?

Thanks,
Rosa

Rosa Jimenez
Front Office Lead, Lumen Clinic - HIV Care & PrEP Services
555-0157

""" + DISC + "\n"
    return mail(A("Lumen Clinic HIV Care - Rosa Jimenez", "rjimenez@lumenclinic.example.org"),
                A("Copyworks Service", "service@copyworks.example.com"),
                "Service request - copier jam error C-2557", D(2026, 3, 24, 9, 12), text(body), client="outlook")


@add("none", "mtm-invoice-to-mco-aggregate", "Medically tailored meals vendor's invoice to an MCO with aggregate meal and member counts only.")
def _():
    lines = ["Nourish Table Kitchen - INVOICE NT-2026-0033",
             "Bill to: Riverbend Health Plan, Social Needs Program",
             "Contract: RHP-MTM-2025-07   Service month: May 2026",
             "",
             "Meals delivered (all menus)         1,842  x  $11.75  =  $21,643.50",
             "Nutrition counselling sessions         46  x  $38.00  =   $1,748.00",
             "Delivery fee (rural ZIPs)              12  x  $15.00  =     $180.00",
             "",
             "Unique members served: 61   (member-level detail in the secure portal)",
             "TOTAL DUE: $23,571.50   Net 45"]
    return mail(A("Nourish Table Billing", "billing@nourishtable.example.net"),
                A("Riverbend Social Needs Program", "socialneeds@riverbendhp.example.com"),
                "Invoice NT-2026-0033 (May)", D(2026, 6, 5, 10, 0),
                mixed(text("Invoice attached.\n"), att("application/pdf", pdf(lines, "Invoice NT-2026-0033"), "NT-2026-0033.pdf")), client="outlook")


@add("none", "crisis-line-poster-order", "Order confirmation for 988 crisis-line posters and wallet cards; no individual.")
def _():
    body = """Thank you for your order!

Order #PP-90412
  250  Wallet card "Call or text 988" (English/Spanish)
  100  Poster 11x17 "You are not alone" (988)
   50  Poster 11x17 "Naloxone saves lives"
Ship to: Fenwick Schools Student Services, 400 School St
Estimated delivery: 3-5 business days.

PrintPath Promotional Products
"""
    return mail(A("PrintPath Orders", "orders@printpath.example.com"),
                A("Student Services", "studentservices@fenwickschools.example.org"),
                "Order confirmation PP-90412", D(2026, 8, 18, 14, 0), text(body), client="system")


@add("none", "sdoh-questionnaire-json-spec", "FHIR Questionnaire (SDOH screening) JSON with no patient; a spec file for an integration.")
def _():
    j = """{
  "resourceType": "Questionnaire",
  "id": "bridgeway-sdoh-v3",
  "status": "active",
  "title": "Bridgeway social needs screening v3",
  "item": [
    {"linkId": "housing", "text": "What is your living situation today?", "type": "choice"},
    {"linkId": "food", "text": "Within the past 12 months, did you worry that your food would run out?", "type": "choice"},
    {"linkId": "transport", "text": "Has lack of transportation kept you from medical appointments?", "type": "boolean"},
    {"linkId": "utilities", "text": "Has the electric, gas or water company threatened to shut off services?", "type": "boolean"}
  ]
}
"""
    return mail(A("Eli Brandt", "ebrandt@casetrack.example.com"),
                A("Bridgeway IT", "it@bridgeway.example.org"),
                "SDOH Questionnaire resource for the LinkCircle mapping", D(2026, 4, 1, 11, 11),
                mixed(text("Eli here -- the Questionnaire resource we will map to LinkCircle. No patient data.\n"),
                      att("application/fhir+json", j.encode(), "bridgeway-sdoh-v3.json")), client="thunderbird")


@add("none", "mh-newsletter-unsubscribe", "Unsubscribe confirmation from a mental-health newsletter; being on a list is not care.")
def _():
    body = """You have been unsubscribed from "Bluestem Behavioral Health - Wellness
Notes" (depression, anxiety and family wellbeing tips).

Address: t.nakamura@mailbox.example.net

If this was a mistake, resubscribe at
https://news.bluestem.example.org/subscribe
"""
    return mail(A("Bluestem Wellness Notes", "lists@news.bluestem.example.org"),
                A("", "t.nakamura@mailbox.example.net"),
                "Unsubscribe confirmation", D(2026, 1, 9, 22, 0), text(body), client="system")


# ------------------------------------------------ none: ordinary messages
@add("none", "potluck-signup-thursday", "Staff potluck sign-up; nothing about health or any client.")
def _():
    return mail(A("Tasha Freeman", "tfreeman@safepassage.example.org"), A("Safe Passage Staff", "staff@safepassage.example.org"),
                "potluck thursday!!", D(2026, 11, 17, 13, 0),
                text("Sign-up sheet is on the fridge. We need drinks and plates. I'm bringing my mac and cheese.\n\nT\n"), client="gmail")


@add("none", "fire-drill-notice", "Building fire drill notice.")
def _():
    return mail(A("Facilities", "facilities@bridgeway.example.org"), A("All Staff", "allstaff@bridgeway.example.org"),
                "Fire drill Wednesday 10:15", D(2026, 4, 13, 8, 0),
                text("There will be a fire drill Wednesday at 10:15. Please exit by the nearest stair and meet in the north lot.\n\nFacilities\n"), client="outlook")


@add("none", "parking-lot-repaving", "Parking lot repaving notice.")
def _():
    return mail(A("Ashgrove Property Mgmt", "pm@ashgrovehousing.example.org"), A("Staff", "staff@ashgrovehousing.example.org"),
                "Lot B closed Fri-Sat for repaving", D(2026, 7, 21, 9, 30),
                text("Lot B will be closed Friday and Saturday for repaving. Please use street parking or Lot A.\n"), client="outlook")


@add("none", "password-expiry-reminder", "IT password expiry reminder.")
def _():
    return mail(A("IT Service Desk", "servicedesk@bridgeway.example.org"), A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                "Your password expires in 5 days", D(2026, 5, 25, 6, 0),
                alt("Your network password will expire in 5 days. Change it at https://password.bridgeway.example.org before it expires.\n\nIT Service Desk, ext. 4400\n"), client="system")


@add("none", "printer-toner-order", "Office supply request for printer toner.")
def _():
    return mail(A("Sam Okonkwo", "sokonkwo@marlowmow.example.org"), A("Marlene Hobbs", "mhobbs@marlowmow.example.org"),
                "toner", D(2026, 2, 24, 15, 12),
                text("We're out of black toner for the HP in the back office (CF258A). Can you add it to the Staples order?\n\nSam\n\nSent from my iPhone\n"), client="iphone")


@add("none", "holiday-party-rsvp", "Holiday party RSVP request.")
def _():
    h = "<html><body><p>You're invited to the <b>Bridgeway holiday party</b>!</p><p>Friday Dec 11, 5-8 pm, Riverside Grange Hall. Families welcome. RSVP by Dec 4.</p></body></html>\n"
    return mail(A("Bridgeway Social Committee", "social@bridgeway.example.org"), A("All Staff", "allstaff@bridgeway.example.org"),
                "Holiday party Dec 11 - RSVP", D(2026, 11, 23, 11, 0), html(h), client="outlook")


@add("none", "office-move-boxes", "Office move logistics.")
def _():
    return mail(A("Omar Haddad", "ohaddad@abilityworks.example.org"), A("Ability Works Staff", "staff@abilityworks.example.org"),
                "Move to suite 300 - boxes arrive Monday", D(2026, 8, 28, 16, 0),
                text("Boxes and labels arrive Monday. Pack personal items by Thursday; movers come Friday at 7. IT will reconnect phones Saturday.\n\nOmar\n"), client="outlook")


@add("none", "van-keys-lost", "Question about lost van keys.")
def _():
    return mail(A("Phil Garza", "pgarza.mow@mailbox.example.net"), A("Marlene Hobbs", "mhobbs@marlowmow.example.org"),
                "keys??", D(2026, 6, 30, 12, 47),
                "Marlene did anyone turn in the keys to the white van? Think I left them on the cooler rack\n\nSent from my phone\n", client="android", mime=False)


@add("none", "wifi-network-change", "Guest Wi-Fi password change.")
def _():
    return mail(A("Lantern House IT", "it@lanternhouse.example.org"), A("Staff", "staff@lanternhouse.example.org"),
                "Guest wifi password changing", D(2026, 1, 5, 8, 30),
                text("The guest Wi-Fi (LanternGuest) password changes tonight to Welcome2026! Please update the sign in the day room.\n"), client="outlook")


@add("none", "staff-meeting-agenda", "Staff meeting agenda with no client details.")
def _():
    return mail(A("Dana Whitfield", "dwhitfield@bridgeway.example.org"), A("Community Programs", "programs@bridgeway.example.org"),
                "Agenda - Tuesday staff meeting", D(2026, 3, 16, 17, 0),
                text("1. Mileage forms\n2. New CHW onboarding\n3. Summer fair planning\n4. Van schedule\n5. Round robin\n\nDana\n"), client="outlook")


@add("none", "timesheet-reminder", "Payroll timesheet reminder.")
def _():
    return mail(A("Payroll", "payroll@linguabridge.example.com"), A("Interpreters", "interpreters@linguabridge.example.com"),
                "Timesheets due Monday noon", D(2026, 9, 25, 14, 0),
                text("Reminder: timesheets and mileage for the pay period ending 9/27 are due Monday at noon.\n"), client="system")


@add("none", "snow-closure-notice", "Weather closure notice.")
def _():
    return mail(A("Marlow Meals on Wheels", "office@marlowmow.example.org"), A("Volunteers", "volunteers@marlowmow.example.org"),
                "SNOW: no deliveries today, shelf-stable packs were sent Friday", D(2026, 1, 26, 5, 45),
                text("Roads are unsafe. No routes today. Clients received shelf-stable emergency packs on Friday. Stay warm!\n\nMarlene\n"), client="thunderbird")


@add("none", "new-hire-welcome", "Welcome note for a new hire.")
def _():
    return mail(A("Dana Whitfield", "dwhitfield@bridgeway.example.org"), A("All Staff", "allstaff@bridgeway.example.org"),
                "Please welcome Malik Johnson", D(2026, 6, 22, 9, 0),
                alt("Please welcome Malik Johnson, our new CHW II, who joins us from the Fenwick Career Center. Malik will cover the Eastside and speaks Spanish. Say hi at the Tuesday meeting!\n\nDana\n"), client="outlook")


@add("none", "volunteer-thank-you-note", "Thank-you note to volunteers after an event.")
def _():
    return mail(A("Priya Raman", "praman@marlowfood.example.org"), A("Volunteers", "volunteers@marlowfood.example.org"),
                "THANK YOU - 14,000 lbs!", D(2026, 11, 24, 19, 0),
                text("Thanks to 86 of you, Saturday's Thanksgiving distribution moved 14,000 lbs of food to 920 households. You are amazing.\n\nPriya\n", flowed=True), client="apple")


@add("none", "zoom-link-board-retreat", "Board retreat video-call link and lunch order.")
def _():
    return mail(A("Marisa Quon", "mquon@lanternhouse.example.org"), A("Board", "board@lanternhouse.example.org"),
                "Retreat Saturday - link + lunch", D(2026, 9, 9, 12, 0),
                text("Remote link: https://meet.lanternhouse.example.org/retreat (passcode 4412). Lunch is sandwiches; reply with dietary needs by Thursday.\n"), client="gmail")


# ------------------------------------------------------------------- phi (A)
@add("phi", "respite-referral-cellulitis-iv", "Hospital discharge planner refers a named patient (DOB, MRN) with leg cellulitis on IV antibiotics to medical respite.")
def _():
    body = """Hi Lantern House respite team,

Requesting a respite bed for:

  Name: Delbert Ashworth    DOB: 02/11/1968    MRN: MG-00714452
  Dx: left lower leg cellulitis with abscess s/p I&D 3/2, type 2 DM
  Plan: IV cefazolin 2 g q8h via PICC through 3/16, then oral
        cephalexin x 7 days; daily wound packing; glucose checks AC/HS
  Mobility: independent with walker
  Insurance: Riverbend Health Plan (Medicaid)

Medically ready for discharge 3/6. Home health infusion is arranged
through Summit Infusion. He has been staying at the Canal St camp and
would return there otherwise.

Thanks,
Claire Whitmore, RN CM
Marlow General Hospital Care Management, 555-0103
"""
    return mail(A("Claire Whitmore", "cwhitmore@marlowgeneral.example.org"),
                A("Respite Intake", "respite@lanternhouse.example.org"),
                "Respite referral - D. Ashworth, ready 3/6", D(2026, 3, 4, 15, 22), text(body), client="outlook")


@add("phi", "mtm-referral-chf-member", "MCO care manager refers a member (member ID) with heart failure for 12 weeks of 2 g sodium medically tailored meals with an authorization number.")
def _():
    body = """Nourish Table intake,

Please enroll the member below in the post-discharge MTM benefit.

Member: Harold Lindqvist
Riverbend member ID: RBH-44820931
Address: 77 Orchard Ct, Fenwick (ground floor, ring twice)
Diagnosis: heart failure with reduced EF (I50.22), discharged 8/19
Diet order: cardiac 2 g sodium, 1.5 L fluid restriction
Authorization: MTM-26-081903, 2 meals/day x 12 weeks (8/24-11/15)

He lives alone; his niece Karen (555-0148) helps with groceries.

Henry Martin, RN
Care Manager, Riverbend Health Plan
"""
    return mail(A("Henry Martin RN", "hmartin@riverbendhp.example.com"),
                A("Nourish Table Intake", "intake@nourishtable.example.net"),
                "MTM referral - auth MTM-26-081903", D(2026, 8, 20, 11, 5), alt(body), client="outlook")


@add("phi", "nemt-dialysis-standing-order-member", "NEMT broker tells a named member about her standing-order trips to dialysis (a care appointment), with member ID.")
def _():
    body = """Hello Yolanda Price,

Your standing order for rides to dialysis has been renewed.

  Member ID: RBH-30071188
  Pickup: 540 Willow Ave, Fenwick, 5:15 AM
  Destination: Fenwick Dialysis Center, 12 Mercy Dr
  Days: Monday, Wednesday, Friday
  Return: will-call after your treatment (about 10:30 AM)
  Valid: 7/1/2026 - 9/28/2026

If you need to cancel a trip, call 555-0170 at least 2 hours before
pickup.

RideWell Transport Services, on behalf of Riverbend Health Plan
"""
    return mail(A("RideWell Reservations", "reservations@ridewell.example.com"),
                A("Yolanda Price", "yprice55@mailbox.example.net"),
                "Your dialysis rides are renewed through 9/28", D(2026, 6, 29, 7, 0), alt(body), client="system")


@add("phi", "nemt-trip-subject-wound-clinic", "borderline: the body says only 'confirmed'; the member's name, trip number and wound-clinic appointment are only in the Subject.")
def _():
    return mail(A("Tasha Freeman", "tfreeman@safepassage.example.org"),
                A("RideWell Reservations", "reservations@ridewell.example.com"),
                "RE: Trip TRP-0614-22871 Ramirez, Manuel - Marlow Gen wound clinic 6/16 9:40",
                D(2026, 6, 14, 16, 2), text("confirmed, thx. I'll meet him at the pickup.\n\nTasha\nSent from my iPhone\n"), client="iphone")


@add("phi", "interpreter-request-echo-appointment", "Clinic asks the interpreter agency for a Vietnamese interpreter for a named patient's echocardiogram and cardiology visit.")
def _():
    body = """Hi LinguaBridge,

Please book an in-person Vietnamese interpreter:

  Patient: Pham Van Duc (DOB 09/30/1951)
  Date/time: Thursday 5/21, 1:00 pm echocardiogram, then 2:30 pm
             cardiology follow-up with Dr. Feld (new atrial fibrillation,
             started apixaban last month)
  Location: Marlow General Heart Center, 3rd floor
  Duration: about 2.5 hours

His daughter usually comes but can't that day.

Thanks!
Mei Lin Cho, Patient Access Coordinator
"""
    return mail(A("Mei Lin Cho", "mcho@marlowgeneral.example.org"),
                A("LinguaBridge Scheduling", "schedule@linguabridge.example.com"),
                "Interpreter request 5/21 - Vietnamese - cardiology", D(2026, 5, 12, 10, 40), text(body), client="outlook")


@add("phi", "mow-renal-diet-change-after-admission", "Hospital social worker asks Meals on Wheels to switch a named client to renal meals after an admission for kidney failure.")
def _():
    body = """Hi Marlene,

Your client Mrs. Ethel Brandt (77 Cedar St) is being discharged today
after five days here for acute-on-chronic kidney failure. Nephrology
wants her on a renal diet (low potassium, low phosphorus, 2 g sodium)
and she starts outpatient dialysis Monday. Could her meals switch to
the renal menu starting tomorrow, and can the Tuesday/Thursday
deliveries come after 1 pm because of her dialysis schedule?

Thank you,
Gwen Ortiz, LMSW
Marlow General Hospital Social Work, 555-0104
"""
    return mail(A("Gwen Ortiz", "gortiz@marlowgeneral.example.org"),
                A("Marlene Hobbs", "mhobbs@marlowmow.example.org"),
                "Mrs. Brandt - renal meals please", D(2026, 2, 13, 11, 15), text(body), client="outlook")


@add("phi", "jail-release-insulin-continuity", "Jail health services notify the reentry programme of a named person's release with insulin regimen and a clinic appointment.")
def _():
    body = """Second Door,

Release notice for continuity of care (client signed ROI on file):

  Name: Marcus Dell    Booking #: 26-004471    DOB: 07/04/1983
  Release date: 4/10/2026 (court-ordered, expected 2 pm)
  Problems: type 1 diabetes, hypertension
  Meds at release: insulin glargine 22 units at bedtime, insulin lispro
  sliding scale with meals, lisinopril 10 mg daily. 14-day supply plus
  glucometer and strips given at release.
  Appointment: Fenwick CHC, Dr. Amani, 4/14 at 10:20 am
  Medicaid: reactivated 4/3, ID MCD-7731004288

Please make sure he has somewhere cold to keep the insulin.

Joanne Petrakis, RN
Health Services Administrator, Marlow County Detention Center
"""
    return mail(A("Joanne Petrakis RN", "jpetrakis@mcdc-health.marlowcounty.test"),
                A("Second Door Reentry", "intake@seconddoor.example.org"),
                "Release 4/10 - Dell, M. - continuity of care", D(2026, 4, 8, 16, 30), text(body), client="outlook")


@add("phi", "probation-hospital-note-pdf", "Probationer tells his officer he missed a check-in because of a hospital admission; the attached PDF doctor's note names him and pneumonia.")
def _():
    note = ["MARLOW GENERAL HOSPITAL",
            "Work/School/Court Excuse",
            "",
            "Patient: Terrell Booker    DOB: 05/19/1990",
            "Terrell Booker was admitted to Marlow General Hospital from",
            "01/12/2026 to 01/16/2026 for treatment of community-acquired pneumonia.",
            "He may resume normal activities on 01/20/2026.",
            "",
            "Signed: A. Lindgren, MD, Hospital Medicine   555-0105"]
    body = """Mr Kowal I'm sorry I missed Tuesday. I was in the hospital all week,
here's the paper they gave me. I can come in Wednesday.

Terrell
"""
    return mail(A("Terrell Booker", "tbooker90@mailbox.example.net"),
                A("Stan Kowal", "skowal@probation.marlowcounty.test"),
                "missed check in", D(2026, 1, 17, 13, 3),
                mixed(text(body), att("application/pdf", pdf(note, "Excuse note"), "hospital_note.pdf")), client="android")


@add("phi", "ovr-records-request-spinal-fusion", "Vocational rehabilitation counsellor requests records about a named client's lumbar fusion and work restrictions.")
def _():
    body = """Dear Records Custodian,

The State Office of Vocational Rehabilitation is determining
eligibility for Ms. Angela Ferreira (DOB 11/02/1979, OVR case
26-01733). She reports an L4-L5 spinal fusion in October 2025 by
Dr. Osei at your practice and ongoing lifting restrictions.

Please send office notes, operative report and current work
restrictions from 9/1/2025 to present. A signed release is attached.

Sincerely,
Paul Nakamura, CRC
Vocational Rehabilitation Counselor, 555-0166
"""
    rel = ["AUTHORIZATION FOR RELEASE OF MEDICAL INFORMATION",
           "Client: Angela Ferreira   DOB 11/02/1979   OVR case 26-01733",
           "Release to: State Office of Vocational Rehabilitation",
           "From: Marlow Orthopedic & Spine Associates",
           "Information: office notes, operative report, work restrictions",
           "Signed: Angela Ferreira   Date: 03/09/2026"]
    return mail(A("Paul Nakamura", "pnakamura@ovr.state.test"),
                A("Medical Records", "records@marlowortho.example.com"),
                "Records request - OVR case 26-01733", D(2026, 3, 10, 9, 30),
                mixed(text(body), att("application/pdf", pdf(rel, "Release"), "OVR_release_26-01733.pdf")), client="outlook")


@add("phi", "wheelchair-seating-eval-referral", "Independent-living centre refers a named consumer with ALS for a power wheelchair seating evaluation.")
def _():
    body = """Hello Rehab Plus seating clinic,

I'm a peer advocate at Ability Works. Our consumer Gordon Lefebvre
(DOB 12/08/1961) was diagnosed with ALS last year and his manual chair
no longer works for him -- he's losing arm strength and can't propel
more than a few feet. His neurologist, Dr. Sutherland, has written the
order for a power wheelchair evaluation (attached). Medicare and
Riverbend are his coverage.

Could you call him at 555-0149 to schedule? He prefers mornings.

Tanya Brooks
Peer Advocate, Ability Works CIL
"""
    return mail(A("Tanya Brooks", "tbrooks@abilityworks.example.org"),
                A("Rehab Plus Seating", "seating@rehabplus.example.com"),
                "Seating eval referral - G. Lefebvre", D(2026, 9, 21, 10, 10), text(body), client="outlook")


@add("phi", "211-warm-handoff-insulin", "2-1-1 warm handoff to a CHW about a named caller with diabetes who has run out of insulin.")
def _():
    body = """2-1-1 WARM HANDOFF

Caller: Denise Rutherford    Callback: 555-0147 (ok to leave msg)
ZIP: 00103    Preferred language: English
Need: medication -- type 2 diabetes, out of insulin (Basaglar) since
Saturday, lost Medicaid at renewal in May, pharmacy quoted $120.
Also asked about food.
Caller consented to share with Bridgeway CHW program.

Specialist: K. Boateng, 6/9 14:12
"""
    return mail(A("Marlow 2-1-1", "handoff@marlow211.example.org"),
                A("Bridgeway CHW Intake", "chw-intake@bridgeway.example.org"),
                "Warm handoff #211-260609-0331", D(2026, 6, 9, 14, 18), text(body), client="system")


@add("phi", "chw-home-visit-blood-pressure", "CHW reports a named client's home blood pressure readings and missed amlodipine doses to the clinic nurse.")
def _():
    body = """Hi Nurse Kate,

Home visit with Mr. Lionel Baptiste today. His cuff readings this week:
168/102, 172/98, 160/96. He ran out of amlodipine 10 mg on Sunday and
didn't want to bother anyone. No chest pain or headache. I helped him
call in the refill to Corner Drug, ready at 4.

Can Dr. Amani's team call him about the BP? He's fine with a phone
visit. Number is 555-0151.

Malik Johnson, CHW II
Bridgeway Community Care Network
"""
    return mail(A("Malik Johnson", "mjohnson@bridgeway.example.org"),
                A("Kate Morrison RN", "kmorrison@fenwickchc.example.org"),
                "BP follow up - L. Baptiste", D(2026, 7, 14, 15, 50), text(body), client="outlook")


@add("phi", "pantry-celiac-gluten-free-box", "Pantry client names herself and her celiac disease diagnosis to request a gluten-free box.")
def _():
    body = """Hi,

My name is Alicia Monroe, client #FB-118204. I was just diagnosed with
celiac disease by my GI doctor and I get really sick from the regular
boxes (pasta, bread). Is it possible to get the gluten-free box instead
on Thursdays? I can bring the letter from Dr. Kahn if needed.

Thank you so much,
Alicia
"""
    return mail(A("Alicia Monroe", "aliciamonroe@mailbox.example.net"),
                A("Marlow County Food Bank", "pantry@marlowfood.example.org"),
                "gluten free box?", D(2026, 2, 2, 20, 15), text(body, flowed=True), client="gmail")


@add("phi", "school-asthma-inhaler-absences", "School social worker and nurse discuss a named student's asthma, missing inhaler and absences.")
def _():
    body = """Hi Joy,

Following up on Jaylen Carter (4th grade, Ms. Webb's room). He's missed
9 days since January, and mom told me most were asthma flares -- two
ER visits in February. His albuterol inhaler at school expired in
December and the controller inhaler (Flovent) hasn't been refilled
since the family moved.

Can you check the asthma action plan on file? I'm helping mom with the
Medicaid change of address so the pharmacy will fill it.

Lucia Delgado, MSW
School Social Worker, Pine Street Elementary
"""
    return mail(A("Lucia Delgado", "ldelgado@fenwickschools.example.org"),
                A("Joy Whitaker RN", "jwhitaker@fenwickschools.example.org"),
                "Jaylen C. - asthma/attendance", D(2026, 3, 3, 12, 5), text(body), client="gmail")


@add("phi", "mlp-ssi-appeal-records-copd", "Legal aid requests a named client's COPD and oxygen records for an SSI appeal hearing.")
def _():
    body = """Dear Fenwick CHC Health Information Management,

Marlow Legal Aid represents Raymond Osterberg (DOB 04/27/1964) in his
appeal of an SSI denial (hearing set for 10/7). Please provide records
from 1/1/2024 to date, particularly pulmonary function tests, the
home oxygen qualification (resting SpO2 86%), and Dr. Amani's notes on
his COPD exacerbations and hospitalisations.

A HIPAA authorization signed by Mr. Osterberg is attached. We would
also appreciate a medical source statement on his ability to walk and
lift.

Naomi Feldstein, Staff Attorney
Medical-Legal Partnership, Marlow Legal Aid Society, 555-0124
"""
    auth = ["HIPAA AUTHORIZATION",
            "Patient: Raymond Osterberg   DOB 04/27/1964",
            "Disclose to: Marlow Legal Aid Society",
            "Records: all records 01/01/2024 - present, including PFTs and oxygen testing",
            "Purpose: SSI appeal",
            "Signature: Raymond Osterberg   08/28/2026"]
    return mail(A("Naomi Feldstein", "nfeldstein@marlowlegalaid.example.org"),
                A("Fenwick CHC HIM", "him@fenwickchc.example.org"),
                "Records request - Osterberg - SSI hearing 10/7", D(2026, 8, 31, 10, 0),
                mixed(text(body), att("application/pdf", pdf(auth, "HIPAA authorization"), "Osterberg_HIPAA_auth.pdf")), client="outlook")


@add("phi", "utility-medical-certificate-oxygen-pdf", "Clinic faxes a utility the medical certificate for a named customer on a home oxygen concentrator; PDF text layer carries the details.")
def _():
    cert = ["TRI-COUNTY ELECTRIC COOPERATIVE - MEDICAL CERTIFICATE",
            "Part A  Account number: 30-551904-02   Customer: Norma Jeffries",
            "Service address: 8 Fuller St, Fenwick",
            "Part B  Resident with condition: Norma Jeffries   DOB 06/14/1949",
            "Condition / equipment: COPD on continuous home oxygen via electric",
            "concentrator (2 L/min, 24 h/day); loss of power is a serious risk.",
            "Certification period: 30 days from 12/01/2026",
            "Certifying clinician: Samira Amani, MD  NPI 1234567893  Fenwick CHC"]
    return mail(A("Fenwick CHC Social Work", "socialwork@fenwickchc.example.org"),
                A("Tri-County Medical Certificates", "medcert@tricountyelectric.example.com"),
                "Medical certificate - acct 30-551904-02", D(2026, 12, 1, 9, 14),
                mixed(text("Medical certificate attached for the account in the subject. Please confirm receipt.\n\nFenwick CHC Social Work\n"),
                      att("application/pdf", pdf(cert, "Medical certificate"), "medcert_30-551904-02.pdf")), client="outlook")


@add("phi", "mco-ed-visits-asthma-member", "MCO care manager tells a CHW that a named member had four ED visits for asthma and needs a follow-up.")
def _():
    body = """Hi Malik,

Flagging one of your shared members: Keisha Grant, member RBH-50219934.
She's had 4 ED visits for asthma exacerbations since June (last one
9/2, given prednisone burst), and no primary care visit since last
year. Pharmacy claims show no controller inhaler fills.

Could you do an outreach visit? Also: her address on file is the
Lantern House family room -- is that current?

Henry Martin RN, Riverbend Health Plan
"""
    return mail(A("Henry Martin RN", "hmartin@riverbendhp.example.com"),
                A("Malik Johnson", "mjohnson@bridgeway.example.org"),
                "High ED utilizer outreach", D(2026, 9, 4, 13, 40), text(body), client="outlook")


@add("phi", "outreach-abscess-wound-referral", "borderline: harm-reduction worker refers a named man with an injection-site abscess for wound care; wound care is not substance-use disorder treatment.")
def _():
    body = """Hey wound clinic,

Sending Ray Castellano your way today at 2 -- big abscess on his
left forearm, red streaking up toward the elbow, he says it's been 5
days. He's been injecting and knows it's from that. He's okay with
antibiotics but does NOT want to talk about treatment for his use
today, please respect that.

He'll come with our peer, Luis. Thanks y'all.

Jamal
Safe Passage
"""
    return mail(A("Jamal Pryce", "jpryce@safepassage.example.org"),
                A("Wound Clinic", "woundclinic@fenwickchc.example.org"),
                "sending Ray C at 2", D(2026, 8, 6, 11, 30), text(body), client="iphone")


@add("phi", "shelter-scabies-permethrin", "Shelter nurse notes a named guest was treated for scabies with permethrin and his bedding was bagged.")
def _():
    body = """Night staff,

FYI: Oscar Villanueva (bed M-22) was treated tonight for scabies --
permethrin 5% applied at 8 pm, wash off at 6 am. Repeat in 7 days.
His bedding and clothes are bagged in the laundry room, please run on
hot. Nobody else symptomatic so far.

Nadine, RN
"""
    return mail(A("Nadine Oyelaran RN", "noyelaran@lanternhouse.example.org"),
                A("Night Staff", "nightstaff@lanternhouse.example.org"),
                "M-22 scabies tx tonight", D(2026, 2, 9, 20, 40), text(body), client="outlook")


@add("phi", "respite-discharge-summary-pdf-only", "Body only says 'attached'; the PDF's text layer names the respite guest with diagnoses, medications and follow-up.")
def _():
    summ = ["LANTERN HOUSE MEDICAL RESPITE - DISCHARGE SUMMARY",
            "Guest: Wanda Hollis    DOB: 03/22/1972    Respite ID: R-26-0118",
            "Admitted: 04/02/2026  Discharged: 04/23/2026  To: Ashgrove Supportive Housing, unit 214",
            "Diagnoses: s/p right below-knee amputation (03/28); type 2 diabetes; PAD",
            "Medications: metformin 1000 mg BID, atorvastatin 40 mg, gabapentin 300 mg TID",
            "Follow-up: vascular surgery 04/30 10:00; prosthetics clinic 05/14",
            "Nurse: N. Oyelaran, RN"]
    return mail(A("Lantern House Respite", "respite@lanternhouse.example.org"),
                A("Ashgrove Case Management", "casemgmt@ashgrovehousing.example.org"),
                "discharge paperwork", D(2026, 4, 23, 14, 0),
                mixed(text("See attached. She'll arrive around 3.\n"), att("application/pdf", pdf(summ, "Discharge summary"), "respite_discharge_0423.pdf")), client="outlook")


@add("phi", "scan-filename-mammogram-followup", "borderline: scanner mail with no text; the patient's name, MRN and mammogram follow-up are only in the attachment's file name.")
def _():
    return mail(A("Scanner BRIDGEWAY-2F", "scanner@bridgeway.example.org"),
                A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                "Scanned document", D(2026, 5, 5, 9, 2),
                mixed(text("Scanned from BRIDGEWAY-2F (Konica). Pages: 1\n"),
                      att("application/pdf", pdf(["Scanned page 1 of 1"], "Scan", "Scan-to-Mail"), "Okafor_Grace_MRN448812_abnormal_mammogram_followup_biopsy.pdf")),
                client="system")


@add("phi", "display-name-insulin-client", "borderline: a delivery-time note; the client's insulin-dependent diabetes and blindness appear only in the recipient's display name.")
def _():
    return mail(A("Anita Rowe", "anitarowe@mailbox.example.net"),
                A("Dorothy Pruitt (MOW client, insulin-dependent diabetic, legally blind - read aloud)", "dpruitt.family@mailbox.example.net"),
                "Wednesday delivery", D(2026, 5, 12, 18, 3),
                text("Hi Dorothy, I'll be a little late Wednesday, around 12:15. I'll knock loud!\n\nAnita (your Meals on Wheels driver)\n"), client="iphone")


@add("phi", "ics-ortho-followup-chw-accompany", "Calendar invite for a named client's orthopaedic post-op appointment that a CHW will attend.")
def _():
    t = ics("REQUEST", "ortho-0612-bridgeway@bridgeway.example.org", "Accompany Rosa Mendez - ortho post-op (R hip replacement) + staple removal",
            "20260612T093000", "20260612T110000", ("Malik Johnson", "mjohnson@bridgeway.example.org"),
            [("Rosa Mendez", "rosamendez@mailbox.example.net")], "Marlow Orthopedic & Spine, 200 Mercy Dr, Suite 4",
            "Pick Rosa up 9:00. Bring walker. Ask about PT referral and oxycodone taper.")
    return mail(A("Malik Johnson", "mjohnson@bridgeway.example.org"), A("Rosa Mendez", "rosamendez@mailbox.example.net"),
                "Invitation: Accompany Rosa Mendez - ortho post-op @ Fri Jun 12 9:30am", D(2026, 6, 8, 10, 0),
                MP("alternative", [text("Rosa, I'll pick you up at 9:00 for your hip follow-up. - Malik\n"), cal(t, "REQUEST")]), client="outlook")


@add("phi", "docx-care-plan-hypertension", "Attached DOCX care plan for a named client with hypertension, diabetes and medications.")
def _():
    doc = docx(["BRIDGEWAY SHARED CARE PLAN",
                "Client: Lionel Baptiste   DOB 01/30/1958   Bridgeway ID BW-20331",
                "Problems: hypertension (uncontrolled), type 2 diabetes (A1c 8.6 on 6/2), neuropathy",
                "Medications: amlodipine 10 mg daily, metformin 1000 mg BID, losartan 50 mg daily",
                "Goals: BP < 140/90 by October; pillbox set weekly by CHW",
                "Supports: Meals on Wheels diabetic menu; RideWell rides to Fenwick CHC",
                "Next visit: Dr. Amani 8/4"], "Care plan")
    return mail(A("Malik Johnson", "mjohnson@bridgeway.example.org"),
                A("Kate Morrison RN", "kmorrison@fenwickchc.example.org"),
                "updated care plan", D(2026, 7, 20, 16, 30),
                mixed(text("Kate, updated plan attached after today's team huddle.\n\nMalik\n"),
                      att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "careplan_BW-20331.docx")), client="outlook")


@add("phi", "html-only-eob-member", "HTML-only Explanation of Benefits to a named member with claim number and billed services.")
def _():
    h = """<html><body style="font-family:Arial">
<h3>Riverbend Health Plan &mdash; Explanation of Benefits</h3>
<p>THIS IS NOT A BILL</p>
<p>Member: <b>Curtis Vance</b> &nbsp; Member ID: RBH-61730042<br>
Claim #: 2026-0415-778812 &nbsp; Provider: Marlow General Hospital Emergency Dept.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Date</th><th>Service</th><th>Billed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>04/11/2026</td><td>ED visit, level 4 (99284)</td><td>$1,240.00</td><td>$412.50</td><td>$0.00</td></tr>
<tr><td>04/11/2026</td><td>X-ray wrist, 3 views (73110)</td><td>$310.00</td><td>$58.20</td><td>$0.00</td></tr>
<tr><td>04/11/2026</td><td>Splint application (29125)</td><td>$180.00</td><td>$44.10</td><td>$0.00</td></tr>
</table>
<p>Questions? Member Services 555-0181.</p>
</body></html>
"""
    return mail(A("Riverbend Health Plan", "eob@riverbendhp.example.com"),
                A("Curtis Vance", "curtisv1971@mailbox.example.net"),
                "Your Explanation of Benefits is ready", D(2026, 5, 2, 4, 15), html(h), client="system")


@add("phi", "quoted-reply-retinopathy-ride", "Reply is only 'Done'; the quoted thread names a client and her diabetic retinopathy laser appointment.")
def _():
    orig = """From: Malik Johnson
Sent: Monday, October 5, 2026 9:12 AM
To: RideWell Reservations
Subject: ride for Ms. Toussaint

Hi, please book a round trip for Marie-Claire Toussaint (member
RBH-22094417) on 10/9 to Marlow Eye Institute for her laser treatment
for diabetic retinopathy, 11:00 am. She will have dilated eyes and
cannot go home alone -- I'll ride with her. Pickup 10:15 at 31 Lark St.
"""
    body = "Done - TRP-1009-30418 booked, attendant added.\n\nRideWell Reservations\n\n" + quote(orig)
    return mail(A("RideWell Reservations", "reservations@ridewell.example.com"),
                A("Malik Johnson", "mjohnson@bridgeway.example.org"),
                "RE: ride for Ms. Toussaint", D(2026, 10, 5, 9, 40), text(body), client="outlook")


@add("phi", "phone-typed-son-inhaler-ride", "A mother's phone-typed message naming her son, his asthma attack and an urgent clinic visit.")
def _():
    return mail(A("Marisol Vega", "marisolvega22@mailbox.example.net"),
                A("Malik Johnson", "mjohnson@bridgeway.example.org"),
                "diego", D(2026, 11, 3, 21, 47),
                text("hey its marisol. diegos inhaler ran out and he was wheezing bad last nite, the clinic said bring him tmrw at 9:45 for the breathing treatment. can the van take us?? my car is still broke. thank u\n\nSent from my iPhone\n"), client="iphone")


@add("phi", "legal-aid-accommodation-ms-tenant", "Legal aid letter requesting a reasonable accommodation for a named tenant with multiple sclerosis.")
def _():
    letter = ["MARLOW LEGAL AID SOCIETY",
              "November 2, 2026",
              "Ashgrove Supportive Housing, Property Management",
              "Re: Request for reasonable accommodation - Tamsin Okoro, Unit 305",
              "",
              "Our client Ms. Okoro has relapsing-remitting multiple sclerosis. Her",
              "neurologist reports worsening leg weakness and fatigue, and she now",
              "uses a rollator. She requests a transfer to a ground-floor or elevator-",
              "served unit and an extension of time to recertify while she completes",
              "infusion treatment (ocrelizumab) this month. A letter from her",
              "neurologist is enclosed.",
              "",
              "Naomi Feldstein, Staff Attorney"]
    return mail(A("Naomi Feldstein", "nfeldstein@marlowlegalaid.example.org"),
                A("Ashgrove Property Mgmt", "pm@ashgrovehousing.example.org"),
                "Reasonable accommodation request - Unit 305", D(2026, 11, 2, 15, 0),
                mixed(text("Please see the attached request on behalf of our client.\n\nNaomi Feldstein\n"),
                      att("application/pdf", pdf(letter, "RA request"), "RA_request_unit305.pdf")), client="outlook")


@add("phi", "supportive-housing-copd-ground-floor", "Tenant asks housing case manager for a ground-floor move because of his COPD and oxygen, naming his inhalers.")
def _():
    body = """Ms. Park,

This is Walter Griggs in 412. My COPD got worse after the hospital in
August and now I'm on oxygen all the time. The elevator was broken
three times this month and I can't do the stairs with the tank. Dr.
Amani said she will write a letter. Can I get on the list for a first
floor unit? I use Trelegy and the albuterol and they help some.

Walter Griggs
"""
    return mail(A("Walter Griggs", "wgriggs412@mailbox.example.net"),
                A("Lydia Park", "lpark@ashgrovehousing.example.org"),
                "first floor", D(2026, 10, 12, 8, 20), text(body), client="android")


@add("phi", "snap-medical-expense-deduction", "SNAP worker lists a named elderly client's prescription and medical bills for the medical expense deduction (payment for care).")
def _():
    body = """Hello Ms. Carrow,

For your SNAP medical expense deduction (case 2026-SN-0041907) I have
counted these receipts for Mr. Albert Carrow:

  Corner Drug -- Eliquis, Jardiance, furosemide   $186.40 / month
  Marlow Cardiology -- office visit copay           $40.00 (3/12)
  Medicare Part B premium                         $202.90 / month
  Transportation to cardiac rehab (mileage)        $27.30 / month

Please send the Marlow General bill from his February stay so we can add
it. Your new benefit amount will be in the notice.

Rafael Soto, Eligibility Specialist
Marlow County DHS, 555-0163
"""
    return mail(A("Rafael Soto", "rsoto@dhs.marlowcounty.test"),
                A("June Carrow", "junecarrow@mailbox.example.net"),
                "Medical expense deduction - case 2026-SN-0041907", D(2026, 4, 2, 14, 10), text(body), client="outlook")


@add("phi", "wic-prenatal-certification-due-date", "borderline: WIC certification for a named pregnant participant with due date and low hemoglobin; prenatal care is not a restricted reproductive category.")
def _():
    body = """Hi Shanice,

This confirms your WIC certification appointment on Tuesday 2/24 at
9:30 at the Depot St clinic. Please bring proof of pregnancy from your
OB (your estimated due date of 7/18 is fine on a clinic letter) and the
iron prescription. Your hemoglobin at the OB was 10.2, so our
nutritionist will talk about iron-rich foods.

Participant ID: WIC-0073342

Marlow County WIC, 555-0161
"""
    return mail(A("Marlow County WIC", "wic@health.marlowcounty.test"),
                A("Shanice Dorsey", "shanice.dorsey@mailbox.example.net"),
                "Your WIC appointment 2/24", D(2026, 2, 17, 11, 0), alt(body), client="system")


@add("phi", "reentry-hepc-treatment-continuation", "Reentry case manager asks a clinic to continue a named man's hepatitis C treatment started in custody.")
def _():
    body = """Dr. Amani,

Kevin Strand (DOB 10/10/1986) was released on 5/29. He started
sofosbuvir/velpatasvir on 4/20 while in custody (week 6 of 12) and
left with a 14-day supply. His viral load at week 4 was undetectable.
He needs the remaining 4 weeks dispensed through the specialty pharmacy
-- Riverbend prior auth was approved for the full course (PA-26-55190).

Could we get him in this week? He's staying at Lantern House.

Jordan Reyes, Reentry Case Manager, Second Door
"""
    return mail(A("Jordan Reyes", "jreyes@seconddoor.example.org"),
                A("Samira Amani MD", "samani@fenwickchc.example.org"),
                "Hep C continuation - K. Strand", D(2026, 6, 1, 10, 25), text(body), client="gmail")


@add("phi", "jail-intake-seizure-medication", "Family member tells jail health that a named detainee has epilepsy and needs levetiracetam.")
def _():
    body = """To the jail medical department,

My brother Andre Whitlock was booked last night (DOB 3/3/1995). He has
epilepsy and takes Keppra (levetiracetam) 750 mg twice a day. If he
misses doses he has seizures. His neurologist is Dr. Sutherland at
Marlow General. Please make sure he gets his medicine. I can bring the
bottle.

Tiana Whitlock
555-0144
"""
    return mail(A("Tiana Whitlock", "tianaw@mailbox.example.net"),
                A("Detention Health Services", "health@mcdc-health.marlowcounty.test"),
                "My brother needs his seizure medicine", D(2026, 7, 19, 7, 55), text(body), client="gmail")


@add("phi", "faith-care-team-chemo-rides", "Church care team coordinates rides for a named member to chemotherapy infusions.")
def _():
    body = """Dear Care Team,

Brother Earl Whitcomb starts chemotherapy for his colon cancer on
Monday at the Marlow General infusion center, every other Monday at
8:00 for 12 rounds. He can't drive himself home afterwards. Can we fill
the first four?

  3/2   __________
  3/16  __________
  3/30  __________
  4/13  __________

His wife Dolores asks for prayers, and meals on infusion days would
help.

Pastor Elaine
"""
    return mail(A("Pastor Elaine Morrow", "emorrow@gracefellowship.example.org"),
                A("Care Team", "careteam@gracefellowship.example.org"),
                "Rides for Earl's chemo", D(2026, 2, 26, 19, 30), text(body), client="apple")


@add("phi", "mutual-aid-insulin-request-form", "Mutual-aid request form submission naming a person who needs help paying for her insulin and test strips.")
def _():
    body = """New submission: Eastside Mutual Aid request form

Name: Bethany Cole
Phone: 555-0142
Neighborhood: Eastside / Mill St
What do you need? insulin - Humalog and Lantus, plus test strips. I'm
  between jobs and lost my coverage. About $300 for the month.
Urgency: I have 3 days left of Lantus
Can we share your request with our pharmacy partner? Yes
"""
    return mail(A("EMAN Forms", "forms@eastsidemutualaid.example.net"),
                A("EMAN Requests", "requests@eastsidemutualaid.example.net"),
                "New request form submission: Bethany Cole", D(2026, 3, 14, 23, 5), text(body), client="system")


@add("phi", "prayer-chain-stroke", "Church prayer-chain mail naming a member who had a stroke and is in the ICU.")
def _():
    body = """Prayer chain,

Please lift up Sister Hattie Moss, who had a stroke on Tuesday night
and is in the ICU at Marlow General. The doctors gave her the clot-
busting medicine and she is able to squeeze hands. The family asks for
no visitors until she moves to a regular room.

"The Lord is near to the brokenhearted." Psalm 34:18

Deacon Ray
"""
    return mail(A("Deacon Ray Booker", "rbooker@gracefellowship.example.org"),
                A("Prayer Chain", "prayerchain@gracefellowship.example.org"),
                "Prayer request - Sister Hattie", D(2026, 9, 17, 6, 30), text(body), client="apple")


@add("phi", "interpreter-invoice-patient-lines", "Interpreter agency invoice to a hospital listing each patient by name with department and date (appointments for care).")
def _():
    csv = """job,date,patient,mrn,department,language,minutes,amount
J-54110,2026-02-03,Abdi Hassan,MG-00651120,Oncology infusion,Somali,120,132.00
J-54132,2026-02-05,Nguyen Thi Lan,MG-00488213,Endocrinology,Vietnamese,60,66.00
J-54177,2026-02-11,Fatima Rahimi,MG-00730942,Orthopedics,Dari,90,99.00
J-54190,2026-02-12,Jean-Robert Alexis,MG-00512309,Cardiology,Haitian Creole,45,49.50
"""
    return mail(A("LinguaBridge AR", "ar@linguabridge.example.com"),
                A("Marlow General AP", "ap@marlowgeneral.example.org"),
                "Invoice LB-26-0211 detail (February)", D(2026, 3, 2, 10, 0),
                mixed(text("Invoice detail attached as requested, one line per encounter.\n\nLinguaBridge AR\n"),
                      att("text/csv", csv, "LB-26-0211_detail.csv", charset="utf-8")), client="outlook")


@add("phi", "nemt-complaint-missed-dialysis", "Member complains that a no-show ride made her miss dialysis, naming herself and her member ID.")
def _():
    body = """To whom it may concern,

I am filing a complaint. My ride did not come Friday morning and I
missed my dialysis treatment. I waited outside from 5:10 until 6:30 in
the cold. I had to go to the emergency room Saturday because my
potassium was high and I was short of breath.

Yolanda Price, member ID RBH-30071188
Trip number I was given: TRP-0116-10992
"""
    return mail(A("Yolanda Price", "yprice55@mailbox.example.net"),
                A("RideWell Complaints", "complaints@ridewell.example.com"),
                "COMPLAINT missed ride - missed dialysis", D(2026, 1, 18, 10, 14), text(body), client="gmail")


@add("phi", "forwarded-portal-a1c-results", "Client forwards her clinic portal lab results (A1c, cholesterol) to her CHW.")
def _():
    body = """Malik, here's what the doctor sent. Is 9.4 bad?? can we talk thursday

---------- Forwarded message ---------
From: MyFenwickHealth Portal <noreply@portal.fenwickchc.example.org>
Date: Tue, Aug 11, 2026 at 4:02 PM
Subject: New test results from Dr. Samira Amani
To: <nadia.flores@mailbox.example.net>

Hello Nadia Flores,

Dr. Amani has released results from your visit on 8/7/2026:

  Hemoglobin A1c      9.4 %      (goal < 7.0)
  LDL cholesterol     142 mg/dL  (high)
  Creatinine          0.8 mg/dL  (normal)

Message from Dr. Amani: "Your diabetes numbers are higher than last
time. Let's increase metformin and talk about adding a second
medicine. Please book a visit in 2 weeks."
"""
    return mail(A("Nadia Flores", "nadia.flores@mailbox.example.net"),
                A("Malik Johnson", "mjohnson@bridgeway.example.org"),
                "Fwd: New test results from Dr. Samira Amani", D(2026, 8, 11, 19, 20), alt(body), client="gmail")


@add("phi", "daughter-mother-dementia-meals", "borderline: daughter tells Meals on Wheels her named mother has dementia and is not eating; dementia care is not a restricted mental-health category.")
def _():
    body = """Hi Marlene,

My mom, Lorraine Albrecht (she's on Route 7), was diagnosed with
Alzheimer's in the spring and her neurologist started donepezil. The
drivers have been great but I'm finding the meals untouched in the
fridge. Would it be possible for the driver to stay a minute and make
sure she starts eating? Also she shouldn't be handed the frozen weekend
pack -- she forgets it's there.

Thank you for everything,
Susan Albrecht-Kline

Sent from my iPad
"""
    return mail(A("Susan Albrecht-Kline", "susan.ak@mailbox.example.net"),
                A("Marlene Hobbs", "mhobbs@marlowmow.example.org"),
                "Mom (Route 7)", D(2026, 9, 29, 21, 10), text(body, flowed=True), client="apple")


@add("phi", "tb-contact-investigation-shelter", "County health department tells the shelter a named guest has active TB and asks for a contact list.")
def _():
    body = """CONFIDENTIAL -- Tuberculosis Control Program

Lantern House,

A guest who stayed with you, Mr. Viktor Halloran (DOB 08/01/1966),
has been diagnosed with active pulmonary tuberculosis (sputum smear
positive, 6/2). He is isolated at Marlow General and started on RIPE
therapy. We need the bed map and names of guests and staff on the men's
floor from 4/15 to 6/2 to begin contact testing. Please call me.

Dr. Helen Takahashi, TB Control Officer
Marlow County Health Department, 555-0106
"""
    return mail(A("Dr. Helen Takahashi", "htakahashi@health.marlowcounty.test"),
                A("Nadine Oyelaran RN", "noyelaran@lanternhouse.example.org"),
                "TB contact investigation - please call", D(2026, 6, 3, 8, 15), text(body), client="outlook")


@add("phi", "field-trip-epipen-allergy", "School nurse and teacher discuss a named student's peanut anaphylaxis and EpiPen for a field trip.")
def _():
    body = """Ms. Webb,

For Friday's zoo trip: Sofia Ramos (your room) has a peanut allergy
with anaphylaxis last year -- her EpiPen Jr and the emergency plan will
be in the red pouch. Whoever is her group leader needs to carry it and
know how to use it. I'll do a 5-minute training Thursday at 3.

Joy Whitaker, RN, School Nurse
"""
    return mail(A("Joy Whitaker RN", "jwhitaker@fenwickschools.example.org"),
                A("Danielle Webb", "dwebb@fenwickschools.example.org"),
                "zoo trip - Sofia's EpiPen", D(2026, 5, 19, 14, 30), text(body), client="gmail")


@add("phi", "ovr-hearing-aids-authorization", "Vocational rehabilitation authorises payment for a named client's hearing aids after an audiology evaluation.")
def _():
    body = """AUTHORIZATION FOR SERVICES

Vendor: Fenwick Hearing Center
Client: Darnell Hughes     OVR case: 26-02290
Service: binaural behind-the-ear hearing aids, fitting and 3 follow-up
         visits, per audiogram of 4/7/2026 (moderate-to-severe
         sensorineural hearing loss, both ears)
Authorized amount: $4,180.00     Authorization no.: OVR-A-118934
Valid: 4/20/2026 - 7/20/2026

Invoice OVR with the authorization number after fitting.

Paul Nakamura, CRC
"""
    return mail(A("Paul Nakamura", "pnakamura@ovr.state.test"),
                A("Fenwick Hearing Center", "billing@fenwickhearing.example.com"),
                "Authorization OVR-A-118934 - D. Hughes", D(2026, 4, 17, 11, 0), text(body), client="outlook")


@add("phi", "legal-aid-medical-debt-collection", "Legal aid disputes a collection on a named client's hospital bill with account number and services.")
def _():
    body = """Riverstone Collections,

We represent Gloria Mendes regarding account MG-ACCT-5501877 (Marlow
General Hospital, emergency appendectomy and 2-day stay, 9/14/2025,
balance $8,412.60). Ms. Mendes was eligible for Medicaid on the date of
service and qualifies for the hospital's charity care policy. Please
cease collection and confirm that no credit reporting has occurred.

Naomi Feldstein, Staff Attorney, Marlow Legal Aid Society
"""
    return mail(A("Naomi Feldstein", "nfeldstein@marlowlegalaid.example.org"),
                A("Riverstone Collections", "disputes@riverstone.example.com"),
                "Dispute - account MG-ACCT-5501877", D(2026, 1, 22, 9, 45), text(body), client="outlook")


@add("phi", "charity-care-application-status", "Hospital financial counsellor updates a named patient on his charity-care application for a hospital bill.")
def _():
    body = """Dear Mr. Vance,

We received your financial assistance application for account
MG-ACCT-6619042 (emergency visit 4/11/2026). Your balance after
Riverbend Health Plan payment is $0 for the hospital facility fee;
the radiology professional fee of $64.00 is covered at 100% under our
policy. No further action is needed.

Patient Financial Services, Marlow General Hospital, 555-0107
"""
    return mail(A("Marlow General Patient Financial Services", "pfs@marlowgeneral.example.org"),
                A("Curtis Vance", "curtisv1971@mailbox.example.net"),
                "Financial assistance application - approved", D(2026, 5, 20, 13, 0), text(body), client="system")


@add("phi", "med-sync-pharmacy-request", "Case manager asks the pharmacy to synchronise a named client's five medications into blister packs.")
def _():
    body = """Hi Corner Drug team,

Could you set up med sync and weekly blister packs for Ms. Beatriz
Salgado (DOB 5/5/1955)? She's moving into Ashgrove on Friday and has
been mixing up her pills. Current list per Dr. Amani:

  levothyroxine 75 mcg daily
  lisinopril 20 mg daily
  metformin 500 mg twice daily
  atorvastatin 20 mg at bedtime
  aspirin 81 mg daily

Deliveries to Ashgrove front desk, attention Lydia Park.

Thanks, Ines
"""
    return mail(A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                A("Corner Drug Pharmacy", "rx@cornerdrug.example.com"),
                "Blister packs for B. Salgado", D(2026, 10, 20, 15, 0), text(body), client="outlook")


@add("phi", "outreach-hypothermia-ed-transfer", "Street outreach note about a named man sent to the ED with hypothermia and frostbite.")
def _():
    body = """Overnight outreach log 1/24

01:40  Found Gerald "Gerry" Mott under the Route 9 overpass, confused,
       shivering stopped, feet wet. Temp by forehead 93.8. Called EMS,
       transported to Marlow General ED. Likely frostbite to both feet.
03:15  ED nurse confirmed admitted for hypothermia, rewarming.

Please check on him tomorrow and hold his bag (in the van).

Luis / Safe Passage night team
"""
    return mail(A("Luis Ortega", "lortega@safepassage.example.org"),
                A("Outreach Team", "outreach@safepassage.example.org"),
                "Outreach log 1/24 - Gerry M to ED", D(2026, 1, 24, 4, 2), text(body), client="android")


@add("phi", "secure-tag-test-send-no-content", "borderline: a [secure] test send with no patient content; a message the sender marks is labelled at least phi (marked-secure-test-no-content).")
def _():
    return mail(A("Bridgeway IT", "it@bridgeway.example.org"), A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                "[secure] test - please ignore", D(2026, 8, 12, 10, 5),
                text("Testing the secure gateway rule after the CaseTrack upgrade. Reply 'got it' if this arrived encrypted.\n"), client="outlook")


@add("phi", "encrypt-tag-meeting-logistics", "borderline: sender marked the message [encrypt] though it holds only meeting logistics; a marked message is labelled at least phi.")
def _():
    return mail(A("Henry Martin RN", "hmartin@riverbendhp.example.com"), A("Dana Whitfield", "dwhitfield@bridgeway.example.org"),
                "[encrypt] Thursday's joint rounds", D(2026, 10, 14, 12, 0),
                text("Dana, moving Thursday's joint rounds to 2 pm in the small conference room. I'll bring the list.\n\nHenry\n"), client="outlook",
                extra=[("X-Sensitivity", "Confidential")])


@add("phi", "mtm-member-roster-csv", "MTM vendor's CSV roster names each member with member ID, diet and diagnosis-based menu (renal, cardiac, diabetic).")
def _():
    csv = """member_id,name,dob,menu,reason,start,end
RBH-44820931,Harold Lindqvist,1947-03-02,cardiac 2g Na,heart failure,2026-08-24,2026-11-15
RBH-38801240,Ethel Brandt,1941-12-19,renal,ESRD on dialysis,2026-08-03,2026-10-25
RBH-50033914,Lionel Baptiste,1958-01-30,diabetic,type 2 diabetes,2026-07-27,2026-10-18
RBH-47719082,Wanda Hollis,1972-03-22,diabetic,diabetes s/p amputation,2026-08-10,2026-11-01
"""
    return mail(A("Nourish Table Billing", "billing@nourishtable.example.net"),
                A("Riverbend Social Needs Program", "socialneeds@riverbendhp.example.com"),
                "August active roster", D(2026, 9, 1, 9, 0),
                mixed(text("Active roster for reconciliation attached.\n"), att("text/csv", csv, "NT_active_roster_2026-08.csv", charset="utf-8")), client="outlook")


@add("phi", "forward-attached-trip-confirmation", "Case manager forwards, as an attached message, a NEMT confirmation for a named member's radiation therapy trips.")
def _():
    inner = mail(A("RideWell Reservations", "reservations@ridewell.example.com"),
                 A("Gerald Boone", "gboone@mailbox.example.net"),
                 "Trips confirmed: radiation oncology, 25 visits", D(2026, 10, 2, 8, 0),
                 text("""Hello Gerald Boone (member RBH-29113307),

Your rides to Marlow General Radiation Oncology are confirmed for
weekdays 10/5 - 11/6 (25 treatments), pickup 7:20 AM at 18 Quarry Rd,
return after treatment. Trip series TRS-26-4471.
"""), client="system")
    return mail(A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                A("Malik Johnson", "mjohnson@bridgeway.example.org"),
                "FW: Trips confirmed", D(2026, 10, 2, 9, 30),
                mixed(text("Malik - Gerald's rides, FYI. He may need a reminder call the first week.\n"), rfc822(inner)), client="outlook")


@add("phi", "shelter-guest-wound-vac-respite", "Shelter case manager asks respite to admit a named guest who has a wound vac after surgery.")
def _():
    body = """Hi respite,

Leon Parrish (Lantern House guest, HMIS 512077) came back from Marlow
General this afternoon with a wound vac on his abdomen after surgery for
a perforated ulcer. He can't keep it charged on a mat in the overflow
room. Do you have a bed? Home health is coming Tues/Fri to change the
dressing.

Marisa
"""
    return mail(A("Marisa Quon", "mquon@lanternhouse.example.org"),
                A("Respite Intake", "respite@lanternhouse.example.org"),
                "bed for Leon P?", D(2026, 11, 9, 17, 25), text(body), client="outlook")
# --------------------------------------------------- phi (B): not in English
@add("phi", "hija-fractura-cadera-mama", "Spanish (base64): daughter tells the CHW her named mother broke her hip, had surgery and needs rides to physical therapy.", lang="es")
def _():
    body = """Hola Malik,

Le escribo porque mi mamá, Carmen Rosales, se cayó el domingo y se
fracturó la cadera derecha. La operaron el lunes en el Marlow General y
le dan de alta el viernes. El médico dice que necesita terapia física
tres veces por semana y que no puede quedarse sola las primeras dos
semanas. Toma también warfarina, y le van a hacer pruebas de sangre
cada semana.

¿Me puede ayudar a pedir el transporte de Medicaid para las terapias y
ver si Meals on Wheels puede llevarle comida?

Gracias,
Lucía Rosales
"""
    return mail(A("Lucía Rosales", "lucia.rosales@mailbox.example.net"),
                A("Malik Johnson", "mjohnson@bridgeway.example.org"),
                "Mi mamá - fractura de cadera", D(2026, 4, 29, 21, 40),
                alt(body, cte="base64"), client="gmail")


@add("phi", "respuesta-wic-anemia-bebe", "Spanish (ISO-8859-1 QP): WIC nutritionist replies over a mother's quoted message about her named baby's low hemoglobin and iron drops.", lang="es")
def _():
    orig = """El mar, 10 mar 2026 a las 19:02, Yesenia Cruz escribió:
Buenas tardes, en la cita de WIC me dijeron que la hemoglobina de mi
niña Valeria salió baja (9.8). ¿Tengo que llevarla al doctor? Tiene
11 meses.
"""
    body = """Hola Yesenia,

Sí, por favor. Ya mandé la referencia a la pediatra de Valeria en el
Centro de Salud de Fenwick. Es probable que le receten gotas de hierro.
Mientras tanto, ofrézcale cereal fortificado con hierro, frijoles y
carne molida. Volvemos a medir la hemoglobina en 3 meses.

Participante WIC: WIC-0081129

Gabriela Nuñez, nutricionista
Programa WIC del Condado de Marlow

""" + quote(orig)
    return mail(A("Gabriela Nuñez", "gnunez@health.marlowcounty.test", cs="iso-8859-1", mode="Q"),
                A("Yesenia Cruz", "yesenia.cruz@mailbox.example.net"),
                "RE: hemoglobina baja de Valeria", D(2026, 3, 11, 9, 20),
                text(body, charset="iso-8859-1", cte="quoted-printable"), client="outlook", subj_cs="iso-8859-1", lang="es-US")


@add("phi", "con-trai-bua-an-tieu-duong", "Vietnamese (QP): son asks Meals on Wheels for diabetic meals for his named father, with insulin and recent hospital stay.", lang="vi")
def _():
    body = """Chào cô Mai,

Tôi là Lê Minh Tuấn, con trai của ông Lê Văn Sáu (địa chỉ 22 Spruce St).
Ba tôi mới xuất viện tuần trước vì đường huyết lên quá cao, bác sĩ cho
ba chích insulin hai lần mỗi ngày. Xin cô đổi phần ăn của ba sang thực
đơn cho người tiểu đường, và giao trước 11 giờ để ba ăn sau khi chích.

Cảm ơn cô nhiều.
Tuấn - 555-0139
"""
    return mail(A("Lê Minh Tuấn", "tuan.le@mailbox.example.net"),
                A("Marlow Meals on Wheels", "office@marlowmow.example.org"),
                "Xin đổi phần ăn cho ba tôi (tiểu đường)", D(2026, 8, 25, 20, 5),
                text(body, charset="utf-8", cte="quoted-printable"), client="gmail")


@add("phi", "syn-ob-otce-insult", "Russian (windows-1251 8bit): son tells a hospital social worker about his named father's stroke, paralysis and rehab placement.", lang="ru")
def _():
    body = """Здравствуйте, Гвен!

Пишу по поводу моего отца, Бориса Абрамовича Гольдина (дата рождения
12.03.1944). После инсульта 2 февраля у него слабость в правой руке и
ноге, он плохо говорит. Невролог рекомендовал реабилитационный центр.
Ему назначили аспирин и аторвастатин. Мама не справится дома одна.

Можно ли подать заявку в реабилитационный центр Oak Terrace? И нужен
ли переводчик на собрание в четверг?

С уважением,
Михаил Гольдин, 555-0132
"""
    return mail(A("Михаил Гольдин", "m.goldin@mailbox.example.net", cs="windows-1251"),
                A("Gwen Ortiz", "gortiz@marlowgeneral.example.org"),
                "Мой отец Борис Гольдин - после инсульта", D(2026, 2, 6, 18, 30),
                text(body, charset="windows-1251", cte="8bit"), client="thunderbird", subj_cs="windows-1251")


@add("phi", "talqih-tifl-laji", "Arabic (base64): resettlement health liaison tells a refugee family the catch-up vaccines and TB test for their named child.", lang="ar")
def _():
    body = """السيد أحمد الخطيب المحترم،

نود إعلامكم بأن ابنتكم ليان الخطيب (تاريخ الميلاد 2019/06/04) تحتاج
إلى جرعات استدراكية من لقاح الحصبة والنكاف والحصبة الألمانية ولقاح
شلل الأطفال، كما كانت نتيجة فحص السل الجلدي إيجابية وتحتاج إلى صورة
أشعة للصدر.

الموعد: يوم الثلاثاء 24 مارس الساعة 9:30 صباحاً في مركز فينويك الصحي،
قسم الأطفال. سيحضر مترجم عربي.

مع التحية،
فريد نوري، منسق الصحة - نيو هورايزنز
"""
    return mail(A("فريد نوري", "fnoori@newhorizons.example.org"),
                A("أحمد الخطيب", "ahmad.alkhatib@mailbox.example.net"),
                "موعد لقاحات ابنتكم ليان", D(2026, 3, 17, 12, 0),
                text(body, charset="utf-8", cte="base64"), client="gmail")


@add("phi", "heerka-leedhka-ilmaha", "Somali (QP, phone): mother asks the CHW about her named son's high blood lead level and follow-up test.", lang="so")
def _():
    body = """Salaan Xaliimo,

Dhakhtarka ayaa ii sheegay in wiilkayga Cabdiraxmaan (3 sano) uu leeyahay
leedh (lead) badan oo dhiigga ku jira, 12. Waxay yiraahdeen dhiig kale
ayaa laga qaadayaa 1 bil kadib, qof ka socda waaxda caafimaadka ayaa
guriga imanaya. Guriga waa duug. Ma i caawin kartaa turjumaan?

Mahadsanid,
Faadumo Cali

Sent from my iPhone
"""
    return mail(A("Faadumo Cali", "faadumo.cali@mailbox.example.net"),
                A("Xaliimo Warsame", "xwarsame@bridgeway.example.org"),
                "Wiilkayga - leedh dhiigga", D(2026, 5, 26, 17, 44),
                text(body, charset="utf-8", cte="quoted-printable"), client="iphone")


@add("phi", "tansyon-wo-manman-jozef", "Haitian Creole (QP): CHW tells a named client's family about her high blood pressure and the new medication dose.", lang="ht")
def _():
    body = """Bonjou Jozèf,

Mwen te vizite manman w, Madan Odette Jean-Baptiste, jodi a. Tansyon li
te 178/104. Doktè Amani di pou l pran amlodipin 10 mg chak maten
kounye a, pa 5 mg ankò. Mwen mete grenn yo nan bwat la pou semèn nan.
Li gen randevou lendi 9 novanm a 10è nan Sant Sante Fenwick. Mwen ka
mennen l.

Manouchka, CHW
Bridgeway
"""
    return mail(A("Manouchka Pierre-Louis", "mpierrelouis@bridgeway.example.org"),
                A("Jozèf Jean-Baptiste", "jozef.jb@mailbox.example.net"),
                "Tansyon manman w", D(2026, 11, 2, 16, 10),
                text(body, charset="utf-8", cte="quoted-printable"), client="outlook")


@add("phi", "zhangzhe-tangniaobing-songcan-html", "Chinese HTML-only (base64): care navigator confirms diabetic meal delivery and insulin storage for a named elderly client.", lang="zh")
def _():
    h = """<html><head><meta charset="utf-8"></head><body>
<p>李女士您好：</p>
<p>关于王秀英阿姨（出生日期 1942年8月15日）的送餐安排：</p>
<ul>
<li>她上周住院，诊断为二型糖尿病血糖过高，出院后开始每天注射胰岛素。</li>
<li>从下星期一起改为糖尿病餐，每天中午十一点前送到。</li>
<li>胰岛素笔请放在冰箱门上层，送餐员不要移动。</li>
</ul>
<p>如有问题请联系我：555-0133。</p>
<p>陈志明<br>社区护理协调员</p>
</body></html>
"""
    return mail(A("陈志明", "zchen@bridgeway.example.org"),
                A("李美华", "meihua.li@marlowmow.example.org"),
                "王秀英阿姨 糖尿病餐安排", D(2026, 7, 3, 10, 30),
                html(h, cte="base64"), client="outlook")


@add("phi", "insulin-dlia-pani-kovalenko", "Ukrainian (8bit): volunteer asks a mutual-aid group to help a named refugee get insulin for her type 1 diabetes.", lang="uk")
def _():
    body = """Друзі, потрібна допомога.

Пані Галина Коваленко (62 роки) приїхала минулого тижня з Харкова. У неї
цукровий діабет 1 типу, інсуліну залишилось на 4 дні (Лантус і
Новорапід). Медикейд ще не оформлений. Чи може хтось допомогти
оплатити інсулін або записати її до лікаря в Fenwick CHC?

Телефон пані Галини: 555-0130 (українською).

Оксана
"""
    return mail(A("Оксана Мельник", "oksana.melnyk@ukrhelp.example.org"),
                A("Eastside Mutual Aid", "requests@eastsidemutualaid.example.net"),
                "Терміново: інсулін для пані Галини", D(2026, 2, 11, 22, 15),
                mixed(text(body, charset="utf-8", cte="8bit"), att("image/png", png(8, 8, (200, 200, 190)), "IMG_4412.PNG")), client="gmail")


@add("phi", "natija-moayena-tb-nahofta", "Dari (base64): refugee clinic tells a named arrival his latent TB result and the start of rifampin.", lang="prs")
def _():
    body = """محترم آقای نجیب‌الله رحیمی،

نتیجه آزمایش خون شما (IGRA) مثبت است، اما عکس قفسه سینه شما نورمال
است. این یعنی توبرکلوز نهفته دارید و مریضی شما به دیگران سرایت
نمی‌کند. داکتر برای شما دوای ریفامپین برای چهار ماه تجویز کرده است.

نوبت بعدی: پنجشنبه ۹ اپریل، ساعت ۱۰ صبح، کلینیک صحی فنویک.
آزمایش هپاتیت B شما منفی است و واکسین آن را دریافت می‌کنید.

کلینیک صحت مهاجرین، مرکز صحی اجتماعی فنویک
"""
    return mail(A("Refugee Health Clinic", "refugeehealth@fenwickchc.example.org"),
                A("Najibullah Rahimi", "n.rahimi@mailbox.example.net"),
                "نتیجه معاینه صحی شما", D(2026, 4, 2, 13, 0),
                text(body, charset="utf-8", cte="base64"), client="outlook")


@add("phi", "baek-nae-jang-susul-cha", "Korean (EUC-KR base64): senior-centre volunteer arranges a ride for a named member's cataract surgery.", lang="ko")
def _():
    body = """박영자 선생님께,

김순옥 회원님께서 11월 12일(목) 오전 8시에 마로우 안과에서 왼쪽 눈
백내장 수술을 받으십니다. 수술 후 혼자 운전하실 수 없으므로 오전
7시 15분에 댁(45 Hill St)으로 모시러 가 주실 수 있는지요?
다음 날 오전 9시 경과 진료도 있습니다.

감사합니다.
한인 노인회 사무국
"""
    return mail(A("한인 노인회", "office@koreanseniors.example.org", cs="euc-kr"),
                A("박영자", "youngja.park@mailbox.example.net", cs="euc-kr"),
                "김순옥 회원님 백내장 수술 차량 부탁", D(2026, 11, 5, 11, 0),
                text(body, charset="euc-kr", cte="base64"), client="outlook", subj_cs="euc-kr")


@add("phi", "reentrada-pressao-alta-remedios", "Portuguese (ISO-8859-1 QP): reentry case manager tells a clinic about a named man's hypertension medicines after release.", lang="pt")
def _():
    body = """Boa tarde, enfermeira Kate,

O Sr. Wellington Souza (nascido em 14/02/1977) saiu da cadeia ontem.
Ele tem pressão alta e tomava losartana 50 mg e hidroclorotiazida
25 mg lá dentro; recebeu só 7 dias de remédio. A pressão na saída foi
158/96. Ele fala pouco inglês.

Pode marcar uma consulta com intérprete de português esta semana?

Obrigado,
Jordan Reyes, Second Door
"""
    return mail(A("Jordan Reyes", "jreyes@seconddoor.example.org"),
                A("Kate Morrison RN", "kmorrison@fenwickchc.example.org"),
                "Consulta para o Sr. Wellington Souza - pressão alta", D(2026, 8, 18, 15, 30),
                text(body, charset="iso-8859-1", cte="quoted-printable"), client="gmail", subj_cs="iso-8859-1", subj_mode="Q")


@add("phi", "resultats-hepatite-b-famille-mbuyi", "French (ISO-8859-1): refugee clinic tells a resettlement caseworker that a named arrival has chronic hepatitis B and a liver specialist referral.", lang="fr")
def _():
    body = """Bonjour Amélie,

Pour le dossier de la famille Mbuyi : M. Patrick Mbuyi (né le
03/09/1985) a une hépatite B chronique (AgHBs positif, charge virale
en cours). Nous l'avons orienté vers l'hépatologie de Marlow General,
rendez-vous le 28 avril à 14 h. Sa femme et les enfants sont immunisés
ou vaccinés. Pouvez-vous réserver un interprète en lingala ?

Cordialement,
Dr Samira Amani, Clinique de santé des réfugiés
"""
    return mail(A("Samira Amani MD", "samani@fenwickchc.example.org"),
                A("Amélie Kabasele", "akabasele@linguabridge.example.com", cs="iso-8859-1", mode="Q"),
                "Famille Mbuyi - résultats hépatite B", D(2026, 4, 14, 16, 0),
                text(body, charset="iso-8859-1", cte="8bit"), client="outlook", subj_cs="iso-8859-1", subj_mode="Q", lang="fr-FR")
# ---------------------------------------------------------- restricted
MH, SUD, HIV, GEN, REPRO = CATS


@add("restricted", "mobile-crisis-followup-lithium", "Mobile crisis team tells a case manager about a named client's bipolar disorder episode, lithium level and psychiatry follow-up.", cat=MH)
def _():
    body = """Ines,

Follow-up from last night's mobile crisis call at Ashgrove, unit 218:
Derek Sato (DOB 4/19/1988), known bipolar I disorder. He had stopped
his lithium about three weeks ago, was not sleeping, pressured speech,
spent his whole SSI check. No SI/HI. He agreed to restart lithium
300 mg BID; level drawn this morning was 0.2. Psychiatry follow-up at
Bluestem with Dr. Ellison on Thursday 10 am -- can you make sure he has
a ride?

Corinne Abate, LCSW
Marlow Mobile Crisis Team, 555-0109
"""
    return mail(A("Corinne Abate", "cabate@mobilecrisis.marlowcounty.test"),
                A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                "Follow up - D. Sato crisis call 10/6", D(2026, 10, 7, 11, 45), text(body), client="outlook")


@add("restricted", "school-anxiety-cbt-referral", "School social worker refers a named student with an anxiety disorder for weekly CBT with the school-based therapist.", cat=MH)
def _():
    body = """Hi Dr. Levin,

Referral for school-based therapy: Ava Lindström, grade 7. Her
pediatrician diagnosed generalized anxiety disorder and panic attacks
in January; she has been leaving class 3-4 times a week and missed 11
days. Mom consented (form in your box). Pediatrician suggested CBT
before considering sertraline.

Could she start weekly sessions? Tuesdays 5th period works with her
schedule.

Lucia Delgado, MSW
"""
    return mail(A("Lucia Delgado", "ldelgado@fenwickschools.example.org"),
                A("Dr. Hannah Levin", "hlevin@bluestem.example.org"),
                "SBMH referral - A. Lindstrom (7th)", D(2026, 2, 19, 13, 30), text(body), client="gmail")


@add("restricted", "jail-release-schizophrenia-injection", "Jail psychiatric services tell the reentry programme a named man with schizophrenia is due his long-acting antipsychotic injection after release.", cat=MH)
def _():
    body = """Second Door,

Continuity of care for Jerome Baskin (booking 26-006120, DOB
1/15/1992), released today. Diagnosis: schizophrenia. He is on
paliperidone palmitate 156 mg IM monthly, last injection 5/28, next due
6/25. He also takes benztropine 1 mg daily (10-day supply given).
Appointment made at Bluestem Behavioral Health ACT team intake 6/9,
9:00, with Dr. Ellison.

He was stable on the unit and agreed to ACT. ROI signed.

Dr. Victor Osei, Psychiatrist
Detention Health Services
"""
    return mail(A("Victor Osei MD", "vosei@mcdc-health.marlowcounty.test"),
                A("Second Door Reentry", "intake@seconddoor.example.org"),
                "Release today - Baskin - psych continuity", D(2026, 6, 4, 15, 0), text(body), client="outlook")


@add("restricted", "veteran-ptsd-housing-docx", "DOCX housing referral for a named veteran that records PTSD and his prolonged-exposure therapy schedule.", cat=MH)
def _():
    doc = docx(["SUPPORTIVE HOUSING REFERRAL - VETERAN",
                "Name: Curtis Ambrose   DOB 09/09/1979   HMIS 530114",
                "Referred by: Fenwick Veterans Outreach",
                "Behavioral health: PTSD (combat-related), in prolonged exposure therapy",
                "weekly, Wednesdays 3 pm, with Dr. Hale at the Veterans Clinic; prazosin for nightmares",
                "Housing needs: ground-floor unit away from the street; no roommates",
                "Income: VA disability 70%"], "Housing referral")
    return mail(A("Fenwick Veterans Outreach", "outreach@fenwickvets.example.org"),
                A("Ashgrove Case Management", "casemgmt@ashgrovehousing.example.org"),
                "Housing referral - C. Ambrose", D(2026, 5, 14, 10, 0),
                mixed(text("Referral attached. He's ready to view units any afternoon except Wednesday.\n"),
                      att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "Ambrose_housing_referral.docx")), client="outlook")


@add("restricted", "ovr-psych-eval-subject-only", "Body says only 'signed copy attached'; the Subject names the client and authorises a psychiatric evaluation and CBT for major depression.", cat=MH)
def _():
    return mail(A("Paul Nakamura", "pnakamura@ovr.state.test"),
                A("Bluestem Billing", "billing@bluestem.example.org"),
                "Auth OVR-A-119020 - D. Frye - psychiatric eval + 12 CBT sessions (major depressive disorder)",
                D(2026, 4, 28, 9, 10),
                text("Signed copy attached to follow by fax.\n\nPaul\n"), client="outlook")


@add("restricted", "eating-disorder-meal-plan-teen", "Eating-disorder programme dietitian asks a meal vendor to follow a named teen's anorexia meal plan.", cat=MH)
def _():
    body = """Hi Nourish Table,

Emma Hargrove (16) is stepping down from our eating disorder partial
hospitalization program to intensive outpatient on Monday. Her
diagnosis is anorexia nervosa, restricting type, and her family is
using your home-delivered meals for dinners. Please follow the meal
plan below exactly (3,000 kcal/day, no "light" or diet items, no
calorie labels on the containers).

  Dinner: 1 full entree + starch + 2 fats + dessert + whole milk

Thank you,
Rachel Kim, RD
Eating Disorder Program, Bluestem Behavioral Health
"""
    return mail(A("Rachel Kim RD", "rkim@bluestem.example.org"),
                A("Nourish Table Dietetics", "dietetics@nourishtable.example.net"),
                "Meal plan - E. Hargrove", D(2026, 3, 26, 14, 0), text(body), client="outlook")


@add("restricted", "ilaj-ptsd-laji-ar", "Arabic (windows-1256 QP): caseworker tells a named refugee about his PTSD therapy sessions and psychiatrist appointment.", lang="ar", cat=MH)
def _():
    body = """الأخ العزيز سامر حداد،

بعد التقييم الذي أجرته الطبيبة النفسية الأسبوع الماضي، تم تشخيصك
باضطراب ما بعد الصدمة. ستبدأ جلسات العلاج النفسي مع المعالجة ليلى
منصور كل يوم اثنين الساعة الرابعة عصراً في مركز بلوستيم، وموعدك مع
الطبيب النفسي لمتابعة دواء سيرترالين يوم 20 أبريل.

إذا احتجت إلى مواصلات اتصل بي على 555-0118.

مع التحية،
فريد نوري
"""
    return mail(A("فريد نوري", "fnoori@newhorizons.example.org", cs="windows-1256"),
                A("سامر حداد", "samer.haddad@mailbox.example.net", cs="windows-1256"),
                "مواعيد العلاج النفسي", D(2026, 4, 8, 11, 30),
                text(body, charset="windows-1256", cte="quoted-printable"), client="outlook", subj_cs="windows-1256", subj_mode="Q")


@add("restricted", "display-name-psychiatry-scheduling", "Appointment confirmation for a named client; only the sender's display name shows it is a psychiatry appointment.", cat=MH)
def _():
    return mail(A("Bluestem Behavioral Health - Adult Psychiatry Scheduling", "scheduling@bluestem.example.org"),
                A("Ines Carvalho", "icarvalho@bridgeway.example.org"),
                "Appointment confirmed", D(2026, 3, 2, 15, 20),
                text("Confirmed for Thomas Nakamura on 3/3 at 2:00 pm with Dr. Ellison. Please arrive 15 minutes early.\n"), client="system")


# --- substance-use treatment
@add("restricted", "treatment-court-status-methadone", "Treatment court status report on a named participant's methadone dose, take-homes and urine drug screens.", cat=SUD)
def _():
    lines = ["MARLOW COUNTY ADULT TREATMENT COURT - PARTICIPANT STATUS REPORT",
             "Participant: Shawna Reilly    Docket: TC-2025-0187    Phase: 2",
             "Treatment provider: Willow Creek Recovery (OTP)",
             "Medication: methadone 95 mg daily; earned 2 take-home doses per week",
             "Counselling: individual weekly, group twice weekly - attendance 100%",
             "Urine drug screens (4): 3/3 negative for fentanyl; 3/10 positive for cocaine;",
             "3/17 and 3/24 negative. Participant discussed the 3/10 result in counselling.",
             "Recommendation: continue phase 2; no sanction.",
             "Counselor: Dawn Yeager, LCADC   Consent to disclose (42 CFR Part 2) on file."]
    return mail(A("Dawn Yeager", "dyeager@willowcreekrecovery.example.org"),
                A("Treatment Court Coordinator", "treatmentcourt@courts.marlowcounty.test"),
                "Status report for 3/27 docket", D(2026, 3, 25, 16, 0),
                mixed(text("Status report attached for Friday's docket.\n\nDawn\n" + DISC + "\n"),
                      att("application/pdf", pdf(lines, "Status report"), "TC-2025-0187_status_0327.pdf")), client="outlook")


@add("restricted", "nemt-otp-daily-standing-order", "NEMT standing order for a named member's daily trips to a methadone clinic (opioid treatment programme).", cat=SUD)
def _():
    body = """Standing order request

Member: Dale Kowalczyk      Member ID: RBH-41100862
Trip type: ambulatory, round trip
Pickup: 9 Mill St, Apt 1, Fenwick, 6:10 AM
Destination: Willow Creek Recovery - Opioid Treatment Program, 300 Route 9
Days: Monday-Saturday (daily dosing; Sunday take-home)
Start: 2/2/2026   Duration: 90 days
Ordering provider: Dr. Priya Chandran, Willow Creek Recovery

Please call the member at 555-0143 if the pickup time changes.
"""
    return mail(A("Willow Creek Recovery Intake", "intake@willowcreekrecovery.example.org"),
                A("RideWell Standing Orders", "standingorders@ridewell.example.com"),
                "Standing order - RBH-41100862", D(2026, 1, 28, 12, 10), text(body), client="outlook")


@add("restricted", "jail-bup-bridge-release", "Jail health tells the reentry team a named man on buprenorphine for opioid use disorder is being released with a bridge prescription.", cat=SUD)
def _():
    body = """Jordan,

Andre Whitlock (booking 26-005833) is being released tomorrow at 9 am.
He was continued on buprenorphine/naloxone 16/4 mg daily for opioid use
disorder throughout his stay. We e-prescribed a 7-day bridge to Corner
Drug and he has an intake at the Fenwick CHC bridge clinic on 7/29 at
1 pm. Naloxone kit given at release.

Please make sure he gets to the pharmacy tomorrow; he has no phone.

Joanne Petrakis, RN
"""
    return mail(A("Joanne Petrakis RN", "jpetrakis@mcdc-health.marlowcounty.test"),
                A("Jordan Reyes", "jreyes@seconddoor.example.org"),
                "Release 7/24 - MOUD bridge", D(2026, 7, 23, 15, 40), text(body), client="outlook")


@add("restricted", "outreach-bup-induction-phone", "Phone-typed note from a harm-reduction peer that a named person started buprenorphine at the van today.", cat=SUD)
def _():
    return mail(A("Luis Ortega", "lortega@safepassage.example.org"),
                A("Bridge Clinic", "bridgeclinic@fenwickchc.example.org"),
                "tony r", D(2026, 9, 10, 16, 22),
                text("Tony Russo did the telehealth w Dr Chandran from the van at 2, got his first 8mg suboxone in at the pharmacy, said hes feeling ok no precip. He needs the follow up Friday, can u put him on the 10am? hes at the Canal St camp\n\n-Luis\n\nSent from my Galaxy\n"), client="android")


@add("restricted", "probation-iop-attendance-pdf", "IOP programme sends probation a PDF attendance letter for a named client in intensive outpatient substance-use treatment.", cat=SUD)
def _():
    letter = ["NEW DAWN RECOVERY SERVICES",
              "Intensive Outpatient Program (IOP) - Attendance Verification",
              "",
              "Client: Kyle Brennan    DOB: 02/28/1997",
              "Admitted to IOP on 04/06/2026 (alcohol and cannabis use disorder).",
              "Schedule: Mon/Wed/Thu 6-9 pm. Attended 17 of 18 sessions through 05/21.",
              "Breathalyzer and urine screens: all negative.",
              "Disclosed with written consent under 42 CFR Part 2.",
              "Marisa Oyelowo, LCADC, Program Director"]
    return mail(A("New Dawn Recovery Services", "records@newdawnrecovery.example.org"),
                A("Stan Kowal", "skowal@probation.marlowcounty.test"),
                "Attendance verification", D(2026, 5, 22, 10, 0),
                mixed(text("Please see attached.\n"), att("application/pdf", pdf(letter, "Attendance"), "attendance_verification.pdf")), client="outlook")


@add("restricted", "subject-only-detox-bed-tonight", "Body is a two-word reply; the named client's detox admission for alcohol withdrawal is only in the Subject.", cat=SUD)
def _():
    return mail(A("Marisa Quon", "mquon@lanternhouse.example.org"),
                A("Harbor Light Detox Admissions", "admissions@harborlight.example.org"),
                "Detox bed tonight for Terrence Holloway? ETOH withdrawal, last drink 6am, tremors",
                D(2026, 12, 8, 15, 5), text("calling now\n\nSent from my iPhone\n"), client="iphone")


@add("restricted", "vivitrol-alcohol-shelter-ru", "Russian (KOI8-R): shelter nurse tells a named guest's sister about his naltrexone injection for alcohol use disorder.", lang="ru", cat=SUD)
def _():
    body = """Здравствуйте, Наталья!

Ваш брат Игорь Петренко сегодня получил вторую инъекцию налтрексона
(Вивитрол 380 мг) от алкогольной зависимости в клинике Fenwick CHC.
Он посещает группу поддержки трезвости по вторникам. Следующая
инъекция 14 мая. Он разрешил мне написать вам.

Надин, медсестра приюта Lantern House
"""
    return mail(A("Nadine Oyelaran RN", "noyelaran@lanternhouse.example.org"),
                A("Наталья Петренко", "natalia.p@mailbox.example.net", cs="koi8-r"),
                "Игорь - инъекция сегодня", D(2026, 4, 16, 17, 0),
                text(body, charset="koi8-r", cte="quoted-printable"), client="outlook", subj_cs="koi8-r")


@add("restricted", "con-trai-cai-nghien-vi", "Vietnamese (base64): mother asks a navigator about her named son's residential rehab for opioid use and methadone.", lang="vi", cat=SUD)
def _():
    body = """Chào cô Hạnh,

Con trai tôi là Nguyễn Quốc Bảo đã vào trung tâm cai nghiện Harbor
Light được hai tuần để cai thuốc phiện (opioid). Bác sĩ ở đó nói khi ra
sẽ chuyển sang uống methadone mỗi ngày ở phòng khám Willow Creek. Cô
có thể giúp tôi hỏi Medicaid có trả tiền methadone không, và có xe đưa
đón mỗi sáng không?

Cảm ơn cô,
Nguyễn Thị Thu
"""
    return mail(A("Nguyễn Thị Thu", "thu.nguyen@mailbox.example.net"),
                A("Trần Thị Hạnh", "hanh.tran@bridgeway.example.org"),
                "Hỏi về con trai tôi ở trung tâm cai nghiện", D(2026, 10, 19, 19, 45),
                text(body, charset="utf-8", cte="base64"), client="gmail")


# --- HIV
@add("restricted", "ryan-white-viral-load-adap-recert", "Ryan White case manager sends ADAP a named client's viral load, CD4 and antiretroviral regimen for recertification.", cat=HIV)
def _():
    body = """ADAP recertification -- supporting documentation

Client: Marcus Oyelaran-Diaz    ADAP ID: ADAP-26-00913    DOB 1/8/1990
HIV viral load (7/30/2026): <20 copies/mL (undetectable)
CD4: 612 cells/uL
Current ART: bictegravir/emtricitabine/tenofovir alafenamide daily
Income: attached (pay stubs)
Residency: lease attached

Please process before 8/31 so there is no gap in his medication.

Andrea Lutz, Medical Case Manager (Ryan White Part B)
Lumen Clinic
"""
    return mail(A("Andrea Lutz", "alutz@lumenclinic.example.org"),
                A("State ADAP Eligibility", "adap@health.state.test"),
                "ADAP recert - ADAP-26-00913", D(2026, 8, 5, 10, 30), text(body), client="outlook")


@add("restricted", "hopwa-diagnosis-verification-pdf", "HOPWA housing application asks the clinic to verify a named applicant's HIV diagnosis; the PDF form carries it.", cat=HIV)
def _():
    form = ["HOPWA - VERIFICATION OF HIV/AIDS DIAGNOSIS",
            "Applicant: Jasmine Toliver   DOB 10/21/1994",
            "I certify that the applicant has a diagnosis of HIV infection.",
            "Date of diagnosis: 2019   Currently in care: Yes   On ART: Yes",
            "Clinician: Dr. Omar Fitzgerald, Lumen Clinic   Date: 06/30/2026"]
    body = """Dr. Fitzgerald's office,

Ms. Toliver's HOPWA application is almost complete. Attached is the
diagnosis verification form -- please sign page 1 and return by 7/10.

Ashgrove Supportive Housing, HOPWA program
"""
    return mail(A("Ashgrove HOPWA Program", "hopwa@ashgrovehousing.example.org"),
                A("Lumen Clinic Front Office", "frontoffice@lumenclinic.example.org"),
                "HOPWA application - verification form", D(2026, 6, 30, 11, 0),
                mixed(text(body), att("application/pdf", pdf(form, "HOPWA verification"), "HOPWA_verification_Toliver.pdf")), client="outlook")


@add("restricted", "hiv-nutrition-pantry-referral", "HIV clinic dietitian refers a named client with HIV-related weight loss to the food bank's nutrition programme.", cat=HIV)
def _():
    body = """Hi Priya,

Referring Samuel Akintola to the Positive Nutrition boxes. He is living
with HIV, restarted antiretrovirals in May after a gap, and has lost
14 lb since March. He needs high-calorie, high-protein items and
Ensure if you have it. He's OK with pickup at the Depot St site on
Thursdays. His number is 555-0155.

Thanks!
Lena Gruber, RD, Lumen Clinic
"""
    return mail(A("Lena Gruber RD", "lgruber@lumenclinic.example.org"),
                A("Priya Raman", "praman@marlowfood.example.org"),
                "Positive Nutrition referral", D(2026, 6, 17, 12, 20), text(body), client="outlook")


@add("restricted", "prep-inicio-navegadora-es", "Spanish (QP): PrEP navigator confirms a named client's PrEP start, HIV test result and refill.", lang="es", cat=HIV)
def _():
    body = """Hola Andrés,

Tu prueba de VIH de ayer salió negativa y tus análisis de riñón están
normales, así que ya puedes empezar la PrEP (emtricitabina/tenofovir,
una pastilla al día). La receta está lista en Corner Drug; Medicaid la
cubre al 100 %. Tu próxima cita con la Dra. Fitzgerald es el 14 de
septiembre para la prueba de 3 meses.

Cualquier duda, escríbeme.
Verónica Salas, navegadora de PrEP, Lumen Clinic
"""
    return mail(A("Verónica Salas", "vsalas@lumenclinic.example.org"),
                A("Andrés Molina", "andres.molina@mailbox.example.net"),
                "Tu PrEP está lista", D(2026, 6, 16, 10, 15),
                text(body, charset="utf-8", cte="quoted-printable"), client="outlook")


@add("restricted", "depistage-vih-reactif-fr", "French (ISO-8859-1 base64): refugee clinic tells the resettlement caseworker that a named arrival's HIV test is confirmed positive and care is arranged.", lang="fr", cat=HIV)
def _():
    body = """Bonjour Farid,

Confidentiel. Le dépistage de Mme Espérance Ndayishimiye (née le
12/12/1990) est revenu positif pour le VIH, confirmé par le test de
différenciation. Elle a été informée hier avec une interprète en
kirundi. Premier rendez-vous à la Lumen Clinic le 6 mai à 9 h avec le
Dr Fitzgerald pour commencer le traitement antirétroviral. Pouvez-vous
organiser le transport ? Elle ne souhaite pas que sa famille soit mise
au courant.

Dr Samira Amani
"""
    return mail(A("Samira Amani MD", "samani@fenwickchc.example.org"),
                A("Farid Noori", "fnoori@newhorizons.example.org"),
                "Confidentiel - Mme Ndayishimiye", D(2026, 4, 30, 8, 30),
                text(body, charset="iso-8859-1", cte="base64"), client="outlook")


@add("restricted", "nemt-hiv-clinic-destination", "borderline: a NEMT trip confirmation for a named member whose destination is an HIV care and PrEP clinic; the care category is shown only by the destination name.", cat=HIV)
def _():
    body = """Trip confirmation TRP-0902-44120

Member: Darius Webb     Member ID: RBH-52230719
Date: Wednesday 9/2/2026
Pickup: 14 Laurel Ct, Fenwick at 12:35 PM
Destination: Lumen Clinic - HIV Care & PrEP Services, 600 Harbor Ave
Appointment time: 1:15 PM
Return: will-call

RideWell Transport Services 555-0170
"""
    return mail(A("RideWell Reservations", "reservations@ridewell.example.com"),
                A("Darius Webb", "dariuswebb@mailbox.example.net"),
                "Your ride on 9/2 is confirmed", D(2026, 8, 31, 18, 0), alt(body), client="system")


@add("restricted", "ics-case-conference-viral-rebound", "Calendar invite for a case conference about a named client's HIV viral rebound and ART adherence.", cat=HIV)
def _():
    t = ics("REQUEST", "cc-0318-lumen@lumenclinic.example.org", "Case conf: Keon Ballard - VL rebound 4,200 on Biktarvy, missed refills",
            "20260318T120000", "20260318T123000", ("Andrea Lutz", "alutz@lumenclinic.example.org"),
            [("Ines Carvalho", "icarvalho@bridgeway.example.org"), ("Lydia Park", "lpark@ashgrovehousing.example.org")],
            "Teams call", "Housing instability since January; pharmacy delivery to Ashgrove? Adherence support plan.")
    return mail(A("Andrea Lutz", "alutz@lumenclinic.example.org"),
                "Ines Carvalho <icarvalho@bridgeway.example.org>, Lydia Park <lpark@ashgrovehousing.example.org>",
                "Invitation: Case conf: Keon Ballard @ Wed Mar 18 12pm", D(2026, 3, 12, 9, 0),
                MP("alternative", [text("Case conference invite - details in the calendar item.\n"), cal(t, "REQUEST")]), client="outlook")


# --- genetic
@add("restricted", "mlp-gina-brca1-employer", "Legal aid writes about a named client's positive BRCA1 test and her employer's questions (GINA).", cat=GEN)
def _():
    body = """Ms. Dunleavy,

Thank you for meeting with me. To confirm what we discussed: your
genetic test at Marlow General showed a pathogenic BRCA1 variant, and
your genetic counselor recommended risk-reducing surgery, which you are
scheduling for November. Your supervisor's request for "the genetic
report" to approve your leave is not permitted under GINA. You only
need to provide the FMLA certification, which does not need to mention
the test.

I will send a letter to HR this week.

Naomi Feldstein, Staff Attorney
"""
    return mail(A("Naomi Feldstein", "nfeldstein@marlowlegalaid.example.org"),
                A("Colleen Dunleavy", "cdunleavy@mailbox.example.net"),
                "Following up on our meeting", D(2026, 9, 24, 16, 30), text(body), client="outlook")


@add("restricted", "fragile-x-result-school-plan", "Parent shares her named son's fragile X genetic test result with the school social worker for his IEP.", cat=GEN)
def _():
    body = """Hi Ms. Delgado,

We finally got the genetic testing back for Noah. The developmental
pediatrician said it confirmed fragile X syndrome (full mutation, more
than 200 CGG repeats). The genetic counselor is also testing me and his
sister next month. Can we add this to his IEP meeting on the 12th? I
have the report if the school psychologist needs it.

Thanks,
Rebecca Thornton (Noah's mom, 2nd grade, Mr. Ruiz)
"""
    return mail(A("Rebecca Thornton", "rthornton@mailbox.example.net"),
                A("Lucia Delgado", "ldelgado@fenwickschools.example.org"),
                "Noah's genetic test results", D(2026, 10, 2, 20, 10), text(body), client="gmail")


@add("restricted", "tibebe-tre-drepanosite-ht", "Haitian Creole (QP): CHW tells a named mother her newborn's screening shows sickle cell trait (carrier) and offers genetic counselling.", lang="ht", cat=GEN)
def _():
    body = """Bonjou Madan Fabienne Augustin,

Rezilta tès tibebe w, Wideline, soti: li gen "trè drepanositè" (sickle
cell trait). Sa vle di li pote jèn nan men li pa malad. Doktè a ofri yon
randevou ak yon konseye jenetik pou esplike sa pou pwochen gwosès ou ak
pou papa a tou. Randevou a se 3 jen a 2è nan Marlow General.

Si w vle, m ka vini avè w.
Manouchka, CHW
"""
    return mail(A("Manouchka Pierre-Louis", "mpierrelouis@bridgeway.example.org"),
                A("Fabienne Augustin", "fabienne.augustin@mailbox.example.net"),
                "Rezilta tès tibebe w", D(2026, 5, 21, 14, 0),
                text(body, charset="utf-8", cte="quoted-printable"), client="outlook")


@add("restricted", "huntington-predictive-testing-ovr", "Disability advocate asks VR to pause a named client's plan while she completes Huntington's predictive genetic testing and counselling.", cat=GEN)
def _():
    body = """Paul,

Writing with Megan Ostrowski's permission (OVR case 26-01544). Her
father has Huntington's disease and Megan has decided to go through
predictive genetic testing. She's had two genetic counselling sessions
at Marlow General and the blood draw is 3/19; results in about four
weeks. She asked to pause the job placement step of her plan until
after she gets the result and meets with the counselor again.

Tanya Brooks, Ability Works
"""
    return mail(A("Tanya Brooks", "tbrooks@abilityworks.example.org"),
                A("Paul Nakamura", "pnakamura@ovr.state.test"),
                "Megan O. - plan pause request", D(2026, 3, 5, 11, 20), text(body), client="outlook")


@add("restricted", "yichuan-zixun-lynch-zh", "Chinese (GB2312 base64): navigator books an interpreter for a named patient's genetic counselling about a Lynch syndrome result.", lang="zh", cat=GEN)
def _():
    body = """陈先生您好：

您母亲黄玉兰女士（出生日期 1958年3月2日）的基因检测结果显示
MLH1 基因有致病性变异（林奇综合征）。遗传咨询师安排了4月21日
下午2点的遗传咨询，会讲解结肠镜检查的频率，以及家人是否需要检测。
我已预约普通话翻译，并安排了交通。

社区护理协调员 陈志明  555-0133
"""
    return mail(A("陈志明", "zchen@bridgeway.example.org", cs="gb2312"),
                A("陈建国", "jianguo.chen@mailbox.example.net", cs="gb2312"),
                "您母亲的遗传咨询预约", D(2026, 4, 9, 10, 0),
                text(body, charset="gb2312", cte="base64"), client="outlook", subj_cs="gb2312")


# --- reproductive
@add("restricted", "abortion-travel-fund-logistics", "Mutual-aid abortion fund coordinates travel and lodging for a named caller's out-of-state procedure.", cat=REPRO)
def _():
    body = """Hi Jess,

Confirming everything for your trip:

- Your appointment at the clinic is Thursday 4/16 at 8:00 am for a
  procedural abortion (you're 15 weeks, so it's one day).
- Bus leaves Fenwick Wed 4/15 at 1:20 pm; ticket is in your email.
- Hotel Wed night is paid; confirmation #HW-55120 under Jessica Tran.
- The fund is covering $650 of the procedure cost; the clinic has it
  on file.

A volunteer driver, Ro, will meet you at the station. Text me anytime.

- Sam, Eastside Mutual Aid travel fund
"""
    return mail(A("Sam at EMAN", "travelfund@eastsidemutualaid.example.net"),
                A("Jessica Tran", "jesstran04@mailbox.example.net"),
                "your trip details", D(2026, 4, 10, 22, 30), text(body), client="gmail")


@add("restricted", "shelter-nexplanon-insertion", "Shelter nurse arranges a named guest's contraceptive implant insertion at a clinic.", cat=REPRO)
def _():
    body = """Hi Kate,

Latoya Banks (family room 3) would like the Nexplanon implant after we
talked through her birth control options. Her last period started 8/28
and she's had a negative pregnancy test here today. Can she get an
insertion appointment next week? She prefers a female provider and
mornings while her kids are at school.

Nadine, RN, Lantern House
"""
    return mail(A("Nadine Oyelaran RN", "noyelaran@lanternhouse.example.org"),
                A("Kate Morrison RN", "kmorrison@fenwickchc.example.org"),
                "Nexplanon appt for L. Banks", D(2026, 9, 8, 10, 50), text(body), client="outlook")


@add("restricted", "outreach-sti-results-your-treatment", "Harm-reduction nurse tells a named client his syphilis and chlamydia results and the treatment he needs.", cat=REPRO)
def _():
    body = """Hi Devonte,

Your results from the van on Friday are back. Your syphilis test is
positive and chlamydia is positive; HIV and hepatitis C were negative.
Both are easy to treat: a penicillin shot and doxycycline pills for a
week. Can you come to the van Tuesday 3-6 at Riverside Park? Your
partners should get treated too -- we can help with that, no names
needed.

Tasha Freeman, RN
Safe Passage
"""
    return mail(A("Tasha Freeman", "tfreeman@safepassage.example.org"),
                A("Devonte Harris", "devonte.h@mailbox.example.net"),
                "your results", D(2026, 7, 13, 11, 10), text(body), client="outlook")


@add("restricted", "mlp-ivf-coverage-appeal", "Legal aid appeals a health plan's denial of IVF coverage for a named client, citing claim numbers.", cat=REPRO)
def _():
    body = """Northbrook Mutual Appeals Unit,

Re: Member Priya Balakrishnan, ID NBM-77310452, claims 26-113904 and
26-113905

We appeal the denial of coverage for in vitro fertilization (egg
retrieval 2/3/2026 and frozen embryo transfer 3/10/2026) at Cedar
Fertility Center. Ms. Balakrishnan's plan includes the state-mandated
infertility benefit; her diagnosis of bilateral tubal factor
infertility is documented. The denial reason ("experimental") is
incorrect.

Naomi Feldstein, Staff Attorney
"""
    return mail(A("Naomi Feldstein", "nfeldstein@marlowlegalaid.example.org"),
                A("Northbrook Appeals", "appeals@northbrookmutual.example.com"),
                "Appeal - NBM-77310452 - IVF denial", D(2026, 5, 7, 9, 0), text(body), client="outlook")


@add("restricted", "detainee-termination-transport", "Jail health asks transport to take a named detainee to a pregnancy-termination appointment.", cat=REPRO)
def _():
    body = """Sgt. Morales,

Medical transport request, confidential:

Detainee: Crystal Ames, booking 26-007301
Destination: Eastgate Women's Health, 1400 River Rd
Date/time: Tuesday 8/11, 7:30 am check-in
Purpose: pregnancy termination appointment requested by the detainee
(two visits; the second will be scheduled by the clinic)
Female officer required. No restraints on the abdomen.

Joanne Petrakis, RN, HSA
"""
    return mail(A("Joanne Petrakis RN", "jpetrakis@mcdc-health.marlowcounty.test"),
                A("Sgt. Luis Morales", "lmorales@sheriff.marlowcounty.test"),
                "Medical transport 8/11 - confidential", D(2026, 8, 6, 13, 15), text(body), client="outlook")


@add("restricted", "spiral-konsultatsiia-uk", "Ukrainian (windows-1251): volunteer confirms a named refugee's contraception counselling and IUD insertion appointment.", lang="uk", cat=REPRO)
def _():
    body = """Вітаю, пані Олено!

Підтверджую ваш запис у жіночу консультацію Eastgate Women's Health:
консультація щодо контрацепції та встановлення внутрішньоматкової
спіралі — понеділок, 16 березня, о 10:30. Лікарка Dr. Hale. Перекладач
українською буде на місці. Медикейд покриває повністю.

Олена Бондар, дата народження 22.07.1996 — вкажіть це на реєстрації.

Оксана
"""
    return mail(A("Оксана Мельник", "oksana.melnyk@ukrhelp.example.org", cs="windows-1251"),
                A("Олена Бондар", "olena.bondar@mailbox.example.net", cs="windows-1251"),
                "Ваш запис 16 березня", D(2026, 3, 10, 18, 0),
                text(body, charset="windows-1251", cte="8bit"), client="thunderbird", subj_cs="windows-1251")


@add("restricted", "recordatorio-inyeccion-depo-es", "Spanish phone message: school-based health centre reminds a named teen of her confidential Depo-Provera injection.", lang="es", cat=REPRO)
def _():
    return mail(A("Centro de Salud Escolar", "sbhc@fenwickchc.example.org"),
                A("Daniela Ortiz", "dani.ortiz09@mailbox.example.net"),
                "Recordatorio de tu cita", D(2026, 10, 26, 8, 0),
                text("Hola Daniela, te toca tu inyección anticonceptiva (Depo-Provera) esta semana. Puedes venir al centro de salud de la escuela el miércoles en el recreo o después de clases. Tu visita es confidencial. - Enfermera Kate\n"), client="system")


# ================================================================ BUILD
FORBIDDEN = ("trap", "phi", "restricted", "none")


def build():
    seen = set()
    for m in MSGS:
        assert m["label"] in LABELS, m["slug"]
        assert m["slug"] not in seen, "duplicate slug " + m["slug"]
        assert re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", m["slug"]), m["slug"]
        assert not any(f in m["slug"] for f in FORBIDDEN), "forbidden word in slug " + m["slug"]
        seen.add(m["slug"])
        if m["label"] == "restricted":
            assert m["cat"] in CATS, m["slug"]
        else:
            assert m["cat"] is None, m["slug"]
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    files = {}
    rows = []
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        ST.slug, ST.n = m["slug"], 0
        raw = m["fn"]()
        rel = "%s/%03d-%s.eml" % (m["label"], num, m["slug"])
        m["rel"] = rel
        files[rel] = raw
        rows.append("%s\t%s\t%s" % (rel, m["label"], m["reason"]))
    rows.sort()
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files


# ================================================================ CHECK
ALLOWED_DOM = ("example.com", "example.org", "example.net")


def dom_ok(d):
    d = d.lower().rstrip(".")
    return d.endswith(".test") or any(d == a or d.endswith("." + a) for a in ALLOWED_DOM)


RE_EMAIL = re.compile(r"[A-Za-z0-9._%+=$-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})")
RE_URL = re.compile(r"(?i)\b(?:https?|ftp)://([^/\s\"'<>:)\]]+)")
RE_HOST = re.compile(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|us|io|info|biz|co))\b")
RE_PHONE = [re.compile(r"(?<![\d-])(\d{3})[-.](\d{3})[-.](\d{4})(?![\d-])"),
            re.compile(r"\((\d{3})\)\s?(\d{3})-(\d{4})(?!\d)")]
RE_555 = re.compile(r"(?<![\d-])555[-.](\d{4})(?![\d-])")
RE_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
RE_QP_LINE = re.compile(rb"^(?:[\x21-\x3c\x3e-\x7e\t ]|=[0-9A-F]{2})*=?$")


def scan_text(t, where, errs):
    for mm in RE_EMAIL.finditer(t):
        if not dom_ok(mm.group(1)):
            errs.append("%s: address domain %s" % (where, mm.group(1)))
    for mm in RE_URL.finditer(t):
        if not dom_ok(mm.group(1)):
            errs.append("%s: URL host %s" % (where, mm.group(1)))
    for mm in RE_HOST.finditer(t):
        if not dom_ok(mm.group(1)):
            errs.append("%s: host name %s" % (where, mm.group(1)))
    for rx in RE_PHONE:
        for mm in rx.finditer(t):
            if mm.group(2) != "555" or not mm.group(3).startswith("01"):
                errs.append("%s: phone-like number %s" % (where, mm.group(0)))
    for mm in RE_555.finditer(t):
        if not mm.group(1).startswith("01"):
            errs.append("%s: 555 number %s" % (where, mm.group(0)))
    for mm in RE_IP.finditer(t):
        a = [int(x) for x in mm.groups()]
        ok = a[0] == 10 or a[:3] in ([192, 0, 2], [198, 51, 100], [203, 0, 113]) or a == [127, 0, 0, 1]
        if not ok:
            errs.append("%s: IPv4 %s" % (where, mm.group(0)))


def check_pdf(data, where, errs):
    if not data.startswith(b"%PDF-"):
        errs.append(where + ": not a PDF")
        return ""
    sx = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not sx:
        errs.append(where + ": no startxref")
        return ""
    x = int(sx.group(1))
    if data[x:x + 4] != b"xref":
        errs.append(where + ": startxref wrong")
        return ""
    m = re.match(rb"xref\n0 (\d+)\n", data[x:])
    n = int(m.group(1))
    pos = x + m.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        off = int(ent[:10])
        if i and not data[off:].startswith(b"%d 0 obj" % i):
            errs.append("%s: xref offset of object %d wrong" % (where, i))
    txt = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        body = data[sm.end():sm.end() + ln]
        if data[sm.end() + ln:sm.end() + ln + 9] != b"endstream":
            errs.append(where + ": stream length wrong")
        if sm.group(2):
            body = zlib.decompress(body)
        txt.append(body.decode("latin-1"))
    return "\n".join(txt) + "\n" + data.decode("latin-1")


def check_docx(data, where, errs):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            errs.append(where + ": bad zip member")
        root = ET.fromstring(z.read("word/document.xml"))
        t = "\n".join(e.text or "" for e in root.iter() if e.tag.endswith("}t"))
        return t + "\n" + ET.fromstring(z.read("docProps/core.xml")).findtext(".//{http://purl.org/dc/elements/1.1/}title", "")
    except Exception as e:  # noqa
        errs.append("%s: docx: %s" % (where, e))
        return ""


def check_ics(t, where, errs):
    stack = []
    for line in t.replace("\r\n ", "").splitlines():
        if line.startswith("BEGIN:"):
            stack.append(line[6:])
        elif line.startswith("END:"):
            if not stack or stack.pop() != line[4:]:
                errs.append(where + ": ICS BEGIN/END mismatch")
                return
    if stack:
        errs.append(where + ": ICS unclosed " + ",".join(stack))


def check_headers_block(msg, where, errs, top):
    for k, v in msg.raw_items():
        if not v.isascii():
            errs.append("%s: raw 8-bit in header %s" % (where, k))
    if top:
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[k] is None:
                errs.append("%s: missing %s" % (where, k))
        if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
            errs.append(where + ": Content-Type without MIME-Version")
        d = msg["Date"]
        if d is not None:
            dt = email.utils.parsedate_to_datetime(str(d))
            if dt.year != 2026 or dt.tzinfo is None:
                errs.append(where + ": Date not 2026 with zone")
        m = msg["Message-ID"]
        if m is not None and not re.match(r"^<[^<>@\s]+@[^<>@\s]+>$", str(m).strip()):
            errs.append(where + ": bad Message-ID")
    texts = []
    for k, v in msg.items():
        for dfc in getattr(v, "defects", ()):
            errs.append("%s: header %s defect %r" % (where, k, dfc))
        if "=?" in str(v):
            errs.append("%s: undecoded encoded word in %s" % (where, k))
        texts.append(str(v))
    return "\n".join(texts)


def validate(raw, where):
    errs = []
    body = raw.replace(b"\r\n", b"")
    if b"\n" in body or b"\r" in body:
        errs.append(where + ": bare LF or CR")
    for i, line in enumerate(raw.split(b"\r\n")):
        if len(line) > 998:
            errs.append("%s: line %d longer than 998" % (where, i + 1))
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    texts = []
    tops = {id(msg)}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                tops.add(id(sub))
    for part in msg.walk():
        pw = "%s[%s]" % (where, part.get_content_type())
        for dfc in part.defects:
            errs.append("%s: defect %r" % (pw, dfc))
        texts.append(check_headers_block(part, pw, errs, id(part) in tops))
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if part.is_multipart():
            continue
        try:
            content = part.get_content()
        except Exception as e:  # noqa
            errs.append("%s: get_content failed: %s" % (pw, e))
            continue
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        rawp = part.get_payload(decode=False)
        if isinstance(rawp, str):
            rawb = rawp.encode("ascii", "surrogateescape") if cte in ("base64", "quoted-printable", "7bit") else None
        else:
            rawb = None
        if cte == "base64":
            lines = [l for l in rawb.split(b"\n")]
            if any(len(l.rstrip(b"\r")) > 76 for l in lines):
                errs.append(pw + ": base64 line > 76")
            try:
                base64.b64decode(b"".join(l.rstrip(b"\r") for l in lines), validate=True)
            except (binascii.Error, ValueError) as e:
                errs.append("%s: bad base64 %s" % (pw, e))
        elif cte == "quoted-printable":
            for l in rawb.split(b"\n"):
                l = l.rstrip(b"\r")
                if len(l) > 76 or not RE_QP_LINE.match(l) or l[-1:] in (b" ", b"\t"):
                    errs.append("%s: bad QP line %r" % (pw, l[:40]))
                    break
        elif cte == "7bit":
            if not rawb.isascii():
                errs.append(pw + ": 8-bit data in 7bit part")
        elif cte not in ("8bit", "binary"):
            errs.append(pw + ": unknown CTE " + cte)
        data = part.get_payload(decode=True)
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = data.decode(codec(cs))
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: charset %s: %s" % (pw, cs, e))
                t = ""
            texts.append(t)
            if ctype == "text/calendar":
                check_ics(t, pw, errs)
        elif ctype == "application/ics":
            t = data.decode("utf-8")
            check_ics(t, pw, errs)
            texts.append(t)
        elif ctype == "application/pdf":
            texts.append(check_pdf(data, pw, errs))
        elif ctype.endswith("wordprocessingml.document"):
            texts.append(check_docx(data, pw, errs))
        elif ctype == "image/png":
            if not data.startswith(b"\x89PNG"):
                errs.append(pw + ": bad PNG")
        elif ctype.startswith("message/"):
            pass
        elif ctype in ("text/csv",):
            texts.append(data.decode("utf-8"))
    scan_text("\n".join(texts), where, errs)
    return errs


def check(files=None):
    errs = []
    expect = build()
    want_files = set(expect)
    on_disk = set()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if os.path.isdir(d):
            for f in os.listdir(d):
                on_disk.add("%s/%s" % (lab, f))
    if os.path.exists(os.path.join(HERE, "labels.tsv")):
        on_disk.add("labels.tsv")
    for f in sorted(want_files - on_disk):
        errs.append("missing on disk: " + f)
    for f in sorted(on_disk - want_files):
        errs.append("unexpected file on disk: " + f)
    cnt = collections.Counter(m["label"] for m in MSGS)
    for lab in LABELS:
        if cnt[lab] != WANT[lab]:
            errs.append("label %s: %d messages, want %d" % (lab, cnt[lab], WANT[lab]))
    nums = sorted(int(os.path.basename(f)[:3]) for f in want_files if f.endswith(".eml"))
    if nums != list(range(1, 201)):
        errs.append("numbers are not 001-200")
    tsv = expect["labels.tsv"].decode("utf-8").splitlines()
    if len(tsv) != 200 or sorted(tsv) != tsv:
        errs.append("labels.tsv: wrong length or not sorted")
    for row in tsv:
        f, lab, why = row.split("\t")
        if f.split("/")[0] != lab or f not in want_files or not why.strip():
            errs.append("labels.tsv: bad row " + f)
    for f in sorted(want_files & on_disk):
        with open(os.path.join(HERE, f), "rb") as fh:
            got = fh.read()
        if got != expect[f]:
            errs.append("differs from what gen.py writes: " + f)
        if f.endswith(".eml"):
            errs += validate(got, f)
    return errs


def write():
    files = build()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for f, data in files.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)


def stats():
    build()
    out = collections.OrderedDict()
    lab_lang = collections.Counter()
    top = collections.Counter()
    inner = collections.Counter()
    cs = collections.Counter()
    ctes = collections.Counter()
    cats = collections.Counter()
    langs = collections.defaultdict(list)
    border = collections.Counter()
    for m in MSGS:
        with open(os.path.join(HERE, m["rel"]), "rb") as fh:
            raw = fh.read()
        msg = BytesParser(policy=email.policy.default).parsebytes(raw)
        top[msg.get_content_type()] += 1
        for p in msg.walk():
            if p is not msg:
                inner[p.get_content_type()] += 1
            c = p.get_content_charset()
            if c:
                cs[c.lower()] += 1
            if not p.is_multipart():
                ctes[p.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        if m["lang"] != "en":
            lab_lang[m["label"]] += 1
            langs[m["label"]].append(m["lang"])
        if m["cat"]:
            cats[m["cat"]] += 1
        if m["reason"].startswith("borderline:"):
            border[m["label"]] += 1
    print("labels:", dict(collections.Counter(m["label"] for m in MSGS)))
    print("not in English:", dict(lab_lang), "total", sum(lab_lang.values()))
    for lab in LABELS:
        print("  %s: %s" % (lab, ", ".join("%s x%d" % kv for kv in sorted(collections.Counter(langs[lab]).items()))))
    print("restricted categories:", dict(cats))
    print("borderline:", dict(border))
    print("top-level:", dict(top.most_common()))
    print("inner parts:", dict(inner.most_common()))
    print("charsets:", dict(cs.most_common()))
    print("transfer encodings:", dict(ctes.most_common()))


def main():
    if "--stats" in sys.argv:
        stats()
        return 0
    if "--check" not in sys.argv:
        write()
    errs = check()
    for e in errs:
        print(e)
    n = sum(1 for m in MSGS)
    if errs:
        print("FAIL: %d problems" % len(errs))
        return 1
    print("OK: %d messages (%s), labels.tsv and MIME checks pass" % (
        n, ", ".join("%d %s" % (collections.Counter(m["label"] for m in MSGS)[l], l) for l in LABELS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
