#!/usr/bin/env python3
"""Generator for wide37: one ordinary week of mail (6-11 December 2026) at an
invented community hospital, Wrenfield Community Hospital, its outpatient
clinics, its vendors, payers, referring practices, patients and families.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print labels, categories, languages, structure

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries,
zip timestamps and a fixed shuffle seed.  Every person, organisation,
address, phone number and identifier below is invented.
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
import textwrap
import zipfile
import zlib
import email
import email.policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261211
LABELS = ("none", "phi", "restricted")
WANT = {"none": 70, "phi": 52, "restricted": 28}
CATEGORIES = ("mental health", "substance use", "HIV", "genetic", "reproductive")
FORBIDDEN_SLUG = ("trap", "phi", "restricted", "none")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-9": "iso8859_9",
    "windows-1252": "cp1252", "windows-1250": "cp1250",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "koi8-u": "koi8_u", "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
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
    return hashlib.sha1(("|".join(["wide37", ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


def bnd():
    h = _h("b")
    style = int(h[0], 16) % 4
    if style == 0:   # Outlook
        return "_000_%s%s_" % (h[1:17].upper(), h[17:25])
    if style == 1:   # Gmail
        return "000000000000%s" % h[1:17]
    if style == 2:   # Apple Mail
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1796000000000 + int(h[13:17], 16))


def make_mid(domain):
    h = _h("m")
    style = int(h[0], 16) % 3
    if style == 0:
        local = "%s.%s" % (h[1:13].upper(), h[13:21].upper())
    elif style == 1:
        local = "CAF%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    else:
        local = "%s-%s-%s-%s-%s" % (h[1:9], h[9:13], h[13:17], h[17:21], h[21:33])
    return "<%s@%s>" % (local, domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def D(day, h, mi=0, s=0, tz="-0500", mo=12):
    """RFC 5322 date in December 2026 (the week is 7-13 Dec); EST default."""
    wd = _WD[datetime.date(2026, mo, day).weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (wd, day, mon, h, mi, s, tz)


# ----------------------------------------------------------- check digits --
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def NPI(base9):
    for c in "0123456789":
        if luhn_ok("80840" + base9 + c):
            return base9 + c
    raise ValueError(base9)


def dea_ok(s):
    d = [int(x) for x in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def DEA(letters, base6):
    d = [int(x) for x in base6]
    return letters + base6 + str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


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
    if cd == "iso2022_jp":   # stateful: encode the whole value in one go per word
        pass
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
        return "<%s>" % addr
    if name.isascii():
        if any(c in _SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, addr)
    # Non-ASCII display name: encode runs of words that need it, leave plain
    # words as atoms, so no two encoded words are ever adjacent (decoders
    # disagree about the space between adjacent encoded words in a phrase).
    cd = codec(cs)
    out, run = [], []

    def flush():
        if run:
            w = _ew_one(" ".join(run).encode(cd), cs, mode)
            if len(w) > 75:
                raise ValueError("display name word too long: %r" % name)
            out.append(w)
            del run[:]
    for t in name.split(" "):
        if not t.isascii() or any(c in _SPECIALS for c in t):
            run.append(t)
        else:
            flush()
            out.append(t)
    flush()
    return "%s <%s>" % (" ".join(out), addr)


def _param(k, v):
    if v.isascii():
        return '%s="%s"' % (k, v.replace('"', '\\"'))
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
    return "%s*=utf-8''%s" % (k, enc)


def dd(s):
    """Dedent a triple-quoted block and drop the first newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte="7bit", disp=None,
                 filename=None, children=None, charset=None, cid=None):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.disp, self.filename, self.children, self.charset = disp, filename, children, charset
        self.cid = cid

    def header_lines(self):
        hs = []
        if self.children is not None:
            self.boundary = bnd()
            hs.append('Content-Type: %s;\r\n\tboundary="%s"' % (self.ctype, self.boundary))
        else:
            ct = self.ctype
            if self.charset:
                ct += '; charset="%s"' % self.charset
            for k, v in self.params:
                ct += "; " + _param(k, v)
            if self.filename and self.disp == "attachment" and not self.ctype.startswith("text/calendar"):
                ct += ";\r\n\t" + _param("name", self.filename)
            hs.append("Content-Type: " + ct)
            hs.append("Content-Transfer-Encoding: " + self.cte)
            if self.cid:
                hs.append("Content-ID: <%s>" % self.cid)
            if self.disp:
                d = self.disp
                if self.filename:
                    d += ";\r\n\t" + _param("filename", self.filename)
                hs.append("Content-Disposition: " + d)
        return hs

    def body_bytes(self):
        if self.children is not None:
            out = b"This is a multi-part message in MIME format.\r\n\r\n" if self.ctype == "multipart/mixed" else b""
            for c in self.children:
                out += b"--" + self.boundary.encode() + b"\r\n" + c.render()
                if not out.endswith(b"\r\n"):
                    out += b"\r\n"
            out += b"--" + self.boundary.encode() + b"--\r\n"
            return out
        data = self.data
        if isinstance(data, str):
            data = nl(data).encode(codec(self.charset or "us-ascii"))
        if self.cte == "base64":
            return b64_encode(data)
        if self.cte == "quoted-printable":
            return qp_encode(data) + b"\r\n"
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        return data

    def render(self):
        hs = self.header_lines()
        return (CRLF.join(hs) + CRLF + CRLF).encode("ascii") + self.body_bytes()


def _auto_cte(text, cs, cte):
    if cte:
        return cte
    return "7bit" if text.isascii() else "quoted-printable"


def T(text, cs=None, cte=None, flowed=False):
    """text/plain leaf."""
    text = dd(text) if text.startswith("\n") else text
    cs = cs or ("us-ascii" if text.isascii() else "utf-8")
    p = Part("text/plain", text, charset=cs, cte=_auto_cte(text, cs, cte))
    if flowed:
        p.params.append(("format", "flowed"))
    return p


def H(html, cs=None, cte=None):
    html = dd(html) if html.startswith("\n") else html
    cs = cs or ("us-ascii" if html.isascii() else "utf-8")
    return Part("text/html", html, charset=cs, cte=_auto_cte(html, cs, cte))


def ALT(*parts):
    return Part("multipart/alternative", children=list(parts))


def MIX(*parts):
    return Part("multipart/mixed", children=list(parts))


def ATT(ctype, name, data, cte="base64", charset=None, disp="attachment"):
    return Part(ctype, data, cte=cte, disp=disp, filename=name, charset=charset)


def html_doc(inner, title=None):
    head = "<head><meta charset=\"utf-8\">%s</head>" % ("<title>%s</title>" % title if title else "")
    return "<html>" + head + "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + dd(inner) + "\n</body></html>\n"


# --------------------------------------------------------- attachments --
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(text, flate=False, title="Document"):
    lines = dd(text).rstrip("\n").split("\n")
    content = "BT\n/F1 10 Tf\n14 TL\n56 750 Td\n" + "".join("(%s) Tj T*\n" % _pdf_esc(l) for l in lines) + "ET\n"
    cb = content.encode("latin-1")
    extra = b""
    if flate:
        cb = zlib.compress(cb, 9)
        extra = b" /Filter /FlateDecode"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d%s >>\nstream\n" % (len(cb), extra) + cb + b"\nendstream",
        ("<< /Title (%s) /Producer (Wrenfield DocGen 2.3) /CreationDate (D:20261207090000-05'00') >>" % _pdf_esc(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def PDF(name, text, flate=False, title=None):
    return ATT("application/pdf", name, make_pdf(text, flate, title or name))


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


ZIP_TIME = (2026, 12, 7, 8, 0, 0)


def make_docx(text):
    paras = dd(text).rstrip("\n").split("\n")
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body))
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, d in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(n, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, d.encode("utf-8"))
    return buf.getvalue()


def DOCX(name, text):
    return ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", name, make_docx(text))


def CSV(name, text, cte="base64"):
    data = nl(dd(text))
    return ATT("text/csv", name, data, cte=cte, charset="utf-8")


def HL7(name, segments):
    data = ("\r".join(s for s in dd(segments).strip("\n").split("\n")) + "\r").encode("ascii")
    return ATT("application/hl7-v2", name, data)


def FHIR(name, obj):
    return ATT("application/fhir+json", name, json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8") + b"\n")


def ics_text(summary, start, end, desc="", method="REQUEST", loc="", org=("Wrenfield Scheduling", "scheduling@wrenfieldhealth.example.org"), att=(), uid=None, extra=""):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Wrenfield//Corvane Scheduling 9.1//EN", "VERSION:2.0", "METHOD:" + method,
             "BEGIN:VTIMEZONE", "TZID:America/New_York", "BEGIN:STANDARD", "DTSTART:20251102T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:20260308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500",
             "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             "UID:" + (uid or (_h("uid")[:24] + "@wrenfieldhealth.example.org")),
             "DTSTAMP:20261207T130000Z", "DTSTART;TZID=America/New_York:" + start, "DTEND;TZID=America/New_York:" + end,
             "SUMMARY:" + summary]
    if loc:
        lines.append("LOCATION:" + loc)
    if desc:
        lines.append("DESCRIPTION:" + desc.replace("\n", "\\n"))
    lines.append("ORGANIZER;CN=%s:mailto:%s" % org)
    for cn, ad in att:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, ad))
    if extra:
        lines += extra.split("\n")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:   # fold at 75 octets
        b = l.encode("utf-8")
        while len(b) > 75:
            cut = 75 if not out or not out[-1:] else 74
            cut = 75
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode("utf-8"))
            b = b" " + b[cut:]
        out.append(b.decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


def ICS(ics, method="REQUEST", name=None, cte=None):
    cte = cte or ("7bit" if ics.isascii() else "quoted-printable")
    p = Part("text/calendar", ics, charset="utf-8", cte=cte,
             disp="attachment" if name else None, filename=name)
    p.params.append(("method", method))
    return p


# ------------------------------------------------------------- messages --
MESSAGES = []
WRH = "wrenfieldhealth.example.org"


def msg(slug, label, reason, frm, to, subj, date, body, lang="en", trap=False,
        cc=None, extra=(), subj_cs="utf-8", subj_mode="B", mid_domain=None,
        reply=False, note=""):
    ST.slug, ST.n = slug, 0
    hs = ["From: " + frm]
    to = [to] if isinstance(to, str) else to
    hs.append("To: " + ",\r\n\t".join(to))
    if cc:
        cc = [cc] if isinstance(cc, str) else cc
        hs.append("Cc: " + ",\r\n\t".join(cc))
    hs.append("Subject: " + ew(subj, subj_cs, subj_mode))
    hs.append("Date: " + date)
    dom = mid_domain or re.search(r"@([\w.-]+)>?\s*$", frm).group(1)
    hs.append("Message-ID: " + make_mid(dom))
    if reply:
        hs.append("In-Reply-To: " + make_mid(WRH))
    for e in extra:
        hs.append(e)
    if body is None:
        raise ValueError(slug)
    if isinstance(body, str):   # a plain message with no MIME headers at all
        raw = (CRLF.join(hs) + CRLF + CRLF).encode("ascii") + nl(dd(body)).encode("ascii")
    else:
        hs.append("MIME-Version: 1.0")
        raw = (CRLF.join(hs) + CRLF).encode("ascii") + body.render()
    MESSAGES.append(dict(slug=slug, label=label, reason=reason, lang=lang, trap=trap, raw=raw))


# ====================================================================
# People and places (all invented).  Wrenfield Community Hospital (WCH),
# 212 beds, in an invented New England town; its clinics; its vendors.
# ====================================================================
def W(local, name=None):
    return A(name, local + "@" + WRH) if name else local + "@" + WRH


SIG_ED = "Colleen Farraday, BSN, RN, CEN\nNurse Manager, Emergency Department\nWrenfield Community Hospital\n(860) 555-0114 office | (860) 555-0187 cell"
SIG_PHARM = "Theo Marchetti, PharmD, BCPS\nDirector of Pharmacy Services\nWrenfield Community Hospital\n(860) 555-0131"
NPI_ACH = NPI("164820937")     # Dr. Miriam Achterberg (ED)
NPI_QUI = NPI("131957204")     # Dr. Rafael Quintero (anaesthesia)
NPI_ROY = NPI("152093318")     # Dr. Imani Roy (cardiology)
NPI_CAL = NPI("119384756")     # Dr. Gordon Calloway (family practice)
NPI_HSU = NPI("173046621")     # Dr. Peter Hsu (radiology)
NPI_SER = NPI("140582267")     # Dr. Lucia Serrano (OB/GYN)
NPI_FAL = NPI("128855430")     # Dr. Owen Falkner (ID)
NPI_RAH = NPI("186620915")     # Dr. Aisha Rahman (addiction medicine)
DEA_QUI = DEA("BQ", "482091")
DEA_WCH = DEA("AW", "735104")  # hospital pharmacy registration
DEA_TAM = DEA("RT", "210586")  # wholesaler
DEA_RAH = DEA("FR", "553720")

# ------------------------------------------------------------- none --
msg("ed-throughput-november", "none", "aggregate ED throughput and quality metrics for November; no individual",
    W("mfarraday", "Farraday, Colleen"), [W("ed-rn-staff", "ED RN Staff"), W("ed-providers", "ED Providers")],
    "November ED numbers + what we're working on", D(7, 7, 42), trap=True,
    body=T("""
Good morning all,

November numbers are in. Thank you for an incredibly busy month.

  Total visits ............... 4,812  (Oct 4,577)
  Admit rate ................. 17.9%
  LWBS ....................... 2.1%   (goal < 2%)
  Door-to-provider (median) .. 18 min
  ED LOS, discharged (median)  3 h 41 min
  Boarding hours, admitted ... 1,906
  Sepsis bundle (SEP-1) ...... 71%    (goal 80%)
  Stroke door-to-CT < 25 min . 88%
  Transfers out .............. 63 (3 psych, 11 STEMI/cath)

LWBS is almost entirely 6 pm-midnight on weekends, so we are piloting a
provider-in-triage shift Fri/Sat starting 12/11. SEP-1 misses were mostly
the 3-hour repeat lactate - please use the new sepsis order set, which
fires the repeat automatically.

Huddle board has the full breakdown. Questions to me or Dr. Achterberg.

""" + SIG_ED + "\n"))

msg("clabsi-cauti-quarterly-rates", "none", "infection prevention quarterly device-infection rates by unit; aggregates only",
    W("gholloway", "Holloway, Gwen"), W("nurse-managers", "Nurse Managers"),
    "Q3 HAI report - CLABSI / CAUTI / C. diff / hand hygiene", D(7, 9, 5), trap=True, cc=W("habernathy", "Abernathy, Helen MD"),
    body=ALT(T("""
Hi everyone,

Q3 healthcare-associated infection data (Jul-Sep 2026):

Unit      CLABSI  line days  rate/1000   CAUTI  cath days  rate/1000
ICU          1      1,244      0.80        1      1,580      0.63
4 West       0        611      0.00        2        702      2.85
3 North      1        538      1.86        0        915      0.00
2 South      0         12      0.00        0         40      0.00

Hospital-onset C. diff: 4 cases, SIR 0.71. MRSA bacteremia: 0.
Hand hygiene (secret shopper): 89% overall, 4 West 78%.

Please post on your huddle boards. 4 West - I'll come to your Thursday
staff meeting to talk foley removal protocol.

Gwen Holloway, MPH, CIC
Infection Prevention | x0148 | (860) 555-0148
"""), H(html_doc("""
<p>Hi everyone,</p>
<p>Q3 healthcare-associated infection data (Jul-Sep 2026):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Unit</th><th>CLABSI</th><th>Line days</th><th>Rate/1000</th><th>CAUTI</th><th>Cath days</th><th>Rate/1000</th></tr>
<tr><td>ICU</td><td>1</td><td>1,244</td><td>0.80</td><td>1</td><td>1,580</td><td>0.63</td></tr>
<tr><td>4 West</td><td>0</td><td>611</td><td>0.00</td><td>2</td><td>702</td><td>2.85</td></tr>
<tr><td>3 North</td><td>1</td><td>538</td><td>1.86</td><td>0</td><td>915</td><td>0.00</td></tr>
<tr><td>2 South</td><td>0</td><td>12</td><td>0.00</td><td>0</td><td>40</td><td>0.00</td></tr>
</table>
<p>Hospital-onset C. diff: 4 cases, SIR 0.71. MRSA bacteremia: 0.<br>
Hand hygiene (secret shopper): 89% overall, 4 West 78%.</p>
<p>Please post on your huddle boards. 4 West - I'll come to your Thursday staff meeting to talk foley removal protocol.</p>
<p>Gwen Holloway, MPH, CIC<br>Infection Prevention | x0148 | (860) 555-0148</p>
"""))))

msg("county-sti-hiv-bulletin", "none", "county health department bulletin with quarterly HIV/STI case counts; no individual",
    A("Harlow County Health Dept - Epidemiology", "epi-bulletin@health.harlowcounty.test"),
    A("Infection Prevention", W("infection-prevention")),
    "Harlow County Communicable Disease Bulletin - Q3 2026", D(7, 10, 30), trap=True,
    body=T("""
HARLOW COUNTY COMMUNICABLE DISEASE BULLETIN
Q3 2026 (provisional)

                          Q3 2026   Q3 2025
  Chlamydia                  412       455
  Gonorrhea                  118       131
  Syphilis (all stages)       61        44
    congenital syphilis        2         0
  New HIV diagnoses           14        12
  Acute hepatitis C            9        11
  Pertussis                    6         2

Syphilis continues to rise, mostly among adults 25-44. Providers are
reminded that all pregnant patients should be screened at the first
prenatal visit, at 28 weeks and at delivery. Benzathine penicillin G
supply is stable this quarter.

HIV and PrEP: the county's free testing van schedule is at
https://health.harlowcounty.test/testing . Partner services: call the
disease intervention team at (860) 555-0162.

You are receiving this because your facility is a mandated reporter.
"""))

msg("tablero-sobredosis-noviembre", "none", "county overdose dashboard newsletter in Spanish; counts only",
    A("Coalición de Prevención del Condado de Harlow", "boletin@prevencion.harlowcounty.test"),
    A("Trabajo Social WCH", W("socialwork")),
    "Boletín: tablero de sobredosis, noviembre 2026", D(7, 11, 15), lang="es", trap=True,
    body=T("""
Estimados socios comunitarios:

Compartimos el tablero mensual de sobredosis del condado (datos
preliminares de noviembre):

  - Visitas a urgencias por sobredosis de opioides: 37 (octubre: 44)
  - Administraciones de naloxona por servicios de emergencia: 52
  - Muertes sospechosas por sobredosis: 5
  - Kits de naloxona distribuidos en la comunidad: 1.210

La mayoría de las visitas siguen concentradas entre hombres de 25 a 44
años. El fentanilo con xilacina aparece en más muestras del programa de
análisis de drogas; las heridas por xilacina requieren atención de
heridas especializada.

Recordatorio: la línea 988 atiende en español las 24 horas. La próxima
reunión de la coalición es el jueves 17 de diciembre a las 10:00 en la
biblioteca pública.

Un saludo cordial,
Coalición de Prevención del Condado de Harlow
Tel. (860) 555-0173
""", cs="utf-8", cte="quoted-printable"))

msg("tamsett-cii-invoice", "none", "wholesaler invoice for Schedule II stock with the hospital's own DEA number; no patient",
    A("Tamsett Drug Wholesale - Invoicing", "invoices@tamsett-wholesale.example.com"),
    A("WCH Pharmacy Purchasing", W("rx-purchasing")),
    "Invoice 88-4410573 / CSOS order 26W1207-0041", D(7, 12, 2), trap=True,
    body=MIX(T("""
Tamsett Drug Wholesale
Invoice 88-4410573    Ship date 12/07/2026    Terms Net 30

Bill to: Wrenfield Community Hospital - Inpatient Pharmacy
Ship to DEA: %s    State CS lic. CSP.0004417
CSOS order: 26W1207-0041   Signing certificate: T. Marchetti
Supplier DEA: %s

Line  Item                                         Sched  Qty   Ext
1     HYDROmorphone 2 mg/mL 1 mL carpuject 10ct     CII    6    $412.80
2     fentaNYL citrate 50 mcg/mL 2 mL vial 25ct     CII    4    $198.40
3     morphine 4 mg/mL 1 mL carpuject 10ct          CII    8    $244.00
4     oxyCODONE 5 mg tab UD 100ct                   CII    3    $ 61.95
5     midazolam 1 mg/mL 2 mL vial 10ct              CIV   10    $ 87.50
6     ketamine 50 mg/mL 10 mL vial                  CIII   5    $ 96.25
                                             Invoice total   $1,100.90

Discrepancies must be reported within 48 hours of receipt. Power of
attorney on file: T. Marchetti, L. Sunderland.
""" % (DEA_WCH, DEA_TAM))))

msg("bupivacaine-shortage-plan", "none", "pharmacy drug-shortage notice to anaesthesia; no patient",
    W("tmarchetti", "Marchetti, Theo"), [W("anesthesia-group", "Anesthesia Group"), W("or-charge", "OR Charge RNs")],
    "Shortage: bupivacaine 0.5% 30 mL vials - conservation starting today", D(7, 13, 20), trap=True,
    body=T("""
Team,

Our wholesaler has put bupivacaine 0.5% 30 mL (preservative-free) on
allocation through at least mid-January. We have roughly 9 days on hand at
current use.

Effective now:
 - Pyxis in OR and L&D will stock 10 mL vials only.
 - Please use ropivacaine 0.5% for peripheral nerve blocks unless there is
   a specific reason not to (Dr. Quintero has approved this).
 - Spinal bupivacaine 0.75% in dextrose is NOT affected.
 - Surgeons: local infiltration - please ask for lidocaine 1% w/ epi where
   it's reasonable.

I'll send an update Friday. Thanks for bearing with us again.

""" + SIG_PHARM + "\n"))

msg("stapler-reload-recall", "none", "supply-chain recall notice with lot numbers; no patient",
    A("Supply Chain - Wrenfield", W("supplychain")), [W("or-charge", "OR Charge RNs"), W("spd", "Sterile Processing")],
    "URGENT Class II recall - linear cutter reloads, lots listed", D(7, 14, 45), trap=True,
    body=T("""
Please pull and quarantine the following from all OR cores, the L&D OR
and the endoscopy suite today:

  Product: 60 mm linear cutter reloads, blue (3.5 mm) and gold (3.8 mm)
  REF: LCR60B, LCR60G
  Lots: 26A1147, 26A1152, 26B0209, 26B0233
  Reason: staple line may not fully form

Bag quarantined product, label "RECALL - DO NOT USE" and call Supply Chain
at x0122 for pickup. Our par has 14 boxes in affected lots; replacement
stock arrives Wednesday. Risk Management has been notified per policy.

Supply Chain Operations | (860) 555-0122
"""))

msg("halvorsen-order-shipped", "none", "supply order shipping confirmation with PO and tracking numbers",
    A("Halvorsen Medical Supply", "orders@halvorsen-med.example.com"), A("Purchasing", W("purchasing")),
    "Your order has shipped - PO 4500219874", D(7, 16, 3), trap=True,
    body=ALT(T("""
Your order has shipped.

PO: 4500219874          Sales order: SO-7712048
Carrier: FastFreight Ground   Tracking: 1ZW37E9A0344819212
Estimated delivery: Wed 12/09/2026

Qty  Item
 40  Foley catheter tray 16 Fr, closed system, w/ urine meter
200  IV start kit w/ CHG
 12  Suction canister 1500 mL (case)
 30  Sharps container 2 gal
  6  Glucometer control solution, level 1/2

Questions? Reply to this e-mail or call 1-800-555-0190.
"""), H(html_doc("""
<h3>Your order has shipped</h3>
<p>PO <b>4500219874</b> &middot; Sales order SO-7712048<br>
Carrier: FastFreight Ground &middot; Tracking <a href="https://track.halvorsen-med.example.com/1ZW37E9A0344819212">1ZW37E9A0344819212</a><br>
Estimated delivery: Wed 12/09/2026</p>
<table border="0" cellpadding="3"><tr><th>Qty</th><th>Item</th></tr>
<tr><td>40</td><td>Foley catheter tray 16 Fr, closed system, w/ urine meter</td></tr>
<tr><td>200</td><td>IV start kit w/ CHG</td></tr>
<tr><td>12</td><td>Suction canister 1500 mL (case)</td></tr>
<tr><td>30</td><td>Sharps container 2 gal</td></tr>
<tr><td>6</td><td>Glucometer control solution, level 1/2</td></tr></table>
<p>Questions? Reply to this e-mail or call 1-800-555-0190.</p>
"""))))

msg("reference-lab-client-statement", "none", "reference lab monthly client statement with ordering providers' NPIs and test counts; no patient",
    A("Ostrander Reference Laboratory - Client Billing", "clientbilling@ostranderlab.example.com"),
    A("Lab Administration", W("lab-admin")),
    "Client statement November 2026 - acct WCH-0419", D(8, 8, 10), trap=True,
    body=T("""
Ostrander Reference Laboratory
Client statement - November 2026 - Account WCH-0419 (Wrenfield Community Hospital)

Ordering provider            NPI          Tests  Amount
Achterberg, Miriam MD        %s    41    $1,276.00
Calloway, Gordon MD          %s    88    $2,904.50
Falkner, Owen MD             %s   112    $5,118.75
Serrano, Lucia MD            %s    57    $2,331.00
                                                 ------
Total due                                       $11,630.25

Top tests billed to client: send-out vitamin D 25-OH (63), HLA-B27 (9),
quantiferon (44), molecular respiratory panel (31).

Remit by 01/06/2027. ACH details on file. Questions: (800) 555-0158.
""" % (NPI_ACH, NPI_CAL, NPI_FAL, NPI_SER)))

msg("dea-registration-renewal", "none", "credentialing reminder listing a physician's own DEA and NPI; no patient",
    A("Medical Staff Services", W("medstaff")), W("rquintero", "Quintero, Rafael MD"),
    "Reminder: your DEA registration expires 01/31/2027", D(8, 9, 0), trap=True,
    body=T("""
Dr. Quintero,

Our records show the following credentials on file for you:

  DEA registration: %s   expires 01/31/2027   schedules 2, 2N, 3, 3N, 4, 5
  State controlled substance registration: CSR.0071844   expires 02/28/2027
  NPI: %s
  Board certification (Anesthesiology): current through 2031

Please renew your DEA before the expiration date and send us a copy of the
new certificate. Without a current registration, pharmacy must suspend
controlled-substance ordering privileges in the EHR.

Thank you,
Tasha Greenwood, CPMSM
Medical Staff Services | (860) 555-0109
""" % (DEA_QUI, NPI_QUI)))

msg("ed-specialty-oncall-week", "none", "specialty on-call roster with phone numbers; no patient",
    A("ED Unit Secretary", W("ed-desk")), [W("ed-providers", "ED Providers"), W("ed-charge", "ED Charge RNs")],
    "On-call list wk of 12/7", D(7, 6, 55), trap=True,
    body=T("""
On-call 12/7 - 12/13 (call operator x0 if no answer after 10 min)

Ortho ........... Dr. Pham (M-W) / Dr. Kessler (Th-Su)   (860) 555-0151
General surg .... Dr. Ashgrove                            (860) 555-0152
GI .............. Dr. Molyneux                            (860) 555-0153
Urology ......... Dr. Birnbaum (all week)                 (860) 555-0154
Cardiology ...... Dr. Roy (M-Th) / Dr. Strand (F-Su)      (860) 555-0155
Psychiatry ...... Dr. Lindqvist (consults 8a-5p)          (860) 555-0156
  after hours psych: crisis clinician via switchboard
OB/GYN .......... Dr. Serrano / Dr. Whitcombe-Ayer        (860) 555-0157
Peds hospitalist  Birchmont Pediatrics on-call            (860) 555-0168

Changes: Tues night GI is covered by Dr. Ferreira from Calloway.
"""))

msg("bhu-holiday-staffing", "none", "inpatient psychiatry unit staffing sign-up with phones; sensitive display name, no patient",
    A("2 South Behavioral Health Unit - Charge RN", W("2south-charge")), W("2south-staff", "2 South Staff"),
    "Holiday sign-up - last call", D(8, 14, 30), trap=True,
    body=T("""
Hi all - the holiday grid closes Friday at noon. Still open:

  12/24 nights: 1 RN, 1 MHT
  12/25 days:   1 RN
  12/31 evenings: 2 MHT
  1/1 days:     1 RN, 1 unit clerk

Reminder we need at least one CPI-trained staff on each shift, and the
seclusion-room camera retraining is mandatory before 12/20 (15 min, ask
Marco). If you're swapping, text me at (860) 555-0177 so I can update the
grid - don't just trade in the break room!

Thanks, Jenna
2 South | x0176
"""))

msg("troponin-code-hl7-test", "none", "interface team's test ORU with a ZZTEST patient; no real person",
    W("rsubramanian", "Subramanian, Ravi"), [W("lab-is", "Lab IS"), A("Calloway FP IT", "it@callowayfp.example.com")],
    "TEST ORU for new hs-troponin code - please confirm it lands", D(8, 10, 40), trap=True,
    body=MIX(T("""
Hi both,

Attached is the test ORU^R01 we'll send through Bridgeway tomorrow at
10:00 to validate the new hs-troponin I result code (LOINC 89579-7) before
go-live on 12/14. Patient is our standing ZZTEST record in TEST.

Please confirm it files to the ZZTEST chart on your side and that the
units (ng/L) and the new reference flag display. An ACK with AA is all we
need back.

Ravi Subramanian
Integration Analyst, Information Services | (860) 555-0127
"""), HL7("ORU_TEST_hsTnI_20261208.hl7", """
MSH|^~\\&|WCH_LAB|WCH|CALLOWAY_EHR|CFP|20261208104000||ORU^R01^ORU_R01|TEST26120801|T|2.5.1
PID|1||TST000001^^^WCH^MR||ZZTEST^PATIENT^ONE||19000101|U|||1 TEST ST^^TESTVILLE^CT^00000
PV1|1|O|LAB^^^WCH||||%s^ZZTEST^PROVIDER
ORC|RE|T26-0001|T26-0001||CM
OBR|1|T26-0001|T26-0001|89579-7^Troponin I cardiac [Mass/volume] in Serum or Plasma by High sensitivity method^LN|||20261208100000
OBX|1|NM|89579-7^hs Troponin I^LN||4|ng/L|<=17|N|||F
NTE|1||INTERFACE VALIDATION ONLY - NOT A PATIENT RESULT
""" % NPI_CAL)))

msg("fhir-capability-statement", "none", "vendor's FHIR server CapabilityStatement for interface testing; no patient",
    A("Quarrytide Health IT - Integrations", "integrations@quarrytide.example.com"), W("rsubramanian", "Subramanian, Ravi"),
    "CapabilityStatement for the sandbox endpoint", D(8, 15, 12), trap=True,
    body=MIX(T("""
Ravi,

As promised on the call, attached is the CapabilityStatement for our
sandbox (https://fhir-sandbox.quarrytide.example.com/r4). It supports
Patient, Encounter, Condition, Observation and MedicationRequest reads and
searches, plus Bundle transactions for the ADT notifications.

The sandbox only holds Synthea-style synthetic records. Please don't point
production at it.

Best,
Hollis Brandvold
Integration Engineer, Quarrytide Health IT
"""), FHIR("capabilitystatement-sandbox.json", {
        "resourceType": "CapabilityStatement", "status": "active", "date": "2026-12-01",
        "publisher": "Quarrytide Health IT", "kind": "instance", "fhirVersion": "4.0.1",
        "format": ["json"],
        "implementation": {"description": "Quarrytide sandbox", "url": "https://fhir-sandbox.quarrytide.example.com/r4"},
        "rest": [{"mode": "server", "resource": [
            {"type": t, "interaction": [{"code": "read"}, {"code": "search-type"}],
             "searchParam": [{"name": "patient", "type": "reference"}, {"name": "identifier", "type": "token"}]}
            for t in ("Patient", "Encounter", "Condition", "Observation", "MedicationRequest")],
            "interaction": [{"code": "transaction"}]}]})))

msg("reminder-merge-template-draft", "none", "mail-merge template with placeholder fields; no real recipient",
    A("Carrasco, Monique", W("mcarrasco")), [W("patient-access-leads", "Patient Access Leads"), W("marketing", "Marketing")],
    "Draft: new appointment reminder template (please review by Wed)", D(8, 11, 5), trap=True,
    body=T("""
Hi team - here's the draft text for the new e-mail reminders going live
with the scheduling upgrade. Marketing wants the tone friendlier. Please
mark up and send back by Wednesday.

-----
Subject: Reminder: your appointment on {{appt_date}}

Hi {{patient_first_name}},

This is a reminder of your appointment with {{provider_name}}
({{department}}) on {{appt_date}} at {{appt_time}}.

Location: {{location_address}}
Please arrive {{arrive_minutes}} minutes early and bring your insurance
card and a list of your medications.

{{#if prep_instructions}}Before your visit: {{prep_instructions}}{{/if}}

To cancel or reschedule, call {{dept_phone}} or use MyWrenfield.
-----

Open question: do we include {{department}} at all? Compliance asked
whether showing e.g. "Behavioral Health" in a reminder is OK - I've asked
Karen.

Monique Carrasco
Manager, Patient Access | (860) 555-0105
"""))

msg("clase-diabetes-enero", "none", "Spanish diabetes education class flyer; general education, no individual",
    A("Educación en Diabetes - Wrenfield", W("diabetes-ed"), cs="iso-8859-1", mode="Q"), A("Lista comunitaria", "comunidad@lists.wrenfieldhealth.example.org"),
    "Clases gratuitas: Viviendo bien con diabetes (enero)", D(8, 12, 0), lang="es", trap=True,
    subj_cs="iso-8859-1", subj_mode="Q",
    body=T("""
¡Nuevo grupo en español!

VIVIENDO BIEN CON DIABETES
Cuatro martes: 12, 19 y 26 de enero y 2 de febrero de 2027
De 5:30 a 7:00 p.m. - Sala de conferencias B, Wrenfield Community Hospital

Aprenderá:
  · qué significa la prueba A1c y cómo medir su azúcar en casa
  · cómo leer etiquetas y planear comidas con platillos de siempre
  · cómo usar la metformina y la insulina de manera segura
  · cómo cuidar sus pies y cuándo llamar al médico

Las clases son gratuitas y se ofrecen con intérprete. Puede traer a un
familiar. Para inscribirse llame al (860) 555-0163.

Educación en Diabetes - Wrenfield Community Hospital
""", cs="iso-8859-1", cte="quoted-printable"))

msg("foundation-winter-newsletter", "none", "foundation newsletter; anonymous grateful-patient story, no identifiable individual",
    A("Wrenfield Hospital Foundation", "news@foundation.wrenfieldhealth.example.org"), A("Friends of Wrenfield", "friends@lists.wrenfieldhealth.example.org"),
    "Winter 2026: your gifts at work in the NICU", D(8, 17, 0), trap=True,
    body=ALT(T("""
WRENFIELD HOSPITAL FOUNDATION - WINTER 2026

Your gifts at work
The Harvest Gala raised $412,000 toward two new NICU isolettes and a
transport incubator, which arrive in February.

"They held my hand when I couldn't hold my son"
A Wrenfield mom shares what the NICU nurses meant to her family during
their 41 days with us. (Read the story on our website.)

Tree of Lights
Dedicate a light in honor or memory of someone you love. Lighting
ceremony Tuesday 12/15 at 5 p.m. in the main lobby.

Give online: https://foundation.wrenfieldhealth.example.org/give
Unsubscribe: https://foundation.wrenfieldhealth.example.org/u
"""), H(html_doc("""
<h2 style="color:#2b5d7a">Wrenfield Hospital Foundation &ndash; Winter 2026</h2>
<h3>Your gifts at work</h3>
<p>The Harvest Gala raised <b>$412,000</b> toward two new NICU isolettes and a transport incubator, which arrive in February.</p>
<h3>&ldquo;They held my hand when I couldn&rsquo;t hold my son&rdquo;</h3>
<p>A Wrenfield mom shares what the NICU nurses meant to her family during their 41 days with us. <a href="https://foundation.wrenfieldhealth.example.org/stories/nicu">Read the story</a></p>
<h3>Tree of Lights</h3>
<p>Dedicate a light in honor or memory of someone you love. Lighting ceremony Tuesday 12/15 at 5 p.m. in the main lobby.</p>
<p><a href="https://foundation.wrenfieldhealth.example.org/give">Give online</a> &middot; <a href="https://foundation.wrenfieldhealth.example.org/u">Unsubscribe</a></p>
"""))))

msg("grand-rounds-prep-primary-care", "none", "CME grand rounds announcement on PrEP uptake; education, no individual",
    A("Medical Education Office", W("meded")), W("all-medstaff", "All Medical Staff"),
    "Grand Rounds Thu 12/10: PrEP in primary care - who are we missing?", D(8, 8, 30), trap=True,
    body=T("""
MEDICAL GRAND ROUNDS
Thursday, December 10, 12:00-1:00 pm, Auditorium and Teams

"PrEP in Primary Care: Who Are We Missing?"
Owen Falkner, MD, Infectious Diseases, Tallis Clinic

Objectives
 1. Describe current indications for HIV pre-exposure prophylaxis,
    including long-acting injectable options.
 2. Identify patients in a general practice who meet criteria.
 3. Use the new PrEP order panel and lab monitoring schedule.

1.0 AMA PRA Category 1 Credit(TM). Lunch provided in person. Text the
session code to (860) 555-0199 to claim credit.
"""))

msg("hereditary-cancer-cme-webinar", "none", "genetics CME webinar invitation; education, no individual",
    A("Cancer Genetics Program", W("cancergenetics")), [W("primary-care-providers", "Primary Care Providers"), W("womens-health", "Women's Health")],
    "Webinar 12/16: when to refer for hereditary cancer genetic counseling", D(9, 9, 10), trap=True,
    body=T("""
Colleagues,

Join us for a 30-minute lunchtime webinar:

  When to Refer for Hereditary Cancer Genetic Counseling
  Wednesday 12/16, 12:15-12:45 pm (Teams link below)
  Erin Castellano, MS, CGC

We'll cover the NCCN-style red flags (breast cancer under 50, ovarian
cancer at any age, male breast cancer, pancreatic cancer, Ashkenazi Jewish
ancestry with a BRCA-associated cancer, colorectal or endometrial cancer
under 50 and Lynch-pattern family histories), what a multigene panel does
and doesn't tell you, GINA protections, and how to place an e-consult.

Join: https://teams.wrenfieldhealth.example.org/l/meetup-join/cgp1216

Erin Castellano, MS, CGC | Cancer Genetics Program | (860) 555-0145
"""))

msg("fertility-preservation-launch", "none", "marketing e-mail announcing fertility preservation services; no individual",
    A("Wrenfield Women's Health", "hello@womenshealth.wrenfieldhealth.example.org"), A("Wrenfield community subscribers", "subscribers@lists.wrenfieldhealth.example.org"),
    "New at Wrenfield: fertility preservation and egg freezing, close to home", D(9, 10, 0), trap=True,
    body=ALT(T("""
New at Wrenfield Women's Health: fertility preservation, close to home.

Whether you're planning ahead or facing cancer treatment, our team now
offers consultations for egg freezing and embryo banking, ovarian reserve
testing (AMH, antral follicle count), and same-week oncofertility visits.

Free virtual info session: Tuesday 12/15, 7 pm.
Register: https://womenshealth.wrenfieldhealth.example.org/fertility

Wrenfield Women's Health, 40 Millrace Road, Suite 200 - (860) 555-0140
"""), H(html_doc("""
<div style="max-width:600px">
<h1 style="color:#7a2b5d">Planning ahead? We&rsquo;re here.</h1>
<p>Wrenfield Women&rsquo;s Health now offers <b>fertility preservation</b> close to home:</p>
<ul><li>Egg freezing and embryo banking consultations</li>
<li>Ovarian reserve testing (AMH, antral follicle count)</li>
<li>Same-week oncofertility visits before cancer treatment</li></ul>
<p><a href="https://womenshealth.wrenfieldhealth.example.org/fertility" style="background:#7a2b5d;color:#fff;padding:8px 14px">Join the free info session &ndash; Tue 12/15, 7 pm</a></p>
<p style="font-size:9pt;color:#666">Wrenfield Women&rsquo;s Health, 40 Millrace Road, Suite 200 &middot; (860) 555-0140 &middot; <a href="https://womenshealth.wrenfieldhealth.example.org/unsubscribe">Unsubscribe</a></p>
</div>
"""))))

msg("corvane-downtime-saturday", "none", "IT planned EHR downtime notice with downtime procedures; no patient",
    A("IS Service Desk", W("servicedesk")), W("all-staff", "All Staff"),
    "PLANNED DOWNTIME: Corvane EHR Sat 12/12 02:00-05:30", D(8, 16, 0), trap=True,
    body=T("""
*** PLANNED DOWNTIME ***
Corvane EHR upgrade to 2026.4 - Saturday 12/12, 02:00 to approx. 05:30

During the downtime:
 - Use downtime MAR sheets printed at 01:30 from the BCA PCs on each unit.
 - Paper lab requisitions; lab will call critical results to the unit.
 - Pharmacy will verify orders from scanned/faxed order sheets.
 - ED: downtime registration packets are in the triage cabinet.
 - Imaging: images still go to PACS; reports will be read-only until up.

After the upgrade, every unit must back-enter meds given and vitals.
Unit super-users will round. Downtime line: x0111, (860) 555-0111.
"""))

msg("mfa-enrollment-deadline", "none", "IT notice about multifactor authentication enrollment",
    A("IS Security", W("is-security")), W("all-staff", "All Staff"),
    "Action required: enroll in MFA by Friday 12/11", D(9, 8, 0),
    body=T("""
Starting Monday 12/14, signing in to e-mail, Workday and the VPN from
outside the hospital will require multifactor authentication.

Enroll now at https://mfa.wrenfieldhealth.example.org (takes 5 minutes;
you'll need your phone). If you don't have a smartphone, hardware tokens
are available at the IS help desk, ground floor, 7:00-3:30.

IS will never ask for your code by phone or e-mail.
"""))

msg("lure-your-lab-results", "none", "phishing lure about 'your lab results' from a lookalike domain; no real patient",
    A("Wrenfield Patient Portal", "no-reply@wrenfie1d-portal.test"), "patient.services@" + WRH,
    "Your lab results are ready - action required within 24 hours", D(9, 3, 14, tz="+0000"), trap=True,
    body=H(html_doc("""
<p>Dear Patient,</p>
<p>New lab results have been posted to your account. Due to a system update you must <b>re-verify your identity within 24 hours</b> or your records will be locked.</p>
<p><a href="https://wrenfie1d-portal.test/verify?id=88213">View My Results Securely</a></p>
<p>Wrenfield Health Patient Portal Team<br>&copy; 2026 All rights reserved</p>
""")))

msg("pinecrest-rabies-reminder", "none", "veterinary reminder for a dog; owner named but no human health care",
    A("Pinecrest Animal Hospital", "reminders@pinecrestvet.example.com"), A("Laura Bettencourt", "lbettencourt@example.net"),
    "Biscuit is due for vaccines", D(9, 9, 30), trap=True,
    body=T("""
Hi Laura,

Our records show Biscuit (canine, 6 yrs, beagle mix) is due for:

  Rabies (3-year) ............ due 12/18/2026
  Bordetella ................. due 12/18/2026
  Heartworm test (4Dx) ....... overdue

Biscuit's last weight was 31.4 lb. Dr. Amato would like to recheck the
lump on his left flank at the same visit.

Book online or call us at (860) 555-0191. Woof!

Pinecrest Animal Hospital
"""))

msg("open-enrollment-last-week", "none", "HR open-enrollment reminder describing EAP counselling and fertility benefits generically",
    A("Wrenfield HR Benefits", W("benefits")), W("all-staff", "All Staff"),
    "Open enrollment closes Friday - 3 things to check", D(7, 12, 0), trap=True,
    body=T("""
Open enrollment for 2027 closes Friday 12/11 at 5 p.m.

1. Medical plans: the Lanternfield PPO premium goes up 4%; the HDHP with
   HSA is unchanged. Preventive care, including contraception and HIV PrEP,
   stays at $0 on both plans.
2. NEW: fertility benefit rider (up to $15,000 lifetime for IVF, egg
   freezing and related medications). Elect it now - it can't be added
   mid-year.
3. EAP: you and your household get 6 free, confidential counseling
   sessions per issue (stress, grief, depression, substance use, family).
   Nothing about EAP use is shared with your manager.

Enroll in Workday > Benefits. Questions: benefits@ or x0103.
"""))

msg("lcsw-iop-posting", "none", "job posting for a social worker in the addiction medicine programme; no individual",
    A("Wrenfield Talent Acquisition", W("careers")), A("NASW chapter job list", "jobs@nasw-chapter.example.org"),
    "Job posting: LCSW/LADC - Addiction Medicine Intensive Outpatient Program", D(9, 11, 45), trap=True,
    body=T("""
Wrenfield Community Hospital is hiring a full-time LCSW or LADC for its
Addiction Medicine Intensive Outpatient Program (IOP).

You will: run 3-hour IOP groups (evenings M/W/Th), carry a caseload of
12-15, complete ASAM assessments, coordinate with our Bridge Clinic for
buprenorphine and naltrexone, and work within 42 CFR Part 2.

Requirements: CT LCSW or LADC (or eligible within 90 days); two years of
SUD treatment experience. Bilingual Spanish preferred.

Pay range $74,000-$92,000, sign-on bonus $5,000.
Apply: https://careers.wrenfieldhealth.example.org/req/26-1184
"""))

msg("shift-differential-correction", "none", "payroll correction naming an employee ID; no health content",
    A("Payroll", W("payroll")), A("Okonkwo, Chidi", W("cokonkwo")),
    "Shift differential correction - Employee ID 004187", D(9, 13, 10), trap=True,
    body=T("""
Hi Chidi,

Per your ticket, we reviewed pay period 11/15-11/28 for Employee ID
004187. Night differential was missed for 3 shifts (11/19, 11/20, 11/24),
36.0 hours at $4.25/hr = $153.00. The adjustment will appear on your
12/18 check as "DIFF ADJ".

Your direct deposit to the account ending 4471 is unchanged.

Payroll Services | x0104
"""))

msg("flu-vaccine-compliance-dept", "none", "employee-health flu vaccination rates by department; aggregates only",
    A("Employee Health", W("employeehealth")), W("dept-directors", "Department Directors"),
    "Flu vaccination compliance by department - 12/7", D(7, 15, 0), trap=True,
    body=T("""
Directors,

Deadline for flu vaccine or an approved exemption was 12/1. Current:

  Dept                    Compliant   Exempt   Not done
  Emergency               96%         2%       2%
  Perioperative           94%         3%       3%
  Nursing (inpatient)     92%         4%       4%
  Environmental Services  81%         3%      16%
  Food & Nutrition        77%         5%      18%
  Hospital overall        91%         3%       6%

Staff without vaccine or exemption must wear a mask in patient areas
through March 31. Walk-in clinic Tue/Thu 7-9 am and 2-4 pm, Employee
Health (ground floor, room G-14). Lists of names go to managers
separately through Workday.
"""))

msg("or3-humidity-alarm", "none", "facilities alert about OR humidity with case moves; no patient",
    A("Torvik, Bill", W("btorvik")), [W("or-charge", "OR Charge RNs"), W("spd", "Sterile Processing"), W("gholloway", "Holloway, Gwen")],
    "OR 3 humidity out of range - cases moved to OR 5", D(8, 6, 20), trap=True,
    body=T("""
OR 3 relative humidity has read 64-66% since 04:30 (limit 60%). AHU-4
reheat valve is stuck; HVAC contractor is on the way, ETA 07:30.

Beth has moved today's OR 3 cases (3 lap choles and a hernia) to OR 5.
SPD: please check the sterile core humidity log - it shares AHU-4.
Infection Prevention cc'd per the humidity policy.

Bill Torvik, Facilities | (860) 555-0120
"""))

msg("generator-load-test", "none", "facilities monthly generator test notice",
    A("Facilities Management", W("facilities")), W("all-staff", "All Staff"),
    "Monthly generator load test - Wed 12/9, 06:00", D(8, 14, 0),
    body=T("""
The monthly emergency generator load test is Wednesday 12/9 at 06:00.
Expect a brief flicker when power transfers; red outlets stay powered.
Elevators 3 and 4 will be out of service for about 10 minutes.

Facilities Management | x0120
"""))

msg("med-safety-rca-agenda", "none", "medication safety committee agenda citing an unnamed event; no identifiable patient",
    A("Quality & Patient Safety", W("quality")), W("med-safety-committee", "Medication Safety Committee"),
    "Med Safety Committee Thu 12/10 - agenda", D(8, 10, 15), trap=True,
    body=T("""
Medication Safety Committee
Thursday 12/10, 07:30-08:30, Board Room

1. Minutes of 11/12 (approve)
2. RCA summary: heparin infusion rate programming event, 4 West, 11/21
   (no lasting harm; pump library and double-check findings)
3. Smart pump compliance Q3: 87% -> target 95%
4. Insulin hypoglycemia rate per 1,000 patient days (trend)
5. Opioid stewardship: naloxone use after PACU, Nov
6. High-alert med list revision (add IV potassium phosphate)

RCA materials are privileged and confidential under the patient safety
work product rules; please don't forward.
"""))

msg("privacy-training-due", "none", "annual privacy training reminder with generic examples; no individual",
    A("Mosely, Karen", W("kmosely")), W("all-staff", "All Staff"),
    "Annual HIPAA & privacy training due 12/31", D(8, 9, 0), trap=True,
    body=T("""
Hello all,

Our annual HIPAA privacy and security module is now in HealthStream and
is due 12/31. It takes about 25 minutes.

New this year:
 - looking up a family member's or co-worker's chart, even "just to check
   on them," is a violation - use the release-of-information process;
 - substance-use treatment records from the Bridge Clinic and the IOP are
   covered by 42 CFR Part 2 and need the specific consent form;
 - texting patient information from personal phones is not permitted -
   use the secure messaging app.

Karen Mosely, CHPC
Privacy & Compliance Officer | (860) 555-0107
"""))

msg("part2-consent-form-revision", "none", "compliance memo on revised 42 CFR Part 2 consent form; policy only",
    A("Mosely, Karen", W("kmosely")), [W("bridgeclinic-staff", "Bridge Clinic Staff"), W("him-roi", "HIM Release of Information"), W("iop-staff", "IOP Staff")],
    "Revised Part 2 consent form (v2026-12) - use from Monday", D(9, 15, 20), trap=True,
    body=MIX(T("""
Team,

Attached is the revised 42 CFR Part 2 consent form. Changes:

 - a single consent may now cover future uses for treatment, payment and
   health care operations (TPO), per the 2024 final rule;
 - the redisclosure notice wording is updated;
 - a checkbox for "all my future treatment providers" replaces the blank
   line.

Old forms already signed remain valid. Please recycle blank stock of the
v2023 form. HIM will update the scanning index on Monday.

Karen
"""), PDF("Part2_consent_v2026-12.pdf", """
WRENFIELD COMMUNITY HOSPITAL
CONSENT TO DISCLOSE SUBSTANCE USE DISORDER RECORDS (42 CFR PART 2)
Form HIM-114  Version 2026-12

Patient name: ______________________  Date of birth: ____________
I authorize Wrenfield Community Hospital Bridge Clinic / IOP to disclose:
[ ] all my SUD treatment records   [ ] only: _________________________
To: [ ] my current and future treatment providers  [ ] _______________
For: [ ] treatment, payment and health care operations  [ ] other ____
This consent expires on: ____________ or upon revocation.
Signature: ______________________  Date: __________
""", title="HIM-114 Part 2 consent")))

msg("volunteer-desk-schedule", "none", "volunteer schedule with phone numbers; no patient",
    A("Kettle, Marjorie", W("mkettle")), A("Volunteers", "volunteers@lists.wrenfieldhealth.example.org"),
    "Volunteer schedule wk of 12/7 + NICU cuddler reminder", D(7, 8, 15), trap=True,
    body=T("""
Good morning, volunteers!

Info desk       Mon Bev S. / Tue Harold P. / Wed Dot K. / Thu Ray M. / Fri Anita L.
Gift shop       Mon-Fri Ginny & Carol (10-2)
Surgery waiting Tue Sue R. / Thu Phil D.
NICU cuddlers   Mon & Thu evenings - Jean, Olivia, Pat

NICU cuddlers: flu shot proof must be on file with me before your next
shift (new NICU rule this year). Everyone: please park in Lot C so patients
and families can have the garage.

If you can't make a shift call me at (860) 555-0165 or the desk at
(860) 555-0166.

Marjorie Kettle, Volunteer Services
"""))

msg("gift-acknowledgement-3north", "none", "foundation gift acknowledgement to a donor; no health content about anyone",
    A("Renard, Sylvie", "srenard@foundation.wrenfieldhealth.example.org"), A("Mr. and Mrs. Donald Abernethy-Shaw", "dshaw.family@example.net"),
    "Thank you for your gift", D(9, 14, 5), trap=True,
    body=T("""
Dear Mr. and Mrs. Abernethy-Shaw,

On behalf of the Wrenfield Hospital Foundation, thank you for your gift of
$2,500, received December 8, 2026, made in honor of the nurses of 3 North.
We shared your kind note with the unit, and it now hangs in their break
room.

Your gift will support the 3 North nurse education fund.

Gift ID: WHF-26-07719. No goods or services were provided in exchange for
this contribution. Please keep this letter for your tax records.

With gratitude,
Sylvie Renard
Executive Director, Wrenfield Hospital Foundation
"""))


msg("pt-formulary-december", "none", "P&T formulary update naming drugs including an injectable buprenorphine; no patient",
    A("Sunderland, Leah", W("lsunderland")), W("all-medstaff", "All Medical Staff"),
    "P&T formulary changes effective 12/14", D(7, 16, 40), trap=True,
    body=T("""
The Pharmacy & Therapeutics Committee approved the following at its
December meeting:

ADDED
 - Extended-release buprenorphine monthly subcutaneous injection: restricted
   to Addiction Medicine / Bridge Clinic prescribers.
 - Nirmatrelvir/ritonavir: restricted to ID or hospitalist attestation.
 - Ondansetron ODT 4 mg for ED discharge packs.

REMOVED
 - Meperidine injection (use hydromorphone or fentanyl).
 - Promethazine injection (tissue injury risk).

RESTRICTIONS
 - GLP-1 receptor agonists: continue home supply only; not started
   inpatient.
 - IV iron: sucrose is formulary, ferric carboxymaltose needs approval.

Full minutes on the pharmacy intranet page.

Leah Sunderland, PharmD | Clinical Pharmacy Manager | x0132
"""))

msg("chemistry-qc-potassium-shift", "none", "lab QC alert with control values; no patient result",
    A("Pennington, Nora", W("npennington")), [W("lab-techs", "Lab Techs"), W("ed-charge", "ED Charge RNs"), W("nurse-managers", "Nurse Managers")],
    "Chem analyzer B - K+ QC shift, potassiums from 03:10-04:40 being rerun", D(8, 5, 25), trap=True,
    body=T("""
FYI - analyzer B (chemistry line 2) failed potassium QC at 04:40:

  Control     Lot        Target   Range         Result
  Level 1     K26-1183   3.2      2.9-3.5       3.71  (R4s)
  Level 2     K26-1184   6.1      5.7-6.5       6.84

Electrode replaced, QC now in range. All potassiums run on B between the
last good QC (03:10) and 04:40 are being rerun on analyzer A. If a value
changes, the lab will call the unit and issue a corrected report. You
don't need to redraw anything unless we call.

Nora Pennington, MLS(ASCP) | Lab Operations Manager | (860) 555-0136
"""))

msg("hs-troponin-reference-ranges", "none", "lab notice of new reference ranges; no patient",
    A("Laboratory Services", W("lab")), W("all-medstaff", "All Medical Staff"),
    "New high-sensitivity troponin I assay and sex-specific cutoffs - 12/14", D(9, 7, 30), trap=True,
    body=T("""
On Monday 12/14 at 07:00 the lab switches to a high-sensitivity troponin
I assay. Key points:

  - Units change from ng/mL to ng/L (e.g. 0.04 ng/mL ~ 40 ng/L).
  - 99th percentile URL: women 16 ng/L, men 34 ng/L.
  - The ED chest pain pathway becomes 0/1-hour: a 0 h value < 5 ng/L with
    symptoms > 3 hours can rule out; delta >= 6 ng/L at 1 h is significant.
  - Old and new results will NOT trend on the same line in Corvane.

Education sessions: 12/10 and 12/11 at 07:15 and 19:15 in the ED
conference room. Questions to Dr. Okafor-Lund, lab medical director.
"""))

msg("mri1-coil-replacement", "none", "imaging downtime with rebooking counts; patients not named",
    A("Dembinski, Craig", W("cdembinski")), [W("imaging-schedulers", "Imaging Schedulers"), W("ed-charge", "ED Charge RNs")],
    "MRI 1 down Tue-Wed for head coil replacement", D(7, 17, 50), trap=True,
    body=T("""
MRI 1 will be down Tuesday 12/8 07:00 through Wednesday 12/9 ~15:00 for
the head/neck coil replacement.

 - 14 outpatients are booked on MRI 1 in that window. Schedulers, please
   offer MRI 2 evenings (extended to 22:00 both days) or Kestrel Imaging
   on Route 9 - worklist is in the shared queue.
 - Inpatient and ED MRIs go to MRI 2; stroke protocol stays priority.
 - No sedation cases on MRI 2 those days (no anesthesia coverage).

Craig Dembinski, Imaging Operations | (860) 555-0138
"""))

msg("maple-terrace-bed-board", "none", "nursing facility bed availability list for case managers; no patient",
    A("Maple Terrace Rehab - Admissions", "admissions@mapleterrace.example.com"), A("Case Management", W("casemgmt")),
    "Bed availability 12/8", D(8, 8, 40), trap=True,
    body=T("""
Good morning Wrenfield CM team,

Maple Terrace openings as of 8:00 today:

  Short-term rehab (skilled):  2 female, 1 male
  Long-term care:              1 male (Medicaid pending OK)
  Memory care:                 0
  Can take: IV antibiotics via PICC, wound VAC, new tube feeds,
            CPAP/BiPAP. No trach/vent, no dialysis chairs this week.

Weekend admissions accepted if the referral is in by Friday 1 pm.
Liaison Tracy is in your building Tue and Thu - (860) 555-0181.

Maple Terrace Rehabilitation & Nursing
"""))

msg("community-resources-winter", "none", "social-work resource list with hotlines; no individual",
    A("Ebersole, Jordan", W("jebersole")), [W("casemgmt", "Case Management"), W("ed-charge", "ED Charge RNs")],
    "Updated resource sheet - winter edition", D(9, 10, 20), trap=True,
    body=T("""
Hi all - updated one-pager for discharge folders (printed copies in the
SW office):

 - Warming center (St. Brendan's hall): opens when < 25F, 7 pm-7 am
 - Harlow Food Pantry: Tue/Thu/Sat 10-1, no ID needed
 - 988 Suicide & Crisis Lifeline: call or text 988 (Spanish option)
 - State SUD treatment line / bed finder: (800) 555-0176
 - Naloxone: free at the ED discharge window and the Bridge Clinic
 - Medical transport (Medicaid): book 48 h ahead, (860) 555-0170
 - Prescription help: Corner Drug $4 list; hospital charity-care
   application (Patient Financial Services)

Jordan Ebersole, LCSW | Social Work | pager 4412
"""))

msg("registration-qa-scores", "none", "patient-access QA statistics including duplicate MRN rate; no individual",
    A("Carrasco, Monique", W("mcarrasco")), W("patient-access-staff", "Patient Access Staff"),
    "November registration QA - great work on insurance capture", D(8, 15, 30), trap=True,
    body=T("""
Team,

November registration quality:

  Accounts audited .................... 1,260
  Accuracy score ...................... 96.4% (goal 95%)
  Insurance eligibility run at reg .... 98.1%
  Duplicate MRNs created .............. 8 (0.6%)
  Missing MSP questionnaire ........... 22
  Photo ID scanned .................... 91%

Duplicate MRNs are mostly newborns and trauma aliases - please search by
DOB + last name + first initial before creating. HIM merges the rest.

Pizza Friday for the ED night registrars, who hit 99%!

Monique
"""))

msg("lanternfield-fee-schedule-amendment", "none", "payer contract amendment with CPT fee schedule; business terms only",
    A("Lanternfield Health Plan - Provider Contracting", "contracting@lanternfieldhealth.example.com"), A("Lindahl, Derek", W("dlindahl")),
    "Amendment 7 to Hospital Services Agreement - 2027 rates", D(8, 11, 20), trap=True,
    body=MIX(T("""
Derek,

Attached is Amendment 7 with the 2027 outpatient fee schedule we discussed.
Key changes: imaging rates move to 118% of the Medicare OPPS rate; the
observation case rate is unchanged.

Please route for signature by 12/18 so it loads for 1/1 dates of service.

Janelle Ortiz-Brandt
Senior Contract Manager, Lanternfield Health Plan | (800) 555-0182
"""), CSV("Amend7_2027_OP_fee_schedule.csv", """
cpt,description,2026_rate,2027_rate
70553,MRI brain w/o & w/ contrast,1412.00,1466.31
71250,CT chest w/o contrast,388.00,401.20
93306,Echo TTE complete w/ Doppler,612.50,629.90
45378,Colonoscopy diagnostic,1180.00,1214.00
99284,ED visit level 4,498.00,515.40
""")))

msg("orchard-prior-auth-bulletin", "none", "payer provider bulletin on prior authorization policy; no member",
    A("Orchard Mutual Provider News", "providernews@orchardmutual.example.com"), A("Patient Access", W("patient-access")),
    "Provider Bulletin: prior authorization changes effective January 1", D(8, 13, 0), trap=True,
    body=H(html_doc("""
<h2>Orchard Mutual Provider Bulletin &ndash; December 2026</h2>
<p><b>Prior authorization removed</b> (dates of service on or after 1/1/2027):</p>
<ul><li>Screening and diagnostic colonoscopy (45378, 45380, 45385)</li>
<li>Cardiac rehabilitation, first 36 sessions</li>
<li>Outpatient physical therapy, first 12 visits</li></ul>
<p><b>Prior authorization added</b>: genetic testing panels (81162, 81432, 81435), sleep studies in facility (95810), and continuous glucose monitors.</p>
<p>Advanced imaging moves to our radiology benefit manager. Requests submitted through the old portal after 12/31 will be returned.</p>
<p>Questions: Provider Services (800) 555-0183 or <a href="https://providers.orchardmutual.example.com">providers.orchardmutual.example.com</a></p>
""")))

msg("birchmont-holiday-open-house", "none", "referring practice's holiday open house invitation",
    A("Birchmont Pediatrics", "office@birchmontpeds.example.com"), [W("ed-providers", "ED Providers"), W("peds-hospitalists", "Pediatric Hospitalists")],
    "You're invited - Birchmont Pediatrics holiday open house", D(9, 12, 30),
    body=T("""
Dear friends at Wrenfield,

Thank you for taking such good care of our families this year. Please join
us for cocoa, cookies and a tour of our new Sandy Lane office:

  Thursday 12/17, 4:30-6:30 pm
  18 Sandy Lane, Harlow

RSVP to Maddie at (860) 555-0169 so we get enough cookies.

Warmly,
The doctors and staff of Birchmont Pediatrics
"""))

msg("bed12-rough-night", "none", "borderline: staff venting about an unnamed ED patient by bed number only; no identifier or health detail tied to a person",
    A("Delacruz, Marisa RN", W("mdelacruz")), A("Farraday, Colleen", W("mfarraday")),
    "last night", D(8, 7, 48), trap=True,
    body=T("""
Colleen - just want you to know before you hear it at huddle. The guy in
12 last night got really out of hand around 3, swung at Tyler and we had
to call a code gray. Security was great. Nobody got hurt but Tyler's
pretty shaken and I think he should get offered the EAP thing.

Also can we PLEASE get the second sitter back on nights. We can't keep
doing this with 3 holds in the hallway.

Marisa
Sent from my iPhone
""", flowed=True))

msg("mh-cart-restock-checklist", "none", "anaesthesia malignant hyperthermia cart checklist; no patient",
    A("Quintero, Rafael MD", W("rquintero")), [W("anesthesia-group", "Anesthesia Group"), W("pacu-rn", "PACU RNs"), W("or-charge", "OR Charge RNs")],
    "MH cart - new dantrolene formulation + monthly check", D(9, 7, 5), trap=True,
    body=T("""
All,

Pharmacy has swapped the MH carts (OR core, L&D, ASC) to the concentrated
dantrolene formulation (250 mg vial, reconstitute with 5 mL sterile water).
That means 3 vials per cart instead of 36, which makes the first dose MUCH
faster. Please look at the cart in your area this week.

Monthly checklist (sign the tag):
 [ ] dantrolene 250 mg x3, in date
 [ ] sterile water 5 mL x6 + 1 L bag for cooling
 [ ] sodium bicarbonate 8.4% x5, dextrose 50% x2, insulin (fridge)
 [ ] cold saline in the OR fridge (3 L)
 [ ] MH hotline number on the lid: 1-800-555-0197

Drill in OR 2 on 12/16 at 07:00 before first case.

Rafael Quintero, MD
Chief, Anesthesiology
"""))

msg("or-block-utilisation-nov", "none", "OR block utilisation by service; aggregates only",
    A("Kilroy, Beth RN", W("bkilroy")), W("periop-committee", "Perioperative Committee"),
    "Block utilization Nov + release rule reminder", D(9, 16, 15), trap=True,
    body=T("""
November block utilization (goal 75%):

  General surgery   81%
  Orthopedics       77%
  Urology           64%
  Gyn               69%
  ENT               52%   (lost 2 days to clinic conflicts)
  GI (endo suite)   88%

First-case on-time starts: 72% (goal 85%). Turnover median 31 min.

Reminder: unused block releases automatically at 72 hours. ENT, please
release early if you know - ortho has 11 add-on requests waiting.

Beth Kilroy, RN, MSN | OR Manager | x0150
"""))

msg("rep-lunch-injectable-bup", "none", "vendor lunch-and-learn invitation on an injectable buprenorphine product; no patient",
    A("Garrison, Blake (Territory Manager)", "bgarrison@aldermoor-pharma.example.com"), [W("arahman", "Rahman, Aisha MD"), W("ed-providers", "ED Providers")],
    "Lunch & learn: ED-initiated long-acting buprenorphine - Thu 12/17", D(9, 13, 40), trap=True,
    body=T("""
Dr. Rahman and ED team,

I'd love to bring lunch to your ED conference room on Thursday 12/17 at
12:30 for a 20-minute program on starting extended-release monthly
buprenorphine injection from the ED, including the REMS requirements,
billing under the medical benefit and the patient-support hub.

Speaker: a practicing addiction medicine physician from our speaker
bureau. Please let me know headcount and any dietary needs.

Blake Garrison
Territory Manager, Aldermoor Pharmaceuticals | (860) 555-0193
This communication is promotional.
"""))

msg("denise-birthday-card", "none", "coworker birthday collection with birth date; no health content",
    A("Whitby, Carol", W("cwhitby")), W("4west-staff", "4 West Staff"),
    "Shhh - card for Denise", D(8, 13, 25), trap=True,
    body=T("""
Hi 4 West!

Denise's big birthday is Thursday (born 12/10/1971 - don't tell her I
told you). Card is in the med room top drawer, and I'm collecting $5 for
cake from Cinnamon Street Bakery. Venmo or cash to me by Wed.

Carol (unit secretary) x0159
"""))

msg("tallis-clinic-toner-order", "none", "HIV clinic front desk ordering office supplies; sensitive display name, no individual",
    A("Tallis Clinic (HIV & ID Care) - Front Desk", "tallis-frontdesk@" + WRH), A("Northgate Office Supply", "orders@northgateoffice.example.com"),
    "Re: order #NG-339104 - toner and wristband labels", D(8, 9, 50),  trap=True, reply=True,
    body=T("""
Hi Rita,

Yes please add 2 more of the HP 58X toner and 1 case of the Zebra
1" x 3" thermal labels (the ones for our label printer at check-in). Same
ship-to: 90 Foundry Street, 2nd floor, attn Front Desk.

Thanks!
Alma
Tallis Clinic Front Desk | (860) 555-0146

> On Mon, Dec 7, 2026 at 4:12 PM Rita Gaines <orders@northgateoffice.example.com> wrote:
> Your order NG-339104 (copy paper x10, pens x4) ships tomorrow. Anything
> to add before it goes?
"""))

msg("otp-holiday-dosing-hours", "none", "opioid treatment programme's holiday hours notice to staff; no individual",
    A("Wrenfield Opioid Treatment Program", "otp@" + WRH), [W("otp-staff", "OTP Staff"), W("pharmacy-staff", "Pharmacy Staff")],
    "Holiday dosing hours + take-home planning", D(9, 15, 0), trap=True,
    body=T("""
Holiday dosing window changes:

  Thu 12/24  dosing 6:00-11:00
  Fri 12/25  CLOSED - take-homes per state holiday rules
  Thu 12/31  dosing 6:00-11:00
  Fri 1/1    CLOSED

Counselors: please review holiday take-home eligibility with your
caseload at this week's sessions and send the list to the medical director
by 12/18. Pharmacy: we need lockboxes restocked (we're down to 6).

Front desk will post signs in English and Spanish Monday.
"""))

msg("hepb-screening-chinatown", "none", "Chinese community hepatitis B screening event notice; no individual",
    A("华人社区健康服务中心", "health@chinese-community.example.org", cs="gb2312"), A("Community Outreach", W("outreach")),
    "乙肝免费筛查活动 - 12月12日(星期六)", D(7, 9, 40), lang="zh", trap=True, subj_cs="gb2312",
    body=T("""
各位乡亲：

为了提高社区对乙型肝炎的认识，华人社区健康服务中心与 Wrenfield 社区医院
合作，举办免费乙肝筛查活动。

时间：2026年12月12日（星期六）上午9点至下午1点
地点：华人社区中心一楼大厅（Foundry 街 55 号）
内容：乙肝表面抗原检测、乙肝疫苗咨询、肝脏健康讲座

很多乙肝病毒携带者没有任何症状。医生建议所有在亚洲出生的成年人至少检测一次。
检测免费，不需要保险。现场提供普通话和粤语翻译。

报名电话：(860) 555-0171

华人社区健康服务中心
""", cs="gb2312", cte="base64"))

msg("hoi-cho-suc-khoe-cong-dong", "none", "Vietnamese community health fair flyer; no individual",
    A("Hội Người Việt Harlow", "hoinguoiviet@example.org"), A("Community Outreach", W("outreach")),
    "Hội chợ sức khỏe miễn phí - Chủ nhật 13/12", D(7, 19, 5), lang="vi", trap=True,
    body=T("""
Kính gửi quý đồng hương,

Hội Người Việt Harlow phối hợp với bệnh viện Wrenfield tổ chức hội chợ sức
khỏe miễn phí:

  Thời gian: Chủ nhật, 13/12/2026, 10 giờ sáng đến 2 giờ chiều
  Địa điểm: Chùa Phước Huệ, 12 Elm Street

  - Đo huyết áp và đường huyết
  - Tiêm ngừa cúm và COVID-19 (mang theo thẻ bảo hiểm nếu có)
  - Tư vấn về bảo hiểm Medicaid và Medicare
  - Bác sĩ nói tiếng Việt giải đáp thắc mắc

Không cần hẹn trước. Mọi thắc mắc xin gọi cô Lan: (860) 555-0172.

Trân trọng,
Ban Tổ chức
""", cs="utf-8", cte="base64"))

msg("masjid-clinic-volunteers", "none", "Arabic free-clinic volunteer schedule; no individual",
    A("عيادة المسجد المجانية", "clinic@masjid-harlow.example.org", cs="windows-1256"), A("Dr. Karim Haddad", W("khaddad")),
    "جدول المتطوعين للعيادة المجانية - ديسمبر", D(8, 20, 10), lang="ar", trap=True, subj_cs="windows-1256",
    body=T("""
السلام عليكم ورحمة الله،

نشكركم على تطوعكم في العيادة المجانية. هذا جدول شهر ديسمبر:

  السبت 12 ديسمبر: د. كريم حداد (باطنية)، الممرضة سعاد
  السبت 19 ديسمبر: د. ليلى منصور (أطفال)، الصيدلي عمر
  السبت 26 ديسمبر: العيادة مغلقة

سنقدم قياس ضغط الدم والسكر ولقاح الإنفلونزا. يرجى الحضور الساعة التاسعة
صباحاً. إذا لم تستطع الحضور، اتصل بالأخ يوسف على الرقم (860) 555-0174.

جزاكم الله خيراً
إدارة العيادة
""", cs="windows-1256", cte="base64"))

msg("perevodchiki-grafik", "none", "Russian interpreter schedule for the week; staff logistics only",
    A("Служба переводчиков", W("interpreters"), cs="koi8-r"), W("interpreters-ru", "Russian interpreters"),
    "График на неделю 7-13 декабря", D(6, 18, 0), lang="ru", trap=True, subj_cs="koi8-r",
    body=T("""
Коллеги, добрый вечер!

График русских переводчиков на эту неделю:

  Пн-Ср  Ирина  - приёмное отделение (ED), 8:00-16:00
  Пн-Пт  Олег   - поликлиника, кардиология и ортопедия, 9:00-17:00
  Чт-Пт  Ирина  - родильное отделение по вызову
  Выходные - только видеоперевод (планшет на посту медсестёр)

Напоминаю: в карту записываем только время и имя переводчика, а не
содержание разговора. Тренинг по медицинской терминологии - в среду в 15:00.

Звоните, если что-то меняется: (860) 555-0175.

Наталья, координатор
""", cs="koi8-r", cte="8bit"))

msg("icu-nightshift-christmas-party", "none", "Tagalog ICU night-shift party planning; no patient",
    A("Mendoza, Liza RN", W("lmendoza")), W("icu-nights", "ICU Night Shift"),
    "Christmas party ng ICU nights - Dec 19!", D(9, 23, 40), lang="tl",
    body=T("""
Hi mga ka-nights!

Tuloy na ang Christmas party natin sa Sabado, Dec 19, 11 am pagkatapos ng
shift, sa bahay ni Joy (68 Orchard Lane). Potluck tayo ulit:

  Joy at Ramon - lechon kawali at pancit
  Liza - lumpia shanghai
  Grace - leche flan
  Mark at Dan - drinks at yelo
  Kayo na bahala sa iba, basta walang uulit!

Exchange gift: $25, tapos yung mga naka-duty sa Dec 19 ibibigay na lang
namin sa Monday. Pakisabi kay Ate Nina na may parking sa kalye.

Salamat po! Merry Christmas sa lahat!
Liza
"""))

msg("hanin-gyohoe-hyeolap", "none", "Korean church blood-pressure screening volunteer notice; no individual",
    A("하늘빛 한인교회 선교부", "mission@hanulbit-church.example.org", cs="euc-kr"), A("Community Outreach", W("outreach")),
    "혈압 및 당뇨 무료 검진 자원봉사 안내", D(8, 21, 30), lang="ko", trap=True, subj_cs="euc-kr",
    body=T("""
안녕하세요, 커뮤니티 아웃리치 담당자님.

12월 13일 주일 예배 후(오후 1시~3시) 교회 친교실에서 혈압·혈당 무료
검진을 다시 열고자 합니다. 지난번처럼 Wrenfield 병원 간호사 두 분과
한국어 통역 봉사자 한 분이 오실 수 있을까요?

준비물: 혈압계 3대, 혈당 측정기, 건강 안내 책자(한국어).
작년에는 약 60분이 검진을 받으셨습니다.

연락처: 김 집사 (860) 555-0178

감사합니다.
하늘빛 한인교회 선교부 드림
""", cs="euc-kr", cte="base64"))

msg("sprzatanie-umowa-izolatki", "none", "Polish cleaning contractor contract renewal about isolation-room cleaning; business only",
    A("Czysta Linia Serwis Sp. z o.o.", "biuro@czystalinia.example.pl.test"), A("Environmental Services", W("evs")),
    "Odnowienie umowy - dezynfekcja UV sal izolacyjnych 2027", D(8, 15, 5, tz="+0100"), lang="pl", trap=True, subj_cs="iso-8859-2", subj_mode="Q",
    body=T("""
Szanowni Państwo,

w załączeniu przesyłamy propozycję odnowienia umowy na 2027 rok
(zespół polskojęzyczny, zmiana nocna).

Zakres bez zmian: sprzątanie końcowe sal izolacyjnych po wypisie
(C. difficile, MRSA, norowirus) preparatem sporobójczym oraz dezynfekcja
lampą UV-C - średnio 45 sal miesięcznie. Nowa stawka: 68 USD za salę
(wzrost o 3%).

Prosimy o podpisanie do 18 grudnia. W razie pytań proszę dzwonić:
+1 (860) 555-0179.

Z poważaniem,
Katarzyna Wójcik
Kierownik ds. klientów, Czysta Linia Serwis
""", cs="iso-8859-2", cte="quoted-printable"))

msg("medantra-pumpen-firmware", "none", "German infusion-pump manufacturer firmware notice; device only",
    A("Medantra GmbH Kundendienst", "service@medantra.example.de.test"), A("Biomedical Engineering", W("biomed")),
    "Sicherheitshinweis: Firmware 4.12 für Infusionspumpe VOLUSTAT P3", D(9, 10, 30, tz="+0100"), lang="de", trap=True, subj_cs="iso-8859-1", subj_mode="Q",
    body=T("""
Sehr geehrte Damen und Herren,

für die Infusionspumpe VOLUSTAT P3 (Seriennummern ab P3-2208-0001) steht
die Firmware 4.12 bereit. Sie behebt einen Fehler, bei dem nach einem
Wechsel der Medikamentenbibliothek die Obergrenze für Heparin- und
Insulinperfusoren nicht korrekt übernommen wurde.

Bitte:
  1. Firmware über das Servicetool installieren (ca. 6 Minuten je Pumpe).
  2. Medikamentenbibliothek danach erneut laden und prüfen.
  3. Rückmeldeformular bis 15.01.2027 zurücksenden.

Es sind keine Patientendaten betroffen. Bei Fragen erreichen Sie unseren
technischen Dienst unter +49 6221 555-0142.

Mit freundlichen Grüßen
Medantra GmbH - Technischer Kundendienst
""", cs="iso-8859-1", cte="quoted-printable"))

msg("congres-antibiotherapie-appel", "none", "French antimicrobial stewardship conference call for abstracts; no individual",
    A("Secrétariat - Journées de l'antibiothérapie", "secretariat@journees-atb.example.fr.test", cs="windows-1252"), W("ofalkner", "Falkner, Owen MD"),
    "Appel à communications - Journées francophones du bon usage des antibiotiques", D(9, 9, 0, tz="+0100"), lang="fr", trap=True, subj_cs="windows-1252",
    body=T("""
Cher collègue,

Les 12es Journées francophones du bon usage des antibiotiques se tiendront
à Montréal du 10 au 12 mai 2027.

Thèmes 2027 :
  - durées courtes de traitement des pneumonies et des infections urinaires
  - désescalade guidée par la PCR multiplex
  - gestion des allergies à la pénicilline
  - antibiothérapie en soins de longue durée

Date limite de soumission des résumés : 31 janvier 2027.
Soumission en ligne : https://journees-atb.example.fr.test/resumes

Nous serions ravis de recevoir une communication de l'équipe de Wrenfield
sur votre programme de « time-out » antibiotique à 48 heures.

Bien cordialement,
Le comité d'organisation
""", cs="windows-1252", cte="8bit"))

msg("boletim-interpretes-video", "none", "Portuguese interpreter services bulletin; no individual",
    A("Serviços de Intérprete - Wrenfield", W("interpreters")), W("interpreters-pt", "Intérpretes de português"),
    "Boletim de dezembro: interpretação por vídeo nas unidades", D(7, 14, 10), lang="pt", trap=True,
    body=T("""
Olá, equipe!

Novidades de dezembro:

  - A partir de 14/12, todos os quartos da 3 Norte e da 4 Oeste terão
    tablets de interpretação por vídeo. Para português, o tempo médio de
    conexão foi de 22 segundos no piloto.
  - Lembrete: familiares não devem interpretar consentimentos, nem mesmo
    "só uma vez".
  - Glossário atualizado de termos de cardiologia e diálise na pasta
    compartilhada.
  - Treinamento de ética para intérpretes: 16/12 às 14h, sala B.

Obrigada!
Fernanda Queiroz, coordenadora de intérpretes | (860) 555-0175
""", cs="utf-8", cte="quoted-printable"))

msg("thoracic-tumor-board-series", "none", "recurring tumor board invitation with no case list",
    A("Cancer Center Coordinator", W("cancercenter")), [W("tumorboard", "Tumor Board Members")],
    "Thoracic Tumor Board - weekly, Wednesdays 7:00", D(7, 10, 0), trap=True,
    body=ALT(T("""
Thoracic Tumor Board now meets weekly on Wednesdays, 7:00-8:00, Cancer
Center conference room and Teams.

Submit cases by Monday 5 pm through the Corvane tumor board request. The
case list will be sent separately through secure mail on Tuesdays.

Pathology, radiology, thoracic surgery, medical and radiation oncology,
pulmonology and the nurse navigator are expected to attend.
"""), ICS(ics_text("Thoracic Tumor Board", "20261209T070000", "20261209T080000",
             desc="Weekly multidisciplinary tumor board. Case list sent separately via secure mail.",
             loc="Cancer Center Conference Room / Teams",
             org=("Cancer Center Coordinator", "cancercenter@" + WRH),
             extra="RRULE:FREQ=WEEKLY;BYDAY=WE"))))

msg("ethics-committee-december", "none", "ethics committee meeting invitation; no case details",
    A("Abernathy, Helen MD", W("habernathy")), W("ethics-committee", "Ethics Committee"),
    "Ethics Committee - Mon 12/14 noon", D(8, 12, 10), trap=True,
    body=ALT(T("""
Ethics Committee, Monday 12/14, 12:00-13:00, Board Room.

Agenda: revision of the do-not-resuscitate in the OR policy; surrogate
decision-maker hierarchy when there is no family; update on the two
retrospective case consults from November (de-identified summaries will
be handed out and collected at the end).

Urgent consults still go through the operator, 24/7.
"""), ICS(ics_text("Ethics Committee", "20261214T120000", "20261214T130000",
             desc="DNR in the OR policy; surrogate hierarchy; November consult review (de-identified).",
             loc="Board Room", org=("Helen Abernathy", "habernathy@" + WRH)))))

msg("badge-access-new-hires", "none", "security badge access request with employee IDs; no health content",
    A("Security Operations", W("security")), A("Sunderland, Leah", W("lsunderland")),
    "Badge access approved - pharmacy vault and L&D", D(9, 11, 0), trap=True,
    body=T("""
Leah,

Access has been added for the new hires starting Monday:

  Emp ID 006812  Priya Raman, Pharmacy Tech   Main pharmacy, CII vault (with PIN)
  Emp ID 006815  Devon Lacroix, PharmD       Main pharmacy, L&D satellite
  Emp ID 006819  Aubrey Sato, Pharmacy Tech  Main pharmacy

Photos will be taken at orientation. CII vault access also requires the
fingerprint enrollment with Pharmacy Operations.

Security Operations | (860) 555-0125
"""))

msg("garage-level2-closure", "none", "parking garage closure notice",
    A("Parking & Transportation", W("parking")), W("all-staff", "All Staff"),
    "Garage Level 2 closed Thu-Fri for sealing", D(8, 10, 0),
    body=T("""
Garage Level 2 will be closed Thursday 12/10 and Friday 12/11 for deck
sealing. Staff with Level 2 permits may park in Lot C; the shuttle runs
every 10 minutes from 5:30 am to 8 pm. Please don't use the patient and
visitor levels.
"""))

msg("cafeteria-menu-week", "none", "cafeteria menu",
    A("Food & Nutrition Services", W("dining")), W("all-staff", "All Staff"),
    "Harvest Cafe menu 12/7-12/11", D(7, 6, 30),
    body=H(html_doc("""
<h3>Harvest Cafe &ndash; this week</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Mon</th><td>Turkey chili, cornbread, kale Caesar</td></tr>
<tr><th>Tue</th><td>Taco bar (veggie option: black bean)</td></tr>
<tr><th>Wed</th><td>Roast chicken, mashed potatoes, green beans</td></tr>
<tr><th>Thu</th><td>Holiday lunch: ham, sweet potato casserole, pie ($6.50)</td></tr>
<tr><th>Fri</th><td>Fish &amp; chips, clam chowder</td></tr>
</table>
<p>Heart-healthy and low-sodium choices are marked with a green leaf at the line.</p>
""")))

msg("mywrenfield-new-message-notice", "none", "borderline: portal notification greeting the account holder by name but saying only that a message is waiting",
    A("MyWrenfield", "no-reply@mywrenfield.example.org"), A("Harold Quist", "hquist54@example.net"),
    "You have a new message in MyWrenfield", D(9, 16, 22),
    body=ALT(T("""
Hello Harold,

You have a new message in MyWrenfield. To read it, sign in at
https://my.mywrenfield.example.org .

For your privacy, we don't include message details in e-mail.

Please do not reply to this e-mail.
"""), H(html_doc("""
<p>Hello Harold,</p>
<p>You have a new message in MyWrenfield.</p>
<p><a href="https://my.mywrenfield.example.org">Sign in to read it</a></p>
<p style="color:#777;font-size:9pt">For your privacy, we don't include message details in e-mail. Please do not reply to this e-mail.</p>
"""))), trap=True)

msg("irb-approval-sepsis-alert", "none", "IRB approval notice for a study protocol; no subjects",
    A("Wrenfield IRB", W("irb")), A("Achterberg, Miriam MD", W("machterberg")),
    "IRB approval: WCH-IRB-2026-041 (expedited)", D(10, 9, 15), trap=True,
    body=T("""
Dear Dr. Achterberg,

The Wrenfield Community Hospital IRB approved the following on 12/9/2026
under expedited review (category 5):

  Protocol: WCH-IRB-2026-041
  Title: Effect of an EHR sepsis early-warning alert on time to
         antibiotics in the emergency department: a retrospective
         before-after study
  Waiver of informed consent and HIPAA authorization: granted
  Data: limited data set; no direct identifiers leave the data warehouse
  Approval period: 12/9/2026 - 12/8/2027

Please report any changes or unanticipated problems before implementing
them.

IRB Office | (860) 555-0108
"""))

msg("vaksinasyon-grip-kominote", "none", "Haitian Creole community flu shot clinic flyer; no individual",
    A("Sant Sante Kominotè Harlow", "info@santsante-harlow.example.org"), A("Community Outreach", W("outreach")),
    "Klinik vaksen grip gratis - samdi 12 desanm", D(8, 17, 45), lang="ht", trap=True,
    body=T("""
Bonjou tout moun!

Sant Sante Kominotè Harlow ak lopital Wrenfield ap fè yon klinik vaksen
grip GRATIS:

  Kilè: Samdi 12 desanm 2026, 9è nan maten rive 1è apremidi
  Kote: Legliz Batis Nouvo Jerizalèm, 230 Main Street

  - Vaksen grip pou granmoun ak timoun 6 mwa ak plis
  - Vaksen COVID-19
  - Tcheke tansyon

Ou pa bezwen asirans, ou pa bezwen randevou. Gen moun ki pale kreyòl la.
Pou plis enfòmasyon rele (860) 555-0184.

Mèsi, e pran swen fanmi nou!
""", cs="utf-8", cte="quoted-printable"))


# -------------------------------------------------------------- phi --
msg("ed-letter-distal-radius", "phi", "ED physician's letter to the PCP about a named patient's wrist fracture and follow-up",
    A("Achterberg, Miriam MD", W("machterberg")), A("Gordon Calloway, MD", "gcalloway@callowayfp.example.com"),
    "Your patient Janet Whitcombe - ED visit 12/6", D(7, 8, 5),
    body=T("""
Dr. Calloway,

Ms. Janet Whitcombe (DOB 04/22/1958) came to our ED Sunday evening after
slipping on the ice in her driveway and landing on her outstretched right
hand. X-rays showed a minimally displaced distal radius fracture with no
intra-articular extension. We did a hematoma block, closed reduction and
placed her in a sugar-tong splint; post-reduction films were acceptable.

She was discharged with acetaminophen and a short course of ibuprofen
(she has no kidney history), and we asked her to see Dr. Pham in
orthopedics this Thursday. Given her age and a fall from standing, she
would probably benefit from a DEXA scan - I'll leave that to you.

Please call me with any questions.

Miriam Achterberg, MD
Emergency Medicine, Wrenfield Community Hospital | (860) 555-0115
""", cs="utf-8", cte="quoted-printable"))

msg("night-signout-4west", "phi", "hospitalist sign-out in clinical shorthand naming patients with labs and plans",
    A("Ketteridge, Samuel MD", W("sketteridge")), A("Brunswick, Nadia MD", W("nbrunswick")),
    "signout 4W", D(7, 18, 52),
    body=T("""
Nadia - 4W tonight, 3 to watch:

412 Okafor, Emmanuel 68M - CHF exac, diuresing lasix 40 IV BID, net -1.6L.
    K 3.2 this pm, gave KCl 40 PO, recheck BMP 0400. Cr 1.4 (bl 1.2). FC.
418 Lindgren, Ruth 81F - CAP on CTX/azithro, day 2. Sundowning last
    night; avoid benzos, seroquel 12.5 prn ok. DNR/DNI.
426 Baptiste, Claude 59M - DKA resolved, off drip at 1500, lantus 22u
    given. FS q4h, call if >300 or <70.

Nothing pending except 412's BMP. Thanks!
Sam
"""))

msg("snf-referral-form-html", "phi", "case-management SNF referral form in an HTML table with name, DOB, MRN, diagnosis and payer",
    A("Vang, Priscilla RN", W("pvang")), A("Maple Terrace Rehab - Admissions", "admissions@mapleterrace.example.com"),
    "Referral for skilled rehab - bed request", D(8, 10, 12),
    body=H(html_doc("""
<p>Hi Tracy, referral below &ndash; she's medically ready Thursday.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Name</th><td>Dorothy Ferncliff</td><th align="left">DOB</th><td>02/11/1940</td></tr>
<tr><th align="left">MRN</th><td>WCH 3309184</td><th align="left">Room</th><td>3 North 307</td></tr>
<tr><th align="left">Admit dx</th><td colspan="3">Left hip fracture s/p hemiarthroplasty 12/3; post-op delirium (resolving)</td></tr>
<tr><th align="left">PMH</th><td colspan="3">HTN, AFib on apixaban, CKD 3a, osteoporosis</td></tr>
<tr><th align="left">PT/OT</th><td colspan="3">Min assist transfers, ambulates 40 ft with RW, WBAT LLE</td></tr>
<tr><th align="left">Skin</th><td colspan="3">Stage 2 sacral pressure injury, foam dressing q3 days</td></tr>
<tr><th align="left">Payer</th><td>Medicare A/B + Orchard Mutual supplement</td><th align="left">Code</th><td>DNR</td></tr>
<tr><th align="left">Contact</th><td colspan="3">Son, Richard Ferncliff (860) 555-0189</td></tr>
</table>
<p>Priscilla Vang, RN, CCM &ndash; Case Management &ndash; (860) 555-0117</p>
""")))

msg("dads-hip-still-groggy", "phi", "daughter's phone-typed mail about her father's hip surgery, oxycodone and discharge",
    A("Gina Pellegrino", "ginap.1979@example.net"), A("3 North Nursing", W("3north")),
    "my dad in 3 north", D(9, 21, 17),
    body=T("""
hi is this the right email for 3 north?? my dad Frank Pellegrino had his
hip replaced tuesday and they told us he might go home tomorrow but hes
still so groggy on the oxycodone, he didnt know what day it was when i
called tonight. hes 79 and lives alone. can someone please call me before
they discharge him, i dont think he can do the stairs yet. also he takes
his blood thinner at 8am not 6 like the sheet says

thank you so much the nurses have been great
Gina (daughter) 860-555-0186

Sent from my iPhone
""", flowed=True))

msg("subject-only-ct-aaa", "phi", "name, DOB and CT finding are only in the Subject; body is an acknowledgement",
    A("Mehra, Anand MD", "amehra@mehra-im.example.com"), A("Hsu, Peter MD", W("phsu")),
    "RE: Garrity, Helen DOB 3/14/51 - CT A/P 4.2 cm infrarenal AAA, needs vasc f/u", D(8, 12, 48), reply=True,
    body=T("""
Got it, thanks Peter. I'll call her this afternoon and put in the
referral.

Anand
"""))

msg("subject-only-inr-hold", "phi", "MRN and INR with the warfarin instruction are only in the Subject",
    A("Anticoagulation Clinic", W("coumadinclinic")), A("Okafor-Lund, Grace PharmD", W("gokaforlund")),
    "MRN 4471203 INR 4.8 - hold warfarin tonight, recheck Thu", D(8, 16, 5),
    body=T("""
Done, she's aware. Thursday slot booked for 9:15.

-Trish
"""))

msg("display-name-wound-clinic-parking", "phi", "borderline: a parking notice; the care is only in the recipient's display name (wound care, left heel ulcer)",
    A("Wrenfield Parking Validation", W("parking")), A("Rosa Ibarra - wound clinic Tu/Th, L heel ulcer", "rosa.ibarra52@example.net"),
    "Your parking validation for December", D(7, 11, 30),
    body=T("""
Hello,

Your December parking validation is ready. Show this e-mail at the
garage exit or pick up the sticker at the main information desk. It is
valid on Levels 1 and 3 Monday through Friday.

Wrenfield Parking & Transportation
"""))

msg("echo-report-filename-only", "phi", "borderline: 'attached as requested'; the patient, MRN and EF are only in the PDF's file name (scan has no text layer beyond a scanner banner)",
    A("Echo Lab", W("echolab")), A("Roy, Imani MD", W("iroy")),
    "Attached as requested", D(8, 14, 2),
    body=MIX(T("""
Dr. Roy - attached as requested. Reading room scanner, so it's an image.

Marla, RDCS
"""), PDF("ECHO_Hendricks_Walter_MRN3382017_EF30_2026-12-07.pdf", """
WrenScan MX-4070  Scan to e-mail  12/08/2026 13:58  1 page
""", title="Scan")))

msg("colonoscopy-prep-filename-only", "phi", "borderline: the prep sheet is generic; who is having a colonoscopy when is only in the DOCX file name",
    A("GI Scheduling", W("gi-scheduling")), A("Calloway Family Practice - Front Desk", "frontdesk@callowayfp.example.com"),
    "prep sheet", D(9, 10, 40),
    body=MIX(T("""
Here's the prep sheet for Thursday - could you give it to her at her visit
today? She said she prefers paper.

Thanks, Kim (GI scheduling)
"""), DOCX("Kowalczyk_Barbara_DOB1947-06-02_colonoscopy_12-17.docx", """
WRENFIELD ENDOSCOPY - COLONOSCOPY PREP (SPLIT DOSE)
5 days before: stop iron pills, fiber supplements, seeds and nuts.
1 day before: clear liquids only all day. No red or purple drinks.
6 pm the evening before: drink the first half of the prep over 1 hour.
5 hours before your arrival: drink the second half. Nothing else by mouth after that.
Bring a driver. You cannot drive or take a taxi alone after sedation.
Questions: (860) 555-0153
""")))

msg("lipid-a1c-report-pdf", "phi", "reference-lab report naming the patient, DOB and results; health content only in the PDF text layer",
    A("Ostrander Reference Laboratory", "reports@ostranderlab.example.com"), A("Calloway Family Practice", "results@callowayfp.example.com"),
    "Report available - Ostrander Reference Laboratory", D(8, 6, 15),
    body=MIX(T("""
A report is attached for your office. Please do not reply to this
automated message; call Client Services at (800) 555-0158 with questions.
"""), PDF("ORL_report_26-1208-44107.pdf", """
OSTRANDER REFERENCE LABORATORY                      FINAL REPORT
Patient: DUBOIS, MARCEL A        DOB: 10/03/1966    Sex: M
Accession: 26-1208-44107         Collected: 12/07/2026 08:12
Ordering: Gordon Calloway, MD    Client: Calloway Family Practice

TEST                      RESULT     FLAG   REFERENCE
Hemoglobin A1c            9.2 %      H      4.0-5.6
Cholesterol, total        248 mg/dL  H      <200
LDL cholesterol (calc)    171 mg/dL  H      <100
HDL cholesterol            38 mg/dL  L      >39
Triglycerides             196 mg/dL  H      <150
eGFR                       74               >59
""", title="ORL report 26-1208-44107")))

msg("discharge-summary-efax-flate", "phi", "e-fax cover with a bland body; the discharge summary is in a Flate-compressed PDF",
    A("Wrenfield HIM e-Fax", "efax@" + WRH), A("Maple Terrace Rehab", "fax@mapleterrace.example.com"),
    "Fax from Wrenfield Community Hospital (3 pages)", D(9, 15, 33),
    body=MIX(T("""
You have received a fax from Wrenfield Community Hospital HIM.
Pages: 3   Sent: 12/09/2026 15:33   From: (860) 555-0112

CONFIDENTIAL: If you received this fax in error, call (860) 555-0112.
"""), PDF("WCH_fax_20261209_1533.pdf", """
WRENFIELD COMMUNITY HOSPITAL - DISCHARGE SUMMARY
Patient: Lionel Marchbanks     MRN: 2206518     DOB: 07/19/1947
Admitted: 12/04/2026   Discharged: 12/09/2026   Attending: S. Ketteridge, MD
Discharge diagnosis: Right lower lobe pneumonia; COPD exacerbation
Hospital course: Treated with ceftriaxone and azithromycin, then cefpodoxime.
Prednisone 40 mg daily x5 days. Weaned to 2 L nasal cannula (home O2 baseline 2 L).
Discharge meds: cefpodoxime 200 mg BID x3 more days; prednisone 40 mg x1 more day;
tiotropium daily; albuterol HFA prn; apixaban 5 mg BID (AFib), metoprolol 25 mg BID.
Follow-up: PCP within 7 days; pulmonology 4 weeks. PT/OT at facility.
Code status: Full code.
""", flate=True, title="Discharge summary")))

msg("preop-hp-docx-first-case", "phi", "pre-anaesthesia evaluation in a DOCX naming the patient; body says only 'H&P attached'",
    A("Anesthesia Pre-Admission Testing", W("pat")), A("Quintero, Rafael MD", W("rquintero")),
    "PAT note for tomorrow's first case, OR 4", D(9, 16, 48),
    body=MIX(T("""
Dr. Q - PAT note attached for your 07:30 in OR 4 tomorrow.

Jill, PAT RN
"""), DOCX("PAT_note_OR4_0730.docx", """
PRE-ANESTHESIA EVALUATION
Patient: Sharon Tillinghast   DOB 05/30/1972   MRN 5018832
Procedure: Laparoscopic sleeve gastrectomy (Dr. Ashgrove)   Date: 12/10/2026
ASA 3. BMI 46.1. OSA on CPAP 12 cm H2O. HTN (losartan). T2DM (metformin, hold AM).
Airway: Mallampati III, neck circ 44 cm, full dentition. Prior easy intubation 2019 (video laryngoscope).
PONV history x2 - plan TIVA and multimodal antiemetics.
Labs: Hgb 12.9, K 4.1, Cr 0.8, A1c 6.9. ECG NSR.
Plan: GETA with VL, TIVA, OSA precautions, PACU CPAP.
""")))

msg("denials-worklist-csv", "phi", "billing denials worklist CSV with patient names, accounts, claim numbers, CPT and denial reasons",
    A("Lindahl, Derek", W("dlindahl")), W("pfs-followup", "PFS Follow-up Team"),
    "December denials worklist - please work by Fri", D(7, 9, 20),
    body=MIX(T("""
Team - attached is this week's worklist (37 rows, 10 shown in the
preview extract). Please work by Friday and note actions in the account.
CO-197 (no auth) is our biggest bucket again.

Derek
"""), CSV("denials_worklist_2026-12-07.csv", """
account,patient,dob,payer,claim_no,dos,cpt,billed,denial,reason
70044101,"Brandt, Kevin",1988-02-14,Lanternfield PPO,LF26-33018842,2026-10-29,72148,1890.00,CO-197,No prior authorization for MRI lumbar spine
70044172,"Osei, Abena",1954-09-03,Orchard Mutual,OM-9920417731,2026-11-02,93306,1320.00,CO-50,Not medically necessary - echo within 12 months
70044219,"Tran, Minh",1971-12-20,Riverbend Community Care,RCC-55102819,2026-11-05,99285,2210.00,CO-16,Missing attending NPI
70044230,"Hollis, June",1963-05-11,Medicare,MBI 4TE7-WC2-RK91,2026-11-06,45380,1765.00,CO-4,Modifier PT missing
70044288,"Szabo, Ferenc",1949-07-30,Orchard Mutual,OM-9920418020,2026-11-09,27447,38450.00,CO-197,Auth on file for other knee
""")))

msg("oru-delivery-failure-live", "phi", "interface failure alert carrying a live HL7 result for a named patient (critical potassium)",
    A("Bridgeway Interface Engine", "bridgeway-alerts@" + WRH), W("interface-oncall", "Interface On-call"),
    "[Bridgeway] Delivery failed: ORU to CALLOWAY_EHR (retry 3/3)", D(8, 2, 11),
    body=MIX(T("""
Channel:  LAB_ORU_OUT_CFP
Error:    TCP connect timeout to 198.51.100.24:6661 after 3 retries
Queued:   1 message (attached)
Action:   Message held. Resend from the console when the destination is up.
"""), HL7("held_msg_00418833.hl7", """
MSH|^~\\&|WCH_LAB|WCH|CALLOWAY_EHR|CFP|20261208015812||ORU^R01^ORU_R01|LAB26120800418833|P|2.5.1
PID|1||4471203^^^WCH^MR||DELGADO^MARGARITA^L||19560419|F|||77 Ridge Rd^^Harlow^CT^06010||(860)555-0144
PV1|1|O|CFP^^^CFP||||%s^CALLOWAY^GORDON
ORC|RE|L26-88102|L26-88102||CM
OBR|1|L26-88102|L26-88102|80048^Basic metabolic panel^CPT|||20261207161000
OBX|1|NM|2823-3^Potassium^LN||6.1|mmol/L|3.5-5.1|HH|||F
OBX|2|NM|2160-0^Creatinine^LN||1.9|mg/dL|0.6-1.1|H|||F
OBX|3|NM|6301-6^INR^LN||4.8||0.9-1.1|HH|||F
NTE|1||Critical K called to Dr. Calloway's answering service 12/07 17:02 read back
""" % NPI_CAL)))

msg("hie-ed-encounter-bundle", "phi", "HIE encounter notification with a FHIR bundle naming the patient, asthma exacerbation and prednisone; body bland",
    A("Connecticut Valley HIE - Notifications", "notify@cvhie.example.org"), A("Birchmont Pediatrics", "office@birchmontpeds.example.com"),
    "Encounter notification (1)", D(9, 6, 2),
    body=MIX(T("""
One encounter notification is attached for a patient on your panel.
Open the attachment in your EHR's HIE viewer.
"""), FHIR("encounter-notification-88107.json", {
        "resourceType": "Bundle", "type": "message", "timestamp": "2026-12-09T06:01:44-05:00",
        "entry": [
            {"fullUrl": "urn:uuid:6b1f0c7e-2a44-4c0b-9e39-1d2f00a1c001", "resource": {
                "resourceType": "Patient", "id": "p1",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "WCH-6630175"}],
                "name": [{"family": "Okoro", "given": ["Jayden"]}], "gender": "male", "birthDate": "2017-03-22"}},
            {"fullUrl": "urn:uuid:6b1f0c7e-2a44-4c0b-9e39-1d2f00a1c002", "resource": {
                "resourceType": "Encounter", "id": "e1", "status": "finished",
                "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"},
                "subject": {"reference": "Patient/p1"},
                "period": {"start": "2026-12-08T21:14:00-05:00", "end": "2026-12-09T01:40:00-05:00"},
                "serviceProvider": {"display": "Wrenfield Community Hospital ED"}}},
            {"fullUrl": "urn:uuid:6b1f0c7e-2a44-4c0b-9e39-1d2f00a1c003", "resource": {
                "resourceType": "Condition", "id": "c1",
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "J45.41", "display": "Moderate persistent asthma with (acute) exacerbation"}]},
                "subject": {"reference": "Patient/p1"}}},
            {"fullUrl": "urn:uuid:6b1f0c7e-2a44-4c0b-9e39-1d2f00a1c004", "resource": {
                "resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
                "medicationCodeableConcept": {"text": "prednisolone 15 mg/5 mL oral solution, 30 mg daily x 4 days"},
                "subject": {"reference": "Patient/p1"}}}]})))

msg("preop-huddle-invite-ics", "phi", "calendar invite whose ICS description names the patient, procedure and insulin pump; body says only 'invite attached'",
    A("Kilroy, Beth RN", W("bkilroy")), [W("tashgrove", "Ashgrove, Thomas MD"), W("rquintero", "Quintero, Rafael MD")],
    "Pre-op huddle Thu", D(9, 13, 5),
    body=MIX(T("""
Invite attached - 10 min before first case.

Beth
"""), ICS(ics_text("Pre-op huddle - OR 2 first case", "20261210T070500", "20261210T071500",
             desc="Nguyen, Thanh Van (MRN 6012274), 34F, lap chole for symptomatic cholelithiasis. Type 1 diabetes on insulin pump - pump stays on, endo recs in chart; T&S done. Latex allergy - latex-free room.",
             loc="OR 2 core", org=("Beth Kilroy", "bkilroy@" + WRH),
             att=(("Thomas Ashgrove", "tashgrove@" + WRH), ("Rafael Quintero", "rquintero@" + WRH))),
           name="preop-huddle.ics")))

msg("reply-over-knee-mri-request", "phi", "short scheduling reply; the patient, MRN, indication and auth are only in the quoted original",
    A("Imaging Scheduling", W("imaging-scheduling")), A("Calloway Family Practice - Referrals", "referrals@callowayfp.example.com"),
    "RE: MRI L knee - Pruitt", D(8, 9, 12), reply=True,
    body=T("""
Tuesday 12/15 at 7:30 am on MRI 2 works. Letter is going out today.

Kayla, Imaging Scheduling x0139

-----Original Message-----
From: Calloway Family Practice - Referrals <referrals@callowayfp.example.com>
Sent: Monday, December 7, 2026 4:55 PM
To: Imaging Scheduling <imaging-scheduling@wrenfieldhealth.example.org>
Subject: MRI L knee - Pruitt

Hi, please schedule MRI left knee without contrast for Dwayne Pruitt,
DOB 08/02/1983, MRN 5542910. Twisting injury playing basketball 11/20,
effusion, positive McMurray, suspect medial meniscus tear. Orchard Mutual
auth OM-PA-26-7718204 approved through 1/15. He works days, early slot
preferred. Cell (860) 555-0188.

Thanks,
Deb, referral coordinator
"""))

msg("statement-html-half-only", "phi", "billing e-statement whose text half says only 'view in HTML'; the account, patient, ED visit and balance are only in the HTML half",
    A("Wrenfield Patient Financial Services", "statements@billing.wrenfieldhealth.example.org"), A("Marisol Ortega", "marisol.ortega@example.com"),
    "Your statement is ready", D(8, 7, 0),
    body=ALT(T("""
Your statement is ready. This message is best viewed in an HTML-capable
e-mail program. To view your statement, sign in to MyWrenfield.
"""), H(html_doc("""
<table width="600" cellpadding="6" style="border:1px solid #ccc">
<tr><td colspan="2" style="background:#2b5d7a;color:#fff"><b>Wrenfield Community Hospital &ndash; Statement</b></td></tr>
<tr><td>Guarantor</td><td>Marisol Ortega</td></tr>
<tr><td>Account</td><td>70044128</td></tr>
<tr><td>Patient</td><td>Marisol Ortega</td></tr>
<tr><td>Service</td><td>11/14/2026 Emergency department visit, level 3; X-ray ankle, 3 views</td></tr>
<tr><td>Charges</td><td>$1,642.00</td></tr>
<tr><td>Insurance paid (Riverbend Community Care)</td><td>$1,229.40</td></tr>
<tr><td><b>Amount due by 01/05/2027</b></td><td><b>$412.60</b></td></tr>
</table>
<p><a href="https://pay.billing.wrenfieldhealth.example.org">Pay online</a> or call (860) 555-0106. Ask about payment plans and financial assistance.</p>
"""))))

msg("secure-tag-test-send", "phi", "borderline: [secure]-tagged test with no patient content (marked-secure-test-no-content)",
    A("Vang, Priscilla RN", W("pvang")), A("Maple Terrace Rehab - Admissions", "admissions@mapleterrace.example.com"),
    "[secure] test - please confirm you got this", D(9, 8, 20),
    body=T("""
Hi Tracy - testing the encryption before I send Thursday's referral
packets. Please reply if it came through and you could open it.

Priscilla
"""))

msg("x-sensitivity-header-only", "phi", "borderline: sender set X-Sensitivity/Sensitivity headers; the body holds no patient content",
    A("Abernathy, Helen MD", W("habernathy")), A("Mosely, Karen", W("kmosely")),
    "for 2:00", D(10, 11, 40), extra=("X-Sensitivity: PHI", "Sensitivity: Company-Confidential"),
    body=T("""
Karen - I'll bring the binder to 2:00. Let's keep it to the two of us
plus Risk until we know more.

H.
"""))

msg("eob-notice-base64", "phi", "payer EOB notice to the member with member ID, claim number, services and amount owed (base64 body)",
    A("Lanternfield Health Plan", "eob@lanternfieldhealth.example.com"), A("Thomas Reinholt", "treinholt@example.com"),
    "Your Explanation of Benefits is ready", D(9, 5, 30),
    body=T("""
Explanation of Benefits - this is not a bill

Member: Thomas Reinholt          Member ID: LFH 884 20917 01
Claim: LF26-34410587              Provider: Wrenfield Community Hospital
Date of service: 11/18/2026

Service                               Billed    Plan paid   You owe
Office visit, allergy/immunology      $310.00    $188.20    $40.00 copay
Allergy skin testing, 52 tests        $624.00    $401.44    $0.00
Spirometry                            $142.00     $91.30    $0.00

Total you may owe the provider: $40.00
Deductible met this year: $1,500.00 of $1,500.00

Questions? Call Member Services at (800) 555-0185.
""", cs="utf-8", cte="base64"))

msg("statement-letter-acct", "phi", "mailed-style statement to a guarantor with account number and lab services",
    A("Wrenfield Patient Financial Services", "statements@billing.wrenfieldhealth.example.org"), A("Phyllis Grantham", "pgrantham@example.net"),
    "Statement for account 70039877", D(7, 7, 0),
    body=T("""
Dear Phyllis Grantham,

Our records show a balance on account 70039877:

  Date        Description                              Amount
  10/21/2026  Comprehensive metabolic panel            $ 96.00
  10/21/2026  Lipid panel                              $ 58.00
  10/21/2026  TSH                                      $ 71.00
  10/21/2026  Venipuncture                             $ 12.00
  11/30/2026  Payment - Orchard Mutual                -$142.18
              Balance due                              $ 94.82

Please pay by 01/04/2027 at https://pay.billing.wrenfieldhealth.example.org
or call (860) 555-0106 to set up a payment plan.
"""))

msg("orchard-denial-knee-scope", "phi", "payer denial to the billing office for a named member's knee arthroscopy claim",
    A("Orchard Mutual Claims", "claims@orchardmutual.example.com"), A("Patient Financial Services", W("pfs")),
    "Claim determination OM-9920419955", D(8, 14, 40),
    body=T("""
CLAIM DETERMINATION NOTICE

Member: Victor Almeida          Member ID: OMX-40417722
Claim: OM-9920419955            Date of service: 10/30/2026
Provider: Wrenfield Community Hospital (ASC)

Line 1  CPT 29881  Arthroscopy, knee, with meniscectomy, medial - DENIED
        Reason: medical necessity criteria not met; no documentation of
        6 weeks of conservative treatment (physical therapy).
Line 2  CPT 01400  Anesthesia, knee - DENIED (related to line 1)

You may submit an appeal with PT records within 180 days to Orchard
Mutual Appeals, or request a peer-to-peer review at (800) 555-0184.
"""))

msg("prior-auth-approved-lumbar-mri", "phi", "prior authorisation approval for a named member's lumbar MRI",
    A("Riverbend Community Care - Utilization Management", "um@riverbendcare.example.org"), A("Imaging Scheduling", W("imaging-scheduling")),
    "Authorization approved: RCC-A-2612-004471", D(8, 15, 55),
    body=T("""
Authorization approved

Member: Latisha Greer     Member ID: RCC 5510 2284     DOB: 01/09/1990
Service: MRI lumbar spine without contrast (72148), 1 unit
Diagnosis: M54.16 radiculopathy, lumbar region
Ordering: Gordon Calloway, MD
Servicing: Wrenfield Community Hospital Imaging
Valid: 12/08/2026 - 02/05/2027
Authorization: RCC-A-2612-004471
"""))

msg("your-a1c-portal-message", "phi", "clinician's portal reply to a patient about their own A1c and metformin",
    A("Dr. Gordon Calloway via MyWrenfield", "no-reply@mywrenfield.example.org"), A("Walt Emerson", "walt.emerson@example.com"),
    "Re: my blood work", D(9, 17, 35), reply=True,
    body=ALT(T("""
Hi Walt,

Your results from Tuesday look good. Your A1c came down to 7.4 from 8.1
in June - nice work with the walking. Kidney function and potassium are
normal. Let's keep the metformin at 1000 mg twice a day, and I'll see you
in March. You can stop the extra glipizide we talked about.

Dr. Calloway
"""), H(html_doc("""
<p>Hi Walt,</p>
<p>Your results from Tuesday look good. Your A1c came down to <b>7.4</b> from 8.1 in June &ndash; nice work with the walking. Kidney function and potassium are normal. Let's keep the metformin at 1000 mg twice a day, and I'll see you in March. You can stop the extra glipizide we talked about.</p>
<p>Dr. Calloway</p>
"""))))

msg("your-echo-appointment-reminder", "phi", "appointment reminder to the patient for an echocardiogram with cardiology",
    A("Wrenfield Cardiology", "reminders@mywrenfield.example.org"), A("Harriet Oduya", "hoduya@example.com"),
    "Reminder: your appointment on Monday, December 14", D(10, 10, 0),
    body=T("""
Hi Harriet,

This is a reminder of your appointment with Imani Roy, MD (Cardiology) on
Monday, December 14 at 9:40 AM for an echocardiogram and follow-up visit.

Location: Wrenfield Heart & Vascular, 40 Millrace Road, Suite 110
Please arrive 15 minutes early and bring your insurance card and a list of
your medications. Wear a two-piece outfit. You may eat normally.

To cancel or reschedule, call (860) 555-0155 or use MyWrenfield.
"""))

msg("corner-drug-refill-request", "phi", "retail pharmacy refill request for a named patient's metformin and lisinopril",
    A("Corner Drug #14 - Pharmacy", "rx14@cornerdrug.example.com"), A("Calloway Family Practice - Rx", "rx@callowayfp.example.com"),
    "Refill request - ODELL, FRANCINE", D(7, 10, 48),
    body=T("""
REFILL AUTHORIZATION REQUEST

Patient: ODELL, FRANCINE      DOB: 11/28/1961
Phone:   (860) 555-0147

1. metFORMIN ER 500 mg tab, 2 tabs daily with supper  #60  last fill 11/06
2. lisinopril 20 mg tab, 1 daily                     #30  last fill 11/06

Prescriber: Gordon Calloway, MD  NPI %s
Please reply with approval / denial or send new Rx electronically.

Corner Drug #14 | Ph (860) 555-0192 | Fax (860) 555-0193
""" % NPI_CAL))

msg("anesthesia-consult-shorthand", "phi", "anaesthesia pre-op shorthand note to the surgeon with the patient named",
    A("Quintero, Rafael MD", W("rquintero")), A("Ashgrove, Thomas MD", W("tashgrove")),
    "RE: Tillinghast 12/10", D(9, 19, 10), reply=True,
    body=T("""
Tom - saw Tillinghast in PAT. 54F, BMI 46, OSA on CPAP, Mallampati 3,
prior easy VL. PONV x2. Plan TIVA, VL first, no long-acting opioids,
multimodal (APAP/ketorolac/TAP block if you're OK), CPAP in PACU, tele
overnight given OSA. A1c 6.9, hold metformin AM. Good to go.

R
"""))

msg("cdiff-contact-plus-318", "phi", "infection prevention notice about a named inpatient's positive C. diff test and isolation",
    A("Holloway, Gwen", W("gholloway")), [A("3 North Charge RN", W("3north-charge")), W("evs", "Environmental Services")],
    "318 - C. diff positive, contact plus", D(8, 11, 2),
    body=T("""
Hi - Harold Beaumont in 318 had a positive C. diff PCR/toxin this
morning. Please:

 - contact-plus sign on the door now (brown sign), gown and gloves
 - soap and water hand hygiene, no alcohol gel only
 - dedicated stethoscope and BP cuff
 - bleach wipes for equipment; EVS to do sporicidal daily and terminal
   clean at discharge

He's on oral vancomycin per Dr. Ketteridge. He shared a bathroom with 317
until yesterday - I'll watch 317.

Gwen, IP x0148
"""))

msg("critical-call-log-hgb", "phi", "lab critical-value call log in shorthand with MRN and hemoglobin",
    A("Lab Core - Night Shift", W("lab-core")), A("Pennington, Nora", W("npennington")),
    "crit call log 12/9 nights", D(10, 7, 10),
    body=T("""
Nora - night log for your audit, all read back:

0047  MRN 5520918  Hgb 6.2        called 4W RN J. Amaral      RB
0212  MRN 3309184  K 2.9          called 3N RN P. Nolan       RB
0312  MRN 6120447  Lactate 5.4    called ED Dr. Achterberg    RB
0455  MRN 2201880  Plt 18         called ICU RN S. Bhatt      RB

0212 was on the second attempt (first call no answer, 4 min). Otherwise
all within 15 min.

Darnell, MLS
"""))

msg("ct-chest-spiculated-nodule", "phi", "radiologist's heads-up to the referring physician about a named patient's lung nodule",
    A("Hsu, Peter MD", W("phsu")), A("Anand Mehra, MD", "amehra@mehra-im.example.com"),
    "FYI - CT chest on your pt Strauss", D(7, 15, 22),
    body=T("""
Anand,

Wanted to make sure you saw this one. Alvin Strauss (DOB 9/1/1949), CT
chest from this morning: 1.8 cm spiculated RUL nodule, new since his 2023
study, no adenopathy, no effusion. Impression: suspicious for primary
lung malignancy; recommend PET-CT and pulmonology/thoracic referral.
It's in your in-basket as a critical finding.

Happy to talk - (860) 555-0137.

Peter Hsu, MD | Radiology
"""))

msg("fmla-migraine-employee-id", "phi", "employee-health FMLA approval tying an employee ID to a migraine condition and leave",
    A("Leave Administration", W("leave")), A("Greenway, Tamsin", W("tgreenway")),
    "FMLA intermittent leave approved - Emp ID 006233", D(9, 14, 45),
    body=T("""
Hi Tamsin,

Your intermittent FMLA leave (Emp ID 006233) is approved from 12/1/2026
to 11/30/2027. Per your provider's certification for chronic migraine,
you may take up to 2 episodes per month of up to 2 days each, plus
appointments with neurology every 3 months.

Please call the leave line at (860) 555-0102 on each day you use leave
and code it "FMLA-INT" in Kronos. Your manager is told only that leave is
approved, not the reason.

Leave Administration, Human Resources
"""))

msg("workers-comp-lumbar-strain", "phi", "workers' compensation adjuster mail about an employee's back injury, PT and light duty",
    A("Millrace Comp - Claims", "adjuster.kim@millracecomp.example.com"), A("Employee Health", W("employeehealth")),
    "WC claim WC-26-118843 - Reyes, Tomas - work status", D(8, 13, 15),
    body=T("""
Hi,

Following up on WC-26-118843, Tomas Reyes (CNA, 3 North), DOI 11/23/2026,
lumbar strain lifting a patient. Dr. Pham's note from 12/4 allows light
duty - no lifting over 15 lb, no patient transfers - for 3 weeks, and PT
2x/week. Can you confirm whether 3 North can accommodate light duty? If
not, we'll start temporary total disability payments.

Next ortho visit 12/22.

Jae Kim, Claims Adjuster, Millrace Comp | (800) 555-0196
"""))

msg("er-bill-dispute", "phi", "patient writing in about a bill for their own ER visit, with account number",
    A("Kevin Strzelecki", "kstrzelecki@example.com"), A("Patient Financial Services", W("pfs")),
    "Bill for my ER visit - account 70051932", D(10, 20, 44),
    body=T("""
Hello,

I got a bill for $1,850 for my ER visit on November 2 (account 70051932).
When I was there for the kidney stone, the registration lady said my
Lanternfield plan covered ER visits after a $250 copay. Now the bill says
"out of network physician." I didn't pick the doctor, I was in a lot of
pain. Can someone please look at this before it goes to collections? I
can send my insurance card again.

Kevin Strzelecki
(860) 555-0143
"""))

msg("abuela-rosa-cita-diabetes", "phi", "granddaughter's phone-typed Spanish mail about her grandmother's diabetes appointment and insulin",
    A("Yesenia Maldonado", "yesi.maldonado@example.com"), A("Clínica de Diabetes", W("diabetes-ed")),
    "cita de mi abuela el jueves", D(8, 19, 2), lang="es", subj_cs="utf-8", subj_mode="Q",
    body=T("""
Hola buenas noches, soy la nieta de Rosa Maldonado, tiene cita con la
doctora de la diabetes este jueves a las 10. Mi abuela no habla ingles y
yo trabajo ese dia, me pueden poner interprete?? Tambien queria decirles
que desde que le subieron la insulina a 30 unidades se le ha bajado el
azucar en la mañana, hoy tenia 58 y estaba temblando, le dimos jugo. No
sé si debe seguir con la misma dosis hasta el jueves.

Mil gracias
Yesenia (860) 555-0161

Enviado desde mi iPhone
""", cs="utf-8", cte="quoted-printable", flowed=True))

msg("gi-consult-iron-deficiency", "phi", "referring practice's GI consult request naming the patient, anaemia and colonoscopy need",
    A("Calloway, Gordon MD", "gcalloway@callowayfp.example.com"), A("Wrenfield GI - Referrals", W("gi-referrals")),
    "Consult request: Leonard Fisk", D(8, 16, 25),
    body=T("""
Dear colleagues,

Requesting GI consultation and colonoscopy for Leonard Fisk, 61 (DOB
06/14/1965), for iron deficiency anemia: Hgb 10.1, MCV 74, ferritin 6,
positive FIT last month. No prior colonoscopy. He has mild intermittent
epigastric pain and takes ibuprofen most days for his knees; I've stopped
it and started ferrous sulfate every other day and omeprazole 20 mg.

Insurance: Orchard Mutual, ID OMX-30188254. He prefers mornings.

Thank you,
Gordon Calloway, MD
Calloway Family Practice | (860) 555-0167
"""))

msg("dme-invoice-per-patient-cpap", "phi", "DME invoice with a line per named patient for CPAP equipment",
    A("Lakeshore Home Medical - Billing", "billing@lakeshorehme.example.com"), A("Sleep Center", W("sleepcenter")),
    "Invoice 40718 - resupply, November", D(9, 12, 0),
    body=T("""
Invoice 40718 - Wrenfield Sleep Center - November resupply (hospital
contract, non-billable to patient)

Patient             DOB         HCPCS   Item                       Amt
Quist, Harold       03/02/1954  A7030   Full face mask             $98.00
Quist, Harold       03/02/1954  A7037   Tubing                     $24.00
Ambrose, Delia      09/17/1969  E0601   CPAP device (new setup)  $612.00
Ambrose, Delia      09/17/1969  A7034   Nasal mask w/ headgear     $86.00
Nakagawa, Ken       12/05/1980  A7038   Filters x2                  $8.00
                                                       Total     $828.00

Remit to Lakeshore Home Medical, PO Box 210, Harlow CT. Terms net 30.
"""))

msg("fall-incident-4west", "phi", "quality incident report of a named patient's fall with CT result",
    A("Incident Reporting System", "ers-noreply@" + WRH), A("Abernathy, Helen MD", W("habernathy")),
    "Incident #26-1477 submitted: Fall, 4 West", D(9, 3, 40),
    body=T("""
A new event has been reported.

Event #:      26-1477
Type:         Fall - unassisted
Location:     4 West, room 422
Date/time:    12/09/2026 02:50
Patient:      Eleanor Vance, 84F, MRN 5207719
Description:  Found on floor next to bed, states she was going to the
              bathroom. Bed alarm was off. No LOC reported. Small
              hematoma R forehead. On apixaban.
Actions:      Hospitalist notified 03:00, CT head negative for bleed,
              neuro checks q2h, bed alarm on, hourly rounding.
Harm level:   Minor
Reporter:     RN (name withheld from this notice)
"""))

msg("grateful-bypass-letter", "phi", "a former patient writes to the foundation about his own bypass surgery and recovery",
    A("Gerald Oyelaran", "g.oyelaran@example.net"), A("Wrenfield Hospital Foundation", "giving@foundation.wrenfieldhealth.example.org"),
    "thank you to 4 West and the heart team", D(10, 16, 20),
    body=T("""
To whom it may concern,

My name is Gerald Oyelaran. In October I had a triple bypass after my
heart attack, and then I was on 4 West for nine days with the atrial
fibrillation afterwards. I'm walking two miles a day now and my cardiac
rehab nurse says my ejection fraction is back up to 50%.

I'd like to make a donation in honor of nurse Abigail on nights and Dr.
Strand. Could someone tell me how to do that? And please pass on my
thanks - I really thought I wasn't going to see Christmas.

Gerald Oyelaran
"""))

msg("chaplain-request-icu6", "phi", "request for a chaplain visit to a named ICU patient on comfort care",
    A("ICU Charge RN", W("icu-charge")), A("Spiritual Care", W("spiritualcare")),
    "chaplain for ICU 6 today?", D(10, 13, 5),
    body=T("""
Hi - could a chaplain come see Arturo Benavides in ICU 6 this afternoon?
He was made comfort care this morning after the family meeting and they
expect he'll pass in the next day or two. His wife Lupe and the kids are
here. They're Catholic and asked if a priest could do anointing; if not
today, a chaplain to sit with them would still mean a lot. Spanish
preferred.

Thanks, Renee (ICU charge) x0190
"""))

msg("stemi-transfer-request", "phi", "ED transfer request to a tertiary centre naming the patient and STEMI details",
    A("Wrenfield ED Transfer Center", W("transfer")), A("St. Aldhelm Regional - Transfer Center", "transfer@staldhelm.example.org"),
    "Transfer request - inferior STEMI", D(11, 4, 22),
    body=T("""
Transfer request (call received 04:15, this is the written follow-up)

Patient:    Raymond Kowalski, 58M, DOB 02/27/1968, MRN 6334021
Dx:         Inferior STEMI, onset 03:20. Cath lab at Wrenfield unavailable
            (team activated for second STEMI).
Given:      ASA 324, heparin 4000 u bolus, ticagrelor 180, NTG held (RV).
Vitals:     HR 58, BP 104/66, SpO2 97% RA. No arrest.
Accepting:  Dr. Varga, interventional cardiology
Transport:  Critical care ALS, ETA departure 04:40

ED contact: (860) 555-0116
"""))

msg("bo-chay-than-nhan-tao", "phi", "son writes in Vietnamese about his father's dialysis sessions while admitted (base64)",
    A("Trần Văn Hùng", "hung.tran.vn@example.com"), A("4 West Nursing", W("4west")),
    "Lịch chạy thận của bố tôi - phòng 430", D(7, 20, 18), lang="vi",
    body=T("""
Chào các cô chú điều dưỡng,

Tôi là con trai của ông Trần Văn Lộc, đang nằm phòng 430. Bố tôi chạy thận
nhân tạo ở ngoài vào thứ Hai, thứ Tư, thứ Sáu. Hôm nay bố nói chưa được
chạy thận và chân bị phù nhiều hơn, thở hơi mệt.

Xin cho tôi biết ngày mai bố có được chạy thận ở bệnh viện không, và bác sĩ
có đổi thuốc huyết áp không? Bố tôi không nói được nhiều tiếng Anh, xin
dùng thông dịch viên khi giải thích.

Cảm ơn rất nhiều,
Hùng - (860) 555-0160
""", cs="utf-8", cte="base64"))

msg("rehabilitacja-po-endoprotezie", "phi", "patient writes in Polish about physiotherapy after his knee replacement",
    A("Zbigniew Nowakowski", "z.nowakowski@example.net"), A("Rehabilitacja Ambulatoryjna", W("outpatient-rehab")),
    "Rehabilitacja po operacji kolana - Zbigniew Nowakowski", D(8, 9, 5), lang="pl", subj_cs="iso-8859-2", subj_mode="Q",
    body=T("""
Dzień dobry,

nazywam się Zbigniew Nowakowski, 27 listopada miałem wszczepioną
endoprotezę lewego kolana (dr Pham). Na wypisie napisano, że powinienem
zacząć rehabilitację w tym tygodniu, ale nikt do mnie nie zadzwonił.

Kolano zgina się tylko do 80 stopni i nadal biorę tramadol na noc.
Czy mogę prosić o termin, najlepiej rano? Mój numer: (860) 555-0135.

Z poważaniem,
Zbigniew Nowakowski
""", cs="iso-8859-2", cte="8bit"))

msg("muqin-zhongfeng-kangfu", "phi", "daughter writes in traditional Chinese (Big5) about her mother's stroke rehabilitation transfer",
    A("林美華", "meihua.lin@example.com", cs="big5"), A("Case Management", W("casemgmt")),
    "關於我母親陳秀英的復健轉院", D(9, 21, 50), lang="zh", subj_cs="big5",
    body=T("""
您好，

我是陳秀英的女兒。我母親上週四因中風住院，現在在 3 North 307 號房。
醫生說她右手右腳無力，需要轉到復健中心。

請問：
1. 轉院大概是哪一天？我們希望去 Maple Terrace，離我家比較近。
2. 她現在吞嚥有困難，還在吃糊狀食物，復健中心可以處理嗎？
3. 她的 Medicare 和 Medicaid 都有，需要我們準備什麼文件？

我母親只會說台語和國語，麻煩安排翻譯。謝謝您。

林美華 敬上
電話：(860) 555-0150
""", cs="big5", cte="base64"))

msg("susul-annae-html-ko", "phi", "Korean HTML-only pre-operative instructions addressed to the patient about their surgery",
    A("Wrenfield 수술 전 준비실", "pat@" + WRH), A("박정민", "jm.park@example.com"),
    "12월 15일 수술 전 안내 (담낭 절제술)", D(10, 14, 30), lang="ko",
    body=H(html_doc("""
<p>박정민 님께,</p>
<p>12월 15일(화) 오전 8시 30분 복강경 담낭 절제술이 예정되어 있습니다. 수술 당일 오전 6시 30분까지 2층 수술 접수처로 오십시오.</p>
<ul>
<li>수술 전날 자정 이후에는 음식을 드시지 마십시오. 맑은 물은 수술 2시간 전까지 가능합니다.</li>
<li>복용 중인 아스피린은 12월 10일부터 중단하십시오. 혈압약(암로디핀)은 당일 아침 물 한 모금과 함께 드십시오.</li>
<li>수술 후 운전을 하실 수 없으니 보호자와 함께 오십시오.</li>
</ul>
<p>궁금한 점은 (860) 555-0134로 연락 주십시오. 한국어 통역이 가능합니다.</p>
<p>Wrenfield Community Hospital 수술 전 준비실</p>
"""), cs="utf-8", cte="base64"))

msg("ryokou-hoken-kyuukyuu", "phi", "Japanese traveller's insurer asks for the ED record and itemised bill for a named insured (ISO-2022-JP)",
    A("さくら海外旅行保険", "medical@sakura-travel-ins.example.jp.test", cs="iso-2022-jp"), A("Patient Financial Services", W("pfs")),
    "診療記録と明細書のご依頼 (被保険者: 佐藤 健一 様)", D(10, 9, 45, tz="+0900"), lang="ja", subj_cs="iso-2022-jp",
    body=T("""
Wrenfield Community Hospital 御中

いつもお世話になっております。さくら海外旅行保険メディカルサポートでございます。

弊社被保険者 佐藤 健一 様（生年月日 1979年5月14日）が、2026年12月5日に
貴院救急外来を受診され、右足首骨折の診断でギプス固定を受けたと伺っております。

つきましては、保険金のお支払いのため、以下の書類をお送りいただけますでしょうか。
  1. 救急外来の診療記録（英文で結構です）
  2. 費用の明細書（CPTコード付き）
  3. 請求書の送付先：弊社（キャッシュレス対応）

証券番号：SK-TR-2611-88421
ご本人の同意書を添付いたします（別送）。

何卒よろしくお願い申し上げます。
さくら海外旅行保険 メディカルサポート 担当：山田
電話：+81 3-555-0142
""", cs="iso-2022-jp", cte="7bit"))

msg("marcapasso-marido-revisao", "phi", "wife writes in Portuguese about her husband's pacemaker check and dizziness",
    A("Maria do Carmo Silveira", "carmo.silveira@example.net", cs="iso-8859-1", mode="Q"), A("Wrenfield Cardiology", W("cardiology")),
    "Revisão do marcapasso do meu marido", D(7, 13, 35), lang="pt", subj_cs="iso-8859-1", subj_mode="Q",
    body=T("""
Boa tarde,

O meu marido, António Silveira (nascido em 03/08/1950), colocou o
marcapasso aí no hospital em setembro com a Dra. Roy. A revisão estava
marcada para o dia 10, mas recebemos uma carta a dizer que foi
cancelada.

Desde a semana passada ele anda com tonturas quando se levanta e ontem
quase caiu na cozinha. Será que podem ver o aparelho mais cedo? Ele toma
metoprolol e varfarina.

Obrigada,
Maria do Carmo Silveira
Tel. (860) 555-0149
""", cs="iso-8859-1", cte="quoted-printable"))

msg("mama-varfarin-mno", "phi", "son writes in Russian about his mother's INR results and warfarin dose (windows-1251 QP)",
    A("Дмитрий Волков", "d.volkov@example.com", cs="windows-1251"), A("Anticoagulation Clinic", W("coumadinclinic")),
    "Анализ МНО мамы - Волкова Галина", D(9, 18, 25), lang="ru", subj_cs="windows-1251",
    body=T("""
Здравствуйте,

пишу по поводу моей мамы, Волковой Галины Петровны (1948 г.р.). В
понедельник в вашей клинике у неё было МНО 1,6, и ей сказали принимать
варфарин 5 мг вместо 4 мг. Но в аптеке ей дали таблетки по 2,5 мг, и она
не поняла, сколько пить. Она плохо читает по-английски.

Подскажите, пожалуйста, точную дозу на эту неделю и когда следующий
анализ? Лучше позвонить мне: (860) 555-0141.

Спасибо,
Дмитрий
""", cs="windows-1251", cte="quoted-printable"))

msg("fattura-risonanza-ginocchio", "phi", "patient writes in Italian about her bill for a knee MRI",
    A("Chiara Benedetti", "chiara.benedetti@example.it.test"), A("Patient Financial Services", W("pfs")),
    "Fattura risonanza magnetica - conto 70047310", D(10, 11, 5, tz="+0100"), lang="it",
    body=T("""
Buongiorno,

ho ricevuto la fattura (conto 70047310) per la risonanza magnetica al
ginocchio destro fatta il 16 novembre, quando ero in visita da mia figlia.
L'importo è di 2.340 dollari. La mia assicurazione di viaggio mi chiede il
referto e una fattura dettagliata con i codici, perché vogliono sapere se
la lesione del menisco era già presente prima del viaggio.

Potete mandarmi questi documenti via e-mail? Grazie mille.

Chiara Benedetti
""", cs="utf-8", cte="8bit"))

msg("reiseversicherung-blinddarm", "phi", "German travel insurer requests an itemised bill for a named insured's appendectomy",
    A("Hanseatische Reiseschutz AG - Leistungsabteilung", "leistung@hanse-reiseschutz.example.de.test"), A("Patient Financial Services", W("pfs")),
    "Kostenübernahme / Schaden-Nr. RS-26-0917733 - Frau Lena Hoffmann", D(8, 8, 55, tz="+0100"), lang="de",
    body=T("""
Sehr geehrte Damen und Herren,

unsere Versicherungsnehmerin Frau Lena Hoffmann, geb. 21.06.1995, wurde
vom 29.11. bis 01.12.2026 in Ihrem Haus stationär behandelt
(laparoskopische Appendektomie bei akuter Appendizitis).

Wir bestätigen die Kostenübernahme im Rahmen des Tarifs und bitten um:
  - eine detaillierte Rechnung (UB-04 oder Einzelaufstellung mit CPT/ICD-10),
  - den Entlassungsbericht.

Bitte senden Sie die Rechnung direkt an uns und nicht an die Patientin.
Schaden-Nr.: RS-26-0917733

Mit freundlichen Grüßen
Hanseatische Reiseschutz AG
Leistungsabteilung Ausland, Tel. +49 40 555-0142
""", cs="utf-8", cte="quoted-printable"))

msg("kolonoskopi-randevu-erteleme", "phi", "patient writes in Turkish asking to move her colonoscopy and about the prep",
    A("Ayşe Yılmaz", "ayse.yilmaz@example.com", cs="iso-8859-9", mode="Q"), A("GI Scheduling", W("gi-scheduling")),
    "Kolonoskopi randevumu değiştirmek istiyorum", D(9, 9, 25), lang="tr", subj_cs="iso-8859-9", subj_mode="Q",
    body=T("""
Merhaba,

Adım Ayşe Yılmaz, doğum tarihim 17.04.1968. 17 Aralık Perşembe günü
kolonoskopi randevum var ama o gün kızımın doğumu olabilir. Randevumu
Ocak ayına alabilir misiniz?

Ayrıca doktorum demir hapı kullandığımı söyledi; bırakmam gerekiyor mu?
Şeker hastasıyım, hazırlık günü insülinimi nasıl kullanmalıyım?

Teşekkür ederim,
Ayşe Yılmaz - (860) 555-0133
""", cs="iso-8859-9", cte="quoted-printable"))

msg("ballan-neefta-ballan-asthma", "phi", "mother writes in Somali about her son's asthma follow-up and inhaler",
    A("Hodan Warsame", "hodan.warsame@example.net"), A("Birchmont Pediatrics", "office@birchmontpeds.example.com"),
    "Ballan wiilkayga Abdirahman - neefta", D(10, 18, 40), lang="so",
    body=T("""
Asc,

Waxaan ahay Hodan Warsame, hooyada Abdirahman Ali (dhalashada
05/11/2016). Todobaadkan ayuu isbitaalka Wrenfield qolka gargaarka
degdegga ah u tegay neefta awgeed, waxaana la siiyay daawo prednisolone
afar maalmood ah.

Dhakhtarku wuxuu yiri ballan ku yeelo 3 maalmood gudahood. Fadlan ii
sheega goorma ayaan imaan karaa? Sidoo kale, buufinta cagaaran waa ka
dhammaatay.

Waad mahadsan tihiin,
Hodan - (860) 555-0142
"""))


# ------------------------------------------------------- restricted --
msg("bhu-discharge-to-therapist", "restricted", "mental health: inpatient psychiatry discharge of a named patient with bipolar I disorder, lithium and safety plan",
    A("Lindqvist, Viktor MD", W("vlindqvist")), A("Dana Whitlock, LCSW", W("dwhitlock")),
    "Discharge from 2 South today - outpatient follow-up", D(8, 15, 10),
    body=T("""
Dana,

Corinne Aldous (DOB 07/08/1991) is being discharged from 2 South this
afternoon after an 11-day admission for a manic episode with psychotic
features (bipolar I). She was restarted on lithium - level 0.8 yesterday -
and quetiapine 200 mg at bedtime. Sleep is back to 7 hours and she is no
longer endorsing grandiose plans.

Her safety plan is in the chart; her sister Beth is the support person
and has the lockbox for the medications. Could you see her within 7 days?
She asked for late afternoons. Lithium level and BMP due in 1 week at the
outpatient lab.

Viktor Lindqvist, MD | Psychiatry | (860) 555-0156
"""))

msg("therapy-appointment-reminder", "restricted", "mental health: reminder to a patient of their individual therapy appointment in Behavioral Health",
    A("Wrenfield Behavioral Health", "reminders@mywrenfield.example.org"), A("Nathan Osterberg", "nate.osterberg@example.com"),
    "Reminder: your appointment Tuesday, December 15", D(11, 10, 0),
    body=T("""
Hi Nathan,

This is a reminder of your appointment with Dana Whitlock, LCSW
(Behavioral Health - individual therapy) on Tuesday, December 15 at
4:00 PM.

Location: Wrenfield Behavioral Health, 212 Foundry Street, 3rd floor.
Telehealth is available for this visit - reply VIDEO to switch.

If you are in crisis, call or text 988 any time.
To cancel or reschedule, call (860) 555-0164.
"""))

msg("anak-ko-sa-2-south", "restricted", "mental health: a mother writes in Tagalog about her son's psychiatric admission for schizophrenia",
    A("Marites Santos", "marites.santos68@example.com"), A("2 South Behavioral Health Unit", W("2south")),
    "Tungkol sa anak ko si Paolo", D(8, 22, 15), lang="tl",
    body=T("""
Magandang gabi po,

Ako po ang nanay ni Paolo Reyes-Santos, 24 years old, na na-admit sa
2 South noong Linggo. Sabi po ng doktor sa ER schizophrenia daw po at
kailangan niyang uminom ng gamot na risperidone. Hindi po niya gustong
inumin at sabi niya may naririnig pa rin siyang boses.

Pwede po ba akong bumisita bukas ng hapon? At pwede po bang tawagan ako ng
doktor, kasi gusto ko pong malaman kung gaano katagal siya diyan. Pumirma
na po siya ng release para sa akin.

Salamat po,
Marites Santos - (860) 555-0180
Sent from my iPhone
""", flowed=True))

msg("eating-disorder-program-referral", "restricted", "mental health: pediatric referral of a named teenager to an eating disorder programme",
    A("Dr. Hannah Birchmont", "hbirchmont@birchmontpeds.example.com"), A("Wrenfield Behavioral Health - Intake", W("bh-intake")),
    "Urgent referral - eating disorder program", D(9, 11, 25),
    body=ALT(T("""
Dear intake team,

I'm referring Sophie Lanigan (DOB 04/30/2011, 15 y) for evaluation in
your eating disorder program. Over 5 months she has lost 11 kg (BMI now
15.8, 3rd percentile), restricts to under 800 kcal/day, runs twice daily
and has had no period since August. HR 46 lying, orthostatic to 92.
ECG sinus bradycardia, QTc 438; K 3.6, phos 3.1.

Her parents are supportive and she is reluctantly willing. If she does
not meet outpatient criteria, please advise on medical admission.

Hannah Birchmont, MD
Birchmont Pediatrics | (860) 555-0168
"""), H(html_doc("""
<p>Dear intake team,</p>
<p>I'm referring <b>Sophie Lanigan</b> (DOB 04/30/2011, 15 y) for evaluation in your eating disorder program. Over 5 months she has lost 11 kg (BMI now 15.8, 3rd percentile), restricts to under 800 kcal/day, runs twice daily and has had no period since August. HR 46 lying, orthostatic to 92. ECG sinus bradycardia, QTc 438; K 3.6, phos 3.1.</p>
<p>Her parents are supportive and she is reluctantly willing. If she does not meet outpatient criteria, please advise on medical admission.</p>
<p>Hannah Birchmont, MD<br>Birchmont Pediatrics | (860) 555-0168</p>
"""))))

msg("arzyabi-adhd-pesaram", "restricted", "mental health: a parent writes in Farsi about her son's ADHD evaluation and medication by child psychiatry",
    A("لیلا رضایی", "leila.rezaei@example.net"), A("Child & Adolescent Psychiatry", W("child-psych")),
    "نوبت ارزیابی ADHD پسرم آرین رضایی", D(10, 12, 10), lang="fa",
    body=T("""
سلام و وقت بخیر،

من مادر آرین رضایی هستم (متولد ۱۴ مارس ۲۰۱۵). پزشک اطفال او را برای
ارزیابی اختلال کم‌توجهی و بیش‌فعالی (ADHD) به بخش روانپزشکی کودکان شما
ارجاع داده است. جلسه اول را در ماه نوامبر با دکتر لیندکویست داشتیم و
ایشان گفتند بعد از تکمیل پرسشنامه‌های معلم، درباره شروع دارو صحبت
می‌کنیم.

پرسشنامه‌ها را معلمش پر کرده است. لطفاً بگویید آن‌ها را چطور بفرستم و
نوبت بعدی چه زمانی است؟ اگر ممکن است یک مترجم فارسی هم داشته باشیم.

با تشکر،
لیلا رضایی
تلفن: (860) 555-0179
""", cs="utf-8", cte="base64"))

msg("phq9-sertraline-care-manager", "restricted", "mental health: collaborative-care shorthand on a named patient's PHQ-9 scores and sertraline for depression",
    A("Nkemelu, Adaeze RN", W("anakemelu")), A("Lindqvist, Viktor MD", W("vlindqvist")),
    "CoCM case review list - Thurs", D(9, 16, 5),
    body=T("""
Dr. L - for Thursday's caseload review (Calloway FP panel):

1. Moreau, Denise  DOB 1974-02-19  MDD, PHQ-9 17 -> 11 at wk 8.
   Sertraline 100 mg, mild GI effects, no SI. ? increase to 150.
2. Abboud, Sami  DOB 1988-10-02  GAD + MDD, PHQ-9 14, GAD-7 16 (flat x3).
   Escitalopram 10 since Oct, BA homework partial. ? switch or augment.
3. Prentiss, Carol  DOB 1959-06-27  PHQ-9 6 (remission x2). Plan: relapse
   prevention plan, graduate from registry.

Adaeze, BH care manager x0162
"""))

msg("ed-bup-induction-bridge", "restricted", "substance use: ED buprenorphine induction for a named patient with opioid use disorder and Bridge Clinic follow-up",
    A("Achterberg, Miriam MD", W("machterberg")), A("Wrenfield Bridge Clinic", W("bridgeclinic")),
    "Bridge referral - Kyle Dempsey, seen ED last night", D(8, 7, 5),
    body=T("""
Bridge team,

Kyle Dempsey, 31M, DOB 01/17/1995, MRN 6231907. OUD (fentanyl, smoking
~1 g/day). Came in requesting treatment. COWS 14 at 01:30 -> bup/nx 8/2 mg
SL, COWS 4 at 02:30, second 8 mg at 03:00. Discharged with bup/nx
8/2 mg BID x7 days (e-Rx to Corner Drug #14), naloxone kit, fentanyl
test strips. Hep C Ab and HIV screen sent.

Can you see him tomorrow or Thursday? Cell (860) 555-0153, prefers text.
He has Riverbend Medicaid.

Miriam
"""))

msg("otp-methadone-dose-verify", "restricted", "substance use: inpatient pharmacy verifying an admitted patient's methadone dose with the opioid treatment programme",
    A("Inpatient Pharmacy - Order Verification", W("rx-verify")), A("Wrenfield Opioid Treatment Program - Nursing", "otp-nursing@" + WRH),
    "Dose verification request - admitted patient", D(9, 6, 40),
    body=T("""
Good morning OTP nursing,

Please verify the methadone dose for a client of yours admitted overnight
to 4 West with cellulitis:

  Name: Tonya Redfern      DOB: 10/30/1986      OTP ID: OTP-20417
  Reported dose: 95 mg daily; last dose at your clinic 12/8 at 07:20
  Take-homes: reports Sundays only

We will give 95 mg this morning once verified and notify you at
discharge so no take-home doses are doubled. Consent for this disclosure
(42 CFR Part 2) is on file in the ED record.

Leah Sunderland, PharmD | x0132
"""))

msg("naltreksol-cholovika", "restricted", "substance use: a wife writes in Ukrainian about her husband's monthly naltrexone injection for alcohol use disorder",
    A("Олена Коваль", "olena.koval@example.com", cs="koi8-u"), A("Wrenfield Addiction Medicine", W("addictionmed")),
    "Ін'єкція налтрексону - Андрій Коваль", D(10, 19, 30), lang="uk", subj_cs="koi8-u",
    body=T("""
Доброго дня!

Мій чоловік, Андрій Коваль (1981 р.н.), після детоксу у вересні щомісяця
отримує у вас ін'єкцію налтрексону від алкогольної залежності. Наступна
ін'єкція має бути 14 грудня, але він їде у відрядження до 20-го.

Чи можна зробити ін'єкцію раніше, наприклад 11 грудня? Він дуже боїться
зірватися, коли закінчиться дія ліків. Він дав дозвіл, щоб я писала вам.

Дякую,
Олена Коваль, (860) 555-0157
""", cs="koi8-u", cte="quoted-printable"))

msg("iop-intake-confirmation", "restricted", "borderline: substance use: the programme is named only in the sender's display name; the body confirms an individual's intake appointment",
    A("Wrenfield Addiction Medicine IOP - Intake", "iop-intake@" + WRH), A("Brandon Ruelas", "bruelas88@example.com"),
    "Confirmed: Monday 9:00 AM", D(10, 15, 50),
    body=T("""
Hi Brandon,

You're confirmed for Monday 12/14 at 9:00 AM. Please plan on about two
hours. Bring a photo ID, your insurance card and a list of any
medications you take. Parking is free in Lot B; check in at the 2nd floor
desk.

See you Monday,
Rosa (intake coordinator) | (860) 555-0163
"""))

msg("detox-bed-request-ciwa", "restricted", "substance use: case management requesting a detox bed for a named patient in alcohol withdrawal",
    A("Ebersole, Jordan", W("jebersole")), A("Harbor Crest Detox - Admissions", "admissions@harborcrest.example.org"),
    "Detox referral - medically cleared today", D(10, 9, 30),
    body=T("""
Hi,

Referring Dale Whitford (DOB 03/05/1970, Orchard Mutual OMX-22815590)
for medically monitored withdrawal. Admitted 12/7 for alcohol withdrawal
with a withdrawal seizure at home; CIWA peaked at 22, now 6 on
scheduled chlordiazepoxide taper day 3. LFTs improving, lipase normal, no
DTs. He is motivated and wants residential rehab afterward.

Signed Part 2 consent attached to the referral packet in your portal.
Can you take him today or tomorrow?

Jordan Ebersole, LCSW | (860) 555-0118
"""))

msg("xr-bup-injection-refill", "restricted", "substance use: specialty pharmacy scheduling a named patient's monthly extended-release buprenorphine injection",
    A("Cardinal Way Specialty Pharmacy", "intake@cardinalway-rx.example.com"), A("Wrenfield Bridge Clinic", W("bridgeclinic")),
    "Ready to ship: extended-release buprenorphine 300 mg - HALE, MARCUS", D(9, 14, 20),
    body=T("""
Patient: HALE, MARCUS         DOB: 08/19/1989
Rx: buprenorphine extended-release injection 300 mg/1.5 mL, monthly
Prescriber: Aisha Rahman, MD   DEA %s   NPI %s
Insurance: Riverbend Community Care - PA renewed through 06/30/2027

Dose 4 is due 12/12. We can ship to the clinic for delivery 12/11 (must be
received by a licensed staff member and refrigerated). Reply YES to
confirm shipment or call (800) 555-0186.
""" % (DEA_RAH, NPI_RAH)))

msg("your-viral-load-undetectable", "restricted", "HIV: clinician's portal message to a patient about their own viral load, CD4 and antiretroviral therapy",
    A("Dr. Owen Falkner via MyWrenfield", "no-reply@mywrenfield.example.org"), A("Julian Marsh-Adeyemi", "jmarshadeyemi@example.com"),
    "Re: labs", D(8, 17, 10), reply=True,
    body=T("""
Hi Julian,

Great news - your viral load is still undetectable (less than 20 copies)
and your CD4 count is 612, up from 540. Kidney function is normal on the
current regimen (bictegravir/emtricitabine/tenofovir alafenamide), so
no changes. Keep taking it once a day, and we'll repeat labs in 6 months.

Your refill authorization is good through June.

Dr. Falkner
Tallis Clinic
"""))

msg("prep-refill-request", "restricted", "HIV: pharmacy refill request for a named patient's PrEP",
    A("Corner Drug #14 - Pharmacy", "rx14@cornerdrug.example.com"), A("Tallis Clinic - Refills", "tallis-refills@" + WRH),
    "Refill request - PAQUETTE, LUCAS", D(7, 11, 55),
    body=T("""
REFILL AUTHORIZATION REQUEST

Patient: PAQUETTE, LUCAS      DOB: 05/02/1996
Drug: emtricitabine 200 mg / tenofovir disoproxil fumarate 300 mg tab,
      1 daily (HIV PrEP)   #30   last fill 11/09   refills 0
Prescriber: Owen Falkner, MD  NPI %s

Note: plan requires HIV test within the last 90 days on file - last
result date we have is 09/02. Please confirm.

Corner Drug #14 | Ph (860) 555-0192
""" % NPI_FAL))

msg("ryan-white-recert-pdf", "restricted", "HIV: body is a cover note; the named client's Ryan White recertification with HIV status and viral load is only in the PDF",
    A("Tallis Clinic - Medical Case Management", "tallis-mcm@" + WRH), A("Harlow County Ryan White Part B", "rwpartb@health.harlowcounty.test"),
    "Recertification packet", D(10, 10, 50),
    body=MIX(T("""
Hi Denise,

Attached is one recertification packet for this cycle. The rest follow
Friday.

Marcus, Medical Case Manager
"""), PDF("RW_recert_TC-1187.pdf", """
RYAN WHITE PART B - SIX-MONTH RECERTIFICATION
Client: Teodoro Alvarez-Quinn   Client ID: TC-1187   DOB: 11/12/1977
HIV status: diagnosed 2014. Most recent viral load 12/01/2026: <20 copies/mL (suppressed).
CD4 12/01/2026: 488 cells/uL.
ART: dolutegravir + emtricitabine/tenofovir alafenamide, adherence > 95%.
Household income: 182% FPL (pay stubs attached).  Residency: Harlow County (lease attached).
Insurance: Riverbend Community Care (Medicaid). ADAP co-pay assistance: yes.
Case manager: Marcus Delacroix  Date: 12/10/2026
""", title="RW recert TC-1187")))

msg("medikaman-vih-manman-m", "restricted", "HIV: a son writes in Haitian Creole about his mother's HIV medication refill",
    A("Wilner Pierre-Louis", "wilner.pl@example.net"), A("Tallis Clinic", "tallis-frontdesk@" + WRH),
    "Medikaman manman m - Yolande Pierre-Louis", D(11, 8, 15), lang="ht",
    body=T("""
Bonjou,

Mwen se pitit gason Madan Yolande Pierre-Louis (li fèt 02/14/1958). Manman
m pran grenn VIH li chak jou ak Dr. Falkner. Famasi a di li pa ka renouvle
preskripsyon an san otorizasyon doktè a, e li gen sèlman 3 grenn ki rete.

Tanpri, èske nou ka voye preskripsyon an bay Corner Drug jodi a? Li pa
vle rate yon sèl jou. Li pale sèlman kreyòl, se poutèt sa se mwen k ap
ekri.

Mèsi anpil,
Wilner - (860) 555-0144
""", cs="utf-8", cte="quoted-printable"))

msg("id-consult-new-hiv-shorthand", "restricted", "HIV: hospitalist consult request in shorthand about a named inpatient with a new reactive HIV test",
    A("Brunswick, Nadia MD", W("nbrunswick")), A("Falkner, Owen MD", W("ofalkner")),
    "ID consult 506", D(10, 23, 20),
    body=T("""
Owen - new consult when you're in tomorrow, no rush tonight:

506 Marsh, Calvin 44M (MRN 6370012). 3 wk dry cough, fevers, 8 kg wt loss,
SpO2 89% RA -> 3L. CXR bilat interstitial. LDH 480.
4th gen HIV Ag/Ab REACTIVE tonight, differentiation assay + VL pending.
Started TMP-SMX + pred empirically for ?PJP. Induced sputum ordered.
He knows the screen was reactive; wants to talk to you before telling
his partner.

Nadia
"""))

msg("brca2-result-letter", "restricted", "genetic: cancer genetics letter to a patient with her BRCA2 pathogenic variant result",
    A("Castellano, Erin MS CGC", W("ecastellano")), A("Rebecca Halvorsen-Tate", "rhtate@example.com"),
    "Your genetic test results", D(9, 10, 15),
    body=T("""
Dear Rebecca,

Thank you for meeting with me on November 18. As we discussed by phone
this morning, your multigene hereditary cancer panel found a pathogenic
variant in the BRCA2 gene (c.5946delT). No changes were found in the other
46 genes tested.

This result means a higher lifetime risk of breast and ovarian cancer.
Dr. Serrano and I would like to see you on December 21 to talk about
screening with breast MRI, risk-reducing options, and testing for your
sisters and your daughter. I've enclosed a family letter you can share.

Federal law (GINA) protects you from health-insurance and employment
discrimination based on this result.

Warmly,
Erin Castellano, MS, CGC
Cancer Genetics Program | (860) 555-0145
""", cs="utf-8", cte="quoted-printable"))

msg("genetic-counselling-hindi", "restricted", "genetic: a woman writes in Hindi asking for genetic counselling after her sister's BRCA1 result",
    A("सुनीता शर्मा", "sunita.sharma@example.com"), A("Cancer Genetics Program", W("cancergenetics")),
    "जेनेटिक काउंसलिंग अपॉइंटमेंट के बारे में", D(8, 20, 5), lang="hi",
    body=T("""
नमस्ते,

मेरा नाम सुनीता शर्मा है (जन्म तिथि 12/02/1979)। मेरी बड़ी बहन को पिछले महीने
स्तन कैंसर हुआ और उनकी जेनेटिक जाँच में BRCA1 जीन में बदलाव (pathogenic
variant) पाया गया। उनके डॉक्टर ने कहा कि मुझे भी जेनेटिक काउंसलिंग और वही जाँच
करवानी चाहिए।

कृपया मुझे अपॉइंटमेंट दें। मेरे डॉक्टर डॉ. कैलोवे हैं और मेरा बीमा Lanternfield
का है। मैं हिंदी में बात करना पसंद करूँगी।

धन्यवाद,
सुनीता शर्मा
(860) 555-0132
""", cs="utf-8", cte="base64"))

msg("rastreio-portadora-fibrose", "restricted", "genetic: nurse writes in Portuguese to a pregnant patient about her CF carrier screening result",
    A("Enf.ª Cláudia Matos - Wrenfield Women's Health", W("cmatos"), cs="iso-8859-1", mode="Q"), A("Juliana Prates", "juliana.prates@example.com"),
    "Resultado do seu rastreio de portadora", D(10, 13, 20), lang="pt", subj_cs="iso-8859-1", subj_mode="Q",
    body=T("""
Olá Juliana,

Conforme falámos por telefone, o resultado do seu rastreio genético de
portadora (feito na consulta das 10 semanas) mostrou que é portadora de
uma variante patogénica do gene CFTR (F508del), associado à fibrose
cística. Ser portadora não afeta a sua saúde.

O próximo passo é testar o seu marido, Rafael. Se ele não for portador, o
risco para o bebé é muito baixo. Marcámos aconselhamento genético com a
Erin Castellano para 17/12 às 14h, e o Rafael pode vir consigo.

Qualquer dúvida, ligue para (860) 555-0140.

Cláudia Matos, enfermeira
Wrenfield Women's Health
""", cs="iso-8859-1", cte="quoted-printable"))

msg("subject-only-mlh1-cascade", "restricted", "genetic: the MRN, MLH1 pathogenic variant and cascade testing are only in the Subject",
    A("Castellano, Erin MS CGC", W("ecastellano")), A("Molyneux, Ian MD", W("imolyneux")),
    "Sorensen, Paul MRN 7710382 - MLH1 path variant (Lynch), cascade testing letter", D(10, 16, 45),
    body=T("""
Drafted - it's in your in-basket for co-signature.

E.
"""))

msg("hd-predictive-session-ics", "restricted", "genetic: the invite's ICS alone names the client's Huntington disease predictive testing session",
    A("Cancer Genetics Program Scheduling", "cgp-scheduling@" + WRH), [W("ecastellano", "Castellano, Erin MS CGC"), W("dwhitlock", "Whitlock, Dana LCSW")],
    "Session 2 - Thursday", D(7, 12, 40),
    body=MIX(T("""
Please accept the attached.
"""), ICS(ics_text("Predictive testing session 2 (HD) - Laura Kimball", "20261217T140000", "20261217T150000",
             desc="Huntington disease predictive testing protocol, session 2 of 3: psychosocial assessment with Dana Whitlock LCSW before blood draw. Client: Laura Kimball, DOB 1988-09-14, MRN 7105563. Support person: partner (Eli).",
             loc="Cancer Genetics Program, Room 214", org=("CGP Scheduling", "cgp-scheduling@" + WRH),
             att=(("Erin Castellano", "ecastellano@" + WRH), ("Dana Whitlock", "dwhitlock@" + WRH))),
           name="invite.ics")))

msg("medication-abortion-referral", "restricted", "reproductive: ED referral of a named patient for medication abortion",
    A("Achterberg, Miriam MD", W("machterberg")), A("Wrenfield Women's Health - Triage", "wh-triage@" + WRH),
    "Referral - options visit this week", D(9, 13, 30),
    body=T("""
Hi triage team,

Referring Kaitlyn Moore (DOB 06/03/2001, MRN 6402288), seen in the ED last
night for spotting. Intrauterine pregnancy on bedside US, CRL c/w 7w1d,
Rh positive, hCG 38,400. She has decided on termination and would like a
medication abortion (mifepristone/misoprostol) as soon as possible. She
asked that we not call her home number - cell only: (860) 555-0138.

Thanks,
Miriam Achterberg, MD
"""))

msg("cita-colocacion-diu", "restricted", "reproductive: Spanish reminder to a patient of her IUD placement appointment",
    A("Wrenfield Women's Health", "reminders@mywrenfield.example.org"), A("Guadalupe Herrera", "lupita.herrera@example.com"),
    "Recordatorio: su cita del jueves 17 de diciembre", D(11, 9, 0), lang="es",
    body=T("""
Estimada Sra. Guadalupe Herrera:

Le recordamos su cita para la colocación del DIU (dispositivo
intrauterino hormonal) con la Dra. Lucía Serrano el jueves 17 de diciembre
a las 2:30 p.m., en Wrenfield Women's Health, 40 Millrace Road, Suite 200.

  - Puede comer normalmente.
  - Tome 600 mg de ibuprofeno una hora antes de la cita.
  - Si cree que podría estar embarazada, llámenos antes de venir.

Para cambiar la cita llame al (860) 555-0140. Habrá intérprete disponible.
""", cs="utf-8", cte="quoted-printable"))

msg("chlamydia-result-portal", "restricted", "reproductive: portal message telling a patient her chlamydia test was positive, with treatment and partner advice",
    A("Lucia Serrano, MD via MyWrenfield", "no-reply@mywrenfield.example.org"), A("Tessa Mulvaney", "tessa.mulvaney@example.com"),
    "Your test results", D(10, 8, 35),
    body=ALT(T("""
Hi Tessa,

Your test from Monday came back positive for chlamydia. Gonorrhea,
syphilis and HIV tests were negative. Chlamydia is common and easy to
treat: I've sent doxycycline 100 mg twice a day for 7 days to Corner Drug.
Please avoid sex until 7 days after you finish, and let any partners from
the last 60 days know so they can be treated too. We'll retest in 3 months.

Dr. Serrano
"""), H(html_doc("""
<p>Hi Tessa,</p>
<p>Your test from Monday came back <b>positive for chlamydia</b>. Gonorrhea, syphilis and HIV tests were negative. Chlamydia is common and easy to treat: I've sent doxycycline 100 mg twice a day for 7 days to Corner Drug. Please avoid sex until 7 days after you finish, and let any partners from the last 60 days know so they can be treated too. We'll retest in 3 months.</p>
<p>Dr. Serrano</p>
"""))))

msg("fatura-ivf-arabic", "restricted", "reproductive: a patient writes in Arabic disputing her IVF cycle bill",
    A("ريم العلي", "reem.alali@example.com", cs="windows-1256"), A("Patient Financial Services", W("pfs")),
    "استفسار عن فاتورة دورة أطفال الأنابيب - حساب 70052214", D(11, 12, 40), lang="ar", subj_cs="windows-1256",
    body=T("""
السلام عليكم،

اسمي ريم العلي، رقم الحساب 70052214. وصلتني فاتورة بمبلغ 14,200 دولار عن
دورة أطفال الأنابيب (IVF) ونقل الأجنة في نوفمبر في مركز الخصوبة لديكم.

قيل لي قبل بدء العلاج إن تأمين زوجي يغطي دورة واحدة، وإننا سندفع فقط
الأدوية. أرجو مراجعة الفاتورة وإرسال تفاصيل ما دفعته شركة التأمين.

شكراً لكم،
ريم العلي
هاتف: (860) 555-0148
""", cs="windows-1256", cte="quoted-printable"))

msg("enqulal-maqezqez-amharic", "restricted", "reproductive: a patient writes in Amharic asking for an egg-freezing consultation",
    A("ሔለን ተስፋዬ", "helen.tesfaye@example.net"), A("Wrenfield Women's Health", "hello@womenshealth.wrenfieldhealth.example.org"),
    "የእንቁላል ማቀዝቀዝ ምክክር ቀጠሮ", D(10, 21, 5), lang="am",
    body=T("""
ሰላም፣

ስሜ ሔለን ተስፋዬ ነው። ዕድሜዬ 36 ዓመት ነው። ባለፈው ወር ዶክተሬ የAMH ምርመራ
አድርጎልኝ ውጤቱ ዝቅተኛ ነው ብሎኛል። ስለዚህ እንቁላሌን ስለማቀዝቀዝ (egg freezing)
ምክክር ቀጠሮ መያዝ እፈልጋለሁ።

ኢንሹራንሴ Lanternfield ነው። ቅዳሜ ቀን ቀጠሮ ካለ ደስ ይለኛል።

አመሰግናለሁ፣
ሔለን ተስፋዬ
(860) 555-0139
""", cs="utf-8", cte="base64"))

msg("ed-callback-emergency-contraception", "restricted", "borderline: reproductive: ED nurse's callback note on a named patient given emergency contraception and STI testing",
    A("ED Callback Nurse", W("ed-callback")), A("Farraday, Colleen", W("mfarraday")),
    "callbacks 12/10 - one for follow-up", D(10, 17, 15),
    body=T("""
Colleen - callbacks done (14). One needs follow-up:

Amber Szymanski, 19F, DOB 07/21/2007, seen 12/9 after condom failure.
Got levonorgestrel 1.5 mg in the ED; GC/CT NAAT pending. She asked about
starting the pill - I told her Women's Health can see her and gave the
number. She's OK with a text at (860) 555-0136 when results are back.

Everyone else: no issues.
Tanya, RN
"""))


# ================================================================ build ==
def build():
    slugs = [m["slug"] for m in MESSAGES]
    errs = []
    if len(set(slugs)) != len(slugs):
        errs.append("duplicate slugs: %s" % sorted({s for s in slugs if slugs.count(s) > 1}))
    for m in MESSAGES:
        low = m["slug"].lower()
        for bad in FORBIDDEN_SLUG:
            if bad in low:
                errs.append("slug %r contains %r" % (m["slug"], bad))
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", m["slug"]):
            errs.append("bad slug %r" % m["slug"])
        if "\t" in m["reason"] or "\n" in m["reason"]:
            errs.append("reason of %s has tab/newline" % m["slug"])
        if m["label"] not in LABELS:
            errs.append("bad label %s" % m["slug"])
        if m["label"] == "restricted" and not m["reason"].startswith(CATEGORIES) and not \
                (m["reason"].startswith("borderline: ") and m["reason"][12:].startswith(CATEGORIES)):
            errs.append("restricted reason of %s does not start with a category" % m["slug"])
        if m["trap"] and m["label"] != "none":
            errs.append("trap flag on non-none %s" % m["slug"])
    if errs:
        sys.exit("refusing to build:\n  " + "\n  ".join(errs))
    order = list(MESSAGES)
    random.Random(SEED).shuffle(order)
    files, rows, meta = {}, [], {}
    for i, m in enumerate(order, 1):
        fn = "%s/%03d-%s.eml" % (m["label"], i, m["slug"])
        files[fn] = m["raw"]
        meta[fn] = m
        rows.append("%s\t%s\t%s\n" % (fn, m["label"], m["reason"]))
    labels = "".join(sorted(rows)).encode("utf-8")
    return files, labels, meta


# ================================================================ check ==
OK_NS_HOSTS = {"hl7.org", "terminology.hl7.org", "loinc.org", "snomed.info",
               "unitsofmeasure.org", "www.nlm.nih.gov", "schemas.openxmlformats.org",
               "www.w3.org"}


def host_ok(h):
    h = h.lower().rstrip(".")
    return (h.endswith(".test") or h in ("example.com", "example.org", "example.net")
            or h.endswith((".example.com", ".example.org", ".example.net")))


def _pdf_check(b, errs, where):
    texts = []
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", b)
    if not b.startswith(b"%PDF-") or not m:
        errs.append(where + ": PDF header/startxref missing")
        return ""
    x = int(m.group(1))
    mm = re.match(rb"xref\n0 (\d+)\n", b[x:])
    if not mm:
        errs.append(where + ": xref not at startxref offset")
        return ""
    n = int(mm.group(1))
    pos = x + mm.end()
    for i in range(n):
        ent = b[pos + 20 * i: pos + 20 * i + 20]
        if i == 0:
            continue
        off = int(ent[:10])
        if not b[off:].startswith(b"%d 0 obj" % i):
            errs.append(where + ": xref offset of object %d wrong" % i)
    for sm in re.finditer(rb"/Length (\d+)([^>]*)>>\s*stream\r?\n", b):
        L = int(sm.group(1))
        data = b[sm.end():sm.end() + L]
        if not re.match(rb"\r?\nendstream", b[sm.end() + L:sm.end() + L + 12]):
            errs.append(where + ": stream /Length wrong")
            continue
        if b"FlateDecode" in sm.group(2):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                errs.append(where + ": Flate stream does not inflate")
                continue
        for t in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
            texts.append(re.sub(rb"\\(.)", rb"\1", t).decode("latin-1"))
    return "\n".join(texts)


def _ics_check(s, errs, where):
    stack = []
    for line in s.splitlines():
        if line.startswith("BEGIN:"):
            stack.append(line[6:].strip())
        elif line.startswith("END:"):
            if not stack or stack.pop() != line[4:].strip():
                errs.append(where + ": ICS BEGIN/END mismatch")
                return
    if stack or not s.startswith("BEGIN:VCALENDAR"):
        errs.append(where + ": ICS BEGIN/END unbalanced")


def _qp_check(payload, errs, where):
    for line in payload.split("\n"):
        line = line.rstrip("\r")
        if len(line) > 76:
            errs.append(where + ": QP line > 76")
        if line != line.rstrip(" \t"):
            errs.append(where + ": QP trailing whitespace")
        for mt in re.finditer(r"=(.{0,2})", line):
            g = mt.group(1)
            if mt.end() == len(line) and g == "":
                continue
            if not re.fullmatch(r"[0-9A-F]{2}", g):
                errs.append(where + ": bad QP escape =%s" % g)
        if any(ord(c) > 126 or (ord(c) < 32 and c != "\t") for c in line):
            errs.append(where + ": raw byte in QP")


def _b64_check(payload, errs, where):
    lines = [l.rstrip("\r") for l in payload.split("\n") if l.strip()]
    if any(len(l) > 76 for l in lines):
        errs.append(where + ": base64 line > 76")
    try:
        base64.b64decode("".join(lines), validate=True)
    except binascii.Error:
        errs.append(where + ": base64 not strict")


PHONE_RE = re.compile(r"(?<![\d\w])(?:\(?(\d{3})\)?[-. ]?)?(\d{3})[-. ](\d{4})(?!\d)")
NPI_RE = re.compile(r"\bNPI\b[^0-9\n]{0,14}(\d{10})\b|us-npi\"?,?\s*\"value\":\s*\"(\d{10})\"")
DEA_RE = re.compile(r"\bDEA\b[^A-Z0-9\n]{0,16}([A-Z]{2}\d{7})\b")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?|ftp)://([^/\s\"'<>:?#\\]+)", re.I)
HOST_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|gov|edu|io|us|de|pl|fr|it|br|pt|ru|cn|jp|kr|vn|ph|in|mx|ua|ir|tr|so|et|ht|info|biz|co))\b(?![.-]?[A-Za-z0-9]|@)")


def _data_check(text, errs, where):
    for mt in MAIL_RE.finditer(text):
        if not host_ok(mt.group(1)):
            errs.append("%s: address not invented: %s" % (where, mt.group(0)))
    for mt in URL_RE.finditer(text):
        h = mt.group(1).split("@")[-1]
        if not host_ok(h) and h.lower() not in OK_NS_HOSTS:
            errs.append("%s: URL host not invented: %s" % (where, h))
    for mt in HOST_RE.finditer(text):
        h = mt.group(1)
        if not host_ok(h) and h.lower() not in OK_NS_HOSTS:
            errs.append("%s: host not invented: %s" % (where, h))
    for mt in PHONE_RE.finditer(text):
        area, ex, num = mt.groups()
        if ex == "555" and not num.startswith("01"):
            errs.append("%s: 555 number outside 555-01xx: %s" % (where, mt.group(0)))
        elif ex != "555" and area is not None and mt.group(0)[3:4] in "-. )":
            errs.append("%s: phone-like number not 555-01xx: %s" % (where, mt.group(0)))
    for mt in re.finditer(r"555[-. ]?(\d{4})(?!\d)", text):
        if not mt.group(1).startswith("01"):
            errs.append("%s: 555 number outside 555-01xx: %s" % (where, mt.group(0)))
    for mt in NPI_RE.finditer(text):
        v = mt.group(1) or mt.group(2)
        if not luhn_ok("80840" + v):
            errs.append("%s: NPI fails Luhn: %s" % (where, v))
    if "NPI" in text or "MSH|" in text:   # every NPI-shaped number in such a message
        for v in re.findall(r"(?<![\d.\-])([12]\d{9})(?![\d])", text):
            if not luhn_ok("80840" + v):
                errs.append("%s: NPI-shaped number fails Luhn: %s" % (where, v))
    for mt in DEA_RE.finditer(text):
        if not dea_ok(mt.group(1)):
            errs.append("%s: DEA check digit wrong: %s" % (where, mt.group(1)))


DATE_RE = re.compile(r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 2026 \d\d:\d\d(?::\d\d)? [+-]\d{4}$")
MID_RE = re.compile(r"^<[^<>@\s]+@[A-Za-z0-9.-]+>$")


def check_one(fn, raw, info=None):
    errs = []
    if raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
        errs.append(fn + ": bare LF or CR")
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            errs.append(fn + ": line > 998 octets")
            break
    head = raw.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append(fn + ": 8-bit byte in the top-level header block")
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append(fn + ": missing " + h)
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append(fn + ": Content-Type without MIME-Version")
    rawdate = re.search(rb"^Date: (.*)$", head, re.M)
    if not rawdate or not DATE_RE.match(rawdate.group(1).decode().strip()):
        errs.append(fn + ": Date not a 2026 date with a zone")
    if msg["Message-ID"] is None or not MID_RE.match(str(msg["Message-ID"]).strip()):
        errs.append(fn + ": malformed Message-ID")
    texts = []
    if info is not None:
        info.update(top=msg.get_content_type(), leaves=[], ctes=set(), charsets=set())
    for k, part in enumerate(msg.walk()):
        where = "%s part %d" % (fn, k)
        if part.defects:
            errs.append("%s: defects %s" % (where, [type(d).__name__ for d in part.defects]))
        for hk, hv in part.items():
            sv = str(hv)
            if re.search(r"=\?[^?]+\?[bBqQ]\?", sv):
                errs.append("%s: undecoded encoded word in %s" % (where, hk))
            texts.append(sv)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        payload = part.get_payload(decode=False)
        if info is not None:
            info["leaves"].append(ct)
            info["ctes"].add(cte)
        if cte == "base64":
            _b64_check(payload, errs, where)
        elif cte == "quoted-printable":
            _qp_check(payload, errs, where)
        elif cte == "7bit":
            if not payload.isascii():
                errs.append(where + ": non-ASCII in a 7bit part")
        data = part.get_payload(decode=True)
        try:
            content = part.get_content()
        except Exception as e:   # noqa
            errs.append("%s: get_content() failed: %s" % (where, e))
            continue
        cs = part.get_content_charset()
        if part.get_content_maintype() == "text":
            cs = cs or "us-ascii"
            if info is not None:
                info["charsets"].add(cs)
            try:
                s = data.decode(codec(cs), errors="strict")
            except (UnicodeDecodeError, LookupError):
                errs.append("%s: does not decode as %s" % (where, cs))
                s = content
            if ct != "text/calendar":   # calendar text is added unfolded below
                texts.append(s)
        fname = part.get_filename() or ""
        texts.append(fname)
        low = fname.lower()
        if ct == "text/calendar" or low.endswith(".ics"):
            _ics_check(data.decode("utf-8"), errs, where)
            texts.append(re.sub(r"\r?\n[ \t]", "", data.decode("utf-8")))
        if "json" in ct or low.endswith(".json"):
            try:
                json.loads(data.decode("utf-8"))
            except ValueError:
                errs.append(where + ": JSON does not parse")
            texts.append(data.decode("utf-8"))
        if "hl7" in ct or low.endswith(".hl7"):
            if not data.startswith(b"MSH|"):
                errs.append(where + ": HL7 does not start with MSH|")
            texts.append(data.decode("ascii", "replace").replace("\r", "\n"))
        if ct == "application/pdf":
            texts.append(_pdf_check(data, errs, where))
        if low.endswith(".docx"):
            try:
                z = zipfile.ZipFile(io.BytesIO(data))
                x = z.read("word/document.xml").decode("utf-8")
                if any(zi.date_time != ZIP_TIME for zi in z.infolist()):
                    errs.append(where + ": zip timestamp not fixed")
                texts.append("\n".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)))
            except (zipfile.BadZipFile, KeyError):
                errs.append(where + ": DOCX does not open with word/document.xml")
        if ct == "text/csv":
            texts.append(data.decode("utf-8"))
    _data_check("\n".join(texts), errs, fn)
    return errs


def check(files, labels, meta):
    errs = []
    counts = {l: 0 for l in LABELS}
    nums = []
    for fn in files:
        lab, base = fn.split("/")
        counts[lab] += 1
        nums.append(int(base[:3]))
    if counts != WANT:
        errs.append("counts %s, want %s" % (counts, WANT))
    if sorted(nums) != list(range(1, 151)):
        errs.append("numbers are not exactly 001-150")
    # disk
    expect_top = {"none", "phi", "restricted", "labels.tsv", "gen.py", "README.md"}
    for e in sorted(os.listdir(HERE)):
        if e not in expect_top and e != "__pycache__":
            errs.append("stray entry " + e)
    disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing folder " + lab)
            continue
        for e in sorted(os.listdir(d)):
            fn = lab + "/" + e
            if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", e):
                errs.append("stray file " + fn)
            with open(os.path.join(d, e), "rb") as f:
                disk[fn] = f.read()
    for fn in sorted(set(files) | set(disk)):
        if fn not in disk:
            errs.append("missing on disk: " + fn)
        elif fn not in files:
            errs.append("not written by gen.py: " + fn)
        elif disk[fn] != files[fn]:
            errs.append("differs from what gen.py writes: " + fn)
    lp = os.path.join(HERE, "labels.tsv")
    if not os.path.exists(lp):
        errs.append("labels.tsv missing")
    else:
        with open(lp, "rb") as f:
            lb = f.read()
        if lb != labels:
            errs.append("labels.tsv differs from what gen.py writes")
        seen = []
        for line in lb.decode("utf-8").splitlines():
            fn, lab, reason = line.split("\t")
            if fn.split("/")[0] != lab:
                errs.append("labels.tsv: %s listed under %s" % (fn, lab))
            seen.append(fn)
        if sorted(seen) != sorted(disk) or len(seen) != len(set(seen)) or seen != sorted(seen):
            errs.append("labels.tsv does not list every file once, sorted")
    langs = [m for m in meta.values() if m["lang"] != "en"]
    if not 28 <= len(langs) <= 38:
        errs.append("%d non-English messages, want 28-38" % len(langs))
    traps = sum(1 for m in meta.values() if m["trap"])
    if traps < 55:
        errs.append("%d traps, want at least 55" % traps)
    for fn in sorted(disk):
        errs += check_one(fn, disk[fn])
    return errs


def stats(files, meta):
    from collections import Counter
    lab = Counter(m["label"] for m in meta.values())
    print("labels:", dict(lab), " total", sum(lab.values()))
    print("traps among none:", sum(m["trap"] for m in meta.values()))
    print("borderline:", sum(m["reason"].startswith("borderline:") for m in meta.values()),
          dict(Counter(m["label"] for m in meta.values() if m["reason"].startswith("borderline:"))))
    cat = Counter()
    for m in meta.values():
        if m["label"] == "restricted":
            r = m["reason"][12:] if m["reason"].startswith("borderline: ") else m["reason"]
            cat[next(c for c in CATEGORIES if r.startswith(c))] += 1
    print("restricted categories:", dict(cat))
    nonen = [m for m in meta.values() if m["lang"] != "en"]
    print("not in English: %d" % len(nonen))
    for l in LABELS:
        c = Counter(m["lang"] for m in nonen if m["label"] == l)
        print("  %-10s %2d  %s" % (l, sum(c.values()), ", ".join("%s %d" % kv for kv in sorted(c.items()))))
    top, leaves, ctes, cs = Counter(), Counter(), Counter(), Counter()
    for fn, raw in sorted(files.items()):
        info = {}
        check_one(fn, raw, info)
        top[info["top"]] += 1
        for x in info["leaves"]:
            leaves[x] += 1
        for x in info["ctes"]:
            ctes[x] += 1
        for x in info["charsets"]:
            cs[x] += 1
    print("top-level structure:", ", ".join("%s %d" % kv for kv in top.most_common()))
    print("leaf parts:", ", ".join("%s %d" % kv for kv in leaves.most_common()))
    print("transfer encodings (messages using):", ", ".join("%s %d" % kv for kv in ctes.most_common()))
    print("charsets (messages using):", ", ".join("%s %d" % kv for kv in cs.most_common()))


def main():
    files, labels, meta = build()
    if "--stats" in sys.argv:
        stats(files, meta)
        return
    if "--check" not in sys.argv:
        for lab in LABELS:
            d = os.path.join(HERE, lab)
            os.makedirs(d, exist_ok=True)
            for e in os.listdir(d):
                if e.endswith(".eml"):
                    os.remove(os.path.join(d, e))
        for fn, raw in files.items():
            with open(os.path.join(HERE, fn), "wb") as f:
                f.write(raw)
        with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
            f.write(labels)
    errs = check(files, labels, meta)
    if errs:
        print("\n".join(errs))
        print("CHECK FAILED: %d problem(s)" % len(errs))
        sys.exit(1)
    print("check passed: %d files (%s), labels.tsv, every file as gen.py writes it"
          % (len(files), ", ".join("%s %d" % (l, WANT[l]) for l in LABELS)))


if __name__ == "__main__":
    main()
