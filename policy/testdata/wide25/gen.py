#!/usr/bin/env python3
"""Generator for wide25: everyday one-to-one mail between patients, their
families and the people and services that care for them (offices, nurse
lines, pharmacies, dental, vision, therapy, home health, hospice, billing,
school nurses, counselling, treatment clinics), and the look-alike mail that
is about no one (mass reminders, campaigns, newsletters, marketing, surveys,
staff mail, vendor mail, phishing, spam).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print the counts used in README.md

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries,
zip timestamps and a fixed shuffle seed.  Every person, organisation,
address, phone number and identifier below is invented.
"""
import base64
import binascii
import datetime
import hashlib
import io
import os
import random
import re
import struct
import sys
import textwrap
import zipfile
import zlib
import email
import email.policy
import email.utils
import xml.etree.ElementTree as ET
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260425
LABELS = ("none", "phi", "restricted")
COUNTS = {"none": 100, "phi": 65, "restricted": 35}
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-15": "iso8859_15",
    "windows-1252": "cp1252", "windows-1251": "cp1251",
    "windows-1256": "cp1256", "koi8-r": "koi8_r", "gb2312": "gb2312",
    "big5": "big5", "shift_jis": "shift_jis", "euc-kr": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


def tx(s):
    """Dedent a triple-quoted body and drop its first newline."""
    return textwrap.dedent(s).lstrip("\n")


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0


ST = _State()


def _h(*parts):
    ST.n += 1
    src = "|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])
    return hashlib.sha1(src.encode()).hexdigest()


def _hs(*parts):
    """A stable hash that does not depend on render order."""
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def bnd(style):
    """A deterministic MIME boundary in one of several client styles."""
    h = _h("b")
    if style == "outlook":
        return "----=_NextPart_000_%s_%s.%s" % (h[0:4].upper(), h[4:12].upper(), h[12:20].upper())
    if style == "gmail":
        return "000000000000%s" % h[0:16]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[0:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if style == "java":
        return "----=_Part_%d_%d.%d" % (int(h[0:4], 16), int(h[4:12], 16), 1770000000000 + int(h[12:20], 16) % 30000000000)
    if style == "tbird":
        return "------------%s" % "".join(str(int(c, 16) % 10) for c in h[0:24])
    return "=_%s" % h[0:28]


def mid_for(slug, domain, style, salt=""):
    h = _hs("mid", slug, domain, salt)
    if style == "outlook":
        local = "%s%s" % (h[0:4].upper() + "PR" + h[4:6].upper() + "MB" + h[6:10].upper(), h[10:30].upper())
    elif style == "gmail":
        local = "CA+%s" % base64.b64encode(bytes.fromhex(h[0:34])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    elif style == "apple":
        local = "%s-%s-%s-%s-%s" % (h[0:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    elif style == "tbird":
        local = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    else:
        local = "%d.%s.%s" % (1770000000 + int(h[0:7], 16) % 30000000, h[7:15], "JavaMail.tomcat")
    return "<%s@%s>" % (local, domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def us_tz(y, mo, d, std=-5):
    dd = datetime.date(y, mo, d)
    dst = datetime.date(2026, 3, 8) <= dd < datetime.date(2026, 11, 1)
    off = std + (1 if dst else 0)
    return "%+03d00" % off


def D(y, mo, d, h, mi=0, s=0, tz=None):
    """RFC 5322 date; US Eastern offset unless tz is given."""
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
    """RFC 2047 encoded words (folded) for a non-ASCII header value."""
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


def A(name, addr=None, cs="utf-8", mode="B"):
    """A mailbox: display name (quoted or RFC 2047) plus address."""
    if addr is None:
        return name
    if not name:
        return addr
    if name.isascii():
        if any(c in _SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, cs, mode), addr)


def _param(k, v):
    if v.isascii():
        return '%s="%s"' % (k, v.replace('"', '\\"'))
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
    return "%s*=utf-8''%s" % (k, enc)


def _fold_params(first, params):
    s = first
    line = s
    for k, v in params:
        p = _param(k, v)
        if len(line) + len(p) + 2 > 76:
            s += ";\r\n\t" + p
            line = "\t" + p
        else:
            s += "; " + p
            line += "; " + p
    return s


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte="7bit", disp=None,
                 filename=None, children=None, headers=(), style="plain",
                 preamble=None):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.disp, self.filename, self.children = disp, filename, children
        self.headers, self.style, self.preamble = list(headers), style, preamble

    def head(self):
        params = list(self.params)
        if self.children is not None:
            self.boundary = bnd(self.style)
            params.append(("boundary", self.boundary))
        if self.filename and not self.ctype.startswith("text/plain"):
            params.append(("name", self.filename))
        h = ["Content-Type: " + _fold_params(self.ctype, params)]
        if self.children is None:
            h.append("Content-Transfer-Encoding: " + self.cte)
        if self.disp:
            dp = [("filename", self.filename)] if self.filename else []
            h.append("Content-Disposition: " + _fold_params(self.disp, dp))
        h.extend(self.headers)
        return h

    def body(self):
        if self.children is not None:
            out = b""
            if self.preamble:
                out += self.preamble.encode("ascii") + b"\r\n"
            for c in self.children:
                out += b"--" + self.boundary.encode() + b"\r\n" + c.bytes()
            out += b"--" + self.boundary.encode() + b"--\r\n"
            return out
        d = self.data
        if self.cte == "base64":
            return b64_encode(d)
        if not d.endswith(b"\r\n"):
            d += b"\r\n"
        if self.cte == "quoted-printable":
            return qp_encode(d)
        return d

    def bytes(self):
        h = self.head()
        return (CRLF.join(h) + CRLF + CRLF).encode("ascii") + self.body()


def T(text, cs=None, cte=None, sub="plain", flowed=False, disp=None, filename=None):
    """A text part; charset and transfer encoding picked sensibly if omitted."""
    text = nl(text)
    if cs is None:
        cs = "us-ascii" if text.isascii() else "utf-8"
    data = text.encode(codec(cs))
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    params = [("charset", cs)]
    if flowed:
        params.append(("format", "flowed"))
    return Part("text/" + sub, data, params, cte, disp=disp, filename=filename)


def H(html, cs=None, cte=None):
    return T(html, cs, cte or "quoted-printable", sub="html")


def ALT(*parts, style="gmail"):
    return Part("multipart/alternative", children=list(parts), style=style)


def MIX(*parts, style="gmail", preamble=None):
    return Part("multipart/mixed", children=list(parts), style=style, preamble=preamble)


def REL(*parts, style="outlook"):
    return Part("multipart/related", children=list(parts), style=style, params=[("type", "text/html")])


def ATT(ctype, data, filename, cte="base64", disp="attachment", params=(), headers=()):
    if isinstance(data, str):
        data = nl(data).encode("utf-8")
    return Part(ctype, data, params, cte, disp=disp, filename=filename, headers=headers)


def q(text, depth=1):
    """Quote text with '>' marks the way mail clients do."""
    pre = ">" * depth
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            out.append(pre + line)
        elif line:
            out.append(pre + " " + line)
        else:
            out.append(pre)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ documents --
def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(lines, title="Document", compress=False, producer="Quillfield DocGen 3.1"):
    """A small PDF with a real text layer (Helvetica, WinAnsi).  Lines that
    start with '#' are set in bold."""
    per = 50
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    objs = {}
    n_pages = len(pages)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join("%d 0 R" % (6 + 2 * i) for i in range(n_pages))
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Title " + _pdf_str(title) + b" /Producer " + _pdf_str(producer) + b" /CreationDate (D:20260301090000-05'00') >>"
    for i, pl in enumerate(pages):
        cs = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 770 Td"]
        for ln in pl:
            if ln.startswith("#"):
                cs.append(b"/F2 11 Tf " + _pdf_str(ln[1:].strip()) + b" Tj T* /F1 10 Tf")
            else:
                cs.append(_pdf_str(ln) + b" Tj T*")
        cs.append(b"ET")
        stream = b"\n".join(cs) + b"\n"
        if compress:
            z = zlib.compress(stream, 9)
            objs[7 + 2 * i] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"
        else:
            objs[7 + 2 * i] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[6 + 2 * i] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (7 + 2 * i)).encode()
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return out


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paras, author="Quillfield Health"):
    """A minimal but valid .docx; paragraphs starting with '#' are bold."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % _xesc(author))
    body = []
    for p in paras:
        if p.startswith("#"):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(p[1:].strip()))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) +
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)])


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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


def ics(method, uid, start, end, summary, location="", desc="", organizer=None,
        attendees=(), status="CONFIRMED", prodid="-//Quillfield Health//Scheduling 4.2//EN",
        alarm=None, seq=0):
    """start/end: 'YYYYMMDDTHHMMSS' local America/New_York time."""
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:America/New_York",
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
         "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
         "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
         "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260301T120000Z",
         "DTSTART;TZID=America/New_York:" + start, "DTEND;TZID=America/New_York:" + end,
         "SEQUENCE:%d" % seq, "STATUS:" + status, "SUMMARY:" + _ics_esc(summary)]
    if location:
        L.append("LOCATION:" + _ics_esc(location))
    if desc:
        L.append("DESCRIPTION:" + _ics_esc(desc))
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, addr in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (cn, addr))
    if alarm:
        L += ["BEGIN:VALARM", "TRIGGER:-PT%dM" % alarm, "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(x) for x in L) + "\r\n"


def CAL(text, method="REQUEST", filename=None, cte="7bit"):
    data = text.encode("utf-8")
    if cte == "7bit" and not data.isascii():
        cte = "quoted-printable"
    p = Part("text/calendar", data, [("charset", "utf-8"), ("method", method)], cte,
             disp="attachment" if filename else None, filename=filename)
    return p


# -------------------------------------------------------------- messages --
MSGS = []
_ADDR = re.compile(r"<([^<>]+)>\s*$")


def addr_of(mbox):
    m = _ADDR.search(mbox)
    return (m.group(1) if m else mbox).strip()


def _outlook_html(text, cs):
    """The HTML half Outlook sends next to a plain-text body."""
    out = ['<html><head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs,
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           '<style><!--',
           'p.MsoNormal, li.MsoNormal, div.MsoNormal',
           '\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}',
           'span.EmailStyle17 {mso-style-type:personal-compose;}',
           '--></style></head>',
           '<body lang="EN-US" link="#0563C1" vlink="#954F72">',
           '<div class="WordSection1">']
    paras, prev = [], ""
    for line in text.replace("\r\n", "\n").rstrip("\n").split("\n"):
        # a line that continues a wrapped line joins its paragraph again
        if paras and paras[-1] is not None and len(prev) > 60 and line.strip() and not line.lstrip().startswith(("-", "*", ">")) \
                and not re.match(r"\s*\d+\.\s", line):
            paras[-1] = paras[-1] + " " + line.strip()
        elif not line.strip():
            paras.append(None)
        else:
            paras.append(line.rstrip())
        prev = line
    for para in paras:
        if para is None:
            out.append('<p class="MsoNormal">&nbsp;</p>')
        elif set(para.strip()) == {"_"}:
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"></div>')
        else:
            lead = len(para) - len(para.lstrip(" "))
            out.append('<p class="MsoNormal">%s%s</p>' % ("&nbsp;" * lead, _xesc(para.strip())))
    out += ['</div>', '</body></html>']
    return "\n".join(out) + "\n"


def _outlookify(p):
    """Plain text from Outlook becomes multipart/alternative with HTML."""
    if p.children is None and p.ctype == "text/plain" and not p.filename:
        cs = dict(p.params).get("charset", "us-ascii")
        text = p.data.decode(codec(cs))
        cte = p.cte if p.cte in ("base64", "quoted-printable") else "quoted-printable"
        return ALT(p, T(_outlook_html(text, cs), cs, cte, sub="html"), style="outlook")
    if p.ctype == "multipart/mixed" and p.children:
        p.children[0] = _outlookify(p.children[0])
    return p


def add(slug, label, lang, reason, *, frm, to, subj, date, body, cat=None,
        trap=None, where=None, cc=None, hcs="utf-8", hmode="B", extra=(),
        irt=None, refs=None, mailer=None, ua=None, mstyle=None, recv=True,
        reply_to=None, no_mime=False, msgid=None):
    if mailer == OUTLOOK:
        body = _outlookify(body)
    MSGS.append(dict(slug=slug, label=label, lang=lang, reason=reason, cat=cat,
                     trap=trap, where=where,
                     kw=dict(frm=frm, to=to, subj=subj, date=date, body=body,
                             cc=cc, hcs=hcs, hmode=hmode, extra=list(extra),
                             irt=irt, refs=refs, mailer=mailer, ua=ua,
                             mstyle=mstyle, recv=recv, reply_to=reply_to,
                             no_mime=no_mime, msgid=msgid)))


def pmid(tag, domain, style="gmail"):
    """Message-ID of an earlier message in a thread (for In-Reply-To)."""
    return mid_for("parent:" + tag, domain, style)


def _addrlist(v):
    if v is None:
        return None
    if isinstance(v, str):
        return v
    return ",\r\n ".join(v)


def _ip(seed):
    h = int(_hs("ip", seed)[0:4], 16)
    nets = ["192.0.2", "198.51.100", "203.0.113"]
    return "%s.%d" % (nets[h % 3], 10 + h % 240)


def render(m):
    ST.slug = m["slug"]
    ST.n = 0
    k = m["kw"]
    fa = addr_of(k["frm"])
    dom = fa.split("@", 1)[1]
    style = k["mstyle"] or ["gmail", "outlook", "apple", "tbird", "java"][int(_hs(m["slug"])[0], 16) % 5]
    H = []
    if k["recv"]:
        sid = _hs("smtp", m["slug"])[0:10].upper()
        H.append("Return-Path: <%s>" % fa)
        H.append("Received: from mail.%s (mail.%s [%s])\r\n\tby mx2.relay.example.net (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
                 % (dom, dom, _ip(m["slug"]), sid, addr_of(k["to"] if isinstance(k["to"], str) else k["to"][0]), k["date"]))
    H.append("From: " + k["frm"])
    H.append("To: " + _addrlist(k["to"]))
    if k["cc"]:
        H.append("Cc: " + _addrlist(k["cc"]))
    if k["reply_to"]:
        H.append("Reply-To: " + k["reply_to"])
    H.append("Subject: " + ew(k["subj"], k["hcs"], k["hmode"]))
    H.append("Date: " + k["date"])
    H.append("Message-ID: " + (k["msgid"] or mid_for(m["slug"], dom, style)))
    if k["irt"]:
        H.append("In-Reply-To: " + k["irt"])
        H.append("References: " + (k["refs"] or k["irt"]))
    if k["mailer"] == OUTLOOK and not any(n == "Thread-Index" for n, _ in k["extra"]):
        topic = re.sub(r"^((RE|FW|Fwd|AW):\s*)+", "", k["subj"], flags=re.I)
        H.append("Thread-Topic: " + ew(topic, k["hcs"], k["hmode"]))
        H.append("Thread-Index: " + base64.b64encode(b"\x01\xdc" + bytes.fromhex(_hs("ti", m["slug"])[0:40])).decode())
    if k["mailer"]:
        H.append("X-Mailer: " + k["mailer"])
    if k["ua"]:
        H.append("User-Agent: " + k["ua"])
    for name, val in k["extra"]:
        H.append("%s: %s" % (name, val))
    body = k["body"]
    if k["no_mime"]:
        data = body.data
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        return (CRLF.join(H) + CRLF + CRLF).encode("ascii") + data
    H.append("MIME-Version: 1.0")
    return (CRLF.join(H) + CRLF).encode("ascii") + body.bytes()


# ------------------------------------------------------------- generate --
def generate():
    """Render every message; returns {file name: (message dict, bytes)}."""
    slugs = [m["slug"] for m in MSGS]
    if len(set(slugs)) != len(slugs):
        raise SystemExit("duplicate slugs: %s" % sorted(s for s in set(slugs) if slugs.count(s) > 1))
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    out = {}
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        out["%03d-%s.eml" % (n, m["slug"])] = (m, render(m))
    return out


def labels_text(gen):
    lines = ["%s\t%s\t%s" % (fn, m["label"], m["reason"]) for fn, (m, _) in sorted(gen.items())]
    return "\n".join(lines) + "\n"


def write(gen):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        want = {fn for fn, (m, _) in gen.items() if m["label"] == lab}
        for fn in os.listdir(d):
            if fn.endswith(".eml") and fn not in want:
                os.remove(os.path.join(d, fn))
    for fn, (m, data) in gen.items():
        with open(os.path.join(HERE, m["label"], fn), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(labels_text(gen))


# ---------------------------------------------------------------- check --
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
RE_URL = re.compile(r"(?i)\b(?:https?|ftp)://([^/\s\"'<>)\]?#]+)")
RE_HOST = re.compile(r"(?i)(?<![\w.@\-])((?:[a-z0-9\-]+\.)+(?:com|org|net|test|gov|edu|io|info|biz|us|ru|cn|co|de|uk|kr|jp|tw|vn|br|fr|pl|ht|so|in|mx|ph|app|online|shop|xyz))(?![\w\-])")
RE_555 = re.compile(r"(?<!\d)555[-.\s]?(\d{4})(?!\d)")
RE_PHONE = re.compile(r"(?<![\d\-])\(?\d{3}\)?[-.\s]{1,2}\d{3}[-.\s]\d{4}(?![\d\-])")
RE_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
RE_MID = re.compile(r"^<[^<>@\s]+@[A-Za-z0-9.\-]+>$")
FORBIDDEN_SLUG = ("trap", "phi", "restricted", "none")


def dom_ok(d):
    d = d.lower().rstrip(".")
    if d in ("example.com", "example.org", "example.net"):
        return True
    return d.endswith((".example.com", ".example.org", ".example.net", ".test"))


def scan_text(s, where, errs, ips=True):
    for m in RE_EMAIL.finditer(s):
        if not dom_ok(m.group(1)):
            errs.append("%s: address domain %s" % (where, m.group(1)))
    s = RE_EMAIL.sub(" ", s)
    for m in RE_URL.finditer(s):
        host = m.group(1).split("@")[-1].split(":")[0]
        if not dom_ok(host):
            errs.append("%s: URL host %s" % (where, host))
    for m in RE_HOST.finditer(s):
        if not dom_ok(m.group(1)):
            errs.append("%s: host name %s" % (where, m.group(1)))
    for m in RE_555.finditer(s):
        if not m.group(1).startswith("01"):
            errs.append("%s: 555 number %s" % (where, m.group(0)))
    for m in RE_PHONE.finditer(s):
        dg = re.sub(r"\D", "", m.group(0))
        if not (dg[3:6] == "555" and dg[6:8] == "01"):
            errs.append("%s: phone-like number %s" % (where, m.group(0)))
    for m in RE_IP.finditer(s if ips else ""):
        ip = m.group(0)
        if not (ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "10.")) or ip in ("127.0.0.1",)):
            errs.append("%s: IPv4 %s" % (where, ip))


def _pdf_unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            out.append(b[i + 1])
            i += 2
        else:
            out.append(c)
            i += 1
    return bytes(out)


def check_pdf(data, where, errs):
    if not data.startswith(b"%PDF-1."):
        errs.append(where + ": no PDF header")
        return ""
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    if not m:
        errs.append(where + ": no startxref")
        return ""
    x = int(m.group(1))
    mh = re.match(rb"xref\n0 (\d+)\n", data[x:])
    if not mh:
        errs.append(where + ": startxref does not point at xref")
        return ""
    n = int(mh.group(1))
    base = x + mh.end()
    for i in range(n):
        ent = data[base + 20 * i: base + 20 * (i + 1)]
        if i == 0:
            if ent != b"0000000000 65535 f \n":
                errs.append(where + ": bad free entry")
            continue
        off = int(ent[:10])
        if not data[off:].startswith(b"%d 0 obj\n" % i):
            errs.append(where + ": xref offset of object %d is wrong" % i)
    text = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        s = data[sm.end():sm.end() + ln]
        if data[sm.end() + ln:sm.end() + ln + 10] != b"\nendstream":
            errs.append(where + ": stream length is wrong")
            continue
        if sm.group(2):
            try:
                s = zlib.decompress(s)
            except zlib.error:
                errs.append(where + ": Flate stream does not inflate")
                continue
        for t in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", s):
            text.append(_pdf_unescape(t).decode("cp1252"))
    if not text:
        errs.append(where + ": PDF has no text layer")
    return "\n".join(text)


def check_docx(data, where, errs):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        errs.append(where + ": not a zip")
        return ""
    if z.testzip() is not None:
        errs.append(where + ": zip CRC error")
    names = z.namelist()
    for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
        if need not in names:
            errs.append(where + ": missing " + need)
    text = []
    for nm in names:
        try:
            root = ET.fromstring(z.read(nm))
        except ET.ParseError:
            errs.append(where + ": %s is not XML" % nm)
            continue
        if nm == "word/document.xml":
            W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
            for p in root.iter(W + "p"):
                text.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(text)


def check_ics(s, where, errs, method=None):
    if "\r\n" not in s or re.search(r"(?<!\r)\n", s):
        errs.append(where + ": ICS lines are not CRLF")
    un = re.sub(r"\r\n[ \t]", "", s)
    stack = []
    for line in un.split("\r\n"):
        if len(line.encode("utf-8")) > 200:
            pass
        if line.startswith("BEGIN:"):
            stack.append(line[6:])
        elif line.startswith("END:"):
            if not stack or stack.pop() != line[4:]:
                errs.append(where + ": unbalanced " + line)
        elif line.startswith("METHOD:") and method and line[7:].upper() != method.upper():
            errs.append(where + ": METHOD differs from the Content-Type")
    for line in s.split("\r\n"):
        if len(line.encode("utf-8")) > 75:
            errs.append(where + ": ICS line longer than 75 octets")
    if stack:
        errs.append(where + ": unclosed " + ",".join(stack))
    if "BEGIN:VEVENT" not in un:
        errs.append(where + ": no VEVENT")
    return un


def check_message(fn, data, errs):
    w = fn
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append(w + ": bare CR or LF")
    for i, line in enumerate(data.split(b"\r\n")):
        if len(line) > 998:
            errs.append(w + ": line %d longer than 998 octets" % (i + 1))
    if not data.endswith(b"\r\n"):
        errs.append(w + ": does not end with CRLF")
    head = data.split(b"\r\n\r\n", 1)[0]
    if not head.isascii():
        errs.append(w + ": raw 8-bit bytes in the header")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    texts = []
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append(w + ": missing " + h)
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append(w + ": Content-Type without MIME-Version")
    for name, val in msg.items():
        sv = str(val)
        if re.search(r"=\?[^?]+\?[BbQq]\?[^?]*\?=", sv):
            errs.append(w + ": undecoded encoded word in " + name)
        for d in getattr(val, "defects", ()):
            errs.append(w + ": header %s defect %r" % (name, d))
        if name.lower() in ("x-mailer", "user-agent"):
            scan_text(sv, w, errs, ips=False)   # version numbers look like IPs
        else:
            texts.append(sv)
    try:
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None:
            errs.append(w + ": Date not in 2026 with a zone")
    except (TypeError, ValueError):
        errs.append(w + ": unparseable Date")
    if not RE_MID.match(str(msg["Message-ID"]).strip()):
        errs.append(w + ": bad Message-ID")
    for h in ("From", "To", "Cc"):
        if msg[h] is not None:
            for a in msg[h].addresses:
                if not a.addr_spec or "@" not in a.addr_spec:
                    errs.append(w + ": bad address in " + h)
    for part in msg.walk():
        pw = "%s[%s]" % (w, part.get_content_type())
        for d in part.defects:
            errs.append(pw + ": defect %r" % d)
        if part.is_multipart():
            continue
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        raw = part.get_payload(decode=False)
        if cte == "base64":
            lines = raw.replace("\r\n", "\n").strip("\n").split("\n")
            if any(len(x) > 76 for x in lines):
                errs.append(pw + ": base64 line longer than 76")
            try:
                binascii.a2b_base64("".join(lines).encode("ascii"), strict_mode=True)
            except (binascii.Error, UnicodeEncodeError):
                errs.append(pw + ": base64 is not strict")
        elif cte == "quoted-printable":
            for x in raw.replace("\r\n", "\n").split("\n"):
                if len(x) > 76 or not x.isascii() or re.search(r"=(?![0-9A-F]{2}|$)", x):
                    errs.append(pw + ": bad quoted-printable line")
                    break
        elif cte == "7bit":
            if not raw.isascii():
                errs.append(pw + ": non-ASCII in a 7bit part")
        elif cte != "8bit":
            errs.append(pw + ": unexpected transfer encoding " + cte)
        payload = part.get_payload(decode=True)
        try:
            part.get_content()
        except Exception as e:  # noqa: BLE001 - report any failure
            errs.append(pw + ": get_content failed: %r" % e)
        fname = part.get_filename()
        if fname:
            texts.append(fname)
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset()
            if not cs:
                errs.append(pw + ": text part without charset")
                cs = "us-ascii"
            try:
                s = payload.decode(codec(cs))
            except (UnicodeDecodeError, LookupError):
                errs.append(pw + ": does not decode as " + cs)
                continue
            if ct == "text/calendar":
                s = check_ics(s, pw, errs, part.get_param("method"))
            texts.append(s)
        elif ct == "application/ics":
            texts.append(check_ics(payload.decode("utf-8"), pw, errs))
        elif ct == "application/pdf":
            texts.append(check_pdf(payload, pw, errs))
        elif ct.endswith("wordprocessingml.document"):
            texts.append(check_docx(payload, pw, errs))
        elif ct in ("image/png",):
            if not payload.startswith(b"\x89PNG\r\n\x1a\n"):
                errs.append(pw + ": not a PNG")
        else:
            errs.append(pw + ": unexpected content type")
    for t in texts:
        scan_text(t, w, errs)
    return msg


def check():
    errs = []
    gen = generate()
    counts = {lab: 0 for lab in LABELS}
    nums = []
    for fn, (m, data) in gen.items():
        counts[m["label"]] += 1
        nums.append(int(fn[:3]))
        if any(x in m["slug"] for x in FORBIDDEN_SLUG):
            errs.append(fn + ": slug gives the label away")
        if not re.match(r"^\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.eml$", fn):
            errs.append(fn + ": bad file name")
        if "\t" in m["reason"] or "\n" in m["reason"] or not m["reason"]:
            errs.append(fn + ": bad reason")
        if m["label"] == "restricted" and not m["cat"]:
            errs.append(fn + ": restricted without category")
        if m["label"] == "none" and m["trap"] is None:
            errs.append(fn + ": none without trap flag")
        if m["label"] != "none" and not m["where"]:
            errs.append(fn + ": sensitive message without placement")
    if counts != COUNTS:
        errs.append("counts %r, want %r" % (counts, COUNTS))
    if sorted(nums) != list(range(1, sum(COUNTS.values()) + 1)):
        errs.append("numbers are not 001-200")
    traps = sum(1 for m, _ in gen.values() if m["label"] == "none" and m["trap"])
    if traps < 75:
        errs.append("only %d traps among the none messages" % traps)
    # what is on disk
    disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing folder " + lab)
            continue
        for fn in sorted(os.listdir(d)):
            if fn in disk:
                errs.append(fn + ": in two folders")
            disk[fn] = lab
            if fn not in gen:
                errs.append("%s/%s: not written by gen.py" % (lab, fn))
                continue
            m, data = gen[fn]
            if m["label"] != lab:
                errs.append("%s/%s: wrong folder" % (lab, fn))
            with open(os.path.join(d, fn), "rb") as f:
                ondisk = f.read()
            if ondisk != data:
                errs.append("%s/%s: differs from what gen.py writes" % (lab, fn))
            check_message(fn, ondisk, errs)
    for fn in gen:
        if fn not in disk:
            errs.append(fn + ": missing on disk")
    try:
        with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8", newline="") as f:
            lt = f.read()
    except OSError:
        lt = ""
        errs.append("labels.tsv missing")
    if lt != labels_text(gen):
        errs.append("labels.tsv differs from what gen.py writes")
    rows = [r.split("\t") for r in lt.rstrip("\n").split("\n")] if lt else []
    if [r[0] for r in rows] != sorted(r[0] for r in rows):
        errs.append("labels.tsv is not sorted")
    seen = set()
    for r in rows:
        if len(r) != 3:
            errs.append("labels.tsv: bad row %r" % r[:1])
            continue
        if r[0] in seen:
            errs.append("labels.tsv: %s twice" % r[0])
        seen.add(r[0])
        if disk.get(r[0]) != r[1]:
            errs.append("labels.tsv: %s is %s but sits in %s" % (r[0], r[1], disk.get(r[0])))
    if seen != set(disk):
        errs.append("labels.tsv does not list every file exactly once")
    for e in errs:
        print("ERROR", e)
    if errs:
        print("%d problem(s)" % len(errs))
        return 1
    ne = sum(1 for m, _ in gen.values() if m["lang"] != "en")
    print("ok: %d messages (%s), %d not in English, %d traps; labels.tsv and every file verified"
          % (len(gen), ", ".join("%d %s" % (counts[x], x) for x in LABELS), ne, traps))
    return 0


# ---------------------------------------------------------------- stats --
def _tally(items):
    d = {}
    for x in items:
        d[x] = d.get(x, 0) + 1
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))


def stats():
    gen = generate()
    ms = [m for m, _ in gen.values()]
    print("label counts:")
    for lab in LABELS:
        sub = [m for m in ms if m["label"] == lab]
        ne = [m for m in sub if m["lang"] != "en"]
        print("  %-10s %3d  not in English %2d: %s" % (lab, len(sub), len(ne),
              ", ".join("%s x%d" % kv for kv in _tally(m["lang"] for m in ne))))
    print("not in English overall: %d of %d" % (sum(1 for m in ms if m["lang"] != "en"), len(ms)))
    print("languages:", ", ".join("%s %d" % kv for kv in _tally(m["lang"] for m in ms)))
    print("restricted by category:")
    for k, v in _tally(m["cat"] for m in ms if m["label"] == "restricted"):
        print("  %-22s %d" % (k, v))
    print("where the sensitive content sits (phi + restricted):")
    for k, v in _tally(m["where"] for m in ms if m["label"] != "none"):
        print("  %-28s %d" % (k, v))
    print("none: traps %d, ordinary %d" % (sum(1 for m in ms if m["label"] == "none" and m["trap"]),
                                           sum(1 for m in ms if m["label"] == "none" and not m["trap"])))
    print("borderline reasons:", sum(1 for m in ms if m["reason"].startswith("borderline:")))
    for m in sorted(ms, key=lambda m: m["slug"]):
        if m["reason"].startswith("borderline:"):
            print("  %-40s %s" % (m["slug"], m["label"]))
    tops, parts, charsets, ctes = [], [], [], []
    for fn, (m, data) in gen.items():
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        tops.append(msg.get_content_type() if msg["Content-Type"] else "no MIME headers")
        for p in msg.walk():
            if p is not msg:
                parts.append(p.get_content_type())
            if not p.is_multipart():
                cs = p.get_content_charset()
                if cs:
                    charsets.append(cs)
                ctes.append(p.get("Content-Transfer-Encoding", "7bit").lower())
        for h in ("Subject", "From", "To"):
            raw = re.search(rb"(?mi)^" + h.encode() + rb":(.*(?:\r\n[ \t].*)*)", data)
            if raw:
                for cs in re.findall(rb"=\?([^?]+)\?[BbQq]\?", raw.group(1)):
                    charsets.append("header:" + cs.decode().lower())
    print("top-level structure:", ", ".join("%s %d" % kv for kv in _tally(tops)))
    print("parts:", ", ".join("%s %d" % kv for kv in _tally(parts)))
    print("charsets:", ", ".join("%s %d" % kv for kv in _tally(charsets)))
    print("transfer encodings:", ", ".join("%s %d" % kv for kv in _tally(ctes)))
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    if "--stats" in argv:
        return stats()
    write(generate())
    return check()


# ============================================================ MESSAGES ==
QF = "quillfield.example.org"
PORTAL = "portal.quillfield.example.org"
OUTLOOK = "Microsoft Outlook 16.0"
IPHONE = "iPhone Mail (22D82)"
APPLE = "Apple Mail (2.3826.400.131.1.6)"
TBIRD = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"
ANDROID = "Android Mail 2026.02.09"
RCUBE = "Roundcube Webmail/1.6.9"

QF_CONF = tx("""
CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use
of the intended recipient(s) and may contain confidential information. If you
are not the intended recipient, please notify the sender and delete this
message. Quillfield Health will never ask for your password by e-mail.
""")

# ------------------------------------------------------------------------
# RESTRICTED (35): mental health, substance-use treatment, HIV, genetic,
# reproductive health.
# ------------------------------------------------------------------------

# ---- mental health -----------------------------------------------------
add("counsellor-moves-tuesday-session", "restricted", "en",
    "A counsellor moves a named client's therapy session and mentions her thought-log homework: mental-health treatment.",
    cat="mental health", where="body",
    frm=A("Naomi Feld, LCSW", "nfeld@willowpath.example.com"),
    to=A("Dana Whitcombe", "dana.whitcombe@mailbox.example.com"),
    subj="Tuesday", date=D(2026, 2, 20, 16, 41, 9), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi Dana,

    I'm so sorry to do this on short notice, but I have to move our Tuesday
    4:00 session. A family thing came up that I can't get out of. Could you do
    Wednesday at 5:15 or Thursday at noon instead? If neither works we can do
    a video session Friday morning, same link as last time.

    Last week we talked about keeping the thought log going between sessions,
    so if you can, bring it (or just snap a picture of the pages) and we'll
    start there. No pressure if it's only a couple of entries.

    Take care,
    Naomi

    Naomi Feld, LCSW
    Willow Path Counseling
    22 Orchard Lane, Suite 3, Ashby
    (413) 555-0148 | fax (413) 555-0149

    This message is intended only for the person it is addressed to. If you
    received it by mistake, please let me know and delete it.
    """)))

add("re-pick-it-up-tonight", "restricted", "en",
    "Patient's two-line reply; the quoted message from a psychiatric practice raises her sertraline for panic attacks: anxiety-disorder treatment, only in the quoted part.",
    cat="mental health", where="quoted",
    frm=A("Marisol Quintero", "mquintero.22@inboxly.example.net"),
    to=A("Pinecrest Behavioral Health", "messages@pinecrest-bh.example.org"),
    subj="Re: Message from Dr. Adeyemi's office", date=D(2026, 2, 9, 18, 3, 51),
    mailer=IPHONE, mstyle="apple",
    irt=pmid("pinecrest-sertraline", "pinecrest-bh.example.org", "java"),
    body=T(tx("""
    Ok thank you. I'll pick it up tonight on the way home

    Sent from my iPhone

    > On Feb 9, 2026, at 3:12 PM, Pinecrest Behavioral Health <messages@pinecrest-bh.example.org> wrote:
    >
    > Hi Marisol,
    >
    > Dr. Adeyemi reviewed your message. Since the panic attacks are still
    > happening 3-4 times a week, she would like to increase your sertraline
    > from 50 mg to 75 mg daily (one and a half of your 50 mg tablets until
    > the new prescription is filled). She sent the new prescription to
    > Fennel Street Pharmacy.
    >
    > Please keep your appointment on March 6 and keep practicing the
    > breathing exercises from your last session with Tom.
    >
    > Pinecrest Behavioral Health
    > Adult Outpatient Psychiatry
    > (413) 555-0152
    """), flowed=False))

add("portal-new-message-med-check", "restricted", "en",
    "Portal notice to a named patient whose preview line shows his psychiatrist's note about his methylphenidate refill and ADHD medication check: ADHD treatment by a psychiatric service.",
    cat="mental health", where="preview",
    frm=A("QuillConnect", "no-reply@" + PORTAL),
    to=A("Owen Barrett", "owen.barrett@post.example.com"),
    subj="You have a new message in QuillConnect", date=D(2026, 3, 11, 7, 2, 30), mstyle="java",
    extra=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")],
    body=ALT(T(tx("""
    Hi Owen,

    You have a new message from Lila Moreau, MD (Psychiatry - Adult ADHD
    Clinic).

    Preview: "Re: methylphenidate refill - I sent a 30-day supply to Fennel
    Street. We still need to see you for your med check before the next one,
    please book with the front desk..."

    Sign in to QuillConnect to read the full message and reply:
    https://portal.quillfield.example.org/messages

    Please do not reply to this e-mail. This mailbox is not monitored.
    Quillfield Health | 400 Quill Road | Ashby
    """)), H(tx("""
    <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
    <p>Hi Owen,</p>
    <p>You have a new message from <b>Lila Moreau, MD</b> (Psychiatry - Adult ADHD Clinic).</p>
    <table cellpadding="8" style="background:#f3f5f8;border-left:3px solid #2a6f97"><tr><td>
    <i>Re: methylphenidate refill - I sent a 30-day supply to Fennel Street. We still need
    to see you for your med check before the next one, please book with the front desk...</i>
    </td></tr></table>
    <p><a href="https://portal.quillfield.example.org/messages">Sign in to read and reply</a></p>
    <p style="font-size:11px;color:#777">Please do not reply to this e-mail. This mailbox is not monitored.<br>
    Quillfield Health | 400 Quill Road | Ashby</p>
    </body></html>
    """)), style="java"))

add("consulta-sobre-mi-mama", "restricted", "es",
    "A daughter writes to a psychiatric practice about her named mother's escitalopram for depression and asks for a therapist: depression treatment.",
    cat="mental health", where="body", hcs="iso-8859-1", hmode="Q",
    frm=A("Lucía Paredes", "lucia.paredes@correo.example.com", "iso-8859-1", "Q"),
    to=A("Pinecrest Behavioral Health - Recepción", "frontdesk@pinecrest-bh.example.org", "iso-8859-1", "Q"),
    subj="Consulta sobre mi mamá, Carmen Paredes", date=D(2026, 4, 2, 21, 17, 4),
    mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Buenas noches,

    Les escribo por mi mamá, Carmen Paredes (fecha de nacimiento 11/04/1952).
    Ella empezó con el escitalopram de 10 mg hace tres semanas, se lo recetó
    el Dr. Haldane por la depresión después de que falleció mi papá. Dice que
    se siente un poco menos triste, pero casi no duerme y tiene el estómago
    revuelto por las mañanas. ¿Eso es normal al principio? ¿Se lo puede tomar
    en la noche en vez de en la mañana?

    También el doctor nos dijo que le convenía hablar con una terapeuta. Ella
    no habla mucho inglés, ¿tienen alguien que hable español o un intérprete?
    Yo la puedo llevar los martes o jueves en la tarde.

    Mi número es (413) 555-0126. Muchas gracias por su ayuda.

    Lucía Paredes
    """), cs="iso-8859-1", cte="quoted-printable"))

_ics_tidewell = ics("REQUEST", "TW-INT-20260312-0417@tidewell.example.org",
                    "20260312T090000", "20260312T120000",
                    "Intake assessment - Sophie Kim (DOB 06/02/2010) - Adolescent Eating Disorders PHP",
                    "Tidewell Eating Disorders Program, 18 Harbor St, 2nd floor, Ashby",
                    "Intake for the adolescent partial hospitalization program (eating disorders). "
                    "Parent/guardian must attend. Bring insurance card, current medication list and the "
                    "completed EDE-Q and medical clearance forms. Weight and vitals will be taken blind. "
                    "Questions: (413) 555-0171.",
                    organizer=("Marta Ruiz", "mruiz@tidewell.example.org"),
                    attendees=[("Rachel Kim", "rachel.kim.home@mailbox.example.com")],
                    prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", alarm=60)
add("invite-thursday-bring-card", "restricted", "en",
    "Body says only 'here is the invite for Thursday'; the ICS names Sophie Kim, her DOB and an intake to an adolescent eating-disorders programme: mental health, only in the attachment.",
    cat="mental health", where="attachment (ICS)",
    frm=A("Marta Ruiz", "mruiz@tidewell.example.org"),
    to=A("Rachel Kim", "rachel.kim.home@mailbox.example.com"),
    subj="Thursday", date=D(2026, 3, 9, 10, 22, 45), mailer=OUTLOOK, mstyle="outlook",
    body=MIX(T(tx("""
    Hi Rachel,

    Here is the invite for Thursday. Please bring her insurance card and the
    forms from the packet. Plan on about three hours, and you'll need to stay
    for the first part.

    Marta
    Admissions Coordinator
    (413) 555-0171
    """)), CAL(_ics_tidewell, filename="invite.ics"), style="outlook"))

add("referral-after-the-accident", "restricted", "en",
    "A school counsellor sends a parent the referral for trauma-focused therapy for his named son, whom the pediatrician is evaluating for PTSD: mental-health care.",
    cat="mental health", where="body",
    frm=A("Jill Ambrose", "jambrose@maplehollow.schools.example.net"),
    to=A("Andre Tran", "andre.tran@webmail.example.net"),
    subj="Kevin - the referral info we talked about", date=D(2026, 1, 27, 14, 5, 12),
    mstyle="gmail",
    body=T(tx("""
    Mr. Tran,

    Thank you for coming in yesterday. As promised, here is the information
    for the trauma-focused CBT program at Willow Path Counseling. They see a
    lot of kids after car accidents and they take your insurance. The intake
    line is (413) 555-0148; ask for the child and adolescent team and mention
    that Dr. Salas's note says she is evaluating Kevin for PTSD (the
    nightmares, the startle, not wanting to ride in the car).

    In the meantime Kevin can come to my office during lunch whenever he
    needs a break, and I've let his homeroom teacher know he can step out
    without asking. We'll check in again in two weeks.

    Jill Ambrose, M.Ed.
    School Counselor, Maple Hollow Middle School
    (413) 555-0133
    """)))

_ru_lith = tx("""
Здравствуйте, доктор Гольдберг!

В понедельник сдал кровь на литий, в портале пишет 1,1 ммоль/л. Это
нормально или много? Последние дни немного трясутся руки, особенно утром,
и постоянно хочется пить. Принимаю, как вы сказали, 900 мг в день (300 утром
и 600 вечером). Настроение ровное, спасибо, после того эпизода в январе
больше ничего подобного не было.

Может быть, нужно уменьшить дозу до следующего приёма 24 марта? Или прийти
раньше?

С уважением,
Андрей Соколов
дата рождения 17.09.1979
тел. (413) 555-0187
""")
add("uroven-litiya", "restricted", "ru",
    "A named patient (with DOB) asks his psychiatrist about his lithium level and dose for bipolar disorder: psychiatric care.",
    cat="mental health", where="body", hcs="windows-1251",
    frm=A("Андрей Соколов", "a.sokolov@post.example.com", "windows-1251"),
    to=A("Dr. Miriam Goldberg", "mgoldberg@pinecrest-bh.example.org"),
    subj="Уровень лития", date=D(2026, 3, 4, 22, 40, 18), mailer="Microsoft Outlook 15.0",
    mstyle="outlook",
    body=T(_ru_lith, cs="windows-1251", cte="base64"))

# ---- substance-use treatment ----------------------------------------------
add("dosing-window-starting-march-16", "restricted", "en",
    "An opioid treatment programme tells a named patient (with patient ID) that his methadone dosing window and take-home pickup change: substance-use treatment.",
    cat="substance use", where="body",
    frm=A("Riverbend Treatment Center", "frontdesk@riverbend-otp.example.org"),
    to=A("Terrence Mabry", "tmabry1975@mailbox.example.com"),
    subj="Your dosing window is changing March 16", date=D(2026, 3, 2, 11, 15, 0),
    mstyle="java",
    body=T(tx("""
    Dear Terrence,

    Starting Monday, March 16, your dosing window at Riverbend will be
    6:00 AM - 8:30 AM (it is 7:00 - 10:00 now). We are moving the early
    group so the nursing staff can cover the new Saturday hours.

    Your take-home schedule stays the same: Sunday bottle picked up on
    Saturday. Please bring back your empty lockbox bottles as usual.

    If the new time conflicts with your work schedule, talk to your counselor,
    Ms. Daley, before the 16th and we will see what we can do. We do not want
    anyone to miss a dose because of this change.

    Patient ID: RB-20417

    Riverbend Treatment Center
    Opioid Treatment Program
    61 Mill Street, Ashby | (413) 555-0160

    This information has been disclosed to you from records protected by
    federal confidentiality rules (42 CFR part 2).
    """)))

add("cant-make-it-thurs", "restricted", "en",
    "A named patient texts from her phone asking the recovery clinic to send her Suboxone prescription because she missed her visit: buprenorphine treatment.",
    cat="substance use", where="body",
    frm=A("jess carbone", "jesscarbone88@inboxly.example.net"),
    to=A("Clearwater Recovery Nurse Line", "nurses@clearwater-recovery.example.org"),
    subj="script", date=D(2026, 4, 8, 7, 12, 40), mailer=IPHONE, mstyle="apple",
    body=T(tx("""
    hey its jess carbone i cant make it thurs my car is in the shop again. can u guys send my subs to the fennel st pharmacy i only have 2 strips left. dob 3/22/91. i can do a video visit if dr pham needs to see me. sorry

    Sent from my iPhone
    """), flowed=True))

_es_meta = tx("""
Estimado Sr. Villanueva:

Le escribimos porque la clínica estará cerrada el viernes 3 de julio por el
feriado. Según su plan de tratamiento, usted recibirá ese día una dosis de
metadona para llevar a casa junto con la del sábado. Por favor pase a
recogerlas el jueves 2 de julio entre las 6:00 y las 10:00 de la mañana y
traiga su caja con llave.

Si no puede venir el jueves, llame a su consejera, la Sra. Ibarra, al
(413) 555-0161 antes del miércoles.

Atentamente,
Centro de Tratamiento Riverbend
Programa de Tratamiento con Opioides
""")
_es_meta_html = tx("""
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Estimado Sr. Villanueva:</p>
<p>Le escribimos porque la clínica estará cerrada el <b>viernes 3 de julio</b> por el feriado.
Según su plan de tratamiento, usted recibirá ese día una dosis de <b>metadona para llevar a
casa</b> junto con la del sábado. Por favor pase a recogerlas el <b>jueves 2 de julio entre las
6:00 y las 10:00</b> de la mañana y traiga su caja con llave.</p>
<p>Si no puede venir el jueves, llame a su consejera, la Sra. Ibarra, al (413) 555-0161 antes
del miércoles.</p>
<p>Atentamente,<br>Centro de Tratamiento Riverbend<br>Programa de Tratamiento con Opioides</p>
</body></html>
""")
add("feriado-dosis-para-llevar", "restricted", "es",
    "An opioid treatment programme tells a named patient when to collect his methadone take-home doses over a holiday: substance-use treatment.",
    cat="substance use", where="body",
    frm=A("Centro de Tratamiento Riverbend", "frontdesk@riverbend-otp.example.org"),
    to=A("Héctor Villanueva", "hvillanueva@correo.example.com"),
    subj="Aviso: horario del feriado y su dosis para llevar", date=D(2026, 6, 24, 12, 30, 0),
    mstyle="java",
    body=ALT(T(_es_meta, cte="quoted-printable"), H(_es_meta_html), style="java"))

add("can-he-come-at-3", "restricted", "en",
    "Body asks only whether 'he' can come at 3; the Subject names Marcus Reed and his Sublocade injection due date: buprenorphine treatment, only in the Subject.",
    cat="substance use", where="subject",
    frm=A("Brianna Solis", "bsolis@clearwater-recovery.example.org"),
    to=A("Clearwater Scheduling", "scheduling@clearwater-recovery.example.org"),
    subj="Marcus Reed - Sublocade inj due 4/14 - can he come at 3?", date=D(2026, 4, 9, 9, 48, 2),
    mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    he has court that morning. can we fit him in at 3 or 3:30? he said he can
    get a ride after 2.

    thx
    Bri
    """)))

_pl_nal = tx("""
Dzień dobry Pani Doktor,

piszę w sprawie mojego taty, Zbigniewa Wójcika (ur. 05.02.1956). Od dwóch
tygodni bierze naltrekson 50 mg, który Pani przepisała na picie. Tata mówi,
że ciągnie go do alkoholu dużo mniej, ale prawie codziennie ma mdłości i
boli go głowa. Czy może brać tabletkę wieczorem z kolacją zamiast rano na
czczo? I czy może przy tym brać paracetamol na ból głowy?

Tata nie używa e-maila, dlatego piszę ja. On się zgodził, żebym się
kontaktowała z przychodnią (podpisał zgodę w styczniu).

Pozdrawiam serdecznie,
Agnieszka Wójcik
tel. (413) 555-0139
""")
add("pytanie-o-tate-naltrekson", "restricted", "pl",
    "A daughter asks her father's doctor about the named father's naltrexone for drinking: treatment of an alcohol use disorder.",
    cat="substance use", where="body", hcs="iso-8859-2", hmode="Q",
    frm=A("Agnieszka Wójcik", "agnieszka.wojcik@poczta.example.net", "iso-8859-2", "Q"),
    to=A("Dr. Ewa Kowalczyk - Quillfield Family Medicine", "ekowalczyk@" + QF),
    subj="Pytanie o tatę - Zbigniew Wójcik", date=D(2026, 5, 6, 19, 55, 33),
    ua=TBIRD, mstyle="tbird",
    body=T(_pl_nal, cs="iso-8859-2", cte="quoted-printable"))

_iop_pdf = pdf([
    "#Clearwater Recovery Services",
    "412 Canal Street, Ashby  |  (413) 555-0175",
    "",
    "March 23, 2026",
    "",
    "To whom it may concern:",
    "",
    "This letter confirms that Nina Castellano (date of birth 08/19/1987) has been",
    "attending our Intensive Outpatient Program (IOP) on Mondays, Wednesdays and",
    "Thursdays from 6:00 PM to 9:00 PM since February 2, 2026. Her expected",
    "completion date is April 24, 2026. She has attended every scheduled group.",
    "",
    "Ms. Castellano is able to work her regular daytime schedule while she",
    "completes the program. Please contact me with any questions about her",
    "attendance. No further information can be released without her written",
    "consent.",
    "",
    "Sincerely,",
    "",
    "Derek Holm, CADC",
    "Primary Counselor, Intensive Outpatient Program",
    "",
    "This information has been disclosed to you from records protected by federal",
    "confidentiality rules (42 CFR part 2). The federal rules prohibit you from",
    "making any further disclosure of this information unless expressly permitted",
    "by the written consent of the person to whom it pertains.",
], title="Attendance letter", compress=True)
add("the-letter-you-asked-for", "restricted", "en",
    "A counsellor sends a client her employer letter; the PDF confirms that Nina Castellano (DOB) attends a substance-use intensive outpatient programme: only in the attachment.",
    cat="substance use", where="attachment (PDF)",
    frm=A("Derek Holm", "dholm@clearwater-recovery.example.org"),
    to=A("Nina Castellano", "ninacastellano@mailbox.example.com"),
    subj="the letter you asked for", date=D(2026, 3, 23, 15, 2, 7), mailer=OUTLOOK, mstyle="outlook",
    body=MIX(T(tx("""
    Hi Nina,

    Attached is the letter for your HR person. I kept it to the minimum like
    we discussed, just the dates and the schedule. If they need it on
    letterhead in the mail I can do that too.

    See you Monday.

    Derek
    """)), ATT("application/pdf", _iop_pdf, "Castellano_letter_2026-03-23.pdf"), style="outlook"))

add("returning-your-call-thursday", "restricted", "en",
    "borderline: the body only books a named man for 'most of the day' on Thursday; the sender's display name shows it is an admission to withdrawal management (detox).",
    cat="substance use", where="display name",
    frm=A("Clearwater Withdrawal Management - Intake", "intake@clearwater-recovery.example.org"),
    to=A("Kevin Ortiz", "kortiz.home@post.example.com"),
    subj="Returning your call", date=D(2026, 1, 13, 11, 37, 55), mstyle="outlook", mailer=OUTLOOK,
    body=T(tx("""
    Hi Kevin,

    Returning your call from this morning. We can see you Thursday at 9:00.
    Bring a photo ID, your insurance card and a list of anything you're
    taking, and plan on being here most of the day. Someone can drop you off;
    they don't need to stay.

    If anything changes or you need to talk before then, call us back at
    (413) 555-0177. We answer 24/7.

    Carla
    """)))

# ---- HIV ---------------------------------------------------------------
add("labs-before-april-2", "restricted", "en",
    "An infectious-disease clinic reminds a named patient to have his viral load and CD4 drawn before his visit: HIV care.",
    cat="HIV", where="body",
    frm=A("Lantern Clinic", "lantern@" + QF),
    to=A("DeShawn Price", "dprice.works@webmail.example.net"),
    subj="Lab reminder for your visit on April 2", date=D(2026, 3, 20, 9, 0, 0), mstyle="java",
    body=T(tx("""
    Hi DeShawn,

    This is a reminder to get your labs drawn at least a week before your
    April 2 visit with Dr. Osei: viral load and CD4, plus the kidney panel
    she wanted to repeat. No fasting needed.

    You can go to any Quillfield lab. The one on the ground floor of the
    Lantern Clinic building is open Monday-Friday 7:00-4:30 and Saturday
    8:00-noon. The orders are already in.

    If you need to reschedule, reply to this message or call
    (413) 555-0144.

    Lantern Clinic - Infectious Disease
    Quillfield Health
    """)))

add("refill-ready-emtricitabine", "restricted", "en",
    "A pharmacy tells a named patient his emtricitabine/tenofovir refill is ready and his PrEP labs are due: HIV prevention (PrEP).",
    cat="HIV", where="body",
    frm=A("Fennel Street Pharmacy", "refills@fennelrx.example.com"),
    to=A("Jordan Alvarez", "jordan.alvarez@mailbox.example.com"),
    subj="Your refill is ready for pickup", date=D(2026, 5, 14, 13, 26, 40), mstyle="java",
    body=ALT(T(tx("""
    Hi Jordan,

    Your prescription is ready for pickup at Fennel Street Pharmacy,
    118 Fennel Street.

      Rx #6620481  emtricitabine/tenofovir disoproxil fumarate 200-300 mg
      Qty 30 - Refills remaining: 1
      Your copay: $0.00

    A note from your pharmacist: your prescriber's instructions say your PrEP
    labs (HIV test and kidney function) are due before the next fill. Please
    schedule them so there is no gap.

    Pickup hours: Mon-Fri 9-8, Sat 9-5, Sun 10-4.
    Questions? Call us at (413) 555-0109.
    """)), H(tx("""
    <html><body style="font-family:Helvetica,Arial,sans-serif">
    <h3 style="color:#3b7a57">Your prescription is ready</h3>
    <p>Hi Jordan,</p>
    <p>Your prescription is ready for pickup at <b>Fennel Street Pharmacy</b>, 118 Fennel Street.</p>
    <table border="0" cellpadding="4">
    <tr><td>Rx #</td><td>6620481</td></tr>
    <tr><td>Medication</td><td>emtricitabine/tenofovir disoproxil fumarate 200-300 mg</td></tr>
    <tr><td>Qty</td><td>30 (1 refill remaining)</td></tr>
    <tr><td>Copay</td><td>$0.00</td></tr>
    </table>
    <p><b>A note from your pharmacist:</b> your prescriber's instructions say your PrEP labs
    (HIV test and kidney function) are due before the next fill.</p>
    <p>Pickup hours: Mon-Fri 9-8, Sat 9-5, Sun 10-4. Call (413) 555-0109.</p>
    </body></html>
    """)), style="java"))

_vi_arv = tx("""
Chào anh Phúc,

Phòng khám Lantern xin nhắc anh: thuốc ARV của anh sẽ hết vào khoảng ngày
18/5. Bác sĩ Osei đã gửi toa mới đến nhà thuốc Fennel Street, anh có thể
đến lấy từ thứ Hai.

Lần khám tới của anh là ngày 28/5 lúc 2 giờ chiều. Trước đó một tuần, anh
nhớ đi xét nghiệm tải lượng virus (viral load) và CD4 ở phòng xét nghiệm
tầng trệt. Không cần nhịn ăn.

Nếu anh cần thông dịch viên tiếng Việt khi khám, xin gọi (413) 555-0144
để chúng tôi sắp xếp.

Phòng khám Lantern - Khoa Bệnh Truyền Nhiễm
Quillfield Health
""")
add("nhac-lich-lay-thuoc", "restricted", "vi",
    "A clinic reminds a named patient that his antiretroviral (ARV) medicine runs out and his viral load and CD4 are due: HIV treatment.",
    cat="HIV", where="body",
    frm=A("Phòng khám Lantern", "lantern@" + QF),
    to=A("Nguyễn Văn Phúc", "phuc.nguyen@hopthu.example.net"),
    subj="Nhắc lịch lấy thuốc và xét nghiệm", date=D(2026, 5, 11, 10, 5, 0), mstyle="java",
    body=T(_vi_arv, cte="base64"))

_ht_hiv = tx("""
Bonjou Mesye Josué,

Sa a se yon rapèl pou randevou ou ak Dr. Osei nan Klinik Lantern (Maladi
Enfeksyon) jedi 9 avril a 10è dimaten.

Tanpri vini 15 minit davans. N ap fè tès chaj viral ou ak CD4 menm jou a,
kidonk ou pa bezwen vini anvan. Pote tout grenn ou ap pran yo (menm sa ou
achte san preskripsyon) ak kat asirans ou.

Si ou bezwen yon entèprèt kreyòl, oswa si ou pa ka vini, rele nou nan
(413) 555-0144.

Mèsi,
Klinik Lantern
Quillfield Health
""")
add("rapel-randevou-lantern", "restricted", "ht",
    "An HIV clinic reminds a named patient of his visit with the viral load and CD4 tests done that day: HIV care.",
    cat="HIV", where="body",
    frm=A("Klinik Lantern", "lantern@" + QF),
    to=A("Manno Josué", "manno.josue@mailbox.example.com"),
    subj="Rapèl randevou: jedi 9 avril", date=D(2026, 4, 6, 9, 30, 0), mstyle="java",
    body=T(_ht_hiv, cte="quoted-printable"))

add("re-re-lab-results", "restricted", "en",
    "Patient's short thank-you; the quoted Outlook block below tells Paul Hennessey his viral load is undetectable on his antiretroviral: HIV status, only in the quoted part.",
    cat="HIV", where="quoted",
    frm=A("Paul Hennessey", "phennessey@webmail.example.net"),
    to=A("Abena Mensah RN", "amensah@" + QF),
    subj="RE: RE: lab results", date=D(2026, 3, 10, 12, 18, 26), mailer=OUTLOOK, mstyle="outlook",
    irt=pmid("hennessey-vl", QF, "outlook"),
    extra=[("Thread-Topic", "lab results"), ("Thread-Index", "AdywKcN3bQm1xY0uT2e4Lk9ZpQ8vNwAAB7Rg")],
    body=T(tx("""
    Thank you!! Best news I've had all year. See you in June.

    Paul

    ________________________________
    From: Abena Mensah RN <amensah@quillfield.example.org>
    Sent: Tuesday, March 10, 2026 11:02 AM
    To: Paul Hennessey <phennessey@webmail.example.net>
    Subject: RE: lab results

    Hi Paul,

    Good news: your viral load came back undetectable (less than 20
    copies/mL) and your CD4 is 640, up from 510 in the fall. Dr. Osei says
    keep doing exactly what you're doing with the Biktarvy. Your kidney
    numbers are fine.

    Next labs are in three months; we'll send a reminder.

    Abena Mensah, RN
    Lantern Clinic | (413) 555-0144

    ________________________________
    From: Paul Hennessey <phennessey@webmail.example.net>
    Sent: Monday, March 9, 2026 8:47 PM
    To: Abena Mensah RN <amensah@quillfield.example.org>
    Subject: lab results

    Hi Abena, did my results from last week come back? The portal still
    says pending. Thanks
    """)))

add("prep-visit-due-html", "restricted", "en",
    "HTML-only message telling a named patient his 3-month PrEP visit and HIV/STI labs are due before his prescription is renewed: HIV prevention.",
    cat="HIV", where="HTML-only body",
    frm=A("Quillfield Sexual Health Clinic", "sexualhealth@" + QF),
    to=A("Tyler Brandt", "tbrandt@inboxly.example.net"),
    subj="Tyler, time for your next visit", date=D(2026, 4, 1, 8, 15, 0), mstyle="java",
    body=H(tx("""
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>Visit due</title></head>
    <body style="margin:0;background:#f4f4f4">
    <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
    <table width="560" cellpadding="20" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px">
    <tr><td>
    <p>Hi Tyler,</p>
    <p>You're due for your <b>3-month PrEP follow-up</b>. Before we can renew your
    prescription, we need your HIV test, STI screening and kidney function labs.</p>
    <p>Please get your labs done by <b>April 20</b> at any Quillfield lab (no appointment
    needed) and book a 10-minute video check-in with Nurse Practitioner Gail Ferrante.</p>
    <p style="text-align:center"><a href="https://portal.quillfield.example.org/schedule?dept=SHC"
    style="background:#2a6f97;color:#fff;padding:10px 18px;text-decoration:none">Book my check-in</a></p>
    <p>Questions? Call (413) 555-0145.</p>
    <p style="font-size:12px;color:#888">Quillfield Sexual Health Clinic, 400 Quill Road, Building C</p>
    </td></tr></table>
    </td></tr></table>
    </body></html>
    """)))

add("my-boyfriend-just-found-out", "restricted", "en",
    "A man writes that his named boyfriend was just told at the ER he is HIV positive and asks about testing and PEP for himself: HIV status.",
    cat="HIV", where="body",
    frm=A("Chris Lam", "chrislam.art@mailbox.example.com"),
    to=A("Lantern Clinic", "lantern@" + QF),
    subj="please call me today", date=D(2026, 2, 28, 6, 51, 14), mailer=ANDROID, mstyle="gmail",
    body=T(tx("""
    my boyfriend jamal wright was told hes positive at the er last night. we have been together 8 months and we stopped using condoms in december. what do i do, do i need to get tested today, is there a pill i can take. i am freaking out. please someone call me 413 555 0119
    """), flowed=True))

# ---- genetic ---------------------------------------------------------------
add("following-up-on-our-call", "restricted", "en",
    "A genetic counsellor follows up with a named patient about her BRCA1 pathogenic variant, surveillance referrals and testing her sisters: genetic test result and counselling.",
    cat="genetic", where="body",
    frm=A("Helen Marsh, MS, CGC", "hmarsh@genetics." + QF),
    to=A("Stephanie Vogel", "svogel@post.example.com"),
    subj="Following up on our call", date=D(2026, 2, 12, 15, 44, 20), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi Stephanie,

    Thank you for talking with me this afternoon. I know it was a lot to take
    in, so here is a short summary of what we went over.

    - Your result: a pathogenic variant in BRCA1 (c.68_69delAG). This is the
      same kind of change we discussed at your first visit. It raises the
      lifetime risk of breast and ovarian cancer; it is not a diagnosis of
      cancer.
    - Next steps we agreed on: a visit with the High-Risk Breast Clinic
      (Dr. Ambler) for yearly MRI plus mammogram, and a consultation with
      gynecologic oncology to talk about ovarian risk-reducing options on
      your own timeline. I have placed both referrals; the clinics will call
      you within about a week.
    - Your family: each of your sisters has a 50% chance of having the same
      variant. I'll send you a family letter you can share with them. Testing
      for a known family variant is a single test and usually quick.

    You mentioned worrying about life insurance. We can talk through GINA and
    what it does and doesn't cover at the follow-up. Please don't make any
    decisions about that before we talk.

    Call or e-mail any time with questions.

    Helen

    Helen Marsh, MS, CGC
    Cancer Genetics Program, Quillfield Health
    (413) 555-0157
    """)))

add("carrier-report-ready-html", "restricted", "en",
    "HTML-only lab notice telling a named patient (with DOB) she is a carrier of a CFTR variant and that her partner should be tested: carrier screening result.",
    cat="genetic", where="HTML-only body",
    frm=A("Helix Bay Genomics", "reports@helixbay.example.net"),
    to=A("Amara Okafor", "amara.okafor@mailbox.example.com"),
    subj="Your carrier screening report is ready", date=D(2026, 6, 3, 14, 0, 5), mstyle="java",
    body=H(tx("""
    <html><body style="font-family:Georgia,serif;font-size:15px;color:#1d1d1d">
    <div style="max-width:600px;margin:auto">
    <h2 style="font-family:Arial,sans-serif;color:#4b2e83">Your report is ready</h2>
    <p>Dear Amara Okafor (DOB 10/30/1993),</p>
    <p>Your expanded carrier screening (Helix Bay Panel 274) is complete.</p>
    <table cellpadding="6" style="border:1px solid #ccc;border-collapse:collapse">
    <tr><th align="left">Result</th><td><b>Carrier</b></td></tr>
    <tr><th align="left">Gene</th><td>CFTR (cystic fibrosis)</td></tr>
    <tr><th align="left">Variant</th><td>c.1521_1523delCTT (p.Phe508del), heterozygous</td></tr>
    <tr><th align="left">Other genes</th><td>No pathogenic variants detected</td></tr>
    </table>
    <p>Being a carrier usually has no effect on your own health. Because your reproductive
    partner's status determines the chance for a future pregnancy, we recommend that your
    partner be tested. A genetic counselor will call you within two business days; you can
    also book a time at <a href="https://helixbay.example.net/gc">helixbay.example.net/gc</a>.</p>
    <p style="font-size:12px;color:#666">Ordering provider: Rosa Lindqvist, MD. Helix Bay Genomics,
    5 Tidal Way. Genetic counseling line (413) 555-0182.</p>
    </div></body></html>
    """)))

_big5_lynch = tx("""
您好：

我是周美玲，我父親周國強（病歷號 QF-2218406）去年十月在貴院確診大腸癌，
腫瘤科醫師說他的腫瘤檢測是 MSI-H，建議他做林奇症候群的基因檢測。
上個月結果出來了，醫師說是 MLH1 基因有致病變異，並建議我和弟弟也去做
遺傳諮詢和檢測。

請問我們要怎麼預約遺傳諮詢？需要家庭醫師轉介嗎？我和弟弟都在上班，
希望能約在星期五或晚上。如果可以的話，希望有會說中文的諮詢師。

我的電話是 (413) 555-0193。謝謝！

周美玲 敬上
""")
add("yuyue-yichuan-zixun", "restricted", "zh-Hant",
    "A daughter names her father (with MRN) and his MLH1 variant (Lynch syndrome) and asks for genetic counselling and testing for herself and her brother.",
    cat="genetic", where="body", hcs="big5",
    frm=A("周美玲", "meiling.chou@mailbox.example.com", "big5"),
    to=A("Cancer Genetics Program", "genetics@" + QF),
    subj="預約遺傳諮詢 (林奇症候群)", date=D(2026, 4, 15, 20, 2, 48), mailer=OUTLOOK, mstyle="outlook",
    body=T(_big5_lynch, cs="big5", cte="base64"))

add("should-i-be-tested", "restricted", "en",
    "A named woman with her insurer member ID asks about predictive testing for Huntington disease, which her mother has: genetic counselling and predictive testing.",
    cat="genetic", where="body",
    frm=A("Molly Brennan", "molly.brennan@inboxly.example.net"),
    to=A("Genetics Clinic", "genetics@" + QF),
    subj="question about testing", date=D(2026, 1, 19, 23, 36, 1), mstyle="gmail",
    body=T(tx("""
    Hi,

    I'm not sure this is the right place to ask. My mom was diagnosed with
    Huntington's two years ago (she's seen at your neurology clinic, Dr.
    Kaplan). I'm 29 and I think I want to find out if I have it too, but
    honestly I'm terrified and I go back and forth every day.

    Do I need a referral from my regular doctor to see a genetic counselor?
    I read that there's a process with several visits before the actual
    test, is that true? And will my insurance have to know? My plan is
    Bluestem, member ID BSH-44817203.

    Sorry for the long email, I wrote it at midnight. Thanks.

    Molly Brennan
    """)))

_ko_gc = tx("""
이수진 님께,

퀼필드 헬스 암 유전 클리닉입니다. 유전 상담 예약이 확정되었습니다.

  일시: 2026년 5월 12일 (화) 오후 2시
  장소: 퀼필드 암센터 3층 유전 클리닉
  담당: 헬렌 마쉬 유전 상담사 (한국어 통역사 동석)

지난달 받으신 BRCA2 검사 결과(의미 불명 변이, VUS)에 대해 자세히 설명해
드리고, 어머님과 이모님의 가족력을 함께 검토할 예정입니다. 가족 중 암
진단을 받은 분들의 진단 나이를 알고 계시면 적어 오시기 바랍니다.

예약 변경은 (413) 555-0157 로 연락 주십시오.

퀼필드 헬스 암 유전 클리닉
""")
add("yujeon-sangdam-yeyak", "restricted", "ko",
    "A cancer genetics clinic confirms a named patient's genetic counselling visit about her BRCA2 variant of uncertain significance: genetic test result and counselling.",
    cat="genetic", where="body", hcs="euc-kr",
    frm=A("퀼필드 암 유전 클리닉", "genetics@" + QF, "euc-kr"),
    to=A("이수진", "soojin.lee@hanbit.example.com", "euc-kr"),
    subj="유전 상담 예약 확인", date=D(2026, 4, 28, 10, 10, 0), mstyle="java",
    body=T(_ko_gc, cs="euc-kr", cte="base64"))

_fam_letter = docx([
    "#Cancer Genetics Program - Quillfield Health",
    "400 Quill Road, Ashby  |  (413) 555-0159",
    "",
    "Dear Family Member,",
    "",
    "We are writing at the request of your relative, Gregory Adler, who recently had genetic "
    "testing through our program. His testing found a pathogenic variant in the MLH1 gene "
    "(c.1852_1854del). Changes in MLH1 cause Lynch syndrome, which raises the risk of colon, "
    "endometrial and some other cancers.",
    "",
    "Each parent, brother, sister and child of Gregory has a 50% chance of having the same "
    "variant. Testing for this specific family variant is accurate and much simpler than the "
    "original panel. People who have the variant can lower their risk a great deal with earlier "
    "and more frequent colonoscopy.",
    "",
    "If you would like to talk with a genetic counselor, please call us or ask your own doctor "
    "to refer you. Please bring this letter to the appointment.",
    "",
    "Sincerely,",
    "Priya Raman, MS, CGC",
    "Genetic Counselor",
], author="Priya Raman")
add("family-letter-draft", "restricted", "en",
    "A genetic counsellor sends her patient a draft family letter; the DOCX names Gregory Adler and his MLH1 pathogenic variant (Lynch syndrome): genetic result, mostly in the attachment.",
    cat="genetic", where="attachment (DOCX)",
    frm=A("Priya Raman", "praman@genetics." + QF),
    to=A("Greg Adler", "gadler@webmail.example.net"),
    subj="Family letter (draft) - please review", date=D(2026, 5, 20, 11, 12, 36), mailer=OUTLOOK, mstyle="outlook",
    body=MIX(T(tx("""
    Hi Greg,

    As promised, here is the draft letter you can share with your brothers
    and your daughter. Change anything you like - some people prefer to add a
    personal note at the top. Once you're happy with it I'll put it on
    letterhead and mail you printed copies too.

    Best,
    Priya

    Priya Raman, MS, CGC
    Cancer Genetics Program | Quillfield Health
    (413) 555-0159
    """)), ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               _fam_letter, "Adler family letter DRAFT.docx"), style="outlook"))

_pt_sma = tx("""
Oi Dra. Lindqvist,

Recebi a mensagem do laboratório dizendo que o meu teste de portadora deu
positivo para atrofia muscular espinhal (AME/SMA), com uma cópia só do gene
SMN1. Fiquei muito preocupada. Isso quer dizer que o bebê vai ter a doença?
Estou com 9 semanas.

O meu marido, Rodrigo Souza, precisa fazer o teste também? Ele pode fazer
no mesmo laboratório, mesmo tendo outro plano de saúde?

Se for possível, prefiro conversar em português ou com um intérprete.

Obrigada,
Fernanda Souza
(413) 555-0128
""")
add("resultado-teste-portadora", "restricted", "pt",
    "A named pregnant patient asks her doctor about her spinal muscular atrophy carrier screening result and testing her husband: genetic carrier screening.",
    cat="genetic", where="body", hcs="iso-8859-1", hmode="Q",
    frm=A("Fernanda Souza", "fernanda.souza@correio.example.net"),
    to=A("Dra. Rosa Lindqvist", "rlindqvist@" + QF),
    subj="Resultado do teste de portadora", date=D(2026, 6, 4, 8, 27, 19), mailer=APPLE, mstyle="apple",
    body=T(_pt_sma, cs="iso-8859-1", cte="8bit"))

# ---- reproductive health ---------------------------------------------------
add("your-aftercare-instructions", "restricted", "en",
    "A clinic sends a named patient her aftercare instructions after an aspiration abortion, with the contraception she chose: pregnancy termination and contraceptive care.",
    cat="reproductive health", where="body",
    frm=A("Meridian Women's Health Center", "care@meridianwhc.example.org"),
    to=A("Kayla Summers", "kayla.summers@mailbox.example.com"),
    subj="Your aftercare instructions", date=D(2026, 3, 6, 16, 20, 0), mstyle="java",
    body=ALT(T(tx("""
    Hi Kayla,

    Thank you for trusting us today. Here is a copy of the aftercare
    instructions we went over after your procedure (aspiration abortion,
    March 6, 2026).

    What is normal:
    - Bleeding like a period, on and off, for up to 2 weeks. Some people
      have very little.
    - Cramping for the first few days. Ibuprofen 600 mg every 6 hours with
      food helps; a heating pad too.

    Call our 24-hour line right away at (413) 555-0166 if you:
    - soak through 2 or more pads an hour for 2 hours in a row,
    - have a fever of 100.4 F or higher,
    - have severe pain that ibuprofen does not help, or bad-smelling
      discharge.

    Birth control: you chose to start the pill. Take the first pill
    tomorrow (Saturday) and use condoms for the first 7 days.

    Follow-up: take the home pregnancy test we gave you in 4 weeks, or come
    in for a follow-up visit. You can book it online or by phone.

    Take care of yourself,
    The Meridian nursing team
    """)), H(tx("""
    <html><body style="font-family:Arial,sans-serif;font-size:14px">
    <p>Hi Kayla,</p>
    <p>Thank you for trusting us today. Here is a copy of the aftercare instructions we went
    over after your procedure (<b>aspiration abortion, March 6, 2026</b>).</p>
    <p><b>What is normal</b></p>
    <ul><li>Bleeding like a period, on and off, for up to 2 weeks. Some people have very little.</li>
    <li>Cramping for the first few days. Ibuprofen 600 mg every 6 hours with food helps; a heating pad too.</li></ul>
    <p><b>Call our 24-hour line right away at (413) 555-0166 if you:</b></p>
    <ul><li>soak through 2 or more pads an hour for 2 hours in a row,</li>
    <li>have a fever of 100.4&nbsp;F or higher,</li>
    <li>have severe pain that ibuprofen does not help, or bad-smelling discharge.</li></ul>
    <p><b>Birth control:</b> you chose to start the pill. Take the first pill tomorrow (Saturday)
    and use condoms for the first 7 days.</p>
    <p><b>Follow-up:</b> take the home pregnancy test we gave you in 4 weeks, or come in for a
    follow-up visit.</p>
    <p>Take care of yourself,<br>The Meridian nursing team</p>
    </body></html>
    """)), style="java"))

add("question-after-procedure", "restricted", "en",
    "borderline: a named patient writes one line ('still bleeding after the procedure is this normal'); the recipient's display name makes it abortion aftercare.",
    cat="reproductive health", where="display name",
    frm=A("Brianna Cole", "bri.cole04@inboxly.example.net"),
    to=A("Meridian WHC - Abortion Aftercare Line", "aftercare@meridianwhc.example.org"),
    subj="question", date=D(2026, 5, 23, 2, 14, 37), mailer=IPHONE, mstyle="apple",
    body=T(tx("""
    still bleeding after the procedure is this normal

    Sent from my iPhone
    """)))

add("cycle-2-stim-start-saturday", "restricted", "en",
    "A fertility clinic gives a named patient her IVF stimulation doses, monitoring visits and trigger plan: fertility treatment.",
    cat="reproductive health", where="body",
    frm=A("Hopewell Fertility - Nurse Team", "nurses@hopewellfertility.example.com"),
    to=A("Lauren Pierce", "lauren.pierce@post.example.com"),
    subj="Cycle 2 - stim instructions (start Saturday)", date=D(2026, 2, 25, 17, 58, 3),
    mailer=OUTLOOK, mstyle="outlook",
    body=ALT(T(tx("""
    Hi Lauren,

    Your baseline ultrasound and bloodwork from this morning look good
    (estradiol 31, no cysts), so you are cleared to start stimulation for
    cycle 2.

    Saturday 2/28, evening (between 7 and 9 PM):
      - Gonal-f 225 IU
      - Menopur 75 IU
    Continue the same doses every evening until we call you with changes.

    Monitoring (ultrasound + blood draw, 7:00-8:30 AM):
      - Tuesday 3/3
      - Thursday 3/5
    We'll add cetrotide when your lead follicle reaches about 13 mm.

    Trigger and retrieval: usually day 10-12. We will call you the
    afternoon of your last monitoring visit with the exact trigger time;
    retrieval is 36 hours later. You'll need a driver that day.

    Please confirm you received the medication delivery from the specialty
    pharmacy. Call the nurse line at (413) 555-0135 with any questions.

    Jenna, RN
    Hopewell Fertility
    """)), H(tx("""
    <html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
    <p>Hi Lauren,</p>
    <p>Your baseline ultrasound and bloodwork from this morning look good (estradiol 31, no cysts),
    so you are cleared to start stimulation for cycle 2.</p>
    <p><b>Saturday 2/28, evening (between 7 and 9 PM):</b></p>
    <ul><li>Gonal-f 225 IU</li><li>Menopur 75 IU</li></ul>
    <p>Continue the same doses every evening until we call you with changes.</p>
    <p><b>Monitoring</b> (ultrasound + blood draw, 7:00-8:30 AM): Tuesday 3/3, Thursday 3/5.
    We'll add cetrotide when your lead follicle reaches about 13 mm.</p>
    <p><b>Trigger and retrieval:</b> usually day 10-12. We will call you the afternoon of your last
    monitoring visit with the exact trigger time; retrieval is 36 hours later. You'll need a
    driver that day.</p>
    <p>Please confirm you received the medication delivery from the specialty pharmacy. Call the
    nurse line at (413) 555-0135 with any questions.</p>
    <p>Jenna, RN<br>Hopewell Fertility</p>
    </body></html>
    """)), style="outlook"))

_es_impl = tx("""
Hola Yesenia:

Le confirmamos su cita para la colocación del implante anticonceptivo en el
brazo:

  Martes 14 de abril, 9:30 a. m.
  Meridian Women’s Health Center, 27 Birch Avenue, 2.º piso
  Con: Dra. Alicia Montoya

Antes de la cita:
  • Puede comer normalmente.
  • Si tuvo relaciones sin protección en las últimas dos semanas, le haremos
    una prueba de embarazo ese día.
  • Traiga su tarjeta de seguro o, si no tiene, pregunte por nuestra escala
    de pago.

El procedimiento dura unos 10 minutos. Si necesita cambiar la cita, llame al
(413) 555-0165.

Saludos,
Meridian Women’s Health Center
""")
add("cita-implante-anticonceptivo", "restricted", "es",
    "A women's health centre confirms a named patient's appointment to have a contraceptive implant placed: contraceptive care.",
    cat="reproductive health", where="body", hcs="windows-1252", hmode="Q",
    frm=A("Meridian Women’s Health Center", "citas@meridianwhc.example.org", "windows-1252", "Q"),
    to=A("Yesenia Morales", "yesenia.morales@correo.example.com"),
    subj="Confirmación de su cita - martes 14 de abril", date=D(2026, 4, 7, 13, 40, 11),
    mailer=OUTLOOK, mstyle="outlook",
    body=T(_es_impl, cs="windows-1252", cte="quoted-printable"))

add("new-test-result-preview", "restricted", "en",
    "Portal notice to a named patient whose preview shows his chlamydia and gonorrhea tests were negative: STI results.",
    cat="reproductive health", where="preview",
    frm=A("QuillConnect", "no-reply@" + PORTAL),
    to=A("Ethan Cho", "ethan.cho@mailbox.example.com"),
    subj="New test result from Quillfield Urgent Care", date=D(2026, 7, 18, 11, 33, 0), mstyle="java",
    extra=[("Auto-Submitted", "auto-generated")],
    body=ALT(T(tx("""
    Hi Ethan,

    A new test result is available in QuillConnect.

    From: Quillfield Urgent Care - Ridgeway
    Preview: "Your chlamydia and gonorrhea tests were negative. Your syphilis
    test is still pending and we will message you when it is back..."

    View your result: https://portal.quillfield.example.org/results

    You are receiving this because you have e-mail notifications turned on.
    Manage notifications: https://portal.quillfield.example.org/settings
    """)), H(tx("""
    <html><body style="font-family:Arial,sans-serif;font-size:14px">
    <p>Hi Ethan,</p>
    <p>A new test result is available in QuillConnect.</p>
    <p><b>From:</b> Quillfield Urgent Care - Ridgeway<br>
    <b>Preview:</b> <i>"Your chlamydia and gonorrhea tests were negative. Your syphilis test is
    still pending and we will message you when it is back..."</i></p>
    <p><a href="https://portal.quillfield.example.org/results">View your result</a></p>
    <p style="font-size:11px;color:#888">You are receiving this because you have e-mail notifications turned on.
    <a href="https://portal.quillfield.example.org/settings">Manage notifications</a></p>
    </body></html>
    """)), style="java"))

_hf_plan = pdf([
    "#Hopewell Fertility - Patient Financial Services",
    "9 Lantern Hill Drive, Ashby  |  (413) 555-0136",
    "",
    "Payment Plan Agreement",
    "",
    "Patient: Danielle Ortega          Account: HF-0031877",
    "Date of birth: 01/14/1991          Plan date: 04/17/2026",
    "",
    "Services: Oocyte cryopreservation cycle (egg freezing), self-pay package",
    "  Monitoring, retrieval, anesthesia, embryology lab          $9,870.00",
    "  Stimulation medications (estimate, billed by pharmacy)     $1,550.00",
    "  Total                                                      $11,420.00",
    "",
    "Schedule:",
    "  Due before stimulation start (by 05/01/2026)                $2,500.00",
    "  Then 12 monthly payments of                                   $743.33",
    "  First monthly payment 06/01/2026. No interest.",
    "",
    "Annual storage after the first year: $650.00, billed each June.",
    "",
    "Signature: ______________________     Date: ____________",
], title="Payment plan HF-0031877")
add("payment-plan-egg-freezing", "restricted", "en",
    "A fertility clinic's billing office sends a named patient (account number) the payment plan for her egg-freezing cycle, with a PDF agreement: fertility care and its bill.",
    cat="reproductive health", where="body + attachment (PDF)",
    frm=A("Hopewell Fertility Billing", "billing@hopewellfertility.example.com"),
    to=A("Danielle Ortega", "d.ortega@webmail.example.net"),
    subj="Payment plan for your egg freezing cycle", date=D(2026, 4, 17, 14, 9, 51),
    mailer=OUTLOOK, mstyle="outlook",
    body=MIX(T(tx("""
    Hi Danielle,

    As we discussed on the phone, attached is the payment plan for your egg
    freezing cycle (account HF-0031877). The first payment of $2,500 is due
    before you start stimulation, then 12 monthly payments with no interest.

    Please sign and return it through the portal or by replying with a scan.
    You can also pay the first installment by phone.

    Thanks,
    Mariah Lopes
    Patient Financial Counselor
    Hopewell Fertility | (413) 555-0136
    """)), ATT("application/pdf", _hf_plan, "Ortega_payment_plan.pdf"), style="outlook"))

_ar_iud = tx("""
السيدة فاطمة الحسن المحترمة،

نذكّرك بموعد المتابعة بعد تركيب اللولب الرحمي (IUD):

  اليوم: الأربعاء 20 مايو 2026
  الساعة: 11:15 صباحاً
  المكان: مركز ميريديان لصحة المرأة، 27 شارع بيرش، الطابق الثاني
  الطبيبة: د. أليسيا مونتويا

سنتأكد من مكان اللولب ونجيب عن أسئلتك حول النزيف أو الألم. إذا شعرت قبل
الموعد بألم شديد أو حرارة مرتفعة، اتصلي بنا فوراً على الرقم (413) 555-0166.

يتوفر مترجم للغة العربية في يوم الموعد.

مع التحية،
مركز ميريديان لصحة المرأة
""")
add("tadhkir-mawid-al-lawlab", "restricted", "ar",
    "A women's health centre reminds a named patient of her follow-up visit after IUD insertion: contraceptive care.",
    cat="reproductive health", where="body", hcs="windows-1256",
    frm=A("مركز ميريديان لصحة المرأة", "care@meridianwhc.example.org", "windows-1256"),
    to=A("فاطمة الحسن", "fatima.alhassan@mailbox.example.com", "windows-1256"),
    subj="تذكير بموعد المتابعة", date=D(2026, 5, 15, 10, 0, 0), mstyle="java",
    body=T(_ar_iud, cs="windows-1256", cte="base64"))


def png(w=64, h=48, seed="x"):
    """A small valid PNG (a soft gradient) for photo attachments."""
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    hs = _hs("png", seed)
    r0, g0, b0 = int(hs[0:2], 16), int(hs[2:4], 16), int(hs[4:6], 16)
    rows = b""
    for y in range(h):
        rows += b"\x00" + b"".join(bytes(((r0 + x) % 256, (g0 + y) % 256, (b0 + x + y) % 256)) for x in range(w))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# ------------------------------------------------------------------------
# PHI (65): an identifiable person plus health, treatment or payment-for-care
# information outside the restricted categories.
# ------------------------------------------------------------------------
add("third-time-asking", "phi", "en",
    "An angry named patient says his lisinopril refill was never sent and gives his home blood-pressure reading: medication and a vital sign.",
    where="body",
    frm=A("Gerald Pruitt", "gpruitt54@mailbox.example.com"),
    to=A("Quillfield Family Medicine - Ashby Road", "fm.ashby@" + QF),
    subj="THIRD TIME ASKING", date=D(2026, 1, 8, 8, 2, 44), mstyle="gmail",
    body=T(tx("""
    I have called THREE times since Friday about my blood pressure pills and
    nobody has called me back. The pharmacy says they never got anything from
    you. I have been out of the lisinopril for 4 days now. This morning my
    machine said 168/102.

    I have been a patient of Dr. Baptiste for 11 years and I have never been
    treated like this. If I have a stroke over a refill that's on you people.

    Send it to Fennel Street Pharmacy TODAY please. My DOB is 6/30/1954 if
    you need it.

    Gerald Pruitt
    (413) 555-0114
    """)))

add("rash-since-the-amoxicilin", "phi", "en",
    "A mother texts the pediatric nurse line that her named son has a rash since starting amoxicillin for an ear infection: medication and a symptom.",
    where="body",
    frm=A("Tasha Greene", "tashagreene.mom@inboxly.example.net"),
    to=A("Sunmeadow Pediatrics Nurse Line", "nurse@sunmeadowpeds.example.com"),
    subj="rash", date=D(2026, 2, 3, 19, 44, 8), mailer=IPHONE, mstyle="apple",
    body=T(tx("""
    hi my son eli greene has a rash on his belly and back since this afternoon he started the amoxicilin sunday for his ear infection. its red and blotchy not itchy he is acting fine no fever. is that allergic should i stop it?? he is 3 dob 7/14/22. i attached nothing sorry my phone wont do pictures on email

    Sent from my iPhone
    """), flowed=True))

add("dads-meds-after-the-hospital", "phi", "en",
    "A daughter asks her father's doctor to sort out his named father's warfarin and metoprolol doses after a hospital discharge.",
    where="body",
    frm=A("Karen Liddell", "karen.liddell@post.example.com"),
    to=A("Dr. Marc Baptiste", "mbaptiste@" + QF),
    cc=A("Quillfield Family Medicine - Ashby Road", "fm.ashby@" + QF),
    subj="My father Walter Liddell - medication questions after discharge", date=D(2026, 1, 22, 12, 31, 5),
    mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Dr. Baptiste,

    I'm Walter Liddell's daughter (I'm on his HIPAA form). Dad came home from
    Quillfield Medical Center on Monday after the A-fib admission and I am
    trying to set up his pill box, but the discharge paperwork and his old
    bottles don't agree and I don't want to get this wrong.

    1. Warfarin: the discharge list says 5 mg every day. His bottle at home
       says 2.5 mg, and the Coumadin clinic's last note said 5 mg Mon/Wed/Fri
       and 2.5 mg the other days. Which one is right? His INR in the
       hospital was 1.6.
    2. Metoprolol: the list says metoprolol succinate 50 mg once a day. He
       was taking metoprolol tartrate 25 mg twice a day before. Does he stop
       the old one?
    3. They stopped his naproxen. He takes it for his knee. What can he use
       instead?

    He has his follow-up with you on February 2, but I don't think we should
    wait that long for the warfarin. I'm at (413) 555-0123 during the day.

    Thank you,
    Karen Liddell
    """)))

add("appointment-confirmed-march-19", "phi", "en",
    "Scheduling confirms a named patient's cardiology visit with an echocardiogram beforehand: appointment for care.",
    where="body",
    frm=A("Quillfield Health Scheduling", "scheduling@" + QF),
    to=A("Robert Castellanos", "rcastellanos@webmail.example.net"),
    subj="Appointment confirmed: Thu, Mar 19 at 1:40 PM", date=D(2026, 3, 5, 15, 12, 0), mstyle="java",
    extra=[("Auto-Submitted", "auto-generated")],
    body=ALT(T(tx("""
    Hi Robert,

    Your appointments are confirmed.

      Thu, Mar 19, 2026
      12:30 PM  Echocardiogram - Heart & Vascular Imaging, 2nd floor
      1:40 PM   Cardiology follow-up - Daniel Hwang, MD

    Location: Quillfield Heart & Vascular Center, 400 Quill Road, Building B
    Please arrive 15 minutes early. Wear a two-piece outfit for the echo.

    Need to cancel or reschedule? Call (413) 555-0100 or use QuillConnect.
    """)), H(tx("""
    <html><body style="font-family:Arial,sans-serif;font-size:14px">
    <p>Hi Robert,</p>
    <p>Your appointments are confirmed.</p>
    <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
    <tr style="background:#eef3f7"><th colspan="2" align="left">Thu, Mar 19, 2026</th></tr>
    <tr><td>12:30 PM</td><td>Echocardiogram - Heart &amp; Vascular Imaging, 2nd floor</td></tr>
    <tr><td>1:40 PM</td><td>Cardiology follow-up - Daniel Hwang, MD</td></tr>
    </table>
    <p>Location: Quillfield Heart &amp; Vascular Center, 400 Quill Road, Building B<br>
    Please arrive 15 minutes early. Wear a two-piece outfit for the echo.</p>
    <p>Need to cancel or reschedule? Call (413) 555-0100 or use QuillConnect.</p>
    </body></html>
    """)), style="java"))

add("reminder-thu-3-12", "phi", "en",
    "A one-line reminder to a named patient of her dermatology appointment: appointment for care.",
    where="body",
    frm=A("Quillfield Health", "reminders@" + QF),
    to=A("Priya Natarajan", "priya.natarajan@mailbox.example.com"),
    subj="Reminder: appointment Thu 3/12", date=D(2026, 3, 10, 10, 0, 0), mstyle="java",
    body=T(tx("""
    Priya, reminder: Dermatology with Dr. Susan Han, Thu 3/12 at 10:40 AM, Quillfield Ridgeway. Reply YES to confirm or call (413) 555-0100 to reschedule.
    """)))

add("new-result-a1c", "phi", "en",
    "Portal notice to a named patient that shows his hemoglobin A1c value in the preview: a lab value.",
    where="preview",
    frm=A("QuillConnect", "no-reply@" + PORTAL),
    to=A("Luis Ferreira", "luis.ferreira@post.example.com"),
    subj="New test result available", date=D(2026, 2, 17, 6, 45, 10), mstyle="java",
    extra=[("Auto-Submitted", "auto-generated")],
    body=T(tx("""
    Hi Luis,

    A new test result is available in QuillConnect.

      Hemoglobin A1c: 7.9 % (high)
      Collected: 02/13/2026
      Ordered by: Marc Baptiste, MD

    Your care team may send you a message about this result. Sign in to see
    the full report: https://portal.quillfield.example.org/results

    Please do not reply to this e-mail.
    """)))

_es_refill = tx("""
Hola Ruth:

Le recordamos que ya puede volver a surtir su receta:

  Receta n.º 5518204 - metformina de liberación prolongada 500 mg
  Tomar 2 tabletas con la cena
  Última vez surtida: 14/03/2026

Para pedirla, responda SÍ a este correo, use nuestra aplicación o llámenos
al (413) 555-0109. Si su médico cambió la dosis, avísenos.

Farmacia Fennel Street
118 Fennel Street
""")
add("recordatorio-resurtido-metformina", "phi", "es",
    "A pharmacy reminds a named patient (Rx number) that her metformin is due for refill: medication.",
    where="body",
    frm=A("Farmacia Fennel Street", "refills@fennelrx.example.com"),
    to=A("Ruth Adebayo", "ruth.adebayo@correo.example.com"),
    subj="Recordatorio: su receta está lista para surtir", date=D(2026, 4, 11, 9, 5, 0), mstyle="java",
    body=T(_es_refill, cs="utf-8", cte="8bit"))

add("update-on-your-prior-authorization", "phi", "en",
    "A specialty pharmacy tells a named member (member ID) that his adalimumab prior authorization was denied and his doctor is appealing: medication and coverage.",
    where="body",
    frm=A("Bluestem Specialty Pharmacy", "specialty@bluestem.example.com"),
    to=A("Anthony Russo", "anthony.russo@inboxly.example.net"),
    subj="Update on your prior authorization", date=D(2026, 2, 26, 16, 2, 37), mstyle="java",
    body=T(tx("""
    Dear Anthony Russo,

    Member ID: BSH-30928471
    Medication: adalimumab 40 mg/0.4 mL pen, every 14 days
    Prescriber: Nadia Farouk, MD (Rheumatology)

    We received a decision on the prior authorization request for the
    medication above. The request was not approved because the plan requires
    a trial of methotrexate for at least 12 weeks first.

    Dr. Farouk's office has told us they are sending an appeal with your
    treatment history. You do not need to do anything right now. We will
    contact you as soon as we hear back, usually within 5 business days.

    If you run out before then, call us at (413) 555-0190 and ask about a
    one-time transition supply.

    Bluestem Specialty Pharmacy
    """)))

add("crown-estimate-tooth-19", "phi", "en",
    "A dental office sends a named patient the estimate and appointment for a crown on tooth #19: dental treatment and its cost.",
    where="body",
    frm=A("Brightwater Dental Group", "frontdesk@brightwaterdental.example.com"),
    to=A("Brendan O'Neil", "boneil@webmail.example.net"),
    subj="Your treatment estimate", date=D(2026, 3, 24, 11, 48, 20), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi Brendan,

    Here is the estimate Dr. Kaur went over with you at your cleaning.

      Tooth #19 - porcelain crown (D2740)        $1,280.00
      Core buildup (D2950)                          $265.00
      Estimated insurance (Alder Mutual, 50%)      -$772.50
      Your estimated portion                        $772.50

    We have you down for the crown prep on Tuesday, April 14 at 8:00 AM
    (about 90 minutes). The permanent crown goes on about 2 weeks later.
    Until then, try to avoid chewing hard things on that side - the crack
    line Dr. Kaur showed you can get worse.

    Thanks!
    Leah
    Brightwater Dental Group | (413) 555-0121
    """)))

add("your-glasses-are-ready", "phi", "en",
    "An eye clinic tells a named patient her glasses are ready and that the doctor wants her eye pressure (23) rechecked: eye care.",
    where="body",
    frm=A("Lakeside Eye Associates", "optical@lakesideeye.example.com"),
    to=A("Grace Holloway", "grace.holloway@mailbox.example.com"),
    subj="Your glasses are ready", date=D(2026, 5, 2, 10, 14, 9), mstyle="gmail",
    body=T(tx("""
    Hi Grace,

    Your new glasses (progressive lenses, Rx from your exam with Dr. Imani on
    4/18) are ready for pickup at our Main Street location.

    Also, Dr. Imani asked us to remind you: your eye pressure was a little
    high at the exam (23 in the right eye), so she'd like to recheck it with
    a visual field test in 3 months. We can book that when you come in.

    Optical hours: Mon-Fri 9-6, Sat 9-1.

    Lakeside Eye Associates
    (413) 555-0131
    """)))

_acl_pdf = pdf([
    "#Motion Works Physical Therapy - Home Exercise Program",
    "Patient: Jasmine Ruiz      DOB: 09/03/1998      Therapist: Owen Pratt, DPT",
    "Diagnosis: s/p L ACL reconstruction (hamstring graft) 02/02/2026 - week 6",
    "",
    "Do once a day unless noted. Ice 15 minutes after.",
    "",
    "1. Quad sets - 10 second hold, 15 reps",
    "2. Straight leg raise - 3 x 12",
    "3. Heel slides to 120 degrees - 3 x 15",
    "4. Mini squats 0-45 degrees - 3 x 12",
    "5. Forward step-downs, 4 inch step - 3 x 10 (NEW)",
    "6. Single-leg balance on foam - 4 x 30 seconds (NEW)",
    "7. Stationary bike, no resistance - 10 minutes",
    "",
    "No running, jumping or pivoting until cleared by Dr. Lund.",
    "Next visit: Thursday 03/19/2026, 4:15 PM",
], title="HEP Ruiz")
add("updated-home-program", "phi", "en",
    "A physical therapist sends a named patient her updated home exercise programme; the PDF gives her DOB and ACL reconstruction: rehabilitation care.",
    where="attachment (PDF)",
    frm=A("Owen Pratt, DPT", "opratt@motionworkspt.example.com"),
    to=A("Jasmine Ruiz", "jasmine.ruiz98@inboxly.example.net"),
    subj="updated home program", date=D(2026, 3, 16, 18, 20, 51), mstyle="gmail",
    body=MIX(T(tx("""
    Hi Jasmine,

    Here's the updated home program we went over today. Two new ones at the
    bottom (step-downs and the foam balance). Go slow on the step-downs and
    keep the knee over your second toe like we practiced.

    See you Thursday!
    Owen

    Owen Pratt, PT, DPT
    Motion Works Physical Therapy
    (413) 555-0141
    """)), ATT("application/pdf", _acl_pdf, "HEP_week6.pdf"), style="gmail"))

add("nurse-visits-next-week", "phi", "en",
    "A home health agency tells a son the wound-care visit schedule for his named mother: home nursing care.",
    where="body",
    frm=A("Hearthstone Home Health - Scheduling", "schedule@hearthstonehh.example.org"),
    to=A("Derek Amos", "derek.amos@post.example.com"),
    subj="Loretta's visits next week", date=D(2026, 2, 13, 14, 37, 22), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi Derek,

    Here is your mom's schedule for next week. Janelle (RN) will do the
    dressing changes on her leg wound Monday, Wednesday and Friday between
    10 and noon. Marcus from PT is coming Tuesday at 2:00 for the walker
    training.

    The medical supply company will drop off more foam dressings and saline
    on Monday morning; someone needs to be home to sign.

    If Loretta's leg gets redder, hotter, or she runs a fever over the
    weekend, call our on-call nurse at (413) 555-0150.

    Hearthstone Home Health
    """)))

add("checking-in-about-your-dad", "phi", "en",
    "A hospice nurse updates a daughter on her named father's condition and comfort medicines (morphine for breathlessness): end-of-life care.",
    where="body",
    frm=A("Theresa Quinn RN", "tquinn@eveningstarhospice.example.org"),
    to=A("Angela Delgado", "angela.delgado@webmail.example.net"),
    subj="Checking in about your dad", date=D(2026, 4, 19, 20, 3, 40), mailer=IPHONE, mstyle="apple",
    body=T(tx("""
    Hi Angela,

    I wanted to write down what we talked about at the visit today so you
    and your brother have it in one place.

    Your dad is sleeping more and eating very little, which is what we
    expect at this stage. His breathing was more comfortable after the
    morphine (5 mg = 0.25 mL under the tongue). You can give it every 2
    hours as needed for shortness of breath or pain. Please write down each
    dose on the sheet on the fridge.

    The mouth swabs and the lotion are in the comfort kit. If he gets
    restless at night or you are worried about anything, call the 24-hour
    line at (413) 555-0155. You are never bothering us.

    Frank is lucky to have you both.

    Theresa
    Evening Star Hospice

    Sent from my iPhone
    """)))

add("video-visit-link-endocrinology", "phi", "en",
    "A telehealth link for a named patient's endocrinology video visit with a named doctor: appointment for care.",
    where="body",
    frm=A("Quillfield Video Visits", "telehealth@" + QF),
    to=A("Sandra Whitfield", "swhitfield@mailbox.example.com"),
    subj="Your video visit starts soon", date=D(2026, 6, 9, 13, 45, 0), mstyle="java",
    body=ALT(T(tx("""
    Hi Sandra,

    Your video visit with Chinwe Okafor, MD (Endocrinology) starts at
    2:00 PM today (Tuesday, June 9).

    Join here: https://visit.quillfield.example.org/j/4471903385?pwd=Qx7mR2

    Before you join:
    - Have your glucose meter or CGM readings from the last 2 weeks handy.
    - Use a quiet, private place with good light.

    Having trouble? Call the video visit help line at (413) 555-0102.
    """)), H(tx("""
    <html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
    <p>Hi Sandra,</p>
    <p>Your video visit with <b>Chinwe Okafor, MD (Endocrinology)</b> starts at <b>2:00 PM today</b>
    (Tuesday, June 9).</p>
    <p><a href="https://visit.quillfield.example.org/j/4471903385?pwd=Qx7mR2"
    style="background:#0b6e4f;color:#fff;padding:10px 16px;text-decoration:none">Join video visit</a></p>
    <p>Before you join:</p>
    <ul><li>Have your glucose meter or CGM readings from the last 2 weeks handy.</li>
    <li>Use a quiet, private place with good light.</li></ul>
    <p>Having trouble? Call the video visit help line at (413) 555-0102.</p>
    </body></html>
    """)), style="java"))

add("statement-account-70019562", "phi", "en",
    "A patient statement for a named patient's colonoscopy with biopsy, with account number and balance: bill for services.",
    where="body",
    frm=A("Quillfield Patient Financial Services", "statements@" + QF),
    to=A("Howard Kimball", "hkimball@post.example.com"),
    subj="Your statement is ready - account 70019562", date=D(2026, 3, 1, 5, 30, 0), mstyle="java",
    body=T(tx("""
    Statement date: 03/01/2026
    Patient: Howard Kimball
    Account number: 70019562
    Guarantor: Howard Kimball

    Date of service   Description                              Charges
    01/27/2026        Colonoscopy with biopsy - Gastroenterology  $2,940.00
    01/27/2026        Anesthesia (monitored)                        $612.00
    01/27/2026        Pathology - surgical specimen                 $318.00
                      Insurance payments (Bluestem)              -$3,106.40
                      Insurance adjustments                        -$501.60
                      Amount due from you                           $262.00

    Payment due by 03/31/2026. Pay online at
    https://pay.quillfield.example.org or call (413) 555-0107.
    Ask us about payment plans and financial assistance.
    """)))

add("payment-plan-confirmation", "phi", "en",
    "Billing confirms a payment plan for a named patient's emergency-department visit (account number, date of service): bill for services.",
    where="body",
    frm=A("Quillfield Patient Financial Services", "billing@" + QF),
    to=A("Crystal Ybarra", "crystal.ybarra@inboxly.example.net"),
    subj="Payment plan confirmation", date=D(2026, 2, 9, 14, 2, 0), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Dear Crystal Ybarra,

    Thank you for speaking with us today. Your payment plan is set up as
    follows:

      Account: 70024107
      Service: Emergency Department visit, 01/04/2026 (Quillfield Medical
               Center), including CT of the abdomen
      Balance: $1,140.00
      Plan: $95.00 per month for 12 months, automatic payment on the 15th
      First payment: 02/15/2026

    No interest is charged as long as payments are made on time. If your
    situation changes, call us at (413) 555-0107 before a payment is
    missed.

    Sincerely,
    Patient Financial Services
    Quillfield Health
    """)))

add("aidens-inhaler", "phi", "en",
    "A school nurse tells a parent her named son used his albuterol inhaler twice this week and the spare is almost empty: medication use.",
    where="body",
    frm=A("Carol Benning, RN", "cbenning@maplehollow.schools.example.net"),
    to=A("Melissa Ford", "mford.family@mailbox.example.com"),
    subj="Aiden's inhaler", date=D(2026, 10, 8, 13, 22, 10), mstyle="gmail",
    body=T(tx("""
    Hi Ms. Ford,

    Just a heads-up: Aiden came to the health office twice this week during
    recess (Monday and today) with wheezing and used his albuterol inhaler,
    2 puffs each time. Both times he was fine after about 15 minutes and went
    back to class.

    The inhaler we keep here has only about 20 puffs left and it expires in
    November, so could you send in a new one? You might also want to let
    his doctor know he's needed it more since the weather changed.

    Thanks,
    Carol Benning, RN
    School Nurse, Maple Hollow Elementary
    (413) 555-0133 ext. 2
    """)))

add("re-follow-up", "phi", "en",
    "A named patient's one-line reply asks about running; the quoted message from the orthopaedic PA gives her MRI result (medial meniscus tear) and plan: only in the quoted part.",
    where="quoted",
    frm=A("Nicole Barros", "nicole.barros@webmail.example.net"),
    to=A("Sam Whitley, PA-C", "swhitley@" + QF),
    subj="Re: Follow up", date=D(2026, 5, 12, 7, 58, 31), mstyle="gmail",
    irt=pmid("barros-mri", QF, "gmail"),
    body=T(tx("""
    Thanks Sam. So I guess the half marathon in June is off?

    On Mon, May 11, 2026 at 4:47 PM Sam Whitley, PA-C <swhitley@quillfield.example.org> wrote:

    > Hi Nicole,
    >
    > Your MRI came back. It shows a tear of the medial meniscus in your right
    > knee (the back part, called the posterior horn). There's no ACL
    > damage. The cartilage looks good for your age.
    >
    > Since it's been locking, Dr. Lund thinks you'd do well with an
    > arthroscopic repair. Let's talk about it in clinic; I've asked the
    > front desk to book you next week. Until then, no running or deep
    > squats.
    >
    > Sam Whitley, PA-C
    > Quillfield Orthopedics
    """)))

add("fw-results", "phi", "en",
    "A named man forwards his wife his cholesterol results with his doctor's plan to start a statin: lab values and medication.",
    where="body + quoted",
    frm=A("Tom Kessler", "tkessler@post.example.com"),
    to=A("Joan Kessler", "joan.kessler@post.example.com"),
    subj="FW: Results", date=D(2026, 3, 27, 12, 10, 4), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    FYI. Looks like the statin is happening. I'll pick it up tomorrow.

    -----Original Message-----
    From: Quillfield Family Medicine <fm.ashby@quillfield.example.org>
    Sent: Friday, March 27, 2026 10:41 AM
    To: Tom Kessler <tkessler@post.example.com>
    Subject: Results

    Hi Tom,

    Dr. Baptiste reviewed your labs from 3/24:
      Total cholesterol 262, LDL 178, HDL 41, triglycerides 215
      Glucose 98 (normal)

    With your family history, she recommends starting atorvastatin 20 mg
    once a day. The prescription was sent to Fennel Street Pharmacy. We will
    recheck your cholesterol and liver tests in 8 weeks.

    Quillfield Family Medicine - Ashby Road
    """)))

add("referral-gloria-tan-subject", "phi", "en",
    "Body asks only to schedule a referral; the Subject names Gloria Tan, her MRN and her trigger finger for hand surgery: only in the Subject.",
    where="subject",
    frm=A("Denise Albright", "dalbright@" + QF),
    to=A("Ortho Scheduling", "ortho.scheduling@" + QF),
    subj="Referral - Gloria Tan MRN 448812 - hand surg, L trigger finger", date=D(2026, 4, 3, 11, 2, 58),
    mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    pls schedule, referral is in the chart. she prefers mornings and needs a
    Cantonese interpreter.

    thanks
    Denise
    """)))

add("payment-received-thank-you", "phi", "en",
    "A named patient's payment and remaining balance, sent from 'Quillfield Oncology Billing': a bill for cancer care, the care only in the display name.",
    where="display name",
    frm=A("Quillfield Oncology Billing", "onc.billing@" + QF),
    to=A("Marjorie Ferris", "mferris@mailbox.example.com"),
    subj="Payment received - thank you", date=D(2026, 3, 3, 9, 12, 45), mstyle="java",
    body=T(tx("""
    Dear Ms. Ferris,

    We received your payment of $150.00 on 03/02/2026. Thank you.

    Account: 70023418
    Remaining balance: $412.18
    Next scheduled payment: 04/02/2026

    Questions? Call (413) 555-0108, Monday-Friday 8:00-4:30.
    """)))

_imm_csv = tx("""
patient_name,dob,vaccine,dose,date_given,lot,site
"Lopez, Sofia",2019-05-21,DTaP,5,2024-06-03,DT4471A,L deltoid
"Lopez, Sofia",2019-05-21,IPV,4,2024-06-03,IP2290C,R deltoid
"Lopez, Sofia",2019-05-21,MMR,2,2024-06-03,MM8813B,L thigh
"Lopez, Sofia",2019-05-21,Varicella,2,2024-06-03,VR5530A,R thigh
"Lopez, Sofia",2019-05-21,Hepatitis B,3,2019-11-25,HB1178D,L thigh
"Lopez, Sofia",2019-05-21,Influenza,1,2025-10-14,FL9025K,L deltoid
""")
add("record-you-asked-for", "phi", "en",
    "A pediatric office sends a parent the immunization record she asked for; the CSV lists Sofia Lopez, her DOB and every vaccine dose: only in the attachment.",
    where="attachment (CSV)",
    frm=A("Sunmeadow Pediatrics", "records@sunmeadowpeds.example.com"),
    to=A("Daniela Lopez", "daniela.lopez@correo.example.com"),
    subj="the record you asked for", date=D(2026, 8, 11, 10, 31, 2), mailer=OUTLOOK, mstyle="outlook",
    body=MIX(T(tx("""
    Hi Ms. Lopez,

    Attached is the record you asked for, for the school. If they need it on
    the state form instead, let us know and we can fill that out too (allow
    2 business days).

    Sunmeadow Pediatrics - Medical Records
    (413) 555-0117
    """)), ATT("text/csv", _imm_csv, "immunizations.csv", params=[("charset", "utf-8")]), style="outlook"))

_ics_colo = ics("REQUEST", "QF-APPT-88120417@quillfield.example.org", "20260507T073000", "20260507T100000",
                "Colonoscopy - Gastroenterology (Dr. Iris Chen) - Leonard Osborne",
                "Quillfield Endoscopy Center, 400 Quill Road, Building D",
                "Patient: Leonard Osborne, MRN 3390217. Procedure: screening colonoscopy with possible "
                "polypectomy. Split-dose bowel prep: first dose 6 PM the evening before, second dose 2:30 AM. "
                "Clear liquids only the day before. Stop iron 7 days before. You must have a driver.",
                organizer=("Quillfield Scheduling", "scheduling@quillfield.example.org"),
                attendees=[("Leonard Osborne", "leonard.osborne@webmail.example.net")])
add("appointment-details-attached", "phi", "en",
    "The body only mentions 'your upcoming appointment' to a named patient; the ICS adds his MRN, the colonoscopy and the bowel prep: the care itself is only in the attachment.",
    where="attachment (ICS)",
    frm=A("Quillfield Scheduling", "scheduling@" + QF),
    to=A("Leonard Osborne", "leonard.osborne@webmail.example.net"),
    subj="Appointment details", date=D(2026, 4, 20, 11, 5, 0), mstyle="java",
    body=MIX(T(tx("""
    Hello,

    The details of your upcoming appointment are attached. Add it to your
    calendar and read the instructions in the description carefully.

    Quillfield Scheduling
    (413) 555-0100
    """)), ATT("application/ics", _ics_colo, "appointment.ics", cte="7bit"), style="java"))

add("eob-claim-ready", "phi", "en",
    "An insurer tells a named member (member ID, claim number) about the explanation of benefits for her physical therapy visit: EOB.",
    where="body",
    frm=A("Bluestem Health Plan", "eob@bluestem.example.com"),
    to=A("Megan Thorpe", "megan.thorpe@mailbox.example.com"),
    subj="Your Explanation of Benefits is ready", date=D(2026, 4, 14, 4, 12, 0), mstyle="java",
    body=T(tx("""
    Hi Megan,

    A new Explanation of Benefits (EOB) is ready for a claim processed on
    04/13/2026.

      Member: Megan Thorpe            Member ID: BSH-51730926
      Claim number: 2026-0411-88213
      Provider: Motion Works Physical Therapy
      Date of service: 03/30/2026 - therapeutic exercise, manual therapy
      Amount billed: $240.00     Plan paid: $168.00     You may owe: $35.00

    This is not a bill. Your provider may bill you for the amount you owe.
    See the full EOB at https://members.bluestem.example.com/eob

    Bluestem Health Plan Member Services: (413) 555-0191
    """)))

_appeal_pdf = pdf([
    "Harold Nguyen",
    "77 Sycamore Court, Ashby",
    "",
    "April 6, 2026",
    "",
    "Alder Mutual Insurance - Appeals Unit",
    "",
    "Re: Appeal of denied claim",
    "Member ID: AMI-7716-2043-09      Claim number: C26-0318-44190",
    "",
    "To the Appeals Unit:",
    "",
    "I am appealing the denial of my claim for a CPAP machine and supplies. I was",
    "diagnosed with severe obstructive sleep apnea (AHI 41) after a sleep study at",
    "Quillfield Sleep Center on 02/19/2026. The denial letter says there was no",
    "face-to-face visit, but I saw Dr. Lena Morales on 03/02/2026. Her visit note",
    "and the sleep study report are enclosed.",
    "",
    "I drive for a living and my doctor says untreated apnea is a safety risk.",
    "Please reconsider.",
    "",
    "Sincerely,",
    "Harold Nguyen",
], title="Appeal")
add("appeal-of-denied-claim", "phi", "en",
    "A named member sends his appeal of a denied CPAP claim (member ID, claim number); the PDF gives his sleep apnea diagnosis and study: claim and diagnosis.",
    where="body + attachment (PDF)",
    frm=A("Harold Nguyen", "harold.nguyen@inboxly.example.net"),
    to=A("Alder Mutual Appeals", "appeals@aldermutual.example.net"),
    subj="Appeal - claim C26-0318-44190", date=D(2026, 4, 6, 21, 16, 3), mstyle="gmail",
    body=MIX(T(tx("""
    Hello,

    Please find my appeal letter attached for claim C26-0318-44190 (member ID
    AMI-7716-2043-09). The sleep study and my doctor's note will be faxed by
    Quillfield Sleep Center.

    Harold Nguyen
    (413) 555-0127
    """)), ATT("application/pdf", _appeal_pdf, "appeal letter.pdf"), style="gmail"))

add("pain-pills-after-hip", "phi", "en",
    "borderline: a named patient asks how to taper oxycodone after her hip replacement; opioids for post-surgical pain are phi, not substance-use treatment.",
    where="body",
    frm=A("Dolores Whitaker", "dwhitaker@post.example.com"),
    to=A("Quillfield Orthopedics Nurse Line", "ortho.nurse@" + QF),
    subj="pain pills", date=D(2026, 3, 14, 10, 41, 27), mstyle="gmail",
    body=T(tx("""
    Hello,

    I had my right hip replaced by Dr. Lund on March 3. I am doing pretty
    well and walking with the walker around the house. I am still taking the
    oxycodone 5 mg, usually 3 a day now, plus the Tylenol. I would like to
    stop the oxycodone because it makes me constipated and foggy. Can I just
    stop or do I need to cut down slowly? And what do I do with the pills I
    don't use?

    Thank you,
    Dolores Whitaker
    DOB 11/02/1949
    """)))

add("secure-test-send", "phi", "en",
    "borderline: a billing clerk's '[secure]' test send with no patient in it; a message the sender marks is at least phi (marked-secure-test-no-content).",
    where="marker only",
    frm=A("Rhonda Feld", "rfeld@" + QF),
    to=A("Rhonda Feld", "rhonda.feld.home@mailbox.example.com"),
    subj="[secure] test", date=D(2026, 1, 12, 9, 3, 11), mailer=OUTLOOK, mstyle="outlook",
    extra=[("X-Sensitivity", "Confidential")],
    body=T(tx("""
    testing the secure send from the new laptop, please ignore

    Rhonda Feld
    Patient Financial Services | Quillfield Health
    (413) 555-0107
    """)))

add("mami-insulina-nights", "phi", "es+en",
    "A son writes in mixed Spanish and English about his named mother's insulin glargine dose and night-time lows: medication and glucose readings.",
    where="body",
    frm=A("Daniel Jiménez", "daniel.jimenez@mailbox.example.com"),
    to=A("Dr. Chinwe Okafor", "cokafor@" + QF),
    subj="Mi mamá Rosa Jiménez - insulin question", date=D(2026, 2, 21, 22, 8, 40), mstyle="gmail",
    body=T(tx("""
    Hi Dr. Okafor,

    Soy el hijo de Rosa Jiménez (DOB 08/09/1950), you saw her last month. Le
    subieron la Lantus a 24 unidades en la noche, pero since then she's had
    lows almost every morning, 58 y 61 esta semana, y ayer 49 at 5 AM. Ella
    se siente temblorosa y sudada. We gave her juice like you said.

    ¿Le bajamos a 20 unidades? Or should she take it in the morning? She
    doesn't speak English so I'm writing for her. Mi teléfono es
    (413) 555-0125.

    Gracias,
    Daniel
    """)))

_es_peds = tx("""
Estimados padres de Mateo Rivera:

Le recordamos que a Mateo le toca su consulta de niño sano de los 4 años.
En esta visita le pondremos las vacunas DTaP, polio (IPV), sarampión-paperas-
rubéola (MMR) y varicela, y le haremos la prueba de la vista y del oído.

  Fecha: jueves 21 de mayo de 2026, 3:20 p. m.
  Con: Dra. Naomi Sato
  Lugar: Sunmeadow Pediatrics, 14 Elm Court

Si Mateo tiene fiebre ese día, llámenos para cambiar la cita. Puede traer
la cartilla de vacunación para que la pongamos al día.

Sunmeadow Pediatrics - (413) 555-0117
""")
add("consulta-de-los-4-anos", "phi", "es",
    "A pediatric office reminds a named child's parents of his 4-year check-up and the vaccines he will get: appointment for care.",
    where="body", hcs="iso-8859-1", hmode="Q",
    frm=A("Sunmeadow Pediatrics", "recordatorios@sunmeadowpeds.example.com"),
    to=A("Familia Rivera", "riverafam@correo.example.com"),
    subj="Recordatorio: consulta de niño sano de Mateo", date=D(2026, 5, 14, 9, 0, 0), mstyle="java",
    body=T(_es_peds, cs="iso-8859-1", cte="quoted-printable"))

_vi_cardio = tx("""
Kính gửi bà Trần Thị Lan,

Quillfield Heart & Vascular Center xin xác nhận lịch hẹn của bà:

  Ngày: Thứ Tư, 15/4/2026, lúc 9 giờ 20 sáng
  Bác sĩ: Daniel Hwang, MD (Tim mạch)
  Nội dung: tái khám và gắn máy Holter theo dõi nhịp tim 24 giờ

Xin bà mặc áo rộng, cài nút phía trước, và mang theo tất cả các loại thuốc
đang dùng (kể cả thuốc bắc). Sáng hôm đó bà có thể ăn uống bình thường.
Ngày hôm sau bà sẽ quay lại để tháo máy.

Chúng tôi đã đặt thông dịch viên tiếng Việt cho buổi hẹn. Nếu cần đổi lịch,
xin gọi (413) 555-0100.

Trân trọng,
Quillfield Heart & Vascular Center
""")
add("xac-nhan-lich-hen-tim-mach", "phi", "vi",
    "A heart centre confirms a named patient's cardiology visit and 24-hour Holter monitor: appointment for care.",
    where="body",
    frm=A("Quillfield Heart & Vascular", "scheduling@" + QF),
    to=A("Trần Thị Lan", "lan.tran@hopthu.example.net"),
    subj="Xác nhận lịch hẹn tim mạch - 15/4", date=D(2026, 4, 8, 14, 30, 0), mstyle="java",
    body=T(_vi_cardio, cte="base64"))

_gb_amlo = tx("""
王医生您好：

我是李建华，生日1958年3月2日。上次复诊您给我加了降压药氨氯地平5毫克，
每天早上一片。吃了两个星期，血压好多了，早上量大概是135/85左右。

但是这几天我发现两个脚踝有点肿，晚上比早上明显，按下去有个坑。
这是药的副作用吗？需要停药还是换药？我还在吃二甲双胍。

麻烦您回复，或者请护士给我打电话：(413) 555-0188。

谢谢！
李建华
""")
add("xueya-yao-jiaohuai-zhong", "phi", "zh-Hans",
    "A named patient (with birth date) tells his doctor his new amlodipine lowered his blood pressure but his ankles swell: medication and symptom.",
    where="body", hcs="gb2312",
    frm=A("李建华", "lijianhua58@wangmail.example.com", "gb2312"),
    to=A("Dr. Wang - Quillfield Family Medicine", "hwang.fm@" + QF),
    subj="降压药的问题", date=D(2026, 6, 16, 7, 20, 11), mailer="Foxmail 7.2.25.228[cn]", mstyle="java",
    body=T(_gb_amlo, cs="gb2312", cte="base64"))

_big5_dial = tx("""
您好：

我是陳志明的女兒陳怡君。我爸爸現在在你們的洗腎中心，每星期一、三、五
早上第一班洗腎。下個月開始我要換工作，早上沒辦法送他過去，請問可不可以
改到星期二、四、六的下午班？

另外他最近洗完腎之後常常頭暈、抽筋，護理師說可能是脫水太多，想請醫師
再看一下他的乾體重。

我的電話是 (413) 555-0194，晚上比較方便。謝謝您們！

陳怡君
""")
add("baba-xishen-gaishijian", "phi", "zh-Hant",
    "A daughter asks a dialysis centre to move her named father's dialysis shifts and to review his dizziness and cramps after treatment: ongoing care.",
    where="body", hcs="big5",
    frm=A("陳怡君", "yijun.chen@mailbox.example.com", "big5"),
    to=A("Quillfield Dialysis - East", "dialysis.east@" + QF),
    subj="爸爸洗腎時間更改", date=D(2026, 7, 2, 21, 3, 52), mailer=OUTLOOK, mstyle="outlook",
    body=T(_big5_dial, cs="big5", cte="8bit"))

add("tungkol-sa-therapy-ni-nanay", "phi", "tl",
    "A daughter writes in Tagalog to a physical therapist about her named mother's therapy after a stroke and her weak right hand: rehabilitation care.",
    where="body",
    frm=A("Jocelyn Santos", "jocelyn.santos@mailbox.example.com"),
    to=A("Owen Pratt, DPT", "opratt@motionworkspt.example.com"),
    subj="Tungkol sa therapy ni Nanay (Remedios Santos)", date=D(2026, 8, 19, 19, 12, 6), mstyle="gmail",
    body=T(tx("""
    Hi Sir Owen,

    Magandang gabi po. Ako po si Jocelyn, anak ni Remedios Santos na pasyente
    ninyo tuwing Martes at Huwebes. Gusto ko lang po sanang itanong kung
    puwedeng ilipat ang session niya sa Huwebes ng hapon kasi may dialysis
    po ang tatay ko tuwing Martes at ako lang ang naghahatid.

    Tsaka po, napansin namin na mas mahina pa rin ang kanang kamay niya
    simula noong stroke. Hindi pa rin niya mahawakan nang maayos ang kutsara.
    Ginagawa naman po namin yung exercises na binigay ninyo, yung pagpisil ng
    bola at pagbuka-sara ng kamay, dalawang beses isang araw.

    Maraming salamat po!
    Jocelyn
    (413) 555-0129
    """)))

_ar_ent = tx("""
السيد عمر حداد المحترم،

نؤكد موعدك في عيادة الأنف والأذن والحنجرة:

  التاريخ: الاثنين 8 يونيو 2026
  الوقت: 10:40 صباحاً
  الطبيب: د. سامي بركات
  قبل الموعد: اختبار السمع في الساعة 10:00

بحسب التحويل من طبيبك، سنفحص طنين الأذن اليسرى وضعف السمع. أحضر معك
قائمة أدويتك وبطاقة التأمين. يتوفر مترجم للغة العربية.

لتغيير الموعد اتصل على (413) 555-0100.

Quillfield Ear, Nose & Throat
""")
add("taakid-mawid-al-anf-wal-udhun", "phi", "ar",
    "An ENT clinic confirms a named patient's appointment and hearing test for his tinnitus and hearing loss: appointment for care.",
    where="body",
    frm=A("Quillfield ENT", "ent@" + QF),
    to=A("عمر حداد", "omar.haddad@mailbox.example.com"),
    subj="تأكيد موعد عيادة الأنف والأذن والحنجرة", date=D(2026, 6, 1, 11, 0, 0), mstyle="java",
    body=T(_ar_ent, cte="base64"))

_koi_ins = tx("""
Добрый день!

Меня зовут Галина Петренко, номер участника плана AMI-5520-1187-03.
Вчера в аптеке мне сказали, что страховка не покрывает мой инсулин
(инсулин аспарт, шприц-ручки) без предварительного разрешения. Доктор
Окафор выписала его в феврале, раньше всё было нормально.

Инсулина у меня осталось дня на три. Подскажите, пожалуйста, что мне
делать? Нужно ли, чтобы врач что-то отправил, или я могу подать запрос
сама?

Мой телефон (413) 555-0184.

Спасибо,
Галина Петренко
""")
add("insulin-bez-razresheniya", "phi", "ru",
    "A named member (member ID) asks her insurer why her insulin aspart now needs prior authorization: medication and coverage.",
    where="body", hcs="koi8-r",
    frm=A("Галина Петренко", "g.petrenko@post.example.com", "koi8-r"),
    to=A("Alder Mutual Member Services", "members@aldermutual.example.net"),
    subj="Инсулин - нужно предварительное разрешение?", date=D(2026, 3, 18, 10, 26, 44), mailer=RCUBE, mstyle="tbird",
    body=T(_koi_ins, cs="koi8-r", cte="8bit"))

_ht_vax = tx("""
Bonjou Dr. Sato,

Se manman Widline Pierre-Louis mwen ye. Widline te pran vaksen li yo
jedi pase a (vizit 12 mwa a). Depi yè swa li gen lafyèv, 101.5, e janm
kote yo te ba l piki a wouj e li anfle yon ti kras. Li manje men li pa
dòmi byen.

Èske sa nòmal? Konbyen Tylenol timoun mwen ka ba li? Li peze 21 liv.

Mèsi anpil,
Nadège Pierre-Louis
(413) 555-0130
""")
add("lafyev-apre-vaksen", "phi", "ht",
    "A mother tells the pediatrician her named baby has had a fever and a swollen leg since her 12-month vaccines and asks about a Tylenol dose: symptoms and medication.",
    where="body",
    frm=A("Nadège Pierre-Louis", "nadege.pl@inboxly.example.net"),
    to=A("Dr. Naomi Sato", "nsato@sunmeadowpeds.example.com"),
    subj="Widline - lafyèv apre vaksen", date=D(2026, 9, 12, 8, 40, 19), mailer=ANDROID, mstyle="gmail",
    body=T(_ht_vax, cte="quoted-printable"))

_pt_ombro = tx("""
Olá Sr. Ricardo Alves,

Confirmamos as suas sessões de fisioterapia para o ombro direito (reparo do
manguito rotador, cirurgia em 10/03/2026):

  Segundas e quintas-feiras, às 7h30, de 13 de abril a 21 de maio
  Fisioterapeuta: Owen Pratt, DPT

Por favor continue usando a tipoia até a consulta com o Dr. Lund no dia
20 de abril, exceto durante os exercícios pendulares em casa. Não levante
peso com o braço direito.

Se precisar remarcar, ligue para (413) 555-0141.

Motion Works Physical Therapy
""")
add("sessoes-de-fisioterapia-ombro", "phi", "pt",
    "A physical-therapy clinic confirms a named patient's sessions after his rotator-cuff repair, with sling instructions: rehabilitation care.",
    where="body", hcs="iso-8859-1", hmode="Q",
    frm=A("Motion Works Physical Therapy", "frontdesk@motionworkspt.example.com"),
    to=A("Ricardo Alves", "ricardo.alves@correio.example.net"),
    subj="Confirmação das sessões de fisioterapia", date=D(2026, 4, 9, 16, 12, 0), mailer=OUTLOOK, mstyle="outlook",
    body=T(_pt_ombro, cs="iso-8859-1", cte="quoted-printable"))

_ko_impl = tx("""
박민호 님 안녕하세요,

브라이트워터 치과입니다. 임플란트 수술 예약을 안내해 드립니다.

  일시: 2026년 6월 23일 (화) 오전 10시
  부위: 왼쪽 아래 어금니 (#19)
  담당: 카우르 원장

수술 전날 밤 12시 이후로는 금식해 주시고, 처방해 드린 항생제
(아목시실린)는 수술 1시간 전에 4알 복용하십시오. 혈액 희석제를 드시고
계시면 미리 알려 주십시오.

보험 적용 후 예상 본인 부담금은 1,450달러입니다.

문의: (413) 555-0121
브라이트워터 치과
""")
add("imeulanteu-susul-yeyak", "phi", "ko",
    "A dental office gives a named patient his implant surgery date, pre-surgery antibiotic and expected cost: dental treatment.",
    where="body", hcs="euc-kr",
    frm=A("브라이트워터 치과", "frontdesk@brightwaterdental.example.com", "euc-kr"),
    to=A("박민호", "minho.park@hanbit.example.com", "euc-kr"),
    subj="임플란트 수술 예약 안내", date=D(2026, 6, 10, 15, 3, 17), mstyle="outlook", mailer=OUTLOOK,
    body=T(_ko_impl, cs="euc-kr", cte="base64"))

_fr_cat = tx("""
Madame Lefèvre,

Nous vous confirmons votre rendez-vous pré-opératoire avant votre chirurgie
de la cataracte de l’œil gauche :

  Date : mercredi 22 juillet 2026, 14 h 15
  Médecin : Dr Amani Imani
  Lieu : Lakeside Eye Associates, 5 Main Street

Nous ferons les mesures de l’œil (biométrie) et nous vous expliquerons les
gouttes à mettre avant et après l’opération. L’opération est prévue le
5 août. Vous devrez être accompagnée ce jour-là.

Pour toute question : (413) 555-0131.

Cordialement,
Lakeside Eye Associates
""")
add("rendez-vous-pre-operatoire", "phi", "fr",
    "An eye clinic confirms a named patient's pre-operative visit for her left-eye cataract surgery: appointment and procedure.",
    where="body", hcs="windows-1252", hmode="Q",
    frm=A("Lakeside Eye Associates", "surgery@lakesideeye.example.com"),
    to=A("Monique Lefèvre", "monique.lefevre@webmail.example.net", "windows-1252", "Q"),
    subj="Votre rendez-vous pré-opératoire", date=D(2026, 7, 8, 10, 45, 0), mailer=OUTLOOK, mstyle="outlook",
    body=T(_fr_cat, cs="windows-1252", cte="quoted-printable"))

add("ballanta-hooyo-sonkorta", "phi", "so",
    "A son asks in Somali to move his named mother's diabetes appointment and refill her metformin: appointment and medication.",
    where="body",
    frm=A("Abdirahman Warsame", "a.warsame@mailbox.example.com"),
    to=A("Quillfield Family Medicine - Ashby Road", "fm.ashby@" + QF),
    subj="Ballanta hooyaday Faduma Warsame", date=D(2026, 5, 27, 17, 33, 9), mstyle="gmail",
    body=T(tx("""
    Asalaamu calaykum,

    Waxaan ahay Abdirahman, wiilka Faduma Warsame (taariikhda dhalashada
    01/01/1957). Hooyaday waxay ballan la leedahay Dr. Baptiste Isniinta
    soo socota 1da June saacadda 9:00 subaxnimo, sonkorta (diabetes) awgeed.
    Laakiin maalintaas waan shaqeynayaa oo ma geyn karo.

    Fadlan ma loo beddeli karaa Khamiista ama Jimcaha galabtii? Sidoo kale
    daawadeeda metformin waxay ka dhammaanaysaa toddobaadkan, fadlan u
    dira Fennel Street Pharmacy.

    Waxay u baahan tahay turjubaan Soomaali ah.

    Mahadsanid,
    Abdirahman Warsame
    (413) 555-0132
    """)))

_hi_clop = tx("""
नमस्ते डॉ. ह्वांग,

मैं राजेश शर्मा का बेटा, अमित शर्मा, लिख रहा हूँ। पिताजी (जन्म तिथि 14/08/1951)
को पिछले साल स्टेंट लगा था और वे आपकी सलाह से रोज़ क्लोपिडोग्रेल 75 mg और
एस्पिरिन 81 mg लेते हैं।

अगले महीने 12 तारीख को उनका दाँत निकलवाना है। डेंटिस्ट ने कहा है कि
क्लोपिडोग्रेल पाँच दिन पहले बंद करनी पड़ सकती है, लेकिन उन्होंने कहा कि
पहले आपसे पूछ लें। क्या यह सुरक्षित है?

कृपया बताइए। मेरा फ़ोन नंबर (413) 555-0138 है।

धन्यवाद,
अमित शर्मा
""")
add("pitaji-ki-dawai-daant", "phi", "hi",
    "A son asks his named father's cardiologist whether the father can stop clopidogrel before a tooth extraction: medication and procedure.",
    where="body",
    frm=A("Amit Sharma", "amit.sharma@mailbox.example.com"),
    to=A("Dr. Daniel Hwang", "dhwang@" + QF),
    subj="पिताजी की दवाई - दाँत निकलवाने से पहले", date=D(2026, 8, 4, 20, 50, 1), mstyle="gmail",
    body=T(_hi_clop, cte="base64"))

_pl_echo = tx("""
Szanowny Panie Janie,

potwierdzamy termin badania echokardiograficznego (echo serca) zleconego
przez dr. Hwanga po Pana ostatniej wizycie w sprawie duszności i obrzęków
nóg:

  Data: piątek, 11 września 2026, godz. 8:40
  Miejsce: Quillfield Heart & Vascular Center, budynek B, 2. piętro

Badanie trwa około 45 minut. Nie trzeba być na czczo. Prosimy zabrać
aktualną listę leków (w tym furosemid, który Pan przyjmuje od sierpnia).

W razie pytań prosimy dzwonić: (413) 555-0100.

Z poważaniem,
Rejestracja - Quillfield Heart & Vascular
""")
add("termin-badania-echo-serca", "phi", "pl",
    "A heart centre confirms a named patient's echocardiogram ordered for breathlessness and leg swelling, mentioning his furosemide: test and medication.",
    where="body",
    frm=A("Quillfield Heart & Vascular", "scheduling@" + QF),
    to=A("Jan Nowicki", "jan.nowicki@poczta.example.net"),
    subj="Potwierdzenie terminu badania", date=D(2026, 9, 1, 12, 0, 0), mstyle="java",
    body=T(_pl_echo, cs="utf-8", cte="8bit"))

_ja_lab = tx("""
ハン先生

いつもお世話になっております。佐藤由美子です（生年月日 1972年11月5日）。

先週の健康診断の血液検査の結果がポータルに出ていたのですが、
LDLコレステロールが168、中性脂肪が210で「高」と表示されていました。
去年より上がっているので心配です。

薬を飲んだ方がいいのでしょうか。それとも食事と運動でしばらく様子を
見てもいいでしょうか。次の予約は6月なので、それまで待って大丈夫か
教えていただけると助かります。

よろしくお願いいたします。
佐藤由美子
(413) 555-0195
""")
add("kensa-kekka-ni-tsuite", "phi", "ja",
    "A named patient (with birth date) asks her doctor about her high LDL cholesterol and triglyceride results: lab values.",
    where="body", hcs="shift_jis",
    frm=A("佐藤由美子", "yumiko.sato@mailbox.example.com", "shift_jis"),
    to=A("Dr. Susan Han", "shan@" + QF),
    subj="検査結果について", date=D(2026, 4, 22, 21, 30, 5), mailer="Microsoft Outlook 16.0", mstyle="outlook",
    body=T(_ja_lab, cs="shift_jis", cte="base64"))

add("cant-get-his-fever-down", "phi", "en",
    "A worried mother writes at 2 a.m. that her named toddler's fever is 103.8 after Tylenol: a child's symptoms and medication.",
    where="body",
    frm=A("Amanda Kowalski", "amanda.kowalski@mailbox.example.com"),
    to=A("Sunmeadow Pediatrics Nurse Line", "nurse@sunmeadowpeds.example.com"),
    subj="fever wont come down - Luke Kowalski", date=D(2026, 12, 3, 2, 11, 48), mailer=IPHONE, mstyle="apple",
    body=T(tx("""
    I know nobody is reading this right now but I don't know what else to do.
    Luke is 2 and his fever is 103.8 even after Tylenol at 11 (5 mL). He's
    really sleepy and breathing fast. Is it ok to give Motrin too or should I
    take him to the ER? The on-call line has me on hold for 20 minutes.

    Amanda
    (413) 555-0118

    Sent from my iPhone
    """)))

add("cortizone-shot-again", "phi", "en",
    "A named patient texts asking for another cortisone injection in her knee: a procedure she is asking for.",
    where="body",
    frm=A("Bev Tomlinson", "bevtomlinson@inboxly.example.net"),
    to=A("Quillfield Orthopedics", "ortho.scheduling@" + QF),
    subj="shot", date=D(2026, 6, 22, 12, 5, 33), mailer=ANDROID, mstyle="gmail",
    body=T(tx("""
    can i get the cortizone shot in my left knee again its been 3 months dr patel said i could come back. bev tomlinson 4/17/1961. anytime but wed

    Sent from my Galaxy
    """), flowed=True))

add("re-fw-re-bill-for-mri", "phi", "en",
    "A long billing thread about a named patient's MRI charge (account number, service date, insurer reprocessing): bill for services.",
    where="body + quoted",
    frm=A("Shawn Patterson", "spatterson@webmail.example.net"),
    to=A("Quillfield Patient Financial Services", "billing@" + QF),
    cc=A("Lisa Patterson", "lpatterson@webmail.example.net"),
    subj="RE: FW: RE: Bill for MRI - account 70021876", date=D(2026, 4, 29, 8, 44, 12),
    mailer=OUTLOOK, mstyle="outlook",
    irt=pmid("patterson-3", QF, "outlook"),
    refs="%s %s %s" % (pmid("patterson-1", "webmail.example.net", "outlook"), pmid("patterson-2", QF, "outlook"), pmid("patterson-3", QF, "outlook")),
    body=T(tx("""
    Hi Marisa,

    Thank you, that's good news. Just to confirm: I don't need to pay the
    $1,875 while Bluestem reprocesses, and the account won't go to
    collections in the meantime? I'd like that in writing.

    Shawn

    ________________________________
    From: Marisa Cole <mcole@quillfield.example.org>
    Sent: Tuesday, April 28, 2026 3:10 PM
    To: Shawn Patterson <spatterson@webmail.example.net>
    Subject: RE: FW: RE: Bill for MRI - account 70021876

    Hi Mr. Patterson,

    I spoke with Bluestem this afternoon. The claim for the lumbar MRI on
    02/06/2026 was denied as "no prior authorization", but the
    authorization (PA-2026-0131-7754) was on file. They agreed to
    reprocess it. I've placed a 60-day hold on the account.

    Marisa Cole
    Patient Financial Services | (413) 555-0107

    ________________________________
    From: Shawn Patterson <spatterson@webmail.example.net>
    Sent: Monday, April 27, 2026 9:02 PM
    To: billing@quillfield.example.org
    Cc: Lisa Patterson
    Subject: FW: RE: Bill for MRI - account 70021876

    Forwarding again since I didn't get an answer. This is the third
    statement for $1,875 for my MRI. Bluestem told me in March it was
    approved before the scan. See below.

    > From: Bluestem Member Services
    > Sent: Thursday, March 12, 2026
    > Subject: RE: Bill for MRI
    >
    > Mr. Patterson, our records show authorization PA-2026-0131-7754 was
    > approved on 01/31/2026 for MRI lumbar spine without contrast. Please
    > ask the provider to resubmit the claim with the authorization number.
    """)))

add("after-your-emergency-visit", "phi", "en",
    "HTML-only follow-up to a named patient after her emergency visit for chest pain, with a cardiology referral: care only in the HTML body.",
    where="HTML-only body",
    frm=A("Quillfield Emergency Department", "ed.followup@" + QF),
    to=A("Patricia Gomez", "pgomez@post.example.com"),
    subj="Checking in after your visit", date=D(2026, 2, 16, 10, 0, 0), mstyle="java",
    body=H(tx("""
    <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
    <table width="600" align="center" cellpadding="14"><tr><td>
    <img alt="Quillfield Health" width="160" height="40">
    <p>Dear Patricia Gomez,</p>
    <p>We hope you are feeling better after your visit to the Quillfield Emergency Department on
    <b>February 14, 2026</b> for <b>chest pain</b>.</p>
    <p>Your troponin tests and EKG did not show a heart attack. As discussed at discharge, please:</p>
    <ol>
    <li>See Cardiology within 1 week for a stress test. The referral has been placed; call
    (413) 555-0100 if you have not heard from them by Wednesday.</li>
    <li>Keep taking the pantoprazole 40 mg once a day until that visit.</li>
    <li>Return to the ED or call 911 if the pain comes back, spreads to your arm or jaw, or you feel short of breath.</li>
    </ol>
    <p>Thank you for choosing Quillfield Health.</p>
    </td></tr></table>
    </body></html>
    """)))

add("upcoming-visit-view-in-browser", "phi", "en",
    "The plain-text half says only 'best viewed in HTML'; the HTML half names Patricia Lowe and her breast biopsy appointment: only in the HTML part.",
    where="HTML part only",
    frm=A("Quillfield Imaging", "imaging@" + QF),
    to=A("Patricia Lowe", "patricia.lowe@inboxly.example.net"),
    subj="Your upcoming visit", date=D(2026, 4, 17, 12, 0, 0), mstyle="java",
    body=ALT(T(tx("""
    This message is best viewed in an HTML-capable e-mail program.
    View it online: https://portal.quillfield.example.org/notice/7781002
    """)), H(tx("""
    <html><body style="font-family:Arial,sans-serif">
    <h2 style="color:#5a2d82">Your upcoming visit</h2>
    <p>Patricia Lowe</p>
    <table cellpadding="6">
    <tr><td><b>What</b></td><td>Ultrasound-guided breast biopsy (right breast)</td></tr>
    <tr><td><b>When</b></td><td>Wednesday, April 22, 2026 at 8:00 AM - please arrive at 7:30</td></tr>
    <tr><td><b>Where</b></td><td>Quillfield Breast Imaging, Building A, 1st floor</td></tr>
    <tr><td><b>Ordered by</b></td><td>Elena Brooks, MD</td></tr>
    </table>
    <p>Stop aspirin and fish oil 5 days before unless your doctor tells you otherwise. Wear a
    supportive bra. You may drive yourself home.</p>
    </body></html>
    """)), style="java"))

_work_note = docx([
    "#Quillfield Urgent Care - Ridgeway",
    "220 Ridgeway Avenue, Ashby  |  (413) 555-0104",
    "",
    "March 3, 2026",
    "",
    "Work / School Note",
    "",
    "Carlos Mendez (DOB 12/08/1985) was seen in our clinic today for a lumbar strain.",
    "He may return to work on March 9, 2026 with the following restrictions for two weeks:",
    "no lifting over 20 pounds, no repetitive bending, and a 5-minute break every hour.",
    "",
    "Kelsey Vaughn, PA-C",
])
add("note-for-your-employer", "phi", "en",
    "Urgent care sends a named patient his work note; the DOCX gives his DOB, lumbar strain and restrictions: only in the attachment.",
    where="attachment (DOCX)",
    frm=A("Quillfield Urgent Care - Ridgeway", "urgentcare.ridgeway@" + QF),
    to=A("Carlos Mendez", "cmendez85@mailbox.example.com"),
    subj="Note for your employer", date=D(2026, 3, 3, 17, 45, 2), mailer=OUTLOOK, mstyle="outlook",
    body=MIX(T(tx("""
    Hi Carlos,

    Here is the note for your employer, as requested at checkout.

    Quillfield Urgent Care - Ridgeway
    """)), ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               _work_note, "work_note.docx"), style="outlook"))

_cbc_pdf = pdf([
    "#Quillfield Health Laboratory - Final Report",
    "Patient: Nora Lindgren      DOB: 05/22/1990      MRN: 2276104",
    "Ordering provider: Marc Baptiste, MD      Collected: 01/29/2026 08:12",
    "",
    "Test                       Result     Flag   Reference",
    "WBC                        6.1               4.0-11.0 K/uL",
    "Hemoglobin                 10.2       L      12.0-15.5 g/dL",
    "Hematocrit                 32.0       L      36-46 %",
    "MCV                        76         L      80-100 fL",
    "Platelets                  312               150-400 K/uL",
    "Ferritin                   6          L      15-150 ng/mL",
    "TSH                        2.1               0.4-4.0 mIU/L",
    "",
    "Comment: microcytic anemia consistent with iron deficiency.",
], title="Lab report", compress=True)
add("attached-for-your-new-doctor", "phi", "en",
    "The body only says 'attached for your new doctor'; the PDF lab report shows Nora Lindgren's MRN, DOB and iron-deficiency anaemia: only in the attachment.",
    where="attachment (PDF)",
    frm=A("Quillfield Family Medicine - Ashby Road", "fm.ashby@" + QF),
    to=A("Nora Lindgren", "nora.lindgren@webmail.example.net"),
    subj="As requested", date=D(2026, 2, 5, 15, 20, 9), mailer=OUTLOOK, mstyle="outlook",
    body=MIX(T(tx("""
    Hi Nora,

    Attached as requested, for your new doctor. Best of luck with the move!

    Quillfield Family Medicine - Ashby Road
    (413) 555-0112
    """)), ATT("application/pdf", _cbc_pdf, "QF_lab_report_2026-01-29.pdf"), style="outlook"))

add("order-shipped-rx-named", "phi", "en",
    "A mail-order pharmacy's shipping notice that names the patient and his two medicines (tiotropium, valsartan): medication. Twin of the no-drug shipping notices.",
    where="body",
    frm=A("RxPost Home Delivery", "orders@rxpost.example.net"),
    to=A("Raymond Ellis", "rellis@post.example.com"),
    subj="Your prescription order has shipped", date=D(2026, 5, 19, 18, 2, 0), mstyle="java",
    body=ALT(T(tx("""
    Hi Raymond,

    Good news - your order has shipped.

      Order #RP-8830417
      For: Raymond Ellis
      tiotropium inhalation powder 18 mcg, 90 capsules + HandiHaler
      valsartan 160 mg tablets, 90 tablets

    Carrier: Parcel Express, tracking 1PX 4402 9917 3350
    Estimated delivery: Thursday, May 21

    Keep your medicine in a cool, dry place. Questions? (413) 555-0197
    """)), H(tx("""
    <html><body style="font-family:Arial,sans-serif">
    <p>Hi Raymond,</p>
    <p><b>Good news - your order has shipped.</b></p>
    <table cellpadding="5" style="border:1px solid #ccc">
    <tr><td>Order</td><td>#RP-8830417</td></tr>
    <tr><td>For</td><td>Raymond Ellis</td></tr>
    <tr><td>Items</td><td>tiotropium inhalation powder 18 mcg, 90 capsules + HandiHaler<br>
    valsartan 160 mg tablets, 90 tablets</td></tr>
    <tr><td>Tracking</td><td>Parcel Express 1PX 4402 9917 3350</td></tr>
    <tr><td>Estimated delivery</td><td>Thursday, May 21</td></tr>
    </table>
    <p>Questions? (413) 555-0197</p>
    </body></html>
    """)), style="java"))

add("prior-authorization-approved", "phi", "en",
    "An insurer tells a named member (member ID, reference number) that her lumbar MRI is approved: authorisation for care.",
    where="body",
    frm=A("Bluestem Health Plan - Utilization Management", "um@bluestem.example.com"),
    to=A("Carmen Whitley", "carmen.whitley@mailbox.example.com"),
    subj="Prior authorization approved", date=D(2026, 1, 31, 13, 4, 18), mstyle="java",
    body=T(tx("""
    Dear Carmen Whitley,

    Member ID: BSH-62290418
    Reference: PA-2026-0129-6610

    We have approved the following service requested by your provider,
    Samuel Lund, MD:

      MRI lumbar spine without contrast (CPT 72148)
      Diagnosis: low back pain with left sciatica
      Valid: 01/31/2026 - 04/30/2026
      Facility: Quillfield Imaging

    Approval means the service is medically necessary under your plan. It
    does not guarantee payment; your usual cost sharing applies.

    Bluestem Health Plan
    Utilization Management | (413) 555-0192
    """)))

add("claim-status-dob-only", "phi", "en",
    "A provider's biller asks an insurer about a claim identified only by claim number, DOB and service date, for physical-therapy codes: a claim for services to an identifiable patient.",
    where="body (identifiers only)",
    frm=A("Tina Marchetti", "billing@motionworkspt.example.com"),
    to=A("Alder Mutual Provider Services", "provider.services@aldermutual.example.net"),
    subj="Claim status inquiry", date=D(2026, 3, 30, 10, 17, 45), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hello,

    Checking on the status of the claim below, submitted 02/20/2026. Our
    clearinghouse shows it accepted but we have no remittance yet.

      Claim number: C26-0220-31875
      Patient DOB: 03/14/1961
      Date of service: 02/10/2026
      CPT 97110 x3, 97140 x1
      Visits used this year: 12 of 20

    Please advise whether anything else is needed.

    Tina Marchetti
    Billing, Motion Works Physical Therapy
    (413) 555-0141
    """)))

add("allergy-shot-schedule", "phi", "en",
    "An allergy clinic gives a named patient his allergen immunotherapy build-up schedule and precautions: treatment.",
    where="body",
    frm=A("Quillfield Allergy & Asthma", "allergy@" + QF),
    to=A("Isaac Brennan", "isaac.brennan@webmail.example.net"),
    subj="Your allergy shot schedule", date=D(2026, 9, 21, 14, 0, 11), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi Isaac,

    Welcome to allergy shots! Your vials (tree, grass, dust mite, cat) are
    ready. Here is how the build-up phase works:

    - Shots once or twice a week, walk-in during shot hours:
      Mon/Wed 7:30-11:30 and 1:00-5:30, Fri 7:30-11:30.
    - You must wait 30 minutes in the clinic after every shot.
    - Bring your epinephrine auto-injector to every visit.
    - Do not exercise hard for 2 hours before or after a shot.
    - Tell us if you start a beta blocker or are sick or wheezing that day.

    It usually takes 6-8 months to reach the maintenance dose.

    Quillfield Allergy & Asthma | (413) 555-0106
    """)))

add("hearing-aid-fitting-friday", "phi", "en",
    "An audiologist confirms a named patient's hearing-aid fitting and what to bring: hearing care.",
    where="body",
    frm=A("Dr. Renee Castillo, AuD", "rcastillo@" + QF),
    to=A("Walter Finch", "walter.finch@post.example.com"),
    subj="Friday fitting", date=D(2026, 10, 13, 11, 20, 3), mstyle="gmail",
    body=T(tx("""
    Dear Mr. Finch,

    Your new hearing aids have arrived. We'll fit them this Friday,
    October 16, at 10:00. Plan on about an hour. Please bring your wife or
    someone whose voice you hear every day - it helps with the fine-tuning.

    As we discussed, your hearing test showed a moderate loss in both ears,
    worse at the high pitches, so the first two weeks take some getting used
    to. Wear them a few hours a day to start.

    Renee Castillo, AuD
    Quillfield Audiology | (413) 555-0103
    """)))

add("picture-you-asked-for", "phi", "en",
    "borderline: the body says only 'here's the picture you asked for'; the photo's file name says it is her arm rash on day 3 of doxycycline: health content only in a file name.",
    where="attachment file name",
    frm=A("Rebecca Stanton", "rebecca.stanton@mailbox.example.com"),
    to=A("Dr. Susan Han", "shan@" + QF),
    subj="photo", date=D(2026, 7, 27, 13, 40, 58), mailer=IPHONE, mstyle="apple",
    body=MIX(T(tx("""
    here's the picture you asked for. it looks a little better today I think

    Rebecca

    Sent from my iPhone
    """)), ATT("image/png", png(64, 48, "stanton"), "rash-left-arm-day-3-doxycycline.png"), style="apple"))

add("sleep-study-for-my-husband", "phi", "en",
    "A wife asks the sleep centre about her named husband's sleep-study results and CPAP supplies: test and treatment.",
    where="body",
    frm=A("Linda Okonkwo", "linda.okonkwo@inboxly.example.net"),
    to=A("Quillfield Sleep Center", "sleep@" + QF),
    subj="Emeka Okonkwo - sleep study and CPAP", date=D(2026, 8, 25, 9, 14, 50), mstyle="gmail",
    body=T(tx("""
    Good morning,

    My husband Emeka Okonkwo (DOB 02/27/1968) did his home sleep study two
    weeks ago and we haven't heard anything. He still snores like a freight
    train and stops breathing at night, and he fell asleep at a red light
    last week, which scared both of us.

    Dr. Morales said if the test showed apnea he would get a CPAP. Is the
    result back? Who orders the machine? He's on my insurance (Alder Mutual).

    He asked me to write because he's on the road all week. My number is
    (413) 555-0122.

    Thank you,
    Linda Okonkwo
    """)))

_vi_grandma = tx("""
Chào chị Hạnh,

Em là Minh, cháu nội của bà Đỗ Thị Mai (phòng 214). Cảm ơn chị đã trả lời
nhanh. Vậy là tuần sau bà có thể về nhà nếu đi được bằng khung tập đi phải
không chị? Bố em hỏi có cần mua ghế tắm và bồn cầu nâng không, và bảo hiểm
có trả cho y tá đến nhà không.

Thứ Năm này cả nhà em sẽ đến họp lúc 2 giờ như chị nói.

Cảm ơn chị nhiều,
Minh

On Mon, Nov 9, 2026 at 4:05 PM Hanh Vo <hvo@brookside-rehab.example.org> wrote:

> Hi Minh,
>
> Your grandmother is doing well in therapy. After the hip fracture repair
> she is now walking about 60 feet with the walker and one person helping.
> The team thinks she may be ready for discharge home next week with home
> health PT, if she keeps progressing. Her pain is controlled with
> Tylenol.
>
> Let's meet on Thursday at 2 PM with the therapist and the nurse to plan.
>
> Hanh Vo, LCSW
> Social Worker, Brookside Rehabilitation Center
> (413) 555-0168
""")
add("ba-co-the-ve-nha-tuan-sau", "phi", "vi",
    "A grandson replies in Vietnamese about his named grandmother's discharge; the quoted English message from the rehab social worker describes her hip-fracture rehab: both parts carry care.",
    where="body + quoted",
    frm=A("Minh Đỗ", "minh.do@hopthu.example.net"),
    to=A("Hanh Vo", "hvo@brookside-rehab.example.org"),
    subj="Re: bà Mai - therapy update", date=D(2026, 11, 9, 21, 2, 27), mstyle="gmail",
    irt=pmid("do-rehab", "brookside-rehab.example.org", "outlook"),
    body=T(_vi_grandma, cte="quoted-printable"))

add("urgent-care-x-ray-overread", "phi", "en",
    "Urgent care tells a named patient the radiologist found a scaphoid fracture on his wrist X-ray and books him with hand surgery: a result and referral.",
    where="body",
    frm=A("Quillfield Urgent Care - Ridgeway", "urgentcare.ridgeway@" + QF),
    to=A("Julian Park", "julian.park@webmail.example.net"),
    subj="Your X-ray - please read", date=D(2026, 1, 5, 9, 55, 36), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi Julian,

    We tried to call you this morning. The radiologist's final read of your
    wrist X-ray from Saturday shows a small fracture of the scaphoid bone
    (a small bone at the base of the thumb) that was hard to see at the
    visit. These fractures need to stay still to heal properly.

    Please keep wearing the splint we gave you at all times, and call
    Quillfield Orthopedics - Hand at (413) 555-0115 today; we have asked
    them to see you this week.

    Kelsey Vaughn, PA-C
    Quillfield Urgent Care - Ridgeway
    """)))

add("missed-appointment-fee", "phi", "en",
    "A physical-therapy clinic bills a named patient a no-show fee for a missed visit with her therapist: a charge tied to her care.",
    where="body",
    frm=A("Motion Works Physical Therapy", "frontdesk@motionworkspt.example.com"),
    to=A("Stacy Moran", "stacy.moran@inboxly.example.net"),
    subj="Missed appointment 4/6", date=D(2026, 4, 6, 17, 30, 0), mstyle="gmail",
    body=T(tx("""
    Hi Stacy,

    We missed you at your physical therapy appointment today (Monday 4/6 at
    3:00 with Owen). Per our policy, a $40 missed-appointment fee has been
    added to your account (MW-11842). Your insurance does not cover this
    fee.

    You have 4 visits left on your plan of care for your shoulder. Call or
    reply to reschedule so you don't lose momentum!

    Motion Works Physical Therapy | (413) 555-0141
    """)))

add("fasting-labs-before-april-2", "phi", "en",
    "Addressed to the patient ('your appointment with nephrology') with no name: fasting kidney labs before a nephrology visit. A message to the patient about their care is identifiable.",
    where="body ('your' care)",
    frm=A("Quillfield Nephrology", "nephrology@" + QF),
    to="bk1961@post.example.com",
    subj="Before your visit", date=D(2026, 3, 26, 8, 30, 0), mstyle="java",
    body=T(tx("""
    Hello,

    Please come in for a fasting lab draw (nothing to eat or drink except
    water after midnight) at least 3 days before your appointment with
    Nephrology on Thursday, April 2. The orders for your kidney function
    panel, urine albumin and PTH are in.

    Please also bring your blood pressure log and all of your medicine
    bottles to the appointment.

    Quillfield Nephrology | (413) 555-0111
    """)))

add("out-the-14th-to-the-28th", "phi", "en",
    "An employee tells her manager she is having gallbladder surgery on the 14th and will be out two weeks: a named person's procedure. Twin of the HR and staff mail.",
    where="body",
    frm=A("Jenna Whitlock", "jwhitlock@tidewatersupply.example.com"),
    to=A("Roger Haines", "rhaines@tidewatersupply.example.com"),
    subj="out the 14th to the 28th", date=D(2026, 10, 2, 15, 41, 6), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi Roger,

    Wanted to give you a heads-up before I put it in the HR system. I'm
    having my gallbladder out on the 14th (laparoscopic, Dr. Reyes at
    Quillfield) and they said plan on two weeks off, so I'd be back the 28th.
    I'll get the FMLA paperwork to Denise this week.

    Priya can cover the Hartwell account; I'll walk her through it Monday.

    Jenna

    Jenna Whitlock | Account Manager
    Tidewater Medical Supply
    (508) 555-0172
    """)))

add("speech-evaluation-summary", "phi", "en",
    "A speech-language pathologist summarises a named child's evaluation and recommended therapy for his parents: evaluation and treatment plan.",
    where="body",
    frm=A("Hannah Liu, CCC-SLP", "hliu@sunmeadowpeds.example.com"),
    to=A("Brian and Kelly Foster", "fosterfamily@mailbox.example.com"),
    subj="Noah's speech evaluation - summary", date=D(2026, 11, 17, 16, 5, 0), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi Brian and Kelly,

    Thank you for bringing Noah in on Friday. Here is a short summary until
    the full report is ready.

    Noah (age 3 years 4 months) showed a moderate speech sound disorder. He
    leaves off final consonants and substitutes "t" for "k" and "d" for "g",
    which makes him hard to understand for people who don't know him. His
    understanding of language and his vocabulary are right where they should
    be for his age, and his hearing screen was normal.

    I recommend speech therapy once a week for about 6 months. We can start
    in December. I'll send home a few games you can play to practice the
    "k" sound.

    Hannah Liu, MS, CCC-SLP
    Sunmeadow Pediatrics | (413) 555-0117
    """)))

add("avas-1-year-checkup", "phi", "en",
    "A pediatric office reminds a parent of her named daughter's 12-month visit with the vaccines and blood tests due: appointment for care.",
    where="body",
    frm=A("Sunmeadow Pediatrics", "reminders@sunmeadowpeds.example.com"),
    to=A("Chloe Brennan", "chloe.brennan@webmail.example.net"),
    subj="Ava is due for her 1-year checkup", date=D(2026, 10, 19, 9, 0, 0), mstyle="java",
    body=T(tx("""
    Hi Chloe,

    Ava Brennan is due for her 12-month well visit. At this visit Dr. Sato
    usually gives the MMR, chickenpox and hepatitis A vaccines and checks
    hemoglobin and lead levels with a finger stick.

    Her current appointment: Tuesday, November 3 at 10:20 AM.

    Reply to this message or call (413) 555-0117 to change it.

    Sunmeadow Pediatrics
    """)))

_zh_mixed = tx("""
哥，

妈妈的甲状腺B超结果出来了，医生在portal里写的是英文，我先贴在下面，
你看一下。简单说就是右边有个1.8厘米的结节，医生建议做穿刺（FNA），
下个星期三上午可以做。妈妈有点害怕，你周末能不能打电话劝劝她？

她现在吃的优甲乐(levothyroxine) 50 mcg先不用改。

妹

----- Forwarded message -----
From: QuillConnect <no-reply@portal.quillfield.example.org>
Date: Tue, Sep 15, 2026 at 11:02 AM
Subject: Message from Elena Brooks, MD

Dear Ms. Zhang Xiulan,

Your thyroid ultrasound shows a 1.8 cm solid nodule in the right lobe
(TI-RADS 4). Because of its size, I recommend a fine-needle aspiration
biopsy. We have an opening next Wednesday morning. Please continue
levothyroxine 50 mcg daily.

Elena Brooks, MD
Quillfield Endocrinology
""")
add("mama-jiazhuangxian-bchao", "phi", "zh-Hans+en",
    "A sister forwards her brother (in Chinese) their named mother's English portal message about a thyroid nodule and biopsy: result and planned procedure.",
    where="body + forwarded part",
    frm=A("张丽", "zhangli.work@mailbox.example.com"),
    to=A("张伟", "zhangwei88@wangmail.example.com"),
    subj="妈妈的B超结果", date=D(2026, 9, 15, 22, 41, 17), mstyle="gmail",
    body=T(_zh_mixed, cte="base64"))


# ------------------------------------------------------------------------
# NONE (100): mostly look-alikes a keyword detector would flag.
# ------------------------------------------------------------------------
def LU(url, mailto=None, bulk=True):
    v = "<%s>" % url if not mailto else "<mailto:%s>, <%s>" % (mailto, url)
    h = [("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    if bulk:
        h.append(("Precedence", "bulk"))
    return h


NEWS = "news@mail.quillfield.example.org"

add("dont-forget-your-appointment", "none", "en",
    "Mass newsletter to the patient list ('your appointment', 'your health') with tips for any visit; no individual or care is concerned.",
    trap=True,
    frm=A("Quillfield Health", NEWS), to=A("Quillfield Health Patients", "patients@lists.quillfield.example.org"),
    subj="Don't forget your appointment! 5 ways to get the most from your visit",
    date=D(2026, 1, 14, 10, 0, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/8f2c1", "unsubscribe@mail.quillfield.example.org"),
    body=ALT(T(tx("""
    QUILLFIELD HEALTH | Living Well - January

    Don't forget your appointment!

    A little preparation goes a long way. Before your next visit:

    1. Write down your questions. It's easy to forget them once you're in
       the exam room.
    2. Bring all your medicines, including vitamins and supplements, or a
       photo of the labels.
    3. Check in online up to 3 days before your appointment to skip the
       clipboard.
    4. Arrive 15 minutes early - parking in Garage B is free for the first
       hour.
    5. Bring someone along if you'd like a second set of ears.

    Your health is a team effort. Thank you for choosing Quillfield Health.

    You're receiving this because you signed up for Living Well.
    Unsubscribe: https://mail.quillfield.example.org/u/8f2c1
    Quillfield Health, 400 Quill Road, Ashby
    """)), H(tx("""
    <html><body style="margin:0;background:#eef2f5">
    <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
    <table width="600" cellpadding="24" style="background:#fff;font-family:Georgia,serif;color:#233">
    <tr><td style="background:#1f5673;color:#fff;font-family:Arial,sans-serif">QUILLFIELD HEALTH | Living Well - January</td></tr>
    <tr><td>
    <h1 style="font-size:26px">Don't forget your appointment!</h1>
    <p>A little preparation goes a long way. Before your next visit:</p>
    <ol>
    <li><b>Write down your questions.</b> It's easy to forget them once you're in the exam room.</li>
    <li><b>Bring all your medicines</b>, including vitamins and supplements, or a photo of the labels.</li>
    <li><b>Check in online</b> up to 3 days before your appointment to skip the clipboard.</li>
    <li><b>Arrive 15 minutes early</b> - parking in Garage B is free for the first hour.</li>
    <li><b>Bring someone along</b> if you'd like a second set of ears.</li>
    </ol>
    <p>Your health is a team effort. Thank you for choosing Quillfield Health.</p>
    </td></tr>
    <tr><td style="font-family:Arial,sans-serif;font-size:11px;color:#888">You're receiving this because you signed up for Living Well.
    <a href="https://mail.quillfield.example.org/u/8f2c1">Unsubscribe</a><br>Quillfield Health, 400 Quill Road, Ashby</td></tr>
    </table></td></tr></table></body></html>
    """)), style="java"))

add("flu-shot-clinics-are-open", "none", "en",
    "Flu-shot campaign sent to every patient on a list ('protect your family'); no individual's care.",
    trap=True,
    frm=A("Quillfield Health", NEWS), to=A("Quillfield Health Patients", "patients@lists.quillfield.example.org"),
    subj="Flu shot clinics are open - no appointment needed", date=D(2026, 9, 28, 9, 30, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/91ab7", "unsubscribe@mail.quillfield.example.org"),
    body=ALT(T(tx("""
    It's that time of year again.

    Walk-in flu shot clinics are open at all Quillfield primary care
    offices, October 1 - November 30:

      Ashby Road       Mon-Fri 8-11 AM and 1-4 PM
      Ridgeway         Tue/Thu 4-7 PM, Sat 9-noon
      Millstone        Wed 9-noon

    Everyone 6 months and older should get a flu vaccine every year. High-
    dose vaccine is available for adults 65+. Most insurance plans cover the
    shot at no cost to you. You can get your updated COVID-19 vaccine at the
    same visit.

    Protect yourself and your family this season.

    Unsubscribe: https://mail.quillfield.example.org/u/91ab7
    """)), H(tx("""
    <html><body style="font-family:Arial,sans-serif;font-size:15px">
    <div style="max-width:600px;margin:auto">
    <h2 style="color:#b4232a">Flu shot clinics are open</h2>
    <p>Walk-in flu shot clinics are open at all Quillfield primary care offices,
    <b>October 1 - November 30</b>:</p>
    <table cellpadding="6" border="1" style="border-collapse:collapse">
    <tr><td>Ashby Road</td><td>Mon-Fri 8-11 AM and 1-4 PM</td></tr>
    <tr><td>Ridgeway</td><td>Tue/Thu 4-7 PM, Sat 9-noon</td></tr>
    <tr><td>Millstone</td><td>Wed 9-noon</td></tr>
    </table>
    <p>Everyone 6 months and older should get a flu vaccine every year. High-dose vaccine is
    available for adults 65+. Most insurance plans cover the shot at no cost to you.</p>
    <p style="font-size:11px;color:#777"><a href="https://mail.quillfield.example.org/u/91ab7">Unsubscribe</a></p>
    </div></body></html>
    """)), style="java"))

add("time-for-your-mammogram", "none", "en",
    "An insurer's screening campaign to all women members 40 and over ('it may be time for your mammogram'); no member is named and nothing about anyone's care.",
    trap=True,
    frm=A("Bluestem Health Plan", "wellness@mail.bluestem.example.com"),
    to=A("Bluestem Members", "members-wellness@lists.bluestem.example.com"),
    subj="It may be time for your mammogram", date=D(2026, 10, 1, 11, 0, 0), mstyle="java",
    extra=LU("https://mail.bluestem.example.com/prefs?u=x7", "leave@mail.bluestem.example.com"),
    body=ALT(T(tx("""
    Dear Bluestem member,

    October is Breast Cancer Awareness Month. If you are 40 or older, a
    screening mammogram every 1-2 years is one of the best ways to find
    breast cancer early, when it is easiest to treat.

    - Screening mammograms are covered at 100% in network.
    - You don't need a referral at most imaging centers.
    - Find a location: https://www.bluestem.example.com/find-care

    Already had your mammogram this year? Thank you - you can ignore this
    message.

    Bluestem Health Plan
    To stop receiving wellness e-mails: https://mail.bluestem.example.com/prefs?u=x7
    """)), H(tx("""
    <html><body style="font-family:Arial,sans-serif;background:#fdf2f6">
    <table width="600" align="center" cellpadding="20" style="background:#fff">
    <tr><td style="border-top:6px solid #d6477a">
    <p>Dear Bluestem member,</p>
    <p><b>October is Breast Cancer Awareness Month.</b> If you are 40 or older, a screening mammogram
    every 1-2 years is one of the best ways to find breast cancer early.</p>
    <ul><li>Screening mammograms are covered at 100% in network.</li>
    <li>You don't need a referral at most imaging centers.</li></ul>
    <p><a href="https://www.bluestem.example.com/find-care">Find a location</a></p>
    <p style="font-size:11px;color:#999"><a href="https://mail.bluestem.example.com/prefs?u=x7">Stop wellness e-mails</a></p>
    </td></tr></table></body></html>
    """)), style="java"))

add("colorectal-awareness-march", "none", "en",
    "Health-education newsletter about colorectal cancer screening (colonoscopy, FIT kits); general information, no individual.",
    trap=True,
    frm=A("Quillfield Health", NEWS), to=A("Living Well subscribers", "livingwell@lists.quillfield.example.org"),
    subj="March is Colorectal Cancer Awareness Month", date=D(2026, 3, 2, 10, 0, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/2c44e"),
    body=T(tx("""
    LIVING WELL | March 2026

    Colorectal cancer is the second leading cause of cancer death in the
    U.S., but it is one of the most preventable. Screening is now
    recommended starting at age 45.

    Which test is right for you?
    * Colonoscopy every 10 years - finds and removes polyps in one step.
    * Stool-based test (FIT) every year - done at home, no prep.
    * Stool DNA test every 3 years.

    Warning signs that should never wait for a screening: blood in the
    stool, a change in bowel habits that lasts more than a few weeks,
    unexplained weight loss.

    Ask your primary care provider at your next visit, or request a free
    FIT kit by mail: https://www.quillfield.example.org/fit

    Also this month: Dr. Iris Chen answers your questions about prep ("Is
    it really that bad?") and a recipe for high-fiber lentil soup.

    Unsubscribe: https://mail.quillfield.example.org/u/2c44e
    """)))

add("transfer-your-prescriptions", "none", "en",
    "Pharmacy marketing to everyone on its list ('transfer your prescriptions', flu shots, savings club); no customer's medicine.",
    trap=True,
    frm=A("Fennel Street Pharmacy", "deals@mail.fennelrx.example.com"),
    to=A("Fennel Street Rewards", "rewards@lists.fennelrx.example.com"),
    subj="$10 off when you transfer your prescriptions", date=D(2026, 2, 6, 8, 0, 0), mstyle="java",
    extra=LU("https://mail.fennelrx.example.com/unsub/441", "unsub@mail.fennelrx.example.com"),
    body=ALT(T(tx("""
    Fennel Street Pharmacy - your neighborhood pharmacy since 1962

    Transfer your prescriptions to us this month and get a $10 gift card
    for each one (up to 3).

    * Free home delivery within 5 miles
    * Refill reminders by text or e-mail
    * 90-day supplies of hundreds of generics for $9.99
    * Flu, shingles and pneumonia vaccines - walk in any time

    Just bring your bottle or give us your old pharmacy's phone number and
    we'll do the rest.

    Offer valid through 2/28/2026. Not valid for prescriptions paid by
    Medicare, Medicaid or other government programs. Unsubscribe:
    https://mail.fennelrx.example.com/unsub/441
    """)), H(tx("""
    <html><body style="font-family:Verdana,sans-serif">
    <table width="600" align="center" style="border:1px solid #3b7a57">
    <tr><td style="background:#3b7a57;color:#fff;padding:12px;font-size:20px">Fennel Street Pharmacy</td></tr>
    <tr><td style="padding:16px">
    <h2>$10 off when you transfer your prescriptions</h2>
    <p>Get a $10 gift card for each prescription you transfer (up to 3).</p>
    <ul><li>Free home delivery within 5 miles</li><li>Refill reminders by text or e-mail</li>
    <li>90-day generics for $9.99</li><li>Flu, shingles and pneumonia vaccines - walk in any time</li></ul>
    <p style="font-size:10px;color:#777">Offer valid through 2/28/2026. Not valid for prescriptions paid by Medicare,
    Medicaid or other government programs. <a href="https://mail.fennelrx.example.com/unsub/441">Unsubscribe</a></p>
    </td></tr></table></body></html>
    """)), style="java"))

add("community-health-survey-2026", "none", "en",
    "A health system's community needs survey sent to a whole list; asks about health in general, no individual or visit.",
    trap=True,
    frm=A("Quillfield Health Community Benefit", "community@mail.quillfield.example.org"),
    to=A("Neighbors of Quillfield", "neighbors@lists.quillfield.example.org"),
    subj="Tell us what your community needs - 10 minute survey", date=D(2026, 5, 5, 9, 0, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/cm55"),
    body=T(tx("""
    Every three years Quillfield Health asks the people who live in Ashby,
    Millstone and Ridgeway what they need to be healthy. Your answers shape
    where we open clinics, which programs we fund, and how we spend our
    community benefit dollars.

    The survey takes about 10 minutes and is anonymous. It asks about
    things like access to healthy food, transportation to appointments,
    mental health resources, housing and safety. It is available in
    English, Spanish, Portuguese, Vietnamese and Haitian Creole.

    Take the survey: https://survey.quillfield.example.org/chna2026

    Thank you for helping us build a healthier community.

    Quillfield Health Community Benefit Office
    Unsubscribe: https://mail.quillfield.example.org/u/cm55
    """)))

add("garage-charged-me-anyway", "none", "en",
    "A visitor complains to the parking office that the garage charged her despite a validation sticker; nothing about anyone's health.",
    trap=True,
    frm=A("Eileen Marsh", "eileen.marsh@mailbox.example.com"),
    to=A("Quillfield Parking Office", "parking@" + QF),
    subj="Garage B charged me anyway", date=D(2026, 2, 18, 14, 22, 8), mstyle="gmail",
    body=T(tx("""
    Hello,

    I come every Wednesday for the volunteer knitting circle in the main
    lobby and I always get my ticket stamped at the information desk. Today
    the machine in Garage B wouldn't take the stamped ticket and charged my
    card $18.00. The attendant booth was closed.

    Could you please refund the charge? It was around 1:45 PM, exit lane 2,
    card ending 4417. I have the receipt if you need it.

    Thank you,
    Eileen Marsh
    (413) 555-0146
    """)))

add("left-my-umbrella-community-room", "none", "en",
    "Someone asks whether an umbrella left at a tax-help session in the hospital's community room was found; no health content.",
    trap=True,
    frm=A("Victor Amsel", "vamsel@webmail.example.net"),
    to=A("Quillfield Security - Lost and Found", "lostandfound@" + QF),
    subj="green umbrella", date=D(2026, 3, 19, 9, 4, 30), mstyle="gmail",
    body=T(tx("""
    Hi, I think I left a green golf umbrella with a wooden handle in the
    Community Room on the ground floor on Tuesday night, at the free tax
    help session. Has anyone turned one in? I can pick it up any day after
    3.

    Thanks,
    Victor Amsel
    """)))

add("medical-assistant-application", "none", "en",
    "A job application for a medical-assistant opening; mentions patients, vitals and the EHR in general, nobody's care.",
    trap=True,
    frm=A("Tamika Rowe", "tamika.rowe@inboxly.example.net"),
    to=A("Quillfield Talent Acquisition", "careers@" + QF),
    subj="Application - Medical Assistant, Family Medicine (Req 26-0417)", date=D(2026, 4, 27, 20, 15, 2),
    mstyle="gmail",
    body=MIX(T(tx("""
    Dear Hiring Team,

    I am applying for the Medical Assistant position at Family Medicine -
    Ashby Road (requisition 26-0417). I completed my CCMA certification in
    2024 and have worked for two years at a busy urgent care, where I room
    25-30 patients a shift, take vitals, do point-of-care tests, give
    injections and keep the EHR up to date. I'm also bilingual in English
    and Spanish.

    I was a patient-experience volunteer at Quillfield in high school and
    would love to come back. My resume is attached.

    Thank you for your consideration,
    Tamika Rowe
    (413) 555-0147
    """)), ATT("application/pdf", pdf([
        "#Tamika Rowe, CCMA",
        "Ashby  |  (413) 555-0147  |  tamika.rowe@inboxly.example.net",
        "",
        "#Experience",
        "Medical Assistant, Brightline Urgent Care, 2024 - present",
        "  Rooming, vitals, EKGs, rapid strep/flu/COVID tests, injections",
        "  EHR documentation, prior-auth paperwork, front desk coverage",
        "Patient Experience Volunteer, Quillfield Medical Center, 2019 - 2021",
        "",
        "#Education and certification",
        "Certified Clinical Medical Assistant (CCMA), 2024",
        "Ashby Community College, Medical Assisting Certificate, 2024",
        "",
        "#Languages",
        "English, Spanish (fluent)",
    ], title="Resume - Tamika Rowe"), "Tamika_Rowe_Resume.pdf"), style="gmail"))

add("swap-my-gift-shop-shift", "none", "en",
    "A hospital volunteer asks to swap a gift-shop shift; no health content.",
    trap=True,
    frm=A("Harold Beckett", "hbeckett41@post.example.com"),
    to=A("Volunteer Services", "volunteers@" + QF),
    subj="swap shift Sat 4/11", date=D(2026, 4, 3, 11, 30, 0), mstyle="gmail",
    body=T(tx("""
    Hi Gwen,

    My granddaughter's recital got moved to Saturday the 11th, so I can't do
    my gift shop shift that morning. Dot Ferguson said she'd take it if I
    take her Tuesday the 14th afternoon. Is that ok with you? I'll update
    the sign-up sheet if so.

    Harold
    """)))

add("friday-schedule-and-no-shows", "none", "en",
    "A practice manager's staff mail about patient volume, no-shows and insurance checks in general; no patient is named or described.",
    trap=True,
    frm=A("Deborah Kline", "dkline@" + QF),
    to=A("FM Ashby Road - All Staff", "fm.ashby.staff@" + QF),
    subj="Friday recap + insurance at check-in", date=D(2026, 1, 26, 7, 45, 10), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Good morning all,

    Quick recap of Friday: 42 patients on the schedule, 6 no-shows, 3
    same-day add-ons. Average door-to-room time was 19 minutes, which is
    the best we've done since the new check-in kiosks. Thank you!

    Two reminders:

    1. Please confirm insurance at EVERY check-in, even for established
       patients. We had four claims bounce last week because patients had
       changed plans in January.
    2. If a patient asks about their bill, give them the Patient Financial
       Services number, (413) 555-0107. Please don't try to look up
       balances at the front desk.

    Huddle is at 7:50 in the break room. Bagels are on me.

    Deb

    Deborah Kline | Practice Manager
    Quillfield Family Medicine - Ashby Road
    (413) 555-0112 | fax (413) 555-0113
    """)))

add("your-cme-certificate", "none", "en",
    "A provider's continuing-education certificate for a course on opioid prescribing; the doctor is the learner, no patient.",
    trap=True,
    frm=A("Northeast Clinical Learning Institute", "cme@ncli.example.org"),
    to=A("Marc Baptiste MD", "mbaptiste@" + QF),
    subj="Your CME certificate is ready", date=D(2026, 2, 11, 16, 20, 0), mstyle="java",
    body=MIX(T(tx("""
    Dear Dr. Baptiste,

    Congratulations on completing "Safer Opioid Prescribing in Primary Care:
    2026 Update". Your certificate is attached.

      Credits: 3.0 AMA PRA Category 1 Credits(TM)
      Completion date: 02/11/2026
      Activity ID: NCLI-26-0142

    This activity meets the opioid-education requirement for controlled-
    substance registration renewal in most states. Keep the certificate for
    your records.

    Northeast Clinical Learning Institute
    """)), ATT("application/pdf", pdf([
        "#Northeast Clinical Learning Institute",
        "",
        "Certificate of Completion",
        "",
        "This certifies that",
        "Marc Baptiste, MD",
        "has completed the enduring activity",
        "Safer Opioid Prescribing in Primary Care: 2026 Update",
        "and is awarded 3.0 AMA PRA Category 1 Credits(TM).",
        "",
        "Completion date: 02/11/2026        Activity ID: NCLI-26-0142",
    ], title="CME certificate"), "CME_Certificate_NCLI-26-0142.pdf"), style="java"))

add("licence-renewal-due-june-30", "none", "en",
    "A state board reminds a physician to renew her medical licence (licence number, deadline); the provider's own credential, no patient.",
    trap=True,
    frm=A("Westmark Board of Medicine", "renewals@medboard.westmark.test"),
    to=A("Susan Han", "shan@" + QF),
    subj="Reminder: your medical license expires June 30, 2026", date=D(2026, 4, 1, 6, 0, 0), mstyle="java",
    body=T(tx("""
    Dear Susan Han, MD,

    Our records show that your license to practice medicine, number
    MD-0048812, expires on June 30, 2026.

    To renew online you will need:
    - Proof of 50 hours of continuing medical education since your last
      renewal, including 2 hours on pain management and opioid prescribing
    - Your controlled substance registration number
    - The renewal fee of $485

    Renew at https://portal.medboard.westmark.test. Licensees who renew
    after June 30 may not practice until the renewal is processed.

    Westmark Board of Medicine - Licensing Division
    (617) 555-0179
    """)))

_inv_lines = [
    "#Tidewater Medical Supply",
    "1200 Harbor Industrial Pkwy, Fall Harbor  |  (508) 555-0170",
    "",
    "INVOICE  TMS-2026-041187          Date: 03/06/2026    Terms: Net 30",
    "Bill to: Quillfield Family Medicine - Ashby Road, Accounts Payable",
    "Customer account: QF-ASH-0032      PO: 4500091827",
    "",
    "Item       Description                                  Qty   Unit     Amount",
    "NG-200M    Nitrile exam gloves, medium, box/200          40   $11.20   $448.00",
    "NG-200L    Nitrile exam gloves, large, box/200           30   $11.20   $336.00",
    "GZ-4412    Gauze sponges 4x4, 12-ply, sterile, 50/bx     20    $8.75   $175.00",
    "SY-3LL     Syringe 3 mL Luer-lock, 100/bx                10   $14.60   $146.00",
    "TC-100     Table paper, smooth, 21 in x 225 ft           24    $6.10   $146.40",
    "SH-1Q      Sharps container, 1 qt                        36    $2.35    $84.60",
    "",
    "                                              Subtotal           $1,336.00",
    "                                              Freight               $42.00",
    "                                              Total due          $1,378.00",
    "",
    "Remit to: Tidewater Medical Supply, Lockbox 77120, Fall Harbor",
]
add("invoice-tms-2026-041187", "none", "en",
    "A supplier's invoice to a clinic for gloves, gauze, syringes and sharps containers; business-to-business, no patient.",
    trap=True,
    frm=A("Tidewater Medical Supply - Billing", "ar@tidewatersupply.example.com"),
    to=A("Quillfield Accounts Payable", "ap@" + QF),
    subj="Invoice TMS-2026-041187 - PO 4500091827", date=D(2026, 3, 6, 15, 5, 0), mstyle="java",
    body=MIX(T(tx("""
    Please find attached invoice TMS-2026-041187 for PO 4500091827
    (shipped 03/05/2026). Payment terms Net 30.

    Thank you for your business.

    Tidewater Medical Supply - Accounts Receivable
    (508) 555-0170
    """)), ATT("application/pdf", pdf(_inv_lines, title="Invoice TMS-2026-041187", compress=True),
               "TMS-2026-041187.pdf"), style="java"))

add("max-is-due-for-vaccines", "none", "en",
    "A veterinary reminder naming the owner and her dog's rabies and DHPP vaccines: a pet's care is not health care of a person (rule).",
    trap=True,
    frm=A("Pawsitive Care Animal Hospital", "reminders@pawsitivecare.example.com"),
    to=A("Jennifer Albright", "jen.albright@mailbox.example.com"),
    subj="Max is due for his vaccines", date=D(2026, 6, 2, 9, 0, 0), mstyle="java",
    body=T(tx("""
    Hi Jennifer,

    Our records show that Max (canine, Labrador mix, 6 yrs) is due for:

      Rabies (3-year)          due 06/15/2026
      DHPP booster             due 06/15/2026
      Heartworm test           due 06/15/2026

    He is also due for a refill of his heartworm and flea preventive. Book
    online at https://pawsitivecare.example.com/book or call
    (413) 555-0158.

    Give Max a scratch behind the ears from all of us!

    Pawsitive Care Animal Hospital
    """)))

add("lure-your-test-results-are-ready", "none", "en",
    "Phishing: 'your test results are ready' from a look-alike domain with a credential-harvesting link; no real patient or result.",
    trap=True,
    frm=A("Quillfield Health Portal", "results-notify@quillfield-results.test"),
    to="undisclosed-recipients:;",
    subj="Your test results are ready - action required", date=D(2026, 5, 8, 3, 12, 44), mstyle="java",
    reply_to="support@secure-mail-verify.test",
    body=ALT(T(tx("""
    Dear Patient,

    Your recent laboratory test results are now available. Due to a
    security update you must verify your identity within 24 hours to view
    them, or your portal account will be suspended.

    View results: http://quillfield-results.test/login/verify?id=882913

    Quillfield Health Patient Portal Team
    """)), H(tx("""
    <html><body style="font-family:Arial">
    <p>Dear Patient,</p>
    <p>Your recent laboratory test results are now available. Due to a security update you must
    <b>verify your identity within 24 hours</b> to view them, or your portal account will be suspended.</p>
    <p><a href="http://quillfield-results.test/login/verify?id=882913" style="background:#0a66c2;color:#fff;padding:8px 14px">VIEW MY RESULTS</a></p>
    <p>Quillfield Health Patient Portal Team</p>
    </body></html>
    """)), style="java"))

add("your-order-has-shipped", "none", "en",
    "A pharmacy's shipping confirmation with order and tracking numbers and no drug or care named.",
    trap=True,
    frm=A("RxPost Home Delivery", "orders@rxpost.example.net"),
    to=A("Gloria Ames", "gloria.ames@inboxly.example.net"),
    subj="Your order has shipped", date=D(2026, 7, 14, 17, 40, 0), mstyle="java",
    body=T(tx("""
    Hi Gloria,

    Your RxPost order #RP-8851240 is on its way.

      Items: 2
      Carrier: Parcel Express
      Tracking number: 1PX 4418 2206 9013
      Estimated delivery: Friday, July 17

    For your privacy, we do not list item names in e-mail. Sign in to your
    account to see order details: https://www.rxpost.example.net/orders

    Someone 18 or older may need to sign for this package.

    RxPost Home Delivery | (413) 555-0197
    """)))

add("changes-to-your-plan-jan-1", "none", "en",
    "An insurer's generic plan-change notice to a member with her member ID; plan-wide networks and copays, no care of hers (identifier without health content).",
    trap=True,
    frm=A("Alder Mutual Insurance", "notices@aldermutual.example.net"),
    to=A("Dorothy Keene", "dkeene@post.example.com"),
    subj="Important changes to your plan starting January 1", date=D(2026, 11, 2, 10, 0, 0), mstyle="java",
    body=T(tx("""
    Dear Dorothy Keene,

    Member ID: AMI-3381-0972-01
    Plan: Alder Choice PPO 2000

    We're writing to let you know about changes to your plan that take
    effect January 1, 2027. These changes apply to everyone on the Alder
    Choice PPO 2000 plan.

    * Preferred pharmacy network: Fennel Street Pharmacy and RxPost Home
      Delivery join the network; Hartley Drug leaves it.
    * Generic drug copay goes from $10 to $5 at preferred pharmacies.
    * Virtual urgent care visits will be $0.
    * Your deductible stays the same.

    You'll receive a new ID card in December. Your full Evidence of
    Coverage is at https://members.aldermutual.example.net/docs

    Alder Mutual Insurance | Member Services (413) 555-0196
    """)))

add("cake-for-rosa", "none", "en",
    "A coworker birthday announcement with her birth date; no health content.",
    trap=True,
    frm=A("Kim Delaney", "kdelaney@" + QF),
    to=A("Patient Access - Ridgeway", "access.ridgeway@" + QF),
    subj="cake for Rosa Thursday!", date=D(2026, 8, 18, 13, 2, 20), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi team,

    Rosa's birthday is Thursday (8/20 - she was born in 1976 but don't tell
    her I told you). Cake in the break room at 2:30 between the rush. I'm
    collecting $5 for the card and flowers, drop it in my top drawer.

    Kim

    Kim Delaney | Patient Access Supervisor
    Quillfield Urgent Care - Ridgeway
    (413) 555-0104
    """)))

add("lunch-order-thursday", "none", "en",
    "A lunch order thread among oncology-infusion and behavioral-health staff whose signatures carry department names and phone numbers; no patient.",
    trap=True,
    frm=A("Gina Morales RN", "gmorales@" + QF),
    to=A("Infusion Center Staff", "infusion.staff@" + QF),
    subj="RE: lunch order thursday", date=D(2026, 5, 6, 10, 12, 49), mailer=OUTLOOK, mstyle="outlook",
    irt=pmid("lunch-thursday", QF, "outlook"),
    body=T(tx("""
    Turkey club, no tomato. And an iced tea. Thank you!!

    Gina Morales, RN, OCN
    Oncology Infusion Center | Quillfield Cancer Center
    (413) 555-0153

    From: Peter Yoon <pyoon@quillfield.example.org>
    Sent: Wednesday, May 6, 2026 9:40 AM
    To: Infusion Center Staff <infusion.staff@quillfield.example.org>
    Cc: Behavioral Health Liaisons <bh.liaisons@quillfield.example.org>
    Subject: lunch order thursday

    Ordering from Mill Street Deli for the joint staff meeting with the
    behavioral health liaisons Thursday at noon. Reply with your order by
    3 today. Vegetarian options are the caprese or the hummus wrap.

    Peter Yoon, LCSW
    Psychosocial Oncology | Quillfield Cancer Center
    (413) 555-0154
    """)))

add("diabetes-support-circle-april", "none", "en",
    "A support group's public meeting announcement (topic: insulin pumps and CGMs), open to anyone; no individual.",
    trap=True,
    frm=A("Quillfield Diabetes Support Circle", "support.circle@lists.quillfield.example.org"),
    to=A("Diabetes Support Circle list", "support.circle@lists.quillfield.example.org"),
    subj="April meeting: pumps, CGMs and what insurance covers", date=D(2026, 4, 6, 12, 0, 0), mstyle="java",
    extra=[("List-Id", "Diabetes Support Circle <support.circle.lists.quillfield.example.org>")]
    + LU("https://lists.quillfield.example.org/unsub/support.circle", bulk=False),
    body=T(tx("""
    Hello everyone,

    Our April meeting is Tuesday, April 21, 6:30-8:00 PM in the Community
    Room (ground floor, main entrance). Free and open to anyone living with
    type 1 or type 2 diabetes, and to family members and caregivers.

    Topic: "Pumps, CGMs and what insurance actually covers" with guest
    speaker Bea Lindqvist, certified diabetes educator. Bring your
    questions. There will be light, diabetes-friendly snacks.

    No registration needed. Parking in Garage B is validated.

    Questions: (413) 555-0106

    --
    You are receiving this because you joined the Diabetes Support Circle
    mailing list. Unsubscribe: https://lists.quillfield.example.org/unsub/support.circle
    """)))

add("run-for-tomorrow-5k", "none", "en",
    "A charity 5K for cancer research inviting runners and donors; no patient.",
    trap=True,
    frm=A("Brighter Days Cancer Research Fund", "events@brighterdays.example.org"),
    to=A("Brighter Days Supporters", "supporters@lists.brighterdays.example.org"),
    subj="Run for Tomorrow 5K - registration is open!", date=D(2026, 7, 20, 10, 0, 0), mstyle="java",
    extra=LU("https://brighterdays.example.org/unsubscribe?e=s1"),
    body=ALT(T(tx("""
    Lace up for the 8th annual Run for Tomorrow 5K!

    Saturday, September 26, 2026 - Riverside Park, Ashby
    8:00 AM check-in | 9:00 AM race | 9:15 AM kids' fun run

    Every dollar raised funds early-career researchers working on
    pancreatic, ovarian and pediatric cancers. Last year 1,200 runners
    raised $214,000.

    Register: https://brighterdays.example.org/run2026 ($35, $15 for
    students). Run in honor or in memory of someone - we'll print the name
    on your bib.

    Can't run? Volunteer at a water station or donate.

    Unsubscribe: https://brighterdays.example.org/unsubscribe?e=s1
    """)), H(tx("""
    <html><body style="font-family:Trebuchet MS,Arial,sans-serif">
    <div style="max-width:620px;margin:auto;border:2px solid #f2a900">
    <div style="background:#f2a900;padding:14px;font-size:22px;color:#fff">Run for Tomorrow 5K</div>
    <div style="padding:16px">
    <p><b>Saturday, September 26, 2026 - Riverside Park, Ashby</b><br>
    8:00 AM check-in | 9:00 AM race | 9:15 AM kids' fun run</p>
    <p>Every dollar raised funds early-career researchers working on pancreatic, ovarian and
    pediatric cancers. Last year 1,200 runners raised $214,000.</p>
    <p><a href="https://brighterdays.example.org/run2026">Register now</a> ($35, $15 for students)</p>
    <p style="font-size:11px"><a href="https://brighterdays.example.org/unsubscribe?e=s1">Unsubscribe</a></p>
    </div></div></body></html>
    """)), style="java"))

add("thanksgiving-hours", "none", "en",
    "A doctor's office holiday-hours notice to all its patients, with the on-call number; nobody's care.",
    trap=True,
    frm=A("Quillfield Family Medicine - Ashby Road", "fm.ashby@" + QF),
    to=A("Ashby Road Patients", "fm.ashby.patients@lists.quillfield.example.org"),
    subj="Thanksgiving hours", date=D(2026, 11, 19, 15, 0, 0), mstyle="outlook", mailer=OUTLOOK,
    extra=[("Precedence", "bulk")],
    body=T(tx("""
    Dear patients,

    Our office will be closed Thursday, November 26 and Friday, November 27
    for Thanksgiving. We reopen Monday, November 30 at 8:00 AM.

    If you need a prescription refill, please request it by Tuesday the
    24th. For urgent problems while we are closed, call our on-call provider
    at (413) 555-0112 (press 2), or visit Quillfield Urgent Care - Ridgeway,
    open 9 AM - 5 PM on the holiday. For emergencies, call 911.

    We are grateful to care for you and your families. Happy Thanksgiving!

    Quillfield Family Medicine - Ashby Road
    """)))

add("cheap-meds-no-prescription", "none", "en",
    "Spam selling prescription drugs without a prescription; names drugs, concerns no one.",
    trap=True,
    frm=A("Canadian Discount Pharmacy", "offers@pharma-discount.test"),
    to=A("", "dkline@" + QF),
    subj="Save 80% on your medications - no prescription needed!!", date=D(2026, 6, 11, 4, 40, 17), mstyle="java",
    recv=True,
    body=H(tx("""
    <html><body>
    <center><font size="5" color="#cc0000"><b>BEST PRICES ON YOUR MEDS!!!</b></font></center>
    <table align="center" cellpadding="6" border="1">
    <tr><td>Sildenafil 100mg x 30</td><td>$29.95</td></tr>
    <tr><td>Tadalafil 20mg x 30</td><td>$34.95</td></tr>
    <tr><td>Atorvastatin 40mg x 90</td><td>$19.95</td></tr>
    <tr><td>Tramadol 50mg x 60</td><td>$49.95</td></tr>
    <tr><td>Semaglutide pen (weight loss!!)</td><td>$99.00</td></tr>
    </table>
    <p align="center">NO PRESCRIPTION NEEDED * DISCREET SHIPPING * 100% GUARANTEED</p>
    <p align="center"><a href="http://rx-deals-online.test/?ref=a81">ORDER NOW</a></p>
    <p align="center"><font size="1">to be removed reply REMOVE</font></p>
    </body></html>
    """), cte="7bit"))

add("heart-month-newsletter", "none", "en",
    "A February heart-health newsletter that names conditions and drugs (statins, aspirin, blood pressure) in general; no individual.",
    trap=True,
    frm=A("Quillfield Heart & Vascular Center", "heart.news@mail.quillfield.example.org"),
    to=A("Heart Health subscribers", "hearthealth@lists.quillfield.example.org"),
    subj="American Heart Month: know your numbers", date=D(2026, 2, 2, 9, 0, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/hh02"),
    body=T(tx("""
    HEART HEALTH NEWS | February 2026

    Know your numbers
    Blood pressure under 130/80, LDL cholesterol as your doctor recommends,
    fasting glucose under 100. If you don't know yours, ask at your next
    check-up.

    Should I take a daily aspirin?
    Not everyone should. Guidelines changed in recent years: for most
    people over 60 without heart disease, the bleeding risk outweighs the
    benefit. Talk with your clinician before starting or stopping aspirin.

    Statins: myths and facts
    Muscle aches are less common than people think. Dr. Daniel Hwang
    explains who benefits from a statin and what side effects to watch for.

    Free blood pressure checks
    Every Saturday in February, 9-noon, Ashby Farmers Market.

    Unsubscribe: https://mail.quillfield.example.org/u/hh02
    """)))

add("you-have-a-new-message", "none", "en",
    "borderline: a portal notice greets the account holder by name but says only that a message is waiting, with no department, sender or content; no health content.",
    trap=True,
    frm=A("QuillConnect", "no-reply@" + PORTAL),
    to=A("Martin Cho", "martin.cho@webmail.example.net"),
    subj="You have a new message", date=D(2026, 6, 25, 14, 3, 0), mstyle="java",
    extra=[("Auto-Submitted", "auto-generated")],
    body=T(tx("""
    Hi Martin,

    You have a new message in QuillConnect. For your privacy, we don't
    include message details in e-mail.

    Sign in to read it: https://portal.quillfield.example.org

    You can change how you get notifications in Settings.
    Please do not reply to this e-mail.
    """)))

add("online-scheduling-maintenance", "none", "en",
    "A mass notice that online scheduling will be down for maintenance ('your appointments are not affected'); no individual.",
    trap=True,
    frm=A("QuillConnect", "no-reply@" + PORTAL),
    to=A("QuillConnect users", "portal-users@lists.quillfield.example.org"),
    subj="Scheduled maintenance Sunday 2-6 AM", date=D(2026, 8, 27, 16, 0, 0), mstyle="java",
    extra=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")],
    body=T(tx("""
    QuillConnect will be unavailable on Sunday, August 30 from 2:00 AM to
    6:00 AM while we upgrade our systems.

    During this time you won't be able to schedule, check in online, view
    results or send messages. Your existing appointments are not affected.
    If you need help during the outage, call (413) 555-0100.

    Thank you for your patience.
    """)))

add("preparing-for-your-video-visit", "none", "en",
    "A generic how-to on preparing for a video visit sent to a list; 'your visit' is nobody's in particular.",
    trap=True,
    frm=A("Quillfield Video Visits", "telehealth@mail.quillfield.example.org"),
    to=A("Quillfield Health Patients", "patients@lists.quillfield.example.org"),
    subj="5 tips for a smooth video visit", date=D(2026, 1, 29, 11, 0, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/vv1"),
    body=T(tx("""
    Video visits let you see your clinician from home. A few tips:

    1. Test your camera and microphone at
       https://visit.quillfield.example.org/test the day before.
    2. Find a quiet, private, well-lit spot. Sit facing the light.
    3. Have your medication list, a thermometer and a blood pressure cuff
       (if you have one) nearby.
    4. Join 10 minutes early. If your clinician is running late, you'll see
       a message in the waiting room.
    5. Use headphones if other people are home.

    Video visits are available for many primary care, behavioral health and
    specialty follow-ups. Ask your care team if a video visit is right for
    you.

    Unsubscribe: https://mail.quillfield.example.org/u/vv1
    """)))

add("may-is-mental-health-month", "none", "en",
    "A newsletter on depression, anxiety, therapy options and the 988 line for everyone on a list; general education, no individual.",
    trap=True,
    frm=A("Quillfield Behavioral Health", "bh.news@mail.quillfield.example.org"),
    to=A("Living Well subscribers", "livingwell@lists.quillfield.example.org"),
    subj="May is Mental Health Awareness Month", date=D(2026, 5, 1, 9, 0, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/mh05"),
    body=ALT(T(tx("""
    It's OK to not be OK.

    One in five adults lives with a mental health condition such as
    depression, anxiety, PTSD or bipolar disorder. Treatment works - therapy,
    medication, or both - and help is closer than you think.

    * Talk to your primary care provider. Many of our practices have a
      behavioral health clinician on site.
    * Free, confidential support 24/7: call or text 988.
    * Group therapy and peer support: see our May calendar.
    * Employers: ask about our workplace mental health workshops.

    If you or someone you know is in crisis, call 988 or go to the nearest
    emergency department.

    Unsubscribe: https://mail.quillfield.example.org/u/mh05
    """)), H(tx("""
    <html><body style="font-family:Arial,sans-serif;background:#f2f7f2">
    <table width="600" align="center" cellpadding="18" style="background:#fff">
    <tr><td style="background:#4f8a5b;color:#fff;font-size:22px">It's OK to not be OK.</td></tr>
    <tr><td>
    <p>One in five adults lives with a mental health condition such as depression, anxiety, PTSD or
    bipolar disorder. Treatment works - therapy, medication, or both - and help is closer than you think.</p>
    <ul><li>Talk to your primary care provider.</li>
    <li>Free, confidential support 24/7: <b>call or text 988</b>.</li>
    <li>Group therapy and peer support: see our May calendar.</li></ul>
    <p style="font-size:11px"><a href="https://mail.quillfield.example.org/u/mh05">Unsubscribe</a></p>
    </td></tr></table></body></html>
    """)), style="java"))

add("hiv-testing-day-free", "none", "en",
    "A public National HIV Testing Day event (free rapid tests, PrEP information); no individual's status.",
    trap=True,
    frm=A("Lantern Clinic Outreach", "outreach@lantern.example.org"),
    to=A("Community Partners", "partners@lists.lantern.example.org"),
    subj="Free HIV testing June 27 - please share", date=D(2026, 6, 15, 13, 0, 0), mstyle="gmail",
    body=T(tx("""
    Hi partners,

    For National HIV Testing Day, Lantern Clinic is offering free, walk-in
    rapid HIV and hepatitis C testing on Saturday, June 27, 11 AM - 4 PM at
    the Ashby Public Library plaza. Results in 20 minutes. PrEP and PEP
    navigators will be on site, plus free condoms and naloxone kits.

    Please share this with your clients and networks. Flyers in English,
    Spanish and Haitian Creole are on our website.

    Know your status. Testing is free, quick and confidential.

    Lantern Clinic Outreach Team
    (413) 555-0143
    """)))

add("egg-freezing-info-night", "none", "en",
    "A fertility clinic's marketing invitation to a free egg-freezing information evening; no patient.",
    trap=True,
    frm=A("Hopewell Fertility", "events@mail.hopewellfertility.example.com"),
    to=A("Hopewell Fertility newsletter", "news@lists.hopewellfertility.example.com"),
    subj="Thinking about egg freezing? Join our free info night", date=D(2026, 3, 30, 12, 0, 0), mstyle="java",
    extra=LU("https://mail.hopewellfertility.example.com/unsub?u=nw"),
    body=T(tx("""
    Thinking about freezing your eggs? Wondering what IVF really involves?

    Join Hopewell Fertility's reproductive endocrinologists for a free,
    no-pressure information evening:

      Wednesday, April 15, 6:30 PM
      In person at 9 Lantern Hill Drive, or online

    We'll cover how egg freezing works, AMH testing, success rates by age,
    costs and financing, and what your employer's fertility benefit may
    cover. Q&A with a patient who froze her eggs at 35.

    RSVP: https://hopewellfertility.example.com/infonight

    Unsubscribe: https://mail.hopewellfertility.example.com/unsub?u=nw
    """)))

add("hereditary-cancer-webinar", "none", "en",
    "A public webinar on hereditary cancer, BRCA and Lynch testing; education, no one's result.",
    trap=True,
    frm=A("Quillfield Cancer Center", "cancer.news@mail.quillfield.example.org"),
    to=A("Cancer Center community list", "cancer.community@lists.quillfield.example.org"),
    subj="Webinar: Does cancer run in your family?", date=D(2026, 9, 8, 10, 0, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/cc9"),
    body=T(tx("""
    Does cancer run in your family?

    Free webinar: Thursday, September 24, 12:00-1:00 PM

    Genetic counselor Helen Marsh, MS, CGC, explains:
    * which family histories suggest an inherited risk (BRCA1, BRCA2, Lynch
      syndrome and others)
    * what genetic testing involves and what results can mean
    * how GINA protects you from genetic discrimination in health insurance
      and employment
    * what to do if a relative has tested positive

    Register: https://www.quillfield.example.org/webinars/hereditary

    Unsubscribe: https://mail.quillfield.example.org/u/cc9
    """)))

add("memorial-day-nursing-schedule", "none", "en",
    "An opioid treatment programme's staff schedule for a holiday, from a nursing supervisor; mentions dosing and take-homes in general, no patient.",
    trap=True,
    frm=A("Riverbend Treatment Center - Nursing Supervisor", "nursing@riverbend-otp.example.org"),
    to=A("Riverbend Nursing", "nurses@riverbend-otp.example.org"),
    subj="Memorial Day coverage", date=D(2026, 5, 13, 14, 10, 0), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi all,

    Memorial Day (5/25) we are open 6:00-10:00 AM for dosing only; no
    counseling groups and no intakes. Coverage:

      Dosing window 1:  Aisha, Ron
      Dosing window 2:  Kelly
      Float/phones:     Marisol

    Take-home bottles for patients on the holiday schedule need to be
    prepared and double-checked by Friday 5/22 at 2 PM. Please make sure the
    dispensing log is signed off before you leave Friday.

    Thanks for covering, everyone.

    Donna Price, RN
    Nursing Supervisor | Riverbend Treatment Center
    (413) 555-0160 x204
    """)))

add("naloxone-training-at-the-library", "none", "en",
    "A community naloxone training open to the public; overdose education, no individual.",
    trap=True,
    frm=A("Ashby Public Health Department", "health@ashby.example.gov.test"),
    to=A("Ashby Community Calendar", "calendar@lists.ashby.example.gov.test"),
    subj="Free Narcan training - April 9", date=D(2026, 3, 31, 10, 30, 0), mstyle="java",
    body=T(tx("""
    Learn to save a life.

    Free naloxone (Narcan) training, Thursday, April 9, 6:00 PM, Ashby
    Public Library, Meeting Room B. Learn to recognize an opioid overdose,
    give nasal naloxone and do rescue breathing. Every participant goes home
    with a free naloxone kit. No registration needed; takes about 45
    minutes.

    Ashby Public Health Department | (413) 555-0189
    """)))

add("county-overdose-dashboard-q2", "none", "en",
    "A county's quarterly overdose dashboard with aggregate counts and rates; aggregate statistics are none (rule).",
    trap=True,
    frm=A("Westmark County Health - Epidemiology", "epi@county.westmark.test"),
    to=A("Overdose Prevention Coalition", "odcoalition@lists.westmark.test"),
    subj="Q2 2026 overdose dashboard", date=D(2026, 8, 5, 9, 15, 0), mstyle="outlook", mailer=OUTLOOK,
    body=MIX(T(tx("""
    Coalition members,

    The Q2 2026 dashboard is attached and posted on the county site.
    Highlights:

    - 41 suspected opioid overdose ED visits (Q1: 57), down 28%.
    - 9 overdose deaths (provisional), 7 involving fentanyl.
    - 1,930 naloxone kits distributed; 64 reported reversals.
    - Buprenorphine prescriptions filled in the county: 2,412.

    Numbers under 5 are suppressed. Please don't share the ZIP-level tab
    outside the coalition until it's final.

    Ines Barros, MPH
    Epidemiologist, Westmark County Health
    (413) 555-0186
    """)), ATT("text/csv", tx("""
    quarter,zip,ed_visits_suspected_opioid_od,deaths_provisional,naloxone_kits,reported_reversals
    2026Q2,01901,12,3,610,21
    2026Q2,01902,9,<5,445,14
    2026Q2,01905,11,<5,520,18
    2026Q2,01907,9,<5,355,11
    2026Q2,ALL,41,9,1930,64
    """), "od_dashboard_2026Q2.csv", cte="7bit", params=[("charset", "us-ascii")]), style="outlook"))

add("open-enrollment-benefits-2027", "none", "en",
    "HR open-enrolment mail describing the fertility (IVF) benefit, EAP counselling and the health plans for all employees; no individual.",
    trap=True,
    frm=A("Quillfield HR Benefits", "benefits@" + QF),
    to=A("All Quillfield Employees", "all.employees@" + QF),
    subj="Open enrollment starts Nov 2 - what's new for 2027", date=D(2026, 10, 26, 8, 0, 0), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Open enrollment runs November 2-16. If you do nothing, your current
    elections roll over, except for FSA contributions, which must be
    re-elected every year.

    What's new for 2027:

    * Fertility benefit: coverage for IVF and egg freezing increases to a
      $25,000 lifetime maximum, including medications.
    * Behavioral health: therapy visits are now $0 in network on the PPO and
      HMO plans. The Employee Assistance Program still offers 8 free,
      confidential counseling sessions per issue.
    * Gender-affirming care is now covered on all plans.
    * Premiums rise 3.2% on the PPO; the HMO is flat.

    Benefits fairs: Nov 4 (Main campus cafeteria, 11-2) and Nov 5
    (Ridgeway, 7-9 AM for night shift).

    Questions: benefits@quillfield.example.org or (413) 555-0105.
    """)))

add("eap-is-here-for-you", "none", "en",
    "An all-staff reminder about the Employee Assistance Program's free counselling; no employee's care.",
    trap=True,
    frm=A("Quillfield Employee Wellness", "wellness@" + QF),
    to=A("All Quillfield Employees", "all.employees@" + QF),
    subj="The EAP is here for you", date=D(2026, 12, 7, 9, 0, 0), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    The holidays can be hard, and this has been a demanding year for
    everyone in health care.

    A reminder that our Employee Assistance Program (Harborline EAP) offers
    free, confidential help 24/7 to you and anyone in your household:
    counseling for stress, grief, anxiety or depression, help with
    substance use concerns, financial and legal consultations, and
    child/elder care referrals. Nothing you share is reported to Quillfield.

    Call (413) 555-0199 or visit https://harborline-eap.example.com
    (company code QUILL).

    Take care of yourselves,
    Employee Wellness
    """)))

add("your-health-matters-summer", "none", "en",
    "An insurer's member newsletter ('your health matters') with seasonal tips and plan features; general, to a list.",
    trap=True,
    frm=A("Bluestem Health Plan", "news@mail.bluestem.example.com"),
    to=A("Bluestem Members", "members@lists.bluestem.example.com"),
    subj="Your Health Matters - Summer 2026", date=D(2026, 6, 18, 10, 0, 0), mstyle="java",
    extra=LU("https://mail.bluestem.example.com/prefs?u=hm", "leave@mail.bluestem.example.com"),
    body=T(tx("""
    YOUR HEALTH MATTERS | Summer 2026

    * Sun safety: SPF 30+, reapply every 2 hours. Check your skin monthly
      and see a dermatologist about any mole that changes.
    * Tick season: how to remove a tick, and when to call your doctor
      about Lyme disease.
    * Your annual wellness visit is covered at 100% - have you scheduled
      yours?
    * New: 24/7 nurse advice line at (413) 555-0191, option 4.
    * Heat and medications: some blood pressure and mental health
      medicines make you more sensitive to heat. Ask your pharmacist.

    Manage your e-mail preferences: https://mail.bluestem.example.com/prefs?u=hm
    """)))

add("lure-patient-records-shared", "none", "en",
    "Phishing aimed at clinic staff: a fake 'Patient Medical Records' share link from a look-alike domain; no real patient.",
    trap=True,
    frm=A("Quillfield Records Dept", "records@quilfield-health.test"),
    to=A("", "fm.ashby@" + QF),
    subj="Patient Medical Records - shared with you", date=D(2026, 9, 3, 5, 2, 11), mstyle="java",
    body=H(tx("""
    <html><body style="font-family:Segoe UI,Arial">
    <p>A secure document has been shared with you.</p>
    <table style="border:1px solid #ccc" cellpadding="10"><tr><td>
    <b>Patient_Medical_Records_Q3.pdf</b><br>Shared by: Records Department<br>Expires in 24 hours
    </td></tr></table>
    <p><a href="https://docs-share.quilfield-health.test/open?f=PMR-Q3">Open document</a></p>
    <p style="font-size:10px;color:#999">This message was sent by a secure file-sharing service.</p>
    </body></html>
    """)))

add("lure-delivery-of-your-prescription", "none", "en",
    "Phishing: 'your prescription delivery failed, pay a redelivery fee' from an unrelated domain; no real order or patient.",
    trap=True,
    frm=A("RxPost Delivery", "notice@rxpost-redelivery.test"),
    to=A("", "gloria.ames@inboxly.example.net"),
    subj="Delivery attempt failed: your prescription package", date=D(2026, 7, 16, 2, 45, 3), mstyle="java",
    body=T(tx("""
    We attempted to deliver your prescription package today but no one was
    available to sign. To schedule redelivery, confirm your address and pay
    the $1.99 redelivery fee within 12 hours, or the package will be
    returned to the pharmacy.

    Reschedule now: http://rxpost-redelivery.test/track?c=US88412

    Reference: RP-US88412
    """)))

add("order-confirmation-thermometer", "none", "en",
    "A pharmacy web-store order for a thermometer, bandages and sunscreen with an order number; store merchandise, no prescription or care.",
    trap=True,
    frm=A("Fennel Street Pharmacy Online", "orders@fennelrx.example.com"),
    to=A("Colin Reyes", "colin.reyes@mailbox.example.com"),
    subj="Order confirmation #FS-220714", date=D(2026, 7, 6, 19, 22, 30), mstyle="java",
    body=T(tx("""
    Thanks for your order, Colin!

    Order #FS-220714 - placed 07/06/2026

      Digital oral thermometer, 1            $12.99
      Adhesive bandages, assorted, 80 ct     $6.49
      Mineral sunscreen SPF 50, 3 oz         $14.99
      Subtotal                               $34.47
      Tax                                     $1.03
      Shipping                                FREE
      Total                                  $35.50

    Ships in 1-2 business days. We'll e-mail you a tracking number.

    Fennel Street Pharmacy | (413) 555-0109
    """)))

add("whitening-special-smile", "none", "en",
    "A dental office's marketing e-mail ('your smile', whitening and referral offers) sent to its whole list; no patient's treatment.",
    trap=True,
    frm=A("Brightwater Dental Group", "smile@mail.brightwaterdental.example.com"),
    to=A("Brightwater patients", "patients@lists.brightwaterdental.example.com"),
    subj="Brighter smile for summer - $100 off whitening", date=D(2026, 5, 28, 11, 0, 0), mstyle="java",
    extra=LU("https://mail.brightwaterdental.example.com/u?id=77"),
    body=T(tx("""
    Summer's here - give your smile a boost!

    * $100 off in-office whitening through June 30
    * Refer a friend and you both get a free electric toothbrush
    * Have unused dental benefits? Many plans reset in January - now is a
      great time to use yours.

    Book online or call (413) 555-0121.

    Brightwater Dental Group
    Unsubscribe: https://mail.brightwaterdental.example.com/u?id=77
    """)))

add("frames-sale-this-weekend", "none", "en",
    "An optical shop's frames sale to its mailing list ('your eyes deserve the best'); marketing.",
    trap=True,
    frm=A("Lakeside Eye Associates - Optical", "optical@mail.lakesideeye.example.com"),
    to=A("Lakeside Eye list", "news@lists.lakesideeye.example.com"),
    subj="40% off frames this weekend only", date=D(2026, 8, 20, 10, 0, 0), mstyle="java",
    extra=LU("https://mail.lakesideeye.example.com/unsub"),
    body=H(tx("""
    <html><body style="font-family:Helvetica,Arial,sans-serif;text-align:center">
    <h1 style="color:#005f73">Your eyes deserve the best</h1>
    <p style="font-size:20px">40% off all designer frames<br>Friday-Sunday, August 21-23</p>
    <p>Bring your current prescription or book an eye exam with one of our optometrists.
    Blue-light and transition lenses 20% off.</p>
    <p><a href="https://lakesideeye.example.com/optical">See the collection</a></p>
    <p style="font-size:11px;color:#888"><a href="https://mail.lakesideeye.example.com/unsub">Unsubscribe</a></p>
    </body></html>
    """)))

add("we-are-moving-to-ridgeway", "none", "en",
    "A physical-therapy clinic announces its new location to everyone on its list; no patient's care.",
    trap=True,
    frm=A("Motion Works Physical Therapy", "news@mail.motionworkspt.example.com"),
    to=A("Motion Works patients and friends", "friends@lists.motionworkspt.example.com"),
    subj="We're moving! New Ridgeway clinic opens May 4", date=D(2026, 4, 20, 9, 0, 0), mstyle="java",
    extra=LU("https://mail.motionworkspt.example.com/unsub"),
    body=T(tx("""
    Big news: starting Monday, May 4, Motion Works Physical Therapy will be
    at our new home, 310 Ridgeway Avenue (next to the bakery). More space,
    a bigger gym, free parking and two private treatment rooms.

    Your therapist, your schedule and our phone number,
    (413) 555-0141, stay the same. If you have an appointment the week of
    the move, it will be at the new address.

    Open house with snacks and free balance screenings: Saturday, May 9,
    10 AM - 1 PM.

    Unsubscribe: https://mail.motionworkspt.example.com/unsub
    """)))

add("home-health-aide-openings", "none", "en",
    "A job posting for home-health aides describing the patient care in general; no patient.",
    trap=True,
    frm=A("Hearthstone Home Health - Recruiting", "jobs@hearthstonehh.example.org"),
    to=A("Ashby Community College Career Center", "careers@acc.example.edu.test"),
    subj="Hiring: Home Health Aides (full and part time) - please post", date=D(2026, 3, 10, 13, 0, 0), mstyle="gmail",
    body=T(tx("""
    Hello,

    Could you share this with your CNA and HHA students?

    Hearthstone Home Health is hiring Home Health Aides for the Ashby and
    Millstone areas. Aides help our patients with bathing, dressing,
    meals, walking and medication reminders, and report changes to the
    nurse. Many of our patients are recovering from surgery or living with
    dementia, heart failure or COPD.

    - $21-24/hour, mileage paid, flexible schedules
    - Paid training, including wound-care basics and dementia care
    - Sign-on bonus $750

    Apply: https://hearthstonehh.example.org/careers or call
    (413) 555-0150.

    Thank you!
    Renata Silva, Recruiter
    """)))

add("hospice-volunteer-training", "none", "en",
    "A hospice's volunteer training announcement (companionship, vigil, grief support) to a volunteer list; no patient.",
    trap=True,
    frm=A("Evening Star Hospice Volunteers", "volunteers@eveningstarhospice.example.org"),
    to=A("Evening Star volunteer list", "volunteers-list@lists.eveningstarhospice.example.org"),
    subj="Fall volunteer training starts Sept 12", date=D(2026, 8, 24, 10, 0, 0), mstyle="gmail",
    body=T(tx("""
    Dear friends,

    Our fall volunteer training runs four Saturday mornings, September 12 -
    October 3, 9 AM - 12:30 PM. Topics: what hospice is (and isn't),
    companionship and listening, 11th Hour vigil volunteering, caregiver
    respite, grief and self-care.

    Volunteers must be 18+, complete a background check and a TB test, and
    commit to about 4 hours a month. Pet therapy teams and musicians are
    especially welcome.

    Sign up: https://eveningstarhospice.example.org/volunteer

    With gratitude,
    Marion Kett, Volunteer Coordinator
    (413) 555-0156
    """)))

add("head-lice-second-grade", "none", "en",
    "A school nurse's letter to all second-grade parents about a case of head lice in the class; no child is named.",
    trap=True,
    frm=A("Carol Benning, RN", "cbenning@maplehollow.schools.example.net"),
    to=A("Grade 2 Families", "grade2.families@maplehollow.schools.example.net"),
    subj="Head lice in Room 12 - please check tonight", date=D(2026, 10, 22, 14, 30, 0), mstyle="gmail",
    body=T(tx("""
    Dear Room 12 families,

    A case of head lice has been found in your child's classroom. Head lice
    are common, are not a sign of poor hygiene, and do not spread disease.

    Please check your child's hair tonight, especially behind the ears and
    at the back of the neck. If you find lice or nits, treat with an
    over-the-counter lice shampoo, follow the package directions, and repeat
    in 9 days. Wash pillowcases and hats in hot water.

    Children may come to school after the first treatment. Call me with any
    questions.

    Carol Benning, RN
    School Nurse, Maple Hollow Elementary | (413) 555-0133 ext. 2
    """)))

add("willow-path-new-office", "none", "en",
    "A counselling practice's newsletter to subscribers announcing its new office and group offerings; no client is concerned.",
    trap=True,
    frm=A("Willow Path Counseling", "hello@mail.willowpath.example.com"),
    to=A("Willow Path newsletter", "newsletter@lists.willowpath.example.com"),
    subj="Our new office + fall groups", date=D(2026, 9, 1, 8, 0, 0), mstyle="java",
    extra=LU("https://mail.willowpath.example.com/unsub"),
    body=T(tx("""
    Hello from Willow Path!

    After eight years on Orchard Lane, we're moving around the corner to
    14 Chapel Street, Suite 200, on September 21. Elevator access and more
    parking at last.

    Fall groups (open to the community; insurance accepted):
    * Managing Anxiety - 8 weeks, Tuesdays 6 PM
    * Grief and Loss - 6 weeks, Thursdays 11 AM
    * DBT Skills for Teens - 12 weeks, Mondays 4:30 PM

    Call (413) 555-0148 to learn more or to join.

    You're receiving this because you subscribed at willowpath.example.com.
    Unsubscribe: https://mail.willowpath.example.com/unsub
    """)))

add("re-garage-c-closed-next-week", "none", "en",
    "A parking-closure thread among staff whose replies are signed by infusion-centre and psychiatry staff; no patient.",
    trap=True,
    frm=A("Luis Ortega", "lortega@" + QF),
    to=A("Facilities Helpdesk", "facilities@" + QF),
    subj="RE: Garage C closed next week", date=D(2026, 6, 12, 11, 40, 2), mailer=OUTLOOK, mstyle="outlook",
    irt=pmid("garage-c", QF, "outlook"),
    body=T(tx("""
    Does this affect the drop-off circle by the infusion center entrance?
    A lot of our folks can't walk far.

    Luis Ortega, RN
    Oncology Infusion Center | (413) 555-0153

    From: Facilities Helpdesk <facilities@quillfield.example.org>
    Sent: Friday, June 12, 2026 8:02 AM
    To: All Main Campus Staff
    Subject: Garage C closed next week

    Garage C will be closed June 15-19 for resurfacing. Staff who normally
    park in C should use the Mill Street lot; a shuttle will run every 10
    minutes from 5:30 AM to 8 PM. Patient and visitor parking in Garage B
    is not affected.

    Facilities Management | (413) 555-0101
    """)))

add("ehr-downtime-saturday-night", "none", "en",
    "An IT notice of planned EHR downtime telling staff to use paper downtime forms and record MRNs; patients only in general.",
    trap=True,
    frm=A("Quillfield IT Service Desk", "itsd@" + QF),
    to=A("All Clinical Staff", "all.clinical@" + QF),
    subj="PLANNED DOWNTIME: Tessera EHR Sat 3/21 11 PM - Sun 3/22 3 AM", date=D(2026, 3, 16, 12, 0, 0),
    mailer=OUTLOOK, mstyle="outlook", extra=[("Importance", "high")],
    body=T(tx("""
    Tessera EHR will be unavailable Saturday, March 21, 11:00 PM through
    Sunday, March 22, 3:00 AM for the spring upgrade.

    During the downtime:
    * Use the downtime read-only viewer (DTV) on the red-labelled PCs to
      look up patient allergies, medications and recent results.
    * Document on paper downtime forms. Write the patient's name, MRN and
      date of birth on every page.
    * Lab and imaging orders: use the paper requisitions in the downtime
      binder. Critical results will be phoned.
    * After the system is back, back-enter all orders and medication
      administrations by end of shift.

    Go-live support will be on every inpatient unit from 3 AM to 9 AM.

    IT Service Desk | (413) 555-0110 | ticket queue "Tessera Upgrade"
    """)))

add("interpreter-invoice-february", "none", "en",
    "borderline: an interpreting agency's invoice lists sessions by job number, date, language and department; job numbers identify sessions, not patients, and no one is named.",
    trap=True,
    frm=A("Polyglot Language Partners - Billing", "billing@polyglotlp.example.com"),
    to=A("Quillfield Interpreter Services", "interpreters@" + QF),
    subj="February 2026 invoice PLP-QF-0226", date=D(2026, 3, 4, 10, 20, 0), mailer=OUTLOOK, mstyle="outlook",
    body=MIX(T(tx("""
    Hello,

    Attached is the February detail for invoice PLP-QF-0226: 312 sessions,
    $18,436.50. Video remote sessions are billed per minute; in-person
    sessions have a 2-hour minimum.

    Please let us know of any disputes within 30 days.

    Polyglot Language Partners
    (617) 555-0178
    """)), ATT("text/csv", tx("""
    job_no,date,language,modality,department,minutes,rate,amount
    PLP-260201-004,2026-02-01,Spanish,VRI,Emergency Department,34,1.95,66.30
    PLP-260201-011,2026-02-01,Haitian Creole,VRI,Labor and Delivery,52,2.10,109.20
    PLP-260203-027,2026-02-03,Vietnamese,In person,Cancer Center,120,65.00,130.00
    PLP-260204-031,2026-02-04,Portuguese,OPI,Behavioral Health,45,1.75,78.75
    PLP-260205-040,2026-02-05,Somali,In person,Family Medicine - Ashby Road,120,70.00,140.00
    PLP-260209-058,2026-02-09,Arabic,VRI,Infectious Disease,28,2.10,58.80
    PLP-260212-077,2026-02-12,Cantonese,In person,Orthopedics,120,65.00,130.00
    """), "PLP-QF-0226_detail.csv", cte="base64", params=[("charset", "utf-8")]), style="outlook"))

add("nursing-conference-call-for-posters", "none", "en",
    "A regional nursing conference's call for posters and registration; professional event, no patient.",
    trap=True,
    frm=A("New England Nursing Research Conference", "info@nenrc.example.org"),
    to=A("NENRC mailing list", "members@lists.nenrc.example.org"),
    subj="Call for posters: NENRC 2026 (deadline June 1)", date=D(2026, 4, 13, 9, 0, 0), mstyle="java",
    extra=LU("https://nenrc.example.org/unsubscribe"),
    body=T(tx("""
    The 2026 New England Nursing Research Conference will be held October
    15-16 in Fall Harbor.

    We invite poster abstracts on evidence-based practice, quality
    improvement and nursing research. This year's tracks: falls and
    delirium prevention, sepsis bundles, pressure injury prevention,
    nurse-led opioid stewardship, and care of patients with limited English
    proficiency.

    Abstracts (300 words) due June 1. Do not include patient identifiers.

    Early-bird registration: $245 members / $325 non-members, includes
    10.5 contact hours.

    https://nenrc.example.org/2026
    """)))

add("journal-toc-june-issue", "none", "en",
    "A journal's table-of-contents alert with article titles on HIV PrEP, BRCA, depression and opioid use disorder; publications, no patient.",
    trap=True,
    frm=A("Journal of Primary Care Medicine", "alerts@jpcm.example.org"),
    to=A("Marc Baptiste", "mbaptiste@" + QF),
    subj="JPCM June 2026 - Table of Contents", date=D(2026, 6, 1, 5, 0, 0), mstyle="java",
    extra=LU("https://jpcm.example.org/alerts/manage"),
    body=T(tx("""
    Journal of Primary Care Medicine | Volume 41, Issue 6 | June 2026

    ORIGINAL RESEARCH
    * Long-acting injectable PrEP uptake in community health centers: a
      retrospective cohort
    * Buprenorphine initiation in primary care after an emergency
      department visit for opioid use disorder
    * Collaborative care for depression in rural practices: 3-year outcomes

    REVIEWS
    * Who should be offered BRCA1/2 testing? An update for primary care
    * Managing hypertension in older adults with frailty

    CLINICAL CASE
    * A 54-year-old man with fatigue and a low ferritin

    Read online: https://jpcm.example.org/toc/41/6
    Manage alerts: https://jpcm.example.org/alerts/manage
    """)))

add("lunch-and-learn-tuesday-drug-rep", "none", "en",
    "A pharmaceutical rep schedules a lunch-and-learn for a cardiology office about a (fictional) heart-failure drug; marketing to staff, no patient.",
    trap=True,
    frm=A("Kyle Brandon", "kbrandon@veltrana-pharma.example.com"),
    to=A("Quillfield Cardiology Front Office", "cardiology.office@" + QF),
    subj="Lunch & learn Tuesday 5/19 - confirming headcount", date=D(2026, 5, 12, 14, 5, 30), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi Tanya,

    Confirming lunch for Tuesday 5/19 at 12:15. I'll bring lunch from
    Basil & Vine for 14 (let me know about any allergies). Dr. Amy Feld
    from the speakers' bureau will do a 20-minute overview of the new
    outcomes data for VELTRANA in heart failure with reduced ejection
    fraction, plus the co-pay card program for commercially insured
    patients.

    Samples: I'll bring starter packs for the sample closet - please have
    someone available to sign the receipt.

    Thanks!
    Kyle Brandon
    Territory Manager, Cardiovascular | Veltrana Pharmaceuticals
    (617) 555-0185
    """)))

add("meter-test-strip-recall", "none", "en",
    "A device maker's recall notice on test-strip lots sent to all registered customers; not about any person's care.",
    trap=True,
    frm=A("GlucoSure Customer Care", "care@glucosure.example.com"),
    to=A("GlucoSure customers", "customers@lists.glucosure.example.com"),
    subj="Important: voluntary recall of GlucoSure Plus test strips (lots 24K11-24K19)", date=D(2026, 1, 20, 13, 0, 0),
    mstyle="java",
    body=T(tx("""
    Dear GlucoSure customer,

    We are voluntarily recalling GlucoSure Plus blood glucose test strips
    from lots 24K11 through 24K19 because some strips in these lots may read
    falsely high.

    What to do:
    1. Check the lot number on your strip vial (next to "LOT").
    2. If it is one of these lots, stop using those strips and use a
       different vial or lot.
    3. Request free replacement strips at https://glucosure.example.com/recall
       or call (800) 555-0162.

    Meters and other strip lots are not affected. If you have questions
    about your blood sugar readings, contact your healthcare provider.

    We apologize for the inconvenience.
    GlucoSure Customer Care
    """)))

add("thank-you-for-your-gift", "none", "en",
    "A cancer-research charity's donation receipt with the donor's name, amount and a tax ID; a donation is not anyone's care.",
    trap=True,
    frm=A("Brighter Days Cancer Research Fund", "donations@brighterdays.example.org"),
    to=A("Patricia Wen", "pwen@webmail.example.net"),
    subj="Thank you for your gift - receipt BD-2026-118204", date=D(2026, 11, 30, 10, 12, 0), mstyle="java",
    body=T(tx("""
    Dear Patricia,

    Thank you for your gift of $250.00 on November 30, 2026, made in honor
    of the Ashby Rotary Club's 50th anniversary.

    Receipt number: BD-2026-118204
    Brighter Days Cancer Research Fund is a 501(c)(3) organization,
    EIN 00-0000000. No goods or services were provided in exchange for
    this contribution.

    Your gift funds early-career researchers working on pancreatic, ovarian
    and pediatric cancers.

    With gratitude,
    The Brighter Days team
    """)))

add("ceu-deadline-approaching", "none", "en",
    "A nurse's own continuing-education tracker reminder with her licence number and hours; no patient.",
    trap=True,
    frm=A("CE Tracker", "notify@cetracker.example.com"),
    to=A("Abena Mensah", "abena.mensah@mailbox.example.com"),
    subj="You need 6.5 more contact hours by Aug 31", date=D(2026, 7, 1, 7, 0, 0), mstyle="java",
    body=T(tx("""
    Hi Abena,

    Your RN license (RN-2203918) renews on August 31, 2026.

      Required: 24 contact hours
      Completed: 17.5
      Still needed: 6.5 (including 2 hours of pain management)

    Recommended for you: "HIV Care Update for Nurses" (3.0), "Trauma-
    Informed Care" (2.0), "Pain Management and Opioid Safety" (2.0).

    Log in to upload certificates: https://cetracker.example.com
    """)))

add("soccer-carpool-saturday", "none", "en",
    "A gastroenterologist's personal mail about a kids' soccer carpool, sent with her work signature and phone numbers; no patient.",
    trap=True,
    frm=A("Iris Chen MD", "ichen@" + QF),
    to=[A("Maya Patel", "maya.patel@mailbox.example.com"), A("Greg Olsen", "golsen@webmail.example.net")],
    subj="carpool sat", date=D(2026, 9, 17, 21, 12, 0), mailer=IPHONE, mstyle="apple",
    body=T(tx("""
    I can take the 8 AM shift to the Millstone fields Saturday (I have room
    for 4 with the booster). Can one of you do pickup at 11? I'm on call
    after noon.

    Iris

    Iris Chen, MD
    Gastroenterology | Quillfield Health
    Office (413) 555-0116 | Endoscopy (413) 555-0120

    Sent from my iPhone
    """)))

_ics_huddle = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000-flow-huddle@quillfield.example.org",
                  "20260407T073000", "20260407T080000",
                  "Patient flow huddle - ED boarding and discharge-before-noon",
                  "Teams / Conference Room 4B",
                  "Weekly huddle. Agenda: ED boarding hours last week, discharge-before-noon rate by unit, "
                  "transport delays, observation status reviews. No patient-level data in slides please.",
                  organizer=("Sandra Oyelaran", "soyelaran@quillfield.example.org"),
                  attendees=[("Unit Nurse Managers", "nurse.managers@quillfield.example.org"),
                             ("Case Management", "case.mgmt@quillfield.example.org")],
                  prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", alarm=15)
add("patient-flow-huddle-invite", "none", "en",
    "A staff meeting invitation on patient flow (ED boarding, discharge times); operational, with no patient-level data.",
    trap=True,
    frm=A("Sandra Oyelaran", "soyelaran@" + QF),
    to=[A("Unit Nurse Managers", "nurse.managers@" + QF), A("Case Management", "case.mgmt@" + QF)],
    subj="Patient flow huddle", date=D(2026, 4, 2, 16, 0, 0), mailer=OUTLOOK, mstyle="outlook",
    body=ALT(T(tx("""
    Weekly huddle. Agenda: ED boarding hours last week, discharge-before-
    noon rate by unit, transport delays, observation status reviews. No
    patient-level data in slides please.

    Join on Teams or in Conference Room 4B.
    """)), CAL(_ics_huddle), style="outlook"))

add("hipaa-training-due-friday", "none", "en",
    "An annual HIPAA privacy training reminder to staff that talks about PHI, minimum necessary and 42 CFR Part 2; compliance mail, no patient.",
    trap=True,
    frm=A("Quillfield Compliance & Privacy", "privacy@" + QF),
    to=A("Staff with overdue training", "training-overdue@" + QF),
    subj="Reminder: annual HIPAA privacy training due Friday", date=D(2026, 2, 23, 8, 30, 0), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Our records show you have not yet completed the 2026 Annual Privacy and
    Security Training (course PRV-2026). It is due this Friday, February 27.

    The 30-minute module covers:
    * what counts as protected health information (PHI)
    * the minimum-necessary standard and snooping in records
    * extra protections for substance-use treatment records (42 CFR Part 2),
      HIV, genetic and mental health information
    * sending PHI by e-mail: use [secure] in the subject line
    * reporting a suspected breach

    Staff who don't complete the training by the deadline will have EHR
    access suspended until they do.

    Start the course: https://learn.quillfield.example.org/PRV-2026

    Compliance & Privacy Office | (413) 555-0124
    """)))

add("lure-voicemail-from-pharmacy", "none", "en",
    "Phishing: a fake voicemail notice 'from pharmacy' asking the reader to sign in; no real patient or message.",
    trap=True,
    frm=A("Voice Message Center", "voicemail@vm-notify-center.test"),
    to=A("", "jordan.alvarez@mailbox.example.com"),
    subj="New voicemail from PHARMACY (00:47)", date=D(2026, 5, 21, 6, 14, 9), mstyle="java",
    body=H(tx("""
    <html><body style="font-family:Arial">
    <p>You have received a new voice message.</p>
    <p>From: PHARMACY<br>Duration: 00:47<br>Received: Thursday 6:10 AM</p>
    <p>Message preview: "...regarding your prescription, please call back..."</p>
    <p><a href="http://vm-notify-center.test/play?m=aa41">&#9654; Play message</a> (sign in with your e-mail password)</p>
    </body></html>
    """)))

add("your-new-id-cards", "none", "en",
    "An insurer says new ID cards were mailed, giving member ID and group number; an identifier with no health content.",
    trap=True,
    frm=A("Bluestem Health Plan", "memberservices@bluestem.example.com"),
    to=A("Eduardo Salinas", "esalinas@post.example.com"),
    subj="Your new ID cards are in the mail", date=D(2026, 12, 10, 9, 0, 0), mstyle="java",
    body=T(tx("""
    Hi Eduardo,

    Your 2027 Bluestem ID cards were mailed on December 9 to the address we
    have on file. You should get them within 7-10 days.

      Member ID: BSH-71620035
      Group number: 440981
      Plan: Bluestem Select HMO

    You can also download a digital card now in the Bluestem app. Please
    show your new card at your pharmacy and your next visit after
    January 1.

    Bluestem Member Services | (413) 555-0191
    """)))

add("reduce-denials-billing-demo", "none", "en",
    "Vendor marketing to clinics about billing software (denials, patient statements, HIPAA compliance); no patient.",
    trap=True,
    frm=A("ClaimStream RCM", "hello@claimstream.example.com"),
    to=A("", "dkline@" + QF),
    subj="Cut claim denials by 30% - 15-minute demo?", date=D(2026, 8, 11, 10, 45, 0), mstyle="java",
    extra=LU("https://claimstream.example.com/optout?e=dk"),
    body=T(tx("""
    Hi Deborah,

    Practices like Quillfield Family Medicine lose an average of 9% of
    revenue to denied claims and unpaid patient balances. ClaimStream's
    AI scrubber catches missing prior authorizations, invalid ICD-10/CPT
    pairings and eligibility problems before claims go out, and our
    text-to-pay patient statements get balances paid 3x faster.

    Fully HIPAA compliant, SOC 2 Type II, integrates with Tessera EHR.

    Do you have 15 minutes next week for a demo?

    Ryan Moss
    Account Executive, ClaimStream RCM
    (617) 555-0181

    Not interested? https://claimstream.example.com/optout?e=dk
    """)))

add("lure-claim-refund-pending", "none", "en",
    "borderline: phishing with a claim number and 'your recent medical claims' sent to a real member's address; the claim is invented bait and no care or service is described.",
    trap=True,
    frm=A("Health Claims Refund Dept", "refunds@claims-refund-center.test"),
    to=A("", "dkeene@post.example.com"),
    subj="Refund of $318.40 pending for claim #CLM-88213-2026", date=D(2026, 4, 24, 1, 33, 0), mstyle="java",
    body=T(tx("""
    Dear Member,

    After a review of your recent medical claims, you are eligible for a
    refund of $318.40 (claim #CLM-88213-2026).

    To receive your refund by direct deposit, please verify your bank
    details within 48 hours:

    https://claims-refund-center.test/refund?id=CLM-88213-2026

    Refunds not claimed within 48 hours will be cancelled.

    Claims Refund Department
    """)))

add("flu-surveillance-week-6", "none", "en",
    "A county's weekly influenza surveillance report with aggregate case counts and positivity; aggregate statistics are none (rule).",
    trap=True,
    frm=A("Westmark County Health - Epidemiology", "epi@county.westmark.test"),
    to=A("Infection Preventionists", "ip-list@lists.westmark.test"),
    subj="Influenza surveillance - week 6 (Feb 1-7)", date=D(2026, 2, 10, 11, 0, 0), mstyle="outlook", mailer=OUTLOOK,
    body=T(tx("""
    Westmark County influenza surveillance, MMWR week 6 (Feb 1-7, 2026)

      Lab-confirmed influenza cases:     412 (week 5: 498)
        Influenza A:                     361
        Influenza B:                      51
      Test positivity (sentinel labs):  21.4%
      ILI visits (% of ED visits):       4.8%
      Influenza hospitalizations:         37
      Pediatric deaths:                    0
      Outbreaks in long-term care:         3

    Activity remains HIGH but appears to have peaked. Continue to offer
    vaccine to all patients 6 months and older and antivirals for
    hospitalized and high-risk patients.

    Westmark County Health - Epidemiology | (413) 555-0186
    """)))

add("printer-jam-3rd-floor", "none", "en",
    "Ordinary office mail about a printer jam.",
    trap=False,
    frm=A("Tanya Brooks", "tbrooks@" + QF),
    to=A("Facilities Helpdesk", "facilities@" + QF),
    subj="printer 3rd floor jammed again", date=D(2026, 1, 30, 10, 2, 19), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi, the big printer by the 3rd floor elevators (asset tag QF-PR-0331) is
    jammed again, tray 2. I pulled out what I could but there's a piece
    stuck in the back. Can someone come take a look today?

    Thanks,
    Tanya
    x4412
    """)))

add("potluck-sign-up", "none", "en",
    "Ordinary office mail: a potluck sign-up.",
    trap=False,
    frm=A("Janice Oduya", "joduya@tidewatersupply.example.com"),
    to=A("Tidewater - Fall Harbor office", "fallharbor.all@tidewatersupply.example.com"),
    subj="Potluck Friday - sign up!", date=D(2026, 12, 14, 9, 12, 0), mailer=OUTLOOK, mstyle="outlook",
    body=T(tx("""
    Hi all,

    Holiday potluck is Friday at noon in the big conference room. The
    sign-up sheet is on the fridge. So far we have 4 desserts and zero
    mains, so if you're on the fence, make a main!

    Janice
    """)))

add("fire-drill-thursday", "none", "en",
    "Ordinary building mail: a fire drill notice.",
    trap=False,
    frm=A("Building Management", "office@ridgewayplaza.example.com"),
    to=A("Ridgeway Plaza Tenants", "tenants@ridgewayplaza.example.com"),
    subj="Fire drill Thursday 10 AM", date=D(2026, 10, 5, 15, 0, 0), mstyle="gmail",
    body=T(tx("""
    Dear tenants,

    The annual fire drill for Ridgeway Plaza will be held Thursday,
    October 8 at 10:00 AM. When the alarm sounds, please leave by the
    nearest stairway (not the elevators) and gather in the north parking
    lot. The drill should take about 15 minutes.

    Ridgeway Plaza Building Management
    (413) 555-0140
    """)))

add("password-expires-in-3-days", "none", "en",
    "Ordinary IT mail: a password expiry notice.",
    trap=False,
    frm=A("Quillfield IT Service Desk", "itsd@" + QF),
    to=A("Peter Yoon", "pyoon@" + QF),
    subj="Your password expires in 3 days", date=D(2026, 7, 9, 6, 0, 0), mstyle="outlook", mailer=OUTLOOK,
    extra=[("Auto-Submitted", "auto-generated")],
    body=T(tx("""
    Your network password will expire on July 12, 2026.

    To change it, press Ctrl+Alt+Delete on any Quillfield computer and choose
    "Change a password", or visit https://password.quillfield.example.org
    from the internal network. IT will never ask for your password by
    e-mail.

    IT Service Desk | (413) 555-0110
    """)))

add("admin-offices-closed-snow", "none", "en",
    "Ordinary weather-closure notice for administrative offices.",
    trap=False,
    frm=A("Quillfield Emergency Management", "alerts@" + QF),
    to=A("All Quillfield Employees", "all.employees@" + QF),
    subj="Administrative offices closed today (snow)", date=D(2026, 2, 24, 5, 30, 0), mstyle="outlook", mailer=OUTLOOK,
    body=T(tx("""
    Due to the storm, administrative offices at 55 Commerce Way are closed
    today, Tuesday, February 24. Staff who can work remotely should do so.
    All hospital and clinic operations continue as normal; essential staff
    should report as scheduled.

    Quillfield Emergency Management
    """)))

# ---- none, not in English ------------------------------------------------
_es_flu_t = tx("""
¡Ya están abiertas las clínicas de vacunación contra la gripe!

Del 1 de octubre al 30 de noviembre, en todos los consultorios de atención
primaria de Quillfield, sin cita previa:

  Ashby Road    lunes a viernes, 8-11 a. m. y 1-4 p. m.
  Ridgeway      martes y jueves, 4-7 p. m.; sábados, 9 a. m.-12 p. m.
  Millstone     miércoles, 9 a. m.-12 p. m.

Todas las personas de 6 meses en adelante deben vacunarse cada año. La
mayoría de los seguros cubren la vacuna sin costo. También puede recibir la
vacuna actualizada contra el COVID-19 en la misma visita.

Proteja a su familia esta temporada.

Cancelar suscripción: https://mail.quillfield.example.org/u/91ab7-es
""")
_es_flu_h = tx("""
<html><body style="font-family:Arial,sans-serif;font-size:15px">
<h2 style="color:#b4232a">¡Ya están abiertas las clínicas de vacunación contra la gripe!</h2>
<p>Del <b>1 de octubre al 30 de noviembre</b>, en todos los consultorios de atención primaria de
Quillfield, <b>sin cita previa</b>.</p>
<p>Todas las personas de 6 meses en adelante deben vacunarse cada año. La mayoría de los seguros
cubren la vacuna sin costo.</p>
<p style="font-size:11px"><a href="https://mail.quillfield.example.org/u/91ab7-es">Cancelar suscripción</a></p>
</body></html>
""")
add("campana-vacuna-gripe", "none", "es",
    "Spanish flu-vaccine campaign to the whole patient list; general, no individual.",
    trap=True,
    frm=A("Quillfield Health", NEWS), to=A("Pacientes de Quillfield", "pacientes@lists.quillfield.example.org"),
    subj="Vacúnese contra la gripe - sin cita", date=D(2026, 9, 28, 9, 35, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/91ab7-es"),
    body=ALT(T(_es_flu_t), H(_es_flu_h), style="java"))

_gb_spam = tx("""
【瘦身特效药】一个月瘦20斤！不节食，不运动！

美国最新配方，纯天然植物提取，无任何副作用。
同时有降血糖、降血压、降血脂的神奇功效，糖尿病患者的福音！

原价 998 元，今日特价 198 元，买二送一，全国包邮！

立即订购： http://shoushen-tejia.test/buy
微信客服 24 小时在线

如不想再收到此类邮件，请回复 TD
""")
add("shoushen-texiaoyao-guanggao", "none", "zh-Hans",
    "Chinese (GB2312) spam selling weight-loss pills that 'cure diabetes and blood pressure'; concerns no one.",
    trap=True, hcs="gb2312",
    frm=A("健康特惠", "promo@shoushen-tejia.test", "gb2312"),
    to=A("", "lijianhua58@wangmail.example.com"),
    subj="一个月瘦20斤！降血糖降血压！", date=D(2026, 3, 8, 3, 20, 0, tz="+0800"), mstyle="java",
    body=T(_gb_spam, cs="gb2312", cte="8bit"))

_koi_spam = tx("""
Здравствуйте!

Лекарства без рецепта с доставкой на дом. Анонимно.

- Препараты для потенции - от 99 руб. за таблетку
- Средства для похудения - скидка 50%
- Антибиотики, обезболивающие, снотворное - в наличии

Доставка курьером 1-2 дня. Оплата при получении.

Заказ: http://apteka-bez-recepta.test/zakaz

Чтобы отписаться, ответьте на это письмо со словом СТОП.
""")
add("lekarstva-bez-retsepta", "none", "ru",
    "Russian (KOI8-R) spam selling prescription drugs without a prescription; concerns no one.",
    trap=True, hcs="koi8-r",
    frm=A("Аптека Онлайн", "sale@apteka-bez-recepta.test", "koi8-r"),
    to=A("", "g.petrenko@post.example.com"),
    subj="Лекарства без рецепта - скидка 50%", date=D(2026, 5, 30, 2, 10, 0, tz="+0300"), mstyle="java",
    body=T(_koi_spam, cs="koi8-r", cte="base64"))

_es_prep = tx("""
¿Sabías que existe una pastilla que previene el VIH?

La PrEP (profilaxis preexposición) reduce el riesgo de contraer el VIH por
relaciones sexuales en más de un 99 % cuando se toma como se receta.

En la Clínica Lantern:
  - Consulta y pruebas de VIH gratuitas o de bajo costo
  - Atención en español, sin juzgar
  - Ayuda con el seguro o con programas de asistencia si no tienes seguro

Llama al (413) 555-0143 o visita https://lantern.example.org/prep

Comparte esta información con tus amigos.
""")
add("sabias-que-existe-la-prep", "none", "es",
    "A Spanish PrEP awareness flyer sent to a community list; education about HIV prevention, no individual.",
    trap=True, hcs="iso-8859-1", hmode="Q",
    frm=A("Clínica Lantern - Alcance Comunitario", "outreach@lantern.example.org", "iso-8859-1", "Q"),
    to=A("Socios comunitarios", "socios@lists.lantern.example.org"),
    subj="¿Sabías que existe una pastilla que previene el VIH?", date=D(2026, 2, 12, 10, 0, 0), mstyle="gmail",
    body=T(_es_prep, cs="iso-8859-1", cte="quoted-printable"))

_es_forms = tx("""
Estimadas familias:

Les recordamos que todos los estudiantes que quieran participar en deportes
de otoño necesitan entregar en la enfermería, antes del 21 de agosto:

  • El examen físico deportivo firmado por su médico (válido por 13 meses)
  • El formulario de contacto de emergencia actualizado
  • Si su hijo o hija usa inhalador, EpiPen u otro medicamento en la
    escuela, el formulario de autorización de medicamentos firmado por el
    médico y por ustedes

Los formularios están en la página web de la escuela y en la oficina
principal. Si tienen preguntas, llamen a la enfermera Carol Benning al
(413) 555-0133, ext. 2.

Gracias,
Escuela Intermedia Maple Hollow
""")
add("formularios-deportes-otono", "none", "es",
    "A Spanish school notice to all families about sports-physical and medication forms; no child is named.",
    trap=True, hcs="windows-1252", hmode="Q",
    frm=A("Maple Hollow Middle School", "office@maplehollow.schools.example.net"),
    to=A("Familias de Maple Hollow", "familias@maplehollow.schools.example.net"),
    subj="Formularios para deportes de otoño - fecha límite 21 de agosto", date=D(2026, 8, 3, 8, 0, 0),
    mailer=OUTLOOK, mstyle="outlook",
    body=T(_es_forms, cs="windows-1252", cte="quoted-printable"))

add("balitang-pangkalusugan-hunyo", "none", "tl",
    "A Tagalog community health newsletter (heat, high blood pressure, free screening days) to a list; general.",
    trap=True,
    frm=A("Filipino Community Center of Ashby", "balita@fcca.example.org"),
    to=A("FCCA Members", "members@lists.fcca.example.org"),
    subj="Balitang Pangkalusugan - Hunyo 2026", date=D(2026, 6, 3, 19, 0, 0), mstyle="gmail",
    extra=LU("https://fcca.example.org/unsubscribe"),
    body=T(tx("""
    Magandang araw, mga kababayan!

    Mga balita ngayong buwan:

    * Libreng blood pressure at blood sugar check sa Sabado, Hunyo 13,
      10 AM - 2 PM sa FCCA hall. Kasama ang mga nurse mula sa Quillfield
      Health.
    * Mag-ingat sa init! Uminom ng maraming tubig, lalo na ang mga lolo at
      lola at ang mga may high blood o diabetes.
    * Paalala: bukas na ang enrollment sa libreng Zumba para sa seniors
      tuwing Miyerkules ng umaga.

    Para sa tanong, tumawag kay Ate Luz sa (413) 555-0137.

    Salamat at ingat po kayong lahat!

    Mag-unsubscribe: https://fcca.example.org/unsubscribe
    """)))

_vi_news = tx("""
<html><body style="font-family:Arial,sans-serif;font-size:15px">
<div style="max-width:600px;margin:auto">
<h2 style="color:#1f5673">Bản tin Sức khỏe - Tháng 10</h2>
<p><b>Tháng 10 là tháng nâng cao nhận thức về ung thư vú.</b> Phụ nữ từ 40 tuổi nên chụp
nhũ ảnh (mammogram) định kỳ 1-2 năm một lần. Đa số bảo hiểm chi trả 100%.</p>
<p><b>Tiêm ngừa cúm:</b> mọi người từ 6 tháng tuổi trở lên nên tiêm ngừa cúm mỗi năm.
Các phòng khám Quillfield nhận tiêm không cần hẹn trước đến 30/11.</p>
<p><b>Viêm gan B:</b> người sinh ra ở Việt Nam có nguy cơ cao hơn. Hãy hỏi bác sĩ về xét nghiệm
máu đơn giản.</p>
<p>Cần thông dịch viên tiếng Việt? Gọi (413) 555-0100 và nói "Vietnamese".</p>
<p style="font-size:11px;color:#888"><a href="https://mail.quillfield.example.org/u/vi10">Hủy đăng ký</a></p>
</div></body></html>
""")
add("ban-tin-suc-khoe-thang-10", "none", "vi",
    "A Vietnamese HTML health newsletter (mammograms, flu shots, hepatitis B testing) to a list; general education.",
    trap=True,
    frm=A("Quillfield Health", NEWS), to=A("Bản tin tiếng Việt", "tiengviet@lists.quillfield.example.org"),
    subj="Bản tin Sức khỏe - Tháng 10", date=D(2026, 10, 2, 10, 0, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/vi10"),
    body=H(_vi_news, cte="base64"))

_ar_fair = tx("""
دعوة إلى المعرض الصحي المجاني

يسرّ المركز الإسلامي في آشبي بالتعاون مع Quillfield Health دعوتكم إلى المعرض
الصحي السنوي:

  يوم السبت 17 أكتوبر 2026
  من الساعة 10 صباحاً حتى 2 ظهراً
  قاعة المركز، 88 شارع ماربل

فحوصات مجانية لضغط الدم والسكر والكوليسترول، ولقاحات الإنفلونزا للكبار
والأطفال، ومحاضرة عن صحة القلب باللغة العربية. سيتوفر أطباء وممرضات
يتحدثون العربية.

الدعوة عامة للجميع. للاستفسار: (413) 555-0142
""")
add("dawa-ila-al-maarad-al-sihhi", "none", "ar",
    "An Arabic invitation to a free community health fair (screenings, flu shots); public event, no individual.",
    trap=True, hcs="windows-1256",
    frm=A("المركز الإسلامي في آشبي", "info@ashby-islamic-center.example.org", "windows-1256"),
    to=A("Community list", "community@lists.ashby-islamic-center.example.org"),
    subj="دعوة إلى المعرض الصحي المجاني", date=D(2026, 10, 5, 18, 0, 0), mstyle="gmail",
    body=T(_ar_fair, cs="windows-1256", cte="base64"))

add("maalinta-tallaalka-caruurta", "none", "so",
    "A Somali community announcement of a children's vaccination day; public event, no child named.",
    trap=True,
    frm=A("Somali Community Association of Ashby", "info@scaa.example.org"),
    to=A("SCAA members", "members@lists.scaa.example.org"),
    subj="Maalinta Tallaalka Carruurta - Sabti 22 August", date=D(2026, 8, 10, 12, 0, 0), mstyle="gmail",
    body=T(tx("""
    Asalaamu calaykum walaalayaal,

    Ururka Bulshada Soomaaliyeed ee Ashby iyo Quillfield Health waxay
    qabanayaan Maalinta Tallaalka Carruurta ka hor furitaanka dugsiyada:

      Goorma: Sabti, 22 August 2026, 10:00 subaxnimo - 3:00 galabnimo
      Xagee: Xarunta Bulshada, 41 Lowell Street

    Carruurta waxaa la siin doonaa tallaallada looga baahan yahay dugsiga
    (MMR, DTaP, polio iyo kuwa kale). Fadlan keen kaarka tallaalka ilmahaaga
    haddii aad haysato. Turjubaan Soomaali ah ayaa joogi doona. Waa bilaash.

    Su'aalo: (413) 555-0132

    Mahadsanid!
    """)))

_ht_news = tx("""
BILTEN SANTE - Novanm 2026

Bonjou tout moun!

* Vaksen grip: li pa twò ta! Tout moun ki gen 6 mwa oswa plis ta dwe pran
  vaksen grip chak ane. Klinik Quillfield yo pran moun san randevou
  jiska 30 novanm.

* Dyabèt: novanm se mwa dyabèt. Siy pou veye: swaf dlo anpil, pipi
  souvan, fatig, vizyon ki twoub. Mande doktè w pou yon tès san.

* Tansyon: vin fè tcheke tansyon w gratis chak samdi nan mache Ashby,
  9è pou midi.

Pou yon entèprèt kreyòl, rele (413) 555-0100.

Pou dezabòne: https://mail.quillfield.example.org/u/ht11
""")
add("bilten-sante-novanm", "none", "ht",
    "A Haitian Creole health newsletter (flu shots, diabetes signs, free blood-pressure checks) to a list; general.",
    trap=True,
    frm=A("Quillfield Health", NEWS), to=A("Bilten an kreyòl", "kreyol@lists.quillfield.example.org"),
    subj="Bilten Sante - Novanm 2026", date=D(2026, 11, 4, 10, 0, 0), mstyle="java",
    extra=LU("https://mail.quillfield.example.org/u/ht11"),
    body=T(_ht_news, cte="quoted-printable"))

_ko_blood = tx("""
사랑하는 성도 여러분께,

다음 주일 예배 후 교회 주차장에서 헌혈 행사가 있습니다.

  일시: 2026년 3월 15일 (주일) 오후 12시 30분 - 4시
  장소: 아시비 한인 연합교회 주차장 (헌혈 버스)

만 17세 이상, 체중 50kg 이상이면 누구나 참여하실 수 있습니다. 헌혈 전에
식사를 충분히 하시고 물을 많이 드십시오. 신분증을 꼭 지참해 주십시오.

한 번의 헌혈이 세 명의 생명을 살릴 수 있습니다.

문의: 선교부 (413) 555-0183
아시비 한인 연합교회
""")
add("heonhyeol-haengsa-annae", "none", "ko",
    "A Korean church's blood-drive announcement to its congregation list; a public event, no individual's health.",
    trap=True, hcs="euc-kr",
    frm=A("아시비 한인 연합교회", "office@ashbykumc.example.org", "euc-kr"),
    to=A("성도 여러분", "members@lists.ashbykumc.example.org", "euc-kr"),
    subj="헌혈 행사 안내 - 3월 15일 주일", date=D(2026, 3, 9, 20, 0, 0), mstyle="outlook", mailer=OUTLOOK,
    body=T(_ko_blood, cs="euc-kr", cte="base64"))

_hi_yoga = tx("""
नमस्ते,

आशबी हिंदू मंदिर की ओर से निःशुल्क "योग और मधुमेह जागरूकता शिविर" में आप
सभी सादर आमंत्रित हैं।

  दिनांक: रविवार, 19 जुलाई 2026
  समय: सुबह 7:00 से 10:00 बजे तक
  स्थान: मंदिर सभागार, 12 ग्रोव स्ट्रीट

कार्यक्रम:
  • सुबह 7 बजे योग सत्र (अपनी चटाई साथ लाएँ)
  • मुफ़्त ब्लड शुगर और ब्लड प्रेशर जाँच
  • डॉ. मीना अय्यर द्वारा "मधुमेह में खान-पान" पर हिंदी में व्याख्यान

सभी का स्वागत है। अधिक जानकारी के लिए (413) 555-0138 पर संपर्क करें।

धन्यवाद,
आशबी हिंदू मंदिर समिति
""")
add("yog-aur-madhumeh-shivir", "none", "hi",
    "A Hindi temple announcement of a free yoga and diabetes-awareness camp with screenings; public event.",
    trap=True,
    frm=A("Ashby Hindu Temple", "samiti@ashbytemple.example.org"),
    to=A("Temple community", "community@lists.ashbytemple.example.org"),
    subj="निःशुल्क योग और मधुमेह जागरूकता शिविर - 19 जुलाई", date=D(2026, 7, 6, 18, 30, 0), mstyle="gmail",
    body=T(_hi_yoga, cte="base64"))

_pl_promo = tx("""
Dzień dobry!

Tylko do końca listopada w Aptece Pod Lipą:

  - -30% na witaminę D i preparaty na odporność
  - Bezpłatny pomiar ciśnienia i cukru we wtorki i czwartki
  - Szczepienia przeciw grypie bez skierowania - zapytaj farmaceutę
  - Program lojalnościowy: co 10. zakup -15%

Mówimy po polsku i po angielsku. Realizujemy recepty z Polski (po
konsultacji z lekarzem w USA).

Apteka Pod Lipą, 230 Main Street, Ashby, tel. (413) 555-0176

Aby zrezygnować z newslettera: https://apteka-podlipa.example.com/wypisz
""")
add("apteka-pod-lipa-promocje", "none", "pl",
    "A Polish pharmacy's promotional newsletter (vitamins, flu shots, free blood-pressure checks); marketing to a list.",
    trap=True, hcs="iso-8859-2", hmode="Q",
    frm=A("Apteka Pod Lipą", "newsletter@apteka-podlipa.example.com", "iso-8859-2", "Q"),
    to=A("Klienci Apteki", "klienci@lists.apteka-podlipa.example.com"),
    subj="Listopadowe promocje w Aptece Pod Lipą", date=D(2026, 11, 3, 9, 0, 0), mstyle="java",
    extra=LU("https://apteka-podlipa.example.com/wypisz"),
    body=T(_pl_promo, cs="iso-8859-2", cte="quoted-printable"))

_fr_lure = tx("""
Cher(e) patient(e),

Vos résultats d’analyses médicales sont disponibles.

Pour des raisons de sécurité, vous devez confirmer votre identité et mettre
à jour vos informations de carte Vitale avant le 30 avril, faute de quoi
l’accès à votre dossier sera suspendu.

Consulter mes résultats : https://resultats-analyses-securise.test/connexion

Le service Patients
""")
add("vos-resultats-sont-disponibles", "none", "fr",
    "French phishing: 'your lab results are available, confirm your identity' from a look-alike domain; no real patient.",
    trap=True,
    frm=A("Laboratoire - Service Patients", "noreply@resultats-analyses-securise.test"),
    to=A("", "monique.lefevre@webmail.example.net"),
    subj="Vos résultats d’analyses sont disponibles", date=D(2026, 4, 27, 4, 2, 55, tz="+0200"), mstyle="java",
    body=T(_fr_lure, cte="quoted-printable"))

_pt_news = tx("""
Boletim Alder Mutual - Sua Saúde em Dia

Olá, associado!

* Check-up anual: a sua consulta preventiva anual é coberta 100% na rede.
  Aproveite para atualizar as vacinas e os exames de rotina.
* Telemedicina 24 horas: consultas virtuais de urgência sem custo a partir
  de janeiro.
* Novidade: atendimento em português pela Central do Associado,
  (413) 555-0196, opção 3.
* Dica de saúde: caminhar 30 minutos por dia ajuda a controlar a pressão
  e o açúcar no sangue.

Para não receber mais este boletim:
https://members.aldermutual.example.net/preferencias
""")
add("boletim-sua-saude-em-dia", "none", "pt",
    "A Portuguese insurer newsletter (check-ups, telemedicine, health tips) to all members on a list; general.",
    trap=True, hcs="iso-8859-1", hmode="Q",
    frm=A("Alder Mutual", "boletim@aldermutual.example.net"),
    to=A("Associados Alder Mutual", "associados@lists.aldermutual.example.net"),
    subj="Sua Saúde em Dia - boletim de dezembro", date=D(2026, 12, 1, 10, 0, 0), mstyle="java",
    extra=LU("https://members.aldermutual.example.net/preferencias"),
    body=T(_pt_news, cs="iso-8859-1", cte="quoted-printable"))

_big5_talk = tx("""
各位長輩、朋友們好：

華人社區中心將舉辦「長者健康講座」，歡迎大家踴躍參加！

  日期：2026年4月18日（星期六）
  時間：上午10時至12時
  地點：華人社區中心二樓大禮堂（林肯街 56 號）

講座內容：
  一、如何預防跌倒
  二、高血壓與飲食
  三、免費量血壓及血糖檢查

講者：Quillfield 家庭醫學科 王醫師（國語及粵語）
免費參加，現場備有茶點。

查詢電話：(413) 555-0193
""")
add("zhangzhe-jiankang-jiangzuo", "none", "zh-Hant",
    "A Traditional Chinese (Big5) community-centre announcement of a seniors' health talk with free screenings; public event.",
    trap=True, hcs="big5",
    frm=A("華人社區中心", "info@ashby-ccc.example.org", "big5"),
    to=A("會員", "members@lists.ashby-ccc.example.org", "big5"),
    subj="長者健康講座 - 4月18日", date=D(2026, 4, 6, 11, 0, 0), mstyle="outlook", mailer=OUTLOOK,
    body=T(_big5_talk, cs="big5", cte="base64"))

_ru_hours = tx("""
Уважаемые пациенты!

Сообщаем о графике работы клиники «Доктор Рядом» в новогодние праздники:

  31 декабря - с 9:00 до 14:00
  1 и 2 января - выходные дни
  с 3 января - обычный график

Если вам нужно продлить рецепт, пожалуйста, позвоните нам до 29 декабря.
В экстренных случаях звоните 911 или обращайтесь в отделение неотложной
помощи Quillfield Urgent Care - Ridgeway.

С наступающим Новым годом! Здоровья вам и вашим близким!

Клиника «Доктор Рядом»
(413) 555-0187
""")
add("grafik-raboty-v-prazdniki", "none", "ru",
    "A Russian-language clinic's holiday-hours notice to all its patients; no individual's care.",
    trap=True, hcs="windows-1251",
    frm=A("Клиника «Доктор Рядом»", "info@doktor-ryadom.example.com", "windows-1251"),
    to=A("Пациенты клиники", "patients@lists.doktor-ryadom.example.com", "windows-1251"),
    subj="График работы в новогодние праздники", date=D(2026, 12, 22, 10, 0, 0), mstyle="outlook", mailer=OUTLOOK,
    extra=[("Precedence", "bulk")],
    body=T(_ru_hours, cs="windows-1251", cte="quoted-printable"))

_es_group = tx("""
Hola a todos:

El Grupo de Apoyo para Cuidadores de Personas con Alzheimer se reunirá el
próximo jueves 12 de marzo, de 6:00 a 7:30 p. m., en la Biblioteca Pública
de Ashby (sala B).

Tema del mes: «Cómo cuidarse uno mismo mientras cuida a otro», con la
trabajadora social Hanh Vo.

El grupo es gratuito, en español y abierto a cualquier familiar o
cuidador. No es necesario inscribirse. Habrá café y pan dulce.

Más información: (413) 555-0168

Un abrazo,
Coordinación del grupo
""")
add("grupo-de-apoyo-cuidadores", "none", "es",
    "A Spanish caregivers' support group announces its public monthly meeting; no individual's condition.",
    trap=True,
    frm=A("Grupo de Apoyo Cuidadores", "grupo.cuidadores@lists.brookside-rehab.example.org"),
    to=A("Grupo de Apoyo Cuidadores", "grupo.cuidadores@lists.brookside-rehab.example.org"),
    subj="Reunión del grupo de apoyo - jueves 12 de marzo", date=D(2026, 3, 4, 15, 0, 0), mstyle="gmail",
    extra=[("List-Id", "Grupo de Apoyo Cuidadores <grupo.cuidadores.lists.brookside-rehab.example.org>")],
    body=T(_es_group, cs="utf-8", cte="8bit"))

_ja_sem = tx("""
アシュビー日本人会 会員の皆様

いつもお世話になっております。
今月の健康セミナーのご案内です。

　日時：2026年5月16日（土）午後2時〜3時半
　場所：アシュビー日本人会 集会室
　テーマ：「夏に向けた熱中症予防と睡眠の話」
　講師：クイルフィールド・ヘルス 看護師　田中恵子さん

参加無料・予約不要です。
お茶とお菓子をご用意しております。

アシュビー日本人会 事務局
電話：(413) 555-0195
""")
add("kenko-seminar-no-goannai", "none", "ja",
    "A Japanese community association's health seminar announcement (heatstroke, sleep) to its members; public event.",
    trap=True, hcs="shift_jis",
    frm=A("アシュビー日本人会", "jimukyoku@ashby-nihonjinkai.example.org", "shift_jis"),
    to=A("会員各位", "kaiin@lists.ashby-nihonjinkai.example.org", "shift_jis"),
    subj="健康セミナーのご案内（5月16日）", date=D(2026, 5, 7, 19, 0, 0), mstyle="outlook", mailer=OUTLOOK,
    body=T(_ja_sem, cs="shift_jis", cte="base64"))

_es_vet = tx("""
Hola Carmen:

Le recordamos que Luna (felina, 4 años) tiene pendiente:

  • Vacuna contra la rabia - vence el 20/09/2026
  • Vacuna triple felina (FVRCP) - vence el 20/09/2026
  • Limpieza dental - recomendada en su última visita

Puede hacer su cita en línea en https://pawsitivecare.example.com/citas o
llamando al (413) 555-0158. Hablamos español.

¡Dele a Luna un cariño de nuestra parte!

Pawsitive Care Animal Hospital
""")
add("recordatorio-vacunas-de-luna", "none", "es",
    "A Spanish veterinary reminder for a named owner's cat's rabies vaccine and dental cleaning: a pet's care is none (rule).",
    trap=True,
    frm=A("Pawsitive Care Animal Hospital", "recordatorios@pawsitivecare.example.com"),
    to=A("Carmen Ibáñez", "carmen.ibanez@correo.example.com"),
    subj="Luna tiene vacunas pendientes", date=D(2026, 9, 1, 9, 0, 0), mstyle="java",
    body=T(_es_vet, cte="quoted-printable"))

_pt_park = tx("""
Boa tarde,

Eu faço trabalho voluntário na loja de presentes do hospital às terças e
quintas. Desde que trocaram as cancelas do estacionamento B, o meu cartão
de voluntária não abre mais a cancela e tenho que pagar todas as vezes.

Poderiam reativar o cartão ou me dizer onde devo ir para trocá-lo? O número
do cartão é V-0418.

Obrigada,
Maria da Graça Teixeira
(413) 555-0128
""")
add("cartao-do-estacionamento", "none", "pt",
    "A volunteer asks in Portuguese to have her parking card reactivated; no health content.",
    trap=True, hcs="iso-8859-1", hmode="Q",
    frm=A("Maria da Graça Teixeira", "mgteixeira@correio.example.net", "iso-8859-1", "Q"),
    to=A("Quillfield Parking Office", "parking@" + QF),
    subj="Cartão de estacionamento não funciona", date=D(2026, 5, 19, 14, 40, 11), mstyle="gmail",
    body=T(_pt_park, cs="iso-8859-1", cte="8bit"))

_zh_bday = tx("""
大家好：

奶奶下個月 12 號就滿 80 歲了（她是 1946 年 10 月 12 日出生的）！我們想在
10 月 10 日星期六中午幫她辦個生日午宴，地點暫定在 Golden Garden 餐廳，
大概 30 個人。

請大家在 9 月 25 日前回覆能不能來、幾個人。小孩也算。
禮物的部分，我們想一起送她一趟去台灣的機票，每家分攤，細節再說。

不要讓奶奶知道喔，是驚喜！

美華
""")
add("nainai-bashi-dashou", "none", "zh-Hant",
    "Family mail planning a grandmother's 80th birthday lunch with her birth date; no health content.",
    trap=True,
    frm=A("林美華", "meihua.lin@mailbox.example.com"),
    to=[A("林家", "linfamily@lists.example.net")],
    subj="奶奶八十大壽 - 請回覆", date=D(2026, 9, 10, 21, 20, 0), mstyle="gmail",
    body=T(_zh_bday, cte="base64"))

_ko_ship = tx("""
최영희 고객님, 안녕하세요.

주문하신 상품이 발송되었습니다.

  주문번호: RP-8860912
  상품 수: 3개
  배송업체: Parcel Express
  운송장 번호: 1PX 4420 7781 0546
  도착 예정일: 2026년 10월 23일 (금)

개인정보 보호를 위해 이메일에는 상품명을 표시하지 않습니다. 주문 내역은
계정에 로그인하여 확인하실 수 있습니다:
https://www.rxpost.example.net/orders

RxPost 홈 딜리버리 | (413) 555-0197
""")
add("jumun-balsong-annae", "none", "ko",
    "A Korean pharmacy shipping notice with order and tracking numbers and no item named; no care.",
    trap=True,
    frm=A("RxPost 홈 딜리버리", "orders@rxpost.example.net"),
    to=A("최영희", "younghee.choi@hanbit.example.com"),
    subj="주문하신 상품이 발송되었습니다", date=D(2026, 10, 20, 17, 30, 0), mstyle="java",
    body=T(_ko_ship, cte="base64"))

_ar_vol = tx("""
مرحباً أستاذة رنا،

أنا سلمى، متطوعة في مكتب الاستقبال يوم الخميس صباحاً. هل يمكنني تبديل
مناوبتي هذا الأسبوع مع ليلى يوم الجمعة؟ عندي اجتماع في مدرسة ابني يوم
الخميس. ليلى موافقة.

شكراً جزيلاً،
سلمى يوسف
""")
add("tabdil-al-manawaba", "none", "ar",
    "An Arabic-speaking hospital volunteer asks to swap her reception shift; no health content.",
    trap=True,
    frm=A("سلمى يوسف", "salma.youssef@mailbox.example.com"),
    to=A("Rana Khoury - Volunteer Services", "volunteers@" + QF),
    subj="تبديل المناوبة", date=D(2026, 2, 2, 18, 44, 0), mstyle="gmail",
    body=T(_ar_vol, cs="utf-8", cte="8bit"))

add("aplikasyon-para-sa-caregiver", "none", "tl",
    "A Tagalog job application for a caregiver position at a home-health agency; describes her work with patients in general.",
    trap=True,
    frm=A("Rowena Dizon", "rowena.dizon@inboxly.example.net"),
    to=A("Hearthstone Home Health - Recruiting", "jobs@hearthstonehh.example.org"),
    subj="Application - Home Health Aide (Tagalog speaker)", date=D(2026, 3, 15, 20, 5, 0), mstyle="gmail",
    body=T(tx("""
    Magandang araw po,

    Ako po si Rowena Dizon. Nakita ko po ang posting ninyo para sa Home
    Health Aide. Limang taon na po akong caregiver, tatlong taon sa isang
    assisted living sa Millstone at dalawang taon sa private na pamilya.
    Sanay po ako sa pagpapaligo, pagpapakain, pag-alalay sa paglalakad at
    pagpapaalala ng gamot. May HHA certificate po ako at CPR.

    Marunong po akong mag-Tagalog, Ilocano at English, kaya makakatulong ako
    sa mga pasyenteng Pilipino ninyo.

    Puwede po akong magtrabaho sa weekdays at Sabado. Ang number ko po ay
    (413) 555-0137.

    Salamat po sa pagkakataon,
    Rowena Dizon
    """)))

_ht_lost = tx("""
Bonswa,

Mwen te kite yon ti sak nwa ak kle machin mwen ak linèt solèy mwen ladan l
nan sal datant lobi a yè apremidi, lè m te vin chèche madanm mwen apre
travay li. Èske yon moun te jwenn li?

Mwen ka pase demen maten. Nimewo m se (413) 555-0130.

Mèsi anpil,
Jean-Robert Célestin
""")
add("mwen-pedi-yon-ti-sak", "none", "ht",
    "A man asks in Haitian Creole whether a bag he left in the lobby was found; no health content.",
    trap=True,
    frm=A("Jean-Robert Célestin", "jr.celestin@mailbox.example.com"),
    to=A("Quillfield Security - Lost and Found", "lostandfound@" + QF),
    subj="Mwen pèdi yon ti sak nan lobi a", date=D(2026, 4, 14, 19, 10, 0), mailer=ANDROID, mstyle="gmail",
    body=T(_ht_lost, cte="quoted-printable"))

_fr_conf = tx("""
Chers confrères, chères consœurs,

Le 12e Congrès francophone de médecine de famille de Nouvelle-Angleterre
aura lieu les 6 et 7 novembre 2026 à Fall Harbor.

Au programme :
  - Dépistage du cancer du poumon : qui, quand, comment ?
  - Prise en charge de la dépression en soins primaires
  - Diabète de type 2 : nouvelles molécules et coût pour le patient
  - Atelier pratique : infiltrations du genou et de l'épaule

Le congrès donne droit à 12 crédits de formation médicale continue.
Inscription avant le 30 septembre : 290 $ (internes : 90 $).

https://congres-mfne.example.org/2026

Le comité d'organisation
""")
add("congres-medecine-de-famille", "none", "fr",
    "A French family-medicine congress announcement (depression, diabetes, lung screening sessions, CME credits) to doctors; professional event.",
    trap=True, hcs="iso-8859-1", hmode="Q",
    frm=A("Congrès MFNE", "comite@congres-mfne.example.org"),
    to=A("Médecins francophones", "membres@lists.congres-mfne.example.org", "iso-8859-1", "Q"),
    subj="12e Congrès francophone de médecine de famille - inscriptions ouvertes", date=D(2026, 6, 29, 9, 0, 0),
    mstyle="java",
    body=T(_fr_conf.replace("consœurs", "consoeurs"), cs="iso-8859-1", cte="quoted-printable"))

_pl_bday = tx("""
Cześć wszystkim!

W czwartek (17 września) Marek kończy 50 lat - urodził się 17.09.1976, więc
okrągła rocznica! Zbieramy po 10 dolarów na prezent (myślimy o bonie do
sklepu wędkarskiego). Pieniądze proszę zostawiać u mnie w recepcji do
środy.

Tort o 15:00 w kuchni. Nic mu nie mówcie!

Ewa
""")
add("urodziny-marka-zrzutka", "none", "pl",
    "A Polish coworker-birthday collection with his birth date; no health content.",
    trap=True,
    frm=A("Ewa Zielińska", "ezielinska@tidewatersupply.example.com"),
    to=A("Tidewater - Fall Harbor office", "fallharbor.all@tidewatersupply.example.com"),
    subj="Urodziny Marka - zrzutka", date=D(2026, 9, 11, 11, 30, 0), mailer=OUTLOOK, mstyle="outlook",
    body=T(_pl_bday, cte="quoted-printable"))

_vi_ins = tx("""
Kính gửi ông Lê Văn Hùng,

Mã số thành viên: BSH-80314472
Chương trình: Bluestem Select HMO

Từ ngày 1/1/2027, chương trình bảo hiểm của ông sẽ có một số thay đổi áp
dụng cho tất cả thành viên:

  • Khám chữa bệnh qua video: miễn phí
  • Tiền đồng trả thuốc generic: giảm từ 10 đô xuống 5 đô
  • Mạng lưới nhà thuốc: thêm Fennel Street Pharmacy và RxPost

Mức khấu trừ (deductible) của ông không thay đổi. Thẻ thành viên mới sẽ được
gửi vào tháng 12.

Nếu có câu hỏi, xin gọi (413) 555-0191 và chọn tiếng Việt.

Bluestem Health Plan
""")
add("thay-doi-chuong-trinh-bao-hiem", "none", "vi",
    "A Vietnamese insurer notice of plan-wide changes to a named member with his member ID; no care of his (identifier without health content).",
    trap=True,
    frm=A("Bluestem Health Plan", "notices@bluestem.example.com"),
    to=A("Lê Văn Hùng", "hung.le@hopthu.example.net"),
    subj="Thay đổi chương trình bảo hiểm từ 1/1/2027", date=D(2026, 11, 5, 10, 0, 0), mstyle="java",
    body=T(_vi_ins, cte="quoted-printable"))

_bi_hours = tx("""
Dear patients / Estimados pacientes:

Our office will be closed on Monday, September 7 for Labor Day. We will
reopen Tuesday, September 8 at 8:00 AM.
Nuestra oficina estará cerrada el lunes 7 de septiembre por el Día del
Trabajo. Abriremos de nuevo el martes 8 de septiembre a las 8:00 a. m.

For urgent problems, call (413) 555-0117 and press 2 for the on-call
doctor. For emergencies, call 911.
Para problemas urgentes, llame al (413) 555-0117 y marque 2 para hablar
con el médico de guardia. En caso de emergencia, llame al 911.

Sunmeadow Pediatrics
""")
add("labor-day-cerrado-closed", "none", "en+es",
    "A bilingual English/Spanish pediatric-office holiday-closure notice to all families; no child's care.",
    trap=True,
    frm=A("Sunmeadow Pediatrics", "office@sunmeadowpeds.example.com"),
    to=A("Sunmeadow families", "families@lists.sunmeadowpeds.example.com"),
    subj="Labor Day hours / Horario del Día del Trabajo", date=D(2026, 9, 2, 12, 0, 0), mstyle="outlook", mailer=OUTLOOK,
    extra=[("Precedence", "bulk")],
    body=T(_bi_hours, cte="quoted-printable"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
