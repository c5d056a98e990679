#!/usr/bin/env python3
"""Generator for the "wide2" sensitivity corpus (Sealpost policy tests).

Standard library only.  Every message is written out individually below as a
small function that returns the raw RFC 5322 bytes of one e-mail.  The MIME is
assembled by the little builder in this file (not by email.generator) so that
boundaries, quoted-printable soft breaks, base64 line lengths, RFC 2047
encoded words, RFC 2231 file names and legacy charsets are exactly as written.

    python3 gen.py          # remove and rewrite wide2/{none,phi,restricted}/*.eml
                            # and labels.tsv, then check every file
    python3 gen.py --check  # only parse and verify what is on disk

Output is deterministic.  All people, organisations, numbers and addresses are
invented; domains are example.com/.org/.net or *.test; phones are 555-01xx.
"""
import base64
import csv
import datetime
import email
import email.policy
import hashlib
import io
import json
import os
import quopri
import random
import re
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("none", "phi", "restricted")
SB = "\u2063"  # marks a place where a quoted-printable soft line break is forced

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
REG = []
_CUR = {"slug": None}


def reg(label, slug, reason, lang="en", struct_="plain"):
    assert label in LABELS, label
    assert not slug.startswith("trap-") or label == "none", slug

    def deco(fn):
        REG.append(dict(label=label, slug=slug, reason=reason, lang=lang,
                        struct=struct_, fn=fn))
        return fn
    return deco


def _h(*xs):
    return hashlib.sha256("|".join(str(x) for x in xs).encode()).hexdigest()


# ---------------------------------------------------------------------------
# identifiers that look real (check digits valid) but are invented
# ---------------------------------------------------------------------------
def npi(base9):
    assert len(base9) == 9 and base9[0] in "12"
    s = "80840" + base9
    total = 0
    for i, d in enumerate(reversed(s)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def dea(letters, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


# ---------------------------------------------------------------------------
# header helpers
# ---------------------------------------------------------------------------
def _q_bytes(b):
    out = []
    for c in b:
        ch = chr(c)
        if c == 0x20:
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(s, cs="utf-8", enc="B", maxlen=75):
    """Encode s as RFC 2047 encoded words (space separated, folded later)."""
    def one(chunk):
        b = chunk.encode(cs)
        p = base64.b64encode(b).decode() if enc == "B" else _q_bytes(b)
        return "=?%s?%s?%s?=" % (cs, enc, p)
    words, cur = [], ""
    for ch in s:
        if cur and len(one(cur + ch)) > maxlen:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return " ".join(words)


_PREFIX = re.compile(r"^((?:(?:re|fw|fwd|aw|wg|tr|rv|sv|ynt|odp|antw|res|enc)\s?:\s*)+)", re.I)


def hdr(s, cs="utf-8", enc="B", force=False):
    """Header text: plain if ASCII, else encoded words (ASCII Re:/Fwd: kept)."""
    if s.isascii() and not force:
        return s
    m = _PREFIX.match(s)
    if m and not force:
        return m.group(1) + ew(s[m.end():], cs, enc)
    return ew(s, cs, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, mail, cs="utf-8", enc="B"):
    if not name:
        return mail
    if name.isascii():
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (_ew_words(name, cs, enc), mail)


def _ew_words(s, cs, enc, maxlen=75):
    """Like ew() but splits only after a space, so that parsers which insert a
    blank between adjacent encoded words in a display name do not cut words."""
    one = ew(s, cs, enc, maxlen=10 ** 6)
    if len(one) <= maxlen:
        return one
    words = s.split(" ")
    chunks, cur = [], ""
    for i, w in enumerate(words):
        piece = w + (" " if i < len(words) - 1 else "")
        if cur and len(ew(cur + piece, cs, enc, maxlen=10 ** 6)) > maxlen:
            chunks.append(cur)
            cur = piece
        else:
            cur += piece
    chunks.append(cur)
    return " ".join(ew(c, cs, enc, maxlen) for c in chunks)


def addrs(*pairs):
    out = []
    for p in pairs:
        if isinstance(p, str):
            out.append(p)
        else:
            out.append(addr(*p))
    return ", ".join(out)


def fold(name, value, width=78):
    line = "%s: %s" % (name, value)
    if len(line) <= width or " " not in value:
        return line
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() not in ("", name + ":"):
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\r\n".join(lines)


_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
       "Nov", "Dec"]


def dt(s, tz="-0500"):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    assert d < datetime.datetime(2026, 12, 3), s
    sec = int(_h(s, tz)[:4], 16) % 60
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _WD[d.weekday()], d.day, _MO[d.month - 1], d.year, d.hour, d.minute,
        sec, tz)


def param(k, v):
    if re.fullmatch(r"[A-Za-z0-9!#$&+.^_`|~-]+", v):
        return "%s=%s" % (k, v)
    return '%s="%s"' % (k, v.replace("\\", "\\\\").replace('"', '\\"'))


def param2231(k, v, cs="utf-8", chunk=42):
    toks = ["".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else
                    "%%%02X" % b for b in c.encode(cs)) for c in v]
    if len("".join(toks)) <= chunk:
        return "%s*=%s''%s" % (k, cs, "".join(toks))
    pieces, cur = [], ""
    for t in toks:
        if cur and len(cur) + len(t) > chunk:
            pieces.append(cur)
            cur = ""
        cur += t
    pieces.append(cur)
    return "; ".join("%s*%d*=%s%s" % (k, i, (cs + "''") if i == 0 else "", p)
                     for i, p in enumerate(pieces))


# ---------------------------------------------------------------------------
# body encoders
# ---------------------------------------------------------------------------
def _nl(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def qp_encode(text, cs="utf-8", width=76):
    out = []
    for line in _nl(text).split("\n"):
        toks = []
        for i, seg in enumerate(line.split(SB)):
            if i:
                toks.append(None)
            for c in seg.encode(cs):
                if c == 0x3D or (c < 32 and c != 9) or c > 126:
                    toks.append("=%02X" % c)
                else:
                    toks.append(chr(c))
        for j in range(len(toks) - 1, -1, -1):
            if toks[j] is None:
                continue
            if toks[j] in (" ", "\t"):
                toks[j] = "=%02X" % ord(toks[j])
            break
        cur = ""
        for t in toks:
            if t is None or len(cur) + len(t) > width - 1:
                carry = ""
                while cur and cur[-1] in " \t":
                    carry = cur[-1] + carry
                    cur = cur[:-1]
                if t is None and carry:
                    cur += "".join("=%02X" % ord(c) for c in carry)
                    carry = ""
                out.append(cur + "=")
                cur = carry
                if t is None:
                    continue
            cur += t
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64lines(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def encode_text(text, cs, cte):
    if cte in ("qp", "quoted-printable"):
        enc = qp_encode(text, cs)
        want = _nl(text).replace(SB, "").replace("\n", "\r\n").encode(cs)
        assert quopri.decodestring(enc) == want, "qp round trip"
        return enc, "quoted-printable"
    plain = _nl(text).replace(SB, "")
    if cs.lower() == "utf-16":
        raw = b"\xff\xfe" + plain.replace("\n", "\r\n").encode("utf-16-le")
    else:
        raw = plain.replace("\n", "\r\n").encode(cs)
    if cte == "base64":
        return b64lines(raw), "base64"
    if cte == "7bit":
        assert raw.isascii(), "7bit part is not ASCII"
    for ln in raw.split(b"\r\n"):
        assert len(ln) <= 998
    return raw, cte


# ---------------------------------------------------------------------------
# MIME parts
# ---------------------------------------------------------------------------
class Part:
    def __init__(self, ctype, params=(), body=b"", cte=None, headers=(),
                 children=None, preamble=None, epilogue=None, boundary=None):
        self.ctype, self.params, self.body, self.cte = ctype, list(params), body, cte
        self.headers = list(headers)
        self.children, self.preamble, self.epilogue = children, preamble, epilogue
        self.boundary = boundary

    def header_lines(self):
        ps = list(self.params)
        if self.children is not None:
            ps.append(param("boundary", self.boundary))
        ct = "; ".join([self.ctype] + ps)
        lines = [fold("Content-Type", ct)]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        for k, v in self.headers:
            lines.append(fold(k, v))
        return lines

    def body_bytes(self):
        if self.children is None:
            b = self.body
            if not b.endswith(b"\r\n"):
                b += b"\r\n"
            return b
        bd = self.boundary.encode()
        out = b""
        if self.preamble:
            out += self.preamble.replace("\n", "\r\n").encode() + b"\r\n"
        for c in self.children:
            out += b"--" + bd + b"\r\n" + c.render()
        out += b"--" + bd + b"--\r\n"
        if self.epilogue:
            out += self.epilogue.replace("\n", "\r\n").encode() + b"\r\n"
        return out

    def render(self):
        return ("\r\n".join(self.header_lines()) + "\r\n\r\n").encode() + self.body_bytes()


_BSTYLE = 0


def boundary(style=None):
    global _BSTYLE
    _BSTYLE += 1
    h = _h(_CUR["slug"], _BSTYLE)
    style = style if style is not None else int(h[0], 16) % 6
    if style == 0:
        return "----=_Part_%d_%d.%d" % (int(h[1:6], 16), int(h[6:11], 16), 1760000000000 + int(h[11:19], 16) % 10**9)
    if style == 1:
        return "_000_%sEXAMPLE_" % h[1:25].upper()
    if style == 2:
        return "===============%019d==" % (int(h[1:17], 16) % 10**19)
    if style == 3:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    if style == 4:
        return "000000000000%s" % h[1:17]
    return "b1_%s" % h[1:33]


def T(text, sub="plain", cs="utf-8", cte="qp", flowed=False, lang=None,
      disp=None, fname=None, headers=(), params=()):
    body, cte2 = encode_text(text, cs, cte)
    ps = [param("charset", cs)] + list(params)
    if flowed:
        ps.append("format=flowed")
    hs = list(headers)
    if lang:
        hs.append(("Content-Language", lang))
    if disp:
        d = disp
        if fname:
            d += "; " + param("filename", fname)
        hs.append(("Content-Disposition", d))
    return Part("text/" + sub, ps, body, cte2, hs)


def H(html, cs="utf-8", cte="qp", **kw):
    return T(html, "html", cs, cte, **kw)


def A(data, ctype, fname, cte="base64", style="plain", disp="attachment",
      cs=None, extra=(), cid=None, desc=None, fcs="utf-8"):
    """Attachment.  style: plain | 2231 | 2047 | nameonly | dispchonly | none."""
    if cte in ("qp", "quoted-printable"):
        assert isinstance(data, str)
        body, cte = qp_encode(data, cs or "utf-8"), "quoted-printable"
        data = None
    elif isinstance(data, str):
        data = _nl(data).replace("\n", "\r\n").encode(cs or "utf-8")
    if data is None:
        pass
    elif cte == "base64":
        body = b64lines(data)
    else:
        body = data
        if cte == "7bit":
            assert data.isascii()
    ps = []
    if cs:
        ps.append(param("charset", cs))
    ps += list(extra)
    d = disp
    if style == "plain":
        ps.append(param("name", fname))
        d += "; " + param("filename", fname)
    elif style == "2231":
        ps.append(param2231("name", fname, fcs))
        d += "; " + param2231("filename", fname, fcs)
    elif style == "2047":
        ps.append('name="%s"' % ew(fname, fcs, "B"))
        d += '; filename="%s"' % ew(fname, fcs, "B")
    elif style == "nameonly":
        ps.append(param("name", fname))
    elif style == "dispchonly":
        d += "; " + param("filename", fname)
    hs = []
    if style != "nameonly":
        hs.append(("Content-Disposition", d))
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    if desc:
        hs.append(("Content-Description", desc))
    return Part(ctype, ps, body, cte, hs)


def MP(sub, *children, preamble=None, epilogue=None, params=(), bstyle=None):
    if preamble is None and sub in ("mixed", "alternative", "related", "signed", "report"):
        preamble = "This is a multi-part message in MIME format." if int(_h(_CUR["slug"], sub)[0], 16) < 8 else None
    return Part("multipart/" + sub, params, children=list(children),
                preamble=preamble, epilogue=epilogue, boundary=boundary(bstyle))


def R(msg_bytes, fname=None, desc=None):
    eight = not msg_bytes.isascii()
    hs = []
    if fname:
        hs.append(("Content-Disposition", "attachment; " + param("filename", fname)))
    else:
        hs.append(("Content-Disposition", "inline"))
    if desc:
        hs.append(("Content-Description", desc))
    return Part("message/rfc822", [], msg_bytes, "8bit" if eight else "7bit", hs)


def _msgid(frm):
    m = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm)
    dom = m.group(1) if m else "mail.example.com"
    h = _h("mid", _CUR["slug"], frm)
    style = int(h[0], 16) % 5
    if style == 0:
        return "<%s.%s@%s>" % (h[1:13], h[13:21], dom)
    if style == 1:
        return "<CA%s+%s@mail.example.com>" % (h[1:20], h[20:40])
    if style == 2:
        return "<%s-%s-%s-%s-%s@%s>" % (h[1:9], h[9:13], h[13:17], h[17:21], h[21:33], dom)
    if style == 3:
        return "<%s%s@%s>" % (h[1:17].upper(), "$" + h[17:23].upper(), dom)
    return "<%d.%d.JavaMail.%s@%s>" % (int(h[1:8], 16), int(h[8:14], 16), "app", dom)


def mk(frm, to, subj, body, date, cc=None, extra=(), msgid=None, scs="utf-8",
       senc="B", sforce=False, reply_to=None, irt=None, refs=None,
       order=None):
    """Top-level message bytes. frm/to/cc: already-formatted strings or
    (name, addr[, cs[, enc]]) tuples or lists of them."""
    def A_(x):
        if x is None:
            return None
        if isinstance(x, str):
            return x
        if isinstance(x, tuple):
            return addr(*x)
        return addrs(*x)
    frm, to, cc, reply_to = A_(frm), A_(to), A_(cc), A_(reply_to)
    mid = msgid or _msgid(frm)
    heads = [("From", frm), ("To", to)]
    if cc:
        heads.append(("Cc", cc))
    if reply_to:
        heads.append(("Reply-To", reply_to))
    heads.append(("Subject", hdr(subj, scs, senc, sforce)))
    heads.append(("Date", date))
    heads.append(("Message-ID", mid))
    if irt:
        heads.append(("In-Reply-To", irt))
    if refs or irt:
        heads.append(("References", refs or irt))
    heads.append(("MIME-Version", "1.0"))
    heads += list(extra)
    if order == "mv-first":
        heads.sort(key=lambda kv: kv[0] != "MIME-Version")
    elif order == "date-first":
        heads.sort(key=lambda kv: kv[0] not in ("Date", "Received"))
    lines = [fold(k, v) for k, v in heads] + body.header_lines()
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body.body_bytes()


def mid(tag, dom="example.com"):
    h = _h("ref", tag)
    return "<%s.%s@%s>" % (h[:12], h[12:20], dom)


# ---------------------------------------------------------------------------
# attachment content builders
# ---------------------------------------------------------------------------
def pdf(pages, flate=False, title=None, size=10):
    """Minimal valid PDF, Helvetica, one content stream per page."""
    if pages and isinstance(pages[0], str):
        pages = [pages]

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    objs = {}
    n = len(pages)
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(n))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, lines in enumerate(pages):
        p, c = 4 + 2 * i, 5 + 2 * i
        objs[p] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                   "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % c).encode()
        cs = "BT\n/F1 %d Tf\n%d TL\n50 750 Td\n" % (size, size + 4)
        cs += "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
        data = cs.encode("cp1252")
        if flate:
            data = zlib.compress(data, 9)
            d = "<< /Length %d /Filter /FlateDecode >>" % len(data)
        else:
            d = "<< /Length %d >>" % len(data)
        objs[c] = d.encode() + b"\nstream\n" + data + b"\nendstream"
    info = None
    if title:
        info = 4 + 2 * n
        objs[info] = ("<< /Title (%s) /Producer (wide2 gen.py) >>" % esc(title)).encode("cp1252")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size_ = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f\r\n" % size_
    for k in range(1, size_):
        out += b"%010d 00000 n\r\n" % offs[k]
    tr = "<< /Size %d /Root 1 0 R%s >>" % (size_, (" /Info %d 0 R" % info) if info else "")
    out += b"trailer\n" + tr.encode() + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return out


def png(w=8, h=8, rgb=(200, 40, 40), stripe=None):
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            c = stripe if (stripe and (x + y) % 4 == 0) else rgb
            row += bytes(c)
        rows += row

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def hl7(*segs):
    return ("\r".join(segs) + "\r").encode("utf-8")


def ics(lines):
    return "\n".join(["BEGIN:VCALENDAR"] + lines + ["END:VCALENDAR"]) + "\n"


def csvtext(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def fjson(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


FIRST = ["Amara", "Dmitri", "Lucia", "Tevita", "Ingrid", "Rashid", "Marisol",
         "Kwabena", "Solveig", "Haruto", "Priyanka", "Bogdan", "Nneka",
         "Esteban", "Yusra", "Caspian", "Lorna", "Thiago", "Wren", "Oluwaseun",
         "Mireille", "Anselm", "Zofia", "Keanu", "Delphine", "Ignacio",
         "Hyun-woo", "Fenna", "Tariq", "Rosalind", "Emeka", "Svetlana",
         "Bartholomew", "Ilse", "Joaquim", "Noor", "Radek", "Celestine",
         "Makoa", "Giedre"]
LAST = ["Okonkwo-Bell", "Vasquez-Toll", "Lindqvist", "Abernathy", "Marchetti",
        "Nakashima", "Ferreira-Luz", "Quilliam", "Dragomir", "Ostrowski",
        "Beauchemin", "Halloran", "Achterberg", "Mbeki-Ross", "Santangelo",
        "Whitlock", "Yilmazer", "Tremblay-Roy", "Castellanos", "Pemberton",
        "Oyelaran", "Kowalczyk", "Rautenbach", "Delacroix-May", "Iwu",
        "Brannigan", "Szabo-Kent", "Albrecht", "Mwangi", "Fairweather",
        "Ricciardi", "Thorsby", "Ngata", "Villalobos", "Ekwueme", "Haverford",
        "Lukashenko-Reyes", "Ormsby", "Papadakis", "Strand"]


def people(n, seed):
    r = random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        f, l = r.choice(FIRST), r.choice(LAST)
        if (f, l) in seen:
            continue
        seen.add((f, l))
        y, m, d = r.randint(1938, 2012), r.randint(1, 12), r.randint(1, 28)
        out.append(dict(first=f, last=l, dob="%04d-%02d-%02d" % (y, m, d),
                        mrn="%s%07d" % (r.choice("MKWX"), r.randint(1000000, 9999999)),
                        rnd=r))
    return out


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------
REQUIRED = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version")


def _check_attachment(part, problems, name):
    ct = part.get_content_type()
    fn = (part.get_filename() or "").lower()
    try:
        data = part.get_content()
    except Exception as e:  # noqa
        problems.append("%s: cannot decode %s: %s" % (name, ct, e))
        return
    raw = data.encode(part.get_content_charset() or "utf-8") if isinstance(data, str) else data
    if isinstance(data, email.message.Message):
        return
    if ct.endswith("json") or fn.endswith(".json"):
        json.loads(raw.decode("utf-8"))
    if ct.endswith("xml") or fn.endswith(".xml"):
        ET.fromstring(raw)
    if ct == "text/calendar" or fn.endswith(".ics"):
        s = raw.decode("utf-8")
        assert s.startswith("BEGIN:VCALENDAR") and s.rstrip().endswith("END:VCALENDAR"), name
    if fn.endswith(".vcf") or ct in ("text/vcard", "text/x-vcard"):
        s = raw.decode("utf-8")
        assert s.startswith("BEGIN:VCARD") and s.rstrip().endswith("END:VCARD"), name
    if fn.endswith(".hl7") or "hl7" in ct:
        assert raw.startswith(b"MSH|^~\\&|"), name
    if ct == "text/csv" or fn.endswith(".csv"):
        s = raw.decode(part.get_content_charset() or "utf-8")
        delim = ";" if s.count(";") > s.count(",") else ","
        rows = [r for r in csv.reader(io.StringIO(s), delimiter=delim) if r]
        assert len({len(r) for r in rows}) == 1, "%s: ragged csv" % name
    if ct == "application/pdf" or fn.endswith(".pdf"):
        assert raw.startswith(b"%PDF-") and raw.rstrip().endswith(b"%%EOF"), name
        sx = int(re.search(rb"startxref\n(\d+)\n", raw).group(1))
        assert raw[sx:sx + 4] == b"xref", name
        m = re.search(rb"xref\n0 (\d+)\n", raw[sx:])
        cnt = int(m.group(1))
        ents = raw[sx + m.end():].split(b"\r\n")[:cnt]
        for i, e in enumerate(ents[1:], 1):
            off = int(e[:10])
            assert raw[off:].startswith(b"%d 0 obj" % i), (name, i)
        for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", raw):
            ln = int(sm.group(1))
            body = raw[sm.end():sm.end() + ln]
            assert raw[sm.end() + ln:sm.end() + ln + 10] == b"\nendstream", name
            if sm.group(2):
                zlib.decompress(body)
    if ct == "image/png":
        assert raw.startswith(b"\x89PNG\r\n\x1a\n"), name


def check_file(path):
    problems = []
    data = open(path, "rb").read()
    name = os.path.relpath(path, HERE)
    if re.search(rb"(?<!\r)\n|\r(?!\n)", data):
        problems.append("%s: bare CR or LF" % name)
    if len(data) >= 200 * 1024:
        problems.append("%s: too big" % name)
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            problems.append("%s: line over 998" % name)
            break
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in REQUIRED:
        if msg[h] is None:
            problems.append("%s: missing %s" % (name, h))
    try:
        msg["Date"].datetime
        for h in ("From", "To", "Cc", "Reply-To"):
            if msg[h] is not None:
                assert msg[h].addresses or msg[h].groups, h
    except Exception as e:  # noqa
        problems.append("%s: header: %r" % (name, e))
    for part in msg.walk():
        for d in part.defects:
            problems.append("%s: defect %r" % (name, d))
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                problems.append("%s: header %s defect %r" % (name, k, d))
        if part.is_multipart():
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        if cte not in ("7bit", "8bit", "binary", "base64", "quoted-printable"):
            problems.append("%s: unknown transfer encoding %s" % (name, cte))
        rawp = part.get_payload(decode=False)
        rawb = rawp.encode("utf-8", "surrogateescape") if isinstance(rawp, str) else b""
        if cte in ("base64", "quoted-printable"):
            for ln in rawb.splitlines():
                if len(ln) > 76:
                    problems.append("%s: %s line over 76" % (name, cte))
                    break
        if cte == "base64":
            try:
                base64.b64decode(b"".join(rawb.split()), validate=True)
            except Exception as e:  # noqa
                problems.append("%s: bad base64 %s" % (name, e))
        if cte == "7bit" and not rawb.isascii():
            problems.append("%s: 7bit part not ascii" % name)
        try:
            c = part.get_content()
            if part.get_content_maintype() == "text" and (part.get_content_charset() or "").lower() in ("utf-8", "us-ascii"):
                part.get_payload(decode=True).decode(part.get_content_charset())
        except Exception as e:  # noqa
            problems.append("%s: content %s: %r" % (name, part.get_content_type(), e))
            continue
        _check_attachment(part, problems, name)
    return problems, msg


def check_all(verbose=True):
    problems, counts, traps, total = [], {l: 0 for l in LABELS}, 0, 0
    nums = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".eml"):
                continue
            m = re.fullmatch(r"(\d{3})-([a-z0-9-]+)\.eml", fn)
            if not m:
                problems.append("bad name " + fn)
                continue
            if m.group(1) in nums:
                problems.append("duplicate number %s" % fn)
            nums[m.group(1)] = fn
            if m.group(2).startswith("trap-"):
                if lab != "none":
                    problems.append("trap outside none: " + fn)
                traps += 1
            p = os.path.join(d, fn)
            total += os.path.getsize(p)
            counts[lab] += 1
            try:
                pr, _ = check_file(p)
            except Exception as e:  # noqa
                pr = ["%s/%s: check crashed: %r" % (lab, fn, e)]
            problems += pr
    # labels.tsv agrees with the tree
    lt = os.path.join(HERE, "labels.tsv")
    rows = [l.split("\t") for l in open(lt, encoding="utf-8").read().splitlines()[1:] if l]
    seen = {}
    for r in rows:
        if len(r) != 3:
            problems.append("labels.tsv bad row %r" % r)
            continue
        seen[r[0]] = r[1]
    for num, fn in nums.items():
        lab = next(l for l in LABELS if os.path.exists(os.path.join(HERE, l, fn)))
        if seen.get(fn) != lab:
            problems.append("labels.tsv disagrees on %s" % fn)
    if len(seen) != len(nums):
        problems.append("labels.tsv has %d rows for %d files" % (len(seen), len(nums)))
    if total >= 4 * 1024 * 1024:
        problems.append("set too big: %d" % total)
    if verbose:
        print("counts:", counts, "total:", sum(counts.values()), "traps:", traps,
              "bytes: %d" % total)
    return problems


def main():
    if "--check" not in sys.argv:
        slugs = [m["slug"] for m in REG]
        dup = {s for s in slugs if slugs.count(s) > 1}
        assert not dup, dup
        order = list(range(len(REG)))
        random.Random(20261203).shuffle(order)
        for lab in LABELS:
            d = os.path.join(HERE, lab)
            os.makedirs(d, exist_ok=True)
            for fn in os.listdir(d):
                if fn.endswith(".eml"):
                    os.remove(os.path.join(d, fn))
        rows = ["file\tlabel\treason"]
        for num, idx in enumerate(order, 1):
            m = REG[idx]
            global _BSTYLE
            _BSTYLE = 0
            _CUR["slug"] = m["slug"]
            data = m["fn"]()
            fn = "%03d-%s.eml" % (num, m["slug"])
            with open(os.path.join(HERE, m["label"], fn), "wb") as f:
                f.write(data)
            assert "\t" not in m["reason"] and "\n" not in m["reason"]
            rows.append("%s\t%s\t%s" % (fn, m["label"], m["reason"]))
        rows.sort(key=lambda r: r[:3] if r[0].isdigit() else "")
        with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(rows) + "\n")
        langs = {}
        for m in REG:
            langs[m["lang"]] = langs.get(m["lang"], 0) + 1
        print("languages:", dict(sorted(langs.items(), key=lambda kv: -kv[1])))
        nonen = sum(v for k, v in langs.items() if k != "en")
        print("non-English: %d of %d" % (nonen, len(REG)))
    probs = check_all()
    for p in probs:
        print("PROBLEM", p)
    if probs:
        sys.exit(1)
    print("all files check out")


# ===========================================================================
# MESSAGES.  English, label none (traps first)
# ===========================================================================
@reg("none", "trap-glove-order-confirmation", "supply order with order/PO numbers, ship-to ZIP and clinical product names; no patient", struct_="alternative")
def _():
    txt = """Thank you for your order, Eastmere Family Practice!

Order number: SO-2026-0048812
PO: EFP-11/19-07
Placed: November 19, 2026 by Dana Whitlock

  Qty  Item                                            SKU          Price
  20   Nitrile exam gloves, powder-free, M (100/bx)    GLV-NM-100M  $6.40
  10   Nitrile exam gloves, powder-free, L (100/bx)    GLV-NM-100L  $6.40
   4   Specimen cups, 4 oz, sterile, screw cap (100)   SPC-4OZ-ST   $18.75
   2   Sharps container, 2 gal, red                    SHR-2G-RD    $7.10
   1   Alcohol prep pads, medium (200/bx)              APP-200      $3.95

Subtotal: $296.35   Shipping: FREE   Tax: $0.00
Ship to: Eastmere Family Practice, 4410 Larkspur Ave Ste 2, Dover Plains, NY 12522

Estimated delivery: Nov 21-24. You will get a tracking e-mail when the order leaves
our Columbus warehouse.

Questions? Reply to this message or call 555-0143.
MedSupply Direct - orders@medsupply.example.com
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Thank you for your order, <b>Eastmere Family Practice</b>!</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Order number</td><td><b>SO-2026-0048812</b></td></tr>
<tr><td>PO</td><td>EFP-11/19-07</td></tr>
<tr><td>Placed</td><td>November 19, 2026 by Dana Whitlock</td></tr>
</table>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Qty</th><th>Item</th><th>SKU</th><th>Price</th></tr>
<tr><td>20</td><td>Nitrile exam gloves, powder-free, M (100/bx)</td><td>GLV-NM-100M</td><td>$6.40</td></tr>
<tr><td>10</td><td>Nitrile exam gloves, powder-free, L (100/bx)</td><td>GLV-NM-100L</td><td>$6.40</td></tr>
<tr><td>4</td><td>Specimen cups, 4 oz, sterile, screw cap (100)</td><td>SPC-4OZ-ST</td><td>$18.75</td></tr>
<tr><td>2</td><td>Sharps container, 2 gal, red</td><td>SHR-2G-RD</td><td>$7.10</td></tr>
<tr><td>1</td><td>Alcohol prep pads, medium (200/bx)</td><td>APP-200</td><td>$3.95</td></tr>
</table>
<p>Subtotal: $296.35 &middot; Shipping: FREE &middot; Tax: $0.00<br>
Ship to: Eastmere Family Practice, 4410 Larkspur Ave Ste 2, Dover Plains, NY 12522</p>
<p>Estimated delivery: Nov 21&ndash;24.</p>
<p style="color:#777">MedSupply Direct &middot; 555-0143</p>
</body></html>
"""
    return mk(("MedSupply Direct", "orders@medsupply.example.com"),
              ("Dana Whitlock", "dwhitlock@eastmere-fp.example.org"),
              "Order SO-2026-0048812 confirmed", MP("alternative", T(txt), H(html)),
              dt("2026-11-19 14:02", "-0500"))


@reg("none", "trap-courier-tracking-specimen-mailers", "shipment notice with tracking numbers for empty UN3373 mailers; no patient")
def _():
    body = """Your shipment is on its way.

Shipper:     Bellweather Reference Laboratory - Supply Dept
Consignee:   Quillan Valley Urgent Care, Receiving
             88 Cutter Road, Millbrook, OR 97031

Tracking      Pieces  Contents
QX4471902268  2       UN3373 Biological Substance Cat. B mailers (empty), 50/case
QX4471902275  1       Phlebotomy tube racks, 13x75, 10/pk
QX4471902282  1       Requisition forms (carbon-less), 2 pads

Service: Ground, signature not required
Ship date: 10/27/2026   Scheduled delivery: 10/29/2026 by end of day

Need to change delivery? Use the tracking page:
https://track.courier.example.net/?n=QX4471902268

This is an automated notification; replies are not monitored.
"""
    return mk(("Courier Notifications", "no-reply@track.courier.example.net"),
              "receiving@quillanvalley-uc.example.org",
              "Shipment notification: 3 pieces from Bellweather Reference Laboratory",
              T(body, cte="7bit"), dt("2026-10-27 06:41", "-0700"))


@reg("none", "trap-interface-error-uuids", "interface error report with UUIDs, HL7 field names and message counts; no patient data", struct_="mixed:text-log")
def _():
    body = """Hi all,

Overnight run of the ADT/ORU interface engine threw more errors than usual. Summary:

  channel                 msgs in   errors   top error
  ADT_IN_LINDEN           18,442    37       PID-3 repetition missing assigning authority
  ORU_OUT_BELLWEATHER      9,107    112      OBX-5 exceeds 4000 chars (truncated)
  SIU_IN_SCHEDULING        2,310    4        SCH-11 timing quantity unparseable

All of the ORU_OUT errors came from the same upstream instrument interface after the
02:10 restart. I re-queued them at 07:45 and they went through. The ADT ones are the
old MPI problem (facility code LRMG vs LRMG01), ticket INC-204877 is open with the
vendor.

Error IDs are in the attached log extract, no message bodies included (I stripped
them per the usual rule). Correlation IDs if you want to look them up in the engine:

  7c1e4f0a-93b2-4d7e-9a51-2f6b8e0c11d4
  e2b9a6d3-0f4c-4a8e-b7d1-55c3f9a2e870
  4a0d3c92-18e7-4f65-8c2b-9e7a61d0b3f5

Ping me if the counts look off to you.

Raj Castellanos
Integration Analyst, Clinical Systems
Linden Ridge Medical Group | 555-0117
"""
    log = """2026-11-04T02:10:14.201Z WARN  ORU_OUT_BELLWEATHER id=7c1e4f0a-93b2-4d7e-9a51-2f6b8e0c11d4 OBX-5 length 5120 > 4000; truncated
2026-11-04T02:10:14.388Z WARN  ORU_OUT_BELLWEATHER id=e2b9a6d3-0f4c-4a8e-b7d1-55c3f9a2e870 OBX-5 length 4410 > 4000; truncated
2026-11-04T03:22:51.017Z ERROR ADT_IN_LINDEN       id=4a0d3c92-18e7-4f65-8c2b-9e7a61d0b3f5 PID-3.4 empty (assigning authority required)
2026-11-04T04:05:09.650Z ERROR SIU_IN_SCHEDULING   id=91f3aa07-6c2d-4b1e-8f03-d4e5b6a7c8d9 SCH-11 '20261104^^30' not TQ
2026-11-04T07:45:00.000Z INFO  ORU_OUT_BELLWEATHER requeue batch=112 status=OK
"""
    return mk(("Raj Castellanos", "rcastellanos@lindenridge.example.org"),
              [("Clinical Systems Team", "clinsys@lindenridge.example.org")],
              "Interface errors overnight 11/4 - mostly ORU truncation",
              MP("mixed", T(body), A(log, "text/plain", "engine-errors-20261104.log", cte="7bit", cs="us-ascii")),
              dt("2026-11-04 08:12", "-0600"))


@reg("none", "trap-hl7-training-sample-adt", "HL7 ADT sample clearly marked as training data (MSH-11=T, ZZTEST patient); no real patient", struct_="mixed:hl7")
def _():
    msg = hl7(
        "MSH|^~\\&|TRAINER|LRMG_TRAIN|ENGINE|LRMG_TRAIN|20261015093000||ADT^A04^ADT_A01|TRN000184|T|2.5.1",
        "EVN|A04|20261015093000",
        "PID|1||TRN-0000001^^^TRAIN^MR||ZZTEST^TRAINING^ALPHA||19000101|U|||1 TEST STREET^^NOWHERE^ZZ^00000",
        "PV1|1|O|TRAIN^^^LRMG_TRAIN||||0000000000^DOCTOR^TRAINING|||||||||||TRNV0001",
        "NTE|1||TRAINING MESSAGE - NOT A PATIENT - DO NOT ROUTE TO PRODUCTION")
    body = """Team,

For Thursday's interface bootcamp please load the attached sample into your sandbox
channel before the session. It is the standard training ADT^A04 - MSH-11 is "T", the
patient is ZZTEST^TRAINING^ALPHA with the 1900-01-01 birth date, and the NTE segment
says it should never reach production. If your sandbox rejects it on PV1-7, that is
expected and it's the first exercise.

Bring a laptop with the HL7 inspector installed.

- Maribel
"""
    return mk(("Maribel Ostrowski", "mostrowski@lindenridge.example.org"),
              "interface-bootcamp@lindenridge.example.org",
              "Bootcamp prep: training ADT sample (not production data)",
              MP("mixed", T(body, cte="7bit", cs="us-ascii"),
                 A(msg, "application/hl7-v2", "TRAINING_ADT_A04_sample.hl7")),
              dt("2026-10-13 16:30", "-0600"))


@reg("none", "trap-fhir-sandbox-synthetic-bundle", "vendor sandbox FHIR bundle tagged SYNTHETIC with an obviously fake patient; test data", struct_="mixed:fhir")
def _():
    bundle = {
        "resourceType": "Bundle", "type": "collection",
        "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "sandbox-0001",
                          "meta": {"tag": [{"code": "SYNTHETIC"}]},
                          "name": [{"family": "Sandbox", "given": ["Test", "Zulu"]}],
                          "birthDate": "1901-01-01", "gender": "unknown"}},
            {"resource": {"resourceType": "Condition", "id": "sandbox-cond-1",
                          "subject": {"reference": "Patient/sandbox-0001"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9", "display": "Type 2 diabetes mellitus without complications"}]},
                          "note": [{"text": "Synthetic record for connector certification. Not a real person."}]}}]}
    body = """Hello Priya,

As discussed on the certification call, here is the sample payload our connector
sends to your /Bundle endpoint. Everything in it comes from our public sandbox
(tenant "cert-sbx-02"): the Patient resource is the synthetic "Test Zulu Sandbox"
record that every customer sees, and the bundle carries the HTEST security tag.

If your validator needs the US Core profile URLs in meta.profile, let me know and I
will regenerate it. Our next certification slot is Dec 9.

Best,
Gustavo Ferreira-Luz
Solutions Engineer, Tessellate Health APIs
"""
    return mk(("Gustavo Ferreira-Luz", "gustavo@tessellate-api.example.com"),
              ("Priya Santangelo", "psantangelo@quillanvalley.example.org"),
              "Connector certification - sample Bundle (sandbox data)",
              MP("mixed", T(body), A(fjson(bundle), "application/fhir+json", "sandbox-bundle-cert-sbx-02.json")),
              dt("2026-11-24 11:05", "-0300"))


@reg("none", "trap-qc-levey-jennings-csv", "analyzer QC control values in CSV (lots, levels, means, SD); no patient", struct_="mixed:csv")
def _():
    rows = [["date", "analyzer", "control_lot", "level", "analyte", "value", "unit", "mean", "sd", "rule"]]
    r = random.Random(77)
    for day in range(1, 15):
        for lvl, mean, sd in (("1", 4.10, 0.08), ("2", 6.45, 0.11)):
            v = round(r.gauss(mean, sd), 2)
            rule = "1-2s" if abs(v - mean) > 2 * sd else ""
            rows.append(["2026-10-%02d" % day, "CHEM-2", "QC8841-%s" % lvl, lvl, "K", "%.2f" % v, "mmol/L", "%.2f" % mean, "%.2f" % sd, rule])
    body = """Bernadette,

Potassium QC on CHEM-2 for the first two weeks of October is attached. Level 2 drifted
up after the reagent lot change on the 9th but stayed inside 2SD except one 1-2s
warning on the 11th (accepted, repeat in range). No 2-2s or R-4s violations.

I'd still like the field engineer to look at the ISE module on the next PM visit.

Ken
"""
    return mk(("Ken Thorsby", "kthorsby@bellweather-lab.example.com"),
              ("Bernadette Iwu", "biwu@bellweather-lab.example.com"),
              "CHEM-2 K+ QC Oct 1-14 (Levey-Jennings data)",
              MP("mixed", T(body, cte="7bit", cs="us-ascii"), A(csvtext(rows), "text/csv", "CHEM2_K_QC_2026-10-01_14.csv", cte="7bit", cs="us-ascii")),
              dt("2026-10-15 07:58", "-0500"))


@reg("none", "trap-staff-roster-oncology-unit", "nursing staff roster with employee IDs and extensions on an oncology unit; staff, not patients", struct_="mixed:csv")
def _():
    rows = [["employee_id", "name", "role", "shift", "ext", "dec_01", "dec_02", "dec_03", "dec_04"]]
    ppl = people(18, "roster4w")
    roles = ["RN", "RN", "RN", "CNA", "RN Charge", "LPN"]
    for i, p in enumerate(ppl):
        r = p["rnd"]
        rows.append(["E%06d" % r.randint(100000, 999999), "%s %s" % (p["first"], p["last"]), roles[i % 6],
                     r.choice(["D", "N", "E"]), "x%04d" % (4100 + i), r.choice(["X", "", "X"]), r.choice(["X", ""]), r.choice(["", "X"]), r.choice(["X", "OFF"])])
    body = """Hi 4 West,

December week 1 roster attached. Three changes from the draft:
 - Lorna and Kwabena swapped 12/3 nights
 - the float pool RN covers 12/2 days (name TBD)
 - chemo-certified coverage is now two per shift on days

Please check your row and tell me by Friday if anything is wrong. Requests for the
holiday block go through the scheduling app, not e-mail.

Thanks!
Halima Oyelaran, RN, MSN
Nurse Manager, 4 West Oncology/Hematology
St. Brennan's Hospital | x4100 | 555-0129
"""
    return mk(("Halima Oyelaran", "hoyelaran@stbrennans.example.org"),
              "4west-staff@stbrennans.example.org", "4W roster - week of 12/1",
              MP("mixed", T(body), A(csvtext(rows), "text/csv", "4W_roster_2026-12-01.csv", cs="utf-8")),
              dt("2026-11-25 13:37", "-0500"))


@reg("none", "trap-phishing-mailbox-quota", "phishing imitation of hospital IT (mailbox quota); no health content", struct_="html")
def _():
    html = """<html><body>
<div style="font-family:Segoe UI,Arial;font-size:14px">
<p><img src="https://cdn.stbrennans-it.example.net/logo.png" alt="St. Brennan's IT"></p>
<p>Dear Staff,</p>
<p>Your mailbox has reached <b>98%</b> of its storage limit. Incoming messages,
including <b>patient portal</b> and <b>lab notifications</b>, will be rejected after
<b>24 hours</b>.</p>
<p>To avoid interruption please validate your account now:</p>
<p><a href="https://stbrennans-mail-validate.example.net/owa/login?id=88213">Validate Mailbox</a></p>
<p>Failure to validate will result in permanent deactivation as per HIPAA Security Policy 4.2.</p>
<p>IT Service Desk<br>St Brennans Hospital</p>
</div></body></html>
"""
    return mk(("IT Service Desk", "it-servicedesk@stbrennans-mail-validate.example.net"),
              "undisclosed-recipients:;", "ACTION REQUIRED: Mailbox Storage 98% Full - Validate Within 24hrs",
              H(html, cs="iso-8859-1"), dt("2026-09-08 03:14", "+0000"))


@reg("none", "trap-phishing-payroll-hold", "phishing imitation about a payroll hold with an employee ID; no health content")
def _():
    body = """Hello,

We were unable to process your payroll direct deposit for the 11/28/2026 cycle.
Employee ID: 0048817   Reference: PR-HOLD-77120

Please confirm your banking information within 12 hours to release the payment:
http://payroll-verify.example.net/hr/confirm?ref=PR-HOLD-77120

If you have already confirmed, ignore this notice.

Human Resources Payroll Department
"""
    return mk(("HR Payroll Department", "payroll@hr-payroll-notice.example.net"),
              "staff@cobaltbayhealth.example.org", "Payroll Deposit On Hold - Immediate Action Needed",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-11-27 22:51", "+0100"))


@reg("none", "trap-auto-insurance-windshield-claim", "car insurance claim (windshield, claim number, adjuster); no injury, no health care")
def _():
    body = """Hi Mr. Pemberton,

Thanks for reporting the damage to your 2021 Subaru Outback. Here's where things stand
on claim AC-5518-20417:

- Loss date: 11/02/2026, rock strike on I-84, windshield cracked (driver side)
- Coverage: comprehensive, $100 glass deductible
- Repair: mobile glass service booked for Tuesday 11/10 between 8 and 12 at your home,
  2210 Ridgeline Ct, Hood River OR 97031
- No injuries were reported, so there is no medical payments portion on this claim.

Your ADAS camera will need recalibration after the glass is replaced; the shop does that
on site and it is covered.

If you need a rental, reply here and I can add it (not included in your policy by
default).

Kind regards,
Jolene Fairweather
Claims Specialist, Evergreen Mutual Auto
555-0166 ext 2
"""
    return mk(("Jolene Fairweather", "jfairweather@evergreenmutual.example.com"),
              ("Conrad Pemberton", "c.pemberton@mail.example.net"),
              "Your claim AC-5518-20417 - glass repair scheduled",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-11-05 10:20", "-0800"))


@reg("none", "trap-home-insurance-roof-adjuster", "homeowner's insurance claim with claim number and adjuster visit date; property only")
def _():
    body = """Dear Ms. Albrecht,

Claim number: HO-26-0091433
Policy: HMP-7740219
Date of loss: 09/29/2026 (wind/hail)

An independent adjuster, Tom Ekwueme, will inspect the roof and the north-facing siding
on Monday, October 12, between 1:00 and 3:00 p.m. Please make sure he can get into the
attic. Photos you took on the day of the storm are helpful; you can upload them through
the claim portal.

If the inspection confirms hail damage, the estimate will be based on replacement cost
less your $1,500 deductible. Temporary tarping costs are reimbursable - keep the receipt.

Sincerely,
Property Claims Unit
Hearthstone Home Insurance Co.
1-555-0134
"""
    return mk(("Hearthstone Property Claims", "claims@hearthstone-home.example.com"),
              ("Ilse Albrecht", "ilse.albrecht@mail.example.org"),
              "Inspection scheduled - claim HO-26-0091433",
              T(body, cs="windows-1252", cte="qp"), dt("2026-10-06 09:00", "-0500"))


@reg("none", "trap-vet-dental-estimate-dog", "veterinary estimate with a dog's bloodwork and anaesthesia; pet care, not human health care", struct_="mixed:pdf")
def _():
    p = pdf(["Cedar Hollow Animal Hospital - Treatment Estimate", "",
             "Client: Rhea Halloran      Patient: Biscuit (canine, beagle, 9 y, 13.2 kg)",
             "Estimate #E-31877   Valid 30 days", "",
             "Pre-anaesthetic bloodwork (CBC, chem 10) ........ $148.00",
             "General anaesthesia, 60 min + monitoring ......... $312.00",
             "Dental radiographs, full mouth ................... $185.00",
             "Scaling and polishing ............................ $120.00",
             "Extractions (est. 2-3, surgical) ................. $240.00 - $360.00",
             "Carprofen 25 mg, 7 tablets to go home ............ $21.50",
             "", "Total (low - high): $1,026.50 - $1,146.50"], title="Estimate E-31877")
    body = """Hi Rhea,

Biscuit's estimate for the dental on the 17th is attached. His pre-op blood work from
last week looked fine (ALT and kidney values normal for his age), so Dr. Haverford is
happy to go ahead.

Please don't feed him after 10 pm the night before; water is OK until morning. Drop-off
is 7:30-8:00.

Cedar Hollow Animal Hospital
555-0188
"""
    return mk(("Cedar Hollow Animal Hospital", "frontdesk@cedarhollowvet.example.com"),
              ("Rhea Halloran", "rhea.halloran@mail.example.com"),
              "Biscuit - dental estimate and pre-op instructions",
              MP("mixed", T(body, cs="us-ascii", cte="7bit"), A(p, "application/pdf", "Estimate_E-31877_Biscuit.pdf")),
              dt("2026-11-10 17:45", "-0500"))


@reg("none", "trap-be-patient-ehr-upgrade", "IT downtime notice ('please be patient', MAR, patient lists); no individual")
def _():
    body = """ALL USERS - PLANNED EHR UPGRADE SATURDAY 11/21

The EHR will be upgraded to version 2026.3 this Saturday. Expect:

  00:00-00:30  read-only mode (you can view charts, not sign notes)
  00:30-03:00  full downtime - use the downtime computers on each unit
  03:00-04:00  system back, slower than normal while caches rebuild

During downtime use paper MARs and the downtime patient lists printed at 23:30. Orders
written on paper must be back-entered by the unit clerk after go-live.

We know the timing is tough for night shift. Please be patient with the super-users
walking the floors - they will be answering questions from 03:00 until 08:00.

Problems after 04:00: call the command center at 555-0100, do not open a ticket.

Clinical Informatics
Cobalt Bay Health
"""
    return mk(("Clinical Informatics", "informatics@cobaltbayhealth.example.org"),
              "all-users@cobaltbayhealth.example.org",
              "PLANNED DOWNTIME Sat 11/21 00:00-04:00 - EHR upgrade",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-11-18 12:00", "-0800"),
              extra=[("Importance", "high"), ("X-Priority", "1")])


@reg("none", "trap-direct-deposit-change-confirmation", "HR confirmation of a bank account change with employee ID; no health content")
def _():
    body = """Hi Tariq,

This confirms the change to your direct deposit you submitted on 11/12:

  Employee ID:   204-88-193
  Old account:   ******4470 (Harbor Credit Union)
  New account:   ******0912 (routing 0210000XX, checking)
  Effective:     pay date 11/28/2026

Your first deposit to the new account will be a normal deposit, not a pre-note. If you
did not request this change, call Payroll at 555-0152 right away.

Payroll Services
Marrowfield Clinic
"""
    return mk(("Payroll Services", "payroll@marrowfield.example.org"),
              ("Tariq Mbeki-Ross", "tmbekiross@marrowfield.example.org"),
              "Direct deposit change confirmed",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-11-13 09:44", "-0600"))


@reg("none", "trap-coworker-birthday-dob", "office birthday note with a coworker's date of birth; no health content")
def _():
    body = """Psst -- not to Anselm!

Anselm turns 40 on Thursday (born 11/26/1986, HR confirmed so don't argue with me).
We're doing a cake in the billing office break room at 3:15. I'm collecting $5 for
the card and a gift card to that ramen place he won't stop talking about.

Venmo or cash to me by Wednesday. Also: he's vegan now, so the cake is from
the place on Main.

Keisha
"""
    return mk(("Keisha Brannigan", "kbrannigan@quillanvalley.example.org"),
              [("Billing Office", "billing-team@quillanvalley.example.org")],
              "shhh - Anselm's 40th on Thu",
              T(body, cs="utf-8", cte="7bit"), dt("2026-11-23 10:02", "-0800"))


@reg("none", "trap-oncology-summit-invite", "conference invitation listing drugs, cancers and CME; no individual", struct_="alternative")
def _():
    txt = """Pacific Northwest Oncology Summit 2027
February 18-20, 2027 | Riverside Convention Center, Spokane WA

Keynotes
 - Bispecific antibodies in relapsed myeloma: where we are in 2027
 - ctDNA-guided adjuvant therapy in stage II colon cancer
 - Managing immune-related adverse events from checkpoint inhibitors

Workshops: CAR-T referral logistics, oral chemotherapy adherence, survivorship clinics.

Up to 14.5 CME / 12 ANCC contact hours. Early registration ends January 8.

Register: https://pnwos.example.org/2027
Questions: events@pnwos.example.org | 555-0171
"""
    html = """<html><head><meta charset="utf-8"></head><body>
<h2 style="color:#2b4a7a">Pacific Northwest Oncology Summit 2027</h2>
<p><b>February 18&ndash;20, 2027</b> &middot; Riverside Convention Center, Spokane WA</p>
<h3>Keynotes</h3>
<ul>
<li>Bispecific antibodies in relapsed myeloma: where we are in 2027</li>
<li>ctDNA-guided adjuvant therapy in stage II colon cancer</li>
<li>Managing immune-related adverse events from checkpoint inhibitors</li>
</ul>
<p>Workshops: CAR&#8209;T referral logistics, oral chemotherapy adherence, survivorship clinics.</p>
<p>Up to <b>14.5 CME</b> / 12 ANCC contact hours. Early registration ends January 8.</p>
<p><a href="https://pnwos.example.org/2027">Register now</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you attended PNWOS 2026.
<a href="https://pnwos.example.org/unsub">Unsubscribe</a></p>
</body></html>
"""
    return mk(("PNW Oncology Summit", "events@pnwos.example.org"),
              ("Dr. Lucia Marchetti", "lmarchetti@stbrennans.example.org"),
              "Save the date: PNW Oncology Summit, Feb 18-20 2027 (14.5 CME)",
              MP("alternative", T(txt), H(html, cte="base64")), dt("2026-11-02 15:30", "-0800"),
              extra=[("List-Unsubscribe", "<https://pnwos.example.org/unsub>")])


@reg("none", "trap-hipaa-policy-revision-pdf", "policy document (minimum necessary, PHI handling) in a Flate PDF; no individual", struct_="mixed:pdf-flate")
def _():
    p = pdf([["Marrowfield Clinic - Policy PR-112 (rev. 4)", "Minimum Necessary Use and Disclosure of PHI", "",
              "1. Purpose", "   Workforce members use, disclose and request only the minimum PHI needed.",
              "2. Scope", "   All departments, including billing, scheduling and research.",
              "3. Definitions", "   PHI: individually identifiable health information, e.g. name,",
              "   MRN, date of birth combined with a diagnosis or service date.",
              "4. Procedure", "   4.1 Role-based access profiles are reviewed every 12 months.",
              "   4.2 Disclosures for payment use the claim number, not the full record."],
             ["5. Examples (fictitious)", "   Acceptable: 'Patient [NAME], MRN [MRN], needs a PA for [CPT].'",
              "   Not acceptable: forwarding the whole chart to a payer.", "",
              "6. Sanctions", "   Per HR policy HR-40.", "", "Approved: Compliance Committee, 2026-11-16"]],
            flate=True, title="PR-112 rev 4")
    body = """All,

Revision 4 of PR-112 (Minimum Necessary) was approved by the Compliance Committee on
Monday and takes effect December 1. Main change: section 4.2 now requires claim numbers
rather than full records for payer requests. The redline is on the intranet; the
clean copy is attached.

Annual attestation will open in the LMS on 12/1 and close 12/31.

Compliance Office
"""
    return mk(("Compliance Office", "compliance@marrowfield.example.org"),
              "all-workforce@marrowfield.example.org", "Policy PR-112 rev 4 (Minimum Necessary) effective 12/1",
              MP("mixed", T(body, cte="7bit", cs="us-ascii"), A(p, "application/pdf", "PR-112_rev4_clean.pdf")),
              dt("2026-11-18 08:05", "-0600"))


@reg("none", "trap-ehr-release-notes-mrn-search", "software release notes mentioning MRN search, allergy banner and a TEST patient; no real patient", struct_="html")
def _():
    html = """<html><body style="font-family:Helvetica,Arial">
<h1>ChartWell 24.3 &ndash; Release Notes</h1>
<p>Release date: 2026-10-20 &middot; Build 24.3.0.1187</p>
<h2>Fixed</h2>
<ul>
<li><b>CW-8812</b> MRN search returned no results when the MRN had a leading zero (e.g. <code>0004471</code>).</li>
<li><b>CW-8790</b> Allergy banner did not refresh after an allergy was marked &quot;entered in error&quot;.</li>
<li><b>CW-8764</b> Medication reconciliation screen froze with more than 60 home medications.</li>
<li><b>CW-8701</b> Date of birth displayed in UTC instead of local time for users east of GMT.</li>
</ul>
<h2>New</h2>
<ul>
<li>Problem list can be filtered by ICD-10 chapter.</li>
<li>Lab flowsheet now shows LOINC codes on hover.</li>
</ul>
<h2>Known issues</h2>
<ul>
<li>On the demo tenant the sample chart &quot;TEST, JOHN Q&quot; (MRN 0000001) shows two primary care providers. Cosmetic only.</li>
</ul>
<p>Questions: <a href="mailto:support@chartwell.example.com">support@chartwell.example.com</a></p>
</body></html>
"""
    return mk(("ChartWell Release Management", "releases@chartwell.example.com"),
              "customer-admins@lists.chartwell.example.com", "ChartWell 24.3 release notes",
              H(html), dt("2026-10-20 18:00", "+0000"),
              extra=[("List-Id", "ChartWell customer admins <customer-admins.lists.chartwell.example.com>")])


@reg("none", "trap-pharma-migralux-detail-email", "pharma marketing for a fictional migraine drug with dosing and safety text; no individual", struct_="related:alternative+png")
def _():
    txt = """For US healthcare professionals only

MIGRALUX (rimegavant*) 75 mg orally disintegrating tablets
Now on formulary with most commercial plans in your region

In the LUMEN-2 trial, 41% of patients were pain-free at 2 hours vs 22% with placebo.
Most common adverse reactions (>=2%): nausea, somnolence.

Important Safety Information: Do not use with strong CYP3A4 inhibitors. Hypersensitivity
reactions, including dyspnoea and rash, have occurred. See full Prescribing Information.

Order samples or request a visit from your MIGRALUX representative:
https://hcp.migralux.example.com/samples

*fictional product. Unsubscribe: https://hcp.migralux.example.com/u
"""
    html = """<html><body style="margin:0;background:#f2f0fa">
<table width="600" align="center" style="background:#fff;font-family:Verdana;font-size:13px">
<tr><td style="padding:20px;background:#5b3a9e;color:#fff"><img src="cid:logo-mlx@migralux.example.com" width="8" height="8" alt=""> <b>MIGRALUX</b> (rimegavant*) 75&nbsp;mg ODT</td></tr>
<tr><td style="padding:20px">
<p>Now on formulary with most commercial plans in your region.</p>
<p style="font-size:22px;color:#5b3a9e"><b>41%</b> pain-free at 2&nbsp;hours vs 22% placebo</p>
<p>Most common adverse reactions (&ge;2%): nausea, somnolence.</p>
<p><a href="https://hcp.migralux.example.com/samples">Order samples</a></p>
<p style="font-size:10px">IMPORTANT SAFETY INFORMATION: Do not use with strong CYP3A4 inhibitors.
Hypersensitivity reactions, including dyspnoea and rash, have occurred.
*fictional product.</p>
</td></tr></table></body></html>
"""
    return mk(("MIGRALUX HCP", "hcp@migralux.example.com"),
              ("Dr. Ignacio Villalobos", "ivillalobos@eastmere-fp.example.org"),
              "Pain-free at 2 hours: MIGRALUX now on your formulary",
              MP("related", MP("alternative", T(txt, cte="qp"), H(html, cte="qp")),
                 A(png(8, 8, (91, 58, 158)), "image/png", "logo.png", disp="inline", cid="logo-mlx@migralux.example.com"),
                 params=['type="multipart/alternative"']), dt("2026-09-15 13:00", "-0400"))


@reg("none", "trap-job-posting-addiction-counselor", "job advertisement mentioning methadone, OUD and 42 CFR Part 2; no individual")
def _():
    body = """NOW HIRING: Substance Use Disorder Counselor II (full time)
Riverbend Recovery Services - Outpatient Opioid Treatment Program

About the role
You will carry a caseload of about 45 adults in our methadone and buprenorphine
programme, run two IOP groups a week, and coordinate with primary care and probation.

Requirements
 - state CADC-II or LADC (or eligible within 6 months)
 - 2+ years in OUD treatment; familiarity with contingency management
 - working knowledge of 42 CFR Part 2 consent and redisclosure rules
 - bilingual English/Spanish a plus

Pay $58,000-$66,000, sign-on bonus $2,000, loan repayment eligible.

Apply by December 15: careers.riverbend.example.org/job/4471
Questions: Marisol Castellanos, Talent Acquisition, 555-0138

Riverbend Recovery Services is an equal opportunity employer.
"""
    return mk(("Riverbend Careers", "careers@riverbend.example.org"),
              "jobs-digest@counselors-network.example.net",
              "Job: SUD Counselor II - OTP, full time (closes 12/15)",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-11-20 07:30", "-0700"))


@reg("none", "trap-reminder-template-placeholders", "appointment-reminder template with {{placeholders}} only; no real person")
def _():
    body = """Hi Anneke,

Below is the reminder template as it stands after legal review. Please load it as
template ID APPT-REM-SMS-07 in the staging tenant only. Placeholder syntax is
unchanged from v6.

-----8<-----
Hi {{patient.first_name}}, this is {{practice.name}}. Reminder: you have an
appointment with {{provider.display_name}} ({{department}}) on {{appt.date|MMM d}}
at {{appt.time}}. Reply C to confirm, R to reschedule. Bring your insurance card.
Msg&data rates may apply. Reply STOP to opt out.
-----8<-----

Character count with typical values is about 240, so it will go as two segments.
Marketing wants the department dropped for the behavioural health and OB clinics -
I'm adding a conditional for that in v8.

Thanks,
Desmond Achterberg
Patient Engagement Platform, Vantive Messaging
"""
    return mk(("Desmond Achterberg", "desmond@vantive-msg.example.com"),
              ("Anneke Strand", "astrand@lindenridge.example.org"),
              "APPT-REM-SMS-07 template text (staging)",
              T(body), dt("2026-10-29 14:51", "+0100"))


@reg("none", "trap-tumor-board-reschedule", "meeting logistics for a tumour board, no cases or patients listed")
def _():
    body = """Colleagues,

Because of the Thanksgiving holiday, the multidisciplinary thoracic tumor board moves
from Wednesday 11/25 to Tuesday 11/24, 7:00-8:00 am, Conference Room B (2nd floor,
Cancer Center) and on the video bridge as usual:

   https://meet.stbrennans.example.org/j/4418 ; passcode 771203

Case submissions close Friday 11/20 at noon. Please use the submission form, not
e-mail, so that the coordinator can pull imaging in advance. Pathology has asked for
at least 48 hours for any case needing a slide review.

Breakfast will be provided.

Thank you,
Grace Ricciardi
Tumor Board Coordinator | 555-0155

--
St. Brennan's Hospital. This e-mail may contain confidential patient information
intended only for the named recipient. If you received it in error, please let us
know and delete it; do not forward, print or copy it.
"""
    return mk(("Grace Ricciardi", "gricciardi@stbrennans.example.org"),
              "thoracic-tb@stbrennans.example.org", "Thoracic tumor board moved to TUE 11/24 7am",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-11-16 16:10", "-0500"))


@reg("none", "trap-reagent-invoice-xml", "B2B invoice (XML) for laboratory reagents with invoice and catalogue numbers; no patient", struct_="mixed:xml")
def _():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:example:invoice:1">
  <InvoiceNumber>INV-88120-2026</InvoiceNumber>
  <IssueDate>2026-11-06</IssueDate>
  <Seller><Name>Corvane Diagnostics Supply</Name><TaxID>XX-4471120</TaxID></Seller>
  <Buyer><Name>Bellweather Reference Laboratory</Name><Account>CUST-00917</Account></Buyer>
  <Line n="1"><Item>HbA1c reagent pack, 400 tests</Item><Catalog>CDS-HBA1C-400</Catalog><Qty>6</Qty><Unit>412.00</Unit></Line>
  <Line n="2"><Item>Troponin I hs calibrator set</Item><Catalog>CDS-TNI-CAL</Catalog><Qty>2</Qty><Unit>289.50</Unit></Line>
  <Line n="3"><Item>Hepatitis B surface antigen controls</Item><Catalog>CDS-HBSAG-C</Catalog><Qty>3</Qty><Unit>158.00</Unit></Line>
  <Total currency="USD">3525.00</Total>
  <Terms>Net 45</Terms>
</Invoice>
"""
    body = """Dear Accounts Payable,

Please find attached invoice INV-88120-2026 for the November standing order (XML for
your AP system; PDF copy available on request). Payment terms net 45. Remit to the
lockbox on file.

Regards,
Corvane Diagnostics Supply - Billing
"""
    return mk(("Corvane Billing", "billing@corvane-dx.example.com"),
              "ap@bellweather-lab.example.com", "Invoice INV-88120-2026",
              MP("mixed", T(body, cte="7bit", cs="us-ascii"), A(xml, "application/xml", "INV-88120-2026.xml")),
              dt("2026-11-06 05:12", "+0000"))


@reg("none", "trap-vcard-new-physician-npi", "welcome note with a new physician's vCard (NPI, phone); staff, no patient", struct_="mixed:vcard")
def _():
    n = npi("142837265")
    v = """BEGIN:VCARD
VERSION:3.0
N:Nakashima;Haruto;;Dr.;MD
FN:Dr. Haruto Nakashima, MD
ORG:Linden Ridge Medical Group;Gastroenterology
TITLE:Gastroenterologist
TEL;TYPE=WORK,VOICE:+1-555-0124
TEL;TYPE=FAX:+1-555-0125
EMAIL;TYPE=INTERNET:hnakashima@lindenridge.example.org
ADR;TYPE=WORK:;;700 Birch Hollow Blvd;Tacoma;WA;98402;USA
NOTE:NPI %s. Endoscopy days Tue/Thu.
END:VCARD
""" % n
    body = """Please welcome Dr. Haruto Nakashima, who joins our GI section on December 1. He
trained at a program out east and has a special interest in IBD and advanced
endoscopy. His contact card is attached so referral coordinators can update the
directory.

Clinic days: Mon/Wed/Fri; endoscopy Tue/Thu.

Sabine Quilliam
Practice Administrator, Gastroenterology
"""
    return mk(("Sabine Quilliam", "squilliam@lindenridge.example.org"),
              "referral-coordinators@lindenridge.example.org", "Welcome Dr. Nakashima (GI) - contact card",
              MP("mixed", T(body), A(v, "text/vcard", "Haruto_Nakashima_MD.vcf", cte="7bit", cs="utf-8")),
              dt("2026-11-24 09:30", "-0800"))


@reg("none", "trap-signature-npi-dea-parking", "physician e-mail about parking with NPI/DEA/phone signature; no patient")
def _():
    body = """Hi Facilities,

The gate arm on level 3 of the east garage has been stuck open since Monday and people
without permits are taking the physician spaces. Yesterday I circled for twenty minutes
before clinic. Could someone look at it, or at least put a cone out?

Thanks,

Rosalind Abernathy, MD
Internal Medicine
Marrowfield Clinic
NPI %s | DEA %s
Office 555-0161 | Fax 555-0162

CONFIDENTIALITY NOTICE: This message and any attachments may contain protected
health information (PHI) that is privileged and confidential under HIPAA. If you
are not the intended recipient, notify the sender and delete this message. Any
unauthorized review, use or disclosure is prohibited.
""" % (npi("176540218"), dea("BA", "418263"))
    return mk(("Rosalind Abernathy MD", "rabernathy@marrowfield.example.org"),
              "facilities@marrowfield.example.org", "East garage L3 gate arm broken again",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-10-21 07:12", "-0600"))


@reg("none", "trap-part-number-ssn-format", "procurement e-mail with part numbers formatted like SSNs; no person, no health content")
def _():
    body = """Hi Lonnie,

Quote request for the biomed shop, please:

  part no.      description                                     qty
  410-52-8821   battery pack, 14.4V Li-ion, infusion pump mod 7    12
  410-52-8830   door latch assembly, pump mod 7                     4
  233-07-1145   SpO2 extension cable, 3 m                          10
  233-07-1152   NIBP hose, adult, 3 m                               6

Ship-to is dock 2, 1200 Harbor Way, Bldg C, Port Ellery ME 04011. We need the battery
packs before the December PM cycle, so please flag lead time if it's over 3 weeks.

Best,
Vic Szabo-Kent
Biomedical Engineering, Cobalt Bay Health
"""
    return mk(("Vic Szabo-Kent", "vszabokent@cobaltbayhealth.example.org"),
              ("Lonnie Ormsby", "lonnie@medtech-parts.example.com"),
              "RFQ: pump batteries 410-52-8821 and cables",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-11-03 11:27", "-0500"))


@reg("none", "trap-research-recruitment-flyer", "general study recruitment ad (high blood pressure); no individual", struct_="alternative")
def _():
    txt = """DO YOU HAVE HIGH BLOOD PRESSURE?

Researchers at Quillan Valley Health are looking for adults 40-75 with high blood pressure
who take one or two medicines for it, to join a 12-month study of a home monitoring
programme. Participants get a free blood pressure cuff and up to $300 for their time.

You may NOT be able to join if you have kidney disease on dialysis or are pregnant.

Interested? Call the study line at 555-0147 or visit studies.quillanvalley.example.org/bp-home
IRB protocol QV-2026-118. Participation is voluntary.
"""
    html = "<html><body><h1>Do you have high blood pressure?</h1>" + "".join(
        "<p>%s</p>" % para.replace("\n", " ") for para in txt.split("\n\n")[1:]) + "</body></html>"
    return mk(("QVH Research Office", "research@quillanvalley.example.org"),
              "community-list@quillanvalley.example.org", "Study volunteers needed: blood pressure at home",
              MP("alternative", T(txt), H(html)), dt("2026-09-22 10:00", "-0700"))


@reg("none", "trap-irb-continuing-review-aggregate", "IRB approval with protocol numbers and aggregate enrolment counts only; no subject data")
def _():
    body = """RE: Continuing Review Approval
Protocol: SBH-IRB-2024-0331 "Early mobility after cardiac surgery"
PI: Emeka Ekwueme, MD

The IRB approved the continuing review at its 11/12/2026 convened meeting.

Approval period: 11/12/2026 - 11/11/2027
Risk level: minimal
Enrolment to date: 118 of 150 (CABG 71, valve 39, combined 8)
Withdrawals: 4 (none related to study procedures)
Adverse events reported this period: 0 serious, 3 non-serious (all expected)

Conditions: none. Please use the stamped consent v5.0 dated 11/12/2026 from today.

St. Brennan's Hospital Institutional Review Board
irb@stbrennans.example.org | 555-0170
"""
    return mk(("SBH IRB", "irb@stbrennans.example.org"),
              ("Emeka Ekwueme", "eekwueme@stbrennans.example.org"),
              "Approval: SBH-IRB-2024-0331 continuing review",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-11-13 15:20", "-0500"))


@reg("none", "trap-open-enrollment-benefits", "HR open-enrolment e-mail with plan names, deductibles and member-ID card info; no individual's care")
def _():
    body = """Open Enrollment runs November 2-20!

This is the one time each year you can change your medical, dental and vision plans
without a qualifying life event.

What's new for 2027
- Silver PPO deductible stays at $1,500 single / $3,000 family
- The HDHP employer HSA contribution goes up to $750 / $1,500
- Behavioral health visits are $0 copay on all plans (no change)
- New fertility benefit rider, up to $15,000 lifetime
- New member ID cards will be mailed in late December to everyone, even if you make
  no changes

If you don't log in, you keep your current plan but your FSA election will NOT roll
over - you must re-enroll in the FSA.

Benefits fair: Nov 5, 11am-2pm, main cafeteria. Flu shots available at the fair.

Questions: benefits@cobaltbayhealth.example.org or 555-0148.
"""
    return mk(("CBH Benefits Team", "benefits@cobaltbayhealth.example.org"),
              "all-employees@cobaltbayhealth.example.org", "Open Enrollment is here: Nov 2-20",
              T(body, cs="utf-8", cte="qp"), dt("2026-11-02 07:00", "-0800"))


@reg("none", "trap-dme-price-list-hcpcs-csv", "DME supplier price list CSV with HCPCS codes and product names; no patient", struct_="mixed:csv-semicolon")
def _():
    rows = [["HCPCS", "description", "list_price", "rental_month", "notes"],
            ["E0601", "CPAP device, auto-titrating", "749.00", "62.00", "humidifier E0562 separate"],
            ["E0562", "Heated humidifier", "149.00", "12.50", ""],
            ["A7030", "Full face mask", "118.00", "", "replace 1/3 months"],
            ["A7034", "Nasal mask", "94.00", "", "replace 1/3 months"],
            ["E1390", "Oxygen concentrator, stationary", "1290.00", "178.00", ""],
            ["E0431", "Portable gaseous oxygen system", "", "42.00", ""],
            ["K0001", "Standard wheelchair", "389.00", "38.00", ""],
            ["E0143", "Walker, folding, wheeled", "89.00", "9.50", ""],
            ["E0260", "Hospital bed, semi-electric", "1450.00", "139.00", "delivery incl."]]
    body = """Hi Marta,

2027 price list attached as requested (semicolon-separated, since your import tool
choked on commas in the descriptions last year). Rental rates apply from January 1.

Best regards,
Orrin Medical Supply - Contracts
"""
    return mk(("Orrin Medical Supply", "contracts@orrin-dme.example.com"),
              ("Marta Kowalczyk", "mkowalczyk@pinecrest-hh.example.org"),
              "2027 DME price list",
              MP("mixed", T(body, cte="7bit", cs="us-ascii"),
                 A(csvtext(rows, ";"), "text/csv", "Orrin_DME_pricelist_2027.csv", cte="base64", cs="utf-8")),
              dt("2026-11-30 16:40", "-0500"))


@reg("none", "trap-device-recall-lot-numbers", "device recall notice with lot numbers; no patient injured or identified")
def _():
    body = """URGENT: MEDICAL DEVICE CORRECTION - VOLUMETRIC INFUSION PUMP, MODEL VX-7

Dear Biomedical / Risk Management contact,

Tessaro Infusion Systems is voluntarily correcting VX-7 pumps with software 3.1.0-3.1.4
because the "downstream occlusion" alarm may be delayed by up to 90 seconds when the
rate is below 5 mL/h.

Affected serial ranges: VX7-2204-00001 through VX7-2204-18850; lot codes 22D04-22F19.

No serious injuries have been reported. Until the update (3.1.5) is installed:
  - avoid rates below 5 mL/h for vasoactive or neonatal infusions, or
  - use a syringe pump for those infusions.

Please complete the enclosed response form within 10 business days, even if you have
no affected units.

Tessaro Field Action Team, 1-555-0190
"""
    return mk(("Tessaro Field Action", "fieldaction@tessaro-infusion.example.com"),
              "biomed@stbrennans.example.org", "URGENT Medical Device Correction - VX-7 infusion pump",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-10-08 12:00", "-0400"))


@reg("none", "trap-drug-shortage-bulletin", "pharmacy shortage bulletin with drug names and doses for all prescribers; no patient")
def _():
    body = """P&T SHORTAGE BULLETIN #26-19

1) IV fluids (0.9% NaCl 1000 mL bags): supply at ~60% for at least 6 weeks.
   - Convert IV to PO hydration where possible.
   - Use 500 mL bags for maintenance in adults > 50 kg only when 1000 mL is out.
   - Antibiotic mini-bags: pharmacy will switch eligible drugs to IV push (cefazolin,
     ceftriaxone, meropenem) per the approved list.

2) Methylprednisolone 125 mg vials: on allocation. Dexamethasone IV is the preferred
   alternative for most indications (6 mg dexamethasone ~ 32 mg methylprednisolone).

3) Lorazepam 2 mg/mL injection: back in stock; restrictions lifted.

Questions: the on-call clinical pharmacist, pager 555-0107.
Pharmacy & Therapeutics Committee, Cobalt Bay Health
"""
    return mk(("CBH Pharmacy", "pharmacy-bulletin@cobaltbayhealth.example.org"),
              "prescribers@cobaltbayhealth.example.org", "Shortage bulletin 26-19: IV fluids, methylprednisolone",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-10-30 10:15", "-0800"))


@reg("none", "trap-aggregate-readmission-dashboard", "quality dashboard with aggregate rates by unit; no individual", struct_="html")
def _():
    html = """<html><body>
<p>Hi all &ndash; October numbers are in.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Unit</th><th>Discharges</th><th>30-day readmits</th><th>Rate</th><th>Sepsis bundle compliance</th><th>CLABSI</th></tr>
<tr><td>3 North (Med)</td><td>412</td><td>58</td><td>14.1%</td><td>81%</td><td>0</td></tr>
<tr><td>3 South (Cardiac)</td><td>298</td><td>33</td><td>11.1%</td><td>n/a</td><td>1</td></tr>
<tr><td>4 West (Onc)</td><td>176</td><td>31</td><td>17.6%</td><td>77%</td><td>0</td></tr>
<tr><td>5 East (Surg)</td><td>355</td><td>21</td><td>5.9%</td><td>88%</td><td>0</td></tr>
</table>
<p>HF readmissions dropped for the third month in a row (19 &rarr; 14). 4 West is above target;
their huddle is Thursday. Small numbers &ndash; don't read too much into one month.</p>
<p>Quality &amp; Patient Safety</p>
</body></html>
"""
    return mk(("Quality and Patient Safety", "quality@stbrennans.example.org"),
              "unit-leaders@stbrennans.example.org", "October quality dashboard - readmissions, sepsis, CLABSI",
              H(html, cs="windows-1252", cte="qp"), dt("2026-11-09 08:00", "-0500"))


@reg("none", "trap-teaching-case-unidentified", "grand rounds teaching case with age and findings but no name or identifier; not identifiable")
def _():
    body = """Residents,

Case for Friday's morning report (deliberately de-identified - please keep it that way
if you add to it):

A woman in her late 60s presents with two weeks of fatigue and exertional dyspnoea.
Hb 7.9 g/dL, MCV 112 fL, LDH elevated, haptoglobin undetectable, reticulocytes low.
She takes metformin, lisinopril and omeprazole. Peripheral smear shows hypersegmented
neutrophils.

Questions:
 1. What is the most likely unifying diagnosis?
 2. Which of her medications might be contributing, and how?
 3. What is the risk of giving folate alone?

Come with a differential. Bagels provided.

Dr. Oluwaseun Iwu, Associate Program Director
"""
    return mk(("Oluwaseun Iwu", "oiwu@quillanvalley.example.org"),
              "im-residents@quillanvalley.example.org", "Morning report Friday - macrocytic anemia case",
              T(body, flowed=False), dt("2026-11-11 18:22", "-0800"))


@reg("none", "trap-display-name-behavioral-billing-vendor", "sender display name 'Behavioral Health Billing' writing to a software vendor about a licence invoice; no patient")
def _():
    body = """Hello,

We received invoice 2026-1184 for 14 seats of the clearinghouse module, but our
contract (amendment 3) covers 12 seats at the bundled rate plus 2 seats at $40/month.
The invoice bills all 14 at the standard rate. Could you send a corrected invoice?

Our PO is BH-FIN-0092. Thanks.

Renata Yilmazer
Billing Supervisor
"""
    return mk(("Behavioral Health Billing", "bh-billing@riverbend.example.org"),
              ("Accounts Receivable", "ar@claimbridge.example.com"),
              "Invoice 2026-1184 - seat count does not match contract",
              T(body, cs="us-ascii", cte="7bit"), dt("2026-10-19 13:03", "-0700"))


@reg("none", "trap-forwarded-newsletter-rfc822", "forwarded public-health newsletter as message/rfc822 about flu season; no individual", struct_="mixed:rfc822")
def _():
    inner = mk(("County Health Department", "news@countyhealth.example.gov.test"),
               "subscribers@countyhealth.example.gov.test", "Flu & RSV update, week 46",
               T("""FLU & RSV UPDATE - WEEK 46

Influenza-like illness visits rose to 3.4% of emergency visits (baseline 2.1%).
Influenza A (H3N2) is the predominant strain. RSV hospitalizations among children
under 2 are now declining from a peak in week 43.

Reminders:
 - Antivirals work best within 48 hours of symptom onset; don't wait for test results
   in high-risk patients.
 - Nirsevimab supply is adequate for eligible infants.
 - Long-term care outbreaks must be reported within 24 hours.

County Health Department, Epidemiology Section
"""), dt("2026-11-17 07:00", "-0600"))
    body = """FYI - worth sharing with the front desk so they know why the waiting room is full.

-- Amara
"""
    return mk(("Amara Okonkwo-Bell", "aokonkwobell@eastmere-fp.example.org"),
              "eastmere-staff@eastmere-fp.example.org", "Fwd: Flu & RSV update, week 46",
              MP("mixed", T(body), R(inner, "Flu & RSV update, week 46.eml")),
              dt("2026-11-17 08:40", "-0500"))


@reg("none", "trap-reply-chain-infusion-suite-booking", "reply chain booking the infusion suite for staff training; no patient")
def _():
    body = """Perfect, booked. I've put "IV pump competency - staff only" on the board so no one
schedules chairs 1-4 that afternoon.

Fernando

On Tue, Nov 10, 2026 at 9:14 AM Celestine Tremblay-Roy <ctremblayroy@stbrennans.example.org> wrote:
> Hi Fernando,
>
> Can we borrow the infusion suite (chairs 1-4 and the med room) on Thursday 11/19
> from 1 to 4pm? It's for the annual pump competency check-offs - about 20 nurses
> from 3N and 3S. We'll bring our own practice pumps and saline bags, nothing from
> your stock.
>
> Thanks!
> Celestine
> Clinical Educator | x4421
"""
    return mk(("Fernando Lukashenko-Reyes", "flreyes@stbrennans.example.org"),
              ("Celestine Tremblay-Roy", "ctremblayroy@stbrennans.example.org"),
              "Re: Infusion suite Thu 11/19 1-4pm?", T(body, cte="7bit", cs="us-ascii"),
              dt("2026-11-10 10:02", "-0500"), irt=mid("infusion-suite-q"))


@reg("none", "trap-courier-route-zip-codes", "lab courier route with ZIP codes and stop times; no patients")
def _():
    body = """Route 7 (North) - effective Monday 12/7

Stop  Site                              ZIP    Pickup window
1     Eastmere Family Practice          12522  08:15-08:30
2     Dover Plains Dialysis             12522  08:50-09:00
3     Millbrook Pediatrics              12545  09:25-09:40
4     Amenia Urgent Care                12501  10:10-10:20
5     Wassaic Assisted Living (lab)     12592  10:45-11:00
6     -> hub drop, Poughkeepsie         12601  11:45

Specimens needing frozen transport must be in the blue coolers. Stop 5 moves from the
afternoon route. Drivers: Kyle (M-W), Ana (Th-F).

Dispatch 555-0108
"""
    return mk(("Bellweather Courier Dispatch", "dispatch@bellweather-lab.example.com"),
              "client-services@bellweather-lab.example.com", "Route 7 changes from 12/7",
              T(body, cte="7bit", cs="us-ascii"), dt("2026-11-30 14:00", "-0500"))


@reg("none", "trap-cme-certificate-oud-course", "CME certificate for a physician's own course on opioid use disorder; staff training, no patient", struct_="mixed:pdf")
def _():
    p = pdf(["CERTIFICATE OF COMPLETION", "", "This certifies that", "Ignacio Villalobos, MD",
             "has completed the enduring activity", "\"Treating Opioid Use Disorder in Primary Care: Buprenorphine Basics\"",
             "and is awarded 2.0 AMA PRA Category 1 Credits(TM)", "",
             "Activity ID: CME-26-0419     Date completed: 2026-11-08",
             "Northwest Continuing Medical Education Consortium (fictional)"], title="Certificate CME-26-0419")
    body = """Dear Dr. Villalobos,

Congratulations on completing "Treating Opioid Use Disorder in Primary Care:
Buprenorphine Basics". Your certificate is attached. Credits have been reported to
your board profile and should appear within 30 days.

NWCMEC Learner Services
"""
    return mk(("NWCMEC Learner Services", "learners@nwcmec.example.org"),
              ("Ignacio Villalobos", "ivillalobos@eastmere-fp.example.org"),
              "Your certificate: Treating Opioid Use Disorder in Primary Care",
              MP("mixed", T(body), A(p, "application/pdf", "Certificate_CME-26-0419.pdf")),
              dt("2026-11-08 20:11", "-0500"))


@reg("none", "trap-ics-staff-flu-clinic", "calendar invite for a staff flu-shot clinic; no individual's care", struct_="alternative:ics")
def _():
    cal = ics(["PRODID:-//Example Corp//Calendar 16.0//EN", "VERSION:2.0", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:stafffluclinic-20261014@marrowfield.example.org",
               "DTSTAMP:20261001T150000Z", "DTSTART:20261014T130000Z", "DTEND:20261014T200000Z",
               "SUMMARY:Employee flu vaccine clinic (walk-in)", "LOCATION:Marrowfield Clinic - Conference Rooms 1&2",
               "DESCRIPTION:Walk-in clinic for staff. Bring your badge. Declination forms at the door.",
               "ORGANIZER;CN=Employee Health:mailto:employeehealth@marrowfield.example.org",
               "END:VEVENT"])
    txt = "Employee flu vaccine clinic, Wed 10/14, 8am-3pm, Conference Rooms 1&2. Walk in, bring your badge.\n"
    return mk(("Employee Health", "employeehealth@marrowfield.example.org"),
              "all-workforce@marrowfield.example.org", "Employee flu vaccine clinic - Wed 10/14",
              MP("alternative", T(txt), T(cal, "calendar", cte="7bit", cs="utf-8", params=["method=REQUEST"])),
              dt("2026-10-01 10:00", "-0500"))
# ---- English none, ordinary business mail --------------------------------
@reg("none", "lunch-and-learn-catering", "catering order for a staff lunch; no health content")
def _():
    body = """Hi Bea,

Confirming lunch for Wednesday's lunch-and-learn (12/2, 11:45 delivery, 3rd floor
conference room):

  - 3 trays grilled vegetable wraps
  - 2 trays chicken caesar wraps
  - 1 large green salad, dressing on the side
  - 30 cookies, 30 waters, 2 boxes coffee

Billing to cost centre 4410-ADM, same as last time. 28 people RSVP'd.

Thanks!
Noor
"""
    return mk(("Noor Papadakis", "npapadakis@eastmere-fp.example.org"),
              ("Bea Lindqvist", "orders@greenfork-catering.example.com"),
              "Lunch order for Wed 12/2", T(body, cte="7bit", cs="us-ascii"),
              dt("2026-11-30 09:20", "-0500"))


@reg("none", "budget-review-meeting-invite", "internal finance meeting invitation", struct_="alternative:ics")
def _():
    cal = ics(["PRODID:-//Example//Meeting 1.0//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
               "UID:fy27-budget-rev-3@stbrennans.example.org", "DTSTAMP:20261104T120000Z",
               "DTSTART;TZID=America/New_York:20261112T140000", "DTEND;TZID=America/New_York:20261112T153000",
               "SUMMARY:FY27 capital budget review - round 3", "LOCATION:Admin Boardroom / video",
               "ORGANIZER;CN=Priyanka Whitlock:mailto:pwhitlock@stbrennans.example.org",
               "ATTENDEE;CN=Department Directors:mailto:directors@stbrennans.example.org",
               "DESCRIPTION:Please bring your ranked capital list. Items over $250k need a one-page business case.",
               "END:VEVENT"])
    txt = """Round 3 of the FY27 capital review. Please bring your ranked list; anything over $250k
needs a one-page business case. Video link in the invite.

Priyanka
"""
    return mk(("Priyanka Whitlock", "pwhitlock@stbrennans.example.org"),
              "directors@stbrennans.example.org", "Invitation: FY27 capital budget review - round 3 @ Thu Nov 12 2pm",
              MP("mixed", MP("alternative", T(txt), T(cal, "calendar", cs="utf-8", cte="7bit", params=["method=REQUEST"])),
                 A(cal, "application/ics", "invite.ics")),
              dt("2026-11-04 07:00", "-0500"))


@reg("none", "software-license-renewal-quote", "vendor quote for software licences", struct_="mixed:pdf")
def _():
    p = pdf(["QUOTE Q-2027-0113", "Customer: Quillan Valley Health", "",
             "Dictation server licence, 250 users, 12 months .... $41,250.00",
             "Premium support, 24x7 ............................ $6,187.50",
             "Discount (multi-year) ............................ -$2,400.00",
             "Total ............................................ $45,037.50", "",
             "Valid until 2026-12-31."])
    body = """Hi Ms. Santangelo,

Attached is the renewal quote for the dictation platform. I held last year's per-seat
price; the support line went up 3% as in the master agreement. If you can sign before
December 15 I can also add the 3-year discount.

Cheers,
Wes Rautenbach, Account Executive
Sonoro Voice Systems | 555-0193
"""
    return mk(("Wes Rautenbach", "wes.rautenbach@sonoro.example.com"),
              ("Priya Santangelo", "psantangelo@quillanvalley.example.org"),
              "Renewal quote Q-2027-0113", MP("mixed", T(body), A(p, "application/pdf", "Q-2027-0113.pdf")),
              dt("2026-11-17 12:42", "-0800"))


@reg("none", "elevator-maintenance-notice", "facilities notice")
def _():
    body = """Elevator B (visitor bank, Pavilion building) will be out of service Saturday 11/14
from 6:00 to 14:00 for the annual load test. Elevators A and C are unaffected.
Service elevator D may be used for wheelchairs and stretchers during the work.

Facilities Management, ext. 555-0109
"""
    return mk(("Facilities Management", "facilities@stbrennans.example.org"),
              "all-staff@stbrennans.example.org", "Elevator B out of service Sat 11/14",
              T(body, cte="7bit", cs="us-ascii"), dt("2026-11-11 15:00", "-0500"))


@reg("none", "offsite-planning-reply-chain", "reply chain about a team offsite")
def _():
    body = """Works for me. I vote the brewery with the back room - the winery is a 50 minute
drive and half the team carpools.

Also +1 to keeping it to a half day.

Tevita

-----Original Message-----
From: Ilse Albrecht <ialbrecht@marrowfield.example.org>
Sent: Monday, October 5, 2026 4:12 PM
To: Revenue Cycle Leads <rc-leads@marrowfield.example.org>
Subject: offsite options

Two options for the revenue cycle offsite in November:
  1) Copperline Brewing, back room, Nov 13, 12-5, $35/head incl. lunch
  2) Stillwater Winery, Nov 20, full day, $60/head
Please reply by Thursday.
Ilse
"""
    return mk(("Tevita Ngata", "tngata@marrowfield.example.org"),
              "rc-leads@marrowfield.example.org", "RE: offsite options", T(body, cte="7bit", cs="us-ascii"),
              dt("2026-10-06 08:03", "-0600"), irt=mid("offsite-options"),
              extra=[("Thread-Topic", "offsite options"), ("X-MS-Has-Attach", "")])


@reg("none", "foundation-gala-newsletter", "hospital foundation newsletter about a fundraising gala", struct_="html")
def _():
    html = """<!DOCTYPE html><html><body style="font-family:Georgia,serif">
<h1 style="color:#7a1f2b">A Night for St. Brennan's</h1>
<p>Thank you! This year's gala raised <b>$1.42 million</b> for the new pediatric wing. More than
600 guests, 90 volunteers and one very enthusiastic auctioneer made it our best year yet.</p>
<p>The wing will open in spring 2028 with 24 private rooms, a family lounge on every floor
and a rooftop garden.</p>
<p><a href="https://foundation.stbrennans.example.org/photos">See the photos</a> &middot;
<a href="https://foundation.stbrennans.example.org/give">Make a gift</a></p>
<p style="font-size:11px">St. Brennan's Hospital Foundation, 1 Foundation Plaza, Ashbury, MA 01740.
<a href="https://foundation.stbrennans.example.org/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return mk(("St. Brennan's Foundation", "news@foundation.stbrennans.example.org"),
              "friends@foundation.stbrennans.example.org", "Thank you - the gala raised $1.42M!", H(html),
              dt("2026-10-26 11:00", "-0400"))


@reg("none", "password-policy-change", "IT notice on password policy")
def _():
    body = """Starting December 7, passwords for clinical workstations change from 90-day expiry
to 12-month expiry with a 14-character minimum. Multi-factor prompts will appear on
remote access only. You will be asked to set a new password at your first login after
December 7. Badge tap-in is unchanged.

IT Security
"""
    return mk(("IT Security", "itsecurity@quillanvalley.example.org"),
              "all-users@quillanvalley.example.org", "Password policy changes on 12/7",
              T(body, cte="7bit", cs="us-ascii"), dt("2026-11-23 08:30", "-0800"))


@reg("none", "vendor-contract-redline", "legal/procurement exchange about a contract redline", struct_="mixed:pdf")
def _():
    p = pdf(["MASTER SERVICES AGREEMENT - REDLINE v3", "", "7.2 Limitation of liability: twelve (12) months of fees.",
             "9.1 Term: three (3) years, auto-renewing for one (1) year terms.",
             "11.4 Data: Vendor shall not access customer data except to provide support."])
    body = """Counsel,

Our redline v3 is attached. We accepted your 7.2 language with the 12-month cap, but
we still need 11.4 as written - the BAA alone doesn't cover their subcontractors.

Regards,
Thaddeus Ormsby
Associate General Counsel, Cobalt Bay Health
This e-mail may contain privileged and confidential attorney-client communications.
"""
    return mk(("Thaddeus Ormsby", "tormsby@cobaltbayhealth.example.org"),
              ("Legal", "legal@sonoro.example.com"), "MSA redline v3 - Cobalt Bay / Sonoro",
              MP("mixed", T(body), A(p, "application/pdf", "MSA_redline_v3.pdf", style="dispchonly")), dt("2026-09-30 17:50", "-0800"))


@reg("none", "it-recruiter-outreach", "recruiter e-mail for an IT role")
def _():
    body = """Hi Raj,

I came across your profile and your HL7/FHIR integration background stood out. I'm
working with a regional health system that's building out its interoperability team
and is hiring a Senior Integration Engineer (remote, $135-155k). They're moving off an
older engine to a cloud one and want someone who has done a migration before.

Would you be open to a 15-minute call this week? Tuesday or Thursday afternoon work for
me.

Best,
Morgan Quilliam
Technical Recruiter, Bluegate Talent
555-0196
"""
    return mk(("Morgan Quilliam", "morgan@bluegate-talent.example.com"),
              ("Raj Castellanos", "raj.castellanos@mail.example.net"),
              "Senior Integration Engineer - remote", T(body), dt("2026-11-09 13:13", "-0600"))


@reg("none", "sleep-hygiene-wellness-article", "general health education newsletter article; no individual", struct_="alternative")
def _():
    txt = """WELLNESS WEDNESDAY: SEVEN HABITS FOR BETTER SLEEP

Adults need 7 to 9 hours a night, yet about a third of us get less. A few habits help:
keep a fixed wake-up time, even on weekends; dim screens an hour before bed; keep the
bedroom cool; limit caffeine after noon; and avoid alcohol as a sleep aid - it
fragments sleep later in the night.

Loud snoring with pauses in breathing can be a sign of sleep apnoea. If that sounds
like you, talk to your primary care provider.

Employee Wellness Program
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in txt.split("\n\n")) + "</body></html>"
    return mk(("Employee Wellness", "wellness@cobaltbayhealth.example.org"),
              "all-employees@cobaltbayhealth.example.org", "Wellness Wednesday: 7 habits for better sleep",
              MP("alternative", T(txt), H(html)), dt("2026-10-14 06:00", "-0700"))


@reg("none", "w2-electronic-consent", "HR notice about tax forms")
def _():
    body = """Reminder: to receive your 2026 W-2 electronically (available January 22), give consent
in the HR portal under Pay > Tax Documents by December 31. Otherwise a paper copy will
be mailed to your home address on file. Update your address before December 15.

Payroll, Marrowfield Clinic
"""
    return mk(("Payroll", "payroll@marrowfield.example.org"), "all-workforce@marrowfield.example.org",
              "Get your W-2 electronically", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-16 09:00", "-0600"))


@reg("none", "holiday-schedule-clinics", "holiday opening hours for clinics; no individual")
def _():
    body = """Holiday hours

Thu 11/26 Thanksgiving - all clinics closed; urgent care 9-5
Fri 11/27 - clinics open 8-12; lab draw station 8-11
Thu 12/24 - clinics close at 1 pm
Fri 12/25 - closed; urgent care 9-5

After-hours nurse line is available every day at 555-0100.
"""
    return mk(("Linden Ridge Medical Group", "info@lindenridge.example.org"), "patients-news@lindenridge.example.org",
              "Holiday hours at Linden Ridge", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-19 12:00", "-0800"))


@reg("none", "volunteer-orientation", "volunteer programme orientation notice")
def _():
    body = """Welcome, new volunteers!

Orientation is Saturday, December 5, 9:00-12:30 in the Education Center, Room 110.
Please bring a photo ID and your completed background check form. We'll take badge
photos, tour the gift shop, the information desks and the surgical waiting area, and
go through infection-control basics (hand hygiene, when not to come in if you're sick).

Parking is free in lot C. See you there!

Volunteer Services | 555-0184
"""
    return mk(("Volunteer Services", "volunteers@stbrennans.example.org"),
              "new-volunteers@stbrennans.example.org", "Volunteer orientation Sat 12/5",
              T(body, cs="utf-8"), dt("2026-11-25 14:25", "-0500"))


@reg("none", "marketing-agency-proposal", "agency proposal for a clinic marketing campaign")
def _():
    body = """Hi Dana,

Thanks for the brief. Our proposal for the spring "new patients welcome" campaign:

  - 3 short videos (60s, 30s, 15s) featuring your clinicians, not patients
  - paid social in a 15-mile radius, Feb-Apr
  - landing page refresh with online booking link
  - budget $38,500 all in; media spend $22,000 of that

We'd shoot in January. Happy to walk through it Thursday.

Lena Dragomir
Creative Director, Northpaw Studio
"""
    return mk(("Lena Dragomir", "lena@northpaw.example.com"), ("Dana Whitlock", "dwhitlock@eastmere-fp.example.org"),
              "Proposal: spring new-patient campaign", T(body), dt("2026-11-12 10:45", "-0500"))


@reg("none", "cafeteria-menu-week", "cafeteria menu", struct_="html")
def _():
    html = """<html><body><h3>Harvest Caf&eacute; &ndash; week of Nov 30</h3>
<table border="1" cellpadding="3"><tr><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr>
<tr><td>Turkey chili</td><td>Taco bar</td><td>Lentil curry</td><td>Roast chicken</td><td>Fish &amp; chips</td></tr>
<tr><td>Caesar salad</td><td>Black bean soup</td><td>Naan</td><td>Mashed potatoes</td><td>Coleslaw</td></tr></table>
<p>Heart-healthy choices are marked with a &hearts; at the counter.</p></body></html>
"""
    return mk(("Food & Nutrition Services", "cafe@quillanvalley.example.org"), "all-staff@quillanvalley.example.org",
              "This week at the Harvest Café", H(html, cs="iso-8859-1"), dt("2026-11-29 18:00", "-0800"),
              scs="iso-8859-1", senc="Q")


@reg("none", "journal-subscription-renewal", "library subscription renewal")
def _():
    body = """Dear Librarian,

Your institutional subscription to the Journal of Clinical Informatics Practice (print +
online, IP range 10.40.0.0/16) expires on 31 December 2026. Renewal for 2027 is USD
2,940. Reply to this e-mail with a purchase order number, or renew online with account
number LIB-00418.

Subscriptions Department
"""
    return mk(("Subscriptions", "subs@jcip-press.example.com"), ("Medical Library", "library@stbrennans.example.org"),
              "Renewal notice - account LIB-00418", T(body, cte="7bit", cs="us-ascii"), dt("2026-10-01 04:00", "+0000"))


@reg("none", "shredding-pickup-schedule", "document-shredding vendor schedule")
def _():
    body = """Hello,

Your next secure shredding pickup is Tuesday, December 8, between 7:00 and 9:00 am.
We will empty all 14 locked consoles (list on file) and leave a certificate of
destruction with the front desk. Please make sure console #9 in the records room is
accessible - it was blocked last month.

Account 77-1830 | Ironbark Secure Shred | 555-0181
"""
    return mk(("Ironbark Secure Shred", "service@ironbark-shred.example.com"), "frontdesk@eastmere-fp.example.org",
              "Shred pickup Tue 12/8", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-30 07:10", "-0500"))


@reg("none", "gym-membership-freeze", "gym membership freeze confirmation; no health care")
def _():
    body = """Hi Svetlana,

Your membership freeze is confirmed from December 1 to January 31. No dues will be
charged during that time and your rate ($39/month) is locked in when you come back.
Your guest passes will still be there.

Enjoy the break - see you in February!

Front Desk, Ironworks Fitness
555-0179
"""
    return mk(("Ironworks Fitness", "frontdesk@ironworks-fit.example.com"), ("Svetlana Strand", "s.strand@mail.example.com"),
              "Membership freeze confirmed", T(body), dt("2026-11-28 19:30", "-0700"))


@reg("none", "trap-de-identified-aggregate-csv", "research extract with age bands and counts only (de-identified aggregate); no individual", struct_="mixed:csv")
def _():
    rows = [["age_band", "sex", "diagnosis_group", "n_patients", "mean_los_days", "readmit_30d_pct"]]
    r = random.Random(9)
    for ab in ("18-39", "40-64", "65-79", "80+"):
        for sx in ("F", "M"):
            for dg in ("heart failure", "COPD", "pneumonia"):
                n = r.randint(12, 240)
                rows.append([ab, sx, dg, str(n), "%.1f" % r.uniform(3, 8), "%.1f" % r.uniform(5, 25)])
    body = """Dr. Ekwueme,

Here's the aggregate extract for your grant application. Per the honest broker
agreement, cells under 11 have been suppressed (none in this cut), no dates or
geography below state level, no record-level data.

Research Data Warehouse
"""
    return mk(("Research Data Warehouse", "rdw@stbrennans.example.org"), ("Emeka Ekwueme", "eekwueme@stbrennans.example.org"),
              "Aggregate extract RDW-2026-211 (de-identified)",
              MP("mixed", T(body), A(csvtext(rows), "text/csv", "RDW-2026-211_aggregate.csv", cs="us-ascii", cte="7bit")),
              dt("2026-11-06 13:00", "-0500"))


@reg("none", "trap-employee-badge-renewal-dob", "badge renewal asking to confirm an employee ID and date of birth; no health content")
def _():
    body = """Hi Giedre,

Your ID badge expires on 12/15/2026. To print the new one we need you to confirm what
we have on file:

  Name on badge: Giedre Mwangi
  Employee ID:   881206
  Date of birth: 07/19/1991
  Department:    Respiratory Therapy

Stop by Security (basement level, next to the loading dock) any weekday 7-3. Old
badges must be handed in.

Security Office, 555-0111
"""
    return mk(("Security Office", "security@quillanvalley.example.org"), ("Giedre Mwangi", "gmwangi@quillanvalley.example.org"),
              "Badge renewal - please confirm details", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-20 10:50", "-0800"))
# ===========================================================================
# English, label phi
# ===========================================================================
@reg("phi", "portal-new-result-available", "portal notice addressed to a named patient that a result from their visit is available (appointment/result about their care)", struct_="alternative")
def _():
    txt = """Hi Gareth,

A new test result from your visit on November 12 with Dr. Amara Okonkwo-Bell is now
available in MyEastmere. Your care team may add a comment once they have reviewed it.

View it here: https://my.eastmere-fp.example.org/results

Please do not reply to this e-mail. For urgent questions call 555-0140.
"""
    html = """<html><body style="font-family:Arial">
<p>Hi Gareth,</p>
<p>A new test result from your visit on <b>November 12</b> with <b>Dr. Amara Okonkwo-Bell</b>
is now available in MyEastmere. Your care team may add a comment once they have reviewed it.</p>
<p><a href="https://my.eastmere-fp.example.org/results" style="background:#0a6;color:#fff;padding:8px 14px;text-decoration:none">View result</a></p>
<p style="font-size:11px;color:#666">Please do not reply to this e-mail. For urgent questions call 555-0140.</p>
</body></html>
"""
    return mk(("MyEastmere", "no-reply@my.eastmere-fp.example.org"), ("Gareth Beauchemin", "gareth.b@mail.example.com"),
              "You have a new test result", MP("alternative", T(txt), H(html)), dt("2026-11-14 06:03", "-0500"))


@reg("phi", "referral-cardiology-afib-npi-signature", "PCP referral naming a patient with DOB, atrial fibrillation and apixaban")
def _():
    body = """Dear Dr. Marchetti,

I would be grateful if you could see Mr. Bogdan Dragomir (DOB 04/22/1957, MRN
K4418203) for new atrial fibrillation found on a routine ECG on 10/28. He is
asymptomatic apart from mild fatigue. CHA2DS2-VASc 3 (age, hypertension, diabetes).
I started apixaban 5 mg twice daily and metoprolol succinate 25 mg daily. TSH normal,
echo requested but not yet done.

He would prefer an appointment on a Monday or Tuesday because his wife uses the car
the rest of the week.

Many thanks,

Ignacio Villalobos, MD
Eastmere Family Practice
NPI %s  DEA %s
T 555-0141  F 555-0142
""" % (npi("129384750"), dea("BV", "284716"))
    return mk(("Ignacio Villalobos MD", "ivillalobos@eastmere-fp.example.org"),
              ("Lucia Marchetti MD", "lmarchetti@stbrennans.example.org"),
              "Referral: new AF - B. Dragomir", T(body), dt("2026-10-30 16:45", "-0500"))


@reg("phi", "billing-statement-html-only", "billing statement with account number, patient name and MRI service/balance", struct_="html")
def _():
    html = """<html><body style="font-family:Tahoma,Arial;font-size:13px">
<h2>Quillan Valley Health &ndash; Patient Statement</h2>
<table cellpadding="3">
<tr><td>Statement date</td><td>11/01/2026</td></tr>
<tr><td>Guarantor</td><td>Wren Castellanos</td></tr>
<tr><td>Patient</td><td>Wren Castellanos</td></tr>
<tr><td>Account #</td><td>QV-30718844</td></tr>
</table>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Date</th><th>Description</th><th>Charges</th><th>Insurance paid</th><th>Adjustments</th></tr>
<tr><td>09/14/2026</td><td>MRI lumbar spine w/o contrast (72148)</td><td>$2,310.00</td><td>$1,044.18</td><td>$905.82</td></tr>
<tr><td>09/14/2026</td><td>Radiology professional fee</td><td>$285.00</td><td>$118.40</td><td>$96.60</td></tr>
</table>
<p><b>Amount due: $430.00</b> by 11/30/2026</p>
<p>Pay online at <a href="https://pay.quillanvalley.example.org">pay.quillanvalley.example.org</a> or call 555-0145
to set up a payment plan.</p>
</body></html>
"""
    return mk(("QVH Patient Financial Services", "statements@quillanvalley.example.org"),
              ("Wren Castellanos", "wren.castellanos@mail.example.org"), "Your Quillan Valley Health statement is ready",
              H(html, cte="base64"), dt("2026-11-01 02:00", "-0800"))


@reg("phi", "eob-pdf-member-claim", "EOB PDF for a named member with member ID, claim number and CPT codes", struct_="mixed:pdf-flate")
def _():
    p = pdf(["Sunvale Health Plan - EXPLANATION OF BENEFITS  (THIS IS NOT A BILL)", "",
             "Member: Lorna Haverford          Member ID: SVH884201937-01",
             "Group: 0047712 (Tamarack County Schools)", "Claim #: 2026-311-004418     Received: 11/03/2026", "",
             "Provider: Linden Ridge Medical Group - Dermatology",
             "Date      Service                          Billed    Allowed   Plan paid  You owe",
             "10/22/26  99213 office visit, est. pt       $210.00   $118.00    $88.50    $29.50",
             "10/22/26  11102 tangential biopsy, skin     $265.00   $141.20   $112.96    $28.24",
             "10/22/26  88305 surgical pathology          $190.00    $74.00    $59.20    $14.80", "",
             "Total you owe the provider: $72.54", "Diagnosis: D48.5 neoplasm of uncertain behavior of skin"],
            flate=True, title="EOB 2026-311-004418")
    body = """Dear Lorna Haverford,

A new Explanation of Benefits is available for a claim we processed on November 9. A
copy is attached for your records. This is not a bill - your provider will bill you
for any amount you owe.

Sunvale Health Plan Member Services
1-555-0130 (TTY 711)
"""
    return mk(("Sunvale Health Plan", "eob@sunvale-health.example.com"), ("Lorna Haverford", "lhaverford@mail.example.net"),
              "Your Explanation of Benefits", MP("mixed", T(body), A(p, "application/pdf", "EOB_2026-311-004418.pdf")),
              dt("2026-11-09 21:00", "-0600"))


@reg("phi", "prior-auth-approved-lumbar-mri", "payer prior-authorization approval with member ID, patient name, CPT and diagnosis")
def _():
    body = """PRIOR AUTHORIZATION DETERMINATION - APPROVED

To:           Linden Ridge Medical Group, Orthopedics (fax on file)
Member:       KOWALCZYK, ZOFIA   DOB 1979-02-11
Member ID:    CAL-7718-22093
Auth #:       PA26-0915531
Service:      72148 MRI lumbar spine without contrast, 1 unit
Diagnosis:    M54.16 radiculopathy, lumbar region; M51.26
Valid:        11/16/2026 - 02/14/2027
Facility:     Tamarack Imaging Center (in network)

Approval is not a guarantee of payment; eligibility and benefits apply on the date of
service.

Calloway Health Plan - Utilization Management
Phone 1-555-0131 | Reference UM-2026-8841
"""
    return mk(("Calloway UM", "um-notices@calloway-health.example.com"), "ortho-pa@lindenridge.example.org",
              "PA26-0915531 APPROVED - KOWALCZYK, Z", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-16 11:58", "-0600"))


@reg("phi", "appeal-denial-ivig-child", "appeal decision letter for a named child's IVIG therapy with member ID and diagnosis", struct_="mixed:pdf")
def _():
    p = pdf(["Calloway Health Plan - Level 1 Appeal Decision", "",
             "Re: Makoa Ngata (dependent)   Member ID CAL-5520-11870-03", "Appeal # AP-26-00771",
             "Request: intravenous immune globulin (IVIG) 2 g/kg every 4 weeks x 6 months",
             "Diagnosis: D80.1 nonfamilial hypogammaglobulinemia", "",
             "Decision: UPHELD DENIAL. Documentation does not show impaired specific antibody",
             "response (pre/post pneumococcal titres). You may request a Level 2 appeal",
             "within 60 days, or an expedited external review if the child's health is at risk."])
    body = """Dear Mr. and Mrs. Ngata,

Please find attached our decision on the appeal filed on October 20 on behalf of
Makoa. We understand this is not the outcome you hoped for. The letter explains how
to request the next level of review, and Dr. Fairweather's office has also been sent
a copy.

Appeals and Grievances Department
Calloway Health Plan
"""
    return mk(("Calloway Appeals", "appeals@calloway-health.example.com"), ("Keanu Ngata", "k.ngata@mail.example.com"),
              "Appeal AP-26-00771 decision", MP("mixed", T(body), A(p, "application/pdf", "AP-26-00771_decision.pdf")),
              dt("2026-11-19 15:40", "-0600"))


@reg("phi", "specialty-pharmacy-biologic-delivery", "specialty pharmacy scheduling a named patient's biologic for rheumatoid arthritis")
def _():
    body = """Hello Ms. Yilmazer,

This is Northgate Specialty Pharmacy. Your next shipment of adalimumab 40 mg/0.4 mL
pens (2 pens, 28-day supply) for your rheumatoid arthritis is ready to ship.

   Rx #: 7718440-02
   Ship date: Tuesday, November 24 (cold pack, signature required)
   Copay: $5.00 with your copay card on file

Please reply YES to confirm the address ending in "Poplar St Apt 3B", or call us at
555-0150 to change it. Remember to keep the pens in the fridge as soon as they arrive,
and tell us if you have started any new antibiotics or have an infection.

Northgate Specialty Pharmacy, Patient Care Team
"""
    return mk(("Northgate Specialty Pharmacy", "careteam@northgate-rx.example.com"),
              ("Renata Yilmazer", "renata.y@mail.example.org"), "Time to schedule your next delivery",
              T(body), dt("2026-11-19 10:05", "-0500"))


@reg("phi", "hl7-oru-critical-potassium", "HL7 ORU attachment with a named patient's critical potassium result", struct_="mixed:hl7")
def _():
    m = hl7("MSH|^~\\&|BWLIS|BELLWEATHER|LRMG_EHR|LRMG|20261111063012||ORU^R01^ORU_R01|BW2611110630120017|P|2.5.1",
            "PID|1||M7730218^^^LRMG^MR||QUILLIAM^HAROLD^T||19480309|M|||55 ASH LN^^TACOMA^WA^98405",
            "PV1|1|O|NEPH^^^LRMG||||1790358246^STRAND^ASTRID^^^MD",
            "ORC|RE|LR441882|BW998120",
            "OBR|1|LR441882|BW998120|80048^BASIC METABOLIC PANEL^CPT|||20261111052000",
            "OBX|1|NM|2823-3^Potassium^LN||6.4|mmol/L|3.5-5.1|HH|||F",
            "OBX|2|NM|2160-0^Creatinine^LN||2.9|mg/dL|0.7-1.3|H|||F",
            "NTE|1||Critical value called to RN T. Lindqvist 06:28 by lab tech 4471, read back")
    body = """Critical result notification - electronic copy attached (HL7 ORU).
Phone notification was completed at 06:28. Please acknowledge in the inbox.

Bellweather Reference Laboratory, Client Services 555-0160
"""
    return mk(("Bellweather Client Services", "results@bellweather-lab.example.com"),
              "nephrology-inbox@lindenridge.example.org", "CRITICAL RESULT - electronic copy",
              MP("mixed", T(body, cte="7bit", cs="us-ascii"), A(m, "application/hl7-v2", "ORU_BW2611110630120017.hl7")),
              dt("2026-11-11 06:31", "-0800"))


@reg("phi", "imaging-ct-chest-report-pdf", "imaging centre CT report PDF naming the patient with findings", struct_="mixed:pdf-flate")
def _():
    p = pdf(["TAMARACK IMAGING CENTER", "CT CHEST WITH CONTRAST", "",
             "Patient: Esteban Vasquez-Toll    DOB: 1962-08-30    Acc#: TIC-26-118830",
             "Referring: Dr. Amara Okonkwo-Bell", "Exam date: 2026-11-05", "",
             "FINDINGS: 9 mm solid nodule, right upper lobe (series 4, image 61), new since",
             "2024. No mediastinal or hilar adenopathy. Mild centrilobular emphysema.",
             "IMPRESSION: New 9 mm RUL nodule. Recommend PET-CT or tissue sampling per",
             "Fleischner guidance; consider pulmonology referral.", "",
             "Electronically signed: Caspian Thorsby, MD, 2026-11-05 15:12"], flate=True)
    body = """Dr. Okonkwo-Bell,

Final report attached. The radiologist flagged this one for direct follow-up - please
call the reading room at 555-0163 if you'd like to discuss.

Tamarack Imaging Center - Results Desk
"""
    return mk(("Tamarack Imaging Results", "results@tamarack-imaging.example.com"),
              ("Amara Okonkwo-Bell", "aokonkwobell@eastmere-fp.example.org"),
              "Final report TIC-26-118830 (flagged)", MP("mixed", T(body), A(p, "application/pdf", "TIC-26-118830.pdf", style="nameonly")),
              dt("2026-11-05 15:20", "-0500"))


@reg("phi", "dme-cpap-compliance-order", "DME supplier about a named patient's CPAP order, sleep study AHI and compliance")
def _():
    body = """Hi Jess,

Following up on the CPAP for Bartholomew Oyelaran (DOB 12/02/1970). We have the sleep
study (AHI 32, nadir SpO2 81%) and the face-to-face note, but the order is missing
the pressure range - Dr. Szabo-Kent wrote "auto" without limits. Can you get us an
order with APAP 5-15 cm H2O, heated humidifier, full face mask medium?

Also a heads-up that his plan requires 4 hours/night on 70% of nights in a 30-day
window by day 90. Setup is booked for Friday at his home.

Thanks,
Corinne Abernathy
Intake Coordinator, Orrin Medical Supply
555-0177 | fax 555-0178
"""
    return mk(("Corinne Abernathy", "intake@orrin-dme.example.com"), ("Jess Pemberton", "jpemberton@lindenridge.example.org"),
              "CPAP order for B. Oyelaran - need pressure settings", T(body), dt("2026-10-22 14:14", "-0400"))


@reg("phi", "case-manager-snf-discharge", "hospital case manager to SNF about a named patient's hip fracture discharge")
def _():
    body = """Good afternoon,

Referral for short-term rehab:

Patient: Delphine Beauchemin, 84 F, MRN W22""" + SB + """08819
Admitted 11/2 after a fall at home - left intertrochanteric hip fracture, IM nail on
11/3. POD 4, WBAT, working with PT (walker, 40 ft with min assist). Pain controlled on
acetaminophen scheduled plus tramadol 50 mg q6h PRN. Enoxaparin 40 mg daily x 4
weeks. Mild delirium on POD 1, now resolved. Lives alone; daughter is the contact.

Medicare A, days available. Looking for a bed Friday 11/7 if you have one. Clinicals
are in the portal.

Thank you,
Marisol Beauchemin-Ross, RN CCM
Case Management, St. Brennan's Hospital | 555-0121

The information in this e-mail is confidential and is intended solely for the
addressee. It may contain protected health information. Access by anyone else is
unauthorised. If you are not the intended recipient, any disclosure, copying or
distribution is prohibited and may be unlawful.
"""
    return mk(("Marisol Beauchemin-Ross", "mbeauchemin@stbrennans.example.org"),
              "admissions@maplecourt-snf.example.com", "Rehab referral - hip fx, POD 4, bed Fri?",
              T(body), dt("2026-11-06 13:35", "-0500"))


@reg("phi", "patient-informal-knee-swelling-typos", "patient writes informally about their own knee injection and swelling (named sender)")
def _():
    body = """hi its me again sorry to bug you

my knee is still swolen from the shot last tues (the cortizone one dr fenna did) and
now its kind of warm too?? is that normal or shoud I come in. I took 2 advil this
morning. im off work tomorow so I could come in anytime

thx
wayne

Sent from my phone
"""
    return mk(("Wayne Halloran", "wayne.halloran77@mail.example.net"), "ortho-nurse@lindenridge.example.org",
              "knee", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-16 21:48", "-0800"))


@reg("phi", "subject-only-a1c-repeat", "PHI only in the subject: named patient with an A1c value; body has no content", struct_="plain:subject-only")
def _():
    return mk(("Astrid Strand", "astrand@lindenridge.example.org"), ("Tevita Fairweather", "tfairweather@lindenridge.example.org"),
              "Ngata, Tevita - A1c 9.4, repeat in 3 mo or add GLP-1 now?", T("\n", cte="7bit", cs="us-ascii"),
              dt("2026-11-04 12:01", "-0800"))


@reg("phi", "filename-only-colonoscopy-pathology", "PHI only in the attachment file name (patient name + colonoscopy pathology); body and fax cover are generic", struct_="mixed:pdf")
def _():
    p = pdf(["FAX COVER SHEET", "", "To: Records", "From: Endoscopy Suite", "Pages: 3 including cover",
             "", "CONFIDENTIALITY NOTICE: The documents accompanying this fax are intended only",
             "for the use of the recipient named above."])
    return mk(("Endoscopy Suite", "endo@stbrennans.example.org"), "records@eastmere-fp.example.org",
              "as requested", MP("mixed", T("Here you go.\n", cte="7bit", cs="us-ascii"),
                                  A(p, "application/pdf", "Brannigan_Rosalind_colonoscopy_pathology_2026-10-02.pdf")),
              dt("2026-10-09 10:10", "-0500"))


@reg("phi", "long-ops-update-buried-fall", "long (~6 KB) operations e-mail; one paragraph in the middle names an inpatient with a fall and x-ray", struct_="plain:long")
def _():
    census = "\n".join("  %s   %3d    %2d     %2d      %2d" % (d, c, a, dc, o) for d, c, a, dc, o in (
        ("Mon 11/2", 31, 7, 6, 2), ("Tue 11/3", 32, 8, 7, 1), ("Wed 11/4", 30, 5, 7, 3), ("Thu 11/5", 32, 9, 7, 2),
        ("Fri 11/6", 33, 6, 5, 4), ("Sat 11/7", 31, 3, 5, 1), ("Sun 11/8", 29, 4, 6, 0)))
    projects = [
        ("Bedside shift report rollout", "green", "82% of handoffs audited at bedside; goal 90% by Jan"),
        ("Purewick trial", "yellow", "skin checks q4h; 2 minor device-related skin issues, no pressure injuries"),
        ("Hourly rounding app", "green", "tablet mounts installed in all 34 rooms"),
        ("Discharge before noon", "red", "18% this month vs 30% goal; pharmacy meds-to-beds delays"),
        ("Linen par levels", "green", "new par of 40 sets at 07:00 delivery"),
        ("Glucometer replacement", "yellow", "new meters arrive 11/30; training 12/1-12/4"),
        ("Call light response", "green", "median 2m 10s, down from 3m 40s"),
        ("Mobility champions", "green", "6 CNAs trained; ambulation log on the whiteboard"),
        ("Sepsis screening in triage", "yellow", "ED-to-3N handoff tool still on paper"),
        ("Badge reader on med room", "green", "live 11/3; report any lockouts to security"),
        ("Staff lounge refresh", "green", "new fridge and couch; please label food"),
        ("Nurse residency cohort", "green", "4 residents start 1/11; preceptors assigned"),
    ]
    proj = "\n".join("  - %-32s [%s] %s" % p for p in projects)
    body = """Hi team - weekly ops update for 3 North. It's a long one because I missed last
week, so grab a coffee. Headlines first, details below.

HEADLINES
 * Staffing: still two night RN vacancies; agency nurse starts 11/16.
 * Census averaged 31 this week, peak 33 on Friday.
 * One fall (see SAFETY).
 * Glucometer swap and training starts 12/1.
 * Discharge-before-noon is still our weakest metric.

CENSUS AND THROUGHPUT (date, census, admits, discharges, observation)
%s

Average length of stay was 4.6 days (system target 4.3). Two long-stay patients are
waiting for placement; case management is working on both. Observation patients are
staying in our beds longer than 24 hours more often than last quarter - please page
the hospitalist early when an obs patient meets inpatient criteria so that the
status order is not the bottleneck.

STAFFING
We are still short two night RNs. Agency has confirmed one from 11/16 (13 weeks).
The float pool is covering the other most nights. Incentive shifts remain open for
nights through December 31; please keep picking them up if you can, and thank you to
everyone who already has. Days are fully staffed except for Sunday 11/22. CNA
staffing is fine. We interviewed three candidates for the night charge position and
will make an offer this week.

Unit clerk coverage on weekends is changing: from 11/21 the clerk will work 07:00-
19:30 on Saturdays and Sundays, and the night shift will not have a clerk. Admission
packets will be pre-assembled by the day clerk.

SUPPLIES
The IV start kit substitution is here (blue packaging). It's the same contents; the
tourniquet is latex-free. Central supply says the old kits are gone by Friday. Please
stop stockpiling the old ones in your pockets, we know you are doing it.

Linen: new par levels start Monday. Clean linen arrives at 07:00 and 15:00. If we run
out, call linen services rather than borrowing from 3 South.

Pyxis: the override report for October had 44 overrides, most for acetaminophen and
ondansetron when pharmacy verification was slow overnight. Pharmacy is adding a
second overnight verifier from 11/15.

PARKING AND FACILITIES
Reminder that the east garage level 3 is reserved for physicians through December
while the surface lot is repaved. Staff park in lot F and take the shuttle, which
runs every 10 minutes at shift change. The elevator in the B tower will be out on
Saturday 11/14 for the annual load test. Room 418's bathroom fan is fixed. The ice
machine in the nourishment room is still making "crescent" ice; a part is on order.

SAFETY
Falls: one this week. Mr. Kwabena Dragomir in 412 was found on the floor at 02:40 on
11/9 trying to get to the bathroom; hip x-ray negative, small laceration on his left
forearm closed with steri-strips. He is on apixaban, so the hospitalist ordered a CT
head, also negative. His bed alarm had been turned off after his 2300 vitals. Please
make sure alarms are re-armed after every contact - we've talked about this before.
His daughter was called by the night charge nurse and an incident report is in.

Pressure injuries: none new this month. Great job with turns.
CAUTI/CLABSI: zero. We are at 212 days without a CLABSI on the unit.
Hand hygiene: 91%% on secret-shopper audits, up from 86%%.

PROJECT STATUS
%s

EDUCATION
 - Pump competencies 11/19 in the infusion suite, 1-4 pm. Sign up on the sheet at
   the desk. Everyone who hasn't done the annual check-off must attend one session.
 - Glucometer training 12/1-12/4, 30 minutes, any shift; super-users will come to
   the unit at 06:30 and 18:30.
 - Restraint module in the LMS due 12/15.
 - Skin champion meeting 11/24 at 14:00.

PATIENT EXPERIENCE
Our "nurses listened carefully" score was 84th percentile in October. Quiet-at-night
was 48th - please keep doors closed and voices down after 22:00, and silence your
phones. Three thank-you cards came in this week; they're on the break room board.

RECOGNITION
Huge thank-you to Anselm and Yusra for staying late on Tuesday during the rapid
response, and to Noor for covering two extra shifts. DAISY nominations close 11/30.

HOLIDAY SCHEDULE
The holiday request window closed. Draft schedule posts 11/20; swaps through the app.
The unit potluck is 12/17 - sign-up sheet by the fridge.

Have a good week,
Celestine Tremblay-Roy, RN
Nurse Manager, 3 North Medicine | x4421
""" % (census, proj)
    return mk(("Celestine Tremblay-Roy", "ctremblayroy@stbrennans.example.org"), "3north-staff@stbrennans.example.org",
              "3N weekly ops update 11/10", T(body), dt("2026-11-10 17:05", "-0500"))

@reg("phi", "forwarded-rfc822-metformin-question", "staff forwards a named patient's portal message about metformin dose as message/rfc822", struct_="mixed:rfc822")
def _():
    inner = mk(("Patience Abernathy", "patience.abernathy@mail.example.com"), "portal-messages@eastmere-fp.example.org",
               "question about my metformin", T("""Hello,

I was told at my last visit to go up to 1000 mg twice a day on the metformin but the
pharmacy bottle still says 500 mg. My sugars in the morning are 150-170. Should I
take two of the 500s? I don't want to run out early.

Patience Abernathy
DOB 6/14/1966
"""), dt("2026-11-18 19:12", "-0500"))
    body = """Nurse pool - can one of you handle this today? Dr. Villalobos is out until Monday.
"""
    return mk(("Front Desk Eastmere", "frontdesk@eastmere-fp.example.org"), "nurse-pool@eastmere-fp.example.org",
              "Fw: question about my metformin", MP("mixed", T(body, cte="7bit", cs="us-ascii"), R(inner)),
              dt("2026-11-19 08:11", "-0500"))


@reg("phi", "reply-chain-wound-care-home-health", "reply chain between home health nurse and wound clinic about a named patient's ulcer")
def _():
    body = """Thanks Marta. Yes, switch to the silver alginate and keep the offloading boot on.
If the edges look worse on Friday or he spikes a temp, send him to us the same day -
don't wait for the 12/8 appointment.

Dr. Joaquim Ferreira-Luz
Wound Care Center, St. Brennan's

On 11/30/2026 3:41 PM, Marta Kowalczyk wrote:
> Dr. Ferreira-Luz,
>
> Update on Radek Achterberg (DOB 03/05/1951): the right plantar ulcer is 2.1 x 1.6 cm,
> down from 2.4 x 1.9 last week, but there's more drainage, light green, some odor.
> No fever. Blood sugar log 140-210. Currently hydrocolloid, changed every 3 days.
> Should we change the dressing?
>
> Marta Kowalczyk, RN
> Pinecrest Home Health | 555-0174
"""
    return mk(("Joaquim Ferreira-Luz", "jferreiraluz@stbrennans.example.org"), ("Marta Kowalczyk", "mkowalczyk@pinecrest-hh.example.org"),
              "RE: R. Achterberg wound update", T(body), dt("2026-11-30 17:02", "-0500"),
              irt=mid("achterberg-wound"))


@reg("phi", "fhir-observation-inr", "FHIR Observation JSON with a named patient's INR", struct_="mixed:fhir")
def _():
    obs = {"resourceType": "Observation", "id": "inr-20261120-7781", "status": "final",
           "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
           "code": {"coding": [{"system": "http://loinc.org", "code": "6301-6", "display": "INR in Platelet poor plasma by Coagulation assay"}]},
           "subject": {"reference": "Patient/lrmg-88120", "display": "Solveig Lindqvist"},
           "effectiveDateTime": "2026-11-20T08:40:00-08:00",
           "valueQuantity": {"value": 4.6, "unit": "{INR}", "system": "http://unitsofmeasure.org"},
           "interpretation": [{"coding": [{"code": "H"}]}],
           "note": [{"text": "On warfarin 5 mg daily; started ciprofloxacin 11/17."}]}
    body = """Anticoag clinic - the point-of-care result below came through the FHIR feed but
didn't drop into your pool. Resource attached. She's expecting a call.

Thanks, Lab IT
"""
    return mk(("Lab IT", "labit@lindenridge.example.org"), "anticoag@lindenridge.example.org",
              "INR result didn't route - Observation attached",
              MP("mixed", T(body), A(fjson(obs), "application/fhir+json", "Observation-inr-20261120-7781.json")),
              dt("2026-11-20 09:15", "-0800"))


@reg("phi", "ccda-transition-of-care-xml", "C-CDA XML transition-of-care document for a named patient with problems and medications", struct_="mixed:ccda")
def _():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <code code="18761-7" codeSystem="2.16.840.1.113883.6.1" displayName="Transfer summary note"/>
  <title>Transition of Care Summary</title>
  <effectiveTime value="20261103"/>
  <recordTarget><patientRole>
    <id extension="X5512076" root="2.16.840.1.113883.19.5"/>
    <patient><name><given>Thiago</given><family>Santangelo</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19590117"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text><list><item>Chronic systolic heart failure, EF 30%</item><item>CKD stage 3b</item><item>Type 2 diabetes</item></list></text></section></component>
    <component><section><title>Medications</title>
      <text><list><item>sacubitril/valsartan 49/51 mg BID</item><item>carvedilol 12.5 mg BID</item><item>furosemide 40 mg daily</item><item>insulin glargine 18 units nightly</item></list></text></section></component>
    <component><section><title>Plan</title>
      <text>Daily weights, call if gain over 2 lb in a day. Follow-up HF clinic 11/10.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Attached is the transition of care document for Mr. Santangelo, discharged today to
home with home health. Please schedule the first visit within 48 hours.

St. Brennan's Hospital - Discharge Planning
"""
    return mk(("SBH Discharge Planning", "discharge@stbrennans.example.org"), "intake@pinecrest-hh.example.org",
              "TOC summary - home health start of care",
              MP("mixed", T(body), A(xml, "text/xml", "TOC_Santangelo_20261103.xml", cs="utf-8", cte="qp")),
              dt("2026-11-03 14:50", "-0500"))


@reg("phi", "ics-physical-therapy-appointment", "calendar invite to a named patient for their physical therapy appointment", struct_="mixed:ics")
def _():
    cal = ics(["PRODID:-//Linden Ridge//Scheduling//EN", "VERSION:2.0", "METHOD:PUBLISH", "BEGIN:VEVENT",
               "UID:appt-88310442@lindenridge.example.org", "DTSTAMP:20261110T160000Z",
               "DTSTART:20261117T170000Z", "DTEND:20261117T180000Z",
               "SUMMARY:Physical Therapy - post-op rotator cuff (visit 3 of 12)",
               "LOCATION:Linden Ridge Rehab\\, 700 Birch Hollow Blvd\\, Suite 120",
               "DESCRIPTION:Patient: Nneka Achterberg. Wear a loose top. Bring your sling.",
               "END:VEVENT"])
    body = """Dear Nneka,

Your next physical therapy appointment is on Tuesday, November 17 at 9:00 AM. We have
attached a calendar file you can add to your phone.

Linden Ridge Rehab | 555-0126
"""
    return mk(("Linden Ridge Rehab", "rehab-scheduling@lindenridge.example.org"), ("Nneka Achterberg", "nneka.a@mail.example.com"),
              "Appointment confirmation: Physical Therapy, Nov 17",
              MP("mixed", T(body), A(cal, "text/calendar", "appointment.ics", cs="utf-8", cte="7bit", extra=["method=PUBLISH"])),
              dt("2026-11-10 08:00", "-0800"))


@reg("phi", "vcard-home-health-new-patient", "vCard of a home-health patient with notes on insulin and wound vac, sent to an aide", struct_="mixed:vcard")
def _():
    v = """BEGIN:VCARD
VERSION:3.0
N:Whitlock;Ambrose;;;
FN:Ambrose Whitlock
TEL;TYPE=HOME:+1-555-0135
ADR;TYPE=HOME:;;18 Quarry Rd;Millbrook;OR;97031;USA
BDAY:1944-05-02
NOTE:New SOC 11/23. Insulin glargine 20u at bedtime - check sugars before lunch and dinner. Wound vac left shin\\, changes M/W/F by RN only. Key in lockbox 4471. Small dog.
END:VCARD
"""
    body = """Hi Olu,

Adding you to Mr. Whitlock's schedule starting Monday (bath aide visits Tue/Thu). His
card is attached so it shows up in your phone. Please read the note before the first
visit.

Thanks,
Scheduling - Pinecrest Home Health
"""
    return mk(("Pinecrest Scheduling", "scheduling@pinecrest-hh.example.org"), ("Oluwaseun Mwangi", "omwangi@pinecrest-hh.example.org"),
              "New client card", MP("mixed", T(body), A(v, "text/x-vcard", "Ambrose Whitlock.vcf", cte="qp", cs="utf-8")),
              dt("2026-11-21 12:20", "-0800"))


@reg("phi", "csv-clinic-daily-schedule", "CSV attachment with 24 named patients, DOBs and visit reasons", struct_="mixed:csv")
def _():
    reasons = ["f/u HTN", "annual physical", "DM2 check, A1c", "cough x2 wk", "knee pain", "med refill - statin",
               "post-ED f/u chest pain", "thyroid labs review", "rash", "pre-op clearance", "back pain", "asthma f/u"]
    rows = [["time", "patient", "dob", "mrn", "provider", "reason"]]
    for i, p in enumerate(people(24, "sched-eastmere")):
        hh, mm = divmod(8 * 60 + 20 * i, 60)
        rows.append(["%02d:%02d" % (hh, mm), "%s, %s" % (p["last"], p["first"]), p["dob"], p["mrn"],
                     ["Villalobos", "Okonkwo-Bell"][i % 2], reasons[p["rnd"].randrange(len(reasons))]])
    body = """Morning - Monday's schedule for both providers attached so the MAs can pre-chart
over the weekend. Note 11:40 is double-booked on purpose.

Front desk
"""
    return mk(("Eastmere Front Desk", "frontdesk@eastmere-fp.example.org"), "ma-team@eastmere-fp.example.org",
              "Mon 11/30 schedule", MP("mixed", T(body, cte="7bit", cs="us-ascii"),
                                       A(csvtext(rows), "text/csv", "schedule_2026-11-30.csv", cs="utf-8")),
              dt("2026-11-27 16:55", "-0500"))


@reg("phi", "marked-secure-tag-no-content", "sender-marked [secure] message with almost no content: labelled at least phi by the marking rule", struct_="plain:marked")
def _():
    return mk(("Yusra Haverford", "yhaverford@marrowfield.example.org"), ("Records Dept", "records@sunvale-health.example.com"),
              "[secure] per our call this morning", T("Following up as discussed. Let me know if anything else is needed.\n\nYusra\n", cte="7bit", cs="us-ascii"),
              dt("2026-11-12 10:30", "-0600"))


@reg("phi", "x-sensitivity-header-consult-note", "X-Sensitivity header set by sender and a named patient's endocrinology consult", struct_="plain:marked")
def _():
    body = """Kai,

Saw Ms. Fenna Kowalczyk today for the thyroid nodule. FNA Bethesda III, so we'll
repeat the FNA in 3 months rather than go straight to surgery. TSH 1.8. She's fine
with that plan. I'll copy you on the path.

Astrid
"""
    return mk(("Astrid Strand MD", "astrand@lindenridge.example.org"), ("Kai Papadakis MD", "kpapadakis@lindenridge.example.org"),
              "thyroid nodule pt", T(body), dt("2026-10-27 17:40", "-0700"),
              extra=[("X-Sensitivity", "confidential"), ("Sensitivity", "Private")])


@reg("phi", "post-op-oxycodone-acl", "post-surgical oxycodone for pain after ACL repair for a named patient (pain treatment, not SUD: phi)")
def _():
    body = """Hi Ms. Thorsby,

Dr. Nakashima reviewed your message. Since your ACL reconstruction was on Monday, it is
normal to still need the oxycodone 5 mg at night for a few more days. We have sent a
final refill of 10 tablets to the Birch Street pharmacy - please keep icing and start
tapering to acetaminophen during the day. Keep the brace locked in extension when you
walk until your first PT visit.

Please don't drive while taking oxycodone.

Orthopedic Surgery Nurse Line
Linden Ridge Medical Group | 555-0127
"""
    return mk(("LRMG Ortho Nurse Line", "ortho-nurse@lindenridge.example.org"), ("Ingrid Thorsby", "ingrid.thorsby@mail.example.org"),
              "RE: pain meds after surgery", T(body), dt("2026-11-12 11:11", "-0800"))


@reg("phi", "adhd-refill-pediatrician", "pediatrician (not a psychiatric service) refilling a named child's ADHD stimulant: phi, not restricted")
def _():
    body = """Hi Mrs. Ricciardi,

Dr. Oyelaran approved Luca's refill of methylphenidate ER 27 mg (30 tablets). Because
it's a controlled medication, it was sent electronically to the pharmacy on Maple Ave
and can't be picked up before 11/27. His weight and blood pressure at the October
check were fine. Please book his 3-month follow-up for January - the teacher
questionnaire is in the portal.

Millbrook Pediatrics
555-0137
"""
    return mk(("Millbrook Pediatrics", "nurse@millbrookpeds.example.com"), ("Giulia Ricciardi", "giulia.ricciardi@mail.example.com"),
              "Luca's refill", T(body), dt("2026-11-24 13:20", "-0500"))


@reg("phi", "prenatal-anatomy-scan-appointment", "named patient's routine 20-week prenatal ultrasound appointment: prenatal care is not a restricted category, so phi")
def _():
    body = """Hi Priyanka,

This is Quillan Valley Women's Health. Your 20-week anatomy ultrasound is booked for
Thursday, December 10 at 1:15 PM at the Maternal-Fetal imaging suite, 3rd floor. You
can bring one support person. Please drink 16 oz of water an hour before and don't
empty your bladder.

Your prenatal visit with midwife Solveig Papadakis follows at 2:00 PM, where she'll
go over the results and your glucose screen.

See you then!
"""
    return mk(("QVH Women's Health", "womenshealth@quillanvalley.example.org"), ("Priyanka Ormsby", "priyanka.ormsby@mail.example.net"),
              "Your anatomy scan on Dec 10", T(body), dt("2026-11-25 09:45", "-0800"))


@reg("phi", "daughter-mother-memory-donepezil", "family member writes about her named mother's memory decline and donepezil")
def _():
    body = """Dear Dr. Iwu,

I'm Helen Strand's daughter (I'm on her HIPAA form). Since she started the donepezil
in September Mum's memory hasn't really changed but she's having vivid dreams and her
appetite is poor - she's lost about 6 lbs. Last week she got lost driving back from
church, which has never happened, and we've taken the car keys for now.

Could we move her follow-up earlier than January? Also, is it safe for her to keep
taking the sleeping pill her old doctor gave her (zolpidem)?

Thank you so much,
Clare Strand-Bell
555-0158
"""
    return mk(("Clare Strand-Bell", "clare.strandbell@mail.example.org"), "geriatrics@quillanvalley.example.org",
              "My mother Helen Strand - memory and new symptoms", T(body, cs="windows-1252"), dt("2026-11-02 20:30", "-0800"))
@reg("phi", "workers-comp-lumbar-strain-claim", "workers' comp adjuster about a named claimant's lumbar strain, PT authorisation and claim number")
def _():
    body = """Good morning,

Claim WC-26-044187 / Claimant: Thiago Lindqvist / DOI 09/18/2026 / Employer: Port
Ellery Distribution

Per the 10/28 progress note (lumbar strain, no radiculopathy, modified duty 20 lb lift
limit) we are authorizing 8 additional physical therapy visits, 2x/week, through
12/31. The MRI request is deferred until he has completed 6 weeks of PT.

Please send notes every 4 visits to the fax below and include the claim number on every
page.

Brenda Quilliam, Senior Claims Adjuster
Keystone Workers' Compensation Services
Tel 555-0132 | Fax 555-0133
"""
    return mk(("Brenda Quilliam", "bquilliam@keystone-wc.example.com"), "rehab-billing@lindenridge.example.org",
              "WC-26-044187 Lindqvist - PT authorized x8", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-02 09:05", "-0500"))


@reg("phi", "dental-crown-treatment-estimate", "dental office estimate for a named patient's crown on tooth #19 with insurance")
def _():
    body = """Hi Emeka,

Here's the estimate Dr. Vasquez-Toll mentioned at your cleaning:

  #19  D2740 porcelain crown ............ $1,240
       D2950 core buildup ............... $  265
  Insurance estimate (Bluecrest Dental, 50% major after deductible): -$702.50
  Your estimated portion: $802.50

The crack on the lingual cusp is why she recommends doing it before it breaks further.
We can book the prep for 90 minutes - just reply with a few dates.

Smile Street Dental | 555-0167
"""
    return mk(("Smile Street Dental", "office@smilestreet-dental.example.com"), ("Emeka Halloran", "emeka.halloran@mail.example.com"),
              "Your treatment estimate", T(body), dt("2026-11-13 15:30", "-0600"))


@reg("phi", "optometry-contact-lens-rx", "optometry sends a named patient their contact lens prescription")
def _():
    body = """Dear Yusra Pemberton,

As requested, your current contact lens prescription (exam 10/06/2026):

  OD  -3.25 -0.75 x 180   BC 8.6  DIA 14.5  toric daily
  OS  -2.75 -0.50 x 175   BC 8.6  DIA 14.5  toric daily
  Expires 10/06/2027

Dr. Lindqvist also noted mild dry eye - use the preservative-free drops twice a day.

Clearview Optometry | 555-0172
"""
    return mk(("Clearview Optometry", "frontdesk@clearview-optometry.example.com"), ("Yusra Pemberton", "yusra.p@mail.example.net"),
              "Your contact lens prescription", T(body, cte="7bit", cs="us-ascii"), dt("2026-10-20 11:25", "-0400"))


@reg("phi", "school-nurse-immunization-missing", "school nurse tells a parent their named child lacks a Tdap dose and lists vaccine dates")
def _():
    body = """Dear parent/guardian of Zofia Mbeki-Ross (grade 7),

Our records show Zofia has not yet received the Tdap booster required for 7th grade.
We have:
   DTaP  x5  (last 08/2019)
   MMR   x2
   Varicella x2
   MenACWY - none

Please send proof of Tdap by December 18, or a medical or religious exemption form, or
Zofia will be excluded from school starting January 4 as required by state law. The
county clinic offers walk-in vaccines Tuesdays.

Mrs. Anne Ostrowski, RN, School Nurse
Hollis Creek Middle School | 555-0186
"""
    return mk(("Anne Ostrowski RN", "nurse@holliscreek-ms.example.org"), ("Nomvula Mbeki-Ross", "nomvula.mr@mail.example.com"),
              "Immunization record - action needed for Zofia", T(body), dt("2026-11-18 14:40", "-0500"))


@reg("phi", "occupational-health-covid-rtw", "occupational health: named employee's positive COVID PCR and return-to-work date")
def _():
    body = """Hi Ms. Haverford (Nurse Manager, 5 East),

Your employee Caspian Abernathy, RN (employee #770145) tested positive for SARS-CoV-2
by PCR on 11/21. Symptom onset 11/20. He may return to work on 11/26 if fever-free
for 24 hours without medication and symptoms are improving, with a mask through day
10 (11/30). Please do not share the reason for absence with the team.

Employee Health Services
St. Brennan's Hospital | 555-0115
"""
    return mk(("Employee Health Services", "employeehealth@stbrennans.example.org"), ("Lorna Haverford", "lhaverford@stbrennans.example.org"),
              "RTW clearance - C. Abernathy", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-22 10:00", "-0500"))


@reg("phi", "collection-agency-er-balance", "collection letter for a named debtor's emergency department bill with account number")
def _():
    body = """NOTICE OF DEBT

Dear Dmitri Santangelo,

Halberd Recovery Services has been engaged by Cobalt Bay Health to collect the balance
below.

   Creditor account:  CBH-ED-00714412
   Date of service:   03/02/2026, Emergency Department (Level 4 visit, CT head)
   Balance:           $1,487.20

Unless you dispute this debt within 30 days after receiving this notice, we will
assume it is valid. If you notify us in writing that you dispute it, we will obtain
verification and mail it to you. You may qualify for financial assistance from the
hospital; ask us for the application.

This communication is from a debt collector. Halberd Recovery Services, 555-0197.
"""
    return mk(("Halberd Recovery Services", "notices@halberd-recovery.example.com"), ("Dmitri Santangelo", "dmitri.s@mail.example.org"),
              "Account CBH-ED-00714412", T(body, cte="7bit", cs="us-ascii"), dt("2026-09-14 08:00", "-0700"))


@reg("phi", "ambulance-transport-bill", "ambulance bill for a named patient's emergency transport")
def _():
    body = """Invoice 55-2026-88014

Patient: Celestine Ekwueme
Date of service: 10/11/2026
Trip: 14 Ferry Rd -> St. Brennan's Hospital ED, 6.2 loaded miles
Level of service: ALS1 emergency (A0427), mileage (A0425 x 6.2)
Chief complaint recorded: syncope

Charges $1,612.00 | Insurance payment $1,108.44 | Balance due $503.56

If you have secondary insurance, send us a copy of the card. Questions: 555-0189.
Ashbury Regional EMS Billing
"""
    return mk(("Ashbury EMS Billing", "billing@ashbury-ems.example.org"), ("Celestine Ekwueme", "c.ekwueme@mail.example.com"),
              "Your ambulance invoice 55-2026-88014", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-08 07:30", "-0500"))


@reg("phi", "fsa-claim-physical-therapy-receipts", "FSA administrator about a named participant's claim for physical therapy visits", struct_="mixed:png")
def _():
    body = """Hi Solveig Marchetti,

We received your Health FSA claim #FSA-889103 for $240.00 (physical therapy, 4 visits
9/2-9/23/2026, Linden Ridge Rehab). The receipt you uploaded (attached for reference)
doesn't show the provider's name or the type of service. Please upload an itemized
statement or an EOB so we can approve it. Participant ID: 00418-77120.

Trellis Benefits Administration
"""
    return mk(("Trellis Benefits", "claims@trellis-benefits.example.com"), ("Solveig Marchetti", "smarchetti@mail.example.net"),
              "More information needed for claim FSA-889103",
              MP("mixed", T(body), A(png(12, 16, (240, 240, 235), (30, 30, 30)), "image/png", "receipt_upload_0923.png")),
              dt("2026-10-05 12:00", "-0500"))


@reg("phi", "life-insurance-aps-request", "life insurer requests an attending physician statement for a named applicant with DOB and hypertension history")
def _():
    body = """RE: Attending Physician Statement request
Applicant: Oluwaseun Kowalczyk   DOB: 08/21/1975
Policy application: LT-20-4471902 (20-year term)

Dear Dr. Okonkwo-Bell,

Your patient has applied for life insurance and signed the enclosed HIPAA-compliant
authorization. The application mentions treatment for hypertension since 2019 and a
sleep study in 2024. Please send office notes, labs and medication lists for the past
5 years. Our fee of $25 is paid on receipt.

Thank you,
Underwriting Services, Granite Peak Life
555-0195 | Fax 555-0194
"""
    return mk(("Granite Peak Underwriting", "aps@granitepeak-life.example.com"), "records@eastmere-fp.example.org",
              "APS request - O. Kowalczyk", T(body, cte="7bit", cs="us-ascii"), dt("2026-10-15 13:45", "-0500"))


@reg("phi", "pharmacovigilance-adverse-event-cardiqor", "pharma safety report with a patient's initials, DOB and a rash on CARDIQOR (fictional drug)")
def _():
    body = """Adverse event intake - case AE-CQ-2026-01187

Reporter: Ingrid Castellanos, PharmD (hospital pharmacist)
Patient: initials T.R., female, DOB 1971-04-03, 68 kg
Product: CARDIQOR 10 mg tablets, lot CQ25J14, started 10/02/2026 for hypertension
Event: generalized maculopapular rash and pruritus on 10/12, no mucosal involvement,
no fever. Drug stopped 10/13, cetirizine and topical triamcinolone given. Improving
at follow-up 10/20. Outcome: recovering. Seriousness: non-serious.
Concomitant: atorvastatin 20 mg, levothyroxine 75 mcg.

Please confirm whether a rechallenge is planned.

Drug Safety, Orsolan Therapeutics (fictional)
"""
    return mk(("Orsolan Drug Safety", "drugsafety@orsolan.example.com"), ("Ingrid Castellanos", "icastellanos@cobaltbayhealth.example.org"),
              "AE-CQ-2026-01187 follow-up questions", T(body), dt("2026-10-22 09:30", "-0400"))


@reg("phi", "pharmacist-warfarin-fluconazole-interaction", "retail pharmacist to prescriber about a named patient's warfarin-fluconazole interaction")
def _():
    body = """Dr. Abernathy,

I'm holding a new prescription for fluconazole 150 mg x1 for Lorna Ormsby (DOB
1953-10-09). She is on warfarin 4 mg daily from your office (last INR 2.7 on 11/9).
Fluconazole can raise her INR significantly even as a single dose. Options: a topical
azole instead, or go ahead with an INR check in 3-5 days. Could you let me know which
you prefer? She's waiting in the store.

Thanks,
Noor Vasquez, PharmD
Birch Street Pharmacy | 555-0154
"""
    return mk(("Birch Street Pharmacy", "rx@birchstreet-pharmacy.example.com"), ("Rosalind Abernathy MD", "rabernathy@marrowfield.example.org"),
              "Interaction question - Ormsby, warfarin + fluconazole", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-16 16:22", "-0600"))


@reg("phi", "transfer-center-stemi", "transfer centre note for a named STEMI patient with MRN")
def _():
    body = """TRANSFER CENTER - ACCEPTED
Time: 02:14 | Ref TC-26-11830

Pt: Haverford, Mireille  62F  MRN (sending) AUC-0081174
From: Amenia Urgent Care -> St. Brennan's Cath Lab (direct)
Dx: inferior STEMI, onset 01:20. ASA 325 given, heparin 4000 U bolus. BP 104/68,
HR 52. No prior cath.
Accepting: Dr. Lucia Marchetti (IC). Transport: ALS, ETA 02:55.

Cath lab activated 02:16.
"""
    return mk(("SBH Transfer Center", "transfercenter@stbrennans.example.org"), "cathlab-oncall@stbrennans.example.org",
              "ACCEPTED TC-26-11830 STEMI direct to lab", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-26 02:16", "-0500"),
              extra=[("X-Priority", "1")])


@reg("phi", "nurse-triage-child-fever", "nurse triage note about a named child's fever and a callback plan")
def _():
    body = """Triage call 19:42 - mother (Lucia) calling about Mateo Villalobos, 2 y (DOB 2024-06-11).
Fever 39.4 since this morning, tylenol at 16:00, drinking less, 3 wet diapers today,
no rash, no trouble breathing, playful when fever down. Ear pulling.
Advice: ibuprofen 100 mg now (weight 12.6 kg), push fluids, seen tomorrow AM - booked
8:20 with Dr. Oyelaran. ED if lethargic, fewer than 2 wet diapers by morning, or rash.
Callback done 20:30: temp 38.1, drinking.
- K. Lindqvist RN
"""
    return mk(("Afterhours Nurse Line", "afterhours@millbrookpeds.example.com"), "clinic-inbox@millbrookpeds.example.com",
              "Triage note - Villalobos, Mateo", T(body), dt("2026-11-29 20:35", "-0500"))


@reg("phi", "patient-rash-photo-png", "named patient sends a photo of a rash and asks if it is shingles (image attached)", struct_="mixed:png")
def _():
    body = """Hi, this came up on my side yesterday, it burns and its only on the right. Is this
shingles? I'm 61 and never had the vaccine. Photo attached. Can I get the antiviral
without coming in, I don't drive at night.

Rashid Albrecht
"""
    return mk(("Rashid Albrecht", "r.albrecht1965@mail.example.com"), "nurse@marrowfield.example.org",
              "rash photo", MP("mixed", T(body),
                               A(png(16, 12, (214, 120, 110), (170, 60, 60)), "image/png", "IMG_4471.png", disp="inline", cid="img4471@mail.example.com")),
              dt("2026-11-03 07:58", "-0600"))


@reg("phi", "sick-note-for-employer", "doctor's note to an employer naming the patient and diagnosis (acute bronchitis)", struct_="mixed:pdf")
def _():
    p = pdf(["Marrowfield Clinic", "", "To whom it may concern:", "",
             "Rafael Okonkwo was seen in our clinic on 11/16/2026 for acute bronchitis.",
             "He may return to work on 11/19/2026 without restrictions.", "",
             "Rosalind Abernathy, MD"])
    body = """Hi - attached is the work note you asked for at your visit. Let us know if your employer
needs a different form.

Marrowfield Clinic Front Desk
"""
    return mk(("Marrowfield Front Desk", "frontdesk@marrowfield.example.org"), ("Rafael Okonkwo", "rafa.okonkwo@mail.example.net"),
              "Your work note", MP("mixed", T(body), A(p, "application/pdf", "work_note.pdf")), dt("2026-11-16 16:00", "-0600"))


@reg("phi", "attorney-records-request-injury", "law firm requests a named client's medical records and describes injuries")
def _():
    body = """Dear Custodian of Records,

This office represents Fenna Rautenbach (DOB 02/17/1988) for injuries sustained in a
motor vehicle collision on 06/30/2026. Enclosed is a signed authorization. Please
produce all records, imaging and billing for treatment from 06/30/2026 to present,
including the ED visit (right wrist fracture, concussion) and orthopedic follow-up.

Please invoice us for reasonable copying costs.

Very truly yours,
Paralegal to Marcus Iwu, Esq.
Iwu & Pemberton LLP | 555-0183
"""
    return mk(("Iwu & Pemberton LLP", "records-requests@iwupemberton.example.com"), "roi@stbrennans.example.org",
              "Records request - F. Rautenbach (DOI 06/30/2026)", T(body), dt("2026-10-07 11:10", "-0400"))


@reg("phi", "research-visit-egfr-participant", "research coordinator e-mail with a named participant's study visit labs")
def _():
    body = """Hi Dr. Ekwueme,

Visit 4 for participant 118-0042 (Amara Rautenbach) is done. Her eGFR came back at
41, down from 58 at baseline, and potassium 5.6. Per protocol section 8.3 that's a
dose-hold for CARDIQOR. Can you review and sign the hold before Friday? I've put her
on the schedule for a repeat BMP on Monday.

Thanks,
Wren Ostrowski, CCRC
Cardiovascular Research Unit | 555-0165
"""
    return mk(("Wren Ostrowski", "wostrowski@stbrennans.example.org"), ("Emeka Ekwueme", "eekwueme@stbrennans.example.org"),
              "118-0042 V4 labs - dose hold?", T(body), dt("2026-11-05 15:48", "-0500"))


@reg("phi", "it-ticket-allergy-list-not-loading", "IT help-desk ticket that names a patient, MRN and her sulfa allergy")
def _():
    body = """Ticket INC-205511 created by yusra.ngata (Med/Surg 5E)
Category: EHR > Chart > Allergies
Priority: 2 - High

Description:
Chart for LINDQVIST, SOLVEIG MRN K2207731 will not display the allergy list (spinning
wheel). She has a sulfa allergy (hives) and a new order for Bactrim just came over from
the ED. Pharmacy caught it but we need the banner working. Other patients' charts are
OK. Tried logging out, clearing cache.

Assigned: Clinical Apps - Tier 2
"""
    return mk(("IT Service Desk", "servicedesk@cobaltbayhealth.example.org"), "clinapps-tier2@cobaltbayhealth.example.org",
              "[INC-205511] Allergy list not loading - 5E", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-21 14:03", "-0800"))


@reg("phi", "interface-analyst-pasted-oru", "interface analyst pastes a failed production HL7 ORU with a named patient's lab results in the body")
def _():
    body = """Vendor team,

This one failed with "OBX-3 unknown code" in production. Raw message below (sorry,
couldn't get a de-identified copy in time):

MSH|^~\\&|BWLIS|BELLWEATHER|CBH_EHR|CBH|20261117101500||ORU^R01|BW26111710150031|P|2.5.1
PID|1||W9920118^^^CBH^MR||ODUYA^ROSALIND^M||19800412|F
OBR|1|CB77120|BW99418|83036^HEMOGLOBIN A1C^CPT|||20261117071000
OBX|1|NM|4548-4X^Hemoglobin A1c^LN||8.9|%|4.0-5.6|H|||F
OBX|2|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F

The code should be 4548-4; the X comes from the instrument mapping table. Can you fix
the map and replay?

Raj
"""
    return mk(("Raj Castellanos", "rcastellanos@lindenridge.example.org"), ("Corvane Interfaces", "interfaces@corvane-dx.example.com"),
              "Failed ORU BW26111710150031 - OBX-3 mapping", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-17 10:40", "-0800"))


@reg("phi", "auto-insurer-bodily-injury-chiro", "auto insurer's bodily-injury adjuster asks about a named claimant's whiplash chiropractic treatment and bills (health care payment: phi)")
def _():
    body = """Dear Dr. Delacroix-May,

Re: Claim BI-26-700184, claimant Anselm Papadakis, DOL 08/14/2026

We are evaluating Mr. Papadakis's bodily injury claim following a rear-end collision.
Your bills show 22 chiropractic visits (98941, 97140) for cervical sprain/whiplash
between 08/20 and 11/06, totalling $3,410. Please provide your narrative report,
treatment plan and expected discharge date so we can consider the charges.

Regards,
Phil Yilmazer, Bodily Injury Adjuster
Evergreen Mutual Auto | 555-0169
"""
    return mk(("Phil Yilmazer", "pyilmazer@evergreenmutual.example.com"), ("Dr. Nadia Delacroix-May", "office@delacroix-chiro.example.com"),
              "BI-26-700184 - narrative request", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-10 13:00", "-0800"))


@reg("phi", "hospice-admission-comfort-meds", "hospice intake about a named patient with pancreatic cancer and comfort medications")
def _():
    body = """Hi Joaquim,

Admission visit for Mr. Ignatius Halloran done this afternoon. Metastatic pancreatic
cancer, PPS 40%, DNR/POLST signed. Wife and son at home 24/7. Comfort kit delivered
(morphine concentrate 20 mg/mL, lorazepam 0.5 mg, haloperidol, atropine drops). He's
on fentanyl 25 mcg patch - pain 3/10 today. Bowel regimen started. Chaplain visit
Thursday at the family's request.

Next RN visit Wed. I'll call Dr. Ferreira-Luz for the face-to-face.

Thanks,
Delphine
Pinecrest Hospice
"""
    return mk(("Delphine Oyelaran RN", "doyelaran@pinecrest-hh.example.org"), ("Joaquim Strand", "jstrand@pinecrest-hh.example.org"),
              "Halloran admission done", T(body), dt("2026-11-23 18:12", "-0800"))


@reg("phi", "telehealth-dermatology-video-link", "telehealth link addressed to a named patient for their dermatology video visit", struct_="alternative")
def _():
    txt = """Hello Ilse,

Your video visit with Dr. Marisol Tremblay-Roy, Dermatology, is on Thursday, December
10 at 2:40 PM Pacific. Please join 10 minutes early and have your photos of the
eczema patches ready to share.

Join: https://visit.lindenridge.example.org/v/88213-kqz
"""
    html = """<html><body><p>Hello Ilse,</p><p>Your video visit with <b>Dr. Marisol Tremblay-Roy, Dermatology</b>,
is on <b>Thursday, December 10 at 2:40 PM Pacific</b>. Please join 10 minutes early and have your photos
of the eczema patches ready to share.</p><p><a href="https://visit.lindenridge.example.org/v/88213-kqz">Join video visit</a></p></body></html>
"""
    return mk(("Linden Ridge Virtual Care", "virtualcare@lindenridge.example.org"), ("Ilse Kowalczyk", "ilse.k@mail.example.com"),
              "Your video visit on Dec 10", MP("alternative", T(txt), H(html)), dt("2026-11-30 09:00", "-0800"))


@reg("phi", "or-scheduler-penicillin-anaphylaxis", "OR scheduler flags a named surgical patient's penicillin anaphylaxis")
def _():
    body = """Anesthesia / pre-op,

Heads up for Thursday's first case, room 6: Oyelaran, Tariq (MRN X3340917) for lap
chole. Chart shows penicillin - anaphylaxis (2009, intubated). Surgeon's order set
defaults to cefazolin. Dr. Pemberton says use clindamycin + gentamicin, but please
confirm with pharmacy. Latex-safe room not needed.

Thanks,
Ines - OR Scheduling x4488
"""
    return mk(("Ines Santangelo", "isantangelo@stbrennans.example.org"), "preop-anesthesia@stbrennans.example.org",
              "Thu rm 6 first case - PCN anaphylaxis", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-24 15:12", "-0500"))


@reg("phi", "encrypt-tag-claim-resubmission", "[encrypt]-tagged claim resubmission with claim number, member ID and CPT")
def _():
    body = """Hi Carla,

Resubmitting the corrected claim: original 2026-288-119402, member SVH771203448-02,
DOS 10/14/2026, 29881 arthroscopic meniscectomy with modifier RT (was missing). The
op note is in the portal.

Ty
Revenue Cycle, Linden Ridge Ortho
"""
    return mk(("Tyrese Whitlock", "twhitlock@lindenridge.example.org"), ("Carla Brannigan", "provider-relations@sunvale-health.example.com"),
              "[encrypt] corrected claim 2026-288-119402", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-05 11:00", "-0800"))


@reg("phi", "dialysis-schedule-change", "dialysis unit notifies a named patient of a chair time change")
def _():
    body = """Dear Mr. Ekwueme,

Starting Monday, November 30 your dialysis chair time changes from 6:00 AM to 11:30 AM
(Mon/Wed/Fri, chair 14). Your treatment length stays at 4 hours. If the new time does
not work with your transportation, please call the social worker, Ana, at 555-0176.

Dover Plains Dialysis
"""
    return mk(("Dover Plains Dialysis", "frontdesk@doverplains-dialysis.example.com"), ("Chukwudi Ekwueme", "chukwudi.e@mail.example.com"),
              "Chair time change from 11/30", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-20 10:30", "-0500"))


@reg("phi", "bounce-dsn-endocrinology-reminder", "delivery-failure report (multipart/report) returning an appointment reminder addressed to the patient ('your appointment with Endocrinology')", struct_="report:dsn+rfc822")
def _():
    body = """Reminder: your appointment with Endocrinology (Dr. Astrid Strand) is on Tuesday,
December 8 at 10:20 AM, Linden Ridge Specialty Center, 2nd floor.

Please get your fasting labs drawn at least 3 days before. Bring your glucose meter
or CGM reader.

Reply C to confirm or call 555-0122 to reschedule.
"""
    orig = mk(("Linden Ridge Reminders", "reminders@lindenridge.example.org"), "kwabena.s@mail.example.net",
              "Appointment reminder - Dec 8", T(body, cte="7bit", cs="us-ascii"), dt("2026-12-01 07:00", "-0800"))
    human = """This is the mail system at host mx1.lindenridge.example.org.

I'm sorry to have to inform you that your message could not be delivered to one or
more recipients. It's attached below.

<kwabena.s@mail.example.net>: host mx.mail.example.net[192.0.2.25] said: 550 5.1.1
    <kwabena.s@mail.example.net>: Recipient address rejected: User unknown
"""
    status = """Reporting-MTA: dns; mx1.lindenridge.example.org
X-Postfix-Queue-ID: 4QzK1h3xYTz9vB
Arrival-Date: Tue,  1 Dec 2026 07:00:04 -0800 (PST)

Final-Recipient: rfc822; kwabena.s@mail.example.net
Original-Recipient: rfc822;kwabena.s@mail.example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mail.example.net
Diagnostic-Code: smtp; 550 5.1.1 <kwabena.s@mail.example.net>: Recipient address
    rejected: User unknown
"""
    ds = Part("message/delivery-status", [], _nl(status).replace("\n", "\r\n").encode(), None,
              [("Content-Description", "Delivery report")])
    rep = MP("report", T(human, cte="7bit", cs="us-ascii", headers=[("Content-Description", "Notification")]), ds,
             R(orig, desc="Undelivered Message"), params=["report-type=delivery-status"])
    return mk(("Mail Delivery System", "MAILER-DAEMON@mx1.lindenridge.example.org"), "reminders@lindenridge.example.org",
              "Undelivered Mail Returned to Sender", rep, dt("2026-12-01 07:01", "-0800"),
              extra=[("Auto-Submitted", "auto-replied")])

@reg("phi", "audiology-hearing-aid-fitting", "audiology clinic about a named patient's hearing loss and hearing-aid fitting")
def _():
    body = """Hi Mr. Brannigan,

Your new hearing aids have arrived! Based on your audiogram (moderate sensorineural
loss, worse on the left), Dr. Iwu ordered receiver-in-canal aids with the tinnitus
programme. Your fitting is booked for Monday, December 7 at 3:00 PM and takes about an
hour. Your insurance covered $1,500; your remaining balance of $1,890 is due at the
fitting.

Harmony Hearing Center
555-0185
"""
    return mk(("Harmony Hearing Center", "care@harmony-hearing.example.com"), ("Declan Brannigan", "declan.brannigan@mail.example.org"),
              "Your hearing aids are ready", T(body), dt("2026-11-27 14:10", "-0500"))


@reg("phi", "sleep-study-scheduling-instructions", "sleep lab schedules a named patient's overnight study with instructions")
def _():
    body = """Dear Ms. Castellanos,

Dr. Szabo-Kent has referred you for an overnight sleep study (polysomnography) for
suspected sleep apnoea. Your study is on Wednesday, December 16. Please arrive at
8:30 PM at the Sleep Disorders Center, 3rd floor, Pavilion B.

 - No caffeine after noon, no naps that day
 - Take your usual medicines, including your lisinopril
 - Bring comfortable clothes and your own pillow if you like

Cobalt Bay Sleep Disorders Center | 555-0128
"""
    return mk(("CBH Sleep Center", "sleep@cobaltbayhealth.example.org"), ("Ximena Castellanos", "ximena.c@mail.example.com"),
              "Your sleep study on Dec 16", T(body), dt("2026-11-30 12:20", "-0800"))


@reg("phi", "nurse-handoff-reply-chain-bed7", "nested reply chain of a nurse handoff about the patient in bed 7, named, with meds and vitals")
def _():
    body = """Got it, I'll recheck the lactate at 0400.

-----Original Message-----
From: Anselm Vasquez <avasquez@stbrennans.example.org>
Sent: Saturday, November 28, 2026 7:02 PM
To: Night RN 3N <3n-nights@stbrennans.example.org>
Subject: RE: FW: bed 7

Also his wife is coming at 8, she's the decision maker.

-----Original Message-----
From: Yusra Okonkwo <yokonkwo@stbrennans.example.org>
Sent: Saturday, November 28, 2026 6:45 PM
To: Anselm Vasquez <avasquez@stbrennans.example.org>
Subject: FW: bed 7

Bed 7 - Mr. Pieter Achterberg, 78, urosepsis. Lactate 3.1 -> 2.4 after 2 L. On
ceftriaxone 2 g daily, first dose 14:00. BP 98/60, MAP 72. Foley in, UO 35 mL/h.
Repeat lactate due 04:00. Hold his metoprolol if SBP < 100.
"""
    return mk(("Fenna Lindqvist", "flindqvist@stbrennans.example.org"), ("Anselm Vasquez", "avasquez@stbrennans.example.org"),
              "RE: RE: FW: bed 7", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-28 19:30", "-0500"),
              irt=mid("bed7-2"), refs=mid("bed7-1") + " " + mid("bed7-2"))
# ===========================================================================
# English, label restricted
# ===========================================================================
@reg("restricted", "ics-therapy-session-client", "therapist's calendar invite for a named client's psychotherapy session (mental health)", struct_="alternative:ics")
def _():
    cal = ics(["PRODID:-//Clearwater Counseling//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
               "UID:session-20261208-ormsby@clearwater-counseling.example.com", "DTSTAMP:20261201T020000Z",
               "DTSTART:20261208T230000Z", "DTEND:20261208T235000Z",
               "SUMMARY:Session - Bartholomew Ormsby (CBT for panic disorder\\, #9)",
               "LOCATION:Telehealth - https://session.clearwater-counseling.example.com/r/ormsby",
               "ORGANIZER;CN=Wren Delacroix LCSW:mailto:wren@clearwater-counseling.example.com",
               "ATTENDEE;CN=Bartholomew Ormsby:mailto:bart.ormsby@mail.example.net",
               "END:VEVENT"])
    txt = """Hi Bart - same time next week, on video. Keep going with the interoceptive exposure
practice and the breathing log; we'll review them together.

Wren
"""
    return mk(("Wren Delacroix, LCSW", "wren@clearwater-counseling.example.com"), ("Bartholomew Ormsby", "bart.ormsby@mail.example.net"),
              "Next session: Tue Dec 8, 3:00 PM",
              MP("alternative", T(txt), T(cal, "calendar", cs="utf-8", cte="7bit", params=["method=REQUEST"])),
              dt("2026-12-01 18:00", "-0800"))


@reg("restricted", "psych-discharge-bipolar-lithium-pdf", "inpatient psychiatry discharge summary PDF for a named patient with bipolar disorder and lithium level", struct_="mixed:pdf-flate")
def _():
    pages = [["ST. BRENNAN'S HOSPITAL - INPATIENT PSYCHIATRY DISCHARGE SUMMARY", "",
              "Patient: Caspian Marchetti    MRN: W7710442    DOB: 1993-01-28",
              "Admitted: 2026-10-30 (involuntary hold, converted to voluntary 11/01)",
              "Discharged: 2026-11-12", "Attending: Dr. Priyanka Haverford, Psychiatry", "",
              "Diagnosis: Bipolar I disorder, current episode manic, severe, with psychotic features",
              "Hospital course: admitted after 5 nights without sleep, grandiose and pressured;",
              "restarted lithium carbonate, titrated to 900 mg at bedtime; olanzapine 10 mg",
              "at bedtime for psychosis, to taper over 6 weeks. Lithium level 0.8 mmol/L on 11/10.",
              "TSH and creatinine normal."],
             ["Safety: no suicidal ideation at discharge; safety plan reviewed with sister.",
              "Follow-up: outpatient psychiatry 11/19 (Dr. Haverford), lithium level + BMP in 1 week,",
              "intensive outpatient bipolar group starting 11/16.", "",
              "Electronically signed 2026-11-12 14:03"]]
    body = """Dr. Villalobos,

Your patient Mr. Marchetti was discharged from our inpatient unit today. The summary is
attached. He has agreed to our sharing it with you as his PCP.

Psychiatry Discharge Coordinator, St. Brennan's
"""
    return mk(("SBH Psychiatry", "psych-discharge@stbrennans.example.org"), ("Ignacio Villalobos MD", "ivillalobos@eastmere-fp.example.org"),
              "Discharge summary - your patient", MP("mixed", T(body), A(pdf(pages, flate=True), "application/pdf", "DC_summary_W7710442.pdf")),
              dt("2026-11-12 15:30", "-0500"))


@reg("restricted", "pcp-depression-sertraline-phq9", "PCP note to a colleague about a named patient's major depression treatment and PHQ-9")
def _():
    body = """Hi Noor,

Can you pick up Ms. Ilse Ricciardi on Thursday while I'm away? Quick summary: major
depressive disorder, moderate, PHQ-9 17 at the October visit, 11 today after six weeks
of sertraline 100 mg. No SI. Sleep better, still low energy. I referred her to the
behavioral health integration therapist (first session went well). Plan was to keep
the dose and recheck PHQ-9 in 4 weeks - just make sure she has refills.

Thanks!
Amara
"""
    return mk(("Amara Okonkwo-Bell", "aokonkwobell@eastmere-fp.example.org"), ("Noor Papadakis NP", "npapadakis@eastmere-fp.example.org"),
              "covering Ricciardi Thu", T(body), dt("2026-11-17 12:44", "-0500"))


@reg("restricted", "eating-disorder-program-parent-inquiry", "parent asks an eating-disorder programme about intake for her named daughter with anorexia")
def _():
    body = """Hello,

Our pediatrician (Dr. Oyelaran at Millbrook Pediatrics) told us to contact you. My
daughter Maya Fairweather is 15 and has lost 18 pounds since June. She was diagnosed
with anorexia nervosa last week; her heart rate was 46 lying down and they almost
admitted her. She's refusing most meals and exercising at night.

Do you have an opening in the day treatment program or the intake assessment soon?
Our insurance is Calloway (member CAL-3391-02817-02). I can bring her any day.

Thank you,
Jennifer Fairweather
555-0146
"""
    return mk(("Jennifer Fairweather", "jen.fairweather@mail.example.com"), "intake@harborlight-ed.example.org",
              "Intake for my daughter (anorexia) - urgent", T(body), dt("2026-11-09 22:15", "-0500"))


@reg("restricted", "clozapine-anc-rems-pharmacy", "pharmacy REMS ANC check for a named patient on clozapine for schizophrenia")
def _():
    body = """Dr. Haverford,

We can't dispense the next 14-day supply of clozapine 200 mg for Mr. Rashid Ngata
(DOB 1988-07-14) until we have a current ANC. The last one on file is 11/02 (1,850/uL,
which is mild neutropenia for the general range). His schizophrenia has been stable on
this dose and he's down to his last 2 days. Could the clinic draw an ANC today and fax
the result? We'll hold the fill.

Theresa Ekwueme, RPh
Birch Street Pharmacy | 555-0154
"""
    return mk(("Birch Street Pharmacy", "rx@birchstreet-pharmacy.example.com"), ("Priyanka Haverford MD", "phaverford@stbrennans.example.org"),
              "Clozapine - ANC needed today", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-18 09:55", "-0500"))


@reg("restricted", "school-counselor-self-harm-referral", "school counsellor tells a parent about their named son's self-harm and a child psychiatry referral")
def _():
    body = """Dear Mr. Lukashenko-Reyes,

Thank you for coming in today. As we discussed, Diego told me about cutting on his
forearms over the past month and about feeling hopeless since the breakup. I completed
the safety screen with him and he does not have a plan, but I've made an urgent
referral to the child and adolescent psychiatry clinic at Quillan Valley (they will
call you within 2 business days) and given him the 988 crisis line.

Please keep sharp objects and medicines locked at home for now. Diego can check in with
me any morning before first period.

Ms. Mireille Castellanos, School Counselor
Hollis Creek High School | 555-0187
"""
    return mk(("Mireille Castellanos", "mcastellanos@holliscreek-hs.example.org"), ("Fernando Lukashenko-Reyes", "f.lukashenko@mail.example.com"),
              "Follow-up from today's meeting about Diego", T(body), dt("2026-11-05 16:20", "-0500"))


@reg("restricted", "adhd-psychiatry-service-med-management", "psychiatric service (adult ADHD clinic in psychiatry) managing a named patient's ADHD medication")
def _():
    body = """Hi Kwabena,

This is the Adult ADHD Clinic in the Department of Psychiatry. Dr. Nakashima has
reviewed your symptom scales and your blood pressure log. She'd like to increase your
lisdexamfetamine from 30 mg to 40 mg each morning; the new prescription was sent today.
Please keep the BP log going and don't take it after noon.

Your next psychiatry med-management visit is January 12 at 4:00 PM.

Department of Psychiatry, Quillan Valley Health | 555-0149
"""
    return mk(("QVH Psychiatry - Adult ADHD Clinic", "adhd-clinic@quillanvalley.example.org"), ("Kwabena Strand", "kwabena.strand@mail.example.net"),
              "Dose change", T(body), dt("2026-11-25 15:00", "-0800"))


@reg("restricted", "hl7-methadone-dosing-otp", "HL7 pharmacy message from an opioid treatment programme with a named patient's methadone dose", struct_="mixed:hl7")
def _():
    m = hl7("MSH|^~\\&|OTPDOSE|RIVERBEND_OTP|CBH_EHR|CBH|20261102073000||RDE^O11^RDE_O11|RB26110207300004|P|2.5.1",
            "PID|1||RB-004471^^^RIVERBEND^MR||TREMBLAY^JOAQUIM^A||19840621|M",
            "ORC|NW|RX77120|||||^^^20261102",
            "RXE|^^^20261102^^R|11790^methadone hydrochloride oral concentrate 10 mg/mL^RXNORM|85||mg|||Daily observed dose; take-homes: 2 (Sat/Sun)",
            "NTE|1||OUD, stable phase. Last UDS 10/26 positive methadone only. 42 CFR Part 2 - redisclosure prohibited")
    body = """Attached is the dosing record you requested for the patient's admission tomorrow.
He has signed a Part 2 consent for disclosure to Cobalt Bay Health inpatient medicine
only. Please continue methadone 85 mg daily while inpatient and call us before
discharge so we can arrange his next dose at the clinic.

NOTICE: This information has been disclosed to you from records protected by federal
confidentiality rules (42 CFR part 2). Further disclosure is prohibited unless
permitted by the regulations.

Riverbend Recovery Services - Nursing | 555-0139
"""
    return mk(("Riverbend OTP Nursing", "otp-nursing@riverbend.example.org"), "pharmacy-admissions@cobaltbayhealth.example.org",
              "Dose verification for tomorrow's admission", MP("mixed", T(body), A(m, "application/hl7-v2", "RB26110207300004.hl7")),
              dt("2026-11-02 07:40", "-0800"))


@reg("restricted", "buprenorphine-prior-auth-request", "prior-authorisation request for a named member's buprenorphine/naloxone film for opioid use disorder")
def _():
    body = """PRIOR AUTHORIZATION REQUEST - PHARMACY

Member: Svetlana Oyelaran   Member ID: SVH650118204-01   DOB: 1990-03-12
Drug: bupre""" + SB + """norphine/naloxone 8 mg/2 mg sublingual film, 2 films daily (#60/30 days)
Diagnosis: F11.20 opioid use disorder, moderate
Prescriber: Ignacio Villalobos, MD  NPI %s  X-waiver no longer required
Clinical: induction 10/15, stabilised at 16 mg; UDS negative for fentanyl x3; engaged
in weekly counselling. Requesting 16 mg/day above plan quantity limit of 1 film/day.

Urgent: patient has 3 days left.
""" % npi("129384750")
    return mk(("Eastmere Family Practice", "pa@eastmere-fp.example.org"), "rx-pa@sunvale-health.example.com",
              "URGENT PA - bup/nlx 16 mg/day - Oyelaran", T(body, cte="qp", cs="us-ascii"), dt("2026-11-24 08:20", "-0500"))


@reg("restricted", "sublocade-injection-reminder", "clinic reminds a named patient of their monthly Sublocade injection")
def _():
    body = """Hi Marco,

Quick reminder that your monthly Sublocade shot is due - we have you down for Friday
12/4 at 10:30 with nurse Keisha. It's been 28 days since the last one, so anytime this
week works if Friday doesn't. Bring your ID. If you've had any cravings or used since
your last visit, no judgment, just let us know when you come in.

Northside Recovery Clinic
555-0144
"""
    return mk(("Northside Recovery Clinic", "reminders@northside-recovery.example.org"), ("Marco Santangelo", "marco.s@mail.example.com"),
              "Your shot is due this week", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-30 10:00", "-0600"))


@reg("restricted", "display-name-alcohol-clinic-naltrexone-followup", "alcohol-use-disorder clinic (display name) confirms a named patient's naltrexone follow-up")
def _():
    body = """Hello Mr. Thorsby,

We look forward to seeing you on Tuesday, November 24 at 9:40 AM with Dr. Albrecht.
Please have your liver blood test done at least two days before - the order is in. If
the naltrexone is upsetting your stomach, bring that up at the visit rather than
stopping it.

Front Desk
"""
    return mk(("Alcohol Recovery Clinic - Front Desk", "frontdesk-arc@quillanvalley.example.org"), ("Bogdan Thorsby", "bogdan.thorsby@mail.example.org"),
              "Appointment confirmation 11/24", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-18 11:40", "-0800"))


@reg("restricted", "csv-iop-group-roster", "CSV roster of 22 named patients in a substance-use intensive outpatient programme with attendance and UDS", struct_="mixed:csv")
def _():
    rows = [["client", "dob", "track", "counselor", "mon", "wed", "thu", "uds_last", "cm_points"]]
    for p in people(22, "iop-roster"):
        r = p["rnd"]
        rows.append(["%s %s" % (p["first"], p["last"]), p["dob"], r.choice(["OUD", "AUD", "stimulant", "OUD"]),
                     r.choice(["Castellanos", "Delacroix", "Mwangi"]), r.choice(["P", "P", "A"]), r.choice(["P", "A", "P"]),
                     r.choice(["P", "P", "E"]), r.choice(["neg", "neg", "pos-THC", "pos-fent", "neg"]), str(r.randint(0, 120))])
    body = """Group leads - this week's IOP roster and attendance attached. Contingency management
points are updated through Wednesday. Please mark Thursday by 5pm.

Reminder: Part 2 records, do not forward outside the program.

Dana
Riverbend IOP Coordinator
"""
    return mk(("Dana Mwangi", "dmwangi@riverbend.example.org"), "iop-leads@riverbend.example.org",
              "IOP roster wk 47", MP("mixed", T(body), A(csvtext(rows), "text/csv", "IOP_wk47.csv", cs="utf-8")),
              dt("2026-11-19 17:30", "-0700"))


@reg("restricted", "part2-attendance-letter-probation", "SUD treatment programme letter to a probation officer about a named client's attendance, with Part 2 notice", struct_="mixed:pdf")
def _():
    p = pdf(["Riverbend Recovery Services", "", "November 20, 2026", "",
             "Officer Dana Pemberton, County Adult Probation", "",
             "Re: Eli Marchetti, DOB 1997-09-03", "",
             "Per Mr. Marchetti's written consent (42 CFR 2.35), we confirm he has attended",
             "11 of 12 scheduled intensive outpatient sessions since 10/06/2026 and his",
             "toxicology screens have been negative since 10/20/2026.", "",
             "This information has been disclosed to you from records protected by federal",
             "confidentiality rules (42 CFR part 2).", "", "Counselor: Renata Delacroix, LADC"])
    body = """Officer Pemberton,

Attached is the attendance letter covered by Mr. Marchetti's consent. Let me know if
the court needs it in a different format.

Renata Delacroix, LADC
"""
    return mk(("Renata Delacroix", "rdelacroix@riverbend.example.org"), ("Dana Pemberton", "dpemberton@probation.county.example.gov.test"),
              "Attendance letter", MP("mixed", T(body), A(p, "application/pdf", "letter_2026-11-20.pdf")),
              dt("2026-11-20 14:10", "-0700"))


@reg("restricted", "detox-bed-referral-social-worker", "hospital social worker refers a named patient to a detox unit for alcohol withdrawal")
def _():
    body = """Hi intake team,

Referral for medically supervised withdrawal: Amara Lindqvist, 44, currently in our ED.
Drinks ~1 L vodka daily, last drink 6 hours ago, CIWA 12, history of withdrawal
seizure in 2023. Wants detox and then residential. No acute medical issues besides
mild hepatitis (AST 112, ALT 68). Uninsured - she's applied for Medicaid today.

Can you take her tonight? Our ED can give the first dose of chlordiazepoxide before
transfer.

Yusra Brannigan, LCSW
ED Social Work, Cobalt Bay Health | 555-0118
"""
    return mk(("Yusra Brannigan LCSW", "ybrannigan@cobaltbayhealth.example.org"), "intake@stillwater-detox.example.org",
              "Detox referral from CBH ED - tonight?", T(body), dt("2026-11-14 19:02", "-0800"))


@reg("restricted", "fhir-hiv-viral-load-observation", "FHIR Observation with a named patient's HIV-1 viral load", struct_="mixed:fhir")
def _():
    obs = {"resourceType": "Observation", "id": "vl-88190", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "20447-9", "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"}]},
           "subject": {"reference": "Patient/cbh-22018", "display": "Theo Quilliam"},
           "effectiveDateTime": "2026-11-09T10:02:00-08:00",
           "valueQuantity": {"value": 48000, "unit": "copies/mL"},
           "interpretation": [{"coding": [{"code": "H"}]}],
           "note": [{"text": "Rebound after 2 months off bictegravir/emtricitabine/tenofovir alafenamide."}]}
    body = """ID clinic nurses, this result came in for your patient; the case manager asked that it
go straight to you. Please reach out to him this week.
"""
    return mk(("CBH Lab Results", "lab-results@cobaltbayhealth.example.org"), "id-clinic@cobaltbayhealth.example.org",
              "Result for follow-up", MP("mixed", T(body, cte="7bit", cs="us-ascii"),
                                          A(fjson(obs), "application/json", "Observation-vl-88190.json", cte="7bit")),
              dt("2026-11-10 07:15", "-0800"))


@reg("restricted", "prep-refill-mail-order-pharmacy", "mail-order pharmacy shipping a named member's PrEP refill")
def _():
    body = """Hi Jordan Whitlock,

Your order #MO-5520814 has shipped:

   emtricitabine/tenofovir disoproxil fumarate 200/300 mg, 90 tablets
   Prescriber: Dr. K. Papadakis
   Tracking: QX4471887120 (discreet packaging)

Reminder from your care team: your next PrEP lab visit (HIV test and kidney function)
is due before your next refill on 02/20/2027.

Crestline Mail Order Pharmacy | 555-0159
"""
    return mk(("Crestline Mail Order Pharmacy", "orders@crestline-rx.example.com"), ("Jordan Whitlock", "jordan.w@mail.example.net"),
              "Your order has shipped", T(body), dt("2026-11-21 04:30", "-0600"))


@reg("restricted", "hiv-art-adherence-case-manager", "HIV case manager about a named client's missed antiretroviral refills and clinic visits")
def _():
    body = """Hi Dr. Papadakis,

Update on Nicolás Ferreira-Luz: he hasn't picked up his dolutegravir/lamivudine since
September and missed his 10/28 visit. I reached him by phone yesterday - he lost his
job and his housing, is staying with a cousin, and ran out of pills. I've enrolled him
in the ADAP emergency supply and booked him for Thursday. Last viral load in July was
undetectable, CD4 610.

Can we get labs the same day?

Tamsin Achterberg, MSW
HIV Care Coordination, Cobalt Bay Health
"""
    return mk(("Tamsin Achterberg", "tachterberg@cobaltbayhealth.example.org"), ("Kai Papadakis MD", "kpapadakis@cobaltbayhealth.example.org"),
              "N. Ferreira-Luz - back in care Thursday", T(body), dt("2026-11-03 13:22", "-0800"))


@reg("restricted", "subject-only-hiv-confirmatory", "restricted content only in the subject (named patient's positive HIV screen awaiting confirmation); empty body", struct_="plain:subject-only")
def _():
    return mk(("Kai Papadakis", "kpapadakis@cobaltbayhealth.example.org"), ("ID Nurse Pool", "id-nurses@cobaltbayhealth.example.org"),
              "Okafor, Grace DOB 5/2/91 - 4th gen HIV reactive, differentiation assay pending, call her today",
              T("", cte="7bit", cs="us-ascii"), dt("2026-11-27 08:05", "-0800"))


@reg("restricted", "brca2-result-letter-pdf", "genetic test result letter (BRCA2 pathogenic variant) for a named patient", struct_="mixed:pdf-flate")
def _():
    p = pdf(["Helix Point Genomics - Hereditary Cancer Panel Report", "",
             "Patient: Ingrid Santangelo    DOB: 1984-12-05    Accession: HPG-26-330118",
             "Ordering provider: Rosalind Abernathy, MD", "",
             "RESULT: POSITIVE - one pathogenic variant detected",
             "Gene: BRCA2   Variant: c.5946del (p.Ser1982Argfs*22)   Zygosity: heterozygous", "",
             "Interpretation: increased lifetime risk of breast and ovarian cancer.",
             "Genetic counselling and cascade testing of relatives are recommended."], flate=True)
    body = """Dr. Abernathy,

Your patient's hereditary cancer panel is complete; the report is attached. Our genetic
counsellors can see her within two weeks - the referral link is in the report.

Helix Point Genomics Client Services
"""
    return mk(("Helix Point Genomics", "reports@helixpoint.example.com"), ("Rosalind Abernathy MD", "rabernathy@marrowfield.example.org"),
              "Report ready: HPG-26-330118", MP("mixed", T(body), A(p, "application/pdf", "HPG-26-330118 – Santangelo, Ingrid – Hereditary Cancer Panel (BRCA2 positive).pdf", style="2231")),
              dt("2026-10-29 11:11", "-0700"))


@reg("restricted", "genetic-counselling-appointment", "genetic counselling appointment for a named patient before predictive testing")
def _():
    body = """Dear Ms. Beauchemin,

Thank you for your referral from Dr. Strand. Your genetic counselling appointment is
on Monday, December 14 at 1:00 PM (video). We will talk about your family history of
early colon cancer, what testing might show, and what it can mean for your children,
before you decide whether to give a sample.

Please fill in the family tree questionnaire (three generations) in the portal before
the visit.

Cancer Genetics Program, St. Brennan's | 555-0168
"""
    return mk(("SBH Cancer Genetics", "genetics@stbrennans.example.org"), ("Mireille Beauchemin", "mireille.b@mail.example.com"),
              "Your genetic counselling appointment", T(body), dt("2026-11-30 14:30", "-0500"))


@reg("restricted", "carrier-screening-cf-partner", "named couple's cystic fibrosis carrier screening result and partner testing (genetic)")
def _():
    body = """Hi Zofia,

Your expanded carrier screening came back: you are a carrier of one CFTR variant
(F508del) for cystic fibrosis. Being a carrier doesn't affect your own health. The next
step is testing Mateusz - if he is not a carrier, the chance your baby would have CF is
very low. I've put the order in for him; he can go to any Bellweather draw site with
his ID. Happy to talk it through by phone.

Solveig Papadakis, CNM
QVH Women's Health
"""
    return mk(("Solveig Papadakis CNM", "spapadakis@quillanvalley.example.org"), ("Zofia Ostrowski", "zofia.ostrowski@mail.example.net"),
              "Your carrier screening", T(body), dt("2026-10-26 12:12", "-0700"))


@reg("restricted", "huntington-predictive-testing-sibling", "named person asks about predictive Huntington disease testing because of a parent's diagnosis")
def _():
    body = """To the genetics clinic,

My father was diagnosed with Huntington's disease in 2024 (CAG 44). My brother has
decided not to be tested, but I want to know before we start trying for a family. I'm
36 and have no symptoms. I understand there are several counselling sessions before
the blood test. Can I start the process, and will my results be shared with my brother
or my employer?

Liesel Abernathy
DOB 1990-04-18
"""
    return mk(("Liesel Abernathy", "liesel.abernathy@mail.example.org"), "genetics@stbrennans.example.org",
              "predictive testing", T(body), dt("2026-11-07 09:45", "-0500"))


@reg("restricted", "lynch-syndrome-reply-chain", "reply chain between GI and genetics about a named patient's Lynch syndrome (MLH1) result")
def _():
    body = """Agree - I'll book her colonoscopy for 1 year and send the cascade letters for her
siblings with the family letter template.

Haruto

On Mon, Nov 23, 2026, 4:08 PM Astrid Delacroix <adelacroix@stbrennans.example.org> wrote:
> Dr. Nakashima,
>
> Germline testing for your patient Thiago Marchetti (MRN W3391044) confirmed a
> pathogenic MLH1 variant (c.350C>T) - Lynch syndrome, consistent with the MMR-deficient
> tumour. He's aware; I met with him today. He'll need colonoscopy every 1-2 years and
> his three siblings should be offered testing.
>
> Astrid Delacroix, MS, CGC
> Cancer Genetics Program
"""
    return mk(("Haruto Nakashima MD", "hnakashima@lindenridge.example.org"), ("Astrid Delacroix", "adelacroix@stbrennans.example.org"),
              "Re: MLH1 result - Marchetti", T(body), dt("2026-11-23 17:20", "-0800"), irt=mid("mlh1-marchetti"))


@reg("restricted", "medication-abortion-followup", "follow-up message to a named patient after a medication abortion (mifepristone/misoprostol)")
def _():
    body = """Hi Rosa,

Checking in after your visit on November 18. By now you should have taken the
misoprostol. Cramping and bleeding heavier than a period for a few hours is expected.
Please call us right away if you soak more than 2 pads an hour for 2 hours in a row,
or have a fever over 100.4 F that lasts more than 24 hours.

Your follow-up pregnancy test is the one in your kit - take it on December 16. If
it's positive, call us. Your contraception implant appointment is also on the 16th.

Quillan Valley Women's Health - Family Planning
24-hour line 555-0153
"""
    return mk(("QVH Family Planning", "familyplanning@quillanvalley.example.org"), ("Rosa Ekwueme", "rosa.ekwueme@mail.example.net"),
              "Checking in after your visit", T(body), dt("2026-11-20 10:10", "-0800"))


@reg("restricted", "iud-insertion-appointment", "named patient's IUD insertion appointment (contraceptive care)")
def _():
    body = """Hello Amara,

Your appointment for IUD insertion (levonorgestrel 52 mg) with Dr. Tremblay-Roy is
Wednesday, December 2 at 8:40 AM. Take 600 mg ibuprofen an hour before. If your
period has started since your last visit or you've had unprotected sex in the past two
weeks, please call us - we may need to do a pregnancy test first.

Marrowfield Clinic - Gynecology
"""
    return mk(("Marrowfield Gynecology", "gyn@marrowfield.example.org"), ("Amara Haverford", "amara.haverford@mail.example.com"),
              "Your appointment on Dec 2", T(body, cte="7bit", cs="us-ascii"), dt("2026-11-27 16:00", "-0600"))


@reg("restricted", "ivf-cycle-monitoring-estradiol", "fertility clinic monitoring message for a named IVF patient with estradiol and trigger timing")
def _():
    body = """Hi Noor,

Today's monitoring (cycle day 10): estradiol 2,140 pg/mL, 14 follicles, lead follicles
19, 18, 18 and 17 mm. Dr. Lindqvist says you're ready to trigger!

  - Tonight at 9:30 PM exactly: trigger injection (as taught)
  - Stop the Menopur and the cetrorelix - no more stims
  - Egg retrieval: Friday at 9:30 AM (arrive 8:30, nothing to eat after midnight)

Your partner's sample is due the same morning at 9:00.

Bloom Fertility Partners, Nurse Team
555-0173
"""
    return mk(("Bloom Fertility Nurses", "nurses@bloomfertility.example.com"), ("Noor Beauchemin", "noor.beauchemin@mail.example.org"),
              "Trigger tonight!", T(body), dt("2026-11-11 14:45", "-0500"))


@reg("restricted", "chlamydia-result-portal-message", "portal message to a named patient with a positive chlamydia result and treatment (STI)", struct_="alternative:html-spans-entities")
def _():
    body = """Hi Diego,

Your urine test from Monday was positive for chlamydia. Gonorrhea was negative. This
is common and easy to treat: we sent doxycycline 100 mg twice a day for 7 days to your
pharmacy. Please avoid sex for 7 days after finishing and until your partner(s) are
treated - we can give you expedited partner therapy if you reply with how many
partners need it. A repeat test in 3 months is recommended.

Nurse Tamsin, Marrowfield Clinic
"""
    html = """<html><body><div style="font-family:Calibri,sans-serif">
<p>Hi Diego,</p>
<p>Your urine test from Monday was <b>positive</b> for <span class="lab">chla</span><span class="lab">mydia</span>.
Gonorrhea was negative. This is common and easy to treat: we sent
<span>&#100;oxycycline</span> 100&nbsp;mg twice a day for 7&nbsp;days to your pharmacy.</p>
<p>Please avoid sex for 7 days after finishing and until your partner(s) are treated &ndash; we can give you
expedited partner therapy if you reply with how many partners need it. A repeat test in 3&nbsp;months is recommended.</p>
<p>Nurse Tamsin, Marrowfield Clinic</p>
</div></body></html>
"""
    return mk(("Marrowfield Patient Portal", "portal@marrowfield.example.org"), ("Diego Halloran", "diego.halloran@mail.example.net"),
              "Message from your care team", MP("alternative", T(body), H(html)), dt("2026-11-12 12:30", "-0600"))


@reg("restricted", "vasectomy-consult-followup", "named patient's vasectomy consultation and semen analysis plan: permanent contraception, treated as contraceptive care")
def _():
    body = """Hi Mr. Okonkwo,

Thanks for coming in for your vasectomy consultation with Dr. Ricciardi. As discussed,
the procedure is booked for January 8 at 7:30 AM under local anaesthetic. Keep using
other contraception until your semen analysis at 12 weeks shows no sperm - we'll send
you the kit. Please sign the consent form in the portal before the day.

Linden Ridge Urology | 555-0123
"""
    return mk(("Linden Ridge Urology", "urology@lindenridge.example.org"), ("Chidi Okonkwo", "chidi.okonkwo@mail.example.com"),
              "Your vasectomy procedure on Jan 8", T(body), dt("2026-11-19 15:05", "-0800"))
# ===========================================================================
# Spanish
# ===========================================================================
@reg("none", "trap-es-boletin-dengue-agregado", "Spanish (ISO-8859-1, QP) epidemiology bulletin with aggregate dengue counts and clinical advice; no individual", lang="es", struct_="plain:latin1-qp")
def _():
    body = """BOLETÍN EPIDEMIOLÓGICO SEMANAL - Semana 44/2026
Dirección de Vigilancia, Secretaría de Salud del Distrito (ficticia)

Dengue
  Casos probables acumulados: 3.418 (semana anterior: 3.102)
  Confirmados por laboratorio: 1.207
  Dengue grave: 41   Defunciones en estudio: 2
  Serotipo predominante: DENV-3

Distribución por grupo de edad (confirmados)
  0-14 años: 28 %   15-44: 49 %   45-64: 17 %   65 y más: 6 %

Recomendaciones para el personal de salud
 - Notificar todo caso probable en las primeras 24 horas.
 - Evitar AINE en pacientes con sospecha de dengue; usar paracetamol.
 - Vigilar signos de alarma: dolor abdominal intenso, vómitos persistentes, sangrado
   de mucosas, letargo.

Jornada de eliminación de criaderos: sábado 14 de noviembre, barrios del sector norte.
"""
    return mk(("Vigilancia Epidemiológica", "boletin@vigilancia.salud.example.org"), "red-prestadores@vigilancia.salud.example.org",
              "Boletín epidemiológico semana 44: dengue en aumento", T(body, cs="iso-8859-1", cte="qp", lang="es"),
              dt("2026-11-06 08:00", "-0500"), scs="iso-8859-1", senc="Q")


@reg("none", "trap-es-siniestro-auto-granizo", "Spanish car-insurance hail claim with claim/policy numbers and a named policyholder; no injury, no health care", lang="es", struct_="plain:cp1252")
def _():
    body = """Estimado Sr. Villalobos:

Le confirmamos la apertura del siniestro n.º SN-2026-0778312 de su póliza de
automóvil AU-44-190027 (Seat León, matrícula 4471-KLM).

  Fecha del siniestro: 29/10/2026
  Causa declarada: granizo, daños en capó, techo y luna trasera
  Daños personales: no se declaran

Nuestro perito, D. Andrés Marchetti, le llamará para concertar la peritación en el
taller que usted elija. La franquicia aplicable es de 150 €. Le recordamos que puede
seguir el estado de su expediente en el área de clientes.

Atentamente,
Departamento de Siniestros - Seguros Aldaba (ficticia)
Tel. 900 555 0131
"""
    return mk(("Seguros Aldaba - Siniestros", "siniestros@segurosaldaba.example.es.test"), ("Ignacio Villalobos", "ivillalobos@correo.example.es.test"),
              "Apertura de siniestro SN-2026-0778312 – peritación", T(body, cs="windows-1252", cte="8bit", lang="es"),
              dt("2026-10-30 12:40", "+0100"), scs="windows-1252", senc="Q")


@reg("none", "trap-es-farmacia-promo-html", "Spanish pharmacy promotion (base64 HTML) naming drugs, a pregnancy test and vaccines; no individual", lang="es", struct_="html")
def _():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<h2 style="color:#0a7a3e">Farmacia San Telmo &ndash; Ofertas de noviembre</h2>
<ul>
<li>Ibuprofeno 400 mg, 20 comprimidos: <b>2,10 &euro;</b></li>
<li>Omeprazol 20 mg (EFG) 28 c&aacute;psulas: consulte en mostrador</li>
<li>Test de embarazo digital: &ndash;20&nbsp;%</li>
<li>Tensi&oacute;metro de brazo autom&aacute;tico: 29,90 &euro;</li>
</ul>
<p>&iexcl;Ya puede vacunarse de la gripe y del COVID en nuestra farmacia! Pida cita en el 555&nbsp;0156.</p>
<p style="font-size:11px">Lea las instrucciones de este medicamento y consulte al farmac&eacute;utico.
Si no desea recibir m&aacute;s correos, <a href="https://farmaciasantelmo.example.es.test/baja">d&eacute;se de baja</a>.</p>
</body></html>
"""
    return mk(("Farmacia San Telmo", "ofertas@farmaciasantelmo.example.es.test"), "clientes@farmaciasantelmo.example.es.test",
              "Ofertas de noviembre y vacunación de gripe", H(html, cte="base64"), dt("2026-11-03 10:00", "+0100"))


@reg("phi", "es-recordatorio-cita-podologia", "Spanish front-desk reminder to a named patient of a diabetic-foot podiatry appointment", lang="es", struct_="plain:cp1252-qp")
def _():
    body = """Hola, Sr. Ramírez:

Le escribimos desde la recepción de la Clínica Vista Alegre para recordarle su cita
de podología (control de pie diabético) el martes 24 de noviembre a las 10:15 con la
Dra. Fenna Castellanos.

Por favor, traiga su glucómetro y la lista de medicamentos que toma. Si no puede
venir, avísenos al 555-0151 con 24 horas de antelación.

¡Gracias!
Recepción - Clínica Vista Alegre
"""
    return mk(("Clínica Vista Alegre - Recepción", "recepcion@vistaalegre-clinica.example.com", "windows-1252", "Q"),
              ("Hernán Ramírez", "hernan.ramirez@correo.example.com"),
              "Recordatorio: su cita de podología el 24/11", T(body, cs="windows-1252", cte="qp", lang="es"),
              dt("2026-11-20 09:30", "-0600"), scs="windows-1252", senc="Q")


@reg("phi", "es-enfermera-escolar-asma-mixto", "mixed Spanish/English school nurse to a parent about her named daughter's asthma attack and albuterol", lang="es", struct_="plain:mixed-language")
def _():
    body = """Hola Sra. Marisol Quintero,

Le escribo de la enfermería de Hollis Creek Elementary. Hoy Valentina (3er grado) tuvo
tos y silbido en el pecho después del recreo. Le di 2 puffs de su albuterol a las 11:05
y mejoró en 15 minutos, saturación 97%. She went back to class and is fine now.

Su inhalador en la escuela expira el 12/2026 - please send a new one with the
medication authorization form signed by her doctor (el formulario va adjunto en la
mochila). También sería bueno que su pediatra revise el plan de asma, porque es la
tercera vez este mes.

Gracias,
Nurse Anne Ostrowski, RN
555-0186
"""
    return mk(("Anne Ostrowski RN", "nurse@holliscreek-es.example.org"), ("Marisol Quintero", "marisolq@correo.example.com"),
              "Valentina - asma hoy en la escuela / asthma today", T(body, lang="es, en"), dt("2026-11-17 12:15", "-0500"))


@reg("phi", "es-paciente-dolor-espalda-informal", "Spanish patient writes informally (no accents, lower case) about their own back pain, sciatica and naproxen", lang="es", struct_="plain")
def _():
    body = """buenas doctora

le escribo porque el dolor de la espalda no se me quita, ya van 3 semanas desde la
consulta. las pastillas que me mando (el naproxeno) me caen mal al estomago y ahora
el dolor me baja por la pierna izquierda hasta el tobillo, sobre todo en la noche.
no puedo trabajar asi, estoy cargando cajas todo el dia

me puede dar otra cita o mandarme a hacer la resonancia que dijo?

gracias
Rigoberto Salinas
cel 555-0114
"""
    return mk(("Rigoberto Salinas", "rigo.salinas82@correo.example.net"), "dra.castellanos@vistaalegre-clinica.example.com",
              "sigo con el dolor de espalda", T(body, cte="8bit", lang="es"), dt("2026-11-09 22:47", "-0600"))


@reg("restricted", "es-familia-clinica-metadona", "Spanish: sister asks a methadone programme about her named brother's dose (opioid use disorder treatment)", lang="es", struct_="plain")
def _():
    body = """Buenas tardes,

Soy la hermana de Julián Becerra Ruiz (nació el 3 de mayo de 1989). Él empezó el
tratamiento con metadona en su centro hace dos semanas y lo están subiendo de dosis.
Ayer llegó a casa muy somnoliento, casi no podía mantener los ojos abiertos, y me
preocupa que la dosis sea demasiado alta. Él me dio permiso para llamarles, pero no sé
si firmó el papel de consentimiento.

¿Puede alguien del equipo médico llamarme o llamarle a él antes de su dosis de mañana?
Mi número es el 555-0136.

Muchas gracias,
Carmen Becerra
"""
    return mk(("Carmen Becerra", "carmen.becerra@correo.example.org"), ("Programa de Tratamiento con Opioides", "otp@riverbend.example.org"),
              "Mi hermano Julián - dosis de metadona", T(body, cs="utf-8", cte="base64", lang="es"), dt("2026-11-15 16:05", "-0700"))


@reg("restricted", "es-implante-anticonceptivo-cita", "Spanish appointment for a named patient's contraceptive implant insertion (contraceptive care)", lang="es", struct_="alternative")
def _():
    txt = """Hola Daniela:

Tu cita para la colocación del implante anticonceptivo (etonogestrel) es el jueves 3
de diciembre a las 16:30 con la enfermera Solveig en Planificación Familiar.

- Puedes comer normalmente.
- Si has tenido relaciones sin protección en las últimas 2 semanas, dínoslo: haremos
  una prueba de embarazo antes.
- El brazo quedará vendado 24 horas.

Si necesitas cambiar la cita, llama al 555-0153.
Salud de la Mujer QVH
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")) + "</body></html>"
    return mk(("Salud de la Mujer QVH", "planificacion@quillanvalley.example.org"), ("Daniela Ferreira", "dani.ferreira@correo.example.com"),
              "Tu cita del 3 de diciembre", MP("alternative", T(txt, lang="es"), H(html, lang="es")), dt("2026-11-26 11:00", "-0800"))


# ===========================================================================
# French
# ===========================================================================
@reg("none", "trap-fr-veto-rappel-vaccin-chien", "French (ISO-8859-1) vet vaccine reminder for a dog with its weight; owner named, but pet care is not human health care", lang="fr", struct_="plain:latin1")
def _():
    body = """Bonjour Madame Delacroix,

Le vaccin annuel de Pistache (chien, bouledogue français, 4 ans) arrive à échéance le
28 novembre : CHPPiL + rage. Nous en profiterons pour faire le rappel du traitement
antiparasitaire et contrôler son poids (12,4 kg à la dernière visite, il doit perdre
un peu !).

Prenez rendez-vous au 01 55 50 01 48 ou en ligne.

Clinique vétérinaire des Tilleuls
"""
    return mk(("Clinique vétérinaire des Tilleuls", "accueil@veto-tilleuls.example.fr.test", "iso-8859-1", "Q"),
              ("Hélène Delacroix", "helene.delacroix@courriel.example.fr.test", "iso-8859-1", "Q"),
              "Rappel de vaccination pour Pistache", T(body, cs="iso-8859-1", cte="8bit", lang="fr"),
              dt("2026-11-02 09:00", "+0100"), scs="iso-8859-1", senc="Q")


@reg("none", "trap-fr-notes-version-logiciel", "French (ISO-8859-15) release notes for a patient-record product (INS search, allergy alert, template fields); no patient", lang="fr", struct_="plain:iso-8859-15")
def _():
    body = """Notes de version - DossierPlus 8.4.2 (novembre 2026)

Corrections
 - DP-3381 : la recherche par INS (identifiant national de santé) échouait lorsque le
   nom de naissance contenait une apostrophe.
 - DP-3370 : le volet « Antécédents » ne s'actualisait pas après fusion de deux
   dossiers.
 - DP-3364 : export CSV des rendez-vous : les dates étaient au format américain.
 - DP-3359 : le montant en € de la facturation était arrondi au centime inférieur.

Nouveautés
 - Alerte allergie affichée dans l'en-tête de l'ordonnance.
 - Modèle de courrier de sortie avec champs {NOM_PATIENT}, {DATE_SORTIE}, {MEDECIN}.

La mise à jour sera déployée sur les environnements de recette le 16/11, puis en
production le 30/11 à 22 h.

L'équipe produit DossierPlus (fictif)
"""
    return mk(("DossierPlus - Équipe produit", "produit@dossierplus.example.fr.test", "iso-8859-15", "B"), "clients@dossierplus.example.fr.test",
              "Notes de version 8.4.2 : corrections INS et antécédents", T(body, cs="iso-8859-15", cte="qp", lang="fr"),
              dt("2026-11-10 17:30", "+0100"), scs="iso-8859-15", senc="B")


@reg("phi", "fr-compte-rendu-radiologie-pdf", "French ultrasound report (PDF, RFC 2231 file name with the patient's name) for a named patient with findings", lang="fr", struct_="mixed:pdf")
def _():
    p = pdf(["CENTRE D'IMAGERIE DU PARC - Compte rendu", "",
             "Patiente : Mme Élodie Marchand, née le 12/03/1978", "Examen : échographie abdominale, 05/11/2026",
             "Médecin demandeur : Dr Anselm Beauchemin", "",
             "Foie de taille normale, hyperéchogène de façon diffuse (stéatose).",
             "Vésicule biliaire : lithiase de 14 mm, paroi fine, pas de signe de cholécystite.",
             "Voies biliaires non dilatées. Reins normaux.", "",
             "Conclusion : stéatose hépatique ; lithiase vésiculaire non compliquée."])
    body = """Cher confrère,

Veuillez trouver ci-joint le compte rendu de l'échographie de votre patiente,
Mme Marchand, réalisée ce jour. Les images sont disponibles sur le portail.

Bien confraternellement,
Dr Claire Quilliam, radiologue
Centre d'imagerie du Parc - 01 55 50 01 62
"""
    return mk(("Centre d'imagerie du Parc", "cr@imagerie-parc.example.fr.test"), ("Dr Anselm Beauchemin", "a.beauchemin@cabinet-medical.example.fr.test"),
              "Compte rendu échographie – Mme Marchand", MP("mixed", T(body, cs="utf-8", lang="fr"),
                                                             A(p, "application/pdf", "CR_echo_Marchand_Elodie_20261105.pdf", style="2231")),
              dt("2026-11-05 18:10", "+0100"))


@reg("phi", "fr-mutuelle-remboursement-kine", "French insurer HTML statement reimbursing a named member's physiotherapy sessions (payment for care)", lang="fr", struct_="html")
def _():
    html = """<html><body style="font-family:Verdana;font-size:12px">
<p>Bonjour Monsieur Thierry Lebrun,</p>
<p>Un nouveau décompte est disponible dans votre espace adhérent.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date des soins</th><th>Acte</th><th>Dépense</th><th>Remb. Sécurité sociale</th><th>Remb. mutuelle</th></tr>
<tr><td>14/10/2026</td><td>Kinésithérapie – rééducation du genou (10 séances)</td><td>215,00 €</td><td>129,00 €</td><td>86,00 €</td></tr>
</table>
<p>N° adhérent : 0077-4418-22 &middot; Virement le 09/11/2026.</p>
<p>Mutuelle des Rivages (fictive)</p>
</body></html>
"""
    return mk(("Mutuelle des Rivages", "decomptes@mutuelle-rivages.example.fr.test"), ("Thierry Lebrun", "t.lebrun@courriel.example.fr.test"),
              "Votre décompte de remboursement", H(html, cs="utf-8", cte="qp", lang="fr"), dt("2026-11-08 06:00", "+0100"))


@reg("phi", "fr-pharmacie-renouvellement-ordonnance", "French pharmacy tells a named patient her levothyroxine prescription needs renewal (TSH mentioned)", lang="fr", struct_="plain")
def _():
    body = """Bonjour Madame Nguyen,

Votre ordonnance de Levothyrox 75 µg arrive à son terme (dernier renouvellement le
10 novembre). Pour la suite, il nous faut une nouvelle ordonnance de votre médecin
traitant ; votre dernier dosage de TSH date de juin.

Nous vous avons mis de côté une boîte pour dépanner. Vous pouvez passer à
l'officine dès demain.

Pharmacie du Marché
"""
    return mk(("Pharmacie du Marché", "contact@pharmacie-marche.example.fr.test"), ("Linh Nguyen", "linh.nguyen@courriel.example.fr.test"),
              "Votre ordonnance de Levothyrox", T(body, cs="utf-8", cte="qp", lang="fr"), dt("2026-11-24 14:40", "+0100"))


@reg("restricted", "fr-ivg-rendez-vous", "French confirmation of a named patient's medication abortion (IVG) appointment (pregnancy termination)", lang="fr", struct_="plain:latin1")
def _():
    body = """Bonjour Mademoiselle Amrani,

Suite à votre consultation du 19 novembre, nous vous confirmons votre rendez-vous pour
l'IVG médicamenteuse le mardi 24 novembre à 9 h 30 au centre de planification.

 - Prise de la mifépristone au centre, puis misoprostol à domicile 36 à 48 h après.
 - Prévoyez des antalgiques (ibuprofène) et une personne à vos côtés.
 - Contrôle par prise de sang (bêta-hCG) 15 jours après.

Vous pouvez nous joindre au 01 55 50 01 53, y compris pour parler de votre
contraception après l'IVG.

Centre de planification familiale - Hôpital des Rives (fictif)
"""
    return mk(("Centre de planification", "planification@hopital-rives.example.fr.test"), ("Nadia Amrani", "nadia.amrani@courriel.example.fr.test"),
              "Confirmation de votre rendez-vous du 24/11", T(body, cs="iso-8859-1", cte="qp", lang="fr"), dt("2026-11-20 10:00", "+0100"))


# ===========================================================================
# Portuguese
# ===========================================================================
@reg("none", "trap-pt-newsletter-diabetes", "Portuguese (ISO-8859-1) health-education newsletter on diabetes with general statistics; no individual", lang="pt", struct_="alternative:latin1")
def _():
    txt = """Novembro Azul e Dia Mundial do Diabetes

Cerca de 1 em cada 10 adultos vive com diabetes, e metade não sabe. Sinais de alerta:
muita sede, urinar com frequência, perda de peso sem motivo e visão turva.

Nesta semana, nas unidades de saúde do bairro, haverá medição gratuita de glicemia
capilar e pressão arterial, das 8h às 12h. Não é preciso estar em jejum.

Dica da nutricionista: troque o refrigerante por água com limão e prefira arroz
integral.

Equipe de Comunicação - Rede Saúde Bem Viver (fictícia)
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in txt.split("\n\n")) + "</body></html>"
    return mk(("Rede Saúde Bem Viver", "comunicacao@bemviver.example.com.br.test", "iso-8859-1", "Q"), "assinantes@bemviver.example.com.br.test",
              "Dia Mundial do Diabetes: medição gratuita de glicemia", MP("alternative", T(txt, cs="iso-8859-1", lang="pt"), H(html, cs="iso-8859-1", lang="pt")),
              dt("2026-11-13 07:00", "-0300"), scs="iso-8859-1", senc="Q")


@reg("none", "trap-pt-seguro-residencial", "Portuguese home-insurance leak claim with claim/policy numbers; property only", lang="pt", struct_="plain")
def _():
    body = """Olá, Sr. Joaquim Ferreira,

Recebemos o aviso de sinistro nº 2026.118.00447 referente à sua apólice residencial
RES-0091277 (infiltração no teto da cozinha após as chuvas de 02/11).

A vistoria foi agendada para quinta-feira, 12/11, entre 14h e 17h, com o prestador
Reparos Rápidos. Por favor, não descarte os materiais danificados até a visita.
Franquia: R$ 800,00.

Atendimento ao cliente: 0800 555 0134
Casa Firme Seguros (fictícia)
"""
    return mk(("Casa Firme Seguros", "sinistros@casafirme.example.com.br.test"), ("Joaquim Ferreira", "joaquim.ferreira@correio.example.com.br.test"),
              "Sinistro 2026.118.00447 – vistoria agendada", T(body, lang="pt-BR"), dt("2026-11-05 15:22", "-0300"))


@reg("phi", "pt-farmacia-envio-correio", "Portuguese mail-order pharmacy HTML: a named patient's losartan/metformin/simvastatin shipment", lang="pt", struct_="html")
def _():
    html = """<html><body style="font-family:Arial">
<p>Olá, <b>Maria das Graças Souza</b>!</p>
<p>Seu pedido <b>#FC-889120</b> foi enviado e deve chegar em até 3 dias úteis.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Medicamento</th><th>Qtd.</th><th>Receita</th></tr>
<tr><td>Losartana potássica 50 mg</td><td>60 comp.</td><td>Dr. Paulo Henrique Lima &ndash; CRM fictício 000000</td></tr>
<tr><td>Metformina 850 mg</td><td>90 comp.</td><td>idem</td></tr>
<tr><td>Sinvastatina 20 mg</td><td>30 comp.</td><td>idem</td></tr>
</table>
<p>Código de rastreio: <b>QB447190228BR</b></p>
<p>Lembrete: sua receita de uso contínuo vence em 15/01/2027.</p>
<p>Farmácia em Casa (fictícia) &middot; 0800 555 0157</p>
</body></html>
"""
    return mk(("Farmácia em Casa", "pedidos@farmaciaemcasa.example.com.br.test"), ("Maria das Graças Souza", "gracas.souza@correio.example.com.br.test"),
              "Seu pedido #FC-889120 foi enviado", H(html, lang="pt-BR"), dt("2026-11-18 11:35", "-0300"))


@reg("phi", "pt-laudo-hemograma-encaminhado", "Portuguese inline forward: daughter sends her named father's blood count (low haemoglobin, ferritin) to his doctor", lang="pt", struct_="plain:forward-inline")
def _():
    body = """Dr. Ricardo, bom dia!

Estou encaminhando o resultado do exame do meu pai que chegou ontem. O laboratório
disse que a hemoglobina está baixa. Ele tem consulta com o senhor só em janeiro, dá
para adiantar?

Obrigada,
Fernanda Alves

---------- Mensagem encaminhada ---------
De: Laboratório Vida Clínica <resultados@vidaclinica.example.com.br.test>
Data: seg., 23 de nov. de 2026 às 17:02
Assunto: Resultado disponível - ANTÔNIO CARLOS ALVES
Para: <fernanda.alves@correio.example.com.br.test>

Paciente: ANTÔNIO CARLOS ALVES   Nasc.: 14/07/1949   Pedido: 2026-448120
HEMOGRAMA COMPLETO
  Hemoglobina ........ 9,1 g/dL    (ref. 13,5 - 17,5)
  Hematócrito ........ 28,4 %      (ref. 41 - 53)
  VCM ................ 74 fL       (ref. 80 - 100)
  Ferritina .......... 8 ng/mL     (ref. 30 - 400)
Liberado por: Dra. Helena Prado (fictícia)
"""
    return mk(("Fernanda Alves", "fernanda.alves@correio.example.com.br.test"), ("Dr. Ricardo Moura", "ricardo.moura@consultorio.example.com.br.test"),
              "Fwd: Resultado disponível - ANTÔNIO CARLOS ALVES", T(body, cte="qp", lang="pt-BR"), dt("2026-11-24 08:14", "-0300"))


@reg("restricted", "pt-caps-depressao-retorno", "Portuguese mental-health service (CAPS) reschedules a named patient's psychiatry follow-up for depression (fluoxetine)", lang="pt", struct_="plain")
def _():
    body = """Prezado Sr. Wellington Batista,

O CAPS Jardim das Flores informa que sua consulta de retorno com a psiquiatra
Dra. Renata Vilela foi remarcada para 08/12 às 9h. Continue tomando a fluoxetina 20 mg
pela manhã conforme prescrito e traga o diário de humor que a psicóloga Juliana pediu.
O grupo terapêutico de quinta-feira continua no mesmo horário.

Em caso de crise, procure o CAPS ou ligue para o serviço de apoio emocional.

Atenciosamente,
Recepção - CAPS Jardim das Flores (fictício)
"""
    return mk(("CAPS Jardim das Flores", "recepcao@caps-jardim.example.gov.br.test"), ("Wellington Batista", "wellington.b@correio.example.com.br.test"),
              "Remarcação da sua consulta de retorno", T(body, cs="iso-8859-1", cte="qp", lang="pt-BR"), dt("2026-11-27 10:20", "-0300"),
              scs="iso-8859-1", senc="Q")
# ===========================================================================
# German
# ===========================================================================
@reg("none", "trap-de-kfz-glasschaden", "German (ISO-8859-1, QP) car-insurance glass claim with claim number and plate; explicitly no personal injury", lang="de", struct_="plain:latin1-qp")
def _():
    body = """Sehr geehrter Herr Albrecht,

vielen Dank für Ihre Schadenmeldung. Ihre Schadennummer lautet KS-26-4471190.

  Versicherungsnehmer: Jörg Albrecht
  Kennzeichen:         M-JA 4471
  Schadentag:          03.11.2026, Steinschlag auf der A9
  Schadenart:          Glasbruch Frontscheibe (Teilkasko, SB 150 EUR)
  Personenschaden:     nein

Bitte vereinbaren Sie direkt einen Termin bei einer unserer Partnerwerkstätten; die
Abrechnung erfolgt dann direkt mit uns. Die Kalibrierung der Frontkamera ist
mitversichert.

Mit freundlichen Grüßen
Ihre Schadenabteilung
Nordlicht Versicherung AG (fiktiv) - Tel. 0800 555 0131
"""
    return mk(("Nordlicht Versicherung Schadenservice", "schaden@nordlicht-vers.example.de.test"), ("Jörg Albrecht", "joerg.albrecht@post.example.de.test", "iso-8859-1", "Q"),
              "Ihre Schadenmeldung KS-26-4471190 (Glasschaden)", T(body, cs="iso-8859-1", cte="qp", lang="de"),
              dt("2026-11-04 10:12", "+0100"))


@reg("none", "trap-de-weitergeleitet-rundbrief-rfc822", "German forward of a medical-association circular (message/rfc822) about CME and vaccination guidance; no patient", lang="de", struct_="mixed:rfc822")
def _():
    inner = mk(("Ärztekammer Rundbrief", "rundbrief@aekammer.example.de.test"), "mitglieder@aekammer.example.de.test",
               "Rundbrief 11/2026: Fortbildung, Impfempfehlungen, Telematik",
               T("""Liebe Kolleginnen und Kollegen,

in diesem Rundbrief:

1. Fortbildungspunkte: Die Frist für den Nachweis des aktuellen Fünfjahreszeitraums
   endet am 30.06.2027.
2. Impfungen: Die aktualisierte Empfehlung zur RSV-Impfung für Personen ab 75 Jahren
   und zur Pneumokokken-Impfung ist veröffentlicht.
3. Telematikinfrastruktur: Das Update der Konnektoren muss bis 31.01.2027 erfolgt sein.
4. Weiterbildungsbefugnisse Allgemeinmedizin: neue Antragsformulare.

Mit kollegialen Grüßen
Ihre Ärztekammer (fiktiv)
""", cs="utf-8", cte="qp", lang="de"), dt("2026-11-12 08:00", "+0100"))
    body = """Hallo zusammen,

zur Info, v.a. Punkt 3 betrifft uns - bitte mit der IT klären.

Viele Grüße
Sabine
"""
    return mk(("Sabine Quilliam", "s.quilliam@praxis-lindenhof.example.de.test"), "team@praxis-lindenhof.example.de.test",
              "WG: Rundbrief 11/2026: Fortbildung, Impfempfehlungen, Telematik",
              MP("mixed", T(body, cs="utf-8", lang="de"), R(inner)), dt("2026-11-12 11:45", "+0100"))


@reg("phi", "de-betriebsarzt-eignungsuntersuchung", "German occupational physician to a named employee: audiogram shows noise-induced hearing loss", lang="de", struct_="plain")
def _():
    body = """Sehr geehrter Herr Kessler,

anbei das Ergebnis Ihrer arbeitsmedizinischen Vorsorge vom 16.11.2026 (Lärm, G20):

Im Audiogramm zeigt sich beidseits eine Senke bei 4 kHz (links 45 dB, rechts 35 dB),
vereinbar mit einer beginnenden Lärmschwerhörigkeit. Bitte tragen Sie im Bereich der
Presse konsequent den angepassten Gehörschutz. Wir empfehlen eine Kontrolle in 12
Monaten und eine HNO-ärztliche Abklärung, die Überweisung liegt bei.

Ihr Arbeitgeber erhält nur die Bescheinigung „keine gesundheitlichen Bedenken unter
Auflagen“, nicht den Befund.

Mit freundlichen Grüßen
Dr. med. Ilse Rautenbach
Betriebsärztlicher Dienst, Werk Süd
"""
    return mk(("Betriebsärztlicher Dienst", "betriebsarzt@werk-sued.example.de.test"), ("Martin Kessler", "martin.kessler@werk-sued.example.de.test"),
              "Ihre arbeitsmedizinische Vorsorge vom 16.11.", T(body, lang="de"), dt("2026-11-18 13:30", "+0100"))


@reg("phi", "de-arztbrief-kardiologie", "German cardiology letter PDF for a named patient (DOB, CAD, medication); RFC 2231 ISO-8859-1 file name with the name", lang="de", struct_="mixed:pdf")
def _():
    p = pdf(["Kardiologische Praxis am Stadtpark", "", "Arztbrief", "",
             "Patient: Herr Heinrich Vogelsang, geb. 02.09.1951", "Untersuchung am 09.11.2026", "",
             "Diagnosen: Koronare Herzkrankheit (2-Gefaess), Z.n. Stent RIVA 2021;",
             "  arterielle Hypertonie; Hypercholesterinaemie", "",
             "Belastungs-EKG: bis 125 W ohne Angina, keine ischaemietypischen ST-Senkungen.",
             "Echo: LVEF 55 %, keine relevanten Vitien.", "",
             "Medikation: ASS 100 mg 1-0-0, Atorvastatin 40 mg 0-0-1, Ramipril 5 mg 1-0-0", "",
             "Empfehlung: LDL-Ziel < 55 mg/dl, ggf. Ezetimib ergaenzen. Kontrolle in 12 Monaten."])
    body = """Sehr geehrte Frau Kollegin,

anbei der Arztbrief zu unserem gemeinsamen Patienten Herrn Vogelsang.

Mit kollegialen Grüßen
Dr. med. Bogdan Achterberg

--
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.
Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten
haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
"""
    return mk(("Praxis am Stadtpark", "sekretariat@kardio-stadtpark.example.de.test"), ("Dr. Fenna Strand", "praxis.strand@hausarzt.example.de.test"),
              "Arztbrief Vogelsang, Heinrich", MP("mixed", T(body, cs="iso-8859-1", cte="qp", lang="de"),
                                                 A(p, "application/pdf", "Arztbrief_Vogelsang_Heinrich_KHK_Nachsorge_für_Hausärztin.pdf", style="2231", fcs="iso-8859-1")),
              dt("2026-11-10 16:25", "+0100"))


@reg("restricted", "de-humangenetik-befund", "German genetics institute gives a named patient her BRCA1 pathogenic variant result (QP soft breaks inside words) and counselling date", lang="de", struct_="plain:qp-softbreaks")
def _():
    body = """Sehr geehrte Frau Lindqvist,

wie telefonisch besprochen, bestätigen wir Ihnen schriftlich das Ergebnis der
moleku""" + SB + """largenetischen Untersuchung vom 21.10.2026: In Ihrer Blutprobe wurde eine
pathogene Variante im Gen BR""" + SB + """CA1 (c.5266dupC) nachgewiesen. Damit besteht ein
erhöhtes Risiko für Brust- und Eierstockkrebs.

Ihr Termin zur humangenetischen Beratung ist am Montag, 07.12.2026, um 10:00 Uhr.
Gerne können Sie eine Begleitperson mitbringen. Wir besprechen dann auch, ob Ihre
Schwester sich testen lassen möchte.

Mit freundlichen Grüßen
Institut für Humangenetik, Universitätsklinikum (fiktiv)
"""
    return mk(("Institut für Humangenetik", "genetik-ambulanz@uniklinik.example.de.test"), ("Katrin Lindqvist", "k.lindqvist@post.example.de.test"),
              "Ihr Befund und Beratungstermin", T(body, cs="utf-8", cte="qp", lang="de"), dt("2026-11-23 12:00", "+0100"))


# ===========================================================================
# Italian
# ===========================================================================
@reg("none", "trap-it-palestra-orari-corsi", "Italian gym timetable (windows-1252 HTML) mentioning back-pain classes and sports medical certificates; no individual's care", lang="it", struct_="html:cp1252")
def _():
    html = """<html><body style="font-family:Arial">
<h3>Palestra Vigore &ndash; Orari corsi invernali</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Corso</th><th>Lun</th><th>Mer</th><th>Ven</th></tr>
<tr><td>Pilates</td><td>9:00</td><td>18:30</td><td>9:00</td></tr>
<tr><td>Ginnastica posturale (mal di schiena)</td><td>10:00</td><td>&ndash;</td><td>10:00</td></tr>
<tr><td>Total body</td><td>19:00</td><td>19:00</td><td>19:00</td></tr>
</table>
<p>Ricordiamo che per i corsi &egrave; obbligatorio il certificato medico per attivit&agrave; sportiva non agonistica.
Chi ha il certificato in scadenza a dicembre pu&ograve; prenotare la visita presso il nostro medico convenzionato.</p>
<p>Palestra Vigore &ndash; Via dei Mille 12 &ndash; tel. 02 555 0179</p>
</body></html>
"""
    return mk(("Palestra Vigore", "info@palestravigore.example.it.test"), "iscritti@palestravigore.example.it.test",
              "Orari corsi invernali e rinnovo certificati", H(html, cs="windows-1252", cte="qp", lang="it"), dt("2026-11-02 18:00", "+0100"))


@reg("none", "trap-it-fattura-reagenti", "Italian B2B invoice PDF for lab reagents (glucose, TSH kits) with VAT numbers; no patient", lang="it", struct_="mixed:pdf")
def _():
    p = pdf(["Diagnostica Lombarda S.r.l. (fittizia)", "FATTURA N. 2026/004418 del 12/11/2026", "",
             "Cliente: Laboratorio Analisi San Rocco - P.IVA IT00000000000", "",
             "Cod. DL-GLU-500  Reagente glucosio, 500 test      x4   EUR 312,00",
             "Cod. DL-PCR-CAL  Calibratore PCR                  x2   EUR 188,40",
             "Cod. DL-TSH-100  Kit TSH, 100 test                x3   EUR 415,50",
             "Imponibile EUR 915,90   IVA 22% EUR 201,50   Totale EUR 1.117,40",
             "Pagamento: bonifico 60 gg d.f."])
    body = """Buongiorno,

in allegato la fattura n. 2026/004418 relativa alla consegna del 10/11 (DDT 7718).
Restiamo a disposizione per eventuali chiarimenti.

Cordiali saluti,
Ufficio Amministrazione - Diagnostica Lombarda S.r.l.
"""
    return mk(("Diagnostica Lombarda - Amministrazione", "amministrazione@diaglombarda.example.it.test"), "acquisti@lab-sanrocco.example.it.test",
              "Fattura n. 2026/004418", MP("mixed", T(body, cs="windows-1252", cte="qp", lang="it"), A(p, "application/pdf", "Fattura_2026_004418.pdf")),
              dt("2026-11-12 09:05", "+0100"))


@reg("phi", "it-referto-ecografia-tiroide", "Italian thyroid ultrasound report for a named patient (EU-TIRADS 5 nodule, FNA advised)", lang="it", struct_="plain:cp1252")
def _():
    body = """Gentile dott.ssa Ricciardi,

le trasmetto il referto dell'ecografia tiroidea della sua assistita, sig.ra Giovanna
Bellandi (nata il 22/06/1967), eseguita in data odierna:

Tiroide di volume nei limiti. Nel lobo destro nodulo solido ipoecogeno di 13 x 9 mm,
margini irregolari, microcalcificazioni (EU-TIRADS 5). Lobo sinistro nella norma. Non
linfonodi sospetti.

Si consiglia agoaspirato (FNA) del nodulo destro; ho già inoltrato la richiesta
all'ambulatorio di endocrinologia.

Cordiali saluti,
Dott. Marco Santangelo
Ambulatorio Ecografico Villa Serena (fittizio) - tel. 02 555 0164
"""
    return mk(("Dott. Marco Santangelo", "ecografia@villaserena.example.it.test"), ("Dott.ssa Giulia Ricciardi", "g.ricciardi@medicobase.example.it.test"),
              "Referto ecografia tiroide – sig.ra Bellandi", T(body, cs="windows-1252", cte="8bit", lang="it"),
              dt("2026-11-19 12:50", "+0100"), scs="windows-1252", senc="Q")


@reg("restricted", "it-serd-terapia-metadone", "Italian addiction service (SerD) approves a named patient's weekly methadone take-home doses (opioid dependence treatment)", lang="it", struct_="plain")
def _():
    body = """Gentile sig. Lorenzo Ferri,

le confermiamo che, visti gli esami tossicologici negativi delle ultime otto
settimane, l'équipe del SerD ha approvato l'affido settimanale della terapia
sostitutiva: metadone sciroppo 60 mg/die, ritiro il lunedì alle 8:30.

Si ricordi di portare il flacone vuoto a ogni ritiro e di conservare il farmaco in un
luogo chiuso, lontano dai bambini. Il prossimo colloquio con la psicologa è fissato
per giovedì 10 dicembre alle 15:00.

SerD Distretto Nord (fittizio)
"""
    return mk(("SerD Distretto Nord", "serd.nord@asl-fittizia.example.it.test"), ("Lorenzo Ferri", "lorenzo.ferri@posta.example.it.test"),
              "Affido terapia settimanale", T(body, cs="utf-8", cte="base64", lang="it"), dt("2026-11-30 13:15", "+0100"))


# ===========================================================================
# Dutch
# ===========================================================================
@reg("none", "trap-nl-opstalverzekering-waterschade", "Dutch home-insurance water-damage claim with claim number and expert visit; no health content", lang="nl", struct_="plain")
def _():
    body = """Beste heer De Wit,

Wij hebben uw schademelding ontvangen. Uw schadenummer is OS-2026-0441187.

Schadedatum: 27 oktober 2026
Oorzaak: lekkage van de wasmachineaansluiting op de bovenverdieping
Schade: plafond woonkamer, laminaat

Een expert van ons bezoekt u op woensdag 11 november tussen 9.00 en 12.00 uur. Houd
de beschadigde materialen en eventuele bonnen van de loodgieter bij de hand. Uw eigen
risico bedraagt € 250.

Met vriendelijke groet,
Afdeling Schade, Duinzicht Verzekeringen (fictief)
"""
    return mk(("Duinzicht Verzekeringen", "schade@duinzicht.example.nl.test"), ("Pieter de Wit", "p.dewit@mail.example.nl.test"),
              "Uw schademelding OS-2026-0441187", T(body, cs="utf-8", cte="qp", lang="nl"), dt("2026-11-02 14:20", "+0100"))


@reg("phi", "nl-huisarts-verwijzing-dermatoloog", "Dutch GP referral (ISO-8859-1) of a named patient with DOB and a suspicious mole to dermatology", lang="nl", struct_="plain:latin1")
def _():
    body = """Geachte collega,

Graag verwijs ik mevrouw Annelies Achterberg (geb. 14-02-1972, BSN bekend bij
praktijk) naar uw polikliniek in verband met een verdachte pigmentlaesie op de rug.

Anamnese: sinds een half jaar groeiende moedervlek, soms jeuk. Blanco voorgeschiedenis,
geen melanoom in de familie.
Lichamelijk onderzoek: asymmetrische laesie van 8 mm, onregelmatige rand,
kleurverschillen (bruin/zwart).
Medicatie: geen.

Graag beoordeling op korte termijn, zo nodig excisie.

Met collegiale groet,
H. van Dijk, huisarts
Huisartsenpraktijk De Linde (fictief), tel. 020 555 0142
"""
    return mk(("Huisartsenpraktijk De Linde", "assistente@hap-delinde.example.nl.test"), "poli.dermatologie@ziekenhuis.example.nl.test",
              "Verwijzing mw. Achterberg - verdachte naevus", T(body, cs="iso-8859-1", cte="8bit", lang="nl"), dt("2026-11-06 11:40", "+0100"))


@reg("phi", "nl-thuiszorg-wondzorg-overdracht", "Dutch home-care handover about a named client's leg wound, insulin dose and new confusion", lang="nl", struct_="plain")
def _():
    body = """Hoi Sanne,

Overdracht voor je dienst morgen bij meneer Jansen (Kerkstraat 12, sleutelkastje 4471):

- Wond linker onderbeen: verband om de dag, morgen wisselen. Gebruik de zilverkompres,
  wondrand was vandaag wat roder, foto staat in het dossier.
- Insuline: 's ochtends 14 E, glucose prikken voor ontbijt en avondeten.
- Hij is sinds gisteren wat verward, de huisarts komt morgen rond 11 uur. Let op
  tekenen van een blaasontsteking.

Groetjes,
Marloes
Thuiszorg Samen Verder (fictief)
"""
    return mk(("Marloes Strand", "m.strand@samenverder.example.nl.test"), ("Sanne Bakker", "s.bakker@samenverder.example.nl.test"),
              "Overdracht dhr. Jansen", T(body, cs="utf-8", cte="8bit", lang="nl"), dt("2026-11-25 21:05", "+0100"))


@reg("restricted", "nl-ivf-behandeling-planning", "Dutch fertility clinic IVF schedule for a named patient (stimulation, oestradiol, egg retrieval)", lang="nl", struct_="alternative")
def _():
    txt = """Beste Femke,

Zoals besproken start je IVF-behandeling bij je volgende menstruatie. Dit is de
planning:

- Dag 2 van de cyclus: bel ons en start met de hormoonprikken (follitropine 150 IE)
- Dag 6: echo en bloedafname (oestradiol)
- Rond dag 10-12: punctie, 36 uur na de laatste prik

Je partner levert het zaadmonster in op de dag van de punctie. Heb je vragen, bel de
IVF-verpleegkundigen op 020 555 0173.

Fertiliteitscentrum Oost (fictief)
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")) + "</body></html>"
    return mk(("Fertiliteitscentrum Oost", "ivf@fertiliteit-oost.example.nl.test"), ("Femke Visser", "femke.visser@mail.example.nl.test"),
              "Planning van je IVF-behandeling", MP("alternative", T(txt, lang="nl"), H(html, lang="nl")), dt("2026-11-16 15:30", "+0100"))


# ===========================================================================
# Polish
# ===========================================================================
@reg("none", "trap-pl-faktura-rekawice-cp1250", "Polish (windows-1250) invoice to a clinic for gloves, hand sanitiser and masks; no patient", lang="pl", struct_="plain:cp1250")
def _():
    body = """Szanowni Państwo,

w załączeniu przesyłamy informację o fakturze VAT nr FV/2026/11/0447 do zamówienia
ZAM-18812 z dnia 09.11.2026.

  Rękawiczki nitrylowe bezpudrowe, rozm. M, 100 szt. ....... 40 op.
  Płyn do dezynfekcji rąk 1 l ............................... 24 szt.
  Maseczki chirurgiczne typ IIR, 50 szt. .................... 10 op.
  Razem brutto: 3 418,20 zł, termin płatności 30 dni.

Nabywca: Przychodnia Zdrowie Plus Sp. z o.o. (fikcyjna), NIP 000-000-00-00

Z poważaniem
Dział sprzedaży, MedHurt Poznań (fikcyjna)
"""
    return mk(("MedHurt - Dział sprzedaży", "sprzedaz@medhurt.example.pl.test", "windows-1250", "Q"), "zaopatrzenie@zdrowieplus.example.pl.test",
              "Faktura FV/2026/11/0447 – zamówienie ZAM-18812", T(body, cs="windows-1250", cte="qp", lang="pl"),
              dt("2026-11-10 10:00", "+0100"), scs="windows-1250", senc="B")


@reg("phi", "pl-skierowanie-ortopeda", "Polish (ISO-8859-2) referral of a named patient with DOB and card number to orthopaedics for knee osteoarthritis", lang="pl", struct_="plain:iso-8859-2")
def _():
    body = """Dzień dobry,

przesyłam skierowanie dla pacjenta Tomasz Nowicki, ur. 17.05.1969 (numer karty
000441871), do Poradni Ortopedycznej.

Rozpoznanie: M17.1 - gonartroza kolana prawego. Ból od ok. 2 lat, nasilony przy
schodzeniu ze schodów. RTG z 10.2026: zwężenie szpary stawowej przyśrodkowej,
osteofity. Leczenie dotychczas: paracetamol, fizjoterapia, bez poprawy.

Proszę o konsultację w kierunku leczenia operacyjnego.

lek. Agnieszka Ostrowska
Przychodnia Zdrowie Plus (fikcyjna), tel. 61 555 01 42
"""
    return mk(("Przychodnia Zdrowie Plus", "rejestracja@zdrowieplus.example.pl.test"), "poradnia.ortopedia@szpital.example.pl.test",
              "Skierowanie: Nowicki Tomasz, gonartroza", T(body, cs="iso-8859-2", cte="8bit", lang="pl"),
              dt("2026-11-13 08:45", "+0100"), scs="iso-8859-2", senc="Q")


@reg("phi", "pl-corka-mama-cukrzyca", "Polish: daughter writes about her named mother's high blood sugars, metformin and insulin", lang="pl", struct_="plain")
def _():
    body = """Dzień dobry Pani Doktor,

piszę w imieniu mojej mamy, Haliny Kowalczyk (77 lat). Od tygodnia ma cukry rano
ok. 250-280, mimo że bierze metforminę 1000 mg dwa razy dziennie i insulinę 16 j.
wieczorem. Jest bardziej zmęczona i dużo pije. Czy mamy zwiększyć insulinę, czy
przyjść na wizytę? Mama nie ma e-maila, dlatego piszę ja.

Pozdrawiam
Ewa Kowalczyk-Lis
tel. 555 0113
"""
    return mk(("Ewa Kowalczyk-Lis", "ewa.kowalczyk@poczta.example.pl.test"), "lek.ostrowska@zdrowieplus.example.pl.test",
              "Mama – wysokie cukry", T(body, cs="utf-8", cte="qp", lang="pl"), dt("2026-11-21 19:40", "+0100"))


@reg("restricted", "pl-terapia-uzaleznienia-alkohol", "Polish addiction centre confirms a named patient's admission to alcohol detox and treatment programme", lang="pl", struct_="plain:cp1250")
def _():
    body = """Szanowny Panie Marku,

potwierdzamy przyjęcie na oddział leczenia alkoholowych zespołów abstynencyjnych
(detoksykacja) w dniu 7 grudnia 2026 r. o godz. 9:00. Po zakończeniu detoksu
proponujemy 6-tygodniowy program terapii uzależnienia od alkoholu w trybie dziennym.

Prosimy zabrać dowód osobisty, listę przyjmowanych leków oraz wyniki badań krwi
(próby wątrobowe), jeśli Pan je posiada. W dniu przyjęcia nie należy prowadzić
samochodu.

Rejestracja, Ośrodek Terapii Uzależnień „Przystań” (fikcyjny)
"""
    return mk(("Ośrodek Terapii Uzależnień Przystań", "rejestracja@przystan.example.pl.test", "windows-1250", "B"), ("Marek Zieliński", "marek.zielinski@poczta.example.pl.test", "windows-1250", "B"),
              "Potwierdzenie przyjęcia 7.12", T(body, cs="windows-1250", cte="8bit", lang="pl"), dt("2026-11-26 09:10", "+0100"),
              scs="windows-1250", senc="B")


# ===========================================================================
# Russian
# ===========================================================================
@reg("none", "trap-ru-reliz-koi8r", "Russian (KOI8-R) release notes for a hospital information system (policy-number search, allergy field); no patient", lang="ru", struct_="plain:koi8-r")
def _():
    body = """Коллеги, добрый день!

Вышло обновление МИС "Медсфера" 5.12 (вымышленная). Основные изменения:

 * исправлен поиск пациента по номеру полиса ОМС с пробелами;
 * в электронной медицинской карте добавлено поле "Аллергологический анамнез";
 * ускорена загрузка расписания врачей (примерно в 2 раза);
 * при печати направления больше не обрезается код диагноза по МКБ-10.

Обновление будет установлено в ночь с 21 на 22 ноября, с 01:00 до 04:00 по МСК.
В это время система будет недоступна.

Служба технической поддержки, тел. +7 495 555-01-20
"""
    return mk(("Техподдержка Медсфера", "support@medsfera.example.ru.test", "koi8-r", "B"), "users@medsfera.example.ru.test",
              "Обновление МИС 5.12: изменения и время работ", T(body, cs="koi8-r", cte="8bit", lang="ru"),
              dt("2026-11-19 15:00", "+0300"), scs="koi8-r", senc="B")


@reg("none", "trap-ru-vet-analiz-koshka", "Russian (windows-1251) vet lab results for a cat (T4, creatinine) with owner named; pet care is not human health care", lang="ru", struct_="plain:windows-1251")
def _():
    body = """Здравствуйте, Светлана Игоревна!

Готовы анализы вашей кошки Муси (британская, 11 лет):

  Т4 общий: 68 нмоль/л (норма 10-55) - повышен
  Креатинин: 142 мкмоль/л (норма до 165)
  АЛТ: 96 Ед/л (норма до 100)

Это похоже на гипертиреоз, который часто встречается у пожилых кошек. Доктор
Андреева предлагает начать тиамазол и повторить анализ через 3 недели. Пожалуйста,
запишитесь на приём.

Ветеринарная клиника «Лапа» (вымышленная), +7 812 555-01-88
"""
    return mk(("Ветклиника Лапа", "info@vet-lapa.example.ru.test", "windows-1251", "B"), ("Светлана Громова", "s.gromova@pochta.example.ru.test", "windows-1251", "B"),
              "Результаты анализов Муси", T(body, cs="windows-1251", cte="qp", lang="ru"), dt("2026-11-11 12:30", "+0300"),
              scs="windows-1251", senc="B")


@reg("phi", "ru-kardiolog-windows1251", "Russian (windows-1251, base64) cardiologist letter about a named patient: heart failure, AF and medication", lang="ru", struct_="plain:windows-1251-base64")
def _():
    body = """Уважаемая Ольга Петровна!

Посмотрел вашего пациента Кузнецова Виктора Андреевича, 1958 г.р. (карта № 44-7180).
Жалобы на одышку при подъёме на 2 этаж и отёки голеней к вечеру.

ЭКГ: фибрилляция предсердий, ЧСС 98 в минуту. ЭхоКГ: ФВ 38 %, дилатация левого
предсердия. NT-proBNP 1840 пг/мл.

Диагноз: ХСН с низкой фракцией выброса, постоянная форма ФП.
Назначил: бисопролол 2,5 мг, апиксабан 5 мг 2 раза в день, торасемид 10 мг утром,
дапаглифлозин 10 мг. Контроль калия и креатинина через 2 недели.

С уважением,
кардиолог Лебедев И. С.
"""
    return mk(("Лебедев Игорь", "lebedev@kardio-centr.example.ru.test", "windows-1251", "B"), ("Ольга Петровна Смирнова", "smirnova@poliklinika.example.ru.test", "windows-1251", "B"),
              "Кузнецов В.А. – консультация кардиолога", T(body, cs="windows-1251", cte="base64", lang="ru"), dt("2026-11-16 17:20", "+0300"),
              scs="windows-1251", senc="B")


@reg("restricted", "ru-vich-terapiya-koi8r", "Russian (KOI8-R, base64) AIDS centre gives a named patient his HIV viral load, CD4 and ART regimen", lang="ru", struct_="plain:koi8-r")
def _():
    body = """Здравствуйте, Дмитрий!

Пишу по результатам ваших анализов от 12 ноября. Вирусная нагрузка ВИЧ ниже
порога определения (<50 копий/мл), CD4 - 540 клеток/мкл. Это очень хороший
результат: схема антиретровирусной терапии (долутегравир + тенофовир + ламивудин)
работает.

Следующий приём у инфекциониста - 15 февраля. Препараты на 3 месяца можно получить
в аптеке центра в любой будний день с 9 до 17.

Ваш врач-инфекционист, Морозова А. В.
Центр профилактики и борьбы со СПИДом (вымышленный)
"""
    return mk(("Морозова Анна", "morozova@spid-centr.example.ru.test", "koi8-r", "B"), ("Дмитрий Волков", "d.volkov@pochta.example.ru.test", "koi8-r", "B"),
              "Ваши результаты от 12.11", T(body, cs="koi8-r", cte="base64", lang="ru"), dt("2026-11-17 10:05", "+0300"),
              scs="koi8-r", senc="B")


# ===========================================================================
# Ukrainian
# ===========================================================================
@reg("none", "trap-uk-overdose-dashboard-aggregate", "Ukrainian HTML dashboard of aggregate opioid overdose and substitution-therapy counts by region; no individual", lang="uk", struct_="html")
def _():
    html = """<html><body>
<h3>Моніторинг передозувань опіоїдами, III квартал 2026 (умовні дані)</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Регіон</th><th>Виклики швидкої</th><th>Налоксон застосовано</th><th>Летальні випадки</th></tr>
<tr><td>Північний</td><td>214</td><td>188</td><td>11</td></tr>
<tr><td>Центральний</td><td>356</td><td>301</td><td>19</td></tr>
<tr><td>Південний</td><td>129</td><td>97</td><td>7</td></tr>
</table>
<p>Кількість пацієнтів на замісній підтримувальній терапії (ЗПТ) зросла на 6 % порівняно з II кварталом.
Дані знеособлені та агреговані; значення менше 5 приховано.</p>
<p>Відділ громадського здоров'я (вигаданий)</p>
</body></html>
"""
    return mk(("Громадське здоров'я", "stat@publichealth.example.ua.test"), "partners@publichealth.example.ua.test",
              "Дашборд передозувань, III квартал 2026", H(html, cs="utf-8", cte="base64", lang="uk"), dt("2026-10-28 09:00", "+0200"))


@reg("none", "uk-hr-vidpustka", "Ukrainian (KOI8-U) HR approval of an employee's annual leave; no health content", lang="uk", struct_="plain:koi8-u")
def _():
    body = """Добрий день, Оксано!

Вашу щорічну відпустку з 21 грудня 2026 р. по 4 січня 2027 р. (10 робочих днів)
погоджено. Заява зареєстрована під N ВП-2026/0418. Залишок днів відпустки після цього:
6.

Будь ласка, передайте справи колезі з відділу закупівель до 18 грудня.

З повагою,
Відділ кадрів
"""
    return mk(("Відділ кадрів", "hr@likarnia-misto.example.ua.test", "koi8-u", "B"), ("Оксана Ткаченко", "o.tkachenko@likarnia-misto.example.ua.test", "koi8-u", "B"),
              "Погодження відпустки", T(body, cs="koi8-u", cte="8bit", lang="uk"), dt("2026-11-24 11:00", "+0200"),
              scs="koi8-u", senc="B")


@reg("phi", "uk-batky-dytyna-temperatura", "Ukrainian (windows-1251): mother writes about her named child's fever, rash and paracetamol dose", lang="uk", struct_="plain:windows-1251")
def _():
    body = """Доброго вечора, пані лікарко!

Це мама Софійки Бондаренко (4 роки). Третій день температура 38,5-39, сьогодні
з'явився висип на животі, дрібний, не свербить. Даю парацетамол сироп 7 мл кожні
6 годин, п'є добре, але їсть погано. Кашлю немає.

Чи потрібно приїхати на огляд завтра, чи можна почекати? Ми можемо бути о 9:00.

Дякую!
Ірина Бондаренко, тел. 555-0116
"""
    return mk(("Ірина Бондаренко", "iryna.bondarenko@poshta.example.ua.test", "windows-1251", "B"), "pediatr.kovalenko@ambulatoria.example.ua.test",
              "Софійка - температура третій день", T(body, cs="windows-1251", cte="qp", lang="uk"), dt("2026-11-22 20:15", "+0200"),
              scs="windows-1251", senc="B")


@reg("restricted", "uk-ptsr-psykholoh", "Ukrainian psychologist confirms a named veteran's PTSD exposure-therapy session and prazosin (mental health)", lang="uk", struct_="plain")
def _():
    body = """Вітаю, Андрію!

Нагадую, що наступна сесія терапії (пролонгована експозиція при ПТСР) - у четвер,
3 грудня, о 18:00 онлайн. Будь ласка, продовжуйте записувати сни та тригери у
щоденник, і прослухайте запис минулої сесії щонайменше тричі.

Ви говорили, що кошмари стали рідшими після початку прийому празозину, - розкажіть,
будь ласка, про це докладніше, я передам інформацію вашому психіатру.

Психологиня Марія Шевчук
Центр психічного здоров'я для ветеранів (вигаданий)
"""
    return mk(("Марія Шевчук", "m.shevchuk@mentalhealth-vet.example.ua.test"), ("Андрій Мельник", "andrii.melnyk@poshta.example.ua.test"),
              "Наступна сесія - четвер 18:00", T(body, cs="utf-8", cte="base64", lang="uk"), dt("2026-11-30 12:00", "+0200"))
# ===========================================================================
# Turkish
# ===========================================================================
@reg("none", "trap-tr-hastane-otopark-duyurusu", "Turkish (ISO-8859-9) hospital parking closure notice; no patient", lang="tr", struct_="plain:iso-8859-9")
def _():
    body = """Değerli çalışanlarımız ve ziyaretçilerimiz,

14 Aralık Pazartesi gününden itibaren B Blok otoparkı yenileme çalışmaları nedeniyle
üç hafta süreyle kapalı olacaktır. Acil servis ambulans girişi etkilenmeyecektir.

 - Poliklinik hastaları ve refakatçiler: C kapısındaki açık otoparkı kullanabilir.
 - Personel: servis aracı her 15 dakikada bir Metro durağından kalkacaktır.
 - Engelli park yerleri A Blok önüne taşınmıştır.

Anlayışınız için teşekkür ederiz.
Destek Hizmetleri Müdürlüğü
Yeşilvadi Eğitim ve Araştırma Hastanesi (kurgusal)
"""
    return mk(("Destek Hizmetleri", "destek@yesilvadi-hastane.example.com.tr.test"), "tum-personel@yesilvadi-hastane.example.com.tr.test",
              "B Blok otoparkı 14 Aralık'tan itibaren kapalı", T(body, cs="iso-8859-9", cte="qp", lang="tr"),
              dt("2026-11-30 09:00", "+0300"), scs="iso-8859-9", senc="Q")


@reg("none", "trap-tr-ilac-tanitim-hekim", "Turkish pharma promotion to a physician for the fictional CARDIQOR with side effects; no patient", lang="tr", struct_="alternative")
def _():
    txt = """Sayın Hekimimiz,

CARDIQOR (kurgusal) 10 mg film tablet artık eczanelerde. Esansiyel hipertansiyon
tedavisinde günde tek doz; CORONA-3 çalışmasında 12. haftada sistolik kan basıncında
ortalama 14 mmHg düşüş.

En sık yan etkiler: baş dönmesi, periferik ödem, baş ağrısı. Gebelikte kullanılmaz.
Ayrıntılı bilgi için kısa ürün bilgisine bakınız.

Tıbbi tanıtım temsilciniz sizi ziyaret etmek ister: 0212 555 01 91
Orsolan İlaç (kurgusal)
"""
    html = "<html><body style='font-family:Arial'>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in txt.split("\n\n")) + "</body></html>"
    return mk(("Orsolan İlaç Tıbbi Bilgi", "tanitim@orsolan.example.com.tr.test"), ("Dr. Elif Yılmazer", "elif.yilmazer@klinik.example.com.tr.test"),
              "CARDIQOR 10 mg artık eczanelerde", MP("alternative", T(txt, lang="tr"), H(html, lang="tr")), dt("2026-10-07 10:30", "+0300"))


@reg("phi", "tr-randevu-hatirlatma-iso88599", "Turkish (ISO-8859-9) endocrinology appointment reminder to a named patient with thyroid/HbA1c lab instructions", lang="tr", struct_="plain:iso-8859-9")
def _():
    body = """Sayın Ayşe Kaya,

Endokrinoloji polikliniği randevunuz 9 Aralık 2026 Çarşamba saat 10:40'tadır
(Doç. Dr. Murat Şahin, 3. kat, oda 312).

Randevunuzdan önce tiroid tahlilleriniz (TSH, serbest T4) ve HbA1c için kan
vermeniz gerekmektedir. Levotiroksin ilacınızı kan vermeden önce almayınız.

Randevunuzu iptal etmek için 0216 555 01 22'yi arayabilirsiniz.

Yeşilvadi Hastanesi Randevu Merkezi (kurgusal)
"""
    return mk(("Yeşilvadi Randevu Merkezi", "randevu@yesilvadi-hastane.example.com.tr.test", "iso-8859-9", "Q"),
              ("Ayşe Kaya", "ayse.kaya@posta.example.com.tr.test", "iso-8859-9", "Q"),
              "Randevu hatırlatma: 9 Aralık Endokrinoloji", T(body, cs="iso-8859-9", cte="8bit", lang="tr"),
              dt("2026-12-02 08:00", "+0300"), scs="iso-8859-9", senc="Q")


@reg("restricted", "tr-psikiyatri-randevu-bipolar", "Turkish psychiatry clinic: a named patient's bipolar disorder follow-up and lithium level", lang="tr", struct_="plain")
def _():
    body = """Merhaba Kerem Bey,

Psikiyatri kontrolünüz 7 Aralık Pazartesi saat 14:00'te Dr. Zeynep Arslan ile
yapılacaktır. Bipolar bozukluk tedaviniz kapsamında randevudan bir gün önce sabah,
lityum dozunuzu almadan 12 saat sonra kan vermeniz (lityum düzeyi, böbrek ve tiroid
testleri) gerekiyor.

Son görüşmede uykunuzun azaldığını söylemiştiniz; bu dönemde uyku düzeninizi kayıt
altına alırsanız doktorunuz için faydalı olacaktır.

Ruh Sağlığı ve Hastalıkları Polikliniği
Yeşilvadi Hastanesi (kurgusal)
"""
    return mk(("Psikiyatri Polikliniği", "psikiyatri@yesilvadi-hastane.example.com.tr.test"), ("Kerem Demir", "kerem.demir@posta.example.com.tr.test"),
              "Kontrol randevunuz ve tahlil bilgisi", T(body, cte="base64", lang="tr"), dt("2026-11-28 16:45", "+0300"))


# ===========================================================================
# Vietnamese
# ===========================================================================
@reg("none", "trap-vi-nha-thuoc-gio-mo-cua", "Vietnamese pharmacy holiday hours and walk-in flu/COVID vaccines; no patient", lang="vi", struct_="plain")
def _():
    body = """Kính gửi quý khách,

Nhà thuốc Bình An (hư cấu) xin thông báo giờ mở cửa dịp lễ:

  Thứ Năm 26/11: nghỉ
  Thứ Sáu 27/11: 9 giờ sáng - 3 giờ chiều
  Các ngày khác: 8 giờ sáng - 8 giờ tối

Chúng tôi có tiêm ngừa cúm và COVID-19 không cần hẹn trước. Vui lòng mang theo thẻ
bảo hiểm. Dược sĩ nói tiếng Việt có mặt vào thứ Ba và thứ Bảy.

Nhà thuốc Bình An - 555-0119
"""
    return mk(("Nhà thuốc Bình An", "info@nhathuocbinhan.example.com"), "khachhang@nhathuocbinhan.example.com",
              "Giờ mở cửa dịp lễ Tạ Ơn", T(body, cte="qp", lang="vi"), dt("2026-11-20 10:00", "-0600"))


@reg("none", "vi-thong-bao-hop-phu-huynh", "Vietnamese school invitation to a parents' meeting; no health content", lang="vi", struct_="html")
def _():
    html = """<html><body>
<p>Kính gửi quý phụ huynh,</p>
<p>Trường Tiểu học Hollis Creek mời quý phụ huynh tham dự buổi họp phụ huynh vào
<b>thứ Ba, ngày 8 tháng 12, lúc 6 giờ chiều</b> tại thư viện trường. Sẽ có thông dịch viên tiếng Việt.</p>
<p>Nội dung: kết quả học kỳ I, chương trình đọc sách mùa đông, và chuyến dã ngoại tháng 2.</p>
<p>Trân trọng,<br>Ban Giám hiệu</p>
</body></html>
"""
    return mk(("Trường Tiểu học Hollis Creek", "office@holliscreek-es.example.org"), "phuhuynh@holliscreek-es.example.org",
              "Mời họp phụ huynh ngày 8/12", H(html, cte="base64", lang="vi"), dt("2026-11-25 13:00", "-0500"))


@reg("phi", "vi-nha-thuoc-thuoc-san-sang", "Vietnamese pharmacy tells a named patient his insulin and metformin are ready", lang="vi", struct_="plain")
def _():
    body = """Chào ông Nguyễn Văn Hùng,

Thuốc của ông đã sẵn sàng tại Nhà thuốc Bình An:

  - Insulin glargine (bút tiêm), 5 bút - toa bác sĩ Trần Thị Mai
  - Metformin 500 mg, 180 viên
  - Que thử đường huyết, 100 que

Tiền đồng chi trả: 12,50 đô la. Xin mang theo thẻ bảo hiểm và đến lấy trước thứ
Bảy. Nếu ông có hạ đường huyết (chóng mặt, đổ mồ hôi) xin gọi bác sĩ.

Dược sĩ Lê Minh, 555-0119
"""
    return mk(("Nhà thuốc Bình An", "rx@nhathuocbinhan.example.com"), ("Nguyễn Văn Hùng", "hung.nguyen@mail.example.com"),
              "Thuốc của ông đã sẵn sàng", T(body, cte="base64", lang="vi"), dt("2026-11-17 11:20", "-0600"))


@reg("restricted", "vi-ket-qua-giang-mai", "Vietnamese clinic gives a named patient a positive syphilis result and penicillin appointment (STI result)", lang="vi", struct_="plain:subject-encoded")
def _():
    body = """Chào anh Trần Quốc Bảo,

Kết quả xét nghiệm máu ngày 10/11 của anh cho thấy dương tính với giang mai (RPR 1:32,
TPPA dương tính). Bệnh này chữa khỏi được bằng một mũi tiêm penicillin benzathine.

Xin anh đến phòng khám vào thứ Năm 19/11 lúc 2 giờ chiều để tiêm. Bạn tình của anh
trong 3 tháng qua cũng cần được xét nghiệm và điều trị; chúng tôi có thể giúp thông
báo ẩn danh nếu anh muốn.

Điều dưỡng Phạm Thu, Phòng khám Sức khỏe Tình dục (hư cấu), 555-0153
"""
    return mk(("Phòng khám Sức khỏe Tình dục", "skts@quillanvalley.example.org"), ("Trần Quốc Bảo", "bao.tran@mail.example.net"),
              "Kết quả xét nghiệm của anh", T(body, cte="qp", lang="vi"), dt("2026-11-16 09:40", "-0800"), sforce=True)


# ===========================================================================
# Tagalog
# ===========================================================================
@reg("none", "trap-tl-recruiter-nurse-taglish", "Taglish recruiter e-mail for ICU/oncology nurse jobs; no patient", lang="tl", struct_="plain:mixed-language")
def _():
    body = """Hi Ma'am Rowena!

Nakita ko po ang profile ninyo - 5 years ICU experience sa Maynila, tama po ba? May
opening kami for ICU and Oncology RNs sa isang hospital sa Texas, direct hire, with
visa sponsorship at free housing for 3 months. Sahod po $38-44/hour depende sa
experience.

Requirements: NCLEX passed, BLS/ACLS, at least 2 years hospital experience. Kung
interested po kayo, pakisend ang updated CV ninyo at available times for a quick
call this week. Salamat po!

Jerome Dela Paz
Recruitment Specialist, Pacific Bridge Staffing (fictional)
+63 2 555 0192
"""
    return mk(("Jerome Dela Paz", "jerome@pacificbridge-staff.example.com"), ("Rowena Santos", "rowena.santos@mail.example.ph.test"),
              "ICU / Oncology RN opening - Texas, with visa sponsorship", T(body, cs="us-ascii", cte="7bit", lang="tl, en"),
              dt("2026-11-04 21:00", "+0800"))


@reg("phi", "tl-home-health-visit-taglish", "Taglish home-health nurse update on a named elderly patient's blood pressure, missed amlodipine and sugars", lang="tl", struct_="plain:mixed-language")
def _():
    body = """Hi Doc,

Update lang po kay Lola Remedios Bautista (DOB 09/12/1940) from my visit kanina:

- BP 168/94 and 162/90 (repeat), mas mataas kaysa last week. Nakalimutan daw niya
  inumin ang amlodipine 2 days na.
- May konting manas sa both ankles, walang chest pain or hirap huminga.
- Sugar 188 bago kumain.

Tinuruan ko ulit ang apo niya na gamitin ang pill organizer. Pwede po bang pakitaasan
ang amlodipine o may ibang order? Babalik ako sa Friday.

Salamat po,
Grace Villanueva, RN
Pinecrest Home Health, 555-0174
"""
    return mk(("Grace Villanueva RN", "gvillanueva@pinecrest-hh.example.org"), ("Dr. Emeka Ekwueme", "eekwueme@stbrennans.example.org"),
              "Lola Remedios - mataas BP today", T(body, lang="tl, en"), dt("2026-11-18 16:10", "-0800"))


@reg("phi", "tl-anak-tatay-operasyon", "Tagalog: daughter asks about her named father's bypass surgery, diabetes and kidney disease", lang="tl", struct_="plain")
def _():
    body = """Magandang araw po,

Ako po si Liza Mendoza, anak ni Ernesto Mendoza na na-admit kahapon sa Room 508. Sabi
po ng doktor kailangan niya ng bypass surgery dahil tatlong ugat sa puso ang barado.
Nag-aalala po kami dahil may diabetes din siya at mahina na ang kidney niya.

Pwede po ba naming makausap ang surgeon bago ang operasyon sa Huwebes? Nasa Cebu po
ang kapatid ko kaya gusto sana namin ng video call.

Maraming salamat po,
Liza Mendoza
555-0112
"""
    return mk(("Liza Mendoza", "liza.mendoza@mail.example.ph.test"), "cardiac-surgery@stbrennans.example.org",
              "Tungkol sa operasyon ng tatay ko, Ernesto Mendoza", T(body, cs="utf-8", cte="8bit", lang="tl"), dt("2026-11-23 07:30", "-0500"))


@reg("restricted", "tl-hiv-viral-load-case-manager", "Taglish HIV case manager tells a named client his viral load is undetectable and about his ART refill", lang="tl", struct_="plain:mixed-language")
def _():
    body = """Hi Mark,

Good news - lumabas na ang viral load mo from last week: undetectable (<20 copies/mL)!
Ibig sabihin gumagana ang gamot mo (Biktarvy, isang tableta araw-araw). Keep it up.

Ang next refill mo ay sa December 5. Kung mahirap pumunta dahil sa trabaho, pwede
naming i-mail sa address mo, discreet ang packaging. Sabihin mo lang.

Ingat,
Joy Reyes, Case Manager
HIV Care Program, Cobalt Bay Health
"""
    return mk(("Joy Reyes", "jreyes@cobaltbayhealth.example.org"), ("Mark Anthony Cruz", "mac.cruz@mail.example.net"),
              "Resulta mo", T(body, lang="tl, en"), dt("2026-11-20 17:55", "-0800"))


# ===========================================================================
# Haitian Creole
# ===========================================================================
@reg("none", "trap-ht-kanpay-vaksen-grip", "Haitian Creole community flu-vaccine campaign flyer (HTML); no individual", lang="ht", struct_="html")
def _():
    html = """<html><body style="font-family:Arial">
<h2>Vaksen grip gratis!</h2>
<p>Sant Sante Kominotè Lakay (fiktif) ap bay vaksen grip gratis pou tout moun ki gen 6 mwa oswa plis,
samdi 21 novanm, 9è - 2è, nan legliz Sen Jozèf la.</p>
<p>Pa bezwen randevou. Pa bezwen asirans. Gen moun ki pale kreyòl ak panyòl.</p>
<p>Grip la ka grav pou granmoun, timoun piti, fanm ansent ak moun ki gen dyabèt oswa maladi kè.</p>
<p>Pou plis enfòmasyon: 555-0120</p>
</body></html>
"""
    return mk(("Sant Sante Kominotè Lakay", "enfo@santelakay.example.org"), "kominote@santelakay.example.org",
              "Vaksen grip gratis samdi 21 novanm", H(html, cs="utf-8", cte="qp", lang="ht"), dt("2026-11-12 12:00", "-0500"))


@reg("none", "ht-reyinyon-paran-lekol", "Haitian Creole (ISO-8859-1) school parents' meeting invitation; no health content", lang="ht", struct_="plain:latin1")
def _():
    body = """Bonjou chè paran,

Lekòl Primè Bèl Avni (fiktif) envite nou nan yon reyinyon paran jedi 10 desanm a
6è diswa nan kafeterya a. N ap pale sou rezilta premye trimès la, vwayaj lekòl la
nan mwa fevriye, ak jan pou nou itilize nouvo pòtay paran an.

Tanpri vini ak yon manm fanmi si nou vle. Gen tradiktè kreyòl.

Mèsi,
Direksyon lekòl la
"""
    return mk(("Lekòl Bèl Avni", "direksyon@belavni-school.example.org"), "paran@belavni-school.example.org",
              "Reyinyon paran jedi 10 desanm", T(body, cs="iso-8859-1", cte="qp", lang="ht"), dt("2026-11-27 15:00", "-0500"),
              scs="iso-8859-1", senc="Q")


@reg("phi", "ht-entepret-randevou-pasyan", "Haitian Creole interpreter confirms a named patient's cardiology appointment and echocardiogram", lang="ht", struct_="plain:mixed-language")
def _():
    body = """Bonjou Mesye Jean-Baptiste,

Se Marie-Claude, entèprèt kreyòl la nan lopital Sen Brennan. Mwen konfime m ap la pou
randevou kadyoloji ou lendi 7 desanm a 10è30 avèk Dr. Marchetti. Yo pral fè yon
ekografi kè (echocardiogram) epi pale de nouvo medikaman pou tansyon ou ak kè ou ki
bat twò vit la.

Pote tout boutèy medikaman ou yo. Si ou pa ka vini, rele 555-0121.

Marie-Claude Etienne
Interpreter Services / Sèvis Entèpretasyon, St. Brennan's Hospital
"""
    return mk(("Marie-Claude Etienne", "metienne@stbrennans.example.org"), ("Wilner Jean-Baptiste", "wilner.jb@mail.example.com"),
              "Randevou kadyoloji lendi 7 desanm", T(body, lang="ht, en"), dt("2026-12-01 14:20", "-0500"))


@reg("restricted", "ht-depresyon-terapi-swivi", "Haitian Creole therapist follow-up on a named client's depression treatment, sessions and sertraline (mental health)", lang="ht", struct_="plain")
def _():
    body = """Bonjou Madan Pierre,

Mwen te kontan wè w semèn pase a. Jan nou te pale a, tretman depresyon an ap kontinye:
yon sesyon terapi chak mèkredi a 3è, epi Dr. Louis ap wè w 15 desanm pou sètralin nan
(50 mg chak maten). Si ou santi w pi mal, si ou gen lide pou fè tèt ou mal, rele 988
oswa vin nan ijans touswit.

Pa bliye fè ti mache 20 minit chak jou nou te pale a.

Rose-Andrée Célestin, LMHC
Klinik Sante Mantal Lakay (fiktif)
"""
    return mk(("Rose-Andrée Célestin", "rcelestin@santelakay.example.org"), ("Nadège Pierre", "nadege.pierre@mail.example.com"),
              "Swivi sesyon nou an", T(body, cs="utf-8", cte="base64", lang="ht"), dt("2026-11-24 18:30", "-0500"))


# ===========================================================================
# Arabic
# ===========================================================================
@reg("none", "trap-ar-nashra-jinah-jadid", "Arabic (windows-1256 HTML) hospital newsletter about a new cardiac ward and free diabetes screening; no individual", lang="ar", struct_="html:windows-1256")
def _():
    html = """<html dir="rtl"><body style="font-family:Tahoma">
<h2>نشرة مستشفى الأمل (وهمي) - نوفمبر 2026</h2>
<p>يسرّنا أن نعلن عن افتتاح جناح أمراض القلب الجديد في الطابق الرابع، ويضم 24 سريرًا ووحدة قسطرة حديثة.</p>
<p>كما نذكّر بأن عيادة السكري تقدم فحصًا مجانيًا للسكر وضغط الدم كل يوم خميس من الساعة 9 حتى 12 ظهرًا،
بمناسبة اليوم العالمي للسكري.</p>
<p>مواعيد الزيارة الجديدة: من 4 عصرًا حتى 8 مساءً.</p>
<p>للاستفسار: 555-0175</p>
</body></html>
"""
    return mk(("مستشفى الأمل", "news@alamal-hospital.example.org", "windows-1256", "B"), "subscribers@alamal-hospital.example.org",
              "نشرة نوفمبر: افتتاح جناح القلب الجديد", H(html, cs="windows-1256", cte="qp", lang="ar"), dt("2026-11-15 10:00", "+0300"),
              scs="windows-1256", senc="B")


@reg("none", "trap-ar-jadwal-mutarjimin", "Arabic interpreter roster with staff names and pagers (CSV); no patients", lang="ar", struct_="mixed:csv")
def _():
    rows = [["interpreter", "language", "mon", "tue", "wed", "thu", "fri", "pager"],
            ["Samira Haddad", "Arabic", "ED", "Clinic B", "ED", "OFF", "Clinic B", "555-0102"],
            ["Youssef Mansour", "Arabic", "Clinic A", "OFF", "Inpatient", "Inpatient", "ED", "555-0103"],
            ["Layla Farouk", "Arabic/French", "OFF", "ED", "Clinic A", "ED", "Inpatient", "555-0104"],
            ["Omar Khalil", "Arabic", "Inpatient", "Inpatient", "OFF", "Clinic B", "Clinic A", "555-0105"]]
    body = """الزملاء الكرام،

مرفق جدول المترجمين الفوريين للغة العربية للأسبوع القادم. يرجى طلب المترجم عبر النظام
قبل 24 ساعة على الأقل للمواعيد المجدولة، وللطوارئ استخدموا رقم البيجر مباشرة.

مع التحية،
خدمات الترجمة الطبية
"""
    return mk(("Interpreter Services", "interpreters@stbrennans.example.org"), "clinic-managers@stbrennans.example.org",
              "جدول المترجمين - الأسبوع القادم", MP("mixed", T(body, cte="base64", lang="ar"),
                                                   A(csvtext(rows), "text/csv", "arabic_interpreters_wk49.csv", cs="utf-8", cte="7bit")),
              dt("2026-11-27 13:00", "-0500"))


@reg("phi", "ar-mutarjim-mawid-marid", "Arabic interpreter confirms a named patient's nephrology appointment with creatinine result", lang="ar", struct_="plain:mixed-language")
def _():
    body = """السيدة فاطمة العلي المحترمة،

أنا سميرة، المترجمة في مستشفى سانت برينان. أؤكد لك موعدك في عيادة الكلى يوم الثلاثاء
8 ديسمبر الساعة 11:00 صباحًا مع الدكتورة Strand. سيناقش الطبيب نتائج تحليل الدم
الأخيرة (الكرياتينين 2.1) وضغط الدم، وقد يتم تعديل جرعة دواء الضغط.

يرجى إحضار جميع أدويتك وقائمة قياسات الضغط في البيت.

Samira Haddad - Interpreter Services, 555-0102
"""
    return mk(("Samira Haddad", "shaddad@stbrennans.example.org"), ("فاطمة العلي", "fatima.alali@mail.example.com"),
              "تأكيد موعد عيادة الكلى - 8 ديسمبر", T(body, cte="base64", lang="ar"), dt("2026-12-01 09:15", "-0500"))


@reg("restricted", "ar-fahs-hamil-thalassemia", "Arabic premarital beta-thalassaemia carrier screening (HBB) result for a named couple with genetic counselling", lang="ar", struct_="plain")
def _():
    body = """السيد أحمد والسيدة ريم المحترمان،

نتائج فحص ما قبل الزواج: تبين أن كليكما حامل لصفة بيتا ثلاسيميا (تحليل الهيموغلوبين
والفحص الجيني لجين HBB). هذا لا يؤثر على صحتكما، لكن احتمال إصابة كل طفل
بالثلاسيميا الكبرى هو 25٪.

حددنا لكما موعدًا للاستشارة الوراثية يوم الأحد 13 ديسمبر الساعة 10 صباحًا لشرح
الخيارات المتاحة، ومنها التشخيص الوراثي قبل الانغراس.

عيادة الاستشارات الوراثية - مستشفى الأمل (وهمي)
"""
    return mk(("عيادة الوراثة", "genetics@alamal-hospital.example.org"), ("أحمد ناصر", "ahmad.nasser@mail.example.com"),
              "نتائج فحص ما قبل الزواج وموعد الاستشارة", T(body, cs="utf-8", cte="qp", lang="ar"), dt("2026-11-29 11:30", "+0300"),
              cc=("ريم سليمان", "reem.s@mail.example.com"))


# ===========================================================================
# Farsi
# ===========================================================================
@reg("none", "trap-fa-maghale-salamat-ghalb", "Farsi health-education article on high blood pressure naming drugs; no individual", lang="fa", struct_="alternative")
def _():
    txt = """فشار خون بالا؛ قاتل خاموش

تقریباً از هر سه بزرگسال یک نفر فشار خون بالا دارد و بسیاری از آن بی‌خبرند. فشار خون
بالای ۱۴۰/۹۰ اگر درمان نشود خطر سکته مغزی و حمله قلبی را افزایش می‌دهد.

توصیه‌ها: نمک کمتر، پیاده‌روی روزانه ۳۰ دقیقه، ترک سیگار، و اندازه‌گیری منظم فشار خون.
داروهایی مانند لوزارتان یا آملودیپین فقط با تجویز پزشک مصرف شوند.

خبرنامه سلامت خانواده (خیالی)
"""
    html = "<html dir='rtl'><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in txt.split("\n\n")) + "</body></html>"
    return mk(("خبرنامه سلامت خانواده", "news@salamat-khanevade.example.org"), "members@salamat-khanevade.example.org",
              "فشار خون بالا؛ قاتل خاموش", MP("alternative", T(txt, cte="base64", lang="fa"), H(html, cte="base64", lang="fa")),
              dt("2026-10-18 08:00", "+0330"))


@reg("none", "fa-davat-jashn-yalda", "Farsi office invitation to a Yalda night party; no health content", lang="fa", struct_="plain")
def _():
    body = """همکاران عزیز سلام،

به مناسبت شب یلدا، دوشنبه ۲۱ دسامبر ساعت ۴ بعدازظهر در اتاق کنفرانس طبقه دوم دور هم
جمع می‌شویم. انار، هندوانه و آجیل داریم؛ اگر کسی دوست دارد شعر حافظ بخواند خبر بدهد!

لطفاً تا پنجشنبه اعلام حضور کنید.

شیرین - واحد اداری
"""
    return mk(("Shirin Rahimi", "srahimi@marrowfield.example.org"), "billing-team@marrowfield.example.org",
              "جشن شب یلدا 🍉", T(body, cte="qp", lang="fa"), dt("2026-11-30 10:30", "-0600"))


@reg("phi", "fa-azmayesh-khoon-pedar", "Farsi/English: daughter sends her named father's HbA1c, creatinine and LDL and asks about metformin", lang="fa", struct_="plain:mixed-language")
def _():
    body = """سلام دکتر جان،

نتیجه آزمایش پدرم، آقای حسین کریمی (۶۸ ساله)، امروز رسید:
  HbA1c: 8.7 %
  Creatinine: 1.6 mg/dL
  LDL: 142 mg/dL

ایشان متفورمین ۱۰۰۰ و آتورواستاتین ۲۰ مصرف می‌کنند. آیا با این کراتینین ادامه متفورمین
مشکلی ندارد؟ نوبت بعدی‌شان ۱۵ دسامبر است، اگر لازم است زودتر بیاییم.

با تشکر،
مریم کریمی
"""
    return mk(("Maryam Karimi", "maryam.karimi@mail.example.com"), ("Dr. Astrid Strand", "astrand@lindenridge.example.org"),
              "نتیجه آزمایش پدرم - حسین کریمی", T(body, cte="base64", lang="fa, en"), dt("2026-11-26 19:05", "-0800"))


@reg("restricted", "fa-ravanpezeshk-ocd", "Farsi psychiatrist visit summary for a named patient's OCD (Y-BOCS, fluvoxamine, ERP therapy) (mental health)", lang="fa", struct_="plain")
def _():
    body = """آقای رضا احمدی عزیز،

در ادامه ویزیت امروز: با توجه به اینکه وسواس‌های شستشو هنوز روزانه حدود سه ساعت از وقت
شما را می‌گیرد (نمره Y-BOCS برابر ۲۶)، دوز فلووکسامین را از ۱۰۰ به ۱۵۰ میلی‌گرم شب
افزایش می‌دهیم. جلسات درمان مواجهه و جلوگیری از پاسخ (ERP) با خانم دکتر نوری از هفته
آینده، سه‌شنبه‌ها ساعت ۵ عصر شروع می‌شود.

اگر عوارضی مثل بی‌قراری یا بی‌خوابی شدید داشتید، با مطب تماس بگیرید.

دکتر نسرین تهرانی، روانپزشک
"""
    return mk(("Dr. Nasrin Tehrani", "ntehrani@psych-practice.example.org"), ("رضا احمدی", "reza.ahmadi@mail.example.net"),
              "خلاصه ویزیت امروز", T(body, cte="qp", lang="fa"), dt("2026-11-19 17:40", "-0800"))
# ===========================================================================
# Chinese (simplified)
# ===========================================================================
@reg("none", "trap-zh-yaodian-cuxiao-gb2312", "Simplified Chinese (GB2312 HTML) pharmacy promotion with drugs and free glucose tests; no individual", lang="zh-Hans", struct_="html:gb2312")
def _():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
<h2>康宁大药房（虚构）双十二会员日</h2>
<ul>
<li>血压计（上臂式）：原价 299 元，会员价 199 元</li>
<li>维生素D3 软胶囊 60 粒：买二送一</li>
<li>布洛芬缓释胶囊：第二件半价</li>
<li>血糖试纸 50 片：满 200 减 30</li>
</ul>
<p>12月12日当天，驻店药师提供免费测血压、测血糖及用药咨询。</p>
<p>处方药须凭医生处方购买。退订请回复 TD。</p>
</body></html>
"""
    return mk(("康宁大药房", "vip@kangning-pharmacy.example.cn.test", "gb2312", "B"), "members@kangning-pharmacy.example.cn.test",
              "双十二会员日：血压计特价，免费测血糖", H(html, cs="gb2312", cte="base64", lang="zh-CN"), dt("2026-11-28 10:00", "+0800"),
              scs="gb2312", senc="B")


@reg("none", "trap-zh-aizibing-tongji-aggregate", "Simplified Chinese (GBK) CDC quarterly aggregate HIV statistics; no individual", lang="zh-Hans", struct_="plain:gbk")
def _():
    body = """各医疗机构：

现将本市 2026 年第三季度艾滋病疫情汇总情况通报如下（数据为虚构示例）：

  新报告 HIV 感染者：126 例（同比下降 8%）
  其中男性 101 例，女性 25 例；15-24 岁 19 例
  传播途径：性传播 94%，注射吸毒 3%，其他/不详 3%
  正在接受抗病毒治疗人数：4,318 人，病毒抑制率 95.6%

请各单位继续做好自愿咨询检测（VCT）和暴露前预防（PrEP）宣传工作。
报告中不含任何个人身份信息。

市疾病预防控制中心 性病艾滋病防制科（虚构）
"""
    return mk(("市疾控中心", "aids-stat@cdc-city.example.cn.test", "gbk", "B"), "hospitals@cdc-city.example.cn.test",
              "2026年第三季度艾滋病疫情汇总通报", T(body, cs="gbk", cte="base64", lang="zh-CN"), dt("2026-10-20 15:00", "+0800"),
              scs="gbk", senc="B")


@reg("phi", "zh-tijian-baogao-gbk", "Simplified Chinese (GBK, 8bit) health-check report for a named client: lipids, liver enzymes, fatty liver", lang="zh-Hans", struct_="plain:gbk")
def _():
    body = """王建国 先生：您好！

您于 2026 年 11 月 8 日在本中心的年度体检报告已出，主要异常如下：

  1. 总胆固醇 6.8 mmol/L（↑），低密度脂蛋白 4.6 mmol/L（↑）
  2. 谷丙转氨酶 78 U/L（↑）
  3. 腹部超声：中度脂肪肝；胆囊息肉 0.5 cm
  4. 血压 152/96 mmHg

建议：心内科及消化内科就诊，低脂饮食，规律运动，三个月后复查血脂和肝功能。
体检编号：TJ2026110800417

健康体检中心（虚构） 客服电话 400-555-0199
"""
    return mk(("健康体检中心", "report@tijian-center.example.cn.test", "gbk", "B"), ("王建国", "wangjianguo@mail.example.cn.test", "gbk", "B"),
              "您的体检报告已出", T(body, cs="gbk", cte="8bit", lang="zh-CN"), dt("2026-11-15 09:20", "+0800"),
              scs="gbk", senc="B")


@reg("restricted", "zh-hiv-jiance-gb18030", "Simplified Chinese (GB18030) clinic tells a named person his confirmatory HIV test is positive and books ART start", lang="zh-Hans", struct_="plain:gb18030")
def _():
    body = """李明 先生：

您 11 月 20 日的 HIV 抗体确证试验结果为阳性。请不要过于担心：现在的抗病毒治疗
效果很好，坚持服药的人可以和常人一样生活和工作。

我们已为您预约 11 月 30 日（周一）上午 9:30 的感染科门诊（张医生），届时会检测
CD4 和病毒载量，并开始抗病毒治疗。您的检测结果严格保密。

如需心理支持，可拨打门诊电话 555-0198。

感染科护士 陈静
"""
    return mk(("感染科门诊", "id-clinic@cobaltbayhealth.example.org", "gb18030", "B"), ("李明", "liming@mail.example.net", "gb18030", "B"),
              "检测结果及门诊预约", T(body, cs="gb18030", cte="base64", lang="zh-CN"), dt("2026-11-24 10:45", "-0800"),
              scs="gb18030", senc="B")


# ===========================================================================
# Chinese (traditional)
# ===========================================================================
@reg("none", "trap-zhtw-yigan-xinwen-big5", "Traditional Chinese (Big5) hospital e-newsletter on hepatitis B and free screening; no individual", lang="zh-Hant", struct_="plain:big5")
def _():
    body = """【健康電子報】十一月號

◎ B型肝炎知多少？
台灣成人約每 12 人就有 1 人是 B 型肝炎帶原者，許多人沒有症狀。定期抽血檢查肝功能
與腹部超音波，可以及早發現肝硬化和肝癌。

◎ 免費篩檢活動
11 月 21 日（六）上午 8 點至 12 點，本院一樓大廳提供 B、C 型肝炎免費篩檢，
40 歲以上民眾請攜帶健保卡。

◎ 新進醫師介紹
消化內科新增 2 位主治醫師，門診時間請見官網。

仁心綜合醫院（虛構）公共事務室
"""
    return mk(("仁心綜合醫院", "epaper@renxin-hosp.example.tw.test", "big5", "B"), "subscribers@renxin-hosp.example.tw.test",
              "健康電子報：B型肝炎免費篩檢", T(body, cs="big5", cte="base64", lang="zh-TW"), dt("2026-11-10 08:30", "+0800"),
              scs="big5", senc="B")


@reg("none", "zhtw-yuangong-lvyou", "Traditional Chinese company trip sign-up; no health content", lang="zh-Hant", struct_="plain")
def _():
    body = """各位同仁好：

今年的員工旅遊訂於 12 月 12 日（六）至 13 日（日），地點是花蓮太魯閣，兩天一夜。
費用由福委會全額補助，眷屬每人自付 2,500 元。

請於 11 月 27 日前在內部系統填寫報名表，並註明是否需要素食。

福委會 敬上
"""
    return mk(("福委會", "welfare@company-tw.example.com"), "all@company-tw.example.com",
              "員工旅遊報名開始囉", T(body, cte="qp", lang="zh-TW"), dt("2026-11-16 12:00", "+0800"))


@reg("phi", "zhtw-mama-tangniaobing", "Traditional Chinese: daughter asks about her named mother's diabetes, metformin side effects and HbA1c", lang="zh-Hant", struct_="plain:mixed-language")
def _():
    body = """林醫師您好：

我是陳美玲的女兒。媽媽這兩週早上空腹血糖都在 180-220 之間，上次回診（11/3）您把
Metformin 加到 1000 mg 一天兩次，她說吃了會拉肚子，所以自己減回 500 mg。

請問可以換別的藥嗎？還是要提早回診？她的 HbA1c 上次是 8.4%。

謝謝您！
陳佳慧 敬上
0912-555-0110
"""
    return mk(("陳佳慧", "chia.hui.chen@mail.example.tw.test"), ("林醫師", "dr.lin@renxin-hosp.example.tw.test"),
              "媽媽陳美玲的血糖問題", T(body, cte="base64", lang="zh-TW"), dt("2026-11-21 21:10", "+0800"))


@reg("restricted", "zhtw-dongluan-big5", "Traditional Chinese (Big5) fertility centre schedules a named patient's egg-freezing cycle (AMH, injections)", lang="zh-Hant", struct_="plain:big5")
def _():
    body = """黃小姐 您好：

您的凍卵療程已安排如下：
  AMH：1.9 ng/mL（上次檢查）
  月經第 2 天：回診抽血（E2、LH、FSH）及陰道超音波
  第 2 至 10 天：每晚施打排卵針，劑量依醫師指示調整
  預計取卵日：約第 12 天，需空腹並請家人陪同

本次預計凍存 10 至 15 顆卵子。療程自費，費用明細請至櫃台索取。

仁心生殖醫學中心（虛構）　護理師 吳怡君
"""
    return mk(("仁心生殖醫學中心", "ivf@renxin-hosp.example.tw.test", "big5", "B"), ("黃詩涵", "shihan.huang@mail.example.tw.test", "big5", "B"),
              "凍卵療程安排", T(body, cs="big5", cte="8bit", lang="zh-TW"), dt("2026-11-19 14:00", "+0800"),
              scs="big5", senc="B")


# ===========================================================================
# Japanese
# ===========================================================================
@reg("none", "trap-ja-kyumei-koshu-iso2022jp", "Japanese (ISO-2022-JP) staff CPR/AED first-aid course notice; no individual health data", lang="ja", struct_="plain:iso-2022-jp")
def _():
    body = """職員各位

総務課です。下記のとおり普通救命講習を実施します。

日時：12月9日（水）14時〜17時
場所：本館3階 大会議室
内容：心肺蘇生法、AEDの使い方、窒息時の対応
講師：市消防局 救急隊員

受講者には修了証が交付されます。定員30名、先着順です。
申込みは12月2日までに内線4410まで。

総務課 山田
"""
    return mk(("総務課 山田", "soumu@sakura-clinic.example.jp.test", "iso-2022-jp", "B"), "staff@sakura-clinic.example.jp.test",
              "普通救命講習のご案内（12/9）", T(body, cs="iso-2022-jp", cte="7bit", lang="ja"), dt("2026-11-20 09:30", "+0900"),
              scs="iso-2022-jp", senc="B")


@reg("none", "trap-ja-gakkai-sjis", "Japanese (Shift_JIS) conference call for abstracts listing diseases; no individual", lang="ja", struct_="plain:shift_jis")
def _():
    body = """会員各位

第42回 日本臨床内科フォーラム（架空）の一般演題を募集いたします。

会期：2027年5月21日（金）・22日（土）
会場：国際会議場（横浜）
テーマ：「高齢者の多剤併用と心不全診療の最前線」

演題募集期間：2026年12月1日〜2027年1月31日
募集分野：糖尿病、高血圧、慢性腎臓病、感染症、医療安全 ほか

詳細は学会ホームページをご覧ください。
事務局 電話 03-5550-0144
"""
    return mk(("フォーラム事務局", "office@rinsho-forum.example.jp.test", "shift_jis", "B"), "members@rinsho-forum.example.jp.test",
              "【演題募集】第42回 臨床内科フォーラム", T(body, cs="shift_jis", cte="base64", lang="ja"), dt("2026-11-25 16:00", "+0900"),
              scs="shift_jis", senc="B")


@reg("phi", "ja-kensa-kekka-sjis", "Japanese (Shift_JIS) clinic sends a named patient blood results (HbA1c, LDL, eGFR) and asks them to book", lang="ja", struct_="plain:shift_jis")
def _():
    body = """佐藤 健一 様

先日（11月6日）の血液検査の結果をお知らせします。

  HbA1c      7.9 %  （基準 4.6〜6.2）
  空腹時血糖  148 mg/dL
  LDLコレステロール 162 mg/dL
  eGFR       58 mL/分/1.73m2

糖尿病の治療薬の調整が必要です。12月中に内科外来を予約してください。
受診の際はお薬手帳をお持ちください。

さくらクリニック（架空） 内科 電話 03-5550-0141
"""
    return mk(("さくらクリニック", "info@sakura-clinic.example.jp.test", "shift_jis", "B"), ("佐藤 健一", "k.sato@mail.example.jp.test", "shift_jis", "B"),
              "検査結果のお知らせ", T(body, cs="shift_jis", cte="base64", lang="ja"), dt("2026-11-12 11:00", "+0900"),
              scs="shift_jis", senc="B")


@reg("phi", "ja-haha-nyuin-eucjp", "Japanese (EUC-JP): son asks about his named mother's pneumonia admission and discharge", lang="ja", struct_="plain:euc-jp")
def _():
    body = """病棟看護師長様

5階東病棟に入院中の田中トシ子（87歳）の長男、田中 浩です。

母は肺炎で11月18日に入院し、抗生剤の点滴を受けていると聞きました。昨日面会した
ところ、食事がほとんど取れておらず、少し混乱しているようでした。退院の目処と、
退院後に介護サービスが必要かどうか、主治医の先生からお話を伺えますでしょうか。

平日の夕方でしたら伺えます。よろしくお願いいたします。

田中 浩　携帯 090-5550-0115
"""
    return mk(("田中 浩", "hiroshi.tanaka@mail.example.jp.test", "euc-jp", "B"), "ward5e@sakura-hospital.example.jp.test",
              "入院中の母（田中トシ子）について", T(body, cs="euc-jp", cte="8bit", lang="ja"), dt("2026-11-24 07:45", "+0900"),
              scs="euc-jp", senc="B")


@reg("restricted", "ja-utsubyo-shinryo-iso2022jp", "Japanese (ISO-2022-JP) mental clinic to a named patient: depression treatment, escitalopram increase, CBT (mental health)", lang="ja", struct_="plain:iso-2022-jp")
def _():
    body = """鈴木 美咲 様

本日の診察の内容をお送りします。

うつ病の治療として、エスシタロプラムを10mgから15mgに増量しました。眠気や吐き気が
強い場合はご連絡ください。次回の診察は12月14日（月）18時です。

カウンセリング（認知行動療法）は毎週木曜日19時から継続します。
休職の診断書は受付でお受け取りください。

こころのクリニック（架空）
"""
    return mk(("こころのクリニック", "uketsuke@kokoro-clinic.example.jp.test", "iso-2022-jp", "B"), ("鈴木 美咲", "misaki.suzuki@mail.example.jp.test", "iso-2022-jp", "B"),
              "本日の診察について", T(body, cs="iso-2022-jp", cte="7bit", lang="ja"), dt("2026-11-30 19:20", "+0900"),
              scs="iso-2022-jp", senc="B")


# ===========================================================================
# Korean
# ===========================================================================
@reg("none", "trap-ko-heonhyeol-euckr", "Korean (EUC-KR) staff blood-drive notice; no individual health data", lang="ko", struct_="plain:euc-kr")
def _():
    body = """임직원 여러분께

12월 4일(금) 오전 10시부터 오후 4시까지 본관 앞 광장에서 사랑의 헌혈 행사가
열립니다. 헌혈에 참여하시는 분께는 기념품과 봉사시간 4시간이 인정됩니다.

참여 전 확인사항: 신분증 지참, 전날 충분한 수면, 공복 피하기.
최근 해외 여행이나 약 복용 여부는 현장에서 문진합니다.

총무팀 드림
"""
    return mk(("총무팀", "admin@hanbit-hospital.example.kr.test", "euc-kr", "B"), "staff@hanbit-hospital.example.kr.test",
              "사랑의 헌혈 행사 안내 (12/4)", T(body, cs="euc-kr", cte="base64", lang="ko"), dt("2026-11-26 09:00", "+0900"),
              scs="euc-kr", senc="B")


@reg("none", "trap-ko-byeongwon-gongji-jinryo", "Korean hospital holiday-hours notice listing departments incl. psychiatry and OB/GYN; no patient", lang="ko", struct_="html")
def _():
    html = """<html><body>
<h3>한빛병원(가상) 연말 진료시간 안내</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>날짜</th><th>외래</th><th>응급실</th></tr>
<tr><td>12월 24일</td><td>오전 진료만</td><td>24시간</td></tr>
<tr><td>12월 25일</td><td>휴진</td><td>24시간</td></tr>
<tr><td>12월 31일</td><td>오전 진료만</td><td>24시간</td></tr>
</table>
<p>내과, 소아청소년과, 정형외과, 정신건강의학과, 산부인과 모두 동일하게 적용됩니다.</p>
<p>문의: 02-555-0177</p>
</body></html>
"""
    return mk(("한빛병원", "notice@hanbit-hospital.example.kr.test"), "patients-news@hanbit-hospital.example.kr.test",
              "연말 진료시간 안내", H(html, cs="utf-8", cte="qp", lang="ko"), dt("2026-12-01 10:00", "+0900"))


@reg("phi", "ko-geomjin-kyulgwa-ks-c-5601", "Korean (ks_c_5601-1987) health-check results for a named person: colon polyps, thyroid nodule, glucose", lang="ko", struct_="plain:ks_c_5601-1987")
def _():
    body = """김민준 님, 안녕하십니까.

11월 14일에 받으신 종합건강검진 결과를 안내해 드립니다.

 1. 대장내시경: 용종 2개(6 mm, 4 mm) 제거, 조직검사 결과 선종
    -> 3년 후 대장내시경 재검 권고
 2. 갑상선 초음파: 우측 결절 1.1 cm, 세침흡인검사 권고
 3. 공복혈당 118 mg/dL (공복혈당장애)

결과 상담을 원하시면 검진센터(02-555-0178)로 예약해 주십시오.

한빛병원 건강증진센터(가상)
"""
    return mk(("건강증진센터", "checkup@hanbit-hospital.example.kr.test", "ks_c_5601-1987", "B"), ("김민준", "minjun.kim@mail.example.kr.test", "ks_c_5601-1987", "B"),
              "종합건강검진 결과 안내", T(body, cs="ks_c_5601-1987", cte="base64", lang="ko"), dt("2026-11-27 14:30", "+0900"),
              scs="ks_c_5601-1987", senc="B")


@reg("restricted", "ko-jungdok-chiryo-center", "Korean addiction centre: a named patient's alcohol use disorder outpatient programme after detox, with naltrexone", lang="ko", struct_="plain")
def _():
    body = """이서연 님께,

지난주 입원 해독 치료를 마치신 것을 축하드립니다. 알코올 사용장애 외래 치료는
다음과 같이 진행됩니다.

 - 날트렉손 50 mg 매일 아침 1정 (간기능 검사 결과 정상)
 - 개인 상담: 매주 화요일 오후 3시, 박지훈 상담사
 - 집단 프로그램: 매주 목요일 오후 7시

음주 욕구가 강해질 때는 언제든 센터로 연락 주세요 (02-555-0176).

한빛 중독치료센터(가상)
"""
    return mk(("한빛 중독치료센터", "addiction-center@hanbit-hospital.example.kr.test"), ("이서연", "seoyeon.lee@mail.example.kr.test"),
              "외래 치료 일정 안내", T(body, cte="base64", lang="ko"), dt("2026-11-23 11:10", "+0900"))


# ===========================================================================
# Hindi
# ===========================================================================
@reg("none", "trap-hi-yoga-shivir", "Hindi community yoga camp with free blood sugar checks; no individual", lang="hi", struct_="alternative")
def _():
    txt = """नमस्ते,

विश्व मधुमेह दिवस के अवसर पर आरोग्य सामुदायिक केंद्र (काल्पनिक) की ओर से निःशुल्क योग
शिविर का आयोजन किया जा रहा है।

दिनांक: रविवार, 15 नवंबर
समय: सुबह 7 बजे से 9 बजे तक
स्थान: सामुदायिक भवन, पार्क के पास

शिविर में रक्त शर्करा और रक्तचाप की निःशुल्क जाँच होगी। कृपया चटाई और पानी की बोतल
साथ लाएँ।

संपर्क: 555-0106
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")) + "</body></html>"
    return mk(("आरोग्य केंद्र", "info@arogya-kendra.example.org"), "community@arogya-kendra.example.org",
              "निःशुल्क योग शिविर - 15 नवंबर", MP("alternative", T(txt, cte="base64", lang="hi"), H(html, cte="base64", lang="hi")),
              dt("2026-11-08 08:00", "+0530"))


@reg("none", "trap-hi-utf16-niti-suchna", "Hindi UTF-16 staff notice on the patient privacy policy (mentions MRN and DOB generally); no individual", lang="hi", struct_="plain:utf-16")
def _():
    body = """सभी कर्मचारियों के लिए सूचना

1 दिसंबर से नई रोगी गोपनीयता नीति लागू होगी। इसके अनुसार:

- रोगी की जानकारी केवल उपचार, भुगतान और संचालन के लिए देखी जाएगी।
- मेडिकल रिकॉर्ड नंबर (MRN) और जन्मतिथि को व्हाट्सऐप पर साझा करना मना है।
- सभी कर्मचारियों को 31 दिसंबर तक ऑनलाइन प्रशिक्षण पूरा करना होगा।

अनुपालन विभाग
"""
    return mk(("Compliance Office", "compliance@seva-hospital.example.in.test"), "staff@seva-hospital.example.in.test",
              "नई गोपनीयता नीति - 1 दिसंबर से", T(body, cs="utf-16", cte="base64", lang="hi"), dt("2026-11-25 12:00", "+0530"))


@reg("phi", "hi-mata-raktchap-dawa", "Hindi/English: son writes about his named mother's high blood pressure and medicines", lang="hi", struct_="plain:mixed-language")
def _():
    body = """आदरणीय डॉ. शर्मा जी,

मेरी माताजी श्रीमती सावित्री देवी (उम्र 72) का रक्तचाप पिछले तीन दिन से 170/100 के
आसपास है। वे Amlodipine 5 mg और Telmisartan 40 mg ले रही हैं। कल रात उन्हें चक्कर
और सिरदर्द भी हुआ।

क्या दवा की मात्रा बढ़ानी चाहिए या उन्हें क्लिनिक लाना चाहिए? हम कल सुबह आ सकते हैं।

धन्यवाद,
राजेश कुमार
मोबाइल 555-0107
"""
    return mk(("Rajesh Kumar", "rajesh.kumar@mail.example.in.test"), ("Dr. Anil Sharma", "dr.sharma@seva-hospital.example.in.test"),
              "माताजी का बीपी बढ़ा हुआ", T(body, cte="base64", lang="hi, en"), dt("2026-11-22 21:30", "+0530"))


@reg("restricted", "hi-garbhnirodhak-paramarsh", "Hindi family-planning clinic gives a named woman a copper IUD insertion date after contraception counselling", lang="hi", struct_="plain")
def _():
    body = """प्रिय सुनीता जी,

आपके गर्भनिरोधक परामर्श के बाद, जैसा आपने चुना, कॉपर-टी (IUCD) लगाने की तारीख
गुरुवार 3 दिसंबर सुबह 10 बजे तय की गई है। कृपया माहवारी के पहले सात दिनों में आएँ,
और अगर आपकी माहवारी देर से है तो पहले गर्भावस्था जाँच करवाएँ।

कोई प्रश्न हो तो परिवार नियोजन क्लिनिक में संपर्क करें: 555-0108

डॉ. मीना वर्मा
सेवा अस्पताल (काल्पनिक)
"""
    return mk(("परिवार नियोजन", "fp-clinic@seva-hospital.example.in.test"), ("सुनीता यादव", "sunita.yadav@mail.example.in.test"),
              "आपकी अपॉइंटमेंट - 3 दिसंबर", T(body, cte="qp", lang="hi"), dt("2026-11-26 16:00", "+0530"))


# ===========================================================================
# Somali
# ===========================================================================
@reg("none", "trap-so-jadeeco-bulletin", "Somali public-health bulletin with aggregate measles cases and vaccine advice; no individual", lang="so", struct_="plain")
def _():
    body = """Ogeysiis Caafimaad Bulsho

Todobaadkan waxaa degmada laga diiwaangeliyey 14 xaaladood oo jadeeco (measles) ah,
inta badan carruur aan la tallaalin oo da'doodu ka yar tahay 5 sano.

Jadeecadu waa cudur aad u faafa. Calaamadaha: qandho, qufac, indho casaan ah, kadibna
finan jidhka ka soo baxa.

Tallaalka MMR waa bilaash oo waxaa laga helayaa xarumaha caafimaadka bulshada Isniinta
ilaa Jimcaha. Haddii ilmahaagu leeyahay calaamadaha, wac kahor intaadan imaan: 555-0109.

Waaxda Caafimaadka Degmada (khayaali)
"""
    return mk(("Waaxda Caafimaadka", "warar@caafimaad-degmo.example.org"), "bulshada@caafimaad-degmo.example.org",
              "Digniin: jadeeco ayaa degmada ku faafaysa", T(body, cs="us-ascii", cte="7bit", lang="so"), dt("2026-10-12 09:00", "-0600"))


@reg("phi", "so-ballan-dhakhtar-ilmo", "Somali paediatric appointment reminder for a named child (asthma review, flu vaccine)", lang="so", struct_="plain")
def _():
    body = """Salaan Marwo Hodan Cali,

Tani waa xasuusin: wiilkaaga Axmed Cali (4 jir) wuxuu ballan la leeyahay Dr. Oyelaran
Khamiista 10ka Diseembar saacadda 9:40 subaxnimo. Waxaan eegi doonnaa neefta (asthma)
iyo daawada buufinta, waxaana la siin doonaa tallaalka hargabka.

Fadlan keen kaarka caymiska iyo buufinta uu isticmaalo. Turjubaan Soomaali ah ayaa
joogi doona.

Millbrook Pediatrics - 555-0137
"""
    return mk(("Millbrook Pediatrics", "frontdesk@millbrookpeds.example.com"), ("Hodan Cali", "hodan.cali@mail.example.com"),
              "Xasuusin ballan: Axmed, 10 Diseembar", T(body, cs="utf-8", cte="qp", lang="so"), dt("2026-12-02 10:00", "-0500"))


@reg("phi", "so-daawo-farmashiye", "Somali pharmacy tells a named patient his metformin is ready with the new dose", lang="so", struct_="plain")
def _():
    body = """Salaan Mudane Cabdiraxmaan Warsame,

Daawadaada waa diyaar: metformin 500 mg (180 kiniin) iyo qalabka cabbirka sonkorta.
Dhakhtarkaagu wuxuu kordhiyey qiyaasta: laba kiniin subaxdii iyo laba kiniin habeenkii,
cuntada kadib.

Lacagta aad bixinayso waa $4.00. Waxaad ka qaadan kartaa farmashiyaha Isniinta ilaa
Sabtida, 9 subaxnimo ilaa 7 fiidnimo.

Birch Street Pharmacy - 555-0154
"""
    return mk(("Birch Street Pharmacy", "rx@birchstreet-pharmacy.example.com"), ("Cabdiraxmaan Warsame", "c.warsame@mail.example.net"),
              "Daawadaada waa diyaar", T(body, cs="us-ascii", cte="7bit", lang="so"), dt("2026-11-19 13:30", "-0600"))


# ===========================================================================
# Amharic
# ===========================================================================
@reg("none", "trap-am-nutrition-workshop", "Amharic community nutrition and diabetes workshop invitation; no individual", lang="am", struct_="plain")
def _():
    body = """ውድ የማህበረሰባችን አባላት፣

ስለ ጤናማ አመጋገብ እና የስኳር በሽታ መከላከል ነፃ ስልጠና ቅዳሜ ህዳር 19 ከጠዋቱ 4 ሰዓት ጀምሮ
በማህበረሰብ አዳራሽ ይካሄዳል። የደም ግፊት እና የስኳር መጠን ነፃ ምርመራም ይኖራል።

እባክዎን ቤተሰብዎን ይዘው ይምጡ። ቡና እና ቀላል ምግብ ይቀርባል።

የኢትዮጵያ ማህበረሰብ ማዕከል (ምናባዊ) - 555-0110
"""
    return mk(("Ethiopian Community Center", "info@ethiocommunity.example.org"), "members@ethiocommunity.example.org",
              "ነፃ የአመጋገብ እና የስኳር በሽታ ስልጠና", T(body, cte="base64", lang="am"), dt("2026-11-21 09:00", "-0500"))


@reg("phi", "am-clinic-appointment-interpreter", "Amharic/English nephrology appointment reminder to a named patient with creatinine result and interpreter", lang="am", struct_="plain:mixed-language")
def _():
    body = """ሰላም አቶ ተስፋዬ በቀለ፣

የኩላሊት ሐኪም (Dr. Strand) ቀጠሮዎ ማክሰኞ ታህሳስ 8 ከጠዋቱ 3:30 (9:30 AM) ነው። ሐኪሙ
የደም ምርመራ ውጤትዎን (creatinine 2.4) እና የደም ግፊት መድሃኒትዎን ይመለከታሉ።

የአማርኛ አስተርጓሚ ይኖራል። እባክዎን ሁሉንም መድሃኒቶችዎን ይዘው ይምጡ።

Linden Ridge Nephrology - 555-0122
"""
    return mk(("Linden Ridge Nephrology", "nephrology@lindenridge.example.org"), ("Tesfaye Bekele", "tesfaye.bekele@mail.example.com"),
              "የቀጠሮ ማስታወሻ - Dec 8 Nephrology", T(body, cte="qp", lang="am, en"), dt("2026-12-01 08:30", "-0800"))


@reg("restricted", "am-hiv-art-pickup", "Amharic HIV programme tells a named patient her ART supply is ready and viral load is due", lang="am", struct_="plain")
def _():
    body = """ሰላም ወ/ሮ አልማዝ ታደሰ፣

የኤችአይቪ መድሃኒትዎ (dolutegravir/lamivudine/tenofovir) የሶስት ወር አቅርቦት ተዘጋጅቷል። ከሰኞ
እስከ አርብ ከጠዋቱ 2 ሰዓት እስከ ቀኑ 11 ሰዓት ከክሊኒኩ ፋርማሲ መውሰድ ይችላሉ።

ቀጣዩ የቫይረስ መጠን (viral load) ምርመራዎ ታህሳስ 15 ነው። መረጃዎ በሚስጥር ይጠበቃል።

የኤችአይቪ እንክብካቤ ፕሮግራም፣ Cobalt Bay Health - 555-0198
"""
    return mk(("CBH HIV Care Program", "hivcare@cobaltbayhealth.example.org"), ("Almaz Tadesse", "almaz.tadesse@mail.example.net"),
              "የመድሃኒት ማስታወሻ", T(body, cte="base64", lang="am"), dt("2026-11-27 10:10", "-0800"))


if __name__ == "__main__":
    main()
