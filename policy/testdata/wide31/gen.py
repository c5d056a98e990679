#!/usr/bin/env python3
"""Generator for wide31: maternity, newborn and women's health mail.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print the counts used in README.md

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries,
zip timestamps and a fixed shuffle seed.  Every person, organisation,
address, phone number and identifier below is invented.
"""
import base64
import datetime
import hashlib
import io
import os
import random
import re
import sys
import zipfile
import zlib
import xml.dom.minidom
import email
import email.policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260731
LABELS = ("none", "phi", "restricted")
WANT = {"none": 100, "phi": 65, "restricted": 35}
CATS = ("mental health", "substance-use treatment", "HIV", "genetic", "reproductive health")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "windows-1252": "cp1252", "windows-1251": "cp1251", "windows-1256": "cp1256",
    "koi8-r": "koi8_r", "gb2312": "gb2312", "gb18030": "gb18030", "big5": "big5",
    "euc-kr": "euc_kr", "iso-8859-15": "iso8859_15",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


class _State:
    slug = ""
    n = 0


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


CLIENT_STYLE = {"outlook": (0, 0), "gmail": (1, 1), "apple": (2, 2), "iphone": (2, 2),
                "android": (4, 1), "thunderbird": (4, 0), "system": (3, 3), "bulk": (3, 3),
                "none": (4, 3)}


def bnd(style):
    h = _h("b")
    if style == 0:
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:
        return "0000000000%s" % h[1:19]
    if style == 2:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    if style == 3:
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1780000000000 + int(h[13:17], 16))
    return "------------%s" % h[1:25]


def mid(domain, style):
    h = _h("m")
    if style == 0:
        local = "%s.%s" % (h[1:13].upper(), h[13:21].upper())
    elif style == 1:
        local = "CA+%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    elif style == 2:
        local = "%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    else:
        local = "%s.%s" % (h[1:17], h[17:25])
    return "<%s@%s>" % (local, domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def us_tz(y, mo, d):
    dd = datetime.date(y, mo, d)
    return "-0400" if datetime.date(2026, 3, 8) <= dd < datetime.date(2026, 11, 1) else "-0500"


def D(mo, d, h, mi=0, s=0, tz=None, y=2026):
    tz = tz or us_tz(y, mo, d)
    wd = _WD[datetime.date(y, mo, d).weekday()]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d, _MON[mo - 1], y, h, mi, s, tz)


# ------------------------------------------------------------- encoders --
def nl(s):
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
    return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n").encode("ascii")


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
    if not name:
        return "<%s>" % addr
    if name.isascii():
        if any(c in _SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew_phrase(name, cs, mode), addr)


def ew_phrase(name, cs="utf-8", mode="B"):
    """Encoded words for a display name, split only at spaces (the space stays
    inside the earlier word, so RFC 2047 readers keep exactly one)."""
    cd = codec(cs)
    chunks, cur = [], ""
    for wd in name.split(" "):
        t = (cur + " " + wd) if cur else wd
        if cur and len(_ew_one((cur + " ").encode(cd), cs, mode)) <= 75 and len(_ew_one(t.encode(cd), cs, mode)) > 75:
            chunks.append(cur + " ")
            cur = wd
        else:
            cur = t
    chunks.append(cur)
    if any(len(_ew_one(c.encode(cd), cs, mode)) > 75 for c in chunks):
        return ew(name, cs, mode)
    return "\r\n ".join(_ew_one(c.encode(cd), cs, mode) for c in chunks)


def _param(k, v):
    if v.isascii():
        return '%s="%s"' % (k, v.replace('"', '\\"'))
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
    return "%s*=utf-8''%s" % (k, enc)


def fold_params(head, params):
    line = head
    out = []
    for p in params:
        if len(line) + len(p) + 2 > 76:
            out.append(line + ";")
            line = "\t" + p
        else:
            line = line + "; " + p
    out.append(line)
    return "\r\n".join(out)


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte=None, disp=None, filename=None,
                 parts=None, headers=(), cid=None, bstyle=None, preamble=None):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.disp, self.filename, self.parts = disp, filename, parts
        self.headers, self.cid, self.bstyle, self.preamble = list(headers), cid, bstyle, preamble

    def head_lines(self, style):
        params = list(self.params)
        if self.parts is not None:
            self.boundary = bnd(self.bstyle if self.bstyle is not None else style)
            params.append('boundary="%s"' % self.boundary)
        if self.filename and self.disp is not None and self.ctype.startswith(("application", "image", "text")):
            params.append(_param("name", self.filename))
        lines = [fold_params("Content-Type: " + self.ctype, params)]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            lines.append("Content-ID: <%s>" % self.cid)
        if self.disp:
            dp = [_param("filename", self.filename)] if self.filename else []
            lines.append(fold_params("Content-Disposition: " + self.disp, dp))
        lines.extend(self.headers)
        return lines

    def body(self, style):
        if self.parts is None:
            d = self.data
            if not d.endswith(b"\r\n"):
                d += b"\r\n"
            return d
        out = b""
        if self.preamble:
            out += nl(self.preamble).encode("ascii") + b"\r\n"
        for p in self.parts:
            out += ("--%s\r\n" % self.boundary).encode("ascii")
            out += p.render(style)
            out += b"\r\n"
        out += ("--%s--\r\n" % self.boundary).encode("ascii")
        return out

    def render(self, style):
        h = self.head_lines(style)
        return (CRLF.join(h) + CRLF + CRLF).encode("ascii") + self.body(style).rstrip(b"\r\n") + (b"" if self.parts is None else b"\r\n")


def _enc(raw, cte):
    if cte in ("7bit", "8bit", None):
        return raw
    if cte == "quoted-printable":
        return qp_encode(raw) + b"\r\n"
    if cte == "base64":
        return b64_encode(raw)
    raise ValueError(cte)


def T(text, sub="plain", cs="utf-8", cte=None, flowed=False, disp=None, filename=None, lang=None):
    if not text.endswith("\n"):
        text += "\n"
    raw = nl(text).encode(codec(cs))
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    params = ['charset="%s"' % cs]
    if flowed:
        params.append("format=flowed")
    hd = ["Content-Language: %s" % lang] if lang else []
    p = Part("text/" + sub, _enc(raw, cte), params, cte, disp, filename, headers=hd)
    p.src = (text, cs, cte, flowed)
    return p


def _hesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_twin(part, client):
    """The HTML half a client would add to a plain-text message."""
    text, cs, cte, _ = part.src
    lines = text.rstrip("\n").split("\n")
    if client == "outlook":
        body = "\n".join('<p class="MsoNormal">%s</p>' % (_hesc(l) if l.strip() else "&nbsp;") for l in lines)
        html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
                '<body lang="EN-US" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (cs, body)
        hcte = "quoted-printable" if cte != "base64" else "base64"
    elif client == "apple":
        body = "\n".join("<div>%s</div>" % (_hesc(l) if l.strip() else "<br>") for l in lines)
        html = '<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head><body style="overflow-wrap: break-word;">\n%s\n</body></html>\n' % (cs, body)
        hcte = "quoted-printable" if cte != "base64" else "base64"
    else:
        body = "<br>\n".join(_hesc(l) for l in lines)
        html = '<div dir="ltr">%s</div>\n' % body
        hcte = cte if cte in ("quoted-printable", "base64") else ("quoted-printable" if not html.isascii() else "7bit")
    return H(html, cs=cs, cte=hcte)


def H(html, cs="utf-8", cte=None, **kw):
    return T(html, "html", cs, cte, **kw)


def Att(ctype, data, filename, cte="base64", disp="attachment", params=()):
    return Part(ctype, _enc(data, cte), params, cte, disp, filename)


def Alt(*parts, **kw):
    return Part("multipart/alternative", parts=list(parts), **kw)


def Mixed(*parts, **kw):
    return Part("multipart/mixed", parts=list(parts), **kw)


def Related(*parts, **kw):
    return Part("multipart/related", parts=list(parts), params=['type="text/html"'], **kw)


def Report(rtype, *parts, **kw):
    return Part("multipart/report", parts=list(parts), params=['report-type=%s' % rtype], **kw)


def Rfc822(raw, headers_only=False):
    cte = "7bit" if raw.isascii() else "8bit"
    if headers_only:
        return Part("text/rfc822-headers", raw.split(b"\r\n\r\n")[0] + b"\r\n", ['charset="us-ascii"'], "7bit")
    return Part("message/rfc822", raw, (), cte, disp="inline" if False else None)


def Status(text, sub="delivery-status"):
    return Part("message/" + sub, nl(text).encode("ascii"), (), "7bit")


def Cal(ics_text, method="REQUEST", cte="7bit", filename=None, disp=None, ctype="text/calendar"):
    raw = ics_text
    params = ['charset="utf-8"'] + (["method=%s" % method] if ctype == "text/calendar" else [])
    if cte == "7bit" and not raw.isascii():
        cte = "quoted-printable"
    return Part(ctype, _enc(raw, cte), params, cte, disp, filename)


# ---------------------------------------------------------- attachments --
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(pages, flate=False, title="Document"):
    """A small PDF with a real text layer.  pages: list of lists of lines."""
    objs = {}
    npages = len(pages)
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(npages))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = ("<< /Title (%s) /Producer (Marigold DocGen 4.2) /CreationDate (D:20260101000000Z) >>" % _pdf_esc(title)).encode()
    for i, lines in enumerate(pages):
        cs = "BT /F1 10 Tf 14 TL 54 760 Td\n" + "".join("(%s) Tj T*\n" % _pdf_esc(l) for l in lines) + "ET\n"
        data = cs.encode("latin-1")
        if flate:
            data = zlib.compress(data, 9)
            sd = ("<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)).encode() + data + b"\nendstream"
        else:
            sd = ("<< /Length %d >>\nstream\n" % len(data)).encode() + data + b"\nendstream"
        objs[5 + 2 * i] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode()
        objs[6 + 2 * i] = sd
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for n in sorted(objs):
        offs[n] = len(out)
        out += ("%d 0 obj\n" % n).encode() + objs[n] + b"\nendobj\n"
    x = len(out)
    size = max(objs) + 1
    out += ("xref\n0 %d\n0000000000 65535 f \n" % size).encode()
    for n in range(1, size):
        out += ("%010d 00000 n \n" % offs[n]).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, x)).encode()
    return out


def _zi(name):
    zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.create_system = 3
    zi.external_attr = 0o644 << 16
    return zi


def _xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paras, title="Document"):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(p) for p in paras)
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Marigold DocGen</dc:creator></cp:coreProperties>' % _xesc(title)),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            z.writestr(_zi(name), content.encode("utf-8"))
    return buf.getvalue()


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(method, uid, start, end, summary, organizer, attendees=(), location="", desc="", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", status="CONFIRMED", rrule=None, tzid="America/New_York"):
    L = ["BEGIN:VCALENDAR", "PRODID:%s" % prodid, "VERSION:2.0", "METHOD:%s" % method,
         "BEGIN:VTIMEZONE", "TZID:%s" % tzid,
         "BEGIN:STANDARD", "DTSTART:20251102T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:20260308T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
         "END:VTIMEZONE", "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20260101T120000Z",
         "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
         "SUMMARY:%s" % summary, "ORGANIZER;CN=%s" % organizer]
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s" % a)
    if rrule:
        L.append("RRULE:%s" % rrule)
    if location:
        L.append("LOCATION:%s" % location)
    if desc:
        L.append("DESCRIPTION:%s" % desc.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"))
    L += ["STATUS:%s" % status, "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return (CRLF.join(_ics_fold(l) for l in L) + CRLF).encode("utf-8")


def csv_bytes(rows):
    return ("\r\n".join(",".join(('"%s"' % c.replace('"', '""')) if ("," in c or '"' in c) else c for c in r) for r in rows) + "\r\n").encode("utf-8")


def npi(base9):
    """An NPI with a valid check digit (Luhn over 80840 + 9 digits)."""
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


def npi_ok(n):
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


# --------------------------------------------------------------- message --
CLIENT_HEADERS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0"],
    "apple": ["X-Mailer: Apple Mail (2.3774.500.171.1.1)"],
    "iphone": ["X-Mailer: iPhone Mail (21E236)"],
    "android": ["User-Agent: K-9 Mail for Android"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "system": ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    "bulk": ["Precedence: bulk"],
    "gmail": [],
    "none": [],
}


def _dom(addr_field):
    m = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", addr_field.split(",")[0])
    return m.group(1) if m else "example.com"


def mail(frm, to, subj, date, body, cc=None, client="outlook", extra=(), irt=None,
         mime=True, subj_cs="utf-8", subj_mode="B", reply_to=None, lang=None, mid_dom=None):
    ms, bs = CLIENT_STYLE[client]
    if isinstance(to, (list, tuple)):
        to = ",\r\n ".join(to)
    if isinstance(cc, (list, tuple)):
        cc = ",\r\n ".join(cc)
    if isinstance(body, str):
        body = T(body)
    if mime and body.parts is None and body.ctype == "text/plain" and hasattr(body, "src") and not body.src[3] and not body.disp:
        pick = int(hashlib.sha1(ST.slug.encode()).hexdigest()[:4], 16) % 3
        if client in ("gmail", "apple") or (client == "outlook" and pick != 0):
            body = Alt(body, html_twin(body, client))
    hd = ["From: " + frm, "To: " + to]
    if cc:
        hd.append("Cc: " + cc)
    if reply_to:
        hd.append("Reply-To: " + reply_to)
    hd.append("Subject: " + ew(subj, subj_cs, subj_mode))
    hd.append("Date: " + date)
    hd.append("Message-ID: " + mid(mid_dom or _dom(frm), ms))
    if irt:
        hd.append("In-Reply-To: " + irt)
        hd.append("References: " + irt)
    if client == "outlook":
        hd.append("Thread-Index: " + base64.b64encode(bytes.fromhex(_h("t")[:32])).decode())
    hd.extend(CLIENT_HEADERS[client])
    if lang and client in ("outlook",):
        hd.append("Content-Language: " + lang)
    hd.extend(extra)
    if not mime:
        assert body.ctype == "text/plain" and body.cte == "7bit"
        return (CRLF.join(hd) + CRLF + CRLF).encode("ascii") + body.body(bs)
    hd.append("MIME-Version: 1.0")
    out = (CRLF.join(hd) + CRLF).encode("ascii") + body.render(bs)
    return out if out.endswith(b"\r\n") else out + b"\r\n"


# --------------------------------------------------------------- registry --
MESSAGES = []


def msg(slug, label, reason, lang="en", cat=None, trap=False):
    def deco(fn):
        MESSAGES.append(dict(slug=slug, label=label, reason=reason, lang=lang, cat=cat, trap=trap, fn=fn))
        return fn
    return deco


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


# ============================================================ addresses ==
MG = "marigoldhealth.example.org"
DISC = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain protected health\n"
        "information (PHI), including information about HIV status, mental health, substance use\n"
        "disorder treatment records protected by 42 CFR Part 2, genetic information protected by\n"
        "GINA, and reproductive health care. If you are not the intended recipient, please notify\n"
        "the sender and delete this message. Marigold Health, 400 Orchard Parkway, Larchmont Falls.")
SIG_LD = ("\n--\nRenee Castellano, MSN, RNC-OB\nNurse Manager, Labor & Delivery\nMarigold Women's Pavilion\n"
          "Office 555-0142 | Unit 555-0143\n")


def ld(n, local=None):
    return A(n, (local or n.lower().replace(" ", ".").replace(",", "")) + "@" + MG)


# =============================================================== NONE ====
@msg("newsletter-preeclampsia-warning-signs", "none", "parenting newsletter listing preeclampsia and postpartum depression warning signs; no individual", trap=True)
def _():
    txt = """BUMP TO BABY - Week by week from Marigold Women's Pavilion
Issue 41 - April 2026

THIS MONTH: Know the warning signs

Most pregnancies go smoothly, but some symptoms mean you should call your
provider right away:
  * Severe headache that does not go away, vision changes, or swelling of
    the face and hands - these can be signs of preeclampsia.
  * Blood pressure of 140/90 or higher on a home cuff.
  * Fewer baby movements than usual after 28 weeks.
  * Bleeding, or fluid leaking from the vagina.

AFTER BABY: feeling sad, anxious or overwhelmed for more than two weeks
may be postpartum depression. It is common and treatable. Talk to your
OB, midwife or your baby's pediatrician, or call or text 988.

RECIPE: iron-rich lentil soup (page 2)
CLASS CORNER: Breastfeeding Basics, Saturdays 10:00, Room 2B.

You are receiving this because you signed up at a Marigold event.
Unsubscribe: https://news.marigoldhealth.example.org/u/8f3a1c
"""
    html = """<html><body style="font-family:Georgia,serif">
<h1 style="color:#b5651d">Bump to Baby</h1>
<p><b>Issue 41 - April 2026</b></p>
<h2>Know the warning signs</h2>
<ul>
<li>Severe headache, vision changes or swelling of the face and hands - possible signs of <b>preeclampsia</b>.</li>
<li>Blood pressure of 140/90 or higher on a home cuff.</li>
<li>Fewer baby movements than usual after 28 weeks.</li>
<li>Bleeding, or fluid leaking from the vagina.</li>
</ul>
<p><b>After baby:</b> feeling sad, anxious or overwhelmed for more than two weeks may be
postpartum depression. It is common and treatable. Call or text 988.</p>
<p style="font-size:11px">Unsubscribe: <a href="https://news.marigoldhealth.example.org/u/8f3a1c">here</a></p>
</body></html>"""
    return mail(A("Bump to Baby", "newsletter@news." + MG), A("", "jlaurent@mailbox.example.com"),
                "Bump to Baby #41: the warning signs every parent-to-be should know", D(4, 2, 7, 0),
                Alt(T(txt), H(html)), client="bulk",
                extra=["List-Unsubscribe: <https://news.marigoldhealth.example.org/u/8f3a1c>"])


@msg("boletin-diabetes-gestacional", "none", "Spanish health-education bulletin on gestational diabetes; no individual", lang="es", trap=True)
def _():
    txt = """Boletín Mamá Sana - Clínica Comunitaria Los Álamos
Mayo 2026

¿Qué es la diabetes gestacional?
Es un aumento del azúcar en la sangre que aparece durante el embarazo.
Casi todas las embarazadas se hacen la prueba de glucosa entre las
semanas 24 y 28. Si el resultado sale alto, su médico le puede pedir una
prueba de tolerancia de tres horas.

Consejos:
 - Camine 20 minutos después de cada comida.
 - Prefiera tortillas de maíz y frijoles en lugar de pan blanco.
 - Evite los jugos y refrescos.

Taller gratuito: "Come bien por dos", jueves 14 de mayo, 6:00 p. m.,
salón comunitario. Habrá cuidado de niños. Informes: 555-0167.

Para darse de baja responda BAJA a este correo.
"""
    return mail(A("Clínica Los Álamos", "boletin@losalamos.example.org"), A("Lista Mamá Sana", "mamasana@losalamos.example.org"),
                "Boletín Mamá Sana: la diabetes gestacional y cómo prevenirla", D(5, 4, 9, 30),
                T(txt, cte="quoted-printable"), client="bulk", lang="es")


@msg("registry-order-bottles-nipple-cream", "none", "baby registry order confirmation (bottles, nipple cream, nursing pads); order number only", trap=True)
def _():
    html = """<html><body>
<table width="600" style="font-family:Arial">
<tr><td><h2>Thanks for your order, Dana!</h2>
<p>Order #LA-2026-448190 placed April 9, 2026 from the <b>Okafor-Reyes Baby Registry</b>.</p></td></tr>
<tr><td>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Qty</th><th>Price</th></tr>
<tr><td>Anti-colic glass bottles, 4 pk</td><td>1</td><td>$34.99</td></tr>
<tr><td>Lanolin nipple cream 40 g</td><td>2</td><td>$21.98</td></tr>
<tr><td>Washable nursing pads, 12 ct</td><td>1</td><td>$18.50</td></tr>
<tr><td>Swaddle blankets (sage)</td><td>1</td><td>$29.00</td></tr>
</table>
<p>Subtotal $104.47 - Shipping FREE - Tax $6.79 - <b>Total $111.26</b></p>
<p>Ship to: Dana Okafor, 19 Quarry Lane, Larchmont Falls. Estimated delivery Apr 13-15.</p>
<p>Gift message: "Can't wait to meet the little one! Love, Aunt Bev"</p>
</td></tr></table>
<p style="font-size:10px">Little Acorn Baby, 77 Mill St. Questions? help@littleacornbaby.example.com or 555-0110.</p>
</body></html>"""
    return mail(A("Little Acorn Baby", "orders@littleacornbaby.example.com"), A("Dana Okafor", "dana.okafor@mailbox.example.com"),
                "Your order LA-2026-448190 is confirmed", D(4, 9, 14, 22), H(html), client="bulk")


@msg("pump-retail-shipped-tracking", "none", "borderline: retail shipping notice for a self-paid breast pump with tracking number; a store order, not care or payment for care", trap=True)
def _():
    txt = """Hi Mei,

Good news - your order has shipped.

  Order:     LA-2026-451377
  Item:      Wearable double electric breast pump, starter kit
  Carrier:   Parcelway Ground
  Tracking:  1Z8A44E70394418822
  Arrives:   Thursday, April 23

Track it at https://track.littleacornbaby.example.com/1Z8A44E70394418822

Need help setting up your pump? Our free how-to videos are at
https://littleacornbaby.example.com/learn/pumping

Little Acorn Baby
"""
    return mail(A("Little Acorn Baby", "ship@littleacornbaby.example.com"), A("Mei Tanaka", "mei.tanaka@inbox.example.net"),
                "Shipped: your wearable breast pump is on the way", D(4, 20, 16, 5), T(txt), client="bulk")


@msg("childbirth-class-schedule-spring", "none", "prenatal class schedule (epidural, cesarean, breastfeeding topics); no individual", trap=True)
def _():
    txt = """Hello everyone,

Here is the spring childbirth education schedule for the Pavilion. Please
share with your patients at their 20-week visit.

  Prepared Childbirth (4 weeks)   Tue 6:30-8:30 pm   Apr 7 - Apr 28   Rm 2B
  Cesarean Birth: What to Expect  Sat 10:00-12:00    Apr 11           Rm 2B
  Comfort Measures & Epidurals    Thu 6:30-8:00 pm   Apr 16           Rm 2A
  Breastfeeding Basics            Sat 10:00-12:00    Apr 18, May 16   Rm 2B
  Newborn Care & Safe Sleep       Wed 6:30-8:30 pm   Apr 22           Rm 2A
  Siblings Class (ages 3-8)       Sun 2:00-3:00 pm   Apr 26           Rm 2A
  Grandparents Update             Mon 6:00-7:30 pm   May 4            Rm 2A

Registration is online or by phone at 555-0151. Medicaid members attend free.

Thanks,
Lorna Pike, RN, IBCLC
Perinatal Education Coordinator
"""
    return mail(ld("Lorna Pike"), A("OB Clinics - All Staff", "ob-allstaff@" + MG),
                "Spring childbirth class schedule - please share", D(3, 16, 10, 12), T(txt), client="outlook")


@msg("county-birth-statistics-q1-csv", "none", "aggregate quarterly county birth statistics (cesarean, preterm, low birthweight rates) in a CSV", trap=True)
def _():
    rows = [["facility", "quarter", "births", "cesarean_pct", "preterm_lt37w_pct", "lbw_lt2500g_pct", "nicu_admits", "severe_maternal_morbidity_per_10k"],
            ["Marigold Women's Pavilion", "2026Q1", "1184", "29.8", "9.6", "7.9", "131", "71"],
            ["Willowbrook Birth Center", "2026Q1", "96", "0.0", "0.0", "1.0", "0", "0"],
            ["St. Brendan Community", "2026Q1", "402", "33.1", "10.4", "8.7", "38", "88"],
            ["County total", "2026Q1", "1682", "29.9", "9.4", "7.8", "169", "74"]]
    txt = """Attached is the Q1 2026 perinatal dashboard extract for the Perinatal
Quality Collaborative. Counts under 10 are suppressed in the public
version; this extract is the member version and contains no patient-level
data.

Next call: May 12, 1:00 pm.

Graham Whitfield, MPH
Lakeland County Department of Health - Maternal & Child Health Epidemiology
555-0178
"""
    return mail(A("Graham Whitfield", "gwhitfield@lakelandhealth.example.org"), A("Perinatal QC Members", "pqc-members@lakelandhealth.example.org"),
                "Q1 2026 perinatal dashboard extract", D(4, 28, 11, 40),
                Mixed(T(txt), Att("text/csv", csv_bytes(rows), "pqc_dashboard_2026Q1.csv")), client="outlook")


@msg("ld-staff-roster-may-csv", "none", "L&D staffing roster with names, roles and phone numbers; staff data only", trap=True)
def _():
    rows = [["date", "shift", "charge_rn", "rns", "ob_hospitalist", "anesthesia", "phone"],
            ["2026-05-04", "D", "Castellano R", "Ibe, Moreau, Lindgren, Otieno", "Dr. Sarraf", "Dr. Kwan", "555-0143"],
            ["2026-05-04", "N", "Delacroix M", "Brandt, Nakamura, Pollard", "Dr. Okonkwo", "Dr. Feld", "555-0144"],
            ["2026-05-05", "D", "Ibe C", "Castellano, Moreau, Haddad, Otieno", "Dr. Sarraf", "Dr. Kwan", "555-0143"],
            ["2026-05-05", "N", "Brandt S", "Delacroix, Nakamura, Pollard", "Dr. Li", "Dr. Feld", "555-0144"]]
    body = "Team - May week 1 roster attached. Swaps to me by Friday. Thanks!\n" + SIG_LD
    return mail(ld("Renee Castellano"), A("L&D RNs", "ld-rn@" + MG), "L&D roster May 4-10",
                D(4, 24, 15, 2), Mixed(T(body), Att("text/csv", csv_bytes(rows), "LD_roster_2026-05wk1.csv", cte="7bit")), client="outlook")


@msg("invoice-fetal-monitor-paper-pdf", "none", "vendor invoice for fetal monitor paper and transducer belts with an NPI on the billing block; business only", trap=True)
def _():
    n = npi("134872290")
    p = pdf([["Stirling Medical Supply - INVOICE 88213", "Bill to: Marigold Women's Pavilion, Materials Mgmt", "Facility NPI " + n,
              "", "Qty  Item                                   Unit     Ext",
              "40   Fetal monitor paper, 152 mm z-fold     $11.20   $448.00",
              "25   Transducer belts, reusable (pair)      $8.75    $218.75",
              "6    Ultrasound gel 5 L                     $19.90   $119.40",
              "", "Total due: $786.15   Net 30   Remit to: 5 Foundry Way, Suite 200",
              "AR questions: ar@stirlingmed.example.com / 555-0133"]], title="Invoice 88213")
    body = "Hello,\n\nPlease find invoice 88213 attached for PO 7741-OB.\n\nThank you,\nAccounts Receivable\nStirling Medical Supply\n"
    return mail(A("Stirling AR", "ar@stirlingmed.example.com"), A("Marigold AP", "ap@" + MG), "Invoice 88213 - PO 7741-OB",
                D(2, 11, 9, 15), Mixed(T(body), Att("application/pdf", p, "Invoice_88213.pdf")), client="system")


@msg("perinatal-nursing-conference-ics", "none", "regional perinatal nursing conference invitation (hemorrhage, hypertension sessions)", trap=True)
def _():
    desc = ("Keynote: Postpartum hemorrhage bundles that work.\nBreakouts: severe hypertension in pregnancy, "
            "NICU family-centred care, substance use in pregnancy, perinatal mood disorders.\n14 contact hours.")
    c = ics("REQUEST", "perinatal-summit-2026@tricountynurses.example.org", "20260918T080000", "20260918T163000",
            "Tri-County Perinatal Nursing Summit 2026", "Tri-County Perinatal Nurses:mailto:events@tricountynurses.example.org",
            ["L&D RNs:mailto:ld-rn@" + MG], "Harbor Conference Center, 1 Pier Rd", desc)
    txt = "You are invited to the Tri-County Perinatal Nursing Summit 2026.\n\n" + desc + "\n\nEarly registration $95 until July 31.\n"
    return mail(A("Tri-County Perinatal Nurses", "events@tricountynurses.example.org"), A("L&D RNs", "ld-rn@" + MG),
                "Invitation: Tri-County Perinatal Nursing Summit 2026 @ Fri Sep 18, 2026 8am - 4:30pm", D(6, 2, 13, 0),
                Alt(T(txt), Cal(c)), client="outlook")


@msg("hr-parental-leave-policy-2026", "none", "HR policy update on parental leave, pregnancy accommodations and lactation breaks; no individual", trap=True)
def _():
    txt = """To all Kestrel Logistics employees,

Effective July 1, 2026, our parental leave policy changes as follows:

1. Birthing parents receive 12 weeks of paid leave; non-birthing and
   adoptive parents receive 8 weeks. Leave may start up to 4 weeks
   before an expected due date.
2. Pregnancy-related accommodations (seating, lifting limits, extra
   breaks, time off for prenatal appointments) are available under the
   Pregnant Workers Fairness Act. Requests go to your HR partner, not to
   your manager, and medical details are kept in a separate file.
3. Lactation rooms are now open at all three warehouses. Break time for
   pumping is paid.
4. The fertility benefit through the health plan now covers up to two
   IVF cycles.

Questions: benefits@kestrellogistics.example.com or 555-0120.

People & Culture
"""
    return mail(A("Kestrel People & Culture", "hr@kestrellogistics.example.com"), A("All Employees", "all@kestrellogistics.example.com"),
                "Parental leave and pregnancy accommodation policy - changes July 1", D(5, 27, 8, 0), T(txt), client="outlook")


@msg("mm-review-pph-deidentified", "none", "de-identified morbidity and mortality case summary (G3P2, PPH); no identifiable person", trap=True)
def _():
    txt = """OB M&M - Thursday 7:00 am, Auditorium B

Case 1 (de-identified per policy QI-12; do not forward outside the
Quality Improvement privilege)

A woman in her early 30s, G3P2, presented at 39 weeks in spontaneous
labour. Uncomplicated vaginal delivery. At 20 minutes postpartum EBL was
estimated at 1,200 mL; uterine atony. Oxytocin, methylergonovine and
carboprost given; TXA at 35 minutes. 4 units PRBC. Bakri balloon placed.
No hysterectomy. Discharged day 3.

Discussion points:
  - quantitative blood loss vs estimated
  - time to second uterotonic
  - activation of the massive transfusion protocol

Case 2: term neonate, shoulder dystocia drill debrief.

Coffee provided.
Dr. Amara Sarraf, OB Quality Lead
"""
    return mail(ld("Amara Sarraf", "asarraf"), A("OB Department", "ob-dept@" + MG), "OB M&M this Thursday - PPH case + dystocia debrief",
                D(3, 9, 17, 45), T(txt), client="outlook")


@msg("fmla-form-template-blank-docx", "none", "blank FMLA certification template with empty patient fields", trap=True)
def _():
    d = docx(["CERTIFICATION OF HEALTH CARE PROVIDER - PREGNANCY / CHILDBIRTH (TEMPLATE)",
              "Employee name: ______________________   Date of birth: ____/____/______",
              "Expected delivery date: ____/____/______",
              "Is the employee unable to perform job functions due to pregnancy complications? [ ] Yes [ ] No",
              "Prenatal appointments: frequency ______ per month",
              "Anticipated period of incapacity: from ________ to ________ (usual: 6 weeks vaginal / 8 weeks cesarean)",
              "Provider name: ______________  NPI: __________  Signature: ______________"], title="FMLA template")
    body = "Hi all,\n\nUpdated FMLA certification template for the front desks. Please delete the 2024 version from the shared drive.\n\nThanks,\nTasha\nPractice Operations, Marigold OB/GYN Eastside\n"
    return mail(ld("Tasha Greer"), A("OB Front Desk", "ob-frontdesk@" + MG), "New FMLA certification template",
                D(1, 21, 10, 3), Mixed(T(body), Att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", d, "FMLA_pregnancy_cert_TEMPLATE_2026.docx")), client="outlook")


@msg("recall-infant-formula-lot", "none", "manufacturer recall notice for an infant formula lot; no individual", trap=True)
def _():
    txt = """URGENT: VOLUNTARY RECALL - Sproutwell Gentle Infant Formula Powder, 22 oz

Lot numbers: SW26031A, SW26031B   Best by: 03/2027

Sproutwell Nutrition is voluntarily recalling the lots above because of
possible contamination with Cronobacter sakazakii found during routine
testing. No illnesses have been reported.

Retailers, WIC vendors and hospitals: remove the affected lots from
shelves and formula rooms. Parents who bought these lots should stop
using them and call 555-0119 for a refund. Infants with fever, poor
feeding or irritability should be seen by a health care provider.

This notice is sent to registered distributors.
Sproutwell Nutrition Quality Assurance
"""
    return mail(A("Sproutwell Nutrition QA", "recalls@sproutwell.example.com"), A("Distributors", "distributors@sproutwell.example.com"),
                "URGENT: Voluntary recall - Gentle Infant Formula lots SW26031A/B", D(3, 3, 6, 45), T(txt), client="system",
                extra=["Importance: high"])


@msg("egg-freezing-seminar-marketing", "none", "fertility clinic marketing for an egg-freezing seminar; no individual", trap=True)
def _():
    html = """<html><body style="font-family:Helvetica">
<h1>Your fertility, your timeline</h1>
<p>Join Northstar Fertility for a free evening on <b>egg freezing</b>, AMH testing and what IVF
success rates really mean.</p>
<p>Wednesday, June 10, 6:30 pm - The Loft, 210 Canal St. Wine and light bites.</p>
<ul><li>How many eggs should I freeze?</li><li>What does a cycle cost, and what does insurance cover?</li>
<li>Q&amp;A with Dr. Helena Voss, REI</li></ul>
<p><a href="https://northstarfertility.example.com/events/june">RSVP here</a> - first 20 guests get a complimentary AMH blood test voucher.</p>
<p style="font-size:10px">Northstar Fertility &amp; Egg Bank | 555-0188 | <a href="https://northstarfertility.example.com/unsub">unsubscribe</a></p>
</body></html>"""
    return mail(A("Northstar Fertility", "hello@northstarfertility.example.com"), A("", "priya.n@inbox.example.net"),
                "Thinking about egg freezing? Join us June 10", D(5, 19, 12, 0), H(html, cte="quoted-printable"), client="bulk")


@msg("dog-pregnancy-ultrasound-reminder", "none", "veterinary reminder for a pregnant dog's ultrasound; a pet, not a person", trap=True)
def _():
    txt = """Hi Carla,

This is a reminder that Biscuit (Labrador retriever, 3 yrs) is due for
her pregnancy ultrasound and a progesterone check on Tuesday, May 12 at
9:40 am with Dr. Ruiz. We'll estimate litter size and talk about
whelping prep.

Please bring a fresh stool sample. Reply C to confirm.

Paws & Claws Veterinary Hospital
555-0137
"""
    return mail(A("Paws & Claws Veterinary", "reminders@pawsandclaws.example.com"), A("Carla Benedetti", "carla.b@mailbox.example.com"),
                "Reminder: Biscuit's pregnancy ultrasound on 5/12", D(5, 8, 8, 0), T(txt), client="system")


@msg("ld-rn-job-posting", "none", "job posting for L&D and NICU nurses; no individual", trap=True)
def _():
    txt = """NOW HIRING - Registered Nurses, Labor & Delivery and Level III NICU

Marigold Women's Pavilion, 7p-7a and 7a-7p, full and part time.
Requirements: RN license, NRP and AWHONN fetal monitoring certification
(or within 6 months), 1 year acute care. Experience with magnesium
sulfate protocols, epidurals and neonatal resuscitation preferred.

Sign-on bonus $15,000. Apply at https://careers.marigoldhealth.example.org/req/44812
Recruiter: Jonah Pruitt, 555-0126
"""
    return mail(A("Marigold Careers", "careers@" + MG), A("Nursing Alumni List", "alumni@nursingschool.example.edu.test"),
                "Now hiring: L&D and NICU RNs - $15k sign-on", D(2, 17, 9, 0), T(txt), client="bulk")


@msg("nipt-lab-price-list-pdf", "none", "prenatal genetics lab price list (NIPT, carrier panels, CPT codes) for client accounts; no patient", trap=True)
def _():
    p = pdf([["Helix Prenatal Laboratory - 2026 Client Price List", "",
              "81420  Cell-free DNA screen, trisomies 13/18/21 + sex chromosomes    $349",
              "81507  Cell-free DNA screen with microdeletions                      $549",
              "81443  Expanded carrier screen, 274 genes                            $399",
              "81220  CFTR common variants                                          $189",
              "81329  SMN1 copy number                                              $175",
              "", "Genetic counselling by phone included for all screen-positive results.",
              "Client services 555-0158 / clientservices@helixprenatal.example.com"]], flate=True, title="Price list 2026")
    body = "Dear practice manager,\n\nAttached is our 2026 client price list. Prices are effective February 1.\n\nBest,\nOwen Tallis\nAccount Executive, Helix Prenatal Laboratory\n555-0158\n"
    return mail(A("Owen Tallis", "otallis@helixprenatal.example.com"), ld("Tasha Greer"), "Helix Prenatal 2026 client pricing",
                D(1, 14, 11, 30), Mixed(T(body), Att("application/pdf", p, "Helix_2026_client_pricing.pdf")), client="gmail")


@msg("carrier-screening-webinar-invite", "none", "CME webinar invitation on expanded carrier screening; no patient", trap=True)
def _():
    c = ics("REQUEST", "helix-webinar-0611@helixprenatal.example.com", "20260611T120000", "20260611T130000",
            "Webinar: Expanded carrier screening - who, when, how to counsel", "Helix Prenatal Education:mailto:education@helixprenatal.example.com",
            ["OB Providers:mailto:ob-providers@" + MG], "https://meet.helixprenatal.example.com/j/8841", "1.0 CME. Topics: SMA, CF, fragile X, hemoglobinopathies; partner testing workflows.",
            prodid="-//Google Inc//Google Calendar 70.9054//EN")
    return mail(A("Helix Prenatal Education", "education@helixprenatal.example.com"), A("OB Providers", "ob-providers@" + MG),
                "Invitation: Webinar: Expanded carrier screening @ Thu Jun 11 12pm", D(5, 28, 10, 0),
                Mixed(Alt(T("You have been invited to a webinar on expanded carrier screening.\nThu Jun 11, 12:00-1:00 pm (Eastern)\nJoin: https://meet.helixprenatal.example.com/j/8841\n"), Cal(c)),
                      Cal(c, ctype="application/ics", cte="base64", filename="invite.ics", disp="attachment")), client="gmail")


@msg("abortion-fund-volunteer-training", "none", "volunteer training announcement for an abortion fund hotline; no individual", trap=True)
def _():
    txt = """Hi volunteers!

Our next hotline training is Saturday, June 6, 10 am - 3 pm (lunch provided).
We'll cover:
  - how to explain medication abortion vs. procedural abortion
  - gestational limits in neighbouring states
  - practical support: travel, lodging, childcare
  - caller confidentiality (never write down a caller's full name!)

Please bring a laptop. New volunteers must finish the online module first.

In solidarity,
Bea Lindqvist
Volunteer Coordinator, Open Door Reproductive Access Fund
555-0161
"""
    return mail(A("Bea Lindqvist", "bea@opendoorfund.example.org"), A("Volunteers", "volunteers@opendoorfund.example.org"),
                "Hotline training June 6 - RSVP", D(5, 15, 19, 20), T(txt), client="gmail")


@msg("kreyol-flyer-metod-planin", "none", "Haitian Creole community flyer on contraceptive methods; general education", lang="ht", trap=True)
def _():
    txt = """Sant Sante Fanmi Bon Nouvèl
Ti papye enfòmasyon: Planin familyal

Gen plizyè metòd pou evite gwosès:
 - grenn (pilil) chak jou
 - piki chak 3 mwa
 - implan nan bra a (jiska 3 lane)
 - esterilè (IUD) ki ka dire 5 a 10 lane
 - kapòt - sèl metòd ki pwoteje tou kont maladi moun pran nan sèks

Konsiltasyon yo gratis pou jèn ki gen mwens pase 20 an. Tout sa ou di
nou rete ant ou menm ak enfimyè a.

Lendi a vandredi, 8è - 4è. Rele 555-0175.
"""
    return mail(A("Sant Sante Bon Nouvèl", "info@bonnouvel.example.org"), A("Lis kominote", "kominote@bonnouvel.example.org"),
                "Enfòmasyon sou planin familyal - konsiltasyon gratis", D(3, 24, 10, 0), T(txt, cte="quoted-printable"), client="bulk")


@msg("midwife-out-of-office", "none", "midwife's out-of-office with labour and bleeding instructions; no patient", trap=True)
def _():
    txt = """Thank you for your message. I am attending births and away from e-mail
until Monday, April 13.

If you are a client and think you are in labour, your water has broken,
you have bleeding, or baby is moving less, DO NOT e-mail: call the
on-call midwife at 555-0153, day or night.

For appointments and billing please contact the office at 555-0152.

Warmly,
Imogen Hart, CNM
Tidewater Midwifery
"""
    return mail(A("Imogen Hart", "imogen@tidewatermidwifery.example.net"), A("Stirling AR", "ar@stirlingmed.example.com"),
                "Automatic reply: Statement for April", D(4, 8, 9, 12), T(txt), client="system",
                extra=["X-Autoreply: yes"])


@msg("lure-ultrasound-images-ready", "none", "phishing that claims 'your ultrasound images are ready'; no real patient or care", trap=True)
def _():
    html = """<html><body>
<p>Dear Patient,</p>
<p>Your 3D/4D ultrasound images and report are ready to view. For your privacy the files expire in 24 hours.</p>
<p><a href="http://sonoview-portal.example.net.test/login?id=8812">VIEW MY ULTRASOUND IMAGES</a></p>
<p>Maternal Imaging Records Dept.</p>
</body></html>"""
    return mail(A("Maternal Imaging Records", "noreply@sonoview-portal.example.net.test"), A("", "ob-frontdesk@" + MG),
                "Your ultrasound images are ready - expires in 24h", D(2, 26, 3, 14), H(html), client="bulk")


@msg("coworker-baby-shower", "none", "borderline: office baby-shower invitation mentions a coworker's due month socially; no care, appointment or diagnosis", trap=True)
def _():
    txt = """Hi team,

We're throwing a surprise baby shower for Jess on Thursday at 3 in the
big conference room! She's due in June so this is our last chance before
she heads out. There's a group card at my desk and a Venmo pool for the
stroller from her registry.

Please don't reply-all - she's on this list. :)

Marisol
Brightline Software - Office Manager
555-0124
"""
    return mail(A("Marisol Vega", "marisol@brightlinesoft.example.com"), A("Product Team", "product@brightlinesoft.example.com"),
                "Thursday 3pm - shhh!", D(5, 11, 11, 2), T(txt), client="gmail")


@msg("nicu-census-weekly-aggregate", "none", "aggregate NICU census and acuity counts; no patient-level data", trap=True)
def _():
    html = """<html><body>
<p>NICU weekly operations summary - week ending 3/21/2026</p>
<table border="1" cellpadding="3">
<tr><th>Metric</th><th>Value</th></tr>
<tr><td>Average daily census</td><td>38.4</td></tr>
<tr><td>Level IV / III / II beds occupied (avg)</td><td>6 / 22 / 10</td></tr>
<tr><td>Admissions &lt;32 weeks</td><td>5</td></tr>
<tr><td>Infants on CPAP (avg)</td><td>9</td></tr>
<tr><td>Central line days / CLABSI</td><td>142 / 0</td></tr>
<tr><td>NAS admissions (rolling 90 d)</td><td>7</td></tr>
<tr><td>Breast milk at discharge</td><td>71%</td></tr>
</table>
<p>Generated by Marigold Analytics. No PHI.</p>
</body></html>"""
    return mail(A("Marigold Analytics", "analytics-noreply@" + MG), A("NICU Leadership", "nicu-leads@" + MG),
                "NICU weekly ops summary - w/e 3/21", D(3, 23, 6, 0), H(html), client="system")


@msg("wic-cierre-feriado", "none", "Spanish WIC office closure notice; no individual", lang="es", trap=True)
def _():
    txt = """Aviso de la oficina WIC del Condado Lakeland

Nuestras oficinas estarán cerradas el lunes 25 de mayo por el feriado.
Si tiene una cita de certificación o de peso y talla ese día, le
llamaremos para cambiarla. Sus beneficios de fórmula y alimentos en la
tarjeta eWIC siguen disponibles en las tiendas autorizadas.

¿Preguntas sobre lactancia? Llame a nuestra consejera de lactancia al
555-0171.

WIC es un proveedor que ofrece igualdad de oportunidades.
"""
    return mail(A("WIC Condado Lakeland", "avisos@lakelandwic.example.org"), A("Participantes WIC", "participantes@lakelandwic.example.org"),
                "WIC: oficinas cerradas el 25 de mayo", D(5, 20, 8, 30), T(txt, cte="8bit"), client="bulk")


@msg("brochura-visitas-domiciliares", "none", "Portuguese home-visiting programme brochure; no individual", lang="pt", trap=True)
def _():
    txt = """Programa Ninho da Família - Visitas domiciliares para gestantes e bebês

O que oferecemos:
  - visitas de enfermeira em casa durante a gravidez e até o bebê
    completar 2 anos;
  - apoio à amamentação e ao sono seguro;
  - triagem de depressão pós-parto e encaminhamento;
  - ajuda para marcar consultas de pré-natal e de puericultura.

Quem pode participar: gestantes de primeira viagem com menos de 28
semanas que moram no condado. É gratuito e confidencial.

Informações: 555-0181 (atendemos em português, espanhol e inglês).
"""
    return mail(A("Ninho da Família", "contato@familynest.example.org"), A("Parceiros comunitários", "parceiros@familynest.example.org"),
                "Folheto novo: visitas domiciliares para gestantes", D(2, 4, 14, 0), T(txt, cs="iso-8859-1", cte="quoted-printable"), client="outlook",
                subj_cs="iso-8859-1", subj_mode="Q", lang="pt-BR")


@msg("menopause-hormone-therapy-webinar", "none", "menopause clinic marketing webinar on hormone therapy; no individual", trap=True)
def _():
    txt = "Hot flashes? Sleepless nights? Join Meridian Menopause Clinic for a free webinar: Hormone therapy in 2026 - risks, benefits and non-hormonal options (fezolinetant, SSRIs, CBT for insomnia). Tuesday May 5, 7 pm. Register: https://meridianmenopause.example.com/webinar\n\nMeridian Menopause Clinic - 555-0131\n"
    html = "<html><body><h2>Hot flashes? Sleepless nights?</h2><p>Free webinar: <b>Hormone therapy in 2026</b> - risks, benefits and non-hormonal options.</p><p>Tuesday May 5, 7 pm.</p><p><a href=\"https://meridianmenopause.example.com/webinar\">Register</a></p></body></html>"
    return mail(A("Meridian Menopause Clinic", "events@meridianmenopause.example.com"), A("", "g.holloway@webmail.example.net"),
                "Free webinar: is hormone therapy right for you?", D(4, 21, 12, 0), Alt(T(txt), H(html)), client="bulk")


@msg("mammography-van-schedule", "none", "community mammography van schedule; no individual", trap=True)
def _():
    txt = """Clearwater Breast Imaging - Mobile Mammography, June 2026

  Jun 2   Eastgate Library parking lot        9:00-3:00
  Jun 4   Lakeland County WIC office           10:00-4:00
  Jun 9   St. Anselm Church                    9:00-2:00
  Jun 16  Kestrel Logistics warehouse 2        7:00-1:00
  Jun 23  Riverside Senior Center              9:00-3:00

Screening mammograms for women 40+ with no breast symptoms. Most
insurance accepted; free for uninsured through the state programme.
Appointments 555-0146. Walk-ins welcome as space allows.
"""
    return mail(A("Clearwater Outreach", "outreach@clearwaterbreast.example.org"), A("Community Partners", "partners@clearwaterbreast.example.org"),
                "June mobile mammography stops", D(5, 26, 9, 0), T(txt), client="outlook")


@msg("pelvic-floor-cme-course", "none", "pelvic floor physical therapy continuing-education course announcement", trap=True)
def _():
    txt = """CoreBalance Institute presents:
Pelvic Health Level 2 - Postpartum Recovery, Diastasis Recti and Prolapse

Two-day lab course for PTs and PTAs. Internal exam techniques, pessary
fitting collaboration with urogynecology, return to running after
cesarean. 16 CEUs.

Saturday-Sunday, August 22-23, CoreBalance Pelvic Therapy, 88 Linden Ave.
Tuition $650. Register at https://corebalancept.example.com/ce
"""
    return mail(A("CoreBalance Institute", "ce@corebalancept.example.com"), A("Rehab Staff", "rehab-staff@" + MG),
                "Pelvic Health Level 2 - postpartum course Aug 22-23", D(6, 8, 10, 30), T(txt), client="bulk")


@msg("grupo-apoyo-posparto-volante", "none", "Spanish postpartum support-group flyer naming depression and a crisis line; general", lang="es", trap=True)
def _():
    txt = """Grupo de apoyo "Mamás Acompañadas"

¿Te sientes triste, ansiosa o sin ganas después del parto? No estás sola.
La depresión posparto le pasa a 1 de cada 7 mamás y tiene tratamiento.

Nos reunimos todos los miércoles de 10:00 a 11:30 en el Centro
Comunitario Los Álamos. Puedes traer a tu bebé. Es gratis y en español.

Si tienes pensamientos de hacerte daño, llama o envía un texto al 988
(opción en español).

Coordina: Lucía Paredes, trabajadora social - 555-0166
"""
    html = "<html><body><h2>Grupo de apoyo &quot;Mamás Acompañadas&quot;</h2><p>¿Te sientes triste, ansiosa o sin ganas después del parto? <b>No estás sola.</b></p><p>Miércoles 10:00-11:30, Centro Comunitario Los Álamos. Gratis y en español.</p><p>Crisis: 988.</p></body></html>"
    return mail(A("Lucía Paredes", "lparedes@losalamos.example.org"), A("Promotoras", "promotoras@losalamos.example.org"),
                "Volante: grupo de apoyo posparto (para repartir)", D(3, 30, 15, 10),
                Alt(T(txt, cte="quoted-printable"), H(html, cte="base64")), client="gmail")


@msg("doula-collective-newsletter", "none", "doula collective newsletter (VBAC, induction topics); no client named", trap=True)
def _():
    txt = """Bloom Doula Collective - Spring Notes

- We welcomed three new doulas this season, including two who speak
  Amharic and Haitian Creole.
- Our VBAC circle now meets monthly. Bring questions about TOLAC and
  hospital policies.
- Induction 101: what a Foley balloon, Cervidil and Pitocin each do.
- Sliding-scale fees are available; many Medicaid plans now reimburse
  doula care.

Birth workers' potluck April 19 at the studio.
"""
    return mail(A("Bloom Doula Collective", "hello@bloomdoulas.example.com"), A("Friends of Bloom", "friends@bloomdoulas.example.com"),
                "Spring Notes from Bloom", D(4, 1, 8, 15), T(txt, flowed=True), client="bulk")


@msg("lactation-class-zoom-ics", "none", "virtual breastfeeding class calendar invite to a list", trap=True)
def _():
    c = ics("REQUEST", "milkweed-class-0507@milkweedlactation.example.com", "20260507T190000", "20260507T203000",
            "Virtual class: Back to work and pumping", "Milkweed Lactation:mailto:classes@milkweedlactation.example.com",
            ["Class list:mailto:classes-may@milkweedlactation.example.com"], "https://meet.milkweedlactation.example.com/backtowork",
            "Flange sizing, pumping schedules, storing milk, your rights to lactation breaks.")
    return mail(A("Milkweed Lactation", "classes@milkweedlactation.example.com"), A("Class list", "classes-may@milkweedlactation.example.com"),
                "Invitation: Back to work and pumping (virtual) - May 7", D(4, 30, 9, 0), Cal(c), client="outlook")


@msg("cord-blood-promo-html", "none", "cord blood bank marketing e-mail; no individual", trap=True)
def _():
    html = """<html><body style="font-family:Verdana">
<h1>Save your baby's cord blood - once in a lifetime</h1>
<p>Cord blood stem cells are used in treatments for more than 80 conditions, including leukemia and
sickle cell disease. Bank with CordKeep and get <b>$300 off</b> processing this month.</p>
<p>Enroll by 34 weeks so we can ship your collection kit in time.</p>
<p><a href="https://cordkeep.example.com/enroll?promo=SPRING300">Enroll now</a> | 555-0139</p>
<p style="font-size:9px">CordKeep Biobank. To stop receiving offers, <a href="https://cordkeep.example.com/unsub">unsubscribe</a>.</p>
</body></html>"""
    return mail(A("CordKeep Biobank", "offers@cordkeep.example.com"), A("", "dana.okafor@mailbox.example.com"),
                "$300 off cord blood banking - enroll by 34 weeks", D(3, 12, 10, 0), H(html, cte="quoted-printable"), client="bulk")


@msg("pharmacy-folic-acid-promo", "none", "pharmacy promotion for prenatal vitamins and folic acid", trap=True)
def _():
    txt = "Planning a pregnancy? 400-800 mcg of folic acid every day helps prevent neural tube defects. This week at Pillbox Pharmacy: prenatal vitamins buy one get one 50% off, and free pregnancy tests with any purchase over $25.\n\nPillbox Pharmacy - your neighbourhood pharmacy. 555-0148\nManage e-mail preferences: https://pillboxrx.example.com/prefs\n"
    return mail(A("Pillbox Pharmacy", "deals@pillboxrx.example.com"), A("", "rosa.h@correo.example.com"),
                "Prenatal vitamins BOGO 50% + free pregnancy test", D(2, 9, 7, 30), T(txt), client="bulk")


@msg("insurer-maternity-benefits-summary", "none", "health plan's general maternity benefit summary to a broker; no member", trap=True)
def _():
    txt = """Hi Colin,

As requested, here is the 2027 maternity benefit summary for the
Evergreen Gold PPO you are quoting for Kestrel Logistics:

  Prenatal visits            covered at 100% in network
  Delivery (vaginal/C-sec)   $500 copay per admission, then 10%
  NICU                       10% after deductible, prior auth required
  Breast pump                one electric pump per pregnancy, 100%
  Lactation consults         6 visits, 100%
  Doula services             up to $1,200 per pregnancy (new)
  Fertility / IVF            rider available; 2 cycles lifetime

Let me know if the group wants the fertility rider priced.

Naomi Burke
Account Manager, Evergreen Mutual Health Plan
555-0114
"""
    return mail(A("Naomi Burke", "nburke@evergreenmutual.example.com"), A("Colin Marsh", "colin@marshbenefits.example.com"),
                "RE: Kestrel - maternity benefits summary", D(9, 14, 16, 40), T(txt), client="outlook")


@msg("school-health-curriculum-parent-letter", "none", "school letter to parents about a health curriculum covering contraception and STIs; no student", trap=True)
def _():
    txt = """Dear Parents and Guardians of 9th Graders,

Starting March 2, health classes will cover the human reproduction and
sexual health unit: anatomy, puberty, consent, how pregnancy happens,
contraception methods, and prevention of sexually transmitted infections
including HIV and HPV.

You may review the materials in the main office or opt your student out
by returning the attached form to the nurse's office by February 25.

Sincerely,
Dr. Paulette Greaves, Principal
Juniper Valley High School | 555-0105
"""
    return mail(A("Juniper Valley HS", "office@junipervalley.k12.example.org"), A("9th Grade Families", "grade9-families@junipervalley.k12.example.org"),
                "Health unit starting March 2 - opt-out form", D(2, 12, 15, 30), T(txt), client="outlook")


@msg("yunqi-yingyang-jiangzuo", "none", "Chinese invitation to a prenatal nutrition lecture; general", lang="zh", trap=True)
def _():
    txt = """各位准妈妈、准爸爸：

华人社区中心将于5月16日（星期六）上午10点举办免费讲座：
《孕期营养与妊娠糖尿病预防》

主讲：社区营养师
内容：孕期每天需要多少叶酸和铁？怎样吃米饭才不会血糖太高？
　　　产后坐月子的饮食误区。

地点：华人社区中心二楼多功能厅
报名电话：555-0183（普通话、粤语）

欢迎带家人一起参加！
"""
    return mail(A("华人社区中心", "events@huarencenter.example.org"), A("社区邮件列表", "list@huarencenter.example.org"),
                "免费讲座：孕期营养与妊娠糖尿病预防", D(5, 6, 11, 0), T(txt, cte="base64"), client="bulk")


@msg("ban-tin-nuoi-con-bang-sua-me", "none", "Vietnamese breastfeeding newsletter; general education", lang="vi", trap=True)
def _():
    txt = """Bản tin Mẹ và Bé - Tháng 8/2026 (Tuần lễ Nuôi con bằng sữa mẹ)

Sữa mẹ là nguồn dinh dưỡng tốt nhất cho bé trong 6 tháng đầu.
Một số lời khuyên:
  - Cho bé bú ngay trong giờ đầu sau sinh.
  - Cho bú theo nhu cầu, 8-12 lần mỗi ngày.
  - Nếu bị đau, nứt đầu ti hoặc sốt, hãy gặp chuyên viên tư vấn
    sữa mẹ - có thể là dấu hiệu viêm tuyến vú.

Lớp học miễn phí bằng tiếng Việt: thứ Bảy 15/8, 9 giờ sáng.
Gọi 555-0184 để đăng ký.
"""
    return mail(A("Bản tin Mẹ và Bé", "bantin@congdongviet.example.org"), A("Danh sách", "danhsach@congdongviet.example.org"),
                "Bản tin Mẹ và Bé: Tuần lễ Nuôi con bằng sữa mẹ", D(8, 1, 8, 0), T(txt, cte="base64"), client="bulk")


@msg("klase-bago-manganak-iskedyul", "none", "Tagalog prenatal class schedule; no individual", lang="tl", trap=True)
def _():
    txt = """Magandang araw po!

Narito ang iskedyul ng libreng klase para sa mga buntis sa Filipino
Community Center:

  Hunyo 6   - Paghahanda sa panganganak at mga senyales ng labor
  Hunyo 13  - Pagpapasuso at pag-aalaga sa bagong silang
  Hunyo 20  - Kalusugan ng isip pagkatapos manganak
  Hunyo 27  - Bakuna ng sanggol at ligtas na pagtulog

Lahat ng klase ay 2:00-4:00 ng hapon. May libreng meryenda.
Para magpalista, tumawag kay Ate Marites sa 555-0186.

Salamat po!
"""
    return mail(A("Filipino Community Center", "info@fccenter.example.org"), A("Mga miyembro", "members@fccenter.example.org"),
                "Iskedyul ng klase para sa mga buntis - Hunyo", D(5, 29, 18, 0), T(txt), client="gmail")


@msg("usbu-sihhat-almaraa", "none", "Arabic women's health awareness week announcement; general", lang="ar", trap=True)
def _():
    txt = """أسبوع صحة المرأة في المركز الإسلامي المجتمعي

من 10 إلى 16 مايو 2026:
- فحص ضغط الدم مجانًا للحوامل
- محاضرة عن سكري الحمل والتغذية أثناء رمضان
- جلسة مع طبيبة نسائية حول سن اليأس والعلاج الهرموني
- معلومات عن فحص سرطان الثدي (الماموغرام)

المحاضرات باللغة العربية، للنساء فقط. للتسجيل: 555-0187
"""
    return mail(A("المركز الإسلامي المجتمعي", "info@islamiccenter.example.org"), A("قائمة الأعضاء", "members@islamiccenter.example.org"),
                "أسبوع صحة المرأة: محاضرات وفحوصات مجانية", D(5, 1, 12, 0), T(txt, cs="windows-1256", cte="base64"), client="bulk",
                subj_cs="windows-1256")


@msg("poslerodovaya-doula-reklama", "none", "Russian advertisement for postpartum doula services", lang="ru", trap=True)
def _():
    txt = """Послеродовая доула - помощь маме в первые недели

Я помогу с грудным вскармливанием, уходом за новорождённым, сном и
восстановлением после кесарева сечения. Приготовлю еду, пока вы
отдыхаете. Говорю по-русски и по-английски.

Пакеты от 20 часов. Первая консультация бесплатно.
Ольга, сертифицированная доула, 555-0189
"""
    return mail(A("Ольга Доула", "olga.doula@webmail.example.net"), A("Русские мамы Ларчмонта", "russkie-mamy@groups.example.com"),
                "Послеродовая доула: скидка для первых клиентов", D(6, 3, 21, 5), T(txt, cs="koi8-r", cte="8bit"), client="thunderbird",
                subj_cs="koi8-r")


@msg("lettre-endometriose-sensibilisation", "none", "French endometriosis awareness newsletter; general", lang="fr", trap=True)
def _():
    txt = """Lettre d'information - Mars, mois de l'endométriose

L'endométriose touche environ une femme sur dix. Règles très
douloureuses, douleurs pendant les rapports, troubles digestifs : ces
symptômes méritent une consultation. Le diagnostic repose souvent sur
l'échographie pelvienne ou l'IRM.

Conférence gratuite le 26 mars à 18 h 30, Maison des associations,
avec une gynécologue et une kinésithérapeute du périnée.

Association Femmes et Santé - 555-0191
"""
    return mail(A("Femmes et Santé", "lettre@femmesetsante.example.org"), A("Adhérentes", "adherentes@femmesetsante.example.org"),
                "Mars, mois de l'endométriose : conférence le 26", D(3, 5, 9, 0), T(txt, cs="iso-8859-1", cte="quoted-printable"), client="bulk",
                subj_cs="iso-8859-1", subj_mode="Q")


@msg("wic-merja-amharic", "none", "Amharic WIC programme information flyer; general", lang="am", trap=True)
def _():
    txt = """የWIC ፕሮግራም መረጃ

WIC ለነፍሰ ጡር እናቶች፣ ለሚያጠቡ እናቶች እና ከ5 ዓመት በታች ለሆኑ ልጆች
ነፃ ጤናማ ምግብ፣ የጡት ማጥባት ድጋፍ እና የአመጋገብ ምክር ይሰጣል።

ለመመዝገብ የሚያስፈልጉ ሰነዶች፦ መታወቂያ፣ የአድራሻ ማረጋገጫ፣ የገቢ ማረጋገጫ።

በአማርኛ አገልግሎት ለማግኘት ይደውሉ፦ 555-0172
"""
    return mail(A("Lakeland WIC", "outreach@lakelandwic.example.org"), A("Ethiopian Community Association", "eca@habesha.example.org"),
                "የWIC ፕሮግራም መረጃ - በአማርኛ", D(4, 14, 13, 0), T(txt, cte="base64"), client="outlook")


@msg("garbh-yoga-kaksha", "none", "Hindi prenatal yoga class announcement", lang="hi", trap=True)
def _():
    txt = """नमस्ते बहनों,

गर्भवती महिलाओं के लिए योग कक्षा हर शनिवार सुबह 9 बजे मंदिर के
सामुदायिक हॉल में होगी। कक्षा में साँस के व्यायाम, कमर दर्द से राहत
और प्रसव की तैयारी के आसन सिखाए जाएँगे।

कृपया अपने डॉक्टर से अनुमति लेकर आएँ। पानी की बोतल और योगा मैट लाएँ।

संपर्क: सुनीता जी, 555-0192
"""
    return mail(A("सुनीता शर्मा", "sunita.sharma@inbox.example.net"), A("महिला मंडल", "mahila-mandal@groups.example.com"),
                "गर्भवती महिलाओं के लिए योग कक्षा - हर शनिवार", D(7, 9, 20, 0), T(txt, cte="8bit"), client="gmail")


@msg("modyu-suyu-gyoyuk-korean", "none", "Korean breastfeeding class notice from a community church; general", lang="ko", trap=True)
def _():
    txt = """안녕하세요, 한인교회 여성부입니다.

6월 20일(토) 오전 10시에 모유수유 교실을 엽니다.
국제모유수유전문가가 젖 물리기, 유축기 사용법, 유선염 예방에 대해
한국어로 설명해 드립니다.

임산부와 가족 누구나 참석 가능합니다. 문의: 555-0193
"""
    return mail(A("한인교회 여성부", "women@koreanchurch.example.org"), A("교인 전체", "all@koreanchurch.example.org"),
                "모유수유 교실 안내 (6월 20일)", D(6, 10, 19, 30), T(txt, cs="euc-kr", cte="base64"), client="outlook", subj_cs="euc-kr")


@msg("ehr-release-notes-ob-module", "none", "EHR release notes for the OB module (GTPAL, EDD, NIPT flowsheet); software, no patient", trap=True)
def _():
    txt = """Tessera EHR 26.2 - Release Notes (Women's Health module)

New
  - Pregnancy episode: GTPAL fields now auto-calculate from the delivery
    history; EDD calculator supports IVF transfer dates (day 3 / day 5).
  - Prenatal flowsheet: new rows for cell-free DNA result, carrier
    screen status and partner testing.
  - Postpartum: EPDS score row with BPA when score >= 13.
  - Reproductive-health sensitivity flag hides contraception and
    termination encounters from proxy portal access.

Fixed
  - L&D whiteboard showed wrong gestational age after midnight (TSR-4418).
  - Newborn chart not linked to mother when delivery time edited.

Go-live: Sunday, June 14, 02:00-04:00 downtime.
Clinical Informatics - 555-0128
"""
    return mail(A("Clinical Informatics", "informatics@" + MG), A("Women's Health Users", "wh-users@" + MG),
                "Tessera 26.2 release notes - Women's Health", D(6, 5, 16, 0), T(txt), client="outlook")


@msg("hl7-oru-zztest-prenatal", "none", "HL7 test message with a ZZTEST synthetic patient and its ACK; test data", trap=True)
def _():
    hl7 = ("MSH|^~\\&|HELIX|HELIXLAB|TESSERA|MARIGOLD|20260415101500||ORU^R01|TEST000123|T|2.5.1\r"
           "PID|1||ZZ0000001^^^MG^MR||ZZTEST^PRENATAL^ONE||19000101|F\r"
           "OBR|1||HX-TEST-1|81420^CFDNA SCREEN^CPT|||20260415\r"
           "OBX|1|ST|CFDNA-T21^Trisomy 21||TEST VALUE - NOT A RESULT||||||F\r")
    ack = "MSH|^~\\&|TESSERA|MARIGOLD|HELIX|HELIXLAB|20260415101502||ACK|ACK000123|T|2.5.1\rMSA|AA|TEST000123\r"
    txt = ("Hi Owen,\n\nThe test ORU from your TEST environment came through and was ACKed (processing ID T).\n"
           "Both attached. Patient is our ZZTEST synthetic record, no real data. Ready to schedule validation with\n"
           "live-like scenarios next week.\n\nPriyanka Das\nInterface Analyst, Marigold Health IT\n555-0129\n")
    return mail(A("Priyanka Das", "pdas@" + MG), A("Owen Tallis", "otallis@helixprenatal.example.com"), "Helix ORU test - ACK AA received",
                D(4, 15, 10, 40), Mixed(T(txt), Att("application/hl7-v2", hl7.encode(), "ZZTEST_ORU.hl7"), Att("application/hl7-v2", ack.encode(), "ZZTEST_ACK.hl7")), client="outlook")


@msg("nicu-lunch-order-signature", "none", "NICU staff lunch order with phone-number signature", trap=True)
def _():
    txt = "Ordering from Basil & Co for the NICU skills day. Reply with your sandwich by 10!\n\n- Turkey pesto\n- Caprese (veg)\n- Chicken caesar wrap\n\nThanks,\nGemma\n\nGemma Otieno, BSN, RNC-NIC\nNICU Clinical Educator | Marigold Women's Pavilion\nPh 555-0145 | Pager 555-0147\n"
    return mail(ld("Gemma Otieno"), A("NICU Day Shift", "nicu-day@" + MG), "Skills day lunch - reply by 10", D(3, 18, 8, 20), T(txt), client="iphone")


@msg("payroll-direct-deposit-change", "none", "payroll notice with employee ID and bank account fragment; identifiers, no health", trap=True)
def _():
    txt = """This is a confirmation that direct deposit details were changed for:

  Employee:     Chidi Ibe
  Employee ID:  E0048812
  Department:   7410 Labor & Delivery
  New account:  ****4471 (routing ****0021)
  Effective:    pay date 05/15/2026

If you did not make this change, call Payroll at 555-0121 immediately.
"""
    return mail(A("Marigold Payroll", "payroll-noreply@" + MG), ld("Chidi Ibe"), "Direct deposit change confirmation", D(5, 6, 14, 2), T(txt), client="system")


@msg("diaper-subscription-tracking", "none", "diaper subscription shipment with tracking number", trap=True)
def _():
    txt = "Your Size 1 diapers (198 ct) and sensitive wipes shipped!\nTracking: PW44812093375US\nNext box: June 18. Time to size up? Change sizes anytime at https://littleacornbaby.example.com/subscriptions\n"
    return mail(A("Little Acorn Subscriptions", "subscriptions@littleacornbaby.example.com"), A("Teodora Lungu", "teo.lungu@mailbox.example.com"),
                "Your diaper box shipped", D(5, 18, 6, 40), T(txt), client="bulk")


@msg("breast-pump-recall-dme-notice", "none", "manufacturer field safety notice to DME suppliers about a breast pump model; no patient", trap=True)
def _():
    txt = """FIELD SAFETY NOTICE - LactaFlow Duo breast pump, model LF-200, serials LF200-2510xxxx

LactaFlow has identified a battery connector that may overheat during
charging. Please contact end users supplied with affected serial numbers
and arrange an exchange. A prepaid return kit is available from
555-0116. Do not distribute affected stock.

Attachment: list of affected serial ranges (no customer information).
"""
    return mail(A("LactaFlow Regulatory", "fsn@lactaflow.example.com"), A("LatchPoint Medical Supply", "compliance@latchpointmed.example.com"),
                "Field Safety Notice: LactaFlow Duo LF-200 battery connector", D(7, 7, 9, 0), T(txt), client="system")


@msg("maternal-mortality-review-report-pdf", "none", "state maternal mortality review committee aggregate report; no individual", trap=True)
def _():
    p = pdf([["Maternal Mortality Review Committee - 2025 Annual Summary", "",
              "Pregnancy-related deaths reviewed: 23", "Leading causes: cardiovascular conditions (6), mental health conditions",
              "including overdose and suicide (5), hemorrhage (4), hypertensive disorders (3), infection (2), other (3).",
              "Preventable: 19 of 23 (83%)", "Timing: during pregnancy 5; within 42 days 9; 43-365 days 9.", "",
              "Recommendations: extend postpartum BP monitoring; universal perinatal depression screening;",
              "naloxone at discharge for patients with opioid use disorder; doula reimbursement."]], title="MMRC 2025")
    body = "Colleagues,\n\nThe 2025 MMRC annual summary is attached and posted publicly. Aggregate data only.\n\nDr. Lydia Mensah\nMMRC Chair\n"
    return mail(A("Lydia Mensah", "lmensah@statehealth.example.org"), A("Perinatal QC Members", "pqc-members@lakelandhealth.example.org"),
                "MMRC 2025 annual summary (public)", D(2, 27, 13, 0), Mixed(T(body), Att("application/pdf", p, "MMRC_2025_summary.pdf")), client="outlook")


@msg("ob-hospitalist-call-schedule", "none", "OB hospitalist and anesthesia call schedule with phone numbers", trap=True)
def _():
    html = """<html><body><p>June OB call - Pavilion</p>
<table border="1"><tr><th>Dates</th><th>OB hospitalist</th><th>MFM backup</th><th>OB anesthesia</th></tr>
<tr><td>Jun 1-7</td><td>Dr. Sarraf 555-0140</td><td>Dr. Halvorsen 555-0141</td><td>Dr. Kwan</td></tr>
<tr><td>Jun 8-14</td><td>Dr. Okonkwo 555-0149</td><td>Dr. Halvorsen 555-0141</td><td>Dr. Feld</td></tr>
<tr><td>Jun 15-21</td><td>Dr. Li 555-0150</td><td>Dr. Baptiste 555-0154</td><td>Dr. Kwan</td></tr>
<tr><td>Jun 22-30</td><td>Dr. Sarraf 555-0140</td><td>Dr. Baptiste 555-0154</td><td>Dr. Rios</td></tr></table>
<p>Page the operator (555-0100) for the stat C-section team.</p></body></html>"""
    return mail(A("OB Scheduling", "ob-scheduling@" + MG), A("OB Department", "ob-dept@" + MG), "June OB / MFM / anesthesia call", D(5, 25, 17, 0), H(html), client="outlook")


@msg("ld-potluck-long-disclaimer", "none", "unit potluck sign-up under a long disclaimer naming PHI, HIV, Part 2 and reproductive care", trap=True)
def _():
    txt = "Potluck for nurses week is Wednesday! Sign-up sheet is at the desk. We need plates and someone's famous mac and cheese. :)\n\nChidi\n\n" + DISC + "\n"
    return mail(ld("Chidi Ibe"), A("L&D RNs", "ld-rn@" + MG), "Nurses week potluck Weds", D(5, 4, 13, 14), T(txt), client="outlook")


@msg("broker-ivf-rider-quote", "none", "benefits broker thread pricing an IVF/fertility rider for an employer group; no individual", trap=True)
def _():
    txt = """Naomi,

Kestrel's leadership wants the fertility rider priced after all. Census
is 1,140 lives, 38% female 25-44. Can you quote:
  (a) IVF 2 cycles lifetime + egg freezing for medical reasons, and
  (b) (a) plus elective egg freezing and donor egg coverage?

They'd also like to know if the rider includes a care navigator
(Progyny-style) or just claims.

Thanks,
Colin Marsh | Marsh Benefits Group | 555-0115

> From: Naomi Burke
> Let me know if the group wants the fertility rider priced.
"""
    return mail(A("Colin Marsh", "colin@marshbenefits.example.com"), A("Naomi Burke", "nburke@evergreenmutual.example.com"),
                "RE: Kestrel - fertility rider pricing", D(9, 16, 10, 5), T(txt), client="outlook")


@msg("carrier-panel-expansion-lab-memo", "none", "lab memo announcing genes added to a carrier screening panel; no patient", trap=True)
def _():
    txt = """Clinical update from Cobalt Genomics

Effective April 1, the Cobalt Expanded Carrier Panel adds DMD, FMR1
premutation sizing and HBA1/HBA2 copy number, for 301 genes total.
Turnaround remains 10-14 days. Reports will now list residual risk for
negative results by ancestry. Partner testing is free within 60 days of
a positive result.

No action needed for pending orders.
Cobalt Genomics Medical Affairs - 555-0159
"""
    return mail(A("Cobalt Genomics", "medicalaffairs@cobaltgenomics.example.net"), A("OB Providers", "ob-providers@" + MG),
                "Carrier panel update: 301 genes from April 1", D(3, 20, 9, 45), T(txt), client="bulk")


@msg("embryology-incubator-maintenance-ics", "none", "embryology lab incubator maintenance calendar block; equipment only", trap=True)
def _():
    c = ics("REQUEST", "incubator-pm-0412@northstarfertility.example.com", "20260412T070000", "20260412T110000",
            "PM: time-lapse incubators 1-3 + CO2 sensor calibration", "Lab Director:mailto:labdirector@northstarfertility.example.com",
            ["Embryology:mailto:embryology@northstarfertility.example.com"], "Embryology Lab", "No retrievals or transfers scheduled this block. Cryo tank audit after.",
            rrule="FREQ=MONTHLY;BYDAY=2SU;COUNT=6")
    return mail(A("Northstar Lab Director", "labdirector@northstarfertility.example.com"), A("Embryology", "embryology@northstarfertility.example.com"),
                "Monthly incubator PM (2nd Sunday)", D(3, 30, 12, 0), Alt(T("Recurring block for incubator preventive maintenance. No cases scheduled.\n"), Cal(c)), client="outlook")


@msg("egg-donor-recruitment-ad", "none", "egg donor recruitment advertisement with eligibility criteria; no individual", trap=True)
def _():
    txt = "Help build a family. Northstar Egg Bank is seeking healthy women aged 21-30, BMI under 30, non-smokers, for our egg donor programme. Donors receive $8,000 per completed cycle plus travel. Screening includes a medical exam, genetic carrier testing and a psychological evaluation - all at no cost. Apply: https://northstarfertility.example.com/donate | 555-0188\n"
    return mail(A("Northstar Egg Bank", "donate@northstarfertility.example.com"), A("Campus classifieds", "classifieds@university.example.edu.test"),
                "Egg donors needed - $8,000 compensation", D(1, 26, 11, 0), T(txt), client="bulk")


@msg("oc-shortage-pharmacy-memo", "none", "pharmacy memo on an oral contraceptive supply shortage with substitution list; no patient", trap=True)
def _():
    txt = """Pharmacy & Therapeutics - supply alert

Norethindrone 0.35 mg (progestin-only pill) is on national backorder from
two manufacturers through at least August. Suggested therapeutic
interchange for new starts: drospirenone 4 mg POP, or discuss LNG-IUD /
implant. Existing patients may be switched to the alternate NDC
00000-0000-01 in stock at the outpatient pharmacy.

Levonorgestrel 1.5 mg emergency contraception: adequate supply.

Questions: P&T pharmacist on call, 555-0127.
"""
    return mail(A("Marigold P&T", "pandt@" + MG), A("Women's Health Providers", "wh-providers@" + MG), "Supply alert: norethindrone 0.35 mg backorder",
                D(6, 17, 14, 0), T(txt), client="outlook")


@msg("sti-testing-day-volunteer-shifts", "none", "volunteer shift sign-up for a community STI/HIV testing day; no individual", trap=True)
def _():
    txt = """Volunteers needed - Free Testing Day, Saturday June 27 (National HIV Testing Day)

Shifts: 9-12, 12-3. Roles: greeters, registration (no clinical data
entry), snack table, Spanish/Creole interpreters. Rapid HIV, syphilis,
chlamydia/gonorrhea urine tests and free condoms and PrEP information
for everyone.

Sign up by replying with your shift. Training call June 23, 7 pm.
Lantern Reproductive Health Community Team - 555-0163
"""
    return mail(A("Lantern Community Team", "community@lanternrh.example.org"), A("Lantern Volunteers", "volunteers@lanternrh.example.org"),
                "Testing Day volunteers - pick a shift", D(6, 9, 12, 30), T(txt), client="gmail")


@msg("prenatal-vitamin-wholesale-invoice", "none", "wholesaler invoice for prenatal vitamins and Rh immune globulin stock; business only", trap=True)
def _():
    txt = """INVOICE W-2026-30917   Ship-to: Marigold Outpatient Pharmacy   Acct 100-44718

NDC            Description                               Qty   Ext
00000-0000-02  Prenatal multivitamin w/ DHA, 30 ct        48    $201.60
00000-0000-03  Ferrous sulfate 325 mg, 100 ct             24     $52.80
00000-0000-04  Rho(D) immune globulin 300 mcg syringe     10  $1,190.00
00000-0000-05  Doxylamine/pyridoxine ER, 100 ct            6    $388.20

Total $1,832.60. Terms 2% 10 net 30.
Cardinal Point Wholesale - 555-0117
"""
    return mail(A("Cardinal Point Wholesale", "invoices@cardinalpointrx.example.com"), A("Marigold Pharmacy Purchasing", "rx-purchasing@" + MG),
                "Invoice W-2026-30917", D(4, 3, 5, 10), T(txt), client="system")


@msg("portal-aviso-mensaje-nuevo", "none", "Spanish portal notice that a new message is waiting; greets by name but says nothing about care", lang="es", trap=True)
def _():
    txt = "Hola, Rosa:\n\nTiene un mensaje nuevo en MiMarigold. Por su privacidad, no incluimos el contenido en este correo.\nInicie sesión en https://mi.marigoldhealth.example.org para leerlo.\n\nEste buzón no recibe respuestas.\n"
    html = "<html><body><p>Hola, Rosa:</p><p>Tiene un <b>mensaje nuevo</b> en MiMarigold. Por su privacidad, no incluimos el contenido en este correo.</p><p><a href=\"https://mi.marigoldhealth.example.org\">Iniciar sesión</a></p></body></html>"
    return mail(A("MiMarigold", "no-responder@" + MG), A("Rosa Hernández", "rosa.h@correo.example.com"), "Tiene un mensaje nuevo en MiMarigold",
                D(3, 2, 18, 4), Alt(T(txt, cte="quoted-printable"), H(html, cte="quoted-printable")), client="system")


@msg("portal-thong-bao-tai-lieu-moi", "none", "Vietnamese portal notice that a document is waiting; no care named", lang="vi", trap=True)
def _():
    txt = "Xin chào,\n\nBạn có một tài liệu mới trong cổng thông tin MyMarigold. Vì lý do bảo mật, vui lòng đăng nhập để xem.\nhttps://my.marigoldhealth.example.org\n\nVui lòng không trả lời email này.\n"
    return mail(A("MyMarigold", "no-reply@" + MG), A("", "lan.nguyen@inbox.example.net"), "Bạn có tài liệu mới trong MyMarigold",
                D(7, 14, 9, 10), T(txt, cte="base64"), client="system")


@msg("fetal-monitoring-downtime-notice", "none", "IT downtime notice for the central fetal monitoring system with unit bed counts", trap=True)
def _():
    txt = """PLANNED DOWNTIME - Central fetal surveillance (OBView) upgrade

When:   Tuesday, May 19, 01:00-02:30
Impact: central stations and remote viewing unavailable; bedside
        monitors continue to print strips. L&D (24 beds), Antepartum
        (12 beds) and OB Triage (8 bays) affected.
Action: charge nurses assign strip review every 15 min per downtime
        policy OB-DT-03; paper strips scanned after recovery.

IT Service Desk 555-0130
"""
    return mail(A("IT Change Management", "change-noreply@" + MG), A("Women's Pavilion Staff", "wp-staff@" + MG),
                "Planned downtime: OBView central monitoring 5/19 01:00", D(5, 14, 15, 0), T(txt), client="system")


@msg("lure-ivf-cycle-results", "none", "phishing claiming 'your IVF cycle results'; no real patient", trap=True)
def _():
    txt = "Dear Patient,\n\nYour IVF cycle results and embryo grading report are ready. Download the secure document within 48 hours:\nhttp://fertility-docs.example.net.test/secure/Embryo_Report.html\n\nFertility Patient Services\n"
    return mail(A("Fertility Patient Services", "patient-services@fertility-docs.example.net.test"), A("", "info@northstarfertility.example.com"),
                "Your IVF cycle results are ready", D(8, 3, 2, 41), T(txt), client="bulk")


@msg("spam-herbal-fertility-tea", "none", "spam for an herbal fertility tea naming PCOS and miscarriage; no individual", trap=True)
def _():
    html = "<html><body><h1>GET PREGNANT FAST - 100% NATURAL</h1><p>Doctors HATE this tea! Our ancient herbal blend balances hormones, cures PCOS, prevents miscarriage and beats IVF - no needles!!</p><p>Order 3 get 2 FREE: <a href=\"http://fertili-tea.example.net/buy\">CLICK</a></p></body></html>"
    return mail(A("Fertili-Tea", "promo@fertili-tea.example.net"), A("", "hello@bloomdoulas.example.com"), "Pregnant in 30 days - guaranteed!!!",
                D(2, 14, 4, 2), H(html), client="bulk")


@msg("resident-teaching-case-quiz", "none", "fictional teaching case in OB shorthand for a resident quiz; not a real person", trap=True)
def _():
    txt = """PGY-1 OB quiz - Friday teaching

Case: 28 y/o G1P0 at 34w2d presents to triage with headache. BP 162/108,
repeat 158/110. Urine protein/creatinine 0.6. Plt 98k, AST 88, ALT 102.
FHR 140s, moderate variability, no decels.

1. Diagnosis? 2. Antihypertensive of choice and dose? 3. Magnesium
loading dose? 4. Timing of delivery?

(Fictional case written for teaching - any resemblance is coincidental.)
Answers next week.
Dr. Baptiste
"""
    return mail(ld("Noelle Baptiste", "nbaptiste"), A("OB Residents", "ob-residents@" + MG), "Friday quiz: severe features", D(4, 10, 6, 50), T(txt), client="apple")


@msg("ppd-study-recruitment-flyer", "none", "research recruitment flyer for a postpartum depression study; no participant", trap=True)
def _():
    txt = "Are you pregnant or recently gave birth and feeling down? The MOMENT study is testing a new app-based therapy for postpartum depression. Participants receive up to $200. IRB #2026-0412. Contact the study team at 555-0169 or moment-study@" + MG + ".\n"
    return mail(A("MOMENT Study Team", "moment-study@" + MG), A("OB Clinics - All Staff", "ob-allstaff@" + MG),
                "Please post: MOMENT postpartum depression study flyer", D(2, 2, 11, 20), T(txt), client="outlook")


@msg("quality-minutes-cesarean-rate-docx", "none", "perinatal quality committee minutes with aggregate NTSV cesarean and hemorrhage rates", trap=True)
def _():
    d = docx(["Perinatal Quality Committee - Minutes, March 2026",
              "Present: Sarraf (chair), Castellano, Halvorsen, Otieno, Greer, Das",
              "1. NTSV cesarean rate Q4: 24.1% (target 23.6%). Labor support bundle pilot on 4 West.",
              "2. Severe hypertension treated within 60 minutes: 88% (n=57 episodes).",
              "3. Quantitative blood loss documentation: 93%.",
              "4. NICU admissions of term infants: 6.2%; review of hypoglycemia pathway.",
              "5. Action items: update magnesium order set; retrain on QBL."], title="PQC minutes")
    return mail(ld("Tasha Greer"), A("Perinatal Quality Committee", "pqc@" + MG), "PQC minutes - March", D(3, 27, 16, 30),
                Mixed(T("Minutes attached. Please send corrections by Monday.\n\nTasha\n"), Att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", d, "PQC_minutes_2026-03.docx")), client="outlook")


@msg("ob-coding-cheat-sheet", "none", "billing code cheat sheet for global OB, IUD insertion and ultrasound; no patient", trap=True)
def _():
    txt = """OB coding quick reference (2026)

59400  Routine OB care incl. vaginal delivery, antepartum and postpartum
59510  Routine OB care incl. cesarean delivery
59610  VBAC global
76805  OB ultrasound >= 14 weeks, single gestation
76811  Detailed fetal anatomic exam
58300  IUD insertion            J7298 LNG-IUS 52 mg
11981  Implant insertion        J7307 etonogestrel implant
O24.410  GDM, diet controlled   O24.414  GDM, insulin controlled
Z34.83   Supervision of normal pregnancy, third trimester

Remember: do not bill 59400 components separately unless care transferred.
Revenue Integrity - 555-0132
"""
    return mail(A("Revenue Integrity", "revint@" + MG), A("OB Coders", "ob-coders@" + MG), "OB coding quick reference 2026", D(1, 8, 10, 0), T(txt), client="outlook")


@msg("car-seat-harness-recall", "none", "infant car seat recall notice to registered owner; a product, not health care", trap=True)
def _():
    txt = "Dear Teodora Lungu,\n\nYou registered a SnugRide Infant Car Seat (model SR-30, made Nov 2025). The harness chest clip may crack in cold weather. We will ship a free replacement clip - no need to stop using the seat if the clip is intact.\n\nRegistration #CS-55821. Call 555-0118.\n\nSnugRide Consumer Care\n"
    return mail(A("SnugRide Consumer Care", "recall@snugride.example.com"), A("Teodora Lungu", "teo.lungu@mailbox.example.com"),
                "Safety recall: SnugRide SR-30 chest clip", D(2, 20, 10, 0), T(txt), client="system")


@msg("birth-center-w9-request-doula", "none", "birth centre asks a contract doula for a W-9 and TIN; identifiers, no health", trap=True)
def _():
    txt = "Hi Selam,\n\nBefore we can pay your contractor invoices for March, accounting needs an updated W-9 (your TIN ending 8812 doesn't match the IRS record). Form attached to the portal: https://vendors.willowbrookbirth.example.com\n\nThanks!\nAnn Marie\nWillowbrook Birth Center - Business Office\n555-0157\n"
    return mail(A("Ann Marie Foss", "billing@willowbrookbirth.example.com"), A("Selam Tesfaye", "selam@bloomdoulas.example.com"),
                "W-9 needed for March invoices", D(4, 6, 13, 45), T(txt), client="gmail")


@msg("school-kindergarten-immunization-notice", "none", "school notice on kindergarten immunization requirements; no student", trap=True)
def _():
    txt = "Kindergarten registration reminder: all incoming students need proof of DTaP, polio, MMR, varicella and hepatitis B, or an approved exemption, before the first day. Bring records to the nurse's office. Free shots at the county health department - 555-0106.\n\nNurse Bettina Sola, Juniper Valley Elementary\n"
    return mail(A("Juniper Valley Elementary", "nurse@junipervalley.k12.example.org"), A("Incoming K Families", "k-families@junipervalley.k12.example.org"),
                "Kindergarten shot records due", D(7, 20, 9, 0), T(txt), client="outlook")


@msg("boletin-menopausia-sofocos", "none", "Spanish menopause clinic newsletter naming hormone therapy; no individual", lang="es", trap=True)
def _():
    txt = """Boletín de la Clínica Meridian - Menopausia sin tabúes

Los sofocos, el insomnio y la sequedad vaginal afectan a la mayoría de
las mujeres entre los 45 y los 55 años. La terapia hormonal con
estradiol en parche o gel es segura para muchas mujeres sanas menores de
60 años. También hay opciones sin hormonas.

Charla en español: martes 9 de junio, 6:30 p. m. Gratis.
Reservaciones: 555-0131.
"""
    return mail(A("Clínica Meridian", "boletin@meridianmenopause.example.com"), A("Pacientes y amigas", "lista@meridianmenopause.example.com"),
                "Menopausia sin tabúes: charla en español el 9 de junio", D(5, 22, 10, 0), T(txt, cs="iso-8859-1", cte="8bit"), client="bulk",
                subj_cs="iso-8859-1")


@msg("lactation-room-booking-confirmation", "none", "borderline: workplace lactation-room booking confirmation to an employee; facilities booking, not health care", trap=True)
def _():
    txt = "Your room booking is confirmed.\n\n  Room:   3B Wellness / Lactation Room (badge access)\n  When:   Mon-Fri 10:00-10:30 and 14:00-14:30, Jun 1 - Jun 26\n  Booked by: Wen Chen (E-20431)\n\nThe fridge is cleaned Fridays at 5 pm - please label your containers.\nFacilities Booking System, Brightline Software\n"
    return mail(A("Facilities Booking", "rooms-noreply@brightlinesoft.example.com"), A("Wen Chen", "wen.chen@brightlinesoft.example.com"),
                "Booking confirmed: 3B Wellness / Lactation Room", D(5, 29, 8, 1), T(txt), client="system")


@msg("ob-grand-rounds-ics", "none", "OB/GYN grand rounds invitation on placenta accreta; no patient", trap=True)
def _():
    c = ics("REQUEST", "obgr-0521@" + MG, "20260521T073000", "20260521T083000", "OB/GYN Grand Rounds: Placenta accreta spectrum - a multidisciplinary approach",
            "OB Education:mailto:ob-education@" + MG, ["OB Department:mailto:ob-dept@" + MG], "Auditorium B / Teams", "Speaker: Dr. Erik Halvorsen, MFM. 1.0 CME.")
    return mail(A("OB Education", "ob-education@" + MG), A("OB Department", "ob-dept@" + MG), "Grand Rounds 5/21: Placenta accreta spectrum",
                D(5, 14, 9, 0), Mixed(T("Please join us for Grand Rounds. Breakfast at 7:15.\n"), Cal(c, filename="GrandRounds.ics", disp="attachment")), client="outlook")


@msg("ooo-prenatal-genetic-counselor", "none", "prenatal genetic counsellor's out-of-office mentioning NIPT and carrier results; no patient", trap=True)
def _():
    txt = """I am out of the office until Monday, June 8, with limited access to
e-mail.

If you are calling about an abnormal NIPT, a positive carrier screen or
partner testing, please contact my colleague Farah Nadeem, MS, CGC, at
555-0160. For urgent fetal anomaly consults, page MFM.

Thank you,
Julia Brandt, MS, CGC
Prenatal Genetic Counselling, Marigold Maternal-Fetal Medicine
"""
    return mail(ld("Julia Brandt"), A("Owen Tallis", "otallis@helixprenatal.example.com"), "Automatic reply: Q3 client meeting", D(6, 1, 8, 3), T(txt), client="system")


@msg("ooo-perinatal-psychiatrist", "none", "perinatal psychiatrist's out-of-office with crisis and postpartum psychosis instructions; no patient", trap=True)
def _():
    txt = """Thank you for your e-mail. I am away until April 20.

Patients: if you are having thoughts of harming yourself or your baby,
or a new mother in your care is confused, not sleeping or hearing things
(possible postpartum psychosis), call 988 or go to the nearest emergency
department. For medication refills call the Perinatal Mood Program at
555-0165.

Dr. Anika Rowe
Perinatal Psychiatry, Marigold Behavioral Health
"""
    return mail(ld("Anika Rowe", "arowe"), A("Conference Office", "office@psychmeeting.example.org"), "Automatic reply: Speaker travel form", D(4, 13, 7, 0), T(txt), client="system")


@msg("family-planning-holiday-hours", "none", "reproductive health clinic holiday hours to staff under a long disclaimer", trap=True)
def _():
    txt = "Team,\n\nHoliday hours for July 3: all Lantern sites close at 1 pm. Medication abortion telehealth visits end at noon. The after-hours nurse line (555-0164) runs as normal.\n\nThanks,\nOperations\n\n" + DISC.replace("Marigold Health, 400 Orchard Parkway, Larchmont Falls", "Lantern Reproductive Health") + "\n"
    return mail(A("Lantern Operations", "ops@lanternrh.example.org"), A("All Lantern Staff", "staff@lanternrh.example.org"), "July 3 holiday hours", D(6, 24, 12, 0), T(txt), client="outlook")


@msg("nicu-family-parking-program", "none", "NICU family parking programme change to staff; no family named", trap=True)
def _():
    txt = "Starting April 1, NICU parents get a free 30-day garage pass instead of daily validations. Unit clerks will issue passes at admission; please direct families to the Garage B office. Social work can help families with gas cards.\n\nPatient Experience Office - 555-0134\n"
    return mail(A("Patient Experience", "experience@" + MG), A("NICU Staff", "nicu-staff@" + MG), "NICU family parking: new 30-day passes", D(3, 25, 14, 0), T(txt), client="outlook")


@msg("medicaid-postpartum-extension-news", "none", "policy news about 12-month postpartum Medicaid coverage; no member", trap=True)
def _():
    txt = """Policy Brief - Women's Health Coalition

The state's 12-month postpartum Medicaid extension is now permanent.
What it means for providers:
  - Members stay covered for 12 months after pregnancy ends, regardless
    of how it ends.
  - Postpartum visits, depression treatment, contraception, and
    substance use disorder treatment are covered through month 12.
  - Managed care plans must update member notices by October 1.
"""
    return mail(A("Women's Health Coalition", "policy@whcoalition.example.org"), A("Coalition Members", "members@whcoalition.example.org"),
                "Policy brief: 12-month postpartum coverage is permanent", D(8, 12, 9, 0), T(txt), client="bulk")


@msg("hipaa-training-fictional-examples", "none", "HIPAA training reminder using obviously fictional examples; no real patient", trap=True)
def _():
    txt = """Annual privacy training is due by June 30.

This year's module includes new scenarios for women's health:
  * "Jane Doe" asks the front desk not to mail her EOB for an IUD to her
    parents' address. What do you do?
  * A father calls asking whether his 17-year-old had a pregnancy test.
  * A coworker looks up a celebrity's delivery record.

Complete it in the Learning Center (about 40 minutes).
Privacy Office - 555-0125
"""
    return mail(A("Privacy Office", "privacy@" + MG), A("All Staff", "allstaff@" + MG), "Reminder: annual privacy training due June 30", D(6, 1, 9, 0), T(txt), client="outlook")


@msg("ultrasound-system-quote", "none", "vendor quote for an OB ultrasound system; business only", trap=True)
def _():
    txt = "Hi Tasha,\n\nAs discussed, quote Q-6618 for the Sonavue E9 with 4D volume probe, OB/GYN and fetal echo packages, and DICOM structured reporting to your PACS: $118,400 list, $96,900 with the trade-in. Valid until June 30.\n\nI can bring a demo unit for the MFM sonographers next week.\n\nDerek Holm\nSonavue Medical Systems | 555-0112\n"
    return mail(A("Derek Holm", "dholm@sonavue.example.com"), ld("Tasha Greer"), "Quote Q-6618 - Sonavue E9 for MFM", D(5, 13, 15, 20), T(txt), client="outlook")


@msg("secure-message-waiting-notice", "none", "secure-message notice that a message is waiting; names recipient only", trap=True)
def _():
    html = "<html><body><p>Hello Imani Brooks,</p><p>Tidewater Midwifery has sent you a secure message.</p><p><a href=\"https://secure.tidewatermidwifery.example.net/read?m=77a1\">Read message</a></p><p>This link expires in 14 days.</p><p style=\"font-size:10px\">Sent via SealBox secure mail.</p></body></html>"
    return mail(A("Tidewater Midwifery via SealBox", "notify@sealbox.example.net"), A("Imani Brooks", "imani.b@mailbox.example.com"), "You have a new secure message",
                D(3, 6, 12, 0), H(html), client="system")


@msg("clinic-security-protest-alert", "none", "security alert to reproductive health clinic staff about a planned protest; no patient", trap=True)
def _():
    txt = "Security alert: a group has announced a protest outside the Elm Street health center Saturday 8 am-noon. Escorts will be on site. Staff, please use the rear entrance and keep badges out of sight until inside. Call security at 555-0162 for any concern.\n\nLantern Security\n"
    return mail(A("Lantern Security", "security@lanternrh.example.org"), A("Elm Street Staff", "elm-staff@lanternrh.example.org"), "Security: protest planned Saturday", D(4, 16, 16, 0), T(txt), client="outlook")


@msg("perinatal-hiv-guideline-summary", "none", "clinical guideline summary on HIV in pregnancy and infant prophylaxis; no patient", trap=True)
def _():
    txt = """Clinical Practice Update - Perinatal HIV (summary for OB and pediatrics)

  - Offer HIV testing at the first prenatal visit and repeat in the third
    trimester in higher-prevalence settings.
  - Pregnant people with HIV should continue ART; aim for viral load
    < 50 copies/mL by 36 weeks.
  - Scheduled cesarean at 38 weeks if viral load > 1,000 copies/mL.
  - Infant zidovudine prophylaxis for 2-6 weeks depending on risk.
  - Breastfeeding: shared decision-making with sustained suppression.

Full guideline on the intranet. ID Pharmacy 555-0127.
"""
    return mail(A("Marigold Infectious Diseases", "id-updates@" + MG), A("OB Providers", "ob-providers@" + MG), "Practice update: perinatal HIV", D(2, 24, 8, 0), T(txt), client="outlook")


@msg("moud-pregnancy-echo-invite", "none", "ECHO session invite on buprenorphine in pregnancy with de-identified case presentations", trap=True)
def _():
    txt = "Perinatal Substance Use ECHO - Session 7\nThursday July 16, 12-1 pm (Zoom)\nTopic: Buprenorphine induction in pregnancy and postpartum dose adjustment\nCase presentations must be de-identified: no names, dates or MRNs.\n\nJoin: https://echo.statehealth.example.org/perinatal\n"
    return mail(A("Perinatal ECHO", "echo@statehealth.example.org"), A("ECHO Participants", "echo-participants@statehealth.example.org"),
                "ECHO Session 7: buprenorphine in pregnancy", D(7, 10, 10, 0), T(txt), client="bulk")


@msg("maternity-tour-booking", "none", "borderline: booking confirmation for a maternity unit tour; a facility tour is not care", trap=True)
def _():
    txt = "Hi Aaliyah,\n\nYou're booked for a Women's Pavilion maternity tour on Saturday, May 9 at 10:00 am. Meet at the main lobby information desk. Up to two guests may join you. Tours last about 45 minutes and include a labour room and the postpartum unit.\n\nTo cancel, reply to this e-mail.\nMarigold Women's Pavilion Tours\n"
    return mail(A("Pavilion Tours", "tours@" + MG), A("Aaliyah Grant", "aaliyah.grant@inbox.example.net"), "Your maternity tour is booked - Sat May 9",
                D(4, 29, 17, 10), T(txt), client="system")


@msg("newborn-photography-marketing", "none", "newborn photography marketing to new parents; no individual health content", trap=True)
def _():
    html = "<html><body><h2>Fresh 48 newborn sessions</h2><p>Capture your baby's first days with an in-hospital photo session at the Women's Pavilion. Sessions from $249.</p><p><a href=\"https://tinytoesphoto.example.com/book\">Book now</a></p></body></html>"
    return mail(A("Tiny Toes Photography", "hello@tinytoesphoto.example.com"), A("", "aaliyah.grant@inbox.example.net"), "Fresh 48 newborn photos - book before your due date",
                D(5, 3, 10, 0), H(html), client="bulk")


# ---- ordinary none
@msg("password-reset-code", "none", "password reset code")
def _():
    return mail(A("Marigold IT", "noreply-it@" + MG), ld("Lorna Pike"), "Your password reset code", D(1, 5, 7, 30),
                T("Your verification code is 448210. It expires in 10 minutes. If you did not request this, call the Service Desk at 555-0130.\n"), client="system", mime=False)


@msg("certificate-expiry-alert", "none", "TLS certificate expiry monitoring alert")
def _():
    return mail(A("Beacon Monitoring", "beacon@monitor." + MG), A("Web Team", "webteam@" + MG), "[WARN] Certificate for portal.marigoldhealth.example.org expires in 14 days",
                D(9, 2, 3, 0), T("Host: portal.marigoldhealth.example.org (10.20.4.15)\nIssuer: Marigold Internal CA 2\nNot after: 2026-09-16 23:59:59 UTC\nAction: renew via ticket template CERT-RENEW.\n"), client="system", mime=False)


@msg("fire-drill-pavilion", "none", "fire drill notice")
def _():
    return mail(A("Facilities Safety", "safety@" + MG), A("Women's Pavilion Staff", "wp-staff@" + MG), "Fire drill Wednesday 2 pm - Pavilion floors 3-5",
                D(3, 10, 9, 0), T("An unannounced-style fire drill will take place Wednesday between 2 and 3 pm. Doors will close; do not use elevators. Managers, complete the drill evaluation form afterward.\n"), client="outlook")


@msg("garage-b-repaving", "none", "parking garage repaving notice")
def _():
    return mail(A("Parking Services", "parking@" + MG), A("All Staff", "allstaff@" + MG), "Garage B level 2 closed for repaving July 11-12",
                D(7, 6, 11, 0), T("Level 2 of Garage B will be closed July 11-12 for repaving. Please use Garage C; shuttles run every 10 minutes.\nParking Services 555-0135\n"), client="outlook")


@msg("cafeteria-weekly-menu", "none", "cafeteria weekly menu")
def _():
    html = "<html><body><h3>Orchard Cafe - this week</h3><ul><li>Mon: lemon herb chicken</li><li>Tue: taco bar</li><li>Wed: lentil curry</li><li>Thu: BBQ pulled pork</li><li>Fri: fish and chips</li></ul></body></html>"
    return mail(A("Orchard Cafe", "cafe@" + MG), A("All Staff", "allstaff@" + MG), "Orchard Cafe menu this week", D(4, 27, 6, 30), H(html), client="bulk")


@msg("holiday-party-rsvp", "none", "department holiday party RSVP")
def _():
    return mail(ld("Renee Castellano"), A("Women's Pavilion Staff", "wp-staff@" + MG), "Holiday party Dec 12 - RSVP",
                D(11, 16, 12, 0), T("Hi all! Holiday party is Saturday Dec 12 at the Boathouse, 7-10 pm. Plus-ones welcome. RSVP by Dec 1 so we can give the caterer a count.\n" + SIG_LD), client="outlook")


@msg("hvac-maintenance-floor4", "none", "HVAC maintenance notice")
def _():
    return mail(A("Facilities Engineering", "engineering@" + MG), A("Pavilion Managers", "wp-managers@" + MG), "HVAC filter change 4th floor - Tue night",
                D(8, 24, 14, 0), T("Engineering will change air handler filters on the 4th floor Tuesday 23:00-01:00. Expect some noise near the east stairwell. No impact to pressure rooms.\nWork order 77123.\n"), client="outlook")


@msg("softball-league-signup", "none", "staff softball league sign-up")
def _():
    return mail(A("Gus Pollard", "gpollard@" + MG), A("Pavilion Social", "wp-social@" + MG), "Softball league - need 3 more players",
                D(4, 22, 19, 0), T("We need 3 more for the Thursday league at Riverside Park. Games start May 7. Shirts are $15. Reply if you're in!\n\nGus\nSent from my iPhone\n"), client="iphone")


@msg("step-challenge-leaderboard", "none", "wellness step challenge leaderboard")
def _():
    return mail(A("Wellness Team", "wellness@" + MG), A("Step Challenge", "steps@" + MG), "Step challenge week 2 leaderboard",
                D(6, 15, 8, 0), T("Week 2 leaders: 1. NICU Night Owls 412,880 steps  2. Pharmacy Pacers 398,114  3. L&D Lap Dogs 377,902\nKeep going!\n"), client="bulk")


@msg("shuttle-schedule-change", "none", "employee shuttle schedule change")
def _():
    return mail(A("Transportation", "shuttle@" + MG), A("All Staff", "allstaff@" + MG), "Shuttle schedule change starting Monday",
                D(9, 25, 10, 0), T("Starting Monday the Route 2 shuttle from the Park & Ride runs every 15 minutes from 5:30 to 9:00 am and 5:00 to 8:30 pm.\n"), client="outlook")


@msg("teams-client-update", "none", "collaboration client update notice")
def _():
    return mail(A("IT Service Desk", "servicedesk@" + MG), A("All Staff", "allstaff@" + MG), "Teams client update Thursday",
                D(10, 6, 9, 0), T("Your Teams client will update automatically Thursday night. Restart your PC Friday morning if prompted. Questions: 555-0130.\n"), client="outlook")


# ================================================================ PHI ====
@msg("triage-handoff-g2p1-32w", "phi", "triage handoff in OB shorthand: named patient with MRN, 32 weeks, BP 150/95, proteinuria")
def _():
    txt = """Yolanda - handing off bay 3 to you.

Keisha Marlowe, MRN 40-118273, 29yo G2P1 at 32w1d, sent from clinic for
BP 150/95 and 148/96, +2 protein on dip, c/o HA since last night, no
RUQ pain, no visual sx. PIH labs drawn 1410, P:C pending. NST reactive.
BMZ #1 given 1445 per Dr. Okonkwo. Plan: labs, repeat BPs q15, mag if
severe range. Husband Dwayne at bedside.

Thx - Chidi
"""
    return mail(ld("Chidi Ibe"), ld("Yolanda Haddad"), "bay 3 handoff", D(4, 7, 15, 2), T(txt), client="outlook")


@msg("subject-only-gdm-insulin-start", "phi", "borderline: body is 'done'; the patient's name, DOB and insulin start for GDM are only in the Subject")
def _():
    return mail(ld("Farah Nadeem"), ld("Amara Sarraf", "asarraf"), "RE: Tamika Ellis DOB 04/02/1994 - GDM A2, starting NPH 10 units qhs",
                D(5, 12, 16, 44), T("done\n\nSent from my iPhone\n"), client="iphone", irt="<A31.GDM.0512@" + MG + ">")


@msg("home-visiting-caseload-csv", "phi", "home-visiting caseload CSV with named clients, EDDs, postpartum visit status and depression screen due dates")
def _():
    rows = [["client", "dob", "edd_or_dob_baby", "nurse", "last_visit", "next_visit", "notes"],
            ["Brianna Fuentes", "2004-09-17", "EDD 2026-06-30", "K. Moreau", "2026-05-12", "2026-05-26", "BP 128/82; iron started"],
            ["Latoya Simms", "2001-02-03", "baby born 2026-04-28", "K. Moreau", "2026-05-08", "2026-05-15", "breastfeeding; baby wt 7lb 9oz"],
            ["Esperanza Villa", "2005-11-22", "EDD 2026-08-14", "T. Nakamura", "2026-05-11", "2026-06-08", "missed 24wk glucose test - rebooked"],
            ["Hana Yusuf", "1999-07-30", "baby born 2026-03-19", "T. Nakamura", "2026-05-04", "2026-06-01", "C-section incision healed"]]
    txt = "Hi Kim, Tomoko -\n\nUpdated caseload for this week's case conference is attached. Please check the next-visit dates before Thursday.\n\nRuth\nFamily Nest Home Visiting - Supervisor\n555-0181\n"
    return mail(A("Ruth Abernathy", "rabernathy@familynest.example.org"), [A("Kim Moreau", "kmoreau@familynest.example.org"), A("Tomoko Nakamura", "tnakamura@familynest.example.org")],
                "caseload for Thursday", D(5, 13, 8, 12), Mixed(T(txt), Att("text/csv", csv_bytes(rows), "caseload_2026-05-13.csv")), client="outlook")


@msg("growth-scan-report-pdf", "phi", "MFM growth ultrasound report PDF (text layer) for a named patient: EFW 8th percentile, placenta previa")
def _():
    p = pdf([["Marigold Maternal-Fetal Medicine - Ultrasound Report",
              "Patient: Olivia Strand    DOB: 03/14/1991    MRN: 40-227190", "Exam date: 06/03/2026    GA by LMP: 30w4d",
              "Indication: growth, placenta position", "", "Fetal biometry: BPD 7.6 cm, HC 28.1 cm, AC 24.9 cm, FL 5.6 cm",
              "EFW 1,402 g (8th percentile). UA Doppler S/D 3.1 (normal for GA).", "AFI 11.2 cm. Cephalic.",
              "Placenta: posterior, complete previa.", "", "Impression: fetal growth restriction (EFW <10th %ile), complete placenta previa.",
              "Plan: weekly Dopplers, pelvic rest, planned cesarean at 36-37 weeks.", "Electronically signed: Erik Halvorsen, MD"]], flate=True, title="US report")
    return mail(A("MFM Reports", "mfm-reports@" + MG), A("Eastside OB Inbox", "eastside-ob@" + MG), "US report - Strand, O. - 06/03/2026",
                D(6, 3, 14, 30), Mixed(T("Report attached for your patient. Call MFM at 555-0141 with questions.\n"), Att("application/pdf", p, "US_report_40-227190.pdf")), client="system")


@msg("fmla-certification-filled-docx", "phi", "employee sends HR her filled FMLA certification DOCX with EDD and bed rest for cervical insufficiency")
def _():
    d = docx(["CERTIFICATION OF HEALTH CARE PROVIDER - PREGNANCY / CHILDBIRTH",
              "Employee name: Jessica Lindqvist    Date of birth: 08/21/1993",
              "Expected delivery date: 06/19/2026",
              "Is the employee unable to perform job functions due to pregnancy complications? [X] Yes",
              "Condition: cervical insufficiency, cerclage placed 02/10/2026; modified bed rest from 04/27/2026.",
              "Prenatal appointments: every 2 weeks, weekly from 32 weeks.",
              "Anticipated period of incapacity: 04/27/2026 to 08/14/2026",
              "Provider: Amara Sarraf, MD, Marigold OB/GYN Eastside"], title="FMLA")
    txt = "Hi Pat,\n\nAttached is the certification from my OB. She wants me off my feet starting Monday, so I'll need the leave to start early. Can you let Marisol know I'll be working from home until then?\n\nThanks,\nJess\n"
    return mail(A("Jessica Lindqvist", "jess.lindqvist@brightlinesoft.example.com"), A("Pat Ng - HR", "pat.ng@brightlinesoft.example.com"), "FMLA paperwork",
                D(4, 24, 9, 55), Mixed(T(txt), Att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", d, "FMLA_cert_Lindqvist.docx")), client="gmail")


@msg("anatomy-scan-appointment-ics", "phi", "appointment invitation to the patient for her 20-week anatomy ultrasound")
def _():
    c = ics("REQUEST", "appt-8812044@" + MG, "20260616T093000", "20260616T103000", "Anatomy ultrasound (20 weeks) - Priya Natarajan",
            "Marigold MFM Scheduling:mailto:mfm-scheduling@" + MG, ["Priya Natarajan:mailto:priya.n@inbox.example.net"], "MFM Ultrasound, Pavilion 2nd floor",
            "Detailed fetal anatomy survey. Drink 16 oz of water before. Bring your insurance card. Appointment #8812044.")
    return mail(A("Marigold MFM Scheduling", "mfm-scheduling@" + MG), A("Priya Natarajan", "priya.n@inbox.example.net"),
                "Your appointment: Anatomy ultrasound on Tue Jun 16, 9:30 am", D(6, 1, 10, 0), Alt(T("Your anatomy ultrasound is scheduled. Details in the invitation.\n"), Cal(c)), client="system")


@msg("display-name-nicu-mom-cpap", "phi", "borderline: a parking notice; the care appears only in the recipient's display name (NICU mother, baby on CPAP, bed 14)")
def _():
    txt = "Hello,\n\nYour 30-day NICU family garage pass is ready at the Garage B office. Bring photo ID. Passes renew automatically while your baby is admitted.\n\nParking Services\n"
    return mail(A("Parking Services", "parking@" + MG), A("Kayla Brooks (NICU bed 14 mom - baby Jaylen on CPAP)", "kayla.brooks@mailbox.example.com"),
                "Your garage pass", D(4, 2, 11, 10), T(txt), client="outlook")


@msg("filename-only-cervical-length", "phi", "borderline: body says 'see attached'; name, DOB and cervical length 2.1 cm are only in the PDF file name")
def _():
    p = pdf([["FAX COVER", "To: Eastside OB", "From: Marigold MFM", "Pages: 2", "Please see attached."]], title="Fax cover")
    return mail(A("MFM Front Desk", "mfm-frontdesk@" + MG), A("Eastside OB Inbox", "eastside-ob@" + MG), "fax", D(5, 21, 12, 5),
                Mixed(T("see attached\n"), Att("application/pdf", p, "Hernandez_Rosa_DOB1990-02-11_TVUS_cervical_length_2.1cm_24w.pdf")), client="outlook")


@msg("reply-quoting-bleeding-12-weeks", "phi", "short staff reply; the patient's bleeding at 12 weeks is in the quoted message")
def _():
    txt = """Hi Sofia, got it - I've put you on Dr. Li's schedule tomorrow at 8:15.
If the bleeding gets heavier (a pad an hour) go straight to triage.

Mara, RN

On Mon, Mar 16, 2026 at 9:02 PM Sofia Petrakis <sofia.petrakis@webmail.example.net> wrote:
> Hi, this is Sofia Petrakis (DOB 7/9/1995). I'm 12 weeks and started
> spotting tonight, brownish, some cramping. My ultrasound at 8 weeks was
> fine. Should I come in? My next prenatal appointment isn't until the 30th.
"""
    return mail(A("Mara Delacroix, RN", "mdelacroix@" + MG), A("Sofia Petrakis", "sofia.petrakis@webmail.example.net"), "Re: spotting at 12 weeks",
                D(3, 17, 7, 40), T(txt), client="gmail")


@msg("html-only-glucose-tolerance-result", "phi", "HTML-only portal message to the patient with her 3-hour glucose tolerance values")
def _():
    html = """<html><body style="font-family:Arial">
<p>Hi Aaliyah,</p>
<p>Your 3-hour glucose tolerance test from May 26 is back:</p>
<table border="1" cellpadding="4"><tr><th>Time</th><th>Result</th><th>Limit</th></tr>
<tr><td>Fasting</td><td>97</td><td>95</td></tr><tr><td>1 hour</td><td>192</td><td>180</td></tr>
<tr><td>2 hour</td><td>171</td><td>155</td></tr><tr><td>3 hour</td><td>128</td><td>140</td></tr></table>
<p>Three values are above the limit, which means you have gestational diabetes. Our diabetes educator will call you this week to
set up a glucose meter. Please keep your 30-week appointment with me on June 9.</p>
<p>Dr. Ivy Li<br>Marigold OB/GYN Eastside</p>
</body></html>"""
    return mail(A("Dr. Ivy Li via MyMarigold", "no-reply@" + MG), A("Aaliyah Grant", "aaliyah.grant@inbox.example.net"), "A message from Dr. Li",
                D(5, 28, 17, 20), H(html, cte="quoted-printable"), client="system")


@msg("familia-preeclampsia-hermana", "phi", "Spanish family mail (base64): sister hospitalised with preeclampsia on magnesium, C-section planned", lang="es")
def _():
    txt = """Mami, Papi:

Les escribo rápido desde el hospital. A Daniela la internaron anoche en
el Marigold porque tenía la presión en 165/105 y mucha proteína en la
orina. Dicen que es preeclampsia grave. Le están poniendo sulfato de
magnesio y le dieron las inyecciones para los pulmones del bebé. Si no
baja la presión, le hacen cesárea mañana a las 34 semanas.

Está cansada pero tranquila. Les aviso en cuanto sepa más.

Los quiero,
Carolina
"""
    return mail(A("Carolina Ruiz", "caro.ruiz@correo.example.com"), [A("Mami", "elena.ruiz@correo.example.com"), A("Papi", "hector.ruiz@correo.example.com")],
                "Daniela en el hospital", D(6, 22, 6, 15), T(txt, cte="base64"), client="android")


@msg("sogra-bebe-uti-neonatal", "phi", "Portuguese family mail (QP): grandmother reports the baby in the NICU with respiratory distress, on antibiotics", lang="pt")
def _():
    txt = """Oi, Rita,

O Miguel nasceu ontem às 3h da manhã, 36 semanas, 2,4 kg. Ele teve
desconforto respiratório e está na UTI neonatal do Marigold, no CPAP e
tomando antibiótico até sair o resultado da hemocultura. A Juliana
está bem, só cansada, e já está tirando leite com a bomba do hospital.

Reze por ele. Amanhã mando foto.

Beijos,
Célia
"""
    return mail(A("Célia Barros", "celia.barros@webmail.example.net"), A("Rita Barros", "rita.barros@inbox.example.net"), "Notícias do Miguel",
                D(7, 3, 22, 30), T(txt, cs="iso-8859-1", cte="quoted-printable"), client="apple", subj_cs="iso-8859-1", subj_mode="Q")


@msg("eob-vaginal-delivery", "phi", "Explanation of Benefits for a member's vaginal delivery admission with claim number")
def _():
    txt = """EXPLANATION OF BENEFITS - THIS IS NOT A BILL

Member: Dana Okafor     Member ID: EVG-883104227     Group: KESTREL-01
Claim:  CLM-2026-05-118830     Provider: Marigold Women's Pavilion

Service                          Dates            Billed      Allowed   You owe
Vaginal delivery, 2-day stay     05/02-05/04/26   $14,820.00  $7,912.00  $500.00
Newborn nursery care             05/02-05/04/26   $3,210.00   $1,744.00  $0.00
Epidural anesthesia              05/02/26         $2,400.00   $1,060.00  $106.00

Total you may owe: $606.00
"""
    html = "<html><body><h3>Explanation of Benefits - not a bill</h3><p>Member: Dana Okafor (EVG-883104227)<br>Claim CLM-2026-05-118830</p><table border=\"1\"><tr><td>Vaginal delivery, 2-day stay</td><td>$500.00</td></tr><tr><td>Newborn nursery care</td><td>$0.00</td></tr><tr><td>Epidural anesthesia</td><td>$106.00</td></tr></table><p><b>Total you may owe: $606.00</b></p></body></html>"
    return mail(A("Evergreen Mutual", "eob@evergreenmutual.example.com"), A("Dana Okafor", "dana.okafor@mailbox.example.com"), "Your Explanation of Benefits is ready",
                D(6, 10, 5, 0), Alt(T(txt), H(html)), client="system")


@msg("dme-pump-insurance-order", "phi", "DME supplier confirms an insurance-covered breast pump order with member ID, prescriber and delivery date")
def _():
    txt = """Hi Mei,

Your insurance-covered breast pump order is approved.

  Patient:       Mei Tanaka, DOB 11/05/1992
  Insurance:     Evergreen Mutual, Member ID EVG-440918226
  Prescriber:    Imogen Hart, CNM (Tidewater Midwifery)
  Item:          E0603 double electric breast pump (LactaFlow Duo)
  EDD on Rx:     06/02/2026
  Ships:         30 days before your due date

Your plan covers the pump at 100%. No payment needed.
LatchPoint Medical Supply - 555-0111
"""
    return mail(A("LatchPoint Medical Supply", "orders@latchpointmed.example.com"), A("Mei Tanaka", "mei.tanaka@inbox.example.net"),
                "Approved: your breast pump through insurance", D(4, 1, 15, 0), T(txt), client="system")


@msg("wic-cita-hemoglobina", "phi", "Spanish WIC message to a participant about her certification appointment and low hemoglobin", lang="es")
def _():
    txt = """Hola, Maribel Ortega:

Le recordamos su cita de recertificación de WIC el jueves 14 de mayo a
las 9:20 a. m. en la oficina de Calle Pine.

En su última visita su hemoglobina salió en 10.2 (un poco baja para el
embarazo). La nutricionista quiere revisarla otra vez y hablar de
alimentos con hierro. Traiga la nota de su médico sobre las vitaminas
prenatales.

Número de participante: WIC-30-77145
Oficina WIC del Condado Lakeland - 555-0170
"""
    return mail(A("WIC Condado Lakeland", "citas@lakelandwic.example.org"), A("Maribel Ortega", "maribel.o@correo.example.com"), "Su cita de WIC el 14 de mayo",
                D(5, 11, 9, 0), T(txt, cte="quoted-printable"), client="system")


@msg("employer-accommodation-gdm-breaks", "phi", "HR tells a manager that a named employee needs breaks for glucose checks and insulin for gestational diabetes")
def _():
    txt = """Hi Derrick,

Jasmine Coleman's accommodation request is approved through her leave
date. She has gestational diabetes and is on insulin, so she needs:
  - a 10-minute break after each meal to check her glucose,
  - permission to keep snacks and juice at her station,
  - time off for weekly OB appointments (Tuesday mornings).

Please keep this confidential - her medical details stay with HR.

Pat Ng
HR Business Partner, Kestrel Logistics
"""
    return mail(A("Pat Ng", "pat.ng@kestrellogistics.example.com"), A("Derrick Shaw", "dshaw@kestrellogistics.example.com"), "Accommodation - J. Coleman",
                D(5, 5, 11, 30), T(txt), client="outlook")


@msg("school-nurse-pregnant-student", "phi", "school nurse tells the counsellor about a named student's prenatal appointments and nausea medication")
def _():
    txt = """Ms. Abara,

Kenya Wallace (11th grade) brought a note from Lakeland Teen Health: she
is 16 weeks pregnant and will need to leave at 1:30 every other Tuesday
for prenatal visits. She also has ondansetron for nausea, kept in my
office. Her mother is aware. Can we talk about her schedule and the
home-instruction option for after delivery (due in October)?

Bettina Sola, RN, School Nurse
"""
    return mail(A("Bettina Sola", "nurse@junipervalley.k12.example.org"), A("Grace Abara", "gabara@junipervalley.k12.example.org"), "Kenya W. - schedule",
                D(4, 17, 10, 20), T(txt), client="outlook")


@msg("lactation-consult-tongue-tie", "phi", "lactation consultant's visit summary: named mother and baby, tongue-tie, weight, pumping plan")
def _():
    txt = """Hi Latoya,

Thanks for having me over today. Summary of our visit (May 8):

Baby Zion, 10 days old: weight 7 lb 2 oz (birth 7 lb 9 oz, down 5.8%).
Posterior tongue-tie and shallow latch; nipple damage on the left.
I've sent a referral to Dr. Pham (pediatric ENT) for a frenotomy
evaluation.

Plan: feed on demand at least 8x/day, pump after morning and evening
feeds, give expressed milk by paced bottle 1 oz after feeds. Lanolin
and hydrogel pads for the left side. Weight check Monday with the
pediatrician.

Rebecca Stone, IBCLC
Milkweed Lactation Services - 555-0174
"""
    return mail(A("Rebecca Stone", "rebecca@milkweedlactation.example.com"), A("Latoya Simms", "latoya.simms@mailbox.example.com"), "Today's visit - plan for Zion",
                D(5, 8, 18, 2), T(txt, flowed=True), client="apple")


@msg("pelvic-floor-pt-plan", "phi", "pelvic floor physical therapist's plan of care for a named postpartum patient (diastasis recti, prolapse)")
def _():
    txt = """Patient: Hana Yusuf   DOB 07/30/1999   Referred by: Dr. Ivy Li
Dx: diastasis recti (3 finger widths), stage 2 anterior vaginal wall
prolapse, stress urinary incontinence, 8 weeks after cesarean.

Plan of care: 1x/week x 8 weeks. Core and pelvic floor retraining,
scar mobilisation, pessary fitting referral to urogynecology.
Next visit: Thu 5/21 at 4:00 pm.

Dana Whitlock, PT, DPT, WCS
CoreBalance Pelvic Therapy
"""
    return mail(A("Dana Whitlock", "dwhitlock@corebalancept.example.com"), ld("Ivy Li", "ili"), "Plan of care - H. Yusuf",
                D(5, 15, 12, 40), T(txt), client="outlook")


@msg("menopause-estradiol-refill", "phi", "menopause clinic confirms estradiol patch and progesterone refill for a named patient")
def _():
    txt = "Hi Gwen,\n\nDr. Ferris approved your refills: estradiol 0.05 mg patch twice weekly and micronized progesterone 100 mg nightly, 90 days, sent to Pillbox Pharmacy on Elm. Please book your yearly visit and mammogram before the next refill.\n\nNadia, MA\nMeridian Menopause Clinic - 555-0131\n"
    return mail(A("Meridian Menopause Clinic", "care@meridianmenopause.example.com"), A("Gwen Holloway", "g.holloway@webmail.example.net"), "Your refill request",
                D(3, 19, 14, 5), T(txt), client="outlook")


@msg("mammogram-birads4-callback", "phi", "breast imaging calls a named patient back after a BI-RADS 4 mammogram to schedule biopsy")
def _():
    txt = """Dear Ms. Mendes,

Your diagnostic mammogram and ultrasound on April 22 showed a 9 mm
area in the right breast at 10 o'clock that we recommend be biopsied
(BI-RADS 4). Most biopsies like this are not cancer.

We have reserved an ultrasound-guided core biopsy for Wednesday,
April 29 at 1:00 pm. Please call 555-0146 to confirm, and stop aspirin
for 5 days if your doctor agrees.

Clearwater Breast Imaging
"""
    return mail(A("Clearwater Breast Imaging", "scheduling@clearwaterbreast.example.org"), A("Lucia Mendes", "lucia.mendes@inbox.example.net"),
                "Follow-up from your mammogram", D(4, 23, 16, 0), T(txt), client="outlook")


@msg("ket-qua-sinh-thiet-vu", "phi", "Vietnamese portal message with a named patient's benign breast biopsy result (fibroadenoma)", lang="vi")
def _():
    txt = """Chào chị Nguyễn Thị Lan,

Kết quả sinh thiết vú phải của chị ngày 02/06/2026 là LÀNH TÍNH:
u xơ tuyến vú (fibroadenoma). Không có tế bào ung thư.

Bác sĩ đề nghị siêu âm kiểm tra lại sau 6 tháng (khoảng tháng 12).
Nếu chị thấy khối u lớn nhanh hoặc đau, xin gọi 555-0146.

Trung tâm Chẩn đoán Hình ảnh Vú Clearwater
"""
    return mail(A("Clearwater Breast Imaging", "portal@clearwaterbreast.example.org"), A("Nguyễn Thị Lan", "lan.nguyen@inbox.example.net"),
                "Kết quả sinh thiết của chị", D(6, 5, 11, 0), T(txt, cte="base64"), client="system")


@msg("nicu-discharge-summary-pdf", "phi", "NICU discharge summary PDF for a named preterm infant (28 weeks, BPD, ROP follow-up)")
def _():
    p = pdf([["Marigold Women's Pavilion - NICU Discharge Summary",
              "Patient: Baby Boy Tran (Liam Tran)   MRN 40-339812   DOB 02/11/2026", "GA at birth 28w2d, BW 1,090 g. Discharge 05/06/2026, wt 2,610 g.",
              "Problems: RDS s/p surfactant x2; bronchopulmonary dysplasia; ROP stage 1 zone II; anemia of prematurity.",
              "Discharge meds: iron 2 mg/kg/day, vitamin D 400 IU daily.", "Follow-up: pediatrician 05/08; ophthalmology 05/13; neonatal follow-up clinic 4 months.",
              "Car seat challenge passed. Hearing screen passed bilaterally.", "Attending: Dr. Sunil Mehra, Neonatology"]], title="NICU discharge")
    return mail(A("NICU Unit Clerk", "nicu-clerk@" + MG), A("Riverside Pediatrics", "referrals@riversidepeds.example.com"), "Discharge summary - Tran",
                D(5, 6, 15, 30), Mixed(T("Discharge summary attached for tomorrow's follow-up.\n\nNICU - 555-0145\n"), Att("application/pdf", p, "NICU_DC_summary.pdf")), client="outlook")


@msg("newborn-hearing-refer-followup", "phi", "hospital tells parents their newborn did not pass the hearing screen in one ear and books a rescreen")
def _():
    txt = "Dear Mr. and Mrs. Oduya,\n\nBefore discharge, your baby Amara (born April 3) passed the hearing screen in the left ear but did not pass in the right ear. This is common and often due to fluid. We have scheduled a rescreen on Thursday, April 16 at 10:30 am in the Audiology Clinic, Pavilion 1st floor.\n\nNewborn Hearing Program - 555-0155\n"
    return mail(A("Newborn Hearing Program", "hearing@" + MG), A("Tobi Oduya", "tobi.oduya@mailbox.example.com"), "Hearing rescreen for Amara",
                D(4, 6, 10, 0), T(txt), client="outlook")


@msg("paninilaw-bagong-silang", "phi", "Tagalog family mail: newborn niece under phototherapy for jaundice with bilirubin level", lang="tl")
def _():
    txt = """Tita Nena,

Si baby Althea ay nasa ospital pa rin. Naninilaw siya kaya
pinailawan siya (phototherapy) simula kahapon. Ang bilirubin niya ay
18.4 kaninang umaga, sabi ng doktor kailangan bumaba sa 15 bago siya
makauwi. Si Joy ay okay naman, nagpapasuso pa rin kahit mahirap.

Ipagdasal po natin.

Mhel
Sent from my iPhone
"""
    return mail(A("Mhel Santos", "mhel.santos@inbox.example.net"), A("Nena Cruz", "nena.cruz@mailbox.example.com"), "Update kay baby Althea",
                D(8, 19, 21, 0), T(txt), client="iphone")


@msg("doula-client-birth-plan-docx", "phi", "doula shares a named client's completed birth plan DOCX with the hospital (prior cesarean, GBS positive)")
def _():
    d = docx(["Birth Preferences - Imani Brooks (EDD 04/02/2026)", "Hospital: Marigold Women's Pavilion   OB: Dr. Ivy Li",
              "Planning a VBAC (TOLAC); one prior cesarean in 2023 for breech.", "GBS positive at 36 weeks - okay with IV antibiotics in labour.",
              "Pain: would like to try nitrous and the tub first; open to an epidural.", "Baby: delayed cord clamping, skin to skin, exclusive breastfeeding.",
              "Doula: Selam Tesfaye, Bloom Doula Collective, 555-0168"], title="Birth plan")
    return mail(A("Selam Tesfaye", "selam@bloomdoulas.example.com"), A("L&D Charge Nurse", "ld-charge@" + MG), "Birth plan for Imani Brooks",
                D(3, 20, 20, 0), Mixed(T("Hello, attaching my client's birth preferences so they're in her chart before she comes in. Thank you!\nSelam\n"),
                                         Att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", d, "Brooks_Imani_birth_plan.docx")), client="gmail")


@msg("cord-blood-kit-delivery-hospital", "phi", "borderline: cord blood bank tells an enrolled family their collection kit will ship for the EDD and delivery hospital")
def _():
    txt = "Hi Aaliyah and Marcus,\n\nWelcome to CordKeep! Your collection kit ships this week for your due date of July 21, 2026 at Marigold Women's Pavilion. Please tell your OB, Dr. Li, that you are banking so the cord blood can be collected right after delivery. Keep the kit at room temperature and bring it to the hospital.\n\nClient #CK-77120 | Client Services 555-0139\n"
    return mail(A("CordKeep Client Services", "clients@cordkeep.example.com"), A("Aaliyah Grant", "aaliyah.grant@inbox.example.net"), "Your CordKeep collection kit",
                D(6, 15, 10, 0), T(txt), client="system")


@msg("home-birth-prenatal-visit-notes", "phi", "midwife's home prenatal visit notes for a named client (fundal height, FHR, iron)")
def _():
    txt = """Home visit 36w - Ingrid Solberg, Tuesday 5/19

BP 112/70, P 84. Fundal height 35 cm, vertex by Leopold's, FHR 136.
Hgb from last week 10.6 - started ferrous bisglycinate 25 mg BID.
GBS swab done today. Birth kit and tub in place. Partner Lars and
doula Selam at the birth. Transfer plan: Marigold Women's Pavilion.

Imogen
"""
    return mail(A("Imogen Hart", "imogen@tidewatermidwifery.example.net"), A("Tidewater Charts", "charts@tidewatermidwifery.example.net"), "Solberg 36w",
                D(5, 19, 19, 45), T(txt), client="iphone")


@msg("kreyol-dyabet-gwoses-se", "phi", "Haitian Creole family mail: sister has gestational diabetes and insulin, appointment Thursday", lang="ht")
def _():
    txt = """Bonjou Manmi,

Doktè a di Nadège gen dyabèt gwosès. Sik li te 190 apre tès la. Yo
ba li ensilin pou l pran chak swa epi yon ti machin pou l tcheke sik
li kat fwa pa jou. Li gen randevou ankò jedi a 10è nan klinik Marigold.

Pa enkyete w, bebe a byen. M ap rele w aswè a.

Wideline
"""
    return mail(A("Wideline Joseph", "wideline.j@mailbox.example.com"), A("Manmi", "marie.joseph@inbox.example.net"), "Nouvèl Nadège",
                D(6, 8, 18, 30), T(txt, cte="quoted-printable"), client="android")


@msg("zawjati-sonar-arabic", "phi", "Arabic mail from a husband to the OB clinic about his wife's ultrasound appointment and bleeding", lang="ar")
def _():
    txt = """السلام عليكم،

أنا زوج السيدة ليلى حداد (تاريخ الميلاد 1994/03/12). زوجتي حامل في
الأسبوع العشرين ولديها موعد للسونار يوم الثلاثاء القادم. منذ أمس لديها
نزيف خفيف وألم في أسفل البطن. هل يمكن تقديم الموعد؟ رقم الملف
40-551203.

شكرًا لكم،
سامي حداد
"""
    return mail(A("سامي حداد", "sami.haddad@webmail.example.net"), A("Eastside OB Inbox", "eastside-ob@" + MG), "موعد السونار - ليلى حداد",
                D(3, 28, 8, 10), T(txt, cte="base64"), client="gmail")


@msg("poufu-riqi-jiaren", "phi", "Chinese family mail (base64): daughter-in-law's scheduled cesarean for breech and hospital details", lang="zh")
def _():
    txt = """妈：

小敏的剖腹产定在6月18日早上7点半，在Marigold妇产医院。医生说宝宝是
臀位，转不过来，所以只能剖。术前要空腹，住院大概三天。
她最近血压有点高，医生让每天量两次。

您那天能帮忙接送小宝去幼儿园吗？

建华
"""
    return mail(A("王建华", "jianhua.wang@inbox.example.net"), A("妈妈", "wang.mama@mailbox.example.com"), "小敏剖腹产的日子定了",
                D(6, 4, 21, 15), T(txt, cte="base64"), client="apple")


@msg("napominanie-poslerodovoy-osmotr", "phi", "Russian clinic reminder to a named patient about her postpartum checkup after cesarean", lang="ru")
def _():
    txt = """Здравствуйте, Анастасия Кузнецова!

Напоминаем о послеродовом осмотре после кесарева сечения:
вторник, 23 июня, 14:40, доктор Ли, клиника Marigold Eastside.
На приёме проверим шов, давление и анализ крови на гемоглобин.

Номер карты: 40-602318. Для переноса звоните 555-0152.
"""
    return mail(A("Marigold Eastside", "reminders@" + MG), A("Анастасия Кузнецова", "nastya.k@webmail.example.net"), "Напоминание о приёме 23 июня",
                D(6, 19, 10, 0), T(txt, cs="windows-1251", cte="quoted-printable"), client="system", subj_cs="windows-1251")


@msg("hysterectomie-maman-fibromes", "phi", "French family mail: mother's hysterectomy for fibroids and anaemia, surgery date", lang="fr")
def _():
    txt = """Coucou Claire,

Maman a enfin eu son rendez-vous avec le gynéco. À cause des fibromes
et de son anémie (hémoglobine à 8,9), il propose une hystérectomie par
cœlioscopie le 14 septembre à la clinique Marigold. Elle prend du fer
en attendant. Elle a un peu peur de l'anesthésie.

Tu pourras venir la semaine de l'opération ?

Bises,
Hélène
"""
    return mail(A("Hélène Martin", "helene.martin@webmail.example.net"), A("Claire Martin", "claire.martin@inbox.example.net"), "Maman - opération en septembre",
                D(8, 2, 20, 10), T(txt, cs="windows-1252", cte="8bit"), client="thunderbird")


@msg("amharic-prenatal-appointment", "phi", "Amharic appointment reminder to a named pregnant patient with her glucose test", lang="am")
def _():
    txt = """ሰላም ወ/ሮ ትዕግስት በቀለ፣

የእርግዝና ክትትል ቀጠሮዎ ሐሙስ ግንቦት 21 ከጠዋቱ 9:00 ሰዓት ላይ ነው።
በዚህ ቀን የስኳር ምርመራ (የግሉኮስ ምርመራ) ይደረግልዎታል። ከምርመራው በፊት
ጠዋት ቁርስ አይብሉ።

ማሪጎልድ የሴቶች ክሊኒክ - 555-0152
"""
    return mail(A("Marigold Eastside", "reminders@" + MG), A("Tigist Bekele", "tigist.b@inbox.example.net"), "የቀጠሮ ማስታወሻ - Appointment reminder",
                D(5, 26, 9, 0), T(txt, cte="base64"), client="system")


@msg("hindi-khoon-ki-kami-iron", "phi", "Hindi family mail: pregnant daughter-in-law's anaemia and iron infusion appointment", lang="hi")
def _():
    txt = """प्रिय दीदी,

पूजा की जाँच में खून की कमी निकली है, हीमोग्लोबिन 8.7 है। डॉक्टर ने
कहा कि सातवें महीने में गोलियों से काम नहीं चलेगा, इसलिए अगले सोमवार
को अस्पताल में आयरन की ड्रिप लगेगी। बच्चा ठीक है।

आप चिंता मत करना, मैं साथ जाऊँगी।

सुनीता
"""
    return mail(A("सुनीता शर्मा", "sunita.sharma@inbox.example.net"), A("Kamla Verma", "kamla.verma@mailbox.example.com"), "पूजा की रिपोर्ट",
                D(7, 21, 19, 40), T(txt, cte="8bit"), client="gmail")


@msg("pharmacy-rx-ready-doxylamine", "phi", "pharmacy text-style notice that a named patient's pregnancy nausea prescription is ready")
def _():
    txt = "Pillbox Pharmacy: Hi ROSA H., your prescription DOXYLAMINE-PYRIDOXINE ER 20-20MG (Rx #6120448, Dr. Li) is ready for pickup at Elm St. Copay $10.00. Reply STOP to opt out.\n"
    return mail(A("Pillbox Pharmacy", "rx-alerts@pillboxrx.example.com"), A("Rosa Hernandez", "rosa.h@correo.example.com"), "Your prescription is ready",
                D(3, 4, 13, 12), T(txt), client="system")


@msg("page-late-decels-bed6", "phi", "page-style e-mail: named labouring patient with late decelerations, Category II tracing")
def _():
    txt = "STAT PAGE from L&D charge (555-0143): Bed 6 Ms. Alvarez, 39w G1 on pitocin 10 mu, recurrent late decels x 30 min, Cat II, pit off, position changes done, IVF bolus. Pls come eval. -CI\n"
    return mail(A("Marigold Paging", "paging@" + MG), ld("Ifeoma Okonkwo", "iokonkwo"), "PAGE: L&D bed 6", D(4, 19, 3, 12), T(txt), client="system")


@msg("anesthesia-bill-epidural", "phi", "anaesthesia group statement to a named patient for labour epidural with account number and balance")
def _():
    txt = """STATEMENT    Account: 7720-4419-03    Statement date: 07/01/2026

Patient: Maribel Ortega
Date of service 05/29/2026 - Labor epidural, Marigold Women's Pavilion
Anesthesiologist: Dr. Helen Kwan

Charges $2,400.00  Insurance paid $954.00  Adjustment $1,250.00
BALANCE DUE $196.00 by 07/31/2026

Pay online at https://pay.orchardanesthesia.example.com or call 555-0122.
Orchard Anesthesia Associates
"""
    return mail(A("Orchard Anesthesia Billing", "billing@orchardanesthesia.example.com"), A("Maribel Ortega", "maribel.o@correo.example.com"), "Your statement from Orchard Anesthesia",
                D(7, 1, 6, 0), T(txt), client="system")


@msg("claim-denial-nicu-level3-days", "phi", "insurer denies NICU level III days for a named infant, claim number and appeal rights")
def _():
    txt = """Dear Tobi Oduya,

We reviewed claim CLM-2026-04-227918 for your child Amara Oduya
(member EVG-551207339-02), Marigold Women's Pavilion NICU, dates
04/03/2026-04/14/2026.

Days 04/10-04/14 billed at Level III (revenue code 0174) are denied as
not medically necessary at that level; they will be paid at Level II
(0172). You may appeal within 180 days.

Evergreen Mutual Utilization Management - 555-0113
"""
    return mail(A("Evergreen Mutual", "um@evergreenmutual.example.com"), A("Tobi Oduya", "tobi.oduya@mailbox.example.com"), "Claim decision CLM-2026-04-227918",
                D(6, 2, 7, 0), T(txt), client="system")


@msg("forwarded-pph-nurse-note", "phi", "forwarded nurse note about a named patient's postpartum haemorrhage and transfusion")
def _():
    txt = """FYI for the debrief - can you add this to the event report?

---------- Forwarded message ---------
From: Mara Delacroix <mdelacroix@marigoldhealth.example.org>
Date: Sat, Jun 13, 2026 at 4:51 AM
Subject: Rm 412 overnight
To: Renee Castellano <renee.castellano@marigoldhealth.example.org>

Renee - Ms. Nguyen in 412 (Thu Ha Nguyen, MRN 40-611942) had a PPH at
0210, QBL 1,450 mL, atony. Pit, methergine, hemabate, TXA. 2 u PRBC.
Hgb 7.1 -> 8.4. Stable now, Dr. Li aware. Husband very upset - please
have the manager round in the morning.
"""
    return mail(A("Renee Castellano", "renee.castellano@" + MG), ld("Amara Sarraf", "asarraf"), "Fwd: Rm 412 overnight", D(6, 13, 7, 30), T(txt), client="gmail")


@msg("ooo-quoting-decreased-movement", "phi", "OB's auto-reply quotes the patient's message about decreased fetal movement at 35 weeks")
def _():
    txt = """I am out of the office until Monday, June 29. For urgent concerns call
555-0152; after hours, the on-call OB at 555-0100.

-----Original Message-----
From: Esperanza Villa <espe.villa@correo.example.com>
Sent: Friday, June 26, 2026 10:14 PM
To: Dr. Ivy Li <ili@marigoldhealth.example.org>
Subject: baby not moving much

Dr. Li, I'm 35 weeks and the baby has barely moved since this afternoon.
I drank juice and lay on my side and felt maybe 3 kicks in 2 hours.
Should I go in?
"""
    return mail(ld("Ivy Li", "ili"), A("Esperanza Villa", "espe.villa@correo.example.com"), "Automatic reply: baby not moving much",
                D(6, 26, 22, 14, 30), T(txt), client="system")


@msg("bounce-prenatal-labs-gbs", "phi", "bounce returning the original message with a named patient's 36-week GBS positive result")
def _():
    orig = mail(ld("Farah Nadeem"), A("Ingrid Solberg", "ingrid.solberg@mailbx.example.com"), "Your 36 week lab results", D(5, 27, 9, 0),
                T("Hi Ingrid,\n\nYour group B strep swab from May 19 came back POSITIVE. This is common and not an infection for you, but you will need IV penicillin during labour to protect the baby. Please tell the hospital when you arrive. Your urine culture was negative.\n\nFarah, RN - Marigold Eastside\n"), client="outlook")
    ST.slug += "-r"
    st = ("Reporting-MTA: dns; mx1.marigoldhealth.example.org\nArrival-Date: " + D(5, 27, 9, 0) + "\n\n"
          "Final-Recipient: rfc822; ingrid.solberg@mailbx.example.com\nAction: failed\nStatus: 5.1.2\n"
          "Diagnostic-Code: smtp; 550 5.1.2 Host unknown: mailbx.example.com\n")
    return mail(A("Mail Delivery System", "MAILER-DAEMON@mx1." + MG), ld("Farah Nadeem"), "Undelivered Mail Returned to Sender", D(5, 27, 9, 1),
                Report("delivery-status", T("This is the mail system at host mx1.marigoldhealth.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<ingrid.solberg@mailbx.example.com>: Host or domain name not found\n"),
                       Status(st), Rfc822(orig)), client="system")


@msg("read-receipt-rhogam-subject", "phi", "read receipt; the patient, MRN and Rh immune globulin at 28 weeks appear only in the echoed Subject (header and receipt text)")
def _():
    subj = "RhoGAM given 28w - Lindqvist, Jessica MRN 40-318827 - please update flowsheet"
    mdn = ("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;tgreer@marigoldhealth.example.org\n"
           "Original-Message-ID: <7A1B2C3D4E5F.11223344@marigoldhealth.example.org>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    return mail(ld("Tasha Greer", "tgreer"), ld("Farah Nadeem"), "Read: " + subj, D(4, 9, 11, 2),
                Report("disposition-notification", T("Your message\n\n  To: Tasha Greer\n  Subject: " + subj + "\n  Sent: Thursday, April 9, 2026 10:40 AM\n\nwas read on Thursday, April 9, 2026 11:02 AM.\n"), Status(mdn, "disposition-notification")), client="outlook")


@msg("secure-tag-test-no-content", "phi", "borderline: [secure]-tagged test send with no patient (marked-secure-test-no-content)")
def _():
    return mail(A("Priyanka Das", "pdas@" + MG), A("Lantern IT", "it@lanternrh.example.org"), "[secure] test 3 - please confirm encrypted delivery",
                D(2, 18, 15, 33), T("Test send for the new TLS policy between our domains. Please confirm it arrived via the encrypted portal.\n\nPriyanka\n"), client="outlook",
                extra=["X-Sensitivity: confidential"])


@msg("home-visit-infant-weight-check", "phi", "home-visiting nurse's note to the pediatrician with a named infant's weight and feeding")
def _():
    txt = "Dr. Pham,\n\nHome visit today for Zion Simms (DOB 4/28/2026, mom Latoya). Weight 7 lb 11 oz, up 9 oz in 6 days. Feeding 8-10x/day breast + 1 oz EBM after feeds, 7 wet diapers. Frenotomy done 5/12, latch improved. Mom's incision-free, vaginal delivery; she asked about the 2-month shots.\n\nKim Moreau, RN\nFamily Nest Home Visiting\n"
    return mail(A("Kim Moreau", "kmoreau@familynest.example.org"), A("Dr. Linh Pham", "lpham@riversidepeds.example.com"), "Zion Simms weight check",
                D(5, 18, 16, 10), T(txt), client="outlook")


@msg("preterm-labour-transfer-request", "phi", "community hospital requests transfer of a named patient in preterm labour at 29 weeks to the Level IV NICU centre")
def _():
    txt = """Transfer request - maternal

Patient: Marisa Coelho   DOB 01/30/1997   St. Brendan MRN SB-0091472
G3P1011 at 29w3d, preterm labour, cervix 4/80/-2, contracting q3 min.
Mag for neuroprotection started 1130, BMZ #1 at 1140, GBS unknown -
ampicillin started. Requesting transfer to Marigold (Level IV NICU).
Accepting MFM: Dr. Baptiste. Transport: ground ALS, ETA 1300.

St. Brendan Community L&D - 555-0179
"""
    return mail(A("St. Brendan L&D", "ld@stbrendan.example.org"), A("Marigold Transfer Center", "transfer@" + MG), "Maternal transfer - Coelho 29w PTL",
                D(7, 8, 11, 52), T(txt), client="outlook")


@msg("husband-to-boss-emergency-cesarean", "phi", "phone-typed note from an employee to his boss: wife in labour, emergency C-section, baby in NICU")
def _():
    txt = "Hey Tom - won't be in tomorrow or prob rest of week. Alina's water broke at 34 wks and they just did an emergency c-section for the baby's heart rate. Baby girl is in the NICU on oxygen but doing ok. Alina lost a lot of blood, getting a transfusion. I'll call when I can\n\nSent from my iPhone\n"
    return mail(A("Marek Kowalczyk", "marek.k@kestrellogistics.example.com"), A("Tom Albright", "talbright@kestrellogistics.example.com"), "out rest of week",
                D(8, 11, 23, 40), T(txt), client="iphone")


@msg("abuela-bebe-uci-neonatal", "phi", "Spanish family group mail: grandmother's update on a premature grandson's NICU stay and feeding tube", lang="es")
def _():
    txt = """Familia:

Gracias por sus oraciones. El bebé Santiago ya pesa 1,8 kilos. Todavía
está en la incubadora en la terapia intensiva neonatal del Marigold y
come por sonda la leche que se saca Valeria. Los doctores dicen que si
aprende a tomar del biberón, podría salir en dos o tres semanas. Le
hicieron un ultrasonido de la cabeza y salió normal.

Con cariño,
Abuela Lupita
"""
    return mail(A("Guadalupe Ramírez", "lupita.ramirez@correo.example.com"), A("Familia Ramírez", "familia-ramirez@groups.example.com"), "Noticias de Santiago",
                D(9, 3, 20, 0), T(txt, cs="iso-8859-1", cte="8bit"), client="android", subj_cs="iso-8859-1")


@msg("ics-curva-glicemica-gestante", "phi", "Portuguese calendar invite for a named patient's glucose tolerance test at 26 weeks", lang="pt")
def _():
    c = ics("REQUEST", "appt-8840122@" + MG, "20260707T080000", "20260707T110000", "Curva glicêmica (TOTG 75 g) - Marisa Coelho",
            "Laboratório Marigold:mailto:lab-scheduling@" + MG, ["Marisa Coelho:mailto:marisa.coelho@inbox.example.net"], "Laboratório Marigold Eastside",
            "Jejum de 8 horas. Duração de 2 horas. Gestação de 26 semanas. Pedido da Dra. Baptiste.", prodid="-//Google Inc//Google Calendar 70.9054//EN")
    return mail(A("Laboratório Marigold", "lab-scheduling@" + MG), A("Marisa Coelho", "marisa.coelho@inbox.example.net"), "Convite: Curva glicêmica - ter 7 jul 8:00",
                D(6, 30, 9, 0), Alt(T("Seu exame de curva glicêmica está marcado. Veja o convite.\n"), Cal(c, cte="quoted-printable")), client="gmail")


@msg("postpartum-preeclampsia-readmit", "phi", "ED to OB: named patient readmitted 6 days postpartum with severe-range BP and headache")
def _():
    txt = """Dr. Okonkwo,

FYI Brianna Fuentes (MRN 40-702215), delivered 7/1 vaginally, came into
the ED tonight with headache and BP 168/112. Dx postpartum
preeclampsia with severe features. Labetalol 20 mg IV x2, magnesium
started, admitted to L&D 4 for 24 h. Labs: Plt 142, AST 41, Cr 0.8.
Baby at home with grandmother.

Dr. Sam Rios, Emergency Medicine
"""
    return mail(ld("Sam Rios", "srios"), ld("Ifeoma Okonkwo", "iokonkwo"), "your pt readmitted - PP preE", D(7, 7, 23, 5), T(txt), client="outlook")


@msg("two-week-newborn-visit-summary", "phi", "pediatric after-visit summary for a named newborn's 2-week visit (weight, jaundice resolved, vitamin D)")
def _():
    txt = "After Visit Summary - Liam Tran, 2 weeks corrected\nWeight 3.1 kg, length 49 cm. Jaundice resolved. Continue vitamin D 400 IU daily and iron. Next visit: 2-month well visit, 7/8/2026 at 9:00 am.\n"
    html = "<html><body><h3>After Visit Summary</h3><p><b>Liam Tran</b> (DOB 02/11/2026)</p><ul><li>Weight 3.1 kg, length 49 cm</li><li>Jaundice resolved</li><li>Continue vitamin D 400 IU daily and iron</li></ul><p>Next: 2-month well visit 7/8/2026 9:00 am</p><p>Riverside Pediatrics - 555-0108</p></body></html>"
    return mail(A("Riverside Pediatrics", "portal@riversidepeds.example.com"), A("Vy Tran", "vy.tran@mailbox.example.com"), "Liam's visit summary",
                D(5, 27, 12, 0), Alt(T(txt), H(html)), client="system")


@msg("prior-auth-pelvic-mri-fibroids", "phi", "prior authorisation approval for a named member's pelvic MRI for uterine fibroids")
def _():
    txt = """PRIOR AUTHORIZATION APPROVED

Member: Gwen Holloway   ID: EVG-220914557   DOB: 10/02/1974
Service: MRI pelvis with and without contrast (CPT 72197)
Diagnosis: D25.1 intramural leiomyoma of uterus; N92.0 menorrhagia
Auth #: PA-26-118402   Valid 08/01/2026-10/30/2026
Ordering: Dr. Ferris, Meridian Menopause Clinic
"""
    return mail(A("Evergreen Mutual Prior Auth", "priorauth@evergreenmutual.example.com"), A("Meridian Menopause Clinic", "care@meridianmenopause.example.com"),
                "PA-26-118402 approved - Holloway", D(8, 1, 8, 30), T(txt), client="system")


@msg("pcos-metformin-a1c-followup", "phi", "gynaecology message to a named patient: PCOS, A1c 6.1, metformin started")
def _():
    txt = "Hi Zara,\n\nYour labs from last week: A1c 6.1% (prediabetes range), testosterone mildly high, thyroid normal. With your irregular periods and the ultrasound, this fits PCOS. As we discussed, start metformin ER 500 mg with dinner, increasing to 1,000 mg after two weeks. Follow-up in 3 months with repeat A1c.\n\nDr. Noelle Baptiste\nMarigold OB/GYN Eastside\n"
    return mail(A("Dr. Noelle Baptiste", "nbaptiste@" + MG), A("Zara Qureshi", "zara.q@inbox.example.net"), "Your lab results and plan",
                D(9, 9, 16, 0), T(txt), client="outlook")


@msg("mastitis-antibiotics-phone", "phi", "phone-typed note to a lactation consultant: named mother with mastitis, fever, on cephalexin")
def _():
    txt = "hi rebecca its latoya. left side is red hot and hard and I had 101.8 last night. saw urgent care this am they said mastitis and gave me cephalexin 500 4x a day. can I keep nursing zion on that side?? so sore\n\nSent from my Galaxy\n"
    return mail(A("Latoya Simms", "latoya.simms@mailbox.example.com"), A("Rebecca Stone", "rebecca@milkweedlactation.example.com"), "mastitis??",
                D(6, 20, 9, 5), T(txt), client="android")


@msg("vbac-counselling-visit", "phi", "OB note to a named patient summarising VBAC counselling and scheduled repeat-cesarean fallback date")
def _():
    txt = "Imani,\n\nThanks for coming in today. As we discussed, your chance of a successful VBAC is about 70% based on your history (one prior cesarean for breech, low transverse incision). We'll plan a trial of labour, and if you haven't gone into labour by 41 weeks we'll book a repeat cesarean for April 10. Please sign the TOLAC consent at your next visit on March 25.\n\nDr. Li\n"
    return mail(ld("Ivy Li", "ili"), A("Imani Brooks", "imani.b@mailbox.example.com"), "VBAC plan from today", D(3, 11, 17, 30), T(txt), client="outlook")


@msg("lmn-hospital-grade-pump-pdf", "phi", "letter of medical necessity PDF for a hospital-grade pump for a named mother of a NICU infant")
def _():
    p = pdf([["LETTER OF MEDICAL NECESSITY", "Date: 03/24/2026", "Re: Juliana Barros, DOB 06/17/1996, Evergreen Mutual ID EVG-661092334",
              "Infant: Miguel Barros, born 03/22/2026 at 36 weeks, admitted to NICU (respiratory distress).",
              "Mother requires a multi-user hospital-grade breast pump (E0604) for rental while the infant",
              "is unable to breastfeed directly. Expected duration: 3 months.", "Signed: Rebecca Stone, IBCLC, for Dr. Sunil Mehra, Neonatology"]], title="LMN")
    return mail(A("NICU Lactation", "nicu-lactation@" + MG), A("LatchPoint Medical Supply", "orders@latchpointmed.example.com"), "LMN for E0604 rental",
                D(3, 24, 14, 10), Mixed(T("LMN attached for the rental. Please deliver to the NICU family lounge.\n"), Att("application/pdf", p, "LMN_E0604.pdf")), client="outlook")


@msg("doula-invoice-hsa-receipt", "phi", "doula invoice/receipt to a named client for birth support on a delivery date, for HSA reimbursement")
def _():
    txt = """RECEIPT #BL-2026-041

Client: Imani Brooks
Services: prenatal visits (2), continuous labour support 04/04/2026
(VBAC, Marigold Women's Pavilion, 19 hours), postpartum visit 04/11.
Total paid: $1,400.00 (paid in full 03/01 and 04/11)

Provided for HSA/FSA reimbursement.
Selam Tesfaye, CD - Bloom Doula Collective - NPI %s
""" % npi("235561920")
    return mail(A("Selam Tesfaye", "selam@bloomdoulas.example.com"), A("Imani Brooks", "imani.b@mailbox.example.com"), "Your receipt for HSA",
                D(4, 13, 10, 0), T(txt), client="gmail")


@msg("nicu-daily-update-html-only", "phi", "HTML-only NICU parent update on a named infant's weight, feeds and oxygen")
def _():
    html = """<html><body>
<p>Good morning Vy and Khoa,</p>
<p>Daily update for <b>Liam</b> (NICU pod C, bed 22):</p>
<ul><li>Weight 1,640 g (+30 g)</li><li>Feeds: 28 mL every 3 h by NG tube, fortified breast milk</li>
<li>Off CPAP since Tuesday, now on 1 L nasal cannula</li><li>Eye exam Thursday</li></ul>
<p>Rounds are at 10 am if you want to join by phone: 555-0145.</p>
<p>Gemma, NICU RN</p>
</body></html>"""
    return mail(ld("Gemma Otieno"), [A("Vy Tran", "vy.tran@mailbox.example.com"), A("Khoa Tran", "khoa.tran@mailbox.example.com")], "Liam - daily update",
                D(3, 19, 7, 45), H(html), client="outlook")


@msg("prenatal-visit-28w-qp", "phi", "quoted-printable visit summary to a named patient at 28 weeks (fundal height, Tdap, glucose)")
def _():
    txt = """Hi Priya,

Summary of your 28-week visit today (July 14):
  - Blood pressure 118/72, weight up 1.5 lb
  - Fundal height 28 cm; baby's heart rate 148
  - Tdap vaccine given in the left arm
  - Your 1-hour glucose screen was 128 = normal
  - Next visit in 2 weeks (July 28, 10:40 am)

Kick counts start now: 10 movements in 2 hours.

Warmly,
Dr. Ivy Li – Marigold OB/GYN Eastside
"""
    return mail(ld("Ivy Li", "ili"), A("Priya Natarajan", "priya.n@inbox.example.net"), "Your 28-week visit summary", D(7, 14, 15, 40),
                T(txt, cte="quoted-printable"), client="outlook")


@msg("bp-log-csv-patient-sent", "phi", "named pregnant patient e-mails her home blood pressure log as CSV (gestational hypertension)")
def _():
    rows = [["date", "time", "systolic", "diastolic", "pulse", "note"],
            ["2026-06-20", "07:10", "138", "88", "82", ""], ["2026-06-20", "19:30", "142", "91", "85", "headache"],
            ["2026-06-21", "07:05", "136", "90", "80", ""], ["2026-06-21", "20:10", "145", "93", "88", "feet swollen"]]
    return mail(A("Keisha Marlowe", "keisha.marlowe@webmail.example.net"), A("Eastside OB Inbox", "eastside-ob@" + MG), "BP readings this weekend",
                D(6, 22, 8, 0), Mixed(T("Hi, here are my BP numbers like Dr. Okonkwo asked for my gestational hypertension. The 145 one worried me.\nKeisha Marlowe, DOB 1/9/1997\n"),
                                      Att("text/csv", csv_bytes(rows), "BP_log_Keisha.csv", cte="7bit")), client="gmail")


@msg("ate-cesarean-ofw-tagalog", "phi", "Tagalog mail from an overseas worker's sibling: sister's emergency cesarean and blood pressure", lang="tl")
def _():
    txt = """Kuya Jun,

Nanganak na si Ate Rowena kagabi, emergency cesarean kasi tumaas ang
BP niya sa 170/110 at nagka-seizure pa siya bago dalhin sa OR. Sabi ng
doktor eclampsia daw. Nasa ICU siya ngayon, may magnesium. Si baby boy
ay 2.1 kilos, nasa NICU muna.

Tatawagan kita mamaya pag-uwi ko galing ospital.

Lyn
"""
    return mail(A("Lyn Reyes", "lyn.reyes@inbox.example.net"), A("Jun Reyes", "jun.reyes@mailbox.example.com"), "Si Ate Rowena",
                D(9, 14, 6, 20), T(txt, cte="quoted-printable"), client="android")


@msg("recordatorio-visita-posparto", "phi", "Spanish reminder to a named patient for her postpartum visit and blood pressure check", lang="es")
def _():
    txt = "Hola, Daniela Ruiz:\n\nSu cita posparto con la Dra. Okonkwo es el martes 7 de julio a las 11:00 a. m. Le tomaremos la presión, ya que tuvo preeclampsia, y revisaremos la herida de la cesárea. Traiga su medidor de presión.\n\nClínica Marigold Eastside - 555-0152\n"
    html = "<html><body><p>Hola, Daniela Ruiz:</p><p>Su cita posparto con la Dra. Okonkwo es el <b>martes 7 de julio a las 11:00 a. m.</b></p><p>Le tomaremos la presión (tuvo preeclampsia) y revisaremos la herida de la cesárea.</p></body></html>"
    return mail(A("Clínica Marigold Eastside", "recordatorios@" + MG), A("Daniela Ruiz", "dani.ruiz@correo.example.com"), "Recordatorio: su cita posparto",
                D(7, 3, 9, 0), Alt(T(txt, cte="quoted-printable"), H(html, cte="quoted-printable")), client="system")


@msg("korean-imsin-goyeolap-family", "phi", "Korean family mail: daughter's pregnancy-induced hypertension and induction date", lang="ko")
def _():
    txt = """엄마,

수진이가 임신중독증 초기라서 다음 주 화요일에 유도분만하기로 했어요.
혈압이 150/100까지 올라가서 의사 선생님이 37주면 낳는 게 안전하대요.
Marigold 병원 4층 분만실이에요. 오실 수 있으면 알려 주세요.

민호
"""
    return mail(A("박민호", "minho.park@inbox.example.net"), A("엄마", "park.mom@mailbox.example.com"), "수진이 유도분만 날짜",
                D(8, 27, 22, 0), T(txt, cs="euc-kr", cte="base64"), client="outlook", subj_cs="euc-kr")


@msg("alt-html-half-postpartum-a1c", "phi", "alternative where the plain part says only 'view in HTML'; the HTML half carries a named patient's postpartum diabetes screen")
def _():
    t = "This message is best viewed in HTML. Log in to MyMarigold to read it.\n"
    html = "<html><body><p>Dear Aaliyah Grant,</p><p>Your postpartum 2-hour glucose test (Sept 3) was <b>normal (118 mg/dL)</b>. Since you had gestational diabetes, please have an A1c every 1-3 years. Dr. Li</p></body></html>"
    return mail(A("MyMarigold", "no-reply@" + MG), A("Aaliyah Grant", "aaliyah.grant@inbox.example.net"), "New test result", D(9, 5, 13, 0),
                Alt(T(t), H(html, cte="base64")), client="system")


@msg("collections-cesarean-balance", "phi", "collection agency letter for a named patient's cesarean delivery balance with account number")
def _():
    txt = "Re: Account RC-4418290 - Marigold Women's Pavilion\nPatient/guarantor: Hana Yusuf\nService: cesarean delivery and 3-day stay, 03/19/2026\nBalance referred: $2,318.40\n\nPlease call 555-0109 to arrange a payment plan. This is an attempt to collect a debt.\nRiverstone Recovery Services\n"
    return mail(A("Riverstone Recovery", "notices@riverstonerecovery.example.com"), A("Hana Yusuf", "hana.yusuf@mailbox.example.com"), "Notice regarding account RC-4418290",
                D(9, 22, 10, 0), T(txt), client="system")


# ========================================================= RESTRICTED ====
RH, GE, MH, SU, HV = CATS[4], CATS[3], CATS[0], CATS[1], CATS[2]


@msg("medication-abortion-visit-confirmation", "restricted", "reproductive health: confirms a named patient's medication abortion telehealth visit and pill mailing", cat=RH)
def _():
    txt = """Hi Alexis,

Your telehealth visit for medication abortion is confirmed for
Wednesday, May 20 at 4:15 pm with Jordan Pryce, NP. Based on your last
period you are about 7 weeks. If you are eligible, mifepristone and
misoprostol will be mailed in plain packaging to the address you gave.

Please have your photo ID ready. Questions: 555-0164 (24h nurse line).

Lantern Reproductive Health
"""
    return mail(A("Lantern Reproductive Health", "appointments@lanternrh.example.org"), A("Alexis Moore", "alexis.moore@inbox.example.net"), "Your visit on May 20",
                D(5, 18, 12, 0), T(txt), client="system")


@msg("display-name-procedure-scheduling", "restricted", "borderline: neutral appointment confirmation; the abortion care is only in the sender's display name", cat=RH)
def _():
    txt = "Hi Brooke,\n\nYour appointment is confirmed for Thursday, June 4 at 8:00 am at our Elm Street location. Please bring a photo ID and someone to drive you home. Do not eat after midnight.\n\nSee you then.\n"
    return mail(A("Lantern RH - Abortion Procedure Scheduling", "scheduling@lanternrh.example.org"), A("Brooke Hale", "brooke.hale@mailbox.example.com"), "Appointment confirmed - Thursday",
                D(6, 1, 15, 20), T(txt), client="outlook")


@msg("iud-insertion-ics", "restricted", "reproductive health: the IUD insertion (contraceptive care) is only in the base64 application/ics attachment; body and Subject are neutral", cat=RH)
def _():
    c = ics("REQUEST", "appt-8851903@" + MG, "20260812T140000", "20260812T143000", "IUD insertion (LNG-IUS 52 mg) - Kira Moreau",
            "Marigold OB/GYN Eastside:mailto:eastside-scheduling@" + MG, ["Kira Moreau:mailto:kira.moreau@inbox.example.net"], "Eastside clinic, room 6",
            "Take ibuprofen 800 mg one hour before. Bring a pad. Postpartum 8 weeks - pregnancy test on arrival.")
    return mail(A("Eastside Scheduling", "eastside-scheduling@" + MG), A("Kira Moreau", "kira.moreau@inbox.example.net"), "Invitation: appointment - Wed Aug 12 2:00 pm",
                D(8, 3, 10, 0), Mixed(T("Your appointment is attached.\n"), Cal(c, ctype="application/ics", cte="base64", filename="appointment.ics", disp="attachment")), client="system")


@msg("consejeria-anticonceptiva-adolescente", "restricted", "reproductive health: Spanish message to a named teen about her contraception counselling and implant appointment", lang="es", cat=RH)
def _():
    txt = """Hola, Yesenia:

Gracias por venir hoy a la consejería de anticonceptivos. Como hablamos,
el implante en el brazo dura hasta 3 años y es confidencial: tus papás
no reciben información sin tu permiso. Tu cita para ponerte el implante
es el lunes 29 de junio a las 3:30 p. m.

Si tienes dudas, escríbeme aquí o llama al 555-0177.

Enfermera Rocío - Clínica Juvenil Lakeland Teen Health
"""
    return mail(A("Rocío Alvarado, RN", "ralvarado@lakelandteen.example.org"), A("Yesenia Paz", "yesi.paz@correo.example.com"), "Tu cita del 29 de junio",
                D(6, 22, 17, 0), T(txt, cte="quoted-printable"), client="outlook")


@msg("ivf-trigger-retrieval-instructions", "restricted", "reproductive health: IVF nurse gives a named patient her trigger shot time and egg retrieval date", cat=RH)
def _():
    txt = """Hi Ruth,

Great news - your follicles are ready. Instructions:

  TRIGGER: Ovidrel 250 mcg + leuprolide 40 units TONIGHT (Sat 3/14)
           at exactly 9:30 pm.
  NO stims tonight.
  RETRIEVAL: Monday 3/16, arrive 7:00 am, procedure 7:30. Nothing to
             eat or drink after midnight. Partner's sample by 8:00.

Today's E2 was 2,840 with 14 follicles over 14 mm.

Call 555-0190 with any questions.
Caitlin, RN - Northstar Fertility IVF Team
"""
    return mail(A("Northstar IVF Team", "ivfnurses@northstarfertility.example.com"), A("Ruth Okafor", "ruth.okafor@webmail.example.net"), "Trigger tonight 9:30 pm!",
                D(3, 14, 13, 5), T(txt), client="outlook")


@msg("egg-freezing-storage-invoice-pdf", "restricted", "reproductive health: egg bank storage invoice PDF for a named patient's frozen oocytes", cat=RH)
def _():
    p = pdf([["Northstar Fertility & Egg Bank - INVOICE NS-55120", "Patient: Priya Natarajan   Patient ID: NSF-20931",
              "Annual cryostorage - oocytes (12 vitrified, retrieval 11/2024)      $650.00",
              "Storage period 01/01/2026 - 12/31/2026", "Amount due: $650.00 by 02/15/2026",
              "Questions: billing@northstarfertility.example.com / 555-0188"]], title="Invoice NS-55120")
    return mail(A("Northstar Billing", "billing@northstarfertility.example.com"), A("Priya Natarajan", "priya.n@inbox.example.net"), "Invoice NS-55120",
                D(1, 15, 9, 0), Mixed(T("Dear Priya,\n\nYour annual storage invoice is attached.\n\nNorthstar Billing\n"), Att("application/pdf", p, "Invoice_NS-55120.pdf")), client="system")


@msg("prenatal-chlamydia-positive-result", "restricted", "reproductive health (STI result): nurse tells a named prenatal patient her chlamydia test is positive and partner treatment", cat=RH)
def _():
    txt = """Hi Esperanza,

Your urine test from your first prenatal visit was positive for
chlamydia. It is easy to treat and safe in pregnancy: azithromycin
1 gram, one dose - sent to Pillbox Pharmacy. Your partner needs
treatment too; we can send a prescription for him (expedited partner
therapy). We'll retest you in 4 weeks.

Gonorrhea and syphilis tests were negative.

Farah Nadeem, RN - Marigold OB/GYN Eastside
"""
    return mail(ld("Farah Nadeem"), A("Esperanza Villa", "espe.villa@correo.example.com"), "Your test result", D(2, 19, 11, 30), T(txt), client="outlook")


@msg("hpv-positive-pap-colposcopy", "restricted", "borderline: HPV 16 positive co-test with colposcopy referral counted as an STI result", cat=RH)
def _():
    txt = "Hi Zara,\n\nYour Pap test was normal, but the HPV test was positive for type 16. HPV is a very common sexually transmitted infection, and type 16 means we want a closer look: a colposcopy with Dr. Baptiste on October 6 at 2:00 pm.\n\nMarigold OB/GYN Eastside\n"
    return mail(A("MyMarigold", "no-reply@" + MG), A("Zara Qureshi", "zara.q@inbox.example.net"), "Your Pap and HPV results", D(9, 24, 16, 0), T(txt), client="system")


@msg("early-loss-misoprostol-management", "restricted", "borderline: medication management of an early pregnancy loss with mifepristone/misoprostol is counted as pregnancy termination care", cat=RH)
def _():
    txt = """Sofia,

I'm so sorry about today's ultrasound. As we discussed, the pregnancy
stopped growing at about 8 weeks (missed miscarriage). You chose
medication management: mifepristone 200 mg today, then misoprostol
800 mcg vaginally tomorrow evening. Expect heavy cramping and bleeding
for several hours. Call 555-0152 if you soak 2 pads an hour for 2 hours.

Follow-up ultrasound March 31.
Dr. Ivy Li
"""
    return mail(ld("Ivy Li", "ili"), A("Sofia Petrakis", "sofia.petrakis@webmail.example.net"), "Plan for the next few days", D(3, 18, 18, 0), T(txt), client="outlook")


@msg("laqueadura-pos-parto-consentimento", "restricted", "reproductive health: Portuguese note about a named patient's postpartum tubal ligation consent (contraception)", lang="pt", cat=RH)
def _():
    txt = """Oi, Juliana,

Recebemos o termo de consentimento para a laqueadura tubária. Como você
terá a cesárea no dia 22, a Dra. Baptiste fará a laqueadura na mesma
cirurgia. Lembre que o método é permanente; se mudar de ideia até o dia
da cirurgia é só avisar.

Equipe de Enfermagem - Marigold OB/GYN Eastside
"""
    return mail(A("Enfermagem Eastside", "enfermagem@" + MG), A("Juliana Barros", "ju.barros@webmail.example.net"), "Termo de consentimento - laqueadura",
                D(3, 10, 10, 30), T(txt, cs="iso-8859-1", cte="quoted-printable"), client="outlook", subj_cs="iso-8859-1", subj_mode="Q")


@msg("shiguan-yizhi-peitai", "restricted", "reproductive health: Chinese message to a named IVF patient with embryo transfer date and progesterone", lang="zh", cat=RH)
def _():
    txt = """李静女士：

您的冷冻胚胎移植定在4月22日上午10点。移植一枚5天囊胚（评级4AA）。
请从4月17日开始每天肌注黄体酮50毫克。移植当天请憋尿，提前30分钟到。

验孕抽血：5月1日。

北极星生殖中心 护士 张护士 555-0190
"""
    return mail(A("北极星生殖中心", "ivfnurses@northstarfertility.example.com"), A("李静", "li.jing@inbox.example.net"), "胚胎移植安排",
                D(4, 10, 14, 0), T(txt, cs="gb2312", cte="base64"), client="outlook", subj_cs="gb2312")


@msg("thuoc-tranh-thai-khan-cap", "restricted", "reproductive health: Vietnamese pharmacy consult note about a named patient's emergency contraception", lang="vi", cat=RH)
def _():
    txt = """Chào chị Phạm Thu Hà,

Dược sĩ đã tư vấn cho chị hôm nay về thuốc tránh thai khẩn cấp
ulipristal 30 mg (uống 1 viên, hiệu quả trong 5 ngày). Nếu chị trễ kinh
hơn 1 tuần, hãy thử thai. Chị có thể hẹn tư vấn về phương pháp tránh
thai lâu dài tại Lantern vào ngày 12/6.

Nhà thuốc Pillbox - 555-0148
"""
    return mail(A("Nhà thuốc Pillbox", "pharmacist@pillboxrx.example.com"), A("Phạm Thu Hà", "thuha.pham@mailbox.example.com"), "Tư vấn của dược sĩ",
                D(6, 5, 18, 0), T(txt, cte="quoted-printable"), client="outlook")


@msg("nipt-high-risk-t21-report-pdf", "restricted", "genetic: NIPT report PDF for a named patient showing high risk for trisomy 21", cat=GE)
def _():
    p = pdf([["Helix Prenatal Laboratory - Cell-free DNA Screening Report", "Patient: Lan Nguyen   DOB 05/09/1988   Accession HX-26-118204",
              "Gestational age at draw: 11w3d   Fetal fraction: 9.2%", "",
              "Trisomy 21: HIGH RISK (PPV 91%)", "Trisomy 18: low risk   Trisomy 13: low risk   Sex chromosomes: low risk",
              "", "Recommendation: genetic counselling and diagnostic testing (CVS or amniocentesis).",
              "Ordering provider: Dr. Noelle Baptiste"]], flate=True, title="cfDNA report")
    return mail(A("Helix Results", "results@helixprenatal.example.com"), ld("Noelle Baptiste", "nbaptiste"), "Critical call result - HX-26-118204",
                D(3, 3, 16, 0), Mixed(T("A high-risk cell-free DNA result is attached. We also called your office at 3:52 pm.\n"), Att("application/pdf", p, "HX-26-118204.pdf")), client="system")


@msg("filename-only-nipt-trisomy", "restricted", "genetic: fax notice whose only patient information is the PDF file name (name, NIPT trisomy 18 high risk)", cat=GE)
def _():
    p = pdf([["FaxRelay inbound fax", "Pages: 3", "Received 04/14/2026 10:22", "Sender: 555-0158"]], title="Fax")
    return mail(A("FaxRelay", "fax@faxrelay.example.net"), A("MFM Inbox", "mfm-inbox@" + MG), "Inbound fax from 555-0158 (3 pages)",
                D(4, 14, 10, 22), Mixed(T("You have received a 3-page fax. See attachment.\n"), Att("application/pdf", p, "Ferreira_Ana_NIPT_T18_HIGH_RISK_HX26-120933.pdf")), client="system")


@msg("carrier-screen-cf-partner-testing", "restricted", "genetic: genetic counsellor tells a named patient she is a CF carrier and recommends partner testing", cat=GE)
def _():
    txt = """Hi Olivia,

Your expanded carrier screen came back. You are a carrier of one
variant in the CFTR gene (F508del), which means you carry cystic
fibrosis but do not have it. Your other 300 results were negative.

The next step is to test Daniel. If he is not a carrier, the chance of
CF for the baby is very low. I've sent his kit; results take about 2
weeks. Happy to talk by phone - 555-0160.

Julia Brandt, MS, CGC
Prenatal Genetic Counselling, Marigold MFM
"""
    return mail(ld("Julia Brandt"), A("Olivia Strand", "olivia.strand@inbox.example.net"), "Your carrier screening result", D(1, 29, 14, 20), T(txt), client="outlook")


@msg("brca2-result-breast-clinic", "restricted", "genetic: breast clinic message with a named patient's BRCA2 pathogenic variant and risk-reducing plan", cat=GE)
def _():
    txt = "Dear Lucia,\n\nYour genetic test result shows a pathogenic variant in BRCA2 (c.5946delT). This raises your lifetime risk of breast and ovarian cancer. We recommend annual breast MRI alternating with mammography and a visit with gynecologic oncology to discuss risk-reducing surgery. Your sisters may want testing; we can provide a family letter.\n\nDr. Celeste Varga, Clearwater High-Risk Breast Program\n"
    return mail(A("Clearwater High-Risk Breast Program", "highrisk@clearwaterbreast.example.org"), A("Lucia Mendes", "lucia.mendes@inbox.example.net"), "Your genetic test result",
                D(6, 12, 12, 0), T(txt), client="outlook")


@msg("cita-asesoria-genetica-ics", "restricted", "genetic: Spanish invite for a named patient's genetic counselling visit after an abnormal screen", lang="es", cat=GE)
def _():
    c = ics("REQUEST", "appt-8860311@" + MG, "20260423T110000", "20260423T120000", "Asesoría genética prenatal - Ana Ferreira",
            "Genética Prenatal Marigold:mailto:genetics@" + MG, ["Ana Ferreira:mailto:ana.ferreira@correo.example.com"], "MFM, 2.º piso",
            "Revisión del resultado del ADN fetal libre (riesgo alto de trisomía 18) y opciones de amniocentesis. Intérprete de español confirmado.")
    return mail(A("Genética Prenatal Marigold", "genetics@" + MG), A("Ana Ferreira", "ana.ferreira@correo.example.com"), "Invitación: Asesoría genética - jueves 23 de abril",
                D(4, 15, 9, 0), Alt(T("Su cita de asesoría genética está en la invitación adjunta.\n"), Cal(c)), client="outlook")


@msg("newborn-screen-sickle-trait", "restricted", "borderline: newborn screen showing sickle cell trait is a carrier (genetic) result for a named infant", cat=GE)
def _():
    txt = "Dear Mr. and Mrs. Oduya,\n\nAmara's newborn screen found hemoglobin FAS, which means she has sickle cell TRAIT. She does not have sickle cell disease and does not need treatment, but it means at least one parent carries the trait. Genetic counselling for your family is available at 555-0160.\n\nState Newborn Screening Follow-up Program\n"
    return mail(A("Newborn Screening Follow-up", "nbs@statehealth.example.org"), A("Tobi Oduya", "tobi.oduya@mailbox.example.com"), "Amara Oduya - newborn screening result",
                D(4, 20, 10, 0), T(txt), client="outlook")


@msg("caryotype-amniocentese-resultat", "restricted", "genetic: French message with a named patient's amniocentesis karyotype and microarray result", lang="fr", cat=GE)
def _():
    txt = """Madame Laurent,

Les résultats de votre amniocentèse du 2 juin sont arrivés : le caryotype
fœtal est normal (46,XY) et l'analyse chromosomique sur puce (ACPA)
ne montre pas d'anomalie. Les marqueurs vus à l'échographie sont donc
probablement sans conséquence.

Dr Noëlle Baptiste, médecine fœto-maternelle - 555-0141
"""
    return mail(A("Noëlle Baptiste", "nbaptiste@" + MG), A("Juliette Laurent", "jlaurent@mailbox.example.com"), "Résultats de l'amniocentèse",
                D(6, 16, 17, 0), T(txt, cs="iso-8859-15", cte="quoted-printable"), client="outlook", subj_cs="iso-8859-15", subj_mode="Q")


@msg("subject-only-smn1-carrier", "restricted", "genetic: body is 'called her, partner kit sent'; the patient, DOB and SMA carrier status are only in the Subject", cat=GE)
def _():
    return mail(ld("Farah Nadeem"), ld("Julia Brandt"), "RE: Ingrid Solberg 02/08/1992 - SMN1 1 copy (SMA carrier), needs partner testing",
                D(2, 5, 14, 2), T("called her, partner kit sent\n"), client="outlook", irt="<SMN1.0205@" + MG + ">")


@msg("ppd-sertraline-followup", "restricted", "mental health: OB follow-up for a named patient's postpartum depression treatment with sertraline and therapy", cat=MH)
def _():
    txt = """Hi Hana,

Thank you for telling me how you've been feeling. Your EPDS score today
was 17. As we discussed, we'll start sertraline 25 mg daily for a week,
then 50 mg; it is compatible with breastfeeding. I've referred you to
Dr. Rowe's Perinatal Mood Program for therapy - they will call you
this week. Follow-up with me in 2 weeks.

If you ever have thoughts of harming yourself or the baby, call 988 or
come to the ED.

Dr. Ivy Li
"""
    return mail(ld("Ivy Li", "ili"), A("Hana Yusuf", "hana.yusuf@mailbox.example.com"), "Following up from today", D(5, 1, 17, 15), T(txt), client="outlook")


@msg("epds-positive-referral-csv", "restricted", "mental health: weekly postpartum depression screen-positive referral list (named patients, EPDS scores) as CSV", cat=MH)
def _():
    rows = [["patient", "mrn", "delivery_date", "epds", "item10_selfharm", "referred_to", "status"],
            ["Latoya Simms", "40-688102", "2026-04-28", "15", "0", "Perinatal Mood Program", "intake 5/20"],
            ["Thu Ha Nguyen", "40-611942", "2026-06-12", "19", "1", "Perinatal Psychiatry urgent", "seen 6/16"],
            ["Marisa Coelho", "40-720318", "2026-07-09", "13", "0", "Perinatal Mood Program", "left message"]]
    return mail(A("Marigold Analytics", "analytics-noreply@" + MG), A("Perinatal Mood Program", "pmp@" + MG), "Weekly EPDS positive screens",
                D(7, 20, 6, 0), Mixed(T("Attached: EPDS >= 13 or item 10 > 0, last 7 days.\n"), Att("text/csv", csv_bytes(rows), "epds_positive_week29.csv")), client="system")


@msg("perinatal-psychiatry-intake-display-name", "restricted", "mental health: appointment confirmation whose psychiatric service is named only in the display name", cat=MH)
def _():
    txt = "Hi Thu Ha,\n\nThis confirms your appointment on Tuesday, June 16 at 1:00 pm with Dr. Anika Rowe, 3rd floor, suite 310. You are welcome to bring your baby.\n"
    return mail(A("Perinatal Psychiatry Intake - Marigold Behavioral Health", "bh-intake@" + MG), A("Thu Ha Nguyen", "thuha.nguyen@inbox.example.net"), "Appointment confirmation",
                D(6, 14, 11, 0), T(txt), client="outlook")


@msg("family-postpartum-psychosis-admission", "restricted", "mental health: family mail about a named sister admitted to inpatient psychiatry for postpartum psychosis", cat=MH)
def _():
    txt = """Hey Jen,

I didn't want to put this in the group chat. Maya was admitted to the
psych unit at Marigold last night. She hadn't slept in 4 days after the
baby and started saying the baby wasn't hers. They're calling it
postpartum psychosis. She's on an antipsychotic and they stopped
breastfeeding for now. Ben has the baby at Mom's.

Please don't tell Aunt Carol yet.

Love, Rachel
"""
    return mail(A("Rachel Feld", "rachel.feld@mailbox.example.com"), A("Jen Feld", "jen.feld@inbox.example.net"), "Maya", D(8, 18, 7, 30), T(txt), client="gmail")


@msg("therapy-note-birth-trauma-ptsd", "restricted", "mental health: therapist's session note on a named client's PTSD after a traumatic birth", cat=MH)
def _():
    txt = """Session note - Alina Kowalczyk - 09/22/2026 - 53 min (90837)

Client reports nightmares and intrusive memories of the emergency
cesarean and hemorrhage (8/11), avoids driving past the hospital.
PCL-5 = 46. Dx: PTSD (F43.10), postpartum onset. Began EMDR
preparation; safe-place resource installed. Plan: weekly EMDR.

Tess Hargrove, LICSW - Pinecrest Counseling
"""
    return mail(A("Tess Hargrove", "tess@pinecrestcounseling.example.com"), A("Pinecrest Records", "records@pinecrestcounseling.example.com"), "note 9/22 AK",
                D(9, 22, 18, 10), T(txt), client="outlook")


@msg("iktiab-baad-alwilada-arabic", "restricted", "mental health: Arabic family mail about a named new mother's postpartum depression treatment", lang="ar", cat=MH)
def _():
    txt = """أختي العزيزة هدى،

ليلى ليست بخير منذ الولادة. تبكي طوال الوقت ولا تنام ولا تريد حمل
الطفلة. أخذتها أمس إلى الطبيبة وقالت إنه اكتئاب ما بعد الولادة. وصفت
لها دواء (سيرترالين) وجلسات علاج نفسي كل أسبوع في برنامج الصحة
النفسية للأمهات.

أرجو أن تدعي لها ولا تخبري أحدًا.
سامي
"""
    return mail(A("سامي حداد", "sami.haddad@webmail.example.net"), A("هدى حداد", "huda.haddad@inbox.example.net"), "ليلى",
                D(9, 1, 22, 0), T(txt, cs="windows-1256", cte="quoted-printable"), client="gmail", subj_cs="windows-1256")


@msg("kreyol-depresyon-apre-akouchman", "restricted", "mental health: Haitian Creole message from a counsellor to a named client about postpartum depression therapy", lang="ht", cat=MH)
def _():
    txt = """Bonjou Nadège,

Mwen kontan nou te pale jodi a. Jan nou te di, sa w ap viv la se
depresyon apre akouchman, e li trete. Nou ap kontinye terapi chak
madi a 2è. Doktè Rowe ap wè w 30 jen pou l gade si w bezwen medikaman.

Si w santi w pa an sekirite, rele 988.

Jocelyne Pierre, LMHC - Pwogram Sante Mantal Manman Marigold
"""
    return mail(A("Jocelyne Pierre", "jpierre@" + MG), A("Nadège Joseph", "nadege.joseph@mailbox.example.com"), "Swivi terapi",
                D(6, 23, 16, 0), T(txt, cte="base64"), client="outlook")


@msg("rpp-beremennost-rodstvennitsa", "restricted", "mental health: Russian family mail about a named pregnant relative's eating disorder treatment", lang="ru", cat=MH)
def _():
    txt = """Оля, привет.

Катю положили в дневной стационар по лечению расстройств пищевого
поведения. У неё снова анорексия, на 20 неделе беременности она весит
меньше, чем до беременности. Её ведут психиатр и диетолог, три раза в
неделю групповая терапия. Врач говорит, что малыш пока растёт нормально.

Пожалуйста, не говори маме.
Анастасия
"""
    return mail(A("Анастасия Кузнецова", "nastya.k@webmail.example.net"), A("Ольга Смирнова", "olga.doula@webmail.example.net"), "Про Катю",
                D(10, 4, 21, 0), T(txt, cs="koi8-r", cte="base64"), client="thunderbird", subj_cs="koi8-r")


@msg("maternal-recovery-bup-update", "restricted", "substance-use treatment: OB clinic coordinates a named pregnant patient's buprenorphine for opioid use disorder", cat=SU)
def _():
    txt = """Dr. Okonkwo,

Brianna Fuentes (MRN 40-702215), 22w, is stable on buprenorphine
16 mg/day (mono product) for opioid use disorder since her induction
at 14 weeks. UDS today positive for buprenorphine only. She attends
the Harbor Light counselling group Tuesdays. Neonatology consult
booked for 32 weeks to discuss NOWS monitoring.

Next Rx due 4/14; 2-week supply.

Dana Price, NP - Maternal Recovery Clinic
"""
    return mail(A("Dana Price, NP", "dprice@" + MG), ld("Ifeoma Okonkwo", "iokonkwo"), "Fuentes - bup update", D(3, 31, 13, 0), T(txt), client="outlook")


@msg("metadona-dosis-posparto", "restricted", "substance-use treatment: Spanish methadone clinic message about a named patient's postpartum dose adjustment", lang="es", cat=SU)
def _():
    txt = """Hola, Valeria:

Después del parto, el Dr. Kim bajará tu dosis de metadona de 110 mg a
95 mg a partir del lunes, porque ya no estás embarazada y el cuerpo la
procesa más lento. Sigues con dosis para llevar los domingos. Tu
consejera Ana te ve el miércoles.

Puedes seguir dándole pecho a Santiago.

Clínica Harbor Light - 555-0185
"""
    return mail(A("Clínica Harbor Light", "dosificacion@harborlight.example.org"), A("Valeria Ramírez", "vale.ramirez@correo.example.com"), "Cambio de dosis",
                D(9, 10, 8, 30), T(txt, cte="quoted-printable"), client="outlook")


@msg("nicu-nows-mother-methadone", "restricted", "substance-use treatment: NICU note on a named infant's withdrawal scoring that names the mother's methadone treatment", cat=SU)
def _():
    txt = """Team - update on baby Santiago Ramírez (MRN 40-741190), DOL 5.

Mother on methadone 110 mg for OUD (Harbor Light). Eat-Sleep-Console
assessments: poor sleep x2 last night, otherwise consolable. No
morphine needed so far. Rooming-in with mom on 4 West, breastfeeding.
Continue ESC, plan discharge day 7 if stable.

Sunil Mehra, MD, Neonatology
"""
    return mail(A("Sunil Mehra", "smehra@" + MG), A("NICU Team", "nicu-team@" + MG), "Ramirez baby ESC update", D(9, 1, 9, 0), T(txt), client="outlook")


@msg("iop-postpartum-group-csv", "restricted", "substance-use treatment: intensive outpatient programme attendance CSV listing named postpartum clients", cat=SU)
def _():
    rows = [["client", "dob", "program", "week", "sessions_attended", "uds", "notes"],
            ["Brianna Fuentes", "2004-09-17", "Moms IOP", "6", "3/3", "neg", "bup 16 mg"],
            ["Latrice Pope", "1995-03-02", "Moms IOP", "2", "2/3", "pos THC", "childcare barrier"],
            ["Amber Knox", "1990-12-15", "Moms IOP", "9", "3/3", "neg", "step down to OP"]]
    return mail(A("Harbor Light IOP", "iop@harborlight.example.org"), A("Dana Price, NP", "dprice@" + MG), "Moms IOP weekly attendance",
                D(8, 28, 16, 0), Mixed(T("Weekly attendance attached (Part 2 consent on file for each client).\n"), Att("text/csv", csv_bytes(rows), "moms_iop_week35.csv")), client="outlook")


@msg("hiv-viral-load-pregnancy", "restricted", "HIV: ID clinic tells OB a named pregnant patient's viral load on ART and delivery plan", cat=HV)
def _():
    txt = """Dr. Baptiste,

Update on our shared patient Grace Mwangi (DOB 12/01/1993), 34w:
HIV-1 viral load 38 copies/mL (undetectable by 36-week threshold),
CD4 612. Continue bictegravir/emtricitabine/tenofovir alafenamide.
Vaginal delivery is fine; no intrapartum zidovudine needed. Infant
zidovudine x 4 weeks. She is considering breastfeeding - let's meet
with her and peds.

Dr. Omar Castillo, Infectious Diseases
"""
    return mail(A("Omar Castillo", "ocastillo@" + MG), ld("Noelle Baptiste", "nbaptiste"), "Mwangi - VL 34w", D(8, 6, 12, 0), T(txt), client="outlook")


@msg("prenatal-panel-hiv-nonreactive", "restricted", "borderline: a named patient's routine prenatal panel includes her HIV status (nonreactive), which is HIV information", cat=HV)
def _():
    txt = """Hi Priya,

Your first-trimester labs are all normal:
  Blood type O positive, antibody screen negative
  Hemoglobin 12.4
  Rubella immune, varicella immune
  Hepatitis B surface antigen negative, hepatitis C negative
  HIV 1/2 antigen/antibody: nonreactive
  Urine culture: no growth

See you at 16 weeks!
Dr. Ivy Li
"""
    return mail(A("MyMarigold", "no-reply@" + MG), A("Priya Natarajan", "priya.n@inbox.example.net"), "Your lab results", D(2, 23, 15, 0), T(txt), client="system")


@msg("prep-pagkatapos-manganak-tagalog", "restricted", "HIV: Tagalog message from a clinic about a named postpartum patient continuing PrEP while breastfeeding", lang="tl", cat=HV)
def _():
    txt = """Hi Joy,

Ayon sa usapan natin kanina, puwede mong ituloy ang PrEP (emtricitabine/
tenofovir) habang nagpapasuso kay baby Althea. Negatibo ang HIV test mo
kahapon. Babalik ka sa Setyembre 15 para sa susunod na HIV test at
refill.

Nurse Carmela - Lantern Reproductive Health, 555-0163
"""
    return mail(A("Carmela Dizon, RN", "cdizon@lanternrh.example.org"), A("Joy Santos", "joy.santos@inbox.example.net"), "Tungkol sa PrEP mo",
                D(8, 25, 14, 0), T(txt), client="outlook")


# ============================================================== build ====
FORBIDDEN = ("trap", "phi", "restricted", "none")


def build():
    order = list(MESSAGES)
    random.Random(SEED).shuffle(order)
    files, rows = {}, []
    for i, m in enumerate(order, 1):
        ST.slug, ST.n = m["slug"], 0
        raw = m["fn"]()
        path = "%s/%03d-%s.eml" % (m["label"], i, m["slug"])
        m["path"] = path
        files[path] = raw
        rows.append("%s\t%s\t%s" % (path, m["label"], m["reason"]))
    labels = ("\n".join(sorted(rows)) + "\n").encode("utf-8")
    return files, labels, order


def write():
    files, labels, _ = build()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml") and "%s/%s" % (lab, f) not in files:
                os.remove(os.path.join(d, f))
    for p, raw in files.items():
        with open(os.path.join(HERE, p), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels)


# -------------------------------------------------------------- checks --
ALLOWED_DOM = re.compile(r"(^|\.)example\.(com|org|net)$|\.test$|^example\.(com|org|net)$", re.I)
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"(?:https?|ftp)://([^/\s\"'<>:?#]+)", re.I)
RE_HOST = re.compile(r"(?<![\w.-])((?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*)(?![\w-])")
HOST_TLDS = {"com", "org", "net", "edu", "gov", "io", "us", "co", "info", "biz", "test"}
RE_555 = re.compile(r"(?<!\d)555[-. ]?(\d{4})(?!\d)")
RE_PHONE = re.compile(r"(?<!\d)\(?\d{3}\)?[-. ]\d{3}-\d{4}(?!\d)")
RE_NPI = re.compile(r"NPI[:#\s]*(\d{10})(?!\d)")
RE_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
RE_QP_LINE = re.compile(rb"^(?:[\x21-\x3c\x3e-\x7e\t ]|=[0-9A-F]{2})*=?$")


def _pdf_check(data, where, texts):
    errs = []
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n?$", data)
    if not m:
        return ["%s: PDF without startxref" % where]
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        errs.append("%s: startxref does not point at xref" % where)
        return errs
    lines = data[x:].split(b"\n")
    start, count = map(int, lines[1].split())
    for k in range(1, count):
        off = int(lines[2 + k][:10])
        if not data[off:].startswith(b"%d 0 obj" % (start + k)):
            errs.append("%s: xref offset for object %d wrong" % (where, start + k))
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        n = int(sm.group(1))
        body = data[sm.end():sm.end() + n]
        if data[sm.end() + n:sm.end() + n + 10] != b"\nendstream":
            errs.append("%s: stream length wrong" % where)
            continue
        if sm.group(2):
            try:
                body = zlib.decompress(body)
            except zlib.error:
                errs.append("%s: Flate stream does not inflate" % where)
                continue
        texts.extend(s.decode("latin-1") for s in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", body))
    return errs


def _docx_check(data, where, texts):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            return ["%s: docx member CRC error" % where]
        doc = z.read("word/document.xml")
        dom = xml.dom.minidom.parseString(doc)
        texts.extend(n.firstChild.data for n in dom.getElementsByTagName("w:t") if n.firstChild)
    except Exception as e:  # noqa
        return ["%s: bad docx: %s" % (where, e)]
    return []


def _check_scan(texts, where):
    errs = []
    blob = "\n".join(texts)
    for rx in (RE_EMAIL, RE_URL, RE_HOST):
        for m in rx.finditer(blob):
            d = m.group(1).lower().rstrip(".")
            if rx is RE_HOST and d.rsplit(".", 1)[-1] not in HOST_TLDS:
                continue
            if not ALLOWED_DOM.search(d):
                errs.append("%s: domain not under example/.test: %s" % (where, d))
    for m in RE_555.finditer(blob):
        if not m.group(1).startswith("01"):
            errs.append("%s: 555 number outside 555-01xx: %s" % (where, m.group(0)))
    for m in RE_PHONE.finditer(blob):
        if "555" not in m.group(0):
            errs.append("%s: phone number not in 555 range: %s" % (where, m.group(0)))
    for m in RE_NPI.finditer(blob):
        if not npi_ok(m.group(1)):
            errs.append("%s: NPI fails Luhn: %s" % (where, m.group(1)))
    for m in RE_IP.finditer(blob):
        o = [int(g) for g in m.groups()]
        if max(o) > 255:
            continue
        ok = o[0] == 10 or o[:2] == [192, 168] or (o[0] == 172 and 16 <= o[1] <= 31) or o[:3] in ([192, 0, 2], [198, 51, 100], [203, 0, 113])
        if not ok:
            errs.append("%s: IPv4 outside documentation/private ranges: %s" % (where, m.group(0)))
    return errs


def _raw_headers(raw):
    return raw.split(b"\r\n\r\n", 1)[0]


def check_message(path, raw):
    errs = []
    w = path
    if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
        errs.append("%s: bare CR or LF" % w)
    if not raw.endswith(b"\r\n"):
        errs.append("%s: no final CRLF" % w)
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            errs.append("%s: line over 998 octets" % w)
            break
    msg_ = BytesParser(policy=email.policy.default).parsebytes(raw)
    texts = []
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg_[h] is None:
            errs.append("%s: missing %s" % (w, h))
    if msg_["Content-Type"] is not None and msg_["MIME-Version"] is None:
        errs.append("%s: Content-Type without MIME-Version" % w)
    try:
        dt = msg_["Date"].datetime
        if dt.year != 2026 or dt.tzinfo is None:
            errs.append("%s: Date not in 2026 with a zone" % w)
    except Exception:
        errs.append("%s: unparsable Date" % w)
    if not re.match(r"^<[^<>@\s]+@[A-Za-z0-9.-]+>$", str(msg_["Message-ID"] or "")):
        errs.append("%s: malformed Message-ID" % w)
    texts.append(str(msg_["Message-ID"]))
    for part in msg_.walk():
        if part.defects:
            errs.append("%s: part defects %s" % (w, part.defects))
        for k, v in part.raw_items():
            if not v.isascii():
                errs.append("%s: raw 8-bit in header %s" % (w, k))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: header %s defects %s" % (w, k, v.defects))
            if "=?" in str(v):
                errs.append("%s: undecoded encoded word in %s" % (w, k))
            texts.append("%s: %s" % (k, v))
        ct = part.get_content_type()
        if part.get_content_maintype() == "multipart":
            continue
        if ct == "message/rfc822":
            inner = part.get_payload(0)
            for h in ("From", "Subject", "Date"):
                if inner[h] is None:
                    errs.append("%s: attached message missing %s" % (w, h))
            continue
        if part.get_content_maintype() == "message":
            try:
                part.get_content()
            except Exception as e:
                errs.append("%s: get_content failed on %s: %s" % (w, ct, e))
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        payload = part._payload  # raw, before any charset decoding
        praw = payload.encode("ascii", "surrogateescape") if isinstance(payload, str) else payload
        if cte == "base64":
            lines = [l for l in praw.replace(b"\r\n", b"\n").split(b"\n") if l]
            if any(len(l) > 76 for l in lines):
                errs.append("%s: base64 line over 76" % w)
            try:
                j = b"".join(lines)
                if base64.b64encode(base64.b64decode(j, validate=True)) != j:
                    raise ValueError
            except Exception:
                errs.append("%s: base64 not strict" % w)
        elif cte == "quoted-printable":
            for l in praw.replace(b"\r\n", b"\n").split(b"\n"):
                if len(l) > 76 or not RE_QP_LINE.match(l) or (l[-1:] in (b" ", b"\t")):
                    errs.append("%s: QP line not strict: %r" % (w, l[:40]))
                    break
        elif cte == "7bit":
            if not praw.isascii():
                errs.append("%s: 8-bit data in 7bit part" % w)
        elif cte != "8bit":
            errs.append("%s: unknown CTE %s" % (w, cte))
        data = part.get_payload(decode=True)
        try:
            content = part.get_content()
        except Exception as e:
            errs.append("%s: get_content failed on %s: %s" % (w, ct, e))
            continue
        cs = part.get_content_charset()
        if part.get_content_maintype() == "text" or ct == "application/ics":
            try:
                txt = data.decode(codec(cs or "us-ascii"), "strict")
            except Exception:
                errs.append("%s: %s part does not decode as %s" % (w, ct, cs))
                continue
            texts.append(txt.replace("\r\n ", "").replace("\r\n\t", "") if ct in ("text/calendar", "application/ics") else txt)
            if ct in ("text/calendar", "application/ics"):
                b_ = re.findall(r"^BEGIN:(\S+)", txt, re.M)
                e_ = re.findall(r"^END:(\S+)", txt, re.M)
                if sorted(b_) != sorted(e_) or not b_:
                    errs.append("%s: ICS BEGIN/END unbalanced" % w)
        elif ct == "application/pdf":
            errs.extend(_pdf_check(data, w, texts))
        elif ct.endswith("wordprocessingml.document"):
            errs.extend(_docx_check(data, w, texts))
        elif ct == "application/hl7-v2":
            texts.append(data.decode("ascii"))
        fn = part.get_filename()
        if fn:
            texts.append(fn)
    errs.extend(_check_scan(texts, w))
    return errs


def check():
    errs = []
    files, labels, order = build()
    # registry
    counts = {l: 0 for l in LABELS}
    slugs = set()
    for m in order:
        counts[m["label"]] += 1
        if m["slug"] in slugs:
            errs.append("duplicate slug %s" % m["slug"])
        slugs.add(m["slug"])
        if any(f in m["slug"] for f in FORBIDDEN):
            errs.append("slug contains a forbidden word: %s" % m["slug"])
        if not re.match(r"^[a-z0-9-]+$", m["slug"]):
            errs.append("slug not [a-z0-9-]: %s" % m["slug"])
        if m["label"] == "restricted" and m["cat"] not in CATS:
            errs.append("restricted without category: %s" % m["slug"])
        if m["label"] != "restricted" and m["cat"]:
            errs.append("category on non-restricted: %s" % m["slug"])
        if "\t" in m["reason"] or "\n" in m["reason"]:
            errs.append("bad reason: %s" % m["slug"])
    if counts != WANT:
        errs.append("counts %s != %s" % (counts, WANT))
    traps = sum(1 for m in order if m["label"] == "none" and m["trap"])
    if traps < 75:
        errs.append("only %d traps" % traps)
    nums = sorted(int(os.path.basename(p)[:3]) for p in files)
    if nums != list(range(1, 201)):
        errs.append("numbers are not 001-200")
    # on disk
    on_disk = set()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if os.path.isdir(d):
            on_disk |= {"%s/%s" % (lab, f) for f in os.listdir(d) if f.endswith(".eml")}
    if on_disk != set(files):
        errs.append("files on disk differ from gen.py: extra %s missing %s" % (sorted(on_disk - set(files))[:5], sorted(set(files) - on_disk)[:5]))
    try:
        with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
            disk_labels = fh.read()
    except OSError:
        disk_labels = b""
    if disk_labels != labels:
        errs.append("labels.tsv differs from what gen.py writes")
    seen = set()
    for line in disk_labels.decode("utf-8").splitlines():
        f, lab, reason = line.split("\t")
        if f in seen:
            errs.append("labels.tsv lists %s twice" % f)
        seen.add(f)
        if f.split("/")[0] != lab:
            errs.append("labels.tsv label/folder mismatch %s" % f)
    if seen != set(files):
        errs.append("labels.tsv does not list every file once")
    for p in sorted(files):
        fp = os.path.join(HERE, p)
        if not os.path.exists(fp):
            continue
        with open(fp, "rb") as fh:
            raw = fh.read()
        if raw != files[p]:
            errs.append("%s: differs from what gen.py writes" % p)
        errs.extend(check_message(p, raw))
    return errs, files, order


def stats(order, files):
    out = []
    out.append("label counts: %s" % {l: sum(1 for m in order if m["label"] == l) for l in LABELS})
    out.append("none traps: %d" % sum(1 for m in order if m["label"] == "none" and m["trap"]))
    out.append("borderline: %d" % sum(1 for m in order if m["reason"].startswith("borderline:")))
    for l in LABELS:
        langs = {}
        for m in order:
            if m["label"] == l and m["lang"] != "en":
                langs[m["lang"]] = langs.get(m["lang"], 0) + 1
        out.append("not English, %s: %d %s" % (l, sum(langs.values()), dict(sorted(langs.items()))))
    out.append("not English total: %d" % sum(1 for m in order if m["lang"] != "en"))
    cats = {}
    for m in order:
        if m["cat"]:
            cats[m["cat"]] = cats.get(m["cat"], 0) + 1
    out.append("restricted categories: %s" % cats)
    top, parts, ctes, css = {}, {}, {}, {}
    for p, raw in files.items():
        msg_ = BytesParser(policy=email.policy.default).parsebytes(raw)
        t = msg_.get_content_type()
        top[t] = top.get(t, 0) + 1
        for i, part in enumerate(msg_.walk()):
            ct = part.get_content_type()
            if i:
                parts[ct] = parts.get(ct, 0) + 1
            if not part.is_multipart():
                c = (part.get("Content-Transfer-Encoding") or "7bit").lower()
                ctes[c] = ctes.get(c, 0) + 1
                cs = part.get_content_charset()
                if cs:
                    css[cs] = css.get(cs, 0) + 1
    out.append("top-level: %s" % dict(sorted(top.items(), key=lambda x: -x[1])))
    out.append("inner parts: %s" % dict(sorted(parts.items(), key=lambda x: -x[1])))
    out.append("transfer encodings: %s" % ctes)
    out.append("charsets: %s" % css)
    clients = {}
    for raw in files.values():
        h = _raw_headers(raw).decode("ascii", "replace")
        m = re.search(r"^(?:X-Mailer|User-Agent): (.*)$", h, re.M)
        k = m.group(1).split(" (")[0].strip() if m else ("auto-generated" if "Auto-Submitted" in h else ("bulk" if "Precedence: bulk" in h else ("Gmail-style (no X-Mailer)" if "Message-ID: <CA+" in h else "no client header")))
        clients[k] = clients.get(k, 0) + 1
    out.append("clients: %s" % clients)
    return "\n".join(out)


def main(argv):
    if "--stats" in argv:
        files, labels, order = build()
        print(stats(order, files))
        return 0
    if "--check" not in argv:
        write()
    errs, files, order = check()
    for e in errs:
        print("FAIL", e)
    if errs:
        print("%d problem(s)" % len(errs))
        return 1
    c = {l: sum(1 for m in order if m["label"] == l) for l in LABELS}
    print("ok: %d messages (none %d, phi %d, restricted %d), labels.tsv consistent, every file matches gen.py, MIME valid"
          % (len(files), c["none"], c["phi"], c["restricted"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
