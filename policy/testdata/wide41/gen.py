#!/usr/bin/env python3
"""Generator for wide41: one ordinary fortnight of mail (30 Nov - 13 Dec 2026)
at an invented community behavioural health agency, Riverbend Community
Behavioral Health, and the people around it.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print labels, categories, languages, structure

Python 3 standard library only.  Deterministic: fixed dates, Message-IDs,
MIME boundaries, zip timestamps and a fixed shuffle seed.  Every person,
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
import textwrap
import zipfile
import zlib
import email
import email.policy
import email.utils
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261215
LABELS = ("none", "phi", "restricted")
COUNTS = {"none": 70, "phi": 52, "restricted": 28}
CATEGORIES = ("mental health", "substance use", "HIV", "genetic", "reproductive")
CRLF = "\r\n"
BAD_SLUG = ("trap", "phi", "restricted", "none")

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-9": "iso8859_9",
    "windows-1252": "cp1252", "windows-1251": "cp1251",
    "windows-1256": "cp1256", "koi8-r": "koi8_r", "koi8-u": "koi8_u",
    "gb2312": "gb2312", "big5": "big5", "shift_jis": "shift_jis",
    "euc-kr": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


# ------------------------------------------------------------ state ------
class _State:
    slug = ""
    n = 0


ST = _State()


def _h(tag):
    ST.n += 1
    return hashlib.sha1(("%s|%d|%s" % (ST.slug, ST.n, tag)).encode()).hexdigest()


def bnd():
    h = _h("b")
    style = int(h[0], 16) % 4
    if style == 0:
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:
        return "000000000000%s" % h[1:17]
    if style == 2:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    return "=_b%s" % h[1:25]


def mid(domain):
    h = _h("m")
    style = int(h[0], 16) % 3
    if style == 0:
        local = "%s.%s" % (h[1:13].upper(), h[13:21].upper())
    elif style == 1:
        local = "CAF%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    else:
        local = "%s-%s-%s-%s" % (h[1:9], h[9:13], h[13:17], h[17:29])
    return "<%s@%s>" % (local, domain)


# ------------------------------------------------------------ dates ------
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(spec, tz="-0500"):
    """'12-03 09:14' (month-day hour:minute, 2026) -> RFC 5322 date."""
    md, hm = spec.split()
    mo, d = (int(x) for x in md.split("-"))
    hh, mi = (int(x) for x in hm.split(":"))
    ss = int(hashlib.sha1(spec.encode()).hexdigest()[:2], 16) % 60
    wd = _WD[datetime.date(2026, mo, d).weekday()]
    return "%s, %02d %s 2026 %02d:%02d:%02d %s" % (wd, d, _MON[mo - 1], hh, mi, ss, tz)


# --------------------------------------------------------- encoders ------
def T(s):
    """Dedent a triple-quoted block and drop the first newline."""
    if s.startswith("\n"):
        s = s[1:]
    return textwrap.dedent(s)


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


def ad(name, addr, cs="utf-8", mode="B"):
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
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else
                  "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
    return "%s*=utf-8''%s" % (k, enc)


# ------------------------------------------------------------ parts ------
class Part:
    def __init__(self, ctype, body=None, cs=None, cte=None, fn=None,
                 disp=None, parts=None, params=(), headers=()):
        self.ctype, self.body, self.cs, self.cte = ctype, body, cs, cte
        self.fn, self.disp, self.parts = fn, disp, parts
        self.params, self.headers = list(params), list(headers)


def text(s, cs=None, cte=None, sub="plain", params=()):
    if cs is None:
        cs = "us-ascii" if s.isascii() else "utf-8"
    if cte is None:
        cte = "7bit" if s.isascii() else "quoted-printable"
    return Part("text/" + sub, s, cs=cs, cte=cte, params=params)


def html(s, cs=None, cte=None):
    return text(s, cs, cte, sub="html")


def multi(sub, *parts):
    return Part("multipart/" + sub, parts=list(parts))


def alt(p1, p2):
    return multi("alternative", p1, p2)


def outlook(s, cs=None):
    """text/plain plus an Outlook-style HTML rendering of the same text."""
    paras = [p for p in s.strip("\n").split("\n\n")]
    body = "".join("<p class=MsoNormal>%s</p>\n" % _html_esc(p).replace("\n", "<br>\n") for p in paras)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
         '<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>\n'
         '<body lang=EN-US>\n%s</body></html>\n' % (cs or "us-ascii", body))
    return alt(text(s, cs), html(h, cs, cte="quoted-printable"))


def _html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mixed(*parts):
    return multi("mixed", *parts)


def att(ctype, data, fn, cte="base64", cs=None, params=()):
    return Part(ctype, data, cs=cs, cte=cte, fn=fn, disp="attachment", params=params)


def _render(p):
    hdr = []
    if p.parts is not None:
        b = bnd()
        hdr.append('Content-Type: %s;%s boundary="%s"' % (p.ctype, CRLF, b))
        body = b""
        for sp in p.parts:
            body += ("--%s\r\n" % b).encode() + render_part(sp)
        body += ("--%s--\r\n" % b).encode()
        return hdr, body
    params = list(p.params)
    if p.cs:
        params.insert(0, 'charset="%s"' % p.cs)
    if p.fn and not p.ctype.startswith("text/plain"):
        params.append(_param("name", p.fn))
    ct = "Content-Type: %s" % p.ctype
    for x in params:
        ct += ";" + CRLF + " " + x
    hdr.append(ct)
    hdr.append("Content-Transfer-Encoding: %s" % p.cte)
    if p.disp:
        d = "Content-Disposition: %s" % p.disp
        if p.fn:
            d += ";" + CRLF + " " + _param("filename", p.fn)
        hdr.append(d)
    hdr.extend(p.headers)
    if isinstance(p.body, str):
        data = nl(p.body).encode(codec(p.cs or "us-ascii"))
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
    else:
        data = p.body
    if p.cte == "base64":
        enc = b64_encode(data)
    elif p.cte == "quoted-printable":
        enc = qp_encode(data)
        if not enc.endswith(b"\r\n"):
            enc += b"\r\n"
    else:
        enc = data if data.endswith(b"\r\n") else data + b"\r\n"
    return hdr, enc


def _join(hdr, body):
    return (CRLF.join(hdr) + CRLF + CRLF).encode("ascii") + body


def render_part(p):
    hdr, body = _render(p)
    return _join(hdr, body)


def mail(frm, to, subj, date, body, cc=None, extra=(), scs="utf-8",
         smode="B", dom=None, reply=None, mime=True):
    """Assemble a message.  frm/to are already-formatted mailbox strings."""
    dom = dom or re.search(r"@([\w.-]+)>?\s*$", frm).group(1)
    h = ["From: " + frm, "To: " + to]
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + ew(subj, scs, smode))
    h.append("Date: " + date)
    h.append("Message-ID: " + mid(dom))
    if reply:
        h.append("In-Reply-To: " + reply)
        h.append("References: " + reply)
    h.extend(extra)
    hdr, data = _render(body)
    if mime:
        h.append("MIME-Version: 1.0")
    h.extend(hdr)
    return _join(h, data)


# ------------------------------------------------------ attachments ------
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def NPI(nine):
    return nine + luhn_digit("80840" + nine)


def npi_ok(ten):
    s = "80840" + ten
    return luhn_digit(s[:-1]) == s[-1]


def DEA(letters, six):
    d = [int(c) for c in six]
    return letters + six + str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, flate=False, title="Document"):
    content = "BT\n/F1 10 Tf\n13 TL\n54 748 Td\n"
    for ln in lines:
        content += "(%s) Tj T*\n" % _pdf_esc(ln)
    content += "ET\n"
    data = content.encode("latin-1")
    filt = ""
    if flate:
        data = zlib.compress(data, 9)
        filt = " /Filter /FlateDecode"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Length %d%s >>\nstream\n" % (len(data), filt)).encode() + data + b"\nendstream",
        ("<< /Title (%s) /Producer (Riverbend DocGen 2.3) /CreationDate (D:20261201090000-05'00') >>" % _pdf_esc(title)).encode("latin-1"),
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


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paras):
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
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, s in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, s.encode("utf-8"))
    return buf.getvalue()


def ics(method, uid, start, end, summary, desc="", loc="", org=None, att=(), rrule=None):
    """start/end like '20261209T103000'."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Riverbend//Scheduler 4.1//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:America/New_York",
         "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
         "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
         "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "END:DAYLIGHT",
         "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261201T140000Z",
         "DTSTART;TZID=America/New_York:" + start, "DTEND;TZID=America/New_York:" + end,
         "SUMMARY:" + summary]
    if rrule:
        L.append("RRULE:" + rrule)
    if loc:
        L.append("LOCATION:" + loc)
    if desc:
        L.append("DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"))
    if org:
        L.append("ORGANIZER;CN=%s:mailto:%s" % org)
    for cn, a in att:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s" % (cn, a))
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:  # fold at 74 octets
        while len(ln.encode()) > 74:
            cut = 74
            while len(ln[:cut].encode()) > 74:
                cut -= 1
            out.append(ln[:cut])
            ln = " " + ln[cut:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


def hl7(segs):
    return ("\r".join(segs) + "\r").encode("ascii")


# ----------------------------------------------------------- registry ----
MSGS = []


def M(slug, label, reason, lang="en", trap=False):
    def deco(fn):
        MSGS.append(dict(slug=slug, label=label, reason=reason, lang=lang, trap=trap, fn=fn))
        return fn
    return deco


# Recurring invented organisations and people --------------------------------
RB = "riverbend-cbh.example.org"      # the agency
EFH = "eastsidefhc.example.org"       # primary-care partner (FQHC)
SBH = "stbrigid.example.org"          # hospital
HCHP = "heronwood-chp.example.com"    # Medicaid managed-care plan
KVHP = "keystonevalley.example.com"   # commercial plan
COURT = "harlan-courts.test"          # county courts and probation
DCFS = "dcfs.harlan.test"             # child welfare
FUSD = "fairmont-usd.example.org"     # school district
TOX = "ardenttox.example.com"         # toxicology lab
MRX = "millbrookrx.example.com"       # pharmacy
DR_LIN_NPI = NPI("123456789")
DR_LIN_DEA = DEA("BL", "482913")
DR_REDCLOUD_NPI = NPI("154820937")
NP_ABARA_NPI = NPI("176203845")
NP_ABARA_DEA = DEA("MA", "730215")
OTP_DEA = DEA("RR", "615204")
OTP_NPI = NPI("198347226")
RB_NPI = NPI("130982275")
SIG_OTP = "Riverbend Opioid Treatment Program - Mill Street\n214 Mill Street, Harlan  |  (814) 555-0142"
CONF = ("CONFIDENTIALITY NOTICE: This e-mail may contain information protected by "
        "42 CFR Part 2 and HIPAA. If you received it in error, please notify the "
        "sender and delete it.")


# ======================================================================
# Staff of Riverbend Community Behavioral Health (all invented)
# ======================================================================
KOWAL = ad("Theresa Kowal, LCSW", "tkowal@" + RB)
REDCLOUD = ad("Aiyana Redcloud, MD", "aredcloud@" + RB)
ABARA = ad("Nnamdi Abara, PMHNP", "nabara@" + RB)
LIN = ad("Wen Lin, MD", "wlin@" + RB)
RAMAN = ad("Priya Raman, RN", "praman@" + RB)
DELACROIX = ad("Marcus Delacroix, CADC", "mdelacroix@" + RB)
GWEN = ad("Gwen Okonkwo-Hale", "gokonkwohale@" + RB)
FERREIRA = ad("Sam Ferreira", "sferreira@" + RB)
BRANDT = ad("Leah Brandt, RD", "lbrandt@" + RB)
MEYERS = ad("Jonah Meyers", "jmeyers@" + RB)
CASTELLANO = ad("Ruth Castellano", "rcastellano@" + RB)
YOON = ad("Derek Yoon", "dyoon@" + RB)
DUNMORE = ad("Alicia Dunmore", "adunmore@" + RB)
OSEI = ad("Frank Osei", "fosei@" + RB)
SORENSEN = ad("Hannah Sorensen", "hsorensen@" + RB)
VILLALOBOS = ad("Carmen Villalobos, LPC", "cvillalobos@" + RB)
WHITCOMB = ad("Dana Whitcomb", "dwhitcomb@" + RB)
TRAN = ad("Kevin Tran", "ktran@" + RB)
FAROUK = ad("Nadia Farouk, LPC", "nfarouk@" + RB)
WHITFORD = ad("Elaine Whitford, PsyD", "ewhitford@" + RB)
ALLSTAFF = ad("All Staff", "allstaff@" + RB)
INTAKE = ad("Riverbend Intake", "intake@" + RB)


# ======================================================================
# restricted (28)
# ======================================================================
@M("consult-sertraline-phq9-moreno", "restricted",
   "mental health: therapist asks psychiatrist to review a named client's sertraline after her PHQ-9 rose to 20")
def _():
    return mail(KOWAL, REDCLOUD, "Leticia Moreno - med review before Tuesday?", D("11-30 16:48"), outlook(T("""
        Hi Dr. Redcloud,

        Leticia (DOB 06/22/1991) scored 20 on the PHQ-9 today, up from 14 in
        October. She's been on sertraline 100 mg since the summer and says it
        "takes the edge off", but she is sleeping about four hours a night and
        stopped going to work last Wednesday. Denies SI today; we went over her
        safety plan again and her sister is staying with her this week.

        Could you see her before her Tuesday session, or should I book her with
        Nnamdi? She'd prefer a morning slot.

        Thanks,
        Theresa

        Theresa Kowal, LCSW
        Outpatient Therapy | Riverbend Community Behavioral Health
        """)), extra=["X-Mailer: Microsoft Outlook 16.0"])


@M("dosing-change-okafor", "restricted",
   "substance use: methadone dose increase and take-home level for a named OTP client, nursing shorthand")
def _():
    return mail(ad("Mill Street OTP - Dosing Window", "dosing@" + RB), ad("OTP Nursing", "otp-nursing@" + RB),
                "Dose change eff 12/2 - J. Okafor", D("12-01 17:05"), text(T("""
        Per Dr. Lin order 12/1 1640:

        Pt:   OKAFOR, James    OTP# 22817    DOB 02/09/1984
        Methadone 90 mg -> 95 mg PO daily, start 12/2
        Hold + call MD if sedated / slurred / RR<12
        Take-homes: stays Level 2 (Sun + Wed)
        Next UDS: random, wk of 12/7
        Counselor (Delacroix) aware

        -P. Raman RN
        """)))


@M("court-weekly-report-docx", "restricted",
   "substance use: the DOCX holds treatment-court progress reports (IOP attendance, UDS, buprenorphine) for named participants")
def _():
    doc = docx([
        "Riverbend Community Behavioral Health - Treatment Court Progress Report",
        "Week of 11/30/2026. Disclosed under 42 CFR Part 2 consents on file. Re-disclosure prohibited.",
        "Participant: Tyrell Hammond    Court case: TC-2026-0418    Phase 2",
        "Program: Intensive Outpatient (substance use), Mon/Wed/Thu evenings",
        "Attendance: 3/3 groups, 1/1 individual session",
        "UDS: 11/27 positive cannabinoids; 12/01 negative all panels",
        "Medication: buprenorphine/naloxone 16/4 mg daily, adherent per pharmacy fill history",
        "Counselor note: engaged, asked for help with job search; recommend phase advancement in two weeks.",
        "",
        "Participant: Krista Vandermolen    Court case: TC-2026-0392    Phase 1",
        "Program: Intensive Outpatient (substance use)",
        "Attendance: 2/3 groups (no-show 12/02), 0/1 individual",
        "UDS: 12/01 positive methamphetamine, amphetamine",
        "Counselor note: reports unstable housing; referred to case management. Recommend increased testing.",
        "",
        "Participant: Owen Pratt    Court case: TC-2026-0377    Phase 3",
        "Program: Outpatient continuing care, weekly group",
        "Attendance: 1/1 group; UDS 11/30 negative",
        "Counselor note: 180 days continuous abstinence on 12/05.",
        "",
        "Marcus Delacroix, CADC - Riverbend OTP / IOP",
    ])
    return mail(DELACROIX, ad("Denise Albright", "dalbright@" + COURT),
                "Weekly treatment court update - Thursday docket", D("12-03 08:22"),
                mixed(text(T("""
        Hi Denise,

        Attached is this week's report for Judge Pell's Thursday docket.
        Consents are on file for all three. Let me know if you need anything
        else before staffing at 1:00.

        Marcus
        """)), att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc,
                   "TC_weekly_2026-12-03.docx")))


@M("interface-reject-uds-result", "restricted",
   "substance use: the attached live HL7 ORU carries a named OTP client's methadone/EDDP/fentanyl urine screen")
def _():
    msg = hl7([
        "MSH|^~\\&|ARDENT|ARDENTTOX|TALLIS|RIVERBEND|202612031142||ORU^R01|AT2026120311420087|P|2.5.1",
        "PID|1||OTP22871^^^RIVERBEND^MR||SABLAN^KEANU^K||19900514|M|||88 Orchard Ln^^Harlan^PA^16501",
        "PV1|1|O|OTP^MILLST||||%s^LIN^WEN^^^^MD" % DR_LIN_NPI,
        "ORC|RE|UDS-884120|AT-5510932",
        "OBR|1|UDS-884120|AT-5510932|TOXOTP^Urine drug screen, OTP panel|||202612011005|||||||||%s^LIN^WEN" % DR_LIN_NPI,
        "OBX|1|ST|METH^Methadone||POSITIVE||||||F",
        "OBX|2|ST|EDDP^EDDP (methadone metabolite)||POSITIVE||||||F",
        "OBX|3|ST|FENT^Fentanyl||POSITIVE||||||F",
        "OBX|4|ST|OPI^Opiates||NEGATIVE||||||F",
        "OBX|5|ST|BZO^Benzodiazepines||NEGATIVE||||||F",
        "OBX|6|NM|CREAT^Creatinine, urine||112|mg/dL|20-300||||F",
    ])
    return mail(ad("Interface Monitor", "hl7-alerts@" + RB), ad("HIM Work Queue", "him@" + RB),
                "[ALERT] ORU inbound from ARDENT rejected - PID-3 not found (1 msg)", D("12-03 11:43"),
                mixed(text(T("""
        Channel:  ARDENT_TOX_ORU_IN
        Error:    AE - patient identifier in PID-3 not found in Tallis EHR
        Queued:   1 message, held

        The rejected message is attached. Please reconcile in the HIM work
        queue and resend from the channel console.

        -- Tallis Interface Engine (automated message)
        """)), att("application/hl7-v2", msg, "msg_AT2026120311420087.hl7")))


@M("discharge-summary-bhu-flate", "restricted",
   "mental health: the Flate PDF is an inpatient psychiatric discharge summary (MDD, suicidal ideation) for a named patient")
def _():
    p = pdf([
        "ST. BRIGID REGIONAL HOSPITAL - INPATIENT BEHAVIORAL HEALTH UNIT",
        "DISCHARGE SUMMARY",
        "",
        "Patient: Corinne Baptiste     MRN: SB-00417723     DOB: 09/30/1978",
        "Admitted: 11/24/2026     Discharged: 12/02/2026     Attending: R. Vance, MD",
        "",
        "Diagnosis: Major depressive disorder, recurrent, severe, without psychotic features (F33.2)",
        "Reason for admission: suicidal ideation with a plan (overdose) after job loss.",
        "Hospital course: engaged in groups; venlafaxine XR continued at 150 mg,",
        "mirtazapine 15 mg at bedtime added for sleep and appetite. No self-harm on unit.",
        "Condition at discharge: denies SI/HI, future oriented, safety plan completed.",
        "",
        "Follow-up: Riverbend CBH outpatient therapy (T. Kowal, LCSW);",
        "psychiatry appointment within 7 days. Crisis line 988.",
        "Medications supplied: 7 days. Lethal means counseling given to husband.",
    ], flate=True, title="Discharge Summary")
    return mail(ad("Maribel Ocampo, LSW", "mocampo@" + SBH), KOWAL, "Discharge paperwork - 7 day follow-up",
                D("12-02 15:10"), mixed(text(T("""
        Hello,

        Attached is the discharge summary for your client, who was discharged
        today. Please schedule the 7-day follow-up and confirm by reply so we
        can close out the transition record.

        Thank you,
        Maribel Ocampo, LSW
        Discharge Planner, St. Brigid Regional Hospital
        (814) 555-0166
        """)), att("application/pdf", p, "DC_summary_20261202.pdf")))


@M("intake-eval-invite-ics", "restricted",
   "mental health: only the attached ICS names the client and his psychiatric intake for panic attacks / possible bipolar II")
def _():
    cal = ics("REQUEST", "rb-sched-99413-20261209@" + RB, "20261209T103000", "20261209T113000",
              "Psychiatric intake evaluation - Rashid Haddad (DOB 01/17/2001)",
              desc="Referred by Eastside FHC (Dr. Patel) for panic attacks and possible bipolar II.\n"
                   "Interpreter not needed. Insurance: Keystone Valley, verified 12/3.",
              loc="Riverbend Outpatient, Room 204",
              org=("Gwen Okonkwo-Hale", "gokonkwohale@" + RB),
              att=[("Aiyana Redcloud", "aredcloud@" + RB)])
    return mail(GWEN, REDCLOUD, "Invitation: New eval Wed 12/9 10:30 (Rm 204)", D("12-03 13:20"),
                mixed(text("Scheduling invitation attached.\n\n-Gwen\n"),
                      Part("text/calendar", cal, cs="utf-8", cte="7bit", fn="invite.ics",
                           disp="attachment", params=["method=REQUEST"])))


@M("ed-group-weight-check", "restricted",
   "mental health: eating-disorder group dietitian reports a named teen's weight loss, purging and possible higher level of care")
def _():
    return mail(BRANDT, KOWAL, "Sophie L. - weight tonight, concerns", D("12-01 20:37"), text(T("""
        Theresa, Carmen -

        Blind weight for Sophie Laurent at group tonight: 41.8 kg, down 1.1 kg
        since 11/24. Her log shows both snacks skipped four days out of seven,
        and her mom found evidence of purging after dinner on Sunday. Resting HR
        48 sitting. She's still engaged in group and talked about wanting to
        be back on the swim team, which is something.

        I'd like Eastside to do orthostatics and labs this week, and I think we
        need to talk about whether PHP is the right level of care before the
        break. Can we staff her Thursday?

        Leah Brandt, RD, LDN
        Eating Disorder Program | Riverbend CBH
        """)), cc=VILLALOBOS)


@M("mobile-crisis-dispatch-summary", "restricted",
   "mental health: mobile crisis dispatch summary for a named man with suicidal ideation and a plan, transported to the ED")
def _():
    return mail(ad("Mobile Crisis Team", "mct@" + RB), ad("Crisis Supervisors", "crisis-sup@" + RB),
                "MCT dispatch 12/05 0212 - summary", D("12-05 04:18"), text(T("""
        Call ref:    CL-26-118804
        Caller:      sister (Renee Dorsey), 988 transfer 01:48
        Client:      Michael Dorsey, 34, 1190 Linden Ave Apt 3, Harlan
        Presenting:  SI w/ plan (firearm in home - removed by sister to
                     neighbor before arrival), ETOH on board, hx MDD,
                     prior attempt 2021
        On scene:    02:31 (J. Meyers, H. Sorensen)
        C-SSRS:      positive, high risk
        Dispo:       voluntary transport to St. Brigid ED 03:40, handoff to
                     Dr. Vance / charge RN
        F/U:         24h follow-up call assigned to day shift; notify OP
                     therapist if he is discharged

        -JM
        """)))


@M("mom-asks-bed-for-danny", "restricted",
   "substance use: a mother, from her phone, asks whether her named son can be readmitted to residential treatment after relapse")
def _():
    return mail(ad("Carol Whitaker", "carolw1962@example.net"), INTAKE, "danny", D("12-06 22:51"), text(T("""
        hi this is Carol Whitaker, Danny's mom. he was at cedar house in the
        spring. he's using again, I found needles in his car and he told me
        tonight he wants to go back and he is ready this time. do you have a
        bed?? he doesn't have a phone right now so please call me
        814-555-0187. thank you

        Sent from my iPhone
        """)), extra=["X-Mailer: iPhone Mail (22B91)"])


@M("re-strips-running-out", "restricted",
   "substance use: short nurse reply over a client's quoted request for an early Suboxone refill")
def _():
    return mail(RAMAN, ad("Marcus Bell", "mbell.hvac@example.net"), "Re: running out", D("12-03 10:02"), text(T("""
        Got it - sent to Dr. Lin, should be at Millbrook by 3.
        -Priya

        On Thu, Dec 3, 2026 at 9:12 AM Marcus Bell <mbell.hvac@example.net> wrote:
        > Hi Priya, I only have 2 strips left. my suboxone 8mg ran out early
        > because the pharmacy shorted me last time. can Dr Lin call in the
        > refill before the weekend? I can't miss work for a visit til Tuesday.
        > Marcus
        """)), reply="<CAF7e1bell20261203@mail.example.net>")


@M("subject-missed-doses-hold", "restricted",
   "substance use: only the Subject says a named OTP client missed three doses and take-homes are held")
def _():
    return mail(RAMAN, DELACROIX, "Keanu Sablan - missed 3 doses, hold take-homes pending eval",
                D("12-04 08:41"), text("Can you call me before 2?\n-P\n"))


@M("reminder-html-half-med-mgmt", "restricted",
   "mental health: only the HTML half names the psychiatry medication-management visit (and lithium level) in a reminder to the client")
def _():
    t = T("""
        This message is formatted in HTML. To read it, use a mail program that
        displays HTML or sign in at https://portal.riverbend-cbh.example.org/.
        """)
    h = T("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Hello Dwayne,</p>
        <p>This is a reminder of your upcoming appointment:</p>
        <table cellpadding="4">
        <tr><td><b>Visit</b></td><td>Medication management (Psychiatry)</td></tr>
        <tr><td><b>With</b></td><td>Aiyana Redcloud, MD</td></tr>
        <tr><td><b>When</b></td><td>Wednesday, December 9, 2026, 10:30 AM</td></tr>
        <tr><td><b>Where</b></td><td>Riverbend Outpatient Clinic, 2nd floor</td></tr>
        </table>
        <p>Please have your lithium level drawn at least 3 days before the visit
        and bring your current medication list.</p>
        <p>To cancel or reschedule call (814) 555-0130.</p>
        <p style="font-size:11px;color:#666">Riverbend Community Behavioral Health &middot; Do not reply to this message.</p>
        </body></html>
        """)
    return mail(ad("Riverbend Patient Portal", "noreply@portal." + RB), ad("Dwayne Pettiford", "dpettiford@example.com"),
                "Appointment reminder", D("12-06 07:00"), alt(text(t), html(h)))


@M("dosis-visitante-viaje", "restricted",
   "substance use: a wife asks for guest methadone dosing (110 mg) for her named husband during travel", lang="es")
def _():
    body = T("""
        Buenas tardes, Sr. Marcus:

        Le escribo por mi esposo, Héctor Rivera. Nos vamos a Ponce el 19 de
        diciembre por la muerte de su tía y vamos a estar allá dos semanas.
        ¿Se puede arreglar la dosis de visitante en una clínica de metadona
        de allá? Él toma 110 mg todos los días. La Dra. Lin le dijo que no le
        pueden dar tantas dosis para llevar a la casa.

        ¿Qué papeles necesitamos y a quién hay que llamar?

        Muchas gracias,
        Yolanda Rivera
        """)
    return mail(ad("Yolanda Rivera", "yoli.rivera@example.net"), DELACROIX,
                "Viaje a Puerto Rico - dosis de Héctor", D("12-02 14:26"),
                text(body, cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", smode="Q")


@M("me-thuoc-tram-cam", "restricted",
   "mental health: a daughter asks for her named mother's antidepressant refill and therapy appointment", lang="vi")
def _():
    body = T("""
        Chào anh Sam,

        Em là Linh, con gái của bà Phạm Thị Hoa. Mẹ em hết thuốc trầm cảm
        (sertraline 50mg) từ thứ Bảy. Anh hỏi giúp bác sĩ Abara có thể gửi
        toa mới qua tiệm thuốc Millbrook được không ạ?

        Mẹ em cũng hỏi lịch hẹn trị liệu với cô Carmen tuần sau là ngày nào.
        Mấy hôm nay mẹ ngủ không được và khóc nhiều.

        Cảm ơn anh nhiều.
        Linh
        """)
    return mail(ad("Linh Pham", "linh.pham.88@example.com"), FERREIRA, "Thuốc của mẹ em",
                D("12-07 19:12"), text(body, cs="utf-8", cte="base64"))


@M("vivitrol-injection-ru", "restricted",
   "substance use: a named client asks to move his extended-release naltrexone injection for alcohol use", lang="ru")
def _():
    body = T("""
        Здравствуйте, Прия!

        Это Андрей Соколов. В пятницу, 11 декабря, мне нужно делать следующий
        укол Вивитрола (налтрексон), но я работаю до шести. Можно перенести
        на субботу утром или на понедельник?

        С алкоголем всё нормально, не пью уже 54 дня.

        Спасибо,
        Андрей
        """)
    return mail(ad("Андрей Соколов", "a.sokolov77@example.net", "windows-1251"), RAMAN,
                "Укол на следующей неделе", D("12-08 12:33"),
                text(body, cs="windows-1251", cte="quoted-printable"), scs="windows-1251")


@M("prep-refill-hiv-neg", "restricted",
   "HIV: PrEP refill and a nonreactive HIV test for a named client, nurse to pharmacy")
def _():
    return mail(RAMAN, ad("Millbrook Pharmacy", "rx@" + MRX), "PrEP refill for Carlos Mendez-Ruiz",
                D("12-01 09:47"), text(T("""
        Hi,

        Carlos Mendez-Ruiz (DOB 08/11/1995) needs his emtricitabine/tenofovir DF
        200/300 refilled, 30-day supply. HIV Ag/Ab on 11/30 was nonreactive and
        creatinine is normal. Dr. Lin's e-Rx went over this morning; please
        call if anything is missing.

        Priya Raman, RN
        Riverbend Integrated Care
        (814) 555-0139
        """)))


@M("transfert-suivi-arv", "restricted",
   "HIV: a Montreal clinic transfers a named man's HIV care (ART regimen, viral load, CD4)", lang="fr")
def _():
    body = T("""
        Docteur Lin,

        Nous vous transmettons le suivi de M. Olivier Ngassa (né le 1987-03-21),
        qui déménage à Harlan ce mois-ci et a demandé que son dossier soit
        transmis à votre programme de soins intégrés.

        Il est suivi chez nous pour l'infection au VIH depuis 2019. Traitement
        actuel : bictégravir/emtricitabine/ténofovir alafénamide, un comprimé
        par jour, bonne observance. Charge virale indétectable (< 40 copies/mL)
        le 2026-10-14, CD4 à 612. Aucune infection opportuniste.

        Il lui reste des comprimés jusqu'au 10 janvier environ. Le résumé
        complet suit par télécopieur.

        Cordialement,
        Dre Sophie Gagnon
        Clinique du Quartier Latin, Montréal
        """)
    return mail(ad("Dre Sophie Gagnon", "sgagnon@cql.example.org"), LIN,
                "Transfert de suivi - M. Olivier Ngassa", D("12-02 10:05"),
                text(body, cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", smode="Q")


@M("medikaman-vih-refill", "restricted",
   "HIV: a named client, from his phone, says his HIV medicine was refused by the plan and gives his member ID", lang="ht")
def _():
    body = T("""
        Bonjou Sam, se Jean-Robert.

        Mwen pa gen medikaman VIH mwen yo ankò depi jedi, famasi a di
        asirans lan pa vle peye. Mwen pa vle rate yon jou. Eske ou ka rele
        Heronwood pou mwen? Nimewo manm mwen se HW-55031872.

        Mèsi anpil.

        Voye depi telefòn mwen
        """)
    return mail(ad("Jean-Robert Célestin", "jrcelestin@example.com"), FERREIRA, "Medikaman",
                D("12-05 11:09"), text(body, cs="utf-8", cte="quoted-printable"))


@M("pgx-cyp2d6-result", "restricted",
   "genetic: pharmacogenomic CYP2D6/CYP2C19 result for a named client, ordered for antidepressant selection")
def _():
    return mail(ad("Helix Path Genomics", "reports@helixpath.example.com"), ABARA,
                "Pharmacogenomic report ready - order PG-2026-30418", D("12-04 06:15"), text(T("""
        HELIX PATH GENOMICS - PHARMACOGENOMIC REPORT

        Patient:   Brianna Kessler          DOB: 11/02/1999
        Order:     PG-2026-30418            Collected: 11/23/2026
        Clinician: Nnamdi Abara, PMHNP      NPI: %s
        Panel:     Psychotropic PGx (CYP2D6, CYP2C19, CYP2C9, CYP1A2, SLC6A4)

        GENE      GENOTYPE   PHENOTYPE
        CYP2D6    *4/*4      Poor metabolizer
        CYP2C19   *1/*17     Rapid metabolizer
        CYP2C9    *1/*1      Normal metabolizer
        CYP1A2    *1F/*1F    Normal (inducible)
        SLC6A4    L/S        Intermediate

        Interpretation: reduced clearance expected for paroxetine, fluoxetine,
        vortioxetine and aripiprazole; escitalopram and sertraline exposure may
        be lower than expected. See the full report in the portal.

        This report was generated automatically. Questions: (814) 555-0177.
        """ % NP_ABARA_NPI)))


@M("iud-placed-van-ride", "restricted",
   "reproductive: contraceptive counselling and IUD placement for a named client, reported to her case manager")
def _():
    return mail(ad("Joy Feldman, CNM", "jfeldman@" + EFH), FERREIRA, "Re: transportation for Ms. Nwosu",
                D("12-02 16:40"), text(T("""
        Hi Sam,

        Thanks for arranging the van. Adaeze Nwosu was seen today; after
        contraceptive counseling she chose a levonorgestrel IUD, which was
        placed without complications. String check in 4-6 weeks - we booked
        1/12 at 9:00 and she asked if you could help with the ride again.
        Her release to share with you is on file.

        Joy Feldman, CNM
        Women's Health, Eastside Family Health Center
        """)), reply="<d41f-van-ride-1130@riverbend-cbh.example.org>")


@M("resultado-clamidia", "restricted",
   "reproductive: a named client writes about her positive chlamydia result, treatment and partner care", lang="pt")
def _():
    body = T("""
        Oi enfermeira Priya,

        Recebi a mensagem de que meu exame de clamídia deu positivo. Já peguei
        a azitromicina na farmácia ontem. Meu namorado também precisa se
        tratar? Ele não tem médico aqui. E quando eu devo repetir o teste?

        Obrigada,
        Thaís Moura (nasc. 14/05/2002)
        """)
    return mail(ad("Thaís Moura", "thais.moura02@example.com", "iso-8859-1"), RAMAN, "Resultado do exame",
                D("12-09 08:14"), text(body, cs="iso-8859-1", cte="8bit"), scs="iso-8859-1")


@M("supervision-cpt-session6", "restricted",
   "mental health: therapist brings a named client's PTSD cognitive processing therapy (PCL-5, nightmares) to supervision")
def _():
    return mail(VILLALOBOS, WHITFORD, "for Thursday supervision", D("12-08 17:55"), text(T("""
        Elaine -

        I'd like to bring Rebecca Tanaka (the MVA from 2024) on Thursday. CPT
        session 6 today: stuck points are still around "I should have seen the
        truck", PCL-5 went 52 -> 44. She's avoiding driving entirely and her
        husband now takes her to work. Wondering about adding in vivo work or
        switching to PE. Her nightmares are worse since her PCP stopped the
        prazosin in October - should I ask Nnamdi to weigh in?

        -C
        """)))


@M("school-safety-plan-jaylen", "restricted",
   "mental health: base64 HTML-only safety plan after a named seventh-grader's self-harm disclosure")
def _():
    h = T("""
        <html><body>
        <p>Hi Ms. Kowal,</p>
        <p>Following up on our call. Jaylen Brooks (7th grade, DOB 02/18/2013)
        disclosed cutting on his forearms to his PE teacher yesterday. His mother
        signed the release this morning. Below is the school part of the safety
        plan so it matches what you have in his therapy file.</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>Step</th><th>At school</th></tr>
        <tr><td>Warning signs</td><td>wearing hoodie in gym, skipping lunch, head down in 4th period</td></tr>
        <tr><td>Coping</td><td>pass to the counseling office, drawing, music with earbuds</td></tr>
        <tr><td>People</td><td>Ms. Lomax (counselor), Mr. Ibarra (coach)</td></tr>
        <tr><td>Professionals</td><td>T. Kowal, LCSW; 988 after hours</td></tr>
        </table>
        <p>He has a session with you Thursday; can we talk after?</p>
        <p>Andrea Lomax, School Counselor<br>Fairmont Middle School &middot; (814) 555-0124</p>
        </body></html>
        """)
    return mail(ad("Andrea Lomax", "alomax@" + FUSD), KOWAL, "Safety plan - Jaylen B. (7th)",
                D("12-02 13:02"), html(h, cs="utf-8", cte="base64"))


@M("pa-approval-sublocade", "restricted",
   "substance use: plan approves extended-release buprenorphine for a named member with opioid use disorder, form layout")
def _():
    return mail(ad("Heronwood CHP Utilization Management", "um-notices@" + HCHP), ad("Riverbend Prior Auth", "priorauth@" + RB),
                "PA determination 2026-PA-7741093 - APPROVED", D("12-02 11:30"), text(T("""
        HERONWOOD COMMUNITY HEALTH PLAN
        PRIOR AUTHORIZATION DETERMINATION

        Reference:    2026-PA-7741093
        Member:       ALVARADO, LUIS E
        Member ID:    HW-48820516          DOB: 07/30/1988
        Provider:     Riverbend Community Behavioral Health   NPI %s
        Drug:         buprenorphine extended-release injection 300 mg x 2,
                      then 100 mg monthly
        Diagnosis:    F11.20 Opioid dependence, uncomplicated
        Decision:     APPROVED
        Valid:        12/02/2026 - 06/01/2027
        Site of care: provider office (buy and bill)

        This notice contains information protected by 42 CFR Part 2.
        Heronwood CHP Pharmacy Services, (814) 555-0110
        """ % RB_NPI)))


@M("detoks-przyjecie-brat", "restricted",
   "substance use: a brother asks about detox and residential admission for his named brother with alcohol withdrawal", lang="pl")
def _():
    body = T("""
        Dzień dobry,

        piszę w sprawie mojego brata, Pawła Wiśniewskiego (ur. 03.07.1981).
        Pije codziennie od kilku lat, ostatnio rano ma drgawki i bardzo trzęsą
        mu się ręce. Lekarz rodzinny powiedział, że potrzebuje detoksu pod
        nadzorem, a potem terapii w ośrodku.

        Czy macie wolne miejsce w Cedar House po detoksie? Paweł słabo mówi po
        angielsku. Ma ubezpieczenie Heronwood.

        Z poważaniem,
        Tomasz Wiśniewski
        tel. 814-555-0171
        """)
    return mail(ad("Tomasz Wiśniewski", "t.wisniewski@example.net", "iso-8859-2"), ad("Cedar House Admissions", "cedarhouse@" + RB),
                "Przyjęcie brata na detoks", D("12-04 21:17"),
                text(body, cs="iso-8859-2", cte="quoted-printable"), scs="iso-8859-2")


@M("dcfs-request-bipolar-parent", "restricted",
   "mental health: child-welfare caseworker requests a named parent's therapy attendance, bipolar diagnosis and lithium adherence")
def _():
    return mail(ad("Gloria Benitez", "gbenitez@" + DCFS), KOWAL,
                "Records request - Amber Kolodziej (dependency case 26-DP-0233)", D("12-03 15:44"), outlook(T("""
        Ms. Kowal,

        I'm the ongoing caseworker for Amber's two children. The court review
        hearing is 12/17. Under the release she signed (attached to my 11/20
        e-mail) I need a treatment summary: her attendance since September,
        her diagnosis (she tells me bipolar I), whether she is taking the
        lithium as prescribed, and your view of her progress on the safety
        goals in the family service plan.

        Could I have it by 12/11?

        Thank you,
        Gloria Benitez, Caseworker II
        County Department of Children and Family Services
        (814) 555-0158
        """)))


@M("probation-iop-attendance", "restricted",
   "substance use: counsellor reports a named probationer's IOP attendance and UDS under a Part 2 consent, over the quoted request")
def _():
    return mail(DELACROIX, ad("Luis Reyes", "lreyes@" + COURT), "RE: Attendance verification - Dustin Kopec",
                D("12-01 14:12"), text(T("""
        Officer Reyes,

        Per the consent Dustin signed on 11/18 (disclosure limited to
        attendance and drug screen results):

        - IOP groups in November: attended 7 of 9; missed 11/12 and 11/24
          (both excused, work schedule)
        - UDS 11/10, 11/17, 11/30: negative. 11/24: not collected.

        This information has been disclosed to you from records protected by
        federal confidentiality rules (42 CFR Part 2), which prohibit further
        disclosure without his written consent.

        Marcus Delacroix, CADC

        -----Original Message-----
        From: Luis Reyes <lreyes@harlan-courts.test>
        Sent: Monday, November 30, 2026 4:05 PM
        To: Marcus Delacroix <mdelacroix@riverbend-cbh.example.org>
        Subject: Attendance verification - Dustin Kopec

        Marcus - Dustin Kopec has a violation hearing 12/10. Can you confirm
        his IOP attendance and screens for November? Thanks. Luis Reyes,
        Adult Probation
        """)), extra=["Thread-Topic: Attendance verification - Dustin Kopec"])


@M("mawid-qalaq", "restricted",
   "mental health: a named client moves her therapy session and reports returning panic attacks and escitalopram nausea", lang="ar")
def _():
    body = T("""
        الأستاذة نادية، مرحباً.

        أنا سلمى حداد. لا أستطيع الحضور يوم الثلاثاء لأن ابني مريض. هل يمكن
        تغيير موعد جلسة العلاج إلى يوم الخميس؟

        نوبات الهلع رجعت هذا الأسبوع مرتين في السوبرماركت، والدواء الذي وصفه
        الطبيب (إسيتالوبرام) يسبب لي الغثيان.

        شكراً لك،
        سلمى
        """)
    return mail(ad("سلمى حداد", "salma.haddad@example.com", "windows-1256"), FAROUK,
                "تغيير موعد الجلسة", D("12-07 08:03"),
                text(body, cs="windows-1256", cte="base64"), scs="windows-1256")


# ======================================================================
# phi (52)
# ======================================================================
IC_NURSE = ad("Grace Okafor-Lund, RN", "gokaforlund@" + RB)   # integrated primary care nurse


@M("subject-a1c-albrecht-faxed", "phi",
   "Subject alone carries a named client's DOB, A1c 9.2 and primary-care follow-up; the body is 'done, faxed'")
def _():
    return mail(FERREIRA, IC_NURSE, "RE: Thomas Albrecht DOB 03/14/1979 - A1c 9.2, needs PCP f/u",
                D("11-30 11:20"), text("done, faxed to Eastside.\n\nSam\n"), reply="<a1c-albrecht-1130@riverbend-cbh.example.org>")


@M("display-name-wound-care-holiday", "phi",
   "borderline: a holiday-hours notice whose only health content is the recipient's display name (wound care Tue/Thu at Eastside)")
def _():
    return mail(ad("Riverbend Transportation", "transport@" + RB),
                ad("Ruben Ortiz (wound care Tue/Thu - Eastside)", "rortiz.1955@example.net"),
                "Van schedule over the holidays", D("12-07 10:00"), text(T("""
        Hello,

        Riverbend vans will not run on Thursday 12/24, Friday 12/25 or Friday
        1/1. Rides booked for those days will be moved to the next business
        day unless you call to change them.

        To book or change a ride, call (814) 555-0135, Monday to Friday,
        8:00 to 4:30.

        Riverbend Transportation
        """)))


@M("scan-filename-a1c-lipids", "phi",
   "borderline: scanner mail; a named client's DOB and A1c/lipid labs appear only in the PDF's file name")
def _():
    p = pdf(["RICOH IM C3000 - scanned image", "Page 1 of 1", "(image only - no text layer)"], title="Scan")
    return mail(ad("RICOH Scanner 2F", "scanner-2f@" + RB), IC_NURSE, "Scanned from RICOH IM C3000",
                D("12-01 14:02"), mixed(text(T("""
        Device: RICOH IM C3000 (2F copy room)
        Pages: 1
        Resolution: 300 dpi
        """)), att("application/pdf", p, "Hartwell_Denise_DOB1962-07-19_A1c_lipids.pdf")))


@M("dental-pa-approved-pdf", "phi",
   "only the plain-text PDF names the member, her ID and an approved tooth extraction")
def _():
    p = pdf([
        "HERONWOOD COMMUNITY HEALTH PLAN - DENTAL PRIOR AUTHORIZATION",
        "Notice date: 12/01/2026",
        "Member: Gloria Pruitt     Member ID: HW-40917735     DOB: 05/12/1967",
        "Treating dentist: Eastside Dental, Harlan",
        "Procedure: D7210 surgical extraction, tooth #19; D7953 bone graft - DENIED",
        "Decision: D7210 APPROVED, valid through 03/01/2027",
        "Authorization: DPA-2026-118062",
    ], title="Dental PA")
    return mail(ad("Heronwood CHP Dental", "dental-pa@" + HCHP), FERREIRA, "Authorization notice",
                D("12-01 12:12"), mixed(text("Please see the attached notice.\n\nHeronwood CHP Dental Services\n"),
                                       att("application/pdf", p, "DPA-2026-118062.pdf")))


@M("care-gap-file-csv", "phi",
   "only the CSV lists named members with IDs, DOBs and missing diabetes care (A1c, eye exam)")
def _():
    rows = T("""
        member_id,last_name,first_name,dob,measure,last_service,gap
        HW-40288193,Albrecht,Thomas,1979-03-14,HbA1c test,2026-11-24,A1c >9 not rechecked
        HW-41100274,Dube,Sipho,1971-10-02,Diabetic eye exam,2024-08-19,no eye exam in 2026
        HW-43377120,Hartwell,Denise,1962-07-19,Kidney health evaluation,,no uACR in 2026
        HW-44910365,McAllister,Jean,1958-01-27,Statin therapy,2026-03-02,PDC 0.61
        HW-46005531,Quezada,Ramon,1984-12-09,HbA1c test,,no A1c in 2026
        """)
    return mail(ad("Heronwood CHP Quality", "quality@" + HCHP), ad("Riverbend Care Coordination", "carecoord@" + RB),
                "December care-gap file - Riverbend", D("12-01 07:30"),
                mixed(text(T("""
        Hello,

        This month's care-gap file is attached. Please work the open gaps by
        12/31 so they count toward the 2026 measurement year.

        Heronwood CHP Quality Team
        """)), att("text/csv", rows, "riverbend_caregaps_202612.csv", cte="7bit", cs="us-ascii")))


@M("fhir-ed-encounter-bundle", "phi",
   "only the FHIR bundle names the patient, MRN, DOB and an ED visit for an asthma exacerbation")
def _():
    b = {
        "resourceType": "Bundle", "id": "enc-notif-20261204-0071", "type": "message",
        "timestamp": "2026-12-04T06:12:00-05:00",
        "entry": [
            {"resource": {"resourceType": "MessageHeader", "id": "mh1",
                          "eventCoding": {"system": "http://example.org/fhir/events", "code": "encounter-discharge"},
                          "source": {"name": "St. Brigid ADT", "endpoint": "https://fhir.stbrigid.example.org/notify"}}},
            {"resource": {"resourceType": "Patient", "id": "p1",
                          "identifier": [{"system": "https://stbrigid.example.org/mrn", "value": "SB-00398120"}],
                          "name": [{"family": "Okoro", "given": ["Chidinma"]}],
                          "birthDate": "1993-06-04", "gender": "female"}},
            {"resource": {"resourceType": "Encounter", "id": "e1", "status": "finished",
                          "class": {"code": "EMER", "display": "emergency"},
                          "period": {"start": "2026-12-03T22:40:00-05:00", "end": "2026-12-04T05:55:00-05:00"},
                          "reasonCode": [{"text": "Asthma exacerbation, moderate"}],
                          "subject": {"reference": "Patient/p1"}}},
            {"resource": {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
                          "medicationCodeableConcept": {"text": "prednisone 40 mg daily x5 days"},
                          "subject": {"reference": "Patient/p1"}}},
        ],
    }
    data = json.dumps(b, indent=2).encode()
    return mail(ad("St. Brigid Encounter Notifications", "enotify@" + SBH), ad("Riverbend Care Coordination", "carecoord@" + RB),
                "Encounter notification (FHIR R4)", D("12-04 06:13"),
                mixed(text("An encounter notification for an attributed patient is attached.\n"),
                      att("application/fhir+json", data, "bundle-enc-notif-20261204-0071.json")))


@M("hl7-oru-a1c-live", "phi",
   "the attached live HL7 ORU carries a named patient's MRN, DOB and HbA1c result")
def _():
    msg = hl7([
        "MSH|^~\\&|TRIRIVER|TRILAB|TALLIS|RIVERBEND|202612021510||ORU^R01|TR88120455|P|2.5.1",
        "PID|1||RB0051187^^^RIVERBEND^MR||QUEZADA^RAMON||19841209|M",
        "ORC|RE|LAB-229014",
        "OBR|1|LAB-229014||4548-4^Hemoglobin A1c^LN|||202612020830",
        "OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.7|%|4.0-5.6|H|||F",
        "OBX|2|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F",
    ])
    return mail(ad("Tri-River Lab Results", "results@tririverlab.example.com"), IC_NURSE,
                "Result delivered - LAB-229014", D("12-02 15:11"),
                mixed(text("Result for the order you placed is attached (HL7 2.5.1).\n"),
                      att("application/hl7-v2", msg, "TR88120455.hl7")))


@M("ics-dental-extraction-van", "phi",
   "only the ICS names the client and her dental extraction appointment")
def _():
    cal = ics("REQUEST", "van-20261210-0915-pruitt@" + RB, "20261210T091500", "20261210T120000",
              "VAN: Gloria Pruitt - Eastside Dental (extraction #19) - wheelchair",
              desc="Pick up 8:30 at 40 Tanner St. Return after procedure; she will be sedated, escort required.",
              loc="Eastside Dental, 600 Grant Ave",
              org=("Sam Ferreira", "sferreira@" + RB), att=[("Transportation", "transport@" + RB)])
    return mail(FERREIRA, ad("Riverbend Transportation", "transport@" + RB), "adding to van schedule",
                D("12-02 09:05"), mixed(text("see invite\n"),
                                       Part("text/calendar", cal, cs="utf-8", cte="7bit", fn="van.ics",
                                            disp="attachment", params=["method=REQUEST"])))


@M("wc-first-report-docx", "phi",
   "only the DOCX gives an employee's ID and her back strain from lifting, for a workers' compensation report")
def _():
    doc = docx([
        "EMPLOYER'S FIRST REPORT OF WORK INJURY",
        "Employer: Riverbend Community Behavioral Health",
        "Employee: Rosalind Achterberg     Employee ID: E-004318     Job: Residential Aide, Cedar House",
        "Date of injury: 11/29/2026 21:15",
        "Description: lifting a 40 lb laundry bin; felt pain in lower back.",
        "Nature of injury: lumbar strain. Treated at St. Brigid urgent care 11/30; ibuprofen, no lifting > 10 lb for 2 weeks.",
        "Lost time: 11/30 - 12/04. Expected return: 12/07 light duty.",
        "Carrier: Tri-County Comp Mutual, policy WC-55102-26",
    ])
    return mail(DUNMORE, ad("Dana Whitcomb", "dwhitcomb@" + RB), "First report - needs your signature",
                D("12-01 10:31"), mixed(text(T("""
        Dana, please sign page 1 and send it back today so I can file with the
        carrier by the deadline.

        Alicia
        """)), att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc,
                   "FROI_E-004318.docx")))


@M("portal-your-physical-flu-shot", "phi",
   "HTML-only portal mail to the patient about his annual physical, fasting labs and flu shot")
def _():
    h = T("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <h3 style="color:#1d5a7a">Riverbend Integrated Primary Care</h3>
        <p>Hi Terrence,</p>
        <p>Your annual physical with Grace Okafor-Lund, RN and Dr. Lin is booked for
        <b>Tuesday, December 8 at 8:00 AM</b>. Please come fasting (water is fine)
        so we can draw your cholesterol and sugar labs, and we will give your flu shot
        at the same visit.</p>
        <p><a href="https://portal.riverbend-cbh.example.org/appts">View or change your appointment</a></p>
        </body></html>
        """)
    return mail(ad("Riverbend Patient Portal", "noreply@portal." + RB), ad("Terrence Gaither", "tgaither@example.com"),
                "Your upcoming visit", D("12-04 07:00"), html(h))


@M("secure-tag-test-send", "phi",
   "borderline: [secure]-tagged test message with no patient content (marked by the sender, so at least phi)")
def _():
    return mail(YOON, CASTELLANO, "[secure] test - please confirm you can open", D("12-02 16:20"),
                text(T("""
        Ruth - testing the new encryption rule after the gateway update. Please
        reply if this arrived through the secure portal.

        Derek
        """)))


@M("x-sensitivity-as-discussed", "phi",
   "borderline: X-Sensitivity header set by the sender; the body says only 'as discussed' (marked, so at least phi)")
def _():
    return mail(OSEI, ad("Keystone Valley Provider Relations", "provrel@" + KVHP), "as discussed",
                D("12-03 14:40"), text("As discussed on the phone. Thanks, Frank\n"),
                extra=["X-Sensitivity: confidential-phi"])


@M("mom-fell-er-visit", "phi",
   "borderline: a daughter writes from her phone about 'Mom' (identifiable through the family name) falling, an ER visit and hip X-ray")
def _():
    return mail(ad("Tanya Greer", "tanyagreer.h@example.com"), FERREIRA, "Mom", D("12-05 18:22"), text(T("""
        Sam its Tanya (Mrs Greer's daughter). Mom fell in the bathroom
        last night, we were at St Brigid ER til 3am. xray shows no break in
        her hip thank god but her wrist is sprained and they want her to see
        ortho next week. she cant use her walker right now. can the van take
        her Tuesday? I have to work

        Sent from my Galaxy
        """)))


@M("abuela-rosa-azucar", "phi",
   "a grandson writes about Abuela Rosa's glucose readings and insulin doses to the primary-care nurse", lang="es")
def _():
    body = T("""
        Hola Grace,

        Le escribo por mi abuela Rosa Delgado (la paciente de los martes con
        el Dr. Lin). Esta semana el azúcar en la mañana le ha salido así:

        lunes 238, martes 251, miércoles 197, jueves 262

        Se pone 18 unidades de la insulina Lantus en la noche y toma la
        metformina. Dice que tiene mucha sed y se levanta a orinar. ¿Le
        subimos la insulina o la traemos antes de la cita del 15?

        Gracias,
        Julián Delgado
        """)
    return mail(ad("Julián Delgado", "julian.delgado@example.com"), IC_NURSE,
                "Azúcar de mi abuela Rosa", D("12-04 20:40"), text(body, cs="utf-8", cte="quoted-printable"))


@M("fmla-knee-surgery-leave", "phi",
   "HR mail gives an employee's ID with her knee replacement surgery date and leave")
def _():
    return mail(DUNMORE, ad("Payroll", "payroll@" + RB), "FMLA - E-002871 starting 12/14", D("12-02 11:05"), outlook(T("""
        Hi payroll team,

        Marisol Ferrante (E-002871, Billing) is approved for continuous FMLA
        12/14/2026 - 2/5/2027 for her right total knee replacement on 12/15.
        Her surgeon's certification is in the HR file. She will use PTO for
        the first two weeks and then short-term disability.

        Alicia Dunmore
        Human Resources
        """)))


@M("employee-ppd-positive-xray", "phi",
   "employee health: a named employee's positive TB skin test and chest X-ray referral")
def _():
    return mail(ad("Employee Health", "employeehealth@" + RB), ad("Nathaniel Osterberg", "nosterberg@" + RB),
                "Your TB screening", D("12-03 09:30"), text(T("""
        Nathaniel,

        Your TB skin test read today at 14 mm, which is positive. This does not
        mean you have active TB, but we need a chest X-ray before you return to
        Cedar House shifts. An order for Thursday at St. Brigid Imaging has been
        placed under employee ID E-005102. Please bring the order sheet.

        Employee Health - Riverbend CBH
        """)))


@M("preemployment-screen-mro", "phi",
   "borderline: a pre-employment drug screen (amphetamine, verified prescription) for a named applicant is not substance-use treatment")
def _():
    return mail(ad("Keel MRO Services", "mro@keelmro.example.com"), DUNMORE,
                "MRO verified result - applicant Jessamyn Ruiz", D("12-02 13:48"), text(T("""
        Donor:       Jessamyn Ruiz
        Specimen ID: K26-0091842
        Test reason: Pre-employment
        Lab result:  Amphetamine POSITIVE (d-amphetamine)
        MRO review:  Legitimate medical explanation verified (valid
                     prescription). Reported to employer as NEGATIVE.

        Keel MRO Services
        """)))


@M("school-asthma-action-plan", "phi",
   "a school nurse asks for a named student's asthma action plan and inhaler order")
def _():
    return mail(ad("Bridget Halloran, RN", "bhalloran@" + FUSD), IC_NURSE, "Inhaler at school - Mateo Sandoval",
                D("12-01 08:55"), text(T("""
        Good morning,

        Mateo Sandoval (4th grade, Lincoln Elementary, DOB 03/30/2017) used his
        albuterol twice at school this week. The inhaler we have expires
        12/31, and his asthma action plan on file is from 2024. Could Dr. Lin
        sign a new action plan and medication authorization so he can carry
        his inhaler? Mom says she'll pick up a new inhaler for school.

        Bridget Halloran, RN
        School Nurse, Fairmont Unified
        """)))


@M("foster-immunization-request", "phi",
   "child-welfare request for a named foster child's immunization record and well-child visit")
def _():
    return mail(ad("Gloria Benitez", "gbenitez@" + DCFS), IC_NURSE, "Immunizations for Kayden W. (DOB 09/14/2021)",
                D("12-04 10:17"), text(T("""
        Hi,

        Kayden Whitlock (DOB 09/14/2021) was placed with a kinship caregiver
        on 12/1. Pre-K needs his immunization record and his last well-child
        exam; the caregiver thinks he is behind on MMR and DTaP. He was seen at
        your integrated clinic with his mother in June. The placement order is
        attached to my earlier e-mail.

        Gloria Benitez, Caseworker II, DCFS
        """)))


@M("probation-knee-community-service", "phi",
   "a probation officer asks about a named person's knee surgery and restrictions for community service")
def _():
    return mail(ad("Luis Reyes", "lreyes@" + COURT), FERREIRA, "Walter Simms - community service hours",
                D("12-07 11:40"), text(T("""
        Sam,

        Walter Simms tells me he had arthroscopic knee surgery on 11/20 and
        can't do the park cleanup crew. Can you get me a note from his
        surgeon with his restrictions and how long they last? Otherwise I
        have to report him as non-compliant on the 12/14 review.

        Luis Reyes, Adult Probation
        """)))


@M("pa-insulin-glargine-member", "phi",
   "pharmacy prior-auth request for a named member's insulin with member ID")
def _():
    return mail(ad("Millbrook Pharmacy", "rx@" + MRX), IC_NURSE, "PA needed - Delgado, Rosa - insulin glargine",
                D("12-07 09:25"), text(T("""
        Patient:  DELGADO, ROSA   DOB 1949-02-11
        Plan:     Heronwood CHP   Member ID HW-39018824
        Drug:     insulin glargine U-100 pen, 15 mL
        Reject:   75 - prior authorization required (non-preferred brand)
        Preferred alternative on the plan: insulin glargine-yfgn

        Please submit PA or send a new Rx for the preferred product.
        Millbrook Pharmacy, (814) 555-0148
        """)))


@M("eob-ambulance-denied", "phi",
   "an EOB-style notice of a denied ambulance claim with claim number for a named member")
def _():
    return mail(ad("Keystone Valley Health Plan", "eob@" + KVHP), ad("Joanne Pritchard", "jpritchard61@example.net"),
                "Your Explanation of Benefits is available", D("12-03 05:40"), outlook(T("""
        Dear Joanne Pritchard,

        We processed a claim for you.

        Claim number:   KV-26-3390157
        Provider:       Harlan County EMS
        Service date:   11/09/2026
        Service:        ground ambulance, emergency (A0427, A0425 x 6 miles)
        Billed:         $1,284.00
        Plan paid:      $0.00
        Reason:         prior authorization / medical necessity not shown
        You may owe:    $1,284.00

        You have 180 days to appeal. Member Services: (814) 555-0112.
        """)))


@M("statement-office-visit-balance", "phi",
   "billing statement to a named client for a primary-care visit with account number and balance")
def _():
    return mail(ad("Riverbend Billing Office", "billing@" + RB), ad("Andre Whitfield", "andre.whitfield@example.com"),
                "Statement for account 700381-2", D("12-01 06:00"), text(T("""
        Dear Andre Whitfield,

        Account:        700381-2
        Date of service 10/28/2026  Riverbend Integrated Primary Care
          99213 office visit, established            $145.00
          87880 rapid strep test                      $32.00
          Insurance paid (Keystone Valley)          -$118.40
          Patient responsibility (copay)              $58.60

        Amount due by 12/31/2026: $58.60
        Pay online at https://pay.riverbend-cbh.example.org or call (814) 555-0131.
        """)))


@M("hospital-cellulitis-admit", "phi",
   "hospital liaison tells the case manager a named client is admitted for leg cellulitis on IV antibiotics")
def _():
    return mail(ad("Kiera Dunphy, RN CM", "kdunphy@" + SBH), FERREIRA, "Your client on 4 West", D("12-06 13:15"), outlook(T("""
        Hi Sam,

        Letting you know Harold Nygaard (DOB 04/22/1960) came in through the
        ED last night and was admitted to 4 West with cellulitis of the left
        lower leg. He's on IV cefazolin, likely 3-4 days. He asked us to call
        you about his cat and his mail. Discharge planning will reach out
        about home health for wound care.

        Kiera Dunphy, RN Case Manager
        St. Brigid Regional Hospital
        """)))


@M("bp-recheck-hctz-shorthand", "phi",
   "integrated-care nurse shorthand: a named client's blood pressure, new HCTZ and recheck")
def _():
    return mail(IC_NURSE, LIN, "BP - Gaither T.", D("12-08 09:12"), text(T("""
        Gaither, Terrence  MRN RB0048820  DOB 11/05/1971
        BP 168/102 L arm, 164/98 repeat, HR 84
        no HA/CP/SOB, out of amlodipine x 1 wk
        restarted amlodipine 10 mg, + HCTZ 12.5 mg per your verbal
        BMP today, recheck BP 2 wks (12/22)
        -GOL
        """)))


@M("re-your-cholesterol-results", "phi",
   "nurse reply to the patient explaining her cholesterol results, over her quoted question")
def _():
    return mail(IC_NURSE, ad("Priscilla Nwankwo", "pnwankwo@example.com"), "Re: my blood work", D("12-09 14:05"), text(T("""
        Hi Priscilla,

        Your LDL cholesterol came back at 164 and your triglycerides at 210,
        both higher than we'd like. Your kidney and liver tests were normal.
        Dr. Lin would like to start atorvastatin 20 mg; the prescription is at
        Millbrook. We'll recheck in 3 months.

        Grace

        On Wed, Dec 9, 2026, Priscilla Nwankwo <pnwankwo@example.com> wrote:
        > Hi, I saw the portal said my results are in. Is everything ok?
        > Priscilla
        """)))


@M("pai-hemodialise-transporte", "phi",
   "a son writes about his named father's dialysis schedule and transport", lang="pt")
def _():
    body = T("""
        Bom dia, Sam.

        Sou o Rui, filho do Sr. Armando Teixeira. O meu pai começou a
        hemodiálise na clínica da Grant Avenue na segunda, terças, quintas e
        sábados às 6h. A van da Riverbend consegue levá-lo nesses dias? O
        seguro dele é Heronwood, número HW-42201947.

        Obrigado,
        Rui Teixeira
        """)
    return mail(ad("Rui Teixeira", "rui.teixeira@example.com", "iso-8859-1"), FERREIRA,
                "Transporte do meu pai para a hemodiálise", D("12-03 07:50"),
                text(body, cs="iso-8859-1", cte="8bit"), scs="iso-8859-1")


@M("ulcere-pied-rendez-vous", "phi",
   "a wife asks about her named husband's diabetic foot ulcer appointment", lang="fr")
def _():
    body = T("""
        Bonjour,

        Je suis l'épouse de M. Didier Kabongo. La plaie sous son pied gauche ne
        guérit pas depuis trois semaines et elle sent mauvais depuis hier.
        Son diabète n'est pas bien contrôlé. Est-ce que l'infirmière peut le
        voir avant son rendez-vous de podologie du 18 décembre ?

        Merci beaucoup,
        Clarisse Kabongo
        """)
    return mail(ad("Clarisse Kabongo", "ckabongo@example.net"), IC_NURSE, "Rendez-vous pour le pied de mon mari",
                D("12-08 16:30"), text(body, cs="utf-8", cte="quoted-printable"))


@M("impfpass-tetanus-vater", "phi",
   "a daughter asks for her named father's tetanus and pneumococcal vaccination record", lang="de")
def _():
    body = T("""
        Sehr geehrte Damen und Herren,

        mein Vater, Herr Klaus Bäumer (geb. 12.08.1951), wurde im Oktober in
        Ihrer Praxis gegen Tetanus und Pneumokokken geimpft. Er hat seinen
        Impfpass verloren und braucht für die Reha nach seiner Knieoperation
        einen Nachweis. Können Sie mir die Impfdaten schicken? Eine Vollmacht
        liegt bei Ihnen vor.

        Mit freundlichen Grüßen
        Sabine Bäumer-Koch
        """)
    return mail(ad("Sabine Bäumer-Koch", "sabine.baeumer@example.de.test", "iso-8859-1"), IC_NURSE,
                "Impfnachweis für meinen Vater", D("12-02 14:10", "+0100"),
                text(body, cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", smode="Q")


@M("colonscopia-preparazione", "phi",
   "a named client asks about colonoscopy prep and her referral", lang="it")
def _():
    body = T("""
        Buongiorno Grace,

        sono Lucia Ferraro. Il gastroenterologo mi ha fissato la colonscopia
        per il 17 dicembre al St. Brigid. Non ho capito bene la preparazione:
        devo smettere la metformina il giorno prima? E l'aspirina?
        Il foglio della preparazione che mi hanno dato è solo in inglese.

        Grazie mille,
        Lucia
        """)
    return mail(ad("Lucia Ferraro", "lucia.ferraro@example.com"), IC_NURSE, "Preparazione per la colonscopia",
                D("12-06 10:22"), text(body, cs="utf-8", cte="8bit"))


@M("yeye-xueya-yao", "phi",
   "a grandson asks for his named grandfather's blood-pressure medicine refill", lang="zh")
def _():
    body = T("""
        您好，

        我是陈伟，爷爷陈国强（1946年5月3日出生）的孙子。爷爷的降压药
        氨氯地平（每天5毫克）只剩三天了，能不能请林医生再开一个月的药，
        送到Millbrook药房？他上周量的血压是150/92。

        谢谢！
        陈伟
        """)
    return mail(ad("陈伟", "chenwei.h@example.com", "gb2312"), IC_NURSE, "爷爷的降压药",
                D("12-05 09:48"), text(body, cs="gb2312", cte="base64"), scs="gb2312")


@M("adeul-cheonsik-heubipgi", "phi",
   "a mother asks for her named son's asthma inhaler refill and school form", lang="ko")
def _():
    body = T("""
        안녕하세요,

        김민준(2015년 7월 21일생) 엄마입니다. 민준이가 요즘 밤에 기침을
        많이 하고 흡입기(알부테롤)를 하루에 세 번 정도 씁니다. 흡입기가
        거의 다 떨어졌어요. 처방전을 다시 보내 주실 수 있을까요?
        학교에 낼 천식 관리 서류도 필요합니다.

        감사합니다.
        이수진 드림
        """)
    return mail(ad("이수진", "sujin.lee@example.com", "euc-kr"), IC_NURSE, "민준이 흡입기 처방",
                D("12-07 21:05"), text(body, cs="euc-kr", cte="base64"), scs="euc-kr")


@M("kekkaku-kensa-ryugakusei", "phi",
   "a named exchange student asks about her positive TB blood test result and the chest X-ray", lang="ja")
def _():
    body = T("""
        グレース様

        留学生の佐藤美咲です（生年月日2007年4月9日）。
        先週の結核の血液検査（クオンティフェロン）が陽性だったと
        学校から連絡がありました。胸のレントゲンはいつ受けられますか。
        ホストファミリーの家に来週まで戻れないと言われて、とても心配です。

        よろしくお願いします。
        佐藤美咲
        """)
    return mail(ad("佐藤美咲", "misaki.sato@example.jp.test", "shift_jis"), IC_NURSE, "結核の検査結果について",
                D("12-04 17:20"), text(body, cs="shift_jis", cte="base64"), scs="shift_jis")


@M("lolo-sugat-dressing", "phi",
   "a home caregiver writes about a named elderly man's wound dressing and antibiotics", lang="tl")
def _():
    body = T("""
        Magandang umaga po Nurse Grace,

        Ako po si Maricel, ang caregiver ni Lolo Ernesto Dizon. Yung sugat po
        sa binti niya ay namumula pa rin at may nana kaninang umaga nang
        palitan ko ang dressing. Tatlong araw na po siyang umiinom ng
        antibiotic (cephalexin). Dadalhin ko po ba siya sa clinic ngayon o
        hintayin ang appointment sa Huwebes?

        Salamat po,
        Maricel Santos
        """)
    return mail(ad("Maricel Santos", "maricel.santos@example.com"), IC_NURSE, "Sugat ni Lolo Ernesto",
                D("12-08 07:35"), text(body))


@M("tallaal-ilmaha-ballan", "phi",
   "a mother asks to book her named daughter's overdue vaccinations", lang="so")
def _():
    body = T("""
        Asc Grace,

        Waxaan ahay Hodan Warsame. Gabadhayda Ayaan Warsame (dhalatay
        2022-01-30) waxay u baahan tahay tallaalada ka dhiman ee dugsiga
        (MMR iyo polio). Ma ii qaban kartaa ballan Khamiista ama Jimcaha?
        Waxaan u baahanahay turjubaan Soomaali ah.

        Mahadsanid,
        Hodan
        """)
    return mail(ad("Hodan Warsame", "hodanw@example.com"), IC_NURSE, "Ballan tallaal - Ayaan",
                D("12-03 12:10"), text(body))


@M("ayin-mirmera-menetsir", "phi",
   "a named client asks about his eye exam result and glasses covered by Medicaid", lang="am")
def _():
    body = T("""
        ሰላም ሳም፣

        እኔ ተስፋዬ በቀለ ነኝ። ባለፈው ሳምንት የዓይን ምርመራ አድርጌ ሐኪሙ
        መነጽር ያስፈልግሃል አለኝ፣ የስኳር በሽታ ዓይኔን አልጎዳውም ብሏል። ኢንሹራንሴ
        (Heronwood) መነጽሩን ይከፍላል? የት ልሂድ?

        አመሰግናለሁ፣
        ተስፋዬ
        """)
    return mail(ad("Tesfaye Bekele", "tesfaye.bekele@example.com"), FERREIRA, "የዓይን መነጽር",
                D("12-09 11:45"), text(body, cs="utf-8", cte="base64"))


@M("hepatyt-b-rezultat", "phi",
   "a named client asks about her hepatitis B screening result and the specialist referral", lang="uk")
def _():
    body = T("""
        Добрий день, Грейс!

        Це Оксана Мельник. Мені зателефонували, що аналіз на гепатит B
        позитивний (HBsAg). Що це означає? Лікар Лін сказав, що треба
        направлення до гепатолога в St. Brigid. Чи вже відправили
        направлення? Мені також треба перевірити дітей?

        Дякую,
        Оксана
        """)
    return mail(ad("Оксана Мельник", "oksana.melnyk@example.com", "koi8-u"), IC_NURSE,
                "Результат аналізу на гепатит", D("12-08 13:02"),
                text(body, cs="koi8-u", cte="8bit"), scs="koi8-u")


@M("pitaji-sugar-jaanch", "phi",
   "a son asks about his named father's diabetes lab appointment and fasting", lang="hi")
def _():
    body = T("""
        नमस्ते ग्रेस जी,

        मैं राजेश शर्मा, श्री मोहनलाल शर्मा (जन्म 1952) का बेटा हूँ। पिताजी की
        शुगर की जाँच (HbA1c) और किडनी टेस्ट 10 दिसंबर को है। क्या उन्हें खाली
        पेट आना होगा? वे सुबह इंसुलिन लेते हैं, तो उस दिन लें या नहीं?

        धन्यवाद,
        राजेश
        """)
    return mail(ad("Rajesh Sharma", "rajesh.sharma@example.com"), IC_NURSE, "पिताजी की शुगर जाँच",
                D("12-07 08:40"), text(body, cs="utf-8", cte="base64"))


@M("gebelik-kontrol-randevu", "phi",
   "borderline: a husband asks about his named wife's prenatal ultrasound appointment; pregnancy care is not contraception, abortion or fertility",
   lang="tr")
def _():
    body = T("""
        Merhaba,

        Eşim Elif Yıldız 22 haftalık hamile. Eastside'daki ultrason randevusu
        iptal edilmiş, yeni tarih için kimse aramadı. Demir ilacı da bitti.
        Randevuyu bu hafta yeniden alabilir miyiz? Türkçe tercüman lazım.

        Teşekkürler,
        Murat Yıldız
        """)
    return mail(ad("Murat Yıldız", "murat.yildiz@example.com", "iso-8859-9"), FERREIRA,
                "Eşimin ultrason randevusu", D("12-02 19:10"),
                text(body, cs="iso-8859-9", cte="quoted-printable"), scs="iso-8859-9", smode="Q")


@M("darkhast-parvande-mri", "phi",
   "a named client asks for his MRI and back-injury records for a disability application", lang="fa")
def _():
    body = T("""
        سلام خانم گریس،

        من کاوه رضایی هستم. برای درخواست از کارافتادگی به پرونده‌ام نیاز دارم:
        نتیجه ام‌آر‌آی کمرم (دیسک L4-L5) و نامه دکتر لین درباره درد و
        محدودیت‌های کاری. لطفاً بگویید چه فرمی را باید امضا کنم.

        با تشکر،
        کاوه رضایی
        """)
    return mail(ad("Kaveh Rezaei", "kaveh.rezaei@example.com"), IC_NURSE, "درخواست پرونده پزشکی",
                D("12-09 16:18"), text(body, cs="utf-8", cte="base64"))


@M("daily-ed-alert-table", "phi",
   "a plan's daily ED-visit alert lists named members with IDs and reasons (chest pain, asthma, fall)")
def _():
    return mail(ad("Heronwood CHP Care Alerts", "alerts@" + HCHP), ad("Riverbend Care Coordination", "carecoord@" + RB),
                "Daily ED/inpatient alerts - 12/07/2026", D("12-07 06:30"), text(T("""
        Attributed members with ED or inpatient events in the last 24 hours:

        MEMBER ID     NAME               FACILITY        TYPE  REASON
        HW-40071562   Greer, Lorraine    St. Brigid      ED    fall, wrist sprain
        HW-41870339   Okoro, Chidinma    St. Brigid      ED    asthma exacerbation
        HW-43318045   Nygaard, Harold    St. Brigid      IP    cellulitis, L leg
        HW-47702218   Banda, Yusuf       Harlan General  ED    chest pain, r/o MI

        Please document outreach within 72 hours.
        """)))


@M("nemt-trip-confirmation-dialysis", "phi",
   "transport broker confirms recurring dialysis rides for a named member with member ID")
def _():
    return mail(ad("RideLink NEMT", "trips@ridelink.example.com"), FERREIRA, "Trip confirmation RL-2026-559031",
                D("12-04 15:00"), text(T("""
        Trip request RL-2026-559031 is CONFIRMED.

        Member:       Armando Teixeira    Member ID: HW-42201947
        Purpose:      Hemodialysis (standing order)
        Pick-up:      6:00 AM Tue/Thu/Sat from 17 Birch Ct, Harlan
        Destination:  Grant Avenue Dialysis, 600 Grant Ave
        Return:       will-call
        Mobility:     ambulatory with cane

        Questions: RideLink, (814) 555-0119
        """)))


@M("nicotine-patch-quit-date", "phi",
   "borderline: a named client's nicotine patch and quit date from primary care (tobacco, not a listed substance-use treatment)")
def _():
    return mail(IC_NURSE, ad("Luz Carrera", "luzcarrera@example.net"), "Your quit plan", D("12-03 16:10"), text(T("""
        Hi Luz,

        Great talking with you today. As we planned: your quit date is Monday
        12/14. Start the 21 mg nicotine patch that morning, one a day, and use
        the 4 mg gum for cravings (up to 10 pieces a day). Millbrook has both
        ready under your name. I'll call you on 12/16 to see how it's going.

        Grace
        """)))


@M("hcv-treatment-pa-member", "phi",
   "primary-care prior auth for a named member's hepatitis C treatment with viral load and genotype")
def _():
    return mail(LIN, ad("Heronwood CHP Pharmacy PA", "rxpa@" + HCHP), "PA request - glecaprevir/pibrentasvir - HW-45590012",
                D("12-07 15:22"), text(T("""
        Member:        Devon Ashcroft, DOB 1989-09-17, ID HW-45590012
        Diagnosis:     chronic hepatitis C, genotype 1a, treatment-naive
        HCV RNA:       1,840,000 IU/mL (11/16/2026)
        Fibrosis:      FIB-4 1.02, no cirrhosis
        Request:       glecaprevir/pibrentasvir 100/40 mg, 3 tabs daily x 8 wks
        Prescriber:    Wen Lin, MD   NPI %s

        Please fax determination to (814) 555-0138.
        """ % DR_LIN_NPI)))


@M("merged-letter-annual-physical", "phi",
   "a mail-merged letter sent to a named client telling him he is due for his physical and diabetic foot exam")
def _():
    return mail(ad("Riverbend Integrated Primary Care", "primarycare@" + RB), ad("Ramon Quezada", "rquezada84@example.com"),
                "Ramon, you are due for your check-up", D("12-01 08:00"), text(T("""
        Dear Ramon Quezada,

        Our records show you are due for your annual physical, a diabetic foot
        exam and your flu vaccine. Your last A1c (8.7 on 12/2) was above your
        goal, so Dr. Lin would like to see you before January 15.

        Please call (814) 555-0130 to schedule.

        Riverbend Integrated Primary Care
        """)))


@M("rx-ready-amoxicillin", "phi",
   "pharmacy notice to the patient that her amoxicillin prescription is ready, with Rx number")
def _():
    return mail(ad("Millbrook Pharmacy", "notify@" + MRX), ad("Kimberly Oduya", "koduya@example.com"),
                "Kimberly, your prescription is ready", D("12-05 12:44"), text(T("""
        Hi Kimberly,

        Your prescription is ready for pickup:

          Rx #6610284  amoxicillin 500 mg capsules, qty 30
          Prescriber: W. Lin, MD
          Copay: $3.00

        Millbrook Pharmacy, 310 Main St. Open until 9 PM.
        """)))


@M("ticket-wrong-chart-metabolic", "phi",
   "helpdesk ticket: a named client's metabolic panel was filed to the wrong chart")
def _():
    return mail(ad("Riverbend IT Helpdesk", "helpdesk@" + RB), YOON, "[Ticket #48120] Lab filed to wrong chart",
                D("12-08 10:50"), text(T("""
        Ticket #48120  Priority: High  Category: EHR / Results

        Reported by: Grace Okafor-Lund
        Description: Joan Pike's comprehensive metabolic panel from 12/4
        (potassium 5.9, creatinine 1.8) was attached to Joanne Pikes's chart
        (different DOB). Need it moved and the wrong chart corrected. The
        provider already called Joan about the potassium.
        """)))


@M("era-denial-claim-detail", "phi",
   "a remittance detail for a named client's primary-care claim with claim number and denial codes")
def _():
    return mail(ad("ClaimPath Clearinghouse", "era@claimpath.example.com"), OSEI, "ERA detail - claim 26336A0045",
                D("12-02 04:10"), text(T("""
        PAYER: KEYSTONE VALLEY HEALTH PLAN     CHECK/EFT: 000918273
        PATIENT: WHITFIELD, ANDRE    MEMBER: KV771002319
        CLAIM: 26336A0045   DOS 10/28/2026
          99213   BILLED 145.00  ALLOWED 118.40  PAID 59.80  PR-3 58.60
          87880   BILLED  32.00  ALLOWED   0.00  PAID  0.00  CO-97
        """)))


@M("podiatry-your-appointment-qp", "phi",
   "quoted-printable reminder to the patient about his podiatry appointment for diabetic nail care")
def _():
    return mail(ad("Riverbend Scheduling", "scheduling@" + RB), ad("Didier Kabongo", "dkabongo@example.net"),
                "Reminder: your appointment on December 18", D("12-11 09:00"), text(T("""
        Dear Didier Kabongo,

        This is a reminder of your appointment with the visiting podiatrist for diabetic foot and nail care on Friday, December 18, 2026 at 1:15 PM at Riverbend Integrated Primary Care, 1st floor.

        Please wear loose shoes and bring your glucose log. If you need to cancel, call (814) 555-0130 at least 24 hours ahead.
        """), cte="quoted-printable"))


@M("covid-return-to-work", "phi",
   "HR/employee health tells a named employee (with ID) about her positive COVID test and return-to-work date")
def _():
    return mail(ad("Employee Health", "employeehealth@" + RB), ad("Bernadette Lucero", "blucero@" + RB),
                "Return to work - E-003945", D("12-04 13:35"), text(T("""
        Bernadette,

        Thanks for reporting your positive COVID test from 12/2. Per policy you
        may return on Monday 12/7 if you have been fever-free for 24 hours
        without medicine and symptoms are improving. Please wear a mask on the
        unit through 12/12. Your absence is coded as sick leave under E-003945.

        Employee Health
        """)))


@M("housing-accommodation-amputation", "phi",
   "case manager's reasonable-accommodation letter for a named client who uses a wheelchair after an amputation")
def _():
    return mail(FERREIRA, ad("Harlan Housing Authority", "accommodations@hha.harlan.test"),
                "Reasonable accommodation request - Curtis Mayfield-Brown", D("12-08 14:30"), outlook(T("""
        To the Accommodations Coordinator,

        I am writing in support of Curtis Mayfield-Brown's request for a
        ground-floor unit. Since his below-knee amputation in August (related
        to diabetes) he uses a wheelchair and cannot manage the stairs at his
        current address, 212 Fulton St Apt 4C. His primary-care provider's
        verification form is attached to his application.

        Sam Ferreira, Case Manager
        Riverbend Community Behavioral Health
        """)))


@M("concussion-return-to-learn", "phi",
   "a school nurse shares a named student's concussion return-to-learn plan")
def _():
    return mail(ad("Bridget Halloran, RN", "bhalloran@" + FUSD), IC_NURSE, "Return-to-learn - Nevaeh Price",
                D("12-09 08:20"), text(T("""
        Hi Grace,

        Nevaeh Price (8th grade) had a concussion at the 12/5 basketball game.
        The ED note says no imaging findings. Her return-to-learn plan for the
        next two weeks: half days, no screens longer than 20 minutes, no
        tests, no PE. Can your office do her follow-up check and the
        return-to-play clearance?

        Bridget
        """)))


# ======================================================================
# none (70)
# ======================================================================
@M("hl7-zztest-oru-roundtrip", "none",
   "HL7 ORU test message for the ZZTEST patient with its ACK; no real person", trap=True)
def _():
    msg = hl7([
        "MSH|^~\\&|ARDENT|ARDENTTOX|TALLIS|RIVERBEND|202612021000||ORU^R01|TEST000001|T|2.5.1",
        "PID|1||ZZ0000001^^^RIVERBEND^MR||ZZTEST^PATIENT^ONE||19000101|U",
        "OBR|1|TEST-1||TOXOTP^Urine drug screen, OTP panel|||202612020955",
        "OBX|1|ST|FENT^Fentanyl||NEGATIVE||||||F",
        "OBX|2|ST|METH^Methadone||POSITIVE||||||F",
    ])
    ack = hl7(["MSH|^~\\&|TALLIS|RIVERBEND|ARDENT|ARDENTTOX|202612021000||ACK^R01|ACK000001|T|2.5.1",
               "MSA|AA|TEST000001"])
    return mail(YOON, ad("Ardent Interfaces", "interfaces@" + TOX), "RE: OTP panel ORU - test round trip OK",
                D("12-02 10:04"), mixed(text(T("""
        Hi Priyanka,

        Test message TEST000001 (processing ID T, ZZTEST patient) filed to
        the test chart and we returned AA. Both attached for your records.
        We're good to schedule the cutover for 12/10 after 6 PM.

        Derek Yoon
        Riverbend IT - Integration
        """)), att("application/hl7-v2", msg, "TEST000001.hl7"), att("application/hl7-v2", ack, "ACK000001.hl7")))


@M("fhir-capability-statement", "none",
   "a FHIR CapabilityStatement for the EHR's patient-access API; no patient", trap=True)
def _():
    cs = {"resourceType": "CapabilityStatement", "status": "active", "date": "2026-11-20",
          "kind": "instance", "fhirVersion": "4.0.1", "format": ["json"],
          "software": {"name": "Tallis EHR FHIR Server", "version": "8.2"},
          "implementation": {"description": "Riverbend patient access API", "url": "https://fhir.riverbend-cbh.example.org/r4"},
          "rest": [{"mode": "server", "security": {"service": [{"text": "SMART-on-FHIR"}],
                    "description": "Resources from Part 2 programs are excluded unless consent is on file."},
                    "resource": [{"type": t, "interaction": [{"code": "read"}, {"code": "search-type"}]}
                                 for t in ("Patient", "Encounter", "Condition", "MedicationRequest", "Observation", "Consent")]}]}
    return mail(ad("Tallis EHR Developer Support", "devsupport@tallis.example.com"), YOON,
                "CapabilityStatement for your sandbox", D("12-01 15:30"),
                mixed(text("Attached is the CapabilityStatement for the sandbox endpoint you registered.\n"),
                      att("application/fhir+json", json.dumps(cs, indent=2).encode(), "CapabilityStatement.json")))


@M("merge-template-appointment-letter", "none",
   "a mail-merge template with {{...}} placeholders for appointment letters; no person filled in", trap=True)
def _():
    return mail(GWEN, ad("Front Desk", "frontdesk@" + RB), "New appointment letter template - please use from Monday",
                D("12-04 11:15"), text(T("""
        Hi all, here's the revised template. Please don't edit the fields in
        braces, the scheduler fills them in.

        ---------------------------------------------------------------
        Dear {{client_first_name}} {{client_last_name}},

        This is to confirm your appointment with {{provider_name}},
        {{service_line}}, on {{appt_date}} at {{appt_time}} at
        {{location}}.

        If you cannot attend, please call us at (814) 555-0130.
        ---------------------------------------------------------------

        Gwen
        """)))


@M("promo-extended-release-bup-clinic", "none",
   "promotional mail announcing extended-release buprenorphine injections at the clinic; no individual", trap=True)
def _():
    h = T("""
        <html><body style="font-family:Arial">
        <h2>Monthly injection now offered at Mill Street</h2>
        <p>Riverbend's Opioid Treatment Program now offers extended-release
        buprenorphine injections for adults with opioid use disorder, in addition
        to methadone and daily buprenorphine. One injection a month: no daily
        trips, no take-home lockbox.</p>
        <p>Most plans, including Heronwood CHP and Keystone Valley, cover it with
        prior authorization. Ask your counselor or call (814) 555-0142.</p>
        <p><small>To unsubscribe, reply STOP.</small></p>
        </body></html>
        """)
    t = ("Monthly injection now offered at Mill Street\n\nRiverbend's Opioid Treatment Program now offers "
         "extended-release buprenorphine injections for adults with opioid use disorder.\n"
         "Ask your counselor or call (814) 555-0142.\n")
    return mail(ad("Riverbend CBH", "news@" + RB), ad("Riverbend community list", "community@lists." + RB),
                "New at Mill Street: monthly buprenorphine injection", D("12-02 12:00"), alt(text(t), html(h)))


@M("overdose-dashboard-november", "none",
   "aggregate county overdose dashboard for November; counts only", trap=True)
def _():
    return mail(ad("Harlan County Health Dept - Epi", "epi@health.harlan.test"), ad("Overdose Task Force", "odtf@health.harlan.test"),
                "November overdose surveillance summary", D("12-03 09:00"), text(T("""
        Harlan County - suspected overdose surveillance, November 2026

        ED visits for suspected opioid overdose:   61 (Oct 74)
        EMS naloxone administrations:              48
        Suspected fatal overdoses (preliminary):    7
        Fentanyl present in tox (closed cases):    86%
        Xylazine co-detection:                     31%
        Leave-behind naloxone kits (EMS):           39

        Zip codes 16501 and 16503 continue to account for over half of ED
        visits. Counts under 5 are suppressed in the public version.
        """)))


@M("crisis-line-monthly-volume", "none",
   "crisis line and mobile crisis monthly volume report; aggregate counts", trap=True)
def _():
    return mail(MEYERS, ad("Leadership Team", "leadership@" + RB), "Crisis services - November numbers",
                D("12-02 08:30"), outlook(T("""
        November 2026, crisis services:

        988 contacts answered in-state:   1,142 (in-state answer rate 93%)
        Calls / texts / chats:            812 / 204 / 126
        Mobile crisis dispatches:         96 (median response 41 min)
        Resolved in the community:        71%
        ED transports:                    19 (3 involuntary)
        Follow-up calls completed <24h:   88%

        We were short two overnight counselors for 9 nights; the regional
        backup took 64 calls. Recruiting update at Thursday's meeting.

        Jonah
        """)))


@M("sor-grant-quarterly-draft", "none",
   "draft grant quarterly report with aggregate numbers served and naloxone kits", trap=True)
def _():
    return mail(ad("Pauline Ostrowski", "postrowski@" + RB), ad("Grants Team", "grants@" + RB),
                "SOR Q1 report - draft numbers for review", D("12-07 16:05"), text(T("""
        Draft figures for the State Opioid Response quarterly (Sep-Nov):

        New MOUD admissions (methadone / buprenorphine / XR-naltrexone): 58 / 41 / 9
        Retained in treatment at 90 days:                               68%
        Naloxone kits distributed:                                      1,306
        Fentanyl test strips distributed:                               4,200
        Peer recovery coach contacts in the ED bridge program:          212
        Contingency management participants:                            24

        GPRA follow-up rate is 79%, below the 80% target. Please check the
        narrative by Friday.

        Pauline Ostrowski, Grants Manager
        """)))


@M("methadone-wholesaler-invoice-dea", "none",
   "wholesaler invoice for methadone oral concentrate to the OTP with its DEA number; business-to-business", trap=True)
def _():
    return mail(ad("Tri-County Pharma Supply", "invoices@tricountypharma.example.com"), ad("OTP Pharmacy", "otp-pharmacy@" + RB),
                "Invoice INV-558120 - CII order shipped", D("12-01 13:22"), text(T("""
        INVOICE INV-558120          Ship date 12/01/2026
        Ship to: Riverbend OTP - Mill Street, 214 Mill Street, Harlan
        DEA registration: %s     DEA Form 222 (CSOS) order: 2026-CS-44812

        QTY  ITEM                                        NDC             EXT
        12   Methadone HCl oral concentrate 10 mg/mL 1L  00000-0000-01   $1,116.00
        4    Buprenorphine/naloxone 8/2 mg SL film x30   00000-0000-02   $  742.40

        Carrier: UPS Next Day Air, tracking 1Z9X44A20351218803
        Signature of registrant required on receipt.
        """ % OTP_DEA)))


@M("prescriber-dea-npi-renewal", "none",
   "a prescriber's own DEA and NPI renewal reminder; no patient", trap=True)
def _():
    return mail(ad("Credentialing", "credentialing@" + RB), ABARA, "DEA registration renewal due 1/31", D("12-04 09:40"), text(T("""
        Hi Nnamdi,

        Our records show your DEA registration %s expires 1/31/2027.
        Please renew online and send us the new certificate. We also need you
        to confirm your NPI %s and state license on the CAQH attestation by
        12/18.

        Credentialing Office
        """ % (NP_ABARA_DEA, NP_ABARA_NPI))))


@M("naloxone-kits-shipped-tracking", "none",
   "naloxone kit shipment confirmation with tracking numbers", trap=True)
def _():
    return mail(ad("State Naloxone Program", "orders@naloxone.state.test"), ad("Hannah Sorensen", "hsorensen@" + RB),
                "Order NX-20261130-0419 shipped", D("12-01 10:10"), text(T("""
        Your order has shipped.

        Order:    NX-20261130-0419
        Items:    naloxone HCl nasal spray 4 mg, 2-pack kits x 240
                  fentanyl test strips x 1,000
        Boxes:    3
        Tracking: 9400111899223847561022, 9400111899223847561039,
                  9400111899223847561046
        """)))


@M("uds-cups-test-strips-order", "none",
   "supply order for urine drug screen cups and fentanyl test strips", trap=True)
def _():
    return mail(ad("ClinSupply Order Desk", "orders@clinsupply.example.com"), ad("Kevin Tran", "ktran@" + RB),
                "Order confirmation PO 26-1187", D("12-03 14:00"), text(T("""
        PO 26-1187 confirmed.

        200  12-panel urine drug test cups w/ temp strip, fentanyl + xylazine
        10   specimen transport bags (case)
        6    nitrile gloves L (case)

        Expected delivery 12/08. Account RB-44821.
        """)))


@M("mobile-crisis-oncall-roster", "none",
   "mobile crisis on-call roster with staff phone numbers; no clients", trap=True)
def _():
    return mail(MEYERS, ad("Crisis Staff", "crisis-staff@" + RB), "MCT on-call roster 12/7 - 12/13", D("12-04 15:45"), text(T("""
        Mobile crisis on-call, week of 12/7:

        DAY      DAY SHIFT (8a-8p)             NIGHT (8p-8a)
        Mon      Meyers (814) 555-0151        Sorensen (814) 555-0152
        Tue      Akande (814) 555-0153        Meyers (814) 555-0151
        Wed      Sorensen (814) 555-0152      Liu (814) 555-0154
        Thu      Liu (814) 555-0154           Akande (814) 555-0153
        Fri      Meyers (814) 555-0151        Sorensen (814) 555-0152
        Sat/Sun  backup: regional team (814) 555-0150

        Supervisor on call: Jonah. Clinician back-up: Dr. Redcloud.
        """)))


@M("iop-group-schedule-winter", "none",
   "IOP group schedule for the winter cycle; no participants named", trap=True)
def _():
    return mail(DELACROIX, ad("SUD Program Staff", "sud-staff@" + RB), "IOP groups - winter schedule", D("12-07 12:00"), text(T("""
        Winter IOP cycle starts 1/4:

        Mon 5:30-8:30   Relapse prevention (Delacroix), Rm 110
        Wed 5:30-8:30   Coping skills / DBT skills (Villalobos), Rm 110
        Thu 5:30-8:30   Family night, first Thursday (Sorensen), Rm 112
        Sat 10-1        Daytime track, MOUD-friendly (Delacroix)

        Random UDS on group nights as usual. Childcare available Thursdays.
        """)))


@M("ed-group-flyer-new-cycle", "none",
   "flyer for a new eating-disorder recovery group; no individual", trap=True)
def _():
    return mail(BRANDT, ad("Outpatient Clinicians", "op-clinicians@" + RB), "New: adolescent eating disorder family group (Tuesdays)",
                D("12-08 11:00"), text(T("""
        Starting January 12, Tuesdays 6:00-7:30 PM:

        Adolescent eating disorder family group (ages 12-18 with a parent)
        - family-based treatment skills, meal support, body image
        - co-led by Leah Brandt, RD and Carmen Villalobos, LPC
        - a medical check with the teen's PCP is needed before the first group

        Please refer through the usual intake form. Questions: ext. 2214.
        """)))


@M("part2-rule-changes-memo", "none",
   "compliance memo summarising 42 CFR Part 2 rule changes; no individual", trap=True)
def _():
    return mail(CASTELLANO, ALLSTAFF, "Part 2 changes - what they mean for us", D("12-01 09:00"), outlook(T("""
        All,

        A short summary before the February compliance date:

        1. One consent can now cover future uses for treatment, payment and
           health care operations. Our ROI form is being revised.
        2. Records received under that consent still cannot be used in
           proceedings against the client without a court order.
        3. Breach notification now applies to Part 2 records the same way it
           does under HIPAA.
        4. Every disclosure must still carry the re-disclosure notice.

        Mandatory 30-minute training in Relias by 1/15.

        Ruth Castellano, Privacy and Compliance Officer
        """)))


@M("roi-form-template-docx", "none",
   "blank release-of-information form (DOCX) with empty fields; no client", trap=True)
def _():
    doc = docx([
        "RIVERBEND COMMUNITY BEHAVIORAL HEALTH",
        "CONSENT FOR THE RELEASE OF CONFIDENTIAL INFORMATION (42 CFR Part 2 / HIPAA)",
        "Client name: ____________________   Date of birth: ____/____/______",
        "I authorize Riverbend CBH to disclose: [ ] attendance [ ] diagnosis [ ] medications [ ] drug screen results [ ] treatment summary",
        "To: ____________________________   Purpose: ___________________",
        "This consent expires on: ____________ or upon: ____________",
        "Signature: _____________________   Date: __________",
        "Form ROI-3, rev. 12/2026",
    ])
    return mail(CASTELLANO, ad("Clinical Staff", "clinical@" + RB), "Revised ROI form (rev. 12/2026)",
                D("12-09 10:00"), mixed(text("Attached is the revised ROI form. Please discard old copies.\n\nRuth\n"),
                                       att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc,
                                           "ROI-3_rev2026-12_blank.docx")))


@M("mi-training-ceu", "none",
   "announcement of a motivational interviewing training with CEUs", trap=True)
def _():
    return mail(ad("Training Office", "training@" + RB), ALLSTAFF, "Motivational Interviewing Level 2 - 6 CEUs",
                D("12-02 10:30"), text(T("""
        MI Level 2: Evoking change talk with clients in early recovery,
        ambivalence about medication for opioid use disorder, and working
        with clients who have co-occurring depression and anxiety.

        Jan 21-22, 9:00-12:30, Training Room B / Zoom. 6 CEUs (LCSW, LPC,
        CADC). Register in Relias by 1/8.
        """)))


@M("open-enrollment-eap-benefits", "none",
   "HR open-enrollment notice about EAP counselling and behavioral health benefits", trap=True)
def _():
    return mail(DUNMORE, ALLSTAFF, "Open enrollment closes 12/11", D("12-01 08:15"), outlook(T("""
        Reminder: open enrollment closes Friday 12/11.

        New for 2027:
        - EAP increases to 8 free counseling sessions per issue
        - $0 copay for in-network therapy and psychiatry visits
        - substance-use treatment and MAT covered at the in-network level
        - fertility benefit added to the PPO plan

        Questions: HR, ext. 2100.
        """)))


@M("job-posting-cadc-otp", "none",
   "job posting for a counsellor at the opioid treatment program", trap=True)
def _():
    return mail(ad("Riverbend Careers", "careers@" + RB), ad("Harlan Social Work Jobs", "jobs@lists.harlan-nasw.example.org"),
                "Now hiring: Substance Use Counselor (CADC), OTP", D("12-03 12:00"), outlook(T("""
        Riverbend Community Behavioral Health is hiring a full-time CADC for
        our Opioid Treatment Program. Carry a caseload of 50 clients on
        methadone and buprenorphine, run groups, coordinate take-home
        reviews and work with treatment court. $52-58k, sign-on bonus.

        Apply: https://careers.riverbend-cbh.example.org/otp-cadc
        """)))


@M("lure-therapy-invoice-portal", "none",
   "a phish pretending to be a therapy invoice; no real client", trap=True)
def _():
    h = T("""
        <html><body>
        <p>Dear Patient,</p>
        <p>Your therapy session invoice #INV-88214 is overdue. Your mental health
        records will be suspended unless payment is confirmed within 24 hours.</p>
        <p><a href="http://riverbend-billing.secure-pay.test/login">View Invoice &amp; Medical Records</a></p>
        <p>Billing Department</p>
        </body></html>
        """)
    return mail(ad("Riverbend Billing", "billing-dept@secure-pay.test"), ad("", "frontdesk@" + RB),
                "URGENT: Therapy Session Invoice Overdue", D("12-06 03:12", "+0000"), html(h))


@M("vet-reminder-dog-vaccines", "none",
   "a veterinary reminder for a staff member's dog; not human health care", trap=True)
def _():
    return mail(ad("Maple Grove Animal Hospital", "reminders@maplegrovevet.example.com"), ad("Theresa Kowal", "tkowal.home@example.net"),
                "Biscuit is due for vaccines", D("12-05 08:00"), text(T("""
        Hi Theresa,

        Biscuit (Labrador, 6 yrs) is due for his rabies and DHPP boosters
        and his annual heartworm test. His last fluoxetine refill for
        separation anxiety was 10/30; Dr. Patel would like to recheck him.

        Book online or call (814) 555-0193.
        Maple Grove Animal Hospital
        """)))


@M("birthday-card-coworker", "none",
   "a coworker's birthday with date of birth; no health content", trap=True)
def _():
    return mail(ad("Jasmine Akande", "jakande@" + RB), ad("Crisis Staff", "crisis-staff@" + RB), "Card for Hannah",
                D("12-08 09:30"), text(T("""
        Hi all - Hannah's birthday is Friday (12/11/1990, don't tell her I
        told you her year!). Card is in the break room, cake at 3.

        Jas
        """)))


@M("dosing-window-door-lock", "none",
   "the OTP dosing window writes to facilities about a broken door lock; sensitive display name, no client", trap=True)
def _():
    return mail(ad("Mill Street OTP - Dosing Window", "dosing@" + RB), TRAN, "Side door lock broken again",
                D("12-02 06:10"), text(T("""
        Kevin - the side door by the dosing window won't latch again, same
        as last month. We propped a chair against it for now. Dosing opens at
        6:00, can someone come before 8?

        Thanks, Priya
        """)))


@M("detox-unit-wifi-ticket", "none",
   "detox unit staff report a Wi-Fi outage to IT; sensitive display name, no client", trap=True)
def _():
    return mail(ad("Cedar House Detox Unit", "cedar-detox@" + RB), ad("Riverbend IT Helpdesk", "helpdesk@" + RB),
                "wifi down in nurses station", D("12-05 23:40"), text(T("""
        Wifi has been down at the detox nurses station since about 10pm. We
        are charting on the wired PC in the office for now. CIWA and COWS
        flowsheets load fine on that one. Please call the unit phone if you
        need us to restart anything.
        """)))


@M("plan-bulletin-bup-pa-removed", "none",
   "a payer provider bulletin removing prior authorization for buprenorphine; no member", trap=True)
def _():
    return mail(ad("Heronwood CHP Provider Bulletin", "bulletin@" + HCHP), ad("Riverbend Billing Office", "billing@" + RB),
                "Provider Bulletin 2026-41: MOUD prior authorization changes", D("12-01 07:00"), text(T("""
        Effective January 1, 2027, Heronwood CHP removes prior authorization
        for buprenorphine/naloxone sublingual films and tablets up to 24 mg
        per day, and for extended-release naltrexone. Extended-release
        buprenorphine injection still requires PA.

        Methadone billed by OTPs under H0020 is unchanged.
        """)))


@M("formulary-update-antipsychotics", "none",
   "pharmacy formulary update for antipsychotics and antidepressants; no individual", trap=True)
def _():
    return mail(ad("Millbrook Pharmacy Clinical Services", "clinical@" + MRX), ad("Riverbend Prescribers", "prescribers@" + RB),
                "Q1 formulary changes - behavioral health", D("12-07 10:00"), text(T("""
        Heronwood CHP Q1 changes that affect your prescribing:

        - lurasidone: moves to preferred tier
        - paliperidone palmitate monthly: PA removed
        - vortioxetine: step therapy (two generic SSRIs first)
        - lisdexamfetamine: quantity limit 1/day

        Clozapine REMS is still in place; ANC monitoring unchanged.
        """)))


@M("treatment-court-graduation-invite", "none",
   "invitation to a treatment court graduation ceremony; no participant named", trap=True)
def _():
    cal = ics("REQUEST", "tc-graduation-20261217@" + COURT, "20261217T160000", "20261217T173000",
              "Treatment Court Graduation - Winter 2026",
              desc="Courtroom 3. Families welcome. Light refreshments after.",
              loc="Harlan County Courthouse, Courtroom 3",
              org=("Denise Albright", "dalbright@" + COURT))
    return mail(ad("Denise Albright", "dalbright@" + COURT), ad("Treatment Court Team", "tc-team@" + COURT),
                "Invitation: Treatment Court Graduation - Dec 17", D("12-03 10:10"),
                alt(text("Please join us for the winter graduation, Thursday 12/17 at 4 PM, Courtroom 3.\n"),
                    Part("text/calendar", cal, cs="utf-8", cte="7bit", params=["method=REQUEST"])))


@M("school-qpr-training-staff", "none",
   "school district's suicide-prevention (QPR) training for staff", trap=True)
def _():
    return mail(ad("Fairmont USD Student Services", "studentservices@" + FUSD), ad("Andrea Lomax", "alomax@" + FUSD),
                "QPR gatekeeper training - Jan in-service", D("12-04 14:20"), text(T("""
        Riverbend CBH will deliver QPR suicide prevention training at the
        January 4 in-service: warning signs, how to ask directly about
        suicide, and the referral path to school counselors and 988.
        All middle and high school staff should attend one session.
        """)))


@M("dcfs-contract-invoice", "none",
   "invoice to child welfare for contracted parenting-assessment hours; business totals only", trap=True)
def _():
    return mail(OSEI, ad("DCFS Contracts", "contracts@" + DCFS), "Invoice RB-DCFS-2611 (November)", D("12-02 15:00"), text(T("""
        Attached totals for November under contract DCFS-BH-2026-07:

        Family mental health assessments    14 x $320     $4,480.00
        Parent SUD screenings               22 x $95      $2,090.00
        Court testimony hours               6.5 x $150    $  975.00
        TOTAL                                             $7,545.00

        Client-level detail is available through the secure portal only.
        """)))


@M("ed-bridge-meeting-minutes", "none",
   "ED bridge programme meeting minutes with aggregate counts", trap=True)
def _():
    return mail(ad("Dr. Rafael Vance", "rvance@" + SBH), ad("ED Bridge Workgroup", "edbridge@" + SBH),
                "Minutes - ED bridge workgroup 12/1", D("12-01 17:00"), text(T("""
        Attendees: St. Brigid ED, Riverbend OTP, Riverbend peers, Eastside FHC

        - November: 34 ED buprenorphine starts, 26 linked to Riverbend within
          72 hours (76%)
        - Peer coverage gap on weekends 11p-7a; Riverbend to post a part-time role
        - Order set updated: high-dose initiation option, naloxone co-prescribe
        - Next: review of precipitated withdrawal cases (de-identified) in January
        """)))


@M("recovery-walk-volunteers", "none",
   "community event: a recovery walk and vigil seeking volunteers", trap=True)
def _():
    return mail(SORENSEN, ad("Riverbend Volunteers", "volunteers@lists." + RB), "Candlelight vigil + recovery walk Dec 12",
                D("12-02 18:00"), outlook(T("""
        Our winter recovery walk and candlelight vigil for people lost to
        overdose is Saturday 12/12, 4 PM at Riverside Park. We need 10
        volunteers for the naloxone training table and hot cocoa. Peer
        coaches: wear your shirts!

        Hannah
        """)))


@M("recovery-coach-academy-class", "none",
   "peer recovery coach certification class announcement", trap=True)
def _():
    return mail(ad("State Certification Board", "info@pcb.state.test"), SORENSEN, "Recovery Coach Academy - January cohort",
                D("12-04 10:00"), text(T("""
        The 46-hour Recovery Coach Academy runs Jan 11-15. Topics: recovery
        capital, ethics, supporting people on MOUD, harm reduction, and
        crisis referral. Required for the Certified Recovery Specialist
        credential. Seats are limited to 24.
        """)))


@M("ehr-downtime-saturday", "none",
   "EHR downtime notice mentioning MAR, dosing and charts; no client", trap=True)
def _():
    return mail(YOON, ALLSTAFF, "Tallis EHR downtime Sat 12/12 1:00-5:00 AM", D("12-09 15:00"), text(T("""
        Tallis will be down Saturday 12/12, 1:00-5:00 AM for the upgrade.

        - Residential and detox: print the downtime MAR and CIWA/COWS sheets
          Friday evening.
        - OTP: the dosing system runs locally; dosing opens at 6:00 as usual.
        - Crisis line: use paper call logs, enter them after 5 AM.

        Downtime binders are at each nursing station.
        """)))


@M("clearinghouse-999-batch-accepted", "none",
   "clearinghouse batch acknowledgement with claim counts and totals only", trap=True)
def _():
    return mail(ad("ClaimPath Clearinghouse", "noreply@claimpath.example.com"), OSEI, "Batch 837P-26337-04 accepted",
                D("12-03 02:20"), text(T("""
        Batch:          837P-26337-04
        Submitter:      Riverbend CBH (NPI %s)
        Claims:         412 accepted, 3 rejected (see portal)
        Total billed:   $96,218.40
        999 status:     A (accepted)
        """ % RB_NPI)))


@M("tox-lab-monthly-invoice", "none",
   "toxicology lab's monthly invoice to the agency with account number and test counts", trap=True)
def _():
    return mail(ad("Ardent Toxicology Billing", "billing@" + TOX), OSEI, "Statement - account RB-7730 - November",
                D("12-01 11:00"), text(T("""
        Account RB-7730, Riverbend CBH, November 2026

        Presumptive immunoassay panels (80305)        1,184
        Definitive testing, 1-7 classes (G0480)         211
        Fentanyl/norfentanyl add-on                     366
        Amount due                               $18,402.70

        Client billing is not used for this account.
        """)))


@M("bus-pass-vendor-invoice", "none",
   "transit authority invoice for bus passes with order number", trap=True)
def _():
    return mail(ad("Harlan Area Transit", "agency-sales@hat.harlan.test"), FERREIRA, "Order HAT-20261201-77 ready",
                D("12-01 09:10"), text(T("""
        Order HAT-20261201-77 is ready for pick-up:
        150 x 31-day reduced-fare passes, $22.50 each, $3,375.00.
        Pay by agency check, PO 26-1150.
        """)))


@M("my-2pm-no-showed-coverage", "none",
   "borderline: a therapist mentions her 2 pm client no-showed; no one is identified", trap=True)
def _():
    return mail(KOWAL, GWEN, "I can take the 2:00 walk-in", D("12-03 13:58"), text(T("""
        Gwen - my 2pm no-showed, so I can cover the walk-in intake if
        you still need someone. I have to leave at 4:45.

        T
        """)))


@M("fax-cover-template", "none",
   "fax cover sheet template with PHI/Part 2 warning text; blank fields", trap=True)
def _():
    p = pdf(["RIVERBEND COMMUNITY BEHAVIORAL HEALTH - FAX", "To: ____________  Fax: ____________",
             "From: __________  Pages: ___", "Re: ____________________________",
             "CONFIDENTIAL: This fax may contain protected health information and",
             "substance use disorder records protected by 42 CFR Part 2. If received",
             "in error, call (814) 555-0100 and destroy all copies."], title="Fax Cover")
    return mail(ad("Front Desk", "frontdesk@" + RB), ad("Clinical Staff", "clinical@" + RB), "Updated fax cover",
                D("12-08 08:05"), mixed(text("New fax cover with the updated main number.\n"),
                                       att("application/pdf", p, "fax-cover-2026.pdf")))


@M("association-newsletter-december", "none",
   "state behavioral health association newsletter with statistics and policy news", trap=True)
def _():
    h = T("""
        <html><body>
        <h1>The Provider Bulletin &mdash; December 2026</h1>
        <h3>Overdose deaths down 14% statewide</h3>
        <p>Preliminary data show a second year of decline, driven by naloxone
        access and more people on methadone and buprenorphine.</p>
        <h3>Medicaid rate increase for crisis services</h3>
        <p>Mobile crisis and crisis stabilization rates rise 8% on 1 July.</p>
        <h3>Workforce survey</h3>
        <p>One in four licensed clinician posts is vacant. Results at
        <a href="https://www.pabha.example.org/survey">pabha.example.org</a>.</p>
        </body></html>
        """)
    return mail(ad("Behavioral Health Providers Association", "news@pabha.example.org"), ad("Ruth Castellano", "rcastellano@" + RB),
                "The Provider Bulletin - December", D("12-08 06:00"), html(h, cte="quoted-printable"))


@M("cme-clozapine-eating-disorders", "none",
   "CME webinar invitation on clozapine and eating-disorder medical management", trap=True)
def _():
    return mail(ad("Psychiatry CME Network", "cme@psychcme.example.net"), REDCLOUD, "Webinar: clozapine under-use and ED medical emergencies",
                D("12-02 07:15"), text(T("""
        Free 1.0 CME, Wednesday Dec 16, 12:00 ET:
        - Why clozapine is under-prescribed for treatment-resistant schizophrenia
        - Refeeding syndrome and MARSIPAN-style risk assessment in anorexia nervosa
        Register: https://psychcme.example.net/dec16
        """)))


@M("direct-deposit-change-employee-id", "none",
   "payroll direct-deposit change with employee ID and bank digits; no health content", trap=True)
def _():
    return mail(ad("Payroll", "payroll@" + RB), ad("Jasmine Akande", "jakande@" + RB), "Direct deposit updated - E-004771",
                D("12-02 10:00"), text(T("""
        Hi Jasmine,

        Your direct deposit for employee ID E-004771 now goes to the account
        ending 4410 (routing ending 0021), starting with the 12/18 paycheck.
        If you did not make this change, call Payroll at ext. 2120.
        """)))


@M("hedis-quality-rates-aggregate", "none",
   "managed-care quality report with aggregate HEDIS behavioral health rates", trap=True)
def _():
    return mail(ad("Heronwood CHP Quality", "quality@" + HCHP), ad("Riverbend Leadership", "leadership@" + RB),
                "2026 YTD behavioral health measures - Riverbend", D("12-04 08:00"), text(T("""
        Year-to-date rates, Riverbend-attributed members:

        Follow-up after hospitalization for mental illness, 7 day   46.2%
        Follow-up after ED visit for SUD, 30 day                   38.9%
        Initiation of SUD treatment                                 51.0%
        Antidepressant medication management, continuation          42.7%
        Metabolic monitoring, children on antipsychotics            55.3%

        Benchmarks and the incentive schedule are in the portal.
        """)))


@M("mfa-password-reset", "none",
   "IT password reset/MFA notice with employee ID; no health content", trap=True)
def _():
    return mail(ad("Riverbend IT", "it-noreply@" + RB), ad("Hannah Sorensen", "hsorensen@" + RB), "Password expires in 3 days",
                D("12-07 06:00"), text(T("""
        The network password for employee ID E-003318 expires on 12/10.
        Change it at https://sso.riverbend-cbh.example.org/reset. You will be
        asked to approve the sign-in in the authenticator app.
        """)))


@M("compliance-no-client-names-email", "none",
   "compliance reminder not to put client names or diagnoses in e-mail subjects", trap=True)
def _():
    return mail(CASTELLANO, ALLSTAFF, "Reminder: no client names in subject lines", D("12-04 16:00"), outlook(T("""
        A few times this month client names, DOBs and even diagnoses and
        methadone doses have appeared in e-mail subject lines. Subjects are
        not encrypted by the portal. Please use initials or the Tallis
        message center, and type [secure] at the start of the subject when
        sending outside the agency.
        """)))


@M("lockbox-order-invoice", "none",
   "invoice for take-home medication lockboxes; no client", trap=True)
def _():
    return mail(ad("SafeKeep Products", "sales@safekeep.example.com"), ad("OTP Pharmacy", "otp-pharmacy@" + RB),
                "Invoice 30417 - take-home lockboxes", D("12-03 11:30"), text(T("""
        Invoice 30417
        100 x combination lockbox, medication size (fits 14 x 4 oz bottles)  $1,290.00
        Shipping                                                            $   48.00
        Order 88-22913, shipped via FedEx Ground.
        """)))


@M("panel-coverage-during-leave", "none",
   "borderline: a supervisor arranges coverage for a clinician's caseload during leave; no client named", trap=True)
def _():
    return mail(WHITFORD, ad("Outpatient Clinicians", "op-clinicians@" + RB), "Coverage for Theresa's caseload 12/21-1/4",
                D("12-09 12:40"), text(T("""
        Theresa is out 12/21-1/4. Carmen covers her Mon/Tue clients and Nadia
        Wed/Thu. Anyone on her high-risk list has been called already and has
        a session booked. If one of her clients calls in crisis, route to the
        crisis line first and let me know.

        Elaine
        """)))


@M("crisis-volunteer-training-schedule", "none",
   "crisis line volunteer training schedule", trap=True)
def _():
    return mail(MEYERS, ad("Crisis Line Volunteers", "crisis-volunteers@lists." + RB), "New volunteer training - January",
                D("12-07 14:00"), text(T("""
        New crisis line volunteer training, 40 hours:
        Jan 9, 10, 16, 17 (9-5) + 8 hours of shadowing.
        Modules: active listening, suicide risk assessment (C-SSRS), safety
        planning, substance use and overdose, de-escalation, self-care.
        """)))


@M("naloxone-standing-order-prices", "none",
   "pharmacy notice about OTC naloxone prices and the standing order", trap=True)
def _():
    return mail(ad("Millbrook Pharmacy", "notify@" + MRX), ad("Riverbend community list", "community@lists." + RB),
                "Naloxone: now $0 with most insurance", D("12-05 09:00"), text(T("""
        Nasal naloxone 4 mg is available without a prescription ($44.99) or at
        $0 under the state standing order with most insurance, including
        Medicaid. Ask at the counter - no questions asked.
        """)))


@M("intake-weekly-stats", "none",
   "intake department's weekly statistics; aggregate only", trap=True)
def _():
    return mail(GWEN, ad("Leadership Team", "leadership@" + RB), "Intake week of 11/30", D("12-05 16:00"), text(T("""
        Week of 11/30:
        Calls to intake: 212   Screenings: 71   Intakes completed: 34
        By program: outpatient MH 14, psychiatry 6, OTP 8, IOP 4, residential 2
        Median wait, call to first appointment: 6 days (psychiatry 19 days)
        No-show rate for first appointments: 22%
        """)))


@M("contingency-management-gift-cards", "none",
   "contingency management programme overview and gift-card vendor order; no participant", trap=True)
def _():
    return mail(ad("Pauline Ostrowski", "postrowski@" + RB), OSEI, "CM incentives - card order for Q2",
                D("12-08 15:20"), text(T("""
        For the contingency management program (stimulant use), please order
        600 x $10 reloadable cards from the vendor under PO 26-1201. Prize
        schedule stays at a $599 annual cap per participant as the grant
        allows.
        """)))


@M("grupo-familias-adiccion", "none",
   "Spanish flyer for a support group for families of people with addiction", lang="es", trap=True)
def _():
    body = T("""
        Grupo de apoyo para familias

        ¿Un ser querido tiene problemas con el alcohol o las drogas? Los
        martes a las 6:30 p.m. en Riverbend (Sala 112) nos reunimos para
        compartir, aprender sobre la recuperación, la metadona y la
        buprenorfina, y cómo usar la naloxona. Gratis y confidencial.

        Información: Carmen Villalobos, (814) 555-0144
        """)
    return mail(VILLALOBOS, ad("Lista comunitaria", "comunidad@lists." + RB), "Grupo de apoyo para familias - martes",
                D("12-01 12:30"), text(body, cs="utf-8", cte="quoted-printable"))


@M("capacitacion-naloxona-parroquia", "none",
   "Spanish announcement of a parish naloxone training", lang="es", trap=True)
def _():
    body = T("""
        Capacitación gratuita: cómo responder a una sobredosis

        Sábado 5 de diciembre, 10:00 a.m., salón parroquial de San José.
        Aprenda a reconocer una sobredosis de opioides y a usar la naloxona
        en aerosol nasal. Cada participante recibe dos dosis gratis.
        """)
    return mail(ad("Parroquia San José", "oficina@sanjose-harlan.example.org", "iso-8859-1"), ad("Carmen Villalobos", "cvillalobos@" + RB),
                "Capacitación de naloxona - sábado", D("11-30 10:00"),
                text(body, cs="iso-8859-1", cte="8bit"), scs="iso-8859-1", smode="Q")


@M("spotkania-grupy-wsparcia", "none",
   "Polish parish newsletter listing support-group meetings", lang="pl", trap=True)
def _():
    body = T("""
        Biuletyn parafialny - grudzień

        Spotkania grupy AA w języku polskim: czwartki o 19:00 w sali pod
        kościołem. Grupa wsparcia dla rodzin osób uzależnionych (Al-Anon):
        wtorki o 18:30. Wigilia parafialna 20 grudnia, zapisy w zakrystii.
        """)
    return mail(ad("Parafia św. Jadwigi", "biuletyn@swjadwiga.example.org", "iso-8859-2"), ad("Parafianie", "parafia@lists.swjadwiga.example.org"),
                "Biuletyn parafialny - grudzień", D("12-04 19:00"),
                text(body, cs="iso-8859-2", cte="quoted-printable"), scs="iso-8859-2", smode="Q")


@M("hoi-thao-suc-khoe-tam-than", "none",
   "Vietnamese community workshop announcement on mental health and stress", lang="vi", trap=True)
def _():
    body = T("""
        Hội thảo cộng đồng: Sức khỏe tâm thần và căng thẳng

        Chủ nhật 13/12, 2 giờ chiều tại Hội quán Việt Nam Harlan. Chuyên viên
        Riverbend sẽ nói về trầm cảm, lo âu, cách giúp người thân và đường
        dây khủng hoảng 988. Có thông dịch tiếng Việt. Miễn phí.
        """)
    return mail(ad("Hội Người Việt Harlan", "hoi@vietharlan.example.org"), ad("Danh sách hội viên", "members@lists.vietharlan.example.org"),
                "Hội thảo sức khỏe tâm thần 13/12", D("12-06 09:30"), text(body, cs="utf-8", cte="base64"))


@M("jiankang-shaicha-huodong", "none",
   "Chinese (Big5) community health fair flyer with free blood-pressure and depression screening", lang="zh", trap=True)
def _():
    body = T("""
        社區健康日

        十二月十二日（星期六）上午十時至下午二時，華人活動中心。
        免費量血壓、血糖檢查、憂鬱症篩檢及流感疫苗。
        備有粵語及普通話翻譯。
        """)
    return mail(ad("華人活動中心", "info@harlan-chinese-center.example.org", "big5"), ad("會員", "members@lists.harlan-chinese-center.example.org"),
                "社區健康日 12月12日", D("12-03 20:00"), text(body, cs="big5", cte="base64"), scs="big5")


@M("perevodchik-schet-noyabr", "none",
   "Russian interpreting agency invoice with order numbers and hours; no client", lang="ru", trap=True)
def _():
    body = T("""
        Добрый день!

        Направляем счёт № 2026-1187 за услуги устного перевода в ноябре:
        русский язык - 18,5 часа, украинский - 6 часов. Итого: 1 462,50 $.
        Номера заказов: 44102-44131. Оплата в течение 30 дней.

        С уважением,
        Бюро переводов «Мост»
        """)
    return mail(ad("Бюро переводов Мост", "billing@most-interp.example.com", "windows-1251"), OSEI,
                "Счёт за ноябрь", D("12-01 09:00"), text(body, cs="windows-1251", cte="base64"), scs="windows-1251")


@M("iskedyul-grupo-tagapag-alaga", "none",
   "Tagalog schedule for a caregiver support group", lang="tl", trap=True)
def _():
    body = T("""
        Magandang araw po!

        Ang support group para sa mga caregiver ng may dementia, depresyon o
        ibang karamdaman ay tuwing ikalawang Sabado, 10 ng umaga, sa Filipino
        Community Hall. Sa Disyembre 12: "Pag-aalaga sa sarili." Libre po ito.
        """)
    return mail(ad("Filipino Community Hall", "events@fil-harlan.example.org"), ad("Members", "members@lists.fil-harlan.example.org"),
                "Caregiver support group - Disyembre 12", D("12-02 21:00"), text(body))


@M("radyo-988-anons", "none",
   "Haitian Creole radio announcement text about the 988 crisis line", lang="ht", trap=True)
def _():
    body = T("""
        Anons radyo (30 segonn):

        Si ou menm oswa yon moun ou renmen ap pase yon moman difisil, si w ap
        panse pou fè tèt ou mal, rele oswa voye tèks 988. Gen moun ki la 24
        sou 24, gratis, an konfidans. Riverbend gen konseye ki pale kreyòl.
        """)
    return mail(SORENSEN, ad("Radyo Lakay Harlan", "pwogram@radyolakay.example.org"), "Tèks anons 988 pou emisyon dimanch",
                D("12-04 12:15"), text(body, cs="utf-8", cte="quoted-printable"))


@M("nadwa-sihha-nafsiya", "none",
   "Arabic mosque community session on stress and mental health", lang="ar", trap=True)
def _():
    body = T("""
        ندوة مجتمعية: الصحة النفسية والضغوط اليومية

        يوم الأحد 13 ديسمبر بعد صلاة العصر في قاعة المركز الإسلامي. تتحدث
        الأستاذة نادية فاروق عن القلق والاكتئاب وكيف نساعد أفراد العائلة.
        الدخول مجاني، وتتوفر رعاية للأطفال.
        """)
    return mail(ad("المركز الإسلامي في هارلان", "info@harlan-ic.example.org", "windows-1256"), ad("Members", "members@lists.harlan-ic.example.org"),
                "ندوة الصحة النفسية", D("12-05 14:00"), text(body, cs="windows-1256", cte="quoted-printable"), scs="windows-1256")


@M("fasaxa-ciidaha-khadka", "none",
   "Somali holiday-closure notice giving the crisis line number", lang="so", trap=True)
def _():
    body = T("""
        Ogeysiis: Riverbend waa xiran yahay 24-25 Disembar iyo 1 Janaayo.
        Xarunta daawada (Mill Street) way furan tahay 6:00-10:00 subaxnimo.
        Haddii aad xaalad degdeg ah ku jirto, wac ama qoraal u dir 988.
        """)
    return mail(ad("Riverbend CBH", "news@" + RB), ad("Somali community list", "somali@lists." + RB),
                "Fasaxa ciidaha - saacadaha furitaanka", D("12-09 11:00"), text(body))


# ----- ordinary operations (not traps) ---------------------------------
@M("potluck-signup", "none", "holiday potluck sign-up")
def _():
    return mail(ad("Jasmine Akande", "jakande@" + RB), ALLSTAFF, "Holiday potluck 12/18 - sign up!", D("12-07 09:00"),
                text("Sign-up sheet is on the fridge. We need desserts and plates. Chili cook-off rules attached next week!\n"))


@M("parking-lot-resurfacing", "none", "facilities notice about parking lot work")
def _():
    return mail(TRAN, ALLSTAFF, "Parking lot B closed Tue-Wed", D("12-04 13:00"), text(T("""
        Lot B will be closed Tuesday and Wednesday for resurfacing. Please
        park on Mill Street or in the church lot across the road.
        Kevin
        """)))


@M("fire-drill-thursday", "none", "fire drill announcement")
def _():
    return mail(TRAN, ALLSTAFF, "Fire drill Thursday morning", D("12-08 16:30"), text(
        "There will be a fire drill Thursday between 9 and 11. Please walk everyone to the assembly point by the flagpole.\n"))


@M("toner-order-2nd-floor", "none", "printer toner order")
def _():
    return mail(ad("Front Desk", "frontdesk@" + RB), TRAN, "toner for 2nd floor printer", D("12-01 08:40"),
                text("Black toner is out on the 2nd floor HP again. Can you order 2? Model is 58X.\n"))


@M("holiday-party-rsvp", "none", "holiday party RSVP")
def _():
    return mail(ad("Riverbend Social Committee", "social@" + RB), ALLSTAFF, "Holiday party RSVP by Friday", D("12-02 11:30"),
                text("Party is 12/19 at the Grange Hall, 6-10 PM. Plus-ones welcome. RSVP to this e-mail by Friday.\n"))


@M("hvac-maintenance-window", "none", "HVAC maintenance notice")
def _():
    return mail(TRAN, ALLSTAFF, "HVAC maintenance - 3rd floor", D("12-03 07:45"),
                text("Technicians will be replacing filters on the 3rd floor Friday morning. Expect some noise near the conference room.\n"))


@M("welcome-new-staff", "none", "welcome of new staff members")
def _():
    return mail(DUNMORE, ALLSTAFF, "Please welcome our new colleagues", D("11-30 09:30"), text(T("""
        Please welcome Jasmine Akande (crisis counselor), Omar Liu (mobile
        crisis) and Beatriz Santos (front desk, Spanish/Portuguese). Say hi
        at Thursday's all-staff!
        """)))


@M("all-staff-agenda", "none", "all-staff meeting agenda")
def _():
    return mail(ad("Marjorie Quinlan, CEO", "mquinlan@" + RB), ALLSTAFF, "All-staff agenda Thursday", D("12-08 17:00"), text(T("""
        1. Budget update and the new building lease
        2. Holiday schedule
        3. Staff recognition
        4. Q&A
        Lunch provided.
        """)))


@M("windows-updates-tonight", "none", "IT maintenance notice")
def _():
    return mail(YOON, ALLSTAFF, "Windows updates tonight", D("12-09 16:45"),
                text("Please save your work and leave PCs on tonight. Updates install at 11 PM and may reboot your machine.\n"))


@M("lunch-order-training-day", "none", "lunch order for a training day")
def _():
    return mail(ad("Training Office", "training@" + RB), ad("Corner Deli", "orders@cornerdeli.example.com"), "Lunch order for 12/10 (28 people)",
                D("12-07 10:20"), text(T("""
        Hi, we'd like to order for 28 people, delivery 11:45 on Thursday:
        3 turkey platters, 2 veggie, 1 gluten-free, chips and cookies.
        Invoice to Riverbend CBH, PO 26-1199.
        """)))


# ======================================================================
# build, check, stats
# ======================================================================
def build_all():
    items = list(MSGS)
    seen = set()
    for m in items:
        low = m["slug"].lower()
        for bad in BAD_SLUG:
            if bad in low:
                raise SystemExit("slug %r contains %r" % (m["slug"], bad))
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", m["slug"]):
            raise SystemExit("bad slug %r" % m["slug"])
        if m["slug"] in seen:
            raise SystemExit("duplicate slug %r" % m["slug"])
        seen.add(m["slug"])
        if m["label"] not in LABELS:
            raise SystemExit("bad label for %s" % m["slug"])
    random.Random(SEED).shuffle(items)
    out = {}
    rows = []
    for i, m in enumerate(items, 1):
        ST.slug, ST.n = m["slug"], 0
        data = m["fn"]()
        rel = "%s/%03d-%s.eml" % (m["label"], i, m["slug"])
        m["file"] = rel
        out[rel] = data
        rows.append((rel, m["label"], m["reason"]))
    rows.sort()
    out["labels.tsv"] = "".join("%s\t%s\t%s\n" % r for r in rows).encode("utf-8")
    return out, items


def write_all(out):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".eml") and "%s/%s" % (lab, fn) not in out:
                os.remove(os.path.join(d, fn))
    for rel, data in out.items():
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(data)


# ---------------------------------------------------------------- checks --
def ok_dom(d):
    d = d.lower().rstrip(".")
    return (d in ("example.com", "example.org", "example.net")
            or d.endswith((".example.com", ".example.org", ".example.net", ".test")))


def scan_invented(txt, where, errs):
    for d in re.findall(r"[\w.+$-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", txt):
        if not ok_dom(d):
            errs.append("%s: address domain %s" % (where, d))
    for d in re.findall(r"(?i)\b(?:https?|ftp)://([^/\s\"'<>:]+)", txt):
        if not ok_dom(d):
            errs.append("%s: URL host %s" % (where, d))
    for d in re.findall(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|us|info|biz|test|ca|uk|de|jp))\b", txt):
        if not ok_dom(d):
            errs.append("%s: host name %s" % (where, d))
    for m in re.finditer(r"(?<![\d-])(?:\(\d{3}\)\s?|\d{3}[-.])(\d{3})[-.](\d{4})(?![\d-])", txt):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            errs.append("%s: phone %s" % (where, m.group(0)))
    for m in re.finditer(r"(?<![\d-])555[-.](\d{4})(?!\d)", txt):
        if not m.group(1).startswith("01"):
            errs.append("%s: 555 number %s" % (where, m.group(0)))
    for m in re.finditer(r"NPI\D{0,12}(\d{10})(?!\d)", txt):
        if not npi_ok(m.group(1)):
            errs.append("%s: NPI fails Luhn %s" % (where, m.group(1)))
    for m in re.finditer(r"DEA\b[^\n]{0,40}?\b([A-Z]{2}\d{7})\b", txt):
        if not dea_ok(m.group(1)):
            errs.append("%s: DEA check digit %s" % (where, m.group(1)))


def check_pdf(b, where, errs):
    texts = []
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", b)
    if not b.startswith(b"%PDF-") or not m:
        errs.append(where + ": PDF header/startxref")
        return texts
    x = int(m.group(1))
    hm = re.match(rb"xref\n0 (\d+)\n", b[x:])
    if not hm:
        errs.append(where + ": xref not at startxref offset")
        return texts
    pos = x + hm.end()
    for i in range(int(hm.group(1))):
        e = b[pos + 20 * i: pos + 20 * i + 20]
        if e[17:18] == b"n" and not b[int(e[:10]):].startswith(b"%d 0 obj" % i):
            errs.append("%s: xref offset wrong for object %d" % (where, i))
    n = 0
    for sm in re.finditer(rb"<<([^>]*?)/Length (\d+)([^>]*)>>\s*stream\r?\n", b):
        n += 1
        L, s = int(sm.group(2)), sm.end()
        data = b[s:s + L]
        if not re.match(rb"\r?\nendstream", b[s + L:s + L + 12]):
            errs.append(where + ": stream /Length wrong")
            continue
        if b"FlateDecode" in sm.group(0):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                errs.append(where + ": Flate stream does not inflate")
                continue
        for t in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data):
            texts.append(re.sub(r"\\(.)", r"\1", t.decode("latin-1")))
    if not n:
        errs.append(where + ": PDF has no stream")
    if not texts:
        errs.append(where + ": PDF has no text layer")
    return texts


def check_ics(s, where, errs):
    stack = []
    for ln in s.replace("\r\n ", "").splitlines():
        if ln.startswith("BEGIN:"):
            stack.append(ln[6:])
        elif ln.startswith("END:"):
            if not stack or stack.pop() != ln[4:]:
                errs.append(where + ": ICS BEGIN/END mismatch at " + ln)
                return
    if stack:
        errs.append(where + ": ICS unclosed " + ",".join(stack))
    if not s.startswith("BEGIN:VCALENDAR"):
        errs.append(where + ": ICS does not start with BEGIN:VCALENDAR")


_EW = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_MID = re.compile(r"<[^<>@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]+>")


def check_eml(rel, data, info):
    errs = []
    stripped = data.replace(b"\r\n", b"")
    if b"\r" in stripped or b"\n" in stripped:
        errs.append(rel + ": bare CR or LF")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append(rel + ": line over 998 octets")
            break
    end = data.find(b"\r\n\r\n")
    if end < 0 or not data[:end].isascii():
        errs.append(rel + ": raw 8-bit bytes (or no end) in top-level header block")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (rel, h))
    has_ct = any(k.lower() == "content-type" for k in msg.keys())
    if has_ct and msg["MIME-Version"] is None:
        errs.append(rel + ": Content-Type without MIME-Version")
    raw_date = str(msg["Date"] or "")
    pd = email.utils.parsedate_tz(raw_date)
    if not pd or pd[0] != 2026 or pd[9] is None or not re.search(r"[+-]\d{4}$", raw_date):
        errs.append(rel + ": Date not in 2026 with a zone: " + raw_date)
    if not _MID.fullmatch(str(msg["Message-ID"] or "").strip()):
        errs.append(rel + ": malformed Message-ID")
    texts = []
    info["top"] = msg.get_content_type()
    info.setdefault("leaves", [])
    for part in msg.walk():
        if part.defects:
            errs.append("%s: defects %r" % (rel, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: header %s defects %r" % (rel, k, v.defects))
            if _EW.search(str(v)):
                errs.append("%s: undecoded encoded word in %s" % (rel, k))
            if k.lower() in ("from", "to", "cc", "subject", "message-id", "reply-to"):
                texts.append(str(v))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
        cs = part.get_content_charset()
        fn = part.get_filename()
        info["leaves"].append((ct, cte, cs, fn))
        if fn:
            texts.append(fn)
        raw = part.get_payload()
        if cte == "base64":
            lines = raw.splitlines()
            if any(len(x) > 76 for x in lines):
                errs.append(rel + ": base64 line over 76")
            try:
                base64.b64decode("".join(lines), validate=True)
            except Exception:
                errs.append(rel + ": base64 not strict")
        elif cte == "quoted-printable":
            for ln in raw.splitlines():
                if len(ln) > 76:
                    errs.append(rel + ": QP line over 76")
                if ln != ln.rstrip(" \t"):
                    errs.append(rel + ": QP trailing whitespace")
                if re.search(r"=(?![0-9A-F]{2}|$)", ln) or not ln.isascii():
                    errs.append(rel + ": QP bad escape or 8-bit")
        elif cte == "7bit":
            if not raw.isascii():
                errs.append(rel + ": non-ASCII in 7bit part")
        elif cte != "8bit":
            errs.append(rel + ": unexpected CTE " + cte)
        payload = part.get_payload(decode=True)
        if ct.startswith("text/"):
            if not cs:
                errs.append(rel + ": text part without charset")
            else:
                try:
                    payload.decode(codec(cs), "strict")
                except (UnicodeDecodeError, LookupError):
                    errs.append("%s: charset %s does not decode strictly" % (rel, cs))
        try:
            content = part.get_content()
        except Exception as e:  # noqa: BLE001
            errs.append("%s: get_content failed (%s)" % (rel, e))
            continue
        w = "%s[%s]" % (rel, fn or ct)
        if ct.startswith("text/"):
            texts.append(re.sub(r"\r?\n[ \t]", "", content) if ct == "text/calendar" else content)
        if ct == "text/calendar" or (fn or "").endswith(".ics"):
            check_ics(payload.decode("utf-8"), w, errs)
        if ct.endswith("json"):
            try:
                texts.append(json.dumps(json.loads(payload)))
            except ValueError:
                errs.append(w + ": JSON does not parse")
        if ct == "application/hl7-v2" or (fn or "").endswith(".hl7"):
            if not payload.startswith(b"MSH|"):
                errs.append(w + ": HL7 does not start with MSH|")
            texts.append(payload.decode("ascii", "replace").replace("\r", "\n"))
        if ct.endswith("wordprocessingml.document"):
            try:
                z = zipfile.ZipFile(io.BytesIO(payload))
                x = z.read("word/document.xml").decode("utf-8")
                texts.append(re.sub(r"<[^>]+>", " ", x))
            except Exception:  # noqa: BLE001
                errs.append(w + ": DOCX does not open with word/document.xml")
        if ct == "application/pdf":
            texts.extend(check_pdf(payload, w, errs))
    scan_invented("\n".join(texts), rel, errs)
    return errs


def check(expected=None):
    errs = []
    if expected is None:
        expected, items = build_all()
    else:
        expected, items = expected
    allowed = {"gen.py", "README.md", "labels.tsv"} | set(LABELS)
    for fn in os.listdir(HERE):
        if fn not in allowed:
            errs.append("stray file or directory: " + fn)
    on_disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing folder " + lab)
            continue
        for fn in sorted(os.listdir(d)):
            if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", fn):
                errs.append("stray file %s/%s" % (lab, fn))
            with open(os.path.join(d, fn), "rb") as f:
                on_disk["%s/%s" % (lab, fn)] = f.read()
    p = os.path.join(HERE, "labels.tsv")
    if os.path.exists(p):
        with open(p, "rb") as f:
            on_disk["labels.tsv"] = f.read()
    for rel in sorted(set(expected) | set(on_disk)):
        if rel not in on_disk:
            errs.append("missing on disk: " + rel)
        elif rel not in expected:
            errs.append("not written by gen.py: " + rel)
        elif on_disk[rel] != expected[rel]:
            errs.append("differs from what gen.py writes: " + rel)
    cnt = collections.Counter(m["label"] for m in items)
    for lab in LABELS:
        if cnt[lab] != COUNTS[lab]:
            errs.append("count %s = %d, want %d" % (lab, cnt[lab], COUNTS[lab]))
    nums = sorted(int(rel.split("/")[1][:3]) for rel in on_disk if rel != "labels.tsv")
    if nums != list(range(1, len(MSGS) + 1)) or len(nums) != 150:
        errs.append("numbers are not exactly 001-150")
    tsv = on_disk.get("labels.tsv", b"").decode("utf-8").splitlines()
    listed = collections.Counter()
    for ln in tsv:
        f3 = ln.split("\t")
        if len(f3) != 3 or not f3[2]:
            errs.append("labels.tsv bad line: " + ln)
            continue
        listed[f3[0]] += 1
        if f3[0].split("/")[0] != f3[1]:
            errs.append("labels.tsv folder/label mismatch: " + ln)
        if f3[0] not in on_disk:
            errs.append("labels.tsv lists missing file: " + f3[0])
        if f3[1] == "restricted" and not f3[2].startswith(CATEGORIES):
            errs.append("restricted reason does not start with a category: " + f3[0])
    if tsv != sorted(tsv):
        errs.append("labels.tsv not sorted")
    for rel in on_disk:
        if rel != "labels.tsv" and listed[rel] != 1:
            errs.append("labels.tsv lists %s %d times" % (rel, listed[rel]))
    nonen = sum(1 for m in items if m["lang"] != "en")
    if not 28 <= nonen <= 38:
        errs.append("non-English messages: %d (want 28-38)" % nonen)
    traps = sum(1 for m in items if m["label"] == "none" and m["trap"])
    if traps < 55:
        errs.append("traps: %d (want >= 55)" % traps)
    bl = sum(1 for m in items if m["reason"].startswith("borderline:"))
    if not 8 <= bl <= 12:
        errs.append("borderline reasons: %d (want 8-12)" % bl)
    for m in items:
        if m["trap"] and m["label"] != "none":
            errs.append("trap flag on a non-none message: " + m["slug"])
        data = on_disk.get(m["file"])
        if data is None:
            continue
        m["info"] = {}
        errs.extend(check_eml(m["file"], data, m["info"]))
    return errs, items


def stats(items):
    C = collections.Counter
    print("labels:", dict(C(m["label"] for m in items)))
    print("traps (none):", sum(1 for m in items if m["trap"]),
          " borderline:", sum(1 for m in items if m["reason"].startswith("borderline:")))
    print("restricted categories:", dict(C(next(c for c in CATEGORIES if m["reason"].startswith(c))
                                           for m in items if m["label"] == "restricted")))
    print("non-English:", sum(1 for m in items if m["lang"] != "en"))
    for lab in LABELS:
        print("  %-10s %s" % (lab, dict(sorted(C(m["lang"] for m in items if m["label"] == lab and m["lang"] != "en").items()))))
    print("top-level structure:", dict(C(m["info"]["top"] for m in items).most_common()))
    leaves = [lf for m in items for lf in m["info"]["leaves"]]
    print("leaf types:", dict(C(lf[0] for lf in leaves).most_common()))
    print("attachments:", dict(C(lf[0] for lf in leaves if lf[3]).most_common()))
    print("transfer encodings:", dict(C(lf[1] for lf in leaves).most_common()))
    print("charsets:", dict(C(lf[2] for lf in leaves if lf[2]).most_common()))


def main():
    args = sys.argv[1:]
    if "--check" in args or "--stats" in args:
        errs, items = check()
    else:
        built = build_all()
        write_all(built[0])
        errs, items = check(built)
    for e in errs:
        print("ERROR:", e)
    if "--stats" in args and not errs:
        stats(items)
    print("check: %s (%d messages, %d errors)" % ("OK" if not errs else "FAILED", len(items), len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
