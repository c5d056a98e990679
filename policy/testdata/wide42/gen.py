#!/usr/bin/env python3
"""Generator for wide42: one ordinary fortnight of mail around children's
health (a paediatric practice, a children's hospital's clinics, school
nurses, early intervention, a children's dentist, a therapy clinic, camps,
sports, child care, families, payers, vendors, HR and IT).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print labels, categories, languages, structure

Standard library only.  Deterministic: fixed dates, Message-IDs, MIME
boundaries, zip timestamps and a fixed shuffle seed.  Every person,
organisation, address, phone number and identifier below is invented.
"""
import base64
import collections
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

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261216
LABELS = ("none", "phi", "restricted")
COUNTS = {"none": 70, "phi": 52, "restricted": 28}
CATS = ("mental health", "substance use", "HIV", "genetic", "reproductive")
FORBIDDEN_SLUG = ("trap", "phi", "restricted", "none")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-15": "iso8859_15",
    "windows-1252": "cp1252", "windows-1250": "cp1250",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "koi8-u": "koi8_u", "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
    "ks_c_5601-1987": "euc_kr", "windows-1254": "cp1254",
    "iso-8859-9": "iso8859_9",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


# ------------------------------------------------------------ identifiers --
def npi(base9):
    """Complete a 9-digit base into an NPI that passes Luhn with 80840."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n):
    if not re.fullmatch(r"\d{10}", n):
        return False
    return npi(n[:9]) == n


def dea(letters, six):
    d = [int(c) for c in six]
    s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
    return letters + six + str(s % 10)


def dea_ok(x):
    return bool(re.fullmatch(r"[A-Z]{2}\d{7}", x)) and dea(x[:2], x[2:8]) == x


# ---------------------------------------------------------------- state --
class _St:
    slug = ""
    n = 0


ST = _St()


def _h(tag):
    ST.n += 1
    return hashlib.sha256(("%s|%d|%s" % (ST.slug, ST.n, tag)).encode()).hexdigest()


def boundary(style=None):
    h = _h("b")
    style = int(h[0], 16) % 4 if style is None else style
    if style == 0:
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:
        return "000000000000%s" % h[1:17]
    if style == 2:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1789000000000 + int(h[13:18], 16))


def msgid(domain):
    h = _h("m")
    style = int(h[0], 16) % 4
    if style == 0:
        local = "%s.%s" % (h[1:13].upper(), h[13:21].upper())
    elif style == 1:
        local = "CAM%s" % base64.urlsafe_b64encode(bytes.fromhex(h[1:31])).decode().rstrip("=")
    elif style == 2:
        local = "%s-%s-%s-%s-%s" % (h[1:9], h[9:13], h[13:17], h[17:21], h[21:33])
    else:
        local = "%s.%s.JavaMail.app" % (int(h[1:9], 16), int(h[9:15], 16))
    return "<%s@%s>" % (local, domain)


_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(d, h, mi=0, s=0, tz="-0400", mo=9):
    """A date in the fortnight 14-27 September 2026 (US Eastern by default)."""
    wd = _WD[datetime.date(2026, mo, d).weekday()]
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (wd, d, _MON[mo - 1], h, mi, s, tz)


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


def AL(*boxes):
    return ",\r\n ".join(boxes)


def _param(k, v):
    if v.isascii():
        return '%s="%s"' % (k, v.replace('"', '\\"'))
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
    return "%s*=utf-8''%s" % (k, enc)


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte="7bit", headers=(),
                 disp=None, filename=None, parts=None, bstyle=None,
                 no_cte=False):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.headers, self.disp, self.filename = list(headers), disp, filename
        self.parts, self.bstyle, self.no_cte = parts, bstyle, no_cte

    def head(self):
        ps = [self.ctype]
        if self.parts is not None:
            self.bnd = boundary(self.bstyle)
            ps.append('boundary="%s"' % self.bnd)
        for k, v in self.params:
            ps.append(_param(k, v) if k in ("name",) else '%s=%s' % (k, v))
        if self.filename and not any(k == "name" for k, _ in self.params):
            ps.append(_param("name", self.filename))
        lines = ["Content-Type: " + ";\r\n\t".join(ps) if len("; ".join(ps)) > 70 else "Content-Type: " + "; ".join(ps)]
        if self.parts is None and not self.no_cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.disp or self.filename:
            dv = self.disp or "attachment"
            if self.filename:
                dv += ";\r\n\t" + _param("filename", self.filename)
            lines.append("Content-Disposition: " + dv)
        lines += self.headers
        return lines

    def body(self):
        if self.parts is not None:
            out = b"" if not getattr(self, "preamble", None) else self.preamble.encode() + b"\r\n"
            for p in self.parts:
                out += ("--%s\r\n" % self.bnd).encode()
                out += ("\r\n".join(p.head()) + "\r\n\r\n").encode("ascii")
                out += p.body()
                if not out.endswith(b"\r\n"):
                    out += b"\r\n"
            out += ("--%s--\r\n" % self.bnd).encode()
            return out
        d = self.data
        if self.cte == "base64":
            return b64_encode(d)
        if self.cte == "quoted-printable":
            return qp_encode(d) + b"\r\n"
        return d if d.endswith(b"\r\n") else d + b"\r\n"


def _cs_cte(text, cs, cte):
    data = nl(text).encode(codec(cs))
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    return data, cte


def T(text, cs="utf-8", cte=None, flowed=False, **kw):
    data, cte = _cs_cte(text, cs, cte)
    params = [("charset", '"%s"' % cs if cs.lower() == "utf-8" and not flowed else cs)]
    if flowed:
        params += [("format", "flowed"), ("delsp", "yes")]
    return Part("text/plain", data, params, cte, **kw)


def H(html, cs="utf-8", cte=None, **kw):
    data, cte = _cs_cte(html, cs, cte)
    return Part("text/html", data, [("charset", '"%s"' % cs)], cte, **kw)


def ALT(text_part, html_part):
    return Part("multipart/alternative", parts=[text_part, html_part])


def MIX(*parts):
    return Part("multipart/mixed", parts=list(parts))


def html_wrap(inner, title=""):
    return ("<html>\n<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</body>\n</html>\n" % (title, inner))


# ---------------------------------------------------------- attachments --
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines, flate=False, title="Document"):
    """A one-page PDF with a real text layer; offsets and lengths exact."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "54 740 Td"]
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
        ("<< /Title (%s) /Producer (Document Services 4.2) /CreationDate (D:20260915090000-04'00') >>" % _pdf_esc(title)).encode("latin-1"),
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


def PDF(filename, lines, flate=False, title="Document"):
    return Part("application/pdf", pdf_bytes(lines, flate, title), cte="base64", filename=filename)


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p) for p in paras)
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, text.encode("utf-8"))
    return bio.getvalue()


def DOCX(filename, paras):
    return Part("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx_bytes(paras), cte="base64", filename=filename)


def png_bytes(w=4, h=3, grey=200):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes([grey]) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def PNG(filename):
    return Part("image/png", png_bytes(), cte="base64", filename=filename)


def JPGNAME(filename):
    """A phone photo: image/jpeg with a minimal JFIF header (no text)."""
    data = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + hashlib.sha256(filename.encode()).digest() * 4 + b"\xff\xd9")
    return Part("image/jpeg", data, cte="base64", filename=filename)


def CSV(filename, rows, cte="base64"):
    text = "\r\n".join(",".join(('"%s"' % c if ("," in c or " " in c) else c) for c in r) for r in rows) + "\r\n"
    data = text.encode("utf-8")
    return Part("text/csv", data, [("charset", "utf-8")], cte, filename=filename)


def HL7(filename, segments):
    return Part("application/hl7-v2", "\r".join(segments).encode("ascii") + b"\r", cte="base64", filename=filename)


def JSONP(filename, obj, ctype="application/fhir+json"):
    data = json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8")
    return Part(ctype, nl(data.decode()).encode("utf-8"), cte="base64", filename=filename)


def ics_text(method, uid, start, end, summary, desc="", location="", organizer="", attendees=(), stamp="20260914T120000Z", tzid="America/New_York"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Calendar Server//EN", "VERSION:2.0", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:" + tzid, "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
         "TZNAME:EDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
         "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
         "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
         "SUMMARY:" + esc(summary)]
    if location:
        L.append("LOCATION:" + esc(location))
    if desc:
        L.append("DESCRIPTION:" + esc(desc))
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, ad in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (cn, ad))
    L += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:
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


def ICS(method, *a, filename=None, **kw):
    text = ics_text(method, *a, **kw)
    data = text.encode("utf-8")
    cte = "7bit" if data.isascii() else "base64"
    return Part("text/calendar", data, [("method", method), ("charset", "UTF-8")], cte, filename=filename)


# ------------------------------------------------------------- messages --
MSGS = []


def M(label, slug, reason, frm, to, subj, date, body, lang="en", trap=False,
      cc=None, extra=(), scs="utf-8", smode="B", mailer=None, where="body",
      bare=False, reply_to=None, irt=None):
    """Register one message.  body is a Part or a plain ASCII/UTF-8 string."""
    MSGS.append(dict(label=label, slug=slug, reason=reason, frm=frm, to=to,
                     subj=subj, date=date, body=body, lang=lang, trap=trap,
                     cc=cc, extra=list(extra), scs=scs, smode=smode,
                     mailer=mailer, where=where, bare=bare,
                     reply_to=reply_to, irt=irt))


def _domain_of(frm):
    m = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm)
    return m.group(1) if m else "mail.example.com"


def render(m):
    ST.slug, ST.n = m["slug"], 0
    body = m["body"]
    if isinstance(body, str):
        body = T(body)
    hdr = []
    hdr.append("From: " + m["frm"])
    hdr.append("To: " + m["to"])
    if m["cc"]:
        hdr.append("Cc: " + m["cc"])
    if m["reply_to"]:
        hdr.append("Reply-To: " + m["reply_to"])
    subj = ew(m["subj"], m["scs"], m["smode"])
    hdr.append("Subject: " + subj)
    hdr.append("Date: " + m["date"])
    hdr.append("Message-ID: " + msgid(_domain_of(m["frm"])))
    if m["irt"]:
        ref = "<%s@%s>" % (_h("irt")[:20], m["irt"])
        hdr.append("In-Reply-To: " + ref)
        hdr.append("References: " + ref)
    for x in m["extra"]:
        hdr.append(x)
    if m["mailer"]:
        hdr.append(m["mailer"])
    if m["bare"]:
        return ("\r\n".join(hdr) + "\r\n\r\n").encode("ascii") + body.body()
    hdr.append("MIME-Version: 1.0")
    hdr += body.head()
    return ("\r\n".join(hdr) + "\r\n\r\n").encode("ascii") + body.body()


# Common mailer headers
IPHONE = "X-Mailer: iPhone Mail (22G86)"
OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
THUNDER = "User-Agent: Mozilla Thunderbird"
ANDROID = "X-Mailer: Android Mail"
SIG_IPHONE = "\n\nSent from my iPhone\n"
SIG_ANDROID = "\n\nSent from my Galaxy\n"

# =====================================================================
# Invented organisations and people used throughout
# =====================================================================
MPD = "maplebrookpeds.example.com"        # Maplebrook Pediatrics
SBC = "stbrigid.example.org"              # St. Brigid Children's Hospital
WCU = "willowcreekusd.example.net"        # Willow Creek Unified School District
EIP = "littleacorns.example.org"          # Little Acorns Early Intervention
BSD = "brightsmilesdental.example.com"    # Bright Smiles Pediatric Dentistry
KPT = "kitetherapy.example.com"           # Kite Pediatric Therapy
CTP = "camptallpines.example.org"         # Camp Tall Pines
RYS = "riversidesoccer.example.org"       # Riverside Youth Soccer League
SCC = "sunflowerchildcare.example.com"    # Sunflower Child Care Center
CKH = "cobaltkids.example.com"            # Cobalt Kids Health Plan
GRM = "granitemutual.example.com"         # Granite Mutual
MVD = "meridianvaccines.example.com"      # Meridian Vaccine Distribution
PMS = "pineconemed.example.com"           # Pinecone Medical Supply
LLC = "lanternlight.example.org"          # Lanternlight Child & Family Counseling
NTR = "northstarteen.example.org"         # Northstar Teen Recovery
HCS = "harlowcounty-dcs.example.org"      # Harlow County Children's Services
HPH = "harlowpublichealth.example.org"    # Harlow County Public Health
ESP = "elmstreetrx.example.com"           # Elm Street Pharmacy
JEH = "juniperehr.example.net"            # Juniper EHR (vendor)
LRL = "lumenlab.example.com"              # Lumen Reference Laboratory
HBG = "helixbay.example.com"              # Helix Bay Genomics
IMR = "immutrack.example.org"             # state immunisation registry (ImmuTrack)
PORTAL = "mymaplebrook.example.com"

NPI_OKAFOR = npi("123987654")
NPI_LINDQVIST = npi("157204839")
NPI_GROUP = npi("190338215")
NPI_ABARA = npi("164820077")
DEA_OKAFOR = dea("FO", "482913")
DEA_REYES = dea("BR", "735106")

MAPLE_SIG = """--
Maplebrook Pediatrics
2200 Orchard Lane, Suite 100, Millbrook
Phone (614) 555-0120 | Fax (614) 555-0121"""

CONF = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain "
        "protected health information and are intended only for the named "
        "recipient. If you received it in error, please notify the sender and "
        "delete it.")

# ---------------------------------------------------------------- none ---
M("none", "flu-saturday-clinics-family-list",
  "newsletter to all families about flu-vaccine Saturdays; no individual",
  A("Maplebrook Pediatrics", "news@" + MPD), A("Maplebrook Families", "families@lists." + MPD),
  "Flu shot Saturdays start Sept 26 - walk-ins welcome", D(14, 9, 5),
  ALT(T("""Flu season is coming!

Flu shot Saturdays start September 26 and run through October 31,
8:30 am to 12:30 pm at our Orchard Lane office. No appointment needed
for existing patients 6 months and older. Nasal spray (FluMist) is
available for healthy kids 2 and up while supplies last.

Children under 9 getting a flu vaccine for the first time need two
doses, four weeks apart. If you are not sure, our nurses can check.

Please bring your insurance card. There is no copay for vaccines under
most plans, and Vaccines for Children (VFC) vaccine is available at no
cost for eligible children.

COVID-19 boosters and RSV immunizations for infants can be given at
the same visit - ask at check-in.

Questions? Call (614) 555-0120.

You are receiving this because you are a Maplebrook Pediatrics family.
Unsubscribe: https://news.maplebrookpeds.example.com/u/fam
""", cte="quoted-printable"),
      H(html_wrap("""<h2 style="color:#2a6f97">Flu season is coming!</h2>
<p><b>Flu shot Saturdays</b> start September 26 and run through October 31,
8:30 am to 12:30 pm at our Orchard Lane office. No appointment needed for
existing patients 6 months and older. Nasal spray (FluMist) is available for
healthy kids 2 and up while supplies last.</p>
<p>Children under 9 getting a flu vaccine for the first time need two doses,
four weeks apart.</p>
<p>Please bring your insurance card. Vaccines for Children (VFC) vaccine is
available at no cost for eligible children.</p>
<p style="font-size:11px;color:#777">You are receiving this because you are a
Maplebrook Pediatrics family. <a href="https://news.maplebrookpeds.example.com/u/fam">Unsubscribe</a></p>""",
          "Flu shot Saturdays"), cte="quoted-printable")),
  trap=True, mailer="X-Mailer: Campaign Mailer 7.3")

M("none", "vaccine-shipment-confirmation-lots",
  "vaccine distributor's shipment confirmation with lot, NDC, order and tracking numbers; no patient",
  A("Meridian Vaccine Distribution", "orders@" + MVD), A("Tasha Greer", "tgreer@" + MPD),
  "Shipment confirmation - Order MVD-2026-441873", D(14, 11, 42),
  """Thank you for your order.

Ship to:      Maplebrook Pediatrics - Orchard Lane
Account:      MAPL-00318
Order:        MVD-2026-441873   PO: 26-0914-VAX
Carrier:      Overnight Cold Chain   Tracking: 1Z 94X 0W1 03 5518 2201
Ship date:    09/14/2026   Expected delivery: 09/15/2026 by 10:30 AM

Line  Product                                   NDC            Lot        Exp       Qty
1     Influenza vaccine, quadrivalent, 0.5 mL    00000-0311-10  FL26A114   06/30/27  40 x 10
2     Influenza vaccine, nasal spray            00000-0312-10  NS26C207   01/15/27  10 x 10
3     Nirsevimab 50 mg/0.5 mL prefilled syringe  00000-0455-01  NV26B031   03/31/27  10
4     DTaP-IPV, 0.5 mL                          00000-0318-10  DI26K090   11/30/27  5 x 10

Shipped refrigerated, 2-8 C, with a data logger. On receipt, check the
logger and store immediately. Report any temperature excursion to
coldchain@meridianvaccines.example.com within 2 hours of delivery.

Meridian Vaccine Distribution | Customer Care (800) 555-0143
""", trap=True)

M("none", "vfc-fridge-log-reminder",
  "staff reminder about vaccine fridge temperature logs; no patient",
  A("Tasha Greer, RN", "tgreer@" + MPD), A("Maplebrook Clinical Staff", "clinical@" + MPD),
  "VFC temp logs - twice daily please!", D(14, 13, 10),
  """Hi all,

Reminder that the VFC program needs min/max temps on the paper log twice
a day even though the data loggers record everything. Our site visit is
October 7.

If the fridge reads outside 2-8 C: do NOT throw anything away, put a
"DO NOT USE" sign on it, call me or Dr. Okafor, and we call the state
VFC line. Last month the Elm Ave fridge door was left open over a
weekend - let's not repeat that.

New logs are in the binder on top of the med room fridge.

Thanks!
Tasha Greer, RN
Clinical Nurse Manager, Maplebrook Pediatrics
Cell (614) 555-0133
""", trap=True, mailer=OUTLOOK)

M("none", "district-immunization-compliance-report",
  "aggregate district immunisation compliance figures by school; no individual",
  A("Willow Creek USD Health Services", "healthservices@" + WCU), A("WCUSD Principals", "principals@" + WCU),
  "September immunization compliance snapshot", D(15, 8, 30),
  """Principals,

Here is the September 14 snapshot of immunization compliance for
required grades (K, 7, 12). Students who are out of compliance after
the October 15 deadline will be excluded per district policy; school
nurses will send the letters.

School              Grade  Enrolled  Complete  Conditional  Exempt  %Complete
Alder Elementary    K        88        81         4           3      92.0
Birch Elementary    K       102        97         3           2      95.1
Cedar Elementary    K        76        70         5           1      92.1
Willow Creek MS     7       341       322        11           8      94.4
Willow Creek HS     12      298       289         4           5      97.0
District total             905       859        27          19      94.9

Most conditional entries are kindergartners who are waiting for the
second MMR or varicella dose. Medical exemptions: 4 district-wide.
Religious/personal exemptions: 15.

Maria Solis, MSN, RN
Coordinator of Health Services
Willow Creek Unified School District | (614) 555-0160
""", trap=True)

M("none", "hl7-zztest-vxu-registry-test",
  "HL7 VXU test message with a ZZTEST synthetic patient sent to the registry's test endpoint",
  A("Interface Team", "interfaces@" + MPD), A("ImmuTrack Onboarding", "onboarding@" + IMR),
  "Test VXU for connectivity - TEST environment only", D(15, 10, 15),
  MIX(T("""Hello,

Attached is our test VXU for the onboarding checklist (step 4). It uses
the synthetic patient from your test guide. Please confirm it landed in
the TEST environment and send the ACK.

Sending facility ID: MPD0318
Thanks,
Dev Patel
Interface Analyst, Maplebrook Pediatrics
"""), HL7("VXU_TEST_ZZTEST.hl7", [
      "MSH|^~\\&|JUNIPER|MPD0318|IMMUTRACK|STATE|20260915101200||VXU^V04^VXU_V04|TEST00041|T|2.5.1|||ER|AL|||||Z22^CDCPHINVS",
      "PID|1||ZZTEST0001^^^MPD^MR||ZZTEST^BABYONE^^^^^L||20250101|F||2106-3^White^CDCREC|100 TEST ST^^TESTVILLE^OH^00000||",
      "ORC|RE||TEST-ORDER-1||||||||||",
      "RXA|0|1|20260915|20260915|08^Hep B, adolescent or pediatric^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001||||||TESTLOT1|20271231|MSD^Merck^MVX",
  ])), trap=True)

M("none", "hl7-ack-interface-roundtrip",
  "registry's HL7 ACK to the test message; no patient",
  A("ImmuTrack Onboarding", "onboarding@" + IMR), A("Dev Patel", "dpatel@" + MPD),
  "RE: Test VXU for connectivity - TEST environment only", D(15, 14, 2),
  """Dev,

Received in TEST, ACK below. Step 4 complete. Next step is the 20-message
validation batch; use synthetic patients only until we move you to
production.

MSH|^~\\&|IMMUTRACK|STATE|JUNIPER|MPD0318|20260915140011||ACK^V04^ACK|ACK00041|T|2.5.1
MSA|AA|TEST00041

ImmuTrack Onboarding Team
(877) 555-0188
""", trap=True, irt=MPD)

M("none", "fhir-capability-school-health",
  "FHIR CapabilityStatement for a school-health integration; configuration only",
  A("Juniper EHR Integration", "integration@" + JEH), A("Dev Patel", "dpatel@" + MPD),
  "School health API - CapabilityStatement (v2.3)", D(16, 9, 20),
  MIX(T("""Dev,

As requested, the CapabilityStatement for the school health forms API
is attached. The district side only needs Patient (read), Immunization
(search by patient) and DocumentReference (create). No data flows
until both sides sign the data-sharing agreement.

Regards,
Anneke Vos
Integration Engineer, Juniper EHR
"""), JSONP("CapabilityStatement-schoolhealth.json", {
      "resourceType": "CapabilityStatement", "status": "active", "date": "2026-09-10",
      "publisher": "Juniper EHR", "kind": "instance", "fhirVersion": "4.0.1",
      "format": ["json"], "implementation": {"description": "School health forms API",
                                             "url": "https://fhir.juniperehr.example.net/schoolhealth"},
      "rest": [{"mode": "server", "resource": [
          {"type": "Patient", "interaction": [{"code": "read"}]},
          {"type": "Immunization", "interaction": [{"code": "search-type"}],
           "searchParam": [{"name": "patient", "type": "reference"}]},
          {"type": "DocumentReference", "interaction": [{"code": "create"}]}]}]},
      ctype="application/json")), trap=True)

M("none", "well-child-reminder-mailmerge-template",
  "mail-merge template for well-visit reminders with {{...}} placeholders; no real child",
  A("Kendra Ruiz", "kruiz@" + MPD), A("Front Desk", "frontdesk@" + MPD),
  "New well-visit reminder template - please review", D(16, 11, 5),
  """Hi team, here's the new reminder wording for the portal blast. Please
check the Spanish version before Friday. Don't send yet!!

---- TEMPLATE ----
Subject: {{child_first_name}} is due for a well visit

Hi {{guardian_first_name}},

Our records show {{child_first_name}} (born {{child_dob}}) is due for a
{{visit_type}} check-up. Well visits include growth checks, development
screening and any vaccines that are due.

Book online at https://mymaplebrook.example.com/book or call us at
(614) 555-0120.

{{provider_name}} and the Maplebrook team
---- END ----

Kendra
Front Office Supervisor
""", trap=True)

M("none", "camp-health-forms-packing-list",
  "camp's reminder to all families about health forms and medicines; no individual",
  A("Camp Tall Pines", "office@" + CTP), A("Fall Weekend Families", "fallweekend@" + CTP),
  "Fall family weekend: health forms + packing list", D(16, 15, 30),
  """Hello Tall Pines families!

Fall family weekend is October 2-4. A few reminders:

HEALTH FORMS - every camper needs a current health form signed by a
parent, and a physical within the last 12 months, uploaded to CampHub by
September 25. No form, no overnight.

MEDICATIONS - all medicines (including vitamins, inhalers and EpiPens)
go to the camp nurse at check-in in the original pharmacy container.
Campers with asthma or severe allergies should bring two inhalers or
auto-injectors. The health center is staffed 24/7 by an RN.

PACKING - sleeping bag, flashlight, rain jacket, two pairs of shoes,
water bottle, sunscreen, bug spray. No electronics.

See you at the lake!
Jess Amundsen, Camp Director
Camp Tall Pines | (740) 555-0115
""", trap=True)

M("none", "sports-physical-night-flyer",
  "youth league flyer for a sports physical night; no individual",
  A("Riverside Youth Soccer League", "info@" + RYS), A("RYSL Families", "families@" + RYS),
  "Sports physicals - Tues 9/22 at the clubhouse, $25", D(17, 7, 45),
  """Riverside families,

Spring registration needs a current physical. Maplebrook Pediatrics
nurse practitioners will do sports physicals at the clubhouse on
Tuesday 9/22, 5-8 pm. $25 cash or card, or they can bill your
insurance if you bring the card.

Bring: the state pre-participation form (parent section filled in),
glasses if your child wears them, and the shot record if you have it.

This is a screening exam, not a replacement for your child's yearly
check-up.

Go Riverside!
Coach Dan Whitfield, Registrar
""", trap=True)

M("none", "childcare-hfmd-caterpillar-room",
  "borderline: child care notice that hand-foot-and-mouth is in one room; no child named or identifiable",
  A("Sunflower Child Care Center", "director@" + SCC), A("Sunflower Families", "families@" + SCC),
  "Health notice: hand, foot and mouth disease in the Caterpillar room", D(17, 16, 20),
  """Dear families,

We have two confirmed cases of hand, foot and mouth disease in the
Caterpillar (toddler) room this week. This is a common virus in young
children. Symptoms are fever, sore throat, and a rash or blisters on
the hands, feet and in the mouth.

What we are doing: extra cleaning of toys and surfaces twice a day,
and reminding everyone about handwashing.

What you can do: watch for fever or sores. Children with a fever over
100.4 F, drooling with mouth sores, or open blisters need to stay home
until fever-free for 24 hours without medicine.

If you have questions, talk to your child's doctor or to me.

Lorraine Becker
Director, Sunflower Child Care Center
(614) 555-0171
""", trap=True)

M("none", "supply-invoice-strep-kits",
  "supply vendor invoice between businesses (strep kits, otoscope tips); account and invoice numbers only",
  A("Pinecone Medical Supply AR", "ar@" + PMS), A("Accounts Payable", "ap@" + MPD),
  "Invoice INV-0091427 - Maplebrook Pediatrics", D(17, 9, 0),
  MIX(T("""Please find attached invoice INV-0091427 for order SO-558120.
Payment terms Net 30. Remit to Pinecone Medical Supply, PO Box 4410.

Thank you for your business.
Pinecone Medical Supply | Accounts Receivable | (800) 555-0155
"""), PDF("INV-0091427.pdf", [
      "PINECONE MEDICAL SUPPLY                      INVOICE INV-0091427",
      "Bill to: Maplebrook Pediatrics, Acct 30-77120     Date: 09/16/2026",
      "Ordered by: Tasha Greer, RN                       Terms: Net 30",
      "",
      "Item      Description                               Qty    Price     Total",
      "RS-2040   Rapid strep A test kit, 25/bx               6    48.50    291.00",
      "OT-0044   Disposable otoscope tips 2.5 mm, 1000/cs    2    62.00    124.00",
      "LC-1180   Safety lancets, pediatric, 200/bx           3    21.75     65.25",
      "HB-0201   Hemoglobin cuvettes, 4 x 25                 2    88.00    176.00",
      "UR-3310   Urine cups, sterile, 100/cs                 1    19.40     19.40",
      "",
      "                                              Subtotal           675.65",
      "                                              Freight             18.00",
      "                                              TOTAL DUE          693.65",
  ], flate=True, title="Invoice INV-0091427")), trap=True)

M("none", "dea-npi-renewal-reminder",
  "credentialing reminder to a physician with her own DEA number and NPI; no patient",
  A("Credentialing Office", "credentialing@" + MPD), A("Dr. Chioma Okafor", "cokafor@" + MPD),
  "Your DEA registration expires 10/31 - action needed", D(18, 10, 12),
  """Dr. Okafor,

Our records show your DEA registration expires October 31, 2026.
Please renew online at least 45 days before expiry so that your
prescribing is not interrupted, and forward the new certificate to
this mailbox.

  Name:           Chioma Okafor, MD
  NPI:            %s
  DEA:            %s  (Schedules 2, 2N, 3, 3N, 4, 5)
  State license:  MD.0488213  exp 06/30/2027

We will update Cobalt Kids, Granite Mutual and the hospital medical
staff office once we have the certificate.

Thanks,
Renee Albright
Credentialing Coordinator | (614) 555-0124
""" % (NPI_OKAFOR, DEA_OKAFOR), trap=True)

M("none", "payer-recredentialing-npi-roster",
  "payer recredentialing letter listing clinicians' NPIs; no patient",
  A("Cobalt Kids Provider Network", "network@" + CKH), A("Renee Albright", "credentialing@" + MPD),
  "Recredentialing due - Maplebrook Pediatrics (Group NPI %s)" % NPI_GROUP, D(18, 13, 40),
  """Dear Provider Office,

The following practitioners in your group are due for recredentialing
by November 30, 2026. Please confirm the information below and upload
current malpractice certificates in the provider portal.

Group: Maplebrook Pediatrics     Group NPI: %s   Tax ID on file

Practitioner                 Type   NPI          Specialty
Chioma Okafor, MD            MD     %s   Pediatrics
Erik Lindqvist, MD           MD     %s   Pediatrics
Adaeze Abara, CPNP           NP     %s   Pediatric NP

Provider Network Services
Cobalt Kids Health Plan | (888) 555-0137
""" % (NPI_GROUP, NPI_OKAFOR, NPI_LINDQVIST, NPI_ABARA), trap=True)

M("none", "hr-open-enrollment-benefits",
  "HR open-enrolment notice naming EAP counselling and fertility benefits; no individual",
  A("Maplebrook HR", "hr@" + MPD), A("All Staff", "allstaff@" + MPD),
  "Open enrollment Oct 1-15: what's new for 2027", D(18, 8, 0),
  """Hi everyone,

Open enrollment runs October 1-15. What's new for 2027:

- Medical: same two plans (PPO and HSA). Premiums go up 3%%.
- Fertility: the PPO now covers up to $15,000 lifetime for fertility
  treatment, including IVF and egg freezing.
- Mental health: the Employee Assistance Program adds 8 free counseling
  sessions per issue, for you and your household. Call (800) 555-0190
  anytime. In a crisis, call or text 988.
- Dental: orthodontia for dependents up to age 19.
- Dependent care FSA limit rises.

Benefits fair: Wednesday 10/7, noon-2 in the break room (pizza!).

Questions: reply here or call Bev at ext. 214.
Maplebrook Human Resources
""".replace("%%", "%"), trap=True)

M("none", "flu-clinic-staffing-employee-ids",
  "staff rota for a flu clinic with employee IDs; no health content about anyone",
  A("Kendra Ruiz", "kruiz@" + MPD), A("Saturday Staff", "saturdays@" + MPD),
  "Flu Saturday staffing 9/26 - please confirm", D(21, 12, 15),
  """Here's the lineup for the first flu Saturday (9/26). Please reply by
Wednesday if you can't make it. Time clock: use code FLU26 so payroll
picks up the Saturday differential.

Role          Name                 Emp ID   Time
Check-in      Kendra Ruiz          E10422   8:00-12:45
Check-in      Luis Ortega          E10871   8:00-12:45
Vaccinator    Tasha Greer, RN      E10119   8:15-12:45
Vaccinator    Priya Raman, LPN     E10655   8:15-12:45
Vaccinator    Megan Doyle, MA      E11032   8:15-12:45
Runner/VIS    Hannah Cole          E11207   8:00-12:30
Provider      Adaeze Abara, CPNP   E10398   8:30-12:30

Donuts on me.
Kendra
""", trap=True)

M("none", "ehr-downtime-tonight",
  "IT notice of planned EHR downtime with procedure; no patient",
  A("Maplebrook IT", "it@" + MPD), A("All Staff", "allstaff@" + MPD),
  "PLANNED DOWNTIME tonight 9/16, 10 pm - 2 am: Juniper EHR upgrade", D(16, 14, 0),
  """Juniper EHR will be unavailable tonight from 10:00 pm to about 2:00 am
for the 26.3 upgrade.

What this means:
- After-hours nurse line: use the downtime packet (blue folder) and the
  printed on-call list. Enter calls in the chart in the morning.
- Print tomorrow's schedule for each site before 9:30 pm (front desk
  leads have done this).
- The patient portal will show a maintenance page.
- e-Prescribing will be down; call prescriptions to the pharmacy if
  they can't wait.

Release notes for 26.3 are on the intranet. Biggest change: the new
immunization forecaster screen.

Help desk: ext. 300 or (614) 555-0129
""", trap=True)

M("none", "lure-child-lab-results-portal",
  "phishing message about 'your child's lab results' from a lookalike domain; no real patient",
  A("MyMaplebrook Portal", "no-reply@mymaplebrook-secure.example.net"), A("", "parent.list@" + MPD),
  "Your child's lab results are ready - verify your account", D(19, 3, 12, tz="+0000"),
  H(html_wrap("""<p>Dear Parent/Guardian,</p>
<p>New <b>laboratory results</b> for your child have been posted. Due to a
security upgrade you must verify your account within 24 hours or access
to your child's medical record will be suspended.</p>
<p><a href="http://mymaplebrook-secure.example.net/verify?id=88231">VIEW RESULTS NOW</a></p>
<p>MyMaplebrook Patient Portal Team</p>""", "Portal"), cte="base64"), trap=True)

M("none", "vet-rabies-reminder-biscuit",
  "pet's veterinary vaccine reminder; not health care of a person",
  A("Paws & Whiskers Animal Hospital", "reminders@pawswhiskers.example.com"), A("Megan Doyle", "megdoyle@mail.example.net"),
  "Biscuit is due for rabies and DHPP boosters", D(19, 9, 0),
  """Hi Megan,

Our records show Biscuit (Beagle, 3 yrs) is due for:

  Rabies (3-year)         due 09/30/2026
  DHPP booster            due 09/30/2026
  Heartworm test          due 10/15/2026

Book online or call (614) 555-0177. Ask about our fall dental special!

Paws & Whiskers Animal Hospital
""", trap=True)

M("none", "grand-rounds-adolescent-depression-screening",
  "CME grand rounds announcement on adolescent depression screening; no individual",
  A("St. Brigid Medical Education", "cme@" + SBC), A("Community Pediatricians", "community-peds@lists." + SBC),
  "Grand Rounds 9/24: Adolescent depression screening in primary care (1.0 CME)", D(18, 12, 0),
  """Pediatric Grand Rounds
Thursday, September 24, 7:30-8:30 am | Auditorium B and online

"Screening for depression and suicide risk in adolescents: what to do
after a positive PHQ-A"
Speaker: Nadia Farouk, MD, Child and Adolescent Psychiatry, St. Brigid

Objectives: use the PHQ-A and ASQ in primary care; start SSRIs safely
(sertraline, fluoxetine) and know when to refer; make a safety plan
and use 988.

1.0 AMA PRA Category 1 Credit. Join: https://cme.stbrigid.example.org/gr0924
""", trap=True)

M("none", "genomics-webinar-developmental-delay",
  "genetics lab marketing webinar about testing in developmental delay; no individual",
  A("Helix Bay Genomics", "events@" + HBG), A("Dr. Erik Lindqvist", "elindqvist@" + MPD),
  "Webinar: When to order a microarray or exome for developmental delay", D(21, 10, 30),
  ALT(T("""Dr. Lindqvist,

Join Helix Bay Genomics' medical directors on October 8 at 12 pm ET
for a 45-minute webinar for pediatricians:

- First-tier testing in global developmental delay and autism:
  chromosomal microarray and Fragile X
- When to go to exome or genome sequencing
- Prior authorization tips and family out-of-pocket caps
- How to return a variant of uncertain significance

Register: https://events.helixbay.example.com/dd-webinar

Helix Bay Genomics | 400 Harbor Way | Unsubscribe
"""), H(html_wrap("""<p>Dr. Lindqvist,</p><p>Join Helix Bay Genomics' medical directors on
<b>October 8 at 12 pm ET</b> for a 45-minute webinar for pediatricians:</p>
<ul><li>First-tier testing in global developmental delay and autism: chromosomal microarray and Fragile X</li>
<li>When to go to exome or genome sequencing</li>
<li>Prior authorization tips and family out-of-pocket caps</li>
<li>How to return a variant of uncertain significance</li></ul>
<p><a href="https://events.helixbay.example.com/dd-webinar">Register</a></p>""", "Webinar"))),
  trap=True)

M("none", "counseling-teen-anxiety-group-promo",
  "counselling practice promoting a new teen anxiety group to referrers; no individual",
  A("Lanternlight Child & Family Counseling", "referrals@" + LLC), A("Maplebrook Pediatrics Providers", "providers@" + MPD),
  "New: 8-week CBT skills group for anxious teens (13-17)", D(22, 9, 15),
  """Dear colleagues,

Lanternlight is starting a new 8-week CBT skills group for teens 13-17
with anxiety, Tuesdays 4:30-6:00 pm, starting October 13. Groups are
led by two licensed therapists. We take Cobalt Kids, Granite Mutual and
most commercial plans.

To refer, fax our referral form to (614) 555-0183 or send it through
the secure referral portal. We'll call the family within 3 business
days. Current wait for individual therapy intake is about 5 weeks; the
group can start sooner.

Warmly,
Dana Whitcomb, LPCC-S
Clinical Director
""", trap=True)

M("none", "county-respiratory-surveillance-weekly",
  "county public health weekly aggregate of pediatric respiratory illness; no individual",
  A("Harlow County Public Health", "epi@" + HPH), A("Harlow Providers", "providers@lists." + HPH),
  "Weekly respiratory surveillance - week 37", D(21, 15, 0),
  """Harlow County Public Health - Respiratory Surveillance, MMWR week 37

                        This week   Last week   Same week 2025
RSV-positive tests          14           9              11
  hospitalized < 2 y         3           2               4
Influenza-positive           6           2               3
COVID-19 ED visits, <18      21          25              30
Pertussis (confirmed)        2           1               0

Both pertussis cases this week are in the 10-14 age group; contacts have
been notified. Remember Tdap at 11-12 years and for pregnant people.

RSV season has not yet started by our threshold. Nirsevimab supply is
adequate; order through the VFC portal.

Epidemiology Unit | (614) 555-0148
""", trap=True)

M("none", "quality-dashboard-asthma-wellchild",
  "hospital quality dashboard of aggregate rates; no individual",
  A("St. Brigid Quality & Safety", "quality@" + SBC), A("Pediatric Network Practices", "network@lists." + SBC),
  "Q3 network quality dashboard", D(22, 16, 45),
  MIX(T("""Attached is the Q3 dashboard for network practices. Highlights: well-child
visit completion (15-30 mo) is up to 71%; asthma ED revisits within 30
days are down to 6.2%. Practice-level reports are in the portal.
"""), CSV("Q3_network_dashboard.csv", [
      ["measure", "network_rate", "maplebrook_rate", "target"],
      ["Well-child visits 15-30 months (6+)", "71.0", "76.4", "75.0"],
      ["Childhood immunization status (Combo 10)", "48.2", "55.1", "50.0"],
      ["Asthma ED revisit within 30 days", "6.2", "4.9", "7.0"],
      ["Lead screening by age 2", "78.5", "83.0", "80.0"],
      ["Developmental screening in first 3 years", "64.0", "71.8", "70.0"],
      ["Adolescent depression screening (12-17)", "82.3", "88.0", "85.0"],
  ])), trap=True)

M("none", "school-nurse-contact-roster",
  "roster of school nurses with phone numbers; staff contact data only",
  A("Maria Solis", "msolis@" + WCU), A("WCUSD Nurses", "nurses@" + WCU),
  "Updated nurse roster 2026-27", D(14, 7, 50),
  """Updated roster for the year. Please keep by your phone and share with
the pediatric offices that call us.

School               Nurse                  Office           Cell
Alder Elementary     Beth Kowalski, RN      (614) 555-0161   (614) 555-0101
Birch Elementary     Jamal Harris, RN       (614) 555-0162   (614) 555-0102
Cedar Elementary     Olena Marchuk, LPN     (614) 555-0163   (614) 555-0103
Willow Creek MS      Grace Tan, RN          (614) 555-0164   (614) 555-0104
Willow Creek HS      Rosa Delgado, RN       (614) 555-0165   (614) 555-0105
SBHC at WCHS         Adaeze Abara, CPNP     (614) 555-0166

Substitute nurse line: (614) 555-0169
Maria
""", trap=True, cc=A("Maplebrook Front Desk", "frontdesk@" + MPD))

M("none", "on-call-schedule-october",
  "physician on-call schedule with phone numbers; no patient",
  A("Dr. Erik Lindqvist", "elindqvist@" + MPD), A("Maplebrook Providers", "providers@" + MPD),
  "October call schedule (final)", D(23, 18, 5),
  """Final October call. Swaps through Kendra please.

Weekdays 5pm-8am / Weekends Fri 5pm-Mon 8am
Oct 1-4     Okafor     (614) 555-0131
Oct 5-11    Lindqvist  (614) 555-0132
Oct 12-18   Abara (NP) w/ Okafor backup
Oct 19-25   Reyes      (614) 555-0134
Oct 26-31   Okafor

Answering service: (614) 555-0130. St. Brigid newborn nursery rounds
go with the weekend person.

Erik
""", trap=True, mailer=IPHONE)

M("none", "dental-sealant-day-newsletter",
  "dental practice newsletter on school sealant day with aggregate numbers; no individual",
  A("Bright Smiles Pediatric Dentistry", "hello@" + BSD), A("Bright Smiles Families", "families@" + BSD),
  "Fall smiles: sealants, fluoride, and Halloween candy tips", D(22, 10, 0),
  H(html_wrap("""<h2>Fall Smiles from Bright Smiles!</h2>
<p>Last spring our team placed <b>1,214 sealants</b> on second graders at six
Willow Creek schools. Sealants cut cavities in back teeth by about 80%.</p>
<p><b>Fluoride varnish</b> is recommended every 3-6 months from the first tooth.
We apply it at every cleaning, and your pediatrician can too.</p>
<h3>Halloween candy tips</h3>
<ul><li>Eat treats with meals, not all day</li><li>Skip sticky and sour candy</li>
<li>Brush twice a day with a rice-sized (under 3) or pea-sized (3+) smear</li></ul>
<p>Book a cleaning: (614) 555-0174 or
<a href="https://brightsmilesdental.example.com/book">online</a>.</p>""", "Fall Smiles"), cte="quoted-printable"),
  trap=True)

M("none", "slp-job-posting",
  "job posting for a paediatric speech-language pathologist",
  A("Kite Pediatric Therapy Careers", "careers@" + KPT), A("Ohio SLP Jobs List", "slp-jobs@lists.example.org"),
  "Hiring: Pediatric SLP (CCC-SLP), full time, feeding experience a plus", D(15, 12, 0),
  """Kite Pediatric Therapy is hiring a full-time speech-language
pathologist for our Millbrook clinic.

- Caseload: ages 18 months to 12 years, articulation, language,
  AAC, childhood apraxia of speech; feeding therapy a plus
- Early intervention home visits 1 day/week (optional)
- $78-92k, CEU allowance, 4-day week option
- Requirements: CCC-SLP, state license, clean background check

Apply: https://careers.kitetherapy.example.com/slp
""", trap=True)

M("none", "adolescent-confidential-services-policy",
  "staff policy memo on minors' consent for confidential services; no individual",
  A("St. Brigid Adolescent Medicine", "adolmed-admin@" + SBC), A("Adolescent Clinic Staff", "adolmed-staff@" + SBC),
  "Reminder: confidential visit workflow for minors (updated)", D(15, 16, 10),
  """Team,

Updated workflow for confidential services, effective 10/1:

1. At every visit for 12 and older, part of the visit is one-on-one
   with the teen. Script is in the room binders.
2. Minors can consent to STI testing and treatment, contraception, and
   pregnancy testing without a parent. Use the "Confidential" encounter
   flag so results do not go to the proxy portal.
3. Billing: choose "Do not send EOB" where the plan allows it; Cobalt
   Kids honours this, Granite Mutual requires the teen's request form.
4. Substance use counseling notes go in the protected section (Part 2).
5. Never leave a detailed voicemail on the family phone.

Questions to me or Dr. Reyes.
Lena Moreau, MSN, RN, Nurse Manager
""", trap=True)

M("none", "teen-recovery-holiday-hours",
  "substance-use programme's holiday-hours notice to referrers; sensitive display name, no individual",
  A("Northstar Teen Recovery - Intake", "intake@" + NTR), A("Referring Providers", "referrers@lists." + NTR),
  "Holiday hours - Columbus Day / Indigenous Peoples' Day", D(23, 11, 20),
  """Northstar Teen Recovery will be closed Monday, October 12. Intake
phone screens resume Tuesday 10/13 at 8 am. Our adolescent IOP groups
meet as usual on Tuesday.

For urgent needs on the 12th, families can call our after-hours line
at (614) 555-0186, or 988.

Northstar Teen Recovery
Adolescent outpatient and IOP | (614) 555-0185
""", trap=True)

M("none", "hiv-program-test-kit-order",
  "paediatric HIV programme ordering test kits from a supplier; no individual",
  A("Pediatric HIV Program - St. Brigid", "pedhiv@" + SBC), A("Pinecone Medical Supply Orders", "orders@" + PMS),
  "Order: rapid HIV-1/2 antibody kits + controls", D(22, 13, 5),
  """Hello,

Please ship to Pediatric Infectious Diseases, 4th floor clinic:

- Rapid HIV-1/2 antibody test kits, 24/box  x 4  (item RH-2400)
- External controls for the same            x 2  (item RH-2401)
- Venous blood collection kits, peds        x 1 case

PO 4471-0922. Please confirm the expiry dating is at least 9 months out.

Thanks,
Carla Nunes
Program Coordinator, Pediatric & Adolescent HIV Program
St. Brigid Children's Hospital | (614) 555-0193
""", trap=True)

M("none", "head-lice-policy-letter",
  "school's general head-lice policy letter to all parents; no individual",
  A("Birch Elementary Health Office", "birch-nurse@" + WCU), A("Birch Elementary Families", "birch-families@" + WCU),
  "A note about head lice (please read)", D(21, 8, 10),
  """Dear Birch families,

Head lice are common in elementary school, especially in the fall. They
do not spread disease and are not a sign of poor hygiene.

Our district follows the American Academy of Pediatrics guidance:
children with live lice finish the school day and go home with a
treatment handout; they may return the next day after the first
treatment. We no longer send class-wide letters for single cases.

Check your child's hair once a week with a fine-tooth comb, especially
behind the ears and at the back of the neck. Over-the-counter
treatments (permethrin 1%) work for most children; ask your pharmacist
or pediatrician if you have questions.

Jamal Harris, RN, School Nurse
(614) 555-0162
""", trap=True)

M("none", "childcare-cpr-training-invite",
  "calendar invite for staff pediatric CPR/first-aid training; no individual",
  A("Lorraine Becker", "director@" + SCC), A("Sunflower Staff", "staff@" + SCC),
  "Invitation: Pediatric CPR & First Aid recertification @ Sat Oct 3, 9am - 1pm", D(15, 9, 40),
  ALT(T("""You have been invited to: Pediatric CPR & First Aid recertification
When: Saturday October 3, 9:00am - 1:00pm (Eastern)
Where: Sunflower Child Care Center, big room

Required for all lead and assistant teachers whose cards expire before
March. Covers infant/child CPR, choking, EpiPen use, asthma inhalers
with spacers and seizure first aid. Lunch provided.
"""), ICS("REQUEST", "cpr-2026-10-03@sunflowerchildcare.example.com", "20261003T090000", "20261003T130000",
          "Pediatric CPR & First Aid recertification",
          "Required for all lead and assistant teachers whose cards expire before March. Covers infant/child CPR, choking, EpiPen use, asthma inhalers with spacers and seizure first aid. Lunch provided.",
          "Sunflower Child Care Center, big room", ("Lorraine Becker", "director@" + SCC),
          [("Sunflower Staff", "staff@" + SCC)])), trap=True, mailer="X-Mailer: Google Calendar")

M("none", "devpeds-staff-meeting-invite",
  "developmental paediatrics division meeting invite; agenda items are operational, no child",
  A("Dr. Miriam Adeyemi", "madeyemi@" + SBC), A("Developmental Pediatrics Faculty & Staff", "devpeds@" + SBC),
  "Division meeting 9/29 - agenda: waitlist, ADOS-2 training, new intake form", D(16, 17, 30),
  MIX(T("""All,

Agenda for Tuesday's division meeting (noon, conf room 3B / Teams):

1. Waitlist for autism diagnostic evaluations: now 7.5 months, 412
   children waiting. Options for triage clinic.
2. ADOS-2 refresher training dates for the two new psychologists.
3. New intake questionnaire (M-CHAT-R/F and ASQ-3 built in).
4. EI transition referrals at 33 months: process with Little Acorns.

No case discussion this week.
Miriam
"""), ICS("REQUEST", "devpeds-div-0929@stbrigid.example.org", "20260929T120000", "20260929T130000",
          "Developmental Pediatrics division meeting",
          "Agenda: waitlist triage; ADOS-2 refresher; new intake questionnaire; EI transition referrals. No case discussion.",
          "Conf room 3B / Teams", ("Miriam Adeyemi", "madeyemi@" + SBC),
          [("Developmental Pediatrics", "devpeds@" + SBC)], filename="invite.ics")), trap=True, mailer=OUTLOOK)

M("none", "school-stock-epinephrine-order",
  "district order confirmation for undesignated stock epinephrine; order numbers only",
  A("Pinecone Medical Supply", "orders@" + PMS), A("Maria Solis", "msolis@" + WCU),
  "Order SO-558904 confirmed - stock epinephrine for schools", D(17, 14, 25),
  """Order SO-558904 has been confirmed.

Customer: Willow Creek Unified School District, Health Services
PO: WCUSD-26-1187    Ship to: District Office, 12 Main St.

Item      Description                                   Qty
EP-0150   Epinephrine auto-injector 0.15 mg, 2-pack       12
EP-0300   Epinephrine auto-injector 0.3 mg, 2-pack        12
AL-0090   Albuterol HFA 90 mcg inhaler (stock)            10
SP-0011   Disposable valved spacer w/ mask, child         20

Prescriber on file for undesignated stock: Harlow County Health
Officer standing order dated 08/01/2026.
Estimated ship: 09/18/2026. Tracking will follow.
""", trap=True)

M("none", "pharmacy-back-to-school-promo",
  "pharmacy marketing about school-year refills; no individual",
  A("Elm Street Pharmacy", "news@" + ESP), A("", "customer.list@" + ESP),
  "Back to school: inhalers, EpiPens and school med forms - we can help", D(14, 16, 0),
  H(html_wrap("""<h2>Back-to-school checklist</h2>
<p>Does your child need a rescue inhaler or EpiPen at school? Ask us for a
<b>second device with its own pharmacy label</b> for the school nurse.</p>
<ul><li>Spacers for inhalers - free with any asthma prescription this month</li>
<li>We can fax school medication forms to your pediatrician</li>
<li>Flu shots for ages 3 and up, no appointment</li>
<li>Auto-refill for ADHD and allergy medicines (where the law allows)</li></ul>
<p>Elm Street Pharmacy, 48 Elm St. (614) 555-0176</p>
<p style="font-size:10px">Unsubscribe at https://elmstreetrx.example.com/unsub</p>""", "Back to school"), cte="quoted-printable"),
  trap=True)

M("none", "payer-bulletin-prior-auth-changes",
  "health plan provider bulletin on prior-authorisation rules; no member",
  A("Cobalt Kids Provider Communications", "bulletin@" + CKH), A("", "providers@lists." + CKH),
  "Provider Bulletin 26-09: prior authorization changes effective Nov 1", D(16, 10, 0),
  """COBALT KIDS HEALTH PLAN - PROVIDER BULLETIN 26-09

Effective November 1, 2026:

1. RSV immunization: nirsevimab no longer needs prior authorization
   for infants under 8 months entering their first RSV season.
   Palivizumab still requires PA (high-risk criteria, form PA-RSV2).
2. Growth hormone: initial requests must include bone age and two
   stimulation tests; renewals need growth velocity.
3. ABA therapy: initial authorizations are for 6 months (was 12), with
   a treatment plan from a BCBA.
4. Speech, OT and PT: the first 12 visits per year need no PA.
5. Stimulant medications for ADHD: no PA for generic methylphenidate or
   amphetamine salts for members 6-17.

Questions: Provider Services (888) 555-0137, option 3.
""", trap=True)

M("none", "eft-remittance-notice",
  "payer electronic funds transfer notice with trace number and totals; no patient",
  A("Granite Mutual EFT", "eft-noreply@" + GRM), A("Billing Office", "billing@" + MPD),
  "EFT payment issued - Trace 1GM2026091800457", D(18, 6, 30),
  """Granite Mutual has issued an electronic payment.

Payee:          Maplebrook Pediatrics
Payee NPI:      %s
Trace number:   1GM2026091800457
Payment date:   09/18/2026
Amount:         $18,442.17
Claims:         212

The 835 remittance file is available in the provider portal under
Payments > Remittance. This e-mail contains no member information.
""" % NPI_GROUP, trap=True)

M("none", "coworker-birthday-cake",
  "coworker's birthday with a date of birth; no health content",
  A("Hannah Cole", "hcole@" + MPD), A("Orchard Lane Staff", "orchard@" + MPD),
  "Shhh - Priya's birthday Thursday", D(21, 13, 0),
  """Priya turns 30 on Thursday (9/24/1996 baby!). Cake in the break room
at 12:15 between the morning and afternoon sessions. Card is at the
front desk, please sign it without her seeing.

Hannah
""", trap=True)

M("none", "waiting-room-books-tracking",
  "order confirmation with order and tracking numbers for waiting-room books",
  A("Kidsbooks Warehouse", "orders@kidsbooks.example.com"), A("Kendra Ruiz", "kruiz@" + MPD),
  "Your order #KB-20260917-8812 has shipped", D(17, 15, 12),
  """Good news, your order has shipped!

Order #KB-20260917-8812
Tracking: 9400 1000 0000 0000 4471 82 (Ground)

3 x Board book bundle (ages 0-3), English/Spanish
1 x "Going to the Doctor" picture book 10-pack
1 x Reach Out and Read display rack

Delivery expected Tue 9/22. Questions? Reply to this email.
""", trap=True)

M("none", "payroll-direct-deposit-employee-id",
  "payroll notice with an employee ID; no health content",
  A("Payroll", "payroll@" + MPD), A("Luis Ortega", "lortega@" + MPD),
  "Direct deposit change confirmed - Employee ID E10871", D(18, 11, 0),
  """Hi Luis,

Your direct deposit change was processed and takes effect with the
10/2 paycheck.

Employee ID: E10871
New account: checking ending 4419
Old account: will receive one prenote

If you did not request this change, call Payroll right away at
ext. 212.

Payroll | Maplebrook Pediatrics
""", trap=True)

M("none", "front-desk-running-behind",
  "front-desk note that the schedule is running late; no child identified",
  A("Luis Ortega", "lortega@" + MPD), A("Orchard Lane Clinical", "orchard-clinical@" + MPD),
  "running ~25 min behind", D(22, 10, 48),
  """FYI Dr. L is about 25 min behind - the 9:40 newborn took a while.
I'm telling the 10:30 and 10:45 families at check-in and offering to
reschedule. Room 4 needs restocking (tongue depressors, exam paper).

Luis
""", trap=True, bare=True)

M("none", "vaccine-lot-voluntary-recall",
  "manufacturer's lot-level recall notice to providers; no patient",
  A("Meridian Vaccine Distribution Quality", "quality@" + MVD), A("Tasha Greer", "tgreer@" + MPD),
  "Voluntary recall: single lot of prefilled syringe plungers (no safety risk)", D(23, 9, 10),
  """Dear Valued Customer,

Out of an abundance of caution, the manufacturer is voluntarily
recalling lot DI26K090 of DTaP-IPV prefilled syringes because some
plunger rods may detach. There is no impact on the vaccine itself and
doses already given do not need to be repeated.

Our records show your account received 5 boxes of this lot on
09/15/2026 (order MVD-2026-441873). Please:

1. Quarantine unused syringes from lot DI26K090.
2. Complete the attached count form (or reply with the count).
3. We will send return labels and replacement stock.

Meridian Vaccine Distribution Quality | (800) 555-0143
""", trap=True)

M("none", "sbhc-annual-report-aggregate",
  "school-based health centre annual report with aggregate visit counts including contraception and mental health; no individual",
  A("Adaeze Abara, CPNP", "aabara@" + MPD), A("WCUSD Board Members", "board@" + WCU),
  "SBHC at Willow Creek HS - 2025-26 annual report", D(23, 16, 30),
  MIX(T("""Board members,

Attached is the annual report for the school-based health center. In
short: 2,318 visits by 811 students (43% of enrollment). Top reasons:
sick visits, sports physicals, behavioral health, and reproductive
health. 94% of students returned to class the same day.

Happy to present at the October meeting.
Adaeze Abara, CPNP, SBHC Lead
"""), PDF("SBHC_Annual_Report_2025-26.pdf", [
      "Willow Creek HS School-Based Health Center - Annual Report 2025-26",
      "",
      "Students enrolled at WCHS: 1,884   Students seen: 811 (43%)",
      "Total visits: 2,318",
      "",
      "Visit type                         Visits    % of visits",
      "Acute/sick                           702        30.3",
      "Sports/well physicals                455        19.6",
      "Behavioral health (counselor)        521        22.5",
      "Reproductive health & STI testing    298        12.9",
      "Immunizations                        214         9.2",
      "Asthma/chronic disease follow-up     128         5.5",
      "",
      "Depression screens (PHQ-A) completed: 640; positive: 97 (15%)",
      "Contraception visits: 142   STI tests: 186   Positive: 11",
      "Students connected to outside mental health care: 58",
      "Counts under 11 are not shown by school or grade.",
  ], flate=False, title="SBHC Annual Report")), trap=True)

M("none", "camp-nurse-job-posting",
  "camp's job posting for a nurse; no individual",
  A("Camp Tall Pines", "jobs@" + CTP), A("Nursing Jobs Board", "postings@nursejobs.example.org"),
  "Camp RN - weekends Oct-Nov and summer 2027", D(15, 8, 0),
  """Camp Tall Pines is hiring RNs for fall family weekends (Oct-Nov) and
summer 2027 sessions. Duties: medication pass, daily sick call, first
aid, asthma and allergy plans, diabetes checks with our diabetes camp
week partner, and parent phone calls. Room, board and a weekly stipend.
Current RN license and pediatric experience required.

Apply: https://jobs.camptallpines.example.org/rn
""", trap=True)

M("none", "ei-quarterly-provider-meeting",
  "early intervention programme's provider meeting notice with aggregate referral numbers",
  A("Little Acorns Early Intervention", "admin@" + EIP), A("EI Referral Partners", "partners@lists." + EIP),
  "Quarterly partner meeting 10/6 + Q3 referral numbers", D(22, 14, 0),
  """Hello partners,

Our quarterly partner meeting is Tuesday 10/6, 8:30-9:30 am (virtual).

Q3 numbers: 214 referrals received (up 12% from Q2); 61% from
pediatric practices, 18% from NICU follow-up, 14% from parents. Median
days from referral to evaluation: 31 (target 45). 58% of evaluated
children were eligible; the most common service is speech therapy.

Agenda: new online referral form, interpreter scheduling, and the
transition-at-3 process with the school district.

Little Acorns Early Intervention | (614) 555-0150
""", trap=True)

M("none", "psychiatry-scheduling-thermostat",
  "child psychiatry scheduling desk writing to facilities about a thermostat; sensitive display name, no individual",
  A("Child & Adolescent Psychiatry - Scheduling", "cap-scheduling@" + SBC), A("Facilities Work Orders", "workorders@" + SBC),
  "Thermostat in waiting room 2B stuck at 81F", D(17, 10, 5),
  """Hi Facilities,

The thermostat in the 2B waiting room (Child & Adolescent Psychiatry
outpatient, 2nd floor) has been stuck at 81 F since Monday. Families
have been complaining and a couple of the little ones are melting.
Can someone come today? Work order 26-11874 from Monday is still open.

Thanks,
Tonya
Scheduling, Child & Adolescent Psychiatry
ext. 4410
""", trap=True)

M("none", "genomics-kit-shipment-tracking",
  "genetics lab's shipment of specimen kits with tracking numbers; no patient",
  A("Helix Bay Genomics Client Services", "clientservices@" + HBG), A("Genetics Clinic Supplies", "genetics-supply@" + SBC),
  "Your kit order has shipped: 40 buccal swab kits, tracking 7749 0012 3345", D(18, 15, 50),
  """Your supply order HB-SUP-10442 has shipped.

  40  Buccal swab collection kit (pediatric)
  20  Saliva collection kit (age 6+)
  60  Pre-paid return mailers

Tracking: 7749 0012 3345 (2-day)

Kits are stable at room temperature. Requisition forms are now
electronic: https://portal.helixbay.example.com

Helix Bay Genomics Client Services | (866) 555-0196
""", trap=True)

M("none", "portal-new-message-notice",
  "borderline: portal notice greeting the parent by name that only says a message is waiting; no care content",
  A("MyMaplebrook", "no-reply@" + PORTAL), A("Jennifer Walsh", "jwalsh.home@mail.example.net"),
  "You have a new message in MyMaplebrook", D(21, 17, 3),
  ALT(T("""Hi Jennifer,

You have a new secure message in MyMaplebrook. For your privacy we do
not include the message in e-mail.

Log in: https://mymaplebrook.example.com

Please do not reply to this e-mail.
"""), H(html_wrap("""<p>Hi Jennifer,</p><p>You have a new secure message in MyMaplebrook.
For your privacy we do not include the message in e-mail.</p>
<p><a href="https://mymaplebrook.example.com">Log in to MyMaplebrook</a></p>
<p style="color:#888;font-size:11px">Please do not reply to this e-mail.</p>""", "MyMaplebrook"))),
  trap=True)

M("none", "it-how-to-send-secure-mail",
  "IT how-to that explains the [secure] tag in the body; the message itself is not marked and concerns no one",
  A("Maplebrook IT", "it@" + MPD), A("All Staff", "allstaff@" + MPD),
  "How to send encrypted email to schools and families", D(23, 8, 45),
  """Quick refresher since the school year started and we are emailing
school nurses a lot more:

- If an email includes anything about a patient (names with visits,
  diagnoses, meds, shot records), type [secure] at the start of the
  subject line. The relay encrypts it and the recipient gets a link.
- Attachments are encrypted too.
- Do NOT put patient names in the subject even with [secure].
- School district addresses (willowcreekusd) are NOT inside our
  network, so they always need the tag.

Questions: help desk ext. 300.
""", trap=True)

# ------------------------------------------------------- ordinary none --
M("none", "staff-potluck-signup",
  "staff potluck sign-up",
  A("Megan Doyle", "mdoyle@" + MPD), A("Orchard Lane Staff", "orchard@" + MPD),
  "Fall potluck Fri 10/2!!", D(21, 9, 30),
  """Potluck next Friday at noon! Sign-up sheet is on the fridge. So far we
have 3 mac and cheeses lol so maybe someone bring a salad. I'm doing
my mom's empanadas.

Megan
""", mailer=IPHONE)

M("none", "parking-lot-repaving",
  "facilities notice about parking",
  A("Orchard Lane Building Management", "mgmt@orchardlaneplaza.example.com"), A("Orchard Lane Tenants", "tenants@orchardlaneplaza.example.com"),
  "Parking lot sealcoating Sat 9/26 - west lot closed", D(18, 16, 0),
  """Tenants,

The west lot will be closed Saturday 9/26 from 6 am to 6 pm for
sealcoating and re-striping. Please use the east lot and the overflow
lot behind the bank. Cars left in the west lot will be towed.

Orchard Lane Plaza Management | (614) 555-0111
""")

M("none", "soccer-practice-rain-cancel",
  "youth soccer practice cancellation",
  A("Coach Tony Alvarez", "talvarez@" + RYS), A("U10 Lightning Parents", "u10-lightning@" + RYS),
  "No practice tonight - fields closed", D(16, 15, 5),
  """Parents - city closed the fields again because of the rain. No
practice tonight. Saturday's game vs. Thunder is still on for now,
9 am at Field 3. Snack family this week is the Parks family.

Coach Tony
""", mailer=ANDROID, bare=True)

M("none", "childcare-picture-day",
  "child care picture-day notice",
  A("Sunflower Child Care Center", "office@" + SCC), A("Sunflower Families", "families@" + SCC),
  "Picture day is Wednesday 9/30", D(22, 8, 20),
  """Picture day is Wednesday, September 30! Infants and toddlers in the
morning, preschool after nap. Order forms went home in cubbies, or
order online with code SUNFL26. Retakes will be October 21.

Sunflower Child Care Center
""")

M("none", "copier-jam-service-call",
  "office copier service request",
  A("Kendra Ruiz", "kruiz@" + MPD), A("Copier Service", "service@officetech.example.com"),
  "Service request - MFP at front desk jamming (serial CX4-77120)", D(15, 9, 5),
  """Hello,

Our front desk copier (serial CX4-77120, asset tag MP-0033) jams on
every tray 2 job and shows error J-0402. We have cleared it three
times today. Could a tech come out this week? Best times are 1-2 pm.

Kendra Ruiz | Maplebrook Pediatrics | (614) 555-0120
""")

M("none", "camp-carpool-signup",
  "parents arranging a carpool to camp",
  A("Stacy Parks", "stacy.parks@mail.example.net"), AL(A("Jen Walsh", "jwalsh.home@mail.example.net"), A("Ray Kim", "raykim@example.com")),
  "carpool to Tall Pines Oct 2?", D(24, 20, 14),
  """Hey! Anyone want to split driving to Tall Pines for the fall weekend?
I can take 3 kids up Friday after school (leaving ~3:30) if someone can
do the Sunday pickup. My minivan has 3 booster seats.

Stacy
""", mailer=IPHONE)

# ------------------------------------------------- none, not in English --
M("none", "vacunas-antes-de-clases-boletin",
  "Spanish newsletter about school-entry vaccines; no individual",
  A("Maplebrook Pediatrics", "noticias@" + MPD), A("Familias Maplebrook", "familias@lists." + MPD),
  "Vacunas antes de clases: lo que su hijo necesita", D(14, 10, 0),
  T("""Estimadas familias:

Antes del 15 de octubre, la escuela pide el registro de vacunas al día.

Kínder (4-6 años): DTaP, polio, MMR (sarampión, paperas y rubéola) y
varicela, segunda dosis de cada una.
Séptimo grado (11-12 años): Tdap y meningococo. Recomendamos también
la vacuna contra el VPH.

Las vacunas del programa VFC son gratis para niños con Medicaid o sin
seguro. Llame al (614) 555-0120 para una cita; tenemos personal que
habla español los martes y jueves.

¡También empieza la temporada de gripe! Vacunas contra la influenza los
sábados desde el 26 de septiembre.

Maplebrook Pediatrics
""", cte="quoted-printable"), lang="es", trap=True)

M("none", "school-flu-clinic-chinese-notice",
  "Chinese school notice about an on-site flu-vaccine clinic; no individual",
  A(u"柳溪学区健康服务", "healthservices@" + WCU), A(u"华人家长会", "chinese-parents@lists." + WCU),
  u"学校流感疫苗接种日：10月8日（需家长同意书）", D(16, 12, 0),
  T(u"""各位家长好：

柳溪学区将于10月8日（星期四）在各小学举办免费流感疫苗接种日，由哈洛县公共卫生局的护士负责接种。

- 需要家长签署同意书，请于9月30日前交给学校护士。
- 可选择注射或鼻喷疫苗（2岁以上健康儿童）。
- 没有保险的学生也可以免费接种。
- 当天请让孩子穿短袖衣服。

如有问题，请联系学校护士或拨打 (614) 555-0160。

柳溪学区 健康服务部
""", cte="base64"), lang="zh", trap=True)

M("none", "childcare-illness-policy-vietnamese",
  "Vietnamese child-care notice about the illness exclusion policy; no individual",
  A(u"Trung tâm Giữ trẻ Sunflower", "office@" + SCC), A(u"Phụ huynh Sunflower", "families-vi@" + SCC),
  u"Nhắc nhở: Quy định khi trẻ bị bệnh", D(15, 7, 30),
  T(u"""Kính gửi quý phụ huynh,

Mùa thu là mùa trẻ hay bị cảm, sốt. Xin nhắc lại quy định của trung tâm:

- Trẻ sốt từ 100.4°F (38°C) trở lên phải ở nhà cho đến khi hết sốt 24
  giờ mà không cần uống thuốc hạ sốt.
- Trẻ bị nôn hoặc tiêu chảy 2 lần trở lên trong ngày sẽ được gọi về.
- Trẻ bị đau mắt đỏ có thể quay lại sau khi bác sĩ khám.
- Nếu trẻ cần uống thuốc ở trường, phụ huynh phải ký giấy cho phép.

Cảm ơn quý vị đã giúp giữ an toàn cho tất cả các bé.

Lorraine Becker, Giám đốc
(614) 555-0171
""", cte="base64"), lang="vi", trap=True)

M("none", "kids-health-fair-arabic",
  "Arabic community health-fair flyer for children (dental, vision, vaccines); no individual",
  A(u"المركز المجتمعي العربي", "info@arabcenter.example.org"), A(u"أعضاء المركز", "members@arabcenter.example.org"),
  u"يوم صحة الأطفال المجاني - السبت ١٠ أكتوبر", D(17, 11, 0),
  T(u"""السلام عليكم،

يسر المركز أن يدعوكم إلى يوم صحة الأطفال المجاني يوم السبت ١٠ أكتوبر من الساعة ١٠ صباحاً حتى ٢ ظهراً.

- فحص الأسنان وورنيش الفلورايد مع عيادة برايت سمايلز
- فحص النظر والسمع
- تطعيمات المدرسة والإنفلونزا (أحضروا سجل التطعيمات)
- معلومات عن التأمين الصحي للأطفال

يوجد مترجمون باللغة العربية. لا حاجة لموعد.

للاستفسار: (614) 555-0114
""", cte="quoted-printable"), lang="ar", trap=True)

M("none", "measles-info-session-somali",
  "Somali community invitation to a measles-vaccine information session; no individual",
  A("Xarunta Bulshada Soomaaliyeed", "info@somalicenter.example.org"), A("Waalidiinta", "parents@somalicenter.example.org"),
  "Kulan macluumaad: tallaalka jadeecada (MMR) - Sabti 9/26", D(18, 9, 0),
  T("""Waalidiin qaaliga ah,

Kulan macluumaad ah oo ku saabsan tallaalka jadeecada (MMR) ayaa la
qabanayaa Sabtida 26 September, 11:00 subaxnimo, xarunta bulshada.

Dhakhtar carruureed iyo kalkaaliso ka socda Maplebrook Pediatrics ayaa
ka jawaabi doona su'aalahiinna. Tallaalku wuxuu ilaaliyaa carruurta.
Tallaalka MMR kuma xirna autism - cilmi baaris badan ayaa muujisay.

Turjumaan Soomaali ah ayaa joogi doona. Shaah iyo cunto fudud.

Wixii su'aalo ah: (614) 555-0117
"""), lang="so", trap=True)

M("none", "wic-nutrition-class-haitian-creole",
  "Haitian Creole reminder of a nutrition class for families; no individual",
  A("Pwogram Nitrisyon Harlow", "nutrition@" + HPH), A("Fanmi yo", "families-ht@lists." + HPH),
  "Klas nitrisyon pou timoun piti - Madi 29 septanm", D(21, 10, 0),
  T(u"""Bonjou fanmi yo,

Nou envite nou nan yon klas sou manje timoun piti: "Premye manje
solid ak bibwon". Madi 29 septanm, 10:00 am, nan biwo Sante Piblik la.

- Ki lè pou kòmanse manje solid
- Fè, vitamin D ak fliyò pou tibebe
- Kijan pou evite twòp ji ak bwason sikre

Klas la gratis. Gen entèprèt kreyòl. Ou ka vini ak timoun yo.

Rele (614) 555-0148 pou plis enfòmasyon.
""", cte="quoted-printable"), lang="ht", trap=True)

M("none", "camp-medical-forms-russian",
  "Russian camp notice to families about required medical forms; no individual",
  A(u"Лагерь Tall Pines", "office@" + CTP), A(u"Родители", "families-ru@" + CTP),
  u"Медицинские формы для осенних выходных", D(16, 18, 0),
  T(u"""Уважаемые родители!

Напоминаем: до 25 сентября необходимо загрузить в CampHub медицинскую
форму каждого ребёнка, подписанную родителем, и справку о медосмотре
(не старше 12 месяцев).

Все лекарства (включая ингаляторы и EpiPen) сдаются медсестре лагеря
в оригинальной упаковке из аптеки. Медсестра работает круглосуточно.

Если у ребёнка есть аллергия на продукты, укажите это в форме - кухня
готовит без орехов.

С уважением,
Джесс Амундсен, директор лагеря
(740) 555-0115
""", cs="koi8-r", cte="8bit"), lang="ru", trap=True, scs="koi8-r")

M("none", "concussion-protocol-portuguese",
  "Portuguese league notice about the concussion protocol; no individual",
  A("Liga Juvenil de Futebol Riverside", "info@" + RYS), A(u"Famílias RYSL", "familias@" + RYS),
  u"Protocolo de concussão: o que os pais precisam saber", D(18, 19, 30),
  T(u"""Olá, famílias!

Todos os anos lembramos o protocolo de concussão da liga:

1. Se houver suspeita de concussão (pancada na cabeça com dor de cabeça,
   tontura, confusão, vômito), o jogador sai do jogo e NÃO volta no
   mesmo dia.
2. Para voltar a treinar, é preciso uma liberação por escrito de um
   médico ou enfermeiro.
3. O retorno é gradual, em 5 etapas, durante pelo menos uma semana.

Os técnicos fizeram o curso online este mês. Dúvidas? Fale com a
coordenadora, Patrícia Souza: (614) 555-0118.

Liga Juvenil de Futebol Riverside
""", cs="iso-8859-1", cte="quoted-printable"), lang="pt", trap=True, scs="iso-8859-1", smode="Q")

M("none", "rsv-infant-immunization-korean",
  "Korean parents' association newsletter on infant RSV immunisation; no individual",
  A(u"한인 학부모회", "kpa@koreanparents.example.org"), A(u"회원 여러분", "members@koreanparents.example.org"),
  u"[소식지] 영아 RSV 예방주사 안내", D(19, 8, 0),
  T(u"""회원 여러분 안녕하세요.

가을과 겨울에는 RSV(호흡기세포융합바이러스)가 유행합니다. 8개월 미만
아기는 RSV 예방 항체 주사(니르세비맙)를 맞을 수 있습니다.

- 10월부터 3월 사이에 태어나는 아기는 출생 직후 병원에서 맞을 수 있습니다.
- 임신 32-36주 산모 백신도 있습니다. 담당 의사와 상의하세요.
- 메디케이드(Medicaid) 가입 아동은 무료입니다.

한국어 상담이 필요하시면 (614) 555-0119 로 연락 주세요.

한인 학부모회 드림
""", cs="euc-kr", cte="base64"), lang="ko", trap=True, scs="euc-kr")

M("none", "vision-screening-volunteers-tagalog",
  "Tagalog volunteer roster for a school vision-screening day with phone numbers; no child",
  A("Grace Tan, RN", "gtan@" + WCU), A("Filipino Nurses Association Volunteers", "volunteers@filnurses.example.org"),
  "Mga boluntaryo para sa vision screening - Okt. 14", D(22, 19, 10),
  T("""Magandang gabi po sa inyong lahat!

Salamat sa pag-volunteer para sa vision at hearing screening sa
Willow Creek Middle School sa Miyerkules, Oktubre 14. Ito po ang
listahan:

  7:30-10:00   Nene Villanueva, RN     (614) 555-0106
  7:30-10:00   Joy Santos, LPN         (614) 555-0107
  10:00-12:30  Ramon Dizon, RN         (614) 555-0108
  10:00-12:30  Liza Mercado            (614) 555-0109

Dalhin po ang inyong ID at badge. May almusal sa faculty room.
Pakisabi lang po kung hindi kayo makakarating.

Salamat po!
Grace
"""), lang="tl", trap=True)

M("none", "catch-up-vaccines-ukrainian",
  "Ukrainian resettlement agency notice about catch-up vaccination clinics; no individual",
  A(u"Служба підтримки переселенців", "help@newhomes.example.org"), A(u"Родини", "families-uk@newhomes.example.org"),
  u"Безкоштовні щеплення для дітей перед школою", D(15, 13, 20),
  T(u"""Шановні родини!

Школи вимагають довідку про щеплення до 15 жовтня. Якщо у вас є лише
український сертифікат щеплень, лікарі Maplebrook Pediatrics допоможуть
його перекласти та визначити, яких щеплень бракує.

Безкоштовні клініки наздоганяючих щеплень:
- 24 вересня, 15:00-18:00
- 1 жовтня, 15:00-18:00

Візьміть із собою всі медичні документи дитини. Буде перекладач.
Запис: (614) 555-0116.
""", cte="base64"), lang="uk", trap=True)

M("none", "school-health-check-japanese",
  "Japanese parents' group notice explaining US school health screenings; no individual",
  A(u"日本人保護者会", "jpa@japaneseparents.example.org"), A(u"会員各位", "members@japaneseparents.example.org"),
  u"アメリカの学校の健康診断について", D(20, 21, 0, tz="-0400"),
  T(u"""会員の皆様

新学期が始まり、学校から健康に関するお知らせが届いていると思います。
アメリカの学校では、日本のような一斉の健康診断はありませんが、次のような検査があります。

・視力検査と聴力検査（幼稚園、1年、3年、5年など）
・予防接種記録の提出（日本の母子手帳の英訳が必要な場合があります）
・スポーツをする場合は、かかりつけ医の身体検査（フィジカル）

母子手帳の英訳は、会のボランティアがお手伝いします。

日本人保護者会
""", cs="iso-2022-jp", cte="7bit"), lang="ja", trap=True, scs="iso-2022-jp")

M("none", "kita-abholzeiten-streik",
  "German parent asking about pick-up times on a transit strike day",
  A("Katrin Vogel", "katrin.vogel@post.example.de.test"), A("Sunflower Child Care Center", "office@" + SCC),
  u"Abholzeiten am Donnerstag", D(23, 7, 15),
  T(u"""Hallo Frau Becker,

wegen des Busstreiks am Donnerstag schaffe ich es wahrscheinlich erst
gegen 18:15, Sie zu erreichen. Ist das in Ordnung, oder soll ich die
Spätabholung extra bezahlen? Mein Mann ist leider auf Dienstreise.

Vielen Dank und viele Grüße
Katrin Vogel
""", cs="iso-8859-1", cte="quoted-printable"), lang="de", scs="iso-8859-1", smode="Q")

M("none", "diwali-family-evening-hindi",
  "Hindi invitation to a community Diwali evening",
  A(u"प्रिया रमन", "priya.raman@mail.example.net"), A(u"दोस्तों", "friends-list@mail.example.net"),
  u"दिवाली मिलन - 8 नवंबर, सब आइए!", D(24, 21, 30),
  T(u"""नमस्ते सबको,

इस साल दिवाली मिलन 8 नवंबर (रविवार) शाम 5 बजे हमारे घर पर है।
बच्चों के लिए रंगोली और दीये बनाने की गतिविधि होगी।
हर परिवार कोई एक मिठाई या नमकीन ले आए तो अच्छा रहेगा।

कृपया बताइए कितने लोग आ रहे हैं।

प्रिया
""", cte="base64"), lang="hi")

# ----------------------------------------------------------------- phi ---
M("phi", "maya-fever-ear-pain-from-phone",
  "parent from a phone: named child with fever and ear pain asking for a same-day visit",
  A("Danielle Brooks", "dani.brooks22@mail.example.net"), A("Maplebrook Front Desk", "frontdesk@" + MPD),
  "Maya sick - can we come in today?", D(14, 6, 52),
  """Hi, this is Maya Brooks mom. She's had a fever since last night, 102.4
at 3am, gave her motrin and it came down but now she's crying that her
right ear hurts and she's tugging at it. She's 3. Do you have anything
this morning? I can come any time, just need to call work.
""" + SIG_IPHONE + "Danielle\n", mailer=IPHONE, where="family mail")

M("phi", "portal-well-visit-appointment-liam",
  "portal appointment reminder naming the child, visit type, clinician and vaccines due",
  A("MyMaplebrook", "no-reply@" + PORTAL), A("Wei Chen", "wei.chen@example.com"),
  "Appointment reminder: Liam, Tue Sep 22 at 10:40 AM", D(20, 18, 0),
  ALT(T("""Hi Wei,

This is a reminder of Liam Chen's appointment:

  4-year well visit with Dr. Chioma Okafor
  Tuesday, September 22, 2026 at 10:40 AM
  Maplebrook Pediatrics - Orchard Lane

Liam is due for DTaP, IPV, MMR and varicella boosters at this visit.
Please bring his shot record and the school health form if you need
it filled out. Arrive 15 minutes early to complete the vision and
hearing screen.

To cancel or reschedule, reply C or call (614) 555-0120.
"""), H(html_wrap("""<p>Hi Wei,</p><p>This is a reminder of <b>Liam Chen</b>'s appointment:</p>
<table border="0" cellpadding="4"><tr><td>Visit</td><td>4-year well visit with Dr. Chioma Okafor</td></tr>
<tr><td>When</td><td>Tuesday, September 22, 2026 at 10:40 AM</td></tr>
<tr><td>Where</td><td>Maplebrook Pediatrics - Orchard Lane</td></tr></table>
<p>Liam is due for DTaP, IPV, MMR and varicella boosters at this visit. Please bring his shot record
and the school health form if you need it filled out.</p>""", "Appointment reminder"))),
  where="body (portal)")

M("phi", "lead-level-letter-pdf-only",
  "body is a cover note; the attached PDF (Flate) carries a named toddler's MRN, DOB and elevated blood lead result",
  A("Maplebrook Pediatrics Nurses", "nurses@" + MPD), A("Kayla Rivers", "kayla.rivers@mail.example.net"),
  "Letter from Maplebrook Pediatrics", D(15, 11, 20),
  MIX(T("""Hello,

Please see the attached letter from Dr. Lindqvist. Call us at
(614) 555-0120 if you have any questions.

Maplebrook Pediatrics Nursing
"""), PDF("Letter_2026-09-15.pdf", [
      "Maplebrook Pediatrics - 2200 Orchard Lane, Millbrook",
      "",
      "September 15, 2026",
      "",
      "To the parent/guardian of: Jordan Rivers     DOB: 11/02/2024     MRN: MP-0448210",
      "",
      "Jordan's blood lead test from his 18-month visit (capillary, 09/10/2026) was",
      "7.1 micrograms per deciliter. This is above the reference value of 3.5.",
      "",
      "Next steps:",
      "1. A venous (arm) blood test to confirm, within 1 month. Order is at Lumen Lab.",
      "2. Harlow County Public Health will call you about a free home lead inspection.",
      "3. Iron-rich foods; we also checked his hemoglobin, which was 10.8 g/dL.",
      "4. Wash hands and toys often; wet-mop floors and window sills.",
      "",
      "Erik Lindqvist, MD",
  ], flate=True, title="Letter")), where="attachment (PDF, Flate)")

M("phi", "school-nurse-asthma-plan-inhaler-expired",
  "school nurse to parent about a named student's asthma action plan and expired albuterol",
  A("Beth Kowalski, RN", "bkowalski@" + WCU), A("Aaron Fischer", "afischer@example.com"),
  "Ethan - inhaler at school expired", D(15, 12, 40),
  """Hi Mr. Fischer,

I was checking the health office supplies and Ethan's albuterol inhaler
expired in August. Could you send a new one with the pharmacy label,
plus a spacer? He used it twice last week at recess (the cold mornings
seem to set him off).

I also still need this year's asthma action plan signed by his doctor.
If Maplebrook faxes it to (614) 555-0161 that works.

Thank you!
Beth Kowalski, RN
School Nurse, Alder Elementary
""", where="body (prose)")

M("phi", "504-meeting-insulin-pump",
  "504 plan meeting about a named student's type 1 diabetes, pump settings and CGM alerts",
  A("Grace Tan, RN", "gtan@" + WCU), AL(A("Michelle Ortiz-Brandt", "mob.family@mail.example.net"), A("Paul Brandt", "pbrandt@example.com")),
  "504 review for Sophie - Thurs 9/24 2:45", D(16, 13, 15),
  """Hi Michelle and Paul,

Confirming Sophie's 504 review on Thursday 9/24 at 2:45 in the MS
conference room. Mr. Lopez (counselor), her homeroom teacher and I will
be there.

Things I want to update in the plan:
- She's on the new pump with the CGM now, so the low alarm threshold
  (70) and the "share follower" alerts to my phone
- Snack before PE, and checking at 11:15 before lunch
- Carb ratio for lunch 1:12, correction factor 1:45 per Dr. Hughes's
  orders from St. Brigid endo dated 8/28
- Glucagon nasal spray in the office and in her PE bag
- Extra time on tests when her BG is under 70 or over 300

Please bring the new diabetes medical management plan if you have it.

Grace Tan, RN, Willow Creek Middle School
""", cc=A("Alan Lopez", "alopez@" + WCU), where="body (prose)")

M("phi", "ifsp-meeting-ics-only",
  "the invite's body is generic; the ICS description names the child, age and speech delay services",
  A("Little Acorns Early Intervention", "scheduling@" + EIP), A("Ana Pereira", "ana.pereira@mail.example.net"),
  "Invitation: Meeting with Little Acorns @ Wed Sep 30 10:00am", D(17, 9, 10),
  ALT(T("""You have been invited to a meeting with Little Acorns Early Intervention.
Please accept or decline using the invitation.
"""), ICS("REQUEST", "ifsp-26-4471@littleacorns.example.org", "20260930T100000", "20260930T113000",
          "Initial IFSP meeting - Gabriel Pereira (21 mo)",
          "Initial IFSP for Gabriel Pereira, DOB 12/05/2024. Eligible based on expressive language delay (Bayley-4 expressive 5th percentile) and feeding concerns. Proposed: speech therapy 2x/month at home, OT feeding consult. Service coordinator: Renata Olsen. Portuguese interpreter booked.",
          "Family home (virtual option)", ("Renata Olsen", "rolsen@" + EIP),
          [("Ana Pereira", "ana.pereira@mail.example.net")])), where="attachment (ICS)",
  mailer="X-Mailer: Google Calendar")

M("phi", "ei-evaluation-report-docx-only",
  "cover note only; the DOCX holds a named child's DOB, test scores and eligibility",
  A("Renata Olsen", "rolsen@" + EIP), A("Dr. Erik Lindqvist", "elindqvist@" + MPD),
  "Evaluation report as requested", D(18, 14, 5),
  MIX(T("""Dr. Lindqvist,

Attached is the evaluation report you asked for. The family signed the
release on 9/14. Let me know if you need anything else.

Renata Olsen, Service Coordinator
Little Acorns Early Intervention | (614) 555-0151
"""), DOCX("EI_Evaluation_Report.docx", [
      "Little Acorns Early Intervention - Multidisciplinary Evaluation Report",
      "Child: Gabriel Pereira    DOB: 12/05/2024    EI#: LA-26-4471",
      "Date of evaluation: 09/11/2026    Chronological age: 21 months",
      "Referral source: Maplebrook Pediatrics (Dr. Lindqvist), concern: few words, picky eating",
      "Bayley-4: Cognitive 9 (scaled), Receptive language 7, Expressive language 5, Fine motor 9, Gross motor 10",
      "Expressive vocabulary about 8 words; uses gestures and pointing; good eye contact and joint attention.",
      "Feeding: accepts 6 foods, gags with mixed textures, no weight concerns per growth chart.",
      "Hearing: passed newborn screen; recommend audiology to rule out middle-ear fluid.",
      "Eligibility: eligible, 25% delay in expressive communication.",
      "Recommendations: speech therapy 2x/month, OT feeding consult, audiology referral.",
  ])), where="attachment (DOCX)")

M("phi", "dental-treatment-plan-estimate",
  "dental treatment plan and insurance estimate for a named child with member ID",
  A("Bright Smiles Billing", "billing@" + BSD), A("Tiffany Greene", "tgreene@example.com"),
  "Treatment plan and estimate for Marcus", D(17, 16, 30),
  """Hi Ms. Greene,

Here is the estimate for Marcus's treatment plan from his 9/15 exam with
Dr. Rao. We plan to do this in one visit with nitrous oxide.

Patient: Marcus Greene    DOB 04/19/2019
Insurance: Cobalt Kids Health Plan   Member ID: CKH-55820173

Code    Tooth  Description                       Fee      Plan pays  You pay
D2391   K      Resin filling, 1 surface, post.    $165     $165       $0
D2392   S      Resin filling, 2 surfaces, post.   $210     $210       $0
D2930   L      Stainless steel crown, primary     $295     $295       $0
D9230   -      Nitrous oxide                      $85      $0         $85
                                          Total   $755     $670       $85

The next opening for a 90-minute visit is Oct 6 at 8 am. Call
(614) 555-0174 to book.

Bright Smiles Pediatric Dentistry
""", where="body (table)")

M("phi", "therapy-claims-csv-to-payer",
  "cover note only; the CSV lists named children with member IDs, dates of service and therapy codes",
  A("Kite Therapy Billing", "billing@" + KPT), A("Cobalt Kids Claims Resubmission", "resubmit@" + CKH),
  "Resubmission batch 0918 (corrected modifiers)", D(18, 10, 40),
  MIX(T("""Hello,

Per our call with Deb on 9/16, attached is the corrected batch with the
GN/GO modifiers added. Original ICNs are in the last column.

Thanks,
Liz Carver, Billing Manager
Kite Pediatric Therapy | (614) 555-0158
"""), CSV("resubmit_batch_0918.csv", [
      ["member_name", "member_id", "dob", "dos", "cpt", "modifier", "units", "charge", "dx", "orig_icn"],
      ["Harper Quinn", "CKH-60311842", "2020-02-11", "2026-08-04", "92507", "GN", "1", "145.00", "F80.1", "2026221004418"],
      ["Harper Quinn", "CKH-60311842", "2020-02-11", "2026-08-11", "92507", "GN", "1", "145.00", "F80.1", "2026228004502"],
      ["Eli Navarro", "CKH-58800127", "2021-06-30", "2026-08-05", "97530", "GO", "3", "180.00", "R62.50", "2026222007731"],
      ["Eli Navarro", "CKH-58800127", "2021-06-30", "2026-08-12", "97530", "GO", "3", "180.00", "R62.50", "2026229007790"],
      ["Maddie Sorensen", "CKH-61245590", "2018-10-09", "2026-08-07", "97110", "GP", "2", "130.00", "M62.81", "2026224001153"],
  ])), where="attachment (CSV)")

M("phi", "eob-er-visit-html",
  "HTML-only Explanation of Benefits for a dependent's emergency visit with member and claim numbers",
  A("Cobalt Kids Health Plan", "eob@" + CKH), A("Robert Haines", "rhaines@example.com"),
  "Your Explanation of Benefits is ready", D(19, 5, 0),
  H(html_wrap("""<h3>Explanation of Benefits - THIS IS NOT A BILL</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Member</td><td>Lily Haines</td><td>Member ID</td><td>CKH-57019924</td></tr>
<tr><td>Claim number</td><td>26-2541-00918</td><td>Provider</td><td>St. Brigid Children's Hospital ED</td></tr>
<tr><td>Date of service</td><td>08/29/2026</td><td>Processed</td><td>09/17/2026</td></tr></table>
<br><table border="1" cellpadding="4" cellspacing="0">
<tr><th>Service</th><th>Billed</th><th>Allowed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>Emergency visit, level 4 (99284)</td><td>$1,210.00</td><td>$612.40</td><td>$612.40</td><td>$0.00</td></tr>
<tr><td>Forearm X-ray, 2 views (73090)</td><td>$348.00</td><td>$96.10</td><td>$96.10</td><td>$0.00</td></tr>
<tr><td>Splint application, forearm (29125)</td><td>$275.00</td><td>$88.70</td><td>$88.70</td><td>$0.00</td></tr></table>
<p>Questions? Member Services (888) 555-0138.</p>""", "EOB"), cte="quoted-printable"),
  where="HTML only")

M("phi", "statement-balance-sick-visit-base64",
  "billing statement in a base64 body: account number, child's visit date and balance",
  A("Maplebrook Pediatrics Billing", "billing@" + MPD), A("Janelle Hart", "janelle.hart@mail.example.net"),
  "Your statement from Maplebrook Pediatrics", D(21, 7, 0),
  T("""Dear Janelle Hart,

Your statement is below. Account: 40-118827

Patient: Xavier Hart
09/02/2026  Office visit, established, sick (99214)    $186.00
09/02/2026  Rapid strep test (87880)                    $32.00
            Granite Mutual paid                       -$148.00
            Adjustment                                 -$22.00
            Copay applied at visit                     -$ 3.00
                                      Balance due       $45.00

Pay online at https://pay.maplebrookpeds.example.com or call
(614) 555-0125. Thank you!
""", cte="base64"), where="base64 body")

M("phi", "prior-auth-growth-hormone-approved",
  "prior authorisation approval naming a member, drug and dates",
  A("Cobalt Kids Pharmacy Prior Authorization", "pharmacy-pa@" + CKH), A("St. Brigid Endocrinology", "endo-pa@" + SBC),
  "PA approved - ref PA-26-771045", D(21, 11, 35),
  """PRIOR AUTHORIZATION DETERMINATION: APPROVED

Reference:      PA-26-771045
Member:         Owen Castillo    Member ID: CKH-59924418    DOB 07/14/2016
Prescriber:     Dr. Samuel Hughes, Pediatric Endocrinology
Drug:           Somatropin 5 mg pen, 0.3 mg/kg/week divided daily
Approved:       09/21/2026 through 03/20/2027
Pharmacy:       Specialty network only

Renewal will need height velocity and IGF-1 from the last 3 months.
""", where="body (form)")

M("phi", "registry-rejected-vxu-live-hl7",
  "interface alert whose HL7 attachment is a live immunisation message with a child's name, DOB and vaccines",
  A("Corvid Interface Engine", "interface-alerts@" + MPD), A("Interface Team", "interfaces@" + MPD),
  "ALERT: ImmuTrack rejected message (AE) - channel VXU_OUT", D(22, 2, 14),
  MIX(T("""Channel:    VXU_OUT (production)
Time:       2026-09-22 02:14:07
Result:     MSA|AE - 101^Required field missing^HL70357 (RXA-15 lot number)
Retries:    3 of 3, message moved to error queue

Original message attached. Fix and resend from the error queue.
"""), HL7("msg_000884213.hl7", [
      "MSH|^~\\&|JUNIPER|MPD0318|IMMUTRACK|STATE|20260921163002||VXU^V04^VXU_V04|MPD884213|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS",
      "PID|1||MP-0452117^^^MPD^MR||NGUYEN^AVA^THI^^^^L||20250514|F|||18 BIRCHWOOD CT^^MILLBROOK^OH^43000||^PRN^PH^^^614^5550112",
      "NK1|1|NGUYEN^LINH|MTH^Mother^HL70063",
      "ORC|RE||MPD-IMM-228104||||||||||%s^OKAFOR^CHIOMA" % NPI_OKAFOR,
      "RXA|0|1|20260921|20260921|20^DTaP^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|||||||20271130|SKB^GlaxoSmithKline^MVX",
      "RXA|0|1|20260921|20260921|10^IPV^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001||||||IP26A551|20271031|PMC^sanofi^MVX",
  ])), where="attachment (HL7)")

M("phi", "school-referral-fhir-bundle",
  "the FHIR JSON bundle carries a named student, DOB and an asthma condition and medication; the body says only that a referral was sent",
  A("WCUSD School Health Integration", "schoolhealth-api@" + WCU), A("Maplebrook Referrals", "referrals@" + MPD),
  "School nurse referral (bundle attached)", D(22, 9, 55),
  MIX(T("""A school nurse has sent a referral through the school health API.
The bundle is attached. Reply to this mailbox if it cannot be imported.
"""), JSONP("referral-bundle-2026-09-22.json", {
      "resourceType": "Bundle", "type": "collection", "timestamp": "2026-09-22T09:50:00-04:00",
      "entry": [
          {"resource": {"resourceType": "Patient", "id": "stu-118204",
                        "identifier": [{"system": "urn:example:wcusd:student", "value": "118204"}],
                        "name": [{"family": "Asante", "given": ["Kwame"]}], "birthDate": "2015-03-02", "gender": "male"}},
          {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/stu-118204"},
                        "code": {"text": "Asthma, moderate persistent"}, "note": [{"text": "Used rescue inhaler 4 times this week at school; night cough per student."}]}},
          {"resource": {"resourceType": "MedicationStatement", "subject": {"reference": "Patient/stu-118204"}, "status": "active",
                        "medicationCodeableConcept": {"text": "Albuterol HFA 90 mcg, 2 puffs as needed"}}},
          {"resource": {"resourceType": "ServiceRequest", "subject": {"reference": "Patient/stu-118204"}, "status": "active", "intent": "order",
                        "code": {"text": "Asthma follow-up with primary care; please review controller medication"},
                        "requester": {"display": "Rosa Delgado, RN, Willow Creek HS"}}}]})),
  where="attachment (FHIR JSON)")

M("phi", "subject-only-strep-amox-sent",
  "borderline: body is 'done, thanks'; the name, DOB, positive strep and antibiotic are only in the Subject",
  A("Dr. Adaeze Abara", "aabara@" + MPD), A("Priya Raman", "praman@" + MPD),
  "RE: Noah Williams DOB 03/14/2019 - strep +, amox 400mg/5mL sent to Elm St", D(22, 15, 20),
  """done, thanks

-A
""", irt=MPD, mailer=IPHONE, where="Subject only", bare=True)

M("phi", "subject-only-tube-followup-interpreter",
  "body says only 'booked'; the child's name, ear-tube follow-up appointment and interpreter need are in the Subject",
  A("Luis Ortega", "lortega@" + MPD), A("St. Brigid ENT Scheduling", "ent-scheduling@" + SBC),
  "RE: Zainab Yusuf 9/25 3:40pm tympanostomy tube f/u - needs Somali interpreter", D(23, 9, 2),
  """Booked, thank you!

Luis, Maplebrook front desk
""", irt=SBC, where="Subject only")

M("phi", "display-name-nicu-followup-playgroup",
  "borderline: a playgroup flyer; the baby's NICU follow-up appears only in the recipient's display name from the practice's contact list",
  A("Hannah Cole", "hcole@" + MPD), A("Grace Kim - Henry's mom (NICU f/u, 28 wk preemie)", "gracekim.home@example.com"),
  "Playgroup flyer you asked about", D(23, 11, 30),
  """Hi Grace,

Here's the info for the Tuesday morning playgroup at the library that I
mentioned at the front desk: 9:30-10:30, free, no sign-up. Lots of
moms from our practice go.

Hannah
Maplebrook Pediatrics
""", where="display name only")

M("phi", "scan-filename-vanderbilt-adhd",
  "borderline: scanner mail with an image-only PDF; a child's name, DOB and ADHD follow-up rating form are only in the file name (ADHD managed in primary care)",
  A("MFP-2 Front Desk", "scanner@" + MPD), A("Priya Raman", "praman@" + MPD),
  "Scanned document from MFP-2", D(16, 8, 41),
  MIX(T("""Scanned from MFP-2 Front Desk
Pages: 1
Resolution: 300 dpi
"""), PDF("Martinez_Diego_DOB_05-02-2018_ADHD_Vanderbilt_teacher_followup.pdf", [], flate=True, title="Scan")),
  where="attachment file name only")

M("phi", "photo-filename-tb-skin-test",
  "parent's note says only 'here's the pic'; the child's name, DOB and TB skin test reading are in the photo's file name",
  A("Chidinma Nwosu", "chidi.nwosu@mail.example.net"), A("Jamal Harris, RN", "jharris@" + WCU),
  "pic for the form", D(17, 7, 20),
  MIX(T("""Good morning, here's the pic you asked for for her school form.
Thanks!
""" + SIG_ANDROID), PNG("Amara_Nwosu_2021-07-09_TB_skin_test_read_0mm_9-16.png")),
  mailer=ANDROID, where="attachment file name only")

M("phi", "reply-over-quoted-allergy-shots",
  "short thank-you over a quoted nurse message about a named child's allergy shots and lab work",
  A("Kim Lawson", "kimlawson@example.com"), A("St. Brigid Allergy Nurses", "allergy-rn@" + SBC),
  "Re: Lucas - allergy shot schedule + bloodwork", D(18, 20, 11),
  """Thank you!! We'll be there Monday at 4.

Kim

On Fri, Sep 18, 2026 at 2:05 PM St. Brigid Allergy Nurses <allergy-rn@stbrigid.example.org> wrote:
> Hi Ms. Lawson,
>
> Lucas is cleared to start his build-up allergy shots (dust mite, cat,
> tree pollen mix) on Monday 9/21 at 4:00 pm. Please give his cetirizine
> that morning and make sure his asthma is well controlled - if he is
> wheezing or has used his albuterol in the last 24 hours we will need to
> postpone. Plan on a 30-minute wait after each shot.
>
> Dr. Shah also wants a repeat IgE level; the lab order is in for any
> Lumen Lab location.
>
> Bring his EpiPen to every visit.
>
> St. Brigid Allergy & Immunology
""", irt=SBC, where="quoted original")

M("phi", "visit-summary-html-only",
  "HTML-only portal after-visit summary for a named child: diagnosis, medication and follow-up",
  A("St. Brigid MyChart Team", "noreply@portal." + SBC), A("Amanda Ruiz", "amanda.ruiz@mail.example.net"),
  "After-visit summary: Isabella, Urgent Care 9/19", D(19, 21, 40),
  H(html_wrap("""<h3>After Visit Summary</h3>
<p><b>Isabella Ruiz</b> &middot; DOB 01/23/2020 &middot; St. Brigid Pediatric Urgent Care &middot; 09/19/2026</p>
<p><b>Reason for visit:</b> cough, fever 3 days</p>
<p><b>Diagnoses:</b> Community-acquired pneumonia, right lower lobe (chest X-ray)</p>
<p><b>Medications started:</b> Amoxicillin 400 mg/5 mL, 10 mL by mouth twice a day for 7 days</p>
<p><b>Follow up:</b> With your primary care provider in 2-3 days. Return to the ED for fast breathing,
bluish lips or if she cannot keep fluids down.</p>""", "After Visit Summary"), cte="quoted-printable"),
  where="HTML only")

M("phi", "alt-html-only-half-otitis",
  "the text half says only 'view in browser'; only the HTML half carries the named child's diagnosis and dose",
  A("MyMaplebrook", "no-reply@" + PORTAL), A("Sara Delgado", "sara.delgado@example.com"),
  "Visit summary from Maplebrook Pediatrics", D(16, 17, 45),
  ALT(T("""Your visit summary is ready. If you cannot see it, open this
message in a browser or log in to MyMaplebrook.
"""), H(html_wrap("""<p>Hi Sara,</p><p>Here is the summary of today's sick visit for <b>Mateo</b> with Adaeze Abara, CPNP.</p>
<ul><li>Diagnosis: acute otitis media, left ear</li>
<li>Amoxicillin 400 mg/5 mL: 7.5 mL by mouth twice daily x 10 days (90 mg/kg/day, weight 16.6 kg)</li>
<li>Ibuprofen 100 mg/5 mL: 7.5 mL every 6-8 hours as needed</li>
<li>Ear recheck in 3-4 weeks if he has had 3 infections this year</li></ul>""", "Visit summary"), cte="quoted-printable")),
  where="HTML half of alternative only")

M("phi", "secure-tag-test-no-content",
  "borderline: [secure]-tagged test with no health content; marked messages are at least phi (marked-secure-test-no-content)",
  A("Priya Raman", "praman@" + MPD), A("Jamal Harris, RN", "jharris@" + WCU),
  "[secure] test - did this come through encrypted?", D(15, 9, 12),
  """Hi Jamal, testing the secure email before I send you the forms
for the kids on your list. Can you tell me if you had to click a link
to open this? Thanks!

Priya Raman, LPN
""", where="sender marker only ([secure])")

M("phi", "x-sensitivity-private-forms-note",
  "borderline: sender marked the message X-Sensitivity: Private with no health content; marked messages are at least phi",
  A("Rosa Delgado, RN", "rdelgado@" + WCU), A("Maplebrook Referrals", "referrals@" + MPD),
  "the forms we talked about", D(22, 14, 25),
  """Hi - the forms we talked about on the phone are in the school
health portal now. Let me know when you've pulled them.

Rosa
""", extra=["X-Sensitivity: Private", "Sensitivity: Private"], mailer=OUTLOOK,
  where="sender marker only (X-Sensitivity)")

M("phi", "foster-carer-30-day-screen-eczema",
  "foster carer asking for a named child's 30-day health screen and eczema cream refill",
  A("Debbie Marsh", "debbiemarsh63@mail.example.net"), A("Maplebrook Front Desk", "frontdesk@" + MPD),
  "New foster placement - need appt for Jaylen", D(14, 14, 33),
  """Hello,

I'm a licensed foster parent and I had a new placement Friday, Jaylen
Carter, 6 years old. His caseworker (Tamika Bell at Harlow County
Children's Services, case #HC-2026-03318) said he was a patient of yours
before. He needs the 30-day health screen for the county and he's
almost out of his eczema cream (triamcinolone). His skin is really bad
on his arms and behind his knees. I have the medical consent letter from
the county.

What do you have next week? I'm off Tuesday and Thursday.

Debbie Marsh
(614) 555-0182
""", where="family mail")

M("phi", "caseworker-consent-tonsillectomy",
  "county caseworker's medical consent for a child in custody's tonsillectomy, with case number and DOB",
  A("Tamika Bell", "tbell@" + HCS), A("St. Brigid ENT Surgery Scheduling", "ent-surgery@" + SBC),
  "Signed consent - Destiny Alvarez, case HC-2025-11902", D(21, 15, 10),
  MIX(T("""Good afternoon,

Attached is the signed agency consent for Destiny Alvarez (DOB
06/08/2017) for tonsillectomy and adenoidectomy with Dr. Kaplan on
10/8. She is in county custody; her foster mother, Ms. Jean Porter, will
bring her and can sign day-of forms but not the surgical consent.
Pre-op: she has sleep apnea on the sleep study and is allergic to
penicillin (hives).

Please send the post-op instructions to me and to Ms. Porter.

Tamika Bell, MSW, Ongoing Caseworker
Harlow County Children's Services | (614) 555-0187
"""), PDF("Consent_HC-2025-11902.pdf", [
      "HARLOW COUNTY CHILDREN'S SERVICES - CONSENT FOR MEDICAL TREATMENT",
      "Child: Destiny Alvarez    DOB: 06/08/2017    Case: HC-2025-11902",
      "Procedure: Tonsillectomy and adenoidectomy",
      "Surgeon: Dr. R. Kaplan, St. Brigid Children's Hospital    Date: 10/08/2026",
      "Authorized by: Tamika Bell, MSW, for the Director    Date signed: 09/21/2026",
  ], title="Consent")), where="body and attachment (PDF)")

M("phi", "camp-nurse-asthma-flare-owen",
  "camp nurse to parent about a named camper's asthma flare and inhaler use",
  A("Camp Tall Pines Health Center", "nurse@" + CTP), A("Kristen Walker", "kwalker@example.com"),
  "Owen - health center update", D(19, 21, 5),
  """Hi Kristen,

Just letting you know Owen came to the health center twice today. After
the afternoon hike he was wheezing and coughing; I gave 4 puffs of his
albuterol with the spacer at 3:10 and again at 7:30. Lungs sounded
better afterwards and his oxygen was 97%. He is resting in the health
center tonight so I can check on him.

If he needs it more than every 4 hours I will call you and we may send
him to urgent care in town. Please call me at (740) 555-0115 ext 2 if
you have questions.

Nurse Joanne (Joanne Pike, RN)
Camp Tall Pines
""", where="body (prose)")

M("phi", "camp-health-form-pdf-plain",
  "cover note only; the attached health form PDF (plain text stream) lists a named camper's allergies, medicines and conditions",
  A("Nadia Haddad", "nadia.haddad@mail.example.net"), A("Camp Tall Pines", "office@" + CTP),
  "Health form attached", D(21, 22, 50),
  MIX(T("""Hi, sorry it's late, here's the form. The CampHub upload kept failing.
Thanks, Nadia
"""), PDF("camp_health_form.pdf", [
      "CAMP TALL PINES - CAMPER HEALTH FORM 2026",
      "Camper: Yasmin Haddad    DOB: 02/27/2015    Cabin: Birch",
      "Parent/guardian: Nadia Haddad   Phone: (614) 555-0113",
      "Allergies: tree nuts (anaphylaxis 2023), amoxicillin (rash)",
      "Medications: EpiPen 0.3 mg x2; cetirizine 10 mg daily; lamotrigine 50 mg twice daily",
      "Conditions: epilepsy (absence seizures), last seizure 03/2026; seasonal allergies",
      "Physician: Dr. Erik Lindqvist, Maplebrook Pediatrics    Last physical: 06/12/2026",
      "Insurance: Granite Mutual   Member ID: GM-8830192-02",
  ], flate=False, title="Camper Health Form")), where="attachment (PDF, plain stream)")

M("phi", "trainer-concussion-return-to-play",
  "athletic trainer to a parent about a named player's concussion and referral",
  A("Marcus Webb, ATC", "mwebb@" + WCU), A("Lisa Tran", "lisa.tran@example.com"),
  "Kevin - concussion protocol / sports med referral", D(20, 19, 40),
  """Mrs. Tran,

Following up on Kevin's hit in Friday's JV game. He had headache,
light sensitivity and was slow on the sideline SCAT5, so he is out of
practice and games until cleared. Today he still reports a headache
(4/10) and trouble focusing in class.

I've sent a referral to St. Brigid Sports Medicine Concussion Clinic
(they'll call you), and asked the school for academic accommodations
(no tests this week, shorter screen time). Please no driving, gaming or
lifting until he is seen.

Marcus Webb, ATC, Willow Creek HS Athletics | (614) 555-0167
""", where="body (prose)")

M("phi", "childcare-sent-home-pink-eye",
  "child care director to a parent: named child sent home with fever and conjunctivitis",
  A("Lorraine Becker", "director@" + SCC), A("Jessica Moore", "jess.moore@mail.example.net"),
  "Ella - sent home today", D(17, 13, 12),
  """Hi Jessica,

Just following up in writing after our call. Ella had a temperature of
101.2 at 11:40 (underarm) and both eyes are red with yellow goop, so
we need her to stay home tomorrow. She can come back once she's fever
free for 24 hours without Tylenol/Motrin and has been on eye drops for
24 hours if her doctor prescribes them.

Feel better, Ella!
Lorraine
""", where="body (prose)")

M("phi", "murmur-referral-shorthand",
  "referral in clinical shorthand: named child, DOB, MRN, murmur and echo request",
  A("Maplebrook Referrals", "referrals@" + MPD), A("St. Brigid Cardiology Intake", "cardiology-intake@" + SBC),
  "Referral: Noah Patel - new murmur", D(16, 11, 50),
  """Pt: Noah Patel  DOB 08/30/2022  MRN MP-0439981
Ins: Granite Mutual GM-7201845-03
Ref by: E. Lindqvist MD, NPI %s

4yo M, new II/VI systolic murmur LLSB at WCC 9/15, louder supine,
no radiation, nl S2, no clicks. No syncope, cyanosis, FTT. FHx: no
SCD or congenital heart dz. Likely innocent (Still's) but hx of
2 URIs w/ tachypnea. Pls eval +/- ECHO. Non-urgent.

Fax notes to (614) 555-0121.
""" % NPI_LINDQVIST, where="clinical shorthand")

M("phi", "discharge-summary-bronchiolitis",
  "discharge summary to the primary care office for a named infant with RSV bronchiolitis",
  A("St. Brigid Hospital Medicine", "hm-discharge@" + SBC), A("Maplebrook Referrals", "referrals@" + MPD),
  "Discharge summary: Mila Kowalczyk (MRN SB-2204718)", D(19, 14, 30),
  MIX(T("""Discharge summary attached for your patient. Please arrange follow-up
within 2 days.

St. Brigid Children's Hospital - Hospital Medicine
"""), PDF("DC_summary_SB-2204718.pdf", [
      "ST. BRIGID CHILDREN'S HOSPITAL - DISCHARGE SUMMARY",
      "Patient: Mila Kowalczyk   MRN: SB-2204718   DOB: 04/02/2026   Age: 5 mo",
      "Admitted: 09/15/2026   Discharged: 09/19/2026   Attending: Dr. Priyanka Sethi",
      "PCP: Maplebrook Pediatrics (Dr. Okafor)",
      "Diagnosis: RSV bronchiolitis with hypoxemia",
      "Course: high-flow nasal cannula 2 days, weaned to room air 9/18. NG feeds 1 day.",
      "Discharge weight 6.9 kg. Saturations 95-98% on room air asleep.",
      "Medications: none. Nasal saline and suction as needed.",
      "Follow-up: PCP in 2 days. Return for increased work of breathing or poor feeding.",
  ], flate=True, title="Discharge Summary")), where="body Subject and attachment (PDF)")

M("phi", "pharmacy-refill-request-fluticasone",
  "pharmacy refill request for a named child's inhaled steroid with DOB",
  A("Elm Street Pharmacy", "refills@" + ESP), A("Maplebrook Refills", "refills@" + MPD),
  "Refill authorization request - Rx 6610482", D(18, 9, 25),
  """REFILL AUTHORIZATION REQUEST

To:        Dr. Chioma Okafor   Fax (614) 555-0121
Patient:   Camila Ferreira     DOB 10/11/2017
Rx #:      6610482
Drug:      Fluticasone HFA 44 mcg, 2 puffs twice daily with spacer
Last fill: 08/14/2026   Refills remaining: 0
Also on:   Albuterol HFA 90 mcg (filled 08/14/2026)

[ ] Approved   Refills: ____    [ ] Denied    [ ] Needs appointment

Elm Street Pharmacy  (614) 555-0176
""", where="body (form)")

M("phi", "adhd-stimulant-refill-pediatrician",
  "borderline: parent asks the paediatrician for a named child's ADHD stimulant refill; ADHD managed in primary care, not by a psychiatric service",
  A("Heather Sloan", "hsloan@example.com"), A("Maplebrook Refills", "refills@" + MPD),
  "Caleb refill", D(23, 7, 5),
  """Hi, can Dr. Lindqvist send Caleb's Focalin XR 10 mg? He only has 2
left and we're out Thursday. Same pharmacy (Elm St). Also his teacher
says the afternoons are still rough, should we talk about the dose at
his 3-month check in October?

Thanks,
Heather Sloan
""" + SIG_IPHONE, mailer=IPHONE, where="family mail")

M("phi", "autism-evaluation-scheduled",
  "borderline: developmental paediatrics schedules a named child's autism diagnostic evaluation; not a listed restricted category",
  A("St. Brigid Developmental Pediatrics", "devpeds-scheduling@" + SBC), A("Olivia Bennett", "olivia.bennett@mail.example.net"),
  "Appointment scheduled - Theo Bennett", D(24, 10, 15),
  """Dear Ms. Bennett,

We have scheduled Theo's diagnostic evaluation for autism spectrum
disorder:

  Date:     Wednesday, November 4, 2026, 8:30 am - 12:00 pm
  With:     Dr. Miriam Adeyemi (developmental pediatrician) and
            Dr. Kenji Mori (psychologist)
  Where:    Developmental Pediatrics, 3rd floor, Building B

The visit includes the ADOS-2 and a hearing check. Please complete the
questionnaires in the portal and ask his preschool teacher to complete
the teacher form. Bring snacks and a favorite toy.

Referral from Dr. Okafor (M-CHAT-R/F positive, speech delay).
""", where="body (prose)")

M("phi", "staff-flu-vaccine-medical-exemption",
  "occupational health note to an employee, with employee ID, about her own medical exemption and allergy",
  A("Employee Health", "employeehealth@" + MPD), A("Megan Doyle", "mdoyle@" + MPD),
  "Your flu vaccine exemption request (Employee ID E11032)", D(24, 15, 0),
  """Hi Megan,

Your medical exemption from the 2026-27 influenza vaccine requirement
was approved based on the allergist's letter documenting anaphylaxis
after the 2024 dose. Employee ID: E11032.

You will need to wear a mask in patient areas from December 1 through
March 31. The exemption must be renewed each season.

Employee Health | Maplebrook Pediatrics
""", where="body (prose)")

M("phi", "newborn-hearing-screen-refer",
  "letter to a parent about 'your baby's' hearing screen result and a follow-up appointment",
  A("St. Brigid Newborn Hearing Program", "newbornhearing@" + SBC), A("Brittany Coleman", "bcoleman@example.com"),
  "Your baby's hearing screening follow-up appointment", D(15, 10, 30),
  """Dear Ms. Coleman,

Before going home from St. Brigid, your baby boy had a newborn hearing
screen. His right ear passed, but his left ear did not pass ("refer").
This is common and often caused by fluid after birth, but it is
important to re-check.

We have scheduled a follow-up screening for him:
  Monday, September 28, 2026 at 9:15 am, Audiology, 1st floor
  Baby's name on file: Boy Coleman (MRN SB-2209443)

Please feed him right before the visit so he sleeps.

Newborn Hearing Program | (614) 555-0194
""", where="body (prose)")

# -------------------------------------------------- phi, not in English --
M("phi", "ba-noi-hoi-chau-sot-phat-ban",
  "Vietnamese grandmother (base64 body) about her named grandson's fever, rash and upcoming visit",
  A(u"Bà Nguyễn Thị Hoa", "hoa.nguyen52@mail.example.net"), A("Maplebrook Pediatrics", "frontdesk@" + MPD),
  u"Hỏi về cháu Minh bị sốt và nổi mẩn", D(15, 7, 45),
  T(u"""Chào phòng khám,

Tôi là bà nội của cháu Trần Gia Minh (sinh ngày 03/08/2023). Cháu bị sốt
39 độ hai ngày nay, hôm nay hết sốt nhưng nổi mẩn đỏ khắp bụng và lưng.
Cháu vẫn ăn uống được, chơi bình thường. Mẹ cháu đi làm nên tôi viết thư
này. Cháu có cần đến khám không? Có phải là bệnh sốt phát ban không?

Lịch hẹn khám của cháu là thứ Năm 17/9 lúc 2 giờ chiều với bác sĩ Okafor,
chúng tôi có nên đến sớm hơn không?

Cảm ơn,
Nguyễn Thị Hoa
""", cte="base64"), lang="vi", where="family mail, base64 body")

M("phi", "gotas-de-hierro-anemia-sofia",
  "Spanish mother (QP body) about her named daughter's anaemia result and iron drops",
  A(u"Yesenia Cárdenas", "yesenia.cardenas@correo.example.com"), A("Maplebrook Enfermeras", "nurses@" + MPD),
  u"Pregunta sobre las gotas de hierro de Sofía", D(16, 20, 15),
  T(u"""Hola buenas noches,

Soy la mamá de Sofía Cárdenas, tiene 15 meses. En la cita del lunes la
doctora dijo que la hemoglobina salió baja (9.8) y le recetaron sulfato
ferroso en gotas, 1 ml al día. Pero la niña lo vomita y le mancha los
dientes. ¿Se lo puedo dar con jugo? ¿Y tengo que seguir dándole leche de
vaca? Toma como 4 biberones al día.

La doctora dijo que repetimos el examen en 3 meses.

Gracias,
Yesenia
""", cte="quoted-printable"), lang="es", mailer=IPHONE, where="family mail, QP body")

M("phi", "abuela-rosa-vacunas-valentina",
  "Spanish family mail: 'Abuela Rosa' asks her daughter about the named baby's 4-month vaccines and fever",
  A("Abuela Rosa", "rosa.mejia57@familia.example.net"), A("Carolina Mejía", "caro.mejia@mail.example.net"),
  u"¿cómo sigue Valentina?", D(17, 19, 2, tz="-0600"),
  T(u"""Mija,

¿Cómo le fue a Valentina con las vacunas de los 4 meses? Tu papá dice que
lloró mucho. ¿Le subió la fiebre? Si le da más de 38 llama a la
doctora Okafor, no esperes. Acuérdate que la próxima es la del
rotavirus otra vez y la de los pulmones (neumococo), lo anoté en el
calendario.

Te quiero. Dale un beso a la niña de parte de la abuela.

Abuela Rosa
""", cte="quoted-printable"), lang="es", where="family mail")

M("phi", "impfpass-fuer-schule-lena",
  "German parent requesting a named child's vaccination record for a school abroad, listing missing doses",
  A("Thomas Bauer", "t.bauer@post.example.de.test"), A("Maplebrook Pediatrics", "frontdesk@" + MPD),
  u"Impfnachweis für Lena Bauer (geb. 14.05.2019) - Schule in München", D(18, 15, 30, tz="+0200"),
  T(u"""Sehr geehrte Damen und Herren,

wir sind im August nach München zurückgezogen. Die Grundschule verlangt
für Lena (geb. 14.05.2019) einen Nachweis der Masernimpfung. Könnten Sie
uns bitte ihren vollständigen Impfausweis als PDF schicken?

Laut unseren Unterlagen hat sie MMR im Juni 2020 und im Mai 2023
bekommen, aber die zweite Windpocken-Impfung fehlt wohl noch. Können Sie
das bitte bestätigen? Ihr Kinderarzt hier ist Dr. Hoffmann.

Mit freundlichen Grüßen
Thomas Bauer
""", cs="iso-8859-1", cte="quoted-printable"), lang="de", scs="iso-8859-1", smode="Q",
  where="Subject and body")

M("phi", "resultats-tests-allergie-hugo",
  "French father asking about his named son's skin-prick allergy results",
  A("Julien Martin", "julien.martin@courriel.example.fr.test"), A("St. Brigid Allergie", "allergy-rn@" + SBC),
  u"Résultats des tests cutanés de Hugo", D(21, 12, 10),
  T(u"""Bonjour,

Hugo Martin (né le 09/03/2018) a passé des tests cutanés chez le Dr Shah
le 16 septembre. Le médecin nous a dit que l'arachide était positive
(papule de 9 mm) et que le test pour les acariens était aussi positif.
Il devait nous envoyer le plan d'action et l'ordonnance pour l'EpiPen
pour l'école, mais nous n'avons rien reçu.

Est-ce que vous pouvez aussi nous dire si le test sanguin est nécessaire?

Merci beaucoup,
Julien Martin
""", cte="quoted-printable"), lang="fr", where="family mail")

M("phi", "logopeda-dla-zuzi",
  "Polish mother asking the therapy clinic about her named daughter's speech therapy and referral",
  A(u"Agnieszka Wójcik", "aga.wojcik@poczta.example.pl.test"), A("Kite Pediatric Therapy", "frontdesk@" + KPT),
  u"Terapia logopedyczna dla Zuzi Wójcik", D(22, 8, 40),
  T(u"""Dzień dobry,

moja córka Zuzanna Wójcik (ur. 21.01.2021) ma skierowanie od dr
Lindqvista na terapię mowy. Zuzia ma 5 lat i nie wymawia głosek "r", "sz"
i "cz", a w przedszkolu dzieci jej nie rozumieją. Lekarz napisał
"zaburzenia artykulacji".

Czy macie Państwo wolne terminy po godzinie 15:00? Ubezpieczenie: Cobalt
Kids, numer CKH-62017733.

Pozdrawiam,
Agnieszka Wójcik
""", cs="iso-8859-2", cte="quoted-printable"), lang="pl", scs="iso-8859-2", smode="Q",
  where="family mail")

M("phi", "sunzi-jinshi-yanjing-chufang",
  "Chinese grandfather (GB2312 base64) about his named grandson's myopia exam and glasses prescription",
  A(u"王建国", "wangjg@mail.example.net"), A("St. Brigid Ophthalmology", "eye-clinic@" + SBC),
  u"关于孙子王子涵的近视检查", D(23, 9, 20),
  T(u"""医生您好：

我是王子涵的爷爷。子涵今年8岁（2018年4月出生），上周学校视力筛查没通过，
9月21日在你们眼科做了检查，医生说是近视，右眼-1.75，左眼-2.00，
开了眼镜处方。

请问：
1. 眼镜需要整天戴吗？
2. 医生提到的低浓度阿托品滴眼液，保险能报销吗？
3. 下次复查是什么时候？

谢谢！
王建国
""", cs="gb2312", cte="base64"), lang="zh", scs="gb2312", where="family mail")

M("phi", "hwangdal-bilirubin-jaeche",
  "Korean mother (UTF-8 QP) about her named newborn's jaundice and bilirubin recheck",
  A(u"박지은", "jieun.park@example.com"), A("Maplebrook Nurses", "nurses@" + MPD),
  u"아기 황달 재검사 결과 문의 (박서준)", D(19, 10, 25),
  T(u"""안녕하세요,

박서준(9월 12일생) 엄마입니다. 어제 황달 때문에 다시 피검사를 했는데
빌리루빈이 16.2라고 들었습니다. 광선치료를 해야 하나요? 아기가 젖을
잘 먹고 기저귀는 하루 7-8개 정도 젖습니다. 눈 흰자가 아직 노랗습니다.

월요일 체중 검사 예약은 그대로 가면 될까요?

감사합니다.
박지은 드림
""", cte="quoted-printable"), lang="ko", where="Subject and body")

M("phi", "haisha-yoyaku-fusso-yui",
  "Japanese mother (Shift_JIS base64) about her named daughter's dental cavity treatment appointment",
  A(u"佐藤 美咲", "misaki.sato@example.com"), A("Bright Smiles Pediatric Dentistry", "hello@" + BSD),
  u"佐藤結衣の治療予約について", D(24, 13, 0),
  T(u"""ブライトスマイルズ歯科 御中

佐藤結衣（6歳）の母です。先日の検診で虫歯が2本見つかり、
10月2日午後3時に治療の予約をいただきました。

娘は前回の治療でとても怖がったので、笑気ガスを使っていただくことは
できますか。また、治療の前に食事をしても大丈夫でしょうか。

フッ素塗布も同じ日にお願いできればと思います。

よろしくお願いいたします。
佐藤美咲
""", cs="shift_jis", cte="base64"), lang="ja", scs="shift_jis", where="family mail")

M("phi", "mawid-istisal-lawzatayn-yusuf",
  "Arabic father (windows-1256 QP) asking about his named son's tonsillectomy date and pre-op instructions",
  A(u"أحمد الخطيب", "ahmad.khatib@example.com"), A("St. Brigid ENT", "ent-surgery@" + SBC),
  u"موعد عملية اللوزتين لابني يوسف الخطيب", D(16, 18, 45),
  T(u"""السلام عليكم،

أنا والد الطفل يوسف الخطيب (تاريخ الميلاد 2019/11/03). قال الدكتور كابلان إن
يوسف يحتاج إلى عملية استئصال اللوزتين واللحمية بسبب الشخير وانقطاع النفس أثناء
النوم. متى موعد العملية؟ وهل يجب أن يكون صائماً قبلها؟ وهل يمكن أن تكون
الأم معه في غرفة الإنعاش؟

يوسف يأخذ بخاخ الأنف (فلوتيكازون) كل يوم، هل يتوقف عنه؟

شكراً،
أحمد الخطيب
""", cs="windows-1256", cte="quoted-printable"), lang="ar", scs="windows-1256", where="family mail")

M("phi", "foto-manchas-pele-bernardo",
  "Portuguese mother from a phone sending a rash photo of her named son with his eczema treatment",
  A("Fernanda Costa", "fe.costa@mail.example.net"), A("Maplebrook Enfermeiras", "nurses@" + MPD),
  "Foto das manchas do Bernardo", D(20, 9, 14),
  MIX(T(u"""Bom dia, segue a foto das manchas do Bernardo (2 anos). Começou no
rosto e agora está nos braços, coça muito e ele não dorme. A pediatra
passou hidrocortisona 1% mas não melhorou. Será que precisa de consulta?
Ele também está com um pouco de febre, 37,9.

Obrigada,
Fernanda
""" + SIG_IPHONE, cte="quoted-printable"), JPGNAME("IMG_4471.jpg")),
  lang="pt", mailer=IPHONE, where="family mail")

M("phi", "lola-nebulizer-ni-apo",
  "Tagalog grandmother about her named grandson's asthma attack, nebuliser and clinic visit",
  A("Lola Cora Santos", "cora.santos1950@mail.example.net"), A("Joy Santos", "joy.santos@example.com"),
  "Si Miguel - hika na naman", D(18, 23, 10),
  T("""Anak,

Si Miguel inatake na naman ng hika kagabi, tatlong beses ko siyang
pinag-nebulizer ng albuterol. Medyo okay na siya ngayong umaga pero
umuubo pa rin. Ubos na ang gamot sa nebulizer, pakibili na lang pag-uwi
mo. Sabi ni Dr. Okafor dapat bumalik sa clinic kung higit sa dalawang
beses sa isang araw. Tawagan mo na ang clinic bukas ha.

Ingat,
Lola
"""), lang="tl", where="family mail")

M("phi", "yetimhirt-bet-kitabat-meseret",
  "Amharic mother asking for her named daughter's vaccination record and whether a second MMR dose is due",
  A(u"ትዕግስት አበበ", "tigist.abebe@mail.example.net"), A("Maplebrook Pediatrics", "frontdesk@" + MPD),
  u"የመሰረት ክትባት መዝገብ ለትምህርት ቤት", D(17, 11, 40),
  T(u"""ጤና ይስጥልኝ፣

እኔ የመሰረት ታደሰ እናት ነኝ (የተወለደችው 2020)። ትምህርት ቤቱ የክትባት መዝገብ ይፈልጋል።
ሁለተኛውን የኩፍኝ (MMR) ክትባት ወስዳለች? ካልወሰደች ቀጠሮ እንፈልጋለን።
እባካችሁ መዝገቡን ለትምህርት ቤቱ ነርስ ላኩልን።

አመሰግናለሁ፣
ትዕግስት አበበ
"""), lang="am", where="family mail")

M("phi", "tortikolis-fizyoterapi-elif",
  "Turkish father asking the therapy clinic about his named baby's torticollis physiotherapy",
  A(u"Murat Yılmaz", "murat.yilmaz@example.com"), A("Kite Pediatric Therapy", "frontdesk@" + KPT),
  u"Elif Yılmaz - tortikolis fizyoterapi randevusu", D(22, 17, 55),
  T(u"""Merhaba,

Kızım Elif Yılmaz 5 aylık. Dr. Okafor boynunda tortikolis olduğunu
söyledi ve fizyoterapi için sizi yönlendirdi. Başını hep sağa çeviriyor
ve kafasının arkası biraz düzleşti. Egzersizleri evde yapıyoruz ama
randevu almak istiyoruz. Perşembe sabahları uygun mu?

Sigortamız Granite Mutual, üye numarası GM-9011247-04.

Teşekkürler,
Murat Yılmaz
""", cs="iso-8859-9", cte="quoted-printable"), lang="tr", scs="iso-8859-9", smode="Q",
  where="Subject and body")

M("phi", "drepanositoz-idroksiyire-jude",
  "borderline: Haitian Creole mother about her named son's sickle cell disease and hydroxyurea; disease management, not a genetic test result",
  A("Marie-Claude Joseph", "mcjoseph@mail.example.net"), A("St. Brigid Hematology", "heme-rn@" + SBC),
  u"Jude - doulè ak medikaman idroksiyire", D(25, 6, 30),
  T(u"""Bonjou enfimyè,

Se manman Jude Joseph. Depi yè swa li gen doulè nan do ak nan janm li,
mwen ba li ibipwofèn epi anpil dlo jan doktè a te di. Li pa gen lafyèv.
Idroksiyire a fini, famasi a di yo bezwen yon nouvo preskripsyon nan men
Dr. Obi. Èske nou ka jwenn li jodi a?

Si doulè a pa bese mwen pral mennen l nan ijans.

Mèsi,
Marie-Claude
""" + SIG_ANDROID, cte="quoted-printable"), lang="ht", mailer=ANDROID, where="family mail")

# ---------------------------------------------------------- restricted ---
M("restricted", "chloe-session-moved-cbt",
  "mental health: therapist to a parent moving a named child's CBT session for anxiety",
  A("Dana Whitcomb, LPCC-S", "dwhitcomb@" + LLC), A("Rachel Evans", "rachel.evans@mail.example.net"),
  "Chloe - Thursday session moved to Tuesday", D(14, 16, 50),
  """Hi Rachel,

I need to move Chloe's session this Thursday to Tuesday 9/22 at 4:00,
same room. I hope that still works around swim.

She did a great job with the brave ladder last week (ordering at the
counter on her own!). For this week, keep doing the worry-time practice
at 7 pm and try one step up the ladder: raising her hand once in
class. If the stomach aches before school come back, jot down the time
and what was happening and we'll go over it.

Dana Whitcomb, LPCC-S
Lanternlight Child & Family Counseling | (614) 555-0184
""", where="body (prose)")

M("restricted", "sertraline-increase-letter-to-pcp",
  "mental health: child psychiatrist's note to the paediatrician about a named teen's depression and SSRI dose",
  A("Dr. Nadia Farouk", "nfarouk@" + SBC), A("Dr. Chioma Okafor", "cokafor@" + MPD),
  "Update: Ava Sinclair (DOB 01/30/2011)", D(16, 18, 20),
  """Chioma,

Thanks for the referral. I saw Ava on 9/15 for follow-up of major
depressive disorder, moderate. PHQ-A 17 (from 21), ASQ negative today,
no self-harm since July. She is sleeping better but still missing school
2 days a week.

Plan: sertraline up from 50 to 75 mg daily; continue weekly CBT with
Dana Whitcomb at Lanternlight; safety plan reviewed with Ava and mom;
follow up with me in 4 weeks. Please call me if she presents to you
with any change in mood or suicidal thinking.

Nadia Farouk, MD
Child & Adolescent Psychiatry, St. Brigid | (614) 555-0191
""", where="body (prose)")

M("restricted", "eating-disorder-admission-bradycardia",
  "mental health: adolescent medicine admission for a named teen's anorexia nervosa with bradycardia (shorthand)",
  A("St. Brigid Adolescent Medicine", "adolmed@" + SBC), A("Maplebrook Referrals", "referrals@" + MPD),
  "Admit notification: Grace Lindgren MRN SB-1988412", D(17, 22, 5),
  """FYI your pt admitted tonight to 6 West, Adolescent Medicine.

Grace Lindgren  15yo F  MRN SB-1988412  DOB 03/21/2011
Dx: anorexia nervosa, restrictive type; sinus bradycardia
Wt 41.2 kg (BMI 15.1, 78% mBMI), down 6 kg since June
HR 38 asleep / 44 awake, orthostatic (HR +32 standing)
Phos 3.4, K 3.6. ECG: sinus brady, QTc 440.

Plan: meal plan 1800 kcal, refeeding labs daily, tele, ED team
(psychiatry + RD) consult in AM. Family-based treatment referral on
discharge.

Dr. Lena Park, Adolescent Medicine attending
""", where="clinical shorthand")

M("restricted", "subject-only-adhd-psychiatry-med-check",
  "mental health: body only asks for an earlier slot; the child's name, ADHD medication and psychiatry med check are in the Subject",
  A("Jennifer Walsh", "jwalsh.home@mail.example.net"), A("Child & Adolescent Psychiatry - Scheduling", "cap-scheduling@" + SBC),
  "Aiden Walsh - CAP med check 10/21 - guanfacine ER 2mg not helping, ADHD - earlier appt?", D(21, 21, 12),
  """Is there anything sooner? Please see subject. Thank you

Jen
""" + SIG_IPHONE, mailer=IPHONE, where="Subject only")

M("restricted", "school-counselor-suicide-risk-referral",
  "mental health: school counsellor to a parent about a named student's positive suicide risk screen and crisis referral",
  A("Alan Lopez, School Counselor", "alopez@" + WCU), A("Carmen Reyes", "creyes.home@example.com"),
  "Following up on today - Daniel", D(22, 17, 30),
  """Ms. Reyes,

Thank you for coming in so quickly today. As we discussed, Daniel told
a teacher he "didn't want to be here anymore," and on the screening he
answered yes to thoughts of killing himself in the past few weeks, but
no plan. We completed a safety plan together, which you have a copy of.

Next steps we agreed on:
- Crisis evaluation tonight at St. Brigid Behavioral Health Urgent Care
  (walk-in until 11 pm), or call/text 988 any time
- Lock up medications and any firearms at home
- I'll check in with Daniel first thing tomorrow
- Referral to Lanternlight for ongoing therapy (I sent the form)

Alan Lopez, School Counselor, Willow Creek MS | (614) 555-0168
""", cc=A("Grace Tan, RN", "gtan@" + WCU), where="body (prose)")

M("restricted", "pesadillas-tept-mateo",
  "mental health: Spanish mother (QP) to her son's therapist about PTSD nightmares after an accident",
  A(u"Lucía Herrera", "lucia.herrera@correo.example.com"), A("Dana Whitcomb", "dwhitcomb@" + LLC),
  u"Mateo sigue con pesadillas", D(18, 22, 40),
  T(u"""Hola Dana,

Le escribo porque Mateo sigue con pesadillas casi todas las noches desde
el accidente de carro en julio. No quiere subir al carro y se esconde
cuando oye una sirena. En la última sesión usted dijo que era estrés
postraumático y que íbamos a empezar la terapia de trauma (TF-CBT).

¿Podemos adelantar la cita? ¿Y es normal que ahora moje la cama otra
vez? Tiene 7 años.

Gracias por todo,
Lucía Herrera
""", cte="quoted-printable"), lang="es", where="family mail, QP body")

M("restricted", "okr-terapiya-docheri-rus",
  "mental health: Russian parent (windows-1251 base64) asking a psychiatrist about a named daughter's OCD treatment",
  A(u"Ирина Соколова", "irina.sokolova@mail.example.net"), A("Dr. Nadia Farouk", "nfarouk@" + SBC),
  u"Вопрос о лечении Алины", D(23, 20, 5),
  T(u"""Здравствуйте, доктор Фарук!

Пишу по поводу моей дочери Алины Соколовой (12 лет). После нашего визита
10 сентября вы поставили диагноз обсессивно-компульсивное расстройство.
Алина по-прежнему моет руки по 30-40 раз в день и проверяет замки перед сном.

Вы предложили терапию экспозиции (ERP) и флувоксамин. Мы начали с 25 мг,
но у неё болит живот. Можно принимать лекарство во время еды?
И когда будет первое занятие с психологом?

Спасибо,
Ирина Соколова
""", cs="windows-1251", cte="base64"), lang="ru", scs="windows-1251", where="family mail, base64 body")

M("restricted", "teen-iop-intake-confirmed",
  "substance use: teen recovery programme confirming a named adolescent's IOP intake",
  A("Northstar Teen Recovery - Intake", "intake@" + NTR), A("Brian Keller", "bkeller@example.com"),
  "Intake confirmed for Tyler - Mon 9/21, 3:30 pm", D(17, 12, 25),
  """Hi Mr. Keller,

Tyler's intake for our adolescent intensive outpatient program is
confirmed for Monday 9/21 at 3:30 pm. Please plan for about 2 hours.
Both Tyler and a parent need to attend.

Please bring: insurance card (Granite Mutual), a list of his
medications, and the school release if you want us to coordinate with
his counselor. IOP meets Mon/Tue/Thu 4-7 pm; we send a van from
Willow Creek HS.

We will do a urine drug screen at intake. Tyler should not stop any
prescribed medicines.

Northstar Teen Recovery Intake | (614) 555-0185
""", where="body (prose, sensitive sender)")

M("restricted", "adolescent-bup-film-refill-uds",
  "substance use: adolescent clinic note on a named 17-year-old's buprenorphine for opioid use disorder and drug screen",
  A("Dr. Andres Reyes", "areyes@" + SBC), A("Northstar Teen Recovery Clinical", "clinical@" + NTR),
  "Marcus Hill - bup refill sent, UDS today", D(22, 11, 45),
  """Hi team,

Saw Marcus Hill (DOB 05/07/2009) today for his buprenorphine visit.
Doing well: 14 weeks on buprenorphine-naloxone 8/2 mg film, 1.5 films
daily. UDS today positive for buprenorphine only, fentanyl negative for
the 6th week. Cravings 2/10. He is back at school 4 days/week.

Refill sent to Elm Street Pharmacy for 14 days. Naloxone kit renewed.
We discussed switching to monthly extended-release injection; he wants
to think about it. Please keep him in your Tuesday/Thursday IOP.

Part 2 consent on file (expires 03/2027).

Andres Reyes, MD, Adolescent Medicine | X-waiver not required
DEA %s
""" % DEA_REYES, where="body (prose)")

M("restricted", "kanabis-prohrama-syn-ukr",
  "substance use: Ukrainian mother (UTF-8 base64) to her son's counsellor about missed treatment sessions for cannabis use",
  A(u"Оксана Коваленко", "oksana.kovalenko@mail.example.net"), A("Northstar Teen Recovery", "counselors@" + NTR),
  u"Максим пропустив групу", D(24, 19, 15),
  T(u"""Добрий вечір,

Максим Коваленко пропустив групу у вівторок і четвер. Він каже, що в нього
болить голова, але я думаю, що він знову курить марихуану з друзями після
школи. Ви казали, що якщо він пропустить три заняття, його можуть
виключити з програми. Будь ласка, дайте йому ще один шанс.

Чи можна прийти на сімейну сесію в понеділок?

Дякую,
Оксана Коваленко
""", cte="base64"), lang="uk", where="family mail, base64 body")

M("restricted", "reply-over-quoted-return-after-residential",
  "substance use: school nurse's short reply over a quoted programme message about a named student's return after residential treatment",
  A("Rosa Delgado, RN", "rdelgado@" + WCU), A("Northstar Teen Recovery Clinical", "clinical@" + NTR),
  "RE: Return to school plan - Jordan Whitley", D(25, 8, 10),
  """Got it, I'll add this to his health plan and let his teachers know
only what they need to know. Thank you.

Rosa

-----Original Message-----
From: Northstar Teen Recovery Clinical <clinical@northstarteen.example.org>
Sent: Thursday, September 24, 2026 5:02 PM
To: Rosa Delgado, RN <rdelgado@willowcreekusd.example.net>
Subject: Return to school plan - Jordan Whitley

Ms. Delgado,

With the signed 42 CFR Part 2 consent (attached to our fax), here is
the plan for Jordan Whitley (DOB 11/19/2009), who completed 28 days of
residential treatment for alcohol and opioid use on 9/23. He returns to
school Monday 9/28, half days for the first week.

- Continues in our step-down IOP Mon/Wed 3:30-6:30 (early release at 3)
- Takes extended-release naltrexone monthly (next dose 10/20, given here)
- Please call us, not the family, if he appears impaired at school

Kara Jensen, LICDC-CS, Clinical Supervisor
""", irt=NTR, mailer=OUTLOOK, where="quoted original")

M("restricted", "hiv-exposed-infant-pcr-negative",
  "HIV: paediatric HIV programme to the primary care office about a named HIV-exposed infant's PCR and zidovudine prophylaxis",
  A("Pediatric HIV Program - St. Brigid", "pedhiv@" + SBC), A("Dr. Chioma Okafor", "cokafor@" + MPD),
  "Baby Amani Oduya - 6 wk HIV PCR", D(18, 16, 5),
  """Dr. Okafor,

Update on your patient Amani Oduya (DOB 08/05/2026, MRN SB-2208891),
born to a mother with HIV on antiretroviral therapy with undetectable
viral load at delivery.

- HIV DNA PCR at birth and at 6 weeks (09/16): NOT detected
- Zidovudine prophylaxis completed at 4 weeks, tolerated; Hgb 10.9
- No breastfeeding per family's choice (formula)
- Next HIV PCR at 4 months (week of 12/7) in our clinic, then antibody
  at 18 months

Routine vaccines can be given on schedule, including rotavirus.

Carla Nunes, RN, Pediatric & Adolescent HIV Program | (614) 555-0193
""", where="body (prose)")

M("restricted", "your-prep-refill-and-labs",
  "HIV: portal message to a 17-year-old about their PrEP refill and HIV test result ('your' care)",
  A("St. Brigid Adolescent Clinic", "noreply@portal." + SBC), A("Jayden Brooks", "jaydenb.2009@mail.example.net"),
  "Message from your care team", D(19, 16, 40),
  ALT(T("""Hi Jayden,

Your lab results from Tuesday are back: your HIV test is negative, and
your kidney test (creatinine) is normal. That means you can keep taking
your PrEP pill (emtricitabine/tenofovir) every day. Your 90-day refill
was sent to the pharmacy you picked.

Your next PrEP visit and HIV test are due in December. As we talked
about, this visit is confidential and will not show in your parent's
portal.

Nurse Lena, Adolescent Clinic
"""), H(html_wrap("""<p>Hi Jayden,</p><p>Your lab results from Tuesday are back: your <b>HIV test is negative</b>, and your kidney test
(creatinine) is normal. That means you can keep taking your PrEP pill (emtricitabine/tenofovir) every day.
Your 90-day refill was sent to the pharmacy you picked.</p>
<p>Your next PrEP visit and HIV test are due in December.</p><p>Nurse Lena, Adolescent Clinic</p>""", "Message"))),
  where="body (to the patient)")

M("restricted", "viral-load-report-pdf-only",
  "HIV: cover note only; the Flate PDF lab report gives a named teen's HIV viral load, CD4 and antiretroviral regimen",
  A("Lumen Reference Laboratory", "results@" + LRL), A("Pediatric HIV Program - St. Brigid", "pedhiv@" + SBC),
  "Result report - accession L26-0922-5531", D(22, 6, 15),
  MIX(T("""A final report is attached for the accession above. This message was
sent by an automated system.
"""), PDF("L26-0922-5531.pdf", [
      "LUMEN REFERENCE LABORATORY - FINAL REPORT",
      "Patient: Kiara Boateng   DOB: 02/14/2010   MRN: SB-1877320",
      "Ordering: Dr. Joy Mensah, Pediatric Infectious Diseases   Collected: 09/18/2026",
      "",
      "HIV-1 RNA, quantitative PCR         < 20 copies/mL (target not detected)",
      "CD4 absolute                          812 cells/uL",
      "CD4 %                                 34 %",
      "",
      "Clinical note: on bictegravir/emtricitabine/tenofovir alafenamide since 2022",
  ], flate=True, title="Final report")), where="attachment (PDF, Flate)")

M("restricted", "sirop-antiretroviral-voyage-awa",
  "HIV: French mother asking about her named daughter's antiretroviral syrup supply for a trip",
  A(u"Aminata Koné", "aminata.kone@courriel.example.ci.test"), A("Pediatric HIV Program - St. Brigid", "pedhiv@" + SBC),
  u"Médicaments d'Awa pour le voyage", D(20, 14, 10),
  T(u"""Bonjour Madame Nunes,

Nous partons à Abidjan le 10 octobre pour 5 semaines. Awa (4 ans) a
besoin de ses médicaments contre le VIH pour tout le séjour : le sirop de
lopinavir/ritonavir et les granules. Il reste seulement 2 flacons. Est-ce
que le Dr Mensah peut faire une ordonnance pour 6 semaines ? L'assurance
a refusé la dernière fois.

Et est-ce qu'il faut faire la charge virale avant de partir ?

Merci,
Aminata Koné
""", cte="quoted-printable"), lang="fr", where="family mail")

M("restricted", "microarray-16p112-deletion",
  "genetic: genetics clinic letter to the paediatrician with a named child's chromosomal microarray result",
  A("St. Brigid Genetics Clinic", "genetics@" + SBC), A("Dr. Erik Lindqvist", "elindqvist@" + MPD),
  "Microarray result - Oliver Grant", D(21, 13, 30),
  """Dr. Lindqvist,

Oliver Grant (DOB 06/17/2023, MRN SB-2051176), whom you referred for
speech delay and low tone, had a chromosomal microarray (Helix Bay
Genomics, 9/8). Result: a 593 kb deletion at 16p11.2 (BP4-BP5),
pathogenic. This is associated with developmental and language delay,
autism, and increased weight gain later in childhood.

We met with the family on 9/18 for genetic counseling. Parental testing
was offered; mom has agreed. Recommendations: continue EI speech and OT,
developmental pediatrics referral, and yearly weight and BMI review.

Sarah Lindholm, MS, CGC, for Dr. Victor Amani, Medical Genetics
""", where="body (prose)")

M("restricted", "fragile-x-result-hl7",
  "genetic: interface mail whose HL7 attachment is a live result message with a named child's Fragile X repeat expansion",
  A("Corvid Interface Engine", "interface-alerts@" + MPD), A("Results Inbox Team", "results-team@" + MPD),
  "ORU routed to unassigned provider queue (1)", D(23, 4, 2),
  MIX(T("""1 result message could not be matched to an ordering provider and was
placed in the UNASSIGNED queue. Original attached.
"""), HL7("oru_0923_000312.hl7", [
      "MSH|^~\\&|HELIXBAY|HBG|JUNIPER|MPD0318|20260923035811||ORU^R01^ORU_R01|HB0923000312|P|2.5.1",
      "PID|1||MP-0461102^^^MPD^MR||SORENSEN^LUKE^^^^^L||20220119|M",
      "OBR|1|MPD-LAB-77310|HB-26-55812|FMR1^FMR1 DNA analysis^L|||20260910||||||||||^LINDQVIST^ERIK",
      "OBX|1|ST|FMR1-CGG^FMR1 CGG repeat size^L||>200 CGG repeats, methylated||||||F",
      "OBX|2|TX|INTERP^Interpretation^L||Full mutation consistent with Fragile X syndrome. Genetic counseling recommended.||||||F",
  ])), where="attachment (HL7)")

M("restricted", "cftr-newborn-screen-sweat-test",
  "genetic: newborn-screen follow-up reporting two CFTR variants for a named infant and booking a sweat test",
  A("St. Brigid Cystic Fibrosis Center", "cf-center@" + SBC), A("Maplebrook Nurses", "nurses@" + MPD),
  "NBS follow-up: Baby Girl Hollis - CFTR x2, sweat test 9/24", D(21, 9, 20),
  """Hi Maplebrook,

The state newborn screen for Harper Hollis (DOB 09/02/2026) showed an
elevated IRT and DNA analysis found two CFTR variants (F508del and
R117H). We reached the parents today and scheduled a sweat chloride
test on Thursday 9/24 at 10 am with a genetic counseling visit the
same morning.

Please don't give the family a diagnosis before the sweat test, but do
let them know we are available. Weight check at your office on 9/21
was fine per mom.

Emma Rossi, RN, CF Care Coordinator | (614) 555-0195
""", where="body (prose)")

M("restricted", "subject-only-dmd-deletion",
  "genetic: body asks for a call; the named child's Duchenne gene deletion result is only in the Subject",
  A("Dr. Victor Amani", "vamani@" + SBC), A("Sarah Lindholm, CGC", "slindholm@" + SBC),
  "Helix Bay result - DMD exon 45-50 deletion - Ryan Ortiz", D(24, 12, 40),
  """Can you call the family today? I'm in clinic all afternoon. I'd
like us both in the room for the results visit.

V.
""", mailer=IPHONE, where="Subject only")

M("restricted", "genetic-counseling-exome-ics-only",
  "genetic: generic invite text; only the ICS names the family and the exome results visit",
  A("Sarah Lindholm, CGC", "slindholm@" + SBC), A("Hoa Nguyen", "hoa.lily.nguyen@example.com"),
  "Invitation: Appointment with St. Brigid @ Fri Oct 2, 1:00pm", D(24, 15, 15),
  MIX(T("""Hello,

Please find the appointment invitation attached. Reply to this message
if you need to change the time.
"""), ICS("REQUEST", "gc-0926-3371@stbrigid.example.org", "20261002T130000", "20261002T140000",
          "Genetic counseling - Lily Nguyen - exome results",
          "Results visit for trio exome sequencing (Lily Nguyen, DOB 04/11/2021; parents Hoa and Tuan). A likely pathogenic de novo variant was found in SCN2A. With Sarah Lindholm, CGC, and Dr. Amani. Vietnamese interpreter booked.",
          "Genetics Clinic, 2nd floor, Building A", ("Sarah Lindholm", "slindholm@" + SBC),
          [("Hoa Nguyen", "hoa.lily.nguyen@example.com")], filename="appointment.ics")),
  where="attachment (ICS)")

M("restricted", "dipinhai-jiyin-jieguo",
  "genetic: Chinese parent (UTF-8 base64) asking about a named child's thalassaemia gene test result",
  A(u"林美玲", "meiling.lin@example.com"), A("St. Brigid Hematology", "heme-rn@" + SBC),
  u"关于林浩然地中海贫血基因检测结果", D(25, 10, 5),
  T(u"""您好：

我儿子林浩然（2021年6月出生）上个月做了地中海贫血基因检测。血液科医生
打电话说结果是α地贫，缺失了两个基因（--SEA），说是“轻型”，不需要输血。

请问：
1. 这会影响他以后的生活吗？需要补铁吗？
2. 我和我先生也需要检测吗？我们打算再要一个孩子。
3. 可以安排遗传咨询吗？

谢谢！
林美玲
""", cte="base64"), lang="zh", where="family mail, base64 body")

M("restricted", "nonna-test-genetico-cariotipo",
  "genetic: Italian grandmother to her daughter about the baby's karyotype result (trisomy 21) and the genetics visit",
  A("Nonna Giulia", "giulia.ferri@posta.example.it.test"), A("Chiara Ferri", "chiara.ferri@example.com"),
  u"il risultato di Leonardo", D(19, 9, 30, tz="+0200"),
  T(u"""Chiara cara,

papà mi ha detto del risultato del cariotipo di Leonardo, che è
confermata la trisomia 21. Ti penso tanto. Vuoi che venga a novembre per
aiutarti quando andate dal genetista e dal cardiologo per l'ecocardiogramma?

Leonardo è bellissimo e sarà amatissimo. Chiamami quando puoi, anche tardi.

Un abbraccio forte,
la tua mamma
""", cs="iso-8859-1", cte="quoted-printable"), lang="it", scs="iso-8859-1", smode="Q",
  where="family mail")

M("restricted", "your-results-chlamydia-treatment",
  "reproductive: confidential portal message to a 16-year-old with a positive chlamydia result and treatment",
  A("St. Brigid Adolescent Clinic", "noreply@portal." + SBC), A("Maya Torres", "mayat.2010@mail.example.net"),
  "Your test results", D(15, 15, 25),
  """Hi Maya,

Your urine test from Friday was positive for chlamydia. Your gonorrhea
and trichomonas tests were negative. Chlamydia is common and easy to
treat. Your prescription for doxycycline (1 pill twice a day for 7
days) is ready at the pharmacy you chose, and it will not be billed to
your parent's insurance.

Please don't have sex for 7 days after you finish, and your partner(s)
need treatment too - we can give you a prescription for them. We'd
like to retest you in 3 months.

This message is confidential and is not visible in the proxy portal.
Call Nurse Lena at (614) 555-0192 with questions.
""", where="body (to the patient)")

M("restricted", "sbhc-depo-shot-reminder",
  "reproductive: school-based health centre reminder to a named student that her contraceptive injection is due",
  A("SBHC at Willow Creek HS", "sbhc@" + WCU), A("Destiny Howard", "dhoward.2009@students." + WCU),
  "reminder from the health center", D(23, 10, 5),
  """Hi Destiny,

Just a reminder that your Depo shot is due between 9/28 and 10/12.
Stop by the health center (room 114) any time during lunch or study
hall, no appointment needed. We'll do a quick pregnancy test first like
last time.

- Adaeze, SBHC
""", where="body (to the patient)")

M("restricted", "implant-insertion-appointment-html",
  "reproductive: HTML-only appointment confirmation for a named 17-year-old's contraceptive implant insertion",
  A("St. Brigid Adolescent Clinic", "noreply@portal." + SBC), A("Sienna Patel", "siennap@mail.example.net"),
  "Appointment confirmed: Tue Sep 29, 3:30 PM", D(24, 11, 0),
  H(html_wrap("""<p>Hi Sienna,</p>
<p>Your appointment is confirmed:</p>
<table cellpadding="4"><tr><td><b>Visit</b></td><td>Contraceptive implant (Nexplanon) insertion</td></tr>
<tr><td><b>When</b></td><td>Tuesday, September 29, 2026 at 3:30 PM</td></tr>
<tr><td><b>With</b></td><td>Dr. Lena Park, Adolescent Medicine</td></tr></table>
<p>Eat before you come. You can take ibuprofen an hour before. If your period started more than 5 days
before the visit, we will do a pregnancy test first.</p>
<p>This visit is confidential.</p>""", "Appointment"), cte="quoted-printable"),
  where="HTML only")

M("restricted", "termination-referral-16yo",
  "reproductive: adolescent clinic referral of a named 16-year-old for pregnancy termination (shorthand)",
  A("Dr. Lena Park", "lpark@" + SBC), A("Fairhaven Women's Health Intake", "intake@fairhavenwh.example.org"),
  "Referral - C. Ramirez, 16F", D(16, 14, 40),
  """Referral for pregnancy termination, pt requests medication abortion
if eligible.

Camila Ramirez  DOB 02/09/2010  ph (614) 555-0197 (pt's own cell, OK to
text, do NOT call home)
G1P0, LMP 08/10/2026 -> ~5w4d today; UPT + 9/16. No bleeding/pain.
Rh unknown. No PMH, NKDA. Accompanied by aunt; pt has the judicial
bypass paperwork from her attorney.

Please see within the week. Contraception counseling done; wants
implant placed after.

Lena Park, MD, Adolescent Medicine, St. Brigid
""", where="clinical shorthand")

M("restricted", "reply-quoted-emergency-contraception",
  "reproductive: nurse's reply over a student's quoted question about emergency contraception; prescription ready",
  A("Adaeze Abara, CPNP", "aabara@" + MPD), A("Kaylee Dunn", "kdunn.2010@students." + WCU),
  "Re: question", D(20, 10, 20),
  """Hi Kaylee - yes, come to the health center at 11:40. Your
prescription for ella is ready and works best the sooner you take it.
We'll talk about birth control options too if you want.

Adaeze

> On Sun, Sep 20, 2026 at 9:52 AM Kaylee Dunn wrote:
> hi um the condom broke friday night. is it too late for the morning
> after pill? i dont want my mom to know. can i come tomorrow
""", irt="students." + WCU, where="body and quoted original")

M("restricted", "eob-iud-insertion-dependent",
  "reproductive: EOB to the policyholder for a dependent's IUD insertion, with member and claim numbers",
  A("Granite Mutual", "eob@" + GRM), A("Karen Whitaker", "kwhitaker@example.com"),
  "Explanation of Benefits - claim 26-0918-44721", D(24, 4, 30),
  ALT(T("""EXPLANATION OF BENEFITS - THIS IS NOT A BILL

Subscriber: Karen Whitaker        ID: GM-7744102
Patient:    Emily Whitaker (dependent, 17)   Member ID: GM-7744102-03
Claim:      26-0918-44721     Provider: St. Brigid Adolescent Clinic
Date of service: 09/08/2026

Service                                       Billed   Allowed   You owe
Insertion, intrauterine device (58300)        $410.00  $212.00   $0.00
Levonorgestrel IUD 52 mg (J7298)              $1,150.00 $894.00  $0.00
Office visit, contraceptive counseling        $165.00  $98.00    $0.00

Covered in full as preventive contraceptive care.
Member Services (800) 555-0139
"""), H(html_wrap("""<h3>Explanation of Benefits - THIS IS NOT A BILL</h3>
<p>Patient: <b>Emily Whitaker</b> (dependent) &middot; Member ID GM-7744102-03 &middot; Claim 26-0918-44721</p>
<table border="1" cellpadding="4" cellspacing="0"><tr><th>Service</th><th>Billed</th><th>Allowed</th><th>You owe</th></tr>
<tr><td>Insertion, intrauterine device (58300)</td><td>$410.00</td><td>$212.00</td><td>$0.00</td></tr>
<tr><td>Levonorgestrel IUD 52 mg (J7298)</td><td>$1,150.00</td><td>$894.00</td><td>$0.00</td></tr>
<tr><td>Office visit, contraceptive counseling</td><td>$165.00</td><td>$98.00</td><td>$0.00</td></tr></table>""", "EOB"))),
  where="body (EOB)")


# =====================================================================
# build
# =====================================================================
class BuildError(Exception):
    pass


def cat_of(m):
    for c in CATS:
        if m["reason"].startswith(c + ":"):
            return c
    return None


def validate_specs():
    errs = []
    seen = set()
    for m in MSGS:
        s = m["slug"]
        if s in seen:
            errs.append("duplicate slug %s" % s)
        seen.add(s)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s):
            errs.append("bad slug %s" % s)
        for w in FORBIDDEN_SLUG:
            if w in s:
                errs.append("slug %s contains forbidden word %r" % (s, w))
        if m["label"] not in LABELS:
            errs.append("bad label %s" % s)
        if "\t" in m["reason"] or "\n" in m["reason"]:
            errs.append("reason of %s has a tab or newline" % s)
        if m["label"] == "restricted" and cat_of(m) is None:
            errs.append("restricted reason of %s does not start with a category" % s)
        if m["label"] != "restricted" and cat_of(m) is not None:
            errs.append("non-restricted reason of %s starts with a category" % s)
        if m["trap"] and m["label"] != "none":
            errs.append("trap flag on non-none %s" % s)
    c = collections.Counter(m["label"] for m in MSGS)
    for lab in LABELS:
        if c[lab] != COUNTS[lab]:
            errs.append("label %s: %d messages, want %d" % (lab, c[lab], COUNTS[lab]))
    nonen = sum(1 for m in MSGS if m["lang"] != "en")
    if not 28 <= nonen <= 38:
        errs.append("%d non-English messages, want 28-38" % nonen)
    traps = sum(1 for m in MSGS if m["trap"])
    if traps < 55:
        errs.append("%d traps, want at least 55" % traps)
    bl = sum(1 for m in MSGS if m["reason"].startswith("borderline:"))
    if not 8 <= bl <= 12:
        errs.append("%d borderline reasons, want 8-12" % bl)
    return errs


def expected():
    msgs = list(MSGS)
    random.Random(SEED).shuffle(msgs)
    files, rows = {}, []
    for i, m in enumerate(msgs, 1):
        fn = "%s/%03d-%s.eml" % (m["label"], i, m["slug"])
        m["file"] = fn
        files[fn] = render(m)
        rows.append((fn, m["label"], m["reason"]))
    rows.sort()
    labels = "".join("%s\t%s\t%s\n" % r for r in rows).encode("utf-8")
    return msgs, files, labels


def write_all():
    errs = validate_specs()
    if errs:
        raise BuildError("\n".join(errs))
    _, files, labels = expected()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for fn, data in files.items():
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels)
    print("wrote %d messages and labels.tsv" % len(files))


# =====================================================================
# checks
# =====================================================================
ALLOWED_HOST = re.compile(r"(^|\.)(example\.(com|org|net))$|\.test$|^example\.test$", re.I)
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+$=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"\b(?:https?|ftp)://([^/\s\"'<>:?#]+)", re.I)
RE_WWW = re.compile(r"\bwww\.([A-Za-z0-9.-]+[A-Za-z])")
RE_555 = re.compile(r"(?<!\d)555[-. ]?(\d{4})(?!\d)")
RE_NPI = re.compile(r"NPI[^0-9\n]{0,16}(\d{10})")
RE_NPI_ANY = re.compile(r"(?<![\d-])(\d{10})(?![\d-])")
RE_DEA = re.compile(r"\bDEA\b[^A-Z0-9\n]{0,16}([A-Z]{2}\d{7})\b")


def pdf_check(data):
    errs, texts = [], []
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not data.startswith(b"%PDF-") or not m:
        return ["pdf: header or startxref missing"], texts
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        return ["pdf: startxref does not point at xref"], texts
    xm = re.match(rb"xref\s+0 (\d+)\s+", data[x:])
    n = int(xm.group(1))
    pos = x + xm.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        off, gen, kind = int(ent[:10]), int(ent[11:16]), ent[17:18]
        if kind == b"n" and not data[off:].startswith(b"%d %d obj" % (i, gen)):
            errs.append("pdf: xref entry %d offset %d wrong" % (i, off))
    for sm in re.finditer(rb"<<([^>]*?/Length (\d+)[^>]*?)>>\nstream\n", data):
        ln = int(sm.group(2))
        st = sm.end()
        body = data[st:st + ln]
        if data[st + ln: st + ln + 10] != b"\nendstream":
            errs.append("pdf: stream length %d wrong" % ln)
            continue
        if b"/FlateDecode" in sm.group(1):
            try:
                body = zlib.decompress(body)
            except zlib.error:
                errs.append("pdf: Flate stream does not inflate")
                continue
        texts.append(body.decode("latin-1"))
    for im in re.finditer(rb"/Title \(([^)]*)\)", data):
        texts.append(im.group(1).decode("latin-1"))
    return errs, texts


def ics_check(text):
    stack = []
    for ln in text.replace("\r\n ", "").splitlines():
        if ln.startswith("BEGIN:"):
            stack.append(ln[6:])
        elif ln.startswith("END:"):
            if not stack or stack.pop() != ln[4:]:
                return ["ics: BEGIN/END mismatch at %s" % ln]
    return ["ics: unclosed %s" % stack] if stack else []


def scan_invented(text, where):
    errs = []
    for rx in (RE_EMAIL, RE_URL, RE_WWW):
        for m in rx.finditer(text):
            host = m.group(1).rstrip(".").lower()
            if rx is RE_WWW:
                host = "www." + host
            if not ALLOWED_HOST.search(host):
                errs.append("%s: host %s not invented" % (where, host))
    for m in RE_555.finditer(text):
        if not m.group(1).startswith("01"):
            errs.append("%s: phone 555-%s outside 555-01xx" % (where, m.group(1)))
    for m in RE_NPI.finditer(text):
        if not npi_ok(m.group(1)):
            errs.append("%s: NPI %s fails Luhn" % (where, m.group(1)))
    for m in RE_DEA.finditer(text):
        if not dea_ok(m.group(1)):
            errs.append("%s: DEA %s fails check digit" % (where, m.group(1)))
    return errs


def check_message(fn, data):
    errs = []
    E = lambda s: errs.append("%s: %s" % (fn, s))
    if re.search(rb"(?<!\r)\n|\r(?!\n)", data):
        E("bare CR or LF")
    for i, ln in enumerate(data.split(b"\r\n")):
        if len(ln) > 998:
            E("line %d longer than 998 octets" % (i + 1))
    hdr_end = data.find(b"\r\n\r\n")
    if hdr_end < 0:
        E("no header/body separator")
        return errs
    if any(b > 127 for b in data[:hdr_end]):
        E("8-bit bytes in the top-level header block")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            E("missing %s" % h)
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        E("Content-Type without MIME-Version")
    try:
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None:
            E("Date not in 2026 with a zone")
    except (TypeError, ValueError):
        E("unparseable Date")
    if not re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 2026 \d\d:\d\d:\d\d [+-]\d{4}", str(msg["Date"]).strip()):
        E("Date not in strict RFC 5322 form")
    if not re.search(r"[+-]\d{4}$", str(msg["Date"])):
        E("Date without numeric zone")
    if not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+>", str(msg["Message-ID"]).strip()):
        E("malformed Message-ID")
    texts = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To"):
        if msg[h] is not None:
            v = str(msg[h])
            if "=?" in v:
                E("undecoded encoded word in %s" % h)
            texts.append(v)
    for part in msg.walk():
        if part.defects:
            E("defects %r in %s" % (part.defects, part.get_content_type()))
        for k in part.keys():
            hv = part[k]
            if getattr(hv, "defects", None):
                E("header %s defects %r" % (k, hv.defects))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        try:
            content = part.get_content()
        except Exception as ex:  # noqa: BLE001
            E("get_content() failed for %s: %s" % (ct, ex))
            continue
        fname = part.get_filename()
        if fname:
            texts.append(fname)
            if "=?" in fname:
                E("undecoded encoded word in file name")
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        raw = part.get_payload(decode=False)
        rlines = raw.replace("\r\n", "\n").split("\n")
        if cte == "base64":
            if any(len(l) > 76 for l in rlines):
                E("base64 line > 76")
            try:
                base64.b64decode("".join(rlines), validate=True)
            except Exception:  # noqa: BLE001
                E("invalid base64")
        elif cte == "quoted-printable":
            for l in rlines:
                if len(l) > 76:
                    E("QP line > 76")
                if l != l.rstrip(" \t"):
                    E("QP trailing whitespace")
                if re.search(r"=(?![0-9A-F]{2})(?!$)", l):
                    E("invalid QP escape")
                if not l.isascii():
                    E("8-bit byte in QP")
        elif cte == "7bit":
            if not raw.isascii():
                E("non-ASCII in 7bit part")
        elif cte != "8bit":
            E("unknown CTE %s" % cte)
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset()
            if cs:
                try:
                    payload.decode(codec(cs), "strict")
                except (UnicodeDecodeError, LookupError):
                    E("charset %s does not decode strictly" % cs)
            texts.append(content)
            if ct == "text/calendar":
                errs.extend("%s: %s" % (fn, e) for e in ics_check(content))
        if ct == "text/calendar" or ct == "application/ics":
            pass
        elif ct in ("application/json", "application/fhir+json"):
            try:
                json.loads(payload.decode("utf-8"))
                texts.append(payload.decode("utf-8"))
            except ValueError:
                E("JSON does not parse")
        elif ct == "application/hl7-v2":
            if not payload.startswith(b"MSH|"):
                E("HL7 does not start with MSH|")
            texts.append(payload.decode("ascii").replace("\r", "\n"))
        elif ct == "application/pdf":
            pe, pt = pdf_check(payload)
            errs.extend("%s: %s" % (fn, e) for e in pe)
            texts.extend(pt)
        elif ct.endswith("wordprocessingml.document"):
            try:
                with zipfile.ZipFile(io.BytesIO(payload)) as z:
                    xml = z.read("word/document.xml").decode("utf-8")
                    # scan the document's text runs (namespace URIs are not hosts)
                    texts.append("\n".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)))
                    for zi in z.infolist():
                        if zi.date_time != (2026, 9, 15, 9, 0, 0):
                            E("docx member with unfixed timestamp")
            except (zipfile.BadZipFile, KeyError):
                E("DOCX does not open or lacks word/document.xml")
    for i, t in enumerate(texts):
        errs.extend("%s: %s" % (fn, e) for e in scan_invented(t, "text"))
    return errs


def check(quiet=False):
    errs = validate_specs()
    msgs, files, labels = expected()
    # layout: no stray files, numbering, counts
    allowed_top = {"gen.py", "README.md", "labels.tsv", "none", "phi", "restricted"}
    for f in os.listdir(HERE):
        if f not in allowed_top:
            errs.append("stray file %s" % f)
    if not os.path.exists(os.path.join(HERE, "README.md")):
        errs.append("README.md missing")
    on_disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing folder %s" % lab)
            continue
        for f in sorted(os.listdir(d)):
            if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", f):
                errs.append("stray file %s/%s" % (lab, f))
                continue
            with open(os.path.join(d, f), "rb") as fh:
                on_disk["%s/%s" % (lab, f)] = fh.read()
    nums = sorted(int(k.split("/")[1][:3]) for k in on_disk)
    if nums != list(range(1, 151)):
        errs.append("numbers are not exactly 001-150")
    c = collections.Counter(k.split("/")[0] for k in on_disk)
    for lab in LABELS:
        if c[lab] != COUNTS[lab]:
            errs.append("%s has %d files, want %d" % (lab, c[lab], COUNTS[lab]))
    for k in on_disk:
        slug = k.split("/")[1][4:-4]
        for w in FORBIDDEN_SLUG:
            if w in slug:
                errs.append("file %s: slug contains %r" % (k, w))
    if set(on_disk) != set(files):
        errs.append("files on disk differ from what gen.py writes: %s" % sorted(set(on_disk) ^ set(files))[:6])
    for k, v in files.items():
        if on_disk.get(k) is not None and on_disk[k] != v:
            errs.append("%s differs from what gen.py writes" % k)
    # labels.tsv
    lp = os.path.join(HERE, "labels.tsv")
    lt = open(lp, "rb").read() if os.path.exists(lp) else b""
    if lt != labels:
        errs.append("labels.tsv differs from what gen.py writes")
    listed = collections.Counter()
    for ln in lt.decode("utf-8").splitlines():
        parts = ln.split("\t")
        if len(parts) != 3 or not parts[2]:
            errs.append("labels.tsv malformed line %r" % ln)
            continue
        listed[parts[0]] += 1
        if parts[0].split("/")[0] != parts[1]:
            errs.append("labels.tsv: %s listed as %s" % (parts[0], parts[1]))
    if set(listed) != set(on_disk) or any(v != 1 for v in listed.values()):
        errs.append("labels.tsv does not list every file exactly once")
    if lt.decode("utf-8").splitlines() != sorted(lt.decode("utf-8").splitlines()):
        errs.append("labels.tsv not sorted")
    # per message
    for k in sorted(on_disk):
        errs.extend(check_message(k, on_disk[k]))
    if not quiet:
        if errs:
            print("CHECK FAILED: %d problem(s)" % len(errs))
            for e in errs[:80]:
                print("  " + e)
        else:
            print("check passed: %d messages (%s), labels.tsv, layout, MIME, encodings, attachments, invented data"
                  % (len(on_disk), ", ".join("%s %d" % (l, c[l]) for l in LABELS)))
    return errs


# =====================================================================
# stats
# =====================================================================
LANG_NAMES = {"en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "de": "German",
              "it": "Italian", "pl": "Polish", "vi": "Vietnamese", "zh": "Chinese", "ko": "Korean",
              "ja": "Japanese", "ar": "Arabic", "ru": "Russian", "tl": "Tagalog", "hi": "Hindi",
              "ht": "Haitian Creole", "so": "Somali", "am": "Amharic", "uk": "Ukrainian", "tr": "Turkish",
              "fa": "Farsi"}


def stats():
    msgs, files, _ = expected()
    lab = collections.Counter(m["label"] for m in msgs)
    print("labels:", ", ".join("%s %d" % (l, lab[l]) for l in LABELS), "| total", len(msgs))
    print("none traps: %d of %d" % (sum(m["trap"] for m in msgs), lab["none"]))
    print("borderline reasons: %d" % sum(m["reason"].startswith("borderline:") for m in msgs))
    print("restricted by category:", ", ".join("%s %d" % (c, sum(1 for m in msgs if cat_of(m) == c)) for c in CATS))
    nonen = [m for m in msgs if m["lang"] != "en"]
    print("not in English: %d (%s)" % (len(nonen), ", ".join("%s %d" % (l, sum(1 for m in nonen if m["label"] == l)) for l in LABELS)))
    for l in LABELS:
        print("  %-10s %s" % (l, ", ".join(sorted(LANG_NAMES[m["lang"]] for m in nonen if m["label"] == l))))
    top, leaf, ctes, css = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for fn in sorted(files):
        msg = BytesParser(policy=email.policy.default).parsebytes(files[fn])
        top[msg.get_content_type() + ("" if msg["Content-Type"] else " (no MIME headers)")] += 1
        for p in msg.walk():
            if p.is_multipart():
                continue
            leaf[p.get_content_type()] += 1
            ctes[p.get("Content-Transfer-Encoding", "7bit (none declared)").lower()] += 1
            if p.get_content_charset():
                css[p.get_content_charset()] += 1
    print("top-level structure:", ", ".join("%s %d" % kv for kv in top.most_common()))
    print("leaf parts:", ", ".join("%s %d" % kv for kv in leaf.most_common()))
    print("transfer encodings:", ", ".join("%s %d" % kv for kv in ctes.most_common()))
    print("charsets:", ", ".join("%s %d" % kv for kv in css.most_common()))
    wh = collections.Counter(m["where"] for m in msgs if m["label"] != "none")
    print("where the PHI sits (phi+restricted):")
    for k, v in sorted(wh.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-45s %d" % (k, v))


def main(argv):
    if "--stats" in argv:
        stats()
        return 0
    if "--check" in argv:
        return 1 if check() else 0
    try:
        write_all()
    except BuildError as ex:
        print("BUILD REFUSED:\n" + str(ex))
        return 2
    return 1 if check() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
