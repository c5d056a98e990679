#!/usr/bin/env python3
"""Generator for wide24: health information inside attachments and
structured payloads (DOCX, XLSX, Excel 2003 XML, PDF with and without a text
layer, CSV/TSV, HL7 v2, FHIR JSON, C-CDA, X12 837/835, iCalendar, vCard, ZIP
archives and forwarded messages).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print the counts used in README.md

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries,
zip member timestamps, PDF dates and a fixed shuffle seed.  Every person,
organisation, address, phone number and identifier below is invented.
"""
import base64
import collections
import datetime
import hashlib
import io
import json
import os
import random
import re
import sys
import zipfile
import zlib
import email
import email.policy
import email.utils
from email.parser import BytesParser
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as _xesc

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260324
LABELS = ("none", "phi", "restricted")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "gb2312": "gb2312", "gbk": "gbk", "euc-kr": "euc_kr", "big5": "big5",
    "windows-1258": "cp1258",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


def xesc(s):
    return _xesc(str(s), {'"': "&quot;"})


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0
    date = None


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


def mkdate(s, tz=None):
    """'2026-03-04 09:12' -> aware datetime (US Eastern unless tz hours given)."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    if tz is None:
        tz = -4 if datetime.datetime(2026, 3, 8, 2) <= d < datetime.datetime(2026, 11, 1, 2) else -5
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def later(days=0, hh=None, mm=0):
    d = ST.date + datetime.timedelta(days=days)
    if hh is not None:
        d = d.replace(hour=hh, minute=mm)
    return d


def ymd(d):
    return d.strftime("%Y%m%d")


def us(d):
    return d.strftime("%m/%d/%Y")


def iso(d):
    return d.strftime("%Y-%m-%d")


# ------------------------------------------------------------ checksums --
def npi(base9):
    """Return a 10-digit NPI whose check digit passes Luhn with prefix 80840."""
    s = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n):
    s = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(n) == 10 and total % 10 == 0


def dea(letters, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return len(d) == 7 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


# ------------------------------------------------------- header encoding --
def enc_words(s, cs="utf-8"):
    """RFC 2047 B-encoded words of at most 75 characters each."""
    if is_ascii(s):
        return s
    co = codec(cs)
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        ew = "=?%s?B?%s?=" % (cs, base64.b64encode(trial.encode(co)).decode())
        if len(ew) > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    words.append(cur)
    return "\r\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(co)).decode()) for w in words)


def addr(name, mail, cs="utf-8"):
    if not name:
        return mail
    if not is_ascii(name):
        return "%s <%s>" % (enc_words(name, cs), mail)
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
    return "%s <%s>" % (name, mail)


def fold(name, value):
    line = name + ": " + value
    if len(line) <= 78 or "\r\n" in value:
        return line
    words = value.split(" ")
    out, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur.strip() not in ("", name + ":"):
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\r\n".join(out)


def param(key, value):
    """A MIME parameter; RFC 2231 for non-ASCII values."""
    if is_ascii(value):
        return '%s="%s"' % (key, value.replace('"', "'"))
    enc = ""
    for b in value.encode("utf-8"):
        c = chr(b)
        enc += c if (b < 128 and re.match(r"[A-Za-z0-9._-]", c)) else "%%%02X" % b
    return "%s*=utf-8''%s" % (key, enc)


# ------------------------------------------------------ body encodings --
def crlf(s):
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    if not s.endswith("\r\n"):
        s += "\r\n"
    return s


def b64(data):
    lines = base64.encodebytes(data).decode("ascii").splitlines()
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def _qp_line(line):
    toks = []
    n = len(line)
    for i, b in enumerate(line):
        if (33 <= b <= 126 and b != 61) or (b in (32, 9) and i != n - 1):
            toks.append(chr(b))
        else:
            toks.append("=%02X" % b)
    res, cur = [], ""
    for t in toks:
        if len(cur) + len(t) > 75:
            res.append(cur + "=")
            cur = t
        else:
            cur += t
    res.append(cur)
    return "\r\n".join(res)


def qp(data):
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    return ("\r\n".join(_qp_line(l) for l in lines) + "\r\n").encode("ascii")


def encode_body(raw, cte):
    if cte == "base64":
        return b64(raw)
    if cte == "quoted-printable":
        return qp(raw)
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return raw


# ------------------------------------------------------------ MIME parts --
# A part is (list of header lines, body bytes ending in CRLF).

def boundary():
    h = _h("boundary")
    style = int(h[0], 16) % 3
    if style == 0:
        return "----=_Part_%s_%s" % (int(h[1:7], 16), h[7:19])
    if style == 1:
        return "=_q24_%s" % h[:24]
    return "00000000%s" % h[:20]


def text(s, sub="plain", cs="utf-8", cte=None, flowed=False, disp=None, filename=None):
    raw = crlf(s).encode(codec(cs))
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) and max(len(l) for l in raw.split(b"\r\n")) <= 900 else "quoted-printable"
    ct = "text/%s; charset=\"%s\"" % (sub, cs)
    if flowed:
        ct += "; format=flowed"
    h = ["Content-Type: " + ct]
    if filename:
        h[0] = "Content-Type: text/%s; charset=\"%s\";\r\n %s" % (sub, cs, param("name", filename))
    h.append("Content-Transfer-Encoding: " + cte)
    if disp or filename:
        d = disp or "attachment"
        h.append("Content-Disposition: %s" % d + (";\r\n %s" % param("filename", filename) if filename else ""))
    return (h, encode_body(raw, cte))


def att(data, ctype, filename, cte="base64", disp="attachment", cparams="", desc=None):
    if isinstance(data, str):
        data = crlf(data).encode("utf-8")
    h = ["Content-Type: %s%s;\r\n %s" % (ctype, cparams, param("name", filename))]
    h.append("Content-Transfer-Encoding: " + cte)
    if desc:
        h.append("Content-Description: " + desc)
    h.append("Content-Disposition: %s;\r\n %s" % (disp, param("filename", filename)))
    return (h, encode_body(data, cte))


def multipart(sub, parts, params="", preamble=None):
    b = boundary()
    h = ['Content-Type: multipart/%s;%s\r\n boundary="%s"' % (sub, params, b)]
    out = b""
    if preamble:
        out += crlf(preamble).encode("ascii")
    for ph, pb in parts:
        out += ("--%s\r\n" % b).encode("ascii") + "\r\n".join(ph).encode("ascii") + b"\r\n\r\n" + pb
    out += ("--%s--\r\n" % b).encode("ascii")
    return (h, out)


def rfc822(raw, filename=None, inline=False):
    cte = "7bit" if all(b < 128 for b in raw) else "8bit"
    h = ["Content-Type: message/rfc822" + (";\r\n %s" % param("name", filename) if filename else ""),
         "Content-Transfer-Encoding: " + cte]
    if filename or not inline:
        h.append("Content-Disposition: %s" % ("inline" if inline else "attachment") +
                 (";\r\n %s" % param("filename", filename) if filename else ""))
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return (h, raw)


def message(frm, to, subject, body, cc=None, date=None, extra=(), subj_cs="utf-8", mid_host=None,
            reply_to=None):
    d = date or ST.date
    host = mid_host or re.search(r"@([\w.-]+)", frm).group(1)
    h = _h("mid")
    lines = [fold("From", frm)]
    lines.append(fold("To", to if isinstance(to, str) else ", ".join(to)))
    if cc:
        lines.append(fold("Cc", cc if isinstance(cc, str) else ", ".join(cc)))
    if reply_to:
        lines.append(fold("Reply-To", reply_to))
    lines.append(fold("Subject", enc_words(subject, subj_cs)) if not is_ascii(subject) else fold("Subject", subject))
    lines.append("Date: " + email.utils.format_datetime(d))
    lines.append("Message-ID: <%s.%s@%s>" % (h[:16], h[16:28], host))
    lines.append("MIME-Version: 1.0")
    for e in extra:
        lines.append(fold(*e.split(": ", 1)) if "\r\n" not in e else e)
    bh, bb = body
    lines.extend(bh)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + bb


def mail(frm, to, subject, body, atts=(), cc=None, html=None, cs="utf-8", cte=None, subj_cs=None,
         extra=(), date=None, flowed=False, mid_host=None, reply_to=None):
    """Usual shape: text (or text+html) body followed by attachments."""
    bp = text(body, cs=cs, cte=cte, flowed=flowed)
    if html is not None:
        bp = multipart("alternative", [bp, text(html, "html", cs=cs, cte="quoted-printable")])
    if atts:
        top = multipart("mixed", [bp] + list(atts), preamble="This is a multi-part message in MIME format.")
    else:
        top = bp
    return message(frm, to, subject, top, cc=cc, date=date, extra=extra,
                   subj_cs=subj_cs or (cs if cs not in ("us-ascii",) else "utf-8"),
                   mid_host=mid_host, reply_to=reply_to)


# ---------------------------------------------------------- containers --
def zipdt(d=None):
    d = d or ST.date
    return (d.year, d.month, d.day, d.hour, d.minute, 0)


def mkzip(members, when=None):
    """members: list of (name, bytes|str).  Fixed timestamps, deflate."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=zipdt(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            z.writestr(zi, data)
    return bio.getvalue()


def w3cdt(d=None):
    d = (d or ST.date).astimezone(datetime.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def _core(title, creator):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (xesc(title), xesc(creator), xesc(creator), w3cdt(), w3cdt()))


def _app(appname):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application></Properties>' % appname)


_RELS_ROOT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
              '</Relationships>')

CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _wrun(t, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(t))


def _wpara(t, bold=False, size=None):
    if t == "":
        return "<w:p/>"
    return "<w:p>%s</w:p>" % _wrun(t, bold, size)


def docx(blocks, title="", creator="Quillfield Health"):
    """blocks: str (paragraph), ('h', text) heading, ('b', text) bold,
    ('t', rows) table (first row bold)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(_wpara(b))
        elif b[0] == "h":
            body.append(_wpara(b[1], True, 28))
        elif b[0] == "b":
            body.append(_wpara(b[1], True))
        elif b[0] == "kv":
            body.append("<w:p>%s%s</w:p>" % (_wrun(b[1] + " ", True), _wrun(b[2])))
        elif b[0] == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            w = 9000 // ncol
            bd = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % s
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>%s</w:tblBorders></w:tblPr>' % bd,
                 "<w:tblGrid>%s</w:tblGrid>" % ('<w:gridCol w:w="%d"/>' % w * ncol)]
            for i, r in enumerate(rows):
                t.append("<w:tr>" + "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                                            % (w, _wpara(str(c), i == 0) if str(c) else "<w:p/>")
                                            for c in list(r) + [""] * (ncol - len(r))) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
           'w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
    return mkzip([("[Content_Types].xml", ct), ("_rels/.rels", _RELS_ROOT % "word/document.xml"),
                  ("word/document.xml", doc), ("word/_rels/document.xml.rels", docrels),
                  ("docProps/core.xml", _core(title, creator)), ("docProps/app.xml", _app("Microsoft Office Word"))])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", creator="Quillfield Health"):
    """sheets: list of (name, rows); first row of each sheet is bold."""
    strings, index = [], {}

    def sst(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    sheet_xml = []
    nrefs = 0
    for name, rows in sheets:
        out = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri + 1)
                st = ' s="1"' if ri == 0 else ""
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v) if isinstance(v, float) else v))
                else:
                    nrefs += 1
                    cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, st, sst(str(v))))
            out.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
        ncols = max([len(r) for r in rows] + [1])
        dim = "A1:%s%d" % (_col(ncols - 1), max(len(rows), 1))
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         '<dimension ref="%s"/><sheetData>%s</sheetData></worksheet>' % (dim, "".join(out)))
    ss = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
          % (nrefs, len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % xesc(s) for s in strings)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(n), i + 1, i + 1)
                    for i, (n, _) in enumerate(sheets)))
    k = len(sheets)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>'
              % ("".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'
                         % (i + 1, i + 1) for i in range(k)), k + 1, k + 2))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>' % "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(k)))
    members = [("[Content_Types].xml", ct), ("_rels/.rels", _RELS_ROOT % "xl/workbook.xml"),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels)]
    for i, sx in enumerate(sheet_xml):
        members.append(("xl/worksheets/sheet%d.xml" % (i + 1), sx))
    members += [("xl/sharedStrings.xml", ss), ("xl/styles.xml", styles),
                ("docProps/core.xml", _core(title, creator)), ("docProps/app.xml", _app("Microsoft Excel"))]
    return mkzip(members)


def xml2003(sheets, author="Quillfield Health"):
    """Excel 2003 XML Spreadsheet (SpreadsheetML)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<?mso-application progid="Excel.Sheet"?>',
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel" '
           'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
           ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">',
           '  <Author>%s</Author>' % xesc(author),
           '  <Created>%s</Created>' % w3cdt(),
           ' </DocumentProperties>',
           ' <Styles><Style ss:ID="hdr"><Font ss:Bold="1"/></Style></Styles>']
    for name, rows in sheets:
        out.append(' <Worksheet ss:Name="%s">' % xesc(name))
        out.append('  <Table>')
        for ri, row in enumerate(rows):
            cells = []
            for v in row:
                typ = "Number" if isinstance(v, (int, float)) and not isinstance(v, bool) else "String"
                st = ' ss:StyleID="hdr"' if ri == 0 else ""
                cells.append('<Cell%s><Data ss:Type="%s">%s</Data></Cell>' % (st, typ, xesc(v)))
            out.append('   <Row>%s</Row>' % "".join(cells))
        out.append('  </Table>')
        out.append(' </Worksheet>')
    out.append('</Workbook>')
    return crlf("\n".join(out)).encode("utf-8")


# ------------------------------------------------------------------ PDF --
def _pdfstr(s):
    b = s.encode("cp1252")
    o = ""
    for x in b:
        c = chr(x)
        if c in "()\\":
            o += "\\" + c
        elif 32 <= x < 127:
            o += c
        else:
            o += "\\%03o" % x
    return "(" + o + ")"


def _pdfdate(d=None):
    d = d or ST.date
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "D:%s%s%02d'%02d'" % (d.strftime("%Y%m%d%H%M%S"), sign, mins // 60, mins % 60)


def _pdf_assemble(objs, info):
    """objs: list of bytes (object bodies, numbered from 1)."""
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, body in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    n = len(objs)
    offs.append(len(out))
    out += b"%d 0 obj\n" % (n + 1) + info + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (n + 2)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(out).hexdigest().upper().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        n + 2, n + 1, fid, fid, xref)
    return out


def _stream(data, flate=False, extra=b""):
    if flate:
        data = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _info(title, producer, author):
    s = "<< /Producer %s /CreationDate (%s) /ModDate (%s)" % (_pdfstr(producer), _pdfdate(), _pdfdate())
    if title:
        s += " /Title %s" % _pdfstr(title)
    if author:
        s += " /Author %s" % _pdfstr(author)
    return (s + " >>").encode("ascii")


def pdf(lines, flate=False, title="", producer="Quillfield DocGen 4.2", author="", per_page=52):
    """A PDF with a real text layer.  lines: str, ('b', str) bold or
    ('h', str) heading.  Latin-1/cp1252 text only (standard fonts)."""
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    npages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, then (page, content) pairs
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(npages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages)).encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    for i, pl in enumerate(pages):
        cs = ["BT", "/F1 10 Tf", "14 TL", "56 742 Td"]
        for ln in pl:
            if isinstance(ln, tuple):
                size = 13 if ln[0] == "h" else 10
                cs.append("/F2 %d Tf %s Tj T* /F1 10 Tf" % (size, _pdfstr(ln[1])))
            elif ln == "":
                cs.append("T*")
            else:
                cs.append("%s Tj T*" % _pdfstr(ln))
        cs.append("ET")
        if not pl:
            content = b""
        else:
            content = ("\n".join(cs)).encode("latin-1")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(_stream(content, flate))
    return _pdf_assemble(objs, _info(title, producer, author))


def pdf_scan(seed, pages=1, blank=False, producer="FaxBox Pro 7 TIFF-to-PDF", title=""):
    """An image-only PDF: each page is a grey bitmap with no text layer.
    The bitmap is noise shaped like a faxed page (bands of specks); no
    characters are drawn, so nothing can be read from it."""
    rnd = random.Random(seed)
    W, H = 170, 220
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for p in range(pages):
        rows = []
        band = False
        for y in range(H):
            if y % 9 == 0:
                band = (not blank) and rnd.random() < 0.62 and 12 < y < H - 14
            row = bytearray(b"\xff" * W)
            if band and y % 9 in (2, 3, 4, 5):
                x0, x1 = 14, rnd.randint(60, W - 14)
                for x in range(x0, x1):
                    if rnd.random() < 0.35:
                        row[x] = rnd.choice((0, 40, 90, 140))
            if rnd.random() < 0.02:
                row[rnd.randrange(W)] = 120
            rows.append(bytes(row))
        img = b"".join(rows)
        base = len(objs) + 1
        kids.append(base)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im%d %d 0 R >> >> /Contents %d 0 R >>"
                     % (p, base + 2, base + 1)).encode())
        objs.append(_stream(("q 612 0 0 792 0 0 cm /Im%d Do Q" % p).encode()))
        objs.append(_stream(img, True, (" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8" % (W, H)).encode()))
    objs[1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), pages)).encode()
    return _pdf_assemble(objs, _info(title, producer, ""))


# ------------------------------------------------------- health formats --
def hl7(*segs):
    return ("\r".join(segs) + "\r").encode("utf-8")


def hl7_crlf(*segs):
    """HL7 as a text attachment: segments one per line."""
    return ("\r\n".join(segs) + "\r\n").encode("utf-8")


def fhir(obj):
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").replace("\n", "\r\n").encode("utf-8")


def fhir_patient(pid, family, given, dob, gender, mrn=None, mrn_system="urn:oid:2.16.840.1.113883.3.7741.1", phone=None,
                 city=None, state=None, line=None, postal=None, tags=None):
    p = {"resourceType": "Patient", "id": pid}
    if tags:
        p["meta"] = {"tag": tags}
    if mrn:
        p["identifier"] = [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                            "system": mrn_system, "value": mrn}]
    p["name"] = [{"family": family, "given": given if isinstance(given, list) else [given]}]
    if phone:
        p["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
    p["gender"] = gender
    p["birthDate"] = dob
    if city:
        a = {"city": city, "state": state}
        if line:
            a["line"] = [line]
        if postal:
            a["postalCode"] = postal
        p["address"] = [a]
    return p


def fhir_bundle(entries, btype="collection", bid=None, ts=None):
    return {"resourceType": "Bundle", "id": bid or _h("bundle")[:8] + "-" + _h("b2")[:4],
            "type": btype, "timestamp": ts or ST.date.isoformat(),
            "entry": [{"fullUrl": "urn:uuid:%s" % _uuid(), "resource": r} for r in entries]}


def _uuid():
    h = _h("uuid")
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, curlen = [], "", 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if curlen + n > limit:
            out.append(cur)
            cur, curlen, limit = ch, n, 74
        else:
            cur += ch
            curlen += n
    out.append(cur)
    return "\r\n ".join(out)


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_NY = ["BEGIN:VTIMEZONE", "TZID:America/New_York",
          "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
          "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
          "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
          "END:VTIMEZONE"]


def ics(summary, start, minutes, organizer, attendees=(), description="", location="", method="REQUEST",
        rrule=None, prodid="-//Quillfield Health//Scheduling 9.1//EN", utc=False, uid=None, alarm=None,
        categories=None, status="CONFIRMED"):
    """start: naive datetime (local NY time, or UTC if utc)."""
    end = start + datetime.timedelta(minutes=minutes)
    fmt = lambda d: d.strftime("%Y%m%dT%H%M%S") + ("Z" if utc else "")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + prodid, "CALSCALE:GREGORIAN", "METHOD:" + method]
    if not utc:
        L += VTZ_NY
    L += ["BEGIN:VEVENT", "UID:%s@%s" % (uid or _h("uid")[:20], re.search(r"@(.+)$", organizer[1]).group(1)),
          "DTSTAMP:" + ST.date.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")]
    tz = "" if utc else ";TZID=America/New_York"
    L += ["DTSTART%s:%s" % (tz, fmt(start)), "DTEND%s:%s" % (tz, fmt(end))]
    if rrule:
        L.append("RRULE:" + rrule)
    L.append("SUMMARY:" + ics_text(summary))
    if description:
        L.append("DESCRIPTION:" + ics_text(description))
    if location:
        L.append("LOCATION:" + ics_text(location))
    if categories:
        L.append("CATEGORIES:" + categories)
    L.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for cn, em in attendees:
        L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (cn, em))
    L += ["STATUS:" + status, "SEQUENCE:0", "TRANSP:OPAQUE"]
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + ics_text(alarm), "TRIGGER:-PT24H", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(ics_fold(l) for l in L) + "\r\n").encode("utf-8")


def ics_part(data, method="REQUEST", filename="invite.ics", attach=True):
    if attach:
        return att(data, "text/calendar", filename, cte="base64", cparams='; charset="utf-8"; method=%s' % method)
    return (['Content-Type: text/calendar; charset="utf-8"; method=%s' % method,
             "Content-Transfer-Encoding: base64"], b64(data))


def vcard(fn, family, given, org="", title="", tels=(), emails=(), adr=None, note="", bday=None, version="3.0"):
    L = ["BEGIN:VCARD", "VERSION:" + version, "FN:" + fn, "N:%s;%s;;;" % (family, given)]
    if org:
        L.append("ORG:" + org)
    if title:
        L.append("TITLE:" + title)
    for kind, t in tels:
        L.append("TEL;TYPE=%s:%s" % (kind, t))
    for e in emails:
        L.append("EMAIL;TYPE=INTERNET:" + e)
    if adr:
        L.append("ADR;TYPE=HOME:;;%s;%s;%s;%s;USA" % adr)
    if bday:
        L.append("BDAY:" + bday)
    if note:
        L.append("NOTE:" + ics_text(note))
    L.append("REV:" + ST.date.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ"))
    L.append("END:VCARD")
    return ("\r\n".join(ics_fold(l) for l in L) + "\r\n").encode("utf-8")


def csvtext(rows, sep=","):
    def cell(v):
        v = str(v)
        if sep == "," and (("," in v) or ('"' in v)):
            return '"%s"' % v.replace('"', '""')
        return v
    return "".join(sep.join(cell(c) for c in r) + "\r\n" for r in rows)


def csv_part(rows, filename, sep=",", cs="utf-8", cte="base64", ctype=None):
    data = csvtext(rows, sep).encode(codec(cs))
    ct = ctype or ("text/csv" if sep == "," else "text/tab-separated-values")
    return att(data, ct, filename, cte=cte, cparams='; charset="%s"' % cs)


# ----------------------------------------------------------------- X12 --
def _isa(sender, receiver, d, ctl, test=False):
    return ("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*%s*:"
            % (sender, receiver, d.strftime("%y%m%d"), d.strftime("%H%M"), ctl, "T" if test else "P"))


def x12(sender, receiver, gs_code, st_code, version, body_segs, ctl=101, test=False, when=None):
    d = when or ST.date
    segs = [_isa(sender, receiver, d, ctl, test),
            "GS*%s*%s*%s*%s*%s*%d*X*%s" % (gs_code, sender, receiver, d.strftime("%Y%m%d"), d.strftime("%H%M"), ctl, version),
            "ST*%s*0001*%s" % (st_code, version)]
    segs += body_segs
    segs.append("SE*%d*0001" % (len(body_segs) + 2))
    segs += ["GE*1*%d" % ctl, "IEA*1*%09d" % ctl]
    return ("~\r\n".join(segs) + "~\r\n").encode("ascii")


def x837p(sender, receiver, bill, subs, payer, claim, ctl=101, test=False, patient=None):
    """bill: dict(name, npi, tin, addr, city, st, zip); subs: dict(last, first, mid, id, dob, sex, addr, city, st, zip);
    payer: (name, id); claim: dict(id, pos, dx [codes], lines [(cpt, mods, charge, units, date, dxptr)])."""
    d = ST.date
    total = sum(l[2] for l in claim["lines"])
    B = ["BHT*0019*00*%s*%s*%s*CH" % (claim["id"][-8:], d.strftime("%Y%m%d"), d.strftime("%H%M")),
         "NM1*41*2*%s*****46*%s" % (bill["name"].upper(), sender),
         "PER*IC*BILLING OFFICE*TE*%s" % bill["tel"],
         "NM1*40*2*%s*****46*%s" % (payer[0].upper(), receiver),
         "HL*1**20*1", "NM1*85*2*%s*****XX*%s" % (bill["name"].upper(), bill["npi"]),
         "N3*%s" % bill["addr"].upper(), "N4*%s*%s*%s" % (bill["city"].upper(), bill["st"], bill["zip"]),
         "REF*EI*%s" % bill["tin"],
         "HL*2*1*22*0", "SBR*P*18*%s******CI" % claim.get("group", ""),
         "NM1*IL*1*%s*%s*%s***MI*%s" % (subs["last"].upper(), subs["first"].upper(), subs.get("mid", ""), subs["id"]),
         "N3*%s" % subs["addr"].upper(), "N4*%s*%s*%s" % (subs["city"].upper(), subs["st"], subs["zip"]),
         "DMG*D8*%s*%s" % (subs["dob"], subs["sex"]),
         "NM1*PR*2*%s*****PI*%s" % (payer[0].upper(), payer[1]),
         "CLM*%s*%s***%s:B:1*Y*A*Y*Y" % (claim["id"], _amt(total), claim["pos"]),
         "HI*" + "*".join(("ABK" if i == 0 else "ABF") + ":" + c.replace(".", "") for i, c in enumerate(claim["dx"]))]
    if claim.get("rendering"):
        r = claim["rendering"]
        B.append("NM1*82*1*%s*%s****XX*%s" % (r[0].upper(), r[1].upper(), r[2]))
        B.append("PRV*PE*PXC*%s" % r[3])
    for i, (cpt, mods, charge, units, dos, ptr) in enumerate(claim["lines"]):
        B.append("LX*%d" % (i + 1))
        B.append("SV1*HC:%s%s*%s*UN*%s***%s" % (cpt, "".join(":" + m for m in mods), _amt(charge), units, ptr))
        B.append("DTP*472*D8*%s" % dos)
    return x12(sender, receiver, "HC", "837", "005010X222A1", B, ctl, test)


def _amt(v):
    s = "%.2f" % v
    return s[:-3] if s.endswith(".00") else s


def x835(sender, receiver, payer, payee, check, claims, ctl=201, test=False):
    """claims: list of dict(id, status, charge, paid, resp, last, first, member, payer_ctl, lines [(cpt, charge, paid, dos, adj)])."""
    d = ST.date
    total = sum(c["paid"] for c in claims)
    B = ["BPR*I*%s*C*ACH*CCP*01*011000015*DA*000123456*1%s**01*021000021*DA*000987654*%s" % (
            _amt(total), payer[1], d.strftime("%Y%m%d")),
         "TRN*1*%s*1%s" % (check, payer[1]),
         "DTM*405*%s" % d.strftime("%Y%m%d"),
         "N1*PR*%s" % payer[0].upper(), "N3*%s" % payer[2].upper(), "N4*%s" % payer[3].upper(),
         "PER*BL*PROVIDER SERVICES*TE*%s" % payer[4],
         "N1*PE*%s*XX*%s" % (payee[0].upper(), payee[1]), "REF*TJ*%s" % payee[2]]
    for i, c in enumerate(claims):
        B += ["LX*%d" % (i + 1),
              "CLP*%s*%s*%s*%s*%s*12*%s*11*1" % (c["id"], c["status"], _amt(c["charge"]), _amt(c["paid"]),
                                                 _amt(c["resp"]) if c["resp"] else "", c["payer_ctl"]),
              "NM1*QC*1*%s*%s****MI*%s" % (c["last"].upper(), c["first"].upper(), c["member"])]
        for cpt, charge, paid, dos, adj in c["lines"]:
            B.append("SVC*HC:%s*%s*%s**1" % (cpt, _amt(charge), _amt(paid)))
            B.append("DTM*472*%s" % dos)
            for grp, code, amt in adj:
                B.append("CAS*%s*%s*%s" % (grp, code, _amt(amt)))
    return x12(sender, receiver, "HP", "835", "005010X221A1", B, ctl, test)


# ----------------------------------------------------------------- CCDA --
def ccda(title, pat, author, org, sections, code=("34133-9", "Summarization of Episode Note"),
         docid=None, sample=False):
    """pat: dict(given, family, dob, sex, mrn, addr, city, st, zip, phone);
    author: (given, family, npi); org: (name, phone, addr, city, st, zip);
    sections: list of (loinc, title, header_row, rows)."""
    t = ymd(ST.date) + ST.date.strftime("%H%M%S") + ST.date.strftime("%z")
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">',
         '  <realmCode code="US"/>',
         '  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
         '  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
         '  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>',
         '  <id root="2.16.840.1.113883.3.7741.2" extension="%s"/>' % (docid or _h("doc")[:12]),
         '  <code code="%s" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="%s"/>' % (code[0], xesc(code[1])),
         '  <title>%s</title>' % xesc(title),
         '  <effectiveTime value="%s"/>' % t,
         '  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>',
         '  <languageCode code="en-US"/>',
         '  <recordTarget>',
         '    <patientRole>',
         '      <id root="2.16.840.1.113883.3.7741.1" extension="%s"/>' % pat["mrn"],
         '      <addr use="HP"><streetAddressLine>%s</streetAddressLine><city>%s</city><state>%s</state><postalCode>%s</postalCode><country>US</country></addr>'
         % (xesc(pat["addr"]), xesc(pat["city"]), pat["st"], pat["zip"]),
         '      <telecom use="HP" value="tel:%s"/>' % pat["phone"],
         '      <patient>',
         '        <name use="L"><given>%s</given><family>%s</family></name>' % (xesc(pat["given"]), xesc(pat["family"])),
         '        <administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1"/>' % pat["sex"],
         '        <birthTime value="%s"/>' % pat["dob"],
         '      </patient>',
         '    </patientRole>',
         '  </recordTarget>',
         '  <author>',
         '    <time value="%s"/>' % t,
         '    <assignedAuthor>',
         '      <id root="2.16.840.1.113883.4.6" extension="%s"/>' % author[2],
         '      <assignedPerson><name><given>%s</given><family>%s</family></name></assignedPerson>' % (xesc(author[0]), xesc(author[1])),
         '    </assignedAuthor>',
         '  </author>',
         '  <custodian>',
         '    <assignedCustodian>',
         '      <representedCustodianOrganization>',
         '        <id root="2.16.840.1.113883.3.7741"/>',
         '        <name>%s</name>' % xesc(org[0]),
         '        <telecom use="WP" value="tel:%s"/>' % org[1],
         '        <addr><streetAddressLine>%s</streetAddressLine><city>%s</city><state>%s</state><postalCode>%s</postalCode></addr>'
         % (xesc(org[2]), xesc(org[3]), org[4], org[5]),
         '      </representedCustodianOrganization>',
         '    </assignedCustodian>',
         '  </custodian>',
         '  <component>',
         '    <structuredBody>']
    for loinc, stitle, hdr, rows in sections:
        X += ['      <component>',
              '        <section>',
              '          <code code="%s" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC"/>' % loinc,
              '          <title>%s</title>' % xesc(stitle),
              '          <text>',
              '            <table border="1">',
              '              <thead><tr>%s</tr></thead>' % "".join("<th>%s</th>" % xesc(h) for h in hdr),
              '              <tbody>']
        for r in rows:
            X.append('                <tr>%s</tr>' % "".join("<td>%s</td>" % xesc(c) for c in r))
        X += ['              </tbody>', '            </table>', '          </text>', '        </section>', '      </component>']
    X += ['    </structuredBody>', '  </component>', '</ClinicalDocument>']
    return crlf("\n".join(X)).encode("utf-8")


# ------------------------------------------------------------ registry --
MSGS = []


def M(slug, label, reason, date, lang="en", cat="", trap=False, tz=None):
    def deco(fn):
        MSGS.append(dict(slug=slug, label=label, reason=reason, date=date, tz=tz, lang=lang, cat=cat,
                         trap=trap, fn=fn))
        return fn
    return deco


def sig(name, title, org, phone, mail=None, extra=None):
    s = "\n--\n%s\n%s\n%s\n%s" % (name, title, org, phone)
    if mail:
        s += "\n" + mail
    if extra:
        s += "\n" + extra
    return s


# Organisations and staff used across the set (all invented).
QF = "quillfield.example.org"          # Quillfield Health
TRELLIS = "trellis-ehr.example.com"    # EHR vendor
KESTREL = "kestrel-lab.example.net"    # reference laboratory
NORTHFOLD = "northfold-plan.example.net"  # health plan
ORIEL = "oriel-genomics.example.com"   # genetics lab
MERIDIAN = "meridiancrest.example.org"  # substance-use treatment
ASHGROVE = "ashgrove-counseling.example.com"  # outpatient therapy
WILLOW = "willowmere-health.example.org"  # women's health
BRIGHT = "brightwater-fertility.example.com"
PELHAM = "pelham-homehealth.example.org"
SABLE = "sable-supply.example.com"
COPPER = "copperline-rcm.example.com"  # billing company
HALVARD = "halvard-clinic.example.org"  # HIV / ID clinic

NPI_OKONKWO = npi("158866763")
NPI_REYES = npi("124577390")
NPI_DUNMORE = npi("136244518")
NPI_VANCE = npi("119306624")
NPI_QMC = npi("173390214")
NPI_THORN = npi("152201876")
NPI_ASH = npi("167745203")
NPI_MERID = npi("140992365")
NPI_HALV = npi("188504127")
NPI_WILLOW = npi("126638840")
NPI_BRIGHT = npi("195512063")
NPI_PELHAM = npi("113857402")
NPI_LINDGREN = npi("147720395")
NPI_ABARA = npi("162038811")
NPI_SOLIS = npi("171094456")
NPI_KIM = npi("109833672")
NPI_FAIRWEATHER = npi("183366021")
NPI_PRUITT = npi("130475589")


# ======================================================== restricted: MH --
@M("bh-referral-docx-depression", "restricted",
   "DOCX referral letter: named patient with recurrent major depression, failed sertraline and bupropion, sent for psychiatric evaluation; body says only 'see attached'",
   "2026-03-12 10:41", cat="mental health")
def _():
    doc = docx([("h", "Thornbury Family Medicine"), "1180 Kettle Road, Fenwick, OH 45999  |  Tel (614) 555-0118  |  Fax (614) 555-0119", "",
                "March 12, 2026", "",
                "To: Quillfield Behavioral Health, Adult Outpatient Intake", "",
                ("kv", "Re:", "Janelle Whitcombe"), ("kv", "DOB:", "03/19/1986"), ("kv", "MRN:", "QF-00611842"), "",
                "Dear Colleagues,",
                "I am referring Ms. Whitcombe for psychiatric evaluation and medication management. She has recurrent major depressive disorder, currently moderate to severe (F33.1). PHQ-9 today was 19 (was 21 in January).",
                "Treatment to date: sertraline titrated to 150 mg daily for 10 weeks with partial response; bupropion XL 150 mg added in February, stopped after two weeks because of insomnia and irritability. She completed 6 sessions of CBT through her EAP.",
                "She reports passive thoughts of death without plan or intent. We completed a safety plan together and she has the crisis line number. No prior hospitalisations. No substance use beyond 1-2 glasses of wine weekly.",
                "I would appreciate your recommendations on next steps, including whether an augmentation strategy or a switch is preferable.",
                "", "Sincerely,", "Marisol Reyes, MD", "NPI %s" % NPI_REYES],
               title="Referral - Behavioral Health", creator="Marisol Reyes")
    return mail(addr("Marisol Reyes MD", "mreyes@" + QF), addr("BH Adult Intake", "bh-intake@" + QF),
                "Referral", "Please see the attached referral. Happy to discuss by phone.\n\nMarisol" +
                sig("Marisol Reyes, MD", "Family Medicine", "Thornbury Family Medicine", "(614) 555-0118"),
                [att(doc, CT_DOCX, "Referral_BH_0312.docx")])


@M("php-census-xlsx-weekly-review", "restricted",
   "XLSX census of the partial hospitalization programme: named patients with MRNs, psychiatric diagnoses (MDD, bipolar II, PTSD, anorexia, OCD) and authorisation days",
   "2026-04-13 07:55", cat="mental health")
def _():
    rows = [["Patient", "MRN", "Admit", "Primary Dx", "Track", "Payer", "Auth through", "Days used"],
            ["Abernathy, Colette", "QF-00720311", "2026-03-30", "F33.2 MDD, recurrent, severe", "Mood", "Northfold", "2026-04-17", 11],
            ["Baptiste, Ronan", "QF-00688145", "2026-04-01", "F31.81 Bipolar II disorder", "Mood", "Medicaid MCO", "2026-04-15", 9],
            ["Castellanos, Inez", "QF-00731902", "2026-04-06", "F43.10 PTSD", "Trauma", "Northfold", "2026-04-20", 6],
            ["Dorsey, Kelsey", "QF-00702277", "2026-03-23", "F50.01 Anorexia nervosa, restricting", "Eating disorders", "Self-pay", "n/a", 16],
            ["Estrada, Julian", "QF-00745530", "2026-04-08", "F42.2 OCD, mixed", "Anxiety/OCD", "Commercial - Tri-Plains", "2026-04-22", 4],
            ["Fenwick, Sabine", "QF-00699018", "2026-04-02", "F33.1 MDD, recurrent, moderate", "Mood", "Medicare", "2026-04-16", 8]]
    return mail(addr("Quillfield BH - PHP", "php-coordinator@" + QF), addr("Utilization Review", "ur-team@" + QF),
                "PHP census wk of 4/13",
                "Census attached for this morning's UR call.\n\nThanks,\nDenise" +
                sig("Denise Harrow, RN", "Program Coordinator, Partial Hospitalization", "Quillfield Behavioral Health", "(614) 555-0131"),
                [att(xlsx([("Census", rows)], title="PHP census"), CT_XLSX, "PHP_census_2026-04-13.xlsx")])


@M("tms-prior-auth-pdf-plan", "restricted",
   "Flate-compressed PDF prior-authorisation request for TMS: named member with treatment-resistant major depression, medication trials and HAM-D score",
   "2026-05-06 14:20", cat="mental health")
def _():
    lines = [("h", "Northfold Health Plan - Prior Authorization Request"), "Behavioral Health Services", "",
             ("b", "Member information"), "Member name: Roland Esposito", "Member ID: NFH448120937", "Date of birth: 08/02/1979",
             "Group: 0071-ACME PRINTING", "",
             ("b", "Requesting provider"), "Colin Dunmore, MD - Psychiatry", "NPI: %s" % NPI_DUNMORE,
             "Quillfield Behavioral Health, 400 Alder Street, Fenwick OH 45999", "Phone (614) 555-0146  Fax (614) 555-0147", "",
             ("b", "Service requested"), "Transcranial magnetic stimulation, CPT 90867 x1 and 90868 x35", "Start date: 05/18/2026",
             "", ("b", "Clinical information"), "Diagnosis: F33.2 Major depressive disorder, recurrent, severe without psychotic features",
             "Current HAM-D-17: 24 (baseline 27)", "Antidepressant trials (adequate dose and duration):",
             "  1. Escitalopram 20 mg daily, 09/2024 - 01/2025, no response", "  2. Venlafaxine XR 225 mg daily, 02/2025 - 07/2025, partial response",
             "  3. Aripiprazole 5 mg augmentation, 08/2025 - 11/2025, stopped for akathisia",
             "Psychotherapy: CBT, 16 sessions, 2025 (Ashgrove Counseling Group)",
             "No history of seizure, no implanted metal.  ECT declined by patient.", "",
             "Attestation: I certify the information above is accurate.", "Signature: Colin Dunmore, MD   Date: 05/06/2026"]
    return mail(addr("Dunmore, Colin MD", "cdunmore@" + QF), addr("Northfold BH Prior Auth", "bh-priorauth@" + NORTHFOLD),
                "Prior authorization request",
                "Prior authorization request attached. Please fax the determination to (614) 555-0147.\n\nThank you" +
                sig("Lena Ortiz", "Authorization Specialist for Dr. Dunmore", "Quillfield Behavioral Health", "(614) 555-0146"),
                [att(pdf(lines, flate=True, title="Prior Authorization Request"), "application/pdf", "PA_request_0506.pdf")])


@M("adt-a01-hl7-inpatient-unit", "restricted",
   "HL7 ADT^A01 attachment: admission of a named patient to the inpatient psychiatry unit on an involuntary hold with schizophrenia (DG1 F20.0); body only says it is a sample for bed-board mapping",
   "2026-04-06 08:03", cat="mental health")
def _():
    msg = hl7("MSH|^~\\&|TRELLIS|QMC|LANTERNLINK|QMC|20260406071204||ADT^A01^ADT_A01|QMC7730185|P|2.5.1",
              "EVN|A01|20260406071100",
              "PID|1||QF00759214^^^QMC^MR||Wren^Tobias^A||19930117|M|||27 Coldwater Lane^^Fenwick^OH^45999||^PRN^PH^^1^614^5550152|||S||QA7730185",
              "PV1|1|I|4W^PSY12^A^QMC^^^^PSYCH||||%s^Dunmore^Colin^^^MD|||PSY||||7|||%s^Dunmore^Colin^^^MD|IN||||||||||||||||||||||||20260406065000" % (NPI_DUNMORE, NPI_DUNMORE),
              "PV2|||^Involuntary emergency hold - 72 hr",
              "DG1|1||F20.0^Paranoid schizophrenia^I10||20260406|A",
              "ZPS|1|LEGAL_STATUS|PINK_SLIP_72H")
    return mail(addr("Arjun Mehta", "amehta@" + QF), addr("Bed Board Team", "bedboard-dev@" + QF),
                "ADT sample for 4W mapping",
                "Here is one of this morning's A01s from 4W so you can see how PV1-3 and the ZPS segment come across. "
                "Please delete it once the mapping is done.\n\nArjun" +
                sig("Arjun Mehta", "Integration Analyst", "Quillfield Health IT", "(614) 555-0160"),
                [att(msg, "application/x-hl7", "ADT_A01_20260406_0712.hl7")])


@M("cita-evaluacion-ics-alimentaria", "restricted",
   "Spanish invitation to a named patient (ICS attached) for an intake evaluation in the eating-disorders programme; addressed to the patient about her care",
   "2026-05-11 16:02", lang="es", cat="mental health")
def _():
    inv = ics("Evaluación inicial - Programa de Trastornos de la Conducta Alimentaria (Valeria Quintero)",
              datetime.datetime(2026, 5, 19, 9, 30), 90, ("Programa TCA - Quillfield", "tca-citas@" + QF),
              [("Valeria Quintero", "valeria.quintero@mail.example.com")],
              description="Evaluación con psiquiatría, psicología y nutrición. Se tomarán peso, signos vitales y análisis de sangre. "
                          "Traiga su lista de medicamentos y el registro de comidas de la última semana.",
              location="Quillfield Behavioral Health, 400 Alder Street, piso 3")
    body = ("Hola, Valeria:\n\n"
            "Le enviamos la invitación para su cita. Encontrará los detalles en el archivo adjunto; "
            "puede añadirlo a su calendario.\n\n"
            "Si necesita cambiar la fecha, llámenos al (614) 555-0133.\n\n"
            "Un saludo,\nRecepción del Programa TCA\nQuillfield Behavioral Health")
    return mail(addr("Programa TCA - Quillfield", "tca-citas@" + QF),
                addr("Valeria Quintero", "valeria.quintero@mail.example.com"),
                "Su cita del 19 de mayo", body, [ics_part(inv, filename="cita.ics")], cte="quoted-printable")


@M("fhir-export-child-psychiatry-adhd", "restricted",
   "FHIR Bundle attached for a transfer of care: a named child with ADHD diagnosed and treated (methylphenidate ER) by the child psychiatry service",
   "2026-04-22 11:17", cat="mental health")
def _():
    pat = fhir_patient("pt-1", "Marsh", ["Elliot", "James"], "2013-05-21", "male", mrn="QF00680077", city="Fenwick", state="OH")
    cond = {"resourceType": "Condition", "id": "cond-1",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F90.2",
                                 "display": "Attention-deficit hyperactivity disorder, combined type"}]},
            "subject": {"reference": "Patient/pt-1", "display": "Elliot Marsh"},
            "recordedDate": "2025-09-10",
            "recorder": {"display": "Quillfield Child & Adolescent Psychiatry - Dr. Hannah Liu"}}
    med = {"resourceType": "MedicationRequest", "id": "med-1", "status": "active", "intent": "order",
           "medicationCodeableConcept": {"text": "methylphenidate ER 27 mg tablet"},
           "subject": {"reference": "Patient/pt-1", "display": "Elliot Marsh"},
           "authoredOn": "2026-03-30",
           "requester": {"display": "Hannah Liu, MD (Child & Adolescent Psychiatry)"},
           "dosageInstruction": [{"text": "1 tablet by mouth every morning"}],
           "dispenseRequest": {"quantity": {"value": 30, "unit": "tablet"}}}
    obs = {"resourceType": "Observation", "id": "obs-1", "status": "final",
           "code": {"text": "Vanderbilt ADHD parent rating - inattentive subscale"},
           "subject": {"reference": "Patient/pt-1"}, "effectiveDateTime": "2026-03-30", "valueInteger": 14}
    b = fhir(fhir_bundle([pat, cond, med, obs]))
    return mail(addr("Quillfield HIM - Release of Information", "roi@" + QF), addr("Records - Ashgrove Counseling", "records@" + ASHGROVE),
                "Records request #R-26-04418",
                "The FHIR export for the transfer of care you requested is attached.\n\nRelease of Information\nQuillfield Health",
                [att(b, "application/fhir+json", "export_R-26-04418.json")])


@M("lab-followup-filename-lithium", "restricted",
   "borderline: the PDF is blank; the file name alone names the patient, his DOB, bipolar disorder and lithium levels",
   "2026-06-02 13:48", cat="mental health")
def _():
    return mail(addr("Dunmore, Colin MD", "cdunmore@" + QF), addr("Priya Natarajan, RN", "pnatarajan@" + QF),
                "for chart", "attached\n\nSent from my iPhone",
                [att(pdf([], title=""), "application/pdf", "Okafor_Daniel_DOB_1988-02-17_bipolar_lithium_level_followup.pdf")])


# ======================================================= restricted: SUD --
@M("dispensary-weekend-xlsx-dosing", "restricted",
   "XLSX weekend dosing sheet of an opioid treatment programme: named patients with methadone doses, take-home status and drug-screen results",
   "2026-03-27 15:36", cat="substance-use treatment")
def _():
    rows = [["Pt ID", "Name", "Methadone dose (mg)", "Phase", "Take-homes", "Last UDS", "Notes"],
            ["MC-10233", "Bellamy, Travis", 85, "Phase 3", "Sat+Sun", "2026-03-20 neg", ""],
            ["MC-10871", "Cordova, Lydia", 60, "Phase 1", "None - observed", "2026-03-24 fentanyl +", "dose increase per Dr. Lindgren 3/25"],
            ["MC-11042", "Dunleavy, Sean", 110, "Phase 4", "Sat+Sun", "2026-03-19 neg", ""],
            ["MC-11207", "Egan, Marissa", 45, "Induction", "None - observed", "2026-03-26 pending", "day 6 of induction"],
            ["MC-11318", "Farrow, Damon", 95, "Phase 2", "Sun", "2026-03-23 neg", ""],
            ["GUEST-0412", "Hollis, Bradley", 70, "Guest dose", "None", "per home clinic", "Harlow County OTP, through 3/31"],
            ["GUEST-0413", "Ingram, Patrice", 55, "Guest dose", "None", "per home clinic", "Harlow County OTP, through 3/29"]]
    return mail(addr("Meridian Crest Dispensary", "dispensary@" + MERIDIAN), addr("Nursing Supervisor", "nursing-sup@" + MERIDIAN),
                "Weekend sheet",
                "Sheet for Sat/Sun attached. Two guest-dose patients from Harlow County are at the bottom.\n\nGwen" +
                sig("Gwen Talbot, LPN", "Dispensary Nurse", "Meridian Crest Recovery Center", "(614) 555-0171"),
                [att(xlsx([("Weekend 3-28", rows)]), CT_XLSX, "weekend_dosing_0328.xlsx")])


@M("bup-er-injection-prior-auth-pdf", "restricted",
   "PDF prior-authorisation form for extended-release buprenorphine: named member with opioid use disorder (F11.20) on buprenorphine/naloxone",
   "2026-02-18 10:05", cat="substance-use treatment")
def _():
    lines = [("h", "Pharmacy Prior Authorization - Buprenorphine Extended-Release Injection"), "Northfold Health Plan", "",
             "Member: Curtis Langley", "Member ID: NFH553019248    DOB: 11/23/1990", "",
             "Prescriber: Marisol Reyes, MD    NPI: %s" % NPI_REYES, "Practice: Thornbury Family Medicine (office-based addiction treatment)",
             "Phone (614) 555-0118    Fax (614) 555-0119", "",
             "Diagnosis: F11.20 Opioid use disorder, moderate", "Current therapy: buprenorphine/naloxone 16 mg/4 mg SL film daily since 05/2025",
             "Reason for request: repeated missed doses due to shift work; two diverted-film concerns raised by patient's spouse;",
             "   patient requests monthly injection.", "Requested: buprenorphine ER 300 mg SC monthly x 2, then 100 mg monthly",
             "Urine drug screens: buprenorphine present, fentanyl negative x 6 months", "",
             "Prescriber signature: Marisol Reyes, MD      Date: 02/18/2026"]
    return mail(addr("Thornbury FM Prior Auth", "priorauth-thornbury@" + QF), addr("Northfold Pharmacy PA", "rx-pa@" + NORTHFOLD),
                "PA form attached",
                "Please see the attached PA form. The member's pharmacy is Corbett Drug on Route 9.\n\nThank you,\nRenata" +
                sig("Renata Voss", "Prior Authorization Coordinator", "Thornbury Family Medicine", "(614) 555-0118"),
                [att(pdf(lines, title="PA Buprenorphine ER"), "application/pdf", "PA_form.pdf")])


@M("x12-837p-resubmit-iop-batch", "restricted",
   "X12 837P claim file: a named subscriber billed for alcohol and drug intensive outpatient services (H0015) with F10.20/F11.20 diagnoses",
   "2026-04-20 09:12", cat="substance-use treatment")
def _():
    data = x837p("COPPERLINE", "NORTHFOLD",
                 dict(name="Meridian Crest Recovery Center", npi=NPI_MERID, tin="861234570", addr="88 Foundry Street",
                      city="Fenwick", st="OH", zip="459990012", tel="6145550170"),
                 dict(last="Halloway", first="Dmitri", mid="K", id="NFH661204873", dob="19850309", sex="M",
                      addr="1412 Sumner Ave Apt 3", city="Fenwick", st="OH", zip="45999"),
                 ("Northfold Health Plan", "NFHP1"),
                 dict(id="MC2604190077", pos="57", dx=["F10.20", "F11.20"], group="GRP0091",
                      rendering=("Lindgren", "Henrik", NPI_LINDGREN, "261QR0405X"),
                      lines=[("H0015", [], 275.0, 1, "20260413", 1), ("H0015", [], 275.0, 1, "20260415", 1),
                             ("H0015", [], 275.0, 1, "20260417", 1)]), ctl=419)
    return mail(addr("Copperline EDI", "edi@" + COPPER), addr("Northfold EDI Support", "edi-support@" + NORTHFOLD),
                "837P batch 0419 resubmission",
                "Resubmitting the attached batch after the payer ID correction. Original batch control 000000417.\n\nCopperline EDI Team" +
                sig("Copperline Revenue Services", "EDI Operations", "", "(614) 555-0188"),
                [att(data, "application/EDI-X12", "MC_837P_0419.837")])


@M("resumo-alta-docx-desintoxicacao", "restricted",
   "Portuguese DOCX discharge summary: named patient after alcohol detoxification, started on naltrexone, referred to addiction follow-up",
   "2026-03-03 17:25", lang="pt", cat="substance-use treatment", tz=-3)
def _():
    doc = docx([("h", "Hospital Vale Verde - Unidade de Dependência Química"), "Resumo de alta", "",
                ("kv", "Paciente:", "Ricardo Amaral Teles"), ("kv", "Data de nascimento:", "14/07/1977"),
                ("kv", "Prontuário:", "HVV-0448217"), ("kv", "Internação:", "23/02/2026 a 02/03/2026"), "",
                ("b", "Diagnóstico"), "F10.2 - Síndrome de dependência do álcool; síndrome de abstinência sem complicações.", "",
                ("b", "Evolução"),
                "Desintoxicação alcoólica com diazepam em esquema decrescente guiado pela escala CIWA-Ar (pico 18 no 2º dia). "
                "Tiamina 300 mg/dia. Sem convulsões ou delirium. Enzimas hepáticas em queda (GGT 412 -> 236 U/L).", "",
                ("b", "Prescrição de alta"), "Naltrexona 50 mg/dia; tiamina 100 mg/dia; complexo B.", "",
                ("b", "Seguimento"),
                "Encaminhado ao CAPS AD Jardim das Flores para acompanhamento semanal e grupo terapêutico; retorno ambulatorial em 15 dias.",
                "", "Dr. Fábio Nogueira - CRM 000000"], title="Resumo de alta", creator="Fabio Nogueira")
    body = ("Prezada Dra. Souza,\n\n"
            "Segue em anexo o resumo de alta do paciente que a senhora nos encaminhou.\n"
            "Qualquer dúvida, estamos à disposição.\n\n"
            "Atenciosamente,\nSecretaria da Unidade de Dependência Química\nHospital Vale Verde\nTel. (11) 555-0164")
    return mail(addr("Unidade de Dependência Química - HVV", "udq@valeverde.example.com"),
                addr("Dra. Helena Souza", "helena.souza@clinicasouza.example.com"),
                "Resumo de alta - encaminhamento", body,
                [att(doc, CT_DOCX, "Resumo_de_alta_HVV-0448217.docx")], cs="iso-8859-1", cte="quoted-printable")


@M("fwd-attached-injection-schedule", "restricted",
   "Outer body is 'see below'; the forwarded message/rfc822 names a client on extended-release naltrexone for alcohol use disorder and her next injection",
   "2026-04-23 12:10", cat="substance-use treatment")
def _():
    ST.date, outer = mkdate("2026-04-22 16:44"), ST.date
    inner = mail(addr("Amir Sadeghi, LADC", "asadeghi@" + MERIDIAN), addr("Jess Tolliver", "jtolliver@" + MERIDIAN),
                 "Injection schedule - K. Brandt",
                 "Hi Jess,\n\nKaren Brandt (MC-20417) is doing well on the extended-release naltrexone for her alcohol use disorder. "
                 "Her next injection is due 4/28. She asked to move her group from Tuesdays to Thursday evenings because of her new job; "
                 "I told her we'd confirm.\n\nAmir" +
                 sig("Amir Sadeghi, LADC", "Counselor", "Meridian Crest Recovery Center", "(614) 555-0173"))
    ST.date = outer
    return mail(addr("Jess Tolliver", "jtolliver@" + MERIDIAN), addr("Meridian Crest Pharmacy", "pharmacy@" + MERIDIAN),
                "Fwd: Injection schedule",
                "See below - can you make sure we have stock for the 28th?\n\n-J",
                [rfc822(inner, filename="Injection schedule.eml")])


@M("cm-incentives-csv-cp1252", "restricted",
   "windows-1252 CSV of contingency-management incentives: named clients, weekly stimulant drug-screen results and prize draws",
   "2026-05-01 11:30", cat="substance-use treatment")
def _():
    rows = [["client_id", "client_name", "week_ending", "uds_stimulant", "incentive_usd", "draws"],
            ["MC-20188", "Renée Lachance", "2026-04-10", "negative", "15.00", 4],
            ["MC-20188", "Renée Lachance", "2026-04-17", "negative", "20.00", 5],
            ["MC-20231", "Óscar Villaseñor", "2026-04-10", "positive (methamphetamine)", "0.00", 0],
            ["MC-20231", "Óscar Villaseñor", "2026-04-17", "negative", "10.00", 1],
            ["MC-20259", "Tamsin O'Rourke", "2026-04-17", "negative", "25.00", 6],
            ["MC-20302", "Zoë Bramwell", "2026-04-24", "negative", "10.00", 1],
            ["TOTAL", "", "", "", "80.00", 17]]
    return mail(addr("CM Coordinator", "cm-coordinator@" + MERIDIAN), addr("Finance", "finance@" + MERIDIAN),
                "April incentives for reimbursement",
                "CSV attached, totals on the last row. Gift cards were issued from the locked box in room 114.\n\nThanks" +
                sig("Paul Vandermeer", "Contingency Management Coordinator", "Meridian Crest Recovery Center", "(614) 555-0175"),
                [csv_part(rows, "cm_incentives_april.csv", cs="windows-1252", cte="quoted-printable")])


@M("unterlagen-zip-entzugsbehandlung", "restricted",
   "German message with a ZIP holding a discharge report PDF (qualified alcohol withdrawal treatment, acamprosate) and a medication CSV for a named patient",
   "2026-06-09 10:20", lang="de", cat="substance-use treatment", tz=2)
def _():
    rep = pdf([("h", "Fachklinik Birkenhain - Entlassbericht"), "", "Patient: Herr Jörg Brandstätter, geb. 04.11.1969",
               "Aufenthalt: 18.05.2026 - 05.06.2026", "",
               ("b", "Diagnosen"), "F10.2 Alkoholabhängigkeitssyndrom", "K70.0 Alkoholische Fettleber", "",
               ("b", "Verlauf"),
               "Qualifizierte Entzugsbehandlung über 18 Tage. Entgiftung mit Clomethiazol, komplikationslos.",
               "Motivationsgruppen und Einzelgespräche; Antrag auf Entwöhnungsbehandlung gestellt.", "",
               ("b", "Medikation bei Entlassung"), "Acamprosat 666 mg 1-1-1", "Thiamin 100 mg 1-0-0", "",
               "Mit freundlichen kollegialen Grüßen", "Dr. med. Ulrike Hain, Oberärztin"],
              title="Entlassbericht", producer="Birkenhain KIS 3.1")
    med = csvtext([["Wirkstoff", "Stärke", "Morgens", "Mittags", "Abends", "Hinweis"],
                   ["Acamprosat", "333 mg", "2", "2", "2", "Rückfallprophylaxe Alkohol"],
                   ["Thiamin", "100 mg", "1", "0", "0", ""]], sep=";").encode("utf-8")
    z = mkzip([("Entlassbericht_Brandstaetter.pdf", rep), ("Medikationsplan.csv", med)])
    body = ("Sehr geehrte Frau Dr. Keller,\n\n"
            "anbei die Unterlagen wie telefonisch besprochen als ZIP-Archiv.\n\n"
            "Mit freundlichen Grüßen\n\nSekretariat Dr. Hain\nFachklinik Birkenhain\nTel. 030 555 0148")
    return mail(addr("Sekretariat Dr. Hain", "sekretariat@birkenhain.example.com"),
                addr("Dr. Anja Keller", "praxis@keller-allgemeinmedizin.example.com"),
                "Unterlagen wie besprochen", body, [att(z, "application/zip", "Unterlagen.zip")],
                cs="iso-8859-1", cte="8bit")


# ======================================================= restricted: HIV --
@M("oru-result-batch-viral-load", "restricted",
   "HL7 ORU^R01 from the reference lab: HIV-1 RNA viral load and CD4 count for a named patient; body is an automated delivery notice",
   "2026-05-03 06:15", cat="HIV")
def _():
    m = hl7("MSH|^~\\&|KESTREL_LIS|KESTREL|HALVARD_EHR|HALVARD|20260503061002||ORU^R01^ORU_R01|KL88214071|P|2.5.1",
            "PID|1||HC-0031874^^^HALVARD^MR||Delacroix^Marcus^T||19840926|M|||900 Pemberton St Apt 4C^^Fenwick^OH^45999||^PRN^PH^^1^614^5550139",
            "ORC|RE|HC5518820|KL88214071||CM",
            "OBR|1|HC5518820|KL88214071|HIVVL^HIV-1 RNA, quantitative, real-time PCR^L|||20260501083000|||||||||%s^Vance^Priya^^^MD||||||20260503055800|||F" % NPI_VANCE,
            "OBX|1|NM|25836-8^HIV 1 RNA [#/volume] (viral load) in Plasma by NAA with probe detection^LN||48|copies/mL|<20|H|||F|||20260503055800",
            "OBX|2|NM|29463-7^Log10 HIV 1 RNA^LN||1.68|log10 copies/mL||||F",
            "OBR|2|HC5518821|KL88214072|CD4^CD4 T-cell count^L|||20260501083000|||||||||%s^Vance^Priya^^^MD||||||20260502171000|||F" % NPI_VANCE,
            "OBX|1|NM|24467-3^CD3+CD4+ (T4 helper) cells [#/volume] in Blood^LN||612|cells/uL|500-1500|N|||F",
            "NTE|1||Viral load detected below 200 copies/mL. Repeat per clinician.")
    return mail(addr("Kestrel Results Delivery", "results-interface@" + KESTREL), addr("Halvard Clinic Results", "results@" + HALVARD),
                "Results batch 0503 (1 message)",
                "Automated delivery. 1 HL7 ORU message attached.\nThis mailbox is not monitored.",
                [att(m, "application/hl7-v2", "KL_ORU_20260503_0615.hl7")])


@M("hie-encounter-fhir-bundle-art", "restricted",
   "FHIR bundle from the HIE: named patient with HIV disease (B20), undetectable viral load and an antiretroviral MedicationRequest",
   "2026-02-09 13:02", cat="HIV")
def _():
    pat = fhir_patient("p1", "Okoro", "Samuel", "1979-12-02", "male", mrn="HC-0029411", phone="(614) 555-0127", city="Fenwick", state="OH")
    cond = {"resourceType": "Condition", "id": "c1",
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "B20", "display": "Human immunodeficiency virus [HIV] disease"}]},
            "subject": {"reference": "Patient/p1"}, "onsetDateTime": "2014-06"}
    obs = {"resourceType": "Observation", "id": "o1", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "25836-8", "display": "HIV 1 RNA [#/volume] (viral load) in Plasma by NAA with probe detection"}]},
           "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2026-02-02",
           "valueString": "<20 copies/mL (not detected)"}
    med = {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
           "medicationCodeableConcept": {"text": "bictegravir 50 mg / emtricitabine 200 mg / tenofovir alafenamide 25 mg tablet"},
           "subject": {"reference": "Patient/p1"}, "dosageInstruction": [{"text": "1 tablet by mouth daily"}],
           "requester": {"display": "Priya Vance, MD - Halvard Clinic"}}
    enc = {"resourceType": "Encounter", "id": "e1", "status": "finished",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"},
           "subject": {"reference": "Patient/p1"}, "period": {"start": "2026-02-08T22:14:00-05:00", "end": "2026-02-09T03:40:00-05:00"},
           "reasonCode": [{"text": "Ankle fracture"}], "serviceProvider": {"display": "Quillfield Medical Center ED"}}
    return mail(addr("Tri-County HIE Notifications", "notify@tricounty-hie.example.net"), addr("Halvard Clinic Care Team", "careteam@" + HALVARD),
                "Encounter notification",
                "An encounter notification for one of your attributed patients is attached (FHIR R4 bundle).\n\n"
                "Tri-County Health Information Exchange",
                [att(fhir(fhir_bundle([pat, enc, cond, obs, med])), "application/fhir+json", "encounter_notification.json")])


@M("relances-prep-xlsx-bilan", "restricted",
   "French message with an XLSX of named PrEP users, their birth dates and the date of their next HIV test and creatinine check",
   "2026-05-04 09:05", lang="fr", cat="HIV", tz=2)
def _():
    rows = [["Nom", "Prénom", "Date de naissance", "Dernière dispensation PrEP", "Prochain bilan (VIH, créatinine)", "Téléphone"],
            ["Lefèvre", "Antoine", "12/02/1992", "03/02/2026", "05/05/2026", "06 555 0141"],
            ["Mbaye", "Ousmane", "30/09/1988", "10/02/2026", "12/05/2026", "06 555 0143"],
            ["Rousseau", "Camille", "17/06/1996", "17/02/2026", "19/05/2026", "07 555 0144"],
            ["Haddad", "Karim", "05/01/1985", "24/02/2026", "26/05/2026", "06 555 0145"]]
    body = ("Bonjour à toutes et à tous,\n\n"
            "Ci-joint la liste des usagers à relancer ce mois-ci pour leur bilan trimestriel.\n"
            "Merci de noter les appels dans le dossier.\n\n"
            "Bonne semaine,\nSophie\n--\nSophie Marchand, infirmière coordinatrice\nCentre de santé sexuelle Rivière-Claire\n01 555 0140")
    return mail(addr("Sophie Marchand", "s.marchand@riviere-claire.example.com"),
                addr("Équipe infirmière", "infirmieres@riviere-claire.example.com"),
                "Relances de mai", body,
                [att(xlsx([("Relances mai", rows)], creator="Sophie Marchand"), CT_XLSX, "relances_mai.xlsx")],
                cs="iso-8859-1", cte="quoted-printable")


@M("adap-recert-pdf-application", "restricted",
   "PDF drug-assistance recertification form: named applicant's HIV diagnosis, antiretroviral regimen, viral load and CD4",
   "2026-03-17 15:44", cat="HIV")
def _():
    lines = [("h", "AIDS Drug Assistance Program - Recertification Application"), "", "Applicant name: Lionel Fairbanks",
             "Date of birth: 06/30/1975     SSN (last 4): 0187", "Address: 58 Quarry Hill Road, Fenwick OH 45999", "Phone: (614) 555-0126", "",
             ("b", "Medical information (completed by clinic)"), "HIV diagnosis date: 2019", "Current regimen: dolutegravir 50 mg daily + emtricitabine/tenofovir alafenamide 200/25 mg daily",
             "Most recent viral load: not detected (<20 copies/mL) on 02/24/2026", "Most recent CD4: 688 cells/uL on 02/24/2026", "",
             ("b", "Insurance"), "Northfold Health Plan marketplace silver, member ID NFH770032145", "Household income: 212% FPL", "",
             "Medical case manager: Tanya Osei, Halvard Clinic, (614) 555-0136", "Applicant signature on file 03/16/2026"]
    return mail(addr("Tanya Osei", "tosei@" + HALVARD), addr("ADAP Enrollment", "adap-enroll@dph-state.example.org"),
                "Recert", "Recert attached. Proof of income to follow by fax.\n\nTanya" +
                sig("Tanya Osei", "Medical Case Manager", "Halvard Clinic", "(614) 555-0136"),
                [att(pdf(lines, title="ADAP Recertification"), "application/pdf", "recert_0317.pdf")])


@M("ccda-transition-to-primary-care", "restricted",
   "C-CDA continuity-of-care document for a named patient: HIV disease on dolutegravir/lamivudine with viral load and CD4 results",
   "2026-06-15 10:33", cat="HIV")
def _():
    doc = ccda("Continuity of Care Document",
               dict(given="Andre", family="Vasquez-Lowe", dob="19880411", sex="M", mrn="HC-0033560", addr="310 Linden Court",
                    city="Fenwick", st="OH", zip="45999", phone="+1-614-555-0125"),
               ("Priya", "Vance", NPI_VANCE), ("Halvard Clinic", "+1-614-555-0135", "77 Mercer Street", "Fenwick", "OH", "45999"),
               [("11450-4", "Problems", ["Problem", "ICD-10", "Status", "Onset"],
                 [["Human immunodeficiency virus [HIV] disease", "B20", "Active", "2017"],
                  ["Hyperlipidemia", "E78.5", "Active", "2023"]]),
                ("10160-0", "Medications", ["Medication", "Sig", "Start"],
                 [["dolutegravir 50 mg / lamivudine 300 mg tablet", "1 tablet daily", "2022-08-01"],
                  ["atorvastatin 20 mg tablet", "1 tablet nightly", "2023-05-10"]]),
                ("30954-2", "Results", ["Test", "Result", "Date"],
                 [["HIV-1 RNA quantitative", "Not detected", "2026-05-28"], ["CD4 absolute", "780 cells/uL", "2026-05-28"],
                  ["LDL cholesterol", "96 mg/dL", "2026-05-28"]])])
    return mail(addr("Halvard Clinic Records", "records@" + HALVARD), addr("Thornbury FM Records", "records-thornbury@" + QF),
                "Transition of care document",
                "The C-CDA for the patient transferring to your practice is attached.\n\nHalvard Clinic Medical Records\n(614) 555-0135",
                [att(doc, "application/xml", "CCD_transition.xml")])


@M("lich-hen-ics-tai-kham", "restricted",
   "Vietnamese appointment invitation to a named patient (ICS) for a PrEP follow-up with HIV testing before the next 3-month supply",
   "2026-07-07 14:12", lang="vi", cat="HIV")
def _():
    inv = ics("Tái khám PrEP - Trần Văn Minh", datetime.datetime(2026, 7, 14, 17, 30), 30,
              ("Phòng khám Halvard", "lichhen@" + HALVARD), [("Trần Văn Minh", "minh.tran@mail.example.com")],
              description="Xét nghiệm HIV và chức năng thận trước khi cấp thuốc PrEP cho 3 tháng tiếp theo. "
                          "Vui lòng đến sớm 15 phút.", location="Phòng khám Halvard, 77 Mercer Street, tầng 2")
    body = ("Chào anh Minh,\n\n"
            "Phòng khám Halvard gửi anh lịch hẹn trong tệp đính kèm. Anh có thể thêm vào lịch của mình.\n"
            "Nếu cần đổi lịch, xin gọi (614) 555-0137.\n\n"
            "Trân trọng,\nPhòng khám Halvard")
    return mail(addr("Phòng khám Halvard", "lichhen@" + HALVARD), addr("Trần Văn Minh", "minh.tran@mail.example.com"),
                "Lịch hẹn của anh", body, [ics_part(inv, filename="lich-hen.ics")], cte="base64")


@M("vcard-client-contact-home-health", "restricted",
   "Bland body; the attached vCard's NOTE gives a named client's HIV status, antiretroviral therapy and viral load",
   "2026-08-19 11:51", cat="HIV")
def _():
    vc = vcard("Denise Akintola", "Akintola", "Denise", tels=[("CELL", "(614) 555-0124")],
               emails=["dakintola@mail.example.net"], adr=("2207 Orchard Row", "Fenwick", "OH", "45999"),
               note="Halvard Clinic client since 2022. HIV on ART (bictegravir/emtricitabine/TAF), VL undetectable 3/2026. "
                    "Home health for wound care after surgery. Do NOT leave voicemail about HIV; text only after 2 pm.")
    return mail(addr("Halvard Case Management", "casemgmt@" + HALVARD), addr("Pelham Home Health Intake", "intake@" + PELHAM),
                "contact card",
                "Contact card for the client we discussed on the phone this morning.\n\nThanks,\nTanya" +
                sig("Tanya Osei", "Medical Case Manager", "Halvard Clinic", "(614) 555-0136"),
                [att(vc, "text/vcard", "contact.vcf", cparams='; charset="utf-8"')])


# =================================================== restricted: genetic --
@M("accession-report-pdf-hboc", "restricted",
   "PDF genetic test report: named patient positive for a pathogenic BRCA1 variant; body says only that the report is final",
   "2026-03-25 16:40", cat="genetic")
def _():
    lines = [("h", "Oriel Genomics - Hereditary Cancer Report"), "CLIA 00D0000000   CAP 0000000", "",
             "Patient: Rosalind Achterberg       DOB: 11/09/1972      Sex: F", "Accession: OG-26-118402     Collected: 03/06/2026   Reported: 03/25/2026",
             "Ordering provider: Nathaniel Greer, MD - Quillfield Breast Surgery", "", ("h", "RESULT: POSITIVE"),
             "Pathogenic variant detected: BRCA1 c.68_69del (p.Glu23Valfs*17), heterozygous", "",
             ("b", "Interpretation"),
             "This result confirms hereditary breast and ovarian cancer syndrome. Lifetime risks of breast and ovarian cancer are",
             "significantly increased. First-degree relatives have a 50% chance of carrying this variant.", "",
             ("b", "Recommendations"), "Genetic counselling; discuss risk-reducing salpingo-oophorectomy and breast MRI screening.",
             "Cascade testing is available to relatives at no charge for 90 days.", "",
             "Genes analysed: ATM, BRCA1, BRCA2, CDH1, CHEK2, PALB2, PTEN, TP53", "Electronically signed: M. Ferreira, PhD, FACMG"]
    return mail(addr("Oriel Genomics Reports", "reports@" + ORIEL), addr("Quillfield Breast Surgery", "breastsurgery@" + QF),
                "Report available - OG-26-118402", "The attached report is final.\n\nOriel Genomics Client Services\n(614) 555-0190",
                [att(pdf(lines, title="Hereditary Cancer Report", producer="Oriel LIMS Reports"), "application/pdf", "OG-26-118402.pdf")])


@M("counselling-letter-docx-mlh1", "restricted",
   "DOCX visit letter from genetic counselling to the patient: Lynch syndrome (MLH1 pathogenic variant), surveillance and relatives' testing",
   "2026-04-02 12:24", cat="genetic")
def _():
    doc = docx([("h", "Quillfield Cancer Genetics Program"), "", "April 2, 2026", "", "Ms. Eleni Petrakis", "44 Birchmont Drive", "Fenwick, OH 45999", "",
                "Dear Ms. Petrakis,",
                "Thank you for meeting with us on March 26. This letter summarises what we discussed.",
                "Your genetic test found a pathogenic variant in the MLH1 gene (c.1852_1854del). This means you have Lynch syndrome, "
                "which raises the lifetime risk of colorectal and endometrial cancer.",
                ("b", "Recommended care"),
                "- Colonoscopy every 1 to 2 years, starting now (you are due in May).",
                "- Discussion with your gynecologist about endometrial cancer risk and options.",
                "- Daily aspirin may be considered; please discuss with your primary care doctor.",
                ("b", "Your relatives"),
                "Your brother and sister each have a 50% chance of having the same variant. The enclosed family letter explains how they can be tested.",
                "", "Warm regards,", "Megan O'Sullivan, MS, CGC", "Licensed Genetic Counselor  |  (614) 555-0192"],
               title="Visit summary", creator="Megan O'Sullivan")
    return mail(addr("Megan O'Sullivan, CGC", "mosullivan@" + QF), addr("Eleni Petrakis", "eleni.petrakis@mail.example.com"),
                "Visit summary letter",
                "Hi Ms. Petrakis,\n\nAttached is the summary letter from our visit last week. Please call me with any questions.\n\nMegan" +
                sig("Megan O'Sullivan, MS, CGC", "Cancer Genetics Program", "Quillfield Health", "(614) 555-0192"),
                [att(doc, CT_DOCX, "Visit_summary_letter.docx")])


@M("bojaja-fhir-carrier-result", "restricted",
   "Korean cover note (EUC-KR, base64); the FHIR Observation attached is a named patient's CFTR carrier-screening result",
   "2026-05-20 10:10", lang="ko", cat="genetic", tz=9)
def _():
    pat = fhir_patient("kr-1", "박", "지현", "1991-06-14", "female", mrn="HB-2026-00871", mrn_system="urn:oid:2.16.840.1.113883.3.7741.9")
    obs = {"resourceType": "Observation", "id": "cs-1", "status": "final",
           "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
           "code": {"text": "Expanded carrier screening - CFTR"},
           "subject": {"reference": "Patient/kr-1", "display": "박지현"}, "effectiveDateTime": "2026-05-15",
           "valueString": "Carrier: CFTR c.1521_1523del (p.Phe508del), heterozygous",
           "interpretation": [{"text": "보인자 - 배우자 검사 및 유전상담 권장"}]}
    body = ("김 선생님께,\n\n요청하신 보인자 검사 결과 파일을 FHIR 형식으로 첨부합니다.\n"
            "확인 부탁드립니다.\n\n한빛산부인과 검사실\n02-555-0157")
    return mail(addr("한빛산부인과 검사실", "lab@hanbit-clinic.example.com", "euc-kr"),
                addr("김수진 선생님", "sj.kim@seoul-gyn.example.com", "euc-kr"),
                "요청하신 검사 결과", body,
                [att(fhir(fhir_bundle([pat, obs])), "application/fhir+json", "result_HB-2026-00871.json")],
                cs="euc-kr", cte="base64")


@M("cascade-tracker-xlsx-cardiac", "restricted",
   "XLSX cascade-testing tracker: named relatives of a proband with their MYBPC3 genetic test results",
   "2026-06-23 15:05", cat="genetic")
def _():
    rows = [["Family", "Name", "Relationship", "DOB", "Variant", "Tested", "Result", "Cardiology f/u"],
            ["F-118", "Gerald Thorne", "Proband", "1961-02-14", "MYBPC3 c.1504C>T (p.Arg502Trp)", "2025-11-03", "Positive", "Established"],
            ["F-118", "Wesley Thorne", "Son", "1989-07-30", "MYBPC3 c.1504C>T", "2026-02-11", "Positive", "Echo booked 7/8"],
            ["F-118", "Abigail Thorne-Reyes", "Daughter", "1992-03-05", "MYBPC3 c.1504C>T", "2026-03-02", "Negative", "Not needed"],
            ["F-118", "Harold Thorne", "Brother", "1958-10-21", "MYBPC3 c.1504C>T", "", "Declined", "Echo advised"],
            ["F-118", "Mina Thorne", "Granddaughter", "2015-09-12", "MYBPC3 c.1504C>T", "", "Deferred (minor)", "Echo q2y"]]
    return mail(addr("Rachel Imbert, CGC", "rimbert@" + QF), addr("Cardiovascular Genetics Team", "cvgenetics@" + QF),
                "Tracker - updated", "Updated tracker attached. Two more tests came back since last week.\n\nRachel" +
                sig("Rachel Imbert, MS, CGC", "Cardiovascular Genetics", "Quillfield Heart Institute", "(614) 555-0193"),
                [att(xlsx([("Cascade", rows)], creator="Rachel Imbert"), CT_XLSX, "cascade_tracker.xlsx")])


@M("predictive-oru-hl7-neurogenetics", "restricted",
   "HL7 ORU with a named patient's predictive Huntington disease test (HTT CAG repeat 42); body asks not to release it to the portal",
   "2026-07-29 08:41", cat="genetic")
def _():
    m = hl7("MSH|^~\\&|ORIEL_LIMS|ORIEL|TRELLIS|QMC|20260729083512||ORU^R01^ORU_R01|OG26204417|P|2.5.1",
            "PID|1||QF00598311^^^QMC^MR||Kesterson^Oliver^M||19900604|M|||61 Garnet Ridge^^Fenwick^OH^45999",
            "OBR|1|QF7782019|OG-26-204417|HTTPCR^HTT CAG repeat analysis (predictive)^L|||20260708101500|||||||||%s^Kim^Grace^^^MD||||||20260729083000|||F" % NPI_KIM,
            "OBX|1|ST|HTTA1^HTT allele 1 CAG repeats^L||42||||||F",
            "OBX|2|ST|HTTA2^HTT allele 2 CAG repeats^L||18||||||F",
            "OBX|3|TX|HTTINT^Interpretation^L||Full-penetrance allele (>=40 CAG repeats) consistent with Huntington disease gene carrier status.||||||F",
            "NTE|1||Predictive test. Results to be disclosed in person per protocol.")
    return mail(addr("Oriel Interface", "interface@" + ORIEL), addr("Neurogenetics Clinic", "neurogenetics@" + QF),
                "Result delivery OG-26-204417",
                "Automated result delivery, one ORU attached.\n\nPlease do not release this result to the patient portal. "
                "Predictive test - disclosure visit required per protocol.",
                [att(m, "application/octet-stream", "OG-26-204417.hl7")])


@M("outside-lab-scan-name-brca2", "restricted",
   "The PDF has a bland scanner file name but its text layer is an outside lab's letter giving a named patient's BRCA2 pathogenic result",
   "2026-08-05 09:37", cat="genetic")
def _():
    lines = [("h", "Lakemont Diagnostics - Genetic Test Result Letter"), "", "August 1, 2026", "", "Re: Helena Voss   DOB 01/28/1981",
             "Test: BRCA1/BRCA2 full sequencing and deletion/duplication", "", "Result: Pathogenic variant identified in BRCA2",
             "Variant: c.5946del (p.Ser1982Argfs*22), heterozygous", "",
             "Ms. Voss's relatives may be at risk. Please refer her to genetic counselling.", "", "Lakemont Diagnostics, Laboratory Director"]
    return mail(addr("Carla Jimenez, RN", "cjimenez@" + QF), addr("Breast Health Navigator", "breast-navigator@" + QF),
                "outside lab", "here's the one from the outside lab, can you get it scanned into media?\n\nCarla",
                [att(pdf(lines, producer="Canon iR-ADV C5560 PDF"), "application/pdf", "scan_0031.pdf")])


@M("baogao-docx-thalassemia-counselling", "restricted",
   "Chinese (GB2312) message to a named patient with a DOCX thalassaemia gene test report and genetic counselling record",
   "2026-09-08 15:20", lang="zh", cat="genetic", tz=8)
def _():
    doc = docx([("h", "和安诊所 遗传咨询记录"), "",
                ("kv", "姓名：", "王丽华"), ("kv", "出生日期：", "1983-02-27"), ("kv", "病历号：", "HA-20260877"), "",
                ("b", "检测项目"), "地中海贫血基因检测（α-地贫、β-地贫常见突变）", "",
                ("b", "检测结果"), "α-地中海贫血 --SEA/αα 缺失杂合子（携带者）；β-珠蛋白基因未检出常见突变。", "",
                ("b", "遗传咨询意见"),
                "您是α-地中海贫血携带者。建议配偶进行同样的基因检测；如双方均为同型携带者，孕期可考虑产前诊断。", "",
                "遗传咨询师：陈晓敏", "日期：2026年9月7日"], title="遗传咨询记录", creator="陈晓敏")
    body = ("王女士您好：\n\n附件是您的地中海贫血基因检测报告和遗传咨询记录，请查收。\n"
            "如有疑问，请致电 021-555-0161。\n\n和安诊所 遗传咨询门诊")
    return mail(addr("和安诊所", "genetics@hean-clinic.example.com", "gb2312"), addr("王丽华", "lihua.wang@mail.example.net", "gb2312"),
                "您的检测报告", body, [att(doc, CT_DOCX, "report_HA-20260877.docx")], cs="gb2312", cte="base64")


# ============================================== restricted: reproductive --
@M("followup-visit-ics-willowmere", "restricted",
   "Bland body; the ICS invitation to the patient names her follow-up visit after a medication abortion",
   "2026-04-03 10:15", cat="reproductive health")
def _():
    inv = ics("Follow-up after medication abortion - Kayla Brennan", datetime.datetime(2026, 4, 16, 14, 0), 30,
              ("Willowmere Scheduling", "scheduling@" + WILLOW), [("Kayla Brennan", "kbrennan22@mail.example.com")],
              description="Follow-up visit with ultrasound or hCG check, 1-2 weeks after your medication abortion on 4/2. "
                          "Please bring your symptom diary.", location="Willowmere Women's Health, Suite 210")
    return mail(addr("Willowmere Scheduling", "scheduling@" + WILLOW), addr("Kayla Brennan", "kbrennan22@mail.example.com"),
                "Your upcoming appointment",
                "Your appointment details are in the attached invitation. Reply to this message or call (614) 555-0181 to reschedule.\n\n"
                "Willowmere Women's Health",
                [ics_part(inv, filename="appointment.ics")])


@M("monitoring-schedule-xlsx-cycles", "restricted",
   "XLSX monitoring schedule of a fertility clinic: named patients in IVF, frozen embryo transfer and egg-freezing cycles with stim days",
   "2026-05-14 18:02", cat="reproductive health")
def _():
    rows = [["Patient", "MRN", "Cycle", "Stim day", "Monitoring", "Labs", "Notes"],
            ["Aldridge, Naomi", "BW-40218", "IVF antagonist", 8, "05/15 07:15", "E2, LH", "likely trigger 5/17"],
            ["Brooks-Hale, Vanessa", "BW-40377", "Egg freezing", 6, "05/15 07:30", "E2", ""],
            ["Chen, Mei-Ling", "BW-40402", "FET (programmed)", "", "05/15 07:45", "P4", "lining check"],
            ["Dimitriou, Alexandra", "BW-40415", "IVF + PGT-A", 10, "05/15 08:00", "E2, LH, P4", "Dr. Solis to review"],
            ["Ellison, Rae", "BW-40433", "IUI letrozole", "", "05/15 08:15", "", "donor sperm thawed 5/16"]]
    return mail(addr("Brightwater Nurse Coordinators", "nurses@" + BRIGHT), addr("Ultrasound Team", "ultrasound@" + BRIGHT),
                "Fri AM schedule", "Friday morning list attached.\n\n- Joanna" +
                sig("Joanna Pike, RN", "IVF Nurse Coordinator", "Brightwater Fertility Center", "(614) 555-0184"),
                [att(xlsx([("Fri 5-15", rows)]), CT_XLSX, "monitoring_0515.xlsx")])


@M("era-835-implant-insertion", "restricted",
   "X12 835 remittance listing named patients' contraceptive implant insertion (11981, J7307) and IUD (J7298) payments",
   "2026-06-26 05:40", cat="reproductive health")
def _():
    data = x835("NORTHFOLD", "WILLOWMERE", ("Northfold Health Plan", "NFHP1", "PO Box 4410", "FENWICK*OH*45999", "6145550150"),
                ("Willowmere Womens Health", NPI_WILLOW, "861239982"), "EFT26062600114",
                [dict(id="WW2606110031", status="1", charge=1210.0, paid=1085.0, resp=0, last="Merriweather", first="Tasha",
                      member="NFH702215564", payer_ctl="2617700048211",
                      lines=[("11981", 310.0, 262.0, "20260611", [("CO", "45", 48.0)]),
                             ("J7307", 900.0, 823.0, "20260611", [("CO", "45", 77.0)])]),
                 dict(id="WW2606120017", status="1", charge=1150.0, paid=1019.5, resp=0, last="Pacheco", first="Luz",
                      member="NFH711930027", payer_ctl="2617700048212",
                      lines=[("58300", 180.0, 146.5, "20260612", [("CO", "45", 33.5)]),
                             ("J7298", 970.0, 873.0, "20260612", [("CO", "45", 97.0)])])], ctl=626)
    return mail(addr("Northfold ERA", "era@" + NORTHFOLD), addr("Willowmere Billing", "billing@" + WILLOW),
                "ERA available", "Your 835 remittance file is attached.\n\nNorthfold Health Plan EDI Services",
                [att(data, "application/EDI-X12", "ERA_EFT26062600114.835")])


@M("naat-results-pdf-clinic", "restricted",
   "PDF lab result: a named patient's positive chlamydia NAAT (STI result)",
   "2026-02-26 07:22", cat="reproductive health")
def _():
    lines = [("h", "Kestrel Reference Laboratory"), "2100 Commerce Park Drive, Fenwick OH 45999  (614) 555-0195", "",
             "Patient: Brianna Holcomb    DOB: 10/03/2001    Sex: F", "Patient ID: WW-5518207    Specimen: vaginal swab    Collected: 02/23/2026",
             "Ordering: Chioma Abara, MD - Willowmere Women's Health", "",
             ("b", "Test                                   Result           Reference"),
             "Chlamydia trachomatis RNA, TMA           DETECTED  (A)    Not detected",
             "Neisseria gonorrhoeae RNA, TMA           Not detected     Not detected",
             "Trichomonas vaginalis RNA, TMA           Not detected     Not detected", "",
             "Result called to clinic 02/25/2026 16:10 (read back: M. Greene, RN).", "Final report"]
    return mail(addr("Kestrel Client Reports", "clientreports@" + KESTREL), addr("Willowmere Clinical Inbox", "clinical@" + WILLOW),
                "Final results", "Results attached.\n\nKestrel Reference Laboratory",
                [att(pdf(lines, title="Final Report", producer="Kestrel LIS"), "application/pdf", "KRL_report_5518207.pdf")])


@M("mulakhas-docx-egg-freezing", "restricted",
   "Arabic (windows-1256) message to a named patient with a DOCX summary of her egg-freezing consultation",
   "2026-10-12 11:00", lang="ar", cat="reproductive health", tz=3)
def _():
    doc = docx([("h", "عيادة النخيل للخصوبة"), "ملخص استشارة حفظ البويضات", "",
                ("kv", "الاسم:", "ليلى حداد"), ("kv", "تاريخ الميلاد:", "1990-08-19"), ("kv", "رقم الملف:", "NK-7730"), "",
                "هرمون AMH: ‏1.4 نانوغرام/مل؛ عدد الجريبات الأنترالية: 9.",
                "الخطة: دورتان من التحفيز لتجميد البويضات، بدءاً من الدورة الشهرية القادمة.",
                "الأدوية: حقن الغونادوتروبين اليومية مع مضاد GnRH، ثم حقنة التفجير.",
                "", "د. سامر الخطيب"], title="ملخص الاستشارة", creator="Samer Khatib")
    body = ("السيدة ليلى حداد المحترمة،\n\n"
            "نرفق لكم ملخص استشارة حفظ البويضات التي تمت يوم الخميس.\n"
            "للاستفسار يرجى الاتصال على 04-555-0163.\n\n"
            "مع التحية،\nعيادة النخيل للخصوبة")
    return mail(addr("عيادة النخيل للخصوبة", "info@alnakheel-fertility.example.com", "windows-1256"),
                addr("ليلى حداد", "layla.haddad@mail.example.org", "windows-1256"),
                "ملخص الاستشارة", body, [att(doc, CT_DOCX, "consultation_NK-7730.docx")], cs="windows-1256", cte="base64")


@M("listahan-csv-iud-check", "restricted",
   "Tagalog message with a CSV of named patients due for an IUD check (contraceptive care), with birth dates and insertion dates",
   "2026-08-03 08:30", lang="tl", cat="reproductive health", tz=8)
def _():
    rows = [["pangalan", "petsa_ng_kapanganakan", "petsa_ng_paglagay", "uri", "telepono"],
            ["Marites Dela Cruz", "1995-04-11", "2026-06-29", "copper IUD", "0917 555 0121"],
            ["Jocelyn Bautista", "1989-12-02", "2026-07-01", "levonorgestrel IUD", "0918 555 0122"],
            ["Rowena Villanueva", "1998-08-25", "2026-07-06", "copper IUD", "0917 555 0123"]]
    body = ("Magandang umaga po.\n\n"
            "Nakalakip ang listahan ng mga pasyenteng kailangang bumalik para sa IUD check ngayong buwan. "
            "Pakitawagan po sila bago mag-Biyernes.\n\n"
            "Salamat po,\nAte Lorna\nKlinika ng Kalusugan ng Kababaihan - San Roque")
    return mail(addr("Lorna Santos", "lorna.santos@sanroque-clinic.example.org"),
                addr("Mga Komadrona", "midwives@sanroque-clinic.example.org"),
                "Listahan para sa IUD check", body, [csv_part(rows, "iud_check_agosto.csv")])


@M("visit-log-tsv-counselling", "restricted",
   "TSV export of family-planning visits: named patients with the contraceptive methods counselled and chosen",
   "2026-07-01 13:13", cat="reproductive health")
def _():
    rows = [["visit_date", "patient_name", "dob", "mrn", "method_counselled", "method_chosen", "provider"],
            ["2026-06-22", "Alicia Moreau", "1999-01-17", "WW-5520114", "implant; IUD; pill", "etonogestrel implant", "C. Abara"],
            ["2026-06-22", "Destiny Carver", "2004-05-30", "WW-5520871", "pill; patch; ring", "combined pill", "R. Lutz, CNM"],
            ["2026-06-23", "Hannah Oyelaran", "1996-11-08", "WW-5519053", "IUD; condoms", "levonorgestrel IUD", "C. Abara"],
            ["2026-06-24", "Grace Thibodeaux", "1987-03-14", "WW-5516620", "sterilisation; IUD", "undecided - return visit", "R. Lutz, CNM"],
            ["2026-06-25", "Kimberly Szabo", "2002-09-01", "WW-5521307", "emergency contraception; pill", "levonorgestrel EC + pill", "R. Lutz, CNM"]]
    return mail(addr("Willowmere Reporting", "reporting@" + WILLOW), addr("Title X Program Manager", "titlex-pm@" + WILLOW),
                "June visit log", "June export attached (tab-delimited).\n\nWillowmere Data Team",
                [csv_part(rows, "fp_visits_2026-06.tsv", sep="\t", cte="7bit")])


# ================================================================ phi ----
def png(w, h, seed):
    """A small grayscale PNG of smooth noise (a 'photo' with no text)."""
    import struct
    rnd = random.Random(seed)
    cx, cy = rnd.randint(w // 3, 2 * w // 3), rnd.randint(h // 3, 2 * h // 3)
    raw = b""
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            d = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
            v = 200 - int(90 * max(0.0, 1 - d / (w / 4.0))) + rnd.randint(-6, 6)
            row.append(max(0, min(255, v)))
        raw += bytes(row)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


@M("referral-docx-rhythm-clinic", "phi",
   "DOCX referral letter: named patient with new atrial fibrillation on apixaban and metoprolol; body is one line",
   "2026-02-04 09:26")
def _():
    doc = docx([("h", "Thornbury Family Medicine"), "1180 Kettle Road, Fenwick, OH 45999  |  (614) 555-0118", "",
                "February 4, 2026", "To: Quillfield Heart Institute - Electrophysiology / Rhythm Clinic", "",
                ("kv", "Patient:", "Gordon Hale"), ("kv", "DOB:", "07/22/1954"), ("kv", "MRN:", "QF-00482913"), "",
                "Reason for referral: new-onset atrial fibrillation (I48.91) found on ECG at his annual visit on 01/28/2026.",
                "Rate 112 at presentation. Echo 02/02: LVEF 55%, mild left atrial enlargement. TSH normal.",
                "CHA2DS2-VASc 3 (age, hypertension, diabetes). Started apixaban 5 mg twice daily and metoprolol succinate 50 mg daily.",
                "He remains symptomatic with palpitations and fatigue. Please evaluate for rhythm control.",
                "", "Thank you,", "Owen Bellweather, DO", "Thornbury Family Medicine"],
               title="Referral", creator="Owen Bellweather")
    return mail(addr("Owen Bellweather DO", "obellweather@" + QF), addr("Heart Institute Referrals", "heart-referrals@" + QF),
                "New referral", "Referral for Mr. Hale attached.\n\nOwen",
                [att(doc, CT_DOCX, "referral_EP.docx")])


@M("discharge-summary-docx-pneumonia", "phi",
   "DOCX discharge summary of a named patient treated for community-acquired pneumonia; body says only 'for your records'",
   "2026-01-19 16:48")
def _():
    doc = docx([("h", "Quillfield Medical Center - Discharge Summary"), "",
                ("t", [["Patient", "Evelyn Marchetti"], ["MRN", "QF-00317455"], ["DOB", "09/14/1944"],
                       ["Admitted", "01/14/2026"], ["Discharged", "01/19/2026"], ["Attending", "Adaeze Okonkwo, MD"]]),
                ("b", "Principal diagnosis"), "Community-acquired pneumonia, right lower lobe (J18.1)",
                ("b", "Secondary diagnoses"), "Type 2 diabetes mellitus (E11.9); chronic kidney disease stage 3a (N18.31)",
                ("b", "Hospital course"),
                "Presented with fever, productive cough and hypoxia (SpO2 86% on room air). Blood cultures negative. "
                "Treated with ceftriaxone and azithromycin, transitioned to oral levofloxacin on day 3. Weaned to room air on day 4.",
                ("b", "Discharge medications"), "Levofloxacin 750 mg every 48 hours x 2 more doses; resume metformin 500 mg twice daily.",
                ("b", "Follow-up"), "PCP within 7 days. Repeat chest X-ray in 6 weeks.", "",
                "Electronically signed by Adaeze Okonkwo, MD on 01/19/2026 16:31"],
               title="Discharge Summary", creator="Trellis EHR")
    return mail(addr("QMC Hospitalist Service", "hospitalists@" + QF), addr("Thornbury FM Records", "records-thornbury@" + QF),
                "Discharge summary", "Discharge summary attached for your records.\n\nQMC Hospital Medicine",
                [att(doc, CT_DOCX, "DischargeSummary_0119.docx")])


@M("plan-of-care-docx-signature", "phi",
   "DOCX home-health plan of care for signature: named patient with a diabetic foot ulcer, skilled nursing and wound-care orders",
   "2026-03-09 11:05")
def _():
    doc = docx([("h", "Pelham Home Health - Home Health Certification and Plan of Care"), "",
                ("t", [["Patient", "Harold Jessup", "HI claim no.", "PH-26-03318"],
                       ["DOB", "04/02/1941", "Start of care", "03/05/2026"],
                       ["Certification period", "03/05/2026 - 05/03/2026", "Physician", "Marisol Reyes, MD"]]),
                ("b", "Diagnoses"), "E11.621 Type 2 diabetes with foot ulcer; L97.512 non-pressure ulcer right foot, fat layer exposed; I10 hypertension",
                ("b", "Orders"),
                "SN 2w4 then 1w4: wound care right plantar ulcer - cleanse with NS, apply alginate, cover with foam, change every other day.",
                "PT 2w3 for gait and offloading; teach use of offloading boot.",
                "Monitor blood glucose; notify MD if > 350 or < 70.",
                ("b", "Goals"), "Wound reduced by 50% in 4 weeks; independent with glucose monitoring.", "",
                "Physician signature: ______________________   Date: __________"],
               title="Plan of Care", creator="Pelham Home Health")
    return mail(addr("Pelham Home Health Orders", "orders@" + PELHAM), addr("Marisol Reyes MD", "mreyes@" + QF),
                "Plan of care for signature",
                "Please sign and return the attached plan of care by Friday.\n\nThank you" +
                sig("Irene Castillo, RN", "Clinical Manager", "Pelham Home Health", "(614) 555-0177"),
                [att(doc, CT_DOCX, "POC_PH-26-03318.docx")])


@M("leave-certification-docx-employee", "phi",
   "HR mail with a completed DOCX leave certification: the named employee's ACL reconstruction, incapacity period and physical therapy",
   "2026-03-16 08:14")
def _():
    doc = docx([("h", "Certification of Health Care Provider for Employee's Serious Health Condition"), "",
                ("kv", "Employee name:", "Bryce Tanaka"), ("kv", "Employer:", "Quillfield Health (Employee ID 204415)"), "",
                ("b", "Part A - Medical facts"),
                "Condition: complete tear of right anterior cruciate ligament (S83.511A).",
                "Date condition commenced: 02/21/2026. Surgery: ACL reconstruction with hamstring autograft on 03/09/2026.",
                "Inpatient care: none (same-day surgery).",
                ("b", "Part B - Amount of leave needed"),
                "Incapacity: 03/09/2026 through 04/20/2026 (6 weeks).",
                "Follow-up treatment: physical therapy 3 times weekly for 12 weeks; post-op visits at 2 and 6 weeks.",
                "", "Provider: Eleanor Fairweather, MD - Quillfield Orthopedics    NPI %s" % NPI_FAIRWEATHER,
                "Signature on file    Date: 03/13/2026"], title="Leave certification", creator="Eleanor Fairweather")
    return mail(addr("Bryce Tanaka", "btanaka@" + QF), addr("HR Leave Administration", "leave@" + QF),
                "Leave paperwork", "Hi,\n\nHere's the completed certification from my surgeon for my leave request #LV-2026-0311.\n\nThanks,\nBryce",
                [att(doc, CT_DOCX, "Tanaka_certification.docx")])


@M("carta-derivacion-docx-nefrologia", "phi",
   "Spanish (ISO-8859-1) cover note with a DOCX referral of a named patient with stage 3b chronic kidney disease to nephrology",
   "2026-02-12 12:40", lang="es", tz=1)
def _():
    doc = docx([("h", "Clínica San Telmo - Medicina de Familia"), "", "Madrid, 12 de febrero de 2026", "",
                "Servicio de Nefrología, Hospital Universitario del Retiro", "",
                ("kv", "Paciente:", "Concepción Ruiz Beltrán"), ("kv", "Fecha de nacimiento:", "02/05/1958"),
                ("kv", "N.º de historia:", "CST-118204"), "",
                "Motivo: enfermedad renal crónica estadio 3b (FGe 38 ml/min/1,73 m², previo 47 hace un año) con cociente albúmina/creatinina de 412 mg/g.",
                "Antecedentes: hipertensión arterial de 15 años, diabetes tipo 2. Tratamiento actual: losartán 100 mg, metformina 850 mg c/12 h, atorvastatina 20 mg.",
                "Solicito valoración y ajuste del tratamiento.", "", "Dra. Pilar Menéndez Ortega", "Colegiada n.º 000000"],
               title="Derivación a Nefrología", creator="Pilar Menendez")
    body = ("Estimados compañeros:\n\nAdjunto la carta de derivación. Quedo a su disposición.\n\n"
            "Un cordial saludo,\nDra. Pilar Menéndez\nClínica San Telmo\nTel. 91 555 0153")
    return mail(addr("Dra. Pilar Menéndez", "pmenendez@clinica-santelmo.example.com", "iso-8859-1"),
                addr("Nefrología - Citaciones", "nefro-citas@hospital-retiro.example.com"),
                "Derivación", body, [att(doc, CT_DOCX, "derivacion_nefrologia.docx")],
                cs="iso-8859-1", cte="quoted-printable")


@M("arztbrief-docx-stent", "phi",
   "German cover note with a DOCX cardiology letter on a named patient's coronary stent and dual antiplatelet therapy",
   "2026-03-20 14:55", lang="de", tz=1)
def _():
    doc = docx([("h", "Kardiologische Praxis am Stadtpark"), "Dr. med. Stefan Aumüller", "", "Arztbrief vom 19.03.2026", "",
                ("kv", "Patient:", "Herr Klaus Obermeier, geb. 12.03.1950"), "",
                ("b", "Diagnosen"), "Koronare Herzkrankheit, 1-Gefäß; Z. n. Stent-Implantation RIVA am 02.03.2026", "Arterielle Hypertonie", "",
                ("b", "Befund"), "Belastungs-EKG bis 125 W ohne Ischämiezeichen. Echokardiographie: LVEF 58 %.", "",
                ("b", "Medikation"), "ASS 100 mg 1-0-0 (dauerhaft)", "Ticagrelor 90 mg 1-0-1 (bis 03/2027)", "Atorvastatin 40 mg 0-0-1",
                "Ramipril 5 mg 1-0-0", "", "Kontrolle in 3 Monaten.", "", "Mit freundlichen kollegialen Grüßen", "Dr. med. S. Aumüller"],
               title="Arztbrief", creator="Praxis am Stadtpark")
    body = ("Sehr geehrter Herr Kollege Brenner,\n\n"
            "anbei der Arztbrief zu unserem gemeinsamen Patienten.\n\n"
            "Mit freundlichen Grüßen\nPraxisteam Kardiologie am Stadtpark\nTel. 089 555 0149")
    return mail(addr("Kardiologie am Stadtpark", "praxis@kardio-stadtpark.example.com"),
                addr("Dr. Lukas Brenner", "praxis@hausarzt-brenner.example.com"),
                "Arztbrief", body, [att(doc, CT_DOCX, "Arztbrief_20260319.docx")], cs="utf-8", cte="8bit")


@M("tomorrow-schedule-xlsx-front-desk", "phi",
   "XLSX clinic schedule: named patients with MRNs, birth dates and the reason for each visit",
   "2026-02-23 17:05")
def _():
    rows = [["Time", "Patient", "MRN", "DOB", "Provider", "Visit type", "Reason"],
            ["08:00", "Ashford, Leonard", "QF-00401128", "1949-06-03", "Bellweather", "Follow-up", "Diabetes f/u, A1c due"],
            ["08:20", "Brantley, Monica", "QF-00522817", "1978-11-12", "Bellweather", "Sick", "Sinus pain x 10 days"],
            ["08:40", "Cho, Daniel", "QF-00610294", "1992-02-28", "Reyes", "New patient", "Establish care; asthma"],
            ["09:00", "Delgado, Ramon", "QF-00377540", "1957-09-19", "Reyes", "Follow-up", "HTN, med refill lisinopril"],
            ["09:20", "Everly, June", "QF-00488013", "1939-04-07", "Reyes", "Post-hospital", "TCM visit after CHF admission"],
            ["09:40", "Fontaine, Greg", "QF-00590332", "1983-01-15", "Bellweather", "Procedure", "Skin tag removal x3"]]
    return mail(addr("Thornbury Front Desk", "frontdesk-thornbury@" + QF), addr("Thornbury MAs", "ma-team-thornbury@" + QF),
                "Tomorrow", "Tomorrow's AM schedule so you can pre-chart.\n\nThanks!\nKelly",
                [att(xlsx([("Tue AM", rows)]), CT_XLSX, "schedule_0224.xlsx")])


@M("unit-census-xlsx-5north", "phi",
   "XLSX inpatient census: named patients by room with admitting diagnoses, length of stay and discharge plans",
   "2026-01-07 06:40")
def _():
    rows = [["Room", "Patient", "MRN", "Age", "Attending", "Admit Dx", "LOS", "Dispo plan"],
            ["501A", "Garrison, Walter", "QF-00298431", 78, "Okonkwo", "CHF exacerbation", 3, "Home w/ HH"],
            ["502B", "Hutchins, Lorraine", "QF-00644102", 66, "Okonkwo", "Cellulitis L leg", 2, "Home"],
            ["504A", "Ibarra, Felipe", "QF-00510077", 71, "Marsh", "COPD exacerbation", 4, "SNF referral sent"],
            ["506A", "Jaworski, Paula", "QF-00731186", 59, "Marsh", "Small bowel obstruction", 1, "Surgery following"],
            ["508B", "Kimura, Stanley", "QF-00219054", 88, "Okonkwo", "R hip fracture s/p ORIF", 5, "Rehab - Rosewood Manor"]]
    return mail(addr("5 North Charge Nurse", "5north-charge@" + QF), addr("Case Management", "casemgmt@" + QF),
                "AM census", "Census for bed huddle.\n\n5N",
                [att(xlsx([("5N", rows)]), CT_XLSX, "5N_census_0107.xlsx")])


@M("ar-aging-xlsx-orthopedics", "phi",
   "XLSX billing export: patient accounts with names, dates of service, CPT codes (knee replacement, arthroscopy) and balances",
   "2026-05-29 10:22")
def _():
    rows = [["Account", "Patient", "DOS", "CPT", "Description", "Payer", "Billed", "Balance", "Aging"],
            ["A-7730112", "Quinlan, Bernard", "2026-02-11", "27447", "Total knee arthroplasty", "Medicare", 4820.0, 964.0, "91-120"],
            ["A-7731485", "Rourke, Natalie", "2026-03-04", "29881", "Knee arthroscopy, meniscectomy", "Northfold", 2310.0, 2310.0, "61-90"],
            ["A-7733019", "Sandoval, Ezra", "2026-04-17", "99214", "Office visit, est. patient", "Self-pay", 210.0, 210.0, "31-60"],
            ["A-7733560", "Tilden, Margo", "2026-04-22", "20610", "Arthrocentesis/injection, major joint", "Tri-Plains", 185.0, 40.0, "31-60"]]
    return mail(addr("Copperline Client Reporting", "reports@" + COPPER), addr("Ortho Practice Manager", "ortho-pm@" + QF),
                "AR aging - May", "May AR aging for Quillfield Orthopedics attached.\n\nCopperline Revenue Services",
                [att(xlsx([("AR > 30", rows)], creator="Copperline"), CT_XLSX, "AR_aging_2026-05.xlsx")])


@M("monthly-labs-xlsx-dialysis", "phi",
   "XLSX monthly dialysis labs: named patients by chair with haemoglobin, Kt/V, albumin, PTH and phosphorus",
   "2026-06-04 13:30")
def _():
    rows = [["Patient", "Chair/Shift", "Hgb g/dL", "Kt/V", "Albumin g/dL", "PTH pg/mL", "Phos mg/dL", "Action"],
            ["Albright, Curtis", "3 / MWF-1", 9.4, 1.31, 3.6, 512, 6.8, "increase binder"],
            ["Benavides, Rosa", "7 / TTS-2", 11.2, 1.52, 3.9, 288, 4.9, ""],
            ["Coleman, Irving", "11 / MWF-2", 10.1, 1.18, 3.3, 640, 5.6, "extend tx 15 min"],
            ["Dao, Thanh", "4 / TTS-1", 10.8, 1.44, 4.0, 301, 5.1, ""]]
    return mail(addr("Dialysis East Charge RN", "dialysis-east@" + QF), addr("Dr. Imani Foster", "ifoster@" + QF),
                "June labs", "June monthly labs attached for rounds Thursday.\n\nBeth",
                [att(xlsx([("June", rows)]), CT_XLSX, "DE_monthly_labs_2026-06.xlsx")])


@M("yimiao-xlsx-due-list", "phi",
   "Chinese message with an XLSX of named children, their birth dates and the vaccine doses they are due for",
   "2026-09-15 09:00", lang="zh", tz=8)
def _():
    rows = [["儿童姓名", "出生日期", "应种疫苗", "预约日期", "家长电话"],
            ["刘子涵", "2025-03-08", "麻腮风疫苗第1剂", "2026-09-22", "138 555 0131"],
            ["陈思远", "2021-09-01", "百白破加强", "2026-09-22", "139 555 0132"],
            ["张雨桐", "2020-05-17", "麻腮风疫苗第2剂", "2026-09-23", "137 555 0133"]]
    body = ("各位同事：\n\n附件是下周需要接种疫苗的儿童名单，请提前电话通知家长。\n\n"
            "仁心社区卫生服务中心 预防接种门诊")
    return mail(addr("预防接种门诊", "vaccine@renxin-chc.example.com"), addr("社区护士组", "nurses@renxin-chc.example.com"),
                "下周接种名单", body, [att(xlsx([("名单", rows)], creator="renxin"), CT_XLSX, "接种名单_0922.xlsx")],
                cs="utf-8", cte="8bit")


@M("wound-rounds-xml-spreadsheet", "phi",
   "Excel 2003 XML spreadsheet of wound rounds: named patients by room with pressure-injury stage, size and dressing",
   "2026-02-02 15:12")
def _():
    rows = [["Patient", "Room", "Location", "Stage", "Size (cm)", "Dressing", "Next"],
            ["Lockhart, Mabel", "612", "Sacrum", "Stage 3", "4.0 x 3.2 x 0.6", "Foam + alginate", "02/04"],
            ["Merriman, Otto", "618", "R heel", "DTPI", "3.1 x 2.8", "Offload, skin prep", "02/03"],
            ["Navarro, Celia", "623", "Coccyx", "Stage 2", "1.5 x 1.0", "Hydrocolloid", "02/05"]]
    return mail(addr("Wound Care RN", "woundcare@" + QF), addr("6 West Nursing", "6west@" + QF),
                "Wound rounds", "Today's rounds list attached (opens in Excel).\n\nFaye" +
                sig("Faye Lindholm, RN, CWOCN", "Wound/Ostomy Nurse", "Quillfield Medical Center", "(614) 555-0162"),
                [att(xml2003([("Rounds", rows)], author="Faye Lindholm"), "application/vnd.ms-excel", "wound_rounds_0202.xml")])


@M("chemistry-pdf-results-attached", "phi",
   "PDF lab report with a text layer: named patient's chemistry and CBC values with abnormal glucose and creatinine",
   "2026-03-02 07:05")
def _():
    lines = [("h", "Kestrel Reference Laboratory - Final Report"), "", "Patient: Walter Pennington    DOB: 12/01/1952    MRN: QF-00266190",
             "Collected: 02/27/2026 08:10   Reported: 03/01/2026 22:41   Ordering: Owen Bellweather, DO", "",
             ("b", "Comprehensive metabolic panel"),
             "Glucose                212 mg/dL   H   (70-99)", "BUN                     24 mg/dL   H   (7-20)",
             "Creatinine             1.42 mg/dL  H   (0.70-1.30)", "eGFR                     52 mL/min/1.73m2  L",
             "Sodium                  138 mmol/L      (135-145)", "Potassium               4.6 mmol/L      (3.5-5.1)", "",
             ("b", "Complete blood count"), "WBC                      7.2 K/uL        (4.0-11.0)", "Hemoglobin              12.9 g/dL   L   (13.5-17.5)",
             "Platelets                231 K/uL        (150-400)", "", "Hemoglobin A1c           8.6 %       H   (<5.7)"]
    return mail(addr("Kestrel Client Reports", "clientreports@" + KESTREL), addr("Thornbury Results", "results-thornbury@" + QF),
                "results", "results attached",
                [att(pdf(lines, title="Final Report", producer="Kestrel LIS"), "application/pdf", "KRL_0301_266190.pdf")])


@M("consult-note-pdf-rotator-cuff", "phi",
   "PDF orthopaedic consult note: named patient's full-thickness rotator cuff tear and planned arthroscopic repair",
   "2026-04-09 17:31")
def _():
    lines = [("h", "Quillfield Orthopedics - Consultation"), "", "Patient: Dana Whitlock   DOB 05/09/1968   MRN QF-00577219",
             "Date of service: 04/09/2026   Referring: Marisol Reyes, MD", "",
             ("b", "History"), "Right shoulder pain for 4 months after a fall while hiking; night pain, weakness with overhead reaching.",
             ("b", "Examination"), "Positive drop-arm and empty-can tests on the right. Forward flexion 140 degrees active, 170 passive.",
             ("b", "Imaging"), "MRI 03/30/2026: full-thickness supraspinatus tear, 1.8 cm, minimal retraction; no muscle atrophy.",
             ("b", "Assessment"), "Traumatic full-thickness rotator cuff tear, right (S46.011A).",
             ("b", "Plan"), "Arthroscopic rotator cuff repair; scheduled 05/04/2026. Sling for 6 weeks post-op, then physical therapy.",
             "", "Eleanor Fairweather, MD"]
    return mail(addr("Ortho Clinic Secretary", "ortho-clinic@" + QF), addr("Marisol Reyes MD", "mreyes@" + QF),
                "Consult note", "Dr. Fairweather's consult note attached. Thank you for the referral.",
                [att(pdf(lines, title="Consultation"), "application/pdf", "consult_0409.pdf")])


@M("prior-auth-pdf-lumbar-mri", "phi",
   "PDF prior-authorisation request for a lumbar MRI: named member with lumbar radiculopathy after failed physical therapy",
   "2026-02-17 09:58")
def _():
    lines = [("h", "Northfold Health Plan - Imaging Prior Authorization"), "", "Member: Frank Obuya     Member ID: NFH339018456     DOB: 10/17/1971",
             "Ordering: Owen Bellweather, DO   NPI %s" % NPI_THORN, "Rendering facility: Fernhill Imaging Center", "",
             "Requested: MRI lumbar spine without contrast (CPT 72148)", "Diagnosis: M54.16 Radiculopathy, lumbar region", "",
             "Clinical: 9 weeks of left L5 radicular pain, positive straight-leg raise at 40 degrees, diminished EHL strength 4/5.",
             "Conservative care: 6 weeks of physical therapy (12 visits), naproxen, gabapentin; no improvement.", "",
             "Submitted by: Renata Voss, (614) 555-0118"]
    return mail(addr("Thornbury FM Prior Auth", "priorauth-thornbury@" + QF), addr("Northfold Imaging Auth", "imaging-auth@" + NORTHFOLD),
                "Imaging PA", "Attached, please advise if anything else is needed.\n\nRenata",
                [att(pdf(lines, title="Imaging PA"), "application/pdf", "imaging_PA_0217.pdf")])


@M("eob-pdf-member-ct-scan", "phi",
   "PDF Explanation of Benefits sent to the member: claim number, a CT of the abdomen and pelvis, amounts billed and owed",
   "2026-05-12 06:00")
def _():
    lines = [("h", "Northfold Health Plan - Explanation of Benefits"), "THIS IS NOT A BILL", "",
             "Member: Lucinda Rae Harlan     Member ID: NFH120447839", "Claim number: 26-0412-883107     Processed: 05/11/2026", "",
             "Provider: Fernhill Imaging Center", "Date of service: 04/08/2026", "",
             ("b", "Service                                  Billed     Allowed    Plan paid   You owe"),
             "CT abdomen & pelvis with contrast (74177)   $1,840.00   $612.40    $489.92    $122.48",
             "", "Your deductible met to date: $1,500.00 of $1,500.00", "Questions? Call Member Services at (614) 555-0151."]
    return mail(addr("Northfold Health Plan", "no-reply@" + NORTHFOLD), addr("Lucinda Harlan", "lrharlan@mail.example.net"),
                "Your Explanation of Benefits is ready",
                "Dear Lucinda,\n\nYour Explanation of Benefits for a recent claim is attached as a PDF.\n\nNorthfold Health Plan Member Services",
                [att(pdf(lines, title="Explanation of Benefits", producer="Northfold Correspondence"), "application/pdf", "EOB_2605.pdf")],
                html="<html><body><p>Dear Lucinda,</p><p>Your Explanation of Benefits for a recent claim is attached as a PDF.</p>"
                     "<p>Northfold Health Plan Member Services</p></body></html>")


@M("surgical-pathology-pdf-flate", "phi",
   "Flate-compressed PDF surgical pathology report: named patient's basal cell carcinoma of the nose",
   "2026-06-18 14:06")
def _():
    lines = [("h", "Kestrel Reference Laboratory - Surgical Pathology"), "", "Patient: Martin Kowalczyk   DOB 02/22/1947   Accession: KS26-11804",
             "Submitting physician: Celeste Varga, MD (Quillfield Dermatology)", "", ("b", "Specimen"), "Skin, left nasal ala, shave biopsy",
             ("b", "Final diagnosis"), "Basal cell carcinoma, nodular type, extending to the deep margin.",
             ("b", "Comment"), "Re-excision or Mohs surgery is suggested.", "", "Electronically signed: Ian Morrow, MD, pathologist, 06/18/2026"]
    return mail(addr("Kestrel Pathology", "pathology@" + KESTREL), addr("Quillfield Dermatology", "derm@" + QF),
                "KS26-11804", "Final report attached.",
                [att(pdf(lines, flate=True, title="Surgical Pathology"), "application/pdf", "KS26-11804.pdf")])


@M("patient-statement-pdf-ed-visit", "phi",
   "PDF patient statement mailed to the guarantor: account number, an emergency visit and X-ray, and the balance due",
   "2026-07-02 05:30")
def _():
    lines = [("h", "Quillfield Health - Patient Statement"), "", "Statement date: 07/01/2026     Account: 5500-77341", "Guarantor: Simone Achebe",
             "Patient: Simone Achebe", "", ("b", "Date        Description                                  Charges     Insurance    Balance"),
             "05/23/2026  Emergency dept visit, level 4 (99284)         $1,420.00   -$1,136.00   $284.00",
             "05/23/2026  X-ray wrist, 3 views (73110)                     $310.00     -$248.00    $62.00",
             "", "Amount due: $346.00 by 07/25/2026", "Pay online at https://pay.quillfield.example.org or call (614) 555-0155."]
    return mail(addr("Quillfield Patient Financial Services", "statements@" + QF), addr("Simone Achebe", "simone.achebe@mail.example.com"),
                "Your statement is available",
                "Your Quillfield Health statement is attached.\n\nPatient Financial Services\n(614) 555-0155",
                [att(pdf(lines, title="Statement"), "application/pdf", "statement_5500-77341.pdf")])


@M("resultats-analyses-pdf-hba1c", "phi",
   "French message to the patient with a PDF of her laboratory results (HbA1c 7.8 %, fasting glucose)",
   "2026-04-28 11:45", lang="fr", tz=2)
def _():
    lines = [("h", "Laboratoire d'analyses médicales Bellerive"), "", "Patiente : Mme Hélène Girard    Née le : 23/08/1963",
             "Dossier : LB-260428-114   Prélèvement du 27/04/2026", "Prescripteur : Dr Arnaud Pelletier", "",
             ("b", "Biochimie"), "Glycémie à jeun ........ 1,42 g/L   (0,70 - 1,10)  *", "Hémoglobine glyquée (HbA1c) ...... 7,8 %   (< 6,0)  *",
             "Créatinine ........ 8,1 mg/L   (5,0 - 9,0)", "DFG (CKD-EPI) ........ 78 mL/min/1,73 m²", "",
             "Résultats validés par Dr Claire Vasseur, biologiste"]
    body = ("Madame,\n\nVeuillez trouver ci-joint vos résultats d'analyses.\n"
            "Ils ont également été transmis à votre médecin.\n\n"
            "Laboratoire Bellerive\n01 555 0154")
    return mail(addr("Laboratoire Bellerive", "resultats@labo-bellerive.example.com"), addr("Hélène Girard", "helene.girard@mail.example.org"),
                "Vos résultats", body, [att(pdf(lines, title="Compte rendu"), "application/pdf", "resultats_LB-260428-114.pdf")],
                cs="iso-8859-1", cte="quoted-printable")


@M("laudo-pdf-ultrassom-abdome", "phi",
   "Portuguese (ISO-8859-1, 8bit) message with a PDF ultrasound report showing gallstones in a named patient",
   "2026-05-25 16:20", lang="pt", tz=-3)
def _():
    lines = [("h", "Clínica Imagem Serra Azul - Laudo"), "", "Paciente: Mariana Lopes Figueiredo   Nasc.: 11/03/1985",
             "Exame: Ultrassonografia de abdome total   Data: 25/05/2026", "Solicitante: Dr. Renato Lima", "",
             ("b", "Achados"), "Vesícula biliar com paredes finas contendo múltiplos cálculos, o maior medindo 1,4 cm.",
             "Vias biliares não dilatadas. Fígado, pâncreas e rins sem alterações.", "",
             ("b", "Impressão"), "Colelitíase sem sinais de colecistite.", "", "Dra. Beatriz Andrade - Radiologista"]
    body = ("Prezado Dr. Renato,\n\nSegue o laudo da paciente em anexo.\n\nAtenciosamente,\n"
            "Clínica Imagem Serra Azul\n(31) 555-0165")
    return mail(addr("Clínica Imagem Serra Azul", "laudos@serra-azul.example.com", "iso-8859-1"), addr("Dr. Renato Lima", "renato.lima@consultorio-lima.example.com"),
                "Laudo de exame", body, [att(pdf(lines, title="Laudo"), "application/pdf", "laudo_250526.pdf")],
                cs="iso-8859-1", cte="8bit")


@M("efax-image-cover-operative-note", "phi",
   "E-fax notice whose text cover page names the patient, her DOB and an operative note; the attached PDF is a scanned image with no text layer",
   "2026-07-23 10:02")
def _():
    body = ("You have received a 3-page fax.\n\n"
            "From: (614) 555-0158\nTo: Thornbury Family Medicine (614) 555-0119\nReceived: 07/23/2026 10:01\n\n"
            "Cover page text:\nTO: Dr. Reyes\nRE: Gloria Stanhope DOB 05/14/1949 - operative note, laparoscopic cholecystectomy 07/21/2026\n"
            "FROM: Quillfield Surgical Associates\n\n"
            "The fax image is attached as a PDF.\n-- Faxwell Gateway")
    return mail(addr("Faxwell Gateway", "fax-noreply@faxwell.example.net"), addr("Thornbury Fax Inbox", "fax-thornbury@" + QF),
                "Fax received from 6145550158 (3 pages)", body,
                [att(pdf_scan(11, pages=3), "application/pdf", "fax_20260723_100102.pdf")])


@M("scanned-pdf-filename-colonoscopy", "phi",
   "borderline: scanner mail with an image-only PDF; the patient, DOB and colonoscopy pathology appear only in the file name",
   "2026-08-12 14:47")
def _():
    return mail(addr("MFP-3F-ENDO", "scanner-3f@" + QF), addr("Endoscopy Scheduling", "endo-sched@" + QF),
                "Scanned document", "Scanned from MFP-3F-ENDO.\nPages: 2\nResolution: 200 dpi",
                [att(pdf_scan(23, pages=2, producer="MFP Scan-to-Email"), "application/pdf",
                     "Brennan_Thomas_DOB_1957-11-30_colonoscopy_pathology.pdf")])


@M("appointments-csv-export-week", "phi",
   "CSV appointment export: named patients with MRNs, departments and reasons for their visits",
   "2026-06-05 12:00")
def _():
    rows = [["appt_date", "appt_time", "patient_name", "mrn", "provider", "department", "reason"],
            ["2026-06-08", "09:00", "Okafor, Grace", "QF-00701552", "Fairweather", "Orthopedics", "Post-op check L knee"],
            ["2026-06-08", "10:30", "Pruett, Calvin", "QF-00322671", "Pruitt", "Cardiology", "Echo results, HTN"],
            ["2026-06-09", "13:15", "Rinaldi, Teresa", "QF-00455890", "Varga", "Dermatology", "Mohs follow-up, nose"],
            ["2026-06-10", "08:45", "Sato, Kenji", "QF-00617403", "Bellweather", "Family Medicine", "Gout flare"]]
    return mail(addr("Scheduling Reports", "sched-reports@" + QF), addr("Access Center Leads", "access-leads@" + QF),
                "Export", "Export for next week attached.", [csv_part(rows, "appointments_wk24.csv")])


@M("gtt-csv-windows1252-export", "phi",
   "windows-1252 CSV of glucose tolerance tests: named patients (accented names) with 1-hour and 3-hour glucose values",
   "2026-03-31 15:27")
def _():
    rows = [["Patient", "DOB", "Test date", "Fasting", "1 hr", "2 hr", "3 hr", "Flag"],
            ["Bélanger, Noémie", "1994-07-19", "2026-03-30", 88, 196, 172, 121, "2 values abnormal"],
            ["Müller, Jürgen", "1961-01-08", "2026-03-30", 104, 214, 198, 150, "abnormal"],
            ["Ó Briain, Siobhán", "1988-12-11", "2026-03-31", 82, 151, 128, 96, "normal"]]
    return mail(addr("Lab Data Desk", "labdata@" + KESTREL), addr("Thornbury Results", "results-thornbury@" + QF),
                "GTT export", "Export attached (Excel-compatible CSV).",
                [csv_part(rows, "gtt_export_0331.csv", cs="windows-1252", cte="base64")])


@M("med-rec-tsv-discharge-pharmacist", "phi",
   "TSV medication reconciliation at discharge for a named patient: new, changed and stopped medicines",
   "2026-01-28 13:50")
def _():
    rows = [["patient", "mrn", "medication", "dose", "action", "note"],
            ["Ronald Fitzgerald", "QF-00388215", "furosemide", "40 mg daily", "NEW", "daily weights"],
            ["Ronald Fitzgerald", "QF-00388215", "metoprolol succinate", "25 mg daily", "CHANGED", "was 50 mg; HR 52"],
            ["Ronald Fitzgerald", "QF-00388215", "ibuprofen", "400 mg prn", "STOP", "worsened heart failure"],
            ["Ronald Fitzgerald", "QF-00388215", "lisinopril", "10 mg daily", "CONTINUE", ""]]
    return mail(addr("Transitions Pharmacist", "rx-transitions@" + QF), addr("Thornbury Nurse Line", "nurseline-thornbury@" + QF),
                "Med rec", "Med rec from today's discharge, tab-separated.\n\nBen" +
                sig("Ben Kaczmarek, PharmD", "Transitions of Care Pharmacist", "Quillfield Medical Center", "(614) 555-0165"),
                [csv_part(rows, "medrec_0128.tsv", sep="\t")])


@M("rpm-readings-csv-blood-pressure", "phi",
   "CSV remote-monitoring export: a named enrolled patient's home blood pressure readings with alerts",
   "2026-09-21 04:00")
def _():
    rows = [["patient_id", "patient_name", "timestamp", "systolic", "diastolic", "pulse", "alert"],
            ["PT-55812", "Lorraine Whitaker", "2026-09-14T07:02", 162, 98, 77, "HIGH"],
            ["PT-55812", "Lorraine Whitaker", "2026-09-15T07:10", 158, 94, 80, "HIGH"],
            ["PT-55812", "Lorraine Whitaker", "2026-09-17T06:55", 149, 91, 74, ""],
            ["PT-55812", "Lorraine Whitaker", "2026-09-20T07:30", 171, 101, 82, "HIGH"]]
    return mail(addr("PulseTrack Reports", "reports@pulsetrack.example.com"), addr("Cardiology RPM Nurse", "rpm-nurse@" + QF),
                "Weekly RPM export", "Weekly remote patient monitoring export attached.\n\nPulseTrack",
                [csv_part(rows, "rpm_PT-55812_wk38.csv")])


@M("geomjin-csv-euckr-results", "phi",
   "Korean (EUC-KR) message with an EUC-KR CSV of named patients' health check-up results (blood pressure, glucose, LDL, findings)",
   "2026-10-05 10:30", lang="ko", tz=9)
def _():
    rows = [["이름", "생년월일", "검진일", "혈압", "공복혈당", "LDL", "판정"],
            ["이민호", "1970-03-15", "2026-09-28", "148/92", 131, 168, "고혈압 의심, 당뇨 의심"],
            ["정수빈", "1985-11-02", "2026-09-28", "118/76", 92, 104, "정상"],
            ["최영숙", "1958-07-21", "2026-09-29", "136/84", 118, 181, "이상지질혈증"]]
    body = ("원장님,\n\n지난주 건강검진 결과 파일을 첨부합니다.\n재검이 필요한 분은 표시해 두었습니다.\n\n새봄내과 검진센터")
    return mail(addr("새봄내과 검진센터", "checkup@saebom-clinic.example.com", "euc-kr"), addr("원장님", "director@saebom-clinic.example.com"),
                "검진 결과", body, [csv_part(rows, "검진결과_0928.csv", cs="euc-kr")], cs="euc-kr", cte="base64")


@M("adt-router-failure-raw-message", "phi",
   "Interface troubleshooting mail with the raw HL7 ADT^A01 attached: a named patient admitted from the ED with chest pain",
   "2026-02-25 02:18")
def _():
    m = hl7("MSH|^~\\&|TRELLIS|QMC|LANTERNLINK|QMC|20260225015903||ADT^A01^ADT_A01|QMC7190442|P|2.5.1",
            "EVN|A01|20260225015800",
            "PID|1||QF00701133^^^QMC^MR||Rutherford^Dennis^L||19620814|M|||12 Sawmill Road^^Fenwick^OH^45999||^PRN^PH^^1^614^5550128",
            "PV1|1|I|3E^318^B^QMC||||%s^Okonkwo^Adaeze^^^MD|||MED||||7|||%s^Okonkwo^Adaeze^^^MD|IN" % (NPI_OKONKWO, NPI_OKONKWO),
            "DG1|1||R07.9^Chest pain, unspecified^I10||20260225|A",
            "AL1|1|DA|^penicillin|MO|hives")
    return mail(addr("Arjun Mehta", "amehta@" + QF), addr("Lanternlink Support", "support@lanternlink.example.com"),
                "Case 88121 - A01 rejected at router",
                "Hi,\n\nThis A01 was rejected at the router at 01:59 with 'unknown PV1-3 facility'. Raw message attached.\n\nArjun" +
                sig("Arjun Mehta", "Integration Analyst", "Quillfield Health IT", "(614) 555-0160"),
                [att(m, "application/octet-stream", "QMC7190442.hl7")])


@M("critical-potassium-oru-alert", "phi",
   "Interface alert with an HL7 ORU attached: a named patient's critical potassium of 6.8",
   "2026-04-30 23:47")
def _():
    m = hl7("MSH|^~\\&|KESTREL_LIS|KESTREL|TRELLIS|QMC|20260430234512||ORU^R01^ORU_R01|KL88190077|P|2.5.1",
            "PID|1||QF00288190^^^QMC^MR||Albrecht^Hilda^M||19400512|F",
            "OBR|1|QF7701884|KL88190077|BMP^Basic metabolic panel^L|||20260430221000|||||||||%s^Okonkwo^Adaeze^^^MD||||||20260430234400|||F" % NPI_OKONKWO,
            "OBX|1|NM|2823-3^Potassium [Moles/volume] in Serum or Plasma^LN||6.8|mmol/L|3.5-5.1|HH|||F",
            "OBX|2|NM|2160-0^Creatinine [Mass/volume] in Serum or Plasma^LN||3.9|mg/dL|0.5-1.1|H|||F",
            "NTE|1||Critical value. Specimen not hemolyzed.")
    return mail(addr("Lanternlink Alerts", "alerts@lanternlink.example.com"), addr("QMC Interface Team", "interface-team@" + QF),
                "ALERT: critical result held in queue KESTREL_IN",
                "Queue KESTREL_IN held 1 message flagged critical for more than 5 minutes. Message attached.\n\n-- Lanternlink Monitor",
                [att(m, "application/hl7-v2", "KL88190077.hl7")])


@M("adt-a03-text-attachment-discharge", "phi",
   "HL7 ADT^A03 pasted into a .txt attachment (one segment per line): a named patient discharged after appendicitis",
   "2026-06-29 09:09")
def _():
    t = hl7_crlf("MSH|^~\\&|TRELLIS|QMC|HIE|TRICOUNTY|20260629083011||ADT^A03^ADT_A03|QMC7801553|P|2.5.1",
                 "EVN|A03|20260629082900",
                 "PID|1||QF00612907^^^QMC^MR||Pierce^Yolanda^C||19910223|F|||88 Wicker Street^^Fenwick^OH^45999",
                 "PV1|1|I|4E^411^A^QMC||||%s^Okonkwo^Adaeze^^^MD|||SUR||||1|||||IN||||||||||||||||||01|||||||20260626191500|20260629082900" % NPI_OKONKWO,
                 "DG1|1||K35.80^Unspecified acute appendicitis^I10||20260626|F",
                 "PR1|1||44970^Laparoscopic appendectomy^C4||20260627")
    return mail(addr("HIE Onboarding - Tri-County", "onboarding@tricounty-hie.example.net"), addr("Arjun Mehta", "amehta@" + QF),
                "Re: A03 format question",
                "Arjun,\n\nThe A03 you sent yesterday is below as a text file. PV1-45 is populated correctly now; PR1 is fine.\n\nMarcy",
                [att(t, "text/plain", "A03_sample.txt", cte="quoted-printable", cparams='; charset="utf-8"')])


@M("siu-s12-hl7-new-appointment", "phi",
   "HL7 SIU^S12 attachment: a new screening colonoscopy appointment for a named patient",
   "2026-08-26 10:40")
def _():
    m = hl7("MSH|^~\\&|TRELLIS_SCHED|QMC|ENDOVAULT|QMC|20260826103855||SIU^S12^SIU_S12|QMC7900431|P|2.5.1",
            "SCH|A771904|A771904|||||COLON^Screening colonoscopy|||45|min|^^45^20260917073000^20260917081500",
            "PID|1||QF00544761^^^QMC^MR||Rowe^Ignatius^P||19700902|M",
            "PV1|1|O|ENDO^^^QMC",
            "AIS|1||45378^Colonoscopy, diagnostic^C4|20260917073000|||45|min",
            "AIP|1||%s^Nakamura^Ken^^^MD|ATT" % npi("167203318"))
    return mail(addr("Arjun Mehta", "amehta@" + QF), addr("EndoVault Implementation", "implementation@endovault.example.com"),
                "SIU sample", "Sample S12 from today for your mapping spreadsheet.\n\nArjun",
                [att(m, "application/x-hl7", "SIU_S12_A771904.hl7")])


@M("my-record-fhir-export-new-doctor", "phi",
   "A patient sends her own FHIR export to a new practice: diabetes diagnosis, HbA1c and metformin",
   "2026-07-14 20:31")
def _():
    pat = fhir_patient("rd", "Delgado-Finch", "Rosa", "1966-10-03", "female", mrn="OC-448120", mrn_system="urn:oid:2.16.840.1.113883.3.7741.5",
                       city="Fenwick", state="OH")
    cond = {"resourceType": "Condition", "id": "dm",
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9", "display": "Type 2 diabetes mellitus without complications"}]},
            "subject": {"reference": "Patient/rd"}, "onsetDateTime": "2019-04-11"}
    obs = {"resourceType": "Observation", "id": "a1c", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c/Hemoglobin.total in Blood"}]},
           "subject": {"reference": "Patient/rd"}, "effectiveDateTime": "2026-05-30",
           "valueQuantity": {"value": 7.4, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}
    med = {"resourceType": "MedicationRequest", "id": "met", "status": "active", "intent": "order",
           "medicationCodeableConcept": {"text": "metformin 1000 mg tablet"}, "subject": {"reference": "Patient/rd"},
           "dosageInstruction": [{"text": "1 tablet twice daily with meals"}]}
    return mail(addr("Rosa Delgado-Finch", "rosadf@mail.example.org"), addr("Thornbury New Patients", "newpatients-thornbury@" + QF),
                "my records for my first appointment",
                "Hello,\n\nI have my first appointment with Dr. Bellweather next week. My old clinic's app let me download my record, so it is attached.\n\nRosa Delgado-Finch",
                [att(fhir(fhir_bundle([pat, cond, obs, med])), "application/fhir+json", "my_health_record.json")])


@M("immunization-fhir-pharmacy-report", "phi",
   "FHIR Immunization resource sent by a pharmacy to the patient's doctor: second dose of the recombinant zoster vaccine for a named patient",
   "2026-10-20 15:11")
def _():
    pat = fhir_patient("p", "Lindqvist", "Margaret", "1955-01-30", "female", phone="(614) 555-0123")
    imm = {"resourceType": "Immunization", "id": "imm1", "status": "completed",
           "vaccineCode": {"text": "Zoster vaccine recombinant, adjuvanted (dose 2 of 2)"},
           "patient": {"reference": "Patient/p", "display": "Margaret Lindqvist"},
           "occurrenceDateTime": "2026-10-19T11:20:00-04:00", "lotNumber": "ZX4471B", "site": {"text": "left deltoid"},
           "performer": [{"actor": {"display": "Corbett Drug #12 - Yusuf Adeyemi, RPh"}}]}
    return mail(addr("Corbett Drug Immunizations", "immunizations@corbettdrug.example.com"), addr("Thornbury Results", "results-thornbury@" + QF),
                "Immunization administered", "An immunization record for your patient is attached (FHIR JSON).\n\nCorbett Drug #12\n(614) 555-0144",
                [att(fhir(fhir_bundle([pat, imm])), "application/fhir+json", "immunization_record.json")])


@M("discharge-medication-requests-fhir", "phi",
   "borderline: FHIR MedicationRequests for a named patient after hip replacement, including oxycodone for post-operative pain (surgical opioid, so phi, not substance-use treatment)",
   "2026-05-07 12:12")
def _():
    pat = fhir_patient("pa", "Alderman", "Percy", "1950-03-27", "male", mrn="QF00467718")
    reqs = []
    for i, (med, sig_) in enumerate([("enoxaparin 40 mg/0.4 mL syringe", "40 mg subcutaneously daily for 28 days after total hip arthroplasty"),
                                     ("oxycodone 5 mg tablet", "1 tablet every 6 hours as needed for post-operative pain, max 5 days, #20"),
                                     ("acetaminophen 500 mg tablet", "1000 mg every 8 hours")]):
        reqs.append({"resourceType": "MedicationRequest", "id": "mr%d" % i, "status": "active", "intent": "order",
                     "medicationCodeableConcept": {"text": med}, "subject": {"reference": "Patient/pa", "display": "Percy Alderman"},
                     "authoredOn": "2026-05-07", "requester": {"display": "Eleanor Fairweather, MD"},
                     "reasonCode": [{"text": "Status post right total hip arthroplasty (Z96.641)"}],
                     "dosageInstruction": [{"text": sig_}]})
    return mail(addr("Trellis ePrescribe", "eprescribe@" + TRELLIS), addr("Corbett Drug Rx Intake", "rx-intake@corbettdrug.example.com"),
                "Discharge prescriptions", "Discharge prescriptions attached for the patient's pickup this afternoon.",
                [att(fhir(fhir_bundle([pat] + reqs)), "application/fhir+json", "discharge_rx.json")])


@M("rezultaty-fhir-ttg", "phi",
   "Russian (windows-1251, base64) cover note; the FHIR bundle attached holds a named patient's TSH result and hypothyroidism diagnosis",
   "2026-11-03 12:00", lang="ru", tz=3)
def _():
    pat = fhir_patient("ru1", "Смирнова", ["Ольга", "Викторовна"], "1979-02-09", "female", mrn="SV-0047712",
                       mrn_system="urn:oid:2.16.840.1.113883.3.7741.8")
    obs = {"resourceType": "Observation", "id": "tsh", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "3016-3", "display": "Thyrotropin [Units/volume] in Serum or Plasma"}],
                    "text": "ТТГ"},
           "subject": {"reference": "Patient/ru1"}, "effectiveDateTime": "2026-10-30",
           "valueQuantity": {"value": 6.8, "unit": "mIU/L"}, "referenceRange": [{"text": "0,4 - 4,0"}]}
    cond = {"resourceType": "Condition", "id": "hypo",
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "E03.9"}], "text": "Гипотиреоз"},
            "subject": {"reference": "Patient/ru1"}}
    body = ("Уважаемая Ирина Павловна,\n\nнаправляем результаты анализов вашей пациентки в формате FHIR.\n\n"
            "С уважением,\nлаборатория клиники «Северная»\n+7 812 555-0166")
    return mail(addr("Лаборатория клиники «Северная»", "lab@severnaya-clinic.example.com", "windows-1251"),
                addr("Ирина Павловна Орлова", "i.orlova@poliklinika-7.example.com", "windows-1251"),
                "Результаты анализов", body, [att(fhir(fhir_bundle([pat, obs, cond])), "application/fhir+json", "results_SV-0047712.json")],
                cs="windows-1251", cte="base64")


@M("ccd-transfer-skilled-nursing", "phi",
   "C-CDA continuity-of-care document sent to a nursing facility: named patient's hip fracture repair, kidney disease, medicines and allergies",
   "2026-01-12 14:44")
def _():
    doc = ccda("Continuity of Care Document",
               dict(given="Agnes", family="Whitfield", dob="19380625", sex="F", mrn="QF-00198332", addr="9 Harrow Lane",
                    city="Fenwick", st="OH", zip="45999", phone="+1-614-555-0122"),
               ("Adaeze", "Okonkwo", NPI_OKONKWO), ("Quillfield Medical Center", "+1-614-555-0100", "1 Quillfield Plaza", "Fenwick", "OH", "45999"),
               [("11450-4", "Problems", ["Problem", "Code", "Status"],
                 [["Closed fracture of left femoral neck, s/p ORIF 01/08/2026", "S72.002A", "Active"],
                  ["Chronic kidney disease, stage 3a", "N18.31", "Active"]]),
                ("10160-0", "Medications", ["Medication", "Instructions"],
                 [["apixaban 2.5 mg tablet", "twice daily x 30 days (DVT prophylaxis)"], ["acetaminophen 650 mg", "every 6 hours"]]),
                ("48765-2", "Allergies", ["Substance", "Reaction"], [["sulfamethoxazole", "rash"]])])
    return mail(addr("QMC Case Management", "casemgmt@" + QF), addr("Rosewood Manor Admissions", "admissions@rosewood-snf.example.org"),
                "Transfer packet", "CCD for this afternoon's transfer attached. Report to follow by phone.\n\nQMC Case Management\n(614) 555-0163",
                [att(doc, "text/xml", "CCD_QF-00198332.xml", cparams='; charset="utf-8"')])


@M("ccda-referral-note-gastro", "phi",
   "C-CDA referral note: named patient with iron-deficiency anaemia referred for colonoscopy",
   "2026-09-02 11:02")
def _():
    doc = ccda("Referral Note",
               dict(given="Lucas", family="Brenner", dob="19640517", sex="M", mrn="QF-00502284", addr="140 Eastgate Blvd",
                    city="Fenwick", st="OH", zip="45999", phone="+1-614-555-0121"),
               ("Owen", "Bellweather", NPI_THORN), ("Thornbury Family Medicine", "+1-614-555-0118", "1180 Kettle Road", "Fenwick", "OH", "45999"),
               [("42349-1", "Reason for Referral", ["Reason"], [["Iron-deficiency anaemia (D50.9); request colonoscopy and upper endoscopy"]]),
                ("30954-2", "Results", ["Test", "Result", "Date"],
                 [["Hemoglobin", "10.1 g/dL (L)", "2026-08-28"], ["Ferritin", "6 ng/mL (L)", "2026-08-28"]])],
               code=("57133-1", "Referral note"))
    return mail(addr("Thornbury Referrals", "referrals-thornbury@" + QF), addr("Quillfield GI Referrals", "gi-referrals@" + QF),
                "Referral", "Referral note attached (C-CDA).", [att(doc, "application/xml", "ReferralNote.xml")])


@M("x12-837p-office-visit-ecg", "phi",
   "X12 837P claim: a named subscriber's office visit and ECG with hypertension and tachycardia diagnoses",
   "2026-03-06 21:15")
def _():
    data = x837p("COPPERLINE", "NORTHFOLD",
                 dict(name="Quillfield Physician Group", npi=NPI_QMC, tin="861230044", addr="1 Quillfield Plaza",
                      city="Fenwick", st="OH", zip="459990001", tel="6145550100"),
                 dict(last="Stroud", first="Beverly", mid="A", id="NFH204771856", dob="19630912", sex="F",
                      addr="77 Ridgeview Terrace", city="Fenwick", st="OH", zip="45999"),
                 ("Northfold Health Plan", "NFHP1"),
                 dict(id="QPG2603050118", pos="11", dx=["I10", "R00.0"],
                      rendering=("Pruitt", "Nathan", NPI_PRUITT, "207RC0000X"),
                      lines=[("99214", ["25"], 210.0, 1, "20260305", 1), ("93000", [], 85.0, 1, "20260305", "1:2")]), ctl=305)
    return mail(addr("Copperline EDI", "edi@" + COPPER), addr("Northfold EDI Support", "edi-support@" + NORTHFOLD),
                "837P test of new CLM05 setup", "Sending one production claim from today's batch so you can confirm the CLM05 change.\n\nCopperline EDI",
                [att(data, "application/EDI-X12", "QPG_837P_0305.837")])


@M("era-835-orthopedics-two-claims", "phi",
   "X12 835 remittance: two named patients' knee replacement and joint injection payments with adjustments",
   "2026-04-24 05:12")
def _():
    data = x835("NORTHFOLD", "QUILLFIELD", ("Northfold Health Plan", "NFHP1", "PO Box 4410", "FENWICK*OH*45999", "6145550150"),
                ("Quillfield Physician Group", NPI_QMC, "861230044"), "EFT26042400071",
                [dict(id="QPG2603110441", status="1", charge=4820.0, paid=3856.0, resp=0, last="Quinlan", first="Bernard",
                      member="NFH118830275", payer_ctl="2611400031877",
                      lines=[("27447", 4820.0, 3856.0, "20260211", [("CO", "45", 964.0)])]),
                 dict(id="QPG2604020318", status="1", charge=185.0, paid=120.0, resp=25.0, last="Tilden", first="Margo",
                      member="NFH330186014", payer_ctl="2611400031878",
                      lines=[("20610", 185.0, 120.0, "20260422", [("CO", "45", 40.0), ("PR", "3", 25.0)])])], ctl=424)
    return mail(addr("Northfold ERA", "era@" + NORTHFOLD), addr("Copperline Posting", "posting@" + COPPER),
                "ERA available", "Your 835 remittance file is attached.\n\nNorthfold Health Plan EDI Services",
                [att(data, "application/EDI-X12", "ERA_EFT26042400071.835")])


def x837i(sender, receiver, prov, pat, payer, claim, ctl):
    B = ["BHT*0019*00*%s*%s*%s*CH" % (claim["id"][-8:], ST.date.strftime("%Y%m%d"), ST.date.strftime("%H%M")),
         "NM1*41*2*%s*****46*%s" % (prov["name"].upper(), sender), "PER*IC*PATIENT ACCOUNTS*TE*%s" % prov["tel"],
         "NM1*40*2*%s*****46*%s" % (payer[0].upper(), receiver),
         "HL*1**20*1", "NM1*85*2*%s*****XX*%s" % (prov["name"].upper(), prov["npi"]), "N3*%s" % prov["addr"].upper(),
         "N4*%s*%s*%s" % (prov["city"].upper(), prov["st"], prov["zip"]), "REF*EI*%s" % prov["tin"],
         "HL*2*1*22*0", "SBR*P*18*******MB",
         "NM1*IL*1*%s*%s****MI*%s" % (pat["last"].upper(), pat["first"].upper(), pat["id"]),
         "N3*%s" % pat["addr"].upper(), "N4*%s*%s*%s" % (pat["city"].upper(), pat["st"], pat["zip"]),
         "DMG*D8*%s*%s" % (pat["dob"], pat["sex"]), "NM1*PR*2*%s*****PI*%s" % (payer[0].upper(), payer[1]),
         "CLM*%s*%s***11:A:1**A*Y*Y" % (claim["id"], _amt(sum(l[2] for l in claim["lines"]))),
         "DTP*434*RD8*%s" % claim["stmt"], "CL1*1*7*01",
         "HI*ABK:%s" % claim["dx"][0].replace(".", ""), "HI*" + "*".join("ABF:" + d.replace(".", "") for d in claim["dx"][1:]),
         "HI*BBR:%s:D8:%s" % (claim["proc"][0], claim["proc"][1])]
    for i, (rev, hcpcs, charge, units) in enumerate(claim["lines"]):
        B += ["LX*%d" % (i + 1), "SV2*%s*%s*%s*UN*%s" % (rev, ("HC:" + hcpcs) if hcpcs else "", _amt(charge), units)]
    return x12(sender, receiver, "HC", "837", "005010X223A2", B, ctl)


@M("x12-837i-inpatient-stay", "phi",
   "X12 837I institutional claim: a named Medicare beneficiary's inpatient stay for a hip fracture with ORIF",
   "2026-02-10 22:40")
def _():
    data = x837i("QMCPATACCT", "MEDICAREJ15",
                 dict(name="Quillfield Medical Center", npi=NPI_QMC, tin="861230001", addr="1 Quillfield Plaza", city="Fenwick",
                      st="OH", zip="459990001", tel="6145550100"),
                 dict(last="Whitfield", first="Agnes", id="7EK4TE2MA19", dob="19380625", sex="F", addr="9 Harrow Lane",
                      city="Fenwick", st="OH", zip="45999"),
                 ("Medicare Part A", "15202"),
                 dict(id="QMC260112004471", stmt="20260106-20260112", dx=["S72.002A", "N18.31", "W19XXXA"],
                      proc=("0QS734Z", "20260108"),
                      lines=[("0120", "", 9100.0, 6), ("0250", "", 1433.5, 1), ("0360", "", 14820.0, 1), ("0420", "", 1260.0, 5)]), 210)
    return mail(addr("QMC Patient Accounts", "patient-accounts@" + QF), addr("Copperline EDI", "edi@" + COPPER),
                "837I for scrubber review", "One 837I that failed the scrubber on the HI segments, attached for review.",
                [att(data, "application/EDI-X12", "QMC_837I_0210.x12")])


@M("imaging-invite-ics-mri-patient", "phi",
   "Invitation (ICS, inline text/calendar alternative) to the patient confirming her lumbar MRI appointment with preparation instructions",
   "2026-03-03 15:40")
def _():
    inv = ics("MRI lumbar spine without contrast - Nadia Petrov", datetime.datetime(2026, 3, 11, 7, 30), 60,
              ("Fernhill Imaging Scheduling", "imaging-sched@" + QF), [("Nadia Petrov", "npetrov@mail.example.com")],
              description="Please arrive 30 minutes early. Remove all metal. Tell the technologist about any implants. Order: Dr. Bellweather.",
              location="Fernhill Imaging Center, 22 Fernhill Road")
    plain = text("Your MRI appointment is confirmed for Wednesday, March 11 at 7:30 AM at Fernhill Imaging Center.\n"
                 "Please arrive 30 minutes early.\n\nFernhill Imaging\n(614) 555-0156")
    top = multipart("mixed", [multipart("alternative", [plain, ics_part(inv, attach=False)]),
                              ics_part(inv, filename="invite.ics")])
    return message(addr("Fernhill Imaging Scheduling", "imaging-sched@" + QF), addr("Nadia Petrov", "npetrov@mail.example.com"),
                   "Invitation: Your appointment @ Wed Mar 11, 2026 7:30am", top)


@M("therapy-series-ics-shoulder-rehab", "phi",
   "Recurring ICS series of physical therapy visits for a named patient after rotator cuff repair",
   "2026-05-20 10:06")
def _():
    inv = ics("PT - Dana Whitlock - post-op R rotator cuff repair", datetime.datetime(2026, 6, 15, 16, 0), 45,
              ("Quillfield Rehab Scheduling", "rehab-sched@" + QF), [("Dana Whitlock", "dwhitlock@mail.example.net")],
              description="Phase 1 passive range of motion per Dr. Fairweather's protocol. Bring your sling.",
              location="Quillfield Rehab, 3rd floor gym", rrule="FREQ=WEEKLY;BYDAY=MO,TH;COUNT=12")
    return mail(addr("Quillfield Rehab Scheduling", "rehab-sched@" + QF), addr("Dana Whitlock", "dwhitlock@mail.example.net"),
                "Your therapy schedule", "Your visits are in the attached calendar file.\n\nQuillfield Rehab\n(614) 555-0159",
                [ics_part(inv, filename="PT_series.ics")])


@M("paalala-ics-colonoscopy", "phi",
   "Tagalog reminder to a named patient with an ICS invitation for his colonoscopy and bowel-prep instructions",
   "2026-09-10 09:15", lang="tl")
def _():
    inv = ics("Colonoscopy - Ernesto Mendoza", datetime.datetime(2026, 9, 17, 8, 0), 60,
              ("Quillfield GI Scheduling", "gi-sched@" + QF), [("Ernesto Mendoza", "ernesto.mendoza@mail.example.com")],
              description="Huwag kumain ng solid na pagkain sa araw bago ang procedure. Inumin ang prep ayon sa tagubilin. "
                          "Magdala ng kasama na maghahatid sa inyo pauwi.", location="Quillfield Endoscopy Center, 2nd floor")
    body = ("Magandang araw po, Ginoong Mendoza,\n\n"
            "Paalala po ito para sa inyong colonoscopy sa Huwebes, Setyembre 17, alas-8 ng umaga. "
            "Nakalakip ang imbitasyon para sa inyong kalendaryo at ang mga tagubilin sa paghahanda.\n\n"
            "Kung may tanong po kayo, tumawag sa (614) 555-0157.\n\nQuillfield Gastroenterology")
    return mail(addr("Quillfield GI Scheduling", "gi-sched@" + QF), addr("Ernesto Mendoza", "ernesto.mendoza@mail.example.com"),
                "Paalala: inyong appointment", body, [ics_part(inv, filename="colonoscopy.ics")])


@M("lich-hen-ics-boc-rang-su", "phi",
   "Vietnamese message to a named patient with an ICS invitation for a dental crown appointment",
   "2026-10-27 18:20", lang="vi", tz=7)
def _():
    inv = ics("Lắp mão răng sứ răng 36 - Nguyễn Thị Hoa", datetime.datetime(2026, 11, 2, 2, 0), 60,
              ("Nha khoa Hòa An", "lichhen@hoaan-dental.example.com"), [("Nguyễn Thị Hoa", "hoa.nguyen@mail.example.net")],
              description="Lắp mão sứ sau điều trị tủy răng 36. Bác sĩ: BS. Phạm Quốc Bảo.", location="Nha khoa Hòa An, 12 Lê Lợi",
              utc=True, prodid="-//Hoa An Dental//Lich hen//VI")
    body = ("Chào chị Hoa,\n\nNha khoa Hòa An xác nhận lịch hẹn của chị vào thứ Hai, ngày 2/11 lúc 9 giờ sáng. "
            "Chi tiết trong tệp đính kèm.\n\nNha khoa Hòa An\n028 555 0167")
    return mail(addr("Nha khoa Hòa An", "lichhen@hoaan-dental.example.com"), addr("Nguyễn Thị Hoa", "hoa.nguyen@mail.example.net"),
                "Xác nhận lịch hẹn", body, [ics_part(inv, filename="lich-hen.ics")], cte="quoted-printable")


@M("vcard-delivery-note-hospice", "phi",
   "vCard of a pharmacy delivery patient whose NOTE gives hospice enrolment, pancreatic cancer and DNR status",
   "2026-03-04 13:33")
def _():
    vc = vcard("Chester Ambrose", "Ambrose", "Chester", tels=[("HOME", "(614) 555-0120")], adr=("51 Millrace Court", "Fenwick", "OH", "45999"),
               note="Hospice enrolled 3/2 (Pelham Hospice). Dx metastatic pancreatic cancer. DNR. Deliver comfort kit to daughter Ruth; side door.")
    return mail(addr("Pelham Hospice Coordinator", "hospice@" + PELHAM), addr("Corbett Drug Delivery", "delivery@corbettdrug.example.com"),
                "new delivery contact", "Contact for the new delivery, see the note on the card.\n\nThanks, Irene",
                [att(vc, "text/x-vcard", "Chester Ambrose.vcf", cparams='; charset="utf-8"')])


@M("vcard-plain-body-home-infusion", "phi",
   "The vCard is a plain contact; the body names the patient, her osteomyelitis and the home IV antibiotic start",
   "2026-01-23 16:16")
def _():
    vc = vcard("Graciela Ortiz", "Ortiz", "Graciela", tels=[("CELL", "(614) 555-0119")], adr=("3301 Brookhaven Dr", "Fenwick", "OH", "45999"))
    return mail(addr("Irene Castillo, RN", "icastillo@" + PELHAM), addr("Infusion Pharmacy", "infusion@" + SABLE),
                "Mrs. Ortiz", "Contact for Mrs. Ortiz attached. She starts home IV ertapenem for her osteomyelitis on Monday; "
                "PICC placed today, first dose at 10 am. Please deliver supplies Sunday.\n\nIrene" +
                sig("Irene Castillo, RN", "Clinical Manager", "Pelham Home Health", "(614) 555-0177"),
                [att(vc, "text/vcard", "Ortiz.vcf", cparams='; charset="utf-8"')])


@M("records-release-zip-attorney", "phi",
   "ZIP archive for a records request: an index CSV, an ED note PDF and an imaging report PDF for a named patient after a car crash",
   "2026-08-14 15:58")
def _():
    idx = csvtext([["document", "date", "pages"], ["ED physician note", "2026-06-02", 3], ["CT cervical spine report", "2026-06-02", 1]])
    ed = pdf([("h", "Quillfield Medical Center - Emergency Department Note"), "", "Patient: Trevor Malloy   DOB 04/04/1990   MRN QF-00766018",
              "Arrival: 06/02/2026 18:22 by ambulance after a rear-end motor vehicle collision.",
              "Complaints: neck pain, headache. No loss of consciousness.", "Exam: midline cervical tenderness; neuro intact.",
              "CT cervical spine: no fracture. Diagnosis: cervical strain (S16.1XXA).", "Discharged with cyclobenzaprine and ibuprofen."])
    ct = pdf([("h", "Fernhill Imaging - CT Cervical Spine without contrast"), "", "Patient: Trevor Malloy   DOB 04/04/1990",
              "Impression: No acute fracture or malalignment. Straightening of the cervical lordosis, likely muscle spasm."])
    z = mkzip([("Malloy_records/index.csv", idx), ("Malloy_records/ED_note_2026-06-02.pdf", ed), ("Malloy_records/CT_report.pdf", ct)])
    return mail(addr("Quillfield HIM - Release of Information", "roi@" + QF), addr("Dana Crowley, Paralegal", "dcrowley@haskins-law.example.com"),
                "Records request R-26-08102", "Requested records attached per the signed authorization on file. Invoice to follow.\n\nRelease of Information",
                [att(z, "application/zip", "R-26-08102.zip")])


@M("referral-zip-docx-and-photo", "phi",
   "ZIP with a DOCX dermatology referral for a named patient's changing mole and a PNG photograph",
   "2026-07-08 11:20")
def _():
    doc = docx([("h", "Referral - Dermatology"), ("kv", "Patient:", "Sienna Calloway"), ("kv", "DOB:", "12/12/1987"),
                ("kv", "MRN:", "QF-00699342"), "", "Changing pigmented lesion on the left upper back, 7 mm, irregular border, "
                "darker over 3 months (D48.5). Please evaluate for biopsy.", "", "Owen Bellweather, DO"], title="Referral")
    z = mkzip([("referral.docx", doc), ("lesion_left_back.png", png(48, 48, 7))])
    return mail(addr("Thornbury Referrals", "referrals-thornbury@" + QF), addr("Quillfield Dermatology", "derm@" + QF),
                "Referral packet", "Referral and photo attached as a zip.", [att(z, "application/zip", "derm_referral.zip")])


@M("fwd-attached-your-results-spouse", "phi",
   "A patient forwards, as an attached message, his doctor's note to him about his HbA1c and a medication change",
   "2026-04-15 19:40")
def _():
    outer = ST.date
    ST.date = mkdate("2026-04-15 12:05")
    inner = mail(addr("Dr. Owen Bellweather via MyQuillfield", "noreply-portal@" + QF), addr("Vincent Gallo", "vgallo@mail.example.com"),
                 "Your recent results",
                 "Hi Mr. Gallo,\n\nYour A1c came back at 8.9%, up from 7.6% in December. I'd like to add empagliflozin 10 mg daily "
                 "to your metformin. Please schedule a visit in 3 months.\n\nDr. Bellweather")
    ST.date = outer
    return mail(addr("Vincent Gallo", "vgallo@mail.example.com"), addr("Teresa Gallo", "tgallo@mail.example.com"),
                "Fwd: Your recent results", "FYI see what the doctor said. Can you pick up the new one?\n\nV",
                [rfc822(inner, filename="Your recent results.eml")])


@M("fwd-nested-eob-dispute", "phi",
   "Forwarded message/rfc822 holding a patient's billing dispute, which itself carries a PDF EOB with her claim and MRI service",
   "2026-06-11 10:48")
def _():
    outer = ST.date
    ST.date = mkdate("2026-06-09 21:12")
    eob = pdf([("h", "Northfold Health Plan - Explanation of Benefits"), "Member: Priscilla Wong   Member ID NFH410226791",
               "Claim 26-0503-771204   Date of service 05/03/2026   Fernhill Imaging Center",
               "MRI brain without contrast (70551)   Billed $2,150.00   Allowed $702.10   Plan paid $702.10   You owe $0.00"])
    inner = mail(addr("Priscilla Wong", "pwong@mail.example.org"), addr("Quillfield Billing", "billing@" + QF),
                 "Bill for my MRI", "Hello,\n\nI received a bill for $1,447.90 for my brain MRI on May 3 but my insurance paid in full. "
                 "My EOB is attached. Account 5500-80155.\n\nPriscilla Wong",
                 [att(eob, "application/pdf", "EOB.pdf")])
    ST.date = outer
    return mail(addr("Maureen Tate", "mtate@" + QF), addr("Copperline Client Services", "clientservices@" + COPPER),
                "Fwd: Bill for my MRI", "Please review and hold collections on this account.\n\nMaureen",
                [rfc822(inner, filename="Bill for my MRI.eml")])


@M("blank-docx-filename-op-note", "phi",
   "borderline: the DOCX is empty; the file name alone carries the patient's name, MRN and knee replacement operative note",
   "2026-05-27 17:02")
def _():
    return mail(addr("Ortho OR Scheduler", "or-sched-ortho@" + QF), addr("HIM Transcription", "transcription@" + QF),
                "re: missing doc", "attaching again, let me know if it opens",
                [att(docx([""], title=""), CT_DOCX, "Patel_Anita_MRN_QF00731142_knee_replacement_op_note.docx")])


@M("empty-xlsx-filename-a1c", "phi",
   "borderline: the workbook has an empty sheet; the patient's name, DOB and A1c results are only in the file name",
   "2026-09-24 08:51")
def _():
    return mail(addr("Nurse Line", "nurseline-thornbury@" + QF), addr("Owen Bellweather DO", "obellweather@" + QF),
                "file", "see file", [att(xlsx([("Sheet1", [])]), CT_XLSX, "Ramirez_Luis_DOB_1972-06-08_A1c_results.xlsx")])


@M("document-pdf-concussion-instructions", "phi",
   "Generic file name 'document.pdf'; its text is a named patient's discharge instructions after a concussion",
   "2026-10-02 21:09")
def _():
    lines = [("h", "Quillfield Urgent Care - Discharge Instructions"), "", "Patient: Cody Rasmussen    DOB 08/19/2009",
             "Diagnosis: Concussion without loss of consciousness (S06.0X0A)", "",
             "- No sports or gym until cleared by your doctor.", "- Rest from screens for 48 hours.",
             "- Return to the emergency department for repeated vomiting, worsening headache or confusion.", "",
             "Follow up with your primary care provider in 3-5 days.", "Provider: Jamal Whitley, PA-C"]
    return mail(addr("Heather Rasmussen", "hrasmussen@mail.example.net"), addr("Coach Dunn", "coach.dunn@fenwick-hs.example.org"),
                "here you go", "here you go\n\nHeather", [att(pdf(lines), "application/pdf", "document.pdf")])


@M("instructions-txt-qp-croup", "phi",
   "Quoted-printable text/plain attachment with a named child's croup discharge instructions and dexamethasone dose",
   "2026-11-14 03:40")
def _():
    t = ("QUILLFIELD PEDIATRIC EMERGENCY - DISCHARGE INSTRUCTIONS\n\n"
         "Patient: Lily Adeyemi    DOB: 02/11/2023    Visit: 11/14/2026 01:12\n\n"
         "Diagnosis: Croup (laryngotracheobronchitis), mild to moderate.\n"
         "Treatment given: dexamethasone 0.6 mg/kg (7 mg) by mouth x1 at 01:40. Observed 2 hours; no stridor at rest on discharge.\n\n"
         "At home: cool night air or a steamy bathroom can ease the cough. Keep her upright. Acetaminophen 160 mg every 6 hours as needed for fever.\n"
         "Return right away if she has noisy breathing at rest, drooling, blue lips or trouble swallowing.\n\n"
         "Follow up with Dr. Rowena Baptiste in 2 days.\n")
    return mail(addr("QMC Pediatric ED", "peds-ed@" + QF), addr("Folake Adeyemi", "folake.adeyemi@mail.example.com"),
                "Discharge instructions", "As requested, the discharge instructions from tonight's visit are attached.",
                [att(t, "text/plain", "instructions.txt", cte="quoted-printable", cparams='; charset="us-ascii"')])


@M("addendum-txt-latin1-thyroid", "phi",
   "ISO-8859-1 text attachment (declared) with a pathology addendum: a named patient's thyroid FNA, Bethesda IV",
   "2026-08-31 12:30")
def _():
    t = ("ADDENDUM - CYTOPATHOLOGY\n\nPatient: José Peña Ibáñez   DOB 03/30/1976   Accession: KC26-4471\n"
         "Specimen: thyroid, right lobe nodule, fine-needle aspiration\n\n"
         "Addendum diagnosis: Follicular neoplasm (Bethesda category IV). Molecular testing has been sent.\n"
         "Recommend surgical consultation for diagnostic lobectomy.\n\n-- Ian Morrow, MD\n")
    data = crlf(t).encode("latin-1")
    return mail(addr("Kestrel Pathology", "pathology@" + KESTREL), addr("Quillfield ENT", "ent@" + QF),
                "Addendum KC26-4471", "Addendum attached (plain text).",
                [att(data, "text/plain", "KC26-4471_addendum.txt", cte="quoted-printable", cparams='; charset="iso-8859-1"')])


@M("nataij-txt-windows1256", "phi",
   "Arabic message with a windows-1256 text attachment of a named patient's lab results (HbA1c 6.9 %)",
   "2026-11-18 09:25", lang="ar", tz=3)
def _():
    t = ("مختبر الرازي للتحاليل الطبية\n\nاسم المريض: أحمد يوسف العلي\nتاريخ الميلاد: 1972-05-04\nرقم العينة: RZ-884120\n\n"
         "الهيموغلوبين السكري (HbA1c): 6.9 %  (المرجع أقل من 5.7)\nالسكر الصائم: 128 ملغ/دل\nالكوليسترول الضار LDL: ‏142 ملغ/دل\n\n"
         "ملاحظة: يرجى مراجعة الطبيب المعالج.\n")
    data = crlf(t).encode("cp1256")
    body = ("السيد أحمد يوسف المحترم،\n\nنرفق لكم نتائج التحاليل.\n\nمختبر الرازي\n011-555-0168")
    return mail(addr("مختبر الرازي", "results@alrazi-lab.example.com", "windows-1256"), addr("أحمد يوسف", "ahmad.yousef@mail.example.com", "windows-1256"),
                "نتائج التحاليل", body,
                [att(data, "text/plain", "results_RZ-884120.txt", cte="base64", cparams='; charset="windows-1256"')],
                cs="windows-1256", cte="quoted-printable")


@M("subject-names-patient-blank-form", "phi",
   "The attachment is a blank prep form; the Subject names the patient, her DOB and her colonoscopy",
   "2026-07-17 09:44")
def _():
    doc = docx([("h", "Colonoscopy Preparation Instructions"), "Patient name: ____________________", "Procedure date: __________",
                "Three days before: avoid seeds, nuts and raw vegetables.", "The day before: clear liquids only; start prep at 6 pm."],
               title="Prep instructions")
    return mail(addr("GI Nurse Navigator", "gi-navigator@" + QF), addr("Thornbury Nurse Line", "nurseline-thornbury@" + QF),
                "Rebecca Lyle DOB 9/2/1966 - colonoscopy 7/30, prep instructions",
                "Use this form and fill in her date. Thanks!", [att(doc, CT_DOCX, "prep_instructions.docx")])


@M("payment-plan-xlsx-display-name", "phi",
   "borderline: the XLSX lists only names, account numbers and balances; the sender's display name 'Quillfield Oncology Billing' makes them balances for cancer care",
   "2026-10-08 14:14")
def _():
    rows = [["Patient", "Account", "Balance", "Monthly", "Plan start"],
            ["Haverford, Judith", "5500-91022", 1840.0, 100.0, "2026-10-15"],
            ["Iverson, Carl", "5500-91187", 3125.5, 150.0, "2026-10-15"],
            ["Jacobi, Renata", "5500-91340", 760.0, 50.0, "2026-11-01"]]
    return mail(addr("Quillfield Oncology Billing", "onc-billing@" + QF), addr("Riverbend Financing Partners", "plans@riverbend-finance.example.com"),
                "New payment plans", "Three new plans for setup, spreadsheet attached.",
                [att(xlsx([("New plans", rows)]), CT_XLSX, "payment_plans_1008.xlsx")])


@M("readmissions-xlsx-second-sheet", "phi",
   "XLSX whose first sheet is aggregate rates; the second sheet lists named readmitted patients with diagnoses for case review",
   "2026-02-27 10:00")
def _():
    s1 = [["Service line", "Discharges", "30-day readmits", "Rate"],
          ["Medicine", 412, 58, "14.1%"], ["Surgery", 236, 19, "8.1%"], ["Cardiology", 145, 22, "15.2%"]]
    s2 = [["Patient", "MRN", "Index discharge", "Readmit", "Index Dx", "Readmit Dx"],
          ["Everly, June", "QF-00488013", "2026-01-04", "2026-01-19", "CHF exacerbation", "CHF exacerbation"],
          ["Garrison, Walter", "QF-00298431", "2026-01-10", "2026-01-30", "CHF exacerbation", "Hyperkalemia"],
          ["Ibarra, Felipe", "QF-00510077", "2026-01-11", "2026-01-25", "COPD exacerbation", "Pneumonia"]]
    return mail(addr("Quality Analytics", "quality-analytics@" + QF), addr("Readmission Committee", "readmit-committee@" + QF),
                "January readmissions", "January readmissions attached. Case list is on the second tab for Tuesday's review.",
                [att(xlsx([("Summary", s1), ("Case list", s2)]), CT_XLSX, "readmissions_2026-01.xlsx")])


@M("first-report-pdf-workers-comp", "phi",
   "PDF first report of work injury: named employee's hand laceration, sutures and work restrictions, with a claim number",
   "2026-06-01 16:37")
def _():
    lines = [("h", "Employer's First Report of Injury / Physician's Report"), "Keystone Comp Mutual   Claim no. KC-26-55190", "",
             "Employee: Raymond Acosta    DOB 09/09/1984    Employer: Brightline Fabrication, Inc.", "Date of injury: 05/30/2026 14:10",
             "Description: left palm lacerated by sheet metal edge.", "", "Treatment: 4.5 cm laceration repaired with 7 sutures; tetanus booster.",
             "Work status: modified duty, no use of left hand for lifting > 5 lb until 06/10/2026.", "Suture removal 06/09/2026.",
             "", "Physician: Jamal Whitley, PA-C - Quillfield Occupational Health"]
    return mail(addr("Quillfield Occupational Health", "occhealth@" + QF), addr("Keystone Comp Claims", "claims@keystone-comp.example.net"),
                "Claim KC-26-55190", "Physician's report attached.", [att(pdf(lines, title="First Report"), "application/pdf", "KC-26-55190_report.pdf")])


@M("school-med-authorization-docx", "phi",
   "DOCX school medication authorisation filled in for a named child: asthma and an albuterol inhaler dose",
   "2026-08-24 07:50")
def _():
    doc = docx([("h", "Fenwick Unified Schools - Medication Authorization Form"), "",
                ("t", [["Student", "Noah Feldman"], ["Date of birth", "01/06/2017"], ["School / Grade", "Maple Street Elementary / 4"],
                       ["Diagnosis", "Asthma, mild persistent"], ["Medication", "Albuterol HFA 90 mcg inhaler with spacer"],
                       ["Dose", "2 puffs every 4 hours as needed for wheeze or before PE"], ["Self-carry", "Yes"],
                       ["Prescriber", "Rowena Baptiste, MD - Quillfield Pediatrics"], ["Parent", "Miriam Feldman, (614) 555-0117"]])],
               title="Medication Authorization")
    return mail(addr("Miriam Feldman", "mfeldman@mail.example.net"), addr("School Nurse - Maple Street", "nurse.maple@fenwick-schools.example.org"),
                "Form for Noah", "Hi Mrs. Dorsey, the signed form is attached. The inhaler is in his backpack.\n\nMiriam",
                [att(doc, CT_DOCX, "medication_form.docx")])


@M("secure-tag-blank-intake-template", "phi",
   "borderline: marked [secure] by the sender; the attachment is only a blank intake template (marked-secure-test-no-content, so at least phi)",
   "2026-05-15 12:25")
def _():
    doc = docx([("h", "New Patient Intake"), "Name: ______________  DOB: ____/____/______", "Insurance ID: ______________",
                "Current medications: ____________________________"], title="Intake template")
    return mail(addr("Kelly Marsh", "kmarsh@" + QF), addr("Kelly Marsh", "kelly.marsh.home@mail.example.com"),
                "[secure] testing secure send with attachment",
                "Testing whether attachments go through secure send. Template only.",
                [att(doc, CT_DOCX, "intake_template.docx")])


@M("refills-due-csv-pharmacy", "phi",
   "CSV from a pharmacy: named patients with birth dates and prescriptions needing renewal (atorvastatin, lisinopril, levothyroxine)",
   "2026-04-07 08:08")
def _():
    rows = [["patient", "dob", "medication", "last_fill", "refills_left", "request"],
            ["Abbott, Wendell", "1951-05-11", "atorvastatin 40 mg", "2026-03-08", 0, "renewal"],
            ["Bishop, Carol", "1969-08-30", "lisinopril 20 mg", "2026-03-10", 0, "renewal"],
            ["Crane, Lydia", "1958-02-02", "levothyroxine 88 mcg", "2026-03-12", 0, "renewal + TSH due"]]
    return mail(addr("Corbett Drug #12", "rx12@corbettdrug.example.com"), addr("Thornbury Refill Line", "refills-thornbury@" + QF),
                "Renewal requests", "Renewal requests for this week attached.\n\nCorbett Drug #12\n(614) 555-0144",
                [csv_part(rows, "renewals_0407.csv", cte="7bit")])


@M("ambulance-invoice-pdf-transport", "phi",
   "PDF ambulance bill to the patient: account, advanced life support transport and mileage for her emergency call",
   "2026-09-29 06:30")
def _():
    lines = [("h", "Fenwick County EMS - Ambulance Billing"), "", "Invoice 26-EMS-004417     Account 881-20417", "Patient: Doreen Kettering",
             "Date of service: 08/22/2026   From: 412 Ashbury Street   To: Quillfield Medical Center ED", "",
             "A0427  ALS emergency transport, level 1      $1,250.00", "A0425  Ground mileage x 6.2                  $117.80", "",
             "Insurance payment (Medicare)                -$902.63", "Balance due                                  $465.17"]
    return mail(addr("Fenwick County EMS Billing", "billing@fenwick-ems.example.org"), addr("Doreen Kettering", "dkettering@mail.example.org"),
                "Invoice 26-EMS-004417", "Your invoice is attached. Call (614) 555-0116 with questions.",
                [att(pdf(lines, title="Invoice"), "application/pdf", "invoice_26-EMS-004417.pdf")])


@M("oru-batch-zip-lipid-panels", "phi",
   "ZIP of three HL7 ORU files: lipid panels for three named patients, sent as a batch",
   "2026-12-01 05:05")
def _():
    files = []
    for i, (last, first, dob, mrn, ldl, hdl, tg) in enumerate([
            ("Varley", "Edwin", "19550714", "QF00311802", 168, 38, 244),
            ("Whitcombe", "Ada", "19670301", "QF00420974", 121, 55, 130),
            ("Yoder", "Samuel", "19800919", "QF00599310", 201, 41, 310)]):
        files.append(("ORU_%s.hl7" % mrn, hl7(
            "MSH|^~\\&|KESTREL_LIS|KESTREL|TRELLIS|QMC|2026120104%02d00||ORU^R01^ORU_R01|KL8830%04d|P|2.5.1" % (50 + i, i + 1),
            "PID|1||%s^^^QMC^MR||%s^%s||%s|M" % (mrn, last, first, dob),
            "OBR|1|QF78%05d|KL8830%04d|LIPID^Lipid panel^L|||20261130081500|||||||||%s^Bellweather^Owen^^^DO||||||20261201044500|||F" % (i + 1, i + 1, NPI_THORN),
            "OBX|1|NM|13457-7^Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation^LN||%d|mg/dL|<100|H|||F" % ldl,
            "OBX|2|NM|2085-9^Cholesterol in HDL [Mass/volume] in Serum or Plasma^LN||%d|mg/dL|>40|%s|||F" % (hdl, "L" if hdl < 40 else "N"),
            "OBX|3|NM|2571-8^Triglyceride [Mass/volume] in Serum or Plasma^LN||%d|mg/dL|<150|%s|||F" % (tg, "H" if tg >= 150 else "N"))))
    return mail(addr("Kestrel Results Delivery", "results-interface@" + KESTREL), addr("Thornbury Results", "results-thornbury@" + QF),
                "Batch 1201-0505 (3 results)", "Automated delivery: 3 ORU messages in the attached archive.",
                [att(mkzip(files), "application/zip", "batch_1201_0505.zip")])


# =============================================================== none ----
# ---- blank templates and forms ------------------------------------------
@M("referral-template-docx-all-sites", "none",
   "DOCX referral template with placeholders only ([Patient Name], DOB, ICD-10); no individual",
   "2026-01-08 10:00", trap=True)
def _():
    doc = docx([("h", "Thornbury Family Medicine - Specialty Referral"), "", ("kv", "Patient:", "[Patient Name]"),
                ("kv", "DOB:", "__/__/____"), ("kv", "MRN:", "[MRN]"), ("kv", "Insurance / Member ID:", "[Payer] / [Member ID]"), "",
                ("kv", "Referred to:", "[Specialty / Provider]"), ("kv", "Reason for referral:", "[Diagnosis, ICD-10]"),
                ("kv", "Pertinent history, medications, results:", "[Free text]"), ("kv", "Urgency:", "Routine / Urgent / STAT"), "",
                "Referring provider: [Name, credentials]   NPI: [NPI]", "Phone (614) 555-0118   Fax (614) 555-0119"],
               title="Referral template", creator="Practice Administration")
    return mail(addr("Thornbury Practice Administration", "admin-thornbury@" + QF), addr("Thornbury All Staff", "allstaff-thornbury@" + QF),
                "Updated referral template", "Hi all,\n\nPlease use the attached referral template starting Monday; the old one is retired.\n\nThanks,\nGloria" +
                sig("Gloria Pham", "Practice Administrator", "Thornbury Family Medicine", "(614) 555-0118"),
                [att(doc, CT_DOCX, "Referral_Template_v7.docx")])


@M("pa-form-pdf-blank-july", "none",
   "Blank prior-authorisation PDF form from a plan to providers, with empty member and diagnosis fields and an opioid-use-disorder checkbox",
   "2026-06-10 09:30", trap=True)
def _():
    lines = [("h", "Northfold Health Plan - Pharmacy Prior Authorization Request Form"), "Effective July 1, 2026", "",
             "Member name: _______________________   Member ID: ______________   DOB: ___/___/_____",
             "Prescriber: _______________________   NPI: ______________   Phone: ______________", "",
             "Medication requested: _____________________  Strength: ________  Quantity: ______",
             "Diagnosis (ICD-10): ________________", "", "Is this request for treatment of opioid use disorder?  [ ] Yes  [ ] No",
             "   (Buprenorphine products for OUD do not require prior authorization on the preferred drug list.)",
             "Previous medications tried and dates: ________________________________________", "",
             "Fax completed form to (614) 555-0152."]
    return mail(addr("Northfold Provider Relations", "provider-relations@" + NORTHFOLD), addr("Participating Practices", "network-practices@" + NORTHFOLD),
                "Updated PA form effective July 1",
                "Dear provider,\n\nThe attached pharmacy PA form replaces all previous versions on July 1.\n\nNorthfold Provider Relations\n(614) 555-0150",
                [att(pdf(lines, title="PA Form"), "application/pdf", "Northfold_Rx_PA_Form_2026-07.pdf")])


@M("census-template-xlsx-headers", "none",
   "XLSX census template with column headers (patient, MRN, admit diagnosis, isolation, code status) and no rows",
   "2026-02-13 13:21", trap=True)
def _():
    rows = [["Room", "Patient", "MRN", "Age", "Attending", "Admit Dx", "Isolation", "Code status", "Dispo plan"]]
    return mail(addr("Nursing Informatics", "nursing-informatics@" + QF), addr("Charge Nurses", "charge-nurses@" + QF),
                "New census template", "New census template attached - same columns for every unit from now on.",
                [att(xlsx([("Census", rows)]), CT_XLSX, "census_template.xlsx")])


@M("zero-rows-csv-header-only", "none",
   "Query result CSV with only a header row (mrn, names, dob, dx_code, hiv_status); the body says no rows matched",
   "2026-03-05 16:12", trap=True)
def _():
    rows = [["mrn", "last_name", "first_name", "dob", "dx_code", "hiv_status", "last_visit"]]
    return mail(addr("Report Writer", "reporting@" + QF), addr("Halvard Clinic Data", "data@" + HALVARD),
                "Report request RR-2231",
                "The query for RR-2231 returned no rows for the date range you gave (12/01-12/31). Header-only file attached. "
                "Can you check whether the clinic location filter is right?\n\nReporting Services",
                [csv_part(rows, "RR-2231_result.csv", cte="7bit")])


@M("data-dictionary-xlsx-research-extract", "none",
   "XLSX data dictionary of an extract (field names like patient_mrn, hiv_viral_load, phq9_score, brca_result) with no records",
   "2026-04-14 11:40", trap=True)
def _():
    rows = [["Field", "Type", "Description", "Source", "PHI?"],
            ["patient_mrn", "string", "Medical record number", "PID-3", "Yes - removed in limited set"],
            ["birth_date", "date", "Date of birth", "PID-7", "Yes - year only"],
            ["dx_icd10", "string", "Encounter diagnoses, ICD-10-CM", "DG1-3", "No"],
            ["hiv_viral_load", "numeric", "Most recent HIV-1 RNA copies/mL", "OBX LOINC 25836-8", "No"],
            ["phq9_score", "integer", "PHQ-9 total 0-27", "Flowsheet 3140", "No"],
            ["brca_result", "string", "Germline BRCA1/2 result category", "Genomics module", "No"],
            ["oud_med_flag", "boolean", "Active buprenorphine/methadone order", "Orders", "No - Part 2 review required"]]
    return mail(addr("Research Data Warehouse", "rdw@" + QF), addr("Study Team IRB-26-044", "irb26044-team@" + QF),
                "Data dictionary for your request", "Data dictionary for the IRB-26-044 extract attached. No data yet - please confirm the fields.",
                [att(xlsx([("Dictionary", rows)]), CT_XLSX, "IRB-26-044_data_dictionary.xlsx")])


@M("interface-spec-pdf-adt-inbound", "none",
   "PDF interface specification describing PID, PV1 and DG1 fields with placeholder examples (DOE^JANE); no patient",
   "2026-05-19 15:00", trap=True)
def _():
    lines = [("h", "Lanternlink Interface Specification - ADT Inbound v3.2"), "", ("b", "PID - Patient Identification"),
             "PID-3  Patient identifier list (CX). MRN with assigning authority QMC, type MR. Required.",
             "PID-5  Patient name (XPN). Family^Given^Middle. Example: DOE^JANE^Q", "PID-7  Date of birth (YYYYMMDD). Example: 19000101",
             "", ("b", "PV1 - Patient Visit"), "PV1-3  Assigned location. Unit^Room^Bed^Facility. Psychiatric units map to 4W.",
             "PV1-7  Attending (XCN). NPI in component 1.", "", ("b", "DG1 - Diagnosis"), "DG1-3  ICD-10-CM code^text^I10.",
             "Sensitive diagnoses (F10-F19, B20, Z21) must carry a confidentiality flag in ZPS-3.", "",
             ("b", "Sample"), "MSH|^~\\&|SENDER|FAC|LANTERNLINK|QMC|YYYYMMDDHHMM||ADT^A01|CTRLID|T|2.5.1",
             "PID|1||000000^^^QMC^MR||DOE^JANE||19000101|F"]
    return mail(addr("Lanternlink Documentation", "docs@lanternlink.example.com"), addr("Arjun Mehta", "amehta@" + QF),
                "Spec v3.2", "Updated ADT inbound spec attached. Section 4 has the new ZPS rules.",
                [att(pdf(lines, title="ADT Inbound Spec"), "application/pdf", "ADT_Inbound_Spec_v3.2.pdf")])


@M("connectivity-test-hl7-zztest", "none",
   "HL7 ADT test message (MSH-11 = T) for a ZZTEST patient with a psychiatric test diagnosis; test data, no real person",
   "2026-06-16 08:45", trap=True)
def _():
    m = hl7("MSH|^~\\&|TRELLIS|QMC_TEST|ENDOVAULT|QMC_TEST|20260616084000||ADT^A01^ADT_A01|TEST000117|T|2.5.1",
            "EVN|A01|20260616084000",
            "PID|1||ZZ0000117^^^QMC^MR||ZZTEST^PATIENT^ONE||19000101|U",
            "PV1|1|I|4W^TEST^1^QMC_TEST",
            "DG1|1||F32.9^Major depressive disorder, single episode, unspecified^I10||20260616|A")
    return mail(addr("Arjun Mehta", "amehta@" + QF), addr("EndoVault Implementation", "implementation@endovault.example.com"),
                "TEST connectivity message", "Test message only (ZZTEST patient, processing ID T). Please confirm receipt on your side.\n\nArjun",
                [att(m, "application/hl7-v2", "TEST000117.hl7")])


@M("sandbox-fhir-bundle-synthetic", "none",
   "FHIR bundle tagged synthetic for a sandbox: a generated test patient with HIV disease and ART; no real person",
   "2026-07-21 14:02", trap=True)
def _():
    tag = [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]
    pat = fhir_patient("synth-7", "Synthetic-Seven", "Test", "1980-01-01", "unknown", mrn="SYNTH-0007", tags=tag)
    cond = {"resourceType": "Condition", "id": "synth-c1", "meta": {"tag": tag},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "B20"}]}, "subject": {"reference": "Patient/synth-7"}}
    med = {"resourceType": "MedicationRequest", "id": "synth-m1", "meta": {"tag": tag}, "status": "active", "intent": "order",
           "medicationCodeableConcept": {"text": "dolutegravir 50 mg tablet"}, "subject": {"reference": "Patient/synth-7"}}
    return mail(addr("Trellis Developer Relations", "devrel@" + TRELLIS), addr("App Developers List", "fhir-devs@" + TRELLIS),
                "Sandbox test bundle",
                "Attached is the synthetic test bundle for the sandbox. Every resource is tagged HTEST; there is no real patient behind it.\n\n"
                "Trellis Developer Relations",
                [att(fhir(fhir_bundle([pat, cond, med])), "application/fhir+json", "sandbox_bundle_synthetic.json")])


@M("capability-statement-fhir-server", "none",
   "FHIR CapabilityStatement of a server (resources and search parameters); no patient data",
   "2026-08-04 10:18", trap=True)
def _():
    cs = {"resourceType": "CapabilityStatement", "status": "active", "date": "2026-08-01", "kind": "instance",
          "software": {"name": "Trellis FHIR Gateway", "version": "9.1.3"},
          "implementation": {"description": "Quillfield production FHIR R4", "url": "https://fhir.quillfield.example.org/r4"},
          "fhirVersion": "4.0.1", "format": ["json"],
          "rest": [{"mode": "server", "resource": [
              {"type": t, "interaction": [{"code": "read"}, {"code": "search-type"}],
               "searchParam": [{"name": "patient", "type": "reference"}, {"name": "date", "type": "date"}]}
              for t in ("Patient", "Condition", "Observation", "MedicationRequest", "Immunization")]}]}
    return mail(addr("Integration Team", "integration@" + QF), addr("Pulsetrack Engineering", "eng@pulsetrack.example.com"),
                "Our capability statement", "As requested, the capability statement of our FHIR endpoint is attached.",
                [att(fhir(cs), "application/fhir+json", "CapabilityStatement.json")])


@M("sample-ccda-vendor-certification", "none",
   "Vendor sample C-CDA with a ZZTEST sample patient and SAMPLE title for certification testing; not a real person",
   "2026-03-26 12:00", trap=True)
def _():
    doc = ccda("SAMPLE - Continuity of Care Document - NOT A REAL PATIENT",
               dict(given="Sample", family="ZZTEST", dob="19000101", sex="UN", mrn="ZZ-0000001", addr="1 Test Street",
                    city="Testville", st="OH", zip="00000", phone="+1-614-555-0199"),
               ("Test", "Provider", npi("999999991")), ("Trellis Certification Lab", "+1-614-555-0198", "1 Test Street", "Testville", "OH", "00000"),
               [("11450-4", "Problems", ["Problem", "Code"], [["Essential hypertension (sample)", "I10"]]),
                ("10160-0", "Medications", ["Medication", "Sig"], [["lisinopril 10 mg tablet (sample)", "daily"]])])
    return mail(addr("Trellis Certification", "certification@" + TRELLIS), addr("Interface Team", "interface-team@" + QF),
                "Sample C-CDA for validator testing", "Sample document for running the validator. Test data only.",
                [att(doc, "application/xml", "SAMPLE_CCD_ZZTEST.xml")])


@M("companion-guide-pdf-837p-loops", "none",
   "PDF companion guide for 837P loops with placeholder examples (DOE*JANE, XXXXXXXXX); no claim for a person",
   "2026-01-21 09:10", trap=True)
def _():
    lines = [("h", "Northfold Health Plan - 837P Companion Guide (005010X222A1)"), "Version 4.1, January 2026", "",
             ("b", "Loop 2010BA - Subscriber Name"), "NM1*IL*1*DOE*JANE****MI*XXXXXXXXX~",
             "Member ID is 12 characters: NFH followed by 9 digits.", "",
             ("b", "Loop 2300 - Claim Information"), "CLM*PATIENTCTL*100***11:B:1*Y*A*Y*Y~",
             "HI*ABK:Z0000~  (use the principal diagnosis first)", "",
             ("b", "Behavioral health and substance-use services"),
             "H0015 (intensive outpatient) and 90837 (psychotherapy, 60 min) require the rendering provider in loop 2310B.",
             "", "EDI support: (614) 555-0150, option 4"]
    return mail(addr("Northfold EDI Support", "edi-support@" + NORTHFOLD), addr("Copperline EDI", "edi@" + COPPER),
                "Companion guide v4.1", "Updated companion guide attached.",
                [att(pdf(lines, title="837P Companion Guide"), "application/pdf", "Northfold_837P_Companion_Guide_v4.1.pdf")])


@M("era-835-test-file-isa15", "none",
   "X12 835 test file (ISA15 = T) with a TEST PATIENT for trading-partner testing; no real person",
   "2026-02-05 11:11", trap=True)
def _():
    data = x835("NORTHFOLD", "COPPERLINE", ("Northfold Health Plan", "NFHP1", "PO Box 4410", "FENWICK*OH*45999", "6145550150"),
                ("Test Provider Group", npi("999999992"), "000000000"), "TESTEFT0001",
                [dict(id="TESTCLM001", status="1", charge=100.0, paid=80.0, resp=20.0, last="Patient", first="Test",
                      member="NFH000000000", payer_ctl="0000000000001",
                      lines=[("99213", 100.0, 80.0, "20260101", [("PR", "2", 20.0)])])], ctl=1, test=True)
    return mail(addr("Northfold EDI Support", "edi-support@" + NORTHFOLD), addr("Copperline EDI", "edi@" + COPPER),
                "Test 835 for onboarding", "Test 835 attached (ISA15=T). Dummy claim only.",
                [att(data, "application/EDI-X12", "TEST_835.835")])


# ---- aggregates and statistics -------------------------------------------
@M("hiv-diagnoses-quarterly-xlsx", "none",
   "XLSX of aggregate new HIV diagnoses by quarter and county from a public-health bulletin; no individual",
   "2026-04-29 10:00", trap=True)
def _():
    rows = [["County", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Rate per 100k (2025)"],
            ["Fenwick", 14, 11, 17, 12, 9.8], ["Harlow", 5, 3, 6, 4, 6.1], ["Orrin", "<5", "<5", "<5", "<5", "suppressed"]]
    return mail(addr("Regional HIV Surveillance", "surveillance@dph-state.example.org"), addr("HIV Prevention Partners", "hiv-partners@dph-state.example.org"),
                "2025 quarterly surveillance tables", "The 2025 tables are attached. Counts under 5 are suppressed.",
                [att(xlsx([("New diagnoses", rows)]), CT_XLSX, "HIV_surveillance_2025.xlsx")])


@M("readmission-rates-xml-spreadsheet", "none",
   "Excel 2003 XML spreadsheet of aggregate 30-day readmission rates by service line",
   "2026-03-10 09:55", trap=True)
def _():
    rows = [["Service line", "Discharges", "Readmits", "Rate", "Target"],
            ["Medicine", 1204, 168, "14.0%", "13.0%"], ["Cardiology", 402, 61, "15.2%", "14.0%"],
            ["Behavioral health", 188, 21, "11.2%", "12.0%"], ["Surgery", 711, 55, "7.7%", "8.0%"]]
    return mail(addr("Quality Analytics", "quality-analytics@" + QF), addr("Quality Council", "quality-council@" + QF),
                "Q4 readmission rates", "Q4 rates attached (Excel XML).",
                [att(xml2003([("Q4", rows)]), "application/vnd.ms-excel", "readmission_rates_Q4.xml")])


@M("deidentified-extract-counts-csv", "none",
   "De-identified research extract of counts by age band and diagnosis group, small cells suppressed; no individual",
   "2026-05-08 13:45", trap=True)
def _():
    rows = [["age_band", "dx_group", "patients", "encounters"],
            ["18-29", "Opioid use disorder", 41, 212], ["30-44", "Opioid use disorder", 88, 506],
            ["45-64", "Opioid use disorder", 37, 198], ["65+", "Opioid use disorder", "<11", "<11"],
            ["18-29", "Major depression", 132, 611], ["30-44", "Major depression", 207, 1044]]
    return mail(addr("Research Data Warehouse", "rdw@" + QF), addr("Dr. Henrik Lindgren", "hlindgren@" + MERIDIAN),
                "IRB-26-031 aggregate extract", "Aggregate counts attached. Cells under 11 are suppressed per the data use agreement.",
                [csv_part(rows, "IRB-26-031_counts.csv")])


@M("quality-dashboard-pdf-screening", "none",
   "PDF quality dashboard of aggregate rates (depression screening, HbA1c control, HIV viral suppression)",
   "2026-07-30 16:30", trap=True)
def _():
    lines = [("h", "Quillfield Health - Ambulatory Quality Dashboard, Q2 2026"), "",
             "Depression screening and follow-up ............ 78.4%  (target 80%)", "HbA1c poor control (>9%) ....................... 14.2%  (target <15%)",
             "Controlling high blood pressure .................. 69.9%  (target 70%)", "HIV viral suppression (Halvard Clinic) ......... 91.3%",
             "Screening for unhealthy alcohol use ............. 63.0%", "", "Denominators: all eligible patients seen in the period."]
    return mail(addr("Quality Analytics", "quality-analytics@" + QF), addr("Ambulatory Leaders", "amb-leaders@" + QF),
                "Q2 dashboard", "Q2 dashboard attached.", [att(pdf(lines, title="Q2 Dashboard"), "application/pdf", "Q2_2026_dashboard.pdf")])


@M("overdose-dashboard-csv-monthly", "none",
   "CSV of monthly overdose ED visits and naloxone administrations by county; aggregate public-health data",
   "2026-06-03 08:00", trap=True)
def _():
    rows = [["month", "county", "overdose_ed_visits", "naloxone_admin_ems", "fatal_overdoses_prelim"],
            ["2026-03", "Fenwick", 48, 37, 6], ["2026-04", "Fenwick", 52, 41, 4], ["2026-03", "Harlow", 19, 15, "<5"],
            ["2026-04", "Harlow", 23, 18, "<5"]]
    return mail(addr("Overdose Data to Action", "od2a@dph-state.example.org"), addr("Harm Reduction Coalition", "coalition@harmreduction-fenwick.example.org"),
                "April dashboard data", "April numbers attached for the coalition meeting.",
                [csv_part(rows, "overdose_dashboard_2026-04.csv")])


@M("flu-compliance-xlsx-by-department", "none",
   "XLSX of staff influenza vaccination rates by department; aggregate, no individual",
   "2026-12-03 11:15", trap=True)
def _():
    rows = [["Department", "Staff", "Vaccinated", "Exempt", "Rate"],
            ["Behavioral Health", 84, 71, 6, "84.5%"], ["Emergency", 132, 125, 3, "94.7%"],
            ["Halvard Clinic", 29, 28, 1, "96.6%"], ["Dialysis East", 41, 36, 2, "87.8%"]]
    return mail(addr("Employee Health", "employee-health@" + QF), addr("Department Directors", "directors@" + QF),
                "Flu campaign status", "Department rates as of today attached. Campaign ends 12/15.",
                [att(xlsx([("By department", rows)]), CT_XLSX, "flu_campaign_1203.xlsx")])


@M("grant-report-docx-aggregate-outcomes", "none",
   "DOCX grant progress report with aggregate client counts and viral suppression rates; no individual",
   "2026-10-30 17:00", trap=True)
def _():
    doc = docx([("h", "Halvard Clinic - Annual Progress Report, Part A Services"), "",
                "Unduplicated clients served: 412 (prior year 388).", "Newly diagnosed clients linked to care within 30 days: 27 of 29 (93%).",
                "Viral suppression among clients with at least one visit: 91.3%.", "Medical case management encounters: 3,104.",
                "PrEP programme: 236 active users; 0 seroconversions.", "", "Prepared by: Halvard Clinic Programme Office"],
               title="Progress report")
    return mail(addr("Halvard Programme Office", "programs@" + HALVARD), addr("Grants Office", "grants@dph-state.example.org"),
                "Annual progress report", "Our annual progress report is attached.",
                [att(doc, CT_DOCX, "Halvard_Annual_Progress_Report.docx")])


@M("satisfaction-survey-xlsx-aggregate", "none",
   "XLSX of aggregate patient-satisfaction scores per clinic; no respondent identified",
   "2026-09-09 14:40", trap=True)
def _():
    rows = [["Clinic", "Responses", "Likelihood to recommend", "Access", "Provider communication"],
            ["Thornbury FM", 312, "88.1", "79.4", "92.0"], ["Behavioral Health", 96, "85.3", "71.2", "90.6"],
            ["Willowmere Women's Health", 144, "90.2", "83.0", "93.1"]]
    return mail(addr("Patient Experience", "patient-experience@" + QF), addr("Clinic Managers", "clinic-managers@" + QF),
                "Q3 survey results", "Q3 top-box scores attached.",
                [att(xlsx([("Q3", rows)]), CT_XLSX, "patient_experience_Q3.xlsx")])


@M("bed-capacity-csv-units", "none",
   "CSV of staffed and available beds per unit (including inpatient psychiatry); counts only",
   "2026-01-15 05:00", trap=True)
def _():
    rows = [["unit", "staffed_beds", "occupied", "available", "pending_admits"],
            ["5 North Med-Surg", 32, 30, 2, 3], ["4 West Inpatient Psychiatry", 20, 18, 2, 1], ["ICU", 16, 15, 1, 2],
            ["Labor & Delivery", 12, 7, 5, 0]]
    return mail(addr("Bed Management", "bed-management@" + QF), addr("House Supervisors", "house-sups@" + QF),
                "0500 capacity", "0500 capacity snapshot attached.", [csv_part(rows, "capacity_0115_0500.csv", cte="7bit")])


@M("zabolevaemost-xlsx-po-rayonam", "none",
   "Russian (KOI8-R) note with an XLSX of aggregate HIV incidence by district; no individual",
   "2026-02-19 10:30", lang="ru", trap=True, tz=3)
def _():
    rows = [["Район", "Новые случаи ВИЧ, 2025", "На 100 тыс. населения", "Изменение к 2024"],
            ["Центральный", 118, 41.2, "-6%"], ["Северный", 74, 35.8, "-2%"], ["Приморский", 96, 38.4, "+1%"]]
    body = ("Коллеги,\n\nво вложении сводные данные о заболеваемости ВИЧ по районам за 2025 год "
            "для подготовки годового отчёта.\n\nОтдел эпидемиологии")
    return mail(addr("Отдел эпидемиологии", "epid@city-aids-center.example.org", "koi8-r"),
                addr("Главные врачи", "chiefs@city-aids-center.example.org", "koi8-r"),
                "Сводные данные за 2025 год", body,
                [att(xlsx([("2025", rows)]), CT_XLSX, "hiv_2025_by_district.xlsx")], cs="koi8-r", cte="8bit")


# ---- invoices, orders, price lists ---------------------------------------
@M("invoice-pdf-wound-supplies", "none",
   "PDF supplier invoice for wound dressings, insulin syringes and gauze to a clinic; business-to-business",
   "2026-02-24 07:45", trap=True)
def _():
    lines = [("h", "Sable Medical Supply - Invoice INV-260224-118"), "Bill to: Pelham Home Health, 220 Canal Street, Fenwick OH 45999",
             "PO: PH-PO-7731    Terms: Net 30", "", "Qty  Item                                          Unit      Ext",
             "40   Calcium alginate dressing 4x4 (box of 10)      $38.20   $1,528.00",
             "20   Foam border dressing 6x6 (box of 10)           $41.75     $835.00",
             "10   Insulin syringe 0.5 mL 31G (box of 100)        $18.90     $189.00",
             "30   Gauze sponge 4x4 sterile (tray of 25)          $6.10      $183.00", "", "Total due: $2,735.00",
             "Remit to: Sable Medical Supply, PO Box 1187, Fenwick OH 45999 - (614) 555-0178"]
    return mail(addr("Sable Medical Supply AR", "ar@" + SABLE), addr("Pelham Accounts Payable", "ap@" + PELHAM),
                "Invoice INV-260224-118", "Invoice attached. Thank you for your business.",
                [att(pdf(lines, title="Invoice"), "application/pdf", "INV-260224-118.pdf")])


@M("purchase-order-xlsx-naloxone-kits", "none",
   "A treatment centre's purchasing desk sends a vendor a PO for naloxone kits and test strips; sensitive display name but no individual",
   "2026-03-18 12:05", trap=True)
def _():
    rows = [["Line", "Item", "Qty", "Unit price", "Total"],
            [1, "Naloxone nasal spray 4 mg, 2-pack", 120, 47.5, 5700.0],
            [2, "Fentanyl test strips (pack of 100)", 10, 95.0, 950.0],
            [3, "Urine specimen cups with temp strip (case)", 6, 62.0, 372.0]]
    return mail(addr("Meridian Crest Recovery Center - Purchasing", "purchasing@" + MERIDIAN), addr("Sable Medical Supply Orders", "orders@" + SABLE),
                "PO MC-2026-0318", "Please process the attached PO. Ship to 88 Foundry Street, dock B.\n\nPurchasing" +
                sig("Hector Alvarado", "Purchasing Coordinator", "Meridian Crest Recovery Center", "(614) 555-0172"),
                [att(xlsx([("PO", rows)]), CT_XLSX, "PO_MC-2026-0318.xlsx")])


@M("chargemaster-csv-price-transparency", "none",
   "Standard-charges CSV (price transparency) listing CPT/HCPCS codes and prices for HIV tests, BRCA analysis and methadone dosing",
   "2026-01-02 00:30", trap=True)
def _():
    rows = [["code", "code_type", "description", "gross_charge", "cash_price"],
            ["87389", "CPT", "HIV-1/HIV-2 antigen/antibody screen", "92.00", "38.00"],
            ["81162", "CPT", "BRCA1/BRCA2 full sequence and deletion/duplication analysis", "2,480.00", "995.00"],
            ["H0020", "HCPCS", "Methadone administration and/or service", "31.00", "18.00"],
            ["81025", "CPT", "Urine pregnancy test", "24.00", "9.00"],
            ["90837", "CPT", "Psychotherapy, 60 minutes", "240.00", "150.00"]]
    return mail(addr("Quillfield Revenue Integrity", "revenue-integrity@" + QF), addr("Web Team", "web@" + QF),
                "2026 standard charges file", "Please publish the attached standard charges file on the price transparency page.",
                [csv_part(rows, "quillfield_standard_charges_2026.csv")])


@M("fee-schedule-xlsx-payer-contract", "none",
   "XLSX payer fee schedule by CPT code (psychotherapy, IUD insertion, office visits) from a contract negotiation",
   "2026-08-20 15:15", trap=True)
def _():
    rows = [["CPT", "Description", "2025 rate", "2026 proposed"],
            ["99213", "Office visit, established, low", 92.4, 95.2], ["90834", "Psychotherapy, 45 min", 98.1, 104.0],
            ["58300", "Insertion of IUD", 146.5, 150.9], ["11981", "Insertion, drug-delivery implant", 262.0, 270.0]]
    return mail(addr("Northfold Contracting", "contracting@" + NORTHFOLD), addr("Quillfield Managed Care", "managed-care@" + QF),
                "2026 fee schedule proposal", "Proposed 2026 fee schedule attached for discussion on the 27th.",
                [att(xlsx([("Fee schedule", rows)]), CT_XLSX, "Northfold_fee_schedule_2026_proposal.xlsx")])


@M("price-quote-pdf-genetic-panels", "none",
   "PDF client price quote from a genetics lab for BRCA and carrier-screening panels; institutional pricing only",
   "2026-11-04 10:50", trap=True)
def _():
    lines = [("h", "Oriel Genomics - Institutional Price Quote Q-26-0419"), "Prepared for: Quillfield Health Laboratory Outreach", "",
             "Hereditary breast/ovarian panel (8 genes) ........ $410 per test", "Expanded carrier screening (300+ genes) .......... $295 per test",
             "Familial variant (cascade) testing ............... $150 per test", "Turnaround: 14 calendar days", "", "Valid through 03/31/2027."]
    return mail(addr("Oriel Client Development", "sales@" + ORIEL), addr("Lab Outreach Manager", "lab-outreach@" + QF),
                "Quote Q-26-0419", "Quote attached per our call.",
                [att(pdf(lines, title="Quote"), "application/pdf", "Q-26-0419.pdf")])


@M("par-levels-xlsx-womens-health", "none",
   "XLSX of stock par levels for IUDs, implants, pregnancy tests and condoms in a clinic supply room; no patients",
   "2026-05-26 09:20", trap=True)
def _():
    rows = [["Item", "Par", "On hand", "Reorder"], ["Levonorgestrel IUD 52 mg", 12, 5, "Yes"], ["Copper IUD", 8, 7, "No"],
            ["Etonogestrel implant", 10, 3, "Yes"], ["Urine hCG test cassettes (box 50)", 6, 4, "No"], ["Condoms (box 144)", 10, 2, "Yes"]]
    return mail(addr("Willowmere Clinic Manager", "clinic-manager@" + WILLOW), addr("Willowmere Supply", "supply@" + WILLOW),
                "Supply room counts", "Counts from this morning attached.",
                [att(xlsx([("Par", rows)]), CT_XLSX, "par_levels_0526.xlsx")])


@M("recall-notice-pdf-test-strips", "none",
   "PDF supplier recall notice for glucose test-strip lots; no patient",
   "2026-04-01 14:00", trap=True)
def _():
    lines = [("h", "URGENT: Voluntary Product Recall - Glucose Test Strips"), "Sable Medical Supply, on behalf of the manufacturer", "",
             "Affected lots: GS2601-114, GS2601-115, GS2601-121", "Issue: strips may read falsely low at glucose values above 300 mg/dL.",
             "Action: quarantine affected lots and return them; replacement stock ships free of charge.", "Questions: (614) 555-0178"]
    return mail(addr("Sable Quality", "quality@" + SABLE), addr("Customer Contacts", "customers@" + SABLE),
                "Recall notice - glucose test strips", "Please see the attached recall notice.",
                [att(pdf(lines, title="Recall"), "application/pdf", "recall_notice_GS2601.pdf")])


@M("fatura-pdf-material-hospitalar", "none",
   "Portuguese supplier invoice PDF for syringes, gloves and rapid HIV tests to a hospital; business-to-business",
   "2026-06-30 11:35", lang="pt", trap=True, tz=-3)
def _():
    lines = [("h", "Distribuidora Médica Horizonte - Fatura n.º 2026/0630-17"), "Cliente: Hospital Vale Verde - Almoxarifado Central", "",
             "Qtd   Descrição                                   Valor", "50    Seringa descartável 5 mL (caixa c/ 100)     R$ 2.150,00",
             "80    Luva de procedimento M (caixa c/ 100)       R$ 2.960,00", "20    Teste rápido HIV 1/2 (kit c/ 25)            R$ 3.400,00",
             "", "Total: R$ 8.510,00    Vencimento: 30/07/2026"]
    body = ("Prezados,\n\nSegue a fatura referente ao pedido de compra 4471.\n\nAtenciosamente,\n"
            "Financeiro - Distribuidora Médica Horizonte\n(11) 555-0169")
    return mail(addr("Financeiro Horizonte", "financeiro@horizonte-med.example.com"), addr("Almoxarifado HVV", "almoxarifado@valeverde.example.com"),
                "Fatura do pedido 4471", body, [att(pdf(lines, title="Fatura"), "application/pdf", "fatura_2026-0630-17.pdf")],
                cs="iso-8859-1", cte="quoted-printable")


@M("preisliste-xlsx-labordiagnostik", "none",
   "German lab price list XLSX (HIV test, pregnancy test, BRCA analysis) sent to practices; no patient",
   "2026-01-13 08:30", lang="de", trap=True, tz=1)
def _():
    rows = [["Leistung", "GOÄ-Nr.", "Preis (EUR)"], ["HIV-1/2-Antikörper und p24-Antigen", "4395", 23.45],
            ["Schwangerschaftstest (hCG quantitativ)", "4024", 17.49], ["BRCA1/BRCA2-Analyse", "4872", 890.0], ["HbA1c", "3561", 9.04]]
    body = ("Sehr geehrte Damen und Herren,\n\nanbei unsere aktuelle Preisliste für Selbstzahlerleistungen 2026.\n\n"
            "Mit freundlichen Grüßen\nLabor Dr. Weidenfeld - Kundenservice\nTel. 0211 555 0150")
    return mail(addr("Labor Dr. Weidenfeld", "service@labor-weidenfeld.example.com"), addr("Praxis Dr. Keller", "praxis@keller-allgemeinmedizin.example.com"),
                "Preisliste 2026", body, [att(xlsx([("Preisliste", rows)]), CT_XLSX, "Preisliste_2026.xlsx")],
                cs="iso-8859-1", cte="quoted-printable")


@M("shipping-confirmation-collection-kits", "none",
   "Shipping confirmation with a tracking number and a packing-slip PDF for STI collection kits and HIV self-tests; no individual",
   "2026-07-09 16:25", trap=True)
def _():
    lines = [("h", "Packing Slip - Order SO-552190"), "Ship to: Halvard Clinic, 77 Mercer Street, Fenwick OH 45999", "",
             "200  Multi-site STI collection kit (swab + urine)", "50   HIV-1/2 oral self-test kit", "4    Specimen transport bag, case of 100", "",
             "Carrier: Parcelway Ground   Tracking: 1PW4471902263318"]
    return mail(addr("Sable Shipping", "shipping@" + SABLE), addr("Halvard Clinic Receiving", "receiving@" + HALVARD),
                "Your order SO-552190 has shipped", "Your order has shipped. Tracking number 1PW4471902263318. Packing slip attached.",
                [att(pdf(lines, title="Packing Slip"), "application/pdf", "packing_slip_SO-552190.pdf")])


# ---- staff, rosters, schedules -------------------------------------------
@M("staff-roster-xlsx-behavioral-health", "none",
   "XLSX staff roster of a behavioral health department: clinician names, credentials, extensions and NPIs; no patients",
   "2026-02-02 09:00", trap=True)
def _():
    rows = [["Name", "Role", "Credentials", "Ext", "NPI"],
            ["Colin Dunmore", "Psychiatrist", "MD", "0146", NPI_DUNMORE], ["Hannah Liu", "Child psychiatrist", "MD", "0148", npi("155019837")],
            ["Denise Harrow", "PHP coordinator", "RN", "0131", ""], ["Marcus Bell", "Therapist", "LCSW", "0134", npi("120488736")]]
    return mail(addr("BH Administration", "bh-admin@" + QF), addr("BH All Staff", "bh-allstaff@" + QF),
                "Updated roster", "Updated department roster attached.",
                [att(xlsx([("Roster", rows)]), CT_XLSX, "BH_roster_2026-02.xlsx")])


@M("on-call-ics-psychiatry-consults", "none",
   "ICS series for the psychiatry consult on-call rotation; staff names only",
   "2026-06-25 10:10", trap=True)
def _():
    inv = ics("Psychiatry C/L on-call - Dr. Dunmore", datetime.datetime(2026, 7, 6, 7, 0), 24 * 60,
              ("BH Scheduling", "bh-sched@" + QF), [("Colin Dunmore", "cdunmore@" + QF)],
              description="Consult-liaison pager 0147. Backup: Dr. Liu.", location="Pager", rrule="FREQ=WEEKLY;COUNT=8")
    return mail(addr("BH Scheduling", "bh-sched@" + QF), addr("Colin Dunmore", "cdunmore@" + QF),
                "Invitation: Psychiatry C/L on-call (weekly)", "July-August on-call series attached.", [ics_part(inv, filename="oncall.ics")])


@M("staff-birthdays-xlsx-unit", "none",
   "XLSX of coworkers' birthdays with full dates of birth for a unit party fund; no health content",
   "2026-01-06 12:30", trap=True)
def _():
    rows = [["Name", "Birthday", "Year"], ["Ana Lucero", "01/14", 1988], ["Jim Ostrowski", "02/03", 1975], ["Priya Natarajan", "03/22", 1991]]
    return mail(addr("Social Committee", "5north-social@" + QF), addr("5 North Staff", "5north-staff@" + QF),
                "Birthday list 2026", "Birthday list for the cake fund - let me know if yours is wrong!",
                [att(xlsx([("Birthdays", rows)]), CT_XLSX, "birthdays_2026.xlsx")])


@M("badge-ids-csv-employee-access", "none",
   "CSV of employee IDs and badge numbers for door access to the HIV clinic and psychiatry unit; identifiers but no health content",
   "2026-03-23 13:00", trap=True)
def _():
    rows = [["employee_id", "name", "badge_no", "door_group"], ["204415", "Bryce Tanaka", "B-88120", "4W Psychiatry"],
            ["204877", "Tanya Osei", "B-88133", "Halvard Clinic"], ["205002", "Ana Lucero", "B-88147", "5 North"]]
    return mail(addr("Security Access", "security-access@" + QF), addr("Facilities IT", "facilities-it@" + QF),
                "Badge access changes", "Access changes for tonight's sync attached.", [csv_part(rows, "access_changes_0323.csv", cte="7bit")])


@M("lich-truc-xlsx-nhan-vien", "none",
   "Vietnamese message with an XLSX staff duty roster of a dental clinic; staff only",
   "2026-09-01 08:00", lang="vi", trap=True, tz=7)
def _():
    rows = [["Ngày", "Bác sĩ trực", "Điều dưỡng", "Lễ tân", "Điện thoại"],
            ["07/09", "BS. Phạm Quốc Bảo", "Lê Thị Mai", "Vũ Ngọc Anh", "028 555 0170"],
            ["08/09", "BS. Đỗ Minh Tuấn", "Hoàng Thu Trang", "Vũ Ngọc Anh", "028 555 0170"]]
    body = "Chào cả nhà,\n\nGửi mọi người lịch trực tháng 9 trong tệp đính kèm.\n\nQuản lý phòng khám"
    return mail(addr("Quản lý Nha khoa Hòa An", "quanly@hoaan-dental.example.com"), addr("Nhân viên", "nhanvien@hoaan-dental.example.com"),
                "Lịch trực tháng 9", body, [att(xlsx([("Tháng 9", rows)]), CT_XLSX, "lich_truc_thang9.xlsx")], cte="base64")


@M("dangjik-ics-psychiatry-on-call", "none",
   "Korean on-call invitation (ICS) for the psychiatry department's duty doctor; staff names only",
   "2026-10-14 17:00", lang="ko", trap=True, tz=9)
def _():
    inv = ics("정신건강의학과 당직 - 이준호 선생님", datetime.datetime(2026, 10, 17, 9, 0), 24 * 60,
              ("새봄병원 의국", "office@saebom-hospital.example.com"), [("이준호", "jh.lee@saebom-hospital.example.com")],
              description="당직 전화 02-555-0158. 응급실 협진 포함.", utc=True, prodid="-//Saebom//Dangjik//KO")
    body = "이준호 선생님,\n\n10월 17일 당직 일정 첨부합니다.\n\n의국 드림"
    return mail(addr("새봄병원 의국", "office@saebom-hospital.example.com", "euc-kr"), addr("이준호", "jh.lee@saebom-hospital.example.com", "euc-kr"),
                "당직 일정 안내", body, [ics_part(inv, filename="dangjik.ics")], cs="euc-kr", cte="quoted-printable")


@M("boluntaryo-ics-flu-clinic", "none",
   "Tagalog invitation (ICS) for volunteers at a free flu-vaccine clinic; no patient",
   "2026-09-30 07:40", lang="tl", trap=True, tz=8)
def _():
    inv = ics("Boluntaryo: Libreng bakuna kontra trangkaso", datetime.datetime(2026, 10, 10, 0, 0), 6 * 60,
              ("Barangay Health Office", "health@brgy-sanroque.example.org"), [("Mga Boluntaryo", "volunteers@brgy-sanroque.example.org")],
              description="Pagpaparehistro, pila at snacks. Magsuot ng asul na t-shirt.", location="Covered court, Barangay San Roque",
              utc=True, prodid="-//Brgy San Roque//Kalendaryo//TL")
    body = ("Magandang araw sa lahat!\n\nSalamat sa pagpirma bilang boluntaryo. Nakalakip ang imbitasyon para sa Oktubre 10, "
            "8 ng umaga hanggang 2 ng hapon.\n\nBarangay Health Office")
    return mail(addr("Barangay Health Office", "health@brgy-sanroque.example.org"), addr("Mga Boluntaryo", "volunteers@brgy-sanroque.example.org"),
                "Iskedyul ng boluntaryo - Oktubre 10", body, [ics_part(inv, filename="boluntaryo.ics")])


@M("tumor-board-ics-case-list-separate", "none",
   "Tumor board meeting invitation (ICS); the case list is said to follow by secure mail, and none is included",
   "2026-04-16 15:30", trap=True)
def _():
    inv = ics("Breast Tumor Board", datetime.datetime(2026, 4, 21, 7, 0), 60, ("Cancer Center Coordinator", "tumorboard@" + QF),
              [("Breast Surgery", "breastsurgery@" + QF), ("Oncology", "oncology@" + QF), ("Radiology", "radiology@" + QF)],
              description="Case list will be sent separately via secure mail the day before. Join by video: https://meet.quillfield.example.org/tb-breast",
              location="Cancer Center conference room B")
    return mail(addr("Cancer Center Coordinator", "tumorboard@" + QF), addr("Breast Tumor Board", "tb-breast@" + QF),
                "Invitation: Breast Tumor Board", "Please accept the attached invitation.", [ics_part(inv, filename="tumor_board.ics")])


@M("grand-rounds-ics-resistant-depression", "none",
   "Grand rounds invitation (ICS) on treatment-resistant depression, ketamine and TMS; education, no patient",
   "2026-09-22 12:00", trap=True)
def _():
    inv = ics("Grand Rounds: Treatment-resistant depression - esketamine, TMS and what comes next", datetime.datetime(2026, 10, 1, 12, 0), 60,
              ("Medical Staff Office", "medstaff@" + QF), [("All Medical Staff", "medstaff-all@" + QF)],
              description="Speaker: Colin Dunmore, MD. 1.0 CME credit.", location="Auditorium A")
    return mail(addr("Medical Staff Office", "medstaff@" + QF), addr("All Medical Staff", "medstaff-all@" + QF),
                "Grand Rounds Oct 1", "Lunch provided.", [ics_part(inv, filename="grand_rounds.ics")])


@M("room-booking-ics-skills-group-training", "none",
   "Room booking (ICS) for a staff training on running DBT skills groups; no clients",
   "2026-08-11 09:40", trap=True)
def _():
    inv = ics("Staff training: facilitating DBT skills groups", datetime.datetime(2026, 8, 18, 13, 0), 180,
              ("Ashgrove Office Manager", "office@" + ASHGROVE), [("Clinical Staff", "clinicians@" + ASHGROVE)],
              description="Group room B is booked. Bring the skills manual.", location="Ashgrove Counseling Group, group room B")
    return mail(addr("Ashgrove Office Manager", "office@" + ASHGROVE), addr("Clinical Staff", "clinicians@" + ASHGROVE),
                "Room booked - training 8/18", "Booked. Invite attached.", [ics_part(inv, filename="training.ics")])


# ---- education, marketing, policy ----------------------------------------
@M("agenda-pdf-prep-oud-symposium", "none",
   "Conference agenda PDF on PrEP, HIV care and opioid use disorder treatment; no individual",
   "2026-02-11 10:20", trap=True)
def _():
    lines = [("h", "Regional Symposium on HIV Prevention and Addiction Care"), "Saturday, April 18, 2026 - Quillfield Conference Center", "",
             "08:00  Registration and breakfast", "08:30  Long-acting injectable PrEP: who, when and how", "09:30  Rapid ART start after a new HIV diagnosis",
             "10:45  Buprenorphine in the emergency department", "11:45  Methadone take-home flexibilities: what the data show",
             "13:00  Panel: integrating HIV and substance-use care", "", "Register at https://events.quillfield.example.org/symposium"]
    return mail(addr("Quillfield CME", "cme@" + QF), addr("Regional Clinicians", "clinicians-list@" + QF),
                "Save the date: April 18 symposium", "Agenda attached. 5.5 CME credits.",
                [att(pdf(lines, title="Agenda"), "application/pdf", "Symposium_Agenda_2026.pdf")])


@M("brochure-pdf-fertility-services", "none",
   "Marketing brochure PDF for a fertility centre (IVF, egg freezing, aggregate success rates); no individual",
   "2026-03-30 09:00", trap=True)
def _():
    lines = [("h", "Brightwater Fertility Center"), "Building families since 2009", "",
             "- IVF with genetic testing of embryos", "- Egg freezing for medical and personal reasons", "- Donor egg and gestational carrier programmes",
             "- LGBTQ+ family building", "", "2024 live birth rate per transfer, patients under 35: 52%", "",
             "Free information evening every first Tuesday. Call (614) 555-0183."]
    html = ("<html><body><h2>Brightwater Fertility Center</h2><p>Our new brochure is attached. "
            "Join our free information evening on the first Tuesday of every month.</p></body></html>")
    return mail(addr("Brightwater Fertility Center", "hello@" + BRIGHT), addr("Newsletter Subscribers", "subscribers@" + BRIGHT),
                "Discover our services", "Our new brochure is attached. Join our free information evening on the first Tuesday of every month.",
                [att(pdf(lines, title="Brochure"), "application/pdf", "Brightwater_Brochure_2026.pdf")], html=html)


@M("policy-docx-part2-confidentiality", "none",
   "Policy manual DOCX on confidentiality of substance-use disorder records and consent; no individual",
   "2026-01-27 14:10", trap=True)
def _():
    doc = docx([("h", "Policy MC-PRIV-004: Confidentiality of SUD Patient Records"), "Effective 02/16/2026", "",
                ("b", "Purpose"), "To describe how Meridian Crest protects records covered by 42 CFR Part 2.",
                ("b", "Policy"), "Records identifying a person as having applied for or received substance-use disorder treatment may be disclosed only "
                "with written consent, except as permitted by law (medical emergencies, audits, qualified service organisations).",
                ("b", "Procedure"), "1. Verify consent before every disclosure.", "2. Attach the required notice prohibiting re-disclosure.",
                "3. Log every disclosure in the accounting-of-disclosures register."], title="MC-PRIV-004")
    return mail(addr("Meridian Crest Compliance", "compliance@" + MERIDIAN), addr("All Staff", "allstaff@" + MERIDIAN),
                "Revised privacy policy", "Please read and attest by 2/16.", [att(doc, CT_DOCX, "MC-PRIV-004_SUD_Records.docx")])


@M("policy-docx-genetic-test-ordering", "none",
   "Policy DOCX on ordering genetic tests and pre-test counselling (GINA notice); no patient",
   "2026-05-05 10:35", trap=True)
def _():
    doc = docx([("h", "Policy LAB-GEN-012: Ordering Germline Genetic Tests"), "",
                "Germline tests (for example BRCA1/2, Lynch syndrome panels, carrier screening, predictive tests for adult-onset conditions) "
                "require documented pre-test counselling.", "Predictive testing for Huntington disease is offered only through the Neurogenetics Clinic protocol.",
                "Patients receive the GINA information sheet before consent.", "Results are released to the portal only after disclosure by the ordering clinician."],
               title="LAB-GEN-012")
    return mail(addr("Laboratory Compliance", "lab-compliance@" + QF), addr("Ordering Providers", "ordering-providers@" + QF),
                "New genetic testing policy", "New policy attached, effective June 1.", [att(doc, CT_DOCX, "LAB-GEN-012.docx")])


@M("handout-pdf-type2-diabetes", "none",
   "General patient-education PDF on living with type 2 diabetes sent to a clinic list; no individual",
   "2026-11-10 08:15", trap=True)
def _():
    lines = [("h", "Living Well with Type 2 Diabetes"), "", "Check your blood sugar as your care team advises.",
             "Most adults aim for an A1c below 7%.", "Metformin is often the first medicine; others may be added.", "Walk 30 minutes most days.",
             "Look at your feet every day.", "", "Quillfield Diabetes Education  |  (614) 555-0161"]
    return mail(addr("Diabetes Education", "diabetes-ed@" + QF), addr("Primary Care Clinics", "primary-care@" + QF),
                "New handout for World Diabetes Day", "Print-ready handout attached for your waiting rooms.",
                [att(pdf(lines, title="Diabetes handout"), "application/pdf", "Living_Well_Type2_Diabetes.pdf")])


@M("handout-docx-birth-control-options", "none",
   "General education DOCX comparing contraceptive methods; no individual",
   "2026-06-08 11:00", trap=True)
def _():
    doc = docx([("h", "Your Birth Control Options"), "",
                ("t", [["Method", "How well it works (typical use)", "How often"],
                       ["Implant", "More than 99%", "Up to 3-5 years"], ["Hormonal IUD", "More than 99%", "Up to 8 years"],
                       ["Copper IUD", "More than 99%", "Up to 10-12 years"], ["Pill", "About 93%", "Daily"],
                       ["Condoms", "About 87%", "Every time"]]),
                "Emergency contraception can be used up to 5 days after unprotected sex."], title="Birth control options")
    return mail(addr("Willowmere Health Education", "education@" + WILLOW), addr("Willowmere Front Desk", "frontdesk@" + WILLOW),
                "Updated handout", "Updated handout attached - please replace the copies in the racks.",
                [att(doc, CT_DOCX, "Birth_Control_Options_2026.docx")])


@M("faq-pdf-hereditary-cancer-testing", "none",
   "General FAQ PDF about BRCA and hereditary cancer testing; no individual",
   "2026-10-01 13:00", trap=True)
def _():
    lines = [("h", "Hereditary Cancer Testing: Frequently Asked Questions"), "",
             "Q: Who should think about BRCA testing?", "A: People with a strong family history of breast, ovarian, pancreatic or prostate cancer.",
             "Q: Will my insurer see my result?", "A: Federal law (GINA) limits use of genetic information by health insurers and employers.",
             "Q: What if I test positive?", "A: A genetic counsellor will explain screening and risk-reducing options."]
    return mail(addr("Cancer Genetics Program", "cancer-genetics@" + QF), addr("Breast Health Navigator", "breast-navigator@" + QF),
                "FAQ sheet", "FAQ sheet for the October awareness table attached.",
                [att(pdf(lines, title="FAQ"), "application/pdf", "Hereditary_Cancer_FAQ.pdf")])


@M("volante-pdf-feria-de-salud", "none",
   "Spanish community flyer PDF for a health fair with free HIV and glucose testing; no individual",
   "2026-08-27 18:30", lang="es", trap=True)
def _():
    lines = [("h", "Feria de Salud Comunitaria"), "Sábado 12 de septiembre, 10:00 a 14:00", "Parque Riverside, Fenwick", "",
             "- Pruebas gratuitas de VIH (resultado en 20 minutos)", "- Medición de glucosa y presión arterial", "- Vacunas contra la gripe",
             "- Información sobre seguros médicos", "", "¡No necesita cita! Más información: (614) 555-0114"]
    body = ("Hola a todos:\n\nAdjunto el volante de la feria de salud. Por favor, compártanlo con sus comunidades.\n\n"
            "Gracias,\nOficina de Salud Comunitaria\nQuillfield Health")
    return mail(addr("Salud Comunitaria Quillfield", "community@" + QF), addr("Líderes comunitarios", "community-leaders@" + QF),
                "Volante: Feria de Salud del 12 de septiembre", body,
                [att(pdf(lines, title="Feria de Salud"), "application/pdf", "volante_feria_salud.pdf")], cte="quoted-printable")


@M("glosario-csv-terminos-medicos", "none",
   "Spanish message with an English-Spanish glossary CSV for interpreters (HIV, pregnancy test, opioid use disorder); no individual",
   "2026-04-20 15:20", lang="es", trap=True)
def _():
    rows = [["english", "español", "notas"], ["HIV viral load", "carga viral del VIH", ""],
            ["pregnancy test", "prueba de embarazo", ""], ["opioid use disorder", "trastorno por consumo de opioides", "no usar 'adicto'"],
            ["genetic counselling", "asesoramiento genético", ""], ["blood pressure", "presión arterial", ""]]
    body = ("Equipo de intérpretes:\n\nAdjunto el glosario actualizado. Añadimos términos de salud mental y adicciones.\n\n"
            "Un saludo,\nServicios de Idiomas")
    return mail(addr("Servicios de Idiomas", "language-services@" + QF), addr("Intérpretes", "interpreters@" + QF),
                "Glosario actualizado", body, [csv_part(rows, "glosario_2026.csv", cte="quoted-printable")], cs="iso-8859-1", cte="8bit")


@M("ordre-du-jour-pdf-sante-mentale", "none",
   "French agenda PDF for a regional day on mental health and addictions; no individual",
   "2026-03-02 09:45", lang="fr", trap=True, tz=1)
def _():
    lines = [("h", "Journée régionale Santé mentale et Addictions"), "Jeudi 9 avril 2026 - Centre des congrès", "",
             "09h00  Accueil", "09h30  Repérage de la dépression en soins primaires", "10h45  Traitements de substitution aux opiacés : actualités",
             "14h00  Troubles du comportement alimentaire chez l'adolescent", "15h30  Table ronde : parcours de soins coordonnés"]
    body = ("Chères et chers collègues,\n\nVeuillez trouver ci-joint le programme de la journée du 9 avril.\n"
            "Inscription gratuite mais obligatoire.\n\nLe comité d'organisation")
    return mail(addr("Comité d'organisation", "journee-sm@riviere-claire.example.com"), addr("Professionnels du réseau", "reseau@riviere-claire.example.com"),
                "Programme de la journée du 9 avril", body, [att(pdf(lines, title="Programme"), "application/pdf", "programme_9_avril.pdf")],
                cs="windows-1252", cte="quoted-printable")


@M("tangniaobing-docx-big5-handout", "none",
   "Traditional Chinese (Big5) message with a DOCX diet handout for people with diabetes; general education",
   "2026-11-12 10:00", lang="zh", trap=True, tz=8)
def _():
    doc = docx([("h", "糖尿病飲食指南"), "", "一、定時定量，三餐規律。", "二、多吃蔬菜，少吃精緻澱粉和甜食。", "三、選擇全穀類和高纖食物。",
                "四、每週運動至少150分鐘。", "", "如有疑問，請向您的醫師或營養師諮詢。"], title="糖尿病飲食指南")
    body = "各位同仁：\n\n附件為新版糖尿病飲食衛教單張，請列印放在候診區。\n\n衛教室"
    return mail(addr("衛教室", "education@kangning-clinic.example.com", "big5"), addr("全體同仁", "staff@kangning-clinic.example.com", "big5"),
                "新版衛教單張", body, [att(doc, CT_DOCX, "diabetes_diet.docx")], cs="big5", cte="base64")


@M("khadamat-docx-clinic-services", "none",
   "Arabic marketing message with a DOCX describing a fertility clinic's services; no individual",
   "2026-12-08 12:00", lang="ar", trap=True, tz=3)
def _():
    doc = docx([("h", "خدمات عيادة النخيل للخصوبة"), "", "- أطفال الأنابيب والحقن المجهري", "- تجميد البويضات", "- استشارات الخصوبة للأزواج",
                "", "للحجز: 04-555-0163"], title="خدماتنا")
    body = "عملاءنا الكرام،\n\nنرفق لكم كتيب خدمات العيادة الجديد.\n\nمع أطيب التحيات،\nعيادة النخيل للخصوبة"
    return mail(addr("عيادة النخيل للخصوبة", "info@alnakheel-fertility.example.com"), addr("المشتركون", "subscribers@alnakheel-fertility.example.com"),
                "خدماتنا الجديدة", body, [att(doc, CT_DOCX, "services_brochure.docx")], cs="utf-8", cte="8bit")


@M("release-notes-pdf-ehr-genomics", "none",
   "EHR release notes PDF mentioning a genomic results viewer, Part 2 segmentation and a PrEP order set; no patient",
   "2026-07-13 20:00", trap=True)
def _():
    lines = [("h", "Trellis EHR 9.2 Release Notes"), "", "- New genomic results viewer with variant classification badges.",
             "- 42 CFR Part 2 segmentation: SUD encounters can be flagged and excluded from HIE exports.",
             "- PrEP order set with 3-month HIV and creatinine reminders.", "- Behavioral health flowsheets: PHQ-9 and GAD-7 trending.",
             "- Fixed: duplicate ORU acknowledgements on interface restart."]
    return mail(addr("Trellis Release Management", "releases@" + TRELLIS), addr("Customer Admins", "customer-admins@" + TRELLIS),
                "Trellis 9.2 release notes", "Release notes attached. Upgrade window opens August 1.",
                [att(pdf(lines, title="Release Notes 9.2"), "application/pdf", "Trellis_9.2_Release_Notes.pdf")])


@M("job-posting-docx-iop-therapist", "none",
   "Job posting DOCX for a therapist in a substance-use IOP; no client",
   "2026-05-18 09:05", trap=True)
def _():
    doc = docx([("h", "Now hiring: Licensed Therapist (LCSW/LPCC) - Intensive Outpatient Program"), "Meridian Crest Recovery Center, full time", "",
                "Lead evening IOP groups for adults in recovery from alcohol and opioid use disorders.", "Coordinate with prescribers of buprenorphine and naltrexone.",
                "Requirements: independent licence; experience with motivational interviewing.", "Apply: careers@meridiancrest.example.org"], title="Job posting")
    return mail(addr("Meridian Crest HR", "careers@" + MERIDIAN), addr("Social Work Job Board", "jobs@swjobs.example.net"),
                "Posting: IOP therapist", "Please post the attached job description.", [att(doc, CT_DOCX, "IOP_Therapist_Posting.docx")])


@M("benefits-summary-pdf-fertility-eap", "none",
   "HR benefits summary PDF listing fertility coverage, EAP counselling sessions and mental-health benefits; no individual",
   "2026-10-19 08:00", trap=True)
def _():
    lines = [("h", "Quillfield Health 2027 Benefits at a Glance"), "", "Medical: three plan options through Northfold Health Plan.",
             "Fertility: IVF and egg freezing covered up to $20,000 lifetime.", "Employee Assistance Program: 8 free counselling sessions per issue.",
             "Mental health and substance-use treatment: same cost-sharing as medical care.", "", "Open enrolment: November 2-16."]
    return mail(addr("Quillfield Benefits", "benefits@" + QF), addr("All Employees", "all-employees@" + QF),
                "Open enrolment starts Nov 2", "Benefits summary attached.", [att(pdf(lines, title="Benefits"), "application/pdf", "Benefits_2027.pdf")])


@M("registration-receipt-pdf-addiction-summit", "none",
   "borderline: registration receipt PDF naming a clinician attending an addiction medicine summit; attendance is not health care",
   "2026-02-20 19:20", trap=True)
def _():
    lines = [("h", "Addiction Medicine Summit 2026 - Registration Receipt"), "", "Attendee: Henrik Lindgren, MD", "Organisation: Meridian Crest Recovery Center",
             "Registration: Full conference + buprenorphine workshop", "Amount paid: $695.00 (card ending 4417)", "Confirmation: AMS26-08812"]
    return mail(addr("AMS Registration", "registration@ams-summit.example.org"), addr("Henrik Lindgren", "hlindgren@" + MERIDIAN),
                "Your registration receipt", "Thank you for registering. Your receipt is attached.",
                [att(pdf(lines, title="Receipt"), "application/pdf", "AMS26-08812_receipt.pdf")])


@M("cme-certificate-pdf-hiv-update", "none",
   "CME certificate PDF for a named clinician who completed an HIV care update course; not about anyone's care",
   "2026-06-22 11:30", trap=True)
def _():
    lines = [("h", "Certificate of Completion"), "", "This certifies that", ("h", "Priya Vance, MD"), "",
             "completed 'HIV Care Update 2026: ART switches, PrEP and STI screening'", "and is awarded 3.0 AMA PRA Category 1 Credits.", "", "June 20, 2026"]
    return mail(addr("Quillfield CME", "cme@" + QF), addr("Priya Vance MD", "pvance@" + HALVARD),
                "Your CME certificate", "Your certificate is attached.", [att(pdf(lines, title="Certificate"), "application/pdf", "CME_certificate.pdf")])


@M("fwd-attached-testing-day-newsletter", "none",
   "Forwarded newsletter (message/rfc822) promoting an HIV testing day; no individual",
   "2026-06-19 10:05", trap=True)
def _():
    outer = ST.date
    ST.date = mkdate("2026-06-18 07:00")
    inner = mail(addr("Prevention Partners Newsletter", "news@hivpartners.example.org"), addr("Subscribers", "subscribers@hivpartners.example.org"),
                 "National HIV Testing Day is June 27",
                 "Free rapid testing at 14 sites across the region. PrEP navigators will be on site.\n"
                 "Find a site: https://hivpartners.example.org/testing-day",
                 html="<html><body><h1>National HIV Testing Day</h1><p>Free rapid testing at 14 sites. PrEP navigators on site.</p></body></html>")
    ST.date = outer
    return mail(addr("Tanya Osei", "tosei@" + HALVARD), addr("Halvard Outreach", "outreach@" + HALVARD),
                "Fwd: National HIV Testing Day is June 27", "Can we staff the Mercer Street site? See the attached newsletter.",
                [rfc822(inner, filename="National HIV Testing Day.eml")])


@M("holiday-hours-docx-dosing-schedule", "none",
   "Holiday hours notice DOCX from an opioid treatment programme to staff (general take-home arrangements); no individual",
   "2026-11-20 15:00", trap=True)
def _():
    doc = docx([("h", "Thanksgiving Holiday Hours"), "", "Thursday 11/26: dispensary open 7:00-10:00 only.", "Friday 11/27: normal hours.",
                "Eligible patients will receive a take-home dose for Thursday per programme policy; nursing will post the list internally.",
                "Counselling groups are cancelled on Thursday."], title="Holiday hours")
    return mail(addr("Meridian Crest Operations", "operations@" + MERIDIAN), addr("All Staff", "allstaff@" + MERIDIAN),
                "Thanksgiving hours", "Holiday hours attached - please post at the front desk.", [att(doc, CT_DOCX, "Holiday_Hours_Thanksgiving.docx")])


# ---- test and reference data ---------------------------------------------
@M("training-scenario-docx-zztrain", "none",
   "EHR training scenario DOCX with a fictional ZZTRAIN patient on lithium for bipolar disorder; marked training data",
   "2026-01-29 13:40", trap=True)
def _():
    doc = docx([("h", "Trellis Training Scenario BH-03 (TRAINING ENVIRONMENT ONLY)"), "",
                "Patient: ZZTRAIN, Alpha  (fictional - training domain only)", "Scenario: the patient has bipolar I disorder on lithium 900 mg daily. "
                "Order a lithium level, document a PHQ-9 and place a referral to therapy.", "", "Learning objectives: order entry, flowsheets, referral workflow."],
               title="BH-03 training scenario")
    return mail(addr("Clinical Education", "clinical-education@" + QF), addr("New Hire Class 26-02", "newhire-2602@" + QF),
                "Scenario for Thursday's lab", "Please review the scenario before class. All patients are fictional training records.",
                [att(doc, CT_DOCX, "Scenario_BH-03.docx")])


@M("template-filename-placeholders-docx", "none",
   "A blank discharge template whose file name is made of placeholders (Patient_Name_DOB_MRN); no individual",
   "2026-03-13 10:25", trap=True)
def _():
    doc = docx([("h", "Discharge Instructions"), "Patient: {{patient_name}}   DOB: {{dob}}   MRN: {{mrn}}", "Diagnosis: {{diagnosis}}",
                "Medications: {{med_list}}", "Follow-up: {{follow_up}}"], title="Discharge template")
    return mail(addr("Clinical Documentation", "clin-doc@" + QF), addr("Urgent Care Leads", "uc-leads@" + QF),
                "Template for review", "New merge template for review. Field codes in double braces.",
                [att(doc, CT_DOCX, "Patient_Name_DOB_MRN_discharge_template.docx")])


@M("analyzer-qc-csv-viral-load-controls", "none",
   "CSV of analyzer quality-control results for HIV-1 RNA and glucose control levels; no patient",
   "2026-04-04 06:30", trap=True)
def _():
    rows = [["run", "analyte", "control", "target", "result", "status"],
            ["2026-04-04 05:10", "HIV-1 RNA", "Low positive control", "2.70 log", "2.68 log", "PASS"],
            ["2026-04-04 05:10", "HIV-1 RNA", "High positive control", "5.40 log", "5.44 log", "PASS"],
            ["2026-04-04 05:40", "Glucose", "Level 1", "95 mg/dL", "97 mg/dL", "PASS"],
            ["2026-04-04 05:40", "Glucose", "Level 2", "290 mg/dL", "301 mg/dL", "WARN 1-2s"]]
    return mail(addr("Molecular Lab QC", "molecular-qc@" + KESTREL), addr("Lab Supervisors", "lab-supervisors@" + KESTREL),
                "Morning QC", "Morning QC attached. Level 2 glucose flagged 1-2s; rerun pending.", [csv_part(rows, "qc_0404.csv", cte="7bit")])


@M("hl7-ack-file-batch", "none",
   "HL7 ACK attachment acknowledging a batch (MSA|AA); no patient segment",
   "2026-05-13 02:02", trap=True)
def _():
    m = hl7("MSH|^~\\&|LANTERNLINK|QMC|KESTREL_LIS|KESTREL|20260513020155||ACK^R01^ACK|ACK88310|P|2.5.1",
            "MSA|AA|KL88310044|Message accepted")
    return mail(addr("Lanternlink Alerts", "alerts@lanternlink.example.com"), addr("Kestrel Interface Support", "interface-support@" + KESTREL),
                "ACK for KL88310044", "Acknowledgement attached for your reconciliation.", [att(m, "application/hl7-v2", "ACK88310.hl7")])


@M("loinc-mapping-csv-local-codes", "none",
   "CSV mapping local lab codes to LOINC (HIV viral load, hCG, chlamydia NAAT, BRCA panel); reference data",
   "2026-02-16 16:45", trap=True)
def _():
    rows = [["local_code", "local_name", "loinc", "loinc_name"], ["HIVVL", "HIV-1 RNA quant", "25836-8", "HIV 1 RNA [#/volume] (viral load) in Plasma"],
            ["HCGQ", "hCG quantitative", "21198-7", "Choriogonadotropin.beta subunit [Units/volume] in Serum or Plasma"],
            ["CTNG", "Chlamydia/GC NAAT", "43304-5", "Chlamydia trachomatis rRNA [Presence] by NAA"],
            ["BRCAP", "BRCA1/2 panel", "38531-0", "BRCA1+BRCA2 gene mutations tested for"]]
    return mail(addr("Lab Informatics", "lab-informatics@" + KESTREL), addr("Interface Team", "interface-team@" + QF),
                "LOINC map v12", "Updated map attached.", [csv_part(rows, "loinc_map_v12.csv")])


@M("icd10-cheat-sheet-xlsx-billing", "none",
   "XLSX coding cheat sheet of ICD-10 codes (F11.20, F33.1, B20, Z30.011, Z31.83); reference, no patient",
   "2026-09-16 09:30", trap=True)
def _():
    rows = [["Code", "Description", "Notes"], ["F11.20", "Opioid dependence, uncomplicated", "Part 2 - restrict on HIE export"],
            ["F33.1", "Major depressive disorder, recurrent, moderate", ""], ["B20", "HIV disease", "Use Z21 for asymptomatic status"],
            ["Z30.011", "Initial prescription of contraceptive pills", ""], ["Z31.83", "Encounter for assisted reproductive fertility procedure cycle", ""]]
    return mail(addr("Coding Education", "coding-ed@" + COPPER), addr("Coders", "coders@" + COPPER),
                "Cheat sheet update", "Updated sheet attached.", [att(xlsx([("Codes", rows)]), CT_XLSX, "ICD10_cheat_sheet.xlsx")])


@M("formulary-pdf-preferred-drugs", "none",
   "Plan formulary PDF listing tiers for buprenorphine, PrEP, antidepressants and contraceptives; no member",
   "2026-12-14 07:00", trap=True)
def _():
    lines = [("h", "Northfold Health Plan - 2027 Preferred Drug List (excerpt)"), "",
             "Tier 1  buprenorphine/naloxone SL film - no PA", "Tier 1  emtricitabine/tenofovir disoproxil (PrEP) - $0 copay",
             "Tier 1  sertraline, fluoxetine, bupropion XL", "Tier 1  levonorgestrel IUD, oral contraceptives - $0 copay",
             "Tier 3  esketamine nasal spray - PA required"]
    return mail(addr("Northfold Pharmacy Services", "pharmacy@" + NORTHFOLD), addr("Participating Practices", "network-practices@" + NORTHFOLD),
                "2027 preferred drug list", "The 2027 list is attached.", [att(pdf(lines, title="PDL 2027"), "application/pdf", "Northfold_PDL_2027.pdf")])


@M("sbc-pdf-plan-coverage-summary", "none",
   "Summary of Benefits and Coverage PDF for a plan (mental health, substance use, pregnancy rows); generic, no member",
   "2026-10-26 10:00", trap=True)
def _():
    lines = [("h", "Summary of Benefits and Coverage: Northfold Silver 3500"), "Coverage period 01/01/2027 - 12/31/2027", "",
             "If you need mental health, behavioral health or substance use services: $40 copay outpatient; 30% inpatient.",
             "If you are pregnant: office visits no charge for prenatal care; delivery 30% coinsurance.",
             "Preventive care/screening/immunization: no charge."]
    return mail(addr("Northfold Marketing", "marketing@" + NORTHFOLD), addr("Brokers", "brokers@" + NORTHFOLD),
                "2027 SBCs", "SBC for the Silver 3500 plan attached.", [att(pdf(lines, title="SBC"), "application/pdf", "SBC_Silver3500_2027.pdf")])


@M("x12-997-functional-ack", "none",
   "X12 997 functional acknowledgement of a claim batch; control numbers only",
   "2026-04-20 09:40", trap=True)
def _():
    data = x12("NORTHFOLD", "COPPERLINE", "FA", "997", "005010X230",
               ["AK1*HC*419*005010X222A1", "AK9*A*1*1*1"], ctl=8831)
    return mail(addr("Northfold EDI", "edi@" + NORTHFOLD), addr("Copperline EDI", "edi@" + COPPER),
                "997 for batch 419", "Functional acknowledgement attached.", [att(data, "application/EDI-X12", "997_419.997")])


@M("redacted-hl7-vendor-ticket", "none",
   "borderline: HL7 ORU for a vendor ticket with every identifier and date replaced by XXXXX; the viral-load value has no identifiable person",
   "2026-08-07 11:55", trap=True)
def _():
    m = hl7("MSH|^~\\&|KESTREL_LIS|KESTREL|HALVARD_EHR|HALVARD|XXXXXXXXXXXXXX||ORU^R01^ORU_R01|XXXXXXXX|P|2.5.1",
            "PID|1||XXXXXXXX^^^HALVARD^MR||XXXXX^XXXXX||XXXXXXXX|U",
            "OBR|1|XXXXXXX|XXXXXXX|HIVVL^HIV-1 RNA, quantitative^L|||XXXXXXXXXXXX",
            "OBX|1|NM|25836-8^HIV 1 RNA^LN||45|copies/mL|<20|H|||F",
            "OBX|2|NM|29463-7^Log10 HIV 1 RNA^LN||1.65|log10 copies/mL||||F|||||||||||||||||||X")
    return mail(addr("Halvard Clinic IT", "it@" + HALVARD), addr("Trellis Support", "support@" + TRELLIS),
                "Ticket 55120 - OBX-2 parsing", "Redacted example attached: OBX-2 with 26 trailing components fails to parse. "
                "All identifiers and dates are replaced with X.",
                [att(m, "application/hl7-v2", "redacted_example.hl7")])


@M("courier-manifest-csv-specimen-totes", "none",
   "Courier manifest CSV of specimen tote IDs, counts and temperatures; no patient",
   "2026-07-16 18:50", trap=True)
def _():
    rows = [["tote_id", "pickup_site", "specimens", "temp_c", "seal"], ["T-44810", "Halvard Clinic", 18, 4.1, "S-00931"],
            ["T-44811", "Willowmere Women's Health", 26, 3.8, "S-00932"], ["T-44812", "Meridian Crest Recovery", 41, "ambient", "S-00933"]]
    return mail(addr("Kestrel Courier Dispatch", "courier@" + KESTREL), addr("Specimen Receiving", "receiving@" + KESTREL),
                "Route 7 manifest", "Route 7 manifest attached.", [csv_part(rows, "route7_0716.csv", cte="7bit")])


@M("incubator-log-xlsx-embryology", "none",
   "XLSX equipment log for embryology-lab incubators (temperature, CO2); no patients",
   "2026-05-01 07:15", trap=True)
def _():
    rows = [["Date", "Incubator", "Temp C", "CO2 %", "O2 %", "Initials"], ["2026-04-29", "INC-1", 37.0, 6.0, 5.1, "JP"],
            ["2026-04-29", "INC-2", 36.9, 6.1, 5.0, "JP"], ["2026-04-30", "INC-1", 37.1, 5.9, 5.0, "RK"]]
    return mail(addr("Embryology Lab", "embryology@" + BRIGHT), addr("Lab Director", "lab-director@" + BRIGHT),
                "April incubator logs", "Logs attached for the CAP binder.", [att(xlsx([("April", rows)]), CT_XLSX, "incubator_log_2026-04.xlsx")])


@M("mock-code-drill-docx-mannequin", "none",
   "Mock code drill scenario DOCX with a simulation mannequin as the 'patient'; no real person",
   "2026-09-03 14:00", trap=True)
def _():
    doc = docx([("h", "Mock Code Scenario - 6 West"), "Patient: SIM mannequin 'Stan', 64-year-old with chest pain, becomes pulseless in VF.",
                "Expected: CPR within 60 s, defibrillation within 3 min, epinephrine per ACLS.", "Debrief: 15 minutes in the family lounge."],
               title="Mock code")
    return mail(addr("Resuscitation Committee", "resus@" + QF), addr("6 West Nursing", "6west@" + QF),
                "Mock code next week", "Scenario attached for the educators. Don't share with staff before the drill!",
                [att(doc, CT_DOCX, "mock_code_6W.docx")])


@M("protocol-synopsis-docx-cardiqor", "none",
   "Trial protocol synopsis DOCX for the fictional CARDIQOR study (eligibility criteria); no participant",
   "2026-06-12 10:30", trap=True)
def _():
    doc = docx([("h", "CARDIQOR-HF3 Protocol Synopsis"), "Phase 3, randomised, double-blind, placebo-controlled", "",
                "Population: adults with heart failure and LVEF 40% or less.", "Exclusions: eGFR < 25, pregnancy, active cancer.",
                "Primary endpoint: time to cardiovascular death or heart-failure hospitalisation.", "Sites: 180; planned enrolment 4,200."],
               title="CARDIQOR-HF3 synopsis")
    return mail(addr("Research Office", "research-office@" + QF), addr("Cardiology Research", "cardiology-research@" + QF),
                "CARDIQOR-HF3 feasibility", "Synopsis attached for the feasibility questionnaire.", [att(doc, CT_DOCX, "CARDIQOR-HF3_synopsis.docx")])


@M("consent-template-docx-genomics-study", "none",
   "Blank research consent template DOCX for a genomics study; placeholders only",
   "2026-08-18 16:00", trap=True)
def _():
    doc = docx([("h", "Consent to Take Part in a Research Study: Family Cancer Genomics Registry"), "",
                "Participant name: ____________________   Date of birth: ___/___/_____",
                "We are asking you to give a blood or saliva sample for genetic testing, including BRCA1 and BRCA2.",
                "Your results will [ ] be returned to you  [ ] not be returned.", "", "Signature: ____________________   Date: __________"],
               title="Consent template")
    return mail(addr("IRB Office", "irb@" + QF), addr("Cancer Genetics Program", "cancer-genetics@" + QF),
                "Approved consent template", "The approved consent template is attached (version 3).", [att(doc, CT_DOCX, "Consent_FCGR_v3.docx")])


@M("blank-forms-zip-intake-pack", "none",
   "ZIP of blank forms (HIV test consent, Part 2 release, PHQ-9 questionnaire); all placeholders, no individual",
   "2026-01-16 09:50", trap=True)
def _():
    f1 = pdf([("h", "Consent for HIV Testing"), "Name: ____________________  DOB: ___/___/_____", "I agree to be tested for HIV. [ ] Yes [ ] No"])
    f2 = docx([("h", "Authorization to Release SUD Records (42 CFR Part 2)"), "Patient: ______________", "Release to: ______________",
               "Purpose: ______________"], title="Part 2 release")
    f3 = pdf([("h", "PHQ-9"), "Over the last 2 weeks, how often have you been bothered by:", "1. Little interest or pleasure in doing things  0 1 2 3",
              "2. Feeling down, depressed or hopeless  0 1 2 3"])
    z = mkzip([("forms/HIV_test_consent.pdf", f1), ("forms/Part2_release.docx", f2), ("forms/PHQ-9.pdf", f3)])
    return mail(addr("Forms Committee", "forms@" + QF), addr("Clinic Managers", "clinic-managers@" + QF),
                "New forms pack", "Blank forms pack attached. Please recycle the old versions.", [att(z, "application/zip", "forms_pack_2026.zip")])


# ---- lures and spam ------------------------------------------------------
@M("lure-zip-lab-results-html", "none",
   "borderline: phishing mail claiming 'your lab results' with a ZIP holding only an HTML login stub; no real patient or care",
   "2026-03-19 03:12", trap=True)
def _():
    stub = ("<html><body><h3>Patient Portal</h3><p>Sign in to view your lab results.</p>"
            "<form action=\"https://portal-login.example.net/collect\"><input name=\"u\"><input name=\"p\" type=\"password\"></form></body></html>")
    return mail(addr("Patient Portal", "no-reply@portal-notices.example.net"), addr("Undisclosed recipients", "undisclosed@mail.example.com"),
                "Your lab results are ready - action required",
                "Dear patient,\n\nYour lab results are ready. Open the attached file to view them within 24 hours or they will be deleted.",
                [att(mkzip([("Lab_Results.html", stub)]), "application/zip", "Lab_Results.zip")])


@M("spam-pdf-meds-without-prescription", "none",
   "Spam with a PDF offering buprenorphine, antidepressants and 'HIV meds' without prescription; no individual",
   "2026-05-22 04:44", trap=True)
def _():
    lines = [("h", "DISCOUNT PHARMACY - 80% OFF"), "No prescription needed!", "buprenorphine ... sertraline ... HIV meds ... fertility pills",
             "Discreet shipping worldwide", "Order: http://cheap-meds.example.net"]
    return mail(addr("Pharmacy Deals", "deals@cheap-meds.example.net"), addr("info", "info@" + ASHGROVE),
                "Save 80% on your prescriptions", "See attached catalogue.", [att(pdf(lines), "application/pdf", "catalogue.pdf")])


@M("vet-reminder-pdf-rabies-booster", "none",
   "Veterinary vaccine reminder PDF for a named owner's dog; care of a pet, not of a person",
   "2026-07-27 08:00", trap=True)
def _():
    lines = [("h", "Fenwick Animal Hospital - Vaccine Reminder"), "", "Owner: Margaret Lindqvist", "Patient: Biscuit (canine, beagle, 6 years)",
             "Due: Rabies booster and DHPP on 08/15/2026", "Also due: heartworm test", "Call (614) 555-0113 to book."]
    return mail(addr("Fenwick Animal Hospital", "reminders@fenwick-vet.example.com"), addr("Margaret Lindqvist", "mlindqvist@mail.example.com"),
                "Biscuit is due for vaccines", "Biscuit's reminder is attached.", [att(pdf(lines, title="Reminder"), "application/pdf", "Biscuit_reminder.pdf")])


@M("vcard-admissions-line-organisation", "none",
   "vCard of a treatment centre's 24/7 admissions line (organisation, not a client)",
   "2026-02-09 09:15", trap=True)
def _():
    vc = vcard("Meridian Crest Admissions", "Admissions", "Meridian Crest", org="Meridian Crest Recovery Center",
               title="24/7 detox and residential admissions", tels=[("WORK", "(614) 555-0170")], emails=["admissions@" + MERIDIAN],
               note="Call any time for detox, residential and IOP admissions. Walk-ins 8am-8pm.")
    return mail(addr("Meridian Crest Outreach", "outreach@" + MERIDIAN), addr("Quillfield ED Social Work", "ed-socialwork@" + QF),
                "Our admissions contact", "Please save our admissions line; card attached.", [att(vc, "text/vcard", "MeridianCrest_Admissions.vcf")])


@M("vcard-psychiatrist-colleague", "none",
   "vCard of a psychiatrist with NPI and office number, shared between staff; no patient",
   "2026-04-27 13:05", trap=True)
def _():
    vc = vcard("Colin Dunmore, MD", "Dunmore", "Colin", org="Quillfield Behavioral Health", title="Psychiatrist",
               tels=[("WORK", "(614) 555-0146")], emails=["cdunmore@" + QF], note="NPI %s. Clinic Mon-Thu." % NPI_DUNMORE)
    return mail(addr("Lena Ortiz", "lortiz@" + QF), addr("Front Desk", "frontdesk-bh@" + QF),
                "Dr. Dunmore contact", "Updated contact card attached.", [att(vc, "text/vcard", "Dunmore_Colin.vcf")])


# ---- ordinary office mail ------------------------------------------------
@M("potluck-signup-xlsx", "none", "Potluck sign-up spreadsheet; nothing health-related", "2026-11-16 11:11")
def _():
    rows = [["Name", "Dish", "Vegetarian?"], ["Ana", "Tamales", "No"], ["Jim", "Mac and cheese", "Yes"], ["Priya", "Samosas", "Yes"]]
    return mail(addr("5 North Social", "5north-social@" + QF), addr("5 North Staff", "5north-staff@" + QF),
                "Friendsgiving potluck", "Sign up on the sheet!", [att(xlsx([("Signup", rows)]), CT_XLSX, "potluck.xlsx")])


@M("garage-closure-pdf-notice", "none", "Parking garage closure notice PDF", "2026-03-24 16:00")
def _():
    lines = [("h", "Garage B Closure"), "Garage B levels 2-4 close 04/01-04/10 for resurfacing.", "Use Garage A or the Fernhill Road surface lot.",
             "Shuttle every 10 minutes."]
    return mail(addr("Facilities", "facilities@" + QF), addr("All Employees", "all-employees@" + QF),
                "Garage B closure", "See attached notice.", [att(pdf(lines, title="Garage"), "application/pdf", "GarageB_closure.pdf")])


@M("password-policy-docx-it", "none", "IT password policy DOCX", "2026-05-11 08:30")
def _():
    doc = docx([("h", "IT-SEC-002 Password Standard"), "Minimum 14 characters.", "Multi-factor authentication required for remote access.",
                "Passwords expire only on suspected compromise."], title="IT-SEC-002")
    return mail(addr("IT Security", "itsecurity@" + QF), addr("All Employees", "all-employees@" + QF),
                "Updated password standard", "Updated standard attached.", [att(doc, CT_DOCX, "IT-SEC-002.docx")])


@M("cafeteria-menu-pdf-week", "none", "Cafeteria weekly menu PDF", "2026-04-05 18:00")
def _():
    lines = [("h", "Quillfield Cafe - Week of April 6"), "Mon: chicken tikka, lentil soup", "Tue: tacos", "Wed: pasta bar", "Thu: BBQ", "Fri: fish and chips"]
    return mail(addr("Food Services", "food-services@" + QF), addr("All Employees", "all-employees@" + QF),
                "This week's menu", "Menu attached.", [att(pdf(lines, title="Menu"), "application/pdf", "menu_0406.pdf")])


@M("team-photo-zip-picnic", "none", "ZIP of team picnic photos (PNG)", "2026-08-31 17:45")
def _():
    z = mkzip([("picnic/IMG_0101.png", png(40, 30, 101)), ("picnic/IMG_0102.png", png(40, 30, 102))])
    return mail(addr("Ana Lucero", "alucero@" + QF), addr("5 North Staff", "5north-staff@" + QF),
                "picnic pics", "Some pics from Saturday!", [att(z, "application/zip", "picnic_photos.zip")])


@M("budget-minutes-docx-finance", "none", "Budget committee minutes DOCX", "2026-10-22 15:30")
def _():
    doc = docx([("h", "Budget Committee Minutes - October 21"), "Present: CFO, controllers, department directors.",
                "1. FY27 capital requests reviewed; imaging CT replacement approved.", "2. Travel budget held flat.", "Next meeting: November 18."],
               title="Minutes")
    return mail(addr("Finance Office", "finance@" + QF), addr("Budget Committee", "budget-committee@" + QF),
                "Minutes 10/21", "Minutes attached.", [att(doc, CT_DOCX, "Budget_Minutes_2026-10-21.docx")])


@M("expense-report-xlsx-travel", "none", "Travel expense report XLSX", "2026-04-21 12:40")
def _():
    rows = [["Date", "Item", "Amount"], ["2026-04-17", "Hotel", 189.0], ["2026-04-18", "Mileage 142 mi", 99.4], ["2026-04-18", "Parking", 18.0]]
    return mail(addr("Henrik Lindgren", "hlindgren@" + MERIDIAN), addr("Accounts Payable", "ap@" + MERIDIAN),
                "Expense report - April symposium", "Expense report and receipts attached.", [att(xlsx([("Expenses", rows)]), CT_XLSX, "expenses_april.xlsx")])


@M("itinerary-ics-flight-conference", "none", "Flight itinerary ICS for a conference trip", "2026-02-25 20:10")
def _():
    inv = ics("Flight SK 1188 Columbus - Denver", datetime.datetime(2026, 3, 14, 13, 5), 215, ("Skyline Travel", "itinerary@skyline-travel.example.com"),
              [("Priya Vance", "pvance@" + HALVARD)], description="Confirmation QW7XK2. Seat 14C.", location="Gate B12", utc=True,
              prodid="-//Skyline Travel//Itinerary//EN", method="PUBLISH")
    return mail(addr("Skyline Travel", "itinerary@skyline-travel.example.com"), addr("Priya Vance", "pvance@" + HALVARD),
                "Your itinerary QW7XK2", "Your itinerary is attached.", [ics_part(inv, method="PUBLISH", filename="itinerary.ics")])


@M("furniture-invoice-pdf-office", "none", "Office furniture invoice PDF", "2026-06-17 10:10")
def _():
    lines = [("h", "Brookline Office Interiors - Invoice 7781"), "Bill to: Ashgrove Counseling Group", "6  Task chair, mesh back   $1,794.00",
             "2  Bookcase, walnut   $620.00", "Total $2,414.00"]
    return mail(addr("Brookline Office Interiors", "billing@brookline-interiors.example.com"), addr("Ashgrove Office Manager", "office@" + ASHGROVE),
                "Invoice 7781", "Invoice attached.", [att(pdf(lines, title="Invoice 7781"), "application/pdf", "invoice_7781.pdf")])


@M("holiday-schedule-ics-office-closed", "none", "Office closure calendar entry (ICS)", "2026-12-10 09:00")
def _():
    inv = ics("Office closed - New Year's Day", datetime.datetime(2027, 1, 1, 0, 0), 24 * 60, ("HR", "hr@" + COPPER),
              [("All Staff", "allstaff@" + COPPER)], method="PUBLISH")
    return mail(addr("Copperline HR", "hr@" + COPPER), addr("All Staff", "allstaff@" + COPPER),
                "Holiday closure", "Calendar entry attached.", [ics_part(inv, method="PUBLISH", filename="holiday.ics")])


@M("mileage-log-csv-courier", "none", "Vehicle mileage log CSV", "2026-07-31 17:00")
def _():
    rows = [["date", "vehicle", "start_odometer", "end_odometer"], ["2026-07-29", "VAN-3", 48211, 48340], ["2026-07-30", "VAN-3", 48340, 48466]]
    return mail(addr("Fleet", "fleet@" + PELHAM), addr("Finance", "finance@" + PELHAM), "July mileage", "July log attached.",
                [csv_part(rows, "mileage_july.csv", cte="7bit")])


@M("printer-driver-zip-readme", "none", "ZIP with printer driver notes and a config file", "2026-09-14 13:20")
def _():
    z = mkzip([("driver/README.txt", crlf("Install the PCL6 driver, then import printer.ini.\n")),
               ("driver/printer.ini", crlf("[printer]\nhost=10.20.4.51\nduplex=on\n"))])
    return mail(addr("Service Desk", "servicedesk@" + QF), addr("Ana Lucero", "alucero@" + QF),
                "INC0044182 printer setup", "Files attached as requested.", [att(z, "application/zip", "printer_setup.zip")])


@M("fire-drill-ics-quarterly", "none", "Fire drill calendar invitation (ICS)", "2026-01-20 10:00")
def _():
    inv = ics("Fire drill - building C", datetime.datetime(2026, 1, 27, 10, 30), 30, ("Safety Office", "safety@" + QF),
              [("Building C Occupants", "bldg-c@" + QF)], description="Exit by the nearest stairwell. Do not use elevators.")
    return mail(addr("Safety Office", "safety@" + QF), addr("Building C Occupants", "bldg-c@" + QF),
                "Fire drill 1/27", "Calendar hold attached.", [ics_part(inv, filename="fire_drill.ics")])


@M("vendor-w9-scanned-image", "none",
   "A vendor's W-9 sent as a single-part image-only PDF; tax form, no health content", "2026-02-03 14:25")
def _():
    body = att(pdf_scan(77, pages=1, producer="ScanDesk 4"), "application/pdf", "W9_Brookline_Office_Interiors.pdf")
    return message(addr("Brookline Office Interiors", "billing@brookline-interiors.example.com"), addr("Vendor Setup", "vendor-setup@" + QF),
                   "W-9", body)


@M("garden-club-newsletter-pdf", "none", "Employee garden club newsletter PDF", "2026-05-03 09:00")
def _():
    lines = [("h", "Rooftop Garden Club - May"), "Tomato seedlings are in!", "Volunteer watering schedule on the board.", "Harvest swap June 12."]
    return mail(addr("Garden Club", "garden-club@" + QF), addr("Garden Club Members", "garden-members@" + QF),
                "May newsletter", "Newsletter attached.", [att(pdf(lines, title="Newsletter"), "application/pdf", "garden_may.pdf")])


@M("janitorial-contract-docx-renewal", "none", "Janitorial services contract renewal DOCX", "2026-08-25 11:45")
def _():
    doc = docx([("h", "Services Agreement Renewal"), "Between Willowmere Women's Health and BrightClean Services.",
                "Term: 09/01/2026-08/31/2027. Nightly cleaning of suites 200-240.", "Fee: $4,150 per month."], title="Renewal")
    return mail(addr("BrightClean Services", "contracts@brightclean.example.com"), addr("Willowmere Clinic Manager", "clinic-manager@" + WILLOW),
                "Renewal for signature", "Renewal agreement attached.", [att(doc, CT_DOCX, "BrightClean_Renewal_2026.docx")])


@M("vcard-new-it-technician", "none", "vCard of a new IT technician", "2026-03-11 15:35")
def _():
    vc = vcard("Dev Raman", "Raman", "Dev", org="Quillfield Health IT", title="Field Technician", tels=[("WORK", "(614) 555-0112")],
               emails=["draman@" + QF])
    return mail(addr("Service Desk", "servicedesk@" + QF), addr("Thornbury All Staff", "allstaff-thornbury@" + QF),
                "Your new onsite tech", "Dev is your onsite technician from Monday. Card attached.", [att(vc, "text/vcard", "Dev_Raman.vcf")])


@M("scanner-image-pdf-unnamed-pages", "none",
   "borderline: scanner mail with an image-only PDF and a generic name; nothing in the message identifies a person or any care",
   "2026-06-11 12:12")
def _():
    return mail(addr("MFP-HIM-2", "scanner-him2@" + QF), addr("Dana Price", "dprice@" + QF),
                "Scanned document", "Scanned from MFP-HIM-2.\nPages: 1",
                [att(pdf_scan(61, pages=1, producer="MFP Scan-to-Email"), "application/pdf", "scan_20260611_121200.pdf")])


# =================================================================== build --
def build():
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    files, rows = {}, []
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        ST.slug, ST.n, ST.date = m["slug"], 0, mkdate(m["date"], m["tz"])
        data = m["fn"]()
        name = "%03d-%s.eml" % (num, m["slug"])
        m["file"] = name
        files[m["label"] + "/" + name] = data
        rows.append("%s\t%s\t%s\n" % (name, m["label"], m["reason"]))
    return files, "".join(rows)


def write(files, tsv):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml") and lab + "/" + f not in files:
                os.remove(os.path.join(d, f))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(tsv)


# ================================================================== verify --
HOST_OK = re.compile(r"(^|\.)example\.(com|org|net)$")
NS_HOSTS = {"hl7.org", "terminology.hl7.org", "loinc.org", "snomed.info", "www.nlm.nih.gov",
            "unitsofmeasure.org", "www.w3.org", "purl.org", "schemas.openxmlformats.org"}


def _pdf_strings(b):
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\n", b, re.S):
        ln = int(re.search(rb"/Length (\d+)", m.group(1)).group(1))
        data = b[m.end():m.end() + ln]
        if b"/FlateDecode" in m.group(1):
            data = zlib.decompress(data)
        if b"/Image" in m.group(1):
            continue
        out.append(data)
    out.append(b)  # info dictionary strings
    txt = []
    for data in out:
        for s in re.finditer(rb"\((?:\\.|[^\\)])*\)", data, re.S):
            raw = s.group(0)[1:-1]
            raw = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), raw)
            raw = re.sub(rb"\\(.)", rb"\1", raw)
            txt.append(raw.decode("cp1252", "replace"))
    return "\n".join(txt)


def pdf_check(b, where):
    errs = []
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", b)
    if not m or not b.startswith(b"%PDF-1."):
        return ["%s: PDF trailer" % where]
    off = int(m.group(1))
    if b[off:off + 4] != b"xref":
        return ["%s: startxref offset" % where]
    hdr = re.match(rb"xref\n0 (\d+)\n", b[off:])
    n = int(hdr.group(1))
    pos = off + hdr.end()
    for i in range(n):
        ent = b[pos + 20 * i: pos + 20 * i + 20]
        if len(ent) != 20 or not ent.endswith(b" \n"):
            errs.append("%s: xref entry %d" % (where, i))
            continue
        if i == 0:
            continue
        o = int(ent[:10])
        if not b[o:].startswith(b"%d 0 obj" % i):
            errs.append("%s: object %d not at %d" % (where, i, o))
    for sm in re.finditer(rb"<<([^<>]*(?:<<[^<>]*>>[^<>]*)*)>>\nstream\n", b):
        ln = int(re.search(rb"/Length (\d+)", sm.group(1)).group(1))
        if b[sm.end() + ln: sm.end() + ln + 10] != b"\nendstream":
            errs.append("%s: stream length" % where)
        elif b"/FlateDecode" in sm.group(1):
            try:
                zlib.decompress(b[sm.end():sm.end() + ln])
            except zlib.error:
                errs.append("%s: bad flate" % where)
    if not re.search(rb"/Type /Catalog", b):
        errs.append("%s: no catalog" % where)
    return errs


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def inspect_file(name, data, where, errs):
    """Validate an attachment by its file name; return its text."""
    low = name.lower()
    try:
        if low.endswith((".docx", ".xlsx", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            if z.testzip() is not None:
                errs.append("%s: zip CRC" % where)
            names = z.namelist()
            for zi in z.infolist():
                if zi.date_time[0] != 2026:
                    errs.append("%s: zip time" % where)
            if low.endswith(".docx") and "word/document.xml" not in names:
                errs.append("%s: docx without word/document.xml" % where)
            if low.endswith(".xlsx"):
                for need in ("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"):
                    if need not in names:
                        errs.append("%s: xlsx without %s" % (where, need))
            parts = []
            for n in names:
                b = z.read(n)
                if n.endswith((".xml", ".rels")) and (low.endswith((".docx", ".xlsx"))):
                    t = _xml_text(b)
                    if not n.startswith(("[Content", "_rels", "xl/_rels", "word/_rels")):
                        parts.append(t)
                else:
                    parts.append(inspect_file(n, b, where + "!" + n, errs))
                if low.endswith(".xlsx") and n == "xl/sharedStrings.xml":
                    r = ET.fromstring(b)
                    if int(r.get("uniqueCount")) != len(list(r)):
                        errs.append("%s: sharedStrings count" % where)
            return "\n".join(parts + names)
        if low.endswith(".pdf"):
            errs.extend(pdf_check(data, where))
            return _pdf_strings(data)
        if low.endswith(".json"):
            return json.dumps(json.loads(data.decode("utf-8")), ensure_ascii=False)
        if low.endswith(".xml"):
            return _xml_text(data)
        if low.endswith((".ics", ".vcf")):
            t = data.decode("utf-8")
            begins = re.findall(r"^BEGIN:(\w+)", t, re.M)
            ends = re.findall(r"^END:(\w+)", t, re.M)
            if collections.Counter(begins) != collections.Counter(ends):
                errs.append("%s: BEGIN/END" % where)
            for l in t.split("\r\n"):
                if len(l.encode("utf-8")) > 75:
                    errs.append("%s: long ics line" % where)
            if "\n" in t.replace("\r\n", ""):
                errs.append("%s: bare LF in ics" % where)
            return t.replace("\r\n ", "")
        if low.endswith((".837", ".835", ".x12", ".edi", ".997")):
            t = data.decode("ascii")
            segs = [s.strip() for s in t.split("~") if s.strip()]
            if len(segs[0]) != 105:
                errs.append("%s: ISA length %d" % (where, len(segs[0])))
            st = [i for i, s in enumerate(segs) if s.startswith("ST*")]
            se = [i for i, s in enumerate(segs) if s.startswith("SE*")]
            for a, b_ in zip(st, se):
                if int(segs[b_].split("*")[1]) != b_ - a + 1:
                    errs.append("%s: SE count" % where)
            return t
        if low.endswith((".hl7", ".txt", ".csv", ".tsv", ".html", ".htm", ".eml", ".dat")):
            t = data.decode("utf-8") if not low.endswith((".csv", ".tsv", ".txt")) else None
            if t is None:
                for cs in ("utf-8", "cp1252"):
                    try:
                        t = data.decode(cs)
                        break
                    except UnicodeDecodeError:
                        pass
            if low.endswith(".hl7") and not t.startswith("MSH|^~\\&|"):
                errs.append("%s: HL7 without MSH" % where)
            return t
    except Exception as e:  # noqa
        errs.append("%s: cannot read %s: %r" % (where, name, e))
        return ""
    return ""


def check_hosts(t, where, errs):
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
        if not HOST_OK.search(m.group(1).lower()):
            errs.append("%s: address host %s" % (where, m.group(1)))
    for m in re.finditer(r"(?:https?|ftp)://([^/\s\"'<>):]+)", t):
        h = m.group(1).lower()
        if not HOST_OK.search(h) and h not in NS_HOSTS:
            errs.append("%s: URL host %s" % (where, h))
    for m in re.finditer(r"\b(www\.[\w-]+(?:\.[\w-]+)+)", t):
        h = m.group(1).lower()
        if not HOST_OK.search(h) and h not in NS_HOSTS:
            errs.append("%s: host %s" % (where, h))
    for m in re.finditer(r"\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|de|fr|es|br|vn|cn|kr|ru|ph|sa|ca|mx|info))\b", t, re.I):
        h = m.group(1).lower()
        if not HOST_OK.search(h) and h not in NS_HOSTS:
            errs.append("%s: host-like %s" % (where, h))
    for m in re.finditer(r"\b555[-. ](\d{4})\b", t):
        if not m.group(1).startswith("01"):
            errs.append("%s: phone 555-%s" % (where, m.group(1)))
    for m in re.finditer(r"(?<![\d-])\(?(\d{3})\)?[-. ](\d{3})-(\d{4})\b", t):
        if m.group(2) != "555" or not m.group(3).startswith("01"):
            errs.append("%s: phone-like %s" % (where, m.group(0)))
    for m in re.finditer(r"(?:NPI\W{0,12}|\*XX\*|us-npi\W+value\W+|2\.16\.840\.1\.113883\.4\.6\" extension=\")(\d{10})\b", t):
        if not npi_ok(m.group(1)):
            errs.append("%s: NPI %s" % (where, m.group(1)))
    for m in re.finditer(r"\bDEA\W{0,12}([A-Z]{2}\d{7})\b", t):
        if not dea_ok(m.group(1)):
            errs.append("%s: DEA %s" % (where, m.group(1)))


def check_message(rel, data, errs, info):
    where = rel
    if re.search(rb"\r(?!\n)|(?<!\r)\n", data):
        errs.append("%s: not CRLF only" % where)
    for l in data.split(b"\r\n"):
        if len(l) > 998:
            errs.append("%s: line over 998" % where)
            break
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (where, h))
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if d.year != 2026 or d.tzinfo is None:
        errs.append("%s: date" % where)
    if not re.match(r"^<[\w.]+@[\w.-]+>$", str(msg["Message-ID"])):
        errs.append("%s: Message-ID" % where)
    texts = []
    for h, v in msg.items():
        sv = str(v)
        if "=?" in sv:
            errs.append("%s: undecoded encoded word in %s" % (where, h))
        texts.append(sv)
    info["top"] = msg.get_content_type()
    info["parts"] = []
    for part in msg.walk():
        if part.defects:
            errs.append("%s: defects %r in %s" % (where, part.defects, part.get_content_type()))
        if part is not msg and part.get("Subject"):
            texts.extend(str(v) for v in part.values())
        if part.get("Content-Type") and part is not msg and part.get("MIME-Version") is None and part.get("From") and part.get("Content-Type"):
            errs.append("%s: inner message without MIME-Version" % where)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        raw = part.get_payload(decode=False)
        if cte == "base64":
            ls = raw.strip().split("\n")
            if any(len(l.rstrip("\r")) > 76 for l in ls):
                errs.append("%s: base64 line over 76" % where)
            try:
                base64.b64decode("".join(l.strip() for l in ls), validate=True)
            except Exception:
                errs.append("%s: bad base64" % where)
        elif cte == "quoted-printable":
            if any(len(l.rstrip("\r")) > 76 for l in raw.split("\n")):
                errs.append("%s: QP line over 76" % where)
        elif cte == "7bit":
            if any(ord(c) > 127 for c in raw):
                errs.append("%s: 8-bit data in 7bit part" % where)
        try:
            content = part.get_content()
        except Exception as e:  # noqa
            errs.append("%s: get_content %s: %r" % (where, ct, e))
            continue
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        pb = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                pb.decode(codec(cs))
            except (UnicodeDecodeError, LookupError):
                errs.append("%s: charset %s does not decode" % (where, cs))
        kind = fn or ""
        if fn:
            texts.append(inspect_file(fn, pb, where + ":" + fn, errs))
        elif ct == "text/calendar":
            texts.append(inspect_file("x.ics", pb, where + ":calendar", errs))
        if isinstance(content, str):
            if ct in ("text/calendar", "text/vcard", "text/x-vcard"):
                content = re.sub(r"\r?\n[ \t]", "", content)
            texts.append(content)
        info["parts"].append((ct, kind, part.get_content_charset(), cte))
    for t in texts:
        check_hosts(t, where, errs)


def verify(files, tsv):
    errs = []
    counts = collections.Counter()
    nonen = 0
    by_file = {}
    for m in MSGS:
        counts[m["label"]] += 1
        nonen += m["lang"] != "en"
        by_file[m["file"]] = m
        for w in ("trap", "phi", "restricted", "none"):
            if w in m["slug"]:
                errs.append("slug %s contains %s" % (m["slug"], w))
        if m["label"] == "restricted" and not m["cat"]:
            errs.append("%s: restricted without category" % m["slug"])
        if m["label"] != "none" and m["trap"]:
            errs.append("%s: trap on a non-none message" % m["slug"])
    if dict(counts) != {"none": 100, "phi": 65, "restricted": 35}:
        errs.append("counts %r" % dict(counts))
    nums = sorted(int(m["file"][:3]) for m in MSGS)
    if nums != list(range(1, 201)):
        errs.append("numbers are not 001-200")
    slugs = [m["slug"] for m in MSGS]
    if len(set(slugs)) != len(slugs):
        errs.append("duplicate slugs")
    # what is on disk equals what would be written
    for rel, data in files.items():
        p = os.path.join(HERE, rel)
        if not os.path.exists(p):
            errs.append("missing on disk: " + rel)
        elif open(p, "rb").read() != data:
            errs.append("differs from generator: " + rel)
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if os.path.isdir(d):
            for f in os.listdir(d):
                if lab + "/" + f not in files:
                    errs.append("stray file %s/%s" % (lab, f))
    lp = os.path.join(HERE, "labels.tsv")
    if not os.path.exists(lp) or open(lp, encoding="utf-8").read() != tsv:
        errs.append("labels.tsv differs")
    seen = set()
    for line in tsv.splitlines():
        f, lab, reason = line.split("\t")
        if f in seen or lab + "/" + f not in files or not reason:
            errs.append("labels.tsv row " + f)
        seen.add(f)
    if len(seen) != len(files):
        errs.append("labels.tsv does not list every file")
    for rel, data in files.items():
        info = {}
        check_message(rel, data, errs, info)
        by_file[rel.split("/", 1)[1]]["info"] = info
    return errs, counts, nonen


def stats():
    files, tsv = build()
    errs, counts, nonen = verify(files, tsv)
    C = collections.Counter
    print("counts", dict(counts), "not English", nonen, "problems", len(errs))
    for lab in LABELS:
        ms = [m for m in MSGS if m["label"] == lab]
        print(lab, len(ms), "non-en", sum(m["lang"] != "en" for m in ms), sorted(m["lang"] for m in ms if m["lang"] != "en"))
    print("traps", sum(m["trap"] for m in MSGS))
    print("restricted cats", dict(C(m["cat"] for m in MSGS if m["label"] == "restricted")))
    print("top-level", dict(C(m["info"]["top"] for m in MSGS)))
    kinds = C()
    for m in MSGS:
        for ct, fn, cs, cte in m["info"]["parts"]:
            ext = fn.rsplit(".", 1)[-1].lower() if "." in fn else ""
            kinds[(ct, ext)] += 1
    for k, v in sorted(kinds.items()):
        print("  part", k, v)
    print("charsets", dict(C(cs for m in MSGS for _, _, cs, _ in m["info"]["parts"] if cs)))
    print("cte", dict(C(cte for m in MSGS for _, _, _, cte in m["info"]["parts"])))
    print("borderline:")
    for m in MSGS:
        if m["reason"].startswith("borderline:"):
            print("  ", m["label"], m["slug"], "|", m["reason"])
    for lab in LABELS:
        print("lang", lab, [(m["lang"], m["slug"]) for m in MSGS if m["label"] == lab and m["lang"] != "en"])


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
    print("%d messages: %s; %d not in English; %d traps; %d problems" % (
        sum(counts.values()), dict(counts), nonen, sum(m["trap"] for m in MSGS), len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
