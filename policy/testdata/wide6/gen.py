#!/usr/bin/env python3
"""wide6 generator: 200 labelled synthetic e-mails (80 none, 80 phi, 40 restricted).

Python 3 standard library only, deterministic.

    python3 gen.py           rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   only parse and verify what is on disk

Every person, organisation, number and address below is invented.
Domains are example.com/.org/.net or *.test; phones are 555-01xx.
"""
import base64
import csv
import datetime as _dt
import hashlib
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
from email.utils import format_datetime
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261206
WANT = {"none": 80, "phi": 80, "restricted": 40}
CATS = ("mental-health", "substance-use", "hiv", "genetic", "reproductive")
MAX_SIZE = 200 * 1024

# ---------------------------------------------------------------- identifiers


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def npi(base9):
    """10-digit NPI whose Luhn check (with the 80840 prefix) passes."""
    for c in "0123456789":
        if luhn_ok("80840" + base9 + c):
            return base9 + c
    raise ValueError(base9)


def npi_ok(n):
    return len(n) == 10 and n.isdigit() and luhn_ok("80840" + n)


def dea(letters, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


def dea_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    if len(s) != 11:
        return False
    a, n = MBI_ALPHA, "0123456789"
    an = a + n
    pat = ["123456789", a, an, n, a, an, n, a, a, n, n]
    return all(ch in p for ch, p in zip(s, pat))


# ---------------------------------------------------------------- MIME builder

CRLF = "\r\n"


def T(s):
    """Strip the one leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


def h8(s, n=8):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def ew(s, cs="utf-8", enc="b"):
    """RFC 2047 encoded words (split on characters, each word <= 75)."""
    if enc == "q":
        words, cur = [], ""
        for ch in s:
            b = ch.encode(cs)
            t = "".join(
                "_" if x == 32 else (chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else "=%02X" % x)
                for x in b)
            if len(cur) + len(t) + len(cs) + 7 > 72:
                words.append(cur)
                cur = ""
            cur += t
        words.append(cur)
        return (CRLF + " ").join("=?%s?q?%s?=" % (cs, w) for w in words)
    words, cur = [], ""
    for ch in s:
        if len(base64.b64encode((cur + ch).encode(cs))) + len(cs) + 7 > 72:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return (CRLF + " ").join(
        "=?%s?b?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words)


def hval(s, cs="utf-8", enc="b"):
    return s if all(ord(c) < 128 for c in s) else ew(s, cs, enc)


def addr(a, cs="utf-8"):
    """'Name <x@y>' or 'x@y' -> header text, encoding a non-ASCII name."""
    out = []
    for one in a.split(";"):
        one = one.strip()
        m = re.fullmatch(r"(.*?)\s*<([^>]+)>", one)
        if not m:
            out.append(one)
            continue
        name, em = m.group(1).strip().strip('"'), m.group(2)
        if not name:
            out.append("<%s>" % em)
        elif all(ord(c) < 128 for c in name):
            if re.search(r'[()<>\[\]:;@\\,."]', name):
                name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
            out.append("%s <%s>" % (name, em))
        else:
            out.append("%s <%s>" % (ew(name, cs), em))
    return ("," + CRLF + " ").join(out)


def b64lines(data):
    s = base64.b64encode(data).decode()
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)) + CRLF


def qp_encode(text, cs="utf-8"):
    """Quoted-printable; a NUL in text forces a soft line break there."""
    out = []
    for line in text.split("\n"):
        toks = []
        segs = line.split("\x00")
        for i, seg in enumerate(segs):
            for x in seg.encode(cs):
                toks.append(chr(x) if (33 <= x <= 126 and x != 61) or x == 32 else "=%02X" % x)
            if i < len(segs) - 1:
                toks.append(None)
        if toks and toks[-1] == " ":
            toks[-1] = "=20"
        cur = ""
        for t in toks:
            if t is None:
                out.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return CRLF.join(out) + CRLF


def crlf(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", CRLF)


class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, filename=None,
                 inline=False, name=None, fn_star=False, extra=None):
        self.ctype, self.data, self.charset = ctype, data, charset
        self.cte, self.filename, self.inline = cte, filename, inline
        self.name, self.fn_star, self.extra = name, fn_star, extra or []

    def render(self, bnd):
        is_text = isinstance(self.data, str)
        params = ""
        if self.charset:
            params += '; charset="%s"' % self.charset
        if self.name:
            params += ";" + CRLF + '\tname="%s"' % self.name
        hs = ["Content-Type: %s%s" % (self.ctype, params)]
        cte = self.cte
        if is_text:
            raw = self.data
            cs = self.charset or "us-ascii"
            if cte is None:
                cte = "7bit" if all(ord(c) < 128 for c in raw) else "8bit"
            if cte in ("7bit", "8bit"):
                body = crlf(raw).encode(cs)
                if not body.endswith(b"\r\n"):
                    body += b"\r\n"
            elif cte == "quoted-printable":
                body = qp_encode(raw.replace("\r\n", "\n"), cs).encode("ascii")
            elif cte == "base64":
                body = b64lines(crlf(raw).encode(cs)).encode("ascii")
            else:
                raise ValueError(cte)
        else:
            cte = cte or "base64"
            if cte != "base64":
                raise ValueError("binary must be base64")
            body = b64lines(self.data).encode("ascii")
        hs.append("Content-Transfer-Encoding: %s" % cte)
        if self.filename:
            disp = "inline" if self.inline else "attachment"
            if self.fn_star or any(ord(c) > 127 for c in self.filename):
                from urllib.parse import quote
                hs.append("Content-Disposition: %s;%s\tfilename*=utf-8''%s" % (
                    disp, CRLF, quote(self.filename.encode("utf-8"), safe="")))
            else:
                hs.append('Content-Disposition: %s;%s\tfilename="%s"' % (disp, CRLF, self.filename))
        hs.extend(self.extra)
        return (CRLF.join(hs) + CRLF + CRLF).encode("ascii") + body


class Multi:
    def __init__(self, subtype, parts, extra=None):
        self.subtype, self.parts, self.extra = subtype, parts, extra or ""

    def render(self, bnd):
        b = "=_w6_%s_%d" % (bnd[0], bnd[1])
        bnd[1] += 1
        head = 'Content-Type: multipart/%s;%s\tboundary="%s"%s' % (self.subtype, CRLF, b, self.extra)
        out = [(head + CRLF + CRLF + "This is a multi-part message in MIME format." + CRLF).encode("ascii")]
        for p in self.parts:
            out.append(("--" + b + CRLF).encode("ascii"))
            r = p.render(bnd)
            out.append(r if r.endswith(b"\r\n") else r + b"\r\n")
        out.append(("--" + b + "--" + CRLF).encode("ascii"))
        return b"".join(out)


class Rfc822:
    def __init__(self, raw, filename=None):
        self.raw, self.filename = raw, filename

    def render(self, bnd):
        h = "Content-Type: message/rfc822" + CRLF
        if self.filename:
            h += 'Content-Disposition: attachment;%s\tfilename="%s"%s' % (CRLF, self.filename, CRLF)
        return (h + CRLF).encode("ascii") + self.raw


_DATE0 = _dt.datetime(2026, 11, 16, 7, 0)


def mkdate(key, when=None):
    if when:
        d, t, z = (when.split() + ["-0500"])[:3] if len(when.split()) >= 2 else (when, "09:12", "-0500")
        y, mo, da = map(int, d.split("-"))
        hh, mm = map(int, t.split(":"))
        sign = 1 if z[0] == "+" else -1
        tz = _dt.timezone(sign * _dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
        return format_datetime(_dt.datetime(y, mo, da, hh, mm, int(h8(key, 2), 16) % 60, tzinfo=tz))
    n = int(h8(key), 16)
    d = _DATE0 + _dt.timedelta(days=n % 7, minutes=(n >> 8) % (14 * 60))
    tz = _dt.timezone(_dt.timedelta(hours=-[5, 6, 8, 5, 4][n % 5]))
    return format_datetime(d.replace(tzinfo=tz))


def raw_mail(frm, to, subj, part, key, date=None, cc=None, headers=None,
             scs="utf-8", senc="b", mid_domain=None, reply=None):
    """Assemble one RFC 5322 message; returns bytes."""
    em = re.search(r"<([^>]+)>", frm)
    dom = mid_domain or (em.group(1) if em else frm).split("@")[-1]
    hs = [
        "From: " + addr(frm, scs),
        "To: " + addr(to, scs),
    ]
    if cc:
        hs.append("Cc: " + addr(cc, scs))
    hs += [
        "Subject: " + hval(subj, scs, senc),
        "Date: " + mkdate(key, date),
        "Message-ID: <%s.%s@%s>" % (h8("mid" + key, 12), h8(key, 6), dom),
    ]
    if reply:
        hs.append("In-Reply-To: <%s@%s>" % (h8("re" + key, 16), dom))
        hs.append("References: <%s@%s>" % (h8("re" + key, 16), dom))
    hs += list(headers or [])
    hs.append("MIME-Version: 1.0")
    bnd = [h8("b" + key, 10), 0]
    return (CRLF.join(hs) + CRLF).encode("ascii") + part.render(bnd)


def text(body, cs="utf-8", cte=None, sub="plain"):
    if cs == "utf-8" and all(ord(c) < 128 for c in body) and cte is None:
        cs = "us-ascii"
    return Leaf("text/" + sub, T(body), charset=cs, cte=cte)


def html(body, cs="utf-8", cte="quoted-printable"):
    return Leaf("text/html", T(body), charset=cs, cte=cte)


def alt(plain, htm, cs="utf-8", cte="quoted-printable"):
    return Multi("alternative", [text(plain, cs, cte), html(htm, cs, cte)])


def mail(key, frm, to, subj, body=None, htm=None, atts=None, cs="utf-8", cte=None,
         date=None, cc=None, headers=None, scs=None, senc="b", reply=False, part=None):
    if part is None:
        if body is not None and htm is not None:
            part = alt(body, htm, cs, cte or "quoted-printable")
        elif htm is not None:
            part = html(htm, cs, cte or "quoted-printable")
        else:
            part = text(body if body is not None else "", cs, cte)
        if atts:
            part = Multi("mixed", [part] + list(atts))
    return raw_mail(frm, to, subj, part, key, date=date, cc=cc, headers=headers,
                    scs=scs or (cs if cs not in ("us-ascii",) else "utf-8"), senc=senc, reply=reply)


# ---------------------------------------------------------------- attachments


def pdf_bytes(lines, flate=False):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 10 Tf\n12 TL\n50 760 Td\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    cb = content.encode("latin-1")
    if flate:
        cb = zlib.compress(cb, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(cb)
    else:
        sdict = "<< /Length %d >>" % len(cb)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        sdict.encode() + b"\nstream\n" + cb + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n\r\n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def att_pdf(fn, lines, flate=False, name=True):
    return Leaf("application/pdf", pdf_bytes(lines, flate), filename=fn, name=fn if name else None)


def att_text(fn, body, ctype="text/plain", cs="utf-8", cte=None, name=False, fn_star=False):
    if cs == "utf-8" and all(ord(c) < 128 for c in body) and cte is None:
        cs = "us-ascii"
    return Leaf(ctype, T(body), charset=cs, cte=cte, filename=fn, name=fn if name else None, fn_star=fn_star)


def att_csv(fn, rows, delim=",", cte=None):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return att_text(fn, buf.getvalue(), "text/csv", cte=cte)


def fold75(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, cur = [], ""
    for ch in line:
        lim = 75 if not parts else 74
        if len((cur + ch).encode("utf-8")) > lim:
            parts.append(cur)
            cur = ""
        cur += ch
    parts.append(cur)
    return (CRLF + " ").join(parts)


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(uid, summary, start, end, desc="", loc="", org="", method="REQUEST", attendees=()):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example Scheduling//wide6//EN",
         "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261101T120000Z",
         "DTSTART:" + start, "DTEND:" + end, "SUMMARY:" + ics_esc(summary)]
    if loc:
        L.append("LOCATION:" + ics_esc(loc))
    if desc:
        L.append("DESCRIPTION:" + ics_esc(desc))
    if org:
        L.append("ORGANIZER:mailto:" + org)
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:" + a)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return CRLF.join(fold75(l) for l in L) + CRLF


def att_ics(fn, cal, method="REQUEST"):
    return Leaf("text/calendar", cal, charset="utf-8", cte="base64" if any(ord(c) > 127 for c in cal) else "7bit",
                filename=fn, extra=[]) if fn else Leaf("text/calendar; method=" + method, cal, charset="utf-8",
                                                          cte="7bit")


def vcard(fn_, n, org="", tel="", email="", note="", title=""):
    L = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + fn_, "N:" + n]
    if org:
        L.append("ORG:" + org)
    if title:
        L.append("TITLE:" + title)
    if tel:
        L.append("TEL;TYPE=WORK,VOICE:" + tel)
    if email:
        L.append("EMAIL;TYPE=INTERNET:" + email)
    if note:
        L.append("NOTE:" + ics_esc(note))
    L.append("END:VCARD")
    return CRLF.join(fold75(l) for l in L) + CRLF


def att_vcf(fn, card):
    return Leaf("text/vcard", card, charset="utf-8", cte="7bit" if all(ord(c) < 128 for c in card) else "quoted-printable",
                filename=fn)


def hl7(*segs):
    return "\r".join(segs) + "\r"


def att_hl7(fn, msg, ctype="application/hl7-v2"):
    return Leaf(ctype, msg.encode("ascii"), filename=fn)


def att_json(fn, obj, ctype="application/fhir+json"):
    return Leaf(ctype, (json.dumps(obj, indent=2) + "\n").encode("utf-8"), filename=fn)


def att_bin(fn, ctype, data, name=False, fn_star=False):
    return Leaf(ctype, data, filename=fn, name=fn if name else None, fn_star=fn_star)


def fake_jpeg(seed):
    r = random.Random(seed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + bytes(r.randrange(256) for _ in range(600)) + b"\xff\xd9")


FIRST = ["Ana", "Brandon", "Carmen", "Darnell", "Elif", "Farah", "Gideon", "Hana", "Ignacio", "Jolene",
         "Kwame", "Lucia", "Marek", "Nadia", "Oren", "Priya", "Quinn", "Rosalind", "Sione", "Tamsin",
         "Ugo", "Vera", "Wendell", "Ximena", "Yusuf", "Zofia", "Amara", "Bertrand", "Cyrus", "Delphine",
         "Emeka", "Fiona", "Gunnar", "Hollis", "Imani", "Jasper"]
LAST = ["Abernathy", "Baptiste", "Castellanos", "Dobrowski", "Eriksen", "Fairweather", "Gallardo",
        "Haddad", "Ilunga", "Jankowski", "Kealoha", "Lindqvist", "Mbeki", "Nakashima", "Oyelaran",
        "Pellegrino", "Quiroga", "Rasmussen", "Szabo", "Thibodeaux", "Umarov", "Vasquez-Ortiz",
        "Whitcombe", "Xiong", "Yarborough", "Zielinski", "Achterberg", "Brannigan", "Czerny", "Delacroix"]


def people(seed, n):
    r = random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        f, l = r.choice(FIRST), r.choice(LAST)
        if (f, l) in seen:
            continue
        seen.add((f, l))
        out.append((f, l, r))
    return out


# ---------------------------------------------------------------- registry

M = []


def add(label, slug, reason, raw, cat=None, lang="en"):
    assert label in WANT, label
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
    M.append(dict(label=label, slug=slug, reason=reason, raw=raw, cat=cat, lang=lang))


# Send dates for messages whose text pins them; the rest fall in 11/16-11/22.
DATE_FIX = {
    "family-spanglish-lithium-level": "2026-11-18 19:40 -0600",
    "html-table-genetics-clinic-schedule": "2026-11-18 15:05 -0500",
    "ivf-stim-day8-text-reply": "2026-11-18 15:02 -0500",
    "medication-abortion-telehealth-followup": "2026-11-17 10:00 -0800",
    "display-name-otp-front-desk-dosing": "2026-11-20 12:30 -0500",
    "prior-auth-sublocade-member": "2026-11-17 11:20 -0500",
    "csv-contingency-management-roster": "2026-11-23 09:10 -0500",
    "hl7-otp-methadone-dosing": "2026-11-24 07:21 -1000",
    "erx-sent-child-psychiatry-methylphenidate": "2026-11-18 10:14 -0600",
    "fax-ocr-ptsd-prolonged-exposure": "2026-11-12 14:48 -0500",
    "subject-only-iop-intake": "2026-11-25 16:45 -0500",
    "erx-sent-amoxicillin-sinusitis": "2026-11-19 16:02 -0500",
    "fax-ocr-referral-diabetes": "2026-11-05 10:31 -0500",
    "hl7-oru-cbc-attachment": "2026-11-19 08:31 -0500",
    "interface-ticket-with-live-pid": "2026-11-14 18:25 -0500",
    "html-only-inpatient-census": "2026-11-15 06:04 -0500",
    "homehealth-sn-wound-vac": "2026-11-12 17:50 -0600",
    "csv-lab-results-batch": "2026-11-18 23:15 -0500",
    "urgent-care-work-note": "2026-11-16 15:40 -0500",
    "covid-pcr-result-portal": "2026-11-16 21:05 -0500",
    "patient-reply-quoting-colonoscopy-prep": "2026-11-30 21:47 -0500",
    "terse-gerd-egd-barretts": "2026-11-17 13:10 -0500",
    "html-table-billing-statement": "2026-11-27 05:00 -0500",
    "quoted-reply-only-breast-biopsy": "2026-11-16 17:31 -0500",
    "ics-physical-therapy-appointment": "2026-11-23 11:00 -0500",
    "pdf-flate-neurology-referral": "2026-11-21 12:12 -0500",
    "qp-soft-breaks-mrn-metformin": "2026-11-23 08:40 -0500",
    "lab-critical-k-callback-readback": "2026-11-22 05:59 -0600",
    "critical-result-auto-troponin": "2026-11-22 06:41 -0600",
    "trap-pyxis-inventory-ndc": "2026-11-20 04:05 -0600",
    "trap-hl7-test-patient-ticket": "2026-11-18 10:20 -0500",
    "trap-hl7-ack-attachment": "2026-11-19 08:36 -0500",
    "trap-phishing-drill-report": "2026-11-30 09:00 -0500",
    "trap-html-table-crash-cart-check": "2026-11-30 14:10 -0600",
    "trap-coworker-birthday-dob": "2026-11-24 12:02 -0500",
    "hd-predictive-testing-counselor-note": "2026-11-16 16:20 -0500",
}


def E(label, slug, reason, frm, to, subj, cat=None, lang="en", **kw):
    if "date" not in kw and slug in DATE_FIX:
        kw["date"] = DATE_FIX[slug]
    add(label, slug, reason, mail(slug, frm, to, subj, **kw), cat=cat, lang=lang)


NPI_A = npi("164820337")   # prescriber ids, Luhn-valid with 80840 prefix
NPI_B = npi("128871905")
NPI_C = npi("150294416")
NPI_D = npi("170553218")
DEA_A = dea("BR", "482031")
DEA_B = dea("FM", "715260")
DEA_C = dea("AP", "906142")
MBI_A = "1EG4TE5MK73"
MBI_B = "7QX2HJ8NW41"
MBI_C = "3CD9FA6RT02"

# ================================================================ restricted
R = "restricted"

# ---- mental health (10)
E(R, "terse-mdd-sertraline-psych-cs",
  "named inpatient (initials, bed, MRN) with MDD on sertraline and psych consult: mental health",
  "Okonkwo, Chidi MD <c.okonkwo@stmarcus-med.example.org>",
  "Psych CL Service <psych-cl@stmarcus-med.example.org>",
  "c/s bed 14 - RT 72F",
  cat="mental-health", date="2026-11-04 06:52 -0500",
  body="""
72F bed 14, RT, MRN 00738145. adm for PNA, improving on ctx.
hx MDD, on sertraline 100 daily x yrs, pt reports worsening mood since
husband died in aug, poor sleep, wt down 6 lb. SI/HI denies. no prior
attempts per pt + daughter.
q: inc sertraline vs add mirtazapine at HS (also helps appetite)?
pls see today if able, she's likely d/c tmrw or thurs
- CO
""")

E(R, "portal-telehealth-therapy-ics",
  "invite to the patient for her own telehealth psychotherapy session (ICS description names clinician and service): mental health",
  "Northgate Health MyChart <noreply@mychart.northgate-health.example.com>",
  "Lorena Baptiste <lorena.baptiste84@mail.example.net>",
  "Appointment confirmed - Thu Dec 10",
  cat="mental-health",
  body="""
Hi Lorena,

Your appointment is confirmed. Add it to your calendar with the attached
invitation.

  When:  Thursday, December 10, 2026 at 4:00 PM
  Type:  Video visit
  With:  Dana Whitcombe, LCSW

Join from the MyChart app 15 minutes before your visit. If you need to
cancel, please do so at least 24 hours ahead so we can offer the time to
another patient.

Northgate Health
This mailbox is not monitored. Please do not reply to this message.
""",
  atts=[att_ics("appointment.ics", ics(
      "appt-55120983@northgate-health.example.com", "Video visit - Northgate Health",
      "20261210T210000Z", "20261210T215000Z",
      desc="Outpatient Psychiatry & Counseling - individual psychotherapy (CBT), 50 min.\n"
           "Patient: Lorena Baptiste  MRN 40918827\nClinician: Dana Whitcombe, LCSW\n"
           "Reason: follow-up, panic disorder / PTSD symptoms\nJoin: https://video.northgate-health.example.com/v/8XQ2",
      loc="Video visit", org="scheduling@northgate-health.example.com",
      attendees=["lorena.baptiste84@mail.example.net"]))])

E(R, "family-spanglish-lithium-level",
  "mother writing about her named son's bipolar disorder, lithium level and psychiatrist: mental health",
  "marisol gallardo <mari.gallardo.77@mail.example.net>",
  "Dr. Yarborough office <frontdesk@eastside-psych.example.com>",
  "re: mi hijo Tomas",
  cat="mental-health", lang="en-es", reply=True,
  body="""
hola buenas tardes sorry to bother again its about my son Tomas Gallardo
(dob 3/22/2004) the dr yarborough told us to do the lithium level and we
did it on monday pero nadie nos llamo back?? he says he feels shaky and
tiene mucha sed all the time and hes peeing a lot, is that normal with
the lithium?? also he stopped the quetiapine por 2 dias because he said
it make him like a zombie and now hes not sleeping again and talking
super fast like before when he got hospitalized en marzo, im scared its
starting again the bipolar. can somebody call me 555-0147 porfa after 5
because im at work

gracias
marisol

Sent from my Galaxy

-------- Original message --------
From: frontdesk@eastside-psych.example.com
Date: 11/16/26 9:02 AM
Subject: re: mi hijo Tomas

Hi Ms. Gallardo, Dr. Yarborough would like Tomas to get a lithium level
drawn 12 hours after his evening dose. The order is at the lab on 5th St.
""")

E(R, "referral-status-eating-disorder-program",
  "referral status for a named patient to an eating-disorder program; the programme name alone shows the care: mental health",
  "Referral Management <referrals@lakeview-hs.example.org>",
  "Pediatrics - Dr. Amara Ilunga <a.ilunga@lakeview-hs.example.org>",
  "Referral R-2026-114208 status changed: ACCEPTED",
  cat="mental-health",
  body="""
REFERRAL STATUS NOTIFICATION
----------------------------------------------------------------
Referral #:      R-2026-114208
Patient:         HALVORSEN, SIGNE E
DOB:             07/19/2010
MRN:             00619354
Referred to:     Lakeview Eating Disorders Program - Adolescent PHP
Referring:       Amara Ilunga, MD (Pediatrics)
Priority:        URGENT
Status:          ACCEPTED (was: PENDING REVIEW)
Intake date:     11/23/2026 08:30
Notes from receiving dept: medical clearance needed within 72h of intake:
  orthostatic vitals, BMP, Mg, Phos, ECG. Family session required day 1.
----------------------------------------------------------------
This is an automated message from the referral work queue. Do not reply.
""")

E(R, "fax-ocr-ptsd-prolonged-exposure",
  "fax-to-email of a named veteran's PTSD treatment summary (OCR text with errors plus the PDF): mental health",
  "FaxServer <fax@eforward.cedarpoint-clinic.example.com>",
  "records@cedarpoint-clinic.example.com",
  "Fax received from 555-0173 (3 pages)",
  cat="mental-health",
  body="""
You have received a 3 page fax.
Sender CSID: 555 0173  BRIDGEWATER VET CTR
Received: 11/12/2026 14:47
OCR text (automatic, may contain errors):
==========================================================
BRlDGEWATER VETERANS COUNSEL1NG CENTER
TREATMENT SUMMARY - C0NFIDENTIAL
Client: DOBR0WSKI, Marek J.     D0B: O5/O2/1979
Dx: F43.1O Posttraumat1c stress disorder, chronic
Tx: Pro1onged Exposure therapy, sess1ons 1-9 of 12 completed.
PCL-5 baseline 58 -> current 31. Prazosin 2 rng qhs per VA psych
for n1ghtmares. Pt reports improved s1eep, still avoidant of crowds.
Plan: complete PE, then transition to monthIy group.
Clinician: R. Fairweather, PhD      Date: 11/1O/2026
==========================================================
Original fax image attached.
""",
  atts=[att_pdf("fax_20261112_144702.pdf", [
      "BRIDGEWATER VETERANS COUNSELING CENTER", "TREATMENT SUMMARY - CONFIDENTIAL",
      "Client: DOBROWSKI, Marek J.   DOB: 05/02/1979",
      "Dx: F43.10 Posttraumatic stress disorder, chronic",
      "Tx: Prolonged Exposure therapy, sessions 1-9 of 12 completed.",
      "PCL-5 baseline 58 -> current 31. Prazosin 2 mg qhs per VA psych.",
      "Plan: complete PE, then transition to monthly group.",
      "Clinician: R. Fairweather, PhD   Date: 11/10/2026"])])

E(R, "erx-sent-child-psychiatry-methylphenidate",
  "e-prescription confirmation for a named child's ADHD stimulant from a child psychiatry service: mental health (ADHD treated by a psychiatric service)",
  "ePrescribe <erx-noreply@harbor-peds.example.com>",
  "Child & Adolescent Psychiatry <cap-clinic@harbor-peds.example.com>",
  "eRx transmitted: CVS-type #0871 / Xiong, Kai",
  cat="mental-health",
  body=f"""
ELECTRONIC PRESCRIPTION TRANSMITTED - EPCS

Patient:      XIONG, KAI   DOB 02/14/2015   MRN 7720-3316
Medication:   methylphenidate ER (Concerta) 36 mg tab
Sig:          1 tab PO qAM
Qty:          30 (thirty)   Refills: 0 (C-II)
Dx:           F90.2 ADHD, combined type
Prescriber:   Priya Nakashima, MD  Child & Adolescent Psychiatry
              NPI {NPI_A}  DEA {DEA_A}
Pharmacy:     Main St Pharmacy #0871, 555-0118
Status:       Transmitted 11/18/2026 10:14 - Accepted by pharmacy

Two-factor signature verified. Do not reply to this message.
""")

E(R, "korean-depression-counseling-euckr",
  "Korean (EUC-KR) note to a counselling centre about a named patient's depression treatment and antidepressant: mental health",
  "박지현 <jh.park@hanbit-clinic.example.kr.test>",
  "마음숲 상담센터 <intake@maeumsup.example.kr.test>",
  "[의뢰] 김민서 님 우울증 상담 의뢰",
  cat="mental-health", lang="ko", cs="euc-kr", cte="base64",
  body="""
선생님 안녕하세요,

저희 의원에서 진료 중인 김민서 님(여, 1991년생, 차트번호 20-44817)을
상담 의뢰드립니다.

- 진단: 주요우울장애(F32.1), 중등도
- 약물: 에스시탈로프람 10mg 하루 1회 (9월부터), 수면 문제로 트라조돈 25mg 추가
- PHQ-9: 19점 -> 14점
- 자살사고: 수동적 사고 있었으나 현재 계획 없음, 안전계획 작성함

인지행동치료(CBT) 주 1회 가능하실지 회신 부탁드립니다.
연락처 02-555-0162

박지현 드림
한빛의원 가정의학과
""")

E(R, "qp-clozapine-anc-rems",
  "QP body with soft breaks inside 'clozapine' and the MRN: named patient's clozapine ANC monitoring for schizophrenia: mental health",
  "Pharmacy Clozapine Desk <clozapine@riverside-bh.example.org>",
  "Dr. Hollis Brannigan <h.brannigan@riverside-bh.example.org>",
  "ANC due - weekly cloz monitoring",
  cat="mental-health", cte="quoted-printable",
  body="""
Dr B,

Pt Wendell Szabo, MRN 0051\x007729, schizophrenia, on cloz\x00apine 300 mg (150 BID),
wk 14 of therapy - ANC this am 1,420 (down from 2,050 last wk).
Per REMS this is mild neutropenia range for general population -> increase
monitoring to 3x/wk, continue clo\x00zapine. No fever per pt.
Pls ack + confirm you want to keep dose. Next draw Wed.

- Ines, PharmD
Riverside Behavioral Health Pharmacy ext 0144
""")

E(R, "display-name-bh-billing-statement",
  "billing statement for a named patient from a behavioural-health practice; only the organisation and display name show the care: mental health",
  "Maple Row Behavioral Health Billing <billing@maplerow-bh.example.com>",
  "jolene.eriksen@mail.example.net",
  "Your statement is ready - account 88-20417",
  cat="mental-health",
  body="""
Dear Jolene Eriksen,

A new statement is available for account 88-20417.

  Date of service   Provider              Charge    Ins paid   You owe
  10/06/2026        Dr. S. Rasmussen      $210.00   $168.00    $42.00
  10/20/2026        Dr. S. Rasmussen      $210.00   $168.00    $42.00
  11/03/2026        Dr. S. Rasmussen      $210.00   $0.00      $210.00 (pending)

  Balance due: $294.00   Due by 12/15/2026

Pay online at https://pay.maplerow-bh.example.com or call 555-0136.
Thank you for choosing Maple Row Behavioral Health.
""")

E(R, "pcp-gad-escitalopram-cbt",
  "borderline: generalised anxiety disorder treated in primary care (escitalopram, CBT referral) is still treatment of an anxiety disorder: restricted",
  "Rosalind Pellegrino NP <r.pellegrino@fairhaven-fm.example.com>",
  "Fairhaven FM nurses <fm-nurses@fairhaven-fm.example.com>",
  "pt call back - Haddad",
  cat="mental-health",
  body="""
pls call Farah Haddad (DOB 9/30/88) re: visit today - GAD-7 16, dx GAD,
started escitalopram 5 x1wk then 10. pt nervous about side effects, told her
GI upset first 1-2 wk usually passes. referral to BH integration for CBT
placed. she asked if hydroxyzine prn is ok for bad days - yes, 25mg q8h prn,
sent. f/u 4 wk.
thx -RP
""")

# ---- substance-use treatment (8)
E(R, "terse-oud-bup-uds-fent",
  "patient by initials and last 4 of MRN: OUD on buprenorphine 16 mg, UDS result, follow-up: substance-use treatment",
  "Gideon Achterberg DO <g.achterberg@clearwater-chc.example.org>",
  "MAT team <mat-team@clearwater-chc.example.org>",
  "DL 34M - UDS",
  cat="substance-use",
  body="""
DL 34M (last 4 MRN 6610). OUD on bup 16mg SL daily, mo 5.
UDS today +bup +norbup, +fent, -opiates -cocaine. pt admits 1 use sat
after fight w/ gf, no OD, has narcan. not wanting to change dose.
plan: keep 16, wkly visits x4 instead of q2wk, CM referral,
counselor to f/u thurs. no need to d/c, this is a lapse not a failure.
""")

E(R, "ciwa-detox-handoff-bed12",
  "nursing handoff naming a patient in alcohol detox (CIWA scores, lorazepam, referral to rehab): substance-use treatment",
  "5E Charge RN <5e-charge@mercyplains.example.org>",
  "5E nights <5e-nights@mercyplains.example.org>",
  "handoff 1900 - bed 12",
  cat="substance-use", date="2026-11-21 18:41 -0600",
  body="""
bed 12 - Bertrand Thibodeaux 58M, ETOH w/d, detox day 2
last drink 11/19 ~2200 per pt. CIWA 14 @1600, 11 @1800. ativan 2mg q2h prn
CIWA>10, got 2mg @1605. thiamine/folate/MVI given. K 3.1 replaced 40 PO,
recheck w/ am labs. tremor +, no hallucinations, oriented x3. fall risk.
SW aware, pt agreeable to residential rehab at Pinecrest after d/c,
bed pending. wife Nadia visiting tonight, ok to update her (on consent form).
""")

E(R, "subject-only-iop-intake",
  "PHI only in the subject: named individual's IOP intake time; the body is empty: substance-use treatment",
  "Front Desk <frontdesk@newroute-recovery.example.com>",
  "Intake Counselors <intake@newroute-recovery.example.com>",
  "IOP intake - Ramon Castellanos - Mon 11/30 9am - pls pull Part 2 consent",
  cat="substance-use",
  body="""
""")

E(R, "display-name-otp-front-desk-dosing",
  "opioid treatment programme front desk confirming an individual's dosing visit and take-home schedule, with a Part 2 notice: substance-use treatment",
  "Harborview OTP Front Desk <frontdesk@harborview-otp.example.org>",
  "sione.kealoha@mail.example.net",
  "Your appointment on Tuesday",
  cat="substance-use",
  body="""
Hi Sione,

This confirms your visit on Tuesday 11/24 at 7:15 AM with your counselor
Marta and the nurse. Please come before your dose so we can do the
monthly check-in. Your take-home schedule stays at 2 per week until the
team meeting on 12/1.

If you need to reschedule call 555-0129. Guest dosing for the holiday
needs 5 business days notice.

Harborview Opioid Treatment Program
This information has been disclosed to you from records protected by
federal confidentiality rules (42 CFR part 2).
""")

E(R, "prior-auth-sublocade-member",
  "payer prior-authorisation decision for a member's Sublocade; only the drug shows the care: substance-use treatment",
  "Summit Crest Health Plan UM <um-notices@summitcrest-hp.example.com>",
  "Clearwater CHC Prior Auth <priorauth@clearwater-chc.example.org>",
  "PA decision: APPROVED - ref PA26-0931187",
  cat="substance-use",
  body="""
PRIOR AUTHORIZATION DETERMINATION

Reference:        PA26-0931187
Member:           Imani Oyelaran
Member ID:        SCH448201936
DOB:              01/08/1990
Drug:             SUBLOCADE 300 mg/1.5 mL prefilled syringe (buprenorphine ER inj)
Quantity:         1 syringe / 28 days x 2, then 100 mg/28 days
Prescriber:       G. Achterberg, DO
Determination:    APPROVED  11/17/2026 - 05/16/2027
Site of care:     provider office (buy-and-bill), HCPCS Q9992

Questions: Utilization Management 555-0151, option 3.
""")

rows = [["member_name", "client_id", "week", "uds_result", "target", "draws", "voucher_usd", "counselor"]]
for i, (f, l, r) in enumerate(people("cmroster", 24)):
    res = r.choice(["neg", "neg", "neg", "pos-stim", "neg", "no-show"])
    rows.append([f"{l}, {f}", "CM-%04d" % (3100 + i * 7), "2026-W47", res, "stimulant",
                 str(0 if res != "neg" else r.randint(1, 6)), "%.2f" % (0 if res != "neg" else 2.5 * r.randint(2, 12)),
                 r.choice(["T. Fairweather", "M. Quiroga", "S. Lindqvist"])])
E(R, "csv-contingency-management-roster",
  "body only says 'week 47 file'; the CSV holds 24 named clients' urine drug screen results and contingency-management vouchers: substance-use treatment",
  "Marisa Quiroga <m.quiroga@newroute-recovery.example.com>",
  "Accounts Payable <ap@newroute-recovery.example.com>",
  "wk 47 file",
  cat="substance-use",
  body="""
hi - wk 47 file attached for the gift card run, same as usual. 3 no-shows
so fewer cards this week. thx
""",
  atts=[att_csv("cm_wk47.csv", rows)])

E(R, "portuguese-naltrexona-alcool-latin1",
  "Portuguese (ISO-8859-1): named patient started on naltrexone for alcohol use disorder, outpatient follow-up: substance-use treatment",
  "Dra. Vera Castellanos <vera.castellanos@clinicasaopedro.example.com.br.test>",
  "CAPS AD Centro <acolhimento@capsad-centro.example.org.br.test>",
  "Encaminhamento - Sr. João Pellegrino",
  cat="substance-use", lang="pt", cs="iso-8859-1", cte="quoted-printable",
  body="""
Prezados colegas,

Encaminho o Sr. João Pellegrino, 51 anos, prontuário 338.104, com
transtorno por uso de álcool (F10.2), para acompanhamento no CAPS AD.

Resumo: bebe cerca de 10 doses/dia há 8 anos, duas internações por
abstinência (a última em setembro, sem convulsão). Iniciamos naltrexona
50 mg/dia em 03/11, boa tolerância, TGO/TGP normais. Está motivado para
o grupo terapêutico e aceitou a participação da esposa.

Fico à disposição: (11) 555-0164.

Atenciosamente,
Dra. Vera Castellanos - Clínica São Pedro
""")

E(R, "hl7-otp-methadone-dosing",
  "HL7 RDE dispensing message in the attachment: named patient's methadone dose at an opioid treatment programme; body is an interface note: substance-use treatment",
  "interface-engine@harborview-otp.example.org",
  "pharmacy-systems@harborview-otp.example.org",
  "RDE resend batch 1 of 1",
  cat="substance-use",
  body="""
Resent after the dispensing pump outage. 1 message. Ack expected within
5 min on port 6661.
""",
  atts=[att_hl7("rde_resend_1124.hl7", hl7(
      "MSH|^~\\&|OTPDOSE|HARBORVIEW|PUMP|HARBORVIEW|20261124071533||RDE^O11|MSG00418|P|2.5.1",
      "PID|1||HV-0093318^^^HARBORVIEW^MR||KEALOHA^SIONE^T||19870612|M",
      "ORC|RE|ORD55120||||||||||^NAKASHIMA^PRIYA",
      "RXE|^^^20261124|8675^methadone HCl oral concentrate 10 mg/mL^RXNORM|85||mg|||||||||||||||||||OTP daily observed dose",
      "NTE|1||Take-home x2/wk per team 11/10. Last UDS neg x3."))])

# ---- HIV (7)
E(R, "terse-prep-fu-hiv-neg",
  "named patient's PrEP follow-up with HIV Ab/Ag result and refill: HIV",
  "Kwame Mbeki PA-C <k.mbeki@riverbend-sexhealth.example.org>",
  "RN pool <rn-pool@riverbend-sexhealth.example.org>",
  "Rasmussen PrEP q3mo",
  cat="hiv",
  body="""
Oren Rasmussen - PrEP f/u, HIV Ab/Ag neg 11/13, Cr 0.9 (eGFR >90), GC/CT
NAAT x3 sites neg, RPR NR. adherent, no missed doses per pt.
refill descovy 200/25 x90d sent. next labs feb. no need for visit if
labs ok, can be nurse visit
""")

E(R, "fhir-hiv-viral-load-observation",
  "FHIR Observation attachment with a named patient's HIV-1 RNA viral load; covering note is generic: HIV",
  "Lab Results Feed <results-feed@crescent-labs.example.com>",
  "ID Clinic inbox <id-clinic@northgate-health.example.com>",
  "Results: 1 new observation",
  cat="hiv",
  body="""
1 new observation delivered (FHIR R4). Attachment: observation.json
Please reconcile in the EHR within 24h.
""",
  atts=[att_json("observation.json", {
      "resourceType": "Observation", "id": "vl-7734120", "status": "final",
      "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
      "code": {"coding": [{"system": "http://loinc.org", "code": "20447-9", "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"}]},
      "subject": {"reference": "Patient/pt-55108", "display": "Delphine Okafor"},
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "MRN-40027719"}],
      "effectiveDateTime": "2026-11-09T08:20:00-05:00",
      "valueQuantity": {"value": 48, "unit": "copies/mL", "system": "http://unitsofmeasure.org", "code": "{copies}/mL"},
      "interpretation": [{"text": "Detected, below 200 copies/mL"}],
      "note": [{"text": "On bictegravir/FTC/TAF since 2021; previous result <20 copies/mL"}]})])

E(R, "filename-only-hiv-genotype",
  "innocent body; the attachment file name names a patient's HIV-1 genotype report: HIV",
  "Tamsin Whitcombe <t.whitcombe@northgate-health.example.com>",
  "Dr. Emeka Ilunga <e.ilunga@northgate-health.example.com>",
  "the one you asked for",
  cat="hiv",
  body="""
attached, as discussed this morning. lmk if the scan is too light
""",
  atts=[att_pdf("Okafor_Delphine_HIV1_genotype_resistance_2026-11.pdf",
                ["Scanned document", "Page 1 of 1"], flate=True)])

E(R, "french-charge-virale-latin1",
  "French (ISO-8859-1, QP): named patient's HIV viral load and antiretroviral change: HIV",
  "Dr Gunnar Delacroix <g.delacroix@hopital-saint-luc.example.fr.test>",
  "Pharmacie hospitalière <pharmacie@hopital-saint-luc.example.fr.test>",
  "Changement de traitement - Mme Ilunga",
  cat="hiv", lang="fr", cs="iso-8859-1", cte="quoted-printable",
  body="""
Bonjour,

Pour Mme Amara Ilunga (née le 12/04/1983, IPP 0078\x0041926), suivie pour
infection à VIH depuis 2015 : charge virale indétectable (<20 copies/mL)
depuis 18 mois, CD4 640/mm3. Elle souhaite un comprimé unique.

Relais prévu : arrêt de darunavir/ritonavir + ténofovir/emtricitabine,
début de bictégravir/emtricitabine/ténofovir alafénamide 1 cp/j à partir
du 01/12. Merci de préparer la dispensation pour 3 mois.

Bien cordialement,
G. Delacroix - Maladies infectieuses, poste 0158
""")

E(R, "specialty-pharmacy-biktarvy-refill",
  "specialty pharmacy refill reminder addressed to the patient; only the drug (Biktarvy) shows HIV care: HIV",
  "Crescent Specialty Pharmacy <refills@crescent-rx.example.com>",
  "hollis.abernathy@mail.example.net",
  "Hollis, it's time to schedule your refill",
  cat="hiv",
  body="""
Hi Hollis,

Your BIKTARVY 50-200-25 mg tablets (Rx #7740193) are due for refill. You
have about 7 days of medication left.

Reply YES to ship to your address on file (discreet packaging, arrives in
2 business days), or call us at 555-0112 to change delivery.

Your copay card covered $0 of your last fill. We will apply it again.

Crescent Specialty Pharmacy
""")

E(R, "vcard-note-prep-patient",
  "vCard attachment whose NOTE field describes a named PrEP patient's testing schedule and MRN; the body says only 'added to contacts': HIV",
  "Jasper Umarov RN <j.umarov@riverbend-sexhealth.example.org>",
  "Front Desk <frontdesk@riverbend-sexhealth.example.org>",
  "contact card",
  cat="hiv",
  body="""
can you add him to the callback list? card attached
""",
  atts=[att_vcf("Cyrus_Lindqvist.vcf", vcard(
      "Cyrus Lindqvist", "Lindqvist;Cyrus;;;", tel="+1-555-0183", email="cyrus.l@mail.example.net",
      note="PrEP pt (TDF/FTC) - q3mo HIV Ag/Ab + STI panel due 12/2. MRN last 4 2291. "
           "OK to leave VM, do NOT mention clinic name to roommate."))])

E(R, "taglish-patient-dolutegravir",
  "Taglish message from a named patient who ran out of dolutegravir, asking about his viral load: HIV",
  "Jomar Dizon <jomar.dizon90@mail.example.net>",
  "Bayanihan Positive Care Clinic <care@bayanihan-pcc.example.ph.test>",
  "naubusan ng gamot",
  cat="hiv", lang="tl",
  body="""
hi po good morning, si jomar dizon po ito (patient ni dr. reyes, client
code BPC-0417). naubusan na po ako ng dolutegravir at yung TLD ko since
sabado kasi umuwi ako sa probinsya at naiwan ko yung bote. ok lang po ba
na 3 araw akong walang inom? kinakabahan po ako baka tumaas ulit viral
load ko, undetectable na po kasi nung august. pwede po ba akong
kumuha ng refill bukas ng umaga kahit walang appointment?

salamat po
jomar
0917-555-0191
""")

# ---- genetic (7)
E(R, "terse-brca2-vus-gc-referral",
  "named patient's BRCA2 variant of uncertain significance and referral to genetic counselling: genetic",
  "Fiona Yarborough MD <f.yarborough@stmarcus-med.example.org>",
  "Cancer Genetics <cancer-genetics@stmarcus-med.example.org>",
  "GC ref - Zofia Czerny",
  cat="genetic",
  body="""
Zofia Czerny, 44F, DOB 06/11/1982. breast ca L, ER+/HER2-, s/p lumpectomy.
germline panel back: BRCA2 VUS c.7522G>A (p.Gly2508Ser), no P/LP variants.
mom dx ovarian ca at 52. pt aware VUS != positive, anxious about her 2
daughters. pls schedule GC for result disclosure + cascade discussion.
no change to surgical plan.
""")

E(R, "html-table-genetics-clinic-schedule",
  "HTML table of tomorrow's genetic counselling clinic: named patients with indications (Lynch, HD predictive, carrier results): genetic",
  "Genetics Scheduling <gen-sched@lakeview-hs.example.org>",
  "Genetic Counselors <gc-team@lakeview-hs.example.org>",
  "Tomorrow's GC clinic - 11/19",
  cat="genetic",
  body="""
Tomorrow's clinic (plain-text copy):
09:00 Rasmussen, Quinn - Lynch syndrome result disclosure (MLH1 path.) - SR
10:00 Zielinski, Marek - HD predictive testing, session 2 of 3 - TC
11:00 Haddad, Nadia + partner - expanded carrier screening: both SMN1 carriers - SR
13:30 Abernathy, Ugo - hereditary cancer panel pre-test (brother BRCA1+) - TC
""",
  htm="""
<html><body>
<p>Tomorrow's clinic, 11/19 - room 3B</p>
<table border="1" cellpadding="4">
<tr><th>Time</th><th>Patient</th><th>MRN</th><th>Indication</th><th>GC</th></tr>
<tr><td>09:00</td><td>Rasmussen, Quinn</td><td>00417720</td><td>Lynch syndrome result disclosure (MLH1 pathogenic)</td><td>SR</td></tr>
<tr><td>10:00</td><td>Zielinski, Marek</td><td>00533018</td><td>Huntington disease predictive testing, session 2 of 3</td><td>TC</td></tr>
<tr><td>11:00</td><td>Haddad, Nadia + partner</td><td>00601195</td><td>Expanded carrier screening: both SMN1 carriers</td><td>SR</td></tr>
<tr><td>13:30</td><td>Abernathy, Ugo</td><td>00288731</td><td>Hereditary cancer panel pre-test (brother BRCA1+)</td><td>TC</td></tr>
</table>
</body></html>
""")

E(R, "hd-predictive-testing-counselor-note",
  "genetic counsellor's note on a named person's Huntington disease predictive test result (CAG repeats) and disclosure plan: genetic",
  "Tamsin Czerny MS CGC <t.czerny@lakeview-hs.example.org>",
  "Dr. Oren Fairweather <o.fairweather@lakeview-hs.example.org>",
  "HD result - disclosure Thurs",
  cat="genetic",
  body="""
Oren,

Marek Zielinski's HTT result came back: 41/17 CAG repeats, i.e. in the
full-penetrance range. He is asymptomatic, 36, at 50% prior risk (father
affected). We agreed in session 1 that results are given in person only
with his support person (sister Vera) present, so I've booked Thurs 2pm
and asked neuropsych to hold a slot the same week.

Please don't release to the portal before Thursday - I put a hold on the
result (release-delay flag) but the flag has failed before.

Tamsin
""")

E(R, "chinese-gb2312-brca-result",
  "Chinese (GB2312): named patient's BRCA1 pathogenic variant result and genetic counselling appointment: genetic",
  "李静 <li.jing@xinghe-hosp.example.cn.test>",
  "遗传咨询门诊 <yichuan@xinghe-hosp.example.cn.test>",
  "王芳 基因检测结果 请安排遗传咨询",
  cat="genetic", lang="zh", cs="gb2312", cte="base64",
  body="""
各位老师好：

患者王芳，女，39岁，病历号 2026-088413，乳腺癌术后。
胚系基因检测结果：BRCA1 致病变异 c.5470_5477del，已口头告知患者。
其母亲有卵巢癌病史。患者希望了解女儿和妹妹是否需要检测。

请安排下周遗传咨询门诊，并讨论预防性卵巢切除。
联系电话：010-555-0137

乳腺外科 李静
""")

E(R, "pdf-flate-hereditary-panel-report",
  "generic cover note; the Flate-compressed PDF is a named patient's hereditary cancer panel report: genetic",
  "Crescent Genomics Client Services <reports@crescent-genomics.example.com>",
  "Dr. Fiona Yarborough <f.yarborough@stmarcus-med.example.org>",
  "Report available - order CG-2611-40983",
  cat="genetic",
  body="""
Dear provider,

A report for order CG-2611-40983 is attached and also available in the
portal. Log in to view supporting evidence and family letters.

Crescent Genomics Client Services - 555-0140
""",
  atts=[att_pdf("CG-2611-40983.pdf", [
      "CRESCENT GENOMICS - HEREDITARY CANCER PANEL (47 genes)",
      "Patient: Vasquez-Ortiz, Lucia   DOB: 1979-02-27   Sex: F",
      "Ordering: Fiona Yarborough, MD   Accession: CG-2611-40983",
      "RESULT: POSITIVE - one pathogenic variant detected",
      "Gene: PALB2   Variant: c.3113G>A (p.Trp1038*)   Zygosity: heterozygous",
      "Interpretation: increased lifetime risk of breast cancer.",
      "Genetic counseling is recommended; at-risk relatives may be tested."], flate=True)])

E(R, "qp-pgx-cyp2c19-poor-metabolizer",
  "borderline: pharmacogenomic CYP2C19 genotype of a named patient counted as a genetic test result (QP soft breaks inside the gene and MRN): genetic",
  "PGx Consult Service <pgx@mercyplains.example.org>",
  "Cath Lab Cardiology <cathlab@mercyplains.example.org>",
  "PGx result - clopidogrel",
  cat="genetic", cte="quoted-printable",
  body="""
Pt: Yusuf Umarov  MRN 0062\x009183  s/p PCI w/ DES to LAD 11/15

CYP2C\x0019 genotype: *2/*2 -> POOR METABOLIZER. Expect reduced active
metabolite of clopi\x00dogrel. Recommend switch to ticagrelor 90 BID (no
contraindication noted, no prior ICH). Result also relevant for PPIs,
citalopram, voriconazole - added to the genomic indicators list.
""")

E(R, "russian-koi8r-cftr-carrier",
  "Russian (KOI8-R): named couple's CFTR carrier screening results and genetic counselling: genetic",
  "Ольга Смирнова <o.smirnova@mc-zdorovie.example.ru.test>",
  "Семья Орловых <orlovy.family@mail.example.ru.test>",
  "Результаты скрининга носительства",
  cat="genetic", lang="ru", cs="koi8-r", cte="8bit",
  body="""
Здравствуйте, Анна и Дмитрий!

Пришли результаты скрининга на носительство (медкарта 55-20318):
- Анна Орлова: носитель мутации F508del гена CFTR (муковисцидоз)
- Дмитрий Орлов: мутаций в гене CFTR не выявлено

Риск рождения больного ребёнка низкий, но мы рекомендуем консультацию
генетика до ЭКО. Запись на 2 декабря, 11:00, кабинет 214.

С уважением,
Ольга Смирнова, врач-генетик
тел. 8 (495) 555-0122
""")

# ---- reproductive health (8)
E(R, "terse-sab-9w-dc-rhogam",
  "borderline: named patient's miscarriage (SAB at 9 weeks) managed by D&C; uterine evacuation of a pregnancy treated as pregnancy termination care: restricted",
  "Hana Pellegrino CNM <h.pellegrino@westfield-womens.example.com>",
  "OB triage <ob-triage@westfield-womens.example.com>",
  "f/u - Lindqvist",
  cat="reproductive",
  body="""
Ximena Lindqvist G2P1, SAB at 9w, s/p D&C 11/2 (Dr Eriksen). Rh neg,
rhogam given in PACU. path POC sent. bleeding light today per pt, no
fever. f/u 2wk w/ me, hcg in 2wk. discussed contraception options if
she wants to wait before trying again - she'll think about it, may want
IUD at f/u.
""")

E(R, "ics-iud-insertion-invite",
  "calendar invite whose description gives a named patient's IUD insertion (contraceptive care); the body is a one-liner: reproductive",
  "Westfield Women's Scheduling <scheduling@westfield-womens.example.com>",
  "Dr. Kwame Eriksen <k.eriksen@westfield-womens.example.com>",
  "Updated invitation: Procedure visit @ Tue Dec 1, 2026 10:30",
  cat="reproductive",
  body="""
Procedure room 2 booked. See invite.
""",
  atts=[att_ics("invite.ics", ics(
      "proc-88271@westfield-womens.example.com", "Procedure visit - room 2",
      "20261201T153000Z", "20261201T161500Z",
      desc="Pt: Priya Abernathy, DOB 08/03/1996, MRN 00714462\n"
           "Procedure: IUD insertion (levonorgestrel 52 mg), pt counseled 11/12\n"
           "Pre: UPT on arrival, ibuprofen 800 1h prior, GC/CT done 11/12 neg",
      loc="Westfield Women's - Procedure Rm 2", org="scheduling@westfield-womens.example.com",
      attendees=["k.eriksen@westfield-womens.example.com"]))])

E(R, "ivf-stim-day8-text-reply",
  "fertility clinic nurse to a named IVF patient (stim day 8 estradiol, follicles, trigger) and her text-speak reply: reproductive",
  "Elif Nakashima <elif.nakashima@mail.example.net>",
  "Bloom Fertility Nurses <nurses@bloomfertility.example.com>",
  "Re: Day 8 monitoring results",
  cat="reproductive", reply=True,
  body="""
omg ok thank u!!! so trigger at 9:30pm EXACTLY? and retrieval is fri at
8am?? do i need to not eat after midnight or is that only for surgery lol
also husband has to do his sample that morning too right

sent from my iphone

On Wed, Nov 18, 2026 at 2:41 PM Bloom Fertility Nurses wrote:
> Hi Elif, your day 8 results: E2 1,840 pg/mL, LH 1.2, P4 0.6.
> Follicles: R ovary 19, 18, 17, 14 mm; L ovary 18, 16, 12 mm.
> Dr Szabo says you're ready: stop Menopur/Gonal-f. TRIGGER TONIGHT:
> Ovidrel 250 mcg + Lupron 40 units at 9:30 PM sharp.
> Egg retrieval Friday 11/20 at 8:00 AM (arrive 7:15). Nothing to eat or
> drink after midnight. Partner sample same morning.
> Bloom Fertility - 555-0107
""")

E(R, "spanish-sti-result-chlamydia",
  "Spanish (UTF-8): clinic tells a named patient her chlamydia test is positive and arranges treatment: reproductive (STI result)",
  "Clínica Salud Familiar <resultados@saludfamiliar.example.org>",
  "Yesenia Quiroga <yesi.quiroga@mail.example.net>",
  "Sus resultados de laboratorio",
  cat="reproductive", lang="es", cte="base64",
  body="""
Hola Yesenia,

Le escribimos sobre los análisis de su visita del 9 de noviembre.

- Clamidia (NAAT orina): POSITIVO
- Gonorrea: negativo
- Sífilis (RPR): no reactivo
- VIH: negativo

La clamidia se cura con antibiótico. Le enviamos doxiciclina 100 mg, 2
veces al día por 7 días, a la farmacia de la calle Olmo. Su pareja
también necesita tratamiento; podemos darle una receta para él sin cita.
Evite relaciones sexuales hasta 7 días después de terminar el
tratamiento. Repetiremos la prueba en 3 meses.

Si tiene preguntas, llame al 555-0145.
Clínica Salud Familiar
""")

E(R, "medication-abortion-telehealth-followup",
  "telehealth follow-up with a named patient after medication abortion (mifepristone/misoprostol) and contraception discussion: reproductive",
  "Aster Telehealth Care Team <care@aster-telehealth.example.com>",
  "Rosalind Xiong <roz.xiong@mail.example.net>",
  "Checking in after your treatment",
  cat="reproductive",
  body="""
Hi Rosalind,

It's been 7 days since you took mifepristone on 11/10 and misoprostol on
11/11. Please complete your follow-up:

 1. Take the low-sensitivity pregnancy test included in your kit today
    or tomorrow and reply with the result (or upload a photo).
 2. Tell us if you are still bleeding heavily (soaking 2+ pads an hour
    for 2 hours) - if so, call 555-0166 now.

You asked about birth control at your consult. Your clinician, Dana
Achterberg NP, can prescribe the pill or the patch by mail, and we can
refer you for an implant or IUD near you.

Aster Telehealth - reply to this secure message any time.
""")

E(R, "egg-freezing-statement-account",
  "billing statement for a named patient's oocyte cryopreservation cycle and storage, with account number: reproductive (fertility)",
  "Bloom Fertility Billing <billing@bloomfertility.example.com>",
  "Carmen Baptiste <carmen.baptiste@mail.example.net>",
  "Statement for account BF-230418",
  cat="reproductive", cs="windows-1252", cte="quoted-printable",
  body="""
Dear Carmen Baptiste,

Account: BF-230418

  10/02/2026  Oocyte retrieval - fertility preservation cycle    $7,850.00
  10/02/2026  Anesthesia (MAC)                                   $   650.00
  10/03/2026  Vitrification, 14 oocytes                          $1,200.00
  11/01/2026  Cryostorage, annual (11/2026 – 10/2027)            $   600.00
  Payments received                                             –$8,000.00
  Balance due                                                    $2,300.00

Your plan's fertility rider doesn’t cover storage. A 12-month interest-free
plan is available – call 555-0107 and ask for billing.
""")

E(R, "vietnamese-implant-contraception",
  "Vietnamese (UTF-8): named patient's contraceptive implant removal and new method: reproductive (contraceptive care)",
  "Phòng khám Sức khỏe Phụ nữ <lichhen@phunu-clinic.example.vn.test>",
  "Trần Thị Mai <mai.tran.93@mail.example.net>",
  "Nhắc lịch hẹn: tháo que cấy tránh thai",
  cat="reproductive", lang="vi", cte="quoted-printable",
  body="""
Chào chị Trần Thị Mai (mã bệnh nhân PK-20431),

Phòng khám xin nhắc lịch hẹn của chị:
- Ngày: thứ Năm 03/12/2026, 9:30 sáng
- Nội dung: tháo que cấy tránh thai (đặt tháng 11/2023) và tư vấn biện
  pháp tránh thai mới. Chị đã chọn vòng tránh thai nội tiết, bác sĩ sẽ
  đặt trong cùng buổi nếu chị đồng ý.
- Bác sĩ: BS. Lê Văn Hùng

Vui lòng đến sớm 15 phút. Gọi 028-555-0119 nếu cần đổi lịch.
""")

E(R, "subject-only-depo-provera-due",
  "PHI only in the subject: named patient with DOB due for Depo-Provera (contraceptive injection); body just 'pls schedule': reproductive",
  "Danielle Fairweather <d.fairweather@fairhaven-fm.example.com>",
  "FM front desk <fm-frontdesk@fairhaven-fm.example.com>",
  "Depo q12wk due 12/4 - Mai Tran DOB 04/11/1999",
  cat="reproductive",
  body="""
pls schedule, nurse visit is fine
""")
# ================================================================ phi
P = "phi"

# ---- clinician-to-clinician shorthand
E(P, "terse-chf-exac-bnp-cr",
  "named inpatient (initials, MRN) with CHF exacerbation, BNP, creatinine and diuretic dosing",
  "Delphine Mbeki MD <d.mbeki@stmarcus-med.example.org>",
  "Renal consults <renal-consult@stmarcus-med.example.org>",
  "JD 67M bed 7 - Cr bump",
  date="2026-11-03 07:18 -0500",
  body="""
JD 67M bed 7, MRN 00482291. CHF exac (EF 25%), BNP 1840 on adm.
lasix 40 IV BID since sun, net -3.1L. Cr 1.9 today up from 1.4 baseline,
K 3.6. holding lisinopril. still crackles bilat bases, 2+ LE edema.
q: ok to cont diuresis at this Cr or switch to gtt? pls f/u today
""")

E(P, "terse-afib-inr-hold-warfarin",
  "patient by initials, age and last 4 of MRN: afib on warfarin with INR 3.4, dose held",
  "Anticoag Clinic <anticoag@fairhaven-fm.example.com>",
  "Dr. Nadia Rasmussen <n.rasmussen@fairhaven-fm.example.com>",
  "INR - MK 81F",
  body="""
MK 81F, last 4 of MRN 2291 (yes same last 4 as the other MK, check DOB 3/3/45).
afib on warfarin 5 mg daily exc 2.5 M/F. INR 3.4 today (goal 2-3), no
bleeding, started cipro for UTI on fri -> likely why.
told pt: hold tonight, then resume, recheck thurs. fyi only unless you
want something different.
""")

E(P, "terse-dm2-a1c-htn-intensify",
  "named patient's A1c 8.2, DM2 and HTN medications, blood pressure",
  "Ignacio Dobrowski MD <i.dobrowski@fairhaven-fm.example.com>",
  "Rosalind Pellegrino NP <r.pellegrino@fairhaven-fm.example.com>",
  "Re: Kwame Abernathy",
  reply=True,
  body="""
A1c 8.2 (was 7.6 in may). DM2 on metformin 1000 BID, jardiance 10.
BP 162/98 today, 158/94 on home log. on amlodipine 5 only.
would go amlo 10 + add lisinopril 10, BMP in 2 wk. for sugars, inc
jardiance to 25 before adding glipizide, he hates the lows. ok w/ you?

> can you look at Kwame Abernathy's labs before his visit tmrw, i think
> we need to do something
""")

E(P, "terse-copd-pna-bed4-npo",
  "patient by age/sex, bed and MRN: COPD with pneumonia, antibiotics, NPO for bronchoscopy",
  "Pulm fellow <pulm-fellow@mercyplains.example.org>",
  "4 West RN <4west-rn@mercyplains.example.org>",
  "72F in bed 4 - NPO after MN",
  body="""
72F in bed 4 (MRN 00917306) - COPD w/ RLL PNA, on ctx/azithro day 3,
sat 89% RA -> 2L NC 93%. not clearing, bronch tmrw am for BAL.
NPO after MN, hold lovenox am dose, ok sips w/ meds. consent signed,
daughter aware. pls page 0147 if she desats <88 on 4L
""")

E(P, "terse-mva-radius-fx-ortho",
  "named ED patient after a car crash: distal radius fracture, ortho consult, ORIF and PT/OT",
  "ED Attending <ed-attending@stmarcus-med.example.org>",
  "Ortho on call <ortho-oncall@stmarcus-med.example.org>",
  "ortho consult - Pellegrino, Sione",
  body="""
Sione Pellegrino 29M, MVA restrained driver, airbag deployed.
c/o R wrist pain. XR: R distal radius fx, dorsally angulated, intra-art.
NV intact. splinted in ED, hydromorphone 0.5 x1. CT head neg.
ortho consult placed - likely ORIF this wk? then PT/OT. pt wants to go
home tonight, ok w/ f/u in clinic thurs?
""")

E(P, "terse-ckd3-uti-renal-dosing",
  "named patient with DOB: CKD3 and UTI, culture pending, renally dosed antibiotic",
  "Nurse Triage <triage@fairhaven-fm.example.com>",
  "Dr. Ignacio Dobrowski <i.dobrowski@fairhaven-fm.example.com>",
  "UTI sx - Vera Jankowski 2/9/1950",
  body="""
Vera Jankowski DOB 2/9/1950 c/o dysuria, freq x3d, no fever, no flank pain.
hx CKD3 (eGFR 41 in oct), DM2. UA dip: LE 2+, nitrite +. cx sent.
protocol says nitrofurantoin but eGFR <45?? pended cephalexin 500 BID x7d
instead, pls sign if ok
""")

E(P, "terse-gerd-egd-barretts",
  "GI scheduling for a named patient's EGD to rule out Barrett's oesophagus",
  "GI Scheduling <gi-sched@lakeview-hs.example.org>",
  "Endo suite <endo-suite@lakeview-hs.example.org>",
  "add-on EGD 11/20",
  body="""
add-on for 11/20 1pm if Dr Haddad ok:
Gunnar Eriksen, 61M, MRN 00338102
indication: GERD refractory to PPI BID, dysphagia solids, r/o Barrett's
hx: HTN, OSA on CPAP -> anesthesia aware. on ASA 81 only, no AC.
prep: NPO after MN. ride: wife.
""")

E(P, "terse-ed-cp-trop-heparin",
  "ED patient by bed and MRN: chest pain, positive troponin, ECG changes, heparin drip",
  "ED Bed Board <ed-board@mercyplains.example.org>",
  "Cardiology fellow <cards-fellow@mercyplains.example.org>",
  "NSTEMI? ED bed 22",
  body="""
ED 22, MRN 00562077, 58M c/o CP x2h, pressure, radiating L arm, diaphoretic.
hx HTN, HLD, smoker. trop 0.08 -> 0.21 at 3h. ECG STD V4-6, no STE.
ASA 324, heparin gtt started, NTG gtt for ongoing pain. BP 142/88 HR 96.
cards pls eval for cath timing
""")

E(P, "terse-postop-oxycodone-lap-chole",
  "borderline: named patient's post-surgical oxycodone for pain is ordinary care, not substance-use treatment: phi",
  "Surgery PA <surg-pa@lakeview-hs.example.org>",
  "Dr. Ugo Szabo <u.szabo@lakeview-hs.example.org>",
  "POD1 - Hana Vasquez-Ortiz",
  body="""
Hana Vasquez-Ortiz s/p lap chole POD1. afebrile, tol reg diet, N/V
resolved after zofran x1 overnight. pain 4/10, using oxycodone 5 q6h
PRN (2 doses). ambulating. d/c home today w/ oxycodone 5mg #10, no
refills, + APAP 1g q8h, senna. f/u clinic 2 wk. ok to d/c?
""")

E(P, "signout-list-five-patients",
  "resident sign-out with five inpatients by name/initials, beds, MRNs and active problems",
  "Med B night float <medb-nf@stmarcus-med.example.org>",
  "Med B team <medb-team@stmarcus-med.example.org>",
  "signout 11/14",
  date="2026-11-14 19:02 -0500",
  body="""
Med B signout 11/14 (covering 6N 601-618)

601 Whitcombe, Jasper 77M - CHF exac, diuresing. if UOP <30/h x2h call me.
    K 3.4 -> 40 KCl given 1700, recheck AM.
604 RS 45F (MRN 00742218) - DKA resolved, off gtt at 1400, on lantus 18 +
    SSI. FS q4h. watch AG.
609 Czerny, Amara 88F - PNA, DNR/DNI. family at bedside. comfort focused
    if worsens, hospice consult placed.
612 BT 63M - GI bleed, s/p EGD w/ clip x2. Hgb 7.4 -> 8.1 after 1u. tx if
    <7. PPI gtt.
617 Oyelaran, Emeka 52M - cellulitis LLE, vanc trough due 2200.
""")

E(P, "lab-critical-k-callback-readback",
  "lab critical value callback log for a patient by MRN: potassium 6.4, read back to the named nurse",
  "Core Lab Critical Calls <critical-calls@crescent-labs.example.com>",
  "5E Charge RN <5e-charge@mercyplains.example.org>",
  "CRITICAL VALUE - K 6.4 - MRN 00883401",
  body="""
CRITICAL VALUE NOTIFICATION (documented call)
Patient:  Thibodeaux, Bertrand   MRN 00883401   Loc 5E-12
Test:     Potassium, serum       Result: 6.4 mmol/L (H, critical >6.0)
          Specimen not hemolyzed. Collected 11/22 05:10.
Called to: J. Ames RN at 05:58, read back verified.
Caller:    T. Umarov MLS
""")

E(P, "quoted-reply-only-breast-biopsy",
  "the new text is only 'agree, add to tumor board'; the quoted message names a patient with a breast biopsy result",
  "Dr. Lucia Haddad <l.haddad@stmarcus-med.example.org>",
  "Dr. Fiona Yarborough <f.yarborough@stmarcus-med.example.org>",
  "Re: path back",
  reply=True,
  body="""
agree. add to tumor board thurs, I'll present.

On 11/16/26 4:12 PM, Fiona Yarborough wrote:
> LB 45F, Lindqvist Bettina, MRN 00506630 - core bx L breast 2:00:
> IDC grade 2, ER 95% PR 60% HER2 1+. 1.4 cm on US, axilla neg on US.
> she knows, seeing surg onc tues. MRI ordered.
""")

E(P, "pharmacist-amio-warfarin-interaction",
  "inpatient pharmacist to the physician about a named patient's amiodarone-warfarin interaction and INR",
  "Ines Delacroix PharmD <i.delacroix@mercyplains.example.org>",
  "Dr. Oren Castellanos <o.castellanos@mercyplains.example.org>",
  "interaction - Rasmussen rm 311",
  body="""
Dr C - Quinn Rasmussen rm 311 started on amio 400 BID yesterday for afib
w/ RVR. on warfarin 7.5 daily at home. INR 4.1 this am (2.6 on adm).
suggest warfarin 2.5 tonight then ~30-50% dose reduction, INR daily.
also amio + simva 40 -> max simva 20, ok to switch to atorva 40?
ext 0152
""")

E(P, "homehealth-sn-wound-vac",
  "home health nurse visit note for a named patient: stage 3 sacral pressure injury, wound vac change",
  "Vera Achterberg RN <v.achterberg@hearthstone-hh.example.com>",
  "Dr. Wendell Eriksen <w.eriksen@fairhaven-fm.example.com>",
  "SN visit 11/12 - Brannigan, Hollis",
  body="""
SN visit today for Hollis Brannigan (SOC 10/28, episode 1).
stage 3 sacral PU 4.2 x 3.1 x 0.8 cm (was 4.8 x 3.5 x 1.1), 80% granular,
scant serous drainage, no odor. wound vac changed, 125 mmHg continuous.
BG 188 fasting. pt eating better, turning q2h w/ wife's help.
need order renewal for vac supplies + santyl, will fax.
Hearthstone Home Health 555-0138
""")

E(P, "peds-asthma-exac-prednisolone",
  "named child with DOB: asthma exacerbation, albuterol and prednisolone dosing",
  "Peds Urgent Care <peds-uc@harbor-peds.example.com>",
  "Dr. Priya Whitcombe <p.whitcombe@harbor-peds.example.com>",
  "your pt seen in UC - Ugo Baptiste 4yo",
  body="""
Ugo Baptiste 4yo M, DOB 05/30/2022. asthma exac, viral URI trigger.
RR 38, sat 91% -> 96% after duoneb x3. prednisolone 2mg/kg = 34mg x1,
then 1mg/kg daily x4d. albuterol MDI 4 puffs q4h while awake x2d then
PRN. no prior controller - consider flovent at f/u. f/u w/ you 2-3 d.
""")

# ---- system notifications
E(P, "portal-results-released-lipid",
  "portal notice to the patient that her lipid panel results are released, with values: 'your results'",
  "Lakeview Health Portal <noreply@portal.lakeview-hs.example.org>",
  "tamsin.gallardo@mail.example.net",
  "New test results are available",
  body="""
Hello Tamsin,

New results from your visit on 11/10/2026 have been released to you.

  LIPID PANEL
  Total cholesterol   238 mg/dL   (H)
  LDL (calc)          162 mg/dL   (H)
  HDL                  41 mg/dL
  Triglycerides       176 mg/dL   (H)

Comment from Dr. Bertrand Oyelaran: "Tamsin, your LDL is higher than we
want given your diabetes. Let's talk about starting a statin at your
December visit."

Log in to Lakeview Health Portal to see the full report.
""")

E(P, "portal-care-team-message-cardiology",
  "notification addressed to the patient about his appointment with cardiology on a date",
  "Northgate Health MyChart <noreply@mychart.northgate-health.example.com>",
  "darnell.rasmussen@mail.example.net",
  "You have a new message from your care team",
  htm="""
<html><body style="font-family:Arial">
<p>Hi Darnell,</p>
<p>You have a new message from <b>Northgate Cardiology</b> regarding your
appointment with <b>Dr. Emeka Lindqvist</b> on <b>12/03/2026</b>.</p>
<p>Preview: &quot;Please hold your metoprolol the morning of your stress test
and bring your home BP log.&quot;</p>
<p><a href="https://mychart.northgate-health.example.com/messages">Read the message</a></p>
<p style="font-size:11px;color:#777">You are receiving this because you have MyChart notifications turned on.</p>
</body></html>
""")

E(P, "referral-status-dermatology-approved",
  "referral status notice naming a patient and the dermatology referral for a changing lesion",
  "Referral Management <referrals@lakeview-hs.example.org>",
  "Dr. Amara Ilunga <a.ilunga@lakeview-hs.example.org>",
  "Referral R-2026-118834 status changed: SCHEDULED",
  body="""
REFERRAL STATUS NOTIFICATION
Referral #:    R-2026-118834
Patient:       ROE, JANE M        DOB 10/02/1968     MRN 00771245
Referred to:   Dermatology - Mohs / Skin Cancer Clinic
Reason:        changing pigmented lesion R upper back, r/o melanoma
Status:        SCHEDULED 12/07/2026 09:20 with Dr. K. Nakashima
Auth:          not required (in-network)
""")

E(P, "prior-auth-mri-lumbar-approved",
  "payer prior-authorisation approval for a member's lumbar MRI with diagnosis codes",
  "Summit Crest Health Plan UM <um-notices@summitcrest-hp.example.com>",
  "Fairhaven FM Referrals <fm-referrals@fairhaven-fm.example.com>",
  "PA decision: APPROVED - ref PA26-0928841",
  body="""
PRIOR AUTHORIZATION DETERMINATION
Reference:     PA26-0928841
Member:        Darnell Jankowski    Member ID: SCH301774528   DOB 12/19/1971
Service:       MRI lumbar spine w/o contrast (CPT 72148)
Dx:            M54.16 radiculopathy, lumbar; M51.26 disc displacement
Determination: APPROVED, valid 11/16/2026 - 02/14/2027, 1 unit
Servicing:     Lakeview Imaging Center
""")

E(P, "discharge-instructions-available",
  "message to the patient that his discharge instructions are available, naming diagnosis and new medications",
  "Mercy Plains Patient Portal <noreply@portal.mercyplains.example.org>",
  "kwame.thibodeaux@mail.example.net",
  "Your discharge instructions are ready",
  body="""
Dear Kwame Thibodeaux,

Your discharge instructions from Mercy Plains Medical Center (stay
11/09 - 11/13/2026) are now in your portal.

Reason for stay: community-acquired pneumonia; type 2 diabetes, high
blood sugar.
New medicines: amoxicillin-clavulanate 875 mg twice daily for 4 more
days; insulin glargine 14 units at bedtime.
Follow up: Dr. Ignacio Dobrowski within 7 days. Call 555-0131 to book.

Questions? Call the discharge nurse line at 555-0132.
""")

E(P, "erx-sent-amoxicillin-sinusitis",
  "e-prescription transmitted for a named patient with diagnosis and prescriber NPI",
  "ePrescribe <erx-noreply@fairhaven-fm.example.com>",
  "Rosalind Pellegrino NP <r.pellegrino@fairhaven-fm.example.com>",
  "eRx transmitted: Gallardo, Luis",
  body=f"""
ELECTRONIC PRESCRIPTION TRANSMITTED
Patient:     GALLARDO, LUIS A   DOB 08/14/1979
Medication:  amoxicillin-clavulanate 875-125 mg tab
Sig:         1 tab PO BID x 10 days
Qty:         20   Refills: 0
Dx:          J01.90 acute sinusitis, unspecified
Prescriber:  Rosalind Pellegrino, NP   NPI {NPI_B}
Pharmacy:    Elm St Pharmacy, 555-0114
Status:      Transmitted 11/19/2026 16:02 - Accepted
""")

E(P, "fax-ocr-referral-diabetes",
  "fax-to-email with OCR'd referral (OCR errors) and PDF: named patient with DOB referred to endocrinology for diabetes",
  "eFax Relay <efax@relay.fairhaven-fm.example.com>",
  "referrals@lakeview-hs.example.org",
  "Fax from 555-0177 - 2 pgs",
  body="""
Fax received 11/05/2026 10:31 from 555-0177 (FAIRHAVEN FAM MED)
Pages: 2     OCR confidence: 71%

---- OCR ----
REFERRAL F0RM
Pat1ent: MARGARET 0'NEIL-SZABO   D0B: O3/14/1951
Ins: Medicare + Summ1t Crest supp
Refer to: Endocr1nology - Dr. Xiong
Dx: E11.65 Type 2 d1abetes w/ hyperglycem1a ; A1c 1O.4%
Current rx: metf0rmin 1OOO mg BID, glip1zide 1O mg, lant.us 22u
Reason: uncontro1led despite 3 agents, recurrent lows overn1ght
Urgency: r0utine / w1thin 4 wks
---- end OCR ----
""",
  atts=[att_pdf("FAX_20261105_1031.pdf", [
      "REFERRAL FORM - Fairhaven Family Medicine",
      "Patient: MARGARET O'NEIL-SZABO   DOB: 03/14/1951",
      "Refer to: Endocrinology - Dr. Xiong",
      "Dx: E11.65 Type 2 diabetes w/ hyperglycemia; A1c 10.4%",
      "Current rx: metformin 1000 mg BID, glipizide 10 mg, Lantus 22u"])])

E(P, "eob-claim-cpt-patient-responsibility",
  "Explanation of Benefits for a named member with claim number, CPT codes and amounts owed",
  "Summit Crest Health Plan <eob@summitcrest-hp.example.com>",
  "zofia.mbeki@mail.example.net",
  "Your Explanation of Benefits is ready",
  body="""
THIS IS NOT A BILL

Member: Zofia Mbeki            Member ID: SCH552019384
Claim #: 2026-31-0048812       Provider: Lakeview Imaging Center
Patient: Zofia Mbeki           Date of service: 10/29/2026

Service                                  Billed    Allowed   Plan paid  You owe
CT abdomen/pelvis w/ contrast (74177)  $2,140.00   $812.00    $649.60   $162.40
Contrast agent (Q9967)                   $180.00    $38.00     $30.40     $7.60

Your deductible: $1,500.00 met. Coinsurance 20%.
""")

E(P, "appt-reminder-sms-style-ortho",
  "terse appointment reminder addressed to the patient for his orthopaedic post-op visit",
  "Lakeview Ortho Reminders <reminders@lakeview-hs.example.org>",
  "sione.pellegrino@mail.example.net",
  "Reminder: Ortho appt Tue 12/8 10:40am",
  body="""
Lakeview Ortho: Sione, reminder of your post-op wrist visit w/ Dr. Park
Tue 12/8 10:40am, Bldg C 2nd fl. Xray first - arrive 10:10. Bring splint.
Reply C to confirm, R to reschedule. Msg&data rates may apply.
""")

E(P, "critical-result-auto-troponin",
  "automated critical-result alert for a patient by MRN: troponin I elevated, callback required",
  "LIS Alerts <lis-alerts@crescent-labs.example.com>",
  "ED Physicians <ed-docs@mercyplains.example.org>",
  "[CRITICAL] callback required - ACC 26-1122-0871",
  body="""
*** CRITICAL RESULT - CALLBACK REQUIRED WITHIN 30 MIN ***
Accession:   26-1122-0871
MRN:         00562077     Patient: ACHTERBERG, CYRUS    Loc: ED-22
Test:        Troponin I, high sensitivity
Result:      2,410 ng/L   (ref <34)   prior 210 ng/L @ 03:12
Acknowledge: reply ACK 0871 or call 555-0159
Escalation to ED charge in 15 min if not acknowledged.
""")

E(P, "radiology-report-finalized-appendicitis",
  "radiology report finalized for a named patient: CT impression acute appendicitis",
  "PACS Notifier <pacs-notify@lakeview-hs.example.org>",
  "ED Attending <ed-attending@lakeview-hs.example.org>",
  "FINAL: CT ABD/PEL W CONTRAST - Whitcombe, Priya",
  body="""
Report status: FINAL      Accession: LV26-774019
Patient: WHITCOMBE, PRIYA   MRN 00683552   DOB 01/22/2001
Exam: CT abdomen and pelvis with IV contrast  11/17/2026 22:41

IMPRESSION:
1. Acute appendicitis, appendix 11 mm with periappendiceal fat stranding.
   No abscess or free air.
2. Small simple R ovarian cyst, no follow-up needed.
Critical finding communicated to Dr. Haddad 23:05 by phone.
""")

E(P, "hl7-oru-cbc-attachment",
  "HL7 ORU attachment carries a named patient's CBC; body is a brief resend note",
  "Crescent Labs Interface <hl7-out@crescent-labs.example.com>",
  "Fairhaven FM Interface <interface@fairhaven-fm.example.com>",
  "ORU resend - 1 msg",
  body="""
Resending 1 ORU that failed on your side (AE, segment PV1). Pls ack.
""",
  atts=[att_hl7("oru_26111903.hl7", hl7(
      "MSH|^~\\&|CRESCENTLIS|CRESCENT|FHFMEHR|FAIRHAVEN|20261119083011||ORU^R01|CL2611190301|P|2.5.1",
      "PID|1||00229170^^^FAIRHAVEN^MR||ZIELINSKI^FARAH^M||19640507|F|||19 Birch Ln^^Springfield^ST^00000",
      "OBR|1|ORD8841|LAB26-55102|58410-2^CBC panel^LN|||20261119070500",
      "OBX|1|NM|6690-2^WBC^LN||13.8|10*3/uL|4.0-11.0|H|||F",
      "OBX|2|NM|718-7^Hemoglobin^LN||9.1|g/dL|12.0-15.5|L|||F",
      "OBX|3|NM|777-3^Platelets^LN||512|10*3/uL|150-400|H|||F"), ctype="text/plain")])

E(P, "fhir-bundle-medicationrequest",
  "FHIR Bundle attachment with a named Patient, a Condition (heart failure) and MedicationRequest",
  "Care Coordination HIE <hie-noreply@statehie.example.net>",
  "Northgate Care Mgmt <caremgmt@northgate-health.example.com>",
  "Subscription notification: 1 bundle",
  body="""
A resource you subscribed to has changed. Bundle attached.
""",
  atts=[att_json("bundle.json", {
      "resourceType": "Bundle", "type": "collection", "entry": [
          {"resource": {"resourceType": "Patient", "id": "p-88120", "name": [{"family": "Kealoha", "given": ["Marek"]}],
                        "birthDate": "1955-09-08", "identifier": [{"system": "urn:mrn:northgate", "value": "00340917"}]}},
          {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/p-88120"},
                        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I50.22",
                                             "display": "Chronic systolic (congestive) heart failure"}]}}},
          {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                        "subject": {"reference": "Patient/p-88120"},
                        "medicationCodeableConcept": {"text": "sacubitril-valsartan 49-51 mg tablet"},
                        "dosageInstruction": [{"text": "1 tab by mouth twice daily"}]}}]})])

E(P, "ccda-xml-transition-of-care",
  "C-CDA XML attachment: transition-of-care summary for a named patient with problems and medications",
  "Direct Messaging <direct@direct.mercyplains.example.org>",
  "SNF Admissions <admissions@oakview-snf.example.com>",
  "Transition of care document",
  body="""
Transition of care summary for today's transfer is attached (C-CDA).
""",
  atts=[Leaf("application/xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Transition of Care Summary</title>
  <recordTarget><patientRole>
    <id extension="00883401" root="2.16.840.1.113883.3.9999.2"/>
    <patient><name><given>Bertrand</given><family>Thibodeaux</family></name>
      <birthTime value="19680304"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Hypokalemia; hypertension; s/p fall with L hip contusion</text></section></component>
    <component><section><title>Medications</title>
      <text>amlodipine 10 mg daily; potassium chloride 20 mEq daily; acetaminophen 650 mg q6h PRN</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
""").encode("utf-8"), filename="ToC_summary.xml")])

E(P, "interface-ticket-with-live-pid",
  "IT interface ticket that pastes a live HL7 message: a named patient's ADT with admit diagnosis (not test data)",
  "Interface Team <interfaces@stmarcus-med.example.org>",
  "EHR Analysts <ehr-analysts@stmarcus-med.example.org>",
  "INC0048812 - ADT A01 rejected, PV1-3 bed invalid",
  body="""
INC0048812  Priority 3  Assigned: Interfaces
Symptom: ADT^A01 from registration rejected by bed board (AR, PV1-3).
Looks like the new 6N beds aren't in the location table yet. Payload
from the error queue below (prod, not test):

MSH|^~\\&|REG|STMARCUS|BEDBD|STMARCUS|20261114181202||ADT^A01|R11418|P|2.5
PID|1||00742218^^^STM^MR||SZABO^ROSALIND^K||19810712|F
PV1|1|I|6N^604B^01||||1088|||MED
DG1|1||E10.10^Type 1 diabetes mellitus with ketoacidosis^I10|||A

Fix: add 6N^604B to location master, replay queue. ETA 30 min.
""")

# ---- patients and families
E(P, "patient-runon-knee-injection",
  "patient's run-on message about her knee swelling after a steroid injection and her pain medication",
  "Carmen Eriksen <carmen.e1962@mail.example.net>",
  "Lakeview Ortho <ortho-msgs@lakeview-hs.example.org>",
  "knee",
  body="""
hi dr so my knee is still swollen after the injection last tues and the
ibuprofen isnt doing nothing, i can barely do the stairs at work and its
warm when i touch it is that normal?? you said the cortisone takes like a
week but its been 8 days and its worse not better. should i come in or
just ice it. i also ran out of the meloxicam can you send more to the
walgreens-type place on oak st

carmen eriksen
dob 6/1/62
""")

E(P, "daughter-dad-donepezil-falls",
  "daughter writing from her phone about her named father's dementia medicine and falls",
  "Fiona Castellanos <fionac@mail.example.net>",
  "Dr. Lucia Haddad <l.haddad@stmarcus-med.example.org>",
  "Fwd: dad",
  body="""
Dr Haddad - forwarding what my brother sent me, can you call me?
Dad (Ignacio Castellanos, your pt) fell again sunday, 2nd time this month.
No injury this time but he was confused after for like an hour. Since
they raised the donepezil to 10 he's having weird dreams and he's
peeing at night a lot. Is it the medicine? We are thinking about moving
him in with me.

Fiona  555-0188

Sent from my iPhone

Begin forwarded message:
> From: Marco
> dad fell in the bathroom again. he's ok. hit his shoulder. he said he
> forgot where he was going. i gave him tylenol
""")

E(P, "spanglish-azucar-metformin",
  "patient writing in Spanish and English about her blood sugar readings and metformin side effects",
  "gloria quiroga <gloriaq55@mail.example.net>",
  "Clinica Fairhaven <fm-nurses@fairhaven-fm.example.com>",
  "mi azucar",
  lang="en-es",
  body="""
hola doctora good morning, mi azucar was 280 this morning y anoche 310
after dinner, i take the metformina 2 times like u said pero me da
diarrea every day and i feel weak. the new pen the ozempic i didnt start
yet because i dont know how, can the nurse show me? my daughter can
bring me on thursday. gracias

gloria quiroga
fecha de nac 11/03/1958
""")

E(P, "patient-reply-quoting-colonoscopy-prep",
  "patient's short question quoting the clinic's message about her colonoscopy date and prep",
  "nadia jankowski <nadia.jank@mail.example.net>",
  "Lakeview GI <gi-msgs@lakeview-hs.example.org>",
  "Re: Your colonoscopy on 12/14",
  reply=True,
  body="""
ok but can i still take my aspirin and the fish oil?? nobody said. also
can i have jello

On Mon, Nov 30, 2026, Lakeview GI <gi-msgs@lakeview-hs.example.org> wrote:
> Dear Nadia Jankowski,
> Your colonoscopy with Dr. Haddad is scheduled for Monday 12/14/2026 at
> 7:30 AM. Begin clear liquids the day before. Start the split-dose prep
> (GoLYTELY) at 6 PM and finish the second half by 3 AM. You must have a
> driver. Please hold your iron tablets for 5 days before.
""")

E(P, "textspeak-rash-amoxicillin",
  "patient text-speak about a spreading rash she thinks is from her amoxicillin, with her name",
  "Kenzie Whitcombe <kenz.w@mail.example.net>",
  "Fairhaven Nurse Line <fm-nurses@fairhaven-fm.example.com>",
  "rash?????",
  body="""
omg the rash is spreading lol idk if its the amoxicillin?? started it
tues for my ear and now its on my stomach n arms, itchy af. no trouble
breathing tho. do i stop it??? kenzie whitcombe, im dr pellegrinos pt
""")

E(P, "haitian-creole-tansyon-meds",
  "Haitian Creole: named patient tells the clinic her blood pressure is high and she ran out of amlodipine",
  "Marie-Ange Baptiste <mariange.baptiste@mail.example.net>",
  "Sant Sante Kominote <enfo@santsante.example.org>",
  "medikaman tansyon",
  lang="ht",
  body="""
Bonjou doktè,

Se Marie-Ange Baptiste, dat nesans mwen 14/07/1960. Tansyon mwen te
170/100 maten an lè mwen pran l lakay. Mwen fin ak grenn amlodipine yo
depi vandredi e famasi a di yo bezwen yon nouvo preskripsyon. Mwen gen
tèt fè mal tou. Èske ou ka voye preskripsyon an bay famasi a sou Flatbush
a? Pitit fi mwen ka vin chèche l.

Mèsi anpil
555-0125
""")

E(P, "somali-child-fever-appointment",
  "Somali: mother asks for an appointment for her named child with fever and ear pain",
  "Hodan Warsame <hodan.warsame@mail.example.net>",
  "Cedar Riverside Clinic <ballan@cedarriverside-clinic.example.org>",
  "ballan cunug - Cabdi",
  lang="so",
  body="""
Salaan,

Wiilkayga Cabdi Warsame (4 sano, taariikhda dhalashada 02/09/2022) wuxuu
qabaa qandho 39 darajo laba maalmood, dhegta midig ayaa xanuunaysa.
Waxaan siiyay Tylenol laakiin qandhada way soo laabanaysaa. Ma heli
karaa ballan maanta ama berri subax? Waxaan u baahanahay turjumaan
Soomaali.

Mahadsanid,
Hodan  555-0193
""")

E(P, "arabic-father-dialysis-cp1256",
  "Arabic (windows-1256): son asks to move his named father's haemodialysis sessions and mentions his potassium",
  "Karim Haddad <karim.haddad@mail.example.net>",
  "Northgate Dialysis Unit <dialysis@northgate-health.example.com>",
  "تغيير موعد الغسيل الكلوي - والدي سمير حداد",
  lang="ar", cs="windows-1256", cte="base64",
  body="""
السلام عليكم،

أكتب بخصوص والدي سمير حداد (رقم الملف 00451187). جلسات الغسيل الكلوي
له أيام الاثنين والأربعاء والجمعة الساعة السادسة صباحاً، ونرجو نقلها
إلى فترة الظهر لأنه يتعب كثيراً في الصباح. الطبيب قال إن البوتاسيوم
كان مرتفعاً (5.9) في آخر تحليل، فهل نغير شيئاً في الأكل؟

شكراً لكم
كريم حداد - 555-0176
""")

E(P, "polish-tsh-levothyroxine-latin2",
  "Polish (ISO-8859-2): named patient's TSH result and levothyroxine dose change",
  "Przychodnia Zdrowie <rejestracja@przychodnia-zdrowie.example.pl.test>",
  "Zofia Dobrowska <zofia.dobrowska@mail.example.pl.test>",
  "Wyniki badań - TSH",
  lang="pl", cs="iso-8859-2", cte="quoted-printable",
  body="""
Szanowna Pani Zofio,

Pani wynik z 16.11.2026: TSH 7,8 mIU/l (norma 0,27-4,2), FT4 0,9 ng/dl.
Doktor Łukasz Wiśniewski zaleca zwiększenie dawki lewotyroksyny
(Euthyrox) z 50 do 75 mcg rano na czczo. Kontrola TSH za 6 tygodni.
Receptę wystawiono elektronicznie, kod przyjdzie SMS-em.

Pozdrawiamy,
Rejestracja Przychodni Zdrowie, tel. 22 555 01 48
""")

E(P, "vietnamese-hepatitis-b-result",
  "borderline: Vietnamese (UTF-8) named patient's hepatitis B result and antiviral; hepatitis B is not treated as an STI result here, so phi",
  "Phòng khám Gia đình An Bình <ketqua@anbinh-clinic.example.org>",
  "Nguyễn Văn Long <long.nguyen.68@mail.example.net>",
  "Kết quả xét nghiệm của anh Long",
  lang="vi", cte="base64",
  body="""
Chào anh Nguyễn Văn Long (mã hồ sơ AB-55732),

Kết quả xét nghiệm ngày 12/11/2026:
- HBsAg: dương tính
- HBV DNA: 24.000 IU/mL
- ALT: 68 U/L (cao)
- Siêu âm gan: gan nhiễm mỡ nhẹ, không có khối u

Bác sĩ Phạm Thu Hà đề nghị bắt đầu thuốc tenofovir 300 mg mỗi ngày. Anh
vui lòng đến khám lại vào thứ Ba tuần sau để được tư vấn và nhận thuốc.
Điện thoại: 555-0163.
""")

E(P, "spanish-encoded-subject-cardiologia",
  "Spanish with a Q-encoded ISO-8859-1 subject: clinic tells a named patient about his cardiology appointment and echo result",
  "Centro Cardiológico del Valle <citas@cardiovalle.example.org>",
  "Héctor Vásquez <hector.vasquez@mail.example.net>",
  "Su cita de cardiología - resultado del ecocardiograma",
  lang="es", cs="iso-8859-1", cte="quoted-printable", senc="q",
  body="""
Estimado Sr. Héctor Vásquez:

Su ecocardiograma del 4 de noviembre muestra una fracción de eyección de
45 % (levemente disminuida). El Dr. Ramírez quiere verle el jueves 26 de
noviembre a las 10:15 para ajustar su tratamiento (carvedilol).

Traiga su lista de medicamentos y su registro de presión arterial.
Para cambiar la cita llame al 555-0171.

Centro Cardiológico del Valle
""")

fwd_inner = mail("fwd-inner-portal-msg",
                 "Harbor Pediatrics <noreply@harbor-peds.example.com>",
                 "oren.kealoha@mail.example.net",
                 "Message from Dr. Whitcombe about Lily",
                 body="""
Hi Oren,

Lily's strep test from today was POSITIVE. I've sent amoxicillin
400 mg/5 mL, 6 mL twice a day for 10 days, to your pharmacy. She can go
back to school after 12 hours on the antibiotic and no fever.

Dr. Priya Whitcombe, Harbor Pediatrics
""")
E(P, "forwarded-rfc822-peds-strep",
  "parent forwards the paediatrician's message (message/rfc822) about his named daughter's positive strep test and antibiotic",
  "Oren Kealoha <oren.kealoha@mail.example.net>",
  "Maya Kealoha <maya.k@mail.example.net>",
  "Fw: Message from Dr. Whitcombe about Lily",
  body="""
fyi see below, I picked up the amox. she's asleep. can you do the
evening dose, it's in the fridge
""",
  atts=[Rfc822(fwd_inner, filename="Message from Dr. Whitcombe.eml")])

E(P, "wife-med-list-husband",
  "wife sends her named husband's medication list and allergies before his surgery",
  "Delphine Ilunga <delphine.ilunga@mail.example.net>",
  "Pre-Admission Testing <pat@lakeview-hs.example.org>",
  "meds for Emeka Ilunga surgery 12/2",
  body="""
Hello, the nurse asked me to send my husband's medications before his
hernia surgery on Dec 2. Emeka Ilunga, DOB 4/4/1957.

metoprolol succinate 50 mg morning
Eliquis 5 mg twice a day (for afib) - the surgeon said stop 2 days before??
atorvastatin 40 night
tamsulosin 0.4
vitamin D, fish oil
Allergies: penicillin (hives), tape

Thank you, Delphine
""")

E(P, "patient-angry-claim-denial",
  "patient disputing a denied claim for her physical therapy, with claim and member numbers",
  "Ana Lindqvist <ana.lindqvist@mail.example.net>",
  "Summit Crest Member Services <members@summitcrest-hp.example.com>",
  "DENIED AGAIN claim 2026-30-0091245",
  body="""
This is the THIRD time I'm writing. Claim 2026-30-0091245, member ID
SCH118834076. You denied my physical therapy after my rotator cuff
surgery saying "not medically necessary" when my surgeon ordered 12
visits and you APPROVED them in writing (ref PA26-0877120). I have now
been billed $1,140 by Lakeview Rehab. Please fix this or I will file a
complaint with the state.

Ana Lindqvist
""")

E(P, "filename-only-mole-photo",
  "body is 'here u go'; the attached photo's file name names the patient, the lesion and the derm follow-up",
  "Jan Kowalczyk <jan.kowal@mail.example.net>",
  "Lakeview Dermatology <derm-photos@lakeview-hs.example.org>",
  "photo",
  body="""
here u go
""",
  atts=[att_bin("Kowalczyk_Jan_DOB1975-03-08_mole_L_shoulder_derm_followup.jpg", "image/jpeg",
                fake_jpeg("mole"), name=True)])

# ---- payer, billing, pharmacy, DME, home health, lab, imaging, dental, vision
E(P, "html-table-billing-statement",
  "HTML statement table: named patient's account with dates of service, procedures and balance",
  "Lakeview Health Billing <billing@lakeview-hs.example.org>",
  "gunnar.eriksen61@mail.example.net",
  "Statement - account 4471-20983",
  htm="""
<html><body>
<p>Patient: <b>Gunnar Eriksen</b> &nbsp; Account: <b>4471-20983</b></p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Date</th><th>Description</th><th>Charges</th><th>Insurance</th><th>Patient</th></tr>
<tr><td>11/20/2026</td><td>EGD with biopsy (43239)</td><td>$3,210.00</td><td>$2,568.00</td><td>$642.00</td></tr>
<tr><td>11/20/2026</td><td>Anesthesia, upper GI endoscopy</td><td>$880.00</td><td>$704.00</td><td>$176.00</td></tr>
<tr><td>11/23/2026</td><td>Surgical pathology (88305)</td><td>$310.00</td><td>$248.00</td><td>$62.00</td></tr>
</table>
<p>Amount due: <b>$880.00</b> by 12/31/2026</p>
</body></html>
""")

E(P, "pharmacy-ready-pickup-atorvastatin",
  "pharmacy notice to the patient that his atorvastatin prescription is ready",
  "Elm St Pharmacy <notify@elmst-rx.example.com>",
  "kwame.abernathy@mail.example.net",
  "Your prescription is ready for pickup",
  body="""
Hi KWAME,
Your prescription is ready at Elm St Pharmacy (555-0114).
  ATORVASTATIN 40 MG TAB  Qty 90  Rx #6620194  Copay $4.00
  LISINOPRIL 10 MG TAB    Qty 90  Rx #6620195  Copay $0.00
Pick up by 11/28 or it will be returned to stock.
Reply STOP to end text and email alerts.
""")

E(P, "dme-cpap-order-mbi",
  "DME supplier order for a named Medicare beneficiary's CPAP with OSA diagnosis, MBI and prescriber NPI",
  "Rest Easy Medical Supply <orders@resteasy-dme.example.com>",
  "Sleep Clinic <sleep-clinic@lakeview-hs.example.org>",
  "Order received - need signed SWO for Eriksen",
  body=f"""
Hi - we received the CPAP order for:
  Patient: Gunnar Eriksen   DOB 07/02/1965   MBI {MBI_A}
  Dx: G47.33 obstructive sleep apnea, AHI 31 on PSG 10/22/2026
  Items: E0601 CPAP, A7030 full face mask, A7037 tubing, E0562 humidifier
  Settings: auto 6-14 cm H2O
  Ordering: Dr. Hana Xiong  NPI {NPI_C}
Medicare needs the standard written order signed + dated and the
face-to-face note. Please fax to 555-0154. Compliance download at 31-90 d.
""")

E(P, "homehealth-485-signature-request",
  "home health plan-of-care (485) signature request naming the patient, diagnoses and disciplines",
  "Hearthstone Home Health Intake <intake@hearthstone-hh.example.com>",
  "Dr. Wendell Eriksen <w.eriksen@fairhaven-fm.example.com>",
  "Signature needed: POC cert period 10/28-12/26 - Brannigan",
  body="""
Plan of Care (CMS-485) awaiting your e-signature:
Patient: Hollis Brannigan   DOB 11/30/1940   Agency MR# HH-20917
Cert period: 10/28/2026 - 12/26/2026
Primary dx: L89.153 pressure ulcer of sacral region, stage 3
Other dx: E11.9, I10, Z74.01 bed confinement
Orders: SN 3w4, 2w5 wound care/NPWT; PT 2w4; HHA 3w8
Unsigned orders older than 30 days delay billing. Sign at
https://portal.hearthstone-hh.example.com/sign/88102
""")

lab_rows = [["patient_name", "dob", "mrn", "collected", "test", "result", "units", "flag"]]
tests = [("Hemoglobin A1c", "%", lambda r: "%.1f" % r.uniform(5.2, 11.5)),
         ("Creatinine", "mg/dL", lambda r: "%.2f" % r.uniform(0.6, 2.4)),
         ("TSH", "mIU/L", lambda r: "%.2f" % r.uniform(0.2, 9.0)),
         ("LDL cholesterol", "mg/dL", lambda r: str(r.randint(60, 210))),
         ("Potassium", "mmol/L", lambda r: "%.1f" % r.uniform(3.2, 5.8))]
for f, l, r in people("labcsv", 26):
    tn, u, g = r.choice(tests)
    lab_rows.append([f"{l}^{f}", "%02d/%02d/19%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(35, 99)),
                     "00%06d" % r.randint(100000, 999999), "2026-11-18", tn, g(r), u, r.choice(["", "", "H", "L"])])
E(P, "csv-lab-results-batch",
  "reference lab's daily results CSV: 26 named patients with DOB, MRN and values; the body has nothing",
  "Crescent Labs Client Reports <client-reports@crescent-labs.example.com>",
  "Fairhaven FM Lab Inbox <lab-inbox@fairhaven-fm.example.com>",
  "Daily results file 2026-11-18",
  body="""
Daily results file for account FH-0442 attached. 26 rows.
""",
  atts=[att_csv("FH0442_results_20261118.csv", lab_rows, cte="base64")])

E(P, "pdf-ultrasound-report-plain",
  "plain (uncompressed) PDF attachment with a named patient's thyroid ultrasound report; body is a courtesy line",
  "Lakeview Imaging Center <reports@lakeview-imaging.example.com>",
  "Dr. Nadia Rasmussen <n.rasmussen@fairhaven-fm.example.com>",
  "Courtesy copy of report",
  body="""
Courtesy copy of the attached report for your records.
""",
  atts=[att_pdf("US_report_LV26-781204.pdf", [
      "LAKEVIEW IMAGING CENTER - ULTRASOUND THYROID",
      "Patient: Dobrowska, Zofia   DOB 08/21/1977   Acc LV26-781204",
      "Findings: 1.8 cm solid hypoechoic nodule R lower pole, irregular margins,",
      "microcalcifications. TI-RADS 5.",
      "Impression: FNA recommended."])])

E(P, "dental-srp-predetermination-erx",
  "dental office: predetermination for a named patient's scaling and root planing plus a hydrocodone prescription after extraction (prescriber DEA)",
  "Bright Smile Dental <office@brightsmile-dental.example.com>",
  "Summit Crest Dental Claims <dental-claims@summitcrest-hp.example.com>",
  "Predetermination - Castellanos, Ramon - SCH770145328",
  body=f"""
Predetermination request
Patient/Subscriber: Ramon Castellanos   ID SCH770145328   DOB 05/17/1983
Tooth/area  Code   Description                           Fee
UR          D4341  perio scaling & root planing, 4+ teeth  $245.00
LR          D4341  perio scaling & root planing, 4+ teeth  $245.00
#30         D7210  surgical extraction (completed 11/12)   $380.00
Perio charting attached: 5-7 mm pockets UR/LR, BOP 60%.
Post-op rx given 11/12: hydrocodone/APAP 5/325 #8, no refills.
Treating dentist: Dr. Amara Pellegrino DDS  NPI {NPI_D}  DEA {DEA_B}
""")

E(P, "vision-eyeglass-rx-retinopathy",
  "optometry message to the patient with her eyeglass prescription and diabetic retinopathy finding",
  "ClearView Eye Care <hello@clearview-eyes.example.com>",
  "gloriaq55@mail.example.net",
  "Your eye exam summary",
  body="""
Hi Gloria,

Thanks for visiting ClearView on 11/14. Your summary:

  Glasses Rx   SPH     CYL     AXIS   ADD
  OD          -2.25   -0.50    090   +2.00
  OS          -2.00   -0.75    085   +2.00

Diabetic eye exam: mild non-proliferative diabetic retinopathy in both
eyes, no macular edema. We sent a report to Dr. Pellegrino. Please come
back in 6 months (we'll remind you).

ClearView Eye Care - 555-0116
""")

E(P, "payer-case-mgmt-chf-readmit",
  "payer nurse case manager to a practice about a named member's heart-failure readmissions",
  "Lucia Brannigan RN CCM <l.brannigan@summitcrest-hp.example.com>",
  "Northgate Care Mgmt <caremgmt@northgate-health.example.com>",
  "CM outreach - member SCH209318847",
  body="""
Hello,

I'm the Summit Crest case manager for Marek Kealoha (member ID
SCH209318847, DOB 09/08/1955). He's had 2 CHF admissions in 45 days
(10/02 and 11/11), both with weight gain >5 lb before admit. He's eligible
for our remote weight/BP monitoring kit and a home visit. Could your
team confirm his current diuretic dose (we show furosemide 40 daily) and
whether he has a cardiology f/u booked?

Lucia Brannigan RN, CCM - 555-0157
""")

E(P, "medicare-claim-rejection-mbi",
  "clearinghouse rejection of a Medicare claim for a named beneficiary with MBI, diagnosis and CPT codes",
  "ClaimBridge Clearinghouse <rejections@claimbridge.example.net>",
  "Billing <billing@fairhaven-fm.example.com>",
  "Claim rejected: 277CA A7:562 - Szabo, Margaret",
  body=f"""
277CA REJECTION
Patient:         SZABO, MARGARET O   MBI {MBI_B}   DOB 03/14/1951
Patient acct:    FH-0028814
DOS:             11/05/2026
Lines:           99214  E11.65, E11.649
                 83036  E11.65
Rejection:       A7:562 - entity's NPI missing/invalid (rendering)
Action:          correct 2310B NM109 and resubmit within 12 months of DOS
""")

E(P, "pharmacy-refill-too-soon-tramadol",
  "pharmacy to prescriber about a named patient's early tramadol refill for back pain (prescriber DEA); pain care, not substance-use treatment",
  "Elm St Pharmacy <rx-fax@elmst-rx.example.com>",
  "Dr. Ignacio Dobrowski <i.dobrowski@fairhaven-fm.example.com>",
  "Refill too soon - Jankowski, Darnell",
  body=f"""
PRESCRIBER CLARIFICATION
Patient: Darnell Jankowski   DOB 12/19/1971
Rx: tramadol 50 mg, 1 tab q6h PRN back pain, #60, last filled 11/02
Request 11/16: early refill (14 days early). Pt states dose increased
to 2 tabs q6h per office - no new rx on file. PDMP checked.
Prescriber on file: I. Dobrowski MD  DEA {DEA_C}
Please call 555-0114 or send a new rx with updated sig.
""")

E(P, "subject-only-colonoscopy-path",
  "PHI only in the subject (named patient's colonoscopy pathology); empty body",
  "Dr. Lucia Haddad <l.haddad@stmarcus-med.example.org>",
  "GI nurses <gi-nurses@stmarcus-med.example.org>",
  "colonoscopy path - 2 TAs, benign - Hughes, Robert - recall 5y, pls send letter",
  body="""
""")

E(P, "filename-only-echo-report",
  "body 'see attached'; only the attached PDF's file name names the patient and the echocardiogram",
  "Cardiology Reading Room <echo-lab@northgate-health.example.com>",
  "Dr. Emeka Lindqvist <e.lindqvist@northgate-health.example.com>",
  "see attached",
  body="""
see attached
""",
  atts=[att_pdf("Echo_Report_Delgado_Maria_2026-11-30.pdf", ["Page 1", "(image)"], flate=True)])

E(P, "ics-physical-therapy-appointment",
  "calendar invite to the patient; the description has his physical therapy plan for a knee replacement",
  "Lakeview Rehab Scheduling <rehab-sched@lakeview-hs.example.org>",
  "brandon.xiong@mail.example.net",
  "Invitation: Physical therapy visit",
  body="""
Your visit is booked - see the calendar invitation attached.
""",
  atts=[att_ics("pt_visit.ics", ics(
      "rehab-30041@lakeview-hs.example.org", "Physical therapy - Lakeview Rehab",
      "20261207T143000Z", "20261207T153000Z",
      desc="Brandon Xiong - outpatient PT visit 3 of 12\n"
           "Dx: s/p R total knee arthroplasty 11/20 (Z96.651)\n"
           "Goals: flexion >110, gait w/o walker. Bring HEP sheet.\n"
           "Take pain med 45 min before if needed.",
      loc="Lakeview Rehab, 2nd floor gym", org="rehab-sched@lakeview-hs.example.org",
      attendees=["brandon.xiong@mail.example.net"]))])

E(P, "vcard-note-diabetes-pump",
  "vCard NOTE field: a named patient's type 1 diabetes, insulin pump and penicillin allergy; body only 'contact for the camp nurse'",
  "Camp Health Office <health-office@pinecamp.example.org>",
  "Camp Nurse <nurse@pinecamp.example.org>",
  "contact for the camp nurse",
  body="""
contact for the camp nurse, card attached
""",
  atts=[att_vcf("parent_contact.vcf", vcard(
      "Elena Zielinski (mother of Tomasz)", "Zielinski;Elena;;;", tel="+1-555-0184",
      email="elena.z@mail.example.net",
      note="Tomasz Zielinski age 11 - type 1 diabetes, Omnipod insulin pump + Dexcom; "
           "glucagon in red bag. ALLERGY: penicillin (rash). Endo Dr. Kim 555-0185."))])

E(P, "qp-soft-breaks-mrn-metformin",
  "QP body with soft line breaks inside the MRN, DOB and drug names: a named patient's metformin hold before contrast",
  "Radiology Nursing <rad-nursing@lakeview-hs.example.org>",
  "Fairhaven FM nurses <fm-nurses@fairhaven-fm.example.com>",
  "contrast prep - metformin hold",
  cte="quoted-printable",
  body="""
Pt Tamsin Gallardo, MRN 0077\x004218, DOB 02/1\x006/1970, is scheduled for CT w/ IV contrast
12/02. eGFR 38 on 11/20 -> per protocol hold met\x00formin 48h after the scan and
recheck Cr. She is also on empag\x00liflozin, no change needed. Pls let her know;
she did not answer x2.
""")

E(P, "base64-body-pathology",
  "base64-encoded text body: a named patient's skin biopsy pathology",
  "Dermpath Associates <reports@dermpath-assoc.example.com>",
  "Lakeview Dermatology <derm@lakeview-hs.example.org>",
  "Final report DP26-10482",
  cte="base64",
  body="""
DERMPATH ASSOCIATES - FINAL REPORT DP26-10482
Patient: ROE, JANE M   DOB 10/02/1968   MRN 00771245
Site: skin, right upper back, shave biopsy
Diagnosis: MALIGNANT MELANOMA, superficial spreading type,
Breslow thickness 0.6 mm, Clark level III, no ulceration, mitoses <1/mm2.
Peripheral margin involved. Re-excision with 1 cm margins recommended.
""")

E(P, "windows1252-pt-statement-smart-quotes",
  "windows-1252 body with smart quotes and dashes: named patient's physical therapy balance",
  "Lakeview Rehab Billing <rehab-billing@lakeview-hs.example.org>",
  "ana.lindqvist@mail.example.net",
  "Your balance – Lakeview Rehab",
  cs="windows-1252", cte="8bit",
  body="""
Dear Ms. Lindqvist,

Our records show a balance of $1,140.00 for 12 physical therapy visits
(97110, 97140) after your shoulder surgery, 09/08–11/10/2026. Your
insurer’s “not medically necessary” denial is under appeal; we’ve placed
your account on a 60-day hold – you don’t need to pay while it’s reviewed.

Account 5512-0093 • Questions: 555-0139
""")

E(P, "html-only-inpatient-census",
  "HTML-only unit census with named patients, MRNs, diagnoses and code status",
  "6N Unit Clerk <6n-clerk@stmarcus-med.example.org>",
  "6N staff <6n-staff@stmarcus-med.example.org>",
  "6N census 0600",
  htm="""
<html><body>
<h3>6N census 11/15 0600 - 14/18</h3>
<table border="1">
<tr><th>Rm</th><th>Name</th><th>MRN</th><th>Dx</th><th>Code</th><th>Attending</th></tr>
<tr><td>601</td><td>Whitcombe, Jasper</td><td>00301184</td><td>CHF exacerbation</td><td>Full</td><td>Mbeki</td></tr>
<tr><td>604</td><td>Szabo, Rosalind</td><td>00742218</td><td>DKA, resolved</td><td>Full</td><td>Mbeki</td></tr>
<tr><td>609</td><td>Czerny, Amara</td><td>00118275</td><td>Pneumonia</td><td>DNR/DNI</td><td>Okonkwo</td></tr>
<tr><td>612</td><td>Thibodeaux, Bertram</td><td>00448190</td><td>Upper GI bleed</td><td>Full</td><td>Okonkwo</td></tr>
<tr><td>617</td><td>Oyelaran, Emeka</td><td>00590362</td><td>Cellulitis LLE</td><td>Full</td><td>Mbeki</td></tr>
</table></body></html>
""")

E(P, "workers-comp-lumbar-pt-auth",
  "workers' compensation adjuster about a named claimant's lumbar strain, PT authorisation and work status",
  "Ironbridge Claims <adjuster.7@ironbridge-wc.example.com>",
  "Lakeview Occ Med <occmed@lakeview-hs.example.org>",
  "WC claim 26-WC-30881 - Gallardo, Ignacio",
  body="""
Re: Ignacio Gallardo, DOI 10/21/2026, claim 26-WC-30881, employer
Northside Warehouse.
We have authorized 8 PT visits for the lumbar strain (S39.012A) per your
11/04 note. Please send the next work-status report (light duty, no
lifting >20 lb?) after his 11/25 re-eval so we can update TTD.
Thanks, Oren Jankowski, Adjuster - 555-0161
""")

# ---- assorted
E(P, "school-nurse-epipen-plan",
  "school nurse to a parent about a named student's peanut allergy, EpiPen and a reaction at school",
  "Nurse Okafor <nurse.okafor@lincoln-elem.example.org>",
  "Ximena Abernathy <ximena.ab@mail.example.net>",
  "Mateo - reaction at lunch today",
  body="""
Hi Ms. Abernathy,

Mateo (gr 3) had hives on his face and arms at lunch after a classmate's
granola bar, no breathing trouble. Per his allergy action plan I gave
cetirizine 5 mg at 11:50 and watched him 1 hr - hives fading. EpiPen Jr
not needed. His EpiPen at school expires 12/2026, please bring a new one
and an updated plan signed by Dr. Whitcombe.

Nurse Okafor, Lincoln Elementary - 555-0127
""")

E(P, "preemployment-drug-screen-result",
  "borderline: a named applicant's pre-employment urine drug screen result (MRO review) is a lab result, not substance-use treatment: phi",
  "Lakeview Occ Med MRO <mro@lakeview-hs.example.org>",
  "HR Onboarding <onboarding@northside-whse.example.com>",
  "Pre-placement results - Yusuf Mbeki",
  body="""
Applicant: Yusuf Mbeki   Specimen ID 7730218   Collected 11/09/2026
10-panel urine drug screen: NEGATIVE (verified by MRO)
Audiogram: baseline recorded. TB test: read 11/11, 0 mm, negative.
Cleared for placement - no restrictions.
""")

E(P, "marked-secure-no-content",
  "borderline: [secure] subject tag with no clinical content; a message the sender marks is labelled at least phi",
  "Ignacio Dobrowski MD <i.dobrowski@fairhaven-fm.example.com>",
  "Dr. Fiona Yarborough <f.yarborough@stmarcus-med.example.org>",
  "[secure] as discussed",
  body="""
as discussed on the phone. thx
""")

E(P, "x-sensitivity-header-consult",
  "X-Sensitivity header on a consult question about a named patient's thyroid nodule FNA",
  "Nadia Rasmussen MD <n.rasmussen@fairhaven-fm.example.com>",
  "Endocrine curbside <endo-curbside@lakeview-hs.example.org>",
  "curbside - nodule",
  headers=["X-Sensitivity: Confidential", "Sensitivity: Company-Confidential"],
  body="""
Zofia Dobrowska 49F, TI-RADS 5 nodule 1.8 cm R lower pole, TSH 7.8 on
levo. FNA booked 12/3. ok to keep her on same levo dose til then or do
you want it bumped first? she's anxious, wants answers before xmas.
""")

E(P, "display-name-oncology-billing-patient",
  "sender display name 'Oncology Billing' with a named patient's balance for infusion visits",
  "Oncology Billing <onc-billing@stmarcus-med.example.org>",
  "bettina.lindqvist@mail.example.net",
  "Balance reminder",
  body="""
Hello Bettina Lindqvist,

Your account 90-331872 has a balance of $415.20 for visits on 10/14,
10/28 and 11/11/2026. Pay online or call 555-0146 to set up a plan.
""")

E(P, "dialysis-transfer-edw",
  "dialysis unit transfer note: named patient's schedule, dry weight, access and labs",
  "Northgate Dialysis Unit <dialysis@northgate-health.example.com>",
  "Oakview Dialysis <admissions@oakview-dialysis.example.com>",
  "transient pt - Samir Haddad 12/21-1/4",
  body="""
transient pt visiting family over holidays:
Samir Haddad 71M, DOB 3/2/1955. ESRD 2/2 DM2/HTN. HD MWF 4h,
L AVF, 2K/2.5Ca bath, EDW 72 kg, heparin 2000 bolus. last K 5.9,
Hgb 10.2, Kt/V 1.4. hep B sAb immune. epo per protocol.
consent + H&P + last 3 runs attached on the portal.
""")

E(P, "hospice-referral-mbi",
  "hospice referral for a named patient with MBI, terminal diagnosis and prognosis",
  "Care Transitions <caretransitions@mercyplains.example.org>",
  "Evergreen Hospice Intake <intake@evergreen-hospice.example.org>",
  "Hospice referral - Czerny, Amara",
  body=f"""
Referral: Amara Czerny, 88F, MBI {MBI_C}, 6N rm 609.
Dx: metastatic pancreatic ca (C25.0) + recurrent aspiration PNA. PPS 30%.
DNR/DNI, family (son Jasper, 555-0169) requests hospice at home.
Attending certifies prognosis <6 mo. Needs hospital bed, O2 2L, morphine
solution for dyspnea. Target d/c tomorrow.
""")

E(P, "urgent-care-work-note",
  "urgent care work note to the employee's manager stating he was seen for acute bronchitis",
  "QuickCare Urgent Care <notes@quickcare-uc.example.com>",
  "manager.ops@northside-whse.example.com",
  "Work note - Brandon Szabo",
  body="""
To whom it may concern,

Brandon Szabo was seen at QuickCare Urgent Care on 11/16/2026 for acute
bronchitis and may return to work on 11/19/2026 with no restrictions.
He was prescribed an inhaler and should be allowed to carry it.

QuickCare Urgent Care - 555-0121
""")

E(P, "quoted-reply-only-billing-pt-balance",
  "the reply is 'forwarding to the correct queue'; the quoted text is a patient's own question about her MRI bill and claim",
  "Patient Accounts <patient-accounts@lakeview-hs.example.org>",
  "Imaging Billing <imaging-billing@lakeview-hs.example.org>",
  "Re: question about my bill",
  reply=True,
  body="""
forwarding to the correct queue - imaging claims are yours. thx

> -----Original Message-----
> From: Farah Zielinski <farah.z@mail.example.net>
> Subject: question about my bill
>
> I got a bill for $1,870 for my breast MRI on 10/30 but my insurance said
> it was approved (claim 2026-30-0104418). can someone check? DOB 5/7/1964
""")

claim_rows = [["claim_id", "member_id", "member_name", "dos", "cpt", "icd10", "billed", "paid", "status"]]
cpts = [("99213", "I10"), ("99214", "E11.9"), ("93000", "R00.2"), ("80053", "E78.5"), ("97110", "M54.50"),
        ("71046", "J18.9"), ("90834", "F41.1"), ("36415", "D64.9")]
for i, (f, l, r) in enumerate(people("claimscsv", 32)):
    c, d = r.choice(cpts[:6] + cpts[7:])
    claim_rows.append(["2026-31-%07d" % (48800 + i * 13), "SCH%09d" % r.randint(100000000, 999999999),
                       f"{l} {f}", "2026-10-%02d" % r.randint(1, 31), c, d, "%.2f" % r.uniform(40, 400),
                       "%.2f" % r.uniform(20, 200), r.choice(["PAID", "PAID", "DENIED", "PENDED"])])
E(P, "csv-claims-export-32-rows",
  "payer claims export CSV: 32 named members with member IDs, dates of service, CPT and ICD-10 codes",
  "Summit Crest Provider Data <provider-data@summitcrest-hp.example.com>",
  "Fairhaven FM Billing <billing@fairhaven-fm.example.com>",
  "October claims export (requested)",
  body="""
Attached is the October claims export you requested for reconciliation.
Semicolons were a problem last time so this one is comma-separated.
""",
  atts=[att_csv("claims_oct2026.csv", claim_rows)])

E(P, "pdf-flate-neurology-referral",
  "generic cover email; the Flate-compressed PDF is a neurology referral for a named patient's seizures",
  "Fairhaven FM Referrals <fm-referrals@fairhaven-fm.example.com>",
  "Lakeview Neurology Intake <neuro-intake@lakeview-hs.example.org>",
  "New referral",
  body="""
New referral attached. Please confirm receipt.
""",
  atts=[att_pdf("referral_2026-11-21.pdf", [
      "FAIRHAVEN FAMILY MEDICINE - REFERRAL",
      "Patient: Quinn Haddad   DOB 04/30/1998   MRN 00412276",
      "To: Neurology   Urgency: urgent",
      "Reason: 2 unprovoked generalized tonic-clonic seizures (10/30, 11/19).",
      "CT head neg. Started levetiracetam 500 mg BID. Needs EEG + MRI.",
      "No driving counseled."], flate=True)])

E(P, "covid-pcr-result-portal",
  "portal result addressed to the patient: 'your' COVID-19 PCR result",
  "QuickCare Results <results@quickcare-uc.example.com>",
  "brandon.szabo@mail.example.net",
  "Your test result",
  body="""
Brandon, your test result from QuickCare on 11/16/2026:

  SARS-CoV-2 RNA (PCR): NOT DETECTED
  Influenza A/B (PCR):  NOT DETECTED

Your clinician diagnosed acute bronchitis. If your cough lasts more than
3 weeks or you have trouble breathing, please come back.
""")

E(P, "immunization-record-request-dob",
  "school registrar receives a named child's immunization record with DOB and vaccine dates",
  "Harbor Pediatrics Records <records@harbor-peds.example.com>",
  "Registrar <registrar@lincoln-elem.example.org>",
  "Immunization record - Emma Lindqvist",
  body="""
As requested by the parent (release on file), immunization record for:
Emma Lindqvist, DOB 06/03/2019
  DTaP  08/2019, 10/2019, 12/2019, 09/2020, 07/2023
  IPV   08/2019, 10/2019, 06/2020, 07/2023
  MMR   06/2020, 07/2023
  Varicella 06/2020, 07/2023
  Hep B 06/2019, 08/2019, 03/2020
  Influenza 10/2026
Medical exemption: none.
""")

E(P, "adhd-stimulant-refill-general-peds",
  "borderline: a named child's ADHD stimulant refill from a general paediatrics office, not a psychiatric service: phi",
  "Harbor Pediatrics Nurse Line <nurseline@harbor-peds.example.com>",
  "Dr. Priya Whitcombe <p.whitcombe@harbor-peds.example.com>",
  "refill req - Liam Achterberg",
  body="""
refill req: Liam Achterberg 9yo, DOB 1/15/2017, guanfacine ER 2mg +
dexmethylphenidate XR 10mg (ADHD, yours since dx in 2024). last visit
8/12, wt 31 kg, BP nl. mom says school going well, appetite ok.
due for 3 mo visit - booked 12/9. ok to send 30 d?
""")

E(P, "prenatal-visit-routine-28w",
  "borderline: a named patient's routine prenatal visit (glucose test, Tdap) is reproductive care outside the restricted list: phi",
  "Westfield Women's Nurse <nurse@westfield-womens.example.com>",
  "Lucia Quiroga <lucia.quiroga@mail.example.net>",
  "your 28 week visit",
  body="""
Hi Lucia, reminder for your 28 week visit Wed 12/2 at 9:00 with Hana
Pellegrino CNM. We'll do your 1-hour glucose test (drink the bottle we
gave you 1 hr before your blood draw), CBC, and offer Tdap. Since you're
Rh negative you'll also get your RhoGAM shot that day.
""")
# ================================================================ none: traps
N = "none"

E(N, "trap-guideline-hfref-gdmt-thread",
  "clinicians debating heart-failure guideline sequencing in shorthand; no individual patient",
  "Dr. Delphine Mbeki <d.mbeki@stmarcus-med.example.org>",
  "Cardiology faculty <cards-faculty@stmarcus-med.example.org>",
  "Re: GDMT sequencing - new HF guideline",
  reply=True,
  body="""
agree w/ Emeka mostly. the update basically says start all 4 pillars
fast (ARNI/ACEi, BB, MRA, SGLT2i) in HFrEF, order matters less than
getting them on before d/c. SGLT2i regardless of DM2 status, ok down to
eGFR 20. my worry is the 80+ CKD3-4 folks w/ SBP 95 - nobody in the trials
looked like them. I'd still go low dose everything before titrating one.
also K >5.0 = hold MRA, not stop forever.

> From: Emeka Lindqvist
> rapid sequencing, 4 drugs within 2 wks, f/u at 1-2 wk w/ BMP. thoughts
> for the order set?
""")

E(N, "trap-drug-shortage-iv-fluids",
  "pharmacy drug-shortage bulletin with conservation steps, drug names and doses; no patient",
  "Pharmacy Operations <pharmacy-ops@mercyplains.example.org>",
  "All Prescribers <all-prescribers@mercyplains.example.org>",
  "SHORTAGE: LR / NS 1L bags - conservation measures effective now",
  body="""
Supplier allocation cut to 60% for 1L NS and LR through at least 1/15.
Effective immediately:
 - PO hydration where able; d/c maintenance IVF when tol PO
 - IV push instead of piggyback for eligible meds (pantoprazole, famotidine,
   ondansetron, furosemide, metoclopramide) - see list on the intranet
 - no KVO >10 mL/h without indication; 250 mL bags for flushes
 - ED: 30 mL/kg sepsis bolus unchanged, do not withhold
Questions: pharmacy ops ext 0150.
""")

E(N, "trap-journal-club-abstract",
  "journal club mail quoting a published abstract with trial arms and a literature case; no patient of theirs",
  "Hollis Okafor <h.okafor@lakeview-hs.example.org>",
  "IM residents <im-residents@lakeview-hs.example.org>",
  "JC thurs - abstract + case",
  body="""
for thurs JC. pls read before, 10 min pres each.

ABSTRACT (fictional trial, do not cite): CARDIQOR-HF. 4,210 pts w/ HFrEF
(EF <=40%) randomized to CARDIQOR 10 mg vs placebo. Primary outcome CV
death or HF hosp: 16.1% vs 19.8% (HR 0.79, 95% CI 0.70-0.89). Hyperkalemia
4.2% vs 2.9%. Median f/u 18 mo.

Teaching case from the paper's supplement: 67M, NYHA III, Cr 1.9, K 5.1
at baseline - discuss whether he'd have been eligible.

q's: NNT? generalizable to our CKD3 pop? who funded?
""")

E(N, "trap-cme-quiz-fictional-case",
  "CME quiz built on a case explicitly marked fictional (initials, MRN-like number, labs); no real patient",
  "CME Office <cme@stmarcus-med.example.org>",
  "Hospital Medicine <hospmed@stmarcus-med.example.org>",
  "CME quiz #14 (1.0 credit) - anticoagulation",
  body="""
CME QUIZ #14 - FICTIONAL CASE. All names and numbers are invented for
teaching.

"JD" 67M, bed 7 (MRN 99000001 - training record), afib on warfarin,
INR 3.4, started TMP-SMX 3 days ago for UTI. Cr 1.9, plt 210. no bleeding.

Q1. Most likely cause of the INR rise?
  a) dietary vit K  b) TMP-SMX interaction  c) CKD  d) lab error
Q2. Best next step?
  a) hold 1 dose + recheck  b) vit K 10 mg IV  c) FFP  d) no change
Answers + credit at https://cme.stmarcus-med.example.org/q14 by 12/31.
""")

E(N, "trap-call-roster-december",
  "call roster naming staff with units, dates and pager numbers; no patients",
  "GME Coordinator <gme@stmarcus-med.example.org>",
  "Med residents <im-all@stmarcus-med.example.org>",
  "December call schedule v3 (FINAL)",
  body="""
v3 - swaps from last week included. No more swaps w/o chief approval.

Date   MICU night       6N/6S night       ED admit     Backup
12/01  Oyelaran PGY2    Castellanos PGY1  Haddad PGY3  Mbeki
12/02  Lindqvist PGY2   Rasmussen PGY1    Haddad PGY3  Mbeki
12/03  Oyelaran PGY2    Szabo PGY1        Quiroga PGY3 Okonkwo
12/04  Dobrowski PGY2   Szabo PGY1        Quiroga PGY3 Okonkwo
12/05  Dobrowski PGY2   Castellanos PGY1  Eriksen PGY3 Okonkwo
...
Pagers: MICU 0141, 6N 0142, ED admit 0143. Jeopardy: Whitcombe.
""")

E(N, "trap-qi-cauti-aggregate",
  "QI dashboard with unit-level infection counts and rates only; aggregate, no individuals",
  "Infection Prevention <ip@mercyplains.example.org>",
  "Nurse Managers <nurse-managers@mercyplains.example.org>",
  "Q3 CAUTI/CLABSI by unit",
  body="""
Q3 2026 device infections (NHSN defs)
Unit   CAUTI  cath-days  rate/1000   CLABSI  line-days  rate/1000
MICU     3      1,204      2.49        1       1,580      0.63
4W       1        611      1.64        0         402      0.00
5E       2        540      3.70        0         288      0.00
6N       0        498      0.00        1         305      3.28
SIR CAUTI 1.12 (goal <0.8). 5E huddle re: daily necessity rounds 11/30.
""")

E(N, "trap-pyxis-inventory-ndc",
  "automated dispensing cabinet par-level report with NDCs and drug names; no patient",
  "Pyxis Reports <adc-reports@mercyplains.example.org>",
  "5E Charge RN <5e-charge@mercyplains.example.org>",
  "5E ADC stockout / below-par report 11/20",
  body="""
Station 5E-MAIN   run 11/20 04:00
Item                                  NDC            Par  On hand
lorazepam 2 mg/mL inj                 0641-6044-25    10     2  LOW
ondansetron 4 mg ODT                  68462-0157-13   30     0  STOCKOUT
oxycodone 5 mg tab                    0406-0552-62    40    11  LOW
thiamine 100 mg/mL inj                63323-0013-02   10     9
KCl 20 mEq ER tab                     0245-0058-89    40    38
Refill run scheduled 06:00.
""")

E(N, "trap-hl7-test-patient-ticket",
  "interface ticket with HL7 test message for a TEST^PATIENT record and fake diagnosis; test data, no patient",
  "Interface Team <interfaces@stmarcus-med.example.org>",
  "Lab IS <lab-is@stmarcus-med.example.org>",
  "CHG0019244 - ORU validation in TST env",
  body="""
CHG0019244 validation in TST. Sample message used (test patient, not a
real person, TST MRN range 99xxxxxx):

MSH|^~\\&|LIS|STM_TST|EHR|STM_TST|20261118101500||ORU^R01|T0001|T|2.5.1
PID|1||99000042^^^STM^MR||TEST^PATIENT^ZZ||19000101|U
OBX|1|NM|2823-3^Potassium^LN||6.4|mmol/L|3.5-5.1|HH|||F
NTE|1||TEST ONLY - critical flag routing check

Result: HH flag routed to critical worklist OK. Closing after CAB.
""")

E(N, "trap-ehr-release-notes-mrn-field",
  "EHR vendor release notes mentioning MRN, DOB and PID-3 fields and clinical modules; software, no patient",
  "Veridian EHR Release Mgmt <releases@veridian-ehr.example.com>",
  "Customer Admins <customer-admins@veridian-ehr.example.com>",
  "Veridian 26.4 release notes",
  body="""
Veridian EHR 26.4 - release notes

 * Registration: MRN check-digit validation now configurable per facility
   (setting reg.mrn.checkdigit).
 * Interfaces: PID-3 repetition order respected for outbound ADT.
 * Orders: insulin sliding-scale order sets allow BG thresholds in mmol/L.
 * Behavioral health: 42 CFR Part 2 consent flag now suppresses notes in
   CCD exports by default.
 * Fixed: DOB displayed in UTC on the patient banner for some time zones.
Known issue: HIV lab results panel sort order (VER-22871).
""")

E(N, "trap-hr-flu-vaccine-deadline",
  "HR notice to all staff about the flu vaccination deadline and exemption forms; no individual's health",
  "Employee Health <employee-health@lakeview-hs.example.org>",
  "All Staff <all-staff@lakeview-hs.example.org>",
  "REMINDER: influenza vaccination due 12/15",
  body="""
All workforce members must receive the 2026-27 influenza vaccine or have
an approved medical/religious exemption by 12/15. Walk-in clinic:
Employee Health, B1, M-F 7-3. Bring your badge; we scan your employee ID.
Masks required in patient areas for those with exemptions through March.
Questions: 555-0133.
""")

E(N, "trap-coworker-birthday-dob",
  "coworker's birthday with her date of birth and a cake order; no health content",
  "Priya Jankowski <p.jankowski@fairhaven-fm.example.com>",
  "Front office <fm-frontoffice@fairhaven-fm.example.com>",
  "shh - Marisol's bday friday",
  body="""
Marisol turns 50 friday (DOB 11/27/1976 - don't tell her I told you lol).
cake from Rosa's at 3pm in the break room, $5 each to me by thurs.
card is in my top drawer, sign it!!
""")

E(N, "trap-part-number-ssn-like",
  "purchase order with a part number formatted like an SSN (410-52-8821) and medical-supply items; no patient",
  "Purchasing <purchasing@mercyplains.example.org>",
  "orders@medline-type-supply.example.com",
  "PO 4500318821 - suction canisters",
  body="""
Please ship:
  410-52-8821  suction canister 1500 mL w/ lid     cs/50   qty 12
  410-52-8830  yankauer, flanged tip               cs/50   qty 6
  722-19-0044  IV start kit w/ CHG                 cs/100  qty 4
Ship to: Mercy Plains Receiving Dock B. Net 30.
""")

E(N, "trap-vet-reminder-dog",
  "veterinary reminder for a named owner's dog (vaccines, heartworm test); not health care of a person",
  "Cedar Paws Animal Hospital <reminders@cedarpaws-vet.example.com>",
  "kwame.abernathy@mail.example.net",
  "Biscuit is due for vaccines",
  body="""
Hi Kwame,

Biscuit (canine, 6 yr, patient ID CP-20931) is due for:
  - Rabies (3-yr)              due 12/01/2026
  - DHPP booster               due 12/01/2026
  - Heartworm test + Rx refill overdue
Last weight 31.4 kg. Book online or call 555-0108.

Cedar Paws Animal Hospital
""")

E(N, "trap-hiv-quarterly-aggregate",
  "county HIV surveillance counts per quarter; aggregate public-health statistics",
  "County Epi Unit <epi@county-health.example.gov.test>",
  "HIV Planning Council <planning@county-health.example.gov.test>",
  "Q3 HIV surveillance summary",
  body="""
Q3 2026 new HIV diagnoses: 41 (Q2: 38, Q3 2025: 47)
  by age: 13-24: 9 | 25-34: 17 | 35-44: 8 | 45+: 7
  linked to care within 30 d: 88%   viral suppression (all PLWH): 71%
PrEP prescriptions (pharmacy claims): 1,902, up 12% YoY.
Cells <5 suppressed. Full tables at the council meeting 12/8.
""")

E(N, "trap-overdose-dashboard",
  "state overdose dashboard with weekly counts and naloxone distribution; aggregate",
  "Overdose Surveillance <od-surveillance@state-health.example.gov.test>",
  "Regional partners <od-partners@state-health.example.gov.test>",
  "Weekly OD dashboard - wk 46",
  body="""
Week 46 (11/09-11/15): suspected opioid ODs (ED visits) 112, 4-wk avg 97.
Fentanyl + xylazine detected in 38% of tox-tested fatal cases YTD.
Naloxone kits distributed: 2,430. Buprenorphine prescribing X-waiver-free
prescribers active in region: 612. Spike alert: Region 4 (Fri-Sat).
""")

E(N, "trap-methadone-clinic-to-vendor",
  "a methadone clinic's front desk writing to its software vendor about a printer and license issue; no patient",
  "Harborview Methadone Clinic Front Desk <frontdesk@harborview-otp.example.org>",
  "Support <support@dosetrack-software.example.com>",
  "ticket: label printer + license count",
  body="""
Hi, two things:
1. the label printer at window 2 prints half a label since your update on
   tuesday (Zebra ZD421). restarted it, same thing.
2. we added 2 counselors, need 2 more seat licenses. who do I send the PO to?
thanks, Maribel - front desk
""")

E(N, "trap-oncology-billing-to-vendor",
  "'Oncology Billing' display name writing to a statement-printing vendor about invoice layout; no patient",
  "Oncology Billing <onc-billing@stmarcus-med.example.org>",
  "Client Services <clients@printmail-vendor.example.com>",
  "statement template - logo + remit address",
  body="""
Hi Jorge, on the new statement template the logo is cut off and the remit
address still shows the old PO Box 4410. Can you send a proof by Friday?
We want it live for the January cycle. Thanks - Oncology Billing office
""")

E(N, "trap-fhir-capability-statement",
  "FHIR CapabilityStatement attachment listing Patient/Observation resources; conformance data, no patient",
  "Integration Team <integration@northgate-health.example.com>",
  "HIE Onboarding <onboarding@statehie.example.net>",
  "our capability statement for onboarding",
  body="""
Attached our R4 CapabilityStatement for the onboarding checklist. Base URL
https://fhir.northgate-health.example.com/r4 (sandbox).
""",
  atts=[att_json("metadata.json", {
      "resourceType": "CapabilityStatement", "status": "active", "date": "2026-11-01",
      "kind": "instance", "fhirVersion": "4.0.1", "format": ["json"],
      "rest": [{"mode": "server", "resource": [
          {"type": "Patient", "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},
          {"type": "Observation", "searchParam": [{"name": "code", "type": "token"}, {"name": "patient", "type": "reference"}]},
          {"type": "MedicationRequest"}, {"type": "Condition"}]}]})])

E(N, "trap-hl7-ack-attachment",
  "HL7 ACK message attachment acknowledging a control ID; no patient data",
  "interface-engine@crescent-labs.example.com",
  "interface@fairhaven-fm.example.com",
  "ACK for CL2611190301",
  body="""
Acknowledgement attached.
""",
  atts=[att_hl7("ack.hl7", hl7(
      "MSH|^~\\&|FHFMEHR|FAIRHAVEN|CRESCENTLIS|CRESCENT|20261119083502||ACK^R01|A99120|P|2.5.1",
      "MSA|AA|CL2611190301|Message accepted"))])

E(N, "trap-analyzer-qc-potassium",
  "chemistry analyzer QC values (K 6.4 on a control level) out of range; control material, no patient",
  "Chemistry Lead <chem-lead@crescent-labs.example.com>",
  "Core Lab Techs <core-techs@crescent-labs.example.com>",
  "QC fail - K level 3 on analyzer 2",
  body="""
analyzer 2, lot 44810 level 3 control: K 6.4 (target 5.9, SD 0.12) = +4SD,
rejected (1-3s). Na/Cl fine. level 1/2 in. recal'd ISE, rerun 6.0 OK.
patient results 06:10-06:48 on analyzer 2 being reviewed for lookback -
will post the lookback count, not the list, to the QA log.
""")

E(N, "trap-json-interface-config-mrn",
  "JSON interface config mentioning mrn, PID-3 and dob fields; configuration, no patient",
  "Dev Ops <devops@northgate-health.example.com>",
  "Integration Team <integration@northgate-health.example.com>",
  "PR #882 mapping config",
  body="""
mapping config for the new lab feed, pls review before merge:
""",
  atts=[att_json("lab-feed-mapping.json", {
      "source": "crescent-lis", "version": 3,
      "fields": {"mrn": "PID-3.1", "dob": "PID-7", "name": "PID-5", "loinc": "OBX-3.1", "value": "OBX-5"},
      "criticalFlags": ["HH", "LL"], "route": {"HH": "critical-worklist", "default": "inbox"}}, "application/json")])

E(N, "trap-glove-order-tracking-number",
  "shipping confirmation for exam gloves and sharps containers with a tracking number; no health content",
  "Shipping Notice <ship-notify@medsupply-direct.example.com>",
  "Receiving <receiving@lakeview-hs.example.org>",
  "Your order 7719-20455 has shipped",
  body="""
Order 7719-20455 shipped via ground.
Tracking: 1Z 88W 402 03 1187 6420
  nitrile exam gloves M, cs/1000      x 20
  sharps container 2 gal              x 48
  CHG wipes                           x 12
ETA 11/24.
""")

E(N, "trap-sepsis-protocol-update",
  "nursing protocol update with lactate thresholds, fluid doses and antibiotics; no patient",
  "Nursing Practice Council <npc@mercyplains.example.org>",
  "All RNs <all-rns@mercyplains.example.org>",
  "Sepsis protocol v5 - what changed",
  body="""
v5 goes live 12/1:
 - lactate >2 -> repeat in 2h (was 4h); >4 -> rapid response
 - 30 mL/kg crystalloid within 3h unless CHF/ESRD -> 500 mL boluses w/ reassess
 - abx within 1h of recognition: pip-tazo default, + vanc if MRSA risk
 - BCx x2 BEFORE abx, don't delay abx >45 min for cx
Education modules in the LMS, due 11/30.
""")

E(N, "trap-sim-lab-mannequin-scenario",
  "simulation-lab scenario script for a mannequin ('Mr. Sim', 58M STEMI, vitals, MRN-like sim number); no patient",
  "Sim Center <simcenter@lakeview-hs.example.org>",
  "ED RN residents <ed-rn-residents@lakeview-hs.example.org>",
  "sim day 12/3 - scenario 2 pre-brief",
  body="""
Scenario 2 (mannequin): "Mr. Sim" 58M, sim MRN SIM-0002, c/o CP x2h.
Initial: HR 104, BP 92/60, SpO2 93% RA. ECG: STE II, III, aVF.
Expected actions: ASA, cath lab activation, avoid NTG (RV infarct),
fluids. Deteriorates to VF at minute 8.
Pre-brief 07:30, debrief after. Scrubs please.
""")

E(N, "trap-grand-rounds-ics",
  "grand rounds invitation (ICS) about a disease topic and speaker; no patient",
  "Dept of Medicine <dom-events@stmarcus-med.example.org>",
  "DOM faculty <dom-faculty@stmarcus-med.example.org>",
  "Invitation: Grand Rounds - PrEP and long-acting ART",
  body="""
Grand Rounds this week. CME 1.0.
""",
  atts=[att_ics("grandrounds.ics", ics(
      "gr-20261203@stmarcus-med.example.org", "Grand Rounds: PrEP and long-acting ART in 2026",
      "20261203T170000Z", "20261203T180000Z",
      desc="Speaker: Dr. Kwame Mbeki (ID). Topics: cabotegravir LA PrEP uptake, "
           "HIV Ab/Ag testing intervals, injectable ART logistics. No patient cases.",
      loc="Auditorium B + Zoom", org="dom-events@stmarcus-med.example.org"))])

E(N, "trap-board-review-question",
  "board review question with a fictional vignette (45-year-old man, labs); no patient",
  "Board Review Daily <daily@boardprep-review.example.com>",
  "resident.a@lakeview-hs.example.org",
  "Question of the day: hyponatremia",
  body="""
A 45-year-old man with a history of small cell lung cancer presents with
confusion. Na 118, serum osm 250, urine osm 520, urine Na 60. Euvolemic.
Which is the most appropriate initial therapy?
A) 3% saline bolus   B) fluid restriction   C) tolvaptan   D) demeclocycline
Answer tomorrow. Reply STOP to unsubscribe.
""")

E(N, "trap-prep-education-newsletter",
  "sexual-health newsletter about PrEP options and testing; general education, no individual",
  "Riverbend Sexual Health <news@riverbend-sexhealth.example.org>",
  "subscribers@lists.riverbend-sexhealth.example.org",
  "PrEP 101: pills, shots, and what testing looks like",
  htm="""
<html><body>
<h2>PrEP 101</h2>
<p>PrEP is medicine that lowers the chance of getting HIV. Options include a
daily pill (TDF/FTC or TAF/FTC) and an injection every 2 months
(cabotegravir).</p>
<ul><li>You'll get an HIV test before starting and every 2-3 months.</li>
<li>We also check kidney function and test for STIs.</li>
<li>Walk-in PrEP hours: Tue &amp; Thu 4-7pm.</li></ul>
<p><small>Unsubscribe any time.</small></p>
</body></html>
""")

E(N, "trap-contraception-training-module",
  "staff training announcement on contraception counselling and LARC insertion skills; no patient",
  "Women's Health Education <wh-education@westfield-womens.example.com>",
  "Clinical staff <clinical-staff@westfield-womens.example.com>",
  "LARC skills lab + contraceptive counseling module",
  body="""
New required module: Patient-centered contraceptive counseling (45 min),
plus an optional hands-on LARC skills lab (IUD + implant insertion/removal
on models) 12/9 5-7pm. Covers US MEC categories, quick-start, emergency
contraception (LNG vs UPA vs copper IUD). Sign up in the LMS.
""")

E(N, "trap-genetic-counselor-job-posting",
  "job posting for a genetic counsellor mentioning BRCA, carrier screening and predictive testing; no patient",
  "Lakeview Talent <careers@lakeview-hs.example.org>",
  "jobs-list@lists.example.net",
  "Now hiring: Genetic Counselor II (cancer + prenatal)",
  body="""
Genetic Counselor II - Lakeview Health System (1.0 FTE)
 - pre/post-test counseling for hereditary cancer (BRCA1/2, Lynch) and
   prenatal/carrier screening; some predictive testing (HD) clinics
 - ABGC certified or eligible; state license
 - hybrid, 2 days telehealth
Apply by 12/31 at https://careers.lakeview-hs.example.org/gc2
""")

E(N, "trap-iop-program-brochure-pdf",
  "marketing PDF brochure for an intensive outpatient programme; general information, no individual",
  "NewRoute Recovery Outreach <outreach@newroute-recovery.example.com>",
  "Community partners <partners@lists.newroute-recovery.example.com>",
  "Our new evening IOP track (brochure attached)",
  body="""
We've opened an evening IOP track for working adults. Brochure attached,
please share with your patients and staff.
""",
  atts=[att_pdf("NewRoute_Evening_IOP.pdf", [
      "NEWROUTE RECOVERY - EVENING INTENSIVE OUTPATIENT PROGRAM",
      "3 evenings a week, 6-9 pm, 8-12 weeks",
      "Group therapy, relapse prevention, medication for OUD/AUD available",
      "Most insurance accepted. Call 555-0128 for a free assessment."])])

E(N, "trap-dea-registration-renewal",
  "DEA registration renewal reminder to a prescriber with her DEA number; identifier but no patient or health content",
  "Medical Staff Office <medstaff@fairhaven-fm.example.com>",
  "Rosalind Pellegrino NP <r.pellegrino@fairhaven-fm.example.com>",
  "Action: DEA registration expires 01/31/2027",
  body=f"""
Hi Rosalind, our records show DEA registration {dea("MP", "530917")} (schedules
2, 2N, 3, 3N, 4, 5) expires 01/31/2027. Please renew and send us the new
certificate; state CSR also due. NPI on file {npi("133057280")}.
Med Staff Office - 555-0134
""")

E(N, "trap-npi-credentialing-caqh",
  "credentialing request with a provider's NPI, CAQH ID and board certification; no patient",
  "Provider Enrollment <enrollment@summitcrest-hp.example.com>",
  "Credentialing <credentialing@lakeview-hs.example.org>",
  "Recred packet incomplete - Dr. Fiona Yarborough",
  body=f"""
Re: Fiona Yarborough, MD - Hematology/Oncology, NPI {npi("191047726")},
CAQH 14820937. Recredentialing due 01/2027. Missing: malpractice COI
(expired 10/31), attestation signature page 4. Please upload by 12/15
to avoid a network status change.
""")

E(N, "trap-phishing-drill-report",
  "IT security report quoting a simulated 'your lab results are ready' phishing lure and click rates; drill, no patient",
  "Information Security <infosec@northgate-health.example.com>",
  "Department Leaders <dept-leaders@northgate-health.example.com>",
  "November phishing simulation results",
  body="""
November simulation lure (fake, sent by us):
  Subject: "Your lab results are ready - action required"
  Body: "Dear patient, your recent A1c and lipid results are available.
  Click here to view" -> landing page collected nothing.
Results: 4,120 sent, 9.8% clicked, 2.1% entered credentials, 31% reported.
Top-clicking depts get a 15-min refresher. Report button = the fish icon.
""")

E(N, "trap-formulary-update-doacs",
  "P&T formulary update listing anticoagulants and prior-auth rules; no patient",
  "P&T Committee <pt-committee@mercyplains.example.org>",
  "All Prescribers <all-prescribers@mercyplains.example.org>",
  "P&T Nov: formulary changes",
  body="""
Approved at Nov P&T:
 - apixaban preferred DOAC; rivaroxaban restricted (ortho VTE ppx only)
 - semaglutide inj: non-formulary inpatient, pt's own supply ok
 - IV iron: ferric carboxymaltose -> iron sucrose auto-sub
 - new: nirmatrelvir/ritonavir order panel w/ interaction check
Order sets updated 12/1.
""")

E(N, "trap-antibiogram-annual",
  "annual antibiogram: organism susceptibility percentages; aggregate",
  "Antimicrobial Stewardship <asp@lakeview-hs.example.org>",
  "Medical Staff <medical-staff@lakeview-hs.example.org>",
  "2026 antibiogram posted",
  body="""
2026 cumulative antibiogram (first isolate/pt/yr, CLSI M39):
E. coli (n=1,842): cefazolin 78%, ceftriaxone 88%, cipro 71%, nitrofurantoin 96%, TMP-SMX 73%
K. pneumoniae (n=402): ceftriaxone 90%, pip-tazo 92%
S. aureus (n=911): MRSA 34%; doxy 94%, TMP-SMX 97%, clinda 71%
Empiric UTI guidance unchanged: nitrofurantoin if eGFR >30.
""")

E(N, "trap-staffing-census-numbers",
  "staffing huddle with unit census counts and RN needs; no individuals",
  "House Supervisor <house-sup@mercyplains.example.org>",
  "Charge RNs <charge-rns@mercyplains.example.org>",
  "1500 staffing huddle",
  body="""
house census 281/310. ED holding 14 (6 admits no bed).
4W 28/32 needs 2 RN nights. 5E 30/30, 1 sitter needed (1:1 for CIWA pt
per order - pls pull from float). MICU 16/18. 2 d/c pending transport.
PACU overflow opens at 1900 if ED >15 holds.
""")

E(N, "trap-or-block-schedule",
  "OR block schedule by surgeon and room; staff names only, no patients",
  "Perioperative Services <periop@lakeview-hs.example.org>",
  "Surgeons <surgeons@lakeview-hs.example.org>",
  "Q1 2027 block allocations",
  body="""
Q1 block (utilization threshold 75%):
OR 3  Mon  Szabo (gen surg)       OR 5  Mon  Park (ortho)
OR 3  Tue  Haddad (GI/endo)       OR 5  Tue  Eriksen (gyn)
OR 4  Wed  Castellanos (vascular) OR 6  Wed  open/add-on
Blocks <60% for 2 qtrs released. Appeals to periop committee by 12/18.
""")

E(N, "trap-lab-reference-range-change",
  "lab notice of reference-range and method changes for creatinine, A1c, troponin; no patient",
  "Laboratory Medicine <labmed@crescent-labs.example.com>",
  "Client Providers <clients@lists.crescent-labs.example.com>",
  "Reference range changes effective 12/7",
  body="""
Effective 12/7:
 - creatinine (enzymatic): 0.60-1.30 mg/dL M, 0.50-1.10 F; eGFR CKD-EPI 2021
 - hemoglobin A1c: new HPLC method, no bias vs old (r=0.99)
 - hs-troponin I: 99th pct 34 ng/L M / 16 F; delta 3h >=6 ng/L
 - potassium critical high changes 6.2 -> 6.0 mmol/L
""")

E(N, "trap-ehr-downtime-procedure",
  "EHR downtime instructions mentioning MRN, MAR and allergy fields on paper forms; no patient",
  "IS Command Center <is-command@stmarcus-med.example.org>",
  "All Staff <all-staff@stmarcus-med.example.org>",
  "PLANNED DOWNTIME Sun 11/29 01:00-05:00",
  body="""
Planned EHR downtime Sun 11/29 01:00-05:00 (upgrade 26.4).
 - print downtime reports (MAR, census, allergies) at 00:30
 - use paper MAR + downtime lab reqs; write MRN + DOB on every label
 - critical results will be phoned; read back as usual
 - back-enter orders/meds within 4h after go-live
Downtime boxes are in each unit's clean utility room.
""")

E(N, "trap-chinese-big5-flu-newsletter",
  "Traditional Chinese (Big5) community flu-season newsletter; general health education, no individual",
  "社區健康中心 <news@community-health.example.tw.test>",
  "會員 <members@lists.community-health.example.tw.test>",
  "流感季節健康提醒",
  lang="zh", cs="big5", cte="base64",
  body="""
各位居民您好：

流感季節已經開始。六個月以上的民眾都建議接種流感疫苗，
六十五歲以上長者、孕婦及慢性病患者（糖尿病、心臟病、氣喘）尤其重要。

預防方法：
一、勤洗手，咳嗽時遮住口鼻
二、發燒請在家休息，避免上班上課
三、出現呼吸困難請立即就醫

疫苗接種時間：每週二、四 上午九點至十二點
社區健康中心 敬上
""")

E(N, "trap-russian-cp1251-lis-release",
  "Russian (windows-1251) LIS software release notes mentioning patient-card fields and lab tests; software, no patient",
  "Служба поддержки ЛИС <support@lis-soft.example.ru.test>",
  "Администраторы <admins@lists.lis-soft.example.ru.test>",
  "Обновление ЛИС 8.3: список изменений",
  lang="ru", cs="windows-1251", cte="quoted-printable",
  body="""
Уважаемые коллеги!

Вышло обновление ЛИС 8.3:
- в карточке пациента добавлено поле «номер полиса ОМС» (проверка формата);
- критические значения калия и глюкозы выделяются красным;
- исправлена печать бланков анализа на ВИЧ (поля выходили за рамку);
- экспорт в HL7 ORU теперь передаёт PID-3 полностью.

Установка в ночь на субботу, простой около 40 минут.
Служба поддержки, тел. 8 (800) 555-0102
""")

E(N, "trap-french-cardio-congress",
  "French conference announcement on heart failure and anticoagulation; no patient",
  "Société Régionale de Cardiologie <congres@src-cardio.example.fr.test>",
  "Membres <membres@lists.src-cardio.example.fr.test>",
  "Congrès régional 2027 : appel à communications",
  lang="fr", cte="quoted-printable",
  body="""
Chers collègues,

Le congrès régional de cardiologie aura lieu les 12 et 13 mars 2027 à
Lyon. Thèmes : insuffisance cardiaque à FEVG réduite (quatre piliers du
traitement), fibrillation atriale et anticoagulants oraux directs,
réadaptation cardiaque.

Soumission des résumés avant le 15 janvier. Les cas cliniques doivent
être entièrement anonymisés.

Le comité d'organisation
""")

E(N, "trap-korean-flu-clinic-notice",
  "Korean hospital notice about vaccination clinic hours and parking; no individual",
  "한빛병원 총무팀 <admin@hanbit-hosp.example.kr.test>",
  "전 직원 <all-staff@hanbit-hosp.example.kr.test>",
  "[공지] 12월 예방접종실 운영 시간 및 주차 안내",
  lang="ko",
  body="""
전 직원께 알려드립니다.

1. 12월 예방접종실 운영: 평일 오전 9시 ~ 오후 5시, 토요일 휴무
   (인플루엔자, 코로나19 백신 접종 가능)
2. 주차장 B2 공사로 12/7 ~ 12/11 직원 주차는 외부 주차장 이용
3. 문의: 총무팀 내선 0115

감사합니다.
""")

E(N, "trap-spanish-health-fair",
  "Spanish community health-fair flyer offering diabetes and blood-pressure screening; general, no individual",
  "Clínica Salud Familiar <eventos@saludfamiliar.example.org>",
  "Comunidad <comunidad@lists.saludfamiliar.example.org>",
  "Feria de salud gratis este sábado",
  lang="es",
  body="""
¡Feria de salud GRATIS!
Sábado 5 de diciembre, 10 a.m. a 2 p.m., estacionamiento de la iglesia San José

- Prueba de azúcar (diabetes) y presión arterial
- Vacunas contra la gripe y COVID para adultos y niños
- Información sobre seguro médico y Medicaid
- Charla: cómo comer bien con diabetes

No necesita cita ni seguro. Habrá intérpretes.
Informes: 555-0145
""")

E(N, "trap-portuguese-dengue-bulletin-latin1",
  "Portuguese (ISO-8859-1) epidemiological bulletin on dengue case counts; aggregate",
  "Vigilância Epidemiológica <boletim@vigilancia.example.gov.br.test>",
  "Unidades de Saúde <unidades@lists.vigilancia.example.gov.br.test>",
  "Boletim epidemiológico - dengue, semana 46",
  lang="pt", cs="iso-8859-1", cte="8bit", senc="q",
  body="""
Boletim semanal - semana epidemiológica 46

Casos prováveis de dengue: 1.284 (incidência 312/100 mil hab.)
Casos graves: 17; óbitos em investigação: 2
Bairros em alerta: Vila Nova, Jardim São Luís, Centro
Sorotipo predominante: DENV-2

Reforçar a hidratação oral nos casos sem sinais de alarme e notificar
todos os casos suspeitos em até 24 horas.
""")

E(N, "trap-qp-newsletter-soft-breaks",
  "QP newsletter with soft breaks inside drug names and numbers; general diabetes education",
  "Fairhaven Health Newsletter <newsletter@fairhaven-fm.example.com>",
  "patients-list@lists.fairhaven-fm.example.com",
  "Living well with diabetes - December",
  cte="quoted-printable",
  body="""
LIVING WELL WITH DIABETES - December issue

Holiday meals: fill half your plate with vegetables. If you take met\x00formin
or insulin, ask your care team how to plan for big meals and travel.
What is an A1c? It shows your average blood sugar over about 3 months.
Many people aim for under 7%, but your goal may be diff\x00erent.
New class: "Carb counting 101", Tuesdays at 6 pm, Room 2\x0004.
""")

E(N, "trap-base64-html-pharma-marketing",
  "base64 HTML marketing for a fictional brand (CARDIQOR) to clinicians; no patient",
  "CARDIQOR Medical Affairs <info@cardiqor-hcp.example.com>",
  "d.mbeki@stmarcus-med.example.org",
  "New data: CARDIQOR in patients with CKD",
  htm="""
<html><body>
<h1>CARDIQOR&trade; (fictional)</h1>
<p>New subgroup analysis: patients with eGFR 30-60 saw a 21% relative
reduction in HF hospitalization. Monitor potassium and creatinine.</p>
<p><a href="https://cardiqor-hcp.example.com/ckd">See the data</a> |
<a href="https://cardiqor-hcp.example.com/unsub">Unsubscribe</a></p>
<p><small>For US healthcare professionals only. Full prescribing information available on request.</small></p>
</body></html>
""", cte="base64")

sup_rows = [["item_code", "description", "uom", "par", "on_hand", "reorder_qty", "lot"]]
r = random.Random("supplycsv")
items = ["IV catheter 20g", "IV catheter 22g", "saline flush 10 mL", "CHG dressing", "foley kit 16Fr",
         "suction canister", "ECG electrodes", "NG tube 14Fr", "blood culture bottles aerobic",
         "blood culture bottles anaerobic", "sterile gloves 7.5", "ABD pad", "gauze 4x4",
         "tegaderm 4x4.75", "specimen cup", "urine C&S tube", "lancets", "glucose test strips",
         "pulse ox probe adult", "incentive spirometer", "SCD sleeves M", "bedpan"]
for it in items:
    par = r.choice([20, 40, 50, 100])
    oh = r.randint(0, par)
    sup_rows.append(["00%06d" % r.randint(100000, 999999), it, r.choice(["EA", "BX", "CS"]), par, oh,
                     max(0, par - oh), "L%05d" % r.randint(10000, 99999)])
E(N, "trap-csv-supply-reorder-codes",
  "CSV supply reorder list whose item codes look like MRNs; inventory, no patient",
  "Materials Management <materials@stmarcus-med.example.org>",
  "6N Charge RN <6n-charge@stmarcus-med.example.org>",
  "6N supply reorder - review by noon",
  body="""
6N par review attached. Item codes 00xxxxxx are our internal SKUs
(not MRNs, yes we get asked). Edit the reorder_qty column and send back.
""",
  atts=[att_csv("6N_par_review.csv", sup_rows)])

E(N, "trap-pdf-wellness-brochure",
  "PDF wellness brochure about blood pressure and cholesterol screening; general education",
  "Lakeview Community Wellness <wellness@lakeview-hs.example.org>",
  "employers-list@lists.lakeview-hs.example.org",
  "Worksite wellness screening brochure",
  body="""
Attached is our 2027 worksite wellness brochure for your employees.
""",
  atts=[att_pdf("Lakeview_Wellness_2027.pdf", [
      "KNOW YOUR NUMBERS - Lakeview Worksite Wellness",
      "Blood pressure: normal is below 120/80.",
      "Cholesterol, A1c and BMI screening at your workplace, 15 minutes.",
      "Results are private and shared only with you."], flate=True)])

E(N, "trap-ics-mm-conference",
  "M&M conference invitation (ICS) with topics; cases presented de-identified in the room only",
  "Dept of Surgery <surgery-admin@lakeview-hs.example.org>",
  "Surgery faculty <surgery-faculty@lakeview-hs.example.org>",
  "Invitation: M&M - December",
  body="""
Monthly M&M. No case details by email, as usual.
""",
  atts=[att_ics("mm_dec.ics", ics(
      "mm-202612@lakeview-hs.example.org", "Surgery M&M",
      "20261210T123000Z", "20261210T133000Z",
      desc="Topics: anastomotic leak after LAR; missed bowel injury after lap chole; "
           "VTE despite ppx. Cases presented de-identified in the room only.",
      loc="Conf Rm 4A", org="surgery-admin@lakeview-hs.example.org"))])

E(N, "trap-vcard-staff-on-call",
  "vCard for a staff physician with phone and an on-call note; staff contact, no patient",
  "Hospitalist Office <hospitalists@mercyplains.example.org>",
  "Operators <operators@mercyplains.example.org>",
  "new hospitalist contact",
  body="""
new hospitalist starting 12/1, card attached for the directory
""",
  atts=[att_vcf("Dr_Oren_Castellanos.vcf", vcard(
      "Oren Castellanos, MD", "Castellanos;Oren;;Dr.;MD", org="Mercy Plains Hospital Medicine",
      title="Hospitalist", tel="+1-555-0152", email="o.castellanos@mercyplains.example.org",
      note="Nocturnist Mon-Wed. Pager 0153. Covers 4W/5E admissions."))])

E(N, "trap-html-table-crash-cart-check",
  "HTML table of crash-cart drug checks (epinephrine, amiodarone, expiry dates) by unit; no patient",
  "Code Committee <code-committee@mercyplains.example.org>",
  "Charge RNs <charge-rns@mercyplains.example.org>",
  "Crash cart audit - November",
  htm="""
<html><body><p>November crash cart audit:</p>
<table border="1"><tr><th>Unit</th><th>Cart #</th><th>Lock #</th><th>Epi 1mg</th><th>Amio 150</th><th>Earliest exp</th><th>Pass</th></tr>
<tr><td>4W</td><td>C-04</td><td>3318842</td><td>10/10</td><td>3/3</td><td>01/2027</td><td>Y</td></tr>
<tr><td>5E</td><td>C-07</td><td>3318901</td><td>9/10</td><td>3/3</td><td>12/2026</td><td>N</td></tr>
<tr><td>MICU</td><td>C-11</td><td>3319015</td><td>10/10</td><td>3/3</td><td>04/2027</td><td>Y</td></tr>
</table><p>5E: restock epi + replace defib pads by Friday.</p></body></html>
""")

fwd_news = mail("fwd-inner-newsletter",
                "Heart Health Weekly <weekly@hearthealth-news.example.com>",
                "subscribers@lists.hearthealth-news.example.com",
                "5 signs of heart failure you shouldn't ignore",
                body="""
HEART HEALTH WEEKLY

Shortness of breath lying flat, swollen ankles, sudden weight gain of
2-3 lb in a day, a cough that won't quit, and tiredness can all be signs
of heart failure. Talk to your doctor about an echocardiogram and a BNP
blood test if you notice them.
""")
E(N, "trap-forwarded-rfc822-newsletter",
  "forward of a public heart-health newsletter (message/rfc822) between staff; general education",
  "Jolene Quiroga <j.quiroga@northgate-health.example.com>",
  "Cardiac rehab team <cardiac-rehab@northgate-health.example.com>",
  "Fwd: 5 signs of heart failure you shouldn't ignore",
  body="""
could we use something like this for the rehab handout? plainer language
than ours
""",
  atts=[Rfc822(fwd_news)])

E(N, "trap-migralux-trial-recruitment-flyer",
  "recruitment flyer for a fictional migraine trial (MIGRALUX) with eligibility criteria; no individual",
  "Lakeview Clinical Research <research@lakeview-hs.example.org>",
  "Neurology clinic <neuro-clinic@lakeview-hs.example.org>",
  "pls post: MIGRALUX-2 trial now enrolling",
  body="""
MIGRALUX-2 (fictional study drug) is enrolling adults 18-65 with 4-14
migraine days/month, failed >=2 preventives. Exclusions: pregnancy,
uncontrolled HTN (BP >160/100), CKD4+. 6 visits over 24 wks, stipend.
Refer interested pts to the coordinator at 555-0130 - pls don't email
us names, use the referral order.
""")

E(N, "trap-interpreter-schedule-languages",
  "interpreter services roster: staff interpreters, languages and clinic blocks; no patients",
  "Interpreter Services <interpreters@cedarriverside-clinic.example.org>",
  "Clinic managers <clinic-mgrs@cedarriverside-clinic.example.org>",
  "Interpreter coverage wk of 12/7",
  body="""
Mon  Somali: Faadumo A. (peds AM, FM PM)   Spanish: Luis R. (all day)
Tue  Somali: Abdi M. (OB AM)             Arabic: Karim S. (FM PM)
Wed  Haitian Creole: Jocelyne P.       Vietnamese: video only
Thu  Somali: Faadumo A.                   Spanish: Luis R. + Ana T.
Fri  video/phone only (555-0190)
""")

# ================================================================ none: ordinary business mail
E(N, "budget-review-fy27-capital",
  "finance meeting about capital budget requests; ordinary business",
  "Finance Office <finance@lakeview-hs.example.org>",
  "Department Chairs <chairs@lakeview-hs.example.org>",
  "FY27 capital requests due 12/11",
  body="""
Reminder that FY27 capital requests are due 12/11 in the budget tool.
Anything over $25k needs a vendor quote and a one-page ROI. Review
meetings are scheduled the week of 1/11; your slot will come by invite.
""")

E(N, "lunch-order-friday",
  "team lunch order; ordinary",
  "Tamsin Rasmussen <t.rasmussen@fairhaven-fm.example.com>",
  "Front office <fm-frontoffice@fairhaven-fm.example.com>",
  "fri lunch - thai or tacos?",
  body="""
vote by 10am thurs: thai (Lotus) or tacos (El Farolito). I'll put the
order in at 11. vegetarian folks lmk, last time we forgot Hana :(
""")

E(N, "parking-garage-closure",
  "facilities notice about a garage closure; ordinary",
  "Facilities <facilities@mercyplains.example.org>",
  "All Staff <all-staff@mercyplains.example.org>",
  "Garage C level 2 closed 12/7-12/11",
  body="""
Garage C level 2 will be closed 12/7-12/11 for sealing. Staff permits
are valid in Lot F; shuttle runs every 10 min 5:30a-8p. Thanks for your
patience.
""")

E(N, "conference-registration-confirmation",
  "conference registration receipt; ordinary",
  "Regional Nursing Leadership Summit <registration@nursingsummit.example.org>",
  "v.achterberg@hearthstone-hh.example.com",
  "Registration confirmed - confirmation #NLS27-0418",
  body="""
Thank you for registering for the Regional Nursing Leadership Summit,
February 18-19, 2027. Confirmation #NLS27-0418. Amount paid: $395.00
(Visa ending 4471). Hotel block closes January 20.
""")

E(N, "software-license-renewal-quote",
  "vendor quote for software licences; business-to-business",
  "Account Manager <sales@scheduling-saas.example.com>",
  "IT Procurement <it-procurement@northgate-health.example.com>",
  "Renewal quote Q-2027-1182",
  body="""
Hi team, attached pricing for your 2027 renewal:
 - 450 named user licenses @ $18/mo
 - SSO add-on, premium support
Total: $104,400/yr, 3% uplift vs 2026. Quote valid through 12/31.
""")

E(N, "holiday-party-rsvp",
  "holiday party invitation; ordinary",
  "Social Committee <social@stmarcus-med.example.org>",
  "All Staff <all-staff@stmarcus-med.example.org>",
  "Holiday party 12/18 - RSVP",
  body="""
Join us Friday 12/18, 6-9pm, in the Atrium! Food, DJ, ugly sweater
contest. Night shift: breakfast party 12/19 at 7am in the cafeteria.
RSVP by 12/11 so we can order enough food.
""")

E(N, "payroll-calendar-2027",
  "payroll calendar announcement; ordinary HR",
  "Payroll <payroll@lakeview-hs.example.org>",
  "All Employees <all-employees@lakeview-hs.example.org>",
  "2027 payroll calendar + W-2 delivery",
  body="""
The 2027 payroll calendar is posted on the HR site. Pay dates stay
biweekly Fridays. W-2s will be available electronically by January 29;
opt in for e-delivery by 12/31. Direct deposit changes take 1 cycle.
""")

E(N, "building-hvac-maintenance",
  "facilities work order notice; ordinary",
  "Plant Operations <plant-ops@mercyplains.example.org>",
  "Building B occupants <bldgb@mercyplains.example.org>",
  "HVAC work Bldg B Sat 12/5",
  body="""
Air handler AHU-B3 will be down Sat 12/5 06:00-14:00 for belt and filter
replacement. Offices on B3-B4 may be warm. Labs and clinical areas are
on a separate unit and not affected.
""")

E(N, "foundation-gala-thanks",
  "foundation thank-you letter to donors; ordinary",
  "Lakeview Health Foundation <foundation@lakeview-hs.example.org>",
  "donors@lists.lakeview-hs.example.org",
  "Thank you for a record-breaking gala",
  body="""
Thanks to you, the 2026 Winter Gala raised $1.2 million for the new
pediatric wing and the nurse scholarship fund. Photos are on our site.
Your receipt for tax purposes will arrive by January 31.
""")

E(N, "job-posting-medical-assistant",
  "job posting for a medical assistant; ordinary",
  "Fairhaven Careers <careers@fairhaven-fm.example.com>",
  "jobs-list@lists.example.net",
  "Hiring: Certified Medical Assistant (FT)",
  body="""
Fairhaven Family Medicine is hiring a full-time CMA. Rooming, vitals,
injections, EHR documentation. M-F, no weekends. $21-25/hr DOE, benefits
day 1. Apply at https://careers.fairhaven-fm.example.com.
""")

E(N, "webinar-revenue-cycle",
  "webinar invitation on revenue-cycle topics; marketing",
  "RCM Insights <events@rcm-insights.example.com>",
  "billing@fairhaven-fm.example.com",
  "Webinar: cutting denial rates in 2027",
  body="""
Join our free 45-minute webinar on Dec 9 at 1pm ET: "Cutting denial
rates in 2027 - eligibility, coding edits and appeals workflows".
Register at https://rcm-insights.example.com/webinars/denials.
""")

E(N, "travel-itinerary-conference",
  "travel itinerary with a booking reference; ordinary",
  "Corporate Travel <trips@travel-desk.example.com>",
  "h.okafor@lakeview-hs.example.org",
  "Itinerary: ORD 2/17 - booking ZK4Q7M",
  body="""
Booking ref ZK4Q7M
 Feb 17  Flight 1182  depart 07:05  arrive 09:20  seat 14C
 Feb 19  Flight 1197  depart 18:40  arrive 20:55  seat 12A
 Hotel: Lakeside Conference Hotel, 2 nights, conf #88104
""")

E(N, "office-move-floor-3",
  "office move logistics; ordinary",
  "Ops Manager <ops@northgate-health.example.com>",
  "Revenue Cycle team <rev-cycle@northgate-health.example.com>",
  "Move to 3rd floor - pack by Thurs",
  body="""
We move to 3rd floor (rooms 310-322) this weekend. Crates arrive Tue;
pack and label with your name + new desk # by Thurs 4pm. IT will move
monitors and docks. Don't pack your headset.
""")

E(N, "password-expiry-notice",
  "IT password expiry notice; ordinary",
  "IT Service Desk <servicedesk@lakeview-hs.example.org>",
  "m.quiroga@lakeview-hs.example.org",
  "Your network password expires in 5 days",
  body="""
Your network password expires in 5 days. Change it at
https://password.lakeview-hs.example.org or press Ctrl+Alt+Del on any
workstation. IT will never ask for your password by email.
""")

E(N, "vendor-quote-printers",
  "printer lease quote between businesses; ordinary",
  "Office Tech Solutions <quotes@officetech.example.com>",
  "Purchasing <purchasing@mercyplains.example.org>",
  "Quote OTS-55120: MFP lease",
  body="""
Per our call: 24 multifunction printers, 48-month lease, $61.50/unit/mo
including toner and service, 4-hour response. Badge-release printing
module +$4/unit. Quote valid 30 days.
""")

E(N, "contract-renewal-linen",
  "linen service contract renewal; business-to-business",
  "Contracts <contracts@stmarcus-med.example.org>",
  "account.rep@cleanlinen-co.example.com",
  "Linen agreement renewal - redlines",
  body="""
Attached redlines on section 4 (pricing escalator capped at 3%) and
section 9 (lost-linen credits). We'd like to sign by 12/20 for a 1/1
start. Can we meet Tuesday?
""")

E(N, "team-offsite-agenda",
  "team offsite agenda; ordinary",
  "Director of Nursing <don@hearthstone-hh.example.com>",
  "Clinical managers <managers@hearthstone-hh.example.com>",
  "Offsite 12/10 agenda",
  body="""
9:00  coffee
9:30  2027 goals (retention, documentation timeliness)
11:00 new scheduling software demo
12:30 lunch
1:30  budget walkthrough
3:00  wrap up
Location: Riverside Community Center, room B.
""")

E(N, "book-club-january",
  "staff book club; personal/social",
  "Nadia Okafor <n.okafor@northgate-health.example.com>",
  "bookclub@lists.northgate-health.example.com",
  "Jan book club pick",
  body="""
Votes are in - January is "The Lighthouse Keeper's Daughter". Meeting
1/14 at 12:15 in the library, bring lunch. Spoilers only after 12:30!
""")

E(N, "carpool-winter",
  "carpool coordination; personal",
  "Jasper Eriksen <jasper.eriksen@mail.example.net>",
  "Carmen Szabo <carmen.szabo@mail.example.net>",
  "carpool next wk",
  body="""
can you drive mon/wed next wk? my car's in the shop til thurs. I'll do
tue/thu/fri. leaving at 6:15 sharp or we hit the bridge traffic
""")

E(N, "copier-jam-third-floor",
  "office equipment complaint; ordinary",
  "Quinn Abernathy <q.abernathy@fairhaven-fm.example.com>",
  "Office Manager <officemgr@fairhaven-fm.example.com>",
  "copier 3rd floor jammed AGAIN",
  body="""
3rd floor copier jammed again, tray 2. i put a sign on it. can we call
the service co? also we're out of toner for the small HP
""")

E(N, "training-completion-reminder",
  "annual compliance training reminder to all staff; ordinary",
  "Compliance Office <compliance@mercyplains.example.org>",
  "All Workforce <all-workforce@mercyplains.example.org>",
  "Annual privacy & security training due 12/31",
  body="""
Annual privacy and security training (30 min) is due 12/31 for all
workforce members. Managers can see team completion in the LMS.
Incomplete training may affect system access in January.
""")

E(N, "all-hands-q4",
  "all-hands meeting invitation; ordinary",
  "CEO Office <ceo-office@lakeview-hs.example.org>",
  "All Staff <all-staff@lakeview-hs.example.org>",
  "Q4 all-hands - Dec 16",
  body="""
Please join the Q4 all-hands on Dec 16, 12-1pm, Auditorium A and
livestream. Agenda: year in review, new pediatric wing timeline, Q&A.
Submit questions anonymously via the intranet form.
""")

E(N, "personal-dinner-plans",
  "personal mail about dinner plans; ordinary",
  "Lucia Haddad <lucia.haddad@mail.example.net>",
  "Ugo Haddad <ugo.haddad@mail.example.net>",
  "dinner sat",
  body="""
the Pellegrinos can do sat at 7 instead of 8. can you pick up wine on
the way home? the red from last time, not the sweet one. love u
""")

E(N, "invoice-b2b-courier",
  "courier invoice between businesses; ordinary",
  "Accounts Receivable <ar@swift-courier.example.com>",
  "Accounts Payable <ap@crescent-labs.example.com>",
  "Invoice INV-2026-11-3390",
  body="""
Invoice INV-2026-11-3390 for November specimen courier routes:
 Routes A-F, 22 business days               $14,960.00
 STAT runs (31)                              $1,395.00
 Total due                                  $16,355.00  Net 30
Remit: ACH to account on file.
""")

E(N, "newsletter-employee-recognition",
  "internal newsletter recognising staff; ordinary",
  "Internal Communications <comms@stmarcus-med.example.org>",
  "All Staff <all-staff@stmarcus-med.example.org>",
  "The Pulse - December staff recognition",
  body="""
THE PULSE - December

DAISY Award: Jolene Fairweather RN (5E) for going above and beyond.
Years of service: 25 years - Marek Dobrowski (Pharmacy), 10 years - Hana
Xiong (Lab). Welcome to 14 new nurse residents starting 12/1!
Cafeteria: new salad bar opens Monday.
""")
# ================================================================ write + check


def plan():
    """Shuffle with the fixed seed and number 001..200."""
    specs = list(M)
    random.Random(SEED).shuffle(specs)
    out = []
    for i, s in enumerate(specs, 1):
        out.append(dict(s, num=i, file="%03d-%s.eml" % (i, s["slug"])))
    return out


def write():
    for lab in WANT:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))
    rows = []
    for s in plan():
        with open(os.path.join(HERE, s["label"], s["file"]), "wb") as f:
            f.write(s["raw"])
        rows.append("%s\t%s\t%s\n" % (s["file"], s["label"], s["reason"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(rows)


# FHIR code-system URIs are standard identifiers, not invented organisations
CODE_SYSTEM_HOSTS = {"hl7.org", "terminology.hl7.org", "loinc.org", "unitsofmeasure.org"}
OK_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test)$", re.I)


def check_pdf(data, where, err):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        err(where, "PDF header/trailer")
        return
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        err(where, "PDF startxref")
        return
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        err(where, "PDF startxref does not point at xref")
        return
    mm = re.match(rb"xref\s+0 (\d+)\s+", data[x:])
    n = int(mm.group(1))
    pos = x + mm.end()
    for i in range(n):
        ent = data[pos + 20 * i:pos + 20 * (i + 1)]
        off, _, kind = ent[:10], ent[11:16], ent[17:18]
        if kind == b"n" and not data[int(off):].startswith(b"%d 0 obj" % i):
            err(where, "PDF xref entry %d wrong" % i)
    for sm in re.finditer(rb"<<([^<>]*?/Length (\d+)[^<>]*?)>>\nstream\n", data):
        ln = int(sm.group(2))
        body = data[sm.end():sm.end() + ln]
        if data[sm.end() + ln:sm.end() + ln + 10] != b"\nendstream":
            err(where, "PDF stream /Length wrong")
        if b"/FlateDecode" in sm.group(1):
            try:
                zlib.decompress(body)
            except zlib.error:
                err(where, "PDF Flate stream does not inflate")


def qp_strict(raw, where, err):
    for line in raw.split("\n"):
        line = line.rstrip("\r")
        if len(line) > 76:
            err(where, "QP line > 76")
        if line.rstrip(" \t") != line:
            err(where, "QP trailing whitespace")
        i = 0
        while i < len(line):
            c = line[i]
            if c == "=":
                if i == len(line) - 1:
                    break
                if not re.fullmatch(r"[0-9A-F]{2}", line[i + 1:i + 3]):
                    err(where, "QP bad escape")
                i += 3
                continue
            if ord(c) > 126 or (ord(c) < 32 and c != "\t"):
                err(where, "QP raw non-printable")
            i += 1


def scan_text(t, where, err):
    if "\x00" in t:
        err(where, "NUL in decoded text")
    for m in re.finditer(r"NPI[:# ]*(\d{10})", t):
        if not npi_ok(m.group(1)):
            err(where, "bad NPI " + m.group(1))
    for m in re.finditer(r"DEA[:# ]*([A-Z]{2}\d{7})", t):
        if not dea_ok(m.group(1)):
            err(where, "bad DEA " + m.group(1))
    for m in re.finditer(r"MBI[:# ]*([0-9A-Z]{11})", t):
        if not mbi_ok(m.group(1)):
            err(where, "bad MBI " + m.group(1))
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
        if not OK_DOMAIN.search(m.group(1)):
            err(where, "domain " + m.group(1))
    for m in re.finditer(r"https?://([^/\s\"'<>]+)", t):
        host = m.group(1).rstrip(".")
        if host in CODE_SYSTEM_HOSTS:
            continue
        if not OK_DOMAIN.search(host):
            err(where, "url domain " + m.group(1))
    for m in re.finditer(r"(?<![\d-])(\d{3})[- ](\d{4})(?![\d-])", t):
        if m.group(1) == "555" and not m.group(2).startswith("01"):
            err(where, "phone not 555-01xx: " + m.group(0))
        if m.group(1) != "555":
            err(where, "phone-like number not in 555-01xx: " + m.group(0))


def check_leaf(part, where, err, texts):
    ctype = part.get_content_type()
    cte = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    raw = part.get_payload(decode=False)
    if isinstance(raw, list):
        return
    if cte == "base64":
        lines = [l for l in raw.replace("\r", "").split("\n") if l]
        if any(len(l) > 76 for l in lines):
            err(where, "base64 line > 76")
        try:
            data = base64.b64decode("".join(lines), validate=True)
        except Exception as e:  # noqa
            err(where, "base64 does not decode: %s" % e)
            return
    elif cte == "quoted-printable":
        qp_strict(raw, where, err)
        data = quopri.decodestring(raw.encode("ascii"))
    elif cte == "7bit":
        data = part.get_payload(decode=True)
        if any(b > 127 for b in data):
            err(where, "7bit part is not ASCII")
    elif cte == "8bit":
        data = part.get_payload(decode=True)
    else:
        err(where, "unknown CTE " + cte)
        return
    fn = part.get_filename() or ""
    if fn:
        texts.append(fn)
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        try:
            t = data.decode(cs)
        except (LookupError, UnicodeDecodeError) as e:
            err(where, "charset %s does not decode: %s" % (cs, e))
            return
        if cte in ("7bit", "8bit") and re.search(r"(?<!\r)\n|\r(?!\n)", t):
            err(where, "bare CR/LF in text")
        texts.append(t)
        if ctype == "text/calendar":
            s = t.strip()
            if not (s.startswith("BEGIN:VCALENDAR") and s.endswith("END:VCALENDAR")):
                err(where, "ICS not BEGIN/END:VCALENDAR")
        if ctype == "text/vcard":
            s = t.strip()
            if not (s.startswith("BEGIN:VCARD") and s.endswith("END:VCARD")):
                err(where, "vCard not BEGIN/END:VCARD")
        if ctype == "text/csv":
            rows = list(csv.reader(io.StringIO(t)))
            if len(rows) < 2 or len({len(r) for r in rows}) != 1:
                err(where, "CSV inconsistent columns")
        if fn.endswith(".hl7") and not t.startswith("MSH|^~\\&|"):
            err(where, "HL7 does not start with MSH")
    else:
        if ctype.endswith("json"):
            try:
                texts.append(json.dumps(json.loads(data.decode("utf-8"))))
            except ValueError:
                err(where, "invalid JSON")
        elif ctype.endswith("xml"):
            try:
                xml.dom.minidom.parseString(data)
                texts.append(data.decode("utf-8"))
            except Exception:  # noqa
                err(where, "XML not well-formed")
        elif ctype == "application/hl7-v2":
            t = data.decode("ascii")
            if not t.startswith("MSH|^~\\&|"):
                err(where, "HL7 does not start with MSH")
            texts.append(t)
        elif ctype == "application/pdf":
            check_pdf(data, where, err)
            texts.extend(x.decode("latin-1") for x in re.findall(rb"\((.*?)\) Tj", data))
        elif ctype == "image/jpeg":
            if not data.startswith(b"\xff\xd8"):
                err(where, "JPEG magic")
        else:
            err(where, "unexpected type " + ctype)


REQUIRED = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version")


def check_message(raw, where, err, texts, nested=False):
    if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
        err(where, "bare CR or LF")
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            err(where, "line > 998")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for h in REQUIRED:
        if msg[h] is None:
            err(where, "missing " + h)
    for k, v in msg.items():
        if getattr(v, "defects", None):
            err(where, "header %s defects %s" % (k, v.defects))
        if k.lower() in ("from", "to", "cc"):
            for a in v.addresses:
                if not OK_DOMAIN.search(a.domain):
                    err(where, "address domain " + a.domain)
        texts.append(str(v))
    try:
        if msg["Date"].datetime is None:
            err(where, "bad Date")
    except Exception:  # noqa
        err(where, "bad Date")
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"])):
        err(where, "bad Message-ID")
    for part in msg.walk():
        if part.defects:
            err(where, "MIME defects %s" % part.defects)
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            check_message(inner.as_bytes(policy=policy.default.clone(linesep="\r\n")), where + "[rfc822]",
                          err, texts, nested=True)
            continue
        if part.is_multipart():
            continue
        check_leaf(part, where, err, texts)
    return msg


def check():
    errors = []

    def err(where, what):
        errors.append("%s: %s" % (where, what))

    expected = {s["file"]: s for s in plan()}
    counts = {k: 0 for k in WANT}
    nums = []
    on_disk = {}
    for lab in WANT:
        d = os.path.join(HERE, lab)
        for fn in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            if not fn.endswith(".eml"):
                continue
            m = re.fullmatch(r"(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.eml", fn)
            if not m:
                err(fn, "bad file name")
                continue
            nums.append(int(m.group(1)))
            if m.group(2).startswith("trap-") and lab != "none":
                err(fn, "trap- slug outside none/")
            counts[lab] += 1
            on_disk[fn] = lab
    if counts != WANT:
        err("counts", "%s != %s" % (counts, WANT))
    if sorted(nums) != list(range(1, sum(WANT.values()) + 1)):
        err("numbers", "not exactly 001..%03d" % sum(WANT.values()))
    # labels.tsv
    labels = {}
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not all(parts):
                err("labels.tsv:%d" % i, "not file<TAB>label<TAB>reason")
                continue
            fn, lab, why = parts
            if "/" in fn or fn in labels:
                err("labels.tsv:%d" % i, "path or duplicate " + fn)
            labels[fn] = lab
            if on_disk.get(fn) != lab:
                err("labels.tsv:%d" % i, "%s labelled %s but on disk under %s" % (fn, lab, on_disk.get(fn)))
    for fn in on_disk:
        if fn not in labels:
            err(fn, "missing from labels.tsv")
    # per file
    traps = 0
    for fn, lab in sorted(on_disk.items()):
        path = os.path.join(HERE, lab, fn)
        with open(path, "rb") as f:
            raw = f.read()
        if len(raw) > MAX_SIZE:
            err(fn, "larger than 200 KiB")
        exp = expected.get(fn)
        if exp is None or exp["raw"] != raw or exp["label"] != lab:
            err(fn, "differs from what gen.py writes (run python3 gen.py)")
        if "-trap-" in fn:
            traps += 1
        texts = []
        check_message(raw, fn, err, texts)
        for t in texts:
            scan_text(t, fn, err)
    # plan-level checks
    cats = {c: 0 for c in CATS}
    for s in M:
        if s["label"] == "restricted":
            if s["cat"] not in CATS:
                err(s["slug"], "restricted without category")
            else:
                cats[s["cat"]] += 1
        elif s["cat"]:
            err(s["slug"], "category on a non-restricted message")
    for c, n in cats.items():
        if n < 7:
            err("categories", "%s has %d < 7" % (c, n))
    nonen = sum(1 for s in M if not s["lang"].startswith("en"))
    if nonen != 20:
        err("languages", "%d non-English messages, want 20" % nonen)
    for k in DATE_FIX:
        if k not in {s["slug"] for s in M}:
            err("DATE_FIX", "unknown slug " + k)
    if len({s["slug"] for s in M}) != len(M):
        err("slugs", "duplicate slug")
    total = sum(len(open(os.path.join(HERE, lab, fn), "rb").read()) for fn, lab in on_disk.items())
    print("wide6: %s, traps %d, restricted %s, non-English %d, %d bytes" % (
        " ".join("%s %d" % kv for kv in counts.items()), traps,
        " ".join("%s %d" % kv for kv in cats.items()), nonen, total))
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s)" % len(errors))
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" not in sys.argv[1:]:
        write()
    sys.exit(check())
