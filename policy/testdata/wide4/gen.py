#!/usr/bin/env python3
"""Generator and checker for the wide4 sensitivity corpus.

python3 gen.py          rewrite every .eml and labels.tsv, then check
python3 gen.py --check  only parse and verify

Python 3 standard library only. Output is deterministic.
Every person, organisation, address, phone number and identifier is invented.
"""
import base64
import csv
import datetime
import hashlib
import io
import json
import os
import quopri
import random
import re
import sys
import textwrap
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("none", "phi", "restricted")
EXPECTED = {"none": 70, "phi": 75, "restricted": 55}
SEED = 20261204
MAX_SIZE = 200 * 1024
SB = "\x00"  # forced quoted-printable soft line break marker

# ---------------------------------------------------------------- identifiers


def npi(base9):
    """NPI: 9 digits + Luhn check digit computed over the 80840 prefix."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # rightmost of the payload is doubled (check digit appended after)
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


# ---------------------------------------------------------------- MIME parts


class Part:
    pass


class Text(Part):
    def __init__(self, text, sub="plain", cs="utf-8", cte=None, brk=None,
                 wrap=True, filename=None, inline_name=False, fmt=None):
        self.text, self.sub, self.cs, self.cte = text, sub, cs, cte
        self.brk, self.wrap, self.filename = brk or [], wrap, filename
        self.inline_name = inline_name
        self.fmt = fmt


class Att(Part):
    def __init__(self, data, ctype, filename=None, cte="base64", inline=False,
                 name_only=False, cs=None, desc=None):
        self.data, self.ctype, self.filename, self.cte = data, ctype, filename, cte
        self.inline, self.name_only, self.cs, self.desc = inline, name_only, cs, desc


class Multi(Part):
    def __init__(self, sub, parts, params=None):
        self.sub, self.parts, self.params = sub, list(parts), params or {}


class Fwd(Part):
    def __init__(self, inner, filename=None):
        self.inner, self.filename = inner, filename


def T(text, **kw):
    return Text(text, **kw)


def H(html, **kw):
    kw.setdefault("wrap", False)
    return Text(html, sub="html", **kw)


def ALT(text, html, cs="utf-8", cte=None):
    return Multi("alternative", [Text(text, cs=cs, cte=cte),
                                 Text(html, sub="html", cs=cs, cte=cte, wrap=False)])


def MIX(*parts):
    return Multi("mixed", parts)


def A(data, ctype, filename=None, **kw):
    return Att(data, ctype, filename, **kw)


def FWD(inner, filename=None):
    return Fwd(inner, filename)


def inner(frm, to, subject, body, date, cc=None, mid=None, hdrs=(), subj_cs="utf-8"):
    dom = (frm[1] if isinstance(frm, tuple) else frm).split("@")[-1].strip(">")
    mid = mid or "<%s@%s>" % (hashlib.sha1((subject + date).encode("utf-8")).hexdigest()[:16], dom)
    return dict(frm=frm, to=to, subject=subject, body=body, date=date, cc=cc,
                mid=mid, hdrs=list(hdrs), subj_cs=subj_cs, subj_q=False)


# ---------------------------------------------------------------- encoders


def fold_ascii(name, value):
    """Fold an ASCII header at spaces to lines of <= 78 characters."""
    line = name + ": "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 78 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip())
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip())
    return "\r\n".join(out)


def ew_words(s, cs="utf-8", q=False):
    """Split s into RFC 2047 encoded words of at most 75 characters."""
    words, cur = [], ""
    prefix = "=?%s?%s?" % (cs, "Q" if q else "B")

    def enc(t):
        b = t.encode(cs)
        if q:
            r = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    r += "_"
                elif c.isalnum() and byte < 128:
                    r += c
                elif c in "!*+-/" and byte < 128:
                    r += c
                else:
                    r += "=%02X" % byte
            return r
        return base64.b64encode(b).decode("ascii")

    for ch in s:
        trial = cur + ch
        if len(prefix) + len(enc(trial)) + 2 > 75:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return words


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def hdr_text(name, value, cs="utf-8", q=False):
    if is_ascii(value):
        return fold_ascii(name, value)
    words = ew_words(value, cs, q)
    return name + ": " + "\r\n ".join(words)


SPECIALS = set('()<>@,;:\\".[]')


def fmt_addr(a):
    if isinstance(a, str):
        return a
    name, addr = a[0], a[1]
    cs = a[2] if len(a) > 2 else "utf-8"
    if not name:
        return addr
    if not is_ascii(name):
        return " ".join(ew_words(name, cs)) + " <" + addr + ">"
    if any(c in SPECIALS for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '" <' + addr + ">"
    return name + " <" + addr + ">"


def addr_header(name, val):
    if isinstance(val, (str, tuple)):
        val = [val]
    items = [fmt_addr(a) for a in val]
    line = name + ": "
    out = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) > 78 and not line.endswith(": "):
            out.append(line.rstrip())
            line = " "
        # encoded words inside a display name may themselves be long
        line += piece + " "
    out.append(line.rstrip())
    return "\r\n".join(out)


def qp_encode(data):
    """Quoted-printable with CRLF line ends, max 76 chars a line; byte 0 forces a soft break."""
    out = []
    lines = data.split(b"\n")
    for raw in lines:
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        # trailing whitespace is encoded
        stripped = raw.rstrip(b" \t")
        trail = raw[len(stripped):]
        toks = []
        for b in stripped:
            if b == 0:
                toks.append(None)
            elif (33 <= b <= 126 and b != 61) or b in (32, 9):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        for b in trail:
            toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if t is None:
                out.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = t
            else:
                cur += t
        out.append(cur)
    return ("\r\n".join(out)).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))).encode("ascii")


def wrap_text(text):
    out = []
    for line in text.split("\n"):
        if len(line) <= 78:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)+|\s+|[-*] )?", line)
        prefix = m.group(0) if m else ""
        sub = prefix if not prefix.startswith(("-", "*")) else " " * len(prefix)
        body = line[len(prefix):]
        w = textwrap.wrap(body, width=76 - len(prefix), break_long_words=False,
                          break_on_hyphens=False)
        if not w:
            out.append(line)
            continue
        out.append(prefix + w[0])
        for x in w[1:]:
            out.append(sub + x)
    return "\n".join(out)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def rfc2231(name, value):
    if is_ascii(value):
        return '%s="%s"' % (name, value)
    enc = "".join(c if (c.isalnum() and ord(c) < 128) or c in "-._" else
                  "".join("%%%02X" % b for b in c.encode("utf-8")) for c in value)
    return "%s*=utf-8''%s" % (name, enc)


class Renderer:
    def __init__(self, seed):
        self.seed = seed
        self.n = 0

    def boundary(self):
        self.n += 1
        h = hashlib.sha1(("%s/%d" % (self.seed, self.n)).encode()).hexdigest()[:16]
        return "=_w4_%s_%02d" % (h, self.n)

    def part(self, p):
        """Return (header lines list, body bytes)."""
        if isinstance(p, Text):
            text = p.text.replace("\r\n", "\n")
            if p.wrap and p.sub == "plain":
                text = wrap_text(text)
            for w in p.brk:
                a, b = w.split("|")
                text = text.replace(a + b, a + SB + b)
            cte = p.cte
            if cte is None:
                cte = "7bit" if is_ascii(text.replace(SB, "")) else (
                    "base64" if p.cs.lower() in ("gb2312", "gbk", "gb18030", "euc-kr",
                                                  "shift_jis", "big5", "iso-2022-jp")
                    else "quoted-printable")
            if p.brk:
                cte = "quoted-printable"
            data = text.encode(p.cs)
            if cte != "quoted-printable":
                data = data.replace(b"\x00", b"")
            ct = "text/%s; charset=%s" % (p.sub, p.cs)
            if p.fmt:
                ct += "; format=%s" % p.fmt
            if p.filename and p.inline_name:
                ct += "; " + rfc2231("name", p.filename)
            hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
            if p.filename:
                hdrs.append("Content-Disposition: attachment; " + rfc2231("filename", p.filename))
            if cte == "quoted-printable":
                body = qp_encode(data)
            elif cte == "base64":
                body = b64_encode(data)
            else:
                body = crlf(data.decode(p.cs)).encode(p.cs) if cte == "8bit" else crlf(text).encode("ascii")
            return hdrs, body
        if isinstance(p, Att):
            data = p.data.encode(p.cs or "utf-8") if isinstance(p.data, str) else p.data
            ct = p.ctype
            if p.cs:
                ct += "; charset=%s" % p.cs
            if p.filename:
                ct += "; " + rfc2231("name", p.filename)
            hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + p.cte]
            if p.desc:
                hdrs.append("Content-Description: " + p.desc)
            if p.filename and not p.name_only:
                hdrs.append("Content-Disposition: %s; %s" % (
                    "inline" if p.inline else "attachment", rfc2231("filename", p.filename)))
            elif p.inline:
                hdrs.append("Content-Disposition: inline")
            if p.cte == "base64":
                body = b64_encode(data)
            elif p.cte == "quoted-printable":
                body = qp_encode(data)
            else:
                body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            return hdrs, body
        if isinstance(p, Multi):
            b = self.boundary()
            ct = 'multipart/%s; boundary="%s"' % (p.sub, b)
            for k, v in p.params.items():
                ct += '; %s="%s"' % (k, v)
            chunks = [b"This is a multi-part message in MIME format.\r\n"]
            for sp in p.parts:
                h, body = self.part(sp)
                chunks.append(("--%s\r\n" % b).encode() + "\r\n".join(h).encode("ascii")
                              + b"\r\n\r\n" + body + b"\r\n")
            chunks.append(("--%s--\r\n" % b).encode())
            return ["Content-Type: " + ct], b"".join(chunks)
        if isinstance(p, Fwd):
            data = self.message(p.inner)
            hdrs = ["Content-Type: message/rfc822", "Content-Transfer-Encoding: 7bit"]
            if p.filename:
                hdrs.append("Content-Disposition: attachment; " + rfc2231("filename", p.filename))
            else:
                hdrs.append("Content-Disposition: inline")
            return hdrs, data
        raise TypeError(p)

    def message(self, m):
        body = m["body"]
        if isinstance(body, str):
            body = Text(body)
        h = []
        h.append(addr_header("From", m["frm"]))
        h.append(addr_header("To", m["to"]))
        if m.get("cc"):
            h.append(addr_header("Cc", m["cc"]))
        h.append(hdr_text("Subject", m["subject"], m.get("subj_cs", "utf-8"), m.get("subj_q", False)))
        h.append("Date: " + m["date"])
        h.append("Message-ID: " + m["mid"])
        for k, v in m.get("hdrs", []):
            h.append(hdr_text(k, v))
        h.append("MIME-Version: 1.0")
        ph, pb = self.part(body)
        h.extend(ph)
        return ("\r\n".join(h)).encode("ascii") + b"\r\n\r\n" + pb


# ---------------------------------------------------------------- documents


def pdf(lines, flate=False, title="Document", pages=None):
    """Minimal valid PDF, Helvetica, exact xref offsets. lines: list of str (ASCII)."""
    if pages is None:
        pages = [lines]

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    objs = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % i for i in page_ids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, pl in enumerate(pages):
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid).encode()
        s = "BT\n/F1 10 Tf\n14 TL\n50 750 Td\n"
        for ln in pl:
            s += "(%s) Tj\nT*\n" % esc(ln)
        s += "ET\n"
        raw = s.encode("latin-1")
        if flate:
            data = zlib.compress(raw, 9)
            objs[cid] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                         + data + b"\nendstream")
        else:
            objs[cid] = b"<< /Length %d >>\nstream\n" % len(raw) + raw + b"\nendstream"
    info_id = max(objs) + 1
    objs[info_id] = ("<< /Title (%s) /Producer (wide4 gen.py) >>" % esc(title)).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, info_id, xref)
    return bytes(out)


def hl7(*segs):
    return "\r".join(segs) + "\r"


def ics(uid, start, end, summary, location="", desc="", organizer=None, attendee=None, stamp="20261101T120000Z"):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//wide4//gen.py//EN", "METHOD:REQUEST",
         "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp, "DTSTART:" + start, "DTEND:" + end,
         "SUMMARY:" + summary]
    if location:
        L.append("LOCATION:" + location)
    if desc:
        L.append("DESCRIPTION:" + desc)
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    if attendee:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % attendee)
    L += ["END:VEVENT", "END:VCALENDAR"]
    # fold content lines at 75 octets
    out = []
    for ln in L:
        b = ln
        first = True
        while len(b) > 73:
            out.append(b[:73] if first else " " + b[:72])
            b = b[73:] if first else b[72:]
            first = False
        out.append(b if first else " " + b)
    return "\r\n".join(out) + "\r\n"


def csvdata(rows, delim=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


FIRST = ["Aaliyah", "Bartholomew", "Consuelo", "Desmond", "Eulalia", "Fitzgerald", "Gwendolyn",
         "Hamza", "Ingrid", "Jericho", "Kalani", "Leopold", "Marisela", "Nnamdi", "Ottilie",
         "Prakash", "Quintessa", "Rosalind", "Soren", "Thandiwe", "Ulysses", "Valentina",
         "Winslow", "Ximena", "Yusuf", "Zofia", "Alastair", "Beatriz", "Cormac", "Delphine",
         "Emeka", "Florentyna", "Gideon", "Henrietta", "Ignatius", "Josefina"]
LAST = ["Abernathy", "Baptiste", "Castellanos", "Dunleavy", "Ekwueme", "Fairbairn", "Gallardo",
        "Haverford", "Iwu", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki-Tran", "Nakashima",
        "Oyelaran", "Pettigrew", "Quarles", "Rasmussen", "Szabo", "Thorvaldsen", "Umberger",
        "Villanueva", "Wojcik", "Xiong", "Yarborough", "Zelenko", "Achterberg", "Brannigan",
        "Cruickshank", "Delacroix", "Esposito", "Fenwick", "Gunawardena", "Holloway",
        "Ibarra", "Juarez"]


def people(n, salt):
    r = random.Random(salt)
    out = []
    for i in range(n):
        f = FIRST[(i * 7 + salt) % len(FIRST)]
        l = LAST[(i * 11 + salt * 3) % len(LAST)]
        y = r.randint(1936, 2019)
        dob = "%04d-%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28))
        mrn = "%s%07d" % ("M", r.randint(1000000, 9999999))
        out.append((f, l, dob, mrn))
    return out


# ---------------------------------------------------------------- registry

MSGS = []
TZS = ["-0500", "-0600", "-0800", "-0400", "-0700", "+0000", "+0100", "-0500", "-0600", "-0500"]


def mkdate(slug):
    h = int(hashlib.sha1(slug.encode()).hexdigest(), 16)
    day = datetime.datetime(2026, 11, 1, 7, 0) + datetime.timedelta(minutes=h % (32 * 24 * 60))
    if day.hour < 6:
        day += datetime.timedelta(hours=8)
    tz = TZS[(h >> 20) % len(TZS)]
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timezone(sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:])))
    return format_datetime(day.replace(tzinfo=off, second=(h >> 8) % 60))


def dt(s, tz="-0500"):
    """'2026-11-03 09:14' -> RFC 5322 date."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timezone(sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:])))
    return format_datetime(d.replace(tzinfo=off))


def msg(label, slug, reason, frm, to, subject, body, cc=None, date=None, hdrs=(),
        subj_cs="utf-8", subj_q=False):
    assert label in LABELS, label
    assert "\t" not in reason and "\n" not in reason
    assert not slug.startswith("trap-") or label == "none", slug
    assert all(m["slug"] != slug for m in MSGS), slug
    dom = (frm[1] if isinstance(frm, tuple) else frm).split("@")[-1].strip(">")
    MSGS.append(dict(label=label, slug=slug, reason=reason, frm=frm, to=to, subject=subject,
                     body=body, cc=cc, date=date or mkdate(slug), hdrs=list(hdrs),
                     subj_cs=subj_cs, subj_q=subj_q,
                     mid="<%s.%s@%s>" % (hashlib.sha1(slug.encode()).hexdigest()[:12],
                                          slug[:20], dom)))


def none(*a, **k):
    msg("none", *a, **k)


def phi(*a, **k):
    msg("phi", *a, **k)


def res(*a, **k):
    msg("restricted", *a, **k)


# ================================================================ shared invented identities

NPI_OSEI = npi("123456789")
NPI_HAVERFORD = npi("198765432")
NPI_LAM = npi("145632789")
NPI_FELD = npi("176543219")
NPI_MOORE = npi("163047281")
NPI_ADEYEMI = npi("187720461")
NPI_NAKASHIMA = npi("152209836")
NPI_QUARLES = npi("139984207")
DEA_OSEI = dea("BO", "481326")
DEA_MOORE = dea("AM", "552917")
DEA_NP = dea("MP", "730418")
DEA_PETTIGREW = dea("FP", "264819")
DEA_QUARLES = dea("FQ", "318062")

RBFM = ("Riverbend Family Medicine", "frontdesk@rbfm.example.org")
CHH = "cedarhollow.example.org"
NGI = "northgate-imaging.example.com"
PRAIRIE = "prairieline.example.com"

# ================================================================ phi (75)

phi("refill-lisinopril-typos",
    "first-person refill request: sender's own lisinopril prescription, identified by From",
    ("Dwayne Kettering", "dkettering77@mailbox.example.net"), RBFM, "refill",
    """hi its dwayne, im almost out of my lisinopril 20mg and the pharmacy said they need a new script from dr osei before they can fill it. can you send it to the Ashby pharmacy on 4th st like last time? i have maybe 3 pills left so sooner is better

also my bp was 148/92 at the grocery store machine yesterday, not sure if those are accurate

thanks
Dwayne

Sent from my phone""")

phi("son-ear-tubes-followup",
    "parent asks about her son's post-op ear tube drainage and follow-up; son named with DOB",
    ("Keisha Brandt", "keisha.brandt@inbox.example.com"),
    ("Maple Grove Pediatrics", "appointments@maplegrove-peds.example.org"),
    "follow up after tubes",
    """Hello,

My son had his ear tubes put in on the 21st and the nurse told us to book a follow up in 2-3 weeks with Dr. Lam. He's still getting some yellowish drainage from the left ear, mostly in the mornings. Is that normal or should we come in sooner? He doesn't have a fever.

His name is Micah Brandt, DOB 06/02/2021. We can do any day next week after 3pm, or Saturday morning if you have those.

Thank you,
Keisha
(612) 555-0131""")

phi("daughter-mother-hip-home-health",
    "daughter reports missed home health PT visits and anticoagulant running out for her named mother after hip fracture",
    ("Karen Ellingsen-Moss", "kmoss.home@example.net"),
    ("Tallgrass Home Health Intake", "intake@tallgrass-hh.example.org"),
    "Mom's therapy visits??",
    """Hi, I'm not sure who to send this to so I'm trying intake.

My mom, Ruth Ellingsen, came home from the rehab place on Tuesday after her hip surgery (she broke it falling on the porch steps in September). We were told she'd have physical therapy 3 times a week at home plus a nurse. The PT came once on Wednesday and nobody has come since. Nobody has called either.

Also her enoxaparin shots run out Friday and the discharge papers say she needs them for 35 days total. Does the nurse bring more or do we get them from the pharmacy?

Sorry if this is the wrong place. My cell is 555-0163, I work days but I can step out.

Karen (her daughter)""")

phi("er-bill-kidney-stone-question",
    "patient disputes an ER bill: account number, visit date, diagnosis (kidney stone)",
    ("Ana Lucia Ferreira", "analucia.ferreira@mailbox.example.net"),
    ("Cedar Hollow Patient Financial Services", "billing@" + CHH),
    "question about my bill - account 40018-22931",
    """Hello,

I received a statement for $1,842.17 for an emergency room visit on October 4 at Cedar Hollow. The account number on it is 40018-22931. I was there for a kidney stone (they did a CT and gave me pain medicine and tamsulosin) and I paid my $250 copay at the desk.

My insurance, Prairieline, sent me an explanation of benefits that says they paid $2,306.40 and my responsibility is only the copay. So I don't understand why I'm getting this bill. There is also a line that says "ED LEVEL 4 FACILITY" for $1,100 that I don't understand.

Could someone look into it before it goes to collections? I don't want it on my credit.

Thank you,
Ana Lucia Ferreira""")

phi("reply-ok-quoted-echo-instructions",
    "one-line patient reply; the PHI (echocardiogram date, metoprolol hold) is only in the quoted clinic message",
    ("Roland Pruitt", "rpruitt1952@example.net"),
    ("Cedar Hollow Cardiology", "cardiology.scheduling@" + CHH),
    "Re: Your echocardiogram appointment",
    """ok thank you, see you then

On Mon, Nov 2, 2026 at 4:12 PM Cedar Hollow Cardiology <cardiology.scheduling@cedarhollow.example.org> wrote:
> Hello Mr. Pruitt,
>
> This confirms your transthoracic echocardiogram on Thursday, November 12
> at 8:30 AM, Cedar Hollow Heart Center, 2nd floor, suite 210.
>
> Dr. Nakashima asked that you do NOT take your metoprolol the morning of
> the test. You may take your other medicines as usual. Please bring your
> Prairieline card and a list of your medications.
>
> If you need to reschedule call 555-0177.
>
> Cedar Hollow Cardiology""")

phi("dear-maria-a1c-metformin",
    "clinic to patient identified only by salutation and To address: A1c result and metformin change",
    ("Riverbend Family Medicine - Nurse Line", "nurseline@rbfm.example.org"),
    "mgallardo.home@inbox.example.com",
    "Your recent lab results",
    """Dear Maria,

Your lab work from last Tuesday is back. Your A1c was 7.9%, up from 7.1% in June. Your kidney function and cholesterol were fine.

Dr. Haverford would like to increase your metformin to 1000 mg twice a day with meals. A new prescription was sent to your pharmacy this morning. She would also like to see you in 6 weeks instead of 3 months. Please call us at 555-0122 to set that up, or reply to this message with a couple of times that work for you.

If the higher dose upsets your stomach, let us know; there is an extended-release version.

Take care,
Janelle, RN
Riverbend Family Medicine""")

phi("to-only-mammogram-callback",
    "addressed to the patient (To address only): recall for additional views after screening mammogram",
    ("Northgate Imaging", "noreply@" + NGI),
    "k.abdi@example.net",
    "Follow-up needed on your recent imaging",
    """This message is from Northgate Imaging.

The radiologist has reviewed the screening mammogram you had on October 29 and is recommending additional images of the right breast (diagnostic mammogram and ultrasound). Being called back is common, and most callbacks turn out to be nothing serious, but it is important to complete the follow-up.

Please call 555-0118 to schedule. We have openings this week at our Elm Street and Westgate locations. Your referring provider, Dr. Adeyemi, has also been notified.

Northgate Imaging - Breast Center
Do not reply to this automated message.""")

phi("subject-only-colonoscopy-prep",
    "name, DOB and procedure only in the Subject; body and leaflet are generic",
    ("Tanya Rudd", "trudd@gi-associates.example.org"),
    ("Surgery Scheduling", "orsched@" + CHH),
    "Hernandez, Luis DOB 04/17/1961 - colonoscopy 11/18 - split dose prep sent",
    MIX(T("""Attached is the version we send out now. Let me know if you need anything else.

Tanya
GI Associates front desk"""),
        A(pdf(["Preparing for your colonoscopy", "",
               "The day before: clear liquids only. No red or purple drinks.",
               "6 PM: drink the first half of the prep solution.",
               "5 hours before arrival: drink the second half.",
               "Arrange a driver. You will receive sedation.",
               "Questions: call the GI office."], title="Colonoscopy prep"),
          "application/pdf", "split-dose-prep-instructions.pdf")))

phi("filename-only-mri-lspine",
    "patient name and exam only in the attachment file name; body and PDF content are innocuous",
    ("J. Whitcombe", "jwhitcombe@spineortho.example.com"),
    ("Dr. Pettigrew", "pettigrew@spineortho.example.com"),
    "the scan you asked for",
    MIX(T("Here you go. Came over on the fax this morning.\n\n-J"),
        A(pdf(["FAX COVER", "", "Pages: 3 including cover",
               "From: Records Department", "Re: as requested", "",
               "Please call if any pages are missing."], title="Fax"),
          "application/pdf", "Okafor_Chinedu_MRI_L-spine_2026-11-02.pdf")))

_hh = people(22, 41)
_hh_rows = [["patient", "dob", "visit_date", "discipline", "reason", "address_zip"]]
_reasons = ["SN wound care sacral stage 3", "PT gait training post TKA", "SN CHF weight/BP check",
            "OT ADL retraining after CVA", "SN insulin teaching", "PT strength after hip fx",
            "SN PICC flush, IV ceftriaxone", "SN COPD O2 sat check", "ST dysphagia post stroke",
            "SN foley change"]
for i, (f, l, dob, mrn) in enumerate(_hh):
    _hh_rows.append(["%s, %s" % (l, f), dob, "2026-11-%02d" % (9 + i % 5),
                     ["SN", "PT", "SN", "OT", "SN", "PT", "SN", "SN", "ST", "SN"][i % 10],
                     _reasons[i % 10], "4%04d" % (5000 + i * 37)])
phi("csv-home-health-week-schedule",
    "CSV roster of 22 named home health patients with DOB and visit reason",
    ("Tallgrass Home Health Scheduling", "scheduling@tallgrass-hh.example.org"),
    [("Field Nurses", "rn-team@tallgrass-hh.example.org")],
    "Next week's visit list",
    MIX(T("""Team,

Next week's visits are attached. Please check your zips and let me know by Friday noon if you can't cover one. Two new starts are at the bottom.

Bree"""),
        A(csvdata(_hh_rows), "text/csv", "visits_wk46.csv", cs="utf-8")))

phi("hl7-adt-a01-pneumonia",
    "HL7 ADT^A01 attachment: named patient admitted with pneumonia (DG1 J18.9)",
    ("Interface Engine", "hl7-alerts@" + CHH),
    ("Riverbend Care Coordination", "carecoord@rbfm.example.org"),
    "ADT notification",
    MIX(T("Automated admission notification for an attributed patient. See attachment."),
        A(hl7("MSH|^~\\&|CHH_ADT|CEDARHOLLOW|RBFM_CC|RBFM|20261103091500||ADT^A01^ADT_A01|MSG00231|P|2.5.1",
              "EVN|A01|20261103091200",
              "PID|1||M4471902^^^CHH^MR||Fenwick^Harold^J||19480312|M|||118 Larkspur Ln^^Millbrook^OH^45000||^PRN^PH^^1^614^5550142",
              "PV1|1|I|3W^312^A^CHH||||%s^Osei^Kwame^^^^MD|||MED||||7|||%s^Osei^Kwame|IN|||||||||||||||||||||||||20261103090500" % (NPI_OSEI, NPI_OSEI),
              "DG1|1||J18.9^Pneumonia, unspecified organism^I10||20261103|A"),
          "application/hl7-v2", "adt_a01_20261103.hl7")))

phi("hl7-oru-lipid-qp-text",
    "HL7 ORU^R01 lipid panel in a quoted-printable text/plain part, named patient",
    ("Kestrel Labs Results", "results@kestrel-labs.example.com"),
    ("Riverbend Lab Inbox", "labinbox@rbfm.example.org"),
    "Result delivery 2026-11-05 batch 3",
    MIX(T("1 result message follows."),
        Text(hl7("MSH|^~\\&|KESTREL|KLAB|RBFM|RBFM|20261105061022||ORU^R01^ORU_R01|K88310|P|2.5.1",
                 "PID|1||RB-220418^^^RBFM^MR||Quarles^Bernadette^A||19670922|F",
                 "ORC|RE|ORD55120|K88310-1||CM",
                 "OBR|1|ORD55120|K88310-1|57698-3^Lipid panel^LN|||20261104073000",
                 "OBX|1|NM|2093-3^Cholesterol total^LN||262|mg/dL|<200|H|||F",
                 "OBX|2|NM|2571-8^Triglyceride^LN||310|mg/dL|<150|H|||F",
                 "OBX|3|NM|2085-9^HDL^LN||38|mg/dL|>40|L|||F",
                 "OBX|4|NM|13457-7^LDL calculated^LN||162|mg/dL|<100|H|||F"),
             cte="quoted-printable", wrap=False, filename="oru_K88310.hl7")))

phi("fhir-bundle-medicationrequest-atorvastatin",
    "FHIR Bundle with Patient and MedicationRequest (atorvastatin) for a named patient",
    ("Portal Integration", "fhir-notify@rbfm.example.org"),
    ("Ashby Pharmacy eRx", "erx@ashby-rx.example.com"),
    "eRx bundle 7f3a",
    MIX(T("Bundle attached."),
        A(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": {"resourceType": "Patient", "id": "p1",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "RB-330917"}],
                          "name": [{"family": "Lindqvist", "given": ["Oskar"]}],
                          "birthDate": "1959-07-30", "gender": "male"}},
            {"resource": {"resourceType": "MedicationRequest", "id": "mr1", "status": "active",
                          "intent": "order", "subject": {"reference": "Patient/p1"},
                          "medicationCodeableConcept": {"text": "atorvastatin 40 mg oral tablet"},
                          "dosageInstruction": [{"text": "1 tablet by mouth at bedtime"}],
                          "dispenseRequest": {"numberOfRepeatsAllowed": 3, "quantity": {"value": 90}},
                          "requester": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi",
                                                       "value": NPI_OSEI}}}}]}, indent=1),
          "application/fhir+json", "bundle.json")))

_ccda = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
 <title>Discharge Summary</title>
 <effectiveTime value="20261028"/>
 <recordTarget><patientRole>
  <id root="2.16.840.1.113883.3.9999.2" extension="M5520931"/>
  <patient><name><given>Gwendolyn</given><family>Pettibone</family></name>
   <administrativeGenderCode code="F"/><birthTime value="19440105"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Hospital Course</title>
   <text>Admitted 10/24 with acute on chronic systolic heart failure (EF 30%). Diuresed 6 kg with IV furosemide. Discharged home with home health.</text></section></component>
  <component><section><title>Discharge Medications</title>
   <text>furosemide 40 mg twice daily; carvedilol 6.25 mg twice daily; sacubitril/valsartan 24/26 mg twice daily; potassium chloride 20 mEq daily</text></section></component>
  <component><section><title>Follow-up</title>
   <text>Heart failure clinic within 7 days. Daily weights; call if gain over 2 lb in a day.</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""
phi("ccda-discharge-summary-heart-failure",
    "C-CDA discharge summary XML: named patient, heart failure, medications",
    ("Cedar Hollow HIM", "him-release@" + CHH),
    ("Tallgrass Home Health Intake", "intake@tallgrass-hh.example.org"),
    "Discharge documents for new referral",
    MIX(T("Please find the transition of care document for the referral we faxed this morning."),
        A(_ccda, "application/xml", "toc_document.xml")))

phi("ics-dental-appointment-fillings",
    "iCalendar dental appointment with patient name and planned fillings",
    ("Bluewater Dental", "hello@bluewater-dental.example.com"),
    ("Priya Raman", "priya.raman@inbox.example.com"),
    "Appointment confirmed: Tue Nov 17",
    MIX(T("""Hi Priya,

You're confirmed for Tuesday, November 17 at 10:40 AM with Dr. Szabo for your cleaning and the two fillings (#3 and #14) we talked about. Add it to your calendar with the attachment.

Please arrive 10 minutes early. Your estimated portion after insurance is $118.

Bluewater Dental
555-0149"""),
        A(ics("bwd-77120@bluewater-dental.example.com", "20261117T154000Z", "20261117T171000Z",
              "Bluewater Dental - Priya Raman - prophy + composite #3 #14",
              "Bluewater Dental\\, 400 Harbor Rd", "Cleaning and two fillings with Dr. Szabo",
              ("Bluewater Dental", "hello@bluewater-dental.example.com"),
              ("Priya Raman", "priya.raman@inbox.example.com")),
          "text/calendar", "invite.ics", cs="utf-8")))

phi("pdf-eob-physical-therapy",
    "PDF Explanation of Benefits: member name, member ID, claim number, physical therapy services",
    ("Prairieline Health Plan", "statements@" + PRAIRIE),
    ("Desmond Achterberg", "d.achterberg@example.net"),
    "Your Explanation of Benefits is ready",
    MIX(T("""A new Explanation of Benefits (EOB) is available. It is attached to this message and also in your online account.

This is not a bill."""),
        A(pdf(["Prairieline Health Plan - EXPLANATION OF BENEFITS", "THIS IS NOT A BILL", "",
               "Member: DESMOND ACHTERBERG    Member ID: PLH884120317",
               "Claim number: 2026-3318-00472      Statement date: 11/06/2026",
               "Provider: Summit Physical Therapy", "",
               "Date      Service                       Billed    Allowed   Plan paid  You owe",
               "10/14/26  97110 Therapeutic exercise    $180.00   $96.40    $66.40     $30.00",
               "10/14/26  97140 Manual therapy          $120.00   $61.10    $61.10     $0.00",
               "10/21/26  97110 Therapeutic exercise    $180.00   $96.40    $66.40     $30.00",
               "", "Diagnosis on claim: M75.121 complete rotator cuff tear, right shoulder",
               "Visits used this year: 14 of 30"], title="EOB"),
          "application/pdf", "EOB_2026-11-06.pdf")))

phi("html-table-or-schedule",
    "HTML table OR schedule listing named patients with procedures and surgeons",
    ("Perioperative Services", "periop@" + CHH),
    [("Anesthesia Group", "anes-sched@" + CHH)],
    "OR schedule Wed 11/11 (rev 2)",
    ALT("""OR schedule Wed 11/11 rev 2 - see HTML version.
Room 4 moved Brannigan to 13:00.""",
        """<html><body><p>Rev 2: Room 4 moved Brannigan to 13:00.</p>
<table border="1" cellpadding="3">
<tr><th>Room</th><th>Time</th><th>Patient</th><th>MRN</th><th>Procedure</th><th>Surgeon</th></tr>
<tr><td>2</td><td>07:30</td><td>Esposito, Carmine</td><td>M6021843</td><td>Lap cholecystectomy</td><td>Gunawardena</td></tr>
<tr><td>2</td><td>10:00</td><td>Xiong, Mai</td><td>M6100277</td><td>Thyroidectomy, total</td><td>Gunawardena</td></tr>
<tr><td>4</td><td>07:30</td><td>Holloway, Dean</td><td>M5889104</td><td>R total knee arthroplasty</td><td>Pettigrew</td></tr>
<tr><td>4</td><td>13:00</td><td>Brannigan, Siobhan</td><td>M6113520</td><td>L carpal tunnel release</td><td>Pettigrew</td></tr>
<tr><td>6</td><td>08:15</td><td>Ibarra, Teodoro</td><td>M4209915</td><td>Inguinal hernia repair w/ mesh</td><td>Fairbairn</td></tr>
</table></body></html>"""))

phi("base64-body-pathology-bcc",
    "base64-encoded text body: surgical pathology report (basal cell carcinoma) for a named patient",
    ("Kestrel Pathology", "pathology@kestrel-labs.example.com"),
    ("Dr. Szabo Dermatology", "office@szabo-derm.example.com"),
    "Final report S26-14402",
    T("""SURGICAL PATHOLOGY REPORT                    Accession: S26-14402

Patient: FAIRBAIRN, MALCOLM        DOB: 09/30/1955
Collected: 10/30/2026              Received: 10/31/2026
Submitting: Dr. E. Szabo

SPECIMEN: Skin, left nasal ala, shave biopsy.

FINAL DIAGNOSIS:
Basal cell carcinoma, nodular type, extending to the deep margin.

COMMENT: Re-excision or Mohs surgery may be considered.

Electronically signed 11/02/2026.""", cte="base64"))

phi("qp-soft-break-mrn-hemoglobin",
    "QP body with soft breaks inside the MRN and 'hemoglobin': low hemoglobin, transfusion planned",
    ("Infusion Center Charge RN", "infusion@" + CHH),
    ("Hematology Clinic", "heme-clinic@" + CHH),
    "transfusion tomorrow",
    T("""Hi team,

Pt Winslow Umberger, MRN 00482715, came in for his iron infusion and his point of care hemoglobin was 7.2 (was 8.9 three weeks ago). Dr. Quarles ordered 1 unit PRBC for tomorrow 0800, type and screen drawn today at 14:20.

He reports black stools x 4 days. We told him to go to the ED if he gets dizzy or short of breath tonight.

Thanks, Marguerite""", brk=["MRN 0048|2715", "hemo|globin", "Umber|ger"]))

_portal_inner = inner(("Florentyna Jablonski", "fjablonski@inbox.example.com"),
                      ("Patient Portal", "portal@rbfm.example.org"),
                      "rash after antibiotic",
                      T("""Hi, I started the amoxicillin Dr. Osei gave me Monday for my sinus infection and this morning I have an itchy red rash on my chest and arms. No trouble breathing. Should I stop it? I took this morning's dose already.

Florentyna"""), dt("2026-11-04 07:52"))
phi("rfc822-forward-portal-rash",
    "nurse forwards a patient portal message (message/rfc822): amoxicillin rash",
    ("Janelle Okafor RN", "j.okafor@rbfm.example.org"),
    ("Dr. Osei", "k.osei@rbfm.example.org"),
    "Fwd: rash after antibiotic",
    MIX(T("Can you look at this one? I told her to hold the next dose until she hears from us."),
        FWD(_portal_inner)))

phi("long-quoted-thread-infusion-chair",
    "long room-booking thread; the named patient and his iron infusion are only deep in the quoted history",
    ("Deb Cruickshank", "dcruickshank@" + CHH),
    ("Facilities Scheduling", "facilities@" + CHH),
    "RE: RE: RE: Thursday room swap",
    """Looping in Leo, he has the key for the storage room. Thursday works.

Deb

-----Original Message-----
From: Facilities Scheduling
Sent: Tuesday, November 3, 2026 2:41 PM
Subject: RE: RE: Thursday room swap

We can move the bariatric recliner from 2B to infusion bay 5 Thursday morning if someone signs for it. Who will be there at 7?

-----Original Message-----
From: Deb Cruickshank
Sent: Tuesday, November 3, 2026 11:02 AM
Subject: RE: Thursday room swap

Bay 5 is fine. The conference room booking for the nurse council can move to the 4th floor, I already asked Priscilla. The projector in 4C works now.

-----Original Message-----
From: Facilities Scheduling
Sent: Monday, November 2, 2026 4:55 PM
Subject: Thursday room swap

Hi Deb, the painters need bay 3 Thursday. Can your group use bay 5 instead? Also reminder that the badge readers on the east stairwell are being replaced Friday.

-----Original Message-----
From: Deb Cruickshank
Sent: Monday, November 2, 2026 1:15 PM
Subject: chair for Thursday

Hi, we need the bariatric chair Thursday 0730-1200 for Gerald Mott (71, MRN M3380192). He's getting his second IV iron sucrose infusion for iron deficiency anemia and the regular chairs don't fit him. Last time he waited 40 minutes for one.

Thanks, Deb""")

phi("medicare-advantage-eob-mbi",
    "Medicare Advantage summary EOB with MBI, claim details and cataract surgery",
    ("Silverline Medicare Advantage", "eob@silverline-ma.example.com"),
    ("Ottilie Gunderson", "ottilie.g@example.net"),
    "Your monthly Explanation of Benefits - October 2026",
    """OTTILIE GUNDERSON
Medicare Beneficiary Identifier (MBI): 3QW7RT2HN48
Plan member ID: SLM-20418833

Explanation of Benefits for services in October 2026. This is not a bill.

10/08/2026  Lakeshore Eye Surgery Center
  66984 Cataract removal with intraocular lens, left eye
  Billed $4,812.00  Plan approved $1,966.21  Plan paid $1,966.21  You pay $0.00

10/09/2026  Lakeshore Eye Associates
  99024 Post-op visit   $0.00

10/22/2026  Ashby Pharmacy
  prednisolone acetate 1% eye drops  You paid $4.15

Year to date you have paid $615.40 of your $3,400 out-of-pocket maximum.

Questions? Call Member Services at 1-800-555-0106 (TTY 711).""")

phi("claim-denial-lumbar-mri",
    "payer denial letter to named member: claim number, CPT 72148, not medically necessary",
    ("Prairieline Utilization Management", "um-notices@" + PRAIRIE),
    ("Chiamaka Okonkwo", "chiamaka.okonkwo@mailbox.example.net"),
    "Notice of adverse benefit determination",
    """Dear Ms. Okonkwo,

We reviewed the request from Summit Spine & Orthopedics for an MRI of the lumbar spine without contrast (CPT 72148), claim number 2026-4417-19320, date of service 10/19/2026.

Decision: DENIED. Based on the information received, the request does not meet our medical policy for advanced imaging of low back pain. The records show symptoms for 3 weeks without a trial of physical therapy and without red-flag findings.

You or your provider may request an appeal within 180 days. A peer-to-peer review is available to Dr. Pettigrew by calling 555-0155.

Member ID: PLH552093114

Prairieline Health Plan Utilization Management""")

phi("appeal-letter-semaglutide-npi",
    "physician appeal for a named patient's semaglutide coverage with diagnosis, A1c and NPI",
    ("Dr. Yetunde Adeyemi", "y.adeyemi@rbfm.example.org"),
    ("Prairieline Appeals", "appeals@" + PRAIRIE),
    "Level 1 appeal - Castellanos, Ramon - member PLH310077452",
    """To the Appeals Department,

I am writing to appeal the denial of semaglutide (Ozempic) 1 mg weekly for my patient Ramon Castellanos, DOB 02/11/1971, member ID PLH310077452, reference PA-2026-88120.

Mr. Castellanos has type 2 diabetes (E11.65) with an A1c of 9.4%% despite metformin 1000 mg twice daily and glipizide for 14 months. He had hypoglycemia on the glipizide requiring an urgent care visit in August. He also has established coronary disease (stent 2023), so a GLP-1 agonist with cardiovascular benefit is indicated under your own policy section 4.2.

Please reverse the denial.

Yetunde Adeyemi, MD
NPI %s
Riverbend Family Medicine, 555-0122""" % NPI_ADEYEMI)

phi("collections-ambulance-transport",
    "collections notice to named debtor for an ambulance transport with account number",
    ("Keystone Recovery Partners", "notices@keystone-recovery.example.com"),
    ("Vernon Achterberg", "vachterberg@example.net"),
    "FINAL NOTICE - account 7730-118842",
    """Vernon Achterberg
RE: Coastal EMS - emergency ambulance transport 08/14/2026
Our account: 7730-118842
Balance: $1,212.00

This account has been placed with our office for collection. Your insurance processed the claim for ALS emergency transport (A0427) and mileage (A0425) and applied $1,212.00 to your deductible.

To avoid further action, pay the balance or call 1-888-555-0180 to set up a payment plan. If you dispute this debt, notify us in writing within 30 days.

This is a communication from a debt collector.""")

phi("workers-comp-adjuster-rotator-cuff",
    "workers' comp adjuster to clinic: claimant, claim number, injury and MRI authorization",
    ("Renata Villanueva, Ironbridge Casualty", "rvillanueva@ironbridge-cas.example.com"),
    ("Summit Spine & Orthopedics", "wc-desk@summit-ortho.example.com"),
    "WC claim 26-WC-118830 - Juarez - MRI authorized",
    """Good afternoon,

Authorization is approved for MRI right shoulder without contrast for claimant Luis Juarez, claim 26-WC-118830, date of injury 09/22/2026 (lifting pallets at Harmon Distribution). Auth # IBA-55201, valid 30 days.

Please send the report and Dr. Pettigrew's updated work status (currently light duty, no lifting over 10 lb, no overhead work) to me after the visit.

Renata Villanueva
Claims Adjuster, Ironbridge Casualty
555-0187""")

phi("std-claim-attending-statement",
    "short-term disability insurer requests attending physician statement: named claimant, diagnosis, off-work dates",
    ("Orchard Mutual Disability", "std-claims@orchardmutual.example.com"),
    ("Summit Spine & Orthopedics", "forms@summit-ortho.example.com"),
    "STD claim 4410-88211 - attending physician statement needed",
    """Claimant: Beatriz Castellanos-Reyes
Claim: 4410-88211
Employer: Wexford Logistics
Date last worked: 10/16/2026

We have received a short-term disability claim listing lumbar radiculopathy (M54.16) and L4-5 microdiscectomy scheduled 10/20/2026 by Dr. Pettigrew.

To continue benefits past 11/30/2026 we need the attached attending physician statement completed with current restrictions and expected return-to-work date. Please fax to 555-0191 or reply to this e-mail.

Orchard Mutual Disability Claims""")

phi("school-nurse-albuterol",
    "school nurse to parent: named child used albuterol twice, asthma action plan",
    ("Nurse Patrice - Halvorsen Elementary", "nurse.patrice@halvorsen-sd.example.org"),
    ("Tamara Osei-Wright", "tamara.oseiwright@inbox.example.com"),
    "Jayden - inhaler today",
    """Hi Ms. Osei-Wright,

Just letting you know Jayden came to my office twice today with wheezing, once after morning recess and again after PE. I gave his albuterol inhaler, 2 puffs with the spacer each time, per his asthma action plan, and he was fine after about 15 minutes. Oxygen was 97%.

His inhaler in my office has about 20 puffs left, could you send a new one? Also his action plan on file expired in September, please have his doctor sign a new one.

Patrice Lindqvist, RN
School Nurse, Halvorsen Elementary
555-0140""")

phi("occ-health-tb-skin-test-positive",
    "occupational health to employee about their own positive TB skin test and required chest x-ray",
    ("Employee Health Services", "employeehealth@" + CHH),
    ("Soren Rasmussen", "srasmussen@" + CHH),
    "Your TB screening result - action needed",
    """Hi Soren,

Your tuberculin skin test placed on 11/2 was read on 11/4 at 12 mm induration, which is positive for a healthcare worker. This does not mean you have active TB. Most positive tests are from past exposure or a prior BCG vaccine.

Before we can clear you for your annual compliance you need a chest x-ray. The order is in; you can walk in to Radiology any weekday 7-5. We will also offer you a blood test (IGRA) and a visit to talk about treatment for latent TB if the x-ray is clear.

Employee Health Services, ext. 0133""")

phi("dental-predetermination-crown",
    "dental plan predetermination: named patient, tooth #19 crown D2740, member ID",
    ("Toothline Dental Benefits", "predeterminations@toothline.example.com"),
    ("Bluewater Dental Billing", "billing@bluewater-dental.example.com"),
    "Predetermination result PD-7712094",
    """Predetermination PD-7712094

Patient: Nnamdi Iwu    DOB 05/19/1988
Subscriber ID: TDL-40098123  Group 22081

Proposed: D2740 crown porcelain/ceramic, tooth #19     Submitted $1,340.00
          D2950 core buildup, tooth #19                 Submitted $285.00

Estimated benefit: D2740 50% of allowed $1,012.00 = $506.00
                   D2950 50% of allowed $210.00 = $105.00
Annual maximum remaining: $1,140.00

Predeterminations are not a guarantee of payment.""")

phi("vision-claim-diabetic-eye-exam",
    "vision plan claim status for named member: diabetic retinal exam, claim number",
    ("ClearPath Vision Plan", "claims@clearpath-vision.example.com"),
    ("Fitzgerald Dunleavy", "fitz.dunleavy@example.net"),
    "Claim processed: eye exam 10/27",
    """Hi Fitzgerald,

Your claim 9920-331870 for your visit with Lakeshore Eye Associates on 10/27/2026 has been processed.

Comprehensive eye exam with dilation - covered in full
Retinal imaging (diabetic retinopathy screening, E11.9) - covered in full
Frames and lenses - $150 allowance applied, you owe $62.40 to the provider

Your next exam benefit is available after 10/27/2027.

ClearPath Vision""")

phi("pharmacy-ready-warfarin",
    "pharmacy notification: named patient's warfarin prescription ready",
    ("Ashby Pharmacy", "notify@ashby-rx.example.com"),
    "terrence.baptiste@mailbox.example.net",
    "Your prescription is ready",
    """Hi TERRENCE,

Your prescription is ready for pickup at Ashby Pharmacy #112, 4th St & Main.

  WARFARIN SODIUM 5 MG TAB   Qty 30   Rx #7703318   Copay $3.50

Your doctor changed your dose on 11/05. Please talk to the pharmacist when you pick up. Keep your INR appointment on 11/12.

We'll hold it for 10 days. Reply STOP to end e-mail notifications.""")

phi("hospice-intake-copd-father",
    "hospice intake coordinator to family: named father's end-stage COPD, admission visit, oxygen",
    ("Stillwater Hospice Admissions", "admissions@stillwater-hospice.example.org"),
    ("Gideon Haverford", "gideon.haverford@inbox.example.com"),
    "Admission visit for your father tomorrow",
    """Dear Gideon,

Thank you for speaking with me this afternoon. As discussed, our admission nurse, Laila, will come to your father's home tomorrow (Friday) between 10 and noon to admit Mr. Leopold Haverford to hospice under Dr. Quarles's referral for end-stage COPD.

She will review his medications, including the morphine and lorazepam, and order a hospital bed and an oxygen concentrator so he no longer needs the portable tanks. Please have his Medicare card and any advance directive or POLST available.

Our 24-hour line is 555-0166.

With care,
Miriam Fenwick, Admissions Coordinator
Stillwater Hospice""")

phi("lab-critical-potassium-call",
    "lab critical value notification: named patient, DOB, potassium 6.4",
    ("Kestrel Labs Client Services", "critical@kestrel-labs.example.com"),
    ("Riverbend Family Medicine", "labinbox@rbfm.example.org"),
    "CRITICAL VALUE - please acknowledge",
    """CRITICAL RESULT NOTIFICATION

Patient: Yarborough, Delphine   DOB: 1949-03-02   Lab ID: KL-26-3309918
Test: Potassium, serum   Result: 6.4 mmol/L (ref 3.5-5.1)  CRITICAL HIGH
Collected: 11/09/2026 08:12   Specimen not hemolyzed.

Ordering provider: Dr. Haverford
Called to: clinic phone 555-0122, no answer at 13:05 and 13:20.

Please reply or call 555-0109 to acknowledge receipt.""")

phi("html-only-ct-report",
    "HTML-only CT abdomen/pelvis report with patient name and findings",
    ("Northgate Imaging Reports", "reports@" + NGI),
    ("Dr. Gunawardena", "gunawardena@surgery-group.example.com"),
    "Report: CT abdomen/pelvis",
    H("""<html><head><title>Radiology report</title></head><body>
<h3>CT ABDOMEN AND PELVIS WITH CONTRAST</h3>
<p><b>Patient:</b> Ekwueme, Chidi &nbsp; <b>DOB:</b> 12/08/1979 &nbsp; <b>Acc#:</b> NGI-2611-40553</p>
<p><b>Indication:</b> RLQ pain, fever.</p>
<p><b>Findings:</b> Dilated appendix measuring 11 mm with periappendiceal fat stranding. No abscess. No free air.</p>
<p><b>Impression:</b> Acute uncomplicated appendicitis. Findings called to Dr. Gunawardena at 21:14.</p>
</body></html>"""))

phi("prior-auth-approved-adalimumab",
    "letter to patient: prior authorization for adalimumab approved for Crohn's disease",
    ("Prairieline Pharmacy Services", "pharmacy-pa@" + PRAIRIE),
    ("Henrietta Pham", "hpham.88@inbox.example.com"),
    "Good news about your prior authorization",
    """Hello Henrietta,

Your prior authorization request for adalimumab (Humira or biosimilar) has been APPROVED.

Condition: Crohn's disease
Approved through: 11/30/2027
Approved quantity: 2 pens every 28 days
Reference: PA-2026-91733

Your specialty pharmacy will contact you to schedule your first shipment. Your copay card can be applied at that time.

Prairieline Pharmacy Services""")

phi("referral-cardiology-dear-mr",
    "referral letter to patient by salutation: atrial fibrillation cardiology referral and apixaban",
    ("Cedar Hollow Cardiology Referrals", "referrals@" + CHH),
    ("", "bart.abernathy@example.net"),
    "Your referral to Cedar Hollow Cardiology",
    """Dear Mr. Abernathy,

Dr. Osei has referred you to Cedar Hollow Cardiology for evaluation of atrial fibrillation found on your ECG on October 30. We have scheduled a new patient visit with Dr. Nakashima on Monday, November 23 at 1:20 PM.

Please continue the apixaban (Eliquis) 5 mg twice a day that Dr. Osei started, and bring the heart monitor results if you have a copy. If you notice chest pain, fainting or severe shortness of breath, call 911.

To confirm or change this appointment call 555-0177.""")

phi("spanish-utf8-mother-son-asthma",
    "Spanish (UTF-8, QP): mother reschedules her named son's asthma follow-up and asks for inhaler",
    ("Guadalupe Esparza", "lupita.esparza@mailbox.example.net"),
    ("Clínica Marisol", "citas@marisol-cc.example.org"),
    "Cambiar cita de mi hijo",
    T("""Buenas tardes,

Quisiera cambiar la cita de mi hijo Mateo Esparza (fecha de nacimiento 03/09/2017) con la doctora Ibarra. Tenía cita el jueves 12 a las 4:00 para el control del asma, pero ese día no puedo salir del trabajo.

También se le está acabando el inhalador de fluticasona y el de rescate (albuterol). ¿Me pueden mandar la receta a la farmacia de siempre? Esta semana tosió mucho en las noches.

Muchas gracias,
Lupita Esparza
Tel. 555-0152"""))

phi("spanish-latin1-cholesterol-letter",
    "Spanish ISO-8859-1 letter to named patient: LDL result and statin start; Q-encoded subject",
    ("Clínica Marisol - Resultados", "resultados@marisol-cc.example.org", "iso-8859-1"),
    ("Sr. Teodoro Gallardo", "tgallardo@example.net"),
    "Sus resultados de laboratorio están listos",
    T("""Estimado Sr. Gallardo:

Sus análisis del 28 de octubre ya están listos. Su colesterol LDL salió en 162 mg/dL y los triglicéridos en 240 mg/dL, ambos por encima de lo recomendado. La glucosa y la función del riñón están normales.

La Dra. Ibarra le recetó atorvastatina de 20 mg, una tableta en la noche, y quiere repetir los análisis en tres meses. La receta ya está en su farmacia.

Si tiene preguntas, llámenos al 555-0152.

Atentamente,
Clínica Marisol""", cs="iso-8859-1"),
    subj_cs="iso-8859-1", subj_q=True)

phi("portuguese-cp1252-father-psa",
    "Portuguese windows-1252 (curly quotes): daughter asks about her named father's PSA 8.4 and biopsy",
    ("Luciana Prado", "luciana.prado@inbox.example.com", "windows-1252"),
    ("Urologia - Dr. Fenwick", "urologia@cedarhollow.example.org"),
    "Exame do meu pai – PSA",
    T("""Bom dia, doutor,

Sou filha do Sr. Joaquim Prado (nascido em 14/02/1951). O exame de PSA dele deu 8,4 e no portal está escrito “recomenda-se biópsia”. Ele está muito nervoso e não entende inglês direito.

Queria saber se a biópsia já foi marcada, se ele precisa parar o AAS antes e se eu posso acompanhar ele na consulta como intérprete.

Obrigada – Luciana
555-0158""", cs="windows-1252"),
    subj_cs="windows-1252")

phi("french-latin1-levothyroxine-renewal",
    "French ISO-8859-1: patient asks to renew her levothyroxine prescription and reports TSH result",
    ("Delphine Marchand", "delphine.marchand@example.fr.test", "iso-8859-1"),
    ("Cabinet du Dr Lefèvre", "secretariat@cabinet-lefevre.example.fr.test", "iso-8859-1"),
    "Renouvellement d'ordonnance",
    T("""Bonjour Docteur,

Mon ordonnance de Lévothyrox 75 µg arrive à échéance la semaine prochaine. Pourriez-vous la renouveler ? Ma dernière prise de sang (TSH à 3,9 le 2 novembre) est dans mon dossier, je crois.

Je suis toujours très fatiguée l'après-midi, faut-il augmenter la dose ? Je peux passer au cabinet jeudi si nécessaire.

Bien cordialement,
Delphine Marchand
Tél. 01 55 55 01 27""", cs="iso-8859-1"),
    subj_cs="iso-8859-1")

phi("vietnamese-utf8-mother-diabetes",
    "Vietnamese UTF-8 (base64): son asks about his named mother's diabetes appointment and insulin",
    ("Trần Minh Khoa", "khoa.tran@mailbox.example.net"),
    ("Phòng khám Gia đình Riverbend", "frontdesk@rbfm.example.org"),
    "Lịch hẹn của mẹ tôi",
    T("""Chào phòng khám,

Tôi là con trai của bà Nguyễn Thị Hoa (sinh ngày 08/05/1950). Mẹ tôi có hẹn với bác sĩ Haverford vào thứ Ba tuần sau để kiểm tra bệnh tiểu đường. Đường huyết buổi sáng của mẹ dạo này khoảng 210-230, mặc dù mẹ vẫn tiêm insulin Lantus 18 đơn vị mỗi tối.

Xin cho tôi hỏi có cần nhịn ăn trước khi thử máu không, và phòng khám có phiên dịch tiếng Việt không?

Cảm ơn nhiều,
Khoa
555-0129""", cte="base64"))

phi("chinese-gbk-father-blood-pressure",
    "Chinese GBK: daughter asks about her named father's amlodipine dose and blood pressure readings",
    ("王丽", "wangli.home@inbox.example.com", "gbk"),
    ("Riverbend Family Medicine", "frontdesk@rbfm.example.org"),
    "关于我父亲的降压药",
    T("""您好，

我是王建国的女儿（父亲出生日期 1946年7月3日）。上周欧塞医生把他的氨氯地平从5毫克加到10毫克，这几天他的脚踝肿了，早上血压还是150/95左右。

请问需要提前复诊吗？还是先减回原来的剂量？他下次预约是12月1日。

谢谢！
王丽  555-0136""", cs="gbk"),
    subj_cs="gbk")

phi("tagalog-utf8-nanay-dialysis",
    "Tagalog UTF-8: daughter asks to move her named mother's dialysis schedule and reports swelling",
    ("Marites Dela Cruz", "marites.delacruz@example.net"),
    ("Dialysis Unit Scheduling", "dialysis@" + CHH),
    "Schedule ng dialysis ni Nanay",
    """Magandang araw po,

Ako po si Marites, anak ni Gng. Corazon Dela Cruz (ipinanganak 11/22/1953). Ang schedule po ng dialysis ni Nanay ay Lunes, Miyerkules at Biyernes ng 6:00 ng umaga. Pwede po bang ilipat sa tanghali? Wala na po kasing maghahatid sa kanya ng ganoong kaaga simula Disyembre.

Napansin ko rin po na namamaga ang kaliwang braso niya malapit sa fistula. Normal po ba iyon?

Maraming salamat po,
Marites
555-0114""")

phi("russian-koi8r-cataract-surgery",
    "Russian KOI8-R: patient asks about his cataract surgery date and stopping warfarin",
    ("Борис Зеленко", "b.zelenko@mailbox.example.net", "koi8-r"),
    ("Lakeshore Eye Associates", "surgery@lakeshore-eye.example.com"),
    "Операция на глазу",
    T("""Здравствуйте!

Меня зовут Борис Зеленко, дата рождения 17.09.1948. Доктор сказал, что мне нужна операция по удалению катаракты на правом глазу. Мне ещё не позвонили насчёт даты.

Я принимаю варфарин. Нужно ли его отменять перед операцией? И можно ли, чтобы сын присутствовал как переводчик?

С уважением,
Борис
555-0171""", cs="koi8-r"),
    subj_cs="koi8-r")

phi("arabic-utf8-child-fever-antibiotic",
    "Arabic UTF-8: father asks about his named daughter's fever and antibiotic after a visit",
    ("يوسف الحداد", "yousef.haddad@inbox.example.com"),
    ("Maple Grove Pediatrics", "nurse@maplegrove-peds.example.org"),
    "استفسار عن ابنتي ليلى",
    T("""السلام عليكم،

ابنتي ليلى الحداد (مواليد 2020/04/15) زارت الدكتورة لام يوم الاثنين بسبب التهاب في الأذن، ووصفت لها أموكسيسيلين. ما زالت حرارتها 39 درجة بعد يومين من الدواء، ولا تأكل جيداً.

هل يجب أن نحضرها مرة أخرى اليوم أم ننتظر؟

شكراً لكم،
يوسف الحداد
555-0148""", cte="base64"))

phi("korean-euckr-checkup-liver",
    "Korean EUC-KR: health-checkup centre to named patient: elevated liver enzymes, ultrasound recommended",
    ("건강검진센터", "checkup@hanbit-clinic.example.kr.test", "euc-kr"),
    ("김민준", "minjun.kim@example.net", "euc-kr"),
    "건강검진 결과 안내",
    T("""김민준 님께,

2026년 10월 30일에 받으신 건강검진 결과를 알려드립니다.

간 기능 검사에서 AST 88, ALT 112 (정상 40 이하)로 높게 나왔습니다. 공복 혈당은 118로 경계 수준입니다. 복부 초음파 검사와 내과 진료를 권해 드립니다.

예약은 555-0124로 연락 주십시오.

한빛의원 건강검진센터""", cs="euc-kr"),
    subj_cs="euc-kr")

phi("haitian-creole-child-vaccines",
    "Haitian Creole UTF-8: mother asks for her named son's vaccine appointment and reports fever",
    ("Rosemene Baptiste", "rosemene.baptiste@mailbox.example.net"),
    ("Marisol Community Clinic", "citas@marisol-cc.example.org"),
    "Randevou pou pitit gason m",
    """Bonjou,

Mwen se manman Widlens Baptiste, li fèt 02/14/2022. Lekòl la di li manke de vaksen (MMR ak varisèl) epi li pa ka retounen lekòl san yo. Èske nou ka jwenn yon randevou semèn sa a?

Li te gen lafyèv 38.5 yè swa, men jodi a li pi byen. Èske li ka pran vaksen yo toujou?

Mèsi anpil,
Rosemene
555-0117""")

phi("polish-iso8859-2-knee-rehab",
    "Polish ISO-8859-2: patient asks about physiotherapy after his knee arthroscopy and pain medication",
    ("Tadeusz Kowalczyk", "t.kowalczyk@example.pl.test", "iso-8859-2"),
    ("Summit Physical Therapy", "front@summit-pt.example.com"),
    "Rehabilitacja po operacji kolana",
    T("""Dzień dobry,

Nazywam się Tadeusz Kowalczyk (data urodzenia 03.06.1969). Dwa tygodnie temu miałem artroskopię prawego kolana u doktora Pettigrew (łąkotka przyśrodkowa). Dostałem skierowanie na rehabilitację dwa razy w tygodniu.

Czy mogę umówić się na wtorki i piątki po godzinie 16? Kolano nadal jest spuchnięte, biorę ibuprofen 600 mg.

Z poważaniem,
Tadeusz Kowalczyk
tel. 555-0153""", cs="iso-8859-2"),
    subj_cs="iso-8859-2")

phi("somali-utf8-father-diabetes-interpreter",
    "Somali UTF-8: son requests an interpreter for his named father's diabetes appointment",
    ("Abdirahman Warsame", "abdi.warsame@inbox.example.com"),
    ("Riverbend Family Medicine", "frontdesk@rbfm.example.org"),
    "Turjubaan ballanta aabbahay",
    """Salaan,

Waxaan ahay wiilka Xaaji Cabdullaahi Warsame (dhashay 01/01/1944). Aabbahay wuxuu ballan la leeyahay Dr. Haverford Isniinta soo socota saacadda 10:30 si loo eego sonkorowga (diabetes) iyo dawada insulin-ka.

Fadlan ma u diyaarin kartaan turjubaan af-Soomaali ah? Isagu Ingiriisi ma yaqaan. Sidoo kale sonkorta subaxdii waa 250 ilaa 280.

Mahadsanid,
Abdirahman
555-0146""")

phi("japanese-sjis-checkup-glucose",
    "Japanese Shift_JIS: occupational checkup result to named employee: high fasting glucose, re-exam",
    ("健康管理室", "kenko@kitamura-seiki.example.jp.test", "shift_jis"),
    ("中島 健太", "k.nakajima@kitamura-seiki.example.jp.test", "shift_jis"),
    "定期健康診断の結果について（要再検査）",
    T("""中島 健太 様

10月に実施した定期健康診断の結果、空腹時血糖が142 mg/dL、HbA1cが7.1%でした。
「要再検査」の判定となりますので、12月15日までに内科を受診し、
結果を健康管理室までご提出ください。

産業医面談も予約できます（内線0132）。

健康管理室 保健師 山本""", cs="shift_jis"),
    subj_cs="shift_jis")

phi("display-name-dialysis-chair-time",
    "health content only via the sender display name (Dialysis Unit) plus the patient's own address: chair time change",
    ("Dialysis Unit Scheduling", "dialysis@" + CHH),
    ("Harold Briggs", "hbriggs@example.net"),
    "Your chair time is changing",
    """Hello Harold,

Starting Monday November 16 your chair time moves from 6:15 AM to 11:45 AM on your usual days. Your transportation company has been told.

If this does not work for you, call the front desk at 555-0135.""")

phi("marked-secure-no-content",
    "sender marked [secure] with no health content; README: a marked message is labelled at least phi",
    ("Lorna Thistlewood", "lthistlewood@summit-ortho.example.com"),
    ("Brianne Castillo", "bcastillo@ironbridge-cas.example.com"),
    "[secure] as discussed",
    """Brianne,

Sending this through the secure option per our call. Let me know when you have it and I'll send the rest.

Lorna""")

phi("x-sensitivity-rheumatology-consult",
    "X-Sensitivity header; rheumatology consult note for named patient (rheumatoid arthritis, methotrexate)",
    ("Dr. Achieng Quarles", "a.quarles@rheum-partners.example.com"),
    ("Dr. Osei", "k.osei@rbfm.example.org"),
    "Consult: Ximena Villanueva",
    """Kwame,

Thanks for sending Ms. Villanueva (DOB 07/14/1983). Her exam shows synovitis of both MCPs and wrists, RF and anti-CCP strongly positive, ESR 48. This is seropositive rheumatoid arthritis.

Starting methotrexate 15 mg weekly with folic acid 1 mg daily, short prednisone taper. She needs a hep B/C panel and chest x-ray before we escalate. CBC and LFTs every 4 weeks for 3 months; I'll see her back in 6 weeks.

Achieng""", hdrs=[("X-Sensitivity", "Private")])

phi("html-only-podiatry-day-list",
    "HTML-only clinic day list with patient names and visit reasons",
    ("Podiatry Front Desk", "podiatry@" + CHH),
    ("Podiatry Providers", "podiatry-md@" + CHH),
    "Tomorrow's list (Thu)",
    H("""<html><body>
<p>Tomorrow's patients. Ms. Thorvaldsen needs a wheelchair at the entrance.</p>
<table>
<tr><th>Time</th><th>Name</th><th>DOB</th><th>Reason</th></tr>
<tr><td>8:00</td><td>Thorvaldsen, Ingrid</td><td>2/3/1940</td><td>diabetic foot ulcer L heel, debridement</td></tr>
<tr><td>8:30</td><td>Mbeki-Tran, Leo</td><td>9/12/1962</td><td>ingrown toenail R hallux, recheck</td></tr>
<tr><td>9:00</td><td>Rasmussen, Kalani</td><td>11/30/1990</td><td>plantar fasciitis, injection</td></tr>
<tr><td>9:30</td><td>Zelenko, Ulysses</td><td>6/6/1951</td><td>neuropathy, shoe fitting</td></tr>
</table>
</body></html>"""))

phi("ics-mri-brain-appointment",
    "iCalendar MRI appointment sent to the patient with name and exam",
    ("Northgate Imaging Scheduling", "scheduling@" + NGI),
    ("Alastair Brannigan", "alastair.brannigan@example.net"),
    "Your MRI appointment",
    MIX(T("""Your MRI brain with and without contrast is scheduled. Please arrive 30 minutes early, remove all metal, and tell the technologist about your kidney condition. The calendar invitation is attached."""),
        A(ics("ngi-sch-551803@northgate-imaging.example.com", "20261120T143000Z", "20261120T153000Z",
              "MRI brain w/wo contrast - Alastair Brannigan",
              "Northgate Imaging\\, Westgate", "Headaches and left-sided numbness. eGFR needed before contrast.",
              ("Northgate Imaging", "scheduling@northgate-imaging.example.com"),
              ("Alastair Brannigan", "alastair.brannigan@example.net")),
          "text/calendar", "mri-appointment.ics")))

phi("home-health-wound-visit-note",
    "home health nurse visit note: named patient, wound measurements and antibiotic",
    ("Corinne Abernathy RN", "cabernathy@tallgrass-hh.example.org"),
    ("Dr. Fairbairn", "fairbairn@surgery-group.example.com"),
    "visit note - Pettigrew wound",
    """Dr. Fairbairn,

Saw Mrs. Henrietta Pettigrew today for her abdominal incision (post ventral hernia repair 10/21). Wound inferior pole opened: 2.1 x 0.8 x 0.5 cm, moderate serosanguinous drainage, surrounding erythema 3 cm, warm. Temp 100.4.

Packed with plain gauze, dry dressing. She finished the cephalexin yesterday. I'd like an order for wound culture and possibly restart the antibiotic. She's agreeable to a clinic visit tomorrow.

Corinne Abernathy, RN
Tallgrass Home Health, 555-0160""")

phi("hearing-aid-fitting-balance",
    "audiology to named patient: hearing aids arrived, fitting appointment and balance owed",
    ("Clearwave Audiology", "office@clearwave-audiology.example.com"),
    ("Mr. Ulysses Fenwick", "ufenwick@example.net"),
    "Your hearing aids have arrived",
    """Dear Mr. Fenwick,

Your new hearing aids (bilateral, receiver-in-canal, for your moderate-to-severe high-frequency hearing loss) have arrived. We've booked your fitting with Dr. Holloway, AuD, on Wednesday 11/18 at 2:00 PM. Please bring your current aids.

Your remaining balance after the Orchard Mutual hearing benefit is $1,480.00, due at the fitting. We offer 12-month financing.

Clearwave Audiology, 555-0145""")

phi("allergy-shot-schedule-reply",
    "allergy clinic reply to patient about her immunotherapy dosing after a local reaction",
    ("Allergy & Asthma Nurse", "allergy-nurse@" + CHH),
    ("Rosalind Fairbairn", "roz.fairbairn@inbox.example.com"),
    "Re: shot reaction",
    """Hi Rosalind,

Thanks for letting us know about the swelling after Tuesday's shot. A 6 cm local reaction is not dangerous, but per protocol we'll repeat your previous dose (0.30 mL of the 1:1 vial, cat/dust mite/ragweed) at your next visit instead of advancing. Keep taking the cetirizine the morning of your shots.

Remember to bring your EpiPen to every appointment.

Allergy & Asthma Clinic

> I had a big swollen spot on my arm after tuesday's shot, like the size
> of a plum. its itchy but going down. do i still come friday?""")

_dme = csvdata([["member_id", "name", "dob", "item", "hcpcs", "qty", "dx"],
                ["PLH770215093", "Fenwick, Josefina", "2009-08-19", "CGM sensor 10-day", "A4239", "3", "E10.9"],
                ["PLH770215093", "Fenwick, Josefina", "2009-08-19", "insulin pump supplies", "A4224", "10", "E10.9"]])
phi("dme-cgm-order-type1",
    "DME order with member ID, minor's name, DOB, CGM supplies and type 1 diabetes code",
    ("Endocrine Clinic Orders", "endo-orders@" + CHH),
    ("Lumen Medical Supply", "orders@lumen-dme.example.com"),
    "Reorder - 2 lines",
    MIX(T("Please process the attached reorder. Signed CMN is on file. Parent phone 555-0144."),
        A(_dme, "text/csv", "reorder.csv", cs="utf-8")))

_n2 = inner(("Prairieline Member Services", "members@" + PRAIRIE), ("Winifred Oyelaran", "w.oyelaran@example.net"),
            "Your ID card and coverage update",
            T("""Dear Winifred Oyelaran,

Your coverage changed on 11/01/2026. Your new member ID is PLH661903472. Your pending referral to Dr. Gunawardena (general surgery, gallbladder removal) was transferred to the new ID and remains valid through 01/31/2027.

Prairieline Health Plan"""), dt("2026-11-02 08:00"))
_n1 = inner(("Winifred Oyelaran", "w.oyelaran@example.net"), ("Bode Oyelaran", "bode.o@inbox.example.com"),
            "Fwd: Your ID card and coverage update",
            MIX(T("Bode, can you call the surgeon's office tomorrow and give them this? I can't be on hold at work. - Mom"),
                FWD(_n2)), dt("2026-11-02 19:40"))
phi("rfc822-double-nested-member-id",
    "doubly nested forward: payer letter with member ID and gallbladder surgery referral inside two message/rfc822 layers",
    ("Bode Oyelaran", "bode.o@inbox.example.com"),
    ("Surgery Group Front Desk", "front@surgery-group.example.com"),
    "Fwd: Fwd: Your ID card and coverage update",
    MIX(T("Hello, forwarding for my mother. Her new member ID is in the letter below. Thanks, Bode"),
        FWD(_n1)))

phi("qp-soft-break-melanoma-result",
    "QP body with soft breaks inside 'melanoma' and the accession: biopsy result to the patient",
    ("Szabo Dermatology", "results@szabo-derm.example.com"),
    ("Cormac Delacroix", "cormac.delacroix@mailbox.example.net"),
    "Your biopsy result",
    T("""Dear Cormac,

Your biopsy from the upper back (accession S26-15077) showed melanoma in situ. This is the earliest stage of melanoma, confined to the top layer of skin, and it is cured by a wider excision in almost all cases.

Dr. Szabo would like to schedule a wide local excision with 5 mm margins in the next 4 weeks. Our surgical coordinator will call you this week. Please also schedule a full-skin exam every 6 months going forward.

Szabo Dermatology, 555-0138""", brk=["mela|noma in situ", "S26-15|077"]))

phi("subject-only-encoded-spanish-biopsy",
    "RFC 2047 B-encoded Spanish Subject carries name and biopsy result; body is a bare cover note",
    ("Dra. Ibarra", "dra.ibarra@marisol-cc.example.org"),
    ("Patología Kestrel", "pathology@kestrel-labs.example.com"),
    "Resultados de biopsia – Sra. Rosa Ibarra Núñez – carcinoma ductal, favor de enviar informe completo",
    "Gracias. Adjunte el informe completo cuando pueda.\n\nDra. Ibarra")

phi("adhd-pediatrician-stimulant-refill",
    "borderline: parent requests her named son's ADHD stimulant refill from a pediatric practice (not a psychiatric service), so phi not restricted",
    ("Colleen Fairweather", "colleen.fw@example.net"),
    ("Maple Grove Pediatrics", "refills@maplegrove-peds.example.org"),
    "Focalin refill for Owen",
    """Hi,

Can Dr. Lam send a new prescription for Owen's Focalin XR 15 mg? He has 4 days left. Owen Fairweather, DOB 10/03/2015. It has to go to the Ashby on Main because the other one is out of stock.

His teacher says the afternoons are still hard, maybe we can talk about the dose at his visit in December.

Thanks,
Colleen""")

phi("oxycodone-post-op-knee",
    "post-op letter to named patient: oxycodone taper after knee replacement (pain after surgery is phi, not restricted)",
    ("Summit Spine & Orthopedics", "postop@summit-ortho.example.com"),
    ("Dean Holloway", "dean.holloway@example.net"),
    "After your knee replacement - pain medicine plan",
    """Dear Mr. Holloway,

Dr. Pettigrew reviewed your call from this morning. For the next week, take oxycodone 5 mg one tablet every 6 hours only as needed for severe pain, then every 8 hours the week after, and stop after that. Continue acetaminophen 1000 mg three times a day and ice after physical therapy.

A final prescription for 20 tablets has been sent. Please keep it locked up and dispose of leftovers at the pharmacy drop box. Your 2-week wound check is 11/25.

Summit Spine & Orthopedics""")

_flu = [["employee_id", "last", "first", "dob", "dept", "vaccine", "lot", "site", "date", "declined_reason"]]
for i, (f, l, dob, mrn) in enumerate(people(25, 77)):
    _flu.append(["E%05d" % (20110 + i * 13), l, f, dob,
                 ["ICU", "ED", "Pharmacy", "Lab", "Dietary"][i % 5],
                 "" if i % 9 == 4 else "Influenza quadrivalent 0.5 mL IM",
                 "" if i % 9 == 4 else "FLQ26-%03d" % (110 + i % 3),
                 "" if i % 9 == 4 else ["L deltoid", "R deltoid"][i % 2],
                 "2026-10-%02d" % (5 + i % 20),
                 "egg allergy - medical exemption" if i % 9 == 4 else ""])
phi("csv-employee-flu-vaccination-log",
    "CSV of 25 named employees with DOB, vaccination records and medical exemptions (employee health record)",
    ("Employee Health Services", "employeehealth@" + CHH),
    ("Infection Prevention", "ip@" + CHH),
    "flu campaign - week 4 log",
    MIX(T("Week 4 vaccination log attached for reconciliation with the state registry upload."),
        A(csvdata(_flu), "text/csv", "flu_log_wk4.csv", cs="utf-8")))

phi("pdf-flate-gi-referral",
    "Flate-compressed PDF referral: named patient, iron deficiency and positive FIT",
    ("Riverbend Referrals", "referrals@rbfm.example.org"),
    ("GI Associates Intake", "intake@gi-associates.example.org"),
    "New referral",
    MIX(T("Referral attached. Please call the patient directly to schedule; she prefers mornings."),
        A(pdf(["REFERRAL - Riverbend Family Medicine", "",
               "Patient: Thandiwe Mbeki-Tran     DOB: 04/25/1966     MRN: RB-118230",
               "Referred to: Gastroenterology", "Reason: iron deficiency anemia, positive FIT test 10/2026",
               "Hgb 9.8, ferritin 6. No prior colonoscopy.", "Urgency: within 4 weeks",
               "Referring: Yetunde Adeyemi MD  NPI " + NPI_ADEYEMI, "Insurance: Prairieline PLH990481127"],
              flate=True, title="Referral"),
          "application/pdf", "referral_20261104.pdf")))

phi("windows1252-urgent-care-statement",
    "windows-1252 statement with curly quotes: urgent care visit charges for named patient and account",
    ("QuickCare Urgent Care Billing", "billing@quickcare-uc.example.com"),
    ("Kalani Rasmussen", "kalani.r@mailbox.example.net"),
    "Statement for your visit – balance due",
    T("""Patient: Kalani Rasmussen        Account #: QC-3302914
Statement date: 11/06/2026

Visit 10/11/2026 – QuickCare Urgent Care, Westgate
  99214 Office visit, established                $215.00
  12002 Laceration repair, 2.6–7.5 cm (left hand)  $310.00
  90715 Tdap vaccine                               $68.00
  Insurance payment                              –$402.66
  Balance due                                     $190.34

“Pay online” at the patient portal or call 555-0111. Thank you!""", cs="windows-1252"),
    subj_cs="windows-1252")

phi("dementia-memory-clinic-son",
    "borderline: son writes about his named father's memory clinic visit and donepezil; dementia is neurological, not in the README's mental-health list",
    ("Prakash Gunawardena", "prakash.g@inbox.example.com"),
    ("Memory & Aging Clinic", "memoryclinic@" + CHH),
    "Dad's appointment and the donepezil",
    """Hello,

My father, Anil Gunawardena, saw Dr. Rasmussen in the Memory & Aging Clinic on Oct 20 and started donepezil 5 mg. Since then he's having vivid dreams and some diarrhea. Is it OK to give it in the morning instead of at night?

Also the results of his MRI and the memory testing were supposed to be discussed at the follow-up, but that appointment isn't showing in the portal. Could you check it's booked? My sister and I both want to come.

Prakash (son), 555-0128""")

phi("covid-pcr-positive-to-patient",
    "automated result to patient's address: COVID-19 PCR positive with isolation advice and antiviral offer",
    ("QuickCare Results", "results@quickcare-uc.example.com"),
    "zofia.wojcik@example.net",
    "Your test result is available",
    """Your SARS-CoV-2 (COVID-19) PCR test collected on 11/07/2026 at QuickCare Westgate is POSITIVE.

Because you told us you are 67 and have COPD, you may be eligible for antiviral treatment (nirmatrelvir/ritonavir) that works best within 5 days of symptoms. Call 555-0111 today to speak with a provider.

Stay home and away from others until you are fever-free for 24 hours and symptoms are improving.""")

phi("no-show-fee-podiatry",
    "no-show notice to named patient about a missed podiatry appointment with fee",
    ("Cedar Hollow Podiatry", "podiatry@" + CHH),
    ("Ignatius Wojcik", "iwojcik@example.net"),
    "Missed appointment on 11/03",
    """Dear Mr. Wojcik,

Our records show you missed your appointment on Tuesday, November 3 at 9:15 AM with Dr. Juarez for your diabetic foot check. Per our policy, a $40 no-show fee has been added to your account (#CH-448102).

Because regular foot exams are important for people with diabetes and neuropathy, please call 555-0116 to reschedule.

Cedar Hollow Podiatry""")

phi("fhir-claimresponse-sleep-study",
    "FHIR Bundle: Patient + ClaimResponse denying a home sleep study for a named member",
    ("Prairieline Interop", "interop@" + PRAIRIE),
    ("Sleep Center Billing", "sleep-billing@" + CHH),
    "ClaimResponse 2026-5512-00921",
    MIX(T("ClaimResponse attached (FHIR R4)."),
        A(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": {"resourceType": "Patient", "id": "pt",
                          "identifier": [{"system": "urn:prairieline:member", "value": "PLH204471880"}],
                          "name": [{"family": "Lindqvist", "given": ["Soren", "A"]}],
                          "birthDate": "1977-01-23"}},
            {"resource": {"resourceType": "ClaimResponse", "id": "cr", "status": "active",
                          "use": "claim", "outcome": "error", "patient": {"reference": "Patient/pt"},
                          "created": "2026-11-05",
                          "item": [{"itemSequence": 1, "adjudication": [
                              {"category": {"text": "submitted"}, "amount": {"value": 412.0, "currency": "USD"}},
                              {"category": {"text": "benefit"}, "amount": {"value": 0.0, "currency": "USD"}}]}],
                          "disposition": "95806 home sleep apnea test denied: prior authorization not on file; dx G47.33",
                          "identifier": [{"value": "2026-5512-00921"}]}}]}, indent=1),
          "application/fhir+json", "claimresponse.json")))

phi("prenatal-anatomy-scan",
    "borderline: routine prenatal anatomy ultrasound appointment to patient; README's reproductive list names termination, contraception, fertility and STIs, not routine prenatal care",
    ("Lakeside OB/GYN", "schedule@lakeside-obgyn.example.com"),
    ("Nadia Kowalczyk", "nadia.kowalczyk@inbox.example.com"),
    "Your 20-week ultrasound",
    """Dear Nadia,

Your 20-week anatomy ultrasound is booked for Friday, December 4 at 9:00 AM at the Lakeside Maternal-Fetal imaging suite, followed by your prenatal visit with Dr. Achterberg at 10:00. Please drink 16 oz of water before you arrive.

Your glucose tolerance test will be at 26-28 weeks; we'll give you the drink at this visit.

Lakeside OB/GYN""")

phi("cpap-compliance-report-patient",
    "DME to patient: CPAP usage report, AHI and sleep apnea, insurance compliance warning",
    ("Lumen Medical Supply - Sleep", "sleep@lumen-dme.example.com"),
    ("Cormac Yarborough", "cormac.y@mailbox.example.net"),
    "Your CPAP usage - action needed",
    """Hi Cormac,

Your insurance requires CPAP use at least 4 hours a night on 70% of nights during your first 90 days. Your machine reports:

  Nights used 4+ hours: 41% (last 30 days)
  Average use: 3 h 12 min
  Residual AHI: 2.4 events/hour
  Mask leak: high

If usage doesn't improve by 12/01, your plan may stop paying for the machine. Mask leaks are often a fit problem; call 555-0119 to book a free mask refit.

Lumen Sleep Services""")

phi("auto-reply-quoting-chemo-question",
    "out-of-office auto-reply that quotes the incoming message: a daughter's question about her named father's chemotherapy",
    ("Luz Castellanos, Oncology Nurse Navigator", "lcastellanos@" + CHH),
    ("Ingrid Szabo", "ingrid.szabo@inbox.example.com"),
    "Automatic reply: my dad's chemo schedule",
    """I am out of the office until Monday, November 30. For urgent questions please call the Cancer Center at 555-0130 and ask for the nurse on duty.

-----Original message-----
From: Ingrid Szabo
Subject: my dad's chemo schedule

Hi Luz, my dad (Ferenc Szabo) is supposed to have cycle 3 of FOLFOX on the 24th but his platelets were 68 at the last check. Will they still give it? He has the port flush the same day. Also his neuropathy in his fingers is worse.

Thank you, Ingrid""",
    hdrs=[("Auto-Submitted", "auto-replied")])

# ================================================================ restricted (55)
# --- mental health (13)

res("counseling-center-session-moved",
    "mental health: implied only by sender 'University Counseling Center' rescheduling a named student's session",
    ("Westbrook University Counseling Center", "counseling@westbrook-u.example.edu.test"),
    ("Riley Nakashima", "rnakashima@students.westbrook-u.example.edu.test"),
    "Your Thursday appointment",
    """Hi Riley,

Your appointment with Dana Reyes-Kim this Thursday has been moved from 11:00 to 2:00 PM, same room (Student Wellness Building, 3rd floor). If 2:00 doesn't work, reply and we'll find another time this week.

Counseling Center Front Desk, 555-0104""")

res("first-person-panic-therapy-denial",
    "mental health: first-person patient disputes denial of weekly psychotherapy (90837) for panic disorder",
    ("Hamza Iqbal", "hamza.iqbal@mailbox.example.net"),
    ("Prairieline Member Services", "members@" + PRAIRIE),
    "therapy claims keep getting denied??",
    """Hello,

I've been seeing Dr. Feld every week since August for panic attacks and agoraphobia (she diagnosed panic disorder, F41.0). Every claim since October has been denied with code "N386 - not covered". My member ID is PLH338120647.

The first 8 sessions were paid. Nothing changed except you switched to the new behavioral health vendor. I can't afford $180 a week out of pocket and I really can't stop right now, it's the first thing that's helped.

Please tell me what I need to do.

Hamza""")

res("behavioral-health-sertraline-pharmacy",
    "mental health: patient asks 'Pinecrest Behavioral Health' to move his sertraline to a new pharmacy; category from clinic name",
    ("Marcus Delgado-Finch", "mdfinch@example.net"),
    ("Pinecrest Behavioral Health", "refills@pinecrest-bh.example.org"),
    "changing pharmacies",
    """hi - I'm Dr. Moore's patient. can you send my sertraline (100mg) and the hydroxyzine to the Ashby on 4th st instead of the mail order? the mail order one is late again and i only have 2 days left.

DOB 8/14/1991

thx
Marcus""")

res("eating-disorder-php-parent",
    "mental health: parent to eating disorder partial hospitalization programme about her named daughter's weight and meal plan",
    ("Heather Lindqvist", "heather.lindqvist@inbox.example.com"),
    ("Linden House Eating Disorder Program", "php-team@lindenhouse.example.org"),
    "Sophie - weekend passes and meal plan",
    """Hi team,

Sophie had a hard weekend. She completed 4 of 6 meals on Saturday and refused the supplement twice. She weighed herself at a friend's house and was very upset. I know you do blind weights - should I tell her therapist before Monday's family session?

Also, is she still on the exchange plan from last week or the new one the dietitian mentioned? I don't want to get it wrong.

Heather (Sophie Lindqvist's mom)
555-0102""")

res("adhd-evaluation-child-psychiatry",
    "mental health: Child & Adolescent Psychiatry schedules a named child's ADHD evaluation and sends rating forms",
    ("Child & Adolescent Psychiatry - Intake", "cap-intake@" + CHH),
    ("Eduardo Villanueva", "e.villanueva@example.net"),
    "ADHD evaluation for Santiago - forms before the visit",
    MIX(T("""Dear Mr. Villanueva,

Santiago's ADHD diagnostic evaluation with Dr. Fenwick (child psychiatry) is scheduled for December 7 at 8:30 AM. It takes about 3 hours. Please complete the attached parent and teacher rating scales and bring them, along with his last two report cards.

If medication is recommended, a follow-up medication visit will be set up the same day.

Child & Adolescent Psychiatry Intake"""),
        A(pdf(["Vanderbilt Assessment Scale - Parent Informant", "",
               "Child: Santiago Villanueva     DOB: 02/18/2017",
               "Each rating should be based on the past 6 months.",
               "1. Fails to give attention to details or makes careless mistakes  0 1 2 3"],
              title="Rating scale"), "application/pdf", "rating_scales_parent_teacher.pdf")))

res("hl7-adt-behavioral-unit-admit",
    "mental health: HL7 ADT^A01 admission to 'BHU 4 West' with a major depressive disorder code",
    ("Interface Engine", "hl7-alerts@" + CHH),
    ("Riverbend Care Coordination", "carecoord@rbfm.example.org"),
    "ADT notification",
    MIX(T("Automated admission notification for an attributed patient."),
        A(hl7("MSH|^~\\&|CHH_ADT|CEDARHOLLOW|RBFM_CC|RBFM|20261108221500||ADT^A01^ADT_A01|MSG00877|P|2.5.1",
              "EVN|A01|20261108221000",
              "PID|1||M5902261^^^CHH^MR||Haverford^Quintessa^L||19990611|F|||40 Birch Ct^^Millbrook^OH^45000",
              "PV1|1|I|BHU4W^408^B^CHH||||%s^Moore^Alicia^^^^MD|||PSY||||1|||%s^Moore^Alicia|IN|||||||||||||||||||||||||20261108215000" % (NPI_MOORE, NPI_MOORE),
              "DG1|1||F32.2^Major depressive disorder, single episode, severe without psychotic features^I10||20261108|A"),
          "application/hl7-v2", "adt_a01_20261108.hl7")))

res("crisis-stabilization-followup-call",
    "mental health: crisis stabilization unit follow-up to a named client after discharge, safety plan",
    ("Harbor Crisis Stabilization Unit", "followup@harbor-csu.example.org"),
    ("Jericho Pettigrew", "jericho.p@mailbox.example.net"),
    "Checking in after your stay",
    """Hi Jericho,

This is Amara from the Crisis Stabilization Unit. We tried calling you today for your 72-hour check-in after discharge on Saturday. We hope you're doing OK.

Your follow-up with your new psychiatrist, Dr. Moore, is Wednesday at 3:00 PM, and the intake at Pinecrest for the therapy group is Friday. Please keep your safety plan on your fridge like we talked about, and remember you can call or text 988 any time.

Amara, Peer Support Specialist
555-0105""")

res("pdf-therapy-progress-note-ptsd",
    "mental health: Flate PDF psychotherapy progress note for PTSD (prolonged exposure) for a named client",
    ("Dr. Miriam Feld, PsyD", "mfeld@feldpsych.example.com"),
    ("Orchard Mutual Behavioral Health Review", "bh-review@orchardmutual.example.com"),
    "Requested records - session notes",
    MIX(T("Attached are the requested progress notes for the continued-stay review. Client authorization is on file."),
        A(pdf(["PROGRESS NOTE - CONFIDENTIAL", "",
               "Client: Ulysses Dunleavy   DOB: 05/09/1984   Session 11 of 15",
               "Diagnosis: F43.10 Posttraumatic stress disorder",
               "Intervention: prolonged exposure, imaginal exposure to index trauma (2019 convoy incident)",
               "SUDS peak 85, end 40. PCL-5 today 44 (intake 61).",
               "Nightmares 3/week (was nightly). Prazosin per Dr. Moore.",
               "Plan: continue weekly PE; in vivo hierarchy item 6 for homework."],
              flate=True, title="Progress note"), "application/pdf", "notes_UD_sessions_9-11.pdf")))

res("spanish-utf8-antidepresivo-efectos",
    "mental health, Spanish UTF-8: patient writes to a mental health clinic about antidepressant side effects",
    ("Yolanda Castellanos", "yoli.castellanos@inbox.example.com"),
    ("Clínica de Salud Mental Marisol", "saludmental@marisol-cc.example.org"),
    "Pregunta sobre mi medicamento",
    T("""Hola, buenas tardes.

Soy paciente de la psiquiatra Dra. Moreno. Hace tres semanas empecé a tomar escitalopram de 10 mg para la depresión y la ansiedad. Me siento un poco mejor de ánimo, pero tengo mucho insomnio y náuseas en las mañanas.

¿Lo puedo tomar en la noche en vez de la mañana? Mi próxima cita con la terapeuta es el 19.

Gracias,
Yolanda Castellanos
555-0103"""))

res("russian-koi8r-bipolar-quetiapine",
    "mental health, Russian KOI8-R: wife writes about her named husband's bipolar disorder treatment and quetiapine",
    ("Ольга Жукова", "olga.zhukova@mailbox.example.net", "koi8-r"),
    ("Pinecrest Behavioral Health", "intake@pinecrest-bh.example.org"),
    "Мой муж - приём у психиатра",
    T("""Здравствуйте!

Мой муж, Алексей Жуков (дата рождения 02.12.1975), лечится у доктора Мур от биполярного расстройства. После выписки из стационара ему назначили кветиапин 300 мг на ночь.

Он стал очень сонливым днём и не может работать. Можно ли перенести приём на более ранний срок? Сейчас он записан на 10 декабря.

Спасибо,
Ольга
555-0107""", cs="koi8-r"),
    subj_cs="koi8-r")

_dbt = [["client", "dob", "group", "start", "individual_therapist", "notes"]]
for i, (f, l, dob, mrn) in enumerate(people(24, 19)):
    _dbt.append(["%s %s" % (f, l), dob, ["DBT skills A (Tue)", "DBT skills B (Thu)"][i % 2],
                 "2026-%02d-%02d" % (9 + i % 3, 1 + (i * 3) % 27),
                 ["Oyelaran LCSW", "Reyes-Kim LPC", "Feld PsyD"][i % 3],
                 ["", "diary card late x2", "", "phone coaching plan updated", "", "missed 11/3"][i % 6]])
res("csv-dbt-group-roster",
    "mental health: CSV roster of 24 named clients in DBT skills groups with DOB and therapist",
    ("Pinecrest Behavioral Health - Groups", "groups@pinecrest-bh.example.org"),
    [("DBT Consultation Team", "dbt-team@pinecrest-bh.example.org")],
    "updated roster for consult team",
    MIX(T("Roster for Thursday's consult team meeting. Two new clients start next module."),
        A(csvdata(_dbt), "text/csv", "roster_nov.csv", cs="utf-8")))

res("ics-telehealth-therapy-session",
    "mental health: iCalendar telehealth psychotherapy session for a named client with an LCSW",
    ("Mbali Oyelaran, LCSW", "moyelaran@pinecrest-bh.example.org"),
    ("Lorcan Brannigan", "lorcan.brannigan@example.net"),
    "Invitation: session Tues 11/17 6:00 PM",
    MIX(T("Hi Lorcan, here's the link for Tuesday. We'll continue with the exposure work for the OCD symptoms we planned last week. - Mbali"),
        A(ics("pbh-th-40817@pinecrest-bh.example.org", "20261117T230000Z", "20261117T235000Z",
              "Psychotherapy (telehealth) - L. Brannigan / M. Oyelaran LCSW",
              "https://telehealth.pinecrest-bh.example.org/r/40817",
              "ERP session 7. OCD treatment plan.",
              ("Mbali Oyelaran", "moyelaran@pinecrest-bh.example.org"),
              ("Lorcan Brannigan", "lorcan.brannigan@example.net")),
          "text/calendar", "invite.ics")))

res("lithium-level-mood-clinic",
    "mental health: 'Mood Disorders Clinic' sends a named patient her lithium level and dose change; category implied by clinic and drug",
    ("Mood Disorders Clinic", "moodclinic@" + CHH),
    ("Valentina Rossi", "vrossi@inbox.example.com"),
    "Your lithium level",
    """Dear Valentina,

Your lithium level from Monday was 1.3 mmol/L, a bit above the range we aim for (0.6-1.0). Dr. Nakashima would like you to reduce your lithium carbonate from 900 mg to 750 mg at bedtime starting tonight, and repeat the level in 5 days, 12 hours after your evening dose.

Call us right away if you have vomiting, a new tremor, unsteadiness or confusion.

Mood Disorders Clinic, 555-0108""")

# --- substance-use treatment (11)

res("otp-methadone-take-home-holiday",
    "substance use: opioid treatment programme nursing arranges a named patient's methadone take-home doses",
    ("Lantern Recovery Services - OTP Nursing", "otp-nursing@lantern-recovery.example.org"),
    ("Dale Kettering", "dkettering.work@example.net"),
    "Thanksgiving clinic hours and your take-homes",
    """Hi Dale,

The clinic is closed Thursday 11/26. Because you are on phase 2, you'll get one take-home dose (methadone 85 mg) with your Wednesday dose. Bring your lockbox Wednesday.

Your next random UDS and counselor check-in are the week of 11/30.

OTP Nursing, Lantern Recovery Services, 555-0112""")

res("suboxone-refill-first-person",
    "substance use: first-person informal request to send a Suboxone prescription; drug name implies OUD treatment",
    ("Brandon", "bran.k88@mailbox.example.net"),
    ("Dr. Quarles office", "quarlesoffice@eastside-primary.example.com"),
    "script",
    """hey its brandon can u send my suboxone script over to the walgreens on lake st, the 8mg strips 2 a day like usual. i'm out sunday and i dont want to go without over the weekend

i can do my urine test friday if you need it

thanks""")

res("drug-court-compliance-report",
    "substance use (42 CFR Part 2): treatment provider reports a named participant's drug screens and attendance to drug court under consent",
    ("Sarah Ekwueme, CADC", "sekwueme@lantern-recovery.example.org"),
    ("Oak County Drug Court Coordinator", "drugcourt@oakcounty-courts.example.gov.test"),
    "Compliance update - Thorvaldsen, Erik - docket DC-26-0418",
    """Judge Rasmussen's staff,

Per the signed 42 CFR Part 2 consent on file (exp. 04/30/2027), update for Erik Thorvaldsen, docket DC-26-0418, for the period 10/26-11/08:

- IOP attendance: 6 of 6 groups, 2 of 2 individual sessions
- Urine drug screens: 10/28 negative; 11/04 positive for fentanyl, participant admitted use on 11/01 and disclosed in group
- Buprenorphine: adherent per pharmacy fill 11/02
- Recommendation: continue phase 1; increase UDS to twice weekly for 2 weeks

This information has been disclosed from records protected by federal confidentiality rules (42 CFR part 2). Re-disclosure is prohibited unless permitted by the regulation.

Sarah Ekwueme, CADC
Lantern Recovery Services""")

res("recovery-residence-bed-offer",
    "substance use: recovery residence offers a bed to a named person stepping down from detox",
    ("Gateway Recovery Residences - Intake", "intake@gateway-rr.example.org"),
    ("Lantern Recovery Discharge Planning", "dcplanning@lantern-recovery.example.org"),
    "Bed available - Castellanos, Felix",
    """Hi Tori,

We have a bed at our Maple Street men's house for Felix Castellanos starting Monday. We got his application and the detox discharge summary (alcohol and benzodiazepine withdrawal, completed 11/08). He'll need to bring 30 days of his medications including the acamprosate, and first week's fee is $175 unless his Medicaid waiver comes through.

House meeting is 7 PM Monday; he has to be there.

Gateway Recovery Residences, 555-0113""")

res("hl7-adt-withdrawal-management",
    "substance use: HL7 ADT^A01 admission to a 'Withdrawal Management' unit with opioid dependence code",
    ("Interface Engine", "hl7-alerts@" + CHH),
    ("Prairieline Care Management", "cm-feeds@" + PRAIRIE),
    "ADT notification",
    MIX(T("Automated admission notification."),
        A(hl7("MSH|^~\\&|CHH_ADT|CEDARHOLLOW|PLH_CM|PRAIRIELINE|20261106031200||ADT^A01^ADT_A01|MSG00612|P|2.5.1",
              "EVN|A01|20261106030800",
              "PID|1||M6007731^^^CHH^MR~PLH418823059^^^PLH^MB||Dunleavy^Shane^P||19880227|M",
              "PV1|1|I|WM2^214^A^CHH^^^^^Withdrawal Management Unit||||%s^Quarles^Achieng^^^^MD|||ADD||||7|||%s^Quarles^Achieng|IN|||||||||||||||||||||||||20261106025500" % (NPI_QUARLES, NPI_QUARLES),
              "DG1|1||F11.23^Opioid dependence with withdrawal^I10||20261106|A"),
          "application/hl7-v2", "adt_a01_20261106.hl7")))

res("sublocade-prior-auth-request",
    "substance use: prior authorization request for Sublocade for a named member with F11.20",
    ("Eastside Primary Care - PA Team", "pa@eastside-primary.example.com"),
    ("Prairieline Pharmacy Services", "pharmacy-pa@" + PRAIRIE),
    "PA request - Sublocade - member PLH661204418",
    """Prior authorization request

Member: Tobias Wojcik   DOB 09/01/1993   ID PLH661204418
Drug: buprenorphine extended-release injection (Sublocade) 300 mg monthly x2, then 100 mg monthly
Diagnosis: F11.20 opioid use disorder, moderate-severe
History: stable on sublingual buprenorphine-naloxone 16 mg/day for 5 months; missed doses due to work travel; negative UDS x3.
Prescriber: Achieng Quarles MD, NPI %s, DEA %s

Please fax determination to 555-0190.""" % (NPI_QUARLES, DEA_QUARLES))

res("vivitrol-alcohol-use-disorder",
    "substance use: clinic reminds a named patient of monthly naltrexone injection for alcohol use disorder",
    ("Addiction Medicine Clinic", "addictionmed@" + CHH),
    ("Ramon Achterberg", "ramon.achterberg@inbox.example.com"),
    "Your injection next week",
    """Hi Ramon,

Reminder that your monthly Vivitrol (naltrexone) injection is due Tuesday 11/17 at 4:15 PM with Nurse Hollis. Please don't drink for at least 7 days beforehand and let us know if you've taken any opioid pain medicine.

Your counseling group for alcohol use disorder moved to Mondays at 6.

Addiction Medicine Clinic, 555-0115""")

res("contingency-management-rewards",
    "substance use: contingency management programme tells a named participant his stimulant-negative streak and reward",
    ("Fresh Start CM Program", "cm@lantern-recovery.example.org"),
    ("Desmond Ibarra", "desmond.ibarra@mailbox.example.net"),
    "You hit 6 weeks!",
    """Desmond,

Congrats - your last 12 urine samples were negative for methamphetamine, so you've hit the 6-week milestone in the contingency management program. Your reward card has been loaded with $45 and your next draw is worth double.

See you Tuesday and Friday for samples. Keep going!

Fresh Start CM team, Lantern Recovery""")

res("portuguese-latin1-alcohol-treatment",
    "substance use, Portuguese ISO-8859-1: wife asks about her named husband's alcohol dependence treatment at a CAPS AD",
    ("Fernanda Albuquerque", "fernanda.albuquerque@example.com.br.test", "iso-8859-1"),
    ("CAPS AD Vila Nova", "acolhimento@capsad-vilanova.example.org", "iso-8859-1"),
    "Tratamento do meu marido",
    T("""Boa tarde,

Meu marido, Rogério Albuquerque (nascido em 22/07/1972), começou o tratamento para dependência de álcool no CAPS AD na semana passada. O médico receitou dissulfiram e vitamina B1, mas ele não está tomando.

Ele teve tremores e suou muito ontem à noite. Isso pode ser abstinência? Devemos ir ao pronto-socorro ou esperar a consulta de quinta-feira?

Obrigada,
Fernanda
555-0156""", cs="iso-8859-1"),
    subj_cs="iso-8859-1")

res("qp-soft-break-buprenorphine-pharmacy",
    "substance use: QP body with soft breaks inside 'buprenorphine' and the patient's name; clinic to pharmacy about OUD dosing",
    ("Eastside Primary Care - OBOT", "obot@eastside-primary.example.com"),
    ("Ashby Pharmacy #112", "rx112@ashby-rx.example.com"),
    "dose change",
    T("""Pharmacist,

Please note a dose change for Kalinda Yarborough (DOB 03/30/1990) in our office-based opioid treatment program: buprenorphine/naloxone 8/2 mg film, increase from 1 film to 1.5 films daily starting today. New Rx sent for 7-day supply only, no early refills. Dr. Quarles, DEA %s.

She reports cravings in the evenings. Thank you.

OBOT nurse care manager, 555-0121""" % DEA_QUARLES, brk=["bupre|norphine", "Yarbor|ough", "opi|oid"]))

res("polish-iso8859-2-son-detox",
    "substance use, Polish ISO-8859-2: mother asks about her named son's detox and addiction therapy",
    ("Halina Wiśniewska", "h.wisniewska@example.pl.test", "iso-8859-2"),
    ("Lantern Recovery Services", "intake@lantern-recovery.example.org"),
    "Pytanie o syna - detoks",
    T("""Dzień dobry,

Mój syn, Kacper Wiśniewski (ur. 14.04.1998), został przyjęty na oddział detoksykacji w poniedziałek. Lekarz powiedział, że po detoksie powinien przejść na terapię uzależnień w trybie dziennym i leczenie buprenorfiną.

Czy mogę go odwiedzić? I kiedy będzie wiadomo, czy jest miejsce w programie? Syn podpisał zgodę na kontakt ze mną.

Z poważaniem,
Halina Wiśniewska
tel. 555-0157""", cs="iso-8859-2"),
    subj_cs="iso-8859-2")

# --- HIV (10)

res("descovy-prep-refill-first-person",
    "HIV (PrEP): first-person refill request for Descovy and PrEP labs; category implied only by the drug name",
    ("tj", "tj.oyelaran@inbox.example.com"),
    ("Juniper Clinic", "refills@juniper-clinic.example.org"),
    "refill + labs",
    """hi! need a refill on my descovy, last bottle has like 5 left. also I think im due for my 3 month labs? can I just walk in to the lab or do I need an appt

- TJ Oyelaran (dob 1/9/97)""")

res("viral-load-undetectable-dear-jamal",
    "HIV: clinic tells patient (salutation only) his viral load is undetectable and CD4 count",
    ("Juniper Clinic - Dr. Okafor", "dr.okafor@juniper-clinic.example.org"),
    ("", "jamal.w.1990@mailbox.example.net"),
    "Your lab results",
    """Dear Jamal,

Great news: your HIV viral load from November 2 is undetectable (<20 copies/mL) and your CD4 count is up to 612. Your kidney and liver tests are normal.

Keep taking your Biktarvy every day. Since you've been undetectable for over six months, we can move your labs to every 6 months. See you in May.

Dr. Okafor""")

res("biktarvy-specialty-shipment",
    "HIV: specialty pharmacy shipment notice naming Biktarvy for a named patient; category implied by drug name",
    ("Crescent Specialty Pharmacy", "shipping@crescent-specialty.example.com"),
    ("Emeka Holloway", "emeka.holloway@example.net"),
    "Your order has shipped",
    """Hi Emeka,

Your order #CSP-7730418 has shipped and will arrive Thursday by 8 PM. Signature required.

  BIKTARVY 50-200-25 MG TABLET   30 tablets   Copay $0.00 (assistance applied)

Package is discreet and unmarked. Track: 1Z999AA10123456784

Crescent Specialty Pharmacy, 555-0123""")

res("ryan-white-recertification",
    "HIV: Ryan White programme eligibility recertification for a named client with case manager",
    ("Ryan White Program - Eligibility", "rw-eligibility@juniper-clinic.example.org"),
    ("Arturo Castellanos", "arturo.c@inbox.example.com"),
    "Your 6-month recertification is due",
    """Hello Arturo,

Your Ryan White Part A eligibility expires on 11/30/2026. To keep your medical case management, ADAP coverage and transportation vouchers, please bring the following to your case manager, Leticia, by 11/25:

- proof of income for the last 30 days
- proof of address
- your insurance card if anything changed

You can also upload them in the portal. Call Leticia at 555-0125 with questions.

Juniper Clinic Ryan White Program""")

res("fhir-observation-hiv-rna",
    "HIV: FHIR Observation with LOINC HIV-1 RNA result for a named patient",
    ("Kestrel Labs Interop", "fhir@kestrel-labs.example.com"),
    ("Juniper Clinic EHR Inbound", "ehr-inbound@juniper-clinic.example.org"),
    "Observation push 2026-11-03",
    MIX(T("Observation attached."),
        A(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": {"resourceType": "Patient", "id": "k1",
                          "name": [{"family": "Baptiste", "given": ["Jean-Robert"]}],
                          "birthDate": "1982-06-17",
                          "identifier": [{"system": "urn:juniper:mrn", "value": "JC-0044718"}]}},
            {"resource": {"resourceType": "Observation", "id": "o1", "status": "final",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "20447-9",
                                               "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"}]},
                          "subject": {"reference": "Patient/k1"},
                          "effectiveDateTime": "2026-11-02T09:30:00-05:00",
                          "valueQuantity": {"value": 18400, "unit": "copies/mL"},
                          "interpretation": [{"text": "High"}]}}]}, indent=1),
          "application/fhir+json", "observation.json")))

res("french-latin1-prep-consultation",
    "HIV (PrEP), French ISO-8859-1: CeGIDD-style centre tells a named patient about PrEP renewal and tests",
    ("Centre de santé sexuelle Belleville", "prep@css-belleville.example.fr.test", "iso-8859-1"),
    ("Julien Moreau", "julien.moreau@example.fr.test"),
    "Renouvellement de votre PrEP",
    T("""Bonjour Julien,

Votre ordonnance de PrEP (emtricitabine/ténofovir disoproxil) arrive à échéance le 30 novembre. Nous vous proposons un rendez-vous le mardi 24 novembre à 17 h 30 avec le Dr Lefèvre.

Merci de faire avant la consultation votre bilan trimestriel : sérologie VIH, créatinine, dépistage des IST (gonocoque, chlamydia, syphilis).

Centre de santé sexuelle Belleville
Tél. 01 55 55 01 44""", cs="iso-8859-1"),
    subj_cs="iso-8859-1")

res("haitian-creole-hiv-viral-load",
    "HIV, Haitian Creole UTF-8: clinic tells a named patient about detectable viral load and adherence visit",
    ("Klinik Juniper", "kreyol@juniper-clinic.example.org"),
    ("Marie-Ange Dorsainvil", "marieange.d@mailbox.example.net"),
    "Rezilta analiz ou",
    """Bonjou Madan Dorsainvil,

Rezilta chaj viral VIH ou a nan dat 3 novanm lan se 2,300 kopi/mL. Sa vle di medikaman an pa fin travay byen, petèt paske ou te manke kèk dòz. Doktè Okafor vle wè w semèn pwochèn pou nou pale sou Dolutegravir ou a epi pou nou fè yon tès rezistans.

Tanpri rele nou nan 555-0126 pou nou ba ou yon randevou. Nou gen yon entèprèt kreyòl chak madi.

Klinik Juniper""")

res("filename-only-hiv-rna-report",
    "HIV: only the attachment file name names the patient and the HIV-1 RNA test; body and PDF are innocuous",
    ("Records Desk", "records@juniper-clinic.example.org"),
    ("Dr. Osei", "k.osei@rbfm.example.org"),
    "records as requested",
    MIX(T("Per your request. Signed release is on file.\n\nRecords Desk"),
        A(pdf(["SCANNED DOCUMENT", "", "Batch 2026-11-05-03", "Page 1 of 1"], title="Scan"),
          "application/pdf", "Mensah_Kwabena_HIV1_RNA_quant_2026-10.pdf")))

res("html-table-id-clinic-schedule",
    "HIV: HTML table of an infectious-disease clinic schedule with named patients and ART / PrEP visit reasons",
    ("Juniper Clinic Front Desk", "frontdesk@juniper-clinic.example.org"),
    ("Juniper Providers", "providers@juniper-clinic.example.org"),
    "Monday clinic",
    ALT("Monday's schedule is in the HTML part.",
        """<html><body><table border="1">
<tr><th>Time</th><th>Patient</th><th>Visit</th><th>Provider</th></tr>
<tr><td>9:00</td><td>Xiong, Pao</td><td>ART follow-up, VL 11/2 pending</td><td>Okafor</td></tr>
<tr><td>9:20</td><td>Gallardo, Tomas</td><td>PrEP start - baseline HIV Ag/Ab, creatinine</td><td>Lefevre NP</td></tr>
<tr><td>9:40</td><td>Esposito, Nina</td><td>new HIV dx, linkage visit, Biktarvy start</td><td>Okafor</td></tr>
<tr><td>10:00</td><td>Ekwueme, Obi</td><td>ART switch, cabotegravir/rilpivirine injection #2</td><td>Okafor</td></tr>
</table></body></html>"""))

res("vietnamese-utf8-arv-refill",
    "HIV, Vietnamese UTF-8 (QP): patient asks for an ARV refill and viral load test before travel",
    ("Lê Văn Hùng", "hung.le@inbox.example.com"),
    ("Juniper Clinic", "refills@juniper-clinic.example.org"),
    "Xin cấp thêm thuốc ARV",
    T("""Chào bác sĩ Okafor,

Tôi là Lê Văn Hùng, sinh ngày 12/03/1985. Tôi sắp về Việt Nam thăm gia đình 6 tuần, từ ngày 10/12. Thuốc ARV (Biktarvy) của tôi chỉ còn đủ đến ngày 20/12.

Bác sĩ có thể kê thêm 60 viên để tôi mang theo không? Tôi cũng muốn xét nghiệm tải lượng virus HIV trước khi đi.

Cảm ơn bác sĩ,
Hùng
555-0127"""))

# --- genetic (10)

res("brca2-result-letter",
    "genetic: genetic counsellor tells a named patient her BRCA2 pathogenic variant result and next steps",
    ("Ostrander Genetics - Cancer Genetics", "counseling@ostrander-genetics.example.com"),
    ("Henrietta Holloway", "h.holloway@inbox.example.com"),
    "Your genetic test results",
    """Dear Ms. Holloway,

As we discussed by phone today, your hereditary cancer panel found a pathogenic variant in the BRCA2 gene. This means an increased lifetime risk of breast and ovarian cancer, and we recommend enhanced screening (annual breast MRI alternating with mammography) and a visit with Dr. Gunawardena to discuss risk-reducing options.

Your first-degree relatives (your sister and your two children when they are adults) each have a 50% chance of carrying the same variant. We've enclosed a family letter you can share with them; cascade testing for relatives is available at no cost for 90 days.

Your full report is in the portal.

Elspeth Thorvaldsen, MS, CGC
Ostrander Genetics, 555-0132""")

res("carrier-screening-cf-partner",
    "genetic: carrier screening result (CFTR carrier) for a named patient with partner testing recommended",
    ("Lakeside OB/GYN Genetics", "genetics@lakeside-obgyn.example.com"),
    ("Marisela Jablonski", "marisela.j@example.net"),
    "Carrier screening result",
    """Hi Marisela,

Your expanded carrier screening is back. You were found to be a carrier for cystic fibrosis (one copy of the F508del variant in the CFTR gene). You were negative for the other 273 conditions on the panel.

Being a carrier does not affect your own health. We recommend your partner, Adam, have CFTR carrier testing so we can tell you the chance for the pregnancy. We've sent a kit to your address; results take about 2 weeks. A genetic counseling call can be set up at 555-0134.

Lakeside OB/GYN""")

res("ics-genetic-counselling-appointment",
    "genetic: iCalendar genetic counselling appointment for a named patient (hereditary cancer)",
    ("Ostrander Genetics Scheduling", "schedule@ostrander-genetics.example.com"),
    ("Gideon Fairbairn", "gfairbairn@mailbox.example.net"),
    "Genetic counseling appointment",
    MIX(T("""Dear Gideon,

Your genetic counseling appointment (pre-test, hereditary colon cancer) is on the attached calendar invitation. Please gather what you know about cancer in your family before the visit."""),
        A(ics("og-gc-11842@ostrander-genetics.example.com", "20261203T150000Z", "20261203T160000Z",
              "Genetic counseling - Gideon Fairbairn - Lynch syndrome pre-test",
              "Video visit", "Pre-test counseling; family history of colon and endometrial cancer.",
              ("Ostrander Genetics", "schedule@ostrander-genetics.example.com"),
              ("Gideon Fairbairn", "gfairbairn@mailbox.example.net")),
          "text/calendar", "appointment.ics")))

res("pdf-trio-exome-report",
    "genetic: PDF trio exome sequencing report for a named child with a de novo variant",
    ("Ostrander Genetics Lab", "reports@ostrander-genetics.example.com"),
    ("Dr. Lam", "lam@maplegrove-peds.example.org"),
    "Final report OG-EX-26-0931",
    MIX(T("Final report attached. A genetic counselor will contact the family to arrange disclosure."),
        A(pdf(["OSTRANDER GENETICS - CLINICAL EXOME SEQUENCING (TRIO)", "",
               "Proband: Winslow Xiong    DOB: 07/22/2021    Accession OG-EX-26-0931",
               "Indication: global developmental delay, hypotonia, seizures",
               "Result: POSITIVE",
               "Gene: SCN2A  Variant: c.2558G>A p.(Arg853Gln)  heterozygous, de novo",
               "Classification: pathogenic",
               "Parental samples: mother and father negative for this variant."],
              flate=True, title="Exome report"), "application/pdf", "OG-EX-26-0931.pdf")))

res("paternity-dna-legal-result",
    "borderline: legal paternity DNA test result for named people; a genetic test result but not health care, labelled restricted under 'other genetic test results'",
    ("Verity DNA Testing", "results@verity-dna.example.com"),
    ("Rashad Quarles", "rashad.quarles@inbox.example.com"),
    "Your DNA test results - case VD-26-44120",
    """Case VD-26-44120 (legal chain of custody)

Alleged father: Rashad Quarles
Child: Amira Quarles-Bell
Mother: Tanisha Bell

Result: The alleged father is NOT EXCLUDED as the biological father. Combined paternity index 1,284,000; probability of paternity 99.9999%.

20 STR loci tested. The notarized report has been sent to the court and to both parties.

Verity DNA Testing""")

res("lynch-predictive-first-person",
    "genetic: first-person request for predictive testing for a familial MLH1 (Lynch syndrome) variant",
    ("Beatrix Dunleavy", "beatrix.dunleavy@example.net"),
    ("Ostrander Genetics", "counseling@ostrander-genetics.example.com"),
    "testing for my sister's gene",
    """Hello,

My sister Niamh was seen by your office in September and tested positive for Lynch syndrome (an MLH1 variant). She gave me the family letter. I'm 41 and I'd like to get tested for the same variant. My doctor said I should go through genetic counseling first.

Do I need a referral? My insurance is Prairieline. Also, if I test positive, does that go on my record where a life insurance company could see it? I'm in the middle of applying.

Thanks,
Beatrix Dunleavy""")

res("huntington-predictive-first-person",
    "genetic: first-person decision to proceed with Huntington disease predictive testing",
    ("Leopold Achterberg", "leo.achterberg@mailbox.example.net"),
    ("Neurogenetics Clinic", "neurogen@" + CHH),
    "going ahead with the test",
    """Hi Rosalind,

After our second session and talking it over with my wife, I've decided to go ahead with the predictive test for Huntington's. My dad was diagnosed at 52 and I'm 34 now. I'd like the results in person, not by phone, and I'd like my wife there.

Can we book the blood draw and the results visit? I'd prefer the results before January if possible.

Leo""")

res("chinese-gb2312-thalassemia-carrier",
    "genetic, Chinese GB2312: prenatal centre tells a named patient her alpha-thalassemia carrier result and partner testing",
    ("产前诊断中心", "prenatal@lakeside-obgyn.example.com", "gb2312"),
    ("李晓燕", "xiaoyan.li@inbox.example.com", "gb2312"),
    "地中海贫血基因检测结果",
    T("""李晓燕 女士：

您好！您的地中海贫血基因检测结果显示：α-地中海贫血携带者（--SEA/αα 缺失）。

建议您的丈夫尽快进行地中海贫血基因检测，以评估胎儿的风险。如双方均为同型携带者，可考虑产前诊断。遗传咨询门诊预约电话：555-0137。

产前诊断中心""", cs="gb2312"),
    subj_cs="gb2312")

res("pharmacogenomic-cyp2c19-result",
    "genetic: pharmacogenomic CYP2C19 poor-metabolizer result for a named patient changes clopidogrel therapy",
    ("Kestrel Labs Genomics", "pgx@kestrel-labs.example.com"),
    ("Cedar Hollow Cardiology", "cardiology@" + CHH),
    "PGx result - Abernathy, Bartholomew",
    """Pharmacogenomic result

Patient: Bartholomew Abernathy   DOB 06/30/1958   Lab ID KL-PGX-26-1188
Gene: CYP2C19   Genotype: *2/*2   Phenotype: poor metabolizer

Interpretation: reduced activation of clopidogrel; increased risk of stent thrombosis. CPIC recommends an alternative antiplatelet (prasugrel or ticagrelor) if no contraindication.

Germline genetic result. Share with the patient and relevant clinicians only.""")

res("korean-euckr-brca1-counselling",
    "genetic, Korean EUC-KR: genetic clinic tells a named patient about her BRCA1 result and counselling visit",
    ("유전상담클리닉", "genetics@hanbit-clinic.example.kr.test", "euc-kr"),
    ("박지영", "jiyoung.park@example.net", "euc-kr"),
    "유전자 검사 결과 상담 예약",
    T("""박지영 님,

지난달 시행한 유전성 유방암·난소암 유전자 검사에서 BRCA1 유전자의 병적 변이가 확인되었습니다.

결과 설명과 향후 검진 계획을 위해 유전상담 예약을 11월 20일 오후 3시로 잡아 두었습니다. 가족 검사에 대해서도 함께 안내해 드리겠습니다.

문의: 555-0124
한빛의원 유전상담클리닉""", cs="euc-kr"),
    subj_cs="euc-kr")

# --- reproductive health (11)

res("abortion-aftercare-followup",
    "reproductive: clinic follows up with a named patient after an aspiration abortion procedure",
    ("Wren Street Women's Health", "nurse@wrenstreet-wh.example.org"),
    ("Leila Haddad", "leila.haddad@inbox.example.com"),
    "Checking in after your visit",
    """Hi Leila,

This is Corinne, a nurse at Wren Street. We're checking in two days after your procedure (in-clinic aspiration abortion on Monday). Some cramping and bleeding like a period is normal for up to two weeks.

Please call our 24-hour line at 555-0139 if you soak more than 2 pads an hour for 2 hours, have a fever over 100.4, or severe pain. Your follow-up is optional; you can also just do a urine pregnancy test in 4 weeks. Your Nexplanon was placed the same day, so you're protected against pregnancy now.

Take care,
Corinne, RN""")

res("mifepristone-telehealth-shipment",
    "reproductive: shipping notice naming mifepristone and misoprostol to a named patient; category implied by drug names",
    ("Fernway Telehealth Pharmacy", "orders@fernway-rx.example.com"),
    ("Aaliyah Pruitt", "aaliyah.pruitt@mailbox.example.net"),
    "Your order is on the way",
    """Hi Aaliyah,

Your order #FW-220871 shipped today in plain packaging and should arrive within 2 business days.

Contents: mifepristone 200 mg x1, misoprostol 200 mcg x4, ibuprofen 800 mg x10, ondansetron 4 mg x4.

Please read the instruction sheet before you begin, and keep your clinician's after-hours number (555-0141) handy. Your follow-up check-in is scheduled for 7 days after you take the first pill.

Fernway Telehealth Pharmacy""")

res("ivf-trigger-retrieval-schedule",
    "reproductive (IVF): fertility clinic gives a named patient trigger-shot timing and egg retrieval schedule",
    ("Bellweather Fertility - IVF Nurses", "ivf-nurses@bellweather-fertility.example.com"),
    ("Yusuf and Delphine Oyelaran", "doyelaran@example.net"),
    "Trigger tonight - retrieval Thursday",
    """Hi Delphine,

Your scan and estradiol (2,840 pg/mL) look great, with 14 follicles over 14 mm. Tonight is trigger night:

- 9:30 PM exactly: Ovidrel 250 mcg + Lupron 40 units
- Stop Gonal-F and Menopur, no more injections after the trigger
- Retrieval Thursday 11/12 arrival 8:00 AM, nothing to eat or drink after midnight
- Yusuf: semen sample due 8:30 AM Thursday at the andrology lab

Call the IVF line 555-0142 with any questions.

Bellweather Fertility IVF nursing""")

res("egg-freezing-invoice-patient",
    "reproductive (egg freezing): invoice to a named patient for oocyte cryopreservation cycle and storage",
    ("Bellweather Fertility Billing", "billing@bellweather-fertility.example.com"),
    ("Zofia Lindqvist", "zofia.lindqvist@inbox.example.com"),
    "Invoice INV-26-4471",
    MIX(T("Dear Zofia, please find your invoice attached. Payment plans are available."),
        A(pdf(["Bellweather Fertility - INVOICE INV-26-4471", "",
               "Patient: Zofia Lindqvist    Patient ID: BWF-118204",
               "Oocyte cryopreservation cycle (monitoring, retrieval, vitrification)  $9,800.00",
               "Anesthesia                                                              $650.00",
               "Oocyte storage, year 1 (12 oocytes vitrified 10/29/2026)                 $600.00",
               "Deposit received                                                     -$5,000.00",
               "Balance due                                                            $6,050.00"],
              title="Invoice"), "application/pdf", "INV-26-4471.pdf")))

res("iud-insertion-appointment-family-planning",
    "reproductive (contraception): 'Family Planning Clinic' confirms a named patient's IUD insertion visit",
    ("Family Planning Clinic", "familyplanning@" + CHH),
    ("Ximena Juarez", "ximena.juarez@example.net"),
    "Your appointment on Nov 19",
    """Hi Ximena,

You're scheduled for your IUD insertion (levonorgestrel 52 mg) with Dr. Achterberg on Thursday, November 19 at 3:40 PM. You can take 800 mg of ibuprofen an hour before. If there's any chance you could be pregnant, use condoms until the visit.

Family Planning Clinic, 555-0143""")

res("sti-results-chlamydia-treatment",
    "reproductive (STI result): clinic tells a named patient her chlamydia test is positive and treatment is sent",
    ("Wren Street Women's Health - Results", "results@wrenstreet-wh.example.org"),
    ("Gwendolyn Esposito", "gwen.esposito@mailbox.example.net"),
    "Your test results",
    """Hi Gwendolyn,

Your urine test from 11/4 was positive for chlamydia and negative for gonorrhea and trichomonas. Your HIV and syphilis blood tests were negative.

We sent doxycycline 100 mg twice a day for 7 days to your pharmacy. Please avoid sex until you and any partners from the last 60 days have finished treatment. We can provide treatment for your partner without a visit; reply with their name and date of birth. Retest in 3 months.

Wren Street Women's Health""")

res("sti-first-person-gonorrhea-partner",
    "reproductive (STI): first-person message about a positive gonorrhea test and partner notification",
    ("Jonah", "jonah.v.pruitt@inbox.example.com"),
    ("Juniper Clinic Sexual Health", "sexualhealth@juniper-clinic.example.org"),
    "positive test question",
    """Hey, I got the message that my throat swab was positive for gonorrhea. I got the shot today at the walk in. Do I need to tell everyone from the last 2 months? There's 3 people and I only have a phone number for 2. Is there a way the clinic can tell them without using my name?

Also do I need to come back to get tested again?

Jonah P.""")

res("spanish-latin1-birth-control-refill",
    "reproductive (contraception), Spanish ISO-8859-1: patient asks to refill her birth-control pills",
    ("Karla Méndez", "karla.mendez@mailbox.example.net", "iso-8859-1"),
    ("Clínica Marisol - Planificación Familiar", "planificacion@marisol-cc.example.org", "iso-8859-1"),
    "Receta de pastillas anticonceptivas",
    T("""Hola,

Me llamo Karla Méndez, nací el 21/06/2002. Se me terminan las pastillas anticonceptivas (norgestimato/etinilestradiol) el sábado y la receta ya no tiene repeticiones.

¿Me la pueden renovar por un año sin cita? Mi última revisión con la enfermera fue en marzo. Si necesito cita, mejor por la tarde.

Gracias,
Karla""", cs="iso-8859-1"),
    subj_cs="iso-8859-1", subj_q=True)

res("arabic-cp1256-ivf-cycle",
    "reproductive (IVF), Arabic windows-1256: fertility clinic tells a named couple about embryo transfer timing",
    ("عيادة بيلويذر للخصوبة", "arabic@bellweather-fertility.example.com", "windows-1256"),
    ("سمير ونور الخطيب", "noor.alkhatib@example.net", "windows-1256"),
    "موعد نقل الأجنة",
    T("""السيدة نور الخطيب،

يسعدنا إبلاغك بأن لديكم ثلاثة أجنة في اليوم الخامس بجودة جيدة من دورة أطفال الأنابيب. تم تحديد موعد نقل جنين واحد يوم الأحد 15 نوفمبر الساعة 10 صباحاً، وسيتم تجميد الجنينين الآخرين.

يرجى الاستمرار في تحاميل البروجesterون مرتين يومياً، والحضور بمثانة ممتلئة.

للاستفسار: 555-0142
عيادة بيلويذر للخصوبة""".replace("البروجesterون", "البروجسترون"), cs="windows-1256"),
    subj_cs="windows-1256")

res("miscarriage-misoprostol-aspiration",
    "borderline: early pregnancy loss managed by uterine aspiration and misoprostol; README lists termination, not miscarriage, but the procedure and drug are the same, so restricted",
    ("Lakeside OB/GYN", "nurse@lakeside-obgyn.example.com"),
    ("Amira Delacroix", "amira.delacroix@inbox.example.com"),
    "After your visit today",
    """Dear Amira,

We are so sorry for your loss. As Dr. Achterberg explained, the ultrasound showed the pregnancy stopped developing at about 8 weeks. You chose to start with misoprostol at home; take the 4 tablets tonight as instructed.

If the pregnancy tissue doesn't pass within a week, we'll schedule a uterine aspiration in the office. Your blood type is Rh negative, so you received RhoGAM today.

Call 555-0150 any time for heavy bleeding, fever or severe pain.

Lakeside OB/GYN""")

res("depo-provera-injection-due",
    "reproductive (contraception): reminder to a named patient that her Depo-Provera injection is due; implied by drug name",
    ("Eastside Primary Care Reminders", "reminders@eastside-primary.example.com"),
    ("Consuelo Ibarra", "consuelo.ibarra@example.net"),
    "Reminder: your shot is due",
    """Hi Consuelo,

Your next Depo-Provera injection is due between 11/23 and 12/07 (13 weeks from your last one on 8/24). Book a nurse visit at 555-0121 or online. If you're more than 15 weeks out, you'll need a pregnancy test first.

Eastside Primary Care""")

# ================================================================ none (70: 65 traps, 5 plain)

none("trap-newsletter-diabetes-awareness-month",
     "list newsletter on diabetes education naming drugs and A1c targets; no individual",
     ("Riverbend Family Medicine News", "news@rbfm.example.org"),
     ("Riverbend Patients", "patients-list@rbfm.example.org"),
     "November is Diabetes Awareness Month",
     ALT("""November is Diabetes Awareness Month

About 1 in 10 adults has diabetes, and 1 in 3 has prediabetes - most don't know it. Ask about an A1c test at your next visit. For most adults with diabetes, an A1c below 7% is a reasonable target.

Newer medicines such as GLP-1 agonists (semaglutide, dulaglutide) and SGLT2 inhibitors (empagliflozin) can protect the heart and kidneys. Metformin remains the usual first choice.

Free class: "Eating well with diabetes", Thursdays in November, 6 PM, Community Room B. No registration needed.

Unsubscribe: https://news.rbfm.example.org/u""",
         """<html><body><h2>November is Diabetes Awareness Month</h2>
<p>About 1 in 10 adults has diabetes, and 1 in 3 has prediabetes - most don't know it. Ask about an <b>A1c test</b> at your next visit. For most adults with diabetes, an A1c below 7% is a reasonable target.</p>
<p>Newer medicines such as GLP-1 agonists (semaglutide, dulaglutide) and SGLT2 inhibitors (empagliflozin) can protect the heart and kidneys. Metformin remains the usual first choice.</p>
<p>Free class: <i>Eating well with diabetes</i>, Thursdays in November, 6 PM, Community Room B.</p>
<p><a href="https://news.rbfm.example.org/u">Unsubscribe</a></p></body></html>"""))

none("trap-prep-patient-education-list",
     "general PrEP education sent to a mailing list; names drugs, no individual",
     ("Juniper Clinic Community", "community@juniper-clinic.example.org"),
     ("Juniper Community List", "community-list@juniper-clinic.example.org"),
     "PrEP: what you need to know",
     """PrEP (pre-exposure prophylaxis) is a medicine that lowers the chance of getting HIV from sex by about 99% when taken as prescribed.

Options include daily pills (emtricitabine/tenofovir, sold as Truvada, Descovy or generics) and an injection every two months (cabotegravir). PrEP visits include an HIV test, kidney tests and STI screening every 3 months.

Most insurance plans cover PrEP with no copay. If you don't have insurance, ask about assistance programs.

Walk-in PrEP hours: Tuesdays 4-7 PM. Questions? Call 555-0126.

You are receiving this because you subscribed to Juniper Clinic community updates.""")

none("trap-measles-advisory-aggregate",
     "public-health advisory with aggregate case counts and exposure sites; no individual",
     ("Oak County Public Health", "alerts@oakcounty-health.example.gov.test"),
     ("Healthcare Providers", "providers-alert@oakcounty-health.example.gov.test"),
     "HEALTH ADVISORY: Measles cases - Oak County",
     """HEALTH ADVISORY - 11/06/2026

Oak County Public Health has confirmed 7 cases of measles since October 20 (ages 1-34; 6 unvaccinated). Possible public exposure sites include Westgate Mall food court (10/31, 2-6 PM) and the Millbrook Library (11/02, 10 AM-1 PM).

Recommendations for clinicians:
- Consider measles in patients with fever and rash, especially after travel or exposure.
- Mask and isolate suspected cases immediately; do not use the waiting room.
- Report suspected cases by phone at 555-0100 before lab confirmation.
- Collect a nasopharyngeal swab for measles PCR and serum IgM.
- Verify MMR status of staff.

Oak County Public Health, Communicable Disease Unit""")

none("trap-wellness-step-challenge-promo",
     "employee wellness programme promotion with biometric screening incentives; no individual",
     ("ThriveWell at Cedar Hollow", "thrivewell@" + CHH),
     ("All Staff", "allstaff@" + CHH),
     "Join the Winter Step Challenge + earn $150",
     """Get moving this winter!

The ThriveWell Winter Step Challenge starts December 1. Form a team of 4-6, sync your tracker, and aim for 7,000 steps a day. Top teams win extra PTO hours.

Don't forget: complete your biometric screening (blood pressure, cholesterol, glucose, BMI) by 12/15 to earn a $150 premium credit. Screenings are confidential and results go only to you, not your manager.

Sign up at thrivewell.cedarhollow.example.org""")

_staff = [["employee_id", "last_name", "first_name", "birth_date", "hire_date", "department", "extension"]]
for i, (f, l, dob, mrn) in enumerate(people(28, 5)):
    _staff.append(["E%05d" % (30100 + i * 7), l, f, dob, "20%02d-%02d-15" % (8 + i % 17, 1 + i % 12),
                   ["Patient Access", "Facilities", "Pharmacy", "IT", "Nursing Admin", "Dietary"][i % 6],
                   "0%03d" % (100 + i)])
none("trap-staff-roster-birthdates-csv",
     "staff roster CSV with birth dates and employee IDs for a birthday-card rota; no health content",
     ("Sunshine Committee", "sunshine@" + CHH),
     ("Department Leads", "leads@" + CHH),
     "birthday list for the card rota",
     MIX(T("Here's the updated list for the birthday card rota. Please don't forward outside the committee, some people asked that their birth year stays private.\n\nMaeve"),
         A(csvdata(_staff), "text/csv", "staff_birthdays_2027.csv", cs="utf-8")))

none("trap-oncall-schedule-html",
     "physician on-call schedule in an HTML table with names and pager numbers; no patient",
     ("Medical Staff Office", "medstaff@" + CHH),
     ("Hospitalists", "hospitalists@" + CHH),
     "December on-call schedule",
     ALT("December call schedule attached in HTML. Swaps go through the medical staff office.",
         """<html><body><table border="1">
<tr><th>Date</th><th>Cardiology</th><th>GI</th><th>Psychiatry</th><th>Ortho</th></tr>
<tr><td>12/01</td><td>Nakashima 555-0170</td><td>Ekwueme 555-0171</td><td>Moore 555-0172</td><td>Pettigrew 555-0173</td></tr>
<tr><td>12/02</td><td>Baptiste 555-0174</td><td>Ekwueme 555-0171</td><td>Fenwick 555-0175</td><td>Holloway 555-0176</td></tr>
<tr><td>12/03</td><td>Nakashima 555-0170</td><td>Lindqvist 555-0178</td><td>Moore 555-0172</td><td>Pettigrew 555-0173</td></tr>
</table></body></html>"""))

none("trap-open-enrollment-benefits-hr",
     "HR open-enrollment mail mentioning EAP counselling, fertility benefits and deductibles; no individual",
     ("Cedar Hollow Benefits", "benefits@" + CHH),
     ("All Benefits-Eligible Staff", "allstaff@" + CHH),
     "Open enrollment ends Nov 20 - what's new for 2027",
     """Open enrollment for 2027 benefits runs November 2-20.

What's new:
- Medical: the PPO deductible rises to $1,000 individual / $2,000 family. The HDHP with HSA stays at $1,650 and Cedar Hollow contributes $750.
- Fertility: new benefit covering up to $15,000 lifetime for IVF, egg freezing and fertility medications.
- Mental health: the Employee Assistance Program now includes 8 free counseling sessions per issue, plus 24/7 crisis support.
- Vision: frames allowance increases to $175.

You must actively elect an FSA each year. Log in to the benefits portal with your employee ID. Benefits fairs: Nov 5 and Nov 12, cafeteria, 11-2.

Questions: benefits@cedarhollow.example.org or ext. 0188""")

none("trap-credentialing-npi-dea-physician",
     "medical staff credentialing file request listing a physician's valid-looking NPI, DEA and licence; no patient or health content",
     ("Credentialing Verification Office", "cvo@" + CHH),
     ("Dr. Alicia Moore", "a.moore@pinecrest-bh.example.org"),
     "Reappointment: documents needed by 12/1",
     """Dr. Moore,

Your medical staff reappointment (Psychiatry) is due 01/01/2027. We have verified:

  NPI: %s
  DEA: %s (exp. 06/30/2028)
  State license: MD.0093318 (exp. 03/31/2028)
  Board certification: ABPN, Psychiatry

Still needed: current malpractice face sheet, 2 peer references, and signed privilege delineation. Please upload by 12/1 to avoid a lapse in privileges.

Credentialing Verification Office, ext. 0190""" % (NPI_MOORE, DEA_MOORE))

none("trap-drug-recall-lot-numbers",
     "manufacturer drug recall notice with lot numbers and NDC; no individual",
     ("Halvard Pharmaceuticals Quality", "recalls@halvard-pharma.example.com"),
     ("Pharmacy Buyers", "buyers-list@halvard-pharma.example.com"),
     "URGENT: Voluntary recall - losartan potassium 50 mg, select lots",
     """URGENT DRUG RECALL - PHARMACY LEVEL

Product: Losartan Potassium Tablets USP, 50 mg, bottles of 90
NDC: 70000-0412-09
Lots: LS26A114, LS26A117, LS26B003 (exp. 08/2028)
Reason: N-nitroso impurity above the acceptable intake limit.

Stop dispensing and quarantine affected lots. Return via the enclosed reverse-distribution instructions. Patients should not stop taking their medication without talking to a pharmacist or physician, as the risk of stopping may be higher than the risk of the impurity.

Halvard Pharmaceuticals Quality Assurance, 1-800-555-0108""")

none("trap-insulin-pump-field-safety-notice",
     "device field safety notice with serial number ranges; addressed to clinics, no patient",
     ("Corvane Medical Devices", "fsn@corvane-med.example.com"),
     ("Diabetes Clinics", "endo-clinics@corvane-med.example.com"),
     "Field Safety Notice FSN-2026-07: insulin pump battery cap",
     """FIELD SAFETY NOTICE FSN-2026-07

Device: Corvane Flow insulin pump, model CF-200, serial numbers CF2-204400 through CF2-219999.
Issue: the battery cap may crack after a drop, which can cause the pump to restart and lose the basal program.

Actions for clinics: identify patients using affected pumps, remind them to check the cap weekly, and order free replacement caps at corvane-med.example.com/caps. No pump return is needed.

We have received 41 reports worldwide; no serious injuries have been confirmed.

Corvane Medical Devices Regulatory Affairs""")

none("trap-coding-tips-sud-hiv-codes",
     "coding education newsletter with ICD-10 codes (F11.20, Z21, B20) and an unnamed fictional vignette",
     ("HIM Coding Education", "coding-ed@" + CHH),
     ("Coders", "coders@" + CHH),
     "Coding Corner #44: SUD remission and HIV status codes",
     """Coding Corner #44

1. Opioid use disorder in remission: code F11.21 only when the provider documents "in remission". "On maintenance therapy" alone is F11.20 with Z79.891 for long-term opioid agonist use.

2. HIV: Z21 is asymptomatic HIV infection status. Once a patient has had an HIV-related condition, assign B20 for every subsequent encounter, even if the viral load is now undetectable. Never code from lab results alone.

Practice case (fictional): A 45-year-old is seen for a routine visit. The note says "HIV, on ART, no history of opportunistic infection." Answer: Z21 plus Z79.899.

Quiz answers next week.""")

none("trap-ehr-training-fictional-patients",
     "borderline: EHR training-environment notice with fictional ZZTEST patients and diagnoses, clearly marked as training data; README: test data with no patient is none",
     ("EHR Training Team", "ehr-training@" + CHH),
     ("New Hire Nurses", "newhire-rn@" + CHH),
     "Training environment logins + practice patients",
     MIX(T("""Welcome to EHR training!

Log in to the TRAINING environment (TRN), never production. Your practice patients are below. They are fictional and reset every night at 2 AM.

  ZZTEST, ALPHA     MRN TRN000101   "pneumonia, on IV ceftriaxone"
  ZZTEST, BRAVO     MRN TRN000102   "CHF exacerbation"
  ZZTEST, CHARLIE   MRN TRN000103   "post-op day 1 hip replacement"

Practice: document a med pass for ALPHA and an admission assessment for BRAVO. A sample HL7 feed from the training interface is attached for the interfaces module.

EHR Training Team"""),
         A(hl7("MSH|^~\\&|TRN_ADT|TRAINING|TRN_LAB|TRAINING|20261101080000||ADT^A04^ADT_A01|TRN0001|T|2.5.1",
               "PID|1||TRN000101^^^TRN^MR||ZZTEST^ALPHA||19000101|U",
               "PV1|1|O|TRN^001^01"), "application/hl7-v2", "training_feed_sample.hl7")))

none("trap-job-ad-behavioral-health-rn",
     "job posting for behavioral health and detox nurses; no individual",
     ("Pinecrest Behavioral Health Careers", "careers@pinecrest-bh.example.org"),
     ("Nursing Job Alerts", "rn-jobs@jobs.example.net"),
     "Now hiring: RN - Adult Inpatient Psychiatry & Detox ($10k sign-on)",
     """Pinecrest Behavioral Health is hiring Registered Nurses for our 24-bed adult inpatient psychiatric unit and our 12-bed medically monitored withdrawal management (detox) unit.

You will: admit and assess patients in acute psychiatric crisis, administer medications including long-acting injectables and buprenorphine inductions, lead de-escalation, and work with psychiatrists, therapists and peer specialists.

Requirements: active RN license, BLS, 1 year acute care (psych preferred). CPI training provided.

Pay: $44-$58/hr plus differentials. $10,000 sign-on bonus for night shift.

Apply: careers.pinecrest-bh.example.org/rn-ip""")

none("trap-conference-agenda-hiv-addiction",
     "conference agenda on HIV and addiction medicine with session titles; no individual",
     ("Midwest HIV & Addiction Symposium", "info@mhas-conf.example.org"),
     ("Registrants", "registrants@mhas-conf.example.org"),
     "Final agenda - Midwest HIV & Addiction Symposium, Dec 3-4",
     """FINAL AGENDA

Thursday, December 3
 8:00  Registration and breakfast
 8:30  Keynote: Ending the HIV epidemic in rural counties
10:00  Long-acting injectable PrEP: implementation lessons
11:15  Buprenorphine in the emergency department: same-day starts
13:30  Panel: Methadone take-home flexibilities five years later
15:00  Workshop: Contingency management for stimulant use disorder

Friday, December 4
 8:30  Rapid ART initiation after a new HIV diagnosis
10:00  42 CFR Part 2 after the 2024 rule: what changed for sharing records
11:30  Case-based discussion: hepatitis C treatment in people who inject drugs

CME: up to 11.5 credits. Venue: Lakeshore Convention Center, Hall C.""")

none("trap-hospice-foundation-donation-ask",
     "year-end donation appeal from a hospice foundation with service counts; no individual",
     ("Stillwater Hospice Foundation", "giving@stillwater-hospice.example.org"),
     ("Friends of Stillwater", "friends@stillwater-hospice.example.org"),
     "Your gift this season keeps the lights on at Willow House",
     """Dear Friend,

Every year, Stillwater Hospice cares for more than 900 families in Oak and Pine counties, regardless of their ability to pay. Our Willow House residence, bereavement groups and children's grief camp are funded entirely by donors like you.

This season, a gift of $50 provides a night of respite for a family caregiver. $250 sends a grieving child to Camp Evergreen.

Give online at stillwater-hospice.example.org/give or return the enclosed envelope. Thank you for being part of our community.

With gratitude,
Miriam Fenwick, Foundation Director""")

none("trap-reminder-template-merge-fields",
     "appointment-reminder template with unfilled merge fields; no individual",
     ("Patient Communications", "pc-templates@" + CHH),
     ("Marketing Review", "marketing@" + CHH),
     "Please review: reminder template v3 (cardiology)",
     """Hi all, new reminder text below. Merge fields in double braces. Please approve by Friday.

---
Subject: Reminder: your appointment on {{appt_date}}

Hi {{patient_first_name}},

This is a reminder of your {{visit_type}} appointment with {{provider_name}} on {{appt_date}} at {{appt_time}}, {{location_name}}.

Please arrive 15 minutes early and bring your insurance card and a list of your medications. Reply C to confirm or call {{clinic_phone}} to reschedule.
---

Character count with average field lengths: 298.

Priscilla""")

none("trap-research-summary-buprenorphine-aggregate",
     "research summary with aggregate counts on buprenorphine retention; no individual",
     ("Cedar Hollow Research Office", "research-news@" + CHH),
     ("Research Staff", "research-staff@" + CHH),
     "Study brief: ED-initiated buprenorphine retention at 30 days",
     """STUDY BRIEF

Among 412 adults with opioid use disorder who started buprenorphine in our emergency departments between January 2024 and June 2025, 61% (251) were engaged in treatment at 30 days, compared with 34% of a matched historical cohort referred without medication (n=398). Retention was lower among participants experiencing homelessness (44%).

Adverse events were rare (precipitated withdrawal in 2.2%).

The manuscript is under review. Data are de-identified and reported in aggregate only; IRB #2023-118.""")

none("trap-vendor-invoice-exam-gloves",
     "vendor-to-hospital invoice with account and PO numbers for medical supplies; no patient",
     ("Lumen Medical Supply AR", "ar@lumen-dme.example.com"),
     ("Cedar Hollow Accounts Payable", "ap@" + CHH),
     "Invoice 884120 - PO 4500221873",
     MIX(T("Please find invoice 884120 attached. Net 30. Remit to the account on the invoice."),
         A(pdf(["Lumen Medical Supply - INVOICE 884120", "Customer account: 100-44872   PO: 4500221873",
                "Ship to: Cedar Hollow Central Supply, Dock 3", "",
                "NX-200M Nitrile exam gloves, medium, case/1000   40   $58.20   $2,328.00",
                "SY-10L Luer-lock syringe 10 mL, box/100          25   $14.10   $352.50",
                "AP-14 Alcohol prep pads, box/200                  60    $3.95   $237.00",
                "Total due: $2,917.50", "Remit: ACH routing 000000000 account ending 4471"],
               title="Invoice 884120"), "application/pdf", "invoice_884120.pdf")))

none("trap-pharmacy-flu-shot-promo",
     "retail pharmacy promotion for flu and COVID shots and a vitamin sale; no individual",
     ("Ashby Pharmacy Deals", "deals@ashby-rx.example.com"),
     ("", "subscriber@inbox.example.com"),
     "Flu shots are here + 30% off vitamins",
     ALT("""Flu shots are here!

Walk in or schedule online - most insurance covers flu, COVID and shingles vaccines at $0. Get a $5 coupon with every vaccine.

This week only: 30% off vitamins and supplements, buy one get one 50% off cold and allergy relief.

Ashby Pharmacy. Unsubscribe any time.""",
         """<html><body><h1>Flu shots are here!</h1>
<p>Walk in or schedule online - most insurance covers flu, COVID and shingles vaccines at $0. Get a <b>$5 coupon</b> with every vaccine.</p>
<p>This week only: 30% off vitamins and supplements.</p></body></html>"""))

none("trap-vet-reminder-dog-vaccines",
     "veterinary reminder for a named owner's dog (pet care is not health care of a person)",
     ("Hillside Animal Hospital", "reminders@hillside-vet.example.com"),
     ("Nora Castellanos", "nora.castellanos@example.net"),
     "Biscuit is due for vaccines",
     """Hi Nora,

Biscuit (canine, 6 yrs) is due for the following:

  Rabies (3-year)   due 11/20/2026
  DHPP booster      due 11/20/2026
  Heartworm test    due 12/01/2026

Book online or call 555-0162. Don't forget his flea and tick preventive is also due for a refill.

Hillside Animal Hospital""")

none("trap-vet-cat-kidney-bloodwork",
     "veterinary lab results for a named owner's cat (creatinine, kidney disease diet); not human health care",
     ("Dr. Pham, Hillside Animal Hospital", "drpham@hillside-vet.example.com"),
     ("Gregory Ellison", "g.ellison@mailbox.example.net"),
     "Mochi's bloodwork",
     """Hi Gregory,

Mochi's bloodwork is back. Her creatinine is 2.4 mg/dL and SDMA 19, which puts her in early (IRIS stage 2) chronic kidney disease. That's common in 14-year-old cats. I'd like to start a renal diet and recheck in 3 months with a urine test and blood pressure.

Her thyroid (T4) is normal. Call 555-0162 if you'd like to talk through options.

Dr. Linh Pham, DVM""")

none("trap-sons-soccer-schedule",
     "first-person parent mail about her son's soccer schedule and carpool; no health content",
     ("Jen Abernathy", "jen.abernathy@inbox.example.com"),
     [("U10 Parents", "u10-parents@millbrook-soccer.example.org")],
     "my son's games this weekend + carpool",
     """Hi everyone,

My son's team (the Comets) has two games this weekend: Saturday 9 AM at Riverside field 3 and Sunday 1 PM at the high school turf. Please have the kids there 30 minutes early, shin guards on.

I can drive 3 kids Saturday, my van leaves from the library lot at 8:15. Reply-all if you need a spot. Oranges are on the Dunleavys this week.

Jen (Tyler's mom)
555-0165""")

none("trap-be-patient-with-me-moving",
     "first-person personal mail: 'be patient with me' while moving; the word patient without health content",
     ("Marcus Lindqvist", "marcus.lindqvist@example.net"),
     ("Book club", "bookclub@lists.example.net"),
     "be patient with me this month",
     """Hi all,

Please be patient with me for the next few weeks - we're moving across town on the 14th and everything I own is in boxes, including the book. I'll still host in December if the new place has chairs by then!

New address after the 14th: 55 Alder Way, Millbrook. Same phone.

Marcus""")

none("trap-out-of-office-nurse-manager",
     "out-of-office reply from a nurse manager with clinical words and a phone number; no patient",
     ("Patrice Ekwueme, RN, Nurse Manager 5 South", "pekwueme@" + CHH),
     ("Staffing Office", "staffing@" + CHH),
     "Out of office: RE: December staffing grid",
     """I'm out of the office at the Magnet conference until Monday, November 16, with limited access to e-mail.

For staffing issues on 5 South, contact the charge nurse at 555-0167. For patient care concerns, page the house supervisor. For urgent matters, contact Dina Baptiste, Assistant Nurse Manager, at ext. 0168.

Patrice""",
     hdrs=[("Auto-Submitted", "auto-replied")])

none("trap-gym-newsletter-first-person",
     "gym newsletter in first person with general fitness and health tips; no individual's care",
     ("Coach Dani at Ironworks Gym", "dani@ironworks-gym.example.com"),
     ("Ironworks Members", "members@ironworks-gym.example.com"),
     "What I learned from my first marathon (and our December schedule)",
     """Hey team,

I finished my first marathon on Sunday! My knees were sore for two days, my calves for four, and I learned more about hydration than I ever wanted to. My big lesson: start strength training early and don't skip the taper.

A few general tips from our physio partner: lift 2-3 times a week, get 7-9 hours of sleep, and if something hurts for more than a week, get it looked at.

December schedule: mobility class moves to 6 PM Tuesdays, spin is cancelled 12/24-12/26. New "back to basics" class for beginners starts 12/2.

Dani""")

none("trap-fundraiser-run-cancer-charity",
     "borderline: first-person fundraiser for the cancer charity the sender's mother volunteers with; no diagnosis or care of anyone",
     ("Priya Holloway", "priya.holloway@inbox.example.com"),
     [("Friends", "friends@lists.example.net")],
     "I'm running the Turkey Trot for my mom's cancer charity!",
     """Hi friends,

I'm running the Millbrook Turkey Trot 10K on Thanksgiving morning to raise money for Brighter Days, the cancer support charity my mom has volunteered with for fifteen years. They drive patients to chemo appointments and run a free wig bank.

My goal is $1,000. Anything helps: millbrook-trot.example.org/priya

Thank you!!
Priya""")

none("trap-hl7-ack-only",
     "HL7 ACK (MSH + MSA) with a message control ID only; no patient",
     ("Interface Engine", "hl7-alerts@" + CHH),
     ("Interface Team", "interfaces@" + CHH),
     "ACK received for batch 20261105-03",
     MIX(T("Application ACK received. No errors."),
         A(hl7("MSH|^~\\&|KESTREL|KLAB|CHH_LAB|CEDARHOLLOW|20261105061530||ACK^R01^ACK|ACK88310|P|2.5.1",
               "MSA|AA|K88310|Message accepted"), "application/hl7-v2", "ack.hl7")))

none("trap-fhir-questionnaire-phq9-blank",
     "blank PHQ-9 FHIR Questionnaire definition (no QuestionnaireResponse, no patient)",
     ("Digital Forms Team", "forms-dev@pinecrest-bh.example.org"),
     ("EHR Build", "ehr-build@pinecrest-bh.example.org"),
     "PHQ-9 questionnaire resource for the intake app",
     MIX(T("Here's the Questionnaire resource for the new intake app. It's the form definition only; responses will be separate QuestionnaireResponse resources."),
         A(json.dumps({"resourceType": "Questionnaire", "id": "phq-9", "status": "active",
                       "title": "Patient Health Questionnaire-9", "code": [{"system": "http://loinc.org", "code": "44249-1"}],
                       "item": [{"linkId": str(i + 1), "type": "choice", "text": t,
                                 "answerValueSet": "http://loinc.org/vs/LL358-3"} for i, t in enumerate([
                                     "Little interest or pleasure in doing things",
                                     "Feeling down, depressed, or hopeless",
                                     "Trouble falling or staying asleep, or sleeping too much",
                                     "Feeling tired or having little energy",
                                     "Poor appetite or overeating",
                                     "Feeling bad about yourself",
                                     "Trouble concentrating on things",
                                     "Moving or speaking slowly, or being fidgety or restless",
                                     "Thoughts that you would be better off dead, or of hurting yourself"])]},
                      indent=1), "application/fhir+json", "Questionnaire-phq-9.json")))

none("trap-ics-hipaa-privacy-training",
     "iCalendar staff training invite on HIPAA and 42 CFR Part 2; no patient",
     ("Compliance Office", "compliance@" + CHH),
     ("Clinic Managers", "clinic-managers@" + CHH),
     "Invitation: Privacy training - sharing SUD and psychotherapy records",
     MIX(T("Mandatory for clinic managers. Bring questions about release-of-information requests."),
         A(ics("comp-trn-2026-12@cedarhollow.example.org", "20261208T180000Z", "20261208T193000Z",
               "Privacy training: HIPAA psychotherapy notes and 42 CFR Part 2",
               "Auditorium B", "Annual privacy training for clinic managers.",
               ("Compliance Office", "compliance@cedarhollow.example.org"),
               ("Clinic Managers", "clinic-managers@cedarhollow.example.org")),
           "text/calendar", "training.ics")))

none("trap-pdf-ivf-clinic-brochure",
     "fertility clinic marketing PDF with success rates and pricing; no individual",
     ("Bellweather Fertility", "hello@bellweather-fertility.example.com"),
     ("", "newsletter-reader@example.net"),
     "Thinking about egg freezing? Free info night Dec 9",
     MIX(T("Join us for a free information evening on egg freezing and IVF. Our brochure is attached."),
         A(pdf(["Bellweather Fertility", "", "Egg freezing and IVF: your options",
                "Live birth rate per transfer, age under 35: 52% (2025 clinic data)",
                "Egg freezing package from $8,900, storage $600/year",
                "Free info night: December 9, 6:30 PM"], flate=True, title="Brochure"),
           "application/pdf", "Bellweather_brochure_2027.pdf")))

none("trap-base64-html-telehealth-marketing",
     "base64-encoded HTML marketing for a telehealth therapy app; no individual",
     ("MindHarbor", "hello@mindharbor.example.com"),
     ("", "reader@mailbox.example.net"),
     "Therapy that fits your schedule - first month 50% off",
     H("""<html><body><h2>Feeling anxious or stuck?</h2>
<p>MindHarbor matches you with a licensed therapist in 48 hours. Video, phone or messaging. Many plans cover sessions for depression, anxiety and stress.</p>
<p><b>First month 50% off</b> with code WINTER50.</p>
<p>If you are in crisis, call or text 988.</p></body></html>""", cte="base64"))

none("trap-qp-mental-health-newsletter-soft-breaks",
     "QP newsletter on depression screening with soft breaks inside clinical words; no individual",
     ("Pinecrest Community Newsletter", "news@pinecrest-bh.example.org"),
     ("Community", "community@pinecrest-bh.example.org"),
     "Winter blues or something more?",
     T("""Winter blues or something more?

Shorter days can bring low energy and low mood. When sadness lasts more than two weeks and gets in the way of work, school or relationships, it may be depression, and it is treatable with therapy, medication, or both.

Free depression screening day: Saturday December 5, 10 AM - 2 PM, Pinecrest lobby. No appointment, no insurance needed.

Seasonal affective disorder often responds to light therapy. Talk to your primary care provider.

If you or someone you know is thinking about suicide, call or text 988.""",
       brk=["depre|ssion", "thera|py", "medi|cation"]))

none("trap-spanish-latin1-vaccine-campaign",
     "Spanish ISO-8859-1 public-health vaccination campaign announcement; no individual",
     ("Salud Pública del Condado Oak", "comunicados@oakcounty-health.example.gov.test", "iso-8859-1"),
     ("Lista comunitaria", "comunidad@oakcounty-health.example.gov.test"),
     "Campaña de vacunación contra la gripe - clínicas gratuitas",
     T("""Campaña de vacunación contra la gripe 2026

La vacuna contra la gripe es gratuita para todas las personas mayores de 6 meses, con o sin seguro médico. Este año también ofrecemos la vacuna contra el COVID-19 y la vacuna contra el VRS para mayores de 75 años.

Clínicas sin cita:
- Sábado 14 de noviembre, 9:00-13:00, Escuela Primaria Halvorsen
- Martes 17 de noviembre, 15:00-19:00, Iglesia San José

Más información: 555-0100.""", cs="iso-8859-1"),
     subj_cs="iso-8859-1")

none("trap-chinese-gbk-supplement-promo",
     "Chinese GBK health-supplement promotion mentioning blood pressure and blood sugar; no individual",
     ("康宁保健品商城", "promo@kangning-shop.example.com", "gbk"),
     ("", "customer@inbox.example.com"),
     "双十一特惠：鱼油、钙片全场八折",
     T("""亲爱的会员：

双十一特惠活动开始啦！深海鱼油、钙片、维生素D全场八折，满300元再减50元。

温馨提示：保健品不能代替药品。高血压、糖尿病患者请遵医嘱服药。

活动时间：11月9日至11月12日
退订请回复TD""", cs="gbk"),
     subj_cs="gbk")

none("trap-russian-koi8r-ehr-release-notes",
     "Russian KOI8-R release notes for EHR software mentioning patient-card and lab-result fields; no patient",
     ("МедСистема - поддержка", "support@medsistema.example.ru.test", "koi8-r"),
     ("Администраторы", "admins@medsistema.example.ru.test"),
     "Обновление МедСистема 4.12",
     T("""Версия 4.12 - изменения

- Карта пациента: добавлено поле "полис ОМС", исправлена сортировка по дате рождения.
- Лабораторные результаты: импорт HL7 ORU теперь поддерживает единицы ммоль/л.
- Рецепты: проверка взаимодействий лекарств обновлена.
- Исправлена ошибка печати направлений.

Обновление будет установлено в ночь на 15 ноября. Перерыв в работе - 30 минут.

Служба поддержки""", cs="koi8-r"),
     subj_cs="koi8-r")

none("trap-japanese-sjis-flu-newsletter",
     "Japanese Shift_JIS clinic newsletter on flu vaccination schedule; no individual",
     ("北村クリニック", "news@kitamura-clinic.example.jp.test", "shift_jis"),
     ("患者様各位", "newsletter@kitamura-clinic.example.jp.test"),
     "インフルエンザ予防接種のお知らせ",
     T("""北村クリニックからのお知らせ

今年度のインフルエンザ予防接種を11月1日より開始いたします。
接種料金：一般 3,500円、65歳以上 1,500円（市の助成あり）
予約はお電話（03-555-0142）またはウェブで受け付けております。

手洗い・うがいを心がけ、体調管理にご注意ください。""", cs="shift_jis"),
     subj_cs="shift_jis")

none("trap-korean-euckr-parking-notice",
     "Korean EUC-KR hospital notice about parking garage works; no individual",
     ("한빛병원 시설팀", "facilities@hanbit-clinic.example.kr.test", "euc-kr"),
     ("전 직원", "allstaff@hanbit-clinic.example.kr.test"),
     "주차장 공사 안내",
     T("""전 직원 여러분께,

11월 16일부터 12월 4일까지 지하 2층 주차장 방수 공사가 진행됩니다. 해당 기간 동안 직원 차량은 제2주차장을 이용해 주시기 바랍니다. 환자 및 보호자 주차 구역은 그대로 운영됩니다.

문의: 시설팀 내선 0142""", cs="euc-kr"),
     subj_cs="euc-kr")

none("trap-vietnamese-community-health-fair",
     "Vietnamese UTF-8 community health-fair announcement with free screenings; no individual",
     ("Hội Cộng đồng Việt Millbrook", "hoi@vietcommunity.example.org"),
     ("Thành viên", "members@vietcommunity.example.org"),
     "Ngày hội sức khỏe miễn phí – Chủ nhật 22/11",
     T("""Kính mời bà con tham dự Ngày hội sức khỏe miễn phí

Thời gian: Chủ nhật 22/11, 9 giờ sáng đến 1 giờ chiều
Địa điểm: Chùa Phước Huệ, 120 đường Oak

Chương trình: đo huyết áp, thử đường huyết, tư vấn bảo hiểm Medicare và Medicaid, tiêm ngừa cúm miễn phí. Có bác sĩ và phiên dịch nói tiếng Việt.

Liên lạc: 555-0127""", cte="base64"))

none("trap-arabic-ramadan-diabetes-education",
     "Arabic UTF-8 general education on fasting safely with diabetes; no individual",
     ("مركز ريفربند الصحي", "arabic-news@rbfm.example.org"),
     ("قائمة المجتمع", "community-ar@rbfm.example.org"),
     "نصائح للصيام الآمن لمرضى السكري",
     T("""نصائح عامة للصيام الآمن لمرضى السكري

- استشر طبيبك قبل الصيام بستة أسابيع لتعديل مواعيد الأدوية مثل الميتفورمين والإنسولين.
- افحص مستوى السكر في الدم عدة مرات يومياً، ولا يفسد ذلك الصيام.
- أفطر فوراً إذا انخفض السكر عن 70 ملغ/دل أو ارتفع فوق 300 ملغ/دل.
- تناول وجبة السحور متأخراً قدر الإمكان.

محاضرة مجانية: الخميس 3 ديسمبر الساعة 6 مساءً."""))

none("trap-french-conference-vih-prep",
     "French ISO-8859-1 conference announcement on HIV and PrEP; no individual",
     ("Journées Santé Sexuelle", "inscriptions@jss-conf.example.fr.test", "iso-8859-1"),
     ("Professionnels", "pros@jss-conf.example.fr.test"),
     "Programme des Journées VIH et PrEP - 10 et 11 décembre",
     T("""Programme

Jeudi 10 décembre
 9 h 00  Ouverture : où en est l'épidémie de VIH en 2026 ?
10 h 30  PrEP injectable : premiers retours d'expérience
14 h 00  Dépistage des IST en centre de santé sexuelle

Vendredi 11 décembre
 9 h 00  Traitements antirétroviraux à longue durée d'action
11 h 00  Table ronde : santé sexuelle des jeunes

Inscription gratuite pour les professionnels de santé.""", cs="iso-8859-1"),
     subj_cs="iso-8859-1")

none("trap-portuguese-cp1252-dengue-advisory",
     "Portuguese windows-1252 dengue advisory with aggregate case numbers; no individual",
     ("Vigilância em Saúde", "alertas@vigilancia-saude.example.org", "windows-1252"),
     ("Unidades de saúde", "unidades@vigilancia-saude.example.org"),
     "Alerta: aumento de casos de dengue – semana 44",
     T("""Alerta epidemiológico – semana 44

Foram notificados 1.284 casos prováveis de dengue no município (aumento de 38% em relação à semana anterior), com 3 óbitos em investigação. Bairros com maior incidência: Vila Nova, Jardim Esperança e Centro.

Orientações às unidades: classificar o risco de todo paciente com febre, evitar anti-inflamatórios, reforçar a hidratação oral e notificar em até 24 horas.

“Combater o mosquito é responsabilidade de todos.”""", cs="windows-1252"),
     subj_cs="windows-1252")

none("trap-tagalog-parish-health-fair",
     "Tagalog parish announcement of a free blood-pressure and blood-sugar check day; no individual",
     ("Parokya ni San Lorenzo", "parokya@sanlorenzo-parish.example.org"),
     ("Mga Parokyano", "parishioners@sanlorenzo-parish.example.org"),
     "Libreng check-up sa Linggo",
     """Magandang balita po!

Sa Linggo, Nobyembre 22, pagkatapos ng misa ng 10:00, magkakaroon ng libreng blood pressure at blood sugar check sa parish hall. May mga nurse na volunteer mula sa Filipino Nurses Association. Libre rin ang flu shot para sa mga senior.

Magdala po ng inyong listahan ng gamot kung gusto ninyong magtanong.

Salamat po at pagpalain kayo ng Diyos!""")

none("trap-haitian-creole-cholera-advisory",
     "Haitian Creole general cholera prevention advisory; no individual",
     ("Sante Piblik Konte Oak", "kreyol@oakcounty-health.example.gov.test"),
     ("Kominote", "kominote@oakcounty-health.example.gov.test"),
     "Konsèy pou evite kolera",
     """Konsèy pou evite kolera pandan vwayaj

- Bwè sèlman dlo ki bouyi oswa dlo trete.
- Lave men ou ak savon anvan ou manje ak apre ou sèvi twalèt.
- Manje manje ki byen kwit epi ki toujou cho.
- Si ou gen dyare ak vomisman, bwè sewòm oral epi ale nan klinik touswit.

Pou plis enfòmasyon, rele 555-0100.""")

none("trap-polish-iso8859-2-shift-schedule",
     "Polish ISO-8859-2 nurse shift schedule with staff names and dates; no patient",
     ("Oddziałowa - Chirurgia", "oddzialowa@szpital-miejski.example.pl.test", "iso-8859-2"),
     ("Pielęgniarki", "pielegniarki@szpital-miejski.example.pl.test"),
     "Grafik dyżurów - grudzień",
     T("""Dzień dobry,

Grafik dyżurów na grudzień:

01.12  dzień: Kowalczyk, Wójcik   noc: Zieliński
02.12  dzień: Nowak, Szymańska   noc: Kowalczyk
03.12  dzień: Wiśniewska, Dąbrowski   noc: Lewandowska

Zamiany proszę zgłaszać do 25 listopada. Wigilia i Sylwester - zgodnie z ustaleniami z zebrania.

Pozdrawiam,
Elżbieta""", cs="iso-8859-2"),
     subj_cs="iso-8859-2")

none("trap-somali-vaccine-clinic-flyer",
     "Somali general flyer about a free children's vaccine clinic; no individual",
     ("Caafimaadka Bulshada", "somali@oakcounty-health.example.gov.test"),
     ("Bulshada", "bulshada@oakcounty-health.example.gov.test"),
     "Rugta tallaalka carruurta ee bilaashka ah",
     """Tallaal bilaash ah oo loogu talagalay carruurta

Sabtida, Noofambar 21, 10:00 subaxnimo ilaa 2:00 galabnimo, Masjidka Al-Nuur.

Tallaalada: MMR (jadeecada), dabaysha, hargabka iyo tallaalada dugsiga. Caymis looma baahna. Waxaa jira turjubaan af-Soomaali ah.

Wixii macluumaad ah wac 555-0146.""")

none("trap-scrubs-order-shipping-tracking",
     "uniform order confirmation with order and tracking numbers; no health content",
     ("ScrubHub Orders", "orders@scrubhub.example.com"),
     ("Tamsin Oyelaran", "tamsin.oyelaran@example.net"),
     "Your order #SH-5519024 has shipped",
     """Hi Tamsin,

Good news, your order has shipped!

  2 x Women's V-neck scrub top, ceil blue, M
  2 x Jogger scrub pant, ceil blue, M tall
  1 x Compression socks, 3-pack

Carrier: UPS  Tracking: 1Z999AA10123456784
Estimated delivery: Tuesday 11/10

ScrubHub""")

none("trap-ehr-downtime-notice-mrn",
     "IT downtime notice mentioning MRN lookup, medication administration and lab results; no patient",
     ("IT Service Desk", "servicedesk@" + CHH),
     ("All Clinical Staff", "clinical-all@" + CHH),
     "PLANNED EHR DOWNTIME Sun 11/15 01:00-05:00",
     """Planned EHR downtime: Sunday, November 15, 01:00-05:00.

During downtime:
- Use downtime forms for orders, MAR and nursing documentation.
- MRN lookup and patient search will be unavailable; use the downtime census printed at 00:30.
- Lab results will print to the unit printers.
- Pharmacy will fill STAT orders from paper.

Back-entry must be completed within 24 hours. Questions: Service Desk ext. 0199.""")

none("trap-interface-config-pid3-mrn",
     "interface configuration JSON with field names like PID-3 and mrn; no patient data",
     ("Interface Team", "interfaces@" + CHH),
     ("Kestrel Labs Integration", "integration@kestrel-labs.example.com"),
     "Mapping config for the new ORU feed",
     MIX(T("Proposed mapping attached. Please confirm you populate PID-3 with our MRN and not your lab ID."),
         A(json.dumps({"feed": "kestrel_oru_v2", "version": "2.5.1",
                       "mapping": {"PID-3": "patient.mrn", "PID-5": "patient.name", "PID-7": "patient.dob",
                                   "OBX-3": "result.loinc", "OBX-5": "result.value", "OBX-8": "result.flag"},
                       "validation": {"mrn_pattern": "^M[0-9]{7}$", "require_dob": True},
                       "routing": {"critical_flags": ["HH", "LL"], "queue": "lab-critical"}}, indent=1),
           "application/json", "oru_mapping.json")))

none("trap-part-number-ssn-like",
     "parts list with SSN-like part numbers and a DOB-like date code; no health content",
     ("Facilities Parts Desk", "parts@" + CHH),
     ("Biomed Engineering", "biomed@" + CHH),
     "Parts for the bed repairs",
     """Ordered the following for the bed frame repairs on 4 North:

  410-52-8821  caster assembly, locking (qty 8)
  233-17-0456  side rail latch (qty 4)
  518-90-3372  hand pendant cable (qty 2)

Date code on the old casters reads 03/14/1987, which explains a lot. ETA Thursday.

Ravi, Parts Desk ext. 0147""")

none("trap-coworker-birthday-dob",
     "office mail about a coworker's birthday including her birth date; no health content",
     ("Dina Baptiste", "dbaptiste@" + CHH),
     ("5 South Day Shift", "5south-day@" + CHH),
     "Cake for Marguerite on Friday!",
     """Hi all,

Marguerite turns 60 on Friday (born 11/13/1966 - she said I could tell you!). Cake in the break room at 2:30. I'm collecting $5 for a gift card; find me or drop it in the envelope at the desk.

Shh, it's a surprise.

Dina""")

none("trap-oncology-billing-display-name-vendor",
     "'Oncology Billing' display name writing to a software vendor about a printer configuration; no patient",
     ("Oncology Billing", "onc-billing@" + CHH),
     ("Claimsoft Support", "support@claimsoft.example.com"),
     "Ticket 44102 - statements printing on wrong tray",
     """Hi,

Since your update on Tuesday our patient statements print to tray 1 (letterhead) instead of tray 2. Printer is ONC-BILL-PRN02, driver version 6.1. Can you send the config fix or remote in tomorrow morning?

Thanks,
Oncology Billing office, ext. 0131""")

none("trap-methadone-clinic-display-name-facilities",
     "'Methadone Clinic Front Desk' display name reporting a broken door to facilities; no individual",
     ("Methadone Clinic Front Desk", "otp-frontdesk@lantern-recovery.example.org"),
     ("Building Maintenance", "maintenance@lantern-recovery.example.org"),
     "side door not latching",
     """Hi,

The side door by the dosing window isn't latching again, and the waiting-room thermostat is stuck at 58. Can someone come before we open at 5:30 tomorrow?

Front desk, ext. 0112""")

none("trap-lab-qc-levels",
     "analyzer quality-control values for control levels with lot numbers; no patient",
     ("Core Lab QC", "lab-qc@" + CHH),
     ("Lab Supervisors", "lab-sup@" + CHH),
     "Chemistry QC review - Westgate analyzer",
     """Daily QC, Westgate chemistry analyzer, 11/07:

  Glucose   L1 98 mg/dL (target 95 +/- 6)   L2 302 (target 298 +/- 15)
  Potassium L1 3.1 mmol/L (3.0 +/- 0.2)      L2 6.2 (6.1 +/- 0.3)
  Creatinine L1 0.98 mg/dL                   L2 5.6   2-2s rule violation on L2

Control lot QC-2611A. Creatinine recalibrated at 10:40, repeat QC in range. Patient results held 09:55-10:40 were rerun.""")

_inv = [["ndc", "description", "on_hand", "par", "location", "schedule"],
        ["00000-0101-30", "buprenorphine/naloxone 8/2 mg film", "210", "240", "Vault A", "CIII"],
        ["00000-0202-30", "bictegravir/emtricitabine/TAF tab (Biktarvy)", "90", "120", "Shelf 14", ""],
        ["00000-0303-01", "medroxyprogesterone 150 mg/mL inj", "35", "40", "Fridge 2", ""],
        ["00000-0404-90", "sertraline 50 mg tab", "1800", "1500", "Shelf 3", ""],
        ["00000-0505-01", "naltrexone ER 380 mg inj kit", "6", "8", "Fridge 1", ""],
        ["00000-0606-10", "methadone 10 mg/mL oral concentrate", "4", "6", "Vault B", "CII"],
        ["00000-0707-30", "emtricitabine/tenofovir DF tab", "300", "300", "Shelf 14", ""]]
none("trap-csv-pharmacy-inventory-sensitive-drugs",
     "pharmacy inventory CSV listing buprenorphine, Biktarvy, Depo and methadone stock; no patient",
     ("Outpatient Pharmacy", "op-pharmacy@" + CHH),
     ("Pharmacy Purchasing", "rx-purchasing@" + CHH),
     "weekly par report",
     MIX(T("Par report attached. Vault B methadone is below par, please add to Thursday's order."),
         A(csvdata(_inv), "text/csv", "par_report_wk45.csv", cs="utf-8")))

none("trap-overdose-dashboard-aggregate",
     "county overdose dashboard summary with aggregate counts by quarter; no individual",
     ("Oak County Overdose Data Team", "od-data@oakcounty-health.example.gov.test"),
     ("Partners", "od-partners@oakcounty-health.example.gov.test"),
     "Q3 2026 overdose dashboard update",
     """Q3 2026 overdose dashboard (provisional)

Emergency department visits for suspected overdose: 214 (Q2: 251)
EMS naloxone administrations: 188
Overdose deaths (pending toxicology): 19, of which fentanyl involved in 15
Buprenorphine prescriptions filled in county pharmacies: 3,412

Counts under 5 are suppressed. Full dashboard: oakcounty-health.example.gov.test/od""")

none("trap-html-bed-capacity-aggregate",
     "HTML table of unit bed capacity including behavioural health and detox units, aggregate only",
     ("Patient Flow", "patientflow@" + CHH),
     ("Administrators on Call", "aoc@" + CHH),
     "07:00 capacity snapshot",
     H("""<html><body><p>07:00 capacity snapshot</p>
<table border="1"><tr><th>Unit</th><th>Staffed beds</th><th>Occupied</th><th>Pending admits</th></tr>
<tr><td>Med-Surg 3W</td><td>32</td><td>31</td><td>4</td></tr>
<tr><td>ICU</td><td>16</td><td>14</td><td>1</td></tr>
<tr><td>Behavioral Health 4W</td><td>24</td><td>24</td><td>3</td></tr>
<tr><td>Withdrawal Mgmt</td><td>12</td><td>9</td><td>0</td></tr>
<tr><td>L&amp;D</td><td>10</td><td>6</td><td>0</td></tr>
</table><p>ED boarding: 7. Diversion: no.</p></body></html>"""))

_nl = inner(("Heartbeat Monthly", "newsletter@heartbeat-monthly.example.com"),
            ("Subscriber", "dr.nakashima@cedarhollow.example.org"),
            "Heartbeat Monthly: new lipid guideline at a glance",
            T("""Heartbeat Monthly - November

The new lipid guideline at a glance: LDL targets below 55 mg/dL for very high-risk patients, earlier use of ezetimibe, and when to consider PCSK9 inhibitors. Plus: a review of bempedoic acid outcomes data, and 5 questions to ask about Lp(a) testing.

Read more at heartbeat-monthly.example.com"""), dt("2026-11-01 06:00"))
none("trap-rfc822-forwarded-cardiology-newsletter",
     "forwarded (message/rfc822) cardiology newsletter; no individual",
     ("Dr. Kenji Nakashima", "dr.nakashima@" + CHH),
     ("Cardiology Fellows", "cards-fellows@" + CHH),
     "Fwd: Heartbeat Monthly: new lipid guideline at a glance",
     MIX(T("Worth a read before journal club Thursday."), FWD(_nl)))

none("trap-long-thread-bh-unit-budget",
     "long quoted budget thread about the behavioral health unit's staffing and equipment; no patient",
     ("Renee Fairbairn", "rfairbairn@" + CHH),
     ("Finance Partner", "finance-bh@" + CHH),
     "RE: RE: RE: FY27 BHU budget",
     """Agreed on the sitter line. I'll send the revised capital list Monday.

Renee

-----Original Message-----
From: Finance Partner
Sent: Thursday, November 5, 2026 3:10 PM
Subject: RE: RE: FY27 BHU budget

The 1:1 sitter hours ran 18% over budget in FY26. Can we move 2.0 FTE of sitters to the float pool instead of adding new positions? Also, the ligature-resistant door hardware is capital, not operating.

-----Original Message-----
From: Renee Fairbairn
Sent: Wednesday, November 4, 2026 9:45 AM
Subject: RE: FY27 BHU budget

Our average daily census was 22.6 on 24 beds, and ED boarding for psych averaged 3.1 a day. We need the two additional psych techs and the group room furniture replaced. The ECT suite lease renewal is flat.

-----Original Message-----
From: Finance Partner
Sent: Tuesday, November 3, 2026 4:00 PM
Subject: FY27 BHU budget

Please send your FY27 operating request for Behavioral Health 4W by Friday, including overtime assumptions and any new programs (the IOP expansion?).""")

none("trap-sbc-coverage-example-fictional",
     "Summary of Benefits and Coverage with the standard fictional coverage examples ('Peg is having a baby'); no real individual",
     ("Prairieline Health Plan", "documents@" + PRAIRIE),
     ("HR Benefits", "benefits@" + CHH),
     "2027 SBC - Prairieline Gold PPO",
     MIX(T("Attached is the 2027 Summary of Benefits and Coverage for the Gold PPO. Please post to the benefits portal."),
         A(pdf(["Summary of Benefits and Coverage: Prairieline Gold PPO  2027",
                "Overall deductible: $1,000 individual / $2,000 family",
                "Specialist visit: $50 copay. Mental health outpatient: $30 copay.",
                "", "Coverage Examples (illustrations, not real people):",
                "Peg is Having a Baby (9 months of in-network prenatal care and a hospital delivery)",
                "  Total example cost $12,700. Peg would pay $2,360.",
                "Managing Joe's Type 2 Diabetes (a year of routine in-network care)",
                "  Total example cost $5,600. Joe would pay $1,210.",
                "Mia's Simple Fracture (ER visit and follow-up care)",
                "  Total example cost $2,800. Mia would pay $1,150."], title="SBC"),
           "application/pdf", "SBC_Gold_PPO_2027.pdf")))

none("trap-exam-case-vignette-students",
     "medical-school practice question with an unnamed fictional case vignette; no identifier",
     ("Dr. Haverford (Clerkship Director)", "clerkship@rbfm.example.org"),
     ("M3 Students", "m3-students@rbfm.example.org"),
     "Practice question for Friday's session",
     """Students,

Please think about this before Friday:

A 58-year-old man presents with 2 hours of crushing substernal chest pain radiating to the left arm. He smokes and has hypertension. ECG shows ST elevation in II, III and aVF. Blood pressure 88/54. Right-sided leads show ST elevation in V4R.

1. Which vessel is most likely occluded?
2. Why should nitroglycerin be avoided?
3. What is the definitive treatment and the door-to-balloon goal?

Dr. Haverford""")

none("trap-clinical-trial-recruitment-depression",
     "clinical trial recruitment mail to a list for adults with depression; no individual",
     ("Cedar Hollow Research Recruitment", "studies@" + CHH),
     ("Research Registry Volunteers", "registry@" + CHH),
     "Are you living with depression? Paid research study",
     """Are you 18-65 and living with depression that hasn't improved with at least two medicines?

The SOLACE study is testing a new at-home brain stimulation device. Participants receive study visits at no cost and up to $600 for their time.

To see if you might qualify, take the 5-minute screener at studies.cedarhollow.example.org/solace or call 555-0181. Participation is voluntary.

IRB #2026-044. You are receiving this because you joined the research volunteer registry.""")

none("trap-provider-directory-npi-update",
     "provider directory update listing clinicians with NPIs and specialties; no patient",
     ("Provider Data Management", "provider-data@" + PRAIRIE),
     ("Network Contracting", "contracting@" + PRAIRIE),
     "Directory updates effective 12/1",
     """Directory changes effective 12/01/2026:

ADD    Alicia Moore, MD           Psychiatry         NPI %s   Pinecrest Behavioral Health
ADD    Achieng Quarles, MD        Addiction Medicine NPI %s   Eastside Primary Care
MOVE   Kenji Nakashima, MD        Cardiology         NPI %s   new suite 210
TERM   Yetunde Adeyemi, MD        Family Medicine    NPI %s   accepting no new patients (retiring 2027)

Please confirm by 11/20.""" % (NPI_MOORE, NPI_QUARLES, NPI_NAKASHIMA, NPI_ADEYEMI))

none("trap-pharma-rep-samples-dropoff",
     "pharmaceutical representative arranging sample drop-off and lunch; drug names, no patient",
     ("Trent Holloway, Halvard Pharmaceuticals", "tholloway@halvard-pharma.example.com"),
     ("Riverbend Office Manager", "officemgr@rbfm.example.org"),
     "Lunch and samples next Wednesday?",
     """Hi Denise,

Could I bring lunch for the team next Wednesday 11/18 and restock samples? I have the new 10 mg and 25 mg starter packs of empagliflozin and some inhaler trainers. Happy to do a 10-minute update on the heart failure data.

Please let me know headcount and any dietary needs.

Trent Holloway
Halvard Pharmaceuticals, 555-0186""")

none("trap-hipaa-quiz-fictional-scenario",
     "HIPAA training quiz with fictional scenarios about snooping and faxes; no real individual",
     ("Privacy Office", "privacy@" + CHH),
     ("All Workforce", "allstaff@" + CHH),
     "Privacy Week quiz - win a coffee card",
     """Privacy Week quiz! All scenarios are fictional.

1. A nurse sees that her neighbor was admitted and looks up the chart to send a get-well card. OK or not OK?
2. A fax with lab results goes to the wrong number. What do you do first?
3. A patient's daughter calls asking for her mother's test results. What do you check?
4. You find a printed census in the cafeteria. Who do you call?

Reply with your answers by Friday. Correct entries go into a drawing for a $25 coffee card.

Privacy Office, ext. 0189""")

none("trap-portal-new-message-notice",
     "borderline: generic portal notification to a named person that a new message is waiting, with no diagnosis, appointment, test or service named",
     ("Cedar Hollow Patient Portal", "no-reply@portal." + CHH),
     ("Alma Ruiz", "alma.ruiz@mailbox.example.net"),
     "You have a new message",
     """Hello Alma,

You have a new message in your Cedar Hollow patient portal. For your privacy, we don't include message details in e-mail.

Log in at portal.cedarhollow.example.org to read it.

This mailbox is not monitored.""")

# --- plain none (5)

none("staff-lunch-order",
     "staff lunch order with a phone-number signature",
     ("Denise Thorvaldsen", "officemgr@rbfm.example.org"),
     ("Riverbend Staff", "staff@rbfm.example.org"),
     "Friday lunch order - reply by Thursday noon",
     """Hi all,

We're ordering from Lucia's Kitchen for Friday's staff meeting. Reply with your choice by Thursday noon:

1. chicken burrito bowl
2. veggie burrito bowl
3. taco salad

Denise Thorvaldsen, Office Manager
Riverbend Family Medicine | 555-0122 ext. 1""")

none("software-license-renewal",
     "software licence renewal notice between businesses with account number",
     ("Claimsoft Renewals", "renewals@claimsoft.example.com"),
     ("Cedar Hollow IT Procurement", "it-procurement@" + CHH),
     "Your Claimsoft Enterprise licence renews 01/01/2027",
     """Hello,

Your Claimsoft Enterprise subscription (account CS-00448812, 120 seats) renews on January 1, 2027 at $84,600/year. To change seat counts, reply before December 1.

Release 9.0 ships in February with a new remittance dashboard and SSO improvements.

Claimsoft Customer Success""")

none("elevator-maintenance-notice",
     "facilities notice about elevator maintenance",
     ("Facilities Management", "facilities@" + CHH),
     ("Tower B Occupants", "towerb@" + CHH),
     "Elevator B2 out of service Tuesday",
     """Elevator B2 in Tower B will be out of service Tuesday, November 17, 6 AM to 2 PM, for annual inspection. Please use B1 or B3. The freight elevator remains available for transport.

Facilities Management, ext. 0150""")

none("book-club-december-pick",
     "personal book-club mail",
     ("Nadine Esposito", "nadine.esposito@inbox.example.com"),
     ("Book club", "bookclub@lists.example.net"),
     "December pick + potluck",
     """Hi all,

The votes are in: December's book is "The Lighthouse Keeper's Almanac". We'll meet at Marcus's new place on the 10th at 7. Potluck: I'll bring soup, someone please bring bread.

Nadine""")

none("it-password-expiry-reminder",
     "IT password-expiry reminder with an employee ID",
     ("IT Service Desk", "servicedesk@" + CHH),
     ("Soren Rasmussen", "srasmussen@" + CHH),
     "Your network password expires in 5 days",
     """Hello Soren (employee ID E30513),

Your network password expires in 5 days. Change it at passwords.cedarhollow.example.org from any hospital computer. Passwords must be 14+ characters.

IT will never ask for your password by e-mail.

IT Service Desk, ext. 0199""")

# ================================================================ write and check

FILE_RE = re.compile(r"^(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.eml$")
EW_RE = re.compile(r"=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=")
REQUIRED = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version")
MBI_RE = re.compile(r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]"
                    r"[AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$")


def assign_numbers():
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    for num, idx in enumerate(order, 1):
        MSGS[idx]["num"] = num
        MSGS[idx]["file"] = "%03d-%s.eml" % (num, MSGS[idx]["slug"])


def write_all():
    assign_numbers()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for m in MSGS:
        data = Renderer(m["slug"]).message(m)
        with open(os.path.join(HERE, m["label"], m["file"]), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        for m in sorted(MSGS, key=lambda x: x["num"]):
            fh.write("%s\t%s\t%s\n" % (m["file"], m["label"], m["reason"]))
    print("wrote %d messages and labels.tsv" % len(MSGS))


def check_pdf(data, errs, where):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        errs.append(where + ": PDF header/trailer")
        return
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        errs.append(where + ": no startxref")
        return
    x = int(m.group(1))
    if not data[x:].startswith(b"xref"):
        errs.append(where + ": startxref does not point at xref")
        return
    lines = data[x:].split(b"\n")
    start, count = (int(v) for v in lines[1].split())
    for i in range(count):
        ent = lines[2 + i]
        if len(ent) != 19 or not ent.endswith(b" "):
            errs.append(where + ": xref entry width")
        off, gen_, kind = ent.split()
        if kind == b"n" and not data[int(off):].startswith(b"%d 0 obj" % (start + i)):
            errs.append(where + ": xref entry %d wrong" % (start + i))
    for sm in re.finditer(rb"<<([^<>]*?)/Length (\d+)([^<>]*?)>>\nstream\n", data):
        ln = int(sm.group(2))
        body = data[sm.end():sm.end() + ln]
        if not data[sm.end() + ln:].startswith(b"\nendstream"):
            errs.append(where + ": stream /Length mismatch")
        if b"/FlateDecode" in sm.group(0):
            try:
                zlib.decompress(body)
            except zlib.error:
                errs.append(where + ": FlateDecode stream does not inflate")


def check_content(ctype, fname, data, errs, where):
    try:
        if ctype in ("application/json", "application/fhir+json"):
            json.loads(data.decode("utf-8"))
        elif ctype in ("application/xml", "text/xml"):
            ET.fromstring(data)
        elif ctype == "text/calendar":
            t = data.decode("utf-8")
            if not t.startswith("BEGIN:VCALENDAR\r\n") or not t.rstrip().endswith("END:VCALENDAR"):
                errs.append(where + ": iCalendar framing")
        elif ctype == "text/csv":
            rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
            if len(rows) < 2 or len({len(r) for r in rows}) != 1:
                errs.append(where + ": CSV columns inconsistent")
        elif ctype == "application/pdf":
            check_pdf(data, errs, where)
        if ctype == "application/hl7-v2" or (fname or "").endswith(".hl7"):
            if not data.startswith(b"MSH|^~\\&|"):
                errs.append(where + ": HL7 does not start with MSH")
    except Exception as e:  # noqa: BLE001
        errs.append("%s: %s content invalid: %s" % (where, ctype, e))


def check_headers(msg, errs, where, raw_headers):
    for h in REQUIRED:
        if msg[h] is None:
            errs.append("%s: missing %s" % (where, h))
    try:
        d = parsedate_to_datetime(str(msg["Date"]))
        if d.tzinfo is None:
            errs.append(where + ": Date without zone")
    except Exception:  # noqa: BLE001
        errs.append(where + ": bad Date")
    for h in ("From", "To"):
        if msg[h] is not None and not getattr(msg[h], "addresses", None):
            errs.append("%s: unparsable %s" % (where, h))
    for cs, enc, txt in EW_RE.findall(raw_headers):
        try:
            b = base64.b64decode(txt, validate=True) if enc in "Bb" else \
                quopri.decodestring(txt.replace("_", " ").encode("ascii"), header=True)
            b.decode(cs)
        except Exception as e:  # noqa: BLE001
            errs.append("%s: encoded word %s does not decode: %s" % (where, cs, e))


def check_part_tree(msg, raw, errs, where):
    for part in msg.walk():
        for d in part.defects:
            errs.append("%s: defect %s" % (where, type(d).__name__))
        ctype = part.get_content_type()
        if part.is_multipart():
            b = part.get_boundary()
            if ctype.startswith("multipart/"):
                if not b or ("\r\n--%s--" % b).encode() not in raw:
                    errs.append("%s: boundary %s not closed" % (where, b))
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        payload = part.get_payload(decode=False)
        if not isinstance(payload, str):
            continue
        if cte == "base64":
            lines = payload.strip().split("\n")
            if any(len(ln.rstrip("\r")) > 76 for ln in lines):
                errs.append(where + ": base64 line > 76")
            try:
                data = base64.b64decode("".join(ln.strip() for ln in lines), validate=True)
            except Exception:  # noqa: BLE001
                errs.append(where + ": base64 does not decode strictly")
                continue
        elif cte == "quoted-printable":
            enc = payload.encode("ascii", "surrogateescape")
            for ln in enc.split(b"\n"):
                ln = ln.rstrip(b"\r")
                if len(ln) > 76:
                    errs.append(where + ": QP line > 76")
                if re.search(rb"=(?![0-9A-F]{2}|$)", ln):
                    errs.append(where + ": bad QP escape")
                if any(b > 126 for b in ln):
                    errs.append(where + ": 8-bit byte in QP")
            data = quopri.decodestring(enc)
        else:
            data = part.get_payload(decode=True)
            if cte == "7bit" and any(b > 127 for b in data):
                errs.append(where + ": non-ASCII in 7bit part")
        cs = part.get_content_charset()
        if cs:
            try:
                data.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: charset %s does not decode: %s" % (where, cs, e))
        elif part.get_content_maintype() == "text" and any(b > 127 for b in data):
            errs.append(where + ": 8-bit text without charset")
        check_content(ctype, part.get_filename(), data, errs, where)
    # nested messages: required headers
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                check_headers(sub, errs, where + " (nested)", "")


def check_all():
    errs = []
    for n, v in [("NPI", x) for x in (NPI_OSEI, NPI_HAVERFORD, NPI_LAM, NPI_FELD, NPI_MOORE,
                                       NPI_ADEYEMI, NPI_NAKASHIMA, NPI_QUARLES)]:
        if not npi_ok(v) or len(v) != 10:
            errs.append("bad NPI " + v)
    for v in (DEA_OSEI, DEA_MOORE, DEA_NP, DEA_PETTIGREW, DEA_QUARLES):
        d = [int(c) for c in v[2:]]
        if (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 != d[6]:
            errs.append("bad DEA " + v)
    if not MBI_RE.match("3QW7RT2HN48"):
        errs.append("bad MBI format")
    files, numbers, counts, traps = {}, set(), {}, 0
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        names = sorted(f for f in os.listdir(d) if f.endswith(".eml")) if os.path.isdir(d) else []
        counts[lab] = len(names)
        for f in names:
            m = FILE_RE.match(f)
            if not m:
                errs.append("bad file name " + f)
                continue
            num = int(m.group(1))
            if num in numbers:
                errs.append("duplicate number %03d" % num)
            numbers.add(num)
            if m.group(2).startswith("trap-"):
                traps += 1
                if lab != "none":
                    errs.append("trap outside none: " + f)
            files[f] = lab
    if numbers != set(range(1, 201)):
        errs.append("numbers are not exactly 001-200")
    for lab, n in EXPECTED.items():
        if counts.get(lab) != n:
            errs.append("%s: %s files, expected %d" % (lab, counts.get(lab), n))
    seen = set()
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[2].strip():
                errs.append("labels.tsv line %d: need 3 fields" % i)
                continue
            f, lab, _ = parts
            if files.get(f) != lab:
                errs.append("labels.tsv line %d: %s labelled %s but file is in %s" % (i, f, lab, files.get(f)))
            if f in seen:
                errs.append("labels.tsv duplicate " + f)
            seen.add(f)
    if seen != set(files):
        errs.append("labels.tsv does not list exactly the .eml files")
    total = 0
    for f, lab in sorted(files.items()):
        path = os.path.join(HERE, lab, f)
        raw = open(path, "rb").read()
        total += len(raw)
        where = lab + "/" + f
        if len(raw) > MAX_SIZE:
            errs.append(where + ": larger than 200 KiB")
        if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
            errs.append(where + ": bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                errs.append(where + ": line > 998")
                break
        head = raw.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            errs.append(where + ": 8-bit header")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        check_headers(msg, errs, where, head.decode("ascii", "replace"))
        check_part_tree(msg, raw, errs, where)
    for e in errs:
        print("ERROR", e)
    print("checked %d files (%d bytes): none=%d phi=%d restricted=%d traps=%d" % (
        len(files), total, counts.get("none", 0), counts.get("phi", 0),
        counts.get("restricted", 0), traps))
    return not errs


if __name__ == "__main__":
    if "--check" not in sys.argv[1:]:
        write_all()
    ok = check_all()
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)
