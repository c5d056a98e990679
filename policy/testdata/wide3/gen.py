#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py - writes the "wide3" labelled e-mail corpus (see README.md).

    python3 gen.py            remove and rewrite every .eml and labels.tsv, then check
    python3 gen.py --check    only parse and verify the files on disk

Standard library only.  Output is deterministic: dates and texts are fixed,
Message-IDs and MIME boundaries are derived from content hashes, roster rows
come from random.Random with fixed seeds, and the file numbering is shuffled
with random.Random(SEED).

Every message below is written out by hand as one function registered with
@msg(label, slug, language, reason).  The directory a message lands in is its
label; the reason goes to labels.tsv.  All people, organisations, numbers and
addresses are invented (example.com/.org/.net and *.test domains, phone
numbers in the 555-01xx range).
"""

import argparse
import base64
import csv
import datetime
import hashlib
import io
import json
import os
import random
import re
import struct
import sys
import unicodedata
import zlib
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261203
LABELS = ("none", "phi", "restricted")
MAX_BYTES = 200 * 1024
SB = "\x1e"  # marker: force a quoted-printable soft line break here (dropped in other encodings)

REG = []


def msg(label, slug, lang, reason):
    """Register one message builder."""
    assert label in LABELS, label
    assert "\t" not in reason and "\n" not in reason
    if slug.startswith("trap-"):
        assert label == "none", slug

    def deco(fn):
        REG.append({"label": label, "slug": slug, "lang": lang, "reason": reason, "fn": fn})
        return fn
    return deco


# ---------------------------------------------------------------------------
# charsets

def _ascii(s):
    return all(ord(c) < 128 for c in s)


def _cp1258(s):
    """windows-1258 has few precomposed Vietnamese letters: keep one diacritic
    composed with the base letter where the code page has it, and write the
    other tone mark as a combining character (as real Vietnamese mail does)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        for i in range(len(marks)):
            comp = unicodedata.normalize("NFC", base + marks[i])
            rest = marks[:i] + marks[i + 1:]
            try:
                b = comp.encode("cp1258") + rest.encode("cp1258")
            except UnicodeEncodeError:
                continue
            out += b
            break
        else:
            out += d.encode("cp1258")  # raises if impossible
    return bytes(out)


# windows-1256 has no Persian yeh or Persian/Arabic-Indic digits; Persian mail
# in that code page uses the Arabic yeh and ASCII digits.
_CP1256_FIX = {"\u06cc": "\u064a"}
_CP1256_FIX.update({chr(0x06F0 + i): str(i) for i in range(10)})
_CP1256_FIX.update({chr(0x0660 + i): str(i) for i in range(10)})


# Typographic characters that a legacy code page lacks are written the way
# mail clients do when they fall back (ASCII quotes, hyphens, asterisks).
_TYPO = {"\u2022": "*", "\u00b7": ".", "\u2013": "-", "\u2014": "-", "\u201c": '"',
         "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"',
         "\u00bb": '"', "\u2026": "...", "\u2116": "No.", "\u20ac": "EUR", "\u00a0": " ",
         "\u2122": "(TM)"}


def enc(s, cs):
    c = cs.lower()
    if c in ("windows-1258", "cp1258"):
        return _cp1258(s)
    try:
        return s.encode(c)
    except UnicodeEncodeError:
        if c.startswith("utf") or "2022" in c:
            raise
    out = []
    for ch in s:
        try:
            out.append(ch.encode(c))
        except UnicodeEncodeError:
            if c in ("windows-1256", "cp1256") and ch in _CP1256_FIX:
                out.append(_CP1256_FIX[ch].encode(c))
            elif ch in _TYPO:
                out.append(_TYPO[ch].encode(c))
            else:
                raise
    return b"".join(out)


# ---------------------------------------------------------------------------
# transfer encodings

_QP_SAFE = set(range(33, 127)) - {61}


def _qp_line(segs, maxlen=76):
    """Quoted-printable for one logical line given as byte segments; a soft
    line break is forced between segments."""
    toks = []
    for i, seg in enumerate(segs):
        if i:
            toks.append(None)
        for j, c in enumerate(seg):
            last = (i == len(segs) - 1 and j == len(seg) - 1)
            if c in _QP_SAFE:
                toks.append(chr(c))
            elif c in (9, 32) and not last:
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
    lines, cur = [], ""
    for t in toks:
        if t is None:
            lines.append(cur + "=")
            cur = ""
            continue
        if len(cur) + len(t) > maxlen - 1:
            lines.append(cur + "=")
            cur = t
        else:
            cur += t
    lines.append(cur)
    return lines


def _b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def _body_text(s, cs, cte):
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    if not s.endswith("\n"):
        s += "\n"
    lines = s[:-1].split("\n")
    if cte == "quoted-printable":
        out = []
        for ln in lines:
            out.extend(_qp_line([enc(x, cs) for x in ln.split(SB)]))
        return ("\r\n".join(out) + "\r\n").encode("ascii")
    raw = b"\r\n".join(enc(ln.replace(SB, ""), cs) for ln in lines) + b"\r\n"
    if cte == "base64":
        return _b64(raw)
    if cte == "7bit":
        assert all(b < 128 for b in raw), "7bit part is not ASCII"
    return raw


# ---------------------------------------------------------------------------
# headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(b):
    return "".join(chr(c) if c in _Q_SAFE else ("_" if c == 32 else "=%02X" % c) for c in b)


def ew(s, cs="utf-8", mode="B"):
    """RFC 2047 encoded words (each <= 75 chars, whole characters per word),
    folded with CRLF SP."""
    pre = "=?%s?%s?" % (cs, mode)
    room = 75 - len(pre) - 2

    def e(t):
        b = enc(t, cs)
        return base64.b64encode(b).decode("ascii") if mode == "B" else _q(b)
    words, cur = [], ""
    for ch in s:
        if cur and len(e(cur + ch)) > room:
            words.append(pre + e(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(pre + e(cur) + "?=")
    return "\r\n ".join(words)


_PREFIX_RE = re.compile(r"^((?:(?:Re|RE|Fwd|FWD|FW|Fw|AW|WG|TR|RV|Enc|ENC|Odp|PD|YNT|Rif|SV|I|R):\s)+)")


def enc_subject(s, cs="utf-8", mode="B"):
    if _ascii(s):
        return s
    m = _PREFIX_RE.match(s)
    pre = m.group(1) if m else ""
    return pre + ew(s[len(pre):], cs, mode)


def A(name, email, cs="utf-8", mode="B"):
    """One address with an optional display name."""
    if not name:
        return email
    if not _ascii(name):
        return "%s <%s>" % (ew(name, cs, mode), email)
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def _fold(name, value):
    assert _ascii(value), (name, value)
    if "\r\n" in value:
        return "%s: %s" % (name, value)
    line = "%s: %s" % (name, value)
    if len(line) <= 78:
        return line
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)


def _hv(first, params):
    if not params:
        return first
    one = first + "; " + "; ".join(params)
    if len(one) < 64 and "\r\n" not in one:
        return one
    return first + ";\r\n " + ";\r\n ".join(params)


_ATTR = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~")


def _fn_params(param, filename, mode):
    if mode == "plain" or (_ascii(filename) and mode not in ("2231",)):
        return ['%s="%s"' % (param, filename)]
    if mode == "2047":
        return ['%s="%s"' % (param, ew(filename).replace("\r\n ", " "))]
    assert mode == "2231", mode
    chars = ["".join(chr(b) if b in _ATTR else "%%%02X" % b for b in ch.encode("utf-8")) for ch in filename]
    full = "utf-8''" + "".join(chars)
    if len(full) <= 56:
        return ["%s*=%s" % (param, full)]
    pieces, cur = [], "utf-8''"
    for c in chars:  # never split one character's octets across sections
        if len(cur) + len(c) > 48:
            pieces.append(cur)
            cur = ""
        cur += c
    pieces.append(cur)
    return ["%s*%d*=%s" % (param, k, p) for k, p in enumerate(pieces)]


# ---------------------------------------------------------------------------
# MIME parts

class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if body.endswith(b"\r\n") else body + b"\r\n"

    def bytes(self):
        hs = "\r\n".join(_fold(n, v) for n, v in self.headers)
        return hs.encode("ascii") + b"\r\n\r\n" + self.body


def T(s, cs=None, cte=None, sub="plain", filename=None, disp=None, fn="plain",
      ctp=(), cid=None, lang=None, desc=None):
    """A text part. cs defaults to us-ascii or utf-8; cte to 7bit or QP."""
    plain = s.replace(SB, "")
    if cs is None:
        cs = "us-ascii" if _ascii(plain) else "utf-8"
    if cte is None:
        cte = "7bit" if cs.lower() in ("us-ascii", "iso-2022-jp") else "quoted-printable"
    body = _body_text(s, cs, cte)
    params = ["charset=%s" % cs] + list(ctp)
    if filename:
        params += _fn_params("name", filename, "2047" if fn == "2231" else fn)
    hs = [("Content-Type", _hv("text/" + sub, params)), ("Content-Transfer-Encoding", cte)]
    if lang:
        hs.append(("Content-Language", lang))
    if desc:
        hs.append(("Content-Description", desc))
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    if disp or filename:
        dp = _fn_params("filename", filename, fn) if filename else []
        hs.append(("Content-Disposition", _hv(disp or "attachment", dp)))
    return Part(hs, body)


def H(s, **kw):
    kw.setdefault("sub", "html")
    return T(s, **kw)


def ATT(data, ctype, filename=None, cte="base64", fn="plain", disp="attachment",
        cs=None, ctp=(), name=True, cid=None, desc=None):
    params = list(ctp)
    if isinstance(data, str):
        data = enc(data.replace("\r\n", "\n").replace("\n", "\r\n"), cs or "utf-8")
        if ctype.startswith("text/"):
            params = ["charset=%s" % (cs or "utf-8")] + params
    if filename and name:
        params += _fn_params("name", filename, "2047" if fn == "2231" else fn)
    hs = [("Content-Type", _hv(ctype, params)), ("Content-Transfer-Encoding", cte)]
    if desc:
        hs.append(("Content-Description", desc))
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    if disp:
        hs.append(("Content-Disposition",
                   _hv(disp, _fn_params("filename", filename, fn) if filename else [])))
    if cte == "base64":
        body = _b64(data)
    elif cte == "quoted-printable":
        lines = data.split(b"\r\n")
        if lines and lines[-1] == b"":
            lines = lines[:-1]
        out = []
        for ln in lines:
            out.extend(_qp_line([ln]))
        body = ("\r\n".join(out) + "\r\n").encode("ascii")
    else:
        if cte == "7bit":
            assert all(b < 128 for b in data)
        body = data
    return Part(hs, body)


def MP(sub, *parts, ctp=(), preamble=True):
    inner = b"".join(p.bytes() for p in parts)
    bnd = "=_w3_" + hashlib.sha1(sub.encode() + inner).hexdigest()[:24]
    b = bnd.encode("ascii")
    body = b"This is a multi-part message in MIME format.\r\n" if preamble else b""
    for p in parts:
        body += b"--" + b + b"\r\n" + p.bytes()
    body += b"--" + b + b"--\r\n"
    params = ['boundary="%s"' % bnd] + list(ctp)
    return Part([("Content-Type", _hv("multipart/" + sub, params))], body)


def R822(mbytes, disp=None, filename=None):
    assert all(b < 128 for b in mbytes), "nested message must be 7bit"
    hs = [("Content-Type", "message/rfc822")]
    if disp:
        hs.append(("Content-Disposition",
                   _hv(disp, _fn_params("filename", filename, "plain") if filename else [])))
    return Part(hs, mbytes)


def D(s, tz="-0500"):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    return format_datetime(d.replace(tzinfo=datetime.timezone(off)))


def _addrs(x):
    if isinstance(x, str):
        return x
    joined = ", ".join(x)
    return ",\r\n ".join(x) if (len(joined) > 60 or "\r\n" in joined) else joined


def MAIL(frm, to, subj, date, body, cc=None, mid=None, hdrs=(), scs="utf-8", smode="B",
         irt=None, refs=None, reply_to=None, mime=True):
    """A whole message as bytes."""
    if isinstance(body, str):
        body = T(body)
    hs = [("From", frm), ("To", _addrs(to))]
    if cc:
        hs.append(("Cc", _addrs(cc)))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", enc_subject(subj, scs, smode)))
    hs.append(("Date", date))
    if mid is None:
        dom = re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
        mid = "<%s@%s>" % (hashlib.sha1((frm + subj + date).encode("utf-8")).hexdigest()[:20], dom)
    hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", refs or irt))
    hs.extend(hdrs)
    if mime:
        hs.append(("MIME-Version", "1.0"))
    hs.extend(body.headers)
    return Part(hs, body.body).bytes()


def quote(s):
    return "\n".join(("> " + l) if l else ">" for l in s.strip("\n").split("\n"))


# ---------------------------------------------------------------------------
# attachment builders

def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def PDF(pages, flate=False, title="Document"):
    """Minimal valid PDF with a Helvetica text layer. pages: list of lists of
    lines (or one list of lines). The first line of each page is bold."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    n = len(pages)
    objs = {}
    kids = " ".join("%d 0 R" % (6 + 2 * i) for i in range(n))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title " + _pdf_str(title) +
               b" /Producer (wide3 gen.py) /CreationDate (D:20261203000000Z) >>")
    for i, lines in enumerate(pages):
        cs = [b"BT", b"/F2 13 Tf", b"56 748 Td", _pdf_str(lines[0]) + b" Tj", b"ET",
              b"BT", b"/F1 10 Tf", b"13 TL", b"56 724 Td"]
        for ln in lines[1:]:
            cs.append(_pdf_str(ln) + b" Tj T*")
        cs.append(b"ET")
        stream = b"\n".join(cs) + b"\n"
        if flate:
            data = zlib.compress(stream, 9)
            d = "<< /Length %d /Filter /FlateDecode >>" % len(data)
        else:
            data = stream
            d = "<< /Length %d >>" % len(data)
        objs[6 + 2 * i] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                           "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                           "/Contents %d 0 R >>" % (7 + 2 * i)).encode()
        objs[7 + 2 * i] = d.encode() + b"\nstream\n" + data + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += ("%d 0 obj\n" % k).encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += ("xref\n0 %d\n" % size).encode() + b"0000000000 65535 f \n"
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offs[k]
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, xref)).encode()
    return bytes(out)


def _ics_text(v):
    return v.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        l = len(ch.encode("utf-8"))
        if n + l > 74:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += l
    out.append(cur)
    return "\r\n".join(out)


def EV(uid, start, end, summary, location=None, desc=None, organizer=None, attendees=(),
       rrule=None, tzid=None, status=None, seq=None, alarm=None):
    """One VEVENT as a list of content lines. start/end like 20261217T120000."""
    dt = (lambda k, v: "%s;TZID=%s:%s" % (k, tzid, v)) if tzid else (lambda k, v: "%s:%s" % (k, v))
    L = ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261201T120000Z", dt("DTSTART", start),
         dt("DTEND", end), "SUMMARY:" + _ics_text(summary)]
    if location:
        L.append("LOCATION:" + _ics_text(location))
    if desc:
        L.append("DESCRIPTION:" + _ics_text(desc))
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, em in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (cn, em))
    if rrule:
        L.append("RRULE:" + rrule)
    if status:
        L.append("STATUS:" + status)
    if seq is not None:
        L.append("SEQUENCE:%d" % seq)
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + _ics_text(alarm),
              "TRIGGER:-PT30M", "END:VALARM"]
    L.append("END:VEVENT")
    return L


_VTZ_NY = ["BEGIN:VTIMEZONE", "TZID:America/New_York", "BEGIN:STANDARD",
           "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
           "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "END:STANDARD",
           "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
           "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "END:DAYLIGHT", "END:VTIMEZONE"]


def ICS(events, method=None, prodid="-//Northvale Health//Scheduling 4.2//EN", tz_ny=False):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + prodid, "CALSCALE:GREGORIAN"]
    if method:
        L.append("METHOD:" + method)
    if tz_ny:
        L += _VTZ_NY
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return "\r\n".join(_ics_fold(l) for l in L) + "\r\n"


def VCARD(fn, n, tel=None, email=None, adr=None, org=None, title=None, note=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + fn, "N:" + n]
    if org:
        L.append("ORG:" + org)
    if title:
        L.append("TITLE:" + title)
    if tel:
        L.append("TEL;TYPE=CELL:" + tel)
    if email:
        L.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        L.append("ADR;TYPE=HOME:" + adr)
    if note:
        L.append("NOTE:" + _ics_text(note))
    L.append("END:VCARD")
    return "\r\n".join(_ics_fold(l) for l in L) + "\r\n"


def CSV(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def PNG(w=16, h=16, rgb=(28, 92, 150)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def HL7(*segments):
    """HL7 v2 ER7: segments separated by CR (so it must travel base64)."""
    return ("\r".join(segments) + "\r").encode("ascii")


# ---------------------------------------------------------------------------
# invented identifiers that pass their check-digit rules

def npi(base9):
    s = 24
    for i, ch in enumerate(reversed(base9)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return base9 + str((10 - s % 10) % 10)


def dea(prefix, six):
    d = [int(c) for c in six]
    return prefix + six + str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def pesel(ten):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return ten + str((10 - sum(int(c) * k for c, k in zip(ten, w)) % 10) % 10)


FIRST = ["Adaeze", "Bartosz", "Celestine", "Dorian", "Eulalia", "Florentin", "Giselle", "Hamish",
         "Ines", "Jareth", "Kalani", "Leontyne", "Mattias", "Noor", "Octavia", "Pilar", "Quincy",
         "Rosamund", "Severin", "Thandiwe", "Ulrich", "Valentina", "Wendell", "Xiomara", "Yusuf",
         "Zofia", "Ambrose", "Beatriz", "Cormac", "Delphine", "Emrys", "Fenella", "Gideon",
         "Honora", "Ignatius", "Junia", "Lorcan", "Marisela", "Nkechi", "Orrin"]
LAST = ["Abernethy", "Brightwell", "Castellanos", "Dunleavy", "Eriksen", "Fairweather", "Galloway",
        "Halvorsen", "Ibekwe", "Jankowski", "Kettleborough", "Lindqvist", "Marchetti", "Nakashima",
        "Okonjo", "Pemberton", "Quarrie", "Rutherford", "Salcedo", "Thistlewood", "Umberger",
        "Vasquez-Lind", "Whitlock", "Yarborough", "Zeller", "Ashdown", "Bellweather", "Crowhurst",
        "Dembele-Ross", "Esterhazy", "Faulkner-Obi", "Grimaldi", "Hesketh", "Iwasaki-Byrne"]


def people(seed, n):
    r = random.Random(seed)
    combos = [(f, l) for f in FIRST for l in LAST]
    r.shuffle(combos)
    out = []
    for f, l in combos[:n]:
        dob = datetime.date(1938, 1, 1) + datetime.timedelta(days=r.randrange(0, 365 * 62))
        out.append((f, l, dob, r))
    return out


# ---------------------------------------------------------------------------
# generation

def _label_dirs():
    return [os.path.join(HERE, l) for l in LABELS]


def generate():
    slugs = [m["slug"] for m in REG]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for d in _label_dirs():
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    order = list(range(len(REG)))
    random.Random(SEED).shuffle(order)
    rows = []
    for num, idx in enumerate(order, 1):
        m = REG[idx]
        name = "%03d-%s.eml" % (num, m["slug"])
        data = m["fn"]()
        with open(os.path.join(HERE, m["label"], name), "wb") as f:
            f.write(data)
        rows.append((name, m["label"], m["reason"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote %d messages" % len(rows))


# ---------------------------------------------------------------------------
# checking

REQUIRED = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version")
DOMAIN_OK = re.compile(r"(^|\.)example\.(com|org|net)$|\.test$", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
PHONE_RE = re.compile(r"(?<![\d-])(\d{3})[-. ](\d{4})(?![\d-])")
QP_LINE = re.compile(r"^(?:[\x21-\x3c\x3e-\x7e \t]|=[0-9A-F]{2})*=?$")
MID_RE = re.compile(r"^<[^<>@\s]+@[^<>@\s]+>$")


# Code-system identifiers inside FHIR/HL7 content (not addresses of anyone).
CODE_SYSTEM_HOSTS = {"hl7.org", "terminology.hl7.org", "loinc.org", "snomed.info", "unitsofmeasure.org"}


def _check_text_content(t, where, errs, phones=True):
    t = t.replace("\r\n ", "").replace("\r\n\t", "")  # unfold iCalendar/vCard lines
    for m in EMAIL_RE.finditer(t):
        if not DOMAIN_OK.search(m.group(1)):
            errs.append("%s: e-mail domain not fictional: %s" % (where, m.group(0)))
    for m in URL_RE.finditer(t):
        if m.group(1) in CODE_SYSTEM_HOSTS:
            continue
        if not DOMAIN_OK.search(m.group(1).rstrip(".")):
            errs.append("%s: URL host not fictional: %s" % (where, m.group(1)))
    for m in PHONE_RE.finditer(t if phones else ""):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            errs.append("%s: phone-like number outside 555-01xx: %s" % (where, m.group(0)))


def _check_pdf(b, where, errs, texts):
    if not b.startswith(b"%PDF-") or not b.rstrip().endswith(b"%%EOF"):
        errs.append(where + ": PDF not %PDF- .. %%EOF")
        return
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", b)
    if not m:
        errs.append(where + ": PDF without startxref")
        return
    off = int(m.group(1))
    if b[off:off + 4] != b"xref":
        errs.append(where + ": startxref does not point at xref")
        return
    lines = b[off:].split(b"\n")
    first, count = (int(x) for x in lines[1].split())
    for i in range(count):
        ent = lines[2 + i]
        if len(ent) + 1 != 20:
            errs.append(where + ": xref entry not 20 bytes")
        o, g, t = ent.split()[:3]
        if t == b"n" and not b[int(o):].startswith(b"%d 0 obj" % (first + i)):
            errs.append(where + ": xref entry %d does not point at its object" % (first + i))
    ntext = 0
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", b):
        L = int(sm.group(1))
        data = b[sm.end():sm.end() + L]
        if b[sm.end() + L:sm.end() + L + 10] != b"\nendstream":
            errs.append(where + ": stream /Length wrong")
            continue
        if sm.group(2):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                errs.append(where + ": FlateDecode stream does not inflate")
                continue
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
            ntext += 1
            texts.append(re.sub(rb"\\(.)", rb"\1", tm.group(1)).decode("cp1252", "replace"))
    if ntext == 0:
        errs.append(where + ": PDF has no text layer")


def _parts(m, path="1"):
    yield path, m
    if m.is_multipart():
        for i, sub in enumerate(m.get_payload(), 1):
            yield from _parts(sub, "%s.%d" % (path, i))


def _check_headers(m, where, errs, required, stats):
    for h in required:
        if len(m.get_all(h) or []) != 1:
            errs.append("%s: header %s missing or repeated" % (where, h))
    for h in m.keys():
        v = m[h]
        if getattr(v, "defects", None):
            errs.append("%s: header %s defects %r" % (where, h, v.defects))
    if m["Date"] is not None and getattr(m["Date"], "datetime", None) is None:
        errs.append(where + ": Date does not parse")
    for h in ("From", "To", "Cc", "Reply-To"):
        if m[h] is None:
            continue
        addrs = m[h].addresses
        if not addrs:
            errs.append("%s: %s has no address" % (where, h))
        for a in addrs:
            if not DOMAIN_OK.search(a.domain or ""):
                errs.append("%s: %s domain not fictional: %s" % (where, h, a.addr_spec))
            if "=?" in a.display_name:
                errs.append("%s: %s display name not decoded" % (where, h))
    if m["Subject"] is not None and "=?" in str(m["Subject"]):
        errs.append(where + ": Subject encoded word not decoded")
    if m["Message-ID"] is not None and not MID_RE.match(str(m["Message-ID"]).strip()):
        errs.append(where + ": bad Message-ID")


def check_file(path, stats):
    errs = []
    raw = open(path, "rb").read()
    where = os.path.relpath(path, HERE)
    if len(raw) >= MAX_BYTES:
        errs.append("%s: %d bytes (limit %d)" % (where, len(raw), MAX_BYTES))
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append(where + ": bare CR or LF")
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            errs.append(where + ": line longer than 998 octets")
            break
    hdr_end = raw.find(b"\r\n\r\n")
    if hdr_end < 0 or any(b > 127 for b in raw[:hdr_end]):
        errs.append(where + ": header block missing or not ASCII")
    if b"=?" in raw[:max(hdr_end, 0)]:
        stats["encoded-word headers"] = stats.get("encoded-word headers", 0) + 1
    m = BytesParser(policy=policy.default).parsebytes(raw)
    _check_headers(m, where, errs, REQUIRED, stats)
    feats = set()
    if m.get_content_type() == "text/html":
        feats.add("HTML-only body")
    for path_, p in _parts(m):
        w = "%s part %s" % (where, path_)
        ct = p.get_content_type()
        if p.defects:
            errs.append("%s: defects %r" % (w, p.defects))
        if ct == "message/rfc822":
            feats.add("message/rfc822")
            inner = p.get_payload()[0]
            _check_headers(inner, w + " (nested)", errs, ("From", "Subject", "Date"), stats)
            continue
        if p.is_multipart():
            feats.add(ct)
            bnd = p.get_boundary()
            if not bnd or (b"--" + bnd.encode() + b"--") not in raw:
                errs.append(w + ": multipart boundary missing or not closed")
            continue
        cte = (p.get("Content-Transfer-Encoding") or "7bit").strip().lower()
        enc_txt = p.get_payload(decode=False)
        if cte == "base64":
            lines = enc_txt.replace("\r\n", "\n").strip("\n").split("\n")
            if any(len(l) > 76 for l in lines):
                errs.append(w + ": base64 line > 76")
            try:
                data = base64.b64decode("".join(lines), validate=True)
            except Exception as e:  # noqa
                errs.append("%s: base64 does not decode strictly: %s" % (w, e))
                continue
        elif cte == "quoted-printable":
            for l in enc_txt.replace("\r\n", "\n").rstrip("\n").split("\n"):
                if len(l) > 76 or not QP_LINE.match(l) or l[-1:] in (" ", "\t"):
                    errs.append("%s: bad quoted-printable line %r" % (w, l[:40]))
                    break
            data = p.get_payload(decode=True)
        elif cte in ("7bit", "8bit"):
            data = p.get_payload(decode=True)
            if cte == "7bit" and any(b > 127 for b in data):
                errs.append(w + ": 7bit part is not ASCII")
        else:
            errs.append("%s: unexpected transfer encoding %s" % (w, cte))
            continue
        stats.setdefault("transfer encodings", {})
        stats["transfer encodings"][cte] = stats["transfer encodings"].get(cte, 0) + 1
        fname = p.get_filename()
        if fname:
            feats.add("attachment " + ct)
            if any(k.lower() == "content-disposition" and "filename*" in v for k, v in p.raw_items()):
                feats.add("RFC 2231 file name")
        texts, hl7_texts = [], []
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            stats.setdefault("charsets", {})
            stats["charsets"][cs] = stats["charsets"].get(cs, 0) + 1
            try:
                t = data.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: text does not decode as %s: %s" % (w, cs, e))
                continue
            texts.append(t)
            if ct == "text/csv":
                delim = ";" if t.split("\n")[0].count(";") > t.split("\n")[0].count(",") else ","
                rows = [r for r in csv.reader(io.StringIO(t), delimiter=delim) if r]
                if len({len(r) for r in rows}) != 1:
                    errs.append(w + ": CSV rows have different column counts")
            elif ct == "text/calendar":
                tl = t.strip().split("\r\n")
                if tl[0] != "BEGIN:VCALENDAR" or tl[-1] != "END:VCALENDAR":
                    errs.append(w + ": iCalendar not BEGIN/END:VCALENDAR")
            elif ct in ("text/vcard", "text/x-vcard"):
                tl = t.strip().split("\r\n")
                if tl[0] != "BEGIN:VCARD" or tl[-1] != "END:VCARD":
                    errs.append(w + ": vCard not BEGIN/END:VCARD")
        elif ct in ("application/json", "application/fhir+json"):
            try:
                t = data.decode("utf-8")
                json.loads(t)
                texts.append(t)
            except Exception as e:  # noqa
                errs.append("%s: JSON invalid: %s" % (w, e))
        elif ct in ("application/hl7-v2", "x-application/hl7-v2+er7") or (fname or "").endswith(".hl7"):
            if not data.startswith(b"MSH|^~\\&|"):
                errs.append(w + ": HL7 does not start with MSH|^~\\&|")
            hl7_texts.append(data.decode("latin-1"))
        elif ct == "application/pdf":
            _check_pdf(data, w, errs, texts)
        elif ct == "image/png":
            if not data.startswith(b"\x89PNG\r\n\x1a\n"):
                errs.append(w + ": not a PNG")
        for t in texts:
            _check_text_content(t, w, errs)
        for t in hl7_texts:  # reference ranges such as 500-1500 are not phone numbers
            _check_text_content(t, w, errs, phones=False)
    for f in feats:
        stats.setdefault("structures", {})
        stats["structures"][f] = stats["structures"].get(f, 0) + 1
    return errs


def check():
    errs = []
    stats = {}
    by_slug = {m["slug"]: m for m in REG}
    files = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            if f.endswith(".eml"):
                files[f] = lab
    nums = {}
    for f, lab in files.items():
        mm = re.match(r"^(\d{3})-([a-z0-9][a-z0-9-]*)\.eml$", f)
        if not mm:
            errs.append("bad file name " + f)
            continue
        if mm.group(1) in nums:
            errs.append("number %s used twice (%s, %s)" % (mm.group(1), nums[mm.group(1)], f))
        nums[mm.group(1)] = f
        if mm.group(2).startswith("trap-") and lab != "none":
            errs.append("trap- outside none/: " + f)
        errs.extend(check_file(os.path.join(HERE, lab, f), stats))
    if sorted(int(n) for n in nums) != list(range(1, len(nums) + 1)):
        errs.append("numbers do not run 001..%03d" % len(nums))
    # labels.tsv
    seen = set()
    lp = os.path.join(HERE, "labels.tsv")
    with open(lp, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "file\tlabel\treason":
        errs.append("labels.tsv: bad header row")
    for ln in lines[1:]:
        if not ln:
            continue
        cols = ln.split("\t")
        if len(cols) != 3 or not cols[2].strip():
            errs.append("labels.tsv: bad row %r" % ln[:60])
            continue
        if cols[0] not in files:
            errs.append("labels.tsv: no such file " + cols[0])
        elif files[cols[0]] != cols[1]:
            errs.append("labels.tsv: %s labelled %s but in %s/" % (cols[0], cols[1], files[cols[0]]))
        if cols[0] in seen:
            errs.append("labels.tsv: %s listed twice" % cols[0])
        seen.add(cols[0])
    for f in files:
        if f not in seen:
            errs.append("labels.tsv: %s missing" % f)
    # summary
    counts = {l: 0 for l in LABELS}
    traps = 0
    langs = {}
    for f, lab in files.items():
        counts[lab] += 1
        slug = f[4:-4]
        traps += slug.startswith("trap-")
        m = by_slug.get(slug)
        if m:
            langs.setdefault(m["lang"], {l: 0 for l in LABELS})[lab] += 1
    total = sum(counts.values())
    print("files: %d  (%s)  traps: %d" % (total, ", ".join("%s %d" % kv for kv in counts.items()), traps))
    non_en = sum(sum(v.values()) for k, v in langs.items() if k != "en")
    print("languages: %d; not English: %d (%.0f%%)" % (len(langs), non_en, 100.0 * non_en / max(total, 1)))
    for k in sorted(langs, key=lambda k: (-sum(langs[k].values()), k)):
        v = langs[k]
        print("  %-6s %3d  (none %d, phi %d, restricted %d)" % (k, sum(v.values()), v["none"], v["phi"], v["restricted"]))
    for key in ("charsets", "transfer encodings", "structures"):
        print(key + ":")
        for k, v in sorted(stats.get(key, {}).items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-40s %d" % (k, v))
    print("messages with encoded-word headers: %d" % stats.get("encoded-word headers", 0))
    size = sum(os.path.getsize(os.path.join(HERE, lab, f)) for f, lab in files.items())
    print("total size: %d bytes; largest: %d bytes" % (size, max([os.path.getsize(os.path.join(HERE, lab, f)) for f, lab in files.items()] or [0])))
    if errs:
        for e in errs:
            print("ERROR", e)
        print("%d errors" % len(errs))
        return 1
    print("check OK")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only parse and verify")
    a = ap.parse_args()
    if not a.check:
        generate()
    return check()


# ===========================================================================
# messages
# ===========================================================================

# ---------------------------------------------------------------------------
# none, English: traps (clinical education, pharmacy, payers, IT)

@msg("none", "trap-trial-recruitment-type2-diabetes", "en",
     "clinical-trial recruitment ad to a community list: eligibility criteria (A1c, BMI, eGFR) but no individual")
def _():
    txt = """NORTHVALE HEALTH RESEARCH - VOLUNTEERS NEEDED

Do you have type 2 diabetes? Is your A1c between 7.5% and 10.5%?

You may be able to take part in GLIDE-2 (protocol NVH-2026-114), a 26-week
research study of an investigational once-weekly injection taken together
with metformin.

You may qualify if you:
  * are 40 to 75 years old
  * were diagnosed with type 2 diabetes at least 1 year ago
  * take metformin 1,000 mg a day or more
  * have a BMI between 27 and 45 kg/m2

You may NOT qualify if you have type 1 diabetes, an eGFR below 45, a history
of pancreatitis or medullary thyroid cancer, or are pregnant or planning a
pregnancy.

What is involved: 9 visits to the Northvale Research Pavilion, 2200 Orchard
Avenue, blood tests at each visit, and a study diary. Study medicine and
visits are free. Compensation: up to $600 for time and travel.

To find out if you qualify, call the study line at (614) 555-0134 or reply
to this e-mail with the best time to reach you. Please do not send medical
records by e-mail.

This study was approved by the Northvale Institutional Review Board
(IRB #2026-0417). Principal investigator: Lena Voskuijlen, MD.

You are receiving this because you joined the Northvale Community Health
list. Unsubscribe: https://lists.northvale.example.org/u/community
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#1c5c96">Volunteers needed: type 2 diabetes study</h2>
<p><b>Do you have type 2 diabetes? Is your A1c between 7.5% and 10.5%?</b></p>
<p>You may be able to take part in <b>GLIDE-2</b> (protocol NVH-2026-114), a 26-week research study
of an investigational once-weekly injection taken together with metformin.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>You may qualify if you</th><th>You may not qualify if you</th></tr>
<tr><td>are 40&ndash;75 years old</td><td>have type 1 diabetes</td></tr>
<tr><td>were diagnosed at least 1 year ago</td><td>have an eGFR below 45</td></tr>
<tr><td>take metformin &ge; 1,000 mg/day</td><td>had pancreatitis or medullary thyroid cancer</td></tr>
<tr><td>have a BMI of 27&ndash;45 kg/m&sup2;</td><td>are pregnant or planning a pregnancy</td></tr>
</table>
<p>9 visits &middot; free study medicine &middot; up to <b>$600</b> for time and travel.</p>
<p>Call <b>(614) 555-0134</b> or reply to this e-mail. Please do not send medical records by e-mail.</p>
<p style="font-size:11px;color:#666">Approved by the Northvale IRB (IRB #2026-0417). PI: Lena Voskuijlen, MD.
<a href="https://lists.northvale.example.org/u/community">Unsubscribe</a></p>
</body></html>"""
    return MAIL(A("Northvale Clinical Research Office", "studies@northvale.example.org"),
                A("Northvale Community Health list", "community-health@lists.northvale.example.org"),
                "Volunteers needed: 26-week study of a once-weekly diabetes medicine",
                D("2026-11-17 10:05"), MP("alternative", T(txt), H(html)),
                hdrs=[("List-Id", "<community-health.lists.northvale.example.org>"),
                      ("List-Unsubscribe", "<https://lists.northvale.example.org/u/community>")])


@msg("none", "trap-grand-rounds-deidentified-case", "en",
     "grand-rounds announcement with a de-identified case summary (age, sex, labs) and no patient identifier")
def _():
    body = """MEDICINE GRAND ROUNDS
Thursday, November 20, 2026 - 8:00 to 9:00 AM
Hollis Auditorium B and online

"The confused febrile patient: when pneumonia isn't the whole story"
Speaker: Imani Okonkwo-Reyes, MD, Division of Pulmonary & Critical Care

Case (de-identified for teaching):
A 54-year-old man with hypertension and type 2 diabetes presented to the
emergency department in the autumn with three days of fever, productive
cough and new confusion. T 39.4 C, BP 92/54, RR 28, SpO2 88% on room air.
WBC 18.2, sodium 124 mmol/L, lactate 4.1 mmol/L, creatinine 2.3 mg/dL.
CT head was unremarkable; chest X-ray showed right lower lobe
consolidation. Urinary Legionella antigen was positive. He received
azithromycin, fluids and cautious sodium correction and recovered fully.

Learning objectives:
 1. Recognise clinical clues that point to Legionella.
 2. Manage hyponatraemia in sepsis without overcorrection.
 3. Apply the 2026 severe CAP pathway (order set "CAP-SEVERE").

Details of the case were changed to protect privacy. No patient
identifiers are shown in the talk or in this announcement.

Join online: https://meet.stbrigid.example.org/j/88120417  passcode 4412

Accreditation: St. Brigid Medical Center designates this live activity
for a maximum of 1.0 AMA PRA Category 1 Credit(TM). Text the session code
GR1120 to record attendance.

Department of Medicine Education | 555-0119
"""
    return MAIL(A("Dept. of Medicine Education", "med-education@stbrigid.example.org"),
                "all-medicine@stbrigid.example.org",
                "Medicine Grand Rounds Thu 11/20: \"The confused febrile patient\"",
                D("2026-11-17 15:42"), body)


@msg("none", "trap-mm-conference-surgery", "en",
     "M&M conference notice with three de-identified cases (71F, 38M, 64M) and an ICS invite; no identifiers")
def _():
    body = """CONFIDENTIAL - PEER REVIEW / QUALITY IMPROVEMENT PRIVILEGED
Do not forward outside the Department of Surgery.

Department of Surgery Morbidity & Mortality Conference
Tuesday, December 8, 2026, 7:00-8:00 AM, Simulation Center Room 2

Cases (de-identified):

1) 71F, POD 3 after laparoscopic low anterior resection. Tachycardia
   to 118 and WBC rising from 9 to 17. CT: anastomotic leak with pelvic
   collection. Returned to OR for washout and diverting loop ileostomy.
   Discussion: early warning signs, drain amylase, threshold for CT.

2) 38M, fall on outstretched hand. Initial wrist X-ray read as negative;
   re-presented 12 days later with snuffbox tenderness. Repeat imaging:
   scaphoid waist fracture. Discussion: follow-up imaging protocol for
   clinically suspected scaphoid injury.

3) 64M, POD 1 after total knee arthroplasty on PCA hydromorphone.
   Found somnolent, RR 7, SpO2 84%. Naloxone 0.4 mg IV with prompt
   response; no lasting harm. Discussion: continuous capnography for
   patients on PCA, sedation scoring, multimodal analgesia.

Presenters: PGY-4 residents (rotation list). Moderator: Anselm Brueck, MD.
Breakfast provided. Attendance counts toward ACGME conference requirements.

Surgery Quality Office - 555-0126
"""
    ics = ICS([EV("mm-20261208@cedarhollow.example.org", "20261208T070000", "20261208T080000",
                  "Surgery M&M Conference", "Simulation Center Room 2",
                  "Monthly Morbidity & Mortality conference. Cases are de-identified.",
                  ("Surgery Quality", "surgery-quality@cedarhollow.example.org"), tzid="America/New_York")],
              method="PUBLISH", tz_ny=True, prodid="-//Cedar Hollow//Surgery Quality//EN")
    return MAIL(A("Surgery Quality", "surgery-quality@cedarhollow.example.org"),
                ["surgery-faculty@cedarhollow.example.org", "surgery-residents@cedarhollow.example.org"],
                "M&M Conference Tue Dec 8, 7:00 AM - case list (privileged)",
                D("2026-12-02 06:58"),
                MP("mixed", T(body), ATT(ics, "text/calendar", "mm-2026-12-08.ics", cte="7bit",
                                         ctp=("method=PUBLISH",))))


@msg("none", "trap-journal-club-digest", "en",
     "mailing-list digest (multipart/digest) of journal-club posts about SGLT2, PrEP persistence and a hypothetical adrenal nodule")
def _():
    def post(frm, subj, date, text):
        return R822(MAIL(frm, "jclub-im@lists.cedarhollow.example.org", subj, date, T(text)))
    p1 = post(A("Rahul Dasgupta-Finch", "r.dasgupta-finch@cedarhollow.example.org"),
              "Re: SGLT2 inhibitors in HFpEF - the 2026 meta-analysis", D("2026-11-24 21:10"),
              """I went through the supplement. The pooled HR for HF hospitalisation was 0.79
(95% CI 0.71-0.88), NNT about 31 over two years. The eGFR < 30 subgroup is
tiny (n = 412) so I would not over-read the interaction p value.

Also worth noting that ketoacidosis events were 0.1% vs 0.04%.

Rahul
""")
    p2 = post(A("Marguerite Lavoie", "m.lavoie@cedarhollow.example.org"),
              "Next month: PrEP persistence paper", D("2026-11-25 08:02"),
              """For January we'll do the cohort study on PrEP persistence after switching
from daily oral to long-acting injectable cabotegravir (n = 3,118 across
41 clinics). Main outcome: persistence at 12 months, 71% vs 48%.

Please read the methods section on how they handled loss to follow-up.
""")
    p3 = post(A("Tomas Villanueva", "t.villanueva@cedarhollow.example.org"),
              "Case-based discussion: incidental adrenal nodules", D("2026-11-25 12:37"),
              """Hypothetical for Thursday: a 60-year-old with a 2.8 cm adrenal nodule found
on a CT for kidney stones, 8 HU on non-contrast, blood pressure 148/92 on two
drugs, potassium 3.3. What work-up do you order and in what order?

(Not a real patient - composite for teaching.)
""")
    toc = """Send jclub-im mailing list submissions to
        jclub-im@lists.cedarhollow.example.org

Today's Topics:

   1. Re: SGLT2 inhibitors in HFpEF - the 2026 meta-analysis (Rahul Dasgupta-Finch)
   2. Next month: PrEP persistence paper (Marguerite Lavoie)
   3. Case-based discussion: incidental adrenal nodules (Tomas Villanueva)
"""
    return MAIL(A("jclub-im list", "jclub-im-owner@lists.cedarhollow.example.org"),
                "jclub-im@lists.cedarhollow.example.org", "jclub-im Digest, Vol 14, Issue 22",
                D("2026-11-26 05:00"),
                MP("mixed", T(toc), MP("digest", p1, p2, p3, preamble=False)),
                hdrs=[("List-Id", "Internal medicine journal club <jclub-im.lists.cedarhollow.example.org>"),
                      ("Precedence", "list")])


@msg("none", "trap-drug-shortage-iv-fluids", "en",
     "pharmacy drug-shortage bulletin with NDCs and conservation rules for IV fluids; no patient")
def _():
    body = """DRUG SHORTAGE ALERT - ACTION REQUIRED
Issued by: Pharmacy Drug Information Service, Northvale Health
Effective: Monday, December 1, 2026

Product: 0.9% Sodium Chloride Injection, USP
  1,000 mL bag  NDC 0990-7983-09
  100 mL bag    NDC 0990-7983-23
  50 mL bag     NDC 0990-7983-36
Supplier allocation: 70% of historical use until further notice.

Conservation measures (approved by P&T, emergency review 11/28):
 * Give compatible IV antibiotics (cefazolin, ceftriaxone, meropenem) by
   IV push where the drug monograph allows it.
 * Switch to oral hydration as soon as patients tolerate fluids; review
   maintenance IV fluid orders daily.
 * 50 mL bags are reserved for pediatrics and oncology premixes.
 * Pharmacy will auto-substitute lactated Ringer's for maintenance fluids
   unless the order says "NS only" with a reason (e.g. hyperkalaemia,
   traumatic brain injury).

Do not stockpile on units. Par levels in automated cabinets were reduced
by 30% overnight.

Questions: Drug Information, 555-0122, or druginfo@northvale.example.org
"""
    return MAIL(A("Pharmacy Drug Information", "druginfo@northvale.example.org"),
                ["nursing-leadership@northvale.example.org", "medical-staff@northvale.example.org"],
                "DRUG SHORTAGE ALERT: 0.9% sodium chloride bags - conservation measures effective 12/01",
                D("2026-11-30 17:20"), T(body, cte="7bit"),
                hdrs=[("Importance", "high"), ("X-Priority", "1")])


@msg("none", "trap-recall-insulin-pen-lots", "en",
     "device field-safety notice with lot numbers and a CSV of shipped lots per customer account; no patient")
def _():
    body = """URGENT FIELD SAFETY NOTICE - FSN-2026-031
Corvane GlideDose(TM) 4 mm pen needles, 32G

Dear Pharmacy Buyer,

Corvane Medical Devices is voluntarily recalling specific lots of
GlideDose 4 mm pen needles because the needle hub may detach from the pen
during injection. A detached hub can lead to an incomplete insulin dose.

Affected lots: 24K118A through 24K131C (see attached list of lots shipped
to your accounts). No other lots are affected.

What to do:
 1. Quarantine affected stock today and stop dispensing it.
 2. Return it with RMA form FSN-031 (prepaid label included).
 3. Pharmacies may advise customers who bought these lots to check that
    the needle is firmly attached and to replace their supply free of
    charge at the counter. A customer letter template is available.

To date Corvane has received 14 complaints worldwide; no serious injuries
have been reported.

Corvane Field Safety Team | 555-0181 | fieldsafety@corvane.example.com
"""
    rows = [["lot", "expiry", "ship_to_account", "ship_date", "boxes_shipped"]]
    r = random.Random(31)
    for i, lot in enumerate(["24K118A", "24K118B", "24K121A", "24K124C", "24K127A", "24K129B", "24K131C"]):
        for acct in ("CV-0041187", "CV-0041190"):
            rows.append([lot, "2028-%02d" % (3 + i), acct, "2026-%02d-%02d" % (9 + i // 4, 3 + 3 * i), str(r.randint(4, 60))])
    return MAIL(A("Corvane Medical Devices Field Safety", "fieldsafety@corvane.example.com"),
                "pharmacy-buyers@copperline.example.com",
                "URGENT: Field Safety Notice FSN-2026-031 - GlideDose pen needles, lots 24K118A-24K131C",
                D("2026-11-20 09:00", "-0600"),
                MP("mixed", T(body), ATT(CSV(rows), "text/csv", "FSN-2026-031_affected_lots.csv")))


@msg("none", "trap-formulary-update-pt-committee", "en",
     "P&T formulary update with drug tiers, step-therapy ICD codes and a CSV of changes; no patient")
def _():
    body = """The Pharmacy & Therapeutics Committee approved the following changes at
its November 19 meeting. They take effect January 5, 2027.

ADDITIONS
 - Tirzepatide: formulary, restricted to endocrinology and obesity medicine
   (ICD-10 E11.x with A1c >= 7%, or E66.x with BMI >= 35).
 - Nirmatrelvir/ritonavir: formulary, ID approval not required.
 - Sublingual buprenorphine/naloxone films: added for ED initiation
   (order set "ED-MOUD"), no addiction-medicine consult required.

RESTRICTIONS / STEP THERAPY
 - Rivaroxaban: restricted to patients already established on it; apixaban
   remains the preferred DOAC.
 - Esketamine nasal spray: psychiatry only, REMS-certified units.

REMOVALS
 - Ranitidine (all forms), meperidine injection (except rigors protocol).

The full list with tier and restriction codes is attached.

Kind regards,
Yvette Lamarche, PharmD, BCPS
Secretary, P&T Committee | 555-0138
"""
    rows = [["drug", "form", "change", "tier", "restriction_code", "icd10_criteria"],
            ["tirzepatide", "pen", "add", "3", "R-ENDO", "E11.x;E66.x"],
            ["nirmatrelvir/ritonavir", "tablet", "add", "2", "", ""],
            ["buprenorphine/naloxone", "SL film", "add", "2", "ED-MOUD", "F11.2x"],
            ["rivaroxaban", "tablet", "restrict", "3", "R-CONT", "I48.x;I26.x"],
            ["esketamine", "nasal spray", "restrict", "4", "R-PSY-REMS", "F33.2"],
            ["ranitidine", "all", "remove", "", "", ""],
            ["meperidine", "injection", "remove", "", "RIGORS-ONLY", ""]]
    return MAIL(A("P&T Committee", "pt-committee@stbrigid.example.org"),
                "medical-staff@stbrigid.example.org",
                "Formulary changes approved at the November P&T meeting (effective 1/5/2027)",
                D("2026-11-21 11:15"),
                MP("mixed", T(body), ATT(CSV(rows), "text/csv", "formulary_changes_2026-11.csv", cte="quoted-printable")))


@msg("none", "trap-payer-policy-bulletin-cpt", "en",
     "payer provider bulletin with CPT/HCPCS/ICD-10 pairing rules and a PDF policy; no member")
def _():
    body = """BLUEWATER HEALTH PLAN - PROVIDER BULLETIN 2026-12

1. Outpatient therapy visit thresholds (effective January 1, 2027)
   Physical and occupational therapy billed with CPT 97110, 97112, 97140
   or 97530 and a primary ICD-10 code of M54.50 (low back pain,
   unspecified) or M54.2 (cervicalgia) will be reviewed after the 12th
   visit in a calendar year. Append modifier KX when the plan of care
   documents medical necessity beyond the threshold.

2. New code-pairing edits
   - G2211 (visit complexity add-on) will deny with modifier 25 on the
     same E/M line.
   - 99214 + 99417 requires total time documented >= 55 minutes.
   - J1950 (leuprolide) requires an ICD-10 from C61 or N80.x.

3. Behavioral health
   Psychotherapy codes 90832/90834/90837 no longer need prior
   authorization for in-network providers. Intensive outpatient (S9480)
   and partial hospitalization (H0035) still do.

The full policy (MP-REH-014, revision 9) is attached.

Provider Relations | 555-0150 | provider.news@bluewater-plan.example.com
"""
    pdf = PDF([["Bluewater Health Plan - Medical Policy MP-REH-014 rev. 9",
                "Outpatient Rehabilitation Services: Visit Thresholds",
                "",
                "Applies to: commercial and exchange products. Effective 01/01/2027.",
                "Codes: CPT 97110, 97112, 97116, 97140, 97530, 97535; HCPCS G0283.",
                "Diagnoses reviewed: M54.50, M54.2, M25.511, M75.101, S83.511A.",
                "Threshold: 12 visits per calendar year per discipline.",
                "Documentation: functional outcome measure at evaluation and every 10th visit.",
                "Modifier KX attests that services above the threshold are medically necessary.",
                "",
                "This policy does not describe any individual member's benefits."]],
              title="MP-REH-014 rev 9")
    return MAIL(A("Bluewater Health Plan Provider Relations", "provider.news@bluewater-plan.example.com"),
                A("Network providers", "network-providers@lists.bluewater-plan.example.com"),
                "Provider Bulletin 2026-12: therapy visit thresholds, new CPT/ICD-10 pairing edits",
                D("2026-12-01 07:30", "-0600"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "MP-REH-014_rev9.pdf")))


@msg("none", "trap-prior-auth-criteria-glp1", "en",
     "prior-authorization criteria document with a blank request form (Member name/ID/DOB fields empty) in a PDF")
def _():
    body = """Attached is revision 7 of our prior authorization criteria for GLP-1
receptor agonists (policy RX-PA-0142), effective February 1, 2027.

What changed:
 - Initial approval for type 2 diabetes (E11.x) now needs an HbA1c of 7.0%
   or higher within the last 90 days and a trial of metformin (unless
   contraindicated or eGFR < 30).
 - Chronic weight management (E66.x, Z68.35-Z68.45) requires BMI >= 30, or
   BMI >= 27 with one weight-related condition, plus 3 months of a
   lifestyle programme.
 - Renewal at 12 months: at least 5% weight loss or an HbA1c reduction of
   0.5 percentage points.

Please use the new request form (page 2 of the PDF). Incomplete forms are
returned unreviewed.

Granite Shield Utilization Management | fax 555-0159 | um-criteria@graniteshield.example.com
"""
    pdf = PDF([["RX-PA-0142 rev. 7 - GLP-1 receptor agonists",
                "Criteria for initial approval",
                "1. Diagnosis of type 2 diabetes mellitus (ICD-10 E11.x), AND",
                "2. HbA1c >= 7.0% within 90 days, AND",
                "3. Trial and failure of metformin for >= 90 days, or contraindication.",
                "Weight management: BMI >= 30 kg/m2, or >= 27 kg/m2 with hypertension,",
                "dyslipidaemia, obstructive sleep apnoea or cardiovascular disease.",
                "Exclusions: personal/family history of MTC or MEN2; pregnancy."],
               ["PRIOR AUTHORIZATION REQUEST FORM (blank)",
                "Member name: ______________________   Member ID: ________________",
                "Date of birth: ____/____/________      Group number: ____________",
                "Prescriber name: ___________________  Prescriber NPI: ___________",
                "Diagnosis (ICD-10): ________  Most recent HbA1c: ____% on ___/___/____",
                "Current BMI: _____   Prior therapies tried: ______________________",
                "Drug requested: ____________  Dose: ________  Quantity/30 days: ____",
                "Prescriber signature: ______________________  Date: ___/___/______"]],
              title="RX-PA-0142 rev 7", flate=True)
    return MAIL(A("Granite Shield Health Insurance - Utilization Management", "um-criteria@graniteshield.example.com"),
                A("Network prescribers", "prescribers@lists.graniteshield.example.com"),
                "Updated prior authorization criteria: GLP-1 receptor agonists (RX-PA-0142 rev. 7)",
                D("2026-11-18 13:00"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "RX-PA-0142_rev7_criteria_and_form.pdf")))


@msg("none", "trap-coding-quiz-madeup-codes", "en",
     "coding-education quiz with fictitious scenarios (67-year-old female, HF, CKD) and made-up practice codes")
def _():
    body = """HIM CODING CHALLENGE #47 - Heart failure and CKD
(Answers and rationales go out Friday. Scenarios are fictitious.)

Q1. A 67-year-old female is admitted with acute on chronic diastolic
heart failure. She also has hypertension and CKD stage 3b. Which code set
is correct?
   A) I11.0, I50.33, N18.32
   B) I13.0, I50.33, N18.32
   C) I10, I50.9, N18.30
   D) I13.0, I50.23, N18.4

Q2. A 72-year-old man with type 2 diabetes and diabetic CKD stage 4 is
seen for routine follow-up. He uses insulin glargine. Select the codes.
   A) E11.22, N18.4, Z79.4
   B) E11.9, N18.4
   C) E11.22, N18.4, Z79.84
   D) E11.65, N18.4, Z79.4

Q3. (Practice only - these codes do not exist.) Using the mock code book
from class, assign ZZ9.41X for "widget-induced dyspnoea, initial
encounter" and ZZ9.41Y for the subsequent encounter. Which seventh
character goes with a follow-up visit?

Q4. True or false: "history of" a condition that is no longer treated
should be coded with a Z86/Z87 code rather than the active code.

Scores are posted by employee number only; this week's top score was 4/4
(employee 40117).

HIM Coding Education | coding-ed@northvale.example.org | 555-0131
"""
    return MAIL(A("HIM Coding Education", "coding-ed@northvale.example.org"),
                "him-coders@northvale.example.org",
                "Weekly coding challenge #47 - heart failure and CKD (answers Friday)",
                D("2026-11-19 08:15"), body)


@msg("none", "trap-ehr-downtime-notice", "en",
     "planned EHR downtime notice naming fields (MRN, DOB) with an all-zero sample label; no patient")
def _():
    txt = """PLANNED EHR DOWNTIME
Saturday, December 6, 2026, 01:00 - 05:00

During the upgrade the EHR, the patient portal and e-prescribing will be
unavailable. Read-only downtime viewers (BCA PCs, red stickers) will show
census, MAR and results as of 00:45.

What to do:
 * Use paper downtime forms (Clinical Forms cabinet, or print from the
   Downtime SharePoint site).
 * Write the patient's full name, MRN and date of birth on EVERY page.
 * Lab: use the pre-printed downtime requisitions; specimens must carry a
   handwritten label with name, MRN, DOB, date/time and initials.
 * Pharmacy: fax new orders to 555-0145.

Sample downtime label (format only):
    NAME: DOWNTIME, TEST      MRN: 000000000
    DOB: 01/01/1900           ACCT: 0000000000
    LOC: ____  ATTENDING: ____________

After recovery, back-enter orders and documentation within 4 hours.

IT Service Desk, 555-0100 option 2
"""
    html = "<html><body><pre style=\"font-family:Consolas,monospace\">" + \
        txt.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
    return MAIL(A("Northvale IT Service Desk", "servicedesk@northvale.example.org"),
                "all-staff@northvale.example.org",
                "PLANNED EHR DOWNTIME Sat 12/06 01:00-05:00 - downtime procedures",
                D("2026-12-02 16:00"), MP("alternative", T(txt), H(html)),
                hdrs=[("Importance", "high")])


@msg("none", "trap-ehr-build-note-test-patients", "en",
     "borderline: build note listing TEST patients (ZZTEST names, T-prefixed MRNs, dummy DOBs, preloaded labs) in a test environment; no real person")
def _():
    body = """Build note CH-4471 - Sepsis order set v3 (TST environment)

The new order set is built in TST and SUP. Validation sessions are on
12/9 and 12/10. Please use ONLY the test patients below; never test in PRD.

  Name                     MRN         DOB         Preloaded data
  ZZTEST, SEPSISALPHA      T90000011   01/01/1960  lactate 4.2, WBC 19.0
  ZZTEST, SEPSISBRAVO      T90000012   02/02/1975  lactate 1.8, temp 39.1
  ZZTEST, SEPSISCHARLIE    T90000013   03/03/1990  none (new admit)
  ZZTEST, PEDSDELTA        T90000014   04/04/2019  weight 18 kg

Field mapping for the sepsis alert (for the interface team):
  PID-3  -> MRN (assigning authority CH)
  PID-7  -> DOB
  OBX-3  -> LOINC 2524-7 (lactate), 6690-2 (WBC)
  PV1-3  -> unit / room

Known issues: the "repeat lactate in 2 h" reminder does not fire when the
first lactate is resulted from the POC device (ticket INC-228117).

Clinical Informatics Build Team | emr-build@cedarhollow.example.org
"""
    return MAIL(A("Clinical Informatics Build Team", "emr-build@cedarhollow.example.org"),
                ["informatics-analysts@cedarhollow.example.org", "sepsis-committee@cedarhollow.example.org"],
                "Build note CH-4471: sepsis order set v3 in TST - test patients to use",
                D("2026-12-01 14:22"), body)


@msg("none", "trap-hl7-spec-test-segments", "en",
     "borderline: interface spec with HL7 sample messages clearly marked test (MSH-11=T, ZZTEST patient, NTE says synthetic)")
def _():
    body = """Hi Quillfield team,

Attached are the v2.3 interface spec notes and two sample messages for the
new ADT and results feeds. The samples are TEST messages built in our
interface engine (processing ID "T"); the patient in them does not exist.

Key points:
 - PID-3 carries our MRN with assigning authority RBC^MR.
 - PID-7 is YYYYMMDD. We send 19000101 for unknown DOB in test.
 - OBX-5 numeric results use "." decimal, units in OBX-6 (UCUM).
 - We expect an ACK (MSA|AA) within 30 seconds.

Cut-over is planned for January 12. Please confirm your test endpoint.

Thanks,
Priscilla Mbeki
Integration Analyst, Riverbend Community Clinic | 555-0173
"""
    hl7 = HL7(r"MSH|^~\&|RIVERBEND_EHR|RBC|QUILLFIELD_LIS|QFD|20261120083000||ADT^A04^ADT_A01|TEST000123|T|2.5.1",
              r"EVN|A04|20261120083000",
              r"PID|1||TEST0000001^^^RBC^MR||ZZTEST^INTERFACE^ALPHA||19000101|U|||1 TEST ST^^TESTVILLE^ZZ^00000",
              r"PV1|1|O|TESTCLINIC^^^RBC||||9999999999^TEST^PROVIDER",
              r"NTE|1||SYNTHETIC TEST MESSAGE - NOT A REAL PATIENT",
              r"MSH|^~\&|QUILLFIELD_LIS|QFD|RIVERBEND_EHR|RBC|20261120090000||ORU^R01^ORU_R01|TEST000124|T|2.5.1",
              r"PID|1||TEST0000001^^^RBC^MR||ZZTEST^INTERFACE^ALPHA||19000101|U",
              r"OBR|1|TESTORD1|TESTFIL1|2345-7^Glucose^LN|||20261120084500",
              r"OBX|1|NM|2345-7^Glucose^LN||100|mg/dL^mg/dL^UCUM|70-99|H|||F",
              r"NTE|1||TEST RESULT - FOR INTERFACE VALIDATION ONLY")
    return MAIL(A("Priscilla Mbeki", "p.mbeki@riverbend-clinic.example.com"),
                "integration@quillfield.example.net",
                "ADT/ORU feed spec v2.3 + sample messages (TEST ONLY)",
                D("2026-11-20 09:41"),
                MP("mixed", T(body), ATT(hl7, "application/hl7-v2", "sample_ADT_ORU_TEST.hl7")))


@msg("none", "trap-fhir-synthetic-bundle", "en",
     "borderline: FHIR sandbox fixture tagged HTEST/synthetic (Patient 'Synthia Testpatient', diabetes Condition); test data, no real patient")
def _():
    bundle = {
        "resourceType": "Bundle", "id": "fixture-v12", "type": "collection",
        "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                          "code": "HTEST", "display": "test health data"}]},
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "synthetic-0001",
                          "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST"}]},
                          "identifier": [{"system": "https://sandbox.northvale.example.org/fhir/mrn", "value": "SYN-000001"}],
                          "name": [{"family": "Testpatient", "given": ["Synthia"], "text": "Synthia Testpatient (SYNTHETIC)"}],
                          "gender": "female", "birthDate": "1970-01-01"}},
            {"resource": {"resourceType": "Condition", "id": "synthetic-cond-1",
                          "subject": {"reference": "Patient/synthetic-0001"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9",
                                               "display": "Type 2 diabetes mellitus without complications"}]}}},
            {"resource": {"resourceType": "Observation", "id": "synthetic-obs-1", "status": "final",
                          "subject": {"reference": "Patient/synthetic-0001"},
                          "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
                          "valueQuantity": {"value": 8.1, "unit": "%"}}}]}
    body = """Sandbox refresh finished at 02:14. The FHIR sandbox now serves fixture
v12 (attached). Everything in the fixture is synthetic and tagged HTEST;
it was generated for the app-certification test scripts and describes no
real person.

Endpoints: https://sandbox.northvale.example.org/fhir/r4
Client credentials for the sandbox are unchanged.

-- automated message from the FHIR sandbox pipeline
"""
    return MAIL(A("FHIR Sandbox", "sandbox-noreply@dev.northvale.example.org"),
                "app-developers@northvale.example.org",
                "Sandbox refresh complete - synthetic test bundle attached (fixture v12)",
                D("2026-11-27 02:15"),
                MP("mixed", T(body), ATT(json.dumps(bundle, indent=2), "application/fhir+json",
                                         "fixture-v12-synthetic.json", ctp=("charset=utf-8",))),
                hdrs=[("Auto-Submitted", "auto-generated")])


@msg("none", "trap-sepsis-bundle-dashboard", "en",
     "HTML-only quality dashboard: SEP-1 compliance counts and percentages by unit and diagnosis; aggregate only")
def _():
    units = [("Emergency Dept", 214, 171), ("MICU", 58, 49), ("SICU", 22, 17), ("4 West (Med)", 41, 29),
             ("5 East (Onc)", 19, 13), ("6 North (Surg)", 15, 11)]
    rows = "".join("<tr><td>%s</td><td>%d</td><td>%d</td><td>%.1f%%</td></tr>" % (u, n, c, 100.0 * c / n)
                   for u, n, c in units)
    dx = [("Pneumonia", 131, 101), ("Urinary tract infection", 88, 70), ("Intra-abdominal", 47, 35),
          ("Skin/soft tissue", 39, 33), ("Bacteremia, source unknown", 64, 51)]
    rows2 = "".join("<tr><td>%s</td><td>%d</td><td>%.1f%%</td></tr>" % (d, n, 100.0 * c / n) for d, n, c in dx)
    html = """<html><head><style>td,th{border:1px solid #999;padding:3px 8px}</style></head><body>
<h3>SEP-1 Severe Sepsis/Septic Shock Bundle Compliance &mdash; October 2026</h3>
<p>Source: abstraction sample, n = 369 eligible cases. Target: 75%.</p>
<table style="border-collapse:collapse"><tr><th>Unit</th><th>Eligible</th><th>Compliant</th><th>Rate</th></tr>
@ROWS1@</table>
<h4>By infection source</h4>
<table style="border-collapse:collapse"><tr><th>Source</th><th>Cases</th><th>Rate</th></tr>@ROWS2@</table>
<p>Most common failed element: repeat lactate within 6 hours (42 cases), followed by blood cultures
before antibiotics (19 cases). Mortality among septic shock cases: 18.4% (observed/expected 0.91).</p>
<p style="color:#777;font-size:11px">Aggregate data. Case-level drill-down is available to unit managers in the
Quality Portal only.</p></body></html>""".replace("@ROWS1@", rows).replace("@ROWS2@", rows2)
    return MAIL(A("Quality Analytics", "qa-dashboards@stbrigid.example.org"),
                "unit-managers@stbrigid.example.org",
                "SEP-1 bundle compliance - October 2026 (by unit and source)",
                D("2026-11-12 06:00"), H(html))


@msg("none", "trap-county-surveillance-csv", "en",
     "public-health weekly surveillance report with case counts by county (incl. HIV, syphilis, chlamydia) in a CSV; aggregate")
def _():
    counties = ["Ashford", "Bellmont", "Corrigan"]
    conds = [("Chlamydia", (41, 22, 9)), ("Gonorrhea", (14, 6, 3)), ("Syphilis, all stages", (5, 2, 0)),
             ("HIV, new diagnoses", (3, 1, 0)), ("Hepatitis C, acute", (2, 1, 1)),
             ("Influenza, lab-confirmed", (118, 64, 21)), ("Pertussis", (1, 0, 2)), ("Salmonellosis", (3, 2, 0))]
    rows = [["county", "condition", "week_47_count", "ytd_2026", "ytd_2025"]]
    r = random.Random(47)
    for cond, cs in conds:
        for c, n in zip(counties, cs):
            shown = str(n) if n >= 5 or n == 0 else "<5"
            rows.append([c, cond, shown, str(n * r.randint(30, 45)), str(n * r.randint(28, 46))])
    body = """Weekly Communicable Disease Report - MMWR week 47 (November 22-28, 2026)
Tri-County Health Department, Epidemiology Program

Highlights:
 * Influenza activity is HIGH and rising in all three counties; 203
   lab-confirmed cases this week (previous week: 151).
 * Three new HIV diagnoses were reported in Ashford County this year's
   week 47, bringing the year-to-date total to 61.
 * Congenital syphilis: no new cases this week (YTD 2).

Counts of 1-4 are shown as "<5" to protect privacy. Data are provisional.

Full table attached (CSV). For questions call the epidemiology line,
555-0177.
"""
    return MAIL(A("Tri-County Health Dept. Epidemiology", "epi@tricounty-health.example.org"),
                A("Surveillance partners", "surveillance-partners@lists.tricounty-health.example.org"),
                "Weekly communicable disease report - MMWR week 47 (Nov 22-28, 2026)",
                D("2026-12-02 10:30"),
                MP("mixed", T(body), ATT(CSV(rows), "text/csv", "tchd_cd_week47_2026.csv")))


@msg("none", "trap-measles-exposure-advisory", "en",
     "borderline: health advisory on a measles case: public exposure sites and times, clinician guidance; the case is not identified")
def _():
    body = """TRI-COUNTY HEALTH DEPARTMENT - HEALTH ADVISORY
Confirmed measles case: possible exposures at three public locations

Summary
A laboratory-confirmed case of measles was reported on November 29 in an
unvaccinated resident who had recently travelled abroad. People who were
at the following places at the listed times may have been exposed:

  Monday Nov 24, 2:00-5:30 PM    Westgate Mall food court, 800 Westgate Blvd
  Tuesday Nov 25, 9:00-11:45 AM  Copperline Family Medicine waiting room
  Wednesday Nov 26, 6:10-9:00 PM Bellmont Public Library, 2nd floor

Guidance for clinicians
 * Consider measles in anyone with fever >= 101 F and a generalized
   maculopapular rash, especially with cough, coryza or conjunctivitis,
   who was at these locations 7-21 days before symptom onset.
 * Call ahead: room suspected patients immediately in an airborne
   infection isolation room.
 * Collect a nasopharyngeal swab for measles PCR and serum for IgM.
 * MMR within 72 hours or immune globulin within 6 days of exposure can
   prevent disease in susceptible contacts.
 * Report suspected cases immediately, 24/7: 555-0177.

The health department is contacting known close contacts directly. We
will not release any further information about the case.
"""
    return MAIL(A("Tri-County Health Department", "han@tricounty-health.example.org"),
                A("Health Alert Network", "han-clinicians@lists.tricounty-health.example.org"),
                "HEALTH ADVISORY: confirmed measles case - possible exposures at 3 public locations (Nov 24-26)",
                D("2026-11-30 12:05"), T(body), hdrs=[("Importance", "high")])


@msg("none", "trap-flu-clinic-schedule-ics", "en",
     "public walk-in vaccine clinic schedule with an ICS of three public events; nobody's appointment")
def _():
    body = """Walk-in flu & COVID-19 vaccine clinics - December

No appointment needed. Everyone 6 months and older is welcome. Bring your
insurance card if you have one; vaccines are free for people without
insurance.

  Sat Dec 6    9:00 AM - 1:00 PM   Copperline Family Medicine, 41 Mill St
  Wed Dec 10   3:00 PM - 7:00 PM   Bellmont Senior Center, 12 Arbor Way
  Sat Dec 13   9:00 AM - 12:00 PM  St. Casimir Parish Hall, 300 Lake Rd

High-dose flu vaccine is available for adults 65+, and RSV vaccine for
adults 75+ and pregnant people at 32-36 weeks.

Add the dates to your calendar with the attached file.

Copperline Family Medicine | 555-0112
"""
    evs = [EV("fluclinic-%d@copperline.example.com" % i, s, e, "Walk-in flu & COVID-19 vaccine clinic", loc,
              "Free walk-in vaccines for everyone 6 months and older.")
           for i, (s, e, loc) in enumerate([("20261206T090000", "20261206T130000", "Copperline Family Medicine, 41 Mill St"),
                                             ("20261210T150000", "20261210T190000", "Bellmont Senior Center, 12 Arbor Way"),
                                             ("20261213T090000", "20261213T120000", "St. Casimir Parish Hall, 300 Lake Rd")])]
    return MAIL(A("Copperline Family Medicine", "news@copperline.example.com"),
                A("Copperline community list", "community@lists.copperline.example.com"),
                "Walk-in flu & COVID-19 vaccine clinics this December - no appointment needed",
                D("2026-11-28 09:00"),
                MP("mixed", T(body), ATT(ICS(evs, method="PUBLISH", prodid="-//Copperline//Outreach//EN"),
                                         "text/calendar", "vaccine-clinics-december.ics")))


@msg("none", "trap-health-fair-flyer-pdf", "en",
     "community health-fair flyer (PDF) offering free BP, glucose, HIV and hepatitis C testing to the public")
def _():
    pdf = PDF([["RIVERBEND COMMUNITY HEALTH FAIR - Saturday, December 13, 10 AM - 2 PM",
                "Riverbend Community Clinic parking lot, 77 Canal Street (indoors if it rains)",
                "",
                "FREE for everyone - no insurance needed:",
                "  - Blood pressure checks and stroke risk counselling",
                "  - Finger-stick glucose and cholesterol screening",
                "  - Rapid HIV and hepatitis C testing (confidential, results in 20 minutes)",
                "  - Mammogram van (call ahead: 555-0166)",
                "  - Flu shots and COVID-19 boosters",
                "  - Naloxone training: learn to reverse an opioid overdose, take a free kit",
                "  - Healthy cooking demo and free produce boxes",
                "",
                "Hablamos espanol. Nou pale kreyol.",
                "Questions: outreach@riverbend-clinic.example.com"]], title="Health Fair Flyer")
    body = """Hi all,

Here is the flyer for the December 13 health fair. Please print it for
waiting rooms and community boards (letter size, colour if you can).

Volunteers: sign-up sheet is on the outreach shared drive.

Thanks!
Lucinda Harrow-Bey
Community Outreach Coordinator | 555-0166
"""
    return MAIL(A("Lucinda Harrow-Bey", "l.harrow-bey@riverbend-clinic.example.com"),
                ["all-sites@riverbend-clinic.example.com", "partners@lists.riverbend-clinic.example.com"],
                "Flyer for posting: Riverbend Community Health Fair, Sat Dec 13",
                D("2026-11-24 14:10"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "HealthFair_Dec13_flyer.pdf")))


@msg("none", "trap-aa-na-meeting-list", "en",
     "community-center list of open AA/NA/SMART/Al-Anon meetings for the public; no attendee named")
def _():
    body = """DECEMBER RECOVERY MEETINGS AT WESTGATE COMMUNITY CENTER

All meetings are free and open to anyone who wants to attend. We do not
keep sign-in sheets. Use the side entrance on Birch Street after 6 PM.

  Monday     7:00 PM  Alcoholics Anonymous - "Big Book" study (Room 3)
  Tuesday    6:30 PM  Narcotics Anonymous - open discussion (Room 3)
  Wednesday  7:00 PM  SMART Recovery (Room 5)
  Thursday   12:00 PM AA - "Lunch Bunch" (Room 3)
  Friday     7:30 PM  NA - speaker meeting (Gym)
  Saturday   10:00 AM Al-Anon / Alateen for families and friends (Room 5)

Holiday note: no meetings on December 25; the Friday NA meeting moves to
Thursday December 24 at 5:00 PM.

Naloxone kits are free at the front desk, no questions asked.
If you or someone you love is struggling, you can call or text 988 any time.

Westgate Community Center, 900 Birch Street | 555-0140
"""
    return MAIL(A("Westgate Community Center", "frontdesk@westgate-cc.example.org"),
                A("Westgate newsletter", "newsletter@lists.westgate-cc.example.org"),
                "December recovery meetings at Westgate (AA, NA, SMART Recovery, Al-Anon)",
                D("2026-11-29 18:00"), body)


@msg("none", "trap-grief-support-group", "en",
     "hospice bereavement support-group announcement for the public; no participant named")
def _():
    txt = """Holidays and Grief: a support circle

Lantern Hospice invites anyone grieving the death of a loved one to our
free holiday support circle. You do not need to have used hospice
services.

Tuesdays, December 2, 9 and 16, 6:00-7:30 PM
Lantern Hospice Family Room, 15 Quarry Lane

Facilitated by our bereavement counselors. Share as much or as little as
you like. Light refreshments. Please register so we have enough chairs:
555-0153 or bereavement@lanternhospice.example.org.
"""
    html = """<html><body style="font-family:Georgia,serif;color:#333">
<h2>Holidays and Grief: a support circle</h2>
<p>Lantern Hospice invites <i>anyone</i> grieving the death of a loved one to our free holiday support circle.
You do not need to have used hospice services.</p>
<p><b>Tuesdays, December 2, 9 and 16, 6:00&ndash;7:30 PM</b><br>Lantern Hospice Family Room, 15 Quarry Lane</p>
<p>Facilitated by our bereavement counselors. Share as much or as little as you like.</p>
<p>Register: 555-0153 or <a href="mailto:bereavement@lanternhospice.example.org">bereavement@lanternhospice.example.org</a></p>
</body></html>"""
    return MAIL(A("Lantern Hospice Bereavement Services", "bereavement@lanternhospice.example.org"),
                A("Lantern Hospice friends", "friends@lists.lanternhospice.example.org"),
                "\"Holidays and Grief\" support circle - Tuesdays in December",
                D("2026-11-20 10:00"), MP("alternative", T(txt), H(html)))


@msg("none", "trap-eap-notice-all-staff", "en",
     "all-staff EAP notice listing depression, anxiety, substance use counselling and 988; addressed to no individual")
def _():
    body = """You are not alone.

The holidays can be hard. Our Employee Assistance Program (EAP) is free and
confidential for you and everyone in your household.

What the EAP offers:
 * Up to 8 counseling sessions per issue, in person or by video, for
   stress, depression, anxiety, grief, relationship problems or alcohol
   and drug use.
 * 24/7 crisis support: 555-0148. If you are in crisis, call or text 988.
 * Legal and financial consultations (30 minutes free).
 * Referrals to child care and elder care.

Nothing you discuss with the EAP is shared with your manager or with HR.
Using the EAP does not affect your job or your health plan.

National Depression Screening Day is December 11: take the anonymous
online screening at https://eap.cedarhollow.example.org/screening

Human Resources, Cedar Hollow Hospital
"""
    return MAIL(A("Human Resources", "hr-announcements@cedarhollow.example.org"),
                "all-employees@cedarhollow.example.org",
                "You are not alone: free, confidential support through the EAP",
                D("2026-12-01 08:00"), body)


@msg("none", "trap-open-enrollment-reminder", "en",
     "open-enrolment reminder to all staff: plan deductibles, fertility/IVF benefit, mental-health copays; no individual's elections")
def _():
    txt = """OPEN ENROLLMENT CLOSES FRIDAY, DECEMBER 12

If you do nothing, your 2026 medical, dental and vision elections roll
over, but your Health Savings Account (HSA) and Flexible Spending Account
(FSA) contributions go to $0.

2027 medical plans
                       PPO          HDHP + HSA
  Deductible (single)  $750         $3,200
  Out-of-pocket max    $3,500       $6,000
  Primary care visit   $25          deductible, then 10%
  Mental health visit  $0           deductible, then 0%
  Employer HSA seed    -            $750

New for 2027
 * Fertility benefit: diagnosis, IUI and IVF, up to $20,000 lifetime, and
   egg freezing for medical reasons.
 * Virtual physical therapy and a diabetes prevention programme.
 * Gender-affirming care coverage aligned with WPATH standards.

Log in with your employee ID (format E0000000) at
https://benefits.stbrigid.example.org. Questions: Benefits Service Center,
555-0171, Mon-Fri 8-6.
"""
    html = "<html><body><pre>" + txt.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
    return MAIL(A("Benefits Team", "benefits@stbrigid.example.org"),
                "all-employees@stbrigid.example.org",
                "Open enrollment closes Friday 12/12 - 2027 medical, dental, vision and a new fertility benefit",
                D("2026-12-01 07:45"), MP("alternative", T(txt), H(html, cte="base64")))


@msg("none", "trap-wellness-challenge-teams", "en",
     "wellness step-challenge leaderboard by team name and a biometric screening event; no individual results")
def _():
    body = """WellWorks Step Challenge - week 3 leaderboard

  1. Cath Lab Cruisers        412,330 steps
  2. Pharmacy Pill Pushers    398,102
  3. ED Night Owls            377,845
  4. Radiology Rads           351,220
  5. 5 East Oncology Striders 342,067

Great work, everyone - 1,184 employees have logged at least 50,000 steps.

FREE BIOMETRIC SCREENING - Tuesday December 9, 7 AM-3 PM, Conference Center
Get your blood pressure, cholesterol, glucose and A1c checked in 15
minutes and earn 500 WellWorks points ($150 premium credit). Results go
only to you; your manager never sees them.

Flu shot at the same event: bring your badge.

WellWorks at Northvale | 555-0163
"""
    return MAIL(A("WellWorks at Northvale", "wellworks@northvale.example.org"),
                "all-staff@northvale.example.org",
                "Step challenge week 3 leaderboard + free biometric screening 12/9",
                D("2026-12-03 07:00"), body)


@msg("none", "trap-license-renewal-reminder", "en",
     "credentialing reminder to a named RN with license number and CE-hour rules; no health information about her")
def _():
    body = """Dear Tomasz,

Our records show that your registered nurse license expires soon:

   License: RN-4418207 (State Board of Nursing)
   Expires: 01/31/2027
   Status in our system: renewal not yet verified

Please upload proof of renewal to the Credentialing portal by January 15.
Reminder: this renewal cycle the Board requires 2 contact hours on
substance use disorder and pain management, and 1 hour on implicit bias.
Courses completed on our learning system are already counted (you have
24 of 24 hours).

Also coming due:
   BLS ........................ 03/2027
   CPI crisis prevention ...... 02/2027

Nurses whose license lapses cannot be scheduled until it is verified.

Thank you,
Nursing Credentialing Office
Lakeshore Behavioral Health | 555-0121
"""
    return MAIL(A("Nursing Credentialing", "nurse-credentialing@lakeshore-bh.example.org"),
                A("Tomasz Wierzbicki", "t.wierzbicki@lakeshore-bh.example.org"),
                "Reminder: your RN license expires 01/31/2027 - upload proof of renewal",
                D("2026-11-25 10:12"), body)


@msg("none", "trap-credentialing-physician-dob-npi-dea", "en",
     "borderline: medical-staff reappointment note with a physician's DOB, NPI and DEA number; identifiers but no health content")
def _():
    n = npi("164829307")
    d = dea("BS", "482913")
    body = """Dr. Saldanha-Ruiz,

Your reappointment packet (cycle 2027-2029) is incomplete. We need the
items below by December 15 to keep your privileges active.

Practitioner on file
   Name:        Priyanka Saldanha-Ruiz, MD
   Department:  Psychiatry (Consult-Liaison and Inpatient)
   DOB:         04/17/1979
   NPI:         %s
   DEA:         %s (expires 05/31/2028)
   State license MD-0071934 (expires 06/30/2027)

Missing items
   1. Current malpractice certificate of insurance
   2. Case log for the last 24 months (you reported 112 inpatient
      consults; the form needs the count by privilege category)
   3. Signed attestation of the Medical Staff Bylaws

Please do not send documents by e-mail; upload them in the credentialing
portal. Call me at 555-0116 with questions.

Alma Desrosiers, CPMSM
Medical Staff Office, Cedar Hollow Hospital
""" % (n, d)
    return MAIL(A("Medical Staff Office", "medstaff@cedarhollow.example.org"),
                A("Dr. Priyanka Saldanha-Ruiz", "p.saldanha-ruiz@cedarhollow.example.org"),
                "Reappointment packet incomplete - 3 items needed by 12/15",
                D("2026-11-26 09:30"), body)


@msg("none", "trap-hr-payroll-leave-policy", "en",
     "HR letter to a named employee: pay calendar, PTO balance, employee ID and updated leave-policy names; no health information")
def _():
    body = """Dear Marisol,

A few updates ahead of the new year:

1. Pay calendar. Beginning January 2027, paydays move from Thursday to
   Friday. Your first 2027 payday is January 9. Direct deposit to the
   account ending 4471 is unchanged.

2. Your balances as of pay period ending 11/29/2026
      Employee ID:        0041827
      PTO balance:        64.5 hours
      Extended sick bank: 120.0 hours (carry-over cap 240)

3. Leave policies updated January 1:
      HR-214  Family and Medical Leave (FMLA) - forms moved to the HR portal
      HR-215  Paid parental leave - now 8 weeks at 100% pay
      HR-219  Bereavement leave - 5 days for immediate family
   Requests for any protected leave go to leave-admin@riverbend-clinic.example.com,
   not to your manager.

4. Open enrollment confirmation statements will be mailed to your home
   address on file.

Payroll & HR Services
Riverbend Community Clinic | 555-0128
"""
    return MAIL(A("Payroll & HR Services", "hr-services@riverbend-clinic.example.com"),
                A("Marisol Achterberg", "m.achterberg@riverbend-clinic.example.com"),
                "Your 2027 pay calendar, PTO balance and updated leave policies",
                D("2026-12-01 11:00"), body)


@msg("none", "trap-job-ad-psych-nurse", "en",
     "staffing recruiter pitching an inpatient psychiatric/detox RN contract to a named nurse; no health information about anyone")
def _():
    body = """Hi Ingrid,

I saw your profile on our nurse network and wanted to reach out about a
13-week travel contract that fits your psych background:

   Unit:      Adult acute inpatient psychiatry, 24 beds, plus a 6-bed
              medically monitored detox step-down
   Facility:  Lakeshore Behavioral Health (Joint Commission accredited)
   Shift:     Nights, 3 x 12 h, every third weekend
   Pay:       $2,310/week gross, housing stipend included
   Start:     January 5, 2027

Requirements: 2+ years inpatient psych, current CPI or MOAB, experience
with de-escalation, involuntary holds and CIWA/COWS withdrawal scoring.

If you are interested, reply with a good time for a 10-minute call or
text me at 555-0187.

Best,
Darnell Whitcombe
Senior Recruiter, CareBridge Staffing
"""
    return MAIL(A("Darnell Whitcombe, CareBridge Staffing", "d.whitcombe@carebridge-staffing.example.com"),
                A("Ingrid Solvang", "ingrid.solvang@example.net"),
                "Inpatient psychiatric RN - 13-week contract, nights, $2,310/wk",
                D("2026-11-21 16:40", "-0600"), body)


@msg("none", "trap-job-ad-addiction-counselor", "en",
     "HTML-only job posting for addiction counselors at an opioid treatment program (methadone, Part 2 training); no patient")
def _():
    html = """<!DOCTYPE html><html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#2a6f4e">Now hiring: Licensed Addiction Counselors (LADC / LCADC)</h2>
<p><b>Lakeshore Behavioral Health &ndash; Opioid Treatment Program, Eastside campus</b></p>
<ul>
<li>Caseload of about 45 patients receiving methadone or buprenorphine</li>
<li>Individual and group counseling, including our contingency management programme</li>
<li>Intake assessments using ASAM criteria; coordination with the medical team</li>
<li>Full training on 42 CFR Part 2 confidentiality and our EHR</li>
</ul>
<p><b>Pay:</b> $62,000&ndash;$74,000 plus $3,000 sign-on bonus. Loan repayment eligible (HRSA site).</p>
<p><b>Schedule:</b> Mon&ndash;Fri, 6:00 AM&ndash;2:30 PM (dosing hours start early!)</p>
<p><a href="https://careers.lakeshore-bh.example.org/jobs/ladc-otp">Apply online</a> or call our recruiter at 555-0124.</p>
<p style="font-size:10px;color:#888">Lakeshore Behavioral Health is an equal opportunity employer.
You received this because you subscribed to job alerts for &quot;counselor&quot;.</p>
</body></html>"""
    return MAIL(A("Lakeshore Behavioral Health Careers", "careers@lakeshore-bh.example.org"),
                A("Job alert subscribers", "job-alerts@lists.lakeshore-bh.example.org"),
                "Now hiring: Licensed Addiction Counselors (LADC/LCADC) - Opioid Treatment Program",
                D("2026-11-23 12:00"), H(html))


@msg("none", "trap-quote-chemistry-analyzer", "en",
     "vendor quote (PDF) for a chemistry analyzer and HbA1c/troponin reagents; catalogue numbers look like SSNs")
def _():
    pdf = PDF([["QUILLFIELD DIAGNOSTICS - QUOTATION Q-2026-11873",
                "Customer: Orchard Valley Lab Services, Attn: Lab Director",
                "Valid until: 01/31/2027    Payment terms: net 45",
                "",
                "Item  Cat. No.        Description                                Qty   Unit price",
                "1     QF-600-SYS      QF-600 chemistry analyzer, 800 tests/h      1   $148,500.00",
                "2     372-19-5530     HbA1c reagent kit, 500 tests                12  $1,240.00",
                "3     372-19-5547     High-sensitivity troponin I, 200 tests      20  $2,015.00",
                "4     372-20-0118     Lipid panel reagents (CHOL/HDL/TG)          10  $610.00",
                "5     QF6-SVC-GOLD    Gold service contract, 36 months            1   $41,800.00",
                "",
                "Instrument serial (demo unit to be replaced): QF6-00917",
                "Installation, training for 4 operators and IQ/OQ included.",
                "Quote prepared by: Gunnar Ellefsen, Account Executive, 555-0192"]],
              title="Quote Q-2026-11873")
    body = """Hello,

As discussed, please find our quotation for the QF-600 chemistry analyzer,
reagents and service contract attached. Pricing includes the 12% GPO
discount.

Kind regards,
Gunnar Ellefsen
Quillfield Diagnostics | 555-0192
"""
    return MAIL(A("Gunnar Ellefsen, Quillfield Diagnostics", "g.ellefsen@quillfield.example.net"),
                "lab-director@orchardlab.example.net",
                "Quote Q-2026-11873: QF-600 chemistry analyzer, HbA1c / troponin I / lipid reagents",
                D("2026-11-14 15:05", "-0600"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "Quote_Q-2026-11873.pdf")))


@msg("none", "trap-quote-naloxone-kits", "en",
     "reply chain between a distributor and a health department on naloxone kit pricing (RFQ, PO numbers); no patient")
def _():
    orig = """From: Procurement, Tri-County Health Dept. <procurement@tricounty-health.example.org>
Sent: Monday, November 17, 2026 9:12 AM
Subject: RFQ 26-114 naloxone nasal spray 4 mg kits

Please quote 2,000 two-dose kits of naloxone HCl nasal spray 4 mg for the
community distribution programme, with delivery in two lots (January and
April). Include expiry dating (minimum 24 months) and freight.
"""
    body = """Hello,

Thank you for the RFQ. Our pricing for RFQ 26-114:

  Naloxone HCl nasal spray 4 mg, 2-dose carton (NDC 0990-4412-02)
    2,000 cartons x $41.50 = $83,000.00
  Free freight; two deliveries (1,000 in January, 1,000 in April)
  Expiry dating: 30+ months from delivery
  Optional: 2,000 printed "How to respond to an overdose" cards, $0.18 ea.

Once we have your PO we can ship the first lot within 5 business days.

Best regards,
Rosalind Kemper-Asante
Government Accounts, Sentinel Pharma Distribution | 555-0179

""" + quote(orig)
    return MAIL(A("Rosalind Kemper-Asante", "bids@sentinel-dist.example.com"),
                A("Procurement, Tri-County Health Dept.", "procurement@tricounty-health.example.org"),
                "RE: RFQ 26-114 naloxone nasal spray 4 mg kits - pricing for 2,000 units",
                D("2026-11-18 14:30"), body,
                irt="<rfq26114.a1@tricounty-health.example.org>")


@msg("none", "trap-insulin-pump-distributor-quote", "en",
     "DME distributor quote to a clinic for demo insulin pumps, infusion sets and CGM sensors (CSV item list); no patient")
def _():
    rows = [["item_code", "description", "qty", "unit_price", "ext_price"],
            ["HX-IP-220", "Insulin pump, demo/trainer unit (not for patient use)", "4", "0.00", "0.00"],
            ["HX-IS-06-110", "Infusion set 6 mm / 110 cm, box of 10", "40", "94.00", "3760.00"],
            ["HX-RES-300", "Reservoir 300 unit, box of 10", "20", "38.50", "770.00"],
            ["CG-SNS-10D", "CGM sensor, 10-day, box of 3", "15", "189.00", "2835.00"],
            ["CG-TRX-01", "CGM transmitter, demo", "2", "0.00", "0.00"]]
    body = """Hi Copperline purchasing,

Attached is the quote for the diabetes education room demo stock. The four
pumps are trainer units on loan at no cost for 12 months; consumables are
billed at your contract price (GPO tier 2).

Quote number HDX-Q-88417, valid 60 days. Ship-to: Copperline Family
Medicine, 41 Mill St, Suite 200.

Sergio Valdivia
Helix DME Supply | 555-0184
"""
    return MAIL(A("Helix DME Supply", "orders@helixdme.example.com"),
                "purchasing@copperline.example.com",
                "Quote HDX-Q-88417: demo insulin pumps, infusion sets, CGM sensors for education room",
                D("2026-11-19 11:20"),
                MP("mixed", T(body), ATT(CSV(rows), "text/csv", "HDX-Q-88417.csv", cte="7bit")))


@msg("none", "trap-pharmacy-controlled-inventory", "en",
     "opioid-treatment-program pharmacy month-end controlled-substance count (methadone, buprenorphine) as aggregate CSV; no patient")
def _():
    rows = [["item", "ndc", "unit", "opening", "received", "dispensed", "wasted", "closing", "variance"],
            ["Methadone oral concentrate 10 mg/mL", "0990-1180-16", "mL", "41250", "60000", "58320", "12", "42918", "0"],
            ["Methadone 40 mg dispersible tablet", "0990-1184-01", "tab", "1200", "0", "310", "0", "890", "0"],
            ["Buprenorphine/naloxone 8/2 mg SL film", "0990-3312-30", "film", "2400", "3000", "2871", "2", "2527", "0"],
            ["Buprenorphine 8 mg SL tablet", "0990-3316-30", "tab", "900", "0", "214", "0", "686", "0"],
            ["Buprenorphine ER injection 300 mg", "0990-3390-01", "syringe", "36", "24", "29", "0", "31", "0"],
            ["Naltrexone ER injection 380 mg", "0990-5501-01", "kit", "18", "12", "14", "0", "16", "0"]]
    body = """Month-end count for November is complete and reconciled. Both pharmacists
signed the count sheet; no variances. Totals attached.

Dispensing summary: 8,412 methadone doses and 2,990 buprenorphine doses
(all routes) in November, 31 fewer take-home bottles than October because
of the holiday schedule.

DEA Form 222 for the December order is ready for your signature.

OTP Pharmacy - Lakeshore Eastside | 555-0135
"""
    return MAIL(A("OTP Pharmacy - Lakeshore", "otp-pharmacy@lakeshore-bh.example.org"),
                A("Pharmacy Director", "pharmacy-director@lakeshore-bh.example.org"),
                "Month-end controlled substance count - November (methadone, buprenorphine)",
                D("2026-12-01 15:50"),
                MP("mixed", T(body), ATT(CSV(rows), "text/csv", "cs_count_2026-11.csv")))


@msg("none", "trap-device-service-ticket-infusion-pump", "en",
     "biomed service ticket for an infusion pump with serial and part numbers; bench check, no patient involved")
def _():
    body = """Ticket:        BMS-228104
Status:        Resolved
Priority:      2 - High
Asset tag:     118827
Device:        Corvane InfuLine 7 large-volume infusion pump
Serial number: CVN-IP7-00481236
Location:      5 East clean utility / storeroom
Reported by:   Nursing, 5 East (charge RN)

Problem: "Occlusion downstream" alarm repeatedly during the pre-use bench
check. The pump was tagged out before use; it was not connected to a
patient and no patient was involved.

Work performed:
  - Downloaded event log: 14 occlusion alarms, pressure sensor drift
  - Replaced downstream pressure sensor, P/N 204-11-7730
  - Calibrated, ran PM procedure IP7-PM-03, electrical safety passed
  - Returned to service 12/02 10:45

Technician: Olumide Aranda-Fisk, CBET | Biomedical Engineering, ext. 4-0139

This is an automated message from the Biomed Service Portal. Reply above
this line to add a comment to the ticket.
"""
    return MAIL(A("Biomed Service Portal", "noreply@biomed.cedarhollow.example.org"),
                "5east-managers@cedarhollow.example.org",
                "[Ticket BMS-228104] Resolved: infusion pump occlusion alarm - SN CVN-IP7-00481236",
                D("2026-12-02 10:47"), body, hdrs=[("Auto-Submitted", "auto-generated")])


@msg("none", "trap-invoice-reference-lab", "en",
     "invoice between organisations with aggregate test counts by CPT (chlamydia, HIV, BRCA); no patient-level line")
def _():
    lines = [("87491", "Chlamydia trachomatis, amplified probe", 37, 35.09),
             ("87591", "Neisseria gonorrhoeae, amplified probe", 37, 35.09),
             ("87389", "HIV-1/HIV-2 antigen/antibody, single result", 22, 25.57),
             ("81162", "BRCA1/BRCA2 full sequence and deletion/duplication", 3, 1424.00),
             ("83036", "Hemoglobin A1c", 114, 9.71),
             ("80061", "Lipid panel", 96, 13.39),
             ("84443", "Thyroid stimulating hormone", 71, 16.80)]
    total = sum(q * p for _, _, q, p in lines)
    page = ["ORCHARD VALLEY LAB SERVICES - INVOICE INV-2026-11-00392",
            "Bill to: Riverbend Community Clinic, Accounts Payable, 77 Canal Street",
            "Account: OVL-RBC-0219    Service period: 11/01/2026 - 11/30/2026    Terms: net 30",
            "",
            "CPT     Description                                          Qty   Rate      Amount"]
    for c, dsc, q, p in lines:
        page.append("%-7s %-52s %4d  %8.2f  %9.2f" % (c, dsc, q, p, q * p))
    page += ["", "TOTAL DUE: $%.2f" % total,
             "Patient-level detail is available in the secure client portal (not in this invoice).",
             "Remit to: Orchard Valley Lab Services, Lockbox 4471, or ACH (see portal)."]
    body = """Please find attached invoice INV-2026-11-00392 for reference testing
performed in November 2026. Total due: $%.2f, net 30.

Accounts Receivable
Orchard Valley Lab Services | 555-0109
""" % total
    return MAIL(A("Orchard Valley Lab Services - Accounts Receivable", "ar@orchardlab.example.net"),
                "ap@riverbend-clinic.example.com",
                "Invoice INV-2026-11-00392 - reference testing, November 2026 (net 30)",
                D("2026-12-02 08:05", "-0600"),
                MP("mixed", T(body), ATT(PDF(page, flate=True, title="INV-2026-11-00392"),
                                         "application/pdf", "INV-2026-11-00392.pdf")))


@msg("none", "trap-donor-thank-you", "en",
     "borderline: foundation thanks named donors for a gift to a cancer-center comfort fund; does not say they were patients")
def _():
    body = """Dear Harold and June,

On behalf of everyone at Cedar Hollow, thank you for your generous gift of
$2,500 to the Cancer Center Patient Comfort Fund, received on November 21.

Your gift will pay for warm blankets in the infusion suite, parking
vouchers for patients who come for daily radiation, and tablets loaded
with music and films for long chemotherapy sessions. Last year the fund
helped more than 1,900 patients and families.

For your tax records: Gift receipt no. CHF-2026-118442. No goods or
services were provided in exchange for this contribution. Cedar Hollow
Foundation is a 501(c)(3) organisation, EIN 00-0000000.

With gratitude,

Celeste Marchand-Oduya
President, Cedar Hollow Foundation | 555-0157

If you would prefer not to receive fundraising communications from us,
reply "opt out" or call 555-0157.
"""
    return MAIL(A("Cedar Hollow Foundation", "giving@cedarhollow-foundation.example.org"),
                A("Harold and June Pemberton", "pembertons@example.net"),
                "Thank you for your gift to the Cancer Center Patient Comfort Fund",
                D("2026-11-26 13:00"), body)


@msg("none", "trap-foundation-gala-invite", "en",
     "HTML gala invitation (multipart/related with inline logo) benefiting a heart institute; no individual's health")
def _():
    html = """<html><body style="font-family:'Times New Roman',serif;text-align:center">
<img src="cid:gala-logo@cedarhollow-foundation.example.org" alt="Cedar Hollow Foundation" width="64" height="64">
<h1 style="color:#7a1f2b">Winter Lights Gala</h1>
<p>Saturday, January 24, 2027 &middot; 6:30 PM<br>The Glasshouse at Riverside Gardens</p>
<p>An evening benefiting the <b>Heart &amp; Vascular Institute</b>: new cardiac catheterization labs
and the cardiac rehabilitation gym.</p>
<p>Keynote: <i>&ldquo;Twenty years of open-heart surgery in our community&rdquo;</i> by the institute's founding chief of cardiac surgery.</p>
<p>Tickets $350 &middot; Tables of 10 $3,200 &middot; Black tie optional</p>
<p><a href="https://give.cedarhollow-foundation.example.org/gala2027">RSVP by January 9</a></p>
<p style="font-size:10px">To stop receiving event invitations, reply &quot;unsubscribe&quot;.</p>
</body></html>"""
    txt = """Winter Lights Gala - Saturday, January 24, 2027, 6:30 PM, The Glasshouse at Riverside Gardens.
Benefiting the Heart & Vascular Institute. Tickets $350; tables of 10 $3,200.
RSVP: https://give.cedarhollow-foundation.example.org/gala2027
"""
    related = MP("related", H(html), ATT(PNG(rgb=(122, 31, 43)), "image/png", "logo.png", disp="inline",
                                         cid="gala-logo@cedarhollow-foundation.example.org"),
                 ctp=('type="text/html"',), preamble=False)
    return MAIL(A("Cedar Hollow Foundation Events", "events@cedarhollow-foundation.example.org"),
                A("Friends of Cedar Hollow", "friends@lists.cedarhollow-foundation.example.org"),
                "You're invited: Winter Lights Gala for the Heart & Vascular Institute - Jan 24, 2027",
                D("2026-12-02 11:00"), MP("alternative", T(txt), related))


@msg("none", "trap-survey-template-placeholders", "en",
     "borderline: vendor proof of a patient-satisfaction survey e-mail with merge placeholders and an obviously dummy preview")
def _():
    body = """Hi St. Brigid marketing team,

Below is the proof of the ambulatory post-visit survey e-mail (v4) for
your approval. Merge fields are shown in double braces.

----------------------------------------------------------------------
Subject: How was your visit with {{provider_name}}?

Dear {{patient_first_name}},

Thank you for choosing St. Brigid {{department}} on {{visit_date}}.
We would like to hear about your experience. The survey takes about
5 minutes: {{survey_link}}

Your answers are confidential and will not be added to your medical
record. If you need medical advice, please call your care team or use
the patient portal.

St. Brigid Patient Experience
----------------------------------------------------------------------

Merge preview with dummy data (our QA record):
  patient_first_name = "Alex", provider_name = "Dr. Provider Placeholder",
  department = "Department Placeholder", visit_date = "01/01/2027"

Please reply APPROVED or send edits by Friday. Sends will start December 15
to patients seen in the previous 7 days (list pulled from your feed).

Kelsey Drummond
Client Success, Pulsepoint Survey Solutions | 555-0190
"""
    return MAIL(A("Kelsey Drummond", "k.drummond@pulsepoint-surveys.example.com"),
                "marketing@stbrigid.example.org",
                "Proof for approval: post-visit survey e-mail template (Ambulatory, v4)",
                D("2026-12-01 10:20", "-0700"), body)


@msg("none", "trap-pharma-marketing-zolvexa", "en",
     "pharma HTML marketing to a named clinician for a fictional migraine drug, with safety information; no patient")
def _():
    txt = """Dr. Asante-Boateng,

New 52-week data for ZOLVEXA (velstarimab) in episodic migraine:
 - Mean reduction of 4.1 monthly migraine days vs 2.3 with placebo
 - 56% of patients had a >= 50% reduction in migraine days
 - Discontinuation for adverse events: 2.1%

IMPORTANT SAFETY INFORMATION
ZOLVEXA is contraindicated in patients with serious hypersensitivity to
velstarimab. The most common adverse reactions (>= 5%) were injection-site
reactions and constipation. Hypertension has been reported; monitor blood
pressure. See full Prescribing Information.

Request samples or a visit from your Aveline representative:
https://hcp.aveline-tx.example.com/zolvexa

Aveline Therapeutics, 1 Harbor Plaza. ZOLVEXA is a fictional product name
used in this communication template. Unsubscribe: https://hcp.aveline-tx.example.com/u
"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#3b2a6b;color:#fff;padding:16px">
<h1 style="margin:0">ZOLVEXA&trade; <small>(velstarimab)</small></h1><p>New 52-week data in episodic migraine</p></td></tr>
<tr><td style="padding:16px"><p>Dr. Asante-Boateng,</p>
<ul><li><b>4.1</b> fewer monthly migraine days vs 2.3 with placebo</li>
<li><b>56%</b> of patients had &ge;50% reduction</li><li>Discontinuation for adverse events: 2.1%</li></ul>
<p><a href="https://hcp.aveline-tx.example.com/zolvexa">Request samples</a></p>
<div style="border:1px solid #999;padding:8px;font-size:11px"><b>IMPORTANT SAFETY INFORMATION</b><br>
Contraindicated in patients with serious hypersensitivity to velstarimab. Most common adverse reactions (&ge;5%):
injection-site reactions, constipation. Hypertension has been reported; monitor blood pressure.</div>
<p style="font-size:10px;color:#777">Aveline Therapeutics. <a href="https://hcp.aveline-tx.example.com/u">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    return MAIL(A("Aveline Therapeutics Medical Communications", "hcp-news@aveline-tx.example.com"),
                A("Kwame Asante-Boateng, MD", "k.asante-boateng@copperline.example.com"),
                "New 52-week data: ZOLVEXA reduced migraine days by 4.1 per month",
                D("2026-11-18 06:30"), MP("alternative", T(txt), H(html, cte="base64")),
                hdrs=[("List-Unsubscribe", "<https://hcp.aveline-tx.example.com/u>")])


@msg("none", "trap-cme-certificate-sud-course", "en",
     "borderline: CME certificate (PDF) to a named physician for an opioid-use-disorder treatment course; about his training, not his health")
def _():
    pdf = PDF([["CERTIFICATE OF COMPLETION",
                "",
                "This certifies that",
                "        Rafael Okoro-Lindqvist, MD",
                "has completed the enduring activity",
                "        Buprenorphine and Methadone Treatment Update 2026",
                "on November 30, 2026, and is awarded 8.0 AMA PRA Category 1 Credits(TM).",
                "",
                "This activity provides 8 hours of training on the treatment and management",
                "of patients with opioid or other substance use disorders, which satisfies",
                "the one-time training requirement for DEA registration.",
                "",
                "Midwest Addiction Medicine Education Consortium (fictional accredited provider)",
                "Certificate ID: MAMEC-2026-04417"]], title="CME certificate MAMEC-2026-04417", flate=True)
    body = """Dear Dr. Okoro-Lindqvist,

Congratulations on completing "Buprenorphine and Methadone Treatment
Update 2026". Your certificate for 8.0 AMA PRA Category 1 Credits is
attached. Keep it for your license renewal and DEA registration records.

Your evaluation comments have been shared, anonymously, with the faculty.

MAMEC Continuing Education | cme@mamec.example.org
"""
    return MAIL(A("MAMEC Continuing Education", "cme@mamec.example.org"),
                A("Rafael Okoro-Lindqvist, MD", "rafael.ol@example.net"),
                "Your CME certificate - Buprenorphine and Methadone Treatment Update 2026",
                D("2026-11-30 19:02", "-0600"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "MAMEC-2026-04417_certificate.pdf")))


@msg("none", "trap-abstract-acceptance", "en",
     "conference abstract acceptance with an aggregate retrospective-cohort abstract on ED buprenorphine (n=312)")
def _():
    body = """Dear Dr. Qureshi-Dalton,

We are pleased to inform you that your abstract has been accepted for
POSTER presentation at the 2027 SEAC Annual Meeting (March 4-6).

  Abstract #A-0412
  "ED-initiated buprenorphine: 30-day treatment engagement in a
   retrospective cohort"

  Background: Emergency departments are a key point of contact for
  people with opioid use disorder (OUD).
  Methods: Retrospective cohort of 312 adults with OUD who received
  buprenorphine in three EDs, 2024-2025.
  Results: Median age 37 (IQR 29-46), 61% male. 30-day engagement was
  54% overall; 67% when a peer recovery coach was involved (aOR 1.9,
  95% CI 1.2-3.1). Precipitated withdrawal occurred in 1.3%.
  Conclusions: Peer support is associated with higher engagement.

Please upload your poster PDF by February 15. At least one author must
register by January 20.

SEAC Abstract Committee | abstracts@seac-meeting.example.org
"""
    return MAIL(A("SEAC Abstracts", "abstracts@seac-meeting.example.org"),
                A("Farah Qureshi-Dalton", "f.qureshi-dalton@cedarhollow.example.org"),
                "Abstract #A-0412 accepted for poster presentation",
                D("2026-11-22 17:00", "-0800"), body)


@msg("none", "trap-grant-funding-notice", "en",
     "internal research-office notice of a funding opportunity on PrEP implementation; no individual")
def _():
    body = """FUNDING OPPORTUNITY - internal deadline January 9, 2027

Title:    Implementing HIV pre-exposure prophylaxis (PrEP) in community
          pharmacies (R01, clinical trial optional)
Number:   RFA-XX-27-014 (fictional sponsor notice number)
Budget:   up to $500,000 direct costs per year, 5 years
Due:      March 2, 2027 (sponsor); internal letter of intent Jan 9

Scope: pharmacist-led PrEP initiation and follow-up, same-day HIV testing,
long-acting injectable PrEP delivery models, STI testing integration,
implementation outcomes in priority populations.

Northvale can submit ONE application. Send a one-page letter of intent
(specific aims, team, partner pharmacies) to ord@northvale.example.org.

Office of Research Development | 555-0114
"""
    return MAIL(A("Office of Research Development", "ord@northvale.example.org"),
                "faculty-research@northvale.example.org",
                "Funding opportunity: PrEP implementation in community pharmacies (internal deadline 1/9)",
                D("2026-11-24 09:00"), body)


@msg("none", "trap-irb-approval-letter", "en",
     "IRB approval letter to a PI listing study titles (BRCA cascade testing), consent versions and waiver; no participant")
def _():
    body = """CEDAR HOLLOW INSTITUTIONAL REVIEW BOARD - NOTICE OF APPROVAL

PI:            Mirela Constantinescu, MD, PhD
Study:         STUDY00004187
Title:         Cascade genetic testing for relatives of BRCA1/2 carriers:
               a randomized trial of direct-to-relative letters vs usual care
Review type:   Full board, meeting of November 20, 2026
Approval:      11/20/2026          Expiration: 11/19/2027
Enrollment:    240 probands and up to 600 relatives

Approved documents:
  - Protocol v3.1 (11/02/2026)
  - Consent form, probands, v2.0; consent form, relatives, v2.0
  - Relative contact letter template v1.4
  - Genetic counseling script v1.2

Determinations:
  - HIPAA waiver of authorization GRANTED for recruitment only (review of
    genetics clinic records to identify potentially eligible probands).
  - Certificate of Confidentiality applies (federally funded).
  - Return of research results: CLIA-confirmed results only.

Related approvals this cycle for your department:
  STUDY00004102 "Outcomes of oocyte cryopreservation after cancer
  diagnosis" - continuing review approved.

Cedar Hollow IRB | irb@cedarhollow.example.org | 555-0106
"""
    return MAIL(A("Cedar Hollow IRB", "irb@cedarhollow.example.org"),
                A("Mirela Constantinescu", "m.constantinescu@cedarhollow.example.org"),
                "IRB approval: STUDY00004187 \"Cascade genetic testing for relatives of BRCA1/2 carriers\"",
                D("2026-11-21 16:15"), body)


@msg("none", "trap-vet-reminder-dog", "en",
     "borderline: veterinary reminder for a named owner's dog (vaccines, microchip, arthritis medication); pet care is not health care of a person")
def _():
    body = """Hi Colette,

Juniper is due for a few things this month:

  Patient:    Juniper (canine, Australian Shepherd, spayed female, 9 y)
  Microchip:  985112004417730
  Rabies booster ............ due 12/14/2026
  Heartworm test (4Dx) ...... due 12/14/2026
  Senior wellness bloodwork . recommended

Her carprofen 75 mg (for arthritis) refill - 30 tablets - is ready at
the front desk. Her last kidney values were normal, so Dr. Hanley is
happy to continue it.

Book online at https://pawswhiskers.example.com/book or call 555-0102.

Paws & Whiskers Veterinary Clinic
"""
    return MAIL(A("Paws & Whiskers Veterinary Clinic", "reminders@pawswhiskers.example.com"),
                A("Colette Fairbanks", "colette.fairbanks@example.net"),
                "Juniper is due for her rabies booster and heartworm test",
                D("2026-11-30 08:00"), body)


@msg("none", "trap-dental-whitening-promo", "en",
     "HTML-only dental office marketing blast (whitening, periodontal therapy, sleep apnoea appliances); no patient")
def _():
    html = """<html><body style="font-family:Arial;background:#f4fbff">
<div style="max-width:560px;margin:auto;background:#fff;padding:20px">
<h2 style="color:#0a7abf">Holiday smile special &#10052;</h2>
<p><b>$99 professional whitening</b> with any cleaning booked in December, and a <b>free exam and X-rays</b> for new patients.</p>
<p>Also at Brightline Dental:</p>
<ul><li>Periodontal therapy and deep cleanings</li><li>Same-day crowns</li>
<li>Oral appliances for snoring and mild sleep apnoea</li><li>Invisible aligners &ndash; $500 off</li></ul>
<p>Use your 2026 dental benefits before they expire on December 31!</p>
<p><a href="https://brightline-dental.example.com/book" style="background:#0a7abf;color:#fff;padding:8px 14px;text-decoration:none">Book now</a>
or call 555-0118.</p>
<p style="font-size:10px;color:#888">Brightline Dental, 220 Elm Street. Offer not valid with other discounts.
<a href="https://brightline-dental.example.com/unsubscribe">Unsubscribe</a></p></div></body></html>"""
    return MAIL(A("Brightline Dental", "smile@brightline-dental.example.com"),
                "subscribers@lists.brightline-dental.example.com",
                "Holiday smile special: $99 whitening + free exam for new patients",
                D("2026-12-01 12:00"), H(html))


@msg("none", "trap-spa-detox-weekend", "en",
     "day-spa marketing using clinical words (detox, therapy, treatment, recovery); no health care of anyone")
def _():
    txt = """NEW YEAR DETOX RETREAT - January 10-11

Start 2027 with our two-day reset:
 * Lymphatic drainage therapy with our licensed massage therapists
 * Infrared sauna "detox" sessions and a cold plunge
 * Three-day green juice cleanse to take home
 * Recovery yoga and breath-work for stress and better sleep

Treatment menu: hot-stone therapy, deep-tissue "injury recovery" massage,
hydrafacial, cupping.

Early-bird price $389 (save $60) until December 20.
Book: https://serenitysprings.example.com/retreat or 555-0189.

Our services are for relaxation and are not intended to diagnose, treat,
cure or prevent any disease. Consult your doctor if you are pregnant.
"""
    return MAIL(A("Serenity Springs Day Spa", "hello@serenitysprings.example.com"),
                "members@lists.serenitysprings.example.com",
                "New Year Detox Retreat: lymphatic therapy, infrared sauna & a 3-day reset cleanse",
                D("2026-12-02 09:30", "-0700"), T(txt, cte="quoted-printable"))


@msg("none", "trap-airline-itinerary-dob", "en",
     "airline itinerary with a passenger's date of birth, loyalty and known-traveler numbers; no health content")
def _():
    body = """YOUR TRIP CONFIRMATION
Record locator: QX7M4R

Passenger: BARTHOLOMEW QUAID
Date of birth (Secure Flight): 1986-03-14   Gender: M
Skylark Rewards: SL-48120-3397 (Gold)
Known Traveler Number: 98XB4412

  Fri Dec 19  SK 1182  Boston (BOS) 07:05 -> Seattle (SEA) 10:31
              Seat 23C  Economy Plus  Bag allowance: 2 x 23 kg
  Sun Jan 4   SK 1191  Seattle (SEA) 13:15 -> Boston (BOS) 21:48
              Seat 23C

Ticket number: 8491-20220177613
Total charged to card ending 0193: $612.40

Check in from 24 hours before departure at https://skylark-air.example.com/checkin
"""
    return MAIL(A("Skylark Air", "itinerary@skylark-air.example.com"),
                A("Bartholomew Quaid", "b.quaid@example.net"),
                "Your trip confirmation: BOS to SEA, Dec 19 - record locator QX7M4R",
                D("2026-11-27 20:44", "-0800"), body)


@msg("none", "trap-library-hold-book", "en",
     "borderline: library hold notice to a named patron with card number and book titles about mood and diabetes; reading is not health information")
def _():
    body = """Dear Desmond Achebe-Harlow,

The following items you requested are ready for pickup at the Eastbrook
branch:

  1. Mind Over Mood: Change How You Feel by Changing the Way You Think
     (2nd ed.)   Call no. 616.85 GRE   Hold expires 12/10/2026
  2. The Diabetes Cookbook for Beginners
     Call no. 641.56314 MAR          Hold expires 12/10/2026

Library card: 29310004471822
Please bring your card or photo ID. Items not picked up by the expiry
date go to the next patron in the queue.

Maple Run Public Library | 555-0110 | https://maplerun-library.example.org
"""
    return MAIL(A("Maple Run Public Library", "notices@maplerun-library.example.org"),
                A("Desmond Achebe-Harlow", "d.achebe-harlow@example.net"),
                "Hold ready for pickup: \"Mind Over Mood\" and 1 other item",
                D("2026-12-03 06:12"), body, hdrs=[("Auto-Submitted", "auto-generated")])


@msg("none", "trap-car-recall-vin", "en",
     "vehicle safety recall to a named owner with VIN and recall number; 'injury' wording but no health care")
def _():
    body = """IMPORTANT SAFETY RECALL 26V-481

Dear Gwendolyn Ortiz-Marr,

Vantor Motors has decided that a defect related to motor vehicle safety
exists in certain 2024 Vantor Kestrel vehicles, including yours:

   VIN: 1VN4B7HX2RM004417

The driver frontal airbag inflator may rupture in a crash. A ruptured
inflator could send metal fragments into the cabin and cause serious
injury or death.

Your dealer will replace the driver airbag module free of charge. The
repair takes about 90 minutes. Until then, the passenger seat is not
affected.

Schedule: https://vantor-motors.example.com/recall/26V-481 or call
555-0193. Reference number: RC-26V481-0088417.
"""
    return MAIL(A("Vantor Motors Customer Care", "recalls@vantor-motors.example.com"),
                A("Gwendolyn Ortiz-Marr", "g.ortiz-marr@example.net"),
                "Safety recall 26V-481: driver airbag inflator - VIN 1VN4B7HX2RM004417",
                D("2026-11-16 10:00"), body)


@msg("none", "trap-pet-insurance-claim", "en",
     "borderline: pet-insurance claim with diagnosis, surgery and drugs for a named owner's dog; veterinary care is not a person's health")
def _():
    body = """Claim processed

Policyholder:  Nikolai Brandvold
Policy:        FWL-4471-0932 (Accident & Illness, 80% reimbursement)
Claim:         PC-2026-0088213
Pet:           Biscuit (Labrador Retriever, male neutered, 7 years)

Diagnosis:     Cranial cruciate ligament rupture, right stifle
Treatment:     TPLO surgery on 11/12/2026, pre-op radiographs and
               bloodwork, carprofen and gabapentin for 14 days,
               6 rehab sessions
Invoice total: $3,640.50
Deductible:    $250.00 (met)
Reimbursed:    $2,712.40 by direct deposit (account ending 7730)

Excluded: $50.00 (boarding fee)

Fetchwell Pet Insurance | claims@fetchwell.example.com | 555-0176
"""
    return MAIL(A("Fetchwell Pet Insurance Claims", "claims@fetchwell.example.com"),
                A("Nikolai Brandvold", "n.brandvold@example.net"),
                "Claim PC-2026-0088213 processed: Biscuit - $2,712.40 reimbursed",
                D("2026-11-29 14:21", "-0600"), body)


@msg("none", "trap-travel-insurance-policy", "en",
     "travel-insurance policy confirmation with traveller DOB and emergency-medical coverage limits; no care received")
def _():
    body = """Thank you for purchasing travel protection.

Policy number:   WTP-7741903
Traveler:        Annika Thorvaldsen, date of birth 07/22/1991
Trip:            Lisbon, Portugal - departs 12/20/2026, returns 01/03/2027
Trip cost insured: $4,180.00

Coverage                               Limit
  Trip cancellation / interruption     100% / 150% of trip cost
  Emergency medical and dental         $100,000
  Emergency medical evacuation         $250,000
  Baggage loss                         $2,500
Pre-existing medical condition exclusion waiver: INCLUDED (purchased
within 14 days of the first trip payment).

24/7 assistance abroad: +1 555-0161. Keep this e-mail with your passport.
Free-look period: 15 days.

Wayfarer Travel Protection
"""
    return MAIL(A("Wayfarer Travel Protection", "policies@wayfarer-travel.example.com"),
                A("Annika Thorvaldsen", "annika.t@example.net"),
                "Your travel protection policy WTP-7741903 - Lisbon, Dec 20 to Jan 3",
                D("2026-11-28 13:37"), body)


@msg("none", "trap-ics-sepsis-committee", "en",
     "meeting invitation (text/calendar REQUEST) for a 'Sepsis Committee' with aggregate agenda items")
def _():
    agenda = """Sepsis Committee - monthly meeting

Agenda
 1. October SEP-1 results (aggregate): 76.4% overall
 2. Blood culture contamination rate 2.9% - target < 3%
 3. Lactate redraw reminder workflow (build note CH-4471)
 4. Pediatric sepsis screening tool go-live

Teams: https://teams.stbrigid.example.org/l/sepsis-committee
"""
    ics = ICS([EV("sepsis-committee-202612@stbrigid.example.org", "20261217T120000", "20261217T130000",
                  "Sepsis Committee", "Conference Room 3B / Teams", agenda,
                  ("Yolanda Brightwater", "y.brightwater@stbrigid.example.org"),
                  [("Sepsis Committee", "sepsis-committee@stbrigid.example.org")],
                  rrule="FREQ=MONTHLY;BYDAY=3WE", tzid="America/New_York", status="CONFIRMED", seq=0)],
              method="REQUEST", tz_ny=True, prodid="-//St Brigid//Calendar 16.0//EN")
    return MAIL(A("Yolanda Brightwater", "y.brightwater@stbrigid.example.org"),
                A("Sepsis Committee", "sepsis-committee@stbrigid.example.org"),
                "Invitation: Sepsis Committee - monthly @ Wed Dec 17, 2026 12:00 - 13:00 (EST)",
                D("2026-11-26 15:03"),
                MP("alternative", T(agenda), T(ics, sub="calendar", cs="utf-8", cte="7bit", ctp=("method=REQUEST",))))


@msg("none", "trap-ics-prep-workgroup", "en",
     "recurring workgroup invite (ICS attachment) named 'PrEP Navigation Workgroup'; internal meeting, no patient")
def _():
    body = """Hi all,

Updated invite for the PrEP Navigation Workgroup with the new Teams link.
We meet the 2nd Thursday of each month. January agenda: same-day PrEP
start workflow, injectable PrEP scheduling, pharmacy benefit navigation.

Obinna
"""
    ics = ICS([EV("prep-navigation-wg@northvale.example.org", "20261211T150000", "20261211T160000",
                  "PrEP Navigation Workgroup", "Teams",
                  "Standing workgroup. Please do not discuss individual patients in this meeting.",
                  ("Obinna Nwachukwu-Hale", "o.nwachukwu-hale@northvale.example.org"),
                  [("PrEP Workgroup", "prep-wg@northvale.example.org")],
                  rrule="FREQ=MONTHLY;BYDAY=2TH", tzid="America/New_York", seq=2)],
              method="REQUEST", tz_ny=True)
    return MAIL(A("Obinna Nwachukwu-Hale", "o.nwachukwu-hale@northvale.example.org"),
                A("PrEP Workgroup", "prep-wg@northvale.example.org"),
                "PrEP Navigation Workgroup - recurring 2nd Thursday (updated Teams link)",
                D("2026-12-02 13:44"),
                MP("mixed", T(body), ATT(ics, "text/calendar", "invite.ics", ctp=("method=REQUEST",))))


@msg("none", "trap-system-alert-interface", "en",
     "automated interface-engine alert with queue counts, message control IDs and PID field error counts; no patient data")
def _():
    body = """[ALERT][PRD] Channel ADT_INBOUND_MAIN queue depth 1204 exceeds threshold 500

Engine:     ie-prd-02.northvale.example.org
Channel:    ADT_INBOUND_MAIN (HL7 v2.5.1, MLLP port 6661)
Time:       2026-12-02 03:17:44 EST
State:      QUEUING (destination EMPI_WS timing out after 30 s)

Errors, last 60 minutes:
  37  PID-3 (MRN) missing assigning authority
   4  PID-7 (DOB) invalid date format
   2  PV1-3 unknown location code
Oldest queued message control ID: 88124471
Newest queued message control ID: 88125675

Runbook: https://wiki.northvale.example.org/ie/runbooks/adt-queue
On-call: Integration Services, 555-0100 option 4

-- MirthBridge monitor (do not reply)
"""
    return MAIL(A("MirthBridge Interface Monitor", "alerts@ie.northvale.example.org"),
                "integration-oncall@northvale.example.org",
                "[ALERT][PRD] ADT_INBOUND_MAIN queue depth 1204 > 500",
                D("2026-12-02 03:18"), body,
                hdrs=[("Auto-Submitted", "auto-generated"), ("X-Priority", "1")])


@msg("none", "trap-ooo-psychiatrist", "en",
     "psychiatrist's out-of-office auto-reply pointing urgent patient matters to on-call; no patient mentioned")
def _():
    body = """Thank you for your message. I am out of the office until Monday,
December 8, attending the fall psychiatry meeting, with limited access to
e-mail.

For urgent patient matters, please page the on-call psychiatrist through
the hospital operator at 555-0100.
For non-urgent consult questions, contact Consult-Liaison Psychiatry at
cl-psych@cedarhollow.example.org.

Please do not send patient information to this mailbox while I am away.

Helena Marchetti-Quist, MD
Consult-Liaison Psychiatry, Cedar Hollow Hospital
"""
    return MAIL(A("Helena Marchetti-Quist", "h.marchetti-quist@cedarhollow.example.org"),
                A("Julian Feng", "j.feng@cedarhollow.example.org"),
                "Automatic reply: Consult request follow-up",
                D("2026-12-03 09:02"), body,
                irt="<cl-followup-8812@cedarhollow.example.org>",
                hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@msg("none", "trap-phishing-warning-lab-lure", "en",
     "security-office warning that quotes a fake 'your lab results are ready' phishing lure; no real patient")
def _():
    lure = """From: "Patient Portal" <results@portal-secure-view.example.net>
Subject: Your lab results are ready

Dear Patient,
New test results were posted to your chart on 12/01/2026. To protect
your privacy you must verify your identity within 24 hours:
https://portal-secure-view.example.net/verify?id=48812
"""
    body = """PHISHING ALERT

Since Monday, staff have received e-mails that look like patient-portal
notifications. They are NOT from us. Example:

""" + quote(lure) + """

How to spot it:
 * Our portal never asks you to "verify your identity" by link.
 * The sender domain is not ours.
 * "Dear Patient" - real notifications use your name.

If you clicked the link or entered your password, call the Service Desk
at 555-0100 immediately. Report suspicious e-mail with the "Report
phish" button.

Information Security Office, Cedar Hollow Hospital
"""
    return MAIL(A("Information Security Office", "infosec@cedarhollow.example.org"),
                "all-employees@cedarhollow.example.org",
                "Phishing alert: fake \"Your lab results are ready\" messages - do not click",
                D("2026-12-02 12:30"), body)


@msg("none", "trap-phishing-imitation-credential", "en",
     "an actual phishing-style HTML e-mail threatening loss of EHR access over 'HIPAA certification'; no health information")
def _():
    html = """<html><body style="font-family:Segoe UI,Arial">
<table width="520" style="border:1px solid #ccc"><tr><td style="background:#003366;color:white;padding:10px">
<b>HIPAA Compliance Center</b></td></tr><tr><td style="padding:14px">
<p>Dear Staff Member,</p>
<p>Our records indicate your <b>HIPAA certification expires in 24 hours</b>. Failure to re-certify will result in the
<span style="color:red">suspension of your EHR access</span> and may be reported to your compliance officer.</p>
<p style="text-align:center"><a href="http://hipaa-verify.example.net/login?u=scheduling" style="background:#0a5;color:#fff;padding:10px 18px">RE-CERTIFY NOW</a></p>
<p>Case reference: HC-0048-2291</p><p>Regards,<br>Compliance Department</p></td></tr></table></body></html>"""
    return MAIL(A("HIPAA Compliance Center", "compliance-center@hipaa-verify.example.net"),
                A("Staff Member", "scheduling@riverbend-clinic.example.com"),
                "Action required: your HIPAA certification expires in 24 hours",
                D("2026-12-01 03:14", "+0000"), H(html, cte="base64"),
                reply_to="noreply@hipaa-verify.example.net")


@msg("none", "trap-hipaa-training-fictional-example", "en",
     "borderline: privacy-training module with example PHI clearly labelled fictional (Jane Q. Example, MRN 00000000, HIV)")
def _():
    body = """ANNUAL PRIVACY TRAINING - MODULE 3 of 5 (about 10 minutes)
Minimum necessary, and what to do about a misdirected e-mail

Scenario (EXAMPLE ONLY - the patient below is fictional)
------------------------------------------------------------
A clinic nurse means to send a referral to "Dr. Pat Lee" but the address
book auto-completes to "Pat Leeds" in Facilities. The e-mail contains:

    [FICTIONAL EXAMPLE]  Patient: Jane Q. Example
    MRN: 00000000        DOB: 01/01/1900
    Dx: HIV, on antiretroviral therapy; needs PrEP counselling for partner
------------------------------------------------------------

Questions
 1. Which elements in the example are PHI? (Answer: all of them - name,
    MRN, DOB and diagnosis; HIV status is also specially protected.)
 2. What should the nurse do first? (Ask the recipient to delete it and
    confirm, then report it to the Privacy Office within 24 hours.)
 3. How could it have been prevented? (Use the secure referral tool, send
    only the minimum necessary, double-check recipients.)

Complete the quiz at https://learn.northvale.example.org/privacy/m3 by
December 31.

Compliance & Privacy Office | privacy@northvale.example.org | 555-0103
"""
    return MAIL(A("Compliance & Privacy Office", "privacy@northvale.example.org"),
                "all-workforce@northvale.example.org",
                "Annual privacy training, module 3: minimum necessary and misdirected e-mail",
                D("2026-11-17 08:30"), body)


@msg("none", "trap-template-discharge-letter", "en",
     "discharge-letter template with merge fields for name, DOB, MRN, diagnosis and medications; no values filled in")
def _():
    body = """Hi templates team,

Here is the updated discharge letter template for the clinics. Changes:
plain-language diagnosis field, medication table, and the interpreter line.

----- TEMPLATE -----
Dear <<PATIENT_FIRST_NAME>> <<PATIENT_LAST_NAME>>,

Date of birth: <<DOB>>            MRN: <<MRN>>
You were seen at <<CLINIC_NAME>> on <<VISIT_DATE>> for
<<DIAGNOSIS_PLAIN_LANGUAGE>>.

Your medicines:
<<MED_TABLE(name, dose, how_often, why)>>

Please follow up with <<PCP_NAME>> in <<FOLLOWUP_INTERVAL>>.
Call <<CLINIC_PHONE>> or go to the emergency department if you have
<<RETURN_PRECAUTIONS>>.

[If <<INTERPRETER_NEEDED>> = Y] Free interpreter services: 555-0107.
----- END TEMPLATE -----

Merge-field list and validation rules are on the shared drive. Could you
load it into TST by Wednesday?

Kendra Oyelaran
Practice Manager, Copperline Family Medicine | 555-0112
"""
    return MAIL(A("Kendra Oyelaran", "k.oyelaran@copperline.example.com"),
                "ehr-templates@copperline.example.com",
                "Updated discharge letter template for review (merge fields)",
                D("2026-11-24 16:02"), body)


@msg("none", "trap-idioms-patient-positive", "en",
     "IT project status full of medical idioms (be patient, positive outlook, diagnosed the root cause, critical condition)")
def _():
    body = """Data center migration - week 6 status

Thanks to everyone for being patient with us this week. Short version:
we diagnosed the root cause of Tuesday's slow logins (a misconfigured
load balancer health check), and the results of the weekend failover
test were positive.

 * Storage: the old SAN is in critical condition and on life support
   until the last volumes move on 12/13. We have triaged the remaining
   41 volumes.
 * Network: symptoms of packet loss in building C are gone after the
   switch transplant.
 * Applications: 212 of 230 moved. The remaining 18 need a patient,
   step-by-step approach because of their licensing.

Overall outlook: positive. No change to the go-live date.

Sanjay Mehrotra-Bell
IT Program Manager, Northvale Health | 555-0132
"""
    return MAIL(A("Sanjay Mehrotra-Bell", "s.mehrotra-bell@northvale.example.org"),
                "it-migration-stakeholders@northvale.example.org",
                "Data center migration - week 6 status: please be patient with us",
                D("2026-11-21 17:45"), body)


@msg("none", "trap-release-notes-ehr", "en",
     "EHR vendor release notes mentioning MRN merge, DOB picker, Part 2 consent flag and HIV result sensitivity flag")
def _():
    txt = """Helixa EHR 26.4.2 - hotfix release notes
Released to production tenants: December 2, 2026

Fixed
  HLX-88102  Patient merge could leave a duplicate MRN in the master
             patient index when the surviving record had an alias.
  HLX-88140  DOB date picker accepted dates in the future.
  HLX-88177  Medication reconciliation lost the "hold" status for
             anticoagulants after transfer between units.

New
  HLX-87950  42 CFR Part 2 consent flag now prints on the release of
             information cover sheet and blocks auto-release of SUD
             treatment notes.
  HLX-87991  Adolescent confidential encounter type hides reproductive
             health orders from the proxy portal.

Known issues
  HLX-88213  HIV test result sensitivity flag is not honoured in print
             preview (fix planned for 26.4.3). Workaround: print from
             the chart, not from preview.

Upgrade notes: no database schema changes. Restart interface services.
"""
    html = "<html><body><pre>" + txt + "</pre></body></html>"
    return MAIL(A("Helixa EHR Release Management", "releases@helixa-ehr.example.com"),
                A("Customer admins", "customer-admins@lists.helixa-ehr.example.com"),
                "Helixa EHR 26.4.2 release notes - MRN merge, DOB picker, Part 2 consent flag",
                D("2026-12-02 18:00", "-0600"), MP("alternative", T(txt), H(html)))


@msg("none", "trap-deidentified-data-request", "en",
     "borderline: data-warehouse approval for a Safe Harbor de-identified OUD cohort with aggregate counts and synthetic format rows")
def _():
    rows = [["age_band", "sex", "zip3", "visit_year", "moud_type", "ed_visits_12m"],
            ["25-34", "F", "021", "2024", "buprenorphine", "2"],
            ["35-44", "M", "021", "2025", "methadone", "0"],
            ["45-54", "M", "024", "2023", "naltrexone_er", "1"]]
    body = """Dr. Qureshi-Dalton,

Data request DR-2026-311 was approved by the Data Governance Committee.
The extract is de-identified under the HIPAA Safe Harbor method.

Cohort: adults with an opioid use disorder diagnosis (ICD-10 F11.x) seen
2022-2025. n = 4,812
  MOUD type:   methadone 1,903 | buprenorphine 2,288 | naltrexone ER 214
               | none recorded 407
  ED visits in 12 months after index: median 1 (IQR 0-3)

Removed: names, MRNs, account numbers, all dates except year, ZIP codes
beyond 3 digits (and ZIP3 areas under 20,000 people), ages over 89.

Format sample attached (three synthetic rows for column layout only; the
real extract is on the research enclave, project folder DR-2026-311).

Research Data Warehouse, Cedar Hollow | rdw@cedarhollow.example.org
"""
    return MAIL(A("Research Data Warehouse", "rdw@cedarhollow.example.org"),
                A("Farah Qureshi-Dalton", "f.qureshi-dalton@cedarhollow.example.org"),
                "Data request DR-2026-311 approved - de-identified extract (Safe Harbor)",
                D("2026-11-25 11:11"),
                MP("mixed", T(body), ATT(CSV(rows), "text/csv", "DR-2026-311_format_sample_SYNTHETIC.csv")))


@msg("none", "trap-forwarded-overdose-newsletter", "en",
     "forward (message/rfc822) of a county overdose surveillance brief with aggregate counts by ZIP")
def _():
    inner = MAIL(A("Tri-County Health Department", "bulletins@tricounty-health.example.org"),
                 A("Overdose prevention partners", "od-partners@lists.tricounty-health.example.org"),
                 "Tri-County Overdose Surveillance Brief - Q3 2026", D("2026-11-14 10:00"),
                 T("""TRI-COUNTY OVERDOSE SURVEILLANCE BRIEF - Q3 2026 (July-September)

 * 88 emergency department visits for suspected opioid overdose (Q2: 104)
 * 14 overdose deaths; fentanyl involved in 12, xylazine detected in 5
 * EMS naloxone administrations: 131
 * ZIP codes with the highest ED visit rates per 10,000: 02911, 02909

Free naloxone is available at all health department clinics and at 23
partner pharmacies. Data are provisional; counts under 5 are suppressed.
""", cte="quoted-printable"))
    body = """FYI for Tuesday's naloxone distribution meeting - Q3 numbers are down a
bit from Q2. Can we put the ZIP code map on the agenda?

Carmen
"""
    return MAIL(A("Carmen Delacroix-Webb", "c.delacroix-webb@riverbend-clinic.example.com"),
                "harm-reduction-team@riverbend-clinic.example.com",
                "Fwd: Tri-County Overdose Surveillance Brief - Q3 2026",
                D("2026-11-17 08:44"),
                MP("mixed", T(body), R822(inner, disp="inline")))


@msg("none", "trap-tumor-board-reply-chain", "en",
     "reply chain about tumor board logistics (room change, submission deadline); explicitly no case details")
def _():
    q2 = """On Mon, Dec 1, 2026 at 4:02 PM Renee Castellano <r.castellano@stbrigid.example.org> wrote:
Room 2210 is booked for the 11th by Nursing Education. Can we move
thoracic tumor board to the Cancer Center conference room (CC-140)?
"""
    q1 = """On Mon, Dec 1, 2026 at 4:30 PM Anselm Brueck <a.brueck@stbrigid.example.org> wrote:
CC-140 works. Reminder to all: case submissions are due Monday noon
through the tumor board form in the EHR. Please do not e-mail case
details or imaging to the list.

""" + quote(q2)
    body = """Confirmed - CC-140 on Thursday Dec 11, 7:00 AM. Radiology will bring the
reading station. I updated the calendar hold.

Renee Castellano, Cancer Center Program Coordinator | 555-0141

""" + quote(q1)
    return MAIL(A("Renee Castellano", "r.castellano@stbrigid.example.org"),
                "thoracic-tumor-board@stbrigid.example.org",
                "RE: RE: Thoracic tumor board - room change + case submission deadline",
                D("2026-12-01 16:51"), body,
                irt="<tb-room-2@stbrigid.example.org>",
                refs="<tb-room-1@stbrigid.example.org> <tb-room-2@stbrigid.example.org>")


@msg("none", "trap-employee-birthdays", "en",
     "office e-mail listing coworkers' birthdays with dates of birth; DOBs with no health content")
def _():
    body = """Hi everyone!

December birthdays - cake in the break room Friday at 3 PM:

   Lucia Ferraro (Front desk) .......... 12/04/1988
   Ken Aldridge (Billing) .............. 12/09/1971
   Ravi Chandrasekar, MD (Pediatrics) .. 12/17/1983
   Monique Baptiste (Lab) .............. 12/22/1995
   Sven Holmqvist (IT) ................. 12/30/1979

Card is circulating - it's in the blue folder at the nurses' station.

Tess Okonjo
Office Manager | 555-0129
"""
    return MAIL(A("Tess Okonjo", "t.okonjo@riverbend-clinic.example.com"),
                "riverbend-staff@riverbend-clinic.example.com",
                "December birthdays \U0001F382 - cake in the break room Friday",
                D("2026-12-01 09:15"), body)


@msg("none", "trap-methadone-clinic-vendor-ticket", "en",
     "borderline: 'Methadone Clinic Front Desk' display name writing to a software vendor about label printers; no patient (display-name rule)")
def _():
    body = """Hello DoseTrack support,

Since the 5.3 update last night, the thermal label printer at dosing
window 2 prints blank labels. Window 1 is fine. We have restarted the PC
and the printer. Printer model and driver are the same as window 1.

Site ID: HPO-0042
Workstation: DOSE-WIN2
DoseTrack version: 5.3.0 build 1187

We open at 5:30 AM, so a call back before 5 AM tomorrow would be great.
Direct line: 555-0146.

Thanks,
Front desk team
"""
    return MAIL(A("Methadone Clinic Front Desk", "frontdesk@harborpoint-otp.example.org"),
                "support@dosetrack-software.example.com",
                "Ticket: label printer at dosing window 2 prints blank labels after update 5.3",
                D("2026-12-02 14:05"), body)


# ---------------------------------------------------------------------------
# none, English: ordinary business mail

@msg("none", "plain-hvac-maintenance-window", "en", "facilities notice about HVAC maintenance; no health content")
def _():
    return MAIL(A("Facilities Management", "facilities@northvale.example.org"),
                "building-c-occupants@northvale.example.org",
                "HVAC maintenance in Building C, Saturday 7 AM - noon",
                D("2026-12-03 10:00"),
                """Hello Building C,

We will replace the rooftop air handler belts on Saturday, December 6,
from 7 AM to noon. Offices on floors 3-5 may get warm; the elevators and
lighting are not affected.

Facilities Management | 555-0115
""")


@msg("none", "plain-password-expiry", "en", "IT password-expiry reminder; no health content")
def _():
    return MAIL(A("IT Service Desk", "servicedesk@riverbend-clinic.example.com"),
                A("Jonah Whitaker", "j.whitaker@riverbend-clinic.example.com"),
                "Your network password expires in 5 days",
                D("2026-12-02 06:00"),
                """Hi Jonah,

Your network password expires on December 7. Change it from any clinic
PC with Ctrl+Alt+Del > Change a password, or at
https://password.riverbend-clinic.example.com.

Passwords must be at least 14 characters. Do not reuse your last 12.

IT Service Desk | 555-0104
""", hdrs=[("Auto-Submitted", "auto-generated")])


@msg("none", "plain-team-lunch-order", "en", "team lunch order between coworkers; no health content")
def _():
    return MAIL(A("Bea Lindholm", "b.lindholm@copperline.example.com"),
                ["billing-team@copperline.example.com"],
                "Friday lunch order - last call by 11",
                D("2026-12-03 09:12"),
                """Hi team,

I'm ordering from Olive & Rye for Friday's team lunch. Reply with your
pick by 11 AM:

  1. Turkey club
  2. Roasted veggie wrap (vegan)
  3. Chicken Caesar salad
  4. Soup of the day + half sandwich

Gluten-free bread is available, just say so.

Bea
""")


@msg("none", "plain-holiday-schedule", "en", "office holiday closure schedule; no health content")
def _():
    txt = """Holiday schedule

  Wed Dec 24  close at 1:00 PM
  Thu Dec 25  closed
  Fri Dec 26  open 9 AM - 5 PM
  Wed Dec 31  close at 3:00 PM
  Thu Jan 1   closed

The after-hours answering service will take calls while we are closed.
Happy holidays from all of us at Pinecrest!
"""
    return MAIL(A("Pinecrest Office Administration", "admin@pinecrest-peds.example.com"),
                "staff@pinecrest-peds.example.com", "Office holiday schedule 2026-2027",
                D("2026-12-01 12:00"), MP("alternative", T(txt), H("<html><body><pre>%s</pre></body></html>" % txt)))


@msg("none", "plain-budget-committee-minutes", "en", "budget committee minutes with financial figures only; no health content")
def _():
    return MAIL(A("Finance Office", "finance@lakeshore-bh.example.org"),
                "budget-committee@lakeshore-bh.example.org",
                "Minutes: FY2027 budget committee, November 20",
                D("2026-11-21 13:30"),
                """Minutes - FY2027 Budget Committee, November 20, 2026

Present: CFO, COO, Director of Facilities, Controller, two board members.

1. Operating budget: revenue projected at $48.2M (+3.1%), expenses
   $47.5M. Margin target 1.5%.
2. Capital: roof replacement ($1.1M) approved; parking lot resurfacing
   deferred to FY2028.
3. Salaries: 3% merit pool approved; market adjustments for
   hard-to-fill roles to be proposed in January.
4. Next meeting: December 18, 4 PM, Board Room.

Recorded by: Controller's office
""")


@msg("none", "plain-printer-toner-order", "en", "office-supply order confirmation with order and tracking numbers; no health content")
def _():
    return MAIL(A("OfficeHub Orders", "orders@officehub.example.com"),
                A("Ana Kowalczyk", "a.kowalczyk@stbrigid.example.org"),
                "Order OH-5531-0087 confirmed: toner and copy paper",
                D("2026-12-02 15:40"),
                """Thank you for your order.

Order number:  OH-5531-0087
Account:       STB-00419 (St. Brigid Medical Center)
Ship to:       Materials Management, Dock 2

  4  Toner cartridge, black, high yield      $89.99    $359.96
  10 Copy paper, letter, case of 10 reams    $48.50    $485.00
  Subtotal $844.96  Shipping $0.00  Tax $0.00 (exempt)

Tracking: 1Z44A7E90388120417 (ships tomorrow)
""")


# ---------------------------------------------------------------------------
# none, other languages

@msg("none", "trap-es-campana-vacunacion", "es",
     "Spanish public vaccination-campaign schedule listing eligible groups (pregnant, chronic illness); no individual")
def _():
    txt = """Estimados vecinos:

El Centro de Salud San Rafael inicia la campaña de vacunación frente a la
gripe y la COVID-19. Pueden vacunarse:

  – personas de 60 años o más;
  – embarazadas en cualquier trimestre;
  – personas con enfermedades crónicas (diabetes, EPOC, insuficiencia
    cardíaca, enfermedad renal, inmunodepresión);
  – personal sanitario y sociosanitario.

Horario sin cita previa: de lunes a viernes, de 9:00 a 13:30, sala 4.
Traiga su tarjeta sanitaria. Si ese día tiene fiebre, aplace la vacuna.

Más información: 91 555 0123 o https://cs-sanrafael.example.es.test/vacunas

Centro de Salud San Rafael – Unidad de Enfermería Comunitaria
"""
    html = """<html><body style="font-family:Arial">
<h2>Campaña de vacunación: gripe y COVID-19</h2>
<p>Pueden vacunarse: personas de <b>60 años o más</b>, embarazadas, personas con enfermedades crónicas
(diabetes, EPOC, insuficiencia cardíaca, enfermedad renal, inmunodepresión) y personal sanitario.</p>
<p><b>Sin cita previa:</b> lunes a viernes, 9:00–13:30, sala 4.</p>
<p>Información: 91 555 0123</p></body></html>"""
    return MAIL(A("Centro de Salud San Rafael", "comunicacion@cs-sanrafael.example.es.test"),
                A("Boletín vecinal", "boletin@lists.cs-sanrafael.example.es.test"),
                "Campaña de vacunación antigripal y COVID-19: calendario de diciembre",
                D("2026-11-26 09:00", "+0100"), MP("alternative", T(txt), H(html)), smode="Q")


@msg("none", "trap-es-ensayo-clinico", "es",
     "Spanish (ISO-8859-1) clinical-trial recruitment ad for severe asthma; criteria only")
def _():
    body = """¿Tiene asma grave? Buscamos voluntarios para un estudio clínico

La Unidad de Ensayos Clínicos del Hospital Universitario Valdemora busca
participantes para el estudio VAL-ASM-03, aprobado por el Comité de Ética
de la Investigación con medicamentos (CEIm).

Puede participar si:
  · tiene entre 18 y 70 años;
  · tiene asma grave no controlada, con dos o más crisis en el último año;
  · usa corticoide inhalado a dosis altas y un segundo controlador.

No puede participar si fuma o ha fumado más de 10 paquetes-año, o si
está embarazada.

Se compensan los gastos de desplazamiento. Participar es voluntario y no
cambia su atención habitual.

Información: ensayos@huvaldemora.example.es.test · 91 555 0147
"""
    return MAIL(A("Unidad de Ensayos Clínicos – HU Valdemora", "ensayos@huvaldemora.example.es.test", "iso-8859-1", "Q"),
                A("Asociación de pacientes", "socios@asma-asociacion.example.es.test"),
                "¿Tiene asma grave? Buscamos voluntarios para un estudio",
                D("2026-11-19 11:30", "+0100"), T(body, cs="iso-8859-1"), scs="iso-8859-1", smode="Q")


@msg("none", "trap-es-desabasto-farmacia", "es",
     "Spanish (windows-1252, 8bit) hospital pharmacy shortage notice for a paediatric antibiotic with alternatives")
def _():
    body = """Servicio de Farmacia – Nota informativa 27/2026

Desabastecimiento temporal: amoxicilina/ácido clavulánico 100/12,5 mg/ml
polvo para suspensión oral (“presentación pediátrica”).

La Agencia ha comunicado un suministro irregular hasta finales de enero.
Mientras tanto:

  • Reservar la suspensión para menores de 6 años que no puedan tragar
    comprimidos.
  • En niños mayores, usar comprimidos dispersables de 500/125 mg.
  • En otitis media aguda sin alergia, valorar amoxicilina sola a dosis
    altas (80–90 mg/kg/día).

Coste estimado del cambio: 1.240 € al mes. No es necesario modificar las
prescripciones activas; Farmacia hará la sustitución y avisará a cada
unidad.

Dudas: extensión 40122 – farmacia@huvaldemora.example.es.test
"""
    return MAIL(A("Servicio de Farmacia", "farmacia@huvaldemora.example.es.test"),
                "jefes-servicio@huvaldemora.example.es.test",
                "Desabastecimiento temporal: amoxicilina/ácido clavulánico suspensión pediátrica",
                D("2026-11-27 13:05", "+0100"), T(body, cs="windows-1252", cte="8bit"),
                scs="windows-1252")


@msg("none", "trap-fr-rmm-cas-anonymise", "fr",
     "French (ISO-8859-15) morbidity-mortality review notice with two anonymised cases (age/sex only)")
def _():
    body = """Revue de morbi-mortalité (RMM) – Pôle urgences
Jeudi 11 décembre 2026, 13 h 30, salle Pasteur

Deux cas anonymisés seront présentés :

Cas n° 1 – Femme de 46 ans, consultant pour dyspnée et douleur
thoracique atypique. Premier bilan rassurant (ECG normal, D-dimères non
demandés). Retour 48 heures plus tard : embolie pulmonaire bilatérale
avec cœur pulmonaire aigu. Discussion : score de Wells, critères PERC,
biais d'ancrage.

Cas n° 2 – Homme de 79 ans sous anticoagulant, chute de sa hauteur.
Scanner cérébral initial normal ; hématome sous-dural à J3. Discussion :
surveillance après traumatisme crânien chez le patient anticoagulé.

Les cas sont anonymisés ; merci de ne pas chercher à identifier les
patients et de ne prendre aucune note nominative. Démarche non punitive,
dans le cadre de l'œuvre d'amélioration continue de la qualité.

Cellule qualité – poste 40155
"""
    return MAIL(A("Cellule qualité – Pôle urgences", "qualite-urgences@chu-belleriviere.example.fr.test", "iso-8859-15", "Q"),
                "medecins-urgences@chu-belleriviere.example.fr.test",
                "RMM du 11 décembre : deux cas anonymisés (retard diagnostique d'embolie pulmonaire)",
                D("2026-12-02 17:40", "+0100"), T(body, cs="iso-8859-15"), scs="iso-8859-15", smode="Q")


@msg("none", "trap-fr-mutuelle-entreprise", "fr",
     "French staff notice on the company health-insurance plan 2027 (psychologist sessions, fertility cover) with a PDF table")
def _():
    body = """Chers collègues,

La mutuelle d'entreprise évolue au 1er janvier 2027. Principales
nouveautés :

  • Psychologue : remboursement de 6 séances par an (60 € par séance),
    sans prescription.
  • Ostéopathie et kinésithérapie : forfait de 4 × 40 € par an.
  • Optique : une monture tous les deux ans, verres selon la grille.
  • Assistance médicale à la procréation : prise en charge du
    dépassement d'honoraires à 150 %.
  • Cotisation salariale : 38,20 € par mois (isolé), 71,50 € (famille).

Le tableau des garanties est joint. Aucune démarche n'est nécessaire :
l'adhésion est reconduite automatiquement.

Le service des ressources humaines – poste 20117
"""
    pdf = PDF([["Mutuelle d'entreprise 2027 - Tableau des garanties",
                "Consultations generalistes : 100 % BR + 50 %",
                "Psychologue (6 seances/an) : 60 EUR par seance",
                "Osteopathie / kinesitherapie : 4 x 40 EUR par an",
                "Hospitalisation : chambre particuliere 70 EUR/jour",
                "Assistance medicale a la procreation : 150 % BR",
                "Optique : monture 150 EUR, verres selon grille",
                "Ce document decrit le contrat collectif ; il ne concerne aucun salarie en particulier."]],
              title="Garanties 2027")
    return MAIL(A("Ressources humaines", "rh@clinique-saint-aubin.example.fr.test"),
                "tous-salaries@clinique-saint-aubin.example.fr.test",
                "Mutuelle d'entreprise 2027 : nouvelles garanties (psychologue, optique, PMA)",
                D("2026-11-24 10:00", "+0100"),
                MP("mixed", T(body, cte="base64"),
                   ATT(pdf, "application/pdf", "Tableau des garanties 2027 – santé.pdf", fn="2231")))


@msg("none", "trap-fr-veterinaire-rappel", "fr",
     "borderline: French veterinary reminder for a named owner's diabetic cat (insulin, blood glucose); pet care, not a person's health")
def _():
    body = """Bonjour Madame Fontanel,

Moustache (chat européen, mâle castré, 11 ans, identification
250268712345678) est attendu pour :

  – son rappel de vaccin typhus-coryza (CHRP) et leucose, à faire avant
    le 20 décembre ;
  – le contrôle de sa glycémie et le renouvellement de son insuline
    (son diabète est bien équilibré depuis septembre) ;
  – son traitement antiparasitaire trimestriel.

Prenez rendez-vous en ligne ou au 01 555 0142.

Clinique vétérinaire des Tilleuls
"""
    return MAIL(A("Clinique vétérinaire des Tilleuls", "rappels@veto-tilleuls.example.fr.test", "iso-8859-1", "Q"),
                A("Aurélie Fontanel", "aurelie.fontanel@example.fr.test"),
                "Rappel : vaccin et contrôle glycémie de Moustache",
                D("2026-11-28 08:30", "+0100"), T(body, cs="iso-8859-1"), scs="iso-8859-1")


@msg("none", "trap-pt-boletim-dengue", "pt",
     "Portuguese (ISO-8859-1, base64) municipal dengue/chikungunya/zika bulletin with a semicolon CSV of counts per neighbourhood")
def _():
    body = """Boletim Epidemiológico – Semana Epidemiológica 47/2026
Vigilância Epidemiológica, Secretaria Municipal de Saúde de Vale do Jacarandá

Resumo:
  • Dengue: 412 casos notificados, 187 confirmados, 2 óbitos em
    investigação.
  • Chikungunya: 38 notificados, 11 confirmados.
  • Zika: 6 notificados, nenhum confirmado.
  • Índice de infestação predial (LIRAa): 3,8 % – situação de alerta.

Os bairros com maior incidência estão na tabela anexa. Dados
preliminares, sujeitos a revisão. Casos individuais não são divulgados.

Ações: mutirão de limpeza no sábado (13/12) e visitas dos agentes de
endemias.
"""
    bairros = ["Centro", "Jardim das Flores", "Vila Nova", "Alto do Cruzeiro", "Parque Industrial", "São José"]
    r = random.Random(4747)
    rows = [["bairro", "dengue_notificados", "dengue_confirmados", "chikungunya_confirmados", "incidencia_100mil"]]
    for b in bairros:
        n = r.randint(20, 110)
        rows.append([b, str(n), str(n // 2), str(r.randint(0, 4)), "%d,%d" % (r.randint(80, 420), r.randint(0, 9))])
    return MAIL(A("Vigilância Epidemiológica – SMS", "vigilancia@sms-valejacaranda.example.br.test", "iso-8859-1"),
                "unidades-basicas@sms-valejacaranda.example.br.test",
                "Boletim epidemiológico SE 47: dengue, chikungunya e zika por bairro",
                D("2026-11-28 16:00", "-0300"),
                MP("mixed", T(body, cs="iso-8859-1", cte="base64"),
                   ATT(CSV(rows, ";"), "text/csv", "boletim_epidemiológico_SE47_bairros.csv", cs="iso-8859-1", fn="2231")),
                scs="iso-8859-1")


@msg("none", "trap-pt-vaga-enfermeiro-caps", "pt",
     "Portuguese job posting for a nurse at an alcohol-and-drugs psychosocial care centre (CAPS AD); no patient")
def _():
    txt = """Vaga: Enfermeiro(a) – CAPS AD III (24 horas)

O Instituto Horizonte de Saúde Mental contrata enfermeiro(a) para o
Centro de Atenção Psicossocial Álcool e Drogas III.

Atividades: acolhimento de usuários de álcool e outras drogas,
acompanhamento de desintoxicação leve no acolhimento noturno,
administração de medicamentos, grupos de redução de danos e trabalho em
rede com a atenção básica.

Requisitos: COREN ativo, experiência em saúde mental, desejável
especialização em dependência química.

Regime: plantão 12x36, salário R$ 5.840,00 + insalubridade.
Envie seu currículo até 15/12 para vagas@horizonte-sm.example.br.test.
"""
    html = "<html><body><h3>Vaga: Enfermeiro(a) – CAPS AD III</h3><p>" + \
        txt.split("\n\n", 1)[1].replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>"
    return MAIL(A("RH – Instituto Horizonte de Saúde Mental", "vagas@horizonte-sm.example.br.test"),
                A("Rede de vagas em saúde", "vagas-saude@lists.example.br.test"),
                "Vaga: enfermeiro(a) para CAPS AD III – plantão 12x36",
                D("2026-11-25 14:00", "-0300"), MP("alternative", T(txt), H(html)))


@msg("none", "trap-de-cme-zertifikat", "de",
     "German CME attendance certificate (PDF) to a named doctor for a depression course; about her training, not her health")
def _():
    body = """Sehr geehrte Frau Dr. Hollenbach,

vielen Dank für Ihre Teilnahme an der Fortbildung „Depression im Alter –
Diagnostik und Therapie“ am 29. November 2026.

Anbei erhalten Sie Ihre Teilnahmebescheinigung über 6 CME-Punkte
(Kategorie A). Die Punkte wurden unter Ihrer Einheitlichen
Fortbildungsnummer (EFN 276099912345670) an die Ärztekammer gemeldet.

Mit freundlichen Grüßen
Akademie für ärztliche Fortbildung
Tel. 040 555-0142
"""
    pdf = PDF([["Teilnahmebescheinigung",
                "Frau Dr. med. Friederike Hollenbach",
                "hat am 29.11.2026 an der Fortbildung",
                "\"Depression im Alter - Diagnostik und Therapie\" teilgenommen.",
                "Umfang: 6 Fortbildungspunkte (Kategorie A).",
                "EFN: 276099912345670   Veranstaltungsnummer: 2760999201126001",
                "Akademie fuer aerztliche Fortbildung (fiktiver Veranstalter)"]], title="Teilnahmebescheinigung")
    return MAIL(A("Akademie für ärztliche Fortbildung", "zertifikate@aerzteakademie.example.de.test"),
                A("Dr. med. Friederike Hollenbach", "f.hollenbach@praxis-hollenbach.example.de.test"),
                "Ihre Teilnahmebescheinigung: „Depression im Alter – Diagnostik und Therapie“ (6 CME-Punkte)",
                D("2026-12-01 09:10", "+0100"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "Teilnahmebescheinigung – „Depression im Alter – Diagnostik und Therapie“.pdf", fn="2231")))


@msg("none", "trap-de-rueckruf-teststreifen", "de",
     "German (ISO-8859-15) field safety notice for blood-glucose test strips with lot numbers; no patient")
def _():
    body = """Dringende Sicherheitsinformation – Blutzucker-Teststreifen GlucoSure+

Sehr geehrte Damen und Herren,

bei den Chargen 4471A bis 4479C der GlucoSure+ Teststreifen können bei
einem Hämatokrit über 55 % zu hohe Messwerte angezeigt werden (bis zu
+18 %). Andere Chargen sind nicht betroffen.

Maßnahmen:
  1. Bitte prüfen Sie Ihren Lagerbestand und senden Sie betroffene
     Packungen kostenlos an uns zurück.
  2. Informieren Sie Patientinnen und Patienten, denen Sie diese Chargen
     abgegeben haben, dass sie die Packungen in der Apotheke tauschen
     können.
  3. Bei unplausiblen Werten sollte eine Kontrollmessung mit einer
     Laborprobe erfolgen.

Die zuständige Bundesoberbehörde ist informiert. Schwerwiegende
Vorkommnisse wurden bisher nicht gemeldet.

Corvane Medical Deutschland GmbH – Produktsicherheit
Tel. 089 555-0171
"""
    return MAIL(A("Corvane Medical Deutschland – Produktsicherheit", "sicherheit@corvane.example.de.test", "iso-8859-15", "Q"),
                A("Apotheken und Diabetespraxen", "kunden@lists.corvane.example.de.test"),
                "Dringende Sicherheitsinformation: Blutzucker-Teststreifen GlucoSure+, Chargen 4471A–4479C",
                D("2026-11-20 11:00", "+0100"), T(body, cs="iso-8859-15"), scs="iso-8859-15", smode="Q")


@msg("none", "trap-de-kfz-versicherung", "de",
     "German (windows-1252, 8bit) car-insurance premium notice with VIN, policy number, DOB and passenger-accident cover; no health care")
def _():
    body = """Sehr geehrter Herr Pätzold,

anbei Ihre Beitragsrechnung für das Versicherungsjahr 2027.

Vertrag:                    KV-4471-209-88
Versicherungsnehmer:        Jörg Pätzold, geb. 14.05.1972
Fahrzeug:                   Pkw, FIN WVZZZ1KZ8M004417, amtl. Kennz. LG-JP 412
Schadenfreiheitsklasse:     SF 19 (Haftpflicht), SF 16 (Vollkasko)

Beitrag Haftpflicht         412,30 €
Beitrag Vollkasko           388,90 €
Insassenunfallversicherung   48,00 €  (Invalidität 100.000 €,
                                       Krankenhaustagegeld 20 €)
Gesamt                      849,20 €  – fällig am 01.01.2027

Der Beitrag wird per SEPA-Lastschrift eingezogen
(Mandatsreferenz NL-2026-0088417).

Mit freundlichen Grüßen
Nordlicht Versicherung AG – Kundenservice, Tel. 0800 555-0136
"""
    return MAIL(A("Nordlicht Versicherung AG", "kundenservice@nordlicht-vers.example.de.test"),
                A("Jörg Pätzold", "j.paetzold@example.de.test", "windows-1252", "Q"),
                "Ihre Kfz-Versicherung: Beitragsrechnung 2027, Vertrag KV-4471-209-88",
                D("2026-11-15 07:00", "+0100"), T(body, cs="windows-1252", cte="8bit"), scs="windows-1252")


@msg("none", "trap-it-donazione-sangue", "it",
     "Italian (ISO-8859-1) blood-donation drive with donor eligibility criteria; no individual")
def _():
    body = """Raccolta straordinaria di sangue – sabato 13 dicembre

Cari donatori e cari aspiranti donatori,

le scorte di sangue dei gruppi 0 negativo e A negativo sono basse.
Sabato 13 dicembre, dalle 8:00 alle 12:00, l'autoemoteca sarà in piazza
Garibaldi.

Chi può donare:
  – età tra 18 e 65 anni (prima donazione entro i 60);
  – peso di almeno 50 kg;
  – buona salute: niente antibiotici nell'ultima settimana, niente
    tatuaggi o piercing negli ultimi 4 mesi.

Presentarsi a digiuno o dopo una colazione leggera (tè, fette
biscottate). Portare un documento d'identità e la tessera sanitaria.

Prenotazioni: 0523 555 0116 – segreteria@donatori-valtrebbia.example.it.test

Associazione Donatori Sangue Valtrebbia
"""
    return MAIL(A("Donatori Sangue Valtrebbia", "segreteria@donatori-valtrebbia.example.it.test"),
                A("Soci e amici", "soci@lists.donatori-valtrebbia.example.it.test"),
                "Raccolta straordinaria di sangue sabato 13 dicembre: servono 0 negativo e A negativo",
                D("2026-12-03 08:00", "+0100"), T(body, cs="iso-8859-1"))


@msg("none", "trap-it-corso-ecm-hiv", "it",
     "Italian HTML-only (base64) CME course announcement on HIV, PrEP and long-acting ART; no patient")
def _():
    html = """<html><body style="font-family:Arial">
<h2>Corso FAD ECM: «HIV oggi: PrEP, U=U e terapia antiretrovirale long-acting»</h2>
<p><b>12 crediti ECM</b> &middot; disponibile dal 15 dicembre 2026 al 30 giugno 2027</p>
<ul>
<li>Epidemiologia dell'infezione da HIV in Italia: nuove diagnosi e diagnosi tardive</li>
<li>PrEP orale e iniettabile: criteri di eleggibilità, monitoraggio, aderenza</li>
<li>U=U (non rilevabile = non trasmissibile): come comunicarlo</li>
<li>Cabotegravir/rilpivirina long-acting: gestione in ambulatorio</li>
<li>Casi clinici simulati con discussione guidata</li>
</ul>
<p>Destinatari: medici, infermieri, farmacisti. Iscrizione gratuita su
<a href="https://ecm.ffs-formazione.example.it.test/hiv2027">ecm.ffs-formazione.example.it.test</a></p>
<p style="font-size:10px">Provider ECM n. 9999 (fittizio). Per non ricevere più comunicazioni rispondere «cancellami».</p>
</body></html>"""
    return MAIL(A("Provider ECM – Fondazione Formazione Sanitaria", "ecm@ffs-formazione.example.it.test"),
                "iscritti@lists.ffs-formazione.example.it.test",
                "Corso FAD ECM «HIV oggi: PrEP, U=U e terapia long-acting» – 12 crediti",
                D("2026-11-30 10:00", "+0100"), H(html, cte="base64"))


@msg("none", "trap-pl-szczepienia-grypa", "pl",
     "Polish (ISO-8859-2) clinic notice of walk-in flu vaccination for eligible groups; no individual")
def _():
    body = """Szanowni Pacjenci,

zapraszamy na szczepienia przeciw grypie – bez wcześniejszej rejestracji.

Kto może się zaszczepić bezpłatnie:
  • osoby w wieku 65 lat i więcej,
  • dzieci od 6. miesiąca do 18. roku życia,
  • kobiety w ciąży,
  • osoby z chorobami przewlekłymi (cukrzyca, astma, POChP,
    niewydolność serca).

Terminy: poniedziałki i środy w grudniu, godz. 8:00–12:00, gabinet 12.
Prosimy zabrać dowód osobisty. Osoby z gorączką powinny przełożyć
szczepienie.

Rejestracja: tel. 22 555-0127
Przychodnia Zdrowie Rodzinne
"""
    return MAIL(A("Przychodnia Zdrowie Rodzinne", "rejestracja@zdrowie-rodzinne.example.pl.test", "iso-8859-2", "Q"),
                A("Pacjenci przychodni – newsletter", "newsletter@lists.zdrowie-rodzinne.example.pl.test"),
                "Szczepienia przeciw grypie bez zapisów – grudzień",
                D("2026-11-27 12:00", "+0100"), T(body, cs="iso-8859-2"), scs="iso-8859-2", smode="Q")


@msg("none", "trap-pl-przetarg-analizator", "pl",
     "Polish (windows-1250, base64) hospital tender request for a haematology analyser with a semicolon CSV price form")
def _():
    body = """Szanowni Państwo,

Szpital Powiatowy w Lipowcu zaprasza do złożenia oferty w postępowaniu
ZP/47/2026: dzierżawa analizatora hematologicznego 5-diff wraz z
odczynnikami, kalibratorami i materiałami kontrolnymi na 36 miesięcy.

Szacowana liczba badań: ok. 38 000 morfologii krwi rocznie, w tym 4 000
z rozmazem automatycznym.

Wymagania: wydajność min. 80 oznaczeń/godz., podłączenie do LIS (HL7),
serwis w ciągu 24 godzin, szkolenie personelu.

Formularz cenowy w załączniku (CSV). Termin składania ofert:
15.12.2026, godz. 10:00.

Dział Zamówień Publicznych, tel. 84 555-0133
"""
    rows = [["lp", "pozycja", "jednostka", "ilosc_36_mies", "cena_netto_PLN", "VAT_%"],
            ["1", "Dzierżawa analizatora 5-diff", "miesiąc", "36", "", "23"],
            ["2", "Odczynniki – morfologia", "oznaczenie", "114000", "", "8"],
            ["3", "Materiał kontrolny 3 poziomy", "zestaw", "72", "", "8"],
            ["4", "Serwis i przeglądy", "miesiąc", "36", "", "23"]]
    return MAIL(A("Dział Zamówień Publicznych – Szpital w Lipowcu", "przetargi@szpital-lipowiec.example.pl.test", "windows-1250"),
                "oferty@diagnostyka-dystrybucja.example.pl.test",
                "Zapytanie ofertowe ZP/47/2026: dzierżawa analizatora hematologicznego + odczynniki",
                D("2026-11-24 09:30", "+0100"),
                MP("mixed", T(body, cs="windows-1250", cte="base64"),
                   ATT(CSV(rows, ";"), "text/csv", "formularz_cenowy_ZP-47-2026_załącznik_nr_2.csv", cs="windows-1250", fn="2231")),
                scs="windows-1250")


@msg("none", "trap-pl-pesel-walidacja-test", "pl",
     "borderline: Polish developer note with test cases for PESEL validation (checksum-valid fictional numbers, a 'TESTOWY' patient); test data")
def _():
    p1 = pesel("6203110457")
    p2 = pesel("0227080362")
    bad = p1[:-1] + str((int(p1[-1]) + 1) % 10)
    body = """Cześć,

w module rejestracji poprawiłem walidację pola PESEL (zadanie REJ-1187).
Poniżej przypadki testowe do regresji. Wszystkie numery są wymyślone,
a pacjent testowy istnieje tylko w środowisku TEST.

  PESEL         oczekiwany wynik
  %s   poprawny (suma kontrolna OK, ur. 1962)
  %s   błąd: nieprawidłowa cyfra kontrolna
  %s   poprawny (ur. 2002 – miesiąc zakodowany jako +20)
  1234567890    błąd: za krótki

Dane pacjenta testowego: TESTOWY Jan, data ur. 1962-03-11, rozpoznanie
w danych testowych: J06.9 (zapisane tylko po to, żeby sprawdzić
wydruk skierowania).

Proszę o przetestowanie na TEST do czwartku.

Paweł
""" % (p1, bad, p2)
    return MAIL(A("Paweł Zieliński", "p.zielinski@dev.medisoft.example.pl.test"),
                "qa-rejestracja@dev.medisoft.example.pl.test",
                "Walidacja pola PESEL w module rejestracji – przypadki testowe (dane fikcyjne)",
                D("2026-12-01 15:20", "+0100"), T(body, cte="8bit"))


@msg("none", "trap-ru-konferentsiya-psikhiatriya", "ru",
     "Russian (KOI8-R, base64) announcement of a psychiatry conference (depression, bipolar, opioid substitution); no patient")
def _():
    body = """Уважаемые коллеги!

Приглашаем вас принять участие в научно-практической конференции
«Депрессия и тревожные расстройства в первичном звене здравоохранения»,
которая пройдёт 18–19 февраля 2027 года.

Основные темы:
  – скрининг депрессии у взрослых и пожилых пациентов;
  – биполярное аффективное расстройство: ошибки диагностики;
  – шизофрения: ранние признаки и маршрутизация;
  – зависимость от опиоидов: современные подходы к лечению;
  – разбор клинических случаев (обезличенных).

Участие бесплатное, начисляются баллы НМО. Регистрация до 1 февраля
на сайте https://psy-conf.example.ru.test/2027

Оргкомитет, тел. +7 495 555-0188
"""
    return MAIL(A("Оргкомитет конференции", "orgkomitet@psy-conf.example.ru.test", "koi8-r"),
                A("Рассылка для врачей", "vrachi@lists.psy-conf.example.ru.test"),
                "Конференция «Депрессия и тревожные расстройства в первичном звене» — 18–19 февраля 2027",
                D("2026-11-23 10:00", "+0300"), T(body, cs="koi8-r", cte="base64"), scs="koi8-r")


@msg("none", "trap-ru-obnovlenie-mis", "ru",
     "Russian (windows-1251, QP) IT notice of a hospital information-system update adding SNILS/OMS/DOB fields, with a dummy test patient")
def _():
    body = """Коллеги, добрый день!

В ночь с 13 на 14 декабря (с 01:00 до 04:00) будет обновлена медицинская
информационная система (МИС). В карте пациента появятся новые поля:

  • «СНИЛС» — с проверкой контрольного числа;
  • «Полис ОМС» — единый номер полиса (16 цифр);
  • «Дата рождения» — ввод только в формате ДД.ММ.ГГГГ.

Для проверки используйте тестового пациента:
  ТЕСТОВ Тест Тестович, СНИЛС 000-000-000 00, полис 0000000000000000.
Не вводите данные реальных пациентов в тестовую базу!

Во время обновления работайте по бумажным формам (папка «Резерв» на
каждом посту).

Служба ИТ-поддержки, вн. 4-0111
"""
    return MAIL(A("Служба ИТ-поддержки", "it-support@gkb-severnaya.example.ru.test", "windows-1251"),
                "vse-sotrudniki@gkb-severnaya.example.ru.test",
                "Обновление МИС 14.12: новые поля «СНИЛС», «Полис ОМС», «Дата рождения»",
                D("2026-12-02 11:30", "+0300"), T(body, cs="windows-1251"), scs="windows-1251")


@msg("none", "trap-uk-grupa-pidtrymky-veteraniv", "uk",
     "Ukrainian (KOI8-U, base64) open support group for veterans with PTSD and families; anonymous, no participant named")
def _():
    body = """Шановні ветерани та їхні родини!

Центр психологічної підтримки «Обрій» запрошує до відкритої групи
взаємопідтримки. Зустрічі щочетверга о 18:00 (вул. Садова, 12, зал 2).

Про що говоримо:
  – як впоратися зі стресом, безсонням і спалахами гніву;
  – що таке посттравматичний стресовий розлад (ПТСР) і де отримати
    допомогу;
  – як підтримати близьку людину, яка повернулася з фронту.

Участь безкоштовна та анонімна. Реєстрація не потрібна, імена не
записуємо.

Гаряча лінія центру: 044 555-0151
"""
    return MAIL(A("Центр психологічної підтримки «Обрій»", "info@obrii-center.example.ua.test", "koi8-u"),
                A("Розсилка центру", "rozsylka@lists.obrii-center.example.ua.test"),
                "Відкрита група підтримки для ветеранів і їхніх родин — щочетверга",
                D("2026-11-27 17:00", "+0200"), T(body, cs="koi8-u", cte="base64"), scs="koi8-u")


@msg("none", "trap-uk-vakansiya-likar", "uk",
     "Ukrainian job vacancy for an addiction physician in an opioid substitution programme; no patient")
def _():
    body = """Вакансія: лікар-нарколог (програма замісної підтримувальної терапії)

Лікарня «Світанок» шукає лікаря-нарколога для кабінету замісної
підтримувальної терапії (ЗПТ).

Обов'язки: первинний огляд пацієнтів, призначення та корекція доз
метадону і бупренорфіну, співпраця з психологами та соціальними
працівниками, ведення документації.

Вимоги: диплом лікаря, сертифікат за спеціальністю «Наркологія»,
досвід роботи від 2 років.

Пропонуємо: офіційне працевлаштування, 5-денний робочий тиждень,
навчання за кошти лікарні.

Резюме надсилайте на hr@likarnia-svitanok.example.ua.test
"""
    return MAIL(A("Відділ кадрів – Лікарня «Світанок»", "hr@likarnia-svitanok.example.ua.test"),
                A("Вакансії для медиків", "vakansii@lists.example.ua.test"),
                "Вакансія: лікар-нарколог для програми замісної терапії",
                D("2026-11-26 09:00", "+0200"), T(body))


@msg("none", "trap-tr-eczane-stok", "tr",
     "Turkish (ISO-8859-9) pharmacy-wholesaler stock notice for insulin pens and antibiotic syrups with barcodes; no patient")
def _():
    body = """Değerli eczacılarımız,

Aşağıdaki ürünlerde tedarik gecikmesi yaşanmaktadır. Tahmini teslim
tarihleri belirtilmiştir:

  Ürün                                   Barkod           Tahmini tarih
  İnsülin glarjin kalem 100 IU/ml        8699000112233    22.12.2026
  Amoksisilin/klavulanat 400 mg şurup    8699000445566    05.01.2027
  Sefdinir 250 mg/5 ml süspansiyon       8699000778899    12.01.2027

Reçeteli hastalarınızı muadil ürünler konusunda bilgilendirebilirsiniz.
Muadil listesi için sistemimize giriş yapınız.

Şifa Ecza Deposu – Müşteri Hizmetleri: 0212 555 0172
"""
    return MAIL(A("Şifa Ecza Deposu", "depo@sifa-ecza.example.tr.test", "iso-8859-9", "Q"),
                A("Eczane müşterileri", "eczaneler@lists.sifa-ecza.example.tr.test"),
                "Stok bildirimi: insülin kalemleri ve antibiyotik şuruplarında gecikme",
                D("2026-12-01 10:45", "+0300"), T(body, cs="iso-8859-9"), scs="iso-8859-9", smode="Q")


@msg("none", "trap-tr-saglik-sigortasi-kampanya", "tr",
     "Turkish (windows-1254) HTML-only insurance marketing for supplementary health cover (maternity, check-up); no individual")
def _():
    html = """<html><body style="font-family:Tahoma">
<h2 style="color:#b3001b">Yılbaşına özel: Tamamlayıcı Sağlık Sigortasında %20 indirim!</h2>
<p>Özel hastanelerde fark ödemeden muayene, tahlil ve ameliyat.</p>
<ul><li>Ayakta tedavi: yılda 10 muayene</li><li>Yatarak tedavi: limitsiz</li>
<li>Doğum paketi: 12 ay bekleme süresinden sonra</li><li>Yıllık ücretsiz check-up</li></ul>
<p>Teklif almak için <a href="https://guven-saglik.example.tr.test/teklif">tıklayın</a> veya 0850 555 0114 numarasını arayın.</p>
<p style="font-size:10px">Bu ileti ticari elektronik iletidir. Almak istemiyorsanız RET yazıp yanıtlayınız.</p>
</body></html>"""
    return MAIL(A("Güven Sağlık Sigortası", "kampanya@guven-saglik.example.tr.test", "windows-1254"),
                "aboneler@lists.guven-saglik.example.tr.test",
                "Tamamlayıcı sağlık sigortasında yılbaşı kampanyası: %20 indirim",
                D("2026-12-02 12:00", "+0300"), H(html, cs="windows-1254"), scs="windows-1254")


@msg("none", "trap-vi-kham-suc-khoe-mien-phi", "vi",
     "Vietnamese (windows-1258, combining tone marks) community health-fair announcement (BP, glucose, hepatitis B); no individual")
def _():
    body = """Kính gửi bà con,

Hội Y tế Cộng đồng Việt tổ chức Ngày hội khám sức khỏe miễn phí:

  Thời gian: Chủ nhật, ngày 14 tháng 12 năm 2026, từ 9 giờ đến 14 giờ
  Địa điểm: Hội trường chùa Phước Lộc, 118 đường Magnolia

Các dịch vụ miễn phí:
  – đo huyết áp và đường huyết;
  – tầm soát viêm gan B và viêm gan C;
  – tư vấn dinh dưỡng cho người bệnh tiểu đường;
  – tiêm ngừa cúm.

Có bác sĩ và thông dịch viên nói tiếng Việt. Không cần bảo hiểm.
Thông tin: 555-0149
"""
    return MAIL(A("Hội Y tế Cộng đồng Việt", "lienhe@yte-congdong.example.org"),
                A("Danh sách thành viên", "thanhvien@lists.yte-congdong.example.org"),
                "Ngày hội khám sức khỏe miễn phí: đo huyết áp, đường huyết, tầm soát viêm gan B",
                D("2026-11-29 09:00", "-0800"), T(body, cs="windows-1258"), scs="utf-8")


@msg("none", "trap-vi-tuyen-dung-dieu-duong", "vi",
     "Vietnamese (UTF-8, base64) hospital job posting for ICU and psychiatric nurses; no patient")
def _():
    body = """THÔNG BÁO TUYỂN DỤNG

Bệnh viện Đa khoa Bình An tuyển dụng:

1. Điều dưỡng khoa Hồi sức tích cực (ICU) – 6 người
   Yêu cầu: tốt nghiệp cao đẳng điều dưỡng trở lên, có chứng chỉ hành
   nghề, ưu tiên có kinh nghiệm chăm sóc bệnh nhân thở máy.

2. Điều dưỡng khoa Tâm thần – 3 người
   Yêu cầu: có kinh nghiệm chăm sóc người bệnh rối loạn tâm thần, kỹ năng
   giao tiếp tốt.

Quyền lợi: lương thỏa thuận, phụ cấp trực, bảo hiểm đầy đủ.
Hạn nộp hồ sơ: 31/12/2026, gửi về tuyendung@bv-binhan.example.vn.test

Phòng Tổ chức – Nhân sự
"""
    return MAIL(A("Phòng Nhân sự – Bệnh viện Đa khoa Bình An", "tuyendung@bv-binhan.example.vn.test"),
                "ungvien@lists.bv-binhan.example.vn.test",
                "Tuyển dụng điều dưỡng khoa Hồi sức tích cực và khoa Tâm thần",
                D("2026-11-25 08:00", "+0700"), T(body, cte="base64"))


@msg("none", "trap-tl-bakuna-iskedyul", "tl",
     "Tagalog barangay health-centre schedule of free vaccinations for children and seniors; no individual")
def _():
    body = """Magandang araw po sa lahat!

Narito ang iskedyul ng LIBRENG BAKUNA sa Barangay Health Center ngayong
Disyembre:

  Martes, Disyembre 9   8:00 AM - 12:00 NN   Bakuna para sa mga sanggol
                        (Pentavalent, OPV, PCV, MMR sa edad 9 na buwan)
  Huwebes, Disyembre 11 1:00 PM - 4:00 PM    Flu at pneumonia vaccine para
                        sa mga senior citizen (60 pataas)
  Sabado, Disyembre 13  8:00 AM - 11:00 AM   Anti-tetanus para sa mga buntis

Dalhin po ang baby book o senior citizen ID. Libre po ito at walang
kailangang appointment.

Para sa tanong: 0917 555 0138
Barangay Health Center, Sta. Lucia
"""
    return MAIL(A("Barangay Health Center Sta. Lucia", "bhc@bhc-stalucia.example.ph.test"),
                A("Barangay Sta. Lucia residents", "residents@lists.bhc-stalucia.example.ph.test"),
                "Iskedyul ng libreng bakuna para sa mga bata at nakatatanda - Disyembre",
                D("2026-12-01 08:00", "+0800"), body)


@msg("none", "trap-tl-remittance-tracking", "tl",
     "borderline: Tagalog remittance notice with reference numbers and the recipient's birth date for verification; no health content")
def _():
    body = """Magandang araw, Rosalinda!

Naipadala na ang iyong padala.

  Reference no.:          PX-5548-2291-07
  Halaga:                 PHP 12,500.00 (USD 215.00)
  Pangalan ng tatanggap:  Teodora Magbanua
  Petsa ng kapanganakan
  ng tatanggap (para sa
  beripikasyon):          03/15/1962
  Pick-up:                Alinmang PadalaExpress branch o e-wallet

Paalala: huwag ibigay ang reference number sa hindi mo kilala.

Salamat sa paggamit ng PadalaExpress!
"""
    return MAIL(A("PadalaExpress", "notify@padalaexpress.example.com"),
                A("Rosalinda Magbanua", "rosalinda.m@example.net"),
                "Naipadala na ang iyong padala: reference no. PX-5548-2291-07",
                D("2026-11-30 19:10", "-0800"), body)


@msg("none", "trap-ht-kolera-avi", "ht",
     "Haitian Creole (ISO-8859-1) public cholera prevention notice with an aggregate count of suspected cases")
def _():
    body = """AVI PIBLIK – KÒLERA

Semèn pase a, sant sante nou yo te resevwa 14 ka kòlera sispèk nan
komin nan. Pa gen okenn non ki pibliye. Men sa pou w fè pou pwoteje
fanmi w:

  • Bwè sèlman dlo trete oswa dlo bouyi.
  • Lave men w ak savon anvan w manje ak apre w sèvi twalèt.
  • Kwit manje byen, epi kouvri l.
  • Si yon moun gen dyare ak vomisman, ba li sewòm oral touswit epi mennen
    l nan sant sante ki pi pre a.

Sant sante yo bay grenn klorin ak sewòm oral gratis.

Enfòmasyon: 555-0125
Sant Sante Kominotè Lakay
"""
    return MAIL(A("Sant Sante Kominotè Lakay", "enfo@sante-lakay.example.org", "iso-8859-1", "Q"),
                A("Lis kominote a", "kominote@lists.sante-lakay.example.org"),
                "Avi piblik: kòlera – jan pou pwoteje fanmi w",
                D("2026-11-22 10:00", "-0500"), T(body, cs="iso-8859-1"), scs="iso-8859-1", smode="Q")


@msg("none", "trap-ht-klinik-vaksen", "ht",
     "Haitian Creole flu-vaccine clinic invitation for all families (HTML alternative); no individual")
def _():
    txt = """Klinik vaksen grip GRATIS pou tout fanmi

Samdi 6 desanm, 9è di maten rive 1è apremidi
Klinik Sante Fanmi Lakou, 45 Ri Washington

Tout moun ki gen 6 mwa oswa plis ka pran vaksen an. Ou pa bezwen asirans
ni randevou. Fanm ansent yo ka pran l tou.

Nou pale kreyòl, franse ak angle. Rele 555-0158 si w gen kesyon.
"""
    html = """<html><body><h2>Klinik vaksen grip GRATIS pou tout fanmi</h2>
<p><b>Samdi 6 desanm</b>, 9è di maten rive 1è apremidi<br>Klinik Sante Fanmi Lakou, 45 Ri Washington</p>
<p>Tout moun ki gen 6 mwa oswa plis ka pran vaksen an. Ou pa bezwen asirans ni randevou.</p>
<p>Rele 555-0158</p></body></html>"""
    return MAIL(A("Klinik Sante Fanmi Lakou", "klinik@lakou-sante.example.org"),
                A("Fanmi Lakou", "fanmi@lists.lakou-sante.example.org"),
                "Klinik vaksen grip gratis pou tout fanmi – samdi 6 desanm",
                D("2026-11-28 12:00", "-0500"), MP("alternative", T(txt), H(html)))


@msg("none", "trap-ar-hamla-sukkari", "ar",
     "Arabic (windows-1256, base64) diabetes awareness campaign offering free glucose and BP checks to the public")
def _():
    body = """حملة التوعية بمرض السكري

يدعوكم مركز الرعاية الصحية الأولية "النور" إلى حملة التوعية بمرض السكري،
يوم السبت 13 ديسمبر من الساعة 9 صباحاً حتى 2 ظهراً.

الخدمات المجانية:
  - فحص سكر الدم وضغط الدم
  - قياس الوزن ومؤشر كتلة الجسم
  - محاضرة عن التغذية الصحية والنشاط البدني
  - فحص القدم لمرضى السكري

لا حاجة إلى موعد مسبق. الحملة مفتوحة للجميع.
للاستفسار: 555-0165
"""
    return MAIL(A("مركز الرعاية الصحية الأولية – النور", "awareness@phc-alnoor.example.org", "windows-1256"),
                A("قائمة المجتمع", "community@lists.phc-alnoor.example.org"),
                "حملة التوعية بمرض السكري: فحص مجاني لسكر الدم وضغط الدم",
                D("2026-12-01 09:00", "+0300"), T(body, cs="windows-1256", cte="base64"), scs="windows-1256")


@msg("none", "trap-ar-hajz-tayaran", "ar",
     "Arabic airline booking confirmation with passport number and date of birth; no health content")
def _():
    body = """عزيزي السيد خالد العمري،

شكراً لاختيارك طيران الصقر. تم تأكيد حجزك:

رقم الحجز: QR7T2M
المسافر: خالد يوسف العمري
تاريخ الميلاد: 1984/06/12
رقم جواز السفر: P4471209
الرحلة: SQ 318 الرياض (RUH) إلى القاهرة (CAI)
التاريخ: 20 ديسمبر 2026، الساعة 08:40
المقعد: 14A – الدرجة الاقتصادية
الأمتعة: قطعتان × 23 كغ

رقم التذكرة: 157-2201448813
يمكنك إتمام إجراءات السفر عبر الإنترنت قبل 24 ساعة من موعد الإقلاع.
"""
    return MAIL(A("طيران الصقر", "booking@alsaqr-air.example.com"),
                A("خالد العمري", "k.alomari@example.net"),
                "تأكيد الحجز رقم QR7T2M – الرياض إلى القاهرة",
                D("2026-11-25 22:15", "+0300"), T(body))


@msg("none", "trap-fa-kargah-salamat-ravan", "fa",
     "Farsi HTML-only public workshop on managing exam stress and anxiety; no participant named")
def _():
    html = """<html dir="rtl" lang="fa"><body style="font-family:Tahoma">
<h2>کارگاه رایگان عمومی: مدیریت استرس و اضطراب در دوران امتحانات</h2>
<p>کانون سلامت روان همدلی برای دانش‌آموزان، دانشجویان و والدین برگزار می‌کند:</p>
<ul>
<li>نشانه‌های اضطراب و افسردگی را چگونه بشناسیم؟</li>
<li>تکنیک‌های تنفس و مدیریت زمان</li>
<li>چه زمانی باید به روان‌شناس یا روان‌پزشک مراجعه کرد؟</li>
</ul>
<p>زمان: پنجشنبه ۲۰ آذر، ساعت ۱۷ تا ۱۹ &ndash; مکان: سالن کتابخانه عمومی</p>
<p>شرکت برای همه آزاد و رایگان است. نیازی به ثبت نام نیست.</p>
<p>تلفن: 555-0137</p>
</body></html>"""
    return MAIL(A("کانون سلامت روان همدلی", "info@hamdeli-center.example.org"),
                A("خبرنامه همدلی", "news@lists.hamdeli-center.example.org"),
                "کارگاه رایگان عمومی: مدیریت استرس و اضطراب در دوران امتحانات",
                D("2026-11-30 10:00", "+0330"), H(html))


@msg("none", "trap-fa-bime-khodro", "fa",
     "Farsi (windows-1256, QP) car third-party insurance renewal with policy and chassis numbers; bodily-injury cover, no health care")
def _():
    body = """مشتری گرامی، آقای فرهاد کرمانی

بیمه‌نامه شخص ثالث خودروی شما رو به پایان است.

شماره بیمه‌نامه: 1405/33/77412
خودرو: سواری، شماره شاسی NAAM01CA8LK004417
پلاک: 22 ب 418 - ایران 10
تاریخ پایان اعتبار: 30 آذر 1405

پوشش‌ها:
  - خسارت بدنی (دیه) هر نفر: مطابق نرخ سال جاری
  - خسارت مالی: 800 میلیون ریال
  - حوادث راننده: تا سقف دیه کامل

برای تمدید به سایت ما مراجعه کنید یا با 555-0168 تماس بگیرید.
بیمه آسایش
"""
    return MAIL(A("بیمه آسایش", "service@asayesh-bime.example.ir.test", "windows-1256"),
                A("فرهاد کرمانی", "f.kermani@example.net"),
                "تمدید بیمه‌نامه شخص ثالث خودرو – شماره 1405/33/77412",
                D("2026-12-02 09:00", "+0330"), T(body, cs="windows-1256"), scs="utf-8")


@msg("none", "trap-zh-xitong-shengji", "zh-Hans",
     "Chinese (GB2312, base64) hospital IT upgrade notice naming EMPI/MRN/DOB fields with a dummy test patient")
def _():
    body = """各科室：

信息中心定于12月7日（星期日）凌晨1:00至5:00对HIS系统进行升级，
届时门诊挂号、住院登记、检验申请等功能暂停使用。

本次升级内容：
  一、患者主索引（EMPI）合并功能优化；
  二、病历号（MRN）校验规则调整为10位；
  三、出生日期字段统一为“年-月-日”格式；
  四、身份证号录入增加校验位检查。

测试请使用测试患者：“测试甲”，病历号 T000000001，出生日期 1900-01-01。
请勿在测试环境中录入真实患者信息。

停机期间请使用纸质应急表单。

信息中心  联系电话：555-0111
"""
    return MAIL(A("信息中心", "itc@renmin-hosp.example.cn.test", "gb2312"),
                "all-depts@renmin-hosp.example.cn.test",
                "关于HIS系统升级的通知（12月7日凌晨停机）",
                D("2026-12-02 16:00", "+0800"),
                MP("mixed", T(body, cs="gb2312", cte="base64"),
                   T("""HIS系统升级说明（第3版）

一、停机时间：12月7日 01:00-05:00
二、应急流程：门诊使用纸质挂号单，住院使用纸质医嘱单
三、恢复后补录：所有纸质记录须在恢复后4小时内补录
四、测试环境地址：https://his-test.renmin-hosp.example.cn.test
""", cs="gb2312", cte="base64", filename="HIS升级说明.txt", fn="2231")),
                scs="gb2312")


@msg("none", "trap-zh-tijian-taocan", "zh-Hans",
     "Chinese (GBK, HTML QP) health-checkup package promotion (endoscopy, low-dose CT, tumour markers); marketing")
def _():
    html = """<html><body style="font-family:SimSun">
<h2 style="color:#c00">年末特惠：深度体检套餐 8 折</h2>
<p>康悦体检中心推出年末深度体检套餐，原价 3980 元，现价 3184 元：</p>
<ul>
<li>无痛胃镜 + 肠镜</li><li>低剂量胸部 CT（肺结节筛查）</li>
<li>肿瘤标志物 12 项</li><li>甲状腺、乳腺、颈动脉彩超</li><li>糖化血红蛋白、血脂四项</li>
</ul>
<p>预约热线：400-555-0120 &nbsp; 活动截止 12 月 31 日。</p>
<p style="font-size:10px">退订请回复 TD。</p>
</body></html>"""
    return MAIL(A("康悦体检中心", "promo@kangyue-tijian.example.cn.test", "gbk"),
                "members@lists.kangyue-tijian.example.cn.test",
                "年末特惠：深度体检套餐 8 折，含胃肠镜、低剂量 CT、肿瘤标志物",
                D("2026-12-01 10:00", "+0800"), H(html, cs="gbk"), scs="gbk")


@msg("none", "trap-zh-kuaidi-danhao", "zh-Hans",
     "Chinese (UTF-8, 8bit) courier delivery notice with a tracking number for a box of glucose test strips sent to a pharmacy's purchasing office")
def _():
    body = """您好：

您的快件已签收。

运单号：SD7741 2093 8815
寄件方：华康医疗器械有限公司
收件方：仁和大药房 采购部
物品：血糖试纸（整箱，共 40 盒）、一次性采血针 10 盒
签收人：前台
签收时间：2026-12-02 14:36

如有疑问，请致电客服 555-0130。
顺达快递
"""
    return MAIL(A("顺达快递", "notice@shunda-express.example.cn.test"),
                A("仁和大药房采购部", "caigou@renhe-pharmacy.example.cn.test"),
                "您的快件已签收 运单号 SD7741 2093 8815",
                D("2026-12-02 14:40", "+0800"), T(body, cte="8bit"),
                hdrs=[("Auto-Submitted", "auto-generated")])


@msg("none", "trap-zhtw-jiankang-jiangzuo", "zh-Hant",
     "Traditional Chinese (Big5) free public lecture on dementia and depression; no individual")
def _():
    body = """社區健康講座　歡迎免費參加

講題：認識失智症與憂鬱症
時間：12月20日（星期六）下午2:00至4:00
地點：社區活動中心二樓

內容：
  一、失智症的早期警訊
  二、老年憂鬱症與失智症的差別
  三、如何陪伴家人就醫
  四、長期照顧資源介紹

主講：社區醫院精神科醫師
不需報名，歡迎民眾攜家人參加。

社區健康營造中心　電話：555-0154
"""
    return MAIL(A("社區健康營造中心", "health@community-health.example.tw.test", "big5"),
                A("社區居民", "residents@lists.community-health.example.tw.test"),
                "免費健康講座：認識失智症與憂鬱症　12月20日（六）下午",
                D("2026-12-01 09:00", "+0800"), T(body, cs="big5", cte="base64"), scs="big5")


@msg("none", "trap-zhtw-yimiao-jiezhong", "zh-Hant",
     "Traditional Chinese clinic notice that publicly funded flu and COVID vaccines are available without appointment")
def _():
    txt = """公費流感疫苗及新冠疫苗開打

本診所即日起提供公費流感疫苗及新冠疫苗接種，免預約。

接種對象：
  ．65歲以上長者
  ．6個月以上至國小學童
  ．孕婦
  ．具有慢性病（糖尿病、心臟病、慢性肺病等）之成人

請攜帶健保卡及身分證。發燒者請延後接種。

門診時間：週一至週六 上午9:00-12:00、下午2:30-5:30
和平診所　電話：555-0178
"""
    html = "<html><body><h3>公費流感疫苗及新冠疫苗開打</h3><pre>" + txt + "</pre></body></html>"
    return MAIL(A("和平診所", "clinic@heping-clinic.example.tw.test"),
                A("診所會員", "members@lists.heping-clinic.example.tw.test"),
                "公費流感疫苗及新冠疫苗開打　免預約",
                D("2026-11-20 08:30", "+0800"),
                MP("alternative", T(txt, cte="base64"), H(html, cte="base64")))


@msg("none", "trap-ja-kenkou-shindan", "ja",
     "Japanese (ISO-2022-JP) company-wide notice of the annual staff health check schedule; no individual result")
def _():
    body = """社員各位

総務部 健康管理室より、2027年度の定期健康診断についてお知らせします。

日程：2027年1月13日（水）〜1月16日（土）
会場：本社ビル 3階 大会議室

検査項目：身長・体重・腹囲、血圧、血液検査（肝機能・脂質・血糖）、
心電図、胸部X線、胃部X線（35歳以上の希望者）
婦人科健診（乳がん・子宮頸がん検診）は希望者のみです。

受診には社員番号が必要です。前日21時以降は絶食してください。
結果は本人にのみ通知され、上司には通知されません。

総務部 健康管理室（内線 2211）
"""
    return MAIL(A("総務部 健康管理室", "kenkou@sakura-shoji.example.jp.test", "iso-2022-jp"),
                "zensha@sakura-shoji.example.jp.test",
                "【全社員】2027年度 定期健康診断の日程について",
                D("2026-12-01 09:00", "+0900"), T(body, cs="iso-2022-jp"), scs="iso-2022-jp")


@msg("none", "trap-ja-yakuhin-kaishuu", "ja",
     "Japanese (Shift_JIS, base64) voluntary drug recall of specific tablet lots; no health harm to any named patient")
def _():
    body = """医療関係者各位

自主回収（クラスII）のお知らせ

このたび弊社製品「アムロジピン錠5mg『サクラ』」の一部ロットにおいて、
溶出試験で規格外の結果が得られたため、自主回収を行います。

対象ロット：SK4471、SK4472、SK4475
出荷期間：2026年7月〜9月

現時点で、本件による健康被害の報告はございません。
お手数ですが、在庫をご確認のうえ、弊社MRまでご連絡ください。

さくら製薬株式会社　品質保証部
電話：03-555-0191
"""
    return MAIL(A("さくら製薬株式会社 品質保証部", "qa@sakura-seiyaku.example.jp.test", "shift_jis"),
                A("医療機関各位", "iryou@lists.sakura-seiyaku.example.jp.test"),
                "自主回収のお知らせ：アムロジピン錠5mg「サクラ」一部ロット",
                D("2026-11-21 14:00", "+0900"),
                MP("mixed", T(body, cs="shift_jis", cte="base64"),
                   ATT(CSV([["製品名", "ロット番号", "使用期限", "出荷数量（箱）"],
                            ["アムロジピン錠5mg「サクラ」", "SK4471", "2029-06", "1200"],
                            ["アムロジピン錠5mg「サクラ」", "SK4472", "2029-06", "980"],
                            ["アムロジピン錠5mg「サクラ」", "SK4475", "2029-07", "1410"]]),
                       "text/csv", "回収対象ロット一覧.csv", cs="shift_jis", fn="2231")),
                scs="shift_jis")


@msg("none", "trap-ja-gakkai-endai", "ja",
     "Japanese (UTF-8 QP) call for abstracts of a community-psychiatry society (schizophrenia, depression, addiction)")
def _():
    body = """会員各位

第12回 日本地域精神医療研究会 学術集会の演題募集のご案内です。

会期：2027年5月22日（土）・23日（日）
募集テーマ：
  ・統合失調症の地域生活支援
  ・うつ病の早期介入と復職支援
  ・依存症治療（アルコール・薬物・ギャンブル）
  ・児童思春期の発達障害と家族支援

締切：2027年1月15日（金）正午
症例報告では、患者が特定されないよう十分にご配慮ください（年齢は
「50代」のように記載し、氏名・日付・地名は記載しないこと）。

事務局（chiiki-seishin 研究会は架空の団体です）
"""
    return MAIL(A("日本地域精神医療研究会 事務局", "jimukyoku@chiiki-seishin.example.jp.test"),
                "kaiin@lists.chiiki-seishin.example.jp.test",
                "第12回学術集会 演題募集のご案内（締切：2027年1月15日）",
                D("2026-11-28 10:00", "+0900"), T(body))


@msg("none", "trap-ko-geongang-geomjin-promo", "ko",
     "Korean (EUC-KR, HTML base64) advertising for a health-checkup package with endoscopy; marketing")
def _():
    html = """<html><body style="font-family:Gulim">
<h2>(광고) 연말 종합건강검진 패키지 30% 할인</h2>
<p>미래건강검진센터가 연말을 맞아 종합건강검진 패키지를 특별 가격으로 제공합니다.</p>
<ul><li>위·대장 수면 내시경</li><li>저선량 폐 CT</li><li>갑상선·복부 초음파</li><li>혈액검사 40여 항목</li></ul>
<p>정가 890,000원 → 623,000원 (12월 31일까지)</p>
<p>예약 문의: 02-555-0186</p>
<p style="font-size:10px">수신을 원하지 않으시면 수신거부를 눌러 주세요.</p>
</body></html>"""
    return MAIL(A("미래건강검진센터", "event@mirae-checkup.example.kr.test", "euc-kr"),
                "members@lists.mirae-checkup.example.kr.test",
                "(광고) 연말 종합건강검진 패키지 30% 할인 - 위·대장 내시경 포함",
                D("2026-12-01 10:00", "+0900"), H(html, cs="euc-kr", cte="base64"), scs="euc-kr")


@msg("none", "trap-ko-system-jeomgeom", "ko",
     "Korean EMR maintenance notice about masking patient-number and resident-registration-number fields, with a masked sample")
def _():
    body = """전 직원 여러분께

정보전략팀에서 EMR 정기 점검을 다음과 같이 실시합니다.

일시: 2026년 12월 13일(토) 02:00 ~ 04:00
영향: EMR, 처방전달시스템(OCS), 검사결과 조회 일시 중단

변경 사항:
  1. 환자번호 조회 화면에서 주민등록번호 뒷자리 마스킹 적용
     (예시: 900101-1******, 실제 번호 아님)
  2. 생년월일 입력 형식 YYYY-MM-DD로 통일
  3. 출력물 하단에 개인정보 보호 문구 추가

점검 시간에는 비상 처방 양식을 사용해 주십시오.
정보전략팀 (내선 4-0190)
"""
    return MAIL(A("정보전략팀", "it@hanbit-hosp.example.kr.test"),
                "all-staff@hanbit-hosp.example.kr.test",
                "EMR 정기 점검 안내 (12/13 02:00~04:00) - 주민등록번호 마스킹 적용",
                D("2026-12-03 09:00", "+0900"), T(body))


@msg("none", "trap-hi-swasthya-shivir", "hi",
     "Hindi (UTF-8, base64) free health camp for diabetes, BP and eye checks; public, no individual")
def _():
    body = """सभी नागरिकों को सूचित किया जाता है

निःशुल्क स्वास्थ्य शिविर
दिनांक: रविवार, 14 दिसंबर 2026
समय: सुबह 9 बजे से दोपहर 2 बजे तक
स्थान: सामुदायिक भवन, सेक्टर 4

जाँच सुविधाएँ (निःशुल्क):
  • मधुमेह (ब्लड शुगर) की जाँच
  • रक्तचाप की जाँच
  • आँखों की जाँच और चश्मे का नंबर
  • महिलाओं के लिए खून की कमी (एनीमिया) की जाँच

कोई पंजीकरण आवश्यक नहीं। सभी का स्वागत है।
संपर्क: 555-0144
आरोग्य सेवा समिति
"""
    return MAIL(A("आरोग्य सेवा समिति", "sewa@arogya-samiti.example.in.test"),
                A("समिति सदस्य", "sadasya@lists.arogya-samiti.example.in.test"),
                "निःशुल्क स्वास्थ्य शिविर: मधुमेह, रक्तचाप और आँखों की जाँच – रविवार 14 दिसंबर",
                D("2026-12-02 08:00", "+0530"), T(body, cte="base64"))


@msg("none", "trap-hi-tb-jagrukta", "hi",
     "Hindi district TB programme progress report with block-wise aggregate case counts")
def _():
    body = """जिला टीबी नियंत्रण इकाई – नवंबर 2026 की प्रगति रिपोर्ट

टीबी मुक्त अभियान के तहत नवंबर महीने के ब्लॉकवार आँकड़े:

  ब्लॉक         जाँच किए गए   नए टीबी मरीज़   इलाज शुरू
  रामपुर          1,240           38              37
  सीतापुर           980           27              27
  नंदगाँव           715           19              18
  कुल             2,935           84              82

उपचार सफलता दर (पिछली तिमाही): 89%
निक्षय पोषण योजना के तहत भुगतान: 96% मरीज़ों को

व्यक्तिगत मरीज़ों की जानकारी इस रिपोर्ट में नहीं दी गई है।
"""
    return MAIL(A("जिला टीबी नियंत्रण इकाई", "dto@tb-unit.example.in.test"),
                "block-officers@tb-unit.example.in.test",
                "टीबी मुक्त अभियान: नवंबर की प्रगति रिपोर्ट (ब्लॉकवार आँकड़े)",
                D("2026-12-03 11:00", "+0530"), T(body))


@msg("none", "trap-so-tallaal", "so",
     "Somali community notice of free measles and flu vaccination; no individual")
def _():
    body = """Walaalayaal,

Xarunta Caafimaadka Bulshada waxay bixinaysaa tallaal BILAASH ah
bisha Disembar:

  Tallaalka jadeecada (MMR) - carruurta 12 bilood jirka ah iyo ka weyn
  Tallaalka hargabka (flu) - qof kasta oo 6 bilood ka weyn

Goorta: Sabti kasta, 10:00 subaxnimo ilaa 2:00 galabnimo
Goobta: Masjidka Al-Huda, qolka shirarka

Jadeecadu waa cudur si fudud u faafa. Tallaalku waa ammaan oo wuxuu
ilaaliyaa carruurtaada. Ma u baahnid caymis.

Su'aalo: 555-0174
"""
    return MAIL(A("Xarunta Caafimaadka Bulshada", "warbixin@xarunta-caafimaad.example.org"),
                A("Bulshada", "bulshada@lists.xarunta-caafimaad.example.org"),
                "Tallaalka jadeecada iyo hargabka: jadwalka bilaashka ah ee Disembar",
                D("2026-11-26 10:00", "-0600"), T(body, cte="quoted-printable", cs="utf-8"))


@msg("none", "trap-so-shaqo-kalkaaliye", "so",
     "Somali job ad for Somali-speaking nursing assistants at a care home; no patient")
def _():
    body = """SHAQO BANAAN: Kalkaaliye Caafimaad (CNA)

CareBridge Staffing waxay raadinaysaa kalkaaliyeyaal caafimaad oo ku
hadla Af-Soomaali iyo Ingiriisi si ay uga shaqeeyaan xarun lagu
daryeelo dadka waayeelka ah.

Shuruudaha:
  - Shahaado CNA oo shaqaynaysa
  - Waayo-aragnimo 6 bilood ah
  - Awood u leh inuu shaqeeyo habeenkii iyo dhammaadka usbuuca

Mushaharka: $21 saacaddii
Codso: jobs@carebridge-staffing.example.com ama wac 555-0187
"""
    return MAIL(A("CareBridge Staffing", "jobs@carebridge-staffing.example.com"),
                "somali-jobs@lists.carebridge-staffing.example.com",
                "Shaqo: kalkaaliye caafimaad (CNA) oo ku hadla Af-Soomaali",
                D("2026-11-24 13:00", "-0600"), body)


@msg("none", "trap-am-tena-mamriya", "am",
     "Amharic (UTF-8, base64) diabetes awareness day with free blood-sugar screening for the public")
def _():
    body = """ለማህበረሰቡ በሙሉ

የስኳር በሽታ ግንዛቤ ቀን

ቀን፦ ቅዳሜ ታህሳስ 4 ቀን
ሰዓት፦ ከጠዋቱ 3 ሰዓት እስከ 8 ሰዓት
ቦታ፦ የማህበረሰብ ጤና ማዕከል አዳራሽ

የሚሰጡ አገልግሎቶች (በነፃ)፦
  • የደም ስኳር ምርመራ
  • የደም ግፊት ልኬት
  • ስለ ጤናማ አመጋገብ ምክር

ቀጠሮ አያስፈልግም። ሁሉም ሰው እንኳን ደህና መጣችሁ።
ለበለጠ መረጃ፦ 555-0152
"""
    return MAIL(A("የማህበረሰብ ጤና ማዕከል", "info@tena-maekel.example.org"),
                A("የማዕከሉ አባላት", "members@lists.tena-maekel.example.org"),
                "የስኳር በሽታ ግንዛቤ ቀን፦ ነፃ የደም ስኳር ምርመራ",
                D("2026-12-01 09:00", "-0500"), T(body, cte="base64"))


@msg("none", "trap-am-sebsaba", "am",
     "Amharic malaria-prevention task-force meeting invitation with an ICS attachment; internal meeting")
def _():
    body = """ለግብረ ኃይሉ አባላት በሙሉ

የወባ መከላከል ግብረ ኃይል ወርሃዊ ስብሰባ ረቡዕ ታህሳስ 10 ከቀኑ 4 ሰዓት
በጤና ቢሮ መሰብሰቢያ አዳራሽ ይካሄዳል።

አጀንዳ፦
  1. የአጎበር ስርጭት ሪፖርት
  2. የወረዳዎች የወባ ስርጭት መረጃ (አጠቃላይ ቁጥሮች)
  3. የቀጣይ ወር እቅድ

የስብሰባ ግብዣው ተያይዟል።
"""
    ics = ICS([EV("malaria-tf-20261210@tena-biro.example.org", "20261210T160000", "20261210T170000",
                  "የወባ መከላከል ግብረ ኃይል ስብሰባ", "የጤና ቢሮ መሰብሰቢያ አዳራሽ", "ወርሃዊ ስብሰባ",
                  ("Health Bureau", "tf@tena-biro.example.org"))], method="PUBLISH",
              prodid="-//Tena Biro//Calendar//AM")
    return MAIL(A("ጤና ቢሮ", "tf@tena-biro.example.org"),
                A("ግብረ ኃይል", "malaria-tf@tena-biro.example.org"),
                "የወባ መከላከል ግብረ ኃይል ስብሰባ – ረቡዕ ታህሳስ 10",
                D("2026-12-03 08:30", "-0500"),
                MP("mixed", T(body), ATT(ics, "text/calendar", "የወባ_ግብረ_ኃይል_ስብሰባ.ics", cte="quoted-printable", fn="2231")))


# ---------------------------------------------------------------------------
# phi, English

@msg("phi", "grand-rounds-slides-name-mrn", "en",
     "borderline: looks like a de-identified grand-rounds mail, but slide 3 of the PDF shows the patient's name, MRN, admission date and diagnoses")
def _():
    body = """Hi all,

Thanks for a great discussion on Thursday. The slides from Medicine Grand
Rounds ("The confused febrile patient") are attached for those who asked.
The case was de-identified for the talk.

Imani
"""
    pdf = PDF([["The confused febrile patient - Medicine Grand Rounds",
                "Imani Okonkwo-Reyes, MD - Pulmonary & Critical Care",
                "St. Brigid Medical Center"],
               ["Learning objectives",
                "1. Clinical clues that point to Legionella",
                "2. Hyponatraemia in sepsis: avoid overcorrection",
                "3. The severe CAP pathway"],
               ["Case presentation (screenshot from the chart)",
                "Patient: KESSLER-VANCE, RAYMOND    MRN: 30418827    Adm: 10/14/2026",
                "DOB: 08/02/1972    Attending: Okonkwo-Reyes    Unit: MICU bed 7",
                "Problem list: Legionella pneumonia (A48.1); SIADH (E22.2); AKI (N17.9)",
                "Na 124 -> 131 over 48 h; lactate 4.1; creatinine 2.3",
                "Meds: azithromycin 500 mg IV daily, fluid restriction 1.2 L"],
               ["Take-home points",
                "Test for Legionella in severe CAP, especially with hyponatraemia.",
                "Correct sodium by no more than 8 mmol/L in 24 hours."]],
              title="Grand Rounds 2026-11-20", flate=True)
    return MAIL(A("Imani Okonkwo-Reyes", "i.okonkwo-reyes@stbrigid.example.org"),
                "all-medicine@stbrigid.example.org",
                "Slides from Thursday's Grand Rounds (Legionella case)",
                D("2026-11-21 12:20"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "GrandRounds_2026-11-20_confused_febrile_patient.pdf")))


@msg("phi", "hr-leave-knee-replacement", "en",
     "borderline: HR leave notice to a manager naming an employee and her surgery (total knee replacement) and work restrictions")
def _():
    body = """Hi Gordon,

Patricia Lindqvist-Moreau's FMLA leave has been approved:

   Employee:   Patricia Lindqvist-Moreau (ID 0039921), Patient Access
   Leave:      12/15/2026 to 02/02/2027 (continuous)
   Reason:     right total knee replacement on 12/15 and recovery
   Return:     expected 02/02 with restrictions - no lifting over 10 lb
               and seated work only for 4 weeks

Please plan schedule coverage. Her return-to-work clearance from the
orthopedic surgeon must come to Leave Administration, not to you.

Leave Administration | leave-admin@riverbend-clinic.example.com | 555-0128
"""
    return MAIL(A("Leave Administration", "leave-admin@riverbend-clinic.example.com"),
                A("Gordon Feeney", "g.feeney@riverbend-clinic.example.com"),
                "Leave approved - Patricia Lindqvist-Moreau, 12/15 to 02/02",
                D("2026-12-02 10:40"), body)


@msg("phi", "grateful-patient-donor", "en",
     "borderline: foundation letter to a named donor that refers to his own triple-bypass surgery and recovery")
def _():
    body = """Dear Desmond,

Dr. Amara Lindahl told us how well your recovery has gone since your
triple bypass surgery in August, and how much the cardiac rehab team
meant to you during those twelve weeks. We were so moved that you chose
to say thank you with a gift of $10,000 to the Cardiac Surgery
Innovation Fund.

Your name will appear on the Grateful Hearts wall outside the cardiac
step-down unit, unless you would prefer to remain anonymous.

Gift receipt CHF-2026-118517. No goods or services were provided.

Warmly,
Celeste Marchand-Oduya
President, Cedar Hollow Foundation | 555-0157
"""
    return MAIL(A("Cedar Hollow Foundation", "giving@cedarhollow-foundation.example.org"),
                A("Desmond Farrow-Ikeda", "d.farrow-ikeda@example.net"),
                "Thank you, Desmond - and welcome to the Grateful Hearts circle",
                D("2026-11-27 10:00"), body)


@msg("phi", "portal-potassium-result", "en",
     "portal message to a named patient about his own high potassium result and medication change")
def _():
    body = """Vernon,

Your lab results from Tuesday are back. Your potassium is high at
5.8 mmol/L (normal 3.5-5.1). Your kidney function is stable
(creatinine 1.3).

Please STOP the potassium chloride 20 mEq tablets for now, keep taking
lisinopril, and come in Monday morning for a repeat basic metabolic panel
(no appointment needed, lab opens at 7:30). If you feel palpitations or
muscle weakness, go to the emergency department.

Dr. Ilse Varga
Copperline Family Medicine

This message was sent from the Copperline patient portal. Do not reply to
this e-mail; log in to the portal to answer.
"""
    return MAIL(A("Copperline Patient Portal", "portal-noreply@copperline.example.com"),
                A("Vernon Achterberg", "vernon.achterberg@example.net"),
                "New message from Dr. Ilse Varga about your lab results",
                D("2026-11-27 17:05"), body)


@msg("phi", "appointment-reminder-cardiology", "en",
     "appointment reminder to a named patient for her echocardiogram with MRN")
def _():
    txt = """Hello Lorraine,

This is a reminder of your appointment:

  Tuesday, December 9, 2026 at 8:30 AM
  Echocardiogram (heart ultrasound) - St. Brigid Heart Center, 2nd floor
  Ordered by: Dr. Teodor Brandt, Cardiology
  MRN: 20577341

Please arrive 15 minutes early and bring a list of your medicines. You
may eat and take your medicines as usual.

To cancel or reschedule, call 555-0170.
"""
    html = """<html><body style="font-family:Arial"><p>Hello Lorraine,</p>
<p>This is a reminder of your appointment:</p>
<table cellpadding="4"><tr><td><b>When</b></td><td>Tuesday, December 9, 2026 at 8:30 AM</td></tr>
<tr><td><b>What</b></td><td>Echocardiogram (heart ultrasound)</td></tr>
<tr><td><b>Where</b></td><td>St. Brigid Heart Center, 2nd floor</td></tr>
<tr><td><b>Ordered by</b></td><td>Dr. Teodor Brandt, Cardiology</td></tr>
<tr><td><b>MRN</b></td><td>20577341</td></tr></table>
<p>Please arrive 15 minutes early. To cancel or reschedule, call 555-0170.</p></body></html>"""
    return MAIL(A("St. Brigid Heart Center", "appointments@stbrigid.example.org"),
                A("Lorraine Bexley", "lorraine.bexley@example.net"),
                "Reminder: your echocardiogram on Tuesday, December 9 at 8:30 AM",
                D("2026-12-02 09:00"), MP("alternative", T(txt), H(html)))


@msg("phi", "eob-pdf-member", "en",
     "Explanation of Benefits PDF for a named member with member ID, claim number, CPT procedure and amounts")
def _():
    body = """Hello Kenji,

Your Explanation of Benefits (EOB) for a recent claim is attached. This
is not a bill.

Bluewater Health Plan Member Services | 555-0150
"""
    pdf = PDF([["EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
                "Member: KENJI ABERNATHY-SATO     Member ID: BWH884120377     Group: 40417",
                "Claim number: 2026-1187-44091    Provider: Northvale Orthopedic Surgery Center",
                "Date of service: 11/06/2026",
                "",
                "Service                                          Billed     Allowed    Plan paid  You owe",
                "29881 Knee arthroscopy, medial meniscectomy      $6,420.00  $3,210.00  $1,926.00  $1,284.00",
                "01400 Anesthesia, knee joint procedure           $1,150.00  $612.00    $489.60    $122.40",
                "Diagnosis: S83.241A tear of medial meniscus, right knee",
                "",
                "Your deductible met this year: $750.00 of $750.00",
                "Appeal rights: you may appeal within 180 days. Call 555-0150."]],
              title="EOB 2026-1187-44091", flate=True)
    return MAIL(A("Bluewater Health Plan", "eob-noreply@bluewater-plan.example.com"),
                A("Kenji Abernathy-Sato", "kenji.as@example.net"),
                "Your Explanation of Benefits for claim 2026-1187-44091 is ready",
                D("2026-11-30 06:00", "-0600"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "EOB_2026-1187-44091.pdf")))


@msg("phi", "prior-auth-request-glp1-member", "en",
     "prior-auth request naming a member with member ID, DOB, diabetes diagnosis, A1c and drug history")
def _():
    n = npi("132749658")
    body = """Granite Shield UM team,

Please review the attached criteria answers for:

   Member:      Teodoro Balagtas
   Member ID:   GSH-5521-0087      DOB: 09/30/1968
   Drug:        semaglutide 1 mg weekly (pen)
   Diagnosis:   E11.65 type 2 diabetes with hyperglycemia
   HbA1c:       9.1%% on 11/03/2026 (8.7%% in August)
   BMI:         34.2
   Tried:       metformin 1,000 mg BID since 2021, glipizide 10 mg
                since 2024 - inadequate control
   Prescriber:  Kwame Asante-Boateng, MD, NPI %s

Chart notes are uploaded to the portal under reference PA-88412.

Thank you,
Rhonda Castellanos, CPhT
Copperline Family Medicine | fax 555-0113
""" % n
    return MAIL(A("Rhonda Castellanos", "r.castellanos@copperline.example.com"),
                A("Granite Shield UM", "um-requests@graniteshield.example.com"),
                "PA request: semaglutide for member GSH-5521-0087 (Teodoro Balagtas)",
                D("2026-11-21 10:05"), body)


@msg("phi", "referral-fax-flate-pdf", "en",
     "referral with a compressed PDF naming the patient, DOB, shoulder MRI findings and reason for referral")
def _():
    body = """Please see the attached orthopedic referral. Insurance card and MRI
report are included. Call us with the appointment date.

Riverbend Referrals Team | 555-0173
"""
    pdf = PDF([["REFERRAL - ORTHOPEDICS (SHOULDER)",
                "Date: 11/24/2026     Urgency: routine (within 4 weeks)",
                "Patient: Agnieszka Rutkowska-Bell     DOB: 05/11/1983     Sex: F",
                "Phone: 555-0196     Insurance: Bluewater PPO, ID BWH770412296",
                "Reason: persistent right shoulder pain x 5 months, failed 8 weeks of PT",
                "MRI 11/18/2026: full-thickness supraspinatus tear, 1.4 cm retraction",
                "PMH: hypothyroidism (levothyroxine 75 mcg). Allergies: penicillin (rash)",
                "Referring: Dr. Ilse Varga, Riverbend Community Clinic"]],
              title="Referral", flate=True)
    return MAIL(A("Riverbend Referrals", "referrals@riverbend-clinic.example.com"),
                "intake@northvale-ortho.example.org",
                "Referral: orthopedics - see attached",
                D("2026-11-24 15:30"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "referral_20261124_1530.pdf")))


@msg("phi", "hl7-oru-production", "en",
     "production HL7 ORU (processing ID P) with a named patient, DOB and lipid/TSH results")
def _():
    hl7 = HL7(r"MSH|^~\&|OVL_LIS|ORCHARDVALLEY|COPPERLINE_EHR|CFM|20261128041200||ORU^R01^ORU_R01|OVL88412001|P|2.5.1",
              r"PID|1||CFM00418822^^^CFM^MR||HOLLOWAY^BEATRIX^M||19570319|F|||88 Linden Ct^^Bellmont^ZZ^00000||555-0197",
              r"PV1|1|O|CFM-MAIN^^^CFM||||1234567893^VARGA^ILSE",
              r"ORC|RE|CFM-ORD-77120|OVL-FIL-4471",
              r"OBR|1|CFM-ORD-77120|OVL-FIL-4471|80061^Lipid panel^CPT|||20261127081500",
              r"OBX|1|NM|2093-3^Cholesterol total^LN||262|mg/dL|<200|H|||F",
              r"OBX|2|NM|2085-9^HDL cholesterol^LN||41|mg/dL|>39|N|||F",
              r"OBX|3|NM|13457-7^LDL cholesterol calc^LN||181|mg/dL|<100|H|||F",
              r"OBX|4|NM|2571-8^Triglyceride^LN||198|mg/dL|<150|H|||F",
              r"OBR|2|CFM-ORD-77121|OVL-FIL-4472|84443^TSH^CPT|||20261127081500",
              r"OBX|1|NM|3016-3^TSH^LN||6.8|mIU/L|0.4-4.0|H|||F")
    body = "ORU batch 20261128-0412: 1 message, 11 segments. Delivered by OVL result feed.\n"
    return MAIL(A("Orchard Valley Lab Results", "results-feed@orchardlab.example.net"),
                "results-inbox@copperline.example.com",
                "ORU batch 20261128-0412 (1 message)",
                D("2026-11-28 04:12", "-0600"),
                MP("mixed", T(body), ATT(hl7, "application/hl7-v2", "OVL88412001.hl7")),
                hdrs=[("Auto-Submitted", "auto-generated")])


@msg("phi", "fhir-patient-condition", "en",
     "FHIR bundle (no test tags) with a named patient, DOB, COPD condition and an inhaler prescription")
def _():
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "p-77120",
                      "identifier": [{"system": "https://fhir.northvale.example.org/mrn", "value": "40117735"}],
                      "name": [{"family": "Quarrington", "given": ["Eldon", "J."]}],
                      "gender": "male", "birthDate": "1949-02-21",
                      "address": [{"line": ["14 Heron Way"], "city": "Bellmont", "postalCode": "00000"}]}},
        {"resource": {"resourceType": "Condition", "id": "c-1",
                      "subject": {"reference": "Patient/p-77120"},
                      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "J44.1",
                                           "display": "COPD with acute exacerbation"}]},
                      "onsetDateTime": "2026-11-19"}},
        {"resource": {"resourceType": "MedicationRequest", "id": "m-1", "status": "active", "intent": "order",
                      "subject": {"reference": "Patient/p-77120"},
                      "medicationCodeableConcept": {"text": "tiotropium 18 mcg inhalation capsule, once daily"}}}]}
    body = """Care coordination export for the transitional care programme (1 patient).
Sent by the Northvale care-coordination API.
"""
    return MAIL(A("Northvale Care Coordination API", "cc-api@northvale.example.org"),
                "tcm-intake@bluewater-plan.example.com",
                "TCM export 2026-11-26 (1 record)",
                D("2026-11-26 23:00"),
                MP("mixed", T(body), ATT(json.dumps(bundle, indent=1), "application/fhir+json", "tcm-export-20261126.json")),
                hdrs=[("Auto-Submitted", "auto-generated")])


@msg("phi", "diabetes-group-roster-csv", "en",
     "support-group coordinator's sign-in list naming attendees of a hospital diabetes group with DOBs and last A1c (CSV)")
def _():
    rows = [["first_name", "last_name", "dob", "last_a1c_pct", "on_insulin", "needs_a1c_reminder"]]
    for f, l, dob, r in people(1101, 22):
        a1c = round(r.uniform(6.1, 10.9), 1)
        rows.append([f, l, dob.strftime("%m/%d/%Y"), str(a1c), r.choice(["Y", "N"]), "Y" if a1c > 8 else "N"])
    body = """Hi front desk,

Attached is the sign-in list from Tuesday's Diabetes Support Group (22
people came!). Could you send A1c lab reminders to everyone marked Y in
the last column? Their last values are in the sheet.

Thanks,
Mei-Ling Saperstein, RD, CDCES
Diabetes Education, Copperline Family Medicine
"""
    return MAIL(A("Mei-Ling Saperstein", "m.saperstein@copperline.example.com"),
                A("Front Desk - Endocrine", "endo-frontdesk@copperline.example.com"),
                "Sign-in list for Tuesday's Diabetes Support Group + who needs A1c reminders",
                D("2026-12-03 08:40"),
                MP("mixed", T(body), ATT(CSV(rows), "text/csv", "support_group_2026-12-02.csv")))


@msg("phi", "subject-only-mri", "en",
     "borderline: the patient's name and MRI finding are only in the Subject; the body is one word")
def _():
    return MAIL(A("Oren Blackwood", "o.blackwood@northvale.example.org"),
                A("Keiko Hallstrom", "k.hallstrom@northvale.example.org"),
                "Gerald Okafor MRI L-spine: large L4-5 extrusion, can you see him this week?",
                D("2026-11-25 07:12"), "Thanks.\n")


@msg("phi", "filename-only-colonoscopy", "en",
     "borderline: the PHI (patient name, procedure, date) is only in the attachment file name; body and PDF text are generic")
def _():
    pdf = PDF([["Scanned document", "Page 1 of 1", "Scan station: HIM-02", "Image-only scan; no text recognised."]],
              title="Scan")
    return MAIL(A("Front Desk - Endoscopy", "endo-desk@stbrigid.example.org"),
                "him-scanning@stbrigid.example.org",
                "Please scan into chart",
                D("2026-11-19 13:10"),
                MP("mixed", T("Please index. Thanks.\n"),
                   ATT(pdf, "application/pdf", "Pruitt_Harold_colonoscopy_pathology_2026-11-18.pdf")))


@msg("phi", "display-name-wound-clinic", "en",
     "borderline: appointment confirmation to a named patient; the care (wound clinic) is only in the sender's display name")
def _():
    body = """Hi Wilhelmina,

This confirms your visit on Thursday, December 11 at 2:15 PM with
Nurse Practitioner Halloran. Please bring your current dressing supplies
and wear loose clothing.

Reply C to confirm or call 555-0175 to reschedule.
"""
    return MAIL(A("Northvale Wound Care & Hyperbaric Clinic", "scheduling-wc@northvale.example.org"),
                A("Wilhelmina Dorsey", "w.dorsey@example.net"),
                "Confirming your visit Thursday at 2:15",
                D("2026-12-03 10:00"), body)


@msg("phi", "reply-chain-inr-dosing", "en",
     "reply chain between an anticoagulation nurse and a pharmacist about a named patient's INR and warfarin dose")
def _():
    q = """On Wed, Nov 26, 2026 at 9:14 AM, Tamsin Greaves, RN <t.greaves@copperline.example.com> wrote:
Mr. Castellan's INR this morning was 4.6 (goal 2-3). He is on warfarin
5 mg daily except 7.5 mg Mon/Fri, and he started ciprofloxacin on
Saturday for a UTI. No bleeding. DOB 02/08/1944 if you need to look him up.
What do you suggest?
"""
    body = """Tamsin,

Hold tonight's dose and tomorrow's, then resume at 5 mg daily (drop the
7.5 mg days) until he finishes the ciprofloxacin. Recheck INR Monday. No
vitamin K needed since he isn't bleeding. Please remind Mr. Castellan to
avoid NSAIDs.

Jun-ho Park, PharmD, CACP
Anticoagulation Clinic

""" + quote(q)
    return MAIL(A("Jun-ho Park", "j.park@copperline.example.com"),
                A("Tamsin Greaves", "t.greaves@copperline.example.com"),
                "RE: INR 4.6 - Castellan",
                D("2026-11-26 09:41"), body, irt="<inr-castellan-1@copperline.example.com>")


@msg("phi", "ooo-with-patient-handoff", "en",
     "borderline: out-of-office auto-reply that hands off a named patient's pending INR/TSH results and a warfarin instruction")
def _():
    body = """I am away from the office until Monday, December 8.

While I am away:
 - Mrs. Odette Delacroix's pending TSH and INR results will be reviewed by
   Dr. Samuel Achebe. If her INR is above 4, please ask her to hold that
   evening's warfarin and call the anticoagulation clinic.
 - All other messages: Copperline Family Medicine, 555-0112.

Naomi Ferreira-Holt, MD
"""
    return MAIL(A("Naomi Ferreira-Holt", "n.ferreira-holt@copperline.example.com"),
                A("Lab Results Desk", "lab-desk@copperline.example.com"),
                "Automatic reply: Delacroix INR / labs",
                D("2026-12-03 07:30"), body,
                irt="<labs-delacroix@copperline.example.com>",
                hdrs=[("Auto-Submitted", "auto-replied")])


@msg("phi", "cdi-coding-query", "en",
     "clinical documentation query naming the patient with account number, MRN, echo EF, BNP and heart-failure treatment")
def _():
    body = """Dr. Ellery,

Clinical documentation query - response requested within 48 hours.

   Patient:   Lillian Ashcombe
   MRN:       20488173       Account: 7720044186
   Admitted:  11/24/2026     Unit: 4 West

The progress notes document "CHF exacerbation". The record also shows:
   - Echo 11/25: LVEF 35%, moderate MR
   - BNP 1,840 pg/mL on admission
   - IV furosemide 40 mg BID, bilateral crackles, 3+ leg edema

Based on your clinical judgement, can the heart failure be further
specified?
   [ ] Acute on chronic systolic (HFrEF) heart failure
   [ ] Acute on chronic diastolic heart failure
   [ ] Other: ________
   [ ] Unable to determine

Please answer in the EHR query tool (not by e-mail).

Clinical Documentation Integrity | 555-0131
"""
    return MAIL(A("Clinical Documentation Integrity", "cdi@stbrigid.example.org"),
                A("Marcus Ellery", "m.ellery@stbrigid.example.org"),
                "CDI query - Acct 7720044186 (MRN 20488173), clarification of heart failure type",
                D("2026-11-26 11:20"), body)


@msg("phi", "device-ticket-with-patient", "en",
     "biomed ticket that names the patient, MRN and heparin infusion during which the pump alarmed")
def _():
    body = """Ticket:        BMS-228377
Status:        Open
Device:        Corvane InfuLine 7, SN CVN-IP7-00479904, asset 117502
Location:      5 East room 12

Reported by RN Daniela Sorensen: the pump gave three "occlusion
downstream" alarms during the heparin infusion for patient Corinne
Abernathy (MRN 40227719), protocol DVT/PE weight-based. The infusion
was interrupted for about 20 minutes in total. Pump swapped, aPTT
redrawn at 14:10 per protocol, pharmacy notified.

Safety event report filed: SE-2026-4471.
Pump quarantined for download.
"""
    return MAIL(A("Biomed Service Portal", "noreply@biomed.cedarhollow.example.org"),
                "biomed-techs@cedarhollow.example.org",
                "[Ticket BMS-228377] Pump alarm during infusion - Rm 5E-12, pt Abernathy, heparin drip",
                D("2026-12-02 14:25"), body, hdrs=[("Auto-Submitted", "auto-generated")])


@msg("phi", "quality-dashboard-drilldown-names", "en",
     "quality-dashboard drill-down listing named patients with MRNs, admit dates, sepsis source and missed bundle element")
def _():
    rows = ""
    for f, l, dob, r in people(2202, 12):
        mrn = "20%06d" % r.randint(0, 999999)
        src = r.choice(["Pneumonia", "UTI", "Intra-abdominal", "Bacteremia"])
        miss = r.choice(["Repeat lactate > 6 h", "Blood cultures after antibiotics", "30 mL/kg fluids not given",
                         "Vasopressor delay"])
        rows += "<tr><td>%s, %s</td><td>%s</td><td>10/%02d/2026</td><td>%s</td><td>%s</td></tr>\n" % (
            l, f, mrn, r.randint(1, 31), src, miss)
    html = """<html><body><h3>SEP-1 fallouts &mdash; October 2026 &mdash; 4 West / ED</h3>
<p>For unit managers: please review each case with the charge nurses before the Sepsis Committee on 12/17.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Patient</th><th>MRN</th><th>Admit</th><th>Source</th><th>Missed element</th></tr>
%s</table></body></html>""" % rows
    return MAIL(A("Quality Analytics", "qa-dashboards@stbrigid.example.org"),
                ["4west-manager@stbrigid.example.org", "ed-manager@stbrigid.example.org"],
                "SEP-1 fallouts - October drill-down for unit managers",
                D("2026-11-13 06:00"), H(html))


@msg("phi", "downtime-census-csv", "en",
     "downtime report with a CSV census of named inpatients: MRN, DOB, diagnosis, code status and allergies")
def _():
    dx = ["CHF exacerbation", "Pneumonia", "Cellulitis left leg", "COPD exacerbation", "GI bleed",
          "Pyelonephritis", "Post-op hip fracture", "DKA", "Syncope", "AKI"]
    rows = [["room", "patient", "mrn", "dob", "attending", "diagnosis", "code_status", "allergies"]]
    for i, (f, l, dob, r) in enumerate(people(3303, 24)):
        rows.append(["4W-%02d" % (i + 1), "%s, %s" % (l, f), "30%06d" % r.randint(0, 999999), dob.isoformat(),
                     r.choice(["Varga", "Ellery", "Okonkwo-Reyes", "Brandt"]), r.choice(dx),
                     r.choice(["Full", "Full", "DNR/DNI"]), r.choice(["NKDA", "Penicillin", "Sulfa", "Latex"])])
    body = """Unplanned EHR downtime: BCA census report for 4 West, generated
11/22/2026 02:10. Print and keep at the nurses' station until the EHR is back.
"""
    return MAIL(A("Northvale Downtime BCA", "bca-reports@northvale.example.org"),
                "4west-charge@northvale.example.org",
                "Downtime BCA report - 4 West census 11/22 02:10",
                D("2026-11-22 02:11"),
                MP("mixed", T(body), ATT(CSV(rows), "text/csv", "BCA_4W_census_20261122_0210.csv")),
                hdrs=[("Auto-Submitted", "auto-generated")])


@msg("phi", "marked-secure-no-content", "en",
     "borderline: the sender marked it [secure] but the body only points to the portal; a marked message is at least phi by rule")
def _():
    return MAIL(A("Ilse Varga", "i.varga@copperline.example.com"),
                A("Vernon Achterberg", "vernon.achterberg@example.net"),
                "[secure] Follow-up",
                D("2026-11-28 08:15"),
                """Vernon,

Please see the message I left for you in the patient portal this morning.

Dr. Varga
""")


@msg("phi", "travel-insurance-claim-abroad", "en",
     "travel-insurance claim for a named traveller's emergency appendectomy abroad with diagnosis and hospital bill")
def _():
    body = """Dear Mr. Eikeland,

We have opened claim WTC-2026-33187 under policy WTP-7702284.

   Claimant:     Lars Eikeland, DOB 10/02/1978
   Event:        emergency room visit and admission, Hospital da Luz
                 (Lisbon, fictional partner), 10/27/2026
   Diagnosis:    acute appendicitis; laparoscopic appendectomy 10/27,
                 discharged 10/29
   Amount:       EUR 7,480.00 (itemized bill received)

To finish the claim we still need:
   1. The discharge summary (in English or Portuguese)
   2. Proof of payment, or confirmation that the hospital billed us
      directly

Upload documents at https://claims.wayfarer-travel.example.com.

Wayfarer Travel Protection Claims | 555-0161
"""
    return MAIL(A("Wayfarer Travel Protection Claims", "claims@wayfarer-travel.example.com"),
                A("Lars Eikeland", "lars.eikeland@example.net"),
                "Claim WTC-2026-33187: emergency appendectomy in Lisbon - documents needed",
                D("2026-11-10 11:00"), body)


@msg("phi", "forwarded-rfc822-patient-question", "en",
     "front desk forwards (message/rfc822) a named patient's e-mail about chest tightness after a metoprolol dose change")
def _():
    inner = MAIL(A("Benedict Osei-Frimpong", "b.osei-frimpong@example.net"),
                 "info@stbrigid.example.org", "Question for Dr. Brandt", D("2026-12-01 21:40"),
                 T("""Hello,

I'm a patient of Dr. Brandt (DOB 06/30/1961). Since he increased my
metoprolol to 50 mg twice a day last week I've had some chest tightness
when climbing stairs and my pulse is around 52. Should I go back to the
old dose? My next appointment isn't until January.

Thank you,
Benedict Osei-Frimpong
""", cte="quoted-printable"))
    return MAIL(A("St. Brigid Info Desk", "info@stbrigid.example.org"),
                "cardiology-nurses@stbrigid.example.org",
                "Fwd: Question for Dr. Brandt",
                D("2026-12-02 08:05"),
                MP("mixed", T("Forwarding from the general inbox - patient of Dr. Brandt.\n"), R822(inner, disp="inline")))


@msg("phi", "qp-soft-breaks-lab", "en",
     "QP body with soft line breaks inside the patient name, MRN and lab words: rising creatinine for a named patient")
def _():
    body = ("Dr. Hallstrom,\n\n"
            "Critical-trend notice for Eugenia Thr" + SB + "elkeld, MRN 504" + SB + "41922:\n\n"
            "  Creat" + SB + "inine 2.9 mg/dL today (baseline 1.4 in September)\n"
            "  Potas" + SB + "sium 5.6 mmol/L\n"
            "  Hemo" + SB + "globin 9.8 g/dL\n\n"
            "She started ibuprofen 600 mg TID for knee pain two weeks ago. Nephrology\n"
            "e-consult suggested. Please call her at 555-0198.\n\n"
            "Lab Results Nurse, Northvale\n")
    return MAIL(A("Lab Results Nurse", "results-nurse@northvale.example.org"),
                A("Keiko Hallstrom", "k.hallstrom@northvale.example.org"),
                "Critical trend: creatinine",
                D("2026-11-29 13:50"), T(body, cs="utf-8", cte="quoted-printable"))


@msg("phi", "html-only-discharge-instructions", "en",
     "HTML-only discharge instructions to a named patient with diagnosis, antibiotics and follow-up")
def _():
    html = """<html><body style="font-family:Arial">
<h2>Discharge instructions</h2>
<p><b>Patient:</b> Tobias Wren &nbsp; <b>MRN:</b> 60217744 &nbsp; <b>Discharged:</b> 11/30/2026</p>
<p><b>Why you were in the hospital:</b> community-acquired pneumonia (lung infection).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Medicine</th><th>How to take it</th></tr>
<tr><td>Amoxicillin-clavulanate 875 mg</td><td>1 tablet twice a day for 5 more days</td></tr>
<tr><td>Benzonatate 100 mg</td><td>1 capsule up to 3 times a day for cough</td></tr></table>
<p><b>Follow up:</b> with Dr. Ilse Varga in 1 week. Call 555-0112 to book.</p>
<p>Return to the emergency department if you have trouble breathing or a fever over 102&deg;F.</p>
</body></html>"""
    return MAIL(A("Cedar Hollow Hospital", "discharge-noreply@cedarhollow.example.org"),
                A("Tobias Wren", "tobias.wren@example.net"),
                "Your discharge instructions from Cedar Hollow Hospital",
                D("2026-11-30 15:10"), H(html))


@msg("phi", "dental-crown-predetermination", "en",
     "dental billing message to a named patient about her crown predetermination (tooth #30, CDT code) and her share")
def _():
    body = """Hi Rosalie,

Good news - your insurance predetermination came back for the crown
Dr. Whitfield recommended at your November 12 exam:

   Procedure: D2740 porcelain/ceramic crown, tooth #30
              (plus D2950 core buildup)
   Total fee:            $1,480.00
   Insurance estimate:   $1,068.00
   Your estimated share: $412.00

Your crown appointment is Wednesday, December 17 at 10:00 AM (90 min).

Brightline Dental Billing | 555-0118
"""
    return MAIL(A("Brightline Dental Billing", "billing@brightline-dental.example.com"),
                A("Rosalie Kincaid", "rosalie.kincaid@example.net"),
                "Your crown predetermination and appointment on December 17",
                D("2026-12-02 16:30"), body)


@msg("phi", "workers-comp-claim", "en",
     "workers' compensation update to HR naming an injured employee with claim number, diagnosis code, PT plan and restrictions")
def _():
    body = """Riverbend HR,

Update on workers' compensation claim 26-WC-004471:

   Employee:       Luis Echeverria-Padgett (CNA, 3 North)
   Date of injury: 11/19/2026 - low back injury while repositioning a
                   patient
   Diagnosis:      lumbar strain (S39.012A)
   Treatment:      physical therapy 2x/week for 4 weeks, cyclobenzaprine
                   5 mg at bedtime
   Work status:    modified duty from 12/01 - no lifting over 20 lb,
                   no patient transfers, re-evaluation 12/22

Wage replacement is not needed while modified duty is available.

Granite Shield Workers' Compensation | adjuster Pia Lundgren | 555-0159
"""
    return MAIL(A("Granite Shield Workers' Compensation", "wc-claims@graniteshield.example.com"),
                A("HR - Riverbend", "hr@riverbend-clinic.example.com"),
                "WC claim 26-WC-004471 - Echeverria-Padgett - lumbar strain, work status",
                D("2026-11-28 14:00"), body)


@msg("phi", "school-nurse-epipen", "en",
     "school nurse to parents about their named child's peanut allergy action plan and epinephrine auto-injector")
def _():
    body = """Dear Mr. and Mrs. Adeyemi,

Tobi's allergy action plan on file expires at the end of the month, and
the epinephrine auto-injector (0.15 mg) we keep in the nurse's office
for his peanut allergy expires 12/31/2026.

Please:
  1. Ask his pediatrician to sign the 2027 action plan (form attached to
     the school website), and
  2. Send in a new auto-injector before winter break.

Tobi is in Ms. Carrow's grade 3 class. He also has his albuterol inhaler
here for exercise-induced asthma; that one is good until June.

Bernadette Kowalczyk, RN, School Nurse
Pinecrest Elementary | 555-0106
"""
    return MAIL(A("Bernadette Kowalczyk, RN", "b.kowalczyk@pinecrest-elementary.example.org"),
                A("Adeyemi family", "adeyemi.family@example.net"),
                "Updated allergy action plan needed for Tobi (grade 3) - auto-injector expires 12/31",
                D("2026-12-01 14:45"), body)


@msg("phi", "ics-physical-therapy", "en",
     "physical-therapy appointment invite (ICS) for a named patient's post-ACL-reconstruction rehab")
def _():
    ics = ICS([EV("pt-oduya-20261209@northvale-ortho.example.org", "20261209T073000", "20261209T083000",
                  "Physical therapy - post-op ACL reconstruction (Marguerite Oduya)",
                  "Northvale Orthopedic Rehab, 3rd floor",
                  "Visit 6 of 24. Left ACL reconstruction 10/28. Bring knee brace. Therapist: Nils Akerman, DPT.",
                  ("Northvale Ortho Rehab", "rehab-scheduling@northvale-ortho.example.org"),
                  [("Marguerite Oduya", "m.oduya@example.net")], tzid="America/New_York",
                  alarm="Physical therapy in 30 minutes")],
              method="REQUEST", tz_ny=True)
    body = """Hi Marguerite, your next physical therapy visit is attached (visit 6 of 24).
Please bring your knee brace.
"""
    return MAIL(A("Northvale Ortho Rehab", "rehab-scheduling@northvale-ortho.example.org"),
                A("Marguerite Oduya", "m.oduya@example.net"),
                "Invitation: Physical therapy - Tue Dec 9 7:30 AM",
                D("2026-12-02 12:00"),
                MP("mixed", T(body), ATT(ics, "text/calendar", "physical-therapy-2026-12-09.ics", ctp=("method=REQUEST",))))


@msg("phi", "case-manager-vcard-dialysis", "en",
     "case manager sends a transport company a vCard of a named patient with his hemodialysis schedule and wheelchair needs")
def _():
    vc = VCARD("Augustin Ferreol", "Ferreol;Augustin;;Mr.;", tel="555-0199", adr=";;22 Quarry Lane Apt 4;Bellmont;ZZ;00000;",
               note="Hemodialysis Mon/Wed/Fri 6:00 AM, chair 14, Riverbend Dialysis. Uses a wheelchair; needs lift van. "
                    "DOB 04/09/1951.")
    body = """Hi Lena,

New standing order for Mr. Augustin Ferreol starting Monday: pick-up at
5:15 AM Mon/Wed/Fri for hemodialysis at Riverbend Dialysis, return
around 10:30. He uses a wheelchair and needs the lift van. His contact
card is attached.

Thanks,
Odalys Brennan, RN, Case Manager | 555-0195
"""
    return MAIL(A("Odalys Brennan", "o.brennan@riverbend-clinic.example.com"),
                A("Lena Marsh, Bellmont Medical Transport", "dispatch@bellmont-transport.example.com"),
                "Standing ride order - Ferreol, Mon/Wed/Fri dialysis",
                D("2026-11-26 16:20"),
                MP("mixed", T(body), ATT(vc, "text/vcard", "Augustin_Ferreol.vcf", cte="quoted-printable")))


# ---------------------------------------------------------------------------
# phi, other languages

@msg("phi", "es-resultado-laboratorio", "es",
     "Spanish (ISO-8859-1 QP) lab results to a named patient with record number, HbA1c, glucose and LDL")
def _():
    body = """Estimada Sra. Cárdenas:

Ya están disponibles los resultados de su análisis de sangre del 25 de
noviembre de 2026 (NHC 00482913):

  Hemoglobina glicosilada (HbA1c): 8,4 %   (objetivo < 7 %)
  Glucosa en ayunas: 162 mg/dl
  Colesterol LDL: 141 mg/dl
  Filtrado glomerular: 74 ml/min

Su médica, la Dra. Ibarra, quiere revisar con usted el tratamiento de la
diabetes. Le hemos reservado cita el martes 9 de diciembre a las 10:20.

Laboratorio Clínico – Hospital Universitario Valdemora
"""
    return MAIL(A("Laboratorio Clínico – HU Valdemora", "laboratorio@huvaldemora.example.es.test", "iso-8859-1", "Q"),
                A("Remedios Cárdenas Olmedo", "remedios.cardenas@example.es.test", "iso-8859-1", "Q"),
                "Resultados de su análisis del 25/11/2026",
                D("2026-11-27 12:00", "+0100"), T(body, cs="iso-8859-1"), scs="iso-8859-1", smode="Q")


@msg("phi", "es-cita-pediatria", "es",
     "Spanish (UTF-8 base64) appointment reminder for a named child's paediatric asthma review, with an ICS")
def _():
    body = """Estimado Sr. Montoya:

Le recordamos la cita de su hija Lucía Montoya Ruiz (TIS 4471 2093 88)
en la consulta de Neumología Pediátrica:

  Martes, 9 de diciembre de 2026, a las 16:40
  Centro de Salud San Rafael, planta 2, consulta 7
  Motivo: revisión del asma y espirometría

Traiga el inhalador de budesonida/formoterol y la cámara espaciadora.
Si no puede acudir, llame al 91 555 0123.
"""
    ics = ICS([EV("cita-44712093@cs-sanrafael.example.es.test", "20261209T164000", "20261209T170000",
                  "Neumología Pediátrica – Lucía Montoya Ruiz (revisión asma)",
                  "Centro de Salud San Rafael, consulta 7")], method="PUBLISH", prodid="-//CS San Rafael//Citas//ES")
    return MAIL(A("Centro de Salud San Rafael – Citas", "citas@cs-sanrafael.example.es.test"),
                A("Javier Montoya Ruiz", "j.montoya@example.es.test"),
                "Recordatorio de cita: revisión de asma de Lucía Montoya – 9 de diciembre",
                D("2026-12-02 10:00", "+0100"),
                MP("mixed", T(body, cte="base64"), ATT(ics, "text/calendar", "cita_Lucía_Montoya_neumología.ics", fn="2231")))


@msg("phi", "fr-compte-rendu-consultation", "fr",
     "French cardiology consultation report to a GP naming the patient with DOB, atrial fibrillation and apixaban, plus PDF")
def _():
    body = """Chère consœur,

Je vous remercie de m'avoir adressé M. Gérard Thibault (né le
03/02/1951), que j'ai vu en consultation le 26 novembre 2026.

ECG : fibrillation atriale à 96/min. ETT : FEVG 45 %, oreillette gauche
dilatée. CHA2DS2-VASc = 3.

J'ai introduit apixaban 5 mg deux fois par jour et bisoprolol 2,5 mg le
matin. Contrôle de la fonction rénale dans un mois, Holter et
réévaluation dans trois mois.

Compte rendu complet en pièce jointe.

Bien confraternellement,
Dr Étienne Marchal, cardiologue
"""
    pdf = PDF([["Compte rendu de consultation - Cardiologie",
                "Patient : M. Gerard THIBAULT, ne le 03/02/1951, dossier 2026-118844",
                "Date : 26/11/2026. Medecin traitant : Dr Sophie Lemaire-Aubry",
                "Conclusion : fibrillation atriale persistante, cardiopathie a FEVG moderement alteree (45 %).",
                "Traitement : apixaban 5 mg x 2/j, bisoprolol 2,5 mg/j."]], title="CR consultation")
    return MAIL(A("Dr Étienne Marchal", "e.marchal@cardio-belleriviere.example.fr.test"),
                A("Dr Sophie Lemaire-Aubry", "s.lemaire-aubry@cabinet-aubry.example.fr.test"),
                "Compte rendu de consultation – M. Gérard Thibault (né le 03/02/1951)",
                D("2026-11-26 18:30", "+0100"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "CR_consultation_Thibault_Gérard_2026-11-26.pdf", fn="2231")))


@msg("phi", "pt-receita-pronta", "pt",
     "Portuguese (ISO-8859-1, 8bit) pharmacy notice to a named customer that his losartan and metformin prescription is ready")
def _():
    body = """Olá, Sr. Anderson Queiroz!

Sua receita já está separada e pronta para retirada:

  • Losartana potássica 50 mg – 30 comprimidos
  • Metformina 850 mg – 60 comprimidos
  Receita do Dr. Paulo Menezes, emitida em 28/11/2026

Lembrete: traga a receita original e um documento com foto. Pelo
programa Farmácia Popular, o senhor não paga nada por estes
medicamentos.

Farmácia Bem-Estar – Unidade Centro
Telefone: (11) 555-0162
"""
    return MAIL(A("Farmácia Bem-Estar", "avisos@farmacia-bemestar.example.br.test", "iso-8859-1"),
                A("Anderson Queiroz", "anderson.queiroz@example.br.test"),
                "Sua receita de losartana e metformina está pronta para retirada",
                D("2026-11-29 09:00", "-0300"), T(body, cs="iso-8859-1", cte="8bit"), scs="iso-8859-1")


@msg("phi", "de-entlassbrief", "de",
     "German (ISO-8859-15 QP) discharge letter naming the patient with birth date, heart-failure diagnoses and medication")
def _():
    body = """Sehr geehrte Frau Kollegin Brenneke,

wir berichten über Ihre Patientin Frau Waltraud Kühnel, geb. 12.08.1944,
die sich vom 17.11. bis 26.11.2026 in unserer stationären Behandlung
befand.

Diagnosen:
  – Dekompensierte Herzinsuffizienz NYHA III (I50.14)
  – Vorhofflimmern, permanent (I48.2)
  – Chronische Niereninsuffizienz Stadium 3b (N18.32)

Therapie bei Entlassung:
  Torasemid 20 mg 1-0-0, Bisoprolol 5 mg 1-0-0,
  Apixaban 2,5 mg 1-0-1, Empagliflozin 10 mg 1-0-0

Entlassgewicht 71,4 kg. Bitte Kontrolle von Kreatinin und Kalium in
einer Woche.

Mit freundlichen kollegialen Grüßen
Dr. med. Henrik Voss, Oberarzt Innere Medizin
Klinikum Nordheide
"""
    return MAIL(A("Klinikum Nordheide – Innere Medizin", "arztbriefe@klinikum-nordheide.example.de.test", "iso-8859-15", "Q"),
                A("Praxis Dr. Anja Brenneke", "praxis@brenneke.example.de.test"),
                "Entlassbrief Frau Waltraud Kühnel, geb. 12.08.1944 – Aufenthalt 17.–26.11.2026",
                D("2026-11-26 15:10", "+0100"), T(body, cs="iso-8859-15"), scs="iso-8859-15", smode="Q")


@msg("phi", "it-referto-esami", "it",
     "Italian report notice to a named patient with ultrasound findings (hepatic steatosis, gallstones)")
def _():
    txt = """Gentile Sig. Lombardi,

il referto della sua ecografia dell'addome completo del 28/11/2026 è
disponibile.

Esito: steatosi epatica di grado moderato; colecisti con microlitiasi,
senza segni di colecistite. Reni e milza nella norma.

Il medico consiglia una visita dal medico curante e dal gastroenterologo.
Codice di ritiro online: 7741-AC (valido 45 giorni).

Poliambulatorio Santa Chiara
"""
    html = """<html><body><p>Gentile Sig. Lombardi,</p><p>il referto della sua <b>ecografia dell'addome completo</b> del
28/11/2026 è disponibile.</p><p><b>Esito:</b> steatosi epatica di grado moderato; colecisti con microlitiasi,
senza segni di colecistite.</p><p>Codice di ritiro: <b>7741-AC</b></p></body></html>"""
    return MAIL(A("Poliambulatorio Santa Chiara – Referti", "referti@santachiara-poli.example.it.test"),
                A("Massimo Lombardi", "m.lombardi@example.it.test"),
                "Referto disponibile: ecografia addome completo del 28/11/2026",
                D("2026-11-30 11:00", "+0100"), MP("alternative", T(txt), H(html)))


@msg("phi", "pl-skierowanie-pesel", "pl",
     "Polish (ISO-8859-2) referral appointment to a named patient with PESEL and ICD-10 diagnoses (hypertension, AF)")
def _():
    p = pesel("5807150326")
    body = """Szanowna Pani Grażyno,

informujemy, że na podstawie skierowania od dr. Nowaka została Pani
zapisana do Poradni Kardiologicznej:

  Pacjentka: Grażyna Wróblewska, PESEL %s
  Termin:    16.12.2026, godz. 11:30, gabinet 204
  Rozpoznanie ze skierowania: I10 nadciśnienie tętnicze,
             I48 migotanie przedsionków
  Skierowanie nr: SK/2026/11/04471

Prosimy zabrać wyniki EKG i listę przyjmowanych leków.

Rejestracja – Przychodnia Zdrowie Rodzinne, tel. 22 555-0127
""" % p
    return MAIL(A("Przychodnia Zdrowie Rodzinne – Rejestracja", "rejestracja@zdrowie-rodzinne.example.pl.test", "iso-8859-2", "Q"),
                A("Grażyna Wróblewska", "g.wroblewska@example.pl.test", "iso-8859-2", "Q"),
                "Termin w poradni kardiologicznej – 16.12.2026",
                D("2026-12-01 13:00", "+0100"), T(body, cs="iso-8859-2"), scs="iso-8859-2", smode="Q")


@msg("phi", "ru-napravlenie-kardiolog", "ru",
     "Russian (KOI8-R base64) cardiology appointment to a named patient with OMS policy number and Holter finding")
def _():
    body = """Уважаемая Галина Петровна!

Вы записаны на приём к кардиологу:

  Пациент: Смирнова Галина Петровна, 14.03.1956 г. р.
  Полис ОМС: 7748229100441182
  Дата и время: 11 декабря 2026 г., 10:40, кабинет 214
  Направление: по результатам суточного мониторирования ЭКГ (Холтер) —
  пароксизмы фибрилляции предсердий.

Возьмите с собой результаты ЭКГ, Холтера и список принимаемых
препаратов (бисопролол, аторвастатин).

Регистратура поликлиники «Северная», тел. 555-0183
"""
    return MAIL(A("Регистратура поликлиники «Северная»", "registratura@gkb-severnaya.example.ru.test", "koi8-r"),
                A("Смирнова Галина Петровна", "g.smirnova@example.ru.test", "koi8-r"),
                "Запись к кардиологу: 11 декабря, 10:40, каб. 214",
                D("2026-12-02 09:30", "+0300"), T(body, cs="koi8-r", cte="base64"), scs="koi8-r")


@msg("phi", "uk-vypyska-likarni", "uk",
     "Ukrainian (windows-1251 base64) discharge summary to a family doctor naming the patient with cholecystectomy")
def _():
    body = """Шановна пані лікарко!

Надсилаємо виписку вашої пацієнтки:

  ПІБ: Бондаренко Ірина Василівна, 1967 р. н.
  Медична карта стаціонарного хворого № 4471/2026
  Перебування: 23.11.2026 – 27.11.2026, хірургічне відділення

Діагноз: жовчнокам'яна хвороба, хронічний калькульозний холецистит.
Операція 24.11.2026: лапароскопічна холецистектомія. Післяопераційний
період без ускладнень.

Рекомендації: зняття швів на 7–8 добу, дієта № 5, омепразол 20 мг
1 раз на день 14 днів. Контроль у хірурга через місяць.

Хірургічне відділення лікарні «Світанок»
"""
    return MAIL(A("Хірургічне відділення – Лікарня «Світанок»", "hirurgia@likarnia-svitanok.example.ua.test", "windows-1251"),
                A("Амбулаторія сімейної медицини №2", "ambulatoria2@example.ua.test"),
                "Виписка: Бондаренко І. В., лапароскопічна холецистектомія 24.11.2026",
                D("2026-11-27 16:00", "+0200"), T(body, cs="windows-1251", cte="base64"), scs="windows-1251")


@msg("phi", "tr-randevu-hatirlatma", "tr",
     "Turkish (ISO-8859-9 QP) endocrinology appointment reminder to a named patient mentioning her TSH result")
def _():
    body = """Sayın Ayşe Kılıçoğlu,

Endokrinoloji polikliniği randevunuzu hatırlatırız:

  Tarih: 10 Aralık 2026, saat 14:30
  Doktor: Uzm. Dr. Selim Aydoğdu
  Hasta dosya no: 2026-447120

Son tahlilinizde TSH değeriniz 7,9 mIU/L (yüksek) çıkmıştır. Lütfen
tiroid ultrasonu sonucunuzu ve kullandığınız levotiroksin ilacını
yanınızda getiriniz.

Randevunuzu iptal etmek için 0212 555 0172 numarasını arayabilirsiniz.

Özel Yıldız Hastanesi
"""
    return MAIL(A("Özel Yıldız Hastanesi Randevu", "randevu@yildiz-hastane.example.tr.test", "iso-8859-9", "Q"),
                A("Ayşe Kılıçoğlu", "ayse.kilicoglu@example.tr.test", "iso-8859-9", "Q"),
                "Randevu hatırlatma: Endokrinoloji – 10 Aralık 2026 14:30",
                D("2026-12-03 09:00", "+0300"), T(body, cs="iso-8859-9"), scs="iso-8859-9")


@msg("phi", "vi-ket-qua-xet-nghiem", "vi",
     "Vietnamese blood-test results for a named patient with patient code (glucose, HbA1c, creatinine)")
def _():
    body = """Kính gửi ông Trần Văn Phúc,

Phòng khám Đa khoa Bình An xin gửi kết quả xét nghiệm máu ngày
27/11/2026 của ông (mã bệnh nhân BA-2026-04471):

  Glucose lúc đói: 9,8 mmol/L (cao)
  HbA1c: 8,1 %
  Creatinine: 132 µmol/L
  Cholesterol toàn phần: 6,2 mmol/L

Bác sĩ Lê Thị Hồng đề nghị ông tái khám nội tiết vào thứ Năm
ngày 11/12/2026 để điều chỉnh thuốc tiểu đường.

Phòng khám Đa khoa Bình An
"""
    return MAIL(A("Phòng khám Đa khoa Bình An", "ketqua@bv-binhan.example.vn.test"),
                A("Trần Văn Phúc", "tran.van.phuc@example.vn.test"),
                "Kết quả xét nghiệm máu của ông Trần Văn Phúc – ngày 27/11/2026",
                D("2026-11-28 10:00", "+0700"), T(body))


@msg("phi", "tl-paalala-checkup", "tl",
     "Tagalog follow-up reminder to a named patient for his hypertension check-up, medication and ECG")
def _():
    body = """Magandang araw po, Mang Rodel Pascual!

Paalala po ito ng inyong follow-up check-up para sa altapresyon
(high blood pressure):

  Petsa:  Lunes, Disyembre 8, 2026, 9:00 AM
  Doktor: Dra. Liza Manalastas
  Patient no.: SLF-2026-0418

Dalhin po ang inyong gamot na amlodipine 10 mg at losartan 50 mg, at ang
resulta ng inyong ECG noong Nobyembre. Huwag po munang uminom ng kape
bago ang check-up.

Sta. Lucia Family Clinic - 0917 555 0138
"""
    return MAIL(A("Sta. Lucia Family Clinic", "clinic@stalucia-family.example.ph.test"),
                A("Rodel Pascual", "rodel.pascual@example.ph.test"),
                "Paalala: follow-up check-up ninyo para sa altapresyon - Disyembre 8",
                D("2026-12-02 08:00", "+0800"), body)


@msg("phi", "ht-rezilta-tansyon", "ht",
     "Haitian Creole (ISO-8859-1 QP) message to a named patient with her blood pressure, glucose and new prescription")
def _():
    body = """Bonjou Manmzèl Roselaure Jean-Baptiste,

Men rezilta egzamen ou te fè nan klinik la 25 novanm:

  Tansyon: 158/96 (wo)
  Sik nan san (a jen): 142 mg/dL
  Kolestewòl: 231 mg/dL

Doktè Pierre-Antoine preskri lisinopril 10 mg, yon grenn chak maten.
Ou ka pran l nan famasi klinik la depi jodi a.

Pwochen randevou ou: madi 16 desanm a 10è. Rele 555-0158 si w pa ka vini.

Klinik Sante Fanmi Lakou
"""
    return MAIL(A("Klinik Sante Fanmi Lakou", "klinik@lakou-sante.example.org"),
                A("Roselaure Jean-Baptiste", "roselaure.jb@example.net"),
                "Rezilta egzamen ou yo ak pwochen randevou",
                D("2026-11-28 13:00", "-0500"), T(body, cs="iso-8859-1"), scs="iso-8859-1", smode="Q")


@msg("phi", "ar-natija-tahlil", "ar",
     "Arabic (windows-1256 base64) lab results to a named patient with file number (low haemoglobin, ferritin) and a referral")
def _():
    body = """السيدة سلمى الحداد المحترمة،

نتائج تحاليل الدم الخاصة بك بتاريخ 26 نوفمبر 2026 (رقم الملف 447120):

  الهيموغلوبين: 10.2 غ/دل (منخفض)
  الفيريتين: 8 نانوغرام/مل (منخفض)
  فيتامين د: 14 نانوغرام/مل

تشير النتائج إلى فقر دم بسبب نقص الحديد. وصف الطبيب أقراص الحديد
مرة واحدة يومياً، وتم تحويلك إلى عيادة أمراض النساء للمتابعة.

مختبر النور الطبي
"""
    return MAIL(A("مختبر النور الطبي", "results@alnoor-lab.example.org", "windows-1256"),
                A("سلمى الحداد", "salma.haddad@example.net", "windows-1256"),
                "نتائج تحاليل الدم الخاصة بك – رقم الملف 447120",
                D("2026-11-27 10:00", "+0300"), T(body, cs="windows-1256", cte="base64"), scs="windows-1256")


@msg("phi", "fa-nobat-dandanpezeshki", "fa",
     "Farsi (UTF-8 base64) dental appointment reminder to a named patient for his root-canal treatment on tooth 36")
def _():
    body = """آقای بهروز صالحی، سلام

یادآوری نوبت شما در کلینیک دندان‌پزشکی لبخند:

  درمان: ادامه درمان ریشه (عصب‌کشی) دندان ۳۶
  پزشک: دکتر نسرین افشار
  زمان: سه‌شنبه ۱۸ آذر، ساعت ۱۶:۳۰
  شماره پرونده: ۴۴۷۱۲

لطفاً آنتی‌بیوتیکی را که تجویز شده (آموکسی‌سیلین ۵۰۰) تا روز مراجعه
ادامه دهید.

کلینیک دندان‌پزشکی لبخند – تلفن 555-0168
"""
    return MAIL(A("کلینیک دندان‌پزشکی لبخند", "nobat@labkhand-dental.example.ir.test"),
                A("بهروز صالحی", "behrouz.salehi@example.ir.test"),
                "یادآوری نوبت: ادامه درمان ریشه دندان ۳۶ – سه‌شنبه ۱۸ آذر",
                D("2026-12-03 09:00", "+0330"), T(body, cte="base64"))


@msg("phi", "zh-jianyan-baogao", "zh-Hans",
     "Chinese (GBK base64) follow-up results to a named patient with record number, fasting glucose and HbA1c")
def _():
    body = """王建国先生：您好！

您于2026年11月26日在我院的体检复查结果如下（病历号 RM20264471）：

  空腹血糖：7.8 mmol/L（偏高）
  糖化血红蛋白：7.2%
  低密度脂蛋白胆固醇：3.9 mmol/L

医生建议您尽快到内分泌科门诊就诊，考虑2型糖尿病，需进一步评估并开始
治疗。可通过医院公众号预约，或致电 555-0111。

仁民医院检验科
"""
    return MAIL(A("仁民医院检验科", "lab@renmin-hosp.example.cn.test", "gbk"),
                A("王建国", "wang.jianguo@example.cn.test", "gbk"),
                "王建国先生：您的体检复查结果（病历号 RM20264471）",
                D("2026-11-28 15:00", "+0800"), T(body, cs="gbk", cte="base64"), scs="gbk")


@msg("phi", "ja-shinryou-yoyaku", "ja",
     "Japanese (Shift_JIS QP) gastroscopy appointment confirmation to a named patient with patient number")
def _():
    body = """佐藤 和夫 様

みどり内科クリニックです。下記のとおりご予約を承りました。

  ご予約日時：2026年12月11日（木）10:30
  検査内容：上部消化管内視鏡検査（胃カメラ）
  診察券番号：MN-004471
  担当医：院長 緑川

前日の夕食は21時までに済ませ、当日の朝は絶食でお越しください。
血液をサラサラにするお薬（ワルファリン）を服用中のため、事前に
服薬についてご相談ください。

みどり内科クリニック　電話 03-555-0185
"""
    return MAIL(A("みどり内科クリニック 予約係", "yoyaku@midori-naika.example.jp.test", "shift_jis"),
                A("佐藤 和夫", "k.sato@example.jp.test", "shift_jis"),
                "【予約確認】12月11日(木) 10:30 胃カメラ検査（佐藤和夫様）",
                D("2026-12-03 11:00", "+0900"), T(body, cs="shift_jis", cte="quoted-printable"), scs="shift_jis")


@msg("phi", "ko-jinryo-yeyak", "ko",
     "Korean (EUC-KR QP) orthopaedics appointment for a named patient with registration number and knee MRI review")
def _():
    body = """김민준님, 안녕하세요.

한빛병원 예약센터입니다. 아래와 같이 진료가 예약되었습니다.

  환자명: 김민준 (등록번호 20264471)
  진료과: 정형외과 (담당의 박서진 교수)
  일시: 2026년 12월 9일(화) 오전 9시 20분
  내용: 무릎 MRI 결과 설명 - 반월상연골 파열 수술 상담

예약 변경은 02-555-0186으로 연락 주십시오.
"""
    return MAIL(A("한빛병원 예약센터", "reserve@hanbit-hosp.example.kr.test", "euc-kr"),
                A("김민준", "minjun.kim@example.kr.test", "euc-kr"),
                "[한빛병원] 김민준님 정형외과 진료 예약 안내 (12/09 09:20)",
                D("2026-12-03 10:00", "+0900"), T(body, cs="euc-kr", cte="quoted-printable"), scs="euc-kr")


@msg("phi", "hi-madhumeh-report", "hi",
     "Hindi report-ready message to a named patient with patient ID and HbA1c in the subject and body")
def _():
    body = """आदरणीय श्री रमेश चंद्र वर्मा जी,

आपकी जाँच रिपोर्ट तैयार है।

  रोगी आईडी: AD-447120
  जाँच की तारीख: 29 नवंबर 2026
  HbA1c: 8.6% (अधिक)
  फास्टिंग ब्लड शुगर: 168 mg/dL

डॉ. सुनीता अग्रवाल ने आपकी मधुमेह की दवा (मेटफॉर्मिन) की खुराक बदलने के
लिए आपको अगले सप्ताह बुलाया है।

आरोग्य डायग्नोस्टिक्स
"""
    return MAIL(A("आरोग्य डायग्नोस्टिक्स", "reports@arogya-diagnostics.example.in.test"),
                A("रमेश चंद्र वर्मा", "ramesh.verma@example.in.test"),
                "आपकी जाँच रिपोर्ट तैयार है – HbA1c 8.6% (रोगी आईडी AD-447120)",
                D("2026-11-30 12:00", "+0530"), T(body))


@msg("phi", "am-qetero", "am",
     "Amharic (UTF-8 base64) diabetes follow-up appointment reminder to a named patient with card number")
def _():
    body = """ለአቶ ተስፋዬ በቀለ

የቀጠሮ ማስታወሻ

የስኳር በሽታ ክትትል ቀጠሮዎ፦ ሐሙስ ታህሳስ 11 ቀን ከጠዋቱ 4 ሰዓት
ሐኪም፦ ዶክተር ሰላማዊት ታደሰ
የካርድ ቁጥር፦ FHC-04471

እባክዎ የኢንሱሊን መርፌዎንና የደም ስኳር መመዝገቢያ ደብተርዎን ይዘው ይምጡ።
ባለፈው ወር የደም ስኳርዎ 210 mg/dL ነበር።

የቤተሰብ ጤና ክሊኒክ – 555-0152
"""
    return MAIL(A("የቤተሰብ ጤና ክሊኒክ", "qetero@family-health.example.org"),
                A("ተስፋዬ በቀለ", "tesfaye.bekele@example.net"),
                "የቀጠሮ ማስታወሻ፦ የስኳር በሽታ ክትትል – ታህሳስ 11",
                D("2026-12-02 08:00", "-0500"), T(body, cte="base64"))


# ---------------------------------------------------------------------------
# restricted, English

@msg("restricted", "hr-leave-psychiatric-admission", "en",
     "borderline: HR reply naming an employee whose leave is extended because of inpatient psychiatric care for major depressive disorder")
def _():
    q = """On Dec 1, 2026, at 3:10 PM, Gordon Feeney wrote:
> Any update on Denise? I need to plan the January schedule.
"""
    body = """Gordon,

Denise Alvarez-Sutton's leave is extended to January 5. Her psychiatrist
at Lakeshore's inpatient unit says she is being stepped down next week
from the inpatient unit to the partial hospitalization program for major
depressive disorder, and then to outpatient therapy. She should be able
to return part-time in January with a reduced schedule.

Please keep this confidential and do not share the reason for her leave
with the team.

Leave Administration

""" + q
    return MAIL(A("Leave Administration", "leave-admin@riverbend-clinic.example.com"),
                A("Gordon Feeney", "g.feeney@riverbend-clinic.example.com"),
                "RE: coverage for Alvarez-Sutton, Denise - leave extended",
                D("2026-12-02 09:05"), body, irt="<coverage-das@riverbend-clinic.example.com>")


@msg("restricted", "ics-therapy-session", "en",
     "calendar invitation to a named client for CBT sessions for panic disorder with a named therapist (ICS REQUEST)")
def _():
    ics = ICS([EV("therapy-harrowgate-7@lakeshore-bh.example.org", "20261210T170000", "20261210T175000",
                  "Therapy session - CBT for panic disorder (Quentin Harrowgate)",
                  "Lakeshore Behavioral Health Outpatient, Suite 210 / video",
                  "Session 7 of 12 with Dana Whitfield, LCSW. Bring your panic diary. Sertraline dose review with Dr. Imoto next week.",
                  ("Lakeshore BH Scheduling", "scheduling@lakeshore-bh.example.org"),
                  [("Quentin Harrowgate", "q.harrowgate@example.net")],
                  rrule="FREQ=WEEKLY;COUNT=6", tzid="America/New_York", seq=1)],
              method="REQUEST", tz_ny=True, prodid="-//Lakeshore BH//Therapy Scheduling//EN")
    txt = """Updated invitation: your weekly therapy sessions with Dana Whitfield, LCSW,
now start at 5:00 PM on Wednesdays (session 7 of 12, CBT for panic disorder).
"""
    return MAIL(A("Lakeshore Behavioral Health - Outpatient Therapy", "scheduling@lakeshore-bh.example.org"),
                A("Quentin Harrowgate", "q.harrowgate@example.net"),
                "Updated invitation: Therapy session with Dana Whitfield, LCSW - Wednesdays 5:00 PM",
                D("2026-12-03 10:00"),
                MP("alternative", T(txt), T(ics, sub="calendar", cs="utf-8", cte="base64", ctp=("method=REQUEST",))))


@msg("restricted", "eating-disorder-referral", "en",
     "referral of a named adolescent with DOB for anorexia nervosa (BMI, bradycardia, amenorrhoea) to an eating-disorder program")
def _():
    body = """Intake team,

Referral for evaluation for PHP or residential level of care:

   Patient:   Sophie Marchbanks, 16 F, DOB 02/14/2010
   Parent:    Claire Marchbanks, 555-0194
   Diagnosis: anorexia nervosa, restricting type (F50.01)

   Weight 44.1 kg, BMI 15.8 (down from 19.9 in March)
   Resting HR 44, orthostatic rise 32; K 3.4, phosphate 2.9
   Amenorrhoea for 5 months; restricting to ~600 kcal/day, compulsive
   exercise

She is medically stable for outpatient transfer today but I do not think
outpatient care is enough. Family is motivated. Records are in the
referral portal.

Priya Venkataraman, MD, Adolescent Medicine
Pinecrest Pediatrics | 555-0105
"""
    return MAIL(A("Priya Venkataraman", "p.venkataraman@pinecrest-peds.example.com"),
                A("Intake - Willowmere Eating Disorder Program", "intake@willowmere-ed.example.org"),
                "Referral: 16F with restrictive eating - Sophie Marchbanks, DOB 02/14/2010",
                D("2026-12-01 16:45"), body)


@msg("restricted", "adhd-psychiatry-med-check", "en",
     "child psychiatry clinic writes to a parent about her named son's ADHD medication increase and rating scales")
def _():
    body = """Dear Ms. Iwu,

Thank you for bringing Ellis to his medication check with Dr. Okonkwo on
November 20. As discussed:

  - His ADHD symptoms at school are improved but afternoons are still
    hard, so his methylphenidate ER is increased from 27 mg to 36 mg
    each morning. The new prescription was sent to Copperline Pharmacy.
  - Appetite and sleep were fine; weight 31.2 kg, BP 102/64.
  - Please ask his teacher to fill in the Vanderbilt rating scale again
    (attached to the portal message) before his next visit on January 15.

Northvale Child & Adolescent Psychiatry | 555-0127
"""
    return MAIL(A("Northvale Child & Adolescent Psychiatry", "cap-clinic@northvale.example.org"),
                A("Renata Iwu", "renata.iwu@example.net"),
                "Medication check for Ellis Iwu - methylphenidate ER dose and school rating scales",
                D("2026-11-21 12:30"), body)


@msg("restricted", "iop-support-group-roster", "en",
     "borderline: recovery-group coordinator lists IOP attendees by name with tox-screen notes and a Part 2 consent note (CSV roster)")
def _():
    rows = [["first_name", "last_name", "dob", "attended_12_02", "iop_week", "uds_result", "note"]]
    roster = people(4404, 14)
    absent = {1, 6, 11}
    for i, (f, l, dob, r) in enumerate(roster):
        note = ""
        if i == 11:
            note = "second missed session - make-up before week-4 review"
        elif i == 4:
            note = "Part 2 consent needed before contacting probation"
        elif i == 8:
            note = "UDS pending"
        uds = "pending" if i == 8 else r.choice(["negative", "negative", "buprenorphine (prescribed)", "fentanyl positive"])
        rows.append([f, l, dob.strftime("%m/%d/%Y"), "N" if i in absent else "Y", str(r.randint(1, 8)), uds, note])
    nm = lambda i: "%s %s" % roster[i][:2]
    body = """Facilitators,

Here is who attended Tuesday evening's Recovery Skills group (this group
counts toward IOP hours). Highlights:

  - Present: 11 of 14. Absent: %s, %s, and %s (second missed
    session - needs a make-up before the week-4 review).
  - %s's urine drug screen is still pending.
  - %s's probation officer asked for attendance: do NOT call without a
    signed 42 CFR Part 2 consent on file.

Full roster attached.

Luis Barragan-Tate, CADC
Recovery Group Coordinator, Lakeshore Behavioral Health
""" % (nm(1), nm(6), nm(11), nm(8), nm(4))
    return MAIL(A("Luis Barragan-Tate, CADC", "l.barragan-tate@lakeshore-bh.example.org"),
                "group-facilitators@lakeshore-bh.example.org",
                "Tuesday evening Recovery Skills group - who attended / who needs a make-up",
                D("2026-12-03 08:20"),
                MP("mixed", T(body), ATT(CSV(rows), "text/csv", "recovery_skills_2026-12-02.csv")))


@msg("restricted", "part2-disclosure-with-consent", "en",
     "opioid treatment program sends a named patient's methadone treatment summary to a PCP under a 42 CFR Part 2 consent (PDF)")
def _():
    body = """Dr. Amberg,

As requested, and under the patient's signed consent (on file, dated
11/18/2026), enclosed is the treatment summary for Walter
Pennington-Ames (DOB 06/09/1979).

NOTICE: This record is protected by federal confidentiality rules
(42 CFR Part 2). Federal rules prohibit any further disclosure of this
record unless further disclosure is expressly permitted by the written
consent of the person to whom it pertains or as otherwise permitted by
42 CFR Part 2.

Harbor Point OTP - Medical Records | 555-0146
"""
    pdf = PDF([["Harbor Point Opioid Treatment Program - Treatment Summary",
                "Patient: Walter Pennington-Ames    DOB: 06/09/1979    Program ID: HP-2024-0318",
                "Admitted: 03/11/2024. Diagnosis: opioid use disorder, severe (F11.20), in early remission.",
                "Medication: methadone 95 mg daily; take-home level 3 (6 take-homes per week).",
                "Urine drug screens: negative for non-prescribed opioids since 02/2025.",
                "Counseling: weekly individual, monthly group. Hepatitis C treated 2025 (SVR12).",
                "42 CFR Part 2 protected record - redisclosure prohibited."]],
              title="Treatment summary", flate=True)
    return MAIL(A("Harbor Point OTP - Medical Records", "records@harborpoint-otp.example.org"),
                A("Felicity Amberg, MD", "f.amberg@copperline.example.com"),
                "Records you requested (consent on file)",
                D("2026-11-20 13:40"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "treatment_summary.pdf")))


@msg("restricted", "display-name-otp-front-desk", "en",
     "borderline: a neutral appointment confirmation to a named person; the opioid treatment program is only in the sender's display name")
def _():
    return MAIL(A("Harbor Point Opioid Treatment Program - Front Desk", "frontdesk@harborpoint-otp.example.org"),
                A("Marcus Lindell", "marcus.lindell@example.net"),
                "See you Thursday",
                D("2026-12-02 15:10"),
                """Hi Marcus,

Just confirming your Thursday 8:15 AM slot with the nurse. Bring your ID
and your empty bottles.

Front desk
""")


@msg("restricted", "hl7-viral-load", "en",
     "HL7 ORU with a named patient's HIV-1 RNA viral load and CD4 count (production feed)")
def _():
    hl7 = HL7(r"MSH|^~\&|QFD_LIS|QUILLFIELD|NVH_ID_CLINIC|NVH|20261124101500||ORU^R01^ORU_R01|QFD20261124-0088|P|2.5.1",
              r"PID|1||NVH60221874^^^NVH^MR||HALLIWELL^JEROME^T||19850722|M|||5 Orchard Row^^Bellmont^ZZ^00000",
              r"OBR|1|NVH-ORD-55102|QFD-55102|25836-8^HIV 1 RNA viral load^LN|||20261123090000",
              r"OBX|1|NM|20447-9^HIV 1 RNA [#/volume] (viral load)^LN||182000|copies/mL|<20|H|||F",
              r"OBX|2|NM|24467-3^CD3+CD4+ cells [#/volume]^LN||88|cells/uL|500-1500|L|||F",
              r"NTE|1||Genotype resistance testing sent to reference lab.")
    return MAIL(A("Quillfield Results Interface", "results@quillfield.example.net"),
                "id-clinic-inbox@northvale.example.org",
                "Results delivery QFD20261124-0088",
                D("2026-11-24 10:16", "-0600"),
                MP("mixed", T("1 result message attached.\n"), ATT(hl7, "x-application/hl7-v2+er7", "QFD20261124-0088.hl7")),
                hdrs=[("Auto-Submitted", "auto-generated")])


@msg("restricted", "prep-refill-reminder", "en",
     "pharmacy reminder to a named person to refill his PrEP and get his 3-month HIV test")
def _():
    txt = """Hi Dmitri,

It's time to refill your emtricitabine/tenofovir disoproxil fumarate
200/300 mg (PrEP), Rx #6604471. You have about 5 tablets left.

Your 3-month HIV and kidney-function tests are also due before this
refill can be released. You can walk in to the clinic lab any weekday,
7:30-4:00.

Reply YES to refill, or call 555-0112.
Copperline Pharmacy
"""
    html = "<html><body><p>" + txt.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>"
    return MAIL(A("Copperline Pharmacy", "rx@copperline.example.com"),
                A("Dmitri Halvorsen", "d.halvorsen@example.net"),
                "Time to refill your PrEP - and your 3-month HIV test",
                D("2026-11-29 09:30"), MP("alternative", T(txt), H(html)))


@msg("restricted", "grand-rounds-slides-hiv-name", "en",
     "borderline: ID case-conference slides said to be de-identified, but the PDF shows a named patient's MRN, HIV viral load and CD4")
def _():
    body = """Slides from Thursday's ID case conference are attached. Case details
have been removed for teaching.

Infectious Diseases Division
"""
    pdf = PDF([["ID Case Conference - Advanced HIV presenting as PJP",
                "Infectious Diseases Division, Northvale Health"],
               ["Case (EHR extract pasted for discussion)",
                "Name: HALLIWELL, JEROME T    MRN: NVH60221874    DOB: 07/22/1985",
                "HIV-1 RNA 182,000 copies/mL; CD4 88 cells/uL (9%)",
                "BAL: Pneumocystis jirovecii PCR positive",
                "Started TMP-SMX and prednisone; ART (BIC/FTC/TAF) started day 10"],
               ["Discussion", "Timing of ART after PJP", "IRIS risk", "Rapid ART start protocols"]],
              title="ID case conference")
    return MAIL(A("ID Division", "id-division@northvale.example.org"),
                "id-fellows@northvale.example.org",
                "ID case conference slides (11/27)",
                D("2026-11-28 11:00"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "ID_case_conference_2026-11-27.pdf")))


@msg("restricted", "brca-result-letter-pdf", "en",
     "genetics clinic sends a physician a named patient's BRCA2 pathogenic-variant result letter (compressed PDF)")
def _():
    body = """Dr. Harmon,

Attached is the result letter for your patient Rosalind Achterberg-Nunez.
A pathogenic BRCA2 variant was found. She has a post-test genetic
counseling visit with Ayesha Brandon, MS, CGC, on December 12; cascade
testing letters for her sisters will be offered then.

Cedar Hollow Cancer Genetics | 555-0107
"""
    pdf = PDF([["Cancer Genetics - Genetic Test Result",
                "Patient: Rosalind Achterberg-Nunez    DOB: 11/30/1977    MRN: 21104477",
                "Test: 30-gene hereditary cancer panel (sequencing + del/dup)",
                "RESULT: POSITIVE - pathogenic variant detected",
                "Gene: BRCA2   Variant: c.5946delT (p.Ser1982Argfs*22)   Zygosity: heterozygous",
                "Interpretation: increased lifetime risk of breast and ovarian cancer.",
                "Recommendations: breast MRI + mammography, discuss risk-reducing salpingo-oophorectomy,",
                "cascade testing of first-degree relatives."]],
              title="Genetic test result", flate=True)
    return MAIL(A("Cedar Hollow Cancer Genetics", "genetics@cedarhollow.example.org"),
                A("Liesel Harmon, MD", "l.harmon@stbrigid.example.org"),
                "Genetic test result letter - Rosalind Achterberg-Nunez",
                D("2026-12-02 15:30"),
                MP("mixed", T(body), ATT(pdf, "application/pdf", "result_letter.pdf")))


@msg("restricted", "genetic-counselling-appointment", "en",
     "appointment letter to a named patient for genetic counselling about Lynch syndrome testing")
def _():
    body = """Dear Hyacinth Moravec,

Your genetic counseling appointment is scheduled:

   Tuesday, December 16, 2026, 1:00 PM (60 minutes), by video
   Genetic counselor: Tobias Lindgren, MS, CGC
   Reason: evaluation for hereditary colon cancer (Lynch syndrome)
   after your tumor tested MMR-deficient, and your family history
   (mother and uncle with colon cancer)

We will discuss germline testing of MLH1, MSH2, MSH6, PMS2 and EPCAM
and what a result would mean for you and your relatives. Please fill in
the family history questionnaire in the portal before the visit.

Northvale Genetic Counseling | 555-0139
"""
    return MAIL(A("Northvale Genetic Counseling", "gc-scheduling@northvale.example.org"),
                A("Hyacinth Moravec", "h.moravec@example.net"),
                "Your genetic counseling appointment - hereditary colon cancer evaluation, Dec 16",
                D("2026-12-01 10:10"), body)


@msg("restricted", "carrier-screening-forwarded", "en",
     "spouse forwards (message/rfc822) a lab's carrier-screening result: the named patient carries CFTR F508del")
def _():
    inner = MAIL(A("Quillfield Genetics", "reports@quillfield.example.net"),
                 A("Nadia Brannigan", "nadia.brannigan@example.net"),
                 "Your carrier screening results are ready", D("2026-11-30 08:00", "-0600"),
                 T("""Dear Nadia Brannigan,

Your expanded carrier screening (order QG-2026-88120) is complete.

Result: you are a CARRIER of cystic fibrosis (CFTR c.1521_1523delCTT,
p.Phe508del). No other pathogenic variants were found in the 274 genes
tested.

Carriers are usually healthy. Because you are a carrier, we recommend
carrier screening for your reproductive partner and a genetic counseling
visit. Book at https://quillfield.example.net/gc or call 555-0192.
""", cte="base64"))
    body = """Hi - forwarding this so you have it before we call the genetic counselor
on Friday. Apparently I need to get tested too.

Theo
"""
    return MAIL(A("Theo Brannigan", "theo.brannigan@example.net"),
                A("Nadia Brannigan", "nadia.brannigan@example.net"),
                "Fwd: Your carrier screening results are ready",
                D("2026-11-30 19:20"),
                MP("mixed", T(body), R822(inner)))


@msg("restricted", "ivf-cycle-calendar", "en",
     "fertility clinic sends a named patient her IVF stimulation calendar (ICS with medication and retrieval events)")
def _():
    evs = [EV("ivf-ostrander-1@bloomfertility.example.com", "20261205T073000", "20261205T080000",
              "Baseline ultrasound + bloodwork (IVF cycle 2)", "Bloom Fertility Center",
              organizer=("Bloom Nurses", "nurses@bloomfertility.example.com")),
           EV("ivf-ostrander-2@bloomfertility.example.com", "20261205T200000", "20261205T201500",
              "Start follitropin alfa 225 IU + menotropins 75 IU (evening)", "Home",
              alarm="Stimulation injections tonight"),
           EV("ivf-ostrander-3@bloomfertility.example.com", "20261210T073000", "20261210T080000",
              "Monitoring ultrasound + estradiol", "Bloom Fertility Center"),
           EV("ivf-ostrander-4@bloomfertility.example.com", "20261216T070000", "20261216T110000",
              "Egg retrieval (no food after midnight, driver required)", "Bloom Fertility Center, OR 2")]
    body = """Hi Camille,

Your calendar for IVF cycle 2 is attached. Dates after December 10 may
move depending on your monitoring results; we will call you each
afternoon after bloodwork. Medications were shipped by the specialty
pharmacy and arrive Thursday.

Bloom Fertility Center nurses | 555-0108
"""
    return MAIL(A("Bloom Fertility Center", "nurses@bloomfertility.example.com"),
                A("Camille Ostrander", "camille.ostrander@example.net"),
                "Your stimulation calendar - cycle starting 12/5",
                D("2026-12-01 16:00"),
                MP("mixed", T(body), ATT(ICS(evs, method="PUBLISH", prodid="-//Bloom Fertility//Cycle Planner//EN"),
                                         "text/calendar", "cycle-calendar.ics")))


@msg("restricted", "contraception-counselling-followup", "en",
     "midwife follows up with a named patient after her contraception counselling visit and schedules an IUD insertion")
def _():
    body = """Hi Brianna,

It was good to see you at your contraception counseling visit on
November 25. As promised, here's a summary of the options we talked
about:

  - Levonorgestrel IUD (52 mg): up to 8 years, lighter periods
  - Copper IUD: hormone-free, up to 10-12 years
  - Etonogestrel implant: 3-5 years

You chose the levonorgestrel IUD. Your insertion is booked for Wednesday
December 10 at 3:30 PM. Take ibuprofen 600 mg an hour before. Your
pregnancy test at the visit was negative; please use condoms until the
insertion.

Maya Goldfarb, CNM
Riverbend Women's Health | 555-0123
"""
    return MAIL(A("Maya Goldfarb, CNM", "m.goldfarb@riverbend-clinic.example.com"),
                A("Brianna Okafor-Lee", "brianna.ol@example.net"),
                "Following up on our visit - IUD options",
                D("2026-11-26 12:00"), body)


@msg("restricted", "sti-result-portal", "en",
     "sexual-health clinic tells a named patient his chlamydia test was positive, with treatment and partner notification")
def _():
    body = """Jasper,

Your test results from November 24 are back:

   Chlamydia (urine NAAT):    POSITIVE
   Gonorrhea (urine NAAT):    negative
   Syphilis (RPR):            non-reactive
   HIV-1/2 Ag/Ab:             non-reactive

We sent doxycycline 100 mg, one tablet twice a day for 7 days, to your
pharmacy. Avoid sex until 7 days after you finish and your partners are
treated. Partners from the last 60 days should be tested; we can send
them an anonymous notification - reply here or call us.

Please come back for a retest in 3 months.

Riverbend Sexual Health Clinic | 555-0123
"""
    return MAIL(A("Riverbend Sexual Health Clinic", "results@riverbend-clinic.example.com"),
                A("Jasper Wellington", "jasper.wellington@example.net"),
                "Your test results from November 24",
                D("2026-11-27 14:00"), body)


# ---------------------------------------------------------------------------
# restricted, other languages

@msg("restricted", "es-vih-resultado", "es",
     "Spanish (UTF-8 base64) HIV unit note to a colleague naming a patient with record number, HIV viral load, CD4 and ART")
def _():
    body = """Hola, Marta:

Te paso el seguimiento del paciente que compartimos:

  Paciente: Ernesto Galindo Ruiz, NHC 00571204
  Carga viral VIH-1: 48 copias/ml (blip; la anterior era indetectable)
  CD4: 612 células/µl (31 %)
  TAR: bictegravir/emtricitabina/tenofovir alafenamida, 1 comprimido al día

Refiere dos semanas sin tomar la medicación en octubre. Repetimos la carga
viral en 4 semanas. ¿Puedes verle en la consulta de adherencia?

Un abrazo,
Dr. Iñaki Olabarria – Unidad de VIH, HU Valdemora
"""
    return MAIL(A("Iñaki Olabarria", "i.olabarria@huvaldemora.example.es.test"),
                A("Marta Quesada", "m.quesada@huvaldemora.example.es.test"),
                "Seguimiento Ernesto Galindo – carga viral",
                D("2026-11-25 13:30", "+0100"), T(body, cte="base64"))


@msg("restricted", "es-interrupcion-embarazo-cita", "es",
     "Spanish (ISO-8859-1 QP) appointment for a named patient's medical termination of pregnancy with mifepristone")
def _():
    body = """Estimada Sra. Paola Benítez Arrieta:

Le confirmamos su cita en la Clínica Mujer Valdemora para la
interrupción voluntaria del embarazo (IVE) farmacológica:

  Día: jueves, 11 de diciembre de 2026, a las 9:15
  Gestación estimada en la ecografía: 7 semanas y 2 días
  Historia clínica: CMV-2026-3318

Ese día tomará la mifepristona en la consulta y le daremos el misoprostol
y las indicaciones para casa. Venga acompañada si es posible.

Si tiene dudas, llame al 91 555 0159. Toda la información es
confidencial.

Clínica Mujer Valdemora
"""
    return MAIL(A("Clínica Mujer Valdemora", "citas@clinicamujer.example.es.test", "iso-8859-1", "Q"),
                A("Paola Benítez Arrieta", "paola.benitez@example.es.test", "iso-8859-1", "Q"),
                "Confirmación de su cita del 11 de diciembre",
                D("2026-12-03 10:00", "+0100"), T(body, cs="iso-8859-1"), scs="iso-8859-1", smode="Q")


@msg("restricted", "fr-suivi-psychiatrique", "fr",
     "French (ISO-8859-15 QP) mental-health centre letter to a GP about a named patient's bipolar II disorder and lithium")
def _():
    body = """Cher confrère,

Je vous adresse des nouvelles de Mme Clémence Vautrin (née le
22/09/1986), suivie au centre médico-psychologique depuis mars 2026 pour
un trouble bipolaire de type II.

Après l'épisode dépressif de l'été, l'évolution est favorable sous
lithium 800 mg/j (lithiémie 0,7 mmol/l le 20/11) et quétiapine 50 mg le
soir. Elle poursuit la psychothérapie hebdomadaire avec Mme Roche,
psychologue.

Merci de surveiller la TSH et la créatinine tous les 6 mois.

Bien cordialement,
Dr Anne-Sophie Lecœur, psychiatre – CMP de Bellerivière
"""
    return MAIL(A("Dr Anne-Sophie Lecœur", "as.lecoeur@cmp-belleriviere.example.fr.test", "iso-8859-15", "Q"),
                A("Dr Paul Giraud", "p.giraud@cabinet-giraud.example.fr.test"),
                "Suivi CMP – Mme Clémence Vautrin",
                D("2026-11-28 17:20", "+0100"), T(body, cs="iso-8859-15"), scs="iso-8859-15", smode="Q")


@msg("restricted", "pt-caps-ad-acolhimento", "pt",
     "Portuguese note from an alcohol-and-drugs care centre about a named user's admission for crack/alcohol use and detox")
def _():
    body = """Equipe de referência,

Registro do acolhimento noturno de ontem:

  Usuário: Reginaldo Pires da Silva, 41 anos, prontuário CAPS-AD 2026-0447
  Motivo: uso intenso de crack e álcool nos últimos 10 dias, sem dormir,
  pediu ajuda para parar.
  Conduta: desintoxicação no leito de acolhimento, diazepam conforme
  escala CIWA, tiamina 300 mg/dia, avaliação clínica amanhã.

Ele concordou com o plano terapêutico singular e pediu que a família não
seja informada por enquanto.

Enf. Juliana Prado – CAPS AD III Horizonte
"""
    return MAIL(A("Juliana Prado", "j.prado@horizonte-sm.example.br.test"),
                "equipe-referencia@horizonte-sm.example.br.test",
                "Acolhimento noturno – Reginaldo P. da Silva",
                D("2026-12-02 07:40", "-0300"), T(body))


@msg("restricted", "de-substitutionstherapie", "de",
     "German (windows-1252 QP) opioid-substitution practice to a pharmacy about a named patient's methadone take-home doses")
def _():
    body = """Sehr geehrte Frau Apothekerin Lindemann,

für unseren Substitutionspatienten Herrn Dieter Wachowiak (geb.
03.03.1975) gilt über die Feiertage folgende Take-home-Verordnung:

  Methadon-Lösung 1 % – 70 mg täglich
  Abgabe zur eigenverantwortlichen Einnahme für 24.12. bis 28.12.2026
  (5 Tagesdosen), Sichtvergabe wieder ab 29.12.

Das BtM-Rezept liegt Ihnen morgen im Original vor. Die letzten
Urinkontrollen waren unauffällig.

Mit freundlichen Grüßen
Dr. med. Konrad Albers
Praxis für Suchtmedizin, Lüneburg
"""
    return MAIL(A("Praxis für Suchtmedizin Dr. Albers", "praxis@suchtmedizin-albers.example.de.test", "windows-1252", "Q"),
                A("Apotheke am Markt", "info@apotheke-am-markt.example.de.test"),
                "Take-home-Verordnung Feiertage – Herr Wachowiak",
                D("2026-12-03 12:15", "+0100"), T(body, cs="windows-1252"), scs="windows-1252", smode="Q")


@msg("restricted", "it-consulenza-genetica-brca", "it",
     "Italian message to a named patient about her oncogenetic counselling result (BRCA1 pathogenic variant)")
def _():
    txt = """Gentile Sig.ra Francesca Bellandi,

come concordato durante la consulenza genetica oncologica del 27
novembre, le confermiamo per iscritto l'esito del test:

  Gene BRCA1 – variante patogenetica c.5266dupC (p.Gln1756Profs*74)

Il prossimo appuntamento con la genetista, dott.ssa Ferri, è il 15
dicembre alle 11:00, per discutere la sorveglianza (risonanza mammaria
annuale) e le opzioni di chirurgia di riduzione del rischio. Le
consigliamo di informare sorelle e figlie, che possono fare il test.

Ambulatorio di Genetica Oncologica – Ospedale San Romualdo
"""
    html = "<html><body><p>" + txt.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>"
    return MAIL(A("Genetica Oncologica – Ospedale San Romualdo", "genetica@sanromualdo.example.it.test"),
                A("Francesca Bellandi", "f.bellandi@example.it.test"),
                "Esito del test genetico BRCA – conferma scritta",
                D("2026-11-29 09:00", "+0100"), MP("alternative", T(txt), H(html)))


@msg("restricted", "pl-terapia-depresja", "pl",
     "Polish (ISO-8859-2 base64) mental-health clinic visit confirmation for a named patient's depression psychotherapy and sertraline")
def _():
    body = """Szanowny Panie Krzysztofie,

potwierdzamy wizyty w Poradni Zdrowia Psychicznego:

  Pacjent: Krzysztof Mazur-Nowicki
  Psychoterapia (depresja) – mgr Anna Lis: środy, 17:00, od 10.12.2026
  Kontrola psychiatryczna – dr Piotr Sowa: 22.12.2026, 9:30
  (ocena leczenia sertraliną 100 mg)

W razie pogorszenia samopoczucia lub myśli samobójczych prosimy o
natychmiastowy kontakt z poradnią lub numerem alarmowym 112.

Poradnia Zdrowia Psychicznego „Równowaga”
"""
    return MAIL(A("Poradnia Zdrowia Psychicznego „Równowaga”", "rejestracja@pzp-rownowaga.example.pl.test", "iso-8859-2"),
                A("Krzysztof Mazur-Nowicki", "k.mazur-nowicki@example.pl.test", "iso-8859-2"),
                "Potwierdzenie wizyt w poradni – grudzień",
                D("2026-12-03 14:00", "+0100"), T(body, cs="iso-8859-2", cte="base64"), scs="iso-8859-2")


@msg("restricted", "ru-narkolog", "ru",
     "Russian (KOI8-R QP) addiction clinic referral naming a patient for alcohol detox and naltrexone")
def _():
    body = """Уважаемый коллега!

Направляем к вам для продолжения лечения пациента:

  Волков Андрей Сергеевич, 1979 г. р., карта № НД-2026-1187
  Диагноз: синдром зависимости от алкоголя, средняя стадия (F10.2)
  Проведена детоксикация в стационаре с 17.11 по 26.11.2026.
  Назначен налтрексон 50 мг ежедневно, психотерапия 1 раз в неделю.

Пациент согласен на передачу сведений лечащему врачу.

Врач психиатр-нарколог Кузнецова Е. В.
Наркологический диспансер
"""
    return MAIL(A("Наркологический диспансер", "dispanser@narko-disp.example.ru.test", "koi8-r"),
                A("Поликлиника «Северная»", "terapevt@gkb-severnaya.example.ru.test", "koi8-r"),
                "Направление: Волков А. С., продолжение лечения",
                D("2026-11-27 11:00", "+0300"), T(body, cs="koi8-r", cte="quoted-printable"), scs="koi8-r")


@msg("restricted", "zhtw-hiv-viral-load", "zh-Hant",
     "Traditional Chinese (Big5 base64) infectious-disease note naming a patient with chart number, HIV viral load and ART")
def _():
    body = """陳醫師您好：

以下為個案管理師轉交之追蹤資料：

  病人：林志明　病歷號：TW-0447120
  HIV 病毒量：<20 copies/mL（持續測不到）
  CD4：540 cells/μL
  目前治療：抗反轉錄病毒藥物，每日一次，服藥順從性良好

下次回診：12月18日上午。請協助開立三個月處方。

感染科　個案管理師　黃美玲
"""
    return MAIL(A("感染科個案管理師", "casemgr@heping-hosp.example.tw.test", "big5"),
                A("陳醫師", "dr.chen@heping-hosp.example.tw.test", "big5"),
                "林志明 追蹤資料（病毒量與CD4）",
                D("2026-11-26 16:00", "+0800"), T(body, cs="big5", cte="base64"), scs="big5")


@msg("restricted", "ja-funin-chiryou", "ja",
     "Japanese (ISO-2022-JP) fertility clinic notice to a named patient of her IVF egg-retrieval date")
def _():
    body = """山田 美咲 様

さくらレディースクリニックです。

体外受精（IVF）の採卵日が決まりましたのでお知らせします。

  採卵日：2026年12月12日（土）午前8時30分
  患者番号：SL-20264471
  前日21時30分に排卵誘発の注射を行ってください。
  当日は朝から絶飲食でお越しください。

ご不明な点は、培養室または看護師までお問い合わせください。
電話 03-555-0180
"""
    return MAIL(A("さくらレディースクリニック", "info@sakura-ladies.example.jp.test", "iso-2022-jp"),
                A("山田 美咲", "misaki.yamada@example.jp.test", "iso-2022-jp"),
                "採卵日のお知らせ（山田美咲様）",
                D("2026-12-03 15:00", "+0900"), T(body, cs="iso-2022-jp"), scs="iso-2022-jp")


@msg("restricted", "ko-yujeon-geomsa", "ko",
     "Korean (EUC-KR base64) genetic test result for a named patient (BRCA1 pathogenic variant) and counselling booking")
def _():
    body = """이서연님께

지난 11월 14일에 시행한 유전자 검사 결과를 알려 드립니다.

  검사명: 유전성 유방암·난소암 유전자 검사 (BRCA1/BRCA2)
  결과: BRCA1 유전자 병원성 변이 발견
  등록번호: 20264488

결과 설명과 향후 검진 계획을 위해 유전상담 외래가 예약되었습니다.
12월 15일(월) 오후 2시, 유전상담실 (담당: 최유진 유전상담사)

한빛병원 유전상담클리닉
"""
    return MAIL(A("한빛병원 유전상담클리닉", "genetics@hanbit-hosp.example.kr.test", "euc-kr"),
                A("이서연", "seoyeon.lee@example.kr.test", "euc-kr"),
                "유전자 검사 결과 및 유전상담 예약 안내",
                D("2026-12-02 11:00", "+0900"), T(body, cs="euc-kr", cte="base64"), scs="euc-kr")


@msg("restricted", "vi-prep", "vi",
     "Vietnamese clinic message to a named man about his PrEP follow-up, negative HIV test and kidney function")
def _():
    body = """Chào anh Nguyễn Hoàng Long,

Phòng khám Sức khỏe Cộng đồng xin thông báo kết quả tái khám PrEP
(dự phòng trước phơi nhiễm HIV) ngày 24/11/2026:

  Xét nghiệm HIV: âm tính
  Creatinine: 88 µmol/L (bình thường)
  Giang mai: âm tính

Anh tiếp tục uống TDF/FTC mỗi ngày một viên. Thuốc cho 3 tháng tiếp theo
đã sẵn sàng tại quầy dược. Hẹn tái khám ngày 24/02/2027.

Phòng khám Sức khỏe Cộng đồng
"""
    return MAIL(A("Phòng khám Sức khỏe Cộng đồng", "prep@pk-congdong.example.vn.test"),
                A("Nguyễn Hoàng Long", "hoanglong.nguyen@example.vn.test"),
                "Kết quả tái khám PrEP của anh Long",
                D("2026-11-25 10:00", "+0700"), T(body, cte="quoted-printable"))


@msg("restricted", "ht-planin-familyal", "ht",
     "Haitian Creole message to a named woman about her family-planning appointment and contraceptive injection")
def _():
    body = """Bonjou Manmzèl Nadège Pierre-Louis,

Sa a se yon rapèl pou randevou planin familyal ou:

  Dat: vandredi 12 desanm, a 2è apremidi
  Sèvis: piki Depo-Provera (twa mwa) – dènye piki ou te 12 septanm
  Nimewo dosye: KSF-2026-0331

Si w vle chanje metòd (grenn, implan oswa esterilè), nou ka pale de sa
pandan randevou a. Tout sa w di nou rete konfidansyèl.

Klinik Sante Fanmi Lakou – 555-0158
"""
    return MAIL(A("Klinik Sante Fanmi Lakou", "planin@lakou-sante.example.org"),
                A("Nadège Pierre-Louis", "nadege.pl@example.net"),
                "Rapèl randevou planin familyal ou – 12 desanm",
                D("2026-12-03 11:00", "-0500"), T(body, cte="quoted-printable"))


@msg("restricted", "so-caafimaadka-maskaxda", "so",
     "Somali (UTF-8 base64) mental-health clinic reminder to a named patient about depression therapy and sertraline")
def _():
    body = """Mudane Maxamed Cabdi Warsame,

Tani waa xusuusin ballantaada ee Xarunta Caafimaadka Maskaxda:

  Maalinta: Talaado, 16 Disembar 2026, 3:00 galabnimo
  Adeegga: daaweynta niyad-jabka (depression) - fadhiga 5aad ee
  la-talinta, iyo dib-u-eegista daawada sertraline 50 mg
  Lambarka faylka: XCM-2026-0287

Haddii aad dareento fikrado ah inaad naftaada waxyeelayso, wac 988 ama
911 isla markiiba.

Xarunta Caafimaadka Maskaxda - 555-0174
"""
    return MAIL(A("Xarunta Caafimaadka Maskaxda", "ballan@xcm-maskaxda.example.org"),
                A("Maxamed Cabdi Warsame", "m.warsame@example.net"),
                "Xusuusin ballan: 16 Disembar",
                D("2026-12-03 09:00", "-0600"), T(body, cte="base64"))


if __name__ == "__main__":
    sys.exit(main())
