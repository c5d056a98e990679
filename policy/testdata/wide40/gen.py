#!/usr/bin/env python3
"""Generator for wide40: one ordinary fortnight of mail (30 Nov - 11 Dec 2026)
at an invented regional health plan, Tamarack Health Plan, and the people
around it: member services, claims and payment integrity, utilisation
management, appeals and grievances, care management, the pharmacy benefit,
provider relations and contracting, credentialing, EOB and ID-card mailings,
brokers and employer groups, Medicare Advantage and Medicaid staff, fraud and
compliance, HR and IT, vendors, members, families and providers' offices.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print labels, categories, languages, structure

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries,
zip timestamps and a fixed shuffle seed.  Every person, organisation,
address, phone number and identifier below is invented.
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
SEED = 20261214
LABELS = ("none", "phi", "restricted")
WANT = {"none": 70, "phi": 52, "restricted": 28}
FORBIDDEN_SLUG_WORDS = ("trap", "phi", "restricted", "none")
CATS = ("mental health", "substance use", "HIV", "genetic", "reproductive")

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-9": "iso8859_9",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "koi8-u": "koi8_u", "gb2312": "gb2312", "big5": "big5",
    "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


def dd(s):
    """Dedent a triple-quoted block and drop the first newline."""
    if s.startswith("\n"):
        s = s[1:]
    return textwrap.dedent(s)


# ---------------------------------------------------------------- state --
class _St:
    slug = ""
    n = 0


ST = _St()


def _h(tag):
    ST.n += 1
    return hashlib.sha256(("%s|%d|%s" % (ST.slug, ST.n, tag)).encode()).hexdigest()


def boundary():
    h = _h("b")
    style = int(h[0], 16) % 4
    if style == 0:
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:
        return "000000000000%s" % h[1:17]
    if style == 2:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1764500000000 + int(h[13:19], 16))


def make_mid(domain):
    h = _h("m")
    style = int(h[0], 16) % 3
    if style == 0:
        local = "%s.%s" % (h[1:13].upper(), h[13:21].upper())
    elif style == 1:
        local = "CAB%s" % base64.b32encode(bytes.fromhex(h[1:25])).decode().rstrip("=").lower()
    else:
        local = "%s-%s-%s-%s" % (h[1:9], h[9:13], h[13:17], h[17:29])
    return "<%s@%s>" % (local, domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(mo, d, h, mi=0, s=0, tz="-0600"):
    """RFC 5322 date in 2026; Central time unless tz is given."""
    wd = _WD[datetime.date(2026, mo, d).weekday()]
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (wd, d, _MON[mo - 1], h, mi, s, tz)


# ------------------------------------------------------------- encoders --
def crlf(s):
    return s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def qp_encode(data):
    out = []
    lines = data.split(b"\r\n")
    for line in lines:
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
    """RFC 2047 encoded words, folded, never splitting a character."""
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
    """A mailbox: display name (quoted or RFC 2047) and address."""
    if not name:
        return addr
    if name.isascii():
        if any(c in _SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, cs, mode), addr)


def fold(name, value):
    """Fold an ASCII header value at spaces so lines stay near 78."""
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


def _param(k, v):
    if v.isascii():
        return '%s="%s"' % (k, v.replace('"', '\\"'))
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
    return "%s*=utf-8''%s" % (k, enc)


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, text=None, data=None, cs=None, cte=None, parts=None,
                 filename=None, inline=False, params=(), headers=()):
        self.ctype, self.text, self.data, self.cs = ctype, text, data, cs
        self.cte, self.parts, self.filename, self.inline = cte, parts, filename, inline
        self.params, self.headers = list(params), list(headers)

    def render(self):
        """Return (list of header lines, body bytes)."""
        hl = []
        if self.parts is not None:
            b = boundary()
            hl.append('Content-Type: %s;\r\n\tboundary="%s"' % (self.ctype, b) +
                      "".join(";\r\n\t" + p for p in self.params))
            body = b"This is a multi-part message in MIME format.\r\n\r\n" if self.ctype == "multipart/mixed" else b""
            for p in self.parts:
                phl, pb = p.render()
                body += ("--%s\r\n" % b).encode() + "\r\n".join(phl).encode("ascii") + b"\r\n\r\n" + pb
                if not pb.endswith(b"\r\n"):
                    body += b"\r\n"
            body += ("--%s--\r\n" % b).encode()
            return hl, body
        if self.text is not None:
            cs = self.cs or ("us-ascii" if self.text.isascii() else "utf-8")
            raw = crlf(self.text).encode(codec(cs))
            if not raw.endswith(b"\r\n"):
                raw += b"\r\n"
            cte = self.cte or ("7bit" if raw.isascii() else "quoted-printable")
            ct = '%s; charset="%s"' % (self.ctype, cs)
        else:
            raw = self.data
            cte = self.cte or "base64"
            ct = self.ctype
        for p in self.params:
            ct += "; " + p
        if self.filename and self.ctype != "text/calendar":
            ct += ";\r\n\t" + _param("name", self.filename)
        hl.append("Content-Type: " + ct)
        hl.append("Content-Transfer-Encoding: " + cte)
        if self.filename:
            hl.append("Content-Disposition: %s;\r\n\t%s" % ("inline" if self.inline else "attachment", _param("filename", self.filename)))
        hl.extend(self.headers)
        if cte == "base64":
            body = b64_encode(raw)
        elif cte == "quoted-printable":
            body = qp_encode(raw)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
        else:
            body = raw
        return hl, body


def T(text, cs=None, cte=None, flowed=False, sub="plain"):
    return Part("text/" + sub, text=dd(text), cs=cs, cte=cte,
                params=["format=flowed"] if flowed else [])


def H(html, cs=None, cte=None):
    return Part("text/html", text=dd(html), cs=cs, cte=cte)


def ALT(*parts):
    return Part("multipart/alternative", parts=list(parts))


def MIX(*parts):
    return Part("multipart/mixed", parts=list(parts))


def ATT(ctype, payload, filename, cs=None, cte=None, inline=False, params=()):
    if isinstance(payload, str):
        return Part(ctype, text=payload, cs=cs or "utf-8", cte=cte or "base64",
                    filename=filename, inline=inline, params=params)
    return Part(ctype, data=payload, cte=cte or "base64", filename=filename,
                inline=inline, params=params)


# ---------------------------------------------------- attachment makers --
def _pdf_str(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, flate=False):
    """A one-page PDF with a real text layer; xref offsets computed."""
    ops = ["BT", "/F1 10 Tf", "13 TL", "54 760 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % _pdf_str(ln))
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
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        sdict.encode() + b"\nstream\n" + stream + b"\nendstream",
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
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


ZIP_TIME = (2026, 12, 1, 9, 0, 0)


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
         '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body)),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, txt in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, txt.encode("utf-8"))
    return bio.getvalue()


def ics(method, uid, start, end, summary, organizer, attendees=(), desc="", location="", rrule=None, stamp="20261130T150000Z"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Tamarack Health Plan//Calendar 16.0//EN", "VERSION:2.0",
         "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
         "DTSTART;TZID=America/Chicago:" + start, "DTEND;TZID=America/Chicago:" + end]
    if rrule:
        L.append("RRULE:" + rrule)
    L.append("SUMMARY:" + summary)
    if location:
        L.append("LOCATION:" + location)
    if desc:
        L.append("DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"))
    L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, ad in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (cn, ad))
    L += ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:   # fold at 74 octets
        b = ln.encode("utf-8")
        first = True
        while len(b) > 74:
            cut = 74 if first else 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode())
            b = b[cut:]
            first = False
        out.append(("" if first else " ") + b.decode())
    return "\r\n".join(out) + "\r\n"


def hl7(*segs):
    return ("\r".join(segs) + "\r").encode("ascii")


def npi(base9):
    """A 10-digit NPI: base9 plus the Luhn check digit computed over 80840+base9."""
    s = "80840" + base9
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return base9 + str((10 - tot % 10) % 10)


def dea(letters, six):
    d = [int(c) for c in six]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


# ------------------------------------------------------------- messages --
MSGS = []


def M(label, slug, reason, frm, to, subj, date, body, lang="en", trap=False,
      cat=None, cc=None, hdrs=(), cs="utf-8", mode="B", dom=None, irt=None,
      bare=False, where=""):
    MSGS.append(dict(label=label, slug=slug, reason=reason, frm=frm, to=to,
                     subj=subj, date=date, body=body, lang=lang, trap=trap,
                     cat=cat, cc=cc, hdrs=list(hdrs), cs=cs, mode=mode,
                     dom=dom, irt=irt, bare=bare, where=where))


# Recurring addresses ------------------------------------------------------
TH = "tamarackhp.example.com"


def th(local):
    return "%s@%s" % (local, TH)



# ====================================================== none (70) ========
# -- UM, quality and analytics aggregates ---------------------------------
M("none", "um-turnaround-dashboard-nov",
  "aggregate prior-authorisation turnaround and approval rates by service category; no member",
  A("Priya Ramanathan", th("pramanathan")), A("UM Leadership", th("um-leadership")),
  "November PA turnaround dashboard (prelim)", D(11, 30, 8, 12),
  MIX(T("""
      Team,

      Preliminary November numbers are attached. Headlines:

      - Standard requests decided within 7 calendar days: 96.1% (Oct 94.8%)
      - Expedited within 72 hours: 99.4%
      - Overall approval rate 81%; advanced imaging 88%, spinal fusion 62%,
        GLP-1 agonists 71% (mostly missing A1c documentation)
      - Peer-to-peer requests: 143, overturned on P2P: 39

      Final numbers after the late-entry sweep on Thursday. Please don't
      forward outside UM until Sandra signs off.

      Priya Ramanathan, RN
      UM Analytics Lead | Tamarack Health Plan
      """),
      ATT("text/csv", dd("""
      service_category,requests,approved,denied,withdrawn,median_tat_days
      Advanced imaging (MRI/CT/PET),2214,1948,201,65,2.1
      Spinal fusion,118,73,39,6,5.4
      Total joint arthroplasty,402,371,22,9,3.0
      GLP-1 agonists (pharmacy),1630,1157,428,45,1.2
      Home health,877,812,41,24,1.8
      Inpatient rehab / SNF,561,447,96,18,1.0
      Genetic testing,96,58,33,5,6.2
      Outpatient behavioral health (ABA/IOP/PHP),244,219,17,8,1.6
      """), "PA_turnaround_2026-11_prelim.csv", cte="quoted-printable")),
  trap=True)

M("none", "hedis-gap-closure-summary",
  "plan-wide HEDIS measure rates and gap counts; aggregate quality data",
  A("Quality Improvement", th("quality")), A("Stars Workgroup", th("stars-wg")),
  "MY2026 HEDIS gap closure - week 48 snapshot", D(12, 1, 7, 45),
  T("""
    Week 48 snapshot, Tamarack Advantage (HMO + PPO combined), admin data only.

    Measure                              Rate    Gaps open   4-star cut
    Breast cancer screening (BCS)        71.2%   3,114       72%
    Colorectal cancer screening (COL)    68.9%   5,870       70%
    Glycemic status <=9% (GSD)           79.4%   1,402       80%
    Controlling blood pressure (CBP)     70.8%   2,255       72%
    Statin use in diabetes (SUPD)        86.1%     977       87%
    Medication adherence - RAS (D10)     88.7%     810       88%

    Mammography events in Dec are historically our biggest lift; the mobile
    unit schedule is on the shared drive. Provider gap lists go out Friday
    through the portal, not by e-mail.

    -- Quality Improvement, Tamarack Health Plan
    """),
  trap=True)

M("none", "ed-utilisation-per-thousand-q3",
  "aggregate ED visits per 1,000 members and top diagnosis groups; no individual",
  A("Healthcare Analytics", th("analytics")), A("Medical Economics", th("med-econ")),
  "Q3 ED utilization per 1,000 - Community Care vs Advantage", D(12, 2, 10, 3),
  ALT(T("""
      Q3 ED visits per 1,000 member-months (annualized):

        Tamarack Community Care (Medicaid)   612
        Tamarack Advantage (MA)              498
        Tamarack Choice (commercial)         171

      Top avoidable-visit groups (Medicaid): upper respiratory infection,
      otitis media, dental pain, low back pain, UTI. 38% of Medicaid ED visits
      were on weekends; urgent-care redirection pilot starts in Lane County
      in January.

      Full deck on the Analytics SharePoint.
      """),
      H("""
      <html><body style="font-family:Calibri,sans-serif">
      <p>Q3 ED visits per 1,000 member-months (annualized):</p>
      <table border="1" cellpadding="4" style="border-collapse:collapse">
      <tr><th>Line of business</th><th>ED/1,000</th></tr>
      <tr><td>Tamarack Community Care (Medicaid)</td><td>612</td></tr>
      <tr><td>Tamarack Advantage (MA)</td><td>498</td></tr>
      <tr><td>Tamarack Choice (commercial)</td><td>171</td></tr>
      </table>
      <p>Top avoidable-visit groups (Medicaid): upper respiratory infection, otitis media,
      dental pain, low back pain, UTI. 38% of Medicaid ED visits were on weekends;
      urgent-care redirection pilot starts in Lane County in January.</p>
      <p>Full deck on the Analytics SharePoint.</p>
      </body></html>
      """)),
  trap=True)

M("none", "overdose-dashboard-medicaid-counties",
  "aggregate opioid-overdose ED visits and MOUD starts by county; no individual",
  A("Dr. Alan Whitcomb", th("awhitcomb")), A("Behavioral Health Quality Committee", th("bhqc")),
  "Overdose and MOUD dashboard - Oct data", D(12, 3, 16, 20),
  T("""
    Committee members,

    October numbers for Community Care members (counts under 11 suppressed):

    County      OD-related ED visits   Naloxone fills   New MOUD starts
    Lane        41                     212              37
    Harlow      19                      96              14
    Bexley      <11                     58              12
    Ardmore     27                     131              22

    Buprenorphine starts within 7 days of an OD-related ED visit rose to 24%
    (from 17% in Q2). The methadone OTP network gap in Harlow County remains
    the top item for contracting.

    Alan Whitcomb, MD, Associate Medical Director, Behavioral Health
    """),
  trap=True)

M("none", "hiv-viral-suppression-withhold-measure",
  "aggregate HIV viral-suppression rate for a Medicaid quality withhold; no individual",
  A("Medicaid Quality", th("medicaid-quality")), A("Community Care Leadership", th("cc-leadership")),
  "Withhold measure update: HIV viral load suppression", D(12, 4, 9, 30),
  T("""
    Quick update on the 2026 quality withhold measures from DHS.

    HIV viral load suppression (<200 copies/mL at last test in the year)
    among members with an HIV diagnosis on file: 82.3% YTD against a target
    of 85%. The denominator is about 1,900 members. The largest gap is
    members with no viral load result at all this year (about 210), which
    is mostly a lab-data feed problem with two independent labs rather than
    missed care. IT ticket CHG-20931 is open for the feed.

    Rx adherence outreach for ART is handled by the PBM and the Lakeshore
    clinic's own pharmacy team; we are not adding a plan call campaign.
    """),
  trap=True)

M("none", "qi-committee-minutes-grievances",
  "QI committee minutes with aggregate grievance and appeal counts",
  A("Hannah Ostrowski", th("hostrowski")), A("QI Committee", th("qic")),
  "Draft minutes - QIC 12/02", D(12, 3, 11, 48),
  T("""
    Draft minutes, Quality Improvement Committee, 2 Dec 2026

    Present: Dr. Whitcomb, Dr. Nakashima, S. Pruitt, H. Ostrowski, T. Boateng
    1. Grievances Q3: 1,284 total (9.8 per 1,000). Top categories: balance
       billing (22%), transportation no-shows (17%), pharmacy access (12%),
       provider attitude (9%). Quality-of-care grievances referred to peer
       review: 31, none leveled at severity 3.
    2. Appeals Q3: 2,036 resolved; 41% overturned. Overturn rate for
       inpatient level of care is flagged for a criteria refresher.
    3. Credentialing: 212 initial, 388 recredentialed; 2 files to the
       credentials committee for malpractice history.
    4. Action: Pruitt to bring the NEMT vendor corrective action plan to
       January QIC.

    Hannah Ostrowski, Quality Program Coordinator
    """),
  trap=True)

M("none", "nurse-line-monthly-report-nov",
  "vendor's monthly nurse-line volume report, aggregate symptom categories in a PDF",
  A("Lanternline Client Reporting", "reports@lanternline.example.com"), A("Care Management Ops", th("cm-ops")),
  "Lanternline 24/7 Nurse Advice - November 2026 client report", D(12, 1, 6, 2, tz="-0700"),
  MIX(T("""
      Hello Tamarack team,

      Your November client report is attached. Summary: 9,412 calls (+6%),
      average speed of answer 38 s, 61% triaged to home care or a PCP visit,
      7% to ED/911.

      Lanternline Client Reporting
      """),
      ATT("application/pdf", pdf([
          "Lanternline 24/7 Nurse Advice - Client Report",
          "Client: Tamarack Health Plan    Period: 2026-11-01 to 2026-11-30",
          "",
          "Total calls: 9,412   ASA: 38 s   Abandonment: 2.1%",
          "Top symptom protocols: cough/cold 1,204; fever (child) 988;",
          "abdominal pain 611; vomiting/diarrhea 577; rash 402;",
          "medication questions 391; chest pain 212; behavioral health 188",
          "Disposition: home care 34%, PCP within 24 h 27%, urgent care 19%,",
          "ED/911 7%, other 13%",
          "988 warm transfers: 23    Poison control transfers: 41",
          "No member-level data is included in this report.",
      ], flate=True), "Tamarack_Nov2026_client_report.pdf")),
  trap=True)

# -- pharmacy benefit ------------------------------------------------------
M("none", "formulary-update-january",
  "PBM's formulary change notice to prescribers; drug names, no individual",
  A("Crestline Rx Clinical Communications", "clinical-comms@crestlinerx.example.net"),
  A("Tamarack Network Providers", "network-providers@lists.tamarackhp.example.com"),
  "Formulary changes effective January 1, 2027", D(12, 1, 8, 0, tz="-0500"),
  ALT(T("""
      Formulary changes effective January 1, 2027 - Tamarack Choice and
      Tamarack Community Care

      Preferred: adalimumab-adbm and adalimumab-aaty biosimilars. Humira
      moves to non-preferred; members already on it will get a 90-day
      transition fill.
      Tier change: insulin glargine-yfgn to Tier 1 ($0 Medicaid, $25 cap
      commercial).
      Prior authorization removed: buprenorphine/naloxone films and tablets
      up to 24 mg/day; naloxone nasal spray remains $0 with no PA.
      Step therapy added: tirzepatide for type 2 diabetes after metformin
      (not covered for weight loss on Community Care).

      Full list: https://www.crestlinerx.example.net/tamarack/formulary
      Questions: provider line 1-800-555-0148.
      """),
      H("""
      <html><body>
      <h2 style="color:#1d4e6b">Formulary changes effective January 1, 2027</h2>
      <p><b>Tamarack Choice and Tamarack Community Care</b></p>
      <ul>
      <li><b>Preferred:</b> adalimumab-adbm and adalimumab-aaty biosimilars. Humira moves to non-preferred; members already on it will get a 90-day transition fill.</li>
      <li><b>Tier change:</b> insulin glargine-yfgn to Tier 1 ($0 Medicaid, $25 cap commercial).</li>
      <li><b>Prior authorization removed:</b> buprenorphine/naloxone films and tablets up to 24 mg/day; naloxone nasal spray remains $0 with no PA.</li>
      <li><b>Step therapy added:</b> tirzepatide for type 2 diabetes after metformin (not covered for weight loss on Community Care).</li>
      </ul>
      <p><a href="https://www.crestlinerx.example.net/tamarack/formulary">Full list</a> | Provider line 1-800-555-0148</p>
      </body></html>
      """, cte="quoted-printable")),
  trap=True)

M("none", "glp1-coverage-criteria-bulletin",
  "UM medical policy bulletin on GLP-1 criteria; clinical thresholds, no member",
  A("Medical Policy", th("medpolicy")), A("UM Nurses; Pharmacy Benefit", th("um-all")),
  "Policy PH-117 rev. 9: GLP-1 receptor agonists", D(12, 2, 13, 5),
  T("""
    PH-117 (GLP-1 receptor agonists) revision 9 is approved by P&T and
    effective 1/1/2027. Changes:

    * Type 2 diabetes: A1c >= 7.0% within the last 6 months OR documented
      metformin intolerance; no more requirement for two oral agents.
    * Cardiovascular risk reduction (semaglutide 2.4 mg): established ASCVD
      and BMI >= 27; commercial only.
    * Weight management: excluded on Community Care and Advantage; Choice
      groups with the rider need BMI >= 30, or >= 27 with a comorbidity, and
      enrollment in a lifestyle program.
    * Reauthorization at 6 months needs >= 5% weight loss (weight indication)
      or an A1c result (diabetes indication).

    Reviewers: please stop asking for "two oral agents" on requests received
    after 12/31. Redline on the policy site.
    """),
  trap=True)

M("none", "amoxicillin-shortage-notice",
  "PBM drug-shortage notice with substitutions; no individual",
  A("Crestline Rx Pharmacy Network", "network@crestlinerx.example.net"), A("Pharmacy Benefit Team", th("pharmacy")),
  "Shortage advisory: amoxicillin oral suspension 400 mg/5 mL", D(12, 3, 9, 14, tz="-0500"),
  T("""
    Advisory 26-114

    Wholesalers report back-orders of amoxicillin 400 mg/5 mL suspension
    (multiple NDCs) through mid-January. Claims for amoxicillin/clavulanate
    and cefdinir suspension will pay without the usual step edit through
    1/31/2027 when submitted with SCC 08. Pharmacies may also compound
    from capsules; the compound edit is relaxed for this product only.

    No action is needed from the plan beyond the attached edit approval,
    which we'll treat as approved unless we hear from you by Friday.

    Crestline Rx Network Operations
    """),
  trap=True)

M("none", "pt-committee-invite",
  "P&T committee meeting invite whose agenda names PrEP, naltrexone and Sublocade; no individual",
  A("Joan Kessler", th("jkessler")), A("P&T Committee", th("pt-committee")),
  "P&T Committee - Q1 formulary review", D(11, 30, 15, 2),
  MIX(T("""
      Agenda: class reviews of HIV PrEP (oral and injectable), extended-release
      naltrexone and buprenorphine (Sublocade), biosimilar insulins; new drug
      reviews; utilization of GLP-1s. Packets will be posted 12/10.
      """),
      ATT("text/calendar", ics("REQUEST", "pt-2026q4-7731@tamarackhp.example.com",
          "20261215T120000", "20261215T140000", "P&T Committee - Q1 formulary review",
          ("Joan Kessler", th("jkessler")),
          [("Alan Whitcomb", th("awhitcomb")), ("Mei Nakashima", th("mnakashima")),
           ("Rafael Ortega", "rortega@crestlinerx.example.net")],
          desc="Class reviews: HIV PrEP, XR naltrexone, buprenorphine ER injection, biosimilar insulins.",
          location="Boardroom 4B / Teams"), "invite.ics", params=["method=REQUEST"])),
  trap=True)

M("none", "naloxone-kit-order-shipping",
  "community-outreach naloxone kit order with order and tracking numbers; no individual",
  A("Orders - Bellcourt Medical Supply", "orders@bellcourt.example.com"), A("Tomas Boateng", th("tboateng")),
  "Order 4471920 shipped - Naloxone HCl nasal spray 4 mg (case of 24)", D(12, 2, 15, 11, tz="-0500"),
  T("""
    Your order has shipped.

    Order:        4471920 (PO TH-26-3318)
    Ship to:      Tamarack Health Plan - Community Outreach, 400 Mercer St,
                  Suite 210, attn: Tomas Boateng
    Items:        Naloxone HCl 4 mg nasal spray, 2-pack   x 24 cases
                  Fentanyl test strips, 100 ct           x 10
    Carrier:      UPS Ground, tracking 1Z9X7W120391827744
    Invoice:      INV-77820431, net 30

    Bellcourt Medical Supply - Customer Care 1-800-555-0172
    """),
  trap=True)

M("none", "marketing-review-insulin-flyer",
  "compliance review of a Medicare marketing flyer about insulin copays; no individual",
  A("Grace Liu", th("gliu")), A("MA Marketing", th("ma-marketing")),
  "RE: CMS review - 2027 insulin $35 flyer (MKT-2027-044)", D(12, 7, 10, 22),
  T("""
    Two fixes before we file it:

    1. "You'll never pay more than $35 for insulin" needs "for a one-month
       supply of each covered insulin product" right after it.
    2. The photo caption "Dolores manages her diabetes with Tamarack" is a
       stock model - add "Actor portrayal" or drop the name.

    Disclaimer block and the multi-language insert are fine. Once fixed,
    send me the final PDF and I'll put it in HPMS as File & Use.

    Grace Liu
    Medicare Compliance Analyst
    """, cs="us-ascii"),
  irt=TH, trap=True)

# -- templates, test data, interfaces -------------------------------------
M("none", "eob-template-merge-fields-proof",
  "print vendor's EOB template proof with {{merge}} placeholders; no member data",
  A("Dana Whitlock, Ironleaf Print & Mail", "dwhitlock@ironleaf.example.com"), A("EOB Project", th("eob-project")),
  "Proof v3 - 2027 commercial EOB template", D(12, 1, 11, 15, tz="-0500"),
  T("""
    Hi team - proof v3 of the commercial EOB template, with the tagline
    changes. Variable fields are in double braces:

      {{member_first}} {{member_last}}     Member ID: {{member_id}}
      Claim number: {{claim_number}}       Provider: {{rendering_provider}}
      Date(s) of service: {{dos_from}} - {{dos_to}}
      {{#lines}} {{cpt}}  {{service_desc}}  billed {{billed}}  allowed
      {{allowed}}  you owe {{member_resp}} {{/lines}}
      Remark: {{carc_text}}

    Test run uses our standard dummy record (TESTPERSON, A / ID 000000000).
    Approve by 12/4 to hold the January 8 first mail drop.

    Dana Whitlock | Account Manager | Ironleaf Print & Mail | 414-555-0163
    """),
  trap=True)

M("none", "hl7-test-adt-zztest-roundtrip",
  "interface test: HL7 ADT with a ZZTEST dummy patient and its ACK",
  A("Integration Team", th("integration")), A("St. Odile Interfaces", "interfaces@stodile.example.org"),
  "ADT feed cutover test #2 - test message and ACK", D(12, 2, 9, 40),
  MIX(T("""
      Test #2 sent from our side at 09:31 with the ZZTEST patient; your ACK
      came back AA. Both attached. We'll go live with the production feed on
      12/9 at 06:00 unless you object.
      """),
      ATT("application/hl7-v2", hl7(
          "MSH|^~\\&|STODILE_ADT|STODILE|TAMARACK_CM|TAMARACK|202612020931||ADT^A01^ADT_A01|TEST000231|T|2.5.1",
          "EVN|A01|202612020930",
          "PID|1||ZZ0000001^^^STODILE^MR||ZZTEST^PATIENT^ONE||19000101|U",
          "PV1|1|I|TEST^001^A||||||||||||||||ZZVISIT0001"), "ADT_A01_test.hl7"),
      ATT("application/hl7-v2", hl7(
          "MSH|^~\\&|TAMARACK_CM|TAMARACK|STODILE_ADT|STODILE|202612020931||ACK^A01^ACK|ACK000231|T|2.5.1",
          "MSA|AA|TEST000231"), "ACK_test.hl7")),
  trap=True)

M("none", "fhir-capability-statement-payer-api",
  "FHIR CapabilityStatement for the Patient Access API; no patient data",
  A("API Platform", th("api-platform")), A("Northgate EDI Onboarding", "onboarding@northgate-edi.example.net"),
  "Our CapabilityStatement for the payer-to-payer exchange", D(12, 3, 14, 0),
  MIX(T("""
      Attached is the CapabilityStatement our sandbox returns at /metadata.
      Patient, Coverage and ExplanationOfBenefit are read/search only; no
      write interactions. Sandbox base: https://fhir-sandbox.tamarackhp.example.com/r4
      """),
      ATT("application/fhir+json", json.dumps({
          "resourceType": "CapabilityStatement", "status": "active", "date": "2026-12-01",
          "publisher": "Tamarack Health Plan", "kind": "instance", "fhirVersion": "4.0.1",
          "format": ["json"],
          "implementation": {"description": "Tamarack Patient Access and Payer-to-Payer API (sandbox)",
                             "url": "https://fhir-sandbox.tamarackhp.example.com/r4"},
          "rest": [{"mode": "server", "security": {"description": "OAuth2 / SMART on FHIR"},
                    "resource": [{"type": t, "interaction": [{"code": "read"}, {"code": "search-type"}]}
                                 for t in ("Patient", "Coverage", "ExplanationOfBenefit", "MedicationRequest")]}]},
          indent=2) + "\n", "CapabilityStatement.json")),
  trap=True)

M("none", "x12-837-test-file-rejected",
  "clearinghouse rejection of a test 837 file for syntax errors; no patient",
  A("Northgate EDI", "noreply@northgate-edi.example.net"), A("EDI Operations", th("edi-ops")),
  "999 REJECTED - test file TH837P_20261203_01 (ISA control 000004417)", D(12, 3, 5, 12, tz="-0500"),
  T("""
    Northgate EDI - Acknowledgment Summary

    Submitter:        TAMARACK HP (TPID 7730041)
    File:             TH837P_20261203_01.x12   Usage indicator: T (test)
    ISA control:      000004417   GS control: 4417
    Result:           999 R - Rejected

    IK3*NM1*21**8   Segment has data element errors (loop 2010BA)
    IK4*9*67*7      Invalid character in NM109
    IK3*CLM*34**8   Segment has data element errors
    IK4*2**5        Claim amount exceeds 18 characters

    Transaction sets accepted: 0 of 3. No production claims were affected.
    """),
  trap=True)

M("none", "ocr-vendor-demo-japanese",
  "Japanese OCR vendor's demo of claim-form capture using a sample form",
  A("株式会社ミドリ文書 田村", "tamura@midori-docs.example.net", "iso-2022-jp"),
  A("Tamarack Claims Intake", th("claims-intake")),
  "請求書フォームOCRデモのご案内", D(12, 4, 17, 30, tz="+0900"),
  T("""
    タマラック・ヘルスプラン
    請求受付ご担当者様

    先日はお打ち合わせありがとうございました。
    CMS-1500およびUB-04フォームのOCR読取デモ環境をご用意しました。
    デモではサンプル帳票（架空の患者「見本 花子」、会員番号 000000000）
    を使用しており、実在の方の情報は含まれていません。

    読取精度（社内テスト）：活字 99.2%、手書き 94.5%
    デモURL：https://demo.midori-docs.example.net/tamarack

    ご不明な点がございましたらお気軽にご連絡ください。

    株式会社ミドリ文書　営業部　田村 健
    """, cs="iso-2022-jp", cte="7bit"),
  cs="iso-2022-jp", lang="ja", trap=True)

# -- credentialing, network, contracting ----------------------------------
M("none", "cvo-recred-roster-npis",
  "CVO roster of clinicians' own NPIs and license dates; no patient",
  A("CredPoint CVO", "files@credpoint.example.org"), A("Credentialing", th("credentialing")),
  "Recredentialing batch 26-12A complete (14 files)", D(12, 1, 16, 45, tz="-0500"),
  MIX(T("""
      Batch 26-12A is complete: 14 practitioners, primary-source verification
      done, no sanctions found. Two files have malpractice claims history
      and are flagged for committee (Reyes, Haugen). Roster attached.

      CredPoint CVO Operations
      """),
      ATT("text/csv", "last,first,degree,specialty,NPI,license_state,license_exp,board_cert_exp,flag\r\n" +
          "".join("%s,%s,%s,%s,%s,%s,%s,%s,%s\r\n" % r for r in [
              ("Abernathy", "Colin", "MD", "Family Medicine", npi("122041873"), "MN", "2028-06-30", "2031-12-31", ""),
              ("Reyes", "Marisol", "MD", "Obstetrics & Gynecology", npi("133907215"), "MN", "2027-09-30", "2029-12-31", "malpractice history"),
              ("Haugen", "Erik", "DO", "Orthopedic Surgery", npi("140662318"), "WI", "2028-03-31", "2030-12-31", "malpractice history"),
              ("Okonjo", "Adaeze", "PMHNP", "Psychiatric NP", npi("155218904"), "MN", "2027-11-30", "2028-08-31", ""),
              ("Lindqvist", "Signe", "LICSW", "Clinical Social Work", npi("162093447"), "MN", "2028-01-31", "", ""),
              ("Farouk", "Samir", "MD", "Infectious Disease", npi("170459926"), "MN", "2027-05-31", "2029-12-31", ""),
          ]), "CredPoint_26-12A_roster.csv")),
  trap=True)

M("none", "dea-registration-expiring-reminder",
  "credentialing reminder to a physician about her own DEA registration and NPI",
  A("Credentialing", th("credentialing")), A("Dr. Mei Nakashima", th("mnakashima")),
  "Action needed: DEA registration expires 01/31/2027", D(12, 2, 8, 30),
  T("""
    Dr. Nakashima,

    Our records show your DEA registration %s (NPI %s) expires on
    01/31/2027. Because you perform peer reviews for pharmacy appeals we
    keep a copy of your current registration on file. Please send the
    renewed certificate when you receive it.

    Thank you,
    Credentialing Department, Tamarack Health Plan
    612-555-0119
    """ % (dea("FN", "482913"), npi("184302556"))),
  trap=True)

M("none", "exclusion-scan-monthly-results",
  "monthly OIG/SAM exclusion scan of network providers, no matches; NPIs only",
  A("Compliance Monitoring", th("compliance-monitoring")), A("Compliance Officer", th("compliance")),
  "Monthly exclusion screening - December run: 0 confirmed matches", D(12, 7, 6, 5),
  T("""
    December screening run (LEIE, SAM, state Medicaid exclusion list):

    Records screened: 18,944 practitioners, 2,310 facilities, 612 employees,
    41 vendors.
    Potential matches: 3. All cleared on secondary review:
      - name match only, different NPI (%s vs listed individual)
      - name + city match, DOB differs (employee file E-20417)
      - vendor DBA match, different TIN
    Confirmed matches: 0.

    Evidence stored in the compliance share under 2026-12.
    """ % npi("199720451")),
  trap=True)

M("none", "network-update-bh-adds",
  "provider newsletter listing newly contracted behavioural-health and OTP sites; HTML only",
  A("Tamarack Provider Relations", "provider-news@tamarackhp.example.com"),
  A("Network Providers", "network-providers@lists.tamarackhp.example.com"),
  "Provider Network News - December 2026", D(12, 2, 7, 0),
  H("""
    <!DOCTYPE html>
    <html><body style="font-family:Arial,sans-serif;font-size:14px">
    <h1 style="font-size:20px">Provider Network News &ndash; December 2026</h1>
    <h2 style="font-size:16px">New in network</h2>
    <ul>
    <li>Second Wind Recovery &ndash; opioid treatment program (methadone and buprenorphine), Harlow County</li>
    <li>Westbank Behavioral Health &ndash; adult and adolescent outpatient therapy, psychiatry, IOP</li>
    <li>Lakeshore Infectious Disease Clinic &ndash; now a PrEP navigation site</li>
    <li>Marigold Women&rsquo;s Health &ndash; two new locations offering same-day LARC</li>
    </ul>
    <h2 style="font-size:16px">Reminders</h2>
    <p>Prior authorization is no longer required for the first 12 outpatient psychotherapy visits.
    Directory attestations are due every 90 days &ndash; use the portal, not fax.</p>
    <p><a href="https://providers.tamarackhp.example.com/news">Read online</a></p>
    </body></html>
    """),
  trap=True)

M("none", "otp-directory-attestation-front-desk",
  "an opioid treatment programme's front desk updating its directory listing; no individual",
  A("Second Wind Recovery - Front Desk", "frontdesk@secondwindrecovery.example.org"),
  A("Provider Data Management", th("provider-data")),
  "Directory attestation - Second Wind Recovery Harlow site", D(12, 3, 10, 10),
  T("""
    Hello,

    Attesting for our Harlow location for the quarter. Changes:

    - Dosing hours now 5:30am-1:30pm weekdays, 7-10am Saturdays
    - Accepting new patients: YES (methadone and buprenorphine)
    - New prescriber: Dr. Imani Clarke, NPI %s
    - Phone stays 218-555-0186, fax 218-555-0187

    Please fix the listing that still shows our old Elm Street address.

    Thanks,
    Renee
    Second Wind Recovery
    """ % npi("173384012")),
  trap=True)

M("none", "bh-billing-eft-bank-change",
  "a behavioural-health practice's billing office changing EFT bank details; no patient",
  A("Westbank Behavioral Health - Billing", "billing@westbankbh.example.org"),
  A("Provider Enrollment", th("provider-enrollment")),
  "EFT change request - new bank", D(12, 4, 13, 27),
  T("""
    Good afternoon,

    We changed banks. Attached form is signed by our CFO. New account ends
    in 4471 (routing on the form). Group NPI %s, TIN ending 3382. Please
    let us know the effective date so we can watch for the prenote.

    Thank you,
    Carla Mendes
    Billing Manager, Westbank Behavioral Health
    """ % npi("161550283")),
  trap=True)

M("none", "lakeshore-contract-amendment-hiv-codes",
  "contract amendment re-pricing HIV-lab CPT codes for a clinic; no individual",
  A("Network Contracting", th("contracting")), A("Lakeshore ID Clinic Administration", "admin@lakeshoreid.example.org"),
  "Amendment 4 - lab fee schedule", D(12, 7, 15, 33),
  T("""
    Hi Deborah,

    Attached is the redline for Amendment 4. It moves HIV-1 viral load
    (87536), genotype resistance (87901) and HLA-B*5701 (81381) to 110% of
    the Medicare lab fee schedule, and adds the PrEP navigation code set at
    the case-rate we discussed. The 340B carve-out language is unchanged.
    Effective 2/1/2027 if we have signatures by 1/15.

    Kelsey Marsh
    Senior Contract Manager, Tamarack Health Plan
    """),
  trap=True)

M("none", "claim-dispute-process-faq",
  "provider FAQ on claim disputes with an example claim-number format; no patient",
  A("Provider Relations", th("provrel")), A("Office Managers", "office-managers@lists.tamarackhp.example.com"),
  "FAQ: disputes vs. corrected claims vs. appeals", D(12, 8, 8, 15),
  T("""
    Office managers keep asking which route to use, so:

    Corrected claim (frequency code 7): you billed the wrong code, units or
    modifier. Send within 180 days of the original paid date.

    Payment dispute: you think we paid the wrong amount under your
    contract. Use the portal dispute form with the 13-digit claim number
    (format 2026XXXXXXXXX) and the contract section you rely on.

    Appeal: we denied medical necessity. The member's appeal rights are in
    the denial letter; providers appealing on their own behalf use the
    provider appeal form within 60 days.

    Provider Relations, 1-800-555-0115
    """),
  trap=True)

# -- payment integrity, SIU, compliance -----------------------------------
M("none", "fwa-training-reminder-upcoding",
  "annual fraud, waste and abuse training reminder with generic billing examples",
  A("Compliance Office", th("compliance")), A("All Staff", th("all-staff")),
  "Reminder: annual FWA and Code of Conduct training due 12/18", D(11, 30, 9, 0),
  T("""
    Everyone must finish the annual Fraud, Waste & Abuse and Code of
    Conduct modules in the Learning Hub by 12/18. It takes about 40
    minutes. New this year: examples of E/M upcoding, unbundled lab
    panels, billing telehealth as in-person, and DME "phantom" deliveries.

    Report concerns to the compliance hotline 1-800-555-0104 (anonymous)
    or siu@tamarackhp.example.com.
    """),
  trap=True)

M("none", "clarion-recovery-monthly-invoice",
  "payment-integrity vendor's contingency-fee invoice; business-to-business",
  A("Clarion Recovery Partners AR", "ar@clarionrecovery.example.com"), A("Accounts Payable", th("ap")),
  "Invoice CRP-2026-1187 - November contingency fees", D(12, 1, 12, 0, tz="-0500"),
  T("""
    Invoice CRP-2026-1187
    Bill to: Tamarack Health Plan, Accounts Payable, PO 45-88120

    Program                         Recovered      Fee %    Fee
    Coordination of benefits        $412,880.15    14%      $57,803.22
    DRG validation                  $288,004.70    18%      $51,840.85
    Duplicate payment               $61,217.44     10%      $6,121.74
                                                   Total    $115,765.81

    Terms net 45. Remit by ACH to the account on file.
    """),
  trap=True)

M("none", "lure-claim-denied-view-eob",
  "a phishing message about a 'denied claim' aimed at members; no real claim",
  A("Tamarack Member Services", "alerts@tamarack-hp-claims.test"), A("", "ruth.k.abbott@mailbox.example.net"),
  "ACTION REQUIRED: Your claim #88374-2 was denied", D(12, 5, 3, 17, tz="+0300"),
  H("""
    <html><body>
    <p>Dear Member,</p>
    <p>Your recent medical claim <b>#88374-2</b> was <b>DENIED</b> due to missing information.
    To avoid being billed the full amount, verify your account and view your Explanation of Benefits within 24 hours.</p>
    <p><a href="http://tamarack-hp-claims.test/verify?id=88374">VIEW MY EOB</a></p>
    <p>Tamarack Member Services</p>
    </body></html>
    """),
  trap=True)

M("none", "security-advisory-pa-lure",
  "IT security advisory about a phishing campaign themed on prior authorisations",
  A("Information Security", th("infosec")), A("All Staff", th("all-staff")),
  "Security alert: fake \"Prior Authorization Update\" e-mails", D(12, 7, 8, 3),
  T("""
    Since Friday we've blocked about 900 messages with the subject "Prior
    Authorization Update - Member Records Attached" from lookalike domains
    such as tamarackhp-auth.test. They link to a fake sign-in page.

    Real PA determinations never arrive as e-mail attachments from outside
    the plan. If you clicked and entered your password, call the Service
    Desk at x5-0100 now. Use the Report Phish button for anything else.

    Information Security
    """),
  trap=True)

M("none", "spam-billing-outsourcing",
  "billing-outsourcing spam full of denial and HIPAA talk",
  A("Maxwell - RevCycle Pros", "maxwell@revcycle-pros.test"), A("", th("provrel")),
  "Cut your denials 40% - HIPAA-compliant offshore billing", D(12, 8, 2, 44, tz="+0530"),
  T("""
    Hello Sir/Madam,

    Are claim denials, AR over 90 days and prior auth backlog hurting your
    practice? Our certified coders handle eligibility, charge entry, denial
    management and patient statements at 2.9% of collections. 100% HIPAA
    compliant, ISO 27001, US-based account managers.

    Reply YES for a free AR audit.

    To unsubscribe reply REMOVE.
    """),
  trap=True)

# -- EOB, ID cards, mailings ----------------------------------------------
M("none", "anoc-mailing-drop-schedule",
  "print vendor's mailing drop schedule with piece counts by county",
  A("Ironleaf Print & Mail - Production", "production@ironleaf.example.com"), A("Medicare Operations", th("ma-ops")),
  "Drop schedule: welcome kits and ID cards for 1/1 enrollees", D(12, 3, 7, 50, tz="-0500"),
  T("""
    Medicare new-enrollee kits (welcome letter, ID card, EOC notice):

    Drop   Date     Pieces   Counties
    1      12/09    4,120    Lane, Ardmore
    2      12/14    3,877    Harlow, Bexley, Pike
    3      12/18    2,905    all late enrollments through 12/15

    Spanish, Vietnamese and Somali inserts are in the kits per the language
    flags in the eligibility file. Reprints for returned mail go out daily.
    """),
  trap=True)

M("none", "id-card-batch-print-confirmation",
  "ID-card print job confirmation with batch counts; no member",
  A("Ironleaf Job Control", "jobcontrol@ironleaf.example.com"), A("Enrollment Operations", th("enrollment-ops")),
  "Job 26-338-IDC complete: 18,402 cards", D(12, 4, 4, 30, tz="-0500"),
  T("""
    JOB COMPLETE
    Job: 26-338-IDC   Client: TAMARACK   Product: ID card (CR80, PVC)
    Records received: 18,411   Printed: 18,402   Suppressed: 9 (bad address)
    Presort: 5-digit 11,204 / AADC 6,901 / mixed 297
    USPS Form 3602 ref: 55481920   Induction: 12/04 10:00
    Suppression file posted to SFTP /out/suppress_26-338.txt
    """),
  trap=True)

M("none", "id-card-reship-tracking-member",
  "borderline: a member's replacement ID card with member ID and tracking number; coverage mail, no care or claim",
  A("Tamarack Member Services", "no-reply@tamarackhp.example.com"), A("Gordon Ellery", "g.ellery@mailbox.example.net"),
  "Your replacement ID card is on its way", D(12, 8, 12, 5),
  T("""
    Hi Gordon,

    As requested on your call today, we've mailed a replacement member ID
    card for member ID TMK884120517 to the address on file.

    USPS tracking: 9400 1112 0654 7719 2201 18
    Until it arrives you can show the digital card in the MyTamarack app.

    Tamarack Member Services
    1-800-555-0110 (TTY 711)
    """),
  trap=True)

M("none", "portal-notice-message-waiting",
  "borderline: a portal notice greeting a member by name that a message is waiting, nothing about care",
  A("MyTamarack", "no-reply@my.tamarackhp.example.com"), A("Yolanda Pierce", "ypierce@mailbox.example.net"),
  "You have a new secure message", D(12, 9, 18, 2),
  ALT(T("""
      Hello Yolanda,

      You have a new secure message in MyTamarack. For your privacy we
      don't include details in e-mail. Sign in to read it:
      https://my.tamarackhp.example.com/messages

      Tamarack Health Plan
      """),
      H("""
      <html><body><p>Hello Yolanda,</p>
      <p>You have a new secure message in MyTamarack. For your privacy we don't include details in e-mail.</p>
      <p><a href="https://my.tamarackhp.example.com/messages">Sign in to read it</a></p>
      <p>Tamarack Health Plan</p></body></html>
      """)),
  trap=True)

# -- broker and employer-group mail ---------------------------------------
M("none", "broker-renewal-castellan",
  "borderline: broker renewal mail with aggregate loss ratio and a count of large claimants, no diagnosis or person",
  A("Brett Halvorsen", "brett@halvorsenbenefits.example.com"), A("Sarah Dunmore", th("sdunmore")),
  "Castellan Manufacturing 4/1 renewal - they'll push back", D(12, 1, 14, 18),
  T("""
    Sarah,

    Got the renewal at +11.8%. Castellan's CFO is going to choke on that.
    Their trailing 12 loss ratio is 84% and I know two large claimants are
    driving most of it, both over the $150k pooling point, so can we talk
    about pooling those out of the experience entirely? They also want a
    quote on moving to the HSA plan for the 2nd shift.

    Can we get on a call Thursday? Any time after 1.

    Brett Halvorsen
    Halvorsen Benefits Group | 651-555-0177
    """),
  trap=True)

M("none", "ivf-rider-quote-request",
  "broker asking for a quote on adding an IVF and fertility rider for an employer group",
  A("Brett Halvorsen", "brett@halvorsenbenefits.example.com"), A("Group Underwriting", th("underwriting")),
  "Quote request: fertility rider for Riverside SD 14", D(12, 2, 9, 51),
  T("""
    Hi underwriting,

    Riverside School District 14 (group 0041882, 1,140 enrolled) wants an
    add-on quote for a fertility benefit for 7/1: diagnostic workup,
    IUI, IVF with a $20k lifetime max, and egg freezing. They asked whether
    the rider can include donor-egg cycles and whether it applies to
    same-sex couples without an infertility diagnosis. Census attached is
    the same as the one from renewal.

    Thanks,
    Brett
    """),
  trap=True)

M("none", "korean-agent-certification-training",
  "Korean-language broker training for Medicare Advantage sales certification",
  A("한미 보험 에이전시", "info@hanmi-insurance.example.com"), A("Tamarack Broker Services", th("broker-services")),
  "2027 메디케어 어드밴티지 판매 인증 교육 일정 문의", D(12, 2, 16, 5, tz="-0800"),
  T("""
    안녕하세요, 타마랙 브로커 서비스 담당자님.

    저희 에이전시 설계사 6명이 2027년 메디케어 어드밴티지 상품 판매
    인증 교육을 받으려고 합니다. 한국어 자료가 있는지, 그리고 AHIP
    인증서 사본을 어디로 보내야 하는지 알려주시면 감사하겠습니다.

    연말 가입 기간 이후에 교육 일정이 있으면 좋겠습니다.

    감사합니다.
    한미 보험 에이전시 김정민 드림
    전화 213-555-0144
    """, cs="euc-kr", cte="base64"),
  cs="euc-kr", lang="ko", trap=True)

M("none", "chinese-medicare-seminar-invite",
  "Traditional-Chinese invitation to a Medicare Advantage community seminar",
  A("塔瑪拉克健康計劃 社區外展", "outreach@tamarackhp.example.com", "big5"),
  A("華人社區中心", "office@chinese-community-center.example.org"),
  "聯邦醫療保險優勢計劃講座（粵語／國語）", D(12, 3, 10, 0),
  T("""
    華人社區中心 各位同工：

    我們計劃於12月12日（星期六）上午10時在貴中心舉辦聯邦醫療保險
    優勢計劃說明會，內容包括：牙科及視力福利、處方藥費用、
    交通接送服務，以及如何選擇家庭醫生。講座以粵語及國語進行，
    現場不會收集任何個人醫療資料。

    請協助通知社區長者。如有查詢，請致電 1-800-555-0128。

    塔瑪拉克健康計劃 社區外展部 陳美玲
    """, cs="big5", cte="8bit"),
  cs="big5", lang="zh", trap=True)

# -- education, CME, newsletters ------------------------------------------
M("none", "webinar-prep-primary-care",
  "provider-education webinar on PrEP prescribing in primary care",
  A("Tamarack Provider Education", "education@tamarackhp.example.com"),
  A("Network Providers", "network-providers@lists.tamarackhp.example.com"),
  "Free CME webinar: PrEP in primary care, 12/16 at noon", D(12, 1, 10, 0),
  ALT(T("""
      PrEP in Primary Care: Who, How and Paying for It
      Wednesday 12/16, 12:00-1:00 pm CT, 1.0 AMA PRA Category 1 Credit

      Speaker: Samir Farouk, MD, Lakeshore Infectious Disease Clinic
      Topics: risk assessment without judgement, oral vs. injectable
      PrEP, HIV and STI testing intervals, no-cost-sharing rules and how to
      code the visits.

      Register: https://education.tamarackhp.example.com/prep
      """),
      H("""
      <html><body>
      <h2>PrEP in Primary Care: Who, How and Paying for It</h2>
      <p>Wednesday 12/16, 12:00&ndash;1:00 pm CT &middot; 1.0 AMA PRA Category 1 Credit</p>
      <p>Speaker: Samir Farouk, MD, Lakeshore Infectious Disease Clinic</p>
      <p>Risk assessment without judgement, oral vs. injectable PrEP, HIV and STI testing intervals,
      no-cost-sharing rules and how to code the visits.</p>
      <p><a href="https://education.tamarackhp.example.com/prep">Register</a></p>
      </body></html>
      """)),
  trap=True)

M("none", "webinar-genetic-testing-pa-policy",
  "provider webinar on genetic-testing prior-authorisation policy (BRCA, Lynch); no individual",
  A("Helix Path Genetics Medical Affairs", "medaffairs@helixpath.example.com"),
  A("Mei Nakashima", th("mnakashima")),
  "Invitation: payer roundtable on hereditary cancer testing criteria", D(12, 3, 13, 0, tz="-0800"),
  T("""
    Dr. Nakashima,

    We're hosting a 45-minute virtual roundtable for payer medical
    directors on January 13 about aligning hereditary cancer testing
    criteria (BRCA1/2, Lynch syndrome panels, cascade testing of relatives)
    with the latest guideline updates, and how pre-test genetic counselling
    requirements affect turnaround. No product promotion; CME is not
    offered.

    RSVP: https://events.helixpath.example.com/payer-roundtable

    Lena Ivers, MS, CGC
    Director, Payer Medical Affairs, Helix Path Genetics
    """),
  trap=True)

M("none", "spanish-member-newsletter-diabetes",
  "Spanish member newsletter on diabetes care and flu shots; general education",
  A("Tamarack Salud", "boletin@tamarackhp.example.com"), A("Miembros", "miembros@lists.tamarackhp.example.com"),
  "Boletín de diciembre: diabetes, vacunas y sus beneficios", D(12, 4, 9, 0),
  ALT(T("""
      Boletín para miembros - diciembre 2026

      Diabetes: hágase la prueba de A1c al menos dos veces al año y el
      examen de la vista cada año. Si usa insulina, su copago es de $0 en
      Tamarack Community Care.

      Vacuna contra la gripe: es gratis en cualquier farmacia de la red.
      No necesita cita.

      Transporte: puede pedir transporte gratuito a sus citas médicas
      llamando al 1-800-555-0133 con dos días de anticipación.
      """, cs="utf-8", cte="quoted-printable"),
      H("""
      <html><body>
      <h2>Boletín para miembros &ndash; diciembre 2026</h2>
      <p><b>Diabetes:</b> hágase la prueba de A1c al menos dos veces al año y el examen de la vista cada año.
      Si usa insulina, su copago es de $0 en Tamarack Community Care.</p>
      <p><b>Vacuna contra la gripe:</b> es gratis en cualquier farmacia de la red. No necesita cita.</p>
      <p><b>Transporte:</b> puede pedir transporte gratuito a sus citas médicas llamando al 1-800-555-0133 con dos días de anticipación.</p>
      </body></html>
      """, cs="utf-8", cte="quoted-printable")),
  lang="es", trap=True)

M("none", "vietnamese-flu-clinic-events",
  "Vietnamese community flu-shot clinic announcement",
  A("Tamarack Community Outreach", "outreach@tamarackhp.example.com"),
  A("Hội Người Việt", "hoi@vietnamese-association.example.org"),
  "Chích ngừa cúm miễn phí tại chùa và trung tâm cộng đồng", D(12, 1, 15, 30),
  T("""
    Kính gửi Ban Điều Hành Hội,

    Tamarack Health Plan sẽ tổ chức chích ngừa cúm và COVID miễn phí:

    - Thứ Bảy 5/12, 9 giờ sáng - 1 giờ chiều, Trung tâm Cộng đồng Lane
    - Chủ Nhật 13/12, sau lễ, tại chùa Phước Huệ

    Không cần bảo hiểm, không cần hẹn trước. Có thông dịch viên tiếng Việt.
    Xin vui lòng thông báo cho các hội viên. Điện thoại: 1-800-555-0128.

    Trân trọng,
    Nguyễn Thị Lan, Ban Tiếp Cận Cộng Đồng
    """, cs="utf-8", cte="base64"),
  lang="vi", trap=True)

M("none", "russian-member-newsletter-wellness-visit",
  "Russian member newsletter about the annual wellness visit; general information",
  A("Tamarack Advantage", "newsletter@tamarackhp.example.com"), A("Участники плана", "members-ru@lists.tamarackhp.example.com", "koi8-r"),
  "Ежегодный профилактический визит - бесплатно", D(12, 7, 9, 0),
  T("""
    Уважаемые участники плана Tamarack Advantage!

    Напоминаем, что ежегодный профилактический визит к вашему
    лечащему врачу предоставляется бесплатно. Во время визита врач
    проверит давление, список лекарств и при необходимости направит
    на маммографию или колоноскопию.

    Запишитесь до 31 декабря и получите подарочную карту на $25.
    Вопросы: 1-800-555-0110 (есть русскоговорящие операторы).
    """, cs="koi8-r", cte="8bit"),
  cs="koi8-r", lang="ru", trap=True)

M("none", "arabic-community-health-fair",
  "Arabic flyer for a free community health fair with screenings",
  A("Tamarack Community Outreach", "outreach@tamarackhp.example.com"), A("مسجد النور", "office@alnoor-center.example.org", "windows-1256"),
  "معرض صحي مجاني للعائلات - السبت 12 ديسمبر", D(12, 4, 11, 15),
  T("""
    السلام عليكم،

    يسرّنا دعوة أبناء الجالية إلى معرض صحي مجاني يوم السبت 12 ديسمبر
    من الساعة العاشرة صباحًا حتى الثانية ظهرًا في قاعة المركز.

    - فحص ضغط الدم والسكر
    - لقاح الإنفلونزا للكبار والأطفال
    - معلومات عن التأمين الصحي الحكومي (Medicaid) وكيفية التجديد

    يتوفر مترجمون باللغة العربية. للاستفسار: 1-800-555-0128

    مع التحية،
    فريق التواصل المجتمعي - تاماراك
    """, cs="windows-1256", cte="quoted-printable"),
  cs="windows-1256", lang="ar", trap=True)

M("none", "somali-medicaid-renewal-reminder",
  "Somali template reminder about Medicaid renewal; no member named",
  A("Tamarack Community Care", "renewals@tamarackhp.example.com"), A("Xubnaha", "members-so@lists.tamarackhp.example.com"),
  "Xasuusin: cusboonaysii Medicaid-kaaga", D(12, 8, 10, 0),
  T("""
    Xubin qaali ah,

    Waqtiga cusboonaysiinta Medicaid waa la gaaray. Haddii aad heshay
    warqad buluug ah oo ka timid Waaxda Adeegyada Aadanaha (DHS), fadlan
    buuxi oo soo celi ka hor taariikhda ku qoran. Haddii aadan soo celin,
    caymiskaagu wuu joogsan karaa.

    Caawimaad bilaash ah oo af-Soomaali ah: 1-800-555-0138.

    Tamarack Community Care
    """),
  lang="so", trap=True)

M("none", "creole-transport-benefit-explainer",
  "Haitian Creole explainer of the non-emergency transportation benefit",
  A("Tamarack Community Care", "info@tamarackhp.example.com"), A("Manm yo", "members-ht@lists.tamarackhp.example.com"),
  "Transpò gratis pou randevou doktè ou", D(12, 9, 9, 30),
  T("""
    Bonjou,

    Kòm manm Tamarack Community Care, ou gen dwa a transpò gratis pou ale
    nan randevou doktè, famasi, dyaliz oswa terapi. Rele 1-800-555-0133
    omwen 2 jou davans. Pou randevou ijan, rele menm jou a.

    Si chofè a pa vini, rele nou tousuit pou nou ka voye yon lòt machin.

    Tamarack Health Plan
    """, cs="utf-8", cte="quoted-printable"),
  lang="ht", trap=True)

M("none", "ukrainian-newcomers-coverage-session",
  "Ukrainian invitation to a coverage information session for newcomers",
  A("Tamarack Community Outreach", "outreach@tamarackhp.example.com"), A("Українська громада", "info@ukr-community.example.org", "koi8-u"),
  "Інформаційна зустріч: медичне страхування для новоприбулих", D(12, 2, 12, 0),
  T("""
    Шановні друзі!

    Запрошуємо на інформаційну зустріч про медичне страхування для
    новоприбулих родин у четвер, 10 грудня, о 18:00 у залі церкви
    св. Володимира. Поговоримо про Medicaid, вибір сімейного лікаря,
    стоматологію для дітей та безкоштовний перекладач на прийомі.

    Особисті документи приносити не потрібно.

    З повагою,
    Оксана Дмитренко, відділ роботи з громадами
    """, cs="koi8-u", cte="base64"),
  cs="koi8-u", lang="uk", trap=True)

M("none", "tagalog-nurses-association-party-ceu",
  "Tagalog nurses' association holiday party with a wound-care CEU session",
  A("Filipino Nurses Association - Twin Lakes", "fna.twinlakes@mailbox.example.org"),
  A("Marites Villanueva", th("mvillanueva")),
  "Christmas party + libreng CEU sa wound care, Dis. 19", D(12, 5, 20, 14),
  T("""
    Hi Marites!

    Paalala lang sa ating Christmas party sa Sabado, Disyembre 19, 5pm sa
    Parish Hall. Bago ang kainan, may 1-hour CEU tungkol sa pressure
    injury at wound care (libre para sa members). Potluck po, kaya pakidala
    ng pancit o dessert. Huwag kalimutan ang $10 na exchange gift.

    Pakisabi rin sa ibang RN sa care management ninyo.

    Salamat po!
    Ate Baby, FNA-TL Secretary
    """),
  lang="tl", trap=True)

M("none", "french-conference-call-for-papers",
  "French conference call for papers on health-insurance fraud analytics",
  A("Colloque AFAS 2027", "comite@colloque-afas.example.org"), A("Special Investigations Unit", th("siu")),
  "Appel à communications - Détection de la fraude en assurance santé", D(12, 1, 16, 0, tz="+0100"),
  T("""
    Madame, Monsieur,

    Le comité scientifique du Colloque AFAS 2027 (Montréal, 11-12 mai)
    lance son appel à communications sur la détection de la fraude, du
    gaspillage et des abus en assurance santé : modèles d'apprentissage
    automatique sur les demandes de remboursement, facturation excessive,
    prestataires fantômes, et protection des données des assurés.

    Date limite des résumés : 15 février 2027.
    Les résumés ne doivent contenir aucune donnée personnelle de santé.

    Le comité scientifique
    """, cs="iso-8859-1", cte="quoted-printable"),
  cs="iso-8859-1", mode="Q", lang="fr", trap=True)

M("none", "translation-vendor-quote-member-notices",
  "translation vendor's quote for member notices in threshold languages",
  A("Polyglot Language Services", "quotes@polyglot-ls.example.net"), A("Member Communications", th("member-comms")),
  "Quote Q-26-4410: 2027 EOC, ANOC and denial-notice translations", D(12, 4, 8, 20, tz="-0500"),
  T("""
    Thanks for the files. Quote Q-26-4410:

    Documents: Evidence of Coverage (212 pp), ANOC (16 pp), adverse
    determination and appeal-rights templates (14 letters), non-
    discrimination taglines.
    Languages: Spanish, Vietnamese, Somali, Hmong, Russian, Arabic,
    Simplified and Traditional Chinese.
    Price: $0.21/word new, $0.06/word repetitions; est. $61,840 total.
    Turnaround: 15 business days; certified translation affidavits
    included.
    """),
  trap=True)

# -- HR, IT and ordinary office mail --------------------------------------
M("none", "hr-open-enrollment-eap-fertility",
  "HR open-enrollment notice to plan employees describing EAP counselling and fertility benefits",
  A("Tamarack People & Culture", th("hr")), A("All Staff", th("all-staff")),
  "Last week of open enrollment - what's new for 2027", D(11, 30, 7, 30),
  T("""
    Open enrollment closes Friday 12/4 at 5 pm. New for 2027:

    * EAP: 8 free confidential counselling sessions per issue (up from 6),
      now including virtual therapy and substance-use assessments.
    * Fertility: IVF and egg freezing covered up to $25,000 lifetime through
      our carrier's fertility program.
    * Mental health visits: $0 copay in network.
    * The wellness incentive is $400 for completing a biometric screening.

    You must make an active election if you want an HSA. Questions:
    benefits@tamarackhp.example.com.
    """),
  trap=True)

M("none", "hr-onsite-flu-clinic-badge",
  "HR onsite flu-shot clinic sign-up for staff; no individual's care",
  A("Employee Health", th("employee-health")), A("Mercer Street Staff", th("mercer-staff")),
  "Onsite flu shots Tuesday - bring your badge", D(12, 4, 10, 30),
  T("""
    Walk-in flu shots Tuesday 12/8, 10 am - 2 pm, 3rd floor training room.
    Bring your badge; we scan your employee ID instead of filling out the
    paper form. Already had one elsewhere? Upload the card in the People
    portal to get wellness points.
    """),
  trap=True)

M("none", "payroll-w2-election-employee-id",
  "payroll notice with an employee ID about W-2 delivery; no health content",
  A("Payroll", th("payroll")), A("Marcus Tillman", th("mtillman")),
  "W-2 electronic delivery confirmation", D(12, 7, 13, 0),
  T("""
    Hi Marcus,

    We've recorded your election for electronic W-2 delivery.
    Employee ID: 40922    Effective tax year: 2026
    Your 2026 W-2 will be in the People portal by January 29, 2027.

    Payroll Services
    """),
  trap=True)

M("none", "team-birthday-date",
  "coworker's birthday with a birth date; no health content",
  A("Lupe Carrillo", th("lcarrillo")), A("Appeals Team", th("appeals-team")),
  "Shh - Denise's birthday", D(12, 8, 15, 12),
  T("""
    Denise turns 50 on Thursday (born 12/10/1976 - she told me I could
    share, she's proud of it). Cake in the break room at 2:30 Thursday.
    Card is on my desk, sign it before Wednesday night.

    - Lupe
    """),
  trap=True)

M("none", "cm-team-phone-roster",
  "care-management team roster with phone numbers and specialties; no member",
  A("Marites Villanueva", th("mvillanueva")), A("Care Management", th("care-mgmt")),
  "Updated CM roster + coverage for holidays", D(12, 7, 7, 55),
  T("""
    Updated roster. Holiday coverage in the last column.

    Name                 Program                     Direct        Covers for
    Marites Villanueva   Complex CM (lead)           612-555-0140  -
    Jenna Hoult, RN      Heart failure / COPD        612-555-0141  Marites
    Omar Siddiqui, RN    Oncology / transplant       612-555-0142  Jenna
    Kim Tran, LICSW      Behavioral health & SUD     612-555-0143  Lucia
    Lucia Pena, RN       Maternity / NICU            612-555-0144  Kim
    Dev Patel, RN        Diabetes / CKD              612-555-0145  Omar
    Intake line          all referrals               612-555-0149

    Please update your Teams status when you're in home visits.
    """),
  trap=True)

M("none", "p2p-reviewer-oncall-schedule",
  "medical-director on-call schedule for peer-to-peer calls; no member",
  A("UM Scheduling", th("um-scheduling")), A("Medical Directors", th("med-directors")),
  "Peer-to-peer on-call, weeks of 12/14 and 12/21", D(12, 9, 16, 40),
  T("""
    P2P on-call (8a-5p):

    12/14 Mon  Dr. Nakashima    12/21 Mon  Dr. Whitcomb
    12/15 Tue  Dr. Whitcomb     12/22 Tue  Dr. Adeyemi
    12/16 Wed  Dr. Adeyemi      12/23 Wed  Dr. Nakashima
    12/17 Thu  Dr. Nakashima    12/24 Thu  half day - Dr. Whitcomb
    12/18 Fri  Dr. Whitcomb     12/25 Fri  closed

    Behavioral health and SUD level-of-care P2Ps go to Dr. Whitcomb or the
    contracted psychiatrist pool. Call the scheduler line 612-555-0150 to
    swap.
    """),
  trap=True)

M("none", "job-posting-bh-care-manager",
  "job posting for a behavioural-health and SUD care manager",
  A("Tamarack Talent Acquisition", th("careers")), A("Staff Referrals", th("all-staff")),
  "Now hiring: Behavioral Health Care Manager (LICSW/LPCC) - referral bonus", D(12, 9, 11, 0),
  T("""
    We're hiring two Behavioral Health Care Managers for Community Care.
    You'll support members with serious mental illness and substance use
    disorders, coordinate with OTPs and crisis teams, and follow members
    after psychiatric admissions. Requires LICSW, LPCC or LADC; hybrid.
    $2,000 referral bonus. Req 26-0411 on the careers page.
    """),
  trap=True)

M("none", "quillon-claims-maintenance-window",
  "IT notice of a claims-system maintenance window",
  A("IT Service Desk", th("servicedesk")), A("Claims; Member Services; UM", th("ops-all")),
  "Planned outage: Quillon claims platform, Sat 12/12 22:00-04:00", D(12, 8, 14, 0),
  T("""
    Change CHG-21044. Quillon (claims adjudication, auth entry, member
    eligibility screens) will be unavailable Saturday 12/12 22:00 to
    Sunday 04:00 for the year-end fee schedule load and database patch.
    The provider portal will show eligibility from the cache and hold new
    PA submissions until 04:00.

    IT Service Desk, x5-0100
    """),
  trap=True)

M("none", "password-expiry-notice",
  "routine password-expiry notice",
  A("Identity Services", th("identity")), A("Kelsey Marsh", th("kmarsh")),
  "Your network password expires in 5 days", D(12, 4, 6, 0),
  T("""
    Your Tamarack network password expires on 12/9/2026. Change it at
    https://password.tamarackhp.example.com or press Ctrl+Alt+Del on a
    connected laptop. Never share your password with anyone, including IT.
    """, cs="us-ascii"),
  bare=True)

M("none", "potluck-signup-appeals",
  "holiday potluck sign-up",
  A("Lupe Carrillo", th("lcarrillo")), A("Appeals & Grievances", th("ag-all")),
  "Holiday potluck 12/17 - sign up!", D(12, 2, 11, 37),
  T("""
    Potluck is Thursday 12/17 at noon in 5C. Sign-up sheet is on the
    fridge. So far we have 3 mac and cheeses, so maybe someone brings a
    salad? I'm doing tamales. White elephant, $20 limit.
    """, flowed=True))

M("none", "parking-garage-level-closure",
  "facilities notice about a parking level closure",
  A("Facilities", th("facilities")), A("Mercer Street Staff", th("mercer-staff")),
  "Ramp B level 3 closed Thu-Fri for sealing", D(12, 8, 9, 5),
  T("""
    Ramp B level 3 will be closed Thursday and Friday for concrete sealing.
    Use level 4 or the surface lot on 5th. Cars left on level 3 after 6 am
    Thursday will be towed at the owner's expense.
    """))

M("none", "german-data-centre-maintenance",
  "German notice from a hosting vendor about data-centre maintenance",
  A("Nordwerk Rechenzentrum GmbH", "noc@nordwerk-rz.example.de.test", "iso-8859-15"),
  A("IT Infrastructure", th("it-infra")),
  "Wartungsankündigung: Stromversorgung RZ Frankfurt, 12.12.2026", D(12, 3, 17, 0, tz="+0100"),
  T("""
    Sehr geehrte Damen und Herren,

    am Samstag, 12.12.2026, zwischen 01:00 und 05:00 Uhr MEZ führen wir
    Wartungsarbeiten an der USV-Anlage im Rechenzentrum Frankfurt durch.
    Ihre Racks FR2-114 und FR2-115 sind redundant versorgt; eine
    Unterbrechung ist nicht zu erwarten. Der Zugang zum Rechenzentrum ist in
    diesem Zeitraum nur eingeschränkt möglich.

    Ticket: NW-2026-88341

    Mit freundlichen Grüßen
    Ihr NOC-Team, Nordwerk Rechenzentrum GmbH
    """, cs="iso-8859-15", cte="quoted-printable"),
  cs="iso-8859-15", mode="Q", lang="de")

M("none", "contractor-timesheet-claims-module",
  "IT contractor's timesheet and ticket numbers for claims-module work",
  A("Pawel Nowicki", "pawel.nowicki@kodexa.example.net"), A("Gail Brennan", th("gbrennan")),
  "Timesheet w/e 12/04 - Quillon config work", D(12, 4, 18, 12),
  T("""
    Hi Gail,

    Timesheet for w/e 12/04, 38.5 h:
    - QCLM-4410 COB edit rework (14 h)
    - QCLM-4432 fee schedule loader for 2027 (16 h)
    - QCLM-4435 test claims for the pricer regression (8.5 h)

    Approved PO is 45-87711. I'm out 12/24-1/1.

    Pawel
    """))

M("none", "vet-reminder-dog-vaccines",
  "a member's dog's veterinary vaccine and medication reminder; not human health care",
  A("Millrace Veterinary Clinic", "reminders@millracevet.example.com"), A("Kelsey Marsh", "kelsey.marsh@mailbox.example.net"),
  "Biscuit is due for vaccines", D(12, 6, 9, 0),
  T("""
    Hi Kelsey,

    Our records show Biscuit (Beagle, 7 yrs) is due for:
      - Rabies (3-year)          due 12/15/2026
      - Leptospirosis / Lyme     due 12/15/2026
      - Apoquel 16 mg refill     last filled 11/02

    Book online at https://millracevet.example.com/book or call
    763-555-0124. Patient ID 20-4471.

    Millrace Veterinary Clinic
    """),
  trap=True)

M("none", "dhs-transmittal-doula-postpartum",
  "state Medicaid policy transmittal on doula services and postpartum coverage",
  A("DHS Managed Care Policy", "mcpolicy@dhs.state.test"), A("MCO Compliance Contacts", "mco-contacts@lists.dhs.state.test"),
  "Transmittal MCO-26-19: doula services and 12-month postpartum coverage", D(12, 7, 14, 30),
  T("""
    To: Managed care organization compliance contacts

    Transmittal MCO-26-19 (effective 2/1/2027)

    1. Certified doula services are covered: up to 6 prenatal/postpartum
       visits and attendance at labor and delivery (new HCPCS T1032/T1033
       billing guidance attached).
    2. Postpartum eligibility continues for 12 months after the pregnancy
       ends, regardless of income changes.
    3. MCOs must list doulas in their directories by 4/1/2027 and report
       utilization quarterly.

    Questions to the MCO policy mailbox.
    """),
  trap=True)

M("none", "eft-era-enrollment-confirmation",
  "confirmation of a provider's EFT/ERA enrolment with NPI and bank digits; no patient",
  A("Tamarack Provider Enrollment", th("provider-enrollment")), A("Billing - Alder Creek Family Medicine", "billing@aldercreekfm.example.com"),
  "EFT/ERA enrollment complete", D(12, 9, 10, 45),
  T("""
    Your EFT and 835 ERA enrollment is complete.

    Payee: Alder Creek Family Medicine PA
    Group NPI: %s    Tax ID: **-***8812
    Bank account ending: 0091 (checking)
    First EFT expected with the 12/16 payment cycle. ERAs will be delivered
    through Northgate EDI to payee ID ACFM001.

    Provider Enrollment, Tamarack Health Plan
    """ % npi("149920134")),
  trap=True)

M("none", "careloom-release-notes-assessments",
  "software release notes naming PHQ-9, SDOH and ASAM assessment templates",
  A("CareLoom Product Updates", "updates@careloom.example.com"), A("CareLoom Admins", th("careloom-admins")),
  "CareLoom 26.12 release notes", D(12, 9, 6, 0, tz="-0800"),
  T("""
    CareLoom 26.12 - available in sandbox 12/10, production 12/17

    New
    - Assessment library: PHQ-9 and GAD-7 with automatic severity bands,
      AUDIT-C, ASAM dimension summary, PRAPARE SDOH screening.
    - Consent flags for 42 CFR Part 2 records: segmented notes are hidden
      from users without the SUD role.
    - Care plan goals can be linked to HEDIS gaps.
    Fixed
    - Duplicate tasks when an ADT discharge arrived twice.
    - Member search ignored hyphenated last names.
    """),
  trap=True)

M("none", "pharmacy-network-audit-schedule",
  "PBM pharmacy-audit schedule with pharmacy NCPDP numbers; no individual",
  A("Crestline Rx Audit", "audit@crestlinerx.example.net"), A("Pharmacy Benefit Team", th("pharmacy")),
  "Q1 onsite audit schedule - 6 pharmacies", D(12, 10, 9, 10, tz="-0500"),
  T("""
    Q1 onsite audits (selected for high controlled-substance and
    compound claim volume):

    NCPDP 2419833  Hollis Pharmacy #2        1/12
    NCPDP 2420187  Main Street Apothecary    1/14
    NCPDP 2411906  Bexley Family Drug        1/20
    NCPDP 2433051  Lane Care Pharmacy        1/26
    NCPDP 2418772  Pike Compounding          2/2
    NCPDP 2426640  Ardmore Rx                2/9

    Audit scope is claims from 7/1-12/31. Findings will be reported in
    aggregate, with claim-level detail only in the secure workbook.
    """),
  trap=True)

M("none", "case-rounds-recurring-invite",
  "recurring care-management case-rounds invite with no member named",
  A("Marites Villanueva", th("mvillanueva")), A("Care Management", th("care-mgmt")),
  "Weekly complex case rounds (Wednesdays)", D(12, 1, 13, 20),
  ALT(T("""
      Weekly complex case rounds. Bring 1-2 cases each; use initials and
      the case number only in the chat. Pharmacist and BH social worker
      will join the first half hour.
      """),
      Part("text/calendar", text=ics("REQUEST", "cm-rounds-2026-9981@tamarackhp.example.com",
           "20261209T140000", "20261209T150000", "Complex case rounds",
           ("Marites Villanueva", th("mvillanueva")),
           [("Care Management", th("care-mgmt")), ("Joan Kessler", th("jkessler"))],
           desc="Bring 1-2 cases. Initials and case number only in chat.",
           location="Teams", rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=20"), cs="utf-8", cte="7bit",
           params=["method=REQUEST"])),
  trap=True)



# ======================================================= phi (52) ========
# -- utilisation management and prior authorisation -----------------------
M("phi", "pa-request-lumbar-mri-form",
  "prior-authorisation form: member, ID, DOB, lumbar MRI for radiculopathy",
  A("Pinecrest Orthopedic Associates", "auth@pinecrestortho.example.com"), A("UM Intake", th("um-intake")),
  "PA request - lumbar MRI", D(11, 30, 9, 22),
  T("""
    PRIOR AUTHORIZATION REQUEST - OUTPATIENT IMAGING

    Member name:        Harold J. Siebert
    Member ID:          TMK884301266        DOB: 04/17/1959
    Plan:               Tamarack Advantage HMO
    Ordering provider:  Erik Haugen, DO   NPI %s
    Rendering facility: Pinecrest Imaging Center
    CPT:                72148 MRI lumbar spine w/o contrast
    ICD-10:             M54.16 radiculopathy, lumbar region; M51.26
    Clinical:           L leg pain x 10 wks, + SLR at 40 deg, EHL weakness
                        4/5. Failed 6 wks PT + meloxicam + gabapentin.
    Urgency:            Standard

    Contact: Amber, 218-555-0153, fax 218-555-0154
    """ % npi("140662318")),
  where="form")

M("phi", "pa-approval-tka-letter-pdf",
  "determination letter in a Flate PDF: member, auth number, total knee arthroplasty approved",
  A("UM Correspondence", th("um-letters")), A("Pinecrest Orthopedic Associates", "auth@pinecrestortho.example.com"),
  "Determination letter attached - ref 26-UM-0448817", D(12, 1, 10, 5),
  MIX(T("""
      Please see the attached determination letter. A copy has been mailed
      to the member.

      UM Correspondence, Tamarack Health Plan
      """),
      ATT("application/pdf", pdf([
          "Tamarack Health Plan - Utilization Management",
          "NOTICE OF APPROVAL                         Date: 12/01/2026",
          "Member: Beverly A. Lindahl     Member ID: TMK884207731     DOB: 09/02/1953",
          "Authorization: 26-UM-0448817",
          "Service: Total knee arthroplasty, right (CPT 27447), inpatient 1-2 days",
          "Facility: St. Odile Regional Medical Center",
          "Surgeon: Erik Haugen, DO",
          "Approved dates of service: 12/14/2026 - 03/13/2027",
          "Diagnosis: M17.11 unilateral primary osteoarthritis, right knee",
          "This approval is not a guarantee of payment; benefits and eligibility apply.",
      ], flate=True), "26-UM-0448817_approval.pdf")),
  where="attachment PDF (Flate)")

M("phi", "denial-irf-letter-plain-pdf",
  "adverse determination in a plain-stream PDF: inpatient rehabilitation after stroke denied for a named member",
  A("UM Correspondence", th("um-letters")), A("Case Management - St. Odile", "casemgmt@stodile.example.org"),
  "Notice of denial - ref 26-UM-0450902", D(12, 2, 16, 50),
  MIX(T("""
      Attached. Peer-to-peer is available through 12/4 at 612-555-0150.
      """),
      ATT("application/pdf", pdf([
          "Tamarack Health Plan - Notice of Denial of Medical Coverage",
          "Member: Walter E. Brandt      Member ID: TMK884118840      DOB: 01/29/1947",
          "Reference: 26-UM-0450902      Requested: acute inpatient rehabilitation",
          "Requesting facility: St. Odile Regional Medical Center",
          "Reason: The member had a left MCA stroke on 11/24 with right arm weakness.",
          "He walks 150 feet with a rolling walker and minimal assist and cannot yet",
          "tolerate 3 hours of therapy a day. Skilled nursing facility rehab is approved",
          "instead. Reviewer: Mei Nakashima, MD.",
          "You have the right to appeal within 60 days. Call 1-800-555-0110.",
      ], flate=False), "Denial_26-UM-0450902.pdf")),
  where="attachment PDF (plain)")

M("phi", "subject-only-home-health-extension",
  "the member's name, DOB and a home-health extension are only in the Subject",
  A("Renata Kowalczyk, RN", th("rkowalczyk")), A("Summit Home Health Intake", "intake@summithh.example.com"),
  "RE: PA 26-UM-0449120 Mendez, Luis DOB 03/14/1958 - home health wound care extension",
  D(12, 3, 11, 40),
  T("""
    Approved through 1/15. Same visit frequency.

    Renata
    """),
  irt="summithh.example.com", where="subject only")

M("phi", "nicu-concurrent-review",
  "concurrent review of a named infant in the NICU: gestational age, respiratory support",
  A("Lucia Pena, RN", th("lpena")), A("UM Inpatient Team", th("um-inpatient")),
  "Conc review - Baby Boy Tran, St. Odile NICU", D(12, 3, 8, 10),
  T("""
    Baby Boy Tran (mom Linh Tran, sub ID TMK884502233), DOB 11/19/2026
    31+2 wk, BW 1,480 g. Day 15.
    Off CPAP to HFNC 2L on 12/1, FiO2 21-25%. Caffeine. Full feeds 150
    mL/kg/d, NG, starting PO trials. No brady events 48h.
    Level III criteria met through 12/6, next review 12/6. Discharge
    planning: car seat test, hearing screen, RSV prophylaxis ordered.

    Lucia
    """, flowed=True),
  where="clinical shorthand")

M("phi", "transplant-evaluation-authorisation",
  "transplant-centre referral and evaluation authorisation for a named member on dialysis",
  A("Omar Siddiqui, RN", th("osiddiqui")), A("Transplant Intake - St. Odile", "transplant@stodile.example.org"),
  "Kidney transplant evaluation auth - Andre Jefferson", D(12, 4, 13, 15),
  T("""
    Hi Pam,

    The evaluation for Andre Jefferson (member ID TMK884366019, DOB
    06/08/1971) is authorized under 26-UM-0452210 as a global case rate
    for your kidney transplant evaluation, valid through 3/31. He's on
    in-center hemodialysis MWF at Greyfield Dialysis and prefers morning
    appointments on Tuesdays or Thursdays. His wife Sheryl will be his
    caregiver and is interested in living donor testing.

    Omar Siddiqui, RN
    Transplant Case Manager, Tamarack Health Plan, 612-555-0142
    """))

M("phi", "ivig-home-infusion-auth",
  "home-infusion company asking about an IVIG authorisation for a named member",
  A("Sunrise Home Infusion - Intake", "intake@sunriseinfusion.example.com"), A("Pharmacy PA", th("pharmacy-pa")),
  "IVIG auth status - Pauline Greer", D(12, 7, 9, 32),
  T("""
    Good morning,

    Checking on the IVIG request we faxed Friday for Pauline Greer, member
    TMK884277105. CIDP, 2 g/kg loading then 1 g/kg every 3 weeks, home
    infusion with nursing. Her next dose is due 12/11 and she's already
    had weakness come back since the last one was delayed. Can it be
    expedited?

    Thank you,
    Deja Morrison, Intake Coordinator
    Sunrise Home Infusion, 651-555-0166
    """))

M("phi", "cpap-compliance-dme-report",
  "DME supplier's CPAP compliance data for a named member",
  A("Keystone Sleep & DME", "compliance@keystonedme.example.com"), A("UM Intake", th("um-intake")),
  "CPAP 90-day compliance - Raymond Oduya", D(12, 8, 15, 48),
  T("""
    Member: Raymond Oduya   ID: TMK884190442   DOB 10/11/1968
    Device: auto-CPAP 5-15 cm H2O, nasal pillows
    Download 9/8 - 12/6: usage >= 4 h on 74 of 90 nights (82%)
    Average use 6 h 12 min, AHI 2.4, 95th pct pressure 11.2
    Requesting continued rental authorization (E0601) beyond day 90.
    """, cs="us-ascii"),
  where="form")

M("phi", "pharmacy-vacation-override-levothyroxine",
  "pharmacist asking for a vacation override for a named member's levothyroxine",
  A("Hollis Pharmacy #2", "rx2@hollispharmacy.example.com"), A("Pharmacy Help Desk", th("pharmacy-help")),
  "Vacation supply override", D(12, 8, 10, 4),
  T("""
    Hi, we have Margaret Fenn (DOB 2/3/1950) leaving for Arizona until
    March. She needs a 90 day fill of levothyroxine 88 mcg and her
    amlodipine but both rejected 79 refill too soon. Can you put in the
    vacation override? Her ID on the card is TMK884455021.

    Thanks, Greg, RPh
    """))

M("phi", "appeal-ack-semaglutide",
  "appeal acknowledgement to a member about her denied semaglutide",
  A("Tamarack Appeals & Grievances", th("appeals")), A("Tanisha Greene", "tgreene@mailbox.example.net"),
  "We received your appeal - case 2026-AP-04512", D(12, 2, 14, 20),
  T("""
    Dear Tanisha Greene,

    We received your appeal on 12/1/2026 about our decision not to cover
    Ozempic (semaglutide) 1 mg for your type 2 diabetes. Your case number
    is 2026-AP-04512. A doctor who was not part of the first decision will
    review it, along with the A1c results and the note from Dr. Abernathy
    you sent.

    We will decide within 30 days. If your health could be seriously
    harmed by waiting, call us to ask for a fast appeal.

    Tamarack Appeals & Grievances, 1-800-555-0112
    """))

M("phi", "appeal-power-wheelchair-docx",
  "appeal letter only in the DOCX: a named member's power wheelchair for ALS",
  A("Marcy Tolland, PT", "mtolland@northfieldrehab.example.com"), A("Tamarack Appeals", th("appeals")),
  "Provider appeal - attached", D(12, 4, 15, 58),
  MIX(T("""
      Please find our appeal letter attached, with the seating evaluation
      to follow by fax.

      Marcy Tolland, PT, ATP
      Northfield Rehabilitation Seating Clinic
      """),
      ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
          "Northfield Rehabilitation - Seating & Mobility Clinic",
          "December 4, 2026",
          "RE: Appeal of denial 26-UM-0447390",
          "Member: Gregory Lunde, Member ID TMK884129983, DOB 11/30/1962",
          "Mr. Lunde has amyotrophic lateral sclerosis diagnosed in 2024. His upper extremity strength has declined to 3-/5 and he can no longer self-propel his manual chair more than 20 feet. A group 3 power wheelchair with power tilt and recline is medically necessary to prevent pressure injury and allow him to reposition independently.",
          "We request reversal of the denial dated November 20, 2026.",
          "Marcy Tolland, PT, ATP",
      ]), "Appeal_Letter_Dec2026.docx")),
  where="attachment DOCX")

M("phi", "member-grievance-ambulance-bill",
  "a member's grievance about an ambulance bill for her husband's heart attack",
  A("Judith Calloway", "judy.calloway@mailbox.example.net"), A("Member Services", th("memberservices")),
  "Ambulance bill - this is wrong", D(12, 5, 21, 3),
  T("""
    To whoever reads this,

    My husband Ron Calloway had a heart attack on October 3rd and the
    ambulance took him to St. Odile because that's the closest. Now we have
    a bill from Lane County EMS for $1,840 saying you only paid part
    because they are "out of network". He was having a heart attack! We
    didn't get to pick the ambulance. His member number is TMK884233390.

    I want this fixed or I want to file a complaint.

    Judith Calloway
    """))

M("phi", "quoted-original-er-balance-bill",
  "a one-line forward over a member's quoted message about an ER balance bill for a broken wrist",
  A("Tamika Rowe", th("trowe")), A("Claims Research", th("claims-research")),
  "FW: bill from the ER", D(12, 7, 10, 11),
  T("""
    Can someone look at this one? Thanks. - Tamika

    ---------- Forwarded message ---------
    From: Kevin Marsh <kmarsh.home@mailbox.example.net>
    Date: Sun, Dec 6, 2026 at 8:47 PM
    Subject: bill from the ER
    To: <memberservices@tamarackhp.example.com>

    > Hi, my son Tyler (he's 14, on my plan, ID TMK884610072-02) broke his
    > wrist at hockey on Nov 14 and we went to the St. Odile ER. They did
    > x-rays and put a splint on, then ortho saw him. I just got a bill for
    > $2,310 from the ER doctors group which says "not covered". The
    > hospital part was fine. Why would the doctors not be covered if the
    > hospital is?
    >
    > Kevin Marsh
    > 763-555-0129
    """),
  where="quoted original")

M("phi", "eob-reprint-request-tax",
  "member asking for EOBs for claims with dates and providers for a tax deduction",
  A("Arlene Whitfield", "arlene.whitfield@mailbox.example.net"), A("Member Services", th("memberservices")),
  "need copies of EOBs", D(12, 8, 19, 26),
  T("""
    Hello. I need printed copies of my EOBs for this year for my taxes,
    we had a lot of medical bills. Mostly the ones from my cataract
    surgery at Lakeview Eye in June (both eyes) and the physical therapy
    for my shoulder. My ID is TMK884088123 and birthday 7/19/1956. Please
    mail them, I don't do the portal.

    Arlene Whitfield
    """))

# -- claims, payment integrity, SIU --------------------------------------
M("phi", "subject-only-claim-reprocess-colonoscopy",
  "the member, claim number and colonoscopy with biopsy are only in the Subject",
  A("Brian Kowalski", th("bkowalski")), A("Claims Adjustments", th("claims-adjust")),
  "Claim 2026113400187 - J. Okafor - colonoscopy w/ biopsy billed as screening, pls reprocess",
  D(12, 1, 15, 20),
  T("""
    Done - see notes on the claim.

    Brian
    """),
  where="subject only")

M("phi", "overpayment-recovery-claims-csv",
  "payment-integrity vendor's CSV of claims with member IDs, dates of service and procedures",
  A("Clarion Recovery Partners - DRG Team", "drg@clarionrecovery.example.com"), A("Payment Integrity", th("payment-integrity")),
  "DRG validation findings - batch 11 (secure workbook to follow)", D(12, 2, 12, 5, tz="-0500"),
  MIX(T("""
      Findings for batch 11 attached. Provider notification letters go out
      12/9 unless you pull any.
      """),
      ATT("text/csv", dd("""
      claim_number,member_id,member_name,dos_from,dos_to,billed_drg,validated_drg,finding,overpayment
      2026091100452,TMK884211904,"Pryor, Elaine",2026-08-30,2026-09-04,291 Heart failure w MCC,292 Heart failure w CC,MCC not supported (acute resp failure not documented),4212.80
      2026092800913,TMK884320057,"Vang, Tou",2026-09-21,2026-09-25,871 Sepsis w MCC,872 Sepsis w/o MCC,secondary dx AKI not supported,6390.15
      2026100401277,TMK884175588,"Hedlund, Carl",2026-09-29,2026-10-02,470 Major joint replacement,470 Major joint replacement,no change,0.00
      2026101900166,TMK884499213,"Ruiz, Angela",2026-10-12,2026-10-18,193 Pneumonia w MCC,194 Pneumonia w CC,encephalopathy not supported,3877.42
      """), "batch11_drg_findings.csv", cte="base64")),
  where="attachment CSV")

M("phi", "siu-tip-pt-never-received",
  "SIU intake of a member's report of physical therapy billed that he never received",
  A("SIU Intake", th("siu")), A("SIU Investigators", th("siu-investigators")),
  "New tip 26-SIU-0391 - member reports PT billed, not received", D(12, 3, 14, 35),
  T("""
    Tip 26-SIU-0391, received by phone 12/3.

    Reporter: member Douglas Renner, TMK884260731, 651-555-0190.
    He had 4 PT visits at Motion Forward PT (Bexley) in August for his
    back after a fall, then stopped. His EOBs show 14 more visits 9/2 -
    10/28 billed 97110/97140/97530 ($3,420 allowed) that he says never
    happened. He still has his appointment card with the 4 dates.

    Provider has 3 prior tips. Assigning to Dana.
    """))

M("phi", "cob-subrogation-car-accident",
  "subrogation questionnaire about a named member's injuries from a car accident",
  A("Clarion Recovery Partners - Subrogation", "subro@clarionrecovery.example.com"), A("Claims Recovery", th("claims-recovery")),
  "Subro file 88-41172 - Nguyen, Hoa - auto carrier identified", D(12, 9, 11, 47, tz="-0500"),
  T("""
    We received the accident questionnaire back from the member.

    Member: Hoa Nguyen, TMK884377214
    Date of loss: 10/31/2026, rear-ended on I-35
    Claims paid to date: $18,904.33 (ED visit, CT cervical spine, ORIF
    left wrist 11/2, 6 OT visits)
    At-fault carrier: Midlands Auto Mutual, claim MA-2026-774190
    Attorney: none yet

    We'll send the lien notice today.
    """))

M("phi", "billing-office-claim-status",
  "provider billing office asking claim status for a named patient's infusion visits",
  A("Stacy Ferreira - Lane Oncology Billing", "billing@laneoncology.example.com"), A("Provider Services", th("provider-services")),
  "Claim status - 3 claims pending 60+ days", D(12, 9, 9, 15),
  T("""
    Hi,

    These three claims for Loretta Banks (DOB 5/22/1961, ID TMK884401180)
    have been pending since October. They're her chemo infusion visits,
    J9271 pembrolizumab + 96413. Auth 26-UM-0431166 is on file.

      DOS 10/6   $14,811.00
      DOS 10/27  $14,811.00
      DOS 11/17  $14,811.00

    Can you tell me what's holding them?

    Stacy Ferreira, Billing Specialist, Lane Oncology Associates
    """))

M("phi", "hl7-adt-live-admission",
  "a live HL7 admission feed naming a member admitted with pneumonia; content only in the HL7",
  A("Corvid Interface Engine", "corvid-alerts@stodile.example.org"), A("Care Management Ops", th("cm-ops")),
  "ADT alert: 1 message failed routing (no CM assignment)", D(12, 9, 6, 14),
  MIX(T("""
      Message failed routing rule TAMARACK_CM_ASSIGN: no care manager
      found. Original message attached. Resubmit from the error queue after
      assigning.
      """),
      ATT("application/hl7-v2", hl7(
          "MSH|^~\\&|STODILE_ADT|STODILE|TAMARACK_CM|TAMARACK|202612090611||ADT^A01^ADT_A01|SOD8812043|P|2.5.1",
          "EVN|A01|202612090602",
          "PID|1||M00418823^^^STODILE^MR~TMK884355190^^^TAMARACK^MB||Hollis^Ruth^A||19440212|F|||88 Birch Ln^^Ardmore^MN^55998",
          "PV1|1|I|4W^412^B||||%s^Farouk^Samir^^^^^^NPI|||MED||||1|||||VN20261209004" % npi("170459926"),
          "DG1|1||J18.9^Pneumonia, unspecified organism^I10|||A",
          "DG1|2||I50.22^Chronic systolic heart failure^I10|||A"), "ADT_A01_SOD8812043.hl7")),
  where="attachment HL7")

# -- care and disease management ------------------------------------------
M("phi", "cm-handoff-chf-shorthand",
  "care-manager handoff in clinical shorthand: member ID, heart failure, labs and meds",
  A("Jenna Hoult, RN", th("jhoult")), A("Marites Villanueva", th("mvillanueva")),
  "handoff while I'm out - 3 HF members", D(12, 4, 16, 30),
  T("""
    M - covering list while I'm out 12/7-12/11:

    1) TMK884355190 R.H. 82F, HFrEF EF 25%, 2 admits/60d. Furosemide 40 bid,
       carvedilol 6.25 bid, sacubitril/valsartan 24/26. Wt up 3 lb since Mon,
       told to take extra 40 x2d and call Dr. Farouk's office. Recheck wt Tue.
    2) TMK884290015 D.P. 77M, EF 35%, K 5.6 on 12/1, spironolactone held by
       cardiology. BMP due 12/8 - make sure he goes.
    3) TMK884147726 G.A. 69F, new dx HFpEF, scale delivered 12/2, teach-back
       on low-sodium done, needs follow-up call re: home health start.

    Thx! J
    """),
  where="clinical shorthand")

M("phi", "ics-cm-home-visit-chf",
  "home-visit invite whose ICS names the member, address and heart-failure follow-up",
  A("Jenna Hoult, RN", th("jhoult")), A("Dev Patel, RN", th("dpatel")),
  "Home visit - Tues", D(12, 3, 12, 2),
  MIX(T("""
      Can you ride along on this one? Details in the invite.
      """),
      ATT("text/calendar", ics("REQUEST", "hv-884147726-1208@tamarackhp.example.com",
          "20261208T103000", "20261208T113000", "Home visit - Gloria Alvarez (TMK884147726) - new HFpEF",
          ("Jenna Hoult", th("jhoult")), [("Dev Patel", th("dpatel"))],
          desc="Post-discharge HF visit. Med reconciliation (furosemide 20 daily, new), scale check, low-sodium teach-back. Daughter Ana will be there, 612-555-0127.",
          location="1407 Garnet Ave, Lane"), "invite.ics", params=["method=REQUEST"])),
  where="attachment ICS")

M("phi", "qp-cm-note-copd",
  "quoted-printable care-management note about a member's COPD exacerbation and oxygen",
  A("CareLoom Notifications", "notify@careloom.example.com"), A("Dev Patel, RN", th("dpatel")),
  "Task assigned: follow-up call - Stanley Pruett", D(12, 7, 11, 2, tz="-0800"),
  T("""
    CareLoom - new task

    Member:    Stanley Pruett (TMK884311447), 71 y
    Program:   COPD - high risk
    Task:      Post-discharge call within 48 h
    Note from Omar Siddiqui, RN: Discharged 12/6 from St. Odile after COPD
    exacerbation, 4 days. Prednisone 40 mg x 5 days, azithromycin. Home O2
    2 L at night is new - confirm Keystone delivered the concentrator and
    that he stopped smoking in the house. Pulmonology f/u 12/16.
    """, cte="quoted-printable"),
  where="quoted-printable body")

M("phi", "a1c-outreach-your-results",
  "care manager writing to a member about his own A1c result and insulin",
  A("Dev Patel, RN", th("dpatel")), A("", "lamar.boyd61@mailbox.example.net"),
  "following up from our call", D(12, 8, 13, 30),
  T("""
    Hi Lamar,

    Good talking with you this morning. As promised, here's what we went
    over: your A1c from the October lab draw was 9.1, down from 10.4 in
    June, so the Lantus increase is working. Keep checking your sugar
    before breakfast and write it down. Your eye exam is still due - the
    number for Lakeview Eye is 612-555-0161.

    I'll call again on the 22nd.

    Dev Patel, RN, Diabetes Care Manager
    Tamarack Health Plan, 612-555-0145
    """))

M("phi", "alt-html-only-mammogram-gap",
  "plain half is a generic 'view in HTML' line; only the HTML half names the member's overdue mammogram",
  A("Tamarack Advantage Health Reminders", "reminders@tamarackhp.example.com"), A("Irene Castellanos", "irene.castellanos@mailbox.example.net"),
  "A reminder from Tamarack Advantage", D(12, 2, 10, 30),
  ALT(T("""
      This message is best viewed in an HTML-capable e-mail program.
      View it online: https://my.tamarackhp.example.com/m/rem
      """),
      H("""
      <html><body style="font-family:Georgia,serif">
      <p>Dear Irene Castellanos,</p>
      <p>Our records show your last screening mammogram was on <b>08/14/2024</b>. You are due now.
      Your breast imaging at Lakeview Imaging is covered at <b>$0</b>.</p>
      <p>Call 612-555-0162 to book, or ask Dr. Abernathy's office at your next visit.
      Member ID: TMK884093314</p>
      <p>Tamarack Advantage</p>
      </body></html>
      """, cte="quoted-printable")),
  where="HTML half of alternative")

M("phi", "html-only-eob-ready-orthopedics",
  "HTML-only EOB notice to a member with the provider, date, amounts and procedure",
  A("MyTamarack", "no-reply@my.tamarackhp.example.com"), A("Paul Vetter", "paul.vetter@mailbox.example.net"),
  "Your Explanation of Benefits is ready", D(12, 1, 19, 12),
  H("""
    <html><body style="font-family:Arial,sans-serif">
    <p>Hi Paul,</p>
    <p>We processed a claim for your visit to <b>Pinecrest Orthopedic Associates</b> on <b>11/18/2026</b>.</p>
    <table border="1" cellpadding="5" style="border-collapse:collapse">
    <tr><th>Service</th><th>Billed</th><th>Plan paid</th><th>You may owe</th></tr>
    <tr><td>Knee injection, corticosteroid (20610, J3301)</td><td>$412.00</td><td>$188.40</td><td>$40.00</td></tr>
    <tr><td>Office visit, established (99214)</td><td>$265.00</td><td>$121.10</td><td>$0.00</td></tr>
    </table>
    <p>Claim 2026112200731 &middot; <a href="https://my.tamarackhp.example.com/eob">View full EOB</a></p>
    </body></html>
    """, cte="quoted-printable"),
  where="HTML only")

M("phi", "telehealth-appointment-reminder",
  "appointment reminder to a member: 'your appointment' with an endocrinologist by video",
  A("Tamarack Virtual Care", "appointments@tamarackhp.example.com"), A("", "sdavidson@mailbox.example.net"),
  "Reminder: your video visit on Tuesday", D(12, 6, 17, 0),
  T("""
    Your video appointment with Dr. Helen Ng, endocrinology, is on
    Tuesday, December 8 at 2:40 pm for your thyroid follow-up. Please have
    your home blood pressure readings and medication bottles with you.

    Join: https://virtualcare.tamarackhp.example.com/join/8H2K-44QT
    To reschedule call 1-800-555-0121.
    """))

M("phi", "statin-adherence-gap-table",
  "outreach table of named members with member IDs and missed statin fills",
  A("Stars Pharmacy Outreach", th("stars-pharmacy")), A("Jenna Hoult, RN", th("jhoult")),
  "Your statin adherence calls this week (6)", D(12, 7, 7, 15),
  T("""
    Jenna - your 6 for this week. PDC below 80% YTD, last fill > 45 days.

    Member ID      Name              Drug                      Last fill  PDC
    TMK884355190   Ruth Hollis       atorvastatin 40 mg        10/14      0.74
    TMK884290015   Dale Pinkham      rosuvastatin 10 mg        10/02      0.69
    TMK884147726   Gloria Alvarez    atorvastatin 20 mg        10/19      0.78
    TMK884403318   Vernon Kittredge  simvastatin 20 mg         09/27      0.61
    TMK884228840   Lois Brandvold    pravastatin 40 mg         10/08      0.72
    TMK884501927   Eugene Fairbanks  atorvastatin 80 mg        10/11      0.77

    Log outcomes in CareLoom by Friday.
    """),
  where="table")

M("phi", "b64-mail-order-apixaban-shipped",
  "base64 body: mail-order pharmacy telling a member her apixaban shipped",
  A("Crestline Rx Home Delivery", "homedelivery@crestlinerx.example.net"), A("Shirley Abernethy", "shirley.ab@mailbox.example.net"),
  "Your prescription order has shipped", D(12, 3, 6, 40, tz="-0500"),
  ALT(T("""
      Hi Shirley,

      Your order 60028817 shipped today by USPS (tracking
      9205 5901 2248 0031 7744 61).

        Apixaban 5 mg tablets, #180 (90-day supply)   Rx 7714420
        Metoprolol succinate 50 mg, #90                Rx 7714421
        Your cost: $47.00 charged to card ending 3310

      Expected delivery: 12/7. Keep taking your apixaban twice a day; if
      your package is late, call us before you run out: 1-800-555-0179.
      """, cte="base64"),
      H("""
      <html><body><p>Hi Shirley,</p><p>Your order 60028817 shipped today by USPS.</p>
      <ul><li>Apixaban 5 mg tablets, #180 (90-day supply) &ndash; Rx 7714420</li>
      <li>Metoprolol succinate 50 mg, #90 &ndash; Rx 7714421</li></ul>
      <p>Your cost: $47.00. Expected delivery: 12/7.</p></body></html>
      """, cte="base64")),
  where="base64 body")

# -- markers, display names, file names -----------------------------------
M("phi", "secure-tag-test-send",
  "borderline: a [secure]-tagged test send with no patient content (marked by the sender)",
  A("Gail Brennan", th("gbrennan")), A("Kelsey Marsh", th("kmarsh")),
  "[secure] test - please confirm you got this through the portal", D(12, 1, 9, 3),
  T("""
    Testing the new encryption rule before we start sending the
    hospital contract files this way. Just reply "got it".

    Gail
    """),
  where="sender marker")

M("phi", "x-sensitivity-private-see-portal",
  "borderline: X-Sensitivity Private header on a note that says only 'see the portal'",
  A("Renata Kowalczyk, RN", th("rkowalczyk")), A("Dr. Mei Nakashima", th("mnakashima")),
  "for your review today", D(12, 9, 8, 55),
  T("""
    Dr. N - the case is in your queue in the portal. Need a decision by 3.

    R
    """),
  hdrs=["X-Sensitivity: Private", "Sensitivity: Private"], where="sender marker")

M("phi", "display-name-only-cm-callback",
  "borderline: the body only confirms a call; the care is only in the recipient's display name",
  A("Omar Siddiqui, RN", th("osiddiqui")),
  A("Hollis, Ruth (CHF, CM pt - TMK884355190)", "ruth.hollis44@mailbox.example.net"),
  "Thursday call", D(12, 10, 12, 40),
  T("""
    Ruth,

    Confirming I'll call you Thursday at 10:00. If that time doesn't work,
    just reply and we'll find another.

    Omar
    """),
  where="display name only")

M("phi", "filename-only-cath-report",
  "borderline: the body is a records request; the member, DOB and cardiac cath report are only in the file name",
  A("Records - Lane Heart & Vascular", "records@laneheart.example.com"), A("Appeals Clinical Review", th("appeals-clinical")),
  "Records you requested", D(12, 4, 11, 20),
  MIX(T("""
      Attached per your request of 12/2. 4 pages.

      Lane Heart & Vascular, Release of Information
      """),
      ATT("application/pdf", pdf([
          "Lane Heart & Vascular - Release of Information",
          "Fax/Scan cover sheet",
          "Pages: 4 (including cover)",
          "Sent to: Tamarack Health Plan, Appeals",
          "Confidential. If received in error, call 612-555-0168.",
      ]), "Ybarra_Miguel_DOB1961-07-22_cardiac_cath_report_11-19-2026.pdf")),
  where="attachment file name only")

M("phi", "ooo-own-knee-surgery",
  "borderline: a staff member's own out-of-office naming her knee surgery and recovery",
  A("Denise Ahlberg", th("dahlberg")), A("", th("ag-all")),
  "Out of office 12/14 - 1/4", D(12, 10, 17, 5),
  T("""
    I'll be out from 12/14 through 1/4 for my knee replacement at St.
    Odile (finally!). PT starts the week after, so I won't be checking
    mail. Lupe has my grievance queue; Nadia has the expedited appeals.

    Denise Ahlberg, Appeals Coordinator
    """))

M("phi", "fhir-eob-bundle-member-request",
  "FHIR bundle with a member's Patient, Coverage and ExplanationOfBenefit, only in the JSON",
  A("API Platform", th("api-platform")), A("Northgate EDI Onboarding", "onboarding@northgate-edi.example.net"),
  "Payer-to-payer request 77120 - response bundle", D(12, 8, 16, 20),
  MIX(T("""
      Response bundle for request 77120 attached (the member opted in on the
      new plan's enrollment form). Let us know if your validator chokes on
      the EOB item adjudication.
      """),
      ATT("application/fhir+json", json.dumps({
          "resourceType": "Bundle", "type": "collection", "timestamp": "2026-12-08T16:15:00-06:00",
          "entry": [
              {"fullUrl": "urn:uuid:6f1c2a9e-0b7d-4d2e-9a51-3c0e1f7b2a10",
               "resource": {"resourceType": "Patient", "id": "pt-884218806",
                            "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "TMK884218806"}],
                            "name": [{"family": "Oyelaran", "given": ["Funmilayo"]}],
                            "gender": "female", "birthDate": "1979-03-05"}},
              {"fullUrl": "urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
               "resource": {"resourceType": "Coverage", "status": "cancelled",
                            "subscriberId": "TMK884218806", "beneficiary": {"reference": "urn:uuid:6f1c2a9e-0b7d-4d2e-9a51-3c0e1f7b2a10"},
                            "period": {"start": "2024-01-01", "end": "2026-11-30"}}},
              {"fullUrl": "urn:uuid:9e8d7c6b-5a49-4382-a716-0f1e2d3c4b5a",
               "resource": {"resourceType": "ExplanationOfBenefit", "status": "active", "use": "claim",
                            "identifier": [{"value": "2026101500844"}],
                            "patient": {"reference": "urn:uuid:6f1c2a9e-0b7d-4d2e-9a51-3c0e1f7b2a10"},
                            "billablePeriod": {"start": "2026-10-12", "end": "2026-10-12"},
                            "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [
                                {"system": "urn:oid:2.16.840.1.113883.6.90", "code": "E11.65",
                                 "display": "Type 2 diabetes mellitus with hyperglycemia"}]}}],
                            "item": [{"sequence": 1, "productOrService": {"coding": [
                                {"system": "urn:oid:2.16.840.1.113883.6.12", "code": "99214"}]},
                                "net": {"value": 265.0, "currency": "USD"}}],
                            "total": [{"category": {"text": "benefit"}, "amount": {"value": 121.1, "currency": "USD"}}]}},
          ]}, indent=1) + "\n", "p2p_77120_bundle.json")),
  where="attachment FHIR JSON")

# -- members, families, employers, brokers --------------------------------
M("phi", "family-mom-hip-walker",
  "daughter writing from her phone about her mother's hip replacement and a walker bill",
  A("Kristen", "kristen.m.lowe@mailbox.example.net"), A("", th("memberservices")),
  "my moms walker", D(12, 1, 20, 41),
  T("""
    Hi my mom Dorothy Lowe had her hip replaced at St Odile on the 10th
    and they sent her home with a walker and a raised toilet seat and
    now theres a bill for $186 from some medical supply co. Isnt that
    supposed to be covered?? Shes on your medicare plan. Her card says
    TMK884077421. Shes doing good just slow lol

    Sent from my iPhone
    """, flowed=True),
  where="phone-typed family mail")

M("phi", "employer-hr-employee-surgery-claim",
  "employer HR manager asking the broker about a named employee's surgery claim",
  A("Linda Garrity", "lgarrity@castellanmfg.example.com"), A("Brett Halvorsen", "brett@halvorsenbenefits.example.com"),
  "Question about Tom's claim", D(12, 2, 10, 18),
  T("""
    Brett,

    Tom Reinholt on second shift (emp # 20418) came to me upset because
    his back surgery from September got denied as "not medically
    necessary" and the hospital is billing him $41,000. He says the
    surgeon's office got an approval. Can you find out what happened
    with Tamarack? He's been out on FMLA since, so this is the last
    thing he needs.

    Linda Garrity, HR Manager
    Castellan Manufacturing
    """))

M("phi", "broker-escalation-mri-denial",
  "broker escalating a named member's denied brain MRI for headaches",
  A("Brett Halvorsen", "brett@halvorsenbenefits.example.com"), A("Sarah Dunmore", th("sdunmore")),
  "Escalation - Riverside SD member MRI denial", D(12, 4, 8, 44),
  T("""
    Sarah - can you get someone to look at this today? Teacher at
    Riverside, Jessica Albrecht, ID TMK884530461. Her neurologist ordered
    a brain MRI for new headaches with visual changes and it was denied
    for "insufficient conservative treatment." She's scared and the
    superintendent is cc'ing me on everything.

    Brett
    """))

M("phi", "hr-rtw-employee-knee",
  "plan HR note with an employee ID and return-to-work restrictions after knee surgery",
  A("Leave Administration", th("leave-admin")), A("Nadia Haddad", th("nhaddad")),
  "Return to work - employee 41377", D(12, 9, 13, 10),
  T("""
    Nadia,

    Employee 41377 (Cheryl Vossberg, Claims Examiner II) is cleared to
    return Monday 12/14 after her ACL reconstruction, with restrictions
    through 1/25 per Dr. Haugen's note: seated work only, no stairs,
    10-minute break every hour to elevate the leg. Please arrange the
    footrest and a first-floor desk.

    Leave Administration, People & Culture
    """))

M("phi", "pregnancy-medicaid-eligibility",
  "borderline: a named member's pregnancy-based Medicaid eligibility and prenatal care; pregnancy itself is not a restricted category",
  A("DHS Eligibility Worker", "elig.lane@dhs.state.test"), A("Community Care Enrollment", th("cc-enrollment")),
  "Presumptive eligibility - pregnant member, please expedite", D(12, 10, 10, 12),
  T("""
    Please expedite enrollment for Brianna Kowal, DOB 08/09/2003, case
    4417-22901. Presumptive eligibility for pregnancy approved 12/9; she's
    about 14 weeks with her first prenatal visit at Alder Creek Family
    Medicine on 12/15. She chose Tamarack Community Care. Her 8-week
    ultrasound claim from the ED should be covered retroactively.

    Gwen Ashby, Eligibility Worker, Lane County DHS
    """))

M("phi", "siblings-dad-dialysis-transport-chinese",
  "Chinese (GB2312, base64): a daughter about her father's dialysis transport",
  A("李小梅", "xiaomei.li@mailbox.example.net", "gb2312"), A("会员服务", th("memberservices"), "gb2312"),
  "我父亲的透析交通问题", D(12, 3, 19, 50),
  T("""
    您好，

    我父亲李国华（会员号 TMK884462210，出生日期 1949年5月3日）每周一、三、五
    早上七点要去 Greyfield 透析中心做血液透析。上周三和这周一交通公司的车
    都没有来，他只好叫出租车，花了八十多美元。他透析不能错过。

    请问能不能换一家交通公司？出租车的钱能报销吗？

    谢谢！
    李小梅（女儿）
    电话 612-555-0138
    """, cs="gb2312", cte="base64"),
  cs="gb2312", lang="zh", where="family mail")

M("phi", "vietnamese-colonoscopy-bill",
  "Vietnamese: a member asking about a bill for his colonoscopy",
  A("Trần Văn Minh", "minh.tran58@mailbox.example.net"), A("Member Services", th("memberservices")),
  "Hỏi về hóa đơn nội soi đại tràng", D(12, 4, 20, 15),
  T("""
    Chào quý vị,

    Tôi là Trần Văn Minh, mã số hội viên TMK884391057. Ngày 3 tháng 11 tôi
    đi nội soi đại tràng ở bệnh viện St. Odile, bác sĩ cắt một polyp nhỏ.
    Bây giờ tôi nhận hóa đơn 650 đô. Lúc trước nhân viên nói nội soi tầm
    soát là miễn phí. Xin giải thích giúp tôi tại sao phải trả tiền.

    Cám ơn,
    Minh
    """, cs="utf-8", cte="quoted-printable"),
  lang="vi")

M("phi", "korean-son-knee-injection-pa",
  "Korean (EUC-KR, base64): a son asking about his mother's knee-injection prior authorisation",
  A("박준호", "junho.park@mailbox.example.net", "euc-kr"), A("Tamarack Member Services", th("memberservices")),
  "어머니 무릎 주사 사전승인 문의", D(12, 7, 21, 8),
  T("""
    안녕하세요.

    저희 어머니 최영숙 (회원번호 TMK884418836, 1952년 2월 11일생)께서
    무릎 관절염 때문에 정형외과에서 히알루론산 주사를 맞기로 했는데,
    병원에서 보험사 사전승인이 아직 안 나왔다고 합니다. 12월 15일
    예약이 있는데 그 전에 승인이 될 수 있을까요?

    어머니가 영어를 잘 못하셔서 제가 대신 연락드립니다.

    박준호 드림
    """, cs="euc-kr", cte="base64"),
  cs="euc-kr", lang="ko", where="family mail")

M("phi", "portuguese-physical-therapy-visits",
  "Portuguese (ISO-8859-1, QP): a member asking for more physical-therapy visits after shoulder surgery",
  A("Rosângela Teixeira", "rosangela.teixeira@mailbox.example.net", "iso-8859-1", "Q"), A("Member Services", th("memberservices")),
  "Limite de sessões de fisioterapia", D(12, 8, 11, 25),
  T("""
    Bom dia,

    Meu nome é Rosângela Teixeira, carteirinha TMK884425509. Fiz cirurgia
    no ombro direito (manguito rotador) em setembro e já usei as 20 sessões
    de fisioterapia do meu plano. O fisioterapeuta da Motion Forward diz
    que preciso de mais 8 sessões porque ainda não consigo levantar o braço.

    Como faço para pedir a liberação das sessões extras?

    Obrigada,
    Rosângela
    """, cs="iso-8859-1", cte="quoted-printable"),
  cs="iso-8859-1", mode="Q", lang="pt")

M("phi", "french-quebec-er-claim",
  "French (ISO-8859-1, 8bit): a Quebec hospital billing for a member's emergency visit",
  A("Facturation - Hôpital Sainte-Rosalie", "facturation@hopital-ste-rosalie.example.ca.test", "iso-8859-1", "Q"),
  A("Claims - International", th("claims-intl")),
  "Réclamation - séjour à l'urgence, patient non résident", D(12, 3, 15, 5, tz="-0500"),
  T("""
    Bonjour,

    Nous vous transmettons la réclamation pour M. Gérald Thibodeaux
    (no de membre TMK884333107, né le 14/06/1955), vu à notre urgence le
    21 novembre 2026 pour une fibrillation auriculaire rapide. Il a reçu
    du diltiazem IV et a été observé 9 heures, puis a obtenu son congé.

    Montant : 3 420,00 $ CA. La facture détaillée suit par télécopieur.
    Merci de nous indiquer si un formulaire particulier est requis.

    Service de facturation, Hôpital Sainte-Rosalie
    514-555-0193
    """, cs="iso-8859-1", cte="8bit"),
  cs="iso-8859-1", mode="Q", lang="fr")

M("phi", "polish-cataract-authorisation",
  "Polish (ISO-8859-2, QP): a member asking about authorisation of her cataract surgery",
  A("Halina Wiśniewska", "halina.wisniewska@mailbox.example.net", "iso-8859-2", "Q"), A("Member Services", th("memberservices")),
  "Operacja zaćmy - pytanie o zgodę", D(12, 9, 10, 40),
  T("""
    Dzień dobry,

    Nazywam się Halina Wiśniewska, numer członkowski TMK884447762.
    Okulista w Lakeview Eye zaplanował mi operację zaćmy lewego oka na
    17 grudnia. W gabinecie powiedzieli, że plan musi najpierw wydać
    zgodę. Czy zgoda została już wydana? Nie chcę przekładać operacji,
    bo coraz gorzej widzę i nie mogę już prowadzić samochodu.

    Z poważaniem,
    Halina Wiśniewska
    """, cs="iso-8859-2", cte="quoted-printable"),
  cs="iso-8859-2", mode="Q", lang="pl")

M("phi", "russian-insulin-pump-supplies",
  "Russian (windows-1251, base64): a member asking about insulin-pump supplies",
  A("Ирина Соколова", "irina.sokolova@mailbox.example.net", "windows-1251"), A("Member Services", th("memberservices")),
  "Расходники для инсулиновой помпы", D(12, 5, 12, 33),
  T("""
    Здравствуйте!

    У меня диабет 1 типа, я пользуюсь инсулиновой помпой. Номер
    участника TMK884480025. Аптека отказала в выдаче инфузионных наборов
    и резервуаров, сказали, что теперь их нужно заказывать через
    поставщика медицинского оборудования. У меня осталось наборов на
    одну неделю. Подскажите, пожалуйста, к кому обратиться?

    Спасибо,
    Ирина Соколова
    """, cs="windows-1251", cte="base64"),
  cs="windows-1251", lang="ru")

M("phi", "arabic-child-nebulizer",
  "Arabic (windows-1256, base64): a mother asking about her son's nebuliser for asthma",
  A("أم يوسف", "umm.yousef@mailbox.example.net", "windows-1256"), A("Member Services", th("memberservices")),
  "جهاز البخار لابني", D(12, 6, 14, 2),
  T("""
    السلام عليكم،

    ابني يوسف خالد (رقم العضوية TMK884512290-03، عمره 6 سنوات) عنده ربو،
    والطبيب في عيادة الأطفال وصف له جهاز بخار (نيبولايزر) ودواء ألبوتيرول.
    الصيدلية قالت إن الجهاز يحتاج موافقة من التأمين. هل يمكن مساعدتي؟
    نوباته تزيد في الليل.

    شكرًا لكم،
    أم يوسف
    """, cs="windows-1256", cte="base64"),
  cs="windows-1256", lang="ar", where="family mail")

M("phi", "tagalog-lolo-discharge-snf",
  "Tagalog: a granddaughter asking about her grandfather's discharge to a nursing facility",
  A("Joanna Dizon", "joanna.dizon@mailbox.example.net"), A("Case Management", th("care-mgmt")),
  "Re: Lolo Ben - discharge sa Biyernes?", D(12, 9, 22, 10),
  T("""
    Hello po Ms. Villanueva,

    Ako po yung apo ni Benigno Dizon (member ID TMK884299631). Sabi ng
    nurse sa St. Odile, pwede na raw siyang i-discharge sa Biyernes pero
    kailangan pa niya ng therapy pagkatapos ng stroke, hindi pa siya
    makalakad mag-isa. Approved na po ba yung skilled nursing facility sa
    Ardmore? Gusto sana ni Lola na malapit sa bahay.

    Salamat po,
    Joanna
    """, cs="utf-8", cte="8bit"),
  lang="tl", where="family mail")

M("phi", "amharic-interpreter-cardiology",
  "Amharic (UTF-8, base64): a member asking for an interpreter at her cardiology appointment",
  A("ትዕግስት በቀለ", "tigist.bekele@mailbox.example.net"), A("Member Services", th("memberservices")),
  "ለልብ ሐኪም ቀጠሮ አስተርጓሚ እፈልጋለሁ", D(12, 2, 18, 45),
  T("""
    ጤና ይስጥልኝ፣

    ስሜ ትዕግስት በቀለ ነው። የአባልነት ቁጥሬ TMK884371148 ነው።
    ታህሳስ 10 ቀን ከጠዋቱ 3 ሰዓት በLane Heart & Vascular የልብ ሐኪም
    ቀጠሮ አለኝ። የአማርኛ አስተርጓሚ ያስፈልገኛል። እባካችሁ አዘጋጁልኝ።

    አመሰግናለሁ።
    """, cs="utf-8", cte="base64"),
  lang="am")

M("phi", "turkish-tooth-extraction-bill",
  "Turkish (ISO-8859-9, QP): a wife asking about a bill for her husband's tooth extraction",
  A("Ayşe Demir", "ayse.demir@mailbox.example.net", "iso-8859-9", "Q"), A("Member Services", th("memberservices")),
  "Eşimin diş çekimi faturası", D(12, 10, 19, 30),
  T("""
    Merhaba,

    Eşim Mehmet Demir (üye no TMK884456617) 20 Kasım'da acil olarak
    Bexley Dental'de yirmilik dişini çektirdi, enfeksiyon vardı ve
    antibiyotik verdiler. Şimdi 480 dolarlık fatura geldi. Poliçemizde
    acil diş tedavisi kapsanıyor diye biliyorduk. Bu faturayı ödememiz
    gerekiyor mu?

    Teşekkürler,
    Ayşe Demir
    """, cs="iso-8859-9", cte="quoted-printable"),
  cs="iso-8859-9", mode="Q", lang="tr")

M("phi", "spanish-abuela-rosa-insulina",
  "Spanish, typed on a phone: a grandson about Abuela Rosa's insulin and pharmacy problem",
  A("Daniel Ochoa", "danny.ochoa@mailbox.example.net"), A("", th("memberservices")),
  "insulina de mi abuela", D(12, 5, 13, 18),
  T("""
    hola buenas tardes, mi abuela Rosa Elena Ochoa tiene su plan con
    ustedes, numero TMK884521703. en la farmacia le dijeron que la
    insulina lantus ya no la cubren y que le van a dar otra marca pero
    no le dieron nada y ya casi se le acaba. ella tiene 81 años y no
    habla ingles. me pueden decir que tiene que hacer? gracias

    Enviado desde mi iPhone
    """, cs="utf-8", cte="quoted-printable", flowed=True),
  lang="es", where="phone-typed family mail")


# ================================================ restricted (28) ========
# -- mental health ---------------------------------------------------------
M("restricted", "inpatient-psych-concurrent-review",
  "mental health: concurrent review of a named member's inpatient psychiatric stay for bipolar mania",
  A("Westbank Behavioral Health - UR", "ur@westbankbh.example.org"), A("BH Utilization Review", th("bh-ur")),
  "Concurrent review - day 5 - auth 26-BH-0077412", D(12, 2, 10, 40),
  T("""
    Member: Corey Lundquist  ID TMK884487739  DOB 02/25/1994
    Adm 11/27, inpt adult unit. Dx F31.2 bipolar I, current episode manic,
    severe w/ psychotic features.
    Day 5: sleeping 4-5 h (was 0-2), still pressured, grandiose re: "signal
    from the radio", no aggression x48h, no seclusion/restraint since 11/29.
    Lithium 900 mg, level 0.7 on 12/1 -> increased to 1200. Olanzapine 15 qhs.
    Plan: continued stay 3 days, family meeting w/ mother 12/3, d/c to PHP.
    Requesting 3 additional days.

    Tess Albright, RN, Utilization Review, 218-555-0181
    """),
  cat="mental health", where="clinical shorthand")

M("restricted", "eating-disorder-residential-mom",
  "mental health: a mother asking about residential eating-disorder treatment for her daughter",
  A("Angela Brekke", "angela.brekke@mailbox.example.net"), A("Behavioral Health Care Management", th("bh-cm")),
  "Please help - my daughter needs residential", D(12, 3, 22, 48),
  T("""
    Hello,

    I'm writing about my daughter Sophie Brekke, she's 16 and on my plan
    through Castellan (my ID is TMK884245016, she's -02). Her therapist at
    Westbank and her pediatrician both say she needs a residential eating
    disorder program. She's lost 18 pounds since August and her heart rate
    was 41 at her last visit. The program in Minneapolis said you denied
    it and she should "try PHP first" but she already did 6 weeks of PHP.

    I don't know what else to do. Can someone call me? 651-555-0109.

    Angela Brekke
    """),
  cat="mental health", where="family mail")

M("restricted", "ics-dbt-intake-invite",
  "mental health: a DBT programme intake for a named member, only in the ICS invite",
  A("Kim Tran, LICSW", th("ktran")), A("Westbank Intake", "intake@westbankbh.example.org"),
  "Intake slot", D(12, 4, 9, 25),
  MIX(T("""
      Thanks for squeezing her in - sending the hold so it's on both
      calendars.
      """),
      ATT("text/calendar", ics("REQUEST", "dbt-intake-884533012@tamarackhp.example.com",
          "20261210T130000", "20261210T143000", "DBT program intake - Kayla Munson (TMK884533012)",
          ("Kim Tran", th("ktran")), [("Westbank Intake", "intake@westbankbh.example.org")],
          desc="Intake for DBT skills group + individual therapy. Borderline personality disorder, 2 ED visits for self-harm in Nov. Safety plan on file. Mother may attend.",
          location="Westbank Behavioral Health, 2nd floor"), "invite.ics", params=["method=REQUEST"])),
  cat="mental health", where="attachment ICS")

M("restricted", "spanish-depression-therapy-sessions",
  "mental health: Spanish, a member in treatment for depression asking how many therapy sessions are covered",
  A("Marisela Fuentes", "marisela.fuentes@mailbox.example.net"), A("Servicios al Miembro", th("memberservices")),
  "Pregunta sobre sesiones de terapia", D(12, 7, 12, 15),
  T("""
    Buenos días,

    Me llamo Marisela Fuentes, mi número de miembro es TMK884468835.
    Desde septiembre estoy en tratamiento por depresión con la psiquiatra
    de Westbank, que me recetó sertralina, y veo a una terapeuta cada
    semana. La terapeuta me dijo que mi plan solo cubre 20 sesiones al
    año. ¿Es verdad? Me está ayudando mucho y no quiero dejarlo.

    Muchas gracias,
    Marisela
    """, cs="utf-8", cte="quoted-printable"),
  lang="es", cat="mental health")

M("restricted", "japanese-son-adhd-psychiatry",
  "mental health: Japanese (Shift_JIS, base64), a father about his son's ADHD treatment by child psychiatry",
  A("佐藤 健一", "kenichi.sato@mailbox.example.net", "shift_jis"), A("Pharmacy Benefit", th("pharmacy")),
  "息子の薬の事前承認について", D(12, 8, 21, 20),
  T("""
    ご担当者様

    息子の佐藤 蓮（会員番号 TMK884549901-02、12歳）について
    ご相談します。ウエストバンク行動医療センターの児童精神科で
    ADHDと診断され、先月からメチルフェニデート徐放錠を服用して
    います。今月の処方で事前承認が必要と言われ、薬局で受け取れません
    でした。学校の冬休み前に薬が切れてしまいます。

    手続きを急いでいただけないでしょうか。

    佐藤 健一
    """, cs="shift_jis", cte="base64"),
  cs="shift_jis", lang="ja", cat="mental health", where="family mail")

M("restricted", "subject-only-ptsd-appeal",
  "mental health: the member, case number and PTSD residential-treatment denial are only in the Subject",
  A("Nadia Haddad", th("nhaddad")), A("Dr. Alan Whitcomb", th("awhitcomb")),
  "Appeal 2026-AP-04471 - Marcus Bell - PTSD residential tx denial, expedited",
  D(12, 9, 17, 50),
  T("""
    The attachment got stripped by the gateway. Resending tonight from the
    secure folder. Decision due 12/11 noon.

    N
    """),
  cat="mental health", where="subject only")

# -- substance-use treatment (42 CFR Part 2) --------------------------------
M("restricted", "otp-methadone-claims-denied",
  "substance use: an opioid treatment programme's billing office about a named member's denied methadone claims",
  A("Second Wind Recovery - Billing", "billing@secondwindrecovery.example.org"), A("Provider Services", th("provider-services")),
  "Denied H0020 claims - Travis Quade", D(12, 1, 11, 5),
  T("""
    Hi,

    Our methadone bundle claims (H0020) for Travis Quade, member
    TMK884262208, DOB 9/14/1988, are denying CO-197 "no authorization"
    for DOS 11/2 - 11/29. He's been dosing with us daily since 2024 and
    the auth (26-BH-0061190) is on file through 3/31. Looks like your
    system dropped it when he moved from Choice to Community Care on 11/1.

    Please reprocess. Claims attached to this email are redacted per Part 2.

    Renee Dahl, Billing, Second Wind Recovery
    """),
  cat="substance use")

M("restricted", "bup-nx-dose-limit-pa-shorthand",
  "substance use: a pharmacy PA note for a named member's buprenorphine/naloxone above the dose limit",
  A("Crestline Rx Prior Auth", "pa@crestlinerx.example.net"), A("Pharmacy PA", th("pharmacy-pa")),
  "PA 4471-0392 pending plan review - buprenorphine/naloxone 32 mg", D(12, 3, 10, 2, tz="-0500"),
  T("""
    Pt: Shawna Redhorse   ID TMK884318805   DOB 07/30/1991
    Rx: buprenorphine/naloxone 8/2 mg film, 4/day (32 mg), #120
    Prescriber: Imani Clarke, MD, Second Wind Recovery (X-waiver n/a)
    Hx: OUD, fentanyl, induction 10/2026, cravings + 2 + UDS for fentanyl
    on 24 mg. Requesting above 24 mg/day limit x 60 days.
    Auto-approval criteria not met - route to plan pharmacist.
    """),
  cat="substance use", where="clinical shorthand")

M("restricted", "ukrainian-son-rehab-after-detox",
  "substance use: Ukrainian (KOI8-U, QP), a mother asking about coverage for her son's rehab after detox",
  A("Олена Коваленко", "olena.kovalenko@mailbox.example.net", "koi8-u"), A("Member Services", th("memberservices")),
  "Реабілітація для сина після детоксу", D(12, 4, 23, 5),
  T("""
    Добрий день!

    Мій син Андрій Коваленко (номер учасника TMK884492201) зараз у
    відділенні детоксикації в лікарні St. Odile після запою, вже третій
    день. Лікар каже, що після виписки йому потрібна стаціонарна
    реабілітація від алкоголізму на 28 днів. Чи покриває це страховка?
    Нам назвали центр Clearwater Recovery.

    Дякую,
    Олена Коваленко
    """, cs="koi8-u", cte="quoted-printable"),
  cs="koi8-u", lang="uk", cat="substance use", where="family mail")

M("restricted", "sublocade-approval-pdf",
  "substance use: approval letter for a named member's extended-release buprenorphine injection, only in the PDF",
  A("Pharmacy PA", th("pharmacy-pa")), A("Second Wind Recovery - Nursing", "nursing@secondwindrecovery.example.org"),
  "Determination attached", D(12, 7, 15, 30),
  MIX(T("""
      Determination attached. Specialty pharmacy will call your office to
      schedule delivery.
      """),
      ATT("application/pdf", pdf([
          "Tamarack Health Plan - Pharmacy Prior Authorization",
          "APPROVED    Date: 12/07/2026    Reference: 26-RX-0918834",
          "Member: Derrick Lavoie    Member ID: TMK884441590    DOB: 12/02/1985",
          "Drug: buprenorphine extended-release injection (Sublocade) 300 mg x2, then 100 mg monthly",
          "Indication: moderate to severe opioid use disorder",
          "Dispensing: Crestline Specialty, delivered to prescriber's office",
          "Approved through: 06/06/2027",
          "This record is protected by federal confidentiality rules (42 CFR part 2).",
      ], flate=True), "26-RX-0918834.pdf")),
  cat="substance use", where="attachment PDF (Flate)")

M("restricted", "farsi-husband-alcohol-detox",
  "substance use: Farsi, a wife asking whether her husband's alcohol detox admission is covered",
  A("مریم احمدی", "maryam.ahmadi@mailbox.example.net"), A("Member Services", th("memberservices")),
  "پوشش بیمه برای ترک الکل همسرم", D(12, 6, 20, 12),
  T("""
    سلام،

    همسرم رضا احمدی (شماره عضویت TMK884503362) دیشب به خاطر علائم قطع
    الکل در بیمارستان St. Odile بستری شد و پزشک گفت باید چند روز برای
    سم‌زدایی بماند. بعد از آن هم برنامه درمان سرپایی (IOP) پیشنهاد شده
    و داروی نالترکسون. آیا بیمه این هزینه‌ها را پوشش می‌دهد؟

    با تشکر،
    مریم احمدی
    """, cs="utf-8", cte="base64"),
  lang="fa", cat="substance use", where="family mail")

M("restricted", "html-only-residential-sud-auth",
  "substance use: HTML-only authorisation of residential SUD treatment for a named member",
  A("Tamarack BH Authorizations", th("bh-auth")), A("Clearwater Recovery Admissions", "admissions@clearwaterrecovery.example.org"),
  "Authorization issued 26-BH-0078815", D(12, 8, 9, 40),
  H("""
    <html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
    <p><b>Authorization issued</b></p>
    <table cellpadding="4">
    <tr><td>Member</td><td>Nathan Oberg (TMK884376651), DOB 04/11/1997</td></tr>
    <tr><td>Service</td><td>Residential substance use treatment, ASAM level 3.5 (H0018)</td></tr>
    <tr><td>Primary</td><td>F10.20 alcohol use disorder, severe; F15.20 stimulant use disorder</td></tr>
    <tr><td>Dates</td><td>12/08/2026 &ndash; 12/21/2026 (14 days), concurrent review 12/18</td></tr>
    </table>
    <p>This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2).</p>
    </body></html>
    """, cte="quoted-printable"),
  cat="substance use", where="HTML only")

# -- HIV -------------------------------------------------------------------
M("restricted", "prep-refill-named-member",
  "HIV: a specialty pharmacy about a named member's PrEP refill and overdue HIV test",
  A("Crestline Specialty Pharmacy", "specialty@crestlinerx.example.net"), A("Pharmacy Help Desk", th("pharmacy-help")),
  "Refill on hold - Jordan Whitaker", D(12, 2, 13, 55, tz="-0500"),
  T("""
    Hi, we're holding the refill of emtricitabine/tenofovir alafenamide
    (Descovy) 200/25 mg #30 for PrEP for Jordan Whitaker, member
    TMK884395240, because the prescriber hasn't sent the 90-day HIV test
    result our protocol requires. The claim paid fine. Can your care
    management team reach him? He's not answering our calls and this is
    his last refill before he runs out on 12/6.

    Crestline Specialty Pharmacy, 1-800-555-0179
    """),
  cat="HIV")

M("restricted", "hiv-viral-load-rebound-outreach",
  "HIV: a clinic asking case management to re-engage a named member whose viral load rebounded",
  A("Lakeshore ID Clinic - Nurse Case Manager", "rn-cm@lakeshoreid.example.org"), A("Kim Tran, LICSW", th("ktran")),
  "Re-engagement request - Luis Carrasco", D(12, 4, 10, 15),
  T("""
    Kim,

    Luis Carrasco (DOB 1/8/1985, your member TMK884301977) missed his
    last two visits and his pharmacy says he hasn't picked up Biktarvy
    since September. Viral load on 11/20 was 8,400 copies, CD4 410 - he
    was undetectable all of last year. He told the front desk he lost his
    job and his housing is shaky. Can your team help with the copay and a
    ride? We'd like him seen before the holidays.

    Maribel Ortiz, RN, Lakeshore Infectious Disease Clinic
    """),
  cat="HIV")

M("restricted", "portuguese-art-copay-question",
  "HIV: Portuguese (UTF-8, base64), a member asking about the copay for his antiretroviral",
  A("Rafael Moura", "rafael.moura@mailbox.example.net"), A("Pharmacy Benefit", th("pharmacy")),
  "Coparticipação do meu remédio para HIV", D(12, 5, 16, 40),
  T("""
    Olá,

    Sou o Rafael Moura, carteirinha TMK884516648. Tenho HIV e tomo
    Biktarvy todos os dias desde 2023. Este mês a farmácia cobrou US$ 350
    de coparticipação, antes era US$ 0 com o cupom do fabricante. Disseram
    que o plano mudou a regra do acumulador. Isso é verdade? Não tenho como
    pagar esse valor todo mês.

    Obrigado,
    Rafael
    """, cs="utf-8", cte="base64"),
  lang="pt", cat="HIV")

M("restricted", "creole-hiv-meds-after-move",
  "HIV: Haitian Creole, a member who moved asking how to get her HIV medication refilled",
  A("Nadège Pierre-Louis", "nadege.pl@mailbox.example.net"), A("Member Services", th("memberservices")),
  "Medikaman VIH mwen apre demenajman", D(12, 9, 15, 25),
  T("""
    Bonjou,

    Mwen se Nadège Pierre-Louis, nimewo manm mwen se TMK884429930. Mwen
    fèk demenaje sot Miami vin Lane. Mwen gen VIH e mwen pran Dovato chak
    jou. Mwen gen medikaman pou 5 jou ankò sèlman. Famasi a di mwen bezwen
    yon nouvo doktè isit la. Ki klinik mwen ka ale rapid?

    Mèsi anpil,
    Nadège
    """, cs="utf-8", cte="quoted-printable"),
  lang="ht", cat="HIV")

M("restricted", "quoted-original-positive-hiv-confirmatory",
  "HIV: a short reply over a quoted provider message giving a named member's positive confirmatory HIV test",
  A("Kim Tran, LICSW", th("ktran")), A("Alder Creek Family Medicine - RN", "rn@aldercreekfm.example.com"),
  "Re: referral for new dx", D(12, 10, 9, 2),
  T("""
    Got it - I'll call her today and set up the Lakeshore intake.

    Kim

    On Wed, Dec 9, 2026 at 4:12 PM Alder Creek RN <rn@aldercreekfm.example.com> wrote:
    > Hi Kim, referring Danielle Moser (DOB 10/3/1998, Tamarack Community
    > Care ID TMK884537714) for case management. Her HIV-1/2 antigen/antibody
    > screen was reactive at her prenatal intake and the confirmatory
    > differentiation assay came back positive for HIV-1 on 12/8. Viral load
    > pending. She knows and has agreed to a referral to Lakeshore ID. She's
    > about 10 weeks pregnant. Please call her at 612-555-0112 after 3pm.
    >
    > Thanks, Becky RN
    """),
  irt="aldercreekfm.example.com", cat="HIV", where="quoted original")

# -- genetic ---------------------------------------------------------------
M("restricted", "brca-pa-request-family-history",
  "borderline: genetic; a prior-authorisation request for BRCA1/2 testing with a named member's family history, before any result",
  A("Marigold Women's Health - Auth", "auth@marigoldwh.example.com"), A("UM Intake", th("um-intake")),
  "PA request - hereditary cancer panel", D(12, 1, 14, 10),
  T("""
    PRIOR AUTHORIZATION REQUEST - GENETIC TESTING

    Member:      Elise Vandermeer   ID TMK884412205   DOB 05/19/1984
    Test:        BRCA1/BRCA2 full sequencing + del/dup (81162), Helix Path
    Indication:  mother dx breast ca age 41, maternal aunt ovarian ca age 52,
                 Ashkenazi Jewish ancestry. Member unaffected.
    Pre-test counselling completed 11/24 with Lena Ivers, CGC.
    Ordering:    Marisol Reyes, MD  NPI %s
    """ % npi("133907215")),
  cat="genetic", where="form")

M("restricted", "lynch-result-pdf-helix",
  "genetic: a named member's pathogenic MLH1 variant (Lynch syndrome) result, only in the PDF",
  A("Helix Path Genetics - Client Services", "results@helixpath.example.com"), A("Case Management", th("care-mgmt")),
  "Report for care coordination (per member authorization)", D(12, 3, 9, 0, tz="-0800"),
  MIX(T("""
      As requested by the ordering physician and with the member's signed
      authorization, the report is attached for care coordination.

      Helix Path Genetics Client Services
      """),
      ATT("application/pdf", pdf([
          "Helix Path Genetics - Hereditary Cancer Panel Report",
          "Patient: Thomas Greaves      DOB: 03/09/1977      Accession: HP26-0417723",
          "Insurance: Tamarack Choice, ID TMK884357710",
          "RESULT: POSITIVE - pathogenic variant detected",
          "Gene: MLH1   Variant: c.1852_1854del (p.Lys618del)   Zygosity: heterozygous",
          "Interpretation: consistent with Lynch syndrome. Increased lifetime risk of",
          "colorectal and other cancers. Colonoscopy every 1-2 years is recommended.",
          "Cascade testing of first-degree relatives is recommended.",
          "Genetic counselling follow-up: Lena Ivers, MS, CGC",
      ], flate=False), "HP26-0417723_report.pdf")),
  cat="genetic", where="attachment PDF (plain)")

M("restricted", "korean-daughter-genetic-counselling",
  "genetic: Korean (UTF-8, QP), a member booking genetic counselling for herself after her mother's BRCA2 result",
  A("이수진", "sujin.lee@mailbox.example.net"), A("Member Services", th("memberservices")),
  "유전 상담 예약 및 보험 적용 문의", D(12, 7, 19, 40),
  T("""
    안녕하세요,

    제 이름은 이수진이고 회원번호는 TMK884464491입니다. 어머니께서
    유방암 진단을 받으시고 BRCA2 유전자 변이 양성 판정을 받으셨습니다.
    의사 선생님이 저도 유전 상담을 받고 검사를 하라고 하셨는데,
    12월 18일 헬릭스 패스 유전 상담 예약이 보험 적용이 되는지 궁금합니다.

    감사합니다.
    이수진 드림
    """, cs="utf-8", cte="quoted-printable"),
  lang="ko", cat="genetic")

M("restricted", "italian-huntington-predictive-test",
  "genetic: Italian, a member asking whether predictive Huntington's testing and counselling are covered",
  A("Giulia Ferraro", "giulia.ferraro@mailbox.example.net"), A("Member Services", th("memberservices")),
  "Copertura per test genetico predittivo (Huntington)", D(12, 8, 14, 5),
  T("""
    Buongiorno,

    sono Giulia Ferraro, tessera TMK884470088. Mio padre ha la malattia di
    Huntington e io, a 34 anni, ho deciso di fare il test genetico
    predittivo. Il neurologo mi ha indirizzata a un percorso di consulenza
    genetica in tre incontri prima del prelievo. Vorrei sapere se il mio
    piano copre sia la consulenza sia il test, e se serve
    un'autorizzazione preventiva.

    Cordiali saluti,
    Giulia Ferraro
    """, cs="utf-8", cte="8bit"),
  lang="it", cat="genetic")

M("restricted", "appeal-exome-child-qp",
  "genetic: quoted-printable appeal for a named child's whole-exome sequencing",
  A("Dr. Priya Venkatesh", "pvenkatesh@bramblepeds.example.com"), A("Tamarack Appeals", th("appeals")),
  "Expedited appeal - WES for Owen Castillo (26-UM-0446120)", D(12, 9, 12, 20),
  T("""
    To the Appeals reviewer,

    I am appealing the denial of trio whole exome sequencing (81416,
    81417) for my patient Owen Castillo, age 3 (member ID
    TMK884488170-03). Owen has global developmental delay, hypotonia,
    seizures since 14 months and dysmorphic features. A chromosomal
    microarray and Fragile X testing were normal. An exome is the
    standard next step and a diagnosis would change his seizure
    management and the family's recurrence risk counselling before they
    plan another pregnancy.

    Priya Venkatesh, MD, Bramble Pediatrics - Neurodevelopment
    """, cte="quoted-printable"),
  cat="genetic", where="quoted-printable body")

# -- reproductive health ---------------------------------------------------
M("restricted", "ivf-claim-denied-member",
  "reproductive: a member asking why her IVF retrieval claim was denied",
  A("Caroline Ashworth", "caroline.ashworth@mailbox.example.net"), A("Member Services", th("memberservices")),
  "IVF claim denied??", D(12, 1, 21, 30),
  T("""
    Hi,

    My egg retrieval at Northstar Fertility on 11/12 (claim 2026111901552)
    was denied as "not a covered benefit," but my employer (Riverside
    School District) added the fertility rider this year and I had the
    prior auth letter for IVF. It's $11,600. My member ID is
    TMK884534427. We have a frozen embryo transfer planned for January so
    I really need to sort this out before then.

    Caroline Ashworth
    """),
  cat="reproductive")

M("restricted", "spanish-abortion-coverage-question",
  "reproductive: Spanish, a member who is nine weeks pregnant asking whether her plan covers an abortion",
  A("Yesenia", "yese.m22@mailbox.example.net"), A("", th("memberservices")),
  "pregunta privada por favor", D(12, 5, 23, 40),
  T("""
    Hola, tengo Tamarack Community Care, mi numero es TMK884528804. Tengo
    9 semanas de embarazo y decidí terminar el embarazo. Quiero saber si
    mi plan cubre el aborto con pastillas o si tengo que pagar yo, y si
    mis papás van a recibir una carta o algo en la casa. Por favor no
    manden nada al correo. Gracias

    Enviado desde mi celular
    """, cs="utf-8", cte="quoted-printable", flowed=True),
  lang="es", cat="reproductive", where="phone-typed")

M("restricted", "iud-insertion-claims-office",
  "reproductive: a women's-health billing office about a named patient's IUD insertion claim",
  A("Marigold Women's Health - Billing", "billing@marigoldwh.example.com"), A("Provider Services", th("provider-services")),
  "IUD claim denied for cost share", D(12, 3, 11, 10),
  T("""
    Hello,

    Claim 2026110200877 for Kaitlyn Obermeyer (DOB 3/28/2000, ID
    TMK884515532), DOS 10/29: levonorgestrel IUD J7298 + insertion 58300
    after contraception counselling. It processed with a $250 deductible
    applied. Contraceptive services should be $0 under preventive care.
    Please reprocess with no cost share.

    Thanks,
    Alicia, Billing Specialist
    """),
  cat="reproductive")

M("restricted", "hindi-chlamydia-result-followup",
  "reproductive: Hindi, a member asking about her positive chlamydia test and treatment",
  A("Priyanka Sharma", "priyanka.sharma@mailbox.example.net"), A("Lanternline Nurse Line", "followup@lanternline.example.com"),
  "मेरी जाँच रिपोर्ट के बारे में", D(12, 6, 11, 35),
  T("""
    नमस्ते,

    मैंने पिछले हफ़्ते आपकी नर्स लाइन पर बात की थी। अर्जेंट केयर से मेरी
    रिपोर्ट आई है कि मुझे क्लैमिडिया है। डॉक्टर ने डॉक्सीसाइक्लिन दी है।
    क्या मेरे पार्टनर को भी दवा लेनी होगी, और क्या उसका इलाज भी मेरे
    बीमे (सदस्य संख्या TMK884541163) में हो सकता है?

    धन्यवाद,
    प्रियंका
    """, cs="utf-8", cte="base64"),
  lang="hi", cat="reproductive")

M("restricted", "egg-freezing-hr-reimbursement",
  "reproductive: HR benefits reply about a named employee's egg-freezing reimbursement with her employee ID",
  A("Benefits Team", th("benefits")), A("Alana Pruitt", th("apruitt")),
  "RE: fertility reimbursement - employee 40588", D(12, 8, 16, 10),
  T("""
    Hi Alana,

    We received your receipts from Northstar Fertility for the egg
    freezing cycle (retrieval 11/20, 14 eggs frozen, plus the stimulation
    medications). Of the $13,480 submitted, $12,900 is eligible under the
    fertility benefit; the storage fee is reimbursed annually starting
    next year. It will be in your 12/18 paycheck, employee ID 40588.

    Benefits Team, People & Culture
    """),
  irt=TH, cat="reproductive")

M("restricted", "german-contraceptive-copay",
  "reproductive: German, an expatriate member asking why she paid a copay for her birth-control pill",
  A("Katrin Baumgartner", "katrin.baumgartner@mailbox.example.net"), A("Member Services", th("memberservices")),
  "Zuzahlung für die Pille - Mitgliedsnummer TMK884557208", D(12, 10, 8, 20, tz="+0100"),
  T("""
    Guten Tag,

    ich bin über meinen Arbeitgeber bei Ihnen versichert (Mitgliedsnummer
    TMK884557208) und wohne seit Oktober wieder in München. Für meine Pille
    (Levonorgestrel/Ethinylestradiol, 3 Monatspackungen) habe ich in der
    Apotheke in Lane vor meiner Abreise 45 Dollar Zuzahlung bezahlt. Meine
    Frauenärztin sagt, Verhütungsmittel seien in den USA zuzahlungsfrei.
    Bekomme ich das Geld zurück?

    Mit freundlichen Grüßen
    Katrin Baumgartner
    """, cs="iso-8859-1", cte="quoted-printable"),
  cs="iso-8859-1", mode="Q", lang="de", cat="reproductive")


# ================================================================ build ==
def render(m):
    ST.slug, ST.n = m["slug"], 0
    addr = re.search(r"<([^<>]+)>\s*$", m["frm"]) or re.search(r"(\S+@\S+)", m["frm"])
    dom = m["dom"] or addr.group(1).split("@")[1]
    hl = [fold("From", m["frm"]), fold("To", m["to"])]
    if m["cc"]:
        hl.append(fold("Cc", m["cc"]))
    subj = m["subj"]
    hl.append("Subject: " + ew(subj, m["cs"], m["mode"]) if not subj.isascii() else fold("Subject", subj))
    hl.append("Date: " + m["date"])
    hl.append("Message-ID: " + make_mid(dom))
    if m["irt"]:
        ref = make_mid(m["irt"])
        hl.append("In-Reply-To: " + ref)
        hl.append("References: " + ref)
    hl.extend(m["hdrs"])
    phl, body = m["body"].render()
    if m["bare"]:
        assert m["body"].text is not None and body.isascii()
    else:
        hl.append("MIME-Version: 1.0")
        hl.extend(phl)
    return ("\r\n".join(hl) + "\r\n\r\n").encode("ascii") + body


def build():
    msgs = list(MSGS)
    for m in msgs:
        for w in FORBIDDEN_SLUG_WORDS:
            if w in m["slug"]:
                raise SystemExit("slug %r contains %r" % (m["slug"], w))
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", m["slug"]):
            raise SystemExit("bad slug %r" % m["slug"])
    slugs = [m["slug"] for m in msgs]
    if len(set(slugs)) != len(slugs):
        raise SystemExit("duplicate slugs: %s" % [s for s, c in collections.Counter(slugs).items() if c > 1])
    random.Random(SEED).shuffle(msgs)
    files, rows = {}, []
    for i, m in enumerate(msgs, 1):
        m["file"] = "%s/%03d-%s.eml" % (m["label"], i, m["slug"])
        files[m["file"]] = render(m)
        rows.append("%s\t%s\t%s" % (m["file"], m["label"], m["reason"]))
    rows.sort()
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return msgs, files


# ================================================================ check ==
ERRS = []


def err(f, s):
    ERRS.append("%s: %s" % (f, s))


OK_DOM = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test)$", re.I)
RE_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"(?:https?|ftp)://([^/\s\"'<>)\]]+)", re.I)
RE_HOST = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|us|info|biz|health|care|mil))\b", re.I)
RE_PHONE = re.compile(r"(?<![\d-])(?:1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-. ])(\d{3})[-. ](\d{4})(?![\d-])")
RE_555 = re.compile(r"(?<!\d)555[-. ](\d{4})(?!\d)")
RE_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
RE_DEA = re.compile(r"\b([A-Z][A-Z9])(\d{7})\b")


def luhn_npi(n):
    s = "80840" + n
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def check_text(f, text, where):
    for rx in (RE_MAIL, RE_URL):
        for h in rx.findall(text):
            h = h.split(":")[0].rstrip(".")
            if not OK_DOM.search(h):
                err(f, "%s: host %r not invented" % (where, h))
    for h in RE_HOST.findall(text):
        if not OK_DOM.search(h):
            err(f, "%s: host %r not invented" % (where, h))
    for mid_, last in RE_PHONE.findall(text):
        if mid_ != "555" or not last.startswith("01"):
            err(f, "%s: phone %s-%s not 555-01xx" % (where, mid_, last))
    for last in RE_555.findall(text):
        if not last.startswith("01"):
            err(f, "%s: phone 555-%s" % (where, last))
    for ip in RE_IP.findall(text):
        a = tuple(int(x) for x in ip)
        if not (a[:3] in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or a[0] == 10 or a[:2] == (192, 168)):
            if not (a[0] <= 3):   # version numbers like 2.5.1.0
                err(f, "%s: IP %s" % (where, ".".join(ip)))
    for line in text.splitlines():
        if "NPI" in line:
            for n in re.findall(r"(?<!\d)(\d{10})(?!\d)", line):
                if not luhn_npi(n):
                    err(f, "%s: NPI %s fails Luhn" % (where, n))
        if "DEA" in line:
            for pre, n in RE_DEA.findall(line):
                d = [int(c) for c in n]
                if ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 != d[6]:
                    err(f, "%s: DEA %s%s bad check digit" % (where, pre, n))


def pdf_text(f, data):
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not data.startswith(b"%PDF-") or not m:
        err(f, "PDF: no header or startxref")
        return ""
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        err(f, "PDF: startxref does not point at xref")
        return ""
    lines = data[x:].split(b"\n")
    first, count = (int(v) for v in lines[1].split())
    for i in range(count):
        ent = lines[2 + i]
        if ent.endswith(b" n "):
            off = int(ent[:10])
            if not data[off:].startswith(b"%d 0 obj" % (first + i)):
                err(f, "PDF: xref offset for object %d wrong" % (first + i))
    out = []
    for sm in re.finditer(rb"<<([^<>]*?/Length (\d+)[^<>]*?)>>\s*stream\r?\n", data):
        n = int(sm.group(2))
        s = data[sm.end():sm.end() + n]
        if not re.match(rb"\r?\nendstream", data[sm.end() + n:sm.end() + n + 12]):
            err(f, "PDF: stream length wrong")
            continue
        if b"/FlateDecode" in sm.group(1):
            try:
                s = zlib.decompress(s)
            except zlib.error:
                err(f, "PDF: Flate stream does not inflate")
                continue
        out += [x.decode("latin-1") for x in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", s)]
    if not out:
        err(f, "PDF: no text layer")
    return "\n".join(out)


def docx_text(f, data):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        xml = z.read("word/document.xml").decode("utf-8")
    except Exception as e:
        err(f, "DOCX: %s" % e)
        return ""
    return "\n".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))


def check_part_encoding(f, part):
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    raw = part.get_payload(decode=False)
    if isinstance(raw, list):
        return
    if cte == "base64":
        ls = raw.splitlines()
        if any(len(l) > 76 for l in ls):
            err(f, "base64 line > 76")
        try:
            base64.b64decode("".join(ls), validate=True)
        except Exception:
            err(f, "base64 not strict")
    elif cte == "quoted-printable":
        for l in raw.splitlines():
            if len(l) > 76:
                err(f, "QP line > 76")
            if l != l.rstrip(" \t"):
                err(f, "QP trailing whitespace")
            if re.search(r"=(?![0-9A-F]{2})(?!$)", l):
                err(f, "QP bad escape")
            if not l.isascii():
                err(f, "QP raw 8-bit")
    elif cte == "7bit":
        if not raw.isascii():
            err(f, "7bit part not ASCII")
    elif cte not in ("8bit",):
        err(f, "unknown CTE %s" % cte)


def check_file(f, data, info):
    """Return (structure, leaf types, ctes, charsets)."""
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        err(f, "not CRLF")
    if any(len(l) > 998 for l in data.split(b"\r\n")):
        err(f, "line > 998 octets")
    head = data.split(b"\r\n\r\n", 1)[0]
    if not head.isascii():
        err(f, "8-bit bytes in the header block")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            err(f, "missing " + h)
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        err(f, "Content-Type without MIME-Version")
    try:
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None or not re.search(r"[+-]\d{4}$", str(msg["Date"])):
            err(f, "Date not 2026 with zone")
    except Exception:
        err(f, "Date unparsable")
    for h in ("Message-ID", "In-Reply-To", "References"):
        v = msg.get(h)
        if v is not None:
            for one in str(v).split():
                if not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.-]+>", one):
                    err(f, "malformed %s %s" % (h, one))
                elif not OK_DOM.search(one[1:-1].split("@")[1]):
                    err(f, "%s domain not invented" % h)
    texts = []
    for k, v in msg.items():
        s = str(v)
        if "=?" in s and "?=" in s:
            err(f, "undecoded encoded word in %s" % k)
        if getattr(v, "defects", None):
            err(f, "header defect in %s: %s" % (k, v.defects))
        texts.append(s)
    check_text(f, "\n".join(texts), "headers")
    leaves, ctes, charsets = [], set(), set()
    for part in msg.walk():
        if part.defects:
            err(f, "defects %s" % part.defects)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        ctes.add(cte)
        check_part_encoding(f, part)
        try:
            content = part.get_content()
        except Exception as e:
            err(f, "get_content failed: %s" % e)
            continue
        fn = part.get_filename()
        if fn:
            check_text(f, fn, "file name")
        cs = part.get_content_charset()
        if part.get_content_maintype() == "text":
            cs = cs or "us-ascii"
            charsets.add(cs)
            try:
                part.get_payload(decode=True).decode(codec(cs))
            except Exception:
                err(f, "charset %s does not decode strictly" % cs)
        leaves.append(ct)
        text = content if isinstance(content, str) else ""
        b = content if isinstance(content, bytes) else part.get_payload(decode=True)
        if ct in ("text/calendar", "application/ics"):
            t = text or b.decode("utf-8")
            begins = re.findall(r"^BEGIN:(\w+)", t, re.M)
            ends = re.findall(r"^END:(\w+)", t, re.M)
            if sorted(begins) != sorted(ends) or not t.startswith("BEGIN:VCALENDAR"):
                err(f, "ICS BEGIN/END unbalanced")
            text = re.sub(r"\r?\n[ \t]", "", t)   # unfold before the data checks
        elif ct.endswith("json"):
            t = text or b.decode("utf-8")
            try:
                json.loads(t)
            except ValueError:
                err(f, "JSON does not parse")
            text = t
        elif ct == "application/hl7-v2" or (fn or "").endswith(".hl7"):
            t = text or b.decode("ascii")
            if not t.startswith("MSH|"):
                err(f, "HL7 does not start with MSH|")
            text = t.replace("\r", "\n")
        elif ct == "application/pdf":
            text = pdf_text(f, b)
        elif ct.endswith("wordprocessingml.document"):
            text = docx_text(f, b)
        elif not text:
            err(f, "unexpected binary part %s" % ct)
        check_text(f, text, ct)
    top = msg.get_content_type()
    return top, leaves, ctes, charsets


def verify(msgs, files, on_disk_only=False):
    del ERRS[:]
    root = HERE
    want_files = set(files)
    have = set()
    for dp, dn, fn in os.walk(root):
        for x in fn:
            rel = os.path.relpath(os.path.join(dp, x), root)
            if rel in ("gen.py", "README.md"):
                continue
            if "__pycache__" in rel:
                continue
            have.add(rel)
    for x in sorted(have - want_files):
        err(x, "stray file")
    for x in sorted(want_files - have):
        err(x, "missing file")
    for x in sorted(want_files & have):
        with open(os.path.join(root, x), "rb") as fh:
            if fh.read() != files[x]:
                err(x, "differs from what gen.py writes")
    c = collections.Counter(m["label"] for m in msgs)
    for lab in LABELS:
        if c[lab] != WANT[lab]:
            err("counts", "%s has %d, want %d" % (lab, c[lab], WANT[lab]))
    nums = sorted(int(m["file"].split("/")[1][:3]) for m in msgs)
    if nums != list(range(1, len(msgs) + 1)) or len(msgs) != 150:
        err("numbers", "not 001-150")
    rows = files["labels.tsv"].decode("utf-8").splitlines()
    seen = collections.Counter()
    for r in rows:
        p = r.split("\t")
        if len(p) != 3 or not p[2]:
            err("labels.tsv", "bad row %r" % r)
            continue
        if p[0].split("/")[0] != p[1]:
            err("labels.tsv", "%s listed under %s" % (p[0], p[1]))
        seen[p[0]] += 1
    for m in msgs:
        if seen[m["file"]] != 1:
            err("labels.tsv", "%s listed %d times" % (m["file"], seen[m["file"]]))
        if m["label"] == "restricted":
            r = m["reason"][len("borderline: "):] if m["reason"].startswith("borderline: ") else m["reason"]
            if m["cat"] not in CATS or not r.startswith(m["cat"]):
                err(m["file"], "restricted reason must start with its category")
        if m["label"] != "none" and m["trap"]:
            err(m["file"], "only none messages are traps")
    if rows != sorted(rows) or len(rows) != len(msgs):
        err("labels.tsv", "not sorted or wrong length")
    nonen = sum(1 for m in msgs if m["lang"] != "en")
    if not 28 <= nonen <= 38:
        err("languages", "%d non-English messages" % nonen)
    traps = sum(1 for m in msgs if m["trap"])
    if traps < 55:
        err("traps", "only %d traps" % traps)
    bl = sum(1 for m in msgs if m["reason"].startswith("borderline:"))
    if not 8 <= bl <= 12:
        err("borderline", "%d borderline reasons" % bl)
    stats = {}
    for m in msgs:
        path = os.path.join(root, m["file"])
        if os.path.exists(path):
            with open(path, "rb") as fh:
                stats[m["file"]] = check_file(m["file"], fh.read(), m)
    return stats


def write(files):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for x in os.listdir(d):
            if x.endswith(".eml"):
                os.remove(os.path.join(d, x))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)


def print_stats(msgs, stats):
    c = collections.Counter(m["label"] for m in msgs)
    print("labels:", ", ".join("%s %d" % (l, c[l]) for l in LABELS), "| total", len(msgs))
    print("traps among none:", sum(1 for m in msgs if m["trap"]),
          "| borderline:", sum(1 for m in msgs if m["reason"].startswith("borderline:")))
    print("restricted categories:", dict(collections.Counter(m["cat"] for m in msgs if m["label"] == "restricted")))
    print("non-English:", sum(1 for m in msgs if m["lang"] != "en"))
    for l in LABELS:
        langs = collections.Counter(m["lang"] for m in msgs if m["label"] == l and m["lang"] != "en")
        print("  %-10s %s" % (l, dict(sorted(langs.items()))))
    tops = collections.Counter(s[0] for s in stats.values())
    print("top-level structure:", dict(tops.most_common()))
    leaves = collections.Counter(x for s in stats.values() for x in s[1])
    print("leaf parts:", dict(leaves.most_common()))
    print("transfer encodings (messages using):", dict(collections.Counter(x for s in stats.values() for x in s[2]).most_common()))
    print("charsets (messages using):", dict(collections.Counter(x for s in stats.values() for x in s[3]).most_common()))
    where = collections.Counter(m["where"] for m in msgs if m["label"] != "none" and m["where"])
    print("PHI placement (phi+restricted, where noted):", dict(where.most_common()))


def main(argv):
    msgs, files = build()
    if "--check" not in argv and "--stats" not in argv:
        write(files)
    stats = verify(msgs, files)
    if "--stats" in argv:
        print_stats(msgs, stats)
    if ERRS:
        for e in ERRS:
            print("ERROR", e)
        print("%d problem(s)" % len(ERRS))
        return 1
    print("check passed: %d messages, labels.tsv, all format and invented-data checks" % len(msgs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
