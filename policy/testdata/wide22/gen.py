#!/usr/bin/env python3
"""Generator for wide22: health information at work, at school, in court and
with insurers (HR and leave mail, occupational health, workers'
compensation, drug testing, school nurses and counsellors, camps and
athletics, subpoenas, demand letters, custody and guardianship mail,
release-of-information vendors, underwriting, disability, PIP and benefits
mail, and the look-alikes of all of these).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print the counts used in README.md

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries
and a fixed shuffle seed.  Every person, organisation, address, phone number
and identifier below is invented.
"""
import base64
import collections
import datetime
import hashlib
import os
import random
import re
import sys
import textwrap
import email
import email.policy
import email.utils
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260422
LABELS = ("none", "phi", "restricted")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-15": "iso8859_15",
    "windows-1250": "cp1250", "windows-1252": "cp1252",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "gb2312": "gb2312", "gbk": "gbk", "euc-kr": "euc_kr", "big5": "big5",
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


# ----------------------------------------------------------------- text --
def T(s):
    """A body written at column 0 inside triple quotes."""
    if s.startswith("\n"):
        s = s[1:]
    if not s.endswith("\n"):
        s += "\n"
    return s


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", CRLF)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return (CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)) + CRLF).encode("ascii")


def qp(data):
    """Quoted-printable for canonical (CRLF) text, soft lines <= 76."""
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    out = []
    for line in lines:
        toks = []
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            elif b in (9, 32) and not last:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return (CRLF.join(out) + CRLF).encode("ascii")


def encode_body(raw, cte):
    if cte == "base64":
        return b64(raw)
    if cte == "quoted-printable":
        return qp(raw)
    if cte == "7bit":
        assert all(b < 128 for b in raw), "non-ASCII in 7bit part"
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return raw


# -------------------------------------------------------------- headers --
def ew(s, cs="utf-8", mode="B"):
    """RFC 2047 encoded words (folded) for a non-ASCII header value."""
    if all(32 <= ord(c) < 127 for c in s):
        return s
    py = codec(cs)

    def enc(chunk):
        raw = chunk.encode(py)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode("ascii"))
        q = []
        for b in raw:
            c = chr(b)
            if c == " ":
                q.append("_")
            elif c.isalnum() and b < 128:
                q.append(c)
            elif c in "!*+-/" and b < 128:
                q.append(c)
            else:
                q.append("=%02X" % b)
        return "=?%s?Q?%s?=" % (cs, "".join(q))

    words, cur = [], ""
    for ch in s:
        if cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return (CRLF + " ").join(words)


def A(name, addr, cs="utf-8", mode="B"):
    if not name:
        return addr
    if all(32 <= ord(c) < 127 for c in name):
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, cs, mode), addr)


def D(when, tz=None):
    """'03-02 10:14' in 2026, US Eastern unless tz is given."""
    dt = datetime.datetime.strptime("2026-" + when, "%Y-%m-%d %H:%M")
    if tz is None:
        dst = datetime.datetime(2026, 3, 8, 2) <= dt < datetime.datetime(2026, 11, 1, 2)
        tz = "-0400" if dst else "-0500"
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return email.utils.format_datetime(dt.replace(tzinfo=datetime.timezone(off)))


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        head = "".join("%s: %s%s" % (k, v, CRLF) for k, v in self.headers)
        return head.encode("ascii") + CRLF.encode() + self.body


def _disp(disp, name):
    if not name:
        return disp
    if all(32 <= ord(c) < 127 for c in name):
        return '%s; filename="%s"' % (disp, name)
    raw = name.encode("utf-8")
    pct = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "-._" else "%%%02X" % b for b in raw)
    return "%s; filename*=utf-8''%s" % (disp, pct)


def text(s, sub="plain", cs="utf-8", cte=None, flowed=False, name=None, disp=None, extra=(), params=""):
    raw = crlf(s).encode(codec(cs))
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "quoted-printable"
    ct = 'text/%s; charset="%s"' % (sub, "UTF-8" if cs == "utf-8" else cs)
    if flowed:
        ct += "; format=flowed"
    ct += params
    if name and not disp:
        disp = "attachment"
    if name and all(32 <= ord(c) < 127 for c in name):
        ct += '; name="%s"' % name
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disp:
        hs.append(("Content-Disposition", _disp(disp, name)))
    hs.extend(extra)
    return Part(hs, encode_body(raw, cte))


def html(s, **kw):
    return text(s, sub="html", **kw)


def _auto_html(s):
    esc = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p for p in re.split(r"\n\s*\n", esc.strip("\n")) if p.strip()]
    body = "\n".join("<p>%s</p>" % "<br>\n".join(p.split("\n")) for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % body)


def alt(s, cte=None):
    """text/plain with an HTML twin, the way Outlook and webmail send it."""
    return mp("alternative", text(s, cte=cte), html(_auto_html(s), cte="quoted-printable"))


def att(data, ctype, name, cte="base64", disp="attachment", extra=()):
    if isinstance(data, str):
        data = crlf(data).encode("utf-8")
    ct = ctype
    if name and all(32 <= ord(c) < 127 for c in name):
        ct += '; name="%s"' % name
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte),
          ("Content-Disposition", _disp(disp, name))]
    hs.extend(extra)
    return Part(hs, encode_body(data, cte))


def mp(sub, *parts, preamble=None, params=""):
    b = "=_w22_" + _h(sub)[:24]
    chunks = []
    if preamble:
        chunks.append(crlf(T(preamble)).encode("ascii"))
    for p in parts:
        chunks.append(("--%s%s" % (b, CRLF)).encode("ascii") + p.render() + CRLF.encode())
    chunks.append(("--%s--%s" % (b, CRLF)).encode("ascii"))
    ct = 'multipart/%s; boundary="%s"%s' % (sub, b, params)
    return Part([("Content-Type", ct)], b"".join(chunks))


def rfc822(inner, name=None, disp="attachment"):
    cte = "7bit" if all(b < 128 for b in inner) else "8bit"
    hs = [("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", cte)]
    if disp:
        hs.append(("Content-Disposition", _disp(disp, name)))
    return Part(hs, inner)


def message(frm, to, subject, part, date, cc=None, hcs="utf-8", hmode="B",
            extra=(), mime=True, irt=None, refs=None, mid=None, reply_to=None):
    dom = re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
    if mid is None:
        hx = _h("mid")
        mid = "<%s.%s@%s>" % (hx[:16], hx[16:24], dom)
    hs = [("From", frm), ("To", to if isinstance(to, str) else ", ".join(to))]
    if cc:
        hs.append(("Cc", cc if isinstance(cc, str) else ", ".join(cc)))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", ew(subject, hcs, hmode)))
    hs.append(("Date", date))
    hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", refs or irt))
    hs.extend(extra)
    if mime:
        hs.append(("MIME-Version", "1.0"))
        hs.extend(part.headers)
    else:
        assert part.headers[0][1].startswith("text/plain") and part.headers[1][1] == "7bit"
    head = "".join("%s: %s%s" % (k, v, CRLF) for k, v in hs)
    return head.encode("ascii") + CRLF.encode() + part.body


# ------------------------------------------------------------ documents --
def _pdf_str(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(pages, title="Document"):
    """A small PDF with a real text layer (Helvetica, one stream per page)."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objs = {}
    n_pages = len(pages)
    kids = []
    num = 5
    for lines in pages:
        page_obj, content_obj = num, num + 1
        num += 2
        kids.append(page_obj)
        ops = ["BT", "/F1 10 Tf", "13 TL", "54 750 Td"]
        for ln in lines:
            assert all(32 <= ord(c) < 127 for c in ln), ln
            if ln.startswith("# "):
                ops.append("/F2 12 Tf (%s) Tj T* /F1 10 Tf" % _pdf_str(ln[2:]))
            else:
                ops.append("(%s) Tj T*" % _pdf_str(ln))
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        objs[content_obj] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[page_obj] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                          "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content_obj).encode()
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    info = num
    objs[info] = ("<< /Title (%s) /Producer (wide22 gen.py) /CreationDate (D:20260101000000Z) >>" % _pdf_str(title)).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, info, xref)
    return bytes(out)


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, first = [], b"", True
    for ch in line:
        e = ch.encode("utf-8")
        lim = 75 if first else 74
        if len(cur) + len(e) > lim:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += e
    out.append(cur.decode("utf-8"))
    return (CRLF + " ").join(out)


def ics(method, uid, start, end, summary, organizer, attendees=(), description="",
        location="", tzid="America/New_York", status=None, seq=0, stamp="20260101T120000Z", prodid="-//Example//Calendar 1.0//EN"):
    L = ["BEGIN:VCALENDAR", "PRODID:%s" % prodid, "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:%s" % method,
         "BEGIN:VTIMEZONE", "TZID:%s" % tzid,
         "BEGIN:STANDARD", "DTSTART:20251102T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
         "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:20260308T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % stamp,
         "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
         "SUMMARY:%s" % _ics_esc(summary), "SEQUENCE:%d" % seq]
    if location:
        L.append("LOCATION:%s" % _ics_esc(location))
    if description:
        L.append("DESCRIPTION:%s" % _ics_esc(description))
    L.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for cn, mail in attendees:
        L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (cn, mail))
    if status:
        L.append("STATUS:%s" % status)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return CRLF.join(_fold(x) for x in L) + CRLF


def csv_text(rows):
    def cell(c):
        c = str(c)
        return '"%s"' % c.replace('"', '""') if re.search(r'[",\n]', c) else c
    return CRLF.join(",".join(cell(c) for c in r) for r in rows) + CRLF


# ------------------------------------------------------------- registry --
MSGS = []


def M(label, slug, reason, lang="en", cat=None, trap=False):
    assert label in LABELS
    for bad in ("trap", "phi", "restricted", "none"):
        assert bad not in slug, slug

    def deco(fn):
        MSGS.append(dict(label=label, slug=slug, reason=reason, lang=lang, cat=cat, trap=trap, fn=fn))
        return fn
    return deco


# ======================================================================
#                                MESSAGES
# ======================================================================
# ------------------------------------------------- phi: employers and HR --
HR_LEAVE = A("Halvorsen Leave & Accommodations", "leave@halvorsenfreight.example.com")
HR_JO = A("Janelle Ortiz", "jortiz@halvorsenfreight.example.com")
SIG_JO = """
Janelle Ortiz | HR Business Partner, Leave & Accommodations
Halvorsen Freight & Logistics | 2200 Quarry Road, Brightwater
Tel 555-0142 | leave@halvorsenfreight.example.com
"""


@M("phi", "fmla-cert-knee-arthroplasty",
   "FMLA certification from the orthopaedic office naming employee Dana Whitcombe, her right total knee arthroplasty on 3/9 and six weeks of incapacity.")
def _():
    body = T("""
Hello Halvorsen Leave Team,

Please find below the health care provider's portion of the FMLA
certification for your employee. The signed WH-380-E will follow by fax.

Employee: Dana Whitcombe
Employee ID: H-20417
Date of birth: 07/22/1971

Part A - Medical facts
  Condition: end-stage osteoarthritis, right knee
  Procedure: right total knee arthroplasty, scheduled 03/09/2026 at
             St. Brendan's Regional Medical Center (inpatient, 1-2 nights)
  Period of incapacity: 03/09/2026 through approximately 04/20/2026
  Follow-up: post-op visits at 2 and 6 weeks; outpatient physical
             therapy 3 times per week for 6-8 weeks

Part B - Amount of leave needed
  Continuous leave for the period above. After return, intermittent
  leave of up to 3 hours, 3 times per week, for therapy appointments
  through 05/29/2026.

Job functions: patient is unable to climb into a cab or operate a
forklift until cleared at the 6-week visit.

Thank you,

Karen Liu
FMLA / Disability Forms Coordinator
Lakeshore Orthopedics | 555-0118 | forms@lakeshoreortho.example.com
""")
    return message(A("Karen Liu", "forms@lakeshoreortho.example.com"), HR_LEAVE,
                   "FMLA certification - D. Whitcombe (H-20417)", alt(body), D("02-23 14:06"))


@M("phi", "designation-notice-migraine-pdf",
   "The body only points at the attachment; the PDF designation notice approves Kevin Marsh's intermittent leave for chronic migraine.")
def _():
    body = T("""
Hi Kevin,

Your leave request has been reviewed. Your designation notice is
attached; please keep it for your records. Call me with any questions.
""" + SIG_JO)
    doc = pdf([
        "# Halvorsen Freight & Logistics - Designation Notice (FMLA)",
        "",
        "Employee: Kevin Marsh          Employee ID: H-18832",
        "Date of notice: March 4, 2026",
        "",
        "We have reviewed your request for leave and the certification from",
        "Dr. Rosalind Achebe, Neurology Associates of Brightwater.",
        "",
        "Your leave is APPROVED and designated as FMLA leave.",
        "",
        "Type of leave: intermittent",
        "Reason: your own serious health condition (chronic migraine with aura)",
        "Frequency certified: up to 2 episodes per month, 1-2 days per episode",
        "Treatment visits: neurology follow-up every 3 months; Botox injections",
        "  for migraine prevention every 12 weeks (next 04/02/2026)",
        "Certification period: 03/01/2026 - 02/28/2027",
        "",
        "Please report each absence to your supervisor and code it FMLA-INT",
        "in the timekeeping system.",
        "",
        "Janelle Ortiz, HR Business Partner",
    ], title="Designation Notice - K. Marsh")
    p = mp("mixed", text(body), att(doc, "application/pdf", "Designation_Notice_H-18832.pdf"))
    return message(HR_JO, A("Kevin Marsh", "kmarsh@halvorsenfreight.example.com"),
                   "Your leave designation notice", p, D("03-04 11:20"))


@M("phi", "ada-request-multiple-sclerosis",
   "Employee Priya Raman asks HR for an ADA accommodation and names her multiple sclerosis, relapses and infusion schedule.")
def _():
    body = T("""
Hi Janelle,

I'm not sure if I'm supposed to send this to you or to my manager so
I'm sending to you first. I was diagnosed with relapsing-remitting
multiple sclerosis last fall. Most days I'm fine but I had a relapse
in January (optic neuritis, left eye) and the heat on the dock makes
the fatigue a lot worse.

What I'd like to ask for:
- work from home 2 days a week when I'm in a relapse
- a parking spot closer to the building
- time off every 6 months for my ocrelizumab infusion (next one is
  April 17, it takes most of the day at the infusion center)

My neurologist Dr. Feld said she can fill out whatever form you need,
just tell me which one.

Thanks,
Priya Raman
Dispatch, 2nd shift
""")
    return message(A("Priya Raman", "praman@halvorsenfreight.example.com"), HR_JO,
                   "accommodation question", text(body, flowed=True), D("02-11 21:47"))


@M("phi", "rtw-note-forwarded-as-attachment",
   "The outer mail says only 'see attached'; the attached message carries Omar Haddad's lumbar strain diagnosis and lifting restriction.")
def _():
    inner_body = T("""
Hi Greg,

Here is my return to work note from the clinic. I can come back Monday.

--- note text ---
WorkWell Occupational Health
Patient: Omar Haddad    DOB: 01/30/1988
Diagnosis: lumbar strain (S39.012A), work related, DOI 03/28/2026
Work status: may return to modified duty 04/14/2026
Restrictions: no lifting over 20 lb, no repetitive bending, may sit or
stand as needed; re-evaluate 04/28/2026
Medications: naproxen 500 mg twice daily with food; cyclobenzaprine at
bedtime only (do not operate machinery within 8 hours of a dose)
Alan Whitfield, MD, MPH
--- end ---

Omar
""")
    inner = message(A("Omar Haddad", "ohaddad.home@example.net"),
                    A("Greg Paulsen", "gpaulsen@meridiantool.example.com"),
                    "my RTW note", text(inner_body), D("04-10 18:02"))
    outer = T("""
Tina -

See attached from Omar. Can we put him on the inspection bench on
dock 3 for two weeks? Let me know before Monday.

Greg
""")
    p = mp("mixed", text(outer), rfc822(inner, "my RTW note.eml"))
    return message(A("Greg Paulsen", "gpaulsen@meridiantool.example.com"),
                   A("Tina Albrecht", "talbrecht@meridiantool.example.com"),
                   "FW: my RTW note", p, D("04-11 07:31"))


@M("phi", "fitness-for-duty-sleep-apnea",
   "Occupational-health fitness-for-duty report naming driver Curtis Vann, his obstructive sleep apnea and CPAP compliance.")
def _():
    plain = T("""
FITNESS-FOR-DUTY DETERMINATION

Employer: Halvorsen Freight & Logistics - Safety Department
Employee: Curtis Vann, CDL driver, employee ID H-11290
Exam date: 05/06/2026

Determination: QUALIFIED - 1 year DOT medical certificate issued.

Basis: history of moderate obstructive sleep apnea (AHI 24 on sleep
study 2024). CPAP compliance download for the last 30 days reviewed:
used 27 of 30 nights, average 6 h 12 min, 90% of nights >= 4 hours.
Blood pressure 134/84. No restriction beyond continued CPAP use.

Next compliance download due: 11/06/2026.

Alan Whitfield, MD, MPH, Medical Review Officer
WorkWell Occupational Health | 555-0163
""")
    h = T("""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h3>Fitness-for-Duty Determination</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th align="left">Employee</th><td>Curtis Vann (H-11290)</td></tr>
<tr><th align="left">Exam date</th><td>05/06/2026</td></tr>
<tr><th align="left">Determination</th><td><b>QUALIFIED</b> - 1 year DOT certificate</td></tr>
<tr><th align="left">Condition</th><td>Moderate obstructive sleep apnea (AHI 24)</td></tr>
<tr><th align="left">CPAP compliance</th><td>27/30 nights, avg 6 h 12 min, 90% &ge; 4 h</td></tr>
<tr><th align="left">Blood pressure</th><td>134/84</td></tr>
<tr><th align="left">Next download due</th><td>11/06/2026</td></tr>
</table>
<p>Alan Whitfield, MD, MPH<br>WorkWell Occupational Health | 555-0163</p>
</body></html>
""")
    p = mp("alternative", text(plain), html(h))
    return message(A("WorkWell Occupational Health", "results@workwell-occhealth.example.net"),
                   A("Halvorsen Safety", "safety@halvorsenfreight.example.com"),
                   "Fitness-for-duty determination: C. Vann", p, D("05-06 16:40"))


@M("phi", "first-report-injury-hand-laceration",
   "HTML-only first report of injury naming Luis Ferreira, a laceration to the right hand, six sutures and a tetanus booster.")
def _():
    h = T("""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>First Report of Injury</title></head>
<body>
<p>New first report of injury submitted through the Keystone employer portal.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><td><b>Claim no.</b></td><td>KC-26-02951</td></tr>
<tr><td><b>Employer</b></td><td>Meridian Tool &amp; Die, Plant 2</td></tr>
<tr><td><b>Employee</b></td><td>Luis Ferreira</td></tr>
<tr><td><b>Date of birth</b></td><td>11/14/1990</td></tr>
<tr><td><b>Date / time of injury</b></td><td>02/17/2026 09:40</td></tr>
<tr><td><b>Description</b></td><td>Hand slipped while clearing a burr from a stamping die</td></tr>
<tr><td><b>Body part</b></td><td>Right hand, palm (3 cm laceration)</td></tr>
<tr><td><b>Treatment</b></td><td>Brightwater Urgent Care: 6 sutures, Tdap booster, cephalexin 500 mg x 5 days</td></tr>
<tr><td><b>Lost time</b></td><td>None - returned next shift, no use of right hand on press line for 10 days</td></tr>
<tr><td><b>Reported by</b></td><td>Greg Paulsen, Safety Coordinator</td></tr>
</table>
<p style="font-size:11px;color:#666">Keystone Casualty Mutual &middot; claims@keystonecasualty.example.com &middot; 555-0190</p>
</body></html>
""")
    return message(A("Keystone Casualty Employer Portal", "noreply@keystonecasualty.example.com"),
                   A("Greg Paulsen", "gpaulsen@meridiantool.example.com"),
                   "First Report of Injury received - KC-26-02951", html(h), D("02-17 13:12"))


@M("phi", "adjuster-mri-authorization",
   "Workers' compensation adjuster authorises a lumbar MRI for claimant Eduardo Salas under claim KC-26-03188.")
def _():
    body = T("""
Good morning,

Keystone Casualty Mutual authorizes the following for our claimant:

  Claimant:   Eduardo Salas
  Claim no.:  KC-26-03188   DOI 01/12/2026
  Employer:   Halvorsen Freight & Logistics
  Service:    MRI lumbar spine without contrast (CPT 72148)
  Auth no.:   A-5520713, valid 03/02/2026 - 04/01/2026
  Diagnosis:  low back pain with left L5 radiculopathy

Please schedule at an in-network imaging site and send the report to
me and to the nurse case manager, Joan Pruitt, RN. Per the fee schedule
no balance billing of the claimant.

Regards,
Derrick Lomax
Senior Claims Adjuster, Workers' Compensation
Keystone Casualty Mutual | 555-0191 | dlomax@keystonecasualty.example.com
""")
    return message(A("Derrick Lomax", "dlomax@keystonecasualty.example.com"),
                   A("Lakeshore Orthopedics Referrals", "referrals@lakeshoreortho.example.com"),
                   "Authorization A-5520713 - Salas / KC-26-03188", alt(body), D("03-02 09:05"),
                   cc=A("Joan Pruitt, RN", "jpruitt@keystonecasualty.example.com"))


@M("phi", "subject-only-rotator-cuff-auth",
   "borderline: the body says only 'see subject'; the claim number, claimant R. Okafor and the rotator cuff repair are only in the Subject.")
def _():
    body = T("""
see subject - need this before Friday or the OR slot goes.

thx
Mel
""")
    return message(A("Melissa Grant", "mgrant@lakeshoreortho.example.com"),
                   A("Derrick Lomax", "dlomax@keystonecasualty.example.com"),
                   "Claim KC-26-04417 / R. Okafor - L rotator cuff repair 4/2 - auth needed",
                   text(body, flowed=True), D("03-24 15:51"), extra=[("X-Mailer", "iPhone Mail (22D63)")])


@M("phi", "hepatitis-b-titer-booster",
   "Occupational health writes to nurse Alicia Moreno about her own non-immune hepatitis B antibody result and booster schedule.")
def _():
    body = T("""
Dear Alicia,

Thank you for coming in for your bloodborne-pathogen exposure follow-up
on 05/12/2026 (splash to the left eye, Brightwater County Jail medical
unit).

Your results:
  Hepatitis B surface antibody (anti-HBs): 6 mIU/mL - NOT immune
    (protective level is 10 mIU/mL or more)
  Hepatitis C antibody: non-reactive
  ALT: 22 U/L (normal)

Because your antibody level is low you received one dose of hepatitis B
vaccine and hepatitis B immune globulin on 05/12. Please book a repeat
anti-HBs titer for 06/23/2026 or later. Your next visit is on
06/25/2026 at 8:15 am.

Call us at 555-0163 if you have any questions.

Sincerely,
Nurse Kathleen Dwyer, RN, COHN
WorkWell Occupational Health
""")
    return message(A("WorkWell Occupational Health", "nursing@workwell-occhealth.example.net"),
                   A("Alicia Moreno", "amoreno@brightwatercounty.example.org"),
                   "Your exposure follow-up results", text(body, cte="quoted-printable"), D("05-15 10:02"))


@M("phi", "audiogram-threshold-shifts-csv",
   "The body has no health content; the attached CSV lists named employees with their audiogram standard threshold shifts.")
def _():
    body = T("""
Greg,

Attached are the annual audiogram results for the Stamping department
(testing done 06/03-06/05). Please file per the hearing conservation
program and let me know who needs a retest slot.

Kathleen
WorkWell Occupational Health
""")
    rows = [["employee_id", "name", "dept", "test_date", "left_4k_dB", "right_4k_dB", "STS_left", "STS_right", "action"],
            ["M-3301", "Hector Ibanez", "Stamping", "2026-06-03", "35", "25", "Y", "N", "retest within 30 days; refit earplugs"],
            ["M-3318", "Sandra Kowal", "Stamping", "2026-06-03", "15", "15", "N", "N", "none"],
            ["M-3342", "Terrence Obi", "Stamping", "2026-06-04", "40", "45", "Y", "Y", "refer to audiologist; recordable if confirmed"],
            ["M-3350", "Ruth Adeyemi", "Stamping", "2026-06-04", "20", "20", "N", "N", "none"],
            ["M-3377", "Bill Strand", "Stamping", "2026-06-05", "30", "50", "N", "Y", "retest; ENT referral for asymmetric loss"]]
    p = mp("mixed", text(body), att(csv_text(rows), 'text/csv; charset="UTF-8"', "stamping_audiograms_2026.csv", cte="7bit"))
    return message(A("Kathleen Dwyer", "kdwyer@workwell-occhealth.example.net"),
                   A("Greg Paulsen", "gpaulsen@meridiantool.example.com"),
                   "Stamping audiograms 2026", p, D("06-09 12:44"))


@M("phi", "respirator-clearance-asthma",
   "Respirator medical clearance for painter Nadia Petrosyan that names her moderate persistent asthma and inhaler and limits her to a PAPR.")
def _():
    body = T("""
Greg,

Respirator medical evaluation results (OSHA 1910.134):

Employee: Nadia Petrosyan, Paint Line, ID M-3409
Evaluation date: 04/21/2026

Clearance: CLEARED WITH LIMITATIONS
  - Powered air-purifying respirator (PAPR, loose-fitting hood) only.
  - Not cleared for tight-fitting negative-pressure half-mask.

Reason: moderate persistent asthma, controlled on fluticasone/
salmeterol twice daily; spirometry FEV1 71% predicted. She should keep
her albuterol rescue inhaler at the workstation.

Re-evaluation in 12 months or sooner if symptoms change. Fit testing is
not needed for the loose-fitting PAPR.

Alan Whitfield, MD, MPH
WorkWell Occupational Health
""")
    return message(A("Alan Whitfield MD", "awhitfield@workwell-occhealth.example.net"),
                   A("Greg Paulsen", "gpaulsen@meridiantool.example.com"),
                   "Respirator clearance - Petrosyan", alt(body), D("04-22 08:15"))


@M("phi", "std-claim-approved-cholecystectomy",
   "Base64 disability-insurer letter approving short-term disability for claimant Marisol Vega after a laparoscopic cholecystectomy.")
def _():
    body = T("""
Fairhaven Life & Disability
Short-Term Disability Claims

April 2, 2026

Marisol Vega
Claim number: STD-4471-0928
Employer: Corriveau Hotel Group

Dear Ms. Vega,

We have approved your claim for short-term disability benefits.

  Date disability began:      03/16/2026
  Elimination period:         7 days
  Benefits approved through:  05/03/2026
  Weekly benefit:             $612.40

This decision is based on the information from Dr. Samuel Oyelaran,
General Surgery, St. Brendan's Regional Medical Center, who reported
that you had a laparoscopic cholecystectomy on 03/16/2026 for
symptomatic gallstones, complicated by a wound infection treated with
antibiotics. You are expected to return to full duty as a housekeeping
supervisor on 05/04/2026.

If you need benefits beyond 05/03/2026, ask your surgeon to send an
updated attending physician statement before that date.

Fairhaven Claims Team | 555-0177 | std@fairhavenlife.example.com
""")
    return message(A("Fairhaven STD Claims", "std@fairhavenlife.example.com"),
                   A("Marisol Vega", "marisol.vega@example.net"),
                   "Claim decision STD-4471-0928", text(body, cte="base64"), D("04-02 13:30"))


@M("phi", "manager-forwards-bronchitis-note",
   "A manager forwards inline an employee's doctor's note naming acute bronchitis and an inhaler; the health content is only in the forwarded part.")
def _():
    body = T("""
Janelle, can you put this in her file? Not sure where these go now.

Rob

---------- Forwarded message ---------
From: Keisha Lamb <keisha.lamb@example.com>
Date: Thu, Feb 19, 2026 at 7:02 AM
Subject: out today and tmrw
To: Rob Decker <rdecker@halvorsenfreight.example.com>


Hi Rob, I went to the urgent care last night. Here's what the note says:

"Keisha Lamb was seen on 2/18/2026 for acute bronchitis. She was
prescribed an albuterol inhaler and a 5-day course of prednisone and
may return to work on 2/21/2026. - Brightwater Urgent Care"

I'll send a picture of the paper note too. Sorry about the short notice.

Keisha
""")
    return message(A("Rob Decker", "rdecker@halvorsenfreight.example.com"), HR_JO,
                   "Fwd: out today and tmrw", text(body), D("02-19 09:26"))


@M("phi", "preemployment-drug-test-dilute",
   "borderline: a pre-employment drug test result (negative-dilute, recollect) for a named candidate is a lab result but not substance-use treatment, so phi.")
def _():
    body = T("""
SENTINEL SCREENING LABS - MRO RESULT REPORT

Employer account: Halvorsen Freight & Logistics (acct 44102)
Donor: Brandon Tillis          Donor ID (last 4 SSN): 0193
Reason for test: pre-employment (DOT, FMCSA)
Specimen ID: SSL-7730441      Collected: 03/17/2026 Brightwater Collection Site

Result: NEGATIVE-DILUTE
  Creatinine 12 mg/dL, specific gravity 1.0025

Action required: per 49 CFR 40.197 the employer must direct the
donor to provide a new specimen. Direct observation is NOT required;
the new collection must be done with minimum advance notice.

Verified by: Lorraine Fisk, MD, Medical Review Officer
Report date: 03/19/2026

Questions: mro@sentinelscreening.example.net | 555-0129
""")
    return message(A("Sentinel MRO Services", "mro@sentinelscreening.example.net"),
                   A("Halvorsen Hiring", "hiring@halvorsenfreight.example.com"),
                   "MRO verified result - Tillis - SSL-7730441", text(body), D("03-19 10:48"))


@M("phi", "random-test-positive-verified",
   "borderline: an MRO-verified positive random drug test for named employee Jason Pike is a lab result without any substance-use treatment, so phi not restricted.")
def _():
    body = T("""
Tina,

CONFIDENTIAL - for the Designated Employer Representative only.

Random selection, non-DOT (company policy), collected 07/08/2026.

  Employee: Jason Pike, Maintenance, ID M-2287
  Specimen: SSL-7791206
  Result: POSITIVE - marijuana metabolite (THC-COOH) 62 ng/mL
          (confirmation cutoff 15 ng/mL)
  MRO interview: 07/10/2026; donor reported no prescription that
          would explain the result. Verified positive.

Under your drug-free workplace policy the employee is removed from
safety-sensitive work pending HR review. We have not received any
information about treatment and none is implied by this report.

Lorraine Fisk, MD
Medical Review Officer, Sentinel Screening Labs | 555-0129
""")
    return message(A("Lorraine Fisk MD", "lfisk@sentinelscreening.example.net"),
                   A("Tina Albrecht", "talbrecht@meridiantool.example.com"),
                   "Verified result - random - M-2287", text(body), D("07-10 15:22"))


@M("phi", "reply-approved-quoting-hernia-repair",
   "The reply says only 'approved'; the quoted earlier message names the employee's inguinal hernia repair date and recovery time.")
def _():
    body = T("""
Approved - take care of yourself and let us know if you need more time.
I'll let payroll know.

Rob

On Mon, Apr 27, 2026 at 4:18 PM Dmitri Volkov <dvolkov@halvorsenfreight.example.com> wrote:
> Hi Rob,
>
> I finally got a date for my hernia surgery - they're doing a
> laparoscopic repair of the right inguinal hernia on May 6 at
> St. Brendan's outpatient surgery. Dr. Oyelaran says no lifting for
> 2 weeks so I'd need May 6-20 off, then light duty until June 3.
> I'll bring the doctor's note when I have it.
>
> Thanks,
> Dmitri
""")
    return message(A("Rob Decker", "rdecker@halvorsenfreight.example.com"),
                   A("Dmitri Volkov", "dvolkov@halvorsenfreight.example.com"),
                   "Re: time off in May", text(body), D("04-27 17:03"),
                   irt="<c41d8a0e7b.may-leave@halvorsenfreight.example.com>")


@M("phi", "ime-appointment-ics-attachment",
   "The body says only 'calendar item attached'; the .ics attachment holds claimant Eduardo Salas's independent orthopaedic medical examination.")
def _():
    body = T("""
Calendar item attached.

- Scheduling, Brightwater Medical Evaluations
""")
    cal = ics("PUBLISH", "ime-7731@brightwatermedeval.example.com", "20260512T100000", "20260512T113000",
              "Independent Medical Examination - Eduardo Salas",
              ("Scheduling", "scheduling@brightwatermedeval.example.com"),
              description="IME (orthopedic spine) for claimant Eduardo Salas, claim KC-26-03188, DOI 01/12/2026. "
                          "Examiner: Philip Rourke, MD. Bring photo ID, list of current medications "
                          "(gabapentin, meloxicam) and any lumbar MRI films. Allow 90 minutes.",
              location="Brightwater Medical Evaluations, 41 Foundry St, Suite 3")
    p = mp("mixed", text(body), att(cal, "application/ics", "invite.ics", cte="base64"))
    return message(A("Brightwater Medical Evaluations", "scheduling@brightwatermedeval.example.com"),
                   A("Eduardo Salas", "esalas77@example.com"), "Appointment", p, D("04-20 11:11"),
                   cc=A("Derrick Lomax", "dlomax@keystonecasualty.example.com"))


@M("phi", "leave-tracker-html-attachment",
   "The body is a routine note; the attached HTML leave tracker lists named employees with the medical reason for each leave.")
def _():
    body = T("""
Hi all,

April leave tracker attached. Please don't forward outside the HR
leave team.

Janelle
""")
    tracker = T("""
<html><head><meta charset="utf-8"><title>Leave tracker - April 2026</title></head><body>
<h2>Leave tracker - April 2026 (HR leave team only)</h2>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Emp ID</th><th>Name</th><th>Type</th><th>Start</th><th>End</th><th>Reason / notes</th></tr>
<tr><td>H-20417</td><td>Dana Whitcombe</td><td>FMLA cont.</td><td>03/09</td><td>04/20</td><td>R knee replacement; PT 3x/wk after RTW</td></tr>
<tr><td>H-18832</td><td>Kevin Marsh</td><td>FMLA int.</td><td>03/01</td><td>02/28/27</td><td>chronic migraine, Botox q12wk</td></tr>
<tr><td>H-21190</td><td>Ana Lucia Prado</td><td>FMLA cont.</td><td>04/06</td><td>07/06</td><td>breast cancer - mastectomy 4/7, chemo to follow</td></tr>
<tr><td>H-19044</td><td>Dmitri Volkov</td><td>STD</td><td>05/06</td><td>05/20</td><td>inguinal hernia repair</td></tr>
<tr><td>H-17765</td><td>Walt Brennan</td><td>WC</td><td>01/12</td><td>open</td><td>lumbar radiculopathy (claim KC-26-03188 is Salas - check)</td></tr>
</table>
</body></html>
""")
    p = mp("mixed", text(body), att(tracker, 'text/html; charset="UTF-8"', "leave_tracker_2026-04.html", cte="quoted-printable"))
    return message(HR_JO, A("HR Leave Team", "hr-leave-team@halvorsenfreight.example.com"),
                   "April leave tracker", p, D("04-30 16:55"))


@M("phi", "pregnancy-lifting-accommodation",
   "borderline: a pregnancy accommodation naming Shanice Porter, 28 weeks, with her obstetrician's lifting limit; pregnancy care is not one of the restricted reproductive categories, so phi.")
def _():
    body = T("""
Hi Rob and Janelle,

Per my OB (Dr. Hanley at Calloway Women's Health) I'm now 28 weeks and
she wants me off the loading dock. Her note says:

  "Shanice Porter, EDD 07/19/2026. No lifting over 25 lb, no ladders,
  may sit as needed, 15-min break every 2 hours. Gestational diabetes
  diagnosed 03/30 - needs time for glucose checks before meals and
  appointments every 2 weeks until delivery."

Could I move to the inbound paperwork desk until my leave starts?

Thanks!
Shanice
""")
    return message(A("Shanice Porter", "sporter@halvorsenfreight.example.com"),
                   [A("Rob Decker", "rdecker@halvorsenfreight.example.com"), HR_JO],
                   "Pregnant Workers Fairness Act request", text(body), D("04-03 12:09"))


@M("phi", "doctors-note-received-ack",
   "borderline: HR confirms to a named employee that a note from Brightwater Urgent Care for her absence was received, which discloses a care visit.")
def _():
    body = T("""
Hi Teresa,

We received the note from Brightwater Urgent Care dated March 3 for
your absence on March 3-4 and filed it in your confidential medical
file (not your personnel file). Those two days are coded as sick leave.
No further action needed.

Leave & Accommodations
Halvorsen Freight & Logistics
""")
    return message(HR_LEAVE, A("Teresa Nakamura", "tnakamura@halvorsenfreight.example.com"),
                   "Doctor's note received", text(body), D("03-06 10:40"))


@M("phi", "fractura-muneca-reclamo-compensacion",
   "Spanish (ISO-8859-1 QP): warehouse worker Rogelio Cárdenas tells his supervisor about his wrist fracture, cast and orthopaedic appointment under a comp claim.",
   lang="es")
def _():
    body = T("""
Buenos días Sr. Decker,

Le escribo para informarle que ayer fui al hospital St. Brendan's
después de la caída en el andén 4. Me sacaron radiografías y tengo una
fractura del radio distal de la muñeca izquierda. Me pusieron un yeso y
me dieron ibuprofeno para el dolor.

La cita con el ortopedista (Dr. Kessler, Lakeshore Orthopedics) es el
jueves 12 de febrero a las 2:30. El médico dice que no puedo usar la
mano izquierda por 6 semanas.

El número de reclamo de compensación que me dio la señora de Keystone
es KC-26-02804. ¿Me puede decir si hay trabajo liviano que pueda hacer
con una sola mano?

Gracias,
Rogelio Cárdenas
Almacén, turno de noche
""")
    return message(A("Rogelio Cárdenas", "rcardenas@halvorsenfreight.example.com", cs="iso-8859-1", mode="Q"),
                   A("Rob Decker", "rdecker@halvorsenfreight.example.com"),
                   "fractura de muñeca - reclamo KC-26-02804",
                   text(body, cs="iso-8859-1", cte="quoted-printable"), D("02-10 07:55"), hcs="iso-8859-1", hmode="Q")


@M("phi", "atestado-medico-gripe-cid",
   "Portuguese (ISO-8859-1 8bit): employee Thiago Moreira sends HR his medical certificate for three days with ICD code J11 (influenza).",
   lang="pt")
def _():
    body = T("""
Boa tarde, Fernanda,

Segue o meu atestado médico. Fui atendido ontem na UPA do Centro e o
médico me deu 3 dias de afastamento, de 14/05 a 16/05.

Texto do atestado:
"Atesto para os devidos fins que o Sr. Thiago Moreira esteve sob meus
cuidados nesta data, necessitando de 3 (três) dias de afastamento de
suas atividades laborais. CID J11 - gripe. Prescrito oseltamivir
75 mg 12/12h por 5 dias. Dra. Luciana Pires, CRM 000000."

A via original eu entrego na segunda-feira.

Obrigado,
Thiago Moreira
Logística - Filial Campinas
""")
    return message(A("Thiago Moreira", "thiago.moreira@br.halvorsenfreight.example.com", cs="iso-8859-1"),
                   A("Fernanda Lacerda - RH", "rh@br.halvorsenfreight.example.com", cs="iso-8859-1"),
                   "Atestado médico - 3 dias",
                   text(body, cs="iso-8859-1", cte="8bit"), D("05-14 15:20", tz="-0300"), hcs="iso-8859-1")


@M("phi", "zwolnienie-lekarskie-zapalenie-pluc",
   "Polish (ISO-8859-2 QP): a machinist tells his supervisor about his sick note for pneumonia and his antibiotic.",
   lang="pl")
def _():
    body = T("""
Dzień dobry Panie Marku,

Informuję, że od dziś jestem na zwolnieniu lekarskim (e-ZLA) do
15 maja. Lekarz w przychodni stwierdził zapalenie płuc, dostałem
antybiotyk (amoksycylina z kwasem klawulanowym) na 10 dni i mam
kontrolne prześwietlenie klatki piersiowej 13 maja.

Zwolnienie powinno być już widoczne w systemie ZUS. Zmianę na
frezarce CNC przejmie Tadeusz, rozmawiałem z nim.

Pozdrawiam,
Paweł Zieliński
Wydział obróbki, Meridian Tool & Die Sp. z o.o.
""")
    return message(A("Paweł Zieliński", "pzielinski@pl.meridiantool.example.com", cs="iso-8859-2"),
                   A("Marek Nowicki", "mnowicki@pl.meridiantool.example.com"),
                   "Zwolnienie lekarskie do 15.05",
                   text(body, cs="iso-8859-2", cte="quoted-printable"), D("05-04 07:12", tz="+0200"), hcs="iso-8859-2")


@M("phi", "tai-nan-lao-dong-tiem-nail",
   "Vietnamese (UTF-8 QP): nail technician Nguyễn Thị Hoa tells the salon owner about her contact dermatitis diagnosis, cream and workers' comp claim.",
   lang="vi")
def _():
    body = T("""
Chị Lan ơi,

Em đi bác sĩ da liễu hôm thứ Ba rồi. Bác sĩ nói tay em bị viêm da tiếp
xúc do hóa chất (acrylic và dung dịch tẩy), không phải dị ứng thường.
Bác sĩ cho em thuốc bôi triamcinolone 0.1% ngày 2 lần và dặn phải đeo
găng tay nitrile, nghỉ làm bột acrylic ít nhất 3 tuần.

Bên bảo hiểm Keystone đã mở hồ sơ bồi thường cho em, số KC-26-05130.
Chị cho em làm pedicure và sơn gel trong 3 tuần này được không?

Em cảm ơn chị,
Hoa (Nguyễn Thị Hoa)
""")
    return message(A("Nguyễn Thị Hoa", "hoa.nguyen88@example.com"),
                   A("Lan Tran - Lotus Nails & Spa", "owner@lotusnails.example.net"),
                   "Kết quả khám da liễu - hồ sơ bồi thường",
                   text(body, cte="quoted-printable"), D("06-18 20:31"))


@M("phi", "ofw-medical-hbsag-reactive",
   "Tagalog-English: a recruitment agency tells applicant Ramil Santos that his pre-deployment HBsAg result is reactive and he needs a gastroenterology clearance.",
   lang="tl")
def _():
    body = T("""
Hi Ramil,

Good afternoon. Natanggap na namin ang resulta ng pre-deployment
medical exam mo mula sa clinic noong May 20.

Lahat ay normal maliban sa isa: REACTIVE ang HBsAg (Hepatitis B
surface antigen) mo. Dahil dito, hindi pa namin maipapasa ang "fit to
work" sa employer sa Corriveau Hotel Group.

Ang kailangan mong gawin:
1. Magpa-repeat test ng HBsAg at HBV DNA / liver function test.
2. Magpatingin sa gastroenterologist at humingi ng medical clearance
   na nagsasabing puwede kang magtrabaho sa food and beverage.
3. Ipadala sa amin ang resulta bago June 15 para hindi ma-cancel ang
   slot mo sa July batch.

Kung may tanong ka, tawagan mo lang si Ma'am Joy sa 555-0134.

Salamat,
Joy Villanueva
Medical Processing, Pacific Crest Manpower Services
""")
    return message(A("Pacific Crest Manpower - Medical", "medical@pacificcrest-manpower.example.com"),
                   A("Ramil Santos", "ramil.santos.ofw@example.net"),
                   "Resulta ng medical exam mo - kailangan ng clearance",
                   text(body), D("05-27 14:03", tz="+0800"))
# ---------------------------------------- phi: schools, camps and sports --
NURSE_JE = A("Gail Whitaker, RN", "gwhitaker@oakhollowusd.example.org")
ATC = A("Marcus Tate, ATC", "mtate@oakhollowusd.example.org")


@M("phi", "nurse-note-albuterol-twice",
   "School nurse tells a parent that her daughter Maya used her albuterol inhaler twice for wheezing at school.")
def _():
    body = T("""
Hi Ms. Castellanos,

Just letting you know Maya came to the health office twice today
(10:15 after recess and 1:40 after PE) with wheezing and a tight
chest. She took 2 puffs of her albuterol inhaler each time and her
peak flow went from 180 back up to 250. She went back to class both
times and was fine at dismissal.

Since this is the third day this week, you may want to call
Dr. Amari's office about her asthma plan. Also, her inhaler has about
20 puffs left - please send a new one with the pharmacy label.

Gail Whitaker, RN
School Nurse, Juniper Elementary | 555-0152
""")
    return message(NURSE_JE, A("Elena Castellanos", "elena.castellanos@example.com"),
                   "Maya - visits to the health office today", text(body), D("10-08 15:02"))


@M("phi", "med-authorization-methylphenidate-pdf",
   "borderline: the PDF medication authorisation names student Ethan Brooks, his ADHD and methylphenidate; it is signed by his paediatrician, not a psychiatric service, so phi.")
def _():
    body = T("""
Hello Nurse Whitaker,

Attached is the signed medication form from Ethan's pediatrician for
this school year. I'll drop off the bottle on Monday.

Thanks,
Carla Brooks
""")
    doc = pdf([
        "# Oak Hollow Unified School District",
        "# Authorization for Medication Administration at School",
        "",
        "Student: Ethan Brooks           DOB: 04/09/2016       Grade: 4",
        "School: Juniper Elementary",
        "",
        "PART 1 - PRESCRIBER",
        "Medication: methylphenidate 5 mg tablet (immediate release)",
        "Dose: 1 tablet by mouth at 12:00 noon with lunch",
        "Diagnosis / reason: attention-deficit/hyperactivity disorder",
        "Possible side effects: decreased appetite, stomach ache, headache",
        "Start: 08/24/2026    Stop: end of school year",
        "Prescriber: Nkechi Amari, MD, Juniper Pediatrics   Phone: 555-0158",
        "Signature: /s/ N. Amari MD       Date: 08/12/2026",
        "",
        "PART 2 - PARENT / GUARDIAN",
        "I request that the school nurse or trained staff give this medication.",
        "Parent: Carla Brooks    Phone: 555-0107",
        "Signature: /s/ Carla Brooks     Date: 08/13/2026",
    ], title="Medication Authorization - E. Brooks")
    p = mp("mixed", text(body), att(doc, "application/pdf", "med_form_2026-27.pdf"))
    return message(A("Carla Brooks", "carla.brooks@example.net"), NURSE_JE,
                   "med form for Ethan", p, D("08-14 19:40"))


@M("phi", "plan-504-type1-diabetes-table",
   "A 504 plan in text and HTML tables naming student Olivia Chen's type 1 diabetes, insulin pump and glucose thresholds.")
def _():
    plain = T("""
Section 504 Accommodation Plan - DRAFT for meeting 09/10/2026

Student: Olivia Chen    Grade 7    Ridgeview Middle School
Qualifying condition: type 1 diabetes (diagnosed 2022), insulin pump
(Omnipod) and continuous glucose monitor (Dexcom)

Accommodations:
- CGM phone allowed in class; alerts to nurse's office
- Blood glucose < 70 mg/dL: 15 g fast carbs, recheck in 15 min, no
  walking alone to the office
- Blood glucose > 300 mg/dL: check ketones, call parent
- Unrestricted water and restroom access
- Extra time / retake of tests taken while glucose out of range
- Snack before PE and before state testing

Team: Ms. Kwon (counselor, 504 coordinator), Nurse Ibarra, Mr. Silva
(homeroom), parents Wei and Jenny Chen
""")
    h = T("""
<html><body>
<h3>Section 504 Accommodation Plan &mdash; DRAFT (meeting 09/10/2026)</h3>
<p><b>Student:</b> Olivia Chen &nbsp; <b>Grade:</b> 7 &nbsp; <b>School:</b> Ridgeview Middle</p>
<p><b>Qualifying condition:</b> type 1 diabetes, insulin pump (Omnipod) and CGM (Dexcom)</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Situation</th><th>Accommodation</th></tr>
<tr><td>Glucose &lt; 70 mg/dL</td><td>15 g fast carbs, recheck in 15 min, escorted to nurse</td></tr>
<tr><td>Glucose &gt; 300 mg/dL</td><td>Check ketones, call parent</td></tr>
<tr><td>Class</td><td>CGM phone allowed; unrestricted water and restroom</td></tr>
<tr><td>Testing</td><td>Extra time or retake if glucose out of range; snack before state tests</td></tr>
<tr><td>PE</td><td>Snack before class; glucose check if symptomatic</td></tr>
</table>
<p>Team: Ms. Kwon (504 coordinator), Nurse Ibarra, Mr. Silva, Wei and Jenny Chen</p>
</body></html>
""")
    p = mp("alternative", text(plain), html(h))
    return message(A("Hannah Kwon", "hkwon@oakhollowusd.example.org"),
                   [A("Wei Chen", "wei.chen@example.com"), A("Jenny Chen", "jennychen@example.com")],
                   "Olivia - draft 504 plan for Thursday", p, D("09-08 13:15"),
                   cc=A("Rosa Ibarra, RN", "ribarra@oakhollowusd.example.org"))


@M("phi", "immunization-exemption-leukemia",
   "Medical exemption from MMR and varicella vaccines for student Noah Delgado because he is on chemotherapy for leukaemia.")
def _():
    body = T("""
To: Oak Hollow USD Health Services

RE: Medical exemption from immunization requirements
Student: Noah Delgado, DOB 02/17/2019, kindergarten, Juniper Elementary

Noah is under my care for acute lymphoblastic leukemia and is in the
maintenance phase of chemotherapy (oral mercaptopurine and methotrexate,
monthly vincristine) expected to end in June 2027. Live vaccines (MMR,
varicella) are contraindicated until at least 6 months after therapy
ends. Inactivated vaccines are on hold for the same period.

Please accept this as a temporary medical exemption through 12/31/2027
and notify the family promptly of any measles, chickenpox or influenza
exposure in his classroom.

Imani Roberts, MD
Pediatric Hematology/Oncology, St. Brendan's Children's Center
555-0171 | iroberts@stbrendans.example.org
""")
    return message(A("Imani Roberts MD", "iroberts@stbrendans.example.org"),
                   A("OHUSD Health Services", "healthservices@oakhollowusd.example.org"),
                   "Medical exemption - Noah Delgado", alt(body), D("08-19 09:33"))


@M("phi", "concussion-return-to-play-stage4",
   "Athletic trainer reports that football player Jaden Brooks is at stage 4 of return-to-play after a concussion diagnosed by his physician.")
def _():
    body = T("""
Coach,

Update on Jaden Brooks (#22):

- Concussion 09/12 vs. Westbury, diagnosed by Dr. Lim at Lakeshore
  Sports Medicine on 09/14.
- Symptom-free at rest since 09/19, ImPACT back to baseline 09/22.
- Stage 1-3 done without symptoms. Today he finished stage 4
  (non-contact drills, light resistance training) with no headache.
- Stage 5 (full-contact practice) tomorrow if still symptom-free.
  He needs the written clearance from Dr. Lim before game play -
  earliest would be Friday 10/2.

Do not put him in contact drills until I say so.

Marcus Tate, ATC
Oak Hollow High Athletic Training | 555-0155
""")
    return message(ATC, A("Coach Dwayne Foster", "dfoster@oakhollowusd.example.org"),
                   "Brooks RTP - stage 4 done", alt(body), D("09-29 17:48"),
                   cc=A("Carla Brooks", "carla.brooks@example.net"))


@M("phi", "camp-health-form-html-attachment",
   "The body only says the form is attached; the HTML camp health form names camper Sofia Alvarez with peanut anaphylaxis, an EpiPen and daily medication.")
def _():
    body = T("""
Hi! Completed health form for Sofia attached (Session 2, Cabin 7).
Let me know if the nurse needs anything else.

- Luz Alvarez
""")
    form = T("""
<html><head><meta charset="utf-8"><title>Camp Whistling Pines - Camper Health Form</title></head>
<body>
<h2>Camper Health Form 2026</h2>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Camper name</td><td>Sofia Alvarez</td></tr>
<tr><td>Date of birth</td><td>06/03/2015</td></tr>
<tr><td>Session / cabin</td><td>Session 2 (July 12-25) / Cabin 7</td></tr>
<tr><td>Allergies</td><td>PEANUTS and TREE NUTS - anaphylaxis (hospitalized 2023)</td></tr>
<tr><td>Emergency medication</td><td>EpiPen Jr 0.15 mg x2 (one with camper, one with nurse); cetirizine 5 mg as needed</td></tr>
<tr><td>Daily medications</td><td>levothyroxine 50 mcg every morning (hypothyroidism)</td></tr>
<tr><td>Last tetanus</td><td>2021</td></tr>
<tr><td>Physician</td><td>Dr. Nkechi Amari, Juniper Pediatrics, 555-0158</td></tr>
<tr><td>Insurance</td><td>Cobalt Ridge Health Plan, member ID CRH448201937</td></tr>
<tr><td>Parent signature</td><td>Luz Alvarez, 05/30/2026</td></tr>
</table>
</body></html>
""")
    p = mp("mixed", text(body), att(form, 'text/html; charset="UTF-8"', "Sofia_Alvarez_health_form.html", cte="base64"))
    return message(A("Luz Alvarez", "luz.alvarez@example.com"),
                   A("Camp Whistling Pines Health Office", "health@whistlingpines.example.org"),
                   "health form - Session 2", p, D("05-30 22:14"))


@M("phi", "trainer-weekly-injury-report-html",
   "HTML-only weekly athletic-training report listing named athletes with their injuries, treatment and playing status.")
def _():
    h = T("""
<html><body style="font-family:Calibri,Arial">
<p>Weekly injury report, week of 10/19. Coaches only - do not post.</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>Athlete</th><th>Sport</th><th>Injury</th><th>Treatment / plan</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Ava Lindqvist</td><td>Volleyball</td><td>L ankle inversion sprain, grade 2</td><td>Ice, brace, PT at Lakeshore 2x/wk</td><td>OUT until 10/30</td></tr>
<tr><td>Marcus Dill</td><td>Football</td><td>R shoulder AC sprain</td><td>Sling 5 days, re-eval by Dr. Lim 10/23</td><td>OUT</td></tr>
<tr><td>Jaden Brooks</td><td>Football</td><td>Concussion 9/12</td><td>Cleared 10/2</td><td>FULL</td></tr>
<tr><td>Priyanka Das</td><td>Cross country</td><td>Tibial stress reaction (MRI 10/16)</td><td>No running 4 wks, bike only</td><td>OUT</td></tr>
<tr><td>Luis Ortega</td><td>Soccer</td><td>Patellar tendinopathy</td><td>Eccentric program, strap</td><td>LIMITED</td></tr>
</tbody></table>
<p>Marcus Tate, ATC &middot; 555-0155</p>
</body></html>
""")
    return message(ATC, A("OHHS Head Coaches", "coaches@oakhollowusd.example.org"),
                   "Weekly injury report 10/19", html(h), D("10-19 07:05"))


@M("phi", "student-health-strep-positive",
   "University student health writes to a student about his own positive rapid strep test and an amoxicillin prescription.")
def _():
    body = T("""
Hi Jonah,

Your rapid strep test from today's visit at Student Health came back
POSITIVE for group A streptococcus.

Dr. Ferris sent a prescription for amoxicillin 500 mg, one capsule
twice a day for 10 days, to the campus pharmacy (ready after 4 pm).
You are no longer contagious after 12 hours on the antibiotic. Please
take all 10 days even if you feel better.

If you need a note for your professors, reply to this message and we
can send a visit verification (no diagnosis listed).

Castellan State University Student Health Services
555-0146 | studenthealth@castellanstate.example.org
""")
    return message(A("CSU Student Health Services", "studenthealth@castellanstate.example.org"),
                   A("Jonah Whitley", "jwhitley@students.castellanstate.example.org"),
                   "Your test result from Student Health", text(body), D("02-03 13:58"))


@M("phi", "fiebre-enfermeria-aviso-padres",
   "Spanish (UTF-8 QP): the school nurse tells a parent that her son Mateo had a 38.9 C fever and vomited and must stay home for 24 hours.",
   lang="es")
def _():
    body = T("""
Estimada Sra. Ramírez:

Le escribo de la enfermería de la Escuela Primaria Juniper. Hoy a las
11:20 su hijo Mateo (2.º grado, salón 14) vino a la enfermería con
dolor de cabeza y tenía una temperatura de 38.9 °C. También vomitó una
vez. Lo recogió su abuela a las 12:05.

Según las normas del distrito, Mateo debe quedarse en casa hasta que
pasen 24 horas sin fiebre y sin medicamentos para bajar la fiebre
(ibuprofeno o acetaminofén). Si tiene dolor de garganta o la fiebre
continúa, le recomendamos llamar a su pediatra.

Cualquier pregunta, estoy en el 555-0152.

Atentamente,
Gail Whitaker, RN
Enfermera escolar
""")
    return message(NURSE_JE, A("Yesenia Ramírez", "yesenia.ramirez@example.net"),
                   "Mateo - fiebre en la escuela hoy",
                   text(body, cte="quoted-printable"), D("01-27 12:31"))


@M("phi", "dianxian-yongyao-xuexiao",
   "Chinese (GB2312 base64): a parent tells the school nurse about her son's epilepsy, his levetiracetam dose and a recent seizure.",
   lang="zh")
def _():
    body = T("""
伊巴拉护士您好：

我是七年级学生刘子涵的妈妈。子涵有癫痫，一直在儿童医院神经科看病，
现在每天早晚各吃一次左乙拉西坦 500 毫克。上个星期六在家里又发作了
一次，大概两分钟，医生把剂量从 250 毫克加到了 500 毫克。

医生说这个药有时候会让他白天比较困，脾气也可能急一点。如果他在学校
发作超过五分钟，请马上打 911，再打我的电话 555-0183。

医生的新用药证明我明天让他带到学校。谢谢您！

刘太太（王丽）
""")
    return message(A("王丽", "wangli.parent@example.com", cs="gb2312"),
                   A("Rosa Ibarra, RN", "ribarra@oakhollowusd.example.org"),
                   "关于刘子涵的用药", text(body, cs="gb2312", cte="base64"), D("10-13 21:05"), hcs="gb2312")


@M("phi", "cheokchu-cheukmanjeung-geomjin",
   "Korean (EUC-KR base64): the school nurse tells a parent that her son's scoliosis screening showed a 12-degree curve and he needs an orthopaedic X-ray.",
   lang="ko")
def _():
    body = T("""
박민준 학생 어머님께,

안녕하세요. 리지뷰 중학교 보건실 보건교사입니다.

지난주 실시한 척추측만증 선별검사에서 민준이의 척추가 오른쪽으로
약간 휘어 있는 것이 확인되었습니다. 측정기로 잰 각도는 약 12도였습니다.
심한 정도는 아니지만 정확한 진단을 위해 정형외과에서 엑스레이 검사를
받아 보시기를 권해 드립니다.

진료 후 의사 소견서를 보건실로 보내 주시면 체육 수업 참여 여부를
담임 선생님과 상의하겠습니다.

문의: 555-0153

로사 이바라 보건교사 드림
""")
    return message(A("로사 이바라 보건교사", "ribarra@oakhollowusd.example.org", cs="euc-kr"),
                   A("Park Soo-yeon", "sooyeon.park@example.com"),
                   "민준이 척추측만증 검사 결과 안내",
                   text(body, cs="euc-kr", cte="base64"), D("11-05 14:20"), hcs="euc-kr")


@M("phi", "fiche-sanitaire-asthme-colonie",
   "French (ISO-8859-1 QP): a parent sends the camp his daughter Chloé's health details: asthma, Ventoline, a penicillin allergy and her treating doctor.",
   lang="fr")
def _():
    body = T("""
Bonjour,

Voici les renseignements de la fiche sanitaire de liaison pour Chloé
Girard (née le 14/02/2014), inscrite à la session 1 du camp.

- Asthme d'effort, suivie par le Dr Benoît Marchand (pneumologue
  pédiatrique). Ventoline (salbutamol) 2 bouffées avant le sport et en
  cas de crise ; chambre d'inhalation fournie.
- Allergie à la pénicilline (urticaire en 2022).
- Traitement de fond : Flixotide 50, 1 bouffée matin et soir.
- Vaccins à jour (DTP rappel 2025).

Le flacon et l'ordonnance seront dans sa valise, dans une pochette
étiquetée. N'hésitez pas à m'appeler au 555-0109.

Cordialement,
Étienne Girard
""")
    return message(A("Étienne Girard", "etienne.girard@example.net", cs="iso-8859-1", mode="Q"),
                   A("Camp Whistling Pines Health Office", "health@whistlingpines.example.org"),
                   "Fiche sanitaire - Chloé Girard (session 1)",
                   text(body, cs="iso-8859-1", cte="quoted-printable"), D("06-02 08:47"), hcs="iso-8859-1", hmode="Q")


@M("phi", "kriz-drepanositoz-absans-lekol",
   "Haitian Creole: a mother tells the school her son Wood-Ley was hospitalised for a sickle cell crisis and needs water and restroom access.",
   lang="ht")
def _():
    body = T("""
Bonjou Madan Kwon,

Se manman Wood-Ley Jean-Baptiste (5yèm ane) k ap ekri w. Pitit mwen an
pa t vin lekòl depi lendi paske li te entène lopital St. Brendan's pou
yon kriz drepanositoz (anemi falsifòm). Yo te ba li likid nan venn ak
medikaman pou doulè. Li soti lopital yè swa.

Doktè a di li ka retounen lekòl jedi, men li bezwen:
- bwè anpil dlo, kidonk li dwe gen boutèy dlo li nan klas la
- ale nan twalèt lè li bezwen
- pa fè espò nan gwo chalè pou 2 semèn

M ap voye papye doktè a demen. Mèsi anpil.

Fabiola Jean-Baptiste
555-0186
""")
    return message(A("Fabiola Jean-Baptiste", "fabiola.jb@example.com"),
                   A("Hannah Kwon", "hkwon@oakhollowusd.example.org"),
                   "Wood-Ley pa t vin lekol - kriz drepanositoz", text(body), D("09-23 07:18"))
# ---------------------------------- phi: courts, lawyers, police, records --
DF = "delacroixfinch.example.com"


@M("phi", "subpoena-duces-tecum-pdf",
   "The cover mail is generic; the attached PDF subpoena names patient Gloria Reyes, her DOB and her treatment at Lakeshore Orthopedics for a wrist fracture.")
def _():
    body = T("""
Custodian of Records,

Please see the attached subpoena duces tecum. Records may be produced
through your release-of-information vendor. Contact me with any
questions about the production date.

Nathan Ruiz, Paralegal
Marsh Abernathy LLP | 555-0124 | nruiz@marshabernathy.example.com
""")
    doc = pdf([
        "# SUPERIOR COURT OF BRIGHTWATER COUNTY",
        "",
        "GLORIA REYES, Plaintiff,  v.  LANTERNFLY AUTO INSURANCE CO., Defendant.",
        "Case No. CV-2026-001482",
        "",
        "# SUBPOENA DUCES TECUM FOR PRODUCTION OF BUSINESS RECORDS",
        "",
        "TO: Custodian of Records, Lakeshore Orthopedics, 900 Lakeshore Drive",
        "",
        "YOU ARE ORDERED to produce the following records on or before",
        "May 29, 2026:",
        "",
        "All medical records, imaging reports, operative reports, physical",
        "therapy notes and itemized billing for the patient GLORIA REYES,",
        "date of birth 08/30/1984, for dates of service 03/04/2025 to present,",
        "including treatment of the left distal radius fracture and open",
        "reduction internal fixation performed on or about 03/11/2025.",
        "",
        "Issued at the request of: Marsh Abernathy LLP, counsel for Defendant.",
        "Date: May 1, 2026           /s/ Clerk of the Superior Court",
    ], title="Subpoena - Reyes v. Lanternfly")
    p = mp("mixed", text(body), att(doc, "application/pdf", "SDT_Lakeshore_Ortho_CV-2026-001482.pdf"))
    return message(A("Nathan Ruiz", "nruiz@marshabernathy.example.com"),
                   A("Lakeshore Orthopedics Records", "records@lakeshoreortho.example.com"),
                   "Subpoena duces tecum - CV-2026-001482", p, D("05-01 10:18"))


@M("phi", "pi-demand-letter-treatment-summary",
   "Personal-injury demand letter to an auto insurer summarising client Gloria Reyes's ER visit, wrist surgery, physical therapy and medical bills.")
def _():
    body = T("""
VIA E-MAIL

February 26, 2026

Ms. Colleen Hart
Bodily Injury Unit, Lanternfly Auto Insurance
claims@lanternflyauto.example.com

Re:   Our client:    Gloria Reyes
      Your insured:  Trevor Lund
      Claim no.:     LF-BI-25-118830
      Date of loss:  March 4, 2025

Dear Ms. Hart:

This firm represents Gloria Reyes for injuries she suffered when your
insured ran the red light at Quarry Road and 5th Street and struck the
driver's side of her vehicle.

SUMMARY OF TREATMENT

1. St. Brendan's Regional Medical Center, Emergency Department,
   03/04/2025. X-rays showed a displaced fracture of the left distal
   radius. Closed reduction and splinting; CT of the cervical spine
   negative. Discharged with hydrocodone/acetaminophen.
2. Lakeshore Orthopedics, Dr. Anton Kessler. Open reduction internal
   fixation of the left distal radius on 03/11/2025. Hardware removal
   recommended if symptoms persist.
3. Rehab Partners of Brightwater, 24 physical therapy visits
   (04/2025-08/2025) for wrist stiffness and cervical strain.
4. Brightwater Pain & Spine, two trigger-point injection visits for
   persistent neck pain (10/2025, 12/2025).

Ms. Reyes is right-handed but works as a dental hygienist and relies on
both hands. She missed 11 weeks of work and still reports pain with
prolonged instrument use; Dr. Kessler rates a 6% upper-extremity
impairment.

SPECIALS

  St. Brendan's ED ..................... $ 4,212.00
  Lakeshore Orthopedics (incl. surgery)  $11,980.00
  Rehab Partners (24 visits) ........... $ 4,080.00
  Brightwater Pain & Spine ............. $ 1,150.00
  Lost wages (11 weeks) ................ $12,430.00
  Total ................................ $33,852.00

DEMAND

We demand the $100,000 per-person policy limit. This offer remains open
for 30 days from the date of this letter. Medical records and bills are
enclosed via the link in our separate e-mail.

Very truly yours,

Simone Delacroix
Delacroix & Finch LLP | 555-0121 | sdelacroix@delacroixfinch.example.com
""")
    return message(A("Simone Delacroix", "sdelacroix@" + DF),
                   A("Colleen Hart", "chart@lanternflyauto.example.com"),
                   "Policy limits demand - Reyes / LF-BI-25-118830", alt(body), D("02-26 16:04"))


@M("phi", "guardianship-capacity-evaluation-dementia",
   "borderline: a guardianship capacity evaluation names Harold Beaumont, his Alzheimer's dementia and MoCA score; dementia assessed by geriatrics is not a listed mental-health category, so phi.")
def _():
    body = T("""
Counsel,

In advance of the 06/18 hearing in In re Guardianship of Harold
Beaumont (Probate No. PR-2026-0331), the court-appointed examiner's
findings are summarised below. The full report is filed under seal.

Examiner: Lena Osei, MD, Geriatric Medicine, St. Brendan's
Exam dates: 05/20/2026 and 05/27/2026

- Diagnosis: major neurocognitive disorder due to Alzheimer's disease,
  moderate stage (diagnosed 2023 by neurology)
- MoCA 14/30 (was 19/30 in 2024); disoriented to date and month
- Unable to describe his medications (donepezil 10 mg, memantine
  10 mg twice daily, lisinopril) or his monthly income
- Needs help with bathing and finances; safe with supervision at home

Opinion: Mr. Beaumont lacks capacity to manage his financial affairs
and to make complex medical decisions. A limited guardianship of the
person and a conservatorship of the estate are recommended.

Regards,
Court Examiner's Office, Brightwater County Probate Court
555-0139
""")
    return message(A("Probate Court Examiner's Office", "examiner@courts.brightwatercounty.example.org"),
                   [A("Paula Gianetti", "pgianetti@tricountylegalaid.example.org"),
                    A("Simone Delacroix", "sdelacroix@" + DF)],
                   "PR-2026-0331 Beaumont - examiner findings", alt(body), D("06-03 11:42"))


@M("phi", "custody-chemotherapy-exchange-schedule",
   "Custody mail between lawyers naming the father, Daniel Okoye, his lymphoma chemotherapy days and the resulting change to the exchange schedule.")
def _():
    body = T("""
Dear Mr. Finch,

Writing on behalf of my client, Daniel Okoye, about the parenting time
schedule in Okoye v. Okoye (FL-2025-00912).

Mr. Okoye began chemotherapy for Hodgkin lymphoma on 04/07 at the St.
Brendan's Cancer Center (ABVD, every other Tuesday, six months). He is
usually exhausted and immunosuppressed on Tuesday through Thursday of
the infusion weeks. He asks that his mid-week overnights in infusion
weeks move to the following Saturday, and that the children not be
brought to him if they have a fever or stomach bug.

We are not asking to change custody. Could your client agree to this
by stipulation so we don't need to go back to Judge Harlan?

Regards,
Ines Marchetti
Marchetti Family Law | 555-0115
""")
    return message(A("Ines Marchetti", "imarchetti@marchettifamilylaw.example.com"),
                   A("Robert Finch", "rfinch@" + DF),
                   "Okoye - parenting time during treatment", text(body), D("04-14 09:57"))


@M("phi", "roi-request-fulfilled-mri",
   "Release-of-information vendor status mail naming patient Anna Kowalczyk, her DOB and the lumbar MRI and spine surgery notes released.")
def _():
    body = T("""
DocuTrail Release Services - Request Status

Request ID:       R-448120
Requester:        Delacroix & Finch LLP (attorney, HIPAA authorization on file)
Facility:         St. Brendan's Regional Medical Center
Patient:          Anna Kowalczyk
DOB:              03/02/1979
Dates of service: 01/01/2025 - 03/31/2026

Status: FULFILLED 04/08/2026 - 212 pages

Records released:
  - MRI lumbar spine 02/11/2025 (report and images on CD)
  - Neurosurgery clinic notes, Dr. Farid Haddad
  - Operative report: L4-L5 microdiscectomy 06/03/2025
  - Discharge summary 06/04/2025
  - Itemized bill (UB-04)

Invoice INV-77310 has been sent separately. Download link valid 14 days:
https://portal.docutrail.example.net/r/R-448120

DocuTrail Release Services | 555-0147 | support@docutrail.example.net
""")
    return message(A("DocuTrail Release Services", "notify@docutrail.example.net"),
                   A("Delacroix & Finch Records", "records@" + DF),
                   "Request R-448120 fulfilled", alt(body), D("04-08 18:30"))


@M("phi", "roi-delivery-filename-only-echo",
   "borderline: the mail and the PDF's text say only that records are delivered; the patient, DOB and 'cardiology echo report' are only in the attachment's file name.")
def _():
    body = T("""
Hello,

The records for your request are attached. This mailbox is not
monitored; contact DocuTrail support at 555-0147 with questions.

DocuTrail Release Services
""")
    doc = pdf([
        "# DocuTrail Release Services",
        "",
        "Records delivery - cover page",
        "Request ID: R-451907",
        "Pages delivered: 18",
        "Delivered: 05/12/2026",
        "",
        "This transmission is intended only for the requester named on the",
        "authorization. If you received it in error, notify DocuTrail and",
        "destroy all copies.",
    ], title="Records delivery R-451907")
    p = mp("mixed", text(body), att(doc, "application/pdf", "Marcus_Bell_DOB_1968-11-04_cardiology_echo_report.pdf"))
    return message(A("DocuTrail Release Services", "notify@docutrail.example.net"),
                   A("Evergreen Mutual Underwriting", "apsdesk@evergreenmutual.example.com"),
                   "Records delivery R-451907", p, D("05-12 06:15"))


@M("phi", "pi-client-reply-quoting-shoulder-pt",
   "The lawyer's reply says only that she will update the file; the quoted message from the client names his shoulder physical therapy and MRI.")
def _():
    body = T("""
Thanks Mr. Albright - I'll add this to your file and update the
adjuster.

Simone

Simone Delacroix
Delacroix & Finch LLP

-----Original Message-----
From: Gary Albright <gary.albright@example.com>
Sent: Monday, June 1, 2026 8:14 PM
To: Simone Delacroix <sdelacroix@delacroixfinch.example.com>
Subject: shoulder update

Hi Simone, my physical therapist at Rehab Partners says I need another
8 weeks for my right shoulder because I still can't lift my arm over my
head. The orthopedist wants a new MRI to check if the rotator cuff tear
got worse, it's scheduled for June 9 at St Brendan's. Should I send you
the bills for the cortisone shot too?

Gary
""")
    return message(A("Simone Delacroix", "sdelacroix@" + DF),
                   A("Gary Albright", "gary.albright@example.com"),
                   "RE: shoulder update", text(body), D("06-02 08:51"),
                   irt="<a19f0c2e.shoulder@example.com>")


@M("phi", "crash-report-supplement-femur",
   "Police records unit sends an insurer a crash-report supplement naming a driver taken to hospital with a suspected femur fracture and a pedestrian with a head injury.")
def _():
    body = T("""
Records request PR-26-1182 - response

Attached information from Brightwater Police Department crash report
BPD-26-004419 (02/08/2026, Route 9 at Mill Lane), supplement page 3,
"Injuries and EMS":

  Unit 1 driver: Tamara Greene, DOB 12/01/1975
    Complaint of right thigh pain, deformity noted. Transported by
    Brightwater EMS Medic 4 to St. Brendan's ED, suspected closed
    femur fracture. Conscious and alert.
  Pedestrian: Isaac Whitmore, DOB 05/19/1961
    Laceration to forehead, brief loss of consciousness per witness.
    Transported by Medic 7 to St. Brendan's, trauma activation.

Fee for certified copy: $15.00, paid by card ending 4471.

Records Unit, Brightwater Police Department | 555-0131
""")
    return message(A("BPD Records Unit", "records@police.brightwatercounty.example.org"),
                   A("Lanternfly Auto Claims", "claims@lanternflyauto.example.com"),
                   "PR-26-1182 crash report supplement", text(body), D("03-03 14:27"))


@M("phi", "exhibit-list-text-attachment",
   "The cover mail has no health content; the attached exhibit list names plaintiff Gloria Reyes's ER records, operative report and PT notes.")
def _():
    body = T("""
Counsel,

Attached is Defendant's preliminary exhibit list for the 9/14 pretrial
conference. Please send yours by 9/4.

Nathan Ruiz, Paralegal, Marsh Abernathy LLP
""")
    ex = T("""
REYES v. LANTERNFLY AUTO INSURANCE CO., CV-2026-001482
DEFENDANT'S PRELIMINARY EXHIBIT LIST

D-1   Brightwater PD crash report BPD-25-002207
D-2   Photographs of vehicles (14)
D-3   St. Brendan's ED record of Gloria Reyes, 03/04/2025 (left distal
      radius fracture, cervical CT)
D-4   Lakeshore Orthopedics operative report, ORIF left wrist, 03/11/2025
D-5   Rehab Partners PT notes, 24 visits, 04/2025-08/2025
D-6   Brightwater Pain & Spine records (trigger-point injections)
D-7   Plaintiff's 2024 and 2025 W-2 forms
D-8   Report of defense IME, Dr. Philip Rourke, 07/20/2026
""")
    p = mp("mixed", text(body), text(ex, name="Def_Exhibit_List_CV-2026-001482.txt"))
    return message(A("Nathan Ruiz", "nruiz@marshabernathy.example.com"),
                   A("Simone Delacroix", "sdelacroix@" + DF),
                   "Reyes - preliminary exhibit list", p, D("08-28 17:10"))


@M("phi", "juror-excusal-spinal-fusion",
   "A summoned juror asks the court to postpone service because of his scheduled spinal fusion surgery.")
def _():
    body = T("""
To the Jury Commissioner,

I received a summons for jury service starting July 20, 2026 (juror
number 0417-2261). I am scheduled for a lumbar spinal fusion (L4-S1)
at St. Brendan's on July 14 with Dr. Farid Haddad and I will not be
able to sit for long periods or drive for at least 8 weeks.

I can provide a letter from Dr. Haddad's office. Could my service be
postponed to the November term?

Thank you,
Raymond Kessling
42 Alder Court, Brightwater
555-0102
""")
    return message(A("Raymond Kessling", "rkessling@example.net"),
                   A("Jury Commissioner", "jury@courts.brightwatercounty.example.org"),
                   "Request to postpone jury service - juror 0417-2261", text(body), D("06-30 10:05"))


@M("phi", "sudmedekspertiza-perelom-reber",
   "Russian (windows-1251 QP): a lawyer tells her client the findings of his forensic medical examination: two rib fractures and a concussion.",
   lang="ru")
def _():
    body = T("""
Добрый день, Андрей Викторович!

Получили заключение судебно-медицинской экспертизы по вашему делу
(дело № 2-1147/2026). Основные выводы эксперта:

- закрытый перелом 7-го и 8-го рёбер справа;
- сотрясение головного мозга;
- ушибы мягких тканей лица и левого плеча.

Эксперт квалифицировал вред здоровью как средней тяжести (длительное
расстройство здоровья более 21 дня). Это подтверждает нашу позицию по
иску о компенсации морального вреда.

Пожалуйста, пришлите копии выписки из травматологии и чеки на лекарства
до пятницы, чтобы мы приложили их к уточнённому иску.

С уважением,
Ольга Смирнова, адвокат
""")
    return message(A("Ольга Смирнова", "osmirnova@smirnova-law.example.com", cs="windows-1251"),
                   A("Андрей Кузнецов", "a.kuznetsov@example.net", cs="windows-1251"),
                   "Заключение экспертизы по вашему делу",
                   text(body, cs="windows-1251", cte="quoted-printable"), D("03-16 12:40", tz="+0300"), hcs="windows-1251")
# ----------------------------------------- phi: insurers and benefits --
@M("phi", "aps-request-hypertension-diabetes",
   "Life insurer's attending physician statement request naming applicant Marcus Bell, his DOB and his hypertension and type 2 diabetes.")
def _():
    body = T("""
ATTENDING PHYSICIAN STATEMENT REQUEST

To:       Medical Records, Northside Family Medicine
From:     Evergreen Mutual Life - Underwriting
Applicant: Marcus Bell      DOB: 11/04/1968
Policy applied for: 20-year term, $750,000   Case no. EM-2026-330158

Our applicant has authorized the release of his records (signed
authorization attached). Please send:

  - Office notes for the last 5 years
  - All lab results, including HbA1c, lipid panel and urine
    microalbumin
  - Medication list
  - Cardiology consults and echocardiogram reports, if any

The applicant disclosed hypertension (since 2019) and type 2 diabetes
(since 2021) treated with metformin and lisinopril.

The APS fee of up to $45 will be paid on receipt of your invoice.
Fax 555-0168 or reply to this secure message.

Tamsin Reed, Underwriting Assistant
Evergreen Mutual Life | 555-0167
""")
    auth = pdf([
        "# Evergreen Mutual Life - Authorization to Release Information",
        "",
        "I authorize any physician, hospital or medical facility to release",
        "to Evergreen Mutual Life information about my health for the purpose",
        "of underwriting my application.",
        "",
        "Name: Marcus Bell      Date of birth: 11/04/1968",
        "Signature: /s/ Marcus Bell      Date: 04/28/2026",
        "Valid for 24 months from the date signed.",
    ], title="Authorization - M. Bell")
    p = mp("mixed", text(body), att(auth, "application/pdf", "Authorization_EM-2026-330158.pdf"))
    return message(A("Evergreen Mutual Underwriting", "apsdesk@evergreenmutual.example.com"),
                   A("Northside Family Medicine Records", "records@northsidefm.example.com"),
                   "APS request - EM-2026-330158", p, D("04-29 09:40"))


@M("phi", "underwriting-decision-rated-a1c",
   "Life insurer writes to applicant Marcus Bell that his policy is rated because of his HbA1c and his echocardiogram finding.")
def _():
    body = T("""
Dear Mr. Bell,

Thank you for applying for life insurance with Evergreen Mutual Life
(case no. EM-2026-330158).

We are able to offer coverage, but not at the Preferred rate class you
applied for. Based on the records from Northside Family Medicine and
your paramedical exam, we have offered Standard Table 2 (+50%). The main
reasons were:

  - HbA1c of 7.9% on 03/12/2026 and 8.1% on 11/20/2025
  - mild left ventricular hypertrophy on your echocardiogram of
    09/2025
  - blood pressure 148/92 at the paramedical exam

You may ask for reconsideration in 12 months with an HbA1c below 7.0%
and a blood pressure log. Your agent, Ruth Kaplan, will go over the
offer with you.

Sincerely,
Underwriting Department, Evergreen Mutual Life
""")
    return message(A("Evergreen Mutual Life", "underwriting@evergreenmutual.example.com"),
                   A("Marcus Bell", "mbell1968@example.com"),
                   "Your application EM-2026-330158 - underwriting decision", alt(body), D("06-11 14:00"),
                   cc=A("Ruth Kaplan", "rkaplan@kaplaninsurance.example.com"))


@M("phi", "ltd-claim-rheumatoid-arthritis",
   "Quoted-printable long-term disability claim update naming claimant Beverly Stroud, her rheumatoid arthritis, methotrexate and a functional capacity evaluation.")
def _():
    body = T("""
Hello Ms. Stroud,

This is an update on your long-term disability claim LTD-2291-0457.

We received the attending physician statement from Dr. Nadia Fontaine
(rheumatology) dated 07/02/2026. It confirms active rheumatoid
arthritis with synovitis of both wrists and several finger joints,
morning stiffness of about 2 hours, and a change from methotrexate
alone to methotrexate plus etanercept in June.

To complete our review of your ability to do your own occupation
(accounting clerk), we have scheduled a functional capacity evaluation:

    Date:  Tuesday, 07/21/2026, 9:00 am - 1:00 pm
    Place: Rehab Partners of Brightwater, 18 Mill Lane

Benefits continue to be paid while the review is open. If you cannot
attend, call me at 555-0178 at least 48 hours before.

Regards,
Corinne Webb, Disability Case Manager
Fairhaven Life & Disability
""")
    return message(A("Corinne Webb", "cwebb@fairhavenlife.example.com"),
                   A("Beverly Stroud", "bstroud@example.net"),
                   "LTD-2291-0457 - update and FCE appointment",
                   text(body, cte="quoted-printable"), D("07-08 11:05"))


@M("phi", "pip-medical-bill-ledger-html",
   "PIP medical bill in text and an HTML table naming auto claimant Jerome Whitaker with his chiropractic, PT and imaging charges by CPT code.")
def _():
    plain = T("""
PIP billing submission - Lanternfly claim LF-PIP-26-20471
Patient: Jerome Whitaker, DOB 09/12/1992 (date of accident 01/22/2026)
Provider: Brightwater Spine & Rehab, NPI on file
Diagnoses: S13.4XXA cervical sprain; S33.5XXA lumbar sprain

DOS        CPT    Description                        Units  Charge
02/02/26   99203  New patient evaluation              1     $210.00
02/02/26   72040  X-ray cervical spine, 2-3 views     1     $ 95.00
02/04/26   98941  Chiropractic manipulation 3-4 reg   1     $ 68.00
02/04/26   97110  Therapeutic exercise, 15 min        2     $ 96.00
02/06/26   98941  Chiropractic manipulation 3-4 reg   1     $ 68.00
02/06/26   97140  Manual therapy, 15 min              2     $ 88.00
                                                   Total   $625.00
""")
    h = T("""
<html><body>
<p><b>PIP billing submission</b> &ndash; Lanternfly claim LF-PIP-26-20471</p>
<p>Patient: Jerome Whitaker, DOB 09/12/1992 &middot; DOA 01/22/2026<br>
Diagnoses: S13.4XXA cervical sprain; S33.5XXA lumbar sprain</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>DOS</th><th>CPT</th><th>Description</th><th>Units</th><th>Charge</th></tr>
<tr><td>02/02/26</td><td>99203</td><td>New patient evaluation</td><td>1</td><td>$210.00</td></tr>
<tr><td>02/02/26</td><td>72040</td><td>X-ray cervical spine, 2-3 views</td><td>1</td><td>$95.00</td></tr>
<tr><td>02/04/26</td><td>98941</td><td>Chiropractic manipulation, 3-4 regions</td><td>1</td><td>$68.00</td></tr>
<tr><td>02/04/26</td><td>97110</td><td>Therapeutic exercise, 15 min</td><td>2</td><td>$96.00</td></tr>
<tr><td>02/06/26</td><td>98941</td><td>Chiropractic manipulation, 3-4 regions</td><td>1</td><td>$68.00</td></tr>
<tr><td>02/06/26</td><td>97140</td><td>Manual therapy, 15 min</td><td>2</td><td>$88.00</td></tr>
<tr><td colspan="4" align="right"><b>Total</b></td><td><b>$625.00</b></td></tr>
</table>
</body></html>
""")
    p = mp("alternative", text(plain), html(h, cte="quoted-printable"))
    return message(A("Brightwater Spine & Rehab Billing", "billing@brightwaterspine.example.com"),
                   A("Lanternfly PIP Medical", "pipmedical@lanternflyauto.example.com"),
                   "PIP bill LF-PIP-26-20471 DOS 02/02-02/06", p, D("02-12 10:30"))


@M("phi", "appeal-denied-knee-mri",
   "A plan member's first-level appeal of a denied knee MRI, with her member ID, diagnosis and failed physical therapy.")
def _():
    body = T("""
Cobalt Ridge Health Plan
Appeals and Grievances Department

Re: First-level appeal
    Member: Lorraine Pickett
    Member ID: CRH209553318
    Denial reference: UM-26-0088174 (MRI right knee, CPT 73721)

To whom it may concern,

I am appealing the denial of the MRI of my right knee ordered by
Dr. Anton Kessler at Lakeshore Orthopedics. The denial letter says I
have not completed six weeks of conservative treatment. That is not
correct: I completed eight weeks of physical therapy at Rehab Partners
(16 visits, 01/05 to 02/27) and I have taken naproxen since December.
My knee still locks and gives way on stairs, and Dr. Kessler suspects a
torn medial meniscus.

My PT discharge summary and Dr. Kessler's letter of medical necessity
are attached to my portal submission. Please reconsider.

Lorraine Pickett
Phone 555-0112
""")
    return message(A("Lorraine Pickett", "lpickett@example.com"),
                   A("Cobalt Ridge Appeals", "appeals@cobaltridgehealth.example.com"),
                   "Appeal - UM-26-0088174", alt(body), D("03-18 20:12"))


@M("phi", "prior-auth-denial-adalimumab-b64",
   "Base64 prior-authorisation denial addressed to member Victor Lindgren about adalimumab for his psoriasis.")
def _():
    body = T("""
COBALT RIDGE HEALTH PLAN - NOTICE OF ADVERSE BENEFIT DETERMINATION

Member: Victor Lindgren
Member ID: CRH557120064
Prescriber: Dr. Helen Marsh, Brightwater Dermatology
Request: adalimumab 40 mg/0.4 mL pen, every other week
Diagnosis on request: plaque psoriasis, about 12% body surface area

Decision: DENIED

Reason: Our pharmacy policy requires a trial of at least 12 weeks of
phototherapy or methotrexate before a biologic is covered. The records
we received show 6 weeks of topical clobetasol only.

Your rights: you or your doctor may ask for an appeal within 180 days
of this notice. Your doctor may also ask for a peer-to-peer review by
calling 555-0185. If your health would be seriously harmed by waiting,
ask for an expedited appeal.

Cobalt Ridge Pharmacy Services
""")
    return message(A("Cobalt Ridge Pharmacy Services", "pharmacy-notices@cobaltridgehealth.example.com"),
                   A("Victor Lindgren", "victor.lindgren@example.net"),
                   "Important notice about your prescription request",
                   text(body, cte="base64"), D("05-21 17:45"))


@M("phi", "cobra-reinstated-surgery-claim-reprocess",
   "COBRA administrator tells qualified beneficiary Alan Pruitt that coverage is reinstated and his claim for his April knee arthroscopy will be reprocessed.")
def _():
    body = T("""
Dear Alan Pruitt,

We received your COBRA premium payment of $1,284.55 on 05/08/2026
within the grace period. Your medical coverage under the Halvorsen
Freight & Logistics health plan (Cobalt Ridge PPO) is reinstated
retroactive to 05/01/2026.

Claims that were pended during the grace period will be released to
the plan. This includes claim CR-26-4410982 from Lakeshore Surgery
Center for your right knee arthroscopy with partial meniscectomy on
04/29/2026 ($6,420.00 billed). You should receive an Explanation of
Benefits within 30 days.

Your participant ID: BB-77120-04
Next premium due: 06/01/2026

BenefitBridge COBRA Services | 555-0148
""")
    return message(A("BenefitBridge COBRA Services", "cobra@benefitbridge.example.com"),
                   A("Alan Pruitt", "alan.pruitt@example.com"),
                   "COBRA coverage reinstated", alt(body), D("05-11 09:20"))


@M("phi", "eob-text-attachment-radius-fracture",
   "An employee sends HR an EOB question; the attached EOB text names his son, the ER visit and forearm fracture treatment with plan payments.")
def _():
    body = T("""
Hi Janelle,

Attached is the EOB I mentioned - can you check why it says
out-of-network?

Thanks,
Dmitri
""")
    eob = T("""
COBALT RIDGE HEALTH PLAN - EXPLANATION OF BENEFITS
THIS IS NOT A BILL

Subscriber: Dmitri Volkov            Member ID: CRH380071245-01
Patient:    Nikolai Volkov (dependent, age 11)
Claim no.:  CR-26-3307719           Processed: 03/26/2026

Provider: Westbury General Hospital Emergency Department (out-of-network)
Date of service: 03/01/2026

Service                              Billed     Allowed    Plan paid   You owe
ED visit, level 4 (99284)            $1,480.00  $  612.00  $  489.60   $122.40
X-ray forearm, 2 views (73090)       $  310.00  $   88.00  $   70.40   $ 17.60
Closed treatment, radius/ulna
  shaft fracture (25560)             $1,150.00  $  540.00  $  432.00   $108.00
Splint application                   $  145.00  $   40.00  $   32.00   $  8.00

Total you owe: $256.00
Remark OON-2: emergency services are paid at the in-network level; you
may be billed the difference by the provider. Call 555-0185.
""")
    p = mp("mixed", text(body), text(eob, name="EOB_CR-26-3307719.txt"))
    return message(A("Dmitri Volkov", "dvolkov@halvorsenfreight.example.com"), HR_JO,
                   "EOB question", p, D("03-30 12:02"))


@M("phi", "display-name-only-lumbar-fusion",
   "borderline: the body is an address-change confirmation; the claimant's lumbar fusion appears only in the To display name from the adjuster's address book.")
def _():
    body = T("""
Mr. Salas,

We have updated your mailing address to 118 Birch Hollow Rd, Apt 2B.
All future correspondence will go to the new address.

Derrick Lomax
Keystone Casualty Mutual | 555-0191
""")
    return message(A("Derrick Lomax", "dlomax@keystonecasualty.example.com"),
                   A("Eduardo Salas (WC claimant - L4-5 fusion 6/2)", "esalas77@example.com"),
                   "Address change confirmed", text(body), D("06-15 10:44"))


@M("phi", "secure-tag-test-benefits-team",
   "borderline: a [secure]-tagged test message with no patient content; under marked-secure-test-no-content a message the sender marks is at least phi.")
def _():
    body = T("""
Testing the new [secure] tag from the benefits mailbox before open
enrollment. Please reply "received" if this arrived through the secure
portal and not as normal mail.

Thanks,
Benefits Team
""")
    return message(A("Halvorsen Benefits", "benefits@halvorsenfreight.example.com"),
                   HR_JO, "[secure] test - please confirm", text(body), D("10-05 08:30"),
                   extra=[("X-Sensitivity", "secure")])


@M("phi", "nurse-case-manager-update-rfc822",
   "The adjuster's note has no health content; the attached message/rfc822 from the nurse case manager reports claimant Walt Brennan's knee surgery and therapy progress.")
def _():
    inner_body = T("""
Derrick,

Case management update, claimant Walt Brennan, claim KC-26-01377
(R knee, DOI 11/03/2025).

- Seen by Dr. Kessler 06/24: 8 weeks post R knee ACL reconstruction
  with meniscal repair. Incision healed, ROM 0-115 degrees.
- PT at Rehab Partners 3x/week, 22 of 36 visits used. Request for 12
  more visits to follow.
- Work status: sedentary duty only until 08/05; no ladders or kneeling.
- Pain controlled with acetaminophen; off oxycodone since week 3.

Next MD visit 07/29. I'll attend.

Joan Pruitt, RN, CCM
""")
    inner = message(A("Joan Pruitt, RN", "jpruitt@keystonecasualty.example.com"),
                    A("Derrick Lomax", "dlomax@keystonecasualty.example.com"),
                    "Brennan KC-26-01377 - NCM update", text(inner_body), D("06-25 16:30"))
    outer = T("""
Tina,

Forwarding the nurse case manager's update for your file. Modified
duty offer is still open on our side.

Derrick
""")
    p = mp("mixed", text(outer), rfc822(inner, "NCM update.eml"))
    return message(A("Derrick Lomax", "dlomax@keystonecasualty.example.com"),
                   A("Tina Albrecht", "talbrecht@meridiantool.example.com"),
                   "FW: NCM update", p, D("06-26 08:02"))


@M("phi", "disability-portal-status-html",
   "HTML-only disability-claim status mail to claimant Patrick Doyle listing his treatment dates and the surgeon's restrictions after his heart bypass.")
def _():
    h = T("""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Claim status</title></head>
<body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#1f4e79;color:#fff;padding:10px">
<b>Fairhaven Life &amp; Disability</b></td></tr>
<tr><td style="padding:12px">
<p>Hello Patrick,</p>
<p>Here is the latest on your short-term disability claim <b>STD-4490-1177</b>.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Item</th><th align="left">Detail</th></tr>
<tr><td>Condition</td><td>Coronary artery disease &ndash; triple bypass (CABG) 08/11/2026</td></tr>
<tr><td>Hospital stay</td><td>St. Brendan's, 08/10 &ndash; 08/16</td></tr>
<tr><td>Cardiac rehab</td><td>3x/week starting 09/08</td></tr>
<tr><td>Restrictions</td><td>No lifting over 10 lb, no driving until 09/22 (Dr. Ames)</td></tr>
<tr><td>Benefits paid through</td><td>10/04/2026</td></tr>
</table>
<p>Questions? Call 555-0177.</p>
</td></tr></table>
</body></html>
""")
    return message(A("Fairhaven Life & Disability", "noreply@fairhavenlife.example.com"),
                   A("Patrick Doyle", "pdoyle@example.com"),
                   "Your claim status has been updated", html(h), D("09-10 07:00"))


@M("phi", "ilaj-tabiei-iesalat-hadith-sayyara",
   "Arabic (windows-1256 base64): an auto-accident claimant sends his insurer physiotherapy receipts and names his neck injury and sessions.",
   lang="ar")
def _():
    body = T("""
السلام عليكم،

أرسل إليكم إيصالات جلسات العلاج الطبيعي الخاصة بي بعد حادث السيارة
يوم 15 يناير. رقم المطالبة: LF-PIP-26-19874.

الطبيب في مستشفى سانت بريندان شخّص إصابتي بالتواء في فقرات الرقبة
وكدمات في الكتف الأيمن، وطلب عشر جلسات علاج طبيعي. حضرت حتى الآن ست
جلسات، وتكلفة كل جلسة 95 دولاراً.

أرجو تأكيد استلام الإيصالات وإبلاغي متى سيتم الدفع إلى العيادة.

مع الشكر،
حامد فاروق
هاتف: 555-0175
""")
    return message(A("حامد فاروق", "hamid.farouk@example.com", cs="windows-1256"),
                   A("Lanternfly PIP Medical", "pipmedical@lanternflyauto.example.com"),
                   "إيصالات العلاج الطبيعي - المطالبة LF-PIP-26-19874",
                   text(body, cs="windows-1256", cte="base64"), D("03-09 19:25"), hcs="windows-1256")


@M("phi", "gongshang-tangshang-rending-html",
   "Chinese (UTF-8 base64 HTML): a restaurant's HR tells cook Chen Jianguo about his work-injury claim for second-degree forearm burns and his burn clinic follow-up.",
   lang="zh")
def _():
    h = T("""
<html><head><meta charset="utf-8"></head><body>
<p>陈建国师傅：</p>
<p>您好！关于您 6 月 3 日在厨房被热油烫伤的事情，公司已经向 Keystone 保险公司报了工伤理赔，理赔号是 <b>KC-26-05022</b>。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>诊断</td><td>右前臂二度烫伤，面积约 4%</td></tr>
<tr><td>治疗医院</td><td>St. Brendan's 医院烧伤门诊</td></tr>
<tr><td>复诊时间</td><td>6 月 10 日上午 9:30（换药）</td></tr>
<tr><td>医生意见</td><td>两周内右手不能碰水和油，不能上灶台</td></tr>
</table>
<p>休息期间的工资按保险规定发放，医药费由保险公司直接付给医院，您不用自己垫钱。复诊请带好出院小结。</p>
<p>有问题随时打给我：555-0144。</p>
<p>人事部 李芳<br>Golden Lotus Restaurant Group</p>
</body></html>
""")
    return message(A("李芳 (HR)", "hr@goldenlotusgroup.example.com"),
                   A("陈建国", "chenjianguo@example.net"),
                   "您的工伤理赔 KC-26-05022", html(h, cte="base64"), D("06-05 15:10"))


@M("phi", "hsa-claim-physical-therapy-receipts",
   "Benefits administrator asks a named account holder for receipts for a health savings account reimbursement for physical therapy visits.")
def _():
    body = T("""
Hi Renata Okafor,

We received your HSA reimbursement request HSA-R-2026-08812 for
$420.00 for "physical therapy - shoulder, Rehab Partners, 6 visits
03/2026-04/2026".

To approve it we need an itemized receipt from the provider showing the
patient name, dates of service and the amount you paid. A credit card
statement alone is not enough. Upload it at
https://benefits.benefitbridge.example.com/claims within 30 days.

BenefitBridge Account Services | 555-0148
""")
    return message(A("BenefitBridge Account Services", "hsa@benefitbridge.example.com"),
                   A("Renata Okafor", "rokafor@example.net"),
                   "More information needed: HSA-R-2026-08812", alt(body), D("05-04 12:00"))


@M("phi", "paramedical-exam-calendar-request",
   "A text/calendar invitation to life-insurance applicant Priya Desai for a paramedical exam with a blood draw, urine sample and ECG at her home.")
def _():
    desc = ("Paramedical exam for Evergreen Mutual Life application EM-2026-341102 (applicant Priya Desai, DOB 02/14/1983). "
            "Examiner will measure height, weight and blood pressure, draw blood (fasting 8 hours), collect a urine "
            "sample and do a resting ECG. Have your medication list ready (levothyroxine, atorvastatin). "
            "Photo ID required.")
    cal = ics("REQUEST", "pm-341102@examone-field.example.net", "20260616T073000", "20260616T083000",
              "Paramedical exam - Evergreen Mutual Life", ("Field Scheduling", "schedule@examone-field.example.net"),
              attendees=[("Priya Desai", "priya.desai@example.com")], description=desc,
              location="Applicant's home, 77 Larch Street, Brightwater")
    plain = T("""
You have been invited to: Paramedical exam - Evergreen Mutual Life
When: Tue Jun 16, 2026 7:30am - 8:30am (Eastern)
Where: Applicant's home, 77 Larch Street, Brightwater

Please fast for 8 hours before the exam (water is fine).
""")
    p = mp("alternative", text(plain), text(cal, sub="calendar", params="; method=REQUEST"))
    return message(A("Field Scheduling", "schedule@examone-field.example.net"),
                   A("Priya Desai", "priya.desai@example.com"),
                   "Invitation: Paramedical exam @ Tue Jun 16, 2026 7:30am", p, D("06-09 10:15"))
# ------------------------------------------- restricted: mental health --
@M("restricted", "eap-intake-anxiety-sessions", cat="mental",
   reason="EAP tells HR that a referred employee attended intake, was assessed with generalised anxiety disorder and started counselling sessions.")
def _():
    body = T("""
Janelle,

Re: formal supervisory referral, case CP-26-01942
Employee: Marcus Oduya, Dispatch (signed release on file, limited to
attendance, assessment and recommendations)

- Intake completed 03/10/2026 with Dana Lyle, LPC.
- Assessment: generalized anxiety disorder with panic attacks; sleep
  about 4 hours a night since the January route change.
- Plan: 6 EAP counselling sessions (CBT), weekly; referral to his
  primary care doctor for a medication evaluation.
- Attended sessions 1 and 2 (03/17, 03/24). Engaged and compliant.

Recommendations for the workplace: schedule him on day shift for the
next 60 days if possible. We'll update you at session 6.

ClearPath EAP - Management Consultation | 555-0126
""")
    return message(A("ClearPath EAP Case Management", "cases@clearpath-eap.example.net"), HR_JO,
                   "Referral update CP-26-01942", text(body), D("03-25 15:40"))


@M("restricted", "fmla-cert-depression-psychiatrist-pdf", cat="mental",
   reason="The body is generic; the attached FMLA certification from a psychiatrist names employee Lydia Carver's major depressive disorder and partial hospitalisation.")
def _():
    body = T("""
Attached please find the completed certification for your employee.

Harborview Behavioral Health - Forms Office
""")
    doc = pdf([
        "# Certification of Health Care Provider for Employee's Serious Health",
        "# Condition (Family and Medical Leave Act)",
        "",
        "Employer: Halvorsen Freight & Logistics",
        "Employee: Lydia Carver        Job title: Billing Specialist",
        "",
        "Provider: Samuel Oduro, MD, Psychiatry, Harborview Behavioral Health",
        "Phone: 555-0138",
        "",
        "PART A - MEDICAL FACTS",
        "Condition: major depressive disorder, recurrent, severe, without",
        "psychotic features (F33.2).",
        "Treatment: partial hospitalization program 5 days/week from",
        "04/13/2026 for about 3 weeks, then weekly psychotherapy and",
        "psychiatric medication management (sertraline, bupropion).",
        "",
        "PART B - AMOUNT OF LEAVE",
        "Continuous: 04/13/2026 - 05/08/2026",
        "Intermittent after return: 1 appointment per week, 2 hours each,",
        "through 10/31/2026.",
        "",
        "Signature: /s/ Samuel Oduro, MD          Date: 04/10/2026",
    ], title="FMLA Certification")
    p = mp("mixed", text(body), att(doc, "application/pdf", "WH-380-E_signed.pdf"))
    return message(A("Harborview BH Forms", "forms@harborviewbh.example.org"), HR_LEAVE,
                   "Completed certification", p, D("04-10 16:20"))


@M("restricted", "ada-request-ptsd-service-dog", cat="mental",
   reason="Quoted-printable ADA request from a veteran employee naming his PTSD, trauma therapy and a psychiatric service dog.")
def _():
    body = T("""
To: Human Resources, Brightwater County Public Works

I am requesting a reasonable accommodation under the ADA.

I am a combat veteran and I have been treated for post-traumatic
stress disorder at the VA clinic since 2021. I see a therapist weekly
for prolonged exposure therapy (Wednesdays 4:00 - 5:00 pm) and a
psychiatrist every two months for medication (prazosin and sertraline).

I am asking for:
1. Permission to bring my psychiatric service dog, Ranger, to work.
   He is trained to interrupt panic episodes and flashbacks and to
   create space behind me in crowds.
2. A work station facing the door, away from the generator bay.
3. Leaving at 3:30 pm on Wednesdays, making up the time on Friday.

My therapist, Dr. Whitlock, can complete your medical inquiry form.

Respectfully,
Caleb Brandt
Equipment Operator II
""")
    return message(A("Caleb Brandt", "cbrandt@brightwatercounty.example.org"),
                   A("County HR - ADA Coordinator", "ada@brightwatercounty.example.org"),
                   "Reasonable accommodation request", text(body, cte="quoted-printable"), D("01-20 07:44"))


@M("restricted", "counseling-center-psychiatry-referral", cat="mental",
   reason="University counselling centre writes to a student about their next therapy session and a psychiatry referral for depression medication.")
def _():
    body = T("""
Hi Alex,

Thank you for meeting with me today. As we discussed, I'm referring you
to Dr. Priya Nair, the Counseling Center's consulting psychiatrist, for
an evaluation for antidepressant medication. Her first available is
Tuesday 10/27 at 1:00 pm in Room 214 of Whitman Hall - I've held that
slot for you.

Our next therapy session is Monday 10/26 at 3:00 pm. Between now and
then, please keep using the safety plan we wrote together. If things
get worse, call the 24/7 line at 555-0140 or call or text 988.

Take care,
Jordan Ellis, LCSW
Castellan State University Counseling & Psychological Services
""")
    return message(A("Jordan Ellis, LCSW", "jellis@castellanstate.example.org"),
                   A("Alex Moreau", "amoreau@students.castellanstate.example.org"),
                   "Follow-up from today", alt(body), D("10-21 16:55"))


@M("restricted", "competency-evaluation-schizophrenia", cat="mental",
   reason="The cover mail names a competency evaluation; the attached forensic report finds defendant Terrell Hughes incompetent because of schizophrenia and recommends inpatient restoration.")
def _():
    body = T("""
Counsel,

Attached is the court-ordered competency evaluation in State v. Hughes,
CR-2026-00731. It was filed under seal this morning. Hearing remains
set for 04/09 at 9:00 am in Courtroom 2C.

Clerk, Criminal Division
Brightwater County Superior Court
""")
    rpt = T("""
FORENSIC EVALUATION - COMPETENCY TO STAND TRIAL
State v. Terrell Hughes, CR-2026-00731
Evaluator: Miriam Castell, MD, forensic psychiatrist
Dates of evaluation: 03/12/2026 and 03/19/2026 (county jail)

Relevant history: first psychiatric hospitalization at age 19;
diagnosed with schizophrenia; stopped paliperidone injections about
6 months before arrest.

Mental status: disorganized speech, persecutory delusions about his
public defender, auditory hallucinations.

Diagnosis: schizophrenia, multiple episodes, currently in acute episode.

Opinion: Mr. Hughes does not have a rational understanding of the
proceedings and cannot assist counsel. He is NOT competent to proceed.
With antipsychotic treatment he is likely to be restored within 90
days. Recommend commitment to the state hospital restoration program.
""")
    p = mp("mixed", text(body), text(rpt, name="CR-2026-00731_competency_eval_SEALED.txt"))
    return message(A("Superior Court Criminal Clerk", "criminalclerk@courts.brightwatercounty.example.org"),
                   [A("Office of the Public Defender", "pd-intake@brightwatercounty.example.org"),
                    A("District Attorney Felony Unit", "felony@da.brightwatercounty.example.org")],
                   "CR-2026-00731 - evaluation filed under seal", p, D("03-26 10:03"))


@M("restricted", "custody-reply-quoting-bipolar-lithium", cat="mental",
   reason="The lawyer's reply is procedural; the quoted client message names the mother's bipolar disorder, psychiatric hospitalisation and lithium.")
def _():
    body = T("""
Megan,

Understood. Let's not put any of this in writing to opposing counsel
yet - I'll call you tomorrow at 10 to talk about whether to ask for a
custody evaluation. Please gather any paperwork you have.

Robert Finch
Delacroix & Finch LLP

> On Jul 13, 2026, at 9:48 PM, Megan Sorensen <megan.sorensen@example.net> wrote:
>
> Rob - I found out today that Tara was admitted to the psych unit at
> Harborview for 9 days in June, for a manic episode. She has bipolar 1
> and she stopped her lithium in the spring. The kids were with her
> mother that whole time and nobody told me. She's out now and says
> she's back on lithium and seeing Dr. Oduro every week. I want to know
> if this changes the parenting plan.
>
> Megan
""")
    return message(A("Robert Finch", "rfinch@" + DF), A("Megan Sorensen", "megan.sorensen@example.net"),
                   "Re: Tara / June", text(body), D("07-14 08:12"), irt="<8e1f2d@example.net>")


@M("restricted", "tdah-psiquiatria-infantil-escuela", cat="mental", lang="es",
   reason="Spanish (UTF-8 QP): a mother tells the school counsellor her son Santiago is being treated for ADHD by the child psychiatry service, with medication and therapy.")
def _():
    body = T("""
Buenas tardes, Sra. Kwon:

Quería contarle que Santiago empezó tratamiento en el servicio de
Psiquiatría Infantil y Adolescente de Harborview. La Dra. Luna le
diagnosticó TDAH de tipo combinado y también ansiedad. Desde el lunes
toma lisdexanfetamina 20 mg por la mañana y tiene terapia cada dos
semanas con la psicóloga.

La doctora nos pidió que la escuela llene el cuestionario de Vanderbilt
para los maestros (se lo mando en papel). Puede ser que al principio
tenga menos apetito a la hora del almuerzo.

Por favor, que esto quede entre usted y sus maestros.

Muchas gracias,
Verónica Ruiz (mamá de Santiago Ruiz, 6.º grado)
""")
    return message(A("Verónica Ruiz", "veronica.ruiz@example.com"),
                   A("Hannah Kwon", "hkwon@oakhollowusd.example.org"),
                   "Santiago - tratamiento", text(body, cte="quoted-printable"), D("09-16 15:30"))


@M("restricted", "ujeungjeung-jeongsingeongang-damim", cat="mental", lang="ko",
   reason="Korean (UTF-8 base64): a mother tells her daughter's homeroom teacher the girl is being treated for depression at a psychiatry clinic, with medication and counselling.")
def _():
    body = T("""
김하은 학생 담임 선생님께,

안녕하세요. 하은이 엄마입니다. 조심스럽게 말씀드릴 것이 있어 메일을
드립니다.

하은이가 지난달부터 정신건강의학과에서 우울증 진단을 받고 치료를 받고
있습니다. 지금은 에스시탈로프람이라는 약을 매일 아침 먹고 있고,
일주일에 한 번 목요일 오후에 상담 치료를 받습니다. 그래서 목요일
7교시는 조퇴를 해야 할 것 같습니다.

약 때문에 오전에 조금 졸려 할 수 있습니다. 혹시 학교에서 평소와 다른
모습이 보이면 바로 연락 주세요. 그리고 이 내용은 선생님만 알고 계셨으면
좋겠습니다.

감사합니다.
하은 엄마 이지현 드림 (555-0189)
""")
    return message(A("이지현", "jihyun.lee@example.net"),
                   A("Mr. Daniel Cho", "dcho@oakhollowusd.example.org"),
                   "하은이 관련 상담 요청", text(body, cte="base64"), D("04-07 21:40"))


# ------------------------------------ restricted: substance-use treatment --
@M("restricted", "sap-evaluation-iop-return-to-duty", cat="sud",
   reason="A DOT substance abuse professional tells the employer that driver Wade Kellerman must complete an intensive outpatient programme before return-to-duty testing.")
def _():
    body = T("""
CONFIDENTIAL - Designated Employer Representative

Employee: Wade Kellerman, CDL driver, Halvorsen Freight & Logistics,
ID H-22104
SAP initial evaluation: 08/03/2026

Following the verified positive DOT test, I completed the initial
substance abuse professional evaluation. Diagnosis: cannabis use
disorder, moderate, and alcohol use disorder, mild.

Recommendation: intensive outpatient program (IOP) at Northgate
Recovery Services, 3 evenings per week for 8 weeks, followed by weekly
aftercare group for 3 months. He enrolled and starts 08/10/2026.

After I confirm successful completion at the follow-up evaluation, he
may take a directly observed return-to-duty test. I will then send a
follow-up testing plan (at least 6 unannounced tests in the first 12
months).

Gwen Halloway, LCADC, SAP | 555-0128
""")
    return message(A("Gwen Halloway, SAP", "ghalloway@halloway-sap.example.com"),
                   A("Halvorsen DER", "der@halvorsenfreight.example.com"),
                   "SAP initial evaluation - Kellerman", alt(body), D("08-04 12:30"))


@M("restricted", "drug-court-compliance-report-html", cat="sud",
   reason="HTML table for the drug treatment court team listing named participants with methadone or buprenorphine doses, urine results and counselling attendance.")
def _():
    plain = T("""
Adult Drug Treatment Court - weekly compliance report (staffing 05/19).
Table in the HTML version. Do not forward outside the court team.
""")
    h = T("""
<html><body>
<p><b>Adult Drug Treatment Court &ndash; weekly compliance report</b><br>Staffing Tuesday 05/19/2026, 8:30 am, Courtroom 4B</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Participant</th><th>Case</th><th>Phase</th><th>MOUD</th><th>UA results (week)</th><th>Groups / counseling</th><th>Recommendation</th></tr>
<tr><td>Kyle Danvers</td><td>DC-25-0144</td><td>2</td><td>methadone 90 mg, Northgate OTP</td><td>2/2 negative (except methadone)</td><td>IOP 3/3, individual 1/1</td><td>incentive</td></tr>
<tr><td>Shauna Billings</td><td>DC-25-0171</td><td>1</td><td>buprenorphine/naloxone 16/4 mg</td><td>1 positive fentanyl (5/14), 1 negative</td><td>IOP 2/3</td><td>increase to IOP 4x, no sanction</td></tr>
<tr><td>Luis Arroyo</td><td>DC-26-0009</td><td>1</td><td>none (alcohol) &ndash; naltrexone 50 mg</td><td>EtG negative x2</td><td>IOP 3/3</td><td>continue</td></tr>
<tr><td>Darnell Pryor</td><td>DC-24-0388</td><td>3</td><td>extended-release buprenorphine monthly</td><td>missed test 5/15</td><td>aftercare 1/1</td><td>treat missed test as positive per contract</td></tr>
</table>
<p>Submitted by Northgate Recovery Services court liaison, 555-0123</p>
</body></html>
""")
    p = mp("alternative", text(plain), html(h))
    return message(A("Northgate Court Liaison", "courtliaison@northgaterecovery.example.org"),
                   A("Drug Court Team", "drugcourt-team@courts.brightwatercounty.example.org"),
                   "Compliance report for 5/19 staffing", p, D("05-18 16:45"))


@M("restricted", "probation-verification-iop-attendance", cat="sud",
   reason="A probation officer asks a treatment programme to verify a named probationer's IOP attendance and toxicology results under his consent.")
def _():
    body = T("""
Good afternoon,

I supervise Andre Lewis (DOB 10/03/1994, probation case P-26-2217).
A condition of his probation is completion of substance use treatment.
He signed a 42 CFR Part 2 consent naming this office on 02/09/2026
(copy on file with your records department).

Please send, by 03/06:
  - his IOP attendance since intake on 02/09
  - current treatment phase and expected completion date
  - any positive toxicology results
  - whether he remains on buprenorphine maintenance

Thank you,
Officer Dana Whitfield
Brightwater County Adult Probation | 555-0133
""")
    return message(A("Officer Dana Whitfield", "dwhitfield@probation.brightwatercounty.example.org"),
                   A("Northgate Records", "records@northgaterecovery.example.org"),
                   "Treatment verification - Andre Lewis P-26-2217", text(body), D("02-27 13:20"))


@M("restricted", "subject-only-residential-alcohol-leave", cat="sud",
   reason="borderline: the body says only 'details as discussed'; the employee's 28-day residential alcohol treatment is only in the Subject.")
def _():
    body = T("""
Janelle - details as discussed on the phone this morning. I'll send the
admission letter when I have it.

Thank you for being so kind about this.
Paul
""")
    return message(A("Paul Lindqvist", "plindqvist@halvorsenfreight.example.com"), HR_JO,
                   "Leave request 6/1-6/28 - 28-day residential alcohol treatment at Northgate",
                   text(body), D("05-22 11:15"))


@M("restricted", "gal-report-methadone-take-homes", cat="sud",
   reason="The cover mail is neutral; the attached guardian ad litem report describes the father's methadone treatment, take-home doses and counselling.")
def _():
    body = T("""
Counsel,

My report for the 10/06 hearing in Sorensen v. Hale (FL-2026-00418) is
attached. It will be filed Monday.

Patricia Moon, Guardian ad Litem
""")
    rpt = T("""
GUARDIAN AD LITEM REPORT - Sorensen v. Hale, FL-2026-00418
Prepared by Patricia Moon, GAL, 09/25/2026

Father: Brian Hale
Mr. Hale has been enrolled in the opioid treatment program at
Northgate Recovery Services since 11/2024 for opioid use disorder.
With his written consent, his counsellor confirmed:
  - methadone 80 mg daily; he has earned 6 take-home doses per week
  - 22 consecutive months of negative toxicology except methadone
  - weekly individual counselling, monthly group
  - take-home doses are kept in a locked box

Recommendation: Mr. Hale's treatment does not by itself put the
children at risk. Overnight parenting time may resume on alternating
weekends, with the lock box checked at the home visit.
""")
    p = mp("mixed", text(body), text(rpt, name="GAL_report_FL-2026-00418.txt", cte="quoted-printable"))
    return message(A("Patricia Moon, GAL", "pmoon@galprogram.example.org"),
                   [A("Robert Finch", "rfinch@" + DF), A("Ines Marchetti", "imarchetti@marchettifamilylaw.example.com")],
                   "GAL report - FL-2026-00418", p, D("09-25 17:05"))


@M("restricted", "wc-claimant-opioid-use-disorder", cat="sud",
   reason="Workers' comp adjuster mail saying claimant Walt Brennan developed opioid use disorder after post-surgical opioids and is now on extended-release buprenorphine.")
def _():
    body = T("""
Joan,

Quick summary for the reserve review on Brennan, KC-26-01377.

His treating doctor at Brightwater Pain & Spine diagnosed opioid use
disorder in September after he kept asking for early oxycodone refills
following the knee surgery. He was referred to the addiction medicine
clinic at St. Brendan's and started buprenorphine, and last week he got
his first Sublocade (extended-release buprenorphine) injection. He is
also in weekly counselling there.

Our state's treatment guidelines let us cover OUD treatment that
results from opioids prescribed for the compensable injury, so I'm
recommending we accept it. Please add 12 months of Sublocade and
counselling to the medical reserve.

Derrick
""")
    return message(A("Derrick Lomax", "dlomax@keystonecasualty.example.com"),
                   A("Joan Pruitt, RN", "jpruitt@keystonecasualty.example.com"),
                   "Brennan reserve review", alt(body), D("10-14 09:50"))


@M("restricted", "display-name-methadone-front-desk-hours", cat="sud",
   reason="borderline: the body asks an employer to let a named employee start at 8 am; the methadone clinic appears only in the sender's display name.")
def _():
    body = T("""
Good morning,

With Ms. Rhonda Mills's signed consent, we confirm that her standing
appointment with us is Monday through Friday at 6:30 am and usually
takes about 45 minutes. She has asked us to let you know so her shift
can start at 8:00 am instead of 7:00 am.

Please call us at 555-0123 with any questions.

Front Desk
""")
    return message(A("Northgate Methadone Clinic Front Desk", "frontdesk@northgaterecovery.example.org"),
                   A("Corriveau Hotels HR", "hr@corriveauhotels.example.com"),
                   "Ms. Mills - appointment times", text(body), D("01-14 07:05"))


@M("restricted", "caps-ad-tratamento-alcool-empresa", cat="sud", lang="pt",
   reason="Portuguese (ISO-8859-1 QP): a drug-and-alcohol treatment centre (CAPS AD) tells an employer that a named worker is in alcohol dependence treatment with naltrexone.")
def _():
    body = T("""
Prezada Sra. Fernanda Lacerda,

Com autorização por escrito do paciente, informamos que o Sr. Márcio
Albuquerque está em acompanhamento neste CAPS AD (Centro de Atenção
Psicossocial Álcool e Drogas) desde 02/03/2026, em tratamento para
dependência de álcool.

O plano terapêutico inclui:
- grupo terapêutico às terças e quintas, das 14h às 16h;
- consulta médica quinzenal, com uso de naltrexona 50 mg ao dia;
- desintoxicação ambulatorial já concluída.

Solicitamos que a empresa libere o trabalhador nos horários dos grupos
por 90 dias. Ficamos à disposição pelo telefone 555-0137.

Atenciosamente,
Dra. Carolina Menezes
CAPS AD Campinas Norte
""")
    return message(A("CAPS AD Campinas Norte", "capsad.norte@saude.example.org"),
                   A("Fernanda Lacerda - RH", "rh@br.halvorsenfreight.example.com", cs="iso-8859-1"),
                   "Declaração de acompanhamento - Márcio Albuquerque",
                   text(body, cs="iso-8859-1", cte="quoted-printable"), D("03-19 10:30", tz="-0300"), hcs="iso-8859-1", hmode="Q")
# ------------------------------------------------------ restricted: HIV --
@M("restricted", "needlestick-pep-started", cat="hiv",
   reason="Occupational-health note that nurse Alicia Moreno started HIV post-exposure prophylaxis after a needlestick, with her baseline HIV test.")
def _():
    body = T("""
Employee Health - confidential

Employee: Alicia Moreno, RN, Brightwater County Jail medical unit
Incident: 08/21/2026 22:40, hollow-bore needlestick, left index finger,
after drawing blood from an inmate whose HIV status is positive (viral
load not known).

Actions:
- Wound washed; seen in St. Brendan's ED at 23:55.
- Baseline tests: HIV-1/2 Ag/Ab non-reactive; hepatitis B immune
  (anti-HBs 112); hepatitis C antibody non-reactive; pregnancy negative.
- HIV post-exposure prophylaxis started 08/22 00:30: bictegravir/
  emtricitabine/tenofovir alafenamide once daily x 28 days.
- Follow-up HIV testing at 6 weeks and 3 months; next visit 08/25.

She may continue working. Please code as work related (WC claim to be
opened).

Kathleen Dwyer, RN, COHN - WorkWell Occupational Health
""")
    return message(A("Kathleen Dwyer", "kdwyer@workwell-occhealth.example.net"),
                   A("County Risk Management", "risk@brightwatercounty.example.org"),
                   "Exposure 08/21 - Moreno - PEP started", text(body), D("08-22 08:10"))


@M("restricted", "life-underwriting-hiv-undetectable", cat="hiv",
   reason="A life underwriter tells the agent that applicant Nathaniel Price is HIV positive with an undetectable viral load on antiretroviral therapy.")
def _():
    body = T("""
Ruth,

Update on Nathaniel Price (EM-2026-338847, $500,000 term 20):

The APS from Pinecrest Infectious Disease Associates arrived. He was
diagnosed with HIV in 2017 and has been on bictegravir/emtricitabine/
tenofovir since 2018. Viral load undetectable (<20 copies/mL) on every
test for the last 4 years; CD4 710 in March. No AIDS-defining illness.

Under our current HIV guidelines I can offer Standard Table 4 now, or
Table 2 if he gives us a fifth year of undetectable results in 2027.
Please discuss with him; the offer is good for 60 days.

Mark Ellison, Chief Underwriter
Evergreen Mutual Life | 555-0169
""")
    return message(A("Mark Ellison", "mellison@evergreenmutual.example.com"),
                   A("Ruth Kaplan", "rkaplan@kaplaninsurance.example.com"),
                   "EM-2026-338847 Price - offer", alt(body), D("04-16 15:25"))


@M("restricted", "ada-hiv-clinic-visits-attachment", cat="hiv",
   reason="The employee's cover note says only 'letter attached'; the attached text letter from her clinic names her HIV and antiretroviral treatment and asks for time off for visits.")
def _():
    body = T("""
Hi,

Attached is the letter from my doctor for the accommodation request we
talked about. Please keep it confidential.

Yolanda
""")
    letter = T("""
Pinecrest Infectious Disease Associates
120 Hollis Avenue, Brightwater | 555-0164

March 2, 2026

To: Corriveau Hotel Group, Human Resources

Re: Yolanda Freeman, DOB 06/19/1987

Ms. Freeman is my patient and is being treated for HIV infection. She
takes daily antiretroviral therapy (dolutegravir and lamivudine) and
is doing well. She needs to attend our clinic every 3 months for lab
monitoring (viral load, CD4 and kidney function), usually on a weekday
morning, for about 3 hours including travel.

Please allow her to schedule these visits without using unpaid time
and to keep her medication at work. She has no restrictions on her
duties as a front-desk supervisor.

Sincerely,
Omar Siddiqui, MD
""")
    p = mp("mixed", text(body), text(letter, name="letter_from_Dr_Siddiqui.txt"))
    return message(A("Yolanda Freeman", "yfreeman@corriveauhotels.example.com"),
                   A("Corriveau Hotels HR", "hr@corriveauhotels.example.com"),
                   "letter for accommodation", p, D("03-03 12:51"))


@M("restricted", "prep-prior-auth-approved-b64", cat="hiv",
   reason="Base64 prior-authorisation approval addressed to member Tyler Beaumont for HIV pre-exposure prophylaxis.")
def _():
    body = T("""
COBALT RIDGE HEALTH PLAN
Prior Authorization Approval

Member: Tyler Beaumont
Member ID: CRH661093027
Medication: emtricitabine/tenofovir alafenamide 200/25 mg, one tablet
daily, for HIV pre-exposure prophylaxis (PrEP)
Prescriber: Dr. Omar Siddiqui, Pinecrest Infectious Disease Associates
Approved: 06/01/2026 - 05/31/2027
Cost share: $0 (preventive service)

Keep up with your HIV and kidney tests every 3 months as your doctor
recommends. Your pharmacy can fill 90 days at a time.

Questions: 555-0185
""")
    return message(A("Cobalt Ridge Pharmacy Services", "pharmacy-notices@cobaltridgehealth.example.com"),
                   A("Tyler Beaumont", "tbeaumont@example.com"),
                   "Your prior authorization was approved", text(body, cte="base64"), D("06-01 08:00"))


@M("restricted", "prep-renouvellement-etudiant", cat="hiv", lang="fr",
   reason="French (ISO-8859-1 QP): student health tells an exchange student his HIV test is negative and his PrEP prescription is renewed.")
def _():
    body = T("""
Bonjour Julien,

Les résultats de votre bilan de suivi PrEP du 3 novembre sont
disponibles :

  - Dépistage VIH (test de 4e génération) : négatif
  - Créatinine : 88 µmol/L, fonction rénale normale
  - Syphilis, gonocoque, chlamydia : négatifs

Votre ordonnance de PrEP (emtricitabine/ténofovir disoproxil, un
comprimé par jour) est renouvelée pour 3 mois et a été envoyée à la
pharmacie du campus. Le prochain bilan est à prévoir début février.

Bonne continuation,
Dr Claire Fontaine
Service de santé étudiante, Castellan State University
555-0146
""")
    return message(A("Dr Claire Fontaine", "cfontaine@castellanstate.example.org"),
                   A("Julien Mercier", "jmercier@students.castellanstate.example.org"),
                   "Résultats et renouvellement de votre PrEP",
                   text(body, cs="iso-8859-1", cte="quoted-printable"), D("11-06 10:20"), hcs="iso-8859-1", hmode="Q")


@M("restricted", "ofw-medical-hiv-reactive-confirmatory", cat="hiv", lang="tl",
   reason="Tagalog-English: a recruitment agency's clinic tells applicant Jomar Dizon his HIV screening is reactive and refers him for confirmatory testing and treatment.")
def _():
    body = T("""
Hi Jomar,

Confidential ito, ikaw lang ang pinadalhan namin.

Sa pre-employment medical exam mo noong June 2, REACTIVE ang HIV
screening test mo. Hindi pa ito final na diagnosis - kailangan mo ng
confirmatory test. Ni-refer ka namin sa Bahay Kalinga Treatment Hub;
libre ang confirmatory test at ang ARV (antiretroviral) treatment kung
positive.

Hindi namin ito sasabihin sa employer mo. Ang ilalagay lang namin sa
status mo ay "pending medical clearance" habang naghihintay ng resulta.

Kung gusto mong may makausap, tawagan mo si Nurse Grace sa 555-0135.

Dr. Allan Ramos
Medical Director, Pacific Crest Manpower Services
""")
    return message(A("Pacific Crest Manpower - Medical", "medical@pacificcrest-manpower.example.com"),
                   A("Jomar Dizon", "jomar.dizon@example.com"),
                   "Confidential: resulta ng medical exam mo",
                   text(body), D("06-05 16:40", tz="+0800"))


# -------------------------------------------------- restricted: genetic --
@M("restricted", "life-aps-brca1-prophylactic-mastectomy", cat="genetic",
   reason="A life underwriter's APS summary names applicant Elaine Whitford's BRCA1 pathogenic variant, genetic counselling and risk-reducing surgery.")
def _():
    body = T("""
Case EM-2026-340215 - Elaine Whitford, DOB 09/23/1980
APS summary (Calloway Women's Health and St. Brendan's Cancer Genetics)

- Genetic counselling 2023 after her sister's ovarian cancer diagnosis.
- Germline panel (2023): BRCA1 pathogenic variant, c.68_69delAG.
- Risk-reducing bilateral mastectomy 04/2024 with reconstruction;
  pathology benign.
- Risk-reducing salpingo-oophorectomy planned for 2026; currently
  screened with CA-125 and pelvic ultrasound every 6 months.
- No personal history of cancer.

Underwriting note: per guideline GEN-4, offer Standard after RRSO;
until then Table 2. Agent to be told "based on medical history"; do not
quote the genetic result in the offer letter.

T. Reed
""")
    return message(A("Tamsin Reed", "treed@evergreenmutual.example.com"),
                   A("Evergreen Underwriting Team", "uw-team@evergreenmutual.example.com"),
                   "APS summary EM-2026-340215", text(body), D("05-07 14:12"))


@M("restricted", "genetic-counselling-lynch-ics-forward", cat="genetic",
   reason="The note to the manager says only that she will be out; the attached calendar item is a genetic counselling visit to review her Lynch syndrome panel result.")
def _():
    body = T("""
Hi Rob, I'll be out Thursday afternoon for an appointment - calendar
item attached so you have the time. I'll make up the hours Friday.

Keisha
""")
    cal = ics("PUBLISH", "gc-20260723-klamb@stbrendans.example.org", "20260723T133000", "20260723T143000",
              "Genetic counseling - results visit", ("St. Brendan's Cancer Genetics", "genetics@stbrendans.example.org"),
              description="Keisha Lamb, MRN 40118273: review of hereditary cancer panel result (MLH1 pathogenic variant, "
                          "Lynch syndrome) with genetic counselor Anne Whitcombe, MS, CGC. Discuss colonoscopy every "
                          "1-2 years and cascade testing for siblings. Bring family history form.",
              location="St. Brendan's Cancer Center, 3rd floor, Genetics")
    p = mp("mixed", text(body, flowed=True), att(cal, 'text/calendar; charset="UTF-8"; method=PUBLISH', "appointment.ics", cte="7bit"))
    return message(A("Keisha Lamb", "keisha.lamb@example.com"),
                   A("Rob Decker", "rdecker@halvorsenfreight.example.com"),
                   "out Thurs pm", p, D("07-20 07:58"))


@M("restricted", "hereditary-panel-denial-html", cat="genetic",
   reason="HTML prior-authorisation denial to member Gwen Albright for a hereditary cancer gene panel, naming her family history and genetic counselling.")
def _():
    h = T("""
<html><body style="font-family:Arial">
<h3>Cobalt Ridge Health Plan &mdash; Coverage Decision</h3>
<p>Dear Gwen Albright,</p>
<p>We reviewed the request from Dr. Nadia Fontaine for genetic testing. Here is our decision.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Member ID</b></td><td>CRH718820455</td></tr>
<tr><td><b>Service</b></td><td>Hereditary cancer multigene panel (BRCA1, BRCA2, PALB2, CHEK2, ATM and 25 others), CPT 81162 + 81479</td></tr>
<tr><td><b>Reason given</b></td><td>Mother with breast cancer at 44; maternal aunt with ovarian cancer</td></tr>
<tr><td><b>Decision</b></td><td><b>Not approved</b></td></tr>
<tr><td><b>Why</b></td><td>Our policy requires a pre-test visit with a certified genetic counselor. No counseling note was received.</td></tr>
</table>
<p>You can see a genetic counselor in our network (St. Brendan's Cancer Genetics, 555-0172) and your doctor can resubmit. You also have the right to appeal within 180 days.</p>
</body></html>
""")
    return message(A("Cobalt Ridge Utilization Management", "um-notices@cobaltridgehealth.example.com"),
                   A("Gwen Albright", "gwen.albright@example.com"),
                   "Coverage decision for your recent request", html(h, cte="quoted-printable"), D("07-02 11:30"))


@M("restricted", "sickle-cell-trait-athlete-screen", cat="genetic",
   reason="borderline: an athletics compliance mail gives a named student-athlete's positive sickle cell trait screen; a carrier result counts as genetic (carrier screening).")
def _():
    body = T("""
Coach Harmon,

Pre-participation screening results are back for the incoming class.
One athlete needs special precautions:

  Deshawn Miller (DOB 01/28/2008), sprinter
  Hemoglobin solubility screen: POSITIVE; electrophoresis confirms
  sickle cell trait (HbAS), carrier, not sickle cell disease.

Precautions (per our sickle cell trait protocol): gradual conditioning,
no timed mile or "gassers" in the first two weeks, water at all times,
stop at the first sign of cramping or shortness of breath. He has been
offered a referral to genetic counselling at St. Brendan's to discuss
what the trait means for him and his family.

Lena Castillo, MS, ATC
Head Athletic Trainer, Castellan State University
""")
    return message(A("Lena Castillo, ATC", "lcastillo@castellanstate.example.org"),
                   A("Coach Bryce Harmon", "bharmon@castellanstate.example.org"),
                   "Screening results - track & field", text(body), D("08-12 13:36"))


@M("restricted", "brca2-yufangxing-shoushu-qingjia", cat="genetic", lang="zh",
   reason="Chinese (GB2312 base64): an employee tells HR she carries a BRCA2 pathogenic variant found by genetic testing and will take leave for preventive surgery.")
def _():
    body = T("""
李经理您好：

我想跟您说一下我下个月请假的原因，请您帮我保密。

我妈妈和姐姐都得过乳腺癌，所以今年初我去做了遗传咨询和基因检测。
结果显示我携带 BRCA2 致病突变，得乳腺癌和卵巢癌的风险比一般人高很多。
医生建议我做预防性的双侧乳房切除手术，已经定在 9 月 14 号。

手术后大概需要休息六周，诊断证明书我会交给人事部。请问这种情况可以
申请带薪病假吗？

谢谢！
张敏
""")
    return message(A("张敏", "zhangmin@goldenlotusgroup.example.com", cs="gb2312"),
                   A("李芳 (HR)", "hr@goldenlotusgroup.example.com", cs="gb2312"),
                   "请假申请（九月）", text(body, cs="gb2312", cte="base64"), D("08-10 09:12"), hcs="gb2312")


@M("restricted", "fmla-cert-mybpc3-variant-pdf", cat="genetic",
   reason="The cover mail is generic; the attached FMLA certification names employee Grant Hollis's hypertrophic cardiomyopathy and his MYBPC3 genetic test result.")
def _():
    body = T("""
Hello,

Please find the completed FMLA certification for Grant Hollis attached.
We are not sending the full genetics report; the certification has what
you need.

Cardiology Forms, St. Brendan's Heart Institute
""")
    doc = pdf([
        "# Certification of Health Care Provider - Employee's Serious Health Condition",
        "",
        "Employee: Grant Hollis        Employer: Meridian Tool & Die",
        "Provider: Evelyn Ames, MD, Cardiology, St. Brendan's Heart Institute",
        "",
        "Condition: hypertrophic cardiomyopathy (septal thickness 21 mm),",
        "confirmed by genetic testing: pathogenic MYBPC3 variant",
        "(c.1504C>T). Family cascade testing recommended.",
        "",
        "Treatment: implantable cardioverter-defibrillator placement",
        "06/02/2026; metoprolol. Device checks every 3 months.",
        "",
        "Continuous leave: 06/02/2026 - 06/30/2026",
        "Restrictions after return: no lifting over 25 lb with the left arm",
        "for 6 weeks; avoid strong magnetic fields near the press welders.",
        "",
        "/s/ Evelyn Ames, MD        05/27/2026",
    ], title="FMLA certification - G. Hollis")
    p = mp("mixed", text(body), att(doc, "application/pdf", "Hollis_FMLA_cert.pdf"))
    return message(A("SBHI Cardiology Forms", "cardiologyforms@stbrendans.example.org"),
                   A("Tina Albrecht", "talbrecht@meridiantool.example.com"),
                   "FMLA certification", p, D("05-27 15:47"))


# --------------------------------------------- restricted: reproductive --
@M("restricted", "ivf-egg-retrieval-days-off", cat="repro",
   reason="An employee tells her manager she needs days off for the egg retrieval and embryo transfer in her IVF cycle.")
def _():
    body = T("""
Hi Monica,

Wanted to give you a heads up early. We're starting an IVF cycle at
Cedar Ridge Fertility this month. I'll have monitoring ultrasounds and
bloodwork most mornings from 10/12 to about 10/22 (7:00-8:00 am, so I
should still make standup), and the egg retrieval will be around
10/23 - I'll need that day and the next day off because of the
anesthesia. Embryo transfer would be 5 days later, about half a day.

I'd rather this not go beyond you and HR. I'll put it in as sick time.

Thanks so much,
Rachel
""")
    return message(A("Rachel Tran", "rtran@halvorsenfreight.example.com"),
                   A("Monica Hale", "mhale@halvorsenfreight.example.com"),
                   "some days off in October", alt(body), D("10-01 12:20"))


@M("restricted", "student-health-chlamydia-positive", cat="repro",
   reason="University student health tells a student her chlamydia test is positive and describes her treatment and partner notification.")
def _():
    body = T("""
Hi Brianna,

Your test result from your visit on 02/09 is ready.

  Chlamydia trachomatis (NAAT): POSITIVE
  Gonorrhea (NAAT): negative
  Syphilis (RPR): non-reactive
  HIV: non-reactive

Chlamydia is common and easy to treat. Dr. Ferris has sent doxycycline
100 mg twice a day for 7 days to the campus pharmacy. Please avoid sex
until 7 days after you finish, and let recent partners know so they can
be tested - we can give you free partner-treatment packs.

A retest is recommended in 3 months. Your visit is private and is not
shared with your parents or your professors.

CSU Student Health Services | 555-0146
""")
    return message(A("CSU Student Health Services", "studenthealth@castellanstate.example.org"),
                   A("Brianna Cole", "bcole@students.castellanstate.example.org"),
                   "Your test result", text(body), D("02-11 14:05"))


@M("restricted", "fertility-medication-denial-qp", cat="repro",
   reason="Quoted-printable denial to member Sarah Lindqvist of follitropin for her IVF cycle.")
def _():
    body = T("""
Dear Sarah Lindqvist,

Member ID: CRH442019986

We have reviewed the pharmacy request from Dr. Helena Voss, Cedar Ridge
Fertility, for:

  follitropin alfa 900 IU pen x 2 and ganirelix 250 mcg x 5
  for controlled ovarian stimulation (IVF cycle 2)

Decision: NOT COVERED. Your employer's plan covers diagnostic testing
for infertility but excludes in vitro fertilization and the drugs used
for it. Your first cycle in March was paid under a one-time exception
that does not apply again.

You may appeal within 180 days. Our fertility benefit nurse, Dana Pell,
can explain other options at 555-0185.

Cobalt Ridge Pharmacy Services
""")
    return message(A("Cobalt Ridge Pharmacy Services", "pharmacy-notices@cobaltridgehealth.example.com"),
                   A("Sarah Lindqvist", "sarah.lindqvist@example.net"),
                   "Decision on your pharmacy request", text(body, cte="quoted-printable"), D("08-20 16:10"))


@M("restricted", "reply-quoting-termination-procedure", cat="repro",
   reason="The manager's reply is two lines; the quoted message from the employee explains her absence for a pregnancy termination and follow-up.")
def _():
    body = T("""
Of course. Take the time you need, no explanation needed with anyone
else - I've just put you down as out sick.

Monica

From: Jenna Morales <jmorales@halvorsenfreight.example.com>
Sent: Tuesday, March 10, 2026 6:55 AM
To: Monica Hale <mhale@halvorsenfreight.example.com>
Subject: today and tomorrow

Monica, I'm so sorry for the late notice. I had a procedure at
Calloway Women's Health yesterday - a pregnancy termination at 9
weeks - and I'm still cramping a lot and pretty wiped out. They want
me to rest for two days and I have a follow-up visit on the 24th. I'd
appreciate it if this stayed between us.

Jenna
""")
    return message(A("Monica Hale", "mhale@halvorsenfreight.example.com"),
                   A("Jenna Morales", "jmorales@halvorsenfreight.example.com"),
                   "RE: today and tomorrow", text(body), D("03-10 07:22"))


@M("restricted", "randevou-piki-depo-klinik-lekol", cat="repro", lang="ht",
   reason="Haitian Creole: the school-based health centre reminds a student of her Depo-Provera contraceptive injection appointment.")
def _():
    body = T("""
Bonjou Nadège,

Sa se yon rapèl konfidansyèl soti nan Klinik Sante Lekòl Oak Hollow
High.

Randevou ou pou piki Depo-Provera ou (metòd planin familyal) se
madi 14 avril a 11:40, pandan peryòd manje midi. Dènye piki ou te
19 janvye, kidonk ou dwe pran sa a anvan 20 avril pou l kontinye
pwoteje w kont gwosès.

Si w pa ka vini, rele nou nan 555-0157 pou n chanje lè a. Nou pa
pataje enfòmasyon sa a ak okenn lòt moun san pèmisyon w.

Mis Carline, enfimyè
""")
    return message(A("Oak Hollow High School-Based Health Center", "sbhc@oakhollowusd.example.org"),
                   A("Nadège Pierre", "npierre@students.oakhollowusd.example.org"),
                   "Rapèl randevou ou", text(body), D("04-09 08:05"))


@M("restricted", "mutalaba-tifl-anabib-tamin", cat="repro", lang="ar",
   reason="Arabic (UTF-8 QP): a plan member asks his insurer about the claim for his wife's IVF cycle and embryo transfer.")
def _():
    body = T("""
السادة في شركة كوبالت ريدج للتأمين الصحي،

تحية طيبة وبعد،

أكتب بخصوص المطالبة رقم CR-26-5127730 الخاصة بزوجتي منى الخطيب (رقم
العضوية CRH509318847-02). قامت زوجتي بدورة أطفال الأنابيب في مركز سيدر
ريدج للخصوبة، وتم سحب البويضات يوم ٢ يونيو ونقل الأجنة يوم ٧ يونيو.

وصلنا كشف المزايا ويقول إن الخدمة غير مغطاة، مع أن قسم الموارد البشرية
أخبرني أن خطة الشركة تغطي علاج العقم حتى ثلاث دورات. أرجو مراجعة
المطالبة وإخباري بالمستندات المطلوبة للاستئناف.

مع الشكر والتقدير،
يوسف الخطيب
هاتف: 555-0176
""")
    return message(A("يوسف الخطيب", "yousef.alkhatib@example.com"),
                   A("Cobalt Ridge Member Services", "memberservices@cobaltridgehealth.example.com"),
                   "استفسار عن المطالبة CR-26-5127730", text(body, cte="quoted-printable"), D("07-01 20:14"))


@M("restricted", "display-name-family-planning-confirm", cat="repro",
   reason="borderline: the body confirms a named student's appointment time; that it is family-planning care is only in the sender's display name.")
def _():
    body = T("""
Hi Madison,

Your appointment on Wednesday 04/22 at 3:30 pm is confirmed. Please
arrive 15 minutes early and bring your student ID. You can text us at
555-0159 if you need to change it.

See you then!
""")
    return message(A("Calloway Women's Health - Family Planning", "appointments@callowaywomens.example.org"),
                   A("Madison Reilly", "mreilly@students.castellanstate.example.org"),
                   "Appointment confirmed", text(body), D("04-17 10:02"))
# ------------------------------------------------ none: employers and HR --
@M("none", "open-enrollment-newsletter-2027", trap=True,
   reason="Benefits open-enrolment newsletter naming plans, a fertility benefit, PrEP coverage, EAP and mental-health parity; no individual.")
def _():
    plain = T("""
HALVORSEN BENEFITS BULLETIN - OPEN ENROLLMENT 2027
Enrollment window: November 2 - November 20, 2026

What's new for 2027
- Medical: Cobalt Ridge PPO and HDHP premiums rise 4.1%. The HDHP
  deductible stays at $1,800 / $3,600.
- Fertility benefit: new lifetime maximum of $20,000 for fertility
  preservation, IUI and IVF, administered by a specialty vendor.
- Prescription: HIV PrEP, contraception and statins for prevention
  stay at $0. GLP-1 drugs for weight loss need prior authorization.
- Mental health: therapy visits now have the same $25 copay as a
  primary care visit, and ClearPath EAP adds 8 free counselling sessions
  per issue (up from 6).
- Dental and vision: no changes.

Action needed: if you do nothing, your current elections roll over,
except your health care FSA, which you must re-elect.

Benefits webinars: Nov 4 at noon and Nov 10 at 6 pm.
Questions: benefits@halvorsenfreight.example.com | 555-0145
""")
    h = T("""
<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#0b5394">Open Enrollment 2027</h1>
<p><b>November 2 &ndash; 20, 2026</b></p>
<h2>What's new</h2>
<ul>
<li><b>Medical:</b> PPO and HDHP premiums rise 4.1%. HDHP deductible unchanged at $1,800 / $3,600.</li>
<li><b>Fertility benefit:</b> new $20,000 lifetime maximum for fertility preservation, IUI and IVF.</li>
<li><b>Prescription:</b> HIV PrEP, contraception and preventive statins stay at $0. GLP-1 drugs for weight loss need prior authorization.</li>
<li><b>Mental health:</b> therapy copay now $25, same as primary care. ClearPath EAP adds 8 free sessions per issue.</li>
<li><b>Dental / vision:</b> no changes.</li>
</ul>
<p>If you do nothing, your elections roll over &mdash; <b>except your health care FSA</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Plan</th><th>Employee only</th><th>Employee + family</th></tr>
<tr><td>PPO</td><td>$148.20</td><td>$512.75</td></tr>
<tr><td>HDHP</td><td>$62.10</td><td>$248.40</td></tr>
</table>
<p>Questions: benefits@halvorsenfreight.example.com &middot; 555-0145</p>
</body></html>
""")
    p = mp("alternative", text(plain), html(h, cte="quoted-printable"))
    return message(A("Halvorsen Benefits", "benefits@halvorsenfreight.example.com"),
                   A("All Employees", "all-staff@halvorsenfreight.example.com"),
                   "Open Enrollment 2027 starts Nov 2 - what's new", p, D("10-26 09:00"))


@M("none", "wellness-challenge-steps-biometrics", trap=True,
   reason="Wellness challenge announcement with biometric screening, blood pressure and A1c mentioned generically; no individual's results.")
def _():
    body = T("""
Get moving, Meridian!

Our Spring Step Challenge runs April 6 - May 15. Form a team of up to
6, sync your phone or fitness tracker, and the top three teams win
extra PTO hours.

Kick-off biometric screening, April 2, 7 am - 3 pm, break room B:
- blood pressure, cholesterol, glucose and A1c (finger stick)
- waist and BMI
- fasting recommended but not required

Individual results go only to you and the screening vendor, never to
Meridian. Completing the screening earns the $300 HSA wellness credit.

Last year's challenge: 212 participants, 48 million steps, and the
second-shift maintenance crew won for the third year running.

Meridian Wellness Committee
""")
    return message(A("Meridian Wellness Committee", "wellness@meridiantool.example.com"),
                   A("All Plant 2", "plant2-all@meridiantool.example.com"),
                   "Spring Step Challenge + free biometric screening", alt(body), D("03-23 10:30"))


@M("none", "fmla-policy-explainer", trap=True,
   reason="Generic explanation of FMLA eligibility and serious health conditions for managers; no individual.")
def _():
    body = T("""
Managers,

A refresher, since we've had a lot of questions this quarter.

Who is eligible for FMLA?
  Employees with 12 months of service and 1,250 hours in the last 12
  months, at a site with 50+ employees within 75 miles.

What counts?
  - the birth of a child or placement for adoption or foster care
  - the employee's own serious health condition (an overnight stay in
    a hospital, or continuing treatment by a provider - for example
    chronic conditions like asthma, diabetes or migraines, or
    pregnancy)
  - caring for a spouse, child or parent with a serious health condition
  - qualifying military exigencies

How much? Up to 12 workweeks in a rolling 12-month period, continuous,
intermittent or on a reduced schedule.

What should managers do?
  - If an employee mentions a health reason for an absence of more
    than 3 days, send them to Leave & Accommodations. Don't ask for a
    diagnosis.
  - Never keep medical notes in your own files. Forward them to HR
    and delete your copy.

Janelle Ortiz, HR Business Partner
""")
    return message(HR_JO, A("People Managers", "managers@halvorsenfreight.example.com"),
                   "FMLA refresher for managers", text(body), D("02-04 14:00"))


@M("none", "blank-fmla-cert-template-pdf", trap=True,
   reason="A blank FMLA certification template PDF with bracketed placeholders for the diagnosis and employee; no individual.")
def _():
    body = T("""
Hi team,

Here is the updated blank certification template with our logo. Use
it for new requests starting Monday. The old version should be
recycled.

Janelle
""")
    doc = pdf([
        "# Certification of Health Care Provider (Employee's Serious Health Condition)",
        "",
        "Employer: Halvorsen Freight & Logistics    Fax: 555-0143",
        "Employee name: [EMPLOYEE NAME]     Employee ID: [ID]",
        "",
        "PART A - MEDICAL FACTS (to be completed by the health care provider)",
        "1. Approximate date condition began: [MM/DD/YYYY]",
        "2. Diagnosis / medical facts: [DIAGNOSIS]",
        "3. Was the patient admitted overnight? [ ] Yes  [ ] No",
        "4. Will the patient need follow-up treatment? [ ] Yes  [ ] No",
        "",
        "PART B - AMOUNT OF LEAVE NEEDED",
        "Continuous: from [START] to [END]",
        "Intermittent: [FREQUENCY] episodes per [PERIOD], lasting [DURATION]",
        "",
        "Provider name: [PROVIDER]   Specialty: [SPECIALTY]   Phone: [PHONE]",
        "Signature: ______________________   Date: __________",
    ], title="FMLA certification template")
    p = mp("mixed", text(body), att(doc, "application/pdf", "FMLA_Cert_TEMPLATE_v3.pdf"))
    return message(HR_JO, A("HR Leave Team", "hr-leave-team@halvorsenfreight.example.com"),
                   "New blank FMLA cert template", p, D("01-09 11:00"))


@M("none", "hipaa-training-for-hr-staff", trap=True,
   reason="HR training announcement about HIPAA and employee medical records, with anonymous scenarios mentioning HIV and rehab; no real individual.")
def _():
    body = T("""
All HR staff - mandatory training

"HIPAA, ADA and the Employee Medical File" - 45 minutes, due 03/31.

What the course covers:
- why the employer's HR file is usually NOT covered by HIPAA, but the
  company health plan is
- ADA confidentiality: medical information goes in a separate,
  locked file
- GINA: family medical history and genetic test results must never be
  requested
- Scenarios: "Employee A tells a supervisor about an HIV diagnosis";
  "a manager forwards a note about rehab to the whole team";
  "a benefits specialist sees a coworker's claim"

Complete it in the learning portal under Compliance > HR 2026.

Learning & Development
""")
    return message(A("Learning & Development", "learning@halvorsenfreight.example.com"),
                   A("HR Staff", "hr-staff@halvorsenfreight.example.com"),
                   "Required: HIPAA, ADA and the Employee Medical File", text(body), D("03-02 08:00"))


@M("none", "wc-quarterly-stats-csv", trap=True,
   reason="Aggregate workers'-compensation statistics by injury type in a CSV; no individual.")
def _():
    body = T("""
Safety committee,

Q1 2026 workers' comp summary for all Meridian sites is attached
(counts only). Headline: 14 new claims (Q1 2025: 19), 3 lost-time,
total incurred $86,400. Strains and sprains are still the largest
group; hand lacerations are down after the new cut-resistant gloves.

Greg
""")
    rows = [["quarter", "site", "injury_type", "claims", "lost_time_claims", "days_away", "incurred_usd"],
            ["2026Q1", "Plant 1", "strain/sprain", "4", "1", "18", "21400"],
            ["2026Q1", "Plant 1", "laceration", "1", "0", "0", "1900"],
            ["2026Q1", "Plant 2", "strain/sprain", "3", "1", "31", "38200"],
            ["2026Q1", "Plant 2", "laceration", "2", "0", "0", "3800"],
            ["2026Q1", "Plant 2", "hearing loss", "1", "0", "0", "4100"],
            ["2026Q1", "Warehouse", "fracture", "1", "1", "42", "14600"],
            ["2026Q1", "Warehouse", "contusion", "2", "0", "0", "2400"]]
    p = mp("mixed", text(body), att(csv_text(rows), 'text/csv; charset="UTF-8"', "wc_summary_2026Q1.csv"))
    return message(A("Greg Paulsen", "gpaulsen@meridiantool.example.com"),
                   A("Safety Committee", "safety-committee@meridiantool.example.com"),
                   "Q1 workers' comp summary", p, D("04-08 13:00"))


@M("none", "eap-services-reminder", trap=True,
   reason="EAP reminder listing counselling for stress, depression and substance use and the 988 line; no individual.")
def _():
    body = T("""
You are not alone.

ClearPath EAP is free and confidential for you and anyone in your
household. Call 555-0126 any time, day or night.

- Up to 8 free counselling sessions per issue: stress, anxiety,
  depression, grief, relationship problems
- Help finding substance use treatment for you or a family member
- Legal and financial consultations
- Help finding child care and elder care

Your employer never learns who uses the EAP. In a crisis, call or text
988.

Brightwater County Human Resources
""")
    return message(A("County HR", "hr@brightwatercounty.example.org"),
                   A("All County Employees", "all-employees@brightwatercounty.example.org"),
                   "Reminder: your Employee Assistance Program", alt(body), D("05-01 09:00"))


@M("none", "drug-free-workplace-policy-update", trap=True,
   reason="Drug-free workplace policy update describing random testing panels, MRO review and SAP referrals in general; no individual.")
def _():
    body = T("""
Policy update: Drug- and Alcohol-Free Workplace (HR-207), effective 07/01

What changes:
1. Non-DOT random testing moves from a 5-panel to a 10-panel urine
   test and adds an oral-fluid option.
2. Marijuana: because of the state law change, off-duty use is no
   longer a violation for non-safety-sensitive positions. Safety-
   sensitive positions are unchanged.
3. All non-negative results are reviewed by a Medical Review Officer,
   who will contact the employee privately before anything is
   reported to the company.
4. DOT-covered drivers who violate the rules will be referred to a
   substance abuse professional, as federal rules require.

Full policy on the intranet. Questions: hr@meridiantool.example.com
""")
    return message(A("Meridian HR", "hr@meridiantool.example.com"),
                   A("All Employees", "all@meridiantool.example.com"),
                   "Policy update: HR-207 Drug- and Alcohol-Free Workplace", text(body), D("06-15 10:00"))


@M("none", "drug-testing-invoice-specimen-ids", trap=True,
   reason="Business invoice from a drug-testing lab listing counts and specimen IDs without any donor or result.")
def _():
    body = T("""
INVOICE SSL-INV-2026-0611
Sentinel Screening Labs -> Halvorsen Freight & Logistics (acct 44102)
Billing period: May 2026          Terms: Net 30

Item                                   Qty   Unit     Amount
DOT 5-panel urine, collection + lab     31   $42.00   $1,302.00
Non-DOT 10-panel urine                  12   $38.00   $  456.00
MRO review                              43   $ 9.50   $  408.50
Breath alcohol test                      6   $25.00   $  150.00
Observed collection surcharge            1   $35.00   $   35.00
                                              Total   $2,351.50

Specimen IDs billed: SSL-7741002 through SSL-7741044 (list in portal).
Remit to: Sentinel Screening Labs, PO Box 5512, or ACH.
AR contact: ar@sentinelscreening.example.net | 555-0129
""")
    return message(A("Sentinel Screening AR", "ar@sentinelscreening.example.net"),
                   A("Halvorsen Accounts Payable", "ap@halvorsenfreight.example.com"),
                   "Invoice SSL-INV-2026-0611", text(body), D("06-03 06:30"))


@M("none", "osha-300a-posting-pdf", trap=True,
   reason="OSHA 300A annual summary of injuries (aggregate counts) in a PDF for posting; no individual.")
def _():
    body = T("""
Site leads,

Please post the attached 2025 OSHA Form 300A summary on the safety
board by February 1 and leave it up until April 30. It has totals only;
the 300 log itself stays in the safety office.

Greg
""")
    doc = pdf([
        "# OSHA Form 300A - Summary of Work-Related Injuries and Illnesses",
        "Year 2025      Establishment: Meridian Tool & Die, Plant 2",
        "",
        "Number of cases",
        "  Deaths: 0",
        "  Cases with days away from work: 3",
        "  Cases with job transfer or restriction: 5",
        "  Other recordable cases: 9",
        "",
        "Number of days: away from work 74; job transfer or restriction 61",
        "",
        "Injury and illness types",
        "  Injuries: 15   Skin disorders: 1   Respiratory conditions: 0",
        "  Poisonings: 0  Hearing loss: 1     All other illnesses: 0",
        "",
        "Annual average number of employees: 288",
        "Total hours worked by all employees: 571,400",
        "",
        "Certified by: Plant Manager, 01/26/2026",
    ], title="OSHA 300A 2025")
    p = mp("mixed", text(body), att(doc, "application/pdf", "OSHA_300A_2025_Plant2.pdf"))
    return message(A("Greg Paulsen", "gpaulsen@meridiantool.example.com"),
                   A("Site Leads", "site-leads@meridiantool.example.com"),
                   "Post 300A by Feb 1", p, D("01-26 15:15"))


@M("none", "hearing-test-schedule-by-department", trap=True,
   reason="Annual audiogram testing schedule by department and shift; no individual or result.")
def _():
    body = T("""
Annual hearing tests - mobile van in the north lot

Mon 06/01   Stamping, 1st shift ........ 6:00 am - 2:00 pm
Tue 06/02   Stamping, 2nd shift ........ 2:30 pm - 10:00 pm
Wed 06/03   Welding and Press Line ..... 6:00 am - 2:00 pm
Thu 06/04   Maintenance ................ 7:00 am - 3:00 pm
Fri 06/05   Make-ups

Please avoid loud noise (including headphones, mowing, shooting) for
14 hours before your test. It takes about 15 minutes. If you wear
hearing aids, bring them.

Safety Office
""")
    return message(A("Meridian Safety Office", "safety@meridiantool.example.com"),
                   A("Plant 2 Supervisors", "plant2-supervisors@meridiantool.example.com"),
                   "Hearing test schedule - week of June 1", text(body), D("05-18 12:00"))


@M("none", "respirator-fit-test-calendar", trap=True,
   reason="A calendar invitation for paint-line respirator fit testing by shift; no individual's evaluation or result.")
def _():
    cal = ics("REQUEST", "fittest-2026-paint@meridiantool.example.com", "20260512T060000", "20260512T140000",
              "Respirator fit testing - Paint Line (all shifts)", ("Meridian Safety Office", "safety@meridiantool.example.com"),
              attendees=[("Paint Line Leads", "paint-leads@meridiantool.example.com")],
              description="Annual qualitative fit testing for half-mask respirators. Come clean-shaven. "
                          "Bring your assigned respirator. Medical questionnaires must be on file first.",
              location="Training Room 2")
    plain = T("""
Respirator fit testing - Paint Line (all shifts)
Tue May 12, 6:00 am - 2:00 pm, Training Room 2
Come clean-shaven and bring your assigned respirator.
""")
    p = mp("alternative", text(plain), text(cal, sub="calendar", params="; method=REQUEST"))
    return message(A("Meridian Safety Office", "safety@meridiantool.example.com"),
                   A("Paint Line Leads", "paint-leads@meridiantool.example.com"),
                   "Invitation: Respirator fit testing - Paint Line", p, D("04-28 09:00"))


@M("none", "blood-drive-sign-up", trap=True,
   reason="Company blood drive announcement with donor eligibility rules; no individual.")
def _():
    body = T("""
Give blood, get a free lunch!

The Brightwater Regional Blood Center bus will be in the Quarry Road
parking lot on Thursday, July 16, 9 am - 3 pm.

- Bring a photo ID and eat a good meal beforehand.
- You must be 16+ (with parent permission) and weigh at least 110 lb.
- Recent tattoo, travel or a cold? Check eligibility at
  https://www.brightwaterblood.example.org/eligibility
- Type O donors: we especially need you.

Sign up for a 15-minute slot at the front desk.
""")
    return message(A("Halvorsen Social Committee", "social@halvorsenfreight.example.com"),
                   A("All Employees", "all-staff@halvorsenfreight.example.com"),
                   "Blood drive July 16", alt(body), D("07-06 11:00"))


@M("none", "mobile-mammography-van", trap=True,
   reason="Notice that a mobile mammography unit will visit the office, with how to book; no individual.")
def _():
    body = T("""
St. Brendan's mobile mammography unit is coming to the County
Administration Building on Wednesday, October 14.

- Screening mammograms for women 40 and older, about 20 minutes
- Covered at 100% by the county health plan
- Book through St. Brendan's scheduling at 555-0170 (mention
  "County Admin, Oct 14")
- Results go to you and your doctor only

Employees may use up to one hour of paid time for the appointment.
""")
    return message(A("County Wellness", "wellness@brightwatercounty.example.org"),
                   A("All County Employees", "all-employees@brightwatercounty.example.org"),
                   "Mobile mammography at County Admin - Oct 14", alt(body), D("09-28 08:30"))


@M("none", "ada-interactive-process-training", trap=True,
   reason="Manager training with a hypothetical employee who has diabetes; no real individual.")
def _():
    body = T("""
Join us for "The ADA Interactive Process in 30 Minutes"
Thursday 2/26, 12:00-12:30, Teams

Case study we'll work through together:
  "An order picker tells her supervisor she has diabetes and asks to
   keep juice at her station and take a 10-minute break when her
   glucose is low. What should the supervisor say? Who gets involved?
   What documentation can HR ask for?"

Bring your questions - no real employee situations, please. Those go
to Leave & Accommodations one-on-one.
""")
    return message(A("Learning & Development", "learning@halvorsenfreight.example.com"),
                   A("People Managers", "managers@halvorsenfreight.example.com"),
                   "Lunch & learn: the ADA interactive process", text(body), D("02-17 09:00"))


@M("none", "gina-safe-harbor-memo", trap=True,
   reason="HR memo with the GINA safe-harbour wording to add to medical inquiries; it mentions genetic tests in general only.")
def _():
    body = T("""
To: HR Business Partners
From: Employment Counsel
Re: GINA safe-harbor language

Whenever we ask a health care provider for medical information (FMLA,
ADA, fitness for duty, return to work), the request must include this
paragraph:

  "The Genetic Information Nondiscrimination Act of 2008 (GINA)
  prohibits employers and other entities covered by GINA Title II from
  requesting or requiring genetic information of an individual or
  family member of the individual, except as specifically allowed by
  this law. To comply with this law, we are asking that you not provide
  any genetic information when responding to this request for medical
  information. 'Genetic information' as defined by GINA includes an
  individual's family medical history, the results of an individual's
  or family member's genetic tests, the fact that an individual or an
  individual's family member sought or received genetic services, and
  genetic information of a fetus carried by an individual or an
  individual's family member or an embryo lawfully held by an
  individual or family member receiving assistive reproductive
  services."

If a provider sends genetic information anyway, don't use it; log it
with Legal and keep it in the confidential medical file.
""")
    return message(A("Employment Counsel", "legal@halvorsenfreight.example.com"),
                   A("HR Business Partners", "hrbp@halvorsenfreight.example.com"),
                   "GINA safe-harbor language - use on every medical inquiry", text(body), D("01-15 16:20"))


@M("none", "sick-leave-balance-employee-id", trap=True,
   reason="Payroll tells a named employee his sick-leave balance; an employee ID and hours but no health content.")
def _():
    body = T("""
Hi Omar,

Here's your leave balance as of pay period ending 05/23/2026:

  Employee ID:       M-3287
  Vacation:          61.0 hours
  Sick leave:        42.5 hours
  Personal/floating: 8.0 hours

Sick leave accrues at 1 hour per 30 hours worked, up to 80 hours.

Payroll, Meridian Tool & Die
""")
    return message(A("Meridian Payroll", "payroll@meridiantool.example.com"),
                   A("Omar Haddad", "ohaddad@meridiantool.example.com"),
                   "Your leave balances", text(body), D("05-27 14:10"))


@M("none", "medical-id-cards-shipped-tracking", trap=True,
   reason="A plan tells a named member that new ID cards shipped, with a member ID and tracking number but no care.")
def _():
    body = T("""
Hi Lorraine,

Good news - your new Cobalt Ridge member ID cards are on the way.

  Member ID: CRH209553318
  Cards: 2 (you and your dependent)
  Shipped: 12/18/2026 via US Mail, tracking 9400 1000 0000 0000 0000 00

You can also show your digital card in the Cobalt Ridge app. Your
coverage does not depend on having the plastic card.

Cobalt Ridge Member Services | 555-0185
""")
    return message(A("Cobalt Ridge Member Services", "memberservices@cobaltridgehealth.example.com"),
                   A("Lorraine Pickett", "lpickett@example.com"),
                   "Your new ID cards have shipped", text(body), D("12-18 10:00"))


@M("none", "hsa-contribution-confirmation", trap=True,
   reason="HSA payroll contribution confirmation with an account number; money into savings, not payment for any care.")
def _():
    body = T("""
BenefitBridge HSA - contribution received

Account ending: ...8842
Contribution date: 06/12/2026
Employee payroll contribution: $125.00
Employer contribution: $41.67
Year-to-date contributions: $1,916.82 (2026 limit: $4,400)

Available balance: $3,208.55

Log in to https://benefits.benefitbridge.example.com to invest your
balance or change your contribution.
""")
    return message(A("BenefitBridge HSA", "hsa@benefitbridge.example.com"),
                   A("Renata Okafor", "rokafor@example.net"),
                   "Contribution received", text(body), D("06-12 23:10"))


@M("none", "group-premium-invoice-csv", trap=True,
   reason="A health plan's group premium invoice to the employer with tier headcounts in a CSV; no individual.")
def _():
    body = T("""
Attached is the July group premium statement for group 0047712
(Halvorsen Freight & Logistics). Amount due by 07/01: $412,886.40.

Cobalt Ridge Group Billing
""")
    rows = [["group", "plan", "tier", "enrolled", "rate", "premium"],
            ["0047712", "PPO", "employee", "212", "742.10", "157325.20"],
            ["0047712", "PPO", "employee+spouse", "61", "1484.20", "90536.20"],
            ["0047712", "PPO", "family", "74", "2003.67", "148271.58"],
            ["0047712", "HDHP", "employee", "38", "310.56", "11801.28"],
            ["0047712", "HDHP", "family", "5", "990.43", "4952.14"]]
    p = mp("mixed", text(body), att(csv_text(rows), 'text/csv; charset="UTF-8"', "premium_0047712_2026-07.csv", cte="7bit"))
    return message(A("Cobalt Ridge Group Billing", "groupbilling@cobaltridgehealth.example.com"),
                   A("Halvorsen Benefits", "benefits@halvorsenfreight.example.com"),
                   "Premium statement - July 2026", p, D("06-15 07:00"))


@M("none", "cobra-general-notice-named-employee", trap=True,
   reason="borderline: an initial COBRA general notice addressed to a named new hire with a participant ID; it explains rights and has no health content.")
def _():
    body = T("""
Dear Hector Ibanez,

GENERAL NOTICE OF COBRA CONTINUATION COVERAGE RIGHTS

You are getting this notice because you recently gained coverage under
the Meridian Tool & Die group health plan. It explains COBRA
continuation coverage, when it may become available to you and your
family, and what you need to do to protect your right to get it.

COBRA continuation coverage is a continuation of plan coverage when it
would otherwise end because of a life event known as a "qualifying
event": for example, end of employment, reduction of hours, divorce,
death of the employee, or a dependent child losing eligibility.

You must notify the plan administrator within 60 days of a divorce or
a child losing dependent status.

Participant ID: BB-80214-11
Plan administrator: BenefitBridge COBRA Services, 555-0148
""")
    return message(A("BenefitBridge COBRA Services", "cobra@benefitbridge.example.com"),
                   A("Hector Ibanez", "hibanez@meridiantool.example.com"),
                   "Important information about your COBRA rights", text(body), D("02-02 12:00"))


@M("none", "leave-records-storage-policy-update", trap=True,
   reason="Staff mail about where medical certifications must be stored; a policy update with no individual.")
def _():
    body = T("""
HR team,

Starting 4/1 all medical documents (FMLA certifications, ADA forms,
doctor's notes, drug test results, workers' comp medical reports) go
into the new Confidential Medical File library, not the personnel
folder. Access is limited to Leave & Accommodations and Legal.

If you find a medical document in a personnel folder while you're in
there, move it and note the date in the audit sheet. Please don't
open it beyond what's needed to file it.

Thanks,
Janelle
""")
    return message(HR_JO, A("HR Staff", "hr-staff@halvorsenfreight.example.com"),
                   "Where medical documents go from April 1", text(body), D("03-20 13:45"))


@M("none", "job-posting-occupational-health-nurse", trap=True,
   reason="A job posting for an occupational health nurse describing exposure follow-up, audiograms and drug testing duties.")
def _():
    body = T("""
NOW HIRING: Occupational Health Nurse (RN), full time

WorkWell Occupational Health is looking for an RN to join our
Brightwater clinic.

You will:
- manage bloodborne-pathogen exposure follow-up for client employers
- perform audiograms, spirometry and respirator medical evaluations
- run DOT and non-DOT drug and alcohol collections
- triage workplace injuries and coordinate with adjusters

You have: an active RN license, 2+ years of clinical experience, CAOHC
certification or willingness to obtain it. COHN a plus.

Pay: $38-$47/hour. Apply at https://careers.workwell-occhealth.example.net
""")
    return message(A("WorkWell Careers", "careers@workwell-occhealth.example.net"),
                   A("Brightwater Nursing Jobs List", "nursing-jobs@lists.example.org"),
                   "Job: Occupational Health Nurse (RN)", text(body), D("04-13 08:00"))


@M("none", "ergonomics-program-launch", trap=True,
   reason="Announcement of an ergonomic assessment programme mentioning back pain and carpal tunnel generally; no individual.")
def _():
    body = T("""
Back pain? Sore wrists? Let's fix your workstation.

Starting this month, our ergonomics team offers free 20-minute desk
and station assessments. Common problems we see: monitors too low,
chairs without lumbar support, and keyboard positions that can lead to
carpal tunnel symptoms over time.

Book at https://intranet.halvorsenfreight.example.com/ergo. No doctor's
note needed. If you already have a medical accommodation, keep working
with Leave & Accommodations as usual.
""")
    return message(A("Halvorsen Safety", "safety@halvorsenfreight.example.com"),
                   A("All Office Staff", "office-staff@halvorsenfreight.example.com"),
                   "Free ergonomic assessments", text(body), D("02-09 10:00"))


@M("none", "be-patient-benefits-portal-migration", trap=True,
   reason="An IT notice asking staff to 'be patient' during a benefits portal migration; 'patient' is not a person receiving care.")
def _():
    body = T("""
Hi all,

We're moving the benefits portal to the new vendor this weekend. Please
be patient - the site will be down from Friday 8 pm to Sunday noon, and
the first login afterwards may take a minute while your account is
copied over.

Your elections, dependents and beneficiaries will carry over. If
something looks wrong on Monday, open a ticket and we'll patiently work
through it with you.

IT Service Desk | 555-0149
""")
    return message(A("IT Service Desk", "servicedesk@halvorsenfreight.example.com"),
                   A("All Employees", "all-staff@halvorsenfreight.example.com"),
                   "Benefits portal down this weekend - please be patient", text(body), D("10-22 15:30"))


@M("none", "jury-duty-own-summons", trap=True,
   reason="An employee tells her manager about her own jury-duty summons with a juror number; a court date with no health content.")
def _():
    body = T("""
Hi Monica,

Heads up: I've been summoned for jury duty starting Monday, August 10
(Brightwater County Superior Court, juror number 0810-3318). I'll call
in the Friday before to see if I have to report. I'll give the court
form to payroll so they can code it.

I'll make sure my invoices are covered that week.

Rachel
""")
    return message(A("Rachel Tran", "rtran@halvorsenfreight.example.com"),
                   A("Monica Hale", "mhale@halvorsenfreight.example.com"),
                   "jury duty Aug 10", text(body), D("07-21 10:12"))


@M("none", "payroll-direct-deposit-change", trap=True,
   reason="A direct-deposit change confirmation with a bank account number; no health content.")
def _():
    body = T("""
This confirms a change to your direct deposit, made 04/02/2026 at
3:14 pm from the employee portal.

  Employee ID:   H-20417
  Bank:          Brightwater Community Credit Union
  Routing:       *****0217
  Account:       ******5538 (checking)
  Effective:     pay date 04/17/2026

If you did not make this change, call Payroll at 555-0141 right away.
""")
    return message(A("Halvorsen Payroll", "payroll@halvorsenfreight.example.com"),
                   A("Dana Whitcombe", "dwhitcombe@halvorsenfreight.example.com"),
                   "Direct deposit change confirmed", text(body), D("04-02 15:15"))


@M("none", "coworker-birthday-dob", trap=True,
   reason="An office birthday message with a coworker's date of birth; no health content.")
def _():
    body = T("""
Shh - Teresa's birthday is Friday (born 03/13/1990, so the big 3-6!).
Cake in the break room at 2:30. Chip in $5 with Lupe if you want to sign
the card.
""")
    return message(A("Lupe Garza", "lgarza@halvorsenfreight.example.com"),
                   A("Dispatch Team", "dispatch@halvorsenfreight.example.com"),
                   "cake friday", text(body), D("03-10 11:40"), mime=False)


@M("none", "part-number-ssn-like", trap=True,
   reason="A purchasing mail whose respirator cartridge part number looks like an SSN; no person or health content.")
def _():
    body = T("""
Hi Dale,

Please reorder the organic vapor cartridges for the paint line:

  Part no. 512-07-3394  OV/P100 cartridge pair     qty 40 boxes
  Part no. 512-07-3401  pre-filter retainer         qty 20
  PO: 4500188214

Ship to Plant 2, dock 1, attn: Safety Office.

Thanks,
Greg
""")
    return message(A("Greg Paulsen", "gpaulsen@meridiantool.example.com"),
                   A("Dale Hutchins", "dhutchins@industrialsupply.example.com"),
                   "Reorder cartridges PO 4500188214", text(body), D("02-24 08:20"))


@M("none", "fire-drill-thursday",
   reason="Ordinary fire drill notice.")
def _():
    body = T("""
Fire drill Thursday, 10:00 am, all of Building C.

When the alarm sounds, leave by the nearest exit (not the freight
elevator) and go to assembly point 3 by the flagpole. Floor wardens,
please do a sweep of restrooms and conference rooms and report to
Security at the assembly point.

Facilities
""")
    return message(A("Facilities", "facilities@halvorsenfreight.example.com"),
                   A("Building C", "bldg-c@halvorsenfreight.example.com"),
                   "Fire drill Thursday 10 am", text(body), D("05-12 16:00"), mime=False)


@M("none", "dispatch-potluck-signup",
   reason="Ordinary potluck sign-up.")
def _():
    body = T("""
Potluck next Wednesday for the end of peak season!

So far: Lupe - tamales, Rob - wings, Keisha - mac and cheese,
Dmitri - pelmeni. We still need salads, drinks and plates.

Reply with what you're bringing.
""")
    return message(A("Lupe Garza", "lgarza@halvorsenfreight.example.com"),
                   A("Dispatch Team", "dispatch@halvorsenfreight.example.com"),
                   "potluck wed!!", text(body), D("01-07 13:05"))


@M("none", "parking-lot-resurfacing",
   reason="Ordinary facilities notice about parking.")
def _():
    body = T("""
The east lot will be closed June 20-21 for resurfacing and restriping.
Please use the overflow lot on Quarry Road; a shuttle will run every
10 minutes from 5:30 am to 7:30 pm. Accessible parking will be
available at the main entrance during the work.
""")
    return message(A("Facilities", "facilities@halvorsenfreight.example.com"),
                   A("All Employees", "all-staff@halvorsenfreight.example.com"),
                   "East lot closed June 20-21", text(body), D("06-16 12:00"))


@M("none", "hr-portal-password-reset",
   reason="Ordinary password reset notice.")
def _():
    body = T("""
A password reset was requested for your HR portal account.

If this was you, use the link below within 30 minutes:
https://hrportal.meridiantool.example.com/reset?t=4c1f0a92e7

If you did not request it, you can ignore this message; your password
will not change.
""")
    return message(A("HR Portal", "no-reply@hrportal.meridiantool.example.com"),
                   A("Sandra Kowal", "skowal@meridiantool.example.com"),
                   "Password reset request", text(body), D("08-03 06:42"))


@M("none", "hr-ops-weekly-sync-invite",
   reason="Ordinary recurring HR meeting invitation in text/calendar.")
def _():
    cal = ics("REQUEST", "hrops-sync-2026@halvorsenfreight.example.com", "20260112T093000", "20260112T100000",
              "HR Ops weekly sync", ("Janelle Ortiz", "jortiz@halvorsenfreight.example.com"),
              attendees=[("HR Staff", "hr-staff@halvorsenfreight.example.com")],
              description="Agenda: open reqs, onboarding, payroll calendar, policy updates. Dial-in 555-0150.",
              location="Conference Room 2A / Teams")
    cal = cal.replace("SEQUENCE:0\r\n", "SEQUENCE:0\r\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=20\r\n")
    plain = T("""
HR Ops weekly sync
Mondays 9:30-10:00 am starting Jan 12, Conference Room 2A / Teams
""")
    p = mp("alternative", text(plain), text(cal, sub="calendar", params="; method=REQUEST"))
    return message(HR_JO, A("HR Staff", "hr-staff@halvorsenfreight.example.com"),
                   "Invitation: HR Ops weekly sync (Mondays)", p, D("01-06 17:00"))


@M("none", "ooo-leave-coordinator-autoreply", trap=True,
   reason="An out-of-office auto-reply from the leave coordinator that mentions FMLA, ADA and medical certifications in general; it does not quote the original.")
def _():
    body = T("""
Thank you for your message. I am out of the office until Monday,
August 3, with limited access to e-mail.

For FMLA, ADA accommodation, short-term disability or workers'
compensation questions, please contact leave@halvorsenfreight.example.com
or call 555-0142. Medical certifications can be faxed to 555-0143.

If this is about a workplace injury that happened today, call the
WorkWell nurse line at 555-0163.

Janelle Ortiz
""")
    return message(HR_JO, A("Lupe Garza", "lgarza@halvorsenfreight.example.com"),
                   "Automatic reply: updated dispatch org chart", text(body), D("07-27 09:14"),
                   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
# ---------------------------------------- none: schools, camps and sports --
@M("none", "flu-clinic-notice-school", trap=True,
   reason="School-wide flu vaccine clinic notice with consent instructions; no student's health information.")
def _():
    body = T("""
Dear Juniper Families,

Our free school flu clinic is on Tuesday, October 20, during the school
day. Nurses from the county health department will give the flu vaccine
(shot or nasal spray) to students whose parents return a signed consent
form.

- Consent forms went home in Friday folders and are on our website.
- Return them by October 15. No form, no vaccine.
- Insurance is billed if you have it; there is no cost to families.
- Students with egg allergy can still get the vaccine - note it on
  the form.

Questions? Call the health office at 555-0152.

Gail Whitaker, RN, School Nurse
""")
    return message(NURSE_JE, A("Juniper Families", "juniper-families@oakhollowusd.example.org"),
                   "Free flu clinic at school - Oct 20", alt(body), D("10-05 15:30"))


@M("none", "tdap-seventh-grade-requirement", trap=True,
   reason="District reminder that 7th graders need Tdap and MCV4 or an exemption form; no individual student.")
def _():
    body = T("""
Reminder for families of incoming 7th graders

State law requires proof of a Tdap booster and one dose of meningococcal
(MCV4) vaccine before the first day of 7th grade. Please send a copy of
your child's immunization record to the school nurse by August 1.

Medical or religious exemption forms are available from the district
health office and must be renewed every year.

Students without proof or a valid exemption cannot attend after
September 15.

Oak Hollow USD Health Services
""")
    return message(A("OHUSD Health Services", "healthservices@oakhollowusd.example.org"),
                   A("Ridgeview Middle Families", "ridgeview-families@oakhollowusd.example.org"),
                   "7th grade vaccine requirements", text(body), D("06-10 09:00"))


@M("none", "concussion-protocol-parent-info", trap=True,
   reason="Athletics concussion protocol information for all parents, listing symptoms and return-to-play stages; no individual.")
def _():
    plain = T("""
Oak Hollow High Athletics - Concussion Information for Parents

Signs to watch for after a hit: headache, dizziness, nausea, blurry
vision, trouble concentrating, sensitivity to light or noise.

If we suspect a concussion, your athlete will be removed from play
the same day and cannot return until cleared in writing by a licensed
health care provider.

Return-to-play stages:
  1 symptom-limited activity   4 non-contact drills
  2 light aerobic exercise     5 full-contact practice
  3 sport-specific exercise    6 return to competition

Both parent and athlete must sign the acknowledgement before tryouts.
""")
    h = T("""
<html><body>
<h2>Concussion Information for Parents</h2>
<p>Signs to watch for: headache, dizziness, nausea, blurry vision, trouble concentrating, light or noise sensitivity.</p>
<ol>
<li>Symptom-limited activity</li><li>Light aerobic exercise</li><li>Sport-specific exercise</li>
<li>Non-contact drills</li><li>Full-contact practice</li><li>Return to competition</li>
</ol>
<p>Sign the acknowledgement at <a href="https://athletics.oakhollowusd.example.org/forms">athletics.oakhollowusd.example.org/forms</a>.</p>
</body></html>
""")
    p = mp("alternative", text(plain), html(h))
    return message(A("OHHS Athletics", "athletics@oakhollowusd.example.org"),
                   A("OHHS Athletics Families", "athletics-families@oakhollowusd.example.org"),
                   "Concussion info - please sign before tryouts", p, D("07-28 10:00"))


@M("none", "camp-health-form-blank-attachment", trap=True,
   reason="Camp mail with a blank health form template (blank fields for allergies and medications); no camper's information.")
def _():
    body = T("""
Hi Camp Families!

Attached is the 2026 camper health form. Please fill it out and upload
it to your CampPortal account by June 1. Campers without a form on file
cannot check in.

See you at the lake!
Camp Whistling Pines
""")
    form = T("""
CAMP WHISTLING PINES - CAMPER HEALTH FORM 2026

Camper name: ______________________   Date of birth: ___/___/______
Session: [ ] 1  [ ] 2  [ ] 3        Cabin (office use): ____

Allergies (food, medicine, insects, other): ________________________
  Reaction: _____________   Epinephrine auto-injector?  [ ] Yes  [ ] No

Daily medications (name, dose, time): ______________________________
All medications must arrive in the original pharmacy container.

Conditions the nurse should know about (asthma, diabetes, seizures,
other): ___________________________________________________________

Last tetanus shot: ___________
Physician name and phone: ________________________________________
Insurance company and member ID: __________________________________

Parent/guardian signature: _______________________ Date: __________
""")
    p = mp("mixed", text(body), text(form, name="Camper_Health_Form_2026_BLANK.txt"))
    return message(A("Camp Whistling Pines", "office@whistlingpines.example.org"),
                   A("Camp Families", "families@whistlingpines.example.org"),
                   "Camper health form - due June 1", p, D("04-20 12:00"))


@M("none", "medication-authorization-blank-pdf", trap=True,
   reason="A blank medication authorisation form PDF from the district with empty fields; no student.")
def _():
    body = T("""
Staff,

The 2026-27 medication authorization form is attached. Please replace
the copies in your front-office binders. Parents can also download it
from the district website.

OHUSD Health Services
""")
    doc = pdf([
        "# Oak Hollow Unified School District",
        "# Authorization for Medication Administration at School 2026-27",
        "",
        "Student: ____________________  DOB: __________  Grade: ____",
        "School: ____________________",
        "",
        "PART 1 - PRESCRIBER",
        "Medication: ____________________  Dose: __________  Time: ________",
        "Diagnosis / reason: _____________________________________________",
        "Possible side effects: __________________________________________",
        "Prescriber: ____________________  Phone: ____________",
        "",
        "PART 2 - PARENT / GUARDIAN",
        "I request that the school nurse or trained staff give this medication.",
        "Parent: ____________________  Signature: ____________  Date: ______",
    ], title="Medication Authorization 2026-27 (blank)")
    p = mp("mixed", text(body), att(doc, "application/pdf", "Medication_Authorization_2026-27.pdf"))
    return message(A("OHUSD Health Services", "healthservices@oakhollowusd.example.org"),
                   A("Front Office Staff", "front-offices@oakhollowusd.example.org"),
                   "New medication authorization form", p, D("07-30 14:00"))


@M("none", "counseling-center-test-anxiety-workshop", trap=True,
   reason="University counselling centre workshop announcement on test anxiety and stress; no student.")
def _():
    body = T("""
Feeling the pressure before finals?

Counseling & Psychological Services invites all students to a free
workshop, "Beating Test Anxiety", on Wednesday, December 2, 5:00-6:00
pm in Whitman Hall 110. Learn breathing techniques, study planning and
how to handle racing thoughts.

Drop-in "Let's Talk" hours continue Monday-Thursday 1-4 pm in the
Student Union. No appointment, no record.

Need to talk right now? Call 555-0140 (24/7) or call or text 988.
""")
    return message(A("CSU Counseling & Psychological Services", "caps@castellanstate.example.org"),
                   A("All Students", "students-announce@castellanstate.example.org"),
                   "Free workshop: Beating Test Anxiety (Dec 2)", alt(body), D("11-23 10:00"))


@M("none", "sports-physicals-day", trap=True,
   reason="Announcement of a low-cost sports physicals day for all athletes; no individual.")
def _():
    body = T("""
$20 sports physicals for all OHHS athletes
Saturday, July 18, 8 am - 12 pm, OHHS gym

Lakeshore Sports Medicine providers will do pre-participation
physicals for fall sports. Bring:
- the completed history form (parent signature required)
- glasses or contacts if you wear them
- $20 cash or check (waived for students with free/reduced lunch)

A physical is required every year before the first practice.
""")
    return message(A("OHHS Athletics", "athletics@oakhollowusd.example.org"),
                   A("OHHS Athletics Families", "athletics-families@oakhollowusd.example.org"),
                   "Sports physicals July 18", text(body), D("06-29 09:30"))


@M("none", "head-lice-classroom-notice", trap=True,
   reason="Classroom letter that a case of head lice was found, without naming or identifying the student.")
def _():
    body = T("""
Dear Room 14 Families,

A case of head lice has been found in your child's classroom. Head
lice are common among young children, do not spread disease and are
not a sign of poor hygiene.

Please check your child's hair tonight, especially behind the ears and
at the back of the neck. If you find lice or nits, treat with an
over-the-counter lice shampoo and let the health office know. Students
may stay in school.

To protect privacy, we do not share which student was affected.

Gail Whitaker, RN
""")
    return message(NURSE_JE, A("Room 14 Families", "room14-families@oakhollowusd.example.org"),
                   "Head lice in Room 14", text(body), D("01-21 14:30"))


@M("none", "nurse-office-supply-order", trap=True,
   reason="A school nurse's supply order for epinephrine, glucose tablets and ice packs; a purchase with no student.")
def _():
    body = T("""
PO request - Juniper Elementary Health Office

Qty  Item                                   Vendor item    Est.
2    Epinephrine auto-injector 0.15 mg (stock)  EP-015      $220.00
2    Epinephrine auto-injector 0.3 mg (stock)   EP-030      $220.00
6    Glucose tablets, 50 ct                  GT-50          $ 33.00
24   Instant cold packs                      CP-6x9         $ 28.80
1    Digital thermometer probe covers, 500   TPC-500        $ 24.50
2    Nitrile gloves, M, box of 100           NG-M           $ 17.00

Budget code 01-3140-4300. Stock epinephrine is required by district
policy; ours expires 9/30.

Gail
""")
    return message(NURSE_JE, A("OHUSD Purchasing", "purchasing@oakhollowusd.example.org"),
                   "PO request - health office supplies", text(body), D("08-17 10:45"))


@M("none", "school-board-agenda-health-center", trap=True,
   reason="School board agenda with items on a school-based health centre contract and the wellness policy; no individual.")
def _():
    body = T("""
OAK HOLLOW USD - BOARD OF EDUCATION
Regular Meeting, Tuesday, March 17, 2026, 6:30 pm, District Office

1. Call to order, Pledge
2. Public comment (3 minutes per speaker)
3. Consent agenda
   3.1 Minutes of 03/03/2026
   3.2 Contract renewal: school-based health center at Oak Hollow
       High, operated by St. Brendan's (primary care, behavioral
       health and reproductive health services, 2026-2029)
   3.3 Donation of two AEDs from the Rotary Club
4. Action items
   4.1 Revised Student Wellness Policy 5030 (nutrition, physical
       activity, mental health screening opt-out)
   4.2 Bus contract
5. Superintendent's report
6. Adjourn
""")
    return message(A("OHUSD Board Clerk", "boardclerk@oakhollowusd.example.org"),
                   A("Board Agenda Subscribers", "board-agenda@lists.oakhollowusd.example.org"),
                   "Board agenda - March 17, 2026", text(body), D("03-13 17:00"))


@M("none", "student-health-insurance-waiver-deadline", trap=True,
   reason="University reminder of the student health insurance waiver deadline; no individual's care.")
def _():
    body = T("""
Students,

All full-time students are automatically enrolled in the Castellan
Student Health Insurance Plan ($1,486 per semester) unless they waive
it by September 15 with proof of comparable coverage.

To waive, log in to the student portal > Health Insurance > Waive and
upload a photo of both sides of your insurance card.

The plan covers Student Health visits, prescriptions, counseling and
emergency care. Questions: 555-0146.
""")
    return message(A("CSU Student Health Insurance", "shi@castellanstate.example.org"),
                   A("All Students", "students-announce@castellanstate.example.org"),
                   "Reminder: health insurance waiver deadline Sept 15", text(body), D("09-08 08:00"))


@M("none", "aed-monthly-check-log", trap=True,
   reason="Athletic trainer's monthly AED inspection log by location; equipment, not people.")
def _():
    body = T("""
AED monthly check - October 2026 - all units PASS except as noted

Location            Unit SN     Status light  Pads exp.   Battery
Main gym lobby      AED-11842   OK            2027-06     OK
Field house         AED-11843   OK            2026-12     OK
Pool deck           AED-11844   OK            2027-02     OK
Stadium press box   AED-11845   OK            2026-11 *   OK
Athletic training   AED-11846   OK            2027-08     OK

* Pads expire next month - replacement ordered.

Marcus Tate, ATC
""")
    return message(ATC, A("OHHS Facilities", "facilities-ohhs@oakhollowusd.example.org"),
                   "AED checks - October", text(body), D("10-30 15:00"))


@M("none", "school-picture-day",
   reason="Ordinary school picture day notice.")
def _():
    body = T("""
Picture day is Thursday, September 24! Order forms went home today.
Retakes are October 22. Please no green shirts (green screen).
""")
    return message(A("Juniper Elementary Office", "juniper-office@oakhollowusd.example.org"),
                   A("Juniper Families", "juniper-families@oakhollowusd.example.org"),
                   "Picture day Sept 24", text(body), D("09-14 15:45"))


@M("none", "bus-route-change-ridgeview",
   reason="Ordinary bus route change.")
def _():
    body = T("""
Starting Monday, Route 12 will no longer stop at Alder Court. Students
from that stop should use the Alder & 3rd stop, pickup 7:12 am. Drop-off
times are unchanged.

OHUSD Transportation | 555-0151
""")
    return message(A("OHUSD Transportation", "transportation@oakhollowusd.example.org"),
                   A("Route 12 Families", "route12@lists.oakhollowusd.example.org"),
                   "Route 12 stop change", text(body), D("02-20 13:30"))


@M("none", "job-posting-school-nurse-rn", trap=True,
   reason="District job posting for a school nurse describing medication administration, diabetes care plans and 504 meetings.")
def _():
    body = T("""
Oak Hollow Unified School District is hiring:
SCHOOL NURSE (RN) - Ridgeview Middle School, 2026-27 school year

Duties:
- give daily and emergency medications, including insulin and seizure
  rescue medications
- write individualized health plans for students with asthma,
  diabetes, severe allergies and epilepsy
- take part in IEP and 504 meetings
- run vision, hearing and scoliosis screenings
- track immunization compliance and exemptions

Requirements: RN license, BLS; school nurse credential or within 2
years. Salary on the certificated schedule, steps 1-10.

Apply by May 15 at https://jobs.oakhollowusd.example.org
""")
    return message(A("OHUSD Human Resources", "jobs@oakhollowusd.example.org"),
                   A("Brightwater Nursing Jobs List", "nursing-jobs@lists.example.org"),
                   "Now hiring: School Nurse (RN)", text(body), D("04-22 08:00"))


@M("none", "mock-trial-case-packet", trap=True,
   reason="borderline: a high-school mock trial packet about a fictional character's ER visit and injuries; an invented case file with no real patient, like a ZZTEST record.")
def _():
    body = T("""
Mock Trial team,

Here is this year's state case packet summary. Read it before Tuesday.

  People v. Casey Rowan (FICTIONAL - State Bar Mock Trial 2026)

  All names, events and records in this case are fictional. Facts:
  After a collision at a skate park, the fictional witness "Jordan
  Pryce" was taken to "Riverbend General" (fictional) with a broken
  collarbone and a concussion. The defense argues Pryce's injuries came
  from an earlier fall. Exhibits include a made-up ER triage note and
  an X-ray report.

Roles: Maya and Ben are the attorneys for the prosecution; Ethan and
Priyanka for the defense. Everyone else: witness roles are on the
sign-up sheet.

Ms. Gallagher
""")
    return message(A("Erin Gallagher", "egallagher@oakhollowusd.example.org"),
                   A("OHHS Mock Trial", "mocktrial@lists.oakhollowusd.example.org"),
                   "State case packet - People v. Rowan", text(body), D("01-12 16:10"))


@M("none", "camp-horse-vet-schedule", trap=True,
   reason="Camp mail about the horses' veterinary and farrier visits; animal care, not health care of a person.")
def _():
    body = T("""
Hi barn staff,

Dr. Pellham (Blue Ridge Equine) is coming Tuesday at 8 am:
- spring vaccines for all 11 horses (rabies, tetanus, EEE/WEE, West Nile)
- Coggins test for the two new lesson horses
- recheck of Biscuit's left front hoof abscess; she stays on bute
  and soaking until cleared

Farrier is Thursday. Please have everyone caught and in the barn by
7:45 both days.

Kat, Riding Director
""")
    return message(A("Kat Morrow", "kmorrow@whistlingpines.example.org"),
                   A("Barn Staff", "barn@whistlingpines.example.org"),
                   "vet + farrier this week", text(body), D("05-04 19:20"))


# ---------------------------------- none: courts, lawyers, police, records --
@M("none", "court-docket-civil-calendar", trap=True,
   reason="A court's civil calendar of case numbers, party names and hearing types in an HTML table; no health content.")
def _():
    h = T("""
<html><body>
<p>Brightwater County Superior Court &ndash; Civil Division &ndash; Dept. 5 &ndash; Calendar for Monday, June 8, 2026</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Time</th><th>Case no.</th><th>Case name</th><th>Matter</th></tr>
<tr><td>8:30</td><td>CV-2026-001482</td><td>Reyes v. Lanternfly Auto Insurance Co.</td><td>Case management conference</td></tr>
<tr><td>8:30</td><td>CV-2025-003317</td><td>Quarry Road Partners LLC v. Ostrowski</td><td>Motion to compel</td></tr>
<tr><td>9:00</td><td>CV-2026-000920</td><td>Brightwater Community CU v. Tran</td><td>Default prove-up</td></tr>
<tr><td>9:00</td><td>CV-2026-001105</td><td>Albright v. Hollis Trucking</td><td>Demurrer</td></tr>
<tr><td>10:30</td><td>CV-2024-004471</td><td>In re Estate of Whitmore</td><td>Status conference</td></tr>
</table>
<p>Remote appearances: see the court's website. Tentative rulings posted by 3 pm the prior court day.</p>
</body></html>
""")
    return message(A("Superior Court Civil Calendar", "civilcalendar@courts.brightwatercounty.example.org"),
                   A("Calendar Subscribers", "calendar-subscribers@lists.example.org"),
                   "Dept. 5 calendar - Monday 6/8", html(h), D("06-05 16:00"))


@M("none", "malpractice-firm-marketing-html", trap=True,
   reason="A law firm's marketing about medical malpractice and birth injury cases; no individual.")
def _():
    plain = T("""
Were you or a loved one hurt by a medical mistake?

Thornbury Injury Law has recovered more than $140 million for victims
of misdiagnosed cancer, surgical errors, medication errors and birth
injuries. Free consultation - no fee unless we win.

Call 555-0122 or visit https://www.thornburylaw.example.com
This is attorney advertising.
""")
    h = T("""
<html><body style="font-family:Arial">
<h1 style="color:#8b0000">Hurt by a medical mistake?</h1>
<ul>
<li>Misdiagnosed or delayed cancer diagnosis</li>
<li>Surgical and anesthesia errors</li>
<li>Wrong medication or dose</li>
<li>Birth injuries, including cerebral palsy</li>
</ul>
<p><b>$140 million+</b> recovered. Free consultation &mdash; <b>no fee unless we win</b>.</p>
<p><a href="https://www.thornburylaw.example.com">thornburylaw.example.com</a> &middot; 555-0122</p>
<p style="font-size:10px">Attorney advertising. Prior results do not guarantee a similar outcome.
<a href="https://www.thornburylaw.example.com/unsubscribe">Unsubscribe</a></p>
</body></html>
""")
    p = mp("alternative", text(plain), html(h))
    return message(A("Thornbury Injury Law", "news@thornburylaw.example.com"),
                   A("Subscriber", "subscriber@example.net"),
                   "Hurt by a medical mistake? You may have a case", p, D("03-31 11:00"))


@M("none", "subpoena-personnel-records-no-medical", trap=True,
   reason="A subpoena for a named employee's payroll and attendance records that expressly excludes medical records; no health content.")
def _():
    body = T("""
Custodian of Records, Halvorsen Freight & Logistics:

Enclosed is a records subpoena in Albright v. Hollis Trucking,
CV-2026-001105, for the employment records of Gary Albright
(employee ID H-15530):

  1. Payroll records and W-2s, 01/01/2024 - present
  2. Time and attendance records, 01/01/2024 - present
  3. Job description and any performance reviews

This subpoena does NOT request any medical, workers' compensation or
leave-certification records; please do not produce them.

Production date: 07/15/2026. Records may be mailed or produced
electronically with a custodian's declaration.

Nathan Ruiz, Paralegal, Marsh Abernathy LLP | 555-0124
""")
    return message(A("Nathan Ruiz", "nruiz@marshabernathy.example.com"),
                   A("Halvorsen Legal", "legal@halvorsenfreight.example.com"),
                   "Records subpoena - employment records only - CV-2026-001105", text(body), D("06-22 14:30"))


@M("none", "records-copy-vendor-invoice-pdf", trap=True,
   reason="A release-of-information vendor's invoice PDF listing invoice and request numbers and page fees only; no patient.")
def _():
    body = T("""
Attached is your statement for May 2026. Thank you for your business.

DocuTrail Billing | 555-0147
""")
    doc = pdf([
        "# DocuTrail Release Services - Statement",
        "Customer: Delacroix & Finch LLP (acct DF-1120)   Period: May 2026",
        "",
        "Invoice     Request     Pages   Basic fee   Per page   Shipping   Total",
        "INV-77310   R-448120     212     $25.00      $26.50     $ 0.00     $51.50",
        "INV-77402   R-449913      38     $25.00      $ 4.75     $ 0.00     $29.75",
        "INV-77455   R-450077      91     $25.00      $11.38     $ 8.95     $45.33",
        "INV-77519   R-450812       6     $25.00      $ 0.75     $ 0.00     $25.75",
        "",
        "Amount due: $152.33     Due date: 06/30/2026",
        "Pay online at portal.docutrail.example.net or mail to PO Box 7781.",
    ], title="DocuTrail statement May 2026")
    p = mp("mixed", text(body), att(doc, "application/pdf", "Statement_DF-1120_2026-05.pdf"))
    return message(A("DocuTrail Billing", "billing@docutrail.example.net"),
                   A("Delacroix & Finch Accounts", "accounts@" + DF),
                   "Your DocuTrail statement - May 2026", p, D("06-01 05:00"))


@M("none", "roi-vendor-portal-upgrade", trap=True,
   reason="A release-of-information vendor announces a portal upgrade and turnaround times, mentioning Part 2 and HIV consent rules generally.")
def _():
    body = T("""
Dear DocuTrail customers,

On July 1 we move to a new requester portal.

What's new:
- upload HIPAA authorizations as PDF or photo
- automatic checks that special consents are present before records
  covered by 42 CFR Part 2 (substance use treatment), HIV test
  results, psychotherapy notes or genetic testing are released
- status texts when a request is received, in process and fulfilled
- average turnaround: 4.2 business days (legal), 2.1 (continuity of
  care)

Your existing login will work. Training webinars: June 23 and 25.

DocuTrail Release Services | 555-0147
""")
    return message(A("DocuTrail Release Services", "news@docutrail.example.net"),
                   A("DocuTrail Customers", "customers@lists.docutrail.example.net"),
                   "New requester portal on July 1", text(body), D("06-09 10:00"))


@M("none", "expert-witness-cv-fee-schedule", trap=True,
   reason="A lawyer forwards a physician expert's CV and fee schedule; the doctor is named but no patient or care is.")
def _():
    body = T("""
Simone,

Dr. Kessler's office sent his expert CV and fee schedule for the Reyes
matter. Highlights:

  Anton Kessler, MD - board certified orthopaedic surgery, hand and
  upper extremity fellowship; 19 years in practice

  Record review:          $600/hour
  Deposition:             $1,200/hour, 2-hour minimum, paid in advance
  Trial testimony:        $9,000/day
  Cancellation < 7 days:  50%

He's testified 22 times in 4 years, about 60/40 plaintiff. Let me know
if you want me to send the retention letter.

Ben Okafor, Associate
""")
    return message(A("Ben Okafor", "bokafor@" + DF), A("Simone Delacroix", "sdelacroix@" + DF),
                   "Kessler expert fees", text(body), D("05-19 12:44"))


@M("none", "guardianship-seminar-legal-aid", trap=True,
   reason="Legal aid seminar on guardianship, powers of attorney and advance directives for dementia caregivers; no individual.")
def _():
    body = T("""
Free community seminar

"Planning Ahead: Guardianship, Powers of Attorney and Health Care
Directives"

Thursday, April 23, 6:00 pm, Brightwater Public Library, Room B

Caring for a parent with dementia or an adult child with a disability?
Learn when a guardianship is needed, less restrictive options like
supported decision-making, and how to fill out a health care proxy.

Presented by Paula Gianetti, Esq., Tri-County Legal Aid. Spanish
interpretation available. RSVP at 555-0116.
""")
    return message(A("Tri-County Legal Aid", "outreach@tricountylegalaid.example.org"),
                   A("Community Partners", "partners@lists.example.org"),
                   "Free seminar: guardianship and health care directives", alt(body), D("04-06 09:00"))


@M("none", "probation-office-hours-testing-line", trap=True,
   reason="Probation office hours and the drug-testing colour line instructions for all probationers; no individual.")
def _():
    body = T("""
Brightwater County Adult Probation - updated office hours

Reporting office: Monday-Thursday 8:00 am - 6:00 pm, Friday 8:00 am -
noon. Closed on county holidays.

Drug testing color line: call 555-0132 after 5:00 am every day. If
your color is called, report to the testing center at 14 Court Street
between 6:00 am and 2:00 pm. Bring photo ID. Missed tests are reported
to your officer.

Treatment providers: send attendance verifications to
probation-verifications@probation.brightwatercounty.example.org.
""")
    return message(A("Adult Probation", "info@probation.brightwatercounty.example.org"),
                   A("Probation Notices", "notices@lists.example.org"),
                   "Office hours and testing line", text(body), D("01-05 08:00"))


@M("none", "treatment-court-courtroom-closure", trap=True,
   reason="Notice that the drug treatment court's courtroom is closed for repairs; no participant is named.")
def _():
    body = T("""
Courtroom 4B (Adult Drug Treatment Court and Veterans Treatment Court)
is closed June 1-12 for HVAC replacement.

- Treatment court staffings and status hearings move to Courtroom 3A,
  same days and times.
- Participants have been notified by their case managers.
- Treatment providers: the weekly compliance report deadline is
  unchanged (Monday 5 pm).

Court Administration
""")
    return message(A("Court Administration", "courtadmin@courts.brightwatercounty.example.org"),
                   A("Justice Partners", "justice-partners@lists.example.org"),
                   "Courtroom 4B closed June 1-12", text(body), D("05-26 11:00"))


@M("none", "k9-officer-dog-vet-followup", trap=True,
   reason="Police K-9's veterinary follow-up after surgery; a dog's care, not a person's.")
def _():
    body = T("""
Sgt. Alvarez,

K-9 Rex (badge K9-04) is doing well after his gastropexy on Monday.
Incision is clean. Please keep him on leash walks only and off the
bite sleeve for 14 days, and continue carprofen 75 mg twice daily with
food for 5 more days. Suture removal on the 23rd.

He can return to detection work (no apprehension) on the 24th.

Dr. Hannah Voigt, DVM
Brightwater Animal Hospital | 555-0119
""")
    return message(A("Dr. Hannah Voigt", "hvoigt@brightwateranimal.example.com"),
                   A("Sgt. Miguel Alvarez", "malvarez@police.brightwatercounty.example.org"),
                   "Rex post-op check", text(body), D("09-11 17:30"))


@M("none", "records-retention-policy-letter", trap=True,
   reason="A hospital's letter to law firms on records request fees and retention periods; no patient.")
def _():
    body = T("""
To: Attorneys and records requesters

St. Brendan's Regional Medical Center - Health Information Management

Effective March 1, 2026:
- Requests must include a HIPAA-compliant authorization or subpoena
  with the required notice to the patient.
- Fees follow the state schedule: $25 basic fee plus $0.25 per page
  after page 20; electronic copies are capped at $6.50 for patients.
- Adult records are kept 10 years after the last visit; minors until
  age 28. Fetal monitoring strips are kept 25 years.
- Records of substance use disorder treatment, HIV testing and
  psychotherapy notes need separate, specific consent.

All requests are handled by our vendor, DocuTrail Release Services.
""")
    return message(A("St. Brendan's HIM", "him@stbrendans.example.org"),
                   A("Requesters List", "records-requesters@lists.example.org"),
                   "Records request fees and retention - effective March 1", text(body), D("02-16 09:30"))


@M("none", "court-holiday-closure",
   reason="Ordinary court holiday closure.")
def _():
    body = T("""
All Brightwater County courthouses will be closed on Friday, July 3,
in observance of Independence Day. E-filing remains available; filings
received on July 3 are deemed filed on July 6.
""")
    return message(A("Court Administration", "courtadmin@courts.brightwatercounty.example.org"),
                   A("Justice Partners", "justice-partners@lists.example.org"),
                   "Courts closed July 3", text(body), D("06-24 12:00"))


@M("none", "court-interpreter-assignments", trap=True,
   reason="Interpreter assignments by case number, courtroom and language; identifiers but no health content.")
def _():
    body = T("""
Interpreter assignments - Tuesday 10/13

8:30   Dept. 2C   CR-2026-01114   Spanish      R. Salgado
8:30   Dept. 5    CV-2026-001482  Spanish      R. Salgado (after 2C)
9:00   Dept. 7    FL-2026-00418   Vietnamese   T. Pham
10:00  Dept. 3A   TR-2026-04410   Haitian Cr.  M. Desir
1:30   Dept. 2C   CR-2026-01162   Arabic       N. Haddad (remote)
1:30   Dept. 9    SC-2026-00781   Korean       J. Seo

Call the interpreter office at 555-0136 if a hearing is continued.
""")
    return message(A("Court Interpreter Office", "interpreters@courts.brightwatercounty.example.org"),
                   A("Court Interpreters", "interpreters-staff@courts.brightwatercounty.example.org"),
                   "Assignments Tue 10/13", text(body), D("10-12 15:00"))


@M("none", "pi-blog-digest-what-is-pip", trap=True,
   reason="A personal-injury firm's blog digest explaining PIP coverage and whiplash claims in general; no client.")
def _():
    body = T("""
Delacroix & Finch - Injury Law Notes, June

1. What is PIP, and why does it matter after a crash?
   Personal injury protection pays your medical bills and lost wages
   up to your policy limit, no matter who caused the accident. We
   explain deadlines, IMEs and why you should never skip physical
   therapy appointments.

2. Whiplash is real: how soft-tissue injuries are proven in court.

3. Uber and Lyft accidents: whose insurance pays?

Read more at https://www.delacroixfinch.example.com/notes
To unsubscribe reply STOP.
""")
    return message(A("Delacroix & Finch", "notes@" + DF), A("Newsletter Subscribers", "subscribers@lists.example.org"),
                   "Injury Law Notes: What is PIP?", text(body), D("06-17 07:30"))


@M("none", "subrogation-vehicle-damage-claim-number", trap=True,
   reason="An auto insurer's subrogation demand for vehicle damage with a claim number; property damage, no injury or care.")
def _():
    body = T("""
SUBROGATION DEMAND

Our insured: Tamara Greene
Our claim no.: LF-PD-26-004419
Your insured: Quarry Haulers Inc., unit 17
Date of loss: 02/08/2026
Loss: collision, Route 9 at Mill Lane

We paid $14,218.37 to repair our insured's 2022 sedan and $1,260.00 for
a rental car, less a $500 deductible. Please remit $14,978.37, or send
your liability position within 30 days.

Property Damage Subrogation, Lanternfly Auto Insurance | 555-0194
""")
    return message(A("Lanternfly Subrogation", "subro@lanternflyauto.example.com"),
                   A("Quarry Haulers Claims", "claims@quarryhaulers.example.com"),
                   "Subrogation demand LF-PD-26-004419", text(body), D("04-21 10:05"))
# ----------------------------------------- none: insurers and benefits --
@M("none", "insurer-rate-filing-summary", trap=True,
   reason="An insurer's rate filing summary with trend factors for specialty drugs, GLP-1s and behavioural health; aggregate only.")
def _():
    body = T("""
Cobalt Ridge Health Plan - 2027 Small Group Rate Filing (summary for
brokers; filed with the state Department of Insurance on 06/01/2026)

Average requested increase: 7.2% (range 3.9% - 11.4% by plan)

Drivers of the increase:
  Medical trend (unit cost and utilization) ........ +5.1%
  Specialty pharmacy, incl. GLP-1 agonists ......... +2.3%
  Behavioral health network expansion .............. +0.6%
  Risk adjustment and reinsurance changes .......... -0.8%

Medical loss ratio, 2025: 86.4% (minimum 80%).
Members affected: 48,210 in 3,944 groups.

Public hearing: July 14, 2026. Comments may be sent to the Department.
""")
    return message(A("Cobalt Ridge Broker Relations", "brokers@cobaltridgehealth.example.com"),
                   A("Broker Distribution List", "brokers-list@lists.example.org"),
                   "2027 small group rate filing summary", alt(body), D("06-02 08:00"))


@M("none", "life-insurance-no-exam-marketing", trap=True,
   reason="Life insurance marketing promising coverage with no medical exam or blood test; no individual.")
def _():
    h = T("""
<html><body style="font-family:Verdana;font-size:14px">
<h2>Life insurance in 10 minutes. No needles. No medical exam.</h2>
<p>Get up to <b>$1,000,000</b> of term life coverage with just a few health questions &mdash;
no blood test, no urine sample, no doctor visit.</p>
<p>Diabetes? High blood pressure? You may still qualify.</p>
<p><a href="https://quotes.evergreenmutual.example.com/nomed">Get my free quote</a></p>
<p style="font-size:10px;color:#777">Evergreen Mutual Life, 1 Evergreen Plaza. Policy form EM-TL-26. Not available in all states.
<a href="https://quotes.evergreenmutual.example.com/unsub">Unsubscribe</a></p>
</body></html>
""")
    return message(A("Evergreen Mutual Life", "offers@evergreenmutual.example.com"),
                   A("Subscriber", "subscriber@example.net"),
                   "Life insurance with no medical exam - quote in 10 minutes", html(h), D("02-27 18:00"))


@M("none", "disability-claims-trends-broker-newsletter", trap=True,
   reason="A disability insurer's broker newsletter on claim trends for mental health, cancer and musculoskeletal conditions; aggregate only.")
def _():
    body = T("""
Fairhaven Broker Brief - Q2 2026

Top causes of new long-term disability claims (book of business):
  1. Musculoskeletal (back, joints) ........ 27%
  2. Cancer ................................ 16%
  3. Mental health (depression, anxiety) ... 12% (up from 9% in 2023)
  4. Cardiovascular ........................ 8%
  5. Injuries .............................. 7%

Average duration of a mental health claim: 11 months. Return-to-work
rates are 30% higher when an EAP referral happens in the first 30 days.

New: integrated leave and disability intake with a single call.
""")
    return message(A("Fairhaven Broker Brief", "brokerbrief@fairhavenlife.example.com"),
                   A("Broker Distribution List", "brokers-list@lists.example.org"),
                   "Broker Brief Q2: what's driving disability claims", alt(body), D("07-15 07:00"))


@M("none", "pip-fee-schedule-provider-bulletin", trap=True,
   reason="An auto insurer's provider bulletin on PIP fee schedule changes by CPT code; no patient.")
def _():
    body = T("""
Lanternfly Auto Insurance - Provider Bulletin 2026-03
PIP medical fee schedule update, effective for dates of service on or
after 04/01/2026

CPT    Description                         2025      2026
97110  Therapeutic exercise, 15 min        $44.20    $45.60
97140  Manual therapy, 15 min              $40.10    $41.35
98941  Chiropractic manipulation, 3-4      $64.80    $66.70
72148  MRI lumbar spine w/o contrast       $612.00   $598.00
99203  New patient visit                   $198.50   $204.10

Bills must be received within 45 days of service with the claim number
and a signed assignment of benefits.
""")
    return message(A("Lanternfly Provider Relations", "providers@lanternflyauto.example.com"),
                   A("PIP Provider List", "pip-providers@lists.example.org"),
                   "Provider Bulletin 2026-03: PIP fee schedule", text(body), D("03-05 09:00"))


@M("none", "prior-auth-list-update-bulletin", trap=True,
   reason="A health plan's bulletin on which drugs and procedures need prior authorisation, including PrEP and fertility drugs; no member.")
def _():
    body = T("""
Cobalt Ridge Provider News - Prior Authorization List Changes, 07/01

Added to prior authorization:
  - GLP-1 agonists when prescribed for weight management
  - Genetic testing: hereditary cancer panels (CPT 81162, 81432)
    now need documentation of genetic counseling
  - Outpatient MRI of the knee and shoulder

Removed from prior authorization:
  - HIV PrEP (all formulations) - covered at $0 with no PA
  - Buprenorphine for opioid use disorder, all strengths
  - Contraceptive implants and IUDs

Fertility drugs: no change; covered only for groups with the fertility
rider.

Full list at https://providers.cobaltridgehealth.example.com/pa
""")
    return message(A("Cobalt Ridge Provider News", "providernews@cobaltridgehealth.example.com"),
                   A("Network Providers", "providers-list@lists.example.org"),
                   "Prior authorization list changes effective 7/1", alt(body), D("06-01 06:00"))


@M("none", "appeal-process-explainer-placeholders", trap=True,
   reason="A generic guide to appealing a denial with a sample letter full of placeholders; no member.")
def _():
    body = T("""
How to appeal a denied claim - a quick guide from Halvorsen Benefits

1. Read the denial letter. It must tell you the reason and the plan
   rule used.
2. Ask your doctor for a letter of medical necessity.
3. File within 180 days. Send the appeal to the address on the letter.

Sample letter:

  [Your name]
  Member ID: [member ID]

  I am appealing the denial of [service or drug] ordered by
  [doctor's name] on [date]. Reference number: [denial reference].
  I believe it should be covered because [reason]. Enclosed are
  [records / letter of medical necessity].

  [Signature]

The benefits team can't file for you, but we can help you understand
the letter. Call 555-0145.
""")
    return message(A("Halvorsen Benefits", "benefits@halvorsenfreight.example.com"),
                   A("All Employees", "all-staff@halvorsenfreight.example.com"),
                   "Benefits tip: how to appeal a denial", text(body), D("09-02 10:00"))


@M("none", "hipaa-authorization-blank-html-form", trap=True,
   reason="A blank HIPAA authorisation form as an HTML attachment, with empty patient fields and tick-boxes for HIV, mental health and substance use records.")
def _():
    body = T("""
Hi Nathan,

Here's our firm's standard blank authorization (updated for the new
Part 2 rules) in case you want to use the same form for your own
requests.

Ben
""")
    form = T("""
<html><head><meta charset="utf-8"><title>Authorization for Release of Health Information</title></head><body>
<h2>Authorization for Release of Protected Health Information</h2>
<p>Patient name: ______________________ &nbsp; Date of birth: __________</p>
<p>Release from: ______________________ &nbsp; Release to: ______________________</p>
<p>Information to be released (initial each):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>____</td><td>All records</td></tr>
<tr><td>____</td><td>HIV/AIDS test results and treatment</td></tr>
<tr><td>____</td><td>Mental health records (not psychotherapy notes)</td></tr>
<tr><td>____</td><td>Substance use disorder treatment records (42 CFR Part 2)</td></tr>
<tr><td>____</td><td>Genetic testing</td></tr>
</table>
<p>Purpose: ______________________ &nbsp; Expires: __________</p>
<p>Signature of patient or representative: ______________________ Date: ________</p>
</body></html>
""")
    p = mp("mixed", text(body), att(form, 'text/html; charset="UTF-8"', "Authorization_BLANK_2026.html", cte="quoted-printable"))
    return message(A("Ben Okafor", "bokafor@" + DF), A("Nathan Ruiz", "nruiz@marshabernathy.example.com"),
                   "blank authorization form", p, D("07-08 15:20"))


@M("none", "aps-invoice-request-numbers", trap=True,
   reason="A copy service's invoice to a life insurer for attending physician statements, listing only request and invoice numbers.")
def _():
    body = T("""
Evergreen Mutual Life - Accounts Payable

Invoice RC-2026-1187 from Records Courier Services, period 05/01-05/31

APS retrievals completed: 64
  Standard APS ($45.00) x 51 ............. $2,295.00
  Rush APS ($65.00) x 9 .................. $  585.00
  No records found ($15.00) x 4 .......... $   60.00
Total due ................................ $2,940.00

Request numbers: APS-26-05001 through APS-26-05064 (detail in the
vendor portal). Payment terms Net 30.

Records Courier Services | ar@recordscourier.example.com | 555-0125
""")
    return message(A("Records Courier Services AR", "ar@recordscourier.example.com"),
                   A("Evergreen AP", "ap@evergreenmutual.example.com"),
                   "Invoice RC-2026-1187 (May APS retrievals)", text(body), D("06-02 07:15"))


@M("none", "claims-conference-opioids-wc", trap=True,
   reason="A claims professionals' conference announcement with sessions on opioids, MAT and PTSD in workers' comp; no claimant.")
def _():
    body = T("""
Regional Workers' Comp Claims Conference 2026
September 17-18, Brightwater Convention Center

Sessions include:
- Opioids after the injury: tapering, MAT and when comp pays for OUD
  treatment
- First-responder PTSD presumptions: what adjusters need to know
- Nurse case management that actually shortens claims
- Telehealth IMEs: admissible or not?
- Reserving for catastrophic claims

CE credits for adjusters and nurses. Early registration $295 until
August 1: https://www.wcclaimsconf.example.org
""")
    return message(A("WC Claims Conference", "info@wcclaimsconf.example.org"),
                   A("Claims Professionals", "claims-pros@lists.example.org"),
                   "Registration open: Regional WC Claims Conference", alt(body), D("05-14 09:00"))


@M("none", "doctor-office-closure-notice", trap=True,
   reason="A doctor's office closure notice sent to all patients, with after-hours and prescription-refill instructions; no individual.")
def _():
    body = T("""
Dear Patients,

Northside Family Medicine will be closed on Friday, November 27, and
will reopen Monday, November 30 at 8:00 am.

- For urgent medical questions, call 555-0165; the on-call provider
  will return your call.
- For an emergency, call 911 or go to the nearest emergency room.
- Need a prescription refill? Ask your pharmacy to send us the request
  by Tuesday, November 24.

We wish you and your family a happy Thanksgiving.

Northside Family Medicine
""")
    return message(A("Northside Family Medicine", "office@northsidefm.example.com"),
                   A("Northside Patients", "patients@lists.northsidefm.example.com"),
                   "Office closed Friday, Nov 27", alt(body), D("11-18 12:00"))


@M("none", "notice-of-privacy-practices-annual", trap=True,
   reason="A health plan's annual notice of privacy practices, describing how health information is used in general; no individual's information.")
def _():
    body = T("""
COBALT RIDGE HEALTH PLAN - NOTICE OF PRIVACY PRACTICES
THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND
DISCLOSED AND HOW YOU CAN GET ACCESS TO THIS INFORMATION. PLEASE REVIEW
IT CAREFULLY.

We may use and share your health information to pay claims, manage
care and run our business. We must get your written permission for
most uses of psychotherapy notes, for marketing, and before selling
information. Some laws give more protection to HIV information,
substance use disorder treatment records and genetic information.

Your rights: get a copy of your records, ask us to correct them, ask
for confidential communications, get a list of disclosures, and file a
complaint with us or with the U.S. Department of Health and Human
Services.

This is our annual reminder. No action is needed.
""")
    return message(A("Cobalt Ridge Privacy Office", "privacy@cobaltridgehealth.example.com"),
                   A("Cobalt Ridge Members", "members@lists.cobaltridgehealth.example.com"),
                   "Annual notice of privacy practices", alt(body), D("01-30 06:00"))


@M("none", "office-move-third-floor",
   reason="Ordinary office move notice.")
def _():
    body = T("""
Claims team: we move to the 3rd floor on Saturday. Pack your desk in
the blue crates by Friday 3 pm and label them with your new seat number
(see the floor plan on the shared drive). Monitors and docks stay.
""")
    return message(A("Keystone Facilities", "facilities@keystonecasualty.example.com"),
                   A("Claims Team", "claims-team@keystonecasualty.example.com"),
                   "Move to 3rd floor this weekend", text(body), D("08-26 14:00"))


@M("none", "printer-toner-order",
   reason="Ordinary supply order.")
def _():
    body = T("""
Can someone order toner for the big copier on 2 (model MX-4071)? It's
showing 5%. We have a box of paper left.

thanks - Nathan
""")
    return message(A("Nathan Ruiz", "nruiz@marshabernathy.example.com"),
                   A("Office Services", "officeservices@marshabernathy.example.com"),
                   "toner 2nd floor", text(body), D("03-11 10:10"), mime=False)


@M("none", "snow-day-school-closure",
   reason="Ordinary school closure for snow.")
def _():
    body = T("""
All Oak Hollow USD schools and offices are CLOSED today, Tuesday,
February 3, because of snow and ice. All after-school activities and
athletics are cancelled. Stay safe!
""")
    return message(A("OHUSD Alerts", "alerts@oakhollowusd.example.org"),
                   A("OHUSD Families and Staff", "all@lists.oakhollowusd.example.org"),
                   "Schools closed today - Feb 3", text(body), D("02-03 05:30"))
# --------------------------------------------- none: not in English --
@M("none", "clinica-vacunas-escuela-volante", trap=True, lang="es",
   reason="Spanish (ISO-8859-1 8bit): school flu and vaccine clinic flyer for all families; no student.")
def _():
    body = T("""
¡Clínica de vacunas GRATIS en la escuela!

Estimadas familias de Juniper:

El martes 20 de octubre, enfermeras del Departamento de Salud del
condado ofrecerán en la escuela la vacuna contra la gripe (inyección o
aerosol nasal) a todos los estudiantes cuyos padres firmen el
formulario de consentimiento.

- Los formularios van en la carpeta de los viernes.
- Devuélvanlos antes del 15 de octubre.
- No tiene costo para las familias; si tienen seguro médico, se le
  facturará al seguro.

¿Preguntas? Llame a la enfermería al 555-0152. Hablamos español.
""")
    return message(NURSE_JE, A("Familias de Juniper", "juniper-familias@oakhollowusd.example.org"),
                   "Clínica de vacunas gratis - 20 de octubre",
                   text(body, cs="iso-8859-1", cte="8bit"), D("10-05 15:35"), hcs="iso-8859-1")


@M("none", "aviso-varicela-salon", trap=True, lang="es",
   reason="Spanish (UTF-8 QP): notice to a classroom's families that a chickenpox case occurred, without identifying the student.")
def _():
    body = T("""
Estimadas familias del salón 9:

Les informamos que se confirmó un caso de varicela en el salón de su
hijo o hija. Por respeto a la privacidad, no compartimos el nombre del
estudiante.

Los síntomas suelen aparecer entre 10 y 21 días después del contacto:
fiebre, cansancio y un sarpullido con ampollas que pican. Si su hijo
no ha recibido dos dosis de la vacuna contra la varicela, o si alguien
en casa está embarazada o tiene el sistema inmune débil, consulte con
su médico.

Los estudiantes con varicela deben quedarse en casa hasta que todas
las ampollas estén secas (con costra).

Enfermería escolar - 555-0152
""")
    return message(NURSE_JE, A("Familias del salón 9", "room9-families@oakhollowusd.example.org"),
                   "Aviso: caso de varicela en el salón 9", text(body, cte="quoted-printable"), D("03-04 14:10"))


@M("none", "cierre-consultorio-feriado", trap=True, lang="es",
   reason="Spanish (UTF-8 base64): a clinic's holiday closure notice to all patients; no individual.")
def _():
    body = T("""
Estimados pacientes:

La Clínica Familiar Northside estará cerrada el lunes 7 de septiembre
por el Día del Trabajo. Abriremos de nuevo el martes 8 a las 8:00 de la
mañana.

- Si tiene una pregunta médica urgente, llame al 555-0165 y el médico
  de guardia le devolverá la llamada.
- En caso de emergencia, llame al 911.
- Para pedir más medicamento, pídale a su farmacia que nos envíe la
  solicitud antes del jueves 3 de septiembre.

Gracias,
Northside Family Medicine
""")
    return message(A("Northside Family Medicine", "office@northsidefm.example.com"),
                   A("Pacientes de Northside", "pacientes@lists.northsidefm.example.com"),
                   "Clínica cerrada el lunes 7 de septiembre", text(body, cte="base64"), D("08-31 12:00"))


@M("none", "aviso-derechos-compensacion-trabajadores", trap=True, lang="es",
   reason="Spanish (windows-1252 QP): workers' compensation rights notice for all employees on how to report injuries; no individual.")
def _():
    body = T("""
AVISO A LOS EMPLEADOS - COMPENSACIÓN DE TRABAJADORES

Si usted se lesiona en el trabajo o se enferma por causa de su trabajo:

1. Avise a su supervisor de inmediato, el mismo día si es posible.
2. Si necesita atención médica, vaya a WorkWell Occupational Health
   (555-0163). En una emergencia, llame al 911.
3. Tiene derecho a recibir atención médica pagada y, si no puede
   trabajar, a una parte de su salario.
4. Es ilegal que la empresa lo despida o lo castigue por reportar una
   lesión.

Aseguradora: Keystone Casualty Mutual, póliza WC-0044102 - 555-0190.

Este aviso debe estar colocado en un lugar visible en cada planta.
""")
    return message(A("Meridian RR. HH.", "hr@meridiantool.example.com"),
                   A("Todos los empleados", "all@meridiantool.example.com"),
                   "Aviso: compensación de trabajadores (nuevo cartel)",
                   text(body, cs="windows-1252", cte="quoted-printable"), D("01-13 09:00"), hcs="windows-1252", hmode="Q")


@M("none", "inscricao-beneficios-2027", trap=True, lang="pt",
   reason="Portuguese (ISO-8859-1 QP): the Brazilian branch's benefits enrolment notice about health and dental plans; no individual.")
def _():
    body = T("""
Prezados colaboradores,

Está aberto o período de inclusão e alteração de dependentes nos
benefícios de 2027, de 3 a 20 de novembro.

- Plano de saúde: reajuste de 9,8% nas mensalidades a partir de janeiro.
  A coparticipação em consultas continua em 20%.
- Plano odontológico: sem alterações.
- Programa de apoio emocional: 6 sessões de terapia online gratuitas
  por ano para o colaborador e dependentes.
- Vacinação contra gripe: campanha na filial em abril.

Para incluir cônjuge ou filhos, envie os documentos pelo portal do RH.

Atenciosamente,
Recursos Humanos - Halvorsen Logística do Brasil
""")
    return message(A("RH Halvorsen Brasil", "rh@br.halvorsenfreight.example.com"),
                   A("Todos - Filial Campinas", "todos-campinas@br.halvorsenfreight.example.com"),
                   "Benefícios 2027: período de inclusão aberto",
                   text(body, cs="iso-8859-1", cte="quoted-printable"), D("11-02 09:00", tz="-0300"), hcs="iso-8859-1")


@M("none", "vaga-tecnico-enfermagem-trabalho", trap=True, lang="pt",
   reason="Portuguese (UTF-8 8bit): job posting for an occupational nursing technician; no individual.")
def _():
    body = T("""
VAGA: Técnico(a) de Enfermagem do Trabalho

Local: Filial Campinas (SP) - turno administrativo

Atividades:
- apoio aos exames admissionais, periódicos e demissionais
- controle de vacinação dos colaboradores
- primeiros socorros e registro de acidentes de trabalho (CAT)
- organização da SIPAT e campanhas de saúde

Requisitos: curso técnico em enfermagem do trabalho, COREN ativo,
experiência de 1 ano em ambulatório de empresa.

Interessados: enviar currículo para vagas@br.halvorsenfreight.example.com
""")
    return message(A("Vagas Halvorsen Brasil", "vagas@br.halvorsenfreight.example.com"),
                   A("Lista de vagas", "vagas-lista@lists.example.org"),
                   "Vaga: Técnico(a) de Enfermagem do Trabalho",
                   text(body, cte="8bit"), D("04-14 10:00", tz="-0300"))


@M("none", "defi-bien-etre-entreprise", trap=True, lang="fr",
   reason="French (ISO-8859-1 QP): a workplace wellness challenge with blood pressure and cholesterol screening; no individual.")
def _():
    body = T("""
Bonjour à toutes et à tous,

Le Défi Bien-être du printemps commence le 6 avril ! Pendant six
semaines, formez une équipe de 4 à 6 collègues et cumulez des pas, des
minutes de vélo ou de natation.

Journée de dépistage gratuite le 2 avril, salle polyvalente :
- tension artérielle, cholestérol et glycémie (piqûre au doigt)
- conseils d'une diététicienne
- vos résultats restent confidentiels et ne sont jamais transmis à
  l'employeur

Les trois meilleures équipes gagnent une demi-journée de congé.

Le comité Santé et mieux-être
""")
    return message(A("Comité Santé et mieux-être", "bienetre@corriveauhotels.example.com"),
                   A("Tout le personnel", "personnel@corriveauhotels.example.com"),
                   "Défi Bien-être du printemps : inscrivez votre équipe",
                   text(body, cs="iso-8859-1", cte="quoted-printable"), D("03-20 09:00"), hcs="iso-8859-1", hmode="Q")


@M("none", "cabinet-avocats-dommages-corporels", trap=True, lang="fr",
   reason="French (UTF-8 HTML): a law firm's marketing about personal injury and medical error claims; no client.")
def _():
    h = T("""
<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<h2>Victime d'un accident ou d'une erreur médicale ?</h2>
<p>Le cabinet Delacroix &amp; Finch vous accompagne pour obtenir l'indemnisation de votre préjudice corporel :</p>
<ul>
<li>accidents de la route</li>
<li>erreurs de diagnostic et infections nosocomiales</li>
<li>accidents du travail et maladies professionnelles</li>
</ul>
<p>Premier rendez-vous gratuit, en français. Appelez le 555-0121.</p>
<p style="font-size:10px">Publicité. <a href="https://www.delacroixfinch.example.com/fr/desabonnement">Se désabonner</a></p>
</body></html>
""")
    return message(A("Delacroix & Finch", "notes@" + DF), A("Abonné", "abonne@example.net"),
                   "Victime d'un accident ou d'une erreur médicale ?", html(h, cte="quoted-printable"), D("05-06 08:00"))


@M("none", "ban-tin-truong-goc-suc-khoe", trap=True, lang="vi",
   reason="Vietnamese (UTF-8 base64): school newsletter with a general health corner on sleep, flu and lice; no student.")
def _():
    body = T("""
BẢN TIN TRƯỜNG TIỂU HỌC JUNIPER - THÁNG 11

Ngày quan trọng
- 11/11: Nghỉ lễ Cựu chiến binh
- 18/11: Họp phụ huynh - giáo viên (có thông dịch viên tiếng Việt)
- 26-27/11: Nghỉ lễ Tạ ơn

Góc sức khỏe
- Trẻ từ 6-12 tuổi cần ngủ 9-12 tiếng mỗi đêm.
- Mùa cúm đã đến: rửa tay thường xuyên, ho vào khuỷu tay. Nếu con bị
  sốt, hãy cho con ở nhà đến khi hết sốt 24 giờ mà không cần uống
  thuốc hạ sốt.
- Chấy (chí) thường gặp ở trẻ nhỏ. Hãy kiểm tra tóc con mỗi tuần.

Mọi thắc mắc, xin gọi văn phòng: 555-0154.
""")
    return message(A("Juniper Elementary", "juniper-office@oakhollowusd.example.org"),
                   A("Phụ huynh Juniper", "juniper-vietnamese@oakhollowusd.example.org"),
                   "Bản tin tháng 11", text(body, cte="base64"), D("11-02 16:00"))


@M("none", "an-toan-hoa-chat-tiem-nail", trap=True, lang="vi",
   reason="Vietnamese (UTF-8 QP): a chemical-safety training for nail salon workers on ventilation and gloves; no individual.")
def _():
    body = T("""
Lớp học miễn phí: AN TOÀN HÓA CHẤT TRONG TIỆM NAIL

Chủ nhật 14/6, 9 giờ - 12 giờ trưa, Thư viện Brightwater, phòng B.

Nội dung:
- Cách chọn găng tay nitrile đúng loại khi làm bột acrylic
- Thông gió và máy hút bụi tại bàn làm việc
- Dấu hiệu viêm da, kích ứng mắt và đường hô hấp - khi nào nên đi bác sĩ
- Quyền của người lao động khi bị thương tại nơi làm việc

Có bánh mì và cà phê. Người tham dự nhận khẩu trang miễn phí.
Đăng ký: 555-0184 (chị Mai).
""")
    return message(A("Brightwater Nail Salon Collaborative", "info@nailsafety.example.org"),
                   A("Chủ tiệm nail", "salon-owners@lists.example.org"),
                   "Lớp an toàn hóa chất miễn phí - 14/6", text(body, cte="quoted-printable"), D("05-29 11:00"))


@M("none", "trabaho-caregiver-hiring", trap=True, lang="tl",
   reason="Tagalog-English job posting for caregivers and nursing aides; no individual.")
def _():
    body = T("""
HIRING! Caregivers at Nursing Aides para sa Summit Home Care

Naghahanap kami ng:
- 10 caregiver (live-out, day at night shift)
- 4 certified nursing assistant (CNA)

Trabaho: pag-aalaga sa mga matatanda sa bahay - pagpapaligo,
pagpapakain, pagpapainom ng gamot ayon sa schedule, at pagsama sa
doctor's appointments.

Kailangan: may karanasan kahit 6 na buwan, mabait at matiyaga, at
handang magpa-background check at TB test bago magsimula.

Sahod: $19-$23 kada oras. May training na libre.
Mag-apply: i-text ang "CAREGIVER" sa 555-0173 o mag-email sa
jobs@summithomecare.example.com
""")
    return message(A("Summit Home Care Hiring", "jobs@summithomecare.example.com"),
                   A("Filipino Community Jobs", "fil-jobs@lists.example.org"),
                   "HIRING: Caregivers at CNA - Summit Home Care", text(body), D("07-09 18:00"))


@M("none", "baoxian-fuli-shuominghui", trap=True, lang="zh",
   reason="Chinese (GB2312 8bit): HR invites staff to a benefits briefing on health insurance and work-injury coverage; no individual.")
def _():
    body = T("""
各位同事：

人事部将于 11 月 5 日（星期四）下午 3 点在二楼会议室举办 2027 年员工
福利说明会，内容包括：

一、医疗保险：新的自付额和门诊费用说明
二、牙科和眼科保险
三、工伤保险：在工作中受伤后应该怎么做、找哪家诊所
四、员工心理援助计划（免费、保密）

说明会有中文翻译。不能参加的同事可以到人事部领取资料。

人事部 李芳
电话：555-0144
""")
    return message(A("人事部", "hr@goldenlotusgroup.example.com", cs="gb2312"),
                   A("全体员工", "allstaff@goldenlotusgroup.example.com", cs="gb2312"),
                   "2027 年员工福利说明会通知", text(body, cs="gb2312", cte="8bit"), D("10-28 10:00"), hcs="gb2312")


@M("none", "hakgyo-geongang-geomjin-iljeong", trap=True, lang="ko",
   reason="Korean (EUC-KR base64): school health screening schedule by grade; no student's results.")
def _():
    body = T("""
리지뷰 중학교 학부모님께

2026학년도 학생 건강검진 일정을 안내해 드립니다.

- 10월 6일(화): 7학년 시력 및 청력 검사
- 10월 7일(수): 7학년 척추측만증 선별검사
- 10월 8일(목): 8학년 시력 및 청력 검사

검사 결과 추가 진료가 필요한 학생의 가정에만 개별 안내문을 보내
드립니다. 검사를 원하지 않으시면 10월 2일까지 보건실로 알려 주십시오.

문의: 보건실 555-0153
""")
    return message(A("리지뷰 중학교 보건실", "ridgeview-health@oakhollowusd.example.org", cs="euc-kr"),
                   A("Ridgeview Korean Families", "ridgeview-korean@oakhollowusd.example.org"),
                   "학생 건강검진 일정 안내", text(body, cs="euc-kr", cte="base64"), D("09-25 13:00"), hcs="euc-kr")


@M("none", "grafik-profosmotra-po-tsekham", trap=True, lang="ru",
   reason="Russian (windows-1251 base64): periodic medical examination schedule by workshop; no employee's results.")
def _():
    body = T("""
Уважаемые коллеги!

Ежегодный периодический медицинский осмотр пройдёт в медпункте
завода по следующему графику:

  12 октября - механический цех, 1-я смена
  13 октября - механический цех, 2-я смена
  14 октября - сварочный участок и покрасочная линия
  15 октября - склад и администрация

С собой иметь паспорт и направление от отдела кадров. Анализ крови
сдаётся натощак. Результаты получает только сотрудник и врач-
профпатолог; работодателю сообщается лишь заключение «годен/не годен».

Отдел охраны труда
""")
    return message(A("Отдел охраны труда", "ohrana-truda@meridiantool.example.com", cs="windows-1251"),
                   A("Все сотрудники", "all@meridiantool.example.com", cs="windows-1251"),
                   "График профосмотра на октябрь",
                   text(body, cs="windows-1251", cte="base64"), D("09-21 08:30"), hcs="windows-1251")


@M("none", "programma-dms-dlya-sotrudnikov", trap=True, lang="ru",
   reason="Russian (KOI8-R 8bit): description of a corporate voluntary health insurance programme; no individual.")
def _():
    body = T("""
Коллеги, добрый день!

С 1 января компания переходит на новую программу добровольного
медицинского страхования (ДМС). Что входит в программу:

- приём терапевта и узких специалистов, анализы и УЗИ;
- стоматология (лечение, без протезирования);
- вызов врача на дом и скорая помощь;
- консультации психолога - до 5 встреч в год;
- вакцинация от гриппа.

Полисы будут выданы до 25 декабря. Родственников можно прикрепить по
корпоративному тарифу.

Отдел персонала
""")
    return message(A("Отдел персонала", "hr@meridiantool.example.com", cs="koi8-r"),
                   A("Все сотрудники", "all@meridiantool.example.com", cs="koi8-r"),
                   "Новая программа ДМС с 1 января",
                   text(body, cs="koi8-r", cte="8bit"), D("12-10 10:00"), hcs="koi8-r")


@M("none", "taajil-jalsa-mahkama", trap=True, lang="ar",
   reason="Arabic (windows-1256 QP): a court notice that a hearing is rescheduled, with only a case number; no health content.")
def _():
    body = T("""
إشعار بتأجيل جلسة

المحكمة العليا لمقاطعة برايتووتر - الدائرة المدنية

رقم القضية: CV-2026-000920

نحيطكم علماً بأن الجلسة المقررة يوم الإثنين 8 يونيو 2026 الساعة
التاسعة صباحاً قد تأجلت إلى يوم الخميس 18 يونيو 2026 في نفس الموعد،
القاعة رقم 5.

يمكن الحضور عن بعد عبر الرابط المنشور على موقع المحكمة. تتوفر خدمة
الترجمة الفورية إلى اللغة العربية عند الطلب قبل الجلسة بثلاثة أيام.

للاستفسار: 555-0136
""")
    return message(A("Court Interpreter Office", "interpreters@courts.brightwatercounty.example.org"),
                   A("Arabic Notices", "arabic-notices@lists.example.org"),
                   "إشعار بتأجيل جلسة - CV-2026-000920",
                   text(body, cs="windows-1256", cte="quoted-printable"), D("06-04 11:00"), hcs="windows-1256")


@M("none", "klinik-vaksen-lekol-paran", trap=True, lang="ht",
   reason="Haitian Creole (UTF-8 QP): school vaccine clinic notice for all families; no student.")
def _():
    body = T("""
Chè paran,

Madi 20 oktòb, enfimyè depatman sante konte a pral bay vaksen kont
grip gratis nan lekòl la pou tout elèv ki gen fòm konsantman siyen pa
paran yo.

- Fòm yo nan katab vandredi a.
- Tanpri retounen yo anvan 15 oktòb.
- Sa pa koute fanmi yo anyen.

Si w gen kesyon, rele biwo enfimyè a nan 555-0152. Nou gen moun ki pale
kreyòl.

Mèsi!
Lekòl Elemantè Juniper
""")
    return message(NURSE_JE, A("Paran Juniper", "juniper-kreyol@oakhollowusd.example.org"),
                   "Klinik vaksen grip gratis nan lekòl la - 20 oktòb",
                   text(body, cte="quoted-printable"), D("10-05 15:40"))


@M("none", "badania-okresowe-szkolenie-bhp", trap=True, lang="pl",
   reason="Polish (ISO-8859-2 QP): periodic occupational medical exams and health-and-safety training schedule; no individual.")
def _():
    body = T("""
Szanowni Pracownicy,

Przypominamy o terminach badań okresowych z zakresu medycyny pracy
oraz szkoleń BHP w maju:

- 11-12 maja: badania okresowe, wydział obróbki (przychodnia
  MedPraca, ul. Fabryczna 8, godz. 7:00-13:00)
- 13 maja: badania okresowe, magazyn i administracja
- 20 maja: szkolenie okresowe BHP, sala konferencyjna, godz. 14:00

Skierowania na badania wydaje dział kadr. Prosimy zabrać dowód
osobisty i okulary, jeśli ich używacie. Orzeczenie lekarskie trafia do
akt osobowych tylko w zakresie "zdolny/niezdolny do pracy".

Dział BHP
""")
    return message(A("Dział BHP", "bhp@pl.meridiantool.example.com", cs="iso-8859-2"),
                   A("Wszyscy pracownicy", "wszyscy@pl.meridiantool.example.com"),
                   "Badania okresowe i szkolenie BHP - maj",
                   text(body, cs="iso-8859-2", cte="quoted-printable"), D("04-27 08:00", tz="+0200"), hcs="iso-8859-2", hmode="Q")


@M("none", "kancelaria-odszkodowania-newsletter", trap=True, lang="pl",
   reason="Polish (UTF-8 base64): a law firm newsletter on compensation after road and work accidents; no client.")
def _():
    body = T("""
Newsletter Kancelarii Nowak & Wiśniewski - czerwiec 2026

1. Odszkodowanie po wypadku komunikacyjnym - ile masz czasu?
   Roszczenia wobec ubezpieczyciela OC sprawcy przedawniają się
   zasadniczo po 3 latach. Wyjaśniamy, jakie dokumenty medyczne warto
   zbierać od pierwszego dnia.

2. Wypadek przy pracy a zwolnienie lekarskie - co wypłaca ZUS?

3. Zadośćuczynienie za błąd medyczny: nowe orzecznictwo.

Bezpłatna konsultacja: 555-0127
Aby zrezygnować z newslettera, odpisz „STOP”.
""")
    return message(A("Kancelaria Nowak & Wiśniewski", "newsletter@nowakwisniewski.example.com"),
                   A("Subskrybent", "subskrybent@example.net"),
                   "Newsletter: odszkodowania po wypadkach - czerwiec",
                   text(body, cte="base64"), D("06-10 08:00", tz="+0200"))


# ======================================================================
#                          BUILD, WRITE, VERIFY
# ======================================================================
def build():
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    files = {}
    rows = []
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        ST.slug, ST.n = m["slug"], 0
        data = m["fn"]()
        rel = "%s/%03d-%s.eml" % (m["label"], num, m["slug"])
        m["file"] = rel
        m["data"] = data
        files[rel] = data
        rows.append("%s\t%s\t%s\n" % (rel, m["label"], m["reason"]))
    return files, "".join(rows)


def write(files, tsv):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".eml") and "%s/%s" % (lab, fn) not in files:
                os.remove(os.path.join(d, fn))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(tsv)


_HOST_OK = re.compile(r"(^|\.)example\.(com|org|net)$|\.test$", re.I)


def _check_strings(s, where, errs):
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", s):
        if not _HOST_OK.search(m.group(1)):
            errs.append("%s: address outside the example domains: %s" % (where, m.group(0)))
    for m in re.finditer(r"(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", s):
        host = m.group(1)
        if m.group(0).startswith("www."):
            host = "www." + host
        if not _HOST_OK.search(host):
            errs.append("%s: URL outside the example domains: %s" % (where, m.group(0)))
    for m in re.finditer(r"(?<!\d)555[-.](\d{4})(?!\d)", s):
        if not m.group(1).startswith("01"):
            errs.append("%s: phone outside 555-01xx: %s" % (where, m.group(0)))
    for m in re.finditer(r"(?<![\d-])\(?\d{3}\)?[-. ]\d{3}-\d{4}(?!\d)", s):
        errs.append("%s: full phone number: %s" % (where, m.group(0)))


def _check_pdf(b, where, errs):
    texts = []
    try:
        assert b.startswith(b"%PDF-1."), "no header"
        sx = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", b).group(1))
        m = re.match(rb"xref\n0 (\d+)\n", b[sx:])
        assert m, "xref not at startxref"
        n = int(m.group(1))
        pos = sx + m.end()
        for i in range(1, n):
            ent = b[pos + 20 * i:pos + 20 * i + 20]
            assert len(ent) == 20 and ent.endswith(b" n \n"), "bad xref entry %d" % i
            off = int(ent[:10])
            assert b[off:].startswith(b"%d 0 obj" % i), "xref offset of object %d" % i
        for sm in re.finditer(rb"<< /Length (\d+) >>\nstream\n", b):
            ln = int(sm.group(1))
            assert b[sm.end() + ln:sm.end() + ln + 9] == b"endstream", "stream length"
        for t in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", b):
            texts.append(re.sub(rb"\\(.)", rb"\1", t).decode("latin-1"))
    except Exception as e:  # noqa
        errs.append("%s: PDF: %s" % (where, e))
    return "\n".join(texts)


def _check_msg_headers(msg, where, errs, top=True):
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg.get(h) is None:
            errs.append("%s: missing %s" % (where, h))
    if msg.get("Content-Type") is not None and msg.get("MIME-Version") is None:
        errs.append("%s: Content-Type without MIME-Version" % where)
    try:
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None:
            errs.append("%s: Date not in 2026 with a zone" % where)
    except Exception as e:  # noqa
        errs.append("%s: bad Date %s" % (where, e))
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg.get("Message-ID", ""))):
        errs.append("%s: malformed Message-ID" % where)
    out = []
    for k, v in msg.items():
        s = str(v)
        if "=?" in s:
            errs.append("%s: undecoded encoded word in %s" % (where, k))
        out.append(s)
    return "\n".join(out)


def verify(files, tsv):
    errs = []
    counts = collections.Counter()
    nonen = 0
    # what is on disk must be what build() produced
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        have = set("%s/%s" % (lab, f) for f in os.listdir(d) if f.endswith(".eml")) if os.path.isdir(d) else set()
        want = set(r for r in files if r.startswith(lab + "/"))
        for r in sorted(have - want):
            errs.append("%s: on disk but not generated" % r)
        for r in sorted(want - have):
            errs.append("%s: generated but not on disk" % r)
    for rel, data in files.items():
        p = os.path.join(HERE, rel)
        if os.path.exists(p):
            with open(p, "rb") as f:
                if f.read() != data:
                    errs.append("%s: differs from what gen.py writes" % rel)
    tp = os.path.join(HERE, "labels.tsv")
    if not os.path.exists(tp) or open(tp, encoding="utf-8").read() != tsv:
        errs.append("labels.tsv differs from what gen.py writes")
    nums = []
    seen = set()
    for line in tsv.splitlines():
        rel, lab, reason = line.split("\t")
        if rel in seen:
            errs.append("%s: listed twice" % rel)
        seen.add(rel)
        if not rel.startswith(lab + "/"):
            errs.append("%s: folder is not the label %s" % (rel, lab))
        if not reason or "\n" in reason:
            errs.append("%s: bad reason" % rel)
        nums.append(int(rel.split("/")[1][:3]))
        counts[lab] += 1
    if sorted(nums) != list(range(1, 201)):
        errs.append("numbers are not 001-200")
    if set(seen) != set(files):
        errs.append("labels.tsv does not list every file once")
    want = {"none": 100, "phi": 65, "restricted": 35}
    if dict(counts) != want:
        errs.append("counts %s, want %s" % (dict(counts), want))
    for m in MSGS:
        for bad in ("trap", "phi", "restricted", "none"):
            if bad in m["slug"]:
                errs.append("%s: slug gives the label away" % m["slug"])
        if not re.fullmatch(r"[a-z0-9-]+", m["slug"]):
            errs.append("%s: slug not ASCII lower-case" % m["slug"])
        if m["lang"] != "en":
            nonen += 1
        if m["label"] == "restricted" and m["cat"] not in ("mental", "sud", "hiv", "genetic", "repro"):
            errs.append("%s: restricted without a category" % m["slug"])
    for rel, data in sorted(files.items()):
        if data.count(b"\n") != data.count(b"\r\n") or b"\r" in data.replace(b"\r\n", b""):
            errs.append("%s: bare CR or LF" % rel)
        for i, ln in enumerate(data.split(b"\r\n")):
            if len(ln) > 998:
                errs.append("%s: line %d longer than 998 octets" % (rel, i + 1))
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        seen_text = [_check_msg_headers(msg, rel, errs)]
        for part in msg.walk():
            where = "%s [%s]" % (rel, part.get_content_type())
            if part.defects:
                errs.append("%s: defects %s" % (where, part.defects))
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload()[0]
                seen_text.append(_check_msg_headers(inner, where + " inner", errs))
                continue
            if part.is_multipart():
                continue
            for k, v in part.items():
                if "=?" in str(v):
                    errs.append("%s: undecoded encoded word in %s" % (where, k))
            fn = part.get_filename()
            if fn:
                seen_text.append(fn)
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            raw = part.get_payload()
            if cte == "base64":
                lines = [x for x in raw.splitlines() if x]
                if any(len(x) > 76 for x in lines):
                    errs.append("%s: base64 line over 76" % where)
                try:
                    base64.b64decode("".join(lines), validate=True)
                except Exception as e:  # noqa
                    errs.append("%s: bad base64 %s" % (where, e))
            elif cte == "quoted-printable":
                if any(len(x) > 76 for x in raw.splitlines()):
                    errs.append("%s: QP line over 76" % where)
                if re.search(r"=(?![0-9A-F]{2}|\r?$)", raw, re.M):
                    errs.append("%s: bad QP escape" % where)
            elif cte == "7bit":
                if any(ord(c) > 127 for c in raw):
                    errs.append("%s: non-ASCII in 7bit part" % where)
            elif cte != "8bit":
                errs.append("%s: unexpected transfer encoding %s" % (where, cte))
            payload = part.get_payload(decode=True)
            try:
                part.get_content()
            except Exception as e:  # noqa
                errs.append("%s: get_content failed %s" % (where, e))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    txt = payload.decode(codec(cs))
                except Exception as e:  # noqa
                    errs.append("%s: does not decode as %s: %s" % (where, cs, e))
                    txt = ""
                if part.get_content_subtype() == "calendar" or (fn or "").endswith(".ics"):
                    txt = re.sub(r"\r?\n[ \t]", "", txt)
                seen_text.append(txt)
                if part.get_content_subtype() == "calendar" or (fn or "").endswith(".ics"):
                    for obj in ("VCALENDAR", "VEVENT", "VTIMEZONE"):
                        if txt.count("BEGIN:" + obj) != txt.count("END:" + obj):
                            errs.append("%s: unbalanced %s" % (where, obj))
            elif part.get_content_type() == "application/pdf":
                seen_text.append(_check_pdf(payload, where, errs))
            elif part.get_content_type() == "application/ics":
                txt = re.sub(r"\r?\n[ \t]", "", payload.decode("utf-8"))
                seen_text.append(txt)
                for obj in ("VCALENDAR", "VEVENT", "VTIMEZONE"):
                    if txt.count("BEGIN:" + obj) != txt.count("END:" + obj):
                        errs.append("%s: unbalanced %s" % (where, obj))
        _check_strings("\n".join(seen_text), rel, errs)
    return errs, counts, nonen


# ---------------------------------------------------------------- stats --
LANG_NAMES = {"es": "Spanish", "pt": "Portuguese", "fr": "French", "vi": "Vietnamese", "tl": "Tagalog",
              "zh": "Chinese", "ko": "Korean", "ru": "Russian", "ar": "Arabic", "ht": "Haitian Creole",
              "pl": "Polish"}


def stats():
    files, _ = build()
    print("counts:", dict(collections.Counter(m["label"] for m in MSGS)))
    print("traps among none:", sum(1 for m in MSGS if m["label"] == "none" and m["trap"]))
    print("not in English:", sum(1 for m in MSGS if m["lang"] != "en"))
    for lab in LABELS:
        ms = [m for m in MSGS if m["label"] == lab]
        print("  %s: %d not in English: %s" % (lab, sum(1 for m in ms if m["lang"] != "en"),
              dict(collections.Counter(LANG_NAMES[m["lang"]] for m in ms if m["lang"] != "en"))))
    print("languages:", dict(collections.Counter(LANG_NAMES[m["lang"]] for m in MSGS if m["lang"] != "en")))
    print("restricted cats:", dict(collections.Counter(m["cat"] for m in MSGS if m["label"] == "restricted")))
    top = collections.Counter()
    inner = collections.Counter()
    cte = collections.Counter()
    cs = collections.Counter()
    for m in MSGS:
        msg = BytesParser(policy=email.policy.default).parsebytes(m["data"])
        top[msg.get_content_type() if msg.get("Content-Type") else "text/plain (no MIME headers)"] += 1
        for p in msg.walk():
            if p is msg:
                continue
            if p.get_content_type() == "message/rfc822" or not p.is_multipart():
                inner[p.get_content_type()] += 1
        for p in msg.walk():
            if not p.is_multipart():
                cte[str(p.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
                if p.get_content_maintype() == "text":
                    cs[(p.get_content_charset() or "us-ascii").lower()] += 1
    print("top-level:", dict(top))
    print("inner parts:", dict(inner))
    print("transfer encodings:", dict(cte))
    print("charsets:", dict(cs))
    print("non-English detail:")
    for m in MSGS:
        if m["lang"] != "en":
            msg = BytesParser(policy=email.policy.default).parsebytes(m["data"])
            css = sorted(set((p.get_content_charset() or "us-ascii") for p in msg.walk() if p.get_content_maintype() == "text"))
            ctes = sorted(set(str(p.get("Content-Transfer-Encoding", "7bit")).lower() for p in msg.walk() if not p.is_multipart()))
            print("   %-10s %-3s %-55s %s %s" % (m["label"], m["lang"], m["slug"], css, ctes))
    print("borderline:")
    for m in MSGS:
        if m["reason"].startswith("borderline:"):
            print("   %-10s %s" % (m["label"], m["slug"]))
    slugs = [m["slug"] for m in MSGS]
    print("dup slugs:", [s for s in set(slugs) if slugs.count(s) > 1])


def main():
    if "--stats" in sys.argv:
        stats()
        return
    files, tsv = build()
    if "--check" not in sys.argv:
        write(files, tsv)
    errs, counts, nonen = verify(files, tsv)
    for e in errs:
        print(e)
    print("%d messages: %s; %d not in English; %d problems" % (sum(counts.values()), dict(counts), nonen, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
