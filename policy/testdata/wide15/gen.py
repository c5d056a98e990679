#!/usr/bin/env python3
"""wide15 generator: mail of sensitive-care organisations and their business
associates.  Python 3 standard library only, deterministic.

    python3 gen.py           # rewrite none/ phi/ restricted/ and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk

Labels follow ../blind4/LABELLING.md.  Everything here is invented.
"""
import base64
import csv
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import sys
import zlib
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("none", "phi", "restricted")
EXPECT = {"none": 100, "phi": 60, "restricted": 40}
CRLF = b"\r\n"

# --------------------------------------------------------------------------
# identifiers with real check digits (made-up numbers)

def npi(base9):
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


def dea(letters, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]

# --------------------------------------------------------------------------
# organisations and people (all invented)

PART2 = ("42 CFR PART 2 NOTICE: This information has been disclosed to you from\n"
         "records protected by federal confidentiality rules (42 CFR part 2). The\n"
         "federal rules prohibit you from making any further disclosure of this\n"
         "information unless further disclosure is expressly permitted by the\n"
         "written consent of the person to whom it pertains or as otherwise\n"
         "permitted by 42 CFR part 2. A general authorization for the release of\n"
         "medical or other information is NOT sufficient for this purpose.")
CONF = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for\n"
        "the sole use of the intended recipient(s) and may contain confidential\n"
        "and privileged information, including protected health information. If\n"
        "you are not the intended recipient, please notify the sender by reply\n"
        "e-mail and destroy all copies of the original message.")
BACONF = ("This message is confidential and intended only for the addressee. If\n"
          "you received it in error, please delete it and let us know.")

ORG = {
    "lbh": ("Lanternway Behavioral Health", "lanternway.example.org",
            "2140 Alder Street, Suite 300, Portland, OR 97205", "(503) 555-0120", CONF),
    "shr": ("Second Harbor Recovery Center", "secondharbor.example.org",
            "88 Wharf Road, New Bedford, MA 02740", "(508) 555-0130", PART2 + "\n\n" + CONF),
    "mic": ("Meridian Infectious Disease Clinic", "meridian-id.example.org",
            "1500 Calder Avenue, Building C, Houston, TX 77004", "(713) 555-0140", CONF),
    "hpg": ("Helix Path Genetic Counseling", "helixpath.example.com",
            "77 Innovation Way, Suite 210, Durham, NC 27701", "(919) 555-0150", CONF),
    "bwh": ("Bloom Women's Health", "bloomwh.example.org",
            "400 Magnolia Boulevard, Atlanta, GA 30308", "(404) 555-0160", CONF),
    "chp": ("Cedar Hollow Psychiatric Hospital", "cedarhollow.example.org",
            "9 Cedar Hollow Road, Millbrook, NY 12545", "(845) 555-0170", CONF),
    "cb": ("ClaimBridge Billing Services", "claimbridge.example.com",
           "310 Front Street, Columbus, OH 43215", "(614) 555-0180", BACONF),
    "nb": ("NorthBeam Managed IT", "northbeam.example.net",
           "1200 Westlake Ave N, Seattle, WA 98109", "(206) 555-0185", BACONF),
    "tc": ("TheraChart EHR", "therachart.example.com",
           "600 Congress Avenue, Austin, TX 78701", "(512) 555-0190", BACONF),
    "bw": ("Brightwater Creative", "brightwater.example.com",
           "222 W Kinzie St, Chicago, IL 60654", "(312) 555-0195", BACONF),
    "pl": ("PayLoom Payroll & HR", "payloom.example.com",
           "45 Commerce Drive, Omaha, NE 68102", "(800) 555-0111", BACONF),
    "gr": ("Granite Row Properties", "graniterow.example.com",
           "1000 Peachtree Street NE, Atlanta, GA 30309", "(404) 555-0166", ""),
    "km": ("Keel Medical Supply", "keelmed.example.com",
           "19 Industrial Parkway, Memphis, TN 38118", "(877) 555-0112", BACONF),
    "cbca": ("Commission on Behavioral Care Accreditation", "cbca.example.org",
             "1701 K Street NW, Washington, DC 20006", "(202) 555-0113", ""),
    "alder": ("Alder Community Health Foundation", "alderfdn.example.org",
              "50 Federal Street, Boston, MA 02110", "(617) 555-0114", ""),
    "th": ("Tidewater Health Plan", "tidewaterhp.example.com",
           "5 Harbor Point, Norfolk, VA 23510", "(757) 555-0115", CONF),
    "cl": ("Crestline Reference Laboratory", "crestlinelab.example.com",
           "2600 Elm Hill Pike, Nashville, TN 37214", "(615) 555-0116", CONF),
    "cty": ("Bristol Harbor County Health Department", "health.bristolharbor.test",
            "133 William Street, New Bedford, MA 02740", "(508) 555-0117", ""),
}

# key: (display name, local part, org, title, direct phone)
PEOPLE = {
    # Lanternway Behavioral Health
    "praman": ("Priya Raman", "praman", "lbh", "LCSW, Clinical Supervisor, Adult Outpatient", "(503) 555-0122"),
    "mreyes": ("Marcus Reyes", "mreyes", "lbh", "PsyD, Clinical Director", "(503) 555-0123"),
    "dwhit": ("Dana Whitfield", "dwhitfield", "lbh", "HR & Credentialing Coordinator", "(503) 555-0124"),
    "taguilar": ("Tomás Aguilar", "taguilar", "lbh", "LPC, Bilingual Therapist", "(503) 555-0125"),
    "ltran": ("Lien Tran", "ltran", "lbh", "Care Coordinator", "(503) 555-0126"),
    "esato": ("Evan Sato", "esato", "lbh", "MD, Staff Psychiatrist", "(503) 555-0127"),
    "jbapt": ("Jolene Baptiste", "jbaptiste", "lbh", "Intake Specialist", "(503) 555-0128"),
    "mdela": ("Maricel Dela Cruz", "mdelacruz", "lbh", "RN, Nurse Care Manager", "(503) 555-0129"),
    # Second Harbor Recovery Center (OTP)
    "hokafor": ("Hannah Okafor", "hokafor", "shr", "MD, Medical Director", "(508) 555-0131"),
    "rcosta": ("Ray Costa", "rcosta", "shr", "Program Director", "(508) 555-0132"),
    "blind": ("Beth Lindqvist", "blindqvist", "shr", "PharmD, Dispensing Pharmacist", "(508) 555-0133"),
    "lferr": ("Luis Ferreira", "lferreira", "shr", "LADC, Counselor", "(508) 555-0134"),
    "mjoseph": ("Mireille Joseph", "mjoseph", "shr", "RN, Dosing Nurse", "(508) 555-0135"),
    "apetrova": ("Anya Petrova", "apetrova", "shr", "Intake & Admissions", "(508) 555-0136"),
    # Meridian Infectious Disease Clinic
    "sadey": ("Samuel Adeyemi", "sadeyemi", "mic", "MD, Infectious Diseases", "(713) 555-0141"),
    "cmendes": ("Carla Mendes", "cmendes", "mic", "PrEP Navigator", "(713) 555-0142"),
    "bnguyen": ("Bao Nguyen", "bnguyen", "mic", "PharmD, Pharmacy Manager", "(713) 555-0143"),
    "khollis": ("Kendra Hollis", "khollis", "mic", "Practice Manager", "(713) 555-0144"),
    "jrpierre": ("Jean-Robert Pierre", "jrpierre", "mic", "Community Outreach Lead", "(713) 555-0145"),
    "wlin": ("Wei Lin", "wlin", "mic", "MD, Travel & Tropical Medicine", "(713) 555-0146"),
    # Helix Path Genetic Counseling
    "isol": ("Ingrid Solberg", "isolberg", "hpg", "MS, CGC, Genetic Counselor", "(919) 555-0151"),
    "rortiz": ("Rafael Ortiz", "rortiz", "hpg", "MD, Medical Geneticist", "(919) 555-0152"),
    "anwosu": ("Amara Nwosu", "anwosu", "hpg", "Office Manager", "(919) 555-0153"),
    "cdubois": ("Claire Dubois", "cdubois", "hpg", "MS, CGC, Cancer Genetics", "(919) 555-0154"),
    # Bloom Women's Health / Bloom Fertility Center
    "nhaddad": ("Nadia Haddad", "nhaddad", "bwh", "MD, Obstetrics & Gynecology", "(404) 555-0161"),
    "jpark": ("Julia Park", "jpark", "bwh", "MD, Reproductive Endocrinology, Bloom Fertility Center", "(404) 555-0162"),
    "tgreene": ("Tasha Greene", "tgreene", "bwh", "Practice Manager", "(404) 555-0163"),
    "msantos": ("Maribel Santos", "msantos", "bwh", "RN, Nurse Navigator", "(404) 555-0164"),
    "hcho": ("Hye-jin Cho", "hcho", "bwh", "Embryology Lab Director, Bloom Fertility Center", "(404) 555-0165"),
    # Cedar Hollow Psychiatric Hospital
    "obrandt": ("Oliver Brandt", "obrandt", "chp", "MD, Chief Medical Officer", "(845) 555-0171"),
    "gliu": ("Grace Liu", "gliu", "chp", "RN, Nurse Manager, 3 West", "(845) 555-0172"),
    "pdoyle": ("Patrick Doyle", "pdoyle", "chp", "Director of Human Resources", "(845) 555-0173"),
    "rcast": ("Renee Castillo", "rcastillo", "chp", "RN, Employee Health", "(845) 555-0174"),
    "lmoreau": ("Leah Moreau", "lmoreau", "chp", "MD, Attending Psychiatrist", "(845) 555-0175"),
    "svarma": ("Sunil Varma", "svarma", "chp", "Research Coordinator", "(845) 555-0176"),
    "oivanova": ("Olga Ivanova", "oivanova", "chp", "LCSW, Social Work", "(845) 555-0177"),
    # business associates and others
    "gpohl": ("Gretchen Pohl", "gpohl", "cb", "Client Account Manager", "(614) 555-0181"),
    "alittle": ("Andre Little", "alittle", "cb", "CPC, Coding Lead", "(614) 555-0182"),
    "kbren": ("Kyle Brennan", "kbrennan", "nb", "Service Desk Lead", "(206) 555-0186"),
    "fzahra": ("Fatima Zahra", "fzahra", "nb", "Security Analyst", "(206) 555-0187"),
    "smarch": ("Sofia Marchetti", "smarchetti", "tc", "Implementation Manager", "(512) 555-0191"),
    "dyoon": ("Derek Yoon", "dyoon", "tc", "Interface Analyst", "(512) 555-0192"),
    "jcall": ("Jess Calloway", "jcalloway", "bw", "Account Director", "(312) 555-0196"),
    "mavery": ("Monique Avery", "mavery", "pl", "Payroll Specialist", "(800) 555-0118"),
    "bhart": ("Bill Hartigan", "bhartigan", "gr", "Property Manager", "(404) 555-0167"),
    "jkess": ("Joanne Kessler", "jkessler", "km", "Account Representative", "(877) 555-0119"),
    "peverett": ("Paul Everett", "peverett", "cbca", "PhD, Lead Surveyor", "(202) 555-0138"),
    "rdelgado": ("Rosa Delgado", "rdelgado", "alder", "Senior Program Officer", "(617) 555-0139"),
    "nvasq": ("Nina Vasquez", "nvasquez", "th", "Provider Relations Representative", "(757) 555-0147"),
    "um": ("Tidewater Utilization Management", "um", "th", "", "(757) 555-0148"),
    "tbeck": ("Tom Becker", "tbecker", "cl", "Client Services", "(615) 555-0149"),
    "epi": ("Marta Silva", "msilva", "cty", "MPH, Epidemiologist", "(508) 555-0157"),
}


def who(key):
    name, local, org, _t, _p = PEOPLE[key]
    return (name, local + "@" + ORG[org][1])


def box(name, local, org):
    return (name, local + "@" + ORG[org][1])


def sig(key, footer=True, short=False):
    name, local, org, title, phone = PEOPLE[key]
    oname, dom, adr, main, foot = ORG[org]
    if short:
        s = "--\n%s | %s\n%s" % (name, oname, phone)
    else:
        lines = ["--", name + (", " + title if title else ""), oname, adr,
                 "Direct %s | Main %s" % (phone, main), "https://www.%s" % dom]
        s = "\n".join(lines)
    if footer and foot:
        s += "\n\n" + foot
    return s


def osig(org, dept=None, footer=True):
    oname, dom, adr, main, foot = ORG[org]
    s = "--\n" + (dept + "\n" if dept else "") + oname + "\n" + adr + "\n" + main
    if footer and foot:
        s += "\n\n" + foot
    return s

# --------------------------------------------------------------------------
# MIME rendering

ATEXT = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$")


def enc_words(s, cs):
    words, cur = [], ""
    for ch in s:
        t = cur + ch
        if len(t.encode(cs)) > 36 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = t
    if cur:
        words.append(cur)
    return ["=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words]


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fmt_addr(a, cs):
    if isinstance(a, str):
        return [a]
    name, em = a
    if not name:
        return [em]
    if not is_ascii(name):
        return enc_words(name, cs) + ["<%s>" % em]
    if ATEXT.match(name) and "'" not in name:
        return [name + " <%s>" % em]
    return ['"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), em)]


def fold(name, tokens):
    lines, cur = [], name + ":"
    for t in tokens:
        if len(cur) + 1 + len(t) > 78 and cur != name + ":":
            lines.append(cur)
            cur = " " + t
        else:
            cur += " " + t
    lines.append(cur)
    return "\r\n".join(lines)


def header(name, value, cs="utf-8"):
    if name in ("From", "To", "Cc", "Reply-To", "Sender"):
        vals = value if isinstance(value, list) else [value]
        toks = []
        for i, a in enumerate(vals):
            t = fmt_addr(a, cs)
            if i < len(vals) - 1:
                t[-1] += ","
            toks += t
        return fold(name, toks)
    if not is_ascii(value):
        return fold(name, enc_words(value, cs))
    return fold(name, value.split(" "))


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None):
        self.headers, self.body, self.parts, self.boundary = headers, body, parts, boundary


def render(p, cs="utf-8", top=False):
    out = []
    for k, v in p.headers:
        out.append(header(k, v, cs).encode("ascii"))
    b = CRLF.join(out) + CRLF + CRLF
    if p.parts is None:
        return b + p.body
    bnd = p.boundary.encode()
    if top:
        b += b"This is a multi-part message in MIME format." + CRLF
    for sub in p.parts:
        b += CRLF + b"--" + bnd + CRLF + render(sub, cs)
    b += CRLF + b"--" + bnd + b"--" + CRLF
    return b


def b64(data):
    return base64.encodebytes(data).replace(b"\n", CRLF)


def qp(data):
    return quopri.encodestring(data).replace(b"\n", CRLF)


def norm(text):
    text = text.replace("\r\n", "\n")
    return text if text.endswith("\n") else text + "\n"


def text_part(text, sub="plain", cs="utf-8", cte=None, disp=None, filename=None):
    raw = norm(text).encode(cs)
    if cte is None:
        cte = "7bit" if all(c < 128 for c in raw) else "quoted-printable"
    if cte in ("7bit", "8bit"):
        body = raw.replace(b"\n", CRLF)
    elif cte == "quoted-printable":
        body = qp(raw)
    else:
        body = b64(raw.replace(b"\n", CRLF))
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if filename:
        ct += '; name="%s"' % filename
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disp or filename:
        h.append(("Content-Disposition", '%s; filename="%s"' % (disp or "attachment", filename)
                  if filename else disp))
    return Part(h, body)


def att(filename, ctype, data, cte="base64"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data.replace(b"\r\n", b"\n"))
    else:
        data = data.replace(CRLF, b"\n").replace(b"\n", CRLF)
        body = data if data.endswith(CRLF) else data + CRLF
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Transfer-Encoding", cte),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename)], body)


def rfc822(inner, filename=None):
    h = [("Content-Type", "message/rfc822")]
    h.append(("Content-Disposition", 'attachment; filename="%s"' % filename) if filename
             else ("Content-Disposition", "inline"))
    return Part(h, inner)


def html_of(text, cs="utf-8"):
    paras = norm(text).strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    return ("<html>\n<head><meta charset=\"%s\"></head>" % cs + "\n<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(out) + "\n</body>\n</html>\n")


def pdf_bytes(lines, compress=False, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 10 Tf\n14 TL\n50 760 Td\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    cdata = content.encode("latin-1")
    if compress:
        sdata = zlib.compress(cdata, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(sdata)
    else:
        sdata = cdata
        sdict = "<< /Length %d >>" % len(sdata)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        sdict.encode() + b"\nstream\n" + sdata + b"\nendstream",
        ("<< /Title (%s) /Producer (wide15 gen.py) /CreationDate (D:20261206000000Z) >>" % esc(title)).encode("latin-1"),
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


def ics(uid, summary, start, end, organizer, attendees, location="", description="", method="REQUEST"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fl(line):
        out, b = [], line
        while len(b.encode()) > 74:
            out.append(b[:74])
            b = " " + b[74:]
        out.append(b)
        return out
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//wide15//gen.py//EN", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:America/New_York", "BEGIN:STANDARD", "DTSTART:20261101T020000",
         "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:20270314T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261001T120000Z",
         "DTSTART;TZID=America/New_York:" + start, "DTEND;TZID=America/New_York:" + end,
         "SUMMARY:" + esc(summary)]
    if location:
        L.append("LOCATION:" + esc(location))
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for a in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (a[0], a[1]))
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in L:
        out += fl(l)
    return "\r\n".join(out) + "\r\n"


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def hl7(segs):
    return "\r".join(segs) + "\r"


def quote(text, who_, when):
    q = "\n".join(("> " + l) if l else ">" for l in norm(text).rstrip("\n").split("\n"))
    return "On %s, %s <%s> wrote:\n%s" % (when, who_[0], who_[1], q)


def fwd_block(frm, date, subj, to, body):
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s <%s>\n\n%s"
            % (frm[0], frm[1], date, subj, to[0], to[1], body))

# --------------------------------------------------------------------------
# message registry

MSGS = []
BASE = datetime.datetime(2026, 9, 14, 8, 3, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))


def add(label, slug, reason, frm, to, subject, body=None, *, html=None, cs="utf-8", cte=None,
        html_cte=None, atts=(), cc=None, lang="en", cat=None, extra=(), reply_to=None,
        inner=None):
    assert label in LABELS
    assert not re.search(r"none|phi|restricted|trap", slug), slug
    MSGS.append(dict(label=label, slug=slug, reason=reason, frm=frm, to=to, subject=subject,
                     body=body, html=html, cs=cs, cte=cte, html_cte=html_cte, atts=list(atts),
                     cc=cc, lang=lang, cat=cat, extra=list(extra), reply_to=reply_to))


def build(m, idx):
    date = BASE + datetime.timedelta(minutes=437 * idx + (idx * 7919) % 53)
    if date >= datetime.datetime(2026, 11, 1, 6, 0, tzinfo=datetime.timezone.utc):
        date = date.astimezone(datetime.timezone(datetime.timedelta(hours=-5)))
    frm = m["frm"]
    dom = frm[1].split("@")[1] if isinstance(frm, tuple) else frm.split("@")[1]
    h = hashlib.sha1(m["slug"].encode()).hexdigest()
    mid = "<%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), h[:12], dom)
    cs = m["cs"]
    to = m["to"] if isinstance(m["to"], list) else [m["to"]]
    hdrs = [("From", frm), ("To", to)]
    if m["cc"]:
        hdrs.append(("Cc", m["cc"] if isinstance(m["cc"], list) else [m["cc"]]))
    if m["reply_to"]:
        hdrs.append(("Reply-To", m["reply_to"]))
    hdrs += [("Subject", m["subject"]), ("Date", format_datetime(date)), ("Message-ID", mid)]
    hdrs += m["extra"]
    hdrs.append(("MIME-Version", "1.0"))
    bnd = "=_w15_%s" % h[:16]
    leafs = []
    if m["body"] is not None:
        leafs.append(text_part(m["body"], "plain", cs, m["cte"]))
    if m["html"] is not None:
        leafs.append(text_part(m["html"], "html", cs, m["html_cte"] or m["cte"]))
    if len(leafs) == 2:
        core = Part([("Content-Type", 'multipart/alternative; boundary="%s_alt"' % bnd)],
                    parts=leafs, boundary=bnd + "_alt")
    else:
        core = leafs[0]
    if m["atts"]:
        top = Part(hdrs + [("Content-Type", 'multipart/mixed; boundary="%s_mix"' % bnd)],
                   parts=[core] + m["atts"], boundary=bnd + "_mix")
    elif core.parts is not None:
        top = Part(hdrs + core.headers, parts=core.parts, boundary=core.boundary)
    else:
        top = Part(hdrs + core.headers, core.body)
    return render(top, cs, top=True)


def inner_msg(frm, to, subject, body, date, mid, cs="us-ascii"):
    hdrs = [("From", frm), ("To", [to]), ("Subject", subject), ("Date", date), ("Message-ID", mid),
            ("MIME-Version", "1.0")]
    p = text_part(body, "plain", "us-ascii" if is_ascii(body) else "utf-8", "7bit" if is_ascii(body) else "quoted-printable")
    return render(Part(hdrs + p.headers, p.body))

# ==========================================================================
# NONE (100): ordinary staff and business mail of sensitive-care organisations

def none_messages():
    N = "none"
    add(N, "staff-meeting-thursday", "staff meeting agenda at a behavioral-health service; no client named",
        who("mreyes"), [who("praman"), who("taguilar"), who("ltran")], "Thursday all-staff meeting - agenda",
        f"""Hi Priya, Tomás and Lien,

Quick reminder that Thursday's all-staff meeting is in the 3rd floor
group room (Room 310) from 12:00 to 1:00. Lunch is on us - Pho Garden
is delivering, vegetarian options included.

Agenda:
1. New intake workflow in TheraChart (Lien, 10 min)
2. Caseload balancing for Q4 - please bring your current numbers
3. Updated safety-planning template (blank version attached to the
   shared drive, Clinical > Forms)
4. Holiday coverage sign-up
5. Open floor

If you're seeing clients at noon, dial in at (503) 555-0199, code
4412 08#.

Thanks,
Marcus

{sig("mreyes")}""")

    add(N, "night-shift-coverage-3west", "nurse manager asks staff to cover a night shift; no patient",
        who("gliu"), [box("3 West Nursing", "3west-rn", "chp")], "Coverage needed: 3 West nights Sat 10/17 and Sun 10/18",
        f"""Hi team,

We're short one RN on 3 West for the night shifts this Saturday 10/17
and Sunday 10/18 (1900-0730). Incentive pay is approved for both.

If you can pick up either night, reply to me or put your name on the
sheet at the nurses' station. Float pool has been asked too. Please
don't swap directly in the scheduling app until I confirm - it keeps
double-booking the charge role.

Thank you all - census has been high and I know everyone is stretched.

Grace

{sig("gliu")}""")

    add(N, "lcsw-license-renewal-due", "HR reminder that a therapist's licence expires; licence number is staff data",
        who("dwhit"), who("taguilar"), "Your license renewal - due 11/30",
        f"""Hi Tomás,

Our credentialing tracker shows your Oregon LPC license (C-40917)
expires on 11/30/2026. To keep you on the Tidewater and Medicaid panels
without a gap, please send me a copy of the renewed license as soon as
the board posts it.

Reminder that the board now requires 6 hours of ethics CE and 3 hours
of cultural competency in the renewal period. If you need the
certificate from our September ethics training, it's in the HR folder.

Thanks!
Dana

{sig("dwhit")}""")

    add(N, "cpr-recert-signup", "CPR/BLS recertification sign-up at an opioid treatment programme",
        who("rcosta"), box("Second Harbor All Staff", "allstaff", "shr"), "BLS recertification - sign-up sheet",
        f"""Good morning everyone,

Our annual BLS recertification with the Red Anchor Training Group is
scheduled for two sessions:

  Tuesday 10/20, 2:00-5:00 pm, Conference Room B
  Friday 10/23, 8:00-11:00 am, Conference Room B

All dosing nurses, counselors and front desk staff need a current card.
Please sign up on the sheet outside my office by Friday. We will also
cover the naloxone refresher in the last 30 minutes.

Ray

{sig("rcosta")}""")

    add(N, "methadone-concentrate-order", "pharmacy order for methadone stock between an OTP and its supplier; no patient",
        box("Second Harbor Pharmacy", "pharmacy", "shr"), who("jkess"), "PO 26-1187 methadone oral concentrate + dispensing supplies",
        f"""Hi Joanne,

Please process PO 26-1187 for delivery next Tuesday:

  Methadone HCl oral concentrate 10 mg/mL, 1000 mL   x 24
  Calibrated dispensing pump tubing sets             x 6
  Take-home bottles, child-resistant, 4 oz           x 2,000
  Tamper-evident labels, roll of 1,000               x 4

DEA Form 222 (electronic, CSOS) was signed this morning under our
registration {dea("RS", "482913")}. Ship-to is the dock entrance on Wharf
Road; receiving hours are 6:00-10:00 am.

Thanks,
Beth Lindqvist, PharmD

{sig("blind")}""")

    add(N, "prep-stock-reorder-340b", "borderline: 'Meridian Clinic Pharmacy' ordering PrEP stock from a supplier; no patient",
        box("Meridian Clinic Pharmacy", "pharmacy", "mic"), who("jkess"), "Reorder: emtricitabine/tenofovir DF (340B account)",
        f"""Hi Joanne,

Please place our monthly 340B replenishment order:

  Emtricitabine/tenofovir DF 200/300 mg, 30 ct   x 180 bottles
  Emtricitabine/tenofovir alafenamide, 30 ct     x 40 bottles
  Doxycycline hyclate 100 mg, 500 ct             x 4

Bill to 340B account 34-MIC-0071, ship to Building C. Our usual
wholesaler is backordered on the TAF product until November, so
anything you can fill is appreciated.

Bao

{sig("bnguyen")}""")

    add(N, "rapid-test-kit-quote", "quote for rapid HIV/HCV test kits between a clinic and a supplier",
        who("jkess"), who("khollis"), "Quote Q-55120: rapid test kits for your testing events",
        f"""Hi Kendra,

Thanks for the call. Here is pricing for the outreach events:

  Rapid HIV-1/2 antibody test, 25/box       $212.00/box   x 20
  Rapid HCV antibody test, 25/box           $198.00/box   x 10
  Kit controls (positive/negative)           $46.00/set   x 6
  Fingerstick lancets, 200/box               $11.50/box   x 10

Subtotal $6,736.00, free freight over $5,000. Lot expiry is at least
12 months from ship date. Quote valid 30 days.

Best,
Joanne

{sig("jkess")}""")

    add(N, "ehr-downtime-saturday", "IT notice of planned behavioral-health EHR downtime",
        who("kbren"), box("Lanternway All Staff", "allstaff", "lbh"), "Planned TheraChart downtime Sat 10/10 22:00-02:00",
        f"""Hello Lanternway team,

TheraChart will be unavailable from Saturday 10/10 at 22:00 until
Sunday 10/11 at 02:00 Pacific for the vendor's quarterly upgrade
(version 8.4).

During the window:
- Use the downtime packet in the red binder at each front desk.
- Crisis line staff: the read-only downtime report was refreshed
  Saturday at 18:00 and is on the encrypted laptop in the crisis office.
- Do not enter late notes on paper and then key them twice - the
  records team will back-enter on Monday.

Questions: NorthBeam service desk (206) 555-0185 or
help@northbeam.example.net.

Kyle

{sig("kbren")}""")

    add(N, "hiv-testing-day-campaign", "marketing agency proposal for an HIV testing day campaign; no individual",
        who("jcall"), [who("jrpierre"), who("khollis")], "Draft: National HIV Testing Day campaign concepts",
        f"""Hi Jean-Robert and Kendra,

Attached in the deck link below are three concepts for the June
testing day push:

  A. "Know in 20" - rapid test results in twenty minutes, bus shelters
     on the 82 and 56 lines, Spanish and English.
  B. "Your status, your power" - social video with your outreach team
     (no clients on camera, staff only, as we discussed).
  C. Pharmacy counter cards promoting free walk-in testing and PrEP
     information at Building C.

Budget range is $18-24k including paid social. We'll need your final
list of testing locations by 5/1.

https://share.brightwater.example.com/meridian-nhtd

Jess

{sig("jcall")}""",
        html=None)

    add(N, "foundation-grant-midyear-report", "grant report with aggregate programme numbers only",
        who("rcosta"), who("rdelgado"), "Mid-year report, Alder grant #AF-2026-118",
        f"""Dear Rosa,

Please find our mid-year narrative summary below; the full report and
budget-to-actual are uploaded to the grantee portal.

Reporting period: January 1 - June 30, 2026
- Unduplicated patients served: 412 (target 400)
- New admissions: 137; 61% retained at 6 months (target 55%)
- Patients linked to primary care: 208
- Community naloxone kits distributed: 1,940
- Peer recovery coach hours: 3,115

Our mobile van started two days a week in Fall River in April. We had
one staffing gap (a counselor vacancy for six weeks) which delayed
group expansion; it's now filled.

Kind regards,
Ray Costa

{sig("rcosta")}""")

    add(N, "job-posting-psych-rn", "job posting for a psychiatric nurse",
        box("Cedar Hollow Careers", "careers", "chp"), box("Hudson Valley Nursing Network", "jobs", "cty"),
        "Now hiring: Registered Nurse, Adult Inpatient Psychiatry (nights)",
        """Cedar Hollow Psychiatric Hospital - Millbrook, NY 12545

Registered Nurse - Adult Inpatient Psychiatry, 3 West (36 hrs, nights)

We're looking for RNs who want to do psychiatric nursing well:
de-escalation-first culture, 1:6 ratios on nights, and a charge nurse
on every shift.

Requirements: NYS RN license, BLS, one year of acute care (psych
preferred). PMH-BC certification reimbursed.
Pay: $48.50-$61.20/hour plus $6.00 night differential. Sign-on bonus
$7,500. Tuition support, 403(b) match, onsite parking.

Apply: https://careers.cedarhollow.example.org/req/RN-3W-2611
Questions: Talent Acquisition, (845) 555-0178

Cedar Hollow is an equal opportunity employer.""")

    add(N, "accreditation-survey-schedule", "accreditation body sends survey agenda to a psychiatric hospital",
        who("peverett"), who("obrandt"), "CBCA triennial survey - agenda for Nov 17-19",
        f"""Dear Dr. Brandt,

This confirms the triennial survey of Cedar Hollow Psychiatric Hospital
(organization ID 40-2217) on November 17-19, 2026.

Day 1: opening conference 8:00, leadership interview, environment of
care tour, medication management tracer.
Day 2: individual tracers on 3 West and the adolescent unit, seclusion
and restraint data review, staff competency file review (please have
15 files pulled at random by HR).
Day 3: infection control, emergency management, exit conference 14:00.

Please reserve a room with a locked cabinet for the survey team and
arrange a badge for three surveyors. We do not need any records sent
in advance; we'll select charts on site.

Sincerely,
Paul Everett, PhD

{sig("peverett")}""")

    add(N, "part2-consent-policy-update", "compliance policy update about consent forms; general",
        who("hokafor"), box("Second Harbor All Staff", "allstaff", "shr"), "Policy update: Part 2 consent form (rev. 10/2026)",
        f"""Hi all,

The compliance committee approved the revised Consent to Disclose form
(POL-114, rev. 10/2026). Main changes:

- A single consent can now cover future uses for treatment, payment
  and health care operations, as the updated federal rule allows.
- The redisclosure notice is printed on page 2 and must stay attached
  to anything we release.
- The old two-page form will be removed from the front desk on 11/1.

Training slides are in the Compliance folder. Please complete the
15-minute module in Relias by 11/15.

Dr. Okafor

{sig("hokafor")}""")

    add(N, "quarterly-deidentified-test-stats", "de-identified aggregate testing statistics from a genetic-counselling service",
        who("rortiz"), [who("isol"), who("cdubois"), who("anwosu")], "Q3 numbers for the board deck (de-identified)",
        f"""Hi all,

Q3 summary for Thursday's board deck - aggregate only, no identifiers:

  New consults: 318 (cancer 61%, prenatal 22%, cardiac 9%, other 8%)
  Hereditary cancer panels ordered: 171
    pathogenic/likely pathogenic: 14 (8.2%)
    VUS only: 39 (22.8%)
  Carrier screens ordered: 74
  Median wait for first appointment: 19 days (Q2: 26)
  Telehealth share: 58%

Claire, can you check the VUS rate against Q2? It looks high.

Rafael

{sig("rortiz")}""")

    add(N, "billing-vendor-invoice-october", "business invoice from billing vendor to a behavioral-health service",
        who("gpohl"), box("Lanternway Accounts Payable", "ap", "lbh"), "Invoice CB-2026-1043 (September services)",
        f"""Hello,

Attached is invoice CB-2026-1043 for September 2026 revenue-cycle
services for Lanternway Behavioral Health.

  Collections basis: $412,880.15 x 5.5%      $22,708.41
  Statement mailing, 1,210 pieces             $605.00
  Credentialing maintenance, 34 providers     $1,020.00
  Total due                                   $24,333.41

Terms net 30. ACH remit to account ending 4471, routing on file.

Thank you,
Gretchen Pohl

{sig("gpohl")}""",
        atts=[att("CB-2026-1043.pdf", "application/pdf",
                  pdf_bytes(["ClaimBridge Billing Services", "Invoice CB-2026-1043",
                             "Bill to: Lanternway Behavioral Health, Accounts Payable",
                             "Period: September 2026",
                             "Collections basis 412,880.15 x 5.5% ..... 22,708.41",
                             "Statement mailing 1,210 pieces ..... 605.00",
                             "Credentialing maintenance 34 providers ..... 1,020.00",
                             "TOTAL DUE ..... 24,333.41", "Terms: Net 30"], title="CB-2026-1043"))])

    add(N, "formulary-update-q4", "health plan formulary bulletin naming MOUD and PrEP drugs; no member",
        who("nvasq"), [who("hokafor"), who("sadey"), who("esato")], "Tidewater formulary changes effective 1/1/2027",
        f"""Dear Provider,

Tidewater Health Plan's Pharmacy & Therapeutics Committee approved the
following changes, effective January 1, 2027:

- Buprenorphine/naloxone sublingual film and tablets: prior
  authorization removed for all doses up to 24 mg/day.
- Extended-release buprenorphine injection: moved to medical benefit;
  PA no longer required for in-network OTPs.
- Emtricitabine/tenofovir DF for PrEP: $0 copay tier (preventive).
- Lisdexamfetamine: step therapy through generic methylphenidate for
  adults 18+.
- Escitalopram and sertraline remain tier 1.

Full formulary: https://providers.tidewaterhp.example.com/formulary
Provider Services: (757) 555-0115

Nina Vasquez

{sig("nvasq")}""")

    add(N, "conference-abstract-vitrification", "conference abstract with aggregate lab outcomes from a fertility lab",
        who("hcho"), who("jpark"), "Abstract draft for ASRM-style meeting - please review",
        f"""Hi Julia,

Draft abstract below, 248 words. Deadline is Friday.

Title: Closed versus open vitrification carriers: survival outcomes in
a single-center oocyte bank, 2023-2025

Methods: Retrospective review of 1,184 warmed oocytes from 142 cycles.
Results: Survival 89.6% (closed) vs 91.2% (open), p=0.41. Fertilization
rate after ICSI 74% in both arms. No difference in blastocyst
utilization (38% vs 40%).
Conclusion: Closed carriers offer equivalent survival with lower
theoretical contamination risk.

All data are from the de-identified QA database.

Hye-jin

{sig("hcho")}""")

    add(N, "newsletter-october-lanternway", "monthly community newsletter on mental health; education only",
        box("Lanternway Behavioral Health", "news", "lbh"), box("Lanternway Community List", "community", "lbh"),
        "Lanternway News - October: Depression screening day, new groups",
        None,
        html="""<html>
<head><meta charset="utf-8"><title>Lanternway News</title></head>
<body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2b4c7e">Lanternway News &middot; October 2026</h1>
<h2>National Depression Screening Day - October 8</h2>
<p>Free, anonymous online screening is available all day at
<a href="https://www.lanternway.example.org/screening">lanternway.example.org/screening</a>.
Depression is common and treatable; therapy, medication or both help most people feel better.</p>
<h2>New groups this fall</h2>
<ul>
<li>Coping with anxiety (CBT skills), Tuesdays 5:30 pm</li>
<li>DBT skills for young adults, Wednesdays 4:00 pm</li>
<li>Grief support, Thursdays 6:00 pm (Spanish and English)</li>
</ul>
<h2>In a crisis?</h2>
<p>Call or text <b>988</b> any time, or call our 24/7 line at (503) 555-0100.</p>
<hr>
<p style="font-size:11px">Lanternway Behavioral Health &middot; 2140 Alder Street, Suite 300, Portland, OR 97205<br>
<a href="https://www.lanternway.example.org/unsubscribe?list=community">Unsubscribe</a></p>
</body>
</html>
""")

    add(N, "press-release-adolescent-unit", "press release about a new psychiatric unit",
        box("Cedar Hollow Communications", "media", "chp"), box("Hudson Valley Ledger Newsdesk", "news", "cty"),
        "PRESS RELEASE: Cedar Hollow opens 16-bed adolescent unit",
        """FOR IMMEDIATE RELEASE
October 5, 2026

Cedar Hollow Psychiatric Hospital opens 16-bed adolescent unit

MILLBROOK, N.Y. - Cedar Hollow Psychiatric Hospital today opened the
Birch Unit, a 16-bed inpatient unit for adolescents aged 12-17. The
unit adds family therapy rooms, an on-site classroom staffed by the
county school district, and a sensory room.

"Families in our region have been waiting days in emergency
departments for an adolescent bed," said Dr. Oliver Brandt, Chief
Medical Officer. "This unit cuts that wait."

The $14.2 million project was funded in part by a state capital grant.

Media contact: Erin Walsh, Communications, (845) 555-0179,
media@cedarhollow.example.org
###""")

    add(N, "ptsd-study-recruitment", "research recruitment mail for a PTSD study; no participant named",
        who("svarma"), box("Cedar Hollow Clinical Staff", "clinical-all", "chp"), "Recruiting: STEADY trial (PTSD, outpatient) - referral info",
        f"""Hello colleagues,

The STEADY study (IRB #2026-044) is now enrolling adults 18-65 with
PTSD who are finishing inpatient care and will continue outpatient
treatment in Dutchess or Ulster County.

What's involved: 12 weekly sessions of written exposure therapy or
usual care, four assessments, up to $200 for time and travel.

Please do not e-mail me patient names. Give interested patients the
flyer (in the break rooms) or the study line, (845) 555-0176, and they
can call us directly.

Thank you,
Sunil

{sig("svarma")}""")

    add(N, "reminder-template-placeholders", "borderline: appointment-reminder template; only {{placeholders}}, no person",
        who("smarch"), who("jbapt"), "Your new reminder template (for approval)",
        f"""Hi Jolene,

Here is the SMS/e-mail reminder template we configured. Placeholders in
double braces are filled in by TheraChart at send time:

  Hi {{{{patient_first_name}}}}, this is a reminder of your appointment
  with {{{{provider_name}}}} on {{{{appt_date}}}} at {{{{appt_time}}}}.
  Reply C to confirm or call {{{{clinic_phone}}}} to reschedule.

As you asked, the template doesn't include the clinic's full name or
the service type, so the text doesn't reveal anything if someone else
sees the phone. Approve and we'll turn it on for the pilot group.

Sofia

{sig("smarch")}""")

    add(N, "fake-lab-portal-security-alert", "IT security awareness notice; no patient",
        who("fzahra"), [box("Meridian All Staff", "allstaff", "mic"), box("Helix Path Staff", "staff", "hpg")],
        "Security alert: fake 'lab results portal' e-mails",
        f"""Hello,

We're seeing a phishing campaign aimed at clinics. The e-mails claim
to be from a "lab results portal" and ask you to log in to view a
"critical result". The link goes to a look-alike login page.

How to spot it:
- Sender domain is close to, but not, crestlinelab.example.com
- Urgent language ("result will be deleted in 24 hours")
- The link text and the real URL don't match (hover first)

If you clicked: change your password at https://sso.northbeam.example.net
and call us at (206) 555-0185. Use the "Report Phish" button for any
suspicious message. Nobody gets in trouble for reporting.

Fatima Zahra, Security Analyst

{sig("fzahra")}""")

    add(N, "garage-closure-magnolia", "landlord parking notice naming the clinic tenant",
        who("bhart"), [who("tgreene")], "Garage level P2 closed Oct 19-23 (Bloom Women's Health tenants)",
        f"""Hi Tasha,

The P2 level of the Magnolia Boulevard garage will be closed Monday
10/19 through Friday 10/23 for deck sealing. Bloom Women's Health
patients can use P1 and the surface lot; we'll add signs and a valet
stand at the main entrance from 7:00 am to 6:00 pm.

Staff can park at the Juniper Street lot with their badge. Shuttle
every 15 minutes.

Sorry for the hassle,
Bill Hartigan

{sig("bhart")}""")

    add(N, "holiday-payroll-calendar", "payroll vendor holiday calendar for an ID clinic",
        who("mavery"), who("khollis"), "Holiday payroll schedule - Meridian Infectious Disease Clinic",
        f"""Hi Kendra,

Because of the bank holidays, please submit payroll early:

  Pay date Fri 11/27  -> submit by Tue 11/24, 5 pm CT
  Pay date Fri 12/25  -> moves to Thu 12/24; submit by Mon 12/21
  Pay date Fri 1/1    -> moves to Thu 12/31; submit by Tue 12/29

Year-end: please verify employee addresses in the portal by 12/15 so
W-2s go to the right place.

Thanks,
Monique

{sig("mavery")}""")

    add(N, "open-enrollment-eap", "HR open enrolment notice describing the EAP; no individual",
        who("pdoyle"), box("Cedar Hollow All Staff", "allstaff", "chp"), "Open enrollment Nov 2-20 + new EAP benefits",
        f"""Hello everyone,

Open enrollment runs November 2-20. Highlights for 2027:

- Medical premiums up 3.1% (lowest increase in five years)
- Dental: orthodontia now covered for adults
- EAP: now 8 free confidential counseling sessions per issue (was 3),
  available to you and household members, through Harborlight EAP,
  (800) 555-0109. Cedar Hollow never learns who uses the EAP.
- New fertility benefit rider ($15,000 lifetime) on the PPO plan

Benefit fairs: Nov 4 (cafeteria, 11-2) and Nov 10 (night shift,
11 pm-1 am). Enroll at https://benefits.payloom.example.com.

Patrick Doyle
Director of Human Resources

{sig("pdoyle", footer=False)}""")

    hl7ack = hl7(["MSH|^~\\&|THERACHART|LANTERNWAY|NB_ENGINE|NORTHBEAM|20261012101500||ACK^A08^ACK|ACK0004471|T|2.5.1",
                  "MSA|AA|TST0004471|Message accepted"])
    add(N, "interface-ack-test", "HL7 ACK from an interface test; no patient data",
        who("dyoon"), who("kbren"), "Re: ADT feed test - ACKs coming back AA",
        f"""Kyle,

Test run from last night came back clean - 40 of 40 test messages
acknowledged AA. Sample ACK attached. We're still sending with
processing ID 'T', so nothing lands in production.

Next step is switching the MLLP endpoint to port 6661 on the prod
engine on 10/20 during the maintenance window.

Derek

{sig("dyoon")}""",
        atts=[att("ACK0004471.hl7", "application/hl7-v2", hl7ack)])

    cap = {"resourceType": "CapabilityStatement", "status": "active", "date": "2026-10-01",
           "publisher": "TheraChart EHR", "kind": "instance", "fhirVersion": "4.0.1",
           "format": ["json"], "implementation": {"description": "TheraChart FHIR API (sandbox)",
                                                  "url": "https://fhir-sandbox.therachart.example.com/r4"},
           "rest": [{"mode": "server", "resource": [
               {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
                "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},
               {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}]},
               {"type": "Consent", "interaction": [{"code": "read"}]}]}]}
    add(N, "fhir-capability-sandbox", "FHIR CapabilityStatement for a sandbox; no patient",
        who("smarch"), [who("kbren"), who("rcosta")], "FHIR sandbox details for the Part 2 consent integration",
        f"""Hi Kyle and Ray,

As promised, the CapabilityStatement for the sandbox is attached. The
Consent resource is read-only for now; segmented (Part 2) data is only
returned when a matching active Consent exists, which is what your
compliance team asked for.

Sandbox base URL: https://fhir-sandbox.therachart.example.com/r4
Client credentials will come from our security team separately.

Sofia

{sig("smarch")}""",
        atts=[att("CapabilityStatement.json", "application/fhir+json", json.dumps(cap, indent=2) + "\n", cte="7bit")])

    qc = csv_text([["run_date", "analyzer", "assay", "control", "lot", "target_copies_ml", "result_copies_ml", "status"],
                   ["2026-10-06", "VLX-2", "HIV-1 RNA", "Low positive", "QC-2291", "200", "214", "PASS"],
                   ["2026-10-06", "VLX-2", "HIV-1 RNA", "High positive", "QC-2292", "50000", "47800", "PASS"],
                   ["2026-10-06", "VLX-2", "HIV-1 RNA", "Negative", "QC-2290", "0", "Not detected", "PASS"],
                   ["2026-10-07", "VLX-2", "HIV-1 RNA", "Low positive", "QC-2291", "200", "161", "WARN (1-2s)"]])
    add(N, "viral-load-analyzer-qc", "analyzer quality-control values; control material, no patient",
        who("tbeck"), who("sadey"), "VLX-2 analyzer QC summary, week of 10/5",
        f"""Dr. Adeyemi,

Per our client agreement, weekly QC for the viral load platform that
runs your clinic's samples is attached. One 1-2s warning on the low
positive control on 10/7; rerun was in range and no patient runs were
affected. No action needed on your side.

Tom Becker

{sig("tbeck")}""",
        atts=[att("VLX2_QC_2026-10-05.csv", "text/csv", qc, cte="7bit")])

    add(N, "dewar-maintenance-visit", "liquid nitrogen tank maintenance for a fertility lab; no patient",
        who("hcho"), box("Polar Cryo Services", "service", "km"), "Re: Annual dewar inspection - confirm Nov 3",
        f"""Hi,

Confirming Tuesday 11/3 at 7:30 am for the annual inspection of our
six storage dewars and the autofill manifold. Please bring the
replacement low-level alarm probe for tank 4 (serial PC-41-0098) - it
has been drifting.

Tank room access is through the lab corridor; someone from my team will
meet you at the loading dock. Our lab line is (404) 555-0165.

Thanks,
Hye-jin Cho
Embryology Lab Director, Bloom Fertility Center

{sig("hcho", short=True)}""")

    add(N, "egg-freezing-info-night", "public marketing invite to a fertility information evening",
        box("Bloom Fertility Center", "events", "bwh"), box("Bloom Newsletter Subscribers", "subscribers", "bwh"),
        "You're invited: Fertility preservation info night, Nov 12",
        "Join Dr. Julia Park and our nurse team for a free, no-pressure evening about egg freezing and fertility preservation.\n\n"
        "Thursday, November 12, 6:30-8:00 pm\nBloom Women's Health, 400 Magnolia Boulevard, 2nd floor\nor online\n\n"
        "We'll cover how ovarian reserve testing works, what a cycle looks like, success rates by age, and costs "
        "(cycle packages from $7,900; storage $600/year).\n\nRSVP: https://www.bloomwh.example.org/events/fp-night or (404) 555-0160.\n\n"
        "You received this because you subscribed to Bloom updates. Unsubscribe: https://www.bloomwh.example.org/unsub",
        html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="background:#f6e9ef;padding:18px"><h1 style="color:#8a2d5c;margin:0">Fertility preservation info night</h1></div>
<p>Join <b>Dr. Julia Park</b> and our nurse team for a free, no-pressure evening about egg freezing and fertility preservation.</p>
<table cellpadding="6" style="border:1px solid #ddd">
<tr><td><b>When</b></td><td>Thursday, November 12, 6:30-8:00 pm</td></tr>
<tr><td><b>Where</b></td><td>Bloom Women's Health, 400 Magnolia Boulevard, 2nd floor - or online</td></tr>
</table>
<p>We'll cover ovarian reserve testing, what a cycle looks like, success rates by age, and costs
(cycle packages from $7,900; storage $600/year).</p>
<p><a href="https://www.bloomwh.example.org/events/fp-night" style="background:#8a2d5c;color:#fff;padding:10px 16px;text-decoration:none">RSVP</a>
&nbsp; or call (404) 555-0160</p>
<p style="font-size:11px;color:#888">You received this because you subscribed to Bloom updates.
<a href="https://www.bloomwh.example.org/unsub">Unsubscribe</a></p>
</body></html>
""", cte="quoted-printable")

    add(N, "job-posting-genetic-counselor", "job posting for a genetic counsellor",
        who("anwosu"), box("GC Jobs Board", "post", "alder"), "Posting: Genetic Counselor (Cancer), Durham NC 27701 - hybrid",
        f"""Please post the following through 12/31:

Genetic Counselor - Hereditary Cancer
Helix Path Genetic Counseling, Durham, NC 27701 (hybrid, 3 days onsite)

- ABGC board certified or eligible; NC license within 6 months
- Pre- and post-test counseling for hereditary cancer panels, cascade
  testing coordination, tumor board participation
- Salary $82,000-$96,000, CE allowance $2,500, 4 weeks PTO

Apply with CV to careers@helixpath.example.com.

Amara Nwosu
Office Manager

{sig("anwosu", footer=False)}""")

    add(N, "cbt-anxiety-ceu-webinar", "continuing-education webinar on anxiety treatment; education only",
        who("praman"), box("Lanternway Clinicians", "clinicians", "lbh"), "Free CEU webinar: exposure-based CBT for panic and social anxiety",
        f"""Hi everyone,

Sharing in case you still need hours: the Pacific Northwest Clinical
Training Collaborative is hosting a free 3-CEU webinar on Oct 28,
9:00-12:15, "Exposure-based CBT for panic disorder and social anxiety:
what works in community settings."

Register: https://training.alderfdn.example.org/cbt-anxiety

If you attend, send Dana your certificate for the credentialing file.
Supervision on Wednesday is still on.

Priya

{sig("praman")}""")

    add(N, "naloxone-community-training", "public naloxone training announcement; no individual",
        box("Second Harbor Outreach", "outreach", "shr"), box("New Bedford Neighborhood Association", "board", "cty"),
        "Free naloxone training at the library - Oct 24",
        f"""Hello neighbors,

Second Harbor Recovery Center is offering a free, 45-minute naloxone
(Narcan) training at the Main Library community room on Saturday,
October 24 at 10:00 am. Everyone who attends leaves with a free kit.

You'll learn how to recognize an overdose, how to give nasal naloxone,
rescue breathing, and what the Good Samaritan law protects.

No registration needed. Spanish and Portuguese interpretation
available. Questions: (508) 555-0137.

{osig("shr", "Outreach Team")}""")

    dash = csv_text([["week_ending", "ed_visits_overdose", "ems_naloxone_admin", "fatal_suspected", "rate_per_100k"],
                     ["2026-09-05", "31", "27", "2", "3.2"],
                     ["2026-09-12", "24", "22", "1", "2.5"],
                     ["2026-09-19", "38", "35", "4", "3.9"],
                     ["2026-09-26", "29", "25", "1", "3.0"]])
    add(N, "overdose-dashboard-weekly", "county aggregate overdose dashboard",
        who("epi"), [who("rcosta"), who("hokafor")], "Weekly overdose surveillance - September (aggregate)",
        f"""Hello partners,

Attached is the September summary of suspected opioid overdoses for
Bristol Harbor County. Counts under 5 in the town-level table were
suppressed. The 9/19 spike matches a fentanyl/xylazine alert we
issued; test strips are available from our office.

Marta Silva, MPH
Epidemiologist

{sig("epi", footer=False)}""",
        atts=[att("overdose_weekly_2026-09.csv", "text/csv", dash, cte="7bit")])

    add(N, "hiv-surveillance-quarterly", "aggregate HIV surveillance numbers from a health department",
        who("epi"), who("sadey"), "Q3 HIV surveillance snapshot (aggregate)",
        f"""Dr. Adeyemi,

For your Ryan White planning council slides, the Q3 numbers:

  New HIV diagnoses, county: 23 (Q2: 19)
    ages 20-29: 9; 30-39: 8; 40+: 6
  Linked to care within 30 days: 87%
  Viral suppression among people in care: 84%
  PrEP users (pharmacy claims, all payers): 1,402

Cells under 5 are suppressed in the published version.

Marta

{sig("epi", footer=False)}""")

    add(N, "fire-drill-week", "facilities notice of fire drills at a psychiatric hospital",
        box("Cedar Hollow Facilities", "facilities", "chp"), box("Cedar Hollow All Staff", "allstaff", "chp"),
        "Fire drills this week - all shifts",
        """Fire drills will be conducted on every unit this week, on all three
shifts, as required by the state and CBCA. Reminders:

- R.A.C.E. / P.A.S.S.
- Locked units: do not unlock egress doors unless the fire panel
  releases them or the nursing supervisor directs.
- Check that your unit's evacuation route map is posted.

Facilities, ext. 4400 or (845) 555-0180.""")

    add(N, "potluck-friday", "staff potluck sign-up",
        who("ltran"), box("Lanternway All Staff", "allstaff", "lbh"), "Fall potluck Friday! Sign-up inside",
        f"""Hi everyone!

Our fall potluck is this Friday 12:30 in the group room. Sign-up sheet
is on the fridge. So far we have 3 desserts and zero mains, so please
think savory :)

I'm bringing my mom's bánh mì sliders. Tomás promised tamales.

Lien

{sig("ltran", short=True)}""")

    add(N, "birthday-card-signing", "borderline: a coworker's date of birth with no health content",
        who("anwosu"), box("Helix Path Staff", "staff", "hpg"), "Card for Ingrid - her birthday is 10/29",
        f"""Hi all,

Ingrid's birthday is Thursday (born 10/29/1988 - she'll kill me for
telling you). The card is in my top drawer; please sign by Wednesday.
We're chipping in $10 each for a gift card to the bakery on Main.

Amara

{sig("anwosu", short=True)}""")

    add(N, "out-of-office-counselor", "automatic out-of-office reply from a genetic counsellor",
        who("cdubois"), who("gpohl"), "Automatic reply: Question about denied claim batch",
        f"""Thank you for your message. I am out of the office from October 19
through October 23 with limited access to e-mail.

For scheduling, please call our front desk at (919) 555-0150. For
urgent clinical questions, contact Ingrid Solberg at (919) 555-0151.

Claire Dubois, MS, CGC""",
        extra=[("Auto-Submitted", "auto-replied")])

    add(N, "cat-dental-reminder", "borderline: a named staff member's cat's dental cleaning; veterinary care is not health care of a person",
        box("Harborside Animal Hospital", "reminders", "km"), ("Mireille Joseph", "mireille.joseph@mail.example.net"),
        "Reminder: Pistache's dental cleaning Tues 10/27",
        """Hi Mireille,

This is a reminder that Pistache (feline, 9 yrs) is scheduled for a
dental cleaning under anesthesia on Tuesday 10/27 at 7:30 am.

- No food after midnight; water is fine.
- Pre-anesthetic bloodwork will be done at drop-off.
- Pick-up after 3 pm.

Harborside Animal Hospital
(508) 555-0105""")

    add(N, "printer-jam-ticket", "borderline: display name 'Second Harbor Front Desk' and a Part 2 footer, but a printer ticket with no patient",
        box("Second Harbor Front Desk", "frontdesk", "shr"), box("NorthBeam Service Desk", "help", "nb"),
        "Printer at front desk 2 jamming again (asset SHR-PRN-014)",
        f"""Hi NorthBeam,

Front desk printer 2 (asset tag SHR-PRN-014, HP in the reception bay)
is jamming every 5-10 pages since Monday. We already cleared the tray
and replaced the toner. It's the one we use for the daily sign-in
sheets, so we'd love someone onsite before Thursday.

Thanks,
Front Desk
Second Harbor Recovery Center
(508) 555-0130

{PART2}""")

    add(N, "pid3-mapping-ticket", "borderline: IT ticket about PID-3/MRN fields and 112 held messages; no patient data included",
        who("kbren"), who("dyoon"), "Ticket NB-88213: PID-3 assigning authority missing on ORU feed",
        f"""Derek,

On the Crestline ORU feed into TheraChart, PID-3 is arriving without
the assigning authority component (PID-3.4), so the engine can't tell
a Lanternway MRN from a Crestline accession. 112 messages errored
overnight and are in the hold queue - I have NOT forwarded any of
them. Can you check whether your inbound map expects
PID-3.4 = LBH or the OID?

Config excerpt (no data):
  inbound.oru.pid3.required_components = [1, 4, 5]
  inbound.oru.pid3.authority_map = {{ "LBH": "2.16.840.1.113883.3.9999.1" }}

Kyle

{sig("kbren")}""")

    add(N, "mfa-rollout-schedule", "IT notice of multi-factor authentication rollout",
        who("kbren"), box("Meridian All Staff", "allstaff", "mic"), "MFA for e-mail and EHR starts Nov 9",
        f"""Hi Meridian team,

Starting Monday 11/9, signing in to e-mail, the EHR and the pharmacy
system from outside the clinic network will require a second factor.

Before then:
1. Install the authenticator app on your phone (clinic-issued or
   personal; the app does not give us access to your phone).
2. Go to https://sso.northbeam.example.net/enroll and scan the code.
3. Print backup codes and keep them somewhere safe.

Drop-in help: Building C break room, 11/4 and 11/5, 7:30-9:30 am.

Kyle

{sig("kbren")}""")

    add(N, "baa-renewal-billing", "business associate agreement renewal between covered entity and vendor",
        who("gpohl"), who("mreyes"), "BAA renewal + Part 2 QSOA language for 2027",
        f"""Hi Marcus,

Our master services agreement renews 1/1/2027. Legal has updated the
Business Associate Agreement; the redline is in the portal. The main
change is a Qualified Service Organization Agreement addendum, since we
now bill for your co-occurring disorders program and need the Part 2
language.

Could you or your compliance officer sign by 12/1? Happy to set up a
call with our counsel.

Gretchen

{sig("gpohl")}""")

    add(N, "agency-asks-baa", "marketing agency asks whether it needs a BAA; no PHI shared",
        who("jcall"), who("tgreene"), "Do we need a BAA for the retargeting pixel?",
        f"""Hi Tasha,

Before we launch the fertility services retargeting campaign, our legal
team flagged that pixels on appointment pages can send visitor data to
ad platforms. We'd recommend:

- no tracking pixels on the appointment request, patient portal or
  "IVF consult" pages;
- a server-side, de-identified conversion count instead;
- a BAA between Bloom and Brightwater if we ever handle form data.

Can we get 20 minutes with your privacy officer this week?

Jess

{sig("jcall")}""")

    add(N, "rep-visit-long-acting-injection", "pharma rep scheduling an in-service; no patient",
        box("Northway Pharma Field Team", "field", "km"), who("hokafor"), "In-service on extended-release buprenorphine handling - lunch 11/5?",
        """Dr. Okafor,

Thank you for meeting last month. I'd like to offer your nursing team a
30-minute lunch in-service on storage, REMS requirements and injection
technique for the extended-release buprenorphine product, including the
new prefilled syringe.

Would Thursday 11/5 at 12:00 work? I'll bring lunch for up to 15.

Regards,
Devin Marsh
Northway Pharma, Account Specialist
(774) 555-0106""")

    add(N, "dea-biennial-inventory", "scheduling the programme's DEA biennial controlled-substance inventory",
        who("blind"), [who("hokafor"), who("mjoseph")], "Biennial controlled substance inventory - Sat 11/7 before dosing",
        f"""Hi Dr. Okafor and Mireille,

Our DEA biennial inventory is due. I'd like to do it Saturday 11/7 at
5:00 am, before the 6:00 dosing window opens.

- Exact count of all methadone concentrate and buprenorphine stock in
  the vault and both dosing stations
- Two witnesses (me + one nurse), signed inventory on the Form 222 log
- Registration: {dea("RS", "482913")}; keep the record on site 2 years

Mireille, could you be the second witness?

Beth

{sig("blind")}""")

    add(N, "state-otp-license-renewal", "programme licence renewal with the state; organisational",
        who("rcosta"), box("State Bureau of Substance Addiction Services - Licensing", "licensing", "cty"),
        "License renewal application - Second Harbor Recovery Center (License OTP-0417)",
        f"""Dear Licensing Unit,

Please find our renewal application for license OTP-0417 attached via
the portal (submission ID 2026-R-33817). Included: updated floor plan,
staffing plan, diversion control plan, and the certificate from our
last accreditation survey.

Our capacity request is unchanged at 650 patients. Our medical
director remains Dr. Hannah Okafor, NPI {npi("194736285")}.

Sincerely,
Ray Costa
Program Director

{sig("rcosta")}""")

    add(N, "fee-schedule-cpt-update", "billing vendor sends fee schedule with CPT/HCPCS codes; no patient",
        who("alittle"), [who("mreyes"), who("gpohl")], "2027 fee schedule proposal - psychotherapy and MAT codes",
        f"""Marcus,

Proposed 2027 chargemaster for Lanternway, based on the payer mix
review:

  90791 Psychiatric diagnostic evaluation       $265
  90834 Psychotherapy, 45 min                   $165
  90837 Psychotherapy, 60 min                   $215
  90853 Group psychotherapy                      $68
  99214 E/M, established (psychiatry)           $210
  H0004 Behavioral health counseling, 15 min     $32
  H0020 Methadone administration (not used)       -
  G2086 OUD bundle, initial month               $520

Note we have no current claims under H0020; leaving it off.

Andre

{sig("alittle")}""")

    add(N, "eft-enrollment-bank", "EFT enrolment with bank account number; identifier without health content",
        who("nvasq"), who("khollis"), "EFT enrollment confirmation - Meridian Infectious Disease Clinic",
        f"""Hi Kendra,

Your EFT/ERA enrollment is complete. Payments will begin with the
11/6 cycle.

  Payee: Meridian Infectious Disease Clinic
  TIN: 76-5550142
  Bank: Gulf Coast Community Bank, account ending 88214
  ERA delivery: 835 via ClaimBridge clearinghouse, trading partner
  ID CB-TP-5521

Please verify the account details and reply if anything is wrong.

Nina

{sig("nvasq")}""")

    add(N, "caqh-reattestation-psychiatrist", "borderline: a psychiatrist's NPI, DEA, CAQH ID and licence; staff data, no patient",
        who("dwhit"), who("esato"), "CAQH re-attestation due 10/31",
        f"""Hi Dr. Sato,

Your CAQH ProView profile (CAQH ID 14880273) is due for re-attestation
by 10/31. While you're in there, please upload your new DEA certificate
({dea("BS", "419268")}) and confirm your NPI {npi("205831746")} and
Oregon license MD-298114.

If it lapses, Tidewater suspends new referrals to you within 30 days.

Thanks,
Dana

{sig("dwhit")}""")

    add(N, "training-invite-ics", "calendar invite for a staff training; no patient",
        who("praman"), [who("taguilar"), who("ltran"), who("mdela")], "Invitation: Safety planning refresher (Oct 21, 2pm)",
        f"""Hi all,

Calendar invite attached for the safety-planning refresher. We'll
practise the Stanley-Brown template with a made-up case. Bring a
blank template.

Priya

{sig("praman")}""",
        atts=[att("invite.ics", "text/calendar; method=REQUEST; charset=\"utf-8\"",
                  ics("lbh-training-20261021@lanternway.example.org", "Safety planning refresher",
                      "20261021T140000", "20261021T153000", who("praman"),
                      [who("taguilar"), who("ltran"), who("mdela")], "Room 310",
                      "Stanley-Brown safety planning template practice with a fictional case."), cte="quoted-printable")])

    add(N, "board-meeting-ics", "board meeting invitation with dial-in; no patient",
        who("anwosu"), [who("rortiz"), box("Board of Directors", "board", "hpg")], "Board meeting - Thursday 10/22, 5:30 pm",
        f"""Dear board members,

Please find the invitation for the Q3 board meeting attached. Dial-in:
(919) 555-0155, access code 81 22 04#. Packet (financials, Q3 stats,
telehealth expansion) will follow Monday.

Amara

{sig("anwosu")}""",
        atts=[att("board-q3.ics", "text/calendar; method=REQUEST", ics(
            "hpg-board-2026q3@helixpath.example.com", "Helix Path board meeting - Q3",
            "20261022T173000", "20261022T190000", who("anwosu"), [who("rortiz")],
            "77 Innovation Way, Suite 210 / dial (919) 555-0155", "Agenda: financials, Q3 statistics, telehealth."), cte="base64")])

    oncall = csv_text([["date", "shift", "attending", "pager", "backup"],
                       ["2026-11-02", "day", "Leah Moreau, MD", "(845) 555-0161", "Oliver Brandt, MD"],
                       ["2026-11-02", "night", "Arjun Mehta, MD", "(845) 555-0162", "Leah Moreau, MD"],
                       ["2026-11-03", "day", "Ruth Okonjo, MD", "(845) 555-0163", "Arjun Mehta, MD"],
                       ["2026-11-03", "night", "Leah Moreau, MD", "(845) 555-0161", "Ruth Okonjo, MD"],
                       ["2026-11-04", "day", "Oliver Brandt, MD", "(845) 555-0164", "Ruth Okonjo, MD"]])
    add(N, "psychiatrist-oncall-grid", "physician on-call schedule with pager numbers",
        who("obrandt"), box("Cedar Hollow Nursing Supervisors", "nursing-sup", "chp"), "November on-call grid (attendings)",
        f"""Supervisors,

November attending on-call grid attached (first week shown; full month
in the shared drive). Please call the attending pager, not cell phones.

Oliver

{sig("obrandt")}""",
        atts=[att("oncall_nov_2026.csv", "text/csv", oncall, cte="quoted-printable")])

    inv = csv_text([["item", "catalog_no", "on_hand", "par", "reorder_qty", "lot", "expires"],
                    ["Culture media, cleavage", "CM-1120", "6", "10", "6", "L2609-11", "2027-01-31"],
                    ["Culture media, blastocyst", "CM-1140", "4", "10", "8", "L2609-14", "2027-01-31"],
                    ["ICSI pipettes", "IP-300", "85", "120", "50", "P-77120", "2028-06-30"],
                    ["Oocyte retrieval needles 17G", "RN-17", "22", "40", "25", "N-4418", "2028-03-31"],
                    ["Vitrification kit", "VK-20", "9", "15", "10", "V-26-0331", "2027-09-30"]])
    add(N, "embryology-supply-inventory", "lab supply inventory CSV for a fertility lab",
        who("hcho"), who("jkess"), "Monthly reorder - embryology lab",
        f"""Hi Joanne,

Inventory and reorder quantities attached. Please keep the media on the
same lot if you can; we validated L2609.

Hye-jin

{sig("hcho")}""",
        atts=[att("embryology_inventory_2026-10.csv", "text/csv", inv)])

    add(N, "rent-invoice-november", "landlord rent invoice to a clinic",
        who("bhart"), box("Bloom Women's Health Accounts Payable", "ap", "bwh"), "November rent invoice - Suite 200/210",
        f"""Hello,

Please find the November invoice attached. Remit by 11/1 to avoid the
late fee.

Bill Hartigan

{sig("bhart")}""",
        atts=[att("GRP-INV-2026-11-0210.pdf", "application/pdf",
                  pdf_bytes(["Granite Row Properties", "Invoice GRP-INV-2026-11-0210",
                             "Tenant: Bloom Women's Health, Suites 200 and 210",
                             "Base rent (11,400 sq ft) ..... 28,500.00",
                             "CAM estimate ..... 4,218.00", "After-hours HVAC (Oct) ..... 360.00",
                             "Total ..... 33,078.00", "Due 11/01/2026"], compress=True, title="Rent invoice"))])

    add(N, "grant-award-letter-pdf", "grant award letter to an HIV/ID clinic; organisational",
        who("rdelgado"), who("khollis"), "Award letter: Alder grant AF-2027-031 (PrEP navigation)",
        f"""Dear Kendra,

Congratulations - the board approved Meridian's application. The award
letter is attached; please countersign and return by 11/20.

Award: $180,000 over 24 months for PrEP navigation and same-day
starts. Reporting is aggregate only (number navigated, number started,
retention at 3 and 6 months). Please do not send individual-level data.

Rosa

{sig("rdelgado")}""",
        atts=[att("AF-2027-031_award_letter.pdf", "application/pdf",
                  pdf_bytes(["Alder Community Health Foundation", "Grant Award Letter AF-2027-031",
                             "Grantee: Meridian Infectious Disease Clinic",
                             "Purpose: PrEP navigation and same-day PrEP starts",
                             "Amount: $180,000 over 24 months (1/1/2027 - 12/31/2028)",
                             "Reporting: semiannual, aggregate measures only",
                             "Program officer: Rosa Delgado, (617) 555-0139"], title="Award letter"))])

    inner = inner_msg(who("jkess"), who("khollis"), "Quote Q-55188: HIV self-test kits for distribution",
                      "Hi Kendra,\r\n\r\nOral-fluid HIV self-test kits, retail-packaged, for your\r\n"
                      "distribution program:\r\n\r\n  1-499 kits    $11.40/kit\r\n  500+ kits     $9.85/kit\r\n\r\n"
                      "Each kit includes the instructions leaflet in English and Spanish and\r\n"
                      "the clinic referral card. Ships in 5 business days.\r\n\r\nJoanne Kessler\r\n"
                      "Keel Medical Supply\r\n(877) 555-0119\r\n",
                      "Mon, 05 Oct 2026 10:12:44 -0500", "<20261005101244.q55188@keelmed.example.com>")
    add(N, "fwd-self-test-kit-quote", "forwarded supplier quote for self-test kits; no individual",
        who("khollis"), who("jrpierre"), "Fwd: Quote Q-55188: HIV self-test kits for distribution",
        f"""J-R, see the quote below for the self-test kits for the barbershop
program. At 500+ we're within the Alder budget line. Can you confirm
quantity by Friday?

Kendra

{sig("khollis", short=True)}""",
        atts=[rfc822(inner)])

    add(N, "group-room-booking-thread", "reply chain about booking a group room",
        who("taguilar"), who("ltran"), "Re: Re: Room 310 Tuesday evenings?",
        f"""Perfect, thank you! I'll put the chairs back in a circle after.

Tomás

{quote('''That works - I moved the peer support volunteers to Room 204 on
Tuesdays. Room 310 is yours 5-7 pm starting 10/13. The projector
remote is in the drawer.

Lien''', who("ltran"), "Thu, Oct 8, 2026 at 3:02 PM")}
>
{chr(10).join("> " + l if l else ">" for l in quote('''Hi Lien, could I have Room 310 on Tuesday evenings for the new
Spanish-language skills group? 5-7 pm, starting next week.

Gracias,
Tomás''', who("taguilar"), "Thu, Oct 8, 2026 at 11:40 AM").split(chr(10)))}""",
        extra=[("In-Reply-To", "<20261008150200.room310@lanternway.example.org>"),
               ("References", "<20261008114000.room310@lanternway.example.org> <20261008150200.room310@lanternway.example.org>")])

    add(N, "release-notes-8-4", "EHR vendor release notes mentioning PHQ-9 and Part 2 features",
        box("TheraChart Release Team", "releases", "tc"), box("TheraChart Customers", "customers", "tc"),
        "TheraChart 8.4 release notes", None,
        html="""<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif">
<h2>TheraChart 8.4 - release notes</h2>
<h3>New</h3>
<ul>
<li><b>Measurement-based care:</b> PHQ-9, GAD-7, PCL-5 and AUDIT-C scores graph automatically on the client dashboard.</li>
<li><b>Part 2 segmentation:</b> notes tagged SUD are withheld from outbound CCDs unless a consent with the matching recipient is active.</li>
<li><b>Telehealth:</b> waiting-room messages in 12 languages.</li>
</ul>
<h3>Fixed</h3>
<ul>
<li>Group note co-signature no longer drops the second clinician (TC-41022).</li>
<li>Eligibility check times out after 30 s instead of hanging (TC-40987).</li>
</ul>
<p>Upgrade windows are scheduled by your customer success manager. Documentation:
<a href="https://docs.therachart.example.com/8.4">docs.therachart.example.com/8.4</a></p>
<p style="font-size:11px;color:#777">TheraChart EHR &middot; 600 Congress Avenue, Austin, TX 78701 &middot; (512) 555-0190</p>
</body></html>
""", cte="quoted-printable")

    add(N, "intake-form-revision", "clinical director circulates revised blank intake screening forms",
        who("mreyes"), box("Lanternway Clinicians", "clinicians", "lbh"), "Revised intake packet (PHQ-9, GAD-7, C-SSRS screener)",
        f"""Hi all,

The revised intake packet goes live Monday. Changes:

- PHQ-9 and GAD-7 moved to page 1 so they are done before the first
  session.
- C-SSRS screener replaces the old 3-question suicide screen. Any
  "yes" on items 3-6 goes to the same-day clinician per policy CL-22.
- AUDIT-C and DAST-10 added for everyone 12+.

Blank forms are on the shared drive; please recycle the old ones.

Marcus

{sig("mreyes")}""")

    add(N, "ehr-training-sample-patient", "borderline: training with the fictional record ZZTEST, SAMPLE (DOB 01/01/1900)",
        who("smarch"), [who("jbapt"), who("ltran")], "Training recording + practice login",
        f"""Hi Jolene and Lien,

Thanks for attending. The recording is at
https://learn.therachart.example.com/lbh/intake-101

For practice, use the training environment (not production) and the
fictional record "ZZTEST, SAMPLE" (MRN TRN-000001, DOB 01/01/1900).
You can schedule, document and discharge it as often as you like; it
resets nightly.

Sofia

{sig("smarch")}""")

    add(N, "community-advisory-board", "borderline: CAB notice with aggregate testing-day counts (214 tests, 2 reactive); no individual",
        who("jrpierre"), box("Meridian Community Advisory Board", "cab", "mic"), "CAB meeting Tues 10/27 - dinner provided",
        f"""Hi CAB members,

Our next Community Advisory Board meeting is Tuesday 10/27, 6:00 pm,
Building C, Room 2. Dinner from Mama Ngozi's. Agenda:

- Feedback on the new PrEP reminder texts
- Testing day debrief (numbers only - 214 tests, 2 reactive, both
  linked)
- Bus pass program update

$40 stipend for members as usual. RSVP to me at (713) 555-0145.

Jean-Robert

{sig("jrpierre")}""")

    add(N, "ryan-white-aggregate-report", "aggregate service report to a funder",
        who("khollis"), box("Ryan White Part A Office", "partA", "cty"), "FY26 Q3 service utilization (aggregate)",
        f"""Hello,

Meridian's Q3 aggregate service report:

  Outpatient/ambulatory visits: 1,284 (unduplicated clients 611)
  Medical case management encounters: 902
  Oral health referrals: 77
  Emergency financial assistance (medication): 41 clients, $12,660
  Medical transportation: 319 trips

RSR client-level data will be uploaded through the secure portal as
usual, not by e-mail.

Kendra Hollis

{sig("khollis")}""")

    add(N, "pride-festival-booth", "outreach planning for a pride festival testing booth",
        who("jrpierre"), [who("cmendes"), who("sadey")], "Pride fest booth - staffing + supplies",
        f"""Carla, Dr. A -

We have booth 41 at Bayou Pride on Saturday 11/14, 11 am-6 pm.

Plan: rapid HIV and syphilis testing in the mobile unit, PrEP info and
same-week appointments, condoms and lube, doxy-PEP info card. Need two
testers per 3-hour block. Sign-up sheet is on the outreach board.

Supplies: 60 HIV tests, 40 syphilis tests, 500 condom packs. I'll get
the pop-up tent from storage.

J-R

{sig("jrpierre")}""")

    add(N, "janitorial-contract-renewal", "cleaning vendor contract renewal",
        box("SparkPoint Janitorial", "contracts", "km"), who("tgreene"), "Janitorial services renewal - 2027 pricing",
        """Hi Tasha,

Thank you for another year. 2027 pricing for nightly service at 400
Magnolia (Suites 200 and 210), including the procedure rooms and
embryology lab anteroom, is $6,940/month (+2.8%). Terminal cleaning of
procedure rooms remains $185/visit.

We'll keep the same crew lead and the same lab-approved,
fragrance-free products.

Regards,
Carmen Ruiz
SparkPoint Janitorial
(404) 555-0107""")

    add(N, "shred-bin-pickup", "document shredding vendor pickup notice at a psychiatric hospital",
        box("SecureShred Route Desk", "routes", "km"), box("Cedar Hollow Health Information Management", "him", "chp"),
        "Pickup confirmation: 18 consoles, Thu 10/22 (Certificate of Destruction to follow)",
        """Hello,

This confirms the quarterly shred pickup on Thursday 10/22 between 9
and 11 am: 18 locked consoles (HIM, nursing stations, admissions) and
6 purge bins. A Certificate of Destruction will be e-mailed within two
business days. Service order SO-774120.

SecureShred Route Desk
(877) 555-0108""")

    add(N, "courier-route-change", "lab courier route change with a route number; no patient",
        who("tbeck"), [who("khollis"), who("anwosu")], "Courier route 14 pickup time moving to 4:15 pm",
        f"""Hello,

Starting Monday 11/2, courier route 14 will pick up at 4:15 pm instead
of 3:30 pm. Please have specimens bagged, with requisitions in the
outer pocket, by 4:00. Same-day STAT pickups: (615) 555-0116 option 2.

Tom

{sig("tbeck")}""")

    add(N, "shipment-test-kits", "shipping confirmation with tracking number",
        box("Keel Medical Supply Orders", "orders", "km"), box("Meridian Clinic Receiving", "receiving", "mic"),
        "Your order SO-2026-44812 has shipped",
        """Your order has shipped.

Order: SO-2026-44812 (PO MIC-2210)
Carrier: Lone Star Freight, tracking 1LS 889 201 4471 0032
Estimated delivery: Thursday, October 15

  Rapid HIV-1/2 antibody test, 25/box      x 20
  Rapid syphilis antibody test, 25/box     x 12
  Specimen transport bags                   x 500

Questions? Customer care (877) 555-0112, orders@keelmed.example.com""")

    add(N, "lab-panel-pricing", "reference lab contract pricing for genetic tests; no patient",
        who("tbeck"), who("rortiz"), "2027 client pricing - hereditary panels",
        f"""Dr. Ortiz,

Proposed 2027 client-bill pricing for Helix Path:

  Hereditary cancer panel (47 genes)           $249
  BRCA1/BRCA2 full sequencing + del/dup        $199
  Single-site familial variant testing          $99
  Expanded carrier screen (274 genes)          $229
  Cardiomyopathy panel                         $349

Turnaround 14 days, 7 for familial variant testing. Price lock for 24
months if signed by 12/15.

Tom

{sig("tbeck")}""")

    add(N, "journal-club-prs", "journal club announcement on polygenic risk scores",
        who("cdubois"), box("Helix Path Staff", "staff", "hpg"), "Journal club Wed: polygenic risk scores in breast cancer screening",
        f"""Hi all,

Wednesday's journal club (12:15, kitchen) - I'll present the new
cohort paper on adding polygenic risk scores to breast cancer risk
models in women without a known BRCA variant. Main question for
discussion: is it ready for our pre-test counseling scripts?

PDF in the Journal Club folder. Bring lunch; I'll bring cookies.

Claire

{sig("cdubois", short=True)}""")

    add(N, "embryology-lab-inspection", "accreditation inspection notice for an embryology lab",
        box("Reproductive Laboratory Accreditation Program", "inspections", "cbca"), who("hcho"),
        "Inspection window: Bloom Fertility Center embryology and andrology labs",
        """Dear Dr. Cho,

Your laboratory's biennial inspection will take place within the window
of January 11-29, 2027. The inspection is unannounced within that
window. Please ensure the following are available:

- Two years of QC records (incubator temperature/CO2, LN2 levels)
- Witnessing / chain-of-custody procedure and audit results
- Staff competency assessments and the lab director's CV
- Proficiency testing results for semen analysis

Lab ID RLAP-3318.

Accreditation Services
(202) 555-0113""")

    add(N, "ethics-committee-agenda", "hospital ethics committee agenda with policy items only",
        who("obrandt"), box("Cedar Hollow Ethics Committee", "ethics", "chp"), "Ethics committee - Nov 4 agenda",
        f"""Committee members,

Agenda for November 4, 7:30 am, Board Room:

1. Policy review: involuntary medication over objection (draft v3)
2. Use of patient-owned phones on units - update from the task force
3. Education: capacity assessment, 20 min (Dr. Moreau)
4. Case consultations: none pending this month

Minutes from October are on the committee SharePoint.

Oliver Brandt, MD

{sig("obrandt")}""")

    add(N, "seclusion-restraint-policy", "policy revision on seclusion and restraint; no patient",
        who("gliu"), box("Cedar Hollow Nursing", "nursing", "chp"), "Updated seclusion & restraint policy NUR-310 - read and sign",
        f"""Hi all,

NUR-310 (Seclusion and Restraint) has been updated. Key changes:

- Face-to-face evaluation within 1 hour by the LIP or trained RN
- Continuous observation documented every 15 minutes on the new flowsheet
- Debrief with the patient and staff within 24 hours, on the new
  debrief form
- Monthly restraint hours per 1,000 patient hours go to the unit board

Please read and sign in PolicyStat by 11/1.

Grace

{sig("gliu")}""")

    add(N, "suicide-prevention-training", "staff training on suicide prevention; education only",
        box("Cedar Hollow Staff Development", "staffdev", "chp"), box("Cedar Hollow All Staff", "allstaff", "chp"),
        "Required: CALM lethal-means counseling training (all clinical staff)",
        """Hello,

All clinical staff must complete the 2-hour CALM (Counseling on Access
to Lethal Means) training by December 31. Sessions:

  Tue 11/10, 1-3 pm, Auditorium
  Wed 11/18, 8-10 pm (night shift), Auditorium
  Online, self-paced, in Relias

Reminder to give every discharging patient the 988 Suicide & Crisis
Lifeline card along with the safety plan.

Staff Development, ext. 4120""")

    add(N, "peer-volunteer-orientation", "volunteer orientation for a peer-support programme",
        who("ltran"), box("Lanternway Volunteers", "volunteers", "lbh"), "Peer support volunteer orientation - Oct 31",
        f"""Hi volunteers,

Welcome! Orientation is Saturday 10/31, 9:30-1:00, Room 204.

We'll cover confidentiality (you'll sign the volunteer confidentiality
agreement), boundaries, the warm line script, and what to do if a
caller is in crisis (transfer to 988 or our 24/7 line,
(503) 555-0100). Bagels and coffee provided.

Lien Tran

{sig("ltran")}""")

    add(N, "website-copy-fertility", "agency drafts website copy and prices for fertility services",
        who("jcall"), [who("tgreene"), who("jpark")], "Website copy round 2 - IVF and egg freezing pages",
        f"""Hi Tasha and Dr. Park,

Round 2 copy is in the doc. Changes based on your notes:

- "IVF with ICSI from $13,900" now links to the pricing FAQ
- Removed the success-rate graph until we have the 2025 registry data
- Added LGBTQ+ family-building section and donor-egg page
- Replaced stock photos of babies with the lab and the team

Please approve by Wednesday so we can launch 11/2.

Jess

{sig("jcall")}""")

    add(N, "social-calendar-recovery-month", "agency social-media calendar for an OTP",
        who("jcall"), who("rcosta"), "Social calendar draft - Recovery Month follow-up (Oct-Nov)",
        f"""Hi Ray,

Draft calendar for October-November:

  10/12  "Medication for OUD is treatment, not trading one drug for
         another" - myth vs fact carousel
  10/19  Staff spotlight: the dosing nurses (photos with consent)
  10/26  Naloxone training at the library (event post)
  11/2   "What happens on your first day at an OTP" explainer video
  11/16  Family support group info

No patient stories or photos, per your policy. Comments will be
moderated and anything identifying hidden.

Jess

{sig("jcall")}""")

    add(N, "search-ads-report", "ad performance report with search keywords; aggregate",
        who("jcall"), who("rcosta"), "September paid search report",
        f"""Ray,

September results for the Second Harbor search campaign:

  Impressions 48,210 | Clicks 2,977 | CTR 6.2%
  Calls from ads: 188 | Avg cost per call $14.30
  Top keywords: "methadone clinic near me", "suboxone doctor new
  bedford", "opioid treatment same day"

Call tracking counts calls only; we don't record them or capture
caller numbers. Recommend moving $1,500 from display to search.

Jess

{sig("jcall")}""")

    add(N, "provider-bulletin-moud", "health plan provider bulletin about MOUD coverage",
        box("Tidewater Provider Communications", "provider-news", "th"), box("Tidewater Network Providers", "network", "th"),
        "Provider Bulletin 2026-11: MOUD, crisis services and telehealth", None,
        html="""<html><head><meta charset="windows-1252"></head><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#0b5563">Provider Bulletin 2026-11</h2>
<h3>Medications for opioid use disorder</h3>
<p>Effective January 1, Tidewater no longer requires prior authorization for methadone treatment
at certified OTPs (HCPCS H0020 and G2067-G2068) or for buprenorphine up to 24 mg/day.</p>
<h3>Mobile crisis</h3>
<p>Mobile crisis services (S9484/H2011) are now reimbursed at parity with the state fee schedule.</p>
<h3>Telehealth</h3>
<p>Audio-only psychotherapy (modifier 93) remains covered through December 31, 2027.</p>
<p>Questions: Provider Services (757) 555-0115 &#8226;
<a href="https://providers.tidewaterhp.example.com/bulletins">All bulletins</a></p>
</body></html>
""", cs="windows-1252", cte="quoted-printable")

    add(N, "rate-amendment-contract", "payer contract amendment with rates; organisational",
        who("nvasq"), who("obrandt"), "Amendment 4 to the Cedar Hollow facility agreement",
        f"""Dr. Brandt,

Attached for signature is Amendment 4, effective 1/1/2027:

  Inpatient psychiatric per diem (rev 0124): $1,185 (+4.0%)
  Adolescent per diem: $1,290
  Partial hospitalization (rev 0912/0913): $410/day
  ECT (CPT 90870), professional: 135% of Medicare

Please return by 12/1.

Nina

{sig("nvasq")}""")

    add(N, "guest-wifi-change", "IT notice about guest Wi-Fi",
        who("kbren"), box("Bloom Women's Health All Staff", "allstaff", "bwh"), "Guest Wi-Fi name and password change Monday",
        f"""Hello Bloom team,

On Monday the patient/guest Wi-Fi changes from "Bloom-Guest" to
"Bloom-Visitor". New password is on the cards at each front desk.
The staff network is unchanged. Please don't give the staff network
password to anyone, including vendors - send them to us.

Kyle

{sig("kbren")}""")

    enc = csv_text([["asset_tag", "device", "assigned_to", "encrypted", "last_checkin"],
                    ["HPG-LT-001", "Laptop", "Ingrid Solberg", "yes", "2026-10-09"],
                    ["HPG-LT-002", "Laptop", "Claire Dubois", "yes", "2026-10-09"],
                    ["HPG-LT-003", "Laptop", "Rafael Ortiz", "NO", "2026-09-14"],
                    ["HPG-LT-004", "Laptop", "Amara Nwosu", "yes", "2026-10-08"]])
    add(N, "laptop-encryption-audit", "IT asset encryption audit naming staff only",
        who("fzahra"), who("anwosu"), "Encryption audit - 1 laptop out of compliance",
        f"""Hi Amara,

Quarterly encryption audit attached. HPG-LT-003 (Dr. Ortiz) hasn't
checked in since 9/14 and shows BitLocker suspended. Can you ask him to
bring it by or connect to the VPN this week?

Fatima

{sig("fzahra")}""",
        atts=[att("encryption_audit_Q3.csv", "text/csv", enc, cte="7bit")])

    add(N, "backup-restore-test", "IT backup restore test report; no patient records",
        who("kbren"), [who("mreyes"), who("dwhit")], "Quarterly restore test passed (TheraChart DB)",
        f"""Marcus, Dana,

Quarterly restore test completed Saturday. We restored the 10/3
nightly backup of the TheraChart database to an isolated test server,
checked row counts against production and confirmed the application
started. RTO 3h10m (target 4h), RPO 24h.

The test server was wiped afterwards. Report attached in the portal,
ticket NB-88540.

Kyle

{sig("kbren")}""")

    add(N, "tabletop-exercise-ransomware", "security tabletop exercise with a fictional scenario",
        who("fzahra"), [who("hokafor"), who("rcosta"), who("blind")], "Tabletop exercise Nov 12: ransomware during dosing hours",
        f"""Hi all,

Scenario for the November 12 tabletop (2 hours, Conference Room B):

"At 6:40 am, the dosing system and EHR show a ransom note. Patients
are lining up for dosing. The dosing pump software is offline."

We'll walk through: manual dosing from the downtime dose list, who
calls the state and DEA, notice obligations under HIPAA and Part 2,
and communicating with patients without disclosing anything.

No real patient information is used.

Fatima

{sig("fzahra")}""")

    # ---- not in English (15) ----
    add(N, "reunion-equipo-bilingue", "Spanish: bilingual team meeting notice; no client", who("taguilar"),
        [who("mdela"), who("ltran")], "Reunión del equipo bilingüe - jueves 15 de octubre",
        f"""Hola Maricel y Lien:

Les recuerdo que la reunión mensual del equipo bilingüe será el jueves
15 de octubre a las 8:30 en la sala 204. Temas:

1. Traducción del nuevo paquete de admisión (el PHQ-9 y el GAD-7 en
   español ya están listos).
2. Grupo de habilidades en español de los martes: horario y materiales.
3. Intérpretes telefónicos: nuevo número de acceso (503) 555-0198.

Si no pueden asistir, avísenme y les mando las notas.

Saludos,
Tomás

{sig("taguilar")}""", lang="es", cte="quoted-printable")

    add(N, "capacitacion-naloxona-biblioteca", "Spanish: public naloxone training flyer", box("Second Harbor Alcance Comunitario", "outreach", "shr"),
        box("Lista Comunitaria Second Harbor", "comunidad", "shr"), "Capacitación gratuita sobre naloxona - sábado 24 de octubre",
        f"""Estimados vecinos:

El Centro de Recuperación Second Harbor ofrece una capacitación gratuita
de 45 minutos sobre la naloxona (Narcan) el sábado 24 de octubre a las
10:00 de la mañana en la sala comunitaria de la Biblioteca Principal.

Aprenderá a reconocer una sobredosis, a administrar la naloxona nasal y
qué protege la ley del Buen Samaritano. Todos los participantes
recibirán un kit gratis.

No es necesario inscribirse. Preguntas: (508) 555-0137.

{osig("shr", "Equipo de Alcance Comunitario")}""", lang="es", cs="iso-8859-1", cte="8bit")

    add(N, "horario-dias-festivos", "Spanish: clinic holiday hours for staff (HTML table)", who("tgreene"),
        box("Personal de Bloom", "allstaff", "bwh"), "Horario de días festivos – noviembre y diciembre",
        None, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,Arial,sans-serif">
<p>Hola equipo:</p>
<p>Este es el horario de la clínica durante los días festivos. La línea de enfermería
(404) 555-0160 seguirá atendiendo las llamadas como de costumbre.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Día</th><th>Horario</th></tr>
<tr><td>Miércoles 25 de noviembre</td><td>8:00 – 14:00</td></tr>
<tr><td>Jueves 26 de noviembre (Acción de Gracias)</td><td>Cerrado</td></tr>
<tr><td>Jueves 24 de diciembre</td><td>8:00 – 12:00</td></tr>
<tr><td>Viernes 25 de diciembre</td><td>Cerrado</td></tr>
<tr><td>Jueves 31 de diciembre</td><td>8:00 – 14:00</td></tr>
</table>
<p>El laboratorio de embriología tendrá guardia los días de cierre, según el calendario “on call” de Hye-jin.</p>
<p>¡Gracias por todo!<br>Tasha Greene<br>Gerente de la práctica · Bloom Women’s Health<br>(404) 555-0163</p>
</body></html>
""", lang="es", cs="windows-1252", cte="quoted-printable")

    add(N, "boletim-prep-perguntas", "Portuguese: PrEP education newsletter; no individual", box("Meridian Boletim", "boletim", "mic"),
        box("Assinantes do Boletim", "assinantes", "mic"), "Boletim Meridian - PrEP: perguntas frequentes",
        """Olá!

Neste mês, respondemos às perguntas mais comuns sobre a PrEP
(profilaxia pré-exposição):

- O que é? Um comprimido diário, ou uma injeção a cada dois meses, que
  reduz muito o risco de contrair o HIV.
- Quem pode usar? Qualquer pessoa adulta que queira se proteger do HIV.
- Preciso de seguro? Não. Temos programas de assistência para quem não
  tem seguro.
- Quanto tempo demora? Na Meridian, você pode começar no mesmo dia.

Ligue para (713) 555-0142 ou visite https://www.meridian-id.example.org/prep.

Meridian Infectious Disease Clinic
1500 Calder Avenue, Building C, Houston, TX 77004

Para cancelar a inscrição, responda com SAIR.""", lang="pt", cs="iso-8859-1", cte="quoted-printable")

    add(N, "novo-portal-contracheques", "Portuguese: payroll portal notice with employee ID format; no health content", who("mavery"),
        box("Colaboradores Second Harbor", "allstaff", "shr"), "Aviso: novo portal de contracheques a partir de 1º de novembro",
        f"""Prezados colaboradores do Second Harbor,

A partir de 1º de novembro, os contracheques e o formulário W-2 estarão
disponíveis apenas no novo portal PayLoom:
https://my.payloom.example.com

Para o primeiro acesso, use o seu número de matrícula (por exemplo,
SHR-00412) e os últimos quatro dígitos do seu número de Seguro Social.
Depois, você deverá criar uma nova senha.

Dúvidas? Ligue para (800) 555-0111, opção 3 (atendimento em português).

Atenciosamente,
Monique Avery

{sig("mavery")}""", lang="pt", cte="8bit")

    add(N, "journees-conseil-genetique", "French: genetic-counselling conference announcement", box("Comité des Journées francophones", "comite", "alder"),
        who("cdubois"), "Journées francophones de conseil génétique - appel à communications",
        """Chère Claire,

Le comité d'organisation a le plaisir de vous inviter aux Journées
francophones de conseil génétique, qui se tiendront les 18 et 19 mars
2027 à Lyon.

Thèmes : cœur et génétique (cardiomyopathies héréditaires), dépistage
des porteurs, conseil génétique à distance, éthique des tests
prédictifs.

Date limite de soumission des résumés : 15 décembre 2026.
Frais d'inscription : 320 € (tarif réduit étudiants : 180 €).

Inscriptions : https://journees-cg.example.org

Bien cordialement,
Le comité d'organisation""", lang="fr", cs="iso-8859-15", cte="quoted-printable")

    add(N, "salon-emploi-infirmier", "French: nursing job fair posting for a psychiatric hospital", box("Cedar Hollow Recrutement", "careers", "chp"),
        box("Salon de l'emploi infirmier", "exposants", "alder"), "Cedar Hollow recrute : infirmier(ère)s en psychiatrie",
        """Bonjour,

Voici le texte de notre annonce pour le salon de l'emploi du 14 novembre :

Cedar Hollow Psychiatric Hospital (Millbrook, New York) recrute des
infirmier(ère)s en santé mentale pour ses unités adultes et adolescents.

- Postes de jour, de soir et de nuit, 36 heures par semaine
- Accompagnement pour l'équivalence du diplôme et la licence NCLEX
- Parrainage de visa possible
- Salaire : 48,50 à 61,20 $ US de l'heure

Contact : Recrutement, (845) 555-0178, careers@cedarhollow.example.org

Merci et à bientôt,
L'équipe de recrutement""", lang="fr", cte="base64")

    add(N, "mianfei-jiance-ri", "Chinese: free HIV/HCV testing day flyer; no individual", box("梅里迪安社区外展部", "outreach", "mic"),
        box("华人社区邮件列表", "community-zh", "mic"), "免费艾滋病检测日 - 11月14日（星期六）",
        """各位社区朋友：

梅里迪安传染病诊所将于11月14日（星期六）上午10点至下午4点，在中国城社区中心举办免费快速艾滋病及丙肝检测活动。

- 检测免费、保密，20分钟出结果
- 现场提供普通话和粤语服务
- 可以了解暴露前预防（PrEP）的相关信息

地址：9800 Bellaire Blvd（中国城社区中心）
咨询电话：(713) 555-0145

欢迎转发给亲友！

梅里迪安传染病诊所 社区外展部
Meridian Infectious Disease Clinic""", lang="zh", cs="gb2312", cte="base64")

    add(N, "hoi-thao-suc-khoe-tinh-than", "Vietnamese: community mental-health workshop invitation; education only", who("ltran"),
        box("Cộng đồng Việt Portland", "vn-community", "lbh"), "Hội thảo miễn phí: Chăm sóc sức khỏe tinh thần cho gia đình",
        """Kính gửi quý cô chú anh chị,

Lanternway Behavioral Health trân trọng mời quý vị tham dự buổi hội
thảo miễn phí bằng tiếng Việt về sức khỏe tinh thần.

Thời gian: Thứ Bảy, ngày 7 tháng 11, từ 10 giờ đến 12 giờ trưa
Địa điểm: Phòng 310, 2140 Alder Street, Portland

Nội dung:
- Nhận biết các dấu hiệu trầm cảm và lo âu
- Cách nói chuyện với con em về căng thẳng
- Các dịch vụ hỗ trợ trong cộng đồng

Có trà và bánh. Xin gọi chị Lien Tran tại số (503) 555-0126 để ghi danh.

Trân trọng,
Lien Tran
Lanternway Behavioral Health""", lang="vi", cte="base64")

    add(N, "gruppa-podderzhki-semey", "Russian: family support group announcement at an OTP; no individual", who("apetrova"),
        box("Русскоязычная рассылка", "ru-list", "shr"), "Группа поддержки для родственников - по средам",
        f"""Здравствуйте!

Центр Second Harbor приглашает родственников и близких людей, которые
столкнулись с опиоидной зависимостью в семье, на бесплатную группу
поддержки на русском языке.

Когда: каждую среду, 18:30-20:00
Где: 88 Wharf Road, конференц-зал B
Ведущая: Аня Петрова

Мы говорим о том, как заботиться о себе, как разговаривать с близким
человеком и как пользоваться налоксоном. Записываться заранее не нужно.

Телефон: (508) 555-0136

С уважением,
Аня Петрова

{sig("apetrova")}""", lang="ru", cs="koi8-r", cte="8bit")

    add(N, "jalsat-maaloumat-sihhat-almaraa", "Arabic: women's health information session; education only", box("مركز بلوم لصحة المرأة", "events", "bwh"),
        box("القائمة البريدية العربية", "arabic-list", "bwh"), "دعوة: جلسة معلومات عن صحة المرأة",
        """أعزائي،

يسر مركز بلوم لصحة المرأة دعوتكم إلى جلسة معلومات مجانية باللغة العربية
حول الفحوصات الدورية لصحة المرأة، يوم السبت 21 نوفمبر من الساعة 11 صباحاً
حتى الساعة 1 ظهراً.

المكان: 400 Magnolia Boulevard، الطابق الثاني
ستتحدث الدكتورة نادية حداد عن أهمية الفحص الدوري وتصوير الثدي بالأشعة.

للتسجيل يرجى الاتصال على الرقم (404) 555-0160.

مع أطيب التحيات،
فريق بلوم""", lang="ar", cs="windows-1256", cte="base64")

    add(N, "jawon-bongsaja-mojip", "Korean: volunteer recruitment at a psychiatric hospital", who("oivanova"),
        box("한인 커뮤니티 게시판", "kr-board", "chp"), "자원봉사자 모집 안내 - 시더 할로우 정신병원",
        """안녕하세요,

시더 할로우 정신병원에서 한국어를 할 수 있는 자원봉사자를 모집합니다.

활동 내용: 가족 대기실 안내, 한국어 안내 자료 번역 검토, 지역 행사 지원
활동 시간: 주 1회, 3시간 (요일 선택 가능)
자격: 18세 이상, 기본 교육(4시간) 이수

관심 있으신 분은 (845) 555-0177 로 연락 주십시오.

감사합니다.
사회복지팀 올가 이바노바
Cedar Hollow Psychiatric Hospital""", lang="ko", cs="euc-kr", cte="base64")

    add(N, "anibersaryo-sa-trabaho", "Tagalog: work-anniversary thanks to a nurse colleague", who("jbapt"), who("mdela"),
        "Maligayang ika-10 anibersaryo, Maricel!",
        f"""Hi Maricel,

Maraming salamat sa lahat ng ginagawa mo para sa aming team. Ngayong
ika-10 anibersaryo mo sa Lanternway, gusto ka naming pasalamatan sa
iyong malasakit, sipag at pasensya. May maliit na regalo para sa iyo sa
front desk - kape at ensaymada!

Mag-lunch tayo sa Biyernes kasama ang buong nursing team, sagot ng
clinic.

Salamat ulit,
Jolene

{sig("jbapt")}""", lang="tl")

    add(N, "ore-anplwaye-tanpet", "Haitian Creole: staff schedule change for a storm at an OTP", who("rcosta"),
        box("Tout Anplwaye Second Harbor", "allstaff", "shr"), "Avi: chanjman orè travay akoz tanpèt la - madi 27 oktòb",
        f"""Bonjou tout moun,

Akoz tanpèt la k ap vini, anplwaye yo dwe rive a 8:00 am madi 27
oktòb olye 5:30 am. Dozaj ap kòmanse a 9:00 am. Enfimyè yo ap prepare
lis dozaj pou jou lendi a davans.

Si wout yo bloke lakay ou, rele sipèvizè w la oswa liy prensipal la
nan (508) 555-0130 anvan 7:00 am.

Pran swen tèt nou,
Ray

{sig("rcosta")}""", lang="ht", cte="quoted-printable")

    add(N, "sesyon-enfomasyon-prep", "Haitian Creole: PrEP information sessions; education only", who("jrpierre"),
        box("Lis Kominote Ayisyen", "ht-community", "mic"), "Sesyon enfòmasyon sou PrEP an kreyòl - chak dezyèm samdi",
        f"""Bonjou zanmi,

Klinik Meridian ap òganize sesyon enfòmasyon gratis an kreyòl sou PrEP,
yon grenn ki ka anpeche ou pran VIH. Sesyon yo fèt chak dezyèm samdi
nan mwa a, a 11:00 am, nan Batiman C.

N ap pale sou: kijan PrEP mache, kiyès ki ka pran l, ak kijan pou w
jwenn li menm si ou pa gen asirans.

Pou plis enfòmasyon, rele Jean-Robert nan (713) 555-0145.

Mèsi,
Jean-Robert Pierre

{sig("jrpierre")}""", lang="ht", cte="8bit")

# ==========================================================================
# PHI (60): an identifiable person and health/treatment/payment information,
# not in a restricted category

def phi_messages():
    P = "phi"
    add(P, "new-hire-quantiferon-positive", "named new hire's positive TB blood test and chest X-ray referral (employee health)",
        who("rcast"), who("pdoyle"), "Pre-employment clearance on hold - K. Abernathy",
        f"""Patrick,

Kelsey Abernathy (new mental health tech, start date 10/26) had a
positive QuantiFERON on her pre-employment screen. She has no symptoms.
I've referred her for a chest X-ray at Millbrook Imaging tomorrow and
to her PCP for evaluation of latent TB. She can't start on the unit
until the X-ray is read; I'll let you know as soon as I have it.

Renee

{sig("rcast")}""")

    add(P, "flu-vaccine-medical-exemption", "named employee's medical exemption citing Guillain-Barre history",
        who("rcast"), who("gliu"), "Flu vaccine exemption approved - D. Ocampo (3 West)",
        f"""Grace,

FYI the medical exemption for Danilo Ocampo, RN (3 West nights) was
approved. His neurologist documented Guillain-Barre syndrome after a
2019 flu shot. He needs to wear a surgical mask on the unit through
flu season (through 3/31); please don't share the reason with the
team - just that he has an approved exemption.

Renee

{sig("rcast")}""")

    add(P, "workers-comp-wrist-fracture", "named nurse's workers' comp claim for a wrist fracture",
        who("pdoyle"), box("Harbor Mutual Workers' Comp Claims", "claims", "th"), "First report of injury - Janelle Brooks, claim WC-26-00871",
        f"""Hello,

First report of injury attached for our employee Janelle Brooks, RN
(employee ID CH-20419, DOB 05/12/1990).

Date of injury: 10/09/2026, 21:40, adolescent unit
Description: fell while stepping back during a de-escalation; landed on
outstretched right hand.
Treatment: ED at Millbrook General - distal radius fracture, splinted,
orthopedic follow-up 10/14. Off work at least 4 weeks.

Claim WC-26-00871. Please send forms to me directly.

Patrick Doyle

{sig("pdoyle")}""")

    add(P, "fmla-knee-replacement", "payroll/HR vendor processes named employee's FMLA for knee replacement",
        who("mavery"), who("dwhit"), "FMLA approved: R. Kowalczyk, 10/28 - 12/23",
        f"""Hi Dana,

FMLA leave for Robert Kowalczyk (employee #LBH-0193) is approved for
10/28/2026 - 12/23/2026. The certification from his orthopedic surgeon
lists a right total knee replacement on 10/29 with 6-8 weeks of
recovery and outpatient physical therapy.

Short-term disability will coordinate from day 8. Please don't store
the certification in his personnel file; it's in the confidential
medical file in the portal.

Monique

{sig("mavery")}""")

    add(P, "return-to-work-appendectomy", "named staff member's return-to-work note after surgery",
        who("khollis"), box("PayLoom HR Support", "hr-support", "pl"), "RTW note - Marisol Vega",
        f"""Hi,

Marisol Vega (medical assistant) is cleared to return on Monday 10/19
after her laparoscopic appendectomy on 10/2. Her surgeon's note says no
lifting over 15 lb until 10/30. Please end her leave in the system and
note the restriction.

Thanks,
Kendra

{sig("khollis")}""")

    add(P, "hep-b-titer-nonresponder", "named lab technician's hepatitis B titre and booster plan",
        box("Meridian Employee Health", "employeehealth", "mic"), box("Tariq Haddad", "thaddad", "mic"),
        "Your hepatitis B titer result",
        f"""Hi Tariq,

Your hepatitis B surface antibody came back at 4 mIU/mL, which is below
the protective level of 10. Since you completed the series in 2012,
the plan is one booster dose now and a repeat titer in 4-8 weeks. If
it's still low, we'll finish a second full series.

Employee health hours are Mon-Thu 7-11 am, Building C room 118.

Employee Health
Meridian Infectious Disease Clinic
(713) 555-0140 ext. 118

{CONF}""")

    add(P, "n95-fit-test-clearance", "named employee's respirator clearance mentions asthma and inhaler",
        box("Meridian Employee Health", "employeehealth", "mic"), who("khollis"), "Respirator clearance - Aaliyah Grant",
        f"""Kendra,

Aaliyah Grant (front desk, TB clinic rotation) is cleared for the N95
with a restriction: her questionnaire shows moderate persistent asthma
on a daily fluticasone/salmeterol inhaler. She can be fit-tested but
should not be assigned to the sputum induction room.

Employee Health

{CONF}""")

    add(P, "disability-claim-discectomy", "named employee's short-term disability claim with diagnosis and claim number",
        box("PayLoom Disability Services", "disability", "pl"), who("pdoyle"), "STD claim DS-44190 approved - Michael Tran",
        f"""Dear Patrick,

Short-term disability claim DS-44190 for Michael Tran (Cedar Hollow,
dietary services) has been approved.

  Diagnosis on the attending physician statement: lumbar disc
  herniation L4-L5; microdiscectomy 10/06/2026
  Benefit period: 10/06/2026 - 11/16/2026
  Weekly benefit: 60% of base pay

Please confirm his last day worked.

PayLoom Disability Services
(800) 555-0111 option 4

{BACONF}""")

    add(P, "out-sick-strep-throat", "borderline: staff member tells her manager she has strep throat and antibiotics",
        box("Lien Tran", "ltran", "lbh"), who("mreyes"), "Out today - strep",
        """Hi Marcus,

I won't be in today. Urgent care confirmed strep throat this morning
and started me on amoxicillin, and they said I'm contagious for 24
hours. I've asked Jolene to move my 10 and 2 o'clock calls. Should be
back tomorrow.

Lien

Sent from my phone""")

    add(P, "covid-positive-staff-contacts", "names an employee with COVID-19 and close contacts",
        who("hokafor"), [who("rcosta"), who("mjoseph")], "Staff COVID positive - contact tracing",
        f"""Ray, Mireille,

Luis Ferreira tested positive for COVID this morning (symptoms started
yesterday evening). He's isolating at home and started Paxlovid. Close
contacts in the last 48 hours: Mireille and Anya (Tuesday huddle).
Neither needs to stay home, but both should mask for 10 days and test
on day 5.

Please reassign Luis's groups for the rest of the week.

Hannah

{sig("hokafor")}""")

    add(P, "pregnancy-light-duty", "named employee's pregnancy and light-duty accommodation",
        who("pdoyle"), who("gliu"), "Accommodation - Sarah Lindgren (28 weeks)",
        f"""Grace,

Sarah Lindgren's OB has recommended light duty for the rest of her
pregnancy (she's 28 weeks, with a history of preterm contractions).
Restrictions: no restraint holds, no lifting over 20 lb, and breaks
every 2 hours. I'd suggest the admissions nurse role until her leave
starts. Can we meet Thursday?

Patrick

{sig("pdoyle")}""")

    add(P, "annual-exam-confirmation", "borderline: gynecology appointment confirmation to a patient; display name not a restricted service",
        box("Bloom Women's Health - Gynecology", "gyn-scheduling", "bwh"), ("Tanisha Moore", "tanisha.moore@mail.example.com"),
        "Appointment confirmed: Wed 10/21, 9:20 am with Dr. Haddad",
        f"""Hi Tanisha,

Your annual well-woman exam is confirmed:

  Wednesday, October 21, 9:20 am
  Dr. Nadia Haddad, 400 Magnolia Boulevard, Suite 200

Please arrive 15 minutes early, bring your insurance card and a list of
your medications. Need to reschedule? Call (404) 555-0160.

{osig("bwh", "Gynecology Scheduling")}""")

    add(P, "anatomy-scan-20-weeks", "named patient's 20-week prenatal ultrasound scheduling",
        who("msantos"), box("Magnolia Maternal-Fetal Imaging", "scheduling", "gr"), "Anatomy scan request - Brianna Wells, 19w3d",
        f"""Hello,

Please schedule a detailed anatomy scan for:

  Brianna Wells, DOB 02/09/1996, MRN BWH-208814
  EDD 03/05/2027 (currently 19w3d), G2P1
  Reason: routine anatomy survey; previous pregnancy with low-lying
  placenta
  Insurance: Tidewater, member ID THP-448120917

Ordering provider: Dr. Nadia Haddad. Results to our fax
(404) 555-0169.

Maribel

{sig("msantos")}""")

    add(P, "ovarian-cyst-ultrasound-report", "pelvic ultrasound result for a named patient sent to her primary care doctor",
        who("nhaddad"), box("Dr. Omar Bell", "obell", "gr"), "Re: your patient Lorraine Fitch - ultrasound result",
        f"""Dr. Bell,

Thank you for referring Lorraine Fitch (DOB 11/30/1971). Her pelvic
ultrasound on 10/5 showed a 4.2 cm simple left ovarian cyst, no solid
components, normal right ovary. CA-125 was 18. As she is
perimenopausal, we'll repeat the ultrasound in 8 weeks and I'll see
her after that. No surgery needed for now.

Best,
Nadia Haddad, MD

{sig("nhaddad")}""")

    add(P, "endometriosis-preop-labs", "named patient's pre-operative labs before laparoscopy",
        who("msantos"), box("Bloom Pre-Admission Testing", "pat", "bwh"), "Pre-op labs for laparoscopy 11/3 - Gabriela Ruiz",
        f"""Hi PAT team,

Gabriela Ruiz, DOB 06/18/1992, MRN BWH-199302, is scheduled for
diagnostic laparoscopy with excision of endometriosis on 11/3 with
Dr. Haddad. Please draw CBC, BMP, type and screen and a urine hCG on
10/30. She has a latex allergy (hives).

Thanks,
Maribel

{sig("msantos")}""")

    add(P, "estradiol-refill-request", "named patient's menopausal hormone therapy refill",
        box("Bloom Patient Portal", "portal-noreply", "bwh"), box("Bloom Women's Health - Dr. Haddad's Team", "haddad-team", "bwh"),
        "Portal message: refill request from Denise Carter",
        """New portal message

From: Denise Carter (DOB 09/04/1968, MRN BWH-100457)
Subject: Estradiol patch refill

Hi, I'm down to my last two estradiol patches (0.05 mg twice weekly)
and my progesterone 100 mg. Hot flashes are much better on this dose.
Please send the refills to the Ponce Pharmacy on North Avenue. Thank
you!

-- Reply in the portal. Do not reply to this e-mail.""")

    add(P, "iron-infusion-authorization", "prior authorisation request for a named patient's iron infusion",
        who("tgreene"), box("Tidewater Utilization Management", "um", "th"), "PA request: IV iron, member THP-301957228",
        f"""Hello,

Requesting prior authorization for:

  Member: Keisha Dawson, DOB 01/23/1985, ID THP-301957228
  Service: ferric carboxymaltose 750 mg IV x 2 doses (J1439)
  Diagnosis: iron-deficiency anemia secondary to heavy menstrual
  bleeding (D50.0, N92.0); Hgb 8.4, ferritin 6; failed oral iron
  Provider: Nadia Haddad, MD, NPI {npi("167294830")}

Clinical notes attached in the portal.

Tasha Greene

{sig("tgreene")}""")

    add(P, "hysterectomy-postop-oxycodone", "borderline: opioid prescribed for pain after surgery is phi, not substance-use treatment",
        who("nhaddad"), box("Ponce Pharmacy", "rx", "km"), "Post-op Rx clarification - Valerie Noble",
        f"""Hi,

Clarifying the e-prescription for Valerie Noble (DOB 04/02/1977),
discharged yesterday after a total laparoscopic hysterectomy for
fibroids: oxycodone 5 mg, 1 tab every 6 hours as needed for pain,
#12, no refills. Please also fill ibuprofen 600 mg and docusate. She
has no history of opioid use.

Nadia Haddad, MD
DEA {dea("BH", "730164")}

{sig("nhaddad", short=True)}""")

    add(P, "it-ticket-ultrasound-screenshot", "IT ticket whose pasted screenshot text shows a named patient's ultrasound result",
        who("tgreene"), box("NorthBeam Service Desk", "help", "nb"), "Imaging report viewer cuts off text (screenshot)",
        None,
        html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<p>Hi NorthBeam,</p>
<p>The imaging report viewer is cutting off the last lines of reports. Screenshot below (pasted as text because the image upload failed):</p>
<pre style="border:1px solid #999;padding:8px;background:#f4f4f4">
PATIENT: HOLLOWAY, JUNE    MRN BWH-175520    DOB 08/14/1983
EXAM: US PELVIS TRANSVAGINAL   DATE 10/12/2026
FINDINGS: Uterus 9.1 cm with two intramural fibroids, largest 3.4 cm.
IMPRESSION: Fibroid uterus. Recommend gynecology follo
</pre>
<p>It happens on all three front-desk PCs. Thanks!</p>
<p>Tasha Greene<br>Practice Manager, Bloom Women's Health<br>(404) 555-0163</p>
</body></html>
""")

    add(P, "pessary-order-named-patient", "supply order that names the patient a pessary is for",
        who("msantos"), who("jkess"), "Add-on to PO BWH-1902: pessary for Mrs. Pearl Whitman",
        f"""Hi Joanne,

Please add one ring pessary with support, size 3 (catalog PS-R3), to
this week's order. It's for Pearl Whitman, 81, who is being fitted on
10/28 for pelvic organ prolapse - size 2 was too small last week.
Ship with the regular order.

Maribel

{sig("msantos")}""")

    add(P, "patient-statement-pelvic-ultrasound", "billing vendor statement for a named patient's gynecology visit",
        box("ClaimBridge Patient Billing", "statements", "cb"), ("Renata Flores", "renata.flores@mail.example.net"),
        "Your statement from Bloom Women's Health - account 7720-4419",
        f"""Dear Renata Flores,

Your statement for services at Bloom Women's Health is ready.

  Account: 7720-4419
  Date of service: 09/18/2026
  Services: preventive visit (99396), pelvic ultrasound (76856)
  Insurance paid: $212.40
  Your balance: $85.00, due 11/15/2026

Pay online at https://pay.claimbridge.example.com or call
(614) 555-0180. Payment plans are available.

ClaimBridge Billing Services, on behalf of Bloom Women's Health

{BACONF}""")

    add(P, "myomectomy-prior-auth", "health plan approves a named member's myomectomy",
        box("Tidewater Utilization Management", "um", "th"), who("tgreene"), "Authorization approved: AUTH-26-771042 (myomectomy)",
        f"""Authorization approved

  Member: Chantal Baptiste, ID THP-552019384, DOB 12/01/1988
  Service: laparoscopic myomectomy (58545), outpatient
  Diagnosis: submucous and intramural leiomyoma (D25.0, D25.1)
  Facility: Bloom Surgery Center; surgeon Nadia Haddad, MD
  Valid: 10/20/2026 - 01/20/2027
  Auth #: AUTH-26-771042

Tidewater Health Plan - Utilization Management
(757) 555-0148

{CONF}""")

    add(P, "typhoid-malaria-travel-visit", "named traveler's travel-medicine visit, vaccines and malaria prophylaxis",
        who("wlin"), ("Gareth Pryce", "gpryce@mail.example.org"), "Your travel clinic visit summary",
        f"""Hi Gareth,

Here is a summary of today's travel visit before your trip to Ghana
(11/20-12/12):

- Vaccines given today: typhoid (injectable), hepatitis A dose 1
- Yellow fever: you had it in 2015, and one dose is now considered
  lifelong; bring the yellow card.
- Malaria prevention: atovaquone/proguanil, 1 tablet daily starting 2
  days before travel until 7 days after return. Prescription sent.
- Hepatitis A dose 2 is due in 6 months.

Safe travels,
Dr. Wei Lin

{sig("wlin")}""")

    add(P, "opat-cefazolin-cellulitis", "home-infusion order for a named patient's IV antibiotics for cellulitis",
        who("sadey"), box("Bayou Home Infusion", "intake", "km"), "OPAT order - Harold Simmons, cefazolin x 10 days",
        f"""Hello,

Outpatient IV antibiotic order:

  Patient: Harold Simmons, DOB 03/27/1959, MRN MIC-0048812
  Dx: cellulitis of the left lower leg, failed oral cephalexin (L03.116)
  Cefazolin 2 g IV every 8 hours x 10 days via midline placed 10/14
  Weekly labs: CBC with diff, BMP - fax to (713) 555-0149
  Allergies: sulfa (rash)

Please start tonight.

Samuel Adeyemi, MD, NPI {npi("138462957")}

{sig("sadey")}""")

    add(P, "hep-c-sof-vel-prior-auth", "borderline: hepatitis C treatment is not in a restricted category",
        who("bnguyen"), box("Tidewater Pharmacy Prior Authorization", "rx-pa", "th"), "PA: sofosbuvir/velpatasvir - member THP-710294486",
        f"""Hello,

Prior authorization request:

  Member: Dwayne Castellanos, DOB 07/07/1981, ID THP-710294486
  Drug: sofosbuvir/velpatasvir 400/100 mg, 1 tab daily x 12 weeks
  Diagnosis: chronic hepatitis C, genotype 1a (B18.2), HCV RNA
  2,140,000 IU/mL, FIB-4 1.9, treatment-naive
  Prescriber: Samuel Adeyemi, MD

Please fax the determination to (713) 555-0147.

Bao Nguyen, PharmD

{sig("bnguyen")}""")

    add(P, "lyme-doxycycline-portal", "reply to a named patient about her Lyme disease treatment",
        who("sadey"), ("Holly Brennan", "holly.brennan@mail.example.com"), "Re: rash after hiking - your results",
        f"""Hi Holly,

Your Lyme antibody test came back positive, which fits the bull's-eye
rash you showed me. Please keep taking the doxycycline 100 mg twice a
day for the full 14 days, with food and a full glass of water, and
avoid too much sun. If you get facial drooping, a bad headache or
heart palpitations, call us at (713) 555-0140.

Dr. Adeyemi

{quote('''Hi Dr. A, is the test back yet? The rash is fading.''', ("Holly Brennan", "holly.brennan@mail.example.com"), "Mon, Oct 12, 2026 at 8:02 AM")}

{CONF}""")

    add(P, "rabies-pep-day-7", "named patient's rabies post-exposure vaccine schedule after a dog bite",
        box("Meridian Travel & ID Clinic", "nurses", "mic"), ("Ethan Moua", "ethan.moua@mail.example.net"),
        "Reminder: rabies vaccine dose 3 on Monday",
        f"""Hi Ethan,

This is a reminder that your third rabies vaccine dose (day 7) is due
on Monday 10/19. You received rabies immune globulin and dose 1 on
10/12 after the dog bite, and dose 2 on 10/15. Dose 4 will be on 10/26.

Walk in any time 8-4 at Building C. Questions: (713) 555-0140.

Meridian Travel & ID Clinic Nurses

{CONF}""")

    add(P, "paxlovid-drug-interaction", "named patient's COVID-19 treatment and a drug interaction",
        who("bnguyen"), who("wlin"), "Paxlovid for Mr. Obi - statin interaction",
        f"""Dr. Lin,

For Chinedu Obi (MRN MIC-0051174), positive COVID antigen today, day 2
of symptoms: he takes simvastatin 40 mg. With nirmatrelvir/ritonavir
he should hold simvastatin for the 5 days plus 5 days after. Renal
function normal (eGFR 88), so full dose. OK to dispense?

Bao

{sig("bnguyen")}""")

    add(P, "shingles-dose-2-due", "reminder to a named patient that her second shingles vaccine is due",
        box("Meridian Clinic Vaccines", "vaccines", "mic"), ("Beatriz Lemos", "bea.lemos@mail.example.org"),
        "Beatriz, your second shingles vaccine dose is due",
        """Hi Beatriz,

You received your first recombinant zoster (shingles) vaccine dose on
08/10/2026. Your second dose is due between 10/10 and 02/10. Reply to
book or call (713) 555-0140. It's covered by your plan at $0.

Meridian Infectious Disease Clinic - Vaccines""")

    oru_mrsa = hl7(["MSH|^~\\&|CRESTLINE_LIS|CRESTLINE|MIC_EHR|MERIDIAN|20261013091200||ORU^R01^ORU_R01|CL260013771|P|2.5.1",
                    "PID|1||MIC-0049021^^^MIC^MR||PERALTA^RUBEN^A||19670211|M|||48 Tupelo Lane^^Houston^TX^77021",
                    "ORC|RE|ORD88120|CL-26-551902",
                    "OBR|1|ORD88120|CL-26-551902|87070^Culture, wound^CPT|||20261010140000|||||||||" + npi("138462957") + "^ADEYEMI^SAMUEL",
                    "OBX|1|ST|6463-4^Bacteria identified^LN||Staphylococcus aureus, methicillin resistant (MRSA)||||||F",
                    "OBX|2|ST|18862-3^Vancomycin susc^LN||S (MIC 1)||||||F",
                    "OBX|3|ST|18993-6^Trimethoprim+sulfamethoxazole susc^LN||S||||||F"])
    add(P, "wound-culture-mrsa-hl7", "HL7 result: named patient's wound culture grew MRSA",
        who("tbeck"), who("sadey"), "Final culture result CL-26-551902",
        f"""Dr. Adeyemi,

The final wound culture result is attached as an HL7 message because
the interface to your EHR is down (ticket NB-88213). Please don't
re-send it to the interface queue.

Tom

{sig("tbeck")}""",
        atts=[att("CL-26-551902.hl7", "application/hl7-v2", oru_mrsa)])

    obs = {"resourceType": "Observation", "id": "cocci-igg-55190", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "9796-4",
                                "display": "Coccidioides immitis Ab [Presence] in Serum"}]},
           "subject": {"reference": "Patient/MIC-0052230", "display": "Alvarado, Renee"},
           "effectiveDateTime": "2026-10-08T09:30:00-05:00",
           "valueCodeableConcept": {"text": "Positive (IgG)"},
           "note": [{"text": "Consistent with coccidioidomycosis (valley fever) after recent Arizona travel."}]}
    add(P, "valley-fever-serology-fhir", "FHIR Observation: named patient's positive valley-fever serology",
        box("Crestline Results API", "results-noreply", "cl"), who("wlin"), "Result available: Coccidioides antibody",
        f"""A result is available for your patient. The FHIR resource is attached.

Crestline Reference Laboratory - Results Delivery
(615) 555-0116

{CONF}""",
        atts=[att("Observation-cocci-igg-55190.json", "application/fhir+json", json.dumps(obs, indent=2) + "\n")])

    add(P, "eob-sleep-study", "health plan Explanation of Benefits for a member's sleep study",
        box("Tidewater Health Plan", "eob-noreply", "th"), ("Leonard Haskins", "lhaskins@mail.example.com"),
        "Your Explanation of Benefits is ready", None,
        html=f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<h2>Explanation of Benefits</h2>
<p>Member: <b>Leonard Haskins</b> &middot; Member ID THP-118204556 &middot; Claim 26-4418820-01</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Date</th><th>Provider</th><th>Service</th><th>Billed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>09/22/2026</td><td>Harbor Sleep Center</td><td>Polysomnography (95810)</td><td>$2,850.00</td><td>$1,640.00</td><td>$250.00</td></tr>
</table>
<p>This is not a bill. Questions? Member Services (757) 555-0115.</p>
</body></html>
""")

    add(P, "er-claim-denied-layperson-review", "claim denial naming a member and an emergency-room visit",
        box("Tidewater Claims", "claims", "th"), who("gpohl"), "Claim 26-3990127-00 denied - non-emergent diagnosis",
        f"""Claim 26-3990127-00 has been denied.

  Member: Victor Anand, ID THP-664019275
  Date of service: 08/30/2026, Millbrook General Emergency Department
  Primary diagnosis: R10.9 abdominal pain, unspecified
  Reason: diagnosis does not meet prudent-layperson review without
  records. Submit ED records for reconsideration within 90 days.

Tidewater Claims Department

{CONF}""")

    add(P, "sports-med-ankle-statement", "billing vendor statement for a named patient's ankle X-ray (another client)",
        who("gpohl"), box("Eastside Sports Medicine Billing", "billing", "gr"), "Disputed balance - patient Jordan Kim, acct 4410-2281",
        f"""Hi,

Jordan Kim (acct 4410-2281) called disputing the $140 balance for
09/02/2026 (ankle X-ray 73610 and E/M 99213 for a lateral ankle
sprain). His plan applied it to the deductible. We explained the EOB
and set up a 2-month plan. No action needed unless he calls back.

Gretchen

{sig("gpohl")}""")

    add(P, "cpap-auth-approved", "prior authorisation for a named member's CPAP",
        box("Tidewater Utilization Management", "um", "th"), box("Airflow Home Medical", "intake", "km"), "Approved: CPAP E0601 - member THP-902817463",
        f"""Authorization AUTH-26-770210 approved.

  Member: Sandra Okoye, ID THP-902817463, DOB 10/19/1970
  Item: CPAP E0601 with heated humidifier and supplies, rental 13 months
  Diagnosis: obstructive sleep apnea (G47.33), AHI 31
  Compliance review at 90 days (4 h/night on 70% of nights)

Tidewater UM, (757) 555-0148

{CONF}""")

    add(P, "mbi-eligibility-physical-therapy", "Medicare eligibility check with MBI for a named patient's physical therapy",
        who("alittle"), box("Riverside Physical Therapy", "frontdesk", "gr"), "Eligibility: Arthur Pennington - PT cap / KX",
        f"""Hi,

Eligibility for Arthur Pennington, MBI 4TQ8-JW5-MK27, DOB 02/14/1948:
Part B active. He has used $1,960 of therapy this year, so claims for
his hip replacement rehab after 11/1 need the KX modifier. Plan of
care signed by Dr. Ellis on 10/2 is on file.

Andre Little, CPC

{sig("alittle")}""")

    add(P, "appeal-pneumonia-admission", "appeal letter for a named member's inpatient pneumonia admission",
        who("gpohl"), box("Tidewater Appeals", "appeals", "th"), "Level 1 appeal - claim 26-3871140-00 (Walter Briggs)",
        f"""To the Appeals Unit,

On behalf of Millbrook General, we appeal the denial of inpatient
status for Walter Briggs (ID THP-209381156), admitted 09/04-09/08/2026
with community-acquired pneumonia, hypoxia (SpO2 86% on room air) and
sepsis criteria. Records are attached in the portal; the admission
met InterQual criteria on day 1.

Gretchen Pohl

{sig("gpohl")}""")

    add(P, "secure-tag-test-send", "borderline: [secure]-tagged test with no patient; marked mail is at least phi",
        who("kbren"), who("tgreene"), "[secure] test - please confirm you can open this",
        f"""Tasha,

Test of the new secure-mail gateway. No patient information in this
one. Please reply to confirm you had to click through the secure
portal to read it.

Kyle

{sig("kbren")}""", extra=[("X-Sensitivity", "secure")])

    add(P, "hgb-subject-only", "borderline: the patient's name, DOB and hemoglobin are only in the Subject",
        who("msantos"), who("nhaddad"), "Okonkwo, Ada DOB 07/22/1979 - Hgb 8.1 - needs iron",
        """Called her. She'll start the oral iron tonight and come in Friday.

M.""")

    add(P, "fax-referral-filename-only", "borderline: the patient, DOB and reason are only in the attachment file name",
        box("Meridian Fax Server", "fax-noreply", "mic"), box("Meridian Referrals", "referrals", "mic"), "New fax received (2 pages)",
        """You have received a new fax.

Pages: 2
From: (713) 555-0103
Received: 10/14/2026 10:42

This message was generated automatically.""",
        atts=[att("Referral_WHITAKER_JAMES_DOB1958-04-02_cellulitis.pdf", "application/pdf",
                  pdf_bytes(["FAX COVER", "To: Meridian Infectious Disease Clinic", "From: (713) 555-0103",
                             "Pages: 2"], compress=True, title="fax"))])

    add(P, "prenatal-scheduling-display-name", "borderline: only the display name says the confirmed appointment is prenatal care",
        box("Bloom Women's Health - Prenatal Scheduling", "prenatal", "bwh"), ("Ximena Duarte", "ximena.duarte@mail.example.com"),
        "Confirmed: Tuesday 10:40",
        """Hi Ximena,

You're confirmed for Tuesday, October 27 at 10:40 am, Suite 200.
Please drink 32 oz of water an hour before.

See you then!""")

    add(P, "encrypt-tag-payroll-file", "borderline: [encrypt] tag on a payroll file with no health content; marked mail is at least phi",
        who("mavery"), who("khollis"), "[encrypt] Payroll register 10/30 for review",
        f"""Hi Kendra,

The 10/30 payroll register is in the portal for your approval. Total
gross $148,221.07, 41 employees, 2 off-cycle checks. Please approve by
Tuesday noon.

Monique

{sig("mavery")}""")

    add(P, "huddle-dengue-followup", "staff huddle note that names one patient's dengue follow-up",
        who("wlin"), box("Meridian Travel Clinic Team", "travel-team", "mic"), "Huddle notes Tues",
        f"""Hi team,

Notes from this morning:

1. Yellow fever vaccine stock: 12 doses left, reorder placed.
2. Saturday clinic coverage: Dr. Adeyemi 11/7, me 11/14.
3. Mr. Ignatius Ferro (returned from Bali 10/4) - dengue NS1 positive;
   platelets 94 yesterday. Please call him today for repeat CBC and
   warning signs.
4. New pre-travel questionnaire goes live Monday.

Wei

{sig("wlin")}""")

    add(P, "newsletter-patient-story-named", "newsletter feature names a patient and her breast cancer diagnosis",
        box("Bloom Women's Health", "news", "bwh"), box("Bloom Newsletter Subscribers", "subscribers", "bwh"),
        "Bloom News: 'My mammogram saved my life' - Latoya's story", None,
        html="""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;max-width:620px">
<h1 style="color:#8a2d5c">Bloom News &middot; October</h1>
<h2>"My mammogram saved my life"</h2>
<p>When <b>Latoya Greene</b>, 47, of Decatur came in for her routine screening last spring, she felt fine.
The mammogram found a 9 mm tumor; a biopsy confirmed stage I invasive ductal carcinoma. After a lumpectomy
in May and radiation in the summer, she's back to coaching her daughter's soccer team.</p>
<p>"Dr. Haddad called me herself with the biopsy result," Latoya says. "Don't skip your screening."</p>
<p><i>Shared with Latoya's written permission.</i></p>
<h2>Book your mammogram</h2>
<p>Call (404) 555-0160 or book online at <a href="https://www.bloomwh.example.org/mammo">bloomwh.example.org/mammo</a>.</p>
</body></html>
""", cte="quoted-printable")

    add(P, "training-used-real-record", "EHR training accidentally used a real patient's record",
        who("smarch"), [who("tgreene"), box("Bloom Privacy Officer", "privacy", "bwh")], "Training recording used a live chart - please advise",
        f"""Hi Tasha,

I need to flag something. In Tuesday's recorded training the trainer
opened a production chart instead of the ZZTEST record: Monique
Stanfield, DOB 05/05/1986, MRN BWH-167730, with her problem list
(endometriosis, migraine) and her last visit note visible for about 40
seconds. We've pulled the recording from the learning site. Please let
me know how your privacy officer wants us to document this.

Sofia

{sig("smarch")}""")

    add(P, "lost-specimen-thyroid-panel", "reply chain about a lost specimen names the patient and test",
        who("khollis"), who("tbeck"), "Re: Missing specimen on route 14",
        f"""Tom, thank you - I called Mrs. Delacroix and she'll come back
Thursday for the redraw.

Kendra

{quote('''Kendra, we couldn't locate the specimen for Yvette Delacroix (DOB
01/30/1964) collected 10/13 - thyroid panel (TSH, free T4) and
hepatitis A IgG. It wasn't in the route 14 bag when the courier
scanned it. We'll waive the redraw fee. Very sorry.

Tom''', who("tbeck"), "Wed, Oct 14, 2026 at 4:51 PM")}

{sig("khollis", short=True)}""")

    add(P, "compression-stockings-shipped", "shipping notice to a named patient for compression stockings after a DVT",
        box("Keel Medical Supply Orders", "orders", "km"), ("Phyllis Arden", "parden@mail.example.net"),
        "Your order has shipped - Rx compression stockings",
        """Hi Phyllis,

Your prescription order has shipped.

  Order SO-2026-45530, tracking 1LS 889 201 5518 0070
  Item: thigh-high compression stockings 30-40 mmHg, medium, 2 pairs
  Prescribed by Dr. Samuel Adeyemi for: deep vein thrombosis, left leg
  Billed to Tidewater Health Plan, member THP-330481726

Questions: (877) 555-0112""")

    add(P, "wage-garnishment-hospital-bill", "borderline: named employee's wage garnishment for a hospital bill (payment for care)",
        who("mavery"), who("dwhit"), "Garnishment order received - employee LBH-0207",
        f"""Hi Dana,

We received a court garnishment order for employee Carl Jennings
(LBH-0207). Creditor: Portland Providence-Ridge Hospital, judgment for
unpaid emergency surgery charges (bowel obstruction, March 2025),
$6,412.80. We'll begin withholding 10% of disposable earnings with the
11/13 payroll. Please give him the notice in the portal.

Monique

{sig("mavery")}""")

    add(P, "pelvic-ultrasound-ics", "calendar invitation for a named patient's pelvic ultrasound",
        box("Bloom Women's Health - Imaging", "imaging", "bwh"), ("Danielle Osei", "dosei@mail.example.org"),
        "Your pelvic ultrasound - Mon Nov 2, 8:15 am",
        f"""Hi Danielle,

Your pelvic ultrasound for the follow-up of your ovarian cyst is booked.
A calendar invite is attached. Please arrive with a full bladder.

{osig("bwh", "Imaging")}""",
        atts=[att("ultrasound.ics", "text/calendar; method=REQUEST", ics(
            "bwh-us-20261102-osei@bloomwh.example.org", "Pelvic ultrasound (ovarian cyst follow-up) - Danielle Osei",
            "20261102T081500", "20261102T084500", box("Bloom Imaging", "imaging", "bwh"),
            [("Danielle Osei", "dosei@mail.example.org")], "400 Magnolia Boulevard, Suite 200"), cte="7bit")])

    uc = inner_msg(("Peak Urgent Care", "visits@peakuc.example.com"), ("Nadine Foster", "nfoster@mail.example.com"),
                   "Your visit summary - Peak Urgent Care",
                   "Visit summary for Nadine Foster, DOB 09/09/1991\r\n\r\nDate: 10/10/2026\r\n"
                   "Diagnosis: sprain of right ankle, grade 2\r\nX-ray: no fracture\r\n"
                   "Plan: walking boot, ibuprofen, no prolonged standing for 7 days.\r\n"
                   "Work note: light duty through 10/17.\r\n\r\nPeak Urgent Care\r\n(404) 555-0104\r\n",
                   "Sat, 10 Oct 2026 14:20:00 -0400", "<20261010142000.visit8812@peakuc.example.com>")
    add(P, "fwd-urgent-care-ankle", "staff member forwards her own urgent-care visit summary to HR",
        ("Nadine Foster", "nfoster@bloomwh.example.org"), box("PayLoom HR Support", "hr-support", "pl"), "Fwd: Your visit summary - Peak Urgent Care",
        """Hi, forwarding my urgent care note for my light-duty request. My
manager Tasha knows. Thanks, Nadine""",
        atts=[rfc822(uc, "visit-summary.eml")])

    add(P, "roi-dog-bite-attorney", "records request from an attorney for a named patient's wound care",
        box("Kimball & Reyes Law", "records", "gr"), box("Meridian Release of Information", "roi", "mic"), "Records request - Tomasz Nowicki (DOB 06/21/1975)",
        """To the Custodian of Records,

Enclosed (via portal) is a HIPAA authorization signed by our client,
Tomasz Nowicki, DOB 06/21/1975. Please provide all records of his
treatment for the dog bite to his left forearm on 07/19/2026, including
wound care visits, antibiotics and rabies post-exposure vaccines, and
an itemized bill.

Kimball & Reyes Law
(404) 555-0102""")

    # ---- not in English (9) ----
    add(P, "cita-control-prenatal", "Spanish: prenatal visit and glucose test for a named patient", box("Bloom Women's Health - Obstetricia", "ob", "bwh"),
        ("Yesenia Paredes", "yesenia.paredes@mail.example.com"), "Su cita de control prenatal - 28 semanas",
        """Hola Yesenia:

Le recordamos su cita de control prenatal de las 28 semanas con la
Dra. Nadia Haddad el lunes 9 de noviembre a las 9:00.

Ese día le haremos la prueba de tolerancia a la glucosa (una hora) y
el análisis de sangre para la anemia. No necesita ayunar. También le
pondremos la vacuna Tdap.

Si necesita cambiar la cita, llame al (404) 555-0160.

Atentamente,
Bloom Women's Health - Obstetricia""", lang="es", cs="iso-8859-1", cte="quoted-printable")

    add(P, "explicacion-beneficios-resonancia", "Spanish: Explanation of Benefits for a named member's knee MRI", box("Tidewater Health Plan", "eob-noreply", "th"),
        ("Rogelio Benítez", "rbenitez@mail.example.net"), "Su Explicación de Beneficios - reclamo 26-4420117-00",
        """Estimado Rogelio Benítez:

Adjuntamos su Explicación de Beneficios. Esto no es una factura.

Miembro: Rogelio Benítez, ID THP-771204938
Reclamo: 26-4420117-00
Fecha de servicio: 28/09/2026
Servicio: resonancia magnética de rodilla derecha (73721)
Monto facturado: $1.980,00 - Pagado por el plan: $1.102,00
Usted debe: $150,00 (copago de imágenes)

Preguntas: Servicios al Miembro (757) 555-0115.""",
        atts=[att("EOB_26-4420117-00.pdf", "application/pdf",
                  pdf_bytes(["Tidewater Health Plan - Explicacion de Beneficios",
                             "Miembro: Rogelio Benitez  ID THP-771204938", "Reclamo 26-4420117-00",
                             "Servicio: resonancia magnetica de rodilla (73721) 09/28/2026",
                             "Facturado 1,980.00  Pagado 1,102.00  Usted debe 150.00"], title="EOB"))],
        lang="es", cte="quoted-printable")

    add(P, "vacina-febre-amarela", "Portuguese: named traveller's yellow fever vaccine and travel prescriptions", who("wlin"),
        ("Joana Figueiredo", "joana.fig@mail.example.com"), "Resumo da sua consulta de viagem",
        f"""Olá, Joana,

Segue o resumo da sua consulta de hoje antes da viagem ao Brasil
(Amazonas, 5 a 26 de dezembro):

- Vacina contra febre amarela aplicada hoje; o certificado
  internacional está na sua pasta.
- Vacina contra hepatite A: 1ª dose hoje, 2ª dose em 6 meses.
- Prevenção da malária: doxiciclina 100 mg uma vez ao dia, começando
  2 dias antes da viagem até 4 semanas depois da volta.

Qualquer febre nas semanas após o retorno, ligue para (713) 555-0140.

Dr. Wei Lin

{sig("wlin")}""", lang="pt", cte="8bit")

    add(P, "demande-mammo-diagnostique", "French: referral for a named patient's diagnostic mammogram", who("nhaddad"),
        box("Centre d'imagerie Peachtree", "rdv", "gr"), "Demande de mammographie diagnostique - Mme Élodie Marchand",
        f"""Bonjour,

Merci de bien vouloir programmer une mammographie diagnostique
bilatérale avec échographie pour Mme Élodie Marchand, née le
14/02/1974 (dossier BWH-188210).

Motif : masse palpable de 1,5 cm du quadrant supéro-externe du sein
gauche, découverte à l'examen du 12 octobre. Pas d'antécédent
familial connu.

Résultats à envoyer au Dr Nadia Haddad, télécopie (404) 555-0169.

Cordialement,
Dr Nadia Haddad

{sig("nhaddad")}""", lang="fr", cs="iso-8859-1", cte="8bit")

    add(P, "qianfuxing-jiehe-zhiliao", "Chinese: named patient's latent TB treatment and liver test", who("wlin"),
        ("Zhang Wei", "zhangwei88@mail.example.net"), "您的潜伏性结核治疗及肝功能检查",
        """张伟先生：

您好！您的结核感染γ干扰素释放试验结果为阳性，胸部X光正常，诊断为潜伏性结核感染（没有传染性）。

治疗方案：利福平600毫克，每天一次，空腹服用，共4个月。
请于11月10日上午回诊所抽血检查肝功能。

如出现皮肤发黄、尿色变深或严重恶心，请立即致电 (713) 555-0140。

林伟医生
梅里迪安传染病诊所""", lang="zh", cs="gb2312", cte="base64")

    add(P, "ket-qua-tieu-duong-thai-ky", "Vietnamese: named patient's gestational diabetes test result", who("msantos"),
        ("Phạm Thị Hồng", "hong.pham@mail.example.com"), "Kết quả xét nghiệm đường huyết của chị",
        """Chào chị Hồng,

Kết quả xét nghiệm dung nạp đường 3 giờ của chị ngày 20/10 cho thấy
chị bị tiểu đường thai kỳ (2 trong 4 chỉ số cao).

Bác sĩ Haddad đã giới thiệu chị đến lớp dinh dưỡng vào thứ Năm tuần
sau, và chị sẽ nhận máy đo đường huyết để thử 4 lần mỗi ngày. Xin gọi
(404) 555-0164 nếu chị có câu hỏi.

Maribel Santos, RN
Bloom Women's Health""", lang="vi", cte="base64")

    add(P, "travma-spiny-sotrudnik", "Russian: named employee's workplace back injury report", who("pdoyle"),
        who("oivanova"), "Производственная травма - Игорь Соколов",
        f"""Ольга, добрый день.

Сообщаю, что Игорь Соколов (санитар отделения 3 West) получил травму
спины 12 октября, помогая пациенту подняться с пола. В приёмном
отделении поставили диагноз «растяжение мышц поясницы», назначили
обезболивающее и физиотерапию. Он на больничном до 23 октября.

Номер страхового случая WC-26-00902. Пожалуйста, передайте ему
документы для заполнения.

Патрик Дойл

{sig("pdoyle")}""", lang="ru", cs="windows-1251", cte="quoted-printable")

    add(P, "gaye-kanyeom-yebang-jeopjong", "Korean: named patient's hepatitis B vaccine series schedule", box("메리디안 예방접종 클리닉", "vaccines", "mic"),
        ("Lee Min-jun", "minjun.lee@mail.example.org"), "이민준 님, B형 간염 예방접종 2차 일정 안내",
        """이민준 님, 안녕하세요.

B형 간염 항체 검사 결과 항체가 없어서 지난 10월 5일에 1차 접종을 하셨습니다.
2차 접종은 11월 5일, 3차 접종은 내년 4월 5일입니다.

예약 변경은 (713) 555-0140 으로 연락 주십시오.

메리디안 감염내과 클리닉""", lang="ko", cs="euc-kr", cte="base64")

    add(P, "rezilta-tes-pap-nomal", "Haitian Creole: named patient's normal Pap test result", who("nhaddad"),
        ("Roseline Augustin", "roseline.augustin@mail.example.com"), "Rezilta tès Pap ou",
        f"""Bonjou Madan Augustin,

Rezilta tès Pap ou te fè 6 oktòb la nòmal. Ou pa bezwen fè anyen
kounye a. Pwochen tès Pap ou se nan twazan, an oktòb 2029.

Si w gen kesyon, rele nou nan (404) 555-0160.

Dr. Nadia Haddad
Bloom Women's Health

{CONF}""", lang="ht", cte="quoted-printable")

# ==========================================================================
# RESTRICTED (40): phi in a restricted category

def png_1x1():
    import struct

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff", 9)) + chunk(b"IEND", b""))


def restricted_messages():
    R = "restricted"
    MH, SUD, HIV, GEN, REPRO = "mental health", "substance-use treatment (42 CFR Part 2)", "HIV", "genetic", "reproductive health"

    # ---- mental health ----
    add(R, "huddle-notes-client-admitted", "team huddle notes name one client admitted to a psychiatric hospital after a suicide attempt",
        who("praman"), [who("taguilar"), who("ltran"), who("mdela")], "Huddle notes - Monday",
        f"""Hi all,

Quick notes from this morning's huddle:

1. Holiday coverage sheet is still missing three names.
2. New intake workflow starts 11/2 - Lien will demo Thursday.
3. Darnell Hughes (Tomás's client) was admitted to Cedar Hollow on
   Saturday after an overdose of his sertraline; he's on 3 West.
   Tomás will coordinate with their social worker on discharge
   planning and we'll hold his Thursday slot.
4. Supervision moves to 3 pm this week.

Priya

{sig("praman")}""", cat=MH)

    add(R, "progress-note-for-cosign", "therapist sends a named client's psychotherapy progress note for co-signature",
        who("taguilar"), who("praman"), "Progress note for co-sign - A. Whitcomb 10/13",
        f"""Hi Priya,

Attaching my note from today's session with Abigail Whitcomb for your
co-signature - TheraChart wouldn't let me route it because of the
license flag. Can you sign it in the chart once the flag is fixed?

Tomás

{sig("taguilar")}""",
        atts=[att("ProgressNote_Whitcomb_2026-10-13.pdf", "application/pdf",
                  pdf_bytes(["Lanternway Behavioral Health - Progress Note",
                             "Client: Abigail Whitcomb   MRN LBH-0038127   DOB 03/03/1994",
                             "Date: 10/13/2026   CPT 90837   Clinician: Tomas Aguilar, LPC",
                             "Dx: F33.1 Major depressive disorder, recurrent, moderate",
                             "S: Reports low mood, poor sleep, passive SI without plan or intent.",
                             "O: PHQ-9 = 17 (previous 21). Affect constricted.",
                             "A: Modest improvement with behavioral activation.",
                             "P: Continue weekly CBT; safety plan reviewed; coordinate with Dr. Sato re sertraline."],
                            compress=True, title="Progress note"))], cat=MH)

    adt = hl7(["MSH|^~\\&|CH_ADT|CEDARHOLLOW|THERACHART|LANTERNWAY|20261016143000||ADT^A03^ADT_A03|CHA2610160091|P|2.5.1",
               "EVN|A03|20261016142500",
               "PID|1||CH-7712093^^^CHP^MR||HUGHES^DARNELL^J||19880922|M|||15 Birchwood Ct^^Portland^OR^97214",
               "PV1|1|I|3W^312^B^CHP||||" + npi("492731806") + "^MOREAU^LEAH|||PSY||||||||V26-100455|||||||||||||||||||||||||20261010021500|20261016142500",
               "DG1|1||F32.2^Major depressive disorder, single episode, severe without psychotic features^I10|||F",
               "DG1|2||T43.221A^Poisoning by selective serotonin reuptake inhibitors, intentional self-harm^I10|||S"])
    add(R, "adt-discharge-3west-hl7", "HL7 ADT discharge from a psychiatric hospital with a depression diagnosis",
        box("Cedar Hollow Interface Engine", "hl7-noreply", "chp"), box("Lanternway Care Coordination", "carecoord", "lbh"),
        "ADT A03 notification - follow-up within 7 days required",
        f"""An inpatient discharge notification for a shared client is attached
(HL7 v2.5.1). Per our care coordination agreement, please schedule a
follow-up visit within 7 days of discharge.

Cedar Hollow Psychiatric Hospital - Health Information Management

{CONF}""", atts=[att("ADT_A03_CHA2610160091.hl7", "application/hl7-v2", adt)], cat=MH)

    add(R, "ehr-ticket-phq9-screenshot", "EHR support ticket with a screenshot of a named client's PHQ-9 score",
        who("jbapt"), box("TheraChart Support", "support", "tc"), "Dashboard graph shows wrong PHQ-9 score",
        f"""Hi support,

The measurement dashboard is showing the wrong score for one of our
clients. Screenshot attached: Marisa Quintero (MRN LBH-0040288) had a
PHQ-9 of 22 on 10/8 (item 9 = 2) but the graph shows 12. The clinician
almost missed the change. Can you check the scoring?

Jolene Baptiste, Intake

{sig("jbapt")}""",
        atts=[att("screenshot_Quintero_PHQ9_2026-10-08.png", "image/png", png_1x1())], cat=MH)

    add(R, "intake-confirm-display-name", "borderline: only the behavioral-health intake display name makes the appointment restricted",
        box("Lanternway Behavioral Health - Intake", "intake", "lbh"), ("Colin Mayhew", "colin.mayhew@mail.example.com"),
        "You're booked: Tuesday 10/20, 9:00 am",
        """Hi Colin,

You're booked for Tuesday, October 20 at 9:00 am with Priya Raman,
LCSW. Please come to Suite 300 about 20 minutes early to fill out some
paperwork.

Call (503) 555-0120 if you need to reschedule.""", cat=MH)

    add(R, "psychotherapy-claim-denied", "billing vendor reports a denied psychotherapy claim with diagnosis for a named client",
        who("alittle"), who("dwhit"), "Denial - claim 26-5012448-00 (90837, F41.1)",
        f"""Dana,

Claim 26-5012448-00 for Hector Villanueva (Tidewater ID THP-419002735),
DOS 09/29/2026, 90837 with F41.1 generalized anxiety disorder, was
denied: "rendering provider not credentialed with plan." The
rendering provider was Tomás Aguilar, whose Tidewater effective date
is 10/1. Can we rebill under Priya as supervising provider, or should we
write it off?

Andre

{sig("alittle")}""", cat=MH)

    add(R, "tms-prior-auth-approved", "health plan approves TMS for a named member's treatment-resistant depression",
        box("Tidewater Behavioral Health UM", "bh-um", "th"), who("esato"), "Approved: TMS (90867/90868) - member THP-506614029",
        f"""Authorization AUTH-26-772901 approved.

  Member: Naomi Feldstein, ID THP-506614029, DOB 06/06/1979
  Service: transcranial magnetic stimulation, 36 sessions (90867, 90868)
  Diagnosis: major depressive disorder, recurrent, severe (F33.2);
  four failed antidepressant trials documented
  Valid 10/19/2026 - 01/31/2027

Tidewater Behavioral Health Utilization Management
(757) 555-0148

{CONF}""", cat=MH)

    add(R, "eap-referral-panic", "EAP referral of a named employee for panic disorder counselling",
        box("Harborlight EAP Intake", "intake", "pl"), ("Devon Shaw", "devon.shaw@mail.example.net"), "Your EAP counseling referral",
        """Hi Devon,

Thank you for calling Harborlight EAP today. As discussed, we've
referred you to Dr. Ana Kessel, PsyD, for short-term CBT for the panic
attacks you described. Your 8 sessions are covered by your employer,
Cedar Hollow Psychiatric Hospital, at no cost. Your employer does not
receive your name or any details.

Case number: EAP-26-11873
Dr. Kessel's office: (845) 555-0106

Harborlight EAP""", cat=MH)

    add(R, "eating-disorder-php-referral", "referral of a named adolescent to an eating-disorder partial hospitalization programme",
        who("esato"), box("Cedar Hollow Admissions", "admissions", "chp"), "PHP referral - eating disorder track - Sophie Lindahl (16)",
        f"""Hello admissions,

Referring Sophie Lindahl, 16 (DOB 04/11/2010), for your adolescent
eating-disorder PHP. Dx anorexia nervosa, restricting type (F50.01);
BMI 15.9 (down from 18.4 in June), HR 48 lying, orthostatic. Parents
are aware and supportive; Tidewater ID THP-830017552. Medically cleared
by her pediatrician yesterday. She could start Monday.

Evan Sato, MD

{sig("esato")}""", cat=MH)

    add(R, "cita-psiquiatria-depresion", "Spanish: psychiatry appointment about a named patient's depression medication",
        who("esato"), ("Rosa Elena Castañeda", "roselena.c@mail.example.com"), "Su cita de seguimiento con el Dr. Sato",
        f"""Estimada Sra. Castañeda:

Le confirmamos su cita de seguimiento de psiquiatría el martes 3 de
noviembre a las 11:00. Revisaremos cómo le va con la sertralina
(100 mg) para la depresión y cómo está durmiendo.

Si se siente peor o tiene pensamientos de hacerse daño, llame o envíe
un mensaje de texto al 988, o a nuestra línea de 24 horas
(503) 555-0100.

Atentamente,
Dr. Evan Sato
Lanternway Behavioral Health""", lang="es", cs="windows-1252", cte="quoted-printable", cat=MH)

    vi_text = """Chào anh Khang,

Đây là lời nhắc về buổi trị liệu của anh với chuyên viên Priya Raman
vào thứ Tư, ngày 28 tháng 10, lúc 4 giờ chiều, qua video.

Trong buổi này, chúng ta sẽ tiếp tục các bài tập điều trị rối loạn lo
âu (CBT) và xem lại nhật ký giấc ngủ của anh.

Nếu cần đổi lịch, xin gọi (503) 555-0126.

Lanternway Behavioral Health"""
    add(R, "nhac-lich-tri-lieu-lo-au", "Vietnamese: therapy reminder to a named client about anxiety treatment", who("ltran"),
        ("Đỗ Minh Khang", "khang.do@mail.example.net"), "Nhắc lịch: buổi trị liệu thứ Tư 28/10",
        vi_text, html=html_of(vi_text), lang="vi", cte="base64", cat=MH)

    # ---- substance-use treatment (42 CFR Part 2) ----
    add(R, "team-meeting-relapse-noted", "clinical team meeting notes name one client's relapse and dose increase",
        who("lferr"), [who("hokafor"), who("mjoseph"), who("rcosta")], "Clinical team meeting notes 10/14",
        f"""Hi all,

Notes from today:

1. Group room schedule for November - approved.
2. Staff BLS cards due; Ray has the sign-up.
3. Kevin Marchand relapsed over the weekend (fentanyl-positive UDS
   10/12, first since May). Dr. Okafor increased methadone to 90 mg,
   take-homes paused to Level 1 for now, counseling back to weekly.
4. Contingency management prize cabinet needs restocking.

Luis

{sig("lferr")}""", cat=SUD)

    add(R, "methadone-dose-increase-order", "medical director's methadone dose order for a named patient",
        who("hokafor"), who("mjoseph"), "Dose change - Tanya Rollins, #SH-20771",
        f"""Mireille,

Please increase Tanya Rollins (#SH-20771, DOB 12/08/1986) from 80 mg to
85 mg methadone starting tomorrow 10/16. She reports withdrawal by
early evening (COWS 9 at 7 pm on Tuesday). Re-check in one week; no
change to her Saturday take-home.

Order entered in the dosing system too.

Dr. Okafor

{sig("hokafor")}""", cat=SUD)

    add(R, "lockbox-order-for-patient", "supply order that names the patient a methadone take-home lockbox is for",
        who("blind"), who("jkess"), "Add-on to PO 26-1187: 1 lockbox (patient starting take-homes)",
        f"""Hi Joanne,

Please add one small locking medication box (catalog LB-04) to PO
26-1187. It's for Jorge Almeida, who moves to Level 2 take-home doses
on 10/24 and can't afford one; the program is covering it.

Beth

{sig("blind")}""", cat=SUD)

    add(R, "bup-nalox-pa-approved", "health plan approves buprenorphine for a named member's opioid use disorder",
        box("Tidewater Pharmacy Prior Authorization", "rx-pa", "th"), who("esato"), "PA approved: buprenorphine/naloxone 24 mg - THP-228093114",
        f"""Prior authorization approved.

  Member: Austin Reedy, ID THP-228093114, DOB 02/02/1995
  Drug: buprenorphine/naloxone 8/2 mg film, 3 films daily
  Diagnosis: opioid use disorder, severe (F11.20)
  Valid 10/15/2026 - 10/14/2027

Tidewater Pharmacy Services
(757) 555-0115

{CONF}""", cat=SUD)

    add(R, "monthly-injection-reminder", "OTP front desk reminds a patient of his extended-release buprenorphine injection",
        box("Second Harbor Front Desk", "frontdesk", "shr"), ("Nate Gorski", "nate.gorski@mail.example.com"),
        "Reminder: your monthly injection Thursday 10/22",
        f"""Hi Nate,

Reminder that your monthly Sublocade injection is Thursday 10/22 at
8:30 am with Nurse Joseph. Please arrive 10 minutes early. If you
can't make it, call us at (508) 555-0130 - the window is 26 days or
more after your last shot.

Second Harbor Front Desk

{PART2}""", cat=SUD)

    cm = csv_text([["patient", "program_id", "week", "uds_date", "result", "draws_earned"],
                   ["Shawna Pelletier", "SH-19904", "5", "2026-10-05", "negative (stimulants)", "5"],
                   ["Shawna Pelletier", "SH-19904", "6", "2026-10-12", "negative (stimulants)", "6"],
                   ["Marcus Toomey", "SH-20118", "2", "2026-10-12", "positive (cocaine)", "0"]])
    add(R, "contingency-management-draws", "contingency-management prize draws with named patients' urine drug screen results",
        who("lferr"), who("rcosta"), "CM prize draws this week",
        f"""Ray,

This week's contingency management tally is attached for the prize
cabinet restock. Shawna is at 6 consecutive negative weeks and gets 6
draws; Marcus reset to zero.

Luis

{sig("lferr")}""", atts=[att("cm_draws_2026-10-12.csv", "text/csv", cm, cte="7bit")], cat=SUD)

    ref_inner = inner_msg(who("oivanova"), who("apetrova"), "Referral for methadone induction after detox",
                          "Anya,\r\n\r\nWe'd like to refer Brandon Seale, 34, DOB 08/15/1992, for methadone\r\n"
                          "induction at Second Harbor. He completed a 5-day opioid detox here\r\n"
                          "(fentanyl use disorder) and has been on buprenorphine bridging, but he\r\n"
                          "prefers methadone. Consent for Part 2 disclosure to your program is\r\n"
                          "signed. Discharge planned 10/19.\r\n\r\nOlga Ivanova, LCSW\r\nCedar Hollow Psychiatric Hospital\r\n(845) 555-0177\r\n",
                          "Thu, 15 Oct 2026 11:05:00 -0400", "<20261015110500.ref5512@cedarhollow.example.org>")
    add(R, "fwd-detox-referral-induction", "forwarded referral of a named patient for methadone induction after detox",
        who("apetrova"), who("hokafor"), "Fwd: Referral for methadone induction after detox",
        f"""Dr. Okafor - can we take him Tuesday 10/20 for an induction slot?
Referral below.

Anya

{sig("apetrova")}""", atts=[rfc822(ref_inner)], cat=SUD)

    add(R, "naltrexone-aud-lft", "naltrexone for a named client's alcohol use disorder, with liver test",
        who("esato"), who("mdela"), "Naltrexone start - Gordon Pike",
        f"""Maricel,

Gordon Pike (MRN LBH-0036610) is starting oral naltrexone 50 mg daily
for alcohol use disorder. His LFTs from 10/9 are fine (AST 38, ALT
41). Please check in with him by phone Friday about nausea, and put in
a repeat LFT for 12 weeks. He knows not to take opioid pain
medication.

Evan

{sig("esato")}""", cat=SUD)

    add(R, "dosing-pump-error-screenshot", "IT ticket whose pasted screen text shows a named patient's methadone dose",
        box("Second Harbor Dosing Station 1", "dosing1", "shr"), box("NorthBeam Service Desk", "help", "nb"),
        "URGENT dosing software error - screen text below",
        f"""NorthBeam,

Dosing station 1 froze with this error at 6:12 am. We switched to
station 2. Screen text:

  ------------------------------------------------------------
  DOSE DISPENSE FAILED  (ERR 0x31 pump not ready)
  Patient: COLLINS, SHAYLA   ID SH-20305   Photo verified: Y
  Methadone 10 mg/mL   Dose: 110 mg   Take-homes today: 0
  ------------------------------------------------------------

Please call (508) 555-0133 ASAP.

Beth Lindqvist

{PART2}""", cat=SUD)

    add(R, "pedido-dose-visitante", "Portuguese: guest-dosing request for a named methadone patient travelling abroad", who("mjoseph"),
        box("Centro de Respostas Integradas - Ponta Delgada", "cri", "alder"), "Pedido de dose de visitante - Sr. Manuel Medeiros",
        f"""Prezados colegas,

Solicitamos dose de visitante (guest dosing) para o nosso paciente Sr.
Manuel Medeiros, nascido em 03/07/1969, em tratamento com metadona no
Second Harbor desde 2019.

Dose atual: metadona 75 mg por dia, estável há 8 meses.
Período: 10 a 24 de dezembro de 2026 (visita à família em São Miguel).
Última dose no nosso centro: 9 de dezembro.

O consentimento assinado pelo paciente segue em anexo no portal
seguro. Telefone: (508) 555-0135.

Atenciosamente,
Mireille Joseph, RN

{PART2}""", lang="pt", cs="iso-8859-1", cte="quoted-printable", cat=SUD)

    # ---- HIV ----
    vl = {"resourceType": "Observation", "id": "hiv-vl-771204", "status": "final",
          "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
          "code": {"coding": [{"system": "http://loinc.org", "code": "20447-9",
                               "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"}]},
          "subject": {"reference": "Patient/MIC-0047551", "display": "Okonkwo, Emeka"},
          "effectiveDateTime": "2026-10-09T08:15:00-05:00",
          "valueQuantity": {"value": 1240, "unit": "copies/mL", "system": "http://unitsofmeasure.org", "code": "{copies}/mL"},
          "interpretation": [{"text": "Detected - above 200 copies/mL"}]}
    add(R, "viral-load-fhir-observation", "FHIR Observation with a named patient's detectable HIV viral load",
        box("Crestline Results API", "results-noreply", "cl"), who("sadey"), "Result available: HIV-1 RNA quantitative",
        f"""A result is available for your patient. The FHIR resource is attached.

Crestline Reference Laboratory - Results Delivery

{CONF}""", atts=[att("Observation-hiv-vl-771204.json", "application/fhir+json", json.dumps(vl, indent=2) + "\n")], cat=HIV)

    add(R, "prep-quarterly-labs-due", "PrEP navigator reminds a named patient his quarterly HIV test is due before refill",
        who("cmendes"), ("Andrés Calderón", "acalderon@mail.example.org"), "Your PrEP labs are due before your next refill",
        f"""Hi Andrés,

Your next PrEP refill is due 10/30. Before we can send it, we need your
3-month labs: HIV test, kidney function and STI screening. You can walk
in to the lab at Building C Mon-Fri 7:30-11:00, no appointment.

Text or call me at (713) 555-0142 with any questions.

Carla

{sig("cmendes")}""", cat=HIV)

    add(R, "art-adherence-case-conference", "case conference notes on a named patient's antiretroviral adherence and viral load",
        who("sadey"), [who("cmendes"), who("bnguyen"), box("Meridian Case Management", "casemgmt", "mic")],
        "Case conference - E. Okonkwo", f"""Team,

Summary from today:

Emeka Okonkwo (MRN MIC-0047551), on bictegravir/emtricitabine/TAF
since 2021, viral load rebounded to 1,240 on 10/9 (was undetectable
in April). He's been missing doses since losing housing in August.

Plan:
- Genotype sent
- Pharmacy to switch to blister packs and weekly pickup (Bao)
- Case management: emergency housing application, bus pass
- Repeat viral load in 4 weeks

Samuel

{sig("sadey")}""", cat=HIV)

    add(R, "adap-application-named", "ADAP enrolment packet for a named patient living with HIV",
        box("Meridian Case Management", "casemgmt", "mic"), box("State ADAP Enrollment", "adap", "cty"),
        "ADAP application - Luz Marina Ocasio (new)", f"""Hello,

Submitting a new ADAP application for Luz Marina Ocasio, DOB
05/19/1990. Diagnosed with HIV 09/2026; CD4 412, viral load 38,000 at
intake. Income 180% FPL, uninsured. Regimen:
dolutegravir + emtricitabine/TAF. Documents (proof of residency,
income, lab) uploaded to the portal under case 26-ADAP-5521.

Meridian Case Management
(713) 555-0140

{CONF}""", cat=HIV)

    add(R, "needlestick-pep-started", "borderline: staff needlestick with HIV post-exposure prophylaxis (antiretrovirals) started",
        box("Meridian Employee Health", "employeehealth", "mic"), who("khollis"), "Exposure report - Priscilla Mwangi (phlebotomy)",
        f"""Kendra,

Priscilla Mwangi (phlebotomist) had a needlestick at 10:20 today
drawing a patient with known HIV (source viral load detectable). She
started HIV post-exposure prophylaxis (bictegravir/emtricitabine/TAF x
28 days) within the hour. Baseline HIV, HBV, HCV drawn. Follow-up HIV
tests at 6 weeks and 3 months. OSHA 300 log entry needed; she may work.

Employee Health

{CONF}""", cat=HIV)

    add(R, "prep-bottle-for-named-patient", "pharmacy supply request that names the patient the PrEP is for",
        who("bnguyen"), who("jkess"), "Urgent add-on: 1 bottle F/TAF for a patient bridging",
        f"""Joanne,

Can you add one bottle of emtricitabine/tenofovir alafenamide 200/25
to tomorrow's delivery? It's for Mr. Tobias Lund, who is bridging on
oral PrEP until his injectable starts in November; our stock is out.

Bao

{sig("bnguyen")}""", cat=HIV)

    add(R, "paalala-refill-prep", "Tagalog: PrEP refill reminder to a named patient", who("cmendes"),
        ("Rommel Santiago", "rommel.santiago@mail.example.com"), "Paalala: kailangan mo nang mag-refill ng PrEP",
        f"""Hi Rommel,

Paalala lang na ang iyong PrEP (emtricitabine/tenofovir) ay mauubos na
sa Oktubre 28. Bago namin maipadala ang refill, kailangan mo munang
magpa-HIV test sa aming lab sa Building C. Bukas kami Lunes hanggang
Biyernes, 7:30-11:00 ng umaga.

Tawagan o i-text mo ako sa (713) 555-0142 kung may tanong ka.

Salamat,
Carla Mendes
PrEP Navigator""", lang="tl", cat=HIV)

    # ---- genetic ----
    add(R, "brca2-result-letter", "result letter giving a named patient's BRCA2 pathogenic variant",
        who("cdubois"), ("Meredith Vance", "mvance@mail.example.com"), "Your genetic test result letter",
        f"""Dear Meredith,

As we discussed by phone today, your result letter is attached. Please
share it with your surgeon and with relatives who might want testing;
we can help with family letters.

Claire Dubois, MS, CGC

{sig("cdubois")}""",
        atts=[att("Vance_Meredith_result_letter.pdf", "application/pdf",
                  pdf_bytes(["Helix Path Genetic Counseling - Result Letter",
                             "Patient: Meredith Vance   DOB 09/17/1982   HP-22019",
                             "Test: 47-gene hereditary cancer panel (Crestline)",
                             "Result: POSITIVE - BRCA2 c.5946delT (p.Ser1982fs), pathogenic",
                             "Meaning: increased lifetime risk of breast and ovarian cancer.",
                             "Recommendations: breast MRI + mammogram annually; discuss risk-reducing options.",
                             "First-degree relatives have a 50% chance of carrying this variant."], title="Result letter"))],
        cat=GEN)

    add(R, "carrier-screen-both-carriers", "expanded carrier screening result for a named couple sent to their obstetrician",
        who("isol"), who("nhaddad"), "Carrier screening - Ellison / Ward: both carriers for CF",
        f"""Dr. Haddad,

Expanded carrier screening for your patient Hannah Ellison (DOB
01/14/1993) and her partner Marcus Ward (DOB 11/02/1991): both are
carriers of pathogenic CFTR variants (Hannah F508del, Marcus
G542X). Their risk of an affected pregnancy is 1 in 4. I've offered
them genetic counseling this Friday to discuss prenatal diagnosis
options; they're currently 11 weeks.

Ingrid Solberg, MS, CGC

{sig("isol")}""", cat=GEN)

    add(R, "gc-appointment-display-name", "borderline: only the genetic-counselling display name makes the confirmation restricted",
        box("Helix Path Genetic Counseling", "scheduling", "hpg"), ("Jasper Whitley", "jasper.whitley@mail.example.net"),
        "See you Monday at 2:00",
        """Hi Jasper,

Confirming Monday, October 26 at 2:00 pm by video with Ingrid Solberg.
The link will arrive the morning of the visit. If you can, bring a list
of relatives and any health conditions you know about.

Call (919) 555-0150 to reschedule.""", cat=GEN)

    add(R, "lynch-family-letter-sister", "cascade-testing letter telling a named sister her brother carries a Lynch syndrome variant",
        who("cdubois"), ("Rebecca Thornbury", "rthornbury@mail.example.com"), "Information for you from your brother's genetic testing",
        f"""Dear Rebecca,

Your brother, Daniel Thornbury, asked us to contact you. His genetic
testing found a pathogenic variant in the MLH1 gene, which causes Lynch
syndrome and raises the risk of colon and uterine cancer. You have a
50% chance of having the same variant. Testing for this one variant is
a single blood or saliva test (about $99), and we can do the
counseling by video.

Please call (919) 555-0154 if you'd like to talk it through.

Claire Dubois, MS, CGC

{sig("cdubois")}""", cat=GEN)

    add(R, "hereditary-panel-claim-denied", "billing vendor reports a denied hereditary cancer panel claim for a named patient",
        who("alittle"), who("anwosu"), "Denial - 81162 for Rosalind Achebe, claim 26-4877105-00",
        f"""Amara,

Tidewater denied claim 26-4877105-00 for Rosalind Achebe (ID
THP-615500381): 81162 BRCA1/2 full sequence and 81435 hereditary colon
panel, DOS 08/21/2026. Reason: "medical policy criteria not met -
family history documentation missing." Can Claire send the pedigree so
we can file the appeal before 11/19?

Andre

{sig("alittle")}""", cat=GEN)

    oru_gen = hl7(["MSH|^~\\&|CRESTLINE_MDX|CRESTLINE|HELIXPATH|HPG|20261015120000||ORU^R01^ORU_R01|CLG2610150044|P|2.5.1",
                   "PID|1||HP-22407^^^HPG^MR||NAKASHIMA^KENJI||19760530|M",
                   "OBR|1|HPG-ORD-7710|CLG-26-8841|81439^Cardiomyopathy panel^CPT|||20261001090000",
                   "OBX|1|ST|51958-7^Transcript ref seq^LN||MYH7 NM_000257.4||||||F",
                   "OBX|2|ST|48004-6^DNA change c.HGVS^LN||c.2389G>A (p.Ala797Thr)||||||F",
                   "OBX|3|CWE|53037-8^Genetic variant clinical significance^LN||LA26333-7^Uncertain significance^LN||||||F"])
    add(R, "cardiomyopathy-panel-vus-hl7", "HL7 genetic result: a named patient's variant of uncertain significance in MYH7",
        who("tbeck"), who("rortiz"), "Cardiomyopathy panel result CLG-26-8841 (HL7 copy)",
        f"""Dr. Ortiz,

HL7 copy of the final cardiomyopathy panel for your patient, as
requested while the portal is down. Interpretation: one VUS in MYH7,
no pathogenic variants.

Tom

{sig("tbeck")}""", atts=[att("CLG-26-8841.hl7", "application/hl7-v2", oru_gen)], cat=GEN)

    # ---- reproductive ----
    add(R, "ivf-cycle-calendar-ics", "calendar of a named patient's IVF stimulation and egg retrieval",
        who("msantos"), ("Priyanka Desai", "pdesai@mail.example.com"), "Your IVF cycle calendar",
        f"""Hi Priyanka,

Your cycle calendar is attached. Start the follitropin 225 IU and
menotropins 75 IU on the evening of 11/3. Monitoring visits are at 7:00
am on 11/7, 11/9 and 11/11; the expected egg retrieval is around 11/14.
Trigger instructions will come after your last scan.

Maribel Santos, RN
Bloom Fertility Center

{sig("msantos")}""",
        atts=[att("IVF_cycle_Desai.ics", "text/calendar; method=PUBLISH", ics(
            "bfc-ivf-desai-20261114@bloomwh.example.org", "Egg retrieval (IVF) - Priyanka Desai",
            "20261114T073000", "20261114T093000", box("Bloom Fertility Center", "ivf", "bwh"),
            [("Priyanka Desai", "pdesai@mail.example.com")], "Bloom Fertility Center, 400 Magnolia Blvd, Suite 210",
            "NPO after midnight. Bring your partner's ID for the sperm sample.", method="PUBLISH"), cte="7bit")], cat=REPRO)

    add(R, "embryo-storage-invoice", "storage invoice naming a patient and her frozen embryos",
        box("Bloom Fertility Center Billing", "billing", "bwh"), ("Allison Tremaine", "atremaine@mail.example.net"),
        "Annual embryo storage renewal - invoice BFC-ST-2026-0418",
        """Dear Allison Tremaine,

Your annual cryostorage renewal is due.

  Invoice BFC-ST-2026-0418
  Stored: 4 embryos (blastocysts, vitrified 11/2024), tank 3
  Storage period: 11/15/2026 - 11/14/2027
  Amount due: $750.00 by 11/15/2026

Pay at https://pay.bloomwh.example.org or call (404) 555-0160. If
you'd like to discuss disposition options, please ask for the nurse
team.

Bloom Fertility Center Billing""", cat=REPRO)

    add(R, "medication-abortion-followup", "nurse follow-up after a named patient's medication abortion",
        who("msantos"), who("nhaddad"), "Follow-up call - Kendall Riggs",
        f"""Dr. Haddad,

Called Kendall Riggs (MRN BWH-210355) for the 1-week check after her
medication abortion (mifepristone 10/8, misoprostol 10/9). Bleeding
has slowed, cramping mild, no fever. Home pregnancy test scheduled for
11/5. She'd like to start the contraceptive pill; I booked a visit for
11/6.

Maribel

{sig("msantos")}""", cat=REPRO)

    add(R, "trigger-shot-order-named", "pharmacy order that names the IVF patient the trigger injection is for",
        who("hcho"), box("Magnolia Specialty Pharmacy", "orders", "km"), "STAT: hCG trigger for Ms. Farah Qureshi tonight",
        f"""Hello,

Please courier one vial of hCG 10,000 IU for Farah Qureshi, DOB
03/30/1990, to Bloom Fertility Center before 6 pm. Her trigger is at
9:30 pm tonight for retrieval on 10/23 and her home shipment was
delayed. Rx from Dr. Julia Park was sent at 1:05 pm.

Hye-jin Cho

{sig("hcho")}""", cat=REPRO)

    add(R, "maw3id-tarkib-lawlab", "Arabic: appointment for a named patient's IUD insertion (contraception)", who("nhaddad"),
        ("Layla Haddadin", "layla.h@mail.example.com"), "موعد تركيب اللولب الرحمي",
        """عزيزتي السيدة ليلى حدادين،

نؤكد موعدك لتركيب اللولب الرحمي الهرموني لمنع الحمل يوم الخميس 29 أكتوبر
الساعة 10 صباحاً مع الدكتورة نادية حداد.

يرجى تناول 600 ملغ من الإيبوبروفين قبل الموعد بساعة. إذا كان لديك أي سؤال،
يرجى الاتصال على (404) 555-0160.

مع أطيب التحيات،
مركز بلوم لصحة المرأة""", lang="ar", cs="windows-1256", cte="base64", cat=REPRO)

    add(R, "rezilta-tes-klamidya", "Haitian Creole: named patient's positive chlamydia test and treatment", who("msantos"),
        ("Fabienne Jean-Louis", "fabienne.jl@mail.example.net"), "Rezilta tès ou - tanpri li mesaj sa a",
        f"""Bonjou Fabienne,

Tès ou te fè 14 oktòb la pozitif pou klamidya. Se yon enfeksyon ki
trete fasil. Doktè Haddad voye yon preskripsyon doksisiklin 100 mg,
2 fwa pa jou pandan 7 jou, nan famasi ou.

Pa fè sèks pandan tretman an. Patnè ou dwe trete tou. Nou ka ba ou
preskripsyon pou patnè ou - rele nou nan (404) 555-0164.

Maribel Santos, RN
Bloom Women's Health

{CONF}""", lang="ht", cte="quoted-printable", cat=REPRO)

# ==========================================================================
# build and check

def collect():
    del MSGS[:]
    none_messages()
    phi_messages()
    restricted_messages()
    for m in MSGS:
        # about a fifth of the plain-text messages also get an HTML alternative
        if m["body"] is not None and m["html"] is None and hashlib.sha1(m["slug"].encode()).hexdigest()[0] in "012":
            m["html"] = html_of(m["body"], m["cs"])
    msgs = list(MSGS)
    random.Random(20261206).shuffle(msgs)
    out = []
    for i, m in enumerate(msgs):
        num = "%03d" % (i + 1)
        fname = "%s-%s.eml" % (num, m["slug"])
        out.append((m, fname, build(m, i)))
    return out


ALLOWED_URL_HOSTS = {"loinc.org", "hl7.org", "terminology.hl7.org", "unitsofmeasure.org"}


def dom_ok(d):
    d = d.lower().rstrip(".")
    return (d in ("example.com", "example.org", "example.net") or d.endswith(".example.com")
            or d.endswith(".example.org") or d.endswith(".example.net") or d.endswith(".test"))


def scan_text(t, where, errs):
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", t):
        if not dom_ok(m.group(1)):
            errs.append("%s: address domain %s" % (where, m.group(1)))
    for m in re.finditer(r"https?://([A-Za-z0-9.-]+)", t):
        if not dom_ok(m.group(1)) and m.group(1).lower() not in ALLOWED_URL_HOSTS:
            errs.append("%s: url host %s" % (where, m.group(1)))
    for m in re.finditer(r"\bwww\.([A-Za-z0-9.-]+)", t):
        if not dom_ok(m.group(1)):
            errs.append("%s: www host %s" % (where, m.group(1)))
    for m in re.finditer(r"555[-. ]?(\d{4})", t):
        if not m.group(1).startswith("01"):
            errs.append("%s: phone 555-%s" % (where, m.group(1)))
    for m in re.finditer(r"\(\d{3}\) (\d{3})-(\d{4})", t):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            errs.append("%s: phone %s" % (where, m.group(0)))
    for m in re.finditer(r"\bNPI:? *(\d{10})\b", t):
        if not npi_ok(m.group(1)):
            errs.append("%s: NPI %s fails Luhn" % (where, m.group(1)))
    for m in re.finditer(r"\b[A-Z]{2}\d{7}\b", t):
        if re.search(r"(DEA|registration)[^\n]{0,30}$", t[max(0, m.start() - 40):m.start()]) and not dea_ok(m.group(0)):
            errs.append("%s: DEA %s fails check digit" % (where, m.group(0)))
    for m in re.finditer(r"[|^](\d{10})\^", t):
        if not npi_ok(m.group(1)):
            errs.append("%s: HL7 NPI %s fails Luhn" % (where, m.group(1)))


def check_pdf(data, where, errs):
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    if not m:
        errs.append(where + ": pdf trailer")
        return
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        errs.append(where + ": startxref offset")
        return
    lines = data[x:].split(b"\n")
    n = int(lines[1].split()[1])
    for i in range(1, n):
        off = int(lines[2 + i][:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            errs.append("%s: xref offset of object %d" % (where, i))
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        s = sm.end()
        if data[s + ln:s + ln + 10] != b"\nendstream":
            errs.append(where + ": stream length")
        if sm.group(2):
            try:
                zlib.decompress(data[s:s + ln])
            except zlib.error:
                errs.append(where + ": flate stream")


def pdf_text(data):
    out = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        body = data[sm.end():sm.end() + ln]
        if sm.group(2):
            body = zlib.decompress(body)
        out += [re.sub(r"\\(.)", r"\1", x) for x in re.findall(r"\(((?:[^()\\]|\\.)*)\) Tj", body.decode("latin-1"))]
    return "\n".join(out)


def check_message(raw, fname, errs):
    w = fname
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append(w + ": bare CR or LF")
    for ln in raw.split(CRLF):
        if len(ln) > 998:
            errs.append(w + ": line over 998 octets")
    hdr_end = raw.index(CRLF + CRLF)
    if any(b > 127 for b in raw[:hdr_end]):
        errs.append(w + ": non-ASCII header")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (w, h))
    try:
        parsedate_to_datetime(str(msg["Date"]))
    except Exception:
        errs.append(w + ": bad Date")
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"])):
        errs.append(w + ": bad Message-ID")
    texts = []
    for k, v in msg.items():
        sv = str(v)
        if "=?" in sv:
            errs.append("%s: undecoded encoded word in %s" % (w, k))
        if getattr(v, "defects", None):
            errs.append("%s: header defects in %s: %s" % (w, k, v.defects))
        texts.append(sv)
    nparts = 0
    for part in msg.walk():
        nparts += 1
        if part.defects:
            errs.append("%s: defects %s" % (w, part.defects))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload(0)
            check_message(inner.as_bytes(policy=policy.SMTP), w + "[rfc822]", errs)
            texts.append(inner.as_string())
            continue
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        payload = part.get_payload(decode=False)
        body_lines = payload.replace("\r\n", "\n").split("\n")
        if cte == "base64":
            if any(len(l) > 76 for l in body_lines):
                errs.append(w + ": base64 line over 76")
            try:
                base64.b64decode("".join(body_lines), validate=True)
            except Exception:
                errs.append(w + ": invalid base64")
        elif cte == "quoted-printable":
            if any(len(l) > 76 for l in body_lines):
                errs.append(w + ": qp line over 76")
        elif cte == "7bit":
            if any(ord(c) > 127 for c in payload):
                errs.append(w + ": 8-bit data in 7bit part")
        data = part.get_payload(decode=True)
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = data.decode(cs)
            except (UnicodeDecodeError, LookupError):
                errs.append("%s: does not decode as %s" % (w, cs))
                continue
            texts.append(t)
            if ct == "text/calendar":
                begins = re.findall(r"^BEGIN:(\w+)", t, re.M)
                ends = re.findall(r"^END:(\w+)", t, re.M)
                if sorted(begins) != sorted(ends):
                    errs.append(w + ": ics BEGIN/END unbalanced")
                texts.append(re.sub(r"\r\n[ \t]", "", t))
            if ct == "text/csv":
                rows = list(csv.reader(io.StringIO(t)))
                if len({len(r) for r in rows}) != 1:
                    errs.append(w + ": csv ragged")
        elif ct in ("application/json", "application/fhir+json"):
            try:
                json.loads(data)
            except ValueError:
                errs.append(w + ": json does not parse")
            texts.append(data.decode("utf-8"))
        elif ct == "application/hl7-v2":
            t = data.decode("ascii")
            segs = t.rstrip("\r").split("\r")
            if not segs[0].startswith("MSH|^~\\&|") or any(not re.match(r"^[A-Z][A-Z0-9]{2}\|", s) for s in segs):
                errs.append(w + ": hl7 malformed")
            if "\n" in t:
                errs.append(w + ": hl7 contains LF")
            texts.append(t)
        elif ct == "application/pdf":
            check_pdf(data, w, errs)
            texts.append(pdf_text(data))
        elif ct == "image/png":
            if not data.startswith(b"\x89PNG\r\n\x1a\n"):
                errs.append(w + ": png signature")
    for t in texts:
        scan_text(t, w, errs)
    return nparts


def check(expected):
    errs = []
    names = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        fs = sorted(f for f in os.listdir(d)) if os.path.isdir(d) else []
        if len(fs) != EXPECT[lab]:
            errs.append("%s: %d files, expected %d" % (lab, len(fs), EXPECT[lab]))
        for f in fs:
            if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", f):
                errs.append("bad file name " + f)
            if re.search(r"none|phi|restricted|trap", f[4:]):
                errs.append("slug has a label word: " + f)
            names[f] = lab
    nums = sorted(int(f[:3]) for f in names)
    if nums != list(range(1, 201)):
        errs.append("numbers are not exactly 001-200")
    rows = open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().split("\n")
    if rows[-1] == "":
        rows = rows[:-1]
    if len(rows) != 200:
        errs.append("labels.tsv has %d rows" % len(rows))
    seen = set()
    for r in rows:
        parts = r.split("\t")
        if len(parts) != 3 or not parts[2].strip():
            errs.append("labels.tsv bad row: " + r)
            continue
        f, lab, _ = parts
        seen.add(f)
        if names.get(f) != lab:
            errs.append("labels.tsv disagrees with directories: " + f)
    if seen != set(names):
        errs.append("labels.tsv and directories list different files")
    mids = set()
    for m, fname, raw in expected:
        path = os.path.join(HERE, m["label"], fname)
        if not os.path.exists(path):
            errs.append("missing " + path)
            continue
        disk = open(path, "rb").read()
        if disk != raw:
            errs.append(fname + ": differs from what gen.py writes")
        check_message(disk, fname, errs)
        mid = BytesParser(policy=policy.default).parsebytes(disk, headersonly=True)["Message-ID"]
        if mid in mids:
            errs.append(fname + ": duplicate Message-ID")
        mids.add(mid)
    non_en = sum(1 for m, _, _ in expected if m["lang"] != "en")
    if not 26 <= non_en <= 34:
        errs.append("non-English share is %d/200" % non_en)
    return errs


def write(expected):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    rows = []
    for m, fname, raw in expected:
        with open(os.path.join(HERE, m["label"], fname), "wb") as fh:
            fh.write(raw)
        rows.append("%s\t%s\t%s" % (fname, m["label"], m["reason"]))
    rows.sort()
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")


def summary(expected):
    from collections import Counter
    c = Counter(m["label"] for m, _, _ in expected)
    ne = Counter(m["label"] for m, _, _ in expected if m["lang"] != "en")
    for lab in LABELS:
        print("%-10s %3d  (not in English: %d)" % (lab, c[lab], ne[lab]))
    print("restricted by category:", dict(Counter(m["cat"] for m, _, _ in expected if m["label"] == "restricted")))


def main():
    expected = collect()
    if "--check" not in sys.argv[1:]:
        write(expected)
    errs = check(expected)
    summary(expected)
    if errs:
        for e in errs:
            print("ERROR", e)
        sys.exit(1)
    print("OK: 200 messages, labels.tsv has 200 rows, all checks passed")


if __name__ == "__main__":
    main()
