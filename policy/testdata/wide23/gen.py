#!/usr/bin/env python3
"""Generator for wide23: research, quality improvement, population health and
public health mail (trial screening logs, consent follow-ups, adverse events,
IRB and DSMB mail, biobanks, data-use agreements, care gaps, HEDIS chart
chases, registries, reportable-disease reports, contact tracing, line lists,
immunisation registries, newborn and lead screening, syndromic surveillance)
and the aggregate look-alikes that carry no individual.

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
import json
import os
import random
import re
import sys
import textwrap
import zlib
import email
import email.policy
import email.utils
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260423
LABELS = ("none", "phi", "restricted")
CRLF = "\r\n"
COUNTS = {"none": 100, "phi": 65, "restricted": 35}

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1251": "cp1251", "koi8-u": "koi8_u", "windows-1256": "cp1256",
    "iso-8859-6": "iso8859_6", "gb2312": "gb2312", "big5": "big5",
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
    return hashlib.sha1(("|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


def T(s):
    """Dedent a triple-quoted block, drop the first newline, end with one."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip("\n") + "\n"


# ------------------------------------------------------------- headers --
def _qword(b):
    out = []
    for c in b:
        ch = chr(c)
        if c == 32:
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def enc_words(s, cs="utf-8", mode="B"):
    """RFC 2047 encoded words, each at most 75 characters, split on
    character boundaries so every word decodes on its own."""
    pre = "=?%s?%s?" % (cs, mode)

    def one(chunk):
        b = chunk.encode(codec(cs))
        body = base64.b64encode(b).decode() if mode == "B" else _qword(b)
        return pre + body + "?="

    words, cur = [], ""
    for ch in s:
        if cur and len(one(cur + ch)) > 75:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return words


def fold(name, value):
    """Fold an ASCII header at spaces near 78 columns."""
    line = name + ": " + value
    if len(line) <= 78:
        return line
    out, cur = [], name + ":"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 78 and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return CRLF.join(out)


def hdr(name, value, cs="utf-8", mode="B"):
    if value.isascii():
        return fold(name, value)
    words = enc_words(value, cs, mode)
    return name + ": " + (CRLF + " ").join(words)


_SPECIAL = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(a, cs="utf-8", mode="B"):
    """a: 'x@y' or (display name, 'x@y')."""
    if isinstance(a, str):
        return a
    name, em = a
    if not name:
        return em
    if not name.isascii():
        return " ".join(enc_words(name, cs, mode)) + " <" + em + ">"
    if _SPECIAL.search(name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '" <' + em + ">"
    return name + " <" + em + ">"


def addrs(name, lst, cs="utf-8", mode="B"):
    if not isinstance(lst, list):
        lst = [lst]
    items = [addr(a, cs, mode) for a in lst]
    line = name + ": " + items[0]
    out = []
    for it in items[1:]:
        if len(line) + 2 + len(it) > 78:
            out.append(line + ",")
            line = " " + it
        else:
            line += ", " + it
    out.append(line)
    return CRLF.join(out)


def D(y, mo, d, hh, mm, tz="-0400", ss=None):
    sign = -1 if tz[0] == "-" else 1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    if ss is None:
        ss = (d * 7 + hh * 13 + mm) % 60
    dt = datetime.datetime(y, mo, d, hh, mm, ss, tzinfo=datetime.timezone(off))
    return email.utils.format_datetime(dt)


# --------------------------------------------------------------- parts --
def _b64lines(b):
    s = base64.b64encode(b).decode()
    return [s[i:i + 76] for i in range(0, len(s), 76)] or [""]


def _qplines(b):
    out = []
    for line in b.split(b"\n"):
        toks = []
        for i, c in enumerate(line):
            if 33 <= c <= 126 and c != 61:
                toks.append(chr(c))
            elif c in (32, 9) and i < len(line) - 1:
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = t
            else:
                cur += t
        out.append(cur)
    return out


def _params(d):
    s = ""
    for k, v in d:
        if re.fullmatch(r"[A-Za-z0-9!#$%&'*+.^_`{|}~-]+", v):
            s += "; %s=%s" % (k, v)
        else:
            s += '; %s="%s"' % (k, v)
    return s


class Leaf:
    def __init__(self, ctype, content, charset=None, cte=None, filename=None,
                 disp=None, name=None, headers=None, params=None, fname_2231=False):
        self.ctype = ctype
        self.content = content          # str for text/*, bytes otherwise
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disp = disp if disp else ("attachment" if filename else None)
        self.name = name if name is not None else filename
        self.headers = headers or []
        self.params = params or []
        self.fname_2231 = fname_2231

    def raw(self):
        if isinstance(self.content, str):
            txt = self.content.replace("\r\n", "\n")
            cs = self.charset or "us-ascii"
            return txt.encode(codec(cs))
        return self.content

    def lines(self, mime_headers=True):
        cte = self.cte
        b = self.raw()
        if cte is None:
            if isinstance(self.content, str):
                cte = "7bit" if all(c < 128 for c in b) else "8bit"
            else:
                cte = "base64"
        h = []
        if mime_headers:
            p = []
            if self.charset:
                p.append(("charset", self.charset))
            p += self.params
            if self.name and not self.fname_2231:
                p.append(("name", self.name))
            h.append(fold("Content-Type", self.ctype + _params(p)))
            h.append("Content-Transfer-Encoding: " + cte)
            if self.disp:
                if self.filename and self.fname_2231:
                    from urllib.parse import quote
                    h.append("Content-Disposition: %s;" % self.disp + CRLF +
                             " filename*=utf-8''" + quote(self.filename, safe=""))
                elif self.filename:
                    h.append(fold("Content-Disposition", self.disp + _params([("filename", self.filename)])))
                else:
                    h.append("Content-Disposition: " + self.disp)
            h += self.headers
        if cte == "base64":
            if isinstance(self.content, str):
                b = b.replace(b"\n", b"\r\n")
            body = _b64lines(b)
        elif cte == "quoted-printable":
            body = _qplines(b)
        else:
            body = b.split(b"\n")
            if body and body[-1] == b"":
                body = body[:-1]
            return h, [x.decode("latin-1") for x in body], cte
        return h, body, cte


class Multi:
    def __init__(self, subtype, parts, preamble=None, params=None, headers=None):
        self.subtype = subtype
        self.parts = parts
        self.preamble = preamble
        self.params = params or []
        self.headers = headers or []

    def lines(self, mime_headers=True):
        bnd = "=_w23_" + _h("bnd")[:20]
        h = [fold("Content-Type", "multipart/%s" % self.subtype +
                  _params(self.params + [("boundary", bnd)]))] + self.headers
        body = []
        if self.preamble:
            body += self.preamble.rstrip("\n").split("\n")
            body.append("")
        for p in self.parts:
            body.append("--" + bnd)
            ph, pb, _ = p.lines()
            body += ph
            body.append("")
            body += pb
        body.append("--" + bnd + "--")
        body.append("")
        return h, body, None


class Rfc822:
    """message/rfc822 part wrapping complete message bytes."""
    def __init__(self, msgbytes, filename=None, disp=None):
        self.msg = msgbytes
        self.filename = filename
        self.disp = disp or ("attachment" if filename else "inline")

    def lines(self, mime_headers=True):
        b = self.msg
        cte = "7bit" if all(c < 128 for c in b) else "8bit"
        h = ["Content-Type: message/rfc822" + (_params([("name", self.filename)]) if self.filename else ""),
             "Content-Transfer-Encoding: " + cte]
        if self.filename:
            h.append(fold("Content-Disposition", self.disp + _params([("filename", self.filename)])))
        else:
            h.append("Content-Disposition: " + self.disp)
        body = b.decode("latin-1").split(CRLF)
        if body and body[-1] == "":
            body = body[:-1]
        return h, body, cte


def text(s, cs=None, cte=None, sub="plain", **kw):
    if cs is None:
        cs = "us-ascii" if s.isascii() else "utf-8"
    return Leaf("text/" + sub, s, charset=cs, cte=cte, **kw)


def html(s, cs=None, cte=None, **kw):
    return text(s, cs, cte, sub="html", **kw)


def att(ctype, content, filename, cs=None, cte=None, **kw):
    if isinstance(content, str) and cs is None and ctype.startswith("text/"):
        cs = "us-ascii" if content.isascii() else "utf-8"
    if isinstance(content, str) and not ctype.startswith("text/"):
        content = content.replace("\r\n", "\n").encode("utf-8")
    return Leaf(ctype, content, charset=cs, cte=cte or ("base64" if isinstance(content, bytes) else None),
                filename=filename, **kw)


def alt(plain, htm, **kw):
    return Multi("alternative", [plain, htm], **kw)


def mixed(*parts, **kw):
    return Multi("mixed", list(parts), **kw)


def mail(frm, to, subject, date, body, cc=None, cs="utf-8", mode="B", extra=None,
         reply_to=None, in_reply_to=None, host=None, mime=True, xmailer=None,
         sender=None):
    """Build a complete message as CRLF bytes."""
    if isinstance(body, str):
        body = text(body)
    em = frm[1] if isinstance(frm, tuple) else frm
    host = host or em.split("@")[1]
    mid = "<%s.%s@%s>" % (_h("mid")[:12], _h("mid2")[:8], host)
    h = [addrs("From", frm, cs, mode)]
    if sender:
        h.append(addrs("Sender", sender, cs, mode))
    h.append(addrs("To", to, cs, mode))
    if cc:
        h.append(addrs("Cc", cc, cs, mode))
    if reply_to:
        h.append(addrs("Reply-To", reply_to, cs, mode))
    h.append(hdr("Subject", subject, cs, mode))
    h.append("Date: " + date)
    h.append("Message-ID: " + mid)
    if in_reply_to:
        h.append("In-Reply-To: " + in_reply_to)
        h.append("References: " + in_reply_to)
    if xmailer:
        h.append("X-Mailer: " + xmailer)
    for e in (extra or []):
        h.append(e)
    bh, bb, _ = body.lines()
    if mime:
        h.append("MIME-Version: 1.0")
        h += bh
    else:
        h += [x for x in bh if not x.startswith("Content-")]
    out = CRLF.join(h) + CRLF + CRLF + CRLF.join(bb)
    if not out.endswith(CRLF):
        out += CRLF
    return out.encode("latin-1")


def ref(host):
    """A plausible In-Reply-To id for replies."""
    return "<%s@%s>" % (_h("ref")[:16], host)


# ----------------------------------------------------------- documents --
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(pages, flate=False, title="Document"):
    """pages: list of list-of-lines (ASCII).  A minimal PDF 1.4 with a real
    text layer (Helvetica, one Tj per line) and a correct xref table."""
    objs = {}
    n_pages = len(pages)
    kids = []
    first_page = 4
    for i, lines in enumerate(pages):
        pno = first_page + 2 * i
        cno = pno + 1
        kids.append(pno)
        ops = ["BT", "/F1 10 Tf", "14 TL", "54 760 Td"]
        for ln in lines:
            ops.append("(%s) Tj T*" % _pdf_esc(ln))
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        if flate:
            stream = zlib.compress(stream, 9)
            objs[cno] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        else:
            objs[cno] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[pno] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cno).encode()
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    info = max(objs) + 1
    objs[info] = ("<< /Title (%s) /Producer (wide23 gen.py) /CreationDate (D:20260101000000Z) >>" % _pdf_esc(title)).encode("latin-1")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (info + 1)
    out += b"0000000000 65535 f \n"
    for k in range(1, info + 1):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (info + 1, info, xref)
    return out


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return [line]
    out, cur, first = [], "", True
    for ch in line:
        lim = 75 if first else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur if first else " " + cur)
            first = False
            cur = ch
        else:
            cur += ch
    out.append(cur if first else " " + cur)
    return out


def ics(method, uid, start, end, summary, organizer, attendees, description="",
        location="", tzid="America/New_York", status="CONFIRMED", seq=0, rrule=None):
    """start/end: 'YYYYMMDDTHHMMSS' local times in tzid."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Marrowfield Health//Calendar 4.2//EN",
         "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:" + tzid,
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
         "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
         "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
         "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260101T120000Z", "SEQUENCE:%d" % seq,
         "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end)]
    if rrule:
        L.append("RRULE:" + rrule)
    L += ["SUMMARY:" + _ics_esc(summary)]
    if location:
        L.append("LOCATION:" + _ics_esc(location))
    if description:
        L.append("DESCRIPTION:" + _ics_esc(description))
    L.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for a in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (a[0], a[1]))
    L += ["STATUS:" + status, "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:
        out += _ics_fold(ln)
    return "\n".join(out) + "\n"


def cal(icstext, method="REQUEST", filename=None):
    if filename:
        return Leaf("application/ics", icstext.encode("utf-8"), cte="base64", filename=filename)
    return Leaf("text/calendar", icstext, charset="utf-8", cte="7bit" if icstext.isascii() else "quoted-printable",
                params=[("method", method)])


def hl7(*segs):
    return "\n".join(segs) + "\n"


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(x in c for x in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\n".join(out) + "\n"


def html_table(head, rows, attrs=' border="1" cellpadding="4" cellspacing="0"'):
    s = "<table%s>\n<tr>%s</tr>\n" % (attrs, "".join("<th>%s</th>" % h for h in head))
    for r in rows:
        s += "<tr>%s</tr>\n" % "".join("<td>%s</td>" % c for c in r)
    return s + "</table>\n"


def quote(s, prefix="> "):
    return "".join((prefix + ln).rstrip() + "\n" for ln in s.rstrip("\n").split("\n"))


# ------------------------------------------------------------ registry --
MSGS = []


def M(slug, label, reason, lang="en", cat=None, trap=False):
    def deco(fn):
        MSGS.append(dict(slug=slug, label=label, reason=reason, lang=lang, cat=cat, trap=trap, fn=fn))
        return fn
    return deco


# Recurring invented organisations and domains.
MF = "marrowfield.example.org"          # Marrowfield Health (academic medical centre)
CC = "cchd.calder-county.test"          # Calder County Public Health Department
RS = "health.riverine-state.test"       # Riverine State Department of Health
GF = "greyfern.example.com"             # Greyfern Health Plan
NP = "northpoint-cro.example.com"       # Northpoint Clinical Research (CRO)
HT = "halvorsen-tx.example.com"         # Halvorsen Therapeutics (sponsor)
LK = "lakeshore-dcc.example.org"        # Lakeshore Data Coordinating Center
CQ = "chartquest.example.net"           # ChartQuest record retrieval
WB = "westbrook-chc.example.org"        # Westbrook Community Health Center
BR = "bayside-recovery.example.org"     # Bayside Recovery Services (OTP)
SA = "stanselm.example.org"             # St. Anselm Hospital
PM = "mail.example.net"                 # personal mail
PX = "inbox.example.com"                # personal mail


# =====================================================================
# restricted (35): HIV 8, genetic 7, reproductive 6, mental health 7,
# substance-use treatment 7
# =====================================================================

@M("hiv-case-report-cd4-to-county", "restricted",
   "HIV case report to the county for a named patient with CD4 and viral load", cat="hiv")
def _():
    body = T("""
    Calder County HIV Surveillance,

    Submitting an adult HIV case report for a new diagnosis from our clinic.
    Paper form is going by secure fax as well, this is the summary you asked
    us to send ahead.

    Patient: Tobias Reinholt
    DOB: 09/22/1991   Sex at birth: M
    Address: 418 Quarry Hill Rd, Apt 2, Calder Falls
    MRN: 3318842 (Marrowfield)
    Dx date: 04/02/2026 (HIV-1/2 Ag/Ab reactive 03/30, HIV-1 differentiation
    assay positive 04/01, HIV-1 RNA 84,300 copies/mL)
    CD4: 412 cells/uL (24%)
    Risk: MSM, no prior negative test on record
    ART: bictegravir/emtricitabine/tenofovir alafenamide started 04/06
    Partner services: patient agreed to be contacted, prefers text after 5pm

    Reporting clinician: Dr. Anjali Mistry, Infectious Diseases
    Reporter: Carla Ventimiglia RN, 555-0142

    Carla Ventimiglia, RN
    Infectious Diseases Clinic, Marrowfield Health
    """)
    return mail(("Carla Ventimiglia", "cventimiglia@" + MF),
                ("HIV Surveillance", "hiv.surveillance@" + CC),
                "HIV case report - new dx 04/02", D(2026, 4, 8, 10, 14), body)


@M("partner-services-referral-pdf", "restricted",
   "the PDF referral names a newly diagnosed HIV patient and partners; body says only see attached",
   cat="hiv")
def _():
    body = T("""
    Hi Desmond,

    Referral for partner services attached (1 index patient, 2 named
    partners). Let me know if the fax copy didn't come through.

    Thanks,
    Priya
    """)
    p = pdf([[
        "CALDER COUNTY PUBLIC HEALTH - PARTNER SERVICES REFERRAL",
        "",
        "Referring site: Westbrook Community Health Center",
        "Date of referral: 05/11/2026",
        "",
        "INDEX PATIENT",
        "Name: Marisol Quintanar-Diaz        DOB: 02/17/1988",
        "Phone: 555-0167    Preferred language: Spanish",
        "HIV diagnosis: confirmed 05/07/2026 (Ag/Ab reactive, Geenius HIV-1 positive)",
        "Viral load: 126,000 copies/mL   CD4: 298",
        "Linked to care: yes, first ID visit 05/09/2026",
        "",
        "PARTNERS NAMED",
        "1. Ernesto Paredes, approx 35, lives in Calder Falls, phone unknown",
        "2. Kyle Ambrose, approx 40, met via app, first name and handle only",
        "",
        "Referring clinician: Priya Venkataraman, PA-C   Tel 555-0121",
    ]], title="Partner Services Referral")
    return mail(("Priya Venkataraman", "pvenkataraman@" + WB),
                ("Desmond Achterberg", "dachterberg@" + CC),
                "partner services referral", D(2026, 5, 11, 15, 2),
                mixed(text(body), att("application/pdf", p, "PS_referral_0511.pdf")))


@M("prep-study-visit-reminder-es", "restricted",
   "Spanish: reminder to a named participant about his PrEP study visit and HIV test", lang="es", cat="hiv")
def _():
    body = T("""
    Hola Julián:

    Le escribimos del Estudio PrEP-Comunidad de Marrowfield Health para
    recordarle su visita del mes 6:

      Fecha: jueves 18 de junio de 2026, 9:30 a. m.
      Lugar: Clínica de Investigación, 3er piso, 200 Harwick Ave.

    En esta visita le haremos la prueba de VIH de rutina y el análisis de
    función renal, y le entregaremos su próximo frasco de PrEP
    (emtricitabina/tenofovir). Por favor traiga el frasco actual aunque
    esté vacío para que podamos contar las pastillas.

    Si necesita cambiar la cita, llame o mande un mensaje al 555-0188.

    Un saludo cordial,
    Lucía Ferrándiz
    Coordinadora del estudio
    """)
    return mail(("Lucía Ferrándiz", "lferrandiz@" + MF),
                ("Julián Obregón", "julian.obregon@" + PM),
                "Recordatorio: su visita del mes 6 del estudio PrEP",
                D(2026, 6, 15, 11, 40), text(body, "utf-8", "quoted-printable"))


@M("elr-hl7-viral-load-attached", "restricted",
   "electronic lab report: the HL7 ORU attachment carries a named patient's HIV-1 RNA result", cat="hiv")
def _():
    body = T("""
    Tri-County Reference Lab ELR gateway

    Batch: TCRL-20260521-0007
    Messages in batch: 1
    Destination: Riverine State DOH - HIV/STD ELR
    Transport: secure SMTP fallback (SFTP endpoint unreachable)

    The batch file is attached. Do not reply to this mailbox.
    """)
    seg = "\r".join([
        "MSH|^~\\&|TCRL_LIS|TCRL^21D0000000^CLIA|RSDH_ELR|RSDH|20260521061233||ORU^R01^ORU_R01|TCRL2605210007|P|2.5.1",
        "SFT|Tri-County Reference Lab|4.1|LabBridge|41|",
        "PID|1||MR7740213^^^WESTBROOK^MR||Ostrowski^Daniel^J||19790304|M|||77 Ferris Ln^^Calder Falls^RV^00112||^PRN^PH^^^555^0139",
        "ORC|RE|ORD88341|TCRL2605210007||CM",
        "OBR|1|ORD88341|TCRL2605210007|25836-8^HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection^LN|||20260519093000|||||||||1588667638^Hollis^Renata^^^^MD",
        "OBX|1|NM|25836-8^HIV 1 RNA NAA+probe (Sp)^LN||2310|copies/mL|<20|H|||F|||20260519093000",
        "OBX|2|NM|29539-4^HIV 1 RNA NAA+probe (Log #/vol)^LN||3.36|{Log_copies}/mL||H|||F",
        "SPM|1|||119364003^Serum specimen^SCT|||||||||||||20260519093000",
    ]) + "\r"
    return mail(("TCRL ELR Gateway", "elr-noreply@tcrl.example.net"),
                ("RSDH HIV/STD ELR", "hivstd.elr@" + RS),
                "ELR batch TCRL-20260521-0007 (1 msg)", D(2026, 5, 21, 6, 12, "-0400"),
                mixed(text(body), att("application/hl7-v2", seg.encode("ascii"), "TCRL-20260521-0007.hl7")))


@M("sae-subject-art-interruption", "restricted",
   "only the Subject names the participant and his ART interruption with viral rebound", cat="hiv")
def _():
    body = T("""
    Updated CIOMS form is in the eReg binder under SAE/2026. Please
    countersign before Friday so we can send to Northpoint.

    -Gwen
    """)
    return mail(("Gwen Halloran", "ghalloran@" + MF),
                ("Dr. Samuel Achebe", "sachebe@" + MF),
                "SAE f/u - Rafael Okafor (014-0032) ART interrupted x3 wks, VL rebound 48,000",
                D(2026, 3, 25, 16, 48), body)


@M("declaration-vih-sante-publique-fr", "restricted",
   "French: clinic tells public health about a named patient's confirmed HIV and his ART start",
   lang="fr", cat="hiv")
def _():
    body = T("""
    Bonjour Madame Lefebvre,

    Suite à notre appel de ce matin, voici la déclaration pour le patient
    suivant :

      Nom : Thierry Makosso
      Date de naissance : 14/11/1983
      No de dossier : 20-448171
      Test de dépistage VIH réactif le 06/05/2026, confirmé par Western
      blot le 08/05/2026. Charge virale initiale : 52 000 copies/mL,
      CD4 : 355.

    Le patient a commencé un traitement antirétroviral (dolutégravir +
    lamivudine) le 12/05/2026. Il accepte que votre équipe le contacte pour
    la notification des partenaires ; il préfère être joint le soir.

    Je reste disponible pour toute question.

    Cordialement,
    Dre Élise Brassard
    Clinique de médecine interne, Hôpital de Val-Clair
    Tél. : 555-0153
    """)
    return mail(("Élise Brassard", "ebrassard@hopital-valclair.example.fr.test"),
                ("Hélène Lefebvre", "hlefebvre@sante-valclair.example.fr.test"),
                "Déclaration de cas - infection VIH (M. Makosso)", D(2026, 5, 13, 14, 5, "+0200"),
                text(body, "iso-8859-1", "quoted-printable"), cs="iso-8859-1", mode="Q")


@M("reply-quoted-prep-seroconversion", "restricted",
   "the reply itself is logistics; only the quoted message names a PrEP trial participant who seroconverted",
   cat="hiv")
def _():
    quoted = T("""
    On Tue, Apr 21, 2026 at 8:02 AM Imani Crowder <icrowder@marrowfield.example.org> wrote:
    > Dr. Ng - heads up before the DSMB call. Participant 207-0419, Brandon
    > Lasko, tested reactive at his month 9 visit (4/20). Confirmatory
    > HIV-1 RNA came back 18,900 copies/mL this morning. He last picked up
    > study drug 3/16 and pill count suggests he missed most of March. We
    > stopped study product and Dr. Achebe is starting him on full ART
    > today. Resistance genotype sent.
    >
    > Imani
    """)
    body = "Thanks Imani. Can you add it to the closed-session agenda and send me the\nline listing by 3pm? I'll call Northpoint's medical monitor.\n\nMichael\n\n" + quoted
    return mail(("Michael Ng", "mng@" + MF), ("Imani Crowder", "icrowder@" + MF),
                "Re: before the DSMB call", D(2026, 4, 21, 8, 40), body,
                in_reply_to=ref(MF))


@M("ryan-white-recert-fhir-json", "restricted",
   "the FHIR-like JSON attachment holds a named client's HIV viral load for Ryan White recertification",
   cat="hiv")
def _():
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": "2026-07-02T13:20:00-04:00",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "pt-88120",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.999.12", "value": "RW-0088120"}],
                          "name": [{"family": "Ferreira", "given": ["Luana", "M"]}],
                          "birthDate": "1975-08-30", "gender": "female",
                          "address": [{"line": ["912 Orchard Row"], "city": "Calder Falls", "postalCode": "00114"}]}},
            {"resource": {"resourceType": "Observation", "id": "vl-1", "status": "final",
                          "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.1", "code": "20447-9",
                                               "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA"}]},
                          "subject": {"reference": "Patient/pt-88120"},
                          "effectiveDateTime": "2026-06-18",
                          "valueQuantity": {"value": 40, "comparator": "<", "unit": "copies/mL"}}},
            {"resource": {"resourceType": "MedicationStatement", "id": "art-1", "status": "active",
                          "medicationCodeableConcept": {"text": "darunavir/cobicistat/emtricitabine/tenofovir alafenamide"},
                          "subject": {"reference": "Patient/pt-88120"}}},
        ]}
    body = T("""
    Attached is the recert packet export for the client we discussed
    (eligibility due 7/15). Income docs are still pending from her.

    Renée Alvarado, Medical Case Manager
    Westbrook CHC - HIV Services
    """)
    return mail(("Renée Alvarado", "ralvarado@" + WB), ("ADAP Eligibility", "adap.eligibility@" + RS),
                "recert export", D(2026, 7, 2, 13, 25),
                mixed(text(body), att("application/fhir+json", json.dumps(bundle, indent=2) + "\n", "recert_0088120.json")))


@M("biobank-apoe-return-of-results", "restricted",
   "biobank returns an APOE genotype result to the named participant (genetic test result)", cat="genetic")
def _():
    plain = T("""
    Dear Ms. Whitfield,

    Thank you for taking part in the Marrowfield BioRepository. When you
    enrolled in 2023 you asked to be told about genetic findings that might
    matter for your health.

    Your sample was tested in a CLIA-certified laboratory. Your result:
    APOE genotype e4/e4.

    Having two copies of APOE e4 is associated with a higher chance of
    developing Alzheimer's disease later in life. It does not mean you have
    or will certainly develop the disease. We would like to offer you a
    free appointment with a genetic counsellor to talk about what this
    means for you and your family. Please call 555-0126.

    Sincerely,
    Return of Results Team, Marrowfield BioRepository
    """)
    htm = T("""
    <html><body style="font-family:Arial,sans-serif">
    <p>Dear Ms. Whitfield,</p>
    <p>Thank you for taking part in the Marrowfield BioRepository. When you enrolled in 2023
    you asked to be told about genetic findings that might matter for your health.</p>
    <table border="1" cellpadding="6" cellspacing="0">
    <tr><th>Participant</th><td>Dorothy A. Whitfield (BR-00419-3)</td></tr>
    <tr><th>Gene</th><td>APOE</td></tr>
    <tr><th>Your result</th><td><b>e4/e4</b></td></tr>
    </table>
    <p>Having two copies of APOE e4 is associated with a higher chance of developing
    Alzheimer's disease later in life. It does not mean you have or will certainly develop the
    disease. We would like to offer you a free appointment with a genetic counsellor.
    Please call 555-0126.</p>
    <p>Sincerely,<br>Return of Results Team, Marrowfield BioRepository</p>
    </body></html>
    """)
    return mail(("Marrowfield BioRepository", "biorepository@" + MF),
                ("Dorothy Whitfield", "dwhitfield@" + PX),
                "Your genetic research result is ready", D(2026, 2, 10, 9, 0, "-0500"),
                alt(text(plain), html(htm, cte="quoted-printable")))


@M("carta-familiares-brca2-pt", "restricted",
   "Portuguese: cascade-testing letter telling a named relative a family BRCA2 variant was found",
   lang="pt", cat="genetic")
def _():
    body = T("""
    Prezada Sra. Conceição Barreto,

    Entramos em contato a pedido da sua irmã, a Sra. Ivone Barreto Lima,
    que realizou um teste genético no nosso serviço. No teste dela foi
    identificada uma variante patogênica no gene BRCA2 (c.5946del).

    Como a senhora é parente de primeiro grau, há 50% de chance de também
    ter herdado essa variante. O teste para a senhora seria direcionado
    apenas a essa alteração, é rápido e normalmente coberto pelo plano.

    Gostaríamos de oferecer uma consulta de aconselhamento genético no dia
    24/03/2026 às 14h, no Ambulatório de Genética Clínica. Se preferir
    outro horário, ligue para 555-0174.

    Atenciosamente,
    Dra. Fernanda Queiroz
    Aconselhamento Genético - Hospital São Lourenço
    """)
    return mail(("Fernanda Queiroz", "fqueiroz@hsl.example.br.test"),
                ("Conceição Barreto", "conceicao.barreto@" + PM),
                "Aconselhamento genético - variante familiar BRCA2", D(2026, 3, 9, 10, 30, "-0300"),
                text(body, "iso-8859-1", "quoted-printable"), cs="iso-8859-1", mode="Q")


@M("fh-study-genotype-csv", "restricted",
   "CSV attachment lists named participants with their LDLR/APOB/PCSK9 genotypes", cat="genetic")
def _():
    rows = [["study_id", "last_name", "first_name", "dob", "gene", "variant", "classification", "ldl_mg_dl"],
            ["FH-1021", "Borowiec", "Stanley", "1962-05-14", "LDLR", "c.1775G>A", "pathogenic", "244"],
            ["FH-1022", "Borowiec", "Ellen", "1990-11-02", "LDLR", "c.1775G>A", "pathogenic", "201"],
            ["FH-1030", "Achterberg", "Mina", "1971-01-29", "APOB", "c.10580G>A", "pathogenic", "232"],
            ["FH-1034", "Oyelaran", "Tunde", "1984-07-08", "none detected", "", "", "198"],
            ["FH-1041", "Kessler", "Ruth", "1958-03-19", "PCSK9", "c.381T>A", "likely pathogenic", "276"]]
    body = T("""
    Hi all,

    Sequencing results for the April batch of the family hypercholesterolemia
    cascade study are attached. Two of the Borowiec family came back
    positive as expected. Ruth Kessler's PCSK9 call needs a second look
    before we return it.

    Rob
    """)
    return mail(("Robert Tamsin", "rtamsin@" + MF),
                [("FH Study Team", "fh-study@" + MF)],
                "FH cascade - April batch genotypes", D(2026, 4, 30, 17, 3),
                mixed(text(body), att("text/csv", csv_text(rows), "fh_april_genotypes.csv", cte="base64")))


@M("ics-lynch-results-counselling", "restricted",
   "calendar invite for a named participant's genetic counselling visit to disclose Lynch syndrome results",
   cat="genetic")
def _():
    desc = ("Results disclosure for Harriet Quill (MRN 5520918): MSH2 pathogenic variant found on "
            "hereditary colon cancer panel. Discuss colonoscopy every 1-2 years, gynecologic risk, and "
            "cascade testing for her two sons. Interpreter not needed.")
    ic = ics("REQUEST", "w23-lynch-0612@" + MF, "20260612T100000", "20260612T110000",
             "GC results visit - H. Quill", ("Naomi Fairbanks", "nfairbanks@" + MF),
             [("Harriet Quill", "hquill@" + PM), ("Dr. Owen Pratt", "opratt@" + MF)], desc,
             "Cancer Genetics Clinic, Room 4B")
    plain = T("""
    Genetic counselling results visit
    Friday, June 12, 2026 10:00-11:00 (Eastern)
    Cancer Genetics Clinic, Room 4B
    """)
    return mail(("Naomi Fairbanks", "nfairbanks@" + MF),
                [("Harriet Quill", "hquill@" + PM), ("Dr. Owen Pratt", "opratt@" + MF)],
                "Invitation: GC results visit - H. Quill @ Fri Jun 12, 2026 10am",
                D(2026, 6, 3, 12, 10), alt(text(plain), cal(ic)))


@M("newborn-screen-cftr-carrier-html", "restricted",
   "borderline: newborn-screening follow-up of a named infant with one CFTR variant; a carrier result is genetic, unlike the TSH screen",
   cat="genetic")
def _():
    htm = T("""
    <html><body>
    <p><b>Riverine State Newborn Screening Program - Follow-up Request</b></p>
    <p>To: Dr. Lillian Sato, Westbrook Pediatrics</p>
    <table border="1" cellpadding="4" cellspacing="0">
    <tr><td>Infant</td><td>Baby Boy Nakashima (Kaito)</td></tr>
    <tr><td>DOB</td><td>03/03/2026</td></tr>
    <tr><td>Mother</td><td>Emi Nakashima</td></tr>
    <tr><td>Kit #</td><td>RV26-0031877</td></tr>
    <tr><td>IRT</td><td>78 ng/mL (cutoff 60)</td></tr>
    <tr><td>CFTR panel</td><td>F508del heterozygous; second variant not detected</td></tr>
    </table>
    <p>This result most likely indicates a <b>carrier</b> of cystic fibrosis but a sweat chloride
    test is required to rule out CF. Please refer to the CF Center sweat test clinic within 2 weeks
    and offer the family genetic counselling. Call 555-0112 with questions.</p>
    </body></html>
    """)
    return mail(("RSDH Newborn Screening", "nbs.followup@" + RS),
                ("Dr. Lillian Sato", "lsato@" + WB),
                "NBS follow-up request RV26-0031877", D(2026, 3, 12, 8, 45),
                html(htm, cte="quoted-printable"))


@M("iden-kekka-ja", "restricted",
   "Japanese (ISO-2022-JP): research team tells a named participant his familial hypercholesterolaemia gene result",
   lang="ja", cat="genetic")
def _():
    body = T("""
    佐々木 健一 様

    いつも「家族性高コレステロール血症 遺伝子研究」にご協力いただき、
    ありがとうございます。

    先日ご提供いただいた血液検体の遺伝子解析の結果、LDLR遺伝子に
    病的バリアントが見つかりました。この結果は、ご家族（お子様や
    ご兄弟）も同じバリアントを持っている可能性があることを意味します。

    つきましては、遺伝カウンセリング外来にて結果のご説明をさせて
    いただきたく存じます。

      日時：2026年5月20日（水）14時
      場所：マロウフィールド医療センター 遺伝診療部 2階

    ご都合が悪い場合は、研究事務局（555-0158）までご連絡ください。

    研究コーディネーター　中村 由美
    """)
    return mail(("中村 由美", "ynakamura@" + MF), ("佐々木 健一", "k.sasaki@" + PX),
                "遺伝子解析結果のご説明について", D(2026, 5, 8, 9, 15),
                text(body, "iso-2022-jp", "7bit"), cs="iso-2022-jp")


@M("praediktive-testung-huntington-de", "restricted",
   "German (ISO-8859-15): appointment for a named woman's predictive Huntington test result",
   lang="de", cat="genetic")
def _():
    body = T("""
    Sehr geehrte Frau Kröger,

    wie in unserem letzten Beratungsgespräch vereinbart, liegt das Ergebnis
    Ihrer prädiktiven Testung auf Chorea Huntington (Untersuchung der
    CAG-Wiederholungen im HTT-Gen) inzwischen vor.

    Wir teilen Ergebnisse dieser Untersuchung grundsätzlich nur persönlich
    mit. Ihr Termin zur Befundmitteilung:

      Dienstag, 14. April 2026, 15:30 Uhr
      Humangenetische Beratungsstelle, Raum 0.12

    Bitte bringen Sie wie besprochen eine Begleitperson mit. Falls Sie den
    Termin verschieben möchten, erreichen Sie uns unter 555-0117.

    Mit freundlichen Grüßen
    Dr. med. Jörg Wendtland
    Institut für Humangenetik, Klinikum Elsterau
    """)
    return mail(("Dr. Jörg Wendtland", "wendtland@klinikum-elsterau.example.de.test"),
                ("Sabine Kröger", "s.kroeger@" + PM),
                "Ihr Termin zur Befundmitteilung", D(2026, 4, 1, 11, 20, "+0200"),
                text(body, "iso-8859-15", "quoted-printable"), cs="iso-8859-15", mode="Q")


@M("treponemal-case-report-rpr", "restricted",
   "borderline: county case report of a named patient's syphilis (RPR titre, treatment); an STI result, which LABELLING.md files under reproductive health",
   cat="repro")
def _():
    body = T("""
    To: Calder County STD Program
    From: Marrowfield Urgent Care - Eastside

    Reportable condition: Syphilis, secondary
    Patient: Curtis Blevins   DOB 06/01/1996   MRN 6610345
    Phone: 555-0195
    Specimen date: 05/26/2026
    RPR reactive 1:64, TP-PA reactive
    Symptoms: palmar rash x 10 days, no chancre noted
    Treatment: benzathine penicillin G 2.4 million units IM given 05/28/2026
    Pregnant: n/a
    Partners: reports 2 partners in last 3 months, will discuss with DIS

    Reported by: Janelle Kuykendall, NP
    """)
    return mail(("Janelle Kuykendall", "jkuykendall@" + MF), ("STD Program", "std.reports@" + CC),
                "Reportable condition - urgent care eastside", D(2026, 5, 28, 18, 30), body)


@M("ct-gc-positive-line-list-csv", "restricted",
   "CSV line list of named patients with positive chlamydia/gonorrhea results sent to the health department",
   cat="repro")
def _():
    rows = [["lab_accession", "patient_last", "patient_first", "dob", "sex", "collected", "test", "result", "provider"],
            ["TC2606-11873", "Abernathy", "Kayla", "2004-03-11", "F", "2026-06-01", "CT NAAT", "Detected", "Westbrook CHC"],
            ["TC2606-11874", "Soto", "Diego", "2001-09-27", "M", "2026-06-01", "GC NAAT", "Detected", "Westbrook CHC"],
            ["TC2606-11902", "Pham", "Linh", "1999-12-05", "F", "2026-06-02", "CT NAAT", "Detected", "Marrowfield OB/GYN"],
            ["TC2606-11940", "Greer", "Tamika", "2006-01-19", "F", "2026-06-02", "CT NAAT; GC NAAT", "Detected; Detected", "Calder HS School-Based Clinic"]]
    body = T("""
    Weekly CT/GC positives for your jurisdiction, week ending 6/3.
    4 records. Please confirm receipt.

    Tri-County Reference Lab - Client Services
    """)
    return mail(("TCRL Client Services", "clientservices@tcrl.example.net"), ("STD Surveillance", "std.surv@" + CC),
                "Weekly CT/GC positives wk ending 06/03/2026", D(2026, 6, 4, 7, 30),
                mixed(text(body), att("text/csv", csv_text(rows), "ctgc_positives_20260603.csv", cte="quoted-printable")))


@M("que-tranh-thai-nghien-cuu-vi", "restricted",
   "Vietnamese: contraceptive-implant study follow-up to the named participant (contraceptive care)",
   lang="vi", cat="repro")
def _():
    body = T("""
    Chào chị Trần Thị Mai,

    Em là Hạnh, điều phối viên của nghiên cứu về que cấy tránh thai tại
    Marrowfield Health. Chị đã được cấy que tránh thai ở cánh tay trái
    ngày 10/02/2026, nên lần tái khám 3 tháng của chị là:

      Thứ Ba, ngày 12/05/2026, lúc 16 giờ 30
      Phòng khám Sức khỏe Phụ nữ, tầng 2

    Lần này bác sĩ sẽ kiểm tra chỗ cấy que, hỏi chị về tình trạng ra máu
    bất thường và đo huyết áp. Chị nhớ mang theo sổ ghi chép ra máu mà
    nhóm nghiên cứu đã phát cho chị nhé.

    Nếu cần đổi lịch, chị gọi cho em theo số 555-0133.

    Cảm ơn chị,
    Nguyễn Mỹ Hạnh
    """)
    return mail(("Nguyễn Mỹ Hạnh", "hnguyen@" + MF), ("Trần Thị Mai", "tranthimai@" + PX),
                "Nhắc lịch tái khám nghiên cứu que cấy tránh thai", D(2026, 5, 5, 10, 0),
                text(body, "utf-8", "base64"))


@M("ivf-cycle-registry-html-table", "restricted",
   "IVF outcome registry submission with named patients, cycle dates and outcomes (fertility care)",
   cat="repro")
def _():
    rows = [["MF-26-0114", "Alvarez, Noemi", "1989-04-02", "2026-01-19", "IVF/ICSI, fresh", "2", "Positive hCG, clinical pregnancy"],
            ["MF-26-0118", "Castellanos, Rebecca", "1984-10-23", "2026-01-27", "FET", "1", "Negative"],
            ["MF-26-0121", "Oduya, Grace", "1992-06-15", "2026-02-03", "Oocyte cryopreservation", "0", "14 oocytes frozen"]]
    htm = ("<html><body><p>Hi Tom,</p><p>Q1 cycles that were missing from the national registry upload are below. "
           "Please re-key them before the 3/31 lock.</p>\n"
           + html_table(["Cycle ID", "Patient", "DOB", "Retrieval/transfer", "Type", "Embryos", "Outcome"], rows)
           + "<p>Thanks,<br>Marta, Meridian Fertility data</p></body></html>\n")
    return mail(("Marta Lindqvist", "mlindqvist@meridian-fertility.example.com"),
                ("Tom Bakshi", "tbakshi@meridian-fertility.example.com"),
                "registry upload - missing Q1 cycles", D(2026, 3, 24, 14, 12),
                html(htm, cte="base64"))


@M("rca-medication-abortion-hemorrhage", "restricted",
   "root-cause analysis of an incident involving a named patient after a medication abortion",
   cat="repro")
def _():
    body = T("""
    PRIVILEGED AND CONFIDENTIAL - PATIENT SAFETY WORK PRODUCT

    RCA2 team,

    Draft timeline for Thursday's meeting (event #PSE-2026-0418):

    Patient: Andrea Kowalczyk, 27, MRN 4092277
    02/14  Seen at Eastgate Women's Health for medication abortion at 8w2d,
           mifepristone given in clinic, misoprostol taken at home 02/15.
    02/16  Called nurse line 21:40 reporting heavy bleeding (soaking 2 pads
           per hour x 2 hrs). Advised to "monitor and call back" - protocol
           says ED referral at that threshold.
    02/17  Presented to Marrowfield ED 04:10, Hgb 7.1, retained products on
           ultrasound, taken for uterine aspiration, 2 units PRBC.
    02/18  Discharged home, stable.

    Preliminary contributing factors: nurse-line triage script out of date
    (2023 version), float RN not oriented to the reproductive health
    protocol, no callback scheduled.

    Please review before Thursday and add anything I've missed.

    Beth Sandoval, RN, CPPS
    Patient Safety Officer
    """)
    return mail(("Beth Sandoval", "bsandoval@" + MF),
                [("RCA Team PSE-2026-0418", "rca-0418@" + MF)],
                "RCA draft timeline - PSE-2026-0418", D(2026, 2, 24, 7, 55, "-0500"), body)


@M("fwd-prenatal-lues-case-rfc822", "restricted",
   "forwarded-as-attachment message about a named pregnant patient's syphilis result and treatment plan",
   cat="repro")
def _():
    inner = mail(("Dr. Helena Moss", "hmoss@" + MF), ("Perinatal Hep B / CS Coordinator", "perinatal@" + CC),
                 "prenatal reactive RPR - Gutierrez", D(2026, 7, 14, 9, 10),
                 T("""
                 Hello,

                 Reporting a pregnant patient with a reactive screen:
                 Valeria Gutierrez, DOB 12/09/2000, 22 weeks by LMP.
                 RPR 1:16, treponemal EIA reactive (07/13). No prior
                 treatment history in our records. First dose benzathine
                 penicillin scheduled for 7/15; she will need 3 weekly doses.
                 Partner has not been tested.

                 Helena Moss, MD - OB/GYN
                 """))
    body = T("""
    Fwd for the congenital syphilis prevention review. Original attached.

    Nadia
    """)
    return mail(("Nadia Rahimi", "nrahimi@" + CC), ("Congenital Syphilis Review", "cs-review@" + CC),
                "Fwd: prenatal case for review", D(2026, 7, 14, 11, 2),
                mixed(text(body), Rfc822(inner, "prenatal reactive RPR.eml")))


@M("collab-care-registry-phq9", "restricted",
   "collaborative-care registry review: named patients with PHQ-9 scores and antidepressant changes",
   cat="mental")
def _():
    rows = [["Garrity, Lorraine", "4411092", "19 &rarr; 14", "sertraline 100 mg", "increase to 150 mg"],
            ["Mbeki, Thandiwe", "4427518", "22 &rarr; 21", "escitalopram 20 mg", "switch; consider bupropion augmentation"],
            ["Halvorsen, Peter", "4398031", "16 &rarr; 8", "CBT weekly", "continue; on track"]]
    htm = ("<html><body><p>Psychiatric consultant review, week of 3/9. Not at target:</p>\n"
           + html_table(["Patient", "MRN", "PHQ-9 (baseline &rarr; now)", "Current tx", "Psychiatrist recommendation"], rows)
           + "<p>Dr. Farouk<br>Collaborative Care / Behavioral Health Integration</p></body></html>\n")
    plain = T("""
    Psychiatric consultant review, week of 3/9. Not at target:

    Garrity, Lorraine  4411092  PHQ-9 19 -> 14  sertraline 100 mg  -> increase to 150 mg
    Mbeki, Thandiwe    4427518  PHQ-9 22 -> 21  escitalopram 20 mg -> switch; consider bupropion augmentation
    Halvorsen, Peter   4398031  PHQ-9 16 -> 8   CBT weekly         -> continue; on track

    Dr. Farouk
    Collaborative Care / Behavioral Health Integration
    """)
    return mail(("Yusuf Farouk, MD", "yfarouk@" + MF), ("Millbrook Care Managers", "cocm-millbrook@" + MF),
                "CoCM registry review 3/9", D(2026, 3, 10, 12, 30), alt(text(plain), html(htm)))


@M("ptsd-trial-screening-log", "restricted",
   "screening log for a PTSD therapy trial with participant names, dates and CAPS-5 scores", cat="mental")
def _():
    body = T("""
    Weekly screening log - STRIDE-PE (prolonged exposure vs. written
    exposure therapy for PTSD), site 03

    Date       Name                 Source        CAPS-5  Outcome
    ---------- -------------------- ------------- ------  ----------------------
    2026-01-05 Marcus Delahaye      VA referral     41    Eligible, consented
    2026-01-06 Joanna Piatek        self-referral   28    Eligible, consented
    2026-01-07 Terrence Ogundipe    clinic          19    Screen fail (below 25)
    2026-01-08 Wendy Castellano     clinic          37    Eligible, declined
    2026-01-09 Ahmed Saleh          VA referral     44    Pending - med review

    Totals: screened 5, eligible 4, consented 2.

    Let me know if the sponsor wants initials instead of names on this
    going forward.
    Keisha
    """)
    return mail(("Keisha Dunmore", "kdunmore@" + MF), ("STRIDE-PE Site 03", "stride-site03@" + MF),
                "STRIDE-PE screening log wk 1", D(2026, 1, 9, 16, 45, "-0500"), body)


@M("safety-event-psych-unit-ligature", "restricted",
   "automated patient-safety event report about a named patient's self-harm attempt on the psychiatric unit",
   cat="mental")
def _():
    body = T("""
    SAFEWATCH EVENT REPORT #E-2026-02291
    Submitted: 2026-03-03 02:48   Severity: Temporary harm (E)
    Location: Inpatient Psychiatry, Unit 5 West, Room 512
    Event type: Self-harm / suicide attempt

    Patient: Colin Ashworth   MRN 5033871   Age 34
    Admitting dx: major depressive disorder, recurrent, severe; admitted
    02/28 after overdose attempt, on 15-minute checks.

    Description: At 01:55 patient found in bathroom with bedsheet tied
    around neck, conscious and breathing. Ligature removed, rapid response
    called, neck abrasion only. Placed on 1:1 observation. Psychiatrist on
    call (Dr. Imogen Tate) notified 02:05.

    Immediate actions: bathroom door hinge reviewed by facilities; sheets
    removed from room.

    Reporter: night charge RN (name withheld by reporter)
    This report is routed to: Unit 5W manager, Patient Safety, Risk Mgmt.
    """)
    return mail(("SafeWatch", "safewatch-noreply@" + MF), [("5W Nurse Manager", "5w-manager@" + MF),
                ("Patient Safety", "patientsafety@" + MF)],
                "[SafeWatch] New event E-2026-02291 - 5 West", D(2026, 3, 3, 2, 49, "-0500"), body)


@M("riammissione-anoressia-it", "restricted",
   "Italian: readmission review of a named patient with anorexia nervosa in an eating-disorder programme",
   lang="it", cat="mental")
def _():
    body = T("""
    Gentili colleghi,

    per la riunione di giovedì sulle riammissioni a 30 giorni vi anticipo
    il caso della sig.na Giulia Ferrandi (cartella 22-091734, 19 anni).

    - Dimessa il 02/02/2026 dal reparto per i disturbi alimentari con BMI
      16,4 e piano di follow-up in day hospital.
    - Riammessa il 21/02/2026 con BMI 14,9, bradicardia (FC 42) e
      ipokaliemia (K 2,9).
    - Non si è presentata a due delle tre sedute di psicoterapia
      programmate; la famiglia riferisce restrizione alimentare e attività
      fisica compulsiva.

    Punti da discutere: tempi di attesa per il day hospital, contatto
    telefonico nelle 72 ore dopo la dimissione, coinvolgimento della
    famiglia (FBT).

    Cordiali saluti,
    Dott.ssa Chiara Benvenuti
    Qualità e Rischio Clinico
    """)
    return mail(("Chiara Benvenuti", "c.benvenuti@ospedale-sanvitale.example.it.test"),
                ("Comitato Riammissioni", "riammissioni@ospedale-sanvitale.example.it.test"),
                "Riammissioni a 30 giorni - caso per giovedì", D(2026, 3, 2, 17, 20, "+0100"),
                text(body, "utf-8", "quoted-printable"))


@M("adhd-yakmul-yeongu-dongui-ko", "restricted",
   "borderline: Korean (EUC-KR) consent follow-up for a named child in an ADHD medication study run by child psychiatry; ADHD treatment by a psychiatric service is mental health",
   lang="ko", cat="mental")
def _():
    body = T("""
    박지훈 어머님께,

    안녕하세요. 마로우필드 병원 소아청소년정신건강의학과 연구팀입니다.

    지난주 외래에서 박서준 어린이(2016년 8월 4일생)의 ADHD 약물치료
    연구 참여에 대해 설명드렸는데, 동의서 3쪽 보호자 서명란과 아동
    동의서(assent)가 빠져 있었습니다.

    서명이 완료되어야 다음 방문(4월 22일 오후 3시)에 첫 연구약을
    처방받을 수 있습니다. 방문 시 원본을 가져오시거나 미리 병원
    연구지원실에 제출해 주세요.

    문의: 연구간호사 이수민 (555-0149)

    감사합니다.
    """)
    return mail(("이수민", "smlee@" + MF), ("박지훈", "jihoon.park@" + PX),
                "[연구 동의서] 서명 누락 안내 - 박서준", D(2026, 4, 14, 13, 0),
                text(body, "euc-kr", "base64"), cs="euc-kr")


@M("lithium-level-study-participant-ar", "restricted",
   "Arabic (windows-1256): coordinator sends a named bipolar-study participant her lithium level",
   lang="ar", cat="mental")
def _():
    body = T("""
    السيدة ريم الحسيني المحترمة،

    تحية طيبة،

    وصلتنا نتيجة تحليل الدم الذي أجريتِه في زيارة الدراسة يوم 9 مارس.
    مستوى الليثيوم لديكِ 1.3 ملي مول/لتر، وهو أعلى قليلاً من النطاق
    المستهدف في دراسة علاج الاضطراب ثنائي القطب (0.6 إلى 1.0).

    طلب الطبيب النفسي المشرف على الدراسة، الدكتور كريم منصور، تخفيض
    الجرعة إلى 600 ملغ يومياً ابتداءً من الليلة، وإعادة التحليل بعد
    أسبوع. إذا شعرتِ برعشة شديدة أو إسهال أو دوخة، يرجى الاتصال بنا
    فوراً على الرقم 555-0181.

    مع أطيب التمنيات،
    سلمى العطار
    منسقة الدراسة
    """)
    return mail(("سلمى العطار", "salattar@" + MF), ("ريم الحسيني", "reem.hussaini@" + PM),
                "نتيجة تحليل الليثيوم - زيارة الدراسة", D(2026, 3, 11, 15, 30),
                text(body, "windows-1256", "base64"), cs="windows-1256")


@M("hedis-saa-chart-chase-members", "restricted",
   "HEDIS chart chase for antipsychotic adherence in schizophrenia listing named members", cat="mental")
def _():
    body = T("""
    Westbrook Behavioral Health - Medical Records,

    Greyfern Health Plan is collecting records for the HEDIS MY2025 hybrid
    review. The members below are in the Adherence to Antipsychotic
    Medications for Individuals With Schizophrenia (SAA) measure and we need
    progress notes and medication lists for calendar year 2025:

      Member ID      Name               DOB
      GFH30017742    Dwayne Whitcombe   07/12/1980
      GFH30021905    Lourdes Imbert     02/28/1975
      GFH30033318    Nikolai Varga      11/03/1992

    Please upload to the ChartQuest portal by 04/10/2026 using request
    number CQ-88214, or fax to 555-0160.

    Thank you,
    Greyfern Quality Management - HEDIS Team
    """)
    return mail(("Greyfern HEDIS Team", "hedis@" + GF), ("Westbrook BH Records", "bh-records@" + WB),
                "HEDIS MY2025 record request CQ-88214", D(2026, 3, 16, 9, 5), body)


@M("overdose-followup-bup-referral", "restricted",
   "borderline: overdose surveillance follow-up of a named patient; the overdose alone is not treatment, but his buprenorphine start and OTP intake are", cat="sud")
def _():
    body = T("""
    Hi Rosa,

    Following up on the ED overdose alert from Saturday. The peer recovery
    coach met Travis Lindgren (DOB 10/30/1993) at bedside at St. Anselm
    after his naloxone reversal. He agreed to start buprenorphine:
    ED gave first 8 mg dose and a bridge script, and he has an intake at
    Bayside Recovery Services on Tuesday 4/28 at 10am.

    Can your team do the 72-hour check-in call? Best number is his
    sister's, 555-0176.

    Thanks,
    Owen Delacroix
    Overdose Response Program, Calder County Public Health
    """)
    return mail(("Owen Delacroix", "odelacroix@" + CC), ("Rosa Iglesias", "riglesias@" + BR),
                "OD follow-up - Saturday alert", D(2026, 4, 27, 9, 40), body)


@M("moud-trial-ae-injection-site-pdf", "restricted",
   "adverse-event form (PDF) for a named participant's injection-site abscess on extended-release buprenorphine",
   cat="sud")
def _():
    p = pdf([[
        "ADVERSE EVENT REPORT FORM - Protocol NPC-OUD-204",
        "",
        "Site: 11 (Marrowfield Addiction Medicine)    Participant ID: 11-0087",
        "Participant: Shannon Pruitt    DOB: 05/21/1987",
        "",
        "Study treatment: extended-release buprenorphine 300 mg SC monthly",
        "Last injection: 02/02/2026 (dose 3)",
        "",
        "Event: injection-site abscess, abdomen, right lower quadrant",
        "Onset: 02/09/2026    Severity: Grade 2    Serious: No",
        "Action: incision and drainage 02/11/2026, cephalexin x 7 days",
        "Relationship to study drug: probably related",
        "Outcome: recovering",
        "",
        "Participant continues in opioid use disorder treatment; next injection",
        "to be given on the left side of the abdomen.",
        "",
        "Investigator: Dr. Farida Ostrowska    Date: 02/12/2026",
    ]], flate=True, title="AE Report 11-0087")
    body = T("""
    Please find the AE form for 11-0087 attached for medical monitor review.

    Regards,
    Tomasz Lenart, CRC
    """)
    return mail(("Tomasz Lenart", "tlenart@" + MF), ("Northpoint Safety Desk", "safety@" + NP),
                "AE form - site 11", D(2026, 2, 12, 15, 20, "-0500"),
                mixed(text(body), att("application/pdf", p, "AE_11-0087.pdf")))


@M("zamisna-terapiia-metadon-uk", "restricted",
   "Ukrainian (windows-1251): methadone programme dose change for a named patient", lang="uk", cat="sud")
def _():
    body = T("""
    Шановна пані Олено,

    повідомляємо щодо пацієнта Андрія Коваленка (1982 р. н., картка
    ЗПТ-0417), який отримує замісну підтримувальну терапію метадоном у
    нашому кабінеті.

    З 2 березня дозу метадону збільшено з 60 до 70 мг на добу через
    симптоми відміни ввечері. Аналіз сечі від 26 лютого негативний на
    опіоїди, крім метадону. Пацієнт просить дозволу на отримання доз
    додому на вихідні, рішення ухвалимо на засіданні команди 9 березня.

    Прошу оновити дані в реєстрі програми.

    З повагою,
    Ірина Мельник, лікар-нарколог
    Кабінет ЗПТ, Bayside Recovery Services
    тел. 555-0136
    """)
    return mail(("Ірина Мельник", "imelnyk@" + BR), ("Олена Бондар", "obondar@" + BR),
                "Зміна дози метадону - Коваленко А.", D(2026, 3, 2, 12, 15, "-0500"),
                text(body, "windows-1251", "quoted-printable"), cs="windows-1251")


@M("contingency-mgmt-voucher-ledger", "restricted",
   "contingency-management study voucher ledger naming participants and their urine drug screen results",
   cat="sud")
def _():
    rows = [["participant", "name", "visit_date", "uds_stimulants", "uds_opioids", "streak", "voucher_usd"],
            ["CM-014", "Lamont Fairweather", "2026-08-03", "neg", "neg", "6", "27.50"],
            ["CM-014", "Lamont Fairweather", "2026-08-06", "neg", "neg", "7", "30.00"],
            ["CM-022", "Brianna Hostetler", "2026-08-03", "pos (methamphetamine)", "neg", "0", "0.00"],
            ["CM-031", "Esteban Caicedo", "2026-08-05", "neg", "neg", "3", "17.50"]]
    body = T("""
    Finance - attached is this week's CM voucher ledger for the
    stimulant-use-disorder study so you can load the gift cards.
    Brianna's reset to zero after Monday's positive.

    Thx, Dev
    """)
    return mail(("Dev Raghunathan", "draghunathan@" + MF), ("Research Finance", "research-finance@" + MF),
                "CM vouchers wk 32", D(2026, 8, 7, 10, 5),
                mixed(text(body), att("text/csv", csv_text(rows), "cm_vouchers_wk32.csv")))


@M("readmit-review-subject-withdrawal", "restricted",
   "only the Subject names the patient's 30-day readmission after alcohol detox", cat="sud")
def _():
    body = T("""
    Adding this one to Tuesday's list. Chart is already in the review
    folder. Can someone from pharmacy join for this case?

    Leah
    """)
    return mail(("Leah Moreau", "lmoreau@" + MF), ("Readmission Review", "readmit-review@" + MF),
                "Readmit review: Dale Whitcomb, 30-day readmit after inpatient alcohol detox",
                D(2026, 5, 15, 14, 2), body)


@M("naltrexone-sharab-adhyayan-hi", "restricted",
   "Hindi: study follow-up to a named participant on naltrexone for alcohol use disorder",
   lang="hi", cat="sud")
def _():
    body = T("""
    प्रिय श्री राजेश वर्मा जी,

    नमस्ते। शराब सेवन विकार अध्ययन में भाग लेने के लिए धन्यवाद।

    आपकी अगली मुलाक़ात गुरुवार, 9 जुलाई 2026 को सुबह 11 बजे है। इस
    मुलाक़ात में डॉक्टर आपकी नाल्ट्रेक्सोन की खुराक की समीक्षा करेंगे,
    लिवर की जाँच (LFT) के लिए खून लिया जाएगा, और आपसे पिछले चार
    हफ़्तों में पीने के दिनों के बारे में पूछा जाएगा।

    कृपया अपनी दवा की डिब्बी साथ लाएँ। अगर आपको मतली या पेट में दर्द
    हो रहा है, तो हमें पहले ही बता दें।

    संपर्क: 555-0128

    सादर,
    अनीता शर्मा
    अध्ययन समन्वयक, Marrowfield Health
    """)
    return mail(("अनीता शर्मा", "asharma@" + MF), ("राजेश वर्मा", "rajesh.verma@" + PM),
                "आपकी अगली अध्ययन मुलाक़ात - 9 जुलाई", D(2026, 7, 2, 10, 45),
                text(body, "utf-8", "base64"))


@M("fwd-sbirt-iop-referral-rfc822", "restricted",
   "the attached forwarded message refers a named ED patient with opioid use disorder to an IOP",
   cat="sud")
def _():
    inner = mail(("ED SBIRT Team", "sbirt@" + SA), ("Bayside Intake", "intake@" + BR),
                 "IOP referral - Melendez, Hector", D(2026, 9, 8, 22, 15),
                 T("""
                 Referral to intensive outpatient program

                 Patient: Hector Melendez  DOB 01/15/1990
                 Seen in St. Anselm ED 9/8 for opioid withdrawal. Reports
                 daily fentanyl use x 2 years. Started buprenorphine in ED,
                 COWS 14 -> 5. Interested in IOP, evenings preferred
                 (works days). Phone 555-0119.

                 SBIRT coordinator: Abigail Trent
                 """))
    body = T("""
    Forwarding the ED referral we got last night - can quality add it to
    the SBIRT-to-treatment linkage audit? Intake is booked for Thursday.
    """)
    return mail(("Bayside Intake", "intake@" + BR), ("Quality - Linkage Audit", "quality@" + BR),
                "FW: IOP referral from St. Anselm ED", D(2026, 9, 9, 8, 30),
                mixed(text(body), Rfc822(inner, "IOP referral.eml")))


# =====================================================================
# phi (65), part 1: clinical research
# =====================================================================

@M("cardiqor-screening-log-csv", "phi",
   "trial screening log CSV with participant names, DOBs, screening dates and lab-based screen-fail reasons")
def _():
    rows = [["screen_no", "name", "dob", "screen_date", "lvef_pct", "egfr", "ntprobnp", "status", "reason"],
            ["S-0301", "Harold Vance", "1951-02-11", "2026-02-02", "30", "52", "2140", "eligible", ""],
            ["S-0302", "Patricia Oyelowo", "1958-09-30", "2026-02-03", "41", "61", "880", "screen fail", "LVEF > 40"],
            ["S-0303", "Gerald Fontaine", "1946-06-04", "2026-02-05", "25", "24", "5310", "screen fail", "eGFR < 30"],
            ["S-0304", "Min-jung Cho", "1963-12-17", "2026-02-06", "34", "70", "1620", "eligible", ""],
            ["S-0305", "Everett Lyle", "1955-04-22", "2026-02-06", "28", "48", "3050", "pending", "awaiting echo over-read"]]
    body = T("""
    Hi Kerry,

    Updated CARDIQOR-HF screening log for February is attached. Two
    eligible so far this month, one pending the echo over-read.

    Reminder the sponsor template wants initials only - I left full names
    in for our internal copy, so please don't forward this one.

    Dana Whitlock, CCRC
    Cardiology Research, Marrowfield Health
    """)
    return mail(("Dana Whitlock", "dwhitlock@" + MF), ("Kerry Osei", "kosei@" + MF),
                "CARDIQOR-HF screening log - Feb", D(2026, 2, 6, 17, 10, "-0500"),
                mixed(text(body), att("text/csv", csv_text(rows), "CARDIQOR_screening_log_Feb2026.csv")))


@M("copd-study-outreach-html", "phi",
   "recruitment letter to a named patient that cites her COPD and her pulmonary clinic visit")
def _():
    plain = T("""
    Dear Ms. Ferguson,

    Our records show you were seen in the Marrowfield Pulmonary Clinic on
    January 14 for your COPD. Dr. Anand, your lung doctor, thought you might
    be interested in BREATHE-HOME, a research study testing a home
    pulmonary rehabilitation program for people with COPD who have had a
    flare in the past year.

    Taking part is voluntary and will not affect your care. If you would
    like to hear more, reply to this e-mail or call 555-0107.

    Sincerely,
    BREATHE-HOME Study Team
    """)
    htm = T("""
    <html><body>
    <p>Dear Ms. Ferguson,</p>
    <p>Our records show you were seen in the Marrowfield Pulmonary Clinic on January 14 for your
    <b>COPD</b>. Dr. Anand, your lung doctor, thought you might be interested in <b>BREATHE-HOME</b>,
    a research study testing a home pulmonary rehabilitation program for people with COPD who have
    had a flare in the past year.</p>
    <p>Taking part is voluntary and will not affect your care. If you would like to hear more, reply
    to this e-mail or call 555-0107.</p>
    <p>Sincerely,<br>BREATHE-HOME Study Team</p>
    <p style="font-size:9px;color:#888">To stop receiving study invitations, reply STOP.</p>
    </body></html>
    """)
    return mail(("BREATHE-HOME Study Team", "breathe-home@" + MF), ("Gloria Ferguson", "gferguson@" + PM),
                "An invitation from your pulmonary care team", D(2026, 2, 19, 10, 0, "-0500"),
                alt(text(plain), html(htm, cte="quoted-printable")))


@M("migralux-consent-page-missing", "phi",
   "coordinator asks a named participant to re-sign a consent page before her next migraine-study infusion")
def _():
    body = T("""
    Hi Renata,

    Sorry to bother you - during our monitoring visit we noticed page 7 of
    your consent form (the optional blood sample section) wasn't initialed.
    Could you come 15 minutes early to your next MIGRALUX visit so we can
    fix it? That's your visit 4 infusion on Tuesday 4/14 at 8:00 am.

    Also, please keep filling in the headache diary app every evening -
    your migraine days for March are showing only 9 entries.

    Thanks so much,
    Alyssa Brandt
    Neurology Research Coordinator
    555-0163
    """)
    return mail(("Alyssa Brandt", "abrandt@" + MF), ("Renata Kowalski", "renata.kowalski@" + PX),
                "quick consent fix before your 4/14 visit", D(2026, 4, 7, 11, 22), body)


@M("ae-hepatotoxicity-form-pdf", "phi",
   "adverse-event PDF with a named participant, DOB and rising liver enzymes on study drug")
def _():
    p = pdf([[
        "HALVORSEN THERAPEUTICS - SERIOUS ADVERSE EVENT REPORT",
        "Protocol HT-2207 (CARDIQOR-HF)        Site 05",
        "",
        "Subject: 05-0114    Initials: H.V.    Name (site copy): Harold Vance",
        "DOB: 11-Feb-1951    Sex: M    Weight: 84 kg",
        "",
        "Event term: Drug-induced liver injury",
        "Onset date: 09-Mar-2026",
        "Seriousness: hospitalization (admitted 10-Mar-2026)",
        "",
        "Lab values:",
        "  ALT  412 U/L (baseline 28)    AST 366 U/L (baseline 31)",
        "  Total bilirubin 2.6 mg/dL     ALP 141 U/L",
        "",
        "Action with study drug: permanently discontinued 09-Mar-2026",
        "Concomitant: furosemide 40 mg, metoprolol succinate 50 mg, atorvastatin 40 mg",
        "Causality (investigator): possibly related",
        "",
        "Investigator signature: ______________   Date: 11-Mar-2026",
    ]], title="SAE HT-2207 05-0114")
    body = T("""
    Initial SAE report for 05-0114 attached (24h clock started 3/10 15:00).
    Hepatology consult is pending; follow-up report to come.

    Kerry Osei, Research Nurse
    """)
    return mail(("Kerry Osei", "kosei@" + MF), [("HT-2207 Safety", "ht2207.safety@" + HT),
                ("Northpoint Safety Desk", "safety@" + NP)],
                "HT-2207 SAE initial - site 05", D(2026, 3, 11, 13, 55),
                mixed(text(body), att("application/pdf", p, "SAE_HT2207_05-0114_initial.pdf")))


@M("coordinator-sends-visit-labs", "phi",
   "coordinator e-mails a named participant his own lab results from a study visit")
def _():
    body = T("""
    Hi Mr. Abernethy,

    Your lab results from visit 3 (March 30) came back. Dr. Levin asked
    me to share them with you:

      Potassium      5.6 mmol/L   (high; normal 3.5-5.1)
      Creatinine     1.4 mg/dL    (up from 1.1 at baseline)
      eGFR           52
      Hemoglobin     12.9 g/dL

    Because your potassium is a little high, Dr. Levin would like you to
    skip your study tablet tomorrow and come in Thursday morning for a
    repeat blood test. No need to fast. Please keep taking your lisinopril
    as usual unless she tells you otherwise.

    Call me at 555-0164 if you have questions.

    Best,
    Marisa Okonkwo, Research Coordinator
    Nephrology Clinical Trials Unit
    """)
    return mail(("Marisa Okonkwo", "mokonkwo@" + MF), ("Glen Abernethy", "glen.abernethy@" + PM),
                "Your visit 3 lab results", D(2026, 4, 1, 15, 40), body)


@M("irb-deviation-report-dosing-error", "phi",
   "IRB protocol-deviation report naming a participant who received a double dose of study drug")
def _():
    body = T("""
    Marrowfield Human Research Protection Office - eIRB notification

    Submission: Reportable New Information (RNI)
    Study: IRB-2025-0418  "Oral anticoagulant reversal in elderly
           patients with atrial fibrillation"
    PI: Dr. Constance Yeager
    Submitted by: Jordan Pak

    Description of event:
    On 03/18/2026 participant 0418-022, Ms. Winifred Salas (DOB
    07/07/1940), received two doses of study drug 6 hours apart because
    the evening dose was given by the inpatient team without checking the
    research MAR. She was monitored on telemetry overnight; INR 1.9 the
    next morning, no bleeding. The participant and her daughter were
    informed on 03/19.

    Corrective action: research pharmacy label now carries the
    "RESEARCH - DO NOT DISPENSE FROM FLOOR STOCK" banner.

    Log in to eIRB to review: https://eirb.marrowfield.example.org/rni/2026-0077
    """)
    return mail(("eIRB", "eirb-noreply@" + MF), [("Dr. Constance Yeager", "cyeager@" + MF),
                ("HRPO Reviewers", "hrpo-review@" + MF)],
                "[eIRB] RNI submitted: IRB-2025-0418 (RNI-2026-0077)", D(2026, 3, 20, 9, 12), body)


@M("dsmb-closed-listing-html", "phi",
   "DSMB closed-session listing with participant IDs, dates of birth and serious adverse events")
def _():
    rows = [["104-0007", "1949-08-13", "Arm B", "2026-01-22", "Pneumonia requiring hospitalization", "Not related"],
            ["104-0019", "1955-03-02", "Arm A", "2026-02-04", "Atrial fibrillation with RVR", "Possibly related"],
            ["221-0003", "1961-11-26", "Arm B", "2026-02-10", "Acute kidney injury, creatinine 3.2", "Probably related"],
            ["221-0011", "1944-05-19", "Arm A", "2026-02-15", "Fall with distal radius fracture", "Not related"]]
    htm = ("<html><body><p><b>CONFIDENTIAL - DSMB CLOSED SESSION</b></p>"
           "<p>Listing 14.3.2: Serious adverse events by treatment arm, data cut 2026-02-28</p>\n"
           + html_table(["Participant", "Date of birth", "Arm", "Onset", "SAE", "Relatedness"], rows)
           + "<p>Unblinded statistician: Priscilla Oduya, Lakeshore DCC</p></body></html>\n")
    return mail(("Priscilla Oduya", "poduya@" + LK), [("DSMB Members - HT-2207", "dsmb-ht2207@" + LK)],
                "DSMB closed report - Listing 14.3.2", D(2026, 3, 6, 16, 0, "-0500"),
                mixed(text("Closed listing below (HTML) and the full closed report in the secure folder.\n"),
                      html(htm, cte="base64")))


@M("deidentified-extract-still-names", "phi",
   "an extract labelled de-identified that still carries patient names, full admit dates and diagnoses")
def _():
    rows = [["pt_name", "admit_date", "discharge_date", "age", "zip", "primary_dx", "los_days", "readmit_30d"],
            ["MCALLISTER, JOAN", "2025-11-03", "2025-11-08", "78", "00114", "I50.23 acute on chronic systolic HF", "5", "Y"],
            ["PETROVIC, MILAN", "2025-11-04", "2025-11-06", "64", "00112", "J44.1 COPD with exacerbation", "2", "N"],
            ["DUBOIS, ANNETTE", "2025-11-07", "2025-11-15", "82", "00119", "A41.9 sepsis", "8", "Y"],
            ["OKWU, SAMUEL", "2025-11-09", "2025-11-12", "59", "00114", "E11.65 T2DM with hyperglycemia", "3", "N"]]
    body = T("""
    Hi Prof. Lindahl,

    Here's the de-identified extract for the readmission model, Nov 2025
    admissions. Let me know if you need more columns.

    Thanks,
    Tyler (Analytics)
    """)
    return mail(("Tyler Brooks", "tbrooks@" + MF), ("Ingrid Lindahl", "ilindahl@" + MF),
                "de-identified extract - Nov admits", D(2026, 1, 15, 10, 20, "-0500"),
                mixed(text(body), att("text/csv", csv_text(rows), "deid_readmit_nov2025.csv")))


@M("limited-dataset-json-mrn-dob", "phi",
   "a 'limited data set' JSON extract that keeps MRNs, DOBs and A1c values")
def _():
    data = {"dataset": "dm-outcomes-2026q1", "deidentification": "limited data set (per DUA-2026-014)",
            "records": [
                {"mrn": "2208145", "dob": "1957-01-30", "sex": "F", "a1c": [9.8, 8.6], "insulin": True, "last_visit": "2026-02-11"},
                {"mrn": "2213390", "dob": "1969-10-04", "sex": "M", "a1c": [7.1, 7.4], "insulin": False, "last_visit": "2026-03-02"},
                {"mrn": "2231872", "dob": "1948-06-21", "sex": "M", "a1c": [10.9, 10.2], "insulin": True, "last_visit": "2026-01-27"}]}
    body = T("""
    First 3 records of the extract so you can test your parser. Full file
    on the SFTP tonight.
    """)
    return mail(("Research Data Warehouse", "rdw@" + MF), ("Wen Zhao", "wzhao@" + LK),
                "dm-outcomes-2026q1 sample", D(2026, 4, 3, 18, 2),
                mixed(text(body), att("application/json", json.dumps(data, indent=1) + "\n", "dm_outcomes_sample.json")))


@M("dua-appendix-with-real-rows", "phi",
   "data-use agreement draft whose appendix example rows are real patients with names and procedures")
def _():
    body = T("""
    Hi Marcus,

    Redlines from our side on the DUA with Lakeshore are below. One thing
    I need fixed before this goes to the signatory: Appendix B ("example
    records") was filled in from a live pull instead of the template.

    -- Appendix B as it stands --
    Name             DOB         Procedure                      Date
    Eleanor Pruitt   1950-03-12  Total knee arthroplasty, L     2025-10-02
    Victor Amsel     1962-08-29  CABG x3                         2025-10-05
    Yolanda Trevino  1971-12-01  Laparoscopic cholecystectomy    2025-10-07

    Please replace with the synthetic rows from the template (ZZTEST
    names) and re-send.

    Section 4.2: we agree to the 3-year retention, but destruction must be
    certified in writing.

    Thanks,
    Naomi Castellanos
    Research Contracts Office
    """)
    return mail(("Naomi Castellanos", "ncastellanos@" + MF), ("Marcus Feld", "mfeld@" + LK),
                "DUA-2026-014 redlines", D(2026, 2, 27, 14, 30, "-0500"), body)


@M("evento-adverso-sitio-es", "phi",
   "Spanish (ISO-8859-1): site reports a named participant's hospitalisation for pneumonia as an adverse event",
   lang="es")
def _():
    body = T("""
    Estimada Dra. Villaseñor:

    Le informo de un evento adverso grave en el sitio 07 del ensayo
    HT-2207:

    Participante: 07-0023, Sr. Ramón Echeverría Solís
    Fecha de nacimiento: 03/05/1949
    Evento: neumonía adquirida en la comunidad con ingreso hospitalario
    Fecha de inicio: 22/04/2026; ingreso el 23/04/2026
    Tratamiento: ceftriaxona y azitromicina intravenosas
    Medicación del estudio: interrumpida temporalmente
    Relación con el fármaco: no relacionada, según el investigador

    El informe completo se enviará en las próximas 24 horas. El paciente
    evoluciona favorablemente y se prevé el alta el lunes.

    Atentamente,
    Íñigo Larrañaga
    Coordinador de ensayos, Hospital Clínico San Ramón
    """)
    return mail(("Íñigo Larrañaga", "ilarranaga@hcsr.example.es.test"),
                ("Dra. Beatriz Villaseñor", "bvillasenor@" + NP),
                "Evento adverso grave - sitio 07, participante 07-0023", D(2026, 4, 24, 13, 10, "+0200"),
                text(body, "iso-8859-1", "quoted-printable"), cs="iso-8859-1", mode="Q")


@M("studientermin-vorhofflimmern-de", "phi",
   "German (ISO-8859-1 8bit): study-visit reminder to a named participant in an atrial fibrillation trial",
   lang="de")
def _():
    body = T("""
    Sehr geehrter Herr Baumgärtner,

    wir möchten Sie an Ihren nächsten Studientermin im Rahmen der Studie
    zum Vorhofflimmern erinnern:

      Donnerstag, 7. Mai 2026, 9:00 Uhr
      Studienzentrum Kardiologie, Gebäude C, 1. OG

    Bei diesem Termin schreiben wir ein EKG, lesen Ihren Event-Recorder
    aus und nehmen Blut für den Gerinnungswert ab. Bitte nehmen Sie Ihre
    Studienmedikation am Morgen wie gewohnt ein und bringen Sie die
    Packung mit.

    Sollten Sie verhindert sein, rufen Sie uns bitte unter 555-0152 an.

    Mit freundlichen Grüßen
    Ihr Studienteam
    Katrin Möller, Studienassistenz
    """)
    return mail(("Katrin Möller", "k.moeller@klinikum-elsterau.example.de.test"),
                ("Heinz Baumgärtner", "h.baumgaertner@" + PX),
                "Erinnerung: Ihr Studientermin am 7. Mai", D(2026, 4, 30, 8, 30, "+0200"),
                text(body, "iso-8859-1", "8bit"), cs="iso-8859-1", mode="Q")


@M("pk-sample-hemolysed-redraw", "phi",
   "lab tells the coordinator a named participant's pharmacokinetic sample haemolysed and needs a redraw")
def _():
    body = T("""
    Hi Dana,

    The 4-hour PK tube for Min-jung Cho (S-0304 / randomised 05-0121),
    drawn 03/24 at 13:05, arrived hemolysed and can't be run. Please redraw
    at her next visit if the protocol window allows; her trough from the
    same day was fine (CARDIQOR 18 ng/mL).

    Also, her potassium on the safety panel was 5.4 - flagged to Dr. Levin.

    Sam
    Central Lab Liaison, Northpoint
    """)
    return mail(("Sam Whitaker", "swhitaker@" + NP), ("Dana Whitlock", "dwhitlock@" + MF),
                "hemolysed PK sample - site 05", D(2026, 3, 26, 10, 5), body)


@M("reply-quoted-screening-a1c", "phi",
   "the reply says only thanks; the quoted message lists named screening candidates with A1c values")
def _():
    q = T("""
    From: Oscar Lindgren <olindgren@marrowfield.example.org>
    Sent: Monday, June 8, 2026 3:12 PM
    To: Research Recruitment <recruit@marrowfield.example.org>
    Subject: possible candidates for GLYCO-STEP

    Pulled from clinic today, all have A1c between 8 and 10 and no insulin:
    - Beatrice Olumide, 61, A1c 8.7 (05/29), on metformin + glipizide
    - Frank Castellano, 55, A1c 9.4 (06/02), metformin only
    - Hyun-woo Baek, 48, A1c 8.2 (06/04), metformin + sitagliptin
    Dr. Reyes OK'd contacting them.
    """)
    body = "Thanks Oscar - got them, will call this week.\n\nAmara\n\n" + q
    return mail(("Amara Eze", "aeze@" + MF), ("Oscar Lindgren", "olindgren@" + MF),
                "RE: possible candidates for GLYCO-STEP", D(2026, 6, 8, 16, 1), body,
                in_reply_to=ref(MF))


@M("biobank-reconsent-colectomy-tissue", "phi",
   "borderline: biobank asks a named donor to re-consent for her stored colectomy tissue; no genetic result is given, so phi not genetic")
def _():
    body = T("""
    Dear Mrs. Halloway,

    In 2019, when you had surgery for colon cancer at Marrowfield, you
    agreed to let us store a small piece of the tissue removed during your
    colectomy in the Marrowfield BioRepository.

    Our consent form has been updated. Because your original consent
    covered only cancer research, we need your permission before we can
    share your sample with studies of other bowel diseases, such as
    Crohn's disease and ulcerative colitis.

    A short form is attached to the portal message we sent you today. You
    can also sign at your oncology follow-up on June 2.

    With thanks,
    Leonora Vance
    BioRepository Consent Office, 555-0122
    """)
    return mail(("Leonora Vance", "lvance@" + MF), ("Margaret Halloway", "mhalloway@" + PM),
                "Your stored tissue sample - new consent request", D(2026, 5, 20, 11, 0), body)


@M("irb-continuing-review-narrative", "phi",
   "IRB continuing-review narrative describes a named older participant's fall and hip fracture")
def _():
    body = T("""
    Dear Dr. Ruiz,

    For the continuing review of IRB-2023-0912 (exercise and fall
    prevention in adults over 70), the committee asked for more detail on
    the one serious adverse event listed in Section 6. Please confirm the
    text below is accurate before we attach it:

      "Participant M.T. (Margaret Tellez, 77, enrolled 02/2025) fell at
       home on 11/14/2025 while not exercising, sustained a left femoral
       neck fracture and underwent hemiarthroplasty on 11/15/2025. She
       was discharged to rehab on 11/19 and withdrew from the study on
       12/01/2025. The event was judged unrelated to the intervention."

    We would also like to remove her full name before the packet goes to
    the board.

    Regards,
    Esther Mbatha, IRB Analyst
    """)
    return mail(("Esther Mbatha", "embatha@" + MF), ("Dr. Alejandro Ruiz", "aruiz@" + MF),
                "IRB-2023-0912 continuing review - SAE narrative", D(2026, 1, 28, 12, 40, "-0500"), body)


@M("tanghua-xuehongdanbai-yanjiu-zh", "phi",
   "Chinese (GB2312 base64): coordinator tells a named diabetes-study participant her HbA1c and next blood draw",
   lang="zh")
def _():
    body = T("""
    王秀兰阿姨您好：

    我是马洛菲尔德医院糖尿病研究组的李静。感谢您一直参加我们的研究。

    您三月份的检查结果出来了：糖化血红蛋白（HbA1c）是7.9%，比上次的
    8.6%有所下降。空腹血糖是8.1 mmol/L。张医生说效果不错，请继续按
    原来的剂量服用二甲双胍和研究药物。

    下次抽血时间是4月16日（星期四）上午8点，请空腹来，带上血糖记录本。

    如果时间不方便，请打电话 555-0147 找我。

    祝您身体健康！
    李静
    研究协调员
    """)
    return mail(("李静", "jli@" + MF), ("王秀兰", "wangxiulan@" + PX),
                "您的研究检查结果和下次抽血时间", D(2026, 4, 2, 14, 20),
                text(body, "gb2312", "base64"), cs="gb2312")


# =====================================================================
# phi, part 2: quality and care management
# =====================================================================

@M("mammogram-care-gap-list-csv", "phi",
   "care-gap CSV of named patients with DOBs who are overdue for a screening mammogram")
def _():
    rows = [["mrn", "patient", "dob", "pcp", "last_mammogram", "gap", "phone"],
            ["1190273", "Arlene Pettibone", "1958-07-09", "Dr. Hsu", "2023-05-14", "BCS-E overdue", "555-0171"],
            ["1190618", "Dolores Mancini", "1962-02-25", "Dr. Hsu", "never", "BCS-E overdue", "555-0172"],
            ["1192044", "Shirin Tavakoli", "1966-10-13", "Dr. Okafor", "2023-11-30", "BCS-E overdue", "555-0173"],
            ["1193377", "Janet Lockridge", "1954-04-01", "Dr. Okafor", "2022-09-08", "BCS-E overdue", "555-0174"]]
    body = T("""
    Millbrook team - this month's mammogram gap list (4 left after last
    week's outreach). Please call and offer the Saturday mobile unit slots.

    Population Health Analytics
    """)
    return mail(("Population Health Analytics", "pophealth-analytics@" + MF),
                ("Millbrook Care Team", "millbrook-care@" + MF),
                "BCS-E gap list - Millbrook - April", D(2026, 4, 6, 6, 0),
                mixed(text(body), att("text/csv", csv_text(rows), "bcs_gaps_millbrook_2026-04.csv")))


@M("a1c-over-9-html-table", "phi",
   "HTML table of named diabetic patients whose last A1c is over 9 with next-step assignments")
def _():
    rows = [["Leroy Gaines", "2208145", "10.4", "2026-02-11", "RN care manager call"],
            ["Marguerite Tolliver", "2211730", "9.6", "2026-01-20", "Pharmacist visit"],
            ["Sunil Bhattacharya", "2219021", "11.2", "2025-12-03", "Overdue visit - schedule"],
            ["Candace Rowe", "2220448", "9.1", "2026-03-01", "Diabetes education class"]]
    htm = ("<html><body><p>Good morning,</p><p>GSD &gt;9 list for the Westbrook panel. "
           "These are the patients driving our HEDIS GSD-poor-control rate:</p>\n"
           + html_table(["Patient", "MRN", "Last A1c", "Date", "Assigned"], rows)
           + "<p>Please document outreach in the registry by Friday.</p><p>Jackie Morrow, RN<br>"
             "Quality Coordinator</p></body></html>\n")
    return mail(("Jackie Morrow", "jmorrow@" + WB), ("Westbrook Care Managers", "caremgmt@" + WB),
                "A1c > 9 outreach list", D(2026, 3, 16, 7, 45), html(htm))


@M("hedis-cbp-chart-chase-request", "phi",
   "health plan's HEDIS chart-chase request for named members' blood-pressure readings")
def _():
    body = T("""
    Dear Provider Office,

    ChartQuest Retrieval is collecting medical records on behalf of
    Greyfern Health Plan for the HEDIS Controlling High Blood Pressure
    (CBP) measure. Please provide the most recent 2025 office visit note
    with a blood pressure reading and the hypertension diagnosis for:

      1. Reginald Otieno     DOB 03/21/1961   Member GFH20044817
      2. Patrice Delmonico   DOB 09/08/1957   Member GFH20051163
      3. Arturo Benavides    DOB 12/30/1968   Member GFH20059402

    Upload at https://upload.chartquest.example.net using request CQ-90117
    or fax to 555-0169 Attn: HEDIS. Requested by 04/15/2026.

    ChartQuest Retrieval Services
    """)
    return mail(("ChartQuest Retrieval", "requests@" + CQ), ("Millbrook Front Office", "millbrook-frontdesk@" + MF),
                "Medical record request CQ-90117 (Greyfern HEDIS)", D(2026, 3, 23, 9, 30), body)


@M("chart-chase-subject-cervical-screen", "phi",
   "borderline: only the Subject carries the member ID, DOB and cervical-screening measure; cervical screening is not a restricted reproductive category")
def _():
    body = T("""
    Please upload the pathology report to the portal by 6/30. Thank you.

    Greyfern HEDIS Team
    """)
    return mail(("Greyfern HEDIS Team", "hedis@" + GF), ("Eastgate Records", "records@eastgate-wh.example.org"),
                "Chart chase: member GFH40021877 DOB 03/14/1983 - CCS cervical cancer screening (Pap 2024)",
                D(2026, 6, 9, 10, 10), body)


@M("fw-readmission-review-chf-outlook", "phi",
   "forwarded readmission review (Outlook block) of a named patient readmitted with heart failure")
def _():
    body = T("""
    Can you pull the discharge med rec for this one before committee?

    Thanks,
    Roberta

    ________________________________
    From: Case Management - 4 North <cm-4north@marrowfield.example.org>
    Sent: Tuesday, May 5, 2026 4:51 PM
    To: Readmission Review <readmit-review@marrowfield.example.org>
    Subject: 30-day readmit - Feliciano, Jorge

    Jorge Feliciano, 71, MRN 3002719
    Index admit 04/10-04/14 acute on chronic HFrEF (EF 25%), discharged
    on furosemide 40 mg BID, told to weigh daily. Readmitted 05/02 with
    7 kg weight gain, BNP 2,900. Says he never picked up the new
    furosemide dose and his scale is broken. No follow-up call was made;
    clinic appointment had been set for 05/06 (after the readmit).

    Linda Ocampo, RN CM
    """)
    return mail(("Roberta Fiske", "rfiske@" + MF), ("Pharmacy Quality", "pharmacy-quality@" + MF),
                "FW: 30-day readmit - Feliciano, Jorge", D(2026, 5, 6, 8, 12), body)


@M("rca-wrong-level-spine-pdf", "phi",
   "RCA report PDF on a wrong-level spine surgery, naming the patient and the procedures")
def _():
    p = pdf([[
        "MARROWFIELD HEALTH - ROOT CAUSE ANALYSIS (DRAFT v2)",
        "Privileged and confidential patient safety work product",
        "",
        "Event: wrong-level lumbar decompression        Event #: PSE-2026-0213",
        "Patient: Bernard Kaczmarek   MRN 3550918   Age 63",
        "",
        "Summary",
        "On 01/27/2026 the patient was scheduled for L4-L5 laminectomy. Intraoperative",
        "fluoroscopy was read as L4-L5 but the decompression was performed at L3-L4.",
        "The error was recognised on postoperative MRI on 01/28 and the patient",
        "returned to the OR on 01/29 for the intended L4-L5 decompression.",
        "Postoperative pain managed with oxycodone 5 mg q4h PRN; discharged 02/01.",
        "",
        "Contributing factors",
        "1. Transitional lumbosacral anatomy not noted on the pre-op imaging report.",
        "2. Level marking relied on a single fluoroscopy shot.",
        "3. Time-out did not include confirmation of the imaging count.",
        "",
        "Action plan: two-view localisation with a second reader; RCA2 sign-off 03/15.",
    ], [
        "Disclosure: Dr. Helmut Sorensen and the patient-relations team met with",
        "Mr. Kaczmarek and his wife on 01/28/2026. CANDOR process initiated.",
    ]], title="RCA PSE-2026-0213")
    body = T("""
    Attached is draft v2 of the RCA. Please send edits by Friday so we can
    meet the 45-day deadline.

    Beth
    """)
    return mail(("Beth Sandoval", "bsandoval@" + MF), [("RCA Team PSE-2026-0213", "rca-0213@" + MF)],
                "RCA draft v2", D(2026, 2, 26, 17, 5, "-0500"),
                mixed(text(body), att("application/pdf", p, "RCA_PSE-2026-0213_v2.pdf")))


@M("peer-review-referral-rfc822", "phi",
   "peer-review referral with the original case message attached, naming a patient with a delayed appendicitis diagnosis")
def _():
    inner = mail(("Dr. Lena Hoffmann", "lhoffmann@" + MF), ("Medical Staff Quality", "msq@" + MF),
                 "case for peer review", D(2026, 6, 1, 21, 40),
                 T("""
                 I'd like to refer a case. Tessa Grunewald, 19 (MRN 4120877),
                 was seen in the ED 5/28 with RLQ pain, discharged with a
                 diagnosis of gastroenteritis without imaging. Returned 5/30
                 with perforated appendicitis, underwent laparoscopic
                 appendectomy with drain, 6 days inpatient on IV
                 piperacillin-tazobactam.

                 Lena Hoffmann, MD, General Surgery
                 """))
    body = T("""
    Dr. Abara,

    A new referral for the Emergency Medicine peer-review committee is
    attached. Please screen and assign a reviewer within 14 days.

    Medical Staff Quality
    """)
    return mail(("Medical Staff Quality", "msq@" + MF), ("Dr. Chidi Abara", "cabara@" + MF),
                "New peer review referral PR-2026-041", D(2026, 6, 2, 9, 0),
                mixed(text(body), Rfc822(inner, "case for peer review.eml")))


@M("safety-event-fall-on-apixaban-html", "phi",
   "automated HTML patient-safety report of a named patient's fall with head strike while on apixaban")
def _():
    htm = T("""
    <html><body style="font-family:Segoe UI,Arial">
    <h3>SafeWatch - New Event Submitted</h3>
    <table border="0" cellpadding="3">
    <tr><td><b>Event #</b></td><td>E-2026-03108</td></tr>
    <tr><td><b>Type</b></td><td>Fall - with injury</td></tr>
    <tr><td><b>Unit</b></td><td>6 South Medicine, Room 622</td></tr>
    <tr><td><b>Patient</b></td><td>Agnes Thornbury (MRN 2871190), 88 F</td></tr>
    <tr><td><b>Date/time</b></td><td>04/12/2026 05:20</td></tr>
    <tr><td><b>Narrative</b></td><td>Found on floor next to bed, bed alarm not on. Struck head on
      nightstand. On apixaban 5 mg BID for atrial fibrillation. Stat CT head negative for bleed.
      Neuro checks q1h x 4.</td></tr>
    <tr><td><b>Harm level</b></td><td>Minor (laceration, 2 sutures)</td></tr>
    </table>
    <p><a href="https://safewatch.marrowfield.example.org/events/E-2026-03108">Open in SafeWatch</a></p>
    </body></html>
    """)
    return mail(("SafeWatch", "safewatch-noreply@" + MF), ("6S Nurse Manager", "6s-manager@" + MF),
                "[SafeWatch] New event E-2026-03108 - 6 South", D(2026, 4, 12, 5, 41),
                html(htm, cte="quoted-printable"))


@M("cancer-registry-abstract-psv", "phi",
   "cancer-registry submission file (pipe-delimited) with named patients, DOBs, primary sites and stage")
def _():
    recs = hl7(
        "REC|REGID|LAST|FIRST|DOB|SEX|DX_DATE|PRIMARY_SITE|HISTOLOGY|STAGE|FIRST_COURSE",
        "A|MF26-00411|KOWALCZUK|EDWARD|19520810|1|20260108|C34.1 upper lobe lung|8140/3 adenocarcinoma|IIIA|chemoradiation",
        "A|MF26-00412|ABERNATHY|LOUISE|19670219|2|20260112|C50.4 breast UOQ|8500/3 duct carcinoma|IA|lumpectomy+RT",
        "A|MF26-00418|NGUYEN|VAN TAM|19590603|1|20260120|C22.0 liver|8170/3 HCC|II|resection",
        "T|3")
    body = T("""
    Q1 batch 1 of 4 for the state cancer registry, 3 abstracts. The
    validation report showed no edits failing.

    Yvette Carrow, CTR
    Marrowfield Cancer Registry
    """)
    return mail(("Yvette Carrow", "ycarrow@" + MF), ("State Cancer Registry Intake", "ccr.intake@" + RS),
                "Q1 submission batch 1/4 - facility 0417", D(2026, 4, 9, 11, 15),
                mixed(text(body), att("text/plain", recs, "MF0417_2026Q1_b1.txt", cte="base64")))


@M("stroke-registry-dtn-query", "phi",
   "stroke-registry abstraction query about a named patient's alteplase timing and NIHSS")
def _():
    body = T("""
    Hi Dr. Petrakis,

    Abstracting for the stroke registry and I'm stuck on one case:

    Patient: Wanda Stroud, MRN 2640981, arrived ED 02/22/2026 at 14:06
    (last known well 13:15). NIHSS 14 at arrival. CT 14:21. Alteplase
    bolus documented 15:02 in the MAR but the nursing note says 14:52.

    Which time should I use? At 15:02 her door-to-needle is 56 minutes,
    at 14:52 it's 46. Either way she misses the 45-minute goal, but the
    registry wants the actual time. Also, was the delay due to BP control
    (there's labetalol at 14:40)? If so I can add it as the documented
    reason for delay.

    Thanks,
    Kimberly Osterhaus, RN
    Stroke Program Coordinator
    """)
    return mail(("Kimberly Osterhaus", "kosterhaus@" + MF), ("Dr. Nikos Petrakis", "npetrakis@" + MF),
                "registry question - tPA time", D(2026, 3, 4, 13, 30, "-0500"), body)


@M("trauma-registry-injury-coding", "phi",
   "trauma registrar's question on a named patient's injuries and ISS after a motorcycle crash")
def _():
    body = T("""
    Dr. Mwangi,

    For the trauma registry, can you confirm the injuries for Dustin
    Pelletier (trauma #26-0389, MRN 4733016, arrived 07/04 via EMS after a
    motorcycle crash)? From the chart I have:

      - Left femoral shaft fracture (ORIF 07/05)
      - Splenic laceration grade III, managed nonoperatively
      - Right 4-6 rib fractures
      - Mild TBI, GCS 14, CT negative

    That gives me an ISS of 22. The op note also mentions a pelvic ring
    injury - was that ruled out on CT? It would change the ISS.

    Thank you,
    Graciela Montoya, CSTR
    Trauma Registry
    """)
    return mail(("Graciela Montoya", "gmontoya@" + SA), ("Dr. Peter Mwangi", "pmwangi@" + SA),
                "registry - Pelletier ISS check", D(2026, 7, 20, 10, 45), body)


@M("abstracao-sepse-pt", "phi",
   "Portuguese (ISO-8859-1 8bit): sepsis-bundle abstraction questions about a named patient",
   lang="pt")
def _():
    body = T("""
    Oi Dra. Patrícia,

    Estou fazendo a abstração do indicador de sepse (pacote de 3 horas)
    e preciso confirmar dois pontos do caso abaixo antes de fechar o mês:

      Paciente: Sebastião Moura Coelho, prontuário 0917244
      Entrada no PS: 11/03/2026 às 22h40
      Lactato inicial: 4,6 mmol/L às 23h15
      Hemoculturas: 23h30
      Antibiótico (piperacilina-tazobactam): 00h52 do dia 12/03

    1) O horário de reconhecimento da sepse é 23h15 (lactato) ou 22h40
       (triagem com hipotensão)?
    2) A reposição de 30 mL/kg de cristaloide foi iniciada? Não encontrei
       a prescrição, só a evolução de enfermagem citando "soro aberto".

    Obrigada,
    Luciana Teixeira
    Núcleo de Qualidade e Segurança do Paciente
    """)
    return mail(("Luciana Teixeira", "lteixeira@hsl.example.br.test"),
                ("Dra. Patrícia Amaral", "pamaral@hsl.example.br.test"),
                "Abstração sepse - dúvida prontuário 0917244", D(2026, 4, 6, 9, 20, "-0300"),
                text(body, "iso-8859-1", "8bit"), cs="iso-8859-1", mode="Q")


@M("riammissione-polmonite-it", "phi",
   "Italian (ISO-8859-1 QP): readmission review of a named patient readmitted with pneumonia",
   lang="it")
def _():
    body = T("""
    Buongiorno Dott. Ricci,

    le segnalo una riammissione entro 30 giorni da discutere nell'audit
    di aprile:

      Paziente: Sig. Vittorio Lombardo, nato il 12/09/1941
      Primo ricovero: 05/03 - 11/03/2026, polmonite da Streptococcus
      pneumoniae, dimesso con amoxicillina-clavulanato per os
      Riammissione: 24/03/2026 per polmonite ab ingestis, SpO2 86%

    Dalla cartella risulta che alla dimissione non è stata eseguita la
    valutazione della deglutizione, nonostante l'ictus del 2024. La
    logopedista conferma disfagia moderata.

    Cordiali saluti,
    Francesca Gallo
    Ufficio Qualità
    """)
    return mail(("Francesca Gallo", "f.gallo@ospedale-sanvitale.example.it.test"),
                ("Dott. Marco Ricci", "m.ricci@ospedale-sanvitale.example.it.test"),
                "Riammissione a 30 giorni - Sig. Lombardo", D(2026, 4, 2, 10, 5, "+0200"),
                text(body, "iso-8859-1", "quoted-printable"), cs="iso-8859-1", mode="Q")


@M("med-rec-audit-quoted-warfarin", "phi",
   "medication-reconciliation audit reply quoting a pharmacist's note on a named patient's warfarin error")
def _():
    q = T("""
    -----Original Message-----
    From: Farah Qureshi, PharmD
    Sent: Wednesday, August 12, 2026 2:10 PM
    To: Med Safety Committee
    Subject: med rec miss

    Ivan Sokolov (MRN 3320184) was discharged 8/10 with warfarin 7.5 mg
    daily on the AVS - his home dose is 5 mg. Pharmacy caught it at the
    anticoagulation clinic on 8/12, INR was already 3.9. Dose held x1,
    resume 5 mg, recheck INR Friday.
    """)
    body = T("""
    Adding this to the September audit sample. Farah, can you pull the
    discharge med rec for the other two warfarin discharges from 4 North
    that week?

    Deb
    """) + "\n" + q
    return mail(("Deborah Kline", "dkline@" + MF), ("Med Safety Committee", "medsafety@" + MF),
                "RE: med rec miss", D(2026, 8, 12, 15, 2), body, in_reply_to=ref(MF))


@M("gestora-cuidado-examen-ojos-es", "phi",
   "Spanish (UTF-8 QP HTML): care manager tells a named patient his diabetic eye exam is overdue and offers an appointment",
   lang="es")
def _():
    htm = T("""
    <html><body>
    <p>Estimado Sr. Aurelio Cárdenas:</p>
    <p>Le escribe Patricia Quiñones, su gestora de cuidados en el Centro de Salud Westbrook.</p>
    <p>Según su expediente, su <b>examen de ojos para la diabetes</b> está pendiente desde
    junio de 2024, y su último resultado de hemoglobina A1c fue de 8,4&nbsp;%.</p>
    <p>Tenemos una cita disponible con la oftalmóloga el <b>miércoles 20 de mayo a las 10:00</b>.
    ¿Le viene bien? Responda a este correo o llámenos al 555-0115.</p>
    <p>Saludos cordiales,<br>Patricia Quiñones, RN<br>Gestión de cuidados</p>
    </body></html>
    """)
    plain = T("""
    Estimado Sr. Aurelio Cárdenas:

    Le escribe Patricia Quiñones, su gestora de cuidados en el Centro de
    Salud Westbrook. Según su expediente, su examen de ojos para la
    diabetes está pendiente desde junio de 2024, y su último resultado de
    hemoglobina A1c fue de 8,4 %.

    Tenemos una cita disponible con la oftalmóloga el miércoles 20 de
    mayo a las 10:00. ¿Le viene bien? Responda a este correo o llámenos al
    555-0115.

    Saludos cordiales,
    Patricia Quiñones, RN
    """)
    return mail(("Patricia Quiñones", "pquinones@" + WB), ("Aurelio Cárdenas", "aurelio.cardenas@" + PM),
                "Su examen de ojos para la diabetes", D(2026, 5, 11, 9, 45),
                alt(text(plain, "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")))


@M("cuoc-goi-sau-xuat-vien-vi", "phi",
   "Vietnamese (UTF-8 QP): transitions-of-care call log about a named patient after discharge for COPD",
   lang="vi")
def _():
    body = T("""
    Chị Lan ơi,

    Em gửi ghi chú cuộc gọi 48 giờ sau xuất viện để chị nhập vào hệ thống:

    Bệnh nhân: ông Lê Văn Thành, mã hồ sơ 2950331
    Xuất viện: 16/06/2026, đợt cấp bệnh phổi tắc nghẽn mạn tính (COPD)
    Gọi ngày 18/06 lúc 10 giờ, nói chuyện với con gái ông (chị Hoa).

    - Ông đã uống đủ prednisone 5 ngày, còn 2 ngày nữa.
    - Ông chưa lấy ống hít tiotropium mới ở nhà thuốc vì bảo hiểm cần
      phê duyệt trước.
    - Hẹn tái khám với bác sĩ Park ngày 23/06, gia đình sẽ đưa đi.
    - Không khó thở thêm, không sốt.

    Em đã nhắn bác sĩ Park về ống hít.

    Cảm ơn chị,
    Thu (điều dưỡng chăm sóc chuyển tiếp)
    """)
    return mail(("Đỗ Minh Thu", "dthu@" + MF), ("Phạm Ngọc Lan", "plan@" + MF),
                "Ghi chú gọi điện sau xuất viện - ông Thành", D(2026, 6, 18, 11, 5),
                text(body, "utf-8", "quoted-printable"))


@M("ics-case-conference-high-utilizer", "phi",
   "calendar invite for a care-management case conference on a named frequent ED user with COPD and CHF")
def _():
    desc = ("Complex care conference for Harold Tran (MRN 2733018): 9 ED visits and 4 admissions in 6 months "
            "for COPD and CHF exacerbations. Agenda: home O2 assessment, cardiology follow-up gaps, "
            "transport barriers, enrolment in home-based primary care.")
    ic = ics("REQUEST", "w23-cc-tran@" + MF, "20260415T130000", "20260415T133000",
             "Case conference - H. Tran", ("Sonia Alcott", "salcott@" + MF),
             [("Dr. Miriam Petrov", "mpetrov@" + MF), ("Isaac Behr", "ibehr@" + MF), ("Home Health Liaison", "hh-liaison@" + MF)],
             desc, "Teams")
    return mail(("Sonia Alcott", "salcott@" + MF),
                [("Dr. Miriam Petrov", "mpetrov@" + MF), ("Isaac Behr", "ibehr@" + MF), ("Home Health Liaison", "hh-liaison@" + MF)],
                "Case conference - H. Tran", D(2026, 4, 9, 15, 0),
                mixed(text("Invite attached. Please review the care plan in Tessera before the call.\n"),
                      cal(ic, filename="case_conference.ics")))


@M("marked-encrypt-readmission-dashboard", "phi",
   "borderline: the sender marks it [encrypt] though it holds only aggregate readmission rates (marked-secure rule)")
def _():
    body = T("""
    Q2 readmission dashboard attached as numbers below.

    All-cause 30-day readmissions: 11.2% (Q1 12.6%)
    Heart failure: 17.9%   COPD: 15.1%   Pneumonia: 12.4%
    Observed/expected ratio: 0.94

    Sending encrypted per the committee's habit for all QI mail.

    Isaac
    """)
    return mail(("Isaac Behr", "ibehr@" + MF), ("Quality Committee", "quality-committee@" + MF),
                "[encrypt] Q2 readmission dashboard", D(2026, 7, 9, 9, 0), body)


@M("filename-only-colonoscopy-pathology", "phi",
   "borderline: the body and PDF are a generic cover sheet; the patient, DOB and procedure are only in the attachment's file name")
def _():
    p = pdf([[
        "FAX COVER SHEET",
        "",
        "To: ChartQuest Retrieval - Greyfern HEDIS",
        "From: Millbrook Family Medicine - Medical Records",
        "Pages (including cover): 3",
        "",
        "Re: record request CQ-91140",
        "",
        "Please see following pages.",
    ]], title="Fax cover")
    body = "Here's the item for CQ-91140.\n\nMedical Records\n"
    return mail(("Millbrook Medical Records", "millbrook-records@" + MF), ("ChartQuest Retrieval", "requests@" + CQ),
                "CQ-91140", D(2026, 5, 4, 14, 5),
                mixed(text(body), att("application/pdf", p, "Ruiz_Hector_DOB1961-02-07_colonoscopy_path_2025-09.pdf")))


@M("qp-html-readmission-drilldown", "phi",
   "the plain half has only aggregate rates; the HTML half's drill-down lists named readmitted patients")
def _():
    plain = T("""
    Readmissions dashboard - May 2026
    All-cause 30-day readmission rate: 11.8%
    View the HTML version for the unit drill-down.
    """)
    htm = T("""
    <html><body>
    <h2>Readmissions dashboard - May 2026</h2>
    <p>All-cause 30-day readmission rate: <b>11.8%</b></p>
    <h3>4 North drill-down (readmitted within 7 days)</h3>
    <table border="1" cellpadding="3" cellspacing="0">
    <tr><th>Patient</th><th>MRN</th><th>Index dx</th><th>Readmit dx</th><th>Days</th></tr>
    <tr><td>Estelle Marchetti</td><td>2981107</td><td>Cellulitis, L leg</td><td>Sepsis</td><td>3</td></tr>
    <tr><td>Wilbur Dankworth</td><td>2990452</td><td>GI bleed</td><td>Recurrent GI bleed, Hgb 6.8</td><td>5</td></tr>
    <tr><td>Ana Paula Reis</td><td>3000118</td><td>Pyelonephritis</td><td>AKI</td><td>6</td></tr>
    </table>
    </body></html>
    """)
    return mail(("Quality Analytics", "quality-analytics@" + MF), ("4 North Leadership", "4north-leaders@" + MF),
                "Readmissions dashboard - May", D(2026, 6, 3, 6, 30),
                alt(text(plain), html(htm, cte="quoted-printable")))


@M("dpp-enrollment-prediabetes", "phi",
   "diabetes-prevention programme writes to a named patient about his prediabetic A1c and class start")
def _():
    body = T("""
    Hi Mr. Odum,

    Dr. Sato referred you to our Diabetes Prevention Program after your
    recent A1c of 6.1% (prediabetes range). You're enrolled in the
    Tuesday evening group starting June 2 at 6:00 pm in the Westbrook
    community room. The first session includes a weigh-in and a food log
    walkthrough.

    Coach Danielle, 555-0118
    """)
    return mail(("Westbrook DPP", "dpp@" + WB), ("Samuel Odum", "samodum@" + PX),
                "Welcome to the Diabetes Prevention Program", D(2026, 5, 22, 12, 0), body)


# =====================================================================
# phi, part 3: population and public health
# =====================================================================

@M("tb-case-report-smear-positive", "phi",
   "TB case report for a named patient with a positive sputum smear and four-drug therapy")
def _():
    body = T("""
    Calder County TB Program,

    Reporting a suspected pulmonary TB case, admitted to airborne
    isolation today:

      Name: Ngozi Adeyemi     DOB 08/19/1979    MRN 5120346
      Address: 2210 Linden Ct, Calder Falls
      Occupation: home health aide
      Symptoms: cough x 2 months, night sweats, 6 kg weight loss
      CXR: right upper lobe cavity
      Sputum AFB smear: 3+ (04/20), NAAT positive for M. tuberculosis
      complex, rifampin resistance not detected
      Treatment: isoniazid, rifampin, pyrazinamide, ethambutol started 04/21

    Household: husband and two children (ages 9 and 13).

    Please call Infection Prevention at 555-0140 to arrange DOT at
    discharge.

    Meredith Shaw, MPH, CIC
    Infection Prevention, Marrowfield Health
    """)
    return mail(("Meredith Shaw", "mshaw@" + MF), ("TB Program", "tb@" + CC),
                "TB case report - smear positive", D(2026, 4, 21, 16, 20), body)


@M("tb-contact-investigation-csv", "phi",
   "TB contact-investigation CSV with named contacts, their IGRA results and chest X-ray findings")
def _():
    rows = [["index_case", "contact_name", "dob", "relation", "exposure_hrs", "igra_date", "igra", "cxr", "plan"],
            ["TB-26-0113", "Olumide Adeyemi", "1976-02-03", "spouse", "high", "2026-04-28", "positive", "normal", "LTBI tx 3HP"],
            ["TB-26-0113", "Tolu Adeyemi", "2016-11-20", "child", "high", "2026-04-28", "negative", "normal", "window prophylaxis, retest 8 wk"],
            ["TB-26-0113", "Kemi Adeyemi", "2012-06-07", "child", "high", "2026-04-28", "positive", "normal", "LTBI tx 4R"],
            ["TB-26-0113", "Loretta Quigley", "1944-09-15", "home care client", "medium", "2026-04-30", "indeterminate", "pending", "repeat IGRA"]]
    body = T("""
    Contact list for TB-26-0113 after the first round of testing.
    Two IGRA-positive household contacts, both with normal films.
    I'll bring the DOT schedule Friday.

    Ifeoma
    """)
    return mail(("Ifeoma Nwosu", "inwosu@" + CC), ("TB Program Nurses", "tb-nurses@" + CC),
                "TB-26-0113 contacts round 1", D(2026, 5, 1, 15, 30),
                mixed(text(body), att("text/csv", csv_text(rows), "TB-26-0113_contacts.csv", cte="quoted-printable")))


@M("hepc-case-report-rna", "phi",
   "borderline: hepatitis C case report for a named patient (HCV RNA, genotype); hepatitis C is not an STI or HIV category, so phi")
def _():
    body = T("""
    REPORTABLE DISEASE CASE REPORT - HEPATITIS C, CHRONIC

    Reporting facility: Westbrook Community Health Center
    Patient: Lorna Beech   DOB 11/02/1985   Sex F
    Address: 57 Mill Race Rd #3, Calder Falls
    Phone: 555-0185
    HCV antibody: reactive 06/09/2026
    HCV RNA: 1,420,000 IU/mL 06/12/2026   Genotype 1a
    ALT 88 U/L, FIB-4 1.9
    Pregnant: no
    Treatment plan: sofosbuvir/velpatasvir x 12 weeks, prior
    authorization submitted 06/15

    Reported by: Dr. Kwame Asante, 555-0110
    """)
    return mail(("Dr. Kwame Asante", "kasante@" + WB), ("Hepatitis Surveillance", "hepatitis@" + CC),
                "Case report - hepatitis C", D(2026, 6, 15, 17, 40), body)


@M("iis-query-response-hl7-rsp", "phi",
   "immunisation-registry query response (HL7 RSP) with a named child's vaccine history")
def _():
    msg = hl7(
        "MSH|^~\\&|CALDERIIS|CCHD|WBCHC_EHR|WESTBROOK|20260310091512-0500||RSP^K11^RSP_K11|IIS2603100094|P|2.5.1|||NE|NE|||||Z32^CDCPHINVS",
        "MSA|AA|WB2603100031",
        "QAK|WB2603100031|OK|Z34^Request Immunization History^CDCPHINVS",
        "QPD|Z34^Request Immunization History^CDCPHINVS|WB2603100031|W552019^^^WESTBROOK^MR|Ibarra^Sofia^Lucia|Ibarra^Carmen|20220614|F",
        "PID|1||W552019^^^WESTBROOK^MR~IIS0883412^^^CALDERIIS^SR||Ibarra^Sofia^Lucia||20220614|F|||315 Kestrel Way^^Calder Falls^RV^00113",
        "ORC|RE||IIS-77810^CALDERIIS",
        "RXA|0|1|20230615||03^MMR^CVX|0.5|mL^^UCUM||01^Historical^NIP001",
        "ORC|RE||IIS-77811^CALDERIIS",
        "RXA|0|1|20230615||21^Varicella^CVX|0.5|mL^^UCUM||01^Historical^NIP001",
        "ORC|RE||IIS-77812^CALDERIIS",
        "RXA|0|1|20231220||20^DTaP^CVX|0.5|mL^^UCUM||01^Historical^NIP001",
        "OBX|1|CE|30979-9^Vaccines due next^LN|1|03^MMR^CVX||||||F",
        "OBX|2|DT|30980-7^Date vaccine due^LN|1|20260614||||||F")
    body = "Here's the raw RSP for the Ibarra kid - looks like the 4-year MMR/varicella\nis due in June, the forecaster agrees.\n\n" + msg
    return mail(("Ben Carver", "bcarver@" + WB), ("Westbrook Peds Nurses", "peds-rn@" + WB),
                "IIS lookup result", D(2026, 3, 10, 9, 20, "-0500"), body)


@M("norovirus-ltc-line-list-csv", "phi",
   "outbreak line list CSV of named nursing-home residents and staff with onset dates and symptoms")
def _():
    rows = [["case_no", "name", "role", "unit", "age", "onset", "vomiting", "diarrhea", "hospitalized", "stool_pcr"],
            ["1", "Mildred Havlicek", "resident", "Maple", "91", "2026-01-11", "Y", "Y", "N", "norovirus GII"],
            ["2", "Lionel Breckenridge", "resident", "Maple", "84", "2026-01-12", "Y", "N", "N", ""],
            ["3", "Yesenia Cordova", "CNA", "Maple", "32", "2026-01-12", "Y", "Y", "N", "norovirus GII"],
            ["4", "Ruth Engebretsen", "resident", "Birch", "88", "2026-01-13", "N", "Y", "Y (dehydration, AKI)", "pending"],
            ["5", "Harlan Pitts", "resident", "Maple", "79", "2026-01-13", "Y", "Y", "N", ""]]
    body = T("""
    Hi Dr. Lam,

    Updated line list for the Pine Hollow Care Center GI outbreak is
    attached (5 cases as of this morning). Maple unit closed to new
    admissions since yesterday.

    Rachel Sorensen, Director of Nursing
    """)
    return mail(("Rachel Sorensen", "rsorensen@pinehollow-care.example.com"), ("Dr. Vivian Lam", "vlam@" + CC),
                "Pine Hollow GI outbreak - line list update", D(2026, 1, 14, 9, 10, "-0500"),
                mixed(text(body), att("text/csv", csv_text(rows), "pinehollow_linelist_0114.csv")))


@M("salmonella-case-interview-notes", "phi",
   "enteric-disease interview notes for a named salmonellosis case with hospitalisation and food history")
def _():
    body = T("""
    Case interview - Salmonella Enteritidis (PFGE/WGS cluster 2607-SE-14)

    Case: Peter Janowski, 44, interviewed by phone 07/22/2026 14:10
    Onset 07/16: diarrhea, fever 39.2, cramps. ED visit 07/18, admitted
    overnight for IV fluids, stool culture positive 07/20. Now recovering,
    no antibiotics.

    Food history (7 days before onset):
    - 07/13 Sunday brunch at Harborview Diner: eggs Benedict, hollandaise
    - 07/14 home: grilled chicken, salad
    - 07/15 deli turkey sandwich from work cafeteria

    Works as: bus driver (not a sensitive occupation). Household: wife,
    no illness.

    Note: 3rd case in the cluster reporting Harborview hollandaise.

    Gareth Olsen, Epidemiologist
    """)
    return mail(("Gareth Olsen", "golsen@" + CC), ("Enteric Team", "enteric@" + CC),
                "SE-14 cluster - case 3 interview", D(2026, 7, 22, 15, 0), body)


@M("newborn-screen-tsh-followup", "phi",
   "borderline: newborn-screening follow-up of a named infant's high TSH; a hormone screen, not a genetic test, so phi")
def _():
    body = T("""
    URGENT NEWBORN SCREENING RESULT - ACTION REQUIRED

    To: Dr. Lillian Sato, Westbrook Pediatrics   Fax 555-0113

    Infant: Baby Girl Okonjo (Adaeze)   DOB 02/26/2026
    Birth facility: Marrowfield Birth Center   Kit # RV26-0029912
    Mother: Chiamaka Okonjo, phone 555-0114

    Result: TSH 48 uIU/mL (whole blood), T4 4.1 ug/dL (low)
    Interpretation: abnormal, consistent with congenital hypothyroidism

    Recommended action: see infant today for serum TSH and free T4; if
    confirmed, start levothyroxine 10-15 mcg/kg/day and refer to
    pediatric endocrinology.

    Please call the follow-up nurse at 555-0112 to confirm receipt.
    Riverine State Newborn Screening Program
    """)
    return mail(("RSDH Newborn Screening", "nbs.followup@" + RS), ("Dr. Lillian Sato", "lsato@" + WB),
                "URGENT NBS result RV26-0029912", D(2026, 3, 4, 8, 10, "-0500"), body)


@M("blood-lead-venous-confirm", "phi",
   "lead-screening follow-up for a named child with an elevated capillary blood lead needing venous confirmation")
def _():
    body = T("""
    Hi Carmen,

    The registry shows a capillary blood lead of 9.8 ug/dL for Jaylen
    Whitaker (DOB 05/11/2024) drawn at his 2-year visit on 05/14. Per the
    county protocol he needs a venous confirmation within 1 month. Can
    your office order it and let us know the result? If confirmed at or
    above 3.5 we'll schedule the home environmental visit - family lives
    in a 1920s rental on Ferris Lane.

    Thanks,
    Hollis Brandt, RN
    Childhood Lead Poisoning Prevention Program
    555-0191
    """)
    return mail(("Hollis Brandt", "hbrandt@" + CC), ("Carmen Ruelas", "cruelas@" + WB),
                "Lead follow-up - venous confirm needed", D(2026, 5, 26, 11, 30), body)


@M("rasas-tifl-mutabaa-ar", "phi",
   "Arabic (UTF-8 QP): letter to a parent about her named child's raised blood lead level and follow-up test",
   lang="ar")
def _():
    body = T("""
    السيدة فاطمة الزهراني المحترمة،

    نكتب إليكِ من برنامج الوقاية من التسمم بالرصاص لدى الأطفال في إدارة
    الصحة العامة بمقاطعة كالدر.

    أظهر فحص الدم الأخير لابنكِ يوسف (تاريخ الميلاد 2023/09/02) أن مستوى
    الرصاص في دمه 12 ميكروغرام/ديسيلتر، وهو أعلى من المستوى الموصى به.

    نرجو منكِ:
    ١. إحضار يوسف لإجراء فحص دم وريدي للتأكيد خلال أسبوعين.
    ٢. السماح لفريقنا بزيارة المنزل لفحص مصادر الرصاص المحتملة.
    ٣. غسل يدي الطفل وألعابه باستمرار.

    لحجز موعد، اتصلي بالممرضة هدى على الرقم 555-0192.

    مع التحية،
    برنامج الوقاية من التسمم بالرصاص
    """)
    return mail(("برنامج الوقاية من الرصاص", "lead@" + CC), ("فاطمة الزهراني", "f.zahrani@" + PX),
                "نتيجة فحص الرصاص لطفلك يوسف", D(2026, 6, 2, 10, 0),
                text(body, "utf-8", "quoted-printable"))


@M("syndromic-adt-pasted-ili", "phi",
   "syndromic-surveillance feed troubleshooting with a live HL7 ADT A04 pasted in, naming a patient with fever and cough")
def _():
    msg = hl7(
        "MSH|^~\\&|TESSERA|MARROWFIELD^2.16.840.1.113883.3.999.1^ISO|SYNDROMIC|RSDH|20260119221530-0500||ADT^A04^ADT_A01|MF2601192215300041|P|2.5.1",
        "EVN||20260119221500-0500|||||MARROWFIELD ED",
        "PID|1||6603921^^^MARROWFIELD^MR||Castellanos^Rebecca^^^^^L||19840627|F|||14 Wren St^^Calder Falls^RV^00112",
        "PV1|1|E|ED^^^MARROWFIELD||||||||||||||||26011900417",
        "PV2|||^fever cough body aches x2 days",
        "OBX|1|NM|21612-7^Age Time Patient Reported^LN||41|a^year^UCUM|||||F",
        "OBX|2|CWE|8661-1^Chief complaint^LN||^Fever, cough, myalgia||||||F",
        "DG1|1||J11.1^Influenza with other respiratory manifestations^I10|||W")
    body = T("""
    Hi Sunita,

    The state says our A04s are failing the PV2-3 chief complaint check
    since the upgrade. Here's one from last night straight out of the
    Corvid log (didn't have time to scrub it, sorry):

    """) + msg + T("""

    Looks like PV2-3 is coming through without the code part. Can you
    check the mapping?

    Ravi
    """)
    return mail(("Ravi Menon", "rmenon@" + MF), ("Sunita Baral", "sbaral@" + MF),
                "syndromic A04 failing PV2-3", D(2026, 1, 20, 8, 15, "-0500"), body)


@M("syndromic-adt-attached-chest-pain", "phi",
   "interface alert with a live ADT A08 attached (base64) naming an ED patient with chest pain and troponin")
def _():
    seg = hl7(
        "MSH|^~\\&|TESSERA|STANSELM|SYNDROMIC|RSDH|20260602031144-0400||ADT^A08^ADT_A01|SA2606020311440007|P|2.5.1",
        "EVN||20260602031100-0400",
        "PID|1||SA4410938^^^STANSELM^MR||Haverford^Clarence^T||19570312|M|||880 Dover Pike^^Ashby^RV^00121",
        "PV1|1|E|ED|||||||||||||||||SAV26060200033",
        "PV2|||^chest pain radiating to left arm",
        "OBX|1|ST|8661-1^Chief complaint^LN||Chest pain||||||F",
        "OBX|2|NM|10839-9^Troponin I^LN||2.4|ng/mL|<0.04|HH|||F",
        "DG1|1||I21.4^NSTEMI^I10|||W")
    body = T("""
    Corvid Integration Engine - Alert

    Channel: SA_SYNDROMIC_OUT   Status: ERROR (state endpoint returned AE)
    Error: OBX-2 datatype NM not allowed for syndromic profile
    Message held: 1. Original message attached.

    This is an automated message.
    """)
    return mail(("Corvid Alerts", "corvid-alerts@" + SA), ("Interface Team", "interfaces@" + SA),
                "[Corvid] SA_SYNDROMIC_OUT error - 1 held", D(2026, 6, 2, 3, 12),
                mixed(text(body), att("text/plain", seg, "held_SA2606020311440007.hl7", cs="us-ascii", cte="base64")))


@M("measles-exposure-letter-parent", "phi",
   "public health tells a named parent her infant was exposed to measles in a clinic waiting room and needs immune globulin")
def _():
    body = T("""
    Dear Ms. Reyes-Holm,

    Calder County Public Health is contacting you because your son
    Mateo (DOB 11/30/2025) was in the Westbrook Pediatrics waiting room on
    Monday, April 6, between 2:00 and 4:00 pm, at the same time as a person
    who has since been diagnosed with measles.

    Mateo is too young to have had his MMR vaccine. We recommend that he
    receive immune globulin, which can prevent or lessen measles if given
    within 6 days of exposure - by Sunday, April 12. We have reserved a
    time for him on Thursday, April 9 at 11:00 am at our Main Street
    clinic. Please keep him home from daycare until April 27.

    Call our measles line at 555-0105 with any questions.

    Communicable Disease Team
    """)
    return mail(("Calder County Communicable Disease", "cd@" + CC), ("Andrea Reyes-Holm", "andrea.rh@" + PM),
                "Measles exposure - action needed for Mateo", D(2026, 4, 8, 13, 0), body)


@M("coqueluche-signalement-ecole-fr", "phi",
   "French (ISO-8859-15 8bit): public health tells a school nurse about a named pupil's confirmed whooping cough",
   lang="fr")
def _():
    body = T("""
    Madame Roussel,

    Nous vous informons qu'un élève de l'école Jean-Moulin, Lucas Girard
    (CE2, classe de Mme Perrin), présente une coqueluche confirmée par PCR
    le 16 mars. Il est traité par azithromycine depuis le 17 mars et ne
    pourra revenir en classe qu'après 3 jours de traitement, soit le
    20 mars au plus tôt.

    Les contacts proches (voisins de table, camarades de la cantine) et
    surtout les enfants dont un frère ou une sœur est un nourrisson doivent
    consulter leur médecin. Un courrier type pour les parents est en cours
    de rédaction ; merci de ne pas communiquer le nom de l'élève aux autres
    familles.

    Bien cordialement,
    Dr Mathieu Caron
    Cellule de veille sanitaire, Val-Clair
    Tél. 555-0154
    """)
    return mail(("Dr Mathieu Caron", "mcaron@sante-valclair.example.fr.test"),
                ("Infirmière scolaire Roussel", "infirmerie.jeanmoulin@ecoles-valclair.example.fr.test"),
                "Cas de coqueluche - école Jean-Moulin", D(2026, 3, 18, 11, 45, "+0100"),
                text(body, "iso-8859-15", "8bit"), cs="iso-8859-15", mode="Q")


@M("ballanta-daawada-qaaxada-so", "phi",
   "Somali: TB programme reminds a named patient of his directly observed therapy visit", lang="so")
def _():
    body = T("""
    Asalaamu calaykum Maxamed,

    Waxaan kaa xasuusinaynaa in ballanta daawada qaaxada (TB) ee
    todobaadkan ay tahay berri, Arbaco, 10:00 subaxnimo, gurigaaga.
    Kalkaalisada Faadumo ayaa imaan doonta si ay kuu aragto adigoo
    daawada qaadanaya (DOT).

    Daawooyinkaaga waa isoniazid iyo rifapentine, hal mar todobaadkii.
    Haddii aad dareento lallabo, matag, ama indhaha oo huruud noqda,
    fadlan isla markiiba na soo wac: 555-0131.

    Mahadsanid,
    Barnaamijka Qaaxada
    Waaxda Caafimaadka Dadweynaha ee Calder County
    """)
    return mail(("Barnaamijka Qaaxada", "tb@" + CC), ("Maxamed Cabdi Warsame", "maxamed.warsame@" + PM),
                "Xasuusin: ballanta daawada qaaxada berri", D(2026, 5, 12, 15, 0), body)


@M("jamjae-gyeolhaek-chiryo-ko", "phi",
   "Korean (UTF-8 base64): reminder to a named person about his latent TB treatment visit and liver test",
   lang="ko")
def _():
    body = T("""
    김민호 님께,

    캘더 카운티 보건국 결핵관리팀입니다.

    지난달 검사(IGRA)에서 잠복결핵감염으로 확인되어 4월 6일부터
    리팜핀 4개월 치료를 시작하셨습니다. 치료 2개월째 확인 방문이
    아래와 같이 예정되어 있습니다.

      일시: 2026년 6월 5일(금) 오후 2시
      장소: 보건국 메인스트리트 클리닉 2층

    방문 시 간기능 검사를 위해 채혈하고, 남은 약을 확인합니다. 약을
    드시는 동안 소변이 주황색으로 변할 수 있으나 정상입니다. 피부나
    눈이 노랗게 변하면 바로 연락 주세요.

    문의: 555-0132 (한국어 상담 가능)

    결핵관리팀 드림
    """)
    return mail(("결핵관리팀", "tb@" + CC), ("김민호", "minho.kim@" + PX),
                "잠복결핵 치료 2개월 확인 방문 안내", D(2026, 6, 1, 9, 30),
                text(body, "utf-8", "base64"))


@M("hepatyt-a-pratsivnyk-kukhni-uk", "phi",
   "Ukrainian (KOI8-U 8bit): county tells a named food worker his hepatitis A test is positive and he must stay off work",
   lang="uk")
def _():
    body = T("""
    Шановний пане Тарасе,

    пишемо з відділу інфекційних хвороб округу Калдер. Ваш аналіз крові
    від 14 серпня на антитіла IgM до вірусу гепатиту A позитивний, тобто у
    вас гострий гепатит A.

    Оскільки ви працюєте на кухні ресторану, за правилами округу ви не
    можете повертатися на роботу, доки лікар не дозволить, щонайменше
    7 днів від появи жовтяниці. Ваших рідних, які живуть з вами, ми
    запрошуємо на безкоштовне щеплення в четвер, 20 серпня.

    Будь ласка, зателефонуйте медсестрі Галині за номером 555-0134
    (вона говорить українською).

    З повагою,
    Відділ інфекційних хвороб
    """)
    return mail(("Відділ інфекційних хвороб", "cd@" + CC), ("Тарас Гнатюк", "taras.hnatiuk@" + PM),
                "Результат аналізу на гепатит A", D(2026, 8, 17, 10, 20),
                text(body, "koi8-u", "8bit"), cs="koi8-u")


@M("yobou-sesshu-kiroku-ja", "phi",
   "Japanese (Shift_JIS base64): city health centre tells a parent her named child is missing an MR vaccine dose",
   lang="ja")
def _():
    body = T("""
    田中 美咲 様

    いつもお世話になっております。カルダー市保健センター予防接種係です。

    お子様の田中 陽翔 くん（2020年5月18日生まれ）の予防接種記録を
    確認したところ、麻しん風しん混合（MR）ワクチン第2期の接種記録が
    ありません。第2期の接種期限は2027年3月31日です。

    すでに他の医療機関で接種済みの場合は、母子健康手帳の該当ページの
    写真をご返信ください。未接種の場合は、保健センターで6月10日（水）
    午後の接種枠をご用意できます。

    お問い合わせ：555-0145（日本語対応）

    カルダー市保健センター　予防接種係
    """)
    return mail(("保健センター予防接種係", "vaccine@" + CC), ("田中 美咲", "misaki.tanaka@" + PX),
                "陽翔くんの予防接種記録について", D(2026, 5, 27, 10, 0),
                text(body, "shift_jis", "base64"), cs="shift_jis")


@M("covid-positive-isolation-hi", "phi",
   "Hindi (UTF-8 QP): contact tracer tells a named person about her positive COVID-19 test and isolation",
   lang="hi")
def _():
    body = T("""
    प्रिय सुनीता पटेल जी,

    मैं कैल्डर काउंटी सार्वजनिक स्वास्थ्य विभाग से संपर्क अनुरेखक (contact
    tracer) प्रिया बोल रही हूँ।

    3 फ़रवरी को वेस्टब्रुक क्लिनिक में हुई आपकी कोविड-19 जाँच (PCR) का
    परिणाम पॉज़िटिव आया है। आपको बुख़ार और खाँसी 1 फ़रवरी से है।

    कृपया कम से कम 5 दिन घर पर रहें और बुख़ार उतरने के बाद भी अगले
    5 दिन मास्क पहनें। आपकी उम्र और डायबिटीज़ के कारण डॉक्टर ने
    एंटीवायरल दवा लेने की सलाह दी है, जो वेस्टब्रुक फ़ार्मेसी में तैयार है।

    अगर साँस लेने में तकलीफ़ हो तो तुरंत 911 पर कॉल करें। किसी सवाल के
    लिए मुझे 555-0137 पर फ़ोन करें।

    धन्यवाद,
    प्रिया नायर
    """)
    return mail(("प्रिया नायर", "pnair@" + CC), ("सुनीता पटेल", "sunita.patel@" + PM),
                "आपकी कोविड-19 जाँच का परिणाम", D(2026, 2, 4, 16, 10, "-0500"),
                text(body, "utf-8", "quoted-printable"))


@M("rabies-pep-schedule-dog-bite", "phi",
   "rabies post-exposure prophylaxis schedule for a named person bitten by a stray dog")
def _():
    body = T("""
    Hi Mr. Lindqvist,

    Following your visit to the Marrowfield ED on Saturday (dog bite to
    the right calf, stray dog not found), you received rabies immune
    globulin and the first rabies vaccine dose on 09/12. You need three
    more vaccine doses in the deltoid:

      Day 3   Tuesday 09/15
      Day 7   Saturday 09/19
      Day 14  Saturday 09/26

    All at the county clinic, 8:30-11:00 walk-in. Please keep taking the
    amoxicillin-clavulanate for the wound until it's finished.

    Animal Exposure Program, 555-0106
    """)
    return mail(("Animal Exposure Program", "rabies@" + CC), ("Anders Lindqvist", "anders.lindqvist@" + PX),
                "Your rabies vaccine schedule", D(2026, 9, 14, 10, 10), body)


@M("legionella-cluster-fhir-bundle", "phi",
   "FHIR-like JSON bundle sent for a Legionnaires' cluster with named patients, conditions and urine antigen results")
def _():
    pts = [("p1", "Holbrook", "Eugene", "1953-04-30", "2026-08-02", "positive"),
           ("p2", "Szymanski", "Irena", "1948-12-11", "2026-08-04", "positive")]
    entries = []
    for pid, fam, giv, dob, onset, res in pts:
        entries.append({"resource": {"resourceType": "Patient", "id": pid, "name": [{"family": fam, "given": [giv]}],
                                     "birthDate": dob}})
        entries.append({"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/" + pid},
                                     "code": {"text": "Legionnaires' disease"}, "onsetDateTime": onset}})
        entries.append({"resource": {"resourceType": "Observation", "subject": {"reference": "Patient/" + pid},
                                     "code": {"text": "Legionella pneumophila serogroup 1 urinary antigen"},
                                     "valueString": res}})
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    body = T("""
    Two cases so far, both stayed at the Riverside Inn in late July. FHIR
    export from our surveillance system attached. Environmental health is
    sampling the cooling tower tomorrow.

    Gareth
    """)
    return mail(("Gareth Olsen", "golsen@" + CC), ("RSDH Epidemiology", "epi@" + RS),
                "Legionella cluster - Riverside Inn", D(2026, 8, 7, 16, 45),
                mixed(text(body), att("application/fhir+json", json.dumps(bundle, indent=2) + "\n", "legionella_cases.json")))


@M("cancer-registry-vital-status", "phi",
   "cancer registry asks a physician for the vital status of a named patient with lymphoma")
def _():
    body = T("""
    Dear Dr. Amundsen,

    The Marrowfield Cancer Registry is completing annual follow-up. Our
    records show you last saw the following patient:

      Patient: Roland Giddings   DOB 01/09/1960
      Diagnosis: diffuse large B-cell lymphoma, dx 03/2021
      Last contact on file: 05/2025, in remission after R-CHOP x6

    Could you tell us the date of last contact and whether he is alive,
    and any recurrence? Reply here or call 555-0124.

    Thank you,
    Yvette Carrow, CTR
    """)
    return mail(("Yvette Carrow", "ycarrow@" + MF), ("Dr. Kristin Amundsen", "kamundsen@" + SA),
                "Annual follow-up request - Giddings", D(2026, 10, 5, 10, 0), body)


@M("display-name-only-tb-home-visit", "phi",
   "borderline: the body is a generic interpreter confirmation; the patient and her TB case appear only in the To display name")
def _():
    body = T("""
    Interpreter confirmed for Thursday 10:00 home visit. Yoruba.
    Please meet at the address on file.

    Language Services
    """)
    return mail(("Language Services", "interpreters@" + CC),
                [("Ngozi Adeyemi - TB case 26-0113 (pulmonary, DOT)", "tb-dot-queue@" + CC)],
                "Interpreter confirmed - Thu 10:00", D(2026, 5, 5, 12, 15), body)


@M("shiwu-zhongdu-bingli-biao-zh", "phi",
   "Chinese (UTF-8 base64 HTML): food-poisoning outbreak line list with named cases, symptoms and stool results",
   lang="zh")
def _():
    rows = [["1", "陈国华", "男", "52", "6月12日 22:00", "腹泻、呕吐、发热", "沙门氏菌阳性", "住院"],
            ["2", "陈丽娟", "女", "49", "6月12日 23:30", "腹泻、腹痛", "待检", "门诊"],
            ["3", "周子涵", "女", "8", "6月13日 02:00", "呕吐、发热 38.9℃", "沙门氏菌阳性", "住院"],
            ["4", "黄建明", "男", "61", "6月13日 06:00", "腹泻", "阴性", "居家"]]
    htm = ("<html><body><p>王主任：</p><p>金龙酒家6月12日婚宴食物中毒事件的病例一览表如下，"
           "共4例，2例住院。请审阅。</p>\n"
           + html_table(["序号", "姓名", "性别", "年龄", "发病时间", "症状", "粪便培养", "就诊"], rows)
           + "<p>流行病学调查组 刘晓燕</p></body></html>\n")
    return mail(("刘晓燕", "liu.xiaoyan@" + CC), ("王主任", "wang.director@" + CC),
                "金龙酒家食物中毒病例一览表", D(2026, 6, 14, 9, 0),
                html(htm, "utf-8", "base64"))


@M("reply-quoted-hl7-vxu-flu", "phi",
   "the reply only says it was resubmitted; the quoted HL7 VXU records a named man's flu vaccine")
def _():
    q = quote(hl7(
        "MSH|^~\\&|WBCHC_EHR|WESTBROOK|CALDERIIS|CCHD|20261015101200-0400||VXU^V04^VXU_V04|WB2610150077|P|2.5.1",
        "PID|1||W601187^^^WESTBROOK^MR||Mbeki^Sipho||19580224|M",
        "ORC|RE||WB-IMM-55120",
        "RXA|0|1|20261014||197^Influenza, high-dose, quadrivalent^CVX|0.7|mL^^UCUM||00^New record^NIP001|||||LOT5521||^^^WESTBROOK",
        "RXR|C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163"))
    body = ("Resubmitted this morning with RXA-9 fixed, got an AA back.\n\nBen\n\n"
            "On 10/15/26 9:02 AM, CalderIIS Support wrote:\n"
            "> The message below was rejected (RXA-9 missing NIP001 code system).\n>\n" + q)
    return mail(("Ben Carver", "bcarver@" + WB), ("CalderIIS Support", "iis-support@" + CC),
                "Re: VXU rejected WB2610150077", D(2026, 10, 15, 10, 40), body, in_reply_to=ref(CC))


@M("death-certificate-cause-query", "phi",
   "borderline: vital-records epidemiologist queries a physician about a named decedent's cause of death; a decedent is an identifiable individual")
def _():
    body = T("""
    Dr. Hargreave,

    Vital Records query on a death certificate you certified:

      Decedent: Evelyn Marchbanks, DOB 06/14/1938, DOD 02/09/2026
      Cause of death (Part I) as filed: "cardiopulmonary arrest"

    Cardiopulmonary arrest is a mechanism of death, not a cause. The
    hospital record lists end-stage COPD on home oxygen and a recent
    admission for pneumonia. Could you amend Part I with the underlying
    cause (e.g. a) pneumonia b) COPD) using the e-amendment link?

    Thank you,
    Desiree Lavoie, Mortality Surveillance
    """)
    return mail(("Desiree Lavoie", "dlavoie@" + RS), ("Dr. Walter Hargreave", "whargreave@" + SA),
                "Death certificate query - cause of death", D(2026, 2, 20, 14, 25, "-0500"), body)


@M("flusurv-hospitalized-case-abstract", "phi",
   "influenza-hospitalisation surveillance abstract for a named ICU patient with vaccination status")
def _():
    body = T("""
    FluSurv case abstraction - Marrowfield (site MF)

    Case ID: MF-2526-0882
    Patient: Orville Tennant   DOB 03/03/1947   MRN 2411906
    Admit: 12/28/2025   Influenza A (H3) PCR positive 12/28
    ICU: yes (12/29-01/03), BiPAP, no intubation
    Underlying: CHF, CKD stage 3, type 2 diabetes
    Antiviral: oseltamivir started 12/28 (day 3 of illness)
    2025-26 flu vaccine: none documented in IIS
    Discharge: 01/06/2026 to skilled nursing facility

    Abstractor: Priyanka Deshmukh
    """)
    return mail(("Priyanka Deshmukh", "pdeshmukh@" + MF), ("RSDH FluSurv", "flusurv@" + RS),
                "FluSurv abstract MF-2526-0882", D(2026, 1, 12, 11, 0, "-0500"), body)


@M("co-poisoning-cluster-followup", "phi",
   "environmental-health follow-up of a named family treated for carbon-monoxide poisoning")
def _():
    body = T("""
    Hi Joy,

    Follow-up on Sunday's CO incident at 41 Birchmont Rd:

    - Darnell Pryce (38): COHb 24% in the St. Anselm ED, hyperbaric
      oxygen x1, discharged Monday with headache.
    - Kiara Pryce (35): COHb 19%, high-flow O2, discharged Sunday night.
    - Jada Pryce (6): COHb 15%, observed overnight in peds.

    Fire department traced it to a generator running in the attached
    garage during the outage. The family has no CO detector - can your
    team drop off two when you do the home visit Thursday?

    Lewis
    Environmental Health, Calder County
    """)
    return mail(("Lewis Abernathy", "labernathy@" + CC), ("Joy Kaminski", "jkaminski@" + CC),
                "CO incident follow-up - Birchmont Rd", D(2026, 12, 15, 9, 30, "-0500"), body)


# =====================================================================
# none (100), part 1: research look-alikes
# =====================================================================

@M("irb-meeting-schedule-2026", "none",
   "IRB meeting and deadline schedule; names study types (HIV, genetics, Part 2) but no person", trap=True)
def _():
    body = T("""
    Marrowfield Human Research Protection Office
    2026 Full Board Meeting Schedule

    Board A (biomedical)          Board B (social/behavioral)
    Submission deadline -> meeting
    Jan 06 -> Jan 20              Jan 08 -> Jan 22
    Feb 03 -> Feb 17              Feb 05 -> Feb 19
    Mar 03 -> Mar 17              Mar 05 -> Mar 19
    Apr 07 -> Apr 21              Apr 09 -> Apr 23

    Reminders:
    - Studies that collect HIV status, genetic test results, or substance
      use treatment records (42 CFR Part 2) need the supplemental
      privacy form (HRP-214) with the initial submission.
    - Return-of-results plans for genomic studies go to Board A.
    - Certificates of Confidentiality are automatic for NIH-funded work.

    Questions: irb@marrowfield.example.org, 555-0100
    """)
    return mail(("Marrowfield HRPO", "irb@" + MF), ("All Research Staff", "research-all@" + MF),
                "2026 IRB meeting schedule and deadlines", D(2026, 1, 5, 8, 0, "-0500"), body)


@M("irb-exempt-determination-secondary", "none",
   "IRB exempt determination for a secondary analysis of de-identified data; diagnoses named only as variables",
   trap=True)
def _():
    body = T("""
    NOTICE OF EXEMPT DETERMINATION

    Protocol: IRB-2026-0133
    Title: Trends in co-occurring depression, opioid use disorder and HIV
           among adults seen in primary care, 2015-2025
    PI: Ingrid Lindahl, PhD
    Category: Exempt 45 CFR 46.104(d)(4)(ii)

    The HRPO has determined that this research is exempt. The
    investigators will receive a data set that has been de-identified
    under the HIPAA Safe Harbor method by the Honest Broker service; no
    codes linking to identities will be retained by the study team.

    Conditions:
    1. No attempt will be made to re-identify any individual.
    2. Cell sizes under 11 will be suppressed in any publication.
    3. Any change adding identifiable data requires an amendment.

    Determination date: 02/12/2026
    Esther Mbatha, IRB Analyst, on behalf of the HRPO
    """)
    return mail(("eIRB", "eirb-noreply@" + MF), ("Ingrid Lindahl", "ilindahl@" + MF),
                "[eIRB] Exempt determination: IRB-2026-0133", D(2026, 2, 12, 15, 5, "-0500"), body)


@M("protocol-synopsis-depression-pdf", "none",
   "study protocol synopsis (PDF) for a depression trial: eligibility criteria, no participants", trap=True)
def _():
    p = pdf([[
        "PROTOCOL SYNOPSIS - STEP-UP-D (v1.2, 15 Jan 2026)",
        "",
        "Title: Stepped collaborative care vs usual care for major depression in",
        "       rural primary care: a cluster-randomised trial",
        "Sponsor: Marrowfield Health Research Institute",
        "",
        "Inclusion: age 18-75; PHQ-9 score 10 or higher at two visits;",
        "           diagnosis of major depressive disorder (DSM-5).",
        "Exclusion: bipolar disorder; psychosis; active suicidal ideation with plan;",
        "           current treatment by a psychiatrist.",
        "",
        "Intervention: care manager + psychiatric consultant; stepped",
        "   antidepressant algorithm (sertraline, escitalopram, bupropion).",
        "Primary outcome: PHQ-9 response at 6 months.",
        "Sample size: 24 clinics, 960 participants.",
    ]], title="STEP-UP-D synopsis")
    body = T("""
    Hi all,

    Attached is v1.2 of the synopsis for the steering committee call on
    Thursday. Changes from v1.1 are in the exclusion criteria only.

    Ingrid
    """)
    return mail(("Ingrid Lindahl", "ilindahl@" + MF), [("STEP-UP-D Steering", "stepupd-steering@" + MF)],
                "STEP-UP-D synopsis v1.2", D(2026, 1, 16, 10, 40, "-0500"),
                mixed(text(body), att("application/pdf", p, "STEP-UP-D_synopsis_v1.2.pdf")))


@M("journal-club-brca-invite", "none",
   "journal-club invitation about a BRCA paper; an event, no individual", trap=True)
def _():
    desc = ("Paper: 'Uptake of cascade testing among relatives of BRCA1/2 carriers' (fictional citation, "
            "J Genet Couns Pract 2026). Presenter: Naomi Fairbanks, MS, CGC. Lunch provided.")
    ic = ics("REQUEST", "w23-jc-0318@" + MF, "20260318T120000", "20260318T130000",
             "Cancer Genetics Journal Club", ("Naomi Fairbanks", "nfairbanks@" + MF),
             [("Cancer Genetics Program", "cancer-genetics@" + MF)], desc, "Conference Room 3C")
    plain = T("""
    Cancer Genetics Journal Club
    Wednesday, March 18, 2026, 12:00-1:00 pm, Conference Room 3C

    Paper: "Uptake of cascade testing among relatives of BRCA1/2 carriers"
    Presenter: Naomi Fairbanks, MS, CGC. Lunch provided.
    """)
    return mail(("Naomi Fairbanks", "nfairbanks@" + MF), ("Cancer Genetics Program", "cancer-genetics@" + MF),
                "Invitation: Cancer Genetics Journal Club @ Wed Mar 18, 2026 12pm",
                D(2026, 3, 9, 9, 15), alt(text(plain), cal(ic)))


@M("abstract-congenital-lues-trends", "none",
   "conference abstract on congenital syphilis trends with aggregate counts only", trap=True)
def _():
    body = T("""
    Hi Nadia,

    Here's the final abstract text as submitted to the state public health
    conference - thanks for the edits.

    TITLE: Missed prevention opportunities in congenital syphilis,
    Calder County, 2021-2025

    BACKGROUND: Congenital syphilis (CS) cases rose nationally over the
    last decade. We reviewed local CS cases to identify missed
    opportunities.

    METHODS: Retrospective review of all CS cases reported to Calder
    County Public Health, 2021-2025, using the national missed-opportunity
    framework.

    RESULTS: 23 CS cases were reported (2021: 2; 2025: 8). 14 (61%) had
    no or late prenatal care; 6 (26%) were diagnosed but not adequately
    treated; 3 (13%) seroconverted after a negative first-trimester
    screen. Third-trimester rescreening would have prevented up to 9 cases.

    CONCLUSIONS: Universal third-trimester syphilis screening and
    same-day treatment could substantially reduce CS locally.

    Marcus
    """)
    return mail(("Marcus Whitby", "mwhitby@" + CC), ("Nadia Rahimi", "nrahimi@" + CC),
                "final abstract - CS missed opportunities", D(2026, 4, 29, 17, 20), body)


@M("recruitment-flyer-t2d-all-staff", "none",
   "study recruitment flyer sent to all staff: 'do you have type 2 diabetes?', no individual", trap=True)
def _():
    htm = T("""
    <html><body style="font-family:Verdana">
    <h2 style="color:#1a5d8f">Do you have type 2 diabetes?</h2>
    <p>The <b>GLYCO-STEP</b> study is looking for adults aged 30-70 with type 2 diabetes
    who take metformin and have an A1c between 7.5% and 10%.</p>
    <ul>
    <li>6 study visits over 12 months</li>
    <li>Free continuous glucose monitor</li>
    <li>Up to $300 for your time</li>
    </ul>
    <p>Interested? Call <b>555-0165</b> or visit
    <a href="https://research.marrowfield.example.org/glyco-step">research.marrowfield.example.org/glyco-step</a>.</p>
    <p style="font-size:10px">IRB-2025-0771. Participation is voluntary. Employees who take part will not be
    identified to their supervisors.</p>
    </body></html>
    """)
    return mail(("Marrowfield Research Recruitment", "recruit@" + MF), ("All Staff", "allstaff@" + MF),
                "Volunteers needed: type 2 diabetes study", D(2026, 5, 4, 7, 0),
                alt(text("Do you have type 2 diabetes? The GLYCO-STEP study is enrolling. Call 555-0165.\n"),
                    html(htm, cte="quoted-printable")))


@M("grant-rfa-prep-implementation", "none",
   "grant announcement about PrEP implementation research; funding notice only", trap=True)
def _():
    body = T("""
    FUNDING OPPORTUNITY - Riverine State Department of Health

    RFA-26-HIVP-03: Implementation Science for HIV Pre-Exposure
    Prophylaxis (PrEP) in Community Settings

    Awards: up to 4, $250,000/year for 3 years
    Letters of intent: March 20, 2026
    Applications due: May 1, 2026

    Priority areas: long-acting injectable PrEP delivery in pharmacies,
    same-day PrEP starts in STI clinics, PrEP persistence among young
    women, integration with syringe services programs.

    Eligible: academic institutions, FQHCs, community-based organisations.

    Full RFA: https://grants.riverine-state.test/rfa-26-hivp-03
    Questions: hivprevention.grants@health.riverine-state.test
    """)
    return mail(("RSDH Grants Office", "grants@" + RS), ("Marrowfield Research Development", "research-dev@" + MF),
                "RFA-26-HIVP-03: PrEP implementation science", D(2026, 2, 2, 11, 0, "-0500"), body)


@M("dsmb-open-session-aggregate", "none",
   "DSMB open-session report with pooled enrolment and AE counts; no participant-level data", trap=True)
def _():
    body = T("""
    HT-2207 (CARDIQOR-HF) - DSMB OPEN SESSION SUMMARY, data cut 28 Feb 2026

    Enrolment: 412 randomised of 600 planned (69%), 38 sites active
    Retention: 96.1% with primary-endpoint data
    Protocol deviations (major): 17, most common visit out of window

    Pooled adverse events (both arms combined):
      Any AE                 61.2%
      Serious AE             14.8%
      Hyperkalaemia (>5.5)    4.1%
      ALT >3x ULN             1.2%
      Deaths                  9

    The DSMB recommended the study continue without modification. The
    closed report is available to DSMB members only.

    Lakeshore Data Coordinating Center
    """)
    return mail(("Lakeshore DCC", "dcc@" + LK), [("HT-2207 Investigators", "ht2207-sites@" + LK)],
                "DSMB open session summary - March 2026", D(2026, 3, 20, 13, 0), body)


@M("enrollment-dashboard-site-counts", "none",
   "trial enrolment dashboard with counts per site; no individuals", trap=True)
def _():
    rows = [["05 Marrowfield", "48", "31", "22", "2"], ["07 San Ram&oacute;n", "40", "29", "18", "1"],
            ["11 Lakeshore", "35", "12", "9", "0"], ["14 St. Anselm", "30", "26", "20", "3"]]
    htm = ("<html><body><p>Weekly enrolment, GLYCO-STEP, as of 06/12/2026</p>\n"
           + html_table(["Site", "Target", "Screened", "Randomised", "Withdrawn"], rows)
           + "<p>Overall: 69 of 153 randomised (45%). Screen-fail rate 32%, most often A1c out of range.</p>"
             "</body></html>\n")
    return mail(("GLYCO-STEP Coordinating Center", "glycostep@" + LK), [("GLYCO-STEP Site PIs", "glycostep-pis@" + LK)],
                "Weekly enrolment report", D(2026, 6, 12, 16, 30), html(htm))


@M("ae-reporting-sop-revision", "none",
   "SOP revision for adverse-event reporting with generic examples and timelines", trap=True)
def _():
    body = T("""
    All research staff,

    SOP RES-014 "Adverse Event Assessment and Reporting" v5 takes effect
    April 1. Main changes:

    1. Serious adverse events must be entered in the eSAE system within
       24 hours of site awareness (was 1 business day).
    2. Lab abnormalities (e.g., ALT >3x ULN, potassium >6.0) are AEs only
       if clinically significant or leading to a change in study drug.
    3. Hospitalisation for an elective procedure planned before consent
       is not an SAE.
    4. For studies under 42 CFR Part 2, AE narratives must not name the
       treatment programme in free text sent to sponsors.

    Training module in the LMS by March 25. Questions to the Research
    Quality Office, 555-0101.
    """)
    return mail(("Research Quality Office", "rqo@" + MF), ("All Research Staff", "research-all@" + MF),
                "SOP RES-014 v5 - adverse event reporting", D(2026, 3, 11, 8, 0), body)


@M("investigator-brochure-v7", "none",
   "sponsor distributes an investigator brochure update with class safety language", trap=True)
def _():
    body = T("""
    Dear Investigator,

    Halvorsen Therapeutics has issued Investigator's Brochure edition 7
    for CARDIQOR (HT-2207). Key safety updates:

    - Hepatic: 6 cases of ALT >5x ULN across the programme (0.4%); liver
      tests now required at weeks 2, 4, 8 and 12.
    - Hyperkalaemia remains an identified risk.

    Please acknowledge receipt in the eReg system and submit to your IRB
    per local requirements. The IB is available in the sponsor portal;
    it is not attached for confidentiality reasons.

    HT-2207 Clinical Operations
    """)
    return mail(("HT-2207 Clinical Operations", "clinops@" + HT), [("HT-2207 Investigators", "ht2207-sites@" + LK)],
                "CARDIQOR Investigator's Brochure edition 7", D(2026, 5, 15, 9, 30), body)


@M("dua-template-blank", "none",
   "a blank data-use agreement template with placeholder fields", trap=True)
def _():
    tmpl = T("""
    DATA USE AGREEMENT FOR A LIMITED DATA SET (TEMPLATE v2026.1)

    This Agreement is between [COVERED ENTITY] ("Provider") and
    [RECIPIENT] ("Recipient").

    1. Permitted uses. Recipient may use the Limited Data Set only for
       the research described in Exhibit A.
    2. Data elements. The Limited Data Set may include dates (admission,
       discharge, service, birth, death), city, state and five-digit ZIP
       code. It will not include names, street addresses, telephone
       numbers, e-mail addresses, SSNs, medical record numbers, health
       plan beneficiary numbers or account numbers.
    3. Re-identification. Recipient will not identify or contact any
       individual.
    4. Sensitive categories. Data derived from substance use disorder
       programmes subject to 42 CFR Part 2 require a separate addendum.

    Exhibit A - Research description: [ ]
    Exhibit B - Example records: use synthetic ZZTEST rows only.

    Signatures: ______________________   ______________________
    """)
    body = "Naomi - clean template attached as requested.\n\nMarcus\n"
    return mail(("Marcus Feld", "mfeld@" + LK), ("Naomi Castellanos", "ncastellanos@" + MF),
                "DUA template", D(2026, 2, 25, 10, 0, "-0500"),
                mixed(text(body), att("text/plain", tmpl, "DUA_LDS_template_v2026.1.txt")))


@M("data-dictionary-columns-only", "none",
   "data dictionary CSV listing column names such as mrn, dob and hiv_status with no rows of data", trap=True)
def _():
    rows = [["variable", "type", "description", "allowed_values"],
            ["mrn", "string", "Medical record number (removed before release)", "7 digits"],
            ["dob", "date", "Date of birth (shifted +/- 30 days)", "YYYY-MM-DD"],
            ["sex_at_birth", "code", "Sex assigned at birth", "F;M;U"],
            ["hiv_status", "code", "HIV status at baseline", "pos;neg;unk"],
            ["hiv_vl_last", "integer", "Most recent HIV-1 RNA copies/mL", "0-10000000"],
            ["phq9_total", "integer", "PHQ-9 total score", "0-27"],
            ["oud_dx", "boolean", "Opioid use disorder diagnosis (F11.x)", "0;1"],
            ["moud_type", "code", "Medication for OUD", "bup;mtd;xrntx;none"]]
    body = T("""
    Data dictionary for the cohort extract, v3. No data in this file,
    only the variable list.
    """)
    return mail(("Wen Zhao", "wzhao@" + LK), ("Ingrid Lindahl", "ilindahl@" + MF),
                "data dictionary v3", D(2026, 2, 18, 13, 0, "-0500"),
                mixed(text(body), att("text/csv", csv_text(rows), "cohort_data_dictionary_v3.csv")))


@M("synthetic-line-list-zztest", "none",
   "synthetic outbreak line list clearly marked SYNTHETIC with ZZTEST names for a tabletop exercise", trap=True)
def _():
    rows = [["# SYNTHETIC DATA - TABLETOP EXERCISE 2026-04 - NOT REAL PATIENTS"],
            ["case_id", "name", "dob", "onset", "symptoms", "lab", "hospitalized"],
            ["X-001", "ZZTEST, ALPHA", "1900-01-01", "2026-04-01", "fever, rash", "measles IgM pos", "N"],
            ["X-002", "ZZTEST, BRAVO", "1900-01-01", "2026-04-03", "fever, cough", "pending", "Y"],
            ["X-003", "ZZTEST, CHARLIE", "1900-01-01", "2026-04-04", "rash", "measles PCR pos", "N"]]
    body = T("""
    Exercise controllers,

    Here is the synthetic line list for Thursday's measles tabletop.
    All records are fake (ZZTEST names, 1900-01-01 DOBs). Inject #2 at
    10:30.

    Joy Kaminski, Preparedness
    """)
    return mail(("Joy Kaminski", "jkaminski@" + CC), ("Exercise Controllers", "ttx-controllers@" + CC),
                "TTX measles - synthetic line list", D(2026, 4, 13, 14, 0),
                mixed(text(body), att("text/csv", csv_text(rows), "TTX_SYNTHETIC_linelist.csv")))


@M("statistician-r-snippet-readmit-model", "none",
   "statistician's R code with variable names like mrn and a1c but no data", trap=True)
def _():
    body = T("""
    Tyler,

    Here's the model code. Drop the identifier columns before fitting -
    the join key is the only reason mrn is in there.

    ```r
    library(dplyr)
    library(lme4)

    dat <- readRDS("extract.rds") %>%
      select(-mrn, -pt_name, -dob) %>%
      mutate(age10 = age / 10,
             hf = primary_dx_group == "HF",
             a1c_high = a1c_last > 9)

    fit <- glmer(readmit_30d ~ age10 + hf + a1c_high + los_days +
                   (1 | discharge_unit),
                 data = dat, family = binomial)
    summary(fit)
    ```

    Ingrid
    """)
    return mail(("Ingrid Lindahl", "ilindahl@" + MF), ("Tyler Brooks", "tbrooks@" + MF),
                "readmit model code", D(2026, 1, 16, 9, 5, "-0500"), body)


@M("python-fake-mrn-generator", "none",
   "a script that makes fake MRNs and DOBs for interface testing; no real records", trap=True)
def _():
    code = T("""
    # make_test_patients.py - generates ZZTEST patients for the ELR test lane
    import random

    rng = random.Random(42)
    for i in range(20):
        mrn = "ZZ%07d" % rng.randrange(10**7)
        dob = "19%02d%02d%02d" % (rng.randrange(30, 99), rng.randrange(1, 13), rng.randrange(1, 29))
        print("PID|1||%s^^^TESTLANE^MR||ZZTEST^PATIENT%02d||%s|U" % (mrn, i, dob))
    """)
    body = "Sunita - script for generating the fake PIDs, as promised. Output goes\nonly to the TEST lane.\n\nRavi\n"
    return mail(("Ravi Menon", "rmenon@" + MF), ("Sunita Baral", "sbaral@" + MF),
                "test patient generator", D(2026, 1, 22, 11, 30, "-0500"),
                mixed(text(body), att("text/x-python", code, "make_test_patients.py", cs="us-ascii")))


@M("biobank-genetic-consent-template-pdf", "none",
   "blank biobank consent template (PDF) describing genetic testing and return of results", trap=True)
def _():
    p = pdf([[
        "MARROWFIELD BIOREPOSITORY - CONSENT TO STORE SAMPLES AND HEALTH INFORMATION",
        "Template version 2026-02 (for IRB submission)",
        "",
        "Why are we asking you? We are building a collection of blood and tissue",
        "samples for research on cancer, heart disease and other conditions.",
        "",
        "Genetic research: your DNA may be sequenced. Some results, such as BRCA1,",
        "BRCA2, Lynch syndrome genes or APOE, could matter for your health.",
        "",
        "[ ] I want to be told about genetic results that could affect my health.",
        "[ ] I do not want to be told.",
        "",
        "Participant name: ____________________   Date of birth: ___________",
        "Signature: ___________________________   Date: ___________________",
    ]], title="Biorepository consent template")
    body = "Clean template for the amendment attached. No signed forms in this e-mail.\n\nLeonora\n"
    return mail(("Leonora Vance", "lvance@" + MF), ("Marrowfield HRPO", "irb@" + MF),
                "BioRepository consent template 2026-02", D(2026, 2, 20, 9, 0, "-0500"),
                mixed(text(body), att("application/pdf", p, "BR_consent_template_2026-02.pdf")))


@M("safe-harbor-identifier-checklist", "none",
   "a checklist of the 18 HIPAA Safe Harbor identifiers for researchers", trap=True)
def _():
    body = T("""
    Honest Broker tip of the month: before you send an extract outside
    Marrowfield, check it against the 18 Safe Harbor identifiers.

     1 names                         10 account numbers
     2 geography smaller than state  11 certificate/licence numbers
       (first 3 ZIP digits allowed   12 vehicle identifiers
       if population > 20,000)       13 device identifiers
     3 dates (except year) and ages  14 URLs
       over 89                       15 IP addresses
     4 phone numbers                 16 biometric identifiers
     5 fax numbers                   17 full-face photos
     6 e-mail addresses              18 any other unique number,
     7 SSNs                             characteristic or code
     8 medical record numbers
     9 health plan beneficiary numbers

    A file called "deidentified" that still has names or full admit
    dates is not de-identified. When in doubt, ask us: 555-0102.

    Honest Broker Service, Research Data Warehouse
    """)
    return mail(("Honest Broker Service", "honestbroker@" + MF), ("Research Newsletter List", "research-news@" + MF),
                "Tip of the month: the 18 identifiers", D(2026, 3, 2, 8, 30, "-0500"), body)


@M("biobank-participant-newsletter", "none",
   "biobank newsletter to all participants with aggregate findings; no individual results", trap=True)
def _():
    htm = T("""
    <html><body style="font-family:Georgia,serif">
    <h1>BioRepository News - Spring 2026</h1>
    <p>Thank you to the <b>18,400</b> people who have joined the Marrowfield BioRepository.</p>
    <h3>What we learned this year</h3>
    <ul>
    <li>About 1 in 190 participants carries a BRCA1 or BRCA2 variant; most did not know.</li>
    <li>Participants with familial hypercholesterolemia variants were diagnosed 12 years earlier
        when their relatives were tested.</li>
    <li>Our APOE study found no link between APOE e4 and hearing loss.</li>
    </ul>
    <p>If you asked to receive individual results, we will contact you directly and privately.
    This newsletter never contains personal results.</p>
    </body></html>
    """)
    return mail(("Marrowfield BioRepository", "biorepository@" + MF), ("BioRepository Participants", "br-participants@" + MF),
                "BioRepository News - Spring 2026", D(2026, 4, 15, 10, 0), html(htm, cte="base64"))


@M("smart-irb-reliance-request", "none",
   "IRB reliance agreement paperwork between institutions; no participants", trap=True)
def _():
    body = T("""
    Hello,

    Lakeshore will serve as the single IRB for the multi-site study
    "Home pulmonary rehabilitation for COPD (BREATHE-HOME)". Please
    complete the local context survey in the reliance system for
    Marrowfield, including:

    - local HIPAA authorisation language
    - state-specific reporting (child abuse, reportable diseases)
    - ancillary reviews (radiation safety not needed)

    Target activation: June 1.

    Maya Esposito, Reliance Coordinator
    Lakeshore Human Research Protection Program
    """)
    return mail(("Maya Esposito", "mesposito@" + LK), ("Marrowfield HRPO", "irb@" + MF),
                "Reliance request: BREATHE-HOME", D(2026, 4, 20, 11, 15), body)


@M("eight-thirty-screening-cancelled", "none",
   "coordinator says an unnamed 8:30 screening participant cancelled; no one is identified", trap=True)
def _():
    body = T("""
    FYI your 8:30 screening participant cancelled (car trouble), so exam
    room 2 is free until 10. The 10:00 consent visit is still on.

    Alyssa
    Sent from my iPhone
    """)
    return mail(("Alyssa Brandt", "abrandt@" + MF), ("Dr. Ruth Levin", "rlevin@" + MF),
                "8:30 cancelled", D(2026, 4, 14, 7, 52), body, xmailer="iPhone Mail (22E240)")


@M("job-posting-crc-addiction-research", "none",
   "job posting for a research coordinator in addiction medicine; no patient", trap=True)
def _():
    body = T("""
    NOW HIRING: Clinical Research Coordinator II - Addiction Medicine

    The Marrowfield Addiction Medicine Research Program runs trials of
    medications for opioid and stimulant use disorder, including
    extended-release buprenorphine and contingency management.

    Responsibilities: screening and consenting participants, collecting
    urine drug screens, data entry, AE reporting, working with the
    opioid treatment program staff.

    Requirements: bachelor's degree, 2 years of research experience; lived
    experience of recovery valued. Bilingual English/Spanish preferred.

    Apply by 03/31: https://careers.marrowfield.example.org/req/26-0417
    """)
    return mail(("Marrowfield Talent Acquisition", "careers@" + MF), ("Research Job Board", "research-jobs@" + MF),
                "Job posting: CRC II - Addiction Medicine (26-0417)", D(2026, 3, 3, 12, 0, "-0500"), body)


@M("job-posting-genetic-counselor", "none",
   "job posting for a genetic counsellor; describes BRCA and Lynch work, no patient", trap=True)
def _():
    body = T("""
    Position: Licensed Genetic Counselor, Cancer Genetics Program

    We see about 1,800 patients a year for hereditary cancer evaluation
    (BRCA1/2, Lynch syndrome, PALB2, CDH1) and run a cascade testing
    service for relatives. The counselor will also support the
    BioRepository return-of-results program.

    Requirements: ABGC board eligible, state licence within 6 months.
    Hybrid schedule, telehealth 2 days a week.

    Contact: Naomi Fairbanks, MS, CGC, 555-0125
    """)
    return mail(("Naomi Fairbanks", "nfairbanks@" + MF), ("Genetic Counselor Listserv", "gc-jobs@nsgc-list.example.org"),
                "Job: Cancer GC, Marrowfield Health", D(2026, 6, 22, 9, 0), body)


@M("convocatoria-estudio-migrana-es", "none",
   "Spanish (windows-1252 QP): general call for volunteers with migraine; no individual", lang="es", trap=True)
def _():
    body = T("""
    ¿Sufre migraña?

    El Servicio de Neurología del Hospital Clínico San Ramón busca
    voluntarios de 18 a 65 años con 4 o más días de migraña al mes para
    participar en un estudio clínico con un tratamiento en investigación
    (MIGRALUX).

    La participación incluye 8 visitas en 6 meses, un diario electrónico
    de cefaleas y análisis de sangre. Se compensarán los gastos de
    desplazamiento.

    Más información: ensayos.neurologia@hcsr.example.es.test
    Teléfono: 555-0159 (lunes a viernes, 9 a 14 h)

    Estudio aprobado por el Comité de Ética de la Investigación con
    Medicamentos. La participación es voluntaria.
    """)
    return mail(("Unidad de Ensayos - Neurología", "ensayos.neurologia@hcsr.example.es.test"),
                ("Lista Personal HCSR", "personal@hcsr.example.es.test"),
                "¿Sufre migraña? Buscamos voluntarios para un estudio", D(2026, 2, 23, 9, 0, "+0100"),
                text(body, "windows-1252", "quoted-printable"), cs="windows-1252", mode="Q")


@M("lure-docusign-irb-approval", "none",
   "phishing mail dressed as an IRB approval to sign; no patient", trap=True)
def _():
    htm = T("""
    <html><body style="background:#f4f4f4;font-family:Arial">
    <div style="background:#fff;padding:20px;max-width:560px">
    <p style="font-size:18px"><b>IRB Office</b> sent you a document to review and sign.</p>
    <p>Document: <b>Final_IRB_Approval_Participant_List.pdf</b></p>
    <p><a href="https://docsign-review.example.net/s/8821?u=research" style="background:#f0b400;
    padding:10px 20px;color:#000;text-decoration:none">REVIEW DOCUMENT</a></p>
    <p style="font-size:11px;color:#666">This link expires in 24 hours. Do not share this e-mail.</p>
    </div></body></html>
    """)
    return mail(("IRB Office via DocSign", "noreply@docsign-review.example.net"), ("Jordan Pak", "jpak@" + MF),
                "Action required: IRB approval pending your signature", D(2026, 5, 7, 3, 14, "+0000"),
                html(htm))


@M("cro-invoice-per-visit-fees", "none",
   "business invoice from a CRO with per-visit fee lines and counts; no participant named", trap=True)
def _():
    body = T("""
    INVOICE NP-2026-0342
    Northpoint Clinical Research -> Halvorsen Therapeutics
    Study: HT-2207 (CARDIQOR-HF)   Period: March 2026

    Site monitoring visits (on-site)     11 x $2,450.00   $26,950.00
    Remote monitoring                    23 x   $620.00   $14,260.00
    SAE processing                        9 x   $380.00    $3,420.00
    Participant visit pass-through      214 x   $175.00   $37,450.00
    Central lab kits                    260 x    $42.00   $10,920.00
                                                    TOTAL $92,000.00

    Payment terms net 45. Remit to account ending 4471.
    """)
    return mail(("Northpoint Accounts Receivable", "ar@" + NP), ("Halvorsen AP", "ap@" + HT),
                "Invoice NP-2026-0342 (HT-2207, March)", D(2026, 4, 2, 10, 0), body)


@M("sdtm-ae-mapping-question", "none",
   "data manager asks about SDTM variable mapping (AE, DM domains); variable names only", trap=True)
def _():
    body = T("""
    Hi Wen,

    Quick SDTM question for the HT-2207 transfer: our EDC stores the AE
    verbatim and the MedDRA preferred term separately. Should AETERM carry
    the verbatim and AEDECOD the PT? And for DM, are we sending BRTHDTC at
    all, or only AGE? Our privacy office would rather we send AGE only.

    Also, is the LB domain expecting LBORRES for potassium in mmol/L or
    the standardised LBSTRESN?

    Thanks,
    Pavel Horak, Clinical Data Manager
    """)
    return mail(("Pavel Horak", "phorak@" + NP), ("Wen Zhao", "wzhao@" + LK),
                "SDTM mapping - AE/DM/LB", D(2026, 5, 19, 14, 40), body)


@M("datavault-project-migration-notice", "none",
   "IT notice that research database projects (including an HIV cohort project) will migrate; no records", trap=True)
def _():
    body = T("""
    Research IT - scheduled migration

    The following Datavault projects move to the new server on Saturday
    06/20, 06:00-14:00. Projects will be read-only during the window.

      - GLYCO-STEP eCRF
      - PrEP-Comunidad visit tracker
      - HIV Cohort 2015-2025 (Infectious Diseases)
      - Overdose follow-up registry (County partnership)
      - STEP-UP-D screening

    No action is needed. Exports scheduled during the window will run on
    Sunday. Contact research-it@marrowfield.example.org with questions.
    """)
    return mail(("Research IT", "research-it@" + MF), ("Datavault Project Owners", "datavault-owners@" + MF),
                "Datavault migration Sat 06/20", D(2026, 6, 15, 12, 0), body)


# =====================================================================
# none, part 2: quality and care-management look-alikes
# =====================================================================

@M("readmissions-fell-dashboard-html", "none",
   "aggregate readmission dashboard: 'readmissions fell to 11.2%', no patients", trap=True)
def _():
    rows = [["All-cause", "12.6%", "11.2%", "&darr; 1.4"], ["Heart failure", "19.3%", "17.9%", "&darr; 1.4"],
            ["COPD", "15.8%", "15.1%", "&darr; 0.7"], ["Pneumonia", "12.1%", "12.4%", "&uarr; 0.3"],
            ["AMI", "10.9%", "9.8%", "&darr; 1.1"]]
    htm = ("<html><body><h2>30-day readmissions, Q2 2026</h2>"
           "<p>Good news: all-cause readmissions <b>fell to 11.2%</b>, our lowest since 2019. The heart-failure "
           "transitions bundle (48-hour call, 7-day visit) is working.</p>\n"
           + html_table(["Cohort", "Q1", "Q2", "Change"], rows)
           + "<p>Source: Quality Analytics, discharges 04/01-06/30 (n = 9,412).</p></body></html>\n")
    return mail(("Quality Analytics", "quality-analytics@" + MF), ("Leadership Forum", "leadership@" + MF),
                "Readmissions fell to 11.2% in Q2", D(2026, 7, 14, 7, 30),
                alt(text("All-cause 30-day readmissions fell to 11.2% in Q2 (Q1 12.6%). Details in the HTML version.\n"),
                    html(htm)))


@M("quality-committee-agenda-may", "none",
   "quality committee agenda with measures and case-review slots but no patient details", trap=True)
def _():
    body = T("""
    QUALITY AND PATIENT SAFETY COMMITTEE
    Thursday, May 21, 2026, 7:30-9:00 am, Board Room / Teams

    1. Approval of April minutes (5 min)
    2. Sepsis SEP-1 compliance, Q1: 71% -> target 80% (Dr. Petrakis)
    3. CLABSI and CAUTI rates, ICU dashboard (Infection Prevention)
    4. Falls with injury: 0.41 per 1,000 patient days (Nursing Quality)
    5. Serious safety events - RCA status update (Patient Safety Officer)
       * cases will be presented in closed session only; no case details
         in this agenda or the packet
    6. HEDIS preliminary rates MY2025 (Population Health)
    7. Other business

    Packet will be posted in the committee SharePoint by Tuesday.
    """)
    return mail(("Quality Committee Admin", "qps-admin@" + MF), ("Quality Committee", "quality-committee@" + MF),
                "Agenda - QPS Committee 5/21", D(2026, 5, 15, 16, 0), body)


@M("hedis-my2026-measure-changes", "none",
   "health-plan provider bulletin on HEDIS measure changes; measure names only", trap=True)
def _():
    htm = T("""
    <html><body>
    <h2>Greyfern Provider Bulletin: HEDIS MY2026 changes</h2>
    <ul>
    <li><b>BCS-E</b> Breast Cancer Screening: now ages 40-74.</li>
    <li><b>GSD</b> Glycemic Status Assessment: GMI from a CGM now counts.</li>
    <li><b>CBP</b> Controlling High Blood Pressure: remote-monitoring readings accepted.</li>
    <li><b>SAA</b> Antipsychotic adherence in schizophrenia: no change.</li>
    <li><b>FUM/FUA</b> Follow-up after ED visit for mental illness or substance use: telehealth continues to count.</li>
    </ul>
    <p>Chart-chase season starts in February. Please route requests from ChartQuest to your records team.</p>
    </body></html>
    """)
    return mail(("Greyfern Provider Relations", "providers@" + GF), ("Network Practices", "network-practices@" + GF),
                "Provider Bulletin: HEDIS MY2026 changes", D(2026, 1, 6, 10, 0, "-0500"), html(htm))


@M("chart-retrieval-vendor-invoice", "none",
   "record-retrieval vendor invoice with chart counts and request numbers only", trap=True)
def _():
    body = T("""
    ChartQuest Retrieval Services - Invoice CQI-44190

    Bill to: Greyfern Health Plan, Quality Management
    Project: HEDIS MY2025 hybrid chase

    Charts requested        4,812
    Charts retrieved        4,377   @ $11.50   $50,335.50
    Provider copy fees                          $3,210.00
    Abstraction QA (5%)       219   @ $18.00    $3,942.00
                                      TOTAL     $57,487.50

    Request batches: CQ-88001 through CQ-91240. Due on receipt.
    """)
    return mail(("ChartQuest Billing", "billing@" + CQ), ("Greyfern AP", "ap@" + GF),
                "Invoice CQI-44190", D(2026, 6, 1, 8, 0), body)


@M("care-gap-summary-counts-only", "none",
   "care-gap summary with counts of overdue patients by clinic; no names", trap=True)
def _():
    body = T("""
    Care gap summary - April 2026 (counts only; lists are in the registry)

    Clinic        Mammogram  Colon scr.  A1c >9  Eye exam  BP uncontrolled
    Millbrook          412        618       97      233         301
    Westbrook          287        455      141      198         264
    Eastside           156        240       44       89         120

    Outreach this month: 1,430 letters, 612 calls, 388 portal messages.
    Closed gaps since March: 271.

    Population Health Analytics
    """)
    return mail(("Population Health Analytics", "pophealth-analytics@" + MF), ("Primary Care Leaders", "pc-leaders@" + MF),
                "Care gap summary - April", D(2026, 4, 6, 6, 5), body)


@M("sql-a1c-over-9-query", "none",
   "a SQL query for the A1c > 9 registry list; code with column names, no rows", trap=True)
def _():
    body = T("""
    Jackie - here's the query behind the GSD >9 list so you can run it
    yourself in the reporting sandbox:

        SELECT p.mrn, p.last_name, p.first_name, l.result_value AS a1c,
               l.result_date
        FROM   registry.patients p
        JOIN   registry.labs l ON l.patient_id = p.patient_id
        WHERE  l.loinc = '4548-4'
          AND  l.result_date = (SELECT MAX(result_date) FROM registry.labs
                                WHERE patient_id = p.patient_id AND loinc = '4548-4')
          AND  l.result_value > 9
          AND  p.pcp_site = 'WESTBROOK'
        ORDER  BY l.result_value DESC;

    Nate, Data Services
    """)
    return mail(("Nate Holloway", "nholloway@" + WB), ("Jackie Morrow", "jmorrow@" + WB),
                "GSD query", D(2026, 3, 17, 11, 10), body)


@M("stroke-dtn-quarterly-metrics", "none",
   "stroke programme quarterly metrics (door-to-needle medians, percentages); no patients", trap=True)
def _():
    body = T("""
    Stroke Program - Q1 2026 metrics

    IV thrombolysis cases: 31
    Median door-to-needle: 41 min (Q4 2025: 47)
    DTN <= 45 min: 61%    DTN <= 60 min: 90%
    Thrombectomy: 18, median door-to-groin 78 min
    Dysphagia screen before oral intake: 96%
    Discharged on statin: 98%

    Great work, everyone. Registry submission is complete for Q1.

    Kimberly Osterhaus, RN, Stroke Program Coordinator
    """)
    return mail(("Kimberly Osterhaus", "kosterhaus@" + MF), ("Stroke Committee", "stroke-committee@" + MF),
                "Q1 stroke metrics", D(2026, 4, 20, 12, 0), body)


@M("cancer-registry-annual-report-pdf", "none",
   "cancer registry annual report (Flate PDF) with case counts by site and stage", trap=True)
def _():
    p = pdf([[
        "MARROWFIELD CANCER REGISTRY - ANNUAL REPORT 2025",
        "",
        "Analytic cases accessioned: 2,184",
        "Top five sites: breast 412, lung 318, prostate 266, colorectal 201, melanoma 118",
        "",
        "Stage at diagnosis (all sites): stage 0-I 41%, II 22%, III 17%, IV 15%, unknown 5%",
        "Five-year observed survival, lung (2019 cohort): 27%",
        "",
        "Follow-up rate (analytic cases within 5 years): 91%",
        "Quality: 100% of cases abstracted within 6 months of first contact",
    ]], flate=True, title="Cancer Registry Annual Report 2025")
    body = "The 2025 annual report is attached for the Cancer Committee.\n\nYvette Carrow, CTR\n"
    return mail(("Yvette Carrow", "ycarrow@" + MF), ("Cancer Committee", "cancer-committee@" + MF),
                "Cancer Registry annual report 2025", D(2026, 3, 30, 14, 0),
                mixed(text(body), att("application/pdf", p, "CancerRegistry_Annual_2025.pdf")))


@M("trauma-registry-webinar", "none",
   "trauma registry training webinar on injury coding; no patient", trap=True)
def _():
    body = T("""
    Riverine State Trauma Registry - Registrar Webinar Series

    Session 4: AIS 2005 update 2008 coding for pelvic ring and splenic
    injuries, and how they change the ISS.

    Date: Wednesday, August 12, 2026, 1:00-2:30 pm
    CE: 1.5 hours (CAISS approved)
    Register: https://trauma.riverine-state.test/webinars/4

    Bring your tricky cases - but please de-identify them first; no
    patient names or trauma numbers in the chat.
    """)
    return mail(("State Trauma Registry", "trauma.registry@" + RS), ("Trauma Registrars", "registrars@" + RS),
                "Webinar 8/12: pelvic and splenic injury coding", D(2026, 7, 27, 9, 0), body)


@M("peer-review-committee-recurring-ics", "none",
   "recurring calendar series for the peer-review committee; cases distributed elsewhere", trap=True)
def _():
    desc = ("Monthly Medical Staff Peer Review Committee. Case files are distributed through the secure peer "
            "review system only; do not e-mail case details.")
    ic = ics("REQUEST", "w23-peer-series@" + MF, "20260707T170000", "20260707T183000",
             "Peer Review Committee (monthly)", ("Medical Staff Quality", "msq@" + MF),
             [("Peer Review Committee", "peer-review@" + MF)], desc, "Admin Conf Room A",
             rrule="FREQ=MONTHLY;BYDAY=1TU;COUNT=12")
    return mail(("Medical Staff Quality", "msq@" + MF), ("Peer Review Committee", "peer-review@" + MF),
                "Invitation: Peer Review Committee (monthly) - first Tuesday 5pm", D(2026, 6, 24, 10, 0),
                alt(text("Monthly peer review committee, first Tuesday, 5:00-6:30 pm, Admin Conf Room A.\n"), cal(ic)))


@M("patient-safety-week-newsletter", "none",
   "patient safety awareness week newsletter with falls and medication-error statistics", trap=True)
def _():
    htm = T("""
    <html><body style="font-family:Helvetica">
    <h1>Patient Safety Awareness Week: March 8-14</h1>
    <p>Last year Marrowfield staff filed <b>6,204</b> SafeWatch reports. Thank you! Reporting near
    misses is how we catch problems before they reach patients.</p>
    <ul>
    <li>Falls with injury fell 18%.</li>
    <li>Wrong-patient medication events: 11, down from 19.</li>
    <li>Good catches celebrated: 412.</li>
    </ul>
    <p>Join the Good Catch awards on Thursday at noon in the atrium. Cake provided.</p>
    </body></html>
    """)
    return mail(("Patient Safety Office", "patientsafety@" + MF), ("All Staff", "allstaff@" + MF),
                "Patient Safety Awareness Week", D(2026, 3, 6, 8, 0, "-0500"), html(htm, cte="quoted-printable"))


@M("rca-training-fictional-case", "none",
   "RCA2 training exercise built on a fictional unnamed case", trap=True)
def _():
    body = T("""
    RCA2 facilitator training - pre-work

    Read the fictional case below and draft a cause-and-effect diagram
    before Tuesday's session. (Composite case, no real patient.)

      "Patient A, a 67-year-old on a medical unit, received a dose of
       insulin intended for the patient in the next bed. The two patients
       had similar last names. Barcode scanning was bypassed because the
       scanner battery was dead."

    Questions to consider: why was bypass possible? What made the names
    confusable? What would a strong action look like?

    Beth Sandoval, Patient Safety Officer
    """)
    return mail(("Beth Sandoval", "bsandoval@" + MF), ("RCA2 Facilitator Cohort", "rca-training@" + MF),
                "RCA2 training pre-work", D(2026, 9, 3, 15, 0), body)


@M("quality-scorecard-pdf", "none",
   "quarterly quality scorecard PDF with rates and targets only", trap=True)
def _():
    p = pdf([[
        "WESTBROOK CHC - QUALITY SCORECARD Q2 2026",
        "",
        "Measure                              Rate    Target",
        "Breast cancer screening (BCS-E)      71.4%   74%",
        "Colorectal cancer screening          62.0%   65%",
        "A1c poor control (>9%)               24.8%   <22%",
        "Controlling high blood pressure      68.3%   70%",
        "Depression screening and follow-up   81.0%   80%",
        "HIV screening, ages 15-65            58.9%   60%",
        "Childhood immunisation status        66.2%   70%",
    ]], flate=True, title="Scorecard Q2 2026")
    body = "Q2 scorecard for the board packet.\n\nJackie\n"
    return mail(("Jackie Morrow", "jmorrow@" + WB), ("Westbrook Board", "board@" + WB),
                "Q2 quality scorecard", D(2026, 7, 20, 8, 45),
                mixed(text(body), att("application/pdf", p, "Westbrook_Scorecard_Q2_2026.pdf")))


@M("qi-charter-sepsis-bundle", "none",
   "QI project charter for sepsis-bundle compliance with baseline rates", trap=True)
def _():
    body = T("""
    PROJECT CHARTER - "Antibiotics within 1 hour" (ED sepsis)

    Problem: 29% of ED patients meeting SEP-1 criteria receive
    antibiotics more than 60 minutes after recognition (baseline
    Oct-Dec 2025, n = 412).
    Aim: reduce to under 15% by 12/31/2026.
    Measures: outcome - % antibiotics > 60 min; process - % sepsis
    alerts acknowledged in 10 min; balancing - C. difficile rate.
    Team: ED medical director, ED pharmacist, nurse educator, Quality.
    Changes to test: pharmacist at triage, pre-mixed antibiotic in
    Pyxis, alert redesign.

    Sponsor sign-off requested by 2/15.
    """)
    return mail(("Dr. Nikos Petrakis", "npetrakis@" + MF), ("ED Quality Team", "ed-quality@" + MF),
                "Sepsis QI charter for sign-off", D(2026, 2, 3, 18, 10, "-0500"), body)


@M("primo-soccorso-salute-mentale-it", "none",
   "Italian (windows-1252 8bit): staff course on mental-health first aid; no individual", lang="it", trap=True)
def _():
    body = T("""
    Care colleghe e cari colleghi,

    l'Ufficio Formazione organizza il corso "Primo soccorso per la salute
    mentale" rivolto a tutto il personale sanitario e amministrativo.

    Durante il corso si parlerà di come riconoscere i segnali di
    depressione, ansia, crisi di panico e uso problematico di alcol e
    sostanze, di come avviare una conversazione e di come indirizzare la
    persona verso i servizi di supporto.

      Date: 14 e 21 ottobre 2026, ore 9:00-13:00
      Sede: Aula Magna, Padiglione B
      Crediti ECM: 8

    Iscrizioni entro il 30 settembre sul portale della formazione.

    Ufficio Formazione - Ospedale San Vitale
    """)
    return mail(("Ufficio Formazione", "formazione@ospedale-sanvitale.example.it.test"),
                ("Tutto il personale", "personale@ospedale-sanvitale.example.it.test"),
                "Corso: primo soccorso per la salute mentale", D(2026, 9, 7, 10, 0, "+0200"),
                text(body, "windows-1252", "8bit"), cs="windows-1252", mode="Q")


@M("plano-eliminacao-hepatite-c-pt", "none",
   "Portuguese (UTF-8 base64): summary of a hepatitis C elimination plan with aggregate targets",
   lang="pt", trap=True)
def _():
    body = T("""
    Prezados colegas,

    Segue o resumo do Plano Municipal de Eliminação da Hepatite C
    2026-2030, aprovado ontem pelo Conselho de Saúde:

    - Meta: diagnosticar 90% das pessoas com hepatite C e tratar 80% até
      2030.
    - Situação atual: cerca de 3.200 pessoas vivendo com o vírus no
      município; 1.150 já diagnosticadas; 410 tratadas em 2025.
    - Ações: testagem rápida nas unidades básicas e nos centros de
      atenção psicossocial, tratamento com antivirais de ação direta na
      atenção primária, busca ativa de pessoas diagnosticadas que não
      iniciaram o tratamento.

    O documento completo está na intranet.

    Atenciosamente,
    Coordenação de Vigilância Epidemiológica
    """)
    return mail(("Vigilância Epidemiológica", "vigilancia@saude-saolourenco.example.br.test"),
                ("Coordenadores de Unidade", "coordenadores@saude-saolourenco.example.br.test"),
                "Resumo do Plano de Eliminação da Hepatite C", D(2026, 7, 28, 14, 0, "-0300"),
                text(body, "utf-8", "base64"))


@M("readmission-vendor-webinar-ad", "none",
   "vendor marketing for readmission-prediction software; no patient", trap=True)
def _():
    htm = T("""
    <html><body>
    <p>Hi there,</p>
    <p>Hospitals using <b>ReadmitIQ</b> cut heart-failure readmissions by up to 22% in the first year.
    Our model scores every inpatient for 30-day risk using labs, diagnoses and social needs,
    and pushes the top 10% to your care managers.</p>
    <p>Join our free webinar, <i>"Beyond LACE: AI for transitions of care"</i>, on June 9 at 2 pm ET.</p>
    <p><a href="https://readmitiq.example.com/webinar">Save my seat</a></p>
    <p style="font-size:10px">You are receiving this because you attended a past event.
    <a href="https://readmitiq.example.com/unsub">Unsubscribe</a></p>
    </body></html>
    """)
    return mail(("ReadmitIQ Events", "events@readmitiq.example.com"), ("Roberta Fiske", "rfiske@" + MF),
                "Cut HF readmissions 22% - free webinar", D(2026, 5, 27, 13, 0), html(htm))


# =====================================================================
# none, part 3: population and public-health look-alikes
# =====================================================================

@M("measles-press-release-counts", "none",
   "public-health press release on a measles outbreak with case counts and clinic times; no individual", trap=True)
def _():
    body = T("""
    FOR IMMEDIATE RELEASE - April 10, 2026
    Calder County Public Health confirms five measles cases

    CALDER FALLS - Calder County Public Health (CCPH) has confirmed five
    cases of measles in county residents since March 30. Four of the five
    were not vaccinated. Ages range from 11 months to 34 years; two have
    been hospitalised and all are recovering.

    People who were at the following places may have been exposed:
    - Westbrook Pediatrics waiting room, April 6, 2-4 pm
    - Calder Falls Public Library, April 7, 10 am-1 pm

    Free MMR vaccine clinics: Saturday and Sunday, 9 am-3 pm, CCPH Main
    Street clinic. Measles information line: 555-0105.

    Media contact: Alana Brightwater, Public Information Officer, 555-0104
    """)
    return mail(("CCPH Public Information", "pio@" + CC), ("Media List", "media@" + CC),
                "PRESS RELEASE: CCPH confirms five measles cases", D(2026, 4, 10, 11, 0), body)


@M("jornada-vacunacion-gratuita-es", "none",
   "Spanish (ISO-8859-1 8bit): community vaccine clinic notice", lang="es", trap=True)
def _():
    body = T("""
    ¡Vacúnese gratis este sábado!

    El Departamento de Salud Pública del Condado de Calder ofrece vacunas
    gratuitas para toda la familia:

      - Gripe (influenza), a partir de los 6 meses
      - COVID-19, versión actualizada
      - Sarampión, paperas y rubéola (SPR / MMR)
      - Tétanos y tos ferina (Tdap), especialmente para embarazadas

    Sábado 17 de octubre, de 9:00 a 14:00
    Iglesia de San Judas, 450 Ferris Lane (salón parroquial)

    No necesita seguro médico ni cita previa. Traiga la cartilla de
    vacunación si la tiene. Habrá intérpretes.

    Información: 555-0108
    """)
    return mail(("Salud Pública del Condado de Calder", "vacunas@" + CC), ("Lista Comunitaria", "comunidad@" + CC),
                "Vacunas gratis este sábado 17 de octubre", D(2026, 10, 12, 9, 0),
                text(body, "iso-8859-1", "8bit"), cs="iso-8859-1", mode="Q")


@M("ili-weekly-surveillance-summary", "none",
   "weekly influenza-like-illness surveillance summary with counts and percentages only", trap=True)
def _():
    body = T("""
    Calder County Respiratory Virus Surveillance - MMWR week 3 (Jan 11-17)

    ED visits for influenza-like illness: 6.8% of all visits (prior week 7.4%)
    Influenza positivity (sentinel labs): 24.1%  (A/H3 71%, A/H1 22%, B 7%)
    RSV positivity: 9.3%    SARS-CoV-2 positivity: 6.0%
    Influenza hospitalisations: 48 (FluSurv sites)
    Pediatric influenza deaths this season: 0
    Long-term care outbreaks (respiratory): 3 active

    Activity level: HIGH, possibly peaking.
    Full report with age-group charts at https://cchd.calder-county.test/respiratory
    """)
    return mail(("CCPH Epidemiology", "epi@" + CC), ("Health Alert Network", "han@" + CC),
                "Respiratory surveillance - week 3", D(2026, 1, 21, 14, 0, "-0500"), body)


@M("overdose-dashboard-monthly-html", "none",
   "monthly overdose surveillance dashboard with counts, rates and naloxone figures", trap=True)
def _():
    rows = [["Suspected overdose ED visits", "142", "118", "&darr; 17%"],
            ["EMS naloxone administrations", "97", "81", "&darr; 16%"],
            ["Overdose deaths (provisional)", "11", "9", ""],
            ["Naloxone kits distributed", "1,240", "1,615", "&uarr; 30%"],
            ["Buprenorphine starts in EDs", "38", "52", "&uarr; 37%"]]
    htm = ("<html><body><h2>Calder County Overdose Dashboard - May 2026</h2>\n"
           + html_table(["Indicator", "April", "May", "Change"], rows)
           + "<p>Counts under 5 are suppressed. ZIP-level maps on the public dashboard.</p></body></html>\n")
    return mail(("Overdose Response Program", "odrp@" + CC), ("Overdose Task Force", "od-taskforce@" + CC),
                "Overdose dashboard - May", D(2026, 6, 10, 8, 0), html(htm, cte="base64"))


@M("ct-counts-by-zip-deidentified-csv", "none",
   "de-identified chlamydia counts by ZIP code with small cells suppressed", trap=True)
def _():
    rows = [["zip", "year", "chlamydia_cases", "rate_per_100k", "note"],
            ["00112", "2025", "184", "612.3", ""], ["00113", "2025", "97", "401.8", ""],
            ["00114", "2025", "211", "688.0", ""], ["00119", "2025", "<5", "", "suppressed"],
            ["00121", "2025", "38", "212.6", ""]]
    body = "Counts by ZIP for the community health assessment, suppression applied (<5).\n\nMarcus\n"
    return mail(("Marcus Whitby", "mwhitby@" + CC), ("CHA Workgroup", "cha-workgroup@" + CC),
                "CT counts by ZIP 2025", D(2026, 3, 5, 10, 0, "-0500"),
                mixed(text(body), att("text/csv", csv_text(rows), "ct_by_zip_2025.csv")))


@M("hiv-awareness-newsletter", "none",
   "community newsletter on HIV testing and PrEP; general education, no individual", trap=True)
def _():
    htm = T("""
    <html><body style="font-family:Arial">
    <h1 style="color:#b22">Know Your Status</h1>
    <p>About 1 in 8 people living with HIV don't know it. Testing is free, fast and confidential at
    every Calder County clinic.</p>
    <h3>PrEP works</h3>
    <p>Taken as prescribed, PrEP lowers the chance of getting HIV from sex by about 99%. Ask about
    daily pills or an injection every two months.</p>
    <h3>Undetectable = Untransmittable</h3>
    <p>People with HIV who take antiretroviral therapy and keep an undetectable viral load do not
    transmit HIV to sexual partners.</p>
    <p>Free self-test kits by mail: <a href="https://cchd.calder-county.test/selftest">cchd.calder-county.test/selftest</a></p>
    </body></html>
    """)
    return mail(("CCPH HIV Prevention", "hivprevention@" + CC), ("Community Newsletter", "newsletter@" + CC),
                "Know Your Status - June newsletter", D(2026, 6, 1, 10, 0), html(htm, cte="quoted-printable"))


@M("recovery-month-newsletter", "none",
   "Recovery Month newsletter on naloxone and buprenorphine access; no individual", trap=True)
def _():
    body = T("""
    SEPTEMBER IS RECOVERY MONTH

    Recovery is possible, and treatment works. Medications for opioid use
    disorder - buprenorphine, methadone and naltrexone - cut the risk of
    overdose death roughly in half.

    This month:
    * Free naloxone at every county library branch, no questions asked.
    * Same-day buprenorphine starts at Bayside Recovery Services,
      Monday-Friday 8-4 (walk in).
    * Recovery Walk, Saturday 9/19, Riverfront Park, 10 am.
    * Family support group (Al-Anon style) Thursdays 6 pm.

    If you or someone you know is struggling, call or text 988.

    Calder County Overdose Response Program
    """)
    return mail(("Overdose Response Program", "odrp@" + CC), ("Community Newsletter", "newsletter@" + CC),
                "Recovery Month: events and resources", D(2026, 9, 1, 9, 0), body)


@M("ryan-white-suppression-aggregate-json", "none",
   "aggregate Ryan White viral-suppression measures as JSON; no client-level data", trap=True)
def _():
    data = {"report": "RW Part B quality measures", "period": "2026-Q1", "agency": "Westbrook CHC",
            "measures": [{"id": "VLS", "name": "HIV viral load suppression", "numerator": 412, "denominator": 468, "rate": 0.880},
                         {"id": "RIC", "name": "Retention in care", "numerator": 401, "denominator": 468, "rate": 0.857},
                         {"id": "ART", "name": "Prescribed ART", "numerator": 466, "denominator": 468, "rate": 0.996}],
            "suppression_rule": "cells < 11 suppressed"}
    body = "Q1 aggregate measures for the state quality portal, JSON as requested.\n\nRenee\n"
    return mail(("Renée Alvarado", "ralvarado@" + WB), ("RSDH Ryan White Quality", "rw.quality@" + RS),
                "RW Part B Q1 measures", D(2026, 4, 15, 16, 0),
                mixed(text(body), att("application/json", json.dumps(data, indent=2) + "\n", "rw_q1_measures.json")))


@M("hl7-adt-zztest-onboarding", "none",
   "syndromic-feed onboarding test using a ZZTEST patient and its ACK; test data only", trap=True)
def _():
    msg = hl7(
        "MSH|^~\\&|TESSERA|MARROWFIELD|SYNDROMIC|RSDH|20260105101500-0500||ADT^A04^ADT_A01|TEST0001|T|2.5.1",
        "EVN||20260105101500-0500",
        "PID|1||ZZ0000001^^^MARROWFIELD^MR||ZZTEST^SYNDROMIC^ONE||19000101|U",
        "PV1|1|E|ED",
        "PV2|||^TEST CHIEF COMPLAINT",
        "",
        "MSH|^~\\&|SYNDROMIC|RSDH|TESSERA|MARROWFIELD|20260105101502-0500||ACK^A04^ACK|ACK0001|T|2.5.1",
        "MSA|AA|TEST0001")
    body = "Test lane round trip worked (processing ID T). Message and ACK below.\n\n" + msg + "\nRavi\n"
    return mail(("Ravi Menon", "rmenon@" + MF), ("RSDH Syndromic Onboarding", "syndromic.onboarding@" + RS),
                "onboarding test - ADT A04 round trip OK", D(2026, 1, 5, 10, 30, "-0500"), body)


@M("fhir-capabilitystatement-elr", "none",
   "FHIR CapabilityStatement for an ELR endpoint; no patient resources", trap=True)
def _():
    cs = {"resourceType": "CapabilityStatement", "status": "active", "date": "2026-02-01",
          "publisher": "Riverine State Department of Health", "kind": "instance",
          "fhirVersion": "4.0.1", "format": ["json"],
          "rest": [{"mode": "server", "resource": [
              {"type": "Patient", "interaction": [{"code": "create"}]},
              {"type": "Observation", "interaction": [{"code": "create"}],
               "searchParam": [{"name": "code", "type": "token"}]},
              {"type": "DiagnosticReport", "interaction": [{"code": "create"}]}]}]}
    body = "CapabilityStatement for the new ELR FHIR endpoint, for your onboarding checklist.\n"
    return mail(("RSDH ELR Onboarding", "elr.onboarding@" + RS), ("TCRL Interfaces", "interfaces@tcrl.example.net"),
                "ELR FHIR endpoint CapabilityStatement", D(2026, 2, 2, 9, 0, "-0500"),
                mixed(text(body), att("application/fhir+json", json.dumps(cs, indent=2) + "\n", "CapabilityStatement.json")))


@M("hl7-ack-batch-only", "none",
   "a batch of HL7 ACKs returned by the state; acknowledgements carry no patient", trap=True)
def _():
    acks = hl7(
        "MSH|^~\\&|RSDH_ELR|RSDH|TCRL_LIS|TCRL|20260521061500||ACK^R01^ACK|RS260521000881|P|2.5.1",
        "MSA|AA|TCRL2605210005",
        "MSH|^~\\&|RSDH_ELR|RSDH|TCRL_LIS|TCRL|20260521061501||ACK^R01^ACK|RS260521000882|P|2.5.1",
        "MSA|AA|TCRL2605210006",
        "MSH|^~\\&|RSDH_ELR|RSDH|TCRL_LIS|TCRL|20260521061502||ACK^R01^ACK|RS260521000883|P|2.5.1",
        "MSA|AE|TCRL2605210007|OBX-5 value exceeds length")
    body = "ACK file for today's batches attached. One AE (length error).\n"
    return mail(("RSDH ELR", "elr-noreply@" + RS), ("TCRL Interfaces", "interfaces@tcrl.example.net"),
                "ACKs 2026-05-21", D(2026, 5, 21, 6, 20),
                mixed(text(body), att("text/plain", acks, "ACK_20260521.txt", cte="quoted-printable")))


@M("syndromic-onboarding-spec-pid3", "none",
   "syndromic-surveillance onboarding spec discussing PID-3 and PV2-3 fields; no data", trap=True)
def _():
    body = T("""
    Sunita,

    Notes from the state onboarding call:

    - PID-3 must carry the MRN with the assigning authority OID in
      PID-3.4; they hash it on receipt.
    - PID-5 name is optional for syndromic; they prefer we send it empty
      (""), but they'll accept it.
    - PV2-3 (chief complaint) needs free text in CWE.9 - that's what
      broke after the upgrade.
    - OBX for age (21612-7) and chief complaint (8661-1) are required;
      no lab OBX in the syndromic feed.

    I'll update the Corvid mapping spec and send it round.
    Ravi
    """)
    return mail(("Ravi Menon", "rmenon@" + MF), ("Sunita Baral", "sbaral@" + MF),
                "syndromic spec notes", D(2026, 1, 21, 16, 0, "-0500"), body)


@M("iis-outage-notice", "none",
   "immunisation-registry planned outage notice", trap=True)
def _():
    body = T("""
    CalderIIS will be unavailable Sunday, March 22, 00:00-06:00 for a
    database upgrade. HL7 VXU messages sent during the window will queue
    and process automatically. Forecasting and QBP queries will return
    AR (application reject) during the outage.

    CalderIIS Support, 555-0109
    """)
    return mail(("CalderIIS Support", "iis-support@" + CC), ("CalderIIS Users", "iis-users@" + CC),
                "CalderIIS planned outage 3/22", D(2026, 3, 16, 12, 0), body)


@M("newborn-panel-expansion-memo", "none",
   "memo on adding SMA and Pompe disease to the newborn-screening panel; genetic words, no infant", trap=True)
def _():
    body = T("""
    TO: Birth facilities and pediatric providers
    FROM: Riverine State Newborn Screening Program
    RE: Panel expansion effective July 1, 2026

    Starting July 1 the state newborn screening panel adds:
    - Spinal muscular atrophy (SMA): SMN1 exon 7 deletion by real-time PCR
    - Pompe disease: GAA enzyme activity, with reflex GAA gene sequencing

    Screen-positive SMA results will be phoned to the provider of record
    the same day, with referral to pediatric neurology and genetic
    counselling. Carrier status will not be reported.

    Updated collection cards (version 2026-07) ship in June. Webinar for
    nursery staff: June 10, noon.
    """)
    return mail(("RSDH Newborn Screening", "nbs@" + RS), ("NBS Providers", "nbs-providers@" + RS),
                "NBS panel expansion July 1: SMA and Pompe", D(2026, 5, 1, 9, 0), body)


@M("lead-guidance-providers", "none",
   "provider guidance on blood lead reference value and follow-up intervals", trap=True)
def _():
    body = T("""
    Provider Update: childhood blood lead testing

    - Test all children at 12 and 24 months, and children 36-72 months
      with no prior test.
    - Reference value: 3.5 ug/dL. Confirm capillary results at or above
      3.5 with a venous sample (within 3 months for 3.5-9, 1 month for
      10-19, 1 week for 20-44, 48 hours for 45+).
    - All results must be reported to the county within 1 week; results
      of 10 or more within 1 working day.

    Home environmental visits are offered for confirmed 3.5+.
    Childhood Lead Poisoning Prevention Program, 555-0191
    """)
    return mail(("Lead Poisoning Prevention", "lead@" + CC), ("Pediatric Providers", "peds-providers@" + CC),
                "Provider update: blood lead testing", D(2026, 2, 9, 10, 0, "-0500"), body)


@M("contact-tracing-training-roleplay", "none",
   "borderline: contact-tracing training script with a persona marked fictional; no real person", trap=True)
def _():
    body = T("""
    Contact tracer onboarding - role play 2 (FICTIONAL SCENARIO)

    Everything below is invented for training. Do not enter it in the
    surveillance system.

      Trainee plays: CCPH contact tracer
      Trainer plays: "Jordan Sample" (FICTIONAL), 29, tested positive
      for pertussis yesterday, works at a daycare, reluctant to name
      contacts.

    Practice points: open with the script, confirm identity with two
    identifiers, explain confidentiality, elicit contacts at the
    daycare, and offer the antibiotic letter for household members.

    Debrief questions are on the back of the handout.
    """)
    return mail(("CCPH Training", "training@" + CC), ("New Contact Tracers", "ct-cohort-6@" + CC),
                "Role play 2 - pertussis contact interview", D(2026, 8, 24, 8, 30), body)


@M("hiv-vl-assay-qc-values", "none",
   "laboratory QC values for an HIV viral-load assay; controls, no patient", trap=True)
def _():
    body = T("""
    HIV-1 RNA assay - daily QC, instrument TCRL-M2000-02, 06/03/2026

    Control        Lot      Target (log cp/mL)  Result  Status
    Negative       N2604    not detected        ND      PASS
    Low positive   L2604    2.95 +/- 0.30       3.02    PASS
    High positive  H2604    5.10 +/- 0.30       5.31    PASS

    Calibration valid through 06/17. Patient runs released.

    Tri-County Reference Lab - Molecular
    """)
    return mail(("TCRL Molecular", "molecular@tcrl.example.net"), ("TCRL QA", "qa@tcrl.example.net"),
                "QC log HIV-1 RNA 06/03", D(2026, 6, 3, 7, 0), body)


@M("wastewater-surveillance-report", "none",
   "wastewater surveillance report with viral concentrations by treatment plant", trap=True)
def _():
    body = T("""
    Wastewater surveillance - week ending 08/29/2026

    Plant              SARS-CoV-2 (copies/L)  Trend     Influenza A  Mpox clade II
    Calder Falls WWTP       148,000           up 35%    not detected  not detected
    Ashby WWTP               61,000           stable    not detected  not detected
    Riverside WWTP           92,000           up 12%    low           not detected

    Interpretation: moderate and rising COVID-19 activity; consistent
    with ED syndromic data.
    """)
    return mail(("CCPH Epidemiology", "epi@" + CC), ("Health Alert Network", "han@" + CC),
                "Wastewater report wk 35", D(2026, 9, 2, 11, 0), body)


@M("outbreak-after-action-report", "none",
   "after-action report on a norovirus outbreak response, counts and lessons only", trap=True)
def _():
    body = T("""
    AFTER-ACTION SUMMARY - Long-term care norovirus outbreak, January 2026

    Facility: one skilled nursing facility (name withheld in this
    summary). Duration: 01/10-01/29. Cases: 31 residents, 14 staff.
    Hospitalisations: 3. Deaths: 0. Attack rate residents 26%.

    What went well: line list started within 24 hours; unit closure on
    day 2; stool PCR turnaround 36 hours.
    To improve: staff kept working while symptomatic on days 1-3; hand
    hygiene audits found alcohol rub used instead of soap and water.

    Recommendations: sick-leave policy review, soap-and-water signage
    kit for facilities, earlier notification (within 12 hours of 3 cases).
    """)
    return mail(("Dr. Vivian Lam", "vlam@" + CC), ("CD Team", "cd-team@" + CC),
                "AAR - January LTC norovirus", D(2026, 2, 17, 13, 0, "-0500"), body)


@M("tb-clinic-holiday-hours", "none",
   "TB clinic's holiday-hours notice from a DOT team display name; no patient", trap=True)
def _():
    body = T("""
    The TB Clinic will be closed Thursday 11/26 and Friday 11/27.

    DOT visits scheduled for those days will be done on Wednesday 11/25
    or Saturday 11/28 - outreach workers will call their clients. Sputum
    drop-off is closed both days.

    TB Clinic - DOT Team
    """)
    return mail(("TB Clinic - DOT Team", "tb-dot@" + CC), ("CCPH All Staff", "allstaff@" + CC),
                "TB Clinic holiday hours", D(2026, 11, 16, 9, 0, "-0500"), body)


@M("otp-dosing-window-toner-order", "none",
   "an opioid-treatment-programme display name ordering toner from an office-supply vendor", trap=True)
def _():
    body = T("""
    Hi,

    Please add to our standing order:

      2 x HP 58X black toner
      1 case copy paper, letter
      3 boxes nitrile gloves, medium

    Deliver to the front desk, 2nd floor. PO 26-1187.

    Thanks,
    Rosa
    """)
    return mail(("Opioid Treatment Program - Dosing Window", "otp-frontdesk@" + BR),
                ("Orders", "orders@officeline.example.com"),
                "standing order add - PO 26-1187", D(2026, 3, 27, 10, 20), body)


@M("dog-rabies-vaccine-reminder", "none",
   "a veterinary reminder for a dog's rabies booster; the owner is named but it is not human care", trap=True)
def _():
    body = T("""
    Hi Anders,

    Biscuit is due for his 3-year rabies booster and DHPP on or after
    10/01/2026. Rabies vaccination is required by county law for dog
    licence renewal.

    Book online or call Maplewood Animal Hospital at 555-0178.

    Wags,
    Maplewood Animal Hospital
    """)
    return mail(("Maplewood Animal Hospital", "reminders@maplewood-vet.example.com"),
                ("Anders Lindqvist", "anders.lindqvist@" + PX),
                "Biscuit is due for his rabies booster", D(2026, 9, 20, 8, 0), body)


@M("sti-clinic-coworker-birthday", "none",
   "STI clinic staff mail about a coworker's birthday with her birth date; no health content", trap=True)
def _():
    body = T("""
    Hi team,

    Kim's birthday is Friday (born 04/17/1980 - she said we could tell
    you it's a big one). Cake in the break room at 3 after the last
    walk-in. Card is at the front desk, please sign.

    Marta
    Sexual Health Clinic - Front Desk
    """)
    return mail(("Marta Ibsen", "mibsen@" + CC), ("Sexual Health Clinic Staff", "shc-staff@" + CC),
                "Kim's birthday Friday", D(2026, 4, 15, 11, 0), body)


@M("lure-your-test-results-ready", "none",
   "phishing that claims 'your test results are ready'; no real patient", trap=True)
def _():
    htm = T("""
    <html><body>
    <p>Dear Patient,</p>
    <p>Your COVID-19 / STD test results are now available. For your privacy, results can only be
    viewed through our secure portal.</p>
    <p><a href="https://results-portal-secure.example.net/view?id=00231">VIEW MY RESULTS</a></p>
    <p>Results not viewed within 48 hours will be deleted.</p>
    <p>Calder Health Lab Services</p>
    </body></html>
    """)
    return mail(("Lab Results", "results@results-portal-secure.example.net"), ("Undisclosed recipients", "undisclosed@" + PX),
                "Your test results are ready", D(2026, 5, 3, 2, 40, "+0000"), html(htm))


@M("newborn-specimen-courier-tracking", "none",
   "courier manifest for newborn-screening specimen cards with tracking numbers only", trap=True)
def _():
    body = T("""
    SHIPMENT CONFIRMATION

    Shipper: Marrowfield Birth Center
    Consignee: Riverine State Newborn Screening Laboratory
    Service: Priority overnight, dried blood spot cards (UN3373 exempt)

    Tracking       Pieces  Contents
    1Z8W23000141   1       12 specimen cards, batch MBC-0412
    1Z8W23000142   1       9 specimen cards, batch MBC-0413

    Pickup: 04/13/2026 17:30. Expected delivery: 04/14/2026 10:30.
    """)
    return mail(("RapidCourier", "noreply@rapidcourier.example.com"), ("Birth Center Nursing", "mbc-nursing@" + MF),
                "Shipment confirmation - 2 pieces", D(2026, 4, 13, 17, 45), body)


@M("contact-tracer-timesheet-ids", "none",
   "timesheet reminder listing contact tracers by employee ID; identifiers but no health content", trap=True)
def _():
    body = T("""
    Timesheets for pay period 14 are missing for:

      E104417  Priya Nair
      E104502  Ifeoma Nwosu
      E104588  Devon Marsh

    Please submit by noon Monday or payroll will use your default
    schedule.

    CCPH Payroll
    """)
    return mail(("CCPH Payroll", "payroll@" + CC), ("Contact Tracing Team", "ct-team@" + CC),
                "Missing timesheets PP14", D(2026, 7, 10, 14, 0), body)


@M("naloxone-wholesaler-invoice", "none",
   "wholesaler invoice for naloxone and buprenorphine stock to a health department; business to business",
   trap=True)
def _():
    body = T("""
    INVOICE 7740-2231
    Sold to: Calder County Public Health - Overdose Response Program

    NDC             Description                           Qty   Ext
    00000-0000-01   Naloxone HCl nasal spray 4 mg, 2-pk   400   $18,000.00
    00000-0000-02   Naloxone HCl inj 0.4 mg/mL vial        50      $725.00
    00000-0000-03   Fentanyl test strips, 100-ct           20      $900.00

    Ship via ground, PO OD-26-044. Terms net 30.
    """)
    return mail(("Midstate Pharma Distribution", "invoices@midstate-pharma.example.com"), ("CCPH Accounts Payable", "ap@" + CC),
                "Invoice 7740-2231", D(2026, 8, 3, 7, 0), body)


@M("gyeolhaek-yebang-ui-nal-ko", "none",
   "Korean (EUC-KR QP): TB awareness-day notice with free screening hours", lang="ko", trap=True)
def _():
    body = T("""
    결핵 예방의 날 무료 검진 안내

    캘더 카운티 보건국은 3월 24일 결핵 예방의 날을 맞아 무료 결핵
    검진을 실시합니다.

      일시: 2026년 3월 24일(화) 오전 9시 ~ 오후 4시
      장소: 보건국 메인스트리트 클리닉
      내용: 흉부 X선, 잠복결핵 혈액검사(IGRA)

    2주 이상 기침이 계속되거나, 결핵 환자와 접촉한 적이 있거나,
    결핵이 흔한 나라에서 오신 분은 꼭 검진을 받으세요. 보험이 없어도
    무료입니다. 한국어 통역이 가능합니다.

    문의: 555-0132
    """)
    return mail(("캘더 카운티 보건국", "tb@" + CC), ("한인 커뮤니티 소식", "korean-community@" + CC),
                "결핵 예방의 날 무료 검진 안내", D(2026, 3, 16, 10, 0),
                text(body, "euc-kr", "quoted-printable"), cs="euc-kr")


@M("journee-depistage-vih-fr", "none",
   "French (windows-1252 QP): invitation to a free HIV and STI testing day", lang="fr", trap=True)
def _():
    body = T("""
    Journée de dépistage gratuit - 1er décembre

    À l'occasion de la Journée mondiale de lutte contre le sida, le
    Centre de santé sexuelle de Val-Clair propose un dépistage gratuit et
    anonyme du VIH, des hépatites B et C et de la syphilis.

      Lundi 1er décembre 2026, de 10 h à 19 h
      Place de l'Hôtel-de-Ville (tente rouge)

    Résultat du test rapide VIH en 15 minutes. Information sur la PrEP
    et le traitement post-exposition. Sans rendez-vous.

    Renseignements : 555-0155
    """)
    return mail(("Centre de santé sexuelle", "css@sante-valclair.example.fr.test"),
                ("Liste associative", "associations@sante-valclair.example.fr.test"),
                "Journée de dépistage gratuit - 1er décembre", D(2026, 11, 20, 9, 0, "+0100"),
                text(body, "windows-1252", "quoted-printable"), cs="windows-1252", mode="Q")


@M("prep-sprechstunde-oeffnungszeiten-de", "none",
   "German (UTF-8 QP): PrEP clinic's changed opening hours; no patient", lang="de", trap=True)
def _():
    body = T("""
    Liebe Kolleginnen und Kollegen,

    ab dem 1. Juni ändern sich die Zeiten der PrEP-Sprechstunde in der
    Infektiologischen Ambulanz:

      Montag     14:00–18:00
      Mittwoch   08:00–12:00
      Freitag    entfällt

    Die HIV- und STI-Kontrolluntersuchungen für PrEP-Nutzer finden
    weiterhin dienstags statt. Bitte informieren Sie Patientinnen und
    Patienten, die nach der PrEP fragen, über die neuen Zeiten.

    Viele Grüße
    Team der Infektiologischen Ambulanz
    Klinikum Elsterau
    """)
    return mail(("Infektiologische Ambulanz", "infektiologie@klinikum-elsterau.example.de.test"),
                ("Alle Ambulanzen", "ambulanzen@klinikum-elsterau.example.de.test"),
                "Neue Zeiten der PrEP-Sprechstunde ab 1. Juni", D(2026, 5, 20, 8, 0, "+0200"),
                text(body, "utf-8", "quoted-printable"))


@M("tom-tat-viem-gan-b-vi", "none",
   "Vietnamese (UTF-8 base64 HTML): conference abstract on hepatitis B screening with aggregate results",
   lang="vi", trap=True)
def _():
    htm = T("""
    <html><body>
    <h3>Tóm tắt báo cáo hội nghị</h3>
    <p><b>Sàng lọc viêm gan B trong cộng đồng người Việt tại hạt Calder, 2024–2025</b></p>
    <p><b>Mục tiêu:</b> Đánh giá tỷ lệ nhiễm viêm gan B và tỷ lệ được chuyển khám chuyên khoa sau
    các buổi sàng lọc tại chùa và nhà thờ.</p>
    <p><b>Kết quả:</b> 1.214 người được xét nghiệm; 78 người (6,4%) có HBsAg dương tính, trong đó
    61% chưa từng biết mình nhiễm bệnh. 52 người (67%) đã đến khám chuyên khoa gan trong vòng 3 tháng.</p>
    <p><b>Kết luận:</b> Sàng lọc tại cộng đồng kèm người hướng dẫn song ngữ giúp tăng tỷ lệ chuyển khám.</p>
    </body></html>
    """)
    return mail(("Nguyễn Mỹ Hạnh", "hnguyen@" + MF), ("Ban tổ chức hội nghị", "abstracts@phconf.example.org"),
                "Nộp tóm tắt: sàng lọc viêm gan B", D(2026, 3, 27, 21, 0),
                html(htm, "utf-8", "base64"))


@M("dachang-ai-shaicha-zh", "none",
   "Chinese (Big5 base64): colorectal-cancer screening campaign flyer in traditional characters",
   lang="zh", trap=True)
def _():
    body = T("""
    大腸癌篩檢，早發現早治療！

    45歲至75歲的朋友，您做過大腸癌篩檢了嗎？

    大腸癌早期通常沒有症狀。定期篩檢可以在癌症發生之前找到息肉並切除。
    Westbrook社區健康中心本月提供免費糞便潛血檢查（FIT）套組，在家即可完成。

      領取地點：Westbrook社區健康中心一樓櫃檯
      時間：週一至週五 上午9點至下午5點
      粵語、國語服務：555-0116

    沒有保險也可以參加。
    """)
    return mail(("Westbrook社區健康中心", "outreach@" + WB), ("華人社區通訊", "chinese-community@" + WB),
                "免費大腸癌篩檢套組", D(2026, 3, 2, 10, 0, "-0500"),
                text(body, "big5", "base64"), cs="big5")


@M("anzen-bunka-chosa-ja", "none",
   "Japanese (UTF-8 base64): staff patient-safety culture survey invitation", lang="ja", trap=True)
def _():
    body = T("""
    職員各位

    医療安全推進室より、毎年実施している「患者安全文化調査」への
    ご協力のお願いです。

    本調査は無記名で、回答内容から個人が特定されることはありません。
    インシデント報告のしやすさ、部署内のコミュニケーション、
    人員配置などについて約15分でお答えいただけます。

      回答期間：2026年10月1日〜10月21日
      回答方法：職員ポータルの「アンケート」から

    集計結果は部署ごとにまとめ、12月の医療安全委員会で報告します。

    医療安全推進室
    """)
    return mail(("医療安全推進室", "iryoanzen@marrowfield-jp.example.org"), ("全職員", "all-staff@marrowfield-jp.example.org"),
                "【ご協力のお願い】患者安全文化調査", D(2026, 9, 30, 9, 0, "+0900"),
                text(body, "utf-8", "base64"))


@M("nashra-amrad-jinsiya-ar", "none",
   "Arabic (ISO-8859-6 base64): general newsletter on sexually transmitted infection testing", lang="ar", trap=True)
def _():
    body = T("""
    نشرة الصحة المجتمعية - أبريل

    شهر التوعية بالأمراض المنقولة جنسياً

    كثير من الأمراض المنقولة جنسياً، مثل الكلاميديا والسيلان والزهري،
    لا تسبب أي أعراض في البداية. الفحص هو الطريقة الوحيدة لمعرفة ذلك.

    الفحص مجاني وسري في عيادة الصحة الجنسية التابعة لإدارة الصحة العامة
    بمقاطعة كالدر، من الاثنين إلى الجمعة، من الساعة 9 صباحاً حتى 4 مساءً.
    العلاج متوفر ومجاني.

    للاستفسار باللغة العربية: 555-0193
    """)
    return mail(("إدارة الصحة العامة", "newsletter@" + CC), ("النشرة العربية", "arabic-community@" + CC),
                "نشرة الصحة المجتمعية - أبريل", D(2026, 4, 1, 10, 0),
                text(body, "iso-8859-6", "base64"), cs="iso-8859-6")


@M("madhumeh-jaanch-shivir-hi", "none",
   "Hindi (UTF-8 base64 HTML): invitation to a free diabetes screening camp at a temple", lang="hi", trap=True)
def _():
    htm = T("""
    <html><body>
    <h2>निःशुल्क मधुमेह एवं रक्तचाप जाँच शिविर</h2>
    <p>वेस्टब्रुक सामुदायिक स्वास्थ्य केंद्र और श्री गणेश मंदिर समिति की ओर से</p>
    <ul>
    <li>दिनांक: रविवार, 15 नवंबर 2026</li>
    <li>समय: सुबह 8 बजे से दोपहर 1 बजे तक</li>
    <li>स्थान: मंदिर सभागार</li>
    </ul>
    <p>शुगर (HbA1c), रक्तचाप और वज़न की मुफ़्त जाँच। डॉक्टर और आहार विशेषज्ञ से सलाह।
    जाँच के लिए खाली पेट आना ज़रूरी नहीं है।</p>
    <p>अधिक जानकारी: 555-0117</p>
    </body></html>
    """)
    return mail(("Westbrook CHC Outreach", "outreach@" + WB), ("मंदिर समिति सूची", "temple-community@" + WB),
                "निःशुल्क मधुमेह जाँच शिविर - 15 नवंबर", D(2026, 11, 2, 10, 0, "-0500"),
                html(htm, "utf-8", "base64"))


@M("tallaalka-bulshada-so", "none",
   "Somali (UTF-8 8bit): community vaccination clinic notice", lang="so", trap=True)
def _():
    body = T("""
    Tallaal bilaash ah - Sabtida soo socota

    Waaxda Caafimaadka Dadweynaha ee Calder County waxay bixinaysaa
    tallaal bilaash ah oo loogu talagalay carruurta iyo dadka waaweyn:

      - Tallaalka hargabka (flu)
      - Tallaalka jadeecada (MMR)
      - Tallaalka COVID-19

    Goobta: Masjidka Al-Nuur, qolka shirarka
    Maalinta: Sabti, 24 Oktoobar 2026, 10:00 - 15:00

    Looma baahna caymis ama ballan. Turjubaan Soomaali ah ayaa joogi doona.
    Wixii su'aalo ah: 555-0131
    """)
    return mail(("Waaxda Caafimaadka", "vaccines@" + CC), ("Bulshada Soomaaliyeed", "somali-community@" + CC),
                "Tallaal bilaash ah - Sabti 24 Oktoobar", D(2026, 10, 19, 9, 0),
                text(body, "utf-8", "8bit"))


@M("psykholohichna-pidtrymka-uk", "none",
   "Ukrainian (UTF-8 base64): flyer about free psychological support groups for displaced families",
   lang="uk", trap=True)
def _():
    body = T("""
    Безкоштовна психологічна підтримка українською мовою

    Для родин, які переїхали через війну, Westbrook Community Health
    Center відкриває групи підтримки. Стрес, безсоння, тривога, горе -
    це нормальні реакції на пережите, і про них можна говорити.

      Групи для дорослих: щовівторка о 18:00
      Групи для підлітків: щочетверга о 16:30
      Місце: Westbrook CHC, кімната 104

    Групи ведуть психологиня та соціальна працівниця, які говорять
    українською. Записуватися не обов'язково, медичне страхування не
    потрібне.

    Якщо вам потрібна термінова допомога, телефонуйте 988.
    Контакти: 555-0134
    """)
    return mail(("Westbrook CHC", "outreach@" + WB), ("Українська громада", "ukrainian-community@" + WB),
                "Безкоштовні групи психологічної підтримки", D(2026, 9, 14, 12, 0),
                text(body, "utf-8", "base64"))


@M("journal-toc-public-health", "none",
   "journal table-of-contents alert listing public-health articles", trap=True)
def _():
    body = T("""
    Journal of Applied Population Health - Volume 14, Issue 3 (fictional)

    ORIGINAL RESEARCH
    - Long-acting injectable PrEP uptake in pharmacies: a stepped-wedge trial
    - Buprenorphine initiation in emergency departments after overdose,
      2019-2025
    - Third-trimester syphilis screening and congenital syphilis
    - Polygenic risk scores and breast cancer screening intervals
    - HEDIS measure performance in Medicaid managed care

    BRIEF REPORTS
    - Wastewater mpox surveillance in three mid-size counties

    Read the issue: https://japh.example.org/14/3
    Manage alerts: https://japh.example.org/alerts
    """)
    return mail(("JAPH Alerts", "alerts@japh.example.org"), ("Vivian Lam", "vlam@" + CC),
                "New issue: JAPH 14(3)", D(2026, 6, 5, 5, 0), body)


@M("fwd-press-release-hepa-rfc822", "none",
   "forward of a public hepatitis A press release attached as message/rfc822; no individual", trap=True)
def _():
    inner = mail(("CCPH Public Information", "pio@" + CC), ("Media List", "media@" + CC),
                 "PRESS RELEASE: Hepatitis A vaccine recommended for Harborview Diner patrons",
                 D(2026, 8, 18, 15, 0),
                 T("""
                 FOR IMMEDIATE RELEASE - August 18, 2026

                 Calder County Public Health recommends hepatitis A vaccine for
                 anyone who ate at the Harborview Diner, 12 Wharf St, between
                 August 3 and August 14, after a food worker was diagnosed with
                 hepatitis A. The worker is recovering. No related illnesses
                 have been reported among customers.

                 Free vaccine: CCPH Main Street clinic, August 19-21, 8 am-6 pm.
                 Information line: 555-0105.
                 """))
    body = "FYI for the front desk in case people call asking. Press release attached.\n\nAlana\n"
    return mail(("Alana Brightwater", "abrightwater@" + CC), ("CCPH Front Desk", "frontdesk@" + CC),
                "Fwd: PRESS RELEASE: Hepatitis A vaccine - Harborview Diner", D(2026, 8, 18, 15, 20),
                mixed(text(body), Rfc822(inner, "press_release_hepA.eml")))


@M("heat-illness-syndromic-summary", "none",
   "syndromic-surveillance summary of heat-related ED visits, counts only", trap=True)
def _():
    body = T("""
    HEAT ADVISORY - syndromic update, July 22

    Heat-related illness ED visits (chief complaint + discharge dx):
      Jul 19: 14   Jul 20: 22   Jul 21: 31
    Ages 65+: 38%; outdoor workers: 27%
    Cooling centres open until 9 pm through Friday.

    No individual case details are shared in this update.
    """)
    return mail(("CCPH Epidemiology", "epi@" + CC), ("Health Alert Network", "han@" + CC),
                "Heat illness syndromic update 7/22", D(2026, 7, 22, 16, 0), body)


@M("fertility-benefit-hr-notice", "none",
   "HR notice about a new fertility and IVF benefit for employees; no individual", trap=True)
def _():
    body = T("""
    New for 2027: family-building benefit

    Starting January 1, employees on the Marrowfield PPO and HDHP plans
    can use a lifetime $25,000 family-building benefit for:

    - fertility evaluation and IVF
    - egg and sperm freezing
    - adoption and gestational carrier expenses

    Contraception and abortion care remain covered at no cost share.
    Questions go to the benefits vendor, not your manager - your use of
    this benefit is confidential.

    Open enrolment: November 2-20. Benefits fair: Nov 5, atrium.
    Human Resources - Benefits
    """)
    return mail(("HR Benefits", "benefits@" + MF), ("All Staff", "allstaff@" + MF),
                "New for 2027: family-building benefit", D(2026, 10, 26, 8, 0), body)


@M("rei-fellowship-interview-schedule", "none",
   "interview schedule for reproductive endocrinology fellowship applicants; no patient", trap=True)
def _():
    body = T("""
    REI Fellowship interview day - Friday, September 25

    08:00  Welcome, program overview (Dr. Abimbola Oyelaran)
    08:45  IVF and embryology lab tour
    09:30  Interviews (4 x 20 min)
    11:00  Research: oocyte cryopreservation outcomes, recurrent
           pregnancy loss registry
    12:00  Lunch with current fellows
    13:00  Depart

    Applicants: 6 (names in the ERAS folder).
    """)
    return mail(("REI Fellowship Coordinator", "rei-fellowship@meridian-fertility.example.com"),
                ("REI Faculty", "rei-faculty@meridian-fertility.example.com"),
                "Interview day 9/25 schedule", D(2026, 9, 18, 12, 0), body)


@M("community-health-needs-survey", "none",
   "community health needs assessment survey invitation sent to a whole mailing list", trap=True)
def _():
    htm = T("""
    <html><body>
    <p>Help shape health in Calder County!</p>
    <p>Every three years we ask residents what matters most: access to doctors, mental health,
    substance use, housing, healthy food. The survey takes 10 minutes and is anonymous.</p>
    <p><a href="https://survey.calder-county.test/chna2026">Take the survey</a> (English, Espa&ntilde;ol,
    Ti&#7871;ng Vi&#7879;t, Soomaali, Українська)</p>
    <p>Complete it by July 31 to enter a drawing for a $50 grocery card.</p>
    </body></html>
    """)
    return mail(("Calder County CHNA", "chna@" + CC), ("Community Newsletter", "newsletter@" + CC),
                "10 minutes to shape health in Calder County", D(2026, 6, 29, 9, 0),
                html(htm, "utf-8", "quoted-printable"))


# =====================================================================
# none, part 4: ordinary office mail (not traps)
# =====================================================================

@M("parking-garage-b-closure", "none", "parking garage closure notice")
def _():
    body = T("""
    Garage B levels 3-5 will be closed for resurfacing Saturday 5/16
    through Monday 5/18. Research Building staff may park in Garage D and
    take the shuttle (every 10 minutes, 6 am-8 pm).

    Parking and Transportation
    """)
    return mail(("Parking and Transportation", "parking@" + MF), ("All Staff", "allstaff@" + MF),
                "Garage B partial closure 5/16-5/18", D(2026, 5, 11, 14, 0), body, mime=False)


@M("datavault-password-reset", "none", "automated password reset for a research database account")
def _():
    body = T("""
    A password reset was requested for your Datavault account (user:
    aeze).

    Reset link (valid 30 minutes):
    https://datavault.marrowfield.example.org/reset?t=8f1c2a90d4

    If you did not request this, ignore this e-mail.
    """)
    return mail(("Datavault", "no-reply@datavault." + MF), ("Amara Eze", "aeze@" + MF),
                "Datavault password reset", D(2026, 6, 9, 8, 3), body)


@M("epi-team-potluck", "none", "team potluck sign-up")
def _():
    body = T("""
    Epi team potluck next Friday at 12:30 in the big conference room!

    Sign-up so far:
    - Gareth: pulled pork
    - Vivian: dumplings
    - Marcus: salad
    - Joy: brownies

    We still need drinks, plates and something vegetarian.
    """)
    return mail(("Joy Kaminski", "jkaminski@" + CC), ("Epi Team", "epi-team@" + CC),
                "potluck Friday!", D(2026, 6, 19, 10, 30), body)


@M("room-booking-confirmation", "none", "conference room booking confirmation")
def _():
    body = T("""
    Your reservation is confirmed.

    Room: Research Building 3C (capacity 16)
    Date: Wednesday, March 18, 2026
    Time: 11:30 am - 1:30 pm
    Setup: U-shape, projector
    Booked by: nfairbanks

    To cancel, reply CANCEL within 24 hours of the booking.
    """)
    return mail(("Room Scheduler", "rooms@" + MF), ("Naomi Fairbanks", "nfairbanks@" + MF),
                "Confirmed: 3C on 03/18 11:30-13:30", D(2026, 3, 2, 9, 1, "-0500"), body)


@M("printer-third-floor-jammed", "none", "office printer problem")
def _():
    body = T("""
    The big printer by the research coordinators' pod is jammed again
    (tray 2). Ticket is in. Use the one by the elevators until facilities
    gets here.

    Dana
    """)
    return mail(("Dana Whitlock", "dwhitlock@" + MF), ("3rd Floor Research", "research-3fl@" + MF),
                "printer jammed (again)", D(2026, 2, 10, 9, 40, "-0500"), body)


@M("ooo-conference-travel", "none", "generic out-of-office auto-reply")
def _():
    body = T("""
    Thank you for your message. I am at a conference until Monday, June
    22, with limited access to e-mail. For urgent matters please contact
    the Epidemiology main line at 555-0103.

    Vivian Lam, MD, MPH
    """)
    return mail(("Vivian Lam", "vlam@" + CC), ("Pavel Horak", "phorak@" + NP),
                "Automatic reply: SDTM follow-up", D(2026, 6, 17, 8, 0), body,
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])


@M("expense-report-deadline", "none", "finance reminder about expense reports")
def _():
    body = T("""
    Reminder: fiscal year-end. All travel and expense reports for trips
    before June 15 must be submitted in Concur by June 26. Grant-funded
    travel needs the award number in the header.

    Research Finance
    """)
    return mail(("Research Finance", "research-finance@" + MF), ("Research Staff", "research-all@" + MF),
                "FY-end expense report deadline 6/26", D(2026, 6, 16, 12, 0), body)


@M("server-maintenance-window", "none", "IT maintenance window notice")
def _():
    htm = T("""
    <html><body>
    <p><b>Planned maintenance</b></p>
    <p>E-mail and file shares will be briefly unavailable on Sunday, April 19, between 01:00 and 03:00
    while we apply security updates to the mail servers (mx1 and mx2).</p>
    <p>IT Service Desk &middot; 555-0199</p>
    </body></html>
    """)
    return mail(("IT Service Desk", "servicedesk@" + CC), ("CCPH All Staff", "allstaff@" + CC),
                "Planned maintenance Sun 4/19 01:00-03:00", D(2026, 4, 14, 16, 0),
                alt(text("E-mail and file shares will be briefly unavailable Sunday 4/19, 01:00-03:00.\n"), html(htm)))


@M("grant-retreat-lunch-order", "none", "lunch order for a grant-writing retreat")
def _():
    body = T("""
    Lunch for Thursday's grant-writing retreat (14 people):

    - 6 turkey, 4 veggie wraps, 4 chicken Caesar
    - 2 large salads
    - cookies
    - coffee service for the afternoon

    Deliver to Research Building lobby by 11:45. Charge to cost centre
    4410-RD.
    """)
    return mail(("Maya Esposito", "mesposito@" + LK), ("Catering", "orders@corner-deli.example.com"),
                "Lunch order Thu 14 ppl", D(2026, 4, 20, 15, 30), body)


@M("fire-drill-thursday", "none", "fire drill notice")
def _():
    body = T("""
    A fire drill will take place in the Health Department building on
    Thursday between 10:00 and 11:00. When the alarm sounds, use the
    nearest stairwell and assemble in the north parking lot. Clinic
    staff: follow your unit's patient evacuation assignments.

    Facilities and Safety
    """)
    return mail(("Facilities and Safety", "facilities@" + CC), ("CCPH All Staff", "allstaff@" + CC),
                "Fire drill Thursday 10-11", D(2026, 10, 5, 8, 30), body)


@M("research-roundup-unsubscribe", "none", "newsletter unsubscribe confirmation")
def _():
    body = T("""
    You have been unsubscribed from "Research Roundup" (weekly).

    You will no longer receive this newsletter at gferguson@mail.example.net.
    If this was a mistake, re-subscribe at
    https://lists.marrowfield.example.org/roundup
    """)
    return mail(("Marrowfield Lists", "lists@" + MF), ("gferguson@" + PM),
                "Unsubscribed: Research Roundup", D(2026, 3, 1, 19, 2, "-0500"), body)


@M("director-holiday-thanks", "none", "director's end-of-year thank-you note")
def _():
    body = T("""
    Dear colleagues,

    As the year closes, thank you. You answered the phones during the
    measles response, ran clinics on weekends, and kept every programme
    going through a winter that tested all of us.

    The office will close at noon on December 24. Enjoy time with the
    people you love.

    Dr. Adaeze Umeh
    Director, Calder County Public Health
    """)
    return mail(("Dr. Adaeze Umeh", "director@" + CC), ("CCPH All Staff", "allstaff@" + CC),
                "Thank you, and happy holidays", D(2026, 12, 18, 15, 0, "-0500"), body)


# --------------------------------------------------------------- build --
BAD_SLUG = ("trap", "phi", "restricted", "none")


def build():
    order = list(MSGS)
    random.Random(SEED).shuffle(order)
    files, rows = {}, []
    for i, m in enumerate(order, 1):
        ST.slug = m["slug"]
        ST.n = 0
        data = m["fn"]()
        rel = "%s/%03d-%s.eml" % (m["label"], i, m["slug"])
        m["file"] = rel
        files[rel] = data
        rows.append("%s\t%s\t%s" % (rel, m["label"], m["reason"]))
    tsv = ("\n".join(rows) + "\n").encode("utf-8")
    return files, tsv


def write(files, tsv):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml") and "%s/%s" % (lab, f) not in files:
                os.remove(os.path.join(d, f))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(tsv)


# -------------------------------------------------------------- verify --
OK_DOM = ("example.com", "example.org", "example.net")
RE_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+[A-Za-z0-9])")
RE_URL = re.compile(r"(?:https?|ftp)://([^/\s\"'<>)\]]+)")
RE_HOST = re.compile(r"\b(?:www\.)[A-Za-z0-9.-]+")
RE_555 = re.compile(r"555[-.\s]?(\d{2})(\d{2})\b")
RE_IP = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
RE_EW = re.compile(r"=\?[^?]+\?[bBqQ]\?")


def dom_ok(d):
    d = d.lower().rstrip(".").split(":")[0]
    if "@" in d:
        d = d.split("@")[1]
    return d.endswith(".test") or any(d == x or d.endswith("." + x) for x in OK_DOM)


def scan_text(s, where, errs):
    for m in RE_MAIL.finditer(s):
        if not dom_ok(m.group(1)):
            errs.append("%s: address domain %s" % (where, m.group(0)))
    for m in RE_URL.finditer(s):
        if not dom_ok(m.group(1)):
            errs.append("%s: url host %s" % (where, m.group(0)))
    for m in RE_HOST.finditer(s):
        if not dom_ok(m.group(0)):
            errs.append("%s: host %s" % (where, m.group(0)))
    for m in RE_555.finditer(s):
        if m.group(1) != "01":
            errs.append("%s: 555 number %s" % (where, m.group(0)))
    for m in RE_IP.finditer(s):
        a = tuple(int(x) for x in m.groups())
        if max(a) > 255:
            continue
        okip = a[:3] in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or a[0] == 10 or a[:2] == (192, 168)
        if not okip:
            errs.append("%s: ip %s" % (where, m.group(0)))


def pdf_check(b, where, errs):
    texts = []
    if not b.startswith(b"%PDF-1."):
        errs.append(where + ": pdf header")
        return ""
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", b)
    if not m:
        errs.append(where + ": pdf startxref")
        return ""
    x = int(m.group(1))
    if not b[x:].startswith(b"xref\n"):
        errs.append(where + ": pdf xref offset")
        return ""
    hm = re.match(rb"xref\n0 (\d+)\n", b[x:])
    n = int(hm.group(1))
    pos = x + hm.end()
    for k in range(n):
        ent = b[pos + 20 * k: pos + 20 * k + 20]
        if k == 0:
            continue
        off = int(ent[:10])
        if not b[off:].startswith(b"%d 0 obj" % k):
            errs.append(where + ": pdf object %d offset" % k)
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", b):
        ln = int(sm.group(1))
        st = sm.end()
        data = b[st:st + ln]
        if b[st + ln: st + ln + 10] != b"\nendstream":
            errs.append(where + ": pdf stream length")
            continue
        if sm.group(2):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                errs.append(where + ": pdf flate")
                continue
        for t in re.finditer(rb"\(((?:[^\\()]|\\.)*)\) Tj", data):
            texts.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("latin-1"))
    return "\n".join(texts)


def verify_one(rel, data, errs):
    where = rel
    if b"\r\n" not in data or re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append(where + ": line endings not CRLF only")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append(where + ": line over 998 octets")
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(c >= 128 for c in head):
        errs.append(where + ": 8-bit octets in top-level header")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (where, h))
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append(where + ": Content-Type without MIME-Version")
    dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if dt.year != 2026 or dt.tzinfo is None:
        errs.append(where + ": date")
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"])):
        errs.append(where + ": message-id")
    alltext = []

    def walk(m, depth):
        for k, v in m.items():
            if RE_EW.search(str(v)):
                errs.append("%s: undecoded encoded word in %s" % (where, k))
            if getattr(v, "defects", None):
                errs.append("%s: header defect %s %s" % (where, k, v.defects))
            alltext.append("%s: %s" % (k, v))
        if m.defects:
            errs.append("%s: defects %s" % (where, m.defects))
        if m.is_multipart():
            if m.get_content_type() == "message/rfc822" and m.get("Content-Transfer-Encoding") is None:
                errs.append(where + ": message/rfc822 without CTE")
            for p in m.get_payload():
                walk(p, depth + 1)
            return
        ct = m.get_content_type()
        cte = str(m.get("Content-Transfer-Encoding", "7bit")).lower()
        raw = m._payload
        if isinstance(raw, list):
            for p in raw:
                walk(p, depth + 1)
            return
        rawb = raw.encode("ascii", "surrogateescape") if isinstance(raw, str) else raw
        if cte == "base64":
            j = b"".join(rawb.split())
            try:
                base64.b64decode(j, validate=True)
            except Exception:
                errs.append(where + ": bad base64")
            for ln in rawb.split(b"\n"):
                if len(ln.rstrip(b"\r")) > 76:
                    errs.append(where + ": base64 line > 76")
        elif cte == "quoted-printable":
            for ln in rawb.split(b"\n"):
                ln = ln.rstrip(b"\r")
                if len(ln) > 76:
                    errs.append(where + ": qp line > 76")
                if re.search(rb"=(?![0-9A-F]{2}|$)", ln):
                    errs.append(where + ": bad qp escape")
                if any(c >= 128 for c in ln):
                    errs.append(where + ": 8-bit in qp")
        elif cte == "7bit":
            if any(c >= 128 for c in rawb):
                errs.append(where + ": 8-bit in 7bit part")
        fn = m.get_filename()
        if fn:
            alltext.append(fn)
        try:
            content = m.get_content()
        except Exception as e:
            errs.append("%s: get_content %s: %s" % (where, ct, e))
            return
        if m.get_content_maintype() == "text":
            cs = m.get_content_charset() or "us-ascii"
            try:
                m.get_payload(decode=True).decode(codec(cs), errors="strict")
            except Exception:
                errs.append("%s: charset %s does not decode" % (where, cs))
            alltext.append(content)
            if ct == "text/calendar":
                ics_check(content, where, errs)
        else:
            b = content if isinstance(content, bytes) else b""
            if ct == "application/pdf":
                alltext.append(pdf_check(b, where, errs))
            elif ct in ("application/json", "application/fhir+json"):
                try:
                    json.loads(b.decode("utf-8"))
                except Exception:
                    errs.append(where + ": json")
                alltext.append(b.decode("utf-8", "replace"))
            elif ct == "application/ics":
                ics_check(b.decode("utf-8"), where, errs)
                alltext.append(b.decode("utf-8"))
            elif b:
                try:
                    alltext.append(b.decode("utf-8"))
                except UnicodeDecodeError:
                    alltext.append(b.decode("latin-1"))
    walk(msg, 0)
    scan_text("\n".join(alltext), where, errs)
    return msg


def ics_check(s, where, errs):
    st = []
    for ln in s.replace("\r\n", "\n").split("\n"):
        if ln.startswith("BEGIN:"):
            st.append(ln[6:])
        elif ln.startswith("END:"):
            if not st or st.pop() != ln[4:]:
                errs.append(where + ": ics BEGIN/END")
    if st:
        errs.append(where + ": ics unbalanced")


def verify(files, tsv):
    errs = []
    counts = collections.Counter()
    nums = set()
    nonen = 0
    by_rel = {m["file"]: m for m in MSGS}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        on_disk = sorted(os.listdir(d)) if os.path.isdir(d) else []
        for f in on_disk:
            rel = "%s/%s" % (lab, f)
            if rel not in files:
                errs.append("stray file " + rel)
    for rel, data in sorted(files.items()):
        lab, f = rel.split("/")
        counts[lab] += 1
        mm = re.fullmatch(r"(\d{3})-([a-z0-9-]+)\.eml", f)
        if not mm:
            errs.append("bad name " + rel)
            continue
        nums.add(int(mm.group(1)))
        if any(b in mm.group(2) for b in BAD_SLUG):
            errs.append("slug gives away label: " + rel)
        p = os.path.join(HERE, rel)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            errs.append("on disk differs from generator: " + rel)
        verify_one(rel, data, errs)
        if by_rel[rel]["lang"] != "en":
            nonen += 1
    if nums != set(range(1, len(files) + 1)):
        errs.append("numbers are not 001-%03d" % len(files))
    if dict(counts) != COUNTS:
        errs.append("counts %s" % dict(counts))
    slugs = [m["slug"] for m in MSGS]
    for s in set(slugs):
        if slugs.count(s) > 1:
            errs.append("duplicate slug " + s)
    lp = os.path.join(HERE, "labels.tsv")
    disk = open(lp, "rb").read() if os.path.exists(lp) else b""
    if disk != tsv:
        errs.append("labels.tsv differs from generator")
    seen = set()
    for line in tsv.decode("utf-8").splitlines():
        f, lab, reason = line.split("\t")
        if f in seen or f not in files or f.split("/")[0] != lab or not reason:
            errs.append("labels.tsv row " + f)
        seen.add(f)
    if seen != set(files):
        errs.append("labels.tsv does not list every file")
    for m in MSGS:
        if m["label"] == "restricted" and m["cat"] not in ("mental", "sud", "hiv", "genetic", "repro"):
            errs.append("restricted without category: " + m["slug"])
    return errs, counts, nonen


# --------------------------------------------------------------- stats --
def structure(data):
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    return msg.get_content_type()


def stats():
    files, _ = build()
    ms = MSGS
    print("labels:", dict(collections.Counter(m["label"] for m in ms)))
    print("traps (none):", sum(1 for m in ms if m["trap"] and m["label"] == "none"))
    for lab in LABELS:
        sub = [m for m in ms if m["label"] == lab]
        print(lab, "not English:", sum(1 for m in sub if m["lang"] != "en"),
              sorted(m["lang"] for m in sub if m["lang"] != "en"))
    print("languages:", dict(collections.Counter(m["lang"] for m in ms if m["lang"] != "en")))
    print("restricted cats:", dict(collections.Counter(m["cat"] for m in ms if m["label"] == "restricted")))
    print("top-level:", dict(collections.Counter(structure(files[m["file"]]) for m in ms)))
    parts = collections.Counter()
    charsets = collections.Counter()
    ctes = collections.Counter()
    for m in ms:
        msg = BytesParser(policy=email.policy.default).parsebytes(files[m["file"]])
        for p in msg.walk():
            if p is msg:
                continue
            parts[p.get_content_type()] += 1
        for p in msg.walk():
            if p.get_content_charset():
                charsets[p.get_content_charset()] += 1
            if p.get("Content-Transfer-Encoding"):
                ctes[str(p["Content-Transfer-Encoding"]).lower()] += 1
    print("parts:", dict(parts))
    print("charsets:", dict(charsets))
    print("cte:", dict(ctes))
    print("borderline:", [(m["slug"], m["label"]) for m in ms if m["reason"].startswith("borderline:")])
    for m in sorted(ms, key=lambda m: m["file"]):
        print("%-55s %-5s %s" % (m["file"], m["lang"], "T" if m["trap"] else ""))


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
