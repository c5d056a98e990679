#!/usr/bin/env python3
"""wide11: healthcare mail in many languages (Python 3 standard library only).

python3 gen.py          rewrite every .eml and labels.tsv, then run the check
python3 gen.py --check  only verify what is on disk (and that it is what
                        this generator would write)

Every message below is written out by hand. The helpers only do the MIME
plumbing: charsets, RFC 2047 words, base64 / quoted-printable, boundaries,
PDF / PNG / ZIP containers.
"""
import base64
import binascii
import csv
import datetime
import email
import email.policy
import email.utils
import hashlib
import io
import json
import os
import random
import re
import struct
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
import zlib
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261211
LABELS = ("none", "phi", "restricted")
WANT = {"none": 80, "phi": 75, "restricted": 45}
CATS = ("mental", "sud", "hiv", "genetic", "repro")

# A marker for a forced quoted-printable soft line break (placed inside
# identifiers and drug names on purpose). Removed for every other encoding.
SB = "\u2063"

MSGS = []


# ---------------------------------------------------------------- helpers

def D(s):
    """'2026-11-30 09:14:22 -0600' -> RFC 5322 date with the right weekday."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))? ([+-]\d{4})$", s)
    y, mo, d, h, mi, se, tz = m.groups()
    dt = datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), int(se or 0))
    wd = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[dt.weekday()]
    mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec")[dt.month - 1]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (wd, dt.day, mon, dt.year, dt.hour,
                                                dt.minute, dt.second, tz)


def fa1256(s):
    """Persian as Windows-1256 mailers really sent it: Arabic yeh for Farsi yeh."""
    return s.replace("\u06cc", "\u064a")


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n"


def qp_line(segs):
    """segs: list of byte strings; a forced soft break goes between segments."""
    out, cur = [], ""
    total = sum(len(s) for s in segs)
    pos = 0
    for si, seg in enumerate(segs):
        if si > 0:
            out.append(cur + "=")
            cur = ""
        for b in seg:
            pos += 1
            last = pos == total
            if b == 0x3D or b > 126 or (b < 32 and b != 9) or (b in (32, 9) and last):
                tok = "=%02X" % b
            else:
                tok = chr(b)
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
    out.append(cur)
    return out


def qp_encode(text, cs):
    lines = []
    if text.endswith("\n"):
        text = text[:-1]
    for line in text.split("\n"):
        segs = [p.encode(cs) for p in line.split(SB)]
        lines.extend(qp_line(segs))
    return "\r\n".join(lines) + "\r\n"


def q_word(data):
    out = ""
    for b in data:
        c = chr(b)
        if b == 32:
            out += "_"
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out += c
        else:
            out += "=%02X" % b
    return out


def _ew1(text, cs, enc):
    data = text.encode(cs)
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(data).decode("ascii"))
    return "=?%s?Q?%s?=" % (cs, q_word(data))


def ewords(text, cs, enc, limit=66):
    """Split text into encoded words of at most `limit` characters. A split
    falls after a space when one is available (the space stays encoded at
    the end of the earlier word), so no decoder has to guess."""
    words, chunk = [], ""
    for ch in text:
        cand = chunk + ch
        if chunk and len(_ew1(cand, cs, enc)) > limit:
            cut = chunk.rfind(" ")
            if 0 < cut < len(chunk) - 1:
                words.append(_ew1(chunk[:cut + 1], cs, enc))
                chunk = chunk[cut + 1:] + ch
            else:
                words.append(_ew1(chunk, cs, enc))
                chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(_ew1(chunk, cs, enc))
    return words


def header_atoms(text, cs, enc, mode):
    """Return atoms to be joined with single spaces (folding allowed there).

    mode 'whole' encodes the whole text; 'words' leaves ASCII words bare
    and encodes each run of non-ASCII words, as most MUAs do."""
    if text.isascii():
        return text.split(" ")
    if mode == "whole":
        return ewords(text, cs, enc)
    atoms, run = [], []
    for t in text.split(" "):
        if t.isascii():
            if run:
                atoms.extend(ewords(" ".join(run), cs, enc))
                run = []
            atoms.append(t)
        else:
            run.append(t)
    if run:
        atoms.extend(ewords(" ".join(run), cs, enc))
    return atoms


def fold(name, atoms):
    lines, cur = [], name + ":"
    for a in atoms:
        if len(cur) + 1 + len(a) > 76 and cur.strip() not in (name + ":",):
            lines.append(cur)
            cur = " " + a
        else:
            cur += " " + a
    lines.append(cur)
    return "\r\n".join(lines)


SPECIALS = set('()<>[]:;@\\,."')


def addr(spec, cs="utf-8", enc="B"):
    """'Name <a@b>' or 'a@b' -> atoms for an address header."""
    if spec.strip().endswith(":;"):
        return [spec.strip()]
    out = []
    for one in split_addrs(spec):
        m = re.match(r"\s*(.*?)\s*<([^>]+)>\s*$", one)
        if not m:
            out.append([one.strip()])
            continue
        name, a = m.groups()
        if not name:
            out.append(["<%s>" % a])
        elif name.isascii():
            if any(c in SPECIALS for c in name):
                name = '"%s"' % name.replace('"', '')
            out.append(name.split(" ") + ["<%s>" % a])
        else:
            out.append(phrase_atoms(name, cs, enc) + ["<%s>" % a])
    atoms = []
    for i, grp in enumerate(out):
        if i < len(out) - 1:
            grp = grp[:-1] + [grp[-1] + ","]
        atoms.extend(grp)
    return atoms


ATEXT = set("!#$%&'*+-/=?^_`{|}~")


def phrase_atoms(name, cs, enc):
    """A display name as most MUAs write it: plain atext words stay bare and
    each run of other words becomes encoded words."""
    atoms, run = [], []
    for t in name.split(" "):
        if t and t.isascii() and all(c.isalnum() or c in ATEXT for c in t):
            if run:
                atoms.extend(ewords(" ".join(run), cs, enc))
                run = []
            atoms.append(t)
        else:
            run.append(t)
    if run:
        atoms.extend(ewords(" ".join(run), cs, enc))
    return atoms


def split_addrs(spec):
    parts, depth, cur = [], 0, ""
    for ch in spec:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        if ch == ";" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p for p in parts if p.strip()]


def param_2231(key, value):
    """key="value" for ASCII; RFC 2231 key*=utf-8''... (with continuations
    when long) otherwise. (An RFC 2047 word inside a quoted parameter is
    common in the wild but is a defect, so it is not used.)"""
    if value.isascii():
        return ['%s="%s"' % (key, value)]
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._")) else
                  "".join("%%%02X" % b for b in c.encode("utf-8")) for c in value)
    if len(enc) <= 56:
        return ["%s*=utf-8''%s" % (key, enc)]
    pieces, cur = [], ""
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == "%" else 1
        if len(cur) + step > 50:
            pieces.append(cur)
            cur = ""
        cur += enc[i:i + step]
        i += step
    pieces.append(cur)
    return ["%s*%d*=%s%s" % (key, n, "utf-8''" if n == 0 else "", p)
            for n, p in enumerate(pieces)]


def param_filename(fname, mode="2231"):
    return param_2231("filename", fname)


def ctype_with_name(ct, fname):
    return ct + ";\r\n " + ";\r\n ".join(param_2231("name", fname))


# ---------------------------------------------------------------- parts

class Part:
    def render(self, key):
        raise NotImplementedError


class T(Part):
    """A text part. cte: 7bit, 8bit, quoted-printable, base64."""

    def __init__(self, text, sub="plain", cs="utf-8", cte="8bit", fname=None,
                 disp=None, flowed=False, lang=None, fmode="2231", cid=None):
        self.text, self.sub, self.cs, self.cte = text, sub, cs, cte
        self.fname, self.disp, self.flowed, self.lang = fname, disp, flowed, lang
        self.fmode, self.cid = fmode, cid

    def render(self, key):
        text = self.text.replace("\r\n", "\n")
        if self.cte != "quoted-printable":
            text = text.replace(SB, "")
        ct = "text/%s; charset=%s" % (self.sub, self.cs if " " not in self.cs else '"%s"' % self.cs)
        if self.flowed:
            ct += "; format=flowed"
        hs = []
        if self.fname:
            ct = ctype_with_name(ct, self.fname)
        hs.append("Content-Type: " + ct)
        hs.append("Content-Transfer-Encoding: " + self.cte)
        if self.lang:
            hs.append("Content-Language: " + self.lang)
        if self.cid:
            hs.append("Content-ID: <%s>" % self.cid)
        if self.fname or self.disp:
            d = self.disp or "attachment"
            if self.fname:
                hs.append("Content-Disposition: " + d + ";\r\n " +
                          ";\r\n ".join(param_filename(self.fname, self.fmode)))
            else:
                hs.append("Content-Disposition: " + d)
        if self.cte == "quoted-printable":
            body = qp_encode(text, self.cs).encode("ascii")
        elif self.cte == "base64":
            if self.cs.lower().startswith("utf-16"):
                data = text.replace("\n", "\r\n").encode(self.cs)
            else:
                data = text.replace("\n", "\r\n").encode(self.cs)
            body = b64lines(data).encode("ascii")
        else:
            body = text.replace("\n", "\r\n").encode(self.cs)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
        return hs, body


class B(Part):
    """A binary (or pre-encoded) attachment."""

    def __init__(self, data, ctype, fname=None, cte="base64", disp="attachment",
                 fmode="2231", cid=None, desc=None):
        self.data, self.ctype, self.fname, self.cte = data, ctype, fname, cte
        self.disp, self.fmode, self.cid, self.desc = disp, fmode, cid, desc

    def render(self, key):
        ct = self.ctype
        if self.fname:
            ct = ctype_with_name(ct, self.fname)
        hs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + self.cte]
        if self.cid:
            hs.append("Content-ID: <%s>" % self.cid)
        if self.desc:
            hs.append("Content-Description: " + self.desc)
        if self.disp:
            if self.fname:
                hs.append("Content-Disposition: " + self.disp + ";\r\n " +
                          ";\r\n ".join(param_filename(self.fname, self.fmode)))
            else:
                hs.append("Content-Disposition: " + self.disp)
        data = self.data if isinstance(self.data, bytes) else self.data.encode("utf-8")
        if self.cte == "base64":
            body = b64lines(data).encode("ascii")
        elif self.cte == "quoted-printable":
            body = qp_encode(data.decode("utf-8"), "utf-8").encode("ascii")
        else:
            body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
        return hs, body


class M(Part):
    """multipart/<sub> with parts."""

    def __init__(self, sub, *parts, preamble=None, params=""):
        self.sub, self.parts, self.preamble, self.params = sub, parts, preamble, params

    def render(self, key):
        bnd = "=_%s_%s" % (self.sub[:3], hashlib.sha1(key.encode()).hexdigest()[:20])
        hs = ['Content-Type: multipart/%s;%s\r\n boundary="%s"' % (self.sub, self.params, bnd)]
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\r\n"
        for i, p in enumerate(self.parts):
            phs, pbody = p.render(key + "/%d" % i)
            out += b"\r\n--" + bnd.encode() + b"\r\n" if out else b"--" + bnd.encode() + b"\r\n"
            out += ("\r\n".join(phs) + "\r\n\r\n").encode("ascii") + pbody
        out += b"\r\n--" + bnd.encode() + b"--\r\n"
        if out.startswith(b"\r\n"):
            out = out[2:]
        return hs, out


class R(Part):
    """message/rfc822 wrapping a message dict (same keys as add())."""

    def __init__(self, inner, fname=None, disp="attachment"):
        self.inner, self.fname, self.disp = inner, fname, disp

    def render(self, key):
        data = build_msg(dict(self.inner), key + "/inner")
        cte = "7bit" if data.isascii() else "8bit"
        hs = ["Content-Type: message/rfc822", "Content-Transfer-Encoding: " + cte]
        if self.disp:
            if self.fname:
                hs.append("Content-Disposition: %s;\r\n %s" % (self.disp, ";\r\n ".join(
                    param_filename(self.fname, "2231"))))
            else:
                hs.append("Content-Disposition: " + self.disp)
        return hs, data


def build_msg(m, key):
    hcs = m.get("hcs", "utf-8")
    henc = m.get("henc", "B")
    hmode = m.get("hmode", "whole")
    lines = []
    lines.append(fold("From", addr(m["frm"], m.get("fcs", hcs), henc)))
    lines.append(fold("To", addr(m["to"], m.get("tcs", hcs), henc)))
    if m.get("cc"):
        lines.append(fold("Cc", addr(m["cc"], m.get("tcs", hcs), henc)))
    if m.get("reply_to"):
        lines.append(fold("Reply-To", addr(m["reply_to"], m.get("fcs", hcs), henc)))
    lines.append(fold("Subject", header_atoms(m["subj"], m.get("scs", hcs), henc, hmode)))
    lines.append("Date: " + D(m["date"]))
    frm_addr = re.findall(r"<([^>]+)>", m["frm"]) or [m["frm"].strip()]
    dom = frm_addr[0].split("@")[1]
    mid = m.get("msgid") or "<%s.%s@%s>" % (
        hashlib.sha1(key.encode()).hexdigest()[:16], m["date"][:10].replace("-", ""), dom)
    lines.append("Message-ID: " + mid)
    if m.get("irt"):
        lines.append("In-Reply-To: " + m["irt"])
        lines.append(fold("References", m.get("refs", m["irt"]).split(" ")))
    lines.append("MIME-Version: 1.0")
    for k, v in m.get("extra", []):
        if v.isascii():
            lines.append(fold(k, v.split(" ")))
        else:
            lines.append(fold(k, header_atoms(v, hcs, henc, "whole")))
    hs, body = m["body"].render(key)
    lines.extend(hs)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


def add(label, slug, reason, lang, body, frm, to, subj, date, cat=None,
        mixed=None, **kw):
    assert label in LABELS, label
    assert (label == "restricted") == (cat is not None), slug
    assert cat is None or cat in CATS, cat
    assert not slug.startswith("trap-") or label == "none", slug
    m = dict(label=label, slug=slug, reason=reason, lang=lang, body=body,
             frm=frm, to=to, subj=subj, date=date, cat=cat, mixed=mixed)
    m.update(kw)
    MSGS.append(m)


# ---------------------------------------------------------------- containers

def pdf_str(s):
    b = s.encode("cp1252")
    out = ""
    for ch in b:
        c = chr(ch)
        if c in "\\()":
            out += "\\" + c
        elif 32 <= ch < 127:
            out += c
        else:
            out += "\\%03o" % ch
    return out


def make_pdf(pages, flate=False, title=None):
    """pages: list of lists of text lines (cp1252). Returns a valid PDF."""
    objs = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % p for p in page_ids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, lines in enumerate(pages):
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid).encode()
        cs = "BT\n/F1 10 Tf\n14 TL\n50 750 Td\n"
        for ln in lines:
            cs += "(%s) Tj T*\n" % pdf_str(ln)
        cs += "ET\n"
        raw = cs.encode("latin-1")
        if flate:
            comp = zlib.compress(raw, 9)
            objs[cid] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) +
                         comp + b"\nendstream")
        else:
            objs[cid] = b"<< /Length %d >>\nstream\n" % len(raw) + raw + b"endstream"
    info_id = None
    if title:
        info_id = max(objs) + 1
        objs[info_id] = ("<< /Title (%s) /Producer (ReportServer 4.2) >>" % pdf_str(title)).encode()
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R" % size
    if info_id:
        out += b" /Info %d 0 R" % info_id
    out += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return out


def make_png(w, h, rgb_fn):
    raw = b""
    for y in range(h):
        raw += b"\x00" + b"".join(bytes(rgb_fn(x, y)) for x in range(w))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(paragraphs):
    """A minimal stored (uncompressed) .docx with fixed timestamps."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % (
        p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")) for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (ns, body)),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_STORED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return bio.getvalue()


def csv_text(rows, delim=","):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def hl7(*segs):
    return ("\r".join(segs) + "\r").encode("utf-8")


def tiny_png(seed):
    r = random.Random(seed)
    base = (r.randrange(120, 220), r.randrange(80, 160), r.randrange(60, 140))
    return make_png(24, 16, lambda x, y: ((base[0] + x * 3) % 256, (base[1] + y * 5) % 256,
                                         (base[2] + (x * y) % 40) % 256))


# ====================================================================
# Spanish (Mexico, Caribbean, Spain, US)
# ====================================================================

add("phi", "english-reminder-spanish-reply-cardiologia",
    "patient replies in Spanish to her cardiology appointment reminder, asks about metoprolol before the echo",
    "es", mixed="en",
    frm="Rosa Elena Castañeda <rosaelena.c@mail.example.com>",
    to="Riverside CHC Appointments <appointments@riverside-chc.example.org>",
    subj="Re: Appointment reminder: Cardiology, Dec 9 at 10:40 AM",
    date="2026-11-30 19:41:07 -0600",
    irt="<appt.rem.77120394@riverside-chc.example.org>",
    body=T("""\
Buenas tardes, sí confirmo la cita del 9 de diciembre. Pero necesito
intérprete de español por favor, la última vez no había y no entendí bien lo
del ecocardiograma. También quería preguntar si me tomo el metoprolol la
mañana de la cita o lo dejo para después.

Gracias,
Rosa Elena Castañeda
(773) 555-0118

On Mon, Nov 30, 2026 at 4:02 PM Riverside CHC <appointments@riverside-chc.example.org> wrote:
> Hello ROSA,
>
> This is a reminder of your upcoming appointment:
>
>   Provider: Anil Mehta, MD - Cardiology
>   Date:     Wednesday, December 9, 2026 at 10:40 AM
>   Location: Riverside CHC, 2nd floor, Suite 210
>
> Please arrive 15 minutes early and bring your insurance card and a list
> of your medications. Reply C to confirm or call (773) 555-0100 to
> reschedule.
>
> Para español, llame al (773) 555-0101.
""", cte="quoted-printable"))

add("phi", "dominican-daughter-mami-insulina",
    "daughter writes about her named mother's glucose of 342, Lantus dose and missed metformin",
    "es",
    frm="Yokasta Peralta <yoka.peralta@mail.example.com>",
    to="Dra. Marisol Jiménez <mjimenez@lakeview.example.com>",
    subj="mami y la insulina",
    hcs="windows-1252", henc="Q",
    date="2026-12-01 07:12:55 -0500",
    body=T("""\
Dra. buenas, le escribe Yokasta, la hija de Altagracia Peralta (la señora de
68 años que usted ve los martes).

Mami anda con el azúcar en 300 y pico desde el viernes, ayer en la mañana le
salió 342 en el glucómetro y anoche 318. Ella se está poniendo la Lantus 20
unidades en la noche como usted dijo pero yo creo que se le está olvidando la
metformina del mediodía porque ella almuerza donde mi tía. No tiene fiebre
pero dice que orina mucho y tiene la boca seca.

¿Le subo la insulina o la llevo a emergencia? Ella no quiere ir al hospital,
usted sabe cómo es ella.

Mi cel es el 347-555-0162, llámeme a cualquier hora.

Bendiciones,
Yokasta
""", cs="windows-1252"))

add("phi", "spanish-html-resultados-a1c",
    "portal message to the patient with his A1c, glucose, LDL and the doctor's comment on metformin",
    "es",
    frm="Portal del Paciente - Clínica Familiar del Valle <no-responder@clinicadelvalle.example.org>",
    to="Jesús Alberto Robles <jarobles@mail.example.net>",
    subj="Sus resultados de laboratorio están disponibles",
    hcs="iso-8859-1", henc="Q", hmode="words",
    date="2026-11-27 11:30:00 -0700",
    body=M("alternative",
        T("""\
Estimado Jesús Alberto Robles:

Su médico, la Dra. Patricia Solís, revisó sus resultados del 24/11/2026.

  Hemoglobina A1c ........ 7.9 %    (meta: menos de 7 %)
  Glucosa en ayunas ...... 156 mg/dL
  Colesterol LDL ......... 128 mg/dL
  Creatinina ............. 0.9 mg/dL

Comentario de la doctora:
"Su A1c bajó de 8.6 a 7.9, vamos bien. Siga con metformina 1000 mg dos veces
al día y agregamos 30 minutos de caminata. Cita de control en 3 meses."

Expediente: CFV-0048812

Para ver el informe completo entre al portal. No responda a este correo.
Clínica Familiar del Valle - Tel. (520) 555-0147
""", cs="iso-8859-1", cte="quoted-printable"),
        T("""\
<html><head><meta charset="iso-8859-1"></head><body style="font-family:Arial,sans-serif">
<p>Estimado <b>Jesús Alberto Robles</b>:</p>
<p>Su médico, la Dra. Patricia Solís, revisó sus resultados del <b>24/11/2026</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Prueba</th><th>Resultado</th><th>Referencia</th></tr>
<tr><td>Hemoglobina A1c</td><td style="color:#b00">7.9 %</td><td>&lt; 7 %</td></tr>
<tr><td>Glucosa en ayunas</td><td style="color:#b00">156 mg/dL</td><td>70-99</td></tr>
<tr><td>Colesterol LDL</td><td>128 mg/dL</td><td>&lt; 130</td></tr>
<tr><td>Creatinina</td><td>0.9 mg/dL</td><td>0.7-1.3</td></tr>
</table>
<p><i>"Su A1c bajó de 8.6 a 7.9, vamos bien. Siga con metformina 1000 mg dos veces al
día y agregamos 30 minutos de caminata. Cita de control en 3 meses."</i></p>
<p style="font-size:11px;color:#666">Expediente: CFV-0048812 &middot; Clínica Familiar del Valle &middot; (520) 555-0147</p>
</body></html>
""", sub="html", cs="iso-8859-1", cte="quoted-printable")))

add("phi", "spanish-informe-alta-turista-pdf",
    "Spanish emergency department sends the discharge report (pneumonia, antibiotics) of a named tourist to her US doctor",
    "es",
    frm="Servicio de Urgencias - Hospital Virgen del Olivar <urgencias.admision@hvolivar.es.test>",
    to="Dr. Kevin Marsh <kmarsh@lakeview.example.com>",
    subj="Informe de alta de Urgencias - HOLLOWAY, MARGARET ANN",
    hcs="iso-8859-15",
    date="2026-11-23 13:05:41 +0100",
    body=M("mixed",
        T("""\
Estimado Dr. Marsh:

Tal como solicitó por teléfono la hija de la paciente, le remitimos el
informe de alta del Servicio de Urgencias de la Sra. Margaret Ann Holloway,
atendida en nuestro centro el 21/11/2026.

La paciente fue dada de alta con tratamiento antibiótico oral y se encuentra
en condiciones de realizar el vuelo de regreso previsto para el 25/11. Le
rogamos que valore a la paciente a su llegada.

Atentamente,

Admisión de Urgencias
Hospital Virgen del Olivar - Sevilla
Tel. +34 955 550 142
""", cs="iso-8859-15", cte="base64"),
        B(make_pdf([[
            "HOSPITAL VIRGEN DEL OLIVAR - SERVICIO DE URGENCIAS",
            "INFORME DE ALTA",
            "",
            "Paciente: HOLLOWAY, MARGARET ANN     Sexo: Mujer   Edad: 71 años",
            "Pasaporte: 5X8841207 (EE. UU.)     Nº episodio: URG-2026-0381177",
            "Fecha de ingreso: 21/11/2026 09:42   Fecha de alta: 21/11/2026 20:15",
            "",
            "Motivo de consulta: fiebre de 38,6 ºC, tos productiva y disnea de 3 días.",
            "Exploración: SatO2 93 % basal, crepitantes en base pulmonar derecha.",
            "Rx de tórax: condensación en lóbulo inferior derecho.",
            "Analítica: leucocitos 14.200/µL, PCR 86 mg/L, creatinina 0,9 mg/dL.",
            "",
            "Juicio clínico: Neumonía adquirida en la comunidad (CURB-65: 1).",
            "",
            "Tratamiento al alta:",
            "  - Amoxicilina/ácido clavulánico 875/125 mg cada 8 h, 7 días",
            "  - Azitromicina 500 mg cada 24 h, 3 días",
            "  - Paracetamol 1 g cada 8 h si fiebre",
            "Control por su médico a su regreso. Acudir si empeora la disnea.",
            "",
            "Facultativo: Dra. Inmaculada Roldán Vega, Medicina de Urgencias",
        ]], flate=True, title="Informe de alta URG-2026-0381177"),
          "application/pdf", "informe_alta_URG-2026-0381177.pdf")),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

add("phi", "spanish-eob-explicacion-beneficios",
    "payer's Spanish Explanation of Benefits for a named member: member ID, claim number, knee X-ray and visit amounts",
    "es",
    frm="Northgate Health Plan <beneficios@northgate-health.example.com>",
    to="Carmen Villalobos Ruiz <carmenvr62@mail.example.com>",
    subj="Su Explicación de Beneficios (EOB) - reclamación 2026-11-3378421",
    date="2026-11-19 06:00:12 -0500",
    body=T("""\
<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Explicación de Beneficios</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#0a4d7a;color:#fff;padding:12px">
<b>Northgate Health Plan</b> &mdash; Explicación de Beneficios</td></tr></table>
<p><b>ESTO NO ES UNA FACTURA</b></p>
<p>Miembro: <b>CARMEN VILLALOBOS RUIZ</b><br>
Número de miembro: NGH-W448190273<br>
Plan: Northgate Esencial HMO (Grupo 66120)<br>
Reclamación: 2026-11-3378421 &nbsp;|&nbsp; Procesada: 17/11/2026</p>
<p>Proveedor: Lakeview Medical Group - Dr. Samuel Okafor</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Fecha</th><th>Servicio</th><th>Facturado</th><th>Permitido</th><th>Pagó el plan</th><th>Usted debe</th></tr>
<tr><td>03/11/2026</td><td>Consulta de seguimiento (99214)</td><td>$210.00</td><td>$128.40</td><td>$103.40</td><td>$25.00</td></tr>
<tr><td>03/11/2026</td><td>Radiografía de rodilla izquierda, 3 vistas (73562)</td><td>$185.00</td><td>$61.12</td><td>$61.12</td><td>$0.00</td></tr>
<tr><td colspan="5" align="right"><b>Total que usted debe</b></td><td><b>$25.00</b></td></tr>
</table>
<p>Diagnóstico informado por el proveedor: M17.12 (artrosis primaria de rodilla izquierda).</p>
<p>Si no está de acuerdo con esta decisión, tiene 180 días para presentar una apelación.
Llame a Servicios al Miembro al 1-800-555-0144 (TTY 711).</p>
</body></html>
""", sub="html", cte="base64"))

add("phi", "spanish-farmacia-receta-lista",
    "pharmacy tells the patient his lisinopril prescription is ready, with copay",
    "es",
    frm="Harbor Pharmacy #214 <avisos@harborrx.example.net>",
    to="juanc.morales@mail.example.com",
    subj="Su receta está lista",
    hcs="utf-8", henc="Q",
    date="2026-12-02 15:22:09 -0600",
    body=T("""\
Harbor Pharmacy: Hola JUAN C., su receta de LISINOPRIL 10 MG (Rx #4471902)
está lista para recoger en Harbor Pharmacy #214, 1850 W. Cermak Rd.
Copago: $4.00. La guardaremos hasta el 12/12/2026.
Preguntas: (312) 555-0177. Responda STOP para no recibir más avisos.
"""))

add("phi", "spanish-pr-referido-ortopedia",
    "Puerto Rico family doctor refers a named patient with a full-thickness supraspinatus tear to orthopaedics",
    "es",
    frm="Dr. Héctor Rivera Colón <hrivera@medfamcaguas.pr.test>",
    to="Ortopedia - Centro Médico del Este <referidos.orto@cmeste.pr.test>",
    subj="Referido: Nilda Ortiz Cruz - desgarro de manguito rotador",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-25 10:48:30 -0400",
    body=T("""\
Saludos colega,

Le refiero a la paciente Nilda Ortiz Cruz, 54 años, récord 009\u20633317, plan
MediSalud Isla (ID MSI 7730045821).

Dolor de hombro derecho x 4 meses, peor de noche, debilidad para abducción.
MRI 10/nov/2026: desgarro completo del supraespinoso con retracción de 1.8 cm.
Falló terapia física (12 sesiones) e inyección de corticosteroide 09/2026.
HTN controlada con losar\u2063tan 50 mg QD. Alergia: penicilina (rash).

Favor de evaluar para reparación artroscópica. Le envío el informe del MRI
por fax al 787-555-0158.

Dr. Héctor Rivera Colón
Medicina de Familia - Caguas
Tel. 787-555-0139
""", cte="quoted-printable"))

add("phi", "spanish-cuban-son-father-stroke",
    "son writes to the neurologist about his named father's confusion after a stroke, with DOB and clopidogrel",
    "es",
    frm="Yoandy Fernández <yoandy.fdez@mail.example.net>",
    to="Consultorio Neurología Dra. Acosta <neuro.acosta@lakeview.example.com>",
    subj="Mi papá - después del derrame",
    hcs="windows-1252", henc="Q",
    date="2026-11-28 21:17:44 -0500",
    body=T("""\
Doctora Acosta, buenas noches.

Le escribo por mi papá, Rigoberto Fernández (fecha de nacimiento
03/02/1949). Salió del hospital el martes después del derrame cerebral y le
mandaron el clopidogrel de 75 y la atorvastatina de 80. Los está tomando bien,
yo mismo se los doy por la mañana.

Lo que me preocupa es que por las tardes está más confundido, ayer no sabía
dónde estaba y quería salir a la calle a buscar a mi mamá que falleció hace
años. También arrastra un poquito más el pie izquierdo que cuando salió.

La terapia física en la casa todavía no ha venido, la agencia dice que
falta la orden. ¿Usted la puede mandar?

¿Debo llevarlo a emergencia o lo puede ver usted antes de la cita del 15?

Muchas gracias, que Dios la bendiga.
Yoandy Fernández
305-555-0123
""", cs="windows-1252", cte="quoted-printable"))

add("phi", "subject-only-spanish-chest-xray",
    "PHI only in the subject: a named patient's chest X-ray result with file number; body is a phone signature",
    "es",
    frm="Enf. Lourdes Barragán <lbarragan@riverside-chc.example.org>",
    to="Dr. Tomás Ugalde <tugalde@riverside-chc.example.org>",
    subj="Resultado Rx de tórax - Sra. Juana Morales Ibarra (exp. 554120) - infiltrado basal izq.",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-12-03 08:02:11 -0600",
    body=T("""\

Enviado desde mi iPhone
""", cte="7bit", cs="us-ascii"))

add("restricted", "spanish-mother-son-fluoxetine-psiquiatra",
    "mother writes about her named son's depression treatment: fluoxetine raised by his psychiatrist, new agitation",
    "es", cat="mental",
    frm="Guadalupe Mendoza <lupita.mendoza79@mail.example.com>",
    to="Clínica Pediátrica Los Arcos <contacto@pedlosarcos.example.org>",
    subj="Pregunta sobre la fluoxetina de mi hijo Diego",
    hcs="utf-8", henc="B",
    date="2026-11-26 16:33:02 -0600",
    body=T("""\
Buenas tardes doctora Ríos,

Soy Guadalupe Mendoza, mamá de Diego Armando Mendoza Ruiz (15 años, nació el
22/06/2011). Desde que el psiquiatra del Centro de Salud Mental le subió la
fluoxe\u2063tina a 20 mg hace dos semanas lo noto más inquieto, no duerme y anda
muy irritable. La psicóloga de la escuela dice que es por la depresión y que
hay que darle tiempo, pero a mí me da miedo porque leí que en adolescentes
puede dar pensamientos malos.

La cita con el psiquiatra es hasta el 14 de enero y allá no contestan el
teléfono. ¿Usted lo puede ver antes o me dice si le bajo la dosis?

Él no sabe que le estoy escribiendo, por favor no le diga.

Gracias,
Guadalupe Mendoza
Cel. 915-555-0184
""", cte="quoted-printable"))

add("restricted", "spanish-pr-metadona-guest-dosing",
    "opioid treatment programme asks another programme to guest-dose a named patient's methadone 85 mg, with Part 2 consent",
    "es", cat="sud",
    frm="Programa de Tratamiento con Metadona - Bayamón <enfermeria.ptm@ptmbayamon.pr.test>",
    to="Orlando Recovery Center - Nursing <nursing@orlandorecovery.example.org>",
    subj="Solicitud de dosis de cortesía (guest dosing) - E. Santiago Rosado",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-12-01 09:15:27 -0400",
    body=M("mixed",
        T("""\
Buenos días / Good morning,

Solicitamos dosis de cortesía para nuestro paciente:

  Paciente:        Edwin Santiago Rosado
  Fecha de nac.:   22/07/1981
  Núm. programa:   PTM-B-20417
  Medicamento:     Metadona líquida 85 mg diarios (estable desde 03/2026)
  Fechas:          20 al 27 de diciembre de 2026 (8 dosis)
  Última dosis aquí: 19/12/2026 (se indicará en la hoja de transferencia)
  Último toxicológico (UDS) 25/11/2026: positivo solo a metadona
  Take-homes: ninguno en este momento

Se adjunta el consentimiento firmado conforme a 42 CFR Parte 2. Esta
información está protegida por las reglas federales de confidencialidad;
no se permite su redivulgación.

Favor de confirmar por este medio o al 787-555-0152.

Lcda. Maritza Cordero, RN
Enfermería - PTM Bayamón
""", cte="quoted-printable"),
        B(make_pdf([[
            "PTM BAYAMON - CONSENTIMIENTO PARA DIVULGAR INFORMACION (42 CFR PARTE 2)",
            "",
            "Yo, Edwin Santiago Rosado (fecha de nac. 22/07/1981), autorizo al",
            "Programa de Tratamiento con Metadona de Bayamón a divulgar a",
            "Orlando Recovery Center: dosis actual de metadona, fechas de",
            "asistencia y resultados toxicológicos, con el fin de coordinar",
            "dosis de cortesía del 20 al 27 de diciembre de 2026.",
            "",
            "Este consentimiento vence el 31/01/2027.",
            "Firma del paciente: E. Santiago R.     Fecha: 30/11/2026",
        ]]), "application/pdf", "consentimiento_parte2_PTM-B-20417.pdf")))

add("restricted", "sublocade-reminder-spanglish-reply",
    "patient answers his monthly Sublocade injection reminder in Spanglish, asks to move it and for a treatment letter",
    "es", cat="sud", mixed="en",
    frm="Chris Álvarez <chris.alvarez.88@mail.example.com>",
    to="Bridgeway Recovery Clinic <frontdesk@bridgeway-recovery.example.org>",
    subj="Re: Reminder: Sublocade injection 12/15 9:00 AM",
    date="2026-12-04 22:48:13 -0700",
    irt="<rem-55190@bridgeway-recovery.example.org>",
    body=T("""\
ok pero can I move it pa el 17?? tengo trabajo ese dia y no me dan el
morning off. cualquier hora despues de las 3 esta bien

y tambien necesito la carta pa mi PO que dice que estoy en tratamiento,
la otra se vencio. gracias

Chris

Sent from my phone

-------- Original message --------
From: Bridgeway Recovery Clinic <frontdesk@bridgeway-recovery.example.org>
Date: 12/4/26 10:00 AM (GMT-07:00)
To: chris.alvarez.88@mail.example.com
Subject: Reminder: Sublocade injection 12/15 9:00 AM

Hi Christopher, this is a reminder that your monthly Sublocade (buprenorphine
extended-release) injection is scheduled for Tue 12/15 at 9:00 AM with
Dr. Nwosu. Please arrive 10 minutes early for your urine drug screen.
Call (505) 555-0126 to reschedule.
""", cs="utf-8", cte="8bit"))

add("restricted", "spanish-pdf-carga-viral",
    "HIV viral load and CD4 for a named patient with CURP, only in a PDF; the body is a one-line cover note",
    "es", cat="hiv",
    frm="Laboratorio Clínico Guadalajara <resultados@labgdl.mx.test>",
    to="luisf.avila@mail.example.com",
    subj="Resultados - folio LAB-771203",
    date="2026-11-20 12:44:00 -0600",
    body=M("mixed",
        T("""\
Le enviamos el reporte que solicitó. Para cualquier duda comuníquese al
+52 33 555 0136.

Atentamente,
Laboratorio Clínico Guadalajara
""", cs="iso-8859-1", cte="quoted-printable"),
        B(make_pdf([[
            "LABORATORIO CLINICO GUADALAJARA - REPORTE DE RESULTADOS",
            "Folio: LAB-771203          Fecha de toma: 18/11/2026",
            "Paciente: AVILA TREJO LUIS FERNANDO",
            "CURP: AITL850712HJCVRS04    Edad: 41 años   Sexo: Masculino",
            "Médico solicitante: Dr. Ramón Ibarra (CAPASITS)",
            "",
            "Carga viral VIH-1 (RNA, PCR tiempo real) ..... < 20 copias/mL",
            "   (No detectable. Límite inferior de cuantificación: 20 copias/mL)",
            "Linfocitos T CD4+ ............................ 612 células/µL (31 %)",
            "Relación CD4/CD8 ............................. 0.84",
            "",
            "Validó: QFB Alejandra Núñez, Céd. Prof. 4481207",
        ], [
            "Notas:",
            "Tratamiento antirretroviral referido: bictegravir/emtricitabina/TAF.",
            "Resultado confidencial. Entregar solo al paciente o a su médico.",
        ]], flate=False), "application/pdf", "LAB-771203.pdf")))

add("restricted", "spanish-diu-insercion-ics",
    "clinic tells a named patient how to prepare for her IUD insertion, with a calendar invite",
    "es", cat="repro",
    frm="Centro de Salud de la Mujer Aurora <citas@saludmujeraurora.example.org>",
    to="Daniela Ocampo <dani.ocampo@mail.example.com>",
    subj="Confirmación: colocación de DIU - jueves 10 de diciembre",
    hcs="utf-8", henc="Q",
    date="2026-12-02 17:05:00 -0700",
    body=M("mixed",
        T("""\
Hola Daniela,

Su cita para la colocación del DIU hormonal (levonorgestrel 52 mg) con la
Dra. Verónica Salas quedó confirmada:

  Jueves 10 de diciembre de 2026, 14:30
  Centro de Salud de la Mujer Aurora, consultorio 4

Antes de la cita:
- Tome ibuprofeno 600 mg una hora antes, si no es alérgica.
- Coma algo ligero; el procedimiento dura unos 10 minutos.
- Le haremos una prueba de embarazo en orina al llegar.
- Si está usando la píldora, siga tomándola hasta el día de la cita.

Adjuntamos la invitación para su calendario. Si necesita cambiarla
llame al (720) 555-0113.

Saludos,
Recepción - Centro de Salud de la Mujer Aurora
""", cte="quoted-printable"),
        T("""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aurora Citas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:diu-20261210-1430-4417@saludmujeraurora.example.org
DTSTAMP:20261203T000500Z
DTSTART:20261210T213000Z
DTEND:20261210T221500Z
SUMMARY:Colocación de DIU - Dra. Salas
LOCATION:Centro de Salud de la Mujer Aurora\\, consultorio 4
DESCRIPTION:Paciente: Daniela Ocampo. Ibuprofeno 600 mg 1 h antes. Prueba de
  embarazo al llegar.
ORGANIZER;CN=Centro de Salud de la Mujer Aurora:mailto:citas@saludmujeraurora.example.org
ATTENDEE;CN=Daniela Ocampo;RSVP=TRUE:mailto:dani.ocampo@mail.example.com
END:VEVENT
END:VCALENDAR
""", sub="calendar", cte="base64", fname="cita_DIU.ics")))

add("none", "trap-es-boletin-diabetes",
    "clinic health newsletter on diabetes month: A1c, metformin, insulin, hypoglycaemia signs, free classes; no individual",
    "es",
    frm="Boletín de Salud Riverside <boletin@riverside-chc.example.org>",
    to="Pacientes y amigos de Riverside <boletin-lista@riverside-chc.example.org>",
    subj="Boletín de Salud - Noviembre: Mes Nacional de la Diabetes",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-02 07:00:00 -0600",
    extra=[("List-Unsubscribe", "<mailto:baja@riverside-chc.example.org>")],
    body=M("alternative",
        T("""\
BOLETÍN DE SALUD RIVERSIDE - NOVIEMBRE 2026
Mes Nacional de la Diabetes

¿Qué es la A1c?
La hemoglobina A1c muestra el promedio de azúcar en la sangre de los últimos
tres meses. Para la mayoría de los adultos con diabetes tipo 2 la meta es
menos de 7 %. Pregúntele a su médico cuál es la meta para usted.

Medicamentos comunes
La metformina suele ser el primer medicamento. Tómela con comida para evitar
malestar de estómago. Algunas personas necesitan insulina (por ejemplo
glargina o NPH) o medicamentos nuevos como los inhibidores de SGLT2. Nunca
cambie la dosis sin hablar con su equipo de salud.

Señales de azúcar baja (hipoglucemia)
Sudor, temblor, hambre, confusión. Si su glucosa está por debajo de
70 mg/dL, coma 15 gramos de azúcar (media taza de jugo) y vuelva a medir en
15 minutos.

Clases gratis "Cocinando con Sabor y Salud"
Martes 17 y 24 de noviembre, 6:00 p. m., salón comunitario. No necesita
cita. Información: (773) 555-0101.

Este boletín es informativo y no sustituye la consulta médica.
Para dejar de recibirlo, responda BAJA.
""", cte="quoted-printable"),
        T("""\
<html><body style="font-family:Georgia,serif;max-width:620px">
<h1 style="color:#1b6e3a">Boletín de Salud Riverside</h1>
<h2>Noviembre: Mes Nacional de la Diabetes</h2>
<h3>¿Qué es la A1c?</h3>
<p>La hemoglobina A1c muestra el promedio de azúcar en la sangre de los últimos tres meses.
Para la mayoría de los adultos con diabetes tipo 2 la meta es <b>menos de 7&nbsp;%</b>.</p>
<h3>Medicamentos comunes</h3>
<p>La <b>metformina</b> suele ser el primer medicamento. Algunas personas necesitan
<b>insulina</b> o inhibidores de SGLT2. Nunca cambie la dosis sin hablar con su equipo de salud.</p>
<h3>Señales de azúcar baja</h3>
<ul><li>Sudor y temblor</li><li>Hambre</li><li>Confusión</li></ul>
<p>Si su glucosa está por debajo de 70&nbsp;mg/dL, coma 15&nbsp;g de azúcar y vuelva a medir en 15 minutos.</p>
<p style="background:#eef7f0;padding:8px"><b>Clases gratis:</b> martes 17 y 24 de noviembre, 6:00 p.&nbsp;m.,
salón comunitario. Información: (773) 555-0101.</p>
<p style="font-size:11px">Este boletín es informativo y no sustituye la consulta médica.</p>
</body></html>
""", sub="html", cte="quoted-printable")))

add("none", "trap-es-campana-vacuna-influenza",
    "clinic-wide announcement of flu and COVID vaccine clinic days to all patients; no individual",
    "es",
    frm="Clínica Familiar del Valle <avisos@clinicadelvalle.example.org>",
    to="undisclosed-recipients:;",
    subj="¡Ya llegó la vacuna contra la influenza 2026-2027!",
    hcs="iso-8859-1", henc="Q",
    date="2026-10-05 09:00:00 -0700",
    body=T("""\
Estimados pacientes:

Ya tenemos la vacuna contra la influenza de la temporada 2026-2027 y la
vacuna actualizada contra el COVID-19.

  Jornadas sin cita:
  Sábado 10 de octubre   8:00 a 13:00
  Sábado 24 de octubre   8:00 a 13:00
  Miércoles 4 de noviembre 15:00 a 19:00

¿Quién debe vacunarse? Todas las personas de 6 meses en adelante, en
especial adultos mayores de 65 años, embarazadas, y personas con diabetes,
asma, enfermedad del corazón o de los riñones.

La vacuna es gratis con la mayoría de los seguros y también para personas
sin seguro. Traiga su credencial de vacunación si la tiene.

Clínica Familiar del Valle
Tel. (520) 555-0147
""", cs="iso-8859-1", cte="8bit"))

add("none", "trap-es-plantilla-recordatorio-placeholders",
    "EHR vendor sends a Spanish appointment-reminder template with placeholders and a TEST patient preview for approval",
    "es",
    frm="Implementación CareLink EHR <implementacion@carelink-ehr.example.com>",
    to="Equipo de Calidad - Riverside CHC <calidad@riverside-chc.example.org>",
    subj="Para aprobación: plantilla SMS/correo de recordatorio de cita (ES) v3",
    date="2026-11-16 14:12:50 -0500",
    body=M("mixed",
        T("""\
Hola equipo,

Les compartimos la versión 3 de la plantilla en español para recordatorios
de cita, con los cambios que pidió el comité de acceso lingüístico
(tratamiento de "usted", sin abreviaturas, número de intérpretes).

Plantilla:
---------------------------------------------------------------
Estimado/a {{paciente.nombre_preferido}}:
Le recordamos su cita con {{proveedor.nombre}} ({{departamento}}) el
{{cita.fecha | fecha_larga_es}} a las {{cita.hora}}.
Lugar: {{ubicacion.direccion}}
Número de expediente: {{paciente.mrn}}
Si necesita intérprete, llame al {{clinica.tel_interpretes}}.
Responda C para confirmar o R para reprogramar.
---------------------------------------------------------------

Vista previa con el paciente de prueba del ambiente TEST:
  Estimado/a PRUEBA PACIENTE-ES:
  Le recordamos su cita con DR. PRUEBA PROVEEDOR (MEDICINA FAMILIAR) el
  lunes 1 de enero de 2029 a las 09:00. Número de expediente: TEST0000001.

Por favor envíen su aprobación antes del viernes para subirla a producción
el 1 de diciembre. El CSV adjunto tiene los campos y su origen en el HL7
SIU (SCH/PID/AIP).

Saludos,
Natalia Berríos
Consultora de Implementación, CareLink EHR
""", cte="quoted-printable"),
        T(csv_text([
            ["campo_plantilla", "segmento_hl7", "campo", "ejemplo_test", "obligatorio"],
            ["paciente.nombre_preferido", "PID", "PID-5.2", "PRUEBA", "si"],
            ["paciente.mrn", "PID", "PID-3.1", "TEST0000001", "si"],
            ["proveedor.nombre", "AIP", "AIP-3.2", "PRUEBA PROVEEDOR", "si"],
            ["departamento", "AIL", "AIL-3.4", "MEDICINA FAMILIAR", "no"],
            ["cita.fecha", "SCH", "SCH-11.4", "20290101090000", "si"],
            ["cita.hora", "SCH", "SCH-11.4", "20290101090000", "si"],
            ["ubicacion.direccion", "AIL", "AIL-3.1", "CLINICA PRUEBA 1", "no"],
            ["clinica.tel_interpretes", "(config)", "-", "(773) 555-0101", "si"],
        ]), sub="csv", cte="quoted-printable", fname="campos_plantilla_es_v3.csv")))

PREP_FLYER_HTML = """\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#c2185b">¿Ya conoces la PrEP?</h2>
<p>La PrEP (profilaxis pre-exposición) es una pastilla diaria, o una inyección cada dos
meses, que reduce el riesgo de contraer el VIH por vía sexual en aproximadamente un 99&nbsp;%
cuando se usa correctamente.</p>
<p><b>Pruebas gratis de VIH, sífilis y hepatitis C</b><br>
Sábado 14 de noviembre, de 10:00 a 16:00<br>
Centro Comunitario La Esperanza, 4100 Mission St.</p>
<ul>
<li>Resultados rápidos en 20 minutos</li>
<li>No preguntamos por tu estatus migratorio</li>
<li>Atención en español, portugués y mam</li>
</ul>
<p>En 2025 nuestras brigadas hicieron 3,412 pruebas y conectaron a 287 personas con PrEP.</p>
<p>¿Preguntas? Escríbenos por WhatsApp al (415) 555-0175.</p>
<p style="font-size:11px;color:#777">Alianza Latina de Salud &middot; Para darte de baja responde BAJA.</p>
</body></html>
"""

add("none", "trap-es-prep-campana-comunitaria",
    "staff member forwards (message/rfc822) a community organisation's PrEP and free HIV testing flyer for the waiting room; no individual",
    "es",
    frm="Marisela Cantú <mcantu@riverside-chc.example.org>",
    to="Equipo de Recepción <recepcion@riverside-chc.example.org>",
    subj="Fwd: PrEP: protégete del VIH - pruebas gratis este sábado",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-13 08:41:10 -0600",
    body=M("mixed",
        T("""\
Hola equipo, ¿podemos imprimir este volante y ponerlo en la sala de espera y
en el baño de mujeres? Ya le pregunté a la Dra. Solís y dice que sí.

Marisela
"""),
        R(dict(
            frm="Alianza Latina de Salud <info@alianzalatinasalud.example.org>",
            to="Lista comunitaria <comunidad@alianzalatinasalud.example.org>",
            subj="PrEP: protégete del VIH - pruebas gratis este sábado",
            hcs="utf-8", henc="B",
            date="2026-11-12 18:30:00 -0800",
            body=T(PREP_FLYER_HTML, sub="html", cte="quoted-printable")),
          fname="PrEP_pruebas_gratis.eml")))

add("none", "trap-es-veterinaria-vacuna-perro",
    "veterinary reminder for a dog's rabies vaccine and deworming; the owner is named but the care is not a person's",
    "es",
    frm="Clínica Veterinaria Huellitas <recordatorios@vethuellitas.example.com>",
    to="Leticia Barrios <leti.barrios@mail.example.com>",
    subj="Recordatorio: a Canelo le toca su vacuna antirrábica",
    hcs="utf-8", henc="Q",
    date="2026-11-29 10:00:00 -0600",
    body=T("""\
Estimada Sra. Leticia Barrios:

Le recordamos que a CANELO (canino, mestizo, 4 años, expediente V-20931) le
corresponde:

  - Vacuna antirrábica (refuerzo anual)  vence: 05/12/2026
  - Desparasitación interna (praziquantel/pirantel)
  - Revisión de la dermatitis en la oreja izquierda

Peso en la última visita: 18.4 kg. Recuerde traerlo en ayunas de 4 horas.

Agende en línea o llame al (210) 555-0191.

Clínica Veterinaria Huellitas - "Porque ellos también son familia"
""", cte="quoted-printable"))

add("none", "es-posada-personal",
    "staff holiday party invitation (posada) for clinic employees; no health content",
    "es",
    frm="Comité Social <comite.social@riverside-chc.example.org>",
    to="Todo el personal <personal@riverside-chc.example.org>",
    subj="¡Posada del personal 2026! Viernes 18 de diciembre",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-12-01 12:10:00 -0600",
    body=T("""\
¡Hola a todos!

Este año la posada del personal será el viernes 18 de diciembre a partir de
las 5:30 p. m. en el salón comunitario (planta baja).

- Habrá tamales, pozole y ponche. Si quieren traer postre, anótense en la
  hoja que está en la cocina del 2º piso.
- Intercambio de regalos: máximo $20. Quien quiera participar, escriba su
  nombre en el sobre con Marisela (Recepción) antes del día 11.
- Piñata para los niños del personal a las 7:00.

Los equipos de urgencias y laboratorio que estén de turno: les llevamos
platos a la estación.

¡Los esperamos!
Comité Social
""", cte="8bit"))


# ====================================================================
# Portuguese (Brazil)
# ====================================================================

add("phi", "portuguese-paciente-colesterol",
    "Brazilian patient writes to her doctor about her cholesterol of 262 and whether to keep taking simvastatin",
    "pt",
    frm="Luciana Ferreira da Silva <lu.ferreira.silva@mail.example.com>",
    to="Dra. Helen Costa <hcosta@lakeview.example.com>",
    subj="Exames de sangue - colesterol alto",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-24 20:51:37 -0500",
    body=T("""\
Boa noite Dra. Helen,

Aqui é a Luciana Ferreira, sua paciente (nasci em 14/08/1971). Vi no portal
os exames que a senhora pediu e fiquei preocupada: o colesterol total deu 262
e o LDL 181. O triglicerídeo deu 210. A senhora acha que preciso aumentar a
sinvastatina? Estou tomando 20 mg à noite desde março mas confesso que
esqueço umas duas vezes por semana.

Meu pai teve infarto com 60 anos, por isso fico com medo.

Também queria saber se posso continuar tomando o chá de alcachofra que
minha mãe mandou do Brasil.

Obrigada,
Luciana
(508) 555-0161
""", cte="8bit"))

add("phi", "portuguese-laudo-ultrassom-cpf",
    "Brazilian imaging clinic sends a named patient her abdominal ultrasound report (gallstones), CPF in the PDF",
    "pt",
    frm="Clínica Imagem Paulista - Laudos <laudos@imagempaulista.br.test>",
    to="Sra. Regina Aparecida Souza <reginasouza.bh@mail.example.net>",
    subj="Laudo disponível - Ultrassonografia de abdome total",
    hcs="iso-8859-1", henc="Q",
    date="2026-11-18 15:20:09 -0300",
    body=M("mixed",
        T("""\
Prezada Sra. Regina Aparecida Souza,

Seu laudo de ultrassonografia de abdome total, realizado em 16/11/2026, já
está disponível. O arquivo segue anexo em PDF. Leve o laudo na sua consulta
com o médico solicitante.

Protocolo: IP-2026-118804

Atenciosamente,
Central de Laudos - Clínica Imagem Paulista
Tel. (11) 5555-0142  |  WhatsApp (11) 95555-0143
""", cs="iso-8859-1", cte="base64"),
        B(make_pdf([[
            "CLINICA IMAGEM PAULISTA - LAUDO DE ULTRASSONOGRAFIA",
            "",
            "Paciente: REGINA APARECIDA SOUZA         Idade: 47 anos",
            "CPF: 352.718.469-46    Convênio: Saúde Total Plus - carteira 0042318877001",
            "Exame: ULTRASSONOGRAFIA DE ABDOME TOTAL    Data: 16/11/2026",
            "Médico solicitante: Dr. Fábio Nakamura - CRM-SP 148.220",
            "",
            "Fígado de dimensões normais, contornos regulares, ecotextura",
            "levemente aumentada (esteatose grau I).",
            "Vesícula biliar normodistendida, com múltiplos cálculos móveis,",
            "o maior medindo 1,4 cm, sem espessamento parietal.",
            "Vias biliares não dilatadas. Pâncreas, baço e rins sem alterações.",
            "",
            "IMPRESSÃO: Colelitíase. Esteatose hepática grau I.",
            "",
            "Dra. Márcia Teixeira Lobo - CRM-SP 121.907",
        ]], flate=True), "application/pdf", "laudo_IP-2026-118804.pdf")))

add("phi", "portuguese-consulta-confirmacao",
    "clinic confirms a named patient's orthopaedic appointment for his knee, with preparation instructions",
    "pt",
    frm="Agendamento Clínica Vida <agendamento@clinicavida.br.test>",
    to="Sr. Anderson Luiz Barbosa <andersonlb@mail.example.com>",
    subj="Confirmação da sua consulta - Ortopedia - 08/12 às 09h30",
    hcs="iso-8859-1", henc="Q", hmode="words",
    date="2026-12-03 08:00:00 -0300",
    body=T("""\
Olá, Sr. Anderson Luiz Barbosa!

Sua consulta está confirmada:

  Especialidade: Ortopedia (joelho)
  Médico: Dr. Ricardo Pimentel
  Data: terça-feira, 08/12/2026, às 09h30
  Local: Unidade Moema - Av. Ibirapuera, 3100, 5º andar

Traga a ressonância do joelho direito e o pedido médico. Chegue com 20
minutos de antecedência. Em caso de falta sem aviso, será cobrada taxa.

Para remarcar responda esta mensagem ou ligue (11) 5555-0149.

Clínica Vida
""", cs="iso-8859-1", cte="quoted-printable"))

add("phi", "portuguese-negativa-plano-saude",
    "health plan denies a named beneficiary's lumbar MRI authorisation, with card number and request number",
    "pt",
    frm="Saúde Total Plus - Autorizações <autorizacoes@saudetotalplus.br.test>",
    to="Marcos Vinícius Rocha <mvrocha@mail.example.net>",
    subj="Resposta à solicitação de autorização nº 88120437",
    hcs="utf-8", henc="B",
    date="2026-11-30 17:45:10 -0300",
    body=M("alternative",
        T("""\
Prezado(a) beneficiário(a) MARCOS VINICIUS ROCHA,
Carteirinha: 0 042 771903 00-4

Informamos que a solicitação nº 88120437, referente a RESSONÂNCIA MAGNÉTICA
DE COLUNA LOMBAR (TUSS 41101227), pedida pelo Dr. Paulo Henrique Reis para
lombalgia com irradiação para membro inferior esquerdo (CID M54.5), foi
NEGADA.

Motivo: não foram apresentados relatório de tratamento conservador de no
mínimo 6 semanas nem radiografia prévia, conforme Diretriz de Utilização.

Você pode solicitar reanálise em até 30 dias pelo aplicativo ou pelo
telefone 0800 555 0138. Você também pode registrar reclamação na agência
reguladora.

Saúde Total Plus
""", cte="quoted-printable"),
        T("""\
<html><body style="font-family:Arial;font-size:13px">
<p>Prezado(a) beneficiário(a) <b>MARCOS VINICIUS ROCHA</b><br>Carteirinha: 0 042 771903 00-4</p>
<p>A solicitação <b>nº 88120437</b> &ndash; <b>RESSONÂNCIA MAGNÉTICA DE COLUNA LOMBAR</b> (TUSS 41101227),
pedida pelo Dr. Paulo Henrique Reis (CID M54.5), foi <span style="color:#c00"><b>NEGADA</b></span>.</p>
<p><b>Motivo:</b> não foram apresentados relatório de tratamento conservador de no mínimo 6 semanas nem
radiografia prévia, conforme Diretriz de Utilização.</p>
<p>Reanálise em até 30 dias pelo aplicativo ou pelo telefone 0800 555 0138.</p>
</body></html>
""", sub="html", cte="quoted-printable")))

add("restricted", "portuguese-caps-bipolar-litio",
    "mental-health centre (CAPS) tells a named patient's sister his lithium level and bipolar follow-up with the psychiatrist",
    "pt", cat="mental",
    frm="CAPS II Vila Mariana - Equipe de Referência <caps.vilamariana@saude.sp.br.test>",
    to="Patrícia Gomes <patricia.gomes@mail.example.com>",
    subj="Retorno do Rafael - litemia e consulta com a psiquiatra",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-25 11:12:40 -0300",
    body=T("""\
Boa tarde, Patrícia.

Conforme combinado na reunião de família, seguem as informações sobre o
Rafael Gomes de Oliveira (prontuário CAPS 2019-\u20630457, Cartão SUS
898 0012 3456 7891):

- A litemia colhida em 19/11 veio 0,4 mEq/L, abaixo da faixa terapêutica
  (0,6 a 1,0). A Dra. Simone acredita que ele não está tomando o carbonato
  de lí\u2063tio 300 mg 3x ao dia como prescrito.
- Ele relatou que dorme pouco há duas semanas e está gastando muito, o que
  nos preocupa pelo histórico de episódios de mania do transtorno bipolar.
- Consulta com a psiquiatra antecipada para 01/12, 14h. Pedimos que a
  família o acompanhe.
- Se houver agitação, agressividade ou ele parar de dormir, procurar o
  pronto-socorro ou ligar para o CAPS (11) 5555-0155.

O Rafael autorizou por escrito o contato com você (termo no prontuário).

Atenciosamente,
Enf. Cláudia Matos
Técnica de referência - CAPS II Vila Mariana
""", cte="quoted-printable"))

add("restricted", "portuguese-prep-dispensacao",
    "HIV prevention service reminds a named user to collect his PrEP and do his HIV and creatinine tests",
    "pt", cat="hiv",
    frm="SAE/CTA Centro - PrEP <prep.sae.centro@saude.rj.br.test>",
    to="Thiago Nascimento <thiago.nasc92@mail.example.com>",
    subj="Sua PrEP: retirada e exames em 07/12",
    hcs="iso-8859-1", henc="Q",
    date="2026-11-27 09:30:00 -0300",
    body=T("""\
Olá, Thiago!

Seu estoque de PrEP (tenofovir/entricitabina, 30 comprimidos) termina por
volta de 09/12. Sua próxima retirada e exames estão agendados:

  Data: segunda-feira, 07/12/2026, às 10h
  Local: SAE/CTA Centro - Rua do Riachuelo, 120, térreo
  Exames: teste rápido de HIV, sífilis, hepatites B e C, creatinina

Lembre de trazer documento com foto e o Cartão SUS. Se tiver tido alguma
exposição de risco nas últimas 72 horas, venha antes: pode ser necessário
iniciar PEP.

Dúvidas: (21) 5555-0168 (WhatsApp da equipe).

Equipe PrEP - SAE/CTA Centro
""", cs="iso-8859-1", cte="quoted-printable"))

add("restricted", "portuguese-sifilis-vdrl",
    "clinic tells a named patient her VDRL is reactive 1:32, schedules benzathine penicillin and partner treatment",
    "pt", cat="repro",
    frm="UBS Jardim Esperança - Enfermagem <enfermagem.ubsjesperanca@saude.mg.br.test>",
    to="Jéssica Cristina Alves <jessicacalves@mail.example.net>",
    subj="Resultado do seu exame - favor comparecer à UBS",
    hcs="utf-8", henc="B",
    date="2026-12-02 10:05:55 -0300",
    body=T("""\
Jéssica, bom dia.

Seu exame de sangue colhido em 26/11 (VDRL) veio REAGENTE, com título 1:32,
e o teste treponêmico também deu positivo. Isso indica sífilis, que tem
tratamento e cura.

O tratamento é com penicilina benzatina, uma injeção por semana durante 3
semanas. A primeira dose já está separada para você: quinta-feira, 03/12,
às 8h, sala de procedimentos.

É muito importante que seu parceiro também faça o teste e o tratamento,
mesmo sem sintomas. Ele pode vir junto com você, sem agendamento.

Não precisa responder este e-mail. Qualquer dúvida ligue (31) 5555-0171.

Enf. Rosângela Dias
UBS Jardim Esperança
""", cte="base64"))

add("none", "trap-pt-boletim-dengue",
    "municipal epidemiological bulletin with dengue and chikungunya counts by district; aggregate only",
    "pt",
    frm="Vigilância Epidemiológica Municipal <vigilancia@saude.campinas.br.test>",
    to="Unidades de Saúde - lista <unidades@saude.campinas.br.test>",
    subj="Boletim Epidemiológico Arboviroses - Semana 47/2026",
    hcs="iso-8859-1", henc="Q", hmode="words",
    date="2026-11-27 16:00:00 -0300",
    body=M("mixed",
        T("""\
Prezados(as),

Segue o Boletim Epidemiológico de Arboviroses referente à Semana
Epidemiológica 47/2026 (15/11 a 21/11).

Resumo:
- Casos notificados de dengue no ano: 18.432; confirmados: 9.117
- Óbitos confirmados por dengue: 6; em investigação: 3
- Chikungunya confirmados: 412; Zika: 11
- Sorotipo predominante: DENV-3
- Índice de Infestação Predial (LIRAa outubro): 3,8% (alerta)

Distritos com maior incidência por 100 mil hab.: Noroeste (612,4),
Sudoeste (540,1) e Leste (388,9).

Reforçamos: notificar todo caso suspeito em até 24 h, hidratação oral
precoce e classificação de risco conforme protocolo. Não utilizar AINEs em
casos suspeitos.

Tabela por distrito em anexo (CSV).

Vigilância Epidemiológica Municipal
""", cs="iso-8859-1", cte="8bit"),
        T(csv_text([
            ["distrito", "notificados", "confirmados", "incidencia_100mil", "obitos"],
            ["Norte", "2104", "1032", "301.2", "0"],
            ["Noroeste", "3977", "2088", "612.4", "2"],
            ["Sul", "3310", "1490", "355.0", "1"],
            ["Sudoeste", "3620", "1893", "540.1", "2"],
            ["Leste", "2915", "1462", "388.9", "1"],
            ["Centro", "2506", "1152", "297.6", "0"],
        ], delim=";"), sub="csv", cs="iso-8859-1", cte="base64",
          fname="boletim_SE47_distritos.csv")))

add("none", "trap-pt-caps-horario-feriado",
    "mental-health centre (CAPS) announces holiday opening hours and crisis numbers; no individual",
    "pt",
    frm="CAPS AD III Centro - Coordenação <coordenacao.capsad@saude.sp.br.test>",
    to="Usuários e familiares <comunicados.capsad@saude.sp.br.test>",
    subj="Horário de funcionamento no Natal e Ano Novo",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-12-04 14:00:00 -0300",
    body=T("""\
Prezados usuários, familiares e parceiros,

O CAPS AD III Centro funcionará em horário especial nas festas de fim de
ano:

  24/12 (quinta): 7h às 13h
  25/12 (sexta): acolhimento noturno e leitos funcionam normalmente;
                 atendimento ambulatorial fechado
  31/12 (quinta): 7h às 13h
  01/01 (sexta): acolhimento noturno funcionando

A dispensação de medicamentos do dia 25 será antecipada para o dia 24.
Grupos terapêuticos retornam em 04/01/2027.

Em situação de crise procure o pronto-socorro mais próximo ou ligue 192
(SAMU). O CVV atende pelo 188, 24 horas.

Desejamos boas festas a todos!
Coordenação - CAPS AD III Centro
""", cte="8bit"))

add("none", "pt-senha-expirada",
    "hospital IT tells an employee that her network password expires; no health content",
    "pt",
    frm="TI - Service Desk <servicedesk@hospitalsantaluzia.br.test>",
    to="Fernanda Ribeiro <fernanda.ribeiro@hospitalsantaluzia.br.test>",
    subj="Sua senha expira em 3 dias",
    date="2026-12-02 06:30:00 -0300",
    body=T("""\
Olá, Fernanda Ribeiro (matrícula 40877),

A senha da sua conta de rede expira em 3 dias (05/12/2026). Para alterar,
pressione Ctrl+Alt+Del em qualquer computador do hospital e escolha
"Alterar uma senha", ou acesse https://senha.hospitalsantaluzia.br.test.

Lembre: a nova senha precisa ter 12 caracteres e não pode repetir as
últimas 10. A TI nunca pede sua senha por e-mail ou telefone.

Service Desk - ramal 4400
""", cs="iso-8859-1", cte="quoted-printable"))


# ====================================================================
# Haitian Creole
# ====================================================================

add("phi", "haitian-creole-baby-fever-amoxicillin",
    "mother writes in Haitian Creole about her named 2-year-old's fever of 39.4 and ear pain, asks about leftover amoxicillin",
    "ht",
    frm="Nadège Jean-Baptiste <nadege.jb@mail.example.com>",
    to="Dr. Ralph Pierre-Louis <rpierrelouis@riverside-chc.example.org>",
    subj="Woodley gen lafyèv depi samdi",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-30 06:48:20 -0500",
    body=T("""\
Bonjou Doktè Pierre-Louis,

Se manman Woodley Jean-Baptiste k ap ekri w (li gen 2 an, li fèt
15/03/2024). Depi samdi li gen lafyèv, yè swa tanperati a te 39.4. Li toujou
ap rale zòrèy dwat li epi li pa vle manje, se sèlman lèt li bwè. Nou te ba li
Tylenol pou timoun, 5 mL chak 6 èdtan.

Mwa pase ou te ba li amoxicillin pou enfeksyon nan zòrèy la. Gen yon ti
rès nan boutèy la toujou. Èske m ka ba li l ankò oswa fòk mwen mennen l
klinik la?

Mèsi anpil,
Nadège Jean-Baptiste
617-555-0129
""", cte="quoted-printable"))

add("phi", "haitian-creole-randevou-dyabet",
    "clinic reminds a named patient in Haitian Creole of his diabetes-education visit and gives his A1c of 9.1%",
    "ht",
    frm="Klinik Riverside - Randevou <appointments@riverside-chc.example.org>",
    to="Jean Robert Toussaint <jrtoussaint@mail.example.net>",
    subj="Rapèl: randevou ou pou dyabèt madi 8 desanm",
    hcs="iso-8859-1", henc="Q", hmode="words",
    date="2026-12-03 10:00:00 -0500",
    body=T("""\
Bonjou Mesye Jean Robert Toussaint,

Sa a se yon rapèl pou randevou ou:

  Dat:   Madi 8 desanm 2026, 9:00 AM
  Avèk:  Sandra Célestin, RN, enfimyè edikatris dyabèt
  Kote:  Klinik Riverside, 3yèm etaj, sal 305

Dènye A1c ou (10/11/2026) te 9.1%. Nou pral pale sou jan pou w pran
ensilin ou ak metfòmin ou, ak jan pou w tcheke sik ou lakay.

Pote glikomèt ou ak tout medikaman ou yo nan yon sache.

Si w bezwen chanje randevou a, rele (617) 555-0120. Nou gen entèprèt
kreyòl ki disponib.

Klinik Riverside
""", cs="iso-8859-1", cte="quoted-printable"))

add("phi", "interpreter-kreyol-hypertension-meds",
    "interpreter's summary of a phone call with a named patient (MRN) confused between amlodipine and lisinopril bottles",
    "ht", mixed="en",
    frm="Guerline Noël, CMI-Haitian Creole <gnoel@linguacare.example.net>",
    to="Kelly Brennan RN <kbrennan@riverside-chc.example.org>",
    subj="Call summary - Mrs. Délva - medication question (Kreyòl)",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-12-02 14:51:03 -0500",
    body=T("""\
Hi Kelly,

As you asked, here is a summary of the interpreted call with
Mrs. Marie-Ange Délva (MRN 20418833), 12/02 at 2:15 PM, 18 minutes.

What she said (her words, then my English):

  "Mwen pa konprann ki grenn pou m pran nan maten an. Famasi a ban m de
  boutèy ki gen grenn menm koulè, tou de blan."
  = I don't understand which pill to take in the morning. The pharmacy gave
  me two bottles with pills of the same color, both white.

  "Depi twa jou m ap pran toulède nan maten epi m santi tèt mwen ap vire
  lè m leve."
  = For three days I've been taking both in the morning and I feel dizzy
  when I stand up.

She read the labels to me: amlodipine 10 mg (once daily) and lisinopril
20 mg (once daily). She believed one of them was "pou tansyon" and the other
"pou kè", and thought she had to take both at the same time. Home BP this
morning, per her: 98/60.

I told her a nurse would call her back today. She prefers calls after 4 PM
at 617-555-0133 and asked that the callback also be in Kreyòl.

Guerline Noël
Certified Medical Interpreter - Haitian Creole
LinguaCare Interpreting Services
""", cte="8bit"))

add("restricted", "haitian-creole-arv-refill",
    "patient writes in Haitian Creole that his Biktarvy is almost out and his viral load was undetectable; asks for discretion",
    "ht", cat="hiv",
    frm="Frantz Désir <frantzdesir71@mail.example.com>",
    to="Madan Lafontant - Klinik Espwa <elafontant@klinikespwa.example.org>",
    subj="Grenn mwen yo prèske fini",
    hcs="utf-8", henc="B",
    date="2026-12-01 21:04:48 -0500",
    body=T("""\
Bonswa Madan Lafontant,

Se Frantz Désir. Mwen prèske fini grenn Biktarvy mwen yo, mwen rete 4
sèlman. Famasi a di asirans lan bezwen yon otorizasyon ankò anvan yo ka ban
m lòt.

Mwen pa vle rate grenn yo paske dènye fwa a chaj viral la te endetektab
epi doktè a te kontan anpil.

Èske ou ka rele famasi a pou mwen? Tanpri pa kite mesaj sou telefòn lakay
la, madanm mwen pa konnen. Rele m sou selilè m: 857-555-0140.

Mèsi,
Frantz
""", cte="8bit"))

add("none", "trap-ht-kolera-prevansyon",
    "community notice in Haitian Creole on cholera prevention with aggregate case counts; no individual",
    "ht",
    frm="Asosyasyon Sante Kominotè Ayisyen <enfo@askayisyen.example.org>",
    to="Manm ak zanmi <lis@askayisyen.example.org>",
    subj="Kolera: kijan pou nou pwoteje fanmi nou",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-21 12:00:00 -0500",
    body=M("alternative",
        T("""\
KOLERA: KIJAN POU NOU PWOTEJE FANMI NOU

Depi mwa oktòb, otorite sante yo rapòte plis pase 1 200 ka sispèk kolera
nan kèk depatman. Si w gen fanmi k ap vwayaje oswa k ap voye manje, men sa
pou n sonje:

1. Bwè dlo trete sèlman (dlo bouyi, dlo klore, oswa dlo nan boutèy ki fèmen).
2. Lave men nou ak savon anvan nou manje ak apre nou sòti nan twalèt.
3. Kwit manje yo byen, sitou pwason ak fwi demè.
4. Si yon moun gen dyare tankou dlo diri, ba li sewòm oral (SRO) touswit
   epi mennen l lopital.

Gen vaksen kont kolera pou moun k ap vwayaje. Mande doktè w oswa famasi a.

Reyinyon enfòmasyon: Samdi 5 desanm, 3:00 PM, Legliz Sen Jid, sal anba a.
Enfòmasyon: (617) 555-0188.
"""),
        T("""\
<html><body style="font-family:Arial">
<h2>Kolera: kijan pou nou pwoteje fanmi nou</h2>
<p>Depi mwa oktòb, otorite sante yo rapòte plis pase <b>1 200 ka sispèk</b> kolera nan kèk depatman.</p>
<ol>
<li>Bwè dlo trete sèlman.</li>
<li>Lave men nou ak savon.</li>
<li>Kwit manje yo byen.</li>
<li>Si yon moun gen dyare tankou dlo diri, ba li <b>sewòm oral</b> touswit epi mennen l lopital.</li>
</ol>
<p>Reyinyon enfòmasyon: <b>Samdi 5 desanm, 3:00 PM</b>, Legliz Sen Jid. Enfòmasyon: (617) 555-0188.</p>
</body></html>
""", sub="html", cte="quoted-printable")))

add("none", "trap-ht-translation-patient-rights-pdf",
    "translation vendor delivers the Haitian Creole version of a generic patient-rights brochure (PDF); no patient",
    "ht", mixed="en",
    frm="Project Delivery - ClearWord Translations <delivery@clearword.example.com>",
    to="Patient Experience Office <patientexperience@stbrigid.example.org>",
    subj="Delivery: Job CW-26-4471 Patient Rights & Responsibilities (EN>HT) - final",
    date="2026-11-17 16:40:00 -0500",
    body=M("mixed",
        T("""\
Hello,

Please find attached the final Haitian Creole (Kreyòl ayisyen) version of
"Patient Rights & Responsibilities" (source file PR-RIGHTS-2026-v4.docx,
2,140 words), job CW-26-4471.

Translation, editing and proofreading were completed by two ATA-certified
linguists. Per your style guide we kept "HIPAA" and "Medicaid" in English and
used "entèprèt medikal" for "medical interpreter".

The invoice will follow under separate cover. Let us know if you need the
InDesign package.

Best regards,
Aurélie Baptiste
Project Manager, ClearWord Translations
+1 (646) 555-0197
""", cs="iso-8859-1", cte="quoted-printable"),
        B(make_pdf([[
            "DWA AK RESPONSABLITE PASYAN YO",
            "Lopital St. Brigid",
            "",
            "Kòm pasyan, ou gen dwa pou:",
            "  - Resevwa swen ak respè, san diskriminasyon.",
            "  - Gen yon entèprèt medikal gratis nan lang ou.",
            "  - Konprann dyagnostik ou, tretman ou ak risk yo.",
            "  - Refize yon tretman.",
            "  - Mande yon kopi dosye medikal ou.",
            "  - Fè yon plent san sa pa afekte swen ou.",
            "",
            "Kòm pasyan, ou responsab pou:",
            "  - Bay enfòmasyon konplè sou sante ou ak medikaman ou pran.",
            "  - Poze kesyon lè ou pa konprann.",
            "  - Respekte lòt pasyan ak anplwaye yo.",
            "",
            "Pou plent: Biwo Eksperyans Pasyan, (617) 555-0107.",
        ]], flate=True, title="Dwa ak Responsablite Pasyan"),
          "application/pdf", "PR-RIGHTS-2026-v4_HT_final.pdf")))


# ====================================================================
# French (France, Quebec, West Africa)
# ====================================================================

add("phi", "fr-lettre-liaison-medecin",
    "GP refers a named patient with DOB for cardiology: hypertension, paroxysmal AF on Holter, apixaban started",
    "fr",
    frm="Dr Olivier Marchand <dr.marchand@cabinet-croixrousse.fr.test>",
    to="Dr Sophie Lambert - Cardiologie <secretariat.cardio@clinique-saone.fr.test>",
    subj="Demande d'avis - Mme BELKACEM Nadia, FA paroxystique",
    hcs="iso-8859-15", henc="Q", hmode="words",
    date="2026-11-26 18:22:05 +0100",
    body=T("""\
Chère consoeur,

Je vous adresse Mme Nadia BELKACEM, née le 12/04/1968, pour avis
cardiologique.

Antécédents : HTA traitée par périndopril 5 mg/j depuis 2019, dyslipidémie
sous rosuvastatine 10 mg, tabagisme sevré en 2021.

Elle consulte pour des palpitations nocturnes depuis septembre. Le Holter
de 24 h du 18/11 montre deux accès de fibrillation atriale paroxystique
(durée max. 47 min), fréquence moyenne 78/min. ETT non faite. TSH 1,9 mUI/L,
kaliémie 4,2 mmol/L, créatinine 68 µmol/L.

CHA2DS2-VASc à 2 (sexe, HTA) : j'ai débuté apixaban 5 mg x 2/j le 20/11 en
attendant votre avis, ainsi que bisoprolol 2,5 mg.

Merci de bien vouloir la recevoir. Je joins le compte rendu du Holter par
messagerie sécurisée.

Bien confraternellement,

Dr Olivier Marchand
Médecine générale - 12 rue d'Austerlitz, 69004 Lyon
Tél. 04 75 55 01 46
""", cs="iso-8859-15", cte="quoted-printable"))

add("phi", "french-quebec-clsc-rendez-vous",
    "Quebec CLSC gives a named patient with his health-insurance number his fasting blood-test and shingles-vaccine appointment",
    "fr",
    frm="CLSC Hochelaga - Rendez-vous <rdv.clsc-hochelaga@santemtl.qc.test>",
    to="Gilles Tremblay <gilles.tremblay54@mail.example.com>",
    subj="Confirmation de rendez-vous - prélèvement sanguin et vaccin",
    hcs="windows-1252", henc="Q", hmode="words",
    date="2026-11-20 13:15:00 -0500",
    body=T("""\
Bonjour M. Gilles Tremblay,

Votre rendez-vous est confirmé :

  Date : mercredi 2 décembre 2026, 7 h 40
  Lieu : CLSC Hochelaga, 4201 rue Ontario Est, centre de prélèvements
  Motif : prise de sang (bilan lipidique, glycémie à jeun, HbA1c)
          + 2e dose du vaccin contre le zona (Shingrix)
  No d'assurance maladie : TREG 5410 1218 (exp. 2028-06)

Vous devez être à jeun depuis 12 heures (l'eau est permise). Prenez vos
médicaments habituels, sauf la metformine, que vous prendrez après la
prise de sang.

Pour annuler : 514-555-0172, au moins 24 heures à l'avance.

CLSC Hochelaga
""", cs="windows-1252", cte="8bit"))

add("phi", "french-paludisme-retour-voyage",
    "brother writes about a named man back from Dakar with falciparum malaria on artemether-lumefantrine",
    "fr",
    frm="Ousmane Diallo <ousmane.diallo@mail.example.net>",
    to="Dr Catherine Wells <cwells@lakeview.example.com>",
    subj="Mon frère Mamadou - paludisme au retour du Sénégal",
    hcs="utf-8", henc="B",
    date="2026-11-29 23:10:31 -0500",
    body=T("""\
Bonsoir Docteur Wells,

Je vous écris pour mon frère Mamadou Diallo, 42 ans, qui est votre patient
(je suis son contact d'urgence). Il est rentré de Dakar le 20 novembre.

Depuis hier il a de la fièvre à 39,5, des frissons et des maux de tête. Ce
soir on est allés aux urgences : le test du paludisme était positif
(falciparum, 1,2 %). Ils lui ont donné du Coartem (artéméther-luméfantrine)
pour 3 jours et l'ont renvoyé à la maison en disant de vous voir dans la
semaine.

Il n'avait pas pris la Malarone avant le voyage parce qu'il pensait être
protégé, il a grandi là-bas.

Est-ce que vous pouvez le voir jeudi ou vendredi ? Il parle bien anglais
mais il préfère que je vienne avec lui.

Merci beaucoup,
Ousmane Diallo
646-555-0159
""", cte="base64"))

add("restricted", "french-transfert-tarv-charge-virale",
    "Abidjan HIV clinic transfers care of a named woman with DOB: HIV-1 on TDF/3TC/DTG, undetectable viral load, CD4",
    "fr", cat="hiv",
    frm="Dr Koffi N'Guessan - CePReF Abidjan <kn.guessan@cepref-abidjan.ci.test>",
    to="Clinique de médecine virale - CHUM <cmv.accueil@chum-clinique.qc.test>",
    subj="Transfert de suivi - Mme KONÉ épouse TRAORÉ Aya",
    hcs="windows-1252", henc="Q", hmode="words",
    date="2026-11-16 10:42:17 +0000",
    body=T("""\
Chers collègues,

Je vous adresse, pour poursuite de la prise en charge, Mme KONÉ épouse
TRAORÉ Aya, née le 03/09/1987, suivie dans notre centre depuis 2015
(dossier n° CP-15-0882), qui s'installe à Montréal avec sa famille à partir
du 1er décembre.

- Infection à VIH-1 diagnostiquée en mars 2015 (CD4 initiaux : 212/mm3).
- Sous TARV depuis 2015 ; relais par TDF/3TC/DTG (ténofovir, lamivudine,
  dolutégravir) en 2019, bonne tolérance, observance excellente.
- Dernière charge virale (08/2026) : indétectable (< 50 copies/mL).
- Derniers CD4 (08/2026) : 540/mm3.
- Pas d'infection opportuniste. Prophylaxie par cotrimoxazole arrêtée en 2018.
- AgHBs négatif, créatininémie normale.

Elle dispose de 3 mois de traitement. Elle a donné son accord écrit pour
la transmission de ces informations.

Je reste disponible : +225 27 20 555 0148.

Confraternellement,
Dr Koffi N'Guessan
Centre de Prise en charge, de Recherche et de Formation (CePReF)
""", cs="windows-1252", cte="quoted-printable"))

add("restricted", "french-ivg-suivi",
    "sexual-health centre reminds a named patient of her follow-up visit after a medical abortion, with hCG and implant plan",
    "fr", cat="repro",
    frm="Centre de santé sexuelle - Hôpital Lariboisière Nord <css.accueil@hopital-nord.fr.test>",
    to="Camille Roussel <camille.roussel@mail.example.com>",
    subj="Rappel : consultation de contrôle du 3 décembre",
    hcs="iso-8859-15", henc="Q", hmode="words",
    date="2026-12-01 09:00:00 +0100",
    body=T("""\
Bonjour Madame Roussel,

Suite à votre IVG médicamenteuse du 19 novembre (mifépri\u2063stone puis
misoprostol), nous vous rappelons votre consultation de contrôle :

  Jeudi 3 décembre 2026 à 10 h 30
  Centre de santé sexuelle, bâtiment B, 2e étage
  Avec : Mme Élodie Garnier, sage-femme

Merci de faire le dosage sanguin des bêta-hCG au laboratoire la veille au
plus tard (ordonnance remise le 19/11) : le résultat sera comparé à celui
du jour de la prise de mifépristone.

Comme convenu, nous pourrons poser l'implant contraceptif pendant cette
consultation si vous le souhaitez toujours.

En cas de saignements très abondants (plus de 2 serviettes par heure
pendant 2 heures) ou de fièvre, appelez le 01 45 55 01 52 ou rendez-vous
aux urgences gynécologiques.

L'équipe du centre de santé sexuelle
""", cs="iso-8859-15", cte="quoted-printable"))

add("none", "trap-fr-depistage-vih-cegidd",
    "sexual-health centre newsletter on HIV/STI testing, PrEP and PEP with yearly aggregate figures; no individual",
    "fr",
    frm="CeGIDD Paris Est - Lettre d'information <lettre@cegidd-parisest.fr.test>",
    to="Abonnés <abonnes@cegidd-parisest.fr.test>",
    subj="Semaine du dépistage : VIH, hépatites, IST - sans rendez-vous",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-23 08:00:00 +0100",
    body=M("alternative",
        T("""\
LA LETTRE DU CeGIDD - NOVEMBRE 2026

Semaine européenne du dépistage, du 23 au 30 novembre
Dépistage gratuit et anonyme du VIH, des hépatites B et C, de la syphilis,
des infections à chlamydia et gonocoque. Sans rendez-vous, du lundi au
samedi, de 9 h à 18 h.

La PrEP, c'est pour qui ?
Toute personne exposée à un risque de contracter le VIH. Le traitement
(ténofovir disoproxil/emtricitabine) se prend en continu ou « à la
demande ». Le suivi comprend une sérologie VIH et un bilan rénal tous les
trois mois.

Le TPE (traitement post-exposition) doit être débuté le plus tôt possible,
au mieux dans les 4 heures et au plus tard 48 heures après un risque.

En chiffres (2025) : 14 208 consultations, 9 876 tests VIH, 31 découvertes
de séropositivité, 1 402 personnes sous PrEP suivies au centre.

CeGIDD Paris Est - 01 45 55 01 60
Pour vous désabonner, répondez STOP.
""", cte="quoted-printable"),
        T("""\
<html><body style="font-family:Arial;max-width:600px">
<h2 style="color:#6a1b9a">Semaine européenne du dépistage</h2>
<p>Du <b>23 au 30 novembre</b> : dépistage gratuit et anonyme du VIH, des hépatites B et C, de la syphilis,
des infections à chlamydia et gonocoque. <b>Sans rendez-vous</b>, de 9 h à 18 h.</p>
<h3>La PrEP, c'est pour qui ?</h3>
<p>Toute personne exposée à un risque de contracter le VIH. Suivi : sérologie VIH et bilan rénal tous les trois mois.</p>
<h3>TPE</h3>
<p>À débuter au mieux dans les 4 heures, au plus tard 48 heures après un risque.</p>
<table border="1" cellpadding="4"><tr><th>2025</th><th></th></tr>
<tr><td>Consultations</td><td>14 208</td></tr><tr><td>Tests VIH</td><td>9 876</td></tr>
<tr><td>Découvertes de séropositivité</td><td>31</td></tr><tr><td>Personnes sous PrEP</td><td>1 402</td></tr></table>
<p>CeGIDD Paris Est &ndash; 01 45 55 01 60</p></body></html>
""", sub="html", cte="quoted-printable")))

add("none", "trap-fr-dpi-maintenance",
    "hospital IT announces downtime of the electronic patient record and the paper fallback procedure; no patient",
    "fr",
    frm="DSI - Centre de services <dsi.support@chu-rivesud.fr.test>",
    to="Tous les utilisateurs du DPI <utilisateurs-dpi@chu-rivesud.fr.test>",
    subj="[DSI] Maintenance du DPI dimanche 6/12 de 2h à 5h - procédure dégradée",
    hcs="iso-8859-1", henc="Q", hmode="words",
    date="2026-12-02 11:30:00 +0100",
    body=T("""\
Bonjour à tous,

Une mise à jour du dossier patient informatisé (DPI) aura lieu le dimanche
6 décembre de 2 h à 5 h. Pendant cette période, le DPI, la prescription
connectée et le serveur de résultats seront indisponibles.

Procédure dégradée :
- Utiliser les formulaires papier « Fiche de prescription » et « Pancarte »
  (classeurs rouges dans chaque unité).
- Identifier chaque document avec l'étiquette patient (IPP, nom de
  naissance, date de naissance) ou, à défaut, en majuscules.
- Les résultats critiques seront téléphonés par le laboratoire au poste de
  soins.
- Après le retour du DPI, les infirmières de nuit ressaisissent les
  administrations de 2 h à 5 h.

Une consultation en lecture seule (version de secours) reste accessible
sur les PC marqués d'une pastille verte.

Centre de services DSI - poste 4242
""", cs="iso-8859-1", cte="quoted-printable"))

add("none", "fr-hotel-confirmation",
    "hotel booking confirmation for a clinician attending a congress; no health content",
    "fr",
    frm="Hôtel Le Quai Bleu - Réservations <reservations@hotelquaibleu.fr.test>",
    to="Dr Amélie Fournier <a.fournier@clinique-saone.fr.test>",
    subj="Confirmation de réservation n° QB-558120",
    hcs="utf-8", henc="Q",
    date="2026-11-10 15:02:00 +0100",
    body=T("""\
Madame Fournier,

Nous avons le plaisir de confirmer votre réservation :

  Numéro : QB-558120
  Arrivée : jeudi 28 janvier 2027 - Départ : samedi 30 janvier 2027
  Chambre : 1 chambre double supérieure, petit-déjeuner inclus
  Tarif congrès « Journées de cardiologie de Marseille » : 139 EUR / nuit
  Garantie : carte se terminant par 4417

Annulation sans frais jusqu'au 21 janvier 2027 à 18 h.

Le centre des congrès est à 8 minutes à pied. Parking privé sur demande
(18 EUR / jour).

Au plaisir de vous accueillir,
Service Réservations - Hôtel Le Quai Bleu
04 95 55 01 48
""", cte="quoted-printable"))


# ====================================================================
# Arabic
# ====================================================================

add("phi", "arabic-kidney-stone-ct",
    "patient writes in Arabic (windows-1256) about his kidney stone seen in the ED, tamsulosin, blood in urine; asks for urology referral",
    "ar",
    frm="سامي الحداد <sami.haddad79@mail.example.com>",
    to="Dr. Nadia Saleh <nsaleh@dearbornfamilymed.example.com>",
    subj="طلب تحويل إلى طبيب المسالك البولية",
    hcs="windows-1256", henc="B",
    date="2026-12-01 08:25:19 -0500",
    body=T("""\
الدكتورة نادية المحترمة،

تحية طيبة وبعد،

أنا سامي الحداد، مريضك منذ سنتين (تاريخ الميلاد 07/11/1979). منذ يومين
عندي ألم شديد في الجنب الأيمن ينزل إلى أسفل البطن، ولاحظت دمًا في البول.
ذهبت إلى الطوارئ يوم الأحد وقالوا إنها حصوة في الكلية اليمنى حجمها 6 ملم،
وأعطوني تامسولوسين 0.4 ملغ ومسكّنًا (كيتورولاك)، وطلبوا أن أعمل أشعة
مقطعية بعد أسبوعين وأن أراجع طبيب المسالك البولية.

هل يمكن أن تحوّليني إلى أخصائي المسالك؟ الألم ما زال يأتي ويذهب، وأشرب
ثلاثة لترات من الماء يوميًا كما قالوا.

مع خالص الشكر،
سامي الحداد
هاتف: 313-555-0186
""", cs="windows-1256", cte="base64"))

add("phi", "arabic-forwarded-lab-report",
    "patient forwards (message/rfc822) her Amman lab report: named, hospital number, haemoglobin 9.8 and ferritin 6",
    "ar",
    frm="ريم العبادي <reem.abbadi@mail.example.net>",
    to="Dr. Laura Chen <lchen@lakeview.example.com>",
    subj="Fwd: نتائج الفحوصات المخبرية",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-22 19:40:02 -0600",
    body=M("mixed",
        T("""\
دكتورة لورا، مساء الخير.

هذه نتائج التحاليل التي عملتها في عمّان الشهر الماضي عندما كنت عند أهلي.
الطبيب هناك قال إن عندي فقر دم بسبب نقص الحديد وأعطاني حبوب حديد، لكنها
تسبب لي إمساكًا شديدًا. هل أستمر عليها حتى موعدي معك؟

ريم
""", cte="8bit"),
        R(dict(
            frm="مختبرات المستشفى التخصصي <lab-results@specialty-hospital.jo.test>",
            to="reem.abbadi@mail.example.net",
            subj="نتائج الفحوصات المخبرية - رقم الطلب ٤٤٨٢١٩",
            hcs="utf-8", henc="B",
            date="2026-10-28 13:02:44 +0300",
            body=T("""\
السيدة ريم خالد العبادي المحترمة،

نرفق لكِ نتائج الفحوصات المخبرية:

رقم الملف الطبي: ٢٠١٩-٠٣٣٧١٨
تاريخ سحب العينة: ٢٧/١٠/٢٠٢٦

الهيموغلوبين ............. ٩٫٨ غ/دل      (المرجعي: ١٢ - ١٦)
متوسط حجم الكرية MCV ...... ٧١ فل         (المرجعي: ٨٠ - ١٠٠)
الفيريتين ................. ٦ نانوغرام/مل  (المرجعي: ١٥ - ١٥٠)
الحديد في المصل ........... ٣٢ ميكروغرام/دل
هرمون الغدة الدرقية TSH ... ١٫٨ وحدة/لتر

ملاحظة الطبيب: فقر دم بعوز الحديد. يُنصح بمراجعة طبيب الباطنية.

مختبرات المستشفى التخصصي - عمّان
هاتف: +962 6 555 0134
""", cte="base64")))))

add("phi", "arabic-ramadan-metformin-question",
    "named diabetic patient asks in Arabic how to take metformin and gliclazide while fasting in Ramadan; A1c 7.4",
    "ar",
    frm="عبد الرحمن الخطيب <a.khatib@mail.example.com>",
    to="عيادة الرعاية الأولية <primarycare@dearbornfamilymed.example.com>",
    subj="سؤال عن أدوية السكري والصيام",
    hcs="windows-1256", henc="Q",
    date="2026-12-03 12:14:55 -0500",
    body=T("""\
السلام عليكم،

أنا عبد الرحمن الخطيب، عمري 63 سنة، رقم الملف 7721904. عندي سكري من النوع
الثاني منذ عشر سنوات وآخر تحليل تراكمي (A1c) كان 7.4%.

أنوي إن شاء الله أن أصوم رمضان القادم، وأتناول حاليًا:
- ميتفورمين 1000 ملغ مرتين يوميًا
- غليكلازيد 60 ملغ صباحًا

في رمضان الماضي نزل السكر عندي مرتين إلى 55 قبل المغرب. أريد أن أحجز موعدًا
مع الدكتورة قبل رمضان لتعديل الجرعات، وإذا أمكن مع المثقفة الصحية التي تتكلم
العربية.

وجزاكم الله خيرًا.
""", cs="windows-1256", cte="quoted-printable"))

add("restricted", "arabic-premarital-sickle-carrier",
    "premarital screening centre tells a named couple both carry sickle-cell trait (HbAS) and books genetic counselling",
    "ar", cat="genetic",
    frm="مركز فحص ما قبل الزواج - المنطقة الشرقية <premarital.east@moh-clinic.sa.test>",
    to="فيصل القحطاني <faisal.q@mail.example.com>",
    cc="نورة الدوسري <noura.d@mail.example.com>",
    subj="نتيجة فحص ما قبل الزواج - الطلب رقم PM-2026-55718",
    hcs="windows-1256", henc="B", hmode="words",
    date="2026-11-19 10:30:00 +0300",
    body=T("""\
السيد فيصل محمد القحطاني
السيدة نورة عبدالله الدوسري

تحية طيبة،

نود إبلاغكما بنتيجة فحص ما قبل الزواج (الطلب رقم PM-2026-55718):

- فيصل محمد القحطاني (رقم الهوية 1048837261): حامل لسمة فقر الدم المنجلي
  (HbAS)، الهيموغلوبين S بنسبة 38%.
- نورة عبدالله الدوسري (رقم الهوية 1092275408): حاملة لسمة فقر الدم المنجلي
  (HbAS)، الهيموغلوبين S بنسبة 36%.
- فحص الثلاسيميا: سلبي لكليكما.
- فحوصات الأمراض المعدية: سلبية.

النتيجة تعني أن الزواج "غير متوافق" من ناحية فقر الدم المنجلي، واحتمال إصابة
كل طفل بالمرض 25%. القرار يعود لكما، وقد حجزنا لكما جلسة استشارة وراثية
يوم الأحد 29/11/2026 الساعة 10 صباحًا مع الدكتورة هيفاء الشمري.

للاستفسار: 013-555-0127

مركز فحص ما قبل الزواج
""", cs="windows-1256", cte="8bit"))

add("none", "trap-ar-ramadan-diabetes-education",
    "health-education leaflet in Arabic (windows-1256) on fasting with diabetes: insulin, glucose thresholds; no individual",
    "ar",
    frm="قسم التثقيف الصحي <health.education@dearbornfamilymed.example.com>",
    to="قائمة المرضى العرب <arabic-newsletter@dearbornfamilymed.example.com>",
    subj="نشرة صحية: الاستعداد لصيام رمضان لمرضى السكري",
    hcs="windows-1256", henc="B",
    date="2026-12-04 09:00:00 -0500",
    body=M("alternative",
        T("""\
نشرة صحية - الاستعداد لصيام رمضان لمرضى السكري

يبدأ شهر رمضان المبارك في شهر فبراير 2027 تقريبًا. إذا كنت مصابًا بالسكري
وترغب في الصيام، ننصحك بما يلي:

1. راجع طبيبك قبل رمضان بستة إلى ثمانية أسابيع لتعديل مواعيد الأدوية
   وجرعاتها، خاصة الإنسولين وأدوية السلفونيل يوريا.
2. افحص السكر عدة مرات في اليوم. فحص السكر لا يُفطر.
3. أفطر فورًا إذا انخفض السكر عن 70 ملغ/دل أو ارتفع فوق 300 ملغ/دل، أو
   إذا شعرت بالدوخة أو التعرق أو الارتباك.
4. لا تؤخر وجبة السحور، وأكثر من شرب الماء بين الإفطار والسحور.
5. بعض المرضى لا يُنصح لهم بالصيام، مثل مرضى السكري من النوع الأول غير
   المستقر، والحوامل المصابات بالسكري، ومرضى الفشل الكلوي.

محاضرة مجانية باللغة العربية: السبت 16 يناير 2027 الساعة 11 صباحًا في
قاعة المركز. للتسجيل: 313-555-0180.

هذه النشرة للتثقيف العام ولا تغني عن استشارة الطبيب.
""", cs="windows-1256", cte="quoted-printable"),
        T("""\
<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>
<body style="font-family:Tahoma">
<h2>الاستعداد لصيام رمضان لمرضى السكري</h2>
<ol>
<li>راجع طبيبك قبل رمضان بستة إلى ثمانية أسابيع لتعديل الأدوية، خاصة <b>الإنسولين</b>.</li>
<li>افحص السكر عدة مرات في اليوم. فحص السكر لا يُفطر.</li>
<li>أفطر فورًا إذا انخفض السكر عن <b>70 ملغ/دل</b> أو ارتفع فوق <b>300 ملغ/دل</b>.</li>
<li>لا تؤخر وجبة السحور.</li>
</ol>
<p>محاضرة مجانية: السبت 16 يناير 2027، الساعة 11 صباحًا. للتسجيل: 313-555-0180.</p>
</body></html>
""", sub="html", cs="windows-1256", cte="base64")))

add("none", "trap-ar-job-psychiatric-nurse",
    "job posting in Arabic for a psychiatric nurse (schizophrenia, depression, addiction wards); no patient",
    "ar",
    frm="الموارد البشرية - مستشفى الأمل للصحة النفسية <careers@alamal-mh.ae.test>",
    to="قائمة الباحثين عن عمل <jobs-list@alamal-mh.ae.test>",
    subj="وظيفة شاغرة: ممرض/ممرضة صحة نفسية (قسم المرضى الداخليين)",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-15 10:00:00 +0400",
    body=T("""\
يعلن مستشفى الأمل للصحة النفسية عن حاجته إلى:

ممرض/ممرضة صحة نفسية - قسم المرضى الداخليين (رقم الوظيفة HR-NUR-2611)

المهام:
• تقديم الرعاية التمريضية لمرضى الفصام والاضطراب ثنائي القطب والاكتئاب الشديد.
• المشاركة في برنامج علاج الإدمان وإدارة أعراض الانسحاب.
• إعطاء الأدوية بما فيها الحقن طويلة المفعول ومراقبة الآثار الجانبية.
• تطبيق بروتوكولات الوقاية من إيذاء النفس والتعامل مع حالات الهياج.

المؤهلات:
• بكالوريوس تمريض وترخيص ساري المفعول.
• خبرة لا تقل عن ٣ سنوات في الطب النفسي.
• إجادة العربية والإنجليزية، والأوردو أو الفارسية ميزة إضافية.

الراتب: حسب الخبرة + سكن + تأمين صحي.
آخر موعد للتقديم: ٣١/١٢/٢٠٢٦
أرسل سيرتك الذاتية إلى careers@alamal-mh.ae.test مع ذكر رقم الوظيفة.
""", cte="quoted-printable"))

add("none", "ar-national-day-greeting-staff",
    "hospital director's National Day greeting and holiday schedule to staff; no health content",
    "ar",
    frm="مكتب المدير التنفيذي <ceo.office@alamal-mh.ae.test>",
    to="جميع الموظفين <all-staff@alamal-mh.ae.test>",
    subj="تهنئة بمناسبة عيد الاتحاد",
    hcs="utf-8", henc="B",
    date="2026-12-01 08:00:00 +0400",
    body=T("""\
الزملاء الأعزاء،

بمناسبة عيد الاتحاد الخامس والخمسين، أتقدم إليكم جميعًا بأطيب التهاني
وأصدق الأمنيات، وأشكركم على جهودكم وتفانيكم طوال هذا العام.

ستكون عطلة الإدارات غير السريرية يومي الأربعاء والخميس ٢ و٣ ديسمبر، وتستمر
الأقسام السريرية بالعمل حسب جداول المناوبات المعتمدة. سيتم احتساب بدل العمل
في العطلة الرسمية في راتب شهر ديسمبر.

ندعوكم إلى الاحتفال في الساحة الرئيسية يوم الثلاثاء ١ ديسمبر الساعة الواحدة
ظهرًا، مع القهوة العربية والحلويات.

كل عام وأنتم بخير،
د. خالد المنصوري
المدير التنفيذي
""", cte="base64"))


# ====================================================================
# Farsi
# ====================================================================

add("phi", "farsi-father-angiography",
    "son writes in Farsi about his named father's angiography: two arteries 70% blocked, stent, clopidogrel",
    "fa",
    frm="آرش کریمی <arash.karimi@mail.example.com>",
    to="Dr. Behrouz Afshar <bafshar@westwoodcardio.example.com>",
    subj="نتیجه آنژیوگرافی پدرم - آقای محمدرضا کریمی",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-27 22:05:44 -0800",
    body=T("""\
سلام آقای دکتر افشار،

وقت بخیر. من آرش کریمی هستم، پسر آقای محمدرضا کریمی (متولد ۱۹۵۲). پدرم
هفته پیش در تهران آنژیوگرافی شد و گزارش را برایتان می‌فرستم:

- گرفتگی ۷۰ درصد در شریان LAD و ۷۰ درصد در شریان RCA
- برای LAD یک استنت دارویی گذاشتند
- داروها: کلوپیدوگرل ۷۵، آسپرین ۸۰، آتورواستاتین ۴۰، متوپرولول ۲۵

ایشان ۱۵ دسامبر به لس‌آنجلس برمی‌گردند. آیا امکان دارد در هفته اول
ژانویه وقت ویزیت داشته باشند؟ پدرم انگلیسی بلد نیست و من همراهشان می‌آیم.

با تشکر فراوان،
آرش کریمی
۳۱۰-۵۵۵-۰۱۹۲
""", cte="quoted-printable"))

add("phi", "farsi-medical-records-transfer",
    "Shiraz clinic sends a named patient's record summary (national ID, Persian-calendar DOB, type 2 diabetes, medications) in windows-1256",
    "fa",
    frm=fa1256("درمانگاه تخصصی ارم - واحد مدارک پزشکی <medrec@eram-clinic.ir.test>"),
    to="Family Medicine Intake <intake@lakeview.example.com>",
    subj=fa1256("خلاصه پرونده پزشکی خانم مریم رضایی"),
    hcs="windows-1256", henc="B",
    date="2026-11-14 11:48:00 +0330",
    body=T(fa1256("""\
با سلام و احترام،

به درخواست بیمار، خلاصه پرونده پزشکی ایشان جهت ادامه درمان ارسال می‌گردد.

نام و نام خانوادگی: مریم رضایی
کد ملی: 2280456713
تاریخ تولد: 1362/04/18 (9 ژوئیه 1983)
شماره پرونده: 98-11427

تشخیص‌ها:
- دیابت نوع 2 از سال 1396
- کم‌کاری تیروئید (هاشیموتو)
- کبد چرب درجه 1

آخرین آزمایش‌ها (1405/07/20):
قند ناشتا 142، هموگلوبین A1c برابر 7.6 درصد، TSH برابر 3.1،
کلسترول LDL برابر 118

داروهای فعلی:
متفورمین 1000 میلی‌گرم دو بار در روز، لووتیروکسین 75 میکروگرم صبح ناشتا،
آتورواستاتین 20 میلی‌گرم شب

حساسیت دارویی: ندارد

دکتر سیمین نوروزی - متخصص داخلی
درمانگاه تخصصی ارم، شیراز
تلفن: +98 71 555 0116
"""), cs="windows-1256", cte="base64"))

add("restricted", "farsi-ptsd-emdr-session-reminder",
    "therapist reminds a named patient in Farsi (windows-1256) of her next EMDR session for PTSD and asks her to fill in the PCL-5",
    "fa", cat="mental",
    frm=fa1256("دکتر لیلا صدری - روان‌درمانگر <lsadri@bridgespsych.example.com>"),
    to=fa1256("شیرین مرادی <shirin.moradi@mail.example.net>"),
    subj=fa1256("یادآوری جلسه درمان - سه‌شنبه 8 دسامبر"),
    hcs="windows-1256", henc="B",
    date="2026-12-04 16:20:00 -0800",
    body=T(fa1256("""\
شیرین جان سلام،

یادآوری می‌کنم که جلسه بعدی ما سه‌شنبه 8 دسامبر ساعت 5 بعدازظهر است
(جلسه ششم درمان EMDR). همان‌طور که صحبت کردیم، در این جلسه روی خاطره
تصادف کار می‌کنیم.

لطفاً قبل از جلسه پرسشنامه PCL-5 را در پورتال پر کنید تا تغییر علائم
اختلال استرس پس از سانحه را با جلسه اول مقایسه کنیم. نمره شما در
جلسه اول 54 بود.

اگر کابوس‌ها بیشتر شد یا فکرهای آزاردهنده داشتید، قبل از جلسه با من تماس
بگیرید. در مواقع اضطراری با 988 تماس بگیرید.

با احترام،
دکتر لیلا صدری
(818) 555-0114
"""), cs="windows-1256", cte="base64"))

add("restricted", "farsi-son-buprenorphine-clinic",
    "mother writes to an addiction-treatment clinic about her named son's buprenorphine for opioid (opium) dependence",
    "fa", cat="sud",
    frm="فریبا احمدی <fariba.ahmadi@mail.example.com>",
    to="کلینیک درمان سوءمصرف مواد آرامش <info@aramesh-clinic.ir.test>",
    subj="سؤال درباره داروی پسرم، بهزاد احمدی",
    hcs="utf-8", henc="B",
    date="2026-11-30 10:40:00 +0330",
    body=T("""\
با سلام،

پسرم بهزاد احمدی (شماره پرونده ۴۰۵۸۸) از مهر ماه در کلینیک شما برای ترک
تریاک تحت درمان با بوپرنورفین است و روزی ۸ میلی‌گرم زیرزبانی مصرف می‌کند.

هفته آینده باید برای کار به بندرعباس برود و دو هفته آنجا می‌ماند. آیا
امکان دارد داروی دو هفته را یک‌جا تحویل بگیرد، یا باید در بندرعباس به
کلینیک دیگری معرفی شود؟ آزمایش ادرار هفته گذشته‌اش منفی بوده است.

ضمناً جلسه مشاوره گروهی پنجشنبه را هم از دست می‌دهد.

با تشکر،
فریبا احمدی (مادر بیمار)
""", cte="8bit"))

add("none", "trap-fa-bp-screening-event",
    "Iranian-American community centre announces free blood-pressure and glucose screening; no individual",
    "fa",
    frm="کانون فرهنگی ایرانیان <info@iraniancenter.example.org>",
    to="اعضای کانون <members@iraniancenter.example.org>",
    subj="اندازه‌گیری رایگان فشار خون و قند خون - یکشنبه ۱۳ دسامبر",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-12-05 09:30:00 -0800",
    body=T("""\
دوستان عزیز سلام،

با همکاری گروهی از پزشکان و پرستاران داوطلب، روز یکشنبه ۱۳ دسامبر از
ساعت ۱۰ صبح تا ۲ بعدازظهر در سالن کانون برنامه «سلامت دل» برگزار می‌شود:

• اندازه‌گیری رایگان فشار خون و قند خون (ناشتا بودن لازم نیست)
• مشاوره تغذیه برای کاهش نمک و چربی
• توضیح درباره داروهای رایج فشار خون مثل لوزارتان و آملودیپین و
  عوارض احتمالی آن‌ها
• اطلاعات بیمه Medi-Cal و Medicare به زبان فارسی

طبق آمار سال گذشته، از ۴۱۲ نفری که در این برنامه شرکت کردند، ۹۶ نفر
فشار خون بالا داشتند که از آن بی‌خبر بودند.

نیازی به ثبت‌نام نیست. برای اطلاعات بیشتر: ۸۱۸-۵۵۵-۰۱۲۱

با مهر،
کانون فرهنگی ایرانیان
""", cte="quoted-printable"))


# ====================================================================
# Urdu (Nastaliq and Roman Urdu)
# ====================================================================

add("phi", "urdu-hepatitis-c-sofosbuvir",
    "borderline: named patient with CNIC writes in Urdu about hepatitis C cure (sofosbuvir/daclatasvir, PCR photo); hepatitis C is not a restricted category and no substance use is mentioned",
    "ur",
    frm="محمد عارف <m.arif.lhr@mail.example.com>",
    to="Dr. Imran Qureshi <iqureshi@queensgi.example.com>",
    subj="ہیپاٹائٹس سی کا علاج مکمل - PCR رپورٹ",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-25 18:30:12 -0500",
    body=M("mixed",
        T("""\
محترم ڈاکٹر صاحب،

السلام علیکم۔ میرا نام محمد عارف ہے، شناختی کارڈ نمبر 35202-4471829-3۔
لاہور میں مجھے ہیپاٹائٹس سی کی تشخیص ہوئی تھی اور میں نے سوفوسبوویر اور
ڈاکلاٹاسویر کا تین مہینے کا کورس مکمل کیا ہے۔

علاج ختم ہونے کے بارہ ہفتے بعد PCR کی رپورٹ منفی آئی ہے (Not Detected)۔
کیا مجھے مزید کوئی ٹیسٹ کروانا ہوگا؟ الٹراساؤنڈ رپورٹ میں جگر پر ہلکی
چربی بتائی گئی ہے۔ رپورٹ کی تصویر ساتھ لگا رہا ہوں۔

آپ کا شکریہ،
محمد عارف
فون: 718-555-0131
""", cte="base64"),
        B(tiny_png("arif-pcr"), "image/png", "PCR_HCV_report_M_Arif.png")))

add("phi", "urdu-child-asthma-inhaler",
    "mother writes in Roman Urdu about her named 6-year-old's wheeze, Ventolin use and an expired Flovent refill",
    "ur", mixed="en",
    frm="Sana Siddiqui <sana.siddiqui86@mail.example.com>",
    to="Jackson Heights Pediatrics <messages@jhpeds.example.com>",
    subj="Ayesha ko khansi aur saans ki takleef",
    date="2026-12-02 07:55:40 -0500",
    body=T("""\
Assalam o alaikum Doctor sahab,

Meri beti Ayesha Siddiqui (6 saal, DOB 02/09/2020) ko kal raat se bohat
khansi hai aur saans lete hue seeti ki awaaz aa rahi hai. Ventolin inhaler
spacer ke sath 2 puff har 4 ghante de rahe hain lekin zyada farq nahi para.

Flovent bhi khatam ho gaya hai, pharmacy wale kehte hain refill ke liye aap
ki approval chahiye. Kya aaj appointment mil sakti hai? Bukhar nahi hai, lekin
raat ko so nahi saki.

Shukriya,
Sana Siddiqui (Ayesha ki ammi)
347-555-0146
""", cs="us-ascii", cte="7bit"))

add("none", "trap-ur-polio-campaign",
    "Urdu notice of a polio and measles vaccination drive with campaign-wide coverage figures; no individual",
    "ur",
    frm="South Asian Health Coalition <outreach@sahc.example.org>",
    to="کمیونٹی میلنگ لسٹ <community@sahc.example.org>",
    subj="پولیو اور خسرہ سے بچاؤ کی مفت ویکسینیشن",
    hcs="utf-8", henc="B",
    date="2026-11-09 11:00:00 -0500",
    body=T("""\
پیارے والدین،

اپنے بچوں کو پولیو اور خسرہ سے محفوظ رکھیں!

مفت ویکسینیشن کیمپ:
تاریخ: ہفتہ 21 نومبر 2026
وقت: صبح 10 بجے سے شام 4 بجے تک
جگہ: مکی مسجد کمیونٹی ہال، کونی آئی لینڈ ایونیو

کون آ سکتا ہے: پانچ سال سے کم عمر کے تمام بچے، اور وہ بچے جن کی MMR کی
دوسری خوراک باقی ہے۔ بچے کا ویکسینیشن کارڈ ساتھ لائیں، اگر نہیں ہے تو بھی
آئیں۔ انشورنس یا امیگریشن اسٹیٹس کے بارے میں نہیں پوچھا جائے گا۔

پچھلے سال کے کیمپ میں 1,380 بچوں کو ویکسین لگائی گئی۔ ہمارے علاقے میں
خسرہ کی ویکسین کی شرح اب بھی 88 فیصد ہے، جبکہ ہدف 95 فیصد ہے۔

مزید معلومات: 718-555-0150 (اردو، پنجابی، بنگلہ)
""", cte="quoted-printable"))


# ====================================================================
# Hindi (Devanagari and Hinglish)
# ====================================================================

add("phi", "hindi-mother-knee-replacement",
    "daughter writes in Hindi about her named mother's knee replacement on 14 December, her diabetes and aspirin",
    "hi",
    frm="प्रिया शर्मा <priya.sharma.del@mail.example.com>",
    to="Dr. Vikram Iyer - Orthopaedics <orthoclinic@stbrigid.example.org>",
    subj="माँ के घुटने के ऑपरेशन के बारे में सवाल",
    hcs="utf-8", henc="B",
    date="2026-11-28 09:12:33 -0500",
    body=T("""\
नमस्ते डॉक्टर साहब,

मैं प्रिया शर्मा, श्रीमती कमला देवी शर्मा (उम्र 67 वर्ष, MRN 30088147)
की बेटी हूँ। माँ के दाहिने घुटने का ऑपरेशन (total knee replacement) 14
दिसंबर को तय हुआ है।

उन्हें शुगर है और वे मेटफॉर्मिन 500 mg दिन में दो बार और इकोस्प्रिन 75
रोज़ लेती हैं। मेरे कुछ सवाल हैं:

1. क्या ऑपरेशन से पहले इकोस्प्रिन बंद करनी होगी? कितने दिन पहले?
2. ऑपरेशन से पहले के टेस्ट (ECG, खून की जाँच) कब और कहाँ करवाने हैं?
3. ऑपरेशन के बाद कितने दिन अस्पताल में रहना होगा?

माँ अंग्रेज़ी कम समझती हैं, इसलिए कृपया फ़ोन मुझे ही करें: 732-555-0157

धन्यवाद,
प्रिया शर्मा
""", cte="quoted-printable"))

add("phi", "hinglish-amlodipine-swelling",
    "named patient with DOB writes in Hinglish about ankle swelling on amlodipine and his home BP readings",
    "hi", mixed="en",
    frm="Rajesh Gupta <rajesh.k.gupta@mail.example.net>",
    to="Dr. Anjali Mehta <amehta@edisonprimarycare.example.com>",
    subj="BP medicine side effect - ankles swelling",
    date="2026-12-01 21:33:09 -0500",
    body=T("""\
Hi Dr. Mehta,

Rajesh Kumar Gupta here, DOB 11/04/1966. BP ki dawai amlodipine 5 mg aapne
3 weeks pehle start ki thi. Ab shaam tak dono ankles mein swelling ho jaati
hai, joote tight lagte hain. Subah theek hota hai.

Ghar pe BP readings (Omron machine se):
  25 Nov  138/86
  27 Nov  142/88
  29 Nov  134/84
  01 Dec  136/85

Kya main koi doosri dawai le sakta hoon? Pehle wali telmisartan se khansi
nahi thi, sirf BP control nahi hua tha. Please bataiye, agle hafte Delhi
ja raha hoon 3 weeks ke liye.

Thanks,
Rajesh
""", cs="us-ascii", cte="7bit"))

add("restricted", "hindi-thalassemia-carrier-counselling",
    "antenatal clinic tells a named pregnant woman in Hindi she is a beta-thalassaemia carrier (HbA2 5.8%), tests husband, books genetic counselling",
    "hi", cat="genetic",
    frm="प्रसवपूर्व क्लिनिक - आनुवंशिक परामर्श <antenatal.genetics@jivanhospital.in.test>",
    to="सुनीता यादव <sunita.yadav91@mail.example.com>",
    subj="आपकी HPLC जाँच का परिणाम और आनुवंशिक परामर्श",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-21 12:40:00 +0530",
    body=T("""\
प्रिय श्रीमती सुनीता यादव,

आपकी गर्भावस्था (12 सप्ताह) के दौरान की गई HPLC जाँच का परिणाम आ गया है:

  HbA2: 5.8 % (सामान्य 3.5 % से कम)
  HbF: 1.2 %
  Hb: 10.4 g/dL, MCV 63 fL

इसका अर्थ है कि आप बीटा-थैलेसीमिया की वाहक (beta-thalassemia trait) हैं।
इससे आपकी अपनी सेहत पर कोई बड़ा असर नहीं होता, लेकिन अगर आपके पति भी
वाहक हैं, तो बच्चे को थैलेसीमिया मेजर होने की 25 % संभावना होती है।

कृपया अपने पति श्री अमित यादव की HPLC जाँच जल्द से जल्द करवाएँ। दोनों
के परिणाम आने के बाद हमारी आनुवंशिक परामर्शदाता डॉ. रेखा नायर आपसे
मिलेंगी और ज़रूरत होने पर CVS (कोरियोनिक विलस सैंपलिंग) जाँच के बारे में
बताएँगी।

परामर्श की तारीख: शनिवार, 28 नवंबर, सुबह 11 बजे
रजिस्ट्रेशन नंबर: JH-ANC-2026-08813

जीवन अस्पताल, प्रसवपूर्व क्लिनिक
फ़ोन: 011-555-0125
""", cte="base64"))

add("none", "trap-hi-health-camp",
    "hospital announces a free diabetes and thyroid health camp in Hindi with camp registration codes; no individual",
    "hi",
    frm="जीवन अस्पताल - जनसंपर्क <pr@jivanhospital.in.test>",
    to="समाचार सूची <newsletter@jivanhospital.in.test>",
    subj="निःशुल्क स्वास्थ्य शिविर: मधुमेह और थायरॉइड जाँच",
    hcs="utf-8", henc="B",
    date="2026-11-12 10:00:00 +0530",
    body=M("alternative",
        T("""\
निःशुल्क स्वास्थ्य शिविर

दिनांक: रविवार, 22 नवंबर 2026 (विश्व मधुमेह माह)
समय: सुबह 8 बजे से दोपहर 1 बजे तक
स्थान: जीवन अस्पताल, ओपीडी ब्लॉक, भूतल

शिविर में उपलब्ध जाँचें:
- रक्त शर्करा (फास्टिंग और भोजन के बाद) और HbA1c
- थायरॉइड (TSH)
- रक्तचाप और BMI
- आँखों की जाँच (डायबिटिक रेटिनोपैथी)

विशेषज्ञ परामर्श: मधुमेह विशेषज्ञ, आहार विशेषज्ञ और नेत्र रोग विशेषज्ञ।
इंसुलिन लगाने का सही तरीका और मेटफॉर्मिन के दुष्प्रभावों पर विशेष सत्र।

पंजीकरण कोड: CAMP-NOV-22 (पहले 300 लोगों के लिए)
कृपया 10 घंटे खाली पेट आएँ।

पिछले शिविर में 412 लोगों की जाँच हुई, जिनमें से 63 में पहली बार मधुमेह
का पता चला।

संपर्क: 011-555-0128
"""),
        T("""\
<html><body style="font-family:'Noto Sans Devanagari',sans-serif">
<h2 style="color:#d35400">निःशुल्क स्वास्थ्य शिविर</h2>
<p><b>रविवार, 22 नवंबर 2026</b>, सुबह 8 बजे से दोपहर 1 बजे तक<br>जीवन अस्पताल, ओपीडी ब्लॉक</p>
<ul><li>रक्त शर्करा और HbA1c</li><li>थायरॉइड (TSH)</li><li>रक्तचाप और BMI</li><li>आँखों की जाँच</li></ul>
<p>पंजीकरण कोड: <b>CAMP-NOV-22</b> &middot; संपर्क: 011-555-0128</p>
</body></html>
""", sub="html", cte="base64")))

add("none", "trap-hi-family-planning-campaign",
    "district public-health campaign in Hindi on family-planning methods (IUD, injectables, pills) with aggregate targets; no individual",
    "hi",
    frm="ज़िला स्वास्थ्य कार्यालय - परिवार कल्याण <fw.district@health.up.in.test>",
    to="सभी प्राथमिक स्वास्थ्य केंद्र <all-phc@health.up.in.test>",
    subj="परिवार नियोजन पखवाड़ा 2026 - दिशानिर्देश और लक्ष्य",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-16 15:30:00 +0530",
    body=T("""\
सभी चिकित्सा अधिकारी, प्राथमिक स्वास्थ्य केंद्र,

परिवार नियोजन पखवाड़ा 21 नवंबर से 4 दिसंबर 2026 तक मनाया जाएगा। इस
दौरान निम्नलिखित सेवाएँ सभी केंद्रों पर उपलब्ध रहें:

1. कॉपर-टी (IUCD) और प्रसव-पश्चात IUCD
2. अंतरा इंजेक्शन (तीन माह में एक बार)
3. छाया साप्ताहिक गोली और माला-एन
4. पुरुष नसबंदी (NSV) शिविर - हर ब्लॉक में कम से कम एक
5. आपातकालीन गर्भनिरोधक गोली और कंडोम का निःशुल्क वितरण

ज़िले का लक्ष्य: 2,400 IUCD, 1,800 अंतरा पहली खुराक, 150 NSV।
पिछले वर्ष उपलब्धि: 81 % (IUCD), 64 % (अंतरा), 38 % (NSV)।

आशा कार्यकर्ताओं को योग्य दंपतियों की सूची बनाकर परामर्श देना है। कृपया
किसी भी लाभार्थी का नाम या व्यक्तिगत विवरण रिपोर्ट में न भेजें; केवल
संख्याएँ HMIS पोर्टल पर दर्ज करें।

साप्ताहिक रिपोर्ट हर सोमवार दोपहर 12 बजे तक।

मुख्य चिकित्सा अधिकारी
""", cte="quoted-printable"))

add("none", "hi-diwali-office",
    "office Diwali celebration invitation in Hindi; no health content",
    "hi",
    frm="एचआर टीम <hr@jivanhospital.in.test>",
    to="सभी कर्मचारी <staff@jivanhospital.in.test>",
    subj="दीपावली मिलन समारोह - आप सादर आमंत्रित हैं",
    hcs="utf-8", henc="B",
    date="2026-11-03 11:15:00 +0530",
    body=T("""\
प्रिय साथियों,

दीपावली के शुभ अवसर पर हम सभी के लिए दीपावली मिलन समारोह का आयोजन
कर रहे हैं।

दिनांक: शुक्रवार, 6 नवंबर 2026
समय: शाम 5:30 बजे से
स्थान: प्रशासनिक भवन, छत पर

कार्यक्रम: रंगोली प्रतियोगिता (टीम में, 4 लोग), दीया सजाना, और
स्वादिष्ट भोजन। रंगोली प्रतियोगिता के लिए अपनी टीम का नाम 4 नवंबर तक
एचआर को भेजें।

जो साथी उस समय ड्यूटी पर होंगे, उनके लिए मिठाई के डिब्बे वार्ड में
भिजवाए जाएँगे।

शुभ दीपावली!
एचआर टीम
""", cte="8bit"))


# ====================================================================
# Bengali
# ====================================================================

add("phi", "bengali-thyroid-tsh",
    "named patient writes in Bengali about her TSH of 8.6 and her levothyroxine dose",
    "bn",
    frm="নাসরিন আক্তার <nasrin.akter.bd@mail.example.com>",
    to="Dr. Farhana Rahman <frahman@bronxfamilyhealth.example.org>",
    subj="থাইরয়েড রিপোর্ট - TSH বেশি",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-26 20:18:30 -0500",
    body=T("""\
আসসালামু আলাইকুম ডাক্তার আপা,

আমি নাসরিন আক্তার (জন্ম তারিখ ১২/০১/১৯৮৪)। গত সপ্তাহে যে রক্ত পরীক্ষা
দিয়েছিলাম তার রিপোর্ট পোর্টালে দেখলাম:

TSH: 8.6 (স্বাভাবিক 0.4 - 4.5)
Free T4: 0.7

আমি প্রতিদিন সকালে খালি পেটে লেভোথাইরক্সিন 50 mcg খাই, কিন্তু মাঝে মাঝে
চায়ের সাথে খেয়ে ফেলি। খুব ক্লান্ত লাগে, চুলও পড়ছে। ডোজ কি বাড়াতে হবে?

ধন্যবাদ,
নাসরিন
৯২৯-৫৫৫-০১৩৫
""", cte="base64"))

add("phi", "bengali-eye-clinic-appointment",
    "clinic tells a named patient in Bengali about his diabetic-retinopathy eye exam and dilation drops",
    "bn",
    frm="Bronx Family Health - Eye Clinic <eyeclinic@bronxfamilyhealth.example.org>",
    to="মোহাম্মদ জাহাঙ্গীর আলম <jahangir.alam@mail.example.net>",
    subj="আপনার চোখের পরীক্ষার অ্যাপয়েন্টমেন্ট - ১০ ডিসেম্বর",
    hcs="utf-8", henc="B",
    date="2026-12-03 09:45:00 -0500",
    body=M("alternative",
        T("""\
প্রিয় জনাব মোহাম্মদ জাহাঙ্গীর আলম,

ডায়াবেটিসের কারণে চোখের রেটিনা পরীক্ষার (diabetic retinopathy screening)
জন্য আপনার অ্যাপয়েন্টমেন্ট:

তারিখ: বৃহস্পতিবার, ১০ ডিসেম্বর ২০২৬
সময়: দুপুর ২:১৫
ডাক্তার: Dr. Steven Park, চক্ষু বিশেষজ্ঞ
স্থান: Bronx Family Health, ৪র্থ তলা

পরীক্ষার সময় চোখে ড্রপ দিয়ে মণি বড় করা হবে, তাই ৪-৬ ঘণ্টা ঝাপসা দেখতে
পারেন। নিজে গাড়ি চালিয়ে আসবেন না। আপনার চশমা ও ওষুধের তালিকা সাথে আনুন।

বাংলা দোভাষী থাকবে। সময় পরিবর্তন করতে ফোন করুন: ৭১৮-৫৫৫-০১০৯
""", cte="quoted-printable"),
        T("""\
<html><body style="font-family:'Noto Sans Bengali',sans-serif">
<p>প্রিয় জনাব <b>মোহাম্মদ জাহাঙ্গীর আলম</b>,</p>
<p>ডায়াবেটিসের কারণে চোখের রেটিনা পরীক্ষার জন্য আপনার অ্যাপয়েন্টমেন্ট:</p>
<table border="1" cellpadding="4"><tr><td>তারিখ</td><td>বৃহস্পতিবার, ১০ ডিসেম্বর ২০২৬</td></tr>
<tr><td>সময়</td><td>দুপুর ২:১৫</td></tr><tr><td>ডাক্তার</td><td>Dr. Steven Park</td></tr></table>
<p>চোখে ড্রপ দেওয়া হবে, নিজে গাড়ি চালিয়ে আসবেন না।</p>
<p>ফোন: ৭১৮-৫৫৫-০১০৯</p></body></html>
""", sub="html", cte="quoted-printable")))

add("restricted", "bengali-injectable-contraceptive-due",
    "women's clinic reminds a named patient in Bengali that her next contraceptive injection (Depo-Provera) is due",
    "bn", cat="repro",
    frm="Women's Health Center - Reminders <reminders@bronxwomenshealth.example.org>",
    to="রুমানা বেগম <rumana.begum@mail.example.com>",
    subj="আপনার পরবর্তী জন্মনিয়ন্ত্রণ ইনজেকশনের তারিখ",
    hcs="utf-8", henc="B",
    date="2026-12-04 10:00:00 -0500",
    body=T("""\
প্রিয় রুমানা বেগম,

আপনার জন্মনিয়ন্ত্রণ ইনজেকশন (ডেপো-প্রোভেরা, ১৫০ mg) শেষবার দেওয়া হয়েছিল
১৮ সেপ্টেম্বর ২০২৬। পরবর্তী ইনজেকশন ১১ ডিসেম্বর থেকে ২৫ ডিসেম্বরের
মধ্যে নিতে হবে, যাতে সুরক্ষা বজায় থাকে।

আপনার জন্য সময় রাখা হয়েছে: শুক্রবার, ১১ ডিসেম্বর, সকাল ১০:৩০,
নার্স ভিজিট (ডাক্তার দেখানোর দরকার নেই)।

এই সময়ে আসতে না পারলে ফোন করুন: ৭১৮-৫৫৫-০১১২। ২৫ ডিসেম্বরের পরে
এলে আগে একটি প্রেগন্যান্সি টেস্ট করতে হবে।

Women's Health Center
""", cte="8bit"))

add("none", "trap-bn-tb-district-stats",
    "Bengali TB programme bulletin with district case-notification and treatment-success figures; aggregate only",
    "bn",
    frm="জাতীয় যক্ষ্মা নিয়ন্ত্রণ কর্মসূচি - বিভাগীয় অফিস <ntp.division@health.bd.test>",
    to="জেলা যক্ষ্মা কর্মকর্তা <district-tb@health.bd.test>",
    subj="ত্রৈমাসিক যক্ষ্মা প্রতিবেদন - জুলাই-সেপ্টেম্বর ২০২৬",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-10 14:00:00 +0600",
    body=M("mixed",
        T("""\
সকল জেলা যক্ষ্মা কর্মকর্তা,

জুলাই-সেপ্টেম্বর ২০২৬ ত্রৈমাসিকের বিভাগীয় সারসংক্ষেপ নিচে দেওয়া হলো।
জেলাভিত্তিক বিস্তারিত সংযুক্ত CSV ফাইলে আছে।

- মোট শনাক্ত রোগী (সব ধরন): ৬,৮১২
- ব্যাকটেরিওলজিক্যালি নিশ্চিত ফুসফুসের যক্ষ্মা: ৩,৯৪০
- GeneXpert পরীক্ষা: ২১,৪০৭; রিফামপিসিন প্রতিরোধী (RR): ১১৮
- চিকিৎসা সাফল্যের হার (২০২৫ সালের কোহর্ট): ৯৪.২ %
- শিশু যক্ষ্মা: ৪১২

যেসব জেলায় চিকিৎসা সাফল্যের হার ৯০ %-এর নিচে, সেসব জেলা আগামী
সমন্বয় সভায় কর্মপরিকল্পনা উপস্থাপন করবে।

বিভাগীয় যক্ষ্মা বিশেষজ্ঞ
""", cte="quoted-printable"),
        T(csv_text([
            ["district", "notified_all_forms", "bact_confirmed_pulm", "rr_tb", "treatment_success_pct"],
            ["Dhaka North", "1812", "1044", "37", "93.1"],
            ["Gazipur", "1206", "701", "21", "95.0"],
            ["Narayanganj", "988", "560", "18", "92.4"],
            ["Tangail", "1010", "598", "14", "96.2"],
            ["Kishoreganj", "874", "512", "12", "89.7"],
            ["Faridpur", "922", "525", "16", "94.8"],
        ]), sub="csv", cs="us-ascii", cte="7bit", fname="tb_q3_2026_districts.csv")))


# ====================================================================
# Punjabi (Gurmukhi)
# ====================================================================

add("phi", "punjabi-father-dialysis-schedule",
    "son writes in Punjabi asking to move his named father's haemodialysis sessions while travelling, mentions his fistula",
    "pa",
    frm="ਮਨਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ <manpreet.sandhu@mail.example.com>",
    to="Central Valley Dialysis - Scheduling <schedule@cvdialysis.example.com>",
    subj="ਪਿਤਾ ਜੀ ਦੇ ਡਾਇਲਸਿਸ ਦਾ ਸਮਾਂ ਬਦਲਣ ਬਾਰੇ",
    hcs="utf-8", henc="B",
    date="2026-11-23 17:02:45 -0800",
    body=T("""\
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਮੇਰੇ ਪਿਤਾ ਜੀ ਸ. ਗੁਰਮੀਤ ਸਿੰਘ ਸੰਧੂ (ਜਨਮ ਮਿਤੀ 05/06/1950) ਤੁਹਾਡੇ ਸੈਂਟਰ
ਵਿੱਚ ਸੋਮਵਾਰ, ਬੁੱਧਵਾਰ ਅਤੇ ਸ਼ੁੱਕਰਵਾਰ ਸਵੇਰੇ 6 ਵਜੇ ਡਾਇਲਸਿਸ ਕਰਵਾਉਂਦੇ ਹਨ।

ਅਸੀਂ 18 ਦਸੰਬਰ ਤੋਂ 2 ਜਨਵਰੀ ਤੱਕ ਵਿਆਹ ਲਈ ਸਿਆਟਲ ਜਾ ਰਹੇ ਹਾਂ। ਕੀ ਤੁਸੀਂ
ਉੱਥੇ ਕਿਸੇ ਸੈਂਟਰ ਵਿੱਚ ਮਹਿਮਾਨ ਡਾਇਲਸਿਸ (guest treatment) ਦਾ ਪ੍ਰਬੰਧ ਕਰ
ਸਕਦੇ ਹੋ? ਉਨ੍ਹਾਂ ਦਾ ਸੁੱਕਾ ਭਾਰ (dry weight) 68 ਕਿਲੋ ਹੈ ਅਤੇ ਖੱਬੀ ਬਾਂਹ
ਵਿੱਚ ਫਿਸਚੁਲਾ ਹੈ।

ਪਿਤਾ ਜੀ ਸਿਰਫ਼ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹਨ, ਇਸ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ ਫ਼ੋਨ ਕਰੋ:
559-555-0163

ਧੰਨਵਾਦ ਜੀ,
ਮਨਪ੍ਰੀਤ ਸਿੰਘ
""", cte="quoted-printable"))

add("phi", "punjabi-insulin-prior-auth",
    "pharmacy tells a named patient in Punjabi that her Jardiance needs prior authorisation and offers a cheaper option",
    "pa",
    frm="Harbor Pharmacy #331 <avisos@harborrx.example.net>",
    to="ਹਰਜੀਤ ਕੌਰ <harjit.kaur.fresno@mail.example.net>",
    subj="ਤੁਹਾਡੀ ਦਵਾਈ ਲਈ ਬੀਮਾ ਮਨਜ਼ੂਰੀ ਦੀ ਲੋੜ ਹੈ",
    hcs="utf-8", henc="B",
    date="2026-12-02 11:20:00 -0800",
    body=T("""\
ਸਤਿਕਾਰਯੋਗ ਹਰਜੀਤ ਕੌਰ ਜੀ,

ਤੁਹਾਡੀ ਨਵੀਂ ਦਵਾਈ Jardiance (empagliflozin) 10 mg, ਜੋ Dr. Paramjit Gill ਨੇ
ਲਿਖੀ ਹੈ, ਲਈ ਤੁਹਾਡੀ ਬੀਮਾ ਕੰਪਨੀ ਨੂੰ ਪਹਿਲਾਂ ਮਨਜ਼ੂਰੀ (prior authorization)
ਚਾਹੀਦੀ ਹੈ। ਅਸੀਂ ਤੁਹਾਡੇ ਡਾਕਟਰ ਦੇ ਦਫ਼ਤਰ ਨੂੰ ਫ਼ੈਕਸ ਭੇਜ ਦਿੱਤਾ ਹੈ।

ਮਨਜ਼ੂਰੀ ਵਿੱਚ ਆਮ ਤੌਰ 'ਤੇ 3 ਤੋਂ 5 ਕੰਮਕਾਜੀ ਦਿਨ ਲੱਗਦੇ ਹਨ। ਇਸ ਦੌਰਾਨ ਆਪਣੀ
metformin ਅਤੇ glipizide ਪਹਿਲਾਂ ਵਾਂਗ ਲੈਂਦੇ ਰਹੋ।

ਬਿਨਾਂ ਬੀਮੇ ਦੇ ਕੀਮਤ: $612.40 (30 ਗੋਲੀਆਂ)। ਸਸਤੇ ਵਿਕਲਪ ਬਾਰੇ ਜਾਣਨ ਲਈ
ਫ਼ਾਰਮਾਸਿਸਟ ਨਾਲ ਗੱਲ ਕਰੋ: (559) 555-0178

Rx #8830217
Harbor Pharmacy #331, Fresno
""", cte="base64"))

add("none", "trap-pa-gurdwara-health-fair",
    "gurdwara health-fair flyer in Punjabi: blood sugar, BP, flu shots, kidney screening; no individual",
    "pa",
    frm="ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਸੇਵਾ ਕਮੇਟੀ <seva@gurdwara-fresno.example.org>",
    to="ਸੰਗਤ ਮੇਲਿੰਗ ਲਿਸਟ <sangat@gurdwara-fresno.example.org>",
    subj="ਮੁਫ਼ਤ ਸਿਹਤ ਮੇਲਾ - ਐਤਵਾਰ 6 ਦਸੰਬਰ",
    hcs="utf-8", henc="B",
    date="2026-11-27 08:00:00 -0800",
    body=T("""\
<html><body style="font-family:'Noto Sans Gurmukhi',sans-serif">
<h2>ਮੁਫ਼ਤ ਸਿਹਤ ਮੇਲਾ</h2>
<p><b>ਐਤਵਾਰ, 6 ਦਸੰਬਰ 2026</b>, ਦੀਵਾਨ ਤੋਂ ਬਾਅਦ, ਦੁਪਹਿਰ 12 ਤੋਂ 4 ਵਜੇ ਤੱਕ, ਲੰਗਰ ਹਾਲ</p>
<ul>
<li>ਸ਼ੂਗਰ (ਬਲੱਡ ਸ਼ੂਗਰ) ਅਤੇ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਜਾਂਚ</li>
<li>ਫਲੂ ਦਾ ਟੀਕਾ (ਫਲੂ ਸ਼ਾਟ) - ਮੁਫ਼ਤ</li>
<li>ਗੁਰਦਿਆਂ ਦੀ ਜਾਂਚ (ਪਿਸ਼ਾਬ ਟੈਸਟ)</li>
<li>ਦਿਲ ਦੀ ਸਿਹਤ ਬਾਰੇ ਪੰਜਾਬੀ ਵਿੱਚ ਗੱਲਬਾਤ - ਡਾ. ਹਰਪ੍ਰੀਤ ਬਰਾੜ</li>
</ul>
<p>ਪਿਛਲੇ ਸਾਲ 520 ਸੰਗਤ ਮੈਂਬਰਾਂ ਨੇ ਜਾਂਚ ਕਰਵਾਈ ਸੀ। ਆਪਣੀਆਂ ਦਵਾਈਆਂ ਦੀ ਸੂਚੀ ਨਾਲ ਲਿਆਓ।</p>
<p>ਜਾਣਕਾਰੀ: (559) 555-0193</p>
</body></html>
""", sub="html", cte="quoted-printable"))


# ====================================================================
# Hebrew
# ====================================================================

add("restricted", "hebrew-brca1-founder-result",
    "genetic counsellor gives a named woman with ID number her BRCA1 185delAG founder-mutation result and next steps",
    "he", cat="genetic",
    frm="מכון גנטי - מרכז רפואי השרון <genetics@sharon-mc.il.test>",
    to="מיכל לוי <michal.levi@mail.example.com>",
    subj="תוצאות הבדיקה הגנטית שלך",
    hcs="windows-1255", henc="B",
    date="2026-11-24 13:10:00 +0200",
    body=T("""\
שלום מיכל,

כפי ששוחחנו בטלפון היום, מצורף סיכום תוצאות הבדיקה הגנטית:

שם: מיכל לוי
ת.ז.: 0348\u206317528
בדיקה: בדיקת מוטציות שכיחות בגנים BRCA1/BRCA2 (יוצאות אשכנז)
תאריך דגימה: 02/11/2026

תוצאה: נמצאה מוטציה פתוגנית 185delAG (c.68_69delAG) בגן BRCA1.

המשמעות: סיכון מוגבר לסרטן שד ולסרטן שחלות. לא נמצאו מוטציות בגן BRCA2.

המלצות:
1. פגישה במרפאת נשאיות BRCA לתכנון מעקב (MRI שד שנתי, ממוגרפיה).
2. שיחה עם רופא גינקולוג-אונקולוג לגבי כריתת שחלות מונעת.
3. מומלץ לבני משפחה מדרגה ראשונה (אחותך ואביך) לפנות לייעוץ גנטי.

נקבעה לך פגישת ייעוץ גנטי נוספת ביום ה' 10/12/2026 בשעה 09:30.

בברכה,
ד"ר נועה פרידמן, יועצת גנטית
טלפון: 09-555-0147
""", cs="windows-1255", cte="quoted-printable"))

add("restricted", "hebrew-eating-disorder-day-program",
    "eating-disorder day programme writes to a named teenager's parents about her intake, weight and anorexia treatment plan",
    "he", cat="mental",
    frm="מרכז יום להפרעות אכילה - נוער <ed.dayprogram@sharon-mc.il.test>",
    to="רונית ואבי שפירא <shapira.family@mail.example.net>",
    subj="קליטה לתכנית היום - נועה שפירא",
    hcs="iso-8859-8", henc="B",
    date="2026-11-29 15:45:00 +0200",
    body=T("""\
שלום רונית ואבי,

בהמשך לפגישת ההערכה ביום חמישי, נועה (בת 15) התקבלה לתכנית היום
להפרעות אכילה בנוער, עם אבחנה של אנורקסיה נרבוזה.

נתונים מפגישת ההערכה: משקל 41.2 ק"ג, BMI 15.6, דופק במנוחה 52.
בדיקות הדם (אלקטרוליטים וזרחן) תקינות.

תכנית הטיפול:
- הגעה בימים א'-ה' בין 08:00 ל-15:00, כולל ארוחת בוקר וצהריים מלווה
- טיפול פרטני פעמיים בשבוע עם הפסיכולוגית, ד"ר יעל כץ
- טיפול משפחתי (FBT) פעם בשבוע, בימי שלישי ב-16:00
- מעקב פסיכיאטרי אחת לשבועיים
- שקילה ומדדים פעמיים בשבוע

היום הראשון: יום ראשון 06/12/2026. נא להביא את סיכום הרופאה המטפלת.

בברכה,
מירב אלון, עובדת סוציאלית
מרכז יום להפרעות אכילה - נוער
09-555-0162
""", cs="iso-8859-8", cte="quoted-printable"))

add("phi", "hebrew-kupat-holim-tofes-17",
    "health fund sends a named member with ID number a referral commitment (form 17) for an MRI of the knee",
    "he",
    frm="קופת חולים מרחבים - התחייבויות <hitchayvuyot@merchavim-hmo.il.test>",
    to="יוסי אברהם <yossi.avraham@mail.example.com>",
    subj="התחייבות (טופס 17) מספר 8830412 אושרה",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-30 08:12:00 +0200",
    body=T("""\
שלום יוסי אברהם,

בקשתך להתחייבות אושרה.

מספר התחייבות: 8830412
ת.ז. מבוטח: 312640980
שירות: MRI ברך ימין (ללא חומר ניגוד)
סיבת ההפניה: חשד לקרע במניסקוס המדיאלי, לאחר פציעת כדורגל
רופא מפנה: ד"ר אלון ברק, אורתופד
נותן השירות: מכון הדימות "תמונה", פתח תקווה
תוקף: עד 28/02/2027

השתתפות עצמית: 0 ש"ח (במסגרת הביטוח המשלים).

לזימון תור במכון יש להתקשר ל-03-555-0139 ולמסור את מספר ההתחייבות.

קופת חולים מרחבים
""", cte="base64"))

add("none", "trap-he-genetic-screening-event",
    "community carrier-screening day for Ashkenazi and other founder mutations (Tay-Sachs, CF, BRCA info); no individual",
    "he",
    frm="עמותת בריאות המשפחה <info@briut-family.il.test>",
    to="רשימת תפוצה <list@briut-family.il.test>",
    subj="יום בדיקות סקר גנטיות לזוגות - 17 בדצמבר",
    hcs="iso-8859-8", henc="B",
    date="2026-11-25 10:00:00 +0200",
    body=T("""\
שלום רב,

עמותת בריאות המשפחה, בשיתוף המכון הגנטי, מזמינה זוגות המתכננים הריון
ליום בדיקות סקר גנטיות.

מתי: יום חמישי, 17 בדצמבר 2026, 16:00-20:00
איפה: המתנ"ס העירוני, אולם ב'

מה נבדק: נשאות לטיי-זקס, סיסטיק פיברוזיס (CF), SMA, X שביר, גושה ומחלות
נוספות לפי מוצא. הבדיקות כלולות בסל הבריאות לרוב המשתתפים.

בנוסף: הרצאה על מוטציות BRCA באוכלוסייה האשכנזית ועל משמעות בדיקה
גנטית לבני משפחה.

בשנה שעברה השתתפו 640 איש, ו-1 מכל 25 נמצא נשא לפחות למחלה אחת.

הרשמה מראש: 09-555-0170
""", cs="iso-8859-8", cte="base64"))

add("none", "he-payroll-schedule",
    "hospital payroll office announces December salary date and overtime-report deadline; no health content",
    "he",
    frm="מחלקת שכר <payroll@sharon-mc.il.test>",
    to="כלל העובדים <all-staff@sharon-mc.il.test>",
    subj="מועד תשלום משכורת דצמבר ודיווח שעות נוספות",
    hcs="windows-1255", henc="Q",
    date="2026-12-02 09:00:00 +0200",
    body=T("""\
עובדים יקרים,

משכורת חודש דצמבר תשולם ביום ה' 07/01/2027.

דיווחי שעות נוספות, כוננויות ותורנויות לחודש דצמבר יש להגיש דרך פורטל
העובד עד יום א' 03/01/2027 בשעה 12:00. דיווחים שיוגשו אחרי מועד זה
ישולמו במשכורת של פברואר.

עובדים שעדיין לא עדכנו את טופס 101 לשנת 2027 מתבקשים לעשות זאת עד
סוף החודש.

לשאלות: שלוחה 2260

מחלקת שכר
""", cs="windows-1255", cte="8bit"))


# ====================================================================
# Turkish
# ====================================================================

add("phi", "turkish-safra-kesesi-ameliyat",
    "Istanbul hospital confirms a named medical tourist's laparoscopic cholecystectomy with ID number and pre-op tests",
    "tr",
    frm="Uluslararası Hasta Merkezi - Boğaziçi Hastanesi <international@bogazici-hastane.tr.test>",
    to="Ayşe Yılmaz <ayse.yilmaz.nj@mail.example.com>",
    subj="Ameliyat planınız: Laparoskopik kolesistektomi - 12.12.2026",
    hcs="iso-8859-9", henc="Q", hmode="words",
    date="2026-11-26 14:30:00 +0300",
    body=T("""\
Sayın Ayşe Yılmaz Hanım,

Gönderdiğiniz ultrason raporu (safra kesesinde çok sayıda taş, en büyüğü
18 mm) Genel Cerrahi bölümümüzden Op. Dr. Murat Demirtaş tarafından
değerlendirilmiştir. Ameliyat planınız aşağıdadır:

  Hasta: Ayşe Yılmaz - T.C. Kimlik No: 38421590732
  İşlem: Laparoskopik kolesistektomi (kapalı safra kesesi ameliyatı)
  Yatış: 11.12.2026, saat 14:00
  Ameliyat: 12.12.2026, saat 08:30
  Tahmini yatış süresi: 1 gece

Ameliyat öncesi yapılacak tetkikler (11.12.2026): tam kan sayımı,
biyokimya, koagülasyon, EKG, akciğer grafisi ve anestezi muayenesi.

Kullandığınız levotiroksin ilacınıza devam edebilirsiniz. Ameliyattan önceki
gece 24:00'ten sonra bir şey yiyip içmeyiniz.

Paket fiyatı (ameliyat, 1 gece yatış, ilaçlar): 3.200 EUR.
Havalimanı transferi dahildir.

Saygılarımızla,
Uluslararası Hasta Merkezi
+90 212 555 01 42
""", cs="iso-8859-9", cte="quoted-printable"))

add("restricted", "turkish-tup-bebek-transfer",
    "IVF centre gives a named couple their embryo-transfer date, embryo grades and progesterone instructions",
    "tr", cat="repro",
    frm="Yaşam Tüp Bebek Merkezi <hasta.iletisim@yasamtupbebek.tr.test>",
    to="Elif Kaya <elif.kaya@mail.example.net>",
    cc="Burak Kaya <burak.kaya@mail.example.net>",
    subj="Embriyo transferiniz hakkında - Elif ve Burak Kaya",
    hcs="windows-1254", henc="B",
    date="2026-11-30 17:20:00 +0300",
    body=T("""\
Sayın Elif Hanım, Sayın Burak Bey,

25.11.2026 tarihinde yapılan yumurta toplama işleminde 11 yumurta elde
edilmiş, ICSI sonrası 7 embriyo gelişmiştir. 5. gün itibarıyla durum:

  - 2 adet blastosist (4AA ve 4AB) - transfer için uygun
  - 2 adet blastosist (3BB) - dondurulmuştur (vitrifikasyon)
  - 3 embriyo gelişimini durdurmuştur

Embriyo transferi: 01.12.2026 Salı, saat 10:00, Dr. Zeynep Arslan.
Transferden 1 saat önce idrar torbanız dolu olacak şekilde gelin.

Progesteron desteği: vajinal jel günde 1 kez (sabah) ve progesteron iğnesi
günde 1 kez (akşam) devam edecek. Gebelik testi (beta-hCG): 11.12.2026.

Dosya No: YTB-2026-1187

Yaşam Tüp Bebek Merkezi
0216 555 01 64
""", cs="windows-1254", cte="base64"))

add("none", "trap-tr-jci-audit-schedule",
    "hospital quality office circulates the JCI accreditation survey schedule and tracer topics; no patient",
    "tr",
    frm="Kalite Yönetim Birimi <kalite@bogazici-hastane.tr.test>",
    to="Bölüm Sorumluları <bolum-sorumlulari@bogazici-hastane.tr.test>",
    subj="JCI yeniden akreditasyon denetimi - program ve hazırlık listesi",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-18 09:40:00 +0300",
    body=T("""\
Değerli bölüm sorumluları,

JCI yeniden akreditasyon denetimi 14-18 Aralık 2026 tarihlerinde yapılacaktır.

Program:
  14.12 Pazartesi  Açılış, liderlik görüşmesi, dokümantasyon incelemesi
  15.12 Salı       Hasta izlem (tracer): yoğun bakım, acil servis, ameliyathane
  16.12 Çarşamba   İlaç yönetimi izlemi (yüksek riskli ilaçlar: insülin,
                   heparin, potasyum klorür, opioidler)
  17.12 Perşembe   Enfeksiyon kontrolü, tesis güvenliği, hasta hakları
  18.12 Cuma       Kapanış toplantısı

Hazırlık listesi:
- Hasta kimlik doğrulaması: iki tanımlayıcı (ad-soyad ve doğum tarihi) her
  işlemde sözlü olarak sorulmalı.
- Tercüman hizmeti kayıtları (Arapça, Rusça, İngilizce) güncel olmalı.
- Düşme riski ve basınç yarası değerlendirme formları her vardiyada
  doldurulmalı.
- Kritik değer bildirim süreleri (hedef < 30 dk) son 3 ayın raporu hazır.

Denetçiler hastaların dosyalarını rastgele seçecektir; dosyalar sistemden
görüntülenecek, kopya çıkarılmayacaktır.

Kalite Yönetim Birimi - dahili 3340
""", cte="quoted-printable"))

add("none", "trap-tr-ivf-marketing",
    "IVF clinic marketing mail with success rates, egg-freezing package prices; no individual",
    "tr",
    frm="Yaşam Tüp Bebek Merkezi <bulten@yasamtupbebek.tr.test>",
    to="Bülten aboneleri <abone@yasamtupbebek.tr.test>",
    subj="Yeni yılda anne-baba olma hayaliniz için: %58 başarı oranı",
    hcs="iso-8859-9", henc="Q", hmode="words",
    date="2026-12-01 12:00:00 +0300",
    body=M("alternative",
        T("""\
YAŞAM TÜP BEBEK MERKEZİ - ARALIK BÜLTENİ

2025 yılı sonuçlarımız (35 yaş altı, taze transfer):
  Klinik gebelik oranı: %58
  Canlı doğum oranı: %49

Yumurta dondurma (sosyal amaçlı) paketi: 2.450 EUR
  (yumurtalık uyarımı, yumurta toplama, vitrifikasyon ve 1 yıl saklama)

Yurt dışından gelen çiftler için: ücretsiz online ön görüşme, Almanca,
İngilizce ve Arapça tercüman, anlaşmalı otel.

Ücretsiz ön görüşme için: 0216 555 01 64
""", cs="iso-8859-9", cte="8bit"),
        T("""\
<html><body style="font-family:Arial">
<h2 style="color:#00897b">Yeni yılda anne-baba olma hayaliniz için</h2>
<p>2025 sonuçlarımız (35 yaş altı, taze transfer): <b>klinik gebelik %58</b>, canlı doğum %49.</p>
<p>Yumurta dondurma paketi: <b>2.450 EUR</b> (uyarım, toplama, vitrifikasyon, 1 yıl saklama).</p>
<p>Ücretsiz ön görüşme: 0216 555 01 64</p>
</body></html>
""", sub="html", cs="iso-8859-9", cte="quoted-printable")))


# ====================================================================
# Tagalog / Taglish
# ====================================================================

add("phi", "taglish-gout-allopurinol",
    "named patient with DOB writes in Taglish about a gout flare, out of colchicine, on allopurinol",
    "tl", mixed="en",
    frm="Rodel Manalastas <rodel.manalastas@mail.example.com>",
    to="Daly City Family Medicine <portal-msgs@dalycityfm.example.com>",
    subj="gout attack ulit po",
    date="2026-11-29 06:40:11 -0800",
    body=T("""\
Hi Doc Santos,

Si Rodel Manalastas po ito, DOB 03/22/1975. Sumakit na naman po yung big toe
ko sa kanang paa since kagabi, namamaga at mainit, hindi ako makalakad ng
maayos. Parang gout attack ulit like nung July.

Naubos na po yung colchicine na binigay nyo dati. Tuloy pa rin po ako sa
allopurinol 100 mg once a day. Pwede po ba ako mag-ibuprofen habang wala pa
yung refill? Medyo tumaas din po yung BP ko kanina, 148/92.

Nag-lechon at beer po kami nung birthday ng tita ko nung Friday, baka yun
po ang dahilan haha.

Salamat po,
Rodel
650-555-0116
""", cs="us-ascii", cte="7bit"))

add("phi", "philhealth-claim-pneumonia",
    "Manila hospital billing sends a named patient's relative the statement of account with PhilHealth number and pneumonia case rate",
    "tl", mixed="en",
    frm="Billing Section - San Lorenzo Medical Center <billing@sanlorenzomc.ph.test>",
    to="Maricel Dizon <maricel.dizon@mail.example.com>",
    subj="Statement of Account - DIZON, ERNESTO C. (Adm. No. 2026-33817)",
    date="2026-11-21 16:15:00 +0800",
    body=M("mixed",
        T("""\
Magandang hapon po Ms. Maricel Dizon,

Kalakip po ang Statement of Account ng inyong ama na si G. Ernesto C. Dizon
(PhilHealth No. 12-345678901-2), na na-admit noong 14/11/2026 at
na-discharge noong 20/11/2026.

Final diagnosis: Community-acquired pneumonia, moderate risk (J18.9)

  Total hospital charges ........... PHP 86,420.00
  Less PhilHealth case rate ........ PHP 15,500.00
  Less Senior Citizen discount ..... PHP 14,184.00
  Balance due ...................... PHP 56,736.00

Maaari po kayong magbayad sa cashier (Ground Floor) o sa bank transfer.
Para sa promissory note o Malasakit Center assistance, tumawag po sa
(02) 8555-0142 local 210.

Salamat po,
Billing Section
San Lorenzo Medical Center
""", cte="quoted-printable"),
        B(make_pdf([[
            "SAN LORENZO MEDICAL CENTER - STATEMENT OF ACCOUNT",
            "Patient: DIZON, ERNESTO C.     Age: 74    Adm. No.: 2026-33817",
            "PhilHealth No.: 12-345678901-2   Senior Citizen ID: QC-SC-0088412",
            "Admitted: 14/11/2026   Discharged: 20/11/2026   Room: 412-B (Ward)",
            "Attending: Dr. Josefina Ramos-Lim (Pulmonology)",
            "Final Dx: Community-acquired pneumonia, moderate risk",
            "",
            "Room and board (6 days) ................ 12,000.00",
            "Laboratory (CBC, cultures, ABG) .......... 9,870.00",
            "Radiology (chest X-ray x2) ............... 2,400.00",
            "Pharmacy (ceftriaxone, azithromycin IV) . 31,650.00",
            "Oxygen and respiratory therapy .......... 14,300.00",
            "Professional fees ....................... 16,200.00",
            "TOTAL .................................. 86,420.00",
        ]]), "application/pdf", "SOA_2026-33817_DIZON.pdf")))

add("restricted", "taglish-tld-refill-hub",
    "patient asks his HIV treatment hub in Taglish to pick up his TLD antiretroviral refill; mentions undetectable viral load",
    "tl", cat="hiv", mixed="en",
    frm="JM Villanueva <jm.villanueva.qc@mail.example.net>",
    to="Treatment Hub - Kalinga Clinic <hub.kalinga@kalingaclinic.ph.test>",
    subj="refill ng TLD - Sabado pickup",
    date="2026-12-03 19:22:08 +0800",
    body=T("""\
Good evening po!

John Michael Villanueva po ito, client code KC-2021-0457. Ask ko lang po
kung pwede ko ma-pickup yung TLD refill ko (3 months) sa Sabado ng umaga?
May pasok po kasi ako sa BPO weekdays, night shift.

Last VL ko po nung September undetectable naman daw sabi ni Nurse Joy.
Kailangan ko po ba magpa-CBC at creatinine ulit bago ma-release yung gamot?

Pwede rin po ba yung kapatid ko na lang kumuha kung hindi ako makakapunta?
May authorization letter po ako.

Salamat po!
JM
""", cs="us-ascii", cte="7bit"))

add("restricted", "tagalog-chlamydia-result",
    "social hygiene clinic tells a named patient in Tagalog that her chlamydia test is positive and gives treatment and partner advice",
    "tl", cat="repro",
    frm="Social Hygiene Clinic - Lungsod ng Pasig <shc.pasig@health.pasig.ph.test>",
    to="Kristine Mae Soriano <kristinemae.soriano@mail.example.com>",
    subj="Resulta ng inyong pagsusuri - kailangang bumalik sa klinika",
    date="2026-11-27 10:30:00 +0800",
    body=T("""\
Magandang araw, Bb. Kristine Mae Soriano,

Lumabas na po ang resulta ng inyong pagsusuri noong 24/11/2026
(Reference No. SHC-26-11-0982):

  Chlamydia trachomatis (NAAT): POSITIBO
  Gonorrhea (NAAT): negatibo
  Syphilis (RPR): non-reactive
  HIV rapid test: non-reactive

Ang chlamydia ay nagagamot. Bumalik po kayo sa klinika para sa libreng gamot
(doxycycline 100 mg, dalawang beses sa isang araw sa loob ng 7 araw).
Iwasan muna ang pakikipagtalik hanggang matapos ang gamutan.

Mahalaga rin pong masuri at magamot ang inyong partner, kahit wala siyang
sintomas. Maaari siyang pumunta sa klinika nang walang appointment.

Bukas kami Lunes hanggang Biyernes, 8:00 AM - 4:00 PM.
Tel. (02) 8555-0155

Social Hygiene Clinic - Pasig
""", cte="quoted-printable"))

add("none", "trap-tl-dengue-4s",
    "city health office dengue campaign in Tagalog (4S strategy) with aggregate case counts; no individual",
    "tl",
    frm="City Health Office - Quezon City <cho.info@health.qc.ph.test>",
    to="Barangay Health Workers <bhw-list@health.qc.ph.test>",
    subj="Kampanya laban sa Dengue: Gawin ang 4S!",
    date="2026-11-06 09:00:00 +0800",
    body=M("alternative",
        T("""\
KAMPANYA LABAN SA DENGUE - GAWIN ANG 4S!

Mula Enero hanggang Oktubre 2026, may 4,812 kaso ng dengue sa lungsod, mas
mataas ng 22% kumpara noong nakaraang taon. Labing-apat (14) ang namatay.

1. Search and destroy - hanapin at sirain ang pinamumugaran ng lamok
   (lumang gulong, paso, baradong kanal).
2. Self-protection - magsuot ng mahabang manggas at gumamit ng mosquito
   repellent.
3. Seek early consultation - magpatingin agad kung may lagnat nang 2 araw.
   Huwag uminom ng aspirin o ibuprofen; paracetamol lang.
4. Say yes to fogging - kapag may outbreak lamang sa inyong lugar.

Libreng NS1 rapid test sa lahat ng health center. Para sa fogging
schedule: (02) 8555-0166.
"""),
        T("""\
<html><body style="font-family:Arial">
<h2 style="color:#2e7d32">Gawin ang 4S laban sa Dengue!</h2>
<p>Enero-Oktubre 2026: <b>4,812 kaso</b> (+22%), <b>14 namatay</b>.</p>
<ol><li><b>Search and destroy</b></li><li><b>Self-protection</b></li>
<li><b>Seek early consultation</b> - paracetamol lang, huwag aspirin</li><li><b>Say yes to fogging</b></li></ol>
<p>Libreng NS1 rapid test sa lahat ng health center. (02) 8555-0166</p>
</body></html>
""", sub="html", cte="quoted-printable")))

add("none", "trap-tl-nclex-recruitment",
    "Taglish recruitment mail for Filipino nurses (NCLEX review, ICU/ER/psych openings, visa sponsorship); no patient",
    "tl", mixed="en",
    frm="Recruitment Team - PacificBridge Staffing <careers@pacificbridge.example.com>",
    to="Nurse applicants <applicants@pacificbridge.example.com>",
    subj="Hiring: ICU, ER at Psych nurses for US hospitals - free NCLEX review!",
    date="2026-11-19 20:00:00 +0800",
    body=T("""\
Hi Kabayan Nurses!

Naghahanap po kami ng 120 nurses para sa partner hospitals namin sa
Texas, New Jersey at California:

  - ICU / CCU (min. 2 years experience)
  - ER (min. 2 years, with ACLS)
  - Behavioral health / psych unit (detox at inpatient psych)
  - Dialysis
  - Med-surg (new grads na NCLEX passer, welcome!)

Kasama sa package: LIBRENG NCLEX at IELTS review, visa processing
(EB-3), plane ticket, 3 months na free housing, at sign-on bonus na
USD 10,000.

Online orientation: Sabado, 28 Nobyembre, 10:00 AM (PH time) via Zoom.
I-reply lang ang "INTERESADO" kasama ang inyong updated CV.

PacificBridge Staffing - POEA/DMW licensed (fictional license no. 0000-TEST)
Viber: +63 917 555 0134
""", cs="us-ascii", cte="7bit"))

add("none", "tl-choir-practice",
    "parish choir reminder in Tagalog about Simbang Gabi practice; no health content",
    "tl",
    frm="Coro de San Lorenzo <coro.sanlorenzo@parish.example.org>",
    to="Miyembro ng koro <koro@parish.example.org>",
    subj="Practice para sa Simbang Gabi - Huwebes 7 PM",
    date="2026-12-01 18:45:00 -0800",
    body=T("""\
Magandang gabi mga kapatid sa koro!

Paalala lang po: practice natin para sa Simbang Gabi ay sa Huwebes, 3 Dis,
7:00 PM sa parish hall. Dalhin ang inyong songbook (yung bagong print).

Mga kanta na ipa-practice:
  - Ang Pasko ay Sumapit
  - Himig ng Pasko
  - Kordero ng Diyos (Mass setting ni Fr. Manalo)

Unang Simbang Gabi: 15 Disyembre, 8:00 PM. Kulay ng damit: puti at pula.

May potluck pagkatapos ng huling Simbang Gabi sa 23 Dis. Pakisabi kay Ate
Lorna kung ano ang dadalhin ninyo.

God bless po!
Tita Baby
""", cs="us-ascii", cte="7bit"))


# ====================================================================
# Vietnamese
# ====================================================================

add("phi", "vietnamese-hepatitis-b-entecavir",
    "son writes in Vietnamese about his named father's chronic hepatitis B on entecavir, HBV DNA and ultrasound",
    "vi",
    frm="Nguyễn Minh Tuấn <tuan.nguyen.sj@mail.example.com>",
    to="Dr. Kim Lê - Gan mật <kle@sjliverclinic.example.com>",
    subj="Hỏi về kết quả xét nghiệm viêm gan B của bố tôi",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-24 21:02:17 -0800",
    body=T("""\
Kính gửi bác sĩ Lê,

Tôi là Nguyễn Minh Tuấn, con trai của ông Nguyễn Văn Hùng (sinh năm 1958,
mã hồ sơ SJL-44718). Bố tôi bị viêm gan B mãn tính, đang uống entecavir
0,5 mg mỗi ngày từ năm 2019.

Kết quả xét nghiệm tuần trước:
- HBV DNA: 38 IU/mL (lần trước không phát hiện)
- ALT: 52 U/L
- AFP: 6,1 ng/mL
- Siêu âm gan: gan nhiễm mỡ nhẹ, không thấy khối u

Bố tôi nói thỉnh thoảng quên uống thuốc khi về Việt Nam thăm nhà hai tháng.
Xin bác sĩ cho biết có cần đổi thuốc không, và có cần hẹn tái khám sớm hơn
lịch tháng Hai không?

Bố tôi chỉ nói tiếng Việt, xin gọi cho tôi: 408-555-0127.

Cảm ơn bác sĩ,
Tuấn
""", cte="quoted-printable"))

add("phi", "vietnamese-da-lieu-hen-kham",
    "clinic confirms a named nail-salon worker's dermatology visit for hand dermatitis and asthma inhaler review",
    "vi",
    frm="Phòng khám Cộng đồng Little Saigon <lichhen@littlesaigonclinic.example.org>",
    to="Trần Thị Mai <mai.tran.nails@mail.example.net>",
    subj="Xác nhận lịch hẹn khám da liễu - Thứ Tư 9/12",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-12-02 10:10:00 -0800",
    body=T("""\
Chào chị Trần Thị Mai,

Phòng khám xác nhận lịch hẹn của chị:

  Ngày: Thứ Tư, 09/12/2026, lúc 15:30
  Bác sĩ: BS. Phạm Quốc Bảo (Da liễu)
  Lý do: viêm da tiếp xúc ở hai bàn tay, tái khám sau khi dùng thuốc
         bôi triamcinolone 0,1%

BS. Bảo cũng sẽ xem lại bình xịt hen (albuterol) vì chị báo bị khó thở khi
làm việc với acrylic ở tiệm. Xin chị mang theo tên các hóa chất chị dùng
ở tiệm nail (chụp hình nhãn chai là được).

Muốn đổi lịch, xin gọi (714) 555-0184. Có thông dịch viên tiếng Việt.

Phòng khám Cộng đồng Little Saigon
""", cte="quoted-printable"))

add("phi", "vietnamese-vien-phi-bhyt",
    "Vietnamese hospital sends a named patient's relative the bill for an appendectomy with the health-insurance card number",
    "vi",
    frm="Phòng Tài chính Kế toán - Bệnh viện Đa khoa Sài Gòn Tâm Đức <vienphi@bvtamduc.vn.test>",
    to="Lê Hoàng Phúc <phuc.le.hoang@mail.example.com>",
    subj="Bảng kê chi phí điều trị nội trú - Lê Văn Thành",
    hcs="utf-8", henc="B",
    date="2026-11-17 14:05:00 +0700",
    body=T("""\
Kính gửi ông Lê Hoàng Phúc,

Theo yêu cầu của gia đình, bệnh viện gửi bảng kê chi phí điều trị nội trú
của bệnh nhân:

  Họ tên: LÊ VĂN THÀNH         Năm sinh: 1949
  Số thẻ BHYT: HT3797912345678 (mức hưởng 80%)
  Mã bệnh án: NT-2026-118204
  Vào viện: 09/11/2026 - Ra viện: 14/11/2026
  Chẩn đoán: Viêm ruột thừa cấp (K35.8) - đã phẫu thuật nội soi cắt ruột thừa

  Tổng chi phí: ........................ 18.640.000 đ
  Quỹ BHYT thanh toán: ................. 12.288.000 đ
  Người bệnh cùng chi trả: .............  3.072.000 đ
  Chi phí ngoài BHYT (phòng dịch vụ): ..  3.280.000 đ
  Số tiền người bệnh phải trả: .........  6.352.000 đ

Gia đình đã tạm ứng 5.000.000 đ. Số còn lại: 1.352.000 đ.

Phòng Tài chính Kế toán
ĐT: (028) 3555 0147
""", cte="base64"))

add("restricted", "vietnamese-methadone-co-so",
    "methadone facility transfers a named patient's opioid-substitution treatment (90 mg) to another facility",
    "vi", cat="sud",
    frm="Cơ sở điều trị Methadone Quận 8 <methadone.q8@ttyt-q8.vn.test>",
    to="Cơ sở điều trị Methadone Thủ Đức <methadone.thuduc@ttyt-thuduc.vn.test>",
    subj="Chuyển tiếp điều trị Methadone - bệnh nhân Đỗ Văn Khải",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-20 08:45:00 +0700",
    body=T("""\
Kính gửi Cơ sở điều trị Methadone Thủ Đức,

Cơ sở Quận 8 xin chuyển tiếp điều trị cho bệnh nhân sau, do bệnh nhân
chuyển nơi cư trú:

  Họ tên: ĐỖ VĂN KHẢI, sinh năm 1983
  Mã số điều trị: Q8-MMT-0672
  Bắt đầu điều trị: 03/2019
  Liều hiện tại: Methadone 90 mg/ngày (ổn định từ tháng 6/2025)
  Liều cuối cùng tại Quận 8: ngày 22/11/2026
  Xét nghiệm nước tiểu gần nhất (10/11/2026): âm tính với heroin,
  amphetamine; dương tính với methadone
  Viêm gan C: đã điều trị khỏi 2023. HIV: âm tính (08/2026).

Đề nghị quý cơ sở tiếp nhận và cho bệnh nhân uống liều đầu tiên vào ngày
23/11/2026. Hồ sơ gốc và phiếu chuyển gửi kèm qua đường bưu điện.

Bác sĩ điều trị: BS. Huỳnh Thị Ngọc Lan
ĐT: (028) 3555 0162
""", cte="quoted-printable"))

add("none", "trap-vi-viem-gan-b-screening",
    "community hepatitis B screening week in Vietnamese: testing, vaccine, entecavir explained; no individual",
    "vi",
    frm="Hội Y tế Cộng đồng Việt Mỹ <info@vietcommunityhealth.example.org>",
    to="Danh sách hội viên <members@vietcommunityhealth.example.org>",
    subj="Tuần lễ xét nghiệm viêm gan B miễn phí",
    hcs="utf-8", henc="B",
    date="2026-11-08 09:00:00 -0800",
    body=M("alternative",
        T("""\
TUẦN LỄ XÉT NGHIỆM VIÊM GAN B MIỄN PHÍ
14 - 21 tháng 11 năm 2026

Cứ 1 trong 8 người Việt tại Mỹ bị nhiễm viêm gan B, và 2/3 số người này
không biết mình bị bệnh. Viêm gan B có thể dẫn đến xơ gan và ung thư gan.

- Xét nghiệm máu miễn phí (HBsAg, anti-HBs), có kết quả sau 1 tuần
- Chích ngừa viêm gan B miễn phí cho người chưa có kháng thể
- Tư vấn về thuốc điều trị (entecavir, tenofovir) và tầm soát ung thư gan

Địa điểm: Chùa Liên Hoa (thứ Bảy 14/11) và Trung tâm Cộng đồng Phước Lộc
(Chủ Nhật 15/11), từ 9 giờ sáng đến 3 giờ chiều.

Năm ngoái chương trình đã xét nghiệm 1.146 người và giới thiệu 97 người
đến bác sĩ chuyên khoa gan.

Liên lạc: (714) 555-0190
""", cte="quoted-printable"),
        T("""\
<html><body style="font-family:Arial">
<h2>Tuần lễ xét nghiệm viêm gan B miễn phí</h2>
<p><b>14 - 21/11/2026</b>. Cứ 1 trong 8 người Việt tại Mỹ bị nhiễm viêm gan B.</p>
<ul><li>Xét nghiệm máu miễn phí</li><li>Chích ngừa miễn phí</li><li>Tư vấn điều trị và tầm soát ung thư gan</li></ul>
<p>Liên lạc: (714) 555-0190</p></body></html>
""", sub="html", cte="base64")))

add("none", "trap-vi-nail-salon-safety",
    "occupational-health notice in Vietnamese for nail-salon workers on chemical exposure, asthma and dermatitis; no individual",
    "vi",
    frm="Chương trình An toàn Tiệm Nail <nailsafety@healthycommunities.example.org>",
    to="Chủ tiệm và thợ nail <nail-list@healthycommunities.example.org>",
    subj="Bảo vệ sức khỏe khi làm nail: hóa chất, hen suyễn và viêm da",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-13 13:30:00 -0800",
    body=T("""\
Kính gửi quý chủ tiệm và anh chị thợ nail,

Một khảo sát năm 2025 với 312 thợ nail trong quận cho thấy: 41% bị nhức
đầu thường xuyên, 28% bị khó thở hoặc hen suyễn nặng hơn khi làm việc, và
35% bị viêm da ở tay.

Các hóa chất cần chú ý: toluene, formaldehyde, dibutyl phthalate (gọi là
"bộ ba độc hại"), và methyl methacrylate (MMA) trong bột acrylic.

Cách bảo vệ:
1. Mở quạt hút và cửa sổ; dùng bàn có máy hút bụi tại chỗ.
2. Đeo găng tay nitrile, không dùng găng latex.
3. Đeo khẩu trang N95 khi dũa móng acrylic.
4. Không ăn uống ở bàn làm việc.
5. Chọn sản phẩm có nhãn "3-free" hoặc "5-free".

Chương trình hỗ trợ miễn phí: kiểm tra thông gió tại tiệm và 2 hộp găng
tay cho mỗi tiệm tham gia. Đăng ký: (714) 555-0196.
""", cte="8bit"))

add("none", "vi-tet-party",
    "community clinic staff plan their Lunar New Year party in Vietnamese; no health content",
    "vi",
    frm="Ban Tổ chức Tết <tet2027@littlesaigonclinic.example.org>",
    to="Toàn thể nhân viên <staff@littlesaigonclinic.example.org>",
    subj="Họp ban tổ chức Tết Đinh Mùi 2027",
    hcs="utf-8", henc="Q",
    date="2026-12-03 12:30:00 -0800",
    body=T("""\
Chào cả nhà,

Năm nay Tết Đinh Mùi rơi vào thứ Bảy 6/2/2027. Ban tổ chức mời mọi người
họp lần đầu:

  Thứ Năm 10/12, 12:15 - 13:00, phòng họp tầng 2 (có bánh mì)

Việc cần bàn:
- Ngày tổ chức tiệc tất niên (đề nghị tối thứ Sáu 29/1)
- Ai phụ trách múa lân, ai lo bánh chưng và mứt
- Quà lì xì cho con em nhân viên
- Trang trí sảnh chờ bằng hoa mai và câu đối

Ai không đến họp được thì trả lời email này để góp ý nhé.

Thân,
Ngọc Hân (Lễ tân)
""", cte="quoted-printable"))


# ====================================================================
# Thai
# ====================================================================

add("phi", "thai-dengue-followup-appointment",
    "Bangkok hospital gives a named patient in Thai (TIS-620) her dengue follow-up appointment with platelet count",
    "th",
    frm="โรงพยาบาลสุขุมวิทเวชการ - ฝ่ายนัดหมาย <appointment@sukhumvitvech.th.test>",
    to="Natcha Srisuk <natcha.srisuk@mail.example.com>",
    subj="แจ้งนัดตรวจติดตามอาการไข้เลือดออก",
    hcs="tis-620", henc="B",
    date="2026-11-18 09:20:00 +0700",
    body=T("""\
เรียน คุณณัชชา ศรีสุข

ตามที่ท่านเข้ารับการรักษาเป็นผู้ป่วยใน ด้วยโรคไข้เลือดออก (Dengue
hemorrhagic fever grade I) ระหว่างวันที่ 11-16 พฤศจิกายน 2569
โรงพยาบาลขอแจ้งนัดตรวจติดตามอาการดังนี้

  HN: 65-018834
  วันที่: วันพฤหัสบดีที่ 26 พฤศจิกายน 2569 เวลา 09.00 น.
  แพทย์: นพ.ธีรวัฒน์ วงศ์สวัสดิ์ (อายุรกรรม)
  สถานที่: อาคาร A ชั้น 3 คลินิกอายุรกรรม

ผลตรวจก่อนกลับบ้าน: เกล็ดเลือด 98,000 /ไมโครลิตร ความเข้มข้นเลือด 41%
ในวันนัดจะมีการเจาะเลือดตรวจความสมบูรณ์ของเม็ดเลือด (CBC) อีกครั้ง

หากมีเลือดออกผิดปกติ ปวดท้องมาก หรืออาเจียนมาก กรุณามาห้องฉุกเฉินทันที

สอบถามหรือเลื่อนนัด โทร 02-555-0142
""", cs="tis-620", cte="base64"))

add("restricted", "thai-prep-followup-tis620",
    "sexual-health clinic reminds a named client in Thai of his 3-month PrEP follow-up with HIV and creatinine tests",
    "th", cat="hiv",
    frm="คลินิกสุขภาพทางเพศ ร่วมใจ <prep@ruamjaiclinic.th.test>",
    to="Kittipong Chaiyaporn <kittipong.c@mail.example.net>",
    subj="นัดติดตามการใช้ยา PrEP - 3 เดือน",
    hcs="tis-620", henc="B",
    date="2026-12-01 10:00:00 +0700",
    body=T("""\
สวัสดีครับ คุณกิตติพงษ์ ไชยาพร

คลินิกขอแจ้งนัดติดตามการใช้ยาเพร็พ (PrEP) ครบ 3 เดือนของคุณ

  รหัสผู้รับบริการ: RJ-PrEP-2026-0418
  วันที่: วันเสาร์ที่ 12 ธันวาคม 2569 เวลา 13.00 น.
  การตรวจ: ตรวจเอชไอวี (HIV) ซิฟิลิส ไวรัสตับอักเสบบี และค่าการทำงานของไต
  (creatinine)

ยา TDF/FTC ที่ได้รับไปครั้งก่อน 90 เม็ด จะหมดประมาณวันที่ 14 ธันวาคม
กรุณาอย่าหยุดยาเอง หากลืมทานยาเกิน 7 วัน กรุณาแจ้งเจ้าหน้าที่ก่อนวันนัด

ข้อมูลของคุณเป็นความลับ
สอบถาม โทร 02-555-0168 หรือ LINE: @ruamjai-test
""", cs="tis-620", cte="quoted-printable"))

add("none", "trap-th-checkup-packages",
    "hospital's medical-tourism price list of check-up packages that include HIV, hepatitis and tumour-marker tests; no individual",
    "th", mixed="en",
    frm="International Marketing - Sukhumvit Vejchakarn <marketing@sukhumvitvech.th.test>",
    to="Partner agencies <agents@sukhumvitvech.th.test>",
    subj="แพ็กเกจตรวจสุขภาพ 2570 / Health check-up packages 2027",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-30 15:00:00 +0700",
    body=M("mixed",
        T("""\
เรียน พันธมิตรบริษัทนำเที่ยวและเอเจนซี่ทุกท่าน

โรงพยาบาลขอส่งราคาแพ็กเกจตรวจสุขภาพปี 2570 สำหรับลูกค้าต่างชาติ
(รายละเอียดในไฟล์แนบ CSV) ราคามีผลตั้งแต่ 1 มกราคม 2570

Dear partners, please find attached our 2027 check-up package prices for
international clients. Commission for agents remains 10%.

- Basic (อายุต่ำกว่า 40 ปี): 5,900 บาท
- Executive: 14,500 บาท - รวมตรวจ HIV, ไวรัสตับอักเสบบี/ซี
- Premium: 32,000 บาท - รวม CT หัวใจ (calcium score) และสารบ่งชี้มะเร็ง

ลูกค้าต้องงดอาหาร 8-10 ชั่วโมงก่อนตรวจ ผลตรวจภายใน 1 วัน
(ยกเว้นพยาธิวิทยา)

ฝ่ายการตลาดต่างประเทศ โทร 02-555-0177
""", cte="quoted-printable"),
        T(csv_text([
            ["package", "price_thb", "includes", "fasting_hours"],
            ["Basic", "5900", "CBC; FBS; lipid profile; creatinine; urinalysis; chest X-ray", "8"],
            ["Executive", "14500", "Basic + HbA1c; LFT; HBsAg; anti-HCV; HIV Ag/Ab; EKG; abdominal US", "10"],
            ["Premium", "32000", "Executive + CEA; AFP; PSA or CA-125; coronary calcium CT; echo", "10"],
            ["Women add-on", "4200", "Pap smear; HPV DNA; mammogram", "0"],
        ]), sub="csv", cte="base64", fname="checkup_packages_2027.csv")))


# ====================================================================
# Indonesian
# ====================================================================

add("phi", "indonesian-bpjs-dbd-rawat-inap",
    "hospital tells a named patient's husband in Indonesian about her dengue admission, platelet count and BPJS coverage with NIK",
    "id",
    frm="Admisi Rawat Inap - RSUD Kota Bekasi Timur <admisi@rsud-bekasitimur.id.test>",
    to="Hendra Wijaya <hendra.wijaya@mail.example.com>",
    subj="Informasi rawat inap Ny. Siti Rahmawati - peserta BPJS",
    date="2026-11-22 11:30:00 +0700",
    body=T("""\
Yth. Bapak Hendra Wijaya,

Berikut informasi rawat inap istri Bapak:

  Nama pasien   : Ny. Siti Rahmawati
  NIK           : 3275014512880003
  No. BPJS      : 0001384472913
  No. RM        : 22-087341
  Masuk         : 20/11/2026 melalui IGD
  Diagnosis     : Demam berdarah dengue (DBD) derajat II
  Ruang         : Melati 3, kelas II

Trombosit saat masuk 62.000/uL, hari ini 48.000/uL. Pasien mendapat infus
dan dipantau ketat. Biaya perawatan ditanggung BPJS Kesehatan sesuai hak
kelas, kecuali bila Bapak meminta naik kelas.

Mohon melengkapi fotokopi KTP dan kartu BPJS di loket admisi paling lambat
1x24 jam.

Admisi Rawat Inap
Telp. (021) 555-0143
""", cte="quoted-printable"))

add("restricted", "indonesian-kb-implan",
    "community health centre reminds a named woman in Indonesian that her contraceptive implant is due for removal or replacement",
    "id", cat="repro",
    frm="Puskesmas Cibeunying - Layanan KB <kb.cibeunying@dinkes.bandung.id.test>",
    to="Dewi Lestari <dewi.lestari88@mail.example.net>",
    subj="Pengingat: masa pakai implan KB Anda akan berakhir",
    date="2026-12-02 08:00:00 +0700",
    body=T("""\
Ibu Dewi Lestari yang terhormat,

Menurut catatan kami, implan KB (Implanon, 1 batang) di lengan kiri Ibu
dipasang pada tanggal 15 Januari 2024 dan masa efektifnya akan berakhir pada
Januari 2027.

Ibu dapat memilih:
  1. Mencabut implan dan memasang implan baru pada hari yang sama
  2. Mencabut implan dan beralih ke IUD, suntik KB 3 bulan, atau pil
  3. Mencabut implan jika Ibu berencana hamil

Jadwal yang tersedia: Selasa 15 Desember atau Kamis 17 Desember,
pukul 08.00-11.00, Ruang KIA/KB. Layanan ini gratis bagi peserta JKN.

Untuk membuat janji, balas email ini atau hubungi bidan Rina di
(022) 555-0129.

Salam sehat,
Layanan KB Puskesmas Cibeunying
""", cs="us-ascii", cte="7bit"))

add("none", "trap-id-posyandu-schedule",
    "village posyandu schedule in Indonesian: weighing, immunisation, vitamin A, stunting figures; no individual",
    "id",
    frm="Kader Posyandu Melati RW 05 <posyandu.melati@desa-sukamaju.id.test>",
    to="Warga RW 05 <warga-rw05@desa-sukamaju.id.test>",
    subj="Jadwal Posyandu Desember 2026 dan imunisasi",
    date="2026-11-28 16:00:00 +0700",
    body=T("""\
Assalamualaikum Bapak/Ibu warga RW 05,

Jadwal Posyandu Melati bulan Desember 2026:

  Hari/tanggal : Sabtu, 12 Desember 2026
  Waktu        : 08.00 - 11.00 WIB
  Tempat       : Balai RW 05

Kegiatan:
- Penimbangan dan pengukuran tinggi badan balita
- Imunisasi dasar lengkap (BCG, polio, DPT-HB-Hib, campak-rubela)
- Pemberian vitamin A (bulan Februari dan Agustus saja; bulan ini tidak ada)
- Pemeriksaan ibu hamil dan tablet tambah darah
- Konsultasi KB oleh bidan desa

Hasil bulan lalu: 84 balita ditimbang, 7 balita terindikasi stunting dan
sudah dirujuk ke Puskesmas. Mari bersama cegah stunting!

Jangan lupa membawa buku KIA.

Wassalam,
Kader Posyandu Melati
""", cs="us-ascii", cte="7bit"))


# ====================================================================
# Chinese (simplified)
# ====================================================================

add("phi", "chinese-gb2312-mother-insulin",
    "daughter writes in Chinese (GB2312) about her named mother's glucose readings and insulin dose",
    "zh-Hans",
    frm="王丽 <wangli.nyc@mail.example.com>",
    to="Dr. Helen Zhou <hzhou@chinatownhealth.example.org>",
    subj="关于我妈妈打胰岛素的问题",
    hcs="gb2312", henc="B",
    date="2026-11-27 22:14:09 -0500",
    body=T("""\
周医生您好：

我是王秀兰的女儿王丽。我妈妈今年75岁，病历号CTH-208814。她上个月开始打
甘精胰岛素（来得时），每天晚上12个单位。

这一周她的空腹血糖记录如下：
  11月21日  8.9
  11月22日  9.4
  11月24日  10.2
  11月26日  9.8
（单位是mmol/L，我们用的是从国内带来的血糖仪）

她还在吃二甲双胍，每次500毫克，一天两次。请问胰岛素需要加量吗？她有点怕
打针，每次都要我帮她。

她只会说台山话和普通话，如果要打电话请打给我：917-555-0137。

谢谢您！
王丽
""", cs="gb2312", cte="base64"))

add("phi", "chinese-pasted-wechat-child-fever",
    "father pastes his WeChat chat with the paediatrician about his named son's fever and ibuprofen dosing into an e-mail",
    "zh-Hans",
    frm="李建国 <jianguo.li@mail.example.net>",
    to="Flushing Pediatrics <office@flushingpeds.example.com>",
    subj="转发：和张医生的微信聊天记录（李浩然发烧）",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-12-01 23:40:51 -0500",
    body=T("""\
前台您好，张医生让我把聊天记录发到这个邮箱放进病历。孩子叫李浩然，出生日期
2022年5月8日。

----- 微信聊天记录 -----
[12/1 20:12] 李建国：张医生，浩然下午开始发烧，刚才量39.1度，精神还可以
[12/1 20:15] 张医生：体重多少？有没有咳嗽、呕吐、皮疹？
[12/1 20:16] 李建国：16公斤，有点咳嗽，没有吐，没有疹子
[12/1 20:18] 张医生：可以先给布洛芬混悬液（100mg/5ml）7.5ml，间隔6-8小时
[12/1 20:19] 张医生：多喝水。如果烧超过3天、呼吸急促或者精神差，马上去急诊
[12/1 20:20] 李建国：好的，幼儿园有几个小朋友得了甲流
[12/1 20:22] 张医生：明天上午10点带来做流感快速检测，我给你加号
[12/1 20:22] 李建国：谢谢张医生！
----- 聊天记录结束 -----

李建国
718-555-0148
""", cte="8bit"))

add("phi", "chinese-tijian-report-html",
    "health-check centre sends a named client his annual check-up report in Chinese (GBK, HTML): fatty liver, uric acid, thyroid nodule",
    "zh-Hans",
    frm="美康体检中心 <report@meikang-checkup.cn.test>",
    to="张伟 <zhangwei.sh@mail.example.com>",
    subj="您的2026年度体检报告已生成",
    hcs="gbk", henc="B",
    date="2026-11-20 16:30:00 +0800",
    body=M("alternative",
        T("""\
尊敬的张伟先生：

您于2026年11月14日在美康体检中心（上海静安分院）完成的年度体检报告已生成。

体检编号：MK20261114-0372
身份证号：310106********2817

主要异常结果：
1. 脂肪肝（中度）——建议控制体重，3个月后复查肝功能
2. 血尿酸 512 μmol/L（偏高）——建议低嘌呤饮食，必要时内分泌科就诊
3. 甲状腺右叶结节 8×6 mm（TI-RADS 3类）——建议6个月后复查B超
4. 低密度脂蛋白胆固醇 4.1 mmol/L（偏高）

如需专家解读报告，请拨打客服热线 021-555-0156 预约。
""", cs="gbk", cte="quoted-printable"),
        T("""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head>
<body style="font-family:SimSun,sans-serif">
<h3>美康体检中心 &middot; 年度体检报告</h3>
<p>尊敬的<b>张伟</b>先生（体检编号 MK20261114-0372）：</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>项目</th><th>结果</th><th>建议</th></tr>
<tr><td>腹部B超</td><td>脂肪肝（中度）</td><td>3个月后复查肝功能</td></tr>
<tr><td>血尿酸</td><td style="color:red">512 μmol/L ↑</td><td>低嘌呤饮食</td></tr>
<tr><td>甲状腺B超</td><td>右叶结节 8×6 mm，TI-RADS 3类</td><td>6个月后复查</td></tr>
<tr><td>LDL-C</td><td style="color:red">4.1 mmol/L ↑</td><td>心内科随访</td></tr>
</table>
<p>客服热线：021-555-0156</p>
</body></html>
""", sub="html", cs="gbk", cte="base64")))

add("restricted", "chinese-hiv-confirmatory-gbk",
    "CDC testing clinic tells a named client in Chinese (GB18030) that his HIV confirmatory test is positive and refers him for ART",
    "zh-Hans", cat="hiv",
    frm="区疾控中心 自愿咨询检测门诊 <vct@cdc-district.cn.test>",
    to="陈先生 <chen.m.1990@mail.example.net>",
    subj="请尽快到门诊领取您的检测结果",
    hcs="gb18030", henc="B",
    date="2026-11-23 10:20:00 +0800",
    body=T("""\
陈明先生：

您好。您于11月12日在本门诊进行的检测（编号 VCT-2026-1183），经确证实验
（免疫印迹）结果为HIV-1抗体阳性。

请您不要过于担心。目前抗病毒治疗效果很好，规范服药可以使病毒载量降到检测
不到的水平，和正常人一样生活和工作。

我们已为您预约：
  时间：11月26日（星期四）上午9:00
  地点：市传染病医院 感染科门诊3号诊室（免费抗病毒治疗门诊）
  需携带：身份证、本通知编号
  首次就诊将检测CD4细胞计数和病毒载量，并开始抗病毒治疗。

建议您的性伴侣也尽快进行检测。我们会严格为您保密。

咨询员：刘医生  电话：0755-555-0163
""", cs="gb18030", cte="base64"))

add("none", "trap-zh-drug-price-list-csv",
    "pharmaceutical distributor's Chinese price list (CSV) with drug codes and batch numbers that look like identifiers; no patient",
    "zh-Hans",
    frm="华康医药 销售部 <sales@huakang-pharma.cn.test>",
    to="采购科 <procurement@hospital-east.cn.test>",
    subj="2027年第一季度药品报价单（含降价品种）",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-25 14:45:00 +0800",
    body=M("mixed",
        T("""\
采购科各位老师好：

附件是我司2027年第一季度的药品报价单，共6个品种，其中恩替卡韦和替诺福韦
两个品种随集采续约价格下调。报价有效期至2027年3月31日。

如需样品或检验报告，请联系我。

华康医药 销售部 孙经理
电话：020-555-0172
""", cte="quoted-printable"),
        T(csv_text([
            ["药品编码", "通用名", "规格", "生产批号", "单价(元)", "备注"],
            ["XJ20260118", "恩替卡韦片", "0.5mg*28片", "2611042", "16.80", "集采续约降价"],
            ["XJ20260233", "富马酸替诺福韦二吡呋酯片", "300mg*30片", "2610187", "12.40", "集采续约降价"],
            ["XJ20250917", "盐酸二甲双胍缓释片", "0.5g*30片", "2609221", "8.60", ""],
            ["XJ20250402", "阿托伐他汀钙片", "20mg*14片", "2608115", "9.90", ""],
            ["XJ20240776", "甘精胰岛素注射液", "3ml:300单位", "2607330", "68.50", "冷链"],
            ["XJ20260301", "奥司他韦胶囊", "75mg*10粒", "2611009", "21.00", "流感季备货"],
        ]), sub="csv", cte="base64", fname="报价单_2027Q1.csv")))

add("none", "trap-zh-his-upgrade-test-patient",
    "hospital IT notice in Chinese (GB2312) on an HIS upgrade, showing a test patient record and test MRN; no real patient",
    "zh-Hans",
    frm="信息科 <it@hospital-east.cn.test>",
    to="全院各科室 <all-depts@hospital-east.cn.test>",
    subj="关于HIS系统升级及测试病人使用的通知",
    hcs="gb2312", henc="B",
    date="2026-12-02 17:00:00 +0800",
    body=T("""\
各科室：

信息科定于12月6日（星期日）凌晨1:00至5:00对HIS系统、电子病历系统和
LIS系统进行升级。升级期间请使用纸质处方和检验申请单，急诊化验结果由检验科
电话通知。

升级后请各科室使用以下测试病人进行功能验证，不要使用真实病人：

  姓名：测试病人甲
  病历号：TEST000001
  身份证号：000000000000000000
  科室：信息科测试病区  床号：T01

验证内容：挂号、开医嘱、打印检验条码、查看检验结果、出院结算。如发现
问题，请在12月7日前拨打信息科电话（内线 8008）。

信息科
""", cs="gb2312", cte="8bit"))

add("none", "zh-team-dinner",
    "lab team plans a year-end dinner in Chinese; no health content",
    "zh-Hans",
    frm="赵敏 <zhaomin@chinatownhealth.example.org>",
    to="检验科同事 <lab-team@chinatownhealth.example.org>",
    subj="年终聚餐投票：周五还是周六？",
    hcs="utf-8", henc="B",
    date="2026-12-03 15:22:00 -0500",
    body=T("""\
大家好，

今年的年终聚餐我们准备在法拉盛的"小肥羊"火锅店，人均大概40刀。请大家在
下面选一个时间，周一之前回复我：

  A. 12月18日（周五）晚上7点
  B. 12月19日（周六）中午12点

夜班的同事如果都不方便，我们也可以考虑1月初。

另外，抽奖礼物每人准备一份，不超过20刀。

赵敏
""", cte="8bit"))


# ====================================================================
# Chinese (traditional) and Cantonese
# ====================================================================

add("phi", "chinese-big5-discharge-taiwan",
    "Taipei hospital sends a named patient's family his discharge summary in Big5 with ROC-calendar dates and a masked ID number",
    "zh-Hant",
    frm="臺北仁愛聯合醫院 病歷室 <medrec@renai-union.tw.test>",
    to="林志明 <zhiming.lin@mail.example.com>",
    subj="林清輝先生出院病歷摘要",
    hcs="big5", henc="B",
    date="2026-11-21 11:05:00 +0800",
    body=T("""\
林志明先生您好：

依您的申請（申請單號 MR-115-11-0442），檢附令尊林清輝先生之出院病歷摘要
如下，供美國醫師參考。

病歷號碼：00831972
身分證字號：A12*****86
出生日期：民國37年8月3日
住院日期：115年11月10日　出院日期：115年11月18日
科別：心臟內科

出院診斷：
1. 急性心肌梗塞（非ST段上升型）
2. 第二型糖尿病
3. 高血壓

處置：115年11月11日心導管檢查，左前降支置放塗藥支架一支。

出院用藥：
  阿斯匹靈 100 mg 每日一次
  保栓通（Clopidogrel）75 mg 每日一次
  立普妥（Atorvastatin）40 mg 睡前
  庫魯化（Metformin）500 mg 每日兩次

主治醫師：黃建宏 醫師
如有疑問請洽：(02) 555-0181
""", cs="big5", cte="base64"))

add("phi", "cantonese-hk-stroke-rehab",
    "son in Hong Kong writes in Cantonese about his named mother's stroke rehabilitation and swallowing problems",
    "zh-Hant",
    frm="陳家豪 <kaho.chan.hk@mail.example.com>",
    to="Dr. Grace Wong <gwong@sfchinesehospital.example.org>",
    subj="我阿媽中風後復康進度",
    hcs="utf-8", henc="B",
    date="2026-11-28 09:15:40 +0800",
    body=T("""\
王醫生你好，

我係陳美玲嘅仔陳家豪，而家喺香港照顧緊阿媽（佢喺三藩市係你嘅病人，
出世日期1947年4月2日）。

佢上個月喺香港中風（右邊手腳無力），喺醫院住咗兩個星期，而家轉咗去
復康醫院。物理治療師話佢右手有少少進步，可以自己拎匙羹，但係行路仲要
扶住。

最擔心係佢飲水成日嗆親，言語治療師話要用凝固粉。醫院開咗阿士匹靈同埋
降膽固醇藥（Atorvastatin 40mg）。

我哋計劃一月尾返三藩市，想問下到時可唔可以安排家居物理治療同言語治療？
需要你寫轉介信嗎？

唔該晒！
陳家豪
+852 5555 0134
""", cte="quoted-printable"))

add("restricted", "chinese-big5-nipt-result",
    "borderline: a named woman's prenatal cell-free DNA screen (NIPT) with a sex-chromosome finding and genetic counselling; NIPT counted as a genetic test result",
    "zh-Hant", cat="genetic",
    frm="安心婦產科診所 產前遺傳諮詢 <genetics@anxin-obgyn.tw.test>",
    to="吳佩珊 <peishan.wu@mail.example.net>",
    subj="您的非侵入性胎兒染色體檢測（NIPT）報告",
    hcs="big5", henc="B",
    date="2026-11-26 14:30:00 +0800",
    body=T("""\
吳佩珊小姐您好：

您於115年11月12日（懷孕12週3天）抽血之非侵入性胎兒染色體檢測（NIPT）
報告已完成，檢體編號 NIPT-1151112-0263：

  第21對染色體（唐氏症）：低風險
  第18對染色體：低風險
  第13對染色體：低風險
  性染色體：偵測到X染色體數目異常之可能（疑似45,X，特納氏症）
  胎兒DNA比例：9.8%

NIPT為篩檢而非診斷，性染色體結果的偽陽性率較高，建議進行羊膜穿刺確認。
已為您安排遺傳諮詢：

  日期：115年12月1日（星期二）下午2:30
  遺傳諮詢師：蔡宜君

請與先生一同前來。如有疑問請來電 (02) 555-0126。

安心婦產科診所
""", cs="big5", cte="quoted-printable"))

add("none", "trap-zh-tw-dementia-lecture",
    "community centre's traditional-Chinese lecture notice on dementia prevention and medications; no individual",
    "zh-Hant",
    frm="華人社區服務中心 <events@chinese-community.example.org>",
    to="會員通訊 <members@chinese-community.example.org>",
    subj="健康講座：認識失智症與預防方法",
    hcs="big5", henc="B",
    date="2026-11-16 10:00:00 -0800",
    body=T("""\
各位會員好：

本中心將舉辦健康講座，歡迎長輩及家屬參加：

  題目：認識失智症──早期警訊、預防與照顧
  講者：黃美華醫師（神經內科）
  時間：12月12日（星期六）下午2:00至3:30
  地點：本中心二樓多功能教室
  語言：國語（現場提供粵語翻譯）

內容包括：阿茲海默症與血管性失智症的差別、常用藥物（如愛憶欣、憶思能）
的作用與副作用、如何申請居家照顧服務，以及照顧者的壓力調適。

據統計，美國65歲以上長者約每9人就有1人患有阿茲海默症。

免費入場，請來電報名：(415) 555-0118
""", cs="big5", cte="8bit"))


# ====================================================================
# Korean
# ====================================================================

add("phi", "korean-colonoscopy-polyp-result",
    "clinic gives a named patient in Korean (EUC-KR) his colonoscopy findings: two adenomatous polyps removed, repeat in 3 years",
    "ko",
    frm="한마음내과의원 <hanmaum.clinic@hanmaum-im.kr.test>",
    to="박성호 <sungho.park@mail.example.com>",
    subj="대장내시경 조직검사 결과 안내",
    hcs="euc-kr", henc="B",
    date="2026-11-25 14:00:00 +0900",
    body=T("""\
박성호 님 안녕하세요.

11월 18일에 받으신 대장내시경 조직검사 결과를 안내해 드립니다.

  등록번호: 2026-04471
  검사일: 2026.11.18
  소견: 구불결장 용종 2개 (각 6 mm, 8 mm) 절제
  조직검사: 관상 선종 (tubular adenoma), 저도 이형성
  절제연: 음성

선종은 암으로 진행할 수 있는 용종이지만 이번에 모두 제거되었습니다.
3년 후 (2029년 11월경) 대장내시경 재검사를 권해 드립니다.

결과 상담을 원하시면 진료 예약을 해 주세요.
전화: 02-555-0143

한마음내과의원 원장 이정민
""", cs="euc-kr", cte="base64"))

add("phi", "korean-dementia-donepezil",
    "daughter-in-law writes in Korean about her named mother-in-law's worsening memory and donepezil side effects",
    "ko",
    frm="최수진 <sujin.choi@mail.example.net>",
    to="Dr. James Kang <jkang@koreatownmed.example.com>",
    subj="시어머니 약 부작용 문의 (김옥자 님)",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-12-02 08:30:12 -0800",
    body=T("""\
강 선생님께,

안녕하세요. 저는 김옥자 님(1942년 3월 15일생)의 며느리 최수진입니다.

어머님이 지난달부터 도네페질(아리셉트) 5 mg을 드시기 시작했는데, 요즘
밤에 잠을 잘 못 주무시고 악몽을 꾸신다고 하세요. 식욕도 많이 줄어서
한 달 사이에 2 kg이 빠졌습니다. 그리고 어제는 가스 불을 켜 놓고
잊어버리셨어요.

약을 아침에 드시게 바꾸면 나을까요? 다음 진료가 1월 8일인데 그 전에
한 번 뵐 수 있을지요?

어머님은 한국어만 하셔서 제가 같이 가겠습니다.

감사합니다.
최수진 드림
213-555-0152
""", cte="quoted-printable"))

add("restricted", "korean-depression-psychiatry-referral",
    "internist refers a named patient to psychiatry in Korean (ks_c_5601-1987): major depression, PHQ-9 19, escitalopram",
    "ko", cat="mental",
    frm="이정민 <jmlee@hanmaum-im.kr.test>",
    to="마음숲정신건강의학과 <referral@maeumsup-psych.kr.test>",
    subj="진료의뢰서 - 정유나 님 (우울증)",
    hcs="ks_c_5601-1987", henc="B",
    date="2026-11-27 17:40:00 +0900",
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "진료의뢰서")],
    body=M("alternative",
        T("""\
선생님께,

환자 정유나 님(여, 34세, 등록번호 2025-11873)을 의뢰드립니다.

3개월 전부터 우울감, 불면, 식욕 저하, 업무 집중력 저하를 호소하였고
PHQ-9 19점으로 중등도 이상의 주요우울장애가 의심됩니다. 10월 말부터
에스시탈로프람 10 mg을 투여하였으나 호전이 미미하며, 최근 "사라지고
싶다"는 수동적 자살 사고를 보고하였습니다 (구체적 계획은 부인).

갑상선 기능 검사와 빈혈 검사는 정상입니다.

정신건강의학과 전문의의 평가와 치료를 부탁드립니다. 환자는 의뢰에
동의하였습니다.

한마음내과의원 이정민 드림
02-555-0143
""", cs="ks_c_5601-1987", cte="base64"),
        T("""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head>
<body><div style="font-family:맑은 고딕">
<p>선생님께,</p>
<p>환자 <b>정유나</b> 님(여, 34세, 등록번호 2025-11873)을 의뢰드립니다.</p>
<p>3개월 전부터 우울감, 불면, 식욕 저하를 호소하였고 PHQ-9 19점으로 주요우울장애가 의심됩니다.
에스시탈로프람 10 mg 투여 후 호전이 미미하며 수동적 자살 사고를 보고하였습니다.</p>
<p>한마음내과의원 이정민 드림</p></div></body></html>
""", sub="html", cs="ks_c_5601-1987", cte="base64")))

add("restricted", "korean-egg-freezing-storage-bill",
    "fertility clinic bills a named patient in Korean (EUC-KR) for her frozen-egg storage renewal",
    "ko", cat="repro",
    frm="봄빛여성의원 난임센터 <billing@bombit-fertility.kr.test>",
    to="한지원 <jiwon.han@mail.example.com>",
    subj="난자 동결 보관 연장 안내 및 청구서",
    hcs="euc-kr", henc="B",
    date="2026-12-01 10:00:00 +0900",
    body=T("""\
한지원 님께,

2024년 12월 10일에 동결하신 난자(12개, 보관번호 BB-OC-24-0318)의 1차
보관 기간이 2026년 12월 9일에 만료됩니다.

보관 연장 비용 (1년): 450,000원
납부 기한: 2026년 12월 9일
납부 방법: 병원 수납 창구, 계좌 이체, 또는 온라인 결제

연장을 원하지 않으시면 폐기 동의서를 작성하셔야 하며, 동의서 없이는
폐기하지 않습니다. 향후 체외수정 계획 상담을 원하시면 예약해 주세요.

문의: 02-555-0175 (난임센터 코디네이터)

봄빛여성의원 난임센터
""", cs="euc-kr", cte="quoted-printable"))

add("none", "trap-ko-clinic-hours-notice",
    "Korean clinic announces year-end hours and flu/COVID vaccines to all patients; no individual",
    "ko",
    frm="코리아타운 메디컬 그룹 <notice@koreatownmed.example.com>",
    to="undisclosed-recipients:;",
    subj="[공지] 연말 진료시간 변경 및 독감 예방접종 안내",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-12-01 09:00:00 -0800",
    body=M("alternative",
        T("""\
환자분들께 알려 드립니다.

연말 진료시간이 다음과 같이 변경됩니다.
  12월 24일(목): 오전 9시 ~ 오후 1시
  12월 25일(금): 휴진
  12월 31일(목): 오전 9시 ~ 오후 1시
  1월 1일(금): 휴진

독감 예방접종과 코로나19 업데이트 백신은 예약 없이 평일 오후 2시~5시에
접종 가능합니다. 메디케어 및 대부분의 보험이 적용됩니다.

만성질환(당뇨, 고혈압)으로 약을 드시는 분은 휴진 전에 처방을 미리
받아 두시기 바랍니다.

문의: 213-555-0160 (한국어 상담 가능)
"""),
        T("""\
<html><body style="font-family:'Malgun Gothic',sans-serif">
<h3>[공지] 연말 진료시간 변경</h3>
<table border="1" cellpadding="4"><tr><td>12월 24일(목)</td><td>오전 9시 ~ 오후 1시</td></tr>
<tr><td>12월 25일(금)</td><td>휴진</td></tr><tr><td>12월 31일(목)</td><td>오전 9시 ~ 오후 1시</td></tr>
<tr><td>1월 1일(금)</td><td>휴진</td></tr></table>
<p>독감 및 코로나19 백신: 평일 오후 2시~5시, 예약 없이 접종 가능</p>
<p>문의: 213-555-0160</p></body></html>
""", sub="html", cte="quoted-printable")))

add("none", "trap-ko-ultrasound-quote",
    "medical-device vendor's Korean (EUC-KR) quote for ultrasound probes with serial and model numbers; no patient",
    "ko",
    frm="한빛메디칼 영업팀 <sales@hanbit-medical.kr.test>",
    to="구매팀 <purchasing@hanmaum-im.kr.test>",
    subj="견적서 송부 - 초음파 프로브 및 유지보수 계약",
    hcs="euc-kr", henc="B",
    date="2026-11-19 11:30:00 +0900",
    body=M("mixed",
        T("""\
구매팀 담당자님께,

요청하신 초음파 장비 관련 견적을 보내 드립니다.

1. 복부용 컨벡스 프로브 (모델 HC-C5-2)     1개   3,850,000원
2. 갑상선/유방용 리니어 프로브 (HL-L12-4)  1개   4,200,000원
3. 기존 장비 유지보수 계약 (1년)
   - 장비 일련번호: HBU-7700-2019-004418
   - 정기점검 연 2회, 부품 포함          1식   2,400,000원
   합계 (부가세 별도)                          10,450,000원

견적 유효기간: 2026년 12월 31일까지
납품: 발주 후 2주 이내

한빛메디칼 영업팀 김도현 대리
010-555-0119
""", cs="euc-kr", cte="quoted-printable"),
        B(make_pdf([[
            "HANBIT MEDICAL - QUOTATION Q-2026-1119-07",
            "To: Hanmaum Internal Medicine Clinic - Purchasing",
            "1. Convex probe HC-C5-2 .................. KRW 3,850,000",
            "2. Linear probe HL-L12-4 ................. KRW 4,200,000",
            "3. Maintenance contract, S/N HBU-7700-2019-004418 ... KRW 2,400,000",
            "Total (VAT excluded) ..................... KRW 10,450,000",
            "Valid until 2026-12-31",
        ]]), "application/pdf", "Quotation_Q-2026-1119-07.pdf")))

add("none", "ko-year-end-party",
    "Korean staff year-end party (songnyeonhoe) invitation; no health content",
    "ko",
    frm="총무팀 <admin@koreatownmed.example.com>",
    to="전 직원 <allstaff@koreatownmed.example.com>",
    subj="2026 송년회 안내",
    hcs="utf-8", henc="B",
    date="2026-12-04 13:00:00 -0800",
    body=T("""\
안녕하세요, 총무팀입니다.

한 해 동안 수고 많으셨습니다. 올해 송년회를 아래와 같이 진행합니다.

  일시: 12월 19일(토) 오후 6시 30분
  장소: 윌셔가 "한옥" 식당 2층 (주차 가능)
  회비: 없음 (가족 동반 1인 가능)

장기자랑 신청은 12월 11일까지 저에게 알려 주세요. 1등 상품은 항공권입니다!

참석 여부는 아래 링크에서 체크해 주세요.
https://forms.koreatownmed.example.com/party2026

총무팀 윤하나 드림
""", cte="8bit"))


# ====================================================================
# Japanese
# ====================================================================

add("phi", "japanese-kenshin-hba1c",
    "company health office tells a named employee in Japanese (Shift_JIS) his check-up HbA1c 6.8% needs further examination",
    "ja",
    frm="健康管理室 <kenko-kanri@nihon-seiki.jp.test>",
    to="山田 太郎 <t.yamada@nihon-seiki.jp.test>",
    subj="【要精密検査】2026年度 定期健康診断結果のお知らせ",
    hcs="shift_jis", henc="B",
    date="2026-11-20 10:00:00 +0900",
    body=T("""\
山田 太郎 様（社員番号 A-20871）

2026年10月15日に実施した定期健康診断の結果、以下の項目で
「要精密検査」の判定となりました。

  HbA1c           6.8 %   （基準値 5.5 %以下）
  空腹時血糖      138 mg/dL（基準値 99 mg/dL以下）
  中性脂肪        212 mg/dL
  腹囲            92 cm

糖尿病の可能性がありますので、12月末までに内科を受診し、
受診結果を健康管理室までご提出ください。紹介状が必要な場合は
産業医（鈴木医師）が作成いたします。

なお、本結果は本人以外には開示いたしません。

健康管理室 保健師 中村
内線 2215 / 03-555-0148
""", cs="shift_jis", cte="base64"))

add("phi", "japanese-travel-insurance-appendectomy",
    "travel insurer asks a named Japanese policyholder in ISO-2022-JP for documents for his appendectomy claim in the US",
    "ja",
    frm="さくら海外旅行保険 保険金請求窓口 <claims@sakura-travel-ins.jp.test>",
    to="佐藤 健一 <kenichi.sato@mail.example.com>",
    subj="保険金請求受付のお知らせ（受付番号 ST-26-118830）",
    hcs="iso-2022-jp", henc="B",
    date="2026-11-24 16:45:00 +0900",
    body=T("""\
佐藤 健一 様

このたびは海外での急病、お見舞い申し上げます。
保険金のご請求を以下のとおり受け付けました。

  受付番号：ST-26-118830
  証券番号：SK-2026-0047712
  傷病名：急性虫垂炎（腹腔鏡下虫垂切除術）
  治療期間：2026年11月3日〜11月6日
  医療機関：St. Brigid Hospital（米国）
  請求額：USD 38,420.00

お支払いの審査のため、以下の書類をご提出ください。
  1. 診断書（英文で可、当社所定の様式）
  2. 病院の明細付き請求書（Itemized Bill）
  3. 手術記録および退院サマリー
  4. 航空券の控え

ご不明な点は 03-555-0149 までお問い合わせください。

さくら海外旅行保険 保険金請求窓口
""", cs="iso-2022-jp", cte="7bit"))

add("restricted", "japanese-panic-disorder-sjis",
    "psychosomatic clinic tells a named patient in Japanese (Shift_JIS) about her panic-disorder visit and sertraline dose change",
    "ja", cat="mental",
    frm="こころの杜クリニック 心療内科 <uketsuke@kokoro-mori.jp.test>",
    to="鈴木 美穂 <miho.suzuki@mail.example.net>",
    subj="次回診察のご案内と処方変更について",
    hcs="shift_jis", henc="B",
    date="2026-12-02 18:10:00 +0900",
    body=T("""\
鈴木 美穂 様

いつもご来院いただきありがとうございます。
先日の診察で林医師よりお伝えした内容を、念のためお送りいたします。

  診察券番号：0045182
  次回診察：12月16日（水）19:00　林医師
  診断：パニック障害

処方の変更：
  ・セルト\u2063ラリン（ジェイゾロフト）25mg → 50mg に増量（夕食後）
  ・発作時の頓服：アルプラゾラム 0.4mg（1日2回まで）

増量後の数日間、吐き気や眠気が出ることがあります。症状が強い場合や、
気分の落ち込みが急にひどくなった場合は、次回を待たずにご連絡ください。

認知行動療法（CBT）のグループは1月から再開予定です。

こころの杜クリニック
03-555-0166
""", cs="shift_jis", cte="quoted-printable"))

add("restricted", "japanese-genetic-counseling-iso2022jp",
    "university hospital genetics clinic gives a named patient a genetic-counselling appointment in ISO-2022-JP for a pathogenic MYH7 variant",
    "ja", cat="genetic",
    frm="東都大学病院 遺伝子診療部 <idenshi@toto-univ-hosp.jp.test>",
    to="高橋 誠 <makoto.takahashi@mail.example.com>",
    subj="遺伝カウンセリングのご予約について",
    hcs="iso-2022-jp", henc="B",
    date="2026-11-27 11:00:00 +0900",
    body=T("""\
高橋 誠 様

循環器内科からのご紹介により、遺伝カウンセリングのご予約をお取りしました。

  患者ID：7781-0032
  日時：2026年12月10日（木）14:00〜15:00
  場所：東都大学病院 外来棟3階 遺伝子診療部
  担当：認定遺伝カウンセラー 森田、臨床遺伝専門医 石川

先日の遺伝学的検査で、肥大型心筋症に関連するMYH7遺伝子の病的バリアント
（c.1208G>A, p.Arg403Gln）が確認されました。当日は、結果の意味、ご家族
（お子様お二人を含む）の検査の選択肢、今後の心臓の経過観察について
ご説明します。

可能であれば、ご家族の方もご一緒にお越しください。

東都大学病院 遺伝子診療部
03-555-0171
""", cs="iso-2022-jp", cte="7bit"))

add("none", "trap-ja-kenko-dayori-norovirus",
    "company health newsletter in Japanese (Shift_JIS) on influenza and norovirus season; no individual",
    "ja",
    frm="健康管理室 <kenko-kanri@nihon-seiki.jp.test>",
    to="全社員 <all@nihon-seiki.jp.test>",
    subj="健康だより 12月号：インフルエンザとノロウイルスに注意",
    hcs="shift_jis", henc="B",
    date="2026-12-01 09:00:00 +0900",
    body=T("""\
━━━━━━━━━━━━━━━━━━━━━━
　健康だより　2026年12月号
━━━━━━━━━━━━━━━━━━━━━━

■インフルエンザ
全国の定点あたり報告数は11月第4週で 12.4 となり、流行注意報の基準を
超えました。社内の予防接種は12月11日まで受け付けています（費用は会社
負担）。

発熱した場合は出社せず、解熱後2日（幼児は3日）を経過するまで自宅療養
してください。抗インフルエンザ薬（オセルタミビル等）は発症48時間以内の
服用が効果的です。

■ノロウイルス
アルコール消毒は効きにくいため、石けんと流水でよく手を洗いましょう。
嘔吐物の処理には次亜塩素酸ナトリウム（0.1%）を使います。

■年末年始の健康相談
12月29日〜1月3日は健康管理室は休室です。緊急時は #7119 へ。

健康管理室
""", cs="shift_jis", cte="8bit"))

add("none", "trap-ja-genetics-conference-cfp",
    "Japanese society's call for abstracts on hereditary tumours and genetic counselling; no individual",
    "ja",
    frm="日本遺伝医療研究会 事務局 <jimukyoku@genetic-med-society.jp.test>",
    to="会員各位 <members@genetic-med-society.jp.test>",
    subj="第31回学術集会 演題募集のお知らせ（締切 2027年1月29日）",
    hcs="utf-8", henc="B",
    date="2026-11-16 10:00:00 +0900",
    body=T("""\
会員各位

第31回日本遺伝医療研究会学術集会の演題募集を開始いたしました。

  会期：2027年5月21日（金）〜22日（土）
  会場：京都国際会館
  テーマ：「遺伝性腫瘍診療の未来──BRCA、リンチ症候群から全ゲノムへ」

募集カテゴリー：
  1. 遺伝性乳がん卵巣がん（HBOC）
  2. リンチ症候群・家族性大腸腺腫症
  3. 遺伝カウンセリング・倫理的課題
  4. 出生前診断・NIPT
  5. 薬理遺伝学

症例報告の場合は、患者さんの同意を得たうえで、個人が特定されないよう
十分に配慮してください（年齢は「50代」などの表記とすること）。

締切：2027年1月29日（金）正午
登録：https://www.genetic-med-society.jp.test/abstract

事務局
""", cte="quoted-printable"))

add("none", "ja-office-move",
    "Japanese office-move notice in ISO-2022-JP from a company; no health content",
    "ja",
    frm="株式会社メディリンク 総務部 <soumu@medilink.jp.test>",
    to="取引先各位 <partners@medilink.jp.test>",
    subj="事務所移転のお知らせ",
    hcs="iso-2022-jp", henc="B",
    date="2026-11-30 10:00:00 +0900",
    body=T("""\
取引先各位

拝啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、弊社はこのたび業務拡大に伴い、下記のとおり事務所を移転する
運びとなりました。

  新住所：〒103-0027 東京都中央区日本橋2-3-4 日本橋テストビル8階
  新電話番号：03-555-0188
  業務開始日：2027年1月12日（火）

旧事務所での業務は2026年12月25日（金）までとなります。
今後とも変わらぬお引き立てを賜りますよう、お願い申し上げます。

敬具

株式会社メディリンク 総務部
""", cs="iso-2022-jp", cte="7bit"))


# ====================================================================
# Russian
# ====================================================================

add("phi", "russian-warfarin-inr",
    "daughter writes in Russian (windows-1251) about her named father's INR of 4.1 on warfarin and new bruising",
    "ru",
    frm="Елена Волкова <elena.volkova.bk@mail.example.com>",
    to="Dr. Mark Katz <mkatz@brightonfamilymed.example.com>",
    subj="МНО у папы 4,1 - что делать с варфарином?",
    hcs="windows-1251", henc="B",
    date="2026-11-30 19:05:33 -0500",
    body=T("""\
Здравствуйте, доктор Кац!

Пишу по поводу моего отца, Волкова Бориса Ивановича (1944 г.р., карта
BFM-10388). Вчера в лаборатории МНО было 4,1 (в прошлом месяце 2,6). Он
принимает варфарин 5 мг каждый вечер из-за мерцательной аритмии.

Неделю назад терапевт в поликлинике, куда он ходил по поводу кашля, назначил
ему антибиотик - кажется, ципрофлоксацин, - он пьёт его уже 6 дней. На
руках появились синяки, кровотечений из носа нет, стул обычный.

Нужно ли пропустить дозу или уменьшить? Когда пересдать анализ?
Папа плохо говорит по-английски, поэтому звоните, пожалуйста, мне:
718-555-0141.

С уважением,
Елена Волкова
""", cs="windows-1251", cte="quoted-printable"))

add("phi", "russian-priem-kardiolog",
    "Russian-language clinic reminds a named patient of her cardiology visit and Holter monitor fitting",
    "ru",
    frm="Медицинский центр «Брайтон» <priem@brightonfamilymed.example.com>",
    to="Ирина Петровна Соколова <i.sokolova58@mail.example.net>",
    subj="Напоминание о приёме у кардиолога 8 декабря",
    hcs="utf-8", henc="B",
    date="2026-12-04 10:30:00 -0500",
    body=T("""\
Уважаемая Ирина Петровна!

Напоминаем, что Вы записаны на приём:

  Врач: кардиолог Гольдман Аркадий Семёнович
  Дата: вторник, 8 декабря 2026 г., 11:20
  Адрес: 3100 Brighton 4th St, 2-й этаж, кабинет 12

После приёма Вам установят суточный монитор ЭКГ (Холтер) в связи с
эпизодами учащённого сердцебиения. Пожалуйста, примите душ утром - с
монитором мыться нельзя. Наденьте удобную одежду с пуговицами спереди.

Возьмите с собой список лекарств (бисопролол, лозартан) и результаты
последней ЭКГ.

Отменить или перенести приём: (718) 555-0144.

С уважением,
регистратура МЦ «Брайтон»
""", cte="base64"))

add("restricted", "russian-schizophrenia-olanzapine-koi8r",
    "psychiatric dispensary sends a named patient's GP a KOI8-R discharge note: paranoid schizophrenia, long-acting olanzapine",
    "ru", cat="mental",
    frm="ПНД N 7 - участковый психиатр <pnd7.uch3@pnd7.ru.test>",
    to="Поликлиника N 112 - терапевт <terapevt.112@gp112.ru.test>",
    subj="Выписка: Морозов А.В., 1990 г.р.",
    hcs="koi8-r", henc="B", hmode="words",
    date="2026-11-19 12:15:00 +0300",
    body=T("""\
Уважаемая Наталья Сергеевна!

Направляем выписку для продолжения наблюдения по соматическому профилю.

Пациент: Морозов Андрей Викторович, 14.07.1990 г.р.
Полис ОМС: 7751 2304 9918 4427
Диагноз: Параноидная шизофрения, эпизодический тип течения с нарастающим
дефектом (F20.02).

Находился на стационарном лечении в ПКБ N 4 с 02.10.2026 по 13.11.2026.
Выписан в состоянии ремиссии. Терапия: оланзапин пролонгированного
действия 405 мг в/м 1 раз в 4 недели (следующая инъекция 11.12.2026 в ПНД),
бипериден 2 мг утром.

Просим контролировать вес, глюкозу и липидный профиль каждые 3 месяца
(прибавка массы тела за время госпитализации 6 кг, глюкоза натощак
6,4 ммоль/л).

Участковый психиатр Смирнова О.Л.
Тел. +7 495 555-01-37
""", cs="koi8-r", cte="8bit"))

add("restricted", "russian-methadone-dose-otp",
    "opioid treatment programme tells a named Russian-speaking patient his methadone taper step and take-home schedule",
    "ru", cat="sud",
    frm="Coney Island Recovery Program <counseling@coneyrecovery.example.org>",
    to="Сергей Николаевич Кравец <s.kravets@mail.example.com>",
    subj="Изменение дозы метадона с 14 декабря",
    hcs="windows-1251", henc="B",
    date="2026-12-03 15:40:00 -0500",
    body=T("""\
Уважаемый Сергей Николаевич!

Как Вы договорились с доктором Ривкиным на встрече 1 декабря, Ваша доза
метадона будет снижаться по плану:

  с 14 декабря: 75 мг в день (сейчас 80 мг)
  с 28 декабря: 70 мг в день

Так как последние три анализа мочи были отрицательными, с 14 декабря Вы
получаете 2 дозы на дом в неделю (суббота и воскресенье). Храните их в
закрытом ящике, который мы выдали, в недоступном для детей месте.

Групповая встреча на русском языке - по четвергам в 18:00, ведёт консультант
Алла Гринберг.

Эта информация защищена федеральными правилами конфиденциальности
(42 CFR Part 2).

Номер пациента: CIR-3391
Тел. программы: (718) 555-0153
""", cs="windows-1251", cte="base64"))

add("none", "trap-ru-naloxone-harm-reduction",
    "harm-reduction organisation's Russian newsletter on naloxone, fentanyl test strips and overdose statistics; no individual",
    "ru",
    frm="Проект «Снижение вреда» <info@harmreduction-ru.example.org>",
    to="Рассылка <news@harmreduction-ru.example.org>",
    subj="Налоксон спасает жизни: бесплатные наборы и обучение",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-20 12:00:00 -0500",
    body=T("""\
Друзья, здравствуйте!

По данным городского департамента здравоохранения, в 2025 году от
передозировки опиоидов в Нью-Йорке умерли 2 187 человек; в 82 % случаев
был обнаружен фентанил.

Налоксон (Наркан) - спрей в нос, который останавливает действие опиоидов
и может спасти жизнь при передозировке. Он безопасен, даже если человек
принял не опиоиды.

Что мы предлагаем бесплатно и анонимно:
- наборы налоксона (2 дозы) и обучение за 15 минут на русском языке;
- тест-полоски на фентанил;
- направление в программы лечения метадоном или бупренорфином для тех,
  кто готов.

Признаки передозировки: человек не реагирует, дыхание редкое или
отсутствует, губы синие, зрачки точечные. Звоните 911 и вводите налоксон.

Пункт выдачи: пн-пт 10:00-18:00, 2nd Ave, подвал.
Телефон: (212) 555-0170
""", cte="quoted-printable"))

add("none", "trap-ru-lab-qc-report",
    "laboratory information system's KOI8-R internal QC report with control lots and Westgard rule violations; no patient",
    "ru",
    frm="ЛИС - контроль качества <lis-qc@gp112.ru.test>",
    to="Заведующий КДЛ <kdl.head@gp112.ru.test>",
    subj="Отчёт по внутрилабораторному контролю качества за ноябрь",
    hcs="koi8-r", henc="B",
    date="2026-12-01 07:00:00 +0300",
    body=M("mixed",
        T("""\
Автоматический отчёт ЛИС за период 01.11.2026 - 30.11.2026

Анализатор: биохимический, серийный N BX-4410-0072
Контрольные материалы: уровень 1 (лот 46121), уровень 2 (лот 46122)

Показатель      Уровень  Среднее   CV, %   Нарушения правил Вестгарда
Глюкоза         1        5,42      1,8     нет
Глюкоза         2        16,9      1,6     нет
Креатинин       1        88,1      3,9     1-2s (12.11)
Креатинин       2        412       2,7     нет
Калий           1        3,98      1,2     нет
Калий           2        6,31      1,4     2-2s (21.11) - серия отклонена
АЛТ             1        41,0      4,4     нет

Серия калия 21.11 повторена после калибровки, результаты пациентов за
период 09:10-10:35 пересчитаны и выданы повторно (27 исследований).

Отчёт сформирован автоматически. Не отвечайте на это письмо.
""", cs="koi8-r", cte="8bit"),
        T(csv_text([
            ["analyte", "level", "lot", "n", "mean", "sd", "cv_pct", "violations"],
            ["GLU", "1", "46121", "60", "5.42", "0.098", "1.8", ""],
            ["GLU", "2", "46122", "60", "16.9", "0.27", "1.6", ""],
            ["CREA", "1", "46121", "58", "88.1", "3.44", "3.9", "1-2s"],
            ["CREA", "2", "46122", "58", "412", "11.1", "2.7", ""],
            ["K", "1", "46121", "62", "3.98", "0.048", "1.2", ""],
            ["K", "2", "46122", "62", "6.31", "0.088", "1.4", "2-2s"],
            ["ALT", "1", "46121", "55", "41.0", "1.80", "4.4", ""],
        ]), sub="csv", cs="us-ascii", cte="7bit", fname="qc_2026-11.csv")))

add("none", "ru-parking-closure",
    "facilities notice in Russian (windows-1251) about a parking-garage closure; no health content",
    "ru",
    frm="Хозяйственная служба <facilities@brightonfamilymed.example.com>",
    to="Все сотрудники <staff@brightonfamilymed.example.com>",
    subj="Закрытие парковки 12-13 декабря",
    hcs="windows-1251", henc="Q",
    date="2026-12-07 08:30:00 -0500",
    body=T("""\
Коллеги, доброе утро!

В субботу 12 и воскресенье 13 декабря подземная парковка будет закрыта
из-за ремонта системы вентиляции и разметки.

В эти дни сотрудники могут бесплатно парковаться на открытой стоянке
напротив (Neptune Ave) - покажите служебный пропуск охраннику.

Пожалуйста, до вечера пятницы уберите личные вещи с мест, закреплённых за
вами, и не оставляйте машины на ночь 11 декабря.

Спасибо за понимание!
Хозяйственная служба, доб. 300
""", cs="windows-1251", cte="8bit"))


# ====================================================================
# Ukrainian
# ====================================================================

add("phi", "ukrainian-child-vaccination-record",
    "borderline: refugee mother sends her named daughter's vaccination record (photo) and asks for a missing MMR dose and a paediatric visit; immunisation counted as care",
    "uk",
    frm="Оксана Коваленко <oksana.kovalenko@mail.example.com>",
    to="Riverside CHC Pediatrics <peds@riverside-chc.example.org>",
    subj="Щеплення доньки для школи - Софія Коваленко",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-23 14:20:48 -0600",
    body=M("mixed",
        T("""\
Добрий день!

Мене звати Оксана Коваленко. Ми з донькою Софією (дата народження
17.05.2019) приїхали з Харкова у вересні за програмою U4U. Школа просить
довідку про щеплення англійською мовою.

Я додаю фото сторінок з її карти щеплень (форма 063/о). Там є:
- БЦЖ у пологовому будинку
- АКДП - 4 дози, остання у 2021
- поліомієліт (ІПВ/ОПВ) - 4 дози
- КПК (кір, паротит, краснуха) - 1 доза у 2020
- гепатит В - 3 дози

Другої дози КПК у неї немає, бо в 6 років ми вже виїхали. Чи можна
зробити її у вас і записати нас до педіатра? Софія здорова, алергій немає.

Дякую!
Оксана
773-555-0183
""", cte="quoted-printable"),
        B(tiny_png("kovalenko-063"), "image/png", "karta_shcheplen_Sofiia_Kovalenko_1.png")))

add("phi", "ukrainian-prosthesis-referral",
    "borderline: Lviv rehab centre refers a named patient after a below-knee amputation; the letter says PTSD was NOT diagnosed, so no restricted content: phi",
    "uk",
    frm="Др. Мирослава Гнатюк <m.hnatiuk@rehab-lviv.ua.test>",
    to="Prosthetics & Orthotics Clinic <po.intake@stbrigid.example.org>",
    subj="Направлення: Бондар О.М. - протезування після ампутації гомілки",
    hcs="windows-1251", henc="B", hmode="words",
    date="2026-11-18 16:00:00 +0200",
    body=T("""\
Шановні колеги,

Направляємо пацієнта для протезування в межах благодійної програми
"Крок уперед".

Пацієнт: Бондар Олександр Миколайович, 02.03.1988 р.н.
Діагноз: Ампутаційна кукса лівої гомілки на рівні середньої третини після
мінно-вибухової травми (03.2026). Стан після реампутації (05.2026).
Кукса сформована, рубець зажив, без ознак запалення. Фантомний біль
помірний, приймає габапентин 300 мг тричі на день.

Супутні: контузія, зниження слуху справа; ПТСР не діагностовано.
Первинний протез (гільза з термопластику) використовує з 08.2026, ходить з
однією милицею до 1 км.

Пацієнт розмовляє англійською на базовому рівні. Виписки та рентгенограми
надішлемо через захищений обмін.

З повагою,
лікар фізичної та реабілітаційної медицини
Мирослава Гнатюк
Тел. +380 32 555 0124
""", cs="windows-1251", cte="quoted-printable"))

add("restricted", "ukrainian-ptsd-refugee-referral",
    "social worker refers a named Ukrainian refugee with PTSD symptoms to trauma therapy, with consent",
    "uk", cat="mental",
    frm="Тетяна Мельник, LCSW <tmelnyk@newneighbors.example.org>",
    to="Trauma Recovery Clinic - Intake <intake@traumarecovery.example.org>",
    subj="Направлення на психотерапію: Ірина Шевчук (ПТСР)",
    hcs="utf-8", henc="B",
    date="2026-11-25 11:05:00 -0500",
    body=T("""\
Доброго дня, колеги!

Прошу прийняти на терапію нашу клієнтку:

  Ірина Шевчук, 41 рік, дата народження 09.01.1985
  Мова: українська, російська (англійська - базова)
  Телефон: 267-555-0117

Пані Ірина разом із сином прибула з Маріуполя у 2023 році. Останні три
місяці скаржиться на нічні жахіття, нав'язливі спогади про обстріли,
уникання гучних звуків, безсоння (2-3 години на ніч) та напади паніки у
транспорті. Скринінг PCL-5 - 58 балів, PHQ-9 - 16. Суїцидальних думок
заперечує.

Сімейна лікарка призначила сертралін 50 мг у жовтні; клієнтка просить
саме психотерапію (EMDR або CPT) з україномовним терапевтом або
перекладачем.

Письмову згоду на передачу інформації додаю до цього листа (підписана
20.11.2026).

З повагою,
Тетяна Мельник, LCSW
New Neighbors Resettlement Services
""", cte="base64"))

add("restricted", "ukrainian-zpt-buprenorphine-koi8u",
    "substitution-therapy site writes a KOI8-U certificate for a named patient moving abroad: opioid dependence on buprenorphine 12 mg",
    "uk", cat="sud",
    frm="Кабінет ЗПТ - КНП Міська лікарня N 3 <zpt@mlikarnia3.ua.test>",
    to="Андрій Ткаченко <andrii.tkachenko@mail.example.net>",
    subj="Довідка для продовження ЗПТ за кордоном",
    hcs="koi8-u", henc="B",
    date="2026-11-17 13:30:00 +0200",
    body=T("""\
Андрію, добрий день.

Як домовлялися, надсилаємо довідку для лікаря у Польщі (Вроцлав). Оригінал
з печаткою заберете в кабінеті до 20.11.

                          ДОВІДКА
Видана Ткаченку Андрію Петровичу, 11.06.1986 р.н., у тому, що він перебуває
на замісній підтримувальній терапії (ЗПТ) у КНП "Міська лікарня N 3" з
15.02.2021 р. з діагнозом: психічні та поведінкові розлади внаслідок
вживання опіоїдів, синдром залежності (F11.22).

Препарат: бупренорфін сублінгвально, 12 мг на добу. Доза стабільна з
03.2024. Останній прийом у кабінеті буде 21.11.2026; видано препарат на
5 днів (до 26.11.2026 включно) для переїзду.

Результати тестування сечі за останні 6 місяців - негативні на опіоїди
(крім бупренорфіну), амфетаміни, канабіноїди.

Лікар-нарколог Савчук Л.В.
Тел. +380 44 555 0136
""", cs="koi8-u", cte="quoted-printable"))

add("none", "trap-uk-mental-health-support-groups",
    "community notice in Ukrainian (KOI8-U) about free support groups for stress, loss and anxiety; no individual",
    "uk",
    frm="Український культурний центр <info@ukrcenter.example.org>",
    to="Розсилка громади <hromada@ukrcenter.example.org>",
    subj="Безкоштовні групи підтримки: стрес, втрата, тривога",
    hcs="koi8-u", henc="B",
    date="2026-11-14 10:00:00 -0600",
    body=T("""\
Дорогі друзі!

Війна, переїзд, розлука з рідними - усе це залишає слід. Ви не самі.

З грудня у нашому центрі працюють безкоштовні групи підтримки
українською мовою:

  Вівторок, 18:30 - група для дорослих "Життя після втрати"
  Четвер, 18:30 - група "Тривога і сон" (техніки самодопомоги)
  Субота, 11:00 - група для підлітків 13-17 років

Ведуть ліцензовані психологи. Групи не є лікуванням і не замінюють
консультацію лікаря. Якщо ви думаєте про самогубство, телефонуйте або
пишіть на 988 (є перекладач).

За минулий рік у групах взяли участь 146 людей.

Запис не потрібен. Адреса: 2247 W Chicago Ave, 2-й поверх.
Телефон: (773) 555-0189
""", cs="koi8-u", cte="8bit"))

add("none", "trap-uk-measles-campaign",
    "Ukrainian public-health campaign on measles with national case counts and the MMR schedule; no individual",
    "uk",
    frm="Центр громадського здоров'я - комунікації <press@phc-ua.ua.test>",
    to="Регіональні центри контролю хвороб <regions@phc-ua.ua.test>",
    subj="Кампанія наздоганяючої вакцинації від кору: матеріали та дані",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-10 09:00:00 +0200",
    body=T("""\
Шановні колеги!

Станом на 1 листопада 2026 року в Україні зареєстровано 1 214 випадків
кору, 61 % - діти до 10 років, які не отримали жодної дози КПК. Охоплення
другою дозою КПК у 6 років становить 78 % (цільовий показник - 95 %).

З 16 листопада до 31 грудня триває наздоганяюча кампанія. Просимо:
- розмістити плакати у закладах первинної допомоги;
- провести роботу з лікарями щодо перевірки статусу щеплень у дітей,
  зокрема внутрішньо переміщених осіб;
- щотижня (у понеділок) надсилати агреговані дані про кількість щеплених
  за віковими групами, без персональних даних.

Календар щеплень КПК: 12 місяців і 6 років. Дітям, які пропустили дозу,
щеплення проводиться в будь-якому віці.

Матеріали кампанії (плакати, відео, тексти для соцмереж) - за посиланням:
https://phc-ua.ua.test/kir-2026

Відділ комунікацій
""", cte="quoted-printable"))


# ====================================================================
# Polish
# ====================================================================

add("phi", "polish-skierowanie-mri-pesel",
    "e-referral notice to a named patient with PESEL and access code for a lumbar-spine MRI (sciatica)",
    "pl",
    frm="Internetowe Konto Pacjenta - powiadomienia <powiadomienia@ikp.pl.test>",
    to="Krzysztof Nowak <k.nowak58@mail.example.com>",
    subj="Otrzymałeś e-skierowanie",
    hcs="iso-8859-2", henc="Q",
    date="2026-11-26 12:41:00 +0100",
    body=T("""\
Dzień dobry,

lekarz wystawił dla Ciebie e-skierowanie.

  Pacjent: Krzysztof Nowak, PESEL 58110798764
  Rodzaj: badanie diagnostyczne - rezonans magnetyczny odcinka
          lędźwiowo-krzyżowego kręgosłupa bez kontrastu
  Rozpoznanie: M51.1 - choroba krążka międzykręgowego z rwą kulszową
  Wystawił: lek. Agnieszka Zielińska, POZ "Zdrowie" Kraków
  Data wystawienia: 26.11.2026

Kod dostępu: 4821

Aby umówić badanie, podaj w placówce swój numer PESEL i kod dostępu.
Listę placówek i terminy sprawdzisz w Internetowym Koncie Pacjenta.

Ta wiadomość została wygenerowana automatycznie. Nie odpowiadaj na nią.
""", cs="iso-8859-2", cte="quoted-printable"))

add("phi", "polish-son-fracture-cast",
    "mother writes in Polish about her named son's forearm cast: itching, swollen fingers, follow-up X-ray",
    "pl",
    frm="Magdalena Wiśniewska <magda.wisniewska@mail.example.net>",
    to="Dr. Paul Nowicki - Ortopedia Dziecięca <pnowicki@lurie-peds.example.org>",
    subj="Re: Instrukcje - opieka nad gipsem (Kacper W.)",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-28 18:12:07 -0600",
    irt="<cast-care-20261120-0441@lurie-peds.example.org>",
    body=T("""\
Dzień dobry Panie Doktorze,

piszę w sprawie syna, Kacpra Wiśniewskiego (9 lat, ur. 03.04.2017), który ma
gips na lewej ręce od 20 listopada (złamanie dalszej nasady kości
promieniowej, bez przemieszczenia).

Od wczoraj wieczorem palce są trochę spuchnięte i zaczerwienione, Kacper
mówi, że gips go uciska przy nadgarstku i bardzo swędzi. Palcami rusza,
czucie ma. Trzymamy rękę wysoko na poduszce.

Czy mamy przyjechać wcześniej, czy możemy poczekać do kontroli z
rentgenem 4 grudnia?

Pozdrawiam,
Magdalena Wiśniewska
773-555-0124

W dniu 20.11.2026 o 15:02, Pediatric Orthopedics <ortho.peds@lurie-peds.example.org> pisze:
> Cast care instructions / Instrukcje - opieka nad gipsem
>
> - Trzymaj rękę powyżej poziomu serca przez pierwsze 48 godzin.
> - Nie wkładaj niczego pod gips, nawet jeśli swędzi.
> - Gips musi być suchy.
> - Zadzwoń od razu, jeśli palce są sine, zimne, bardzo spuchnięte albo
>   dziecko nie może nimi ruszać: 773-555-0120.
>
> Kontrola z RTG: 04.12.2026, 9:40.
""", cte="8bit"))

add("restricted", "polish-detoks-naltrekson",
    "addiction clinic tells a named patient in Polish (ISO-8859-2) his post-detox plan: naltrexone and alcohol therapy group",
    "pl", cat="sud",
    frm="Poradnia Terapii Uzależnienia od Alkoholu <rejestracja@ptu-mokotow.pl.test>",
    to="Tomasz Kowalczyk <tomasz.kowalczyk@mail.example.com>",
    subj="Plan leczenia po wypisie z oddziału detoksykacyjnego",
    hcs="iso-8859-2", henc="B",
    date="2026-11-24 09:30:00 +0100",
    body=T("""\
Panie Tomaszu,

zgodnie z ustaleniami z wizyty w dniu 23.11.2026 przesyłamy plan leczenia
po wypisie z oddziału leczenia alkoholowych zespołów abstynencyjnych
(pobyt 12-19.11.2026).

  Pacjent: Tomasz Kowalczyk, PESEL 87031412341
  Rozpoznanie: F10.2 - zespół uzależnienia od alkoholu

1. Naltrekson 50 mg - 1 tabletka dziennie rano (recepta na 30 dni wystawiona
   23.11). Przed każdą wizytą kontrola prób wątrobowych co 3 miesiące.
2. Terapia grupowa - program podstawowy, poniedziałki i środy 17:00-19:00,
   start 30.11.2026, sala 4.
3. Sesje indywidualne z terapeutką p. Joanną Malinowską co dwa tygodnie.
4. Wizyta kontrolna u lekarza psychiatry - 14.12.2026, godz. 10:15.

W razie nawrotu picia prosimy o kontakt - nie przerywamy leczenia z tego
powodu. Telefon rejestracji: +48 22 555 01 38.

Poradnia Terapii Uzależnienia od Alkoholu
""", cs="iso-8859-2", cte="base64"))

add("none", "trap-pl-hr-pesel-payroll",
    "HR asks a new hire to confirm her PESEL, address and bank account for payroll; identifiers but no health content",
    "pl",
    frm="Dział Kadr i Płac <kadry@szpital-wolski.pl.test>",
    to="Anna Lewandowska <anna.lewandowska@szpital-wolski.pl.test>",
    subj="Dane do listy płac - prośba o weryfikację",
    hcs="iso-8859-2", henc="Q", hmode="words",
    date="2026-11-30 10:00:00 +0100",
    body=T("""\
Pani Anno,

w związku z zatrudnieniem od 1 grudnia 2026 r. na stanowisku specjalisty
ds. rozliczeń prosimy o sprawdzenie danych do listy płac:

  Imię i nazwisko: Anna Lewandowska
  PESEL: 15220534123
  Adres zamieszkania: ul. Górczewska 88/14, 01-117 Warszawa
  Urząd skarbowy: Warszawa-Wola
  Numer rachunku: PL61 1090 1014 0000 0712 1981 2874
  Numer pracownika: 2026-1187

Jeżeli dane są poprawne, prosimy o odpowiedź "potwierdzam". Ewentualne
zmiany prosimy zgłosić osobiście w pokoju 112 (budynek C).

Dział Kadr i Płac
""", cs="iso-8859-2", cte="quoted-printable"))

add("none", "trap-pl-formulary-update",
    "hospital pharmacy's Polish formulary update: drugs added, removed and substituted; no patient",
    "pl",
    frm="Apteka Szpitalna <apteka@szpital-wolski.pl.test>",
    to="Ordynatorzy i pielęgniarki oddziałowe <oddzialy@szpital-wolski.pl.test>",
    subj="Zmiany w receptariuszu szpitalnym od 1 stycznia 2027",
    hcs="iso-8859-2", henc="B",
    date="2026-12-03 13:00:00 +0100",
    body=T("""\
Szanowni Państwo,

Komitet Terapeutyczny na posiedzeniu 25.11.2026 zatwierdził następujące
zmiany w receptariuszu szpitalnym, obowiązujące od 01.01.2027:

Wprowadzone:
- apiksaban 2,5 mg i 5 mg tabl. (zamiast dabigatranu w nowych zleceniach)
- sugammadeks 200 mg/2 ml - wyłącznie na zlecenie anestezjologa
- empagliflozyna 10 mg tabl.

Wycofane:
- ranitydyna (wszystkie postacie) - zamiennik: famotydyna lub pantoprazol
- diklofenak inj. - zamiennik: metamizol lub paracetamol i.v.

Zmiana producenta (ten sam lek, inne opakowanie):
- enoksaparyna 40 mg/0,4 ml
- ceftriakson 1 g

Zapasy wycofanych leków na oddziałach należy zwrócić do apteki do
15.01.2027. Pełny receptariusz dostępny w intranecie.

mgr farm. Barbara Wójcik
Kierownik Apteki Szpitalnej
""", cs="iso-8859-2", cte="quoted-printable"))

add("none", "pl-courier-tracking",
    "courier delivery notice in Polish with a tracking number; no health content",
    "pl",
    frm="KurierExpress <powiadomienia@kurierexpress.pl.test>",
    to="Paweł Zając <pawel.zajac@mail.example.com>",
    subj="Twoja paczka jest w drodze - nr 6200 4417 8810 2291",
    hcs="utf-8", henc="Q",
    date="2026-12-02 07:45:00 +0100",
    body=T("""\
Dzień dobry,

Twoja paczka od nadawcy "Sklep Rowerowy Szprycha" jest w drodze.

  Numer przesyłki: 6200 4417 8810 2291
  Planowana dostawa: czwartek, 03.12.2026, 9:00-14:00
  Adres: ul. Lipowa 7/3, Lublin
  Pobranie: brak

Nie będzie Cię w domu? Zmień termin lub wskaż punkt odbioru:
https://sledzenie.kurierexpress.pl.test/6200441788102291

Pozdrawiamy,
KurierExpress
""", cte="8bit"))


# ====================================================================
# Romanian
# ====================================================================

add("phi", "romanian-scrisoare-medicala-cnp",
    "Romanian discharge letter (ISO-8859-2, cedilla letters) for a named patient with CNP: COPD exacerbation, inhalers, oxygen",
    "ro",
    frm="Spitalul Clinic de Pneumoftiziologie - Secţia II <sectia2@pneumo-iasi.ro.test>",
    to="Dr. Elena Popa - Medic de familie <cabinet.popa@mf-iasi.ro.test>",
    subj="Scrisoare medicală - Ionescu Maria",
    hcs="iso-8859-2", henc="B",
    date="2026-11-21 14:10:00 +0200",
    body=T("""\
Stimată doamnă doctor,

Vă informăm că pacienta IONESCU MARIA, CNP 2580314403213, în vârstă de 68
de ani, a fost internată în secţia noastră în perioada 13.11.2026 -
20.11.2026 (FO nr. 18842).

Diagnostic la externare:
- BPOC acutizat, GOLD 3, grup E
- Insuficienţă respiratorie cronică hipoxemică
- HTA grad II

Evoluţie favorabilă sub antibioterapie (amoxicilină/acid clavulanic),
corticoterapie sistemică şi bronhodilatatoare. SaO2 la externare 90 % în
aer atmosferic.

Recomandări:
- tiotropium/olodaterol 2 pufuri/zi
- salbutamol spray la nevoie
- oxigenoterapie la domiciliu 2 l/min, minim 15 ore/zi
- prednison 30 mg/zi încă 3 zile, apoi stop
- control în ambulatoriul de specialitate peste 4 săptămâni

Medic curant: Dr. Radu Munteanu, medic primar pneumolog
Tel. 0232 555 0147
""", cs="iso-8859-2", cte="quoted-printable"))

add("restricted", "romanian-implant-contraceptiv",
    "family-planning clinic confirms a named woman's contraceptive-counselling visit and implant insertion in Romanian",
    "ro", cat="repro",
    frm="Cabinet de Planificare Familială - Policlinica Titan <planificare@policlinica-titan.ro.test>",
    to="Andreea Stan <andreea.stan95@mail.example.com>",
    subj="Confirmare programare: consiliere contracepţie şi implant",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-12-02 11:00:00 +0200",
    body=T("""\
Bună ziua, doamna Andreea Stan,

Vă confirmăm programarea la Cabinetul de Planificare Familială:

  Data: joi, 10 decembrie 2026, ora 15:30
  Medic: dr. Cristina Dumitrescu, obstetrică-ginecologie
  Motiv: consiliere contracepţie şi inserţie implant subdermic
         (etonogestrel 68 mg)

Aşa cum aţi discutat telefonic, aţi oprit contraceptivul oral combinat din
cauza migrenelor cu aură. Implantul poate fi inserat în aceeaşi zi, dacă
testul de sarcină este negativ.

Vă rugăm să aduceţi cartea de identitate şi cardul de sănătate. Consilierea
este gratuită; implantul se eliberează compensat 100 % pentru
beneficiarele programului naţional.

Pentru reprogramare: 021 555 0119.

Cabinet de Planificare Familială
""", cte="quoted-printable"))

add("none", "trap-ro-hpv-campaign",
    "Romanian HPV vaccination campaign with national coverage and cervical-cancer statistics; no individual",
    "ro",
    frm="Direcţia de Sănătate Publică - Comunicare <comunicare@dsp-bucuresti.ro.test>",
    to="Medici de familie - lista <mf-lista@dsp-bucuresti.ro.test>",
    subj="Campania de vaccinare HPV 2026-2027: ţinte şi materiale",
    hcs="utf-8", henc="B", hmode="words",
    date="2026-11-12 10:30:00 +0200",
    body=T("""\
Stimaţi colegi,

România are una dintre cele mai ridicate rate de mortalitate prin cancer de
col uterin din Uniunea Europeană (aproximativ 1 800 de decese pe an).
Acoperirea vaccinală HPV la fetele de 11-14 ani a fost de doar 24 % în 2025.

Începând cu 1 decembrie 2026, vaccinul HPV nonavalent este gratuit pentru
fete şi băieţi cu vârste între 11 şi 18 ani şi compensat 50 % pentru
femeile între 19 şi 45 de ani.

Vă rugăm:
- să informaţi părinţii la consultaţiile de bilanţ;
- să raportaţi lunar numărul de doze administrate (fără date personale);
- să afişaţi în cabinet posterul campaniei (ataşat în format PDF pe site).

Informaţii: https://dsp-bucuresti.ro.test/hpv

Direcţia de Sănătate Publică
""", cte="base64"))


# ====================================================================
# German
# ====================================================================

add("phi", "german-arztbrief-herzinsuffizienz",
    "hospital discharge letter in German for a named patient with DOB: decompensated heart failure, LVEF 30%, new sacubitril/valsartan",
    "de",
    frm="Klinik für Kardiologie - Arztbriefe <arztbriefe.kardio@klinikum-nordstadt.de.test>",
    to="Praxis Dr. med. Ulrike Hartmann <praxis.hartmann@hausarzt-linden.de.test>",
    subj="Arztbrief: Herr Klaus-Dieter Schmitt, geb. 14.02.1951",
    hcs="iso-8859-1", henc="Q", hmode="words",
    date="2026-11-25 15:48:00 +0100",
    body=T("""\
Sehr geehrte Frau Kollegin Hartmann,

wir berichten über Ihren Patienten, Herrn Klaus-Dieter Schmitt, geb.
14.02.1951, der sich vom 16.11. bis 24.11.2026 in unserer stationären
Behandlung befand.

Diagnosen:
- Akut dekompensierte Herzinsuffizienz NYHA III bei ischämischer
  Kardiomyopathie, LVEF 30 %
- KHK, Z. n. Stent-PCI RIVA 2019
- Diabetes mellitus Typ 2, HbA1c 7,2 %
- Chronische Niereninsuffizienz G3a (eGFR 52 ml/min)

Unter intravenöser Diurese mit Furosemid Gewichtsabnahme von 6,4 kg.
NT-proBNP bei Aufnahme 6840 pg/ml, bei Entlassung 2110 pg/ml.

Medikation bei Entlassung:
  Sacubitril/Valsartan 49/51 mg 1-0-1 (neu)
  Bisoprolol 5 mg 1-0-0
  Spironolacton 25 mg 1-0-0
  Dapagliflozin 10 mg 1-0-0 (neu)
  Torasemid 10 mg 1-0-0
  ASS 100 mg 1-0-0, Atorvastatin 40 mg 0-0-1

Wir bitten um Kontrolle von Kalium und Kreatinin in einer Woche sowie um
tägliche Gewichtskontrolle durch den Patienten.

Mit freundlichen kollegialen Grüßen
Dr. med. Jens Albrecht, Oberarzt
Klinik für Kardiologie, Klinikum Nordstadt
Tel. +49 511 555 0147
""", cs="iso-8859-1", cte="quoted-printable"))

add("phi", "german-krankenkasse-reha-kostenuebernahme",
    "health insurer approves a named member's inpatient rehabilitation after knee replacement; insured number in body and PDF",
    "de",
    frm="AOK-Test Niedersachsen - Rehabilitation <reha@aok-test.de.test>",
    to="Gerda Baumann <gerda.baumann@mail.example.com>",
    subj="Kostenübernahme Ihrer Anschlussrehabilitation",
    hcs="utf-8", henc="Q",
    date="2026-11-27 10:00:00 +0100",
    body=M("mixed",
        T("""\
Sehr geehrte Frau Baumann,

wir freuen uns, Ihnen mitteilen zu können, dass wir die Kosten für Ihre
Anschlussrehabilitation (AHB) nach der Implantation einer Knie-
Totalendoprothese rechts übernehmen.

  Versichertennummer: K283451907
  Reha-Klinik: Weserbergland-Klinik, Bad Test
  Beginn: 07.12.2026 (direkt aus dem Krankenhaus)
  Dauer: 21 Tage, stationär
  Zuzahlung: 10 EUR pro Tag, höchstens 28 Tage im Kalenderjahr

Den ausführlichen Bescheid finden Sie im Anhang.

Mit freundlichen Grüßen
Ihre AOK-Test Niedersachsen
Telefon 0511 555 0138
""", cte="base64"),
        B(make_pdf([[
            "AOK-Test Niedersachsen - Bescheid über Leistungen zur medizinischen Rehabilitation",
            "",
            "Versicherte: Gerda Baumann, geb. 22.09.1954",
            "Versichertennummer: K283451907",
            "Aktenzeichen: REHA-2026-447108",
            "",
            "Bewilligt: Anschlussrehabilitation (AHB) orthopädisch, stationär, 21 Tage",
            "Indikation: Z. n. Knie-TEP rechts (Gonarthrose Grad IV) am 30.11.2026",
            "Einrichtung: Weserbergland-Klinik, Bad Test",
            "Beginn: 07.12.2026",
            "",
            "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats",
            "Widerspruch erhoben werden.",
        ]], flate=True), "application/pdf", "Bescheid_REHA-2026-447108.pdf")))

add("restricted", "german-kjp-adhs-methylphenidat",
    "child-psychiatry practice tells a named boy's parents in German his ADHD diagnosis and methylphenidate start",
    "de", cat="mental",
    frm="Praxis für Kinder- und Jugendpsychiatrie Dr. Vogel <praxis@kjp-vogel.de.test>",
    to="Familie Becker <familie.becker@mail.example.net>",
    subj="Befundbesprechung und Therapiebeginn - Jonas Becker",
    hcs="iso-8859-15", henc="Q", hmode="words",
    date="2026-11-30 17:30:00 +0100",
    body=T("""\
Sehr geehrte Frau Becker, sehr geehrter Herr Becker,

wie im Gespräch am 27.11. besprochen, fasse ich die Ergebnisse der
Diagnostik bei Jonas (geb. 08.05.2018) zusammen:

- Die Kriterien einer Aufmerksamkeitsdefizit-/Hyperaktivitätsstörung
  (ADHS, kombinierter Typ, F90.0) sind erfüllt (Fragebögen Eltern und
  Schule, Verhaltensbeobachtung, Testpsychologie).
- Intelligenz im Durchschnittsbereich, keine Lese-Rechtschreibstörung.

Therapieplan:
1. Methyl\u2063phenidat retard 10 mg morgens nach dem Frühstück, ab Montag
   07.12.2026. Ein BtM-Rezept liegt zur Abholung bereit.
2. Kontrolle von Gewicht, Größe, Puls und Blutdruck nach 4 Wochen
   (Termin: 05.01.2027, 15:00 Uhr).
3. Elterntraining (6 Termine) ab Januar in unserer Praxis.

Bitte notieren Sie Appetit, Schlaf und Stimmung in dem mitgegebenen
Tagebuch.

Mit freundlichen Grüßen
Dr. med. Sabine Vogel
Fachärztin für Kinder- und Jugendpsychiatrie und -psychotherapie
Tel. 0511 555 0152
""", cs="iso-8859-15", cte="quoted-printable"))

add("none", "trap-de-adhs-fortbildung",
    "German CME invitation on adult ADHD: diagnosis, methylphenidate, lisdexamfetamine, addiction comorbidity; no patient",
    "de",
    frm="Ärztekammer-Test Fortbildungsakademie <fortbildung@aek-test.de.test>",
    to="Mitglieder <mitglieder@aek-test.de.test>",
    subj="Fortbildung: ADHS im Erwachsenenalter - 4 CME-Punkte",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-09 08:00:00 +0100",
    body=M("alternative",
        T("""\
Sehr geehrte Kolleginnen und Kollegen,

wir laden Sie herzlich ein zur Fortbildung

  ADHS im Erwachsenenalter - Diagnostik, Therapie, Komorbiditäten
  Mittwoch, 20. Januar 2027, 18:00-21:00 Uhr, Ärztehaus, Saal 2
  und als Livestream

Programm:
- Diagnostik nach DSM-5 und Differenzialdiagnosen (Depression, bipolare
  Störung, Borderline)
- Pharmakotherapie: Methylphenidat, Lisdexamfetamin, Atomoxetin -
  Dosierung, BtM-Verordnung, kardiovaskuläre Kontrollen
- ADHS und Suchterkrankungen: Stimulanzien bei Patienten in
  Substitutionsbehandlung?
- Fallvignetten (anonymisiert, fiktiv)

Teilnahmegebühr: 30 EUR (Mitglieder), 4 CME-Punkte beantragt.
Anmeldung bis 13.01.2027.
"""),
        T("""\
<html><body style="font-family:Arial">
<h2>ADHS im Erwachsenenalter</h2>
<p>Mittwoch, <b>20. Januar 2027</b>, 18:00-21:00 Uhr, Ärztehaus, Saal 2 &ndash; auch als Livestream</p>
<ul><li>Diagnostik nach DSM-5</li><li>Pharmakotherapie: Methylphenidat, Lisdexamfetamin, Atomoxetin</li>
<li>ADHS und Suchterkrankungen</li><li>Fallvignetten (anonymisiert, fiktiv)</li></ul>
<p>4 CME-Punkte beantragt. Anmeldung bis 13.01.2027.</p></body></html>
""", sub="html", cte="quoted-printable")))

add("none", "trap-de-phishing-laborbefund",
    "IT-security warning in German that quotes a phishing lure 'Ihr Laborbefund liegt vor'; no real patient",
    "de",
    frm="IT-Sicherheit Klinikum Nordstadt <it-sicherheit@klinikum-nordstadt.de.test>",
    to="Alle Mitarbeitenden <alle@klinikum-nordstadt.de.test>",
    subj="WARNUNG: Phishing-Mails \"Ihr Laborbefund liegt vor\"",
    hcs="utf-8", henc="Q",
    date="2026-12-03 11:15:00 +0100",
    body=T("""\
Liebe Kolleginnen und Kollegen,

seit heute Morgen erhalten viele Mitarbeitende E-Mails mit folgendem Text:

  > Betreff: Ihr Laborbefund liegt vor - Patient-ID 00000000
  > Sehr geehrte/r Patient/in, Ihr Befund (Blutbild, Schilddrüse, HIV-Test)
  > ist jetzt online verfügbar. Bitte melden Sie sich innerhalb von 24
  > Stunden mit Ihrem Klinik-Passwort an: http://befund-portal.phish.test/login

Diese E-Mail ist NICHT von uns. Der Link führt auf eine gefälschte
Anmeldeseite. Es handelt sich um keinen echten Befund und um keine echte
Patientin oder keinen echten Patienten.

Bitte:
- nicht auf den Link klicken und kein Passwort eingeben;
- die Mail mit der Schaltfläche "Phishing melden" weiterleiten;
- wer bereits ein Passwort eingegeben hat, ruft sofort die Hotline an.

IT-Sicherheit, Hotline 4711
""", cte="quoted-printable"))

add("none", "de-rechnung-buerobedarf",
    "German office-supplies invoice to a practice; no health content",
    "de",
    frm="Bürobedarf Weber GmbH - Buchhaltung <rechnung@buero-weber.de.test>",
    to="Praxis Dr. Hartmann <praxis.hartmann@hausarzt-linden.de.test>",
    subj="Rechnung Nr. 2026-11-0871",
    hcs="iso-8859-1", henc="Q",
    date="2026-11-28 09:00:00 +0100",
    body=T("""\
Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung für Ihre Bestellung vom 24.11.2026.

  Rechnung Nr.: 2026-11-0871     Kundennr.: 30415
  5 x Kopierpapier A4, 500 Blatt ............. 24,95 EUR
  2 x Toner HL-2370 schwarz .................. 119,80 EUR
  1 x Etikettendrucker-Rollen (12 St.) ....... 38,40 EUR
  Zwischensumme .............................. 183,15 EUR
  zzgl. 19 % MwSt. ........................... 34,80 EUR
  Gesamtbetrag ............................... 217,95 EUR

Zahlbar innerhalb von 14 Tagen ohne Abzug auf
IBAN DE89 3704 0044 0532 0130 00.

Mit freundlichen Grüßen
Bürobedarf Weber GmbH
""", cs="iso-8859-1", cte="8bit"))


# ====================================================================
# Italian
# ====================================================================

add("phi", "italian-referto-esami-codice-fiscale",
    "Italian lab tells a named patient with codice fiscale her results are ready: creatinine 1.6, eGFR 38, anaemia",
    "it",
    frm="Laboratorio Analisi - ASL Test Milano <referti@asl-test-milano.it.test>",
    to="Giuseppina Rossi <g.rossi52@mail.example.com>",
    subj="Referto disponibile - prelievo del 24/11/2026",
    hcs="iso-8859-1", henc="Q", hmode="words",
    date="2026-11-26 13:20:00 +0100",
    body=M("mixed",
        T("""\
Gentile Sig.ra Giuseppina Rossi,

il referto degli esami eseguiti il 24/11/2026 è disponibile e si trova in
allegato. Può consultarlo anche sul Fascicolo Sanitario Elettronico.

Codice fiscale: RSSGPP52H41F205X
Numero accettazione: 2611-0483317

La invitiamo a mostrare il referto al Suo medico curante, in particolare
per i valori segnalati con asterisco.

Cordiali saluti,
Laboratorio Analisi - ASL Test Milano
Tel. 02 555 0134
""", cs="iso-8859-1", cte="base64"),
        B(make_pdf([[
            "ASL TEST MILANO - LABORATORIO ANALISI - REFERTO",
            "Paziente: ROSSI GIUSEPPINA   nata il 01/06/1952   C.F. RSSGPP52H41F205X",
            "Accettazione: 2611-0483317   Prelievo: 24/11/2026 08:05",
            "Medico richiedente: Dott. Luca Ferri",
            "",
            "Emoglobina ............ 10,9 g/dL *   (12,0 - 15,5)",
            "Creatinina ............ 1,62 mg/dL *  (0,50 - 1,10)",
            "eGFR (CKD-EPI) ........ 38 mL/min *",
            "Potassio .............. 5,1 mmol/L    (3,5 - 5,3)",
            "Glicemia .............. 104 mg/dL",
            "Ferritina ............. 19 ng/mL *    (30 - 300)",
            "",
            "* valore fuori dall'intervallo di riferimento",
            "Firmato digitalmente: Dott.ssa Paola Conti, biologa",
        ]]), "application/pdf", "referto_2611-0483317.pdf")))

add("restricted", "italian-lynch-mlh1-cascade",
    "genetics service invites a named man to cascade testing because his sister carries a pathogenic MLH1 variant (Lynch syndrome)",
    "it", cat="genetic",
    frm="Servizio di Genetica Medica - Ospedale San Test <genetica@ospedale-santest.it.test>",
    to="Marco Bianchi <marco.bianchi@mail.example.net>",
    subj="Consulenza genetica per familiari - sindrome di Lynch",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-19 10:45:00 +0100",
    body=T("""\
Gentile Sig. Marco Bianchi,

Le scriviamo su richiesta e con il consenso scritto di Sua sorella, la
Sig.ra Laura Bianchi, seguita presso il nostro Servizio.

Il test genetico eseguito su Sua sorella ha identificato una variante
patogenetica nel gene ML\u2063H1 (c.1731G>A), responsabile della sindrome di
Lynch, una condizione ereditaria che aumenta il rischio di tumore del
colon-retto e di altri tumori.

Ogni fratello o sorella ha una probabilità del 50 % di aver ereditato la
stessa variante. Per questo Le proponiamo una consulenza genetica, durante
la quale potrà decidere se eseguire il test (un semplice prelievo di
sangue). In caso di esito positivo, una colonscopia ogni 1-2 anni a partire
da subito riduce molto il rischio.

Abbiamo riservato per Lei:
  martedì 15 dicembre 2026, ore 11:30
  Ambulatorio di Genetica Medica, padiglione C, 1° piano

Se preferisce un'altra data, ci contatti al numero 02 555 0136.

Cordiali saluti,
Dott.ssa Chiara Moretti
Medico genetista
""", cte="quoted-printable"))

add("none", "trap-it-cup-outage",
    "Italian regional booking centre (CUP) outage notice with the fallback phone line; no patient",
    "it",
    frm="CUP Regionale - Comunicazioni <comunicazioni@cup-regionale.it.test>",
    to="Farmacie e sportelli CUP <sportelli@cup-regionale.it.test>",
    subj="Interruzione del servizio di prenotazione - 5 dicembre",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-12-02 12:00:00 +0100",
    body=T("""\
Gentili operatori,

sabato 5 dicembre 2026, dalle ore 14:00 alle ore 20:00, il sistema di
prenotazione CUP sarà sospeso per l'aggiornamento del catalogo regionale
delle prestazioni (nuovo nomenclatore della specialistica ambulatoriale).

Durante la sospensione:
- non sarà possibile prenotare, disdire o spostare visite ed esami;
- le ricette elettroniche (NRE) restano valide e potranno essere usate
  dopo il ripristino;
- per le prestazioni con priorità U (urgente, entro 72 ore) i medici
  possono contattare il numero dedicato 800 555 0146.

Vi ricordiamo di non annotare su carta i dati dei cittadini in attesa del
ripristino.

CUP Regionale
""", cte="8bit"))

add("none", "it-riunione-condominio",
    "condominium meeting notice in Italian; no health content",
    "it",
    frm="Studio Amministrazioni Galli <amministrazione@studiogalli.it.test>",
    to="Condòmini di Via Padova 41 <condomini.viapadova41@studiogalli.it.test>",
    subj="Convocazione assemblea condominiale - 14 dicembre",
    hcs="iso-8859-15", henc="Q", hmode="words",
    date="2026-11-27 16:00:00 +0100",
    body=T("""\
Gentili condòmini,

è convocata l'assemblea ordinaria del condominio di Via Padova 41:

  prima convocazione: 13 dicembre 2026, ore 7:00 (presso lo studio)
  seconda convocazione: lunedì 14 dicembre 2026, ore 20:45,
  sala parrocchiale di San Test, via Gattamelata 3

Ordine del giorno:
1. Approvazione del rendiconto 2025/2026
2. Preventivo 2026/2027 (spesa prevista 48.200 euro)
3. Rifacimento della facciata: scelta del preventivo
4. Regolamento per le biciclette in cortile
5. Varie ed eventuali

Chi non potesse partecipare può delegare un altro condòmino con il modulo
allegato alla lettera cartacea.

Cordiali saluti,
Rag. Stefano Galli
""", cs="iso-8859-15", cte="quoted-printable"))


# ====================================================================
# Dutch
# ====================================================================

add("phi", "dutch-huisarts-verwijzing-dermatoloog",
    "Dutch GP refers a named patient with BSN to dermatology for a suspicious pigmented lesion (melanoma?)",
    "nl",
    frm="Huisartsenpraktijk De Linde <assistente@hapdelinde.nl.test>",
    to="Polikliniek Dermatologie - Ziekenhuis Amstelland Test <verwijzingen.derma@amstelland-test.nl.test>",
    subj="Verwijzing dermatologie - mevr. S. de Vries, geb. 11-07-1979 (spoed)",
    date="2026-11-24 11:35:00 +0100",
    body=T("""\
Geachte collega,

Graag verwijs ik mevrouw Sanne de Vries, geboren 11-07-1979,
BSN 2345\u206381724, naar uw polikliniek.

Reden van verwijzing: gepigmenteerde laesie rechter schouderblad, 9 x 6 mm,
asymmetrisch, onregelmatige rand en kleur, volgens patiënte de laatste drie
maanden gegroeid. Dermatoscopisch atypisch netwerk en regressiegebied.
Verdenking melanoom; graag beoordeling binnen twee weken.

Voorgeschiedenis: veel zonverbranding in jeugd, vader melanoom (2015).
Medicatie: levothyroxine 75 mcg. Allergieën: geen.

Foto's zijn via het beveiligde verwijsportaal meegestuurd.

Met collegiale groet,
J.P. (Joost) van den Berg, huisarts
Huisartsenpraktijk De Linde, Amstelveen
Tel. 020 555 0142
""", cs="iso-8859-1", cte="quoted-printable"))

add("restricted", "dutch-klinische-genetica-brca2",
    "clinical-genetics department gives a named woman an appointment for predictive testing of her family's BRCA2 variant",
    "nl", cat="genetic",
    frm="Afdeling Klinische Genetica - UMC Test <klinischegenetica@umc-test.nl.test>",
    to="Lotte Jansen <lotte.jansen@mail.example.com>",
    subj="Uitnodiging erfelijkheidsadvies - dragerschapsonderzoek BRCA2",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-20 09:15:00 +0100",
    body=T("""\
Beste mevrouw Jansen,

Naar aanleiding van de familiebrief die u via uw tante heeft ontvangen,
heeft u zich aangemeld voor erfelijkheidsadvies. In uw familie is een
erfelijke aanleg voor borst- en eierstokkanker gevonden: een
ziekteveroorzakende variant in het BRCA2-gen (c.9097dup).

U bent uitgenodigd voor een eerste gesprek:

  Datum: donderdag 17 december 2026, 10:30 uur
  Plaats: UMC Test, polikliniek Klinische Genetica, route 64
  Met: mw. dr. E. Visser, klinisch geneticus, en
       mw. M. Bakker, genetisch consulent

In dit gesprek bespreken we wat de uitslag van een DNA-onderzoek voor u
kan betekenen. Als u daarna wilt laten testen, wordt er bloed afgenomen; de
uitslag volgt na ongeveer vier weken. U mag iemand meenemen.

Uw patiëntnummer: 7734118

Met vriendelijke groet,
Secretariaat Klinische Genetica
020 555 0158
""", cte="quoted-printable"))

add("none", "trap-nl-griepprik-campagne",
    "Dutch GP practice's general flu-vaccination invitation to risk groups and over-60s; no individual",
    "nl",
    frm="Huisartsenpraktijk De Linde <info@hapdelinde.nl.test>",
    to="Patiënten De Linde <nieuwsbrief@hapdelinde.nl.test>",
    subj="Griepprik 2026: vrije inloop op 14 en 21 oktober",
    hcs="iso-8859-1", henc="Q", hmode="words",
    date="2026-10-01 08:00:00 +0200",
    body=T("""\
Beste patiënten,

Ook dit jaar kunt u in onze praktijk de griepprik halen. De griepprik is
gratis voor:

- iedereen die in 1966 of eerder geboren is;
- volwassenen en kinderen met een chronische aandoening, zoals diabetes,
  astma of COPD, hart- en vaatziekten, nierziekten of een verminderde
  afweer (bijvoorbeeld door chemotherapie of prednison);
- mensen met hiv;
- zwangeren in het tweede of derde trimester (via de verloskundige).

Vrije inloop: dinsdag 14 oktober en dinsdag 21 oktober, 15:00-18:00 uur,
in de sporthal naast de praktijk. Neem de uitnodigingsbrief mee.

Heeft u koorts op de dag van de prik? Kom dan een andere keer.

Met vriendelijke groet,
Huisartsenpraktijk De Linde
""", cs="iso-8859-1", cte="8bit"))

add("none", "nl-fietsplan",
    "Dutch HR mail about the employee bike-lease scheme; no health content",
    "nl",
    frm="HR Service Desk <hr@umc-test.nl.test>",
    to="Alle medewerkers <medewerkers@umc-test.nl.test>",
    subj="Fietsplan 2027: aanmelden vóór 15 december",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-11-26 10:00:00 +0100",
    body=T("""\
Beste collega's,

Via het fietsplan kun je ook in 2027 fiscaal voordelig een (elektrische)
fiets leasen. Je betaalt maandelijks via je brutosalaris; het voordeel kan
oplopen tot 30 %.

Aanmelden kan tot en met 15 december via het medewerkersportaal, onder
"Regelingen > Fietsplan". Je hebt je personeelsnummer nodig.

Vragen? Kom langs bij de infomarkt op woensdag 2 december, 12:00-14:00 uur,
in het restaurant.

Groeten,
HR Service Desk
""", cte="8bit"))


# ====================================================================
# Swedish
# ====================================================================

add("phi", "swedish-provsvar-personnummer",
    "health-centre message to a named patient with personnummer: blood results (low haemoglobin and B12), doctor's plan",
    "sv",
    frm="Vårdcentralen Söderhöjden <noreply@vc-soderhojden.se.test>",
    to="Karin Lindqvist <karin.lindqvist@mail.example.com>",
    subj="Nytt meddelande från din vårdcentral: provsvar",
    hcs="iso-8859-1", henc="Q", hmode="words",
    date="2026-11-27 14:22:00 +0100",
    body=T("""\
Hej Karin Lindqvist (810412-2380),

Din läkare Anders Holm har skickat ett meddelande om dina provsvar från
den 23 november:

  Hb (blodvärde) ........ 108 g/L   (ref. 117-153)
  MCV ................... 104 fL
  Kobalamin (B12) ....... 118 pmol/L (lågt)
  Folat ................. normalt
  TSH ................... 2,1 mIE/L

"Hej Karin! Proverna visar brist på vitamin B12 som förklarar tröttheten
och den lätta blodbristen. Jag har skrivit ut cyanokobalamin 1 mg, en
tablett om dagen. Vi tar om proverna om tre månader. Hör av dig om du får
domningar i händer eller fötter. Hälsningar, Anders"

Svara inte på detta mejl. Logga in med e-legitimation för att läsa och
svara. Frågor: 08-555 01 42.

Vårdcentralen Söderhöjden
""", cs="iso-8859-1", cte="quoted-printable"))

add("none", "trap-sv-antibiotika-nyhetsbrev",
    "Swedish regional newsletter for prescribers on antibiotic resistance and prescribing statistics; no patient",
    "sv",
    frm="Strama Region Test <strama@regiontest.se.test>",
    to="Förskrivare i primärvården <forskrivare@regiontest.se.test>",
    subj="Stramanytt december: antibiotikaförskrivning och resistensläge",
    hcs="utf-8", henc="Q", hmode="words",
    date="2026-12-01 09:00:00 +0100",
    body=M("alternative",
        T("""\
STRAMANYTT - DECEMBER 2026

Förskrivningen i regionen jan-okt 2026: 271 recept per 1 000 invånare och
år (mål: under 250). Andelen penicillin V vid luftvägsinfektioner hos barn:
84 %.

Resistensläget:
- ESBL-producerande E. coli i urinodlingar: 7,9 %
- MRSA: 412 nya fall i regionen hittills i år
- Pneumokocker med nedsatt känslighet för penicillin: 9 %

Påminnelser:
- Okomplicerad cystit hos kvinnor: nitrofurantoin eller pivmecillinam i
  3-5 dagar. Undvik kinoloner.
- Akut mediaotit hos barn 1-12 år: avvaktande hållning i första hand.
- Faryngotonsillit: Centorkriterier och snabbtest innan behandling.

Strama Region Test
"""),
        T("""\
<html><body style="font-family:Arial">
<h2>Stramanytt &ndash; december 2026</h2>
<p>Förskrivning jan&ndash;okt: <b>271 recept/1 000 invånare</b> (mål &lt; 250).</p>
<table border="1" cellpadding="4"><tr><th>Resistens</th><th>Andel/antal</th></tr>
<tr><td>ESBL E. coli (urin)</td><td>7,9 %</td></tr><tr><td>MRSA nya fall</td><td>412</td></tr>
<tr><td>PNSP</td><td>9 %</td></tr></table></body></html>
""", sub="html", cte="quoted-printable")))


# ====================================================================
# Hungarian
# ====================================================================

add("phi", "hungarian-szurkehalyog-taj",
    "eye clinic gives a named patient with TAJ number her cataract surgery date and pre-op instructions (ISO-8859-2)",
    "hu",
    frm="Szemészeti Klinika - Műtéti előjegyzés <szemmutet@klinika-test.hu.test>",
    to="Kovács Erzsébet <kovacs.erzsebet@mail.example.com>",
    subj="Szürkehályog-műtét időpontja: 2026. december 15.",
    hcs="iso-8859-2", henc="Q", hmode="words",
    date="2026-11-25 10:30:00 +0100",
    body=T("""\
Tisztelt Kovács Erzsébet!

Értesítjük, hogy a jobb szemén tervezett szürkehályog-műtét (phaco +
műlencse beültetés) időpontja:

  2026. december 15. (kedd), érkezés 7:30-kor
  Szemészeti Klinika, II. emelet, egynapos sebészet
  TAJ-szám: 038 517 428

A műtét előtt:
- Hozza magával a belgyógyászati véleményt és az EKG-t (30 napnál nem
  régebbi), valamint a laboreredményeit (vérkép, INR, vércukor).
- A vérhígítót (acenokumarol) a kezelőorvosa utasítása szerint 5 nappal a
  műtét előtt kell felfüggeszteni; az INR-t 12-én ellenőrizni kell.
- A műtét napján reggel ne egyen, vérnyomáscsökkentőjét vegye be.
- A műtét után nem vezethet, kísérővel jöjjön.

Kérdés esetén: +36 1 555 0142

Szemészeti Klinika
""", cs="iso-8859-2", cte="quoted-printable"))

add("restricted", "hungarian-addiktologia-akamprozat",
    "addiction outpatient clinic writes to a named patient about acamprosate for alcohol dependence and his group schedule",
    "hu", cat="sud",
    frm="Addiktológiai Gondozó - Test kerület <gondozo@addiktologia-test.hu.test>",
    to="Szabó Gábor <szabo.gabor@mail.example.net>",
    subj="Kezelési terv - kontroll és csoportfoglalkozások",
    hcs="utf-8", henc="B",
    date="2026-11-30 13:45:00 +0100",
    body=T("""\
Kedves Szabó Gábor!

A november 27-i megbeszélésünk alapján összefoglalom a kezelési tervet:

- Diagnózis: alkoholfüggőség (F10.2), 19 napja absztinens a kórházi
  megvonási kezelés óta.
- Akamprozát 333 mg, naponta 3 x 2 tabletta, étkezés közben. A receptet
  december 1-jén kiváltottuk, 1 hónapra elegendő.
- Májfunkció és vesefunkció kontroll: december 22-én reggel 8-kor,
  éhgyomorra.
- Csoportfoglalkozás (visszaesés-megelőzés): minden szerdán 17:00-18:30,
  a 3-as teremben.
- Egyéni konzultáció Dr. Tóth Évával kéthetente.

Ha visszaesés történik, kérem, ne hagyja abba a kezelést, hanem hívjon:
+36 1 555 0161.

Üdvözlettel,
Horváth Péter, addiktológiai konzultáns
""", cte="quoted-printable"))

add("none", "trap-hu-dialysis-tender",
    "Hungarian public procurement notice for haemodialysis consumables with lot numbers and volumes; no patient",
    "hu",
    frm="Közbeszerzési Osztály - Test Megyei Kórház <kozbeszerzes@megyeikorhaz-test.hu.test>",
    to="Ajánlattevők <ajanlattevok@megyeikorhaz-test.hu.test>",
    subj="Ajánlattételi felhívás: hemodialízis fogyóeszközök (KB-2026/118)",
    hcs="iso-8859-2", henc="Q", hmode="words",
    date="2026-11-16 09:00:00 +0100",
    body=T("""\
Tisztelt Ajánlattevők!

A Test Megyei Kórház nyílt közbeszerzési eljárást indít hemodialízis
fogyóeszközök beszerzésére, 24 hónapos keretszerződés keretében.

Részek:
  1. rész: high-flux dializátorok, 1,8 m2 - 19 000 db/év
  2. rész: vérvonal-szettek AV fisztulához - 19 500 db/év
  3. rész: bikarbonát patron - 18 000 db/év
  4. rész: fisztulatűk 15G és 16G - 40 000 db/év

Az éves betegforgalom kb. 125 krónikus dializált beteg, heti 3 kezeléssel.
Az ajánlatokat 2026. december 14-én 10:00 óráig kell benyújtani az
elektronikus közbeszerzési rendszerben.

Kiegészítő tájékoztatás kérhető 2026. december 4-ig.

Közbeszerzési Osztály
""", cs="iso-8859-2", cte="8bit"))


# ====================================================================
# Czech
# ====================================================================

add("phi", "czech-krevni-obraz",
    "GP practice sends a named patient with birth number her blood count in Czech (windows-1250): low platelets, repeat test",
    "cs",
    frm="MUDr. Jana Dvořáková - praktický lékař <ordinace@mudr-dvorakova.cz.test>",
    to="Petra Svobodová <petra.svobodova@mail.example.com>",
    subj="Výsledky krevního obrazu ze dne 23. 11.",
    hcs="windows-1250", henc="Q", hmode="words",
    date="2026-11-25 12:10:00 +0100",
    body=T("""\
Dobrý den, paní Svobodová,

posílám výsledky krevních testů z 23. 11. 2026.

  Pacientka: Petra Svobodová, r. č. 755314/1211
  Leukocyty ..... 5,8 x 10^9/l
  Erytrocyty .... 4,3 x 10^12/l
  Hemoglobin .... 128 g/l
  Trombocyty .... 96 x 10^9/l   (norma 150-400) - snížené
  CRP ........... 3 mg/l

Počet krevních destiček je snížený. Prosím, přijďte na kontrolní odběr
v pondělí 30. 11. v 7:30 nalačno. Do té doby neužívejte ibuprofen ani
aspirin. Pokud byste měla krvácení z nosu, dásní nebo modřiny bez příčiny,
zavolejte hned.

S pozdravem
MUDr. Jana Dvořáková
tel. +420 225 550 142
""", cs="windows-1250", cte="quoted-printable"))

add("none", "trap-cs-pharmacy-promo",
    "Czech pharmacy-chain promotion for vitamins, flu remedies and a free blood-pressure check; no individual",
    "cs",
    frm="Lékárna Zdraví - věrnostní program <novinky@lekarna-zdravi.cz.test>",
    to="Členové klubu <klub@lekarna-zdravi.cz.test>",
    subj="Prosincové akce: vitamín D -30 % a měření tlaku zdarma",
    hcs="iso-8859-2", henc="Q", hmode="words",
    date="2026-12-01 07:30:00 +0100",
    body=T("""\
<html><body style="font-family:Arial">
<h2 style="color:#2e7d32">Prosincové akce v Lékárnách Zdraví</h2>
<ul>
<li>Vitamín D3 2000 IU, 90 tobolek - <b>sleva 30 %</b></li>
<li>Přípravky na chřipku a nachlazení (paracetamol, ibuprofen, nosní spreje) - druhý kus za polovinu</li>
<li>Probiotika při užívání antibiotik - sleva 20 %</li>
</ul>
<p><b>Měření krevního tlaku a cholesterolu zdarma</b> každou středu 9:00-12:00 ve vybraných lékárnách.</p>
<p>Za každých 100 Kč získáte 5 bodů. Nabídka platí do 31. 12. 2026 nebo do vyprodání zásob.</p>
<p style="font-size:11px">Před použitím si přečtěte příbalovou informaci.</p>
</body></html>
""", sub="html", cs="iso-8859-2", cte="quoted-printable"))


# ====================================================================
# Greek
# ====================================================================

add("restricted", "greek-thalassemia-carrier-couple",
    "thalassaemia prevention unit tells a named couple in Greek (ISO-8859-7) both carry beta-thalassaemia and offers prenatal diagnosis counselling",
    "el", cat="genetic",
    frm="Μονάδα Πρόληψης Θαλασσαιμίας - Νοσοκομείο Τεστ <thalassaimia@nosokomeio-test.gr.test>",
    to="Γιώργος Παπαδόπουλος <g.papadopoulos@mail.example.com>",
    cc="Μαρία Παπαδοπούλου <m.papadopoulou@mail.example.com>",
    subj="Αποτελέσματα ελέγχου φορείας - ραντεβού γενετικής συμβουλευτικής",
    hcs="iso-8859-7", henc="B",
    date="2026-11-23 11:00:00 +0200",
    body=T("""\
Αγαπητέ κύριε Παπαδόπουλε, αγαπητή κυρία Παπαδοπούλου,

Ολοκληρώθηκε ο έλεγχος φορείας που κάνατε στις 10/11/2026:

  Γιώργος Παπαδόπουλος (ΑΜΚΑ 15038201473): φορέας β-θαλασσαιμίας
  (HbA2 5,4 %, MCV 64 fL) - μετάλλαξη IVS-I-110 (G>A)
  Μαρία Παπαδοπούλου (ΑΜΚΑ 22118703528): φορέας β-θαλασσαιμίας
  (HbA2 5,9 %, MCV 62 fL) - μετάλλαξη IVS-I-6 (T>C)

Επειδή είστε και οι δύο φορείς, σε κάθε εγκυμοσύνη υπάρχει πιθανότητα 25 %
το παιδί να γεννηθεί με μείζονα θαλασσαιμία. Σας προτείνουμε συνάντηση
γενετικής συμβουλευτικής για να συζητήσουμε τις επιλογές σας, όπως ο
προγεννητικός έλεγχος (λήψη χοριακών λαχνών στις 11-13 εβδομάδες).

Ραντεβού: Πέμπτη 3 Δεκεμβρίου 2026, 12:00, με τη Δρ. Ελένη Κωνσταντίνου.

Τηλ. 210 555 0142

Μονάδα Πρόληψης Θαλασσαιμίας
""", cs="iso-8859-7", cte="quoted-printable"))

add("phi", "greek-amka-syntagi",
    "e-prescription notice in Greek to a named patient with AMKA: atorvastatin and metformin dispensed",
    "el",
    frm="Ηλεκτρονική Συνταγογράφηση - Ειδοποιήσεις <eidopoiiseis@e-syntagi.gr.test>",
    to="Νικόλαος Γεωργίου <nikos.georgiou@mail.example.net>",
    subj="Η συνταγή σας εκτελέστηκε",
    hcs="utf-8", henc="B",
    date="2026-12-02 18:40:00 +0200",
    body=T("""\
Αγαπητέ/ή ΝΙΚΟΛΑΟΣ ΓΕΩΡΓΙΟΥ,

Η ηλεκτρονική συνταγή με αριθμό 2611301847220 εκτελέστηκε στις
02/12/2026 στο φαρμακείο "Φαρμακείο Αλεξίου, Πειραιάς".

  ΑΜΚΑ: 04055601927
  Ιατρός: Δρ. Αικατερίνη Μαυρίδου, Παθολόγος
  Διάγνωση: E11.9 Σακχαρώδης διαβήτης τύπου 2, E78.0 Υπερχοληστερολαιμία

  1. ΑΤΟΡΒΑΣΤΑΤΙΝΗ 20 mg, 30 δισκία - συμμετοχή 25 %
  2. ΜΕΤΦΟΡΜΙΝΗ 850 mg, 60 δισκία - συμμετοχή 10 %

Συνολική συμμετοχή ασφαλισμένου: 4,86 EUR

Η επόμενη επαναλαμβανόμενη συνταγή μπορεί να εκτελεστεί από 28/12/2026.

Αυτό το μήνυμα στάλθηκε αυτόματα.
""", cte="base64"))

add("none", "trap-el-thalassemia-blood-drive",
    "thalassaemia association's blood-donation drive with aggregate transfusion needs; no individual",
    "el",
    frm="Σύλλογος Θαλασσαιμικών Τεστ <info@syllogos-thal.gr.test>",
    to="Μέλη και φίλοι <meli@syllogos-thal.gr.test>",
    subj="Εθελοντική αιμοδοσία Δεκεμβρίου - χρειαζόμαστε 300 μονάδες",
    hcs="iso-8859-7", henc="B",
    date="2026-11-28 10:00:00 +0200",
    body=T("""\
Φίλες και φίλοι,

Στη χώρα μας ζουν περίπου 3.000 άνθρωποι με θαλασσαιμία που χρειάζονται
μετάγγιση αίματος κάθε 2-3 εβδομάδες. Τις γιορτές οι αιμοδοσίες μειώνονται
και οι ελλείψεις αυξάνονται.

Εθελοντική αιμοδοσία:
  Κυριακή 13 Δεκεμβρίου 2026, 09:00-14:00
  Πνευματικό Κέντρο του Δήμου, αίθουσα "Μελίνα"

Μπορείτε να δώσετε αίμα αν είστε 18-65 ετών, ζυγίζετε πάνω από 50 κιλά και
είστε υγιείς. Φέρτε την αστυνομική σας ταυτότητα. Αν είστε φορέας
θαλασσαιμίας (στίγμα), μπορείτε κι εσείς να δώσετε αίμα, εφόσον η
αιμοσφαιρίνη σας είναι φυσιολογική.

Στόχος: 300 μονάδες. Πέρσι συγκεντρώσαμε 246.

Πληροφορίες: 210 555 0177
""", cs="iso-8859-7", cte="8bit"))

add("none", "el-name-day",
    "Greek colleagues' name-day greetings for Saint Nicholas day; no health content",
    "el",
    frm="Ελένη Δημητρίου <e.dimitriou@nosokomeio-test.gr.test>",
    to="Γραμματεία Παθολογικής <grammateia.pathologiki@nosokomeio-test.gr.test>",
    subj="Χρόνια πολλά στους εορτάζοντες!",
    hcs="iso-8859-7", henc="Q",
    date="2026-12-06 08:15:00 +0200",
    body=T("""\
Καλημέρα σε όλους,

Σήμερα, του Αγίου Νικολάου, γιορτάζουν ο Νίκος από το λογιστήριο, η Νίκη
της γραμματείας και ο κ. Νικολαΐδης. Χρόνια πολλά, να είστε πάντα γεροί!

Η Νίκη έφερε μελομακάρονα και κουραμπιέδες, είναι στην κουζίνα του 3ου
ορόφου. Αφήστε και για τη βάρδια του απογεύματος!

Ελένη
""", cs="iso-8859-7", cte="quoted-printable"))


# ====================================================================
# Somali
# ====================================================================

add("phi", "somali-child-tb-isoniazid",
    "mother writes in Somali about her named son's latent-TB treatment (isoniazid/rifapentine) and his vomiting",
    "so",
    frm="Hodan Cali <hodan.cali@mail.example.com>",
    to="Dr. Ahmed Hassan <ahassan@cedarriverclinic.example.org>",
    subj="Daawada TB-ga ee wiilkayga Maxamed",
    date="2026-11-26 20:30:14 -0600",
    body=T("""\
Salaan Dr. Hassan,

Waxaan ahay Hodan Cali, hooyada Maxamed Cabdi Warsame (7 sano, dhalasho
12/02/2019). Wiilkayga wuxuu qaataa daawada TB-ga qarsoon (isoniazid iyo
rifapentine) toddobaadkiiba hal mar, waxaana loo bilaabay 29 Oktoobar.

Laba toddobaad ka hor wuxuu bilaabay inuu cabanayo calool xanuun, xalayna
wuu mantagay ka dib markuu daawada qaatay. Indhihiisu ma huruudna, laakiin
cunto badan ma cuno.

Ma joojiyaa daawada mise waan keenaa rugta caafimaadka? Kalkaalisada
waxay tidhi waa in aan lumin wax qiyaas ah.

Mahadsanid,
Hodan Cali
612-555-0133
""", cs="us-ascii", cte="7bit"))

add("phi", "somali-interpreter-diabetes-appointment",
    "clinic appointment letter in Somali for a named diabetic patient, with an interpreter booked; English header block",
    "so", mixed="en",
    frm="Cedar River Clinic - Appointments <appointments@cedarriverclinic.example.org>",
    to="Faadumo Maxamuud Jaamac <faadumo.jaamac@mail.example.net>",
    subj="Ballantaada / Your appointment: 12/08/2026 10:15 AM - Diabetes care",
    date="2026-12-01 09:00:00 -0600",
    body=M("alternative",
        T("""\
Patient: FAADUMO MAXAMUUD JAAMAC    MRN: 60031874
Appointment: Tuesday 12/08/2026, 10:15 AM - Dr. Laura Kim, Diabetes care
Interpreter: Somali, in person (booked, LinguaCare job 88214)

Faadumo Maxamuud Jaamac, salaan,

Ballantaada xiga waa Talaado, 8 Diseembar 2026, saacadda 10:15 subaxnimo,
Dr. Laura Kim, daryeelka sonkorowga (diabetes). Turjumaan af-Soomaali ah
ayaa joogi doona.

Fadlan keen:
- mashiinka sonkorta (glucometer) iyo buugga aad ku qorto
- dhammaan daawooyinkaaga (metformin, insulin-ka habeenkii)

Shaybaarka: ha cunin wax 8 saacadood ka hor (biyo waad cabbi kartaa),
sababtoo ah waxaa lagaa qaadayaa dhiig A1c iyo kolestaroolka.

Haddii aad rabto inaad bedesho ballanta, wac 612-555-0130.
"""),
        T("""\
<html><body style="font-family:Arial">
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Patient</td><td>FAADUMO MAXAMUUD JAAMAC &middot; MRN 60031874</td></tr>
<tr><td>Appointment</td><td>Tue 12/08/2026 10:15 AM &middot; Dr. Laura Kim, Diabetes care</td></tr>
<tr><td>Interpreter</td><td>Somali, in person</td></tr></table>
<p>Ballantaada xiga waa <b>Talaado, 8 Diseembar 2026, 10:15 subaxnimo</b>. Turjumaan af-Soomaali ah ayaa joogi doona.</p>
<p>Keen mashiinka sonkorta iyo dhammaan daawooyinkaaga. Ha cunin wax 8 saacadood ka hor.</p>
<p>Wac 612-555-0130 si aad u bedesho.</p></body></html>
""", sub="html", cte="quoted-printable")))

add("none", "trap-so-measles-notice",
    "county health department's Somali measles-outbreak notice with case counts and MMR clinic times; no individual",
    "so",
    frm="Hennepin Test Public Health <publichealth@county-test.example.org>",
    to="Somali community partners <somali-partners@county-test.example.org>",
    subj="Digniin: jadeeco (measles) ayaa ka dillaacday degmada",
    date="2026-11-18 13:00:00 -0600",
    body=T("""\
Ogeysiis Caafimaad Dadweyne

Laga bilaabo 1 Noofembar 2026, 23 qof ayaa laga helay jadeeco (measles)
degmadeena, 19 ka mid ah waa carruur aan qaadan tallaalka MMR. Saddex
carruur ah ayaa isbitaalka la dhigay.

Jadeecadu aad bay u faaftaa. Calaamadaha: qandho, qufac, duuf, indho
casaan ah, kadibna finan ka bilaabma wejiga.

Tallaalka MMR waa bilaash:
- Isniin ilaa Jimce, 1:00-6:00 galabnimo, Xarunta Caafimaadka Cedar River
- Sabti 28 Noofembar, 10:00-2:00, Masjidka Abuubakar

Tallaalku ma keeno autism. Labada qiyaasood ee MMR waxay bixiyaan 97%
ilaalin.

Su'aalo: 612-555-0139 (af-Soomaali)
""", cs="us-ascii", cte="7bit"))

add("none", "trap-so-interpreter-glossary",
    "interpreter-training Somali-English medical glossary (CSV) including HIV viral load, depression, methadone; no patient",
    "so", mixed="en",
    frm="LinguaCare Training <training@linguacare.example.net>",
    to="Somali interpreter cohort 2026 <cohort-somali@linguacare.example.net>",
    subj="Glossary for module 4 (mental health, HIV, substance use) - Somali/English",
    date="2026-11-12 16:00:00 -0600",
    body=M("mixed",
        T("""\
Hi all,

Attached is the glossary for Module 4. Please review before Thursday's role
play. The scenarios are fictional scripts; do not bring real patient
examples from your assignments into class.

Reminder: for "depression" prefer "niyad-jab" in clinical settings and
explain it if the patient uses "waalli" - that word means madness and
carries stigma.

Faarax Yuusuf
Lead trainer, Somali
""", cs="us-ascii", cte="7bit"),
        T(csv_text([
            ["english", "somali", "notes"],
            ["depression", "niyad-jab / murugo joogto ah", "avoid 'waalli'"],
            ["anxiety disorder", "xanuunka walwalka", ""],
            ["post-traumatic stress disorder (PTSD)", "xanuunka walbahaarka ka dambeeya dhibaato", "describe symptoms"],
            ["HIV viral load", "tirada fayraska HIV ee dhiigga", ""],
            ["undetectable", "aan la arki karin", ""],
            ["antiretroviral therapy", "daawada ka hortagga fayraska (ART)", ""],
            ["methadone", "methadone (daawo lagu daweeyo qabatinka opioid-ka)", "keep English drug name"],
            ["opioid use disorder", "qabatinka opioid-ka", ""],
            ["informed consent", "ogolaansho la og yahay", ""],
            ["genetic counselling", "la-talinta hidaha", ""],
            ["contraception", "qorshaynta qoyska / ka hortagga uurka", ""],
            ["blood sugar", "sonkorta dhiigga", ""],
        ]), sub="csv", cte="quoted-printable", fname="module4_glossary_so_en.csv")))


# ====================================================================
# Amharic
# ====================================================================

add("phi", "amharic-hypertension-creatinine",
    "named patient writes in Amharic about his creatinine of 1.8 on lisinopril and hydrochlorothiazide, home BP 150/95",
    "am",
    frm="ዳዊት ገብረመድህን <dawit.gebremedhin@mail.example.com>",
    to="Dr. Tesfaye Alemu <talemu@dcfamilyhealth.example.org>",
    subj="የኩላሊት ምርመራ ውጤቴ - ጥያቄ",
    hcs="utf-8", henc="B",
    date="2026-11-24 19:45:10 -0500",
    body=T("""\
ሰላም ዶክተር ተስፋዬ፣

እኔ ዳዊት ገብረመድህን ነኝ (የተወለድኩት 14/06/1968)። ባለፈው ሳምንት የደም ምርመራ
ውጤቴን በፖርታል ላይ አየሁ፤ የኩላሊት ምርመራ (creatinine) 1.8 ሆኗል ይላል። ባለፈው
ዓመት 1.2 ነበር።

የደም ግፊት መድሃኒቴን (lisinopril 20 mg እና hydrochlorothiazide 25 mg) በየቀኑ
ጠዋት እወስዳለሁ። የደም ግፊቴ ቤት ውስጥ 150/95 አካባቢ ነው። ለጉልበቴ ህመም ደግሞ
ibuprofen በሳምንት ሶስት አራት ጊዜ እወስዳለሁ።

መድሃኒቱ ኩላሊቴን እየጎዳው ይሆን? በቅርቡ ቀጠሮ መያዝ እፈልጋለሁ።

አመሰግናለሁ፣
ዳዊት ገብረመድህን
202-555-0165
""", cte="quoted-printable"))

add("restricted", "amharic-art-adherence-cd4",
    "ART clinic tells a named woman in Amharic her viral load is 1,200 copies/mL and CD4 380, books adherence counselling",
    "am", cat="hiv",
    frm="የፀረ ኤች አይ ቪ ህክምና ክሊኒክ - ተስፋ ጤና ጣቢያ <art.clinic@tesfa-hc.et.test>",
    to="ሰናይት ታደሰ <senait.tadesse@mail.example.net>",
    subj="የቫይረስ መጠን ምርመራ ውጤትዎ እና ቀጠሮ",
    hcs="utf-8", henc="B",
    date="2026-11-24 10:00:00 +0300",
    body=T("""\
ውድ ወ/ሮ ሰናይት ታደሰ፣

ህዳር 5 ቀን 2019 ዓ.ም. የተወሰደው የደም ናሙና ውጤትዎ ደርሷል።

  የህክምና ቁጥር (ART No.): TH-ART-4471
  የቫይረስ መጠን (viral load): 1,200 ኮፒ/ሚሊ
  CD4: 380 ሴል/ሚሜ3

ባለፈው ምርመራ የቫይረሱ መጠን የማይታይ (undetectable) ነበር። አሁን ግን ከፍ ብሏል።
ይህ ብዙውን ጊዜ መድሃኒቱ (TLD) በየቀኑ በተመሳሳይ ሰዓት ሳይወሰድ ሲቀር ይከሰታል።

ለመድሃኒት አወሳሰድ ምክር (adherence counselling) ቀጠሮ ተይዞልዎታል፦
ሰኞ ህዳር 21 ቀን 2019 ዓ.ም. ጠዋት 3:00 ሰዓት፣ ክፍል 7።
ከሶስት ወር በኋላ የቫይረስ መጠን ምርመራ እንደገና ይደረጋል።

መረጃዎ በሚስጥር የተጠበቀ ነው።
ተስፋ ጤና ጣቢያ
ስልክ፦ +251 11 555 0142
""", cte="base64"))

add("none", "trap-am-hepatitis-b-event",
    "Ethiopian community organisation's Amharic hepatitis B screening and vaccination event with aggregate figures; no individual",
    "am",
    frm="የኢትዮጵያ ማህበረሰብ ማዕከል <info@ethiopiancommunity.example.org>",
    to="የማህበሩ አባላት <members@ethiopiancommunity.example.org>",
    subj="ነፃ የሄፓታይተስ ቢ ምርመራ እና ክትባት",
    hcs="utf-8", henc="B",
    date="2026-11-15 11:00:00 -0500",
    body=T("""\
ውድ የማህበረሰባችን አባላት፣

ሄፓታይተስ ቢ ጉበትን የሚያጠቃ በሽታ ሲሆን ብዙ ሰዎች ምልክት ሳይታይባቸው ለዓመታት
ይኖራሉ። ካልታከመ ወደ ጉበት ሲርሆሲስ እና ካንሰር ሊያመራ ይችላል።

ነፃ ምርመራ እና ክትባት፦
  ቀን፦ ቅዳሜ ታህሳስ 5 ቀን 2026 (Saturday, December 5)
  ሰዓት፦ ከጠዋቱ 10:00 እስከ ቀኑ 2:00
  ቦታ፦ የማህበረሰብ ማዕከሉ አዳራሽ፣ Georgia Ave

ባለፈው ዓመት በተደረገው ፕሮግራም 318 ሰዎች ተመርምረው 27ቱ ቫይረሱ ተገኝቶባቸው ወደ
ሀኪም ተልከዋል። ህክምና (እንደ tenofovir ያሉ መድሃኒቶች) በብዙ ኢንሹራንሶች ይሸፈናል።

ለበለጠ መረጃ፦ 202-555-0172
""", cte="8bit"))


# ====================================================================
# Swahili
# ====================================================================

add("phi", "swahili-malaria-typhoid-test",
    "Dar es Salaam clinic sends a named patient in Swahili her malaria and typhoid results and the prescribed treatment",
    "sw",
    frm="Kliniki ya Afya Bora - Maabara <maabara@afyabora.tz.test>",
    to="Neema Mwakasege <neema.mwakasege@mail.example.com>",
    subj="Majibu ya vipimo vyako - namba ya faili AB-22418",
    date="2026-11-21 15:30:00 +0300",
    body=T("""\
Ndugu Neema Mwakasege,

Majibu ya vipimo vyako vya tarehe 20/11/2026 yametoka:

  Namba ya faili: AB-22418
  Malaria (mRDT): CHANYA (positive) - Plasmodium falciparum
  Kipimo cha damu (blood slide): vimelea 2+
  Taifodi (Salmonella Typhi antigen, kinyesi): HASI (negative)
  Hemoglobini: 11.2 g/dL

Daktari Juma amekuandikia dawa ya mseto ALU (artemether-lumefantrine),
vidonge 4 mara mbili kwa siku kwa siku 3, pamoja na paracetamol kwa homa.
Kunywa dawa baada ya kula chakula chenye mafuta kidogo au maziwa.

Kama homa haitashuka baada ya siku 3, au ukianza kutapika sana, rudi
kliniki mara moja.

Kliniki ya Afya Bora
Simu: +255 22 555 0142
""", cs="us-ascii", cte="7bit"))

add("restricted", "swahili-ctc-viral-load",
    "HIV care-and-treatment clinic tells a named client in Swahili his viral load is undetectable and gives his next ARV refill date",
    "sw", cat="hiv",
    frm="CTC Hospitali ya Wilaya Test <ctc@hospitaliwilaya.tz.test>",
    to="Baraka Mollel <baraka.mollel@mail.example.net>",
    subj="Majibu ya kipimo cha wingi wa virusi (VL)",
    date="2026-11-26 09:00:00 +0300",
    body=T("""\
Ndugu Baraka Mollel,

Habari njema! Kipimo chako cha wingi wa virusi vya UKIMWI (viral load) cha
tarehe 05/11/2026 kinaonyesha:

  Namba ya CTC: 02-03-0118-004471
  Wingi wa virusi: chini ya 50 nakala/mL - HAIONEKANI (undetectable)

Hii inamaanisha dawa zako za ARV (TLD: tenofovir, lamivudine na
dolutegravir) zinafanya kazi vizuri. Virusi visivyoonekana haviambukizi
kwa njia ya ngono (U=U).

Endelea kumeza kidonge kimoja kila siku saa ile ile. Tarehe yako ya
kuchukua dawa za miezi mitatu: Jumatano 16/12/2026, saa 2 asubuhi.

Taarifa zako ni siri.
CTC - Hospitali ya Wilaya Test
Simu: +255 27 555 0156
""", cs="us-ascii", cte="quoted-printable"))

add("none", "trap-sw-hiv-testing-week",
    "Swahili HIV testing-week campaign with regional testing and ART coverage statistics; no individual",
    "sw",
    frm="Ofisi ya Mganga Mkuu wa Mkoa - Kitengo cha UKIMWI <ukimwi@mkoa-test.tz.test>",
    to="Vituo vya afya vyote <vituo@mkoa-test.tz.test>",
    subj="Wiki ya Upimaji wa VVU: 1-7 Desemba 2026",
    date="2026-11-20 10:00:00 +0300",
    body=M("alternative",
        T("""\
Kwa wafawidhi wote wa vituo vya afya,

Kuelekea Siku ya UKIMWI Duniani (1 Desemba), mkoa utaendesha Wiki ya
Upimaji wa VVU kuanzia tarehe 1 hadi 7 Desemba 2026.

Takwimu za mkoa (Januari-Oktoba 2026):
- Watu waliopimwa VVU: 412,880
- Waliogundulika kuwa na VVU: 6,214 (1.5%)
- Walioanzishiwa dawa za ARV: 97%
- Wenye virusi visivyoonekana kati ya walio kwenye dawa: 93%

Huduma za kutolewa: upimaji wa hiari, vifaa vya kujipima (self-test),
PrEP kwa walio katika hatari, na kondomu bure. Wasichana na wanawake vijana
(miaka 15-24) wapewe kipaumbele.

Ripoti za idadi tu (bila majina) ziwasilishwe kila Ijumaa kupitia DHIS2.

Mratibu wa UKIMWI wa Mkoa
"""),
        T("""\
<html><body style="font-family:Arial">
<h2>Wiki ya Upimaji wa VVU &ndash; 1-7 Desemba 2026</h2>
<table border="1" cellpadding="4"><tr><td>Waliopimwa</td><td>412,880</td></tr>
<tr><td>Waliogundulika</td><td>6,214 (1.5%)</td></tr><tr><td>Walioanzishiwa ARV</td><td>97%</td></tr>
<tr><td>Virusi visivyoonekana</td><td>93%</td></tr></table>
<p>Ripoti za idadi tu (bila majina) kila Ijumaa kupitia DHIS2.</p></body></html>
""", sub="html", cte="quoted-printable")))

add("none", "sw-football-tournament",
    "community football tournament announcement in Swahili; no health content",
    "sw",
    frm="Umoja wa Wanajamii wa Afrika Mashariki <umoja@eastafricancommunity.example.org>",
    to="Wanachama <wanachama@eastafricancommunity.example.org>",
    subj="Mashindano ya mpira wa miguu - Jumamosi 12 Desemba",
    date="2026-12-02 18:00:00 -0500",
    body=T("""\
Habari wanachama wote!

Mashindano yetu ya mwaka ya mpira wa miguu (indoor) yatafanyika Jumamosi
tarehe 12 Desemba 2026, kuanzia saa 3 asubuhi, katika ukumbi wa shule ya
Lincoln Test.

- Timu 8 zimejiandikisha: Kenya, Tanzania, Uganda, Rwanda, Burundi, Kongo,
  Somalia na Sudan Kusini.
- Ada ya timu: dola 50 (inajumuisha jezi na maji).
- Fainali saa 10 jioni, kisha chakula cha pamoja.

Tunahitaji waamuzi wawili wa kujitolea. Wasiliana na Juma.

Karibuni wote, leteni familia zenu!
Kamati ya Michezo
""", cs="us-ascii", cte="7bit"))


# ====================================================================
# English, with other languages inside (interpreters, rosters, taglines)
# ====================================================================

add("restricted", "english-arabic-interpreter-ocd-session",
    "Arabic interpreter's note to the therapist on a named patient's OCD exposure-and-response-prevention session, quoting him in Arabic",
    "en", cat="mental", mixed="ar",
    frm="Rania Khoury, CHI-Arabic <rkhoury@linguacare.example.net>",
    to="Dr. Megan O'Neill <moneill@bridgespsych.example.com>",
    subj="Interpreter note - Mr. Haddad, ERP session 12/03",
    hcs="utf-8", henc="Q",
    date="2026-12-03 18:22:40 -0600",
    body=T("""\
Dr. O'Neill,

Per your request after today's session with Mr. Youssef Haddad (your
client ID BP-2207), two points I want to flag from an interpreting
standpoint, since they may affect the exposure hierarchy:

1. When you asked about the contamination rituals, he said:
   "أغسل يدي أكثر من ثلاثين مرة في اليوم، وإذا لمست مقبض الباب أشعر أن الصلاة لن تُقبل"
   = "I wash my hands more than thirty times a day, and if I touch the door
   handle I feel my prayer will not be accepted."
   The religious framing (ritual purity, wudu) was stronger in Arabic than
   my English rendering conveyed in the room.

2. On the homework, he used "وسواس" (waswas), which in his dialect can mean
   both an obsessive thought and a whisper from Satan. He may be hearing
   the OCD explanation as contradicting his religious understanding. You
   might want to address that directly, perhaps with his imam's input as
   he suggested.

He also mentioned the fluvoxamine makes him sleepy in the morning.

I'm scheduled for the next three sessions (Thursdays 4 PM).

Rania Khoury
Certified Healthcare Interpreter - Arabic
LinguaCare Interpreting Services
""", cte="quoted-printable"))

IOP_ROWS = [
    ["group", "patient_name", "mrn", "preferred_language", "interpreter", "mat", "start_date", "counselor"],
    ["IOP-A (Mon/Wed/Fri 9-12)", "Carlos Medina", "40177215", "Spanish", "yes", "buprenorphine", "2026-10-05", "R. Alvarez"],
    ["IOP-A (Mon/Wed/Fri 9-12)", "Dana Whitfield", "40182290", "English", "no", "naltrexone XR", "2026-10-12", "R. Alvarez"],
    ["IOP-A (Mon/Wed/Fri 9-12)", "Nguyễn Văn Bình", "40190031", "Vietnamese", "yes", "methadone (OTP)", "2026-10-19", "R. Alvarez"],
    ["IOP-A (Mon/Wed/Fri 9-12)", "Олег Петренко (Oleh Petrenko)", "40191188", "Ukrainian", "yes", "buprenorphine", "2026-10-19", "R. Alvarez"],
    ["IOP-A (Mon/Wed/Fri 9-12)", "Tyrone Mack", "40193320", "English", "no", "none", "2026-10-26", "R. Alvarez"],
    ["IOP-A (Mon/Wed/Fri 9-12)", "Marisol Peña", "40194471", "Spanish", "no", "acamprosate", "2026-10-26", "R. Alvarez"],
    ["IOP-A (Mon/Wed/Fri 9-12)", "احمد رحیمی (Ahmad Rahimi)", "40195502", "Farsi", "yes", "buprenorphine", "2026-11-02", "R. Alvarez"],
    ["IOP-A (Mon/Wed/Fri 9-12)", "Kevin O'Rourke", "40196613", "English", "no", "naltrexone XR", "2026-11-02", "R. Alvarez"],
    ["IOP-B (Tue/Thu 5:30-8:30)", "Jasmine Reyes", "40170044", "English", "no", "buprenorphine", "2026-09-28", "T. Okafor"],
    ["IOP-B (Tue/Thu 5:30-8:30)", "Luis Ángel Ortega", "40171155", "Spanish", "yes", "methadone (OTP)", "2026-09-28", "T. Okafor"],
    ["IOP-B (Tue/Thu 5:30-8:30)", "Brandon Tully", "40172266", "English", "no", "none", "2026-10-05", "T. Okafor"],
    ["IOP-B (Tue/Thu 5:30-8:30)", "Ana Paula Souza", "40173377", "Portuguese", "yes", "naltrexone", "2026-10-05", "T. Okafor"],
    ["IOP-B (Tue/Thu 5:30-8:30)", "Samuel Adeyemi", "40174488", "English", "no", "buprenorphine", "2026-10-12", "T. Okafor"],
    ["IOP-B (Tue/Thu 5:30-8:30)", "Krzysztof Malinowski", "40175599", "Polish", "yes", "acamprosate", "2026-10-12", "T. Okafor"],
    ["IOP-B (Tue/Thu 5:30-8:30)", "Heather Lindgren", "40176600", "English", "no", "naltrexone XR", "2026-10-19", "T. Okafor"],
    ["IOP-B (Tue/Thu 5:30-8:30)", "Jean-Claude Pierre", "40178822", "Haitian Creole", "yes", "methadone (OTP)", "2026-10-26", "T. Okafor"],
    ["IOP-B (Tue/Thu 5:30-8:30)", "Miguel Ángel Ruiz", "40179933", "Spanish", "no", "buprenorphine", "2026-11-02", "T. Okafor"],
    ["IOP-C (Sat 9-1, women)", "Tasha Greene", "40180011", "English", "no", "buprenorphine", "2026-10-03", "L. Nguyen"],
    ["IOP-C (Sat 9-1, women)", "Trần Thị Hoa", "40181122", "Vietnamese", "yes", "none", "2026-10-10", "L. Nguyen"],
    ["IOP-C (Sat 9-1, women)", "Brittany Sloan", "40183344", "English", "no", "naltrexone XR", "2026-10-17", "L. Nguyen"],
    ["IOP-C (Sat 9-1, women)", "Gabriela Fuentes", "40184455", "Spanish", "yes", "buprenorphine", "2026-10-24", "L. Nguyen"],
    ["IOP-C (Sat 9-1, women)", "Светлана Орлова (Svetlana Orlova)", "40185566", "Russian", "yes", "methadone (OTP)", "2026-10-31", "L. Nguyen"],
    ["IOP-C (Sat 9-1, women)", "Kayla Redbird", "40186677", "English", "no", "buprenorphine", "2026-11-07", "L. Nguyen"],
    ["IOP-C (Sat 9-1, women)", "Fatima Bello", "40187788", "English", "no", "acamprosate", "2026-11-14", "L. Nguyen"],
]

add("restricted", "csv-iop-roster-multilingual",
    "substance-use IOP roster in a CSV attachment only: 24 named patients with MRNs, interpreter needs and MAT drugs",
    "en", cat="sud",
    frm="Maria Torres <mtorres@bridgeway-recovery.example.org>",
    to="Interpreter Scheduling <scheduling@linguacare.example.net>",
    cc="Rafael Alvarez <ralvarez@bridgeway-recovery.example.org>",
    subj="roster wk 49",
    date="2026-11-30 08:05:12 -0700",
    body=M("mixed",
        T("""\
Hi team, updated roster attached for the week of 11/30. Please keep the
same interpreters where you can, the groups do better with continuity.

Thanks!
Maria
(505) 555-0127
""", cs="us-ascii", cte="7bit"),
        T(csv_text(IOP_ROWS), sub="csv", cte="base64", fname="roster_wk49.csv")))

add("phi", "english-eob-spanish-tagline",
    "payer EOB in English for a named member with member ID and claim for an MRI, with a Spanish language-assistance tagline",
    "en", mixed="es",
    frm="Northgate Health Plan <eob@northgate-health.example.com>",
    to="José Luis Ramírez Ortega <joseluis.ramirez@mail.example.net>",
    subj="Your Explanation of Benefits is ready",
    date="2026-11-21 06:00:00 -0500",
    body=M("alternative",
        T("""\
Explanation of Benefits - THIS IS NOT A BILL

Member: JOSE LUIS RAMIREZ ORTEGA
Member ID: NGH-W559201846     Group: 71004
Claim: 2026-11-4419027       Provider: St. Brigid Imaging Center

Service date  Description                         Billed    Allowed  You owe
11/06/2026    MRI lumbar spine w/o contrast 72148  $2,140.00 $612.00  $150.00
11/06/2026    Radiologist interpretation 72148-26  $310.00   $96.40   $0.00

Your deductible met so far in 2026: $1,350.00 of $1,500.00

Si necesita ayuda en español para entender este documento, llame al
1-800-555-0144 sin costo alguno (TTY 711).
"""),
        T("""\
<html><body style="font-family:Arial;font-size:13px">
<p><b>Explanation of Benefits</b> &ndash; THIS IS NOT A BILL</p>
<p>Member: <b>JOSE LUIS RAMIREZ ORTEGA</b> &middot; ID NGH-W559201846 &middot; Claim 2026-11-4419027</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date</th><th>Service</th><th>Billed</th><th>Allowed</th><th>You owe</th></tr>
<tr><td>11/06/2026</td><td>MRI lumbar spine w/o contrast (72148)</td><td>$2,140.00</td><td>$612.00</td><td>$150.00</td></tr>
<tr><td>11/06/2026</td><td>Radiologist interpretation</td><td>$310.00</td><td>$96.40</td><td>$0.00</td></tr></table>
<p style="font-size:11px">Si necesita ayuda en español, llame al 1-800-555-0144 (TTY 711).</p>
</body></html>
""", sub="html", cte="quoted-printable")))

add("phi", "english-critical-potassium-interpreter-vietnamese",
    "lab critical-value call-back note: named patient's potassium 6.4, result relayed through a Vietnamese phone interpreter",
    "en", mixed="vi",
    frm="Meridian Labs Client Services <criticals@meridianlabs.example.com>",
    to="Little Saigon Community Clinic - Nursing <nursing@littlesaigonclinic.example.org>",
    subj="CRITICAL VALUE NOTIFICATION - acc# ML26-1130-7781",
    date="2026-11-30 16:48:02 -0800",
    body=T("""\
CRITICAL VALUE NOTIFICATION - documentation copy

Patient:     PHAM, THI NGOC (DOB 05/19/1950)  MRN 700418822
Accession:   ML26-1130-7781   Collected 11/30/2026 10:12
Test:        Potassium, serum   RESULT: 6.4 mmol/L (critical > 6.0)
             Non-hemolyzed. Creatinine 2.3 mg/dL (prior 1.6).

Called to:   ordering office - no answer 16:20; per protocol, patient's
             home phone called 16:31 with Vietnamese phone interpreter
             (LinguaCare ID 40921) since office closed.
Spoke to:    patient's daughter, Ms. Pham Lan, who confirmed name and DOB.
             Advised to go to the ED tonight. Daughter repeated back:
             "Kali cao 6.4, đi cấp cứu tối nay" (potassium high 6.4, go to
             the emergency room tonight).
Read-back:   confirmed.
On-call:     Dr. Bao Tran paged 16:40, acknowledged 16:44.

Meridian Labs Client Services - (714) 555-0199
""", cte="8bit"))

add("phi", "pharmacy-hangul-display-name-refill",
    "borderline: pharmacy refill-ready notice addressed to the patient; the only name is a Hangul display name in To; drugs atorvastatin and amlodipine",
    "en", mixed="ko",
    frm="Harbor Pharmacy #118 <noreply@harborrx.example.net>",
    to="이순자 <soonja.lee42@mail.example.com>",
    subj="Your prescriptions are ready for pickup",
    hcs="euc-kr", henc="B",
    date="2026-12-03 11:02:00 -0800",
    body=T("""\
Your prescriptions are ready for pickup at Harbor Pharmacy #118,
3300 W Olympic Blvd:

  ATORVASTATIN 20 MG TAB (Rx #7740213)   Copay $0.00
  AMLODIPINE 5 MG TAB (Rx #7740214)      Copay $0.00

We will hold them until 12/13/2026. Reply HELP for help or call
(213) 555-0110. Korean-speaking pharmacist available weekdays.
""", cs="us-ascii", cte="7bit"))

add("phi", "interpreter-request-mandarin-oncology",
    "clinic asks the interpreter agency for Mandarin for a named patient's oncology visit to discuss PET-CT results",
    "en",
    frm="Oncology Scheduling - St. Brigid Cancer Center <onc.scheduling@stbrigid.example.org>",
    to="LinguaCare Scheduling <scheduling@linguacare.example.net>",
    subj="[secure] Interpreter request - Mandarin - 12/10 1:30 PM - Onc consult",
    date="2026-12-04 09:12:44 -0500",
    body=T("""\
INTERPRETER REQUEST

Language:        Mandarin (patient also understands Cantonese; prefers Mandarin)
Modality:        In person (family meeting - video not appropriate)
Date/time:       Thu 12/10/2026, 1:30 PM - 3:00 PM
Location:        St. Brigid Cancer Center, 4th floor, Room 412
Patient:         Liu Guoqiang (刘国强), DOB 08/21/1956, MRN 51178302
Provider:        Dr. Rebecca Stein, Medical Oncology
Visit type:      New consult - discuss PET-CT results and treatment options
                 (lung mass, biopsy pending)
Notes:           Son and daughter attending. Please assign an interpreter
                 experienced with serious-news conversations. Patient's
                 hearing is reduced on the left.

Requested by:    Amy Chen, scheduling coordinator, x4412
""", cte="8bit"))

add("phi", "handoff-hip-fracture-farsi-only",
    "nurse handoff in shorthand for a named post-op hip-fracture patient (MRN, bed) who speaks only Farsi",
    "en", mixed="fa",
    frm="Jenna Park RN <jpark@stbrigid.example.org>",
    to="6 West Charge Nurse <6west.charge@stbrigid.example.org>",
    subj="handoff bed 14 - Mrs Tehrani",
    date="2026-12-02 19:04:30 -0500",
    body=T("""\
bed 14 - Tehrani, Parvin 84F MRN 30944817
POD1 R hip hemiarthroplasty for fem neck fx (fall at home 11/30)
A&O x2 baseline per daughter, a bit more confused tonight - CAM neg at 1800
FARSI ONLY - use iPad interpreter (Farsi is on the list, not Dari). she
says "درد دارم" = I have pain, means it
pain: oxy 2.5 q4h prn, last 1600, tylenol sched
enoxaparin 40 daily started today
foley out 1400, voided 250 at 1730
PT got her to chair x2
daughter Shirin at bedside till 9, ph 617-555-0182
fall risk high, bed alarm on

Jenna
""", cte="8bit"))

SCHED_ROWS = [
    ["time", "language", "patient", "mrn", "clinic", "provider", "modality", "interpreter"],
    ["08:00", "Spanish", "Aurelio Domínguez", "20315577", "Cardiology", "Mehta", "in person", "L. Barragán"],
    ["08:15", "Vietnamese", "Đặng Văn Sơn", "20318812", "Endocrinology", "Tran", "video", "H. Vu"],
    ["08:30", "Haitian Creole", "Marie-Ange Délva", "20418833", "Primary care", "Brennan", "phone", "G. Noël"],
    ["08:45", "Arabic", "Khalid Mansour", "20322190", "Orthopedics", "Iyer", "in person", "R. Khoury"],
    ["09:00", "Mandarin", "Zhou Min (周敏)", "20324471", "Gastroenterology", "Lee", "video", "W. Tan"],
    ["09:15", "Russian", "Galina Sorokina", "20325106", "Ophthalmology", "Park", "in person", "A. Levin"],
    ["09:30", "Spanish", "Ximena Robles", "20327740", "Pediatrics", "Ríos", "in person", "L. Barragán"],
    ["09:45", "Somali", "Cabdullahi Nuur", "20329015", "Nephrology", "Osei", "phone", "F. Yuusuf"],
    ["10:00", "Korean", "Kim Young-hee (김영희)", "20330288", "Rheumatology", "Kang", "video", "S. Oh"],
    ["10:15", "Portuguese", "Raimundo Alves", "20331459", "Podiatry", "Costa", "in person", "B. Lima"],
    ["10:30", "Polish", "Halina Kamińska", "20333602", "Pulmonology", "Nowicki", "phone", "M. Wrona"],
    ["10:45", "Nepali", "Bishnu Gurung", "20334877", "Primary care", "Wells", "video", "P. Thapa"],
    ["11:00", "Spanish", "Rosa Elena Castañeda", "20336014", "Echo lab", "Mehta", "in person", "L. Barragán"],
    ["11:15", "Farsi", "Parvin Tehrani", "30944817", "Orthopedics (inpt 6W)", "Iyer", "video", "N. Sadeghi"],
    ["11:30", "Cantonese", "Chan Wai-man (陳偉文)", "20338291", "Dermatology", "Wong", "in person", "W. Tan"],
    ["12:30", "Tagalog", "Erlinda Bautista", "20339540", "Endocrinology", "Tran", "phone", "J. Santos"],
    ["12:45", "Amharic", "Tigist Worku", "20340768", "OB (routine prenatal)", "Alemu", "in person", "M. Bekele"],
    ["13:00", "Punjabi", "Gurmeet Singh Sandhu", "20341913", "Vascular access", "Gill", "phone", "H. Brar"],
    ["13:15", "Ukrainian", "Sofiia Kovalenko", "20343025", "Pediatrics", "Ríos", "in person", "A. Levin"],
    ["13:30", "Bengali", "Mohammad Jahangir Alam", "20344250", "Eye clinic", "Park", "in person", "R. Hossain"],
    ["14:00", "Spanish", "Jesús Alberto Robles", "20345471", "Diabetes education", "Solís", "video", "L. Barragán"],
    ["14:30", "Hindi", "Kamla Devi Sharma", "30088147", "Pre-op clinic", "Iyer", "phone", "P. Thapa"],
]

add("phi", "csv-interpreter-daily-schedule",
    "borderline: interpreter daily schedule CSV (22 rows) of named patients with MRNs and clinics; one row is routine prenatal care and one is dialysis access, neither restricted: phi",
    "en",
    frm="Interpreter Services Dispatch <dispatch@stbrigid.example.org>",
    to="Staff interpreters <staff-interpreters@stbrigid.example.org>",
    subj="Tomorrow's assignments - Tue 12/8",
    date="2026-12-07 15:30:00 -0500",
    body=M("mixed",
        T("""\
Good afternoon,

Attached is tomorrow's schedule. Lupe is covering Spanish in the echo lab
from 11; Nadia has the 6 West video call at 11:15. Please check in with
dispatch if a visit runs over.

Dispatch x2200
""", cs="us-ascii", cte="7bit"),
        T(csv_text(SCHED_ROWS), sub="csv", cte="quoted-printable", fname="assignments_2026-12-08.csv")))

LANG_ROWS = [
    ["month", "language", "encounters", "in_person", "video", "phone", "median_connect_sec"],
    ["2026-11", "Spanish", "6412", "2210", "2980", "1222", "18"],
    ["2026-11", "Mandarin", "811", "240", "402", "169", "31"],
    ["2026-11", "Cantonese", "377", "120", "181", "76", "44"],
    ["2026-11", "Vietnamese", "702", "198", "355", "149", "29"],
    ["2026-11", "Haitian Creole", "533", "160", "250", "123", "37"],
    ["2026-11", "Arabic", "498", "131", "244", "123", "35"],
    ["2026-11", "Russian", "455", "150", "201", "104", "26"],
    ["2026-11", "Portuguese", "390", "101", "188", "101", "33"],
    ["2026-11", "Somali", "214", "58", "94", "62", "52"],
    ["2026-11", "Korean", "201", "49", "112", "40", "28"],
    ["2026-11", "Farsi", "176", "22", "98", "56", "47"],
    ["2026-11", "Amharic", "133", "31", "60", "42", "61"],
    ["2026-11", "Other (41 languages)", "988", "44", "412", "532", "74"],
]

add("none", "trap-language-services-monthly-stats",
    "language-services monthly report with encounter counts by language and modality; aggregate, no patient",
    "en",
    frm="Language Access Program <languageaccess@stbrigid.example.org>",
    to="Patient Experience Committee <pec@stbrigid.example.org>",
    subj="Language access dashboard - November 2026",
    date="2026-12-03 10:00:00 -0500",
    body=M("mixed",
        T("""\
Hi all,

November numbers are attached (CSV). Headlines:

- 11,890 interpreted encounters (+6% vs October), 54% video.
- Spanish median connect time 18 s; Amharic and Somali still above 50 s.
- 14 complaints mentioning language, down from 22. Most were ED wait for
  in-person ASL and Somali after 10 PM.
- Use of family members as interpreters documented in 37 encounters, all
  at patient request with the waiver form.
- Translated discharge instructions now live in 12 languages (heart
  failure, warfarin, post-op hip, pediatric fever, diabetes basics).

Proposal for the committee: add a second overnight video line for Arabic
and Somali.

Daniela Ferreira
Manager, Language Access Program
""", cs="us-ascii", cte="7bit"),
        T(csv_text(LANG_ROWS), sub="csv", cs="us-ascii", cte="7bit",
          fname="language_access_2026-11.csv")))

add("none", "trap-interpreter-agency-invoice",
    "interpreting agency's invoice PDF with job numbers, departments (including behavioural health), languages and minutes; no patient names",
    "en",
    frm="LinguaCare Billing <billing@linguacare.example.net>",
    to="Accounts Payable <ap@stbrigid.example.org>",
    subj="Invoice LC-2026-11-0347 - November interpreting services",
    date="2026-12-01 07:00:00 -0500",
    body=M("mixed",
        T("""\
Dear Accounts Payable,

Please find attached invoice LC-2026-11-0347 for on-site, video and phone
interpreting services delivered in November 2026 under PO 4500-88120.

Total due: $48,912.50, net 30. Remit to the account on file; we never
change bank details by e-mail.

Per our BAA, job-level detail lists department and minutes only. Patient
identifiers are available in the secure portal if your auditors need to
sample.

Regards,
LinguaCare Billing
(646) 555-0197
""", cs="us-ascii", cte="7bit"),
        B(make_pdf([[
            "LINGUACARE INTERPRETING SERVICES - INVOICE LC-2026-11-0347",
            "Bill to: St. Brigid Hospital, Accounts Payable    PO 4500-88120",
            "Period: 11/01/2026 - 11/30/2026",
            "",
            "Summary by department                 Jobs   Minutes    Amount",
            "Emergency Department                   412    18,540   $12,977.00",
            "Inpatient units                        388    16,210   $11,347.00",
            "Ambulatory clinics                     501    19,880   $13,916.00",
            "Behavioral Health / Psychiatry          96     7,420    $5,194.00",
            "Women's Health / L&D                   118     5,260    $3,682.00",
            "Oncology                                57     2,690    $1,796.50",
            "",
            "Top languages: Spanish, Mandarin, Vietnamese, Haitian Creole, Arabic",
            "After-hours surcharge included. Minimum 60 min for on-site jobs.",
            "TOTAL DUE ............................................ $48,912.50",
        ]], flate=True), "application/pdf", "LC-2026-11-0347.pdf")))

TEMPLATE_PARAS = [
    "DISCHARGE INSTRUCTIONS - WARFARIN (TEMPLATE, Spanish)",
    "Instrucciones al salir del hospital: warfarina",
    "Nombre del paciente: ______________________   Fecha: ___/___/______",
    "La warfarina es un medicamento que evita que se formen coágulos.",
    "Tome su dosis a la misma hora todos los días. Su dosis es: ______ mg.",
    "Necesita un análisis de sangre (INR) el día: ___/___/______",
    "Llame a su médico si tiene sangrado de encías, orina roja o moretones grandes.",
    "No tome aspirina ni ibuprofeno sin preguntar a su médico.",
    "Plantilla aprobada por el Comité de Acceso Lingüístico, versión 2026-11.",
]

add("none", "trap-translated-discharge-templates",
    "translation vendor delivers blank translated discharge-instruction templates (warfarin, heart failure) as .docx; no patient",
    "en", mixed="es",
    frm="Project Delivery - ClearWord Translations <delivery@clearword.example.com>",
    to="Language Access Program <languageaccess@stbrigid.example.org>",
    subj="Delivery: CW-26-4520 discharge instruction templates (12 languages), batch 1",
    date="2026-11-25 17:05:00 -0500",
    body=M("mixed",
        T("""\
Hi Daniela,

Batch 1 of job CW-26-4520 is attached: the Spanish warfarin template as a
sample for your clinical reviewer. The other 11 languages (zh-Hans, zh-Hant,
vi, ht, ar, ru, pt-BR, so, ko, fa, am) are on the SFTP site.

All templates keep the blank fields (patient name, dose, INR date) exactly
as in the English source; please do not return filled-in copies to us.

Reading level checked at grade 6 equivalent with two back-translations.

Best,
Aurélie
""", cs="iso-8859-1", cte="quoted-printable"),
        B(make_docx(TEMPLATE_PARAS),
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "DC-warfarin_es_TEMPLATE_v2026-11.docx")))

add("none", "trap-hl7-test-spanish-language-field",
    "interface team sends a test HL7 ADT^A04 for TEST^PACIENTE with Spanish in PID-15 to check interpreter flags; test data only",
    "en",
    frm="Integration Team <integration@riverside-chc.example.org>",
    to="LinguaCare Interface Support <interfaces@linguacare.example.net>",
    subj="TEST feed - ADT A04 with PID-15 language for interpreter auto-booking",
    date="2026-11-18 14:40:00 -0600",
    body=M("mixed",
        T("""\
Hi,

Attached is a sample ADT^A04 from our TEST environment (MSH-11 = T) so you
can map the interpreter-needed flag. Language is in PID-15 (ISO 639-2,
"SPA") and the interpreter flag is in PV2-? per your spec - we put it in a
Z-segment ZLA for now.

The patient is our standard test patient TEST^PACIENTE, MRN TEST0000001.
Please don't point this at production.

Thanks,
Omar
Integration Team
""", cs="us-ascii", cte="7bit"),
        B(hl7(
            "MSH|^~\\&|CARELINK|RIVERSIDE_TEST|LINGUACARE|LC_TEST|20261118143500||ADT^A04^ADT_A01|TEST-0001|T|2.5.1",
            "EVN|A04|20261118143500",
            "PID|1||TEST0000001^^^RCHC_TEST^MR||PACIENTE^PRUEBA^^^^^L||19000101|U|||1 TEST ST^^TESTVILLE^IL^00000||^PRN^PH^^1^773^5550100|||||||||||||||||||||SPA^Spanish^ISO6392",
            "PV1|1|O|TESTCLINIC^^^RCHC_TEST||||9999999^TEST^PROVIDER",
            "ZLA|Y|SPA|IN_PERSON|TEST"),
          "application/hl7-v2", "ADT_A04_TEST.hl7")))

TAGLINES_HTML = """\
<html><body style="font-family:Arial;font-size:12px">
<p><b>Draft - nondiscrimination notice and language taglines (website footer and mailings)</b></p>
<p>ATTENTION: If you speak another language, language assistance services, free of charge, are available to you. Call 1-800-555-0199 (TTY: 711).</p>
<p lang="es">ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al 1-800-555-0199 (TTY: 711).</p>
<p lang="zh-Hant">注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 1-800-555-0199（TTY：711）。</p>
<p lang="vi">CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số 1-800-555-0199 (TTY: 711).</p>
<p lang="ko">주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. 1-800-555-0199 (TTY: 711)번으로 전화해 주십시오.</p>
<p lang="tl">PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang walang bayad. Tumawag sa 1-800-555-0199 (TTY: 711).</p>
<p lang="ru">ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните 1-800-555-0199 (телетайп: 711).</p>
<p lang="ar" dir="rtl">ملحوظة: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. اتصل برقم 1-800-555-0199 (رقم هاتف الصم والبكم: 711).</p>
<p lang="ht">ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou. Rele 1-800-555-0199 (TTY: 711).</p>
<p lang="fr">ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont proposés gratuitement. Appelez le 1-800-555-0199 (ATS : 711).</p>
<p lang="pl">UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej. Zadzwoń pod numer 1-800-555-0199 (TTY: 711).</p>
<p lang="pt">ATENÇÃO: Se fala português, encontram-se disponíveis serviços linguísticos, grátis. Ligue para 1-800-555-0199 (TTY: 711).</p>
<p lang="it">ATTENZIONE: In caso la lingua parlata sia l'italiano, sono disponibili servizi di assistenza linguistica gratuiti. Chiamare il numero 1-800-555-0199 (TTY: 711).</p>
<p lang="de">ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen zur Verfügung. Rufnummer: 1-800-555-0199 (TTY: 711).</p>
<p lang="ja">注意事項：日本語を話される場合、無料の言語支援をご利用いただけます。1-800-555-0199（TTY: 711）まで、お電話にてご連絡ください。</p>
<p lang="fa" dir="rtl">توجه: اگر به زبان فارسی گفتگو می کنید، تسهیلات زبانی بصورت رایگان برای شما فراهم می باشد. با 1-800-555-0199 (TTY: 711) تماس بگیرید.</p>
<p lang="so">FIIRO GAAR AH: Haddii aad ku hadasho Soomaali, adeegyada caawimada luqadda, oo bilaash ah, ayaad heli kartaa. Wac 1-800-555-0199 (TTY: 711).</p>
<p>St. Brigid Hospital complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.</p>
</body></html>
"""

add("none", "trap-section1557-taglines-multilingual",
    "compliance sends the draft nondiscrimination notice with language-assistance taglines in 17 languages; no patient",
    "en", mixed="multi",
    frm="Compliance Office <compliance@stbrigid.example.org>",
    to="Web & Print Services <webprint@stbrigid.example.org>",
    subj="Updated 1557 taglines for footer + all patient mailings (effective 1/1)",
    date="2026-11-30 13:20:00 -0500",
    body=M("alternative",
        T("""\
Team,

Below and in the HTML part is the updated nondiscrimination notice with the
taglines for the top 15 languages in our service area plus Farsi and
Somali. Please use it in the website footer and on every patient-facing
mailing (statements, EOB inserts, appointment letters) from January 1.

The phone number for all taglines is 1-800-555-0199 (TTY 711). Do not
shorten or paraphrase the translations; they were reviewed by qualified
translators.

Thanks,
Compliance Office
""", cs="us-ascii", cte="7bit"),
        T(TAGLINES_HTML, sub="html", cte="base64")))

add("none", "trap-interpreter-certification-scores",
    "staff interpreters' internal certification exam scores by name and language; employee results, no health content",
    "en",
    frm="Interpreter Services Education <interp.education@stbrigid.example.org>",
    to="Interpreter Services Managers <interp.managers@stbrigid.example.org>",
    subj="Q4 medical interpreter assessment results (confidential - HR)",
    date="2026-12-04 16:00:00 -0500",
    body=T("""\
Managers,

Results of the Q4 internal assessment (written terminology + oral
consecutive/sight translation). Pass = 70 on both.

  Name                  Language         Written  Oral  Result
  Lupe Barragán         Spanish            94      91   pass
  Hoa Vu                Vietnamese         88      84   pass
  Wei Tan               Mandarin/Cant.     91      77   pass
  Nadia Sadeghi         Farsi              86      69   retake oral
  Faarax Yuusuf         Somali             79      82   pass
  Mekdes Bekele         Amharic            73      75   pass
  Anna Levin            Russian/Ukr.       97      93   pass
  Bruno Lima            Portuguese         68      80   retake written
  Priya Thapa           Hindi/Nepali       84      88   pass

Terminology items most often missed: "contraindication", "informed consent
for transfusion", "viral load", and "bipolar disorder" (register). We will
cover these at the January in-service.

Retakes can be scheduled after 30 days. Please share individual results
with staff one-on-one only.

Education Coordinator, Interpreter Services
""", cs="iso-8859-1", cte="quoted-printable"))

add("none", "en-license-renewal",
    "video-interpreting platform licence renewal quote to IT; no health content",
    "en",
    frm="Renewals - VidLingo <renewals@vidlingo.example.com>",
    to="IT Procurement <it.procurement@stbrigid.example.org>",
    subj="Renewal quote Q-88421: VidLingo Enterprise (250 endpoints)",
    date="2026-11-17 12:00:00 -0800",
    body=T("""\
Hello,

Your VidLingo Enterprise subscription (contract VL-2024-0192) renews on
January 31, 2027.

  250 endpoint licences (iPad carts and desktop) ..... $37,500.00/yr
  Premium support (24x7, 4-hour response) ............ $6,000.00/yr
  New: on-device captions for ASL calls .............. included

Price held at 2026 rates if signed before December 31. The quote PDF is in
your admin portal under Billing > Quotes.

Reply to this e-mail or call (415) 555-0163 with questions.

Thanks,
Renewals Team, VidLingo
""", cs="us-ascii", cte="7bit"))

add("none", "en-interpreter-staff-meeting-ics",
    "monthly interpreter-services staff meeting invitation with an ICS; no health content",
    "en",
    frm="Daniela Ferreira <dferreira@stbrigid.example.org>",
    to="Staff interpreters <staff-interpreters@stbrigid.example.org>",
    subj="Invitation: Interpreter Services staff meeting - Dec 16, 8:00 AM",
    date="2026-12-04 11:30:00 -0500",
    body=M("mixed",
        T("""\
Hi everyone,

December staff meeting. Agenda: holiday coverage, the new overnight video
line, CEU reimbursement, and the January in-service topics. Coffee and
pan dulce from Lupe.

Daniela
""", cs="us-ascii", cte="7bit"),
        T("""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//St Brigid//Outlook Export//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:isvc-staff-20261216@stbrigid.example.org
DTSTAMP:20261204T163000Z
DTSTART:20261216T130000Z
DTEND:20261216T140000Z
SUMMARY:Interpreter Services staff meeting
LOCATION:Conference Room B\\, 2nd floor
ORGANIZER;CN=Daniela Ferreira:mailto:dferreira@stbrigid.example.org
ATTENDEE;CN=Staff interpreters;RSVP=TRUE:mailto:staff-interpreters@stbrigid.example.org
END:VEVENT
END:VCALENDAR
""", sub="calendar", cs="utf-8", cte="7bit", fname="invite.ics")))


# ---------------------------------------------------------------- writing

def generate():
    msgs = list(MSGS)
    random.Random(SEED).shuffle(msgs)
    files, rows = {}, []
    for i, m in enumerate(msgs, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        m["file"] = name
        files[m["label"] + "/" + name] = build_msg(m, m["slug"])
        rows.append("%s\t%s\t%s" % (name, m["label"], m["reason"]))
    return files, "\n".join(rows) + "\n", msgs


def self_test(files, msgs):
    """Generator-side sanity: headers decode back to what was written."""
    errs = []
    for m in msgs:
        data = files[m["label"] + "/" + m["file"]]
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        got = " ".join(str(msg["Subject"]).split())
        want = " ".join(m["subj"].split())
        if got != want:
            errs.append("%s: subject decodes to %r, wrote %r" % (m["file"], got, want))
        for h, k in (("From", "frm"), ("To", "to")):
            for a in msg[h].addresses:
                if a.display_name and " ".join(a.display_name.split()) not in " ".join(m[k].split()):
                    errs.append("%s: %s display name %r" % (m["file"], h, a.display_name))
    return errs


# ---------------------------------------------------------------- checking

ALLOWED_URL_HOSTS = {"loinc.org", "hl7.org", "terminology.hl7.org", "snomed.info",
                     "unitsofmeasure.org", "www.w3.org", "schemas.openxmlformats.org"}
MBI_RE = re.compile(r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]"
                    r"[AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$")
PHONE_RES = [
    re.compile(r"(?<![\w/+])\+\d{1,3}(?:[ .\-]?\(?\d{1,4}\)?){2,5}(?!\d)"),
    re.compile(r"(?<![\d+])\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}(?!\d)"),
    re.compile(r"(?<![\d\-/.\u3012])\d{3}-\d{4}(?![\d\-])"),
    re.compile(r"(?<![\d.])0\d(?:[ .]\d{2}){4}(?![\d.])"),
]


def domain_ok(d):
    d = d.lower().rstrip(".")
    return (d.endswith(".test") or re.search(r"(^|\.)example\.(com|org|net)$", d) is not None)


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def digits(s):
    return "".join(str(unicodedata.digit(c)) for c in s if c.isdigit())


def scan_text(txt, where, errs):
    for mm in re.finditer(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", txt):
        if not domain_ok(mm.group(1)):
            errs.append("%s: address domain %s" % (where, mm.group(1)))
    for mm in re.finditer(r"(?i)\b(?:https?|ftp)://([^/\s\"'<>)\]]+)", txt):
        host = mm.group(1).split("@")[-1].split(":")[0].lower()
        if host not in ALLOWED_URL_HOSTS and not domain_ok(host):
            errs.append("%s: URL host %s" % (where, host))
    for mm in re.finditer(r"(?i)(?<![\w./@-])www\.[A-Za-z0-9.-]+[A-Za-z0-9]", txt):
        host = mm.group(0).lower()
        if host not in ALLOWED_URL_HOSTS and not domain_ok(host):
            errs.append("%s: host %s" % (where, host))
    for rx in PHONE_RES:
        for mm in rx.finditer(txt):
            dg = digits(mm.group(0))
            if len(dg) >= 7 and not re.search(r"55501\d\d$", dg):
                errs.append("%s: phone-like %r not 555-01xx" % (where, mm.group(0)))
    for mm in re.finditer(r"(?<![\w/])[+(]?\d(?:[\d]|[ ().\-](?=[\d(]))*\d", txt):
        dg = digits(mm.group(0))
        if "555" in dg and 7 <= len(dg) <= 15 and not re.search(r"55501\d\d$", dg):
            errs.append("%s: number with 555 not ending 555-01xx: %r" % (where, mm.group(0)))
    for mm in re.finditer(r"\bNPI\b[^0-9\n]{0,15}(\d{10})(?!\d)", txt):
        if not luhn_ok("80840" + mm.group(1)):
            errs.append("%s: NPI %s fails Luhn" % (where, mm.group(1)))
    for mm in re.finditer(r"\bDEA\b[^A-Z0-9\n]{0,15}([A-Z]{2}\d{7})(?!\d)", txt):
        if not dea_ok(mm.group(1)):
            errs.append("%s: DEA %s fails check digit" % (where, mm.group(1)))
    for mm in re.finditer(r"\bMBI\b[^A-Z0-9\n]{0,15}([0-9A-Z][0-9A-Z-]{10,12})", txt):
        v = mm.group(1).replace("-", "")[:11]
        if not MBI_RE.match(v):
            errs.append("%s: MBI %s bad format" % (where, v))


def check_pdf(data, where, errs, texts):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        errs.append(where + ": PDF header/trailer")
        return
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        errs.append(where + ": no startxref")
        return
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        errs.append(where + ": startxref does not point at xref")
        return
    lines = data[x:].split(b"\n")
    first, count = map(int, lines[1].split())
    for i in range(count):
        ent = lines[2 + i]
        off, gen, kind = ent.split()[:3]
        if kind == b"n" and not data[int(off):].startswith(b"%d 0 obj" % (first + i)):
            errs.append("%s: xref entry %d wrong" % (where, first + i))
    for sm in re.finditer(rb"<<([^<>]*?)>>\nstream\n", data):
        lm = re.search(rb"/Length (\d+)", sm.group(1))
        start = sm.end()
        ln = int(lm.group(1))
        stream = data[start:start + ln]
        rest = data[start + ln:start + ln + 11]
        if not rest.lstrip(b"\r\n").startswith(b"endstream"):
            errs.append(where + ": stream /Length wrong")
        if b"/FlateDecode" in sm.group(1):
            try:
                stream = zlib.decompress(stream)
            except zlib.error:
                errs.append(where + ": Flate stream does not inflate")
                continue
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", stream):
            s = re.sub(rb"\\([0-7]{3})", lambda z: bytes([int(z.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", rb"\1", s)
            texts.append(s.decode("cp1252"))


def check_png(data, where, errs):
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        errs.append(where + ": PNG signature")
        return
    p = 8
    while p < len(data):
        ln, = struct.unpack(">I", data[p:p + 4])
        t = data[p + 4:p + 8]
        crc, = struct.unpack(">I", data[p + 8 + ln:p + 12 + ln])
        if zlib.crc32(data[p + 4:p + 8 + ln]) & 0xffffffff != crc:
            errs.append(where + ": PNG CRC")
        p += 12 + ln
        if t == b"IEND":
            break


def check_attachment(part, data, where, errs, texts):
    ct = part.get_content_type()
    fn = (part.get_filename() or "").lower()
    ext = fn.rsplit(".", 1)[-1] if "." in fn else ""
    if ct == "application/pdf" or ext == "pdf":
        check_pdf(data, where, errs, texts)
        return
    if ct == "image/png" or ext == "png":
        check_png(data, where, errs)
        return
    if ext in ("docx", "zip") or "zip" in ct or "officedocument" in ct:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if z.testzip() is not None:
                    errs.append(where + ": zip member corrupt")
                for n in z.namelist():
                    if n.endswith(".xml"):
                        x = z.read(n).decode("utf-8")
                        ET.fromstring(x)
                        texts.append(re.sub(r"<[^>]+>", " ", x))
        except Exception as e:
            errs.append("%s: zip: %s" % (where, e))
        return
    cs = part.get_content_charset() or "utf-8"
    try:
        txt = data.decode(cs)
    except Exception:
        if ct.startswith("text/"):
            errs.append("%s: attachment does not decode as %s" % (where, cs))
        return
    texts.append(txt)
    if "json" in ct or ext in ("json", "ndjson"):
        try:
            if ext == "ndjson" or "ndjson" in ct:
                for ln in txt.splitlines():
                    if ln.strip():
                        json.loads(ln)
            else:
                json.loads(txt)
        except ValueError as e:
            errs.append("%s: JSON: %s" % (where, e))
    elif "xml" in ct or ext in ("xml", "cda"):
        try:
            ET.fromstring(txt.encode("utf-8") if not txt.startswith("<?xml") else data)
        except ET.ParseError as e:
            errs.append("%s: XML: %s" % (where, e))
    elif ct == "text/calendar" or ext == "ics":
        if not (txt.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in txt and
                txt.count("BEGIN:VEVENT") == txt.count("END:VEVENT")):
            errs.append(where + ": ICS structure")
    elif ct in ("text/vcard", "text/x-vcard") or ext == "vcf":
        if not (txt.startswith("BEGIN:VCARD") and txt.rstrip().endswith("END:VCARD")):
            errs.append(where + ": vCard structure")
    elif ct == "text/csv" or ext in ("csv", "tsv"):
        first = txt.split("\r\n", 1)[0]
        delim = ";" if first.count(";") > first.count(",") else (
            "\t" if first.count("\t") > first.count(",") else ",")
        rows = [r for r in csv.reader(io.StringIO(txt, newline=""), delimiter=delim) if r]
        if len({len(r) for r in rows}) != 1:
            errs.append(where + ": CSV rows have different column counts")
    elif "hl7" in ct or ext == "hl7":
        if not txt.startswith("MSH|^~\\&|"):
            errs.append(where + ": HL7 does not start with MSH|^~\\&|")


def raw_payload_lines(part):
    raw = part.get_payload(decode=False)
    return raw.replace("\r\n", "\n").split("\n")


def check_message(data, where, errs, stats):
    if len(data) > 200 * 1024:
        errs.append(where + ": larger than 200 KiB")
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append(where + ": bare CR or LF")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append(where + ": line longer than 998")
            break
    head = data.split(b"\r\n\r\n", 1)[0]
    if not head.isascii():
        errs.append(where + ": 8-bit bytes in the top-level header")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (where, h))
    texts = []
    for part in msg.walk():
        pw = where
        for d in part.defects:
            errs.append("%s: MIME defect %s" % (pw, type(d).__name__))
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                errs.append("%s: header %s defect %s" % (pw, k, type(d).__name__))
            texts.append(str(v))
        if part.get("Date") is not None:
            try:
                if email.utils.parsedate_to_datetime(str(part["Date"])).tzinfo is None:
                    errs.append(pw + ": Date without zone")
            except Exception:
                errs.append(pw + ": bad Date")
        if part.get("Message-ID") is not None and not re.match(
                r"^<[^<>@\s]+@[^<>@\s]+>$", str(part["Message-ID"]).strip()):
            errs.append(pw + ": bad Message-ID")
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload(0)
            for h in ("From", "Subject", "Date"):
                if inner[h] is None:
                    errs.append("%s: forwarded message lacks %s" % (pw, h))
            stats["rfc822"] = stats.get("rfc822", 0) + 1
            continue
        if part.is_multipart():
            stats["multipart/" + part.get_content_subtype()] = stats.get(
                "multipart/" + part.get_content_subtype(), 0) + 1
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        stats["cte:" + cte] = stats.get("cte:" + cte, 0) + 1
        lines = raw_payload_lines(part)
        if lines and lines[-1] == "":
            lines = lines[:-1]
        if cte == "base64":
            if any(len(ln) > 76 for ln in lines):
                errs.append(pw + ": base64 line over 76")
            try:
                body = base64.b64decode("".join(lines), validate=True)
            except (binascii.Error, ValueError):
                errs.append(pw + ": base64 does not decode strictly")
                continue
        elif cte == "quoted-printable":
            bad = False
            for ln in lines:
                if len(ln) > 76 or not ln.isascii():
                    bad = True
                if re.search(r"=(?![0-9A-F]{2})(?!$)", ln):
                    bad = True
                if ln.endswith((" ", "\t")):
                    bad = True
            if bad:
                errs.append(pw + ": quoted-printable not strict")
            body = binascii.a2b_qp("\r\n".join(lines).encode("ascii", "replace"))
        else:
            body = part.get_payload(decode=True)
            if cte == "7bit" and not body.isascii():
                errs.append(pw + ": 7bit part with 8-bit bytes")
        if ct.startswith("text/") and not part.get_filename():
            cs = part.get_content_charset() or "us-ascii"
            stats["charset:" + cs] = stats.get("charset:" + cs, 0) + 1
            try:
                txt = body.decode(cs)
            except (LookupError, UnicodeDecodeError) as e:
                errs.append("%s: text does not decode as %s (%s)" % (pw, cs, e))
                continue
            texts.append(txt)
            if ct == "text/calendar":
                check_attachment(part, body, pw, errs, [])
        else:
            check_attachment(part, body, pw + " [%s]" % (part.get_filename() or ct),
                             errs, texts)
    for t in texts:
        scan_text(t, where, errs)


def check(regenerated=None):
    errs = []
    files, labels_txt, msgs = regenerated or generate()
    errs.extend(self_test(files, msgs))
    disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing directory " + lab)
            continue
        for f in sorted(os.listdir(d)):
            with open(os.path.join(d, f), "rb") as fh:
                disk[lab + "/" + f] = fh.read()
    for k in sorted(set(files) | set(disk)):
        if k not in disk:
            errs.append("not on disk: " + k)
        elif k not in files:
            errs.append("on disk but not generated: " + k)
        elif files[k] != disk[k]:
            errs.append("differs from generator: " + k)
    try:
        with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
            lt = fh.read()
    except OSError:
        lt = ""
    if lt != labels_txt:
        errs.append("labels.tsv differs from generator")
    nums = []
    for row in lt.splitlines():
        f, lab, reason = row.split("\t")
        if lab + "/" + f not in disk:
            errs.append("labels.tsv names a file not in %s/: %s" % (lab, f))
        if f.split("-", 1)[1].startswith("trap-") and lab != "none":
            errs.append("trap outside none: " + f)
        if not reason.strip():
            errs.append("empty reason: " + f)
        nums.append(int(f[:3]))
    if sorted(nums) != list(range(1, 201)):
        errs.append("numbers are not exactly 001-200")
    stats = {}
    for k in sorted(disk):
        check_message(disk[k], k, errs, stats)
    count = {lab: sum(1 for m in msgs if m["label"] == lab) for lab in LABELS}
    for lab in LABELS:
        if count[lab] != WANT[lab]:
            errs.append("%s: %d messages, want %d" % (lab, count[lab], WANT[lab]))
    traps = sum(1 for m in msgs if m["slug"].startswith("trap-"))
    if traps < 55:
        errs.append("only %d traps" % traps)
    cats = {c: sum(1 for m in msgs if m["cat"] == c) for c in CATS}
    for c in CATS:
        if cats[c] < 7:
            errs.append("restricted category %s has %d" % (c, cats[c]))
    non_en = [m for m in msgs if m["lang"] != "en"]
    langs = {}
    for m in non_en:
        langs[m["lang"]] = langs.get(m["lang"], 0) + 1
    if len(non_en) < 140:
        errs.append("only %d messages not in English" % len(non_en))
    if len(langs) < 20:
        errs.append("only %d languages besides English" % len(langs))
    slugs = [m["slug"] for m in msgs]
    if len(set(slugs)) != len(slugs):
        errs.append("duplicate slugs")
    print("counts: " + ", ".join("%s %d" % (lab, count[lab]) for lab in LABELS) +
          "; traps %d; restricted %s" % (traps, ", ".join("%s %d" % (c, cats[c]) for c in CATS)))
    print("not in English: %d in %d languages: %s" % (
        len(non_en), len(langs), ", ".join("%s %d" % kv for kv in sorted(langs.items()))))
    by_label = {lab: sum(1 for m in non_en if m["label"] == lab) for lab in LABELS}
    print("not in English by label: " + ", ".join("%s %d" % kv for kv in by_label.items()) +
          "; mixed with English: %d" % sum(1 for m in msgs if m.get("mixed")))
    print("structure: " + ", ".join("%s %d" % kv for kv in sorted(stats.items())))
    for e in errs[:200]:
        print("ERROR " + e)
    if errs:
        print("%d errors" % len(errs))
        return 1
    print("check OK: %d files" % len(disk))
    return 0


def write():
    files, labels_txt, msgs = generate()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for k, v in files.items():
        with open(os.path.join(HERE, k), "wb") as fh:
            fh.write(v)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(labels_txt)
    return files, labels_txt, msgs


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    sys.exit(check(write()))
