#!/usr/bin/env python3
"""Generator for wide39: one ordinary fortnight (9-22 November 2026) of mail
around post-acute and long-term care: a home health agency, a hospice, a
skilled nursing facility, an assisted living community, a paediatric
private-duty nursing service, an adult day centre, and the people and
businesses around them.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only verify what is on disk
    python3 gen.py --stats   # print labels, categories, languages, structure

Standard library only.  Deterministic: fixed dates, Message-IDs, MIME
boundaries, zip timestamps and shuffle seed.  Every person, organisation,
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
import zipfile
import zlib
import email
import email.policy
import email.utils
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261213
LABELS = ("none", "phi", "restricted")
WANT = {"none": 70, "phi": 52, "restricted": 28}
FORBIDDEN_SLUG = ("trap", "phi", "restricted", "none")
CATS = ("mental health", "substance use", "HIV", "genetic", "reproductive")

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-9": "iso8859_9",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1250": "cp1250", "windows-1251": "cp1251",
    "windows-1256": "cp1256", "koi8-r": "koi8_r", "koi8-u": "koi8_u",
    "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp",
    "euc-kr": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


# ------------------------------------------------------ check digits ------
def npi(base9):
    """A 10-digit NPI whose check digit passes Luhn with the 80840 prefix."""
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
    return len(n) == 10 and npi(n[:9]) == n


def dea(letters, six):
    d = [int(c) for c in six]
    s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
    return letters + six + str(s % 10)


def dea_ok(x):
    return bool(re.fullmatch(r"[A-Z]{2}\d{7}", x)) and dea(x[:2], x[2:8]) == x


# ---------------------------------------------------------------- dates ---
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(mo, d, h, mi=0, s=0, tz="-0500"):
    """RFC 5322 date in 2026 (US Eastern standard time unless tz given)."""
    wd = _WD[datetime.date(2026, mo, d).weekday()]
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (wd, d, _MON[mo - 1], h, mi, s, tz)


# ------------------------------------------------------------- encoders ---
def crlf(s):
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
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


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


def fold(value):
    """Fold an ASCII header value at spaces so lines stay under 78."""
    if "\r\n" in value or len(value) < 70:
        return value
    words = value.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 72:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\r\n ".join(lines)


def _param(k, v):
    if v.isascii():
        return '%s="%s"' % (k, v.replace('"', '\\"'))
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else
                  "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
    return "%s*=utf-8''%s" % (k, enc)


# ---------------------------------------------------------------- parts ---
class Part:
    def __init__(self, ctype, data=b"", params=(), cte="7bit", filename=None,
                 disp=None, cid=None, children=None, preamble=None, bare=False):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.filename, self.disp, self.cid = filename, disp, cid
        self.children, self.preamble, self.bare = children, preamble, bare


def _auto_cte(text, cs):
    if text.isascii():
        return "7bit"
    if codec(cs) in ("latin-1", "iso8859_2", "iso8859_9", "iso8859_15", "cp1252", "cp1250", "utf-8"):
        return "quoted-printable"
    return "base64"


def T(text, cs="utf-8", cte=None, sub="plain", flowed=False, bare=False,
      filename=None, disp=None, extra=()):
    """A text part.  text uses \\n; it is sent with CRLF."""
    text = crlf(text.strip("\n") + "\n")
    if cs == "utf-8" and text.isascii() and cte is None and not bare and sub == "plain" and not filename:
        cs = "us-ascii" if (len(text) % 3 == 0) else "utf-8"
    cte = cte or _auto_cte(text, cs)
    params = [("charset", cs)] + list(extra)
    if flowed:
        params.append(("format", "flowed"))
    raw = text.encode(codec(cs))
    return Part("text/" + sub, raw, params, cte, filename=filename, disp=disp, bare=bare)


def H(html, cs="utf-8", cte=None, filename=None):
    return T(html, cs, cte, sub="html", filename=filename)


def ATT(ctype, data, filename, cte="base64", params=(), inline=False):
    if isinstance(data, str):
        data = crlf(data).encode("utf-8")
    return Part(ctype, data, params, cte, filename=filename,
                disp="inline" if inline else "attachment")


def MIX(*parts, preamble=None):
    return Part("multipart/mixed", children=list(parts), preamble=preamble)


def ALT(*parts):
    return Part("multipart/alternative", children=list(parts))


def REL(*parts):
    return Part("multipart/related", children=list(parts), params=[("type", "text/html")])


# ------------------------------------------------------ attachments -------
def _pdf_str(s):
    out = ""
    for ch in s:
        if ch in "()\\":
            out += "\\" + ch
        elif ord(ch) < 128:
            out += ch
        else:
            out += "\\%03o" % ch.encode("cp1252")[0]
    return out


def PDF(lines, flate=False, title="Document"):
    """A one-page PDF with a real text layer (WinAnsi Helvetica)."""
    y = 760
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 %d Td" % y]
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
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict.encode("ascii") + b"\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (ScanDesk 4.2) /CreationDate (D:20261110090000-05'00') >>" % _pdf_str(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def DOCX(paragraphs):
    """A minimal Word document; fixed zip timestamps."""
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p) for p in paragraphs)
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
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return bio.getvalue()


def PNG(w=16, h=12, seed=7):
    """A small grey PNG (a stand-in for a photo)."""
    import struct
    rows = b"".join(b"\x00" + bytes(((x * 7 + y * 13 + seed) % 64) + 96 for x in range(w)) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


def ICS(uid, start, end, summary, location="", description="", organizer=None,
        attendees=(), method="REQUEST", rrule=None):
    desc = description.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Calendar Server//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:%s" % method,
             "BEGIN:VTIMEZONE", "TZID:America/New_York",
             "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
             "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
             "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "END:DAYLIGHT",
             "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20261109T130000Z",
             "DTSTART;TZID=America/New_York:%s" % start,
             "DTEND;TZID=America/New_York:%s" % end,
             "SUMMARY:%s" % summary.replace(",", "\\,").replace(";", "\\;")]
    if rrule:
        lines.append("RRULE:%s" % rrule)
    if location:
        lines.append("LOCATION:%s" % location.replace(",", "\\,").replace(";", "\\;"))
    if desc:
        lines.append("DESCRIPTION:%s" % desc)
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, addr in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (cn, addr))
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(ics_fold(l) for l in lines) + "\n"


def CAL(ics, method="REQUEST"):
    """text/calendar part as clients send it inside an invitation."""
    return Part("text/calendar", crlf(ics).encode("utf-8"),
                [("charset", "utf-8"), ("method", method)], "quoted-printable"
                if not ics.isascii() else "7bit")


def HL7(segments):
    return ("\r".join(segments) + "\r").encode("ascii")


def quote(text, who, when):
    q = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return "\nOn %s, %s wrote:\n%s\n" % (when, who, q)


def outlook_quote(frm, sent, to, subj, text):
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, sent, to, subj, text.strip("\n")))


# ------------------------------------------------------------- messages ---
MSGS = []
_SLUGS = set()


class Msg:
    pass


def add(label, slug, reason, frm, to, subj, date, body, cc=None, extra=(),
        lang="en", trap=False, subj_cs="utf-8", subj_mode="B", reply_to=None,
        mid_dom=None, inreply=None, xmailer=None):
    assert label in LABELS, label
    assert slug not in _SLUGS, slug
    _SLUGS.add(slug)
    m = Msg()
    m.label, m.slug, m.reason, m.lang, m.trap = label, slug, reason, lang, trap
    m.frm, m.to, m.cc, m.subj, m.date, m.body = frm, to, cc, subj, date, body
    m.extra, m.subj_cs, m.subj_mode, m.reply_to = list(extra), subj_cs, subj_mode, reply_to
    m.inreply, m.xmailer = inreply, xmailer
    addr = re.findall(r"<([^>]+)>", frm)[-1]
    m.mid_dom = mid_dom or addr.split("@")[1]
    MSGS.append(m)
    return m


def htmlize(text, cs="utf-8"):
    """The HTML twin a mail client makes of a plain-text message."""
    esc = text.strip("\n").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>\n") for p in esc.split("\n\n")]
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n' % cs
            + '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join("<p>%s</p>" % p for p in paras) + "\n</div></body></html>")


def ALTH(text, cs="utf-8", cte=None):
    """multipart/alternative: the text and its HTML rendering."""
    return ALT(T(text, cs, cte), H(htmlize(text, cs), cs, "quoted-printable"))


def BARE(text):
    """A message with no MIME headers at all (plain ASCII)."""
    return T(text, "us-ascii", "7bit", bare=True)


# ------------------------------------------------- invented organisations ---
BW = "brightwaterhh.example.com"        # Brightwater Home Health
LH = "lanternhospice.example.org"       # Lantern Hospice
TG = "tallgrasscare.example.com"        # Tallgrass Care Group (parent of both)
MC = "maplecourt.example.com"           # Maple Court Skilled Nursing & Rehabilitation
WF = "willowsfernbrook.example.com"     # The Willows at Fernbrook (assisted living)
FSL = "fernbrookliving.example.com"     # Fernbrook Senior Living (parent of MC, WF)
LHP = "littleharbor.example.org"        # Little Harbor Pediatric Nursing
SC = "sunrisecommons.example.org"       # Sunrise Commons Adult Day Center
SA = "staldric.example.org"             # St. Aldric Regional Medical Center
MER = "meridianltc.example.com"         # Meridian Long-Term Care Pharmacy
COR = "corbelmed.example.com"           # Corbel Medical Supply
NG = "northgatehme.example.com"         # Northgate Home Medical (DME, oxygen)
CHP = "crestlinehp.example.com"         # Crestline Health Plan
DADS = "dads.state.test"                # state Dept. of Aging and Disability Services
QL = "quarrylanelabs.example.net"       # Quarry Lane Laboratories
COVE = "covebh.example.org"             # Cove Behavioral Health
SW = "stillwaterrecovery.example.org"   # Stillwater Recovery Center (OTP)
HX = "helixagenomics.example.com"       # Helixa Genomics
HC = "homechart.example.net"            # HomeChart EHR vendor
LED = "ledgerly.example.net"            # Ledgerly payroll

NPI_IYER = npi("184302957")     # Dr. Howard Iyer, Maple Court medical director
NPI_CALLOWAY = npi("162947038")  # Dr. Ines Calloway, Lantern medical director
NPI_ASHBY = npi("129485730")
NPI_RAMAN = npi("150372846")
NPI_ODUYA = npi("173620594")
NPI_NAKASHIMA = npi("138840261")
NPI_PEREZ_NP = npi("191157342")
NPI_WREN = npi("146603918")
DEA_IYER = dea("BI", "482716")
DEA_MERIDIAN = dea("RM", "305918")

IPHONE = "\n\nSent from my iPhone"


# =================================================================== none ===
add("none", "visit-reminder-merge-template",
    "mail-merge template for visit reminder texts; only {{...}} fields, no person",
    A("Dana Whitcomb", "dwhitcomb@" + BW), A("Leon Barrow", "lbarrow@" + BW),
    "Reminder text for HomeChart - can you load these?", D(11, 9, 8, 14), trap=True,
    body=T("""Hi Leon,

Here is the wording Gail approved for the automated visit reminders. Two
versions, English and Spanish. Please keep the merge fields exactly as
written, the last batch went out with "{{clinician_first}}" printed
literally and we got six confused calls.

EN:
Hi {{patient_first_name}}, this is Brightwater Home Health. Your
{{discipline}} visit with {{clinician_first}} is scheduled for
{{visit_date}} between {{window_start}} and {{window_end}}. Reply C to
confirm or call {{branch_phone}} to reschedule.

ES:
Hola {{patient_first_name}}, le escribe Brightwater Home Health. Su visita
de {{discipline_es}} con {{clinician_first}} es el {{visit_date}} entre
{{window_start}} y {{window_end}}. Responda C para confirmar o llame al
{{branch_phone}}.

Send the test batch to my cell only, not to a live census. Thanks!

Dana Whitcomb
Scheduling Supervisor, Brightwater Home Health
555-0143 ext 210"""))

_hl7_test = HL7([
    "MSH|^~\\&|STALDRIC_ADT|SARMC|HOMECHART|BWHH|20261109101500||ADT^A04|TEST000451|T|2.5.1",
    "EVN|A04|20261109101500",
    "PID|1||ZZ0000017^^^SARMC^MR||ZZTEST^HOMEHEALTH^ONE||19000101|U|||1 TEST ST^^TESTVILLE^ZZ^00000",
    "PV1|1|O|TEST^^^SARMC||||" + npi("999999999") + "^TEST^PROVIDER^^^^^^NPI",
    "ZRF|1|TEST REFERRAL DO NOT PROCESS",
])
add("none", "hl7-feed-validation-zztest",
    "interface test: HL7 A04 with a ZZTEST synthetic record, processing ID T, no patient",
    A("Curtis Osei (Interface Team)", "cosei@" + SA), A("Leon Barrow", "lbarrow@" + BW),
    "Referral feed cutover - test message 451 for validation", D(11, 9, 10, 22), trap=True,
    body=MIX(T("""Leon,

Attached is test message 451 from our TEST environment (MSH-11 = T). It
uses the standard ZZTEST dummy record, please confirm HomeChart files it in
your test tenant and returns an AA ack. If that works we'll schedule the
production cutover for 11/17 at 06:00.

Note the ZRF segment is ours; your side can ignore it.

Curtis Osei
Integration Analyst, St. Aldric Regional Medical Center
555-0121"""), ATT("application/hl7-v2", _hl7_test, "SARMC_ADT_A04_TEST451.hl7")))

_cap = json.dumps({
    "resourceType": "CapabilityStatement", "id": "homechart-fhir-r4",
    "status": "active", "date": "2026-11-01", "kind": "instance",
    "software": {"name": "HomeChart FHIR Gateway", "version": "7.3.0"},
    "implementation": {"description": "HomeChart tenant sandbox", "url": "https://fhir-sandbox.homechart.example.net/r4"},
    "fhirVersion": "4.0.1", "format": ["json"],
    "rest": [{"mode": "server", "security": {"service": [{"text": "SMART-on-FHIR"}]},
              "resource": [
                  {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
                   "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},
                  {"type": "Encounter", "interaction": [{"code": "read"}]},
                  {"type": "Condition", "interaction": [{"code": "read"}, {"code": "search-type"}]},
                  {"type": "MedicationRequest", "interaction": [{"code": "read"}]},
                  {"type": "CarePlan", "interaction": [{"code": "read"}, {"code": "create"}]},
                  {"type": "ServiceRequest", "interaction": [{"code": "create"}]}]}]}, indent=2)
add("none", "fhir-capability-sandbox",
    "vendor sends a FHIR CapabilityStatement for the sandbox; resource types only, no patient",
    A("HomeChart Integrations", "integrations@" + HC), [A("Leon Barrow", "lbarrow@" + BW), A("Curtis Osei", "cosei@" + SA)],
    "Case 88213: FHIR gateway capability statement (sandbox)", D(11, 10, 14, 5), trap=True,
    body=MIX(T("""Hello Leon and Curtis,

As requested on case 88213, attached is the CapabilityStatement for your
sandbox gateway. Patient read/search, Condition, MedicationRequest,
CarePlan (read/create) and ServiceRequest (create) are enabled. Referral
intake via ServiceRequest needs the 7.3 patch that was applied Sunday.

Sandbox base URL: https://fhir-sandbox.homechart.example.net/r4

Regards,
Priyanka Holm
HomeChart Integration Services"""), ATT("application/fhir+json", _cap, "capabilitystatement-r4.json")))

add("none", "weekly-census-owners",
    "aggregate weekly census and quality counts for the SNF, no resident concerned",
    A("Frances Adebayo", "fadebayo@" + MC), [A("Fernbrook Ops", "ops@" + FSL)],
    "Maple Court weekly census w/e 11/8", D(11, 9, 7, 40), trap=True,
    body=T("""Good morning,

Census for the week ending Sunday 11/8:

  Licensed beds        124
  Midnight census      117 (94.4%)
  Medicare A            19
  Managed care          12
  Medicaid              71
  Private/other         15
  Admissions             9 (7 from St. Aldric)
  Discharges             8 (6 home w/ home health, 1 AL, 1 hospital)
  Falls                  4 (0 with injury)
  New pressure injuries  0
  Rehospitalizations     2

Therapy minutes were down last week with two PTAs out; agency coverage
starts Wednesday. Survey window opens any day now, see Curtis's note.

Frances Adebayo, LNHA
Administrator"""))

add("none", "survey-window-mock-findings",
    "survey readiness memo citing F-tags and mock-survey themes, no resident named",
    A("Curtis Blaine, RN DON", "cblaine@" + MC), [A("Maple Court Nurse Managers", "nursemanagers@" + MC)],
    "Survey readiness - mock survey takeaways", D(11, 9, 13, 2), trap=True,
    body=T("""Team,

Our annual survey window is open. Thanks for a good mock survey last week.
Themes from Pam's report, by tag:

F689 (accidents): two call lights out of reach on 200 hall, one wheelchair
  with no anti-tippers. Round every shift.
F880 (infection control): glove changes between dirty and clean during
  wound care; EBP signage missing on 3 doors. Enhanced barrier precautions
  apply to anyone with a wound or indwelling device, no exceptions.
F758 (psychotropics): GDR documentation was thin in 4 of 10 charts
  sampled. Pharmacy recs need a prescriber response within 30 days.
F761 (med storage): an opened insulin pen without a date on the 100 cart.

Surveyors usually arrive before 8. Front desk has the entrance conference
binder. Do not let anyone walk into a survey without knowing where the
evacuation maps are.

Curtis"""))

add("none", "ekit-restock-invoice",
    "business invoice for emergency-kit restock; drug names and account number, no resident",
    A("Meridian LTC Pharmacy - Billing", "billing@" + MER), A("Maple Court AP", "ap@" + MC),
    "Invoice MLT-884120 - emergency kit restock (Oct)", D(11, 10, 6, 30), trap=True,
    body=MIX(T("""Please find attached invoice MLT-884120 for October emergency/first-dose
kit restock. Facility account 40-2217. Net 30.

Meridian Long-Term Care Pharmacy | 555-0188 | billing@meridianltc.example.com"""),
             ATT("application/pdf", PDF([
                 "MERIDIAN LONG-TERM CARE PHARMACY",
                 "INVOICE MLT-884120          Date: 11/01/2026          Terms: Net 30",
                 "Bill to: Maple Court Skilled Nursing & Rehabilitation  Acct 40-2217",
                 "",
                 "Qty  Item                                         Ext",
                 "  4  Ceftriaxone 1 g vial (e-kit)                 38.40",
                 "  2  Naloxone 4 mg nasal spray 2-pk              141.00",
                 "  6  Ondansetron 4 mg ODT                          9.12",
                 "  3  Levofloxacin 500 mg tab                       4.05",
                 "  1  Lorazepam 2 mg/mL 1 mL vial (C-IV)           12.75",
                 "  2  Furosemide 40 mg tab                          0.36",
                 "     Kit seal replacement / delivery fee           25.00",
                 "",
                 "TOTAL DUE                                        230.68",
             ], title="Invoice MLT-884120"), "Invoice_MLT-884120.pdf")))

add("none", "dressing-order-shipped",
    "supply order shipment confirmation with order and tracking numbers",
    A("Corbel Medical Supply", "orders@" + COR), A("Brightwater Central Supply", "supply@" + BW),
    "Your order CMS-2270914 has shipped", D(11, 10, 16, 48), trap=True,
    body=ALT(T("""Your order has shipped.

Order CMS-2270914   PO BW-11-0412
Carrier: Ground   Tracking: 7H22 4019 8830 1127
Est. delivery: Thu 11/12

  24 bx  Foam dressing w/ border 4x4
  12 bx  Calcium alginate 2x2
  10 tb  Zinc barrier cream 4 oz
   6 cs  Adult briefs, L
  20 bx  Nitrile gloves M
   4 bx  Sterile saline bullets 15 mL

Questions? Reply to this email or call 555-0166.
Corbel Medical Supply, 400 Foundry Row"""),
             H("""<html><body style="font-family:Arial,sans-serif">
<h2>Your order has shipped</h2>
<p>Order <b>CMS-2270914</b> &middot; PO BW-11-0412<br>
Tracking: <a href="https://track.corbelmed.example.com/7H22401988301127">7H22 4019 8830 1127</a><br>
Est. delivery: Thu 11/12</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Qty</th><th>Item</th></tr>
<tr><td>24 bx</td><td>Foam dressing w/ border 4x4</td></tr>
<tr><td>12 bx</td><td>Calcium alginate 2x2</td></tr>
<tr><td>10 tb</td><td>Zinc barrier cream 4 oz</td></tr>
<tr><td>6 cs</td><td>Adult briefs, L</td></tr>
<tr><td>20 bx</td><td>Nitrile gloves M</td></tr>
<tr><td>4 bx</td><td>Sterile saline bullets 15 mL</td></tr>
</table>
<p>Questions? Call 555-0166.</p></body></html>""")))

add("none", "contingency-box-reconciliation",
    "Schedule II contingency supply count for the registrant's signature; DEA and NPI of the physician, no resident",
    A("Greta Voss, PharmD", "gvoss@" + MER), A("Howard Iyer MD", "hiyer@" + MC),
    "Monthly contingency supply reconciliation - signature needed", D(11, 11, 9, 15), trap=True,
    cc=[A("Curtis Blaine", "cblaine@" + MC)],
    body=T("""Dr. Iyer,

November reconciliation of the controlled-substance contingency supply at
Maple Court is complete. Counts match the perpetual inventory; seal 0042117
replaced after the 10/29 access. Please sign the attached registrant page
when you're in Thursday.

Registrant on file: Howard Iyer, MD
DEA %s   NPI %s
Supply contents: oxycodone 5 mg x10, morphine oral solution 20 mg/mL x1
bottle, hydromorphone 2 mg x6, lorazepam 0.5 mg x10.

Two-nurse counts were documented every shift change. No discrepancies.

Greta Voss, PharmD, Consultant Pharmacist
Meridian LTC Pharmacy  555-0188""" % (DEA_IYER, NPI_IYER)))

add("none", "therapist-enrollment-npi",
    "provider enrollment roster of the agency's own therapists with their NPIs",
    A("Shay Corrigan", "scorrigan@" + BW), A("Crestline Provider Enrollment", "enrollment@" + CHP),
    "Add rendering clinicians to group contract BW-HH-0091", D(11, 11, 11, 3), trap=True,
    body=T("""Hello,

Please add the following clinicians to Brightwater Home Health's group
contract BW-HH-0091, effective 12/1/2026. Licenses and CAQH attestations
are uploaded to the portal.

  Kevin Ashby, PT, DPT        NPI %s
  Priya Raman, OTR/L          NPI %s
  Abena Oduya, SLP            NPI %s
  Rui Nakashima, PTA          NPI %s

Let me know if you need W-9s again.

Shay Corrigan
Credentialing & Payer Enrollment, Tallgrass Care Group
555-0147""" % (NPI_ASHBY, NPI_RAMAN, NPI_ODUYA, NPI_NAKASHIMA)))

add("none", "weekend-on-call-tree",
    "on-call phone tree for the weekend: staff names and 555-01xx numbers",
    A("Hal Jurado", "hjurado@" + LH), [A("Lantern Clinical Staff", "clinical@" + LH)],
    "Weekend on-call 11/14-11/15", D(11, 12, 15, 30), trap=True,
    body=T("""Weekend coverage:

Triage RN (answering service pages):  Sat Bridget A. 555-0131 / Sun Tomas 555-0132
Admissions RN:                        Keisha 555-0134
Visit RN North:                       Hal 555-0135
Visit RN South:                       Anh 555-0136
Social work (deaths/crisis only):     Bridget Lund 555-0137
Chaplain:                             Rev. Okafor 555-0138
Physician on call:                    Dr. Calloway 555-0139 (after 9pm use service)
Pharmacy after hours:                 Meridian 555-0188 opt 3

Reminder: comfort kit orders go in before Friday 5pm if at all possible.

Hal"""))

add("none", "bereavement-newsletter-november",
    "bereavement newsletter: grief groups, depression and 988 as education, no individual",
    A("Lantern Hospice Bereavement", "bereavement@" + LH), A("Lantern Families", "families@" + LH),
    "Lantern Notes: the holidays and grief", D(11, 12, 10, 0), trap=True,
    body=H("""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;max-width:620px">
<h1 style="color:#6b4e16">Lantern Notes &mdash; November</h1>
<h3>When the holidays are hard</h3>
<p>The first Thanksgiving after a loss can bring back the weeks of caregiving and
the days at the bedside. It is normal to feel tired, irritable or numb. Grief
is not depression, but the two can overlap; if low mood, sleep changes or loss
of interest last for weeks, please talk to your doctor. In a crisis, call or
text 988.</p>
<h3>Groups this month</h3>
<ul>
<li>Loss of a spouse &mdash; Tuesdays 6:30 pm, Fellowship Hall</li>
<li>Adult children grieving a parent &mdash; Thursdays noon, online</li>
<li>Coffee &amp; Conversation for men &mdash; Saturday 11/21, 9 am</li>
</ul>
<p>Our bereavement counselors call every family at 1, 3, 6 and 13 months. If you
would rather not be called, reply and let us know.</p>
<p style="font-size:12px;color:#777">Lantern Hospice &middot; 55 Orchard Way &middot; 555-0130<br>
<a href="https://www.lanternhospice.example.org/unsubscribe">Unsubscribe</a></p>
</body></html>"""))

add("none", "boletin-familias-noviembre",
    "Spanish family newsletter of the adult day centre: activities, flu shots, blood-pressure checks for all",
    A("Centro de Día Sunrise Commons", "boletin@" + SC, "iso-8859-1", "Q"), A("Familias Sunrise Commons", "familias@" + SC),
    "Boletín de noviembre: vacunas, actividades y Día de Acción de Gracias", D(11, 9, 12, 0),
    lang="es", trap=True, subj_cs="iso-8859-1", subj_mode="Q",
    body=ALTH("""Queridas familias:

¡Bienvenido noviembre! Algunas novedades del Centro de Día:

* Vacuna contra la gripe: la farmacia vendrá el miércoles 18. Si su ser
  querido todavía no la tiene, firme el formulario de consentimiento y
  devuélvalo a la recepción antes del lunes.
* Control de presión arterial: nuestra enfermera toma la presión a todos
  los participantes los martes por la mañana. Es un servicio general, no
  sustituye la visita al médico.
* Taller para cuidadores: "Cómo prevenir caídas en casa", jueves 19 a las
  5:30 p. m., con merienda.
* Cerrado el jueves 26 y viernes 27 por Acción de Gracias.

Menú especial el miércoles 25: pavo, puré de papas y flan (también hay
opción baja en azúcar y sin sal).

Con cariño,
Beatriz Fonseca, directora del programa
Sunrise Commons Adult Day Center - 555-0150""", cs="iso-8859-1", cte="quoted-printable"))

add("none", "cme-dementia-distress-webinar",
    "CME webinar announcement on dementia-related distress and antipsychotic stewardship",
    A("Regional LTC Medical Directors Assoc.", "cme@ltcmda.example.org"), A("Howard Iyer", "hiyer@" + MC),
    "Webinar 11/19: Behaviors in dementia without reaching for antipsychotics (1.0 CME)", D(11, 10, 7, 0), trap=True,
    body=ALTH("""Thursday, November 19, 12:00-1:00 pm ET - 1.0 AMA PRA Category 1 Credit

Distress in dementia: assessment first, medications last

- Sorting pain, constipation, delirium and unmet needs from "behaviors"
- What the evidence says about quetiapine, risperidone and citalopram
- Gradual dose reduction that survives the survey
- Case discussion: sundowning on a locked unit

Faculty: Miriam Sato, MD, CMD, and Jonah Pell, PharmD, BCGP

Register: https://www.ltcmda.example.org/events/dementia-1119
Members free; non-members $35.

You are receiving this because you are a member of the Association.
Update preferences: https://www.ltcmda.example.org/prefs"""))

add("none", "open-enrollment-benefits-eap",
    "HR open-enrollment notice naming EAP counselling, fertility and genetic-counselling benefits in general",
    A("Tallgrass HR", "hr@" + TG), A("All Tallgrass Staff", "allstaff@" + TG),
    "Open enrollment ends Nov 20 - what's new for 2027", D(11, 9, 9, 30), trap=True,
    body=ALTH("""Open enrollment for 2027 benefits closes Friday, November 20 at 11:59 pm.
If you do nothing, your current medical, dental and vision elections roll
over, but your FSA does not.

What's new:
* EAP: now 8 free confidential counseling sessions per issue (was 5),
  including for family members. Counselors can help with stress,
  depression, grief, and alcohol or drug concerns. 555-0109, 24/7.
* Fertility benefit: the Gold plan adds IVF coverage with a $15,000
  lifetime maximum.
* Genetic counseling and testing ordered by your doctor is covered at the
  preventive tier on all plans.
* Mileage: the IRS rate change is in payroll as of 1/1.

Benefits office hours this week: Tue/Thu 7-9 am at the Eastfield branch
for field staff who can't get to a computer.

Tallgrass Care Group Human Resources"""))

add("none", "lure-shared-care-plan-document",
    "phishing lure posing as a shared care-plan document; no real person",
    A("HomeChart Secure Share", "no-reply@homechart-docshare.test"), A("gfenwick@" + BW, "gfenwick@" + BW),
    "Patient Care Plan document shared with you (expires in 24 hours)", D(11, 13, 3, 12, tz="+0000"), trap=True,
    body=H("""<html><body style="font-family:Segoe UI,Arial">
<table width="560" style="border:1px solid #ccc"><tr><td style="background:#0a5ca8;color:#fff;padding:10px">
<b>HomeChart&trade; Secure Share</b></td></tr><tr><td style="padding:14px">
<p>Dear User,</p>
<p>A <b>Patient Care Plan / Medical Records</b> document was shared with you by your
administrator. The document will be deleted in <b>24 hours</b> if not reviewed.</p>
<p style="text-align:center"><a href="https://homechart-docshare.test/login?id=77120a"
style="background:#0a5ca8;color:#fff;padding:8px 18px;text-decoration:none">VIEW DOCUMENT</a></p>
<p>Please sign in with your e-mail password to verify your HIPAA access.</p>
<p style="font-size:11px;color:#888">&copy; 2026 HomeChart Inc. All rights reserved.</p>
</td></tr></table></body></html>"""))

add("none", "vet-reminder-biscuit-dental",
    "veterinary reminder for a staff member's dog: names the owner, no human care",
    A("Paws & Claws Animal Hospital", "reminders@pawsandclaws.example.com"), A("Marisol Ortega", "marisol.ortega@mail.example.com"),
    "Biscuit is due for a dental cleaning and rabies booster", D(11, 14, 8, 0), trap=True,
    body=T("""Hi Marisol,

Our records show Biscuit (Beagle, 7 yrs) is due for:

  - Rabies vaccine (3-year)      due 11/20/2026
  - Dental cleaning under anesthesia - pre-anesthetic bloodwork required

Biscuit's last weight was 31.4 lb. Please don't feed after midnight the
night before the dental. Book online or call 555-0172.

Paws & Claws Animal Hospital"""))

add("none", "direct-deposit-change-confirm",
    "payroll confirmation with an employee ID and masked bank account; no health content",
    A("Ledgerly Payroll", "notices@" + LED), A("Anh Pham", "apham@" + LH),
    "Direct deposit change confirmed", D(11, 10, 19, 7), trap=True,
    body=T("""Hello Anh,

Your direct deposit change was saved.

Employee ID: TG-204417
Employer: Tallgrass Care Group (Lantern Hospice)
New account: checking ending 4471, routing ending 0213
Effective: pay date 11/20/2026

If you did not make this change, call Payroll at 555-0108 right away.
Ledgerly never asks for your password by e-mail."""))

add("none", "card-signing-coworker-birthday",
    "coworker birthday and birth year with no health content",
    A("Alma Reyes", "areyes@" + WF), A("Willows Staff", "staff@" + WF),
    "Shh - card for Rosa in the break room", D(11, 16, 13, 45), trap=True,
    body=T("""Rosa turns 60 on Thursday the 19th (yes, born 11/19/1966, she told me I
could tell people!). Card is in the top drawer in the break room, please
sign before Wednesday night. Cake at 2:30 on Thursday in the bistro.
Residents are welcome, she'd love that.

Alma
Life Enrichment Director"""))

add("none", "same-day-intake-discharge-planners",
    "substance-use treatment programme marketing its admissions line to discharge planners; no patient",
    A("Stillwater Recovery Center - Admissions", "admissions@" + SW), A("St. Aldric Case Management", "casemanagement@" + SA),
    "Same-day methadone and buprenorphine intake for your discharges", D(11, 10, 8, 5), trap=True,
    body=ALTH("""Dear discharge planning colleagues,

Stillwater Recovery Center is an opioid treatment program offering:

  * Same-day intake for methadone and buprenorphine, Mon-Sat
  * Dose verification for hospitals and skilled nursing facilities within
    2 hours (with a 42 CFR Part 2 compliant consent)
  * Courier delivery of doses to SNFs where the state allows
  * Counseling, IOP and peer recovery support

We accept Medicaid, Medicare, and most commercial plans.
Admissions line: 555-0190 (answered 5:30 am - 9 pm)
Fax: 555-0191

Thank you for all you do for our shared patients.
Stillwater Recovery Center, 12 Depot Street"""))

add("none", "county-testing-van-visit",
    "county testing van notice with last year's aggregate numbers; HIV and hepatitis C testing offered to anyone",
    A("Beatriz Fonseca", "bfonseca@" + SC), A("Sunrise Commons Staff", "staff@" + SC),
    "County health van in our lot Tues 11/17", D(11, 12, 11, 20), trap=True,
    body=T("""FYI the county health department's mobile unit will be in our parking lot
Tuesday 11/17 from 10 to 2. They offer free, confidential HIV and
hepatitis C testing, blood pressure checks and flu shots to anyone,
participants, caregivers and staff. Last year they tested 212 people at
our site in one day.

Please keep the four spaces near the side door clear. Darnell, the vans
will have to use the front loop for pickup that day.

Beatriz"""))

add("none", "homechart-downtime-saturday",
    "EHR maintenance downtime notice with paper-visit-note procedure",
    A("Brightwater IT", "it@" + BW), A("Brightwater Field Staff", "field@" + BW),
    "HomeChart downtime Sat 11/14 01:00-05:00", D(11, 11, 16, 0), trap=True,
    body=T("""HomeChart will be unavailable Saturday 11/14 from 1:00 to 5:00 am for the
7.3 upgrade. The mobile app will let you document offline; sync when it
comes back.

If you have an early visit and your tablet won't open the chart:
 - use a paper downtime visit note (packets at each branch, or print from
   the intranet Forms page),
 - med profiles printed Friday at 6 pm are in the on-call binder,
 - do not text visit details, call the triage line.

Questions: IT help desk 555-0145."""))

add("none", "mfa-enrollment-deadline",
    "IT notice about multi-factor sign-in enrolment",
    A("Tallgrass IT Service Desk", "servicedesk@" + TG), A("All Tallgrass Staff", "allstaff@" + TG),
    "Action needed: set up the authenticator app by Nov 30", D(11, 16, 8, 0),
    body=T("""Starting December 1, signing in to e-mail and HomeChart from outside the
office will require the authenticator app. About 40% of you have set it
up already. Steps:

1. Install the authenticator app on your phone.
2. Go to https://mysignin.tallgrasscare.example.com and choose "Add method".
3. Scan the QR code.

Field staff without a work phone can pick up a key fob at any branch.
Service Desk: 555-0145, 7 am - 7 pm."""))

add("none", "skills-fair-stations",
    "annual skills fair schedule: wound vac, trach suctioning and insulin pen stations on mannequins",
    A("Gail Fenwick", "gfenwick@" + BW), A("Brightwater Clinicians", "clinicians@" + BW),
    "Skills fair Nov 18 - sign up for a slot", D(11, 9, 15, 10), trap=True,
    body=T("""Annual competency skills fair, Wednesday 11/18, Eastfield branch training
room. 90-minute slots at 8:00, 10:00, 1:00 and 3:00. Sign up on the sheet
on the SharePoint page.

Stations:
 1. Negative-pressure wound therapy: dressing change and troubleshooting
    alarms (practice on the foam wound model)
 2. Tracheostomy suctioning and inner cannula change (mannequin)
 3. Insulin pen teaching-back and hypoglycemia protocol
 4. PICC dressing and flush, CLABSI bundle
 5. OASIS scoring: M1800-M1860 scenarios
 6. Bag technique and EBP

Bring your badge. CNAs and HHAs: your station list is separate, Marisol
will send it.

Gail Fenwick, RN, Director of Clinical Services"""))

add("none", "infection-surveillance-october",
    "infection preventionist's aggregate monthly surveillance by unit; no resident named",
    A("Ivy Castellanos, RN IP", "icastellanos@" + MC), [A("QAPI Committee", "qapi@" + MC)],
    "October infection surveillance summary", D(11, 11, 10, 20), trap=True,
    body=T("""October 2026, resident days 3,611

                    100 hall   200 hall   300 (rehab)   Total   Rate/1000
UTI (McGeer)            1          2           0           3      0.83
CAUTI                   0          1           0           1      0.28
C. diff (new)           0          0           1           1      0.28
Resp (non-COVID)        2          1           0           3      0.83
COVID-19 residents      0          0           0           0      0.00
COVID-19 staff          -          -           -           2        -
Skin/soft tissue        0          1           1           2      0.55

Antibiotic starts: 14 (9 met Loeb criteria). Hand hygiene audit 91%.
Nothing clustered. Will present at QAPI on the 19th.

Ivy"""))

add("none", "vaccine-clinic-dates",
    "flu and COVID vaccine clinic schedule for residents and staff, consent process only",
    A("Meg Harlan, RN", "mharlan@" + WF), [A("Willows Staff", "staff@" + WF)],
    "Flu/COVID clinic dates + consent forms", D(11, 9, 10, 40), trap=True,
    body=ALTH("""Meridian pharmacy will run our vaccine clinics:

  Tue 11/17  9-12  Bistro, residents (assisted living)
  Tue 11/17  1-3   Memory care neighborhood (they come to us)
  Wed 11/18  6-8 am and 2-4 pm  staff, any shift

Consent forms went out to families last week. 61 of 88 are back. If a
resident asks you, the high-dose flu shot is the one for over-65s. Staff
who decline must sign the declination and wear a mask through March.

Meg Harlan, RN, Wellness Director"""))

add("none", "posting-hospice-rn-case-manager",
    "job posting for a hospice RN case manager",
    A("Tallgrass Talent", "careers@" + TG), A("careers-list@jobs.example.net", "careers-list@jobs.example.net"),
    "Now hiring: RN Case Manager, Lantern Hospice (full time)", D(11, 10, 12, 0), trap=True,
    body=ALTH("""RN Case Manager - Lantern Hospice (North team)

Manage a caseload of 12-14 hospice patients in homes and facilities.
Assess symptoms, coordinate with the IDG (physician, social worker,
chaplain, aides), teach families about comfort medications, and support
them at the end of life.

Requirements: RN license in good standing, 2 years acute or home health
experience, valid driver's license. Hospice experience preferred; CHPN a
plus.

$44-52/hr, mileage at the IRS rate, on-call stipend, 403(b) match.
Apply: https://careers.tallgrasscare.example.com/jobs/2291"""))

add("none", "posting-geropsych-lcsw",
    "behavioral health employer's job posting for a geriatric psychiatry social worker",
    A("Cove Behavioral Health - Recruiting", "jobs@" + COVE), A("NASW Chapter Job Board", "jobs@naswchapter.example.org"),
    "LCSW, Geriatric Psychiatry Outreach (SNF/AL consults)", D(11, 11, 12, 30), trap=True,
    body=ALTH("""Cove Behavioral Health is hiring an LCSW for our geriatric psychiatry
outreach team. You will see residents of skilled nursing and assisted
living communities for depression, anxiety, late-life psychosis and
adjustment to placement, alongside our psychiatrists and psych NPs.

- Licensed LCSW; 2+ years with older adults
- Comfortable with telehealth and in-person visits across 14 facilities
- Experience with PHQ-9, GAD-7, Cornell scale, CBT, problem-solving
  therapy

Salary $72-84k plus productivity bonus. Apply by 12/4:
https://www.covebh.example.org/careers"""))

add("none", "hiring-caregiver-referral-bonus",
    "Tagalog recruitment notice for caregivers and CNAs with a referral bonus",
    A("The Willows HR", "hr@" + WF), A("Willows Staff", "staff@" + WF),
    "Naghahanap kami ng caregiver at CNA - $500 referral bonus", D(11, 13, 9, 0),
    lang="tl", trap=True,
    body=T("""Magandang araw po sa lahat!

Naghahanap ang The Willows at Fernbrook ng mga bagong kasamahan:

  * Caregiver / Resident Assistant - lahat ng shift
  * CNA para sa memory care (night shift)
  * Med Tech (kailangan ng sertipiko sa med pass)

Kung may kakilala kayong mapagkakatiwalaan at may puso sa pag-aalaga sa
matatanda, ipasa lang po ang pangalan at numero nila kay Tobias o sa HR.
May $500 referral bonus pagkatapos ng 90 araw ng bagong empleyado.

Open house: Sabado, Nobyembre 21, 10 am - 1 pm, sa lobby. May merienda!

Salamat po,
HR ng The Willows - 555-0152"""))

add("none", "concentrator-field-safety-notice",
    "manufacturer field safety notice listing device serial numbers, no patient",
    A("Northgate Home Medical - Quality", "quality@" + NG), [A("Northgate Facility Accounts", "accounts@" + NG)],
    "Field Safety Notice: AeroFlo 5L concentrator, serial range AF5-2409xxxx", D(11, 12, 9, 45), trap=True,
    body=T("""URGENT FIELD SAFETY NOTICE - AeroFlo 5L stationary oxygen concentrator

The manufacturer has identified that units in serial range AF5-24090001
through AF5-24093300 may display a false "low O2" alarm after a power
interruption. Oxygen output is not affected.

What we are doing: Northgate technicians will replace the control board
on every affected unit we have placed, starting 11/16. We will call each
home and facility to schedule. No action is needed from patients except
to keep using the unit as prescribed.

Facilities: affected serials at your building are listed in your
account portal under Notices. Questions: 555-0177."""))

add("none", "bariatric-bed-rental-invoice",
    "B2B equipment rental invoice by serial number and PO, no patient",
    A("Northgate Home Medical - AR", "ar@" + NG), A("Maple Court AP", "ap@" + MC),
    "Invoice NG-55102 - November rentals", D(11, 13, 7, 10), trap=True,
    body=T("""Invoice NG-55102   Account MC-0031   Period 11/01-11/30/2026

Item                                  Serial        Days   Amount
Bariatric bed 42" w/ LAL mattress     BB42-11873     30   $1,050.00
Bariatric bed 42" w/ LAL mattress     BB42-11902     30   $1,050.00
Alternating pressure overlay          APO-3390       30     $240.00
Hoyer lift, 600 lb                    HL6-0217       30     $180.00
Bariatric wheelchair 26"              BW26-0558      18     $126.00
                                                   Total  $2,646.00

PO MC-2026-1187. Please remit within 30 days.
Northgate Home Medical | 555-0177"""))

add("none", "pdpm-rate-update-digest",
    "consultant's digest of payment-rate rule changes with codes, no resident",
    A("Harbor Reimbursement Advisors", "digest@harborra.example.com"), A("Frances Adebayo", "fadebayo@" + MC),
    "FY2027 rate digest: PDPM, HH and hospice updates", D(11, 10, 6, 0), trap=True,
    body=ALTH("""Harbor Reimbursement Digest - November

SNF (PDPM): the net market basket update is 2.9%. Watch the ICD-10
mapping changes for the clinical category: several fracture aftercare
codes moved from "Major Joint Replacement or Spinal Surgery" to
"Non-Surgical Orthopedic". Re-check your MDS coding tip sheets.

Home health: the 30-day period base rate rises; LUPA thresholds
unchanged. HHVBP year 2 payment adjustments post in January.

Hospice: aggregate cap increases. Reminder that HOPE replaced the HIS on
10/1; the first HOPE quality data will not be public until 2028.

Webinar recording and slides: https://harborra.example.com/digest/nov26"""))

add("none", "prior-auth-bulletin-home-health",
    "payer's provider bulletin on prior-authorisation rules with HCPCS codes, no member",
    A("Crestline Provider Relations", "providernews@" + CHP), A("Brightwater Intake", "intake@" + BW),
    "Provider Bulletin 26-44: home health prior authorization changes Jan 1", D(11, 11, 7, 0), trap=True,
    body=ALTH("""Crestline Health Plan - Provider Bulletin 26-44

Effective January 1, 2027, for Crestline Medicare Advantage members:

1. Home health start-of-care no longer needs prior authorization for the
   first 30-day period when the referral follows an inpatient stay.
2. Subsequent periods require clinical review; submit via the portal by
   day 25.
3. G0299/G0300 skilled nursing and G0151/G0152 therapy visits beyond the
   approved count need a concurrent review request.
4. Hospice election does not require authorization; send the NOE as
   usual.

Provider portal: https://providers.crestlinehp.example.com
Provider services: 555-0160"""))

add("none", "cahps-quarterly-scores",
    "aggregate hospice quality scores and live-discharge rate for the quarter",
    A("Judith Kemble", "jkemble@" + TG), A("Lantern Leadership", "leadership@" + LH),
    "Q3 hospice CAHPS and quality dashboard", D(11, 12, 14, 15), trap=True,
    body=T("""Q3 2026 (n = 143 surveys returned, 31% response)

Communication with family        82 (nat'l 80)
Getting timely help              76 (nat'l 78)  <- after-hours response
Treating patient with respect    91
Emotional and spiritual support  90
Help for pain and symptoms       75 (nat'l 75)
Rating 9-10                      84
Willing to recommend             86

Live discharge rate 14.2% (target < 15%). Average length of stay 71 days,
median 19. Visits in the last 3 days of life: 93%.

After-hours response is the gap again. Let's talk Tuesday.

Judith Kemble, Compliance & Quality"""))

add("none", "family-council-and-centenarian",
    "borderline: family council invite celebrating a named resident's 100th birthday; no health content",
    A("Tobias Crane", "tcrane@" + WF), A("Willows Families", "families@" + WF),
    "Family Council - Nov 17 - and a 100th birthday!", D(11, 10, 16, 30),
    body=MIX(T("""Dear families,

Family Council meets Tuesday 11/17 at 6:30 pm in the Library (and on
video, link in the invite). Agenda: the new dining schedule, the holiday
visiting calendar and the courtyard fence.

Afterwards, please join us to celebrate Edith Brandt, who turns 100 on
the 17th! Edith has lived at the Willows for eleven years and still beats
everyone at Scrabble. Cake in the Bistro at 7:15.

Tobias Crane, Executive Director"""),
        CAL(ICS("fc-20261117@" + WF, "20261117T183000", "20261117T193000", "Family Council",
                "Library, The Willows at Fernbrook", "Video link: https://meet.willowsfernbrook.example.com/fc",
                ("Tobias Crane", "tcrane@" + WF)))))

add("none", "remembrance-service-invite",
    "chaplain's invitation to the annual remembrance service; no one named",
    A("Rev. Samuel Okafor", "sokafor@" + LH), A("Lantern Families", "families@" + LH),
    "You are invited: Service of Remembrance, Sunday Dec 6", D(11, 13, 11, 0), trap=True,
    body=ALTH("""Dear friends,

Each December, Lantern Hospice gathers the families of those we cared for
this year to remember them together. Whatever your faith, or none, you
are welcome.

Sunday, December 6, 3:00 pm, Grace Chapel, 9 Mill Road
Readings, music, and the lighting of candles. Refreshments after.

If you would like your loved one's name read aloud, reply to this e-mail
or call the bereavement office at 555-0137 by November 30.

With you in remembrance,
Rev. Samuel Okafor, Chaplain"""))

add("none", "trach-gtube-competency-class",
    "training invitation for new nurses: trach and g-tube competencies on mannequins",
    A("Cheryl Vance, RN", "cvance@" + LHP), [A("New Hire Cohort", "cohort-nov@" + LHP)],
    "Invitation: Trach/Vent & G-tube competency lab", D(11, 9, 11, 30), trap=True,
    body=MIX(T("""Welcome again to Little Harbor! Your hands-on lab is Thursday. We'll use
the infant and child mannequins: emergency trach change, suctioning,
home ventilator alarms (we'll have two vent models), g-tube venting,
bolus and pump feeds, and what to do if a button comes out.

Wear comfortable clothes. Lunch provided.

Cheryl Vance, RN, Clinical Manager"""),
        CAL(ICS("lab-20261112@" + LHP, "20261112T090000", "20261112T150000",
                "Trach/Vent & G-tube competency lab", "Little Harbor training room, 2nd floor",
                "Bring your skills checklist. Parking in the rear lot.",
                ("Cheryl Vance", "cvance@" + LHP),
                [("New Hire Cohort", "cohort-nov@" + LHP)]))))

add("none", "bulletin-familles-virus-hiver",
    "French newsletter to families of the paediatric nursing service: winter viruses, sick-nurse policy, holidays",
    A("Little Harbor Pediatric Nursing", "familles@" + LHP), A("Familles Little Harbor", "familles@" + LHP),
    "Bulletin de novembre : saison des virus respiratoires et planning des fêtes", D(11, 11, 17, 0),
    lang="fr", trap=True, subj_cs="iso-8859-1", subj_mode="Q",
    body=T("""Chères familles,

La saison du VRS et de la grippe commence. Quelques rappels :

- Nos infirmières ne viennent pas travailler si elles ont de la fièvre,
  de la toux ou des symptômes digestifs. Nous vous prévenons le plus tôt
  possible et cherchons une remplaçante formée à la trachéotomie ou à la
  ventilation de votre enfant.
- Lavage des mains à l'arrivée et avant chaque soin, pour tout le monde.
- Si votre enfant est hospitalisé, appelez le planning (555-0140) pour que
  nous suspendions les heures et que nous préparions le retour à domicile.

Fêtes : le bureau sera fermé le 26 novembre. L'astreinte infirmière reste
joignable 24 h/24.

Merci pour votre confiance,
L'équipe de Little Harbor""", cs="iso-8859-1", cte="quoted-printable"))

add("none", "annual-privacy-training-due",
    "compliance reminder about annual privacy training that mentions PHI, Part 2 and HIV rules in general",
    A("Judith Kemble", "jkemble@" + TG), A("All Tallgrass Staff", "allstaff@" + TG),
    "Annual HIPAA & privacy training due Nov 30", D(11, 12, 8, 0), trap=True,
    body=ALTH("""Your 2026 privacy training is assigned in the learning portal (about 40
minutes). This year's modules:

 1. Minimum necessary and "need to know" - including family members who
    call asking about a loved one
 2. Texting and photos: never text PHI or wound photos from a personal
    phone; use the HomeChart app
 3. Special categories: substance-use treatment records (42 CFR Part 2),
    HIV test results, and mental health notes need a specific consent to
    share
 4. Reporting a lost tablet or a misdirected fax within 24 hours

Completion is 71% so far. Field staff get 1 hour paid time.

Judith Kemble, Compliance Officer, Tallgrass Care Group"""))

add("none", "part2-records-intake-procedure",
    "compliance procedure for handling opioid treatment programme records at admission; no patient",
    A("Fernbrook Compliance", "compliance@" + FSL), [A("Maple Court Admissions", "admissions@" + MC), A("Willows Wellness", "wellness@" + WF)],
    "Procedure update: records from opioid treatment programs", D(11, 13, 15, 0), trap=True,
    body=T("""Admissions and wellness teams,

When a new resident comes to us on methadone or buprenorphine from an
opioid treatment program, the OTP's records are covered by 42 CFR Part 2.
Updated procedure (effective now):

 - The OTP will only verify a dose with a signed Part 2 consent that names
   our facility. Use form FSL-114; the OTP may have its own.
 - File OTP records in the restricted section of the chart, not in the
   general "Outside records" tab.
 - Do not forward OTP records to hospitals or payers without a new consent
   unless it is a medical emergency; document the emergency.
 - Redisclosure notice must accompany any records we send.

Questions to me. Training at the December leadership meeting.

Nadia Rusk, Corporate Compliance, Fernbrook Senior Living"""))

add("none", "hotline-quarterly-summary",
    "aggregate compliance hotline report by category, no individual",
    A("Judith Kemble", "jkemble@" + TG), A("Tallgrass Board Compliance Committee", "board-compliance@" + TG),
    "Hotline and privacy incidents, Q3", D(11, 16, 10, 0), trap=True,
    body=T("""Q3 2026 hotline and privacy log (both agencies)

Category                          Reports   Substantiated
Misdirected fax/e-mail                 6          6  (none reportable)
Lost/stolen device                     1          1  (encrypted; no breach)
Family access dispute                  3          1
Timekeeping/EVV                        4          2
Billing concern                        2          0
Workplace conduct                      5          3

Breach risk assessments: 7, notifications required: 0.
Full minutes to follow.

Judith"""))

add("none", "blank-referral-form-fillable",
    "blank fillable referral form with empty name/DOB/diagnosis fields sent to discharge planners",
    A("Tamsin Holt", "tholt@" + BW), [A("St. Aldric Case Management", "casemanagement@" + SA)],
    "Updated Brightwater referral form (fillable)", D(11, 12, 9, 5), trap=True,
    body=MIX(T("""Hi all,

Attached is our updated referral form. New: a box for the face-to-face
date and the community physician who will sign orders. You can still
send referrals through the portal or HL7 feed; this is for when that's
down.

Thank you!
Tamsin Holt, Intake Coordinator
Brightwater Home Health | Intake 555-0144 | Fax 555-0146"""),
             ATT("application/pdf", PDF([
                 "BRIGHTWATER HOME HEALTH - REFERRAL FORM (rev 11/2026)",
                 "Fax completed form to 555-0146 or call intake 555-0144",
                 "",
                 "Patient name: ________________________  DOB: ___/___/_____",
                 "Address: ______________________________  Phone: ____________",
                 "Insurance / Member ID: ______________________________",
                 "Primary diagnosis / ICD-10: _________________________",
                 "Services:  [ ] SN  [ ] PT  [ ] OT  [ ] SLP  [ ] MSW  [ ] HHA",
                 "Face-to-face date: ___/___/_____  by: ____________________",
                 "Community physician signing orders: ____________________",
                 "Referral source / phone: ______________________________",
             ], flate=True, title="Referral form rev 11-2026"), "Brightwater_Referral_Form_rev2026-11.pdf")))

add("none", "toner-order-dosing-window",
    "sensitive display name (methadone dosing window) writing to a copier vendor about toner; no individual",
    A("Stillwater Recovery - Methadone Dosing Window", "dosing@" + SW), A("Pinecrest Office Systems", "service@pinecrestoffice.example.com"),
    "Toner for the Ricoh at the dosing window", D(11, 16, 6, 50), trap=True,
    body=T("""Hi,

The copier at our dosing window (asset tag SRC-114) is showing "toner
low" again and the spare we had is gone. Can you send two black
cartridges? Deliveries are best after 11 am when the morning line is
done.

Thanks,
Lou, front desk
Stillwater Recovery Center, 12 Depot Street
555-0190"""))

add("none", "repaving-notice-intake-crisis",
    "behavioral-health display name on a parking lot repaving notice to neighbours; no individual",
    A("Cove Behavioral Health - Intake & Crisis", "intake@" + COVE), [A("Depot Street Neighbors", "neighbors@depotstreet.example.org")],
    "Parking lot repaving Nov 20-21", D(11, 17, 12, 0), trap=True,
    body=T("""Hello neighbors,

Our shared rear lot will be repaved Friday 11/20 and Saturday 11/21. Please
move vehicles by 6 am Friday. The side entrance will stay open; the
walk-in intake entrance on Depot Street is not affected.

Sorry for the inconvenience.
Facilities, Cove Behavioral Health"""))

add("none", "ostomy-supply-par-levels",
    "central supply par levels for ostomy and urology supplies; no resident",
    A("Ray Dutta", "rdutta@" + MC), A("Central Supply", "supply@" + MC),
    "New par levels - ostomy / uro", D(11, 17, 14, 0), trap=True,
    body=T("""Starting Monday, new par levels for the 300 hall supply room:

  Ostomy pouch, 2-pc, 2 1/4" flange    par 20   (was 10)
  Skin barrier wafer, convex            par 10
  Stoma powder                          par 4
  Foley kit 16 Fr                       par 6
  Leg bag                               par 12
  Straight cath 14 Fr                   par 30

We keep running out on weekends. Please order Thursday, not Friday.
Ray"""))

add("none", "formulary-update-naloxone-carts",
    "pharmacy formulary bulletin: naloxone on every cart, buprenorphine continuation policy, interchange list",
    A("Meridian LTC Pharmacy - Clinical", "clinical@" + MER), [A("Fernbrook DONs", "dons@" + FSL)],
    "P&T update: naloxone on all med carts, interchanges", D(11, 11, 15, 30), trap=True,
    body=T("""Meridian P&T Committee - November decisions

1. Naloxone 4 mg nasal spray will be stocked on every med cart in SNF and
   assisted living accounts by 12/1 (house stock, not resident-specific).
2. Buprenorphine and methadone for opioid use disorder must be continued
   on admission; do not hold while waiting for records. Our pharmacists
   can call the OTP with a signed consent.
3. Therapeutic interchanges: pantoprazole for omeprazole; losartan for
   valsartan; insulin glargine biosimilar for brand.
4. Quetiapine: new stop-date prompt at 14 days for PRN orders.

Greta Voss, PharmD, for the P&T Committee"""))

add("none", "shortage-furosemide-injection",
    "drug shortage notice with substitution guidance; no resident",
    A("Meridian LTC Pharmacy - Clinical", "clinical@" + MER), [A("Meridian Accounts - Nursing", "nursing-accounts@" + MER)],
    "Shortage: furosemide 10 mg/mL injection", D(11, 17, 9, 10), trap=True,
    body=T("""Furosemide injection 10 mg/mL is on national backorder (estimated 6-8
weeks). E-kits will be restocked with bumetanide 0.25 mg/mL.
Conversion: 40 mg IV furosemide = approximately 1 mg IV bumetanide.
Oral furosemide is not affected.

Please notify your medical directors. Call clinical line 555-0189 with
questions."""))

add("none", "praktikum-austausch-pflegeschule",
    "German nursing school arranging a student exchange placement schedule; no patient",
    A("Katrin Vogel", "k.vogel@pflegeschule-lindenau.example.de.test"), A("Gail Fenwick", "gfenwick@" + BW),
    "Austauschpraktikum Januar: Einsatzplan für unsere drei Auszubildenden", D(11, 12, 16, 20, tz="+0100"),
    lang="de", trap=True,
    body=T("""Sehr geehrte Frau Fenwick,

vielen Dank für das Gespräch letzte Woche. Wie besprochen kommen im Januar
drei Auszubildende im dritten Ausbildungsjahr (generalistische
Pflegeausbildung) für vier Wochen zu Brightwater:

  - Lena Brückner
  - Jonas Öztürk
  - Mira Sadowski

Sie würden gern Hausbesuche mit Pflegefachkräften, Physio- und
Ergotherapeuten begleiten, besonders Wundversorgung und
Medikamentenmanagement. Die Unterkunft ist organisiert. Könnten Sie uns
bis Ende November den Einsatzplan und die Nachweise schicken, die Sie
brauchen (Masern- und Hepatitis-B-Impfnachweis, Führungszeugnis)?

Mit freundlichen Grüßen
Katrin Vogel
Praxisanleitung, Pflegeschule Lindenau""", cs="utf-8", cte="quoted-printable"))

add("none", "sample-eob-training-deck",
    "payer training material with a SAMPLE/TEST member and explanation-of-benefits mock-up; no real member",
    A("Crestline Provider Education", "education@" + CHP), A("Colleen Mraz", "cmraz@" + LH),
    "Slides: reading the new remittance and EOB layouts", D(11, 13, 13, 0), trap=True,
    body=T("""Hi Colleen,

Thanks for attending Tuesday's session. Here is the example we walked
through (all sample data):

  Member:     SAMPLE, JANE Q        Member ID: XXC000000000
  Claim:      26-SAMPLE-0001        Provider: Example Hospice
  Service:    Q5001 routine home care, 30 days
  Billed $6,120.00 / Allowed $5,940.60 / Plan paid $5,940.60
  Member responsibility $0.00

Remember that the new layout shows the CARC and RARC codes in one column.
Full deck: https://providers.crestlinehp.example.com/education/eob-2027

Crestline Provider Education"""))

add("none", "thanksgiving-potluck-signup",
    "staff potluck sign-up",
    A("Keisha Monroe", "kmonroe@" + LH), A("Lantern Office", "office@" + LH),
    "Potluck Wed 11/25 - what are you bringing?", D(11, 16, 10, 5),
    body=T("""Office potluck Wednesday 11/25 at noon in the big conference room. Field
staff, stop by between visits! Sign up here so we don't end up with 9 mac
and cheeses again:

Turkey - Hal
Ham - Colleen
Mac and cheese - me
Greens - ?
Rolls - ?
Dessert - everyone apparently

Keisha"""))

add("none", "holiday-office-hours",
    "office hours for the holiday week",
    A("Brightwater Home Health", "office@" + BW), A("Brightwater Staff", "staff@" + BW),
    "Thanksgiving week office hours", D(11, 18, 12, 0),
    body=BARE("""Office hours Thanksgiving week:
Mon-Wed  8-5 as usual
Thu 11/26 closed, Fri 11/27 9-1
Triage and on-call unchanged. Payroll cutoff moves to Tuesday noon."""))

add("none", "fire-drill-third-shift",
    "facility fire drill schedule",
    A("Chuck Ferreira", "cferreira@" + MC), A("Maple Court All Staff", "allstaff@" + MC),
    "Fire drill this week (3rd shift)", D(11, 9, 14, 20),
    body=BARE("""Heads up: unannounced fire drills are required quarterly per shift. The
third-shift one is this week. I'm telling charge nurses only that it is
this week. Remember RACE and PASS, close doors, and don't use the
overhead paging for anything else during the drill.

Chuck Ferreira, Maintenance Director"""))

add("none", "printer-jam-nurses-station",
    "printer out of order",
    A("Yesenia Paredes", "yparedes@" + MC), A("Maple Court IT", "it@" + MC),
    "Printer at 200 station jammed again", D(11, 10, 13, 55),
    body=BARE("""The printer at the 200 nurses station is jammed again (error 13.B2). I
pulled the paper but it still says jam. Can someone come up before the
4 o'clock MAR reprint? Thanks, Yesenia x221"""))

add("none", "linen-contract-renewal",
    "vendor contract renewal for linen service",
    A("Tobias Crane", "tcrane@" + WF), A("Crisp Linen Services", "accounts@crisplinen.example.com"),
    "Renewal of linen agreement 2027", D(11, 12, 10, 50),
    body=T("""Hi Dennis,

We'd like to renew for 2027 at the current pounds-per-week estimate. The
3% increase is fine if you can move pickup to Tuesday/Friday mornings;
Monday pickups keep colliding with the food delivery at the dock.

Tobias Crane
Executive Director, The Willows at Fernbrook"""))

add("none", "volunteer-orientation-saturday",
    "hospice volunteer orientation details; describes vigil sitting in general",
    A("Nora Pettis", "npettis@" + LH), [A("New Volunteers", "volunteers@" + LH)],
    "Volunteer orientation Sat 11/14 - what to expect", D(11, 11, 18, 10), trap=True,
    body=T("""Welcome, and thank you for choosing to volunteer with Lantern!

Saturday 11/14, 9 am-3 pm, Lantern office, 55 Orchard Way. We'll cover
what hospice is, companionship visits, how to sit with someone in the
last days (our "No One Dies Alone" vigil program), caregiver respite,
boundaries, and confidentiality. You'll also do your TB screening form
and badge photo.

Lunch provided. Dress comfortably.
Nora Pettis, Volunteer Coordinator, 555-0133"""))

add("none", "idt-lunch-order",
    "lunch order for a team meeting",
    A("Keisha Monroe", "kmonroe@" + LH), A("Lantern IDG", "idg@" + LH),
    "IDG lunch Tuesday", D(11, 13, 9, 30),
    body=BARE("""Ordering from Nonna's for Tuesday's IDG. Reply by Monday 10am with your
sandwich choice. Default is turkey on wheat. Rev. Okafor is vegetarian,
I've got him."""))

add("none", "guest-wifi-password",
    "guest wifi password change",
    A("Sunrise Commons Front Desk", "frontdesk@" + SC), A("Sunrise Commons Staff", "staff@" + SC),
    "New guest Wi-Fi password", D(11, 16, 7, 45),
    body=BARE("""The guest Wi-Fi password changed today. It's on the card at the front desk
(don't post it on the door again please). Staff network is unchanged."""))

add("none", "mileage-per-visit-policy",
    "mileage reimbursement policy for visit travel; visits counted, no patient",
    A("Omar Lindqvist", "olindqvist@" + TG), A("Brightwater Field Staff", "field@" + BW),
    "Mileage: EVV now calculates your visit-to-visit miles", D(11, 13, 16, 5), trap=True,
    cc=A("Lantern Field Staff", "field@" + LH),
    body=T("""Starting with the 11/20 pay date, mileage between visits is calculated
from your EVV clock-in/out locations. You no longer need the paper log for
visit-to-visit travel. Still log:

 - first visit from home if more than 15 miles (policy 4.12)
 - trips to the pharmacy or DME to pick up supplies for a patient
 - office meetings

If a visit shows 0 miles because GPS didn't catch the clock-in, submit a
correction in the app within 7 days.

Omar Lindqvist, Payroll Manager"""))

add("none", "scrubs-order-sizes",
    "uniform order sizes",
    A("Darnell Hughes", "dhughes@" + SC), A("Sunrise Commons Staff", "staff@" + SC),
    "Scrub order - sizes by Friday", D(11, 17, 11, 10),
    body=T("""We're ordering the navy scrubs for everyone (2 sets each, paid by the
center). Write your size on the sheet on my door by Friday. Drivers get
the polo shirts instead."""))

add("none", "evv-missing-clockouts",
    "aggregate EVV compliance numbers for aides; visits counted, no client",
    A("Dana Whitcomb", "dwhitcomb@" + BW), A("Brightwater Aides", "aides@" + BW),
    "EVV: 14% of visits missing clock-out last week", D(11, 16, 15, 40), trap=True,
    body=T("""Aides,

Last week 14% of Medicaid personal care visits were missing a clock-out
(312 of 2,229). The state rejects those claims and we have to fix every
one by hand. Please clock out before you leave the home, even if the
client is asking you to stay a few minutes. If the app freezes, call the
office line 555-0143 from the client's home phone.

Top 3 reasons from the exception report: app not opened (61%), no signal
(22%), wrong service code (17%).

Dana"""))

add("none", "new-soc-needs-ot-unnamed",
    "borderline: scheduler needs an OT for an unnamed new start of care after knee replacement; no identifier",
    A("Dana Whitcomb", "dwhitcomb@" + BW), A("Brightwater Therapy", "therapy@" + BW),
    "Need an OT eval in Elmwood this week", D(11, 17, 16, 55), trap=True,
    body=T("""New SOC tomorrow at 8:30 in Elmwood (nursing is opening the case). Left TKA
last Thursday, lives alone, son visits on weekends. OT eval ordered for
bathroom/ADLs, ideally by Friday. Anyone have room? Reply to me, not
all.

Dana"""))

add("none", "preferred-snf-scorecard",
    "hospital's aggregate readmission scorecard for partner facilities",
    A("Aaron Stiles", "astiles@" + SA), [A("Frances Adebayo", "fadebayo@" + MC), A("Post-Acute Network", "pac-network@" + SA)],
    "Preferred post-acute network: Q3 scorecard", D(11, 18, 9, 0), trap=True,
    body=T("""Attached and below: Q3 results for the preferred SNF network.

Facility             Discharges  30-day readmit  ED w/o admit  ALOS
Maple Court              88         14.8%            6%        21.3
Birchwood Center         64         19.1%            9%        24.0
Lakeview Care            71         17.0%            7%        22.8
Network                 412         17.6%            8%        23.1

Top readmitting diagnoses network-wide: heart failure, sepsis,
pneumonia, UTI. Maple Court stays in tier 1. Nice work.

Aaron Stiles, Director of Care Management, St. Aldric"""))

add("none", "formulario-consentimiento-traduccion",
    "Spanish blank hospice consent template sent to the translation vendor",
    A("Colleen Mraz", "cmraz@" + LH), A("Lingua Bridge Translations", "projects@linguabridge.example.com"),
    "Revisión: formulario de consentimiento de hospicio (plantilla en blanco)", D(11, 11, 14, 10),
    lang="es", trap=True,
    body=MIX(T("""Hola Marcela:

Le adjunto la plantilla en blanco del consentimiento de ingreso al
hospicio en español. Por favor revise la sección 4 ("Elección del
beneficio de hospicio de Medicare"); varias familias nos dijeron que no
se entiende. Necesitamos la versión final antes del 1 de diciembre.

Gracias,
Colleen Mraz
Lantern Hospice"""),
             ATT("application/pdf", PDF([
                 "LANTERN HOSPICE - CONSENTIMIENTO DE INGRESO (PLANTILLA)",
                 "Nombre del paciente: ______________________  Fecha de nacimiento: __________",
                 "1. Entiendo que el cuidado de hospicio es paliativo, no curativo.",
                 "2. Elijo a ______________________ como mi médico de cabecera.",
                 "3. Autorizo a Lantern Hospice a compartir información con mi equipo de atención.",
                 "4. Elección del beneficio de hospicio de Medicare: fecha de inicio ____________",
                 "Firma del paciente o representante: ______________________  Fecha: ________",
             ], title="Consentimiento plantilla"), "Consentimiento_hospicio_plantilla_ES.pdf")))

add("none", "lunch-learn-silicone-dressing",
    "vendor rep offering a lunch-and-learn on a dressing product",
    A("Brett Kowal", "bkowal@softseal.example.com"), A("Gail Fenwick", "gfenwick@" + BW),
    "Lunch & learn: silicone foam dressings for fragile skin", D(11, 12, 13, 40), trap=True,
    body=ALTH("""Hi Gail,

Following up from the wound conference - I'd love to bring lunch for your
nurses and do a 30-minute in-service on our silicone foam line: skin
tears, stage 2 pressure injuries, and how to get 7-day wear time. I can
leave samples for the branch.

Any Tuesday or Thursday in December work?

Brett Kowal, Territory Manager, SoftSeal Wound Care
555-0174"""))

_menu_ko = """주간 식단표 (11월 16일 ~ 20일)

월: 잡곡밥, 미역국, 닭가슴살 야채볶음, 시금치나물
화: 현미밥, 된장국(저염), 고등어구이, 오이무침
수: 흑미밥, 소고기무국, 두부조림, 배추김치(저염)
목: 잡곡밥, 북엇국, 불고기, 숙주나물
금: 호박죽, 계란찜, 과일

* 당뇨식과 저염식이 필요하신 분은 별도로 준비합니다.
* 씹기 어려우신 분은 다진 식사로 드립니다.
* 알레르기가 있으시면 간호사 린 선생님께 알려 주세요.

선라이즈 커먼즈 성인 주간보호센터 드림"""
add("none", "jugan-sikdanpyo-menu",
    "Korean weekly menu for the adult day centre with diabetic and low-salt options for anyone who needs them",
    A("선라이즈 커먼즈", "kprogram@" + SC, "euc-kr", "B"), A("한인 가족 모임", "korean-families@" + SC),
    "주간 식단표 안내 (11/16-11/20)", D(11, 13, 15, 0), lang="ko", trap=True, subj_cs="euc-kr",
    body=T(_menu_ko, cs="euc-kr", cte="base64"))

add("none", "thong-bao-luong-ngay-le",
    "Vietnamese payroll holiday notice to aides with employee-ID instructions; no health content",
    A("Phòng Lương Tallgrass", "payroll@" + TG), A("Nhân viên chăm sóc tại nhà", "aides-vi@" + BW),
    "Thông báo: lịch trả lương dịp Lễ Tạ Ơn", D(11, 17, 10, 0), lang="vi", trap=True,
    body=T("""Chào các anh chị,

Tuần lễ Tạ Ơn, hạn chót chấm công là thứ Ba 24/11 lúc 12 giờ trưa (thay vì
thứ Tư). Lương vẫn trả vào thứ Sáu 27/11.

Khi gọi phòng lương, xin đọc mã nhân viên của anh chị (ví dụ TG-2xxxxx),
đừng gửi số an sinh xã hội qua e-mail.

Ngày lễ 26/11 được trả lương gấp rưỡi cho ca làm việc có chấm công EVV.

Cảm ơn,
Omar Lindqvist - Phòng Lương, 555-0108""", cte="base64"))

add("none", "tongzhi-liugan-tanshi",
    "Chinese notice to families about flu-season visiting guidelines; no resident",
    A("枫林长者公寓", "notice@" + WF, "gb2312", "B"), A("华人家属", "families-zh@" + WF),
    "流感季节探访须知", D(11, 10, 11, 0), lang="zh", trap=True, subj_cs="gb2312",
    body=T("""各位家属：

流感和新冠病毒进入高发季节。为了保护所有长者，请注意：

一、如有发烧、咳嗽、喉咙痛，请暂时不要来探访，可以用视频通话。
二、进门请洗手或使用消毒液，前台备有口罩。
三、记忆照护区的探访时间为上午十点至晚上七点。
四、本月十七日有流感疫苗接种日，长者的同意书请尽快交回。

谢谢大家的配合。
枫林长者公寓 健康服务部""", cs="gb2312", cte="base64"))

add("none", "obyavlenie-prilozhenie-grafik",
    "Russian notice to aides about a new scheduling app; no client",
    A("Brightwater Home Health", "office@" + BW), A("Помощники по уходу", "aides-ru@" + BW, "koi8-r", "B"),
    "Новое приложение для графика визитов", D(11, 10, 9, 20), lang="ru", trap=True, subj_cs="koi8-r",
    body=T("""Уважаемые помощники по уходу!

С 16 ноября график визитов будет приходить в новом приложении HomeChart
Go вместо СМС. Установите приложение до пятницы. В приложении вы увидите
адрес, время визита и список задач. Не пересылайте эту информацию другим
людям и не делайте скриншоты.

Обучение: среда 11 ноября, 15:00, офис Eastfield, или по видео.
Вопросы: Дана, 555-0143.

Спасибо за вашу работу!""", cs="koi8-r", cte="base64"))

add("none", "fomasyon-fanmi-demans",
    "Haitian Creole invitation to a caregiver class on dementia and fall prevention; no participant",
    A("Sunrise Commons", "fanmi@" + SC), A("Fanmi Sunrise Commons", "fanmi@" + SC),
    "Fòmasyon pou moun k ap okipe granmoun: demans ak prevansyon tonbe", D(11, 11, 12, 15),
    lang="ht", trap=True,
    body=T("""Bonjou fanmi yo,

Nou envite nou nan yon fòmasyon gratis pou moun k ap okipe yon granmoun
lakay:

  * Kisa demans ye, ak kijan pou nou pale ak yon moun ki gen pwoblèm
    memwa
  * Kijan pou anpeche tonbe nan kay la (tapi, limyè, twalèt)
  * Kilè pou nou rele doktè

Jedi 19 novanm, 5:30 pm, nan gwo sal la. Ap gen manje ak tradiksyon an
kreyòl. Rele Beatriz nan 555-0150 pou enskri.

Mèsi!""", cte="quoted-printable"))

add("none", "ogeysiis-tallaalka-hargabka",
    "Somali community flyer about flu shots at the adult day centre; no participant",
    A("Sunrise Commons", "somali@" + SC), A("Qoysaska Soomaaliyeed", "somali-families@" + SC),
    "Ogeysiis: tallaalka hargabka 18 Nofeembar", D(11, 12, 12, 40), lang="so", trap=True,
    body=T("""Qoysaska sharafta leh,

Farmashiyaha Meridian wuxuu xaruntayada imaan doonaa Arbacada 18-ka
Nofeembar si uu u siiyo tallaalka hargabka (flu) dadka waaweyn ee
barnaamijka. Fadlan buuxi foomka oggolaanshaha oo u soo celi xafiiska
ka hor Isniinta.

Haddii aad su'aal qabtid, la xiriir Beatriz 555-0150. Turjumaan Soomaali
ah ayaa goobta joogi doona.

Mahadsanid,
Sunrise Commons Adult Day Center"""))

add("none", "tanbih-wajabat-halal",
    "Arabic notice to families about halal meal options at the SNF; no resident",
    A("ميبل كورت", "dining@" + MC, "windows-1256", "B"), A("عائلات المقيمين", "families-ar@" + MC),
    "وجبات حلال في مطعم ميبل كورت", D(11, 14, 10, 30), lang="ar", trap=True, subj_cs="windows-1256",
    body=T("""إلى عائلات المقيمين الكرام،

يسعدنا أن نعلمكم أن قسم التغذية في ميبل كورت يقدم الآن وجبات حلال يوميًا
مع الغداء والعشاء. كما تتوفر وجبات قليلة الملح ووجبات مناسبة لمرضى السكري
لمن يطلبها أخصائي التغذية.

إذا كنتم ترغبون في إحضار طعام من المنزل، يرجى وضع اسم المقيم والتاريخ على
العلبة وتسليمها لمكتب التمريض.

مع التحية،
قسم التغذية - 555-0125""", cs="windows-1256", cte="base64"))


# ==================================================================== phi ===
_hl7_live = HL7([
    "MSH|^~\\&|STALDRIC_ADT|SARMC|HOMECHART|BWHH|20261116143000||ADT^A04|SA77120452|P|2.5.1",
    "EVN|A04|20261116143000",
    "PID|1||MR4471802^^^SARMC^MR||KESSLER^WALTER^J||19430612|M|||418 BIRCH HOLLOW RD^^ELMWOOD^ZZ^00000||^PRN^PH^^^^5550114",
    "PV1|1|I|4W^412^A^SARMC||||" + NPI_WREN + "^WREN^ALAN^^^^^^NPI|||MED",
    "DG1|1||I50.23^Acute on chronic systolic (congestive) heart failure^I10||20261116|A",
    "DG1|2||E11.9^Type 2 diabetes mellitus without complications^I10||20261116|A",
    "ZRF|1|HOME HEALTH SN PT EVAL^SOC 11/18^DAILY WEIGHTS^FUROSEMIDE 40 MG BID^CALL MD WT GAIN >3LB",
])
add("phi", "first-live-referral-hl7",
    "health content only in the attached production HL7 A04: named patient, DOB, heart failure and diabetes, home health orders",
    A("Curtis Osei (Interface Team)", "cosei@" + SA), A("Leon Barrow", "lbarrow@" + BW), cc=A("Tamsin Holt", "tholt@" + BW),
    subj="Prod cutover done - first live referral attached for reconciliation", date=D(11, 17, 7, 2),
    body=MIX(T("""Leon, Tamsin,

Cutover went fine at 06:00. The first production referral that crossed is
attached so you can reconcile it against what filed in HomeChart. SOC is
requested for tomorrow. Please delete the file once you've matched it.

Curtis"""), ATT("application/hl7-v2", _hl7_live, "SARMC_ADT_A04_SA77120452.hl7")))

_bundle = json.dumps({
    "resourceType": "Bundle", "type": "collection", "timestamp": "2026-11-11T15:20:00-05:00",
    "entry": [
        {"resource": {"resourceType": "Patient", "id": "p1",
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "SA-3318842"}],
                      "name": [{"family": "Lindgren", "given": ["Ada", "M"]}],
                      "gender": "female", "birthDate": "1937-04-22"}},
        {"resource": {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
                      "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.90", "code": "S72.001A",
                                           "display": "Fracture of unspecified part of neck of right femur, initial encounter"}]},
                      "onsetDateTime": "2026-11-07"}},
        {"resource": {"resourceType": "Procedure", "id": "pr1", "subject": {"reference": "Patient/p1"},
                      "code": {"text": "Right hip hemiarthroplasty"}, "performedDateTime": "2026-11-08"}},
        {"resource": {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
                      "subject": {"reference": "Patient/p1"},
                      "medicationCodeableConcept": {"text": "apixaban 2.5 mg tablet"},
                      "dosageInstruction": [{"text": "1 tab by mouth twice daily x 30 days (DVT prophylaxis)"}]}},
        {"resource": {"resourceType": "ServiceRequest", "id": "s1", "status": "active", "intent": "order",
                      "subject": {"reference": "Patient/p1"},
                      "code": {"text": "Skilled nursing facility admission: PT/OT, WBAT right lower extremity"}}},
    ]}, indent=1)
add("phi", "bed-offer-bundle-json",
    "health content only in the attached FHIR bundle: named patient, DOB, hip fracture, hemiarthroplasty, apixaban",
    A("Patrice Gilmore, RN", "pgilmore@" + SA), A("Lydia Shore", "lshore@" + MC),
    "Bundle for the bed offer we discussed", D(11, 11, 15, 24),
    body=MIX(T("""Hi Lydia,

Here's the bundle for the lady we talked about at lunch. Ortho says she
can go Friday if she clears PT tomorrow. Let me know about the bed by
noon if you can.

Patrice Gilmore, RN, Discharge Planning, 4 West
555-0122"""), ATT("application/fhir+json", _bundle, "referral_bundle_20261111.json")))

_missed_csv = """mrn,patient,discipline,scheduled,reason,md_notified
BW-118204,"Pickett, Lorna",SN,2026-11-09,patient hospitalized (CHF) - St. Aldric,Y
BW-117733,"Okonkwo, Daniel",SN,2026-11-10,patient not home,N
BW-118011,"Nowak, Krystyna",HHA,2026-11-10,aide call-out no cover,Y
BW-117950,"Sokolov, Mikhail",PT,2026-11-11,neurology appt conflict,Y
BW-118150,"Sharma, Omprakash",SN,2026-11-11,refused - daughter away,N
BW-118096,"Medina, Ernesto",SN,2026-11-12,rescheduled - dialysis change,Y
BW-117612,"Alvarado, Ruben",OT,2026-11-13,patient ill (fever 101),Y
BW-118033,"Kessler, Walter",SN,2026-11-13,not yet admitted,N
BW-117884,"Pike, Dorothy",PT,2026-11-13,weather/road closure,Y
"""
add("phi", "missed-visit-report-csv",
    "health content only in the attached CSV: patients by name and MRN with missed visits and reasons (hospitalised for CHF, fever)",
    A("Quality Team", "quality@" + BW), A("Gail Fenwick", "gfenwick@" + BW),
    "Missed visit report w/e 11/14", D(11, 16, 8, 10),
    body=MIX(T("""Gail,

Missed visit report for last week attached, 9 lines. Two still show no
physician notification - can the case managers close those out today?

Thanks,
QA"""), ATT("text/csv", _missed_csv, "missed_visits_2026-11-09_to_11-14.csv", cte="quoted-printable", params=[("charset", "utf-8")])))

add("phi", "hospice-referral-summary-pdf",
    "health content only in the attached PDF discharge summary: named patient, DOB, MRN, metastatic lung cancer, hospice referral",
    A("Patrice Gilmore, RN", "pgilmore@" + SA), A("Lantern Hospice Intake", "intake@" + LH),
    "Per our call - attached", D(11, 10, 11, 40),
    body=MIX(T("""Attached per our call. Family meeting is at 2 today in the 4 West
conference room if your liaison can come.

Patrice"""),
             ATT("application/pdf", PDF([
                 "ST. ALDRIC REGIONAL MEDICAL CENTER - DISCHARGE SUMMARY",
                 "Patient: BOONE, HARRIET L     DOB: 08/30/1941     MRN: SA-2290173",
                 "Admit: 11/04/2026   Anticipated discharge: 11/11/2026   Attending: R. Maddox, MD",
                 "",
                 "Principal diagnosis: Metastatic non-small cell lung cancer (adenocarcinoma),",
                 "  malignant right pleural effusion s/p tunneled pleural catheter 11/06.",
                 "Secondary: COPD, atrial fibrillation, moderate protein-calorie malnutrition.",
                 "Course: declined further chemotherapy after oncology discussion 11/09.",
                 "  PPS 40%. Dyspnea improved after drainage; drain catheter 3x/week.",
                 "Discharge medications: morphine ER 15 mg q12h; morphine IR 5 mg q2h PRN dyspnea;",
                 "  apixaban discontinued; tiotropium daily; senna-docusate 2 tabs qhs.",
                 "Code status: DNR/DNI, POLST completed.",
                 "Disposition: home with hospice (Lantern Hospice referral placed 11/10).",
             ], title="Discharge Summary"), "DC_summary_SA-2290173.pdf")))

add("phi", "transfer-form-ems-flate-pdf",
    "health content only in the attached Flate-compressed transfer form: named resident, DOB, fever, hypoxia, suspected aspiration pneumonia, DNR",
    A("Curtis Blaine, RN DON", "cblaine@" + MC), A("St. Aldric ED Charge", "edcharge@" + SA),
    "Transfer form - sending with EMS", D(11, 14, 2, 35),
    body=MIX(T("""Sending with EMS now, report called to your charge nurse at 02:30.
Transfer form attached. Daughter is aware and will meet him there.

Curtis Blaine, RN, DON, Maple Court  555-0124"""),
             ATT("application/pdf", PDF([
                 "MAPLE COURT SKILLED NURSING & REHABILITATION - INTERFACILITY TRANSFER FORM",
                 "Resident: MARCHETTI, EUGENE     DOB 02/11/1936     Room 306A",
                 "Reason for transfer: acute change in condition",
                 "  T 101.8 F, HR 112, RR 28, BP 98/54, SpO2 88% on 2 L (baseline 94% RA)",
                 "  coughing with thin liquids at supper; coarse crackles right base",
                 "  suspected aspiration pneumonia",
                 "Code status: DNR - DO transfer for treatment (per daughter/HCP Anna Marchetti)",
                 "Diagnoses: Parkinson disease, dysphagia (mech soft, nectar thick), CKD 3a",
                 "Medications: carbidopa-levodopa 25/100 tid, tamsulosin 0.4 mg qhs, apixaban 2.5 mg bid",
                 "Allergies: penicillin (rash)",
                 "Contact: Anna Marchetti (daughter) 555-0115",
             ], flate=True, title="Transfer Form"), "Transfer_Form_Rm306A.pdf")))

add("phi", "plan-of-care-docx-signature",
    "health content only in the attached DOCX plan of care: named patient, DOB, heart failure, orders and medications",
    A("Brightwater Medical Records", "records@" + BW), A("Office of Alan Wren MD", "office@wrenfamilymed.example.com"),
    "Plan of care for signature (cert period 11/18-01/16)", D(11, 18, 14, 20),
    body=MIX(T("""Good afternoon,

Please have Dr. Wren review and sign the attached plan of care and fax it
back to 555-0146 or return it through the portal. The signature is due
within 30 days of the start of care.

Thank you,
Brightwater Home Health Medical Records"""),
             ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX([
                 "HOME HEALTH CERTIFICATION AND PLAN OF CARE",
                 "Patient: Lorna J. Pickett    DOB: 09/14/1940    HomeChart MRN: BW-118204",
                 "Certification period: 11/18/2026 - 01/16/2027 (recertification)",
                 "Physician: Alan Wren, MD, NPI " + NPI_WREN,
                 "Principal diagnosis: I50.32 Chronic diastolic (congestive) heart failure",
                 "Other diagnoses: I48.91 atrial fibrillation; N18.31 CKD stage 3a; Z79.01 long-term anticoagulant",
                 "Medications: furosemide 40 mg daily; metoprolol succinate 50 mg daily; apixaban 5 mg bid; potassium chloride 20 mEq daily",
                 "Orders: SN 2w4, 1w4 for CHF management, daily weight teaching, med reconciliation. Call MD for weight gain > 3 lb in 2 days or 5 lb in a week.",
                 "PT 1w4 for strength and fall prevention. HHA 2w8 for bathing.",
                 "Goals: patient will verbalize 3 signs of fluid overload; no rehospitalization in period.",
             ]), "POC_Pickett_recert_2026-11-18.docx")))

add("phi", "hospice-admission-visit-ics",
    "invitation whose calendar entry names the patient, home address, ALS on BiPAP and hospice admission",
    A("Lantern Scheduling", "scheduling@" + LH), [A("Hal Jurado", "hjurado@" + LH), A("Bridget Lund", "blund@" + LH)],
    "Invitation: Admission visit @ Thu Nov 12 10am", D(11, 11, 17, 45),
    body=ALT(T("""You have been invited to an event by Lantern Scheduling.
Thu Nov 12, 2026 10:00 - 12:00 (EST). Open the calendar invitation for
details."""),
             CAL(ICS("adm-castillo-20261112@" + LH, "20261112T100000", "20261112T120000",
                     "Admission visit - Ruben Castillo",
                     "77 Larkin Lane, Westbrook",
                     "ALS, on BiPAP at night, PEG in place, declined trach. Wife Marta is primary caregiver and wants him home. Bring consents, election statement, DME order (hospital bed, APM, commode). Son Luis 555-0116.",
                     ("Lantern Scheduling", "scheduling@" + LH),
                     [("Hal Jurado", "hjurado@" + LH), ("Bridget Lund", "blund@" + LH)]))))

add("phi", "wound-vac-order-subject-line",
    "named patient, DOB and wound vac order only in the Subject; the body just says signed and faxed",
    A("Sue Haldane", "office@wrenfamilymed.example.com"), A("Marisol Ortega", "mortega@" + BW),
    "RE: Harold Jenks DOB 2/14/1941 - wound vac order needs signature", D(11, 10, 9, 42),
    body=T("""Signed and faxed back at 9:40.

Sue
Office of Alan Wren, MD"""))

add("phi", "hypoxia-hospice-ask-subject",
    "named resident, MRN, oxygen saturation and hospice question only in the Subject",
    A("Tonya Fields, RN", "tfields@" + MC), A("Lantern Hospice Intake", "intake@" + LH),
    "Gerald Wynn MRN 5530921 - sats 86% RA, family asking about hospice", D(11, 13, 15, 5),
    body=T("""Calling you now."""))

add("phi", "display-name-visitor-hours",
    "borderline: a generic holiday visiting-hours notice; the daughter's display name carries the resident's name, hospice care and pancreatic cancer",
    A("Willows Front Desk", "frontdesk@" + WF), A("Ruth Ochoa (dtr of Luis Ochoa - hospice pt, pancreatic ca)", "ruth.ochoa@mail.example.com"),
    "Holiday visiting hours and parking", D(11, 18, 10, 15),
    body=T("""Hello,

Holiday visiting hours at the Willows: 8 am to 9 pm daily, including
Thanksgiving. The front lot will be full on the 26th; please use the
overflow lot behind the chapel. Sign in at the front desk kiosk.

Happy Thanksgiving from all of us!
The Willows at Fernbrook Front Desk, 555-0151"""))

add("phi", "wound-photo-filename",
    "borderline: the patient's name, MRN and sacral wound are only in the attached photo's file name",
    A("Anh Pham, RN", "apham@" + LH), A("Hal Jurado", "hjurado@" + LH),
    "photos from today", D(11, 12, 16, 40),
    body=MIX(T("""From today's visit. Also uploaded in HomeChart. Bigger than Monday I
think, let's talk at IDG.
-Anh""", flowed=True), ATT("image/png", PNG(seed=3), "Valdez_Teodoro_MRN448120_sacral_wound_2026-11-12.png")))

_medina_orig = """Buenos días,

Mi papá, Ernesto Medina, salió ayer del hospital St. Aldric. Le cambiaron
la insulina: ahora es Lantus 18 unidades en la noche y la rápida con las
comidas según el azúcar. También tiene una herida en el pie derecho que
le tienen que curar. El doctor dijo que la enfermera de Brightwater
vendría esta semana. ¿Cuándo viene?

Gracias,
Lucía Medina
555-0117"""
add("phi", "respuesta-primera-visita-insulina",
    "short Spanish reply over the daughter's quoted message: named father, insulin change after discharge, foot wound",
    A("Tamsin Holt", "tholt@" + BW), A("Lucía Medina", "lucia.medina@correo.example.com"),
    "RE: Visita de enfermera para mi papá", D(11, 10, 10, 5), lang="es", inreply="medina-1",
    body=T("""Gracias, Sra. Medina. La enfermera Marisol la va a llamar hoy para
programar la primera visita, probablemente mañana en la tarde.

Tamsin Holt, Brightwater Home Health
""" + quote(_medina_orig, "Lucía Medina <lucia.medina@correo.example.com>", "lun, 9 nov 2026 a las 19:12"),
        cte="quoted-printable"))

add("phi", "authorization-approval-html",
    "HTML-only authorisation letter: named member, member ID, approved home health visits",
    A("Crestline Utilization Management", "um-notices@" + CHP), A("Brightwater Intake", "intake@" + BW),
    "Authorization approved HHA-26-0091734", D(11, 10, 13, 30),
    body=H("""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p><img alt="Crestline Health Plan" src="https://static.crestlinehp.example.com/logo.png" width="160"></p>
<h3>Notice of Authorization</h3>
<table cellpadding="3">
<tr><td><b>Member</b></td><td>Dorothy A. Pike</td></tr>
<tr><td><b>Member ID</b></td><td>CRH448817203</td></tr>
<tr><td><b>Date of birth</b></td><td>01/27/1948</td></tr>
<tr><td><b>Authorization #</b></td><td>HHA-26-0091734</td></tr>
<tr><td><b>Provider</b></td><td>Brightwater Home Health</td></tr>
<tr><td><b>Diagnosis</b></td><td>Z96.651 Presence of right artificial knee joint; M17.11</td></tr>
<tr><td><b>Approved</b></td><td>Skilled nursing 4 visits; physical therapy 12 visits</td></tr>
<tr><td><b>Dates</b></td><td>11/10/2026 &ndash; 12/09/2026</td></tr>
</table>
<p>Additional visits require a concurrent review request by day 25.</p>
<p style="color:#666;font-size:11px">Crestline Health Plan Utilization Management &middot; 555-0161</p>
</body></html>"""))

add("phi", "family-update-html-half",
    "the text half says only to view the update; the HTML half tells the son about his mother's weight loss, supplements and denture appointment",
    A("Meg Harlan, RN", "mharlan@" + WF), A("Paul Whitley", "pwhitley@inbox.example.net"),
    "Monthly update from the Willows", D(11, 13, 14, 10),
    body=ALT(T("""This message contains formatted content. If you cannot see it, please
view it in a mail program that displays HTML, or call the Wellness
office at 555-0153."""),
             H("""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hi Paul,</p>
<p>Here is your mom's monthly update.</p>
<ul>
<li><b>Weight:</b> Joan is 118 lb, down 6 lb since September. The dietitian started
a nutrition shake twice a day and fortified oatmeal at breakfast.</li>
<li><b>Dental:</b> her lower denture is loose and she has a sore spot; appointment with
the visiting dentist Friday 11/20 at 10.</li>
<li><b>Activity:</b> walking to meals with her walker, chair exercise 3x a week.</li>
</ul>
<p>Call me anytime.<br>Meg Harlan, RN, Wellness Director</p>
</body></html>""", cte="quoted-printable")))

add("phi", "lich-loc-mau-bo-toi",
    "Vietnamese daughter writes about her named father's dialysis days, early pickup and phosphate binder with meals",
    A("Trần Thị Mai", "mai.tran@mail.example.com"), A("Meg Harlan", "mharlan@" + WF),
    "Lịch chạy thận của bố tôi (phòng 214)", D(11, 9, 20, 30), lang="vi",
    body=T("""Chào chị Meg,

Em là Mai, con gái của ông Trần Văn Lộc ở phòng 214. Từ tuần này bố em
chạy thận vào thứ Ba, thứ Năm và thứ Bảy ở trung tâm lọc máu Eastside.
Xe đón bố lúc 5 giờ 45 sáng, nên xin các cô đánh thức bố lúc 5 giờ và cho
bố ăn nhẹ.

Bác sĩ thận cũng dặn bố phải uống thuốc sevelamer 800 mg ngay trong mỗi
bữa ăn, không phải sau bữa ăn. Và bố phải hạn chế uống nước, chỉ khoảng 1
lít mỗi ngày.

Cảm ơn chị nhiều,
Mai - 555-0118""", cte="base64"))

add("phi", "manman-m-medikaman-tansyon",
    "Haitian Creole son tells the day centre his named mother's blood-pressure medicine was changed and asks for a check",
    A("Jean-Robert Joseph", "jrjoseph@mail.example.com"), A("Lin Zhao, RN", "lzhao@" + SC),
    "Manman m Mirlande - nouvo medikaman tansyon", D(11, 12, 7, 5), lang="ht",
    body=T("""Bonjou Mis Lin,

Se Jean-Robert, pitit gason Mirlande Joseph. Doktè a chanje medikaman
tansyon manman m yè: kounye a se amlodipine 10 mg chak maten. Li pa pran
lisinopril ankò paske li t ap touse anpil.

Tanpri, èske ou ka pran tansyon li jodi a ak demen epi voye m chif yo? Si
li pi wo pase 160, doktè a di pou nou rele l.

Mèsi anpil,
Jean-Robert - 555-0119""", cte="quoted-printable"))

add("phi", "secure-tag-gateway-test",
    "borderline: [secure] test send with no patient content; a marked message is at least phi (marked-secure-test-no-content)",
    A("Colleen Mraz", "cmraz@" + LH), A("Crestline Appeals", "appeals@" + CHP),
    "[secure] test - please confirm you can open this", D(11, 16, 11, 0),
    body=T("""Testing the encryption gateway before I send the appeal packet.
Nothing attached. Please reply when you get it.

Colleen Mraz, Billing Manager, Lantern Hospice"""))

add("phi", "sensitivity-header-portal-note",
    "borderline: X-Sensitivity: Private header on a note that only points to the portal; marked by the sender, so at least phi",
    A("Bridget Lund, LCSW", "blund@" + LH), A("Tomas Greer", "tgreer@" + LH),
    "Document for your review", D(11, 17, 13, 25), extra=[("X-Sensitivity", "Private"), ("Sensitivity", "Private")],
    body=T("""Hi Tomas,

I posted the document we talked about to the team folder in the portal.
Let me know once you've looked at it and we can decide before Thursday.

Bridget"""))

add("phi", "sn-visit-note-weight-gain",
    "clinical shorthand visit report: named patient, MRN, heart-failure findings, diuretic change",
    A("Marisol Ortega, RN", "mortega@" + BW), A("Gail Fenwick", "gfenwick@" + BW),
    "SN visit 11/10 - Pickett - MD notified", D(11, 10, 15, 50),
    body=T("""Pt: Lorna Pickett  MRN BW-118204
SN visit 11/10 13:15-14:20
Wt 182.4 (up 3.2 lb/2d). BP 148/86, HR 92 irreg, RR 20, SpO2 93% RA.
+2 pitting edema BLE to mid-shin, crackles bilat bases. 2-pillow
orthopnea x2 nights. Missed 2 doses furosemide - ran out, refill not
picked up.
Called Dr. Wren office 13:50, order rec'd: furosemide 60 mg daily x3d then
back to 40, BMP Thurs. Rx sent to Corner Pharmacy, dtr picking up tonight.
Reviewed s/s to call. F/u visit 11/12 (moved up).
-MO"""))

add("phi", "dad-fell-again-last-night",
    "phone-typed message from a daughter: her father fell, head bump, on apixaban, wants a call",
    A("Karen Lutz", "karenlutz62@mail.example.com"), A("Meg Harlan", "mharlan@" + WF),
    "dad", D(11, 15, 7, 48),
    body=T("""hi meg its karen, franks daughter (118). he fell again last nite getting up to the bathroom, the night aide said he has a bump on his forehead?? did anyone call dr wren. hes on eliquis so im worried about a bleed. can u call me at lunch, 555-0120""" + IPHONE, flowed=True))

add("phi", "abuela-rosa-insulina-almuerzo",
    "Spanish granddaughter writes about Abuela Rosa's new mealtime insulin dose at the day centre",
    A("Daniela Gutiérrez", "dani.gtz@correo.example.com"), A("Lin Zhao, RN", "lzhao@" + SC),
    "Insulina de mi abuela Rosa", D(11, 16, 6, 55), lang="es",
    body=T("""Hola Lin,

Soy Daniela, la nieta de Rosa Gutiérrez (va los lunes, miércoles y
viernes). El endocrinólogo le subió la insulina: ahora son 6 unidades de
insulina rápida (Humalog) antes del almuerzo, pero solo si el azúcar está
arriba de 150. Le mandé la orden firmada en su bolsa, con el glucómetro.

Abuela Rosa no siempre se acuerda de decirles, por favor pregúntenle.

Mil gracias,
Daniela""" + "\n\nEnviado desde mi iPhone", cs="iso-8859-1", cte="8bit"))

add("phi", "trach-change-tonight-sats",
    "a mother writes about her son's trach change, low oxygen saturations and oxygen increase",
    A("Alicia Navarro", "alicia.navarro@inbox.example.net"), A("Joanne Pryce", "jpryce@" + LHP),
    "Tonight - can Brianna stay late?", D(11, 11, 16, 12),
    body=T("""Hi Joanne,

Mateo's monthly trach change is tonight at 7 and my husband is working.
Can Brianna stay until 9 instead of 8? I'll pay the difference if the
hours run over.

Also FYI his sats were running 88-90 on 1 L this afternoon so we bumped
him to 2 L per Dr. Kaplan's plan. If he needs more than 3 L we're
supposed to take him in, so she should know that.

Thanks,
Alicia"""))

add("phi", "george-bad-night-comfort-kit",
    "a wife tells the hospice nurse about her husband's bad night, morphine doses given and that he has stopped eating",
    A("Elaine Farrow", "efarrow@mail.example.com"), A("Hal Jurado", "hjurado@" + LH),
    "George last night", D(11, 12, 6, 20),
    body=T("""Hal,

George had a bad night. He was breathing fast and moaning. I gave the
morphine 0.25 ml twice like you showed me, at 1 and at 4, and he settled
after the second one. The bottle in the kit is about half gone.

Should I be giving it on a schedule now? He hasn't eaten anything since
Sunday, just sips of water. Our daughter is flying in Friday.

Elaine"""))

add("phi", "restless-request-haloperidol",
    "borderline: hospice nurse requests haloperidol for a named patient's terminal restlessness (delirium at end of life, not a psychiatric disorder)",
    A("Hal Jurado, RN", "hjurado@" + LH), A("Ines Calloway MD", "icalloway@" + LH),
    "Ida Brenner - terminal restlessness, order request", D(11, 13, 21, 10),
    body=T("""Dr. Calloway,

Ida Brenner (Maple Court rm 12) is restless tonight, pulling at her
gown, trying to climb out of bed, not sleeping. No urinary retention on
bladder scan, last BM yesterday, no grimacing with repositioning; pain
looks controlled on the current morphine. PPS 20%, intake minimal.

Requesting haloperidol 0.5 mg SL q4h PRN terminal restlessness per our
protocol, and to d/c the lorazepam which seemed to make her worse
Tuesday. Facility nurse aware. Daughter aware and agrees.

Hal"""))

add("phi", "denial-missing-f2f",
    "billing note: named member, member ID and claim number denied for missing face-to-face documentation",
    A("Brightwater Billing", "billing@" + BW), A("Tamsin Holt", "tholt@" + BW),
    "Denial 26-3108-55219 - need F2F note", D(11, 12, 11, 15),
    body=T("""Tamsin,

Crestline denied claim 26-3108-55219 (Ruben Alvarado, member
CRH551230984, period 10/01-10/30, $2,918.44) with CARC 16 / RARC M127:
missing face-to-face documentation.

Intake has the referral but the F2F note from Dr. Perez's 9/28 visit
isn't in the chart. Can you request it from the clinic? We have 60 days
to reopen.

Thanks,
Rhonda, Billing"""))

add("phi", "employee-ppd-read-positive",
    "borderline: employee health result for a named employee with ID (positive TB skin test, chest x-ray, clearance); employee health is health content",
    A("Employee Health", "employeehealth@" + TG), A("Renata Ibsen", "ribsen@" + TG),
    "Pre-hire TB screening - Jasmine Cole (TG-203881)", D(11, 13, 12, 0),
    body=T("""Renata,

Jasmine Cole, employee ID TG-203881 (CNA, Maple Court start date 11/23):
PPD placed 11/10, read 11/12: 14 mm induration, positive. Chest x-ray
11/13 negative for active TB. She has been referred to the county TB
clinic to discuss latent TB treatment. Cleared to start per policy; annual
symptom screen instead of repeat PPD.

Please keep this in the confidential medical file, not the personnel
file.

Employee Health"""))

add("phi", "your-wound-visit-tuesday",
    "visit confirmation written to the patient about his wound-care nursing visit",
    A("Brightwater Home Health", "scheduling@" + BW), A("Daniel Okonkwo", "d.okonkwo@mail.example.com"),
    "Your nursing visit on Tuesday, November 17", D(11, 15, 18, 0),
    body=ALTH("""Dear Mr. Okonkwo,

This confirms your skilled nursing visit on Tuesday, November 17 between
9:00 and 11:00 am with Anh, RN, for your wound care and dressing change.
Please have the new foam dressings that Corbel delivered on hand, and
keep your leg elevated the evening before.

To reschedule, call 555-0143.

Brightwater Home Health"""))

add("phi", "your-inr-this-morning",
    "a nurse practitioner writes to the resident about her INR result and warfarin dosing",
    A("Lucia Perez, NP", "lperez@" + WF), A("Marian Delacroix", "mdelacroix@inbox.example.net"),
    "Your INR from this morning", D(11, 16, 14, 30),
    body=T("""Hi Marian,

Your INR from this morning was 2.4, right where we want it. Keep taking
warfarin 5 mg every day except 2.5 mg on Mondays and Fridays. Next check
is Tuesday, December 1 in the wellness office.

Lucia Perez, NP
Visiting Nurse Practitioner, The Willows  NPI %s""" % NPI_PEREZ_NP))

add("phi", "levofloxacin-qtc-clarification",
    "pharmacy clarification: named resident, new antibiotic order and a prolonged QTc",
    A("Greta Voss, PharmD", "gvoss@" + MER), A("Maple Court 200 Hall", "200hall@" + MC),
    "Order clarification - Walter Gaines Rm 227", D(11, 11, 19, 40),
    body=T("""New order received for Walter Gaines, Rm 227: levofloxacin 750 mg daily x5
days for UTI. His ECG from 11/9 shows QTc 498 and he is on citalopram
20 mg and ondansetron PRN. Recommend cefpodoxime 200 mg bid x7 days
instead, pending urine culture (sent 11/10).

Please confirm with Dr. Iyer and call or fax the new order. Holding the
levofloxacin until we hear back.

Greta Voss, PharmD  555-0188"""))

add("phi", "dme-delivery-new-admission",
    "DME order for a named hospice patient: hospital bed, oxygen, diagnosis of ALS",
    A("Lantern Hospice Intake", "intake@" + LH), A("Northgate Home Medical - Orders", "orders@" + NG),
    "Delivery today please - Ruben Castillo", D(11, 12, 12, 20),
    body=T("""New hospice admission, please deliver today by 5:

Patient: Ruben Castillo, 77 Larkin Lane, Westbrook (wife Marta 555-0116)
Dx: ALS (G12.21)
- Semi-electric hospital bed with alternating pressure mattress
- O2 concentrator, 2 L NC continuous, plus 4 portable E tanks and cart
- Bedside commode, over-bed table
He has his own BiPAP - no need to swap.

Order signed by Dr. Calloway, attached in the portal. Hospice benefit,
bill Lantern per contract.

Keisha, Lantern Intake"""))

add("phi", "case-manager-pt-progress",
    "payer case manager asks for therapy progress for a named member with member ID",
    A("Monica Feld, RN CCM", "mfeld@" + CHP), A("Kevin Ashby", "kashby@" + BW),
    "Clinical update needed - D. Pike", D(11, 17, 10, 45),
    body=ALTH("""Hi Kevin,

For member Dorothy Pike, ID CRH448817203 (R TKA 10/29): please send a
clinical update by Friday - knee ROM, gait distance and device, stairs,
pain, and your plan. She has 5 PT visits remaining on the current
authorization and the daughter is asking about outpatient therapy.

Monica Feld, RN, CCM, Crestline Care Management
555-0162"""))

add("phi", "idg-agenda-this-week",
    "hospice team meeting agenda listing named patients with diagnoses, decline and recertifications",
    A("Keisha Monroe", "kmonroe@" + LH), A("Lantern IDG", "idg@" + LH),
    "IDG agenda Tues 11/17", D(11, 16, 16, 0),
    body=T("""IDG Tuesday 11/17, 9:00, big conference room

New admissions
  - Ruben Castillo (ALS) - Hal / Bridget
  - Harriet Boone (lung ca, pleural catheter) - Anh

Recertifications due
  - Wanda Kim, 3rd period 11/19 (COPD, PPS 40%, wt down 8%) - F2F done
    11/16 by Dr. Calloway
  - Teodoro Valdez, 2nd period 11/24 (CVA, sacral wound worse)

Discussion
  - George Farrow (CHF): increased dyspnea, wife needs respite, consider
    5-day respite at Maple Court
  - Ida Brenner (dementia): terminal restlessness, haloperidol started

Bereavement: 3 families this week.

Lunch is ordered."""))

add("phi", "waiver-application-adl-needs",
    "Medicaid waiver application: named applicant, DOB, Medicaid ID, dementia and ADL needs",
    A("Tessa Lyle, MSW", "tlyle@" + BW), A("Waiver Intake Unit", "waiver.intake@" + DADS),
    "E&D waiver application - Hazel Dunmore", D(11, 13, 10, 10),
    body=T("""Hello,

Submitting the Elderly & Disabled waiver application for:

  Applicant: Hazel Dunmore    DOB 03/03/1934
  Medicaid ID: 9000417722 (approved 11/2)
  Address: 22 Quarry Street, Elmwood (lives with daughter)

Functional summary: needs hands-on help with bathing, dressing and
transfers; supervision with eating. Moderate Alzheimer's dementia (MMSE
16/30 on 10/20), wanders at night; two falls since August. Daughter works
days. Requesting personal care 28 hrs/week and adult day services.

Signed forms and the physician's level-of-care form are in the portal.

Tessa Lyle, MSW, Brightwater Home Health  555-0148"""))

add("phi", "f2f-attestation-third-period",
    "medical director's face-to-face attestation for a named patient's hospice recertification with clinical decline",
    A("Ines Calloway MD", "icalloway@" + LH), A("Lantern Medical Records", "records@" + LH),
    "F2F encounter - Wanda Kim - 3rd benefit period", D(11, 16, 17, 30),
    body=T("""Face-to-face encounter for the third benefit period.

Patient: Wanda Kim   Encounter date: 11/16/2026, home visit
Terminal diagnosis: end-stage COPD with chronic hypercapnic respiratory
failure.
Findings: weight down 8%% since 9/15; PPS now 40%%, bedbound most of the
day; eats less than 25%% of meals; dyspnea at rest on 3 L; two
exacerbations managed at home in October.
I attest that I had a face-to-face encounter with this patient and that
the clinical findings support a life expectancy of six months or less.

Ines Calloway, MD, Hospice Medical Director  NPI %s""" % NPI_CALLOWAY))

add("phi", "bed-request-hip-orif",
    "discharge planner's bed request in prose: named patient, DOB, hip fixation, anticoagulation, Medicare A",
    A("Patrice Gilmore, RN", "pgilmore@" + SA), A("Lydia Shore", "lshore@" + MC),
    "Bed request for Monday", D(11, 13, 14, 40),
    body=T("""Hi Lydia,

Do you have a rehab bed Monday? Norma Albright, DOB 7/19/1945, had a left
hip ORIF on 11/12 after a fall at home. WBAT, PT/OT daily, pain
controlled on oxycodone 5 mg q6h PRN and Tylenol. History of atrial
fibrillation on apixaban (held, resumes tomorrow) and CKD 3. Lives
alone, goal is home with her son's help.

Medicare A, 3 midnights met. Clinicals are in the portal.

Patrice"""))

add("phi", "fall-incident-form-activity-room",
    "incident form: named participant, fall, skin tear, first aid, family and physician notified",
    A("Lin Zhao, RN", "lzhao@" + SC), A("Beatriz Fonseca", "bfonseca@" + SC),
    "Incident report 11/12 - activity room", D(11, 12, 15, 0),
    body=T("""INCIDENT REPORT - SUNRISE COMMONS ADULT DAY CENTER

Participant:       Samuel Greer
Date/time:         11/12/2026 13:20
Location:          Activity room, near window table
Type:              Fall (slid from chair to floor), witnessed by aide
Description:       stood up quickly after bingo, legs gave way, lowered
                   himself partly; no head strike per witness
Injury:            2 cm skin tear left forearm; no pain on ROM
Treatment:         cleaned, steri-strips, dry dressing; VS stable,
                   BP 104/62 (low for him)
Family notified:   daughter Paula 13:40
Physician:         Dr. Wren's office faxed 14:05, asked about BP meds
Follow-up:         chair alarm at activities, recheck BP on arrival

Completed by: Lin Zhao, RN"""))

add("phi", "transport-roster-needs",
    "transport roster listing named participants with oxygen, wheelchair and dialysis days",
    A("Darnell Hughes", "dhughes@" + SC), A("Sunrise Drivers", "drivers@" + SC),
    "Routes Mon 11/16 - changes", D(11, 15, 19, 30),
    body=T("""Monday routes (changes in CAPS):

Van 1 (Lift)
  7:10  Samuel Greer      14 Elm Ct        W/C, CHAIR ALARM AT CENTER
  7:25  Mirlande Joseph   3 Harbor Ave     walker
  7:45  Karim Haddad      91 Pell St       NO PICKUP MON/WED/FRI - DIALYSIS
  8:00  Rosa Gutierrez    220 Vine St      bring her insulin bag in

Van 2
  7:15  Thomas Reilly     6 Oak Row        mom rides along first day
  7:40  Hazel Dunmore     22 Quarry St     O2 2 L portable, spare tank
  8:05  Min-ho Lee        18 Birch Ln      hearing aids check

Call me if a client doesn't come out: 555-0155."""))

add("phi", "mom-donepezil-increase",
    "borderline: a son tells memory care about Mom's donepezil increase; dementia treatment, not a restricted mental-health category",
    A("Greg Sorensen", "gsorensen@mail.example.com"), A("Willows Memory Care Nurse", "memorycare@" + WF),
    "Mom's new dose", D(11, 14, 18, 45),
    body=T("""Hi,

Mom's neurologist increased her donepezil to 10 mg at bedtime starting
tonight. He said vivid dreams and an upset stomach are common the first
week or two. Pharmacy is delivering tomorrow. Can the night staff keep an
eye on her sleep?

Thanks,
Greg (Ingrid Sorensen's son, room M-6)"""))

add("phi", "sofia-dieta-gastrostomia-escola",
    "Portuguese mother gives the nurse her daughter's g-tube feeding plan for school and a seizure-medicine increase",
    A("Fernanda Lopes", "fernanda.lopes@mail.example.com", "iso-8859-1", "Q"), A("Cheryl Vance", "cvance@" + LHP),
    "Sofia - dieta na escola a partir de segunda", D(11, 13, 21, 15), lang="pt", subj_cs="iso-8859-1",
    body=T("""Olá Cheryl,

Aqui é a Fernanda, mãe da Sofia. A partir de segunda a Sofia volta para a
escola e a enfermeira vai com ela. A dieta pela gastrostomia agora é:

  - 120 ml de fórmula às 8h, 11h e 14h, em bolus, bem devagar
  - 30 ml de água depois de cada dieta
  - se vomitar, parar e me ligar

A neurologista também aumentou o Keppra para 2,5 ml duas vezes ao dia
(manhã e noite), então na escola não precisa dar.

Obrigada por tudo!
Fernanda""", cs="iso-8859-1", cte="quoted-printable"))

add("phi", "pdn-hours-approved-notice",
    "state Medicaid notice approving private-duty nursing hours for a named child with Medicaid ID, DOB, trach and ventilator",
    A("Dept. of Aging & Disability Services - PDN Reviews", "pdn.reviews@" + DADS), A("Little Harbor Intake", "intake@" + LHP),
    "PDN prior approval - notice of decision", D(11, 16, 9, 5),
    body=ALTH("""NOTICE OF DECISION - PRIVATE DUTY NURSING

Recipient:   Elijah Brooks
Medicaid ID: 7700319845      DOB: 05/02/2021
Provider:    Little Harbor Pediatric Nursing
Decision:    APPROVED 112 hours/week
Period:      11/16/2026 - 05/15/2027
Basis:       tracheostomy, ventilator dependent during sleep, g-tube
             fed, frequent suctioning (q1-2h)

A request for more hours requires updated physician orders and nursing
notes. This notice was also mailed to the recipient's parent.

Department of Aging & Disability Services"""))

add("phi", "eomeoni-tongjeung-mopin",
    "Korean daughter tells the hospice nurse her named mother's pain is worse despite morphine and oxygen was raised",
    A("김미나", "mina.kim@mail.example.com"), A("Anh Pham", "apham@" + LH),
    "어머니 통증이 심해지셨어요", D(11, 14, 22, 50), lang="ko",
    body=T("""안녕하세요 간호사님,

김순자 님 딸 김미나입니다. 어머니가 어젯밤부터 통증이 많이
심해지셨어요. 모르핀을 4시간마다 드리고 있는데 잘 안 듣는 것 같아요.
오늘 밤에도 두 번 드렸어요.

숨도 가빠하셔서 산소를 2리터에서 3리터로 올렸어요. 내일 오전에
방문해 주실 수 있을까요?

감사합니다.
김미나 드림 (555-0123)""", cte="base64"))

add("phi", "fuqin-kangfu-chuyuan",
    "Chinese son asks the SNF rehab team about his named father's hip replacement rehab, discharge and high blood sugar",
    A("王建国", "jianguo.wang@mail.example.com"), A("Ray Dutta", "rdutta@" + MC),
    "关于我父亲王德明的康复和出院", D(11, 15, 21, 10), lang="zh",
    body=T("""Ray 您好，

我是王建国，我父亲王德明在三楼康复区（312房）。他上周做了髋关节置换手术，
理疗师说他现在能用助行器走二十米。请问他大概什么时候可以出院回家？
家里需要准备什么，比如扶手、马桶增高器？

另外，他最近血糖偏高，早上空腹是180，医生有没有调整胰岛素？

谢谢！
王建国""", cte="base64"))

add("phi", "perenos-vizita-fizioterapii",
    "Russian wife asks to move her husband's physical therapy visit because of a neurology appointment after his stroke",
    A("Галина Соколова", "galina.sokolova@mail.example.com", "windows-1251", "B"), A("Kevin Ashby", "kashby@" + BW),
    "Перенос визита физиотерапии (Михаил Соколов)", D(11, 10, 18, 30), lang="ru", subj_cs="windows-1251",
    body=T("""Здравствуйте, Кевин!

Это Галина Соколова, жена Михаила. Можно ли перенести визит физиотерапии
с четверга на пятницу? В четверг в 10:00 у него приём у невролога.

После инсульта ему всё ещё тяжело подниматься по лестнице, правая нога
слабая, и вчера он чуть не упал в ванной. Может быть, нужен поручень?

Спасибо,
Галина (555-0124)""", cs="windows-1251", cte="quoted-printable"))

add("phi", "mama-rana-podudzie-goraczka",
    "Polish daughter reports her named mother's leg ulcer leaking and a fever, asks for an earlier nurse visit",
    A("Agnieszka Nowak", "a.nowak@poczta.example.net"), A("Marisol Ortega", "mortega@" + BW),
    "Mama - opatrunek i gorączka", D(11, 11, 7, 30), lang="pl",
    body=T("""Dzień dobry,

piszę w sprawie mojej mamy, Krystyny Nowak. Rana na lewej łydce
(owrzodzenie żylne) od wczoraj bardziej sączy, opatrunek przemókł w nocy
i jest zapach. Mama ma też temperaturę 37,9.

Pielęgniarka Marisol była we wtorek. Czy ktoś może przyjść wcześniej niż
w piątek? Jestem w domu cały dzień.

Z poważaniem,
Agnieszka Nowak, 555-0125""", cs="iso-8859-2", cte="quoted-printable"))

add("phi", "papa-levodopa-orari",
    "Italian son tells the assisted living nurse his named father's levodopa times changed and the afternoon dose is late",
    A("Paolo Ferri", "paolo.ferri@posta.example.net"), A("Meg Harlan", "mharlan@" + WF),
    "Orari della levodopa di mio padre", D(11, 17, 12, 5, tz="+0100"), lang="it",
    body=ALTH("""Buongiorno Meg,

sono Paolo Ferri, il figlio di Giuseppe (appartamento 2B). Il neurologo
ha cambiato gli orari della levodopa: adesso la prende alle 7, alle 11,
alle 15 e alle 19, sempre mezz'ora prima dei pasti.

Mio padre mi dice che la dose delle 15 spesso arriva in ritardo e poi
trema molto e non riesce a camminare fino alla sala. Potete controllare
con il personale del pomeriggio?

Grazie mille, vi chiamo venerdì dall'Italia.
Paolo""", cs="iso-8859-1", cte="8bit"))

add("phi", "death-at-home-overnight",
    "hospice nurse reports a named patient's death, pronouncement and medication disposal",
    A("Anh Pham, RN", "apham@" + LH), A("Lantern IDG", "idg@" + LH),
    "Wanda Kim died overnight", D(11, 21, 6, 40),
    body=T("""FYI, Wanda Kim died at 03:40 at home with her daughter and son-in-law
present. I pronounced at 04:25. Dr. Calloway notified. Hartwell Funeral
Home picked up at 06:10.

Meds destroyed with daughter as witness: morphine 20 mg/mL 12 mL,
lorazepam 2 mg/mL 8 mL, haloperidol 2 mg/mL 5 mL. Northgate to pick up
the concentrator and bed Monday.

Family would like Rev. Okafor to call. Bereavement referral in.

Anh"""))

add("phi", "critical-potassium-flate-pdf",
    "named resident's critical potassium and renal results only in the attached lab report (Flate PDF)",
    A("Quarry Lane Laboratories", "results@" + QL), A("Maple Court Nursing", "nursing@" + MC),
    "Lab report - critical value called", D(11, 18, 7, 5),
    body=MIX(T("""Critical value called to Curtis Blaine, RN at 06:52, read back verified.
Report attached. Quarry Lane Laboratories client services 555-0181."""),
             ATT("application/pdf", PDF([
                 "QUARRY LANE LABORATORIES - FINAL REPORT",
                 "Patient: SIMMS, LORETTA     DOB: 10/05/1939     Sex: F",
                 "Client: Maple Court SNF, Room 214B     Collected: 11/18/2026 05:10",
                 "Ordering: Howard Iyer, MD",
                 "",
                 "Test             Result   Flag   Reference",
                 "Sodium           136             135-145 mmol/L",
                 "Potassium        6.3      CRIT   3.5-5.1 mmol/L",
                 "Chloride         104             98-107 mmol/L",
                 "CO2              18       L      22-29 mmol/L",
                 "BUN              48       H      8-23 mg/dL",
                 "Creatinine       2.1      H      0.5-1.0 mg/dL",
                 "eGFR             23       L      >59 mL/min/1.73m2",
                 "Specimen not hemolyzed.",
             ], flate=True, title="Final report"), "QL_report_26-1118-0412.pdf")))

add("phi", "statement-adult-day-balance",
    "billing statement to a family: account number, the participant's adult day services and balance due",
    A("Sunrise Commons Billing", "billing@" + SC), A("Paula Greer", "paula.greer@mail.example.com"),
    "Statement for October - account SC-10482", D(11, 10, 9, 0),
    body=ALTH("""Dear Paula,

Statement for account SC-10482 (participant: Samuel Greer)

  Adult day services 10/01-10/31      18 days x $85.00   $1,530.00
  Nursing: medication administration     18 days          included
  Medicaid waiver payment                                 -$1,224.00
  Balance due                                               $306.00

Please pay by 11/30. We accept checks or card by phone at 555-0156.

Sunrise Commons Billing"""))

add("phi", "walid-ghasil-alkila",
    "Arabic son tells the day centre his named father has started dialysis three mornings a week and will attend only two days",
    A("يوسف الحداد", "yousef.haddad@mail.example.com", "windows-1256", "B"), A("Beatriz Fonseca", "bfonseca@" + SC),
    "والدي كريم الحداد - تغيير أيام الحضور", D(11, 13, 19, 20), lang="ar", subj_cs="windows-1256",
    body=T("""مرحبًا السيدة بياتريس،

أنا يوسف الحداد، ابن السيد كريم الحداد. بدأ والدي غسيل الكلى أيام الاثنين
والأربعاء والجمعة في مركز إيستسايد من الساعة السادسة صباحًا، لذلك لن يحضر
إلى المركز في هذه الأيام. سيحضر يومي الثلاثاء والخميس فقط.

قال الطبيب إنه يجب ألا يشرب أكثر من لتر واحد من السوائل في اليوم، وأن يتجنب
الموز والبرتقال. أرجو إبلاغ المطبخ.

شكرًا لكم،
يوسف - 555-0126""", cs="windows-1256", cte="base64"))

add("phi", "haha-tentou-rigakuryouhou",
    "Japanese daughter abroad asks about her named mother's falls, physical therapy start and bone density results",
    A("佐藤 美香", "mika.sato@mail.example.jp.test", "iso-2022-jp", "B"), A("Meg Harlan", "mharlan@" + WF),
    "母（佐藤和子）の転倒とリハビリについて", D(11, 12, 9, 30, tz="+0900"), lang="ja", subj_cs="iso-2022-jp",
    body=T("""Meg様

いつも母（佐藤和子、3C号室）がお世話になっております。娘の美香です。

先日のお電話で、母が先週二回転倒したと伺いました。
理学療法を週二回始めると聞きましたが、開始日を教えていただけますか。
また、先月の骨密度検査の結果と、骨粗しょう症の薬を始めるかどうかも
教えていただければ幸いです。

東京からですので、メールでのお返事で大丈夫です。
よろしくお願いいたします。

佐藤美香""", cs="iso-2022-jp", cte="7bit"))

add("phi", "new-participant-down-syndrome",
    "borderline: day-centre intake note for a named participant with Down syndrome and early dementia; a genetic condition but no genetic test or counselling",
    A("Lin Zhao, RN", "lzhao@" + SC), A("Sunrise Commons Staff", "staff@" + SC),
    "New participant starting Monday - Thomas", D(11, 13, 16, 20),
    body=T("""Team,

Thomas Reilly starts with us Monday (Van 2). Thomas is 52 and has Down
syndrome; his neurologist is following early memory changes and started
donepezil in September. Hypothyroid, levothyroxine at home in the
morning. Loves music and folding towels. Can get anxious in loud rooms,
so seat him near the garden door.

His mom, Eileen (84), will ride along the first day.

Lin"""))

add("phi", "pitaji-insulin-sikhana",
    "Hindi son says his named father was started on insulin and asks when the nurse will come to teach injections",
    A("राजेश शर्मा", "rajesh.sharma@mail.example.com"), A("Brightwater Intake", "intake@" + BW),
    "पिताजी की इंसुलिन के बारे में", D(11, 14, 11, 45), lang="hi",
    body=T("""नमस्ते,

मैं राजेश शर्मा हूँ। मेरे पिताजी श्री ओमप्रकाश शर्मा की डायबिटीज़ की दवा
बदल दी गई है। डॉक्टर ने अब रात को 10 यूनिट इंसुलिन (ग्लार्जिन) शुरू की
है। नर्स कब आएँगी इंसुलिन लगाना सिखाने के लिए? कल रात उनकी शुगर 280 थी।

पिताजी को हिंदी ही आती है, इसलिए अगर हो सके तो दुभाषिया साथ में रखें।

धन्यवाद,
राजेश शर्मा (555-0127)""", cte="base64"))


# ============================================================= restricted ===
add("restricted", "geropsych-consult-clozapine-pdf",
    "mental health: psychiatric consult note for a named resident (schizophrenia, clozapine, ANC monitoring) only in the attached Flate PDF",
    A("Cove Behavioral Health - Consults", "consults@" + COVE), A("Curtis Blaine", "cblaine@" + MC),
    "Consult note from today's visit", D(11, 10, 17, 20),
    body=MIX(T("""Curtis,

Consult note from today's rounds attached. Please file and route to Dr.
Iyer. Call me with questions.

Noor Baptiste, PMHNP-BC
Cove Behavioral Health, Geriatric Outreach  555-0192"""),
             ATT("application/pdf", PDF([
                 "COVE BEHAVIORAL HEALTH - GERIATRIC PSYCHIATRY CONSULTATION",
                 "Resident: HOLLIS, RAYMOND T     DOB 06/21/1951     Facility: Maple Court, Rm 118B",
                 "Date of service: 11/10/2026     Clinician: Noor Baptiste, PMHNP-BC",
                 "Reason: follow-up, schizophrenia, paranoid type; new admission from St. Aldric",
                 "Current: clozapine 200 mg qhs + 50 mg qAM. Denies AH today; mild paranoia re: roommate.",
                 "ANC 11/09: 2,900/uL (normal). Continue weekly ANC x 4 then biweekly per REMS.",
                 "Side effects: sialorrhea, constipation - start senna-docusate, monitor for ileus.",
                 "Plan: continue clozapine; private room if available; monthly psychiatry follow-up;",
                 "  psychotherapy (supportive) biweekly via telehealth with LCSW.",
                 "Risk: no SI/HI. Capacity for medication decisions: present.",
             ], flate=True, title="Psychiatry consult"), "Cove_consult_2026-11-10.pdf")))

add("restricted", "mom-started-sertraline",
    "mental health: a daughter writes about her mother's depression treatment by a geriatric psychiatrist (sertraline, therapy visits)",
    A("Carol Benning", "carol.benning@inbox.example.net"), A("Meg Harlan", "mharlan@" + WF),
    "Mom - new medication and the therapist", D(11, 11, 20, 5),
    body=T("""Hi Meg,

Thanks for calling me about Mom not coming to meals. We saw the geriatric
psychiatrist at Cove today and she thinks it's depression, not just the
move. She started sertraline 25 mg in the morning, going up to 50 in two
weeks, and wants Mom to see their therapist by video on Wednesdays at 2.

Could someone help Mom get the iPad set up in her apartment for that?
And please let me know if she seems more unsteady, the doctor said to
watch for that.

Carol (Dorothy Benning's daughter, apt 1C)"""))

add("restricted", "veteran-nightmares-prazosin",
    "mental health: hospice social worker on a named veteran's PTSD nightmares, prazosin and VA trauma therapy",
    A("Bridget Lund, LCSW", "blund@" + LH), A("Lantern IDG", "idg@" + LH),
    "George Farrow - nightmares / VA follow-up", D(11, 13, 16, 35), cc=A("Rev. Samuel Okafor", "sokafor@" + LH),
    body=T("""Team,

Update on George Farrow after my visit today. Elaine says the nightmares
are back most nights: he shouts and thrashes, and twice thought she was
"one of them". He has combat PTSD from Vietnam and was in trauma therapy
with the VA psychologist until last spring; prazosin 2 mg at night was
stopped when he was admitted to St. Aldric in October.

Dr. Calloway is OK restarting prazosin 1 mg qhs if BP allows. I've asked
the VA psychologist whether she can do a phone session with George and
Elaine. Samuel, he'd welcome a visit from a fellow veteran chaplain.

Bridget"""))

add("restricted", "esposo-litio-niveles",
    "mental health: a wife writes from her phone about her husband's bipolar disorder, lithium level and psychiatrist's instructions",
    A("Marta Ibáñez", "marta.ibanez@correo.example.com"), A("Lin Zhao, RN", "lzhao@" + SC),
    "Mi esposo Rogelio - el litio", D(11, 17, 7, 20), lang="es",
    body=T("""Hola Lin buenos dias

soy Marta la esposa de Rogelio Ibáñez. ayer le hicieron el nivel de litio y salio 1.3, el psiquiatra dice que esta un poco alto y le bajo la dosis a 300 mg dos veces al dia. tambien dijo que tome mucha agua y que si tiene temblor o diarrea o esta confundido lo llevemos a urgencias.

por favor denle agua en el centro, el a veces no quiere tomar. su trastorno bipolar esta estable gracias a Dios, solo es la dosis

gracias
Marta

Enviado desde mi iPhone""", flowed=True, cte="quoted-printable"))

add("restricted", "step-down-eating-disorder-ng",
    "mental health: intake for a named teen discharged from an eating-disorder programme with NG feeds and weight checks",
    A("Jenna Morrow, MSW", "jmorrow@" + SA), A("Little Harbor Intake", "intake@" + LHP),
    "PDN referral - Chloe Danvers (15) - NG feeds after ED program", D(11, 9, 16, 10),
    body=T("""Hello,

Referral for nursing hours after discharge Friday:

Chloe Danvers, DOB 03/08/2011. Anorexia nervosa, restrictive type; 5
weeks inpatient on our adolescent eating-disorder unit, now stepping
down to the partial hospitalization program (days) and home at night.
Nasogastric tube for overnight feeds: 1,000 mL over 10 hours, with tube
checks. Weekly blind weights at the program, not at home. Watch for
refeeding signs; BMP twice weekly for the first two weeks (phosphorus was
2.1 on admission).

Requesting nights, 8 pm - 6 am, 7 nights/week for 4 weeks. Mom is Laura,
555-0128. Family-based treatment sessions are Tuesdays.

Jenna Morrow, MSW, Adolescent Medicine, St. Aldric"""))

add("restricted", "psych-nursing-start-subject",
    "mental health: the named patient's psychiatric nursing visits for major depression are only in the Subject",
    A("Gail Fenwick", "gfenwick@" + BW), A("Marisol Ortega", "mortega@" + BW),
    "Re: Lorraine Fisk - psych SN visits for MDD, start 11/16?", D(11, 12, 13, 10),
    body=T("""Yes, Monday works. Renee will take it.

G."""))

add("restricted", "geropsych-appointment-confirm",
    "mental health: from the geriatric psychiatry service (display name) confirming a named resident's appointment and asking for the behaviour log",
    A("Cove Behavioral Health - Geriatric Psychiatry", "geropsych@" + COVE), A("Maple Court 100 Hall", "100hall@" + MC),
    "Appointment confirmation - Thursday 2:00", D(11, 16, 11, 25),
    body=ALTH("""Confirming Mr. Leonard Sykes's appointment this Thursday, 11/19 at 2:00
pm by video. Please have a nurse with him who knows him, his current
medication list, and the last two weeks of the behavior monitoring log.

Thank you,
Scheduling, Cove Behavioral Health  555-0193"""))

add("restricted", "methadone-dose-verify-admission",
    "substance use: SNF admissions asks an opioid treatment programme to verify a named incoming resident's methadone dose with Part 2 consent",
    A("Lydia Shore", "lshore@" + MC), A("Stillwater Recovery - Nursing", "nursing@" + SW),
    "Dose verification - Dennis Arkwright, DOB 4/2/1958", D(11, 12, 10, 30),
    body=T("""Good morning,

We are admitting Dennis Arkwright (DOB 4/2/1958) from St. Aldric today
after a left BKA. The hospital says he is a patient of yours on methadone
85 mg daily, last dose 11/12 at 06:00 in the hospital. Signed 42 CFR Part
2 consent naming Maple Court is attached in your portal.

Please verify the dose and the last dose you dispensed, and let us know
how you want to handle dosing while he's here (courier vs. our pharmacy).
His counselor there is Trish, I believe.

Lydia Shore, Admissions Director, Maple Court  555-0129"""))

add("restricted", "film-count-visit-note",
    "substance use: home health nurse visit note on a named patient's buprenorphine-naloxone film count for opioid use disorder",
    A("Renee Abbott, RN", "rabbott@" + BW), A("Gail Fenwick", "gfenwick@" + BW),
    "Visit note - Curtis Hale - film count OK", D(11, 13, 17, 5),
    body=T("""Curtis Hale, MRN BW-118277, SN visit 11/13 15:30.
Post-op day 12 (L knee washout). Bup/nal 8/2 mg film BID for opioid use
disorder, prescribed by his clinic at Stillwater; count 18 films matches
expected. Lockbox in place. Pain 4/10 with acetaminophen and ice; surgeon
agreed, no additional opioids. Attends his counseling group by video
Tues/Thu. Wound clean, staples out Monday.
-RA"""))

add("restricted", "naltrexone-injection-due",
    "substance use: pharmacy reminds the assisted living community that a named resident's naltrexone injection for alcohol use disorder is due",
    A("Meridian LTC Pharmacy", "dispensing@" + MER), A("Willows Wellness", "wellness@" + WF),
    "Delivery 11/18: Vivitrol 380 mg for Frank Lutz", D(11, 17, 15, 10),
    body=ALTH("""Dispensing notice

Resident: Frank Lutz, Apt 118, The Willows
Drug: naltrexone ER 380 mg IM kit (Vivitrol), refrigerated
Indication on Rx: alcohol use disorder, monthly
Due: 11/19 (last given 10/22)
Prescriber: S. Adeyemi, MD (addiction medicine)
Delivery: 11/18 evening run. Please refrigerate on arrival; the
injection is given by Dr. Adeyemi's nurse at her Thursday visit.

Meridian LTC Pharmacy  555-0188"""))

add("restricted", "part2-consent-docx-attached",
    "substance use: the completed 42 CFR Part 2 consent naming the patient and his treatment programme is only in the attached DOCX",
    A("Stillwater Recovery - Records", "records@" + SW), A("Brightwater Intake", "intake@" + BW),
    "Signed consent attached", D(11, 16, 13, 40),
    body=MIX(T("""Attached as requested. The consent expires in 90 days. Please include
the redisclosure notice with anything you send on.

Records, Stillwater Recovery Center"""),
             ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX([
                 "STILLWATER RECOVERY CENTER - CONSENT TO DISCLOSE SUBSTANCE USE DISORDER RECORDS (42 CFR PART 2)",
                 "Patient: Curtis M. Hale        Date of birth: 12/30/1979",
                 "I authorize Stillwater Recovery Center (opioid treatment program) to disclose:",
                 "  - enrollment status, current buprenorphine-naloxone dose and prescriber, and attendance",
                 "To: Brightwater Home Health, for coordination of home nursing care after surgery.",
                 "This consent expires on 02/14/2027 or when I revoke it in writing.",
                 "Patient signature: Curtis M. Hale    Date: 11/16/2026",
                 "Witness: T. Mendes, CADC",
             ]), "Part2_Consent_Hale_2026-11-16.docx")))

add("restricted", "monthly-injection-invite",
    "substance use: calendar invite for a named resident's monthly buprenorphine extended-release injection",
    A("Dr. Samira Adeyemi", "sadeyemi@recoverymd.example.com"), A("Maple Court 300 Hall", "300hall@" + MC),
    "Invitation: Sublocade injection - D. Arkwright - Fri Nov 20", D(11, 18, 8, 0),
    body=ALT(T("""Sublocade 100 mg SC (maintenance) for Dennis Arkwright, Rm 304.
Friday, November 20, 1:30-2:00 pm. Please have him in his room; I will
bring the dose."""),
             CAL(ICS("sublocade-arkwright-20261120@recoverymd.example.com", "20261120T133000", "20261120T140000",
                     "Sublocade injection - Dennis Arkwright (Rm 304)", "Maple Court, 300 hall",
                     "Transition from methadone completed. Abdominal SC injection, rotate site. Monthly.",
                     ("Samira Adeyemi", "sadeyemi@recoverymd.example.com"),
                     [("300 Hall Nurses", "300hall@" + MC)]))))

add("restricted", "batko-pislia-detoksu",
    "substance use: a Ukrainian son writes about his named father after alcohol detox, naltrexone and counselling, before moving into assisted living",
    A("Олег Марченко", "oleh.marchenko@mail.example.com", "koi8-u", "B"), A("Tobias Crane", "tcrane@" + WF),
    "Мій батько Василь Марченко - переїзд після лікарні", D(11, 10, 21, 0), lang="uk", subj_cs="koi8-u",
    body=T("""Добрий вечір, пане Тобіасе!

Пише Олег Марченко, син Василя Марченка. Батько виписується зі St. Aldric
у четвер після детоксикації від алкоголю (п'ять днів). Лікар призначив
йому налтрексон 50 мг щодня і консультації в групі підтримки двічі на
тиждень.

Чи зможе ваш персонал давати йому таблетку зранку? І чи можна, щоб у його
квартирі не було алкоголю в міні-барі? Ми дуже хочемо, щоб у нього все
вийшло.

Дякую,
Олег, 555-0130""", cs="koi8-u", cte="base64"))

add("restricted", "art-prior-auth-new-admit",
    "HIV: pharmacy needs prior authorisation for a named new admission's antiretroviral regimen, with member ID",
    A("Greta Voss, PharmD", "gvoss@" + MER), A("Lydia Shore", "lshore@" + MC),
    "PA needed today - Biktarvy for new admit", D(11, 16, 12, 15),
    body=T("""Lydia,

Marcus Delaney (admitting today, Rm 210) takes Biktarvy daily for HIV.
Crestline (member ID CRH662104577) requires a new PA at a SNF. I've
faxed the PA form to Dr. Iyer and sent a 3-day supply from our stock so
he doesn't miss a dose. His last viral load (undetectable, 9/2026) and
CD4 are in the hospital records.

Please make sure the MAR shows it at the same time he took it at home
(9 pm).

Greta"""))

add("restricted", "hospice-intake-html-advanced-hiv",
    "HIV: HTML-only intake summary for a named hospice patient with advanced HIV, CD4 count and stopping antiretrovirals",
    A("Lantern Hospice Intake", "intake@" + LH), A("Lantern IDG", "idg@" + LH),
    "Intake summary - new referral", D(11, 18, 16, 0),
    body=H("""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p><b>Intake summary</b> &ndash; referral from Dr. Ng, Crescent ID clinic</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Name</td><td>Anthony Ruiz</td></tr>
<tr><td>DOB</td><td>10/14/1962</td></tr>
<tr><td>Terminal dx</td><td>AIDS with progressive multifocal leukoencephalopathy</td></tr>
<tr><td>Labs</td><td>CD4 22 cells/uL; HIV viral load 184,000 copies/mL (10/28)</td></tr>
<tr><td>ART</td><td>Patient has chosen to stop antiretroviral therapy after discussion with ID</td></tr>
<tr><td>Symptoms</td><td>L-sided weakness, dysphagia, confusion; PPS 30%</td></tr>
<tr><td>Caregiver</td><td>partner Devon, at home</td></tr>
</table>
<p>Admission visit tomorrow 10 am &ndash; Hal.</p>
</body></html>""", cte="quoted-printable"))

add("restricted", "viral-load-report-plain-pdf",
    "HIV: a named resident's HIV-1 viral load and CD4 results only in the attached plain-text PDF",
    A("Quarry Lane Laboratories", "results@" + QL), A("Maple Court Nursing", "nursing@" + MC),
    "Lab report", D(11, 19, 8, 20),
    body=MIX(T("""Final report attached. Log in to the Quarry Lane portal for prior
results. Client services 555-0181."""),
             ATT("application/pdf", PDF([
                 "QUARRY LANE LABORATORIES - FINAL REPORT",
                 "Patient: DELANEY, MARCUS A     DOB: 01/19/1966     Sex: M",
                 "Client: Maple Court SNF, Room 210     Collected: 11/17/2026 06:00",
                 "Ordering: Howard Iyer, MD",
                 "",
                 "HIV-1 RNA, quantitative PCR     <20 copies/mL   (Not detected)",
                 "CD4 absolute                    612 cells/uL    (reference 490-1740)",
                 "CD4 %                           31 %",
                 "Comment: consistent with virologic suppression on current regimen.",
             ], title="Final report"), "QL_report_26-1117-0877.pdf")))

add("restricted", "traitement-vih-midi",
    "HIV: a daughter asks the day centre to give her named father his antiretroviral pill at lunch",
    A("Nadège Pierre-Louis", "nadege.pl@mail.example.com"), A("Lin Zhao, RN", "lzhao@" + SC),
    "Médicament de midi pour mon père", D(11, 15, 20, 40), lang="fr", subj_cs="iso-8859-1", subj_mode="Q",
    body=T("""Bonsoir Madame Zhao,

Je suis Nadège, la fille de Joseph Pierre-Louis. Son médecin du centre
VIH a changé l'heure de son traitement : il doit maintenant prendre son
comprimé de Dovato à midi avec le repas, tous les jours, même au centre.
Je mets la boîte dans son sac lundi avec l'ordonnance.

Il oublie parfois, et sa charge virale doit rester indétectable, donc
c'est très important. Merci de garder cela confidentiel, il ne veut pas
que les autres participants le sachent.

Merci beaucoup,
Nadège Pierre-Louis - 555-0131""", cs="iso-8859-1", cte="quoted-printable"))

add("restricted", "needlestick-baseline-pep",
    "HIV: employee health record of a named employee's needlestick, baseline HIV test and post-exposure prophylaxis",
    A("Employee Health", "employeehealth@" + TG), A("Renata Ibsen", "ribsen@" + TG),
    "Exposure follow-up - Tomas Greer (TG-201554) - CONFIDENTIAL", D(11, 18, 17, 50), cc=A("Judith Kemble", "jkemble@" + TG),
    body=T("""Renata, Judith,

Tomas Greer, RN (employee ID TG-201554) had a needlestick from a used
insulin pen needle during a home visit on 11/18 at 13:40. Source patient
consented to testing; results pending.

Employee baseline: HIV antigen/antibody negative, hepatitis B immune,
hepatitis C antibody negative. Started HIV post-exposure prophylaxis
(bictegravir/emtricitabine/tenofovir alafenamide) at 15:20 at St. Aldric
ED, 28 days. Follow-up HIV testing at 6 weeks and 3 months.

OSHA 300 log entry as privacy case. Keep in the confidential medical
file only.

Employee Health"""))

add("restricted", "sma-carrier-results-family",
    "genetic: a mother writes about her son's SMN1 genetic result, the parents' carrier testing and genetic counselling",
    A("Alicia Navarro", "alicia.navarro@inbox.example.net"), A("Cheryl Vance", "cvance@" + LHP),
    "Results came back - can we talk this week?", D(11, 19, 21, 30),
    body=T("""Hi Cheryl,

The genetic counselor called today. Mateo's test confirmed what Dr.
Kaplan suspected: SMA type 1, homozygous SMN1 deletion, 2 copies of SMN2.
Dave and I both came back as carriers. The counselor explained we have a
1 in 4 chance with every pregnancy and talked about testing options if we
have another baby. We're meeting her again on the 30th.

The neuromuscular team wants to start the gene therapy workup. Can we
talk about what that means for his nursing hours? I'm kind of a mess.

Alicia"""))

add("restricted", "huntington-praediktiver-test",
    "genetic: a son abroad writes about his named mother's Huntington disease and his own predictive genetic testing and counselling",
    A("Michael Brandl", "m.brandl@post.example.de.test"), A("Curtis Blaine", "cblaine@" + MC),
    "Meine Mutter Ingeborg Brandl (Zimmer 305) und mein Gentest", D(11, 14, 18, 10, tz="+0100"), lang="de",
    body=T("""Sehr geehrter Herr Blaine,

vielen Dank für den Bericht über meine Mutter, Ingeborg Brandl. Dass die
Chorea und die Schluckstörung bei ihrer Huntington-Krankheit schlimmer
werden, hatten wir befürchtet.

Ich habe mich hier in München für die prädiktive Gendiagnostik angemeldet.
Die humangenetische Beratung war letzte Woche, das Ergebnis bekomme ich im
Dezember. Falls das Pflegeteam Unterlagen über die CAG-Wiederholungen
meiner Mutter hat (der Befund von 2019), wäre es für meine Beratung
hilfreich, eine Kopie zu bekommen. Ich schicke Ihnen die Vollmacht.

Mit freundlichen Grüßen
Michael Brandl""", cte="quoted-printable"))

_apoe = json.dumps({
    "resourceType": "Bundle", "type": "collection", "timestamp": "2026-11-12T10:00:00-05:00",
    "entry": [
        {"resource": {"resourceType": "Patient", "id": "pt",
                      "name": [{"family": "Sorensen", "given": ["Ingrid"]}],
                      "birthDate": "1941-02-09", "gender": "female"}},
        {"resource": {"resourceType": "Observation", "id": "apoe", "status": "final",
                      "category": [{"coding": [{"code": "laboratory"}], "text": "Genetics"}],
                      "code": {"text": "APOE genotype"},
                      "subject": {"reference": "Patient/pt"},
                      "valueCodeableConcept": {"text": "APOE e4/e4"},
                      "interpretation": [{"text": "Homozygous e4: increased risk; result discussed with genetic counselor 11/11/2026"}],
                      "performer": [{"display": "Helixa Genomics"}]}},
    ]}, indent=1)
add("restricted", "genotype-results-bundle",
    "genetic: a named resident's APOE genotype result only in the attached FHIR bundle",
    A("Helixa Genomics - Results", "results@" + HX), A("Willows Memory Care Nurse", "memorycare@" + WF),
    "Results for your records (requisition HX-77102)", D(11, 12, 10, 20),
    body=MIX(T("""Please find the final results bundle for requisition HX-77102 attached,
as requested by the ordering neurologist. Results have also been
released to the ordering provider.

Helixa Genomics Client Services"""), ATT("application/fhir+json", _apoe, "HX-77102_results.json")))

_lynch_orig = """Hi Lily,

It was good to meet you and your brother on Tuesday. As we discussed, the
pathology report from your mother's colon surgery showed her tumor is
missing the MLH1 protein, and Dr. Calloway thinks it is worth checking
for Lynch syndrome. Your mother (Mrs. Chen) has agreed to a blood test
while she is still able, and a genetic counselor from Helixa can see you
and your brother afterward to talk about your own testing and colonoscopy
timing.

Bridget Lund, LCSW, Lantern Hospice"""
add("restricted", "huifu-yichuan-zixun",
    "genetic: short Chinese reply over the hospice social worker's quoted note about Lynch syndrome testing and genetic counselling",
    A("陳麗麗", "lily.chen@mail.example.com", "big5", "B"), A("Bridget Lund", "blund@" + LH),
    "Re: Genetic counseling for you and your brother", D(11, 19, 9, 15), lang="zh", inreply="lynch-1",
    body=T("""Bridget 您好，

謝謝您。媽媽同意做驗血。我和弟弟都想見遺傳諮詢師，下週二或週四下午都可以。
請幫我們安排，也請告訴我們需要帶什麼資料。

陳麗麗
""" + quote(_lynch_orig, "Bridget Lund <blund@lanternhospice.example.org>", "2026年11月18日 下午4:02"),
        cs="big5", cte="base64"))

add("restricted", "natije-azmayesh-brca2",
    "genetic: a daughter writes in Farsi about her named mother's BRCA2 result and her own genetic testing",
    A("سارا رحیمی", "sara.rahimi@mail.example.com"), A("Bridget Lund", "blund@" + LH),
    "نتیجه آزمایش ژنتیک مادرم", D(11, 15, 22, 10), lang="fa",
    body=T("""سلام خانم لوند،

من سارا رحیمی، دختر خانم پروین رحیمی هستم. دکتر انکولوژی امروز گفت که
نتیجه آزمایش ژنتیک مادرم مثبت است: جهش BRCA2. مادرم خیلی ناراحت است که
شاید این را به ما منتقل کرده باشد.

من و خواهرم می‌خواهیم آزمایش بدهیم. آیا مشاور ژنتیک می‌تواند با ما
صحبت کند؟ ترجیح می‌دهیم قبل از اینکه حال مادرم بدتر شود این کار را انجام دهیم.

با تشکر،
سارا (555-0132)""", cte="base64"))

add("restricted", "ballanka-ilmo-dhalinta",
    "reproductive: a new mother writes in Somali to the home health nurse about her contraceptive implant appointment after delivery",
    A("Hodan Warsame", "hodan.warsame@mail.example.com"), A("Marisol Ortega", "mortega@" + BW),
    "Ballanta ilmo-dhalin ka hortagga (implant)", D(11, 17, 19, 5), lang="so",
    body=T("""Salaan Marisol,

Waxaan ahay Hodan Warsame. Mahadsanid booqashadii shalay ee aad ii
eegtay nabarka qalliinka (C-section) iyo cadaadiska dhiigga.

Sidii aan ka wada hadalnay, waxaan go'aansaday inaan qaato implant-ka
gacanta (Nexplanon) si aanan uur u qaadin muddo. Dhakhtarka ayaa i siiyay
ballan 24-ka Nofeembar. Ma ii sheegi kartaa haddii ay caadi tahay inaan
naaso nuujiyo kadib?

Mahadsanid,
Hodan - 555-0133"""))

add("restricted", "retrieval-leave-request",
    "reproductive: a named employee with ID requests leave for an IVF egg retrieval",
    A("Priya Raman", "praman@" + BW), A("Tallgrass HR Leave Desk", "leave@" + TG),
    "Leave request - employee TG-200917", D(11, 10, 8, 25),
    body=T("""Hi,

I need to request intermittent leave for fertility treatment. My egg
retrieval for IVF is expected between 11/23 and 11/25 (the clinic will
give me 36 hours' notice), and I'll need the day of the procedure and
the following day off, then a possible transfer day in December.

Name: Priya Raman, OTR/L   Employee ID: TG-200917
Clinic paperwork from Cedar Fertility is attached in the leave portal.

Could this be kept between HR and my supervisor? Thanks.

Priya"""))

add("restricted", "rpr-reactive-treatment",
    "reproductive: visiting nurse practitioner reports a named resident's reactive syphilis screen, treatment and partner notification",
    A("Lucia Perez, NP", "lperez@" + WF), A("Meg Harlan", "mharlan@" + WF),
    "Confidential - Mr. Alston lab follow-up", D(11, 18, 13, 45),
    body=T("""Meg,

Harold Alston's labs from last week: RPR reactive 1:32, confirmed with
treponemal antibody. No neuro symptoms. Treated today with benzathine
penicillin 2.4 million units IM; repeat RPR in 6 months. County health
was notified as required and will do partner notification; he gave me
the name of the friend he's been seeing. He knows we'll keep this
between us and the care team.

Please chart only "follow-up labs, treated" on the community calendar.

Lucia"""))

add("restricted", "depo-shot-due-guardian",
    "reproductive: a guardian mother asks the day centre nurse about her named adult daughter's Depo-Provera injection",
    A("Linda Okafor-Hays", "lindahays@mail.example.com"), A("Lin Zhao, RN", "lzhao@" + SC),
    "Jasmine's shot next week", D(11, 14, 9, 5),
    body=T("""Hi Lin,

Jasmine's Depo-Provera shot is due Thursday the 19th. Her gynecologist
said your nurse can give it at the center like last time if I bring it
in with the order. I'll send it with her Wednesday in the cooler bag.
She gets nervous with needles, so maybe do it after lunch when she's
calm.

As her guardian I'm fine with you calling me if anything comes up.

Linda (Jasmine Hays's mom)"""))

add("restricted", "yumurta-dondurma-picc",
    "reproductive: a Turkish mother writes about her named daughter's egg freezing before chemotherapy and PICC care",
    A("Ayşe Demir", "ayse.demir@mail.example.com", "iso-8859-9", "Q"), A("Brightwater Intake", "intake@" + BW),
    "Kızım Elif Demir - PICC pansumanı", D(11, 9, 19, 45), lang="tr", subj_cs="iso-8859-9", subj_mode="Q",
    body=T("""Merhaba,

Kızım Elif Demir (29 yaşında) kemoterapiye başlamadan önce geçen hafta
yumurta dondurma işlemi oldu; doktoru yumurta toplama işleminden sonra
iki hafta bekledi. Kemoterapi pazartesi başlıyor ve kolunda PICC kateteri
var.

Hemşireniz haftada bir pansuman ve yıkama için gelebilir mi? Onkoloji
hemşiresi sizin ajansınızı önerdi.

Teşekkürler,
Ayşe Demir - 555-0134""", cs="iso-8859-9", cte="quoted-printable"))


# -------------------------------------------------------- serialisation ---
_TOKEN = re.compile(r"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")


class _Ctx:
    def __init__(self, slug):
        self.slug, self.n = slug, 0

    def boundary(self):
        self.n += 1
        h = hashlib.sha1(("%s|boundary|%d" % (self.slug, self.n)).encode()).hexdigest()
        style = int(h[0], 16) % 4
        if style == 0:
            return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
        if style == 1:
            return "000000000000%s" % h[1:17]
        if style == 2:
            return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1794000000000 + int(h[13:17], 16))


def _pv(k, v):
    if k in ("charset", "method", "format", "type") and _TOKEN.match(v):
        return "%s=%s" % (k, v)
    return _param(k, v)


def _hdrline(name, items):
    """Join ; parameters, folding before any that would run past 76."""
    out, cur = [], name + ": " + items[0]
    for it in items[1:]:
        if len(cur) + 2 + len(it) > 76:
            out.append(cur + ";")
            cur = " " + it
        else:
            cur += "; " + it
    out.append(cur)
    return "\r\n".join(out)


def part_bytes(p, ctx, top=False):
    """Return (header lines, body bytes) for a part."""
    hs = []
    params = list(p.params)
    if p.children is not None:
        b = ctx.boundary()
        params.append(("boundary", b))
    if p.filename and p.children is None and not p.ctype.startswith("text/plain"):
        params.append(("name", p.filename))
    if not p.bare:
        hs.append(_hdrline("Content-Type", [p.ctype] + [_pv(k, v) for k, v in params]))
        if p.children is None:
            hs.append("Content-Transfer-Encoding: %s" % p.cte)
        if p.disp or p.filename:
            d = [p.disp or "attachment"]
            if p.filename:
                d.append(_param("filename", p.filename))
            hs.append(_hdrline("Content-Disposition", d))
        if p.cid:
            hs.append("Content-ID: <%s>" % p.cid)
    if p.children is not None:
        chunks = []
        if p.preamble:
            chunks.append(crlf(p.preamble).encode("ascii").rstrip(b"\r\n") + b"\r\n")
        for c in p.children:
            ch, cb = part_bytes(c, ctx)
            chunks.append(b"--" + b.encode() + b"\r\n" + "\r\n".join(ch).encode("ascii") + b"\r\n\r\n" + cb + b"\r\n")
        chunks.append(b"--" + b.encode() + b"--\r\n")
        return hs, b"".join(chunks)
    if p.cte == "base64":
        body = b64_encode(p.data)
    elif p.cte == "quoted-printable":
        body = qp_encode(p.data)
    else:
        body = p.data
    return hs, body


def _addrs(v):
    if isinstance(v, (list, tuple)):
        return ",\r\n ".join(v) if len(v) > 1 else v[0]
    return v


def _mid(m):
    h = hashlib.sha1(("wide39|" + m.slug).encode()).hexdigest()
    style = int(h[0], 16) % 4
    if style == 0:
        local = "%s.%s" % (h[1:13].upper(), h[13:21].upper())
    elif style == 1:
        local = "CA+%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    elif style == 2:
        local = "%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    else:
        local = "%s.%s" % (h[1:17], h[17:25])
    return "<%s@%s>" % (local, m.mid_dom)


def build(m):
    ctx = _Ctx(m.slug)
    hs = ["From: " + m.frm, "To: " + _addrs(m.to)]
    if m.cc:
        hs.append("Cc: " + _addrs(m.cc))
    if m.reply_to:
        hs.append("Reply-To: " + m.reply_to)
    subj = m.subj if m.subj.isascii() else ew(m.subj, m.subj_cs, m.subj_mode)
    hs.append("Subject: " + fold(subj))
    hs.append("Date: " + m.date)
    hs.append("Message-ID: " + _mid(m))
    if m.inreply:
        ref = "<%s@%s>" % (hashlib.sha1(m.inreply.encode()).hexdigest()[:20], m.mid_dom)
        hs += ["In-Reply-To: " + ref, "References: " + ref]
    if m.xmailer:
        hs.append("X-Mailer: " + m.xmailer)
    for k, v in m.extra:
        hs.append("%s: %s" % (k, v))
    ph, body = part_bytes(m.body, ctx, top=True)
    if not m.body.bare:
        hs.append("MIME-Version: 1.0")
    hs += ph
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return "\r\n".join(hs).encode("ascii") + b"\r\n\r\n" + body


def assign():
    order = list(MSGS)
    random.Random(SEED).shuffle(order)
    for i, m in enumerate(order, 1):
        m.num = i
        m.file = "%s/%03d-%s.eml" % (m.label, i, m.slug)
    return order


def render():
    assign()
    files = {m.file: build(m) for m in MSGS}
    lines = sorted("%s\t%s\t%s" % (m.file, m.label, m.reason) for m in MSGS)
    files["labels.tsv"] = ("\n".join(lines) + "\n").encode("utf-8")
    return files


# --------------------------------------------------------------- checks ---
OKDOM = re.compile(r"(^|\.)example\.(com|org|net)$|\.test$", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+$=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"\b(?:https?|ftp|sftp)://([^/\s\"'<>:?#)\]]+)", re.I)
HOST_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|gov|edu|io|us|info|biz|co))\b")
PHONE_RE = re.compile(r"(?<![\d-])(?:\+?1[-. ])?\(?(\d{3})\)?[-. ]{1,2}(\d{3})[-. ](\d{4})(?![\d-])")
PHONE7_RE = re.compile(r"(?<![\d-])555[-. ](\d{4})(?![\d-])")
NPI_RE = re.compile(r"NPI[^0-9\n]{0,30}?(\d{10})(?!\d)", re.I)
HL7NPI_RE = re.compile(r"(\d{10})\^[^|\r\n]*\^NPI")
DEA_RE = re.compile(r"DEA[^A-Z\n]{0,30}?([A-Z]{2}\d{7})(?!\d)")


def pdf_check(data, E):
    """xref offsets, stream lengths, Flate; return the text layer."""
    text = []
    if not data.startswith(b"%PDF-"):
        E("pdf: no header")
        return ""
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        E("pdf: no startxref")
        return ""
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        E("pdf: startxref does not point at xref")
        return ""
    hm = re.match(rb"xref\s+0 (\d+)\s+", data[x:])
    n = int(hm.group(1))
    ents = re.findall(rb"(\d{10}) (\d{5}) ([nf]) ?\n", data[x:])[:n]
    for i, (off, gen_, t) in enumerate(ents):
        if t == b"n":
            o = int(off)
            if not data[o:].startswith(b"%d 0 obj" % i):
                E("pdf: xref entry %d wrong" % i)
    for sm in re.finditer(rb"<<([^>]*?)/Length (\d+)([^>]*)>>\nstream\n", data):
        ln = int(sm.group(2))
        start = sm.end()
        stream = data[start:start + ln]
        if data[start + ln:start + ln + 10] != b"\nendstream":
            E("pdf: stream length wrong")
            continue
        if b"/FlateDecode" in sm.group(0):
            try:
                stream = zlib.decompress(stream)
            except zlib.error:
                E("pdf: flate stream does not inflate")
                continue
        for s in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", stream):
            s = re.sub(rb"\\([0-7]{3})", lambda mm: bytes([int(mm.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", rb"\1", s)
            text.append(s.decode("cp1252"))
    for s in re.findall(rb"/Title \(((?:[^()\\]|\\.)*)\)", data):
        text.append(s.decode("latin-1"))
    return "\n".join(text)


def ics_check(s, E):
    stack = []
    for ln in s.splitlines():
        if ln.startswith("BEGIN:"):
            stack.append(ln[6:])
        elif ln.startswith("END:"):
            if not stack or stack.pop() != ln[4:]:
                E("ics: BEGIN/END mismatch")
                return
    if stack:
        E("ics: unclosed " + ",".join(stack))


QP_ESC = re.compile(r"=(?![0-9A-F]{2})")


def check_message(name, raw, errs, texts, info):
    def E(s):
        errs.append("%s: %s" % (name, s))
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        E("line ending other than CRLF")
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            E("line over 998 octets")
    head = raw.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        E("raw 8-bit byte in top-level header")
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            E("missing " + h)
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        E("Content-Type without MIME-Version")
    try:
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None or not re.search(r"[+-]\d{4}$", str(msg["Date"])):
            E("bad Date")
    except Exception:
        E("unparseable Date")
    if not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.-]+>", str(msg["Message-ID"])):
        E("malformed Message-ID")
    for k, v in msg.items():
        sv = str(v)
        if "=?" in sv:
            E("undecoded encoded word in " + k)
        if getattr(v, "defects", None):
            E("header defect in %s: %r" % (k, v.defects))
        texts.append(sv)
    info["top"] = msg.get_content_type() if msg["Content-Type"] is not None else "text/plain (no MIME headers)"
    leaves = []
    for part in msg.walk():
        if part.defects:
            E("defects %r" % part.defects)
        if part is not msg:
            for k, v in part.items():
                if getattr(v, "defects", None):
                    E("part header defect in %s" % k)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
        payload = part.get_payload(decode=False)
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        cs = part.get_content_charset()
        leaves.append((ct, cte, cs, fn))
        if cte == "base64":
            lines = [l for l in payload.split("\n")]
            lines = [l.rstrip("\r") for l in lines]
            if any(len(l) > 76 for l in lines):
                E("base64 line over 76")
            try:
                base64.b64decode("".join(lines), validate=True)
            except Exception:
                E("base64 not strict")
        elif cte == "quoted-printable":
            for l in payload.split("\n"):
                l = l.rstrip("\r")
                if len(l) > 76:
                    E("qp line over 76")
                if l != l.rstrip(" \t"):
                    E("qp trailing whitespace")
                if QP_ESC.search(l[:-1] if l.endswith("=") else l):
                    E("qp bad escape")
                if any(ord(c) > 126 for c in l):
                    E("qp raw 8-bit")
        elif cte == "7bit":
            if not payload.isascii():
                E("8-bit data in 7bit part")
        elif cte != "8bit":
            E("unexpected CTE " + cte)
        data = part.get_payload(decode=True)
        if ct.startswith("text/"):
            try:
                data.decode(codec(cs or "us-ascii"), "strict")
            except Exception:
                E("charset %s does not decode" % cs)
        try:
            content = part.get_content()
        except Exception as e:
            E("get_content failed: %s" % e)
            continue
        fnl = (fn or "").lower()
        is_ics = ct in ("text/calendar", "application/ics") or fnl.endswith(".ics")
        if isinstance(content, str) and not is_ics:
            texts.append(content)
        if is_ics:
            ics_check(data.decode("utf-8"), E)
            texts.append(re.sub(r"\r?\n[ \t]", "", data.decode("utf-8")))
        if "json" in ct or fnl.endswith(".json"):
            try:
                json.loads(data.decode("utf-8"))
                texts.append(data.decode("utf-8"))
            except Exception:
                E("json does not parse")
        if "hl7" in ct or fnl.endswith(".hl7"):
            if not data.startswith(b"MSH|"):
                E("hl7 does not start with MSH|")
            texts.append(data.decode("ascii").replace("\r", "\n"))
        if fnl.endswith(".docx"):
            try:
                z = zipfile.ZipFile(io.BytesIO(data))
                x = z.read("word/document.xml").decode("utf-8")
                texts.append(re.sub(r"<[^>]+>", " ", x))
            except Exception:
                E("docx does not open")
        if ct == "application/pdf":
            texts.append(pdf_check(data, E))
        if ct == "image/png" and not data.startswith(b"\x89PNG\r\n\x1a\n"):
            E("png signature")
        if ct == "text/csv":
            texts.append(data.decode(codec(cs or "utf-8")))
    info["leaves"] = leaves


def data_check(name, texts, errs):
    def E(s):
        errs.append("%s: %s" % (name, s))
    blob = "\n".join(texts)
    for m in EMAIL_RE.finditer(blob):
        if not OKDOM.search(m.group(1)):
            E("address outside example/test: " + m.group(0))
    for m in URL_RE.finditer(blob):
        if not OKDOM.search(m.group(1)):
            E("url host outside example/test: " + m.group(1))
    for m in HOST_RE.finditer(blob):
        h = m.group(1)
        if not OKDOM.search(h) and not re.search(r"\.test\.", h):
            E("host outside example/test: " + h)
    for m in PHONE_RE.finditer(blob):
        if m.group(2) != "555" or not m.group(3).startswith("01"):
            E("phone outside 555-01xx: " + m.group(0))
    for m in PHONE7_RE.finditer(blob):
        if not m.group(1).startswith("01"):
            E("phone outside 555-01xx: " + m.group(0))
    for rx in (NPI_RE, HL7NPI_RE):
        for m in rx.finditer(blob):
            if not npi_ok(m.group(1)):
                E("NPI fails Luhn: " + m.group(1))
    for m in DEA_RE.finditer(blob):
        if not dea_ok(m.group(1)):
            E("DEA check digit: " + m.group(1))


def check(files_expected):
    errs = []
    assign()
    cnt = collections.Counter(m.label for m in MSGS)
    for lab in LABELS:
        if cnt[lab] != WANT[lab]:
            errs.append("count %s = %d, want %d" % (lab, cnt[lab], WANT[lab]))
    nums = sorted(m.num for m in MSGS)
    if nums != list(range(1, len(MSGS) + 1)) or len(MSGS) != 150:
        errs.append("numbers are not 001-150")
    for m in MSGS:
        if any(w in m.slug for w in FORBIDDEN_SLUG):
            errs.append("forbidden word in slug " + m.slug)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", m.slug):
            errs.append("bad slug " + m.slug)
        if m.label == "restricted" and m.reason.split(":")[0] not in CATS:
            errs.append("restricted reason must start with a category: " + m.slug)
        if "\t" in m.reason or "\n" in m.reason:
            errs.append("reason has tab/newline: " + m.slug)
    ne = sum(1 for m in MSGS if m.lang != "en")
    if not 28 <= ne <= 38:
        errs.append("non-English count %d" % ne)
    traps = sum(1 for m in MSGS if m.label == "none" and m.trap)
    if traps < 55:
        errs.append("only %d traps" % traps)
    # the tree on disk
    on_disk = set()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing folder " + lab)
            continue
        for f in os.listdir(d):
            on_disk.add(lab + "/" + f)
    for f in os.listdir(HERE):
        if f not in LABELS + ("labels.tsv", "gen.py", "README.md"):
            errs.append("stray file " + f)
    want = set(k for k in files_expected if k != "labels.tsv")
    for f in sorted(on_disk - want):
        errs.append("stray file " + f)
    for f in sorted(want - on_disk):
        errs.append("missing file " + f)
    for k, v in files_expected.items():
        p = os.path.join(HERE, k)
        if os.path.exists(p):
            with open(p, "rb") as fh:
                if fh.read() != v:
                    errs.append("differs from generator: " + k)
    # labels.tsv
    p = os.path.join(HERE, "labels.tsv")
    if os.path.exists(p):
        with open(p, "rb") as fh:
            lt = fh.read().decode("utf-8")
        rows = [l.split("\t") for l in lt.split("\n") if l]
        seen = collections.Counter(r[0] for r in rows)
        for r in rows:
            if len(r) != 3 or r[0].split("/")[0] != r[1] or seen[r[0]] != 1 or r[0] not in want:
                errs.append("labels.tsv row wrong: " + "\t".join(r)[:80])
        if set(seen) != want:
            errs.append("labels.tsv does not list every file")
        if [r[0] for r in rows] != sorted(r[0] for r in rows):
            errs.append("labels.tsv not sorted")
    # each message
    for m in MSGS:
        raw = files_expected[m.file]
        texts, info = [], {}
        check_message(m.file, raw, errs, texts, info)
        data_check(m.file, texts, errs)
        m.info = info
    return errs


def stats():
    assign()
    files = render()
    for m in MSGS:
        check_message(m.file, files[m.file], [], [], m.__dict__.setdefault("info", {}))
    cnt = collections.Counter(m.label for m in MSGS)
    print("labels:", ", ".join("%s %d" % (l, cnt[l]) for l in LABELS), "(total %d)" % len(MSGS))
    print("traps among none: %d" % sum(1 for m in MSGS if m.label == "none" and m.trap))
    print("borderline: %d" % sum(1 for m in MSGS if m.reason.startswith("borderline:")),
          collections.Counter(m.label for m in MSGS if m.reason.startswith("borderline:")))
    print("restricted categories:")
    for c, n in collections.Counter(m.reason.split(":")[0] for m in MSGS if m.label == "restricted").most_common():
        print("  %-14s %d" % (c, n))
    print("not in English: %d" % sum(1 for m in MSGS if m.lang != "en"))
    for lab in LABELS:
        ls = collections.Counter(m.lang for m in MSGS if m.label == lab and m.lang != "en")
        print("  %-10s %2d  %s" % (lab, sum(ls.values()), ", ".join("%s %d" % kv for kv in sorted(ls.items()))))
    print("top-level structure:")
    for c, n in collections.Counter(m.info["top"] for m in MSGS).most_common():
        print("  %-32s %d" % (c, n))
    leaf = collections.Counter()
    ctes = collections.Counter()
    css = collections.Counter()
    for m in MSGS:
        for ct, cte, cs, fn in m.info["leaves"]:
            leaf[ct + (" (attachment)" if fn else "")] += 1
            ctes[cte] += 1
            if cs:
                css[cs.lower()] += 1
    print("leaf parts:")
    for c, n in sorted(leaf.items()):
        print("  %-40s %d" % (c, n))
    print("transfer encodings:", ", ".join("%s %d" % kv for kv in sorted(ctes.items())))
    print("charsets:", ", ".join("%s %d" % kv for kv in sorted(css.items())))


def main():
    args = sys.argv[1:]
    if "--stats" in args:
        stats()
        return 0
    files = render()
    if "--check" not in args:
        for lab in LABELS:
            d = os.path.join(HERE, lab)
            os.makedirs(d, exist_ok=True)
            for f in os.listdir(d):
                if f.endswith(".eml") and (lab + "/" + f) not in files:
                    os.remove(os.path.join(d, f))
        for k, v in files.items():
            with open(os.path.join(HERE, k), "wb") as fh:
                fh.write(v)
    errs = check(files)
    for e in errs:
        print("FAIL", e)
    print("%d messages, %d problems" % (len(MSGS), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
