#!/usr/bin/env python3
"""Generator for wide33: dental, eye, hearing, foot and community-pharmacy
care and the businesses around them (benefit plans, labs, wholesalers,
software vendors), plus the staff, patients and families who write in.

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
import sys
import zipfile
import zlib
import email
import email.policy
import email.utils
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261207
LABELS = ("none", "phi", "restricted")
COUNTS = {"none": 70, "phi": 52, "restricted": 28}
CATS = ("mental health", "substance use", "HIV", "genetic", "reproductive")
BANNED = ("trap", "phi", "restricted", "none")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-9": "iso8859_9",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "koi8-u": "koi8_u", "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


# ------------------------------------------------------------ identifiers --
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
    """A 10-digit NPI whose check digit passes Luhn with the 80840 prefix."""
    base9 = str(base9)
    assert len(base9) == 9 and base9[0] in "12"
    for c in "0123456789":
        if luhn_ok("80840" + base9 + c):
            return base9 + c
    raise AssertionError


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def dea(letters, six):
    d = [int(c) for c in str(six)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return "%s%s%d" % (letters, six, chk)


# ------------------------------------------------------------------ state --
class _State:
    slug = ""
    n = 0


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join(["wide33", ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


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
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1767000000000 + int(h[13:21], 16))
    return "=_%s" % h[1:29]


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
        local = "%s.%s.JavaMail.svc" % (int(h[1:9], 16), int(h[9:17], 16))
    return "<%s@%s>" % (local, domain)


# ------------------------------------------------------------------ dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ZONES = {"ET": ("-0500", "-0400"), "CT": ("-0600", "-0500"), "MT": ("-0700", "-0600"), "PT": ("-0800", "-0700"),
         "EU": ("+0100", "+0200"), "UK": ("+0000", "+0100")}


def D(mo, d, h, mi=0, s=0, tz="ET"):
    """RFC 5322 date in 2026; US/EU zones follow daylight saving."""
    dd = datetime.date(2026, mo, d)
    if tz in ZONES:
        if tz in ("EU", "UK"):
            dst = datetime.date(2026, 3, 29) <= dd < datetime.date(2026, 10, 25)
        else:
            dst = datetime.date(2026, 3, 8) <= dd < datetime.date(2026, 11, 1)
        z = ZONES[tz][1 if dst else 0]
    else:
        z = tz
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (_WD[dd.weekday()], d, _MON[mo - 1], h, mi, s, z)


# --------------------------------------------------------------- encoders --
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
                if cur.endswith((" ", "\t")):
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


def A(name, addr, cs="utf-8", mode="B"):
    """A mailbox: display name (quoted or RFC 2047) plus address."""
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
    """Fold an ASCII header at spaces so no line passes 78 characters."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "\r\n" in value:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\r\n".join(out)


# ------------------------------------------------------------------ parts --
class Part:
    """A leaf MIME part.  text is str (encoded with charset) or bytes."""

    def __init__(self, ctype, data, charset=None, cte="7bit", filename=None,
                 disp=None, params=(), headers=(), name_param=True):
        self.ctype, self.charset, self.cte = ctype, charset, cte
        self.filename, self.disp, self.params = filename, disp, list(params)
        self.headers, self.name_param = list(headers), name_param
        if isinstance(data, str):
            data = nl(data)
            if not data.endswith("\r\n"):
                data += "\r\n"
            data = data.encode(codec(charset or "us-ascii"))
        self.data = data

    def render(self):
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset if zlib.crc32((ST.slug + self.ctype).encode()) % 2 == 0 else "; charset=%s" % self.charset
        for k, v in self.params:
            ct += "; " + _param(k, v) if not re.fullmatch(r"[A-Za-z0-9.-]+", v) else "; %s=%s" % (k, v)
        if self.filename and self.name_param:
            ct += "; " + _param("name", self.filename)
        hdr = [fold("Content-Type", ct)]
        cte = self.cte
        if cte == "7bit":
            assert all(b < 128 for b in self.data), (ST.slug, "8-bit data in a 7bit part")
            body = self.data
        elif cte in ("8bit", "binary"):
            body = self.data
        elif cte == "quoted-printable":
            d = self.data[:-2] if self.data.endswith(b"\r\n") else self.data
            body = qp_encode(d) + b"\r\n"
        elif cte == "base64":
            body = b64_encode(self.data)
        else:
            raise ValueError(cte)
        hdr.append("Content-Transfer-Encoding: %s" % cte)
        if self.disp or self.filename:
            dv = self.disp or "attachment"
            if self.filename:
                dv += "; " + _param("filename", self.filename)
            hdr.append(fold("Content-Disposition", dv))
        hdr += self.headers
        return hdr, body


class Multi:
    def __init__(self, subtype, parts, params=(), preamble=True):
        self.subtype, self.parts, self.params, self.preamble = subtype, parts, list(params), preamble

    def render(self):
        b = bnd()
        ct = 'multipart/%s; boundary="%s"' % (self.subtype, b)
        for k, v in self.params:
            ct += '; %s="%s"' % (k, v)
        hdr = [fold("Content-Type", ct)]
        out = b""
        if self.preamble:
            out += b"This is a multi-part message in MIME format.\r\n\r\n"
        for p in self.parts:
            ph, pb = p.render()
            out += ("--%s\r\n" % b).encode() + CRLF.join(ph).encode("ascii") + b"\r\n\r\n" + pb
            if not pb.endswith(b"\r\n"):
                out += b"\r\n"
        out += ("--%s--\r\n" % b).encode()
        return hdr, out


# ------------------------------------------------------- part shorthands --
def T(text, cs="us-ascii", cte=None, sub="plain", **kw):
    if cte is None:
        raw = text.encode(codec(cs))
        cte = "7bit" if raw.isascii() else "8bit"
    return Part("text/" + sub, text, charset=cs, cte=cte, **kw)


def H(html, cs="utf-8", cte="quoted-printable"):
    return Part("text/html", html, charset=cs, cte=cte)


def ALT(plain, html):
    return Multi("alternative", [plain, html], preamble=False)


def MIX(*parts):
    return Multi("mixed", list(parts))


def pdf_bytes(lines, flate=False, title="Document"):
    """A one-page PDF with a real Helvetica text layer (ASCII lines)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    cs = ["BT", "/F1 10 Tf", "13 TL", "54 750 Td"]
    for ln in lines:
        assert ln.isascii() and len(ln) < 110, ln
        cs.append("(%s) Tj T*" % esc(ln))
    cs.append("ET")
    content = ("\n".join(cs) + "\n").encode("latin-1")
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
        sdict.encode() + b"\nstream\n" + content + b"\nendstream",
        ("<< /Title (%s) /Producer (wide33 gen.py) /CreationDate (D:20260101000000Z) >>" % esc(title)).encode("latin-1"),
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


def PDF(name, lines, flate=False, title="Document"):
    return Part("application/pdf", pdf_bytes(lines, flate, title), cte="base64", filename=name)


ZIPDATE = (2026, 1, 5, 9, 0, 0)


def docx_bytes(paras):
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paras)
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files:
            zi = zipfile.ZipInfo(n, ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, c.encode("utf-8"))
    return buf.getvalue()


def DOCX(name, paras):
    return Part("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx_bytes(paras), cte="base64", filename=name)


def CSV(name, text, cs="utf-8", cte="base64"):
    return Part("text/csv", text, charset=cs, cte=cte, filename=name)


def HL7(name, segs, ctype="application/hl7-v2"):
    data = ("\r".join(segs) + "\r").encode("ascii")
    return Part(ctype, data, cte="base64", filename=name)


def FHIR(name, obj, ctype="application/fhir+json"):
    return Part(ctype, json.dumps(obj, indent=2, ensure_ascii=False) + "\n", charset="utf-8", cte="base64", filename=name)


def ICS(lines, name=None, method="REQUEST", inline=True):
    text = "\n".join(lines) + "\n"
    if inline and not name:
        return Part("text/calendar", text, charset="utf-8", cte="7bit" if text.isascii() else "quoted-printable",
                    params=[("method", method)])
    return Part("text/calendar", text, charset="utf-8", cte="base64", params=[("method", method)], filename=name)


def png_bytes(w=8, h=8, rgb=(200, 60, 40)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def PNG(name, rgb=(200, 60, 40)):
    return Part("image/png", png_bytes(rgb=rgb), cte="base64", filename=name)


# ------------------------------------------------------------------- mail --
class Mail:
    def __init__(self, frm, to, subj, date, body, cc=None, hdrs=(), scs="utf-8", smode="B",
                 reply=False, mime=True, domain=None):
        self.frm, self.to, self.subj, self.date, self.body = frm, to, subj, date, body
        self.cc, self.hdrs, self.scs, self.smode = cc, list(hdrs), scs, smode
        self.reply, self.mime, self.domain = reply, mime, domain

    def render(self):
        frm = self.frm
        dom = self.domain or re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm).group(1)
        to = self.to if isinstance(self.to, str) else ", ".join(self.to)
        lines = [fold("From", frm) if "=?" not in frm else "From: " + frm,
                 fold("To", to) if "=?" not in to else "To: " + to]
        if self.cc:
            cc = self.cc if isinstance(self.cc, str) else ", ".join(self.cc)
            lines.append(fold("Cc", cc) if "=?" not in cc else "Cc: " + cc)
        subj = ew(self.subj, self.scs, self.smode)
        lines.append("Subject: " + subj if "=?" in subj else fold("Subject", subj))
        lines.append("Date: " + self.date)
        lines.append("Message-ID: " + mid(dom))
        if self.reply:
            parent = mid(self.reply if isinstance(self.reply, str) else dom)
            lines.append("In-Reply-To: " + parent)
            lines.append("References: " + parent)
        for h in self.hdrs:
            lines.append(h)
        if not self.mime and isinstance(self.body, Part):
            assert self.body.ctype == "text/plain" and self.body.data.isascii(), ST.slug
            pb = self.body.data
        elif isinstance(self.body, (Part, Multi)):
            lines.append("MIME-Version: 1.0")
            ph, pb = self.body.render()
            lines += ph
        else:
            txt = nl(self.body)
            if not txt.endswith("\r\n"):
                txt += "\r\n"
            pb = txt.encode("ascii")
        return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + pb


# --------------------------------------------------------------- registry --
MSGS = []


def msg(slug, label, reason, lang="en", cat=None, trap=False, where=None):
    """Register a message builder.  where: where the PHI sits (phi/restricted)."""
    def deco(fn):
        MSGS.append(dict(slug=slug, label=label, reason=reason, lang=lang, cat=cat,
                         trap=trap, where=where, fn=fn))
        return fn
    return deco


# ------------------------------------------------------------ the people --
# Organisations (all invented; domains under example.* or .test)
BW = "brightwaterdental.example.com"      # Brightwater Dental Group (Elm Street, Harborview, Oak Ridge)
SP = "sandpiperortho.example.com"         # Sandpiper Orthodontics
CV = "clearvieweye.example.org"           # Clearview Eye Associates + Clearview Surgery Center
PO = "prismoptical.example.net"           # Prism Optical Lab
KD = "kestreldentallab.example.net"       # Kestrel Dental Laboratory
SB = "soundbridgehearing.example.com"     # Soundbridge Audiology & Hearing
FH = "fernhillfoot.example.com"           # Fernhill Foot & Ankle
MS = "millstonerx.example.com"            # Millstone Pharmacy (independent, compounding)
HD = "hollisdrug.example.com"             # Hollis Drug (chain)
LV = "lumenvision.example.org"            # Lumen Vision Plan
TD = "tidewelldental.example.org"         # Tidewell Dental Plan
NG = "northgatedental.example.net"        # Northgate Dental Supply
MO = "meridianoptical.example.net"        # Meridian Optical Supply
CP = "callowaydist.example.net"           # Calloway Pharmaceutical Distributors
DC = "denticore.example.com"              # DentiCore PM (practice management)
SL = "scriptlink.example.net"             # ScriptLink e-prescribing
OV = "optivault.example.com"              # OptiVault retinal imaging
GM = "mail.example.com"                   # consumer mail
GN = "webmail.example.net"                # consumer mail

NPI_ADLER = npi("128400735")      # Dr. Miriam Adler, DDS (Brightwater Elm St)
NPI_OSEI = npi("139250412")       # Dr. Kwame Osei, DMD (Brightwater Harborview)
NPI_LINDQ = npi("147720093")      # Dr. Signe Lindqvist, DDS (Oak Ridge)
NPI_MARSH = npi("156630281")      # Dr. Theo Marsh, DDS, MD (oral surgery)
NPI_AMES = npi("164410928")       # Dr. Priya Ames, MD (ophthalmology)
NPI_BRANDT = npi("172290553")     # Dr. Colin Brandt, OD
NPI_MILLSTONE = npi("183370664")  # Millstone Pharmacy (type 2)
DEA_MILLSTONE = dea("FM", "418273")
DEA_HOLLIS = dea("BH", "520614")
DEA_MARSH = dea("BM", "731906")


# Messages whose text/plain body goes out as multipart/alternative with an
# HTML rendering of the same text (as Outlook and Gmail send it), and
# messages sent with no MIME headers at all.
ALT_WRAP = {
    "cdt-frequency-bulletin", "staff-meeting-agenda", "w9-request-vendor", "sedation-permit-renewal-dentist",
    "credentialing-npi-roster", "audiology-oncall-phone-list", "med-sync-program-quarterly",
    "pharmacist-contraception-ce", "county-overdose-dashboard", "frame-recall-kids-hinge", "holiday-party-rsvp",
    "vacunas-clinica-farmacia-es", "congresso-ortodonzia-verona-it",
    "hygiene-recall-dana", "third-molar-referral-letter", "your-hearing-test-results", "cochlear-candidacy-referral",
    "scleral-lens-appeal-keratoconus", "refill-ready-pickup", "ingrown-nail-aftercare-message",
    "lettre-traitement-canalaire-fr", "triazolam-premed-dental-fear",
    "clozapine-anc-call", "extraction-pain-plan-bup-film", "prep-refill-and-labs-due",
    "mifepristone-dispensed-confirmation", "pilula-receitada-farmaceutica-pt", "rpe65-panel-result-gene-therapy",
}
NO_MIME = {"fire-drill-harborview", "parking-lot-repaving", "crown-seat-moved-lab-late", "birthday-card-hygienist-dob"}


def finish(mail, slug):
    """Apply the client-shape choices above to a built message."""
    if slug in ALT_WRAP:
        p = mail.body
        assert isinstance(p, Part) and p.ctype == "text/plain", slug
        cs = p.charset or "us-ascii"
        text = p.data.decode(codec(cs)).replace("\r\n", "\n")
        hcs = "utf-8" if cs == "us-ascii" else cs
        hcte = p.cte if p.cte in ("quoted-printable", "base64") else "quoted-printable"
        mail.body = ALT(p, H(_html_body(text, hcs), cs=hcs, cte=hcte))
    if slug in NO_MIME:
        mail.mime = False
    return mail


def _html_body(text, cs):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.strip("\n").split("\n\n")
    body = "\n".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % (cs, body))


# ======================================================= none: traps (A) ==
@msg("hl7-zztest-retina-interface", "none", "HL7 test ORU for a synthetic ZZTEST patient sent while validating the retinal-camera interface; no real person", trap=True)
def _():
    segs = [
        "MSH|^~\\&|OPTIVAULT|CVE_RETINA|TESSAREX|CLEARVIEW|20260212091500||ORU^R01^ORU_R01|TST000417|T|2.5.1",
        "PID|1||ZZ0000001^^^CVE^MR||ZZTEST^RETINA^ONE||19000101|U",
        "OBR|1|TST-417|TST-417|92250^Fundus photography^CPT|||20260212090000",
        "OBX|1|TX|RETINA-IMPRESSION^Impression^L||TEST IMAGE - DO NOT READ||||||F",
    ]
    body = T("""Hi Renata,

Attached is the test ORU we pushed from the staging camera at 09:15. Processing
ID is T and the patient is our usual ZZTEST^RETINA^ONE with the 1900-01-01
birth date, so it should land in your test inbox only. Can you confirm the
OBX-5 text shows up in the imaging tab and that MSH-10 echoes back in the ACK?

Once that looks right we'll schedule the cutover for the Harbor Rd office.

Thanks,
Dmitri Lasko
Interface Engineer, OptiVault
555-0164
""")
    return Mail(A("Dmitri Lasko", "dlasko@" + OV), A("Renata Cole", "rcole@" + CV),
                "Staging ORU test for retina interface (ZZTEST)", D(2, 12, 9, 22),
                MIX(body, HL7("zztest_oru_r01.hl7", segs)))


@msg("fhir-capabilitystatement-erx", "none", "FHIR CapabilityStatement from the e-prescribing vendor; server metadata, no patient", trap=True)
def _():
    cap = {
        "resourceType": "CapabilityStatement", "status": "active", "date": "2026-01-20",
        "publisher": "ScriptLink", "kind": "instance", "fhirVersion": "4.0.1",
        "format": ["json"],
        "implementation": {"description": "ScriptLink sandbox", "url": "https://sandbox.scriptlink.example.net/fhir/r4"},
        "rest": [{"mode": "server", "resource": [
            {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
             "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},
            {"type": "MedicationRequest", "interaction": [{"code": "read"}, {"code": "create"}]},
            {"type": "MedicationDispense", "interaction": [{"code": "search-type"}]},
        ]}],
    }
    body = T("""Hello Millstone team,

As requested, the sandbox metadata is attached (GET /metadata). Patient search
supports identifier and birthdate; MedicationRequest create is enabled for
your sandbox tenant only. Production credentials will be issued after the
EPCS identity-proofing step is complete for each prescriber on your list.

Regards,
ScriptLink Partner Onboarding
""")
    return Mail(A("ScriptLink Partner Onboarding", "onboarding@" + SL), A("Owen Pryce", "owen@" + MS),
                "Sandbox CapabilityStatement for your integration", D(1, 20, 14, 5),
                MIX(body, FHIR("capabilitystatement.json", cap)))


@msg("recall-merge-template-draft", "none", "Hygiene-recall mail-merge template with {{placeholders}}; nobody is named", trap=True)
def _():
    return Mail(A("Tasha Greer", "tgreer@" + BW), A("Brightwater Front Desk Leads", "frontdesk-leads@" + BW),
                "New recall template - please proof before Friday", D(1, 14, 16, 40),
                T("""Hi all,

Here's the new 6-month recall wording for DentiCore. Please proof it and
reply with edits by Friday; Elm St goes first on the 26th.

-----
Subject: {{first_name}}, it's time for your cleaning at Brightwater {{office_name}}

Hi {{first_name}},

Our records show your last cleaning and exam was on {{last_hygiene_date}}
with {{hygienist_name}}. You're due for your next visit{{#if xrays_due}}
and your bitewing x-rays{{/if}}.

Book online at https://book.brightwaterdental.example.com/{{office_code}}
or call us at {{office_phone}}.

{{#if has_balance}}You have an open balance of {{balance}}; you can pay
it at check-in.{{/if}}

See you soon,
The team at Brightwater Dental {{office_name}}
-----

Tasha Greer
Patient Experience Manager, Brightwater Dental Group
555-0118
"""))


@msg("diabetic-eye-exam-rates-q3", "none", "Vision plan quality report: aggregate diabetic eye-exam completion rates by practice", trap=True)
def _():
    csvt = """practice,tin_suffix,members_with_diabetes,retinal_exam_done,rate
Clearview Eye Associates - Harbor Rd,4471,1284,1002,78.0%
Clearview Eye Associates - Marlowe Bay,4471,866,611,70.6%
Ridgeway Optometry,9020,412,249,60.4%
Plan average,,25118,16829,67.0%
"""
    body = T("""Dear Provider Partner,

Attached is your Q3 2026 Comprehensive Diabetes Care - Eye Exam summary.
Rates are for members 18-75 with a diabetes diagnosis on file who had a
retinal or dilated exam in the measurement year. Member-level gap lists are
available in the provider portal only; they are never sent by e-mail.

Your Harbor Rd office is in the top quartile for the plan. Marlowe Bay is
just below the 72% incentive threshold.

Lumen Vision Plan - Provider Quality
""")
    return Mail(A("Lumen Vision Plan Quality", "quality@" + LV), A("Renata Cole", "rcole@" + CV),
                "Q3 diabetic eye exam measure - Clearview Eye Associates", D(10, 15, 11, 0, tz="CT"),
                MIX(body, CSV("CDC_eye_Q3_2026_summary.csv", csvt)))


@msg("wholesaler-invoice-schedule-ii", "none", "Wholesaler invoice for a CII/CIII order with the pharmacy's own DEA number and NDCs; no patient", trap=True)
def _():
    return Mail(A("Calloway Pharmaceutical Distributors", "invoices@" + CP), A("Millstone Pharmacy", "orders@" + MS),
                "Invoice 7730419 - CSOS order 26-0311-A", D(3, 11, 6, 12),
                T("""CALLOWAY PHARMACEUTICAL DISTRIBUTORS - INVOICE 7730419
Ship to: Millstone Pharmacy, 212 Quarry St, Hadley Springs
Account: 10-44821        DEA: %s        CSOS order: 26-0311-A

Line  NDC            Description                          Sch  Qty  Ext
1     00000-0000-01  Oxycodone HCl 5 mg tab 100ct         CII  2    61.40
2     00000-0000-02  Hydrocodone/APAP 5/325 tab 100ct     CII  3    44.85
3     00000-0000-03  Buprenorphine/naloxone 8/2 mg film   CIII 4    512.60
4     00000-0000-04  Methylphenidate ER 36 mg tab 100ct   CII  1    388.20
5     00000-0000-05  Naloxone 4 mg nasal spray 2pk        Rx   12   571.20

Subtotal 1,578.25   Freight 0.00   Total due 1,578.25   Terms Net 15

Controlled substances were shipped in a sealed tote, seal #CL-558203.
Receiving pharmacist must sign the 222-equivalent receipt in CSOS within
2 business days.
""" % DEA_MILLSTONE))


@msg("credentialing-npi-roster", "none", "Dental plan credentialing roster listing dentists' own NPIs and license dates; no patient", trap=True)
def _():
    return Mail(A("Tidewell Dental Plan Credentialing", "credentialing@" + TD), A("Joanne Pike", "jpike@" + BW),
                "Recredentialing 2026 - Brightwater Dental Group roster", D(4, 2, 10, 30),
                T("""Hello Joanne,

Your group's recredentialing cycle opens May 1. Please confirm the roster
below; anyone missing must submit a full application.

Provider                       Type   NPI          Location      Lic. exp.
Miriam Adler, DDS              Gen    %s   Elm Street    2027-06-30
Kwame Osei, DMD                Gen    %s   Harborview    2026-12-31
Signe Lindqvist, DDS           Perio  %s   Oak Ridge     2027-03-31
Theo Marsh, DDS, MD            OMS    %s   Harborview    2026-09-30

Please attach current malpractice face sheets and, for Dr. Marsh, the
current general anesthesia permit. Questions: 555-0142.

Tidewell Dental Plan - Provider Network Credentialing
""" % (NPI_ADLER, NPI_OSEI, NPI_LINDQ, NPI_MARSH)))


@msg("audiology-oncall-phone-list", "none", "Staff on-call rota with mobile numbers; no patient", trap=True)
def _():
    return Mail(A("Beth Carrow", "bcarrow@" + SB), A("Soundbridge Staff", "staff@" + SB),
                "March on-call + cell numbers", D(2, 26, 17, 5, tz="CT"),
                T("""Team, March weekend coverage for the repair line and the implant
programming emergencies line:

Mar 7-8    Dr. Hana Iwu, AuD         555-0131
Mar 14-15  Dr. Luis Moreno, AuD      555-0136
Mar 21-22  Tamsin Roe, HIS           555-0139
Mar 28-29  Dr. Hana Iwu, AuD         555-0131

Front desk backup: Gia 555-0127. Swap with each other and tell me after.

Beth
"""))


@msg("cme-glaucoma-webinar", "none", "CME webinar announcement on glaucoma therapy; education, no individual", trap=True)
def _():
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Evening CE: What's new in glaucoma management</h2>
<p>Thursday, April 16, 2026 &middot; 7:00-8:30 pm CT &middot; 1.5 COPE hours</p>
<ul>
<li>SLT as first-line therapy: five-year outcomes</li>
<li>Netarsudil and latanoprostene bunod in practice</li>
<li>Minimally invasive glaucoma surgery with cataract extraction</li>
<li>Case discussion: normal-tension glaucoma and OCT progression</li>
</ul>
<p>Speaker: Priya Ames, MD, Clearview Eye Associates</p>
<p><a href="https://ce.clearvieweye.example.org/register/0416">Register</a></p>
<p style="font-size:11px;color:#666">You are receiving this because you are a referring optometrist.
<a href="https://ce.clearvieweye.example.org/unsub">Unsubscribe</a></p>
</body></html>
"""
    plain = T("""Evening CE: What's new in glaucoma management
Thursday, April 16, 2026, 7:00-8:30 pm CT, 1.5 COPE hours

- SLT as first-line therapy: five-year outcomes
- Netarsudil and latanoprostene bunod in practice
- MIGS with cataract extraction
- Case discussion: normal-tension glaucoma and OCT progression

Speaker: Priya Ames, MD
Register: https://ce.clearvieweye.example.org/register/0416
""")
    return Mail(A("Clearview Eye Associates CE", "ce@" + CV), A("Colin Brandt, OD", "cbrandt@ridgewayoptometry.example.com"),
                "CE Apr 16: glaucoma update (1.5 COPE hrs)", D(3, 24, 8, 0, tz="CT"), ALT(plain, H(html)))


@msg("newsletter-dry-mouth-medicines", "none", "Patient newsletter on medicines that cause dry mouth; general education", trap=True)
def _():
    html = """<html><body>
<table width="600" cellpadding="8" style="font-family:Georgia,serif">
<tr><td><h1 style="color:#1f5f8b">The Brightwater Bite &mdash; Spring 2026</h1></td></tr>
<tr><td>
<h3>Dry mouth isn't just annoying</h3>
<p>More than 400 common medicines can reduce saliva: antidepressants, antihistamines,
blood pressure pills, bladder medicines, and opioid pain relievers among them.
Less saliva means more cavities along the gumline, especially for people over 60.</p>
<p>What helps: sipping water, sugar-free xylitol gum, a prescription-strength
fluoride toothpaste, and telling us about every medicine you take, even over the counter.</p>
<h3>Diabetes and your gums</h3>
<p>Gum disease and blood sugar affect each other. If you have diabetes, ask
your hygienist whether a 3- or 4-month cleaning schedule makes sense.</p>
<h3>New: sedation at Harborview</h3>
<p>Nervous about the dentist? Our Harborview office now offers oral and IV sedation.</p>
<p><a href="https://www.brightwaterdental.example.com/newsletter">Read online</a> |
<a href="https://www.brightwaterdental.example.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
    return Mail(A("Brightwater Dental Group", "news@" + BW), A("Brightwater patients", "newsletter-list@" + BW),
                "Spring newsletter: dry mouth, diabetes & your gums, sedation at Harborview", D(4, 7, 10, 0),
                H(html))


@msg("promo-prep-ask-pharmacist", "none", "Pharmacy promotion for pharmacist-prescribed PrEP; marketing, no individual", trap=True)
def _():
    return Mail(A("Millstone Pharmacy", "hello@" + MS), A("Millstone customers", "customers@" + MS),
                "Now at Millstone: PrEP, birth control and more without a separate doctor visit", D(6, 1, 9, 30),
                T("""Our pharmacists can now prescribe more of what you need, right at the counter:

* HIV PrEP: a quick screening, an HIV test in the consultation room, and a
  30-day supply the same day for most people. Follow-up testing every 3 months.
* Birth control pills, patch and ring: for adults 18+, with a blood pressure
  check.
* Naloxone: free, no questions, no prescription.
* Travel vaccines and the updated COVID-19 and flu shots.

Most insurance accepted. Walk in Mon-Fri 9-7, Sat 9-2, or call 555-0150.

Millstone Pharmacy, 212 Quarry St, Hadley Springs
Unsubscribe: https://millstonerx.example.com/u
""", cs="utf-8", cte="quoted-printable"))


@msg("naloxone-shipment-tracking", "none", "Distribution-centre shipping notice for naloxone cartons with tracking numbers; no patient", trap=True)
def _():
    return Mail(A("Hollis Drug DC Shipping", "dc-shipping@" + HD), A("Store 0412 Rx", "rx0412@" + HD),
                "ASN: 3 cartons shipped to store 0412 (naloxone program replenishment)", D(8, 31, 4, 50, tz="CT"),
                T("""ADVANCE SHIP NOTICE
Ship date: 08/31/2026    Store: 0412 (Marlowe Bay - Front St)
Carrier: Parcelway Ground

Carton  Tracking             Contents
1 of 3  PW8811042370066      Naloxone HCl 4 mg nasal spray, 24 x 2pk
2 of 3  PW8811042370073      Naloxone HCl 4 mg nasal spray, 24 x 2pk
3 of 3  PW8811042370080      Fentanyl test strips (harm-reduction kit), 100ct

Standing order program: log distributed kits in the naloxone tracker, not in
the dispensing system. Questions to DC Customer Care 555-0179.
"""))


@msg("lure-hearing-results-portal", "none", "Phishing mail about 'your hearing test results' pointing at a lookalike host; no real patient or care", trap=True)
def _():
    html = """<html><body style="font-family:Segoe UI,Arial">
<p>Dear Customer,</p>
<p>Your <b>hearing test results</b> and audiogram report are ready to view.
Due to new privacy rules you must verify your identity within 24 hours or the
document will be deleted.</p>
<p style="text-align:center"><a href="https://soundbridge-hearing-results.portal-verify.test/login" style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none">VIEW MY RESULTS</a></p>
<p>Thank you,<br>Patient Services Team</p>
</body></html>
"""
    return Mail(A("Soundbridge Patient Services", "no-reply@portal-verify.test"), A("", "gia.r@" + SB),
                "Action required: your hearing test results are ready", D(5, 19, 3, 14, tz="+0300"),
                H(html, cs="windows-1252", cte="quoted-printable"))


@msg("vet-dental-cleaning-biscuit", "none", "Veterinary reminder for a dog's dental cleaning; owner named but the care is not a person's", trap=True)
def _():
    return Mail(A("Maple Paws Veterinary Clinic", "reminders@maplepaws.example.com"), A("Alan Whitcombe", "alan.whitcombe@" + GM),
                "Biscuit is due for a dental cleaning", D(2, 3, 8, 0),
                T("""Hi Alan,

Our records show Biscuit (Beagle, 7 yrs) is due for a dental cleaning under
anesthesia. At his last visit Dr. Soto noted grade 2 tartar and mild
gingivitis on the upper premolars, and a possible fractured carnassial tooth
that should be x-rayed.

Pre-anesthetic bloodwork is required within 30 days of the procedure. Please
withhold food after midnight the night before.

Book online at https://maplepaws.example.com/book or call 555-0185.

Maple Paws Veterinary Clinic
"""))


@msg("bup-program-mailbox-printer-jam", "none", "Sensitive display name (buprenorphine programme mailbox) writing to IT about a label printer; no individual", trap=True)
def _():
    return Mail(A("Buprenorphine Program - Millstone Pharmacy", "mat@" + MS), A("Rx-Systems Help Desk", "help@rxsystems.example.net"),
                "Label printer in the consult room keeps jamming", D(3, 17, 13, 2),
                T("""Hi,

The Zebra label printer in the private consult room (asset MS-PR-07) jams
on every third label since the firmware update last Tuesday. We've cleaned
the head and reloaded the roll. It's the only printer in that room and we
use it for all of our take-home labels, so we're walking to the front
counter for now.

Can someone remote in this afternoon? Best number is 555-0151, ask for Nadia.

Thanks,
Nadia Ferris, PharmD
"""))


@msg("recall-lidocaine-cartridges-lot", "none", "Supplier's voluntary recall of anaesthetic cartridge lots; product traffic, no patient", trap=True)
def _():
    return Mail(A("Northgate Dental Supply Quality", "quality@" + NG), A("Brightwater Purchasing", "purchasing@" + BW),
                "URGENT: Voluntary recall - lidocaine 2% with epinephrine 1:100,000 cartridges, lots L2608A-L2611C", D(9, 9, 7, 45),
                T("""URGENT PRODUCT RECALL NOTICE - ACTION REQUIRED

Product: Lidocaine HCl 2% and epinephrine 1:100,000 injection, 1.7 mL
cartridges, 50/box
Item #: NG-401772
Lots: L2608A, L2609B, L2610A, L2611C   Expiry: 08/2028

Reason: a small number of cartridges in these lots may contain visible
particulate matter. No adverse events have been reported.

Your account (BW-00318, three ship-to locations) received 14 boxes of the
affected lots between July 20 and August 28.

Please quarantine remaining stock, complete the attached response form even
if you have no remaining product, and return it by September 23. Credit or
replacement will be issued on receipt.

Northgate Dental Supply - Quality & Regulatory
555-0172
"""))


@msg("shortage-amoxicillin-suspension", "none", "Wholesaler shortage bulletin naming drugs and allocation; no patient", trap=True)
def _():
    return Mail(A("Calloway Customer Bulletin", "bulletin@" + CP), A("Millstone Pharmacy", "orders@" + MS),
                "Supply update: amoxicillin oral suspension allocation continues", D(11, 2, 6, 0),
                T("""SUPPLY UPDATE - November 2, 2026

Amoxicillin 250 mg/5 mL and 400 mg/5 mL powder for oral suspension remain on
allocation (100% of your 6-month average). Two manufacturers expect recovery
in January.

Alternatives with stock: amoxicillin 500 mg capsules, amoxicillin/clavulanate
400/57 per 5 mL (limited), cefdinir 250 mg/5 mL.

Also constrained: epinephrine 1 mg/mL vials, lidocaine 2% jelly, methylphenidate
ER tablets (some strengths), semaglutide pens.

Resolved: azithromycin 200 mg/5 mL, albuterol HFA.

Calloway Pharmaceutical Distributors
"""))


@msg("denticore-release-notes", "none", "Practice-management software release notes mentioning perio charting and EPCS features; no patient", trap=True)
def _():
    return Mail(A("DentiCore Release Notes", "releases@" + DC), A("Brightwater IT", "it@" + BW),
                "DentiCore 26.3 release notes", D(6, 16, 21, 0, tz="PT"),
                T("""DentiCore 26.3 - rolling out June 18-25

NEW
- Perio chart: six-point probing now records bleeding and suppuration per
  site; CAL auto-calculates from recession and PD.
- Treatment plans: insurance estimate shows frequency limits (e.g. D1110
  2x/yr, D4910 4x/yr) pulled from eligibility responses.
- Pre-authorization: attach perio chart and radiographs to the 278 request.
- e-Prescribing: EPCS two-factor prompt now supports hardware tokens.
- Sedation record template with vitals every 5 minutes.

FIXED
- Recall list exported patients with inactive status (DC-20411).
- The "medical alerts" banner did not refresh after editing the health
  history (DC-20377).

KNOWN ISSUE
- Imaging bridge to OptiVault must be restarted after the update.
""", cs="utf-8"))


@msg("trial-lens-order-confirmation", "none", "Optical supplier order confirmation with order and tracking numbers for stock trial lenses; no patient", trap=True)
def _():
    return Mail(A("Meridian Optical Supply", "orders@" + MO), A("Clearview Optical", "optical@" + CV),
                "Order confirmation MO-2026-118842", D(5, 5, 15, 20, tz="CT"),
                T("""Thank you for your order.

Order: MO-2026-118842     PO: CVE-0505-02     Account: 66120
Ship via: Parcelway 2-Day, tracking PW7740019922318

Qty  Item                                             Price
6    Daily silicone hydrogel trial pack -1.00 to -6.00   0.00
4    Toric trial pack cyl -0.75/-1.25 axis 180/090       0.00
2    Multifocal trial pack LOW/MED/HIGH add              0.00
1    Lens case dispenser, 200ct                          38.00
1    Frame display tray, walnut, 12-slot                 64.50

Subtotal 102.50   Shipping 0.00   Total 102.50
"""))


@msg("badge-renewal-employee-ids", "none", "HR notice listing employee IDs for badge renewal; no health content", trap=True)
def _():
    return Mail(A("Brightwater HR", "hr@" + BW), A("Harborview Staff", "harborview@" + BW),
                "Badge photos - Harborview, Tues 2/17", D(2, 11, 12, 15),
                T("""Hi Harborview,

New door badges arrive next week. If your employee ID is below, please
stop by the break room Tuesday 2/17 between 12:00 and 1:30 for a photo.

E10482  E10517  E10533  E10601  E10619  E10644  E10702

Old badges stop working March 1. Lost badge? Call HR at 555-0115.

Thanks,
Marisa, HR
"""))


@msg("birthday-card-hygienist-dob", "none", "Office manager's note about a coworker's birthday with her birth date; no health content", trap=True)
def _():
    return Mail(A("Dee Fontaine", "dfontaine@" + BW), A("Elm Street team", "elmst@" + BW),
                "Shh - card for Carmen", D(5, 11, 9, 12),
                T("""Carmen turns 50 on Friday (born 5/15/1976, she'll kill me for telling
you). Card is in the sterilization room drawer. Cake at lunch, I've
blocked op 3 from 12:15-12:45 on the schedule.

Dee
"""))


@msg("cdt-frequency-bulletin", "none", "Dental plan provider bulletin on CDT code frequencies and pre-authorisation rules; no patient", trap=True)
def _():
    return Mail(A("Tidewell Provider Relations", "providers@" + TD), A("Tidewell network dentists", "network@" + TD),
                "Provider Bulletin 2026-07: CDT changes and pre-authorization reminders", D(12, 1, 10, 0),
                T("""TIDEWELL DENTAL PLAN - PROVIDER BULLETIN 2026-07

Effective January 1, 2027:
- D4341/D4342 (scaling and root planing): pre-authorization required for
  more than two quadrants on the same date. Submit a perio chart less than
  6 months old with 4 mm+ pockets documented.
- D4910 periodontal maintenance: 4 per benefit year (was 2 plus 2 D1110).
- D6010 implant body: pre-authorization with a panoramic image or CBCT.
- D9239/D9243 IV moderate sedation: covered with documentation of medical
  necessity; not covered for routine cleanings.
- D8090 comprehensive orthodontics: lifetime maximum unchanged.

Claims: attach narratives in the attachment field, not in the remarks box.

Tidewell Provider Relations, 555-0145
"""))


@msg("eligibility-api-maintenance", "none", "Vision plan eligibility API maintenance notice; IT operations", trap=True)
def _():
    return Mail(A("Lumen Vision Plan EDI", "edi@" + LV), A("EDI contacts", "edi-partners@" + LV),
                "Scheduled maintenance: 270/271 eligibility and 837 claims, Sat 3/21", D(3, 16, 12, 0, tz="CT"),
                T("""Lumen Vision Plan will perform maintenance on Saturday, March 21,
22:00 to Sunday 02:00 CT.

Affected: real-time 270/271 eligibility, 276/277 claim status, 837 batch
intake, provider portal login. Batches received during the window will be
processed Sunday morning. Frame/lens benefit look-ups will return AAA*42.

Test endpoint https://edi-test.lumenvision.example.org stays up.
"""))


@msg("job-pharmacist-moud-prep-clinic", "none", "Job posting for a pharmacist to run buprenorphine and PrEP services; no individual", trap=True)
def _():
    return Mail(A("Hollis Drug Talent", "careers@" + HD), A("Pharmacy residents list", "pgy1-list@hadleycollege.example.edu.test"),
                "Now hiring: Clinical Pharmacist, Community Care Services (Marlowe Bay)", D(7, 8, 9, 0, tz="CT"),
                T("""Hollis Drug is hiring a Clinical Pharmacist for our Community Care
Services team at store 0412, Marlowe Bay.

You will:
- run our pharmacist-prescribed PrEP and contraception services
- dispense buprenorphine and coordinate with local OTPs and prescribers
- give immunizations and run med-sync and adherence packaging
- precept PGY1 residents and APPE students

Requirements: PharmD, state license, immunization certification, 2 years
community experience preferred. Spanish a plus.

Apply: https://careers.hollisdrug.example.com/req/26-4412
"""))


@msg("sedation-permit-renewal-dentist", "none", "State board reminder about a dentist's own sedation permit renewal; license numbers, no patient", trap=True)
def _():
    return Mail(A("State Board of Dentistry", "permits@dentalboard.state.test"), A("Dr. Theo Marsh", "tmarsh@" + BW),
                "Renewal due: General Anesthesia / Deep Sedation Permit GA-0418", D(7, 1, 8, 0),
                T("""Dear Dr. Marsh,

Your General Anesthesia / Deep Sedation Permit GA-0418 (DDS license
D-22871) expires September 30, 2026. To renew you need:

- current ACLS and PALS cards
- 8 hours of sedation CE in the last 2 years
- an office evaluation within the last 5 years (yours: 04/2022 - due)
- DEA registration %s and NPI %s on file

Renew at https://licensing.dentalboard.state.test

State Board of Dentistry - Permits Unit
""" % (DEA_MARSH, NPI_MARSH)))


@msg("surgery-center-volume-dashboard", "none", "borderline: monthly cataract-volume dashboard with a single endophthalmitis count; aggregate, nobody identifiable", trap=True)
def _():
    return Mail(A("Clearview Surgery Center QA", "qa@" + CV), A("Surgery Center Medical Staff", "asc-medstaff@" + CV),
                "October ASC dashboard", D(11, 6, 7, 30, tz="CT"),
                T("""CLEARVIEW SURGERY CENTER - OCTOBER 2026

Cases                    Oct    YTD
Cataract (66984/66982)   142    1,318
  with MIGS (66991)       17      151
YAG capsulotomy           38      342
Trabeculectomy / tube      3       27
Total                    200    1,838

Quality
  Same-day cancellations            4  (2.0%)
  Posterior capsule rupture         1  (0.7% of cataract)
  Endophthalmitis                   1  (reported per policy; RCA in progress)
  Unplanned return to OR            0
  Patient satisfaction (top box)  94%

First-case on-time start: 88% (goal 90%).
"""))


@msg("vacunas-clinica-farmacia-es", "none", "Spanish flyer for a pharmacy flu/COVID vaccine clinic; no individual", lang="es", trap=True)
def _():
    return Mail(A("Farmacia Millstone", "hola@" + MS), A("Clientes", "clientes-es@" + MS),
                "Clínica de vacunas gratis este sábado en Millstone", D(10, 5, 9, 0),
                T("""¡Hola, vecinos!

Este sábado 10 de octubre, de 9 a 2, tendremos una clínica de vacunas en la
farmacia:

• Vacuna contra la gripe (mayores de 6 meses)
• Vacuna actualizada contra el COVID-19
• Vacuna contra el VRS para mayores de 60 años y embarazadas
• Vacuna contra la culebrilla (herpes zóster) para mayores de 50

No necesita cita. Traiga su tarjeta del seguro; si no tiene seguro, la
vacuna de la gripe es gratis. Hablamos español.

Farmacia Millstone – 212 Quarry St, Hadley Springs – 555-0150
""", cs="utf-8", cte="quoted-printable"), scs="utf-8", smode="Q")


@msg("gio-mo-cua-tet-vi", "none", "Vietnamese holiday-hours notice from a pharmacy; no individual", lang="vi", trap=True)
def _():
    return Mail(A("Nhà thuốc Hollis số 0412", "rx0412@" + HD), A("Khách hàng", "khachhang@" + HD),
                "Giờ mở cửa dịp Tết Nguyên Đán 2026", D(2, 10, 10, 0, tz="CT"),
                T("""Kính gửi quý khách,

Nhà thuốc Hollis (số 0412, đường Front) xin thông báo giờ mở cửa dịp Tết:

- Thứ Hai 16/2: 9 giờ sáng – 3 giờ chiều
- Thứ Ba 17/2 (mùng Một): đóng cửa
- Thứ Tư 18/2: 9 giờ sáng – 5 giờ chiều

Xin quý khách lấy thuốc tái cấp trước ngày 14/2. Nếu cần thuốc gấp, vui
lòng gọi nhà thuốc trực 24 giờ tại 555-0177.

Chúc mừng năm mới – An khang thịnh vượng!
""", cs="utf-8", cte="base64"))


@msg("peijing-youhui-zh", "none", "Chinese (GB2312) eyeglass promotion from an optical shop; marketing", lang="zh", trap=True)
def _():
    return Mail(A("明视眼镜店", "promo@mingshi-optical.example.com", cs="gb2312"), A("会员", "members@mingshi-optical.example.com"),
                "春季配镜优惠：第二副眼镜半价", D(3, 2, 11, 0, tz="PT"),
                T("""尊敬的会员：

春季配镜优惠开始啦！

一、3月1日至3月31日，购买任意镜架加镜片，第二副半价。
二、免费电脑验光，儿童近视防控镜片九折。
三、隐形眼镜护理液买二送一。

营业时间：周一至周六 上午10点至晚上7点
电话：555-0188
地址：港湾路88号

明视眼镜店
""", cs="gb2312", cte="base64"), scs="gb2312")


@msg("chia-ju-sonsik-ko", "none", "Korean dental newsletter on gum disease and diabetes; general education", lang="ko", trap=True)
def _():
    return Mail(A("브라이트워터 치과 한인 상담실", "korean@" + BW, cs="euc-kr"), A("환자 여러분", "ko-list@" + BW),
                "[소식지] 잇몸병과 당뇨병의 관계", D(4, 20, 10, 0),
                T("""안녕하세요, 브라이트워터 치과입니다.

잇몸병은 당뇨병과 서로 영향을 줍니다. 혈당 조절이 잘 되지 않으면 잇몸 염증이
심해지고, 잇몸병을 치료하면 혈당 조절에도 도움이 될 수 있습니다.

이런 증상이 있으면 검진을 받으세요:
- 양치할 때 피가 난다
- 잇몸이 붓거나 내려갔다
- 입 냄새가 계속 난다
- 이가 흔들린다

한국어 상담: 화요일, 목요일 오전 9시 ~ 오후 5시, 555-0119

브라이트워터 치과 그룹
""", cs="euc-kr", cte="base64"), scs="euc-kr")


@msg("stock-lens-chumon-ja", "none", "Japanese (ISO-2022-JP) lens lab order confirmation for uncut stock lenses; no patient", lang="ja", trap=True)
def _():
    return Mail(A("光彩レンズ工業 受注センター", "juchu@kosai-lens.example.jp.test", cs="iso-2022-jp"), A("Prism Optical Lab", "purchasing@" + PO),
                "ご注文確認（受注番号 KS-260414-0087）", D(4, 14, 10, 30, tz="+0900"),
                T("""プリズム光学ラボ 御中

いつもお世話になっております。
下記のとおりご注文を承りました。

受注番号：KS-260414-0087
品名：非球面単焦点レンズ 1.67 防汚コート（未加工・在庫品）
数量：S-1.00〜S-4.00 各20ペア、計140ペア
出荷予定日：4月20日
配送：航空便（追跡番号は出荷時にご連絡します）

ご不明な点がございましたら、担当の山本までご連絡ください。
電話：03-555-0142

光彩レンズ工業株式会社 受注センター
""", cs="iso-2022-jp", cte="7bit"), scs="iso-2022-jp")


@msg("lieferavis-abformmaterial-de", "none", "German dental supplier delivery notice with delivery-note numbers; no patient", lang="de", trap=True)
def _():
    return Mail(A("Dentalhandel Brückner GmbH", "versand@brueckner-dental.example.de.test", cs="iso-8859-1", mode="Q"), A("Zahnarztpraxis Dr. Vogel", "praxis@zahnarzt-vogel.example.de.test"),
                "Lieferavis zu Ihrer Bestellung 4500381922", D(6, 3, 14, 10, tz="EU"),
                T("""Sehr geehrte Damen und Herren,

Ihre Bestellung 4500381922 vom 01.06.2026 wurde heute versandt.

Lieferschein-Nr.: LS-26-118374
Paketdienst: Sendungsnummer 00340434161094028811

Pos.  Artikel                                   Menge
1     Komposit A2, Spritzen 4 g                 10
2     A-Silikon Abformmaterial, Heavy Body      4
3     A-Silikon Abformmaterial, Light Body      6
4     Einmal-Abformlöffel Oberkiefer, Größe M   50
5     Lokalanästhetikum Articain 4 %, Zylinderampullen  2 Pkg.

Die Rechnung erhalten Sie separat per E-Mail.

Mit freundlichen Grüßen
Ihr Versandteam
Dentalhandel Brückner GmbH · Tel. +49 30 555 0142
""", cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", smode="Q")


# ======================================================= none: traps (B) ==
@msg("rupture-amoxicilline-grossiste-fr", "none", "French wholesaler stock-out bulletin naming medicines; no patient", lang="fr", trap=True)
def _():
    return Mail(A("Répartiteur Centre-Loire", "info@repartiteur-cl.example.fr.test"), A("Pharmacie du Parc", "contact@pharmacie-duparc.example.fr.test"),
                "Ruptures et tensions d'approvisionnement – semaine 46", D(11, 9, 7, 0, tz="EU"),
                T("""Madame, Monsieur,

Voici le point hebdomadaire sur les ruptures :

RUPTURE
- Amoxicilline 250 mg/5 ml, poudre pour suspension buvable : retour prévu
  mi-janvier. Contingentement à 100 % de la moyenne mensuelle.
- Méthylphénidate LP 36 mg : rupture chez deux laboratoires.

TENSION
- Lidocaïne 2 % adrénalinée, cartouches dentaires
- Insuline glargine, stylos préremplis

REMISE À DISPOSITION
- Azithromycine 40 mg/ml, suspension buvable

Pour toute question : 01 55 50 01 23 ou votre commercial habituel.

Service clients – Répartiteur Centre-Loire
""", cs="utf-8", cte="8bit"), scs="utf-8", smode="Q")


@msg("congresso-ortodonzia-verona-it", "none", "Italian orthodontics congress invitation; education", lang="it", trap=True)
def _():
    return Mail(A("Segreteria Congresso SIOC", "segreteria@congresso-ortodonzia.example.it.test"), A("Sandpiper Orthodontics", "info@" + SP),
                "Invito: XXII Congresso di Ortodonzia Clinica – Verona, 15-17 ottobre 2026", D(5, 6, 10, 0, tz="EU"),
                T("""Gentile Dottore, gentile Dottoressa,

siamo lieti di invitarLa al XXII Congresso di Ortodonzia Clinica, che si
terrà a Verona dal 15 al 17 ottobre 2026.

Temi principali:
• allineatori trasparenti nei casi complessi
• espansione palatale assistita da miniviti nell'adulto
• agenesie dentali e displasia ectodermica: approccio multidisciplinare
• apnee ostruttive nel bambino: il ruolo dell'ortodontista

Iscrizione anticipata entro il 30 giugno: 390 € (soci 290 €).
Programma completo: https://congresso-ortodonzia.example.it.test/programma

Cordiali saluti,
La Segreteria Organizzativa
""", cs="utf-8", cte="quoted-printable"), scs="utf-8", smode="Q")


@msg("oferta-pracy-technik-farmacji-pl", "none", "Polish pharmacy-technician job posting; no individual", lang="pl", trap=True)
def _():
    return Mail(A("Apteka Pod Lipami - Rekrutacja", "praca@apteka-podlipami.example.pl.test", cs="iso-8859-2", mode="Q"), A("Kandydaci", "kandydaci@apteka-podlipami.example.pl.test"),
                "Oferta pracy: technik farmaceutyczny (pełny etat)", D(8, 17, 9, 0, tz="EU"),
                T("""Dzień dobry,

Apteka Pod Lipami zatrudni technika farmaceutycznego na pełny etat.

Oferujemy:
- umowę o pracę, pracę w systemie dwuzmianowym,
- szkolenia z recepturowania i opieki farmaceutycznej,
- dodatek za pracę w soboty.

Wymagamy:
- dyplomu technika farmaceutycznego,
- znajomości programu aptecznego,
- życzliwości wobec pacjentów.

CV prosimy przesyłać na adres praca@apteka-podlipami.example.pl.test do
15 września. Telefon: +48 22 555 0146.

Zespół Apteki Pod Lipami
""", cs="iso-8859-2", cte="quoted-printable"), scs="iso-8859-2", smode="Q")


@msg("lure-apteka-konto-ru", "none", "Russian phishing asking a pharmacy customer to 'confirm' an account; no care", lang="ru", trap=True)
def _():
    return Mail(A("Служба поддержки аптеки", "support@apteka-bonus.test", cs="koi8-r"), A("", "client@" + GN),
                "Ваш бонусный счёт будет заблокирован", D(9, 22, 2, 41, tz="+0300"),
                T("""Уважаемый клиент!

Мы обнаружили подозрительную активность в Вашем личном кабинете аптеки.
Ваш бонусный счёт и история заказов будут заблокированы через 24 часа.

Для подтверждения данных перейдите по ссылке:
https://apteka-bonus.test/confirm?id=88213

Введите номер карты и код из СМС. Если Вы не подтвердите данные,
накопленные баллы будут списаны.

С уважением,
Служба поддержки
""", cs="koi8-r", cte="base64"), scs="koi8-r")


@msg("fahs-nazar-majani-ar", "none", "Arabic community eye-screening event notice with last year's aggregate numbers; no individual", lang="ar", trap=True)
def _():
    return Mail(A("عيادات كلير فيو للعيون", "community@" + CV), A("المجتمع العربي - مسجد النور", "office@alnoor-center.example.org"),
                "فحص نظر مجاني للكبار والأطفال يوم السبت", D(9, 1, 12, 0, tz="CT"),
                T("""السلام عليكم،

تقيم عيادات كلير فيو للعيون يوم فحص نظر مجاني في مركز النور يوم السبت
١٢ سبتمبر من الساعة ١٠ صباحاً حتى ٢ ظهراً.

- فحص حدة البصر للأطفال والكبار
- قياس ضغط العين
- تصوير قاع العين لمرضى السكري
- نظارات مجانية للأطفال حسب الحاجة

في العام الماضي فحصنا ٣١٢ شخصاً، وأحلنا ٤١ منهم لمتابعة الماء الأزرق أو
اعتلال الشبكية السكري.

لا حاجة لموعد. للاستفسار: 555-0133
""", cs="utf-8", cte="base64"))


@msg("salu-salo-sign-up-tl", "none", "Tagalog staff potluck sign-up with mobile numbers; no health content", lang="tl", trap=True)
def _():
    return Mail(A("Marites Dizon", "mdizon@" + HD), A("Store 0412 team", "team0412@" + HD),
                "Salu-salo sa Biyernes! Pakilista ang dadalhin", D(12, 14, 15, 30, tz="CT"),
                T("""Hi mga kasama!

Salu-salo natin sa Biyernes, Dec 18, sa break room pagkatapos ng 6pm close.
Pakilagay kung ano ang dadalhin ninyo:

- Marites – pancit bihon, 555-0121
- Jun – lumpiang shanghai, 555-0124
- Dr. Park – drinks, 555-0126
- Ana – leche flan
- ________

Si Jun na ang bahala sa karaoke. Walang iuuwing tira, ha!

Salamat po,
Marites
""", cs="utf-8", cte="8bit"))


@msg("nalokson-sove-lavi-ht", "none", "Haitian Creole naloxone education flyer; no individual", lang="ht", trap=True)
def _():
    return Mail(A("Famasi Millstone", "hello@" + MS), A("Kominote ayisyen Hadley Springs", "kominote@haitiancenter.example.org"),
                "Nalokson: yon espre nan nen ki ka sove lavi", D(8, 24, 11, 0),
                T("""Bonjou zanmi,

Nalokson (Narcan) se yon medikaman ki ka fè yon moun ki fè sirdoz opyoyid
reprann souf. Li fasil pou itilize: ou mete l nan nen moun nan epi ou peze.

Siy sirdoz:
• moun nan pa reponn lè ou rele l
• bouch oswa pwent dwèt li vin ble oswa gri
• souf li dousman anpil oswa li pa respire

Kisa pou fè: rele 911, bay nalokson, mete moun nan sou kote l.

Ou ka jwenn nalokson GRATIS nan Famasi Millstone, san preskripsyon, san
kesyon. Nou pale kreyòl.

Famasi Millstone – 212 Quarry St – 555-0150
""", cs="utf-8", cte="quoted-printable"))


@msg("vacina-gata-mimi-pt", "none", "Portuguese vet reminder for a cat's vaccines; the care is not a person's", lang="pt", trap=True)
def _():
    return Mail(A("Clínica Veterinária Bicho Feliz", "lembretes@bichofeliz.example.com.br.test", cs="iso-8859-1", mode="Q"), A("Fernanda Lopes", "fernanda.lopes@" + GM),
                "Lembrete: vacina da Mimi", D(7, 14, 9, 0, tz="-0300"), scs="iso-8859-1", smode="Q",
                body=T("""Olá, Fernanda!

A Mimi (gata, SRD, 4 anos) está com a vacina quádrupla felina e a
antirrábica vencendo no dia 28 de julho. Na última consulta a Dra. Paula
também sugeriu uma limpeza de tártaro e a vermifugação.

Agende pelo WhatsApp (11) 555-0147 ou responda este e-mail.

Um abraço,
Clínica Veterinária Bicho Feliz
""", cs="iso-8859-1", cte="quoted-printable"))


@msg("isitme-cihazi-pil-kampanya-tr", "none", "Turkish hearing-aid battery promotion; marketing", lang="tr", trap=True)
def _():
    return Mail(A("Duyum İşitme Merkezi", "kampanya@duyum-isitme.example.com.tr.test", cs="iso-8859-9", mode="Q"), A("Müşterilerimiz", "musteri@duyum-isitme.example.com.tr.test"),
                "İşitme cihazı pillerinde 3 al 2 öde kampanyası", D(10, 20, 10, 0, tz="+0300"), scs="iso-8859-9", smode="Q",
                body=T("""Değerli müşterimiz,

Ekim ayı boyunca tüm işitme cihazı pillerinde (10, 312, 13 ve 675 numara)
3 al 2 öde kampanyası başladı.

Ayrıca şarjlı cihazlar için ücretsiz temizlik ve bakım günlerimiz her
cumartesi 10:00-16:00 arasında devam ediyor.

Duyum İşitme Merkezi · Tel: +90 212 555 0148
""", cs="iso-8859-9", cte="quoted-printable"))


@msg("hl7-acks-optical-lab", "none", "Batch of HL7 ACK messages from the optical lab interface; control data, no patient", trap=True)
def _():
    return Mail(A("Prism Lab Interface", "interface@" + PO), A("Clearview IT", "it@" + CV),
                "Nightly ACK summary 2026-04-30 (42 AA, 1 AE)", D(5, 1, 2, 0, tz="CT"),
                T("""Nightly ACK summary for ORM^O01 orders received from CLEARVIEW.

Accepted (AA): 42
Application error (AE): 1 - MSA-3 "OBR-4 missing lens material code"

Sample of returned ACKs:

MSH|^~\\&|PRISMLAB|PRISM|TESSAREX|CLEARVIEW|20260430235901||ACK^O01|A0430-0041|P|2.3
MSA|AA|CVE260430-1187

MSH|^~\\&|PRISMLAB|PRISM|TESSAREX|CLEARVIEW|20260430235907||ACK^O01|A0430-0042|P|2.3
MSA|AE|CVE260430-1193|OBR-4 missing lens material code

Resend the failed order from the optical module after correcting the
material field. This mailbox is not monitored.
"""))


@msg("portal-notice-new-message", "none", "borderline: portal notice greets the account holder by name but says only that a message is waiting", trap=True)
def _():
    return Mail(A("Clearview Eye Patient Portal", "no-reply@portal." + CV), A("Gordon Fisk", "gfisk@" + GM),
                "You have a new message in your Clearview portal", D(6, 9, 16, 2, tz="CT"),
                ALT(T("""Hello Gordon,

You have a new secure message in your Clearview Eye Associates patient
portal. For your privacy we don't include the contents in e-mail.

Log in: https://portal.clearvieweye.example.org

Please do not reply to this e-mail.
"""), H("""<html><body><p>Hello Gordon,</p>
<p>You have a new secure message in your Clearview Eye Associates patient portal.
For your privacy we don't include the contents in e-mail.</p>
<p><a href="https://portal.clearvieweye.example.org">Log in to the portal</a></p>
<p style="color:#888;font-size:11px">Please do not reply to this e-mail.</p></body></html>
""")))


@msg("diabetic-foot-awareness-newsletter", "none", "Podiatry newsletter on diabetic foot care with population statistics; education", trap=True)
def _():
    return Mail(A("Fernhill Foot & Ankle", "news@" + FH), A("Fernhill patients", "patients@" + FH),
                "November is Diabetes Awareness Month: check your feet every day", D(11, 3, 9, 0),
                T("""About 1 in 3 people with diabetes will develop a foot ulcer in their
lifetime, and most amputations start with a small wound that went unnoticed.

Five habits that protect your feet:
1. Look at the tops and bottoms of your feet every day (use a mirror).
2. Never walk barefoot, even at home.
3. Test bath water with your elbow, not your foot.
4. Wear shoes that fit; have your feet measured once a year.
5. See a podiatrist at least once a year for a monofilament and pulse check.

Medicare covers therapeutic shoes and inserts for many people with
diabetes. Ask us at your next visit.

Fernhill Foot & Ankle - 555-0160
""", cs="utf-8", cte="quoted-printable"))


@msg("tinnitus-support-group-series", "none", "Recurring invite for a public tinnitus support group; no individual", trap=True)
def _():
    ics = ICS([
        "BEGIN:VCALENDAR", "PRODID:-//Soundbridge//Events 2.1//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:tinnitus-group-2026@soundbridgehearing.example.com",
        "DTSTAMP:20260105T150000Z", "DTSTART:20260120T000000Z", "DTEND:20260120T013000Z",
        "RRULE:FREQ=MONTHLY;BYDAY=3MO;COUNT=11",
        "SUMMARY:Tinnitus Support Group (open to the public)",
        "LOCATION:Soundbridge community room\\, 18 Mill Pond Rd",
        "DESCRIPTION:Monthly peer group. Bring a friend. Facilitator: Dr. Luis Moreno\\, AuD.",
        "ORGANIZER;CN=Soundbridge Events:mailto:events@soundbridgehearing.example.com",
        "END:VEVENT", "END:VCALENDAR"])
    return Mail(A("Soundbridge Events", "events@" + SB), A("Soundbridge community list", "community@" + SB),
                "Tinnitus Support Group - 3rd Monday monthly", D(1, 5, 9, 0, tz="CT"),
                MIX(T("""The tinnitus support group meets the third Monday of each month,
6:00-7:30 pm. Sessions cover sound therapy, sleep, and coping strategies.
No registration needed. Add the series to your calendar with the invite.
"""), ics))


@msg("cochlear-implant-info-evening", "none", "Invitation to a public cochlear-implant information evening; marketing", trap=True)
def _():
    return Mail(A("Soundbridge Audiology", "events@" + SB), A("Soundbridge hearing-aid users", "users@" + SB),
                "Are hearing aids no longer enough? Cochlear implant info night, May 12", D(4, 21, 10, 0, tz="CT"),
                H("""<html><body>
<h2>Cochlear Implant Information Evening</h2>
<p><b>Tuesday, May 12, 6:30 pm</b> &ndash; Soundbridge community room</p>
<p>If you struggle to follow conversation even with well-fitted hearing aids,
you may be a candidate for a cochlear implant. Many adults with severe to
profound hearing loss now qualify, and Medicare and most plans cover evaluation.</p>
<ul><li>How candidacy testing works (sentence tests in quiet and noise)</li>
<li>What surgery and activation are like</li>
<li>Hear from two implant recipients</li></ul>
<p>RSVP: 555-0130 or <a href="https://soundbridgehearing.example.com/ci-night">online</a></p>
</body></html>
""", cs="utf-8", cte="base64"))


@msg("sterile-hood-certification", "none", "Compounding-room hood recertification scheduling; operations", trap=True)
def _():
    return Mail(A("CleanAir Certification Services", "scheduling@cleanair-cert.example.net"), A("Owen Pryce", "owen@" + MS),
                "Semi-annual PEC/SEC certification - Millstone compounding room", D(4, 28, 11, 15),
                T("""Hi Owen,

Your semi-annual certification of the compounding aseptic isolator and the
ISO 7 buffer room is due May 15. We have Tuesday 5/12 from 7am open.

Scope: HEPA integrity, airflow smoke study, pressure differentials, viable
air and surface sampling. Plan to stop compounding from 7am until the
room passes; results same day, microbial sampling results in 5-7 days.

Confirm and I'll send the tech's name. 555-0187.

Lena Ortiz, CleanAir Certification Services
"""))


@msg("orthotics-lab-price-list", "none", "Orthotics lab price list PDF; business-to-business", trap=True)
def _():
    lines = ["STRIDEWORKS ORTHOTIC LAB - 2026 PRACTITIONER PRICE LIST", "",
             "Custom functional orthotic, polypropylene shell ........ $118.00",
             "Custom accommodative orthotic (diabetic), EVA/Plastazote .. $132.00",
             "Sport orthotic, carbon composite ........................ $164.00",
             "Pediatric UCBL .......................................... $110.00",
             "Top cover replacement ................................... $28.00",
             "Rush (3 business days) .................................. +$25.00", "",
             "Casting: 3D scan upload, foam box or plaster slipper casts accepted.",
             "HCPCS reference for billing: L3000, L3020, L3030 (practitioner bills; lab does not).",
             "Remake within 90 days free of charge.",
             "Orders: orders@strideworks.example.com  Phone: 555-0191"]
    return Mail(A("StrideWorks Orthotic Lab", "sales@strideworks.example.com"), A("Fernhill Foot & Ankle", "office@" + FH),
                "2026 price list attached", D(1, 6, 10, 0),
                MIX(T("Happy new year! Our 2026 price list is attached. Prices hold through December.\n\n- Sam, StrideWorks\n"),
                    PDF("StrideWorks_2026_price_list.pdf", lines, title="Price list 2026")))


@msg("compounding-bud-policy-memo", "none", "Internal compounding policy memo on beyond-use dates; no patient", trap=True)
def _():
    return Mail(A("Owen Pryce, PharmD", "owen@" + MS), A("Millstone pharmacists and techs", "staff@" + MS),
                "Updated BUD policy for nonsterile compounds (effective 3/1)", D(2, 20, 18, 0),
                T("""All,

Effective March 1 we follow the revised chapter's default beyond-use dates
unless we have a stability study on file:

- aqueous oral preparations (e.g. magic mouthwash, omeprazole suspension):
  14 days refrigerated
- nonaqueous oral (capsules, troches): 180 days
- topical creams/gels with water: 35 days
- anhydrous ointments: 180 days

Our "Magic Mouthwash" house formula (viscous lidocaine / diphenhydramine /
aluminum-magnesium hydroxide 1:1:1) now gets 14 days, refrigerated. Update
the label template; old labels say 30 days.

Owen
"""))


@msg("med-sync-program-quarterly", "none", "Aggregate med-sync programme metrics (PDC, enrolment counts); no individual", trap=True)
def _():
    return Mail(A("Hollis Drug Clinical Programs", "clinical@" + HD), A("District 7 pharmacy managers", "d7-rxm@" + HD),
                "Q2 med-sync results - District 7", D(7, 21, 8, 30, tz="CT"),
                T("""District 7 med-sync, Q2 2026

Store   Enrolled  New   PDC statins  PDC RAS  PDC diabetes  Calls made
0412    611       48    89%          90%      86%           1,742
0417    402       21    85%          87%      83%           1,015
0433    288       30    88%          86%      84%             790
District 1,301    99    88%          88%      85%           3,547

Star ratings threshold is 80% PDC for each class. 0417: please review your
sync-date call list, 14% of calls were made after the fill date.
"""))


@msg("ortho-software-training-sandbox", "none", "borderline: software training scenario for a fictional ZZTEST orthodontic patient in a sandbox; no real person", trap=True)
def _():
    return Mail(A("DentiCore Training", "training@" + DC), A("Sandpiper Orthodontics", "office@" + SP),
                "Training homework for Thursday's session (sandbox)", D(2, 24, 15, 0, tz="PT"),
                T("""Hi Sandpiper team,

Before Thursday, please log in to your TRAINING database (orange banner at
the top, never production) and complete this scenario:

1. Open patient ZZTEST, ORTHO KID (chart TR-0001, DOB 01/01/2015).
2. Enter a Class II div 1 diagnosis with 6 mm overjet.
3. Build a treatment plan: D8080 comprehensive ortho, 24 months, $5,800,
   $800 down, 24 payments.
4. Add a bracket-repair appointment and an ortho insurance estimate with a
   $1,500 lifetime max.
5. Print the financial agreement.

We'll review everyone's results together.

DentiCore Training Team
"""))


@msg("lure-encrypted-claim-documents", "none", "Phishing imitating a dental plan's encrypted-document notice with a lookalike host; no care", trap=True)
def _():
    return Mail(A("Tidewell Dental Plan", "notify@tidewell-claims.secure-docs.test"), A("Joanne Pike", "jpike@" + BW),
                "Encrypted message waiting: remittance and claim documents", D(10, 27, 4, 12, tz="+0100"),
                H("""<html><body>
<p>You have received 3 encrypted documents from <b>Tidewell Dental Plan Remittance</b>.</p>
<p>Documents: ERA_Oct2026.pdf, Claim_Adjustments.pdf, Patient_List.xlsx</p>
<p><a href="https://tidewell-claims.secure-docs.test/open?token=7Hc21">Open secure documents</a></p>
<p>Messages expire in 48 hours.</p>
</body></html>
""", cs="utf-8", cte="quoted-printable"))


@msg("dental-lab-monthly-statement", "none", "Dental lab's monthly statement to the practice totalled by product type; business billing", trap=True)
def _():
    return Mail(A("Kestrel Dental Laboratory AR", "ar@" + KD), A("Brightwater Accounts Payable", "ap@" + BW),
                "Statement - October 2026 - acct BW-ELM", D(11, 2, 8, 0),
                T("""KESTREL DENTAL LABORATORY - STATEMENT
Account BW-ELM (Brightwater Dental - Elm Street)    Period 10/01-10/31/2026

Product                              Units   Amount
Full-contour zirconia crown            31    4,030.00
Lithium disilicate crown / veneer      12    2,040.00
PFM crown                               4      540.00
Implant custom abutment + crown         5    2,375.00
Night guard, hard/soft                  9      585.00
Remakes (no charge)                     2        0.00
Rush fees                               3      150.00

Previous balance 9,214.00   Payments -9,214.00   New charges 9,720.00
Amount due 9,720.00 by 11/25. ACH to the account on file.
"""))


@msg("frame-recall-kids-hinge", "none", "Manufacturer recall of a children's frame model by SKU; product traffic", trap=True)
def _():
    return Mail(A("Meridian Optical Supply", "recalls@" + MO), A("Clearview Optical", "optical@" + CV),
                "Product safety notice: PlayFlex Junior frames, hinge screw", D(8, 12, 13, 0, tz="CT"),
                T("""PRODUCT SAFETY NOTICE

Model: PlayFlex Junior PJ-220 and PJ-221, all colours
Manufactured: January-May 2026
Issue: the spring-hinge screw can work loose and the small screw may be a
choking hazard for children under 3.

Action: stop dispensing affected frames. For frames already dispensed,
offer a free hinge replacement; our kit includes thread-locked screws. Your
account shipped 46 units of the affected models.

Return authorization: RA-88210. Questions: 555-0173.
"""))


@msg("audiometer-calibration-due", "none", "Equipment calibration reminder listing device serial numbers; operations", trap=True)
def _():
    return Mail(A("AcoustiCal Services", "service@acoustical.example.net"), A("Beth Carrow", "bcarrow@" + SB),
                "Annual calibration due: 3 audiometers, 1 tympanometer", D(1, 27, 10, 0, tz="CT"),
                T("""Hi Beth,

Annual exhaustive calibration is due on these units:

Booth A  clinical audiometer       S/N AC-7741-0928
Booth B  clinical audiometer       S/N AC-7741-1105
Peds     clinical audiometer + VRA S/N AC-7790-0032
Mobile   tympanometer / reflex     S/N TY-2210-4418

We can do all four on Saturday Feb 14 (booths offline 8-1). Please make sure
the transducers and insert earphones are with the units.

Rick, AcoustiCal Services, 555-0193
"""))


@msg("rx-transfer-request-form-blank", "none", "Blank prescription-transfer request form as a PDF; template with empty fields", trap=True)
def _():
    lines = ["MILLSTONE PHARMACY - PRESCRIPTION TRANSFER REQUEST", "",
             "To pharmacy: ______________________  Phone: ______________  Fax: ______________",
             "Patient name: ______________________  DOB: ____/____/______",
             "Medication / strength: ______________________  Rx #: __________",
             "Prescriber: ______________________  Refills remaining: ____",
             "", "Transferring pharmacist: ______________  Receiving pharmacist: ______________",
             "Controlled substances (CIII-V): one-time transfer only; include DEA # of both pharmacies.",
             "Millstone Pharmacy  212 Quarry St, Hadley Springs  Phone 555-0150  Fax 555-0152"]
    return Mail(A("Owen Pryce", "owen@" + MS), A("Millstone techs", "techs@" + MS),
                "New transfer form - print a stack for the counter", D(5, 26, 9, 45),
                MIX(T("Old form had the wrong fax. New one attached, please toss the old stack.\n\nO.\n"),
                    PDF("transfer_request_form_v3.pdf", lines, flate=True, title="Transfer request form")))


@msg("imaging-cloud-sync-maintenance", "none", "Imaging vendor maintenance notice with aggregate study counts; IT", trap=True)
def _():
    return Mail(A("OptiVault Status", "status@" + OV), A("Clearview IT", "it@" + CV),
                "Completed: OptiVault cloud sync maintenance", D(7, 12, 6, 30, tz="PT"),
                T("""Maintenance completed at 05:58 PT.

During the window 2,314 studies (fundus, OCT, visual fields) from your 4
devices queued locally and have now synced. No studies were lost. Average
sync delay was 3 h 12 min.

If any device still shows "Pending upload" after 09:00, restart the
OptiVault Agent service on the capture workstation.

OptiVault Operations
"""))


@msg("lunch-order-long-disclaimer", "none", "Lunch-order chatter under a long confidentiality disclaimer naming PHI, HIV and substance-use records; no individual", trap=True)
def _():
    return Mail(A("Nadia Ferris", "nferris@" + MS), A("Millstone staff", "staff@" + MS),
                "RE: lunch Thursday", D(9, 16, 11, 3), reply=True,
                body=T("""Thai place it is. I'll collect orders by 11:30 tomorrow. Pad see ew for me.

Nadia Ferris, PharmD | Millstone Pharmacy | 555-0151

CONFIDENTIALITY NOTICE: This message and any attachments may contain
protected health information (PHI), including information about HIV/AIDS
status, mental health, genetic testing, or substance use disorder
treatment protected by 42 CFR Part 2, which prohibits further disclosure
without the specific written consent of the person to whom it pertains. If
you are not the intended recipient, please notify the sender and delete
this message. Unauthorized review, use, disclosure or distribution is
prohibited.

> -----Original Message-----
> From: Owen Pryce
> Sent: Wednesday, September 16, 2026 10:41 AM
> Subject: lunch Thursday
>
> Pharmacy is buying lunch Thursday for the flu clinic crew. Thai or pizza?
"""))


@msg("oral-surgery-referral-form-blank", "none", "Blank oral-surgery referral form as a DOCX; template", trap=True)
def _():
    paras = ["HARBORVIEW ORAL & MAXILLOFACIAL SURGERY - REFERRAL", "Patient name:", "Date of birth:", "Phone:",
             "Insurance / member ID:", "Reason for referral:  [ ] third molars  [ ] implant  [ ] biopsy  [ ] extraction(s)  [ ] other",
             "Teeth:", "Medical alerts / medications:", "Radiographs sent:  [ ] pano  [ ] CBCT  [ ] PA",
             "Referring dentist:", "Signature / date:",
             "Fax to 555-0114 or e-mail surgery@brightwaterdental.example.com"]
    return Mail(A("Theo Marsh", "tmarsh@" + BW), A("Referring offices", "referrers@" + BW),
                "Updated referral form (fillable)", D(3, 3, 8, 15),
                MIX(T("""Colleagues,

We've updated our referral form. It's attached as a Word file you can fill
in and e-mail back. Please send x-rays with it; same-week consults are
available for infections.

Theo Marsh, DDS, MD
Harborview Oral & Maxillofacial Surgery
"""), DOCX("OMS_referral_form_2026.docx", paras)))


@msg("fee-schedule-csv-2027", "none", "Dental plan fee schedule CSV of CDT codes and allowances; no patient", trap=True)
def _():
    csvt = """cdt,description,allowed_2027
D0120,periodic oral evaluation,42.00
D0150,comprehensive oral evaluation,71.00
D0210,intraoral complete series of radiographic images,112.00
D1110,prophylaxis - adult,88.00
D4341,periodontal scaling and root planing - four or more teeth per quadrant,186.00
D4910,periodontal maintenance,121.00
D2740,crown - porcelain/ceramic,912.00
D6010,surgical placement of implant body: endosteal implant,1780.00
D7240,removal of impacted tooth - completely bony,368.00
D9239,intravenous moderate (conscious) sedation/analgesia - first 15 minutes,176.00
"""
    return Mail(A("Tidewell Provider Relations", "providers@" + TD), A("Joanne Pike", "jpike@" + BW),
                "2027 fee schedule - PPO Plus", D(11, 18, 14, 0),
                MIX(T("Joanne, attached is the 2027 PPO Plus fee schedule for your TIN. Effective 1/1/2027.\n\n-- Provider Relations\n"),
                    CSV("Tidewell_PPOPlus_2027.csv", csvt, cte="7bit")))


@msg("pharmacist-contraception-ce", "none", "Board-of-pharmacy CE on pharmacist-prescribed contraception; education", trap=True)
def _():
    return Mail(A("State Pharmacy Association", "ce@pharmacyassoc.example.org"), A("Members", "members@pharmacyassoc.example.org"),
                "Required training: pharmacist-prescribed hormonal contraception (2 hrs CE)", D(2, 9, 12, 0),
                T("""The state's protocol for pharmacist-prescribed hormonal contraception
takes effect July 1. Pharmacists must complete the approved 2-hour training
before prescribing.

The course covers:
- the self-screening questionnaire and the US MEC categories
- blood pressure measurement and referral thresholds
- pills, patch, ring and the injection; emergency contraception options
- counselling, follow-up and documentation; billing codes

Live webinar: March 5, 7 pm, or on demand. $35 members.
https://ce.pharmacyassoc.example.org/hc-protocol
"""))


@msg("journal-club-gjb2-hearing-loss", "none", "Journal-club invite on GJB2 genetic hearing loss literature; education, no patient", trap=True)
def _():
    ics = ICS([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E008000000009A3C2F11",
        "DTSTAMP:20260310T140000Z", "DTSTART:20260326T220000Z", "DTEND:20260326T230000Z",
        "SUMMARY:Journal club - GJB2/GJB6 and pediatric hearing loss",
        "LOCATION:Conference room B / video link",
        "DESCRIPTION:Paper: yield of genetic testing in congenital SNHL. Presenter: Dr. Hana Iwu.",
        "ORGANIZER;CN=Hana Iwu:mailto:hiwu@soundbridgehearing.example.com",
        "ATTENDEE;CN=Audiology;RSVP=TRUE:mailto:audiology@soundbridgehearing.example.com",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    return Mail(A("Hana Iwu", "hiwu@" + SB), A("Audiology", "audiology@" + SB),
                "Journal club: GJB2 and pediatric hearing loss", D(3, 10, 9, 0, tz="CT"),
                MIX(T("""Next journal club: genetic testing yield in congenital sensorineural
hearing loss, with a look at GJB2 (connexin 26) and the new expanded panels.
Pizza provided.
"""), ics))


@msg("prep-clinic-mailbox-thermostat", "none", "Sensitive display name (PrEP & sexual health clinic mailbox) writing to facilities; no individual", trap=True)
def _():
    return Mail(A("PrEP & Sexual Health Clinic - Hollis 0412", "prepclinic0412@" + HD), A("Facilities Work Orders", "facilities@" + HD),
                "Work order: consult room 2 thermostat", D(7, 29, 14, 22, tz="CT"),
                T("""Consult room 2 is sitting at 84F since Monday. Thermostat display
is blank. This is the room we use for all of our walk-in appointments so
it's pretty urgent.

Store 0412, Front St. Contact: Dr. Minji Park 555-0126.
"""))


@msg("county-overdose-dashboard", "none", "County public-health overdose and naloxone dashboard; aggregate", trap=True)
def _():
    return Mail(A("County Health Department", "epi@countyhealth.example.gov.test"), A("Community pharmacy partners", "pharmacy-partners@countyhealth.example.gov.test"),
                "Q3 overdose surveillance and naloxone distribution", D(10, 19, 10, 0),
                T("""Q3 2026 county overdose surveillance (provisional)

Suspected opioid overdose ED visits: 214 (Q2: 241)
Fatal overdoses: 19 (fentanyl involved in 16)
Naloxone kits distributed by partner pharmacies: 1,906
  Millstone Pharmacy 412 | Hollis 0412 318 | Hollis 0417 205 | others 971
Buprenorphine prescriptions filled (unique persons, PDMP): 1,133

Zip codes 58204 and 58211 remain above the county rate. Thank you for
keeping naloxone visible on the counter.
"""))


# ================================================= none: ordinary mail ==
@msg("fire-drill-harborview", "none", "Fire drill notice for staff")
def _():
    return Mail(A("Dee Fontaine", "dfontaine@" + BW), A("Harborview office", "harborview@" + BW),
                "Fire drill Wednesday 10:15", D(3, 23, 8, 5),
                T("""Heads up, the building is running a fire drill Wednesday at 10:15.
Assembly point is the far end of the parking lot by the bank. Hygiene,
please don't seat a 10:00 that needs more than 15 minutes. Takes about 10
minutes.

Dee
"""))


@msg("parking-lot-repaving", "none", "Landlord notice about parking-lot repaving")
def _():
    return Mail(A("Quarry Plaza Management", "manager@quarryplaza.example.com"), A("Quarry Plaza tenants", "tenants@quarryplaza.example.com"),
                "Parking lot repaving June 6-7", D(5, 28, 16, 0),
                T("""Tenants,

The north lot will be closed Saturday June 6 and Sunday June 7 for
sealcoating and restriping. Please use the south lot and the street. Signs
go up Thursday. Vehicles left in the north lot Friday night will be towed.

Quarry Plaza Management, 555-0194
"""))


@msg("mfa-enrolment-reminder", "none", "IT reminder to enrol in multi-factor authentication")
def _():
    return Mail(A("Clearview IT", "it@" + CV), A("All Clearview staff", "allstaff@" + CV),
                "Reminder: set up MFA by Friday", D(1, 12, 9, 0, tz="CT"),
                T("""If you haven't enrolled in multi-factor authentication yet, you will be
prompted at your next login and won't be able to skip it after Friday.

1. Install the authenticator app on your phone.
2. Go to https://mfa.clearvieweye.example.org and scan the code.
3. Keep the backup codes somewhere safe (not on a sticky note on the monitor).

Help: ext 4400.
"""))


@msg("staff-meeting-agenda", "none", "Staff meeting agenda with no patient items")
def _():
    return Mail(A("Tasha Greer", "tgreer@" + BW), A("Brightwater managers", "managers@" + BW),
                "Managers' meeting agenda - Tue 4/14", D(4, 10, 15, 0),
                T("""Agenda, Tuesday 4/14, 7:30 am, Elm St lunchroom

1. Q1 production vs goal, by office (Joanne)
2. New phone tree go-live
3. Summer schedule and hygiene coverage
4. Sterilization room audit results
5. Holiday party venue

Coffee's on me.
Tasha
"""))


@msg("w9-request-vendor", "none", "Accounts payable asking a vendor for a W-9")
def _():
    return Mail(A("Brightwater Accounts Payable", "ap@" + BW), A("Pristine Janitorial", "billing@pristinejanitorial.example.com"),
                "W-9 needed before we can pay invoice 2231", D(2, 18, 11, 0),
                T("""Hi,

We can't release payment on invoice 2231 until we have a current W-9 on
file. Please send it to this address. Remit address on the invoice is also
different from our vendor record; please confirm which is correct.

Thank you,
Accounts Payable, Brightwater Dental Group
"""))


@msg("holiday-party-rsvp", "none", "Holiday party RSVP request")
def _():
    return Mail(A("Clearview Social Committee", "social@" + CV), A("All Clearview staff", "allstaff@" + CV),
                "Holiday party - RSVP by Dec 4", D(11, 20, 12, 0, tz="CT"),
                T("""The holiday party is Saturday, December 12, 7 pm at the Lakeside Room.
Partners welcome. Dinner choices: salmon, short rib, or mushroom risotto.
RSVP with your choice by December 4. Ugly sweater contest, prizes!
"""))


@msg("pm-software-license-quote", "none", "Software licence renewal quote between businesses")
def _():
    return Mail(A("DentiCore Accounts", "accounts@" + DC), A("Joanne Pike", "jpike@" + BW),
                "Quote Q-26-5581: 2027 license renewal", D(10, 8, 13, 0, tz="PT"),
                T("""Hi Joanne,

Your 2027 renewal quote:

DentiCore Enterprise, 3 locations, 42 named users     $28,560.00
Imaging bridge (OptiVault) add-on                     $ 1,800.00
eRx / EPCS add-on, 6 prescribers                      $ 2,160.00
Multi-year discount (3-year term)                     -$3,252.00
Total annual                                          $29,268.00

Quote valid until November 30.

Kyle Brennan, Account Manager, DentiCore
"""))


# ================================================================ phi (A) ==
@msg("interface-queue-held-oru", "phi", "Interface error alert whose attached HL7 ORU carries a named patient's MRN, DOB and diabetic retinopathy grading", where="attachment:hl7")
def _():
    segs = [
        "MSH|^~\\&|OPTIVAULT|CVE_RETINA|TESSAREX|CLEARVIEW|20260318141207||ORU^R01^ORU_R01|OV2603181412070093|P|2.5.1",
        "PID|1||CVE00482217^^^CVE^MR||TULL^MARJORIE^A||19580704|F|||41 Tern Ct^^Marlowe Bay^^58211",
        "PV1|1|O|HARBOR^RETINA||||%s^AMES^PRIYA^^^^^^NPI" % NPI_AMES,
        "OBR|1|CV-77120|OV-5521934|92250^Fundus photography with interpretation^CPT|||20260318133000||||||||%s^BRANDT^COLIN" % NPI_BRANDT,
        "OBX|1|TX|RETINA-OD^Right eye^L||Moderate nonproliferative diabetic retinopathy, scattered dot-blot hemorrhages, no CSME||||||F",
        "OBX|2|TX|RETINA-OS^Left eye^L||Mild NPDR, few microaneurysms||||||F",
        "OBX|3|TX|PLAN^Plan^L||Refer retina, OCT macula in 4 months, letter to PCP||||||F",
    ]
    return Mail(A("Integration Alerts", "alerts@" + OV), A("Clearview IT", "it@" + CV),
                "[HELD] 1 message in queue CVE_RETINA_OUT - OBR-16 provider not found", D(3, 18, 14, 13, tz="CT"),
                MIX(T("""Queue:        CVE_RETINA_OUT
Held since:   2026-03-18 14:12:07 CDT
Error:        OBR-16 ordering provider not found in provider master
Retries:      3 of 3

The held message is attached. Correct the provider master or resubmit with
an override from the OptiVault console.
"""), HL7("OV2603181412070093.hl7", segs)))


@msg("hygiene-recall-dana", "phi", "Recall e-mail to a named patient about her overdue cleaning, x-rays and a crown left untreated", where="body")
def _():
    return Mail(A("Brightwater Dental - Oak Ridge", "oakridge@" + BW), A("Dana Whitlock", "dana.whitlock@" + GM),
                "Dana, you're overdue for your cleaning", D(2, 2, 10, 14),
                T("""Hi Dana,

It's been 9 months since your last cleaning with Kelsey (May 12). You're
due for your cleaning, exam and bitewing x-rays, and Dr. Lindqvist would
also like to get the crown on your lower left molar (#19) scheduled; the
temporary filling we placed in May isn't meant to last this long.

We have openings Thursday 2/5 at 8:00 or Monday 2/9 at 3:30. Reply to this
e-mail or call us at 555-0117.

Your insurance shows 2 cleanings remaining this year.

Brightwater Dental - Oak Ridge
"""))


@msg("perio-recheck-okafor-shorthand", "phi", "Hygienist's shorthand perio findings and SRP plan for a named patient", where="body:shorthand")
def _():
    return Mail(A("Kelsey Nguyen, RDH", "knguyen@" + BW), A("Dr. Signe Lindqvist", "slindqvist@" + BW),
                "Okafor perio", D(4, 9, 12, 40),
                T("""Dr L - M. Okafor (Martin, 2pm today) full perio chart done.

PD 4-6mm UR + LL posteriors, 7mm DL #30, BOP 38%, Class I furc #3 #14,
mobility 1 #24 #25. Heavy subg calc LL. Last FMX 2023 so took new.
A1c 8.4 per his PCP (he brought the printout). Smokes ~1/2 ppd.

Rec: SRP 4 quads (D4341 x4) 2 visits w/ Arestin #30, re-eval 6 wks, then
D4910 q3mo. He's ok w/ plan, wants estimate first - sending pre-auth to
Tidewell. Pls sign off on chart when you can.

K
"""))


@msg("treatment-estimate-attached", "phi", "Treatment-plan estimate PDF (name, DOB, member ID, implant and crown codes, patient portion) in the attachment only", where="attachment:pdf")
def _():
    lines = ["BRIGHTWATER DENTAL GROUP - ELM STREET", "TREATMENT PLAN AND ESTIMATE        Printed 06/02/2026", "",
             "Patient: Gloria Estrada-Munn      DOB: 11/30/1969      Chart: BW-118204",
             "Insurance: Tidewell Dental PPO Plus   Member ID: TDW-40917-22 (subscriber)", "",
             "Phase 1",
             "  D7140  Extraction #19, erupted tooth ..................... $210.00  Ins $168.00  Pt $42.00",
             "  D7953  Bone graft #19 socket .............................. $480.00  Ins $0.00    Pt $480.00",
             "Phase 2 (3-4 months later)",
             "  D6010  Implant body #19 ................................. $2,150.00 Ins $890.00  Pt $1,260.00",
             "  D6057  Custom abutment #19 ................................ $620.00  Ins $248.00  Pt $372.00",
             "  D6065  Implant crown #19, porcelain ...................... $1,340.00 Ins $0.00    Pt $1,340.00",
             "  D2740  Crown #18, porcelain/ceramic ...................... $1,180.00 Ins $0.00    Pt $1,180.00", "",
             "Annual maximum $1,500 (remaining $1,306). Estimates are not a guarantee of payment.",
             "Patient total estimate: $4,674.00. Financing available.",
             "Provider: Miriam Adler, DDS  NPI " + NPI_ADLER]
    return Mail(A("Carmen Ruiz", "cruiz@" + BW), A("", "gloria.em@" + GN),
                "The estimate we talked about", D(6, 2, 16, 5),
                MIX(T("""Hi Gloria,

Here's the estimate we went over today. Take your time, and call me if you
want to talk through the payment options.

Carmen
Treatment Coordinator, Brightwater Elm Street
555-0112
"""), PDF("Estimate_BW-118204.pdf", lines, title="Treatment plan")))


@msg("preauth-implant-tidewell-form", "phi", "Pre-authorisation request form to the dental plan with member ID, DOB, CDT codes and narrative", where="body:form")
def _():
    return Mail(A("Brightwater Insurance Desk", "insurance@" + BW), A("Tidewell Pre-Authorization", "preauth@" + TD),
                "Pre-authorization request - member TDW-77310-01", D(4, 13, 9, 20),
                T("""PRE-AUTHORIZATION REQUEST

Subscriber / patient:  Martin Okafor          DOB: 08/14/1961
Member ID:             TDW-77310-01           Group: 40221 (Quarry Mills)
Treating dentist:      Signe Lindqvist, DDS   NPI: %s
Office:                Brightwater Dental - Oak Ridge, TIN on file

Procedures requested
  Code    Tooth/Quad  Description                              Fee
  D4341   UR          SRP 4+ teeth per quadrant                 $236
  D4341   UL          SRP 4+ teeth per quadrant                 $236
  D4341   LL          SRP 4+ teeth per quadrant                 $236
  D4341   LR          SRP 4+ teeth per quadrant                 $236
  D4381   #30         local antimicrobial, per tooth            $98

Narrative: generalized stage III grade C periodontitis. Probing depths 4-7
mm in all quadrants, BOP 38%%, radiographic horizontal bone loss 30-40%%.
Type 2 diabetes (A1c 8.4), current smoker. Perio chart and FMX dated
04/09/2026 attached in the portal upload (ref PA-UP-55281).

Contact: Joanne Pike, 555-0111
""" % NPI_LINDQ))


@msg("vision-eob-html-statement", "phi", "HTML-only vision-plan EOB naming the member with claim number, exam and lens charges", where="html-only")
def _():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><b>Lumen Vision Plan &ndash; Explanation of Benefits</b><br>This is not a bill.</p>
<p>Member: <b>Ravi Chandrasekar</b> &nbsp; Member ID: LVP-3309-81275-02<br>
Patient: Ananya Chandrasekar (dependent, age 9)<br>
Claim number: LV26-0812-004417 &nbsp; Date of service: 08/04/2026<br>
Provider: Clearview Eye Associates &ndash; Harbor Rd</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Service</th><th>Billed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>Comprehensive eye exam with dilation (92014)</td><td>$165.00</td><td>$155.00</td><td>$10.00</td></tr>
<tr><td>Polycarbonate single-vision lenses, children</td><td>$120.00</td><td>$120.00</td><td>$0.00</td></tr>
<tr><td>Myopia-control lens upgrade</td><td>$180.00</td><td>$0.00</td><td>$180.00</td></tr>
<tr><td>Frame (allowance $130)</td><td>$149.00</td><td>$130.00</td><td>$19.00</td></tr>
</table>
<p>Remark M-18: myopia-control lenses are not a covered benefit under your plan.</p>
<p>Questions? 555-0146 &middot; <a href="https://members.lumenvision.example.org">members.lumenvision.example.org</a></p>
</body></html>
"""
    return Mail(A("Lumen Vision Plan", "eob@" + LV), A("Ravi Chandrasekar", "ravi.c@" + GM),
                "Your Explanation of Benefits is ready", D(8, 21, 5, 0, tz="CT"), H(html, cs="utf-8", cte="quoted-printable"))


@msg("dental-eob-base64-text", "phi", "Dental-plan EOB in a base64 body: member, claim number, extraction and sedation, amounts owed", where="body:base64")
def _():
    return Mail(A("Tidewell Dental Plan", "statements@" + TD), A("Luis Barragan", "lbarragan@" + GN),
                "Tidewell EOB - claim TD26-3318-77021", D(9, 30, 3, 15),
                T("""TIDEWELL DENTAL PLAN - EXPLANATION OF BENEFITS
This is not a bill.

Subscriber: Luis Barragan            Member ID: TDW-51184-00
Patient:    Mateo Barragan (son)     DOB: 02/19/2008
Claim:      TD26-3318-77021          Received: 09/14/2026
Provider:   Theo Marsh, DDS, MD - Harborview Oral & Maxillofacial Surgery

DOS        Code   Description                         Billed   Allowed  Paid    You owe
09/08/26   D7240  Removal impacted tooth, bony #1     520.00   368.00   294.40  73.60
09/08/26   D7240  Removal impacted tooth, bony #16    520.00   368.00   294.40  73.60
09/08/26   D7230  Removal impacted tooth, partial #17 430.00   301.00   240.80  60.20
09/08/26   D7230  Removal impacted tooth, partial #32 430.00   301.00   240.80  60.20
09/08/26   D9239  IV sedation, first 15 min           265.00   176.00   0.00    176.00
09/08/26   D9243  IV sedation, each add'l 15 min      390.00   264.00   0.00    264.00

Remark S-04: IV sedation is covered only when medically necessary; no
documentation was received. You may appeal within 180 days.
Total you owe the provider: $707.60
""", cs="utf-8", cte="base64"))


@msg("lab-case-crown-docx", "phi", "Dental-lab prescription DOCX names the patient with tooth, shade and bruxism note; the body says only 'case attached'", where="attachment:docx")
def _():
    paras = ["KESTREL DENTAL LABORATORY - CASE PRESCRIPTION", "Doctor: Kwame Osei, DMD - Brightwater Harborview",
             "Patient: Beatriz Salgado      Age: 34      Case due: 07/17/2026",
             "Tooth #8: full-contour lithium disilicate crown. Shade A2 body, B1 incisal third, slight translucency.",
             "Tooth #9: veneer, match #8. Existing composite on #9 removed at prep.",
             "Margins: chamfer, 0.5 mm subgingival facial. Digital impression uploaded 07/06.",
             "Note: patient grinds at night (bruxism) - please send a hard night guard with the case.",
             "Photos with shade tab attached to the scan."]
    return Mail(A("Harborview Front Desk", "harborview@" + BW), A("Kestrel Case Intake", "cases@" + KD),
                "New case - Dr. Osei", D(7, 6, 15, 40),
                MIX(T("New case from Dr. Osei, Rx attached. Scan is in the portal under the same date.\n\nThanks,\nLily\n"),
                    DOCX("Rx_Osei_0706_case.docx", paras)))


@msg("third-molar-referral-letter", "phi", "Dentist's referral letter to the oral surgeon describing a named teenager's impacted third molars and medical history", where="body")
def _():
    return Mail(A("Dr. Kwame Osei", "kosei@" + BW), A("Dr. Theo Marsh", "tmarsh@" + BW),
                "Referral: Mateo Barragan, third molars", D(8, 11, 11, 2),
                T("""Theo,

Referring Mateo Barragan (DOB 02/19/2008), 18, for evaluation and removal
of all four third molars. Pano from today shows #1 and #16 fully bony
impacted, #17 and #32 mesioangular and partially erupted with a
pericoronitis flare on #32 last month, treated with amoxicillin.

Medical: mild asthma (albuterol as needed), no allergies, no other meds.
He is very anxious and his dad asked about IV sedation. Dad is Luis,
555-0128, and the plan is Tidewell.

Pano uploaded to the shared imaging folder. Thanks for seeing him.

Kwame Osei, DMD
Brightwater Dental - Harborview
"""))


@msg("post-extraction-hydrocodone-check", "phi", "borderline: post-extraction check naming the patient with hydrocodone for surgical pain; opioid analgesia after surgery is phi, not substance-use treatment", where="body")
def _():
    return Mail(A("Harborview OMS Nurse Line", "omsnurse@" + BW), A("Dr. Theo Marsh", "tmarsh@" + BW),
                "Barragan post-op day 2", D(9, 10, 9, 40),
                T("""Dr. Marsh,

Called Mateo Barragan (4 thirds under IV sedation 9/8). Swelling peaked
yesterday, moderate, no fever. Using the ibuprofen 600 q6h around the clock
and has taken 3 of the 8 hydrocodone/APAP 5/325 for night pain. Mild
bleeding stopped with gauze. Mom asked if he can go back to school
Thursday, told her yes if he's off the hydrocodone.

Reminded: no straws, salt water rinses, irrigating syringe starts day 4.
Post-op visit 9/15 at 10:20.

Pam Trent, RN
"""))


@msg("mom-broken-bracket-phone", "phi", "Mother's phone-typed note to the orthodontist about her son's broken bracket and poking wire", where="body:family")
def _():
    return Mail(A("Shawna Pell", "shawnapell@" + GM), A("Sandpiper Orthodontics", "office@" + SP),
                "Eli bracket", D(10, 13, 21, 47, tz="CT"),
                T("""Hi its Shawna, Eli Pell's mom. He popped a bracket off the bottom
front tooth eating a granola bar (I know I know) and now the wire is
poking his cheek and its bleeding a bit. I put the wax on it. Does he need
to come in before his adjustment on the 28th?? He has a band concert
thursday and plays trumpet so I'm kind of panicking lol

Sent from my iPhone
"""))


@msg("ortho-account-past-due", "phi", "Orthodontic billing notice with account number and the treatment being paid for", where="body")
def _():
    return Mail(A("Sandpiper Orthodontics Billing", "billing@" + SP), A("Kevin Marsh-Tolliver", "kmt@" + GN),
                "Account 20-41187: payment past due", D(5, 4, 8, 0, tz="CT"),
                T("""Dear Kevin,

The May payment for Harper's clear aligner treatment is past due.

Account:        20-41187
Patient:        Harper Marsh-Tolliver
Treatment:      comprehensive orthodontic treatment, clear aligners
                (start 09/2025, 22 months)
Contract total: $6,200.00   Insurance paid to date: $750.00
Monthly:        $185.00     Past due: $185.00

You can pay at https://pay.sandpiperortho.example.com or call 555-0138.
If automatic payments failed because of a new card, please update it in
the portal.

Sandpiper Orthodontics
"""))


@msg("iop-up-start-latanoprost-shorthand", "phi", "Optometrist's shorthand note to the ophthalmologist: named patient's IOP, cup-to-disc ratio and glaucoma treatment", where="body:shorthand")
def _():
    return Mail(A("Colin Brandt, OD", "cbrandt@ridgewayoptometry.example.com"), A("Dr. Priya Ames", "pames@" + CV),
                "Glaucoma referral - Deshawn Maddox", D(5, 20, 17, 30, tz="CT"),
                T("""Priya,

Deshawn Maddox, 52M, DOB 10/03/1973. Tmax today 28 OD / 31 OS (GAT, 10:40am),
CCT 512/508. C/D 0.65 OD, 0.75 OS w/ inferior notch OS, DH OS at 5:30.
OCT RNFL thinning inf OS, borderline OD. HVF 24-2 superior arcuate OS,
reliable. Angles open on gonio. FHx: mother blind from glaucoma.

Started latanoprost 0.005% qhs OU today. Would appreciate your eval re SLT
vs continue drops. He prefers morning appts.

Colin Brandt, OD - Ridgeway Optometry, 555-0161
"""))


@msg("surgery-day-calendar-hold", "phi", "ICS invitation for a named patient's cataract surgery with arrival and fasting instructions; the body says only 'invite attached'", where="attachment:ics")
def _():
    ics = ICS([
        "BEGIN:VCALENDAR", "PRODID:-//Clearview//Surgery Scheduler 4.2//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:asc-20260303-0715-halvorsen@clearvieweye.example.org",
        "DTSTAMP:20260212T160000Z", "DTSTART:20260303T124500Z", "DTEND:20260303T150000Z",
        "SUMMARY:Cataract surgery right eye - Ingrid Halvorsen (Dr. Ames)",
        "LOCATION:Clearview Surgery Center\\, 900 Harbor Rd\\, suite 200",
        "DESCRIPTION:Arrive 6:45 am. Nothing to eat or drink after midnight. Take blood pressure pills with a sip of water. Keep taking tamsulosin and tell the nurse you take it. Start the antibiotic drops 3 days before. A driver must stay. Lens: toric IOL.",
        "ORGANIZER;CN=Clearview Surgery Scheduling:mailto:surgery@clearvieweye.example.org",
        "ATTENDEE;CN=Solveig Halvorsen;RSVP=TRUE:mailto:solveig.h@mail.example.com",
        "END:VEVENT", "END:VCALENDAR"], name="surgery.ics")
    return Mail(A("Clearview Surgery Scheduling", "surgery@" + CV), A("Solveig Halvorsen", "solveig.h@" + GM),
                "Calendar hold for March 3", D(2, 12, 10, 0, tz="CT"),
                MIX(T("""Hi Solveig,

As promised on the phone, here's the calendar hold for your mom's day at
the surgery center. Please add it to your calendar.

Maria, Surgery Scheduling
"""), ics))


@msg("eye-exam-report-to-pcp", "phi", "Flate-compressed PDF letter to the primary-care doctor with a named patient's diabetic eye exam findings; the body is generic", where="attachment:pdf-flate")
def _():
    lines = ["CLEARVIEW EYE ASSOCIATES - DIABETIC EYE EXAMINATION REPORT", "",
             "To: Anita Rowe, MD, Quarry Family Practice         Date of exam: 04/22/2026",
             "Patient: Raymond Achebe      DOB: 03/22/1961      MRN: CVE00519930", "",
             "Visual acuity (cc): 20/25 OD, 20/30 OS.  IOP 16/17.",
             "Dilated fundus exam and widefield imaging:",
             "  OD: mild nonproliferative diabetic retinopathy, no macular edema",
             "  OS: mild NPDR, no macular edema; early nuclear sclerotic cataract",
             "OCT macula: normal foveal contour OU.", "",
             "Impression: E11.3293 type 2 diabetes with mild NPDR without macular edema, bilateral.",
             "Plan: repeat dilated exam in 12 months. Improved glucose and blood pressure control",
             "lowers the risk of progression (A1c 8.1 per your last note).", "",
             "Colin Brandt, OD, for Priya Ames, MD"]
    return Mail(A("Clearview Eye Records", "records@" + CV), A("Quarry Family Practice", "referrals@quarryfp.example.com"),
                "Eye exam report", D(4, 23, 8, 10, tz="CT"),
                MIX(T("Please see the attached report for your patient seen yesterday. Fax 555-0135 if you prefer paper.\n\nClearview Eye Records\n"),
                    PDF("report_0422.pdf", lines, flate=True, title="Eye examination report")))


@msg("optical-lab-job-batch-csv", "phi", "Optical-lab job batch CSV listing named patients with their spectacle prescriptions", where="attachment:csv")
def _():
    csvt = """job,patient,od_sph,od_cyl,od_axis,os_sph,os_cyl,os_axis,add,pd,lens,frame
CV-1187,"Fisk, Gordon",-2.25,-0.75,175,-2.50,-0.50,005,+2.25,63,PAL 1.67 AR,Heritage 54-18
CV-1188,"Tran, Linh",-5.75,-1.25,090,-6.00,-1.00,085,,60,SV 1.74 AR blue,Lumo 50-17
CV-1189,"Achebe, Raymond",+1.50,-0.50,100,+1.75,-0.75,080,+2.50,66,PAL poly AR,Carter 56-19
CV-1190,"Chandrasekar, Ananya",-1.75,,,-2.00,-0.25,180,,54,Myopia control poly,Kid Flex 46-15
CV-1191,"Voss, Eleanor",+3.25,-1.00,010,+3.00,-1.25,170,+2.75,61,PAL 1.60 transitions,Aria 52-17
"""
    return Mail(A("Clearview Optical", "optical@" + CV), A("Prism Optical Lab Orders", "orders@" + PO),
                "Batch 0504 - 5 jobs", D(5, 4, 17, 55, tz="CT"),
                MIX(T("5 jobs for tomorrow's pickup. Same-day on CV-1190 please, she broke her only pair.\n\nDarnell\n"),
                    CSV("batch_0504.csv", csvt)))


@msg("oct-bundle-unmatched-study", "phi", "FHIR bundle attachment with a named patient, MRN, DOB and an OCT report of diabetic macular edema", where="attachment:fhir")
def _():
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": "2026-06-30T15:02:11-05:00",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "p1",
                          "identifier": [{"system": "https://fhir.clearvieweye.example.org/sid/mrn", "value": "CVE00533871"}],
                          "name": [{"family": "Okonjo-Hart", "given": ["Felicia"]}], "birthDate": "1966-12-09", "gender": "female"}},
            {"resource": {"resourceType": "DiagnosticReport", "id": "r1", "status": "final",
                          "code": {"text": "OCT macula, both eyes"}, "subject": {"reference": "Patient/p1"},
                          "effectiveDateTime": "2026-06-30T14:40:00-05:00",
                          "conclusion": "Center-involving diabetic macular edema OD, central subfield thickness 412 um. OS normal. Recommend anti-VEGF evaluation."}},
            {"resource": {"resourceType": "Observation", "id": "o1", "status": "final",
                          "code": {"text": "Central subfield thickness OD"}, "subject": {"reference": "Patient/p1"},
                          "valueQuantity": {"value": 412, "unit": "um"}}},
        ]}
    return Mail(A("OptiVault Support", "support@" + OV), A("Renata Cole", "rcole@" + CV),
                "Ticket 88412 - study did not match a chart", D(6, 30, 15, 20, tz="CT"),
                MIX(T("""Renata,

Per ticket 88412, the study that failed to match is exported below as a
FHIR bundle so you can reconcile it by hand. The demographic match failed
on the hyphenated last name. Once it's merged in your EHR, reply and we'll
close the ticket.

OptiVault Support
"""), FHIR("ticket88412_bundle.json", bundle)))


@msg("your-hearing-test-results", "phi", "Audiologist writes to the patient about his audiogram results and hearing-aid options", where="body")
def _():
    return Mail(A("Dr. Luis Moreno, AuD", "lmoreno@" + SB), A("Walt Brennan", "waltbrennan@" + GM),
                "Your hearing test from Tuesday", D(3, 5, 14, 20, tz="CT"),
                T("""Hi Walt,

As promised, here's a summary of your hearing test from Tuesday.

Both ears show a mild sloping to moderately-severe sensorineural hearing
loss, a little worse on the left, mostly in the high pitches, which is why
women's and children's voices and restaurants are hardest. Word
recognition was good (88% right, 84% left). Your eardrums and middle ears
are normal, and the ringing you mentioned fits this pattern.

My recommendation is a pair of receiver-in-canal hearing aids with a
30-day trial. Your Medicare Advantage plan has a $1,250 per ear hearing
aid benefit.

I've booked your fitting for March 19 at 1:00. Bring your wife if she can
come.

Luis Moreno, AuD
Soundbridge Audiology & Hearing, 555-0136
"""))


@msg("hearing-aid-repair-ticket", "phi", "borderline: repair ticket names the patient and her prescribed hearing aid with her loss and a loaner fitting", where="body:form")
def _():
    return Mail(A("Soundbridge Repairs", "repairs@" + SB), A("Tamsin Roe", "troe@" + SB),
                "Repair RMA 26-3317 back from manufacturer", D(7, 7, 11, 0, tz="CT"),
                T("""RMA 26-3317 returned - ready for pickup

Patient:   Corinne Delacroix (chart SB-20418)
Device:    left RIC aid, S/N 7FX-281190, fitted 11/2024
Complaint: intermittent, dead after swimming
Repair:    receiver and microphone replaced, new shell; 1-yr repair warranty
Notes:     she's on the loaner (programmed to her 11/2025 audiogram, moderate
           flat SNHL L). Needs a real-ear check when she picks up, book 30 min.

Tamsin, can you call her? Mobile 555-0125.
"""))


@msg("re-tinnitus-thursday", "phi", "Short reply over a quoted original in which the patient describes his tinnitus and sleep problems", where="quoted")
def _():
    return Mail(A("Gia Russo", "gia.r@" + SB), A("Alan Whitcombe", "alan.whitcombe@" + GM),
                "Re: ringing is worse", D(8, 18, 10, 5, tz="CT"), reply=GM,
                body=T("""Hi Alan, yes, Thursday at 2:40 with Dr. Iwu works. See you then.

Gia, front desk

On Mon, Aug 17, 2026 at 9:52 PM Alan Whitcombe <alan.whitcombe@mail.example.com> wrote:
> Hi, the ringing in my right ear has gotten a lot louder since the
> flight back from Denver two weeks ago, and now there's a whooshing that
> goes with my heartbeat when I lie down. The sound generator setting on
> my hearing aids isn't helping anymore and I'm sleeping maybe 4 hours. Can
> I see Dr. Iwu this week? Thursday afternoon would be best.
>
> Alan Whitcombe
"""))


@msg("cochlear-candidacy-referral", "phi", "Audiology referral to an implant surgeon with a named patient's speech-test scores and candidacy", where="body")
def _():
    return Mail(A("Dr. Hana Iwu, AuD", "hiwu@" + SB), A("Otology Scheduling - Marlowe ENT", "otology@marloweent.example.com"),
                "CI candidacy referral: Rosalind Achterberg, 71", D(6, 24, 13, 10, tz="CT"),
                T("""Hello,

Referring Rosalind Achterberg, DOB 05/09/1955, for cochlear implant
surgical consultation.

Progressive bilateral SNHL, now severe-to-profound in both ears. With
well-fitted power BTE aids (verified with real-ear last month): AzBio
sentences in quiet 31% right, 22% left, 28% binaural; CNC words 24%
right, 16% left. She meets candidacy for the left ear. CT/MRI not yet done.

She is highly motivated, lives with her husband, and has Medicare plus a
supplement. She relies on lipreading and stopped going to church because
she can't follow.

Hana Iwu, AuD - Soundbridge Audiology & Hearing, 555-0131
"""))


@msg("diabetic-foot-exam-shorthand", "phi", "Podiatry shorthand foot exam for a named patient: neuropathy, pulses, callus, A1c, shoe order", where="body:shorthand")
def _():
    return Mail(A("Dr. Anika Sorensen, DPM", "asorensen@" + FH), A("Fernhill MA team", "ma@" + FH),
                "Gerald Kim - f/u and shoes", D(10, 6, 16, 15),
                T("""For tomorrow's chart prep / shoe order:

G. Kim 68M DM2 x20y, A1c 9.2 (9/26). Monofil 4/10 L, 6/10 R. DP 1+ L, PT
nonpalp L, R 2+. Pre-ulcerative callus sub 1st met head L debrided, no
open area. Hammertoes 2-4 bilat. Hx L hallux ulcer 2024 healed.

Risk cat 3. Order depth shoes + 3 pair custom inserts (A5500/A5513),
cert statement to Dr. Rowe for signature. RTC 6 wks, sooner if any
drainage. Pt counseled daily foot checks, daughter helps.

AS
"""))


@msg("orthotics-claim-submission", "phi", "Orthotics claim form to a commercial insurer with name, DOB, member ID, diagnosis and HCPCS codes", where="body:form")
def _():
    return Mail(A("Fernhill Billing", "billing@" + FH), A("Northbay Health Plan Claims", "claims@northbayplan.example.com"),
                "Claim submission with attachment request - member NBH-220913-04", D(3, 27, 10, 45),
                T("""CLAIM SUMMARY (electronic claim 837P sent 03/27; documentation below)

Patient:       Teresa Wojcik          DOB: 07/01/1979
Member ID:     NBH-220913-04          Claim ref: FFA-26-01882
Rendering:     Anika Sorensen, DPM    Fernhill Foot & Ankle

DOS       HCPCS  Mod  Dx        Description                        Charge
03/12/26  L3020  RT   M72.2     Custom foot orthotic, molded       $310.00
03/12/26  L3020  LT   M72.2     Custom foot orthotic, molded       $310.00
02/13/26  99203       M72.2     New patient visit, heel pain       $185.00

Clinical: bilateral plantar fasciitis x 8 months, failed 12 weeks of
stretching, OTC inserts, NSAIDs and a night splint. Cast 02/13, dispensed
03/12.

Fernhill Billing, 555-0162
"""))


@msg("refill-ready-pickup", "phi", "Pharmacy tells the patient by name that her atorvastatin and metformin refills are ready", where="body")
def _():
    return Mail(A("Millstone Pharmacy", "refills@" + MS), A("Dolores Kaminski", "dkaminski@" + GM),
                "Your prescriptions are ready for pickup", D(1, 16, 11, 30),
                T("""Hi Dolores,

Your prescriptions are ready at Millstone Pharmacy:

  Atorvastatin 40 mg, 90 tablets  (Rx 6104482)   copay $0.00
  Metformin ER 500 mg, 180 tablets (Rx 6104483)  copay $0.00

We'll hold them until January 26. Reply STOP to stop these e-mails, or
call 555-0150.

Millstone Pharmacy, 212 Quarry St
"""))


@msg("transfer-request-two-rx", "phi", "Pharmacy-to-pharmacy transfer request with patient name, DOB and medicines", where="body")
def _():
    return Mail(A("Hollis Drug 0417 Pharmacy", "rx0417@" + HD), A("Millstone Pharmacy", "rx@" + MS),
                "Transfer request", D(4, 4, 10, 12, tz="CT"),
                T("""Good morning,

Requesting transfer of the following to Hollis Drug #0417 (NCPDP 5510422,
phone 555-0178, fax 555-0180):

Patient: Henry Oduya, DOB 12/11/1948
- lisinopril 20 mg daily, your Rx 6098811
- tamsulosin 0.4 mg at bedtime, your Rx 6098812
- latanoprost 0.005% eye drops, 1 drop each eye at night, your Rx 6098830

He's moved in with his daughter on the east side. Please fax the transfer
or call with the info.

Thanks,
Priscilla Ng, RPh
"""))


@msg("shingrix-second-dose-notice", "phi", "Pharmacy immunisation notice to the PCP (quoted-printable) with name, DOB, vaccine, lot and site", where="body:qp")
def _():
    return Mail(A("Hollis Drug 0412 Immunizations", "immunize0412@" + HD), A("Quarry Family Practice", "referrals@quarryfp.example.com"),
                "Immunization administered - notification to primary care", D(11, 12, 15, 5, tz="CT"),
                T("""Notification of vaccine administration

Patient:        Beverly Achterberg
DOB:            01/28/1952
PCP:            Anita Rowe, MD
Vaccine:        Zoster vaccine recombinant, adjuvanted (Shingrix) – dose 2 of 2
Date given:     11/12/2026 14:40
Lot:            7Z9K3 (exp 2028-04)
Site/route:     left deltoid, IM, 0.5 mL
Given by:       Minji Park, PharmD
Reaction:       none observed during 15-minute wait

Dose 1 was given here on 05/06/2026. Series complete. Reported to the state
immunization registry.
""", cs="utf-8", cte="quoted-printable"))


@msg("magic-mouthwash-radiation", "phi", "Compounding pharmacist to an oncology nurse about a named patient's mouthwash for radiation mucositis", where="body")
def _():
    return Mail(A("Owen Pryce, PharmD", "owen@" + MS), A("Jolene Markey, RN", "jmarkey@marlowecancer.example.org"),
                "Re: mouthwash for Mr. Haddad", D(2, 25, 13, 30), reply="marlowecancer.example.org",
                body=T("""Jolene,

Got Dr. Sato's order for Samir Haddad. The lidocaine/diphenhydramine/
antacid mouthwash is ready, 240 mL, swish and spit 10 mL every 4 hours as
needed, refrigerate, good for 14 days. I left out the nystatin since he's
already on fluconazole for the thrush.

His wife said he's barely eating with the sores from radiation, so I also
gave her some Biotène samples. His copay was $0 since it's billed to the
compounding benefit.

Owen
""", cs="utf-8"))


@msg("med-sync-enrolment-form", "phi", "Med-sync enrolment form listing a named patient's medicines and sync date", where="body:form")
def _():
    return Mail(A("Hollis Drug 0412", "rx0412@" + HD), A("Ada Lindqvist-Moore", "ada.lm@" + GN),
                "Your Med Sync enrollment is complete", D(6, 22, 9, 10, tz="CT"),
                T("""Hi Ada, welcome to Med Sync! Here is what we'll fill together each month.

Sync date: the 3rd of every month (we'll call you 3 days before)

Medicine                         How you take it          Qty   Next fill
amlodipine 5 mg                  1 tab every morning      30    07/03
losartan 50 mg                   1 tab every morning      30    07/03
levothyroxine 75 mcg             1 tab before breakfast   30    07/03
metformin 500 mg                 1 tab twice a day        60    07/03
dorzolamide/timolol eye drops    1 drop both eyes 2x/day  10mL  07/03
vitamin D3 2000 IU (OTC)         1 daily                  -     -

Your first synced fill will be short-filled so everything lines up; you'll
pay a prorated copay.

Questions: 555-0177
"""))


# ================================================================ phi (B) ==
@msg("crown-seat-moved-lab-late", "phi", "The name, tooth and crown appointment are only in the Subject; the body says 'ok thanks'", where="subject")
def _():
    return Mail(A("Dr. Miriam Adler", "madler@" + BW), A("Dee Fontaine", "dfontaine@" + BW),
                "RE: Harold Benning #19 crown seat moved to 3/14 - Kestrel late, temp came off", D(3, 9, 12, 2), reply=True,
                body=T("ok thanks. I'll call him tonight.\n\nM.\n"))


@msg("ferraz-iop-slt-consult-subject", "phi", "Name, DOB, rising eye pressure on glaucoma drops and an SLT consult appear only in the Subject", where="subject")
def _():
    return Mail(A("Renata Cole", "rcole@" + CV), A("Dr. Priya Ames", "pames@" + CV),
                "Lucia Ferraz DOB 2/11/1957 - IOP up again on Rhopressa, needs SLT consult", D(2, 17, 16, 48, tz="CT"),
                T("Done, she's on Tuesday's list at 10:40.\n\nRenata\n"))


@msg("triazolam-premed-dental-fear", "phi", "borderline: oral triazolam premedication for a named patient's fear of dental treatment; procedural sedation by the dentist, not treatment of an anxiety disorder by a mental-health service", where="body")
def _():
    return Mail(A("Harborview Front Desk", "harborview@" + BW), A("Naomi Fairweather", "naomi.fw@" + GN),
                "Your appointment Friday - sedation instructions", D(10, 21, 14, 15),
                T("""Hi Naomi,

You're all set for Friday 10/23 at 8:00 with Dr. Osei for your two
fillings and the crown prep on the upper right, with oral sedation.

Dr. Osei sent a prescription for triazolam 0.25 mg to Millstone Pharmacy.
Take 1 tablet the night before to help you sleep, and 1 tablet one hour
before your appointment. Do not drive: your sister will need to bring you
and stay in the office, and you shouldn't be alone the rest of the day.
Nothing to eat for 6 hours before; clear liquids until 2 hours before.

We know the last visit was really hard. We'll go at your pace, and you can
raise your hand anytime to stop.

Lily, Brightwater Harborview, 555-0113
"""))


@msg("holiday-closure-wound-patient", "phi", "borderline: the patient's foot ulcer and wound-care schedule are only in the recipient's display name; the body is a holiday-closure notice", where="display-name")
def _():
    return Mail(A("Fernhill Front Desk", "frontdesk@" + FH), A("Ernesto Vidal (DM foot ulcer L heel - wound care Tue/Fri)", "evidal58@" + GM),
                "Closed Monday 9/7", D(9, 3, 16, 30),
                T("""Hi Ernesto,

Just a heads up that our office is closed Monday 9/7 for Labor Day. If you
need us over the weekend or on Monday, call the after-hours line at
555-0160 and the doctor on call will call you back.

Fernhill Front Desk
"""))


@msg("scan-for-endo-consult", "phi", "borderline: the patient's name, DOB and a periapical abscess are only in the attachment's file name; body and PDF text say nothing", where="filename")
def _():
    return Mail(A("Dr. Miriam Adler", "madler@" + BW), A("Harbor Endodontics", "referrals@harborendo.example.com"),
                "PA for tomorrow", D(1, 21, 17, 2),
                MIX(T("Here's the PA we talked about. Thanks for squeezing him in.\n\nMiriam\n"),
                    PDF("Okonkwo_Chidi_DOB1962-05-14_PA_30_periapical_abscess.pdf",
                        ["Scanned with BW-ELM-SCAN02", "Page 1 of 1"], title="Scan")))


@msg("fundus-photo-for-retina", "phi", "Name, eye and moderate NPDR are only in the PNG's file name; the body is 'from this morning'", where="filename")
def _():
    return Mail(A("Colin Brandt, OD", "cbrandt@ridgewayoptometry.example.com"), A("Dr. Priya Ames", "pames@" + CV),
                "from this morning", D(5, 2, 12, 1, tz="CT"),
                MIX(T("Here you go. Can you see her next week?\n\nC.\n\nSent from my iPad\n"),
                    PNG("Vega_Marisol_OD_fundus_moderate_NPDR_2026-05-02.png")))


@msg("preop-biometry-html-only-half", "phi", "multipart/alternative whose plain half is a generic stub; only the HTML half names the patient and her cataract pre-op measurement visit", where="html-half")
def _():
    plain = T("""Your appointment details are shown in the HTML version of this
message. If you can't see them, please log in to the Clearview portal or
call us at 555-0133.
""")
    html = H("""<html><body style="font-family:Arial">
<p>Hi Eleanor,</p>
<p>This is a reminder of your <b>cataract surgery measurement appointment</b>
(IOLMaster biometry and corneal topography, both eyes) on
<b>Thursday, March 5 at 8:20 am</b> with Dr. Priya Ames, Harbor Rd office.</p>
<ul>
<li>Stop wearing your soft contact lenses 3 days before.</li>
<li>Plan about 90 minutes; your eyes will not be dilated.</li>
<li>Bring your drop list and your current glasses.</li>
</ul>
<p>Your left-eye surgery date of March 24 is held for you.</p>
<p>Clearview Eye Associates</p></body></html>
""", cs="utf-8", cte="quoted-printable")
    return Mail(A("Clearview Eye Associates", "reminders@" + CV), A("Eleanor Voss", "evoss@" + GN),
                "Appointment reminder", D(3, 2, 9, 0, tz="CT"), ALT(plain, html))


@msg("secure-tag-route-test", "phi", "borderline: [secure] test message with no content (marked-secure-test-no-content); a sender-marked message is at least phi", where="marker")
def _():
    return Mail(A("Joanne Pike", "jpike@" + BW), A("Tidewell Appeals", "appeals@" + TD),
                "[secure] test - please confirm receipt", D(10, 2, 9, 5),
                T("""Testing the encrypted route before we send the appeal packet this
afternoon. No attachments. Please reply when you get this.

Joanne Pike, Insurance Coordinator, Brightwater Dental Group
"""), hdrs=["X-Sensitivity: confidential"])


@msg("sensitivity-header-following-up", "phi", "borderline: Sensitivity/X-Sensitivity headers mark the message private; the body holds nothing, but a marked message is at least phi", where="marker")
def _():
    return Mail(A("Rita Collazo", "rcollazo@" + CV), A("Joanne Pike", "jpike@" + BW),
                "following up", D(5, 14, 11, 20, tz="CT"),
                T("""Hi Joanne,

Following up on our call this morning. I'll bring the paper copy by your
Elm Street office at 3.

Rita
"""), hdrs=["Sensitivity: Private", "X-Sensitivity: Private"])


@msg("return-to-work-light-duty", "phi", "HR note with a hygienist's employee ID, her carpal tunnel surgery and work restrictions", where="body")
def _():
    return Mail(A("Brightwater HR", "hr@" + BW), A("Dee Fontaine", "dfontaine@" + BW),
                "RTW - Keisha Monroe E10619", D(3, 25, 14, 5),
                T("""Dee,

Keisha Monroe (E10619, RDH, Elm St) is cleared to return Monday 3/30
after her right carpal tunnel release on 3/2. Her surgeon's note says:

- no scaling, probing or instrumentation with the right hand until 4/13
- may do front desk, sterilization, x-rays and patient education
- re-check with the surgeon 4/10

Please block her hygiene column through 4/13 and move her patients to
Cara and the temp. Her short-term disability ends 3/29. Keep this between
us; she'd rather the team just know she's "on light duty".

Marisa, HR
"""))


@msg("abuela-rosa-gotas-catarata-es", "phi", "Spanish family mail (phone-typed) about Abuela Rosa's cataract surgery, eye drops and follow-up", lang="es", where="body:family")
def _():
    return Mail(A("Daniela Quintero", "daniq@" + GM), A("Tía Marta", "marta.quintero@" + GN),
                "Abuela Rosa ya salió de la operación", D(3, 24, 13, 12, tz="CT"), cc=A("Primo Andrés", "andresq@" + GM),
                body=T("""Tía ya salió Abuela Rosa!! Todo bien, la Dra. Ames dijo que la catarata
del ojo izquierdo estaba bien dura pero salió sin problema y le pusieron
el lente. Está un poco mareada por la anestesia y ya quiere su café jaja

Las gotas (le dejé la hoja pegada en el refri):
- Ofloxacino 4 veces al día x 1 semana
- Prednisolona 4 veces al día, luego van bajando
- Ketorolaco 2 veces al día
NO puede agacharse ni cargar nada pesado, y tiene que dormir con el
escudo de plástico.

Mañana a las 9 es la cita de control en Harbor Rd. Andrés, ¿tú la puedes
llevar? Yo entro a trabajar a las 8.

Besos
Dani

Enviado desde mi iPhone
""", cs="utf-8", cte="quoted-printable"), scs="utf-8", smode="Q")


@msg("aparelho-auditivo-parou-pt", "phi", "Portuguese patient writes about his broken hearing aid, his hearing loss and a follow-up hearing test", lang="pt", where="body")
def _():
    return Mail(A("Joaquim Albuquerque", "joaquim.alb@" + GN, cs="iso-8859-1", mode="Q"), A("Soundbridge Audiology", "office@" + SB),
                "Aparelho auditivo do ouvido direito parou de funcionar", D(4, 16, 19, 30, tz="CT"), scs="iso-8859-1", smode="Q",
                body=T("""Boa noite,

Meu nome é Joaquim Albuquerque, sou paciente da Dra. Iwu (nascido em
22/08/1949). O aparelho auditivo do ouvido direito parou de funcionar
ontem, mesmo com bateria nova. Já limpei o filtro de cera.

Sem ele não consigo ouvir quase nada desse lado; a senhora disse que a
minha perda no ouvido direito é severa. Também faz mais de um ano do meu
último exame de audiometria, e acho que estou ouvindo pior.

Posso levar o aparelho para conserto e marcar o exame no mesmo dia?
Prefiro de manhã. Meu telefone é 555-0129.

Obrigado,
Joaquim
""", cs="iso-8859-1", cte="8bit"))


@msg("nong-ham-con-gai-vi", "phi", "Vietnamese mother asks the orthodontist about her daughter's palatal expander pain and appointment", lang="vi", where="body:family")
def _():
    return Mail(A("Trần Thị Hoa", "hoa.tran@" + GM), A("Sandpiper Orthodontics", "office@" + SP),
                "Hỏi về hàm nong của cháu Bảo Ngọc", D(9, 14, 20, 5, tz="CT"),
                T("""Chào phòng khám,

Tôi là mẹ của cháu Nguyễn Bảo Ngọc (9 tuổi). Cháu mới gắn hàm nong
vòm miệng hôm thứ Năm với bác sĩ. Tối nay vặn ốc lần thứ 4 thì cháu
kêu đau răng và đau lên mũi, ăn không được, còn có một vết loét nhỏ ở
vòm miệng.

Tôi có nên ngừng vặn ốc vài ngày không? Cháu có thể uống Tylenol được
không? Lịch hẹn kiểm tra của cháu là ngày 24, nếu cần tôi có thể đưa
cháu đến sớm hơn.

Cảm ơn bác sĩ,
Trần Thị Hoa – 555-0122
""", cs="utf-8", cte="base64"))


@msg("fuqin-tangniaobing-yandi-zh", "phi", "HTML-only Chinese mail: a son asks about his father's diabetic retinopathy result and injections", lang="zh", where="html-only")
def _():
    return Mail(A("王小明", "xiaoming.wang@" + GM), A("Clearview Eye Associates", "office@" + CV),
                "关于我父亲王建华的眼底检查结果", D(7, 2, 22, 10, tz="CT"),
                H("""<html><body style="font-family:sans-serif">
<p>您好，</p>
<p>我父亲<b>王建华</b>（出生日期1954年3月8日）上周二在贵诊所做了糖尿病眼底检查和OCT。
Ames医生说他右眼有黄斑水肿，需要打针（抗VEGF），左眼是轻度视网膜病变。</p>
<p>我父亲不太懂英文，想请问：</p>
<ol>
<li>打针要打几次？会疼吗？</li>
<li>打针当天需要有人陪同开车吗？</li>
<li>医保会报销吗？他有Medicare和补充保险。</li>
</ol>
<p>第一次打针预约在7月9日上午，可以安排中文翻译吗？</p>
<p>谢谢！<br>王小明（儿子） 555-0123</p>
</body></html>
""", cs="utf-8", cte="base64"))


@msg("implant-gyeonjeok-munui-ko", "phi", "Korean patient asks about her implant estimate, bone graft and insurance after an extraction", lang="ko", where="body")
def _():
    return Mail(A("최윤서", "yunseo.choi@" + GN, cs="euc-kr"), A("브라이트워터 치과 한인 상담실", "korean@" + BW, cs="euc-kr"),
                "임플란트 견적 문의 드립니다", D(6, 8, 21, 40), scs="euc-kr",
                body=T("""안녕하세요,

저는 최윤서입니다 (생년월일 1971년 2월 3일). 지난주 린드크비스트 선생님께서
왼쪽 아래 어금니(#19)를 뽑고 뼈이식을 하셨습니다.

받은 견적서에 임플란트와 크라운 합계가 본인 부담 4,600달러 정도로 나와 있는데,
보험(타이드웰)에서 올해 한도가 얼마 남았는지, 내년 1월로 미루면 보험 혜택을
더 받을 수 있는지 궁금합니다.

그리고 뼈이식한 자리가 아직 조금 붓고 아픈데 정상인가요?
진통제는 이부프로펜만 먹고 있습니다.

감사합니다.
최윤서 드림
""", cs="euc-kr", cte="base64"))


@msg("wkladki-pieta-boli-pl", "phi", "Polish patient writes about her custom orthotics and persisting heel pain from plantar fasciitis", lang="pl", where="body")
def _():
    return Mail(A("Teresa Wójcik", "teresa.wojcik@" + GM, cs="iso-8859-2", mode="Q"), A("Fernhill Foot & Ankle", "office@" + FH),
                "Wkładki ortopedyczne - nadal boli pięta", D(4, 20, 18, 15), scs="iso-8859-2", smode="Q",
                body=T("""Dzień dobry,

piszę w sprawie wkładek ortopedycznych, które odebrałam 12 marca u dr
Sorensen. Noszę je codziennie, ale lewa pięta nadal bardzo boli rano, przy
pierwszych krokach, a prawa wkładka uciska mnie z boku stopy.

Czy mogę przyjść na poprawkę wkładki? Lekarka mówiła też o zastrzyku ze
sterydu, jeśli zapalenie rozcięgna podeszwowego nie minie po dwóch
miesiącach. Czy to już ten moment?

Mój numer telefonu: 555-0126. Najlepiej po 16.

Z poważaniem
Teresa Wójcik
""", cs="iso-8859-2", cte="quoted-printable"))


@msg("kopiya-retsepta-ochki-ru", "phi", "Russian patient asks the optometry office for a copy of her spectacle prescription and mentions her glaucoma follow-up", lang="ru", where="body")
def _():
    return Mail(A("Галина Петренко", "galina.p@" + GN, cs="windows-1251"), A("Clearview Optical", "optical@" + CV),
                "Копия рецепта на очки", D(8, 5, 10, 20, tz="CT"), scs="windows-1251",
                body=T("""Здравствуйте!

Меня зовут Галина Петренко, дата рождения 14.06.1963. Я была у доктора
Брандта 28 июля на проверке зрения. Пришлите, пожалуйста, копию моего
рецепта на очки: хочу заказать вторые очки для работы за компьютером.

Доктор сказал, что давление в глазах пока в норме, но из-за подозрения на
глаукому нужно прийти на поля зрения через полгода. Можно сразу записаться
на январь?

Спасибо,
Галина
""", cs="windows-1251", cte="8bit"))


@msg("lettre-traitement-canalaire-fr", "phi", "French dentist's letter about a travelling patient's unfinished root canal, with name and medicines", lang="fr", where="body")
def _():
    return Mail(A("Dr Hélène Marchetti", "cabinet@dentaire-vieuxport.example.fr.test"), A("Dr. Miriam Adler", "madler@" + BW),
                "Patiente Mme Claire Dubois-Martin – traitement canalaire en cours (36)", D(7, 28, 17, 40, tz="EU"), scs="utf-8", smode="Q",
                body=T("""Chère consœur,

Je vous adresse Mme Claire Dubois-Martin, née le 03/09/1980, que j'ai vue
en urgence le 27 juillet pendant ses vacances pour une pulpite
irréversible sur la 36.

J'ai réalisé une pulpectomie, mis de l'hydroxyde de calcium et une
obturation provisoire (Cavit). Le traitement canalaire reste à terminer,
idéalement dans les trois semaines, suivi d'une couronne.

Prescriptions : amoxicilline 1 g deux fois par jour pendant 6 jours,
ibuprofène 400 mg si besoin. Pas d'allergie connue. La radiographie
rétro-alvéolaire est jointe à son dossier ; je peux vous l'envoyer.

Bien confraternellement,
Dr Hélène Marchetti – Cabinet dentaire du Vieux-Port
+33 4 55 50 01 42
""", cs="utf-8", cte="quoted-printable"))


@msg("arztbrief-implantat-regio-36-de", "phi", "German dentist's letter about a named patient's implant placed abroad, with DOB and follow-up plan", lang="de", where="body")
def _():
    return Mail(A("Zahnarztpraxis Dr. Vogel", "praxis@zahnarzt-vogel.example.de.test"), A("Dr. Signe Lindqvist", "slindqvist@" + BW),
                "Herr Jonas Albrecht, geb. 14.03.1985 - Implantat regio 36", D(9, 15, 16, 0, tz="EU"), scs="iso-8859-1", smode="Q",
                body=T("""Sehr geehrte Frau Kollegin,

unser gemeinsamer Patient Herr Jonas Albrecht (geb. 14.03.1985) zieht
beruflich in Ihre Region. Am 02.07.2026 haben wir in regio 36 ein
Implantat (4,1 x 10 mm) mit simultaner Knochenaugmentation gesetzt. Die
Einheilung verläuft unauffällig; die Freilegung ist für Ende Oktober
geplant, danach die prothetische Versorgung mit einer verschraubten
Vollkeramikkrone.

Befunde: Parodontitis Stadium II, behandelt 2025, gute Mundhygiene.
Allgemeinanamnese: Hypothyreose (L-Thyroxin 75 µg), sonst gesund.

Röntgenbilder und Implantatpass sende ich Ihnen gern auf sicherem Weg zu.

Mit freundlichen kollegialen Grüßen
Dr. Katrin Vogel
Zahnarztpraxis Dr. Vogel · Tel. +49 30 555 0143
""", cs="iso-8859-1", cte="quoted-printable"))


@msg("okusuri-techo-ryoko-ja", "phi", "Japanese pharmacy sends a named traveller's medication list (Shift_JIS, base64) for his stay abroad", lang="ja", where="body:base64")
def _():
    return Mail(A("さくら薬局 本町店", "honmachi@sakura-yakkyoku.example.jp.test", cs="shift_jis"), A("佐藤 美咲", "misaki.sato@" + GM, cs="shift_jis"),
                "お父様のお薬の一覧（英訳付き）", D(10, 1, 9, 30, tz="+0900"), scs="shift_jis",
                body=T("""佐藤 美咲 様

いつもご利用ありがとうございます。
お父様（佐藤 健一 様、昭和二十八年五月十日生まれ）の渡米中のお薬について、
お薬手帳の内容を英訳付きでお送りします。

・アムロジピン錠5mg（Amlodipine 5 mg） 1日1回 朝食後
・メトホルミン錠500mg（Metformin 500 mg） 1日2回 朝夕食後
・ラタノプロスト点眼液（Latanoprost eye drops） 1日1回 両目 寝る前
・ロスバスタチン錠2.5mg（Rosuvastatin 2.5 mg） 1日1回 夕食後

現地の薬局で処方を受ける際は、この一覧と主治医の英文紹介状をご提示ください。
点眼薬は開封後4週間で交換してください。

さくら薬局 本町店 薬剤師 田中
電話 03-555-0144
""", cs="shift_jis", cte="base64"))


@msg("ye-abate-egir-qusil-am", "phi", "Amharic daughter writes about her father's diabetic foot wound and his next wound-care visit", lang="am", where="body:family")
def _():
    return Mail(A("ሰላማዊት ተስፋዬ", "selam.tesfaye@" + GM), A("Fernhill Foot & Ankle", "office@" + FH),
                "የአባቴ የእግር ቁስል", D(11, 9, 19, 45),
                T("""ሰላም፣

እኔ የአቶ ተስፋዬ በቀለ ልጅ ነኝ። አባቴ የስኳር በሽታ አለበት፣ እና በግራ እግሩ ትልቅ ጣት
ስር ያለው ቁስል ከትናንት ጀምሮ ቀልቷል፣ ትንሽ ፈሳሽም ይወጣል። ዶክተር ሶረንሰን ባለፈው
ሳምንት አጽድተውት ነበር።

የሚቀጥለው ቀጠሮው ሐሙስ ነው፣ ግን ቶሎ መምጣት ይችላል? አንቲባዮቲክ ያስፈልገው ይሆን?

ስልኬ 555-0127 ነው።

አመሰግናለሁ፣
ሰላማዊት
""", cs="utf-8", cte="8bit"))


@msg("maa-ki-hearing-machine-hi", "phi", "Hindi: a son asks about his mother's hearing-aid fitting, her hearing loss and follow-up", lang="hi", where="body:family")
def _():
    return Mail(A("राहुल शर्मा", "rahul.sharma@" + GN), A("Soundbridge Audiology", "office@" + SB),
                "मेरी माँ की सुनने की मशीन के बारे में", D(5, 27, 20, 30, tz="CT"),
                T("""नमस्ते,

मेरी माँ, श्रीमती कमला शर्मा (जन्म तिथि 12/01/1950), को पिछले मंगलवार डॉ. मोरेनो ने
दोनों कानों के लिए सुनने की मशीन लगाई थी। डॉक्टर ने बताया था कि उनके दोनों कानों में
मध्यम स्तर की सुनने की कमी है।

माँ कहती हैं कि मशीन में उनकी अपनी आवाज़ बहुत ज़ोर से और गूँजती हुई सुनाई देती है, और
बाएँ कान में मशीन चुभती है। क्या फॉलो-अप अपॉइंटमेंट जल्दी मिल सकता है? ट्रायल के
30 दिन 24 जून को खत्म हो रहे हैं।

माँ हिंदी ही समझती हैं, अगर दुभाषिया मिल सके तो अच्छा रहेगा।

धन्यवाद,
राहुल शर्मा, 555-0128
""", cs="utf-8", cte="base64"))


@msg("scleral-lens-appeal-keratoconus", "phi", "Appeal of a vision-plan denial with claim number, member ID and keratoconus requiring scleral lenses", where="body")
def _():
    return Mail(A("Clearview Billing", "billing@" + CV), A("Lumen Vision Plan Appeals", "appeals@" + LV),
                "Appeal - claim LV26-0419-002281 (medically necessary contact lenses)", D(6, 3, 10, 15, tz="CT"),
                T("""To the Appeals Unit:

We request reconsideration of claim LV26-0419-002281, denied 05/20/2026
with remark N-07 ("cosmetic contact lenses").

Member:     Tobias Lindgren          Member ID: LVP-7120-44903-01
DOB:        01/17/1998
DOS:        04/14/2026
Services:   92072 fitting of contact lens for management of keratoconus,
            V2531 scleral gas-permeable lens x 2

Mr. Lindgren has bilateral keratoconus (H18.613), Kmax 58.2 D OD and
54.9 D OS. Best spectacle-corrected acuity is 20/80 OD and 20/60 OS; with
scleral lenses 20/25 OU. He underwent corneal cross-linking OD in 2025.
Spectacles cannot provide functional vision, which meets your plan's
definition of medically necessary contact lenses (section 4.3).

Topography and the fitting note are uploaded to the portal, ref AP-33120.

Clearview Eye Associates Billing, 555-0134
"""))


@msg("ingrown-nail-aftercare-message", "phi", "Portal message to the patient about aftercare for her ingrown-toenail procedure", where="body")
def _():
    return Mail(A("Fernhill Foot & Ankle", "portal@" + FH), A("Noor Haddad", "noor.haddad@" + GM),
                "Aftercare for your toe procedure today", D(8, 3, 15, 40),
                T("""Hi Noor,

Here are the aftercare instructions for today's procedure on your right
big toe (partial nail removal with phenol on the outside edge):

- Keep the bandage on and dry for 24 hours.
- Then soak the foot in warm water with Epsom salt for 10 minutes twice a
  day, pat dry, apply the antibiotic ointment and a band-aid.
- Some drainage for 2-3 weeks is normal with phenol.
- Wear open or roomy shoes. No swimming for 2 weeks.
- Take ibuprofen or acetaminophen for soreness.

Call us if you see spreading redness, pus or fever. Your check is on 8/17
at 9:40 with Dr. Sorensen.

Fernhill Foot & Ankle, 555-0160
"""))


# ============================================================ restricted ==
# ---- mental health
@msg("clozapine-anc-call", "restricted", "mental health: pharmacist to a psychiatric prescriber about a named patient's clozapine ANC for schizophrenia", cat="mental health", where="body")
def _():
    return Mail(A("Minji Park, PharmD", "mpark@" + HD), A("Dr. Elise Navarro", "enavarro@harborbh.example.org"),
                "Clozapine ANC today - Dennis Albright", D(5, 18, 11, 20, tz="CT"),
                T("""Dr. Navarro,

Dennis Albright (DOB 09/30/1988) came in for his weekly clozapine fill
(300 mg at bedtime) with today's ANC from the lab: 1,350/uL, down from
1,900 last week. That's mild neutropenia for him (not BEN). Per the
monitoring table that means three times weekly ANC until >= 1,500, and
continue treatment.

I dispensed the 7-day supply. He says he feels fine, no fever or sore
throat, and his group home staff are aware. Could you send the lab order
for Wed/Fri draws so we're all on the same page?

Minji Park, PharmD, Hollis Drug #0412, 555-0126
"""))


@msg("lithium-ni-kuya-tl", "restricted", "mental health: Tagalog message from a sister asking the pharmacy about her brother's lithium refill, level and bipolar disorder", cat="mental health", lang="tl", where="body:family")
def _():
    return Mail(A("Rowena Dela Cruz", "rowena.dc@" + GM), A("Hollis Drug 0412", "rx0412@" + HD),
                "Lithium ni Kuya Ramon", D(7, 11, 8, 55, tz="CT"),
                T("""Magandang umaga po,

Ako po si Rowena, kapatid ni Ramon Dela Cruz (DOB 03/15/1979). Naubusan na
po siya ng lithium 300 mg kagabi at sabi ng system ninyo "waiting for
doctor". Ang psychiatrist niya po ay si Dr. Navarro sa Harbor Behavioral
Health.

Natatakot po ako kasi noong huling beses na tumigil siya sa lithium,
nagka-manic episode siya at na-ospital. May blood test din po siya para sa
lithium level noong Lunes, nakuha na po ba ninyo ang resulta?

Pwede po bang bigyan muna siya ng ilang araw na supply habang hinihintay
ang doktor? Pupunta po ako diyan mamayang tanghali.

Salamat po,
Rowena – 555-0124
""", cs="utf-8", cte="quoted-printable"))


@msg("enamel-erosion-program-letter", "restricted", "mental health: Flate PDF referral of a named teenager with enamel erosion from purging to an eating-disorder programme; the body is generic", cat="mental health", where="attachment:pdf-flate")
def _():
    lines = ["BRIGHTWATER DENTAL GROUP - ELM STREET", "", "July 20, 2026",
             "To: Intake Team, Lakeside Eating Disorders Program",
             "Re: Chloe Brandvold, DOB 02/04/2010", "",
             "I saw Chloe today for a routine exam with her mother present for part of the visit.",
             "She has smooth erosion of the palatal surfaces of the upper anterior teeth (perimylolysis),",
             "enlarged parotid glands and dentin sensitivity. In private Chloe told me she has been",
             "making herself vomit after meals several times a week since last fall, and restricting",
             "during the day. She agreed to this referral and her mother is aware.",
             "Dental plan: fluoride varnish, 5000 ppm toothpaste, rinse with water and baking soda",
             "after vomiting, no brushing for 30 minutes, recall in 3 months.",
             "Please contact her mother, Karin Brandvold, at 555-0119.", "",
             "Miriam Adler, DDS"]
    return Mail(A("Dr. Miriam Adler", "madler@" + BW), A("Lakeside Intake", "intake@lakesideed.example.org"),
                "Referral letter", D(7, 20, 16, 45),
                MIX(T("Referral letter attached, as discussed with the family this afternoon.\n\nMiriam Adler, DDS\n"),
                    PDF("referral_0720.pdf", lines, flate=True, title="Referral")))


@msg("ptsd-accommodations-html", "restricted", "mental health: HTML-only message from a patient about her PTSD, trauma therapy and medicines, asking for dental-visit accommodations", cat="mental health", where="html-only")
def _():
    return Mail(A("Simone Achebe-Ward", "simone.aw@" + GN), A("Brightwater Dental - Oak Ridge", "oakridge@" + BW),
                "Before my appointment on the 14th", D(9, 8, 22, 30),
                H("""<html><body>
<div>Hi,</div>
<div><br></div>
<div>I have a new-patient cleaning with you on the 14th and wanted to explain something ahead of time so it doesn't get awkward.</div>
<div><br></div>
<div>I have PTSD from an assault and lying back in a chair with someone standing over me is one of my biggest triggers. I've been doing EMDR with my therapist, Dana Whitley at Stillwater Psychology, for about a year and I'm doing a lot better, but the last time I went to a dentist I had a panic attack and left.</div>
<div><br></div>
<div>Things that help: telling me what you're going to do before you do it, not putting anything over my face, letting me keep my headphones on one ear, and a stop signal. My therapist can send a letter if that helps. I take sertraline 100 mg and prazosin at night for nightmares, in case that matters for numbing.</div>
<div><br></div>
<div>Thank you,<br>Simone Achebe-Ward</div>
</body></html>
""", cs="utf-8", cte="quoted-printable"))


@msg("re-records-request-mutual-client", "restricted", "mental health: short reply over a quoted therapist's message describing a named client's depression treatment and PHQ-9 scores", cat="mental health", where="quoted")
def _():
    return Mail(A("Dr. Hana Iwu, AuD", "hiwu@" + SB), A("Dr. Paul Ostrowski", "postrowski@stillwaterpsych.example.org"),
                "RE: shared client - audiology records", D(11, 4, 8, 50, tz="CT"), reply="stillwaterpsych.example.org",
                body=T("""Sounds good, release is on file. I'll fax the last two audiograms and my
sound-therapy notes this morning.

Hana

-----Original Message-----
From: Dr. Paul Ostrowski <postrowski@stillwaterpsych.example.org>
Sent: Tuesday, November 3, 2026 5:12 PM
To: Dr. Hana Iwu <hiwu@soundbridgehearing.example.com>
Subject: shared client - audiology records

Dr. Iwu,

Gregory Lam signed a release so we can coordinate. I've been seeing him
weekly since August for major depression that started after his tinnitus
worsened; we're doing CBT for tinnitus distress and insomnia, and his PCP
started him on mirtazapine. His PHQ-9 has come down from 19 to 11. He
mentioned you adjusted the masking program on his aids. Could you send
your recent audiograms and notes so I can align our sessions?

Paul Ostrowski, PhD
Stillwater Psychology
"""))


@msg("vyvanse-pa-faxed", "restricted", "mental health: a child's name, DOB, ADHD stimulant and child-psychiatry prescriber appear only in the Subject", cat="mental health", where="subject")
def _():
    return Mail(A("Priscilla Ng, RPh", "rx0417@" + HD), A("Hollis 0417 techs", "techs0417@" + HD),
                "PA needed: Jordan Reyes DOB 4/2/2012 - Vyvanse 30 mg (Lakeside Child Psychiatry, ADHD) - mom picking up Fri", D(1, 28, 13, 15, tz="CT"),
                T("faxed the form to the plan at 1pm. if they call back put it through.\n\nP.\n"))


# ---- substance use
@msg("extraction-pain-plan-bup-film", "restricted", "substance use: oral surgeon and buprenorphine prescriber plan pain control for a named patient treated for opioid use disorder", cat="substance use", where="body")
def _():
    return Mail(A("Dr. Theo Marsh", "tmarsh@" + BW), A("Dr. Ruth Abernathy", "rabernathy@crestlinetx.example.org"),
                "Tyler Hensley - extractions 10/6, pain plan", D(9, 29, 17, 10),
                T("""Dr. Abernathy,

Thank you for the call. To confirm our plan for Tyler Hensley (DOB
06/21/1991), who you're treating for opioid use disorder with
buprenorphine/naloxone 16/4 mg daily:

- He continues his full daily buprenorphine dose, no taper, and will take
  it the morning of surgery.
- Extraction of #14 and #15 under local with nitrous; no IV sedation.
- Long-acting bupivacaine blocks, then ibuprofen 600 mg plus acetaminophen
  1,000 mg every 6 hours scheduled for 4 days.
- If needed, you'll split his daily dose to 8/2 mg twice a day for 3-5
  days rather than adding a full agonist. I won't prescribe opioids.

He asked that we not discuss his treatment in front of his partner, who
will drive him.

Theo Marsh, DDS, MD
"""))


@msg("dose-timing-surgery-morning", "restricted", "substance use: a methadone programme's front desk (display name) confirms a named patient's dosing time around her oral surgery", cat="substance use", where="display-name+body")
def _():
    return Mail(A("Crestline Opioid Treatment Program - Front Desk", "frontdesk@crestlinetx.example.org"), A("Harborview OMS", "surgery@" + BW),
                "Angela Whitfield - Thursday", D(10, 13, 7, 40),
                T("""Hi,

Confirming for Angela Whitfield (DOB 11/02/1984): our nurse will dose her
at 5:45 am Thursday so she can make her 8:30 with Dr. Marsh. Her
counselor will drive her and pick her up. Please send the sedation and
post-op medication plan to Dr. Abernathy before Wednesday noon so the
prescriber can review it.

Thanks,
Crestline Front Desk, 555-0157
"""))


@msg("monthly-dispense-log-clinic", "restricted", "substance use: CSV attachment of a pharmacy's monthly buprenorphine dispensing log with patient names and doses for the treating clinic", cat="substance use", where="attachment:csv")
def _():
    csvt = """patient,dob,rx,drug,sig,qty,days,fill_date,prescriber,note
"Hensley, Tyler",1991-06-21,6120031,buprenorphine/naloxone 8/2 mg film,2 films daily,28,14,2026-10-02,Abernathy,
"Bell, Marcus",1979-12-05,6120044,buprenorphine/naloxone 8/2 mg film,1.5 films daily,21,14,2026-10-05,Abernathy,early by 1 day (travel)
"Oyelaran, Funmi",1995-03-30,6120057,buprenorphine 8 mg tab,2 tabs daily (pregnancy),28,14,2026-10-07,Abernathy,
"Quist, Darla",1968-08-14,6120061,buprenorphine/naloxone 2/0.5 mg film,1 film daily taper,14,14,2026-10-09,Abernathy,taper week 3
"""
    return Mail(A("Nadia Ferris, PharmD", "mat@" + MS), A("Crestline Prescriber Office", "prescribers@crestlinetx.example.org"),
                "October log", D(10, 31, 16, 0),
                MIX(T("Monthly log attached per our collaborative agreement. One early fill, noted.\n\nNadia\n"),
                    CSV("millstone_oct_log.csv", csvt)))


@msg("vivitrol-ukol-cholovika-uk", "restricted", "substance use: Ukrainian wife writes about her husband's extended-release naltrexone injection for alcohol use disorder", cat="substance use", lang="uk", where="body:family")
def _():
    return Mail(A("Оксана Коваленко", "oksana.k@" + GN, cs="koi8-u"), A("Millstone Pharmacy", "rx@" + MS),
                "Укол Вівітролу для чоловіка", D(2, 5, 19, 10), scs="koi8-u",
                body=T("""Добрий вечір,

Мій чоловік, Андрій Коваленко (дата народження 21.11.1975), отримує у вас
щомісячний укол Вівітролу (налтрексон) від алкогольної залежності. Наступний
укол має бути 12 лютого, але він працює у другу зміну.

Чи можна перенести укол на суботу 14-го вранці? Лікар з клініки сказав, що
два-три дні різниці не страшно. Минулого разу місце уколу боліло тиждень і
було тверде, чи треба про це сказати фармацевту?

Дякую,
Оксана
""", cs="koi8-u", cte="base64"))


@msg("u-wareeji-daawada-so", "restricted", "substance use: Somali patient asks to move his buprenorphine prescription to another pharmacy", cat="substance use", lang="so", where="body")
def _():
    return Mail(A("Abdirahman Warsame", "a.warsame@" + GM), A("Hollis Drug 0412", "rx0412@" + HD),
                "Codsi: u wareeji daawadayda Suboxone", D(6, 15, 9, 20, tz="CT"),
                T("""Asc,

Magacaygu waa Abdirahman Warsame, taariikhda dhalashadu 07/04/1990.
Waxaan qaataa Suboxone 8 mg maalin kasta oo uu ii qoray Dr. Abernathy oo
ka shaqeeya Crestline, daaweynta balwadda opioid-ka.

Waxaan u guuray dhinaca bari ee magaalada. Fadlan daawadayda ka soo
wareeji Millstone Pharmacy (Rx 6120072) una soo wareeji dukaankiina.
Daawadu waxay iga dhammaanaysaa maalinta Jimcaha.

Telefoonkaygu waa 555-0129.

Mahadsanid,
Abdirahman
""", cs="utf-8", cte="quoted-printable"))


@msg("home-start-checkin-invite", "restricted", "substance use: ICS attachment for a named patient's buprenorphine home-induction check-in with the pharmacist; the body is generic", cat="substance use", where="attachment:ics")
def _():
    ics = ICS([
        "BEGIN:VCALENDAR", "PRODID:-//Hollis Drug//Clinic Scheduler 1.8//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:clinic0412-20260819-1400-mbell@hollisdrug.example.com",
        "DTSTAMP:20260817T180000Z", "DTSTART:20260819T190000Z", "DTEND:20260819T192000Z",
        "SUMMARY:Buprenorphine home induction day 2 check-in - Marcus Bell",
        "DESCRIPTION:Phone visit. Review COWS score\\, dose taken day 1 (8 mg)\\, cravings and withdrawal. Adjust to 12-16 mg per Dr. Abernathy protocol.",
        "LOCATION:Phone - 555-0120",
        "ORGANIZER;CN=Dr. Minji Park:mailto:mpark@hollisdrug.example.com",
        "ATTENDEE;CN=Marcus Bell;RSVP=TRUE:mailto:marcus.bell@mail.example.com",
        "END:VEVENT", "END:VCALENDAR"], name="invite.ics")
    return Mail(A("Minji Park, PharmD", "mpark@" + HD), A("Marcus Bell", "marcus.bell@" + GM),
                "Wednesday", D(8, 17, 13, 0, tz="CT"),
                MIX(T("Marcus, here's the invite for Wednesday at 2. I'll call you.\n\nDr. Park\n"), ics))


# ---- HIV
@msg("prep-refill-and-labs-due", "restricted", "HIV: pharmacy tells a named patient his PrEP refill is ready and his 3-month HIV test is due", cat="HIV", where="body")
def _():
    return Mail(A("Millstone Pharmacy", "refills@" + MS), A("Devon Achterberg", "devon.a@" + GN),
                "Your refill is ready + lab reminder", D(6, 19, 10, 5),
                T("""Hi Devon,

Your PrEP refill (emtricitabine/tenofovir disoproxil 200/300 mg, 90 tablets)
is ready for pickup.

Reminder: your 3-month HIV test and kidney check (creatinine) are due
before your next fill. You can do the HIV test here in the consult room
when you pick up (about 20 minutes), and we'll send you to the lab for the
creatinine. Your last results on 03/20 were negative and normal.

See you soon,
Nadia Ferris, PharmD
Millstone Pharmacy, 555-0151
"""))


@msg("prep-inicio-farmaceutica-es", "restricted", "HIV: Spanish message from a pharmacist starting a named patient on PrEP after a negative HIV test", cat="HIV", lang="es", where="body")
def _():
    return Mail(A("Dra. Lucía Benítez, PharmD", "lbenitez@" + HD), A("Javier Montalvo", "javi.montalvo@" + GM),
                "Tu inicio de PrEP – resultados e instrucciones", D(4, 24, 17, 30, tz="CT"), scs="utf-8", smode="Q",
                body=T("""Hola Javier:

Gracias por venir hoy. Te resumo lo que hablamos:

• Tu prueba rápida de VIH (antígeno/anticuerpo) salió NEGATIVA.
• La creatinina del laboratorio del 20 de abril fue normal (0,9 mg/dL).
• Empezamos PrEP oral: emtricitabina/tenofovir 200/300 mg, 1 tableta al
  día. Protección completa para sexo anal después de 7 días.
• Te pedí también pruebas de sífilis, gonorrea y clamidia; te aviso los
  resultados por teléfono.

Próxima cita: 24 de julio, para repetir la prueba de VIH y recoger el
resurtido de 90 días. Si tienes síntomas de gripe con fiebre y ganglios en
las próximas semanas, llámame antes.

Lucía Benítez, PharmD – Farmacia Hollis 0412 – 555-0126
""", cs="utf-8", cte="quoted-printable"))


@msg("charge-virale-avant-extraction-fr", "restricted", "HIV: French-speaking patient sends the oral surgeon his viral load, CD4 count and antiretroviral regimen before extractions", cat="HIV", lang="fr", where="body:base64")
def _():
    return Mail(A("Étienne Mbeki-Laurent", "etienne.ml@" + GN), A("Harborview OMS", "surgery@" + BW),
                "Résultats demandés avant mon extraction du 2 décembre", D(11, 24, 21, 5),
                T("""Bonjour,

Comme l'a demandé le Dr Marsh pour mon extraction des dents 30 et 31 le
2 décembre, voici mes derniers résultats de ma médecin du VIH
(Dre Okafor, Crescent ID Clinic), prise de sang du 10 novembre :

- charge virale : indétectable (< 20 copies/ml)
- CD4 : 620/mm³ (31 %)
- numération : plaquettes 210 000, hémoglobine 14,1
- traitement : Biktarvy 1 comprimé par jour depuis 2019

Elle dit qu'il n'y a pas besoin d'antibiotiques avant le geste. Je peux
envoyer le PDF du laboratoire si nécessaire.

Cordialement,
Étienne Mbeki-Laurent (né le 15/05/1983)
""", cs="utf-8", cte="base64"))


@msg("rds-dispense-feed-error", "restricted", "HIV: HL7 RDS dispense message attached to an interface alert carries a named patient's antiretroviral fill; the body is generic", cat="HIV", where="attachment:hl7")
def _():
    segs = [
        "MSH|^~\\&|HOLLISRX|HD0412|CRESCENTID|CRESCENT|20260912101544||RDS^O13^RDS_O13|HD0412-0912-00871|P|2.5.1",
        "PID|1||CRS-0071822^^^CRESCENT^MR||PALACIOS^RODRIGO^||19870222|M",
        "ORC|RE|SLX-5521907|6130118",
        "RXE|^1 tab daily^^20260912|00000-0000-07^bictegravir/emtricitabine/tenofovir alafenamide 50/200/25 mg^NDC|1||TAB|||||30",
        "RXD|1|00000-0000-07^bictegravir/emtricitabine/tenofovir alafenamide 50/200/25 mg^NDC|20260912|30|TAB|||||||||||||||||||||||ADAP copay assistance",
    ]
    return Mail(A("Hollis Interface Monitor", "ifmon@" + HD), A("Crescent Clinic IT", "it@crescentid.example.org"),
                "Dispense feed: 1 message rejected (PV1 segment missing)", D(9, 12, 10, 16, tz="CT"),
                MIX(T("""The dispense feed to CRESCENTID rejected one message with AR: "PV1
segment missing". The rejected message is attached for your review. Please
confirm whether your inbound profile still requires PV1.

Hollis Interface Monitor
"""), HL7("HD0412-0912-00871.hl7", segs)))


@msg("adap-copay-statement-base64", "restricted", "HIV: base64 pharmacy billing statement showing a named patient's antiretroviral copay paid by ADAP", cat="HIV", where="body:base64")
def _():
    return Mail(A("Hollis Specialty Pharmacy Billing", "billing@specialty." + HD), A("Rodrigo Palacios", "rpalacios@" + GM),
                "Statement for account 88-2210457", D(10, 3, 6, 0, tz="CT"),
                T("""HOLLIS SPECIALTY PHARMACY - PATIENT STATEMENT
Account: 88-2210457        Statement date: 10/03/2026

Patient: Rodrigo Palacios

Fill date   Rx        Medication                                   Qty  Billed     Insurance   ADAP       You owe
09/12/26    6130118   Biktarvy 50/200/25 mg tablet                 30   $4,112.40  $3,701.16   $411.24    $0.00
08/13/26    6130118   Biktarvy 50/200/25 mg tablet                 30   $4,112.40  $3,701.16   $411.24    $0.00

Your state AIDS Drug Assistance Program (ADAP) enrollment is active through
03/31/2027. Recertify by March 1 to avoid a gap in coverage.

Balance due: $0.00
""", cs="utf-8", cte="base64"))


@msg("retina-consult-hiv-shorthand", "restricted", "HIV: ophthalmology consult shorthand with a named patient's HIV status, viral load and CD4 and a CMV retinitis screen", cat="HIV", where="body:shorthand")
def _():
    return Mail(A("Dr. Priya Ames", "pames@" + CV), A("Dr. Chiamaka Okafor", "cokafor@crescentid.example.org"),
                "Re: eye consult - Rodrigo Palacios", D(10, 20, 18, 2, tz="CT"), reply="crescentid.example.org",
                body=T("""Chiamaka,

Saw R. Palacios (39M) today. HIV on BIC/FTC/TAF, VL <20, CD4 480 per your
note. VA 20/20 OU, IOP 14/15. DFE: single cotton-wool spot OS along the
inferior arcade, no hemorrhage, no granular/fluffy necrotizing lesions, no
vitritis. Periphery flat 360 OU. Widefield photos taken.

Imp: HIV retinopathy (microvascular), no CMV retinitis. No tx needed.
RTC 6 mo, sooner w/ floaters or field loss. Will send formal letter.

Priya
"""))


# ---- genetic
@msg("newborn-connexin-result-letter", "restricted", "genetic: PDF attachment with an infant's GJB2 genetic test result and genetic-counselling plan; the body is generic", cat="genetic", where="attachment:pdf")
def _():
    lines = ["SOUNDBRIDGE PEDIATRIC AUDIOLOGY - GENETICS RESULT LETTER", "",
             "Child: Milo Ferreira-Quon      DOB: 01/08/2026      Chart: SB-P-0912",
             "Parents: Ana Ferreira and Daniel Quon", "",
             "Hearing: bilateral moderate-to-severe sensorineural loss on diagnostic ABR (02/10/2026).",
             "Genetic test: hearing loss panel (sequencing and deletion/duplication), reported 04/02/2026.",
             "Result: POSITIVE. Two pathogenic variants in GJB2 (connexin 26): c.35delG and c.101T>C (p.M34T),",
             "in trans (confirmed by parental testing). This explains Milo's hearing loss.",
             "Meaning for the family: each future child of these parents has a 1 in 4 chance of the same",
             "condition. Both parents are carriers. Other relatives may choose carrier testing.",
             "Plan: genetic counselling visit with Jenna Holt, MS, CGC on 04/21; continue hearing aids;",
             "cochlear implant candidacy evaluation if aided progress plateaus.",
             "", "Hana Iwu, AuD    Jenna Holt, MS, CGC"]
    return Mail(A("Jenna Holt, MS, CGC", "jholt@" + SB), A("Ana Ferreira", "ana.ferreira@" + GM),
                "Letter from today", D(4, 9, 15, 30, tz="CT"),
                MIX(T("""Hi Ana and Daniel,

Here is the letter we went over today, for your records and for Milo's
pediatrician. I'll see you on the 21st.

Jenna
"""), PDF("Letter_SB-P-0912.pdf", lines, title="Result letter")))


@msg("azmayesh-zhenetiki-usher-fa", "restricted", "genetic: Farsi mother asks about her son's genetic test for Usher syndrome with hearing loss and a retinal finding", cat="genetic", lang="fa", where="body:family")
def _():
    return Mail(A("مریم رضایی", "maryam.rezaei@" + GM), A("Soundbridge Audiology", "office@" + SB),
                "سوال درباره آزمایش ژنتیک پسرم", D(3, 30, 21, 15, tz="CT"),
                T("""سلام،

من مادر آرین رضایی هستم (تاریخ تولد ۱۴ ژوئن ۲۰۱۶). آرین از بچگی سمعک دارد و
دکتر ایوو گفتند کم‌شنوایی او شدید است. ماه پیش چشم‌پزشک در کلینیک کلیرویو
گفت در شبکیه‌اش علائم رتینیت پیگمانتوزا دیده می‌شود و ممکن است سندرم آشر
باشد.

حالا برای آزمایش ژنتیک (پنل ژن‌های آشر، مثل MYO7A و USH2A) به ما وقت
مشاوره ژنتیک داده‌اند. سوال‌های من:

۱. آیا بیمه هزینه آزمایش را می‌پردازد؟
۲. اگر نتیجه مثبت باشد، آیا برای خواهر کوچکش هم باید آزمایش بدهیم؟
۳. آیا می‌شود در جلسه مشاوره مترجم فارسی داشته باشیم؟

با تشکر،
مریم رضایی – 555-0121
""", cs="utf-8", cte="base64"))


@msg("rpe65-panel-result-gene-therapy", "restricted", "genetic: quoted-printable letter giving a named patient's biallelic RPE65 result and gene-therapy evaluation", cat="genetic", where="body:qp")
def _():
    return Mail(A("Dr. Priya Ames", "pames@" + CV), A("Inherited Retinal Disease Clinic", "ird@marloweeye.example.org"),
                "Referral for gene therapy evaluation - Amara Lindstrom", D(8, 26, 13, 45, tz="CT"),
                T("""Dear colleagues,

I am referring Amara Lindstrom (DOB 10/19/2011, MRN CVE00541178) for
evaluation for subretinal gene therapy.

She has had night blindness since early childhood and nystagmus; ERG shows
severely reduced rod and cone responses. Her inherited retinal disease
panel (reported 08/12/2026) found two pathogenic variants in RPE65:
c.1102T>C (p.Tyr368His) and c.11+5G>A, confirmed in trans by parental
testing. OCT shows preserved outer retina centrally – I think she has
enough viable cells.

The family has met with our genetic counselor and understands the
autosomal recessive inheritance; her younger brother is being tested.

Priya Ames, MD – Clearview Eye Associates – 555-0133
""", cs="utf-8", cte="quoted-printable"))


@msg("cyp2c19-consult-note-docx", "restricted", "genetic: DOCX pharmacogenomic consult gives a named patient's CYP2C19 poor-metabolizer result and a clopidogrel change; a pharmacogenomic result counts as a genetic test result", cat="genetic", where="attachment:docx")
def _():
    paras = ["MILLSTONE PHARMACY - PHARMACOGENOMICS CONSULT NOTE",
             "Patient: Harold Benning    DOB: 06/06/1955    Date: 03/30/2026",
             "Ordering clinician: Dr. Anita Rowe, Quarry Family Practice",
             "Test: buccal swab PGx panel (CYP2C19, CYP2C9, VKORC1, SLCO1B1, CYP2D6).",
             "Result: CYP2C19 *2/*2 - poor metabolizer. SLCO1B1 *1/*5 - decreased function.",
             "Relevance: clopidogrel 75 mg (after stent 01/2026) is unlikely to be activated. CPIC recommends an alternative antiplatelet (prasugrel or ticagrelor) if no contraindication.",
             "Simvastatin 40 mg: increased myopathy risk with SLCO1B1 *5; consider rosuvastatin or atorvastatin at a lower dose.",
             "Recommendation faxed to cardiology and primary care. Patient counselled; copy of the report given to him.",
             "Owen Pryce, PharmD"]
    return Mail(A("Owen Pryce, PharmD", "owen@" + MS), A("Quarry Family Practice", "referrals@quarryfp.example.com"),
                "Consult note", D(3, 30, 17, 20),
                MIX(T("Dr. Rowe, consult note attached. I've also called cardiology.\n\nOwen\n"),
                    DOCX("PGx_consult_0330.docx", paras)))


@msg("eda-jiyin-jieguo-yazhi-zh", "restricted", "genetic: Big5 Chinese message from a mother about her daughter's EDA gene result (ectodermal dysplasia) and missing teeth", cat="genetic", lang="zh", where="body:family")
def _():
    return Mail(A("林淑芬", "shufen.lin@" + GN, cs="big5"), A("Sandpiper Orthodontics", "office@" + SP),
                "關於女兒的基因檢測結果和牙齒治療", D(5, 12, 21, 0, tz="CT"), scs="big5",
                body=T("""您好，

我是林小雨（2015年9月3日生）的媽媽。上次醫生說小雨先天缺了很多顆恆牙，
建議做基因檢測。結果上週出來了：EDA 基因有一個致病變異，遺傳科醫生說是
X 連鎖少汗性外胚層發育不良，我是帶因者。

想請問：
一、以後做矯正和種植牙的時間怎麼安排？
二、保險公司說有了基因診斷，可以申請先天缺牙的給付，需要醫生寫證明嗎？
三、她的弟弟也需要檢查嗎？

謝謝！
林淑芬 555-0125
""", cs="big5", cte="base64"))


# ---- reproductive
@msg("pilula-receitada-farmaceutica-pt", "restricted", "reproductive: Portuguese follow-up from a pharmacist who prescribed a named patient's contraceptive pill", cat="reproductive", lang="pt", where="body")
def _():
    return Mail(A("Dra. Lucía Benítez, PharmD", "lbenitez@" + HD), A("Larissa Monteiro", "larissa.monteiro@" + GM),
                "Retorno: sua pílula anticoncepcional", D(9, 3, 18, 0, tz="CT"), scs="utf-8", smode="Q",
                body=T("""Olá, Larissa!

Obrigada por ter vindo ontem. Resumo da consulta:

• Pressão arterial: 118/76 – normal.
• Pelo questionário, não há contraindicação para pílula combinada.
• Receitei levonorgestrel/etinilestradiol 0,15/0,03 mg, 3 cartelas.
  Comece no primeiro dia da próxima menstruação; se começar em outro dia,
  use camisinha nos primeiros 7 dias.
• Se esquecer um comprimido, tome assim que lembrar, mesmo que sejam dois
  no mesmo dia.

Volte em 3 meses para medir a pressão e renovar por 12 meses. Dor forte na
perna, no peito ou dor de cabeça muito forte: procure atendimento na hora.

Lucía Benítez, PharmD – Farmácia Hollis 0412 – 555-0126
""", cs="utf-8", cte="quoted-printable"))


@msg("grenn-demen-maten-ht", "restricted", "reproductive: Haitian Creole message from a woman to the pharmacist about emergency contraception she took and starting birth control", cat="reproductive", lang="ht", where="body")
def _():
    return Mail(A("Nadège Pierre-Louis", "nadege.pl@" + GM), A("Famasi Millstone", "rx@" + MS),
                "Kesyon sou grenn demen maten an", D(5, 29, 7, 55),
                T("""Bonjou,

Se mwen Nadège Pierre-Louis ki te achte grenn "Plan B" la yè swa nan famasi
a. Mwen te pran l a 10è diswa, apre kapòt la te chire jedi swa.

Kounye a mwen gen kè plen ak ti senyen. Èske sa nòmal? Èske m bezwen pran
yon lòt grenn si m vomi?

Epitou farmasyen an te di m ke nou ka preskri grenn planin pou m pa bezwen
sa ankò. Èske m ka vini samdi pou sa?

Mèsi anpil,
Nadège – 555-0127
""", cs="utf-8", cte="8bit"))


@msg("mifepristone-dispensed-confirmation", "restricted", "reproductive: certified pharmacy confirms to the prescriber that a named patient's medication-abortion regimen was dispensed", cat="reproductive", where="body")
def _():
    return Mail(A("Millstone Pharmacy", "rx@" + MS), A("Dr. Ilse Kaur", "ikaur@eastbaywomens.example.org"),
                "Dispensed: Renee Gallardo 3/11", D(3, 11, 16, 40),
                T("""Dr. Kaur,

Confirming we dispensed to Renee Gallardo (DOB 08/08/1996) today at 3:55 pm:

- mifepristone 200 mg, 1 tablet (REMS patient agreement on file)
- misoprostol 200 mcg, 4 tablets buccal, 24-48 h after mifepristone
- ibuprofen 800 mg, #20; ondansetron 4 mg ODT, #6

She was counselled on expected bleeding, when to call and the follow-up
pregnancy test in 4 weeks. She asked that the pharmacy not call her home
number; mobile only, 555-0141.

Nadia Ferris, PharmD
"""))


@msg("fertility-meds-cold-pack-delivery", "restricted", "reproductive: specialty pharmacy delivery notice of a named patient's IVF stimulation medicines with tracking numbers", cat="reproductive", where="body")
def _():
    return Mail(A("Millstone Specialty Fertility", "fertility@" + MS), A("Priyanka Deshmukh", "priyanka.d@" + GN),
                "Your delivery is on the way", D(1, 9, 12, 10),
                T("""Hi Priyanka,

Your medications for this IVF cycle shipped today by overnight courier,
cold pack, signature required. Tracking: PW9011300472215 (cold box) and
PW9011300472222 (room temperature).

Cold box:
- follitropin alfa pen 900 IU x 2
- menotropins 75 IU vials x 10
- ganirelix 250 mcg syringes x 5
Room temperature:
- progesterone in oil 50 mg/mL, 10 mL vial x 2, with 22G needles
- leuprolide trigger kit, sharps container

Refrigerate the cold box items as soon as they arrive. Your injection
teaching video visit is tomorrow at 6 pm. Dr. Hale's clinic says start
stims on day 2 of your period.

Millstone Specialty Fertility, 555-0153
"""))


@msg("expedited-partner-rx-filled", "restricted", "reproductive: pharmacist note about an expedited-partner-therapy fill for a named partner after a chlamydia result", cat="reproductive", where="subject")
def _():
    return Mail(A("Priscilla Ng, RPh", "rx0417@" + HD), A("Hollis 0417 techs", "techs0417@" + HD),
                "EPT fill for Kyle Dempsey - partner of a chlamydia-positive pt, doxy x7d - no ID needed", D(2, 19, 11, 5, tz="CT"),
                T("""Heads up, he'll be in after 5. Prescription is under his name, no
insurance, use the $10 cash price. Counsel him and give the handout.

P.
"""))


# ================================================================= build ==
def build():
    seen = set()
    known = {m["slug"] for m in MSGS}
    assert ALT_WRAP <= known and NO_MIME <= known, (ALT_WRAP | NO_MIME) - known
    for m in MSGS:
        s = m["slug"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s), s
        for w in BANNED:
            if w in s:
                raise SystemExit("refusing to build: slug %r contains %r" % (s, w))
        assert s not in seen, "duplicate slug " + s
        seen.add(s)
        assert m["label"] in LABELS, s
        if m["label"] == "restricted":
            assert m["cat"] in CATS and m["reason"].startswith(m["cat"]), (s, m["cat"], m["reason"])
        else:
            assert m["cat"] is None, s
        if m["label"] != "none":
            assert m["where"], s
        assert "\t" not in m["reason"] and "\n" not in m["reason"], s
    order = list(MSGS)
    random.Random(SEED).shuffle(order)
    files, rows = {}, []
    for i, m in enumerate(order, 1):
        ST.slug, ST.n = m["slug"], 0
        rel = "%s/%03d-%s.eml" % (m["label"], i, m["slug"])
        m["file"] = rel
        files[rel] = finish(m["fn"](), m["slug"]).render()
        rows.append("%s\t%s\t%s" % (rel, m["label"], m["reason"]))
    rows.sort()
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files, order


def write(files):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)


# ================================================================= check ==
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+$-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"\b(?:https?|ftp|wss?)://([A-Za-z0-9.-]+)")
WWW_RE = re.compile(r"(?<![A-Za-z0-9.])www\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
US_PHONE_RE = re.compile(r"(?<![\d-])\(?(\d{3})\)?[-. ](\d{3})[-. ](\d{4})(?![\d-])")
P555_RE = re.compile(r"(?<!\d)555[-. ]?(\d{4})(?!\d)")
TEN_RE = re.compile(r"(?<!\d)([12]\d{9})(?!\d)")
DEA_RE = re.compile(r"(?<![A-Z0-9])([A-Z]{2}\d{7})(?!\d)")
EW_RE = re.compile(r"=\?[^?\s]+\?[bBqQ]\?")
MID_RE = re.compile(r"^<[^<>@\s]+@[A-Za-z0-9.-]+>$")


def host_ok(h):
    h = h.lower().rstrip(".")
    return (h.endswith(".test") or h in ("example.com", "example.org", "example.net")
            or h.endswith((".example.com", ".example.org", ".example.net")))


def pdf_check(data, errs, tag):
    """Verify xref offsets and stream lengths; return the text layer."""
    text = []
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        errs.append(tag + ": PDF without startxref")
        return ""
    x = int(m.group(1))
    if not data[x:].startswith(b"xref"):
        errs.append(tag + ": startxref does not point at xref")
        return ""
    sub = re.match(rb"xref\s+0\s+(\d+)\s+", data[x:])
    n = int(sub.group(1))
    pos = x + sub.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        off, gen, kind = int(ent[:10]), int(ent[11:16]), ent[17:18]
        if kind == b"n" and not data[off:].startswith(b"%d 0 obj" % i):
            errs.append(tag + ": xref entry %d points at the wrong offset" % i)
    for sm in re.finditer(rb"<<([^<>]*?/Length (\d+)[^<>]*)>>\s*stream\r?\n", data):
        ln = int(sm.group(2))
        start = sm.end()
        raw = data[start:start + ln]
        if not re.match(rb"\r?\nendstream", data[start + ln:start + ln + 12]):
            errs.append(tag + ": stream /Length is wrong")
            continue
        if b"/FlateDecode" in sm.group(1):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                errs.append(tag + ": Flate stream does not inflate")
                continue
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            text.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("latin-1"))
    if not text:
        errs.append(tag + ": PDF has no text layer")
    return "\n".join(text)


def docx_text(data, errs, tag):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        x = z.read("word/document.xml").decode("utf-8")
    except Exception as e:  # noqa
        errs.append(tag + ": DOCX does not open: %s" % e)
        return ""
    import xml.etree.ElementTree as ET
    try:
        ET.fromstring(x)
    except ET.ParseError as e:
        errs.append(tag + ": document.xml does not parse: %s" % e)
    return re.sub(r"<[^>]+>", " ", x.split("<w:body>", 1)[-1])


def ics_check(text, errs, tag):
    if not text.lstrip().startswith("BEGIN:VCALENDAR"):
        errs.append(tag + ": ICS does not start with BEGIN:VCALENDAR")
    stack = []
    for ln in text.splitlines():
        if ln.startswith("BEGIN:"):
            stack.append(ln[6:].strip())
        elif ln.startswith("END:"):
            if not stack or stack.pop() != ln[4:].strip():
                errs.append(tag + ": ICS BEGIN/END out of balance")
                return
    if stack:
        errs.append(tag + ": ICS BEGIN/END out of balance")


def invented_check(text, errs, tag):
    for m in EMAIL_RE.finditer(text):
        if not host_ok(m.group(1)):
            errs.append("%s: address outside example/.test: %s" % (tag, m.group(0)))
    for rx in (URL_RE, WWW_RE):
        for m in rx.finditer(text):
            h = m.group(1) if rx is URL_RE else "www." + m.group(1)
            if not host_ok(h):
                errs.append("%s: URL host outside example/.test: %s" % (tag, h))
    for m in US_PHONE_RE.finditer(text):
        if m.group(2) != "555" or not m.group(3).startswith("01"):
            errs.append("%s: phone outside 555-01xx: %s" % (tag, m.group(0)))
    for m in P555_RE.finditer(text):
        if not m.group(1).startswith("01"):
            errs.append("%s: 555 number outside 01xx: %s" % (tag, m.group(0)))
    for m in TEN_RE.finditer(text):
        ctx = text[max(0, m.start() - 40):m.end() + 40]
        if "NPI" in ctx and not luhn_ok("80840" + m.group(1)):
            errs.append("%s: NPI fails Luhn: %s" % (tag, m.group(1)))
    for m in DEA_RE.finditer(text):
        ctx = text[max(0, m.start() - 40):m.end() + 40]
        if "DEA" in ctx and not dea_ok(m.group(1)):
            errs.append("%s: DEA check digit fails: %s" % (tag, m.group(1)))


def check_one(rel, data, errs, info):
    tag = rel
    if data.replace(b"\r\n", b"").count(b"\n") or data.replace(b"\r\n", b"").count(b"\r"):
        errs.append(tag + ": bare CR or LF")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append(tag + ": line over 998 octets")
            break
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append(tag + ": raw 8-bit byte in the header block")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (tag, h))
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append(tag + ": Content-Type without MIME-Version")
    raw_date = re.search(rb"(?m)^Date: (.*)$", head).group(1).decode().strip()
    try:
        dt = email.utils.parsedate_to_datetime(raw_date)
        if dt.year != 2026 or dt.tzinfo is None or not re.search(r"[+-]\d{4}$", raw_date):
            errs.append(tag + ": Date not in 2026 with a zone")
    except Exception:  # noqa
        errs.append(tag + ": Date does not parse")
    for h in ("Message-ID", "In-Reply-To", "References"):
        for v in msg.get_all(h) or []:
            for one in str(v).split():
                if not MID_RE.match(one):
                    errs.append("%s: malformed %s %s" % (tag, h, one))
    texts = []
    leaves = []
    for part in msg.walk():
        if part.defects:
            errs.append("%s: defects %s" % (tag, part.defects))
        for k, v in part.items():
            sv = str(v)
            if EW_RE.search(sv):
                errs.append("%s: undecoded encoded word in %s" % (tag, k))
            texts.append("%s: %s" % (k, sv))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
        fn = part.get_filename()
        leaves.append((ctype, cte, part.get_content_charset(), fn))
        if fn:
            texts.append(fn)
        payload = part.get_payload()
        if cte == "base64":
            lines = payload.replace("\r\n", "\n").split("\n")
            if any(len(l) > 76 for l in lines):
                errs.append(tag + ": base64 line over 76")
            try:
                base64.b64decode("".join(lines), validate=True)
            except Exception:  # noqa
                errs.append(tag + ": base64 does not decode strictly")
        elif cte == "quoted-printable":
            for l in payload.replace("\r\n", "\n").split("\n"):
                if len(l) > 76:
                    errs.append(tag + ": QP line over 76")
                if l != l.rstrip(" \t"):
                    errs.append(tag + ": QP trailing whitespace")
                if re.search(r"=(?![0-9A-F]{2}|$)", l) or not l.isascii():
                    errs.append(tag + ": bad QP escape or 8-bit byte")
        elif cte == "7bit":
            if not payload.isascii():
                errs.append(tag + ": 8-bit data in a 7bit part")
        try:
            content = part.get_content()
        except Exception as e:  # noqa
            errs.append("%s: get_content failed for %s: %s" % (tag, ctype, e))
            continue
        cs = part.get_content_charset()
        if part.get_content_maintype() == "text":
            try:
                part.get_payload(decode=True).decode(codec(cs or "us-ascii"), "strict")
            except Exception:  # noqa
                errs.append("%s: charset %s does not decode strictly" % (tag, cs))
        low = (fn or "").lower()
        if isinstance(content, bytes):
            if ctype == "application/pdf":
                texts.append(pdf_check(content, errs, tag))
                continue
            if low.endswith(".docx"):
                texts.append(docx_text(content, errs, tag))
                continue
            if ctype.startswith("image/"):
                if ctype == "image/png" and not content.startswith(b"\x89PNG"):
                    errs.append(tag + ": PNG signature")
                continue
            try:
                content = content.decode("utf-8")
            except UnicodeDecodeError:
                errs.append(tag + ": attachment is not UTF-8 text")
                continue
        texts.append(content)
        if ctype == "text/calendar" or low.endswith(".ics"):
            ics_check(content, errs, tag)
        if "json" in ctype or low.endswith(".json"):
            try:
                json.loads(content)
            except ValueError:
                errs.append(tag + ": JSON does not parse")
        if "hl7" in ctype or low.endswith(".hl7"):
            if not content.startswith("MSH|"):
                errs.append(tag + ": HL7 does not start with MSH|")
    invented_check("\n".join(texts), errs, tag)
    info["top"] = msg.get_content_type() if msg["Content-Type"] is not None else "(no MIME)"
    info["leaves"] = leaves
    info["text"] = "\n".join(texts)


def check(files, order):
    errs = []
    # layout
    expect = set(files)
    on_disk = set()
    for f in os.listdir(HERE):
        p = os.path.join(HERE, f)
        if f in LABELS and os.path.isdir(p):
            for g in os.listdir(p):
                on_disk.add("%s/%s" % (f, g))
        elif f in ("labels.tsv",):
            on_disk.add(f)
        elif f not in ("gen.py", "README.md"):
            errs.append("stray file or directory: " + f)
    for f in sorted(on_disk - expect):
        errs.append("stray file: " + f)
    for f in sorted(expect - on_disk):
        errs.append("missing file: " + f)
    for f in sorted(expect & on_disk):
        with open(os.path.join(HERE, f), "rb") as fh:
            if fh.read() != files[f]:
                errs.append("differs from what gen.py writes: " + f)
    # counts and numbering
    c = collections.Counter(m["label"] for m in order)
    for lab in LABELS:
        if c[lab] != COUNTS[lab]:
            errs.append("count for %s is %d, not %d" % (lab, c[lab], COUNTS[lab]))
    nums = sorted(int(m["file"].split("/")[1][:3]) for m in order)
    if nums != list(range(1, len(order) + 1)) or len(order) != 150:
        errs.append("numbers are not 001-150")
    # labels.tsv
    seen = collections.Counter()
    for ln in files["labels.tsv"].decode("utf-8").splitlines():
        f, lab, why = ln.split("\t")
        seen[f] += 1
        if f.split("/")[0] != lab or f not in files:
            errs.append("labels.tsv row does not match its folder: " + f)
        if not why.strip():
            errs.append("labels.tsv row without reason: " + f)
    for m in order:
        if seen[m["file"]] != 1:
            errs.append("labels.tsv does not list %s exactly once" % m["file"])
        for w in BANNED:
            if w in m["slug"]:
                errs.append("banned word in slug " + m["slug"])
    ne = sum(1 for m in order if m["lang"] != "en")
    if not 28 <= ne <= 38:
        errs.append("%d non-English messages, want 28-38" % ne)
    traps = sum(1 for m in order if m["label"] == "none" and m["trap"])
    if traps < 55:
        errs.append("%d traps, want at least 55" % traps)
    for m in order:
        info = {}
        check_one(m["file"], files[m["file"]], errs, info)
        m.update(info)
    return errs


def stats(order):
    c = collections.Counter(m["label"] for m in order)
    print("labels:", ", ".join("%s %d" % (l, c[l]) for l in LABELS), "| total", len(order))
    print("restricted by category:", dict(collections.Counter(m["cat"] for m in order if m["cat"])))
    print("traps among none: %d" % sum(1 for m in order if m["label"] == "none" and m["trap"]))
    bl = [m for m in order if m["reason"].startswith("borderline:")]
    print("borderline: %d (%s)" % (len(bl), dict(collections.Counter(m["label"] for m in bl))))
    ne = [m for m in order if m["lang"] != "en"]
    print("not in English: %d" % len(ne))
    for l in LABELS:
        print("  %-10s %s" % (l, dict(sorted(collections.Counter(m["lang"] for m in ne if m["label"] == l).items()))))
    print("languages:", dict(sorted(collections.Counter(m["lang"] for m in order).items())))
    print("top-level structure:", dict(collections.Counter(m["top"] for m in order).most_common()))
    lv = collections.Counter()
    ctes = collections.Counter()
    css = collections.Counter()
    for m in order:
        for ct, cte, cs, fn in m["leaves"]:
            lv[ct] += 1
            ctes[cte] += 1
            if cs:
                css[cs] += 1
    print("leaf parts:", dict(lv.most_common()))
    print("transfer encodings:", dict(ctes.most_common()))
    print("charsets:", dict(css.most_common()))
    print("where the PHI sits:", dict(collections.Counter(m["where"] for m in order if m["where"]).most_common()))


def main(argv):
    files, order = build()
    if "--check" not in argv and "--stats" not in argv:
        write(files)
    errs = check(files, order)
    if "--stats" in argv:
        stats(order)
    for e in errs:
        print("FAIL", e)
    print("check: %s (%d files, %d problems)" % ("ok" if not errs else "FAILED", len(files), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
