#!/usr/bin/env python3
"""Generator for wide26: the mail care staff send one another about the
work (handoffs, huddles, bed board, transport, pharmacy, lab callbacks,
case management, safety reports, audits, infection prevention, EHR
tickets, coding queries, referrals) and the operations mail inside care
organisations that is about no patient (staffing, rosters, inventory,
drills, policies, education, minutes, dashboards, build mail, facilities,
HR, badges, newsletters).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print the counts used in README.md

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries,
stored (uncompressed) ZIP members with fixed times, hand-built PDFs and a
fixed shuffle seed.  Every person, organisation, address, phone number and
identifier below is invented.
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
import email
import email.policy
import email.utils
import xml.etree.ElementTree as ET
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260426
LABELS = ("none", "phi", "restricted")
WANT = {"none": 100, "phi": 65, "restricted": 35}
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-9": "iso8859_9",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1250": "cp1250", "windows-1251": "cp1251",
    "windows-1254": "cp1254", "windows-1255": "cp1255",
    "windows-1256": "cp1256", "koi8-r": "koi8_r", "koi8-u": "koi8_u",
    "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "shift_jis": "shift_jis", "euc-jp": "euc_jp", "euc-kr": "euc_kr",
    "ks_c_5601-1987": "euc_kr", "iso-2022-jp": "iso2022_jp",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0
    bstyles = (0, 1, 2, 3, 4)


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


def bnd(style=None):
    """A deterministic MIME boundary in one of several client styles."""
    h = _h("b")
    style = style if style is not None else ST.bstyles[int(h[0], 16) % len(ST.bstyles)]
    if style == 0:   # Exchange / Outlook
        return "_%03d_%s%s%s_" % (int(h[1:3], 16) % 8, h[3:11].upper(), h[11:19].upper(), "CH2PR04MB" + h[19:23].upper())
    if style == 1:   # Gmail
        return "0000000000%s" % h[1:19]
    if style == 2:   # Apple Mail
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    if style == 3:   # Thunderbird
        return "------------%s" % base64.b32encode(bytes.fromhex(h[1:31])).decode()[:24]
    return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())


def mid(domain, style=None, salt=""):
    h = _h("m", salt)
    style = style if style is not None else int(h[0], 16) % 4
    if style == 0:   # Exchange
        local = "%sPR%sMB%s" % (h[1:5].upper(), h[5:7], h[7:11])
        local = "%s%s" % (local, h[11:27].upper())
    elif style == 1:  # Gmail
        local = "CA+%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    elif style == 2:  # Apple
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


def eu_tz(y, mo, d):
    dd = datetime.date(y, mo, d)
    return "+0200" if datetime.date(2026, 3, 29) <= dd < datetime.date(2026, 10, 25) else "+0100"


def D(y, mo, d, h, mi=0, s=0, tz=None):
    """RFC 5322 date; US Eastern offset unless tz is given ('eu' = CET/CEST)."""
    if tz == "eu":
        tz = eu_tz(y, mo, d)
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
        if cur and len(_ew_one(t.encode(cd), cs, mode)) > 75:
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


def fold_list(items):
    """Join addresses, folding after commas so no line gets long."""
    out, line = [], ""
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if line and len(line) + len(piece) > 70:
            out.append(line)
            line = piece
        else:
            line = (line + " " + piece) if line else piece
    out.append(line)
    return "\r\n ".join(out)


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte="7bit", headers=(),
                 disp=None, filename=None, parts=None, preamble=None, bstyle=None):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.headers, self.disp, self.filename = list(headers), disp, filename
        self.parts, self.preamble, self.bstyle = parts, preamble, bstyle

    def render(self):
        """Return (header lines, body bytes)."""
        hl = []
        if self.parts is not None:
            b = bnd(self.bstyle)
            hl.append('Content-Type: %s;\r\n\tboundary="%s"' % (self.ctype, b))
            for k, v in self.params:
                hl[-1] += ';\r\n\t%s' % _param(k, v)
            body = b""
            if self.preamble:
                body += self.preamble.encode("ascii") + b"\r\n\r\n"
            for p in self.parts:
                ph, pb = p.render()
                body += b"--" + b.encode() + b"\r\n" + CRLF.join(ph).encode("ascii") + b"\r\n\r\n" + pb
                if not pb.endswith(b"\r\n"):
                    body += b"\r\n"
            body += b"--" + b.encode() + b"--\r\n"
            return hl, body
        ct = "Content-Type: %s" % self.ctype
        for k, v in self.params:
            ct += "; %s" % _param(k, v)
        if self.filename is not None:
            ct += ";\r\n\t%s" % _param("name", self.filename)
        hl.append(ct)
        hl.append("Content-Transfer-Encoding: %s" % self.cte)
        if self.disp or self.filename is not None:
            d = "Content-Disposition: %s" % (self.disp or "attachment")
            if self.filename is not None:
                d += ";\r\n\t%s" % _param("filename", self.filename)
            hl.append(d)
        hl.extend(self.headers)
        if self.cte == "base64":
            body = b64_encode(self.data)
        elif self.cte == "quoted-printable":
            body = qp_encode(self.data) + b"\r\n"
        else:
            body = self.data if self.data.endswith(b"\r\n") else self.data + b"\r\n"
        return hl, body


def _auto_cte(raw, cs):
    if raw.isascii():
        return "7bit"
    if codec(cs) in ("gb2312", "big5", "shift_jis", "euc_kr", "euc_jp", "gbk", "cp1256", "cp1255"):
        return "base64"
    return "quoted-printable"


def T(text, cs="utf-8", cte=None, flowed=False):
    """A text/plain part."""
    raw = nl(text).encode(codec(cs))
    cte = cte or _auto_cte(raw, cs)
    params = [("charset", cs)]
    if flowed:
        params.append(("format", "flowed"))
    return Part("text/plain", raw, params, cte)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_doc(inner, cs="utf-8", style="outlook"):
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style><!--\np.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (cs, inner)
    if style == "gmail":
        return '<div dir="ltr">%s</div>\n' % inner
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body style="word-wrap: break-word;">\n%s\n</body></html>\n') % (cs, inner)


def html_from(text, style="outlook"):
    """Plain text to simple HTML paragraphs, the way clients render it."""
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        lines = [esc(x) for x in p.split("\n")]
        if style == "outlook":
            out.append('<p class="MsoNormal">%s</p>\n<p class="MsoNormal">&nbsp;</p>' % "<br>\n".join(lines))
        elif style == "gmail":
            out.append("<div>%s</div><div><br></div>" % "<br>".join(lines))
        else:
            out.append("<div>%s</div>\n<div><br></div>" % "<br>\n".join(lines))
    return "\n".join(out)


def H(html, cs="utf-8", cte=None):
    raw = nl(html).encode(codec(cs))
    cte = cte or ("quoted-printable" if codec(cs) not in ("gb2312", "big5", "shift_jis", "euc_kr", "cp1256", "cp1255") else "base64")
    return Part("text/html", raw, [("charset", cs)], cte)


def alt(text, cs="utf-8", tcte=None, hcte=None, style="outlook", html=None, bstyle=None):
    """multipart/alternative of a text part and its HTML rendering."""
    if html is None:
        html = html_doc(html_from(text, style), cs, style)
    elif not html.lstrip().startswith("<html") and not html.lstrip().startswith("<div dir"):
        html = html_doc(html, cs, style)
    return Part("multipart/alternative", parts=[T(text, cs, tcte), H(html, cs, hcte)], bstyle=bstyle)


def mixed(body, *atts, preamble=None, bstyle=None):
    return Part("multipart/mixed", parts=[body] + list(atts), preamble=preamble, bstyle=bstyle)


def att(ctype, name, data, cte="base64", params=()):
    return Part(ctype, data, params, cte, filename=name, disp="attachment")


def att_text(ctype, name, text, cs="utf-8", cte=None):
    raw = nl(text).encode(codec(cs))
    return Part(ctype, raw, [("charset", cs)], cte or ("7bit" if raw.isascii() else "base64"), filename=name, disp="attachment")


def att_csv(name, rows, cs="utf-8", cte="base64"):
    def cell(v):
        v = str(v)
        return '"%s"' % v.replace('"', '""') if any(c in v for c in ',"\n') else v
    text = "\n".join(",".join(cell(c) for c in r) for r in rows) + "\n"
    return att_text("text/csv", name, text, cs, cte)


def att_hl7(name, segments, ctype="application/hl7-v2"):
    data = ("\r".join(segments) + "\r").encode("latin-1")
    return att(ctype, name, data)


# ------------------------------------------------------------------ PDF --
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title="", author="", producer="Alderbrook FaxBridge 4.2", per_page=54):
    """A small PDF with a real text layer (Helvetica, WinAnsi)."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    info_id = 4 + 2 * n_pages
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, pg in enumerate(pages):
        pid = page_ids[i]
        cs = ["BT", "/F1 10 Tf", "13 TL", "54 760 Td"]
        for ln in pg:
            cs.append("(%s) Tj T*" % _pdf_esc(ln))
        cs.append("ET")
        stream = ("\n".join(cs) + "\n").encode("cp1252")
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (pid + 1)).encode()
        objs[pid + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
    objs[info_id] = ("<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (D:20260101000000Z) >>" % (_pdf_esc(title), _pdf_esc(author), _pdf_esc(producer))).encode("cp1252")
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, info_id, xref)
    return out


def att_pdf(name, lines, **kw):
    return att("application/pdf", name, pdf(lines, **kw))


# ----------------------------------------------------------------- OOXML --
def _zip(members, when=(2026, 1, 5, 9, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


_XHDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_NS_OFF = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _xesc(s):
    return esc(str(s)).replace('"', "&quot;")


def docx(paras, author="", title=""):
    """A minimal WordprocessingML document; a para is text or ('b', text)."""
    body = []
    for p in paras:
        bold = isinstance(p, tuple)
        t = p[1] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _xesc(t)))
    doc = (_XHDR + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>') % "".join(body)
    ct = (_XHDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (_XHDR + '<Relationships xmlns="%s">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>') % (_NS_REL, _NS_OFF)
    core = (_XHDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>%s</dc:creator></cp:coreProperties>') % (_xesc(title), _xesc(author))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    """A minimal SpreadsheetML workbook with inline strings."""
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xesc(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = (_XHDR + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>') % "".join(xr)
    wb = (_XHDR + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="%s">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>') % (_NS_OFF, _xesc(sheet))
    wbrels = (_XHDR + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') % (_NS_REL, _NS_OFF)
    ct = (_XHDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = (_XHDR + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>') % (_NS_REL, _NS_OFF)
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def att_docx(name, paras, **kw):
    return att(DOCX_T, name, docx(paras, **kw))


def att_xlsx(name, rows, **kw):
    return att(XLSX_T, name, xlsx(rows, **kw))


def png_1x1():
    import struct
    import zlib as _z

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", _z.crc32(t + d) & 0xffffffff)
    raw = b"\x00\xff\xff\xff"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", bytes.fromhex("789c63f8ffff3f0005fe02fe")) + chunk(b"IEND", b""))


# ------------------------------------------------------------ registry --
MSGS = []


class Msg:
    pass


CLIENTS = {
    "outlook": "Microsoft Outlook 16.0",
    "apple": "Apple Mail (2.3774.500.171)",
    "iphone": "iPhone Mail (21E236)",
    "thunderbird": None,
    "gmail": None,
    "owa": None,
    "system": None,
}

UA = {
    "thunderbird": "Mozilla Thunderbird 115.9.0",
}


def add(slug, label, reason, frm, to, subj, date, body, cc=(), lang="en",
        cat=None, client="outlook", reply=0, subj_cs=None, subj_mode=None,
        extra=(), kind=None):
    """Register one message.  reply=N adds In-Reply-To/References (N ids)."""
    m = Msg()
    body = _maybe_html(body, client, slug)
    m.slug, m.label, m.reason, m.frm, m.subj, m.date, m.body = slug, label, reason, frm, subj, date, body
    m.to = [to] if isinstance(to, str) else list(to)
    m.cc = [cc] if isinstance(cc, str) else list(cc)
    m.lang, m.cat, m.client, m.reply = lang, cat, client, reply
    if subj_cs is None:
        subj_cs = _first_charset(body)
    if subj_mode is None:
        subj_mode = "Q" if re.match(r"(iso-8859-(1|2|9|15)$|windows-125[024]$)", subj_cs) else "B"
    m.subj_cs, m.subj_mode, m.extra, m.kind = subj_cs, subj_mode, list(extra), kind
    # A client writing in a legacy charset encodes display names in it too.
    m.frm = _recode(m.frm, subj_cs, subj_mode)
    m.to = [_recode(x, subj_cs, subj_mode) for x in m.to]
    m.cc = [_recode(x, subj_cs, subj_mode) for x in m.cc]
    MSGS.append(m)
    return m


def _recode(addr, cs, mode):
    mm = re.match(r"^(=\?utf-8\?B\?.*\?=) <([^>]+)>$", addr, re.S)
    if not mm or cs.lower() in ("utf-8", "us-ascii"):
        return addr
    import email.header
    name = str(email.header.make_header(email.header.decode_header(mm.group(1))))
    try:
        name.encode(codec(cs))
    except UnicodeEncodeError:
        return addr
    return A(name, mm.group(2), cs, mode)


HTML_CLIENTS = {"outlook": "outlook", "owa": "outlook", "apple": "apple", "gmail": "gmail"}


def _to_alt(p, client):
    """Wrap a text/plain part in multipart/alternative with its HTML twin,
    the way Outlook, Apple Mail and Gmail send it."""
    cs = dict(p.params)["charset"]
    text = p.data.decode(codec(cs)).replace("\r\n", "\n")
    style = HTML_CLIENTS[client]
    raw = nl(html_doc(html_from(text, style), cs, style)).encode(codec(cs))
    hcte = p.cte if p.cte in ("base64", "8bit") else "quoted-printable"
    return Part("multipart/alternative", parts=[p, Part("text/html", raw, [("charset", cs)], hcte)])


def _maybe_html(body, client, slug):
    if client not in HTML_CLIENTS:
        return body
    if int(hashlib.sha1(("html|" + slug).encode()).hexdigest()[:4], 16) % 100 >= 55:
        return body
    if body.parts is None and body.ctype == "text/plain":
        return _to_alt(body, client)
    if body.ctype == "multipart/mixed" and body.parts[0].parts is None and body.parts[0].ctype == "text/plain":
        body.parts[0] = _to_alt(body.parts[0], client)
    return body


def _first_charset(p):
    if p.parts is not None:
        for q in p.parts:
            cs = _first_charset(q)
            if cs:
                return cs
        return "utf-8"
    if p.ctype.startswith("text/"):
        for k, v in p.params:
            if k == "charset" and v.lower() != "us-ascii":
                return v
    return None


LOCALE = {"en": "en-US", "es": "es-ES", "fr": "fr-FR", "de": "de-DE", "it": "it-IT",
          "pt": "pt-BR", "ru": "ru-RU", "uk": "uk-UA", "pl": "pl-PL", "zh": "zh-CN",
          "ja": "ja-JP", "ko": "ko-KR", "vi": "vi-VN", "ar": "ar-SA", "he": "he-IL",
          "tr": "tr-TR", "nl": "nl-NL"}


def _addr_domain(a):
    mm = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", a)
    return mm.group(1) if mm else "mail.example.org"


def render(m):
    ST.slug, ST.n = m.slug, 0
    ST.bstyles = {"outlook": (0, 4), "owa": (0,), "gmail": (1,), "apple": (2,), "iphone": (2,),
                  "thunderbird": (3,), "system": (3, 4)}[m.client]
    dom = _addr_domain(m.frm)
    h = []
    r = _h("rcv")
    sec = int(r[20:22], 16) % 46
    m_date = re.sub(r"(\d\d:\d\d):00 ", lambda mm: "%s:%02d " % (mm.group(1), sec), m.date)
    rcv_date = re.sub(r"(\d\d:\d\d):(\d\d) ", lambda mm: "%s:%02d " % (mm.group(1), int(mm.group(2)) + 1 + int(r[22], 16) % 12), m_date)
    relay = "mx%d.%s" % (int(r[0], 16) % 3 + 1, dom)
    ip = "10.%d.%d.%d" % (int(r[1:3], 16) % 60 + 10, int(r[3:5], 16), int(r[5:7], 16) % 250 + 2)
    if m.client != "system" or int(r[7], 16) % 2:
        h.append("Received: from %s (%s)\r\n\tby %s with ESMTPS id %s;\r\n\t%s" % (
            "smtp-int." + dom, ip, relay, r[8:20].upper(), rcv_date))
    style = {"outlook": 0, "owa": 0, "gmail": 1, "apple": 2, "iphone": 2, "thunderbird": 3, "system": 3}[m.client]
    h.append("From: " + m.frm)
    h.append("To: " + fold_list(m.to))
    if m.cc:
        h.append("Cc: " + fold_list(m.cc))
    h.append("Subject: " + ew(m.subj, m.subj_cs, m.subj_mode))
    if m.client in ("outlook", "owa"):
        tt = re.sub(r"^((RE|FW|Fwd|AW|WG|TR|R|I|RV|ENC|Re|Fw|SV|Antw|Odp|ВІДП|Отв|答复|回复|転送|답장)\s*:\s*)+", "", m.subj)
        h.append("Thread-Topic: " + ew(tt, m.subj_cs, m.subj_mode))
        h.append("Thread-Index: " + base64.b64encode(bytes.fromhex(_h("ti")[:32])).decode())
    h.append("Date: " + m_date)
    h.append("Message-ID: " + mid(dom, style))
    if m.reply:
        refs = [mid(dom if i % 2 else _addr_domain(m.to[0]), 0 if m.client != "gmail" else 1, "ref%d" % i)
                for i in range(m.reply)]
        h.append("References: " + "\r\n ".join(refs))
        h.append("In-Reply-To: " + refs[-1])
    if m.client in ("outlook", "owa"):
        loc = "zh-TW" if m.subj_cs == "big5" else LOCALE[m.lang]
        h.append("Accept-Language: %s" % loc)
        h.append("Content-Language: %s" % loc)
        if m.body.ctype == "multipart/mixed":
            h.append("X-MS-Has-Attach: yes")
    if CLIENTS.get(m.client) and (m.client != "outlook" or int(r[23], 16) % 2):
        h.append("X-Mailer: " + CLIENTS[m.client])
    elif m.client in UA:
        h.append("User-Agent: " + UA[m.client])
    for e in m.extra:
        h.append(e)
    h.append("MIME-Version: 1.0")
    ph, pb = m.body.render()
    h.extend(ph)
    return (CRLF.join(h) + "\r\n\r\n").encode("ascii") + pb


def file_name(num, m):
    return "%03d-%s.eml" % (num, m.slug)


def plan():
    order = list(MSGS)
    random.Random(SEED).shuffle(order)
    return [(i + 1, m) for i, m in enumerate(order)]


# ============================================================= MESSAGES ==
# Invented organisations (all domains reserved for examples):
#   Alderbrook Health (alderbrook.example.org): Alderbrook Regional Medical
#     Center (4 West med-surg, 5 East telemetry, MICU, ED, Birth Center,
#     3 North behavioral health), Hollis Street Clinic (HIV / ID), Center
#     for Medical Genetics, Corvane EHR, Corvane Connect interface engine
#   Fernway Recovery Center (fernwayrecovery.example.net): OTP, detox, IOP
#   Wren Valley Family Planning (wrenvalleyfp.example.org)
#   Lumen Fertility Center (lumenfertility.example.com)
#   Brookside Nursing & Rehabilitation (brooksidenr.example.com)
#   Kestrel Home Health (kestrelhomehealth.example.net)
#   Eastfield Community Health Center (eastfieldchc.example.org)
#   Copperleaf Dental Group (copperleafdental.example.com)
#   Bellhaven Health Plan, Norlake Medical Supply, Calder Reference Lab
#   and hospitals abroad under <name>.<cc>.test

ALD = "alderbrook.example.org"
FERN = "fernwayrecovery.example.net"
WREN = "wrenvalleyfp.example.org"
LUMEN = "lumenfertility.example.com"
BROOK = "brooksidenr.example.com"
KEST = "kestrelhomehealth.example.net"
EAST = "eastfieldchc.example.org"
COPPER = "copperleafdental.example.com"


def a(local, dom=ALD):
    return "%s@%s" % (local, dom)


WHITLOCK = A("Whitlock, Dana", a("dana.whitlock"))
OYELARAN = A("Oyelaran, Marcus", a("marcus.oyelaran"))
RAMAN = A("Raman, Priya", a("priya.raman"))
WIERZ = A("Wierzbicki, Tomasz", a("tomasz.wierzbicki"))
LOMAX = A("Lomax, Keisha", a("keisha.lomax"))
CASTELLANO = A("Castellano, Renee", a("renee.castellano"))
NWOSU = A("Nwosu, Adaeze MD", a("adaeze.nwosu"))
FAIRWEATHER = A("Fairweather, Gregory MD", a("gregory.fairweather"))
BRIGHTWELL = A("Brightwell, Hannah", a("hannah.brightwell"))
ARRIETA = A("Arrieta, Luis", a("luis.arrieta"))
MAHAFFEY = A("Mahaffey, Colleen", a("colleen.mahaffey"))
BAPTISTE = A("Baptiste, Jerome", a("jerome.baptiste"))
VEL = A("Vel, Sunita", a("sunita.vel"))
SOLBERG = A("Solberg, Ingrid", a("ingrid.solberg"))
OSEI = A("Osei, Kathleen", a("kathleen.osei"))
PLACEMENT = A("Patient Placement Center", a("patientplacement"))
TRANSPORT = A("Transport Dispatch", a("transport.dispatch"))
SERVICEDESK = A("Alderbrook IT Service Desk", a("servicedesk"))
UNIT4W = A("4 West Charge RNs", a("4w.charge"))
UNIT5E = A("5 East Staff", a("5east.staff"))

add("4w-nights-to-days-handoff", "phi",
    "Night-to-day handoff naming 4 West patients by surname and bed with diagnoses, meds and labs (oxycodone, Lasix, K 3.4, vancomycin, CAM+).",
    OYELARAN, [WHITLOCK], "4W nights -> days handoff 3/17 (beds 12-22)", D(2026, 3, 17, 6, 52),
    T("""\
Dana - my half, the rest is on the whiteboard. Pulled this off my brain
sheet so excuse the shorthand.

12 Halvorsen - POD2 lap chole, ambulating, tol clears. PCA d/c'd 0200,
   oxy 5 q4 prn, 1 dose at 0415. Prob home today if surgery ok with it.
14 Brennan - CHF exac, Lasix 40 IV BID, net neg 1.2L. K 3.4 this AM,
   replaced 20 PO per protocol, recheck w/ PM labs. Wt 81.2 (yest 82.0).
15 empty - EVS called 0540
16 Szabo - CAP day 3 ceftriaxone/azithro, 2L NC sats 93-95, wants to
   try RA. Daughter calling ~0800, ok to update her (she's on the form).
18 Castellanos - new admit 0310 from ED, L lower leg cellulitis, vanc
   started, trough due before 4th dose. BGs 240s, no home insulin list
   yet, pharmacy med rec pending.
19 Whitaker - confused overnight, sitter since 2300, CAM+. Nwosu aware,
   UA sent, still waiting on result.
21 Pruitt - tele transfer to 5E ordered 0500, no bed yet. Tele box #14
   on him now, make sure it comes back.
22 Moreau - high fall risk, bed alarm on, no events.

Quiet till 0300. Back hall Pyxis is out of NS flushes, I put in the
restock request.

Marcus
"""), cc=[UNIT4W])

add("5e-safety-huddle-0700", "phi",
    "borderline: huddle notes identify patients only by initials plus room on 5 East, which with the date points to one person; carries a heparin drip, aPTT, a fall with CT head and a goals-of-care meeting.",
    OSEI, [UNIT5E], "5E safety huddle 0700 - notes", D(2026, 3, 19, 7, 24),
    alt("""\
Morning all, huddle notes for those who missed it.

Staffing: 1 RN short on days, float from 4W arriving 0800. PCT Jamal
covering 501-510. Thank you nights for staying over.

Safety watch:
- Rm 512 J.T. - heparin gtt, aPTT q6h, last 98 (rate decreased per
  nomogram). L groin site oozing overnight, pressure held 15 min, ok
  now. Re-check the site every hour.
- Rm 519 R.M. - unwitnessed fall 1830 yesterday, no injury found, CT
  head negative. Post-fall huddle done. Bed alarm + yellow socks.
- Rm 504 E.K. - family meeting 1100 with palliative re goals of care,
  may go comfort measures. Please keep the room quiet for them.
- Rm 508 - isolation cart needs restocking (contact).

Equipment: tele monitor #7 at the desk is alarming intermittently,
biomed ticket in.

Good catch of the week to Tasha for catching the duplicate potassium
rider.

Kathleen Osei, MSN, RN
Nurse Manager, 5 East Telemetry
x4521
"""), client="outlook")

add("ed-to-micu-bed-request-dka", "phi",
    "ED-to-MICU bed request for a named patient with MRN, DKA, glucose 612, pH 7.08 and an insulin drip; the placement reply quotes it.",
    VEL, [A("Darrow, Chris", a("chris.darrow")), PLACEMENT], "RE: MICU bed request - Yilmaz, Deniz (ED 22)", D(2026, 2, 9, 15, 3),
    T("""\
Assigned MICU-7. Room is being cleaned, ETA 1530. Accepting RN is
Bernadette, x4630. Please call report once you have the 1500 BMP.

Sunita Vel, RN
Patient Placement Center | x4100

From: Darrow, Chris <chris.darrow@alderbrook.example.org>
Sent: Monday, February 9, 2026 2:41 PM
To: Patient Placement Center <patientplacement@alderbrook.example.org>
Subject: MICU bed request - Yilmaz, Deniz (ED 22)

Bed request from ED:

Yilmaz, Deniz  MRN 3318402  34F
Dx: DKA, glucose 612, pH 7.08, AG 31, K 5.6
Insulin gtt started 1412 at 0.1 u/kg/h, 2 L NS in, 3rd bag running
Intensivist (Dr. Pell) accepted at 1435
Isolation: none. Weight 58 kg. Allergies: sulfa
Family at bedside (partner)

Chris Darrow, RN
ED Charge | x4012
"""), reply=1, cc=[A("ED Charge", a("ed.charge"))])

add("transport-ir-picc-contact", "phi",
    "Transport request for a named patient to IR for PICC placement, with O2, MRSA contact precautions and a fall-risk note.",
    WHITLOCK, [TRANSPORT], "Transport 4W-09 to IR 1300 - Albrecht", D(2026, 3, 12, 11, 18),
    T("""\
Hi Jerome,

Can we get a 1300 pickup for Walter Albrecht, 4W-09, going to IR for a
PICC (long-term IV antibiotics, osteo). He's on 2L NC so he'll need a
portable tank, and he's on contact precautions (MRSA) - gown and gloves
for the transporter please. Stretcher, not wheelchair, he's a high fall
risk and had a dose of oxycodone at 1100.

IR already has the consent. Nurse going with him: no, stable.

Thanks,
Dana
4 West Charge | x4417 | Vocera "4W Charge"
"""))

add("dc-referral-brookside-hip-orif", "phi",
    "Case manager's SNF referral for a named patient with DOB after hip ORIF (enoxaparin, oxycodone, PT), with a PDF packet whose text layer holds the face sheet.",
    LOMAX, [A("Brookside Admissions", a("admissions", BROOK))], "Referral - Delacroix, Evelyn - SNF rehab, ready 3/18", D(2026, 3, 16, 13, 40),
    mixed(T("""\
Good afternoon,

Sending a referral for Evelyn Delacroix (DOB 02/11/1941) for short-term
rehab. She is s/p ORIF R hip 3/14 after a fall at home, WBAT, PT/OT
twice daily, ambulating 40 ft with a RW and min assist. Medically she
should be ready 3/18.

Meds of note: enoxaparin 40 mg SC daily x 28 days total, oxycodone 2.5 mg
q6h prn (using 1-2/day), acetaminophen scheduled, home amlodipine.
Medicare A, qualifying 3-midnight stay will be met 3/17.

Face sheet, H&P, last 24h notes and PT eval attached. Her son Paul is
the contact (number in the packet). Please let me know by tomorrow noon
if you can accept so I can give the family choices.

Thank you,
Keisha Lomax, RN, CCM
Case Management, Alderbrook Regional Medical Center
x4388 | fax (802) 555-0176
"""), att_pdf("Delacroix_E_referral_packet.pdf", [
        "ALDERBROOK REGIONAL MEDICAL CENTER - CASE MANAGEMENT",
        "SNF REFERRAL PACKET                         Printed 03/16/2026 13:22",
        "",
        "Patient: DELACROIX, EVELYN M      MRN: 2209417      DOB: 02/11/1941",
        "Admit: 03/14/2026 via ED          Attending: Nwosu, Adaeze MD",
        "Payer: Medicare Part A / Bellhaven Medigap  Member ID: BHM8812044",
        "Emergency contact: Paul Delacroix (son)  (802) 555-0139",
        "",
        "Principal diagnosis: Closed fracture right femoral neck (S72.001A)",
        "Procedure: ORIF right hip 03/14/2026 (Dr. Strand)",
        "Secondary: Hypertension, osteoporosis, mild CKD stage 3a",
        "",
        "Activity: WBAT RLE, posterior hip precautions",
        "PT 03/15: RW, min assist x1, 40 ft, stairs not attempted",
        "Skin: intact, Braden 16",
        "Diet: regular, thin liquids",
        "Code status: Full code",
        "",
        "Medications at discharge (anticipated):",
        "  enoxaparin 40 mg SC daily through 04/11/2026",
        "  oxycodone 2.5 mg PO q6h PRN moderate pain",
        "  acetaminophen 1000 mg PO q8h",
        "  amlodipine 5 mg PO daily",
        "  calcium carbonate/vitamin D 600 mg/400 IU PO BID",
    ], title="SNF referral packet", author="klomax")), cc=[A("Castellano, Renee", a("renee.castellano"))])

add("pharm-vanco-trough-hold", "phi",
    "Pharmacist to the nurse about one named patient's vancomycin: trough 22.4, hold the dose, new regimen, creatinine up.",
    RAMAN, [A("Tran-Oakes, Melody", a("melody.tranoakes"))], "4W-18 Castellanos - vanc trough high, please hold 1800 dose", D(2026, 3, 17, 16, 35),
    alt("""\
Hi Melody,

Vanc trough on Mr. Castellanos came back 22.4 (drawn 1705, right before
the 4th dose, so it's a true trough). His creatinine also went from 0.9
on admit to 1.3 this afternoon.

Please HOLD the 1800 dose. I've discontinued the 1250 q8h order and
entered 1000 mg q12h starting tomorrow 0600, with a random level with
AM labs. I paged Dr. Nwosu to let her know; she's fine with it.

He's also on pip-tazo - I'd like to switch to cefepime given the AKI,
waiting to hear back from the team on that.

Thanks,
Priya

Priya Raman, PharmD, BCPS
Clinical Pharmacist, Medicine | x4290 | pager 3318
"""))

add("lab-critical-k-callback-log", "phi",
    "Lab's critical-value callback documentation for a named patient with MRN: potassium 6.9, repeated call attempts and read-back.",
    WIERZ, [A("Nursing Supervisors", a("nursing.supervisor")), A("Lab Quality", a("lab.quality"))],
    "Critical value callback delay - LANGFORD, ARTHUR 5E-16", D(2026, 1, 22, 6, 58),
    T("""\
Supervisors,

Documenting a delayed critical callback from this morning so it's on
record before I go home.

Patient: LANGFORD, ARTHUR   MRN 2284017   Loc 5E-16
Test: potassium, plasma   Result: 6.9 mmol/L (critical >6.0)
Hemolysis index: 0 (not hemolyzed)
Collected 0512, resulted 0547

0549 called 5E x4521 - no answer
0553 called again - rang out
0556 called charge Vocera - no answer
0601 called house supervisor (Kim) - reached, she walked to the unit
0604 result read back by Jodie P., RN, 5E

That's 17 min from result to read-back, our target is 10. No blame on
the unit, they had a rapid going on in 520. Recommend we look at whether
the lab should go straight to the supervisor after 2 failed attempts.

Tomasz Wierzbicki, MLS(ASCP)
Core Lab, night shift lead | x4700
"""))

add("sw-note-discharge-barriers", "phi",
    "Social work note about a named patient's discharge barriers with CHF, home oxygen, Medicaid pending and a home health referral.",
    CASTELLANO, [LOMAX, NWOSU], "Okonkwo 5E-11 - SW update, dc barriers", D(2026, 2, 24, 14, 12),
    T("""\
Keisha / Dr. Nwosu,

Met with Mr. Okonkwo and his niece this afternoon.

- Lives alone, 3rd floor walk-up on Delmont St, no elevator. He says he
  stops twice on the stairs now. PT rec home with services, he declines
  SNF.
- Home O2 2L will be new for him. I called Norlake DME, they need the
  qualifying sats note and the face-to-face documented today to deliver
  tomorrow.
- Medicaid application is pending since January; I gave the niece the
  caseworker's number and we did the hardship letter together.
- Kestrel Home Health accepted for RN (CHF teaching, weights) and PT,
  start of care day after discharge.
- Meds: he can't afford the Entresto copay - asked pharmacy about the
  manufacturer assistance form, and I left a message with the CHF clinic
  in case they want to change it.
- Transport home: niece will drive.

Earliest realistic dc is Thursday once O2 is in the apartment.

Renee Castellano, LCSW
Social Work, Medicine | x4395
"""), cc=[A("Kestrel Intake", a("intake", KEST))])

add("rrt-debrief-hypotension-4w", "phi",
    "Rapid-response debrief naming the patient and bed with hypotension, lactate 4.1, fluids, antibiotics and MICU transfer.",
    A("Ferraro, Nick", a("nick.ferraro")), [UNIT4W, A("Rapid Response Team", a("rrt"))],
    "RRT debrief - 4W-22 Moreau, 3/19 0245", D(2026, 3, 19, 9, 47),
    T("""\
Team,

Quick written debrief for the RRT on Lucille Moreau (4W-22) overnight.
Thanks to everyone who came - this went well in a lot of ways.

Timeline
0212 RN notes SBP 82/48, HR 118, new confusion, temp 38.6
0230 MEWS 7, RN calls RRT (should have been called at 0212, see below)
0234 RRT at bedside (Ferraro RN, Obi RT, Dr. Sahin)
0238 2 large-bore IVs, cultures x2, lactate 4.1
0245 30 mL/kg LR bolus started; pip-tazo + vanc given 0301
0320 SBP 88 after 1.5 L, norepi started via peripheral line
0350 transferred to MICU-4

What went well
- IV access in under 5 min, antibiotics inside the hour
- family updated by the resident before transfer

To work on
- 18 min between the first abnormal set and the call. RN said she
  wanted to recheck first. Reminder: MEWS 5+ is an automatic call.
- the sepsis order set wasn't used, so the second lactate wasn't
  ordered until MICU caught it.

She's on the MICU census today, on low-dose pressor, urine source.

Nick Ferraro, BSN, RN, CCRN
Rapid Response RN | x4600
"""))

add("safety-event-fall-with-injury", "phi",
    "Safety-event system notice of a fall with injury naming the patient with MRN, hip X-ray showing a fracture and orthopaedic consult.",
    A("SafeReport (do not reply)", a("safereport-noreply")), [OSEI, A("Lusk, Adrienne", a("adrienne.lusk"))],
    "SafeReport PSR-26-01184 submitted: Fall with injury - 5 East", D(2026, 2, 2, 4, 15),
    alt("""\
A safety event has been submitted and routed to you for review.

Event number:      PSR-26-01184
Event type:        Fall - with injury (harm score E)
Date/time:         02/02/2026 02:40
Location:          5 East Telemetry, room 519
Patient:           WHITAKER, GORDON   MRN 1940225   Age 81
Reporter:          Anonymous

Description (as entered):
Pt found on floor next to bed, states he was trying to get to the
bathroom. Bed alarm was not on after the 0100 repositioning. C/o L hip
pain, L leg shortened and externally rotated. Hospitalist notified,
portable hip X-ray shows L intertrochanteric fracture. Ortho consulted,
made NPO. Daughter notified 0330.

Immediate actions: neuro checks, pain control (morphine 2 mg IV x1),
post-fall huddle scheduled 0700.

Please complete the manager review within 72 hours:
https://safereport.alderbrook.example.org/events/PSR-26-01184

This message was generated by SafeReport. Replies are not monitored.
""", style="plain"), client="system")

add("chart-audit-vte-prophylaxis-csv", "phi",
    "Chart-audit findings attached as a CSV with MRNs, admit dates and missing VTE prophylaxis per patient.",
    A("Pham, Annie", a("annie.pham")), [A("Hospitalist Group", a("hospitalists"))],
    "VTE prophylaxis audit - February findings (action needed on 6 charts)", D(2026, 3, 4, 10, 5),
    mixed(T("""\
Hi all,

February VTE audit is done. 112 charts reviewed, 106 compliant (94.6%).
The 6 that weren't are in the attached sheet with MRNs - each one is
either no prophylaxis ordered and no contraindication documented, or
the contraindication reason was left blank.

If any of these are yours and there was a reason, please add an addendum
by 3/11 and reply to me so I can update the sheet before it goes to the
quality committee. No need to reply if you agree it was missed.

Thanks,
Annie Pham, RN
Quality & Patient Safety | x4152
"""), att_csv("VTE_audit_Feb2026_noncompliant.csv", [
        ["MRN", "Patient", "Admit date", "Unit", "Attending", "Finding", "Risk score"],
        ["2318804", "LYONS, MARGARET", "2026-02-03", "4W", "Nwosu", "No pharmacologic or mechanical ppx ordered; no contraindication documented", "Padua 5"],
        ["1177420", "BECKETT, HOWARD", "2026-02-07", "5E", "Sahin", "Enoxaparin held for plt 88, SCDs not ordered", "Padua 4"],
        ["2450913", "ROJAS, ALMA", "2026-02-11", "4W", "Kerrigan", "Contraindication 'bleeding risk' selected, reason blank", "Padua 6"],
        ["0933561", "FINNEGAN, PATRICK", "2026-02-15", "MICU", "Pell", "Heparin SC ordered day 3 (admit day 1)", "Padua 7"],
        ["2602277", "SOTO, RAMONA", "2026-02-19", "5E", "Nwosu", "No ppx ordered; ambulating documented only day 2", "Padua 4"],
        ["1802291", "DUNMORE, CALVIN", "2026-02-24", "4W", "Sahin", "Enoxaparin 40 ordered with CrCl 22, not renally adjusted", "Padua 5"],
    ])))

add("ip-cdiff-roommate-precautions", "phi",
    "Infection prevention about one named patient's positive C. difficile PCR, the roommate's exposure, precautions and terminal clean.",
    BRIGHTWELL, [UNIT4W], "C. diff positive 4W-16A - roommate exposure / cleaning", D(2026, 3, 18, 8, 20),
    T("""\
Good morning 4 West,

Mr. Szabo in 16A tested C. diff PCR positive late last night (stool
sent 3/17 1900 for 4 loose stools). Please:

1. Move him to a private room - Placement has 4W-05 for him at 1000.
2. Contact-enteric precautions, soap and water, no alcohol gel only.
3. His roommate in 16B (Mr. Ferris) was exposed for ~2 days. No testing
   unless he develops diarrhea; if he does, call me before you send.
4. EVS bleach terminal clean of 16A/B after the move, including the
   shared bathroom and the commode. I've already called EVS (x4080).
5. Team is stopping his PPI and the pharmacy is starting oral vanc.

This is the unit's first HO-CDI since November, so nice work until now.
I'll do a quick hand hygiene observation later this morning.

Hannah Brightwell, MPH, BSN, RN, CIC
Infection Prevention | x4170 | pager 3302
"""), cc=[A("EVS Supervisors", a("evs.supervisors"))])

add("ip-tb-exposure-ed-contacts-xlsx", "phi",
    "TB contact-tracing notice about a named source patient with positive AFB smear, and an XLSX of exposed patients with MRNs and exposure hours.",
    BRIGHTWELL, [A("Employee Health", a("employeehealth")), A("ED Leadership", a("ed.leadership"))],
    "TB exposure ED hallway H4 2/27 - contact list attached (confidential)", D(2026, 3, 2, 15, 28),
    mixed(T("""\
All,

The patient held in ED hallway bed H4 on 2/27 from 0915 to 1840 before
going to a negative-pressure room (Abdi Warsame, MRN 3409982) has a
positive AFB smear (3+) and the NAAT came back MTB positive today. He
was not masked for most of that time.

Attached are the patients who were in the H1-H8 hallway or rooms 10-14
for at least 1 hour of overlap. Employee Health is doing the staff
list separately - please do not add staff to this file.

For the patients on the list: we'll notify their PCPs and they'll get
baseline IGRA. Two are still inpatient (flagged).

Please keep this to the people who need it.

Hannah
x4170
"""), att_xlsx("TB_contacts_ED_2026-02-27.xlsx", [
        ["Contact", "MRN", "DOB", "Location on 2/27", "Overlap (h)", "Status", "PCP"],
        ["KELLERMAN, JOAN", "2011843", "1957-06-30", "H3", 6.5, "Discharged", "Eastfield CHC"],
        ["OSTROWSKI, ALAN", "1433097", "1989-01-14", "H5", 4, "Discharged", "Dr. Lam"],
        ["BAJWA, SIMRAN", "3127756", "2001-09-02", "Rm 12", 2.5, "Inpatient 5E-07", "None listed"],
        ["MCCALLUM, DORIS", "0458211", "1944-12-19", "H2", 8, "Inpatient 4W-14", "Dr. Ibarra"],
        ["FUENTES, OMAR", "3350018", "1976-03-08", "Rm 11", 1.5, "Discharged", "Eastfield CHC"],
        ["WOLFE, TERRENCE", "2277469", "1968-07-25", "H6", 3, "Discharged", "Dr. Lam"],
    ], sheet="Contacts")))

add("ticket-allergy-banner-screenshot", "phi",
    "IT ticket whose screenshot description gives a named patient's MRN and penicillin anaphylaxis allergy not showing at medication administration.",
    SERVICEDESK, [A("Morales, Gina", a("gina.morales"))], "INC0418822 updated: Allergy not displaying on MAR", D(2026, 1, 14, 11, 2),
    mixed(T("""\
Your incident INC0418822 has been updated.

Short description: Allergy not displaying on MAR / barcode scan screen
Priority: 2 - High
Assigned to: Clinical Applications - Medication Management

Latest work note (Luis Arrieta):
Called Gina on 5E. Screenshot attached. It shows the patient banner for
GARRISON, ELLEN  MRN 0917733 with the red allergy flag "Penicillins -
anaphylaxis", but on the barcode scan screen for her piperacillin-
tazobactam dose the allergy warning did not fire. Pharmacy caught it on
verification and the dose was not given. Reproduced in TST with a test
patient: the allergy entered as free text does not map to the drug
class. Escalated to the Corvane med management team as a safety issue.

Original description (Gina Morales):
Scanned pip-tazo for my pt in 5E-03, no allergy popup even though she
has PCN anaphylaxis on her banner. Screenshot of banner + scan screen.

To add information, reply to this email. Do not change the subject.
Alderbrook IT Service Desk | x4357
"""), att("image/png", "INC0418822_screenshot_5E-03.png", png_1x1())), client="system")

add("ticket-duplicate-metoprolol-pasted-line", "phi",
    "EHR ticket with a pasted chart line: named patient, MRN and duplicate metoprolol orders.",
    A("Kerrigan, Paul MD", a("paul.kerrigan")), [SERVICEDESK], "Duplicate order not flagged - pasted below", D(2026, 2, 18, 21, 40),
    T("""\
Service desk,

The duplicate therapy check didn't fire on this. Pasting from the
orders tab so you can see it:

HOLT, RAYMOND  MRN 2047718  4W-11
  metoprolol tartrate 25 mg tab  PO  BID   start 02/18 0900  Kerrigan
  metoprolol succinate ER 50 mg tab  PO  daily  start 02/18 1400  (med rec, Sahin)

Nurse gave both today. HR was 52 at 1800, BP ok, he's fine, I stopped
the tartrate. But this should have popped a duplicate class warning at
signing. I think it happens because one came through admission med rec
and one was a new order.

Paul Kerrigan, MD
Hospitalist | pager 3361
"""), client="outlook")

add("cdi-query-sepsis-clarification", "phi",
    "Coder's documentation query to a physician about a named patient's account: sepsis vs SIRS, pneumonia, lactate and antibiotics.",
    MAHAFFEY, [A("Sahin, Emre MD", a("emre.sahin"))], "Documentation query - acct 9004418273 (Szabo, Laszlo)", D(2026, 3, 26, 9, 15),
    alt("""\
Dr. Sahin,

A clarification query on an inpatient account; please answer in the
query activity in Corvane (or reply here and I'll attach it).

Patient: Szabo, Laszlo   Account 9004418273   Adm 03/15/2026  Disch 03/22/2026

Clinical indicators in the record:
- ED: temp 38.9, HR 122, RR 26, WBC 17.8, lactate 2.6
- CXR: RLL consolidation
- Blood cultures negative; sputum S. pneumoniae
- ceftriaxone + azithromycin, 2 L IV fluids in the ED
- H&P (Dr. Ibarra): "sepsis secondary to CAP"
- progress notes 3/16-3/21 and discharge summary: "CAP", no mention of
  sepsis

Based on your clinical judgment, can you clarify the diagnosis?
[ ] Sepsis due to pneumococcal pneumonia, present on admission
[ ] Pneumococcal pneumonia without sepsis (SIRS criteria only)
[ ] Other: ________
[ ] Unable to determine

This query isn't meant to suggest any particular answer.

Thank you,
Colleen Mahaffey, RHIT, CCS, CCDS
Clinical Documentation Integrity | x4811
"""))

add("referral-fax-cover-cardiology-pdf", "phi",
    "Referral coordinator's fax cover e-mail with a PDF referral: named patient, DOB, new atrial fibrillation on apixaban, echo requested.",
    A("Eastfield CHC Referrals", a("referrals", EAST)), [A("Alderbrook Cardiology Scheduling", a("cardiology.scheduling"))],
    "Referral: new AF - Marisol Ybarra DOB 08/19/1963 - please schedule", D(2026, 1, 28, 10, 44),
    mixed(T("""\
Hello,

Please find the referral attached (3 pages: referral form, last office
note, EKG). Patient has been told to expect your call. She prefers
Spanish; interpreter needed.

Insurance authorization is not required for her plan.

Thank you,
Tuyet Nguyen, CMA
Referral Coordinator, Eastfield Community Health Center
(802) 555-0121 | fax (802) 555-0122
"""), att_pdf("Referral_Ybarra_M_cardiology.pdf", [
        "EASTFIELD COMMUNITY HEALTH CENTER",
        "412 Canal Street, Eastfield                 Phone (802) 555-0121",
        "                                            Fax   (802) 555-0122",
        "FAX COVER / OUTGOING REFERRAL",
        "",
        "To: Alderbrook Cardiology          Fax: (802) 555-0188",
        "From: Tuyet Nguyen, CMA            Date: 01/28/2026     Pages: 3",
        "",
        "Patient: Marisol Ybarra            DOB: 08/19/1963",
        "Eastfield chart #: E-0046631       Language: Spanish (interpreter)",
        "Referring provider: Benjamin Hartigan, MD",
        "",
        "Reason for referral: New onset atrial fibrillation found 01/26/2026,",
        "rate controlled on metoprolol succinate 50 mg daily. Started apixaban",
        "5 mg BID. CHA2DS2-VASc 3 (HTN, DM, female). Please evaluate for",
        "rhythm vs rate control and obtain echocardiogram.",
        "",
        "Urgency: routine, within 4 weeks",
        "",
        "CONFIDENTIAL: this fax is intended only for the addressee.",
    ], title="Outgoing referral", producer="Eastfield eFax")), client="outlook")

add("homehealth-wound-vac-visit-note", "phi",
    "Home health nurse's visit report to the surgeon's office about a named patient's abdominal wound vac, drainage and a missed antibiotic.",
    A("Delgado, Rosa RN", a("rosa.delgado", KEST)), [A("Dr. Strand's Office", a("surgery.office"))],
    "RE: Dabrowski wound vac - visit 3/5", D(2026, 3, 5, 16, 20),
    T("""\
Hi Jen,

Saw Mr. Dabrowski today for the vac change. Wound (midline abdomen)
now 11 x 3.5 x 2 cm, was 12 x 4 x 2.5 on 2/26. Beefy red granulation,
no tunneling, small amount serosanguinous in the canister (~40 mL since
Monday). Periwound a little macerated at the inferior edge, I put
barrier film. Settings 125 continuous.

He told me he ran out of the Augmentin two days early. Can Dr. Strand
let me know if he wants it restarted? He's afebrile, 98.4.

Next change Monday. Our office number is (802) 555-0164 if easier.

Rosa Delgado, RN, WCC
Kestrel Home Health

> From: Jennifer Kolb <jennifer.kolb@alderbrook.example.org>
> Please send us the measurements after today's visit. Dr. Strand
> wants to decide about the vac at his post-op visit on 3/12.
"""), reply=2, client="apple")

add("brookside-resident-fall-np-update", "phi",
    "borderline: nursing-home DON's update about a named resident's fall, skin tear, apixaban and neuro checks; the trazodone she mentions was started for sleep, not as psychiatric treatment, so phi.",
    A("Ferris, Pauline", a("pauline.ferris", BROOK)), [A("Abernethy, Joan NP", a("joan.abernethy", BROOK))],
    "Mrs. Ferreira 204B - fall last night", D(2026, 4, 7, 7, 35),
    T("""\
Joan,

FYI before your rounds. Mrs. Ferreira (204B) was found sitting on the
floor by her bed at 2330, unwitnessed. She said she slid off trying to
reach her walker. 2 cm skin tear L forearm, steri-stripped. No head
strike per her but she's on apixaban so we started neuro checks q1h x4
then q4h, all normal so far. Vitals stable, BP 132/70.

Daughter (Lucia) was called at 0005.

Can you look at the L wrist today - she's guarding it a little, I'd
like to know if you want an X-ray (mobile X-ray comes at 1300 if we call
by 1000). Also, do you want to revisit her trazodone? It was started
2 weeks ago for sleep and she's been unsteady at night since.

Pauline Ferris, RN
Director of Nursing, Brookside Nursing & Rehabilitation
(802) 555-0150 x210
"""), client="outlook")

add("dental-warfarin-extraction-inr", "phi",
    "Dental group to cardiology about a named patient with DOB: mechanical valve, warfarin, planned extraction, INR and premedication question.",
    A("O'Rourke, Liam DDS", a("liam.orourke", COPPER)), [A("Alderbrook Cardiology", a("cardiology.clinic"))],
    "Harold Quaid (DOB 07/02/1952) - extraction #30 on 4/9, warfarin/INR question", D(2026, 3, 30, 12, 10),
    alt("""\
Dear colleagues,

Our mutual patient Harold Quaid (DOB 07/02/1952) is scheduled for a
surgical extraction of #30 on April 9. His health history lists a
mechanical aortic valve (2014) and warfarin, managed by your
anticoagulation clinic.

Could you tell us:
1. his most recent INR and whether you want it checked the day before;
2. whether you'd like him to continue warfarin (our usual plan is to
   proceed if INR is under 3.5 with local hemostatic measures);
3. your preference for antibiotic prophylaxis - we'd give amoxicillin
   2 g one hour before unless you'd like something else.

You can reply here or fax to (802) 555-0193.

Thank you,
Liam O'Rourke, DDS
Copperleaf Dental Group - Millbrook office
(802) 555-0192
""", style="apple"), client="apple")

add("chc-a1c-outreach-list-xlsx", "phi",
    "Community health centre outreach list in XLSX with patient names, DOBs, phones and A1c values over 9.",
    A("Pena, Marisol", a("marisol.pena", EAST)), [A("Care Team Blue", a("careteam.blue", EAST))],
    "A1c > 9 outreach list for this week", D(2026, 2, 16, 8, 30),
    mixed(T("""\
Good morning team,

Attached is this week's list - 8 patients with last A1c over 9 and no
visit in 90 days. I split them between Tuyet and Ana. Please try two
calls and a portal message, and write the outcome in column G so I can
send the update to Dr. Hartigan on Friday.

Two of them (Gutierrez, Sandoval) prefer Spanish - Ana has those.

Gracias,
Marisol Pena
Care Coordinator, Eastfield CHC
(802) 555-0124
"""), att_xlsx("A1c_outreach_wk08.xlsx", [
        ["Patient", "DOB", "Phone", "Last A1c", "Date", "Assigned", "Outcome"],
        ["Gutierrez, Aurelio", "1961-04-12", "(802) 555-0101", 10.4, "2025-10-02", "Ana", ""],
        ["Sandoval, Reyna", "1975-11-30", "(802) 555-0102", 9.6, "2025-09-15", "Ana", ""],
        ["Whitfield, Darnell", "1969-02-21", "(802) 555-0103", 11.2, "2025-08-28", "Tuyet", ""],
        ["Kovacs, Irene", "1958-07-07", "(802) 555-0104", 9.1, "2025-10-20", "Tuyet", ""],
        ["Lam, Henry", "1980-05-16", "(802) 555-0105", 12.8, "2025-07-11", "Tuyet", ""],
        ["Osborne, Tasha", "1987-09-03", "(802) 555-0106", 9.3, "2025-11-04", "Ana", ""],
        ["Rahimi, Farid", "1966-12-25", "(802) 555-0107", 10.0, "2025-10-30", "Tuyet", ""],
        ["Baker, June", "1953-03-18", "(802) 555-0108", 9.9, "2025-09-09", "Ana", ""],
    ], sheet="Week 8")))

add("fw-tele-bed-request-quoted-nstemi", "phi",
    "Forward whose own text names no one; the quoted original requests a tele bed for a named patient with NSTEMI on heparin.",
    A("Greer, Monica", a("monica.greer")), [VEL], "FW: tele bed?", D(2026, 1, 30, 17, 2),
    T("""\
Sunita - can you look at this one? ED asked twice and I don't see it on
the board. Thx

Monica

From: Emergency Dept Charge <ed.charge@alderbrook.example.org>
Sent: Friday, January 30, 2026 4:38 PM
To: Greer, Monica <monica.greer@alderbrook.example.org>
Subject: tele bed?

Monica, still waiting on a tele bed for Istvan Varga, ED 9. NSTEMI,
trop 1.8 and rising, heparin gtt and nitro paste, cardiology saw him,
cath tomorrow AM. He's been here 7 hours. Anything on 5E?

Chris
"""), reply=1)

add("subject-only-npo-egd", "phi",
    "borderline: the body is only an acknowledgement; the patient's name, bed and NPO for an EGD are only in the Subject.",
    A("Lindqvist, Brynn", a("brynn.lindqvist")), [A("GI Lab", a("gi.lab"))], "RE: Eklund 4W-03 - NPO after midnight for EGD 0800, hold the heparin?",
    D(2026, 3, 10, 19, 12), T("Got it, thanks.\n\nBrynn\n4W nights\n", cte="7bit"), reply=1, client="iphone")

add("interface-alert-adt-a02-dg1", "phi",
    "Interface-engine alert with an HL7 ADT^A02 transfer attached for a named patient with MRN, DOB and a pneumonia diagnosis segment.",
    A("Corvane Connect Alerts", a("connect-alerts")), [A("Interface Team", a("interface.team"))],
    "[Connect] ADT_OUT_BEDBOARD: 1 message errored (AR - unknown location)", D(2026, 2, 11, 3, 17),
    mixed(T("""\
Channel:     ADT_OUT_BEDBOARD
Status:      ERROR (AR)
Error text:  PV1-3 location '5E^514^A' not found in bed board master
Received:    2026-02-11 03:16:58
Retries:     3 of 3
Message:     attached (1 message)

Resubmit from the Connect console after the location table is fixed.
-- Corvane Connect monitor, prod-int-02
"""), att_hl7("ADT_A02_20260211031658.hl7", [
        "MSH|^~\\&|CORVANE|ALDERBROOK|BEDBOARD|ALDERBROOK|20260211031658||ADT^A02^ADT_A02|ADT90028471|P|2.5.1",
        "EVN|A02|20260211031500",
        "PID|1||1884025^^^ALD^MR||KOWALSKI^EDWARD^J||19500623|M|||88 Birch Hollow Rd^^Millbrook^VT^05999||(802)555-0117",
        "PV1|1|I|5E^514^A^ALD|||4W^410^B^ALD|2290^NWOSU^ADAEZE|||MED||||||||||ACCT9004471102",
        "DG1|1||J18.9^Pneumonia, unspecified organism^I10|||A",
    ])), client="system")

add("ticket-troponin-wrong-provider-oru", "phi",
    "Ticket with an attached HL7 ORU^R01 result for a named patient (troponin 0.42) that routed to the wrong provider.",
    ARRIETA, [A("Lab Information Systems", a("lis.team")), A("Interface Team", a("interface.team"))],
    "INC0421907 - troponin result routed to wrong ordering provider", D(2026, 2, 19, 13, 48),
    mixed(T("""\
LIS / Interface,

Dr. Fenwick's in-basket got a high troponin for a patient who isn't
his. Dr. Okafor-Lund ordered it. Looks like ORC-12 on the outbound ORU
is picking up the attending instead of the ordering provider. Message
attached as it came out of the engine.

Nobody missed the result - the ED called it to the right doc by phone
- but we need to fix the mapping before it happens on an outpatient.

Luis Arrieta
IT Service Desk, Tier 2 | x4357
"""), att_hl7("ORU_R01_troponin_INC0421907.hl7", [
        "MSH|^~\\&|CALDERLIS|ALDERBROOK|CORVANE|ALDERBROOK|20260219103322||ORU^R01^ORU_R01|LIS5540923|P|2.5.1",
        "PID|1||2516604^^^ALD^MR||MARCHETTI^LUCIA||19621104|F",
        "PV1|1|E|ED^11^^ALD|||||3921^FENWICK^ROLAND",
        "ORC|RE|ORD7781204||||||||||3921^FENWICK^ROLAND",
        "OBR|1|ORD7781204|LAB22019837|10839-9^Troponin I cardiac^LN|||20260219095000|||||||||4410^OKAFOR-LUND^NGOZI",
        "OBX|1|NM|10839-9^Troponin I cardiac^LN||0.42|ng/mL|<0.04|HH|||F|||20260219103000",
    ])))

add("draft-discharge-summary-docx-cosign", "phi",
    "Resident's draft discharge summary as DOCX for a named patient: COPD exacerbation, pneumonia, steroids and antibiotics.",
    A("Adeyemi, Tolu MD", a("tolu.adeyemi")), [NWOSU], "Nowak DC summary draft - pls review before I sign", D(2026, 2, 27, 18, 5),
    mixed(T("""\
Dr. Nwosu,

Draft attached for Mr. Nowak. I wasn't sure whether to list the
pneumonia as principal or the COPD exacerbation, I put COPD first since
that's what the admission order says - let me know.

I'll put it in the chart tomorrow morning after your edits.

Tolu
PGY-2, Internal Medicine
"""), att_docx("Nowak_Henryk_DC_summary_DRAFT.docx", [
        ("b", "DISCHARGE SUMMARY - DRAFT"),
        "Patient: Nowak, Henryk    MRN 1605532    DOB 09/14/1949",
        "Admission: 02/22/2026    Discharge: 02/28/2026 (planned)",
        ("b", "Principal diagnosis"),
        "Acute exacerbation of COPD with community-acquired pneumonia (LLL).",
        ("b", "Hospital course"),
        "Admitted with dyspnea and productive cough, SpO2 84% on RA. Treated with "
        "prednisone 40 mg daily x 5 days, nebulized ipratropium-albuterol, and "
        "ceftriaxone plus azithromycin, transitioned to oral cefpodoxime on day 4. "
        "Weaned to 1 L NC at rest; ambulatory sats 89-90% on 2 L.",
        ("b", "Discharge medications"),
        "Cefpodoxime 200 mg PO BID through 03/03; tiotropium daily (unchanged); "
        "budesonide-formoterol 160/4.5 two puffs BID (NEW); albuterol HFA prn.",
        ("b", "Follow-up"),
        "Eastfield CHC (Dr. Hartigan) within 7 days; pulmonary clinic 4 weeks; "
        "home O2 2 L with exertion.",
    ], author="tadeyemi", title="Discharge summary draft")))

add("or-schedule-change-pdf-room6", "phi",
    "OR scheduling update with a PDF listing named patients, MRNs and their procedures for one day.",
    A("Perioperative Scheduling", a("or.scheduling")), [A("OR Charge", a("or.charge")), A("Anesthesia Schedulers", a("anesthesia.sched"))],
    "Revised OR schedule Thu 4/2 - Room 6 and 8 changes", D(2026, 4, 1, 15, 55),
    mixed(T("""\
Revised schedule for tomorrow attached (v3). Changes since the 1200
version:

- Room 6: Hargrove add-on lap appy moved to first case 0730
- Room 6: Pelletier TKA moved to 2nd case, pre-op block at 0900
- Room 8: Strand cases unchanged, Bingham hernia cancelled (URI)

Please print for the desks. Call x4480 with questions.

Deb Lisowski
Perioperative Scheduling
"""), att_pdf("OR_schedule_2026-04-02_v3.pdf", [
        "ALDERBROOK REGIONAL MEDICAL CENTER - MAIN OR       THU 04/02/2026  v3",
        "",
        "RM  TIME  PATIENT              MRN      PROCEDURE                     SURGEON",
        "6   0730  HARGROVE, EMMA       3401177  Laparoscopic appendectomy     Ito",
        "6   0945  PELLETIER, ROGER     1209836  Total knee arthroplasty, L    Marsh-Doyle",
        "6   1330  ACKERLY, JUDITH      2782041  Carpal tunnel release, R      Marsh-Doyle",
        "8   0730  FONTAINE, LEO        0883419  Ventral hernia repair w/ mesh Strand",
        "8   1000  NAKASHIMA, RYO       3115520  Laparoscopic cholecystectomy  Strand",
        "8   ----  BINGHAM, CAROL       2650092  CANCELLED - inguinal hernia   Strand",
        "9   0730  VOSS, ELLIOT         1990341  Cystoscopy, ureteral stent    Abara",
        "",
        "Anesthesia: Rm 6 Dr. Quist, Rm 8 Dr. Lenz, Rm 9 CRNA Patel",
    ], title="OR schedule", producer="Periop Scheduler 9")))

add("birth-center-handoff-rooms-3-9", "phi",
    "borderline: labour and delivery handoff naming patients by room and surname with induction, epidurals, magnesium and fetal tracing; labour care itself is not a restricted reproductive category.",
    SOLBERG, [A("Birth Center RNs", a("birthcenter.rn"))], "BC handoff 3/22 1900", D(2026, 3, 22, 18, 48),
    T("""\
Board at 1845:

Rm 3 Mendes G2P1 39+2 IOL for gHTN, pit at 10, epidural 1630, SVE
  6/80/-1 at 1800, cat I. BPs 140s/90s, PIH labs nl.
Rm 4 Reyes G1P0 40+5 early labor, 3 cm, ambulating, GBS+ PCN G started
  1520 (2nd dose due 1920).
Rm 5 empty/clean
Rm 6 Adebayo G3P2 PP day 0 SVD 1412, EBL 600, fundus firm, QBL done.
  Baby to NICU for TTN, mom going up to see at 2000.
Rm 7 Kaur G1P0 37+0 preE with severe features, mag at 2 g/h, UO 40/h,
  reflexes 2+, Dr. Quintero wants to deliver tonight - likely primary CS
  2100 if no change.
Rm 9 triage: 2 rule-out labor, 1 decreased FM (NST reactive).

Anesthesia: Dr. Lenz in house till 0700.

Ingrid
BC Charge | x4750
"""), client="outlook")

add("birth-center-gbs-culture-callback", "phi",
    "Birth Center nurse to the lab about a named labouring patient's missing GBS culture and the antibiotic started.",
    A("Okafor, Nkechi", a("nkechi.okafor")), [A("Micro Lab", a("micro.lab"))], "GBS culture from OB clinic - Tamsin Reyes, Rm 4", D(2026, 3, 22, 15, 5),
    T("""\
Hi micro,

Tamsin Reyes (MRN 3388120) is in labor in Rm 4. Her prenatal record
says GBS collected at 36 wks at the Riverbend OB clinic but no result
came across. Can you check whether you ever received it? If not we'll
treat as unknown - Dr. Quintero already ordered PCN G and the first dose
went in at 1520.

Thanks,
Nkechi, RN
Birth Center | x4752
"""), client="outlook")

add("pharm-postop-oxycodone-sedation", "phi",
    "borderline: pharmacy-nursing question about a named patient's oxycodone after knee replacement; opioids for surgical pain are phi, not substance-use treatment.",
    A("Liao, Grace PharmD", a("grace.liao")), [A("Ferrante, Bianca", a("bianca.ferrante"))], "Pelletier 4W-20 - oxycodone 10 and POSS 3", D(2026, 4, 3, 14, 22),
    alt("""\
Hi Bianca,

Following up on your call about Mr. Pelletier (TKA yesterday). With a
POSS of 3 at 1300 and the gabapentin added this morning I agree we
shouldn't give the 10 mg oxycodone when it comes due at 1500.

I reached Dr. Marsh-Doyle's PA: she changed it to oxycodone 5 mg q4h
prn, kept the scheduled acetaminophen and the ice/CPM, and stopped the
gabapentin. Naloxone prn is on his MAR. Please re-check POSS an hour
after any opioid dose.

If he's still drowsy at 1600 let me know and I'll ask about a
capnography monitor.

Grace Liao, PharmD
Pharmacy - Surgical Services | x4293
"""))

add("pharm-nicotine-patch-lozenge", "phi",
    "borderline: pharmacist and nurse about one named patient's nicotine replacement; tobacco cessation is not among the restricted substance-use treatments, so phi.",
    RAMAN, [A("Ocampo, Leah", a("leah.ocampo"))], "RE: Esposito 5E-20 asking for lozenges", D(2026, 1, 27, 10, 3),
    T("""\
Leah,

Yes - for Mr. Esposito (2 packs/day) it's fine to add the 4 mg lozenge
q1-2h prn cravings on top of the 21 mg patch, max 20/day. I entered it,
you should see it after verification in a few minutes. Remind him
not to chew it like gum.

If he wants to keep going after discharge, the quitline referral is in
the discharge order set under "tobacco".

Priya

> Hi Priya, my pt in 20 says the patch isn't enough and he's been going
> outside to smoke with his IV. Can we give him something else?
> Leah
"""), reply=1)

add("ed-hcg-positive-ct-changed", "phi",
    "borderline: ED nurse to radiology about a named patient's positive pregnancy test changing her CT to ultrasound; pregnancy itself is not a restricted reproductive category.",
    A("Bishop, Carla", a("carla.bishop")), [A("CT Techs", a("ct.techs")), A("Ultrasound", a("ultrasound"))],
    "ED 14 Brooks - CT A/P cancelled, POC hCG positive, needs US instead", D(2026, 2, 6, 1, 33),
    T("""\
CT - please pull Leilani Brooks (ED 14) off your list, her POC urine
hCG came back positive. Dr. Fairweather cancelled the CT abd/pelvis and
ordered a RUQ + pelvic US instead (RLQ pain, r/o appy vs ectopic).

US - she's on your list now, quant hCG drawn 0125. She's stable, BP
118/72, but the pain is 8/10, so sooner is better.

Carla Bishop, RN
ED | x4010
"""), client="outlook")

add("um-auth-denial-peer-to-peer", "phi",
    "Case manager to the physician advisor about a payer's denial of a named member's inpatient stay, with member ID, diagnosis and peer-to-peer deadline.",
    LOMAX, [A("Physician Advisor", a("physician.advisor"))], "Bellhaven denial - Holt, Raymond - P2P by 3pm today", D(2026, 2, 20, 9, 42),
    T("""\
Dr. Ames,

Bellhaven Health Plan denied inpatient for Raymond Holt (member ID
BHP4402198, auth ref A2602-118844), admitted 2/18 for chest pain and
a-fib with RVR. Their reviewer says observation criteria only: trop
negative x2, rate controlled by day 2.

Our side: diltiazem drip > 24 h, TEE/DCCV 2/20, heparin bridge, age
78, CHF history. I think we have a good case for 2 midnights.

The peer-to-peer window closes at 3:00 pm today. Number is
(800) 555-0134, option 3, reference above. Notes attached in Corvane
under UM.

Keisha
x4388
"""))

add("pfs-colonoscopy-billing-dispute", "phi",
    "Patient financial services asks the GI nurse about a named patient's colonoscopy billed with polypectomy and her disputed balance and account number.",
    A("Patient Financial Services", a("pfs")), [A("GI Lab Nurses", a("gi.lab"))], "Account 70021984 - screening vs diagnostic colonoscopy question", D(2026, 3, 3, 11, 26),
    T("""\
Hi GI team,

We have a billing dispute on account 70021984 (Gloria Tan, DOS
02/11/2026). She was scheduled as a screening colonoscopy, but two
polyps were removed (snare polypectomy, CPT 45385) so the claim went
with a diagnostic modifier and her plan applied coinsurance. She owes
$412.60 and says nobody told her that could happen.

Can someone confirm whether the pre-procedure call documented that
conversation? If it did, we'll send her the explanation letter. If it
didn't, our manager may approve a courtesy adjustment.

Thanks,
Renata
Patient Financial Services, Customer Service | x4920
"""))

add("brookside-insulin-wrong-resident", "phi",
    "Nursing-home medication error report naming two residents: one given the other's insulin lispro, glucose 58, treatment and monitoring.",
    A("Ferris, Pauline", a("pauline.ferris", BROOK)), [A("Abernethy, Joan NP", a("joan.abernethy", BROOK)), A("Brookside Administrator", a("administrator", BROOK))],
    "Med error 1st floor - insulin given to wrong resident", D(2026, 4, 14, 19, 10),
    T("""\
Joan, Mark,

Reporting a med error from the 1630 pass on the 1st floor.

Mr. Vernon Bell (112A) was given lispro 10 units that was due for
Mr. Alvin Dorsey (113A). Nurse (agency, 2nd shift with us) pulled the
pen from the wrong bin. Mr. Bell is not on insulin.

1650 FSBS 142, 1720 FSBS 58 - orange juice and crackers, 1740 FSBS 96,
1830 114. He was alert the whole time. Joan gave phone orders for
FSBS q1h x4 then q2h overnight. Mr. Dorsey got his correct dose at 1705.

Both families called. State report not required (no harm beyond
monitoring), but I'll complete the internal report and we'll do the
insulin-pen storage change we talked about last month.

Pauline
"""))

add("dental-pano-radiolucency-referral", "phi",
    "Dentist's referral to an oral surgeon about a named patient's radiolucent jaw lesion on panoramic X-ray.",
    A("Kaur, Navdeep DMD", a("navdeep.kaur", COPPER)), [A("Ridgeline Oral Surgery", "referrals@ridgelineoms.example.com")],
    "Referral - Gabriel Ortiz - radiolucency #19 region", D(2026, 1, 20, 15, 2),
    T("""\
Dear Dr. Laurent,

I'm referring Gabriel Ortiz (DOB 11/05/1988) for evaluation of a
well-defined unilocular radiolucency, about 6 x 8 mm, at the apex of
#19, seen on today's panoramic image. #19 tests non-vital; he reports
intermittent swelling for a month. No paresthesia. I started him on
amoxicillin 500 mg TID and he's aware he may need an apicoectomy or
extraction with biopsy.

The pano and a PA are uploaded to your referral portal under his name.
Medical history: controlled asthma, no allergies.

Best regards,
Navdeep Kaur, DMD
Copperleaf Dental Group - Eastfield office
(802) 555-0194
"""), client="outlook")

add("homehealth-soc-visits-this-week", "phi",
    "Home health scheduler's start-of-care list naming patients with towns and diagnoses (CHF, diabetic foot ulcer, COPD, stroke).",
    A("Kestrel Scheduling", a("scheduling", KEST)), [A("Kestrel Field RNs", a("fieldrn", KEST))],
    "SOC visits wk of 3/23", D(2026, 3, 20, 16, 15),
    T("""\
Hi all, start-of-care visits for next week. Please confirm in the app
by Sunday night.

Mon 3/23
  Okonkwo, Emmanuel - Millbrook - CHF, new home O2, teaching - Rosa
  Pike, Judith - Eastfield - DM foot ulcer R heel, wound care 3x/wk - Dan
Tue 3/24
  Brandt, Otto - Ashford - COPD exac, neb teaching, fall risk - Rosa
  Salcedo, Maria - Eastfield - L CVA, PT/OT/SLP, Spanish - Ines
Wed 3/25
  Nakamura, George - Millbrook - post-op CABG, sternal precautions - Dan
Thu 3/26
  Dabrowski, Piotr - recert, wound vac - Rosa

Reminder: OASIS within 5 days of SOC. Mileage sheets due Friday.

Kestrel Home Health scheduling
(802) 555-0164
"""))

add("interpreter-request-consent-colonoscopy", "phi",
    "Interpreter request for a named patient's consent for colonoscopy with a GI appointment time and history of anaemia.",
    A("Language Services", a("language.services")), [A("Endoscopy Scheduling", a("endo.scheduling"))],
    "Spanish interpreter confirmed - Tomas Ramirez, Endo 2, 3/31 0930", D(2026, 3, 27, 13, 4),
    T("""\
Confirmed: in-person Spanish interpreter (Alba Quiroga) for Tomas
Ramirez, MRN 3192266, arrival 0900 for 0930 colonoscopy in Endo 2
(iron-deficiency anemia workup). She'll do the consent conversation and
stay through recovery discharge instructions.

If the case moves, call x4240 - we need 24h notice to reassign.

Language Services | x4240
"""), client="outlook")

add("ssi-review-sternal-wound-mssa", "phi",
    "Surgical site infection review naming a patient with MRN after CABG with a sternal wound culture positive for MSSA.",
    BRIGHTWELL, [A("Cardiac Surgery QI", a("cardiacsurgery.qi"))], "SSI review - Kimball, Ruth Ann - meets NHSN deep incisional", D(2026, 3, 9, 14, 0),
    T("""\
Hi Dr. Varga and team,

Case for Thursday's SSI review:

Ruth Ann Kimball, MRN 1027750, CABG x3 on 2/20/2026. Readmitted 3/6
with sternal wound drainage and fever 38.4. Wound culture MSSA, blood
cultures negative. CT: fluid collection anterior to sternum, no
osteomyelitis. Taken back for I&D 3/7, now on cefazolin.

She meets NHSN criteria for a deep incisional SSI (within 90 days,
organism identified, surgeon opened). Things I'd like us to review:
pre-op CHG bathing documented once instead of twice, and the cefazolin
re-dose at 4 hours was given at 4 h 40 min.

Hannah
"""))

add("wound-team-stage3-sacral-micu", "phi",
    "Wound nurse consult note about a named MICU patient with a stage 3 sacral pressure injury, treatment and turning schedule.",
    A("Ibsen, Karla", a("karla.ibsen")), [A("MICU Charge", a("micu.charge"))], "MICU-4 Gunnarsson - sacral PI now stage 3", D(2026, 2, 13, 12, 37),
    alt("""\
Hi MICU,

Saw Mr. Gunnarsson in MICU-4 today. The sacral DTI from last week has
evolved to a stage 3: 4.0 x 3.2 cm, 0.3 cm deep, 80% yellow slough,
moderate serous drainage, no odor. Photos are in the media tab.

Plan:
- low air loss mattress ordered (should arrive by 1500)
- cleanse with saline, calcium alginate to the base, silicone foam
  border, change daily and prn
- turn q2h with the wedge, keep HOB at or below 30 unless he's on the
  vent protocol that needs it higher
- dietitian consulted for protein

This will be reported as a hospital-acquired PI; please put in the
SafeReport if it isn't already in.

Karla Ibsen, BSN, RN, CWOCN
Wound & Ostomy | x4177
"""))

add("bloodbank-anti-kell-units-or", "phi",
    "Blood bank to the OR about a named patient's anti-Kell antibody and antigen-negative crossmatched units for surgery.",
    A("Blood Bank", a("bloodbank")), [A("OR Charge", a("or.charge")), A("Anesthesia Schedulers", a("anesthesia.sched"))],
    "Ortega, Lydia - anti-K, 2 units K-neg crossmatched for 1000 case", D(2026, 3, 25, 7, 5),
    T("""\
OR / Anesthesia,

Lydia Ortega (MRN 2840071), Rm 4 at 1000 (hysterectomy for fibroids):
her antibody screen is positive, identified as anti-K (Kell). We have
2 units of K-negative, crossmatch-compatible RBCs ready. If more are
needed, the next K-neg units come from the blood supplier and take
about 3 hours, so please call early if bleeding is expected.

Sample good until 3/27 2359.

Blood Bank | x4715
"""))

add("rad-critical-pe-called", "phi",
    "Radiology's critical result notice for a named patient: CT angiogram shows a segmental pulmonary embolism, called to the physician.",
    A("Radiology Critical Results", a("rad.critical")), [NWOSU], "Critical result communicated: CTA chest - PERRIN, DENISE", D(2026, 1, 9, 14, 16),
    T("""\
CRITICAL RESULT COMMUNICATION RECORD

Patient: PERRIN, DENISE   MRN 2371195   Loc 4W-07
Exam: CT angiography chest, 01/09/2026 13:38
Finding: acute segmental and subsegmental pulmonary emboli, right lower
lobe. RV/LV ratio 0.9, no CT signs of right heart strain.
Radiologist: Hoang, Minh MD
Communicated to: Nwosu, Adaeze MD by telephone 14:12, read back
confirmed

This record is filed in the patient's chart.
Alderbrook Imaging | x4500
"""), client="system")

add("curbside-cardiology-af-rvr", "phi",
    "Hospitalist asks cardiology to see a named patient with new atrial fibrillation with RVR on a diltiazem drip.",
    NWOSU, [A("Lindqvist-Park, Erik MD", a("erik.lindqvistpark"))], "Can you see Fenwick 5E-08 today?", D(2026, 2, 4, 11, 52),
    T("""\
Erik,

Could you see Mr. Fenwick in 5E-08 today? 71M admitted with pneumonia,
went into new AF with RVR overnight, 130s, on a dilt gtt at 10 mg/h
and still 110-120. BP fine. TSH pending, K 4.1, Mg 2.0, echo ordered.
CHA2DS2-VASc 4 and I'd like your opinion on starting anticoagulation
with his GI bleed in 2023.

Consult order is in. Thanks!

Adaeze
pager 3340
"""), client="outlook")

add("patient-relations-grievance-pain", "phi",
    "Patient relations forwards a daughter's grievance about her named father's untreated pain after knee surgery.",
    A("Patient Relations", a("patient.relations")), [A("Tanaka, Joy", a("joy.tanaka"))], "Grievance G-26-0142 - 4W - pain management", D(2026, 4, 6, 10, 30),
    T("""\
Hi Joy,

We received a written grievance about care on 4 West. Details below;
please review with the staff involved and send me your findings by
4/13 so we can answer within the 7-day window.

Grievance: G-26-0142
Patient: Roger Pelletier, MRN 1209836, 4W-20, 4/2-4/5
Complainant: Denise Pelletier (daughter)

Summary: Ms. Pelletier writes that after her father's knee replacement
his pain was "ignored" on the night of 4/3, that he waited over an hour
after calling for his pain medication, and that a nurse told him he
"had already had enough". She is also upset that no one explained why
his oxycodone dose was lowered.

Patient Relations | x4990
"""))

add("dietitian-pn-recommendation-micu", "phi",
    "Dietitian's recommendation for parenteral nutrition for a named MICU patient NPO after laparotomy with low prealbumin.",
    A("Marchetti, Sofia RD", a("sofia.marchetti")), [A("MICU Team B", a("micu.teamb"))], "PN recommendation - Kowalczyk, Janina (MICU-2)", D(2026, 2, 12, 13, 8),
    T("""\
Team B,

Mrs. Kowalczyk (MICU-2) is NPO day 6 after ex-lap with SBR, prolonged
ileus, NG to LIWS with ~1.2 L/day output. Prealbumin 9, wt 61 kg (was
67 in January). Not expected to take enteral for at least another 5-7
days per surgery.

Recommend starting PN via her PICC:
- goal 1650 kcal, 90 g protein (1.5 g/kg)
- day 1 dextrose 150 g, then advance; lipids 250 mL 20% 3x/week
- check phos, K, Mg daily x3 - she's at refeeding risk
- thiamine 100 mg daily x5 days before/with start

Order has to be in by 1300 for tonight's bag. I can enter it as a
suggestion if you'd like.

Sofia Marchetti, MS, RD, CNSC
Clinical Nutrition | x4260
"""))

add("rt-sbt-passed-extubate", "phi",
    "Respiratory therapist's update on a named MICU patient's spontaneous breathing trial and planned extubation.",
    A("Obi, Chinedu RRT", a("chinedu.obi")), [A("MICU Team A", a("micu.teama"))], "MICU-5 Iversen passed SBT", D(2026, 2, 12, 8, 40),
    T("""\
FYI team A - Mr. Iversen in 5 passed his 30-min SBT on PS 5/PEEP 5:
RR 22, VT 410, RSBI 54, SpO2 96% on 35%, no distress. Cuff leak
present. Sedation off since 0500, he's following commands.

Ready to extubate after rounds if you agree. I'll have HFNC 40 L/40%
at bedside.

Chinedu Obi, RRT
Respiratory Therapy | Vocera "RT MICU"
"""), client="iphone")

add("rehab-daily-list-precautions", "phi",
    "Rehab scheduler's daily PT/OT list naming patients by room with surgeries and precautions.",
    A("Rehab Scheduling", a("rehab.scheduling")), [A("Inpatient PT/OT", a("inpt.rehab"))], "PT/OT list Fri 4/3", D(2026, 4, 3, 7, 2),
    T("""\
Good morning - today's list, priorities first.

PRIORITY (dc today)
4W-20 Pelletier - L TKA POD1, WBAT, CPM 0-60, eval PT + OT
4W-12 Halvorsen - s/p lap chole, stair training, dc 1200
5E-03 Garrison - CHF, walk test on RA for home O2 qual

ROUTINE
4W-02 Abrahamsen - deconditioning, fall risk, gait belt
4W-16 Szabo - contact-enteric, CAP, ambulate
5E-14 Pruitt - tele, post-TAVR day 2, sternal precautions N/A
MICU-5 Iversen - extubated yesterday, early mobility, RN to assist
5E-19 Dorsey - L CVA, OT for ADLs, SLP to see for swallow first

Holds: 4W-07 Perrin (new PE, bedrest until cleared by team).

Rehab front desk x4330
"""))

add("lab-near-miss-mislabelled-cultures", "phi",
    "Lab's near-miss report naming two patients whose blood culture labels were swapped, with specimen details.",
    A("Lab Quality", a("lab.quality")), [A("Tanaka, Joy", a("joy.tanaka")), A("Lusk, Adrienne", a("adrienne.lusk"))],
    "Near miss - blood culture labels swapped, 4W-10 and 4W-11", D(2026, 2, 21, 9, 55),
    T("""\
Joy, Adrienne,

Near miss caught at accessioning at 0612 today:

Two sets of blood cultures arrived together from 4 West. The set
labelled for Raymond Holt (4W-11, MRN 2047718) had a collection time
3 minutes before the set for Mateo Nunez (4W-10, MRN 3360154), but the
phlebotomy handheld shows Nunez was scanned first and both labels were
printed at Holt's bedside. Both sets were rejected and recollected at
0700. Mr. Nunez is the one with the fever and line concern; his
antibiotics were held until the new cultures were drawn (delay ~45 min).

SafeReport PSR-26-01261 is in. Phlebotomist has been spoken to.

Marguerite Ames
Laboratory Quality | x4705
"""))

add("chaplain-comfort-care-sacrament", "phi",
    "Chaplain request for a named patient transitioning to comfort care on 5 East, with the family's request.",
    A("Spiritual Care On Call", a("spiritualcare")), [A("Brennan-Hale, Fr. Thomas", a("thomas.brennanhale"))], "Sacrament request 5E-02 - Lindgren, Edgar (comfort care)", D(2026, 3, 11, 20, 14),
    T("""\
Father Tom,

The family of Edgar Lindgren in 5E-02 is asking for anointing tonight
if at all possible. He was made comfort care at 1800 after the family
meeting (end-stage heart failure, declined further dialysis). The nurse
thinks it may be hours to a day. His wife Margit and two sons are at
the bedside. They are parishioners at St. Brendan's.

The unit number is x4521. Please let me know if you can't come and I'll
call the parish.

Hal Greene
Chaplain, evening on-call | pager 3390
"""))

add("secure-tag-him-gateway-test", "phi",
    "borderline: a [secure]-tagged test send with no patient content (marked-secure-test-no-content); a message the sender marks is labelled at least phi.",
    A("HIM Release of Information", a("him.roi")), [A("Brookside Medical Records", a("records", BROOK))],
    "[secure] test from Alderbrook HIM - please confirm you can open", D(2026, 1, 6, 10, 0),
    T("""\
Hi Carol,

This is a test of the new encryption gateway before we start sending
records to you this way next week. Nothing confidential in this one.
Please reply and let me know (1) whether you got a "secure message"
notice or the plain message, and (2) whether you could open it without
creating an account.

Thanks,
Dawn Reilly, RHIT
HIM - Release of Information | x4820 | fax (802) 555-0179
"""), extra=["X-Sensitivity: Private"])

add("scan-filename-only-echo-ef", "phi",
    "borderline: scanner e-mail whose body and PDF text carry nothing; the patient's name, DOB and echo result are only in the attachment's file name.",
    A("4W-MFP-02 Scanner", a("scan-4w-mfp02")), [WHITLOCK], "Scanned document from 4W-MFP-02", D(2026, 3, 13, 12, 7),
    mixed(T("""\
Please open the attached document.

Number of pages: 1
Resolution: 300 dpi
Device: 4W-MFP-02 (4 West nurses' station)
"""), att_pdf("Albescu_Mihai_DOB1949-10-30_TTE_EF30_outside_echo.pdf", [
        "",
        "Scanned image - page 1 of 1",
    ], title="", producer="MFP Scan to Email 3.1")), client="system")

# ----------------------------------------------------- phi, not English --
add("relevo-turno-planta3-medicina", "phi",
    "Spanish shift handoff naming inpatients by room with heart failure, pneumonia, insulin, anticoagulation and a pending transfusion.",
    A("Supervisión de Enfermería - Planta 3", "supervision.p3@hustelmo.es.test"),
    [A("Enfermería Planta 3", "enfermeria.p3@hustelmo.es.test")],
    "Relevo de turno noche -> mañana, Planta 3ª Medicina Interna (18/02)", D(2026, 2, 18, 7, 41, tz="eu"),
    T("""\
Buenos días, compañeras:

Os dejo el relevo por escrito porque el parte de las 8:00 se va a
quedar corto hoy.

Hab. 312-A - Manuel Cordero Ruiz, 78 a. IC descompensada. Furosemida
40 mg iv cada 12 h, balance de la noche -900 ml. K 3,3 en la analítica
de las 6:00: pautado ClK oral, pendiente de control a las 14:00.

Hab. 312-B - Antonio Salinas Vega, 81 a. Neumonía basal derecha, día 4
de amoxicilina-clavulánico. Gafas nasales a 2 lpm, SatO2 94 %. Muy
desorientado de madrugada, se ha arrancado la vía a las 3:30; nueva vía
en MSI.

Hab. 315-B - Pilar Arjona Méndez, 69 a. Diabética tipo 2 con glucemias
de 280-300 toda la noche; el médico de guardia ha subido la insulina
glargina a 24 UI. Mirad bien las glucemias capilares antes de comida.

Hab. 317 - Rosario Quintana Gil, 88 a. Hb 6,9: hay 2 concentrados de
hematíes pedidos al banco de sangre, el primero para las 9:00. Firmado
el consentimiento por la hija.

Hab. 320 - Sin incidencias. Alta probable hoy (Sr. Benítez).

Un saludo,
Marta Escudero
Supervisora de noche, Planta 3ª - ext. 4412
""", cs="utf-8", cte="quoted-printable"), lang="es", client="outlook")

add("promotora-glucosa-insulina-sin-recoger", "phi",
    "Spanish note from a community health worker about a named patient with DOB: home glucose 310, insulin not picked up, visit with her doctor.",
    A("Ana Villalobos", a("ana.villalobos", EAST)), [A("Marisol Peña", a("marisol.pena", EAST), "windows-1252", "Q")],
    "Sra. Olmedo - glucosa alta y la insulina sin recoger", D(2026, 2, 19, 15, 37),
    T("""\
Marisol:

Hoy hablé por teléfono con la Sra. Beatriz Olmedo (fecha de nacimiento
03/07/1959) por la lista de la semana. Me dice que en casa se ha medido
la glucosa en ayunas entre 280 y 310 toda la semana. No ha recogido la
insulina glargina en la farmacia de la calle Canal porque le cobraban
45 dólares y no le alcanzaba hasta el día 1.

Le expliqué que podemos ver lo del programa de descuento. Tiene cita
con el Dr. Hartigan el jueves 26 a las 10:30; le recordé que traiga el
glucómetro y todas las cajas de las pastillas (metformina y la de la
presión).

¿Puedes pedirle a farmacia que llame a la paciente? Su número está en
la ficha. Ella prefiere que la llamen después de las 4.

Gracias,
Ana
Promotora de salud, Eastfield CHC
(802) 555-0125
""", cs="windows-1252", cte="8bit"), lang="es", client="outlook")

add("transmissions-cardio-lits-12-14", "phi",
    "French nursing handoff on a cardiology unit naming patients by bed with pulmonary oedema, furosemide, a radial puncture site and potassium.",
    A("Hélène Marchal", "helene.marchal@ch-valmont.fr.test", "iso-8859-1", "Q"),
    [A("IDE Cardiologie", "ide.cardio@ch-valmont.fr.test")],
    "Transmissions de nuit - cardiologie lits 10 à 16", D(2026, 1, 15, 6, 55, tz="eu"),
    T("""\
Bonjour à toutes et à tous,

Transmissions écrites de la nuit (le logiciel était lent, je préfère
doubler par mail) :

Lit 10 - Mme Odette Lemaire, 84 ans : RAS, dort bien. Sortie prévue
demain vers l'EHPAD des Tilleuls, ambulance à réserver ce matin.

Lit 12 - M. Gérard Fontaine, 76 ans : entré à 23 h par les urgences
pour OAP sur FA rapide. Lasilix 80 mg IV à 23 h 30 puis 40 mg à 5 h,
diurèse 1 600 ml. Sous O2 3 l/min, SpO2 95 %. Kaliémie à 3,2 ce matin,
diffusion de KCl en cours (prescription de l'interne). ETT demandée.

Lit 14 - Mme Colette Brunet, 71 ans : coronarographie hier par voie
radiale droite, stent sur l'IVA. Bracelet de compression retiré à
22 h, pas d'hématome. Kardégic + ticagrélor à donner à 8 h.

Lit 16 - M. Yves Perrot : douleur thoracique à 3 h, ECG fait (pas de
modification selon le Dr Kessler), troponine de contrôle à 9 h.

Bonne journée,
Hélène, IDE de nuit - poste 4471
""", cs="iso-8859-1", cte="quoted-printable"), lang="fr", client="thunderbird")

add("verlegungsanfrage-its-nach-4b", "phi",
    "German ICU-to-ward transfer request for a named patient with date of birth after NSTEMI and PCI, with medications and a pending echocardiogram.",
    A("Dr. Jana Wittkamp", "jana.wittkamp@klinikum-nordheide.de.test", "iso-8859-1", "Q"),
    [A("Station 4B Kardiologie", "station4b@klinikum-nordheide.de.test")],
    "Verlegungsanfrage ITS -> 4B: Herr Ebersbach", D(2026, 2, 12, 9, 20, tz="eu"),
    T("""\
Liebe Kolleginnen und Kollegen der 4B,

wir würden heute gern folgenden Patienten zu Ihnen verlegen:

Herr Klaus Ebersbach, geb. 14.03.1947, Fallnummer 26004471
Diagnose: NSTEMI, Z. n. PCI mit DES-Implantation RIVA am 10.02.2026
Verlauf: kreislaufstabil ohne Katecholamine seit gestern Mittag,
keine Rhythmusstörungen im Monitoring seit 36 h. Troponin rückläufig.
Medikation: ASS 100 mg, Ticagrelor 2 x 90 mg, Bisoprolol 2,5 mg,
Ramipril 2,5 mg, Atorvastatin 80 mg, Pantoprazol 40 mg.
Offen: TTE (angemeldet für morgen), Kalium-Kontrolle heute 16 Uhr.
Mobilisation: mit Hilfe bis zum Waschbecken.
Isolation: keine, MRSA-Screening negativ.

Wenn das Bett bis 13 Uhr frei ist, bringen wir ihn mit Monitor. Bitte
kurz Rückmeldung an die ITS, Durchwahl -2240.

Viele Grüße
Jana Wittkamp
Assistenzärztin, Interdisziplinäre Intensivstation
""", cs="iso-8859-1", cte="8bit"), lang="de", client="outlook",
    cc=[A("Bettenmanagement", "bettenmanagement@klinikum-nordheide.de.test")])

add("consegne-ps-trasferimento-medicina", "phi",
    "Italian emergency-department handover naming a patient with hip fracture, anticoagulant, pain therapy and transfer to orthopaedics.",
    A("Infermieri Pronto Soccorso", "ps.infermieri@ospedale-borgoverde.it.test"),
    [A("Coordinatrice Ortopedia", "coord.ortopedia@ospedale-borgoverde.it.test")],
    "Trasferimento da PS: sig.ra Fumagalli, frattura femore", D(2026, 3, 5, 14, 10, tz="eu"),
    T("""\
Buongiorno Giulia,

ti anticipo le consegne per la paziente che vi mandiamo appena si
libera il letto 8:

Sig.ra Graziella Fumagalli, 84 anni, nata il 22/09/1941
Caduta a domicilio stamattina, frattura pertrocanterica del femore
destro (Rx alle 9:40). Ortopedico di guardia: dott. Ferrante, vuole
operarla entro 48 ore.
Terapia domiciliare: apixaban 2,5 mg x 2 (ultima dose ieri sera alle
21), bisoprololo, levotiroxina.
In PS: paracetamolo 1 g ev alle 10:15, morfina 2 mg ev alle 12:00,
trazione cutanea, catetere vescicale posizionato alle 11:30.
Esami: Hb 11,2, creatinina 1,1, INR 1,3. ECG: ritmo sinusale.
Digiuna dalle 8. Vigile, un po' disorientata nel pomeriggio.

Il figlio (Carlo) è in sala d'attesa e ha con sé le dimissioni
precedenti.

Grazie,
Stefania R., infermiera PS - int. 3315
""", cs="windows-1252", cte="quoted-printable"), lang="it", client="outlook")

add("solicitacao-vaga-uti-choque-septico", "phi",
    "Portuguese ICU bed request for a named patient with record number in septic shock on noradrenaline.",
    A("Regulação de Leitos - PS", "regulacao.ps@hsantaclara.com.br.test"),
    [A("UTI Adulto - Coordenação", "uti.coord@hsantaclara.com.br.test")],
    "Solicitação de vaga UTI - José Aparecido Lima (PS box 6)", D(2026, 2, 3, 23, 5, tz="-0300"),
    T("""\
Prezados,

Solicito vaga de UTI com urgência para o paciente abaixo:

Paciente: José Aparecido Lima, 67 anos
Prontuário: 4451289
Local atual: Pronto-Socorro, box 6
Diagnóstico: choque séptico de foco urinário (pielonefrite à direita,
cálculo obstrutivo na TC)
Conduta: ceftriaxona 2 g, 30 ml/kg de cristaloide, noradrenalina
0,3 mcg/kg/min em acesso central (jugular direita), lactato 5,2.
Urologia avaliou: nefrostomia programada para hoje à noite.
Comorbidades: DM2, HAS, DRC estágio 3.
Isolamento: não.

Família ciente da gravidade. Aguardamos retorno pelo ramal 2210.

Enf. Cláudia Moura
Regulação de Leitos - Pronto-Socorro
""", cs="iso-8859-1", cte="quoted-printable"), lang="pt", client="outlook")

add("peredacha-smeny-kardiologiya", "phi",
    "Russian nursing shift handoff in cardiology naming patients by ward with acute coronary syndrome, heparin, a pacemaker and a fall.",
    A("Старшая медсестра кардиологии", "kardio.sestra@gkb12.ru.test", "windows-1251", "B"),
    [A("Медсёстры кардиологии", "kardio.post@gkb12.ru.test", "windows-1251", "B")],
    "Передача смены 11.03, кардиология (палаты 3-8)", D(2026, 3, 11, 8, 5, tz="+0300"),
    T("""\
Коллеги, доброе утро.

Передача смены в письменном виде, дополнительно к журналу.

Палата 3. Смирнова Галина Петровна, 72 г. ОКС без подъёма ST,
гепарин в/в через инфузомат, АЧТВ в 6:00 - 68 сек, скорость не
меняли. Коронарография запланирована на 11:00, с утра не кормить.

Палата 4. Федоров Николай Ильич, 80 л. Вчера имплантирован ЭКС,
повязка сухая, левую руку не поднимать. Контроль ЭКГ утром сделан.

Палата 6. Абрамова Лидия Семёновна, 77 л. Ночью упала у кровати в
2:40, ушиб правого плеча, рентген без перелома. Дежурный врач
осмотрел, родственникам сообщили. Оформлен акт о падении.

Палата 8. Гусейнов Рустам, 58 л. Гипертонический криз, АД ночью до
210/115, получил каптоприл, к утру 150/90.

С уважением,
Ирина Волкова, старшая медсестра
внутр. 4418
""", cs="windows-1251", cte="base64"), lang="ru", client="outlook")

add("zapyt-perevedennia-insult", "phi",
    "Ukrainian request to transfer a named patient with year of birth after an ischaemic stroke with thrombolysis to the stroke unit.",
    A("Приймальне відділення", "pryimalne@likarnia3.ua.test", "windows-1251", "B"),
    [A("Інсультний блок", "insult@likarnia3.ua.test", "windows-1251", "B")],
    "Запит на переведення: Ковальчук А. М.", D(2026, 1, 26, 19, 40, tz="+0200"),
    T("""\
Доброго вечора, колеги!

Просимо прийняти до інсультного блоку пацієнта:

Ковальчук Андрій Миколайович, 1961 р. н., історія хвороби № 1187
Діагноз: гостре порушення мозкового кровообігу за ішемічним типом у
басейні лівої СМА. Початок симптомів о 16:50 (правобічний геміпарез,
моторна афазія). КТ о 17:40 - без крововиливу.
Тромболізис альтеплазою розпочато о 18:05, завершено о 19:05.
АТ після тромболізису 165/90, NIHSS 9 (був 14).
Супутні: фібриляція передсердь, цукровий діабет 2 типу.

Дружина пацієнта поруч, контактний телефон є в картці.

Чергова лікарка приймального відділення
Оксана Гнатюк, внутр. 215
""", cs="windows-1251", cte="quoted-printable"), lang="uk", client="thunderbird")

add("zgloszenie-upadek-pacjentki-sala-214", "phi",
    "Polish adverse-event report naming a patient with a fall, a wrist fracture on X-ray, anticoagulation and immobilisation.",
    A("Oddziałowa Chirurgii", "oddzialowa.chirurgia@szpital-zalesie.pl.test", "iso-8859-2", "Q"),
    [A("Pełnomocnik ds. Jakości", "jakosc@szpital-zalesie.pl.test", "iso-8859-2", "Q")],
    "Zgłoszenie zdarzenia niepożądanego - upadek, sala 214", D(2026, 3, 2, 10, 12, tz="eu"),
    T("""\
Dzień dobry,

przesyłam zgłoszenie zdarzenia niepożądanego z nocy 1/2 marca.

Pacjentka: Halina Wróbel, lat 79, nr historii choroby 26/01833
Oddział Chirurgii Ogólnej, sala 214, łóżko 2
Data i godz.: 02.03.2026, ok. 3:15
Opis: pacjentka w 2. dobie po cholecystektomii laparoskopowej wstała
sama do toalety, poślizgnęła się i upadła na prawą rękę. Pielęgniarka
dyżurna znalazła ją przy łóżku. Lekarz dyżurny zbadał pacjentkę,
RTG: złamanie dalszej nasady kości promieniowej prawej. Unieruchomienie
w szynie gipsowej, konsultacja ortopedyczna dziś rano.
Pacjentka przyjmuje enoksaparynę 40 mg s.c. - bez cech krwawienia.
Rodzina (córka) poinformowana o 7:30.

Działania: ocena ryzyka upadku powtórzona (wynik wysoki), łóżko
obniżone, dzwonek w zasięgu ręki.

Z poważaniem
Beata Kamińska, pielęgniarka oddziałowa
tel. wewn. 314
""", cs="iso-8859-2", cte="quoted-printable"), lang="pl", client="outlook")

add("xinneike-jiaoban-3chuang", "phi",
    "Chinese (GB2312) cardiology handoff naming patients by bed with myocardial infarction after PCI, heart failure and a potassium value.",
    A("心内科护士站", "xnk.hushi@qinglan3h.cn.test", "gb2312", "B"),
    [A("心内科全体护士", "xnk.all@qinglan3h.cn.test", "gb2312", "B")],
    "心内科夜班交班记录 4月8日", D(2026, 4, 8, 7, 50, tz="+0800"),
    T("""\
各位同事早上好，夜班交班如下：

3床 王建国，男，68岁，急性前壁心肌梗死，PCI术后第2天。夜间生命体征
平稳，心率72次/分，血压118/70。右桡动脉穿刺处无渗血。今日继续阿司匹林
加替格瑞洛，8点抽血复查肌钙蛋白。

7床 刘美华，女，75岁，慢性心力衰竭急性加重。夜间呋塞米20mg静推一次，
尿量1200ml。今晨血钾3.3，已遵医嘱口服补钾，中午复查。

11床 陈志强，男，59岁，高血压急症，凌晨2点血压一度达到205/118，
硝普钠泵入后降至160/95，请白班继续监测。

12床 新入院，待主管医生查看。

交班人：赵丽 护士
分机 6218
""", cs="gb2312", cte="base64"), lang="zh", client="outlook")

add("huizhen-guke-12b-hip-fracture", "phi",
    "Traditional Chinese (Big5) orthopaedic consult request naming a patient with chart number, hip fracture and anticoagulant.",
    A("內科病房 7A 護理站", "ward7a@songjian-hosp.tw.test", "big5", "B"),
    [A("骨科總醫師", "ortho.cr@songjian-hosp.tw.test", "big5", "B")],
    "骨科會診 - 7A病房12B床 林秀英", D(2026, 1, 19, 10, 25, tz="+0800"),
    T("""\
骨科總醫師您好：

7A病房12B床 林秀英女士，79歲，病歷號碼 00817362，
今天清晨於病房浴室跌倒，右髖疼痛無法站立，X光顯示右側股骨頸骨折。

病史：心房顫動，長期服用抗凝血劑（最後一次服藥為昨晚九點），
高血壓、第二型糖尿病。
目前已給予止痛藥，生命徵象穩定，禁食中。

主治醫師已開立會診單，麻煩今天上午前來評估手術時機。
家屬（女兒）已告知，下午兩點會到院。

謝謝！
7A病房 護理師 張雅婷
分機 7312
""", cs="big5", cte="base64"), lang="zh", client="outlook")

add("taiin-chousei-512-sato", "phi",
    "Japanese (Shift_JIS) discharge-planning request from a ward nurse to the social worker about a named patient after hip fracture surgery.",
    A("5階東病棟 看護師 山本", "5e.ns@kitahama-hp.jp.test", "shift_jis", "B"),
    [A("地域連携室 MSW", "msw@kitahama-hp.jp.test", "shift_jis", "B")],
    "退院調整のご依頼（512号室 佐藤様）", D(2026, 2, 25, 16, 40, tz="+0900"),
    T("""\
地域連携室 MSW 各位

お疲れ様です。5階東病棟の山本です。
下記の患者様の退院調整をお願いいたします。

患者：佐藤 和子 様（82歳・女性）512号室
ID：0048213
診断：右大腿骨頸部骨折（2月16日 人工骨頭置換術）
現在の状況：リハビリで歩行器歩行20m程度、トイレは見守りで可能。
創部は問題なし。抗凝固薬は術後中止のまま、整形外科の指示待ちです。
独居で、長男様は県外在住。ご本人は自宅退院を強く希望されています。
介護保険は未申請です。

3月上旬に退院の方向で、主治医の小林先生より了承を得ています。
回復期リハビリ病院への転院も含め、ご相談させてください。

5階東病棟 山本 美咲（内線 5210）
""", cs="shift_jis", cte="base64"), lang="ja", client="outlook")

add("jeondong-yocheong-icu-pneumonia", "phi",
    "Korean (EUC-KR) ward-to-ICU transfer request for a named patient with registration number, pneumonia and falling oxygen saturation.",
    A("71병동 간호사실", "ward71@hanbit-hosp.kr.test", "euc-kr", "B"),
    [A("내과계 중환자실", "micu@hanbit-hosp.kr.test", "euc-kr", "B")],
    "중환자실 전동 요청 - 김영수 님 (71병동 7105호)", D(2026, 1, 8, 2, 15, tz="+0900"),
    T("""\
중환자실 선생님들께,

71병동입니다. 아래 환자 전동 요청드립니다.

환자명: 김영수 (남/74세), 등록번호 20418836
진단: 지역사회획득 폐렴, 패혈증 의증
경과: 01:00부터 산소포화도 88% (비강캐뉼라 5L), 호흡수 30회,
고유량 비강캐뉼라 50L/60%로 변경 후 92%. 혈압 92/54.
혈액배양 2회 시행, 항생제(피페라실린/타조박탐) 투여 중.
주치의: 호흡기내과 박정민 교수님, 전동 승인 받았습니다.
보호자(아들)에게 설명 완료.

침대 준비되면 연락 부탁드립니다. 내선 7105.

71병동 야간 책임간호사 이수진 드림
""", cs="euc-kr", cte="base64"), lang="ko", client="outlook")

add("ban-giao-ca-giuong-7-loet-ban-chan", "phi",
    "Vietnamese nursing handoff naming patients by bed with a diabetic foot ulcer, insulin, antibiotics and a post-operative patient.",
    A("Điều dưỡng trưởng khoa Nội", "dieuduong.noi@hoaan-hospital.vn.test"),
    [A("Điều dưỡng khoa Nội", "khoanoi@hoaan-hospital.vn.test")],
    "Bàn giao ca đêm 14/3 - khoa Nội tổng hợp", D(2026, 3, 14, 6, 45, tz="+0700"),
    T("""\
Chào các bạn,

Bàn giao ca đêm, các bạn ca sáng lưu ý:

Giường 7 - bà Nguyễn Thị Lan, 70 tuổi, đái tháo đường type 2, loét bàn
chân phải. Đường huyết lúc 5 giờ: 14,2 mmol/L, đã tiêm insulin theo y
lệnh. Thay băng vết loét lúc 6 giờ, dịch ít, chưa có mùi. Kháng sinh
ceftriaxone lúc 8 giờ.

Giường 9 - ông Trần Văn Hùng, 66 tuổi, COPD đợt cấp, thở oxy 2 lít/phút,
SpO2 93%. Đêm qua khó thở lúc 2 giờ, đã cho khí dung theo y lệnh bác sĩ
trực.

Giường 12 - ông Lê Minh Phúc, 58 tuổi, sau mổ cắt ruột thừa ngày 2,
chuyển từ khoa Ngoại lúc 22 giờ. Vết mổ khô, đau ít, đã trung tiện.

Các giường còn lại ổn định.

Phạm Thu Hà
Điều dưỡng trưởng ca đêm - máy lẻ 312
""", cs="utf-8", cte="base64"), lang="vi", client="gmail")

# ------------------------------------------------------------ restricted --
ACHTERBERG = A("Achterberg, Miriam MD", a("miriam.achterberg"))
KASPRZAK = A("Kasprzak, Theo", a("theo.kasprzak"))
NORTH3 = A("3 North Charge", a("3north.charge"))
HADDAD = A("Haddad, Nadia NP", a("nadia.haddad"))
TSOSIE = A("Tsosie, Wendy MS CGC", a("wendy.tsosie"))
CULHANE = A("Culhane, Bridget RN", a("bridget.culhane", FERN))

add("ed-psych-hold-boarding-3north", "restricted",
    "ED to inpatient psychiatry about a named patient with MRN on an emergency hold for suicidal ideation with a plan, boarding with a 1:1 sitter.",
    A("ED Charge", a("ed.charge")), [NORTH3, A("Psychiatric Access Center", a("psych.access"))],
    "Emergency hold - Pennock, Darius (ED 31) - needs 3N bed", D(2026, 3, 8, 9, 12),
    T("""\
3 North / Access,

Requesting an inpatient bed for:

Pennock, Darius  MRN 3526610  27M
On emergency psychiatric hold since 0210 (EPH signed by Dr.
Fairweather, expires 0210 on 3/11). Brought in by police after telling
his roommate he was going to hang himself; rope found in his car.
BAL 0.18 on arrival, now 0.02 and calm, but still endorses SI with plan
to tele-psych (Dr. Achterberg) this morning. She accepted him for 3N.
Medically cleared: CBC, CMP, APAP/ASA neg, UDS + cannabis only.
1:1 sitter in room 31, belongings secured, paper scrubs.
No violence in the ED. Allergic to haloperidol (dystonia).

He's been in the ED for 7 hours. Please let us know as soon as a bed
opens.

Chris Darrow, RN | ED Charge | x4012
"""), cat="mental health", cc=[ACHTERBERG])

add("3north-evening-handoff-q15", "restricted",
    "Inpatient psychiatry handoff naming patients by room with bipolar mania and lithium level, schizophrenia on clozapine, depression with ECT and observation levels.",
    KASPRZAK, [NORTH3], "3N evening -> nights", D(2026, 3, 20, 22, 48),
    T("""\
Census 18, 2 open beds (306B, 314A). Quiet milieu after 2000.

301 Hollander - bipolar I, manic. Slept 3h last night. Lithium level
   this AM 0.9, dose unchanged. Intrusive in the dayroom, redirectable.
   q15.
303 Oduya - schizophrenia, clozapine titration day 12 (200 mg HS).
   ANC Monday was fine. Drooling at night, towel on pillow. q15.
305 Marsh - MDD severe, ECT #4 Thursday, NPO after midnight Wed.
   Brighter in group today. q15 (was 1:1 until Tuesday).
308 Penhallow - new admit 1630 on hold, SI, cut L forearm (steri
   strips, check dressing). 1:1 until MD reassesses in AM.
311 Castro - alcohol w/d day 3, CIWA 4-6, last lorazepam 1400. q15.
316 Greenleigh - PRN olanzapine 5 IM at 1910 for agitation after
   family call, seclusion 1915-1940, debrief done, documented.

Sharps count correct. Linen cart locked. Dr. Yusupova on call tonight.

Theo
"""), cat="mental health", client="outlook")

add("pharm-clozapine-anc-hold", "restricted",
    "Pharmacist to the psychiatrist about a named inpatient's clozapine for schizophrenia: ANC 1.1, dose held, REMS monitoring.",
    RAMAN, [ACHTERBERG], "Clozapine - Oduya 3N-303 - ANC 1100, holding tonight's dose", D(2026, 3, 23, 15, 40),
    alt("""\
Dr. Achterberg,

Mr. Oduya's ANC this morning is 1100/uL (was 2400 on 3/16). For a
general-population patient that's moderate neutropenia under the
clozapine REMS table, so I've placed tonight's 200 mg on hold and
asked the lab to add a repeat CBC with diff for tomorrow 0600.

Options when you see him:
- if the repeat is 1000-1499: interrupt therapy, daily CBC until it's
  back above 1000, then resume (no need to re-titrate if <2 days off)
- if benign ethnic neutropenia is a possibility, his baseline values
  would change the thresholds - I couldn't find an earlier CBC in our
  system

He has no fever. Nursing knows to call for any sign of infection.

Priya Raman, PharmD | x4290
"""), cat="mental health")

add("eating-disorder-refeeding-phos", "restricted",
    "Dietitian to the adolescent medicine team about a named patient with anorexia nervosa: refeeding, phosphate 2.1, eating-disorder programme referral.",
    A("Marchetti, Sofia RD", a("sofia.marchetti")), [A("Adolescent Medicine", a("adolescent.med"))],
    "Refeeding labs - Everly Sandoval (Peds 6-12)", D(2026, 1, 13, 11, 55),
    T("""\
Team,

Everly's phos this morning dropped to 2.1 (3.4 on admit), Mg 1.8, K 3.6.
She's on day 3 of the refeeding protocol at 1800 kcal for her
restrictive anorexia nervosa. She ate 75% of meals yesterday and
completed 2 of 3 supplements.

Recommend:
- K-Phos Neutral 250 mg BID x3 days, recheck BMP/phos/Mg daily
- hold the advance to 2000 kcal until phos > 3.0
- keep bathroom supervision after meals

The ED program at Birchwood has an intake opening on 1/20; her mom
says she wants the partial hospitalization track. Social work is
working on the insurance piece.

Sofia
"""), cat="mental health")

add("subject-only-ect-consent-scanned", "restricted",
    "borderline: the body only says a form was scanned; the patient's name, room and ECT consent are only in the Subject.",
    A("Rivas, Joanna", a("joanna.rivas")), [A("3N Unit Clerk", a("3north.clerk"))],
    "ECT consent - Marsh, Abigail 3N-305 - session 4 Thu", D(2026, 3, 24, 13, 5),
    T("Signed copy is in the rack, I scanned it to media too.\n\nJo\n", cte="7bit"), cat="mental health", client="iphone", reply=1)

add("methadone-dose-verification-4w", "restricted",
    "Hospital pharmacist and an opioid treatment programme nurse verify a named admitted patient's methadone dose, last dose and take-homes.",
    CULHANE, [RAMAN], "RE: dose verification request - Tolliver, Gary DOB 05/30/1977", D(2026, 3, 17, 8, 2),
    T("""\
Priya,

Confirming for Gary Tolliver (DOB 05/30/1977), our patient since 2021:

- methadone 85 mg daily, liquid
- last dosed here Monday 3/16 at 0705 (observed)
- he had 2 take-homes for 3/17 and 3/18 - he told our counselor they
  are at home, so please do not assume he's taken today's dose
- no benzodiazepines prescribed by us; last UDS 3/2 was methadone only
- no QTc on file since 2024

We got his signed consent to disclose to Alderbrook inpatient on
admission (faxed to your pharmacy at 0650). Please call us at discharge
so we can resume dosing the same day: (802) 555-0147.

Bridget Culhane, RN
Nurse Manager, Opioid Treatment Program
Fernway Recovery Center

This information has been disclosed to you from records protected by
federal confidentiality rules (42 CFR part 2).

> From: Raman, Priya <priya.raman@alderbrook.example.org>
> Sent: Tuesday, March 17, 2026 7:31 AM
> Subject: dose verification request - Tolliver, Gary DOB 05/30/1977
>
> Good morning, your patient was admitted to 4 West overnight with
> cellulitis. Can you verify his methadone dose and last dose date?
"""), cat="substance use", reply=1, client="outlook")

add("iop-attendance-uds-week-xlsx", "restricted",
    "IOP coordinator's XLSX of named clients with group attendance and urine drug screen results in a substance-use programme.",
    A("Falco, Andre LADC", a("andre.falco", FERN)), [A("IOP Counselors", a("iop.counselors", FERN))],
    "IOP attendance + UDS, week of 2/9 (evening track)", D(2026, 2, 14, 17, 30),
    mixed(T("""\
Team,

Attendance and UDS for the evening track attached. Three things for
Monday's staffing:

- Renner missed 2 of 3 groups and had a positive fentanyl screen on
  Thursday - please schedule an individual session before Tuesday
- Okafor-Banks completed step-down criteria, moves to OP on 2/23
- contingency management draws: 6 eligible this week, prize bowl is
  low on the $5 gift cards

File is on the shared drive too (IOP > 2026 > wk07).

Andre
"""), att_xlsx("IOP_evening_wk07_attendance_UDS.xlsx", [
        ["Client", "Fernway ID", "Mon 2/9", "Wed 2/11", "Thu 2/12", "UDS date", "UDS result", "CM draw"],
        ["Renner, Kayla", "F-20931", "absent", "present", "absent", "2026-02-12", "fentanyl +, bup +", "no"],
        ["Okafor-Banks, Jalen", "F-20455", "present", "present", "present", "2026-02-12", "bup + only", "yes"],
        ["Marsh, Trevor", "F-21007", "present", "present", "present", "2026-02-09", "negative", "yes"],
        ["Delgado, Irene", "F-20819", "present", "late", "present", "2026-02-11", "EtG +", "no"],
        ["Fitch, Warren", "F-20788", "present", "present", "present", "2026-02-12", "methadone + only", "yes"],
        ["Nakamura, Lee", "F-21044", "present", "absent", "present", "2026-02-09", "negative", "yes"],
    ], sheet="wk07")), cat="substance use")

add("fw-ed-bridge-bup-referral-quoted", "restricted",
    "Forward whose own text names no one; the quoted ED bridge note names a patient with opioid use disorder started on buprenorphine-naloxone.",
    A("Greer, Monica", a("monica.greer")), [A("Eastfield MOUD Clinic", a("moud", EAST))], "FW: ED bridge referral", D(2026, 2, 5, 10, 18),
    T("""\
Hi - can you fit her in this Thursday or Friday? ED only gave her a
3-day supply. Thanks!

Monica Greer, RN
ED Care Transitions | x4034

---------- Forwarded message ---------
From: ED Bridge Clinic <ed.bridge@alderbrook.example.org>
Date: Thu, Feb 5, 2026 at 7:52 AM
Subject: ED bridge referral
To: Monica Greer <monica.greer@alderbrook.example.org>

Referral for outpatient MOUD follow-up:

Kayla Renner, DOB 06/21/1996, cell on file
Seen 2/4 for opioid withdrawal (COWS 14), opioid use disorder severe,
fentanyl. Buprenorphine-naloxone induction in the ED: 8 mg then 4 mg,
tolerated. Discharged with 16 mg/day x 3 days and naloxone kit.
She'd like to continue at Eastfield where her kids are seen. Prior
treatment: Fernway IOP 2025 (did not complete).

Dr. Fairweather
""", cs="utf-8"), cat="substance use", client="gmail", reply=1)

add("interface-rde-sublocade-hl7", "restricted",
    "Pharmacy interface error carrying an HL7 RDE^O11 for a named patient's monthly extended-release buprenorphine injection with an opioid dependence diagnosis.",
    A("Corvane Connect Alerts", a("connect-alerts")), [A("Pharmacy Informatics", a("rx.informatics"))],
    "[Connect] RX_OUT_ADC: 1 message errored (AE - drug not in formulary map)", D(2026, 3, 3, 10, 22),
    mixed(T("""\
Channel:     RX_OUT_ADC
Status:      ERROR (AE)
Error text:  RXE-2 code 00000-0000-03 not found in cabinet formulary map
Received:    2026-03-03 10:21:44
Retries:     3 of 3
Message:     attached (1 message)

-- Corvane Connect monitor, prod-int-02
"""), att_hl7("RDE_O11_20260303102144.hl7", [
        "MSH|^~\\&|CORVANE|ALDERBROOK|ADC|EASTFIELD|20260303102144||RDE^O11^RDE_O11|RX88120453|P|2.5.1",
        "PID|1||E0051190^^^EASTFIELD^MR||RENNER^KAYLA||19960621|F",
        "PV1|1|O|EASTFIELD^MOUD^^EAST",
        "ORC|NW|RX40418822||||||||||5120^HARTIGAN^BENJAMIN",
        "RXE|^^^20260303^^R|00000-0000-03^buprenorphine extended-release injection 300 mg/1.5 mL^NDC|300||mg|injection|Monthly SC injection, abdomen",
        "DG1|1||F11.20^Opioid dependence, uncomplicated^I10|||W",
    ])), cat="substance use", client="system")

add("detox-intake-van-pickup", "restricted",
    "borderline: a pickup request that names a person and says only 'admission'; that it is a detox admission is only in the sender's display name and address.",
    A("Fernway Detox Intake", a("detox.intake", FERN)), [TRANSPORT], "Pickup tomorrow 0900 - Gideon Pratt", D(2026, 4, 9, 15, 50),
    T("""\
Hi Jerome,

Could your van bring Gideon Pratt from the Alderbrook main lobby to us
tomorrow (4/10) at 0900? He's being discharged from 4 West in the
morning and has a bed here for admission at 1000. He has one bag and
walks on his own.

If 0900 doesn't work, 1100 is our latest intake time for tomorrow.

Thanks,
Lorraine Beck
Intake Coordinator
(802) 555-0148
"""), cat="substance use", client="outlook")

add("prep-quarterly-due-list-csv", "restricted",
    "HIV clinic's CSV of named PrEP patients due for quarterly HIV tests and creatinine, with overdue flags.",
    A("Hollis Street PrEP Nurse", a("hollis.prep")), [A("Hollis Street Clinic Staff", a("hollis.staff"))],
    "PrEP quarterly labs due - April list", D(2026, 3, 30, 9, 0),
    mixed(T("""\
Hi everyone,

Here is the April list of PrEP patients due for their 3-month visit
(HIV Ag/Ab, creatinine, STI screening). The ones marked OVERDUE are past
their window and their refills will stop at the end of the month if we
don't see them, so please prioritize those calls.

Jordan and Yesenia, I split the calls between you in the last column.

Thanks,
Paz Ibarra, RN
PrEP Program, Hollis Street Clinic | x4860
"""), att_csv("PrEP_due_2026-04.csv", [
        ["Patient", "MRN", "Regimen", "Last HIV test", "Last CrCl", "Status", "Caller"],
        ["ABERNATHY, CURTIS", "2990413", "TDF/FTC daily", "2025-12-19", "92", "due", "Jordan"],
        ["BELL-OKONJO, SAM", "3301287", "TAF/FTC daily", "2025-12-02", "110", "OVERDUE", "Yesenia"],
        ["CORTEZ, DIEGO", "2755910", "TDF/FTC 2-1-1", "2026-01-08", "88", "due", "Jordan"],
        ["FINCH, MORGAN", "3418874", "cabotegravir LA q2mo", "2026-02-03", "n/a", "due (inj 4/3)", "Yesenia"],
        ["HOLLOWAY, DEREK", "1984402", "TDF/FTC daily", "2025-11-21", "67", "OVERDUE - renal recheck", "Jordan"],
        ["NGUYEN, AN", "3207755", "TAF/FTC daily", "2026-01-12", "101", "due", "Yesenia"],
        ["PARRISH, ELI", "3399016", "TDF/FTC daily", "2025-12-30", "95", "due", "Jordan"],
    ])), cat="HIV")

add("viral-load-rebound-off-art", "restricted",
    "HIV clinic NP to the case manager about a named patient with a viral load of 48,200 after stopping antiretroviral therapy.",
    HADDAD, [A("Mbeki, Thandiwe", a("thandiwe.mbeki"))], "Curtis Abernathy - VL 48,200, off ART", D(2026, 2, 26, 16, 12),
    T("""\
Thandi,

Curtis Abernathy's viral load came back 48,200 copies (was undetectable
in August). CD4 310. He told me on the phone he stopped his Biktarvy in
December when he lost the apartment and his phone was stolen - his
meds were in the bag.

Can you help with:
1. ADAP recertification (it lapsed 1/31, that's why the pharmacy
   wouldn't fill)
2. the shelter bed list - he's staying at his cousin's on and off
3. a visit with me next week; I can see him Tue or Wed afternoon

I sent a resistance genotype before restarting. Please don't leave
voicemails at the cousin's number, he asked us not to.

Nadia Haddad, NP
Hollis Street Clinic | x4855
"""), cat="HIV", client="outlook")

add("needlestick-source-hiv-pep", "restricted",
    "Employee health note about a staff needlestick naming the source patient's HIV status and detectable viral load and the employee's post-exposure prophylaxis.",
    A("Employee Health", a("employeehealth")), [A("ED Leadership", a("ed.leadership")), BRIGHTWELL],
    "Bloodborne exposure ED 3/14 - source results and PEP", D(2026, 3, 14, 18, 40),
    T("""\
Confidential - for the exposure follow-up team only.

Exposure: hollow-bore needlestick, ED RN (employee ID 44810), 3/14
1455, while recapping after a blood draw in ED room 18.

Source: Lamar Whitfield, MRN 2871093. Known HIV, on the Hollis Street
Clinic panel. Last viral load 2/2026 was 3,400 copies (adherence
problems per ID). Hep B sAg negative, HCV Ab negative today.

Employee: baseline HIV, HBV, HCV drawn 1530. PEP started 1610:
bictegravir/emtricitabine/tenofovir alafenamide daily x 28 days.
ID (Dr. Haddad's team) will review the source's genotype on Monday in
case the regimen needs to change. Follow-up in Employee Health 3/17.

Reminder to the ED: safety devices are stocked in all rooms, and
recapping by hand is not allowed.

Employee Health | x4190
"""), cat="HIV")

add("pharm-art-rifampin-interaction", "restricted",
    "Pharmacist to infectious diseases about a named inpatient's antiretroviral regimen interacting with rifampin started for tuberculosis.",
    A("Liao, Grace PharmD", a("grace.liao")), [HADDAD, A("Infectious Diseases Consults", a("id.consults"))],
    "Warsame 5E-07: rifampin + Biktarvy interaction", D(2026, 3, 2, 17, 5),
    T("""\
Nadia / ID team,

Mr. Warsame (5E-07) was started on RIPE for pulmonary TB today. He's
also on bictegravir/FTC/TAF for HIV, which is contraindicated with
rifampin (large drop in bictegravir and TAF levels).

Options I can see:
- switch ART to dolutegravir 50 mg BID + TDF/FTC while on rifampin, or
- rifabutin instead of rifampin and keep an INSTI regimen, dose-
  adjusted

His last VL was <20 in January, so I'd like to avoid any gap. I've held
tonight's Biktarvy and not the TB meds - please let me know what you
prefer before 2100.

Grace Liao, PharmD | x4293
"""), cat="HIV")

add("subject-only-vl-refill", "restricted",
    "borderline: the body only confirms a refill; the patient's name, undetectable viral load and antiretroviral refill are only in the Subject.",
    A("Haddad, Nadia NP", a("nadia.haddad")), [A("Hollis Street Pharmacy", a("hollis.pharmacy"))],
    "RE: Tran, Duc - VL undetectable again, ok to send 90 days of Biktarvy?", D(2026, 1, 29, 12, 44),
    T("Yes - 90 days with 3 refills. Thanks!\n\nN.\n", cte="7bit"), cat="HIV", reply=1, client="iphone")

add("brca1-disclosure-visit-plan", "restricted",
    "Genetic counsellor's disclosure plan for a named patient's BRCA1 pathogenic variant, with surgical and family cascade testing plans.",
    TSOSIE, [A("Vasquez-Hale, Eleanor MD", a("eleanor.vasquezhale")), A("Breast Surgery", a("breast.surgery"))],
    "Disclosure plan - Rebecca Lindell - BRCA1 positive", D(2026, 2, 10, 14, 30),
    alt("""\
Dr. Vasquez-Hale, breast surgery team,

The hereditary cancer panel on Rebecca Lindell (DOB 04/18/1984,
diagnosed with triple-negative breast cancer in January) came back
today: BRCA1 c.68_69del (p.Glu23fs), pathogenic. No other variants.

Plan:
- I'll disclose in person Thursday 2/12 at 1:00 in the genetics clinic
  (she asked that her husband be there; she does not want the result
  by phone).
- Dr. Vasquez-Hale, she wants to talk about how this changes the
  surgical choice (bilateral mastectomy) before her 2/17 surgical
  visit - can you be available by phone at 1:45?
- Risk-reducing BSO discussion with gyn-onc after treatment.
- Cascade testing: she has a sister (37) and her mother is alive; I'll
  give her the family letter and the no-cost testing code.

Please don't release the result to the portal before Thursday.

Wendy Tsosie, MS, CGC
Center for Medical Genetics | x4880
"""), cat="genetic")

add("lynch-family-letter-docx", "restricted",
    "Genetic counsellor's DOCX family letter draft about a named proband's MLH1 pathogenic variant (Lynch syndrome) for relatives' testing.",
    TSOSIE, [A("Genetics Clinic Staff", a("genetics.staff"))], "Family letter draft - Okonjo family (MLH1) - please proofread", D(2026, 3, 6, 11, 10),
    mixed(T("""\
Hi both,

Draft family letter for Mr. Okonjo's relatives attached. He asked that
we send it to his two brothers and his adult daughter; addresses are in
the FHx tab. Could one of you proofread before I print it on
letterhead? I tried to keep it at a 6th-grade reading level.

Wendy
"""), att_docx("Okonjo_MLH1_family_letter_DRAFT.docx", [
        ("b", "Center for Medical Genetics - Alderbrook Health"),
        "Dear family member of Samuel Okonjo,",
        "Your relative, Samuel Okonjo, recently had genetic testing. The test found "
        "a change in a gene called MLH1 (c.1852_1854del). This change causes Lynch "
        "syndrome, which raises the chance of colon, uterine and some other cancers.",
        "Each of his children, brothers and sisters has a 1 in 2 chance of having "
        "the same gene change. Testing for this one change is simple and, for "
        "relatives, can be done at no cost within 90 days using code FAM-MLH1-4471.",
        "People who know they have Lynch syndrome can start colonoscopy earlier and "
        "have it more often, which prevents many cancers.",
        "To set up a visit with a genetic counselor, call (802) 555-0181.",
        "Sincerely, Wendy Tsosie, MS, CGC",
    ], author="wtsosie", title="Family letter")), cat="genetic")

add("cf-carrier-partner-testing", "restricted",
    "OB nurse to genetics about a named pregnant patient found to be a cystic fibrosis carrier and her partner's carrier testing.",
    A("Morrow, Tessa RN", a("tessa.morrow")), [TSOSIE], "CF carrier - Priya Bhandari (12 wks) - partner testing?", D(2026, 1, 21, 10, 37),
    T("""\
Hi Wendy,

Our patient Priya Bhandari (DOB 10/02/1993, G1, 12w3d today) had
expanded carrier screening and is a CF carrier (F508del, one copy).
Nothing else flagged. Dr. Quintero told her by phone yesterday.

Her husband is willing to be tested - can genetics order it and see
them together? They'd also like to talk about CVS vs amnio timing in
case he's a carrier too. She's free Monday or Wednesday mornings.

Tessa Morrow, RN
Women's Health - Riverbend OB | x4760
"""), cat="genetic")

add("huntington-predictive-protocol-visit", "restricted",
    "Genetics scheduling between staff about a named at-risk person entering the Huntington disease predictive testing protocol, with counselling and neurology visits.",
    A("Genetics Scheduling", a("genetics.scheduling")), [TSOSIE, A("Neurology - Dr. Farrow", a("neuro.farrow"))],
    "HD predictive testing - Caleb Vance - visits 1-3 booked", D(2026, 2, 2, 9, 30),
    T("""\
Wendy, Dr. Farrow,

Caleb Vance (DOB 12/09/1994) is booked for the Huntington disease
predictive testing protocol. His father has genetically confirmed HD.

Visit 1 - genetic counselling: Mon 2/16, 9:00, Wendy (90 min)
Visit 2 - neurology exam + psych screen: Tue 3/3, 14:00, Dr. Farrow
Visit 3 - second counselling + blood draw if he decides: Mon 3/16, 9:00
Result disclosure: in person only, to be booked at visit 3

He's bringing his partner as support person. He asked that nothing be
sent to his work e-mail and that we not mail anything before visit 1.
Insurance: self-pay requested (he doesn't want it billed).

Thanks,
Leila
Genetics Scheduling | x4882
"""), cat="genetic")

add("hereditary-panel-report-pdf", "restricted",
    "Genetics coordinator forwards a reference lab's hereditary cancer panel report as a PDF whose text layer names the patient with a CHEK2 pathogenic variant.",
    A("Genetics Results Coordinator", a("genetics.results")), [TSOSIE], "Calder report in - please sign off (CHEK2)", D(2026, 3, 12, 16, 2),
    mixed(T("""\
Wendy,

Report attached and also scanned to media. It's the one you asked me
to watch for. Flagged as positive so I haven't released it.

Amira
"""), att_pdf("Calder_HCP_report_ACC2604471.pdf", [
        "CALDER REFERENCE LABORATORY - MOLECULAR GENETICS",
        "Hereditary Cancer Panel (48 genes), NGS + del/dup",
        "",
        "Patient: FONSECA, ANDREA L     DOB: 07/22/1979     Sex: F",
        "Accession: ACC2604471          Collected: 02/24/2026",
        "Ordering: Tsosie, Wendy MS CGC / Vasquez-Hale, Eleanor MD",
        "Indication: Personal history of breast cancer dx age 45; mother breast ca 52",
        "",
        "RESULT: POSITIVE",
        "CHEK2  c.1100del (p.Thr367fs)  heterozygous  PATHOGENIC",
        "",
        "No other pathogenic or likely pathogenic variants were identified.",
        "Variants of uncertain significance: ATM c.3161C>G (p.Pro1054Arg)",
        "",
        "Interpretation: This individual is heterozygous for a pathogenic CHEK2",
        "variant associated with a moderately increased lifetime risk of breast",
        "cancer. Genetic counseling and testing of at-risk relatives is recommended.",
        "",
        "Electronically signed: R. Okimoto, PhD, FACMG   03/12/2026",
    ], title="Hereditary cancer panel report", producer="Calder LIMS 7.2")), cat="genetic")

add("wren-valley-medication-abortion-reschedule", "restricted",
    "Family-planning clinic staff reschedule a named patient's medication abortion visit and dating ultrasound.",
    A("Moreland, Jess", a("jess.moreland", WREN)), [A("Wren Valley Front Desk", a("frontdesk", WREN)), A("Boateng, Ama RN", a("ama.boateng", WREN))],
    "Move J. Alvarez to Tues - needs US first", D(2026, 2, 23, 12, 15),
    T("""\
Front desk / Ama,

Please move Julia Alvarez (DOB 01/15/2001) from Wed 2/25 to Tue 2/24.
She called back - she can't get a ride Wednesday.

She'll need the dating ultrasound first since her LMP is uncertain (her
estimate puts her around 8w2d). If she's under 11 weeks, Dr. Ostrowski
will do the medication abortion visit the same day; if not, we'll book
her for the aspiration procedure on Friday.

She asked us to call her only on her cell and not leave a message
saying where we're calling from.

Jess Moreland
Clinic Manager, Wren Valley Family Planning
"""), cat="reproductive", client="outlook")

add("ivf-lab-day5-vitrification-note", "restricted",
    "Embryology lab note to the nurse coordinator about a named couple's ICSI cycle, day-5 blastocysts, trophectoderm biopsy and vitrification.",
    A("Lumen Embryology Lab", a("embryology", LUMEN)), [A("Whitcombe, Clara RN", a("clara.whitcombe", LUMEN))],
    "Day 5 update - Hwang / Mercer cycle 26-0188", D(2026, 3, 27, 13, 20),
    T("""\
Clara,

Day 5 update for Min-ji Hwang and Daniel Mercer, cycle 26-0188 (ICSI,
retrieval 3/22):

Oocytes retrieved 14, MII 11, 2PN 9
Day 5: 3 blastocysts biopsied and vitrified today
   #2 4AA, #5 4AB, #7 3BB
Day 6 watch: 2 more (#1, #9) - we'll update tomorrow by noon
Biopsies sent for PGT-A, expected in 10-14 days

Please call the patients this afternoon - Min-ji asked for the call to
her, not the clinic portal. The freeze consent on file says discard
anything not usable, so nothing will be kept past day 6.

Yusuf Demir, PhD
Senior Embryologist, Lumen Fertility Center
"""), cat="reproductive", client="outlook")

add("birth-center-handoff-pp-larc-btl", "restricted",
    "borderline: a labour and delivery handoff that includes named patients' postpartum contraception (immediate implant, IUD, tubal ligation consent), which is contraceptive care.",
    SOLBERG, [A("Birth Center RNs", a("birthcenter.rn"))], "BC handoff 4/1 0700", D(2026, 4, 1, 6, 50),
    T("""\
Board at 0645:

Rm 2 Castillo G2P2 PPD1 SVD, wants the immediate PP Nexplanon before
  dc - it's ordered, pharmacy sending it up, Dr. Quintero will place
  on rounds. Consent signed.
Rm 3 Ahn G1P0 41+0 IOL, cervical balloon out 0500, pit at 6, 4 cm.
Rm 5 Whitlow G4P4 PPD1 repeat CS, BTL consent (signed 30+ days ago,
  Medicaid form in the chart) - done in the OR yesterday, please make
  sure the form copy goes to billing.
Rm 6 Dunne G2P1 PPD2 wants a Mirena at her 6-week visit, not now -
  please document so it isn't offered again.
Rm 8 triage empty.

Ingrid
"""), cat="reproductive", client="outlook")

add("chlamydia-positive-ept-partner", "restricted",
    "Community health centre nurse about a named patient's positive chlamydia result, treatment and expedited partner therapy.",
    A("Sorensen, Lise RN", a("lise.sorensen", EAST)), [A("Dr. Benjamin Hartigan", a("benjamin.hartigan", EAST))],
    "Positive CT - Destiny Faulk, treated today, EPT?", D(2026, 3, 18, 14, 2),
    T("""\
Dr. Hartigan,

Destiny Faulk (DOB 04/27/2004) - her NAAT from 3/13 was positive for
chlamydia, gonorrhea negative. She came in today and took doxycycline
100 mg BID x 7 days (first dose here, she has the rest). She's not
pregnant (urine hCG neg today).

She'd like EPT for her partner, who won't come in. Can you sign the
partner prescription so I can give it to her before she leaves? She's
waiting in room 4.

Also due: retest in 3 months - I put a recall in.

Lise Sorensen, RN
Eastfield CHC | (802) 555-0126
"""), cat="reproductive", client="outlook")

add("fw-transfer-after-d-and-e-hemorrhage", "restricted",
    "Forward of a family-planning clinic's transfer call summary for a named patient with haemorrhage after a dilation and evacuation.",
    A("ED Charge", a("ed.charge")), [A("Quintero, Rafael MD", a("rafael.quintero")), A("Birth Center Charge", a("bc.charge"))],
    "FW: transfer from Wren Valley - ETA 1540", D(2026, 1, 23, 15, 24),
    T("""\
FYI Dr. Quintero - arriving by ambulance, going straight to ED 5.
Blood bank has been called for 2 units on standby.

Chris

From: Wren Valley Family Planning <clinical@wrenvalleyfp.example.org>
Sent: Friday, January 23, 2026 3:11 PM
To: ED Charge <ed.charge@alderbrook.example.org>
Subject: transfer from Wren Valley - ETA 1540

Transfer summary (called to Dr. Fairweather at 1505):

Patient: Nicole Haverford, 31, G3P2
Procedure: D&E at 17w1d today at 1320, uncomplicated per Dr. Ostrowski
Since 1420: ongoing bleeding, est. 900 mL, uterine massage, misoprostol
800 mcg PR and methylergonovine 0.2 mg IM given, no improvement.
Vitals at 1500: HR 118, BP 96/58. 2 IVs, 1 L LR running.
Concern: retained tissue vs atony vs cervical laceration.
Accompanied by: our RN (Ama Boateng). Partner following by car.

Dr. Karin Ostrowski
Wren Valley Family Planning | (802) 555-0157
"""), cat="reproductive", reply=1)

# ---------------------------------------------- restricted, not English --
add("unterbringung-psychkg-station-p2", "restricted",
    "German ward doctor to social services about a named patient involuntarily committed to psychiatry with paranoid schizophrenia and a court hearing.",
    A("Dr. Lukas Brenner", "lukas.brenner@klinikum-nordheide.de.test"),
    [A("Sozialdienst Psychiatrie", "sozialdienst.psy@klinikum-nordheide.de.test")],
    "Frau Lorenz (P2) - Unterbringung nach PsychKG, Anhörung morgen", D(2026, 2, 17, 13, 25, tz="eu"),
    T("""\
Liebe Frau Kuhnert,

kurze Info zu Frau Beate Lorenz, geb. 03.08.1979, seit gestern Abend
auf der geschützten Station P2:

Sie wurde nach PsychKG sofort untergebracht (Polizei, Ordnungsamt).
Diagnose: paranoide Schizophrenie, akute Exazerbation nach Absetzen
der Medikation im Dezember; fremdgefährdendes Verhalten gegenüber
einer Nachbarin. Sie lehnt Medikation bisher ab, derzeit nur
Lorazepam bei Bedarf.

Die richterliche Anhörung ist morgen um 10:00 Uhr auf der Station.
Könnten Sie bitte
- den Kontakt zur gesetzlichen Betreuerin (Frau Albers) herstellen,
- klären, wer sich um ihre Katze kümmert (Wohnung ist verschlossen),
- und beim Jobcenter die Abwesenheit melden?

Danke und viele Grüße
Lukas Brenner
Stationsarzt P2, Klinik für Psychiatrie und Psychotherapie
Durchwahl -3312
""", cs="utf-8", cte="quoted-printable"), lang="de", cat="mental health", client="thunderbird")

add("iryouhogo-nyuuin-todoke", "restricted",
    "Japanese (Shift_JIS) psychiatric ward to administration about a named patient's involuntary (medical protection) admission for schizophrenia and the required notification.",
    A("精神科病棟 看護師長", "psy.ward@kitahama-hp.jp.test"),
    [A("医事課 入院係", "iji.nyuin@kitahama-hp.jp.test")],
    "医療保護入院届の提出について（高橋様）", D(2026, 3, 9, 11, 5, tz="+0900"),
    T("""\
医事課 入院係 御中

お疲れ様です。精神科病棟の中村です。

本日10時、下記の患者様が医療保護入院となりました。
10日以内の保健所への届出をお願いいたします。

患者氏名：高橋 健一 様（45歳・男性）
ID：0061177
病名：統合失調症（急性増悪）
同意者：母 高橋 よし子 様
指定医：精神保健指定医 森田 医師

入院時の状態：幻聴と被害妄想が強く、服薬を拒否していました。
現在は保護室を使用しています（隔離開始 10:20）。

入院届と同意書の原本は病棟でお預かりしています。
午後に取りに来ていただけますと助かります。

精神科病棟 看護師長 中村 恵子（内線 6120）
""", cs="shift_jis", cte="base64"), lang="ja", cat="mental health", client="outlook")

add("naltrexona-inyectable-segunda-dosis", "restricted",
    "Spanish message between a behavioural health nurse and pharmacy about a named patient's extended-release naltrexone injection for alcohol use disorder.",
    A("Inés Carrasco, RN", a("ines.carrasco", EAST)), [A("Farmacia Eastfield", a("farmacia", EAST))],
    "Naltrexona inyectable - Sr. Montoya, 2a dosis el martes", D(2026, 2, 27, 11, 48),
    T("""\
Hola, equipo de farmacia:

El Sr. Efraín Montoya (fecha de nacimiento 11/12/1970) viene el martes
3 de marzo a las 9:00 para su segunda inyección de naltrexona de
liberación prolongada (380 mg IM) para el trastorno por consumo de
alcohol. La primera fue el 3 de febrero y la toleró bien, solo un poco
de dolor en el glúteo.

¿Pueden confirmar que la autorización del seguro sigue vigente y que
la dosis estará en la clínica el lunes? La última vez llegó tarde.

Él no quiere que se lo mencionemos a su esposa cuando llama a la
clínica; ya lo anoté en la ficha.

Gracias,
Inés Carrasco, RN
Salud del Comportamiento, Eastfield CHC
(802) 555-0127
""", cs="windows-1252", cte="quoted-printable"), lang="es", cat="substance use", client="outlook")

add("przyjecie-oddzial-detoksykacyjny", "restricted",
    "Polish emergency department to the detox ward about a named patient in alcohol withdrawal with a history of delirium, for admission to detoxification.",
    A("SOR - lekarz dyżurny", "sor@szpital-zalesie.pl.test"),
    [A("Oddział Leczenia Alkoholowych Zespołów Abstynencyjnych", "detoks@szpital-zalesie.pl.test")],
    "Prośba o przyjęcie na detoks - p. Zbigniew Kaczmarek", D(2026, 1, 31, 21, 10, tz="eu"),
    T("""\
Szanowni Państwo,

proszę o przyjęcie na oddział detoksykacyjny pacjenta:

Zbigniew Kaczmarek, lat 52, PESEL w dokumentacji SOR
Rozpoznanie: alkoholowy zespół abstynencyjny, ostatnie picie 30.01
około godz. 22:00. Drżenia, poty, tętno 118, RR 165/100. CIWA-Ar 17.
W wywiadzie majaczenie alkoholowe w 2024 r. i napad drgawkowy.
Otrzymał na SOR diazepam 10 mg i.v. (2 razy), tiaminę 300 mg i.v.
Badania: K 3,4, Mg 0,6, próby wątrobowe podwyższone, etanol 0,0 promila.
Pacjent wyraża zgodę na leczenie, chce potem terapii odwykowej.

Czekamy na informację, kiedy możemy go przekazać (wewn. 201).

Z poważaniem
lek. Agnieszka Pawlak
Szpitalny Oddział Ratunkowy
""", cs="iso-8859-2", cte="quoted-printable"), lang="pl", cat="substance use", client="thunderbird")

add("prep-retorno-atrasado-lista", "restricted",
    "Portuguese list between clinic staff of named PrEP users who missed their return visit and HIV test.",
    A("Enf. Renata Alves", "renata.alves@cta-santaclara.com.br.test"),
    [A("Equipe PrEP", "prep@cta-santaclara.com.br.test")],
    "PrEP - usuários com retorno atrasado (março)", D(2026, 3, 31, 10, 20, tz="-0300"),
    T("""\
Bom dia, equipe!

Segue a lista de usuários da PrEP que não compareceram ao retorno
trimestral de março. Todos estão sem teste de HIV há mais de 100 dias
e a dispensação foi suspensa até a consulta:

- Thiago Ramos Pereira, prontuário 20871 - último teste 12/12/2025
- Marcos Vinícius Souza, prontuário 21904 - último teste 05/12/2025,
  creatinina alterada na última coleta, precisa repetir
- Larissa Gomes (nome social), prontuário 22318 - último teste
  19/12/2025
- Fábio Henrique Lopes, prontuário 19655 - último teste 28/11/2025

Por favor, tentem contato por WhatsApp institucional e registrem no
prontuário. Não deixem recado com familiares.

Obrigada,
Renata
Centro de Testagem e Aconselhamento - Hospital Santa Clara
""", cs="iso-8859-1", cte="quoted-printable"), lang="pt", cat="HIV", client="outlook")

add("charge-virale-echec-changement-arv", "restricted",
    "French message between HIV clinic physicians about a named patient's virological failure, resistance mutations and change of antiretroviral therapy.",
    A("Dr Claire Vautrin", "claire.vautrin@ch-valmont.fr.test"),
    [A("Pharmacie - rétrocession", "retrocession@ch-valmont.fr.test")],
    "Mme Diallo - échec virologique, nouveau traitement", D(2026, 2, 9, 17, 45, tz="eu"),
    T("""\
Bonjour,

Pour Mme Aminata Diallo (née le 14/05/1986), suivie au CDAG/VIH :
charge virale à 12 400 copies/ml le 2 février (indétectable en
septembre), CD4 à 410. Le génotypage de résistance montre une mutation
M184V isolée.

Avec le Dr Bessard nous arrêtons l'association actuelle et passons à
dolutégravir 50 mg + darunavir/ritonavir 800/100 mg une fois par jour
à partir de jeudi. Pouvez-vous préparer la dispensation pour 1 mois
et prévoir un entretien d'observance avec l'infirmière d'ETP le même
jour ?

Contrôle de charge virale à 4 semaines.

Bien cordialement,
Claire Vautrin
Service des maladies infectieuses - poste 5120
""", cs="utf-8", cte="quoted-printable"), lang="fr", cat="HIV", client="apple",
    cc=[A("Dr Hugo Bessard", "hugo.bessard@ch-valmont.fr.test")])

add("brca1-founder-mutation-surgery-plan", "restricted",
    "Hebrew (windows-1255) genetic counsellor to a surgeon about a named patient carrying a BRCA1 founder mutation and her risk-reducing surgery.",
    A("יעל ברק - ייעוץ גנטי", "yael.barak@hagalil-mc.il.test", "windows-1255", "B"),
    [A("ד\"ר אורי שטרן", "uri.stern@hagalil-mc.il.test", "windows-1255", "B")],
    "תוצאת בדיקה גנטית - מיכל אברהמי", D(2026, 3, 4, 12, 30, tz="+0200"),
    T("""\
שלום ד"ר שטרן,

מיכל אברהמי (ת"ז בתיק, ילידת 1981) עברה בדיקת מוטציות מייסדות בשל
היסטוריה משפחתית. התוצאה: נשאית של המוטציה 185delAG בגן BRCA1.

מסרתי לה את התוצאה אתמול בשיחת ייעוץ, יחד עם בן זוגה.
היא מעוניינת לשמוע על כריתת שחלות מונעת לאחר שתסיים את תכנון
המשפחה, ובינתיים מעקב ב-MRI שד אחת לשנה.

אשמח אם תוכל לקבוע לה תור במרפאה בשבועות הקרובים.
אחותה תגיע לייעוץ ובדיקה בחודש הבא.

בברכה,
יעל ברק, יועצת גנטית
המכון הגנטי, שלוחה 4410
""", cs="windows-1255", cte="base64"), lang="he", cat="genetic", client="outlook")

add("test-predittivo-mybpc3-sorella", "restricted",
    "Italian message between genetics staff about predictive testing for a named patient's sister for the family's MYBPC3 cardiomyopathy variant.",
    A("Ambulatorio di Genetica Medica", "genetica@ospedale-borgoverde.it.test"),
    [A("Dott.ssa Chiara Benedetti", "chiara.benedetti@ospedale-borgoverde.it.test")],
    "Test predittivo MYBPC3 - sig.ra Ferri (sorella di Matteo Ferri)", D(2026, 1, 27, 9, 40, tz="eu"),
    T("""\
Gentile dott.ssa Benedetti,

le confermo che la sig.ra Elisa Ferri (nata il 02/06/1990), sorella
del paziente Matteo Ferri con cardiomiopatia ipertrofica e variante
patogenetica MYBPC3 c.1504C>T, ha chiesto di eseguire il test
predittivo.

Abbiamo fissato:
- consulenza genetica pre-test: lunedì 9 febbraio ore 11:00
- prelievo: solo dopo la consulenza, se confermato il consenso
- comunicazione del risultato: in presenza, circa 4 settimane dopo

La paziente preferisce che l'esito non venga caricato sul fascicolo
sanitario elettronico prima del colloquio.

Cordiali saluti,
Paola Rinaldi
Segreteria - Genetica Medica, int. 2281
""", cs="iso-8859-1", cte="quoted-printable"), lang="it", cat="genetic", client="outlook")

add("planning-zwangerschapsafbreking-dinsdag", "restricted",
    "Dutch planning between abortion clinic staff about a named client's termination of pregnancy appointment and gestational age.",
    A("Planning Kliniek Rijnoever", "planning@kliniek-rijnoever.nl.test"),
    [A("Verpleging OK Rijnoever", "verpleging@kliniek-rijnoever.nl.test")],
    "Planning di 17/3 - mevr. De Bruijn toegevoegd", D(2026, 3, 13, 15, 5, tz="eu"),
    T("""\
Hallo allemaal,

Voor dinsdag 17 maart is er een cliënt bijgekomen op het
ochtendprogramma:

Mevr. Sanne de Bruijn, geb. 22-11-1998
Zwangerschapsafbreking (zuigcurettage) onder lokale verdoving,
zwangerschapsduur bij echo 9+4 weken.
Bedenktijd verstreken op 16/3. Rhesus negatief: anti-D klaarleggen.
Ze wil een spiraal laten plaatsen direct na de behandeling - graag
een koperspiraal op de kar.

Ze komt met haar zus. Graag niet bellen naar het vaste nummer.

Groet,
Femke
Planning, Kliniek Rijnoever
""", cs="utf-8", cte="quoted-printable"), lang="nl", cat="reproductive", client="outlook")

add("tup-bebek-yumurta-toplama-plani", "restricted",
    "Turkish IVF unit message between staff about a named patient's oocyte retrieval timing after the trigger injection.",
    A("Tüp Bebek Ünitesi", "tupbebek@yesiltepe-hastanesi.tr.test"),
    [A("Ameliyathane Sorumlu Hemşire", "ameliyathane@yesiltepe-hastanesi.tr.test")],
    "Yumurta toplama - Ayşe Demirtaş, Cuma 08:30", D(2026, 4, 22, 18, 20, tz="+0300"),
    T("""\
Merhaba,

Cuma günü (24 Nisan) saat 08:30 için yumurta toplama işlemi planladık:

Hasta: Ayşe Demirtaş, 34 yaş, protokol no. 26/0412
Tedavi: antagonist protokol, 11. gün; bugün ultrasonda 13 folikül
(en büyükleri 18-21 mm), E2 2.850 pg/ml.
Çatlatma iğnesi: bu akşam 20:30'da yapılacak (hasta bilgilendirildi).
Anestezi: sedasyon, sabah 06:30'dan itibaren aç olacak.
Eşinin sperm örneği aynı sabah laboratuvara teslim edilecek (ICSI).

Embriyoloji laboratuvarı bilgilendirildi. Lütfen odayı 08:00'de hazır
edelim.

Teşekkürler,
Hemşire Elif Aksoy
Tüp Bebek Ünitesi, dahili 2415
""", cs="iso-8859-9", cte="quoted-printable"), lang="tr", cat="reproductive", client="outlook")

# ------------------------------------------------------------------ none --
GPRENTISS = A("Prentiss, Gail", a("gail.prentiss"))
STAFFING = A("Staffing Office", a("staffing"))
ALLSTAFF = A("All ARMC Staff", a("allstaff"))
NURSING = A("ARMC Nursing", a("nursing.all"))


def alt_cal(pair):
    """Outlook-style invitation: text, HTML and text/calendar as alternatives."""
    altpart, calpart = pair
    return Part("multipart/alternative", parts=altpart.parts + [calpart])


def cal(lines, method="REQUEST"):
    text = "\n".join(lines) + "\n"
    return Part("text/calendar", nl(text).encode("utf-8"), [("charset", "utf-8"), ("method", method)], "7bit")


add("staffing-nights-need-rns-4w-5e", "none",
    "Staffing office asks for night-shift coverage with unit names, shift times, staff names and extensions; no patient is concerned.",
    STAFFING, [NURSING], "Incentive shifts open this weekend - 4W, 5E, MICU", D(2026, 3, 19, 13, 5),
    alt("""\
Hi everyone,

We still have holes for this weekend. Incentive pay ($15/h) applies to
every shift listed below. First come, first served - call or text the
staffing line, don't reply-all.

Fri 3/20 nights (1900-0730)
  4 West   2 RN, 1 PCT
  5 East   1 RN (tele competency required)
  MICU     1 RN
Sat 3/21 days (0700-1930)
  4 West   1 RN
  Birth Center  1 RN (L&D competency)
Sat 3/21 nights
  5 East   1 RN, 1 PCT
  3 North  1 RN, 1 mental health tech
Sun 3/22 nights
  MICU     1 RN

If you picked up a shift by text, you'll get a confirmation from me by
5 pm the same day. If you don't, call me.

Gail Prentiss
Staffing & Scheduling Office | x4410 | text (802) 555-0111
Office hours 0600-1800 weekdays, after hours page the house supervisor
"""), kind="trap")

add("oncall-psychiatry-cl-roster-april", "none",
    "Psychiatry consult-liaison on-call roster with physicians' names, pagers and phone numbers; no patient.",
    A("Psychiatry Department Coordinator", a("psychiatry.coord")), [A("Psychiatry Attendings", a("psych.attendings")), A("ARMC Operators", a("operators"))],
    "April on-call - Psychiatry C-L and 3 North", D(2026, 3, 27, 16, 0),
    mixed(T("""\
Hello all,

The April on-call schedule for consult-liaison psychiatry and 3 North
is attached (CSV so the operators can load it). Changes from the draft:
Dr. Yusupova and Dr. Achterberg swapped 4/18-19, and Dr. Pham covers
Easter weekend.

Reminders:
- C-L on-call covers ED tele-psych evaluations after 1700 and
  weekends; the crisis clinician (x4077) does the first assessment
- 3 North attending on call takes admissions and seclusion/restraint
  face-to-face calls
- swaps must be sent to me and to the operators

Thank you,
Renata Feld
Department of Psychiatry | x4070
"""), att_csv("psych_oncall_2026-04.csv", [
        ["Date", "C-L attending", "C-L pager", "3 North attending", "3N pager", "Backup phone"],
        ["2026-04-01", "Achterberg", "3371", "Yusupova", "3374", "(802) 555-0161"],
        ["2026-04-02", "Pham", "3376", "Yusupova", "3374", "(802) 555-0162"],
        ["2026-04-03", "Pham", "3376", "Achterberg", "3371", "(802) 555-0162"],
        ["2026-04-04", "Pham", "3376", "Achterberg", "3371", "(802) 555-0162"],
        ["2026-04-05", "Pham", "3376", "Achterberg", "3371", "(802) 555-0162"],
        ["2026-04-06", "Lindahl", "3379", "Achterberg", "3371", "(802) 555-0163"],
        ["2026-04-07", "Lindahl", "3379", "Yusupova", "3374", "(802) 555-0163"],
        ["...", "", "", "", "", ""],
        ["2026-04-18", "Achterberg", "3371", "Lindahl", "3379", "(802) 555-0161"],
        ["2026-04-19", "Achterberg", "3371", "Lindahl", "3379", "(802) 555-0161"],
    ])), kind="trap")

add("oncall-addiction-bridge-roster", "none",
    "Addiction medicine and ED bridge clinic coverage roster naming clinicians and phone numbers; no patient.",
    A("Rutherford, Imani MD", a("imani.rutherford", FERN)), [A("Addiction Medicine Group", a("addiction.med")), A("ED Bridge Clinic", a("ed.bridge"))],
    "Addiction consult + bridge clinic coverage, May", D(2026, 4, 24, 11, 30),
    T("""\
Hi all,

May coverage for the inpatient addiction consult service and the ED
bridge clinic:

Week of 5/4    Rutherford (consults), Okeke (bridge, Mon/Wed/Fri)
Week of 5/11   Okeke (consults), Salas NP (bridge)
Week of 5/18   Salas NP (consults, Dr. Rutherford backup), Okeke
Week of 5/25   Rutherford, bridge clinic closed Memorial Day

The bridge clinic line is (802) 555-0149 and rolls to the on-call cell
after 1700. Anyone with a DEA registration can start buprenorphine in
the ED now - no separate waiver - so please keep encouraging the ED
attendings to do inductions and send us the follow-up.

Fernway is holding two same-day OTP intake slots every weekday at
0730 for hospital referrals. Call their intake line (802) 555-0148.

Imani Rutherford, MD
Medical Director, Fernway Recovery Center
Addiction Medicine, Alderbrook Health
"""), kind="trap")

add("otp-monthly-inventory-methadone-lots", "none",
    "Opioid treatment programme's monthly controlled-substance inventory with methadone and buprenorphine lot numbers, quantities and the clinic's DEA number; no patient.",
    A("Fernway Pharmacy", a("pharmacy", FERN)), [A("Rutherford, Imani MD", a("imani.rutherford", FERN)), CULHANE],
    "March month-end inventory - methadone / buprenorphine", D(2026, 3, 31, 17, 20),
    mixed(T("""\
Dr. Rutherford, Bridget,

Month-end count done with two witnesses (Pruett and Alvarado). Sheet
attached. Everything reconciles except the 1 mL difference on the
dosing pump #2 calibration, which is within tolerance and documented.

Orders placed for April: 12 x 1000 mL methadone oral concentrate
10 mg/mL, 6 x 30 buprenorphine/naloxone 8/2 mg films. The wholesaler
needs the signed 222 form for the methadone by Thursday.

Registrant: Fernway Recovery Center, DEA RF4417209

Ken Pruett, RPh
Fernway Pharmacy | (802) 555-0146
"""), att_xlsx("OTP_inventory_2026-03.xlsx", [
        ["Item", "NDC", "Lot", "Exp", "Opening", "Received", "Dispensed", "Closing (count)"],
        ["Methadone oral conc 10 mg/mL, 1000 mL", "00000-0000-11", "MTC2510-44", "2027-06", "8410 mL", "10000 mL", "9862 mL", "8547 mL"],
        ["Methadone oral conc 10 mg/mL, 1000 mL", "00000-0000-11", "MTC2512-09", "2027-09", "0 mL", "2000 mL", "0 mL", "2000 mL"],
        ["Buprenorphine/naloxone 8/2 mg film", "00000-0000-12", "BNX4471A", "2026-11", 180, 180, 214, 146],
        ["Buprenorphine 8 mg SL tab", "00000-0000-13", "BUP88210", "2027-01", 60, 0, 12, 48],
        ["Naloxone 4 mg nasal spray (kits)", "00000-0000-14", "NLX0932", "2027-03", 96, 48, 71, 73],
    ], sheet="March")), kind="trap")

add("pharmacy-shortage-iv-fluids-substitution", "none",
    "Pharmacy drug-shortage bulletin naming IV fluids and drugs with substitution guidance; no patient.",
    A("Pharmacy Department", a("pharmacy")), [NURSING, A("Medical Staff", a("medstaff"))],
    "Shortage update: 1000 mL NS, IV metoclopramide, amoxicillin suspension", D(2026, 2, 2, 9, 15),
    alt("""\
Shortage update - effective today until further notice

1. Sodium chloride 0.9% 1000 mL bags - allocation cut to 60%.
   - Use oral hydration wherever possible.
   - Maintenance fluids: order 75 mL/h as the default, not 125.
   - Flushes and 100 mL minibags are not affected.
   - Do not hoard bags on the units; ADC par levels have been lowered.

2. Metoclopramide injection - out. Ondansetron IV is the substitute
   for nausea; for gastroparesis, contact pharmacy.

3. Amoxicillin 400 mg/5 mL suspension - limited. Outpatient
   prescribers please consider the 250 mg/5 mL strength or chewables.

Questions: call the main pharmacy x4280 or page the on-call
pharmacist, 3319.

Alderbrook Pharmacy & Therapeutics
"""), kind="trap")

add("supply-recall-syringe-lots", "none",
    "Supply chain recall notice listing syringe product and lot numbers to pull from units; no patient.",
    A("Supply Chain Services", a("supplychain")), [NURSING, A("Materials Management", a("materials"))],
    "URGENT recall - 10 mL prefilled saline flush, 4 lots", D(2026, 1, 16, 10, 40),
    T("""\
URGENT: Product recall - please act today.

Product: 10 mL prefilled saline flush syringe, Norlake item 448120
Reason: possible loose tip caps (sterility cannot be assured)
Lots affected: NF25K112, NF25K118, NF25L003, NF25L011

What to do:
1. Check every ADC pocket, supply room and procedure cart on your
   unit for the lots above.
2. Put affected syringes in the blue recall bags (delivered to each
   unit this morning) and label with your unit.
3. Call x4095 for pickup. Replacement stock (lot NF26A020) is already
   in the ADCs.

No action is needed for lots not listed. This is a manufacturer
recall; no harm has been reported at Alderbrook.

Supply Chain Services | x4095
"""), kind="trap")

add("mock-code-5e-mannequin-debrief", "none",
    "Mock code debrief on a telemetry unit using a simulation mannequin as the 'patient', with rhythms, drugs and timings; no real patient.",
    A("Clinical Education", a("clinical.education")), [UNIT5E, OSEI],
    "Mock code 5E - thank you + debrief points", D(2026, 2, 25, 15, 10),
    T("""\
Thank you 5 East for a great mock code this afternoon!

Scenario: "Mr. Sim" (SimMan 3G in room 506), 68M post-cath, found
unresponsive, VF arrest.

Timeline:
0:00 found by PCT, called for help
0:40 code called overhead
1:10 CPR started (compressions good, depth feedback green)
2:30 defib pads on, first shock 200 J at 2:55
4:10 epinephrine 1 mg IV
5:20 amiodarone 300 mg
7:00 ROSC after 3rd shock

Debrief:
- 1 min 10 s to start CPR - goal is under 1 minute; the PCT waited for
  the RN. Anyone can start compressions.
- backboard was on the cart, not under the mattress - please check it
  on your daily cart check.
- nice closed-loop communication on the drug orders.

Next mock code: 4 West, March.

Jenna Kowalski, MSN, RN
Clinical Educator, Resuscitation | x4145
"""), kind="trap")

add("disaster-drill-moulage-victims", "none",
    "Mass-casualty drill plan with moulage volunteers given drill aliases, drill MRNs and simulated injuries; no real patient.",
    A("Emergency Management", a("emergency.mgmt")), [A("ED Leadership", a("ed.leadership")), A("Surgery Leadership", a("surgery.leadership")), A("Nursing Supervisors", a("nursing.supervisor"))],
    "Full-scale MCI drill Wed 4/22 - victim list and drill patient numbers", D(2026, 4, 15, 14, 0),
    mixed(T("""\
All,

Final plan for next Wednesday's mass-casualty drill (bus crash
scenario). Exercise starts 0900 with the "incoming" call from county
dispatch. 24 moulaged volunteers from the nursing school will arrive
in waves.

Everything uses drill registration: names are DRILL aliases and the
medical record numbers are in the ZZ9 range so nothing crosses into
live billing or the lab. Any order on a ZZ9 number goes to the test
printer. Start every radio call and overhead page with "this is a
drill".

Attached: the victim cards for controllers only (please don't share
with participants in advance).

Hot wash in the auditorium at 1130.

Marco Lindell
Emergency Management Coordinator | x4066
"""), att_pdf("MCI_drill_2026-04-22_victim_cards_CONTROLLERS.pdf", [
        "ALDERBROOK EMERGENCY MANAGEMENT - FULL-SCALE EXERCISE 04/22/2026",
        "VICTIM CARDS - CONTROLLERS ONLY - ALL DATA FICTITIOUS",
        "",
        "DRILL-01  DRILL, ALPHA     ZZ9000101  Tag RED     open tib/fib fx, HR 130",
        "DRILL-02  DRILL, BRAVO     ZZ9000102  Tag YELLOW  L wrist deformity, alert",
        "DRILL-03  DRILL, CHARLIE   ZZ9000103  Tag RED     tension pneumo, SpO2 82",
        "DRILL-04  DRILL, DELTA     ZZ9000104  Tag GREEN   abrasions, anxious",
        "DRILL-05  DRILL, ECHO      ZZ9000105  Tag BLACK   unresponsive, apneic",
        "DRILL-06  DRILL, FOXTROT   ZZ9000106  Tag YELLOW  pregnant 32 wks, abd pain",
        "DRILL-07  DRILL, GOLF      ZZ9000107  Tag RED     head injury, GCS 8",
        "...",
        "Volunteers wear a drill wristband; controllers wear orange vests.",
    ], title="MCI drill victim cards", producer="Word to PDF")), kind="trap")

add("policy-hiv-opt-out-testing-revision", "none",
    "Policy revision memo on opt-out HIV screening, consent wording and result disclosure, with the policy as PDF; no patient.",
    A("Policy Office", a("policy.office")), [A("Medical Staff", a("medstaff")), NURSING],
    "Revised policy CL-114 Routine (opt-out) HIV screening - effective 5/1", D(2026, 4, 8, 8, 0),
    mixed(T("""\
The Clinical Practice Council approved revisions to CL-114, Routine
HIV Screening. The revised policy is attached and in PolicyStat.

Main changes:
- the ED and all primary care sites offer HIV screening to everyone
  13-64 once, and yearly to people with ongoing risk, unless the person
  declines
- no separate written consent; the offer and any decline are charted
- reactive results: the ED no longer gives preliminary results by
  phone; the Hollis Street Clinic linkage team contacts the patient
  within 72 hours
- PrEP referral is offered with every negative test when risk is
  identified

Education module due by 4/30 in the learning system.

Policy Office | x4025
"""), att_pdf("CL-114_Routine_HIV_Screening_rev2026.pdf", [
        "ALDERBROOK HEALTH - CLINICAL POLICY CL-114",
        "ROUTINE (OPT-OUT) HIV SCREENING                      Effective 05/01/2026",
        "",
        "1. PURPOSE",
        "To make HIV screening a routine part of care for patients aged 13 to 64.",
        "",
        "2. POLICY",
        "2.1 Screening is offered once to all patients aged 13-64 and annually to",
        "    patients with ongoing risk (e.g. partners with HIV, injection drug use,",
        "    STI diagnosis in the past year), unless the patient declines.",
        "2.2 Separate written consent is not required. The offer and any decline",
        "    are documented in the screening flowsheet.",
        "2.3 Reactive screening results are confirmed per the laboratory algorithm",
        "    (4th generation Ag/Ab, then HIV-1/2 differentiation, then NAT).",
        "",
        "3. DISCLOSURE AND LINKAGE",
        "3.1 Confirmed results are disclosed in person by a trained clinician.",
        "3.2 The Hollis Street Clinic linkage team contacts every new diagnosis",
        "    within 72 hours and offers a same-week appointment.",
        "",
        "4. CONFIDENTIALITY",
        "HIV test results are released only as permitted by state law.",
    ], title="CL-114 Routine HIV Screening", producer="PolicyStat export")), kind="trap")

add("policy-restraint-seclusion-3north-update", "none",
    "Behavioural health policy update on restraint and seclusion orders, monitoring and debriefing; no patient.",
    A("Behavioral Health Nursing Leadership", a("bh.nursing")), [A("3 North Staff", a("3north.staff"))],
    "Restraint/seclusion policy BH-07 changes - please read before your next shift", D(2026, 1, 12, 12, 0),
    T("""\
3 North team,

BH-07 (Restraint and Seclusion, Behavioral Health) has been revised
after the December survey. What changes on the floor:

1. Orders: every order is time-limited - 4 hours for adults, 2 hours
   for ages 9-17, 1 hour under 9. No PRN orders, ever.
2. Face-to-face: the physician or trained RN must see the patient
   within 1 hour of initiation. If the RN does it, the attending must
   be consulted as soon as possible.
3. Monitoring: continuous in-person observation for the first hour of
   any physical restraint; then continuous audio-video plus q15 checks
   documented in the new flowsheet row.
4. Debrief: staff and patient debrief within 24 hours, documented on
   the new form (paper copies at the desk until the build goes live).
5. Seclusion room 3N-S1 camera has been replaced; test it at the start
   of every shift and chart the check.

Superusers on every shift will walk you through the flowsheet.

Lorna Haines, MSN, RN-BC
Nurse Director, Behavioral Health | x4071
"""), kind="trap")

add("policy-otp-take-home-procedure", "none",
    "Opioid treatment programme procedure on methadone take-home eligibility, lockboxes and callbacks; no individual patient.",
    CULHANE, [A("Fernway OTP Staff", a("otp.staff", FERN))], "Updated procedure OTP-12: take-home doses", D(2026, 2, 9, 16, 45),
    T("""\
Team,

OTP-12 (take-home doses) is updated to match the revised federal rule
and our state's guidance. The full text is on the shared drive; the
short version:

- Eligibility is decided by the medical director with the counselor,
  based on the criteria in the procedure, not on a time-in-treatment
  schedule alone.
- Up to 7 take-homes in the first 14 days may be considered, 14 days
  from day 15, and 28 days from day 31, when criteria are met.
- Every take-home bottle goes in a locked box; we check the lockbox at
  every pickup.
- Callbacks: we randomly call 2% of patients with take-homes each week
  to bring in their bottles within 24 hours.
- Document the risk/benefit assessment in the new note template.

We'll go through cases at Thursday's staffing without names on the
slides.

Bridget
"""), kind="trap")

add("grand-rounds-eating-disorders-invite", "none",
    "Grand rounds invitation on eating disorders in adolescents with a calendar part; no patient.",
    A("Medical Education", a("meded")), [A("Medical Staff", a("medstaff")), A("Residents", a("residents"))],
    "Grand Rounds Thu 2/19: Medical complications of eating disorders", D(2026, 2, 12, 9, 0),
    alt_cal([alt("""\
Department of Medicine Grand Rounds

"Refeeding, bradycardia and bone: the medical side of eating disorders
in adolescents and young adults"

Thursday, February 19, 2026, 12:00-1:00 pm
Wohl Auditorium and online (link in the calendar invite)

Speaker: Dr. Helena Marsh-Whitby, Adolescent Medicine, Birchwood
Eating Disorder Program

Objectives:
1. Identify criteria for medical admission in anorexia nervosa
2. Prevent and manage refeeding syndrome
3. Coordinate care with outpatient eating-disorder programs

1.0 AMA PRA Category 1 Credit. Lunch provided for in-person
attendees.

Medical Education | x4130
"""), cal([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:gr-20260219-med@alderbrook.example.org", "DTSTAMP:20260212T140000Z",
        "DTSTART:20260219T170000Z", "DTEND:20260219T180000Z",
        "SUMMARY:Grand Rounds - Medical complications of eating disorders",
        "LOCATION:Wohl Auditorium / https://meet.alderbrook.example.org/gr",
        "ORGANIZER;CN=Medical Education:mailto:meded@alderbrook.example.org",
        "END:VEVENT", "END:VCALENDAR"])]), kind="trap")

add("journal-club-prep-adherence", "none",
    "ID journal club invitation discussing a PrEP adherence study; no patient.",
    HADDAD, [A("ID Fellows and Faculty", a("id.faculty")), A("Hollis Street Clinic Staff", a("hollis.staff"))],
    "Journal club Tue 3/10 - long-acting PrEP uptake", D(2026, 3, 3, 16, 30),
    T("""\
Hi all,

Journal club next Tuesday, 3/10, 7:30 am, Hollis Street conference
room (bagels!). Fellows: Dr. Osterberg is presenting.

Article: a pragmatic trial of long-acting injectable PrEP versus daily
oral PrEP in community clinics - persistence at 12 months, missed
injection windows, and what clinics did to bring people back.

Questions to think about:
- would our same-day start workflow work for injections?
- who on our team would own the injection-window tracking list?
- what does the pharmacy benefit look like for our payer mix?

PDF is in the journal club folder. See you there.

Nadia
"""), kind="trap")

add("mm-conference-friday-cases", "none",
    "Morbidity and mortality conference notice with de-identified case summaries (age and sex only, no dates or names).",
    A("Surgery Education", a("surgery.education")), [A("Surgery Department", a("surgery.dept"))],
    "M&M Friday 7 am - cases", D(2026, 3, 25, 17, 0),
    T("""\
M&M this Friday, 7:00 am, Room B-120.

Please remember M&M is peer review: don't forward, and don't bring the
charts.

Case 1 - 60s man, laparoscopic cholecystectomy converted to open for
bile duct injury (Strasberg E2). Discussion: critical view of safety,
when to call for help.

Case 2 - 70s woman, anastomotic leak after low anterior resection,
delayed recognition on POD 4. Discussion: early warning scores on the
surgical floors, who reviews tachycardia overnight.

Case 3 - 40s man, unplanned return to OR for bleeding after thyroid
surgery. Discussion: neck hematoma kit, nursing checks.

Residents presenting: Ito (1), Baptiste-Kerr (2), Lenz (3).

Surgery Education | x4470
"""), kind="trap")

add("pt-committee-minutes-march-docx", "none",
    "P&T committee minutes with aggregate counts (naloxone kits, ADC overrides, adverse drug events) as DOCX; no patient.",
    A("Pharmacy Department", a("pharmacy")), [A("P&T Committee", a("pt.committee"))],
    "P&T minutes - March 2026 (draft for approval)", D(2026, 3, 20, 10, 10),
    mixed(T("""\
Committee members,

Draft minutes from the March 17 meeting are attached. Please send
corrections by 3/27. They'll be approved at the April meeting.

Thanks,
Priya Raman, PharmD
Secretary, P&T
"""), att_docx("PT_minutes_2026-03-17_DRAFT.docx", [
        ("b", "Pharmacy & Therapeutics Committee - Minutes (DRAFT)"),
        "Date: March 17, 2026. Present: 14 voting members, quorum met.",
        ("b", "1. Formulary"),
        "Approved: long-acting cabotegravir (restricted to ID/Hollis Street prescribers). "
        "Denied: brand extended-release oxycodone (therapeutic alternative available).",
        ("b", "2. Naloxone distribution"),
        "412 naloxone kits dispensed at discharge in Q4 2025 (ED 263, inpatient 149), up from "
        "301 in Q3. Take-home rate for ED visits with opioid overdose: 78%.",
        ("b", "3. Medication safety"),
        "Adverse drug event reports: 36 (February). Most frequent: insulin (9), anticoagulants "
        "(7), opioids (5). No event reached harm level F or above.",
        "ADC override rate: 3.1% (goal under 5%). Highest unit: ED 6.8%.",
        ("b", "4. Drug shortages"),
        "Normal saline 1000 mL allocation; metoclopramide injection out.",
        "Next meeting: April 21, 2026.",
    ], author="praman", title="P&T minutes")), kind="trap")

add("ic-committee-clabsi-cdi-rates", "none",
    "Infection control committee summary with aggregate CLABSI, CAUTI and C. difficile rates by unit; no patient.",
    BRIGHTWELL, [A("Infection Control Committee", a("ic.committee"))], "IC committee - Q1 surveillance summary", D(2026, 4, 10, 11, 45),
    alt("""\
Committee,

Q1 2026 surveillance (NHSN definitions), for Tuesday's meeting:

                    events   device/pt days   rate / SIR
CLABSI  MICU          1         1,204          0.83 per 1000 line days
CLABSI  wards         2         3,870          0.52
CAUTI   MICU          0         1,115          0
CAUTI   wards         3         2,402          1.25
HO-CDI  hospital      6        21,830          SIR 0.71
MRSA bacteremia       1        21,830          SIR 0.58
SSI     colon         2           48 cases     4.2%

Hand hygiene observations: 94% (n=3,112). 5 East and the ED were below
90% in February and have action plans.

One cluster review is open (Klebsiella, MICU), no transmission shown
by typing so far.

Hannah
"""), kind="trap")

add("quality-dashboard-falls-hapi-xlsx", "none",
    "Nursing quality dashboard with aggregate falls per 1000 patient days and pressure-injury counts per unit, XLSX attached; no patient.",
    A("Pham, Annie", a("annie.pham")), [A("Nurse Managers", a("nurse.managers"))], "Nursing quality dashboard - February", D(2026, 3, 9, 8, 20),
    mixed(T("""\
Managers,

February dashboard attached. Highlights:

- Falls with injury: 2 hospital-wide (goal 0). Both on night shift.
- HAPI stage 2+: 4 (MICU 2, 4W 1, 5E 1).
- CAUTI: 0 for the second month running on 4 West - please thank your
  teams.

Unit-level run charts are on the quality SharePoint. If your numbers
look wrong, tell me by Friday before they go to the board packet.

Annie Pham, RN | Quality & Patient Safety | x4152
"""), att_xlsx("Nursing_dashboard_2026-02.xlsx", [
        ["Unit", "Patient days", "Falls", "Falls w/ injury", "Falls/1000 pt days", "HAPI 2+", "CAUTI", "Restraint hours"],
        ["4 West", 1012, 3, 1, 2.96, 1, 0, 0],
        ["5 East", 968, 4, 1, 4.13, 1, 1, 0],
        ["MICU", 402, 0, 0, 0.0, 2, 0, 36],
        ["3 North", 488, 1, 0, 2.05, 0, 0, 5],
        ["Birth Center", 391, 0, 0, 0.0, 0, 0, 0],
        ["Total", 3261, 8, 2, 2.45, 4, 1, 41],
    ], sheet="February")), kind="trap")

add("teaching-case-dka-seminar", "none",
    "De-identified teaching case for nursing education (age and sex only, no name, identifier or date); general education, no individual is concerned.",
    A("Clinical Education", a("clinical.education")), [A("Nurse Residency Cohort 12", a("nurseresidency"))],
    "Case study for Thursday's seminar (DKA)", D(2026, 2, 16, 15, 20),
    T("""\
Residents,

Please read this case before Thursday and come ready to talk through
the questions. It's adapted from a real admission; details are changed
and nothing identifies the person.

A young adult with type 1 diabetes comes to the ED after two days of
vomiting. They stopped taking insulin because they weren't eating.
Glucose 540, pH 7.12, bicarbonate 9, anion gap 28, potassium 5.4.
They're drowsy but answer questions. Weight about 60 kg.

1. What do you do first, and why not insulin first?
2. The potassium is 5.4. When does that become a reason to hold
   insulin, and when is it a reason to add potassium?
3. Four hours later the glucose is 240 and the gap is still 18.
   What changes on the drip?
4. What teaching does this person need before discharge, and who
   else should be involved?

Jenna
"""), kind="trap")

add("ehr-downtime-notice-bca-print", "none",
    "Planned EHR downtime notice with downtime procedures (print MARs, paper lab requisitions, BCA workstations); no patient.",
    A("Corvane EHR Team", a("ehr.team")), [ALLSTAFF], "PLANNED DOWNTIME Sun 3/1 0100-0500 - Corvane EHR upgrade", D(2026, 2, 24, 10, 0),
    alt("""\
Planned downtime: Sunday, March 1, 01:00-05:00

Corvane EHR, the patient portal, and the lab and pharmacy interfaces
will be unavailable while we upgrade to version 26.1.

Before 00:45, units must:
- print the 12-hour MAR and the active orders report from the BCA
  (business continuity access) workstation on your unit
- make sure the BCA PC is on and plugged into the red outlet
- have the downtime box ready (paper requisitions, MAR sheets,
  admission packets, blank labels)

During downtime:
- lab: paper requisitions, tube to the lab as usual; critical values
  will be phoned
- pharmacy: new orders on paper, fax to x4287; the ADCs stay on
  override-only
- admissions/transfers: call Patient Placement x4100
- results will back-load after 05:00; review everything drawn in the
  window

Command center (x4999) open 00:30-06:00.

Corvane EHR Team / Clinical Informatics
"""), kind="trap")

add("order-set-build-alcohol-withdrawal-placeholders", "none",
    "Informatics build mail for an alcohol withdrawal order set with placeholder fields and test patients; no real patient.",
    A("Okoro, Jide", a("jide.okoro")), [A("Clinical Informatics", a("informatics")), A("Addiction Medicine Group", a("addiction.med"))],
    "Build review: AWS order set v3 in TST (placeholders, please check)", D(2026, 3, 5, 14, 25),
    T("""\
Hi all,

v3 of the alcohol withdrawal order set is in TST. Please test with the
patients "ZZTEST, CIWA ONE" and "ZZTEST, CIWA TWO" only.

What changed:
- symptom-triggered lorazepam based on CIWA-Ar score, with the score
  pulled from the flowsheet: {CIWA_LAST} at {CIWA_TIME}
- phenobarbital loading protocol as an option (ICU only), with the
  weight check: "Dose for {PATIENT_NAME} ({WEIGHT_KG} kg): ***"
- thiamine 500 mg IV TID x 3 days default ON
- the addiction consult order now defaults to "offer MOUD/AUD
  medication at discharge" with naltrexone and acamprosate in the
  discharge section
- the discharge print shows "@PATIENTFIRSTNAME@, your follow-up is
  with @REFERRALCLINIC@" - we need the wording approved

Please put comments in the build tracker (ticket BLD-2231) by 3/12.

Jide Okoro, RN
Clinical Informatics | x4366
"""), kind="trap")

add("template-build-discharge-instructions-smartfields", "none",
    "Template build mail for discharge instructions showing smart-field placeholders for names, diagnoses and medications; no patient.",
    A("Clinical Informatics", a("informatics")), [A("Hospitalist Group", a("hospitalists")), A("Case Management", a("casemgmt"))],
    "New discharge instruction template - preview", D(2026, 1, 29, 11, 0),
    alt("""\
Hello,

The new discharge instructions template goes live 2/9. Preview of the
first page with the smart fields as they'll show in the editor:

    Dear @FNAME@,

    You were in Alderbrook Regional Medical Center from @ADMITDATE@
    to @DCDATE@ for @PRINCIPALDX@.

    New medicines: @NEWMEDS@
    Stop taking: @STOPPEDMEDS@

    Your appointments:
    @FOLLOWUPTABLE@

    Call your doctor or come back if: *** (choose a problem list
    from the drop-down: heart failure, pneumonia, COPD, diabetes,
    surgery, other)

The Spanish and Vietnamese versions use the same fields. If the
plain-language wording in the drop-downs doesn't sound right to you,
tell us before 2/5.

Clinical Informatics | x4366
"""), kind="trap")

add("garage-closure-bh-entrance", "none",
    "Facilities notice about a parking garage closure and the behavioural health and methadone clinic entrances; no patient.",
    A("Facilities & Parking", a("facilities")), [ALLSTAFF], "Garage B closed 4/6-4/24 - staff parking changes", D(2026, 3, 30, 12, 30),
    T("""\
Garage B will be closed for concrete repair from Monday 4/6 to Friday
4/24.

Staff parking during the closure:
- day shift: Lot C (shuttle every 10 min from 0530-0900 and
  1500-1930 to the main entrance)
- night shift: Garage A levels 3-4 are reserved for you after 1800

Patient and visitor changes:
- the 3 North / behavioral health entrance on Elm Street stays open;
  patients being admitted there should be dropped off at the Elm
  Street circle, not in the garage
- the Fernway satellite dosing clinic on level 1 keeps its 6 reserved
  spots; their entrance moves to the pedestrian bridge door

Shuttle questions: x4060. Sorry for the inconvenience.

Vince Tarantino
Facilities Operations
"""), kind="trap")

add("birth-center-potluck-birthdays", "none",
    "Birth Center potluck and staff birthdays with dates and names; no patient or health content.",
    A("Solberg, Ingrid", a("ingrid.solberg")), [A("Birth Center Staff", a("birthcenter.staff"))], "April birthdays + potluck Thu 4/16", D(2026, 4, 6, 14, 10),
    T("""\
Hi BC family!

April birthdays:
  Nkechi - 4/3
  Marguerite (night clerk) - 4/11
  Dr. Quintero - 4/19 (don't tell him I told you)
  Rhiannon from lactation - 4/27

Potluck Thursday 4/16 in the break room, 1130-1400 and again 2330 for
nights (we'll save you a plate). Sign-up sheet is on the fridge -
we have 4 desserts and zero mains so far...

Also: the baby photo contest for staff kids is back. Put your photos
in the envelope at the desk by 4/10.

Ingrid
"""), kind="trap")

add("flu-vaccine-compliance-by-unit", "none",
    "Employee health's staff flu vaccination compliance by unit (percentages) and the exemption process; no individual is concerned.",
    A("Employee Health", a("employeehealth")), [A("Nurse Managers", a("nurse.managers")), A("Department Directors", a("directors"))],
    "Staff flu vaccine compliance - final week", D(2026, 1, 26, 9, 30),
    alt("""\
Managers and directors,

We're at 93.4% system-wide with the deadline on Friday 1/30. By unit:

  4 West          97%      3 North         89%
  5 East          95%      Birth Center    98%
  MICU            96%      Pharmacy        100%
  ED              88%      EVS             84%
  Hollis Street   100%     Transport       86%

Each manager got a separate, confidential list of their own staff who
have no documentation on file. Please don't post those lists.

Walk-in clinic hours this week: Mon-Fri 0630-1600, Employee Health
(ground floor), plus the cart on 3 North and ED Tuesday 0700 and 1900.
Medical or religious exemption requests go to Employee Health only,
not to managers.

Employee Health | x4190
"""), kind="trap")

add("calling-out-sick-0700", "none",
    "A nurse's own sick call to her manager and staffing with no diagnosis details: HR mail.",
    WHITLOCK, [GPRENTISS, OSEI], "Calling out today 3/24", D(2026, 3, 24, 5, 12),
    T("""\
Hi Gail, Kathleen,

I'm sick and won't be able to make my 0700 today. I'll let you know by
noon about tomorrow. Sorry for the short notice - I already texted
Marcus so nights know.

Dana
""", cte="7bit"), kind="trap", client="iphone")

add("job-posting-lcsw-iop", "none",
    "Job posting for a licensed clinical social worker in a substance-use IOP; no patient.",
    A("Fernway Human Resources", a("hr", FERN)), [A("Fernway All Staff", a("allstaff", FERN))], "Internal posting: LCSW / LADC - Intensive Outpatient Program", D(2026, 1, 7, 10, 0),
    T("""\
Internal posting (closes 1/21)

Position: Licensed Clinical Social Worker or LADC, IOP (evening track)
Hours: 1.0 FTE, Mon-Thu 1200-2030
Reports to: IOP Program Director

What you'll do:
- lead 3-hour group sessions for adults with substance use disorders
  (CBT, relapse prevention, family night once a month)
- carry a caseload of 10-12 for individual sessions
- run contingency management with the team
- coordinate with the OTP, the hospital consult service and
  Eastfield's MOUD clinic

Requirements: LCSW or LADC in the state, 2 years' SUD experience,
familiarity with 42 CFR Part 2. Bilingual Spanish a plus.

Staff referrals get the $1,500 bonus after 90 days. Apply through the
careers site or send your resume to Fernway HR.

Fernway HR | (802) 555-0145
"""), kind="trap")

add("job-posting-genetic-counselor", "none",
    "Job posting for a genetic counsellor in a cancer genetics clinic; no patient.",
    A("Alderbrook Talent Acquisition", a("careers")), [A("Cancer Center Staff", a("cancercenter.staff"))], "Now hiring: Genetic Counselor (Cancer Genetics) - share with your networks", D(2026, 2, 20, 11, 0),
    alt("""\
We're growing! The Center for Medical Genetics is hiring a second
cancer genetic counselor.

- Full time, hybrid (2 days in clinic, 3 days telehealth)
- Pre- and post-test counseling for hereditary cancer syndromes
  (BRCA1/2, Lynch, CHEK2, PALB2 and more), cascade testing for
  families, tumor-board participation
- Board certified or eligible (ABGC); state license within 12 months
- Student loan repayment program eligible

Posting ID: GC-2026-014. Apply at careers.alderbrook.example.org or
e-mail Wendy Tsosie with questions.

Alderbrook Talent Acquisition
"""), kind="trap")

add("vendor-demo-telepsychiatry-platform", "none",
    "Vendor demo invitation for a tele-psychiatry platform naming psychiatric services and features; no patient.",
    A("Jordan Pike", "jordan.pike@mindbridgehealth.example.com"), [ACHTERBERG],
    "Demo: MindBridge tele-psych for ED boarding - next week?", D(2026, 1, 20, 13, 0),
    T("""\
Dr. Achterberg,

Thanks for stopping by our booth at the state psychiatric association
meeting. As promised, I'd like to set up a 30-minute demo of
MindBridge for your ED tele-psychiatry workflow:

- cart and tablet mode, works on the hospital guest Wi-Fi or LTE
- integrated risk assessment templates (C-SSRS) that post back to the
  EHR as a discrete note
- scheduling for consult-liaison coverage across sites
- BAA and SOC 2 Type II report available on request

Would Tue 1/27 at 12:30 or Thu 1/29 at 8:00 work? I can also bring a
cart on site.

Best,
Jordan Pike
Enterprise Account Executive, MindBridge Health
(617) 555-0132
"""), kind="trap", client="gmail", cc=[A("Feld, Renata", a("renata.feld"))])

add("badge-access-hollis-hiv-suite", "none",
    "Security notice about badge and door-access changes for the HIV clinic suite; no patient.",
    A("Security Operations", a("security")), [A("Hollis Street Clinic Staff", a("hollis.staff"))], "Door access change - Hollis Street 2nd floor (HIV care suite)", D(2026, 2, 10, 15, 0),
    T("""\
Hollis Street staff,

Starting Monday 2/16 the 2nd floor suite doors (HIV care and PrEP
rooms, pharmacy pickup window and the records room) switch to the new
badge readers.

- your badge has been re-encoded already if you're on the access list
  the clinic manager sent us; test it this week at the front desk
  reader
- the records room (2-114) requires badge + PIN from now on
- students and rotating residents get a temporary badge from Security,
  valid for their rotation only
- after-hours entry is logged and reviewed monthly

If your badge doesn't work, call Security at x4911 (24/7). Please
don't prop the suite doors - the alarm will go off at 30 seconds.

Lt. Darnell Hughes
Security Operations
"""), kind="trap")

add("badge-access-3north-sallyport", "none",
    "Security and nursing notice about the psychiatric unit's sally-port doors, badge access and contraband screening; no patient.",
    A("Hughes, Darnell", a("darnell.hughes")), [A("3 North Staff", a("3north.staff"))],
    "3 North sally port - new door sequence starting 3/9", D(2026, 3, 2, 11, 20),
    T("""\
3 North team,

Facilities finished the sally-port work. From Monday 3/9:

1. Only one sally-port door opens at a time. If the inner door won't
   release, the outer door is probably not latched - check it before
   calling.
2. Badge access to the inner door is limited to 3 North staff, the
   behavioral health float pool, security and the on-call psychiatry
   residents. Everyone else rings the intercom.
3. Visitors go through the wand screening at the outer door. The
   locker keys are now at the desk, not in the door.
4. In a Code Grey the inner door stays unlocked for responders for
   10 minutes after the overhead page.

Door alarms ring at the desk and in the security office. Please report
any door that doesn't latch at x4911 right away.

Lt. Darnell Hughes, Security
cc Lorna Haines, Nurse Director
"""), kind="trap", cc=[A("Haines, Lorna", a("lorna.haines"))])

add("patient-safety-newsletter-good-catch", "none",
    "Patient-safety newsletter with de-identified good-catch stories, heparin and insulin safety tips and aggregate counts; no individual is concerned.",
    A("Patient Safety Office", a("patientsafety")), [ALLSTAFF], "Safety Matters - March issue: Good Catch awards, insulin pens, heparin", D(2026, 3, 31, 8, 0),
    alt("""\
SAFETY MATTERS - March 2026

GOOD CATCH OF THE MONTH
A 5 East nurse noticed that a potassium rider and a new IV potassium
order were both active for the same patient and called pharmacy before
the second bag was hung. Thank you, Tasha!

A pharmacy technician stopped a look-alike vial (heparin 10,000 units
/mL stocked in the 1,000 units/mL pocket) during the ADC restock. The
vendor has changed the label colour.

BY THE NUMBERS
SafeReport events in February: 312 (up 8%). 71% were near misses or no
harm - that's the reporting culture we want.

INSULIN PENS ARE ONE PATIENT ONLY
Never share a pen, even with a new needle. Each pen must carry the
patient label and be stored in that patient's bin.

HEPARIN DRIPS
Double check at the pump for every rate change, and after every
bag change. The nomogram is now inside the pump library.

Tell us about a good catch: safereport.alderbrook.example.org

Adrienne Lusk, Patient Safety Officer | x4155
"""), kind="trap")

add("ehr-release-notes-part2-consent-flag", "none",
    "EHR release notes describing a Part 2 consent activity, a sensitive-note flag for behavioural health and genetic results; no patient.",
    A("Corvane EHR Team", a("ehr.team")), [A("Clinical Informatics", a("informatics")), A("HIM Staff", a("him.staff"))],
    "Corvane 26.1 release notes - privacy and consent features", D(2026, 3, 2, 7, 0),
    alt("""\
Corvane EHR 26.1 went live on March 1. Privacy and consent changes:

1. Part 2 consent activity
   - new "SUD Program Consent" activity for Fernway and the Eastfield
     MOUD clinic; records from a Part 2 program are segmented unless a
     consent is on file
   - redisclosure notice prints automatically on any release

2. Sensitive note types
   - psychotherapy notes from Behavioral Health are hidden from the
     chart review tab and the portal by default
   - genetic counseling notes and genomic results get a "sensitive"
     banner; release to the portal waits for the counselor

3. Break-the-glass
   - now required for HIV-related results outside Hollis Street and
     ID, with a reason picklist; access is audited

4. Fixes
   - allergy free-text entries now map to drug classes (INC0418822)
   - duplicate therapy checks fire for admission med rec orders

Training tip sheets are on the intranet under Corvane > 26.1.
"""), kind="trap")

add("hl7-zztest-adt-roundtrip-ack", "none",
    "Interface test of an HL7 ADT^A04 for a ZZTEST patient and its ACK; test data, no patient.",
    A("Interface Team", a("interface.team")), [A("Kestrel Integration", a("integration", KEST))], "ADT feed to Kestrel - TST round trip passed", D(2026, 2, 3, 14, 40),
    mixed(T("""\
Hi Kestrel team,

The TST round trip works. I sent the attached A04 for our test patient
(ZZTEST, HOMEHEALTH) and got your AA back in 0.4 s; both files are
attached. PID-3 uses our MR assigning authority "ALD" and PV1-3 is
blank for referrals, as agreed.

Next step is the referral order (ORM) - can we test Thursday?

Priyanka Das
Interface Analyst, Alderbrook IT | x4372
"""), att_hl7("TST_ADT_A04_ZZTEST.hl7", [
        "MSH|^~\\&|CORVANE|ALDERBROOK|KESTREL|KESTRELHH|20260203143502||ADT^A04^ADT_A01|TST000481|T|2.5.1",
        "EVN|A04|20260203143500",
        "PID|1||ZZ90000417^^^ALD^MR||ZZTEST^HOMEHEALTH||19000101|U|||1 Test Way^^Testville^VT^05999",
        "PV1|1|O",
    ]), att_hl7("TST_ACK_TST000481.hl7", [
        "MSH|^~\\&|KESTREL|KESTRELHH|CORVANE|ALDERBROOK|20260203143502||ACK^A04^ACK|K88124|T|2.5.1",
        "MSA|AA|TST000481|Message accepted",
    ])), kind="trap")

add("analyzer-qc-hiv-agab-lot-change", "none",
    "Lab QC note on a new reagent lot for the HIV Ag/Ab assay with control values; control data, no patient.",
    A("Chen, Lydia", a("lydia.chen")), [A("Core Lab Staff", a("corelab.staff")), A("Lab Quality", a("lab.quality"))],
    "HIV Ag/Ab combo - reagent lot 71224LP accepted", D(2026, 1, 15, 12, 5),
    T("""\
Team,

New reagent lot 71224LP for the HIV Ag/Ab combo assay is accepted and
loaded on analyzer 2 as of 1130.

Lot-to-lot verification (S/CO):
  negative control    0.11 / 0.12 / 0.10   (acceptable < 0.5)
  positive control 1  3.42 / 3.55 / 3.38   (range 2.2-5.1)
  positive control 2  8.94 / 9.10 / 8.87   (range 6.0-12.4)
  20 retained negative samples: all < 0.5, no shift
  5 retained reactives: all reactive, mean difference 3.1%

Calibration valid 30 days. Old lot 70981LP discarded.
Remember: any reactive goes straight to the differentiation assay -
don't release the screen result alone.

Lydia Chen, MLS(ASCP)
Immunology lead | x4712
"""), kind="trap")

add("birth-center-monthly-stats", "none",
    "Birth Center monthly statistics (births, caesarean rate, epidural rate, NICU admissions) in aggregate; no individual.",
    A("Birth Center Leadership", a("bc.leadership")), [A("Birth Center Staff", a("birthcenter.staff")), A("OB Providers", a("ob.providers"))],
    "Birth Center by the numbers - March", D(2026, 4, 3, 9, 0),
    T("""\
March 2026

Births: 212 (twins x3)
Vaginal births: 149 (incl. 11 VBAC)
Cesarean: 63 (29.7%), NTSV cesarean rate 22.4% (goal < 23.6%)
Inductions: 71
Epidural rate: 74%
Nitrous oxide used: 18 labors
Postpartum hemorrhage (QBL >= 1000 mL): 9, all managed per bundle
Term NICU admissions: 14
Exclusive breastfeeding at discharge: 61%

Thank you for a very busy month - our highest since 2019.

Birth Center Leadership
"""), kind="trap")

add("wren-valley-holiday-hours-escorts", "none",
    "Family-planning clinic's holiday hours and clinic escort volunteer schedule; the sender is sensitive but no individual is concerned.",
    A("Wren Valley Family Planning", a("clinic", WREN)), [A("Wren Valley Staff & Volunteers", a("team", WREN))], "Memorial Day hours + escort schedule", D(2026, 5, 18, 16, 0),
    T("""\
Hi all,

Memorial Day week:
- Mon 5/25 closed; the after-hours line forwards to the on-call
  nurse as usual
- Tue 5/26 procedure day, doors 7:00
- Sat 5/30 medication visits 8:00-12:00

Clinic escorts needed:
  Tue 5/26  7:00-10:00   2 more volunteers
  Sat 5/30  7:30-11:00   1 more volunteer
Please sign up in the volunteer app. Reminder: escorts stay on our
side of the property line, don't engage with protesters, and radio the
front desk if anyone blocks the driveway.

The security guard will be here Tuesday and Saturday mornings.

Thanks for everything you do,
Jess Moreland, Clinic Manager
"""), kind="trap")

add("lumen-incubator-maintenance-ln2", "none",
    "Fertility lab's incubator maintenance and liquid nitrogen delivery schedule; no patient.",
    A("Lumen Embryology Lab", a("embryology", LUMEN)), [A("Lumen Staff", a("staff", LUMEN))], "Incubator #3 service Fri + LN2 delivery", D(2026, 4, 8, 10, 5),
    T("""\
Hi all,

- Incubator #3 (benchtop, time-lapse) is out for the annual service on
  Friday 4/10, 0800-1400. No cultures will be in it; everything
  scheduled moves to #1 and #4.
- Liquid nitrogen delivery Thursday 4/9 at 0700. Please keep the
  loading dock clear and the cryo room door propped for the driver
  (oxygen monitor will be checked before and after).
- Dewar alarm test on Saturday at 1000 - you'll get a test call/text
  from the monitoring service. Please reply "ACK".
- New culture media lot (MED-2604) passed mouse embryo assay, in use
  from Monday.

Yusuf
"""), kind="trap")

add("genetics-billing-cpt-update", "none",
    "Genetics service billing memo about genetic counselling CPT codes, prior authorisation and payer policies; no patient.",
    A("Revenue Cycle - Professional Billing", a("pro.billing")), [A("Genetics Clinic Staff", a("genetics.staff"))], "Coding update: genetic counseling visits and send-out tests", D(2026, 1, 5, 13, 30),
    T("""\
Genetics team,

A few billing reminders for 2026:

1. Genetic counselor visits: 96041 per 16-30 minutes of face-to-face
   counseling; document total time. Telehealth visits need the POS and
   modifier the payer requires (see the payer grid).
2. Physician geneticist visits bill E/M, not 96041.
3. Hereditary cancer panels: most commercial payers need prior auth.
   Please send the pedigree and the guideline criteria met with the
   request - that's where most denials come from.
4. Predictive testing for relatives: many labs offer family-member
   testing at no cost within 90 days; put the family code in the
   order comment so we don't bill the plan.
5. Self-pay requests: use the self-pay workflow so the claim never
   goes to insurance.

Questions: x4930.

Professional Billing
"""), kind="trap")

add("ryan-white-viral-suppression-report", "none",
    "HIV clinic's Ryan White programme report with aggregate viral suppression and retention percentages; no individual.",
    A("Hollis Street Clinic Data", a("hollis.data")), [A("Hollis Street Clinic Staff", a("hollis.staff")), A("Quality & Patient Safety", a("quality"))],
    "Ryan White Part C - 2025 annual measures", D(2026, 2, 13, 10, 0),
    alt("""\
Team,

Our 2025 measures for the Part C report:

Active patients: 612
Viral suppression (< 200 copies/mL at last test): 91.3%
Retention in care (2 visits 90+ days apart): 84.6%
New diagnoses linked within 30 days: 27 of 29 (93%)
Prescribed ART: 98.9%
PrEP patients active at year end: 338

Gaps: suppression is 83% among patients under 30 and 80% among those
who were unstably housed during the year. The retention work group
will look at the evening clinic idea.

Thank you all - this is the best suppression number we've had.

Marisa Okafor-Lund
Data & Quality, Hollis Street Clinic
"""), kind="trap")

add("dbt-group-room-schedule", "none",
    "Behavioural health outpatient group schedule (DBT, CBT for anxiety, family skills) with rooms and facilitators; no client.",
    A("Behavioral Health Outpatient", a("bh.outpatient")), [A("BH Outpatient Clinicians", a("bh.clinicians"))], "Spring group schedule + room changes", D(2026, 3, 23, 12, 0),
    T("""\
Hi all,

Spring groups start the week of 4/6:

Mon 1400-1600  DBT skills (adult) - Room B - Ortiz / Lee
Tue 1000-1130  CBT for anxiety - Room C - Vanterpool
Tue 1730-1900  DBT multifamily (teens + caregivers) - Room B - Ortiz
Wed 1200-1300  Mindfulness drop-in (staff welcome) - Room C
Thu 1500-1630  Grief and loss - Room A - Chaplain Greene
Thu 1700-1830  Men's recovery support (with Fernway) - Room B

The DBT adult group is full (12) with a waitlist; please don't promise
spots. Referrals go through the intake queue, not directly to the
facilitators. Room A is getting new chairs on 4/2 - use Room C that day.

Front desk: x4075
"""), kind="trap")

add("naloxone-training-staff-sessions", "none",
    "Staff naloxone training sessions and kit distribution for non-clinical staff; no patient.",
    A("Addiction Medicine Group", a("addiction.med")), [ALLSTAFF], "15-minute naloxone training for ALL staff - sign up", D(2026, 1, 22, 9, 0),
    alt("""\
Overdoses happen in parking garages, restrooms and lobbies - not just in
the ED. Every employee, clinical or not, can learn to respond.

15-minute sessions (no sign-in needed for drop-in):
  Tue 1/27  0730, 1200, 1930  - cafeteria, table by the windows
  Thu 1/29  0730, 1200        - Hollis Street lobby
  Fri 1/30  1200              - Fernway group room

You'll learn to recognize an opioid overdose, give nasal naloxone, do
rescue breathing and call for help. Everyone who attends can take a
free kit home (no questions, no names).

Overdose response boxes are now mounted outside the main lobby
restrooms and on every garage level.

Addiction Medicine & Employee Wellness
"""), kind="trap")

add("dental-autoclave-spore-test-failure", "none",
    "Dental group's autoclave spore-test failure notice with cycle numbers and instrument reprocessing steps; no patient named.",
    A("Porter, Shanice", a("shanice.porter", COPPER)), [A("Copperleaf Millbrook Office", a("millbrook", COPPER))], "Sterilizer #2 failed spore test - DO NOT USE", D(2026, 2, 18, 8, 15),
    T("""\
Team,

The weekly spore test for sterilizer #2 (Millbrook, back room) came
back POSITIVE this morning from the mail-in lab. Effective now:

1. Sterilizer #2 is tagged out. Use #1 only until service comes
   (Thursday AM).
2. Every instrument pack from #2 since the last negative test (cycles
   2214-2261, 2/10-2/17) that is still on the shelf: pull it and
   reprocess in #1.
3. Dr. O'Rourke and I are reviewing the cycle log and the chemical
   indicators with the lab. If a recall of patients is needed we will
   decide that with the state dental board guidance - please don't
   call anyone yet.
4. Retest #2 three times after repair before it goes back into use.

Shanice Porter
Office Manager / Infection Control Coordinator
(802) 555-0192
"""), kind="trap")

add("homehealth-mileage-winter-driving", "none",
    "Home health agency memo on mileage reimbursement, winter driving and visit-productivity averages; no patient.",
    A("Kestrel Home Health Operations", a("operations", KEST)), [A("Kestrel Field Staff", a("field", KEST))], "Mileage rate, winter driving, visit targets", D(2026, 1, 9, 15, 30),
    T("""\
Hi everyone,

1. Mileage reimbursement goes to 72.5 cents/mile for 2026. Submit in
   the app by Monday noon each week.
2. Winter driving: if roads are closed in your area, call the office
   before 0700 - we'll reschedule visits by priority (new SOCs, wound
   vacs and IV patients first). Keep the ice scraper, blanket and
   charger in the car. Never leave supplies or the laptop visible.
3. Productivity: agency average was 5.4 visits/day in December (RN)
   and 6.1 (PT). Thank you for holding it together over the holidays.
4. The new BP cuffs and pulse oximeters are at the office - swap your
   old ones by 1/23.

Kestrel Operations | (802) 555-0164
"""), kind="trap")

add("chc-health-fair-flyer-free-testing", "none",
    "Community health centre's health fair flyer offering free blood pressure, diabetes and HIV testing to the public; general health outreach.",
    A("Eastfield CHC Outreach", a("outreach", EAST)), [A("Eastfield All Staff", a("allstaff", EAST))], "Volunteers needed: Spring Health Fair Sat 4/25", D(2026, 4, 1, 10, 0),
    alt("""\
EASTFIELD SPRING HEALTH FAIR
Saturday, April 25, 10 am - 2 pm, Canal Street parking lot

Free for everyone, no insurance needed:
- blood pressure and A1c checks
- free, confidential HIV and hepatitis C testing (results in 20
  minutes, counselor on site)
- flu, COVID and Tdap vaccines
- dental screening for kids with Copperleaf Dental
- WIC and Medicaid enrollment help
- healthy cooking demo, bilingual

We need 20 staff volunteers (comp time given). Sign up with Marisol by
4/15. Flyers in English, Spanish and Vietnamese are at the front desk
- please take some for your neighborhoods.

Eastfield Community Health Center | (802) 555-0120
"""), kind="trap")

add("eap-support-after-difficult-code", "none",
    "Employee assistance programme message offering staff support after a difficult event, without identifying any patient; HR mail.",
    A("Employee Wellness", a("wellness")), [A("ED Staff", a("ed.staff")), A("MICU Staff", a("micu.staff"))], "Support for you after this week", D(2026, 3, 13, 17, 0),
    T("""\
To the ED and MICU teams,

This has been a hard week, and the events of Tuesday night have hit
many of you. It's normal to feel it for days afterwards - trouble
sleeping, replaying things, irritability, or feeling numb.

Support available:
- Peer support (trained colleagues): group debrief Monday 3/16 at
  0730 and 1930 in the ED conference room, or one-on-one any time -
  page 3399
- Employee Assistance Program: free, confidential counseling for you
  and your household, 24/7 at (800) 555-0138. Up to 6 sessions per
  issue. Nothing is shared with your manager.
- Chaplains are available on all shifts, x4760

Please look out for each other.

Employee Wellness
"""), kind="trap")

add("coding-tip-opioid-use-disorder-specificity", "none",
    "CDI education tip on documenting opioid use disorder severity and remission codes, with generic examples and no patient.",
    MAHAFFEY, [A("Hospitalist Group", a("hospitalists")), A("Addiction Medicine Group", a("addiction.med"))], "CDI tip of the month: OUD documentation", D(2026, 2, 3, 8, 30),
    T("""\
CDI tip of the month

"Opioid abuse" and "opioid dependence" still map to different ICD-10
categories, and payers and quality measures care about the
difference. When you document opioid use disorder:

- say mild (F11.10), moderate or severe (F11.20); "OUD" alone codes
  as unspecified
- say "in early remission" or "in sustained remission" when it
  applies, and "on maintenance therapy" if the person is on
  buprenorphine or methadone
- document withdrawal ("with withdrawal", F11.23) when you treat it
- opioids taken as prescribed for pain, with no disorder, are not OUD
  - use long-term opioid use (Z79.891)

Example wording: "Opioid use disorder, severe, on maintenance therapy
with buprenorphine-naloxone 16 mg daily; no withdrawal this admission."

Colleen Mahaffey, CCS, CCDS | x4811
"""), kind="trap")

add("adc-override-report-by-unit", "none",
    "Pharmacy's automated dispensing cabinet override report with aggregate counts by unit and drug; no patient.",
    A("Pharmacy Informatics", a("rx.informatics")), [A("Nurse Managers", a("nurse.managers"))], "ADC override report - February", D(2026, 3, 6, 7, 45),
    T("""\
Managers,

February override summary (all cabinets):

Unit           overrides   % of removals   top items
ED               1,204        6.8%         ondansetron, ketorolac, lorazepam
MICU               388        4.2%         propofol, fentanyl, norepinephrine
4 West             141        2.0%         acetaminophen, oxycodone
5 East             122        1.8%         furosemide, metoprolol
3 North             47        1.9%         olanzapine ODT, lorazepam
Birth Center        96        3.3%         oxytocin, methylergonovine

Controlled substance discrepancies: 14, all resolved within the shift.
Two units had unresolved discrepancies over 24 h - managers were
contacted directly.

Remember: overrides are for emergencies and for the override list
only; everything else waits for verification.

Pharmacy Informatics | x4285
"""), kind="trap")

add("bloodbank-oneg-inventory-low", "none",
    "Blood bank inventory alert about low O-negative red cells and transfusion stewardship; no patient.",
    A("Blood Bank", a("bloodbank")), [A("Medical Staff", a("medstaff")), NURSING], "Blood supply: O-negative RBCs critically low", D(2026, 1, 5, 11, 20),
    alt("""\
Our O-negative red cell inventory is at 9 units (target 30). The
regional supplier expects deliveries to recover by Friday.

Until then:
- O-neg is reserved for O-neg recipients, women of childbearing
  potential in emergencies, and neonates
- emergency release for everyone else will be O-POSITIVE (males and
  women over 50) - the ED and OR have been told
- transfuse one unit at a time and reassess (Hb threshold 7, or 8 for
  cardiac surgery/active ischemia)
- send type and screen early for planned surgery

Please encourage friends and family to donate at the Saturday blood
drive in the cafeteria.

Blood Bank | x4715
"""), kind="trap")

add("capacity-status-yellow-ed-boarders", "none",
    "Hospital capacity status with aggregate counts of ED boarders, psychiatric boarders and pending discharges; no individual.",
    PLACEMENT, [A("Capacity Huddle", a("capacity.huddle"))], "Capacity status YELLOW - 1400 update", D(2026, 1, 14, 14, 5),
    T("""\
Hospital status: YELLOW (surge level 1)

Census 312 / 330 staffed beds
ED: 64 patients, 14 admitted boarders (longest 19 h)
  - 6 awaiting medical beds, 3 awaiting tele
  - 5 awaiting inpatient psychiatry (3N full, 2 outside referrals out)
MICU: 18/18, 1 pending transfer out
Discharges: 41 expected today, 22 done, 8 with orders but waiting on
  rides/SNF
Birth Center: 6 of 10 rooms

Asks:
- units, please put discharge orders in by 1100 tomorrow
- the discharge lounge is open until 2000
- EVS has 2 extra staff on evenings for bed turns

Next update 1800.

Patient Placement Center | x4100
"""), kind="trap")

add("simulation-standardized-patient-actors", "none",
    "Simulation centre call for standardised patient actors with scripted scenarios (delirium, overdose, difficult news); no real patient.",
    A("Simulation Center", a("simcenter")), [ALLSTAFF], "Paid SP actors needed for May scenarios", D(2026, 4, 13, 10, 30),
    T("""\
The Simulation Center is looking for standardized patients (SPs) for
May. Staff, retirees and family members are welcome; $25/hour.

Scenarios:
- "Delirium on nights" (older adult, confused, pulling at lines) -
  2 SPs age 65+
- "Overdose in the restroom" (naloxone response) - 1 SP, any age,
  must be OK lying on the floor
- "Breaking bad news" (an adult child hearing about a parent's
  cancer) - 2 SPs
- "Agitated visitor" (de-escalation, Code Grey) - 1 SP

Scripts and training are provided; no acting experience needed.
Sessions are Tuesdays 0800-1200 in the Sim Center (B-wing, level 2).

Reply to this e-mail or call x4148.

Simulation Center
"""), kind="trap")

add("ciwa-cows-competency-due", "none",
    "Nursing education reminder that CIWA-Ar and COWS scoring competencies are due, with generic practice scenarios; no patient.",
    A("Clinical Education", a("clinical.education")), [A("4 West Staff", a("4w.staff")), UNIT5E, A("3 North Staff", a("3north.staff"))],
    "Reminder: CIWA-Ar / COWS competency due 2/28", D(2026, 2, 16, 8, 0),
    T("""\
Reminder: the annual withdrawal assessment competency is due 2/28.

1. Online module (25 min): alcohol withdrawal (CIWA-Ar) and opioid
   withdrawal (COWS) scoring, with video cases.
2. Scoring check-off: score 2 videos within 2 points of the expert
   score. Sign-off by your unit educator or charge RN.

Practice tip: COWS before the first buprenorphine dose should usually
be 8-12 or more. CIWA-Ar over 15 means call the provider, whatever
protocol you're on.

Completion as of today: 4W 61%, 5E 54%, 3N 88%.

Jenna Kowalski, MSN, RN | Clinical Education | x4145
"""), kind="trap")

add("lure-alert-patient-records-shared", "none",
    "IT security warning about a phishing e-mail titled 'Patient records shared with you'; the lure mentions records but no patient.",
    A("Information Security", a("infosec")), [ALLSTAFF], "PHISHING ALERT: \"Patient records shared with you\"", D(2026, 3, 16, 11, 40),
    alt("""\
Several departments received an e-mail this morning that looks like
this:

   From: "Records Share" <no-reply@secure-docs.example.net>
   Subject: Patient records shared with you - action required
   "A colleague has shared 3 patient chart documents with you.
    Sign in with your Alderbrook account to view Patient_Records.pdf"

It is a phishing attempt. The link goes to a fake login page.

If you received it:
- don't click the link; use the "Report phish" button in Outlook
- if you already clicked and entered your password, call the
  Service Desk at x4357 right away - we'll reset it

Real record shares inside Alderbrook only come through Corvane or
through the secure mail portal, never through a third-party link.

Information Security
"""), kind="trap")

add("him-roi-part2-hiv-consent-forms", "none",
    "HIM memo updating release-of-information consent forms for Part 2, HIV and genetic records; no patient.",
    A("HIM Release of Information", a("him.roi")), [A("Clinic Managers", a("clinic.managers")), A("Front Desk Leads", a("frontdesk.leads"))],
    "New ROI forms - please recycle the old ones by 3/1", D(2026, 2, 20, 14, 0),
    T("""\
Clinic managers and front desk leads,

New release-of-information forms are live on the intranet (Forms >
HIM). Please recycle every old paper copy by 3/1.

What's different:
- one general authorization (HIM-100) with separate initial boxes for
  HIV/AIDS-related information, mental health and psychotherapy
  notes, genetic test results, and reproductive health records
- a separate consent (HIM-102) for records from a federally assisted
  substance use disorder program (42 CFR Part 2) - Fernway and the
  Eastfield MOUD clinic; it now allows a single consent for treatment,
  payment and operations, and the redisclosure notice is printed on
  page 2
- Spanish, Vietnamese and Arabic translations of both

Questions: Dawn Reilly, x4820.

HIM Release of Information | fax (802) 555-0179
"""), kind="trap")

add("irb-depression-trial-recruitment-flyer", "none",
    "IRB-approved research recruitment flyer for a depression treatment study addressed to the public; no patient.",
    A("Psychiatry Research Office", a("psych.research")), [A("Psychiatry Attendings", a("psych.attendings")), A("Eastfield All Staff", a("allstaff", EAST))],
    "Please post: recruiting for the BRIGHTER depression study", D(2026, 3, 4, 10, 15),
    alt("""\
IRB #2025-0418 - approved flyer, please post in waiting rooms

ARE YOU FEELING DOWN MOST DAYS?
Adults 18-65 with depression may be able to join a research study
comparing two kinds of short-term talk therapy delivered by video.

- 12 weekly video sessions, at no cost
- up to $200 for completing study questionnaires
- you can keep seeing your own doctor

To learn more, call the study line at (802) 555-0172 or scan the QR
code. Calling does not sign you up for anything.

Principal investigator: Miriam Achterberg, MD, Department of
Psychiatry, Alderbrook Health

Clinicians: please don't send us names - give people the flyer and let
them contact us.
"""), kind="trap")

add("courier-schedule-hollis-viral-load-tubes", "none",
    "Lab courier schedule for the HIV clinic's specimen pickups (viral load and genotype tubes); no patient.",
    A("Lab Outreach & Courier", a("lab.courier")), [A("Hollis Street Clinic Staff", a("hollis.staff")), A("Eastfield Lab", a("lab", EAST))],
    "Courier changes starting 2/2 - Hollis St and Eastfield", D(2026, 1, 28, 13, 15),
    T("""\
Starting Monday 2/2:

Hollis Street Clinic pickups: 1030, 1400, 1630 (new 1630 run)
Eastfield CHC pickups: 1100, 1530

Specimen reminders for these sites:
- HIV viral load and genotype: PPT (white top) tubes, spun within
  6 hours, upright in the rack - please don't send unspun
- HIV Ag/Ab screens: gold top, room temp
- GC/CT urine and swabs: room temp, in the orange bag
- frozen specimens: call us, the regular run has no freezer

Tracking: every bag needs a manifest scan at pickup. If the courier is
more than 20 minutes late, call dispatch at (802) 555-0118.

Lab Outreach & Courier
"""), kind="trap")

add("mifepristone-rems-prescriber-renewal", "none",
    "Reminder to family-planning clinicians about mifepristone REMS prescriber certification and pharmacy dispensing; names staff, no patient.",
    A("Moreland, Jess", a("jess.moreland", WREN)), [A("Wren Valley Clinicians", a("clinicians", WREN))], "REMS paperwork - prescriber agreements and pharmacy cert", D(2026, 1, 12, 9, 45),
    T("""\
Hi clinicians,

Housekeeping for the mifepristone REMS:

- Prescriber agreement forms: Dr. Ostrowski, Dr. Haugen and Ama (NP)
  are on file with both distributors. Sam, your form for the new
  distributor is still missing - please sign the copy in your box.
- Our in-house pharmacy certification was renewed on 1/8.
- Patient agreement forms: new version from the manufacturer - the
  old ones are in the shred bin, please don't use them.
- Misoprostol stock is fine; the next mifepristone shipment arrives
  1/15.

Also a reminder that the state's reporting form for procedures is due
by the 10th of each month (totals only).

Jess
"""), kind="trap")

add("carrier-screening-vendor-pricing", "none",
    "Vendor proposal for expanded carrier screening and hereditary panels with pricing and turnaround; business mail, no patient.",
    A("Hale Martinez", "hale.martinez@helixpointgenomics.example.com"), [TSOSIE, A("Supply Chain Services", a("supplychain"))],
    "Helixpoint proposal - carrier screening + hereditary cancer pricing", D(2026, 2, 27, 15, 45),
    T("""\
Hi Wendy,

Following our call, here's the summary of our proposal for Alderbrook:

Expanded carrier screening (up to 500 genes)
  - $249 self-pay cap for patients, or in-network with the major plans
  - partner testing included at no cost within 60 days
  - 14-day turnaround
Hereditary cancer panel (84 genes)
  - $250 self-pay, free family-variant testing for relatives (90 days)
  - 10-day turnaround
Genetic counseling support
  - post-test phone counseling for negative and carrier results, if
    your team wants to offload those

We can integrate through your Corvane lab interface (HL7 ORU, PDF
embedded). Contract draft attached to the portal for procurement.

Best regards,
Hale Martinez
Account Director, Helixpoint Genomics
(650) 555-0126
"""), kind="trap", client="gmail")

add("county-overdose-dashboard-q1", "none",
    "County public-health overdose dashboard with aggregate counts by month, age band and substance; aggregate statistics.",
    A("Millbrook County Health Department", "epi@millbrookcounty-health.example.gov.test"), [A("Addiction Medicine Group", a("addiction.med")), A("ED Leadership", a("ed.leadership"))],
    "County overdose surveillance - Q1 2026 dashboard", D(2026, 4, 20, 9, 0),
    alt("""\
Partners,

The Q1 2026 overdose surveillance dashboard is posted. Summary:

Suspected overdose ED visits (county residents): 187
  January 58, February 61, March 68
By age: 18-29: 52; 30-44: 81; 45-64: 46; 65+: 8
Substances mentioned: fentanyl 71%, stimulants 39%, alcohol 22%
Fatal overdoses (preliminary): 14, compared with 19 in Q1 2025
Naloxone kits distributed by community partners: 2,140

Xylazine was found in 34% of the drug-checking samples; please keep
wound-care supplies in naloxone distribution.

Data are provisional and suppressed where counts are under 5.

Millbrook County Health Department, Epidemiology
"""), kind="trap")

add("biomed-pump-serials-asset-tags", "none",
    "Biomedical engineering list of infusion pump serial numbers, asset tags and part numbers (one looks like an SSN); no patient.",
    A("Clinical Engineering", a("biomed")), [A("Nurse Managers", a("nurse.managers"))], "Pump recall work - units please send these pumps to biomed", D(2026, 2, 23, 13, 0),
    T("""\
Managers,

Manufacturer field correction on the large-volume pumps (door latch
spring, part no. 410-52-8821). Please send the following pumps to
Clinical Engineering (B-012) this week. Loaners are available.

Asset tag   Serial        Last seen
A-20417     LV19H00412    4 West clean utility
A-20418     LV19H00413    4 West clean utility
A-20452     LV19H00471    5 East hallway
A-20519     LV20C01188    MICU room 6
A-20533     LV20C01202    ED core storage
A-20601     LV21A00057    Birth Center

The software library update (v14.2) will be loaded at the same time;
it includes the new heparin and insulin limits.

Clinical Engineering | x4099
"""), kind="trap")

add("privacy-access-audit-q4", "none",
    "Privacy office's aggregate access-audit findings and reminders without identifying any patient.",
    A("Privacy Office", a("privacy")), [A("Department Directors", a("directors"))], "Q4 access audit results (no names)", D(2026, 1, 30, 14, 30),
    T("""\
Directors,

Q4 proactive access audits:

- 18,400 record accesses sampled, 96 flagged for review
- 71 cleared as legitimate (care, billing, QA)
- 25 inappropriate: 19 employees looking up their own or a family
  member's record, 4 looking up a coworker, 2 looking up a person in
  the news
- sanctions: 14 written warnings, 9 final warnings, 2 terminations

Reminders for your staff:
- you may not look up your own chart in Corvane; use the patient
  portal like everyone else
- "just checking if they're okay" is not a reason
- sensitive records (behavioral health, SUD program, HIV, genetics)
  are audited at 100%

Privacy Office | x4028
"""), kind="trap")

add("ooo-psychiatrist-crisis-988", "none",
    "Psychiatrist's out-of-office auto-reply with on-call and crisis line instructions; no patient is concerned.",
    ACHTERBERG, [A("Norlake Medical Supply", "orders@norlakesupply.example.com")], "Automatic reply: 3N seclusion room mattress quote",
    D(2026, 4, 2, 9, 14),
    T("""\
I am out of the office until Monday, April 6, with limited e-mail.

For urgent clinical matters on 3 North, please call the unit at x4072
or page the psychiatrist on call through the operator.
For consult-liaison requests, place the consult order and page 3371.

If you or someone you know is in crisis, call or text 988.

Miriam Achterberg, MD
Medical Director, Inpatient Psychiatry (3 North)
""", cte="7bit"), kind="trap", client="outlook", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("coworker-birthday-dob-card", "none",
    "A coworker's birthday with her date of birth and a card collection; a birth date without health content.",
    A("Greer, Monica", a("monica.greer")), [A("ED Staff", a("ed.staff"))], "Shh - card for Carla's 50th", D(2026, 2, 2, 13, 0),
    T("""\
Hi all,

Carla turns 50 on Friday! (Born 2/6/1976 - she'll kill me for putting
that in writing.) Card is in my locker-room cubby, and there's a
jar for the cake fund in the charge desk drawer. We'll do cake at
1500 and again at 0300 for nights.

Please don't reply-all, she's on this list... oh wait. Well. Surprise,
Carla.

Monica
"""), kind="trap")

add("otp-dosing-window-copier-toner", "none",
    "Opioid treatment programme dosing-window mailbox writes to the copier vendor about toner; the display name is sensitive but no individual is concerned.",
    A("Fernway OTP Dosing Window", a("dosing", FERN)), [A("Brightline Copier Service", "service@brightlinecopiers.example.com")],
    "Service request - copier at front window, toner + jam", D(2026, 3, 10, 7, 50),
    T("""\
Hi,

Our copier at the front dosing window (model MX-4071, serial
B7K204418) keeps jamming in tray 2 and the black toner is low. Could
a tech come Wednesday or Thursday morning? Our hours are 6:00-13:30,
and the tech needs to check in at the front desk (ID required).

Please also send 2 black toner cartridges.

Thanks,
Rosa Alvarado
Fernway Recovery Center, front office
(802) 555-0146
"""), kind="trap")

# ------------------------------------------------------ none, ordinary --
add("cafeteria-menu-week-of-3-9", "none",
    "Cafeteria weekly menu and hours; ordinary operations mail.",
    A("Food & Nutrition Services", a("food.services")), [ALLSTAFF], "Cafe Alder menu - week of 3/9", D(2026, 3, 6, 14, 0),
    alt("""\
Cafe Alder - week of March 9

Mon  chicken tikka masala, chana masala, basmati rice
Tue  taco bar (beef, black bean), elote
Wed  roast turkey, mashed potatoes, green beans
Thu  pho station (beef or tofu)
Fri  fish and chips, clam chowder

Grill and salad bar daily. Night shift hot food 0000-0300 in the
vending alcove.

Reminder: payroll deduction is back on your badge from Monday.

Food & Nutrition Services | x4050
"""), kind="plain")

add("fire-drill-schedule-q2", "none",
    "Fire drill schedule by building and shift; ordinary operations mail.",
    A("Life Safety", a("lifesafety")), [A("Department Directors", a("directors")), A("Nurse Managers", a("nurse.managers"))], "Q2 fire drills - unannounced window", D(2026, 4, 1, 8, 30),
    T("""\
Directors and managers,

Q2 fire drills will happen between April 13 and May 22, one per shift
per building. They are unannounced to staff but you should know the
rules:

- R.A.C.E. and P.A.S.S. - every staff member should be able to explain
  them to the drill observer
- close every door in the smoke compartment
- do not evacuate during the drill unless the observer says so
- the observer will ask where the nearest pull station and the oxygen
  zone valves are

Last quarter's findings: 3 doors didn't latch, 2 fire extinguishers
blocked by carts. Please check your area this week.

Life Safety | x4064
"""), kind="plain")

add("password-expiry-reminder", "none",
    "IT password-expiry reminder; ordinary IT notice.",
    A("Alderbrook IT Service Desk", a("servicedesk")), [A("Castellano, Renee", a("renee.castellano"))], "Your network password expires in 5 days", D(2026, 2, 11, 6, 0),
    T("""\
Hello Renee Castellano,

The password for your Alderbrook network account (rcastellano)
expires in 5 days, on 2/16/2026.

To change it, press Ctrl+Alt+Del on any Alderbrook workstation and
choose "Change a password", or use the self-service page:
https://password.alderbrook.example.org

Remember: at least 14 characters; don't reuse your last 10 passwords.
The Service Desk will never ask for your password by e-mail or phone.

Alderbrook IT Service Desk | x4357
"""), kind="plain", client="system")

add("holiday-party-rsvp", "none",
    "Holiday party RSVP request; ordinary social mail.",
    A("Employee Engagement Committee", a("engagement")), [ALLSTAFF], "Save the date: staff holiday party Sat 12/12", D(2026, 11, 2, 12, 0),
    alt("""\
The staff holiday party is back at the Millbrook Grange!

Saturday, December 12, 7-11 pm
DJ, buffet, photo booth, and the ugly sweater contest

Free for staff plus one guest. Night shift: there's a breakfast
party on Monday 12/14 at 0700 in the cafeteria.

Please RSVP by 11/20 using the form on the intranet so we can give the
caterer a head count.

Employee Engagement Committee
"""), kind="plain")

add("printer-relocated-4w", "none",
    "Notice that a unit printer moved; ordinary operations mail.",
    A("Whitlock, Dana", a("dana.whitlock")), [A("4 West Staff", a("4w.staff"))], "Label printer moved", D(2026, 1, 21, 10, 15),
    T("""\
FYI - the label printer that was behind the med room door is now on
the counter next to the tube station. IT remapped it, nothing to
change on the WOWs. If you get "printer offline", power-cycle it and
call x4357.

Dana
""", cte="7bit"), kind="plain", client="outlook")

add("town-hall-invite-ceo", "none",
    "CEO town hall invitation; ordinary staff announcement.",
    A("Office of the President", a("president")), [ALLSTAFF], "Town halls with Dr. Kemp - March 10 and 11", D(2026, 3, 2, 9, 0),
    T("""\
Dear colleagues,

Please join me for our spring town halls. I'll share where we are on
the budget, the new parking garage and the Birth Center expansion, and
I'll take your questions.

Tue 3/10  0730 and 1200, Wohl Auditorium
Wed 3/11  1930 (for evening and night shifts), cafeteria
All sessions are streamed and recorded.

Questions can be sent in advance, anonymously, through the form on the
intranet.

With thanks,
Dr. Louise Kemp
President and CEO, Alderbrook Health
"""), kind="plain")

add("retirement-party-lab", "none",
    "Retirement celebration for a lab employee; ordinary social mail.",
    A("Chen, Lydia", a("lydia.chen")), [A("Laboratory All Staff", a("lab.all"))], "Retirement party for Bernie - 37 years!", D(2026, 5, 4, 11, 0),
    T("""\
After 37 years, Bernie Wachowski is retiring from the core lab at the
end of May!

Join us Friday 5/29, 1400-1600 in the lab conference room. Cake,
coffee, and a slideshow of Bernie through the decades (send me your
photos by 5/22, the 80s ones especially).

Card and gift collection at the accessioning desk.

Lydia
"""), kind="plain")

add("lost-keys-garage-a", "none",
    "Lost-and-found note about car keys; ordinary mail.",
    A("Security Operations", a("security")), [ALLSTAFF], "Found: car keys, Garage A level 2", D(2026, 2, 17, 8, 40),
    T("""\
A set of car keys (Subaru fob, a red carabiner and a small brass key)
was found on Garage A level 2 this morning. Claim them at the
Security office (ground floor, next to the ED ambulance bay) with ID.

Security Operations | x4911
""", cte="7bit"), kind="plain", client="system")

add("timecard-deadline-holiday", "none",
    "Payroll timecard deadline reminder; ordinary HR mail.",
    A("Payroll", a("payroll")), [A("Managers and Timekeepers", a("timekeepers"))], "Early timecard approval - Memorial Day", D(2026, 5, 19, 10, 0),
    T("""\
Because of Memorial Day, timecards for the pay period ending 5/23 must
be approved by Tuesday 5/26 at 10:00 am (instead of Monday).

Please check for missed punches and holiday premium codes (HOL for
worked holiday hours, HNW for holiday not worked). Pay date stays
Friday 5/29.

Payroll | x4940
"""), kind="plain")

add("hvac-maintenance-b-wing", "none",
    "Facilities notice about HVAC maintenance in an office wing; ordinary operations mail.",
    A("Facilities & Parking", a("facilities")), [A("B-Wing Occupants", a("bwing"))], "HVAC work in B-wing offices Sat 2/28", D(2026, 2, 24, 15, 0),
    T("""\
B-wing (levels 1-3, administrative offices only):

On Saturday 2/28 from 0600 to 1800 the air handler serving B-wing will
be off for belt and filter replacement. Offices may get cold. Please
take home anything temperature-sensitive (plants, the fish tank in
B-214 is being taken care of).

No clinical areas are affected.

Facilities Operations | x4060
"""), kind="plain")

add("softball-league-signup", "none",
    "Staff softball league sign-up; ordinary social mail.",
    A("Baptiste, Jerome", a("jerome.baptiste")), [ALLSTAFF], "Alderbrook softball - sign up by 4/10", D(2026, 3, 31, 16, 20),
    T("""\
The Alderbrook Aces are back! Co-ed slow pitch, Tuesday evenings at
Riverside Park starting May 5. All skill levels - last year we had
two people who had never held a bat and one of them hit a triple.

Sign up by 4/10 (reply to me). $20 covers the league fee and a shirt.
Transport, you're on the hook to beat Pharmacy this year.

Jerome Baptiste
Transport Dispatch | x4090
"""), kind="plain", client="iphone")

# ------------------------------------------------------ none, not English --
add("cuadrante-guardias-psiquiatria-abril", "none",
    "Spanish psychiatry on-call roster with doctors' names and extensions; no patient.",
    A("Secretaría de Psiquiatría", "secretaria.psiquiatria@hustelmo.es.test"),
    [A("Facultativos de Psiquiatría", "psiquiatria.fea@hustelmo.es.test")],
    "Cuadrante de guardias de Psiquiatría - abril 2026", D(2026, 3, 26, 12, 40, tz="eu"),
    alt("""\
Buenos días:

Os envío el cuadrante definitivo de guardias de Psiquiatría para abril.
Se han incorporado los cambios que pedisteis antes del día 20.

Semana 1 (1-5): Dra. Lucía Ferrer / Dr. Álvaro Nieto
Semana 2 (6-12): Dr. Javier Olmos / Dra. Carmen Villar
Semana 3 (13-19): Dra. Lucía Ferrer / Dra. Inés Robles (MIR 4)
Semana 4 (20-26): Dr. Álvaro Nieto / Dr. Javier Olmos
27-30: Dra. Carmen Villar / Dr. Pablo Serrano (MIR 3)

La guardia de Interconsulta cubre Urgencias y las plantas; la Unidad
de Hospitalización Breve llama al busca 5520. Recordad que cualquier
cambio posterior debe comunicarse a esta secretaría y a centralita
(ext. 1000) con 48 horas de antelación.

Un saludo,
Rosa Medina
Secretaría del Servicio de Psiquiatría - ext. 4460
""", cs="utf-8"), lang="es", kind="trap", client="outlook")

add("taller-diabetes-comunidad-volante", "none",
    "Spanish community diabetes workshop flyer sent to staff for distribution; general health education, no individual.",
    A("Eastfield CHC Outreach", a("outreach", EAST)), [A("Eastfield All Staff", a("allstaff", EAST))],
    "Volante: Taller gratuito \"Vivir bien con diabetes\"", D(2026, 2, 9, 9, 0),
    T("""\
Compañeros:

Por favor impriman y compartan este volante con sus pacientes y en la
comunidad.

TALLER GRATUITO: "VIVIR BIEN CON DIABETES"
Cuatro martes: 3, 10, 17 y 24 de marzo, de 6:00 a 7:30 p. m.
Salón comunitario de la Iglesia San José, calle Canal 400

- Qué comer sin dejar la comida de casa
- Cómo usar el glucómetro y qué significan los números
- Las medicinas para la diabetes: para qué sirve cada una
- Cuidado de los pies y de los ojos
- Caminatas en grupo los sábados

En español, con cuidado de niños y merienda saludable. No hace falta
tener seguro médico.

Información: (802) 555-0120, pregunte por Ana o Marisol.
""", cs="iso-8859-1", cte="8bit"), lang="es", kind="trap", client="outlook")

add("protocolo-contencion-mecanica-revision", "none",
    "Spanish nursing memo on a revised mechanical restraint protocol in psychiatry; policy, no patient.",
    A("Dirección de Enfermería", "direccion.enfermeria@hustelmo.es.test"),
    [A("Supervisores y Enfermería de Salud Mental", "enfermeria.sm@hustelmo.es.test")],
    "Revisión del protocolo de contención mecánica (Salud Mental)", D(2026, 1, 20, 13, 15, tz="eu"),
    T("""\
Estimados compañeros:

La Comisión de Calidad ha aprobado la revisión del protocolo de
contención mecánica para la Unidad de Hospitalización Breve de Salud
Mental. Entra en vigor el 1 de febrero. Los cambios principales:

1. La contención solo se indica cuando han fracasado las medidas de
   desescalada verbal y ambiental, y siempre con orden médica escrita.
2. La revaloración médica es obligatoria cada 4 horas; sin ella la
   contención debe retirarse.
3. Vigilancia de enfermería presencial cada 15 minutos, con registro
   de constantes cada hora y de la retirada progresiva de puntos.
4. Después de cada episodio se hace una sesión de análisis con el
   equipo y con la persona contenida, en las 24 horas siguientes.
5. Nuevo indicador mensual: horas de contención por 1.000 estancias.

El documento completo está en la intranet (Protocolos > Salud Mental).
Habrá sesiones formativas los días 27 y 29 de enero a las 14:30.

Dirección de Enfermería
""", cs="windows-1252", cte="quoted-printable"), lang="es", kind="trap", client="outlook")

add("journee-sida-stand-depistage-benevoles", "none",
    "French call for staff volunteers at a World AIDS Day rapid-testing stand; public health outreach, no individual.",
    A("Service des maladies infectieuses", "smit@ch-valmont.fr.test"),
    [A("Personnel du CH de Valmont", "tous@ch-valmont.fr.test")],
    "1er décembre - stand de dépistage, appel à bénévoles", D(2026, 11, 16, 10, 0, tz="eu"),
    alt("""\
Chères et chers collègues,

Pour la Journée mondiale de lutte contre le sida, le service des
maladies infectieuses et le CeGIDD tiennent un stand dans le hall
principal le mardi 1er décembre, de 10 h à 18 h.

Au programme :
- tests rapides d'orientation diagnostique (VIH, hépatite C), gratuits
  et anonymes
- information sur la PrEP et le traitement post-exposition
- distribution de préservatifs et d'autotests

Nous cherchons 8 bénévoles (IDE, médecins, internes) par créneau de
2 heures. Une courte formation aux TROD est prévue le 24 novembre à
14 h, salle Pasteur.

Inscription auprès de Claire Vautrin, poste 5120.

Merci d'avance !
""", cs="utf-8", style="apple"), lang="fr", kind="trap", client="apple")

add("travaux-parking-personnel-valmont", "none",
    "French notice about staff car park works; ordinary operations mail.",
    A("Services techniques", "services.techniques@ch-valmont.fr.test"),
    [A("Personnel du CH de Valmont", "tous@ch-valmont.fr.test")],
    "Travaux parking P2 du 9 au 20 mars", D(2026, 3, 2, 8, 45, tz="eu"),
    T("""\
Madame, Monsieur,

Des travaux de réfection de l'enrobé auront lieu sur le parking du
personnel P2 du lundi 9 au vendredi 20 mars.

Pendant cette période :
- le niveau bas du P2 sera fermé ;
- une navette gratuite relie le parking relais de la gare à l'entrée
  principale toutes les 15 minutes, de 6 h à 21 h ;
- le tarif du parking visiteurs (2,50 € par heure) ne s'applique pas
  aux agents sur présentation du badge.

Nous vous remercions de votre compréhension.

Les services techniques - poste 4020
""", cs="iso-8859-15", cte="quoted-printable"), lang="fr", kind="plain", client="outlook")

add("bereitschaftsplan-psychiatrie-sucht-mai", "none",
    "German on-call plan for psychiatry and addiction medicine with doctors' names and phone extensions; no patient.",
    A("Chefarztsekretariat Psychiatrie", "sekretariat.psy@klinikum-nordheide.de.test"),
    [A("Ärztinnen und Ärzte Psychiatrie", "aerzte.psy@klinikum-nordheide.de.test")],
    "Bereitschaftsdienstplan Mai - Psychiatrie und Suchtmedizin", D(2026, 4, 22, 11, 10, tz="eu"),
    T("""\
Liebe Kolleginnen und Kollegen,

anbei der Bereitschaftsdienstplan für Mai (Vordergrund / Hintergrund).

Vordergrunddienst Psychiatrie, Telefon -3300:
  01.-07.05.  Dr. Brenner
  08.-14.05.  Frau Kaya
  15.-21.05.  Dr. Albrecht-Kühn
  22.-31.05.  Herr Petersen
Hintergrund (Oberärzte): Dr. Sommerfeld (1.-15.), Dr. Haas (16.-31.)

Qualifizierter Entzug / Suchtmedizin (Station S1), Telefon -3340:
  werktags Dr. Haas, am Wochenende jeweils der Hintergrunddienst.

Tauschwünsche bitte bis zum 28.04. an das Sekretariat, danach nur
noch mit Absprache des Oberarztes.

Mit freundlichen Grüßen
Monika Freitag
Chefarztsekretariat, Klinik für Psychiatrie, Psychotherapie und
Suchtmedizin - Durchwahl -3301
""", cs="iso-8859-1", cte="quoted-printable"), lang="de", kind="trap", client="outlook")

add("hygienekommission-protokoll-quartal", "none",
    "German infection-control committee minutes with aggregate MRSA, C. difficile and hand-hygiene figures; no patient.",
    A("Krankenhaushygiene", "hygiene@klinikum-nordheide.de.test"),
    [A("Mitglieder der Hygienekommission", "hygienekommission@klinikum-nordheide.de.test")],
    "Protokoll Hygienekommission 1. Quartal 2026", D(2026, 4, 14, 15, 30, tz="eu"),
    T("""\
Sehr geehrte Mitglieder der Hygienekommission,

hier die wichtigsten Punkte aus dem Protokoll der Sitzung vom 9. April
(vollständiges Protokoll im Intranet):

1. Surveillance Q1 2026 (KISS-Definitionen)
   - MRSA-Nachweise gesamt: 23, davon nosokomial: 4
   - C.-difficile-Infektionen nosokomial: 7 (Vorquartal 11)
   - ZVK-assoziierte Sepsis Intensiv: 1,1 pro 1.000 ZVK-Tage
2. Händedesinfektionsmittelverbrauch: 84 ml pro Patiententag
   (Ziel: 90 ml). Schlusslicht sind die Normalstationen der Inneren.
3. Aufnahmescreening MRSA/MRGN: Umsetzung 91 %.
4. Neue Verfahrensanweisung Norovirus ab 1. Mai.
5. Nächste Begehung: Zentralsterilisation am 12. Mai.

Mit freundlichen Grüßen
Dr. Katrin Löffler
Krankenhaushygienikerin
""", cs="utf-8", cte="8bit"), lang="de", kind="trap", client="thunderbird")

add("corso-blsd-manichino-maggio", "none",
    "Italian BLSD course announcement with mannequin practice and simulated cardiac arrest; no patient.",
    A("Ufficio Formazione", "formazione@ospedale-borgoverde.it.test"),
    [A("Personale sanitario", "personale.sanitario@ospedale-borgoverde.it.test")],
    "Corso BLSD retraining - maggio 2026", D(2026, 4, 15, 9, 30, tz="eu"),
    T("""\
Gentili colleghi,

sono aperte le iscrizioni al corso di retraining BLSD (rianimazione
cardiopolmonare e uso del defibrillatore) per il personale sanitario.

Date: 12, 19 e 26 maggio, dalle 8:30 alle 13:30
Sede: aula di simulazione, padiglione C, piano terra

Il corso prevede esercitazioni pratiche su manichino adulto e
pediatrico con feedback sulla qualità delle compressioni e scenari
simulati di arresto cardiaco in reparto. Al termine è prevista la
valutazione pratica.

Il retraining è obbligatorio ogni due anni per infermieri e medici
dei reparti di degenza. Iscrizioni sul portale formazione entro il
30 aprile; posti limitati a 18 per edizione.

Ufficio Formazione - int. 2150
""", cs="iso-8859-1", cte="quoted-printable"), lang="it", kind="trap", client="outlook")

add("inventario-farmacia-controlados-lotes", "none",
    "Portuguese pharmacy inventory of controlled drugs (morphine, methadone, fentanyl) with lot numbers and quantities; no patient.",
    A("Farmácia Hospitalar", "farmacia@hsantaclara.com.br.test"),
    [A("Coordenação de Enfermagem", "coord.enfermagem@hsantaclara.com.br.test")],
    "Inventário mensal de medicamentos controlados - março", D(2026, 3, 31, 18, 10, tz="-0300"),
    T("""\
Prezadas coordenadoras,

Segue o resultado do inventário mensal de medicamentos controlados
(Portaria 344) realizado hoje na farmácia central e nos carros de
emergência:

Morfina 10 mg/ml amp. - lote MF25-1180 - val. 09/2027 - 412 unid.
Metadona 10 mg comp. - lote MTD0925 - val. 11/2026 - 300 comp.
Fentanila 50 mcg/ml amp. - lote FEN2601 - val. 01/2028 - 188 unid.
Midazolam 5 mg/ml amp. - lote MDZ2533 - val. 06/2027 - 240 unid.
Cetamina 50 mg/ml fr. - lote KET2511 - val. 04/2027 - 36 unid.

Divergências: 2 ampolas de morfina na UTI adulto (quebra registrada
sem assinatura da segunda testemunha). Favor regularizar o livro de
registro até sexta-feira.

Atenciosamente,
Farm. Ricardo Tavares - CRF em arquivo
Farmácia Hospitalar, ramal 2300
""", cs="windows-1252", cte="base64"), lang="pt", kind="trap", client="outlook")

add("campanha-vacinacao-gripe-adesao-setor", "none",
    "Portuguese staff flu vaccination campaign with uptake percentages by department; no individual.",
    A("Serviço de Saúde Ocupacional", "sesmt@hsantaclara.com.br.test"),
    [A("Todos os colaboradores", "todos@hsantaclara.com.br.test")],
    "Campanha de vacinação contra a gripe - adesão por setor", D(2026, 4, 28, 9, 0, tz="-0300"),
    T("""\
Prezados colaboradores,

A campanha de vacinação contra a gripe para funcionários continua até
15 de maio. Até agora 71% da equipe foi vacinada. Adesão por setor:

UTI adulto 88% | Pronto-Socorro 64% | Centro Cirúrgico 79%
Clínica Médica 73% | Maternidade 81% | Higienização 52%
Administrativo 60% | Nutrição 58%

A vacina é aplicada no SESMT (térreo, bloco B), de segunda a sexta,
das 7h às 19h, e a equipe volante passa nos setores às terças à noite.
Quem se vacinou em outro local deve trazer o comprovante.

Serviço de Saúde Ocupacional - ramal 2080
""", cs="iso-8859-1", cte="quoted-printable"), lang="pt", kind="trap", client="outlook")

add("grafik-dezhurstv-narkologiya-aprel", "none",
    "Russian addiction-medicine department duty roster with doctors' and nurses' names and extensions; no patient.",
    A("Заведующий наркологическим отделением", "narko.zav@gkb12.ru.test"),
    [A("Сотрудники наркологического отделения", "narko.staff@gkb12.ru.test")],
    "График дежурств наркологического отделения на апрель", D(2026, 3, 27, 14, 20, tz="+0300"),
    T("""\
Уважаемые коллеги!

Направляю утверждённый график дежурств на апрель.

Врачи психиатры-наркологи:
  1-7 апреля - Соколов Д. В.
  8-14 апреля - Литвинова Е. А.
  15-21 апреля - Гаврилов П. С.
  22-30 апреля - Соколов Д. В.
Старшие медсёстры смен: Орлова Т. И., Беляева Н. Н.

Дежурный врач отвечает на вызовы приёмного отделения и консультации
по больнице, телефон внутр. 4520. Обмен дежурствами согласовывать со
мной не позднее чем за три дня.

Напоминаю, что 17 апреля в 14:00 - занятие по оказанию неотложной
помощи при передозировке для среднего персонала.

Заведующий отделением
А. Н. Кравченко
""", cs="koi8-r", cte="quoted-printable"), lang="ru", kind="trap", client="thunderbird")

add("otklyuchenie-goryachey-vody-korpus-2", "none",
    "Russian notice about a hot-water shutdown in a hospital building; ordinary operations mail.",
    A("Хозяйственная служба", "hoz@gkb12.ru.test"),
    [A("Все сотрудники", "vse@gkb12.ru.test")],
    "Отключение горячей воды в корпусе 2", D(2026, 5, 12, 10, 0, tz="+0300"),
    T("""\
Уважаемые сотрудники!

В связи с плановыми работами горячая вода в корпусе 2 будет отключена
с 18 по 20 мая включительно. В отделениях будут установлены
электрические водонагреватели; в пищеблоке работы проводятся ночью.

Просим заведующих отделениями заранее проверить, где нужны
дополнительные водонагреватели, и сообщить в хозяйственную службу до
15 мая по телефону внутр. 1120.

Хозяйственная служба
""", cs="windows-1251", cte="8bit"), lang="ru", kind="plain", client="outlook")

add("kvartalnyi-zvit-testuvannia-vil", "none",
    "Ukrainian quarterly report of aggregate HIV testing counts and positivity by department; aggregate statistics, no individual.",
    A("Відділ статистики", "statystyka@likarnia3.ua.test"),
    [A("Завідувачі відділень", "zaviduvachi@likarnia3.ua.test")],
    "Квартальний звіт: тестування на ВІЛ, I квартал 2026", D(2026, 4, 9, 12, 0, tz="+0300"),
    T("""\
Шановні колеги!

Зведені дані щодо тестування на ВІЛ за I квартал 2026 року:

Всього проведено швидких тестів: 2 418
  приймальне відділення - 1 102
  пологове відділення - 611
  терапевтичні відділення - 455
  хірургічні відділення - 250
Позитивних результатів (підтверджених): 19 (0,8 %)
Направлено до центру СНІДу протягом 7 днів: 18 з 19

Прохання до завідувачів: звернути увагу на низьке охоплення
тестуванням у хірургічних відділеннях. Дані подано без персональних
даних пацієнтів.

Відділ медичної статистики
""", cs="koi8-u", cte="base64"), lang="uk", kind="trap", client="thunderbird")

add("ogloszenie-psycholog-oddzial-terapii-uzaleznien", "none",
    "Polish job posting for a clinical psychologist on an addiction treatment ward; no patient.",
    A("Dział Kadr", "kadry@szpital-zalesie.pl.test"),
    [A("Wszyscy pracownicy", "pracownicy@szpital-zalesie.pl.test")],
    "Oferta pracy: psycholog kliniczny - Oddział Terapii Uzależnień", D(2026, 2, 4, 9, 0, tz="eu"),
    T("""\
Szanowni Państwo,

Szpital Miejski w Zalesiu zatrudni psychologa klinicznego lub
specjalistę psychoterapii uzależnień na Oddział Terapii Uzależnień od
Alkoholu (pełny etat, umowa o pracę).

Zakres obowiązków:
- prowadzenie psychoterapii grupowej i indywidualnej,
- diagnoza psychologiczna pacjentów oddziału,
- współpraca z oddziałem detoksykacyjnym i poradnią leczenia
  uzależnień,
- prowadzenie grup wsparcia dla rodzin.

Wymagania: tytuł magistra psychologii, certyfikat specjalisty
psychoterapii uzależnień lub w trakcie szkolenia.

CV prosimy przesyłać do 20 lutego na adres Działu Kadr. Zachęcamy do
przekazania ogłoszenia znajomym.

Dział Kadr, tel. wewn. 110
""", cs="iso-8859-2", cte="quoted-printable"), lang="pl", kind="trap", client="outlook")

add("yuangan-jiance-yuebao-3yue", "none",
    "Chinese (GB2312) monthly infection-control report with aggregate hospital-acquired infection rates by department; no individual.",
    A("医院感染管理科", "ganke@qinglan3h.cn.test"),
    [A("各临床科室主任", "kezhuren@qinglan3h.cn.test")],
    "2026年3月医院感染监测月报", D(2026, 4, 7, 10, 30, tz="+0800"),
    T("""\
各临床科室：

现将2026年3月医院感染监测情况通报如下：

一、全院医院感染发生率 1.42%（上月 1.56%），例次感染率 1.51%。
二、重症医学科：中心静脉导管相关血流感染 1.2‰，
    呼吸机相关肺炎 4.8‰，导尿管相关尿路感染 1.1‰。
三、多重耐药菌检出 37 例，其中耐甲氧西林金黄色葡萄球菌 12 例，
    耐碳青霉烯类肺炎克雷伯菌 5 例。
四、手卫生依从率 86.3%，外科系统低于内科系统。

请各科室针对以上问题落实整改，下月例会汇报。

医院感染管理科
分机 6050
""", cs="gb2312", cte="base64"), lang="zh", kind="trap", client="outlook")

add("jingshenke-menjin-ka-gengxin", "none",
    "Traditional Chinese (Big5) notice about access-card changes for the psychiatric ward doors; no patient.",
    A("總務室 安全管理組", "security@songjian-hosp.tw.test"),
    [A("精神科病房同仁", "psych.ward@songjian-hosp.tw.test")],
    "精神科急性病房門禁系統更新通知", D(2026, 3, 16, 9, 0, tz="+0800"),
    T("""\
精神科急性病房各位同仁您好：

本院將於三月二十三日（星期一）起更新精神科急性病房之門禁系統。

一、病房雙道門改為「同一時間僅能開啟一道門」。
二、員工識別證需重新設定，請於三月二十日前至總務室（行政大樓一樓）
    辦理，逾期將無法進入病房。
三、實習學生及外院支援人員，請由單位主管統一申請臨時卡。
四、訪客一律由護理站以對講機確認後開門。

如有門禁異常，請撥分機 1190 通知安全管理組（二十四小時）。

總務室 安全管理組 敬啟
""", cs="big5", cte="base64"), lang="zh", kind="trap", client="outlook")

add("denshi-karute-teishi-oshirase", "none",
    "Japanese (ISO-2022-JP) planned EHR downtime notice with paper downtime procedures; no patient.",
    A("医療情報部", "iryojoho@kitahama-hp.jp.test"),
    [A("全職員", "all@kitahama-hp.jp.test")],
    "【重要】電子カルテシステム停止のお知らせ（2月22日）", D(2026, 2, 13, 17, 0, tz="+0900"),
    T("""\
職員各位

医療情報部です。システム更新作業のため、下記の日時に電子カルテ
システムを停止いたします。

日時：2月22日（日）午前1時から午前5時まで（予定）
対象：電子カルテ、オーダリング、検査・薬剤部門システム

停止中の運用：
・指示、処方、検査依頼は紙伝票を使用してください。
・停止前の午前0時30分までに、各病棟で患者一覧と
　注射・内服の指示一覧を印刷してください。
・検査結果の至急報告は電話で行います。
・再開後、紙で行った指示は必ずシステムに入力してください。

ご不明な点は医療情報部（内線 2100）までお問い合わせください。
""", cs="iso-2022-jp", cte="7bit"), lang="ja", kind="trap", client="thunderbird")

add("churinjo-kouji-oshirase", "none",
    "Japanese notice about bicycle parking construction for staff; ordinary operations mail.",
    A("施設管理課", "shisetsu@kitahama-hp.jp.test"),
    [A("全職員", "all@kitahama-hp.jp.test")],
    "職員用駐輪場の工事について", D(2026, 4, 6, 10, 15, tz="+0900"),
    T("""\
職員各位

施設管理課です。

4月13日（月）から4月24日（金）まで、職員用駐輪場の屋根の
改修工事を行います。工事期間中は、北側の臨時駐輪場をご利用
ください。

自転車の移動は4月10日（金）までにお願いいたします。
残っている自転車は業者が臨時駐輪場へ移動します。

ご不便をおかけしますが、ご協力をお願いいたします。

施設管理課（内線 1300）
""", cs="shift_jis", cte="base64"), lang="ja", kind="plain", client="outlook")

add("jikwon-dokgam-jeopjong-bubseobyeol", "none",
    "Korean (EUC-KR) staff influenza vaccination rates by department and clinic hours; no individual.",
    A("감염관리실", "ic@hanbit-hosp.kr.test"),
    [A("전 직원", "all@hanbit-hosp.kr.test")],
    "직원 인플루엔자 예방접종 현황 (부서별)", D(2026, 11, 9, 9, 30, tz="+0900"),
    T("""\
전 직원 여러분께,

11월 6일 기준 직원 인플루엔자 예방접종 현황을 알려드립니다.

전체 접종률: 82.4%
  간호부 91%, 진료부 85%, 약제부 100%
  영상의학과 78%, 진단검사의학과 88%
  원무과 69%, 시설팀 61%

아직 접종하지 않으신 분은 11월 20일까지 직원 건강관리실(본관 2층,
내선 2270)에서 접종해 주시기 바랍니다. 외부에서 접종하신 분은
접종 증명서를 제출해 주십시오.

감염관리실 드림
""", cs="euc-kr", cte="base64"), lang="ko", kind="trap", client="outlook")

add("tap-huan-kiem-soat-nhiem-khuan", "none",
    "Vietnamese infection-control training announcement with isolation precautions and hand hygiene; no patient.",
    A("Khoa Kiểm soát nhiễm khuẩn", "kiemsoatnhiemkhuan@hoaan-hospital.vn.test"),
    [A("Toàn thể nhân viên", "nhanvien@hoaan-hospital.vn.test")],
    "Lịch tập huấn kiểm soát nhiễm khuẩn tháng 4", D(2026, 3, 30, 8, 0, tz="+0700"),
    T("""\
Kính gửi toàn thể nhân viên,

Khoa Kiểm soát nhiễm khuẩn tổ chức tập huấn định kỳ cho điều dưỡng,
hộ lý và nhân viên vệ sinh như sau:

- Thời gian: 8 giờ - 11 giờ, các ngày 7, 14 và 21 tháng 4
- Địa điểm: Hội trường tầng 3, nhà B
- Nội dung:
  + Vệ sinh tay theo 5 thời điểm của WHO
  + Phòng ngừa chuẩn và phòng ngừa lây truyền qua tiếp xúc, giọt bắn
  + Quy trình làm sạch buồng bệnh cách ly
  + Xử lý khi bị kim đâm

Mỗi khoa cử ít nhất 2 người mỗi buổi. Đăng ký với khoa Kiểm soát
nhiễm khuẩn trước ngày 3/4, máy lẻ 205.

Trân trọng.
""", cs="utf-8", cte="quoted-printable"), lang="vi", kind="trap", client="gmail")

add("jadwal-munawabat-altib-alnafsi", "none",
    "Arabic (windows-1256) psychiatry department on-call schedule with doctors' names and extensions; no patient.",
    A("قسم الطب النفسي - السكرتارية", "psych.sec@alwaha-hospital.sa.test", "windows-1256", "B"),
    [A("أطباء قسم الطب النفسي", "psych.doctors@alwaha-hospital.sa.test", "windows-1256", "B")],
    "جدول مناوبات قسم الطب النفسي لشهر مايو", D(2026, 4, 26, 10, 0, tz="+0300"),
    T("""\
الزملاء الأعزاء،

نرفق لكم جدول المناوبات لشهر مايو بعد اعتماده من رئيس القسم:

الأسبوع الأول: د. سارة الحربي / د. خالد العتيبي
الأسبوع الثاني: د. فهد القحطاني / د. نورة الشمري
الأسبوع الثالث: د. سارة الحربي / د. عمر الزهراني
الأسبوع الرابع: د. خالد العتيبي / د. فهد القحطاني

الطبيب المناوب مسؤول عن استشارات الطوارئ والأقسام الداخلية،
ويمكن الوصول إليه عبر التحويلة 4410.
أي تبديل في المناوبات يجب إبلاغ السكرتارية به قبل ثلاثة أيام على الأقل.

مع التحية،
سكرتارية قسم الطب النفسي
""", cs="windows-1256", cte="base64"), lang="ar", kind="trap", client="outlook")

add("nashrat-salamat-almarda-abril", "none",
    "Arabic patient-safety newsletter with medication-safety tips and aggregate incident counts; no individual.",
    A("إدارة سلامة المرضى", "patientsafety@alwaha-hospital.sa.test"),
    [A("جميع الموظفين", "all@alwaha-hospital.sa.test")],
    "نشرة سلامة المرضى - أبريل", D(2026, 4, 30, 8, 0, tz="+0300"),
    alt("""\
نشرة سلامة المرضى - العدد الرابع

أرقام الشهر
- عدد البلاغات عن الحوادث: 148 بلاغاً، 68٪ منها حوادث كادت أن تقع
  ولم تسبب ضرراً.
- أخطاء الأدوية: 21 بلاغاً، أغلبها في مرحلة التحضير.

نصيحة الشهر: الأدوية عالية الخطورة
- الإنسولين والهيبارين وكلوريد البوتاسيوم المركز تتطلب تحققاً
  مزدوجاً مستقلاً قبل الإعطاء.
- لا تستخدم قلم الإنسولين لأكثر من مريض واحد.

شكر وتقدير
نشكر فريق الصيدلية على اكتشاف تشابه في عبوات دوائين قبل وصولها إلى
الأقسام.

إدارة سلامة المرضى - تحويلة 2150
""", cs="utf-8", tcte="base64", hcte="base64",
        html='<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             '<body dir="rtl" style="font-family:Tahoma,sans-serif">\n<h2>نشرة سلامة المرضى - العدد الرابع</h2>\n'
             '<h3>أرقام الشهر</h3>\n<ul><li>عدد البلاغات عن الحوادث: 148 بلاغاً، 68٪ منها حوادث كادت أن تقع ولم تسبب ضرراً.</li>\n'
             '<li>أخطاء الأدوية: 21 بلاغاً، أغلبها في مرحلة التحضير.</li></ul>\n'
             '<h3>نصيحة الشهر: الأدوية عالية الخطورة</h3>\n<ul><li>الإنسولين والهيبارين وكلوريد البوتاسيوم المركز تتطلب تحققاً مزدوجاً مستقلاً قبل الإعطاء.</li>\n'
             '<li>لا تستخدم قلم الإنسولين لأكثر من مريض واحد.</li></ul>\n'
             '<h3>شكر وتقدير</h3>\n<p>نشكر فريق الصيدلية على اكتشاف تشابه في عبوات دوائين قبل وصولها إلى الأقسام.</p>\n'
             '<p>إدارة سلامة المرضى - تحويلة 2150</p>\n</body></html>\n'), lang="ar", kind="trap", client="outlook")

add("harzaa-yeutz-geneti-onkologi", "none",
    "Hebrew invitation to a staff lecture on cancer genetic counselling and BRCA testing; education, no patient.",
    A("מחלקת הדרכה", "hadracha@hagalil-mc.il.test"),
    [A("צוות רפואי וסיעודי", "staff@hagalil-mc.il.test")],
    "הרצאה: ייעוץ גנטי באונקולוגיה - יום שלישי", D(2026, 1, 26, 9, 0, tz="+0200"),
    T("""\
שלום לכולם,

אנו מזמינים את הצוות הרפואי והסיעודי להרצאה:

"ייעוץ גנטי באונקולוגיה: מתי להפנות, מה בודקים ומה עושים עם התוצאה"
מרצה: יעל ברק, יועצת גנטית, המכון הגנטי

יום שלישי, 3 בפברואר, בשעה 13:00, אולם ההרצאות בקומה 2.

בין הנושאים: בדיקת מוטציות מייסדות בגנים BRCA1 ו-BRCA2, תסמונת
לינץ', בדיקות לבני משפחה, והשיחה עם המטופלת לפני הבדיקה.

ההרצאה מוכרת לנקודות זכות בהשתלמות. כיבוד קל יוגש.

מחלקת הדרכה, שלוחה 2200
""", cs="utf-8", cte="base64"), lang="he", kind="trap", client="outlook")

add("yangin-tatbikati-mayis", "none",
    "Turkish fire drill announcement; ordinary operations mail.",
    A("İş Sağlığı ve Güvenliği Birimi", "isg@yesiltepe-hastanesi.tr.test"),
    [A("Tüm Personel", "personel@yesiltepe-hastanesi.tr.test")],
    "Yangın tatbikatı - 14 Mayıs Perşembe", D(2026, 5, 7, 9, 0, tz="+0300"),
    T("""\
Değerli çalışma arkadaşlarımız,

14 Mayıs Perşembe günü saat 10:30'da B blokta yangın tatbikatı
yapılacaktır. Tatbikat yaklaşık 30 dakika sürecektir.

- Alarm çaldığında bulunduğunuz alanın kapılarını kapatınız.
- Asansörleri kullanmayınız.
- Toplanma alanı: otopark girişi yanındaki yeşil alan.
- Yoğun bakım ve ameliyathane tatbikata katılmayacak, yalnızca
  bilgilendirilecektir.

Birim sorumlularının, personel listesini toplanma alanında kontrol
etmesi rica olunur.

İş Sağlığı ve Güvenliği Birimi - dahili 1450
""", cs="windows-1254", cte="8bit"), lang="tr", kind="plain", client="outlook")

add("scholing-anticonceptie-protocol-update", "none",
    "Dutch staff training and protocol update on contraception counselling and emergency contraception; education, no client.",
    A("Afdeling Opleiding", "opleiding@ziekenhuis-rijnoever.nl.test"),
    [A("Verpleegkundigen Gynaecologie en SEH", "vpk.gyn@ziekenhuis-rijnoever.nl.test")],
    "Scholing anticonceptie + herzien protocol noodanticonceptie", D(2026, 2, 17, 11, 0, tz="eu"),
    T("""\
Beste collega's,

Het protocol noodanticonceptie is herzien en geldt vanaf 1 maart voor
de SEH, de polikliniek gynaecologie en de zedenpoli. De belangrijkste
wijzigingen:

- ulipristal is eerste keus tot 120 uur na onbeschermd contact;
  levonorgestrel alleen als ulipristal niet geschikt is
- bij een BMI boven 30 of binnen 5 dagen: koperspiraal bespreken als
  meest betrouwbare optie
- altijd aanbieden: soa-test, zwangerschapstest na 3 weken en een
  vervolgafspraak voor anticonceptie

Scholing (1 uur, accreditatie aangevraagd):
  dinsdag 24 februari 15:00 en donderdag 26 februari 8:00,
  zaal 2.14. Aanmelden via het leerplein.

Met vriendelijke groet,
Afdeling Opleiding
""", cs="utf-8", cte="quoted-printable"), lang="nl", kind="trap", client="outlook")

add("kerstborrel-afdeling-interne", "none",
    "Dutch department Christmas drinks invitation; ordinary social mail.",
    A("Secretariaat Interne Geneeskunde", "secretariaat.interne@ziekenhuis-rijnoever.nl.test"),
    [A("Medewerkers Interne Geneeskunde", "interne@ziekenhuis-rijnoever.nl.test")],
    "Kerstborrel vrijdag 18 december", D(2026, 12, 1, 10, 0, tz="eu"),
    T("""\
Beste collega's,

Graag nodigen we jullie uit voor de kerstborrel van de afdeling:

vrijdag 18 december, vanaf 16:30 uur
Café De Waag, naast de hoofdingang

Er zijn hapjes en drankjes; partners zijn welkom. Voor wie dienst
heeft: op maandag 21 december staat er om 7:30 een kerstontbijt klaar
in de teamkamer.

Aanmelden vóór 11 december bij het secretariaat (toestel 3120), zodat
we weten hoeveel bitterballen we moeten bestellen.

Hartelijke groet,
Anouk en Pieter
""", cs="windows-1252", cte="quoted-printable"), lang="nl", kind="plain", client="outlook")


# Colleagues copied in, as real threads carry them.
def _c(name, local, dom=ALD):
    return A(name, a(local, dom))


CC_MORE = {
    "4w-nights-to-days-handoff": [_c("Tanaka, Joy", "joy.tanaka")],
    "ed-to-micu-bed-request-dka": [_c("MICU Charge", "micu.charge"), _c("House Supervisor", "house.supervisor")],
    "transport-ir-picc-contact": [_c("IR Scheduling", "ir.scheduling")],
    "pharm-vanco-trough-hold": [NWOSU, _c("Pharmacy - Medicine Team", "rx.medicine")],
    "rrt-debrief-hypotension-4w": [_c("Sahin, Emre MD", "emre.sahin"), _c("MICU Charge", "micu.charge"), _c("Tanaka, Joy", "joy.tanaka")],
    "chart-audit-vte-prophylaxis-csv": [_c("Lusk, Adrienne", "adrienne.lusk"), _c("Quality & Patient Safety", "quality")],
    "ip-cdiff-roommate-precautions": [_c("Tanaka, Joy", "joy.tanaka"), _c("Pharmacy - Medicine Team", "rx.medicine")],
    "ip-tb-exposure-ed-contacts-xlsx": [_c("Occupational Health Physician", "occhealth.md"), _c("ED Nurse Manager", "ed.manager")],
    "cdi-query-sepsis-clarification": [_c("CDI Team", "cdi.team")],
    "or-schedule-change-pdf-room6": [_c("Sterile Processing", "spd"), _c("Pre-op Nursing", "preop"), _c("PACU Charge", "pacu.charge")],
    "needlestick-source-hiv-pep": [HADDAD],
    "brca1-disclosure-visit-plan": [_c("Genetics Clinic Staff", "genetics.staff")],
    "prep-quarterly-due-list-csv": [HADDAD],
    "viral-load-rebound-off-art": [_c("Ibarra, Paz RN", "paz.ibarra")],
    "fw-transfer-after-d-and-e-hemorrhage": [_c("Blood Bank", "bloodbank"), _c("ED Attending", "ed.attending")],
    "ed-psych-hold-boarding-3north": [_c("House Supervisor", "house.supervisor")],
    "3north-evening-handoff-q15": [_c("Haines, Lorna", "lorna.haines"), _c("Yusupova, Dilnoza MD", "dilnoza.yusupova")],
    "staffing-nights-need-rns-4w-5e": [_c("House Supervisors", "house.supervisor")],
    "pt-committee-minutes-march-docx": [_c("Medication Safety Officer", "medsafety")],
    "ehr-downtime-notice-bca-print": [_c("Nursing Supervisors", "nursing.supervisor"), _c("Lab Leadership", "lab.leadership"), _c("Pharmacy Leadership", "rx.leadership")],
    "mock-code-5e-mannequin-debrief": [_c("Resuscitation Committee", "resus.committee")],
    "disaster-drill-moulage-victims": [_c("Security Operations", "security"), _c("Facilities & Parking", "facilities")],
    "policy-hiv-opt-out-testing-revision": [HADDAD],
    "order-set-build-alcohol-withdrawal-placeholders": [RAMAN, _c("Kowalski, Jenna", "jenna.kowalski")],
    "quality-dashboard-falls-hapi-xlsx": [_c("Lusk, Adrienne", "adrienne.lusk"), _c("CNO Office", "cno.office")],
    "capacity-status-yellow-ed-boarders": [_c("Nursing Supervisors", "nursing.supervisor"), _c("EVS Supervisors", "evs.supervisors"), _c("Case Management", "casemgmt")],
    "dental-autoclave-spore-test-failure": [_c("O'Rourke, Liam DDS", "liam.orourke", COPPER), _c("Kaur, Navdeep DMD", "navdeep.kaur", COPPER)],
    "ryan-white-viral-suppression-report": [HADDAD],
    "biomed-pump-serials-asset-tags": [_c("Supply Chain Services", "supplychain")],
    "lab-critical-k-callback-log": [OSEI],
    "safety-event-fall-with-injury": [],
    "brookside-insulin-wrong-resident": [_c("Brookside Pharmacy Consultant", "rx.consultant", BROOK)],
    "iop-attendance-uds-week-xlsx": [_c("Rutherford, Imani MD", "imani.rutherford", FERN)],
    "methadone-dose-verification-4w": [_c("Pharmacy - Medicine Team", "rx.medicine"), _c("Addiction Consult Service", "addiction.consult")],
    "hereditary-panel-report-pdf": [_c("Vasquez-Hale, Eleanor MD", "eleanor.vasquezhale")],
    "wren-valley-medication-abortion-reschedule": [_c("Ostrowski, Karin MD", "karin.ostrowski", WREN)],
}
_slugs = {m.slug for m in MSGS}
for _m in MSGS:
    _m.cc = _m.cc + [x for x in CC_MORE.get(_m.slug, []) if x not in _m.cc]
assert set(CC_MORE) <= _slugs, set(CC_MORE) - _slugs


# ============================================================ write/check ==
CATS = ("mental health", "substance use", "HIV", "genetic", "reproductive")
LANG_NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German",
    "it": "Italian", "pt": "Portuguese", "ru": "Russian", "uk": "Ukrainian",
    "pl": "Polish", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "vi": "Vietnamese", "ar": "Arabic", "he": "Hebrew", "tr": "Turkish",
    "nl": "Dutch",
}
FORBIDDEN_SLUG = ("trap", "phi", "restricted", "none")


def expected():
    files = {}
    tsv = []
    for num, m in plan():
        fn = file_name(num, m)
        files[os.path.join(m.label, fn)] = render(m)
        tsv.append("%s\t%s\t%s" % (fn, m.label, m.reason))
    tsv.sort()
    return files, ("\n".join(tsv) + "\n").encode("utf-8")


def write():
    files, tsv = expected()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(tsv)
    print("wrote %d messages and labels.tsv" % len(files))


ALLOWED_HOST = re.compile(r"(^|\.)(example\.(com|org|net))$|\.test$|^[a-z0-9-]+\.test$", re.I)
OOXML_HOSTS = {"schemas.openxmlformats.org", "purl.org"}
RE_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"\b(?:https?|ftp|sftp)://([^/\s\"'<>:),\]]+)", re.I)
RE_WWW = re.compile(r"\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
RE_555 = re.compile(r"(?<!\d)555[-. ](\d{4})(?!\d)")
RE_NANP = re.compile(r"(?<![\d-])\(?(\d{3})\)?[-. ](\d{3})[-. ](\d{4})(?![\d-])")
RE_INTL = re.compile(r"\+\d{1,3}(?:[ .-]?\(?\d+\)?)+")
RE_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
RE_NPI = re.compile(r"\bNPI\b[:#\s]*(\d{10})\b")
RE_DEA = re.compile(r"\bDEA\b[^A-Z0-9\n]{0,12}(?:no\.?|number|#)?\s*([A-Z]{2}\d{7})\b")


def npi_ok(n):
    digits = [int(c) for c in "80840" + n]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def ip_ok(o):
    a, b, c, _ = o
    return (a == 10 or (a == 192 and b == 168) or (a == 172 and 16 <= b <= 31) or a == 127
            or (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)))


def scan_text(where, text, errs, ooxml=False):
    for mm in RE_MAIL.finditer(text):
        if not ALLOWED_HOST.search(mm.group(1)):
            errs.append("%s: address outside allowed domains: %s" % (where, mm.group(0)))
    for mm in RE_URL.finditer(text):
        host = mm.group(1).lower()
        if ooxml and host in OOXML_HOSTS:
            continue
        if not ALLOWED_HOST.search(host):
            errs.append("%s: URL host outside allowed domains: %s" % (where, host))
    for mm in RE_WWW.finditer(text):
        if not ALLOWED_HOST.search(mm.group(0)):
            errs.append("%s: host outside allowed domains: %s" % (where, mm.group(0)))
    for mm in RE_555.finditer(text):
        if not mm.group(1).startswith("01"):
            errs.append("%s: 555 number outside 555-01xx: %s" % (where, mm.group(0)))
    for mm in RE_NANP.finditer(text):
        if mm.group(2) != "555" or not mm.group(3).startswith("01"):
            errs.append("%s: phone-like number not 555-01xx: %s" % (where, mm.group(0)))
    for mm in RE_INTL.finditer(text):
        v = mm.group(0)
        if len(re.sub(r"\D", "", v)) >= 7 and not re.search(r"555[-. ]?01\d\d", v):
            errs.append("%s: international number without 555-01xx: %s" % (where, v))
    for mm in RE_IP.finditer(text):
        o = tuple(int(x) for x in mm.groups())
        if max(o) <= 255 and not ip_ok(o):
            errs.append("%s: IPv4 outside documentation/private ranges: %s" % (where, mm.group(0)))
    for mm in RE_NPI.finditer(text):
        if not npi_ok(mm.group(1)):
            errs.append("%s: NPI fails Luhn: %s" % (where, mm.group(1)))
    for mm in RE_DEA.finditer(text):
        if not dea_ok(mm.group(1)):
            errs.append("%s: DEA check digit wrong: %s" % (where, mm.group(1)))


def check_pdf(where, data, errs):
    texts = []
    if not data.startswith(b"%PDF-"):
        errs.append("%s: not a PDF" % where)
        return ""
    mm = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    if not mm:
        errs.append("%s: no startxref" % where)
        return ""
    x = int(mm.group(1))
    if data[x:x + 4] != b"xref":
        errs.append("%s: startxref does not point at xref" % where)
        return ""
    head = re.match(rb"xref\n0 (\d+)\n", data[x:])
    size = int(head.group(1))
    pos = x + head.end()
    for k in range(size):
        ent = data[pos + 20 * k: pos + 20 * k + 20]
        if k == 0:
            continue
        off = int(ent[:10])
        if not data[off:].startswith(b"%d 0 obj" % k):
            errs.append("%s: xref offset wrong for object %d" % (where, k))
    for sm in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        ln = int(sm.group(1))
        st = sm.end()
        if data[st + ln: st + ln + 9] != b"endstream":
            errs.append("%s: stream length wrong" % where)
        texts.append(data[st:st + ln].decode("cp1252"))
    return "\n".join(re.findall(r"\((.*)\) Tj", "\n".join(texts)))


def check_zip(where, data, errs):
    out = []
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            errs.append("%s: bad zip member" % where)
        names = z.namelist()
        if "[Content_Types].xml" not in names:
            errs.append("%s: no [Content_Types].xml" % where)
        for n in names:
            raw = z.read(n).decode("utf-8")
            ET.fromstring(raw.encode("utf-8"))
            out.append(raw)
    except Exception as e:  # noqa
        errs.append("%s: zip/xml error %r" % (where, e))
    return "\n".join(out)


def check_file(path, data, errs, info):
    where = os.path.relpath(path, HERE)
    if re.search(rb"(?<!\r)\n|\r(?!\n)", data):
        errs.append("%s: bare CR or LF" % where)
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append("%s: line over 998 octets" % where)
            break
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[hname] is None:
            errs.append("%s: missing %s" % (where, hname))
    try:
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None:
            errs.append("%s: Date not in 2026 with zone" % where)
    except Exception:
        errs.append("%s: bad Date" % where)
    if not re.match(r"^<[^<>@\s]+@[^<>@\s]+>$", str(msg["Message-ID"])):
        errs.append("%s: malformed Message-ID" % where)
    for k in ("In-Reply-To",):
        if msg[k] is not None and not re.match(r"^<[^<>@\s]+@[^<>@\s]+>$", str(msg[k])):
            errs.append("%s: malformed %s" % (where, k))
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append("%s: Content-Type without MIME-Version" % where)
    texts = []
    for k, v in msg.items():
        if getattr(v, "defects", None):
            errs.append("%s: header defect in %s: %r" % (where, k, v.defects))
        sv = str(v)
        if k.lower() in ("from", "to", "cc", "subject", "thread-topic") and "=?" in sv:
            errs.append("%s: undecoded encoded word in %s" % (where, k))
        texts.append(sv)
    info["charsets"] = set()
    info["ctes"] = set()
    info["parts"] = []
    info["top"] = msg.get_content_type()
    for part in msg.walk():
        if part.defects:
            errs.append("%s: part defects %r" % (where, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: part header defect in %s: %r" % (where, k, v.defects))
        if part.is_multipart():
            info["parts"].append(part.get_content_type())
            continue
        ctype = part.get_content_type()
        info["parts"].append(ctype)
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        info["ctes"].add(cte)
        raw = part.get_payload(decode=False)
        if cte == "base64":
            s = re.sub(r"\r?\n", "", raw)
            try:
                base64.b64decode(s, validate=True)
            except Exception:
                errs.append("%s: bad base64" % where)
            if any(len(x) > 76 for x in raw.splitlines()):
                errs.append("%s: base64 line over 76" % where)
        elif cte == "quoted-printable":
            if any(len(x) > 76 for x in raw.splitlines()):
                errs.append("%s: QP line over 76" % where)
            if re.search(r"=(?![0-9A-F]{2}|\r?$)", raw, re.M):
                errs.append("%s: bad QP escape" % where)
        elif cte == "7bit":
            if not raw.isascii():
                errs.append("%s: non-ASCII in 7bit part" % where)
        try:
            content = part.get_content()
        except Exception as e:
            errs.append("%s: get_content failed %r" % (where, e))
            continue
        body = part.get_payload(decode=True)
        cs = part.get_content_charset()
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if cs:
            info["charsets"].add(cs)
            try:
                body.decode(codec(cs), "strict")
            except Exception:
                errs.append("%s: declared charset %s does not decode" % (where, cs))
        if isinstance(content, str):
            texts.append(content)
            if ctype == "text/html" and cs:
                meta = re.search(r'charset=([A-Za-z0-9_-]+)', content)
                if meta and meta.group(1).lower() != cs.lower():
                    errs.append("%s: HTML meta charset %s disagrees with %s" % (where, meta.group(1), cs))
        if ctype == "application/pdf":
            texts.append(check_pdf(where, body, errs))
        elif ctype in (DOCX_T, XLSX_T):
            scan_text(where + " (ooxml)", check_zip(where, body, errs), errs, ooxml=True)
        elif ctype == "application/hl7-v2":
            h7 = body.decode("latin-1")
            segs = [s for s in h7.split("\r") if s]
            if not h7.startswith("MSH|^~\\&|") or "\n" in h7 or not all(re.match(r"^[A-Z][A-Z0-9]{2}\|", s) for s in segs):
                errs.append("%s: malformed HL7 v2" % where)
            texts.append(h7.replace("\r", "\n"))
        elif ctype == "image/png":
            if not body.startswith(b"\x89PNG\r\n\x1a\n"):
                errs.append("%s: bad PNG" % where)
    scan_text(where, "\n".join(texts), errs)
    return msg


def check():
    errs = []
    files, tsv = expected()
    on_disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing folder %s" % lab)
            continue
        for fn in sorted(os.listdir(d)):
            with open(os.path.join(d, fn), "rb") as f:
                on_disk[os.path.join(lab, fn)] = f.read()
    if set(on_disk) != set(files):
        errs.append("files on disk differ from generator: extra %s missing %s" % (
            sorted(set(on_disk) - set(files))[:5], sorted(set(files) - set(on_disk))[:5]))
    for rel in sorted(set(on_disk) & set(files)):
        if on_disk[rel] != files[rel]:
            errs.append("%s: differs from what gen.py writes" % rel)
    try:
        with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
            disk_tsv = f.read()
    except OSError:
        disk_tsv = b""
    if disk_tsv != tsv:
        errs.append("labels.tsv differs from what gen.py writes")
    # labels.tsv against folders
    seen_nums = []
    lab_count = {k: 0 for k in LABELS}
    lines = disk_tsv.decode("utf-8").splitlines()
    if lines != sorted(lines):
        errs.append("labels.tsv not sorted")
    names = set()
    for ln in lines:
        parts = ln.split("\t")
        if len(parts) != 3 or not parts[2].strip():
            errs.append("labels.tsv bad line: %r" % ln)
            continue
        fn, lab, _ = parts
        if fn in names:
            errs.append("labels.tsv lists %s twice" % fn)
        names.add(fn)
        if lab not in LABELS or os.path.join(lab, fn) not in on_disk:
            errs.append("labels.tsv: %s not in folder %s" % (fn, lab))
        else:
            lab_count[lab] += 1
        seen_nums.append(int(fn[:3]))
        slug = fn[4:-4]
        if any(w in slug for w in FORBIDDEN_SLUG) or not re.match(r"^\d{3}-[a-z0-9-]+\.eml$", fn):
            errs.append("bad file name %s" % fn)
    if len(names) != len(on_disk):
        errs.append("labels.tsv does not list every file exactly once")
    if sorted(seen_nums) != list(range(1, 201)):
        errs.append("numbers are not 001-200 exactly once")
    for lab in LABELS:
        if lab_count[lab] != WANT[lab]:
            errs.append("count for %s is %d, want %d" % (lab, lab_count[lab], WANT[lab]))
    # metadata
    for m in MSGS:
        if m.label == "restricted" and m.cat not in CATS:
            errs.append("%s: restricted without a category" % m.slug)
        if m.label == "none" and m.kind not in ("trap", "plain"):
            errs.append("%s: none without kind" % m.slug)
        if m.lang not in LANG_NAMES:
            errs.append("%s: unknown language %s" % (m.slug, m.lang))
        if "\t" in m.reason or "\n" in m.reason:
            errs.append("%s: reason has tab or newline" % m.slug)
    if len({m.slug for m in MSGS}) != len(MSGS):
        errs.append("duplicate slugs")
    info_all = {}
    for rel in sorted(on_disk):
        info = {}
        check_file(os.path.join(HERE, rel), on_disk[rel], errs, info)
        info_all[rel] = info
    non_en = sum(1 for m in MSGS if m.lang != "en")
    if not 45 <= non_en <= 55:
        errs.append("not-in-English count %d is not about 25%%" % non_en)
    traps = sum(1 for m in MSGS if m.label == "none" and m.kind == "trap")
    if traps < 75:
        errs.append("only %d traps in none" % traps)
    if errs:
        for e in errs[:200]:
            print("FAIL", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("ok: %d messages (none %d, phi %d, restricted %d), %d not in English, %d traps; "
          "every file parses and matches gen.py" % (len(on_disk), lab_count["none"], lab_count["phi"],
                                                    lab_count["restricted"], non_en, traps))
    return 0


def stats():
    from collections import Counter
    files, _ = expected()
    by_slug = {m.slug: m for m in MSGS}
    top, parts, ctes, css = Counter(), Counter(), Counter(), Counter()
    for rel, data in sorted(files.items()):
        info = {}
        errs = []
        check_file(os.path.join(HERE, rel), data, errs, info)
        top[info["top"]] += 1
        for p in info["parts"][1:] if info["top"].startswith("multipart/") else []:
            if not p.startswith("multipart/"):
                parts[p] += 1
            else:
                parts[p + " (nested)"] += 1
        for c in info["ctes"]:
            ctes[c] += 1
        for c in info["charsets"]:
            css[c] += 1
    print("labels:", dict(Counter(m.label for m in MSGS)))
    print("none kinds:", dict(Counter(m.kind for m in MSGS if m.label == "none")))
    print("restricted categories:", dict(Counter(m.cat for m in MSGS if m.label == "restricted")))
    print("borderline:", sum(1 for m in MSGS if m.reason.startswith("borderline:")))
    for lab in LABELS:
        ls = Counter(LANG_NAMES[m.lang] for m in MSGS if m.label == lab and m.lang != "en")
        print("not in English, %s: %d %s" % (lab, sum(ls.values()), dict(sorted(ls.items()))))
    print("not in English, total: %d" % sum(1 for m in MSGS if m.lang != "en"))
    print("top-level:", dict(top.most_common()))
    print("leaf parts inside multiparts:", dict(parts.most_common()))
    print("messages using each transfer encoding:", dict(ctes.most_common()))
    print("messages using each charset:", dict(css.most_common()))
    print("clients:", dict(Counter(m.client for m in MSGS).most_common()))
    print("replies/forwards with References:", sum(1 for m in MSGS if m.reply))
    for lab in LABELS:
        print("--", lab)
        for num, m in plan():
            if m.label == lab:
                print("  %03d %-44s %-3s %s" % (num, m.slug, m.lang, m.cat or m.kind or ""))


def main(argv):
    if "--stats" in argv:
        stats()
        return 0
    if "--check" in argv:
        return check()
    write()
    return check()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
