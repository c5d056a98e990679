#!/usr/bin/env python3
"""Generator for wide27: small private practices and solo clinicians and
their mail (clients and parents, insurers and billing services, other
clinicians, vendors, landlords, accountants and IT).

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
import html as htmllib
import io
import os
import random
import re
import sys
import textwrap
import zipfile
import zlib
import email
import email.policy
from email.parser import BytesParser
from xml.dom import minidom

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260427
LABELS = ("none", "phi", "restricted")
WANT = {"none": 100, "phi": 65, "restricted": 35}
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-15": "iso8859_15",
    "windows-1250": "cp1250", "windows-1252": "cp1252",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "euc-jp": "euc_jp",
    "euc-kr": "euc_kr", "ks_c_5601-1987": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0
    style = 4


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


def bnd(style=None):
    """A deterministic MIME boundary in one of several client styles."""
    h = _h("b")
    style = ST.style if style is None else style
    if style == 0:   # Outlook
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:   # Gmail
        return "0000000000%s" % h[1:19]
    if style == 2:   # Apple Mail
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    if style == 3:   # JavaMail / bulk senders
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1767000000000 + int(h[13:17], 16))
    return "=_%s" % h[1:29]


def mid(domain, style=None):
    h = _h("m")
    style = ST.style if style is None else style
    if style == 0:
        local = "%s%s" % ("BY5PR", h[1:21].upper())
    elif style == 1:
        local = "CA+%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    elif style == 2:
        local = "%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    elif style == 3:
        local = "%d.%d.%d.JavaMail.app" % (int(h[1:6], 16), int(h[6:12], 16), 1767000000000 + int(h[12:16], 16))
    else:
        local = "%s.%s" % (h[1:17], h[17:25])
    return "<%s@%s>" % (local, domain)


def ip4(kind="pub"):
    h = _h("ip")
    if kind == "priv":
        return "10.%d.%d.%d" % (int(h[0:2], 16) % 250, int(h[2:4], 16) % 250, 2 + int(h[4:6], 16) % 250)
    net = ("192.0.2", "198.51.100", "203.0.113")[int(h[6], 16) % 3]
    return "%s.%d" % (net, 2 + int(h[7:9], 16) % 250)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ZONES = {"E": (-5, "EST", "EDT"), "C": (-6, "CST", "CDT"), "M": (-7, "MST", "MDT"), "P": (-8, "PST", "PDT")}


def _dst(y, mo, d):
    return datetime.date(2026, 3, 8) <= datetime.date(y, mo, d) < datetime.date(2026, 11, 1)


def tzoff(y, mo, d, zone="E"):
    if zone not in ZONES:
        return zone, ""
    base, std, dst = ZONES[zone]
    off = base + (1 if _dst(y, mo, d) else 0)
    return "%+03d00" % off, (dst if _dst(y, mo, d) else std)


def D(when, zone="E", plus=0):
    """RFC 5322 date from (y, mo, d, h, mi[, s]); plus adds seconds."""
    y, mo, d, h, mi = when[:5]
    s = when[5] if len(when) > 5 else 0
    dt = datetime.datetime(y, mo, d, h, mi, s) + datetime.timedelta(seconds=plus)
    off, _ = tzoff(dt.year, dt.month, dt.day, zone)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (_WD[dt.weekday()], dt.day, _MON[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second, off)


def Dz(when, zone="E", plus=0):
    """Date with the (EDT)-style comment some MTAs add."""
    y, mo, d = when[:3]
    _, name = tzoff(y, mo, d, zone)
    return D(when, zone, plus) + (" (%s)" % name if name else "")


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
    if cd == "iso2022_jp":
        # each word must end in ASCII mode; encode per chunk
        pass
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
        return "<%s>" % addr
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


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte=None, headers=(),
                 disp=None, filename=None, children=None, cid=None, desc=None):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.headers, self.disp, self.filename = list(headers), disp, filename
        self.children, self.cid, self.desc = children, cid, desc
        self.boundary = None

    def head(self):
        lines = []
        ct = self.ctype
        ps = list(self.params)
        if self.children is not None:
            if self.boundary is None:
                self.boundary = bnd()
            ps.append(("boundary", self.boundary))
        s = ct
        for k, v in ps:
            if k == "boundary" or (v and not re.match(r"^[A-Za-z0-9._-]+$", v)):
                s += ";\r\n\t" + _param(k, v) if len(s) > 40 else "; " + _param(k, v)
            else:
                s += "; %s=%s" % (k, v)
        lines.append("Content-Type: " + s)
        if self.cte and self.children is None:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            lines.append("Content-ID: <%s>" % self.cid)
        if self.desc:
            lines.append("Content-Description: " + self.desc)
        if self.disp or self.filename:
            d = self.disp or "attachment"
            if self.filename:
                d += ";\r\n\t" + _param("filename", self.filename)
            lines.append("Content-Disposition: " + d)
        for k, v in self.headers:
            lines.append("%s: %s" % (k, v))
        return lines

    def body(self):
        if self.children is not None:
            out = b""
            pre = getattr(self, "preamble", None)
            if pre:
                out += pre.encode("ascii") + b"\r\n"
            for c in self.children:
                out += b"\r\n--" + self.boundary.encode() + b"\r\n" + c.render()
            out += b"\r\n--" + self.boundary.encode() + b"--\r\n"
            if out.startswith(b"\r\n") and not pre:
                out = out[2:]
            return out
        data = self.data
        cte = (self.cte or "7bit").lower()
        if cte == "base64":
            return b64_encode(data)
        if cte == "quoted-printable":
            return qp_encode(data) + b"\r\n"
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        return data

    def render(self):
        head = CRLF.join(self.head()).encode("ascii")
        return head + b"\r\n\r\n" + self.body()


LATIN = {"iso-8859-1", "iso-8859-2", "iso-8859-15", "windows-1250", "windows-1252", "windows-1251", "windows-1256", "koi8-r", "utf-8"}


def _wrapline(line, width):
    if len(line) <= width:
        return [line]
    m = re.match(r"^((?:> ?)*)", line)
    pre = m.group(1)
    rest = line[len(pre):]
    sub = pre
    lm = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)]|[a-z][.)])\s+)", rest)
    if lm:
        sub = pre + " " * len(lm.group(1))
    w = textwrap.wrap(rest, width, initial_indent=pre, subsequent_indent=sub,
                      break_long_words=False, break_on_hyphens=False)
    return w or [line]


def wrap(text, width=76):
    out = []
    for line in text.split("\n"):
        out.extend(_wrapline(line, width))
    return "\n".join(out)


def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" "))
            continue
        w = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend([x + " " for x in w[:-1]] + [w[-1]])
    return "\n".join(out)


def _t(s):
    if s.startswith("\n"):
        s = s[1:]
    if not s.endswith("\n"):
        s += "\n"
    return s


def T(text, cs="utf-8", cte=None, sub="plain", flowed=False, wrapw=76, disp=None, filename=None, params=()):
    """A text part.  cte chosen like a client would when not given."""
    text = _t(text)
    if cte is None:
        if text.isascii():
            cte = "7bit"
        elif cs.lower() in LATIN:
            cte = "quoted-printable"
        else:
            cte = "base64"
    if cte in ("7bit", "8bit") and sub == "plain":
        text = flow(text) if flowed else wrap(text, wrapw)
    data = nl(text).encode(codec(cs))
    if cte == "7bit":
        data.decode("ascii")
    ps = [("charset", cs if cs != "us-ascii" else "us-ascii")]
    if flowed:
        ps += [("format", "flowed")]
    ps += list(params)
    return Part("text/" + sub, data, ps, cte, disp=disp, filename=filename)


def esc(s):
    return htmllib.escape(s, quote=False)


def _blocks(text):
    """Split text into ('p', lines) and ('q', lines) blocks."""
    blocks = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            blocks.append(("q", [re.sub(r"^> ?", "", l) for l in lines]))
        else:
            blocks.append(("p", lines))
    return blocks


def html_of(text, style="gmail", cs="utf-8"):
    """Render plain text the way a given client would in its HTML half."""
    text = _t(text)
    bl = _blocks(text)
    if style == "outlook":
        body = ""
        for k, lines in bl:
            inner = "<br>\r\n".join(esc(l) for l in lines)
            if k == "q":
                body += '<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0in 0in 0in 6.0pt"><p class=MsoNormal>%s<o:p></o:p></p></div>\r\n' % inner
            else:
                body += "<p class=MsoNormal>%s<o:p></o:p></p>\r\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n" % inner
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n'
                '<style><!--\r\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\r\n--></style>'
                '</head><body lang=EN-US link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class=WordSection1>\r\n%s</div></body></html>\r\n') % (cs, body)
    if style == "apple":
        body = ""
        for k, lines in bl:
            inner = "<br>".join(esc(l) for l in lines)
            if k == "q":
                body += '<blockquote type="cite"><div>%s</div></blockquote>' % inner
            else:
                body += "<div>%s</div><div><br></div>" % inner
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>\r\n') % (cs, body)
    if style == "plain":
        body = ""
        for k, lines in bl:
            inner = "<br>\r\n".join(esc(l) for l in lines)
            body += ("<blockquote>%s</blockquote>\r\n" if k == "q" else "<p>%s</p>\r\n") % inner
        return '<!DOCTYPE html>\r\n<html><head><meta charset="%s"></head><body>\r\n%s</body></html>\r\n' % (cs, body)
    body = ""
    for k, lines in bl:
        inner = "<br>".join(esc(l) for l in lines)
        if k == "q":
            body += '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner
        else:
            body += "<div>%s</div><div><br></div>" % inner
    return '<div dir="ltr">%s</div>\r\n' % body


def ALT(text, html=None, cs="utf-8", cte=None, hcte=None, style="gmail"):
    h = html if html is not None else html_of(text, style, cs)
    tcte = cte
    return Part("multipart/alternative", children=[
        T(text, cs, tcte),
        T(h, cs, hcte or ("quoted-printable" if cs.lower() in LATIN else "base64"), sub="html")])


def HTML(html, cs="utf-8", cte=None):
    return T(html, cs, cte or ("quoted-printable" if cs.lower() in LATIN else "base64"), sub="html")


def MIX(*parts, sub="mixed"):
    return Part("multipart/" + sub, children=list(parts))


def ATT(ctype, data, filename, cte="base64", params=(), disp="attachment"):
    if isinstance(data, str):
        data = nl(data).encode("utf-8")
    return Part(ctype, data, params, cte, disp=disp, filename=filename)


# ------------------------------------------------------------------ pdf --
def _pdfstr(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_bytes(lines, title="", flate=False, per_page=58, producer="Skia/PDF m124"):
    """A small PDF with a real text layer.  Lines starting with '# ' are
    set in bold, '## ' in large bold; the rest in Helvetica 10."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    for pg in pages:
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 760 Td"]
        for ln in pg:
            if ln.startswith("## "):
                ops += [b"/F2 14 Tf", _pdfstr(ln[3:]) + b" Tj", b"T*", b"/F1 10 Tf"]
            elif ln.startswith("# "):
                ops += [b"/F2 10 Tf", _pdfstr(ln[2:]) + b" Tj", b"T*", b"/F1 10 Tf"]
            else:
                ops += [_pdfstr(ln) + b" Tj", b"T*"]
        ops.append(b"ET")
        content = b"\n".join(ops) + b"\n"
        if flate:
            comp = zlib.compress(content, 9)
            objs[n + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
        else:
            objs[n + 1] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (n + 1))
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = n
    objs[info] = b"<< /Title " + _pdfstr(title) + b" /Producer " + _pdfstr(producer) + b" /CreationDate (D:20260101000000Z) >>"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (info + 1)
    for k in range(1, info + 1):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (info + 1, info, xref)
    return out


def PDF(filename, lines, title="", flate=False, producer="Skia/PDF m124"):
    lines = _t(lines).rstrip("\n").split("\n") if isinstance(lines, str) else lines
    return ATT("application/pdf", pdf_bytes(lines, title or filename, flate, producer=producer), filename, params=[("name", filename)])


def pdf_text(data):
    """Text of a PDF built above (or any simple one): checks the xref."""
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        raise ValueError("no startxref")
    xo = int(m.group(1))
    if data[xo:xo + 4] != b"xref":
        raise ValueError("startxref does not point at xref")
    hm = re.match(rb"xref\n0 (\d+)\n", data[xo:])
    cnt = int(hm.group(1))
    pos = xo + hm.end()
    for i in range(cnt):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        if i == 0:
            continue
        off = int(ent[:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            raise ValueError("xref offset wrong for object %d" % i)
    texts = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        if not data[sm.end() + ln:].lstrip(b"\n").startswith(b"endstream"):
            raise ValueError("stream length wrong")
        if sm.group(2):
            raw = zlib.decompress(raw)
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", tm.group(1))
            texts.append(s.decode("cp1252"))
    return "\n".join(texts)


# ----------------------------------------------------------------- docx --
ZIPDATE = (2026, 1, 5, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data)
    return buf.getvalue()


def docx_bytes(paras, creator="Practice"):
    def run(t, b=False):
        rp = "<w:rPr><w:b/></w:rPr>" if b else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rp, htmllib.escape(t, quote=False))
    body = ""
    for p in paras:
        if p.startswith("# "):
            body += '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(p[2:], True)
        elif "\t" in p:
            body += "<w:p>" + '<w:r><w:tab/></w:r>'.join(run(x) for x in p.split("\t")) + "</w:p>"
        else:
            body += "<w:p>%s</w:p>" % run(p)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>') % body
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
            '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>') % htmllib.escape(creator)
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("docProps/core.xml", core)])


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def DOCX(filename, paras, creator="Practice"):
    if isinstance(paras, str):
        paras = _t(paras).rstrip("\n").split("\n")
    return ATT(DOCX_CT, docx_bytes(paras, creator), filename, params=[("name", filename)])


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    for n in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
        z.getinfo(n)
    dom = minidom.parseString(z.read("word/document.xml"))
    out = []
    for p in dom.getElementsByTagName("w:p"):
        out.append("".join(t.firstChild.data if t.firstChild else "" for t in p.getElementsByTagName("w:t")))
    return "\n".join(out)


# ------------------------------------------------------------------ ics --
def _fold(line):
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


VTZ = {
    "America/New_York": ("-0500", "-0400", "EST", "EDT"),
    "America/Chicago": ("-0600", "-0500", "CST", "CDT"),
    "America/Denver": ("-0700", "-0600", "MST", "MDT"),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT"),
}


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(method, uid, start, end, summary, organizer, attendees=(), location="", description="",
        tzid="America/New_York", prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp=None,
        status="CONFIRMED", seq=0, alarm=None, rrule=None, extra=()):
    """An iCalendar object; start/end are (y, mo, d, h, mi) local to tzid."""
    f = lambda t: "%04d%02d%02dT%02d%02d00" % tuple(t[:5])
    st, dt, sn, dn = VTZ[tzid]
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append("METHOD:" + method)
    L += ["BEGIN:VTIMEZONE", "TZID:" + tzid,
          "BEGIN:DAYLIGHT", "TZOFFSETFROM:" + st, "TZOFFSETTO:" + dt, "TZNAME:" + dn,
          "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:" + dt, "TZOFFSETTO:" + st, "TZNAME:" + sn,
          "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
          "END:VTIMEZONE", "BEGIN:VEVENT",
          "DTSTART;TZID=%s:%s" % (tzid, f(start)), "DTEND;TZID=%s:%s" % (tzid, f(end))]
    if rrule:
        L.append("RRULE:" + rrule)
    L += ["DTSTAMP:" + (stamp or "20260101T000000Z"), "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:" + uid]
    for cn, addr, part in attendees:
        L.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s:mailto:%s" % (part, cn, addr))
    L += ["CREATED:" + (stamp or "20260101T000000Z"), "DESCRIPTION:" + ics_esc(description),
          "LAST-MODIFIED:" + (stamp or "20260101T000000Z"), "LOCATION:" + ics_esc(location),
          "SEQUENCE:%d" % seq, "STATUS:" + status, "SUMMARY:" + ics_esc(summary), "TRANSP:OPAQUE"]
    L += list(extra)
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H%dM0S" % alarm, "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(l) for l in L) + "\r\n"


def ICS(text, method="REQUEST", filename=None, ctype="text/calendar", cte=None):
    data = text.encode("utf-8")
    cte = cte or ("7bit" if text.isascii() else "base64")
    ps = [("charset", "UTF-8")] + ([("method", method)] if method and ctype == "text/calendar" else [])
    if filename:
        ps.append(("name", filename))
    return Part(ctype, data, ps, cte, disp="attachment" if filename else None, filename=filename)


def CSV(filename, rows, cte="base64", cs="utf-8"):
    text = "\r\n".join(",".join(('"%s"' % c.replace('"', '""')) if ("," in c or '"' in c) else c for c in r) for r in rows) + "\r\n"
    return Part("text/csv", text.encode(codec(cs)), [("charset", cs), ("name", filename)], cte, disp="attachment", filename=filename)


# ---------------------------------------------------------- identifiers --
def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def npi(base9):
    for c in "0123456789":
        if luhn_ok("80840" + base9 + c):
            return base9 + c


def dea(letters, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


# ---------------------------------------------------------------- mail --
MAILERS = {
    "outlook": (0, [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")]),
    "owa": (0, [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-US")]),
    "gmail": (1, []),
    "apple": (2, [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]),
    "iphone": (2, [("X-Mailer", "iPhone Mail (22E252)")]),
    "tbird": (4, [("User-Agent", "Mozilla Thunderbird")]),
    "bulk": (3, [("Precedence", "bulk"), ("X-Mailer", "Sendwell Campaigns 4.2")]),
    "app": (3, [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
    "android": (1, [("X-Mailer", "Samsung Mobile Email")]),
    "plain": (4, []),
}


def _mbox(x):
    if x is None:
        return None
    if isinstance(x, str):
        return x
    if isinstance(x, tuple):
        return A(*x)
    return ",\r\n\t".join(_mbox(y) for y in x)


def _addr_of(x):
    if isinstance(x, str):
        m = re.search(r"<([^>]+)>", x)
        return m.group(1) if m else x.strip()
    if isinstance(x, tuple):
        return x[1]
    return _addr_of(x[0])


HOSTPFX = {"gmail": "mail-qv1-f", "outlook": "mail-bn8pr", "owa": "mail-co1pr", "apple": "mr85p00im-zteg", "iphone": "mr85p00im-zteg",
           "bulk": "o", "app": "smtp-out", "android": "mail-pl1-f", "tbird": "smtp", "plain": "mail"}


def style(name):
    ST.style = MAILERS[name][0]


def mail(frm, to, subject, when, body, cc=None, zone="E", cs="utf-8", mode="B",
         irt=None, refs=None, extra=(), mailer="plain", reply_to=None, hops=2,
         list_id=None, unsub=None, msgid=None, sender=None, bare=False):
    """Render a whole message.  body is a Part (or None with bare=True and a str)."""
    ST.style = MAILERS[mailer][0]
    faddr = _addr_of(frm)
    fdom = faddr.split("@")[1]
    taddr = _addr_of(to) if to else "undisclosed-recipients"
    tdom = taddr.split("@")[1] if "@" in taddr else "example.net"
    H = []
    if hops:
        H.append(("Return-Path", "<%s>" % (sender or faddr)))
        shost = "%s%d.%s" % (HOSTPFX.get(mailer, "mail"), 1 + int(_h("hn")[:2], 16) % 40, fdom)
        forc = ("\r\n\tfor <%s>" % taddr) if to else ""
        H.append(("Received", "from %s (%s [%s])\r\n\tby mx1.%s (Postfix) with ESMTPS id %s%s; %s" % (
            shost, shost, ip4(), tdom, _h("q")[:12].upper(), forc, Dz(when, zone, 3 + int(_h("s")[:2], 16) % 40))))
        if hops > 1:
            H.append(("Received", "from [%s] (unknown [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" % (
                ip4("priv"), ip4("priv"), shost, _h("q")[:10].upper(), Dz(when, zone, 1))))
    H.append(("From", _mbox(frm) if not isinstance(frm, tuple) or len(frm) < 3 else A(*frm)))
    if sender:
        H.append(("Sender", sender))
    if reply_to:
        H.append(("Reply-To", _mbox(reply_to)))
    H.append(("To", _mbox(to) if to else "undisclosed-recipients:;"))
    if cc:
        H.append(("Cc", _mbox(cc)))
    H.append(("Subject", ew(subject, cs, mode)))
    H.append(("Date", D(when, zone)))
    H.append(("Message-ID", msgid or mid(fdom)))
    if irt:
        H.append(("In-Reply-To", irt))
        H.append(("References", refs or irt))
    if list_id:
        H.append(("List-Id", list_id))
    if unsub:
        H.append(("List-Unsubscribe", unsub))
        H.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    H.extend(MAILERS[mailer][1])
    H.extend(extra)
    if bare:
        text = wrap(_t(body))
        head = CRLF.join("%s: %s" % kv for kv in H)
        return (head + CRLF + CRLF + nl(text)).encode("ascii")
    H.append(("MIME-Version", "1.0"))
    head = CRLF.join("%s: %s" % kv for kv in H)
    return head.encode("ascii") + b"\r\n" + body.render()


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in _t(text).rstrip("\n").split("\n"))


def ref(dom, n="a"):
    """A stable Message-ID for an earlier message in a thread."""
    h = hashlib.sha1((ST.slug + "|ref|" + n).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16].upper(), h[16:24], dom)


# ------------------------------------------------------------ registry --
REG = []


def msg(label, slug, reason, lang="en", cat=None, trap=None, where="body"):
    """Register a message builder.  cat: restricted category; trap: the kind
    of lure a none message carries (None for ordinary mail); where: where
    the sensitive content sits in a phi/restricted message."""
    def deco(fn):
        REG.append(dict(label=label, slug=slug, reason=reason, lang=lang, cat=cat, trap=trap, where=where, fn=fn))
        return fn
    return deco


# ------------------------------------------------------- build & check --
SLUG_RE = re.compile(r"^(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.eml$")
ALLOWED_DOM = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test|test)$")
TLDS = "com|org|net|edu|gov|io|co|us|info|biz|health|app|uk|de|fr|es|it|jp|cn|kr|ru|br|mx|ca|au|pl|vn|ph|ht|sa|ae|eg|test"
HOST_RE = re.compile(r"(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:%s))(?![\w@-])" % TLDS)
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"(?:https?|ftp)://([^/\s\"'<>:?#]+)", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
PH10_RE = re.compile(r"(?<![\d-])\(?(\d{3})\)?[-. ]{1,2}(\d{3})[-. ](\d{4})(?![\d-])")
PH7_RE = re.compile(r"(?<![\d-])(555)[-. ](\d{4})(?![\d-])")
NPI_RE = re.compile(r"NPI\D{0,24}?(\d{10})(?!\d)")
DEA_RE = re.compile(r"DEA\W{0,4}(?:(?:registration|number|no\.?|#)\W{0,3}){0,2}([A-Z]{2}\d{7})(?!\d)", re.I)
FORBIDDEN_SLUG = ("trap", "phi", "restricted", "none")


def build_all():
    if len({m["slug"] for m in REG}) != len(REG):
        seen = set()
        for m in REG:
            if m["slug"] in seen:
                raise SystemExit("duplicate slug " + m["slug"])
            seen.add(m["slug"])
    order = list(range(len(REG)))
    random.Random(SEED).shuffle(order)
    out = []
    for num, idx in enumerate(order, 1):
        m = REG[idx]
        ST.slug, ST.n, ST.style = m["slug"], 0, 4
        data = m["fn"]()
        out.append(("%03d-%s.eml" % (num, m["slug"]), m, data))
    return out


def labels_text(built):
    rows = sorted((name, m["label"], m["reason"]) for name, m, _ in built)
    return "".join("%s\t%s\t%s\n" % r for r in rows)


def write():
    built = build_all()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for name, m, data in built:
        with open(os.path.join(HERE, m["label"], name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(labels_text(built))
    print("wrote %d messages and labels.tsv" % len(built))


def _leaf_texts(msg, errs, where):
    """Decoded text of every leaf, file names, plus part-level checks."""
    texts = []
    for part in msg.walk():
        for d in part.defects:
            errs.append("%s: defect %r in %s" % (where, d, part.get_content_type()))
        if part.is_multipart():
            if part.get_content_maintype() != "multipart":
                pass
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        raw = part.get_payload(decode=False)
        if isinstance(raw, list):
            continue
        lines = raw.split("\n")
        if cte == "base64":
            if any(len(l.rstrip("\r")) > 76 for l in lines):
                errs.append("%s: base64 line over 76" % where)
            try:
                base64.b64decode("".join(l.strip() for l in lines), validate=True)
            except Exception as e:
                errs.append("%s: bad base64 %s" % (where, e))
        elif cte == "quoted-printable":
            for l in lines:
                l = l.rstrip("\r")
                if len(l) > 76:
                    errs.append("%s: qp line over 76" % where)
                if not re.fullmatch(r"(?:[\x21-\x3c\x3e-\x7e \t]|=[0-9A-F]{2})*=?", l):
                    errs.append("%s: bad qp line %r" % (where, l[:40]))
        elif cte == "7bit":
            if not raw.isascii():
                errs.append("%s: non-ascii in 7bit part" % where)
        elif cte != "8bit":
            errs.append("%s: unexpected cte %s" % (where, cte))
        payload = part.get_payload(decode=True) or b""
        try:
            content = part.get_content()
        except Exception as e:
            errs.append("%s: get_content failed for %s: %s" % (where, ct, e))
            continue
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                strict = payload.decode(codec(cs))
            except Exception as e:
                errs.append("%s: %s does not decode as %s: %s" % (where, ct, cs, e))
                continue
            if "\ufffd" in strict:
                errs.append("%s: replacement char in %s" % (where, ct))
            if ct == "text/calendar":
                b = len(re.findall(r"^BEGIN:", strict, re.M))
                e = len(re.findall(r"^END:", strict, re.M))
                if b != e or "BEGIN:VCALENDAR" not in strict:
                    errs.append("%s: ics BEGIN/END mismatch" % where)
            if ct == "text/html":
                strict = re.sub(r'xmlns(:\w+)?="[^"]*"', "", strict)
            if ct == "text/calendar":
                strict = re.sub(r"\r?\n[ \t]", "", strict)
            texts.append(strict)
        elif ct == "application/pdf":
            try:
                texts.append(pdf_text(payload))
            except Exception as e:
                errs.append("%s: pdf: %s" % (where, e))
        elif ct == DOCX_CT:
            try:
                texts.append(docx_text(payload))
            except Exception as e:
                errs.append("%s: docx: %s" % (where, e))
        elif ct in ("application/ics",):
            s = payload.decode("utf-8")
            if len(re.findall(r"^BEGIN:", s, re.M)) != len(re.findall(r"^END:", s, re.M)):
                errs.append("%s: ics BEGIN/END mismatch" % where)
            texts.append(re.sub(r"\r?\n[ \t]", "", s))
        elif ct.startswith("image/"):
            pass
        else:
            errs.append("%s: unexpected part type %s" % (where, ct))
    return texts


def _scan(text, errs, where):
    low = text.lower()
    for m in MAIL_RE.finditer(text):
        if not ALLOWED_DOM.search(m.group(1).lower().rstrip(".")):
            errs.append("%s: address outside example domains: %s" % (where, m.group(0)))
    for m in URL_RE.finditer(text):
        if not ALLOWED_DOM.search(m.group(1).lower()):
            errs.append("%s: url outside example domains: %s" % (where, m.group(0)))
    for m in HOST_RE.finditer(low):
        if not ALLOWED_DOM.search(m.group(1)):
            errs.append("%s: host outside example domains: %s" % (where, m.group(1)))
    for m in IP_RE.finditer(text):
        o = [int(x) for x in m.groups()]
        if max(o) > 255:
            continue
        if not (o[:3] in ([192, 0, 2], [198, 51, 100], [203, 0, 113]) or o[0] == 10):
            errs.append("%s: IP not documentation/private: %s" % (where, m.group(0)))
    for m in PH10_RE.finditer(text):
        if m.group(2) != "555" or not m.group(3).startswith("01"):
            errs.append("%s: phone not 555-01xx: %s" % (where, m.group(0)))
    for m in PH7_RE.finditer(text):
        if not m.group(2).startswith("01"):
            errs.append("%s: phone not 555-01xx: %s" % (where, m.group(0)))
    for m in NPI_RE.finditer(text):
        if not luhn_ok("80840" + m.group(1)):
            errs.append("%s: NPI fails Luhn: %s" % (where, m.group(1)))
    for m in DEA_RE.finditer(text):
        if not dea_ok(m.group(1).upper()):
            errs.append("%s: DEA check digit wrong: %s" % (where, m.group(1)))


def check_one(name, data, errs):
    where = name
    if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
        errs.append("%s: bare CR or LF" % where)
    if any(len(l) > 998 for l in data.split(b"\r\n")):
        errs.append("%s: line over 998 octets" % where)
    head = data.split(b"\r\n\r\n", 1)[0]
    if not head.isascii():
        errs.append("%s: raw 8-bit in header" % where)
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (where, h))
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append("%s: Content-Type without MIME-Version" % where)
    try:
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None:
            errs.append("%s: Date not 2026 with zone" % where)
    except Exception as e:
        errs.append("%s: bad Date %s" % (where, e))
    if not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.-]+>", str(msg["Message-ID"])):
        errs.append("%s: bad Message-ID" % where)
    texts = []
    for k, v in msg.items():
        s = str(v)
        for d in getattr(v, "defects", ()):
            errs.append("%s: header defect in %s: %r" % (where, k, d))
        if "=?" in s and "?=" in s:
            errs.append("%s: undecoded encoded word in %s" % (where, k))
        texts.append(s)
    texts += _leaf_texts(msg, errs, where)
    for t in texts:
        _scan(t, errs, where)
    return msg, "\n".join(texts)


def load_disk():
    found = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            with open(os.path.join(d, f), "rb") as fh:
                found[f] = (lab, fh.read())
    return found


def check():
    errs = []
    built = build_all()
    found = load_disk()
    want = {name: (m["label"], data) for name, m, data in built}
    nums = []
    for f, (lab, _) in found.items():
        m = SLUG_RE.match(f)
        if not m:
            errs.append("bad file name " + f)
            continue
        nums.append(int(m.group(1)))
        if any(w in m.group(2).split("-") for w in FORBIDDEN_SLUG):
            errs.append("slug gives the label away: " + f)
    if sorted(nums) != list(range(1, 201)):
        errs.append("numbers are not exactly 001-200")
    counts = {lab: sum(1 for v in found.values() if v[0] == lab) for lab in LABELS}
    if counts != WANT:
        errs.append("counts %r, want %r" % (counts, WANT))
    if set(found) != set(want):
        errs.append("files on disk differ from what gen.py writes: %d extra, %d missing" % (
            len(set(found) - set(want)), len(set(want) - set(found))))
    for f in sorted(set(found) & set(want)):
        if found[f][0] != want[f][0]:
            errs.append("%s is in %s/, gen.py puts it in %s/" % (f, found[f][0], want[f][0]))
        if found[f][1] != want[f][1]:
            errs.append("%s differs from what gen.py writes" % f)
    try:
        with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8", newline="") as fh:
            lt = fh.read()
    except OSError:
        lt = ""
        errs.append("labels.tsv missing")
    if lt != labels_text(built):
        errs.append("labels.tsv differs from what gen.py writes")
    rows = [l.split("\t") for l in lt.split("\n") if l]
    if [r[0] for r in rows] != sorted(r[0] for r in rows):
        errs.append("labels.tsv not sorted")
    if len(rows) != len(found) or len({r[0] for r in rows}) != len(rows):
        errs.append("labels.tsv does not list every file once")
    for r in rows:
        if len(r) != 3 or not r[2].strip():
            errs.append("labels.tsv bad row %r" % r[:1])
            continue
        if r[0] not in found:
            errs.append("labels.tsv lists missing file " + r[0])
        elif found[r[0]][0] != r[1]:
            errs.append("labels.tsv label for %s is %s but it is in %s/" % (r[0], r[1], found[r[0]][0]))
    for f, (lab, data) in sorted(found.items()):
        check_one(f, data, errs)
    cats = {}
    for m in REG:
        if m["label"] == "restricted":
            cats[m["cat"]] = cats.get(m["cat"], 0) + 1
            if m["cat"] not in ("mental health", "substance use", "HIV", "genetic", "reproductive"):
                errs.append("%s: restricted without category" % m["slug"])
        elif m["cat"]:
            errs.append("%s: category on a %s message" % (m["slug"], m["label"]))
    traps = sum(1 for m in REG if m["label"] == "none" and m["trap"])
    if traps < 75:
        errs.append("only %d traps among none" % traps)
    if errs:
        for e in errs[:200]:
            print("FAIL", e)
        print("%d problems" % len(errs))
        return 1
    ne = sum(1 for m in REG if m["lang"] != "en")
    print("ok: %d files (none %d, phi %d, restricted %d), %d not in English, %d traps; labels.tsv matches; all parse cleanly" % (
        len(found), counts["none"], counts["phi"], counts["restricted"], ne, traps))
    return 0


LANGNAME = {"en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "vi": "Vietnamese",
            "zh": "Chinese", "ko": "Korean", "ru": "Russian", "ar": "Arabic", "tl": "Tagalog",
            "pl": "Polish", "ht": "Haitian Creole", "de": "German", "it": "Italian", "ja": "Japanese"}


def stats():
    built = build_all()
    c = lambda it: sorted(((v, k) for k, v in it.items()), reverse=True)
    tally = lambda: {}
    lab = {}
    lang = {}
    top, parts, ctes, css, cats, where, traps = {}, {}, {}, {}, {}, {}, {}
    border = 0
    for name, m, data in built:
        lab[m["label"]] = lab.get(m["label"], 0) + 1
        if m["lang"] != "en":
            k = (m["label"], LANGNAME[m["lang"]])
            lang[k] = lang.get(k, 0) + 1
        if m["reason"].startswith("borderline:"):
            border += 1
        if m["label"] == "restricted":
            cats[m["cat"]] = cats.get(m["cat"], 0) + 1
        if m["label"] != "none":
            where[m["where"]] = where.get(m["where"], 0) + 1
        elif m["trap"]:
            traps[m["trap"]] = traps.get(m["trap"], 0) + 1
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        t = msg.get_content_type() if msg["Content-Type"] else "text/plain (no MIME)"
        top[t] = top.get(t, 0) + 1
        for p in msg.walk():
            if p is msg or p.is_multipart() and p.get_content_type() in ("multipart/alternative", "multipart/mixed", "multipart/related"):
                if p is not msg:
                    parts[p.get_content_type()] = parts.get(p.get_content_type(), 0) + 1
                continue
            parts[p.get_content_type()] = parts.get(p.get_content_type(), 0) + 1
        for p in msg.walk():
            if not p.is_multipart():
                e = (p.get("Content-Transfer-Encoding") or "7bit").lower()
                ctes[e] = ctes.get(e, 0) + 1
                if p.get_content_maintype() == "text":
                    s = (p.get_content_charset() or "us-ascii").lower()
                    css[s] = css.get(s, 0) + 1
    print("labels:", lab)
    print("not in English: %d" % sum(lang.values()))
    for l in LABELS:
        row = sorted((n, v) for (ll, n), v in lang.items() if ll == l)
        print("  %-10s %3d  %s" % (l, sum(v for _, v in row), ", ".join("%s %d" % r for r in row)))
    print("restricted categories:", c(cats))
    print("where the sensitive content sits:", c(where))
    print("none traps: %d of %d" % (sum(traps.values()), lab.get("none", 0)))
    for v, k in c(traps):
        print("  %3d %s" % (v, k))
    print("borderline reasons:", border)
    print("top-level structure:", c(top))
    print("parts:", c(parts))
    print("transfer encodings:", c(ctes))
    print("charsets:", c(css))


def main(argv):
    if "--check" in argv:
        return check()
    if "--stats" in argv:
        stats()
        return 0
    write()
    return check()


# ====================================================================== #
#                         invented practices                             #
# ====================================================================== #
class Pr:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def sig(self, who=None, title=None, extra=""):
        who = who or self.who
        title = self.title if title is None else title
        s = "%s\n" % who
        if title:
            s += title + "\n"
        s += "%s\n%s\n%s" % (self.org, self.street, self.town)
        s += "\nPhone %s%s" % (self.phone, (" | Fax " + self.fax) if getattr(self, "fax", None) else "")
        s += "\n" + self.web
        if extra:
            s += "\n" + extra
        return s


WHIT = Pr(org="Whitcombe Psychotherapy", who="Dana Whitcombe, PhD", title="Licensed Psychologist",
          addr="dana@whitcombe-therapy.example.com", dom="whitcombe-therapy.example.com",
          street="2207 Wrenfield Avenue, Suite 3", town="Larch Point, PA 15299", phone="(412) 555-0131",
          fax="(412) 555-0132", web="whitcombe-therapy.example.com", npi=npi("184213306"), zone="E")
CG = Pr(org="Common Ground Couples Counseling", who="Tom\u00e1s Reyes-Halloran, LMFT", title="Licensed Marriage & Family Therapist",
        addr="tomas@commonground-couples.example.net", dom="commonground-couples.example.net",
        street="415 Bramblecote Lane, Unit B", town="Westmere, CO 80999", phone="(720) 555-0148",
        web="commonground-couples.example.net", npi=npi("152907741"), zone="M")
MSD = Pr(org="Maple Street Dental", who="Brenda Kowal", title="Office Manager",
         addr="frontdesk@maplestreetdental.example.com", dom="maplestreetdental.example.com",
         street="88 Maple Street", town="Ashford Falls, OH 43999", phone="(614) 555-0117",
         fax="(614) 555-0118", web="maplestreetdental.example.com", npi=npi("136620915"), zone="E")
ORTHO = Pr(org="Bright Arc Orthodontics", who="Kevin Oyelaran, DMD, MS", title="",
           addr="hello@brightarc-ortho.example.com", dom="brightarc-ortho.example.com",
           street="1200 Sycamore Pkwy, Suite 110", town="Carver Mill, NC 27999", phone="(919) 555-0163",
           web="brightarc-ortho.example.com", zone="E")
CHIRO = Pr(org="Northside Chiropractic", who="Dr. Lena Sorensen, DC", title="",
           addr="office@northsidechiro.example.net", dom="northsidechiro.example.net",
           street="3021 Tamarind Road", town="Harrow Park, MN 55999", phone="(651) 555-0122",
           fax="(651) 555-0123", web="northsidechiro.example.net", npi=npi("119382207"), zone="C")
ACU = Pr(org="Quiet Water Acupuncture", who="Mei-Ling Cho, LAc", title="Licensed Acupuncturist",
         addr="meiling@quietwater-acu.example.com", dom="quietwater-acu.example.com",
         street="640 Quillan Street, 2nd floor", town="Bayside, CA 94999", phone="(415) 555-0139",
         web="quietwater-acu.example.com", zone="P")
PT = Pr(org="Stride Physical Therapy", who="Gareth Ross-Mbeki, PT, DPT", title="Owner / Physical Therapist",
        addr="gareth@stride-pt.example.com", dom="stride-pt.example.com",
        street="77 Ellery Court", town="Brookhaven, MA 02999", phone="(617) 555-0154",
        fax="(617) 555-0155", web="stride-pt.example.com", npi=npi("165117739"), zone="E")
SLP = Pr(org="Little Words Speech Therapy", who="Hannah Kowalczyk, MS, CCC-SLP", title="Speech-Language Pathologist",
         addr="hannah@littlewords-speech.example.org", dom="littlewords-speech.example.org",
         street="5318 N. Ravenmoor Avenue", town="Ravenwood, IL 60999", phone="(773) 555-0171",
         web="littlewords-speech.example.org", npi=npi("127330588"), zone="C")
OT = Pr(org="Sprout Pediatric Therapy", who="Jasmine Ortega, OTR/L", title="Pediatric Occupational Therapist",
        addr="jasmine@sprout-ot.example.com", dom="sprout-ot.example.com",
        street="9410 E. Paloverde Ridge Blvd, Ste 4", town="Mesa Verde, AZ 85999", phone="(480) 555-0126",
        web="sprout-ot.example.com", npi=npi("143391002"), zone="-0700")
RD = Pr(org="Nourish Nutrition Counseling", who="Rebecca Lindqvist, RDN, LD", title="Registered Dietitian Nutritionist",
        addr="rebecca@nourish-rd.example.net", dom="nourish-rd.example.net",
        street="1820 SE Fernhollow Street, Suite 5", town="Portside, OR 97999", phone="(503) 555-0185",
        web="nourish-rd.example.net", npi=npi("170045581"), zone="P")
MID = Pr(org="Wildflower Midwifery", who="Aurelia Fontaine, CPM, LM", title="Midwife",
         addr="aurelia@wildflower-midwifery.example.org", dom="wildflower-midwifery.example.org",
         street="12 Quarry Hill Road", town="East Calder, VT 05999", phone="(802) 555-0119",
         web="wildflower-midwifery.example.org", npi=npi("108873334"), zone="E")
LAC = Pr(org="Milkweed Lactation", who="Colleen Byrne, IBCLC", title="International Board Certified Lactation Consultant",
         addr="colleen@milkweed-lactation.example.com", dom="milkweed-lactation.example.com",
         street="204 Marrowstone Street", town="Lakeview, WI 53999", phone="(608) 555-0177",
         web="milkweed-lactation.example.com", npi=npi("193384226"), zone="C")
POD = Pr(org="Achterberg Foot & Ankle", who="Samuel Achterberg, DPM", title="",
         addr="office@footankle.example.net", dom="footankle.example.net",
         street="4410 Kessington Street, Suite 200", town="Fallbrook, IN 46999", phone="(317) 555-0142",
         fax="(317) 555-0143", web="footankle.example.net", npi=npi("158826674"), zone="E")
OPT = Pr(org="Clearview Family Eye Care", who="Nadia Haddad, OD", title="Optometrist",
         addr="info@clearview-eyes.example.com", dom="clearview-eyes.example.com",
         street="23100 Dunmore Avenue", town="Dearfield, MI 48999", phone="(313) 555-0158",
         fax="(313) 555-0159", web="clearview-eyes.example.com", npi=npi("131156820"), zone="E")
AUD = Pr(org="Pryce Hearing Center", who="Wendell Pryce, AuD", title="Doctor of Audiology",
         addr="wendell@prycehearing.example.com", dom="prycehearing.example.com",
         street="6001 Pinon Mesa Blvd NE, Suite C", town="Sandia Heights, NM 87999", phone="(505) 555-0133",
         web="prycehearing.example.com", npi=npi("112290583"), zone="M")
DME = Pr(org="RestWell Sleep Supply", who="Customer Care", title="",
         addr="care@restwell-sleep.example.net", dom="restwell-sleep.example.net",
         street="7700 Saltmarsh Way, Bldg 2", town="Riverbend, FL 32999", phone="(904) 555-0166",
         fax="(904) 555-0167", web="restwell-sleep.example.net", npi=npi("149927150"), zone="E")
RX = Pr(org="Alder & Finch Compounding Pharmacy", who="Leah Finch, PharmD", title="Pharmacist-in-Charge",
        addr="rx@alderfinch-rx.example.com", dom="alderfinch-rx.example.com",
        street="31 Ridgeholm Avenue", town="Blue Hollow, NC 28999", phone="(828) 555-0191",
        fax="(828) 555-0192", web="alderfinch-rx.example.com", npi=npi("163374410"), zone="E")
CONC = Pr(org="Lakeshore Concierge Medicine", who="Charles Vantongeren, MD", title="",
          addr="dr.v@lakeshore-concierge.example.com", dom="lakeshore-concierge.example.com",
          street="980 N. Larkmoor Street, Suite 1400", town="Lakemont Shores, IL 60998", phone="(312) 555-0108",
          web="lakeshore-concierge.example.com", npi=npi("120044759"), zone="C")
TELE = Pr(org="Steady Path Telehealth", who="Imani Castellanos, MD", title="Addiction Medicine",
          addr="care@steadypath.example.net", dom="steadypath.example.net",
          street="PO Box 4471", town="Sound City, WA 98999", phone="(206) 555-0127",
          fax="(206) 555-0128", web="steadypath.example.net", npi=npi("171150963"), zone="P")
BLOOM = Pr(org="Bloom Fertility Acupuncture", who="Juniper Hale, LAc, FABORM", title="",
           addr="juniper@bloom-acu.example.org", dom="bloom-acu.example.org",
           street="2500 S. Bluebonnet Trace, Suite 210", town="Cedar Bend, TX 78999", phone="(512) 555-0174",
           web="bloom-acu.example.org", zone="C")
GC = Pr(org="Solvang Genetic Counseling", who="Ingrid Solvang, MS, CGC", title="Certified Genetic Counselor",
        addr="ingrid@solvang-genetics.example.com", dom="solvang-genetics.example.com",
        street="3300 Wexcombe Avenue, Suite 402", town="Lake Orlen, MN 55998", phone="(612) 555-0145",
        fax="(612) 555-0146", web="solvang-genetics.example.com", npi=npi("186631227"), zone="C")
OD = Pr(org="Open Door Sexual Health", who="Renata Obi, MSN, FNP-C", title="Nurse Practitioner",
        addr="renata@opendoor-sh.example.org", dom="opendoor-sh.example.org",
        street="1155 Magnolia Reach Ave NE, Suite 6", town="Peachtree Hollow, GA 30999", phone="(404) 555-0162",
        web="opendoor-sh.example.org", npi=npi("138859006"), zone="E")

CONF = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain "
        "confidential health information that is legally privileged. If you are not "
        "the intended recipient, please notify the sender and delete this message. "
        "E-mail is not a secure way to share sensitive information.")

# ====================================================================== #
#                      restricted: mental health                         #
# ====================================================================== #
@msg("restricted", "session-move-thursday-owen",
     "A psychologist moves a named client's psychotherapy session and mentions the PTSD work they are doing; mental-health care.",
     cat="mental health")
def _():
    body = """
Hi Owen,

I'm so sorry for the short notice - I have a family thing I can't move on
Thursday evening, so I need to reschedule our 6:00. Could you do Friday at
5:00 instead? If not, Monday at 7:00 is open too.

We'll pick up with the trauma narrative where we left it last week. No
need to write anything new before then, but if the nightmares flare up
again, keep using the grounding sheet and jot down a line in the log so
we can look at it together.

Just reply with whichever time works and I'll send the portal invite.

Warmly,
Dana

--
%s

%s
""" % (WHIT.sig(), CONF)
    return mail(("Dana Whitcombe", WHIT.addr), ("Owen Pratt", "owen.pratt@mail.example.com"),
                "Need to move Thursday", (2026, 2, 10, 14, 22), T(body), mailer="gmail")


@msg("restricted", "couples-homework-after-session",
     "borderline: a couples counsellor's follow-up to two named clients with homework from their session; couples therapy is psychotherapy, so mental health.",
     cat="mental health")
def _():
    text = """
Hi Alana and Rob,

Thank you both for the work you did tonight. I know the conversation about
the move and Rob's job was hard to stay in, and you both did it without
leaving the room, which is new.

Homework for the next two weeks, as we agreed:

1. Stress-reducing conversation, 20 minutes, three evenings a week. Rule:
   no problem-solving, the listener only asks questions and validates.
2. Alana: when you notice you're flooding (heart rate up, the "here we go"
   feeling), call the break we practised and say when you'll come back.
   Rob: when she calls it, your job is to let her go and not follow.
3. Each of you fill out the "soft start-up" worksheet I gave you for one
   argument this week. Bring it, don't show it to each other before.

Rob, you mentioned the new dose Dr. Amsel started is making you flat in the
evenings. That's worth telling him directly - I'm not the right person to
judge that, but I'd like to know what he says since it affects the
evenings you two have together.

Our next session is Tuesday 3/17 at 6:30. If either of you wants an
individual check-in before then, that's fine, we talked about how that works.

Take care,
Tom\u00e1s

Tom\u00e1s Reyes-Halloran, LMFT
Common Ground Couples Counseling
415 Bramblecote Lane, Unit B, Westmere, CO 80999
(720) 555-0148
"""
    return mail(("Tom\u00e1s Reyes-Halloran", CG.addr),
                [("Alana Kessler", "alana.kessler@inbox.example.org"), ("Rob Kessler", "rkessler@example.net")],
                "After tonight + homework", (2026, 3, 3, 21, 47), ALT(text, style="outlook"), zone="M", mailer="outlook")


@msg("restricted", "superbill-march-pdf",
     "A psychologist sends a named client her superbill; the PDF carries CPT 90837 and ICD-10 F41.1 (generalized anxiety disorder).",
     cat="mental health", where="attachment-pdf")
def _():
    text = """
Hi Lauren,

Attached is your superbill for March for your out-of-network claim. Cobalt
usually wants it uploaded through their member site with the claim form;
if they send it back asking for anything else, forward it to me and I'll
take care of it.

Best,
Dana
"""
    lines = """
## Whitcombe Psychotherapy
2207 Wrenfield Avenue, Suite 3, Larch Point, PA 15299   (412) 555-0131
Dana Whitcombe, PhD, Licensed Psychologist PS-028811   NPI %s   Tax ID 91-4418820

# STATEMENT FOR INSURANCE REIMBURSEMENT (SUPERBILL)
Statement date: 04/01/2026

Client: Lauren M. Beckett          Date of birth: 09/22/1991
Address: 58 Fenwick Street, Apt 2, Larch Point, PA 15298
Insurance: Cobalt Mutual Health PPO   Member ID: CMH884203117

# Diagnosis
1. F41.1  Generalized anxiety disorder

# Services
Date        CPT     Description                               Fee      Paid
03/04/2026  90837   Psychotherapy, 60 min                     $185.00  $185.00
03/11/2026  90837   Psychotherapy, 60 min                     $185.00  $185.00
03/18/2026  90837   Psychotherapy, 60 min                     $185.00  $185.00
03/25/2026  90837   Psychotherapy, 60 min                     $185.00  $185.00
Place of service: 11 (office) / 02, 10 (telehealth) as marked in record

Total charges: $740.00     Total paid: $740.00     Balance: $0.00

I certify that the services listed were provided by me.
Signature on file: Dana Whitcombe, PhD
""" % WHIT.npi
    return mail(("Dana Whitcombe", WHIT.addr), ("Lauren Beckett", "lbeckett91@mail.example.com"),
                "March superbill", (2026, 4, 1, 9, 5),
                MIX(T(text), PDF("Superbill_2026-03_Beckett.pdf", lines, "Superbill")), mailer="gmail")


@msg("restricted", "nutricion-plan-comidas-hija",
     "A dietitian writes to a parent (Spanish) about her named daughter's meal plan, weights and therapist in eating-disorder treatment (anorexia nervosa).",
     lang="es", cat="mental health")
def _():
    text = """
Hola Sra. Morales:

Gracias por traer a Valentina el martes. Le resumo lo que hablamos para que
lo tenga por escrito:

- El peso de esta semana fue 44,1 kg (subió 0,4 kg). Vamos bien, pero todavía
  está por debajo de la meta que fijamos con la Dra. Ibáñez.
- Seguimos con el plan de 3 comidas y 3 meriendas. Por favor no negocie las
  porciones en la mesa; si Valentina se niega, usen el guion que practicamos
  y luego lo comentamos en la sesión.
- Agregue un suplemento (el batido de 350 kcal) después de la escuela los
  días que tiene fútbol.
- No hablen de calorías ni de "comida buena / comida mala" en casa.

Ya le mandé un mensaje a la psicóloga, Lic. Paredes, para que sepa que la
anorexia le está costando más en los almuerzos del colegio. Ella va a
trabajar eso en la terapia del jueves.

Próxima cita: martes 21 de abril a las 4:15 p. m. Si nota mareos o
desmayos, llame a la pediatra ese mismo día.

Un abrazo,
Rebecca Lindqvist, RDN, LD
Nourish Nutrition Counseling
(503) 555-0185
"""
    return mail(("Rebecca Lindqvist", RD.addr), ("Marisela Morales", "marisela.morales@correo.example.com"),
                "Resumen de la cita de Valentina", (2026, 4, 9, 18, 12), T(text, "utf-8", "quoted-printable"),
                zone="P", mailer="apple")


@msg("restricted", "card-receipt-display-name",
     "borderline: a card receipt that names the client and only says 'DW Practice LLC'; the sender's display name says it is trauma and anxiety therapy.",
     cat="mental health", where="display-name")
def _():
    text = """
Receipt from DW Practice LLC

Amount paid        $175.00
Date paid          March 3, 2026
Payment method     Visa - 4412
Invoice            #2041

Summary
  Invoice #2041 ................................ $175.00
  Amount charged ............................... $175.00

If you have any questions, contact DW Practice LLC at
billing@whitcombe-therapy.example.com.

You're receiving this email because you made a purchase at DW Practice LLC,
which partners with PracticeNest Payments to provide invoicing and payment
processing.
"""
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Receipt</title></head>
<body style="background:#f6f9fc;font-family:-apple-system,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="480" style="background:#ffffff;border-radius:6px;padding:24px">
<tr><td style="font-size:20px;color:#32325d">Receipt from DW Practice LLC</td></tr>
<tr><td style="color:#8898aa;font-size:12px;padding-top:4px">Receipt #1780-4431</td></tr>
<tr><td><table width="100%" style="margin-top:16px;font-size:14px;color:#525f7f">
<tr><td>Amount paid</td><td align="right">$175.00</td></tr>
<tr><td>Date paid</td><td align="right">March 3, 2026</td></tr>
<tr><td>Payment method</td><td align="right">Visa &ndash; 4412</td></tr>
<tr><td>Invoice</td><td align="right">#2041</td></tr>
</table></td></tr>
<tr><td style="font-size:12px;color:#8898aa;padding-top:24px">If you have any questions, contact DW Practice LLC at
<a href="mailto:billing@whitcombe-therapy.example.com">billing@whitcombe-therapy.example.com</a>.</td></tr>
<tr><td style="font-size:11px;color:#aab7c4;padding-top:12px">PracticeNest Payments &middot; practicenest.example.com</td></tr>
</table></td></tr></table></body></html>
"""
    return mail(("Dana Whitcombe PhD | Trauma & Anxiety Therapy", "receipts@payments.practicenest.example.com"),
                ("Marcus Feld", "marcus.feld@example.net"), "Your receipt from DW Practice LLC #1780-4431",
                (2026, 3, 3, 19, 2, 41), ALT(text, html), mailer="app",
                reply_to="billing@whitcombe-therapy.example.com")


@msg("restricted", "erp-homework-korean",
     "A named client writes (Korean) to his psychologist about exposure-and-response-prevention homework for contamination OCD.",
     lang="ko", cat="mental health")
def _():
    text = """
휘트컴 박사님께,

이번 주 숙제 결과를 미리 보내드립니다.

- 노출 4단계(지하철 손잡이 잡고 30분 동안 손 씻지 않기)를 월, 수, 금 세 번 했습니다.
  불안 점수는 처음에 85에서 시작해서 금요일에는 50 정도까지 내려갔어요.
- 5단계(공중화장실 문손잡이)는 아직 못 했습니다. 한 번 시도했는데 10분 만에
  손을 씻어버렸습니다. 기록지에 적어 두었어요.
- 확인 강박(문 잠금 확인)은 지난주보다 줄었습니다. 하루에 세 번 이하로요.

목요일 상담 때 5단계를 같이 계획해 주시면 좋겠습니다.
그리고 보험 영수증도 다음 달 초에 한 번에 받을 수 있을까요?

감사합니다.
백지훈 드림
"""
    return mail(("백지훈", "jihoon.baek@mail.example.com", "euc-kr", "B"), ("Dana Whitcombe", WHIT.addr),
                "이번 주 노출 숙제 기록", (2026, 5, 17, 22, 40), T(text, "euc-kr", "base64"), cs="euc-kr", mailer="tbird")


@msg("restricted", "reply-over-phq9-referral",
     "The client's reply says only 'Tuesday works'; the quoted message from her psychologist gives her PHQ-9 of 17 and a psychiatry referral for depression medication.",
     cat="mental health", where="quoted")
def _():
    orig = """
Hi Keisha,

Thanks for filling out the questionnaires before our session. Your PHQ-9
came in at 17, up from 11 in January, and you checked "several days" on
the last question, which we talked about - I'm glad you have the safety
plan on your fridge, and 988 is always there if the nights get bad.

As we discussed, I think it's time to add a medication evaluation to the
therapy. Two psychiatrists I trust who take Pinecrest:

  Dr. Aaron Feldt, Larch Point Psychiatric Associates, (412) 555-0188
  Dr. Simone Achebe (telehealth), (412) 555-0189

Let's keep our regular Tuesday and I'll check in about whether you've
been able to book one.

Dana
"""
    text = """
Okay Tuesday works. Thanks for sending the names, I'll call the first one
tomorrow on my lunch.

Keisha

On Thu, Jan 29, 2026 at 4:12 PM Dana Whitcombe <dana@whitcombe-therapy.example.com> wrote:
%s
""" % quote(orig)
    return mail(("Keisha Daniels", "keishadaniels@example.net"), ("Dana Whitcombe", WHIT.addr),
                "Re: follow up from today", (2026, 1, 29, 20, 55), T(text), mailer="gmail",
                irt=ref(WHIT.dom))


@msg("restricted", "subject-only-intake-cbt-start",
     "borderline: the body says only that no authorisation is needed; the Subject names the client, a panic-disorder intake and the CBT start date.",
     cat="mental health", where="subject")
def _():
    text = """
Hi Dana,

Checked with Pinecrest this morning - no prior auth for outpatient
90791/90834/90837 on that plan, in-network, $30 copay. You're all set.

Tamsin

Tamsin Greer | Account Manager
ClearClaim Billing Partners
(888) 555-0170 x214
"""
    quoted = """
-----Original Message-----
From: Dana Whitcombe <dana@whitcombe-therapy.example.com>
Sent: Monday, April 6, 2026 8:02 AM
To: Tamsin Greer <tgreer@clearclaim.example.net>
Subject: Lucia Ferraz - panic disorder intake / CBT start 4/14 - auth needed?

Can you check this one before next Tuesday? Thx
"""
    return mail(("Tamsin Greer", "tgreer@clearclaim.example.net"), ("Dana Whitcombe", WHIT.addr),
                "RE: Lucia Ferraz - panic disorder intake / CBT start 4/14 - auth needed?",
                (2026, 4, 6, 11, 38), T(text + quoted), mailer="outlook", irt=ref(WHIT.dom))


# ====================================================================== #
#                   restricted: substance-use treatment                  #
# ====================================================================== #
@msg("restricted", "refill-sent-harbor-drug-film",
     "A telehealth addiction practice tells a named patient her buprenorphine/naloxone refill was sent and when her next visit and urine test are.",
     cat="substance use")
def _():
    text = """
Hi Shawna,

Your refill went to Harbor Drug (5th Ave & Pine) this morning:

  buprenorphine/naloxone 8 mg/2 mg film - 1 film twice daily - 14-day supply

They told us it will be ready after 2 pm. If they say anything about the
prior authorization, have them call us at (206) 555-0127 - it's approved
through September.

Your next video visit with Dr. Castellanos is Wednesday, June 3 at 10:30 am.
Please stop by the lab for your urine test any time before then (the order
is already in, no appointment needed).

Take care,
Jordan Pike
Care Coordinator, Steady Path Telehealth

This message may contain information protected by federal confidentiality
rules (42 CFR Part 2). If you received it in error, please let us know and
delete it.
"""
    return mail(("Steady Path Telehealth", TELE.addr), ("Shawna Pruitt", "shawna.pruitt@mail.example.com"),
                "Your refill was sent", (2026, 5, 20, 9, 14), ALT(text, style="plain"), zone="P", mailer="app")


@msg("restricted", "inyeccion-mensual-cita",
     "A telehealth addiction practice confirms a named patient's monthly buprenorphine extended-release injection appointment (Spanish).",
     lang="es", cat="substance use")
def _():
    text = """
Hola Héctor:

Le confirmo su próxima inyección mensual de buprenorfina de liberación
prolongada (Sublocade):

  Fecha: viernes 10 de julio de 2026
  Hora: 8:45 a. m.
  Lugar: Clínica Familiar Wrenhaven, 2218 Calloway Ave S, Sala 3
  Enfermera: Mónica

La Dra. Castellanos le verá por video el mismo día a las 11:00 para el
seguimiento. Si tiene molestias en el sitio de la inyección o si tiene
ganas fuertes de consumir antes de la cita, llámenos al (206) 555-0127
a cualquier hora.

Recuerde traer su identificación. El seguro ya aprobó la dosis de 100 mg.

Saludos,
Jordan Pike
Coordinador de cuidados - Steady Path Telehealth
"""
    return mail(("Jordan Pike", "jordan.pike@steadypath.example.net"), ("Héctor Salinas", "hsalinas@correo.example.com", "iso-8859-1", "Q"),
                "Cita para su inyección del 10 de julio", (2026, 7, 2, 15, 30), T(text, "iso-8859-1", "quoted-printable"),
                cs="iso-8859-1", mode="Q", zone="P", mailer="outlook")


@msg("restricted", "ics-followup-video-visit",
     "The body says only 'invite attached'; the ICS names the patient and a buprenorphine (MOUD) follow-up visit.",
     cat="substance use", where="attachment-ics")
def _():
    text = """
Hi Derek,

Invite attached for next week. Same link as last time - if it doesn't
open on your phone, use the browser version.

Jordan
"""
    cal = ics("REQUEST", "sp-3f81c2a7-5d4e@steadypath.example.net", (2026, 8, 12, 16, 0), (2026, 8, 12, 16, 30),
              "Steady Path - buprenorphine follow-up (Derek Lindahl)", ("Jordan Pike", "jordan.pike@steadypath.example.net"),
              [("Derek Lindahl", "dlindahl@example.net", "NEEDS-ACTION"), ("Imani Castellanos", "icastellanos@steadypath.example.net", "ACCEPTED")],
              location="https://video.steadypath.example.net/r/8kq2-lindahl",
              description="MOUD follow-up with Dr. Castellanos. Review cravings, film dose (16 mg/day) and the taper question you raised. Urine test due before the visit.",
              tzid="America/Los_Angeles", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", stamp="20260805T181200Z", alarm=15)
    return mail(("Jordan Pike", "jordan.pike@steadypath.example.net"), ("Derek Lindahl", "dlindahl@example.net"),
                "Invitation: Follow-up visit Wed Aug 12 4pm", (2026, 8, 5, 11, 12),
                MIX(T(text), ICS(cal, filename="invite.ics")), zone="P", mailer="outlook")


@msg("restricted", "naltrekson-alkogol-otets",
     "A daughter writes (Russian, KOI8-R) to her father's concierge doctor about his naltrexone for alcohol use disorder.",
     lang="ru", cat="substance use")
def _():
    text = """
Здравствуйте, Марисоль!

Пишу по поводу моего отца, Геннадия Волкова (дата рождения 14.02.1954).
Доктор Вантонгерен на прошлой неделе назначил ему налтрексон 50 мг в день
от алкогольной зависимости. Папа принимает его уже шесть дней.

Вопросы:
1. Его немного тошнит по утрам - это нормально? Можно ли пить таблетку
   вечером?
2. Он спрашивает, можно ли ему бокал вина на юбилее у брата в субботу.
   Я сказала, что нет, но он хочет услышать это от врача.
3. Анализы печени, которые доктор хотел повторить через месяц, - нам
   записаться к вам или в лабораторию?

Отец согласен, чтобы вы обсуждали это со мной, он подписывал форму.

Спасибо!
Ирина Волкова
(312) 555-0196
"""
    return mail(("Ирина Волкова", "irina.volkova@mail.example.com", "koi8-r", "B"),
                ("Marisol Avila RN", "marisol.avila@lakeshore-concierge.example.com"),
                "Папа - налтрексон, вопросы", (2026, 6, 8, 8, 27), T(text, "koi8-r", "quoted-printable"),
                cs="koi8-r", zone="C", mailer="tbird")


@msg("restricted", "iop-coordination-letter-docx",
     "The body speaks of 'our mutual patient'; the DOCX names him with DOB, opioid use disorder (F11.20), his buprenorphine dose and a Part 2 consent for IOP coordination.",
     cat="substance use", where="attachment-docx")
def _():
    text = """
Hello Ms. Ostrowski,

Please find attached a coordination letter for our mutual patient, along
with the signed consent form. I'm available by phone Tuesday or Thursday
afternoons if the treatment team would like to talk before his intake.

Kind regards,

Imani Castellanos, MD
Addiction Medicine | Steady Path Telehealth
Phone (206) 555-0127 | Fax (206) 555-0128

This information has been disclosed to you from records protected by
federal confidentiality rules (42 CFR part 2). The federal rules prohibit
you from making any further disclosure of this information unless further
disclosure is expressly permitted by the written consent of the person to
whom it pertains or as otherwise permitted by 42 CFR part 2.
"""
    paras = [
        "# Steady Path Telehealth",
        "PO Box 4471, Sound City, WA 98999 | (206) 555-0127 | Fax (206) 555-0128",
        "August 18, 2026",
        "Cairn Recovery Center - Intensive Outpatient Program",
        "Attn: Beata Ostrowski, LMHC, Intake Coordinator",
        "RE: Caleb J. Winters, DOB 11/03/1988",
        "Dear Ms. Ostrowski,",
        "Mr. Winters has been under my care since March 2026 for opioid use disorder, severe, in early remission on maintenance therapy (F11.20). He is maintained on buprenorphine/naloxone 16 mg/4 mg daily (sublingual film), prescribed by me and dispensed at Harbor Drug. His last urine drug screen (08/11/2026) was positive for buprenorphine and negative for fentanyl and other opioids.",
        "He has asked to add IOP for more structure as he returns to work. I support this and will continue prescribing. Please send me your attendance summary each month, and let me know right away about any missed days or return to use so we can adjust.",
        "A signed consent under 42 CFR Part 2 naming Cairn Recovery Center is enclosed.",
        "Sincerely,",
        "Imani Castellanos, MD\tNPI %s" % TELE.npi,
    ]
    return mail(("Imani Castellanos", "icastellanos@steadypath.example.net"), ("Beata Ostrowski", "bostrowski@cairnrecovery.example.org"),
                "Coordination letter and consent", (2026, 8, 18, 13, 50),
                MIX(T(text), DOCX("Coordination_letter_Cairn_IOP.docx", paras, "Imani Castellanos")), zone="P", mailer="outlook")


@msg("restricted", "pickup-moved-friday-display-name",
     "borderline: a named patient is told his pharmacy pickup moved to Friday; only the sender's display name says it is opioid use disorder care.",
     cat="substance use", where="display-name")
def _():
    text = """
Hi Kyle,

Heads up - the pharmacy called and said your pickup will be Friday
instead of Thursday because of the holiday delivery schedule. Nothing
else you need to do, same store, same time.

Have a good 4th!
Jordan
"""
    return mail(("Steady Path | Opioid Use Disorder Care", "care@steadypath.example.net"), ("Kyle Brennan", "kbrennan@inbox.example.org"),
                "Pickup moved to Friday", (2026, 7, 1, 16, 5), T(text, flowed=True), zone="P", mailer="app")


@msg("restricted", "iop-wednesday-ear-points-quoted",
     "The acupuncturist's reply says only that Wednesdays work; the quoted message names a client in week 3 of IOP after detox for alcohol use disorder.",
     cat="substance use", where="quoted")
def _():
    orig = """
Hi Mei-Ling,

Our client Ramon Ibarra (he signed the release for you, copy attached last
month) is in week 3 of IOP here after his detox at Mission Ridge in
January. He's doing well with the alcohol use disorder program and told
his counselor the NADA ear acupuncture has been the one thing that helps
him sleep. He'd like to keep coming to you on Wednesdays after group.

Could you continue at 4:00? We'd cover it through the IOP grant like before.

Thanks,
Diane Whitlow, LCSW, CADC
Bayside Recovery Services - IOP
(415) 555-0112
"""
    text = """
Hi Diane,

Wednesdays at 4 still work for me. I'll keep the same room and bring the
ear seeds for the weekends. Invoice the grant the same way?

Mei-Ling

Mei-Ling Cho, LAc
Quiet Water Acupuncture
(415) 555-0139

> On Feb 9, 2026, at 10:41 AM, Diane Whitlow <dwhitlow@baysiderecovery.example.org> wrote:
>
%s
""" % quote(orig)
    return mail(("Mei-Ling Cho", ACU.addr), ("Diane Whitlow", "dwhitlow@baysiderecovery.example.org"),
                "Re: Wednesdays", (2026, 2, 9, 13, 2), T(text), zone="P", mailer="apple",
                irt=ref("baysiderecovery.example.org"))

# ====================================================================== #
#                            restricted: HIV                             #
# ====================================================================== #
@msg("restricted", "refill-90-day-labs-due",
     "A sexual-health NP tells a named patient his PrEP refill is ready and his three-month HIV and kidney labs are due.",
     cat="HIV")
def _():
    text = """
Hi Julian,

Quick update from Open Door:

- Your PrEP refill (emtricitabine/tenofovir DF 200/300 mg, one a day, 90
  days) was sent to the mail-order pharmacy on your file. You should get a
  text from them when it ships.
- Your 3-month labs are due before the next refill: HIV antigen/antibody,
  creatinine, and the usual gonorrhea/chlamydia/syphilis screen. Walk-in
  lab hours are Mon-Thu 8-4, or I can mail you the home kit again.
- Your last kidney number was fine (creatinine 0.9).

If you've missed more than a week of pills in a row, message me before you
restart so we can talk about a test first.

Renata

Renata Obi, MSN, FNP-C
Open Door Sexual Health
(404) 555-0162
"""
    return mail(("Renata Obi", OD.addr), ("Julian Marsh", "julian.marsh@mail.example.com"),
                "refill + labs due", (2026, 3, 19, 12, 41), ALT(text, style="gmail"), mailer="gmail")


@msg("restricted", "lembrete-exames-prep",
     "A sexual-health practice reminds a named patient (Portuguese, ISO-8859-1) that his PrEP monitoring labs, including the HIV test, are due.",
     lang="pt", cat="HIV")
def _():
    text = """
Olá, Rafael!

Aqui é a Renata, da Open Door. Só para lembrar: seus exames de
acompanhamento da PrEP vencem na semana que vem. Precisamos do teste de
HIV (antígeno/anticorpo), da creatinina e da triagem de sífilis, clamídia
e gonorreia antes de liberar a próxima receita de 90 dias.

Você pode vir ao laboratório sem hora marcada (segunda a quinta, das 8h às
16h) ou pedir o kit para coletar em casa - é só responder este e-mail.

Se ficou sem tomar os comprimidos por mais de uma semana, me avise antes de
recomeçar.

Abraço,
Renata Obi, MSN, FNP-C
Open Door Sexual Health
(404) 555-0162
"""
    return mail(("Renata Obi", OD.addr), ("Rafael Nogueira", "rafa.nogueira@inbox.example.org"),
                "Lembrete: exames da PrEP", (2026, 6, 22, 10, 3), T(text, "iso-8859-1", "quoted-printable"),
                cs="iso-8859-1", mailer="gmail")


@msg("restricted", "referral-letter-id-specialist-pdf",
     "A concierge doctor refers a named patient for ongoing specialty care; the PDF letter gives his HIV viral load, CD4 count and antiretroviral regimen.",
     cat="HIV", where="attachment-pdf")
def _():
    text = """
Dr. Nwosu,

Thank you for agreeing to see Mr. Hale. Referral letter and his recent labs
are attached. He would like to transfer his ongoing specialty care closer
to home; I will stay on as his primary care physician.

Happy to talk by phone any afternoon - my cell is (312) 555-0109.

Best regards,
Charles Vantongeren, MD
Lakeshore Concierge Medicine
"""
    lines = """
## Lakeshore Concierge Medicine
980 N. Larkmoor Street, Suite 1400, Lakemont Shores, IL 60998 | (312) 555-0108
Charles Vantongeren, MD | NPI %s

May 11, 2026

Adaeze Nwosu, MD
Infectious Diseases, Northshore ID Consultants

# RE: Terrence Hale   DOB 07/30/1979

Dear Dr. Nwosu,

I am referring Mr. Hale, a 46-year-old man with HIV-1 infection diagnosed in
2014, for establishment of ongoing HIV care. He has been virally suppressed on
bictegravir/emtricitabine/tenofovir alafenamide, one tablet daily, since 2019,
previously followed at an out-of-state clinic.

Recent results (04/28/2026):
  HIV-1 RNA: <20 copies/mL (not detected)
  CD4: 712 cells/uL (34%%)
  Creatinine 1.0, eGFR >90; ALT 22; lipid panel attached
  Hepatitis B sAb positive (immune); HCV Ab negative

Other problems: hypertension on amlodipine 5 mg; mild hyperlipidemia.
Allergies: none known. He is aware of and agrees with this referral.

Sincerely,
Charles Vantongeren, MD
""" % CONC.npi
    return mail(("Charles Vantongeren MD", CONC.addr), ("Adaeze Nwosu MD", "anwosu@northshore-id.example.org"),
                "Referral - T. Hale", (2026, 5, 11, 17, 20),
                MIX(T(text), PDF("Referral_Hale_T_2026-05-11.pdf", lines, "Referral letter", flate=True, producer="Microsoft: Print To PDF")),
                zone="C", mailer="apple")


@msg("restricted", "dental-clearance-ask-physician",
     "A dental office asks a named patient's physician for his viral load and CD4 count before extractions because he listed HIV on antiretroviral therapy.",
     cat="HIV")
def _():
    text = """
Good afternoon,

We are treating your patient Anthony Ruiz-Baptiste (DOB 12/05/1983) at
Maple Street Dental. He is scheduled for extraction of #17 and #32 under
local anesthesia on Tuesday, October 20.

On his health history he listed HIV, on antiretroviral therapy (he wrote
"Biktarvy, undetectable"). Dr. Natarajan would like a copy of his most
recent viral load, CD4 count and CBC with platelets before the procedure,
and any recommendations from your side. No antibiotic premedication is
planned unless you advise otherwise.

He signed our release form, attached. You can fax to (614) 555-0118 or
reply to this e-mail.

Thank you,

Brenda Kowal
Office Manager
Maple Street Dental
88 Maple Street
Ashford Falls, OH 43999
Phone (614) 555-0117 | Fax (614) 555-0118

%s
""" % CONF
    rel = """
## Maple Street Dental - Authorization to Release Health Information
Patient: Anthony Ruiz-Baptiste     DOB: 12/05/1983
I authorize Maple Street Dental to request and receive my medical records,
including HIV-related information, from: Crescent Internal Medicine.
Purpose: dental treatment planning.  Expires: 12/31/2026
Signed: A. Ruiz-Baptiste     Date: 10/07/2026
"""
    return mail(("Maple Street Dental", MSD.addr), ("Crescent Internal Medicine - Records", "records@crescent-im.example.com"),
                "Records request before extractions - Ruiz-Baptiste", (2026, 10, 8, 14, 10),
                MIX(T(text), PDF("Release_signed.pdf", rel, "Release", producer="Canon iR-ADV C5535 PDF")), mailer="outlook")


@msg("restricted", "prep-question-chinese",
     "A named man writes (Chinese, GB2312) to a sexual-health NP asking to start PrEP and about HIV testing first.",
     lang="zh", cat="HIV")
def _():
    text = """
Obi 护士您好：

我叫陈浩，朋友介绍我来找您。我想开始吃 PrEP（预防艾滋病的药）。
我有几个问题：

1. 开始吃药以前，需要先做艾滋病检测吗？我上一次检测是去年十一月，结果是阴性。
2. 每天吃一粒，如果忘记了一天，会不会没有效果？
3. 我的保险是 Pinecrest，药费大概多少钱？
4. 我下个月要回国三个星期，可以一次开三个月的药吗？

我下班以后比较方便，星期二或者星期四晚上可以去诊所。
我的电话是 (404) 555-0193。

谢谢！
陈浩
"""
    return mail(("陈浩", "chenhao88@mail.example.com", "gb2312", "B"), ("Renata Obi", OD.addr),
                "想咨询开始吃 PrEP", (2026, 9, 14, 21, 6), T(text, "gb2312", "base64"), cs="gb2312", mailer="android")


@msg("restricted", "encounter-export-csv-april",
     "The body says only 'April export attached'; the CSV lists named patients with DOBs, HIV tests and PrEP encounter codes (Z20.6, Z79.899) for billing.",
     cat="HIV", where="attachment-csv")
def _():
    text = """
Hi Tamsin,

April encounter export attached. Two of the 4/22 visits were telehealth,
I marked the POS column. Let me know if the payer IDs look off again.

Thanks!
Renata
"""
    rows = [["visit_date", "patient_name", "dob", "member_id", "payer", "pos", "cpt", "icd10", "notes"],
            ["2026-04-02", "Marsh, Julian", "1994-08-17", "CMH550182290", "Cobalt Mutual", "11", "99214;87389;80048", "Z20.6;Z79.899", "PrEP f/u 3 mo"],
            ["2026-04-02", "Delgado, Ines", "1999-01-30", "PHP7720015", "Pinecrest", "11", "99213;87491;87591", "Z11.3", "STI screen"],
            ["2026-04-09", "Whitaker, Sam", "1988-11-02", "CMH550910044", "Cobalt Mutual", "11", "99204;87389;86780", "Z20.6;Z79.899", "PrEP start"],
            ["2026-04-15", "Okafor, Tunde", "2001-06-23", "PHP7731908", "Pinecrest", "11", "99213;87389", "Z11.4", "HIV screen only"],
            ["2026-04-22", "Nogueira, Rafael", "1992-03-09", "CMH551003378", "Cobalt Mutual", "10", "99214", "Z79.899", "PrEP f/u tele"],
            ["2026-04-22", "Brandt, Lena", "1997-12-14", "SELF", "Self-pay", "10", "99213", "Z30.09", "contraception counseling tele"],
            ["2026-04-29", "Kim, Daniel", "1985-05-05", "PHP7740261", "Pinecrest", "11", "99214;87536", "B20", "VL check - refer ID"]]
    return mail(("Renata Obi", OD.addr), ("Tamsin Greer", "tgreer@clearclaim.example.net"),
                "April export", (2026, 5, 4, 8, 32), MIX(T(text), CSV("OpenDoor_encounters_2026-04.csv", rows)), mailer="gmail")


# ====================================================================== #
#                          restricted: genetic                           #
# ====================================================================== #
@msg("restricted", "result-letter-and-family-letter-pdf",
     "A genetic counsellor sends a named client her result letter; the PDF reports a pathogenic BRCA2 variant and cascade testing for relatives.",
     cat="genetic", where="attachment-pdf")
def _():
    text = """
Hi Naomi,

As promised after our call this morning, your result letter is attached,
along with the family letter you can share with your sisters and your dad's
side if you decide to. Take your time with it - there's no rush to decide
anything this week.

I've also sent a copy to Dr. Lindgren as you asked.

Warmly,
Ingrid

Ingrid Solvang, MS, CGC
Solvang Genetic Counseling
(612) 555-0145
"""
    lines = """
## Solvang Genetic Counseling
3300 Wexcombe Avenue, Suite 402, Lake Orlen, MN 55998 | (612) 555-0145

June 2, 2026

Naomi R. Feldman   DOB 02/11/1987
Test: Hereditary breast and ovarian cancer panel (23 genes), Helix Path Diagnostics
Accession: HPD-26-0418872   Collected: 05/12/2026   Reported: 05/29/2026

# RESULT: POSITIVE - one pathogenic variant identified
Gene: BRCA2   Variant: c.5946del (p.Ser1982Argfs*22)   Heterozygous
No other pathogenic variants or variants of uncertain significance were found.

# What this means
This result explains the breast cancer in your mother and maternal aunt. It
increases your lifetime risk of breast cancer and ovarian cancer, and modestly
increases risk of pancreatic cancer and melanoma. Screening with yearly breast
MRI and mammogram, and a discussion of risk-reducing options, are recommended.

# Family members
Each of your siblings and your children has a 50% chance of carrying this
variant. Testing for this single variant is available. A family letter is
enclosed.

Ingrid Solvang, MS, CGC
"""
    fam = """
## Solvang Genetic Counseling - Letter for Relatives
A member of your family has had genetic testing and was found to carry a
pathogenic variant in the BRCA2 gene: c.5946del. You may also carry it.
Please share this letter with your doctor or a genetic counselor.
"""
    return mail(("Ingrid Solvang", GC.addr), ("Naomi Feldman", "naomi.feldman@example.net"),
                "Your letters", (2026, 6, 2, 13, 15),
                MIX(T(text), PDF("Feldman_N_result_letter.pdf", lines, "Result letter"), PDF("Family_letter_BRCA2.pdf", fam, "Family letter")),
                zone="C", mailer="outlook")


@msg("restricted", "carrier-result-partner-next",
     "A genetic counsellor tells a named couple that she is a cystic fibrosis carrier and recommends carrier testing for her partner.",
     cat="genetic")
def _():
    text = """
Hi Priya and Sam,

I have Priya's expanded carrier screening results back from the lab and
wanted to send a short summary ahead of our call on Friday.

Priya was found to be a carrier of one pathogenic variant in the CFTR gene
(F508del), which is associated with cystic fibrosis. Carriers are healthy,
this doesn't affect Priya's own health. It only matters for a pregnancy if
Sam is also a carrier of a CF variant, in which case each pregnancy would
have a 1 in 4 chance of cystic fibrosis.

No other carrier findings were reported on the 113-condition panel.

Next step: carrier screening for Sam. I've put in the order, the kit will
come to your house in the next week. Results usually take 2-3 weeks.

Talk Friday at 12:30. Write down any questions that come up before then.

Ingrid

Ingrid Solvang, MS, CGC
Solvang Genetic Counseling
3300 Wexcombe Avenue, Suite 402, Lake Orlen, MN 55998
Phone (612) 555-0145 | Fax (612) 555-0146
"""
    return mail(("Ingrid Solvang", GC.addr),
                [("Priya Raman", "priya.raman@mail.example.com"), ("Sam Whitford", "sam.whitford@mail.example.com")],
                "Priya's carrier screening result", (2026, 2, 24, 16, 48), ALT(text, style="outlook"), zone="C", mailer="outlook")


@msg("restricted", "subject-only-predictive-consult",
     "borderline: the body is only 'Thursday at 2 works'; the Subject names the family and a Lynch syndrome predictive-testing consult.",
     cat="genetic", where="subject")
def _():
    text = """
Thursday at 2 works. I'll update the invite and send them the intake link.

-I

Sent from my iPhone

> On Jul 13, 2026, at 9:02 AM, Hollis Tan <scheduling@solvang-genetics.example.com> wrote:
>
> Can we move them? Mrs. Tran asked for an afternoon.
"""
    return mail(("Ingrid Solvang", GC.addr), ("Hollis Tan", "scheduling@solvang-genetics.example.com"),
                "Re: Tran family - Lynch syndrome predictive testing consult",
                (2026, 7, 13, 9, 40), T(text), zone="C", mailer="iphone", irt=ref(GC.dom))


@msg("restricted", "antwort-huntington-bedenkzeit",
     "A named client replies (German) that she needs time before predictive Huntington disease testing; the quoted genetic counsellor's message describes the protocol.",
     lang="de", cat="genetic")
def _():
    orig = """
Dear Katrin,

Thank you for coming in on Monday. As we discussed, predictive testing for
Huntington disease follows a few steps: a second counseling visit, a
neurological exam and a check-in with a psychologist, and only then the
blood draw. You can stop at any point.

There's no deadline. When you're ready, let me know and I'll set up the
second visit.

Ingrid
"""
    text = """
Liebe Frau Solvang,

vielen Dank für das lange Gespräch am Montag. Ich habe am Wochenende viel
darüber nachgedacht und mit meinem Mann gesprochen. Ich brauche noch
Bedenkzeit, bevor ich den zweiten Termin mache - vielleicht nach dem
Sommer. Es ist doch etwas anderes, seit Papa im Pflegeheim ist.

Meine Schwester Anke würde auch gern einen Termin für die Beratung haben,
darf ich ihr Ihre Nummer geben?

Herzliche Grüße
Katrin Becker-Holm

Am 09.06.2026 um 17:05 schrieb Ingrid Solvang <ingrid@solvang-genetics.example.com>:
%s
""" % quote(orig)
    return mail(("Katrin Becker-Holm", "k.beckerholm@example.net"), ("Ingrid Solvang", GC.addr),
                "AW: next steps", (2026, 6, 14, 20, 31), T(text, "windows-1252", "8bit"), cs="windows-1252",
                zone="C", mailer="tbird", irt=ref(GC.dom))


@msg("restricted", "superbill-96041-html",
     "A genetic-counselling superbill (HTML only) for a named client with DOB, CPT 96041 and family-history codes.",
     cat="genetic")
def _():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hello Mr. Castellano,</p>
<p>Here is the statement for your genetic counseling visits for your insurance. Let me know if Cobalt needs anything else.</p>
<p>Ingrid</p>
<hr>
<h3 style="margin-bottom:2px">Solvang Genetic Counseling</h3>
<div>3300 Wexcombe Avenue, Suite 402, Lake Orlen, MN 55998 &middot; (612) 555-0145</div>
<div>Ingrid Solvang, MS, CGC &middot; NPI %s &middot; TIN 88-3320417</div>
<h4>Superbill</h4>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Client</b></td><td>Matteo Castellano</td><td><b>DOB</b></td><td>04/19/1968</td></tr>
<tr><td><b>Insurance</b></td><td>Cobalt Mutual Health</td><td><b>Member ID</b></td><td>CMH773018842</td></tr>
</table>
<br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Date</th><th>CPT</th><th>Units</th><th>Description</th><th>ICD-10</th><th>Fee</th></tr>
<tr><td>08/04/2026</td><td>96041</td><td>2</td><td>Genetic counseling, each 30 min</td><td>Z80.0, Z83.71</td><td>$240.00</td></tr>
<tr><td>08/27/2026</td><td>96041</td><td>1</td><td>Genetic counseling (results), each 30 min</td><td>Z80.0, Z83.71</td><td>$120.00</td></tr>
</table>
<p>Z80.0 Family history of malignant neoplasm of digestive organs; Z83.71 Family history of colonic polyps.<br>
Total $360.00 &middot; Paid $360.00 &middot; Balance $0.00</p>
</body></html>
""" % GC.npi
    return mail(("Ingrid Solvang", GC.addr), ("Matteo Castellano", "mcastellano@inbox.example.org"),
                "Superbill for your visits", (2026, 9, 1, 10, 12), HTML(html), zone="C", mailer="plain")


@msg("restricted", "haha-no-kekka-japanese",
     "A named woman writes (Japanese, ISO-2022-JP) to a genetic counsellor that her mother tested positive for a hereditary cancer variant and asks about her own testing.",
     lang="ja", cat="genetic")
def _():
    text = """
ソルヴァング様

はじめまして。佐藤由美と申します。ブライアウッド記念病院の乳腺外科の先生からご紹介いただきました。

先月、母（67歳）が遺伝性乳がん卵巣がん症候群の遺伝子検査を受け、
BRCA1 の病的バリアントが見つかりました。
私も検査を受けるべきか、まず遺伝カウンセリングを受けたいと思っています。

・母の検査結果のコピーは手元にあります。
・私は39歳で、今のところ乳がんの診断はありません。
・保険は Cobalt Mutual です。

平日の夕方か土曜日にオンラインで相談できますでしょうか。
どうぞよろしくお願いいたします。

佐藤 由美
(612) 555-0197
"""
    return mail(("佐藤由美", "yumi.sato@mail.example.com", "iso-2022-jp", "B"), ("Ingrid Solvang", GC.addr),
                "遺伝カウンセリングのご相談", (2026, 10, 5, 19, 22), T(text, "iso-2022-jp", "7bit"), cs="iso-2022-jp",
                zone="C", mailer="plain")


@msg("restricted", "wyniki-badania-kuby",
     "A parent writes (Polish, ISO-8859-2) to her son's speech therapist that his genetic test confirmed fragile X syndrome.",
     lang="pl", cat="genetic")
def _():
    text = """
Dzień dobry Pani Hanno,

dostaliśmy wczoraj wyniki badania genetycznego Kuby. Lekarz z poradni
genetycznej potwierdził zespół łamliwego chromosomu X (pełna mutacja genu
FMR1). Trochę to nami wstrząsnęło, ale przynajmniej wiemy, skąd opóźnienie
mowy.

Genetyk zaproponował też badanie dla mnie i dla mojej siostry, bo to może
być dziedziczone po mojej stronie.

Czy na następnej sesji w czwartek moglibyśmy porozmawiać, czy trzeba
zmienić plan terapii? Lekarz wspominał o komunikacji wspomagającej
(tablet z obrazkami). Mogę przynieść wypis.

Pozdrawiam serdecznie,
Agnieszka Wróbel
mama Kuby (Jakub Wróbel, ur. 14.03.2022)
"""
    return mail(("Agnieszka Wróbel", "a.wrobel@poczta.example.com", "iso-8859-2", "Q"), ("Hannah Kowalczyk", SLP.addr),
                "Wyniki badania Kuby", (2026, 11, 3, 21, 15), T(text, "iso-8859-2", "quoted-printable"),
                cs="iso-8859-2", mode="Q", zone="C", mailer="tbird")

# ====================================================================== #
#                       restricted: reproductive                         #
# ====================================================================== #
@msg("restricted", "transfer-day-plan-friday",
     "A fertility acupuncturist's note to a named client with her acupuncture times around Friday's IVF embryo transfer.",
     cat="reproductive")
def _():
    text = """
Hi Danielle!

So excited for Friday. Here's the plan so you don't have to think about it:

Thursday 4:30 pm - pre-transfer session here at the studio (calming
protocol, 40 min). Eat something before, and wear something comfortable.

Friday - your transfer at Cedar Bend Fertility is at 11:00. I'll meet you
in their acupuncture room at 10:15 for the pre-transfer treatment, and
again right after the transfer (they'll bring you back in about 20 min).
You don't need to do anything - just tell the nurse at check-in that I'm
coming, they have me on the list.

After: no heavy workouts, keep taking the progesterone exactly as the
clinic told you, and text me if you want to come in during the two-week
wait. Beta is scheduled for the 26th, right?

Breathe. You've done all the hard parts already.

xo
Juniper

Juniper Hale, LAc, FABORM
Bloom Fertility Acupuncture
(512) 555-0174
"""
    return mail(("Juniper Hale", BLOOM.addr), ("Danielle Okafor", "danielle.okafor@mail.example.com"),
                "Friday!! your transfer day plan", (2026, 5, 12, 19, 44), ALT(text, style="gmail"), zone="C", mailer="gmail")


@msg("restricted", "seance-apres-ponction-ics",
     "The French body only sends an invitation; the ICS names the client and a post-egg-retrieval (IVF) acupuncture session.",
     lang="fr", cat="reproductive", where="attachment-ics")
def _():
    text = """
Bonjour Camille,

Je vous envoie l'invitation pour jeudi, comme convenu au téléphone.
N'hésitez pas à m'écrire si l'horaire ne vous convient plus.

À jeudi,
Juniper
"""
    cal = ics("REQUEST", "bloom-20260903-desrosiers@bloom-acu.example.org", (2026, 9, 3, 15, 0), (2026, 9, 3, 15, 45),
              "Séance d'acupuncture post-ponction (FIV) - Camille Desrosiers", ("Juniper Hale", BLOOM.addr),
              [("Camille Desrosiers", "camille.desrosiers@courriel.example.net", "NEEDS-ACTION")],
              location="Bloom Fertility Acupuncture, 2500 S. Bluebonnet Trace, Suite 210",
              description="Séance de récupération 48 h après la ponction ovocytaire. Apportez la liste de vos médicaments (progestérone, estradiol).",
              tzid="America/Chicago", stamp="20260901T143000Z")
    return mail(("Juniper Hale", BLOOM.addr), ("Camille Desrosiers", "camille.desrosiers@courriel.example.net"),
                "Invitation : jeudi 3 septembre 15 h", (2026, 9, 1, 9, 30),
                MIX(T(text, "iso-8859-15", "quoted-printable"), ICS(cal, filename="invitation.ics")), cs="iso-8859-15", mode="Q",
                zone="C", mailer="gmail")


@msg("restricted", "postpartum-six-week-minipill",
     "borderline: a midwife's six-week postpartum note to a named client includes contraception counselling (progestin-only pill, IUD referral), so reproductive health.",
     cat="reproductive")
def _():
    text = """
Hi Mara,

It was so good to see you and little Theo today. Notes from the visit for
your records:

- Your blood pressure 118/74, bleeding has stopped, stitches healed well.
- Edinburgh score 6 - you said sleep is the hardest part, which is fair.
  Call me any time if that changes.
- Theo is 10 lb 2 oz, up from 8 lb 9 oz at birth. Feeding looks great.
- Birth control: we talked through options since you're breastfeeding.
  You're starting the progestin-only pill (norethindrone 0.35 mg, one
  every day at the same time) - the prescription went to Calder Pharmacy.
  If you decide on the IUD instead, Dr. Marchand's office does insertions
  and I sent them a referral; they'll call you.
- Pelvic floor PT referral to Stride PT as you asked.

This is your last scheduled visit with me - it's been an honor. You can
always reach me for questions.

Aurelia

Aurelia Fontaine, CPM, LM
Wildflower Midwifery
(802) 555-0119
"""
    return mail(("Aurelia Fontaine", MID.addr), ("Mara Lindqvist-Bell", "mara.lb@inbox.example.org"),
                "Your 6-week visit notes", (2026, 4, 21, 15, 5), T(text, flowed=True), mailer="apple")


@msg("restricted", "results-treatment-partner",
     "A sexual-health NP tells a named patient his chlamydia test was positive, with treatment and partner therapy.",
     cat="reproductive")
def _():
    text = """
Hi Andre,

Your results from Monday are back. The urine test was positive for
chlamydia. Everything else (gonorrhea, syphilis, HIV) was negative.

Chlamydia is common and easy to treat. I sent doxycycline 100 mg, twice a
day for 7 days, to the Parkline Pharmacy on Tolliver Street. Please avoid sex until you've finished
the pills and for 7 days after.

Your partner(s) from the last 60 days should be treated too. I can send a
prescription for them without a visit (expedited partner therapy) - just
reply with their name and date of birth, or they can call us.

We'll retest you in 3 months; I'll send a reminder.

Renata Obi, MSN, FNP-C
Open Door Sexual Health
"""
    html = html_of(text, "plain").replace("<p>Chlamydia", '<p style="color:#333">Chlamydia')
    return mail(("Open Door Sexual Health", "noreply@opendoor-sh.example.org"), ("Andre Phillips", "andre.phillips@example.net"),
                "Your test results", (2026, 8, 26, 11, 58), ALT(text, html), reply_to=OD.addr, mailer="app")


@msg("restricted", "randevou-implan-kontrasepsyon",
     "A sexual-health NP confirms (Haitian Creole) a named patient's contraceptive implant insertion appointment.",
     lang="ht", cat="reproductive")
def _():
    text = """
Bonjou Widline,

Se Renata, enfimyè pratisyen nan Open Door. Mwen konfime randevou ou pou
mete implan kontraseptif la (Nexplanon) nan bra ou:

  Jou: madi 13 oktòb 2026
  Lè: 2:30 apremidi
  Kote: 1155 Magnolia Reach Ave NE, Suite 6

Manje anvan ou vini. Si ou gen règ ou oswa si ou pa fè sèks san pwoteksyon
depi dènye règ ou, nou pap bezwen fè lòt bagay. Sinon n ap fè yon tès
gwosès anvan.

Apre li fin mete, ou ka gen yon ti doulè ak mak ble nan bra a pou kèk jou.

Si ou bezwen chanje lè a, rele nou nan (404) 555-0162.

Mèsi,
Renata Obi, MSN, FNP-C
Open Door Sexual Health
"""
    return mail(("Renata Obi", OD.addr), ("Widline Jean-Baptiste", "widline.jb@mail.example.com"),
                "Randevou ou 13 oktob - implan", (2026, 10, 6, 10, 20), T(text, "utf-8", "quoted-printable"), mailer="outlook")


@msg("restricted", "receipt-filename-hsa",
     "borderline: a chatty note with a receipt whose PDF shows only an amount; the file name names the client and IVF-transfer support acupuncture.",
     cat="reproductive", where="filename")
def _():
    text = """
Hi Sofia,

Receipt attached for your HSA, like you asked. Have a great weekend and
say hi to Luca for me!

Juniper
"""
    lines = """
## RECEIPT
Receipt no. 1182
Date: 05/29/2026
Amount: $95.00
Paid by: Visa ending 7730
Thank you!
"""
    return mail(("Juniper Hale", BLOOM.addr), ("Sofia Marchetti", "sofia.marchetti@example.net"),
                "receipt", (2026, 5, 29, 17, 3),
                MIX(T(text), PDF("Receipt_Marchetti_IVF-transfer-support_2026-05.pdf", lines, "Receipt")), zone="C", mailer="iphone")


@msg("restricted", "seguimiento-despues-del-aborto",
     "A sexual-health NP follows up (Spanish) with a named patient after a medication abortion: symptoms, pregnancy test and contraception.",
     lang="es", cat="reproductive")
def _():
    text = """
Hola Daniela:

Te escribo para ver cómo te sientes después de tomar las pastillas
(mifepristona y misoprostol) el fin de semana. Es normal tener sangrado y
cólicos por unos días, y después sangrado más leve por una o dos semanas.

Llámanos enseguida o ve a urgencias si:
- empapas más de dos toallas grandes por hora durante dos horas seguidas,
- tienes fiebre de más de 38 °C por más de 24 horas,
- o el dolor no mejora con ibuprofeno.

En 4 semanas hazte la prueba de embarazo de orina que te dimos (la de
sensibilidad baja). Mándame una foto del resultado o ven a la clínica.

Si quieres empezar un método anticonceptivo, podemos hablarlo en la cita
de control del 2 de noviembre. Puedes empezar las pastillas desde ya si
prefieres.

Un abrazo,
Renata Obi, MSN, FNP-C
Open Door Sexual Health
(404) 555-0162
"""
    return mail(("Renata Obi", OD.addr), ("Daniela Ruiz", "daniruiz@correo.example.com"),
                "¿Cómo te sientes?", (2026, 10, 13, 9, 2), T(text, "utf-8", "quoted-printable"), mailer="gmail")

# ====================================================================== #
#                     phi: dental and orthodontics                       #
# ====================================================================== #
@msg("phi", "treatment-plan-crown-and-root-canal",
     "A dental office sends a named patient her treatment plan with CDT codes, tooth numbers and her estimated share.")
def _():
    text = """
Hi Ms. Albrecht,

As promised, here is the treatment plan Dr. Natarajan went over with you
on Tuesday. Estimates are based on your Meridale Dental benefits; the
final amount depends on what they actually pay.

Tooth #19 (lower left first molar)
  D3330  Root canal, molar ..................... $1,150.00
  D2950  Core buildup .......................... $  265.00
  D2740  Crown, porcelain/ceramic .............. $1,240.00
Tooth #3
  D2392  Resin composite, two surfaces ......... $  215.00

Estimated insurance payment:   $1,387.50
Estimated patient portion:     $1,482.50

We sent a predetermination to Meridale for the crown. Dr. Natarajan would
like to start the root canal within the next 3-4 weeks since #19 is
already sensitive to cold. We have openings on March 24 at 8:00 and
March 26 at 1:30.

Please call us at (614) 555-0117 if you'd like to go over payment options.

Thank you,
Brenda Kowal
Office Manager, Maple Street Dental
"""
    return mail(("Maple Street Dental", MSD.addr), ("Gretchen Albrecht", "galbrecht@mail.example.com"),
                "Your treatment plan from Maple Street Dental", (2026, 3, 12, 10, 25), ALT(text, style="outlook"), mailer="outlook")


@msg("phi", "predetermination-denied-d4341",
     "A dental insurer denies a predetermination for a named member's scaling and root planing, with member ID and claim number.")
def _():
    text = """
Meridale Dental Benefits - Predetermination Determination

Provider:     Maple Street Dental (NPI %s)
Patient:      Raymond Tolliver
Member ID:    MDB-40-2218873
Group:        Ashford County Schools (G-10442)
Reference:    PD-2026-0611-55408

Procedure  Tooth/Quad  Submitted   Determination
D4341      UR          $285.00     Not approved
D4341      LL          $285.00     Not approved
D4910      --          $145.00     Approved, subject to frequency limits

Reason: Documentation submitted does not show pocket depths of 4 mm or
greater in the quadrants requested. Please submit a current full-mouth
periodontal charting and radiographs dated within 12 months.

This is not a guarantee of payment. Benefits are determined when the claim
is received and are subject to eligibility on the date of service.

To appeal, reply through the Meridale provider portal within 180 days.
Provider Services: (800) 555-0155
""" % MSD.npi
    return mail(("Meridale Dental Benefits", "no-reply@meridale-dental.example.com"), ("Maple Street Dental", MSD.addr),
                "Predetermination PD-2026-0611-55408 - determination available", (2026, 6, 11, 6, 2),
                T(text), mailer="app")


@msg("phi", "nhac-lich-hen-nha-khoa",
     "A dental office reminds (Vietnamese) a named patient of her cleaning and two fillings appointment.",
     lang="vi")
def _():
    text = """
Chào chị Nguyễn Thị Lan,

Phòng nha Maple Street Dental xin nhắc chị về lịch hẹn sắp tới:

  Ngày: Thứ Năm, 16 tháng 4, 2026
  Giờ: 9:30 sáng
  Bác sĩ: Bác sĩ Priya Natarajan
  Dịch vụ: Cạo vôi răng và trám 2 răng (răng số 14 và 30)

Thời gian khoảng 90 phút. Nếu chị đang uống thuốc chống đông máu, xin chị
báo cho chúng tôi trước buổi hẹn.

Xin vui lòng trả lời "C" để xác nhận, hoặc gọi (614) 555-0117 nếu cần đổi
giờ. Chị Hạnh ở quầy tiếp tân nói tiếng Việt.

Trân trọng,
Maple Street Dental
88 Maple Street, Ashford Falls, OH 43999
"""
    return mail(("Maple Street Dental", "reminders@maplestreetdental.example.com"), ("Nguyễn Thị Lan", "lan.nguyen@mail.example.com"),
                "Nhắc lịch hẹn nha khoa - 16/4", (2026, 4, 13, 8, 0), ALT(text, style="plain"), mailer="app")


@msg("phi", "subject-only-extraction-postop",
     "borderline: the body is a one-line thanks; the Subject names the patient, his DOB, an extraction and a post-op prescription.",
     where="subject")
def _():
    text = """
Thanks, got it. He picked it up at 4.

Dale
Corner Pharmacy - Ashford Falls
(614) 555-0140
"""
    return mail(("Dale Osei", "dale@cornerpharmacy.example.net"), ("Maple Street Dental", MSD.addr),
                "Re: Harold Penwick DOB 03/14/1951 - #30 extraction post-op rx",
                (2026, 2, 17, 16, 22), T(text), mailer="outlook", irt=ref(MSD.dom))


@msg("phi", "payment-plan-braces-signed",
     "An orthodontist's office sends a parent the payment plan for her named son's braces (comprehensive treatment, D8080).")
def _():
    text = """
Hi Mrs. Delacroix,

Thanks for coming in with Ethan yesterday! Attached below is the payment
plan you chose. Please reply "I agree" to this e-mail or sign at his
bonding appointment.

Patient: Ethan Delacroix
Treatment: Comprehensive orthodontic treatment, adolescent (D8080),
  upper and lower braces, est. 22 months, retainers included
Total fee:                   $5,850.00
Insurance (Meridale, est.):  -$1,500.00 (lifetime ortho max)
Down payment due at bonding: $  850.00
Monthly payments:            20 x $175.00, auto-pay on the 5th

Bonding appointment: Monday, August 3 at 8:00 am (about 2 hours).
Please have him brush really well that morning!

Questions? Call or text (919) 555-0163.

Tasha Merriweather
Treatment Coordinator, Bright Arc Orthodontics
"""
    return mail(("Tasha at Bright Arc Orthodontics", ORTHO.addr), ("Claire Delacroix", "claire.delacroix@inbox.example.org"),
                "Ethan's payment plan", (2026, 7, 15, 14, 3), ALT(text, style="gmail"), mailer="gmail")


@msg("phi", "retainer-broke-parent-korean",
     "A parent writes (Korean) to the orthodontist that her named daughter's retainer broke and asks for a repair appointment.",
     lang="ko")
def _():
    text = """
안녕하세요,

오옐라란 선생님께 교정 치료를 받은 김서연(2012년생) 엄마입니다.
어제 저녁에 서연이 아래쪽 고정식 유지장치 철사가 떨어졌어요.
앞니 두 개 뒤쪽에서 철사가 빠져서 혀에 걸린다고 합니다.

다음 주 월요일부터 수학여행이라 이번 주 안에 수리할 수 있을까요?
방과 후 3시 반 이후면 언제든 괜찮습니다.

그리고 위쪽 투명 유지장치도 금이 갔는데, 새로 맞추는 비용이 얼마인지
알려주시면 감사하겠습니다.

감사합니다.
김미정 드림
(919) 555-0194
"""
    return mail(("김미정", "mijung.kim@mail.example.com"), ("Bright Arc Orthodontics", ORTHO.addr),
                "서연이 유지장치 수리 예약 문의", (2026, 10, 19, 21, 48), T(text, "utf-8", "base64"), mailer="android")


# ====================================================================== #
#                    phi: chiropractic and acupuncture                   #
# ====================================================================== #
@msg("phi", "pip-claim-whiplash-records",
     "A chiropractor sends an auto insurer's adjuster a named claimant's records and bill with ICD-10 S13.4XXA and CPT 98941.")
def _():
    text = """
Hi Mr. Fenwick,

Per your request, attached are the records and itemized bill for your
insured's treatment at our office following the 01/22/2026 collision.

Claimant:   Victor Almanza
DOB:        06/09/1977
Claim no.:  KC-26-0047719 (PIP)
Diagnoses:  S13.4XXA sprain of ligaments of cervical spine, initial
            S33.5XXA sprain of ligaments of lumbar spine, initial
Dates:      01/26/2026 - 03/20/2026, 16 visits
Services:   98941 (CMT 3-4 regions), 97140, 97110

Total billed: $2,976.00. We have not received any payment to date.
Dr. Sorensen's narrative report will follow next week.

Please confirm receipt.

Jenna Halvorsen
Billing, Northside Chiropractic
Phone (651) 555-0122 | Fax (651) 555-0123

%s
""" % CONF
    ledger = """
## Northside Chiropractic - Itemized Statement
Patient: Victor Almanza   DOB 06/09/1977   Claim KC-26-0047719
Date        CPT    Units  Dx                  Charge
01/26/2026  99204  1      S13.4XXA, S33.5XXA  $225.00
01/26/2026  98941  1      S13.4XXA, S33.5XXA  $ 68.00
01/28/2026  98941  1      S13.4XXA            $ 68.00
01/28/2026  97140  2      S13.4XXA            $ 96.00
... 13 further visits on page 2 of the chart export ...
Total billed: $2,976.00   Paid: $0.00   Balance: $2,976.00
"""
    return mail(("Jenna Halvorsen", "billing@northsidechiro.example.net"), ("Gordon Fenwick", "gfenwick@keystonecasualty.example.com"),
                "Records - claim KC-26-0047719 - V. Almanza", (2026, 3, 25, 11, 0),
                MIX(T(text), PDF("Almanza_V_itemized.pdf", ledger, "Itemized statement")), zone="C", mailer="outlook")


@msg("phi", "ics-invite-adjustment-second-visit",
     "The body says only 'see the invite'; the ICS names the patient and his second lumbar adjustment visit.",
     where="attachment-ics")
def _():
    text = """
Hi Rick, see the invite for your next visit. Reply if you need a different time.

Northside Chiropractic
(651) 555-0122
"""
    cal = ics("REQUEST", "nsc-appt-77120@northsidechiro.example.net", (2026, 9, 9, 7, 30), (2026, 9, 9, 8, 0),
              "Adjustment - Rick Salazar (visit 2, lumbar/SI)", ("Northside Chiropractic", CHIRO.addr),
              [("Rick Salazar", "rick.salazar@example.net", "NEEDS-ACTION")],
              location="Northside Chiropractic, 3021 Tamarind Road",
              description="Follow-up after new-patient exam. Low back pain with left SI joint dysfunction. Wear loose clothing. Ice 15 min after, as discussed.",
              tzid="America/Chicago", prodid="-//PracticeNest//Scheduler 5.1//EN", stamp="20260904T150000Z")
    return mail(("Northside Chiropractic", CHIRO.addr), ("Rick Salazar", "rick.salazar@example.net"),
                "Appointment invitation", (2026, 9, 4, 10, 0), MIX(T(text), ICS(cal, filename="appointment.ics")),
                zone="C", mailer="app")


@msg("phi", "move-my-adjustment-iphone",
     "A named patient asks from her phone to move her chiropractic adjustment because her neck is worse.")
def _():
    text = """
Hi! Any chance I can move my Thursday 5:15 adjustment up to tomorrow? My
neck locked up again this morning turning to back out of the driveway and
the muscle relaxer Dr. Kline gave me isn't doing much. Anytime after 11
works.

Thanks,
Tanya Brooks

Sent from my iPhone
"""
    return mail(("Tanya Brooks", "tanyab@mail.example.com"), ("Northside Chiropractic", CHIRO.addr),
                "moving my appt?", (2026, 11, 10, 7, 48), T(text, flowed=True), zone="C", mailer="iphone")


@msg("phi", "intake-completed-docx",
     "The body is 'here is my form'; the DOCX is a named client's completed acupuncture intake with DOB, conditions and medications.",
     where="attachment-docx")
def _():
    text = """
Hi Mei-Ling, here's my form. Sorry it's late! See you Saturday.
Graham
"""
    paras = [
        "# Quiet Water Acupuncture - New Client Intake",
        "Name: Graham Whitsett\tDate of birth: 10/02/1969",
        "Phone: (415) 555-0198\tEmail: graham.whitsett@example.net",
        "Emergency contact: Pam Whitsett (wife)",
        "Main reason for visit: low back pain for 8 months, worse sitting; migraines 2-3x/month",
        "Current medications: sumatriptan 50 mg as needed; lisinopril 10 mg daily; ibuprofen most days",
        "Allergies: penicillin (rash)",
        "Medical history: hypertension (2018), L4-L5 disc bulge on MRI (2025), kidney stone (2020)",
        "Are you on blood thinners? No\tPacemaker? No\tPregnant? N/A",
        "Sleep: 5-6 hours, wakes with pain",
        "Have you had acupuncture before? Once, for a shoulder, 2015",
        "Signature: Graham Whitsett\tDate: 01/13/2026",
    ]
    return mail(("Graham Whitsett", "graham.whitsett@example.net"), ("Mei-Ling Cho", ACU.addr),
                "intake form", (2026, 1, 15, 22, 10), MIX(T(text), DOCX("QuietWater_Intake_filled.docx", paras, "Graham")),
                zone="P", mailer="gmail")


@msg("phi", "shoukuan-shouju-big5",
     "An acupuncturist sends (Traditional Chinese, Big5) a named client a receipt for six sessions with the diagnosis code for his insurance.",
     lang="zh")
def _():
    text = """
黃先生您好：

附上您一月到二月六次針灸治療的收據，方便您向保險公司申請報銷。

姓名：黃志明
出生日期：1958年5月21日
診斷：M54.50 下背痛；M25.511 右肩疼痛
治療代碼：97810、97811（針灸，每次約45分鐘）
日期：1/6、1/13、1/20、1/27、2/3、2/10
每次費用：$110，共 $660，已付清（信用卡）

如果保險公司需要其他資料，請告訴我。
下次治療是二月十七日下午三點，請記得多喝水。

祝 健康
曹美玲 針灸師
Quiet Water Acupuncture
(415) 555-0139
"""
    return mail(("曹美玲 Mei-Ling Cho", ACU.addr, "big5", "B"), ("黃志明", "cm.huang@mail.example.com", "big5", "B"),
                "針灸治療收據（一月至二月）", (2026, 2, 11, 18, 30), T(text, "big5", "base64"), cs="big5", zone="P", mailer="apple")


# ====================================================================== #
#                        phi: physical therapy                           #
# ====================================================================== #
@msg("phi", "home-exercises-week-six-acl",
     "A physical therapist sends a named patient her home exercise programme six weeks after ACL reconstruction.")
def _():
    text = """
Hi Brianna,

Great session today - 0 to 128 degrees of flexion, that's right where we
want you at six weeks post-op. Here's the updated home program. Do it once
a day on days you don't see me.

1. Quad sets, 3 x 15, hold 5 sec
2. Straight leg raise (no lag!), 3 x 12
3. Mini squats to 45 degrees, 3 x 15
4. Step-ups, 6-inch step, 3 x 10 each side
5. Stationary bike, 15 min, low resistance
6. Heel slides - stop now, your flexion is good

Still no pivoting, no jogging, brace for anything outdoors until Dr. Ahn
clears you at the 8-week visit. Ice after if it's puffy.

See you Thursday at 7 am.

Gareth

Gareth Ross-Mbeki, PT, DPT
Stride Physical Therapy
(617) 555-0154
"""
    return mail(("Gareth Ross-Mbeki", PT.addr), ("Brianna Caldwell", "bcaldwell@inbox.example.org"),
                "Your updated home program", (2026, 5, 6, 12, 30), ALT(text, style="gmail"), mailer="gmail")


@msg("phi", "plan-of-care-signature-pdf",
     "A PT clinic asks a surgeon's office to sign a plan of care; the PDF names the patient with DOB, diagnosis and frequency.",
     where="attachment-pdf")
def _():
    text = """
Hello,

Please have Dr. Ahn review and sign the attached plan of care and fax it
back to (617) 555-0155. Medicare requires a signed certification within
30 days of the evaluation.

Thank you!

Keisha Lamont
Front Desk / Authorizations
Stride Physical Therapy
(617) 555-0154
"""
    lines = """
## Stride Physical Therapy - Plan of Care / Certification
77 Ellery Court, Brookhaven, MA 02999   Phone (617) 555-0154   Fax (617) 555-0155

Patient: Walter Ng            DOB: 01/28/1948        MBI: 4QX7-HN2-KP51
Referring physician: Jonathan Ahn, MD (Brookhaven Orthopedics)
Evaluation date: 09/14/2026
Diagnosis: Z96.651 Presence of right artificial knee joint; M25.661 Stiffness of right knee
Certification period: 09/14/2026 - 11/12/2026

# Goals
1. Knee flexion to 110 degrees (currently 88) in 6 weeks
2. Ambulate 500 ft without device
3. Independent with stairs, one rail

# Plan
Frequency: 2x/week x 8 weeks. Therapeutic exercise (97110), manual therapy (97140),
gait training (97116), neuromuscular re-education (97112).

Therapist: Gareth Ross-Mbeki, PT, DPT      NPI %s

I certify the need for these services furnished under this plan of treatment.

Physician signature: ____________________________   Date: __________
""" % PT.npi
    return mail(("Keisha Lamont", "frontdesk@stride-pt.example.com"), ("Brookhaven Orthopedics", "referrals@brookhaven-ortho.example.com"),
                "Plan of care for signature - W. Ng", (2026, 9, 15, 9, 48),
                MIX(T(text), PDF("POC_Ng_Walter_2026-09-14.pdf", lines, "Plan of care", flate=True)), mailer="outlook")


@msg("phi", "auth-denied-additional-visits",
     "A health plan denies additional PT visits for a named member with member ID and diagnosis.")
def _():
    text = """
PINECREST HEALTH PLAN - UTILIZATION MANAGEMENT
Notice of Adverse Determination (Provider Copy)

Date:                 February 20, 2026
Member:               Deborah Quinlan
Member ID:            PHP4418027
Date of birth:        08/15/1962
Requesting provider:  Stride Physical Therapy
Reference:            UM-26-118420

Request: 12 additional physical therapy visits (97110, 97140, 97530)
Diagnosis: M75.101 Rotator cuff tear, right shoulder, not specified as traumatic

Decision: 4 visits approved (02/23/2026 - 03/22/2026). 8 visits denied.

Rationale: Records show progress toward goals has plateaued (shoulder
flexion 145 to 150 degrees over the last 6 visits). Continued skilled care
beyond 4 visits to transition to a home program is not medically necessary
under Pinecrest Medical Policy PT-03.

You may request a peer-to-peer review within 14 days at (800) 555-0144,
or an appeal within 60 days. The member has been sent a separate notice.
"""
    return mail(("Pinecrest UM Notifications", "um-notify@pinecrest-hp.example.net"), ("Stride PT Authorizations", "frontdesk@stride-pt.example.com"),
                "Adverse determination UM-26-118420", (2026, 2, 20, 15, 30), T(text), mailer="app")


@msg("phi", "esercizi-ginocchio",
     "A named patient writes (Italian) to his physiotherapist about knee pain and swelling after the new exercises.",
     lang="it")
def _():
    text = """
Buongiorno Gareth,

le scrivo perché dopo la seduta di giovedì il ginocchio destro si è gonfiato
parecchio. Ho fatto gli esercizi nuovi (squat a metà e gli step sul gradino)
due volte venerdì e una sabato, e da ieri sera fa male sul lato interno,
soprattutto scendendo le scale.

Ho messo il ghiaccio tre volte e preso un ibuprofene ieri sera.
Devo sospendere gli step fino al prossimo appuntamento? Il chirurgo mi
aveva detto di non esagerare dopo la pulizia del menisco.

Se serve posso venire prima di martedì, anche mercoledì mattina presto.

Grazie mille,
Lorenzo Bianchi
"""
    return mail(("Lorenzo Bianchi", "lorenzo.bianchi@posta.example.net"), ("Gareth Ross-Mbeki", PT.addr),
                "Ginocchio gonfio dopo gli esercizi", (2026, 6, 29, 8, 15), T(text, "utf-8", "quoted-printable"), mailer="apple")


# ====================================================================== #
#                     phi: speech and occupational therapy               #
# ====================================================================== #
@msg("phi", "stuttering-note-from-parent",
     "A parent tells the speech-language pathologist about her named son's stuttering at home and at preschool.")
def _():
    text = """
Hi Hannah,

Quick note before Theo's session Thursday. The last two weeks have been
rough - lots more blocks, especially on "I" and "m" words at the start
of sentences, and he's started tapping his leg when he gets stuck. His
preschool teacher noticed too and asked if she should finish his words
for him. I said no like you told us but maybe you could send her
something short?

The smooth speech practice at bedtime is going ok when he's not tired.
We've been doing the turtle talk game most nights.

Also - is it normal that it gets worse when he's excited? Grandma visited
and it was a lot worse that weekend.

Thanks so much,
Erin Baptiste (Theo's mom)
"""
    return mail(("Erin Baptiste", "erin.baptiste@mail.example.com"), ("Hannah Kowalczyk", SLP.addr),
                "Theo - update before Thursday", (2026, 1, 20, 21, 3), T(text), zone="C", mailer="gmail")


@msg("phi", "progress-report-school-pdf",
     "The body is a short cover note; the PDF is a named child's speech-language progress report with DOB, diagnoses and goals.",
     where="attachment-pdf")
def _():
    text = """
Hi Ms. Varga,

Attached is Amara's progress report for the spring IEP meeting, as her
parents asked. Her mom signed the release on March 2. Happy to join by
phone for the speech portion.

Hannah Kowalczyk, MS, CCC-SLP
Little Words Speech Therapy
(773) 555-0171
"""
    lines = """
## Little Words Speech Therapy - Progress Report
Hannah Kowalczyk, MS, CCC-SLP   NPI %s

Client: Amara Okonjo        DOB: 05/30/2019        Report date: 03/16/2026
Diagnoses: F80.0 Phonological disorder; F80.2 Mixed receptive-expressive language disorder
Frequency: 2x weekly, 45 min, since 09/2025

# Goals and progress
1. Produce /k/ and /g/ in initial position of words with 80%% accuracy.
   Baseline 20%%; current 75%% in structured tasks, ~50%% in conversation.
2. Follow 2-step directions with spatial concepts (under, behind) with 80%% accuracy.
   Baseline 40%%; current 70%%.
3. Use 5-6 word sentences with correct pronouns to describe pictures.
   Baseline 3-4 words; current 5 words, pronoun errors (her/she) persist.

# Recommendations
Continue 2x weekly. In the classroom, preferential seating and visual
supports for directions; allow extra response time.
""" % SLP.npi
    return mail(("Hannah Kowalczyk", SLP.addr), ("Judit Varga", "jvarga@ravenwood-d42.example.org"),
                "Progress report for Amara O. (IEP 3/24)", (2026, 3, 17, 13, 7),
                MIX(T(text), PDF("Okonjo_A_progress_2026-03.pdf", lines, "Progress report")), zone="C", mailer="outlook")


@msg("phi", "tarea-sonidos-r",
     "A speech-language pathologist sends a parent (Spanish) her named son's articulation homework for the /r/ sound.",
     lang="es")
def _():
    text = """
Hola Sr. Ramírez:

Aquí está la tarea de Mateo para esta semana. Hoy logró la "r" suave
(como en "pero") en sílabas casi siempre, así que vamos a pasar a
palabras.

Practiquen 10 minutos al día:
1. Lista de palabras: pera, toro, cara, loro, muro, hora (decir cada una
   3 veces, despacio).
2. Juego de memoria con las tarjetas que le di (solo palabras con "r" en
   el medio).
3. La "rr" fuerte (perro, carro) todavía NO. Si la dice mal, no lo
   corrijan, solo repitan la palabra bien.

Mateo se esforzó muchísimo hoy, ¡díganle que estoy muy orgullosa!

Nos vemos el martes a las 4:00.

Hannah Kowalczyk, MS, CCC-SLP
Little Words Speech Therapy
"""
    return mail(("Hannah Kowalczyk", SLP.addr), ("Luis Ramírez", "luisramirez@correo.example.com"),
                "Tarea de Mateo - semana del 9 de febrero", (2026, 2, 10, 17, 40), T(text, "utf-8", "quoted-printable"),
                zone="C", mailer="gmail")


@msg("phi", "subject-only-video-link-ava",
     "borderline: the body is a video link and 'see you soon'; the Subject names the child and her speech therapy session.",
     where="subject")
def _():
    text = """
https://meet.littlewords-speech.example.org/room/hk-0417

See you soon!
Hannah
"""
    return mail(("Hannah Kowalczyk", SLP.addr), ("Megan Lindgren", "meganlindgren@example.net"),
                "Video link - Ava Lindgren speech therapy 3:30 (stuttering f/u)", (2026, 4, 17, 15, 21),
                T(text), zone="C", mailer="gmail")


@msg("phi", "sensory-diet-parent",
     "A pediatric occupational therapist writes to a parent about her named son's sensory diet and fine-motor goals.")
def _():
    text = """
Hi Rachel,

Here's the sensory diet we put together for Noah today. Try to fit the
"heavy work" in before school and right after, since that's when the
meltdowns have been happening.

Morning (before school)
- Wall push-ups x 10, animal walks down the hallway (bear, crab)
- Crunchy breakfast (toast, cereal) - the oral input helps him settle

After school
- 10 min on the trampoline or carry the laundry basket upstairs
- Then the quiet corner with the weighted lap pad for homework

Fine motor homework
- Therapy putty: find the beads, 5 min
- Tongs game with pom-poms - he loved it today
- Pencil grip: keep using the grip on every writing task

He did a great job with scissors today, cut a circle almost on the line!

Next session Thursday 3:45. His re-evaluation is due in May, I'll send the
parent questionnaire before then.

Jasmine Ortega, OTR/L
Sprout Pediatric Therapy
(480) 555-0126
"""
    return mail(("Jasmine Ortega", OT.addr), ("Rachel Stein", "rachel.stein@mail.example.com"),
                "Noah's sensory diet", (2026, 2, 3, 18, 22), ALT(text, style="apple"), zone="-0700", mailer="apple")


@msg("phi", "handwriting-goals-adhd",
     "borderline: an OT's note about a named child's handwriting goals mentions his ADHD diagnosis, but OT is not treatment by a psychiatric service, so phi.")
def _():
    text = """
Hi Mr. and Mrs. Parker,

Thank you for sending the teacher's notes. A few thoughts after today's
session with Caleb:

His handwriting itself is improving - letter sizing is more consistent and
he's using the lines about 70% of the time now (was 40% in October). Where
he's struggling is getting started and staying on the page, which lines
up with what you said about the ADHD diagnosis his pediatrician, Dr.
Moreau, made last year.

Things I'd like to try in OT and at home:
- a slant board and a wiggle cushion for seated work,
- writing in short bursts (3 minutes, then a movement break),
- a visual checklist taped to the desk: name, date, spaces, check.

I'm not changing anything about his medication, of course - that's between
you and Dr. Moreau - but it might help to let her know that the afternoons
are harder for him here.

Next goals update in January.

Jasmine Ortega, OTR/L
Sprout Pediatric Therapy
"""
    return mail(("Jasmine Ortega", OT.addr), [("Dana Parker", "dparker@inbox.example.org"), ("Luke Parker", "lparker@inbox.example.org")],
                "Caleb - handwriting and the teacher's notes", (2026, 11, 18, 16, 44), T(text), zone="-0700", mailer="gmail")


@msg("phi", "taqyim-ilaj-wazifi-arabic",
     "A parent writes (Arabic, windows-1256) to a pediatric OT to schedule an evaluation for his named son's motor delays.",
     lang="ar")
def _():
    text = """
السيدة جاسمين المحترمة،

تحية طيبة وبعد،

أنا والد الطفل يوسف حداد، عمره خمس سنوات (تاريخ الميلاد 2021/03/08).
طبيب الأطفال الدكتور سليم أعطانا تحويلاً لتقييم العلاج الوظيفي، لأن يوسف
يجد صعوبة في مسك القلم واستخدام المقص، ويتعب بسرعة عند الكتابة، والمعلمة
لاحظت أنه يتجنب الأنشطة الحركية الدقيقة.

هل يمكن حجز موعد للتقييم في أقرب وقت؟ نفضل يوم الجمعة أو بعد الساعة الرابعة.
التأمين لدينا هو Pinecrest، ورقم العضوية PHP5520913.

مرفق صورة التحويل إذا احتجتم إليها.

مع الشكر،
رامي حداد
(480) 555-0195
"""
    return mail(("رامي حداد", "rami.haddad@mail.example.com", "windows-1256", "B"), ("Sprout Pediatric Therapy", OT.addr),
                "طلب موعد تقييم علاج وظيفي ليوسف", (2026, 9, 21, 19, 5), T(text, "windows-1256", "base64"),
                cs="windows-1256", zone="-0700", mailer="outlook")

# ====================================================================== #
#                    phi: nutrition, midwifery, lactation                #
# ====================================================================== #
@msg("phi", "a1c-followup-meal-plan",
     "A dietitian writes to a named client about his A1c, type 2 diabetes meal plan and next visit.")
def _():
    text = """
Hi Dennis,

Great news from your doctor's labs - your A1c came down from 8.4 to 7.6
in three months. That's the walking after dinner and the breakfast swap
paying off.

What we agreed today:
- Keep carbs at about 45 g per meal, 15 g per snack (the plate method
  picture is on your fridge).
- Swap the afternoon soda for the flavored seltzer (you said you're down
  to 3 a week - aim for 1).
- Check your sugar 2 hours after dinner on Tue/Thu/Sat and write it down.
- Dr. Prasad kept metformin at 1000 mg twice daily; no changes from me.

Next visit: Thursday, May 14 at 10:00 (covered under your MNT benefit,
visit 4 of 6 this year).

Rebecca

Rebecca Lindqvist, RDN, LD
Nourish Nutrition Counseling
(503) 555-0185
"""
    return mail(("Rebecca Lindqvist", RD.addr), ("Dennis Kowalski", "dkowalski@mail.example.com"),
                "Today's visit - A1c and next steps", (2026, 4, 16, 11, 50), T(text), zone="P", mailer="gmail")


@msg("phi", "claim-denied-97803-visit-limit",
     "A billing service tells a dietitian that a named client's medical nutrition therapy claim was denied for the visit limit, with claim number.")
def _():
    text = """
Hi Rebecca,

Heads up on one from this week's ERA:

Client:  Maureen Oyelowo (DOB 02/27/1958), Cobalt Mutual CMH661200318
Claim:   26118-00429-7 / DOS 07/09/2026
Line:    97803 x2 units, Dx E66.01 / E11.9
Status:  Denied - CARC 119 (benefit maximum for this time period reached)

Cobalt counts MNT visits per calendar year and shows 6 already paid (Jan-Jun).
Her plan allows 3 more with a diabetes diagnosis if the PCP sends a new
referral noting a change in condition. Do you want me to ask her doctor's
office, or bill her the $118 as self-pay per your policy?

Tamsin

Tamsin Greer | Account Manager
ClearClaim Billing Partners
(888) 555-0170 x214
"""
    return mail(("Tamsin Greer", "tgreer@clearclaim.example.net"), ("Rebecca Lindqvist", RD.addr),
                "Denial - Oyelowo 7/9", (2026, 7, 22, 10, 5), T(text), mailer="outlook")


@msg("phi", "regime-sans-gluten",
     "A named client writes (French, ISO-8859-15) to her dietitian about her new celiac disease diagnosis and gluten-free diet.",
     lang="fr")
def _():
    text = """
Bonjour Rebecca,

Comme je vous l'ai dit au téléphone, la biopsie a confirmé la maladie
cœliaque (le gastro-entérologue a parlé d'une atrophie villositaire
« Marsh 3a »). Mes anticorps anti-transglutaminase étaient à 118.

J'ai commencé le régime sans gluten il y a dix jours mais j'ai plein de
questions avant notre rendez-vous de mardi :
- l'avoine « sans gluten », c'est autorisé dès le début ?
- je dois vraiment changer mon grille-pain et ma planche à découper ?
- je fais souvent la cuisine pour mes enfants, est-ce qu'on doit tous
  manger sans gluten à la maison ?
- mon ferritine est basse (9), le médecin m'a prescrit du fer : à quelle
  heure le prendre par rapport aux repas ?

Merci d'avance, à mardi 14 h.
Élodie Marchand
"""
    return mail(("Élodie Marchand", "elodie.marchand@courriel.example.net", "iso-8859-15", "Q"), ("Rebecca Lindqvist", RD.addr),
                "Questions avant mardi (maladie cœliaque)", (2026, 3, 6, 9, 41), T(text, "iso-8859-15", "quoted-printable"),
                cs="iso-8859-15", mode="Q", zone="P", mailer="tbird")


@msg("phi", "postpartum-day3-home-visit",
     "A midwife's note after a day-3 postpartum home visit with a named client's and baby's checks.")
def _():
    text = """
Hi Jess and Marco,

Notes from this morning's visit so you have them:

Jess
- BP 124/78, pulse 80, temp 98.4
- Uterus firm, 2 finger-widths below the belly button - right on track
- Bleeding moderate, no clots bigger than a plum. Keep an eye on it.
- Small tear healing well. Sitz baths twice a day, keep using the peri bottle.
- You said you cried a lot yesterday - baby blues are really common on
  day 3-5. If it lasts more than two weeks or you feel hopeless, call me.

Baby Iris
- Weight 7 lb 1 oz (birth 7 lb 8 oz, down 5.8% - fine)
- Mild jaundice on the face and chest. Bilirubin check was 11.2, below
  the treatment line. Lots of feeding and sunlight by the window.
- Newborn screen done; we'll get results in about a week.
- 8 wet diapers - perfect.

I'll be back Friday for the day-5 visit around 10.

Aurelia
(802) 555-0119
"""
    return mail(("Aurelia Fontaine", MID.addr), [("Jess Amato", "jess.amato@mail.example.com"), ("Marco Amato", "marco.amato@mail.example.com")],
                "Day 3 visit notes", (2026, 1, 14, 13, 18), T(text), mailer="apple")


@msg("phi", "birth-plan-37-weeks",
     "A doula reviews a named client's birth plan at 37 weeks, with her GBS status and induction discussion.")
def _():
    text = """
Hey Priscilla!

37 weeks!! Here are my notes on your birth plan draft before we meet
Saturday:

- Love the lighting/music section. Add that you want the birth ball and
  the peanut ball available.
- Pain relief: you wrote "no epidural" - I'd soften that to "I'd like to
  try unmedicated first; please don't offer, I'll ask." Gives you room.
- Since you're GBS positive, you'll get IV antibiotics in labor. Ask if
  they can saline-lock the IV between doses so you can move.
- Induction: Dr. Haines mentioned 41 weeks if baby hasn't come. Add your
  preference (Foley balloon first before Pitocin), like we talked about.
- Delayed cord clamping and immediate skin-to-skin: yes, already there.

Call me the second anything starts, day or night.

Sunny Adeyemi
Birth Doula, Wildflower Midwifery
(802) 555-0121
"""
    return mail(("Sunny Adeyemi", "sunny@wildflower-midwifery.example.org"), ("Priscilla Huang", "priscilla.huang@example.net"),
                "birth plan notes!", (2026, 8, 20, 20, 12), T(text, flowed=True), mailer="iphone")


@msg("phi", "exames-pre-natais-gbs",
     "A midwife sends a named client (Portuguese) her prenatal lab results (GBS negative, hemoglobin, glucose test).",
     lang="pt")
def _():
    text = """
Oi, Juliana!

Chegaram os resultados dos exames de 36 semanas:

- Estreptococo do grupo B (GBS): negativo. Então não vai precisar de
  antibiótico durante o trabalho de parto.
- Hemoglobina: 11,4 - melhorou bastante com o ferro. Pode continuar
  tomando um comprimido por dia até o parto.
- O teste de glicose de 28 semanas já estava normal (112).

Na consulta de quinta-feira vamos conferir a posição do bebê e fazer o
plano para a visita em casa. O parto na água continua de pé!

Qualquer dúvida é só ligar: (802) 555-0119.

Beijos,
Aurelia
Wildflower Midwifery
"""
    return mail(("Aurelia Fontaine", MID.addr), ("Juliana Prado", "juliana.prado@correio.example.com"),
                "Resultados dos exames de 36 semanas", (2026, 6, 3, 17, 2), T(text, "utf-8", "quoted-printable"), mailer="gmail")


@msg("phi", "randevou-swen-prenatal",
     "A midwife's associate confirms (Haitian Creole) a named client's prenatal visit at 30 weeks with the glucose test.",
     lang="ht")
def _():
    text = """
Bonjou Marie-Ange,

Se Nadège nan Wildflower Midwifery. M ap konfime pwochen randevou swen
prenatal ou:

  Jedi 9 jiyè 2026, 11:00 nan maten
  12 Quarry Hill Road, East Calder

Ou gen 30 semèn kounye a. Jou sa a n ap:
- pran tansyon ou ak pwa ou,
- koute kè ti bebe a,
- fè tès sik la (tès glikoz). Pa manje anyen 2 èdtan anvan.

Si ou santi tèt fè mal anpil, vizyon twoub, oswa ou pa santi bebe a
bouje, rele nou touswit nan (802) 555-0119.

Mèsi, a jedi!
Nadège Pierre-Louis, CPM
"""
    return mail(("Nadège Pierre-Louis", "nadege@wildflower-midwifery.example.org", "iso-8859-1", "Q"),
                ("Marie-Ange Toussaint", "marieange.t@mail.example.com"),
                "Randevou prenatal ou jedi 9 jiyè", (2026, 7, 6, 12, 30), T(text, "iso-8859-1", "8bit"),
                cs="iso-8859-1", mode="Q", mailer="outlook")


@msg("phi", "visit-summary-weight-and-latch",
     "A lactation consultant's visit summary for a named mother and baby: weights, latch, and a tongue-tie referral.")
def _():
    text = """
Hi Olivia,

Thanks for having me over today. Summary for you and for Dr. Yates:

Baby Leo, 12 days old
- Weight today 7 lb 6 oz (birth 7 lb 11 oz, lowest 7 lb 0 oz on day 4).
  He's gaining again but not quite back to birth weight.
- Pre/post feed weight: transferred 1.4 oz from the left, 0.8 oz from the
  right in 25 minutes.
- Tight lingual frenulum, limited lift and a heart-shaped tip. I'd like
  him seen for a tongue-tie evaluation - referral sent to Dr. Oduya's
  pediatric dental office, (608) 555-0178.

You
- Nipple damage on the right, healing. Use the deep-latch steps we
  practiced and lanolin after feeds.
- Pump after 4 feeds a day for 10 min and give what you get by bottle or
  spoon, until his weight is back up.

Weight check with me next Tuesday.

Colleen Byrne, IBCLC
Milkweed Lactation
"""
    return mail(("Colleen Byrne", LAC.addr), ("Olivia Nakamura", "olivia.nakamura@mail.example.com"),
                "Today's visit summary", (2026, 5, 22, 16, 27), ALT(text, style="gmail"), cc=("Dr. Yates office", "frontdesk@lakeview-peds.example.com"),
                zone="C", mailer="gmail")


@msg("phi", "lactation-superbill-pdf",
     "The body asks the mother to submit the attached; the PDF superbill names her and her baby with DOBs, HCPCS S9443 and diagnosis codes.",
     where="attachment-pdf")
def _():
    text = """
Hi Grace,

Here's the superbill for your insurance. Most plans reimburse lactation
visits under the preventive benefit - submit it with their claim form.

Colleen
"""
    lines = """
## Milkweed Lactation - Superbill
204 Marrowstone Street, Lakeview, WI 53999 | (608) 555-0177
Colleen Byrne, IBCLC | NPI %s | TIN 47-2291180

Patient (parent): Grace Whitfield   DOB 10/19/1992
Infant: Hazel Whitfield             DOB 03/02/2026
Insurance: Pinecrest Health Plan    Member ID PHP6604112

Date of service: 03/09/2026    Place of service: 12 (home)
S9443   Lactation class/consultation, non-physician provider    $150.00
99403   Preventive counseling, 60 min                            $ 95.00

Diagnoses:
O92.79  Other disorders of lactation
P92.5   Neonatal difficulty in feeding at breast
Z39.1   Encounter for care and examination of lactating mother

Total $245.00   Paid $245.00 (card)   Balance $0.00
""" % LAC.npi
    return mail(("Colleen Byrne", LAC.addr), ("Grace Whitfield", "gracewhitfield@inbox.example.org"),
                "superbill for your insurance", (2026, 3, 10, 8, 55),
                MIX(T(text), PDF("Superbill_Whitfield_2026-03-09.pdf", lines, "Superbill")), zone="C", mailer="gmail")


@msg("phi", "pagpapasuso-mastitis-tagalog",
     "A named mother writes (Tagalog) to the lactation consultant about a painful breast, fever and her baby's feeding.",
     lang="tl")
def _():
    text = """
Hi Ms. Colleen,

Si Liza po ito, yung nanay ni baby Gabriel (3 weeks old). Pasensya na po
sa late na message.

Kagabi pa po masakit at namumula yung kaliwang dibdib ko, may matigas na
bukol sa gilid. Kaninang umaga nilagnat ako, 38.4. Pinapasuso ko pa rin
si Gabriel sa kaliwa kasi sabi ng nanay ko dapat tuloy lang, pero sobrang
sakit po.

Tanong ko po:
1. Okay lang po ba na ituloy ko ang pagpapasuso sa kaliwa?
2. Dapat ko na po bang tawagan si Dr. Reyes para sa antibiotic?
3. Pwede po ba kayong pumunta dito bukas?

Salamat po,
Liza Dimaculangan
(608) 555-0199
"""
    return mail(("Liza Dimaculangan", "liza.dimaculangan@mail.example.com"), ("Colleen Byrne", LAC.addr),
                "Masakit po yung dibdib ko at may lagnat", (2026, 7, 28, 6, 40), T(text), zone="C", mailer="android")


# ====================================================================== #
#                  phi: podiatry, optometry, audiology                   #
# ====================================================================== #
@msg("phi", "diabetic-foot-ulcer-pcp",
     "A podiatrist updates a named patient's primary care doctor on his diabetic foot ulcer, wound size and offloading.")
def _():
    text = """
Dr. Prasad,

Update on our mutual patient Earl Whitmore (DOB 09/11/1955):

Right plantar first metatarsal head ulcer, Wagner grade 1, now 1.2 x 0.9 cm
(was 2.0 x 1.4 cm on 10/06). Probe-to-bone negative, no cellulitis, x-ray
from 10/06 without osteomyelitis. Sharp debridement done today (11042).
Pedal pulses diminished bilaterally; I've ordered ABIs.

He's in a total contact cast, changed weekly. His fingerstick sugars have
been in the 200s per his log - anything you can do on the A1c side will help
the wound. He told me he ran out of his glipizide last week.

Next visit 11/10.

Samuel Achterberg, DPM
Achterberg Foot & Ankle
Phone (317) 555-0142 | Fax (317) 555-0143
"""
    return mail(("Samuel Achterberg DPM", "drachterberg@footankle.example.net"), ("Vikram Prasad MD", "vprasad@fallbrook-fm.example.com"),
                "E. Whitmore - ulcer update", (2026, 11, 3, 17, 35), T(text), mailer="outlook")


@msg("phi", "orthotics-claim-l3000-denied",
     "A billing service reports a denied claim for a named patient's custom orthotics (L3000) with claim and member numbers.")
def _():
    text = """
Hi Dr. A / Tracy,

Cobalt denied the orthotics for Ms. Villanueva again. Details:

Patient:     Rosa Villanueva   DOB 04/04/1971
Member:      CMH200917731
Claim:       26102-11873-2, DOS 04/02/2026
Lines:       L3000-LT, L3000-RT ($425.00 each), Dx M72.2 plantar fasciitis
Denial:      CARC 50 / RARC N115 - not medically necessary per policy DME-14

Their policy only covers custom orthotics for diabetes with neuropathy or
specific deformities. Plantar fasciitis alone isn't on the list. Options:
appeal with the failed-OTC-insert notes from 01/2026, or have her sign the
ABN-style waiver you have on file and bill her.

Let me know by Friday so we stay inside timely filing.

Marcus Odom
ClearClaim Billing Partners
(888) 555-0170 x221
"""
    return mail(("Marcus Odom", "modom@clearclaim.example.net"), ("Achterberg Foot & Ankle", POD.addr),
                "Denied again - Villanueva orthotics", (2026, 5, 13, 14, 12), T(text), mailer="outlook")


@msg("phi", "pozabiegowe-paznokiec",
     "A named patient writes (Polish, windows-1250) to the podiatrist about healing after ingrown toenail surgery.",
     lang="pl")
def _():
    text = """
Dzień dobry Panie Doktorze,

w piątek miałem zabieg usunięcia wrastającego paznokcia (lewy duży palec,
z fenolem). Zmieniam opatrunek codziennie tak, jak Pan mówił, moczę stopę
w soli Epsom dwa razy dziennie.

Od wczoraj palec jest bardziej czerwony i trochę sączy się żółtawy płyn.
Nie mam gorączki. Czy to normalne po fenolu, czy powinienem przyjść
wcześniej niż na kontrolę 24 lutego? Zdjęcie w załączniku.

Pozdrawiam,
Tomasz Zieliński
(317) 555-0186
"""
    return mail(("Tomasz Zieliński", "t.zielinski@poczta.example.com", "windows-1250", "B"), ("Achterberg Foot & Ankle", POD.addr),
                "Palec po zabiegu - pytanie", (2026, 2, 16, 19, 10), T(text, "windows-1250", "quoted-printable"),
                cs="windows-1250", mailer="outlook")


@msg("phi", "glasses-ready-pickup",
     "An optometry office tells the patient 'your glasses are ready' and lists her new prescription.")
def _():
    text = """
Hello,

Good news - your new glasses are ready for pickup at Clearview Family Eye
Care! We're open Mon-Fri 9-6 and Sat 9-1.

Your prescription (exam 10/27/2026, Dr. Haddad):
  OD  -2.75 -0.50 x 180   Add +1.75
  OS  -3.00 -0.75 x 005   Add +1.75
  Progressive lenses, anti-glare, photochromic

Balance due at pickup: $142.00 (after your Lumen Vision benefit).

Bring your old pair so we can adjust the fit. See you soon!

Clearview Family Eye Care
(313) 555-0158
"""
    return mail(("Clearview Family Eye Care", "notify@clearview-eyes.example.com"), ("", "patty.okonkwo@mail.example.com"),
                "Your glasses are ready!", (2026, 11, 9, 10, 30), ALT(text, style="plain"), mailer="app")


@msg("phi", "diabetic-eye-exam-letter-pcp",
     "An optometrist's letter to a named patient's physician reporting mild diabetic retinopathy on dilated exam.")
def _():
    text = """
Dear Dr. Prasad,

I saw your patient Lorraine Gutierrez (DOB 12/12/1964) on 08/18/2026 for a
diabetic eye exam.

Visual acuity (corrected): 20/25 OD, 20/20 OS
IOP: 16 / 17 mmHg
Dilated fundus exam: mild nonproliferative diabetic retinopathy OU, a few
scattered microaneurysms and dot hemorrhages; no macular edema on OCT.
Diagnosis: E11.329 (type 2 diabetes with mild NPDR without macular edema)

Recommendation: repeat dilated exam in 9-12 months. Continued glucose and
blood pressure control. She reports her last A1c was 7.9.

Thank you for the referral.

Nadia Haddad, OD
Clearview Family Eye Care
Phone (313) 555-0158 | Fax (313) 555-0159
"""
    return mail(("Dr. Nadia Haddad", "nhaddad@clearview-eyes.example.com"), ("Vikram Prasad MD", "vprasad@fallbrook-fm.example.com"),
                "Diabetic eye exam - L. Gutierrez", (2026, 8, 19, 12, 4), T(text), mailer="outlook")


@msg("phi", "kontaktlinsen-rezept",
     "A named patient writes (German) to the optometrist asking to renew her contact-lens prescription and mentions dry eye drops.",
     lang="de")
def _():
    text = """
Sehr geehrte Frau Dr. Haddad,

meine Kontaktlinsen-Verordnung ist im Januar abgelaufen, und die
Online-Apotheke will ohne neues Rezept nicht mehr liefern. Könnten Sie
die Verordnung verlängern, oder muss ich dafür zur Untersuchung kommen?

Meine letzten Werte (Untersuchung 12.01.2025):
rechts -4,25, links -4,50, Tageslinsen, BC 8,6.

Seit dem Sommer sind meine Augen abends sehr trocken. Die Tropfen, die
Sie mir damals empfohlen haben (Hyaluron), helfen nur kurz. Vielleicht
sollte ich doch einen Termin machen?

Mit freundlichen Grüßen
Sabine Hoffmann-Reyes
Geburtsdatum 03.07.1986
"""
    return mail(("Sabine Hoffmann-Reyes", "sabine.hr@example.net"), ("Clearview Family Eye Care", OPT.addr),
                "Verlängerung Kontaktlinsen-Rezept", (2026, 2, 2, 8, 15), T(text, "iso-8859-15", "quoted-printable"),
                mailer="tbird")


@msg("phi", "hearing-aid-fitting-audiogram",
     "An audiologist sends a named patient his audiogram results, hearing-aid fitting notes and a follow-up invite.")
def _():
    text = """
Hi Mr. Sandoval,

Thanks for your patience at today's fitting. A quick recap:

Hearing test: moderate sloping to severe sensorineural hearing loss in
both ears, a bit worse on the left. Word understanding 84% right, 72% left.

Your new hearing aids: receiver-in-canal, size M receivers, closed domes.
We set them at 90% of target for the first two weeks so your brain can
adjust. Program 1 = everyday, Program 2 = restaurant.

Wear them every waking hour if you can. Your own voice will sound odd for
a few days - that's normal.

I've attached an invite for your 2-week check. Bring a list of places
where you struggled.

Wendell Pryce, AuD
Pryce Hearing Center
(505) 555-0133
"""
    cal = ics("REQUEST", "phc-2026-0611-sandoval@prycehearing.example.com", (2026, 6, 25, 9, 0), (2026, 6, 25, 9, 45),
              "Hearing aid follow-up - Ernesto Sandoval", ("Wendell Pryce", AUD.addr),
              [("Ernesto Sandoval", "esandoval@mail.example.com", "NEEDS-ACTION")],
              location="Pryce Hearing Center, 6001 Pinon Mesa Blvd NE, Suite C",
              description="2-week check after bilateral RIC fitting. Real-ear verification and fine tuning.",
              tzid="America/Denver", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", stamp="20260611T220000Z")
    return mail(("Wendell Pryce", AUD.addr), ("Ernesto Sandoval", "esandoval@mail.example.com"),
                "Your fitting today + follow-up", (2026, 6, 11, 16, 0),
                MIX(ALT(text, style="outlook"), ICS(cal, filename="followup.ics")), zone="M", mailer="outlook")


@msg("phi", "hochouki-shuuri-japanese",
     "A daughter writes (Japanese, Shift_JIS) to the audiologist about her named mother's broken hearing aid and worse hearing.",
     lang="ja")
def _():
    text = """
プライス先生

いつも母の佐々木ふみ子（昭和23年生まれ）がお世話になっております。
娘の佐々木恵です。

先週から母の右耳の補聴器がピーピーと鳴り続け、音も小さくなりました。
電池は新しいものに替えましたが直りません。修理をお願いできますでしょうか。

また、最近母がテレビの音をかなり大きくしていて、聞こえが悪くなったように
感じます。修理の際に聴力検査もしていただけると助かります。

来週の火曜日か水曜日の午前中なら私が付き添えます。
よろしくお願いいたします。

佐々木 恵
(505) 555-0190
"""
    return mail(("佐々木恵", "megumi.sasaki@mail.example.com", "shift_jis", "B"), ("Pryce Hearing Center", AUD.addr),
                "母の補聴器の修理について", (2026, 9, 28, 10, 12), T(text, "shift_jis", "base64"), cs="shift_jis",
                zone="M", mailer="plain")


@msg("phi", "ortho-consult-letter-to-dentist",
     "An orthodontist's consult letter back to the referring dentist about a named patient's Class II malocclusion and planned extractions.")
def _():
    text = """
Dr. Natarajan,

Thank you for referring Sophie Lindahl (DOB 01/09/2013). I saw her for an
orthodontic consultation on 02/05/2026.

Findings: Class II division 1 malocclusion, 7 mm overjet, 80% overbite,
moderate upper and lower crowding (6 mm / 4 mm). Upper left canine
(#11) is blocked out. Panoramic shows all permanent teeth present,
third molars developing.

Plan: comprehensive treatment with upper and lower braces after extraction
of #5, #12, #21 and #28. Estimated treatment time 26 months. Please
complete the extractions once her caries on #19 and #30 are restored.
I'll send the extraction slip with her mother.

Thank you,
Kevin Oyelaran, DMD, MS
Bright Arc Orthodontics
(919) 555-0163
"""
    return mail(("Kevin Oyelaran", "drkevin@brightarc-ortho.example.com"), ("Dr. Priya Natarajan", "dr.natarajan@maplestreetdental.example.com"),
                "Consult - Sophie Lindahl", (2026, 2, 6, 12, 15), T(text), mailer="outlook")

# ====================================================================== #
#                phi: sleep DME, compounding pharmacy, concierge         #
# ====================================================================== #
@msg("phi", "compliance-report-csv-sleep-clinic",
     "The body is a cover note; the CSV lists named patients with DOBs, CPAP usage hours and residual AHI for their sleep physician.",
     where="attachment-csv")
def _():
    text = """
Dr. Marsh,

Attached is the 90-day compliance report for your patients set up with us
in Q2. Two of them are under the 4-hours-on-70%-of-nights rule; we've
reached out for mask refits. Let us know if you want to change any
pressures.

Thank you,
Lydia Fontenot, RRT
Clinical Services, RestWell Sleep Supply
(904) 555-0166
"""
    rows = [["patient", "dob", "setup_date", "device", "mode", "pressure", "days_used_pct", "days_over_4h_pct", "avg_hours", "residual_ahi", "leak_95th_lpm"],
            ["Tobias Renner", "1961-02-14", "2026-04-03", "APAP", "auto", "6-14", "96", "91", "6.8", "2.1", "18"],
            ["Gwendolyn Ashe", "1974-09-30", "2026-04-10", "APAP", "auto", "5-12", "71", "58", "3.9", "4.4", "41"],
            ["Raul Castaneda", "1958-06-06", "2026-04-22", "CPAP", "fixed", "11", "99", "97", "7.4", "1.2", "12"],
            ["Meredith Blaine", "1983-12-01", "2026-05-06", "APAP", "auto", "7-15", "64", "49", "3.1", "6.8", "52"],
            ["Harlan Voss", "1966-03-19", "2026-05-15", "BiPAP", "S", "16/10", "92", "88", "6.1", "3.0", "22"]]
    return mail(("Lydia Fontenot", "lfontenot@restwell-sleep.example.net"), ("Dr. Oren Marsh", "omarsh@coastal-sleep.example.com"),
                "Q2 compliance report", (2026, 7, 30, 9, 20), MIX(T(text), CSV("RestWell_compliance_Q2_2026.csv", rows)), mailer="outlook")


@msg("phi", "resupply-due-member-id",
     "A DME supplier tells the patient his CPAP supplies are due under his plan, with his member ID and device.")
def _():
    text = """
Hi Arthur,

Good news - you're eligible for new CPAP supplies under your Cobalt Mutual
plan (member ID CMH309771450).

Due now:
  Nasal pillow cushions (size M) x 2
  Disposable filters x 6
  Heated tubing x 1

Your last order shipped on 03/02/2026. Your plan covers these at 80% after
the deductible; your estimated cost is $23.40.

Reply YES to ship to the address on file, or call us at (904) 555-0166 to
make changes. If your sleep doctor changed your mask or pressure, let us
know so we can update the order.

RestWell Sleep Supply
7700 Saltmarsh Way, Bldg 2, Riverbend, FL 32999
"""
    return mail(("RestWell Sleep Supply", "resupply@restwell-sleep.example.net"), ("Arthur Pennington", "apennington@example.net"),
                "Your CPAP supplies are due", (2026, 6, 2, 7, 15), ALT(text, style="plain"), mailer="bulk")


@msg("phi", "queja-mascarilla-cpap",
     "A named patient complains (Spanish) to the DME supplier that his new CPAP mask leaks and he is sleeping badly.",
     lang="es")
def _():
    text = """
Buenas tardes:

Me llamo Ernesto Villalobos, fecha de nacimiento 22/11/1960. Hace dos
semanas me mandaron la mascarilla nueva de la máquina CPAP (la de
almohadillas nasales) y no me funciona. Se escapa el aire toda la noche,
me despierto con la boca seca y mi esposa dice que vuelvo a roncar.

La aplicación dice que uso la máquina solo 3 horas por noche y que hay
"fuga alta". El doctor Marsh me dijo que si no la uso 4 horas el seguro
me la puede quitar.

¿Me pueden cambiar a una mascarilla que cubra nariz y boca? Estoy en casa
todas las mañanas.

Gracias,
Ernesto Villalobos
(904) 555-0197
"""
    return mail(("Ernesto Villalobos", "ernesto.villalobos@correo.example.com"), ("RestWell Sleep Supply", DME.addr),
                "Problema con la mascarilla nueva", (2026, 8, 11, 15, 44), T(text, "iso-8859-1", "quoted-printable"), mailer="android")


@msg("phi", "ldn-fibromyalgia-refill",
     "borderline: a compounding pharmacy refills a named patient's low-dose naltrexone 4.5 mg for fibromyalgia; naltrexone here is not alcohol or opioid use disorder treatment, so phi.")
def _():
    text = """
Hi Ms. Thornquist,

Your refill is ready:

  Naltrexone 4.5 mg capsules (low-dose, compounded), #30
  Take 1 capsule at bedtime for fibromyalgia pain
  Rx #AF-204417, refill 3 of 5, prescriber Dr. Hollins

Pick up at the counter or we can mail it (usually 2 days). Your card was
not charged yet - total $42.00, not covered by insurance.

If the vivid dreams are still bothering you, Dr. Hollins said you can take
it in the morning instead.

Leah Finch, PharmD
Alder & Finch Compounding Pharmacy
(828) 555-0191
"""
    return mail(("Alder & Finch Pharmacy", RX.addr), ("Joanne Thornquist", "jthornquist@mail.example.com"),
                "Your refill is ready - Rx AF-204417", (2026, 3, 30, 11, 11), T(text), mailer="outlook")


@msg("phi", "progesterone-cream-refill-question",
     "A compounding pharmacist answers a named patient about her menopausal progesterone cream dose and refill.")
def _():
    text = """
Hi Carol,

Thanks for your message. Your prescription from Dr. Vantongeren is:

  Progesterone 50 mg/g cream, 1 g (one click) applied at bedtime,
  days 1-25 of each month, with the estradiol patch 0.05 mg twice weekly

So yes, one click, not two - the two-click dose was the starting dose from
last year that he changed in January. The 30-gram pump should last a
little over a month.

Your next refill can be filled after 8/14. I'll set it up to ship with
the patch.

Leah

Leah Finch, PharmD
Alder & Finch Compounding Pharmacy
"""
    orig = """
Hi, I'm almost out of my progesterone cream. Am I supposed to be doing one
or two clicks? I've been doing two. Carol Ingersoll
"""
    return mail(("Leah Finch", "leah@alderfinch-rx.example.com"), ("Carol Ingersoll", "carol.ingersoll@example.net"),
                "Re: progesterone cream", (2026, 8, 7, 14, 2), T(text + "\n" + quote(orig)), mailer="outlook",
                irt=ref("example.net"))


@msg("phi", "omeprazole-suspension-peds",
     "A compounding pharmacist asks a pediatrician to confirm a named infant's omeprazole suspension dose by weight.")
def _():
    text = """
Good morning Dr. Yates,

We received a prescription for omeprazole 2 mg/mL oral suspension for
Mila Novak (DOB 06/18/2026). The sig reads 5 mL once daily, which is
10 mg - at her listed weight of 4.1 kg that's about 2.4 mg/kg/day.

Did you intend 1 mg/kg (about 2 mL daily)? We'll hold the prescription
until we hear back. Her mom is aware we're calling.

Please call (828) 555-0191 or fax (828) 555-0192.

Thank you,
Leah Finch, PharmD
Alder & Finch Compounding Pharmacy
"""
    return mail(("Leah Finch PharmD", "leah@alderfinch-rx.example.com"), ("Lakeview Pediatrics", "frontdesk@lakeview-peds.example.com"),
                "Dose clarification - omeprazole susp", (2026, 9, 4, 9, 3), T(text), mailer="outlook")


@msg("phi", "annual-labs-your-results",
     "A concierge doctor writes to the patient about 'your labs' from his annual physical: lipids, A1c, TSH and a statin.")
def _():
    text = """
Hi Paul,

Your labs from the physical on Tuesday are back. Overall good:

  Total cholesterol 228, LDL 151, HDL 44, triglycerides 165
  A1c 5.9 (prediabetes range, same as last year)
  TSH 2.1, CBC and kidney/liver panel normal
  Vitamin D 24 (a bit low)

Given the LDL and your family history (your dad's bypass at 58), I'd like
to start atorvastatin 20 mg nightly. I've sent it to your pharmacy - let's
recheck lipids and liver tests in 8 weeks. Also start vitamin D3 2000 IU
daily.

Keep up the rowing. Happy to talk it through on the phone if you'd rather.

Dr. V

Charles Vantongeren, MD
Lakeshore Concierge Medicine
(312) 555-0108 (24/7 line for members)
"""
    return mail(("Charles Vantongeren MD", CONC.addr), ("Paul Harrington", "paul.harrington@example.net"),
                "Your labs", (2026, 1, 23, 18, 40), ALT(text, style="apple"), zone="C", mailer="apple")


@msg("phi", "post-op-oxycodone-knee",
     "borderline: a concierge doctor checks on a named patient's oxycodone after knee replacement; opioids for post-surgical pain are phi, not substance-use treatment.")
def _():
    text = """
Hi Margaret,

Checking in on day 5 after your knee replacement. Dr. Ahn's office sent me
the discharge summary.

On the pain medicine: you have oxycodone 5 mg, 1-2 tablets every 6 hours
as needed. Since you're down to 2 tablets a day, let's aim to be off it by
the end of next week - use acetaminophen 1000 mg three times a day as your
base and save the oxycodone for before PT. Keep taking the senna so you
don't get constipated.

Please don't drive while you're taking it. Any leftover tablets can go in
the drop box at Corner Pharmacy.

Marisol will come by Thursday to check the incision and your blood
thinner injections.

Dr. V
"""
    return mail(("Dr. Charles Vantongeren", CONC.addr), ("Margaret Oduya", "margaret.oduya@mail.example.com"),
                "Checking in - pain meds", (2026, 10, 2, 9, 15), T(text), zone="C", mailer="apple")


@msg("phi", "membership-invoice-2026",
     "A concierge practice's membership invoice naming two members and a house call for one of them (acute bronchitis); a bill for medical services.")
def _():
    text = """
LAKESHORE CONCIERGE MEDICINE
Invoice INV-2026-0117          Account LCM-00482

Bill to: Richard and Ellen Stanhope
         1402 Lakemont Drive, Lakemont Shores, IL 60998

Membership period: 02/01/2026 - 01/31/2027

  Annual membership - Richard Stanhope (age 65+ tier)     $4,800.00
  Annual membership - Ellen Stanhope                      $4,200.00
  House call 01/14/2026 - R. Stanhope (acute visit,
    bronchitis; not included in prior-year membership)   $  350.00
  Less: couple discount (5%)                              -$  450.00

  Total due by 02/01/2026                                 $8,900.00

Membership covers unlimited office and telehealth visits, annual
comprehensive physical with advanced labs, 24/7 physician access and care
coordination. Membership fees are not billed to insurance.

Pay online at pay.lakeshore-concierge.example.com or by check.
"""
    return mail(("Lakeshore Concierge Billing", "billing@lakeshore-concierge.example.com"), ("Richard Stanhope", "rstanhope@example.net"),
                "Invoice INV-2026-0117 - membership renewal", (2026, 1, 5, 8, 0),
                MIX(T("Dear Mr. and Mrs. Stanhope,\n\nYour renewal invoice is below and attached.\n\nThank you for being members.\n"),
                    T(text, disp="attachment", filename="INV-2026-0117.txt")), zone="C", mailer="app")


@msg("phi", "davlenie-otca-son-ru",
     "A son writes (Russian, windows-1251) to the concierge doctor about his named father's high blood pressure readings and medications.",
     lang="ru")
def _():
    text = """
Добрый день, доктор Вантонгерен!

Пишу по поводу папы, Бориса Левина. После того как вы в прошлый вторник
увеличили ему лозартан до 100 мг, давление утром всё ещё 150-160 на 95.
Вечером получше, около 135/85. Таблетку он пьёт утром вместе с
амлодипином 5 мг.

Ещё он жалуется, что отекают лодыжки к вечеру. Это может быть от
амлодипина?

Записи давления за неделю прикладываю ниже:
пн 158/96, вт 152/94, ср 161/97, чт 149/92, пт 155/95

Можно ли к вам на приём на этой неделе? Папа может в любой день после обеда.

С уважением,
Михаил Левин
(312) 555-0187
"""
    return mail(("Михаил Левин", "m.levin@mail.example.com", "windows-1251", "B"), ("Charles Vantongeren MD", CONC.addr),
                "Давление у папы (Борис Левин)", (2026, 3, 16, 13, 27), T(text, "windows-1251", "quoted-printable"),
                cs="windows-1251", zone="C", mailer="outlook")


@msg("phi", "vaccine-dose-two-reminder",
     "borderline: a sexual-health practice reminds a named patient of his second HPV vaccine dose; vaccination is not one of the restricted categories, so phi.")
def _():
    text = """
Hi Marcus,

This is a reminder from Open Door Sexual Health that your second dose of
the HPV vaccine (Gardasil 9) is due. Your first dose was on 04/14/2026;
the second should be given 1-2 months later, and the third at 6 months.

Walk-in vaccine hours: Tuesday and Thursday, 10-6. No appointment needed,
and it's covered by your plan.

Open Door Sexual Health
(404) 555-0162
"""
    return mail(("Open Door Sexual Health", "noreply@opendoor-sh.example.org"), ("Marcus Ellery", "marcus.ellery@mail.example.com"),
                "Reminder: your second vaccine dose", (2026, 5, 28, 10, 0), ALT(text, style="plain"), mailer="app")


# ====================================================================== #
#                  phi: insurers, billing, collections, audits           #
# ====================================================================== #
@msg("phi", "eob-ready-acupuncture-html",
     "An insurer's HTML-only EOB notice to the member lists the claim number, provider and acupuncture service codes with what she owes.")
def _():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Your Explanation of Benefits</title></head>
<body style="margin:0;background:#eef2f5;font-family:Segoe UI,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0b4f6c;color:#fff;padding:16px 24px;font-size:18px">Cobalt Mutual Health</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222">
<p>Hi Hannah,</p>
<p>A claim was processed for you. Here's a summary of your Explanation of Benefits.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ccd;font-size:13px">
<tr style="background:#f3f6f8"><td>Patient</td><td>Hannah R. Mendel</td></tr>
<tr><td>Member ID</td><td>CMH118840762</td></tr>
<tr style="background:#f3f6f8"><td>Claim number</td><td>26071-90213-4</td></tr>
<tr><td>Provider</td><td>Quiet Water Acupuncture (Mei-Ling Cho, LAc)</td></tr>
<tr style="background:#f3f6f8"><td>Service date</td><td>06/30/2026</td></tr>
<tr><td>Services</td><td>97810 Acupuncture, initial 15 min; 97811 each additional 15 min</td></tr>
<tr style="background:#f3f6f8"><td>Billed</td><td>$140.00</td></tr>
<tr><td>Plan paid</td><td>$52.80</td></tr>
<tr style="background:#f3f6f8"><td><b>You may owe</b></td><td><b>$35.00</b> (copay)</td></tr>
</table>
<p style="font-size:12px;color:#555">Visits used this year: 9 of 20 acupuncture visits.</p>
<p><a href="https://member.cobaltmutual.example.com/eob/26071-90213-4" style="color:#0b4f6c">View your full EOB</a></p>
<p style="font-size:11px;color:#777">This is not a bill. Cobalt Mutual Health, PO Box 8810, Granite Falls, CT 06999.</p>
</td></tr></table></td></tr></table></body></html>
"""
    return mail(("Cobalt Mutual Health", "eob@notify.cobaltmutual.example.com"), ("Hannah Mendel", "hannah.mendel@example.net"),
                "Your Explanation of Benefits is ready", (2026, 7, 14, 5, 31), HTML(html), mailer="bulk")


@msg("phi", "collections-final-notice-podiatry",
     "A collection agency's final notice to a named debtor with account number and balance for podiatry services.")
def _():
    text = """
KESTREL ACCOUNTS RECOVERY
PO Box 2209, Fallbrook, IN 46999   (866) 555-0138

FINAL NOTICE

Date: September 30, 2026
Debtor: Dwayne Hollister
Our account no.: KAR-7718204
Original creditor: Achterberg Foot & Ankle
Service: podiatry services 01/12/2026 - 03/02/2026 (office visits,
         nail avulsion, custom orthotics)

Balance: $612.40

This is an attempt to collect a debt and any information obtained will be
used for that purpose. Unless you dispute the validity of this debt within
30 days of receiving this notice, we will assume it is valid.

To set up a payment plan, call (866) 555-0138 or visit
pay.kestrel-ar.example.net and enter your account number.
"""
    return mail(("Kestrel Accounts Recovery", "notices@kestrel-ar.example.net"), ("Dwayne Hollister", "dhollister@inbox.example.org"),
                "FINAL NOTICE - Account KAR-7718204", (2026, 9, 30, 6, 45), T(text), mailer="app")


@msg("phi", "no-show-fee-missed-session",
     "A PT clinic charges a named patient a no-show fee for a missed physical therapy appointment and reschedules her.")
def _():
    text = """
Hi Ms. Oyelaran,

We missed you at your physical therapy appointment yesterday (Tuesday,
10/13 at 8:00 am with Gareth). Per the cancellation policy you signed at
intake, a $40 no-show fee has been added to your account.

We know things come up. We've held Thursday 10/15 at 8:00 so you don't
lose momentum on the shoulder - just reply to confirm, or call
(617) 555-0154 to pick another time. You have 5 visits left on your
current authorization, which ends 11/06.

Thank you,
Keisha Lamont
Stride Physical Therapy
"""
    return mail(("Stride Physical Therapy", "frontdesk@stride-pt.example.com"), ("Funmi Oyelaran", "funmi.oyelaran@mail.example.com"),
                "Missed appointment 10/13", (2026, 10, 14, 9, 10), T(text), mailer="outlook")


@msg("phi", "good-faith-estimate-self-pay",
     "A chiropractor's good-faith estimate for a named self-pay patient lists expected services, CPT codes, diagnosis and costs.")
def _():
    text = """
Hi Mr. Okafor,

As required for self-pay patients, here is your Good Faith Estimate for
the care plan Dr. Sorensen recommended.

Patient: Emeka Okafor, DOB 07/07/1990
Diagnosis: M54.2 cervicalgia; M99.01 segmental dysfunction, cervical
Plan: 12 visits over 6 weeks

  99203 New patient exam (done 04/20)            1 x $120 = $  120
  98940 Spinal manipulation, 1-2 regions         12 x $55 = $  660
  97140 Manual therapy, 15 min                   6 x $45  = $  270
  72040 X-ray cervical spine, 2-3 views           1 x $85 = $   85
  Total estimated cost:                                    $1,135

If your bill is $400 or more above this estimate, you can dispute it.
Keep a copy of this estimate. Questions: (651) 555-0122.

Northside Chiropractic
"""
    return mail(("Northside Chiropractic", CHIRO.addr), ("Emeka Okafor", "emeka.okafor@example.net"),
                "Your Good Faith Estimate", (2026, 4, 21, 13, 0), T(text), zone="C", mailer="outlook")


@msg("phi", "records-audit-three-patients",
     "A health plan's payment-integrity unit requests records for three named members' podiatry claims with member IDs and dates.")
def _():
    text = """
Dear Provider,

Pinecrest Health Plan's Payment Integrity Unit is conducting a post-payment
review of claims billed by Achterberg Foot & Ankle (TIN 35-1188042). Please
submit complete medical records for the dates of service below within 30
days. Records not received will result in recoupment.

Audit ID: PIU-26-3307

Member             Member ID    DOS         Codes
Helen Markowitz    PHP3301928   03/04/2026  11721, G0127, Q8 modifier
Jerome Battle      PHP3319044   03/04/2026  11721, 11055
Patricia Olander   PHP3342810   03/11/2026  11730-TA, 11750

Needed: progress notes for each DOS, class findings supporting routine
foot care, the referring physician's name and the date the patient was
last seen by them, and the signed treatment plan.

Upload: https://provider.pinecrest-hp.example.net/audit/PIU-26-3307
Questions: Audit Coordinator, (800) 555-0147

Pinecrest Health Plan - Payment Integrity
"""
    return mail(("Pinecrest Payment Integrity", "piu@pinecrest-hp.example.net"), ("Achterberg Foot & Ankle", POD.addr),
                "Records request - Audit PIU-26-3307", (2026, 5, 27, 10, 40), T(text), mailer="app")


@msg("phi", "referral-glaucoma-suspect",
     "An optometrist refers a named patient with raised eye pressures and suspicious discs to an ophthalmologist.")
def _():
    text = """
Dear Dr. Whitcombe-Adair,

I'd be grateful if you would see Mr. Desmond Kaye (DOB 02/22/1959) for a
glaucoma evaluation.

IOP (Goldmann, 10:15 am): 26 OD / 24 OS
Cup-to-disc: 0.7 OD / 0.6 OS, inferior rim thinning OD
OCT RNFL: borderline inferior thinning OD
Visual field 24-2: early superior arcuate defect OD (reliable)
Central corneal thickness 528 / 531
Family history: mother with glaucoma.

I have not started treatment. Please let me know if you'd like me to
start a prostaglandin before he's seen.

Nadia Haddad, OD
Clearview Family Eye Care
Phone (313) 555-0158 | Fax (313) 555-0159
"""
    return mail(("Dr. Nadia Haddad", "nhaddad@clearview-eyes.example.com"), ("Dearfield Eye Surgeons", "referrals@dearfield-eye.example.com"),
                "Referral - glaucoma suspect", (2026, 10, 22, 11, 30), T(text), mailer="outlook")


@msg("phi", "secure-tag-test-send",
     "borderline: a [secure] test send with no patient content (marked-secure-test-no-content); a message the sender marks is at least phi.",
     where="marked")
def _():
    text = """
Test - please reply if this comes through encrypted on your end. Ignore
otherwise.

Brenda
"""
    return mail(("Brenda Kowal", "brenda@maplestreetdental.example.com"), ("Tamsin Greer", "tgreer@clearclaim.example.net"),
                "[secure] test", (2026, 1, 8, 9, 2), T(text), mailer="outlook",
                extra=[("X-Sensitivity", "Confidential")])


@msg("phi", "display-name-knee-rehab-parking",
     "borderline: a parking-lot notice; the patient's care is only in the recipient display name the clinic saved (total knee rehab, Mon/Wed).",
     where="display-name")
def _():
    text = """
Hi Gloria,

Just a heads up that the front lot will be closed for repaving on Monday.
Please park in the church lot across the street - we'll have a cone out by
the crosswalk. Sorry for the hassle!

Keisha
Stride Physical Therapy
"""
    return mail(("Stride Physical Therapy", "frontdesk@stride-pt.example.com"), ("Gloria Esposito (TKA rehab Mon/Wed 9:00)", "gloria.esposito@mail.example.com"),
                "Parking on Monday", (2026, 6, 19, 16, 2), T(text), mailer="outlook")


@msg("phi", "filename-superbill-to-accountant",
     "borderline: the office sends its accountant 'the receipt for the new table'; the attached file's name is a named patient's superbill with CPT 98941.",
     where="filename")
def _():
    text = """
Hi Peter,

Here's the receipt for the new treatment table for the Q3 equipment list.
$3,180 incl. tax, paid on the business card.

Jenna
Northside Chiropractic
"""
    lines = """
## Harrow Park Medical Furniture
Invoice 55120   09/03/2026
1 x Hi-lo treatment table, 3-section, tan        $2,950.00
Sales tax                                        $  230.00
Total                                            $3,180.00
Paid: card ending 1009
"""
    return mail(("Jenna Halvorsen", "billing@northsidechiro.example.net"), ("Peter Moss", "pmoss@branniganmoss.example.net"),
                "table receipt", (2026, 9, 8, 10, 42),
                MIX(T(text), PDF("Superbill_Ruiz_Daniela_2026-09-02_98941.pdf", lines, "Scan")), zone="C", mailer="outlook")


@msg("phi", "accountant-reply-quoted-payment",
     "The accountant's reply is about revenue categories; the quoted message names a client who paid for her diabetes nutrition follow-up (97803).",
     where="quoted")
def _():
    orig = """
Hi Peter,

Two cash payments I forgot to put in the sheet for June:
- Roberta Hines paid $140 cash on 6/18 for her 97803 diabetes follow-up
  (her insurance dropped MNT, she's self-pay now)
- $60 from the cooking class (8 people, paid by app)

Rebecca
"""
    text = """
Thanks Rebecca - I'll book the $140 under patient revenue - self-pay and
the $60 under class income. For July, could you put these straight in the
shared sheet? Makes reconciling the deposits much faster.

Peter

Peter Moss, CPA
Brannigan & Moss CPAs
(503) 555-0104

-----Original Message-----
From: Rebecca Lindqvist <rebecca@nourish-rd.example.net>
Sent: Tuesday, July 7, 2026 6:12 PM
To: Peter Moss <pmoss@branniganmoss.example.net>
Subject: June cash

%s
""" % _t(orig).rstrip("\n")
    return mail(("Peter Moss", "pmoss@branniganmoss.example.net"), ("Rebecca Lindqvist", RD.addr),
                "RE: June cash", (2026, 7, 8, 9, 14), T(text), zone="P", mailer="outlook", irt=ref(RD.dom))


@msg("phi", "cpap-order-after-sleep-study",
     "A concierge doctor orders a CPAP from the DME supplier for a named patient with his sleep-study AHI and diagnosis.")
def _():
    text = """
RestWell team,

Please set up the following patient with APAP:

Patient: Gerald Fairbanks, DOB 05/02/1963, Cobalt Mutual CMH402290177
Diagnosis: G47.33 obstructive sleep apnea
Home sleep test 02/19/2026: AHI 28.4, O2 nadir 81%%, ODI 26
Order: APAP 5-15 cm H2O, heated humidifier, mask of patient's choice with
fitting, supplies per plan schedule. Length of need: 99 months.
Signed order and face-to-face note attached to the portal.

He travels a lot for work - a travel unit would be helpful if his plan
allows.

Charles Vantongeren, MD
NPI %s
Lakeshore Concierge Medicine
""" % CONC.npi
    return mail(("Charles Vantongeren MD", CONC.addr), ("RestWell Intake", "intake@restwell-sleep.example.net"),
                "New APAP order - Fairbanks", (2026, 2, 23, 15, 12), T(text), zone="C", mailer="apple")


@msg("phi", "thank-you-mom-hip-rehab",
     "A daughter's thank-you note to the PT clinic names her mother and her hip-fracture rehab, so it concerns a person's care.")
def _():
    text = """
Dear Gareth and everyone at Stride,

I just wanted to say thank you for everything you did for my mom, Rosa
Delgado, these last three months. When she started with you after the hip
fracture she couldn't get to the bathroom without the walker, and on
Sunday she walked the whole block to church with just her cane.

She still does the kitchen-counter exercises every morning and tells
everyone about "the tall therapist who makes me work."

We dropped off some pan dulce at the front desk - enjoy!

With gratitude,
Lucia Delgado-Ferris
"""
    return mail(("Lucia Delgado-Ferris", "lucia.df@example.net"), ("Stride Physical Therapy", "frontdesk@stride-pt.example.com"),
                "Thank you!", (2026, 12, 1, 19, 22), T(text), mailer="iphone")


@msg("phi", "nho-hen-kham-chan-bo",
     "A son writes (Vietnamese) to the podiatrist to confirm his named father's diabetic foot check and ask about the foot wound.",
     lang="vi")
def _():
    text = """
Kính gửi bác sĩ Achterberg,

Tôi là Trần Minh Quân, con trai của ông Trần Văn Hải (sinh năm 1950).
Ba tôi có hẹn khám chân tiểu đường với bác sĩ vào thứ Hai tuần sau lúc
2 giờ chiều. Tôi muốn xác nhận lại giờ hẹn và hỏi vài điều:

- Vết loét nhỏ ở gót chân phải của ba tôi vẫn còn chảy dịch, băng mỗi
  ngày nhưng chưa lành. Có cần đến sớm hơn không?
- Ba tôi có cần mang theo máy đo đường huyết không?
- Tôi sẽ đi cùng để thông dịch vì ba tôi không nói được tiếng Anh.

Cảm ơn bác sĩ.
Trần Minh Quân
(317) 555-0183
"""
    return mail(("Trần Minh Quân", "quan.tran@mail.example.com"), ("Achterberg Foot & Ankle", POD.addr),
                "Xác nhận lịch hẹn khám chân cho ba tôi", (2026, 4, 2, 20, 5), T(text, "utf-8", "base64"), mailer="gmail")

# ====================================================================== #
#                      none: newsletters and blogs                       #
# ====================================================================== #
LIST_FOOT = """
--
You're receiving this because you signed up at %s.
Unsubscribe: https://%s/u?l=%s  |  Update preferences
%s, %s
"""


@msg("none", "newsletter-anxiety-tips-march",
     "A psychologist's newsletter to a subscriber list about anxiety, CBT and SSRIs; general education, no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
THE QUIET ROOM - notes from Whitcombe Psychotherapy
March 2026

Hi friends,

Spring tends to bring a bump in the calls I get about anxiety - the days
get longer, schedules fill up, and the worry that sat quietly all winter
gets louder. A few things that research and my clients have taught me:

1. Worry is not the same as problem-solving. If you've gone over the same
   thought three times, set a 15-minute "worry appointment" for later in
   the day and write it down then.
2. Your body is part of it. Slow exhales (longer out than in) tell your
   nervous system it isn't in danger. Try 4 in, 6 out, for two minutes.
3. Avoidance feeds anxiety. Small, planned steps toward what you've been
   avoiding - the phone call, the grocery store at busy hours - shrink it.

Cognitive behavioral therapy (CBT) has the strongest evidence for
generalized anxiety disorder, panic disorder and social anxiety. For some
people, medication such as an SSRI helps too; that's a conversation for
your doctor or a psychiatrist.

If you're in crisis, call or text 988 any time.

I have two openings for new clients on Wednesday evenings this spring.

Be gentle with yourselves,
Dana Whitcombe, PhD
"""
    text += LIST_FOOT % ("whitcombe-therapy.example.com", "whitcombe-therapy.example.com", "qr-0326", "Whitcombe Psychotherapy", "2207 Wrenfield Avenue, Suite 3, Larch Point, PA 15299")
    return mail(("Dana Whitcombe, PhD", "news@whitcombe-therapy.example.com"), ("The Quiet Room", "quietroom@lists.whitcombe-therapy.example.com"),
                "The Quiet Room: when worry gets louder", (2026, 3, 10, 7, 0), ALT(text, style="plain"), mailer="bulk",
                list_id="The Quiet Room <quietroom.lists.whitcombe-therapy.example.com>",
                unsub="<https://whitcombe-therapy.example.com/u?l=qr-0326>")


@msg("none", "blog-cpap-myths",
     "A DME supplier's blog post to its mailing list about sleep apnea and CPAP myths; no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
RestWell Sleep Journal

5 CPAP myths we hear every week

Myth 1: "I'm too young to have sleep apnea."
Obstructive sleep apnea (OSA) shows up at every age. Snoring, gasping,
morning headaches and daytime sleepiness are worth mentioning to your
doctor whether you're 25 or 75.

Myth 2: "The mask will never feel normal."
Most people need 2-4 weeks. If you're still pulling it off at 3 a.m.
after a month, ask for a refit - nasal pillows, nasal cushions and full
face masks feel completely different.

Myth 3: "If my AHI is under 5, I can skip nights."
Your AHI is low BECAUSE you're using it. Apnea comes back the first night
without therapy.

Myth 4: "Distilled water is optional."
Tap water leaves minerals in the humidifier chamber. Use distilled.

Myth 5: "Insurance will pay for new supplies whenever I want."
Most plans follow a schedule - cushions monthly, masks every 3 months,
tubing every 3 months. We track it for you.

Questions? Our respiratory therapists answer e-mail Monday to Friday.

RestWell Sleep Supply | 7700 Saltmarsh Way, Bldg 2, Riverbend, FL 32999
Unsubscribe: https://restwell-sleep.example.net/unsubscribe
"""
    return mail(("RestWell Sleep Supply", "journal@restwell-sleep.example.net"), ("RestWell subscribers", "journal-list@restwell-sleep.example.net"),
                "5 CPAP myths we hear every week", (2026, 4, 14, 10, 0), ALT(text, style="plain"), mailer="bulk",
                unsub="<https://restwell-sleep.example.net/unsubscribe>")


@msg("none", "newsletter-low-fodmap-basics",
     "A dietitian's newsletter on IBS and the low-FODMAP diet to her list; education, no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
NOURISH NOTES - May

Low-FODMAP: what it is (and isn't)

If you have irritable bowel syndrome, you may have been handed a
low-FODMAP handout and wished you hadn't. Here's the short version.

- FODMAPs are carbohydrates that some guts ferment loudly: onions,
  garlic, wheat, beans, apples, milk for some people.
- The diet has three phases: 2-6 weeks of elimination, then slow
  reintroduction one group at a time, then your own long-term version.
- It's not meant to be forever. Most people end up avoiding only one or
  two groups.
- It's not a weight-loss diet, and it's not a good idea if you have a
  history of disordered eating - talk to your doctor or dietitian first.

Recipe of the month: maple-ginger salmon with rice and bok choy
(garlic-infused oil gives you the flavor without the FODMAPs).

Group class "Eating well with IBS" - Thursdays in June, 6-7:30 pm.
Register at nourish-rd.example.net/classes

Rebecca Lindqvist, RDN, LD - Nourish Nutrition Counseling
Unsubscribe | 1820 SE Fernhollow Street, Suite 5, Portside, OR 97999
"""
    return mail(("Nourish Nutrition Counseling", "notes@nourish-rd.example.net"), ("", "subscribers@nourish-rd.example.net"),
                "Nourish Notes: low-FODMAP, explained", (2026, 5, 5, 8, 30), ALT(text, style="gmail"), zone="P", mailer="bulk",
                unsub="<mailto:unsubscribe@nourish-rd.example.net>")


@msg("none", "blog-acupuncture-egg-quality",
     "A fertility acupuncturist's blog post to her list about IVF support and egg quality; no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
From the Bloom blog: Can acupuncture improve egg quality?

It's the question I get most in consultations, so let's be honest about
it.

What we know: studies of acupuncture around embryo transfer have mixed
results. Some found higher pregnancy rates, larger trials found little
difference. Where acupuncture consistently helps is stress, sleep and how
people feel during an IVF cycle - which matters a lot over months of
retrievals, transfers and two-week waits.

What we don't know: whether acupuncture changes egg quality. Eggs develop
over about 90 days, and no good trial has measured it. Anyone who promises
it is selling something.

What I recommend: come for support if it helps you, coordinate timing
with your reproductive endocrinologist, and keep taking exactly the
medications your clinic prescribes.

New this month: Tuesday evening group sessions for people going through
egg freezing or IVF ($35, sliding scale).

Juniper Hale, LAc, FABORM
Bloom Fertility Acupuncture | bloom-acu.example.org
Manage your subscription: https://bloom-acu.example.org/subscribe
"""
    return mail(("Juniper at Bloom", "hello@bloom-acu.example.org"), ("Bloom community", "community@bloom-acu.example.org"),
                "New on the blog: can acupuncture improve egg quality?", (2026, 2, 18, 12, 0), ALT(text, style="plain"),
                zone="C", mailer="bulk", unsub="<https://bloom-acu.example.org/subscribe>")


@msg("none", "newsletter-prep-doxypep",
     "A sexual-health practice's newsletter on PrEP, doxyPEP and testing day to a list; no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
Open Door Sexual Health - Community Update

PrEP, doxyPEP and a free testing day

PrEP (pre-exposure prophylaxis) lowers the chance of getting HIV from sex
by about 99% when taken as prescribed. Daily pills and an every-two-months
injection are both options. Ask us which fits your life.

DoxyPEP - taking doxycycline within 72 hours after sex - cuts syphilis and
chlamydia infections by about two thirds in studies of gay and bisexual
men and transgender women. It's not for everyone; we'll talk through it.

National HIV Testing Day is June 27. We'll be at the Peachtree Hollow
Pride tent 11-4 with free rapid HIV and syphilis tests, condoms and PrEP
navigators. No ID needed.

Walk-in STI testing: Tue and Thu, 10-6.

Open Door Sexual Health | 1155 Magnolia Reach Ave NE, Suite 6
Unsubscribe: https://opendoor-sh.example.org/list/leave
"""
    return mail(("Open Door Sexual Health", "community@opendoor-sh.example.org"), ("Open Door community list", "community-list@opendoor-sh.example.org"),
                "PrEP, doxyPEP and free testing June 27", (2026, 6, 10, 11, 0), ALT(text, style="plain"), mailer="bulk",
                unsub="<https://opendoor-sh.example.org/list/leave>")


@msg("none", "blog-telehealth-buprenorphine-rules",
     "A telehealth addiction practice's blog post about federal telemedicine prescribing rules for buprenorphine; policy education, no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
Steady Path Notes: What the telemedicine rule means for buprenorphine

Since 2020, people have been able to start buprenorphine for opioid use
disorder by video visit without first seeing a prescriber in person. The
DEA's rules for that have been extended several times. Here's where
things stand for our patients and referral partners:

- New patients can still start buprenorphine by audio-video telehealth.
  Audio-only starts are limited to a first supply, then a video or
  in-person visit is required.
- Prescribers check the state prescription monitoring program before
  every prescription.
- Nothing changes for methadone, which is still dispensed only at opioid
  treatment programs.

We'll keep this page updated as rules change. If you're a clinician and
want to refer, our intake line is (206) 555-0127.

Steady Path Telehealth - steadypath.example.net
You are subscribed as a referral partner. Unsubscribe anytime.
"""
    return mail(("Steady Path Telehealth", "notes@steadypath.example.net"), ("Referral partners", "partners@steadypath.example.net"),
                "What the telemedicine rule means for buprenorphine", (2026, 1, 27, 9, 0), ALT(text, style="plain"), zone="P",
                mailer="bulk", unsub="<https://steadypath.example.net/partners/unsubscribe>")


@msg("none", "blog-brca-cascade-testing",
     "A genetic counsellor's blog post about BRCA and cascade testing of relatives to her list; no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
Solvang Genetic Counseling - Family Matters, Issue 11

One positive result, many relatives

When someone in a family learns they carry a BRCA1 or BRCA2 variant,
their parents, siblings and children each have up to a 50% chance of
carrying the same one. Testing relatives for the known variant (cascade
testing) is simple and inexpensive - yet studies find fewer than half of
at-risk relatives are ever tested.

Why? People aren't sure how to bring it up, relatives live far away, and
some worry about insurance. (In the US, GINA protects against genetic
discrimination in health insurance and employment; it does not cover life
or long-term-care insurance.)

What helps: a family letter from your counselor, a copy of the lab report
with the exact variant name, and telehealth counseling for relatives in
other states.

Also this issue: Lynch syndrome screening in colorectal cancer, and what
a "variant of uncertain significance" really means.

Ingrid Solvang, MS, CGC
Unsubscribe: https://solvang-genetics.example.com/news/unsubscribe
"""
    return mail(("Solvang Genetic Counseling", "news@solvang-genetics.example.com"), ("Family Matters readers", "familymatters@solvang-genetics.example.com"),
                "Family Matters #11: one positive result, many relatives", (2026, 4, 28, 9, 30), ALT(text, style="plain"),
                zone="C", mailer="bulk", unsub="<https://solvang-genetics.example.com/news/unsubscribe>")


@msg("none", "breastfeeding-class-series",
     "A lactation consultant's class announcement to her list (latch, pumping, mastitis prevention); no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
Milkweed Lactation - Fall Class Series

Prenatal Breastfeeding Basics (2 sessions)
  Tuesdays, Sept 15 and 22, 6:30-8:30 pm
  Latch and positioning, how to tell baby is getting enough, the first
  two weeks, when to call for help. Partners welcome!

Back to Work: Pumping 101
  Saturday, Oct 3, 10:00-11:30 am
  Choosing a pump, flange fit, building a freezer stash, your rights at
  work.

Preventing Mastitis and Plugged Ducts
  Online, Thursday, Oct 15, 7 pm
  The new approach: less massage, more ice and ibuprofen, and when to see
  a doctor for fever or a red, hot area.

$40 per class, many insurance plans reimburse. Register at
milkweed-lactation.example.com/classes

Colleen Byrne, IBCLC | 204 Marrowstone Street, Lakeview, WI 53999
To stop receiving these e-mails, reply "unsubscribe".
"""
    return mail(("Milkweed Lactation", "classes@milkweed-lactation.example.com"), ("", "families@milkweed-lactation.example.com"),
                "Fall classes: breastfeeding basics, pumping, mastitis", (2026, 8, 25, 8, 0), ALT(text, style="plain"),
                zone="C", mailer="bulk")


@msg("none", "chiro-newsletter-desk-posture",
     "A chiropractic practice's newsletter on desk posture and low back pain; no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
NORTHSIDE CHIROPRACTIC | Spine Lines - September

Your desk is part of your treatment plan

Back-to-school also means back-to-desk for a lot of us. Three changes
with the biggest payoff for neck pain and low back pain:

- Top of the screen at eye level. Laptops need a stand and a separate
  keyboard.
- Feet flat, hips slightly higher than knees. A rolled towel behind your
  low back works as well as a fancy chair.
- Move every 30 minutes. Stand up, roll the shoulders, walk to refill
  water.

Stretch of the month: chin tucks, 10 reps, 3 times a day.

New: Saturday morning hours starting Sept 12, 8-12.

Dr. Lena Sorensen, DC | 3021 Tamarind Road, Harrow Park, MN 55999
Unsubscribe | Forward to a friend
"""
    return mail(("Northside Chiropractic", "news@northsidechiro.example.net"), ("Spine Lines", "spinelines@northsidechiro.example.net"),
                "Spine Lines: your desk is part of your treatment plan", (2026, 9, 1, 7, 30), ALT(text, style="plain"),
                zone="C", mailer="bulk")


@msg("none", "blog-diabetic-eye-month",
     "An optometry practice's blog post for diabetic eye disease awareness month; general education, no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
Clearview Family Eye Care - November is Diabetic Eye Disease Month

Diabetic retinopathy is the leading cause of new blindness in working-age
adults, and in its early stages it has no symptoms at all. That's why
everyone with type 1 or type 2 diabetes needs a dilated eye exam every
year (some people every two years, if their doctor agrees).

What we check:
- small bleeds and swelling in the retina (nonproliferative retinopathy)
- new fragile blood vessels (proliferative retinopathy)
- fluid in the macula (macular edema), with an OCT scan

Good blood sugar, blood pressure and cholesterol control cut the risk
dramatically. If you have diabetes and haven't had a dilated exam in the
past year, call us - we send the report to your doctor.

Clearview Family Eye Care | 23100 Dunmore Avenue, Dearfield, MI 48999
(313) 555-0158 | Unsubscribe
"""
    return mail(("Clearview Family Eye Care", "news@clearview-eyes.example.com"), ("Clearview patients", "newsletter@clearview-eyes.example.com"),
                "November is Diabetic Eye Disease Month", (2026, 11, 2, 9, 0), ALT(text, style="plain"), mailer="bulk")


@msg("none", "members-newsletter-travel-season",
     "A concierge practice's members newsletter on travel vaccines, a new nurse and holiday hours; no individual.",
     trap="newsletter or blog to a list")
def _():
    text = """
Lakeshore Concierge Medicine - Member Letter, Winter 2026

Dear Members,

Travel season: if you're heading abroad this winter, schedule a travel
visit at least 4-6 weeks before departure. We stock hepatitis A and B,
typhoid and Tdap, and can prescribe malaria prevention and traveler's
diarrhea medicine. Yellow fever vaccine requires a visit to a certified
travel clinic.

Flu and COVID boosters are available in the office every weekday, or at
home for members over 75.

Welcome Marisol Avila, RN, who joins us from Lakemont Shores Hospital's
cardiac unit.

Holiday hours: closed Dec 25 and Jan 1. The 24/7 physician line is always
answered: (312) 555-0108.

Warm regards,
Charles Vantongeren, MD
"""
    return mail(("Lakeshore Concierge Medicine", "members@lakeshore-concierge.example.com"), ("Members", "members-list@lakeshore-concierge.example.com"),
                "Member Letter - Winter 2026", (2026, 11, 16, 8, 0), ALT(text, style="outlook"), zone="C", mailer="bulk")


@msg("none", "legal-newsletter-dental-settlement",
     "A law firm's newsletter about a federal HIPAA settlement with a dental practice; no individual's care.",
     trap="newsletter or blog to a list")
def _():
    text = """
HEALTH LAW BRIEFING - Hartwell Ames LLP

Dental practice pays $62,500 after responding to online reviews

Federal regulators announced a settlement with a multi-location dental
practice that disclosed patients' names, treatment details and insurance
information while replying to negative online reviews. The practice
agreed to a two-year corrective action plan.

Takeaways for small practices:
1. Never confirm that a reviewer is a patient, even to defend yourself.
2. Have a written policy for social media replies and train staff on it.
3. Conduct (and document) a security risk analysis every year - most
   recent enforcement actions cite a missing one.
4. Give patients access to their records within 30 days; "right of
   access" cases are still the most common.

Also in this issue: the reproductive health privacy rule, Part 2
alignment with HIPAA, and state consumer health data laws.

This briefing is not legal advice. Hartwell Ames LLP, 200 Foundry Row,
Suite 900. Unsubscribe: https://hartwellames.example.com/briefing/out
"""
    return mail(("Hartwell Ames Health Law", "briefing@hartwellames.example.com"), ("Brenda Kowal", "brenda@maplestreetdental.example.com"),
                "Briefing: dental practice settles over review replies", (2026, 10, 27, 6, 30), ALT(text, style="outlook"),
                mailer="bulk", unsub="<https://hartwellames.example.com/briefing/out>")


# ====================================================================== #
#                      none: templates and policies                      #
# ====================================================================== #
@msg("none", "superbill-template-placeholders",
     "A psychologist sends her biller a blank superbill template with placeholders and a CPT/ICD pick list; no client.",
     trap="template with placeholders")
def _():
    text = """
Hi Tamsin,

Here's the updated superbill template with the 2026 rates. Can you load it
into the statement generator so clients can download it from the portal?
Fields in brackets are the merge fields.

Thanks,
Dana
"""
    paras = [
        "# Whitcombe Psychotherapy - Superbill",
        "2207 Wrenfield Avenue, Suite 3, Larch Point, PA 15299 | (412) 555-0131",
        "Dana Whitcombe, PhD, Licensed Psychologist | NPI %s | Tax ID 91-4418820" % WHIT.npi,
        "Client: [Client Name]\tDate of birth: [DOB]",
        "Insurance: [Plan]\tMember ID: [Member ID]",
        "Diagnosis (ICD-10): [Dx code 1] [Dx description 1]",
        "Common codes: F41.1 Generalized anxiety disorder; F43.10 PTSD; F32.1 Major depressive disorder, single episode, moderate; F43.23 Adjustment disorder with mixed anxiety and depressed mood",
        "Services:",
        "[Date]\t90791 Diagnostic evaluation\t$220.00",
        "[Date]\t90834 Psychotherapy, 45 min\t$160.00",
        "[Date]\t90837 Psychotherapy, 60 min\t$185.00",
        "[Date]\t90847 Family psychotherapy with client present\t$175.00",
        "Place of service: [11 office / 10 telehealth at home]",
        "Total: [Total]\tPaid: [Paid]",
        "Signature: ______________________",
    ]
    return mail(("Dana Whitcombe", WHIT.addr), ("Tamsin Greer", "tgreer@clearclaim.example.net"),
                "superbill template 2026", (2026, 1, 6, 12, 0),
                MIX(T(text), DOCX("Superbill_TEMPLATE_2026.docx", paras, "Dana Whitcombe")), mailer="gmail")


@msg("none", "gfe-template-no-surprises",
     "A billing service's good-faith estimate template and explainer for self-pay clients, with placeholders only.",
     trap="template with placeholders")
def _():
    text = """
Hi all,

A few of you asked for a cleaner Good Faith Estimate (No Surprises Act)
template. Attached, and pasted below for reference. Replace everything in
{curly braces}. Remember: a GFE is required for every self-pay or
out-of-network client when scheduling, and upon request.

---------------------------------------------------------------
GOOD FAITH ESTIMATE
Provider: {Practice name}, {NPI}, {TIN}
Patient: {Full name}            Date of birth: {MM/DD/YYYY}
Date issued: {date}             Expected start: {date}
Primary service: {e.g. 90837 psychotherapy 53+ min} x {number} at {fee}
Diagnosis code(s): {if known}
Other providers expected to be involved: {none / list}
Total estimated cost: {$}

You have the right to receive a Good Faith Estimate. If you receive a
bill that is at least $400 more than this estimate, you can dispute the
bill. Keep a copy of this estimate.
---------------------------------------------------------------

Tamsin Greer | ClearClaim Billing Partners
"""
    return mail(("Tamsin Greer", "tgreer@clearclaim.example.net"), ("ClearClaim clients", "clients@clearclaim.example.net"),
                "GFE template (updated)", (2026, 1, 12, 14, 30), T(text), mailer="outlook")


@msg("none", "financial-policy-update-all-clients",
     "borderline: a psychologist's policy update sent Bcc to all clients (fees, cancellations, superbills); no individual named or concerned, so none.",
     trap="notice to all clients")
def _():
    text = """
Dear clients,

A few updates to my practice policies, effective February 1:

- Session fees: 45-minute sessions $160, 60-minute sessions $185. If you
  have a sliding-scale agreement, it stays the same.
- Late cancellation: sessions cancelled with less than 24 hours' notice
  will be charged $75 (was the full fee). Illness and emergencies are
  always an exception - just tell me.
- Superbills are now generated automatically on the 1st of each month in
  the client portal.
- Good Faith Estimates: if you're self-pay, you'll receive an updated one
  in January.

Thank you for trusting me with your work. As always, if anything here is
a hardship, let's talk about it.

Dana Whitcombe, PhD
Whitcombe Psychotherapy
"""
    return mail(("Dana Whitcombe", WHIT.addr), None, "Practice policy updates for 2026", (2026, 1, 9, 10, 0),
                T(text), mailer="gmail")


@msg("none", "intake-template-spanish",
     "A blank Spanish intake form template (health-history checklist including HIV, pregnancy and depression) sent to a translator; no client.",
     lang="es", trap="template with placeholders")
def _():
    text = """
Hola Gabriela:

Te mando la versión final del formulario de admisión en español para que
la revises antes de imprimir. Las casillas son para que el paciente las
llene; no hay datos de nadie todavía.

---
QUIET WATER ACUPUNCTURE - FORMULARIO DE ADMISIÓN

Nombre: ____________________   Fecha de nacimiento: ___/___/______
Teléfono: __________________   Correo: ______________________

Motivo principal de la consulta: _________________________________

Marque si tiene o ha tenido:
[ ] Presión alta      [ ] Diabetes       [ ] Hepatitis B o C
[ ] VIH               [ ] Cáncer         [ ] Depresión o ansiedad
[ ] Marcapasos        [ ] Convulsiones   [ ] Trastorno de coagulación
¿Está embarazada o intentando quedar embarazada?  [ ] Sí  [ ] No
¿Toma anticoagulantes (warfarina, apixabán)?       [ ] Sí  [ ] No
Medicamentos actuales: ___________________________________________

Firma: ____________________   Fecha: __________
---

¿Puedes revisar si "trastorno de coagulación" se entiende bien?

Gracias,
Mei-Ling
"""
    return mail(("Mei-Ling Cho", ACU.addr), ("Gabriela Fuentes", "gabriela@traducciones.example.com"),
                "Formulario de admisión - versión final para revisar", (2026, 1, 21, 15, 33), T(text, "utf-8", "quoted-printable"),
                zone="P", mailer="apple")


# ====================================================================== #
#               none: insurers, credentialing, own licences              #
# ====================================================================== #
@msg("none", "credentialing-application-received",
     "An insurer acknowledges a counsellor's own credentialing application (NPI, credentialing-database ID, taxonomy); no client.",
     trap="insurer credentialing or fee schedule")
def _():
    text = """
Dear Provider,

Thank you for your application to join the Cobalt Mutual Health
behavioral health network.

Applicant:        Tomas Reyes-Halloran, LMFT
Practice:         Common Ground Couples Counseling
NPI (Type 1):     %s
CredVault ID:     16628301
Taxonomy:         106H00000X Marriage & Family Therapist
Specialties:      couples and family therapy, telehealth
Reference:        CRED-26-044187

Status: Received - primary source verification in progress.

Typical turnaround is 60-90 days. We'll contact you if your CredVault profile
needs re-attestation or if we need your malpractice face sheet. Do not
see Cobalt members as in-network until you receive your effective date.

Cobalt Mutual Health - Provider Network Management
(800) 555-0101
""" % CG.npi
    return mail(("Cobalt Credentialing", "credentialing@cobaltmutual.example.com"), ("Tomas Reyes-Halloran", CG.addr),
                "Application received - CRED-26-044187", (2026, 2, 2, 11, 20), T(text), zone="M", mailer="app")


@msg("none", "fee-schedule-2027-csv",
     "A health plan's 2027 fee schedule for PT and chiropractic CPT codes as CSV; rates only, no patient.",
     trap="insurer credentialing or fee schedule")
def _():
    text = """
Dear Network Provider,

Attached is your 2027 professional fee schedule, effective January 1, 2027.
Rates reflect a 2.1% average increase for rehabilitation services. The
fee schedule applies to all Pinecrest commercial products; Medicare
Advantage rates follow separately.

Questions: Provider Services, (800) 555-0144, option 3.

Pinecrest Health Plan - Network Contracting
"""
    rows = [["cpt", "modifier", "description", "allowed_2026", "allowed_2027"],
            ["97110", "GP", "Therapeutic exercise, each 15 min", "28.40", "29.00"],
            ["97112", "GP", "Neuromuscular re-education, each 15 min", "32.10", "32.80"],
            ["97140", "GP", "Manual therapy, each 15 min", "26.90", "27.45"],
            ["97161", "GP", "PT evaluation, low complexity", "88.00", "89.85"],
            ["97162", "GP", "PT evaluation, moderate complexity", "88.00", "89.85"],
            ["97530", "GP", "Therapeutic activities, each 15 min", "33.70", "34.40"],
            ["98940", "AT", "Chiropractic manipulation, 1-2 regions", "27.50", "28.10"],
            ["98941", "AT", "Chiropractic manipulation, 3-4 regions", "38.20", "39.00"],
            ["G0283", "", "Electrical stimulation, unattended", "11.40", "11.65"]]
    return mail(("Pinecrest Network Contracting", "contracting@pinecrest-hp.example.net"), ("Stride Physical Therapy", "billing@stride-pt.example.com"),
                "2027 fee schedule", (2026, 10, 1, 13, 0), MIX(T(text), CSV("Pinecrest_2027_fee_schedule_rehab.csv", rows, cte="7bit")), mailer="app")


@msg("none", "licence-renewal-lmft",
     "A licensing board's renewal notice for a counsellor's own LMFT licence; no client.",
     trap="clinician's own licence or CE")
def _():
    text = """
STATE BOARD OF BEHAVIORAL HEALTH EXAMINERS
Licence Renewal Notice

Licensee:       Tomas Reyes-Halloran
Licence:        Marriage and Family Therapist, MFT.0018822
Expires:        May 31, 2026

Your licence is due for renewal. To renew you must:
- complete 40 hours of continuing education in the 2-year period,
  including 4 hours of ethics and 2 hours of suicide prevention;
- answer the professional fitness questions;
- pay the renewal fee of $175.

Renew online at https://licensing.example.org/renew. A licence that is
not renewed by the expiration date lapses, and you may not practice
psychotherapy until it is reinstated.

This is an automated message. Do not reply.
"""
    return mail(("Board of Behavioral Health Examiners", "no-reply@licensing.example.org"), ("Tomas Reyes-Halloran", CG.addr),
                "Your licence expires May 31, 2026", (2026, 3, 2, 5, 0), T(text), zone="M", mailer="app")


@msg("none", "ce-certificate-suicide-risk",
     "A CE provider's certificate for the psychologist's own course on suicide risk assessment; no client.",
     trap="clinician's own licence or CE")
def _():
    text = """
Congratulations, Dana!

You've completed:

  Suicide Risk Assessment and Safety Planning in Outpatient Practice
  6.0 CE hours (approved sponsor for psychologists)
  Completed: April 18, 2026

Your certificate is attached and saved in your CE Harbor transcript.
Total hours this renewal cycle: 21.5

Up next in your plan: "Treating Panic Disorder with Interoceptive
Exposure" (3.0 hours).

CE Harbor | ceharbor.example.org
"""
    cert = """
## CE HARBOR - Certificate of Completion
This certifies that
# Dana Whitcombe, PhD
completed "Suicide Risk Assessment and Safety Planning in Outpatient Practice"
6.0 continuing education hours - April 18, 2026
Certificate no. CEH-26-118007
"""
    return mail(("CE Harbor", "certificates@ceharbor.example.org"), ("Dana Whitcombe", WHIT.addr),
                "Your certificate: Suicide Risk Assessment and Safety Planning", (2026, 4, 18, 21, 5),
                MIX(ALT(text, style="plain"), PDF("CEH-26-118007.pdf", cert, "Certificate", flate=True)), mailer="bulk")


@msg("none", "dea-registration-renewal",
     "A DEA-style renewal reminder for the telehealth prescriber's own registration (with a valid-format DEA number); no patient.",
     trap="clinician's own licence or CE")
def _():
    text = """
Registration Renewal Reminder

Registrant:    CASTELLANOS, IMANI
DEA Number:    %s
Business type: Practitioner
Schedules:     2, 2N, 3, 3N, 4, 5
Expiration:    07/31/2026
State:         WA

Your registration will expire in 60 days. Renew online through the
Diversion Control registration portal. A registration that is not renewed
by the expiration date cannot be reinstated; a new application will be
required.

If you prescribe controlled substances by telemedicine in more than one
state, you need a registration in each state where patients are located.

This message was sent by an automated system.
""" % dea("FC", "482913")
    return mail(("Registration Support", "registration@diversion.example.gov.test"), ("Imani Castellanos", "icastellanos@steadypath.example.net"),
                "DEA registration renewal reminder", (2026, 6, 1, 4, 0), T(text), zone="P", mailer="app")

# ====================================================================== #
#                 none: landlords, accountants, IT, software             #
# ====================================================================== #
@msg("none", "landlord-hvac-suite-3",
     "The landlord writes to a psychotherapy practice about HVAC work and noise in the therapy rooms; no client.",
     trap="landlord, accountant or IT with clinical words")
def _():
    text = """
Hi Dr. Whitcombe,

The HVAC contractor will be replacing the rooftop unit that serves Suites
1-4 next Thursday, 3/19, between 8 am and 2 pm. There will be some noise
and the heat will be off for about four hours.

I know you see clients back to back and need the rooms quiet - if it
helps, Suite 6 upstairs is empty and you're welcome to use it that day.
The white-noise machines outside your therapy rooms will still have power.

Also a reminder that the waiting room sign-in sheet needs to come off the
hallway wall per the fire marshal (nothing to do with privacy, just
paper on the egress wall).

Thanks,
Glen Hollis
Hollis Property Group
(412) 555-0114
"""
    return mail(("Glen Hollis", "glen@hollisproperties.example.com"), ("Dana Whitcombe", WHIT.addr),
                "Rooftop unit replacement 3/19 - Suites 1-4", (2026, 3, 11, 15, 10), T(text), mailer="outlook")


@msg("none", "landlord-lease-renewal-dental",
     "The landlord's lease-renewal terms for a dental office (operatory plumbing, nitrous lines, x-ray shielding); no patient.",
     trap="landlord, accountant or IT with clinical words")
def _():
    text = """
Brenda, Dr. Natarajan -

Attached summary of the renewal terms we discussed. Full lease to follow
from our attorney.

- Term: 5 years from 9/1/2026, two 5-year options
- Base rent: $24.50/sf year 1, 3% annual increases
- Tenant improvement allowance: $35,000 toward the two new operatories
- Landlord to run the additional vacuum and nitrous oxide lines from the
  mechanical room; tenant responsible for the dental equipment itself
- Tenant responsible for x-ray room lead shielding and the physicist's
  shielding report for the new pano
- Amalgam separator maintenance stays with tenant

Let me know if you'd like to walk the new space again.

Glen Hollis
Hollis Property Group
"""
    return mail(("Glen Hollis", "glen@hollisproperties.example.com"), [("Brenda Kowal", "brenda@maplestreetdental.example.com"), ("Dr. Priya Natarajan", "dr.natarajan@maplestreetdental.example.com")],
                "Lease renewal - term summary", (2026, 5, 19, 10, 2), T(text), mailer="outlook")


@msg("none", "accountant-quarterly-estimates",
     "An accountant's quarterly estimated-tax note to a concierge practice (membership revenue, insurance, HSA); no patient.",
     trap="landlord, accountant or IT with clinical words")
def _():
    text = """
Charles,

Q2 numbers are in. Summary:

  Membership revenue (Apr-Jun):        $412,300
  Ancillary (labs, IVs, house calls):  $ 38,900
  Insurance reimbursements (in-net.):  $ 11,200
  Operating expenses:                  $296,450

Your Q2 federal estimate is $31,800, due June 15; state $6,900. I've
scheduled both from the operating account.

Two reminders: (1) members paying from HSAs - the IRS guidance still
treats direct primary care memberships as not HSA-eligible, so please
keep the website language neutral; (2) the new ultrasound unit can be
expensed under Section 179 this year.

Peter Moss, CPA
Brannigan & Moss CPAs
(503) 555-0104
"""
    return mail(("Peter Moss", "pmoss@branniganmoss.example.net"), ("Charles Vantongeren", CONC.addr),
                "Q2 estimates", (2026, 6, 5, 16, 20), T(text), zone="C", mailer="outlook")


@msg("none", "it-backup-failed-ehr-server",
     "IT support reports a failed nightly backup of the practice's EHR server and HIPAA risk wording; no patient data.",
     trap="landlord, accountant or IT with clinical words")
def _():
    text = """
Hi Renata,

Heads up: last night's backup job for OPENDOOR-EHR01 failed at 02:14 with
"VSS snapshot timeout". The previous good backup is from Sunday night, so
nothing is lost, but I want two good nights in a row before I stop
watching it.

I'll restart the VSS writers remotely at 7 pm tonight after your last
patient. The EHR will be unavailable for about 10 minutes.

For your HIPAA risk analysis file: encrypted offsite copy is current as of
Sunday, retention 90 days, restore test last done 10/02.

Ticket FIT-88214.

Dmitri Ferro
Ferro IT Services
(404) 555-0106
"""
    return mail(("Ferro IT Support", "support@ferroit.example.com"), ("Renata Obi", OD.addr),
                "FIT-88214 backup failed - OPENDOOR-EHR01", (2026, 10, 20, 8, 5), T(text), mailer="outlook")


@msg("none", "pm-software-sample-clients",
     "Practice-management software marketing whose screenshots use invented sample clients marked as sample data with diagnosis and CPT codes.",
     trap="software marketing with sample clients")
def _():
    text = """
PracticeNest for Therapists: superbills in one click

See what your Tuesday could look like:

  9:00  Jane Sample*       90837  F41.1   Cobalt PPO     Superbill sent
  10:00 Alex Example*      90834  F43.23  Self-pay       GFE on file
  11:00 Pat Placeholder*   90847  Z63.0   Pinecrest HMO  Claim accepted

*Sample data. All clients shown are invented for demonstration.

- Auto-generated superbills with your NPI and taxonomy
- Good Faith Estimates that update when your fees change
- Claims, ERAs and denials in one inbox
- A client portal with intake forms, consent and secure messaging

Start a 30-day free trial: https://practicenest.example.com/trial
Questions? (888) 555-0181

PracticeNest Inc. | Unsubscribe
"""
    return mail(("PracticeNest", "hello@practicenest.example.com"), ("Dana Whitcombe", WHIT.addr),
                "Superbills in one click (see a sample Tuesday)", (2026, 2, 24, 10, 0), ALT(text, style="plain"), mailer="bulk",
                unsub="<https://practicenest.example.com/unsubscribe>")


@msg("none", "release-notes-part2-segmentation",
     "An EHR vendor's release notes about superbills, Part 2 consent segmentation and PrEP templates; product features only.",
     trap="software release notes")
def _():
    text = """
SimpleChart 9.4 Release Notes

New
- 42 CFR Part 2 consent segmentation: tag notes, diagnoses and medications
  as Part 2 so they are withheld from exports and referrals unless a
  consent on file covers the recipient.
- PrEP follow-up template with 3-month HIV/creatinine/STI reminders.
- Superbill: add place-of-service 10 (telehealth at home) and modifier 95.
- Genetic counseling note template with pedigree attachment.

Fixed
- Claims with more than 12 diagnosis pointers were rejected by some
  clearinghouses.
- ICD-10 search did not find F43.10 when typing "PTSD".

The update installs automatically Saturday night. No action required.

SimpleChart Support | simplechart.example.net/status
"""
    return mail(("SimpleChart", "releases@simplechart.example.net"), ("Open Door Admin", "admin@opendoor-sh.example.org"),
                "SimpleChart 9.4 release notes", (2026, 7, 9, 17, 0), T(text), mailer="app")


@msg("none", "hygienist-job-posting",
     "A dental office's job posting for a hygienist (periodontal therapy, local anesthesia permit); no patient.",
     trap="job posting")
def _():
    text = """
We're hiring! Registered Dental Hygienist - Maple Street Dental

Full-time or 4 days/week, Ashford Falls, OH

About us: a small, friendly general practice with two dentists, 8
operatories and a great team. We see kids through grandparents.

You'll:
- provide prophylaxis, scaling and root planing and periodontal
  maintenance
- take radiographs (digital, pano), perio charting, oral cancer screening
- administer local anesthesia (Ohio permit required)
- help patients understand their treatment plans

We offer $44-50/hour DOE, paid CE, health and dental, 401(k) match, and
no weekends.

Send your resume to jobs@maplestreetdental.example.com or call Brenda at
(614) 555-0117.
"""
    return mail(("Maple Street Dental", "jobs@maplestreetdental.example.com"), ("Ohio Dental Hygiene Jobs list", "jobs@ohiohygiene.example.org"),
                "Job posting: RDH, full time, Ashford Falls", (2026, 8, 3, 9, 0), T(text), mailer="gmail")


@msg("none", "holiday-hours-on-call-midwife",
     "A midwifery practice's holiday-hours notice to its client list with the on-call labour line; no individual.",
     trap="holiday hours or closure")
def _():
    text = """
Happy holidays from Wildflower Midwifery!

Our office will be closed Dec 24 - Jan 1 for prenatal and postpartum
visits. The on-call midwife is available 24/7 the whole time:

  If you think you're in labor, your water breaks, you have bleeding,
  severe headache, vision changes or decreased fetal movement, call the
  on-call line: (802) 555-0119, press 1.

Non-urgent questions can wait for Jan 2 - send them through the portal.

Thank you for letting us be part of your family's story this year.

Aurelia, Nadège, Sunny and the Wildflower team
"""
    return mail(("Wildflower Midwifery", "hello@wildflower-midwifery.example.org"), ("Wildflower clients", "clients@wildflower-midwifery.example.org"),
                "Holiday hours + on-call line", (2026, 12, 15, 9, 0), ALT(text, style="apple"), mailer="bulk")


@msg("none", "lab-cash-price-list",
     "A reference lab's self-pay price list for clinicians (HIV, STI panel, A1c, lipid); prices only.",
     trap="price list")
def _():
    text = """
Garnet Reference Lab - 2026 Client Self-Pay Price List

For practices billing patients directly. Prices include the draw fee.

  HIV-1/2 Ag/Ab, 4th generation ........... $29
  HIV-1 RNA, quantitative ................. $95
  Chlamydia/gonorrhea NAAT (urine/swab) ... $45
  Syphilis (RPR with reflex) .............. $18
  Hepatitis C antibody w/ reflex RNA ...... $32
  Hemoglobin A1c .......................... $15
  Lipid panel ............................. $14
  Comprehensive metabolic panel ........... $16
  TSH ..................................... $19
  Urine drug screen, 12-panel w/ confirm .. $60
  Carrier screening (3 genes) ............. call

Order through the Garnet portal and pick "client bill". Invoices are sent
monthly to the practice.

Garnet Reference Lab | Client Services (888) 555-0124
"""
    return mail(("Garnet Reference Lab", "clientservices@garnetlab.example.com"), ("Open Door Sexual Health", OD.addr),
                "2026 self-pay price list", (2026, 1, 14, 10, 0), ALT(text, style="outlook"), mailer="bulk")


@msg("none", "no-show-stats-monthly",
     "A monthly report of aggregate no-show and cancellation rates by provider and weekday; counts only.",
     trap="aggregate statistics")
def _():
    text = """
Stride Physical Therapy - Scheduling Report, September 2026
Generated by PracticeNest Analytics

Appointments scheduled: 1,284
Completed:              1,121 (87.3%)
Late cancellations:        88 (6.9%)
No-shows:                  75 (5.8%)

By provider         Sched   No-show   Late cxl
G. Ross-Mbeki        512      4.9%      6.1%
A. Pereira, PTA      401      6.5%      7.2%
M. Tran, DPT         371      6.2%      7.5%

By weekday: Mon 7.1%, Tue 5.0%, Wed 4.8%, Thu 5.6%, Fri 6.9%
Text reminders sent: 1,250 (delivery 98.2%)

No-show fees billed: $3,000   Collected: $1,840
"""
    return mail(("PracticeNest Analytics", "reports@practicenest.example.com"), ("Gareth Ross-Mbeki", PT.addr),
                "Your September scheduling report", (2026, 10, 1, 6, 0), T(text), mailer="app")


@msg("none", "consult-group-deidentified-case",
     "borderline: a therapists' consultation group thread about a de-identified case (a client in her 30s with panic disorder); no name or identifier, so none.",
     trap="de-identified case")
def _():
    text = """
Hi all,

For Thursday's consultation group I'd like to bring a case, de-identified
as usual:

Client in her 30s, works in education, presenting with panic disorder
with some agoraphobic avoidance (driving on highways, big stores). We're
10 sessions into CBT with interoceptive exposure. She's doing the
exposures in session but avoids them between sessions, and last week
mentioned her GP suggested an SSRI, which she's ambivalent about.

Questions for the group:
1. How do you handle homework avoidance without it becoming a power
   struggle?
2. Any thoughts on timing - start meds now or finish the exposure block?

Please don't reply with guesses about who it is - small town. :)

See you Thursday at noon on the usual link.

Dana
"""
    return mail(("Dana Whitcombe", WHIT.addr), ("Larch Point Consult Group", "consultgroup@lists.example.org"),
                "Case for Thursday", (2026, 5, 12, 20, 10), T(text), mailer="gmail",
                list_id="Larch Point Consult Group <consultgroup.lists.example.org>")


@msg("none", "lure-superbill-esign",
     "Phishing: a fake e-signature notice about a 'superbill' for the practice; no real patient.",
     trap="phishing")
def _():
    html = """<html><body style="font-family:Arial;background:#f4f4f4">
<table width="520" align="center" style="background:#fff;padding:20px">
<tr><td style="font-size:18px;color:#1a4b8c"><b>SignPoint</b> Document</td></tr>
<tr><td style="padding-top:12px">ClearClaim Billing sent you a document to review and sign:</td></tr>
<tr><td style="padding:10px;background:#eef3fb"><b>Patient_Superbill_Q3_Final.pdf</b><br>2 pages</td></tr>
<tr><td style="padding:16px 0"><a href="http://signpoint-docs.test/review?id=8813af" style="background:#1a4b8c;color:#fff;padding:10px 18px;text-decoration:none">REVIEW DOCUMENT</a></td></tr>
<tr><td style="font-size:11px;color:#888">This document will expire in 24 hours. Do not share this email.</td></tr>
</table></body></html>
"""
    text = """
ClearClaim Billing sent you a document to review and sign:
Patient_Superbill_Q3_Final.pdf (2 pages)
REVIEW DOCUMENT: http://signpoint-docs.test/review?id=8813af
This document will expire in 24 hours.
"""
    return mail(("ClearClaim Billing via SignPoint", "no-reply@signpoint-docs.test"), ("Mei-Ling Cho", ACU.addr),
                "Action Required: Patient Superbill awaiting signature", (2026, 10, 6, 3, 12), ALT(text, html), zone="P",
                mailer="plain", hops=1)


@msg("none", "lure-credentialing-suspended",
     "Phishing: a fake insurer notice that the provider's credentialing is suspended; no patient.",
     trap="phishing")
def _():
    text = """
Dear Provider,

Your Cobalt Mutual Health network participation has been SUSPENDED due to
incomplete CredVault re-attestation. Claims submitted after 48 hours will be
DENIED and payments for your patients withheld.

To restore your status immediately, verify your NPI and Tax ID here:

  http://cobaltmutual-provider-verify.test/restore

Failure to act will result in termination from the network.

Cobalt Provider Network Team
"""
    return mail(("Cobalt Mutual Provider Network", "network@cobaltmutual-provider-verify.test"), ("", "office@northsidechiro.example.net"),
                "URGENT: Network participation suspended - action required", (2026, 8, 17, 2, 44), T(text), zone="C",
                mailer="plain", hops=1)


# ====================================================================== #
#                 none: clients' and staff non-clinical mail             #
# ====================================================================== #
@msg("none", "parking-question-garage",
     "borderline: someone asks a dental office about parking and garage validation; no appointment or care is mentioned, so none.",
     trap="client's non-clinical mail")
def _():
    text = """
Hi there,

Quick question - is the lot behind your building for your office only or
is it permit parking? And do you validate for the garage on Elm? Last time
I circled for 15 minutes.

Thanks!
Diane Koehler
"""
    return mail(("Diane Koehler", "dkoehler@mail.example.com"), ("Maple Street Dental", MSD.addr),
                "parking?", (2026, 9, 2, 12, 14), T(text), mailer="gmail")


@msg("none", "holiday-card-front-desk",
     "borderline: a client's holiday thank-you to the chiropractic front desk that names no care; none (compare the thank-you naming a mother's hip rehab).",
     trap="client's non-clinical mail")
def _():
    text = """
Hi Jenna and Marcy,

Just wanted to say happy holidays and thank you for always being so
welcoming when I come in, even when I'm running late (which is always).
You two make my Tuesday mornings.

There's a tin of my grandma's lebkuchen coming your way next week!

Warmly,
Ingrid Sandvik
"""
    return mail(("Ingrid Sandvik", "ingrid.sandvik@example.net"), ("Northside Chiropractic", CHIRO.addr),
                "Happy holidays!", (2026, 12, 18, 19, 30), T(text), zone="C", mailer="iphone")


@msg("none", "vet-reminder-cat-vaccines",
     "A veterinary clinic's vaccine reminder for a cat, with the owner named; pet care is not a person's health care.",
     trap="vet reminder")
def _():
    text = """
Hi Hannah,

Biscuit is due for the following:

  Rabies (1-year)          due 03/02/2026
  FVRCP                    due 03/02/2026
  Annual wellness exam     due 03/02/2026

Biscuit's last weight was 11.2 lb. Dr. Ferreira would also like to
recheck the kidney bloodwork (BUN/creatinine) at this visit since he's
turning 12.

Book online at juniperhillvet.example.com or call (773) 555-0150.

Juniper Hill Veterinary Clinic
"""
    return mail(("Juniper Hill Veterinary", "reminders@juniperhillvet.example.com"), ("Hannah Kowalczyk", "hannah.kowalczyk@mail.example.com"),
                "Biscuit is due for vaccines", (2026, 2, 16, 7, 0), ALT(text, style="plain"), zone="C", mailer="bulk")


@msg("none", "coworker-birthday-cake",
     "An office manager's note about a coworker's birthday with her date of birth; no health content.",
     trap="coworker birthday or DOB")
def _():
    text = """
Hi team,

Keisha's birthday is Friday (6/12 - she was born 6/12/1996, so yes, 30!).
I'm getting a cake from Lindy's for 12:30 in the break room, between the
morning and afternoon schedules.

Card is in my top drawer, please sign by Thursday. Chipping in $5 each
for a gift card if you'd like - payment app or cash.

Don't tell her!!

Amanda
Stride PT - Office Manager
"""
    return mail(("Amanda Pereira", "amanda@stride-pt.example.com"), ("Stride staff", "staff@stride-pt.example.com"),
                "shhh - Friday", (2026, 6, 8, 8, 45), T(text), mailer="outlook")


@msg("none", "webinar-carrier-screening-ics",
     "A genetic counsellor's CE webinar invitation for clinicians on carrier screening, with an ICS; no patient.",
     trap="event, CE or webinar invite")
def _():
    text = """
Hello colleagues,

You're invited to a free one-hour webinar for OB, midwifery and fertility
clinicians:

  Expanded Carrier Screening 101: what to order, how to explain results
  Wednesday, March 18, 12:00-1:00 pm CT

We'll cover pan-ethnic panels vs. targeted testing, residual risk, what
to do when one partner is a carrier, and how to refer for genetic
counseling. 1.0 CE credit.

Calendar invite attached. The link will also be sent the morning of.

Ingrid Solvang, MS, CGC
Solvang Genetic Counseling
"""
    cal = ics("REQUEST", "webinar-ecs101-20260318@solvang-genetics.example.com", (2026, 3, 18, 12, 0), (2026, 3, 18, 13, 0),
              "Webinar: Expanded Carrier Screening 101", ("Ingrid Solvang", GC.addr),
              [("Wildflower Midwifery", "aurelia@wildflower-midwifery.example.org", "NEEDS-ACTION"), ("Bloom Fertility Acupuncture", "juniper@bloom-acu.example.org", "NEEDS-ACTION")],
              location="https://webinar.solvang-genetics.example.com/ecs101",
              description="Free CE webinar for clinicians. Pan-ethnic carrier screening, residual risk, partner testing, referral.",
              tzid="America/Chicago", stamp="20260302T150000Z")
    return mail(("Ingrid Solvang", GC.addr), [("Aurelia Fontaine", MID.addr), ("Juniper Hale", BLOOM.addr)],
                "Invitation: Expanded Carrier Screening 101 (free CE)", (2026, 3, 2, 9, 0),
                MIX(T(text), ICS(cal, filename="ECS101-webinar.ics")), zone="C", mailer="outlook")


@msg("none", "refer-a-friend-braces",
     "An orthodontist's refer-a-friend marketing mail about braces and aligners; no patient.",
     trap="marketing")
def _():
    text = """
Love your smile? Share it!

Bright Arc Orthodontics Refer-a-Friend

For every friend or family member who starts braces or clear aligners
with us this fall, you'll get a $100 gift card - and they'll get $250 off
treatment.

Free consultations include digital scans, x-rays and a treatment estimate.
Payment plans from $0 down.

Most kids should have an orthodontic check by age 7. Adults - it's never
too late!

Book at brightarc-ortho.example.com or call (919) 555-0163.
Unsubscribe
"""
    return mail(("Bright Arc Orthodontics", "news@brightarc-ortho.example.com"), ("Bright Arc families", "families@brightarc-ortho.example.com"),
                "Give $250, get $100 - refer a friend this fall", (2026, 9, 15, 11, 0), ALT(text, style="plain"), mailer="bulk")


@msg("none", "cpap-foam-recall-update",
     "A manufacturer's recall update to DME suppliers with device serial ranges; no patient.",
     trap="vendor order, invoice or recall")
def _():
    text = """
URGENT FIELD SAFETY NOTICE - UPDATE 3
To: Durable Medical Equipment Suppliers

Product: DreamArc Auto 2 CPAP/APAP devices
Serial ranges: DA2-2401-000001 to DA2-2409-118400

Sound-abatement foam in affected units may degrade and release particles
into the air path. Remediation (replacement foam) kits are now shipping
to suppliers in the order registrations were received.

Supplier actions:
1. Contact each patient on your registration list with an affected
   device and schedule remediation.
2. Do not dispense affected units from inventory.
3. Report remediated serial numbers through the supplier portal.

Patients should not stop therapy without talking to their physician.

DreamArc Medical - Field Actions | (800) 555-0186
"""
    return mail(("DreamArc Field Actions", "fieldactions@dreamarc-medical.example.com"), ("RestWell Sleep Supply", "purchasing@restwell-sleep.example.net"),
                "Field Safety Notice update 3 - DA2 foam remediation", (2026, 5, 4, 9, 30), T(text), mailer="app")


@msg("none", "compounding-price-list-clinics",
     "A compounding pharmacy's price list to prescribers (low-dose naltrexone, hormone creams, pediatric suspensions); no patient.",
     trap="price list")
def _():
    text = """
Dear Prescribers,

Our updated cash price list for common compounds (30-day supply unless
noted):

  Low-dose naltrexone 1.5 / 3 / 4.5 mg capsules, #30 .......... $42
  Progesterone cream 50 mg/g, 30 g ............................ $48
  Estradiol/estriol (Bi-est) cream 80:20, 30 g ................ $55
  Testosterone cream 1%, 30 g ................................. $60
  Omeprazole 2 mg/mL oral suspension, 150 mL .................. $38
  Magic mouthwash (lidocaine/diphenhydramine/Maalox), 240 mL .. $32
  Dye-free/allergen-free capsules .............................. call

We cannot compound commercially available products (including GLP-1
agonists) except when a documented clinical need exists.

E-prescribe to Alder & Finch Compounding Pharmacy, NCPDP 3398120.

Leah Finch, PharmD, Pharmacist-in-Charge
(828) 555-0191
"""
    return mail(("Alder & Finch Compounding", RX.addr), ("Lakeshore Concierge Medicine", "office@lakeshore-concierge.example.com"),
                "2026 compound price list", (2026, 2, 2, 10, 0), T(text), mailer="outlook")


@msg("none", "moud-peer-group-invite",
     "A monthly buprenorphine prescribers' peer-support meeting invite with an ICS; no patient.",
     trap="event, CE or webinar invite")
def _():
    text = """
Hi all,

This month's MOUD prescriber peer group is Tuesday 4/21 at 7:30 am PT.
Topic: managing precipitated withdrawal with fentanyl - low-dose ("micro")
induction vs. high-dose starts. Dr. Castellanos will lead.

Reminder: no identifiable patient information in the chat or on camera.
Bring cases de-identified.

Invite attached.

Jordan Pike
Steady Path Telehealth
"""
    cal = ics("REQUEST", "moud-peer-2026-04@steadypath.example.net", (2026, 4, 21, 7, 30), (2026, 4, 21, 8, 30),
              "MOUD prescriber peer group - April", ("Jordan Pike", "jordan.pike@steadypath.example.net"),
              [("Imani Castellanos", "icastellanos@steadypath.example.net", "ACCEPTED"),
               ("Renata Obi", OD.addr, "NEEDS-ACTION"), ("Charles Vantongeren", CONC.addr, "NEEDS-ACTION")],
              location="https://video.steadypath.example.net/r/moud-peer",
              description="Topic: low-dose vs high-dose buprenorphine induction with fentanyl. De-identified cases only.",
              tzid="America/Los_Angeles", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", stamp="20260407T160000Z")
    return mail(("Jordan Pike", "jordan.pike@steadypath.example.net"), [("Renata Obi", OD.addr), ("Charles Vantongeren", CONC.addr)],
                "MOUD peer group - Tue 4/21", (2026, 4, 7, 9, 0), MIX(T(text), ICS(cal, filename="invite.ics")), zone="P", mailer="outlook")

# ====================================================================== #
#              none: billing services, payers, vendors, reports          #
# ====================================================================== #
@msg("none", "billing-monthly-ar-aggregate",
     "A billing service's monthly A/R and denial summary for a practice, totals and codes only; no patient.",
     trap="aggregate statistics")
def _():
    text = """
Hi Dr. Achterberg,

Your August summary:

  Charges:              $84,210
  Payments:             $61,980
  Adjustments:          $14,305
  A/R total:            $97,440 (38 days in A/R, down from 44)
  Over 90 days:         $11,870 (12.2%)

Top denial reasons (count):
  CARC 50  not medically necessary ............ 14  (mostly L3000 orthotics)
  CARC 97  bundled ............................. 9  (11055 with E/M, add mod 25)
  CARC 16  missing info ........................ 7
  CARC 119 benefit maximum ..................... 3

Clean claim rate: 93.1%

Action items for you: sign the 6 pending appeals in the portal, and
decide on the orthotics waiver language we talked about.

Marcus Odom
ClearClaim Billing Partners
"""
    return mail(("Marcus Odom", "modom@clearclaim.example.net"), ("Samuel Achterberg", "drachterberg@footankle.example.net"),
                "August A/R summary", (2026, 9, 4, 11, 15), T(text), mailer="outlook")


@msg("none", "clearinghouse-outage-837p",
     "A clearinghouse outage notice saying 837P claim files are queued; no patient.",
     trap="IT or vendor notice")
def _():
    text = """
Tollgate Claims Exchange - Service Incident

Status: Investigating
Started: 06/16/2026 09:40 ET

We are experiencing delays processing inbound 837P professional claim
files. Files are being accepted and queued; 999 acknowledgements and 277CA
reports will be delayed. No claims have been lost. 835 ERA delivery is
not affected.

Please do not resubmit files while this incident is open - duplicates
may be rejected by payers.

Next update by 12:00 ET. Status page: https://status.tollgate-edi.example.com
"""
    return mail(("Tollgate Status", "status@tollgate-edi.example.com"), ("ClearClaim EDI", "edi@clearclaim.example.net"),
                "[Investigating] 837P processing delays", (2026, 6, 16, 9, 52), T(text), mailer="app")


@msg("none", "era-enrollment-confirmation",
     "An ERA/EFT enrollment confirmation with the practice's NPI and TIN; no patient.",
     trap="insurer credentialing or fee schedule")
def _():
    text = """
Your 835 Electronic Remittance Advice enrollment is complete.

Payer:           Cobalt Mutual Health (payer ID 60811)
Provider:        Little Words Speech Therapy
NPI:             %s
TIN:             36-4471902
Clearinghouse:   Tollgate Claims Exchange (receiver ID TGX8810)
EFT account:     checking ending 2291
Effective:       03/01/2026

You'll receive ERAs for claims paid on or after the effective date. Paper
EOBs will stop 30 days after your first electronic payment.

Enrollment ID: ERA-EFT-26-77120
""" % SLP.npi
    return mail(("Cobalt Provider Enrollment", "enrollment@cobaltmutual.example.com"), ("Hannah Kowalczyk", SLP.addr),
                "ERA/EFT enrollment complete - ERA-EFT-26-77120", (2026, 2, 26, 13, 40), T(text), zone="C", mailer="app")


@msg("none", "payer-bulletin-telehealth-modifiers",
     "An insurer's provider bulletin on telehealth billing (POS 10, modifier 95) for psychotherapy codes; no patient.",
     trap="insurer credentialing or fee schedule")
def _():
    text = """
COBALT MUTUAL PROVIDER BULLETIN - July 2026

Telehealth billing for behavioral health

Effective for dates of service on or after August 1, 2026:

- Use place of service 10 when the member is at home, POS 02 when
  elsewhere. Reimbursement for POS 10 equals the office rate.
- Append modifier 95 to 90791, 90832, 90834, 90837, 90846 and 90847 for
  synchronous audio-video visits. Use modifier 93 for audio-only.
- Crisis psychotherapy (90839/90840) may be billed by telehealth.
- Documentation must state the member's location and consent to
  telehealth.

Also in this issue: updated prior authorization list for physical,
occupational and speech therapy; credentialing turnaround times.

Cobalt Mutual Health, Provider Communications
"""
    return mail(("Cobalt Provider Communications", "bulletin@cobaltmutual.example.com"), ("Tomas Reyes-Halloran", CG.addr),
                "Provider Bulletin: telehealth billing changes Aug 1", (2026, 7, 1, 6, 0), ALT(text, style="outlook"), zone="M", mailer="bulk")


@msg("none", "hipaa-training-due",
     "A compliance-training reminder for staff (HIPAA, minimum necessary, Part 2 basics); no patient.",
     trap="compliance training")
def _():
    text = """
Hi Jordan,

Your annual compliance training is due by January 31:

  - HIPAA Privacy and Security for Small Practices (45 min)
  - 42 CFR Part 2: Confidentiality of Substance Use Disorder Records (30 min)
  - Recognizing Phishing (15 min)

Log in at https://learn.practicenest.example.com with your work e-mail.
Your certificate is stored automatically for your practice's records.

PracticeNest Compliance
"""
    return mail(("PracticeNest Compliance", "training@practicenest.example.com"), ("Jordan Pike", "jordan.pike@steadypath.example.net"),
                "Reminder: annual compliance training due Jan 31", (2026, 1, 19, 8, 0), T(text), zone="P", mailer="app")


@msg("none", "shredding-service-invoice",
     "A shredding company's invoice to a practice for destroying confidential patient records; no patient.",
     trap="vendor order, invoice or recall")
def _():
    text = """
SecureBin Document Destruction - Invoice 44172

Bill to: Achterberg Foot & Ankle, 4410 Kessington Street, Suite 200
Service date: 04/09/2026

  2 x 95-gallon console, scheduled exchange ........ $ 64.00
  Purge: 14 boxes archived patient charts (2016-2018) $168.00
  Certificate of destruction ....................... included

Total due: $232.00, net 30.

Certificate of Destruction CD-44172: the materials listed were shredded
on site in the presence of your staff member (T. Gaines).

SecureBin | (317) 555-0105 | billing@securebin.example.com
"""
    return mail(("SecureBin Billing", "billing@securebin.example.com"), ("Achterberg Foot & Ankle", POD.addr),
                "Invoice 44172 and certificate of destruction", (2026, 4, 10, 7, 30), T(text), mailer="app")


@msg("none", "dental-supply-order-shipped",
     "A dental supplier's shipping confirmation (anesthetic carpules, composite, nitrous) with a tracking number; no patient.",
     trap="vendor order, invoice or recall")
def _():
    text = """
Your order has shipped!

Order 7781-22094 for Maple Street Dental

  Articaine 4% with epi 1:100,000, 50 carpules x 2
  Lidocaine 2% with epi 1:100,000, 50 carpules x 1
  Universal composite A2, 4 g syringe x 6
  Prophy paste, medium, 200 cups x 1
  Nitrous oxide scavenger nasal hoods, adult x 1 box

Carrier: Ground  Tracking: 1Z9X44E80327781229
Estimated delivery: Thursday, 07/16

Westbrook Dental Supply | westbrookdental.example.com
"""
    return mail(("Westbrook Dental Supply", "orders@westbrookdental.example.com"), ("Brenda Kowal", "brenda@maplestreetdental.example.com"),
                "Shipped: order 7781-22094", (2026, 7, 14, 15, 2), ALT(text, style="plain"), mailer="app")


@msg("none", "needle-order-tracking",
     "An acupuncture supplier's order confirmation for needles and ear seeds with a tracking number; no patient.",
     trap="vendor order, invoice or recall")
def _():
    text = """
Thanks for your order, Mei-Ling!

Order #QS-208871
  Sterile acupuncture needles 0.20 x 30 mm, box of 1000 x 3
  Sterile acupuncture needles 0.25 x 40 mm, box of 1000 x 1
  Vaccaria ear seeds, 600 ct x 2
  Sharps container 1 qt x 4

Subtotal $186.40  Shipping $0.00  Total $186.40

Tracking: 9400 1118 9922 3301 8877 62

Questions? reply to this e-mail.
Qi Supply Co.
"""
    return mail(("Qi Supply Co.", "orders@qisupply.example.com"), ("Mei-Ling Cho", ACU.addr),
                "Order #QS-208871 confirmed", (2026, 3, 3, 12, 0), T(text), zone="P", mailer="app")


@msg("none", "slp-convention-announcement",
     "A state speech-language-hearing association's convention announcement (stuttering, AAC, dysphagia sessions); no patient.",
     trap="event, CE or webinar invite")
def _():
    text = """
Midstate Speech-Language-Hearing Association
2026 Annual Convention - October 22-24

Early-bird registration is open!

Featured sessions:
- Stuttering in preschoolers: what the latest treatment trials tell us
- AAC for children with autism and fragile X syndrome
- Pediatric feeding and dysphagia: an interprofessional approach with OT
- Billing for teletherapy after the payer rule changes
- Ethics: supervising clinical fellows

Up to 18 CE hours. Exhibit hall open Friday.

Register by Sept 1 for $289 (members). Hotel block at the Ravenwood
Grand, $149/night.

msha.example.org/convention
"""
    return mail(("MSHA", "convention@msha.example.org"), ("Hannah Kowalczyk", SLP.addr),
                "Early-bird registration open: 2026 Convention", (2026, 7, 20, 10, 0), ALT(text, style="plain"), zone="C", mailer="bulk")


@msg("none", "ehr-maintenance-window",
     "An EHR vendor's maintenance-window notice (charting and e-prescribing unavailable); no patient.",
     trap="IT or vendor notice")
def _():
    text = """
Scheduled maintenance: Sunday, May 17, 1:00-4:00 am ET

During this window SimpleChart will be unavailable, including charting,
e-prescribing (including controlled substances), the client portal and
claim submission. Please print tomorrow's schedule in advance if you have
early appointments.

No action is required. We'll post updates at
https://simplechart.example.net/status

SimpleChart Operations
"""
    return mail(("SimpleChart Operations", "ops@simplechart.example.net"), ("Steady Path Admin", "admin@steadypath.example.net"),
                "Scheduled maintenance Sunday 5/17", (2026, 5, 13, 18, 0), T(text), zone="P", mailer="app")


@msg("none", "lure-voicemail-from-patient",
     "Phishing: a fake voicemail notice 'from a patient' with an HTML attachment lure; no real patient.",
     trap="phishing")
def _():
    text = """
You have received a new voice message.

From: Patient (unknown caller)
Length: 00:47
Received: 11/04/2026 7:12 AM

Open the attached message to listen.

VoiceMail Services
"""
    lure = """<html><head><meta http-equiv="refresh" content="0;url=http://vm-listen.test/auth?u=office"></head>
<body>Loading your voice message...</body></html>
"""
    return mail(("VoiceMail Services", "vm@vm-listen.test"), ("", "office@footankle.example.net"),
                "New voice message from Patient - 00:47", (2026, 11, 4, 7, 14),
                MIX(T(text), ATT("text/html", lure, "VM_Patient_0047.html", params=[("charset", "utf-8")])), mailer="plain", hops=1)


@msg("none", "spam-denials-outsourcing",
     "Billing-outsourcing spam about denials, HIPAA compliance and 'patient collections'; no patient.",
     trap="spam")
def _():
    text = """
Hi Doctor,

Are DENIALS eating your revenue?? Our certified coders recover 97% of
denied claims within 30 days - CPT, ICD-10, modifiers, prior auths,
Medicare, Medicaid and all commercial payers.

- 100% HIPAA compliant, offshore team with BAA
- Patient collections and statements
- Credentialing in 45 days GUARANTEED

Just 2.99% of collections. Reply YES for a free audit of your A/R.

Regards,
Kevin Marsh
Revenue Growth Specialist
MedBill Pros
To opt out reply REMOVE
"""
    return mail(("Kevin Marsh", "kevin@medbill-pros.test"), ("", "info@clearview-eyes.example.com"),
                "Recover 97% of your denied claims", (2026, 3, 24, 4, 21), T(text), mailer="plain", hops=1)


@msg("none", "county-sti-quarterly-report",
     "A county health department's quarterly aggregate STI and HIV counts sent to providers; aggregate public-health statistics.",
     trap="aggregate statistics")
def _():
    text = """
Magnolia County Health Department - Communicable Disease Report, Q2 2026

Reported cases (Q2 2026 / Q2 2025):
  Chlamydia ............... 1,412 / 1,530
  Gonorrhea ............... 498 / 541
  Primary & secondary syphilis ... 61 / 48
  Congenital syphilis ..... 3 / 1
  New HIV diagnoses ....... 37 / 41

Syphilis continues to rise among women of reproductive age. Providers
are reminded to screen all pregnant patients at the first prenatal visit,
at 28 weeks and at delivery.

Free partner services: (404) 555-0110.

This report contains aggregate data only.
"""
    return mail(("Magnolia County Health Dept", "cdreports@health.magnoliacounty.example.org"), ("Magnolia County providers", "providers@lists.magnoliacounty.example.org"),
                "Q2 2026 communicable disease report", (2026, 7, 24, 14, 0), T(text), mailer="bulk")


@msg("none", "overdose-dashboard-monthly",
     "A county overdose dashboard update with monthly counts; aggregate statistics only.",
     trap="aggregate statistics")
def _():
    text = """
King's Crossing County Overdose Dashboard - March 2026 update

Suspected overdose ED visits:        214 (Feb: 198)
EMS naloxone administrations:        131
Confirmed overdose deaths (Jan):      29 (fentanyl involved in 24)
Xylazine detected (Jan deaths):        6

Buprenorphine prescriptions dispensed in county (Feb): 4,880, up 7%
year over year.

Free naloxone is available at all libraries and at the health department.
Full dashboard: https://data.kingscrossing.example.org/overdose

Prepared by the Epidemiology Unit. Counts under 5 are suppressed.
"""
    return mail(("KC Epidemiology", "epi@kingscrossing.example.org"), ("Steady Path Telehealth", TELE.addr),
                "Overdose dashboard - March 2026 update", (2026, 3, 20, 10, 0), T(text), zone="P", mailer="bulk")


@msg("none", "genetics-lab-new-panel-sample",
     "A genetic testing lab's new-panel announcement to counsellors with a sample report for an invented, marked patient.",
     trap="software marketing with sample clients")
def _():
    text = """
Introducing Helix Path OncoNext 84

Our new hereditary cancer panel - 84 genes, 10-day turnaround, RNA
analysis included at no extra charge.

- Includes BRCA1, BRCA2, PALB2, CHEK2, ATM, the Lynch genes (MLH1, MSH2,
  MSH6, PMS2, EPCAM), TP53, CDH1, APC and more
- Free cascade testing for family members within 90 days
- Patient pay $250 or less

See a sample report: "Sample Patient, DOB 01/01/1970 - SAMPLE ONLY -
BRCA2 c.0000del (SAMPLE)". The sample is invented to show the layout.

Order kits at helixpath.example.com/onconext

Helix Path Diagnostics | Unsubscribe
"""
    return mail(("Helix Path Diagnostics", "news@helixpath.example.com"), ("Ingrid Solvang", GC.addr),
                "New: OncoNext 84 hereditary cancer panel", (2026, 9, 9, 10, 0), ALT(text, style="plain"), zone="C", mailer="bulk")


@msg("none", "ivf-clinic-referral-agreement",
     "A fertility clinic and an acupuncturist exchange a draft business referral agreement (IVF transfer-day access); no patient.",
     trap="business mail between practices")
def _():
    text = """
Hi Juniper,

Attached is the draft agreement for on-site acupuncture at Cedar Bend
Fertility on transfer days. Main points:

- You'd have access to Procedure Room 2 from 9 am to 1 pm on transfer
  days; our nurses will tell patients you're available.
- Patients book and pay you directly; we don't split fees (our lawyer
  insists - anti-kickback).
- You'll carry your own malpractice and sign our BAA since you'll see our
  schedule.
- Either side can end with 30 days' notice.

Let me know your edits by the end of the month.

Farah Qureshi
Practice Administrator, Cedar Bend Fertility
(512) 555-0103
"""
    paras = ["# On-site Acupuncture Services Agreement (DRAFT v2)",
             "Between Cedar Bend Fertility, PLLC and Bloom Fertility Acupuncture, LLC",
             "1. Services. Practitioner will offer acupuncture to Clinic patients before and after embryo transfer.",
             "2. Space. Procedure Room 2, transfer days, 9:00-13:00.",
             "3. Fees. Practitioner bills patients directly. No remuneration for referrals.",
             "4. Privacy. Practitioner will sign the Clinic's Business Associate Agreement.",
             "5. Term. One year, renewing; terminable on 30 days' notice."]
    return mail(("Farah Qureshi", "fqureshi@cedarbend-fertility.example.com"), ("Juniper Hale", BLOOM.addr),
                "Draft agreement - transfer-day acupuncture", (2026, 6, 9, 14, 30),
                MIX(T(text), DOCX("Acupuncture_Services_Agreement_DRAFT_v2.docx", paras, "Farah Qureshi")), zone="C", mailer="outlook")


@msg("none", "speech-app-sample-child",
     "Marketing for a speech-therapy app whose screenshot shows an invented, marked sample child and articulation goals.",
     trap="software marketing with sample clients")
def _():
    text = """
TalkTrack for SLPs - now with home practice!

Assign articulation drills, track accuracy at home, and get a progress
graph for your next report.

Sample dashboard (demo data):
  Child: Timmy Example (demo)   Age: 5
  Goal: /s/ blends, word level, 80%
  Home practice this week: 4 of 5 days, 71% accuracy

- 2,000+ picture cards in English and Spanish
- Parent reminders by text
- Export progress to PDF for IEP meetings

Try it free for 60 days: talktrack.example.net/slp
"""
    return mail(("TalkTrack", "hello@talktrack.example.net"), ("Hannah Kowalczyk", SLP.addr),
                "Home practice your families will actually do", (2026, 8, 12, 9, 0), ALT(text, style="plain"), zone="C", mailer="bulk")


@msg("none", "portal-notice-document-waiting",
     "borderline: an optometry portal notice greets the account holder and says only that a document is waiting, with no care named; none.",
     trap="portal notice with nothing in it")
def _():
    text = """
Hello Patricia,

A new document is available in your Clearview Family Eye Care patient
portal. For your privacy, we don't include details in e-mail.

Sign in to view it: https://portal.clearview-eyes.example.com

If you didn't expect this message, call us at (313) 555-0158.
"""
    return mail(("Clearview Patient Portal", "portal@clearview-eyes.example.com"), ("Patricia Lund", "plund@mail.example.com"),
                "You have a new document", (2026, 5, 18, 14, 3), ALT(text, style="plain"), mailer="app")


@msg("none", "credentialing-reattestation-reminder",
     "A credentialing-database reattestation reminder for the audiologist's own profile; no patient.",
     trap="insurer credentialing or fee schedule")
def _():
    text = """
Dear Wendell Pryce,

Your CredVault provider profile is due for re-attestation in 14 days. Health plans
cannot access your profile for credentialing after the due date.

Provider ID: 17720418
Due: 04/30/2026

Please review your practice locations, malpractice coverage and licence
documents, then attest. Documents expiring soon: state audiology licence
(06/30/2026).

This is an automated notice.
"""
    return mail(("CredVault Notifications", "notify@credvault.example.org"), ("Wendell Pryce", AUD.addr),
                "Re-attestation due in 14 days", (2026, 4, 16, 5, 0), T(text), zone="M", mailer="app")


@msg("none", "medicare-revalidation-notice",
     "A Medicare contractor's revalidation notice for the podiatry practice (PTAN, group NPI); no patient.",
     trap="insurer credentialing or fee schedule")
def _():
    text = """
Medicare Provider Enrollment - Revalidation Request

Provider: Achterberg Foot & Ankle, LLC
Group NPI: %s
PTAN: IN8821407
Revalidation due date: 10/31/2026

Our records show your Medicare enrollment is due for revalidation. Submit
your revalidation application through the online enrollment system by the
due date. Failure to revalidate may result in deactivation of your Medicare
billing privileges.

Individual practitioners reassigning benefits to this group must also
revalidate.

This notice was sent to the correspondence e-mail address on file.
""" % POD.npi
    return mail(("Provider Enrollment", "enrollment@mac-j8.example.gov.test"), ("Achterberg Foot & Ankle", POD.addr),
                "Medicare revalidation due 10/31/2026", (2026, 8, 3, 6, 0), text, mailer="app", bare=True)


@msg("none", "pdmp-account-renewal",
     "A state prescription monitoring program's account-renewal reminder for the NP's own account; no patient.",
     trap="clinician's own licence or CE")
def _():
    text = """
Dear Renata Obi,

Your prescription drug monitoring program (PDMP) account will be
deactivated on 09/30/2026 unless you renew. Prescribers with a DEA
registration who prescribe controlled substances are required to check
the PDMP before prescribing opioids and benzodiazepines.

Renew: https://pdmp.example.org/renew
Delegate accounts linked to you: 1 (front desk)

PDMP Help Desk
"""
    return mail(("PDMP Help Desk", "helpdesk@pdmp.example.org"), ("Renata Obi", OD.addr),
                "Your PDMP account expires 9/30", (2026, 9, 1, 4, 30), T(text), mailer="app")


@msg("none", "laptop-encryption-done",
     "IT confirms a new laptop is encrypted and reminds staff not to keep PHI on the desktop; no patient data.",
     trap="landlord, accountant or IT with clinical words")
def _():
    text = """
Hi Brenda,

The new front-desk laptop is set up:

- Full-disk encryption on, recovery key in the password vault
- Imaging bridge and practice software installed and tested
- The old scanner shortcut is gone - scans go straight into the patient's
  chart in the practice software now, not to the desktop. Please remind
  the team not to save x-rays or insurance cards to the desktop or
  Downloads.
- Old laptop wiped (NIST 800-88 purge), certificate attached to ticket
  FIT-87302.

Dmitri
Ferro IT Services
"""
    return mail(("Dmitri Ferro", "dmitri@ferroit.example.com"), ("Brenda Kowal", "brenda@maplestreetdental.example.com"),
                "FIT-87302 new front desk laptop done", (2026, 4, 22, 17, 10), T(text), mailer="outlook")

# ====================================================================== #
#                       none: not in English                             #
# ====================================================================== #
@msg("none", "grupo-apoyo-lactancia",
     "A lactation practice's Spanish support-group flyer (latch, pumping, mastitis) to its list; no individual.",
     lang="es", trap="newsletter or blog to a list")
def _():
    text = """
GRUPO DE APOYO A LA LACTANCIA - en español

Todos los miércoles de 10:00 a 11:30 a. m.
Biblioteca de Lakeview, sala comunitaria (entrada por la calle Marrowstone)

¿Tienes preguntas sobre el agarre, la producción de leche, el extractor o
cómo volver al trabajo? Ven con tu bebé, con tu pareja o con tu mamá.
Es gratis y no necesitas cita.

Cada semana:
- pesamos a los bebés (báscula de precisión)
- hablamos de un tema: agarre, conductos tapados y mastitis, extracción,
  alimentación complementaria a los 6 meses
- merienda y café

Dirige el grupo Colleen Byrne, IBCLC, con interpretación de Rocío.
Más información: (608) 555-0177

Milkweed Lactation
Para no recibir más correos, responda "baja".
"""
    return mail(("Milkweed Lactation", "classes@milkweed-lactation.example.com"), ("Familias Milkweed", "familias@milkweed-lactation.example.com"),
                "Grupo de apoyo a la lactancia - miércoles", (2026, 4, 6, 9, 0), T(text, "iso-8859-1", "8bit"), cs="iso-8859-1",
                mode="Q", zone="C", mailer="bulk")


@msg("none", "boletim-prep-comunidade",
     "A sexual-health practice's Portuguese community newsletter about PrEP and free HIV testing; no individual.",
     lang="pt", trap="newsletter or blog to a list")
def _():
    text = """
Open Door Sexual Health - Boletim da comunidade brasileira

PrEP: proteção contra o HIV que cabe na sua rotina

A PrEP é um remédio que previne o HIV. Tomada todos os dias (ou em forma
de injeção a cada dois meses), ela reduz em cerca de 99% o risco de pegar
HIV pelo sexo.

- Não precisa ter seguro: temos programas de ajuda para quem não tem.
- O atendimento pode ser em português, com intérprete.
- Fazemos o teste de HIV e de outras ISTs antes de começar.

Dia de testagem gratuita: sábado, 17 de outubro, das 10h às 14h, na
Igreja Comunidade Viva (Rua Tolliver, 44). Resultado do teste rápido em
20 minutos.

Dúvidas? Ligue (404) 555-0162 e peça atendimento em português.

Para sair da lista, clique aqui.
"""
    return mail(("Open Door Sexual Health", "community@opendoor-sh.example.org"), ("Comunidade", "comunidade@opendoor-sh.example.org"),
                "PrEP e testagem gratuita no dia 17", (2026, 10, 5, 11, 0), ALT(text, style="plain"), mailer="bulk")


@msg("none", "escala-limpeza-consultorio",
     "A cleaning contractor's Portuguese schedule for cleaning a PT clinic's rooms; ordinary business mail.",
     lang="pt")
def _():
    text = """
Oi Amanda, tudo bem?

Segue a escala de limpeza para novembro:

- Segunda, quarta e sexta: limpeza geral depois das 19h (recepção,
  banheiros, sala de exercícios e as três salas de atendimento)
- Sábado: lavar o chão da academia e limpar os espelhos
- Dia 14: limpeza dos vidros e das persianas

Vou precisar de mais desinfetante para as macas e papel-toalha, pode
pedir junto com o material do escritório?

A nota fiscal de outubro vai por e-mail amanhã.

Obrigada!
Cleide Moura
Moura Limpeza Comercial
(617) 555-0107
"""
    return mail(("Cleide Moura", "cleide@mouralimpeza.example.com"), ("Amanda Pereira", "amanda@stride-pt.example.com"),
                "Escala de limpeza - novembro", (2026, 10, 29, 18, 40), T(text, "iso-8859-1", "quoted-printable"), cs="iso-8859-1",
                mailer="android")


@msg("none", "horaires-fetes-cabinet",
     "An optometry office's French holiday-hours notice to its list; no patient.",
     lang="fr", trap="holiday hours or closure")
def _():
    text = """
Chers patients,

Clearview Family Eye Care sera fermé du mercredi 24 décembre au
vendredi 26 décembre, ainsi que le jeudi 1er janvier.

Horaires pendant les fêtes :
  lundi 22 et mardi 23 décembre : 9 h - 17 h
  lundi 29 et mardi 30 décembre : 9 h - 17 h
  mercredi 31 décembre : 9 h - 13 h

En cas d'urgence oculaire (perte soudaine de la vue, douleur intense,
produit chimique dans l'œil), rendez-vous aux urgences les plus proches.

Pensez à utiliser vos prestations optiques avant le 31 décembre : les
montures et lentilles de contact sont remboursées selon votre contrat.

Joyeuses fêtes !
L'équipe de Clearview - (313) 555-0158
"""
    return mail(("Clearview Family Eye Care", "news@clearview-eyes.example.com"), ("Patients (français)", "fr@clearview-eyes.example.com"),
                "Horaires des fêtes", (2026, 12, 8, 9, 0), T(text, "windows-1252", "quoted-printable"), cs="windows-1252", mode="Q",
                mailer="bulk")


@msg("none", "ateliers-preparation-naissance",
     "A midwifery practice's French newsletter announcing childbirth preparation workshops; no individual.",
     lang="fr", trap="newsletter or blog to a list")
def _():
    text = """
Wildflower Midwifery - Lettre d'information (édition française)

Ateliers de préparation à la naissance - automne 2026

Animés par Nadège Pierre-Louis, sage-femme, en français et en créole.

1. Le travail et l'accouchement : les étapes, la respiration, les
   positions, quand appeler la sage-femme. (samedi 3 octobre)
2. L'allaitement dès la naissance. (samedi 10 octobre)
3. Les premiers jours à la maison : sommeil du bébé, baby blues et
   dépression post-partum, quand demander de l'aide. (samedi 17 octobre)

De 10 h à 12 h, à la maison de naissance. 20 $ par atelier, gratuit pour
nos clientes. Les partenaires sont les bienvenus.

Inscription : répondez à ce courriel ou appelez le (802) 555-0119.

Pour vous désabonner, cliquez ici.
"""
    return mail(("Wildflower Midwifery", "hello@wildflower-midwifery.example.org"), ("Liste en français", "fr@wildflower-midwifery.example.org"),
                "Ateliers de préparation à la naissance - automne", (2026, 9, 10, 8, 30), ALT(text, style="apple"), mailer="bulk")


@msg("none", "ban-tin-nha-khoa-tre-em",
     "A dental practice's Vietnamese newsletter about fluoride and children's cavities; no individual.",
     lang="vi", trap="newsletter or blog to a list")
def _():
    text = """
BẢN TIN MAPLE STREET DENTAL - Tháng 2: Tháng Sức Khỏe Răng Miệng Trẻ Em

Sâu răng là bệnh mãn tính phổ biến nhất ở trẻ em, nhưng có thể phòng
ngừa được.

- Bắt đầu đánh răng ngay khi chiếc răng đầu tiên mọc, dùng kem có
  fluor, lượng bằng hạt gạo (dưới 3 tuổi) hoặc hạt đậu (từ 3 tuổi).
- Không cho bé ngủ với bình sữa hoặc nước trái cây.
- Bôi vecni fluor mỗi 6 tháng tại phòng nha giúp giảm sâu răng.
- Trám bít hố rãnh (sealant) cho răng hàm vĩnh viễn khi trẻ 6-12 tuổi.

Tháng này: khám răng miễn phí cho trẻ dưới 5 tuổi vào thứ Bảy 21/2.
Chị Hạnh ở quầy tiếp tân nói tiếng Việt: (614) 555-0117.

Maple Street Dental - 88 Maple Street, Ashford Falls
Hủy đăng ký nhận tin
"""
    return mail(("Maple Street Dental", "news@maplestreetdental.example.com"), ("Bản tin tiếng Việt", "vi@maplestreetdental.example.com"),
                "Tháng sức khỏe răng miệng trẻ em", (2026, 2, 3, 9, 0), ALT(text, style="plain"), mailer="bulk")


@msg("none", "lure-bao-hiem-yeu-cau-boi-thuong",
     "Phishing in Vietnamese: a fake insurer 'claim on hold' notice asking for login; no real patient.",
     lang="vi", trap="phishing")
def _():
    text = """
Kính gửi Quý khách,

Yêu cầu bồi thường bảo hiểm y tế của Quý khách (số CLM-88120934) đang bị
TẠM GIỮ do thiếu thông tin xác minh danh tính.

Vui lòng đăng nhập trong vòng 24 giờ để cập nhật thông tin và nhận tiền
hoàn trả $486.20:

http://cobalt-hoantien.test/xacminh

Nếu không cập nhật, yêu cầu sẽ bị hủy vĩnh viễn.

Bộ phận Bồi thường
Cobalt Mutual Health
"""
    return mail(("Cobalt Mutual Health", "boithuong@cobalt-hoantien.test"), ("", "office@maplestreetdental.example.com"),
                "Yêu cầu bồi thường của Quý khách đang bị tạm giữ", (2026, 6, 23, 3, 5), T(text, "utf-8", "base64"),
                mailer="plain", hops=1)


@msg("none", "zhenjiu-jixu-jiaoyu-ke",
     "A Chinese (GB2312) continuing-education seminar notice for acupuncturists on pain, insomnia and fertility support; no patient.",
     lang="zh", trap="event, CE or webinar invite")
def _():
    text = """
各位针灸师同仁：

湾区中医针灸学会将于五月举办继续教育讲座，欢迎参加。

主题：针灸治疗慢性疼痛、失眠及辅助生殖（试管婴儿）的临床研究进展
时间：2026年5月16日（星期六）上午9点至下午5点
地点：学会会议室（Quillan 街 640 号二楼）
学分：8 个继续教育学分（CEU）

内容包括：
一、腰背痛和膝关节炎的针刺方案与证据
二、失眠与焦虑的耳穴治疗
三、胚胎移植当天针灸的研究结果与注意事项
四、感染控制与洁针技术复习

报名费：会员 120 美元，非会员 160 美元，含午餐。
请于五月八日前回复报名。

湾区中医针灸学会 秘书处
(415) 555-0115
"""
    return mail(("湾区中医针灸学会", "secretary@bayacu-society.example.org", "gb2312", "B"), ("Mei-Ling Cho", ACU.addr),
                "五月继续教育讲座通知", (2026, 4, 10, 10, 0), T(text, "gb2312", "base64"), cs="gb2312", zone="P", mailer="bulk")


@msg("none", "shuimian-zanting-xinwen",
     "A DME supplier's Chinese newsletter about sleep apnea signs and CPAP care; general education.",
     lang="zh", trap="newsletter or blog to a list")
def _():
    text = """
RestWell 睡眠通讯（中文版）

打呼噜只是小事吗？

阻塞性睡眠呼吸暂停（OSA）是睡眠时上呼吸道反复塌陷，导致呼吸暂停、
血氧下降。常见的表现有：

・打鼾很响，家人发现睡觉时停止呼吸
・早上头痛、口干
・白天很困，开车时容易打瞌睡
・高血压控制不好

如果有这些情况，请和您的医生讨论是否需要做睡眠检查。

CPAP 保养小贴士：
・面罩每天用温水和清洁剂清洗
・加湿器只用蒸馏水
・管路每周清洗一次，每三个月更换

中文客服：星期二和星期四，(904) 555-0166 转 2。
退订
"""
    return mail(("RestWell Sleep Supply", "journal@restwell-sleep.example.net"), ("RestWell 中文读者", "zh@restwell-sleep.example.net"),
                "打呼噜只是小事吗？RestWell 睡眠通讯", (2026, 8, 18, 10, 0), ALT(text, style="plain"), mailer="bulk")


@msg("none", "dangnyo-bal-gwanri-annae",
     "A podiatry practice's Korean flyer about diabetic foot care and a free screening day; no individual.",
     lang="ko", trap="newsletter or blog to a list")
def _():
    text = """
당뇨병 환자를 위한 발 관리 안내

당뇨병이 있으면 발의 감각이 둔해지고 혈액 순환이 나빠져 작은 상처도
궤양이나 감염으로 진행될 수 있습니다.

매일 하세요:
- 발을 직접 보거나 거울로 확인하기 (물집, 상처, 색 변화)
- 미지근한 물로 씻고 발가락 사이까지 잘 말리기
- 맨발로 다니지 않기, 편한 신발 신기
- 발톱은 일자로 자르기

무료 당뇨발 검진의 날
11월 14일 (토) 오전 9시 - 오후 1시
Achterberg Foot & Ankle, 4410 Kessington Street, Suite 200
한국어 통역 가능, 예약 (317) 555-0142

Achterberg Foot & Ankle
"""
    return mail(("Achterberg Foot & Ankle", "news@footankle.example.net"), ("한인회 회원", "members@koreanassoc.example.org"),
                "당뇨병 환자를 위한 발 관리 안내 (무료 검진 11/14)", (2026, 10, 26, 9, 0), T(text, "ks_c_5601-1987", "base64"),
                cs="ks_c_5601-1987", mailer="outlook")


@msg("none", "privivka-ot-grippa-byulleten",
     "A concierge practice's Russian (windows-1251) member bulletin about flu and COVID vaccines; no individual.",
     lang="ru", trap="newsletter or blog to a list")
def _():
    text = """
Уважаемые члены Lakeshore Concierge Medicine!

Начался сезон прививок от гриппа.

- Вакцина от гриппа и обновлённая вакцина от COVID-19 уже есть в нашем
  кабинете. Можно сделать обе в один день.
- Для пациентов старше 65 лет - вакцина с повышенной дозой.
- Участникам старше 75 лет медсестра может сделать прививку на дому.

Запись по телефону (312) 555-0108 или через портал. Прививки входят в
стоимость членства.

Если у вас температура или симптомы простуды, пожалуйста, сообщите нам
до визита.

С уважением,
Lakeshore Concierge Medicine
"""
    return mail(("Lakeshore Concierge Medicine", "members@lakeshore-concierge.example.com"), ("Участники (русский)", "ru@lakeshore-concierge.example.com", "windows-1251", "B"),
                "Сезон прививок от гриппа", (2026, 9, 22, 9, 0), T(text, "windows-1251", "base64"), cs="windows-1251", zone="C", mailer="bulk")


@msg("none", "maarad-sihhi-majjani",
     "An Arabic community health-fair flyer (blood pressure, diabetes screening, dental checks) to a mailing list; no individual.",
     lang="ar", trap="newsletter or blog to a list")
def _():
    text = """
معرض الصحة المجاني للجالية العربية

يوم السبت 12 سبتمبر 2026، من الساعة 10 صباحاً حتى 3 عصراً
في المركز الثقافي العربي، قاعة الاجتماعات الكبرى

خدمات مجانية:
- قياس ضغط الدم والسكر
- فحص الأسنان للأطفال والكبار (عيادة Maple Street Dental)
- فحص النظر (Clearview Family Eye Care)
- لقاحات الإنفلونزا
- معلومات عن التأمين الصحي

الخدمات متاحة باللغة العربية. لا حاجة لموعد مسبق.

للاستفسار: (614) 555-0116
المركز الثقافي العربي - لجنة الصحة
"""
    return mail(("لجنة الصحة - المركز الثقافي العربي", "health@arabcenter.example.org"), ("أعضاء المركز", "members@arabcenter.example.org"),
                "معرض الصحة المجاني - السبت 12 سبتمبر", (2026, 8, 28, 12, 0), T(text, "utf-8", "8bit"), mailer="bulk")


@msg("none", "talab-rayat-yawm-fahs-asnan",
     "An Arabic (windows-1256) request asking a dental office to sponsor a free children's dental-screening day; no patient.",
     lang="ar", trap="business mail between practices")
def _():
    text = """
الدكتورة بريا ناتاراجان المحترمة،

تحية طيبة،

نشكركم على مشاركتكم في معرض الصحة العام الماضي. نخطط هذا العام ليوم
فحص أسنان مجاني لأطفال المدارس في المركز، ونود أن نسألكم إن كنتم
ترغبون في رعاية الحدث.

- التاريخ المقترح: السبت 7 نوفمبر
- العدد المتوقع: حوالي 80 طفلاً
- نحتاج إلى طبيبين أو أخصائيي صحة فم، وفرش أسنان ومعجون بالفلورايد

سنضع شعار عيادتكم على الإعلانات. يسعدنا الاتصال بكم لمناقشة التفاصيل.

مع خالص التقدير،
سمير الخطيب
منسق لجنة الصحة
(614) 555-0116
"""
    return mail(("سمير الخطيب", "samir.khatib@arabcenter.example.org", "windows-1256", "B"), ("Maple Street Dental", MSD.addr),
                "طلب رعاية يوم فحص الأسنان للأطفال", (2026, 9, 24, 13, 30), T(text, "windows-1256", "quoted-printable"),
                cs="windows-1256", mailer="outlook")


@msg("none", "seminar-pangangalaga-paa",
     "A Filipino nurses' association Tagalog CE announcement on diabetic foot care; no patient.",
     lang="tl", trap="event, CE or webinar invite")
def _():
    text = """
Magandang araw, mga kasamahan!

Ang Filipino Nurses Association of Fallbrook ay magkakaroon ng libreng
seminar para sa continuing education:

  Paksa: Pangangalaga ng paa ng mga pasyenteng may diabetes -
         pag-iwas sa sugat, impeksyon at amputasyon
  Tagapagsalita: Dr. Samuel Achterberg, DPM
  Petsa: Sabado, Agosto 22, 2026, 9:00 ng umaga - 12:00 ng tanghali
  Lugar: St. Lorenzo Parish Hall

May 3 CE hours. Libre para sa mga miyembro, $20 para sa hindi miyembro.
May almusal at kape.

Mag-RSVP kay Marites sa (317) 555-0184 bago mag-Agosto 15.

Salamat po,
FNA-Fallbrook Education Committee
"""
    return mail(("FNA Fallbrook", "education@fna-fallbrook.example.org"), ("FNA members", "members@fna-fallbrook.example.org"),
                "Libreng CE seminar: pangangalaga ng paa (Agosto 22)", (2026, 7, 30, 19, 0), T(text), mailer="bulk")


@msg("none", "balikbayan-box-tracking",
     "A Tagalog shipping notice for a family parcel (balikbayan box) with a tracking number, sent to a dental assistant; identifier without health content.",
     lang="tl", trap="identifier without health content")
def _():
    text = """
Hi Ate Joy,

Naipadala na po ang inyong balikbayan box!

  Tracking no.: PHX-2026-884172
  Sender: Joy Macaraeg, Ashford Falls, OH
  Receiver: Lorna Macaraeg, Batangas
  Estimated arrival: 6-8 weeks (sea cargo)

I-check ang status sa tracking page anumang oras. Kung may tanong,
i-text lang kami sa (614) 555-0137.

Salamat sa pagtitiwala!
PinoyExpress Cargo
"""
    return mail(("PinoyExpress Cargo", "tracking@pinoyexpress.example.com"), ("Joy Macaraeg", "joy@maplestreetdental.example.com"),
                "Naipadala na ang inyong balikbayan box - PHX-2026-884172", (2026, 11, 12, 12, 30), T(text), mailer="app")


@msg("none", "remont-klatki-schodowej",
     "A Polish landlord's notice to a speech-therapy tenant about stairwell repairs; ordinary business mail.",
     lang="pl")
def _():
    text = """
Szanowna Pani Hanno,

informuję, że od poniedziałku 20 kwietnia przez około dwa tygodnie
będzie trwał remont klatki schodowej i wymiana balustrady. Wejście od
ulicy Ravenmoor będzie czynne, ale prosimy, żeby rodzice z wózkami
korzystali z wejścia od parkingu (z windą).

Prace będą wykonywane od 8:00 do 16:00. Jeśli w którymś dniu potrzebuje
Pani ciszy w gabinecie, proszę dać znać - przesuniemy szlifowanie na
popołudnie.

Czynsz za maj bez zmian.

Z poważaniem,
Zbigniew Nowak
Administrator budynku
(773) 555-0113
"""
    return mail(("Zbigniew Nowak", "z.nowak@ravenmoor-nieruchomosci.example.com", "iso-8859-2", "Q"), ("Hannah Kowalczyk", SLP.addr),
                "Remont klatki schodowej od 20 kwietnia", (2026, 4, 14, 11, 0), T(text, "iso-8859-2", "8bit"), cs="iso-8859-2",
                mode="Q", zone="C", mailer="tbird")


@msg("none", "jounen-tes-vih-gratis",
     "A Haitian Creole community flyer for free HIV testing day and PrEP information; no individual.",
     lang="ht", trap="newsletter or blog to a list")
def _():
    text = """
JOU TÈS VIH GRATIS - Open Door Sexual Health

Samdi 27 jen 2026, 11:00 - 4:00
Nan tant Open Door la, devan Legliz Batis Bethel

- Tès VIH rapid, rezilta nan 20 minit
- Tès sifilis
- Enfòmasyon sou PrEP (grenn ki pwoteje w kont VIH)
- Kapòt gratis

Ou pa bezwen asirans. Ou pa bezwen pyès idantite. Tout bagay rete
konfidansyèl.

Gen moun ki pale kreyòl sou plas. Pou plis enfòmasyon: (404) 555-0162.

Open Door Sexual Health
Pou w pa resevwa imèl sa yo ankò, reponn "STOP".
"""
    return mail(("Open Door Sexual Health", "community@opendoor-sh.example.org"), ("Kominote", "kreyol@opendoor-sh.example.org"),
                "Jou tès VIH gratis - samdi 27 jen", (2026, 6, 15, 10, 0), T(text, "utf-8", "quoted-printable"), mailer="bulk")


@msg("none", "rueckruf-hoergeraet-akku",
     "A German hearing-aid manufacturer's battery recall notice to audiologists with serial ranges; no patient.",
     lang="de", trap="vendor order, invoice or recall")
def _():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>Dringende Sicherheitsinformation / Urgent Field Safety Notice</b></p>
<p>Sehr geehrte Hörakustikerinnen und Hörakustiker, sehr geehrte Audiologinnen und Audiologen,</p>
<p>bei einer kleinen Anzahl von Akkus der Hörsysteme <b>Klangwerk Vivo R 312</b> kann es beim Laden zu Überhitzung kommen.
Betroffen sind die Seriennummern <b>KV-R312-2510-00001 bis KV-R312-2512-04880</b>.</p>
<ul>
<li>Bitte prüfen Sie Ihren Lagerbestand und geben Sie betroffene Geräte nicht mehr aus.</li>
<li>Informieren Sie Ihre Kundinnen und Kunden mit betroffenen Geräten; Austauschgeräte werden kostenlos geliefert.</li>
<li>Bis zum Austausch sollen die Geräte nicht über Nacht geladen werden.</li>
</ul>
<p>Fragen: Kundendienst USA (800) 555-0189, Deutschland +49 30 555 0142.</p>
<p>Mit freundlichen Grüßen<br>Klangwerk Hörsysteme GmbH &ndash; Qualitätssicherung</p>
</body></html>
"""
    text = """
Dringende Sicherheitsinformation / Urgent Field Safety Notice

Bei einer kleinen Anzahl von Akkus der Hörsysteme Klangwerk Vivo R 312 kann
es beim Laden zu Überhitzung kommen. Betroffen sind die Seriennummern
KV-R312-2510-00001 bis KV-R312-2512-04880.

- Lagerbestand prüfen, betroffene Geräte nicht mehr ausgeben.
- Kundinnen und Kunden mit betroffenen Geräten informieren;
  Austauschgeräte werden kostenlos geliefert.
- Bis zum Austausch nicht über Nacht laden.

Fragen: Kundendienst USA (800) 555-0189, Deutschland +49 30 555 0142.

Klangwerk Hörsysteme GmbH - Qualitätssicherung
"""
    return mail(("Klangwerk Qualitätssicherung", "qs@klangwerk-hoersysteme.example.de.test", "windows-1252", "Q"), ("Pryce Hearing Center", AUD.addr),
                "Dringende Sicherheitsinformation: Akku Vivo R 312", (2026, 1, 28, 3, 15, 0),
                ALT(text, html, cs="windows-1252", cte="quoted-printable"), cs="windows-1252", mode="Q", zone="+0100", mailer="outlook")


@msg("none", "congresso-riabilitazione-pavimento-pelvico",
     "An Italian physiotherapy congress announcement (pelvic floor, post-partum rehab, dry needling) sent to a PT; no patient.",
     lang="it", trap="event, CE or webinar invite")
def _():
    text = """
Gentile collega,

siamo lieti di invitarLa al

  IV Congresso Internazionale di Riabilitazione del Pavimento Pelvico
  Bologna, 15-17 ottobre 2026 (anche in streaming)

Programma:
- Incontinenza urinaria da sforzo: esercizio e biofeedback
- Riabilitazione post-partum e diastasi dei retti
- Dolore pelvico cronico e dry needling: evidenze e sicurezza
- Sessione in inglese: telerehabilitation after prostatectomy

Crediti ECM: 21. Quota d'iscrizione anticipata 290 € entro il 30 giugno.

Iscrizioni e programma completo: congressopelvico.example.it.test

Cordiali saluti,
Segreteria organizzativa
"""
    return mail(("Segreteria Congresso Pelvico", "segreteria@congressopelvico.example.it.test", "iso-8859-15", "Q"), ("Gareth Ross-Mbeki", PT.addr),
                "Invito: IV Congresso di Riabilitazione del Pavimento Pelvico", (2026, 4, 23, 10, 0),
                T(text, "iso-8859-15", "quoted-printable"), cs="iso-8859-15", mode="Q", zone="+0200", mailer="bulk")


@msg("none", "ordine-macchina-caffe",
     "An Italian coffee-service order confirmation for a dental office's break room; ordinary business mail.",
     lang="it")
def _():
    text = """
Buongiorno Brenda,

confermiamo il Suo ordine per la sala del personale:

  1 x macchina espresso Fiorella Pro (noleggio 24 mesi)  49,00 $/mese
  6 x caffè in grani miscela "Casa", 1 kg                 18,50 $ cad.
  1 x kit decalcificante                                  12,00 $

Consegna e installazione: giovedì 11 giugno, tra le 9 e le 11.
Il tecnico, Salvatore, Le mostrerà come pulire il montalatte.

Grazie e a presto,
Giulia Benedetti
Caffè Benedetti - Servizio Uffici
(614) 555-0111
"""
    return mail(("Giulia Benedetti", "giulia@caffebenedetti.example.com"), ("Brenda Kowal", "brenda@maplestreetdental.example.com"),
                "Conferma ordine - macchina espresso", (2026, 6, 4, 9, 40), T(text, "utf-8", "quoted-printable"), mailer="apple")


@msg("none", "eiyou-news-recipes-japanese",
     "A dietitian's Japanese newsletter with blood-sugar-friendly recipes; general education, no individual.",
     lang="ja", trap="newsletter or blog to a list")
def _():
    text = """
Nourish 栄養ニュース（日本語版） 6月号

血糖値が気になる方のための夏のレシピ

糖尿病や境界型糖尿病の方から「和食なら大丈夫？」というご質問をよくいただきます。
ご飯の量と、食べる順番がポイントです。

・ご飯は小さめのお茶碗に一杯（約150g）
・野菜、汁物、おかず、ご飯の順に食べると血糖値の上昇がゆるやかに
・麺類は具だくさんにして、汁は残す

今月のレシピ：鶏むね肉と夏野菜の冷しゃぶ、もち麦ご飯添え
（1人分　エネルギー約420kcal、炭水化物約48g）

日本語での栄養相談は毎月第二土曜日に行っています。
ご予約：(503) 555-0185

配信停止はこちら
"""
    return mail(("Nourish Nutrition Counseling", "notes@nourish-rd.example.net"), ("日本語ニュース購読者", "ja@nourish-rd.example.net", "euc-jp", "B"),
                "栄養ニュース6月号：夏のレシピ", (2026, 6, 2, 8, 0), T(text, "euc-jp", "base64"), cs="euc-jp", zone="P", mailer="bulk")

# ====================================================================== #
#                    none: ordinary practice mail                        #
# ====================================================================== #
@msg("none", "toner-and-paper-order", "An office-supply order confirmation (toner, paper, envelopes); ordinary business mail.")
def _():
    text = """
Order confirmation #OS-5528170

Ship to: Northside Chiropractic, 3021 Tamarind Road, Harrow Park, MN

  58A black toner cartridge x 2................ $238.98
  Copy paper, 8.5x11, case of 10 reams .. $ 54.99
  #10 window envelopes, box of 500 ...... $ 21.49
  Sticky notes, assorted, 24 pk ......... $ 15.99

Subtotal $331.45 | Tax $24.03 | Total $355.48
Delivers Wednesday.

OfficeHub Business | officehub.example.com
"""
    return mail(("OfficeHub Business", "orders@officehub.example.com"), ("Northside Chiropractic", CHIRO.addr),
                "Your order #OS-5528170 is confirmed", (2026, 2, 9, 13, 2), ALT(text, style="plain"), zone="C", mailer="app")


@msg("none", "snow-closure-staff", "A clinic owner tells staff the office opens late for snow; ordinary staff mail.")
def _():
    text = """
Team -

Roads are a mess. We'll open at 10 today instead of 7. Keisha, can you
start calling the 7, 8 and 9 o'clock people from home when you're up and
offer them afternoon spots or Saturday? The schedule is in the app.

Nobody drive in before the plows have been down Ellery Ct. Stay safe.

Gareth
"""
    return mail(("Gareth Ross-Mbeki", PT.addr), ("Stride staff", "staff@stride-pt.example.com"),
                "Opening at 10 today", (2026, 2, 5, 5, 42), T(text), mailer="iphone")


@msg("none", "guest-wifi-password", "IT's note about the new guest Wi-Fi password in the waiting room; ordinary IT mail.")
def _():
    text = """
Hi Colleen,

The guest network password was changed this morning as scheduled:

  Network: Milkweed-Guest
  Password: sunflower-river-72

The staff network (Milkweed-Office) is unchanged. The new card for the
waiting room is attached to the ticket if you want to print it.

Ticket FIT-89011 closed.

Ferro IT Services
"""
    return mail(("Ferro IT Services", "support@ferroit.example.com"), ("Colleen Byrne", LAC.addr),
                "FIT-89011 guest Wi-Fi password rotated", (2026, 7, 1, 9, 30), T(text), zone="C", mailer="app")


@msg("none", "domain-renewal-notice", "A domain registrar's renewal notice for the practice website; ordinary.")
def _():
    text = """
Your domain is set to auto-renew

Domain: sprout-ot.example.com
Renews: 03/14/2026 for 1 year - $18.99
Payment method: Visa ending 3320

Privacy protection: on
SSL certificate: renews automatically

Manage your domains at registrar.example.net/account
"""
    return mail(("Registrar Billing", "billing@registrar.example.net"), ("Jasmine Ortega", OT.addr),
                "Auto-renewal notice: sprout-ot.example.com", (2026, 2, 12, 4, 0), T(text), zone="-0700", mailer="app")


@msg("none", "team-lunch-order", "Staff decide a team-lunch order; ordinary.")
def _():
    text = """
Ok final lunch order for Friday, reply by 3 if I got yours wrong:

- Dr. V: chicken shawarma bowl, no onions
- Marisol: falafel wrap
- Tess: lentil soup + side salad
- Me: the lamb plate
- extra hummus and pita for the table

Picking up at 12:15 from Cedar Grill. Company card.

Dani
"""
    return mail(("Danielle Novak", "dani@lakeshore-concierge.example.com"), ("Lakeshore team", "team@lakeshore-concierge.example.com"),
                "Friday lunch - final", (2026, 4, 23, 11, 5), T(text), zone="C", mailer="gmail")


@msg("none", "bank-statement-ready", "A bank's e-statement notice for the practice's business account; ordinary.")
def _():
    text = """
Your February statement is ready

Account: Business Checking ending 4419
Statement period: 02/01/2026 - 02/28/2026

Sign in to online banking to view or download your statement. For your
security, we never ask for your password by e-mail.

Harbor Federal Credit Union | harborfcu.example.com
"""
    return mail(("Harbor Federal Credit Union", "estatements@harborfcu.example.com"), ("Bloom Fertility Acupuncture", BLOOM.addr),
                "Your February statement is ready", (2026, 3, 2, 6, 0), ALT(text, style="plain"), zone="C", mailer="bulk")


@msg("none", "payroll-processed", "A payroll service confirms a payroll run; ordinary.")
def _():
    text = """
Payroll processed

Company: Wildflower Midwifery LLC
Pay date: 05/15/2026
Employees paid: 4
Total net pay: $11,842.17
Total employer taxes: $1,388.40

Funds will be debited from checking ending 7712 on 05/13/2026.

View the payroll register at payroll.example.com
"""
    return mail(("PayWise Payroll", "noreply@payroll.example.com"), ("Aurelia Fontaine", MID.addr),
                "Payroll processed for 05/15/2026", (2026, 5, 12, 16, 0), T(text), mailer="app")


@msg("none", "window-washing-schedule", "The landlord's window-washing schedule for the building; ordinary.")
def _():
    text = """
Good morning tenants,

Exterior window washing is scheduled for Tuesday, May 5 (rain date
Thursday, May 7). Crews will be on lifts along the east and south sides
from 7 am to 3 pm. Please keep blinds closed if you'd like privacy, and
move anything off the window sills.

Thank you,
Hollis Property Group
(412) 555-0114
"""
    return mail(("Hollis Property Group", "tenants@hollisproperties.example.com"), ("Wrenfield Avenue tenants", "wrenfield-tenants@hollisproperties.example.com"),
                "Window washing Tuesday 5/5", (2026, 4, 28, 8, 0), T(text), mailer="outlook")


@msg("none", "accountant-meeting-reschedule", "An accountant reschedules a year-end meeting with a practice owner; ordinary.")
def _():
    text = """
Hi Wendell,

Something came up Thursday - could we do the year-end planning meeting
Friday 12/11 at 10 instead? Same video link. Please bring the equipment
list and your estimate of December revenue so we can decide on the
retirement contribution.

Thanks,
Peter
"""
    return mail(("Peter Moss", "pmoss@branniganmoss.example.net"), ("Wendell Pryce", AUD.addr),
                "Move our Thursday meeting?", (2026, 12, 7, 14, 20), T(text), zone="M", mailer="outlook")


@msg("none", "mailbox-storage-warning", "A mail host's storage warning for the practice mailbox; ordinary.")
def _():
    text = """
Your mailbox is almost full

juniper@bloom-acu.example.org is using 14.3 GB of 15 GB (95%).

When your mailbox is full you won't be able to send or receive new mail.
Delete large attachments or upgrade your plan at
https://mail.example.net/storage

Mail Hosting Team
"""
    return mail(("Mail Hosting", "no-reply@mail.example.net"), ("Juniper Hale", BLOOM.addr),
                "Your mailbox is 95% full", (2026, 10, 14, 2, 0), T(text), zone="C", mailer="app")


@msg("none", "staff-parking-permits", "A garage's renewal notice for the practice's staff parking permits; ordinary.")
def _():
    text = """
Hello,

Your monthly parking permits for the Larkmoor Street garage expire on
June 30. Permits on this account: 3 (level 2, reserved).

Rate from July 1: $185 per permit per month. Reply to renew, or pay at
the garage office by June 25 to keep your reserved spaces.

Larkmoor Parking Management
(312) 555-0102
"""
    return mail(("Larkmoor Parking", "permits@larkmoorparking.example.com"), ("Lakeshore Concierge Office", "office@lakeshore-concierge.example.com"),
                "Parking permits expire June 30", (2026, 6, 10, 10, 0), T(text), zone="C", mailer="outlook")


@msg("none", "hotel-booking-convention", "A hotel confirms a speech therapist's convention room booking; ordinary.")
def _():
    text = """
Reservation confirmed

Guest: Hannah Kowalczyk
Hotel: Ravenwood Grand
Check-in: Thu, Oct 22, 2026    Check-out: Sat, Oct 24, 2026
Room: 1 King, non-smoking - MSHA Convention rate $149/night
Confirmation: RVG-7712094

Cancel free until 48 hours before arrival.
"""
    return mail(("Ravenwood Grand Reservations", "reservations@ravenwoodgrand.example.com"), ("Hannah Kowalczyk", SLP.addr),
                "Reservation confirmed RVG-7712094", (2026, 7, 21, 20, 11), ALT(text, style="plain"), zone="C", mailer="app")


@msg("none", "chamber-mixer-invite", "A local chamber of commerce invites members to a business mixer; ordinary.")
def _():
    text = """
Brookhaven Chamber of Commerce - Business After Hours

Thursday, September 17, 5:30-7:30 pm
Hosted by Ellery Court Brewing

Meet other local business owners, enjoy appetizers and a drink on us.
Bring business cards! Members free, guests $15.

RSVP at brookhavenchamber.example.org/events
"""
    return mail(("Brookhaven Chamber", "events@brookhavenchamber.example.org"), ("Gareth Ross-Mbeki", PT.addr),
                "Business After Hours - Sept 17", (2026, 9, 3, 9, 0), ALT(text, style="plain"), mailer="bulk")


@msg("none", "printer-repair-ticket", "IT schedules a printer repair at an eye-care office; ordinary.")
def _():
    text = """
Hi Nadia,

The tech will be out Wednesday between 1 and 3 to replace the fuser on
the front-desk printer (the one jamming on labels). It'll be offline for
about 30 minutes - print anything you need before 1.

Ticket FIT-88907.

Ferro IT Services
(313) 555-0106
"""
    return mail(("Ferro IT Services", "support@ferroit.example.com"), ("Nadia Haddad", "nhaddad@clearview-eyes.example.com"),
                "FIT-88907 printer fuser replacement Wed", (2026, 3, 30, 16, 40), text, mailer="app", bare=True)



if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
