#!/usr/bin/env python3
"""wide10: back office of healthcare organisations.

Writes none/, phi/, restricted/ (*.eml) and labels.tsv, then checks them.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only verify what is on disk

Python 3 standard library only; deterministic.
"""
import base64
import codecs
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
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261210
LABELS = ("none", "phi", "restricted")
CATS = ("mental", "sud", "hiv", "genetic", "repro")
WANT = {"none": 80, "phi": 75, "restricted": 45}
WANT_NON_EN = 50
MSGS = []


def reg(label, slug, reason, cat=None, lang="en"):
    """Register one message. lang is an ISO 639-1 code; 'en' is English."""
    assert label in LABELS, label
    assert (cat is not None) == (label == "restricted"), slug
    assert cat is None or cat in CATS, cat
    assert not slug.startswith("trap-") or label == "none", slug

    def deco(fn):
        MSGS.append(dict(label=label, slug=slug, reason=reason, cat=cat,
                         lang=lang, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- text utils

def nl(s):
    """Normalise to LF first (so CRLF can be applied once)."""
    return s.replace("\r\n", "\n")


def reflow(text, width=76):
    """Wrap over-long lines the way a mail client would (plain text only)."""
    out = []
    for line in nl(text).split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"((?:> ?)+|\s*(?:[-*\u2022o]|\d{1,2}[.)]|\([a-z0-9]\)|[a-z][.)])\s+|\s+)?", line)
        lead = m.group(0) if m and m.group(0) else ""
        if lead.startswith(">"):
            sub = lead
        else:
            sub = " " * len(lead)
        w = textwrap.wrap(line, width=width, subsequent_indent=sub,
                          break_long_words=False, break_on_hyphens=False,
                          expand_tabs=False)
        out.extend(w or [""])
    return "\n".join(out)


def crlf(s):
    return nl(s).replace("\n", "\r\n")


def qp_encode(b):
    """Quoted-printable for text whose hard line breaks are CRLF."""
    out = []
    for ln in b.split(b"\r\n"):
        toks = []
        n = len(ln)
        for i, c in enumerate(ln):
            if 33 <= c <= 126 and c != 61:
                toks.append(chr(c))
            elif c in (32, 9) and i < n - 1:
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def b64_encode(b):
    s = base64.b64encode(b).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# ------------------------------------------------------------- header utils

TYPO = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"',
        "\u2018": "'", "\u2019": "'", "\u2026": "...", "\u00a0": " ",
        "\u00ab": '"', "\u00bb": '"', "\u2116": "N"}


def fit(text, cs):
    """Legacy clients downgrade typographic punctuation their charset lacks."""
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in TYPO:
                raise
            out.append(TYPO[ch])
    return "".join(out)


def ew(text, cs, enc="B"):
    """RFC 2047 encoded words, each at most 75 characters, folded."""
    text = fit(text, cs)
    words = []
    chunk = ""
    for ch in text:
        cand = chunk + ch
        if len(_ew1(cand, cs, enc)) > 75:
            words.append(_ew1(chunk, cs, enc))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(_ew1(chunk, cs, enc))
    return "\r\n ".join(words)


def _ew1(text, cs, enc):
    b = text.encode(cs)
    if enc.upper() == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode("ascii"))
    q = []
    for c in b:
        ch = chr(c)
        if c == 32:
            q.append("_")
        elif re.match(r"[A-Za-z0-9!*+\-/]", ch):
            q.append(ch)
        else:
            q.append("=%02X" % c)
    return "=?%s?Q?%s?=" % (cs, "".join(q))


def ad(name, addr=None, cs=None, enc="B"):
    """One address. ad('Name', 'a@b') or ad('a@b')."""
    if addr is None:
        return name
    if not name:
        return addr
    if not is_ascii(name):
        assert cs, name
        return "%s <%s>" % (ew(name, cs, enc), addr)
    if re.search(r'[,.;:@()<>\[\]"\\]', name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def fold(name, value):
    """Fold an (ASCII) header at spaces so lines stay near 78 characters."""
    value = value.replace("\r\n ", " \x00")
    first = name + ": "
    lines = []
    cur = first
    for tok in value.split(" "):
        hard = tok.startswith("\x00")
        tok = tok.lstrip("\x00")
        if cur == first:
            cur += tok
        elif hard or len(cur) + 1 + len(tok) > 78:
            lines.append(cur)
            cur = " " + tok
        else:
            cur += " " + tok
    lines.append(cur)
    return "\r\n".join(lines)


def rfcdate(s):
    """'2026-11-03 09:14 -0500' (seconds optional) -> RFC 5322 date."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))? ([+-]\d{4})$", s)
    assert m, s
    y, mo, d, H, M = (int(m.group(i)) for i in range(1, 6))
    S = int(m.group(6) or (sum(map(ord, s)) % 60))
    dt = datetime.datetime(y, mo, d, H, M, S)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()], d,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
         "Nov", "Dec"][mo - 1], y, H, M, S, m.group(7))


def h(*parts):
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# --------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body, charsets=()):
        self.headers = headers          # list of (name, value) ASCII
        self.body = body                # bytes, CRLF line ends
        self.charsets = set(charsets)

    def bytes(self):
        hs = "\r\n".join(fold(k, v) for k, v in self.headers)
        return hs.encode("ascii") + b"\r\n\r\n" + self.body


def _cte_body(raw, cte):
    if cte == "base64":
        return b64_encode(raw).encode("ascii") + b"\r\n"
    if cte == "quoted-printable":
        return qp_encode(raw).encode("ascii")
    if cte == "7bit":
        assert all(c < 128 for c in raw), "non-ASCII in 7bit part"
    return raw


def fname_params(fname, key):
    if is_ascii(fname):
        return '; %s="%s"' % (key, fname)
    return "; %s*=utf-8''%s" % (key, _pct(fname))


def _pct(s):
    out = []
    for c in s:
        if re.match(r"[A-Za-z0-9._-]", c):
            out.append(c)
        else:
            out.extend("%%%02X" % b for b in c.encode("utf-8"))
    return "".join(out)


def T(text, sub="plain", cs=None, cte=None, wrap=None, fname=None,
      disp=None, params="", cid=None):
    """A text part. Plain 7bit/8bit text is reflowed to 76 columns."""
    if cs is None:
        cs = "us-ascii" if is_ascii(text) else "utf-8"
    if cte is None:
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    if wrap is None:
        wrap = sub == "plain" and cte in ("7bit", "8bit")
    if wrap:
        text = reflow(text)
    raw = crlf(fit(text, cs)).encode(cs)
    ct = "text/%s; charset=%s%s" % (sub, cs, params)
    if fname:
        ct += fname_params(fname, "name")
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    if disp or fname:
        d = disp or "attachment"
        if fname:
            d += fname_params(fname, "filename")
        hs.append(("Content-Disposition", d))
    return Part(hs, _cte_body(raw, cte), [cs])


def A(data, ctype, fname, cte="base64", disp="attachment", cs=None,
      extra=()):
    """An attachment. str data is encoded in cs (default utf-8)."""
    if isinstance(data, str):
        if "\r" not in data:
            data = crlf(data)
        data = data.encode(cs or "utf-8")
    ct = ctype
    if cs:
        ct += "; charset=%s" % cs
    ct += fname_params(fname, "name")
    d = disp + fname_params(fname, "filename")
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte),
          ("Content-Disposition", d)] + list(extra)
    return Part(hs, _cte_body(data, cte), [cs] if cs else [])


def OL(text, cs=None):
    """Outlook-style multipart/alternative: QP plain text plus a Word-HTML
    rendering of the same text (paragraphs, line breaks, quoted header)."""
    paras = nl(text).strip("\n").split("\n\n")
    hp = []
    for p in paras:
        lines = [_x(ln).replace("  ", "&nbsp; ") for ln in p.split("\n")]
        if p.startswith("-----Original Message-----") or p.startswith("-------- Forwarded"):
            hp.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                      '<p class=MsoNormal><b>%s</b></p></div>' % "<br>\n".join(lines))
        else:
            hp.append("<p class=MsoNormal>%s</p>" % "<br>\n".join(lines))
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
            "div.WordSection1 {page:WordSection1;}\n--></style></head>\n"
            "<body lang=EN-US link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n"
            "<div class=WordSection1>\n%s\n<p class=MsoNormal>&nbsp;</p>\n</div>\n</body>\n</html>\n"
            % (cs or ("us-ascii" if is_ascii(text) else "utf-8"), "\n<p class=MsoNormal>&nbsp;</p>\n".join(hp)))
    return MP("alternative", T(text, cs=cs, cte="quoted-printable"), T(html, "html", cs=cs, cte="quoted-printable"))


def MP(sub, *parts, pre=None, params=""):
    bnd = "----=_Part_%s" % h(sub, *(p.body[:200].decode("latin-1") for p in parts))[:24]
    if sub == "alternative":
        bnd = "_000_%s_" % h("alt", *(p.body[:120].decode("latin-1") for p in parts))[:28]
    body = b""
    if pre:
        body += crlf(pre).encode("ascii") + b"\r\n"
    for p in parts:
        body += b"--" + bnd.encode() + b"\r\n" + p.bytes() + b"\r\n"
    body += b"--" + bnd.encode() + b"--\r\n"
    cs = set()
    for p in parts:
        cs |= p.charsets
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, bnd, params))], body, cs)


def R822(m, fname=None, disp="inline"):
    """Wrap a message (bytes from msg()) as message/rfc822."""
    cte = "7bit" if all(c < 128 for c in m) else "8bit"
    hs = [("Content-Type", "message/rfc822" + (fname_params(fname, "name") if fname else "")),
          ("Content-Transfer-Encoding", cte)]
    if fname:
        hs.append(("Content-Disposition", disp + fname_params(fname, "filename")))
    return Part(hs, m)


def msg(frm, to, subj, date, body, cc=None, scs=None, senc="B", mid=None,
        irt=None, refs=None, extra=(), reply_to=None, mailer=None,
        mid_style=None):
    """A whole message as bytes. frm/to/cc are strings built with ad()."""
    if isinstance(to, (list, tuple)):
        to = ", ".join(to)
    if isinstance(cc, (list, tuple)):
        cc = ", ".join(cc)
    if is_ascii(subj):
        s = subj
    else:
        assert scs, subj
        s = ew(subj, scs, senc)
    m = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm)
    dom = m.group(1) if m else "mail.example.com"
    if mid is None:
        k = h(frm, subj, date)
        style = mid_style or ["plain", "outlook", "gmail", "dotted"][int(k[0], 16) % 4]
        if style == "outlook":
            mid = "<%s@%s>" % (k[:40].upper(), "PH0PR17MB" + k[40:44].upper() + ".namprd17.prod.outlook.example.com")
        elif style == "gmail":
            mid = "<CA%s@mail.gmail.example.com>" % base64.b32encode(bytes.fromhex(k[:30])).decode().rstrip("=").lower()
        elif style == "dotted":
            mid = "<%s.%s.%s@%s>" % (k[:12], k[12:18], int(k[18:24], 16), dom)
        else:
            mid = "<%s@%s>" % (k[:32], dom)
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("Subject", s), ("Date", rfcdate(date) if re.match(r"\d{4}-", date) else date),
           ("Message-ID", mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", refs or irt))
    hs.append(("MIME-Version", "1.0"))
    if mailer:
        hs.append(("X-Mailer", mailer))
    hs += list(extra)
    p = Part(hs + body.headers, body.body, body.charsets)
    return p.bytes()


# --------------------------------------------------------- attachment makers

def pdf(pages, flate=False, title=None):
    """Minimal PDF: pages is a list of lists of text lines (Helvetica)."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(None)
    pages_id = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    fontb = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "56 760 Td"]
        for ln in lines:
            bold = ln.startswith("**")
            t = ln[2:] if bold else ln
            t = t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append("/F%d 10 Tf (%s) Tj T*" % (2 if bold else 1, t))
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("cp1252")
        if flate:
            stream = zlib.compress(stream, 9)
            sd = b"<< /Length %d /Filter /FlateDecode >>" % len(stream)
        else:
            sd = b"<< /Length %d >>" % len(stream)
        content = add(sd + b"\nstream\n" + stream + b"\nendstream")
        pg = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
                  "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, font, fontb, content)).encode())
        kids.append(pg)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = None
    if title:
        t = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        info = add(("<< /Title (%s) /Producer (Docuflow PDF 4.2) >>" % t).encode("cp1252"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R" % (len(objs) + 1, catalog)
    if info:
        out += b" /Info %d 0 R" % info
    out += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


ZDT = (2026, 11, 2, 9, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def xlsx(rows, sheet="Sheet1"):
    """Minimal .xlsx with inline strings; numbers stay numbers."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ns = "http://schemas.openxmlformats.org"
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="%s/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>' % ns),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="%s/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>' % (ns, ns)),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="%s/spreadsheetml/2006/main" xmlns:r="%s/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, ns, _x(sheet))),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="%s/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>' % (ns, ns)),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="%s/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
         % (ns, "".join(xr))),
    ]
    return _zip([(n, d.encode("utf-8")) for n, d in files])


def docx(paras, author="Reviewer"):
    """Minimal .docx. A paragraph is a str, or a list of runs: str,
    ('ins', text) or ('del', text) for tracked changes, ('b', text) bold."""
    ns = "http://schemas.openxmlformats.org"
    body = []
    rid = [0]

    def run(t, bold=False):
        rp = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rp, _x(t))

    for p in paras:
        if isinstance(p, str):
            p = [p]
        rs = []
        for r in p:
            if isinstance(r, str):
                rs.append(run(r))
            elif r[0] == "b":
                rs.append(run(r[1], True))
            elif r[0] == "ins":
                rid[0] += 1
                rs.append('<w:ins w:id="%d" w:author="%s" w:date="2026-11-18T10:%02d:00Z">%s</w:ins>'
                          % (rid[0], _x(author), rid[0] % 60, run(r[1])))
            elif r[0] == "del":
                rid[0] += 1
                rs.append('<w:del w:id="%d" w:author="%s" w:date="2026-11-18T10:%02d:00Z"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                          % (rid[0], _x(author), rid[0] % 60, _x(r[1])))
        body.append("<w:p>%s</w:p>" % "".join(rs))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="%s/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>' % ns),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="%s/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>' % (ns, ns)),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="%s/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>'
         % (ns, "".join(body))),
    ]
    return _zip([(n, d.encode("utf-8")) for n, d in files])


def csvtext(rows, delim=","):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def ics(lines):
    """iCalendar text; content lines folded at 75 octets (RFC 5545 3.1)."""
    out = []
    for ln in ["BEGIN:VCALENDAR", "VERSION:2.0",
               "PRODID:-//Calloway Ridge//Scheduler 9.1//EN"] + lines + ["END:VCALENDAR"]:
        while len(ln.encode("utf-8")) > 75:
            cut = 75 if not out or not out[-1].startswith(" ") else 74
            out.append(ln[:cut])
            ln = " " + ln[cut:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# invented names for generated rosters
FIRST = ("Avery Bettina Calvin Dolores Emeric Fiona Gideon Harriet Ignatius Jolene "
         "Kasimir Lorena Marcus Noemi Osgood Priya Quentin Rosalind Silas Tamsin "
         "Ulrich Vesna Wendell Ximena Yusuf Zelda Anselm Beatrix Cormac Delphine "
         "Eamon Farida Gustav Hollis Imogen Jarrah Keziah Leopold Mireille Nandor "
         "Odalys Percival Rania Soren Thaddeus Ursula Viggo Winnie").split()
LAST = ("Abernathy Bellweather Castellano Dunleavy Eckhart Fairbrother Galloway "
        "Hightower Illingworth Jessup Kowalczyk Lindqvist Marchetti Nakashima "
        "Okafor Pemberton Quigley Rasmussen Sandoval Thibodeaux Upshaw Vance "
        "Whitcombe Yarborough Zielinski Ashdown Brannigan Carrow Delahunt "
        "Esterhazy Fennimore Gallardo Holloway Iverson Jankowski Kettering "
        "Lockhart Mendoza Norcross Ostrowski Pacheco Ravensworth Szabo Trevino "
        "Underhill Villanueva Wojcik Yeardley").split()


def people(seed, n):
    r = random.Random(seed)
    seen = set()
    out = []
    while len(out) < n:
        f, l = r.choice(FIRST), r.choice(LAST)
        if (f, l) in seen:
            continue
        seen.add((f, l))
        out.append((f, l, r))
    return out


def dob(r, lo=1938, hi=2004):
    return "%02d/%02d/%d" % (r.randint(1, 12), r.randint(1, 28), r.randint(lo, hi))


# ===================================================================== check
# (the messages are registered below, before main() runs)

FAILS = []


def fail(where, why):
    FAILS.append("%s: %s" % (where, why))


def build():
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    out, rows, meta = {}, [], {}
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        name = "%03d-%s.eml" % (num, m["slug"])
        out[os.path.join(m["label"], name)] = m["fn"]()
        rows.append((name, m["label"], m["reason"]))
        meta[name] = m
    rows.sort()
    labels = "".join("%s\t%s\t%s\n" % r for r in rows)
    return out, labels, meta


def write(out, labels):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for rel, data in out.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(labels)


OK_HOSTS = {"loinc.org", "hl7.org", "snomed.info", "www.w3.org",
            "schemas.openxmlformats.org", "unitsofmeasure.org",
            "www.nlm.nih.gov", "www.ama-assn.org"}


def host_ok(hst):
    hst = hst.lower().rstrip(".").split(":")[0]
    if hst in OK_HOSTS:
        return True
    return bool(re.search(r"(^|\.)example\.(com|org|net)$", hst) or hst.endswith(".test"))


def luhn_npi(n):
    s = "80840" + n
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def dea_ok(d):
    if not re.fullmatch(r"[A-Z]{2}\d{7}", d):
        return False
    x = [int(c) for c in d[2:]]
    return (x[0] + x[2] + x[4] + 2 * (x[1] + x[3] + x[5])) % 10 == x[6]


MBI_RE = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]"
                    r"[AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d\d")

PHONE_KW = (r"(?:Tel|Tél|Tfn|Telefon|Telefono|Telefone|Teléfono|Telf|Fax|Phone|Ph|"
            r"Mobile|Mob|Cell|Direct|Main|Pager|Fon|Celular|Móvil|Tel\.|Тел|Факс|"
            r"電話|ＴＥＬ|TEL|전화|팩스|Điện thoại|ĐT|Telefoon|Tlf|Handy|Portable|"
            r"Cellulare|tel\.|phone|cell|fax)")


def data_checks(where, txt, csv_cols):
    for m in re.finditer(r"\bNPI\b[^0-9\n]{0,25}?(\d{10})\b", txt):
        if not luhn_npi(m.group(1)):
            fail(where, "NPI fails Luhn: " + m.group(1))
    for m in re.finditer(r"\bDEA\b[^A-Z0-9\n]{0,25}?([A-Z]{2}\d{7})\b", txt):
        if not dea_ok(m.group(1)):
            fail(where, "DEA check digit: " + m.group(1))
    for m in re.finditer(r"\b(?:MBI|Medicare Beneficiary Identifier)\b[^A-Z0-9\n]{0,25}?"
                         r"([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b", txt):
        if not MBI_RE.fullmatch(m.group(1).replace("-", "")):
            fail(where, "MBI format: " + m.group(1))
    for kind, vals in csv_cols.items():
        for v in vals:
            v = v.strip()
            if not v:
                continue
            if kind == "npi" and not (re.fullmatch(r"\d{10}", v) and luhn_npi(v)):
                fail(where, "CSV NPI: " + v)
            if kind == "dea" and not dea_ok(v):
                fail(where, "CSV DEA: " + v)
            if kind == "mbi" and not MBI_RE.fullmatch(v.replace("-", "")):
                fail(where, "CSV MBI: " + v)
    for m in re.finditer(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", txt):
        if not host_ok(m.group(1)):
            fail(where, "address outside example domains: " + m.group(0))
    for m in re.finditer(r"(?i)\b(?:https?|ftp|sftp)://([^/\s\"'<>)\]|]+)", txt):
        if not host_ok(m.group(1)):
            fail(where, "URL outside example domains: " + m.group(0))
    for m in re.finditer(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu))\b(?!\.[a-z0-9])", txt):
        if not host_ok(m.group(1)):
            fail(where, "domain outside example domains: " + m.group(1))
    for m in re.finditer(r"(?<![\w-])(?:\+?1[-. ])?\(?(\d{3})\)?[-. ](\d{3})[-. ](\d{4})(?![\w-])", txt):
        if m.group(2) != "555" or not m.group(3).startswith("01"):
            fail(where, "phone not 555-01xx: " + m.group(0))
    for m in re.finditer(r"(?<![\w-])(\d{3})-(\d{4})(?![\w-])", txt):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            fail(where, "phone-like number not 555-01xx: " + m.group(0))
    for m in re.finditer(PHONE_KW + r"[^\S\n]*[.:：]?[^\S\n]*(?:[A-Za-z]{1,8}[.:]?[^\S\n]*)?(\+?\(?\d[\d ()./-]{5,}\d)", txt):
        if not re.search(r"555[ .-]?01[ .-]?\d\d", m.group(1)):
            fail(where, "phone not 555-01xx: " + m.group(1))


def check_pdf(where, b):
    texts = []
    if not b.startswith(b"%PDF-") or not b.rstrip().endswith(b"%%EOF"):
        fail(where, "PDF header/trailer")
        return ""
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", b)
    if not m:
        fail(where, "PDF startxref")
        return ""
    off = int(m.group(1))
    if b[off:off + 4] != b"xref":
        fail(where, "PDF startxref does not point at xref")
        return ""
    lines = b[off:].split(b"\n")
    first, count = (int(x) for x in lines[1].split())
    for i in range(count):
        ent = lines[2 + i]
        o, g, t = ent.split()[:3]
        if t == b"n":
            num = first + i
            if not b[int(o):].startswith(b"%d %d obj" % (num, int(g))):
                fail(where, "PDF xref entry %d points elsewhere" % num)
    for sm in re.finditer(rb"<<([^<>]*)>>\s*stream\r?\n", b):
        d = sm.group(1)
        lm = re.search(rb"/Length (\d+)", d)
        if not lm:
            fail(where, "PDF stream without /Length")
            continue
        ln = int(lm.group(1))
        st = b[sm.end():sm.end() + ln]
        rest = b[sm.end() + ln:sm.end() + ln + 12]
        if not re.match(rb"\r?\n?endstream", rest):
            fail(where, "PDF stream /Length wrong")
            continue
        if b"/FlateDecode" in d:
            try:
                st = zlib.decompress(st)
            except zlib.error:
                fail(where, "PDF Flate stream does not inflate")
                continue
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", st):
            texts.append(re.sub(rb"\\(.)", rb"\1", tm.group(1)).decode("cp1252"))
    return "\n".join(texts)


def check_zip(where, b, ext):
    try:
        z = zipfile.ZipFile(io.BytesIO(b))
    except zipfile.BadZipFile:
        fail(where, "attachment is not a zip")
        return ""
    if z.testzip() is not None:
        fail(where, "zip member CRC")
    names = z.namelist()
    need = {"xlsx": "xl/workbook.xml", "docx": "word/document.xml"}[ext]
    for n in ("[Content_Types].xml", "_rels/.rels", need):
        if n not in names:
            fail(where, "OOXML part missing: " + n)
    txt = []
    for n in names:
        if n.endswith((".xml", ".rels")):
            data = z.read(n)
            try:
                ET.fromstring(data)
            except ET.ParseError as e:
                fail(where, "OOXML %s not well-formed: %s" % (n, e))
            txt.append(re.sub(r"<[^>]+>", " ", data.decode("utf-8")))
    return "\n".join(txt)


def check_csv(where, s, cols):
    lines = [ln for ln in s.splitlines() if ln.strip()]
    if not lines:
        fail(where, "empty CSV")
        return
    delim = max(",;\t|", key=lambda d: lines[0].count(d))
    rows = list(csv.reader(io.StringIO(s), delimiter=delim))
    rows = [r for r in rows if any(c.strip() for c in r)]
    n = len(rows[0])
    if n < 2:
        fail(where, "CSV with one column")
    for i, r in enumerate(rows):
        if len(r) != n:
            fail(where, "CSV row %d has %d columns, header %d" % (i + 1, len(r), n))
            break
    for ci, name in enumerate(rows[0]):
        k = name.strip().lower()
        for kind in ("npi", "dea", "mbi"):
            if re.fullmatch(r"(?:\w+ )?%s(?: ?(?:#|no\.?|number|id))?" % kind, k):
                cols.setdefault(kind, []).extend(r[ci] for r in rows[1:] if ci < len(r))


REQ = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version")


def ew_check(where, e):
    used = set()
    for k, v in e.raw_items():
        for m in re.finditer(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=", v):
            cs = m.group(1).lower()
            try:
                if m.group(2) in "Bb":
                    raw = base64.b64decode(m.group(3), validate=True)
                else:
                    raw = quopri.decodestring(m.group(3).replace("_", " ").encode("ascii"), header=True)
                raw.decode(cs)
            except Exception as ex:
                fail(where, "encoded word in %s does not decode: %s" % (k, ex))
            if k.lower() in ("subject", "from", "to", "cc"):
                used.add(cs)
    return used


def check_headers(where, e):
    for k in REQ:
        if e.get(k) is None:
            fail(where, "missing header " + k)
    for k, v in e.items():
        if getattr(v, "defects", None):
            fail(where, "header %s defects %s" % (k, v.defects))
    try:
        d = parsedate_to_datetime(str(e["Date"]))
        if d.tzinfo is None:
            fail(where, "Date without zone")
    except Exception:
        fail(where, "bad Date")
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(e["Message-ID"]).strip()):
        fail(where, "bad Message-ID")
    for k in ("From", "To", "Cc", "Reply-To"):
        if e.get(k) is not None:
            for a in e[k].addresses:
                if not a.addr_spec or "@" not in a.addr_spec:
                    fail(where, "bad address in " + k)


def leaf_bytes(where, part):
    cte = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    raw = part._payload  # undecoded text as parsed (8bit bytes kept as surrogates)
    rawb = raw.encode("ascii", "surrogateescape")
    lines = rawb.split(b"\r\n")
    if cte == "base64":
        if any(len(ln) > 76 for ln in lines):
            fail(where, "base64 line over 76")
        try:
            return base64.b64decode(b"".join(ln.strip() for ln in lines), validate=True)
        except Exception:
            fail(where, "base64 does not decode strictly")
            return b""
    if cte == "quoted-printable":
        out = bytearray()
        for i, ln in enumerate(lines):
            if len(ln) > 76:
                fail(where, "QP line over 76")
            if not re.fullmatch(rb"(?:[\x21-\x3c\x3e-\x7e \t]|=[0-9A-F]{2})*=?", ln):
                fail(where, "bad QP line: %r" % ln[:40])
            if ln.endswith((b" ", b"\t")):
                fail(where, "QP trailing whitespace")
            soft = ln.endswith(b"=")
            body = ln[:-1] if soft else ln
            out += re.sub(rb"=([0-9A-F]{2})", lambda m: bytes([int(m.group(1), 16)]), body)
            if not soft and i < len(lines) - 1:
                out += b"\r\n"
        return bytes(out)
    if cte == "7bit":
        if any(c > 127 for c in rawb):
            fail(where, "7bit part is not ASCII")
        return rawb
    if cte == "8bit":
        return rawb
    fail(where, "unexpected CTE " + cte)
    return rawb


def check_message(name, data, m):
    where = name
    if len(data) > 200 * 1024:
        fail(where, "over 200 KiB")
    if re.search(rb"\r(?!\n)|(?<!\r)\n", data):
        fail(where, "bare CR or LF")
    if any(len(ln) > 998 for ln in data.split(b"\r\n")):
        fail(where, "line over 998")
    e = BytesParser(policy=policy.default).parsebytes(data)
    texts, cols = [], {}
    entities = [e]
    for part in e.walk():
        if part.defects:
            fail(where, "MIME defects %s" % part.defects)
        ct = part.get_content_type()
        if ct == "message/rfc822":
            entities.append(part.get_payload()[0])
            continue
        if part.is_multipart():
            if not part.get_boundary():
                fail(where, "multipart without boundary")
            continue
        b = leaf_bytes(where, part)
        cs = part.get_content_charset()
        if cs:
            try:
                codecs.lookup(cs)
            except LookupError:
                fail(where, "unknown charset " + cs)
                cs = None
        s = None
        if part.get_content_maintype() == "text" or cs:
            try:
                s = b.decode(cs or "us-ascii")
            except (UnicodeDecodeError, LookupError):
                fail(where, "part does not decode as " + str(cs))
                s = b.decode("utf-8", "replace")
        fn = (part.get_filename() or "").lower()
        ext = fn.rsplit(".", 1)[-1] if "." in fn else ""
        if ct in ("application/json", "application/fhir+json") or ext == "json":
            try:
                json.loads(b.decode(cs or "utf-8"))
            except Exception as ex:
                fail(where, "JSON: %s" % ex)
            s = b.decode(cs or "utf-8")
        elif ct.endswith("xml") or ext == "xml":
            try:
                ET.fromstring(b)
            except ET.ParseError as ex:
                fail(where, "XML: %s" % ex)
            s = b.decode(cs or "utf-8")
        elif ct == "text/calendar" or ext == "ics":
            t = s.strip()
            if not (t.startswith("BEGIN:VCALENDAR") and t.endswith("END:VCALENDAR")):
                fail(where, "ICS BEGIN/END")
            s = re.sub(r"\r?\n[ \t]", "", s)  # unfold content lines
        elif ct in ("text/vcard", "text/x-vcard") or ext == "vcf":
            t = s.strip()
            if not (t.startswith("BEGIN:VCARD") and t.endswith("END:VCARD")):
                fail(where, "vCard BEGIN/END")
            s = re.sub(r"\r?\n[ \t]", "", s)
        elif ct == "text/csv" or ext == "csv":
            check_csv(where, s, cols)
        elif "hl7" in ct or ext == "hl7":
            s = b.decode(cs or "latin-1")
            if not s.startswith("MSH|^~\\&|"):
                fail(where, "HL7 does not start with MSH|^~\\&|")
        elif ct == "application/pdf" or ext == "pdf":
            s = check_pdf(where, b)
        elif ext in ("xlsx", "docx"):
            s = check_zip(where, b, ext)
        if s is not None:
            texts.append(s)
    allcs = set()
    for part in e.walk():
        c = part.get_content_charset()
        if c and part.get_content_maintype() == "text":
            allcs.add(c.lower())
    for i, ent in enumerate(entities):
        w = where if i == 0 else "%s [nested %d]" % (where, i)
        check_headers(w, ent)
        used = ew_check(w, ent)
        if used - allcs:
            fail(w, "encoded words in %s but body is %s" % (sorted(used), sorted(allcs)))
        for k in ("From", "To", "Cc", "Subject", "Reply-To"):
            if ent.get(k) is not None:
                texts.append(str(ent[k]))
        texts.append(str(ent.get("Message-ID", "")))
    data_checks(where, "\n".join(texts), cols)


def main():
    check_only = "--check" in sys.argv[1:]
    out, labels, meta = build()
    if not check_only:
        write(out, labels)
    # what is on disk
    disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            fail(lab, "directory missing")
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".eml"):
                with open(os.path.join(d, f), "rb") as fh:
                    disk[os.path.join(lab, f)] = fh.read()
    if set(disk) != set(out):
        fail("tree", "files on disk differ from gen.py: +%s -%s" % (
            sorted(set(disk) - set(out))[:5], sorted(set(out) - set(disk))[:5]))
    for rel in sorted(set(disk) & set(out)):
        if disk[rel] != out[rel]:
            fail(rel, "differs from what gen.py writes")
    try:
        with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
            lt = fh.read()
    except OSError:
        lt = ""
    if lt != labels:
        fail("labels.tsv", "differs from what gen.py writes")
    nums = []
    seen_slug = set()
    for rel in disk:
        lab, f = rel.split(os.sep)
        mm = re.fullmatch(r"(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.eml", f)
        if not mm:
            fail(rel, "bad file name")
            continue
        nums.append(int(mm.group(1)))
        if mm.group(2).startswith("trap-") and lab != "none":
            fail(rel, "trap- outside none/")
        if mm.group(2) in seen_slug:
            fail(rel, "duplicate slug")
        seen_slug.add(mm.group(2))
    if sorted(nums) != list(range(1, 201)):
        fail("tree", "numbers are not exactly 001-200")
    tsv = {}
    for ln in lt.splitlines():
        p = ln.split("\t")
        if len(p) != 3 or not p[2].strip():
            fail("labels.tsv", "bad row: " + ln[:60])
            continue
        tsv[p[0]] = p[1]
    for rel in disk:
        lab, f = rel.split(os.sep)
        if tsv.get(f) != lab:
            fail(rel, "labels.tsv says %s" % tsv.get(f))
    if len(tsv) != len(disk):
        fail("labels.tsv", "row count %d, files %d" % (len(tsv), len(disk)))
    if lt.splitlines() != sorted(lt.splitlines()):
        fail("labels.tsv", "not sorted")
    for rel, data in sorted(disk.items()):
        check_message(rel, data, meta.get(rel.split(os.sep)[1]))
    cnt = {lab: 0 for lab in LABELS}
    cats = {c: 0 for c in CATS}
    traps = 0
    non_en = 0
    for name, m in meta.items():
        cnt[m["label"]] += 1
        if m["cat"]:
            cats[m["cat"]] += 1
        if m["slug"].startswith("trap-"):
            traps += 1
        if m["lang"] != "en":
            non_en += 1
    for lab in LABELS:
        if cnt[lab] != WANT[lab]:
            fail("counts", "%s: %d, want %d" % (lab, cnt[lab], WANT[lab]))
    if traps < 55:
        fail("counts", "only %d traps" % traps)
    for c in CATS:
        if cats[c] < 7:
            fail("counts", "restricted %s: %d < 7" % (c, cats[c]))
    if non_en != WANT_NON_EN:
        fail("counts", "%d not in English, want %d" % (non_en, WANT_NON_EN))
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print("wide10 check: %d problems" % len(FAILS))
        sys.exit(1)
    langs = {}
    for m in meta.values():
        if m["lang"] != "en":
            langs[m["lang"]] = langs.get(m["lang"], 0) + 1
    print("wide10 check OK: %d files, none %d (%d trap-), phi %d, restricted %d "
          "(mental %d, sud %d, hiv %d, genetic %d, repro %d); %d not in English (%s)"
          % (len(disk), cnt["none"], traps, cnt["phi"], cnt["restricted"],
             cats["mental"], cats["sud"], cats["hiv"], cats["genetic"], cats["repro"],
             non_en, " ".join("%s:%d" % kv for kv in sorted(langs.items()))))



# ================================================================== messages

# Organisations (all invented) and their boilerplate.
CR = "callowayridge.example.org"          # Calloway Ridge Health (system)
SO = "stodile.example.org"                # St. Odile Regional Medical Center
BM = "brenmoor.example.com"               # Brenmoor Physician Partners
OV = "ostrandervalley.example.org"        # Ostrander Valley Hospital (rural)
CH = "cedarhouse.example.org"             # Cedar House Recovery Services
MCH = "marisolchc.example.org"            # Marisol Community Health Center

CR_DISC = """\
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information, including information protected under federal and state privacy laws. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. Calloway Ridge Health will never ask you to confirm your password by e-mail."""

SO_DISC = """\
The information contained in this transmission may contain privileged and confidential information, including patient information protected by federal and state privacy laws. It is intended only for the use of the person(s) named above. If you are not the intended recipient, you are hereby notified that any review, dissemination, distribution, or duplication of this communication is strictly prohibited. If you are not the intended recipient, please contact the sender by reply email and destroy all copies of the original message.
St. Odile Regional Medical Center is an equal opportunity employer. Please consider the environment before printing this e-mail."""

LAW_DISC = """\
This message is from a law firm and may contain information that is confidential or legally privileged. If you are not the intended recipient, please immediately advise the sender by reply e-mail that this message has been inadvertently transmitted to you and delete this e-mail from your system. Thank you for your cooperation."""

PAYER_DISC = """\
This communication may contain confidential Protected Health Information. This information is intended only for the use of the individual or entity to which it is addressed. The authorized recipient of this information is prohibited from disclosing this information to any other party unless required to do so by law or regulation and is required to destroy the information after its stated need has been fulfilled. If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution, or action taken in reliance on the contents of these documents is strictly prohibited. If you have received this information in error, please notify the sender immediately and arrange for the return or destruction of these documents."""

PART2_NOTICE = """\
42 CFR PART 2 NOTICE: This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2). The federal rules prohibit you from making any further disclosure of information in this record that identifies a patient as having or having had a substance use disorder either directly by reference to publicly available information, the identity of the patient, or through verification of such identification by another person unless further disclosure is expressly permitted by the written consent of the individual whose information is being disclosed or as otherwise permitted by 42 CFR part 2. A general authorization for the release of medical or other information is NOT sufficient for this purpose."""

BM_DISC = """\
--
Brenmoor Physician Partners | Business Office
This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the system manager. Brenmoor Physician Partners accepts no liability for the content of this e-mail, or for the consequences of any actions taken on the basis of the information provided."""


# ------------------------------------------------------------ none: traps (1)

@reg("none", "trap-denial-rate-report-by-carc",
     "aggregate denial counts by payer and CARC code, incl. IOP authorization denials; no patient")
def _():
    rows = [["Payer", "Product", "CARC", "CARC description", "Claims denied", "Billed $", "Top service line"]]
    data = [
        ("Corvane Health Plan", "Commercial PPO", "CO-197", "Precert/authorization absent", 388, 1912400, "Imaging"),
        ("Corvane Health Plan", "Medicare Advantage", "CO-50", "Not medically necessary", 241, 2288170, "Inpatient medicine"),
        ("Corvane Health Plan", "Medicare Advantage", "CO-16", "Claim lacks information", 176, 402560, "Outpatient infusion"),
        ("Prairie Bridge Health Plan", "Medicaid MCO", "CO-197", "Precert/authorization absent", 212, 611090, "Behavioral health (IOP/PHP)"),
        ("Prairie Bridge Health Plan", "Medicaid MCO", "CO-11", "Dx inconsistent with procedure", 97, 143880, "Lab"),
        ("Tri-Lakes Mutual", "Commercial HMO", "CO-252", "Attachment/documentation required", 154, 870210, "Surgery"),
        ("Tri-Lakes Mutual", "Commercial HMO", "CO-4", "Modifier inconsistent", 88, 96750, "Cardiology"),
        ("Silverline Advantage", "Medicare Advantage", "CO-50", "Not medically necessary", 133, 1506440, "Inpatient observation"),
        ("Silverline Advantage", "Medicare Advantage", "CO-97", "Bundled", 119, 74320, "Emergency"),
        ("Medicare FFS", "Part A/B MAC", "CO-16", "Claim lacks information", 64, 118900, "Therapy"),
        ("All others", "Mixed", "Various", "Various", 302, 688115, "Mixed"),
    ]
    for d in data:
        rows.append(list(d))
    body = """\
Desmond,

Initial denial rate for October closed at 11.8% of claims submitted (10.4% in September; FY target 9.0%). Dollar denial rate 9.6%. Net write-off from denials $1.07M, mostly timely-filing and auth.

What moved:

- Corvane MA medical necessity denials on short inpatient stays (CO-50) are up 38% month over month. Most are 1-2 midnight sepsis and chest pain stays that Corvane is converting to observation after the fact. Physician advisor team is now doing P2P on every one over $15k.
- Prairie Bridge behavioral health: 212 CO-197 denials, almost all IOP and PHP days where the BH vendor's authorization lapsed mid-episode. This is a process gap on our side (concurrent review is not getting the continued-stay request in before day 7). Aaliyah's team has a fix going live 11/16.
- Tri-Lakes started requiring op notes for all CPT 29881/29880 knee scopes (CO-252). We are front-loading attachments in the 837 now.

Recoverable: we expect to overturn roughly 55% of the October dollars on appeal, in line with Q3.

CARC detail by payer is in the attached CSV. The claim-level file is in the usual Denials share (\\\\crh-fs02\\RevCycle\\Denials\\2026-10), not attached.

Happy to walk through at Thursday's revenue cycle steering.

Marisa

Marisa Quintero, CRCR
Director, Denials Management & Appeals
Revenue Cycle | Calloway Ridge Health
1400 Larchmont Parkway, Suite 600, Tamsin Bay, OR 97399
Direct 503-555-0117 | Mobile 503-555-0163
mquintero@callowayridge.example.org

""" + CR_DISC
    return msg(ad("Quintero, Marisa", "mquintero@" + CR),
               ad("Achterberg, Desmond", "dachterberg@" + CR),
               "October denials dashboard - initial denial rate 11.8% (up 1.4 pts)",
               "2026-11-09 07:42 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "Denials_by_Payer_CARC_Oct2026.csv", cs="us-ascii")),
               cc=[ad("Vukovich, Pauline", "pvukovich@" + CR), ad("Hale, Aaliyah", "ahale@" + CR)],
               extra=[("Thread-Topic", "October denials dashboard"), ("Importance", "normal")])


@reg("none", "trap-bh-service-line-budget-fy27",
     "behavioural-health service line budget (psych, detox, IOP, eating-disorder PHP units) in aggregate")
def _():
    rows = [["Cost center", "Unit", "Beds/slots", "ADC / avg daily", "Patient days / visits", "Net revenue", "Direct expense", "Contribution"],
            ["6410", "Adult Inpatient Psychiatry (4 North)", 24, 21.3, 7775, 9884200, 8412900, 1471300],
            ["6412", "Adolescent Inpatient Psychiatry (4 South)", 12, 9.1, 3322, 4611300, 4998750, -387450],
            ["6420", "Medically Managed Withdrawal (Detox)", 10, 8.4, 3066, 3102900, 2766400, 336500],
            ["6430", "Partial Hospitalization - Adult", 20, 14.2, 3650, 1715500, 1588200, 127300],
            ["6431", "Eating Disorders PHP/IOP", 14, 10.6, 2756, 2177240, 2240100, -62860],
            ["6440", "IOP - Adult SUD (Cedar House partnership)", 36, 27.0, 9720, 1496880, 1203300, 293580],
            ["6450", "Interventional Psychiatry (ECT/TMS/esketamine)", "n/a", "n/a", 5210, 3204150, 1876000, 1328150],
            ["6460", "Psychiatric Emergency (EmPATH)", 16, "n/a", 11480, 4362400, 4907000, -544600],
            ["6490", "BH Service Line Admin", "n/a", "n/a", "n/a", 0, 612000, -612000]]
    body = """\
Hi Theo and Priyanka,

Version 3 of the FY27 behavioral health budget is attached. Changes since the v2 you saw at the operating review:

1. Adolescent unit ADC lowered from 10.2 to 9.1. We kept losing beds to sitter and staffing limits in Q1, so a budget at 10+ is not credible.
2. Prairie Bridge Medicaid per diem moved to the $1,285 rate in the new amendment (was $1,190). Lifts 4 North and 4 South about $410k combined.
3. Locum psychiatry reduced to 1.0 FTE from July, assuming the two recruits start on time. If they slip, that is roughly $38k a month.
4. EmPATH is still a loss leader. It is carried at -$545k because it saves ED boarding hours, and that benefit sits in the ED cost center, not here. Decision for Dr. Mbeki and the CFO, not for us.
5. Esketamine drug cost is now in 6450 supplies at WAC less 7%.

Open item: 6440 IOP volume assumes Cedar House keeps referring at the current rate. Their contract renewal is in March.

Please send comments by 11/20. Final lock is 11/26 for the board finance committee packet.

Thanks,
Helen

Helen Strzelecki
Senior Financial Analyst, Service Line Finance
Calloway Ridge Health | Finance & Decision Support
Tel 503-555-0148
hstrzelecki@callowayridge.example.org

""" + CR_DISC
    return msg(ad("Strzelecki, Helen", "hstrzelecki@" + CR),
               [ad("Okonkwo-Bell, Theo", "tokonkwobell@" + CR), ad("Raman, Priyanka", "praman@" + CR)],
               "FY27 BH service line budget v3 (for comment by 11/20)",
               "2026-11-12 16:05 -0800",
               MP("mixed", T(body), A(xlsx(rows, "FY27 BH"), XLSX, "FY27_BH_ServiceLine_Budget_v3.xlsx")),
               extra=[("X-MS-Has-Attach", "yes")])


@reg("none", "trap-payer-contract-amendment-redline",
     "tracked-changes payer contract amendment: rates, ART exclusion, antiretroviral and BH per diems; no patient")
def _():
    doc = docx([
        [("b", "AMENDMENT NO. 4 TO HOSPITAL SERVICES AGREEMENT")],
        "between Corvane Health Plan, Inc. (\"Plan\") and Calloway Ridge Health (\"Hospital\")",
        [("b", "1. Exhibit B, Section 2.1 (Inpatient Acute)")],
        ["Inpatient acute services shall be reimbursed at the MS-DRG relative weight multiplied by a base rate of ", ("del", "$11,240"), ("ins", "$11,815"), ", effective January 1, 2027."],
        [("b", "2. Exhibit B, Section 2.6 (Behavioral Health)")],
        ["Inpatient psychiatric and medically managed withdrawal services shall be reimbursed at a per diem of ", ("del", "$1,190"), ("ins", "$1,285"), ". Intensive outpatient program services (revenue codes 0905, 0906) at ", ("del", "$212"), ("ins", "$236"), " per day."],
        [("b", "3. Exhibit C, Exclusions")],
        [("del", "Assisted reproductive technology services, including in vitro fertilization and oocyte cryopreservation, are excluded from this Agreement."),
         ("ins", "Assisted reproductive technology services are covered only for Members enrolled in a benefit plan that includes the Plan's Fertility Rider, and shall be reimbursed per Exhibit B-3.")],
        [("b", "4. Exhibit B, Section 4.2 (Drugs)")],
        ["Separately payable drugs, including antiretroviral agents and long-acting injectable antipsychotics administered in the outpatient setting, shall be reimbursed at ", ("del", "ASP + 4%"), ("ins", "ASP + 6%"), "."],
        [("b", "5. Section 7.3 (Timely Filing)")],
        ["Claims must be submitted within ", ("del", "ninety (90)"), ("ins", "one hundred eighty (180)"), " days of the date of service or discharge."],
    ], author="J. Farrow (CRH Managed Care)")
    body = """\
Gordon,

Attached is our redline of Corvane's Amendment 4 (tracked against their 10/28 draft). Headline items:

- Base rate: we countered $11,815 (their draft held at $11,240). Supported by the case-mix and CMI benchmarking we sent 10/31.
- BH per diem to $1,285 and IOP to $236. These match what Prairie Bridge agreed in September, so we think Corvane will accept them.
- ART/fertility: they want to keep the blanket exclusion. We rewrote it so services are covered for members with the Fertility Rider. Several large employer groups are buying the rider in 2027, and without this language those claims have no rate.
- Drugs ASP+6%, incl. antiretrovirals and LAI antipsychotics. This is the one most likely to get pushback.
- Timely filing 180 days.

Can you look at the indemnification cross-reference in 9.2? I think their draft points to a section that no longer exists.

Call Wednesday at 2 still works for me.

Jonas Farrow
Director, Managed Care Contracting
Calloway Ridge Health
jfarrow@callowayridge.example.org | 503-555-0129

""" + CR_DISC
    return msg(ad("Farrow, Jonas", "jfarrow@" + CR),
               ad("Gordon Ashcombe", "gashcombe@phv-law.example.com"),
               "Corvane Amendment 4 - CRH redline v2 (tracked)",
               "2026-11-16 11:31 -0800",
               MP("mixed", T(body), A(doc, DOCX, "Corvane_Amend4_CRH_redline_v2.docx")),
               cc=ad("Vukovich, Pauline", "pvukovich@" + CR))


@reg("none", "trap-baa-redline-cloud-vendor",
     "BAA negotiation thread (breach-notice timing, Part 2 segmentation, offshore access); no patient")
def _():
    body = """\
Renee -

Thanks for turning this so quickly. Responses inline below in [CRH-2]. The short version: we can live with most of your changes except breach notification timing and the offshore access carve-out.

Lorraine

Lorraine Whitfield-Osei, JD, CHPC
Chief Privacy Officer
Calloway Ridge Health | Office of Compliance & Privacy
1400 Larchmont Parkway, Tamsin Bay, OR 97399
T 503-555-0102 | privacy@callowayridge.example.org

-----Original Message-----
From: Renee Kazarian <rkazarian@provacloud.example.net>
Sent: Monday, November 16, 2026 6:12 PM
To: Whitfield-Osei, Lorraine <lwhitfieldosei@callowayridge.example.org>
Cc: Legal Ops <legalops@provacloud.example.net>
Subject: RE: ProvaCloud BAA - CRH comments

Lorraine, our comments on your 11/9 markup:

Sec. 4.2 (Notice of Breach). We cannot commit to 5 business days from discovery. Our standard is "without unreasonable delay and in no case later than 30 calendar days," which tracks the regulation.

[CRH-2] Not acceptable. We have a 60-day clock to individuals and often to the media, and we cannot run a risk assessment on day 25. We will accept 10 business days for a written notice, with a preliminary notice of a suspected Security Incident involving PHI within 72 hours.

Sec. 4.5 (Substance Use Disorder Records). You asked us to keep Part 2 program data in a separately permissioned tenant. We can tag it but not physically segment it.

[CRH-2] Logical segmentation with tagging is acceptable if (a) access to the tagged data set is limited to named support roles, (b) access is logged and the logs are available to us on request, and (c) you acknowledge in 4.5 that you are a "qualified service organization" for the Cedar House program and bound by 42 CFR Part 2 as well as HIPAA.

Sec. 6.1 (Offshore Access). Tier-3 support in our Pune office needs read access for incident response.

[CRH-2] No offshore access to production PHI without our prior written approval per incident. Follow-the-sun monitoring on metadata is fine.

Sec. 9 (Subcontractors). Agreed with your flow-down language.

Sec. 11 (Audit). We will provide our SOC 2 Type II and HITRUST letter annually in lieu of on-site audits.

[CRH-2] Accept, plus one on-site audit per contract year after a Breach.

Renee Kazarian
Associate General Counsel, ProvaCloud Inc.
rkazarian@provacloud.example.net | +1 415-555-0176

""" + CR_DISC
    return msg(ad("Whitfield-Osei, Lorraine", "lwhitfieldosei@" + CR),
               ad("Renee Kazarian", "rkazarian@provacloud.example.net"),
               "RE: ProvaCloud BAA - CRH comments",
               "2026-11-17 09:48 -0800",
               OL(body),
               cc=[ad("Legal Ops", "legalops@provacloud.example.net"), ad("Ashcombe, Gordon", "gashcombe@phv-law.example.com")],
               irt="<7f1c02a9e4b34d1e@provacloud.example.net>",
               extra=[("Thread-Topic", "ProvaCloud BAA - CRH comments"), ("Thread-Index", "AdtYQm3k7d1p0Q==")])


@reg("none", "trap-subpoena-procedure-policy-draft",
     "draft HIM policy on subpoenas (psychotherapy notes, Part 2, HIV, reproductive care attestation); no patient")
def _():
    doc = docx([
        [("b", "POLICY HIM-214: RESPONDING TO SUBPOENAS, COURT ORDERS AND OTHER LEGAL PROCESS")],
        "Owner: Health Information Management. Approver: Office of General Counsel. Draft 3.",
        [("b", "5.1 Subpoena not accompanied by a court order")],
        ["HIM will not release records in response to a subpoena signed only by an attorney unless ", ("ins", "the requesting party provides "), "satisfactory assurance that the individual has been given notice and an opportunity to object, or that a qualified protective order has been sought", ("del", " by the parties"), "."],
        [("b", "5.4 Special categories")],
        ["(a) Psychotherapy notes are never released in response to a subpoena. ", ("ins", "Refer to Legal the same business day.")],
        ["(b) Records of the Cedar House programs (42 CFR Part 2) may be disclosed only under a court order that meets 42 CFR 2.64 or 2.65. A subpoena alone is not sufficient. ", ("del", "HIM may acknowledge that the patient is known to the program."), ("ins", "HIM must not confirm or deny that the individual is or was a patient of the program.")],
        ["(c) HIV test results and genetic test results require the specific written authorization required by state law ", ("ins", "(see Appendix C for the current state citation)"), "."],
        [("ins", "(d) Requests for records of reproductive health care require the signed attestation described in 45 CFR 164.509 before release. HIM will route these to the Privacy Office.")],
        [("b", "6. Fees")],
        ["Copy fees follow Appendix D. ", ("del", "Fees may be waived for attorneys on request."), ("ins", "Fees are not waived.")],
    ], author="D. Pham (HIM)")
    body = """\
Gordon and Malik,

Here is draft 3 of HIM-214 with my changes tracked. Most of this is cleanup after the audit. The substantive changes are:

* 5.4(b): we can no longer "acknowledge the patient is known to the program" for Cedar House. I took that out completely. Please confirm the wording about not confirming or denying.
* 5.4(d): new reproductive health attestation step. I put the Privacy Office in the workflow because HIM staff should not be judging whether an attestation is valid.
* Fee waiver removed. We had three firms asking for it this year.

Comments back by 12/1 if possible. I would like this at the Policy Committee on 12/10.

Thanks -
Dana

Dana Pham, RHIA, CCS
Director, Health Information Management
Calloway Ridge Health
P: 503-555-0134 | F: 503-555-0135

""" + CR_DISC
    return msg(ad("Pham, Dana", "dpham@" + CR),
               [ad("Ashcombe, Gordon", "gashcombe@phv-law.example.com"), ad("Haddad, Malik", "mhaddad@" + CR)],
               "HIM-214 Subpoenas & Legal Process - draft 3 for Legal review",
               "2026-11-19 14:22 -0800",
               MP("mixed", T(body), A(doc, DOCX, "HIM-214_Subpoenas_Draft3_tracked.docx")))


@reg("none", "trap-breach-tabletop-exercise-injects",
     "breach-response tabletop with fictional injects (stolen infusion-centre laptop, record counts); no real person")
def _():
    pages = [[
        "**Calloway Ridge Health - Privacy & Security Tabletop Exercise",
        "**Scenario: Lost Device / Potential Breach of Unsecured PHI",
        "Exercise date: December 9, 2026, 1:00-3:30 PM, Board Room B",
        "Facilitator: Cobaltline Security. All names, counts and events below are FICTIONAL.",
        "",
        "**Inject 1 (T+0, 08:10)",
        "The Service Desk receives a call: a laptop assigned to the Oncology Infusion Center",
        "was stolen from a staff member's car overnight. The staff member believes the device",
        "was encrypted but is not sure. The laptop was used to run infusion chair schedules.",
        "Questions: Who is notified first? Who confirms the encryption status? How?",
        "",
        "**Inject 2 (T+3h)",
        "Endpoint team reports the device last checked in 11 days ago. BitLocker status unknown.",
        "A local export on the device may include ~3,900 rows: name, MRN, DOB, regimen, infusion dates.",
        "Questions: Is this a breach? Walk through the four-factor risk assessment.",
        "",
        "**Inject 3 (T+1 day)",
        "A reporter from a local TV station calls Communications asking about \"stolen cancer patient data\".",
        "Questions: Holding statement? Who approves it? Do we confirm numbers?",
        "",
        "**Inject 4 (T+6 days)",
        "The device is recovered by police. The forensic vendor confirms the drive was encrypted at the",
        "time of theft. Questions: Does this change notification? What do we document?",
    ], [
        "**Roles",
        "Incident Commander: CISO | Privacy: CPO | Legal: Associate GC | Comms: VP Marketing & Comms",
        "Clinical: Director, Oncology Services | IT: Endpoint Engineering | Risk: Director, Risk Management",
        "",
        "**Success criteria",
        "1. Encryption status confirmed within 4 hours.",
        "2. Risk assessment documented in PrivacyTrack within 2 business days.",
        "3. Holding statement approved by Legal and the CEO within 2 hours of the media call.",
        "4. The 60-day notification clock is understood and tracked from the date of discovery.",
        "",
        "Hot wash and after-action report to follow within 10 business days.",
    ]]
    body = """\
All,

Reminder that the annual privacy and security tabletop is Wednesday 12/9 from 1:00 to 3:30 in Board Room B (Teams for off-site). The participant packet with the injects is attached. Please read the scenario before you come. Do not forward it to your teams. We want the reactions in the room to be real.

Everything in the scenario is made up. If it looks like something that happened here, that is the point of the exercise.

Parking validation at the front desk.

Thanks,
Kwame

Kwame Asante-Lindgren, CISSP
Chief Information Security Officer
Calloway Ridge Health - Information Security
Office 503-555-0150 | Security Operations Center (24x7) 503-555-0151
Report phishing: phish@callowayridge.example.org

""" + CR_DISC
    return msg(ad("Asante-Lindgren, Kwame", "kasante@" + CR),
               ad("IR Tabletop Participants", "ir-tabletop-2026@" + CR),
               "Tabletop 12/9 - participant packet (scenario + injects)",
               "2026-12-01 10:03 -0800",
               MP("mixed", T(body), A(pdf(pages, flate=True, title="Tabletop 2026 Participant Packet"), "application/pdf", "CRH_Tabletop_2026_Participant_Packet.pdf")))


@reg("none", "trap-reappointment-packet-npi-dea",
     "medical staff reappointment reminder with a physician's NPI, DEA, licence and board dates; no patient")
def _():
    body = """\
Dr. Hartigan,

Your reappointment to the Medical Staff of St. Odile Regional Medical Center is due for the March 2027 Credentials Committee. Your current appointment expires 02/28/2027. To stay on schedule, please complete the online application by January 8.

Our records show:

  Name:                Lionel P. Hartigan, MD
  Department:          Medicine / Hospital Medicine
  NPI:                 1260181593
  State license:       MD-48817, expires 06/30/2027
  DEA registration:    BH4852530, expires 01/31/2027  <-- expires before reappointment
  State CSR:           CS-220913, expires 01/31/2027
  Board certification: ABIM Internal Medicine, MOC participating
  PLI carrier:         Granite Shoals Mutual, policy GSM-HM-44172

Items we need from you:
  1. Copy of the renewed DEA certificate once issued (please renew at least 45 days ahead)
  2. Updated state controlled substance registration
  3. CME attestation (50 Category 1 hours for the two-year cycle)
  4. Signed health status and practitioner attestation questions (in the application)
  5. Case log or OPPE attestation for any privileges you want to keep but used fewer than 6 times

The application link is in the portal: https://credentialing.stodile.example.org/reapp

Please call me with any questions.

Bernadette Ruiz-Kemper, CPMSM, CPCS
Medical Staff Services Coordinator
St. Odile Regional Medical Center
2200 Oriel Avenue, Ostrander, WA 98999
Tel: (360) 555-0188  Fax: (360) 555-0189
bruizkemper@stodile.example.org

""" + SO_DISC
    return msg(ad("Ruiz-Kemper, Bernadette", "bruizkemper@" + SO),
               ad("Hartigan, Lionel MD", "lhartigan@" + SO),
               "Reappointment 2027 - application due 1/8; DEA expires 1/31",
               "2026-11-23 08:15 -0800",
               T(body))


@reg("none", "trap-job-posting-part2-privacy-analyst",
     "job posting for a privacy analyst for behavioural health, Part 2, HIV and genetic disclosures")
def _():
    text = """\
Privacy Analyst II - Behavioral Health & Substance Use Programs
Requisition 26-04418 | Full time, hybrid (Tamsin Bay, OR) | Office of Compliance & Privacy

Calloway Ridge Health is hiring a Privacy Analyst II to support our behavioral health service line and the Cedar House substance use disorder programs.

What you will do:
- Review requests to disclose records of our 42 CFR Part 2 programs (withdrawal management, opioid treatment program, IOP) and confirm that consents and court orders meet the rule.
- Handle special-category requests: psychotherapy notes, HIV test results, genetic test results, and reproductive health care records that need an attestation.
- Investigate privacy complaints and inappropriate-access alerts, and document breach risk assessments.
- Train behavioral health staff on minimum necessary, adolescent confidentiality and re-disclosure notices.

What you bring:
- Bachelor's degree and 3+ years in healthcare privacy, HIM release of information or compliance
- CHPC, CHPS or CIPP/US preferred
- Working knowledge of HIPAA, 42 CFR Part 2 and state mental health confidentiality law

Pay range: $78,400 - $101,900 per year, based on experience. Benefits include medical, dental, vision, 403(b) match, tuition assistance and an employee assistance program.

Apply: https://careers.callowayridge.example.org/jobs/26-04418
Questions: talent@callowayridge.example.org or 503-555-0120

Calloway Ridge Health is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.
"""
    html = """\
<html><head><meta charset="us-ascii"><style>body{font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222}h2{color:#0a4d68}</style></head>
<body>
<h2>Privacy Analyst II &ndash; Behavioral Health &amp; Substance Use Programs</h2>
<p><b>Requisition 26-04418</b> | Full time, hybrid (Tamsin Bay, OR) | Office of Compliance &amp; Privacy</p>
<p>Calloway Ridge Health is hiring a Privacy Analyst II to support our behavioral health service line and the Cedar House substance use disorder programs.</p>
<h3>What you will do</h3>
<ul>
<li>Review requests to disclose records of our 42 CFR Part 2 programs (withdrawal management, opioid treatment program, IOP) and confirm that consents and court orders meet the rule.</li>
<li>Handle special-category requests: psychotherapy notes, HIV test results, genetic test results, and reproductive health care records that need an attestation.</li>
<li>Investigate privacy complaints and inappropriate-access alerts, and document breach risk assessments.</li>
<li>Train behavioral health staff on minimum necessary, adolescent confidentiality and re-disclosure notices.</li>
</ul>
<h3>What you bring</h3>
<ul>
<li>Bachelor's degree and 3+ years in healthcare privacy, HIM release of information or compliance</li>
<li>CHPC, CHPS or CIPP/US preferred</li>
<li>Working knowledge of HIPAA, 42 CFR Part 2 and state mental health confidentiality law</li>
</ul>
<p><b>Pay range:</b> $78,400 &ndash; $101,900 per year, based on experience. Benefits include medical, dental, vision, 403(b) match, tuition assistance and an employee assistance program.</p>
<p><a href="https://careers.callowayridge.example.org/jobs/26-04418">Apply now</a> &middot; Questions: <a href="mailto:talent@callowayridge.example.org">talent@callowayridge.example.org</a> or 503-555-0120</p>
<p style="font-size:11px;color:#666">Calloway Ridge Health is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.</p>
</body></html>
"""
    return msg(ad("Calloway Ridge Careers", "careers-noreply@" + CR),
               ad("Compliance Professionals Network", "cpn-jobs@lists.example.net"),
               "Now hiring: Privacy Analyst II - Behavioral Health & Part 2 Programs (Req 26-04418)",
               "2026-11-04 06:00 -0800",
               MP("alternative", T(text), T(html, "html", wrap=False, cte="quoted-printable")),
               extra=[("List-Unsubscribe", "<mailto:unsubscribe-cpn@lists.example.net>"), ("Precedence", "bulk")])


@reg("none", "trap-rfp-bh-ehr-consent-segmentation",
     "RFP addendum Q&A on Part 2 consent, HIV and genetic result segmentation in a BH EHR; no patient")
def _():
    body = """\
RFP 2026-117 - Behavioral Health Electronic Health Record and Consent Management
ADDENDUM No. 2 - Responses to Vendor Questions

Issued by: St. Odile Regional Medical Center, Supply Chain & Contracting
Issue date: November 6, 2026
Proposal due date (unchanged): December 4, 2026, 3:00 PM Pacific

This addendum is issued to all registered proposers. Questions are reproduced as submitted, without the vendor's name.

Q1. Section 4.3 requires "segmentation of 42 CFR Part 2 data." Is tagging at the encounter level sufficient, or must data be segmented at the data element level?
A1. Element level. A Part 2 diagnosis or medication (for example, buprenorphine prescribed by the opioid treatment program) must not appear in a shared medication list unless the patient's consent allows it.

Q2. Will SORMC require the system to support the Data Segmentation for Privacy (DS4P) security labels?
A2. Preferred, not mandatory. Describe your roadmap.

Q3. Do HIV test results require separate handling from other labs?
A3. Yes. State law requires specific authorization for re-disclosure of HIV test results. The system must flag them and suppress them from outbound release-of-information packets unless an override is documented.

Q4. Are genetic test results in scope?
A4. Yes, for the psychiatric pharmacogenomics and the genetic counseling clinic. They must be restricted views.

Q5. Adolescent confidentiality: must the portal hide contraception and STI encounters from parent proxies?
A5. Yes, for patients 13-17 in accordance with state minor-consent law. Please describe configuration, not custom code.

Q6. Number of concurrent users?
A6. 420 named users, approximately 160 concurrent at peak.

Q7. Is a hosted (SaaS) solution acceptable?
A7. Yes. Vendor must sign the SORMC Business Associate Agreement without changes to Sections 4 (Breach) and 6 (Offshore Access). If the vendor will act as a Qualified Service Organization for Part 2, say so.

All other terms of the RFP remain unchanged. Submit questions only through the procurement portal: https://bids.stodile.example.org/rfp/2026-117

Kenji Albrecht-Moreno, CPSM
Senior Contract Manager, Supply Chain & Contracting
St. Odile Regional Medical Center
Phone (360) 555-0192 | kalbrechtmoreno@stodile.example.org

""" + SO_DISC
    return msg(ad("SORMC Contracting", "contracting@" + SO),
               ad("RFP 2026-117 Registered Proposers", "rfp2026-117@" + SO),
               "RFP 2026-117 Addendum No. 2 - Responses to Vendor Questions",
               "2026-11-06 15:40 -0800",
               T(body),
               extra=[("Reply-To", "kalbrechtmoreno@" + SO)])


@reg("none", "trap-fertility-landing-page-copy",
     "marketing copy for a fertility centre (IVF, egg freezing, PGT-A), testimonial left as placeholder")
def _():
    html = """\
<html><body style="font-family:Georgia,serif">
<p>Hi Tomasz,</p>
<p>Final copy for the fertility center landing page is below. Legal signed off this morning (please keep the footnote about success rates word for word). Hero image: the sunrise over the bay one, not the stock nursery photo.</p>
<hr>
<h1>Calloway Ridge Fertility Center</h1>
<h2>Building families, on your timeline.</h2>
<p>Whether you are just starting to ask questions or have been trying for a while, our reproductive endocrinologists, embryologists and nurses are here to help, close to home.</p>
<h3>Services</h3>
<ul>
<li><b>Fertility evaluation</b> for individuals and couples</li>
<li><b>Ovulation induction and IUI</b></li>
<li><b>In vitro fertilization (IVF)</b>, including ICSI and frozen embryo transfer</li>
<li><b>Egg freezing</b> (oocyte cryopreservation) for medical or personal reasons, including before cancer treatment</li>
<li><b>Preimplantation genetic testing (PGT-A / PGT-M)</b> with genetic counseling</li>
<li><b>Donor egg, donor sperm</b> and gestational carrier coordination</li>
<li><b>LGBTQ+ family building</b></li>
</ul>
<h3>Meet our team</h3>
<p>Anjali Verghese, MD, FACOG, Medical Director, Reproductive Endocrinology &amp; Infertility<br>
Marcus Feldmann-Oyelaran, MD, Reproductive Endocrinology &amp; Infertility<br>
Ines Castellanos, PhD, HCLD, Laboratory Director</p>
<blockquote>[PATIENT STORY PLACEHOLDER. Do not publish. Waiting on signed marketing authorization.]</blockquote>
<p><a href="https://www.callowayridge.example.org/fertility/consult">Request a consultation</a> or call 503-555-0170.</p>
<p style="font-size:11px">*Live birth rates per intended egg retrieval are reported to the national assisted reproductive technology registry and may not be comparable across clinics. Individual results vary.</p>
<hr>
<p>Thanks! Can we have it on staging by the 20th?</p>
<p>Sofia Brandvold<br>Senior Content Strategist, Marketing &amp; Communications<br>Calloway Ridge Health<br>503-555-0172</p>
</body></html>
"""
    text = """\
Hi Tomasz,

Final copy for the fertility center landing page is below (HTML version has the formatting). Legal signed off this morning. Please keep the footnote about success rates word for word.

Calloway Ridge Fertility Center
Building families, on your timeline.

Services: fertility evaluation; ovulation induction and IUI; IVF including ICSI and frozen embryo transfer; egg freezing (oocyte cryopreservation), including before cancer treatment; preimplantation genetic testing (PGT-A / PGT-M) with genetic counseling; donor egg, donor sperm and gestational carrier coordination; LGBTQ+ family building.

Team: Anjali Verghese, MD, FACOG (Medical Director, REI); Marcus Feldmann-Oyelaran, MD (REI); Ines Castellanos, PhD, HCLD (Laboratory Director).

[PATIENT STORY PLACEHOLDER. Do not publish. Waiting on signed marketing authorization.]

Request a consultation: https://www.callowayridge.example.org/fertility/consult or 503-555-0170.

Thanks! Can we have it on staging by the 20th?

Sofia Brandvold
Senior Content Strategist, Marketing & Communications
Calloway Ridge Health
503-555-0172
"""
    return msg(ad("Brandvold, Sofia", "sbrandvold@" + CR),
               ad("Tomasz Wierzbicki", "tomasz@pixelharbor.example.com"),
               "Fertility Center landing page - FINAL copy (legal approved)",
               "2026-11-13 12:17 -0800",
               MP("alternative", T(text), T(html, "html", cte="quoted-printable")))


@reg("none", "trap-adolescent-mh-campaign-brief",
     "agency campaign brief for adolescent mental health and eating-disorder services; audience segments only")
def _():
    body = """\
Hi Sofia, hi Dr. Mbeki,

As promised, the creative brief for the winter adolescent behavioral health campaign. Short version in the body, full deck on the share link.

CAMPAIGN: "It's OK to Ask" (working title)
CLIENT: Calloway Ridge Health - Behavioral Health Service Line
FLIGHT: January 12 - March 29, 2027
BUDGET: $184,000 media + $36,500 production

OBJECTIVE
Raise awareness of the new adolescent intensive outpatient program and the eating disorders PHP. Get parents to call the intake line before a crisis instead of showing up in the ED.

AUDIENCES
1. Parents of 12-17 year olds in the three-county service area (primary)
2. School counselors and pediatric practices (referral sources)
3. Teens themselves (Instagram and TikTok only, reviewed by the clinical team)

KEY MESSAGES
- Anxiety, depression and disordered eating are common and treatable.
- You do not need a diagnosis to call. Our intake team will help you figure out the next step.
- In a crisis, call or text 988.

MANDATORIES
- 988 Suicide & Crisis Lifeline on every placement
- No depictions of self-harm, weight, food restriction or bodies in a way that could trigger. We follow safe messaging guidelines
- Intake line 503-555-0181 (not the main switchboard)
- No real patient stories in phase 1

CHANNELS
Paid social (Meta, TikTok), streaming audio, 14 transit shelters, school newsletter inserts, pediatric office posters, search.

MEASUREMENT
Intake line calls (tracked number), landing page visits, IOP referrals from pediatric practices. BH will report aggregate intake counts monthly, no patient data.

Deck: https://share.fieldnote.example.com/crh/its-ok-to-ask-brief-v2

Thanks,
Oluwaseun

Oluwaseun Adeyemi-Park
Account Director | Fieldnote Creative
m +1 971-555-0144 | oadeyemipark@fieldnote.example.com
fieldnote.example.com
"""
    return msg(ad("Oluwaseun Adeyemi-Park", "oadeyemipark@fieldnote.example.com"),
               [ad("Brandvold, Sofia", "sbrandvold@" + CR), ad("Mbeki, Thandiwe MD", "tmbeki@" + CR)],
               "Creative brief - adolescent BH winter campaign (\"It's OK to Ask\")",
               "2026-11-20 17:26 -0800",
               T(body))


@reg("none", "trap-board-quality-dashboard",
     "board quality scorecard (sepsis bundle, CLABSI, readmissions, falls) in aggregate; PDF")
def _():
    pages = [[
        "**St. Odile Regional Medical Center - Board Quality & Patient Safety Committee",
        "**Quality & Safety Scorecard, Q3 FY2027 (July - September 2026)",
        "",
        "Measure                                   Q1      Q2      Q3      Target",
        "SEP-1 bundle compliance                   58%     61%     62%     >= 65%",
        "Sepsis mortality (risk adjusted O/E)      0.94    0.91    0.88    <= 0.90",
        "CLABSI SIR                                0.82    0.77    0.71    <= 0.80",
        "CAUTI SIR                                 1.06    0.98    0.94    <= 0.90",
        "C. difficile SIR                          0.64    0.70    0.59    <= 0.75",
        "Falls with injury per 1,000 pt days       0.52    0.47    0.41    <= 0.45",
        "HAPI stage 3+ (count)                     3       1       2       0",
        "30-day readmission, heart failure         21.4%   20.2%   19.8%   <= 19.0%",
        "30-day readmission, COPD                  18.1%   17.6%   16.9%   <= 18.0%",
        "Serious safety events (count)             1       3       2       0",
        "HCAHPS overall rating 9-10                68%     70%     71%     >= 72%",
        "ED left without being seen                3.9%    3.1%    2.8%    <= 2.5%",
        "",
        "Notes:",
        "1. The two Q3 serious safety events will be reviewed in executive session (peer review privileged).",
        "2. CAUTI: 4 West and ICU account for 70% of events; a nurse-driven removal protocol starts 11/1.",
        "3. SEP-1 failures: 64% are the repeat lactate within 6 hours.",
    ]]
    body = """\
Committee members,

The Q3 scorecard for the December 3 meeting is attached. Highlights: CLABSI and C. diff are at their best level in three years. SEP-1 and CAUTI are still below target. The two serious safety events will be presented in executive session, so they are not described in the packet.

Please do not forward the scorecard outside the committee until the full board has received it.

Regards,
Dr. Abigail Thornquist
Chief Quality & Patient Safety Officer
St. Odile Regional Medical Center
(360) 555-0110

""" + SO_DISC
    return msg(ad("Thornquist, Abigail MD", "athornquist@" + SO),
               ad("Board Quality Committee", "board-quality@" + SO),
               "Q3 Quality & Safety Scorecard - Dec 3 committee packet",
               "2026-11-25 13:00 -0800",
               MP("mixed", T(body), A(pdf(pages, flate=True, title="Q3 Quality Scorecard"), "application/pdf", "SORMC_Q3FY27_Quality_Scorecard.pdf")))


@reg("none", "trap-press-holding-statement-outage",
     "draft press holding statement about a network outage and ambulance diversion; no patient")
def _():
    body = """\
Sending v3 with Legal's edits accepted. Two open questions for Marguerite (CEO) and Kwame flagged in brackets. I would like this approved by 4:00 PM so it is ready if KWXR calls back.

-- DRAFT v3 - NOT FOR RELEASE --

HOLDING STATEMENT - Calloway Ridge Health network disruption

On the morning of November 30, Calloway Ridge Health identified a network disruption affecting some of our computer systems. We immediately took systems offline as a precaution, started our established downtime procedures and notified law enforcement. We are working with outside cybersecurity experts to investigate.

Patient care continues. Our hospitals and clinics remain open, and our teams are trained to deliver care safely using downtime procedures. For a short period this morning we diverted ambulances carrying stroke and heart attack patients to nearby hospitals. That diversion ended at 2:00 PM.

[Kwame: can we say "no evidence that patient information was accessed"? Legal prefers "our investigation is ongoing" until forensics reports.]

Patients with appointments should plan to attend unless they hear from us. Pharmacies are open. Patients with questions can call 503-555-0199.

We will provide updates at callowayridge.example.org/update.

[Marguerite: do we name the forensic firm? Recommendation: no.]

-- END DRAFT --

Media contact: Rafaela Nunes-Whitaker, 503-555-0177 (24 hours)

Rafaela Nunes-Whitaker
Vice President, Marketing & Communications
Calloway Ridge Health
rnuneswhitaker@callowayridge.example.org | m 503-555-0177

""" + CR_DISC
    return msg(ad("Nunes-Whitaker, Rafaela", "rnuneswhitaker@" + CR),
               [ad("Delacourt, Marguerite", "mdelacourt@" + CR), ad("Asante-Lindgren, Kwame", "kasante@" + CR)],
               "DRAFT v3 holding statement - network disruption (approval needed by 4 PM)",
               "2026-11-30 13:12 -0800",
               T(body),
               cc=[ad("Haddad, Malik", "mhaddad@" + CR)],
               extra=[("Importance", "high"), ("X-Priority", "1")])


@reg("none", "trap-em-coding-audit-summary",
     "external E/M coding audit results by de-identified provider code; aggregate only")
def _():
    rows = [["Provider code", "Specialty", "Encounters reviewed", "Agreed", "Overcoded", "Undercoded", "Modifier 25 errors", "Accuracy %"]]
    r = random.Random("em-audit")
    specs = ["Family Medicine", "Family Medicine", "Internal Medicine", "Internal Medicine", "Cardiology",
             "Endocrinology", "Psychiatry (outpatient)", "OB/GYN", "Pulmonology", "Urgent Care"]
    tot = [0, 0, 0, 0, 0]
    for i, s in enumerate(specs, 1):
        over = r.randint(0, 7)
        under = r.randint(0, 3)
        agreed = 30 - over - under
        m25 = r.randint(0, 3)
        rows.append(["P%02d" % i, s, 30, agreed, over, under, m25, "%.1f" % (100 * agreed / 30)])
        for j, v in enumerate((30, agreed, over, under, m25)):
            tot[j] += v
    rows.append(["TOTAL", "", tot[0], tot[1], tot[2], tot[3], tot[4], "%.1f" % (100 * tot[1] / tot[0])])
    body = """\
Good afternoon Ms. Lindqvist,

Penwright has completed the FY2026 annual evaluation and management (E/M) coding review for Brenmoor Physician Partners. Summary results are below. The provider-level report, keyed to the provider codes agreed in the engagement letter, is attached. The encounter-level workbook will be delivered through the secure portal only.

Scope: 300 established-patient office visits (CPT 99212-99215) with dates of service April 1 - September 30, 2026. Thirty encounters per provider for ten providers, selected at random from the 837P extract.

Overall coding accuracy: %s%% (benchmark 90%%). Most variance is overcoding of 99214 when medical decision making supports 99213. Time-based coding was often documented without total time on the date of the encounter.

Key findings:
1. 99214 vs 99213 (MDM). The most common error. Problems are often counted as "chronic illness with exacerbation" when the note describes a stable condition.
2. Modifier 25 on preventive + problem visits. Several visits had no separately identifiable problem-oriented service documented.
3. Psychiatry add-on codes (90833/90836). Psychotherapy time was not documented separately from E/M time in four encounters.
4. Copy-forward. Review-of-systems and exam text identical across visits for the same provider. Not a coding error under the 2021 guidelines, but a compliance risk.

Recommendations: targeted education for P03, P07 and P10; re-audit of those three in Q2; an EHR smart-phrase for total time; and a reminder about modifier 25 documentation.

We are available to present at your January compliance committee.

Sincerely,

Gwendolyn Achebe-Strand, CPC, CPMA, CRC
Senior Manager, Coding Compliance
Penwright Coding Compliance LLC
200 Cobb Street, Suite 12, Quillfield, MO 64999
Tel 816-555-0138
gachebestrand@penwright.example.com

This e-mail and any attachment are confidential and intended only for the addressee. Penwright Coding Compliance LLC is not a law firm and this report is not legal advice.
""" % rows[-1][-1]
    return msg(ad("Gwendolyn Achebe-Strand", "gachebestrand@penwright.example.com"),
               ad("Lindqvist, Marta", "mlindqvist@" + BM),
               "Brenmoor FY2026 E/M coding review - summary results",
               "2026-10-29 15:51 -0500",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "Brenmoor_EM_Review_FY26_by_provider.csv", cte="quoted-printable", cs="us-ascii")),
               cc=ad("Compliance", "compliance@" + BM))


@reg("none", "trap-privacy-training-quiz-scenarios",
     "privacy week quiz with generic snooping and disclosure scenarios; nobody identified")
def _():
    body = """\
PRIVACY AWARENESS WEEK - DAILY QUIZ #3

Answer all five and reply to this message by Friday for a chance to win one of ten $25 cafeteria cards. (Replies go to the Privacy Office mailbox only.)

1. A unit clerk sees that a neighbor has been admitted to the floor she works on. She does not look at the chart but tells her husband at dinner. Is that a privacy violation?
   a) No, she did not access the record
   b) Yes. Sharing information learned at work is a disclosure, even with no chart access
   c) Only if the neighbor complains

2. A physician asks you to e-mail a discharge summary to an outside cardiologist. Which is correct?
   a) Use your personal Gmail because the hospital mail is slow
   b) Use hospital e-mail with [secure] in the subject line so it is encrypted
   c) Fax it to any number the physician gives you without confirming it

3. Which of these needs more than a standard HIPAA authorization before release?
   a) Records from our substance use disorder program (42 CFR Part 2)
   b) Psychotherapy notes
   c) HIV test results under state law
   d) All of the above

4. You get a call from someone who says they are a patient's daughter and asks for her mother's test results. You should:
   a) Verify the caller's identity and check that the patient has listed her as someone we may talk to
   b) Read the results to her. She knows the date of birth
   c) Hang up

5. You accidentally open the wrong patient's chart. What do you do?
   a) Nothing, it was an accident
   b) Close it and document the reason in the break-the-glass prompt or tell your manager
   c) Print it so you have proof

Answers will be posted Monday. Questions? Privacy Office, ext. 0102, or privacy@callowayridge.example.org.

Calloway Ridge Health - Office of Compliance & Privacy
"Privacy is everyone's job."
"""
    return msg(ad("Privacy Office", "privacy@" + CR),
               ad("All Staff - Calloway Ridge", "allstaff@" + CR),
               "Privacy Week Quiz #3 - win a cafeteria card",
               "2026-10-28 07:00 -0700",
               T(body),
               extra=[("Precedence", "bulk")])


@reg("none", "trap-phishing-sim-eob-lure-results",
     "phishing simulation report quoting an EOB-ready lure; click rates by department")
def _():
    body = """\
Leadership team,

Results of the November phishing simulation are below. The lure was a fake "Explanation of Benefits" notice. It went to 6,412 workforce members on 11/10. Staff on the revenue cycle and benefits lists fell for it much more often than anyone else.

LURE (as sent, reproduced for training):
    From: Member Services <noreply@corvane-eob-portal.example.net>
    Subject: Your Explanation of Benefits is ready - claim #88120-4471
    "Dear Member, your EOB for services on 11/02/2026 is available. A balance of $1,284.16 may be your responsibility. View your statement within 48 hours to avoid delays: [View EOB]"

Red flags in the lure: a lookalike domain, urgency, and a generic greeting. Also, payers do not e-mail balances for services you did not receive.

RESULTS BY DEPARTMENT (click rate / credential entry / reported)
  Patient Financial Services      22.4% / 9.1% / 31%
  Revenue Integrity & Coding      18.0% / 6.2% / 44%
  Human Resources & Benefits      16.7% / 5.0% / 38%
  Nursing - Inpatient             11.2% / 3.3% / 19%
  Medical Staff (physicians/APPs)  9.8% / 2.9% / 12%
  IT                               4.1% / 0.6% / 71%
  ORGANIZATION                    12.6% / 4.0% / 27%

Anyone who entered credentials was auto-enrolled in the 12-minute module, and their password was reset. Repeat clickers (3+ in 12 months) go to their VP per policy IS-118.

Next simulation: January, lure TBD. The Report Phish button is in every Outlook client. Please remind your teams to use it.

Thanks,
Information Security Awareness Program
Calloway Ridge Health
SOC: 503-555-0151 | phish@callowayridge.example.org

""" + CR_DISC
    return msg(ad("Security Awareness", "security-awareness@" + CR),
               ad("CRH Leadership Council", "leadership@" + CR),
               "November phishing simulation results - EOB lure",
               "2026-11-18 10:30 -0800",
               T(body))


@reg("none", "trap-vuln-scan-psych-ehr-hosts",
     "vulnerability-scan ticket for behavioural-health EHR and lab interface servers; host names only")
def _():
    body = """\
==== ServiceDesk Notification ====
Change/Problem: PRB0009312  [Priority 2 - High]
Short description: Q4 external + internal vuln scan - criticals on BH EHR and lab interface hosts
Assignment group: Infrastructure - Windows Server
Opened by: Cobaltline Managed Detection (integration user)
Opened: 2026-11-11 03:14 PST

Description:
Quarterly authenticated scan completed 11/10 22:00 - 11/11 02:40. 3 hosts with critical findings.

HOST                                   IP           FINDING                                         CVSS
bhapp-prd-01.bh.callowayridge.example.org  10.42.8.21   CVE-2026-21877 remote code execution (IIS)    9.8
bhapp-prd-02.bh.callowayridge.example.org  10.42.8.22   CVE-2026-21877 remote code execution (IIS)    9.8
labif-prd-02.callowayridge.example.org     10.42.12.7   TLS 1.0 enabled on HL7 listener port 6661      7.4
                                                        OpenSSL 1.1.1 end-of-life                      7.5

Notes from Cobaltline analyst (T. Villanueva):
- bhapp-prd-01/02 host the behavioral health EHR application tier (psychiatry, Cedar House SUD programs). These hosts are in the restricted BH VLAN. Recommend patching within 7 days per the critical SLA.
- labif-prd-02 carries the ORU/ORM feed to the reference lab. TLS 1.0 is needed by the reference lab's legacy VPN endpoint. Exception EXC-2026-044 expired 10/31.
- No evidence of exploitation in EDR telemetry.

Work notes:
2026-11-11 08:02 (J. Mwangi): Patch window requested with BH application owner for Sun 11/15 01:00-04:00. BH downtime forms to 4 North / 4 South / Detox charge nurses by Friday.
2026-11-11 08:40 (J. Mwangi): Lab interface - contacting Alderpoint Reference Laboratory IT re TLS 1.2 cutover.

To view this problem: https://servicedesk.callowayridge.example.org/nav_to.do?uri=problem.do?sys_id=9a31f2c4

You are receiving this because you are a member of "Infrastructure - Windows Server".
"""
    return msg(ad("ServiceDesk", "servicedesk@" + CR),
               ad("Infrastructure - Windows Server", "infra-windows@" + CR),
               "PRB0009312 assigned to your group - Q4 vuln scan criticals (BH EHR, lab interface)",
               "2026-11-11 03:14 -0800",
               T(body, wrap=False),
               mid_style="dotted",
               extra=[("Auto-Submitted", "auto-generated")])


@reg("none", "trap-dlp-false-positive-part-number",
     "DLP alert on an SSN-shaped catalogue number in a supply-chain e-mail; analyst closes as false positive")
def _():
    body = """\
DLP INCIDENT 2026-118804 - status changed to CLOSED (False Positive)

Policy matched:    HIPAA - US SSN (pattern + keyword proximity)
Severity:          Medium
Action taken:      Message quarantined, sender notified
Channel:           Outbound SMTP
Sender:            tgallardo@stodile.example.org (Supply Chain - Buyer II)
Recipient(s):      orders@meridianmedsupply.example.com
Subject:           PO 4500918227 - backorder substitution
Detected:          2026-11-03 14:51:07 PST

Matched content (context, 40 chars):
  "...please substitute Cat. No. 562-77-4410 (1500cc suction canister w/ lid) for the backordered..."
  "...qty 40 cs of 562-77-4410, ship to Dock 3..."

Analyst review (M. Okafor, 2026-11-03 15:20):
The matches are manufacturer catalog numbers in the vendor's NNN-NN-NNNN format, not SSNs. No names, DOBs or health information in the message or the attachment (PO PDF). Released from quarantine at 15:18. Recommend adding vendor catalog prefix "562-77-" to the SSN policy exception list. Ticket opened: CHG0031187.

Disposition:        False positive - released
Time to resolution: 29 min

This is an automated notification from the SORMC Data Loss Prevention console. Do not reply.
"""
    return msg(ad("DLP Console", "dlp-noreply@" + SO),
               [ad("Gallardo, Teodoro", "tgallardo@" + SO), ad("Security Operations", "secops@" + SO)],
               "[DLP] Incident 2026-118804 closed - False Positive - HIPAA SSN pattern",
               "2026-11-03 15:20 -0800",
               T(body, wrap=False),
               extra=[("Auto-Submitted", "auto-generated"), ("X-DLP-Incident", "2026-118804")])


@reg("none", "trap-airborne-isolation-room-pressure-log",
     "monthly negative-pressure room checks by room number; facilities data, no patient")
def _():
    rows = [["Room", "Unit", "Date tested", "Differential (in. w.c.)", "ACH", "Door closer OK", "Alarm OK", "Result", "Tech"]]
    r = random.Random("aiir")
    rooms = [("3W-312", "3 West Med/Surg"), ("3W-314", "3 West Med/Surg"), ("ICU-07", "MICU"), ("ICU-08", "MICU"),
             ("ED-14", "Emergency"), ("ED-15", "Emergency"), ("4N-401", "4 North Adult Psych"), ("PEDS-22", "Pediatrics"),
             ("BRONCH-1", "Endoscopy/Bronch"), ("OR-9", "Surgery"), ("L&D-6", "Labor & Delivery"), ("ONC-18", "Oncology")]
    for room, unit in rooms:
        dp = round(r.uniform(0.008, 0.031), 3)
        ach = r.choice([12, 12, 13, 14, 15, 16])
        res = "PASS" if dp >= 0.01 else "FAIL"
        rows.append([room, unit, "11/%02d/2026" % r.randint(2, 6), "-%.3f" % dp, ach, "Y", "Y", res, r.choice(["RV", "DK", "AL"])])
    fails = [x[0] for x in rows[1:] if x[7] == "FAIL"]
    body = """\
Hi Consuelo,

November AIIR verification is done for all 12 airborne infection isolation rooms. Log attached. Per policy we need -0.01 in. w.c. minimum and 12 ACH.

%s

Smoke tests were done on the same day as the digital readings. All door closers and local alarms worked.

Let me know if you want us there for the EOC rounds on the 18th.

Thanks,
Ray

Ray Vasquez-Tolliver
Facilities Engineering Supervisor, HVAC & Controls
St. Odile Regional Medical Center
Shop: (360) 555-0124 | Cell: (360) 555-0125
Work orders: https://fm.stodile.example.org
""" % (("Out of tolerance: %s. Work orders are open to rebalance the exhaust, and the rooms are tagged do-not-use for airborne isolation until retest." % ", ".join(fails)) if fails else "All rooms passed.")
    return msg(ad("Vasquez-Tolliver, Ray", "rvasqueztolliver@" + SO),
               ad("Ibarra, Consuelo RN CIC", "cibarra@" + SO),
               "Nov AIIR negative pressure verification log",
               "2026-11-06 14:08 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "AIIR_Verification_2026-11.csv", cte="7bit", cs="us-ascii")))


@reg("none", "trap-usp800-cleanroom-recert",
     "cleanroom certification findings for hazardous-drug compounding (chemo agents named); no patient")
def _():
    body = """\
Dear Mr. Iwasaki,

Attached please find the semi-annual certification report for the Ostrander Valley Hospital pharmacy sterile compounding suite (ISO 7 anteroom, ISO 7 hazardous drug buffer room with C-PEC and C-SEC), tested November 17, 2026 under USP <797> and <800>.

SUMMARY OF FINDINGS
1. HD buffer room pressure: -0.018 in. w.c. relative to anteroom. PASS (required -0.01 to -0.03).
2. Air changes per hour: HD buffer 34 ACH. PASS (minimum 30).
3. BSC (Class II Type A2) inflow and downflow velocities: PASS. HEPA integrity: PASS.
4. Viable air sampling: 2 of 9 locations above the ISO 7 action level (>10 CFU/m3). Location 4 (near the pass-through) 14 CFU, genus Penicillium; location 7 (HD room ceiling return) 12 CFU, genus Micrococcus.
5. Surface sampling: all below action levels.
6. Surface wipe sampling for hazardous drug residue (optional panel, cyclophosphamide / methotrexate / 5-fluorouracil / carboplatin platinum): cyclophosphamide detected at 0.6 ng/cm2 on the BSC work surface. Methotrexate and 5-FU not detected.

CORRECTIVE ACTIONS RECOMMENDED
- Investigate the excursions at locations 4 and 7. Re-clean with sporicidal agent and resample within 7 days.
- Review deactivation/decontamination for cyclophosphamide compounding and retrain technicians on closed-system transfer device use.
- Until resampling passes, limit beyond-use dating to Category 1 for CSPs compounded in the HD buffer room.

Please contact me to schedule resampling.

Respectfully,

Darnell Fischbach, RCCP-SC, CNBT
Field Certification Technician
Clearway Controlled Environments
Ph: 509-555-0133 | dfischbach@clearwayce.example.com
"""
    pages = [["**Clearway Controlled Environments - Certification Report",
              "Client: Ostrander Valley Hospital Pharmacy | Test date 11/17/2026 | Report CCE-26-1184",
              "Room: HD Buffer (ISO 7) | C-SEC pressure -0.018 in. w.c. | ACH 34 | PASS",
              "Viable air: Loc 4 14 CFU/m3 (ACTION) | Loc 7 12 CFU/m3 (ACTION) | others < 5",
              "HD wipe: cyclophosphamide 0.6 ng/cm2 BSC surface | MTX ND | 5-FU ND | Pt ND",
              "Technician: D. Fischbach | Reviewed: QA"]]
    return msg(ad("Darnell Fischbach", "dfischbach@clearwayce.example.com"),
               ad("Iwasaki, Noboru PharmD", "niwasaki@" + OV),
               "Certification report CCE-26-1184 - OVH sterile compounding (action levels exceeded)",
               "2026-11-19 09:27 -0800",
               MP("mixed", T(body), A(pdf(pages), "application/pdf", "CCE-26-1184_OVH_Certification.pdf")),
               cc=ad("Facilities OVH", "facilities@" + OV))


@reg("none", "trap-otp-pharmacy-quote-methadone-naloxone",
     "wholesaler quote to a Part 2 programme's pharmacy for methadone, buprenorphine and naloxone stock; no patient")
def _():
    body = """\
Hi Marguerite,

Updated quote for Cedar House's Q1 order as requested. Pricing holds through 12/31/2026. The C-II lines need a CSOS order from your DEA registrant before we can release them.

QUOTE Q-26-77810 - Cedar House Recovery Services, Opioid Treatment Program Pharmacy

Line  NDC            Description                                              Pack      Qty  Unit $    Ext $
1     00000-0412-01  Methadone HCl oral concentrate 10 mg/mL, dye-free        1000 mL   24   38.90     933.60
2     00000-0412-05  Methadone HCl oral concentrate 10 mg/mL, cherry          1000 mL   12   41.25     495.00
3     00000-7730-30  Buprenorphine/naloxone SL film 8 mg/2 mg                 30 films  40   96.40     3,856.00
4     00000-7731-30  Buprenorphine/naloxone SL film 2 mg/0.5 mg               30 films  10   34.80     348.00
5     00000-5120-02  Naloxone HCl nasal spray 4 mg                            2-pack    200  22.50     4,500.00
6     00000-8891-10  Naltrexone 50 mg tab                                     30 tabs   6    28.70     172.20
7     SUP-DISP-250   Dispensing pump calibration kit                          1 kit     2    145.00    290.00

Subtotal: $10,594.80   Freight: included   Est. delivery: 2 business days after CSOS order

Note on line 5: the naloxone qualifies for the state overdose-education distribution pricing if you tell us it is for the community kit program. If so we can rebill at $18.00.

Let me know if you want to add Sublocade. We need the REMS-certified setup form on file first.

Best,
Curtis

Curtis Mbatha-Lowell
Account Manager, Specialty & Behavioral Health Pharmacy
Meridian Medical Supply
Phone 503-555-0156 | Fax 503-555-0157
cmbathalowell@meridianmedsupply.example.com
"""
    return msg(ad("Curtis Mbatha-Lowell", "cmbathalowell@meridianmedsupply.example.com"),
               ad("Pharmacy Purchasing - Cedar House", "pharmacy-purchasing@" + CH),
               "Quote Q-26-77810 - OTP pharmacy Q1 (methadone, bup/nx, naloxone)",
               "2026-11-24 10:44 -0800",
               T(body, wrap=False))


@reg("none", "trap-rapid-hiv-test-kit-reorder",
     "reorder of rapid HIV test kits for an ED opt-out screening programme, with aggregate results")
def _():
    body = """\
Hi Ji-woo,

Can you place the standing order for the ED opt-out HIV screening program? We are running low faster than planned because triage is now offering the test to everyone 15-65.

  Item:     HIV-1/2 Ag/Ab rapid combo test, 25 tests/kit (item #LAB-44120)
  Qty:      30 kits (we used 27 in October)
  Controls: 4 boxes of kit controls (item #LAB-44121)
  Deliver:  ED lab, attn Charge Tech, by 11/20

Lot expiry: please no lots expiring before May 2027. The last shipment had 3 kits that expired in February and we had to toss them.

For the grant report, so you know why the volume went up: Q3 we ran 1,412 screens, 9 reactive, all 9 confirmed and linked to the ID clinic within 72 hours. The program grant reimburses kits, so please charge cost center 7215-GRANT, not the ED supply line.

Thanks!
Colette

Colette Brannigan-Ames, MSN, RN, CEN
Nurse Manager, Emergency Department
Ostrander Valley Hospital
Office (509) 555-0142 | Vocera "ED Manager"
cbranniganames@ostrandervalley.example.org
"""
    return msg(ad("Brannigan-Ames, Colette", "cbranniganames@" + OV),
               ad("Seo, Ji-woo (Supply Chain)", "jseo@" + OV),
               "Standing order - rapid HIV Ag/Ab kits for ED screening (cost ctr 7215-GRANT)",
               "2026-11-09 11:02 -0800",
               T(body))


@reg("none", "trap-reference-lab-monthly-statement",
     "reference genetics lab's client statement with test counts and totals; patient detail only in portal")
def _():
    html = """\
<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Dear Client Services Partner,</p>
<p>Your November 2026 client statement is ready. Patient-level line items are available in the Helixford Client Portal under <i>Billing &gt; Statements</i>. For your privacy this e-mail contains summary totals only.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef4"><th>Test</th><th>CPT</th><th>Count</th><th>Client rate</th><th>Amount</th></tr>
<tr><td>Hereditary cancer panel (47 genes)</td><td>81432</td><td>41</td><td>$675.00</td><td>$27,675.00</td></tr>
<tr><td>BRCA1/BRCA2 full sequence + del/dup</td><td>81162</td><td>9</td><td>$590.00</td><td>$5,310.00</td></tr>
<tr><td>Expanded carrier screening (300+ conditions)</td><td>81443</td><td>18</td><td>$495.00</td><td>$8,910.00</td></tr>
<tr><td>Cystic fibrosis carrier, common variants</td><td>81220</td><td>12</td><td>$160.00</td><td>$1,920.00</td></tr>
<tr><td>CYP2C19 genotype</td><td>81225</td><td>6</td><td>$95.00</td><td>$570.00</td></tr>
<tr><td>Lynch syndrome panel</td><td>81435</td><td>7</td><td>$560.00</td><td>$3,920.00</td></tr>
<tr><td>Huntington disease CAG repeat analysis</td><td>81401</td><td>2</td><td>$310.00</td><td>$620.00</td></tr>
<tr><td colspan="4"><b>Total due</b></td><td><b>$48,925.00</b></td></tr>
</table>
<p>Account: CRH-OUTREACH-0087 | Statement date 12/01/2026 | Terms Net 45 | Remit to Helixford Genomics, Dept 4410, PO Box 9921, Larkin, CA 94999</p>
<p>Questions: <a href="mailto:clientbilling@helixford.example.com">clientbilling@helixford.example.com</a> or 1-800-555-0131.</p>
<p style="font-size:11px;color:#777">Helixford Genomics, Inc. CLIA-certified and CAP-accredited laboratory. This message was sent from an unmonitored address.</p>
</body></html>
"""
    return msg(ad("Helixford Client Billing", "noreply-billing@helixford.example.com"),
               ad("Lab Outreach Billing", "lab-outreach-billing@" + CR),
               "Helixford Genomics - November 2026 client statement (CRH-OUTREACH-0087)",
               "2026-12-01 05:30 -0800",
               T(html, "html", cte="quoted-printable"))


@reg("none", "trap-obgyn-privilege-delineation",
     "OB/GYN privilege delineation for a named physician (D&E, oocyte retrieval criteria); about the doctor, no patient")
def _():
    body = """\
Dr. Okonjo,

Welcome. I am processing your initial appointment application for the Department of Obstetrics & Gynecology at Ostrander Valley Hospital. I need two changes to your privilege delineation form before it can go to the department chair:

1. CORE OB/GYN PRIVILEGES - you checked all items. Fine as submitted.

2. SPECIAL PRIVILEGES - each needs the supporting documentation listed on the form:
   [x] Dilation and evacuation, 14 0/7 to 20 6/7 weeks - requires case log of at least 20 procedures in the past 24 months. We received a log of 14 procedures. Please send the rest or reduce the request to "up to 16 weeks".
   [x] Hysteroscopic procedures, operative - case log received. OK.
   [x] Transvaginal oocyte retrieval - this is an REI privilege at OVH. It requires REI fellowship completion OR 25 supervised retrievals documented by the fellowship program director. Not received.
   [ ] Robotic-assisted hysterectomy - not requested.

3. FPPE - All new appointees have focused professional practice evaluation for the first 6 cases in each special privilege. Dr. Wexler will be your proctor.

Please send the documents by 12/11 so the file can go to the Credentials Committee on 12/16 and the Board on 12/21.

Thank you,

Yolanda Fairbrother-Cho
Credentialing Specialist, Medical Staff Office
Ostrander Valley Hospital
410 Cascade Loop, Ostrander Valley, WA 98998
Phone: (509) 555-0186 | Fax: (509) 555-0187
yfairbrothercho@ostrandervalley.example.org

Confidential credentialing and peer review information protected under state law. Do not forward.
"""
    return msg(ad("Fairbrother-Cho, Yolanda", "yfairbrothercho@" + OV),
               ad("Renata Okonjo MD", "rokonjo.md@mailbox.example.net"),
               "OVH initial appointment - privilege delineation OB/GYN (items needed)",
               "2026-11-30 16:19 -0800",
               T(body))


@reg("none", "trap-irb-amendment-approval-prep-study",
     "IRB approval letter for an amendment to a PrEP adherence study; protocol-level, no subject")
def _():
    body = """\
WEXCOMBE UNIVERSITY MEDICAL CENTER
Institutional Review Board (IRB-02, Biomedical)
FWA00099987

NOTICE OF APPROVAL - AMENDMENT

Date:               November 20, 2026
Principal Investigator: Folasade Ogunleye-Hart, MD, MPH, Division of Infectious Diseases
Protocol:           IRB-2025-1182, "Text-Message Support and Long-Acting Injectable PrEP Persistence Among Young Adults (TEXT-LAP)"
Amendment:          AM-04
Review type:        Expedited, categories 5 and 7
Approval date:      November 19, 2026
Continuing review:  Not required (minimal risk, per 45 CFR 46.109(f))

Changes approved:
1. Enrollment target raised from 240 to 320 participants.
2. Added site: Marisol Community Health Center (reliance agreement RA-2026-031 on file).
3. Revised consent form v5.0 dated 11/02/2026: adds optional storage of dried blood spots for tenofovir-diphosphate and cabotegravir drug-level testing.
4. Participant compensation increased to $40 per completed study visit.
5. Updated HIPAA authorization v3.0.

Use only the stamped v5.0 consent and v3.0 authorization, effective immediately. Participants already enrolled must be re-consented at their next visit for the optional dried blood spot storage only.

Reminders: report unanticipated problems within 5 business days, and protocol deviations per SOP-IRB-14.

Electronic signature:
Harold Bergqvist-Nunez, PhD, Chair, IRB-02

Wexcombe University Medical Center Human Research Protection Program
irb@med.wexcombe.example.org | 206-555-0166
This is a system-generated letter from eIRB. Do not reply to this message.
"""
    return msg(ad("eIRB System", "eirb-noreply@med.wexcombe.example.org"),
               ad("Ogunleye-Hart, Folasade", "fogunleyehart@med.wexcombe.example.org"),
               "IRB-2025-1182 AM-04 APPROVED - TEXT-LAP",
               "2026-11-20 12:01 -0800",
               T(body, wrap=False),
               cc=ad("ID Research Coordinators", "id-research@med.wexcombe.example.org"),
               extra=[("Auto-Submitted", "auto-generated")])


@reg("none", "trap-grant-budget-xr-naltrexone",
     "grant budget justification for an extended-release naltrexone study; participant costs only")
def _():
    body = """\
Hi Dr. Castellano,

I drafted the budget justification for the R01 resubmission (XR-NTX after withdrawal management). Please check the personnel effort and the drug line before Friday. The routing form is due to Sponsored Programs on 12/8 for the 1/5 receipt date.

BUDGET JUSTIFICATION - Year 1 (total direct costs $498,740)

A. Senior/Key Personnel
   Amadeo Castellano, MD (PI), 2.4 calendar months. Oversees all aspects of the trial and addiction medicine safety review.
   Noor Al-Khatib, PhD (Co-I, biostatistics), 1.2 calendar months.
   Sebastian Ruehle, MD (Co-I, Cedar House medical director), 0.6 calendar months. Site lead for the withdrawal management unit.

B. Other Personnel
   Research coordinator (1.0 FTE), research assistant (0.5 FTE), peer recovery specialist (0.5 FTE).

C. Participant Costs
   120 participants x 6 visits x $50 = $36,000 (Year 1 enrolls 60: $18,000)
   Transportation vouchers: $15 x 360 visits = $5,400

D. Study Drug
   Extended-release naltrexone 380 mg IM monthly injection. The manufacturer supplies the drug through an investigator-initiated agreement (letter of support attached), so there is no drug cost in the budget. Injection supplies $22 x 360 = $7,920.

E. Other Direct Costs
   Urine drug screening (point of care cups) $9 x 720 = $6,480
   LFT panels at screening and months 3 and 6, budgeted at the Medicare lab fee schedule
   Data safety monitoring board honoraria $3,000

F. Indirect costs at the negotiated rate of 56% MTDC.

The human subjects section still says "opioid use disorder" in one place and "OUD" in others. I will standardize after your edits.

Thanks,
Bettina

Bettina Marchetti-Ross, MPA
Research Administrator II, Office of Sponsored Programs
Wexcombe University Medical Center
Tel 206-555-0168 | bmarchettiross@med.wexcombe.example.org
"""
    return msg(ad("Marchetti-Ross, Bettina", "bmarchettiross@med.wexcombe.example.org"),
               ad("Castellano, Amadeo MD", "acastellano@med.wexcombe.example.org"),
               "R01 resub XR-NTX - budget justification draft for your review",
               "2026-11-30 09:05 -0800",
               OL(body))


@reg("none", "trap-dsmb-open-session-aggregate",
     "DSMB open-session report with adverse events by arm in aggregate; no subject listings")
def _():
    pages = [[
        "**CARDIQOR-HF2 (Protocol ATX-402) Data Safety Monitoring Board",
        "**OPEN SESSION REPORT - Data cut 31 October 2026",
        "Prepared by the independent statistical center. Pooled arms only in open session.",
        "",
        "Enrollment: 1,184 randomized of 1,600 planned (74%) at 62 sites in 9 countries",
        "Median follow-up: 7.9 months",
        "",
        "Adverse events (pooled, both arms)          n (%)",
        "Any AE                                      812 (68.6%)",
        "Serious AE                                  241 (20.4%)",
        "  Worsening heart failure                   98 (8.3%)",
        "  Hyperkalemia (K > 5.5 mmol/L)             41 (3.5%)",
        "  Acute kidney injury                       37 (3.1%)",
        "  Symptomatic hypotension                   29 (2.4%)",
        "AE leading to discontinuation               77 (6.5%)",
        "Deaths (all cause)                          52 (4.4%)",
        "",
        "Data completeness: 97.2% of expected CRF pages entered; 1.1% queries open > 30 days.",
        "Closed-session report by arm: provided to DSMB members only.",
    ]]
    body = """\
Dear DSMB members,

The open-session report for the 18 December DSMB meeting of CARDIQOR-HF2 is attached. The closed report, with results by treatment arm, will come separately from the independent statistical center by encrypted transfer to the voting members only.

Agenda (open session, 30 min): enrollment and retention, protocol deviations overview, pooled safety, data quality. The closed session follows.

Dial-in: +1 646-555-0149, conference 884 210 557#

Kind regards,
Lucienne Abernathy-Kato
Clinical Operations Lead, Aurelian Therapeutics
lucienne.abernathykato@aurelian-tx.example.com | +1 617-555-0139

This message and any attachments may contain confidential and proprietary information of Aurelian Therapeutics. CARDIQOR is an investigational product.
"""
    return msg(ad("Abernathy-Kato, Lucienne", "lucienne.abernathykato@aurelian-tx.example.com"),
               ad("CARDIQOR-HF2 DSMB", "dsmb-hf2@aurelian-tx.example.com"),
               "CARDIQOR-HF2 DSMB 18-Dec - open session report",
               "2026-12-02 08:30 -0500",
               MP("mixed", T(body), A(pdf(pages, title="ATX-402 DSMB Open Report"), "application/pdf", "ATX-402_DSMB_Open_Report_2026-10-31.pdf")))


@reg("none", "trap-wage-garnishment-order",
     "payroll processing a wage garnishment: employee ID and SSN last four, no health information")
def _():
    body = """\
Hi Rochelle,

We received an Income Withholding for Support order for the employee below. It was served on the registered agent 11/16 and arrived in Payroll today.

  Employee:       Darius K. Whitcombe
  Employee ID:    E0418827
  SSN (last 4):   xxx-xx-6613
  Department:     7420 Environmental Services, Calloway Ridge Main
  Order type:     Child support (IWO), case no. 26-DR-004471
  Amount:         $412.00 per biweekly pay period current support + $60.00 arrears
  Start:          First pay date no later than 14 days after receipt, so the 12/4 check
  Remit to:       State Disbursement Unit, per the order

I checked the CCPA limit and it is fine at his regular hours. I have not talked to him yet. The policy says HR Business Partner sends the employee notice letter. Can you send it this week? The template is in the HR shared drive under Payroll > Garnishments.

Thanks,
Ignacio

Ignacio Delahunt
Payroll Specialist II
Calloway Ridge Health - Payroll Services
Tel 503-555-0115 | payroll@callowayridge.example.org

""" + CR_DISC
    return msg(ad("Delahunt, Ignacio", "idelahunt@" + CR),
               ad("Szabo, Rochelle (HRBP)", "rszabo@" + CR),
               "IWO received - E0418827 - start 12/4 pay date",
               "2026-11-19 13:37 -0800",
               OL(body))


@reg("none", "trap-open-enrollment-fertility-rider",
     "benefits open-enrolment newsletter (fertility rider, EAP, GLP-1 coverage); no individual")
def _():
    text = """\
2027 OPEN ENROLLMENT: NOVEMBER 2-20

Make your benefit elections in the Employee Portal by 11:59 PM on November 20. If you do nothing, your current medical, dental and vision elections roll over. FSA and HSA elections do NOT roll over.

WHAT'S NEW FOR 2027
- Fertility benefit: the CRH Choice and CRH Plus plans add a fertility rider. It covers diagnosis, IUI and up to 3 IVF cycles, including egg freezing for medical reasons, with a $25,000 lifetime maximum. Care is managed by Corvane's fertility navigation team.
- GLP-1 medications for weight management: covered under CRH Plus only, with prior authorization and enrollment in the lifestyle program. Coverage for type 2 diabetes is unchanged on all plans.
- EAP goes from 6 to 8 free counseling sessions per issue per year, for you and anyone in your household. It is confidential: your manager is never told you used it.
- Behavioral health: in-network therapy copay drops to $10 on all plans. Virtual therapy through the Corvane app is $0.
- Gender-affirming care coverage expanded per the plan documents.
- Premiums: employee-only premiums up 2.8% on Choice and 0% on Basic.

BENEFITS FAIRS
  Nov 5, 10 AM-2 PM, Main campus cafeteria
  Nov 10, 7-9 AM and 7-9 PM, Tamsin Bay Medical Office Building (night shift session)
  Nov 12, virtual, noon

Questions: Benefits Service Center 503-555-0112 or benefits@callowayridge.example.org

Calloway Ridge Health Total Rewards
"""
    return msg(ad("CRH Total Rewards", "benefits@" + CR),
               ad("All Benefits-Eligible Employees", "benefits-eligible@" + CR),
               "Open Enrollment starts Monday - new fertility benefit, more EAP sessions",
               "2026-10-30 06:30 -0700",
               T(text),
               extra=[("Precedence", "bulk")])


@reg("none", "trap-flu-vaccine-compliance-by-dept",
     "employee-health flu vaccination rates and declination counts by department; aggregate")
def _():
    body = """\
Department leaders,

Influenza vaccination deadline for all workforce members is 12/1. Current status as of 11/23 at 0600:

Department                         Headcount  Vaccinated  Declined (med/rel)  Outstanding  Rate
Emergency Department                  188        171          6                 11        91.0%
ICU / Critical Care                   142        136          3                  3        95.8%
Women's & Infants (L&D, NICU)         201        183          9                  9        91.0%
Behavioral Health (4N/4S/EmPATH)      133        102          8                 23        76.7%
Perioperative Services                226        209          5                 12        92.5%
Environmental Services                164        118          4                 42        72.0%
Patient Financial Services (remote)    96         51          2                 43        53.1%
TOTAL (all departments)             4,871      4,203        112                556        86.3%

Remote-only staff in PFS and Revenue Cycle are included because the policy covers everyone with badge access. If someone has been fully remote since before 7/1 and has no badge access, submit the remote exemption form and they will come off the list.

Declinations are reviewed by Employee Health only. Managers see only "complete" or "outstanding" on the roster. Do not ask employees why they declined.

Walk-in clinic: Employee Health, Lower Level B, Mon-Fri 0630-1600. Mobile cart on 4 North/4 South Tuesday 11/24 and Wednesday 11/25 at shift change.

Thank you,
Employee Health & Wellness
Calloway Ridge Health
503-555-0119 | employeehealth@callowayridge.example.org
"""
    return msg(ad("Employee Health & Wellness", "employeehealth@" + CR),
               ad("Department Directors", "dept-directors@" + CR),
               "Flu vaccine compliance by department - deadline 12/1",
               "2026-11-23 06:15 -0800",
               T(body, wrap=False))


@reg("none", "trap-cyber-insurance-renewal-questionnaire",
     "cyber insurance renewal questionnaire answers (record counts, MFA, EDR); no patient")
def _():
    body = """\
Hi Paulette,

Answers to the underwriter's supplemental questions for the cyber renewal, as drafted by Kwame's team. Please check the record counts against what Finance told you for the application.

1. Number of unique individuals' records held (PHI/PII): approximately 1.9 million patients (EHR and legacy archives), 7,200 current and former employees, 34,000 research participants in the REDCap-equivalent platform.
2. Sensitive categories: yes. Behavioral health, 42 CFR Part 2 SUD records (Cedar House), HIV, genetic testing, reproductive health. Stored in the same EHR with role-based access restrictions and break-the-glass auditing.
3. MFA: enforced for remote access, email, privileged accounts and the EHR from off-network. Not yet on the 140 shared clinical workstations (badge tap-and-go instead).
4. EDR: on 100% of servers and 98.7% of endpoints. The 1.3% are medical devices managed by the vendor, segmented on the biomed VLAN.
5. Backups: immutable, offline copy weekly; last full restore test 9/14/2026 (EHR, 11 hours).
6. Incidents in the past 36 months: one business e-mail compromise (2025) with a wire fraud loss of $48,200 recovered in full; no ransomware.
7. Incident response plan tested: yes, tabletop annually (next 12/9/2026).
8. Vendor risk: BAAs and security questionnaires for all vendors with PHI access; SOC 2 reports reviewed annually for critical vendors.

The underwriter also asked for our "largest single vendor dependency." Our answer is ProvaCloud (EHR hosting). If you think that needs explaining, let me know.

Thanks,
Malik

Malik Haddad, JD
Associate General Counsel
Calloway Ridge Health - Office of General Counsel
Direct 503-555-0106
mhaddad@callowayridge.example.org

PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION
""" + CR_DISC
    return msg(ad("Haddad, Malik", "mhaddad@" + CR),
               ad("Paulette Nakashima (Thistle & Row Brokerage)", "pnakashima@thistlerow.example.com"),
               "CRH cyber renewal - supplemental questionnaire responses",
               "2026-11-10 17:55 -0800",
               OL(body),
               cc=ad("Asante-Lindgren, Kwame", "kasante@" + CR))


@reg("none", "trap-auditor-pbc-request-list",
     "external auditor's provided-by-client list (AR by payer, charity care, 340B, settlements); no patient")
def _():
    rows = [["PBC #", "Request", "Owner", "Due", "Status"],
            ["1", "Trial balance as of 9/30/2026 (final, after close adjustments)", "Accounting", "10/30", "Received"],
            ["2", "Patient AR aging by financial class and payer, with contractual allowance and bad debt reserve calc", "PFS / Revenue Cycle", "10/30", "Received"],
            ["3", "Third-party settlement roll-forward (Medicare cost report FY24-FY26, Medicaid DSH)", "Reimbursement", "11/6", "Open"],
            ["4", "Charity care policy, FPL table and charity care at cost calculation (Schedule H support)", "PFS", "11/6", "Open"],
            ["5", "340B program: TPA reports, self-audit results, ceiling price recalc sample", "Pharmacy / Compliance", "11/13", "Open"],
            ["6", "Malpractice: actuarial report, claims reserve roll-forward, open claims list (no patient names)", "Risk Management", "11/13", "Open"],
            ["7", "Payroll: accrued PTO and a sample of 40 employees for payroll testing", "Payroll / HR", "11/13", "Open"],
            ["8", "Management representation letter draft review", "CFO", "12/4", "Not started"],
            ["9", "Subsequent events: board minutes through report date", "Executive Office", "12/11", "Not started"],
            ["10", "IT general controls: user access review for EHR and GL, change management tickets", "IT", "11/20", "Open"]]
    body = """\
Hi Desmond,

Attached is the updated PBC list for the FY2026 audit, with status as of today. The items we most need this week are #3 (the cost report roll-forward) and #4 (charity care support for the Schedule H tie-out).

For #6 we only need the claims list with claim numbers, reserve amounts and status. Please leave off patient names and clinical descriptions. We do not need them and would rather not hold them.

Fieldwork dates are unchanged: November 30 - December 11 on-site, report targeted for December 18.

Best regards,

Harriet Lockhart-Mensah, CPA
Senior Manager, Healthcare Assurance
Merriwether Kaplan LLP
1800 Front Street, 14th Floor, Tamsin Bay, OR 97399
D 503-555-0137 | M 503-555-0197
hlockhartmensah@merriwetherkaplan.example.com

Merriwether Kaplan LLP is an independent member of an international association of accounting firms. This e-mail is confidential and may be privileged. If you are not the intended recipient, please delete it and notify the sender. Any tax advice contained in this communication is not intended or written to be used for the purpose of avoiding penalties.
"""
    return msg(ad("Lockhart-Mensah, Harriet", "hlockhartmensah@merriwetherkaplan.example.com"),
               ad("Achterberg, Desmond", "dachterberg@" + CR),
               "FY26 audit - PBC list status 11/4 (priority: #3, #4)",
               "2026-11-04 08:22 -0800",
               MP("mixed", T(body), A(xlsx(rows, "PBC"), XLSX, "CRH_FY26_PBC_List_2026-11-04.xlsx")),
               cc=[ad("Yarborough, Lance", "lyarborough@merriwetherkaplan.example.com")])


@reg("none", "trap-price-transparency-mrf-json",
     "price-transparency machine-readable file excerpt with CPT codes and negotiated rates; no patient")
def _():
    mrf = {
        "hospital_name": "Ostrander Valley Hospital",
        "last_updated_on": "2026-11-01",
        "version": "2.2.0",
        "hospital_location": ["410 Cascade Loop, Ostrander Valley, WA 98998"],
        "license_information": {"license_number": "HAC.FS.00000611", "state": "WA"},
        "standard_charge_information": [
            {"description": "Psychotherapy, 60 min", "code_information": [{"code": "90837", "type": "CPT"}],
             "standard_charges": [{"minimum": 118.4, "maximum": 212.0, "setting": "outpatient", "gross_charge": 265.0, "discounted_cash": 185.5,
                                   "payers_information": [{"payer_name": "Corvane Health Plan", "plan_name": "Commercial PPO", "standard_charge_dollar": 162.3, "methodology": "fee schedule"},
                                                          {"payer_name": "Prairie Bridge Health Plan", "plan_name": "Medicaid MCO", "standard_charge_dollar": 118.4, "methodology": "fee schedule"}]}]},
            {"description": "HIV-1/HIV-2 antigen/antibody screen", "code_information": [{"code": "87389", "type": "CPT"}],
             "standard_charges": [{"minimum": 18.9, "maximum": 41.0, "setting": "outpatient", "gross_charge": 96.0, "discounted_cash": 67.2,
                                   "payers_information": [{"payer_name": "Corvane Health Plan", "plan_name": "Commercial PPO", "standard_charge_dollar": 41.0, "methodology": "fee schedule"}]}]},
            {"description": "Vaginal delivery without complicating diagnoses", "code_information": [{"code": "807", "type": "MS-DRG"}],
             "standard_charges": [{"minimum": 6120.0, "maximum": 11874.0, "setting": "inpatient", "gross_charge": 21450.0, "discounted_cash": 15015.0,
                                   "payers_information": [{"payer_name": "Tri-Lakes Mutual", "plan_name": "HMO", "standard_charge_dollar": 11874.0, "methodology": "case rate"}]}]},
            {"description": "Alcohol/drug detoxification, per diem", "code_information": [{"code": "0116", "type": "RC"}],
             "standard_charges": [{"minimum": 980.0, "maximum": 1285.0, "setting": "inpatient", "gross_charge": 2140.0, "discounted_cash": 1498.0,
                                   "payers_information": [{"payer_name": "Prairie Bridge Health Plan", "plan_name": "Medicaid MCO", "standard_charge_dollar": 1285.0, "methodology": "per diem"}]}]}
        ]
    }
    body = """\
Shawn,

The November MRF is attached (excerpt only, 4 of 2,318 items, so you can check the v2.2 schema changes before we post the full file). The full file goes to the public site and the TXT pointer file on 11/1 as usual.

Changes in this version:
- added the "setting" value to each charge object
- Prairie Bridge detox per diem updated to the new amendment rate
- removed retired CDM lines per the October CDM review

Let me know if the validator flags anything.

Ahmed Ostrowski
Revenue Integrity Analyst, Ostrander Valley Hospital
(509) 555-0146
"""
    return msg(ad("Ostrowski, Ahmed", "aostrowski@" + OV),
               ad("Shawn Pemberton (web team)", "spemberton@" + OV),
               "Price transparency MRF Nov 2026 - excerpt for schema check",
               "2026-10-27 10:10 -0700",
               MP("mixed", T(body), A(json.dumps(mrf, indent=2), "application/json", "ovh_standard_charges_excerpt.json", cte="quoted-printable", cs="utf-8")))


@reg("none", "trap-chargemaster-update-csv",
     "chargemaster update with CDM numbers, CPT and revenue codes; numbers look like MRNs")
def _():
    rows = [["CDM", "Description", "CPT/HCPCS", "Rev code", "Dept", "Old price", "New price", "Effective"]]
    items = [("40012377", "VENIPUNCTURE ROUTINE", "36415", "0300", "LAB"),
             ("40018842", "HIV-1/2 AG/AB 4TH GEN", "87389", "0302", "LAB"),
             ("40022105", "HEPATITIS C AB", "86803", "0302", "LAB"),
             ("40031560", "DRUG SCREEN PRESUMPTIVE", "80307", "0301", "LAB"),
             ("40044918", "HCG QUANT", "84702", "0301", "LAB"),
             ("41100233", "PSYCH DIAG EVAL W/ MED", "90792", "0914", "BH"),
             ("41100241", "PSYTX 60 MIN", "90837", "0914", "BH"),
             ("41100385", "IOP PER DIEM BH", "S9480", "0905", "BH"),
             ("42001176", "INJ NALTREXONE ER 1MG", "J2315", "0636", "PHARM"),
             ("42001192", "INJ BUPRENORPHINE XR >100MG", "Q9992", "0636", "PHARM"),
             ("42003380", "INJ MEDROXYPROGESTERONE 1MG", "J1050", "0636", "PHARM"),
             ("43002217", "IUD LEVONORGESTREL 52MG", "J7298", "0278", "OBGYN"),
             ("43002233", "IUD INSERTION", "58300", "0761", "OBGYN"),
             ("44007741", "GENETIC COUNSELING 30 MIN", "96040", "0940", "GENETICS")]
    r = random.Random("cdm")
    for cdm, d, cpt, rc, dept in items:
        old = round(r.uniform(20, 900), 2)
        rows.append([cdm, d, cpt, rc, dept, "%.2f" % old, "%.2f" % (old * 1.045), "01/01/2027"])
    body = """\
CDM Committee -

Attached is the January 1 chargemaster update file (14 lines with price or code changes, excerpted from the full 2027 load). All prices are the 4.5% across-the-board increase except where the HCPCS code changed:

- J2315 naltrexone ER: unchanged code, new units-per-package.
- Q9992 buprenorphine extended-release: replaces the prior "not otherwise classified" setup; pharmacy will retire CDM 42001188 on 12/31.
- 96040 genetic counseling is now billable by our certified genetic counselors under the new state license. Check with the payer team before turning it on for Prairie Bridge.

Please approve by reply so we can load in the test environment on 12/7.

Thanks,
Ahmed

Ahmed Ostrowski
Revenue Integrity Analyst
Ostrander Valley Hospital | Revenue Cycle
(509) 555-0146 | aostrowski@ostrandervalley.example.org
"""
    return msg(ad("Ostrowski, Ahmed", "aostrowski@" + OV),
               ad("CDM Committee", "cdm-committee@" + OV),
               "Jan 1 CDM update - 14 lines for approval",
               "2026-12-01 15:12 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "CDM_Update_2027-01-01.csv", cs="us-ascii")))


@reg("none", "trap-cdi-query-template-heart-failure",
     "CDI query template for heart-failure specificity with blanks; no patient")
def _():
    body = """\
Team,

Per the November CDI meeting, here is the revised compliant query template for heart failure specificity. It replaces HF-01 in the query library on 12/1. The changes follow the revised ACDIS/AHIMA practice brief: open-ended or multiple choice only, clinical indicators from the record, "other" and "unable to determine" always offered, and no mention of financial impact.

----- TEMPLATE HF-02 -----
Dr. ________,

This patient's medical record contains the following clinical indicators:
  - Documentation: "CHF exacerbation" in the H&P dated ______
  - Echocardiogram dated ______: LVEF ____%
  - BNP / NT-proBNP: ______ on ______
  - Treatment: IV furosemide ____ mg ______; ______
  - Imaging: ______

Based on your clinical judgment, please clarify the type and acuity of heart failure being treated:
  [ ] Acute on chronic systolic (HFrEF) heart failure
  [ ] Acute on chronic diastolic (HFpEF) heart failure
  [ ] Acute on chronic combined systolic and diastolic heart failure
  [ ] Chronic heart failure without acute exacerbation, type: ______
  [ ] Other: ______
  [ ] Unable to determine

Please document your response in a progress note or addendum.
Thank you, ________, CDI Specialist, ext. ____
----- END TEMPLATE -----

Please do not copy the indicators from a prior query on the same encounter. Pull them fresh each time.

Marguerite Eckhart-Bose, RN, CCDS
CDI Manager, Calloway Ridge Health
503-555-0131
"""
    return msg(ad("Eckhart-Bose, Marguerite", "meckhartbose@" + CR),
               ad("CDI Specialists", "cdi-team@" + CR),
               "Query template HF-02 (replaces HF-01 on 12/1)",
               "2026-11-24 12:40 -0800",
               T(body, wrap=False))


@reg("none", "trap-coding-newsletter-fy27-icd10",
     "coding newsletter on FY2027 ICD-10 changes (opioid dependence, HIV status, termination codes); no patient")
def _():
    body = """\
THE CODING CORNER - Revenue Integrity Newsletter, November 2026

1. FY2027 ICD-10-CM updates are live since October 1. Highlights for our service lines:

   * Substance use: F11.2- opioid dependence codes now include more specific remission and "on maintenance therapy" options. Documentation must say the patient is on agonist therapy (methadone, buprenorphine) for "in remission on maintenance" to be coded. "History of opioid use" alone still goes to Z-codes, not F11.
   * HIV: reminder that Z21 (asymptomatic HIV infection status) is never coded when the patient has had an HIV-related condition; use B20. A positive test with no documentation of the clinician's diagnosis cannot be coded.
   * Pregnancy: O04.- (complications following induced termination) versus O03.- (spontaneous). Code from the provider's documentation only. Do not infer from the procedure code.
   * Fertility: Z31.- encounter codes for procreative management; Z31.84 for fertility preservation before cancer treatment.
   * Mental health: more F32.A (depression, unspecified) guidance; query when the record supports a more specific diagnosis.

2. CPT 2027 preview: new digital mental health treatment device codes, revised genetic testing MAAA codes. Details in December.

3. Audit results: October inpatient DRG validation accuracy 94.1% (target 95%). Most changes: sepsis sequencing and acute respiratory failure without clinical support.

4. Reminder: coding queries go through the CDI query tool, never by e-mail or secure chat.

Congratulations to Priya Hightower, CCS, who passed the CDIP exam!

Revenue Integrity & Coding | Calloway Ridge Health
coding@callowayridge.example.org
"""
    return msg(ad("Revenue Integrity & Coding", "coding@" + CR),
               ad("HIM Coding Staff", "him-coders@" + CR),
               "The Coding Corner - November 2026",
               "2026-11-02 07:30 -0800",
               T(body),
               extra=[("Precedence", "list")])


@reg("none", "trap-legal-hold-vendor-dispute",
     "legal hold notice for a vendor contract dispute; custodians and systems, no patient")
def _():
    body = """\
PRIVILEGED & CONFIDENTIAL
ATTORNEY-CLIENT COMMUNICATION - DO NOT FORWARD

LEGAL HOLD NOTICE
Matter: Calloway Ridge Health v. Ravelin Recovery Group, LLC (contract dispute, collections services agreement)
Matter No.: OGC-2026-0219
Date issued: November 12, 2026

You are receiving this notice because you may have documents or data relevant to the above matter. You must PRESERVE, and not delete, alter or discard, any documents or electronically stored information (ESI) relating to:

  - The Collections Services Agreement dated March 1, 2024 and its amendments;
  - Placement files, recall files and performance reports exchanged with Ravelin Recovery Group from January 1, 2024 to the present;
  - Communications about Ravelin's fee invoices, contingency rates, or the audit of Ravelin performed in 2026;
  - Internal discussions about terminating or renegotiating the agreement.

This applies to e-mail, Teams chats, text messages on any device you use for work, shared drives, paper files and notebooks. Automatic deletion has been suspended for your mailbox. Do not move items to personal storage.

This hold stays in effect until you receive written notice that it has been released. It overrides any records retention schedule.

Please acknowledge receipt by clicking "Acknowledge" in the LegalHold portal within 5 business days: https://legalhold.callowayridge.example.org/ack/OGC-2026-0219

Questions: Malik Haddad, Associate General Counsel, 503-555-0106.

Office of General Counsel
Calloway Ridge Health
"""
    return msg(ad("Office of General Counsel", "legalhold@" + CR),
               ad("Legal Hold Custodians OGC-2026-0219", "hold-ogc-2026-0219@" + CR),
               "LEGAL HOLD NOTICE - OGC-2026-0219 - action required",
               "2026-11-12 09:00 -0800",
               T(body),
               extra=[("Importance", "high")])


@reg("none", "trap-roi-monthly-stats",
     "release-of-information monthly volume and turnaround statistics by requester type; aggregate")
def _():
    body = """\
Dana,

October ROI stats from the vendor portal, for the HIM dashboard:

Requester type                   Requests   Completed   Avg TAT (days)   Rejected*
Patient (right of access)          1,204       1,188          6.2             31
Attorney w/ authorization            412         396         11.8             48
Subpoena / court order                 97          81         14.1             22
Insurance / payer audit              688         688          4.9              3
Disability / SSA                     231         229          8.3              6
Law enforcement                       19          17          2.1              4
Continuity of care (other provider)  905         905          1.4              0
TOTAL                              3,556       3,504          6.7            114

*Rejected = invalid authorization, missing signature, subpoena without satisfactory assurance, or a request for Part 2 / psychotherapy notes routed to Legal.

Right of access requests over 30 days: 0 (good, after the two in August).

Of the 22 rejected subpoenas, 9 were for Cedar House records without a Part 2 court order and 4 asked for psychotherapy notes. All went to Legal the same day per HIM-214.

Vendor invoice for October: $18,214.50 (attached in the vendor portal, not here).

Thanks,
Keisha

Keisha Thibodeaux-Lund, RHIT
ROI Supervisor, Health Information Management
Calloway Ridge Health
503-555-0136
"""
    return msg(ad("Thibodeaux-Lund, Keisha", "kthibodeauxlund@" + CR),
               ad("Pham, Dana", "dpham@" + CR),
               "October ROI stats",
               "2026-11-05 11:48 -0800",
               T(body, wrap=False))


@reg("none", "trap-oig-exclusion-screening-no-match",
     "monthly exclusion-list screening of staff and vendors by name and DOB; no health content")
def _():
    body = """\
Compliance Committee,

Monthly exclusion and sanction screening (OIG LEIE, SAM, state Medicaid exclusion lists, OFAC) for November is complete.

Population screened:
  Employees                      7,214
  Medical staff / APPs           1,106
  Contracted / agency staff        388
  Vendors (active in AP)         2,951
  Board members                     17

Results:
  Confirmed matches                   0
  Potential matches reviewed         11
  Cleared (false positive)           11

Potential matches cleared this month (name-only hits, cleared on DOB, NPI or SSN last 4):
  1. "Pemberton, Harold" (EVS tech, DOB 04/1971) vs LEIE entry DOB 1958, different state: cleared
  2. "Okafor, Chidi" (vendor contact) vs SAM entry: different UEI: cleared
  3. "Mendoza, Rosa" (agency RN) vs state Medicaid list: different license number: cleared
  4-11. Common-name hits, cleared on DOB and SSN last four (details in the screening vendor portal)

No action needed. The attestation for the Medicaid managed care contracts is signed and filed.

Jocelyn Fennimore, CHC
Compliance Specialist, Calloway Ridge Health
503-555-0104 | compliance@callowayridge.example.org
Compliance Hotline (anonymous): 1-800-555-0160
"""
    return msg(ad("Fennimore, Jocelyn", "jfennimore@" + CR),
               ad("Compliance Committee", "compliance-committee@" + CR),
               "November exclusion screening - 0 confirmed matches",
               "2026-11-30 08:05 -0800",
               T(body, wrap=False))


@reg("none", "trap-journalist-overdose-ed-visits-aggregate",
     "reporter asks for overdose ED visit counts; communications replies with aggregates only")
def _():
    body = """\
Hi Wren,

Thanks for your patience. Here is what we can share for your story. Please attribute it to Calloway Ridge Health.

- Our three emergency departments treated 1,146 patients for suspected opioid overdose from January through October 2026, compared with 1,402 in the same period last year, a decline of about 18%.
- About 62% of those patients were offered buprenorphine in the ED or a same-week appointment at a treatment program. We started the ED bridge program in 2025.
- We handed out 3,870 naloxone kits through the ED and our community pharmacy in 2026.

Dr. Sebastian Ruehle, addiction medicine, is available for a 15-minute phone interview Thursday between 1 and 3. He will speak about trends and the bridge program. He won't talk about individual patients.

As we discussed, we can't confirm anything about specific people, including the incident at the transit center you mentioned.

Best,
Rafaela

Rafaela Nunes-Whitaker
Vice President, Marketing & Communications
Calloway Ridge Health
m 503-555-0177 | media@callowayridge.example.org

> On Nov 23, 2026, at 4:12 PM, Wren Castellanos-Hyde <wren.ch@tbcourier.example.net> wrote:
>
> Hi Rafaela - I'm working on a year-end piece on overdoses in the county. Could
> you share how many overdose patients your EDs have seen this year vs. last,
> and whether you're doing the buprenorphine-in-the-ER thing I've read about?
> Deadline is Friday. Thanks!
> Wren Castellanos-Hyde, health reporter, The Tamsin Bay Courier
> 503-555-0190
"""
    return msg(ad("Nunes-Whitaker, Rafaela", "rnuneswhitaker@" + CR),
               ad("Wren Castellanos-Hyde", "wren.ch@tbcourier.example.net"),
               "Re: overdose numbers for year-end story",
               "2026-11-24 15:31 -0800",
               OL(body),
               irt="<B3A1F0C2-77D4-4E7A-9C1B-2F0D8E44A911@tbcourier.example.net>")


@reg("none", "trap-cobra-election-notice",
     "borderline: COBRA notice names a former employee and dependents with plan premiums; insurance enrolment, not care or a bill for care")
def _():
    pages = [[
        "**CALLOWAY RIDGE HEALTH GROUP HEALTH PLAN",
        "**COBRA CONTINUATION COVERAGE ELECTION NOTICE",
        "",
        "Date of notice: November 18, 2026",
        "To: Amelia R. Castellano and family",
        "    1187 Birchfall Road, Tamsin Bay, OR 97398",
        "",
        "Qualifying event: Termination of employment (other than for gross misconduct)",
        "Date of qualifying event: October 31, 2026",
        "Coverage ends: October 31, 2026",
        "",
        "Qualified beneficiaries:",
        "   Amelia R. Castellano (employee)       Medical: CRH Choice PPO  Dental: Basic  Vision: Yes",
        "   Jorge Castellano (spouse)             Medical: CRH Choice PPO  Dental: Basic  Vision: Yes",
        "   Lucia Castellano (child)              Medical: CRH Choice PPO  Dental: Basic  Vision: Yes",
        "",
        "Monthly premium (102%):  Medical family $2,318.46 | Dental family $96.90 | Vision family $21.42",
        "",
        "You have 60 days from the date of this notice to elect COBRA coverage. Election deadline: January 17, 2027.",
        "First premium payment is due 45 days after you elect. Maximum coverage period: 18 months.",
        "",
        "Administrator: Benefits Continuation Services, PO Box 4410, Larkin, CA 94999 | 1-800-555-0108",
    ]]
    body = """\
Dear Amelia Castellano,

Attached is your COBRA continuation coverage election notice. Your election form, premium table and the "Important Information About Your COBRA Continuation Coverage Rights" booklet are included in the PDF.

If you would rather get a paper copy, call us at 1-800-555-0108, Monday to Friday, 6 AM to 6 PM Pacific.

Sincerely,
Benefits Continuation Services
on behalf of Calloway Ridge Health

This e-mail was sent to the personal address you gave Calloway Ridge Health Human Resources. Do not reply to this message.
"""
    return msg(ad("Benefits Continuation Services", "cobra-notices@bcs-admin.example.com"),
               ad("Amelia Castellano", "amelia.castellano@mailbox.example.net"),
               "Your COBRA election notice - Calloway Ridge Health Group Health Plan",
               "2026-11-18 04:12 -0800",
               MP("mixed", T(body), A(pdf(pages, title="COBRA Election Notice"), "application/pdf", "COBRA_Election_Notice_Castellano.pdf")),
               mid_style="plain")


@reg("none", "trap-part2-program-vendor-ticket",
     "Part 2 programme's front desk reports a copier fault to the vendor; the 42 CFR Part 2 footer is boilerplate")
def _():
    body = """\
Hi,

Our copier at the front desk is jamming again on every duplex job and now shows error SC-542 (fuser). Model MX-4071, asset tag CH-0031, serial 7B410882. This is the third service call since October.

We need it fixed by Monday morning if possible. It is the only machine we have for intake packets. Please have the tech check in at the front desk. They will need to sign in and wear a visitor badge while in the building. Please do not take pictures anywhere in the building.

Service address: Cedar House Recovery Services, 88 Quarry Lane, Building B, Tamsin Bay, OR 97398. Hours 6:00 AM - 2:30 PM.

Thanks,
Beatriz Sandoval
Front Desk Lead
Cedar House Recovery Services - Opioid Treatment Program
Main 503-555-0140 | Fax 503-555-0141
frontdesk@cedarhouse.example.org

""" + PART2_NOTICE + """

This e-mail is confidential. If you have received it in error, please notify the sender and delete it.
"""
    return msg(ad("Cedar House OTP Front Desk", "frontdesk@" + CH),
               ad("Service Dispatch", "dispatch@northwindoffice.example.com"),
               "Service request - MX-4071 SC-542 fuser error (3rd call) - asset CH-0031",
               "2026-11-20 11:15 -0800",
               T(body))


@reg("none", "trap-ryan-white-program-site-visit-agenda",
     "agenda for a Ryan White programme site visit (eligibility files, viral suppression rates); no client")
def _():
    body = """\
Good morning Dr. Ogunleye-Hart and Ms. Vance,

Confirming the annual programmatic site visit for your Ryan White HIV/AIDS Program Part C grant on December 15-16. Draft agenda below. Please let me know by 12/4 if you need changes.

DAY 1 - Tuesday, December 15 (Marisol Community Health Center, 2nd floor conference room)
  8:30   Entrance conference (CEO, CFO, Medical Director, Program Manager)
  9:00   Program overview: service area, staffing, and HIV care continuum data for 2025 and 2026 YTD (aggregate: # clients served, % retained in care, % virally suppressed)
  10:30  Clinical quality management plan and the quality improvement projects
  12:00  Lunch (on your own)
  1:00   Eligibility and recertification: we will review a random sample of 20 client eligibility files ON SITE. Files do not leave the building and no copies are made.
  3:00   Fiscal: payer of last resort, sliding fee and program income

DAY 2 - Wednesday, December 16
  8:30   Subrecipient monitoring (dental and medical case management subcontract)
  10:00  Data systems and the annual data report submission
  11:30  Exit conference: preliminary findings

Please have the following available: policies for eligibility and sliding fee, the most recent data report, the clinical quality management plan, and organizational chart. Please do not send client-level data by e-mail before the visit.

Thank you,

Dmitri Yeardley-Osei, MPH
Project Officer, State HIV Care Programs Section
State Department of Health
dyeardleyosei@doh.state.test | 360-555-0161
"""
    return msg(ad("Yeardley-Osei, Dmitri", "dyeardleyosei@doh.state.test"),
               [ad("Ogunleye-Hart, Folasade MD", "fogunleyehart@" + MCH), ad("Vance, Odalys", "ovance@" + MCH)],
               "Ryan White Part C site visit Dec 15-16 - draft agenda",
               "2026-11-25 08:40 -0800",
               T(body))


@reg("none", "trap-malpractice-renewal-exposure-data",
     "medical professional liability renewal exposure data (deliveries, psych beds, bariatric cases); no patient")
def _():
    body = """\
Hi Ezra,

For the Granite Shoals renewal application, here are our exposure numbers for CY2026 (annualized from 10 months). Please flag anything that needs explaining before you submit on the 11th.

EXPOSURE (Ostrander Valley Hospital, 48 licensed beds, critical access)
  Births                                   412 (C-section rate 27.4%)
  VBAC attempts                            19
  Inpatient surgeries                      1,180 (incl. 64 bariatric, 0 robotic)
  Outpatient surgeries / endoscopy         4,905
  ED visits                                17,260
  Behavioral health: 8-bed geriatric psychiatry unit, average census 6.1
  Swing beds                               6
  Employed physicians / APPs               31 / 22 (specialty list attached to the application)

LOSS HISTORY (5 years): 4 closed claims, 1 open claim, total incurred $1.21M. The open claim is the 2024 obstetric matter. Defense counsel's status report goes directly to Granite Shoals under separate cover.

RISK MANAGEMENT: OB simulation drills quarterly (shoulder dystocia, PPH); safe sleep program; fall prevention bundle; suicide risk screening in ED (ASQ / C-SSRS) at 99% compliance; Joint Commission survey March 2026 with no findings in the NPSG chapter.

The underwriter asked about telepsychiatry: yes, since May, through a contracted group that carries its own coverage (certificate attached to the application).

Thanks,
Gloria

Gloria Abernathy-Ruiz, RN, CPHRM
Director of Quality & Risk Management
Ostrander Valley Hospital
Office (509) 555-0183 | Fax (509) 555-0184
gabernathyruiz@ostrandervalley.example.org

Confidential: prepared for the purpose of obtaining insurance coverage and in anticipation of litigation.
"""
    return msg(ad("Abernathy-Ruiz, Gloria", "gabernathyruiz@" + OV),
               ad("Ezra Holloway (Granite Shoals Mutual)", "eholloway@graniteshoals.example.com"),
               "OVH MPL renewal - 2026 exposure data",
               "2026-12-02 14:02 -0800",
               T(body, wrap=False))


@reg("none", "trap-credentialing-dea-expiry-roster",
     "roster of practitioners with NPI and DEA expiry dates (valid check digits); staff only, no patient")
def _():
    rows = [["Last name", "First name", "Dept", "NPI", "DEA", "DEA expires", "State CSR expires", "Status"],
            ["Hartigan", "Lionel", "Hospital Medicine", "1260181593", "BH4852530", "01/31/2027", "01/31/2027", "Renewal requested"],
            ["Kowalczyk", "Agnieszka", "Psychiatry", "1830166132", "FK8885393", "02/28/2027", "02/28/2027", "Reminder sent"],
            ["Mendez-Ruiz", "Tomas", "Emergency Medicine", "1860913908", "AM3363380", "01/15/2027", "01/15/2027", "OVERDUE - no response"],
            ["Ravensworth", "Gideon", "Anesthesiology", "1948219930", "BR7500475", "03/31/2027", "03/31/2027", "Reminder sent"],
            ["Oyelaran", "Funmilayo", "Addiction Medicine", "1181909379", "FO4395756", "02/28/2027", "02/28/2027", "Renewed - copy on file"],
            ["Tanaka-Whitfield", "Mei", "Family Medicine", "1194875740", "BT3537997", "01/31/2027", "01/31/2027", "Reminder sent"],
            ["Wojcik", "Stanislaw", "General Surgery", "1186252767", "FW0751164", "03/15/2027", "03/15/2027", "Reminder sent"],
            ["Pacheco", "Lourdes", "OB/GYN", "1189555976", "AP3726518", "02/14/2027", "02/14/2027", "Renewal requested"],
            ["Norcross", "Evelyn", "Pediatrics", "1703423669", "BN6761224", "01/31/2027", "01/31/2027", "Reminder sent"]]
    body = """\
Hi all,

Here is the 90-day DEA expiration roster for Q1 2027. Dr. Mendez-Ruiz has not answered two reminders. His DEA expires 1/15, and his prescribing privileges will be suspended on that date if we do not have the renewal. Department chairs are copied for their own practitioners.

Please send renewed certificates to medstaff@stodile.example.org as soon as they are issued.

Bernadette Ruiz-Kemper, CPMSM, CPCS
Medical Staff Services | St. Odile Regional Medical Center
(360) 555-0188
"""
    return msg(ad("Ruiz-Kemper, Bernadette", "bruizkemper@" + SO),
               ad("Department Chairs", "dept-chairs@" + SO),
               "Q1 2027 DEA expiration roster (90-day look-ahead)",
               "2026-11-02 10:00 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "DEA_Expiry_Q1-2027.csv", cs="us-ascii", cte="7bit")),
               cc=ad("Medical Staff Office", "medstaff@" + SO))


@reg("none", "trap-privileged-board-exec-session-strategy",
     "borderline: subject says Privileged & Confidential (a legal heading, not a relay [secure] tag); board strategy on closing L&D, no patient")
def _():
    body = """\
PRIVILEGED & CONFIDENTIAL - PREPARED AT THE REQUEST OF COUNSEL

Board members,

In advance of Thursday's executive session, a summary of the three strategic options for the Ostrander Valley obstetrics service. Counsel will attend the whole session.

Background: births fell from 506 (2022) to 412 (2026). We have 3.2 FTE obstetricians, and one is retiring in June. Anesthesia coverage for 24/7 epidural and emergency C-section costs $1.9M a year net of professional fee revenue. The unit lost $2.7M in FY2026. Malpractice premiums for OB rose 19% at renewal.

Option A - Keep full L&D. Recruit one OB and one CRNA with locum bridge. Incremental cost $1.1M/yr. Risk: recruitment timeline; nurse staffing on nights.

Option B - Convert to "prenatal care and stabilization only" and send all planned deliveries to St. Odile (58 miles). Saves about $2.2M/yr. Risk: emergency deliveries in the ED, with community and political opposition; state approval process for service closure; EMTALA obligations.

Option C - Affiliation with St. Odile: they staff our L&D as a satellite with their OB hospitalists. Cost-neutral in year 2 if the volume holds. Risk: the affiliation needs a definitive agreement and regulatory review.

Management recommends Option C and moving to a letter of intent. No decision is needed on Thursday. We are asking the board to authorize management to negotiate.

Please do not forward this message or discuss it outside the board.

Corinne Vasquez-Albright
President & CEO, Ostrander Valley Hospital
(509) 555-0180
"""
    return msg(ad("Vasquez-Albright, Corinne", "cvasquezalbright@" + OV),
               ad("OVH Board of Trustees", "board@" + OV),
               "Privileged & Confidential - Exec Session 12/10 - OB service options",
               "2026-12-03 17:40 -0800",
               OL(body),
               cc=ad("Board Counsel", "bcounsel@okreyes.example.com"))


@reg("none", "trap-genetics-results-build-test-patient",
     "EHR build spec for genetic results routing tested on a ZZTEST patient; no real person")
def _():
    body = """\
Hi Noor and Carys,

Build for the genetic results restricted-view project is in TST. Please validate before Friday's change board. Test steps below. Use only the test patients listed. They exist in TST and in no other environment.

TEST PATIENTS (TST only)
  ZZTEST, GENETICSONE   MRN 99900011   (adult, portal active)
  ZZTEST, GENETICSTWO   MRN 99900012   (minor, parent proxy)

WHAT CHANGED
  1. New result class "GEN-RESTRICTED" for hereditary cancer panels, carrier screening, PGx and HD CAG repeat results (interface mapping from Helixford OBX-3 codes; list in the spec).
  2. Results in this class do not file to the general Results Review activity. They show in the Genetics tab only, for users with the GENETICS_VIEW security point (genetic counselors, ordering provider, oncology, MFM).
  3. Portal release: held until the genetic counselor marks "discussed with patient," or after 14 days, whichever comes first. Never auto-released to a minor's parent proxy.
  4. Break-the-glass for everyone else, with reason required and a daily audit report to Privacy.

TEST SCRIPT
  a. Send the sample ORU from the interface tester for GENETICSONE: BRCA1/2, result "Pathogenic variant detected" (synthetic).
  b. Log in as the test RN user: confirm the result is NOT visible in Results Review.
  c. Log in as the test GC user: confirm it is visible in the Genetics tab.
  d. Proxy login for GENETICSTWO: confirm no genetic result is visible.
  e. Confirm the BTG audit row is written.

Ticket: CHG0031402 | Spec: Genetics_Restricted_Results_v1.4.docx in the project site

Thanks,
Rohan

Rohan Underhill-Baptiste
Senior Clinical Applications Analyst, Lab & Genetics
Calloway Ridge Health IT
503-555-0153
"""
    return msg(ad("Underhill-Baptiste, Rohan", "runderhillbaptiste@" + CR),
               [ad("Al-Khatib, Noor", "nalkhatib@" + CR), ad("Evans-Moreau, Carys CGC", "cevansmoreau@" + CR)],
               "TST validation - genetic results restricted view (CHG0031402)",
               "2026-11-17 10:26 -0800",
               T(body, wrap=False))


@reg("none", "trap-patient-experience-survey-aggregate",
     "patient-experience survey scores by unit with anonymised comments; no identifiable patient")
def _():
    body = """\
Nurse leaders,

October patient experience results (HCAHPS and the outpatient survey) are posted on the dashboard. Summary:

Unit / area              n     Overall 9-10   Recommend   Nurse comm.   Quiet at night
4 West Med/Surg          61       66%           69%          78%            49%
5 East Cardiac           54       74%           77%          83%            58%
Mother-Baby              72       81%           84%          86%            61%
4 North Adult Psych*     n/a      n/a           n/a          n/a            n/a
Oncology Infusion (OP)   118      88%           90%          91%            n/a

*Inpatient psychiatry is excluded from HCAHPS. The unit's own survey is reported separately by the BH service line.

Selected comments (edited to remove names and details):
- "My nurse on nights explained every medication before she gave it. I never felt rushed."
- "Discharge took 6 hours after the doctor said I could go."
- "Nobody told my family where I was after surgery."
- "The infusion nurses are the best part of a hard year."

Action: all units, please review the "quiet at night" scores at your next staff meeting. 4 West is piloting quiet hours 2200-0500 starting 12/1.

Thank you,
Siobhan Iverson-Kato, MSN, RN
Director, Patient Experience
Calloway Ridge Health | 503-555-0118
"""
    return msg(ad("Iverson-Kato, Siobhan", "siversonkato@" + CR),
               ad("Nursing Directors & Managers", "nursing-leaders@" + CR),
               "October patient experience results",
               "2026-11-16 07:50 -0800",
               T(body, wrap=False))


# ------------------------------------------------- none: traps, not English

KFO = "klinikum-feldbach.example.de.test"


@reg("none", "trap-de-datenschutz-schulung-pflicht",
     "German mandatory privacy training notice (Art. 9 GDPR health and genetic data, psychiatry records); no patient",
     lang="de")
def _():
    body = """\
Liebe Kolleginnen und Kollegen,

die jährliche Pflichtschulung „Datenschutz und Schweigepflicht im Klinikalltag" ist ab sofort im Lernportal freigeschaltet. Bitte schließen Sie das Modul bis spätestens 18. Dezember 2026 ab (Dauer ca. 35 Minuten).

Schwerpunkte in diesem Jahr:

1. Gesundheitsdaten und genetische Daten als besondere Kategorien personenbezogener Daten (Art. 9 DSGVO)
2. Schweigepflicht nach § 203 StGB, auch gegenüber Angehörigen und Kolleginnen und Kollegen
3. Zugriffe im KIS: Was ist „Neugierzugriff"? Jeder Zugriff wird protokolliert und stichprobenartig ausgewertet
4. Besonders geschützte Bereiche: Akten der Psychiatrie und Psychotherapie, der Suchtmedizin sowie der Humangenetik sind nur für das Behandlungsteam sichtbar. Notfallzugriffe („Break the Glass") müssen begründet werden
5. Meldung von Datenschutzverletzungen innerhalb von 72 Stunden, intern sofort an datenschutz@klinikum-feldbach.example.de.test

Wer die Frist nicht einhält, wird über die Stabsstelle an die Vorgesetzten gemeldet. Für Mitarbeitende im Schichtdienst stehen Präsenztermine zur Verfügung: 2., 9. und 16. Dezember, jeweils 14:00 Uhr, Hörsaal 2.

Bei Fragen erreichen Sie uns unter Tel. +49 6221 555-0143.

Mit freundlichen Grüßen

Dr. jur. Henrike Brauckmann
Datenschutzbeauftragte
Klinikum Feldbach-Ost gGmbH
Stabsstelle Datenschutz und Informationssicherheit
Am Klinikpark 12, 69999 Feldbach
Tel. +49 6221 555-0143 | Fax +49 6221 555-0144

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
Klinikum Feldbach-Ost gGmbH, Sitz Feldbach, Amtsgericht Feldbach HRB 700811, Geschäftsführung: Prof. Dr. Matthias Oberländer
"""
    return msg(ad("Brauckmann, Henrike Dr.", "datenschutz@" + KFO),
               ad("Alle Mitarbeitenden", "alle-mitarbeitenden@" + KFO),
               "Pflichtschulung Datenschutz 2026 – Frist 18.12.",
               "2026-11-23 08:00 +0100",
               T(body, cs="windows-1252", cte="quoted-printable"),
               scs="windows-1252", senc="Q")


@reg("none", "trap-fr-appel-offres-dpi-psychiatrie",
     "French hospital tender Q&A for a psychiatry/addiction patient-record system (HDS hosting); no patient",
     lang="fr")
def _():
    body = """\
Madame, Monsieur,

Dans le cadre de la consultation n° 2026-DSI-041 « Dossier patient informatisé pour le pôle de psychiatrie et d'addictologie », vous trouverez ci-dessous les réponses aux questions reçues avant le 13 novembre 2026. Ces réponses sont communiquées à l'ensemble des candidats.

Question 1 : Le périmètre inclut-il le CSAPA et l'équipe de liaison en addictologie ?
Réponse : Oui. Le lot 1 couvre l'intra-hospitalier (4 unités, 92 lits), les CMP, le CATTP, l'hôpital de jour et le CSAPA.

Question 2 : La solution doit-elle gérer les soins sans consentement (SDT, SDRE, programmes de soins) ?
Réponse : Oui. Le suivi des certificats, des échéances et des saisines du juge des libertés et de la détention est une exigence obligatoire (EX-14 du CCTP).

Question 3 : L'hébergement doit-il être certifié HDS ?
Réponse : Oui, certification HDS obligatoire pour les six activités, hébergement sur le territoire de l'Union européenne.

Question 4 : Des restrictions d'accès spécifiques sont-elles attendues pour les dossiers de patients suivis en addictologie ?
Réponse : Oui. Accès limité à l'équipe de soins du CSAPA, traçabilité complète et revue mensuelle des accès par le DPO.

Question 5 : Le nombre d'utilisateurs simultanés ?
Réponse : 280 utilisateurs nommés, 120 simultanés en pointe.

La date limite de remise des offres reste fixée au 8 décembre 2026 à 12h00, sur le profil acheteur.

Cordialement,

Sandrine Lefèvre-Oudin
Acheteuse, Direction des achats et de la logistique
Centre hospitalier de Vaurelle
Tél. : +33 4 78 555 01 38
achats@ch-vaurelle.example.fr.test

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous n'êtes pas le destinataire de ce message, merci de le détruire et d'avertir l'expéditeur.
"""
    return msg(ad("Lefèvre-Oudin, Sandrine", "achats@ch-vaurelle.example.fr.test", cs="utf-8"),
               ad("Candidats consultation 2026-DSI-041", "consultation-2026-dsi-041@ch-vaurelle.example.fr.test"),
               "Consultation 2026-DSI-041 – réponses aux questions des candidats",
               "2026-11-16 16:30 +0100",
               T(body, cs="utf-8", cte="quoted-printable"),
               scs="utf-8", senc="Q")


@reg("none", "trap-es-informe-glosas-por-eps",
     "Colombian hospital's aggregate denial (glosas) report by insurer and cause; no patient",
     lang="es")
def _():
    rows = [["EPS", "Causal", "Descripción", "N.º facturas", "Valor glosado (COP)", "Aceptado", "En respuesta"],
            ["EPS Sanavida", "1", "Facturación", "214", "388.120.400", "12%", "88%"],
            ["EPS Sanavida", "2", "Tarifas", "97", "146.880.000", "31%", "69%"],
            ["EPS Sanavida", "3", "Soportes", "301", "512.004.750", "8%", "92%"],
            ["Salud Andina EPS", "4", "Autorización", "188", "640.220.100", "19%", "81%"],
            ["Salud Andina EPS", "6", "Pertinencia", "122", "901.450.300", "27%", "73%"],
            ["Nueva Ruta Salud", "3", "Soportes", "76", "95.310.000", "5%", "95%"],
            ["Nueva Ruta Salud", "6", "Pertinencia", "41", "210.770.000", "33%", "67%"]]
    body = """\
Buenos días, doctora Restrepo:

Adjunto el informe consolidado de glosas del mes de octubre por EPS y causal, para el comité de cartera del jueves.

Resumen:
- Total glosado en octubre: $2.894.755.550 COP, un 14 % más que en septiembre.
- La causal 6 (pertinencia) en Salud Andina se concentra en estancias de salud mental y en el programa de atención a consumo de sustancias psicoactivas. La EPS está objetando los días de estancia después del día 15 sin auditoría concurrente. Proponemos una mesa técnica con su auditoría médica.
- Soportes (causal 3): siguen faltando epicrisis firmadas y hojas de gasto de quirófano. Ya hablamos con admisiones y con el servicio de cirugía.
- Sanavida aceptó conciliar las glosas de tarifas de los paquetes de parto y cesárea de julio y agosto.

El detalle por factura está en el módulo de cartera; el adjunto sólo trae los consolidados.

Cordial saludo,

Julián Andrés Cifuentes Mora
Coordinador de Cuentas Médicas y Glosas
Clínica Santa Brígida S.A.S.
Tel. (604) 555 0126 – Ext. 2210
jcifuentes@clinicasantabrigida.example.com

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos pueden contener información confidencial. Si usted no es el destinatario, por favor notifique al remitente y elimínelo. Su uso no autorizado está prohibido por la ley.
"""
    return msg(ad("Julián Andrés Cifuentes Mora", "jcifuentes@clinicasantabrigida.example.com", cs="windows-1252"),
               ad("Dra. Liliana Restrepo Gaviria", "lrestrepo@clinicasantabrigida.example.com", cs="windows-1252"),
               "Informe de glosas octubre 2026 – consolidado por EPS y causal",
               "2026-11-10 09:15 -0500",
               MP("mixed", T(body, cs="windows-1252", cte="8bit"),
                  A(csvtext(rows, ";"), "text/csv", "glosas_consolidado_oct2026.csv", cs="windows-1252", cte="quoted-printable")),
               scs="windows-1252", senc="Q")


@reg("none", "trap-ja-kojin-joho-kenshu",
     "Japanese staff privacy training notice (sensitive personal information, psychiatric records); no patient",
     lang="ja")
def _():
    body = """\
職員各位

医療安全・情報管理室より、令和８年度「個人情報保護研修」のご案内です。
全職員（委託職員を含む）の受講が必須となっております。

１．日時
　　第１回　１２月８日（火）１７時３０分から１８時３０分　講堂
　　第２回　１２月１５日（火）１７時３０分から１８時３０分　講堂
　　ｅラーニング　１２月２５日（金）まで

２．内容
　　・要配慮個人情報（病歴、診療情報、遺伝情報など）の取扱い
　　・電子カルテの不適切な閲覧の事例と懲戒処分について
　　・精神科、緩和ケア病棟の診療記録の閲覧制限
　　・ＵＳＢメモリ、私用スマートフォンでの撮影の禁止
　　・患者さんやご家族からの電話問い合わせへの対応

３．その他
　　受講状況は所属長に報告されます。
　　不明な点は情報管理室（内線２２４５）までお問い合わせください。

━━━━━━━━━━━━━━━━━━━━━━━━
みなと北総合病院　医療安全・情報管理室
室長　藤原　聡子
電話：０３－５５５－０１４７（代表）
E-mail: johokanri@minatokita.example.jp.test
━━━━━━━━━━━━━━━━━━━━━━━━
"""
    body = body.replace("０３－５５５－０１４７", "03-555-0147")
    return msg(ad("情報管理室", "johokanri@minatokita.example.jp.test", cs="iso-2022-jp"),
               ad("全職員", "all-staff@minatokita.example.jp.test", cs="iso-2022-jp"),
               "【必須】令和８年度 個人情報保護研修のご案内",
               "2026-11-24 09:30 +0900",
               T(body, cs="iso-2022-jp", cte="7bit", wrap=False),
               scs="iso-2022-jp", senc="B")


@reg("none", "trap-zh-yibao-jiancha-zhenggai",
     "Chinese hospital notice on a medical-insurance fund inspection: aggregate findings and amounts; no patient",
     lang="zh")
def _():
    body = """\
各临床科室、医技科室、医保办：

根据市医疗保障局飞行检查反馈意见，我院２０２６年１月至９月医保基金使用情况共发现以下问题，
现通报如下，请各科室于１２月１５日前完成整改并书面报告医务处。

一、主要问题（汇总）
１．串换收费项目：涉及检验科、康复医学科，共１２６条记录，金额８.４万元；
２．超标准收费：涉及心血管内科、神经内科，共３１１条记录，金额１５.２万元；
３．分解住院：涉及精神科、肿瘤科，共１９例次；
４．无指征检查：涉及体检中心、感染性疾病科，共８７条记录，金额３.９万元。

二、整改要求
１．各科室主任为第一责任人，组织本科室学习《医疗保障基金使用监督管理条例》；
２．医保办牵头对精神科长期住院病例的出入院标准进行复核；
３．信息科在ＨＩＳ系统中增加收费项目与医嘱的自动校验规则。

三、处理
违规金额由医院先行退回医保基金，相关科室的绩效考核按医院有关规定执行。

特此通报。

江临市第二人民医院　医保办
联系人：周晓梅　电话：0571-555-0129
２０２６年１１月２７日
"""
    return msg(ad("医保办", "ybb@jl2h.example.cn.test", cs="gb2312"),
               ad("全院科室主任", "keshi-zhuren@jl2h.example.cn.test", cs="gb2312"),
               "关于医保基金飞行检查问题整改的通报",
               "2026-11-27 15:20 +0800",
               T(body, cs="gb2312", cte="base64", wrap=False),
               scs="gb2312", senc="B")


@reg("none", "trap-ko-job-posting-psych-ward-nurse",
     "Korean job posting for psychiatric ward and addiction treatment nurses; no patient", lang="ko")
def _():
    body = """\
[서해가람병원] 2027년 상반기 간호사 채용 공고

서해가람병원에서 정신건강의학과 병동과 알코올·약물 중독 치료 병동에서 함께 일할 간호사를 모집합니다.

1. 모집 분야 및 인원
  - 정신건강의학과 폐쇄병동 간호사 : 4명
  - 중독치료 병동 간호사 : 2명
  - 정신건강 간호사 자격 소지자 우대

2. 지원 자격
  - 간호사 면허 소지자 (2027년 2월 취득 예정자 포함)
  - 3교대 근무 가능자

3. 근무 조건
  - 정규직, 수습 기간 3개월
  - 연봉 : 내규에 따름 (정신과 병동 수당 별도 지급)
  - 기숙사 제공, 직원 및 가족 진료비 감면

4. 전형 절차
  서류 전형 > 면접 > 신체검사 > 최종 합격

5. 접수 기간 및 방법
  - 2026년 12월 1일(화) ~ 12월 18일(금) 18:00까지
  - 병원 홈페이지 채용 게시판에서 온라인 접수

6. 문의
  인사팀 (전화 031-555-0152, 이메일 insa@seohaegaram.example.kr.test)

서해가람병원 인사팀
"""
    return msg(ad("서해가람병원 인사팀", "insa@seohaegaram.example.kr.test", cs="euc-kr"),
               ad("간호학과 취업지원실", "career@nursing.example.kr.test", cs="euc-kr"),
               "[채용] 2027년 상반기 정신건강의학과 병동 간호사 모집",
               "2026-12-01 10:00 +0900",
               T(body, cs="euc-kr", cte="base64", wrap=False),
               scs="euc-kr", senc="B")


@reg("none", "trap-ru-tender-hiv-test-systems",
     "Russian hospital tender notice for HIV antibody test systems and reagents; no patient", lang="ru")
def _():
    body = """\
Уважаемые коллеги!

ГБУЗ «Ольховская городская больница № 2» информирует о размещении извещения о проведении электронного аукциона на поставку медицинских изделий для клинико-диагностической лаборатории.

Объект закупки: тест-системы для выявления антител к ВИЧ-1,2 и антигена p24 методом ИФА; тест-системы для определения HBsAg и антител к вирусу гепатита C; контрольные материалы.
Количество: 480 наборов по 96 определений (ВИЧ), 220 наборов (HBsAg), 180 наборов (анти-ВГС).
Начальная (максимальная) цена контракта: 9 874 300,00 руб.
Срок поставки: партиями по заявкам заказчика, с 15.01.2027 по 15.12.2027.
Остаточный срок годности на момент поставки: не менее 12 месяцев.
Дата окончания подачи заявок: 14.12.2026, 09:00 (МСК).

Требования к участникам и техническое задание размещены в единой информационной системе, номер извещения 0350500000026001184.

Контактное лицо: Гущина Елена Викторовна, контрактный управляющий
Тел.: +7 (812) 555-01-45
E-mail: zakupki@olkhovsk-gb2.example.ru.test

С уважением,
контрактная служба ГБУЗ «ОГБ № 2»
"""
    return msg(ad("Контрактная служба ОГБ №2", "zakupki@olkhovsk-gb2.example.ru.test", cs="utf-8"),
               ad("Поставщики", "suppliers-list@olkhovsk-gb2.example.ru.test", cs="utf-8"),
               "Извещение: электронный аукцион на поставку тест-систем ИФА (ВИЧ, гепатиты)",
               "2026-11-26 11:05 +0300",
               T(body, cs="utf-8", cte="8bit"),
               scs="utf-8", senc="B")


@reg("none", "trap-pt-reajuste-contrato-operadora",
     "Brazilian hospital-payer contract readjustment (delivery and bariatric packages, OPME); no patient",
     lang="pt")
def _():
    body = """\
Prezada Dra. Cristiane,

Conforme alinhado na reunião de 19/11, encaminho a proposta de reajuste contratual da Amparo Saúde para 2027, para análise da Diretoria Financeira do Hospital Vale do Ipuã.

1. Reajuste de diárias e taxas: 6,2% linear (a operadora propôs inicialmente 4,1%).
2. Pacotes:
   - Parto normal com até 2 diárias: R$ 4.980,00 (atual R$ 4.620,00)
   - Cesariana com até 3 diárias: R$ 6.310,00 (atual R$ 5.890,00)
   - Gastroplastia (bariátrica) por videolaparoscopia: R$ 21.400,00, sem OPME
3. OPME: manutenção da tabela própria com taxa de comercialização de 15%, limitada a R$ 3.000,00 por item.
4. Saúde mental: a operadora passa a remunerar internação psiquiátrica por diária global (R$ 980,00), incluindo honorários médicos e terapias.
5. Glosas: prazo de recurso ampliado de 30 para 60 dias; envio eletrônico via padrão TISS obrigatório.
6. Vigência: 01/01/2027 a 31/12/2027.

Solicitamos retorno até 05/12 para que o aditivo seja assinado ainda em dezembro.

Atenciosamente,

Marcos Vinícius Albuquerque Prado
Gerente de Relacionamento com Prestadores
Amparo Saúde - Operadora de Planos de Saúde
Tel.: (11) 555-0123 | marcos.prado@amparosaude.example.com.br.test

Esta mensagem pode conter informação confidencial ou privilegiada, sendo seu sigilo protegido por lei. Se você não for o destinatário ou a pessoa autorizada a receber esta mensagem, não pode usar, copiar ou divulgar as informações nela contidas.
"""
    return msg(ad("Marcos Vinícius Albuquerque Prado", "marcos.prado@amparosaude.example.com.br.test", cs="iso-8859-1"),
               ad("Dra. Cristiane Leal", "cristiane.leal@hvaleipua.example.com.br.test"),
               "Proposta de reajuste contratual 2027 - Amparo Saúde x Hospital Vale do Ipuã",
               "2026-11-24 14:48 -0300",
               T(body, cs="iso-8859-1", cte="quoted-printable"),
               scs="iso-8859-1", senc="Q")


@reg("none", "trap-it-budget-dsm-servizi-dipendenze",
     "Italian mental-health and addiction department budget (SerD, SPDC beds) in aggregate; no patient",
     lang="it")
def _():
    body = """\
Gentile Direttore,

trasmetto la proposta di budget 2027 del Dipartimento di Salute Mentale e Dipendenze Patologiche, come richiesto dal Controllo di Gestione con nota del 4 novembre.

Sintesi per struttura (costi diretti, migliaia di euro):

- SPDC Ospedale di Valmorena (16 posti letto): 3.412 (+2,1%)
- Centri di Salute Mentale (3 sedi): 4.980 (+3,4%), per l'assunzione di 2 psicologi e 1 tecnico della riabilitazione psichiatrica
- Neuropsichiatria infantile: 1.266 (+8,9%), per l'aumento degli accessi per disturbi della nutrizione e dell'alimentazione
- SerD (Servizio per le Dipendenze), 2 sedi: 2.734 (+1,2%); la spesa per metadone e buprenorfina è stimata stabile sui volumi 2026
- Residenzialità psichiatrica in convenzione: 6.105 (+4,0%)

Obiettivi proposti:
1. Tempo di attesa per la prima visita al CSM entro 15 giorni per l'80% delle richieste
2. Riduzione dei ricoveri ripetuti in SPDC entro 30 giorni dal 14% al 11%
3. Attivazione dell'ambulatorio per il gioco d'azzardo patologico presso il SerD di Borgo Alto

Resto a disposizione per l'incontro di negoziazione del 10 dicembre.

Cordiali saluti,

Dott.ssa Chiara Bonfanti
Responsabile Amministrativo di Dipartimento
DSM-DP - ASL Valmorena
Tel. 0583 555 0134
chiara.bonfanti@asl-valmorena.example.it.test

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 è vietato qualsiasi uso non autorizzato.
"""
    return msg(ad("Chiara Bonfanti", "chiara.bonfanti@asl-valmorena.example.it.test"),
               ad("Direttore DSM-DP", "direttore.dsm@asl-valmorena.example.it.test"),
               "Proposta budget 2027 DSM-DP – trasmissione",
               "2026-11-27 12:10 +0100",
               T(body, cs="utf-8", cte="8bit"),
               scs="utf-8", senc="B")


@reg("none", "trap-nl-verwerkersovereenkomst-ggz",
     "Dutch mental-health provider's data processing agreement review (BSN, special categories, breach notice); no patient",
     lang="nl")
def _():
    body = """\
Beste Jeroen,

Hierbij onze opmerkingen op het concept van de verwerkersovereenkomst met Zorgwolk B.V. voor het nieuwe EPD van GGZ Ommerdal. Ik heb ze in de bijlage ook als 'wijzigingen bijhouden' verwerkt.

1. Artikel 3.2: Zorgwolk verwerkt bijzondere persoonsgegevens (gezondheidsgegevens, waaronder psychiatrische diagnoses en verslavingszorg) en het BSN. Dat moet expliciet in de bijlage 'Categorieën gegevens' staan, niet alleen 'patiëntgegevens'.
2. Artikel 6 (datalekken): Zorgwolk wil 72 uur. Wij moeten zelf binnen 72 uur bij de Autoriteit Persoonsgegevens melden. Wij vragen dus melding aan ons 'onverwijld en uiterlijk binnen 24 uur na ontdekking'.
3. Artikel 8 (subverwerkers): de hosting bij een partij buiten de EER is niet acceptabel. Graag schrappen.
4. Artikel 11 (audit): jaarlijks een ISAE 3402 type II-verklaring en een NEN 7510-certificaat.
5. Artikel 14: bij beëindiging alle gegevens binnen 30 dagen terug in een open formaat en daarna aantoonbaar vernietigen.

Kun je dit vóór 4 december aan Zorgwolk doorzetten? De raad van bestuur wil op 10 december tekenen.

Met vriendelijke groet,

Marloes van der Giessen
Functionaris Gegevensbescherming
GGZ Ommerdal
T 0570 555 0131
privacy@ggz-ommerdal.example.nl.test

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.
"""
    return msg(ad("Marloes van der Giessen", "privacy@ggz-ommerdal.example.nl.test"),
               ad("Jeroen Bakhuizen", "j.bakhuizen@ggz-ommerdal.example.nl.test"),
               "Opmerkingen verwerkersovereenkomst Zorgwolk – EPD",
               "2026-11-26 15:44 +0100",
               T(body, cs="windows-1252", cte="quoted-printable"),
               scs="windows-1252", senc="Q")


@reg("none", "trap-pl-procedura-naruszenia-rodo",
     "Polish hospital GDPR breach-reporting procedure (72 hours, health data); no patient", lang="pl")
def _():
    body = """\
Szanowni Państwo,

w załączeniu przesyłam zaktualizowaną procedurę PR-IOD-07 „Postępowanie w przypadku naruszenia ochrony danych osobowych", obowiązującą od 1 grudnia 2026 r. Najważniejsze zmiany:

1. Każdy pracownik, który podejrzewa naruszenie (np. wysłanie dokumentacji medycznej do niewłaściwego adresata, zgubienie pendrive'a, nieuprawniony wgląd do historii choroby), zgłasza je niezwłocznie, najpóźniej w ciągu 2 godzin, do Inspektora Ochrony Danych.
2. IOD ocenia ryzyko i w razie potrzeby przygotowuje zgłoszenie do organu nadzorczego w ciągu 72 godzin od stwierdzenia naruszenia.
3. Dane o zdrowiu, w tym dane z poradni zdrowia psychicznego, poradni leczenia uzależnień oraz wyniki badań genetycznych, traktujemy jako dane szczególnej kategorii. Naruszenie ich poufności zawsze uznaje się za naruszenie wysokiego ryzyka.
4. Nowy formularz zgłoszenia (załącznik nr 1) jest dostępny w intranecie.

Proszę kierowników komórek organizacyjnych o zapoznanie z procedurą wszystkich podległych pracowników do 15 grudnia i potwierdzenie tego w systemie kadrowym.

Z poważaniem

Tomasz Wiśniewski-Kral
Inspektor Ochrony Danych
Szpital Miejski w Białokrzewie
tel. 22 555 01 47
iod@szpital-bialokrzew.example.pl.test

Treść tej wiadomości jest poufna i prawnie chroniona. Odbiorcą może być jedynie jej adresat. Jeżeli nie jesteś adresatem, niniejszym informujemy, że jakiekolwiek rozpowszechnianie, kopiowanie lub inne działanie o podobnym charakterze jest prawnie zabronione.
"""
    return msg(ad("Tomasz Wiśniewski-Kral", "iod@szpital-bialokrzew.example.pl.test", cs="iso-8859-2"),
               ad("Kierownicy komórek organizacyjnych", "kierownicy@szpital-bialokrzew.example.pl.test", cs="iso-8859-2"),
               "Nowa procedura PR-IOD-07 - naruszenia ochrony danych osobowych",
               "2026-11-25 10:20 +0100",
               T(body.replace("„", '"'), cs="iso-8859-2", cte="quoted-printable"),
               scs="iso-8859-2", senc="Q")


@reg("none", "trap-vi-thong-bao-kiem-toan-bhyt",
     "Vietnamese hospital internal audit schedule for health-insurance claims, by department; no patient",
     lang="vi")
def _():
    body = """\
Kính gửi: Trưởng các khoa, phòng

Thực hiện kế hoạch kiểm tra nội bộ năm 2026, Phòng Tài chính - Kế toán phối hợp với Phòng Kế hoạch tổng hợp thông báo lịch kiểm tra hồ sơ thanh toán bảo hiểm y tế (BHYT) quý IV như sau:

1. Thời gian: từ ngày 07/12 đến ngày 18/12/2026.
2. Phạm vi: chọn ngẫu nhiên 5% hồ sơ ra viện từ tháng 7 đến tháng 9/2026 tại các khoa: Nội tổng hợp, Ngoại, Sản, Truyền nhiễm, Tâm thần, Phục hồi chức năng.
3. Nội dung kiểm tra:
   - Chỉ định cận lâm sàng và thuốc so với chẩn đoán;
   - Thời gian nằm viện, ngày giường;
   - Thuốc kháng vi-rút (ARV) và thuốc điều trị thay thế: đối chiếu với danh mục được quỹ BHYT chi trả;
   - Hồ sơ chuyển tuyến.
4. Kết quả được tổng hợp theo khoa, không nêu tên người bệnh trong báo cáo.

Đề nghị các khoa chuẩn bị hồ sơ bệnh án theo danh sách sẽ được gửi riêng qua hệ thống nội bộ.

Trân trọng,

Nguyễn Thị Thanh Hương
Trưởng phòng Tài chính - Kế toán
Bệnh viện Đa khoa Tâm An
ĐT: 028 555 0136
Email: tckt@benhvientaman.example.vn.test
"""
    return msg(ad("Phòng Tài chính - Kế toán", "tckt@benhvientaman.example.vn.test", cs="utf-8"),
               ad("Trưởng các khoa", "truongkhoa@benhvientaman.example.vn.test", cs="utf-8"),
               "Thông báo lịch kiểm tra hồ sơ thanh toán BHYT quý IV/2026",
               "2026-11-30 08:05 +0700",
               T(body, cs="utf-8", cte="base64"),
               scs="utf-8", senc="B")


@reg("none", "trap-sv-upphandling-tolktjanst",
     "Swedish regional tender for interpreter services (psychiatry, maternity care, confidentiality); no patient",
     lang="sv")
def _():
    body = """\
Hej!

Region Västerlund har publicerat förfrågningsunderlaget för upphandlingen av tolktjänster till hälso- och sjukvården, dnr RV 2026/4411.

Kort om upphandlingen:
- Avtalsperiod: 2027-04-01 till 2029-03-31 med möjlighet till förlängning 1+1 år.
- Omfattning: cirka 58 000 tolkuppdrag per år, varav ca 40 % på distans (telefon och video).
- Vanligaste språk: arabiska, somaliska, dari, tigrinja, ukrainska, persiska, polska och teckenspråk.
- Särskilda krav för uppdrag inom psykiatri, barn- och ungdomspsykiatri, mödravård och beroendevård: auktoriserad sjukvårdstolk i första hand, och samma tolk vid upprepade samtal när vården begär det.
- Tolken omfattas av tystnadsplikt. Leverantören ska kunna visa hur personalen har utbildats i sekretess enligt offentlighets- och sekretesslagen.

Sista dag för frågor är den 8 december och anbud ska vara inne senast den 18 december 2026.

Med vänlig hälsning

Åsa Lindgren-Håkansson
Upphandlare, Regionservice Upphandling
Region Västerlund
Tfn 031-555 01 29
asa.lindgren-hakansson@region-vasterlund.example.se.test
"""
    return msg(ad("Åsa Lindgren-Håkansson", "asa.lindgren-hakansson@region-vasterlund.example.se.test", cs="iso-8859-1"),
               ad("Anbudsgivare tolktjänster", "anbud-tolk@region-vasterlund.example.se.test", cs="iso-8859-1"),
               "Upphandling tolktjänster hälso- och sjukvård, dnr RV 2026/4411",
               "2026-11-20 13:30 +0100",
               T(body, cs="iso-8859-1", cte="8bit"),
               scs="iso-8859-1", senc="Q")


@reg("none", "trap-de-pressemitteilung-kinderwunschzentrum",
     "German press release on a new fertility centre (IVF, ICSI, social freezing); no patient", lang="de")
def _():
    body = """\
PRESSEMITTEILUNG

Klinikum Feldbach-Ost eröffnet Kinderwunschzentrum

Feldbach, 2. Dezember 2026 – Mit einem eigenen Kinderwunschzentrum erweitert das Klinikum Feldbach-Ost sein Angebot in der Frauenheilkunde. Ab Januar 2027 bietet das Zentrum im Ärztehaus am Klinikpark die gesamte Kinderwunschbehandlung an einem Ort: Diagnostik, Zyklusmonitoring, Insemination, In-vitro-Fertilisation (IVF) und ICSI sowie das Einfrieren von Eizellen, zum Beispiel vor einer Krebstherapie („Fertilitätserhalt") oder aus persönlichen Gründen („Social Freezing").

„Viele Paare aus der Region mussten bisher bis zu 90 Kilometer fahren", sagt Prof. Dr. Katharina Vollmer-Senge, Chefärztin der Frauenklinik. „Jetzt können wir sie von der ersten Beratung bis zur Schwangerschaft begleiten."

Zum Team gehören zwei Fachärztinnen für Gynäkologische Endokrinologie und Reproduktionsmedizin, ein Embryologe sowie eine psychosoziale Beraterin. Eine humangenetische Beratung wird in Zusammenarbeit mit dem Institut für Humangenetik angeboten.

Informationsabend: Mittwoch, 20. Januar 2027, 18:30 Uhr, Hörsaal 1. Eine Anmeldung ist nicht erforderlich.

Pressekontakt:
Lea Hoffmann-Demir
Unternehmenskommunikation
Klinikum Feldbach-Ost gGmbH
Tel. +49 6221 555-0151
presse@klinikum-feldbach.example.de.test
"""
    return msg(ad("Pressestelle Klinikum Feldbach-Ost", "presse@" + KFO),
               [ad("Redaktion Feldbacher Anzeiger", "redaktion@feldbacher-anzeiger.example.de.test"), ad("Lokalradio", "news@radio-feldbach.example.de.test")],
               "PM: Klinikum Feldbach-Ost eröffnet Kinderwunschzentrum",
               "2026-12-02 10:00 +0100",
               T(body, cs="utf-8", cte="base64"),
               scs="utf-8", senc="B")


# ------------------------------------------------- none: ordinary office mail

@reg("none", "garage-restriping-weekend",
     "facilities notice: parking garage closure for restriping")
def _():
    body = """\
Good afternoon,

Facilities will restripe and seal levels 2 and 3 of the Oriel Avenue parking garage this weekend.

  When:    Saturday 12/5, 6:00 AM through Sunday 12/6, 8:00 PM
  Closed:  Levels 2 and 3 (level 1 and the roof stay open)
  Overflow: Lot F on Beacon Street, with shuttle every 15 minutes from 5:30 AM to 11:30 PM

Vehicles left on levels 2 or 3 after 6:00 AM Saturday will be towed to Lot F at no charge. Your badge still works at the Lot F gate.

Night shift staff arriving Friday evening: please park on level 1 or the roof.

Questions: Facilities Service Center, (360) 555-0121.

Thank you for your patience,
Facilities Management
St. Odile Regional Medical Center
"""
    return msg(ad("Facilities Management", "facilities@" + SO),
               ad("All Staff", "allstaff@" + SO),
               "Oriel garage levels 2-3 closed this weekend (restriping)",
               "2026-12-02 14:30 -0800",
               T(body))


@reg("none", "payroll-calendar-2027",
     "payroll calendar and holiday pay dates for 2027")
def _():
    body = """\
Hello everyone,

The 2027 payroll calendar is now posted in the Employee Portal under Pay > Calendars. Paydays remain every other Friday. The first payday of 2027 is January 8 (period 12/20/2026-1/2/2027).

Please note:
- There are 26 pay periods in 2027.
- Timecards must be approved by managers by 10:00 AM the Monday after the period ends.
- Holiday pay dates: New Year's Day, Memorial Day, Independence Day (observed Monday 7/5), Labor Day, Thanksgiving, Christmas (observed Friday 12/24).
- W-2s for 2026 will be available electronically by January 22. If you want a paper copy, update your consent in the portal by 12/31.

Direct deposit changes made after Wednesday noon of payroll week take effect the following pay period.

Thank you,

Payroll Services
Calloway Ridge Health
503-555-0115 | payroll@callowayridge.example.org
"""
    return msg(ad("Payroll Services", "payroll@" + CR),
               ad("All Employees", "allemployees@" + CR),
               "2027 payroll calendar posted",
               "2026-12-01 09:00 -0800",
               T(body),
               extra=[("Precedence", "bulk")])


@reg("none", "expense-report-deadline-fy-close",
     "finance reminder about expense report and P-card deadlines at calendar year end")
def _():
    body = """\
Hi Brenmoor managers,

Calendar year-end close is coming. To get expenses into the right period:

- Expense reports for anything spent through 12/31 must be submitted in the expense system by Friday 1/8.
- P-card statements: reconcile and attach receipts by 1/6. Unreconciled transactions over $500 will be charged to your department's suspense account.
- CME reimbursements: include the agenda and certificate. Meals must show attendees.
- Mileage rate stays at the current IRS rate until the new rate is announced.

Please forward this to anyone on your team who has a P-card.

Thanks,
Marta

Marta Lindqvist
Controller, Brenmoor Physician Partners
816-555-0114
""" + BM_DISC
    return msg(ad("Lindqvist, Marta", "mlindqvist@" + BM),
               ad("BPP Practice Managers", "practice-managers@" + BM),
               "Year-end: expense reports due 1/8, P-card recon 1/6",
               "2026-12-03 11:12 -0600",
               T(body))


@reg("none", "exec-offsite-logistics",
     "executive assistant sends logistics for a leadership offsite")
def _():
    body = """\
Good morning,

Logistics for the January executive leadership offsite:

  Dates:     Thursday 1/14 (arrive by 5:00 PM) - Friday 1/15 (end 3:00 PM)
  Location:  Quarry Point Lodge, 4410 Summit Road, Larch Hollow
  Rooms:     Booked for everyone under "Calloway Ridge Health." Check-in from 3:00 PM. Confirmation numbers are in your calendar invites.
  Dinner:    Thursday 6:30 PM, Cedar Room
  Dress:     Business casual. The Friday morning walk is optional (bring boots if it rains)
  Agenda:    FY28 strategic plan, capital priorities, the ambulatory growth plan and the St. Odile affiliation discussion

Carpool: two vans leave the main campus at 2:30 PM Thursday from the Larchmont entrance. Reply by 1/8 if you want a seat.

Dietary needs: please send them to me by 1/6.

Thank you,
Noemi

Noemi Castellanos-Reyes
Executive Assistant to the President & CEO
Calloway Ridge Health
503-555-0101
"""
    return msg(ad("Castellanos-Reyes, Noemi", "ncastellanosreyes@" + CR),
               ad("Executive Leadership Team", "elt@" + CR),
               "ELT offsite Jan 14-15 - logistics",
               "2026-12-03 08:14 -0800",
               OL(body))


@reg("none", "revenue-cycle-floor-move",
     "facilities move schedule for revenue cycle staff to a new floor")
def _():
    body = """\
Hi team,

Our move to the 6th floor of the Larchmont building is confirmed for the weekend of December 11-13.

Before you leave Friday 12/11:
  - Pack your personal items and desk files into the crates (delivered Wednesday). Label each crate with your name and new cube number (the seating chart is attached to the Teams post).
  - Unplug everything except the PC. IT will move the PCs and docks.
  - Lock your pedestal. Leave the key in the lock.
  - Secure-shred any paper you do not need. Shred consoles will be in the break room. Nothing with account info goes in the recycling.

Monday 12/14:
  - Badge access to 6 is activated Sunday night.
  - IT floor walkers will be there 7:00-11:00 AM.
  - Coffee and bagels in 6-Commons at 8:30.

Thanks for your patience,
Pauline

Pauline Vukovich
VP, Revenue Cycle
Calloway Ridge Health | 503-555-0110
"""
    return msg(ad("Vukovich, Pauline", "pvukovich@" + CR),
               ad("Revenue Cycle - All", "revcycle-all@" + CR),
               "Move to Larchmont 6 - weekend of 12/11",
               "2026-12-02 16:45 -0800",
               OL(body))


@reg("none", "shred-bin-service-invoice",
     "shredding vendor invoice for bin service (certificate of destruction); business invoice")
def _():
    body = """\
INVOICE 2026-110473
Northgate Shred Services, Inc. | 77 Mill Race Road, Tamsin Bay, OR 97398 | 503-555-0178

Bill to:  Ostrander Valley Hospital, Accounts Payable, 410 Cascade Loop, Ostrander Valley, WA 98998
Account:  NGS-40811
Service period: November 1-30, 2026

Description                                       Qty    Rate      Amount
Secure console service (95 gal), biweekly          38   $14.50    $551.00
Secure console service (65 gal), biweekly          12   $11.00    $132.00
One-time purge, Medical Records basement (boxes)   64    $4.25    $272.00
Fuel/environmental surcharge                        1   $28.60     $28.60
                                                             TOTAL $983.60

Terms: Net 30. Certificates of destruction for each service date are attached to the customer portal (shredding was done on site, NAID AAA certified).

Pay online: https://pay.northgateshred.example.com/NGS-40811

Thank you for your business!
"""
    return msg(ad("Northgate Shred Billing", "billing@northgateshred.example.com"),
               ad("OVH Accounts Payable", "ap@" + OV),
               "Invoice 2026-110473 - Ostrander Valley Hospital - November service",
               "2026-12-01 06:05 -0800",
               T(body, wrap=False))


@reg("none", "legal-dept-holiday-potluck",
     "office potluck invitation for the legal department")
def _():
    body = """\
Hi all!

It's that time again. The OGC + Compliance + Privacy holiday potluck is Thursday 12/17 at noon in Conference Room 3A.

Sign-up sheet is on the Teams channel. So far we have: 3 lasagnas (!), Malik's famous samosas, two salads and a lot of cookies. We need: drinks, plates, and something that isn't pasta.

White elephant gift exchange is optional, $20 limit. Please no more singing fish.

Ugly sweaters encouraged.

Jocelyn
"""
    return msg(ad("Fennimore, Jocelyn", "jfennimore@" + CR),
               ad("OGC, Compliance & Privacy", "ogc-compliance-privacy@" + CR),
               "Holiday potluck 12/17 - sign up!",
               "2026-12-03 10:02 -0800",
               OL(body))


@reg("none", "mfa-app-migration-reminder",
     "IT notice about moving multi-factor authentication to a new app")
def _():
    body = """\
ACTION REQUIRED BY DECEMBER 15

We are moving multi-factor authentication (MFA) to the new CRH Verify app. After December 15, the old authenticator will no longer work for VPN, webmail or the EHR from home.

What to do (about 5 minutes):
  1. Install "CRH Verify" from the company portal (managed phones) or your phone's app store.
  2. Go to https://mfa.callowayridge.example.org/enroll from a CRH computer.
  3. Scan the QR code and approve the test push.

No smartphone? Request a hardware token through the IT Service Portal, category "Access > MFA token."

IT will NEVER ask you for your password or an MFA code by phone, text or e-mail. If someone does, report it to phish@callowayridge.example.org.

Help: IT Service Desk 503-555-0155 (24/7)
"""
    return msg(ad("IT Service Desk", "itservicedesk@" + CR),
               ad("All Users", "allusers@" + CR),
               "Action required: enroll in CRH Verify MFA by 12/15",
               "2026-11-30 07:00 -0800",
               T(body),
               extra=[("Precedence", "bulk")])


@reg("none", "interview-schedule-revenue-analyst",
     "recruiter's interview invitation with a calendar file; candidate named, no health content")
def _():
    cal = ics([
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:interview-26-04391-leopold-fairbrother@callowayridge.example.org",
        "DTSTAMP:20261201T180000Z",
        "DTSTART:20261208T180000Z",
        "DTEND:20261208T193000Z",
        "SUMMARY:Panel interview - Revenue Integrity Analyst (Req 26-04391) - Leopold Fairbrother",
        "LOCATION:Larchmont 6 - Conference Room 6C / Teams",
        "ORGANIZER;CN=Talent Acquisition:mailto:talent@callowayridge.example.org",
        "ATTENDEE;CN=Ahmed Ostrowski;ROLE=REQ-PARTICIPANT:mailto:aostrowski@callowayridge.example.org",
        "ATTENDEE;CN=Pauline Vukovich;ROLE=REQ-PARTICIPANT:mailto:pvukovich@callowayridge.example.org",
        "ATTENDEE;CN=Leopold Fairbrother;ROLE=REQ-PARTICIPANT:mailto:leopold.fairbrother@mailbox.example.net",
        "DESCRIPTION:90-minute panel. Candidate will present the CDM variance exercise (15 min).",
        "END:VEVENT"])
    body = """\
Hi Leopold,

Thank you for your interest in the Revenue Integrity Analyst position. We'd like to invite you to a panel interview on Tuesday, December 8 from 10:00 to 11:30 AM Pacific, in person at our Larchmont building (Teams link available if you prefer).

Please prepare a 15-minute walkthrough of the chargemaster variance exercise we sent. Bring a photo ID for the front desk.

Parking: visitor spots on level 1 of the Larchmont garage. Please keep your ticket so we can validate it.

Reply to confirm, or let us know a better time.

Best regards,
Hollis Quigley
Talent Acquisition Partner, Calloway Ridge Health
503-555-0120
"""
    return msg(ad("Quigley, Hollis", "talent@" + CR),
               ad("Leopold Fairbrother", "leopold.fairbrother@mailbox.example.net"),
               "Interview invitation - Revenue Integrity Analyst (Req 26-04391)",
               "2026-12-01 10:00 -0800",
               MP("mixed", T(body), A(cal, "text/calendar", "invite.ics", cte="7bit", cs="utf-8", extra=())),
               cc=[ad("Ostrowski, Ahmed", "aostrowski@" + CR)])


@reg("none", "audit-engagement-letter-signature",
     "auditor sends the engagement letter for e-signature; business mail")
def _():
    body = """\
Dear Ms. Vasquez-Albright,

Please find attached for electronic signature the engagement letter for the audit of Ostrander Valley Hospital's financial statements for the fiscal year ending June 30, 2027, and for the single audit of federal awards.

Fees: $96,500 for the financial statement audit and $14,000 for the single audit. Out-of-pocket expenses are billed at cost, capped at 5%.

The letter must be countersigned by the Board Finance Committee chair as well. The e-signature routing will send it to Mr. Halvorsen after your signature.

If you have any questions, please contact me.

Kind regards,

Harriet Lockhart-Mensah, CPA
Senior Manager, Healthcare Assurance
Merriwether Kaplan LLP
D 503-555-0137

Merriwether Kaplan LLP is an independent member of an international association of accounting firms. This e-mail is confidential and may be privileged. If you are not the intended recipient, please delete it and notify the sender.
"""
    pages = [["**Merriwether Kaplan LLP", "Engagement Letter - Ostrander Valley Hospital - FYE June 30, 2027",
              "Audit of financial statements and single audit of federal awards.", "Fees: $96,500 / $14,000.",
              "Signature: ______________________   Date: __________"]]
    return msg(ad("Lockhart-Mensah, Harriet", "hlockhartmensah@merriwetherkaplan.example.com"),
               ad("Vasquez-Albright, Corinne", "cvasquezalbright@" + OV),
               "Engagement letter FYE 2027 - for e-signature",
               "2026-11-19 11:20 -0800",
               MP("mixed", T(body), A(pdf(pages), "application/pdf", "OVH_Engagement_Letter_FYE2027.pdf")))


@reg("none", "revenue-cycle-forum-registration",
     "conference registration confirmation for a regional revenue cycle forum")
def _():
    body = """\
REGISTRATION CONFIRMED

Hi Marisa Quintero,

You're registered for the Pacific Northwest Revenue Cycle Forum 2027.

  Dates:       February 22-24, 2027
  Venue:       Tamsin Bay Convention Center, Hall C
  Registration: Full conference + Monday pre-conference workshop "Denials Prevention Bootcamp"
  Confirmation #: PNRCF27-18842
  Amount paid: $1,145.00 (Visa ending 4471)

Hotel block: The Harborlight Hotel, $219/night, code RCF27. Book by January 29.

Continuing education: up to 14.5 credit hours. Bring your member ID for the CE scanner.

See you in February!
PNW Revenue Cycle Forum
registration@pnwrcf.example.org | 503-555-0193
"""
    return msg(ad("PNW Revenue Cycle Forum", "registration@pnwrcf.example.org"),
               ad("Marisa Quintero", "mquintero@" + CR),
               "You're registered: PNW Revenue Cycle Forum 2027 (PNRCF27-18842)",
               "2026-11-11 13:42 -0800",
               T(body))


@reg("none", "board-dinner-catering-order",
     "catering order confirmation for a board dinner")
def _():
    body = """\
Hi Corinne's office,

Confirming the catering order for the Board of Trustees dinner:

  Date/time:  Thursday, December 10, set up by 5:15 PM, dinner 6:00 PM
  Location:   OVH Education Center, Room 101
  Guests:     22

Menu:
  - Winter greens salad, pears, candied walnuts
  - Choice of braised short rib, cedar plank salmon or wild mushroom risotto (vegan)
  - Roasted root vegetables, herb potatoes
  - Apple crumble, coffee and tea

Dietary: 2 gluten-free, 1 vegan, 1 shellfish allergy (noted on the kitchen ticket).

Total: $1,562.00 incl. service. Charge to cost center 1010 per your PO 88120.

Thank you!
Gemma at Cascade Table Catering
509-555-0174
"""
    return msg(ad("Cascade Table Catering", "orders@cascadetable.example.com"),
               ad("Executive Office OVH", "execoffice@" + OV),
               "Catering confirmation - Board dinner 12/10 (22 guests)",
               "2026-12-03 09:40 -0800",
               T(body))


@reg("none", "de-tiefgarage-sperrung", "German facilities notice: underground car park closed for repairs",
     lang="de")
def _():
    body = """\
Liebe Mitarbeiterinnen und Mitarbeiter,

wegen Sanierungsarbeiten an der Entwässerung ist die Tiefgarage unter Haus C vom 7. bis 18. Dezember 2026 vollständig gesperrt.

Bitte nutzen Sie in dieser Zeit den Mitarbeiterparkplatz P4 an der Mühlstraße. Ihre Parkkarte ist dort freigeschaltet. Vom P4 fährt werktags zwischen 5:30 und 22:30 Uhr alle 20 Minuten ein Pendelbus zum Haupteingang.

Fahrräder können weiterhin im Fahrradkeller abgestellt werden. Der Zugang erfolgt über den Seiteneingang Haus C.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihre Abteilung Technik und Bau
Klinikum Feldbach-Ost gGmbH
Tel. +49 6221 555-0158
"""
    return msg(ad("Technik und Bau", "technik@" + KFO),
               ad("Alle Mitarbeitenden", "alle-mitarbeitenden@" + KFO),
               "Sperrung Tiefgarage Haus C vom 7. bis 18. Dezember",
               "2026-11-30 07:45 +0100",
               T(body, cs="iso-8859-1", cte="8bit"),
               scs="iso-8859-1", senc="Q")


@reg("none", "fr-fermeture-self-travaux", "French notice: staff canteen closed for works", lang="fr")
def _():
    body = """\
Bonjour à toutes et à tous,

En raison de travaux de mise aux normes de la cuisine, le self du personnel sera fermé du lundi 14 au vendredi 18 décembre inclus.

Pendant cette période :
- une restauration rapide (sandwichs, salades, plats chauds à emporter) sera proposée à la cafétéria du hall d'accueil, de 11 h 00 à 14 h 30 ;
- les équipes de nuit pourront retirer un plateau-repas au poste de sécurité à partir de 20 h 00, sur réservation la veille avant 16 h 00 (poste 4412) ;
- les badges repas restent valables à la cafétéria.

Réouverture prévue le lundi 21 décembre, avec le repas de Noël offert par la direction le mardi 22.

Merci de votre compréhension.

La Direction des services économiques et logistiques
Centre hospitalier de Vaurelle
Tél. : +33 4 78 555 01 55
"""
    return msg(ad("Direction des services économiques", "dsel@ch-vaurelle.example.fr.test", cs="iso-8859-15"),
               ad("Tous les personnels", "tous@ch-vaurelle.example.fr.test"),
               "Fermeture du self du personnel du 14 au 18 décembre",
               "2026-12-01 11:00 +0100",
               T(body, cs="iso-8859-15", cte="quoted-printable"),
               scs="iso-8859-15", senc="Q")


@reg("none", "es-posada-navidena-finanzas", "Mexican Spanish invitation to the finance department's Christmas party",
     lang="es")
def _():
    body = """\
¡Hola, equipo de Finanzas!

Ya llegó la temporada: los esperamos en nuestra posada navideña.

📅 Viernes 18 de diciembre
🕖 7:00 p. m.
📍 Salón Los Arcos, Av. de los Fresnos 214, Col. Jardines del Valle

Habrá cena, piñata, tamales y, por supuesto, el intercambio de regalos (monto sugerido: $400 pesos). Si quieres participar en el intercambio, anótate en la lista de Teams antes del viernes 11 para hacer la rifa.

Pueden traer a un acompañante. Por favor confirmen asistencia con Lupita (ext. 3310) para apartar mesas.

¡No falten!

Guadalupe Ríos Villaseñor
Asistente de Dirección de Finanzas
Hospital San Rafael de la Sierra
Tel. 33 5550 0128
"""
    return msg(ad("Guadalupe Ríos Villaseñor", "grios@hsanrafael.example.com.mx.test", cs="utf-8"),
               ad("Dirección de Finanzas", "finanzas@hsanrafael.example.com.mx.test", cs="utf-8"),
               "🎄 Posada navideña de Finanzas – 18 de diciembre",
               "2026-12-02 13:25 -0600",
               T(body.replace("33 5550 0128", "33 555 0128"), cs="utf-8", cte="quoted-printable"),
               scs="utf-8", senc="B")


@reg("none", "ja-bonenkai-jimubu", "Japanese year-end party invitation for the administration department",
     lang="ja")
def _():
    body = """\
事務部の皆さま

お疲れさまです。総務課の佐々木です。
今年も事務部の忘年会を下記のとおり開催します。

日時：１２月１８日（金）１９時００分から
場所：和食処　さくら亭（病院正面玄関から徒歩５分）
会費：５，０００円（当日集金します）

出欠を１２月１０日（木）までに返信してください。
夜勤・当直の方は、途中参加・途中退席でも大丈夫です。

よろしくお願いいたします。

みなと北総合病院　総務課
佐々木　美咲（内線２１０３）
"""
    return msg(ad("佐々木 美咲", "sasaki.m@minatokita.example.jp.test", cs="shift_jis"),
               ad("事務部", "jimubu@minatokita.example.jp.test", cs="shift_jis"),
               "事務部忘年会のご案内（１２月１８日）",
               "2026-12-01 17:10 +0900",
               T(body, cs="shift_jis", cte="base64", wrap=False),
               scs="shift_jis", senc="B")


@reg("none", "pt-reuniao-diretoria-pauta", "Brazilian Portuguese board meeting agenda (finance, construction)",
     lang="pt")
def _():
    body = """\
Prezados diretores,

Segue a pauta da reunião ordinária da Diretoria de dezembro:

Data: quinta-feira, 10/12/2026, às 8h
Local: Sala do Conselho, 3º andar, Bloco Administrativo

1. Aprovação da ata da reunião de novembro
2. Resultado financeiro de outubro e projeção de fechamento do exercício
3. Orçamento de investimentos 2027 (reforma da central de material esterilizado e troca dos elevadores do Bloco B)
4. Renovação do contrato de vigilância patrimonial
5. Calendário de recesso de fim de ano do setor administrativo
6. Assuntos gerais

Os documentos estarão disponíveis na pasta compartilhada da Diretoria a partir de segunda-feira.

Atenciosamente,

Renata Cavalcanti Ximenes
Secretaria Executiva - Hospital Vale do Ipuã
Tel.: (11) 555-0161
"""
    return msg(ad("Renata Cavalcanti Ximenes", "secretaria@hvaleipua.example.com.br.test"),
               ad("Diretoria", "diretoria@hvaleipua.example.com.br.test"),
               "Pauta da reunião de Diretoria – 10/12",
               "2026-12-03 16:00 -0300",
               T(body, cs="utf-8", cte="8bit"),
               scs="utf-8", senc="Q")


@reg("none", "it-chiusura-uffici-ponte-immacolata", "Italian notice: administrative offices closed for the December bridge holiday",
     lang="it")
def _():
    body = """\
Gentili colleghe e colleghi,

si comunica che lunedì 7 dicembre 2026 gli uffici amministrativi della sede di Via dei Tigli (Protocollo, Ragioneria, Ufficio Personale e Provveditorato) resteranno chiusi per il ponte dell'Immacolata.

Il personale interessato dovrà giustificare la giornata con ferie o recupero ore entro il 4 dicembre tramite il portale del dipendente.

Restano regolarmente aperti il CUP e gli sportelli ospedalieri.

Cordiali saluti,

Ufficio Personale
ASL Valmorena
Tel. 0583 555 0102
"""
    return msg(ad("Ufficio Personale ASL Valmorena", "personale@asl-valmorena.example.it.test"),
               ad("Personale amministrativo", "amministrativi@asl-valmorena.example.it.test"),
               "Chiusura uffici amministrativi lunedì 7 dicembre",
               "2026-11-26 09:00 +0100",
               T(body, cs="iso-8859-1", cte="quoted-printable"),
               scs="iso-8859-1", senc="Q")


# ======================================================================= phi

@reg("phi", "breach-misdirected-referral-affected-list-csv",
     "privacy office sends counsel the list of 24 patients (name, MRN, DOB, referral type) in a misdirected fax batch")
def _():
    ppl = people("breach-fax", 24)
    refs = ["Cardiology - echocardiogram", "Orthopedics - knee MRI review", "Gastroenterology - colonoscopy",
            "Pulmonology - PFTs", "Endocrinology - thyroid nodule", "Nephrology - CKD stage 3b",
            "Urology - hematuria workup", "Dermatology - biopsy follow-up", "Rheumatology - RA",
            "Sleep medicine - polysomnography", "ENT - chronic sinusitis", "Podiatry - diabetic foot"]
    rows = [["Last name", "First name", "MRN", "DOB", "Referral", "Pages", "Elements disclosed"]]
    for i, (f, l, r) in enumerate(ppl):
        rows.append([l, f, "2%07d" % r.randint(100000, 9999999), dob(r), refs[i % len(refs)], r.randint(2, 9),
                     "name, DOB, MRN, insurance, referral reason, recent notes"])
    body = """\
Gordon,

As discussed, attached is the affected-individual list for incident PT-2026-0412 (misdirected referral fax batch, Brenmoor Quillfield clinic, 10/27/2026). 24 individuals, 131 pages.

Facts as we have them:
- The referral coordinator used a saved speed-dial entry for a specialty practice that changed its fax number in September. The batch went to a number that now belongs to a local auto body shop.
- The shop owner called us on 10/29. He says he looked only at the first page, kept everything in a closed folder and returned it to our courier on 10/30. He signed our attestation of return and non-retention.
- The pages include names, DOB, MRN, insurance, referral reason and recent clinic notes. No SSNs or financial account numbers.

Our draft risk assessment concludes low probability of compromise (recipient identified, attestation signed, pages returned within 24 hours). I would still like your view on whether to notify, given the clinical notes in the batch. If we do notify, the 60-day deadline from discovery (10/29) is 12/28.

Please do not forward the list. It is also in the incident file in PrivacyTrack.

Lorraine

Lorraine Whitfield-Osei, JD, CHPC
Chief Privacy Officer
Calloway Ridge Health | Office of Compliance & Privacy
T 503-555-0102

PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION
""" + CR_DISC
    return msg(ad("Whitfield-Osei, Lorraine", "lwhitfieldosei@" + CR),
               ad("Gordon Ashcombe", "gashcombe@phv-law.example.com"),
               "PT-2026-0412 misdirected fax - affected individuals list (24)",
               "2026-11-04 17:20 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "PT-2026-0412_affected_individuals.csv", cs="us-ascii")),
               extra=[("Sensitivity", "Company-Confidential")])


@reg("phi", "subpoena-response-mva-records-cover-letter",
     "HIM's subpoena response to a law firm with a named patient's DOB, dates of service and trauma records list (PDF)")
def _():
    pages = [[
        "**ST. ODILE REGIONAL MEDICAL CENTER - HEALTH INFORMATION MANAGEMENT",
        "**CERTIFICATION OF RECORDS CUSTODIAN",
        "",
        "Re: Trevino, Alejandro M.     DOB 03/12/1984     MR# SO-0728841",
        "Subpoena duces tecum dated 10/30/2026, Delgado & Finch, PLLC (case no. 26-CV-01187)",
        "",
        "Records produced (dates of service 06/14/2026 - 07/22/2026):",
        "  1. Emergency Department record 06/14/2026 (trauma activation, MVC, driver)      14 pp",
        "  2. CT head/C-spine/chest/abdomen/pelvis reports 06/14/2026                       6 pp",
        "  3. Operative report: ORIF left tibial plateau fracture 06/15/2026               4 pp",
        "  4. Inpatient progress notes, orthopedic surgery and hospital medicine            38 pp",
        "  5. Discharge summary 06/19/2026 (to home with PT; enoxaparin x 28 days)          3 pp",
        "  6. Orthopedic clinic follow-up 07/06/2026 and 07/22/2026                         5 pp",
        "  7. Itemized billing statement, account 6100448215                               4 pp",
        "",
        "I, the undersigned, am the duly authorized custodian of the records of St. Odile Regional",
        "Medical Center. The copies are true and complete copies of the records described above,",
        "made at or near the time by persons with knowledge, in the regular course of business.",
        "",
        "Signed: Ana-Lucia Bergstrom, RHIT, Release of Information Supervisor    Date: 11/20/2026",
    ]]
    body = """\
Ms. Delgado,

In response to your subpoena duces tecum dated October 30, 2026, and the patient's signed authorization received November 12, 2026, please find attached the certification of records for Alejandro M. Trevino (DOB 03/12/1984). The records themselves (74 pages) are available for 30 days through the secure release portal link sent separately.

Invoice ROI-26-33107 for $86.40 (per the state copy fee schedule) is included in the portal. Records will release once it is paid.

Please note: no behavioral health or substance use disorder treatment records were requested or produced.

Sincerely,

Ana-Lucia Bergstrom, RHIT
Release of Information Supervisor, Health Information Management
St. Odile Regional Medical Center
Phone (360) 555-0138 | Fax (360) 555-0139
roi@stodile.example.org

""" + SO_DISC
    return msg(ad("Bergstrom, Ana-Lucia", "roi@" + SO),
               ad("Marisol Delgado", "mdelgado@delgadofinch.example.com"),
               "ROI-26-33107 - Subpoena response - Trevino, Alejandro (26-CV-01187)",
               "2026-11-20 14:05 -0800",
               MP("mixed", T(body), A(pdf(pages, title="Certification of Records - ROI-26-33107"), "application/pdf", "ROI-26-33107_Certification.pdf")))


@reg("phi", "patient-refund-overpayment-ap-request",
     "patient financial services asks AP to refund a named patient's overpayment for a lumbar MRI")
def _():
    body = """\
AP team,

Please issue a patient refund check in Thursday's run:

  Payee:           Winnie Jessup
  Mailing address: 3380 Fernhill Court, Apt 2, Tamsin Bay, OR 97398
  Guarantor acct:  G-00418226
  Hospital acct:   7001843392
  Service:         MRI lumbar spine without contrast (CPT 72148), DOS 10/14/2026
  Reason:          Patient paid $650.00 estimate at time of service. Corvane processed 11/2 and applied only $237.63 to deductible. Patient responsibility is $237.63.
  Refund amount:   $412.37
  GL:              1201-200-4410 (patient refunds clearing)

Credit confirmed in the credit balance work queue, approved by supervisor (J. Nakashima) 11/17. Backup (EOB and payment receipt) is attached to the account in the billing system.

Thanks,
Delphine

Delphine Abernathy
Patient Account Representative II, Credit Balance & Refunds
Calloway Ridge Health - Patient Financial Services
503-555-0124 | pfs-refunds@callowayridge.example.org

""" + CR_DISC
    return msg(ad("Abernathy, Delphine", "dabernathy@" + CR),
               ad("Accounts Payable", "ap@" + CR),
               "Patient refund request - acct 7001843392 - $412.37",
               "2026-11-17 10:21 -0800",
               OL(body))


@reg("phi", "collections-dispute-ed-visit-agency",
     "collection agency and hospital discuss a named debtor's disputed ED visit bill (laceration repair, insurance)")
def _():
    body = """\
Hi Tavita,

Thanks for flagging. I looked at this one. He is right. The ED claim was denied by Tri-Lakes for "coverage terminated," but the eligibility response in our system from that day shows active coverage. It looks like Tri-Lakes had the wrong termination date after his employer changed group numbers. I'm recalling the account from placement today and rebilling with the corrected group number. Please close it on your side, stop all collection activity and send a deletion request to the credit bureaus if you reported it.

Account: 7002110957 | Guarantor: Soren Rasmussen | DOS 08/02/2026 | ED Level 3 + simple laceration repair (12001) | Balance $1,486.00

I'll send him a letter letting him know.

Ximena

Ximena Pacheco-Lund
Supervisor, Self-Pay & Agency Management
Calloway Ridge Health - Patient Financial Services
503-555-0127

-----Original Message-----
From: Tavita Faleolo <tfaleolo@ravelinrecovery.example.net>
Sent: Tuesday, November 24, 2026 9:02 AM
To: PFS Agency Liaison <pfs-agency@callowayridge.example.org>
Subject: Dispute - placement 88-441207 - RASMUSSEN, SOREN

Good morning,

Debtor called in to dispute the balance below. He states that he had Tri-Lakes Mutual coverage through his employer on the date of service and that he was seen in your emergency room for a cut on his hand that needed stitches. He is requesting an itemized statement and for the account to be billed to his insurance. He provided member ID TLM-30418877-01.

  Placement #:  88-441207
  Client acct:  7002110957
  Name:         RASMUSSEN, SOREN
  DOS:          08/02/2026
  Placed:       10/30/2026
  Balance:      $1,486.00

Per FDCPA we have placed the account on hold pending validation. Please advise within 30 days.

Tavita Faleolo
Client Services Specialist
Ravelin Recovery Group, LLC
Phone 866-555-0109 ext 2214 | tfaleolo@ravelinrecovery.example.net

This communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.
"""
    return msg(ad("Pacheco-Lund, Ximena", "xpacholund@" + CR),
               ad("Tavita Faleolo", "tfaleolo@ravelinrecovery.example.net"),
               "RE: Dispute - placement 88-441207 - RASMUSSEN, SOREN",
               "2026-11-24 11:47 -0800",
               OL(body),
               irt="<20261124170211.88441207@ravelinrecovery.example.net>")


@reg("phi", "risk-event-fall-hip-fracture",
     "incident-reporting system notice: named inpatient's unwitnessed fall with femoral neck fracture")
def _():
    body = """\
SafetyNet Event Reporting - NEW EVENT ASSIGNED

Event #:         E-2026-08812
Event type:      Fall - unassisted, unwitnessed
Severity (prelim): Harm - temporary, intervention required (E)
Date/time:       11/21/2026 03:40
Location:        5 East Medical/Telemetry, Room 516-A
Reported by:     RN (night shift) - name withheld in notification
Assigned to:     Risk Management - Gloria Abernathy-Ruiz

PATIENT
Name:   ECKHART, GUSTAV
MRN:    20458117    Age/Sex: 82 M    Admit date: 11/18/2026
Admitting dx: Urinary tract infection with acute metabolic encephalopathy

BRIEF DESCRIPTION (as entered)
Pt found on floor beside bed at 0340 by CNA during rounds. Bed alarm was on but patient had been unplugged from the monitoring cable for a bathroom trip earlier and alarm not re-armed. Pt c/o L hip pain, unable to bear weight, L leg shortened and externally rotated. Rapid response called 0345. Portable XR then CT: displaced left femoral neck fracture. Hospitalist and ortho notified; ortho plans hemiarthroplasty 11/22. Family (daughter) notified at 0415 by charge RN. Pt on apixaban for afib; held.

Fall risk score on admission: Morse 65 (high). Fall bundle documented q-shift.

ACTIONS REQUESTED
[ ] Risk review within 24 h   [ ] Disclosure conversation documented   [ ] Consider SSE classification
[ ] Equipment sequestered (bed 5E-516A sent to biomed)

View event: https://safetynet.ostrandervalley.example.org/events/E-2026-08812

This notification contains confidential patient safety work product prepared for the Patient Safety Evaluation System. Do not print or forward.
"""
    return msg(ad("SafetyNet Event Reporting", "safetynet-noreply@" + OV),
               ad("Abernathy-Ruiz, Gloria", "gabernathyruiz@" + OV),
               "SafetyNet E-2026-08812 assigned: Fall w/ injury - 5 East",
               "2026-11-21 04:22 -0800",
               T(body, wrap=False),
               mid_style="dotted",
               extra=[("Auto-Submitted", "auto-generated")])


@reg("phi", "privacy-investigation-coworker-chart-access",
     "privacy investigation summary: an employee repeatedly opened a named coworker-patient's ED chart (kidney stone)")
def _():
    body = """\
Rochelle,

Summary of privacy investigation PI-2026-117 for the sanctions discussion on Thursday. Please treat this as confidential. The complainant is also an employee.

COMPLAINANT / PATIENT: Rosalind Kettering (Revenue Cycle, employee ID E0392210; MRN 20331874)
SUBJECT OF INVESTIGATION: Patient Access Representative, ED registration (employee ID E0407719)

WHAT HAPPENED
Ms. Kettering was seen in the ED on 10/19/2026 for right flank pain, diagnosed with a 6 mm obstructing ureteral stone, and discharged with tamsulosin and oxycodone x 3 days. On 10/21 a coworker mentioned to her that she "heard about the kidney stone," and she contacted Privacy.

AUDIT FINDINGS
The access report shows the subject opened Ms. Kettering's record 6 times between 10/19 22:14 and 10/20 07:50. The first access (registration, 10/19 22:14) was in role. The other five were not. They included the ED provider note, CT abdomen/pelvis result and the discharge instructions, and happened after the patient was discharged and after the subject's shift ended.

INTERVIEW (11/3)
The subject admitted looking "because we're friends and I was worried." She denied sharing the information, but she said she mentioned it to one other employee "in passing."

ANALYSIS
Impermissible access and a use/disclosure not permitted under the Privacy Rule. Breach risk assessment: low probability of further compromise (internal, known recipients), but notification to the patient is still required under our policy because she has already learned of the disclosure. Letter drafted for my signature.

RECOMMENDATION
Level 3 sanction (final written warning, retraining, 12-month access auditing) per HR-402, in line with two similar 2025 cases.

Lorraine Whitfield-Osei, JD, CHPC
Chief Privacy Officer | Calloway Ridge Health
T 503-555-0102

""" + CR_DISC
    return msg(ad("Whitfield-Osei, Lorraine", "lwhitfieldosei@" + CR),
               ad("Szabo, Rochelle (HRBP)", "rszabo@" + CR),
               "PI-2026-117 investigation summary - sanction recommendation",
               "2026-11-05 16:02 -0800",
               OL(body))


@reg("phi", "research-sae-report-cardiqor-pneumonia",
     "site's serious adverse event report for a trial subject (ID, initials, DOB) hospitalised with pneumonia")
def _():
    body = """\
SERIOUS ADVERSE EVENT REPORT - INITIAL
Protocol: ATX-402 (CARDIQOR-HF2)      Site: 104 - St. Odile Regional Medical Center
Sponsor: Aurelian Therapeutics        PI: Viktor Halvorsen-Ng, MD

Subject ID:      104-037
Initials:        K.M.O.
Date of birth:   17-FEB-1951     Sex: F
Randomized:      12-MAR-2026     Treatment: blinded (CARDIQOR or placebo)

EVENT
Term (verbatim):  Community-acquired pneumonia, right lower lobe
MedDRA PT:        Pneumonia
Onset:            19-NOV-2026
Seriousness:      Hospitalization (admitted 20-NOV-2026, ongoing)
Severity:         Grade 3
Relationship to study drug (investigator): Unlikely related
Action with study drug: Interrupted 20-NOV-2026
Outcome:          Not yet recovered

NARRATIVE
75-year-old female with HFrEF (LVEF 30%), T2DM and CKD 3a presented to the ED on 20-NOV-2026 with 2 days of fever (38.9 C), productive cough and dyspnea. SpO2 89% on room air, WBC 16.2, procalcitonin 2.4, CXR with RLL consolidation. Admitted to medicine; started ceftriaxone and azithromycin. Potassium 4.8, creatinine 1.4 (baseline 1.2). No signs of HF decompensation on exam; BNP 410 (baseline 380). Study drug held per protocol section 8.4 while on IV antibiotics.

Reporter: Consuelo Marquez-Dahl, CCRC, Research Coordinator
Date of report: 21-NOV-2026 (within 24 h of site awareness)
Cc: IRB of record (reportable per local policy: no, sent for information)

Consuelo Marquez-Dahl, CCRC
Clinical Research Coordinator III, Cardiology Research
St. Odile Regional Medical Center
(360) 555-0165 | cmarquezdahl@stodile.example.org
"""
    return msg(ad("Marquez-Dahl, Consuelo", "cmarquezdahl@" + SO),
               ad("ATX-402 Pharmacovigilance", "safety-atx402@aurelian-tx.example.com"),
               "SAE Initial - ATX-402 - Site 104 - Subj 104-037 - Pneumonia",
               "2026-11-21 09:12 -0800",
               T(body, wrap=False),
               cc=[ad("Halvorsen-Ng, Viktor MD", "vhalvorsenng@" + SO)])


@reg("phi", "wc-lumbar-strain-adjuster-mri",
     "workers' comp nurse case manager and employee health discuss a named employee's lumbar injury, MRI and restrictions")
def _():
    body = """\
Hi Beatrix,

Update on Marcus Galloway (EVS Tech II, employee ID E0387604), claim WC-26-118844, date of injury 10/06/2026 (lifting a full linen cart onto the dock).

- MRI lumbar spine 11/12: L4-5 broad-based disc protrusion with mild left foraminal narrowing, no cord compression.
- Seen by occupational medicine (Dr. Fennimore) 11/16: lumbar strain with L4-5 protrusion, left L5 radicular symptoms improving. Continue PT 2x/week for 4 weeks; meloxicam 15 mg daily; gabapentin stopped (drowsy).
- Work status: MODIFIED DUTY through 12/14. No lifting over 20 lb, no repetitive bending, may alternate sitting/standing. Re-eval 12/14.
- Spine surgery consult was requested by the claimant's attorney. We authorized it, scheduled 12/3 with Dr. Lockhart.

Can you confirm EVS has a modified-duty assignment within those restrictions? If not, TTD benefits restart on the day he is sent home.

Thanks,
Renata

Renata Iverson, RN, CCM
Nurse Case Manager, Keelson Claims Services
Direct 971-555-0135 | Fax 971-555-0136
riverson@keelsonclaims.example.com

This e-mail may contain confidential medical information protected by state workers' compensation law. It is intended only for the parties to the claim.
"""
    return msg(ad("Renata Iverson", "riverson@keelsonclaims.example.com"),
               ad("Jankowski, Beatrix (Employee Health)", "bjankowski@" + CR),
               "WC-26-118844 Galloway - MRI result, modified duty thru 12/14",
               "2026-11-17 12:30 -0800",
               T(body))


@reg("phi", "fmla-request-knee-replacement-surgery",
     "borderline: an employee's leave request to HR states her scheduled total knee replacement; HR record, but health information about a named person")
def _():
    body = """\
Hi Leave Team,

I need to request FMLA leave. I'm having a right total knee replacement on January 12 at St. Odile with Dr. Wojcik. He said to plan on 6 to 8 weeks off, then maybe a couple of weeks of light duty because I'm on my feet all shift.

Do you need the form filled out by his office, or is the surgery scheduling letter enough? I can get either. I'd also like to use my PTO first and then short-term disability if that's allowed.

My manager (Anselm on 4 West) knows I'm having surgery but not the details. Please don't share more than you have to.

Thank you,
Bettina Holloway, RN
4 West Med/Surg, nights
Employee ID E0296631
Cell 503-555-0186

---- Reply from Leave Administration, 11/30/2026 ----

Hi Bettina,

Thank you for letting us know. You are eligible for FMLA (12 weeks). Please have Dr. Wojcik's office complete the attached WH-380-E certification and fax it to 503-555-0114 by 12/15. The surgery letter alone is not enough. You can use PTO at the start of your leave, and we will open your short-term disability claim when you go out.

We will only tell your manager the dates you will be away and your expected return-to-work date.

Leave Administration | Calloway Ridge Health HR
leave@callowayridge.example.org
"""
    return msg(ad("Leave Administration", "leave@" + CR),
               ad("Holloway, Bettina", "bholloway@" + CR),
               "RE: FMLA request - Holloway, Bettina (E0296631)",
               "2026-11-30 13:15 -0800",
               T(body))


@reg("phi", "payer-radv-sample-hcc-csv",
     "Medicare Advantage plan's risk-adjustment audit sample: 25 members with IDs, DOB, dates of service and HCC diagnoses")
def _():
    dx = [("E11.22", "Type 2 DM w/ diabetic CKD", "HCC 37"), ("I50.22", "Chronic systolic heart failure", "HCC 226"),
          ("J44.1", "COPD w/ acute exacerbation", "HCC 280"), ("N18.4", "CKD stage 4", "HCC 327"),
          ("I48.91", "Atrial fibrillation, unspecified", "HCC 238"), ("E66.01", "Morbid obesity", "HCC 48"),
          ("C61", "Malignant neoplasm of prostate", "HCC 23"), ("M05.79", "Rheumatoid arthritis w/ RF, multiple sites", "HCC 93"),
          ("I70.213", "Atherosclerosis native arteries, claudication, bilateral", "HCC 264"), ("E11.42", "Type 2 DM w/ polyneuropathy", "HCC 37"),
          ("G30.1", "Alzheimer's disease, late onset", "HCC 127"), ("L89.153", "Pressure ulcer of sacral region, stage 3", "HCC 381")]
    ppl = people("radv", 25)
    npis = ["1830166132", "1194875740", "1186252767", "1703423669", "1852808413"]
    rows = [["Seq", "Member ID", "Member name", "DOB", "DOS", "Rendering NPI", "ICD-10", "Description", "HCC (V28)"]]
    for i, (f, l, r) in enumerate(ppl, 1):
        d = dx[i % len(dx)]
        rows.append([i, "SLA%09d" % r.randint(100000000, 999999999), "%s, %s" % (l.upper(), f.upper()), dob(r, 1938, 1960),
                     "%02d/%02d/2025" % (r.randint(1, 12), r.randint(1, 28)), npis[i % len(npis)], d[0], d[1], d[2]])
    body = """\
Brenmoor Physician Partners - Medical Records / Coding

Silverline Advantage has been selected for a payment year 2025 risk adjustment data validation (RADV) audit. Your practice submitted diagnoses for the members in the attached sample. Please provide medical record documentation supporting each diagnosis on the listed date of service.

Requirements:
  - One face-to-face encounter note per line, signed and credentialed by an acceptable provider type
  - Include the problem list and assessment/plan; do not send the full chart
  - Upload to the Silverline provider portal, RADV folder RA-2025-0917, by January 15, 2027
  - Do not e-mail records in response to this message

If the documentation does not support the diagnosis, Silverline may have to repay CMS, and under Section 14.3 of your provider agreement that amount can be recovered from the practice.

Questions: Rachel Szymanski, Risk Adjustment Program Manager, 1-800-555-0147 option 4.

Silverline Advantage - Risk Adjustment Operations

""" + PAYER_DISC
    return msg(ad("Silverline Advantage Risk Adjustment", "radv@silverline-ma.example.com"),
               ad("BPP Coding", "coding@" + BM),
               "RADV PY2025 medical record request RA-2025-0917 - 25 members - due 1/15/2027",
               "2026-11-18 08:00 -0500",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "RA-2025-0917_sample_Brenmoor.csv", cs="us-ascii")))


@reg("phi", "legal-hold-birth-injury-chart",
     "borderline: legal hold naming a mother's and newborn's charts (shoulder dystocia, brachial plexus injury); obstetric care but not a restricted category")
def _():
    body = """\
PRIVILEGED & CONFIDENTIAL
ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT

LEGAL HOLD NOTICE - OGC-2026-0231 (anticipated litigation)

To: Dana Pham (HIM); Kwame Asante-Lindgren (IS); Lisette Ravensworth (Director, Women's & Infants); Dr. Carys Okafor-Lind (OB Chair)

We received a records request and notice-of-claim letter from counsel for the family described below. Please preserve everything related to this delivery, including items normally purged on schedule.

Patient (mother): Delphine Marchetti, MRN 20390056, DOB 08/14/1993
Patient (infant): Baby Boy Marchetti, MRN 20512977, DOB 03/02/2026
Event: vaginal delivery 03/02/2026 complicated by shoulder dystocia (head-to-body interval about 4 min); infant diagnosed with right brachial plexus palsy (Erb's); NICU admission 03/02-03/06.

Preserve:
  1. Complete EHR records for both patients, including the EHR audit trail (all users, all access) from 03/01 to present;
  2. Fetal heart rate monitoring strips (full tracing from archive), in native format;
  3. L&D unit census, staffing and assignment sheets for 03/01-03/02;
  4. Shoulder dystocia drill records and the L&D simulation roster for 2025-2026;
  5. Any e-mail, Teams or text messages among staff about this delivery;
  6. SafetyNet event E-2026-01987 and the related peer review file (do not copy into the chart).

IS: please suspend auto-deletion on the EHR audit archive and the fetal monitoring archive for these MRNs and confirm by reply.

Do not discuss this matter with the family or their counsel. Refer any contact to me.

Malik Haddad, JD
Associate General Counsel, Calloway Ridge Health
Direct 503-555-0106
""" + CR_DISC
    return msg(ad("Haddad, Malik", "mhaddad@" + CR),
               [ad("Pham, Dana", "dpham@" + CR), ad("Asante-Lindgren, Kwame", "kasante@" + CR),
                ad("Ravensworth, Lisette", "lravensworth@" + CR), ad("Okafor-Lind, Carys MD", "cokaforlind@" + CR)],
               "LEGAL HOLD OGC-2026-0231 - preserve records - L&D 03/02/2026",
               "2026-11-13 10:44 -0800",
               T(body),
               extra=[("Importance", "high")])


@reg("phi", "press-inquiry-crash-victim-forwarded",
     "communications forwards a reporter's inquiry (as message/rfc822) about a named teenage crash victim's condition in the ICU")
def _():
    inner = msg(ad("Dario Lindqvist-Moss", "dlmoss@kwxr.example.com"),
                ad("Media Relations", "media@" + CR),
                "Media inquiry - Route 9 crash, Imogen Ravensworth",
                "2026-11-28 19:41 -0800",
                T("""\
Hi,

Dario Lindqvist-Moss with KWXR News. We're reporting on tonight's two-car crash on Route 9 near the quarry. Family friends tell us one of the drivers, 17-year-old Imogen Ravensworth of Larch Hollow, was flown to your trauma center and is in critical condition in the ICU with a head injury.

Can you confirm her condition for our 11 PM broadcast? We'd also like a comment from the trauma team on teen driving crashes this year.

Thanks,
Dario
KWXR News | assignment desk 503-555-0192
"""),
                mid="<kwxr.2026112819411.58831@kwxr.example.com>")
    body = """\
Sending this to you both so we're aligned before the 11 PM news.

Per the nursing supervisor, the patient's parents asked at registration that she be listed as "no information / opt out of directory." So we will NOT confirm she is here, not even her condition. My planned reply to KWXR: "Because of patient privacy laws, we cannot confirm whether a specific person is a patient." Then the general trauma-season statistics from the trauma program if they want them.

Lorraine, I'm assuming the family's request also covers the condition-only statement a reporter can normally get with a name. Please shout if that's wrong.

Original inquiry below.

Rafaela

Rafaela Nunes-Whitaker
Vice President, Marketing & Communications
Calloway Ridge Health | m 503-555-0177

""" + CR_DISC
    return msg(ad("Nunes-Whitaker, Rafaela", "rnuneswhitaker@" + CR),
               [ad("Whitfield-Osei, Lorraine", "lwhitfieldosei@" + CR), ad("House Supervisor", "housesupervisor@" + CR)],
               "FW: Media inquiry - Route 9 crash, Imogen Ravensworth",
               "2026-11-28 20:03 -0800",
               MP("mixed", T(body), R822(inner, "Media inquiry - Route 9 crash.eml", "attachment")))


@reg("phi", "denial-appeal-sepsis-inpatient-docx",
     "first-level appeal letter (docx) for a named member's denied inpatient sepsis stay: member ID, claim number, vitals, labs")
def _():
    doc = docx([
        "November 23, 2026",
        "Corvane Health Plan, Appeals & Grievances, PO Box 7720, Larkin, CA 94999",
        [("b", "RE: Level 1 Provider Appeal - Inpatient Medical Necessity Denial")],
        "Member: Thaddeus Illingworth   Member ID: CVN884120357   DOB: 05/30/1949",
        "Claim #: 26118C0044179   Dates of service: 09/03/2026 - 09/06/2026   Denial letter dated 10/21/2026",
        "Dear Appeals Reviewer,",
        "Calloway Ridge Health requests reconsideration of the denial of inpatient status for the above admission. Corvane determined the stay should have been observation. We disagree.",
        "Mr. Illingworth, a 77-year-old man with COPD and type 2 diabetes, presented to the Emergency Department with fever of 39.4 C, heart rate 124, respiratory rate 28, blood pressure 84/48 (MAP 58) and confusion. Lactate was 4.1 mmol/L, WBC 19.8, procalcitonin 6.2, and chest x-ray showed left lower lobe pneumonia. He met Sepsis-3 criteria for septic shock. He received a 30 mL/kg crystalloid bolus, blood cultures, and piperacillin-tazobactam within 1 hour, and needed norepinephrine for 14 hours.",
        "Given the vasopressor requirement, repeat lactate of 2.9 at 6 hours, and acute kidney injury (creatinine 2.1 from baseline 1.0), the admitting physician reasonably expected a stay spanning at least two midnights. Inpatient admission was medically necessary under the two-midnight benchmark, which Corvane applies to its Medicare Advantage members under 42 CFR 422.101(b).",
        "We ask that Corvane overturn the denial and reimburse the claim at the inpatient DRG (MS-DRG 871).",
        "Sincerely,",
        "Imani Okonkwo-Reyes, MD, Physician Advisor, Utilization Management",
    ], author="I. Okonkwo-Reyes")
    body = """\
Corvane Appeals,

Attached please find a first-level provider appeal for the claim below, with the supporting medical records uploaded to the provider portal (upload confirmation 88120-A).

Member: Thaddeus Illingworth | Member ID CVN884120357 | Claim 26118C0044179 | DOS 09/03-09/06/2026

Please send the determination to the address in the letter or to appeals@callowayridge.example.org.

Thank you,
Marisa Quintero, CRCR
Director, Denials Management & Appeals, Calloway Ridge Health
503-555-0117

""" + CR_DISC
    return msg(ad("CRH Appeals", "appeals@" + CR),
               ad("Corvane Provider Appeals", "provider-appeals@corvane.example.com"),
               "Level 1 appeal - Claim 26118C0044179 - Illingworth",
               "2026-11-23 15:45 -0800",
               MP("mixed", T(body), A(doc, DOCX, "Appeal_L1_26118C0044179.docx")))


@reg("phi", "peer-to-peer-request-lumbar-mri",
     "Medicaid plan's utilisation-management notice offering peer-to-peer on a named member's denied lumbar MRI")
def _():
    body = """\
PRAIRIE BRIDGE HEALTH PLAN - UTILIZATION MANAGEMENT
ADVERSE DETERMINATION - PEER-TO-PEER AVAILABLE

To:          Brenmoor Physician Partners - Quillfield Family Medicine
Attn:        Ordering provider Mei Tanaka-Whitfield, MD (NPI 1194875740)
Fax:         816-555-0145

Case #:      UM-26-441208
Member:      VANCE, ULRICH      DOB 09/22/1971      Member ID PBH-7731840-02
Service:     MRI lumbar spine without contrast (CPT 72148), outpatient
Diagnosis:   M54.16 Radiculopathy, lumbar region
Decision:    DENIED - 11/25/2026

Reason: The request does not meet the plan's clinical criteria for advanced imaging of the lumbar spine. The clinical information received shows low back pain with radiation to the left leg for 3 weeks. There are no red flag symptoms (progressive neurological deficit, cauda equina symptoms, suspected infection, malignancy or fracture), and it does not show 6 weeks of conservative treatment (physical therapy, anti-inflammatory medication, activity modification).

A peer-to-peer discussion with the plan medical director is available for 14 calendar days from the date of this notice. To schedule, call 1-800-555-0167, option 3, and give the case number. The member has been notified separately of their appeal rights.

Reviewer: Ogden Trevino-Hale, MD, Associate Medical Director

""" + PAYER_DISC
    return msg(ad("Prairie Bridge UM Notifications", "um-notify@prairiebridge.example.com"),
               ad("Quillfield Family Medicine Referrals", "qfm-referrals@" + BM),
               "UM-26-441208 ADVERSE DETERMINATION - P2P available - VANCE, ULRICH",
               "2026-11-25 16:10 -0600",
               T(body, wrap=False),
               extra=[("Auto-Submitted", "auto-generated")])


@reg("phi", "cdi-query-acute-on-chronic-hf",
     "CDI specialist's query to a physician about a named inpatient's heart-failure type with EF, BNP and diuretic doses")
def _():
    body = """\
Dr. Nwosu-Berg,

This patient's medical record contains the following clinical indicators:

Patient: LOCKHART, QUENTIN   MRN 20366410   Acct 7002219384   Rm 5E-508   Admit 11/28/2026

  - Documentation: "CHF exacerbation" in the H&P dated 11/28
  - Echocardiogram dated 11/29: LVEF 25-30%, moderate MR
  - BNP 1,840 on 11/28 (prior 610 in 08/2026)
  - Treatment: IV furosemide 80 mg BID 11/28-11/30, then 40 mg BID; metolazone 2.5 mg x1 on 11/29
  - Imaging: CXR 11/28 with bilateral pleural effusions and interstitial edema
  - Net negative 4.2 L since admission

Based on your clinical judgment, please clarify the type and acuity of heart failure being treated:
  [ ] Acute on chronic systolic (HFrEF) heart failure
  [ ] Acute on chronic diastolic (HFpEF) heart failure
  [ ] Acute on chronic combined systolic and diastolic heart failure
  [ ] Chronic heart failure without acute exacerbation, type: ______
  [ ] Other: ______
  [ ] Unable to determine

Please document your response in a progress note or addendum. The query is also in your EHR in-basket.

Thank you,
Yusuf Bellweather, RN, CCDS
CDI Specialist, ext. 0132
Calloway Ridge Health
"""
    return msg(ad("Bellweather, Yusuf RN", "ybellweather@" + CR),
               ad("Nwosu-Berg, Amara MD", "anwosuberg@" + CR),
               "CDI query - HF specificity - MRN 20366410 (5E-508)",
               "2026-12-01 09:40 -0800",
               T(body, wrap=False))


@reg("phi", "coder-question-nstemi-type2",
     "inpatient coder asks the physician advisor about a named patient's troponin and type 2 MI vs demand ischemia")
def _():
    body = """\
Hi Dr. Okonkwo-Reyes,

Quick coding question before I send a formal query. I don't want to lead the provider.

Acct 7002240618, PEMBERTON, HAROLD, 71M, admitted 11/20 with GI bleed (melena, Hgb 6.8), EGD 11/21 with a duodenal ulcer, clipped. Transfused 3 units.

Troponin I: 0.04 > 0.91 > 1.20 > 0.66 on 11/20-11/21. No chest pain. ECG with diffuse ST depression that resolved after transfusion. Cardiology consult note says "demand ischemia in setting of acute blood loss anemia, no ACS, no cath." Hospitalist discharge summary says "NSTEMI type 2."

So the two notes disagree. Demand ischemia (I24.8) vs type 2 MI (I21.A1) makes a DRG difference (377 vs 378), and I know that's exactly what the payers audit. I was going to send a clarification query to the attending with both documented terms and the troponin trend, with "other" and "unable to determine" options. Does that sound right to you, or do you want to talk to cardiology first?

Thanks,
Farida Nakashima, CCS
Inpatient Coding Specialist III
Calloway Ridge Health - HIM Coding
503-555-0139
"""
    return msg(ad("Nakashima, Farida", "fnakashima@" + CR),
               ad("Okonkwo-Reyes, Imani MD", "iokonkworeyes@" + CR),
               "Coding question - acct 7002240618 - type 2 MI vs demand ischemia",
               "2026-11-25 14:18 -0800",
               OL(body))


@reg("phi", "charity-care-approval-appendectomy",
     "financial assistance approval letter to a named patient for her appendectomy stay, with account and amounts")
def _():
    text = """\
Dear Priya Galloway,

Good news. Your application for financial assistance has been APPROVED.

Account number: 6100461172
Patient: Priya Galloway
Services: inpatient stay 10/02/2026 - 10/04/2026 (laparoscopic appendectomy), including the emergency department visit on 10/02/2026
Total charges: $38,412.60
Insurance payments: $0.00 (no coverage on date of service)
Financial assistance adjustment: 100% ($38,412.60)
Your balance: $0.00

Your approval is based on household income at or below 200% of the Federal Poverty Guidelines and is valid for services at St. Odile Regional Medical Center through 04/30/2027. If you get care from an outside physician group (for example, the surgeon or the anesthesiologist), they bill separately. Send them this letter. Many of them take part in our program.

If you have questions, call a financial counselor at (360) 555-0128, Monday-Friday 8 AM-4:30 PM.

Sincerely,
Patient Financial Services - Financial Counseling
St. Odile Regional Medical Center
"""
    html = "<html><body style=\"font-family:Arial;font-size:14px\">" + "".join(
        "<p>%s</p>" % _x(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) + "</body></html>"
    return msg(ad("SORMC Financial Counseling", "financialcounseling@" + SO),
               ad("Priya Galloway", "priya.galloway@mailbox.example.net"),
               "Your financial assistance application has been approved",
               "2026-11-12 11:00 -0800",
               MP("alternative", T(text), T(html, "html", cte="quoted-printable")))


@reg("phi", "billing-complaint-colonoscopy-patient-relations",
     "patient relations forwards a named patient's complaint about being billed for a screening colonoscopy after a polyp was removed")
def _():
    body = """\
Hi Ximena,

Can PFS look at this before I call her back? It's the screening-turned-diagnostic colonoscopy billing problem again. If we coded it right, I'd like to give her a clear explanation. If not, a correction. Her message is below. She agreed that we can discuss her account with her husband if he calls.

Thanks,
Harriet Castellano-Ng
Patient Relations Specialist, Calloway Ridge Health
503-555-0116 | patientrelations@callowayridge.example.org

-------- Forwarded message --------
From: Lorena Whitcombe <lorena.whitcombe@mailbox.example.net>
Date: Mon, Nov 30, 2026 at 7:48 AM
Subject: Bill for my colonoscopy - this is wrong
To: <patientrelations@callowayridge.example.org>

To whom it may concern,

I had my screening colonoscopy on October 20 with Dr. Mendez at your outpatient endoscopy center. I am 52 and this was my first one. My insurance (Corvane PPO) is supposed to cover screening at 100%. I just got a bill for $1,840.22 saying it was "diagnostic" because they removed a polyp. Nobody told me this could happen. The doctor said the polyp was small and benign (the pathology letter said tubular adenoma).

I have read that the law says removing a polyp during a screening should still be free. Please fix this. Account number on the bill is 7002087745.

Lorena Whitcombe
DOB 02/11/1974
(503) 555-0184
"""
    return msg(ad("Castellano-Ng, Harriet", "hcastellanong@" + CR),
               ad("Pacheco-Lund, Ximena", "xpacholund@" + CR),
               "FW: Bill for my colonoscopy - this is wrong",
               "2026-11-30 09:26 -0800",
               T(body))


@reg("phi", "rca-wrong-side-nerve-block",
     "quality department's root cause analysis charter for a wrong-side nerve block on a named patient (MRN)")
def _():
    body = """\
ROOT CAUSE ANALYSIS - CHARTER AND FIRST MEETING
Confidential - Patient Safety Work Product / Peer Review Privileged

Event:        SafetyNet E-2026-08590 - Wrong-site procedure (regional anesthesia)
Classification: Serious Safety Event (SSE-2), Sentinel Event per Joint Commission policy
Date of event: 11/10/2026, Ambulatory Surgery Center, Pre-op Bay 4
Patient:      NORCROSS, LEOPOLD    MRN 20401138    DOB 12/03/1959

Summary: Patient scheduled for RIGHT shoulder arthroscopy with rotator cuff repair received a LEFT interscalene nerve block. The surgical site was marked on the right, but the block was done before the regional anesthesia time-out. The error was recognized when the patient was positioned. The surgeon and the patient's wife were informed, the procedure was postponed, and the patient was monitored in PACU for 4 hours (transient left hemidiaphragm paresis, SpO2 nadir 92%, resolved). Disclosure conversation documented 11/10 by Dr. Ravensworth and the nurse manager. Case rescheduled 11/24 and performed without complication. Charges for 11/10 written off (acct 6100447729).

RCA team: Dr. Abigail Thornquist (sponsor), Gloria Abernathy-Ruiz (facilitator), an anesthesiologist not involved, ASC nurse manager, a pre-op RN, a patient safety specialist, and the patient family advisor.

Meeting 1: Thursday 12/3, 7:00-8:30 AM, Quality Conference Room. Timeline review. Please read the attached timeline beforehand (SharePoint > RCA > E-2026-08590). Do not bring printed copies.

Due to Joint Commission: RCA and action plan within 45 business days of the event.

Abigail Thornquist, MD
Chief Quality & Patient Safety Officer
St. Odile Regional Medical Center | (360) 555-0110
"""
    return msg(ad("Thornquist, Abigail MD", "athornquist@" + SO),
               ad("RCA Team E-2026-08590", "rca-e202608590@" + SO),
               "RCA E-2026-08590 charter + meeting 1 (12/3 0700)",
               "2026-11-27 15:30 -0800",
               T(body))


@reg("phi", "ltd-claim-employee-chemo",
     "disability insurer tells HR benefits that a named employee's long-term disability claim for breast cancer chemotherapy is approved")
def _():
    body = """\
Dear Benefits Administrator,

RE: Long Term Disability claim - DUNLEAVY, FIONA - Employee ID E0371145
Claim number: LTD-2026-0044718
Policy: GL-88120 (Calloway Ridge Health)

We have approved the above claim for LTD benefits effective 12/07/2026, following the 90-day elimination period.

Basis: The attending physician statement (Dr. Yeardley, medical oncology, dated 11/14/2026) reports invasive ductal carcinoma of the left breast, stage IIB, treated with lumpectomy on 08/20/2026 and adjuvant chemotherapy (dose-dense AC followed by paclitaxel) through approximately 03/2027, to be followed by radiation therapy. Restrictions: no work while on chemotherapy because of neutropenia risk and fatigue.

Benefits approved through: 04/30/2027. We will ask for updated medical information in March.
Monthly benefit: 60% of pre-disability earnings, offset by any other income benefits.

The employee has been notified directly. Please continue her group life and medical coverage per your plan's disability provisions, and confirm her last day worked (we have 09/07/2026).

Sincerely,
Celestine Abara-Whitlock
Disability Claims Examiner
Halberd Mutual Life & Disability
Phone 1-800-555-0182 ext 4471 | Fax 1-800-555-0183

This message contains confidential information intended only for the plan administrator. It may contain medical information protected by law.
"""
    return msg(ad("Halberd Mutual Disability Claims", "ltdclaims@halberdmutual.example.com"),
               ad("CRH Benefits Administration", "benefits@" + CR),
               "LTD claim approval - LTD-2026-0044718 - Dunleavy",
               "2026-11-24 13:05 -0600",
               T(body))


@reg("phi", "ada-accommodation-t1d-cgm",
     "HR accommodation letter to a named employee approving changes for her type 1 diabetes and glucose monitor")
def _():
    body = """\
Dear Jolene,

Thank you for meeting with me on November 20 and for the note from your endocrinologist. I am confirming the accommodations we agreed for your type 1 diabetes under the Americans with Disabilities Act and our policy HR-310:

1. You may keep your phone with you in the sterile processing department, in a sealed pouch, because it receives alerts from your continuous glucose monitor. Infection Prevention has approved the pouch.
2. You may take short breaks (up to 10 minutes) when you need to check your glucose, eat or treat a low, in addition to your scheduled breaks. Let the lead tech know when you step out. You do not need to give a reason.
3. A small cooler for your insulin and snacks may be stored in the SPD break room refrigerator, labeled with your name.
4. Your schedule will stay on the fixed 7 AM-3:30 PM shift for now, and you will not be rotated to nights. We will review this in 6 months.

Your manager, Gideon Lockhart, has been told what the accommodations are, but not your diagnosis or any medical details. Your medical documentation is kept in a confidential file in HR, separate from your personnel file.

If anything changes or these don't work in practice, please contact me.

Kind regards,

Keziah Ostrowski, SHRM-CP
Accommodations & Leave Specialist, Human Resources
Calloway Ridge Health
503-555-0113 | accommodations@callowayridge.example.org
"""
    return msg(ad("Ostrowski, Keziah", "accommodations@" + CR),
               ad("Jolene Carrow", "jcarrow@" + CR),
               "Your accommodation request - confirmation",
               "2026-11-23 15:40 -0800",
               T(body))


@reg("phi", "employee-health-tb-igra-positive",
     "employee health tells a named nurse her IGRA is positive, chest X-ray normal, and recommends latent TB treatment")
def _():
    body = """\
Hi Mireille,

Following up on your annual TB screening. Your QuantiFERON (IGRA) drawn on 11/09 came back POSITIVE (TB1 0.92 IU/mL, TB2 1.14 IU/mL, nil 0.05). Your 2025 test was negative.

Your chest X-ray on 11/18 was normal: no signs of active TB. You told us you have no cough, fever, night sweats or weight loss. So this is latent TB infection (LTBI). It is not contagious and you are cleared to keep working, no restrictions.

We recommend treatment to prevent active TB later. The usual option here is rifampin daily for 4 months. Dr. Szabo in Employee Health can prescribe it and will check your liver tests at baseline and at 1 month. Rifampin interacts with some medicines (including hormonal birth control pills and some blood thinners), so please bring a list of everything you take to the visit.

Since your conversion happened this year, Infection Prevention will also look at whether you had a workplace exposure on 3 West. That is routine, and your name is not shared with your unit.

Your appointment: Thursday 12/10 at 10:30 AM, Employee Health, Lower Level B.

Thank you,
Beatrix Jankowski, RN, COHN-S
Employee Health & Wellness, Calloway Ridge Health
503-555-0119 | Fax 503-555-0123
"""
    return msg(ad("Jankowski, Beatrix (Employee Health)", "bjankowski@" + CR),
               ad("Delahunt, Mireille RN", "mdelahunt@" + CR),
               "Your TB screening result and next steps",
               "2026-11-19 14:44 -0800",
               OL(body))


@reg("phi", "refund-check-returned-undeliverable",
     "AP tells PFS that a named patient's refund check for physical therapy overpayment came back undeliverable")
def _():
    body = """\
Hi PFS Refunds,

The check below came back from USPS marked "Return to sender - not deliverable as addressed - unable to forward."

  Check #:    104472
  Issue date: 10/29/2026
  Payee:      Percival Okafor
  Amount:     $186.40
  Address:    418 Sawmill Rd, Larch Hollow, OR 97397
  Ref:        Hospital acct 7001990433 - outpatient physical therapy, 8 visits 07/2026-09/2026, copay overpayment

I voided the check in AP and put the credit back on the account. Per unclaimed property rules, if we can't find a good address within 90 days we hold the money and report it as unclaimed property in the spring filing.

Could you check the account or the portal for an updated address or e-mail?

Thanks,
Gideon Fairbrother
Accounts Payable Specialist, Calloway Ridge Health
503-555-0111
"""
    return msg(ad("Fairbrother, Gideon", "ap@" + CR),
               ad("PFS Refunds", "pfs-refunds@" + CR),
               "Returned refund check #104472 - Okafor - acct 7001990433",
               "2026-11-27 10:15 -0800",
               T(body))


@reg("phi", "payer-recoupment-letter-pdf",
     "payer's overpayment recoupment letter (PDF) naming a member, claim and total knee replacement")
def _():
    pages = [[
        "**TRI-LAKES MUTUAL - PAYMENT INTEGRITY",
        "**NOTICE OF OVERPAYMENT AND INTENT TO RECOUP",
        "",
        "November 16, 2026",
        "Calloway Ridge Health, Patient Financial Services, 1400 Larchmont Parkway, Tamsin Bay, OR 97399",
        "Provider TIN: XX-XXX4471       Provider NPI 2030824629",
        "",
        "Member: YARBOROUGH, NANDOR       Member ID: TLM-22091734-01       DOB: 06/19/1958",
        "Claim #: 2026-0814-771102        DOS: 08/11/2026 - 08/13/2026",
        "Service: Total knee arthroplasty, right (CPT 27447), inpatient; implant charges rev code 0278",
        "",
        "Finding: Implant invoice shows one tibial insert; claim billed two (HCPCS C1776 x2).",
        "Overpayment amount: $3,118.00",
        "",
        "Tri-Lakes will offset this amount against future payments 45 days from the date of this notice",
        "unless you submit a written dispute with supporting documentation before then.",
        "Send disputes to: Payment Integrity Disputes, PO Box 3310, Larkin, CA 94999, or the provider portal.",
        "",
        "Payment Integrity Unit | 1-800-555-0104",
    ]]
    body = """\
Calloway Ridge Health - PFS Correspondence,

A new document has been posted to your Tri-Lakes provider portal inbox and is attached here for your records.

Document type: Overpayment Notice
Reference: PI-26-0091182
Claim: 2026-0814-771102

Please do not reply to this e-mail.

""" + PAYER_DISC
    return msg(ad("Tri-Lakes Mutual Provider Portal", "portal-noreply@trilakesmutual.example.com"),
               ad("CRH PFS Correspondence", "pfs-correspondence@" + CR),
               "New document: Overpayment Notice PI-26-0091182",
               "2026-11-16 03:02 -0600",
               MP("mixed", T(body), A(pdf(pages, title="Overpayment Notice PI-26-0091182"), "application/pdf", "PI-26-0091182.pdf")),
               extra=[("Auto-Submitted", "auto-generated")])


@reg("phi", "malpractice-notice-bile-duct-injury",
     "risk manager notifies the malpractice carrier of a potential claim: named patient's bile duct injury after cholecystectomy")
def _():
    body = """\
Ezra,

Notice of a potential claim under policy GSM-HPL-2026-0418 (Ostrander Valley Hospital and employed physicians).

Patient: Rania Quigley, DOB 04/07/1980, MRN OV-0144821
Involved: Stanislaw Wojcik, MD (general surgery, employed); OVH perioperative staff
Date of procedure: 09/22/2026

Summary: Elective laparoscopic cholecystectomy for symptomatic cholelithiasis. On post-op day 2 she had rising bilirubin (total 4.8) and abdominal pain. MRCP on 09/25 showed a common bile duct transection (Strasberg E2). She was transferred to the university hepatobiliary service on 09/25 and underwent Roux-en-Y hepaticojejunostomy on 09/27. She was discharged from the tertiary center on 10/09. We understand she is recovering, with biliary drains removed in November.

Disclosure: Dr. Wojcik met with the patient and her husband on 09/25 before the transfer, with the nurse manager present. It is documented.

Trigger for notice: Letter dated 11/19/2026 from Delgado & Finch, PLLC requesting complete records and asking us to preserve evidence. No demand amount stated.

Actions: Legal hold issued (OVH-LH-2026-07). Peer review referral made (privileged). Patient balance for the 09/22 admission ($22,604) placed on hold, not billed, pending your guidance.

Please assign a claims professional and defense counsel. I am available to meet this week.

Gloria Abernathy-Ruiz, RN, CPHRM
Director of Quality & Risk Management, Ostrander Valley Hospital
Office (509) 555-0183

Confidential: prepared in anticipation of litigation and for the purpose of obtaining legal advice.
"""
    return msg(ad("Abernathy-Ruiz, Gloria", "gabernathyruiz@" + OV),
               ad("Ezra Holloway (Granite Shoals Mutual)", "eholloway@graniteshoals.example.com"),
               "Notice of potential claim - Quigley v. OVH/Wojcik - GSM-HPL-2026-0418",
               "2026-11-23 08:55 -0800",
               OL(body),
               cc=ad("Granite Shoals Claims Intake", "claims@graniteshoals.example.com"))


@reg("phi", "attorney-records-request-invoice",
     "HIM tells a law firm that a named client's orthopaedic records are ready, with DOB, dates and invoice")
def _():
    body = """\
Good afternoon Mr. Achebe,

The records for your client are ready.

  Patient:        Vesna Holloway
  DOB:            11/26/1967
  Request #:      ROI-26-33452
  Authorization:  signed 11/02/2026, valid one year
  Records:        Orthopedic clinic notes, MRI right shoulder 05/2026, operative report (arthroscopic rotator cuff repair 06/18/2026), physical therapy notes 07-10/2026, itemized bill
  Pages:          112
  Amount due:     $48.60 (state fee schedule: $15 search + $0.25/page for 101-112)

Once payment is received through the portal (invoice link below), the records will be available to download for 30 days.

Invoice: https://roi.callowayridge.example.org/pay/ROI-26-33452

If you need certified copies for trial, please ask. Certification is $10.

Thank you,
Keisha Thibodeaux-Lund, RHIT
ROI Supervisor, Calloway Ridge Health HIM
503-555-0136 | Fax 503-555-0135
"""
    return msg(ad("CRH Release of Information", "roi@" + CR),
               ad("Obinna Achebe", "oachebe@okreyes.example.com"),
               "ROI-26-33452 records ready - Holloway, Vesna",
               "2026-11-18 15:25 -0800",
               T(body))


@reg("phi", "defense-counsel-deposition-prep-memo",
     "defence counsel's memo to risk management on a named patient's ED chest-pain visit, discharge and return with MI")
def _():
    body = """\
PRIVILEGED & CONFIDENTIAL - ATTORNEY WORK PRODUCT
PREPARED IN ANTICIPATION OF LITIGATION

MEMORANDUM

To:       Gloria Abernathy-Ruiz, Director of Quality & Risk Management, OVH
From:     Gordon Ashcombe, Pruitt Haldane & Voss LLP
Date:     November 30, 2026
Re:       Estate of Wendell Marchetti v. Ostrander Valley Hospital, et al. - deposition preparation, Dr. Mendez-Ruiz (12/9)

Below is the timeline we will use to prepare Dr. Mendez-Ruiz. Please let me know by 12/4 if anything in it does not match the chart.

02/11/2026 21:40  Mr. Marchetti (age 58) arrives at OVH ED: 2 hours of "burning" epigastric and chest discomfort after dinner, no radiation, no diaphoresis. History of hypertension, hyperlipidemia, smoker.
02/11/2026 21:52  ECG: sinus rhythm 88, no acute ST changes (read by Dr. Mendez-Ruiz).
02/11/2026 22:30  High-sensitivity troponin T 9 ng/L.
02/12/2026 00:41  Repeat hs-troponin T 14 ng/L (delta 5). HEART score documented as 4.
02/12/2026 01:05  Discharged with diagnosis "chest pain, likely GERD," famotidine, follow-up with PCP in 48-72 hours and an outpatient stress test "this week." Discharge instructions include return precautions.
02/14/2026 06:20  EMS brings patient back in cardiac arrest. ROSC after 22 minutes; STEMI (anterior) on post-ROSC ECG. Transferred to St. Odile for PCI.
02/19/2026       Death at St. Odile (anoxic brain injury).

Plaintiff's expert report (served 11/20) says the 2-hour delta of 5 ng/L and the HEART score of 4 required observation and stress testing before discharge. Our emergency medicine expert disagrees on the delta but agrees the HEART score documentation is "thin."

Prep session: 12/7, 4:00 PM, our office. Please bring the ED nursing notes and the discharge instruction print log.

Gordon Ashcombe | Partner
Pruitt Haldane & Voss LLP
Direct 206-555-0172 | gashcombe@phv-law.example.com

""" + LAW_DISC
    return msg(ad("Gordon Ashcombe", "gashcombe@phv-law.example.com"),
               ad("Abernathy-Ruiz, Gloria", "gabernathyruiz@" + OV),
               "Marchetti v. OVH - Mendez-Ruiz depo prep timeline (privileged)",
               "2026-11-30 18:22 -0800",
               T(body, wrap=False))


@reg("phi", "bad-debt-writeoff-batch-csv",
     "monthly bad-debt write-off batch (CSV) listing 22 named patients with accounts, dates of service and services")
def _():
    svcs = ["ED visit level 4", "ED visit level 3", "Outpatient lab panel", "X-ray chest 2 views", "Urgent care visit",
            "CT abdomen/pelvis w/ contrast", "Physical therapy eval", "Ultrasound abdomen", "Outpatient infusion (iron)",
            "Ambulance transport BLS", "Observation stay", "Endoscopy (EGD)"]
    rows = [["Account", "Guarantor", "Patient", "DOS", "Service", "Balance", "Last payment", "Agency", "Reason"]]
    ppl = people("bad-debt", 22)
    for i, (f, l, r) in enumerate(ppl):
        bal = round(r.uniform(85, 4200), 2)
        rows.append(["70%08d" % r.randint(10000000, 99999999), "%s, %s" % (l, f), "%s, %s" % (l, f),
                     "%02d/%02d/2025" % (r.randint(1, 12), r.randint(1, 28)), svcs[i % len(svcs)], "%.2f" % bal,
                     r.choice(["none", "03/2026", "05/2026", "none"]), "Ravelin", r.choice(["Agency return - no pay", "Skip - no address", "Agency return - no pay"])])
    body = """\
Desmond,

November bad debt write-off batch BD-2026-11 for approval: 22 accounts, total shown in the file. All were returned by Ravelin after 180 days with no payment, or as skips. None qualified for presumptive charity under the FAP screening (the ones that did went to charity in batch CH-2026-11).

Once you approve, the accounts move to the secondary agency on 12/7. Medicare bad debt accounts are not in this batch. They go on the cost report log separately.

Ximena Pacheco-Lund
Supervisor, Self-Pay & Agency Management, PFS
503-555-0127
"""
    return msg(ad("Pacheco-Lund, Ximena", "xpacholund@" + CR),
               ad("Achterberg, Desmond", "dachterberg@" + CR),
               "Approval needed: bad debt batch BD-2026-11 (22 accounts)",
               "2026-12-01 08:40 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "BD-2026-11.csv", cs="us-ascii", cte="base64")))


@reg("phi", "credit-balance-report-xlsx",
     "patient credit-balance report (xlsx) with named patients, accounts, payers and services")
def _():
    ppl = people("credit-bal", 20)
    depts = ["Radiology - MRI", "Cardiology - echo", "Surgery - outpatient", "Lab", "Emergency", "Oncology infusion",
             "Orthopedics clinic", "Physical therapy", "GI endoscopy", "Sleep lab"]
    rows = [["Account", "Patient", "DOB", "DOS", "Service dept", "Payer", "Credit amount", "Cause", "Age (days)"]]
    for i, (f, l, r) in enumerate(ppl):
        rows.append(["7%09d" % r.randint(1000000, 999999999), "%s %s" % (f, l), dob(r), "%02d/%02d/2026" % (r.randint(1, 10), r.randint(1, 28)),
                     depts[i % len(depts)], r.choice(["Corvane PPO", "Tri-Lakes HMO", "Medicare", "Prairie Bridge", "Self-pay"]),
                     -round(r.uniform(12, 950), 2), r.choice(["Patient overpaid estimate", "Duplicate payment", "Payer overpayment", "Retro eligibility"]),
                     r.randint(8, 140)])
    body = """\
Team,

This week's credit balance report is attached: 20 accounts over $10 and older than 7 days. Pull your assigned rows (column I is the age). Anything over 60 days has to be resolved or have a documented reason by Friday. Medicare credits over 60 days go on the quarterly CMS-838 report.

Jun Nakashima
Credit Balance Supervisor, PFS
503-555-0125
"""
    return msg(ad("Nakashima, Jun", "jnakashima@" + CR),
               ad("PFS Credit Balance Team", "pfs-credit@" + CR),
               "Weekly credit balance report 11/30",
               "2026-11-30 07:55 -0800",
               MP("mixed", T(body), A(xlsx(rows, "Credits"), XLSX, "CreditBalance_2026-11-30.xlsx")))


@reg("phi", "good-faith-estimate-colonoscopy",
     "good faith estimate sent to a named self-pay patient for his scheduled colonoscopy with CPT codes and prices")
def _():
    pages = [[
        "**GOOD FAITH ESTIMATE FOR HEALTH CARE ITEMS AND SERVICES",
        "Provider: Ostrander Valley Hospital, Endoscopy Center | NPI 2114710496",
        "",
        "Patient: Anselm Pacheco    DOB: 01/09/1970    Estimate #: GFE-26-00871    Date: 11/24/2026",
        "Scheduled service: Colonoscopy, 12/18/2026, Dr. Lourdes Pacheco-Ibarra (no relation)",
        "Primary diagnosis: Z12.11 Encounter for screening for malignant neoplasm of colon;",
        "                   family history of colon cancer (Z80.0)",
        "",
        "Item / service                                  Code        Estimated charge",
        "Colonoscopy, diagnostic                         45378       $1,420.00",
        "If biopsy needed: colonoscopy with biopsy       45380       +$310.00",
        "Facility fee, endoscopy suite                   0750        $980.00",
        "Anesthesia (monitored anesthesia care)          00811       $640.00 (billed by Cascade Anesthesia)",
        "Pathology, if biopsy                            88305       $185.00 per specimen (billed separately)",
        "Self-pay discount (40%)                                     -$1,298.00",
        "",
        "TOTAL ESTIMATED COST: $1,947.00 (without biopsy) to $2,442.00 (with one biopsy)",
        "",
        "If you are billed at least $400 more than this estimate, you can dispute the bill.",
        "Keep a copy of this Good Faith Estimate.",
    ]]
    body = """\
Dear Mr. Pacheco,

Because you told us you will pay for your upcoming colonoscopy yourself, we are required to give you a Good Faith Estimate of the expected charges. It is attached.

You may also qualify for financial assistance. Call (509) 555-0191 to apply before your procedure.

Ostrander Valley Hospital
Patient Access - Price Estimates
"""
    return msg(ad("OVH Price Estimates", "estimates@" + OV),
               ad("Anselm Pacheco", "anselm.pacheco@mailbox.example.net"),
               "Your Good Faith Estimate for your 12/18 procedure",
               "2026-11-24 10:00 -0800",
               MP("mixed", T(body), A(pdf(pages, flate=True, title="Good Faith Estimate GFE-26-00871"), "application/pdf", "GFE-26-00871.pdf")))


@reg("phi", "interpreter-vendor-invoice-appointments",
     "interpreter agency invoice (CSV) listing named patients with clinic, appointment date and language")
def _():
    ppl = people("interp", 21)
    clinics = ["Cardiology", "Oncology infusion", "Orthopedics", "Endocrinology", "Pulmonology", "Nephrology",
               "Pre-op clinic", "Wound care", "Neurology", "Pediatrics", "Sleep medicine"]
    langs = ["Spanish", "Vietnamese", "Somali", "Russian", "Arabic", "Mandarin", "Ukrainian", "Tongan", "Marshallese"]
    rows = [["Job #", "Date", "Patient name", "MRN", "Clinic / dept", "Language", "Mode", "Minutes", "Rate", "Amount"]]
    r0 = random.Random("interp-rows")
    for i, (f, l, r) in enumerate(ppl):
        mins = r.choice([30, 45, 60, 60, 90, 120])
        mode = r.choice(["In person", "Video", "Phone"])
        rate = {"In person": 1.45, "Video": 1.10, "Phone": 0.89}[mode]
        rows.append(["LB-%06d" % (441200 + i), "11/%02d/2026" % r0.randint(2, 27), "%s %s" % (f, l),
                     "2%07d" % r.randint(100000, 9999999), clinics[i % len(clinics)], langs[i % len(langs)], mode, mins,
                     "%.2f" % rate, "%.2f" % (mins * rate)])
    body = """\
Hello Accounts Payable,

Please find attached invoice INV-CRH-2026-11 for interpreting services provided to Calloway Ridge Health in November 2026. The job-level detail is in the attached file. PO 4500911873.

Total due: see invoice. Terms Net 30.

Thank you,
Sunniva Achterberg-Mol
Billing Coordinator, Lingua Bridge Interpreting
Tel 503-555-0179 | billing@linguabridge.example.com
"""
    return msg(ad("Lingua Bridge Billing", "billing@linguabridge.example.com"),
               ad("Accounts Payable", "ap@" + CR),
               "Invoice INV-CRH-2026-11 - Interpreter services - November",
               "2026-12-02 12:00 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "INV-CRH-2026-11_detail.csv", cs="us-ascii")),
               cc=ad("Interpreter Services", "interpreters@" + CR))


@reg("phi", "nemt-dialysis-transport-invoice",
     "non-emergency transport vendor's invoice listing named Medicaid members' trips to dialysis")
def _():
    ppl = people("nemt", 20)
    rows = [["Trip ID", "Date", "Member name", "Member ID", "Pickup", "Destination", "Purpose", "Mode", "Miles", "Charge"]]
    r0 = random.Random("nemt-rows")
    for i, (f, l, r) in enumerate(ppl):
        rows.append(["RW%07d" % (3310400 + i), "11/%02d/2026" % r0.randint(2, 28), "%s %s" % (f, l),
                     "PBH-%07d-0%d" % (r.randint(1000000, 9999999), r.randint(1, 3)), "Home",
                     r.choice(["Tamsin Bay Dialysis Center", "Larch Hollow Kidney Care"]), "Hemodialysis (MWF)",
                     r.choice(["Ambulatory", "Wheelchair"]), r.randint(3, 31), "%.2f" % r.uniform(38, 96)])
    body = """\
Prairie Bridge Transportation Benefit team,

Attached are the November dialysis trips submitted under our NEMT broker agreement (batch RW-PB-2026-11-D). Please note that 4 trips were cancelled at the door and are billed at the no-show rate per Exhibit C.

Thanks,
RideWell Transit Billing
877-555-0106 | billing@ridewell.example.net
"""
    return msg(ad("RideWell Transit Billing", "billing@ridewell.example.net"),
               ad("PBH NEMT Claims", "nemt-claims@prairiebridge.example.com"),
               "NEMT invoice batch RW-PB-2026-11-D (dialysis standing orders)",
               "2026-12-01 16:22 -0600",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "RW-PB-2026-11-D.csv", cs="us-ascii")))


@reg("phi", "340b-audit-sample-apixaban-insulin",
     "340B self-audit sample (CSV) with MRNs, prescriptions and drugs for named patients")
def _():
    drugs = ["Apixaban 5 mg tab", "Insulin glargine 100 u/mL pen", "Adalimumab 40 mg pen", "Empagliflozin 10 mg tab",
             "Tiotropium 18 mcg inh", "Rivaroxaban 20 mg tab", "Semaglutide 1 mg pen", "Etanercept 50 mg syringe",
             "Sitagliptin 100 mg tab", "Levothyroxine 88 mcg tab"]
    ppl = people("340b", 22)
    rows = [["Sample #", "Patient", "MRN", "Rx #", "Fill date", "Drug", "NDC", "Prescriber", "Prescriber NPI", "Eligible encounter", "Finding"]]
    pres = [("Tanaka-Whitfield", "1194875740"), ("Kowalczyk", "1830166132"), ("Norcross", "1703423669"), ("Hartigan", "1260181593")]
    for i, (f, l, r) in enumerate(ppl, 1):
        p = pres[i % len(pres)]
        rows.append([i, "%s, %s" % (l, f), "2%07d" % r.randint(100000, 9999999), "RX%07d" % r.randint(1000000, 9999999),
                     "%02d/%02d/2026" % (r.randint(4, 9), r.randint(1, 28)), drugs[i % len(drugs)],
                     "00000-%04d-%02d" % (r.randint(1000, 9999), r.randint(1, 99)), p[0], p[1],
                     r.choice(["Clinic visit 30 days prior", "Clinic visit 90 days prior", "None found"]),
                     r.choice(["Compliant", "Compliant", "Compliant", "No qualifying encounter"])])
    body = """\
Noboru,

Here is the Q3 340B contract pharmacy self-audit sample: 22 claims, pulled randomly from the TPA's eligible claims file. Column K is my first-pass finding. Two have no qualifying encounter in our system within 12 months. Can you confirm whether those prescriptions came from referral relationships documented under the referral policy? If not, they have to be reversed and repaid to the manufacturer.

The sample file has patient-level detail, so please keep it on the compliance share and don't forward it.

Jocelyn

Jocelyn Fennimore, CHC
Compliance Specialist (340B), Calloway Ridge Health
503-555-0104
"""
    return msg(ad("Fennimore, Jocelyn", "jfennimore@" + CR),
               ad("Iwasaki, Noboru PharmD", "niwasaki@" + CR),
               "340B Q3 self-audit sample (22) - 2 possible diversion findings",
               "2026-11-09 13:33 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "340B_Q3_selfaudit_sample.csv", cs="us-ascii")))


@reg("phi", "misdirected-email-discharge-summary-incident",
     "security incident ticket: a named patient's heart-failure discharge summary e-mailed to the wrong outside address")
def _():
    body = """\
==== ServiceDesk Notification ====
Incident: INC0418877  [Priority 2 - High]  Category: Security > Privacy - Misdirected e-mail
Assigned to: Privacy Office (PrivacyTrack auto-linked PT-2026-0451)
Caller: Carrow, Jolene (Case Management, 5 East)
Opened: 2026-11-30 15:07 PST

Description (caller):
I meant to send the discharge summary to the patient's cardiologist's office (Dr. Hightower's nurse) but the autocomplete picked j.hightower@mailbox.example.net, which must be someone else. The summary was for HIGHTOWER, CORMAC (MRN 20377502), discharged today after CHF exacerbation, with his med list (furosemide 40 BID, carvedilol, sacubitril/valsartan, spironolactone), his follow-up appointments, and his last BMP/BNP. I realized right away and tried to recall it.

Work notes:
2026-11-30 15:12 (Messaging team): Recall attempted. External recipient, recall not possible. Sent at 14:58. Message was not encrypted (no [secure] tag).
2026-11-30 15:40 (Privacy - A. Vance): Sent the standard request to the external address asking the recipient to delete the message and confirm. Name match with patient surname only. Relationship unknown.
2026-11-30 16:05 (Privacy - A. Vance): Patient's chart shows wife's e-mail on file is different. Proceeding with 4-factor risk assessment. Outreach to patient planned for 12/1.

To view: https://servicedesk.callowayridge.example.org/nav_to.do?uri=incident.do?sys_id=4b8e21c0
"""
    return msg(ad("ServiceDesk", "servicedesk@" + CR),
               ad("Privacy Office", "privacy@" + CR),
               "INC0418877 assigned to Privacy Office - Misdirected e-mail (discharge summary)",
               "2026-11-30 16:05 -0800",
               T(body, wrap=False),
               mid_style="dotted",
               extra=[("Auto-Submitted", "auto-generated")])


@reg("phi", "portal-proxy-access-ticket-strep",
     "IT help-desk ticket: a mother cannot see her named son's strep test result in the patient portal proxy")
def _():
    body = """\
Incident INC0418102 has been RESOLVED.

Short description: Portal proxy - parent can't see child's results
Caller: Lorena Szabo (external - patient portal user)
Resolved by: Patient Portal Support (Tier 2)

Original request (submitted via portal help form 11/26 21:14):
"Hi my son Eamon Szabo (he's 9, DOB 04/02/2017) had a strep test at the Quillfield urgent care on Tuesday and the doctor said we would see the result in the app but I can only see my own stuff. I was his proxy before. Is it because his account got moved? He still has a sore throat and fever and I want to know if it was positive."

Resolution notes (11/27 08:31, M. Okafor):
Proxy relationship for patient MRN 20488213 expired on 11/01/2026 (proxy forms for minors are renewed yearly). Verified the caller's identity by phone with DOB and the security question. Sent a new proxy e-signature form. After the form was signed at 08:22, proxy access was restored. Caller confirmed she can see the rapid strep result (positive) and the amoxicillin prescription sent to her pharmacy. Told caller to contact the clinic for clinical questions.

If this did not resolve your issue, reply to this e-mail within 5 days to reopen.
"""
    return msg(ad("CRH Patient Portal Support", "portal-support@" + CR),
               ad("Lorena Szabo", "lorena.szabo@mailbox.example.net"),
               "INC0418102 resolved - Portal proxy - parent can't see child's results",
               "2026-11-27 08:33 -0800",
               T(body),
               mid_style="dotted",
               extra=[("Auto-Submitted", "auto-generated")])


@reg("phi", "bariatric-bed-rental-room-412",
     "facilities/equipment request for a bariatric bed for a named post-op patient with weight and mobility needs")
def _():
    body = """\
Hi Biomed / Equipment Distribution,

We need a bariatric bed and a ceiling-lift sling for room 412 (4 West) as soon as possible.

Patient: Nandor Yarborough, MRN 20399471
Weight: 241 kg (531 lb), BMI 71
Situation: post-op day 1 after a right hip hemiarthroplasty, currently on a standard bed with two mattress overlays. He slid twice last night. PT can't mobilize him safely on this bed. Pressure injury risk very high (Braden 12), already has a stage 2 on the sacrum.

Needed:
  1. Bariatric bed, minimum 450 kg capacity, 48" width, with low air loss mattress
  2. XXL ceiling-lift sling (the 4W ceiling lift is rated to 272 kg - fine)
  3. Bariatric commode and a wide recliner if available

If nothing is available in house, please rent from the usual vendor. Cost center 6120 (4 West). We'll need it for at least 7-10 days.

Thanks,
Anselm Kettering, RN
Charge Nurse, 4 West Med/Surg | Vocera "4W Charge" | 503-555-0165
"""
    return msg(ad("Kettering, Anselm RN", "akettering@" + CR),
               ad("Equipment Distribution", "equipment@" + CR),
               "URGENT bariatric bed request - 4W rm 412",
               "2026-11-23 06:48 -0800",
               OL(body),
               extra=[("Importance", "high")])


@reg("phi", "special-order-implant-custom-knee",
     "procurement special order for a patient-specific knee implant naming the patient and surgery date")
def _():
    body = """\
Hi Teodoro,

Please cut a PO today for the patient-specific implant below. The manufacturer needs the PO before they will start manufacturing, and lead time is 4-5 weeks.

  Patient:     Dolores Fennimore   MRN SO-0751106
  Surgeon:     Stanislaw Wojcik, MD (visiting privileges from OVH)
  Procedure:   Left total knee arthroplasty with patient-specific cutting guides and implant (CT-based), severe valgus deformity
  Surgery date: 01/06/2027, OR 4
  Vendor:      Alderwick Orthopaedics, quote AO-Q-26-3318 (attached in the requisition)
  Amount:      $11,840.00 (implant + guides), consigned instruments
  Charge:      Patient chargeable, rev code 0278, HCPCS C1776; prior authorization Tri-Lakes PA-26-7741902 approved 11/30

The CT scan was sent to the vendor through their portal on 11/25.

Thanks,
Luz Pemberton-Ortiz
Perioperative Materials Coordinator, St. Odile Regional Medical Center
(360) 555-0194
"""
    return msg(ad("Pemberton-Ortiz, Luz", "lpembertonortiz@" + SO),
               ad("Gallardo, Teodoro", "tgallardo@" + SO),
               "PO needed today - patient-specific TKA implant - surgery 1/6",
               "2026-12-01 09:05 -0800",
               OL(body))


@reg("phi", "marketing-cardiac-surgery-testimonial-release",
     "marketing sends a named patient the authorization to feature his bypass surgery story")
def _():
    body = """\
Dear Mr. Brannigan,

Thank you so much for offering to share your story. Your experience, from the chest pain at your grandson's soccer game, to your triple bypass with Dr. Halvorsen-Ng in August, to walking the Bayfront 5K last month, is exactly the kind of story that helps other people in our community take heart symptoms seriously.

Before we can use your name, photos or any details about your care in our materials, federal privacy law requires your written authorization. I've attached the form. It lists what we'd like to use:

  - Your name, age and hometown
  - Photos and video from the 5K and from an interview at your home
  - A description of your heart attack symptoms, your coronary artery bypass surgery (three grafts) and your cardiac rehab
  - Quotes from your interview

The authorization is voluntary. Your care will not change in any way if you decide not to sign, and you can revoke it in writing at any time.

Once you sign, our videographer will contact you to schedule the interview.

Warmly,

Sofia Brandvold
Senior Content Strategist, Marketing & Communications
St. Odile Regional Medical Center (shared services with Calloway Ridge Health)
503-555-0172
"""
    pages = [["**AUTHORIZATION FOR USE OF PROTECTED HEALTH INFORMATION FOR MARKETING",
              "Patient: Osgood Brannigan    DOB: 07/15/1953    MRN: SO-0690218",
              "Information to be used: name, age, city; photographs/video; description of myocardial",
              "infarction, coronary artery bypass grafting x3 (08/2026) and cardiac rehabilitation.",
              "Purpose: St. Odile Heart & Vascular Institute advertising and patient stories.",
              "Expiration: 12/31/2029. I may revoke this authorization in writing at any time.",
              "Signature: ______________________   Date: ___________"]]
    return msg(ad("Brandvold, Sofia", "sbrandvold@" + CR),
               ad("Osgood Brannigan", "ozzie.brannigan@mailbox.example.net"),
               "Your heart story - authorization form",
               "2026-11-16 14:12 -0800",
               MP("mixed", T(body), A(pdf(pages, title="Marketing Authorization"), "application/pdf", "Authorization_Marketing_Brannigan.pdf")))


@reg("phi", "hotline-report-upcoding-named-patient",
     "compliance hotline intake alleging a visit for a named patient was billed as a high-level E/M for a brief blood-pressure check")
def _():
    body = """\
COMPLIANCE HOTLINE - NEW REPORT
Report #: HL-2026-0388      Received: 11/18/2026 22:41 via web form
Reporter: Anonymous (follow-up PIN issued)
Category: Billing / Coding - possible upcoding
Entity: Brenmoor Physician Partners - Quillfield Family Medicine

Report text (as submitted):
"I work at the front desk. On October 8 a patient named Zelda Kowalczyk came in just to have her blood pressure rechecked by the MA after her lisinopril dose was changed. She was in and out in under 10 minutes and never saw the doctor. The visit was billed as a 99215 with a 25 modifier and an EKG. I saw it on her statement when she came to the desk upset about the copay. This has happened with other patients too. I'm afraid to say anything to the office manager."

Intake notes (J. Fennimore):
- Patient DOS 10/08/2026, acct BPP-0048817. Claim shows 99215-25 + 93000 billed under Dr. Kowalczyk-Reyes (rendering).
- Note: the patient's surname and the provider's surname are similar. No known relationship; verify.
- Next steps: pull the claim, the note and the EHR audit trail; expand to a 30-claim probe sample for this provider; notify Compliance Officer; no contact with the practice until the records are secured.

Assigned to: Jocelyn Fennimore, CHC    Due: 12/02/2026
"""
    return msg(ad("Compliance Hotline", "hotline-intake@" + CR),
               ad("Fennimore, Jocelyn", "jfennimore@" + CR),
               "Hotline report HL-2026-0388 assigned to you",
               "2026-11-19 07:02 -0800",
               T(body, wrap=False),
               mid_style="dotted",
               extra=[("Auto-Submitted", "auto-generated")])


@reg("phi", "vip-board-member-admission-cath",
     "executive office alerts patient relations and nursing that a named board member was admitted after a cardiac stent")
def _():
    body = """\
Siobhan, Anselm,

Heads up: board member Silas Underhill was admitted to 5 East last night after a cardiac cath (drug-eluting stent to the LAD for an NSTEMI). He is doing well and expects to go home Thursday.

Marguerite would like to stop by this afternoon if he is up for it. Please check with his nurse.

Reminders:
  - He has asked that his admission not be shared. Please make sure the "confidential patient" flag is on his record and that he is out of the directory.
  - Privacy will run a daily access report on his chart while he is here. Please remind the unit that only his care team should be in the record, board member or not.
  - No flowers or gifts from the Foundation or the executive office. He asked.

Thanks,
Noemi

Noemi Castellanos-Reyes
Executive Assistant to the President & CEO, Calloway Ridge Health
503-555-0101
"""
    return msg(ad("Castellanos-Reyes, Noemi", "ncastellanosreyes@" + CR),
               [ad("Iverson-Kato, Siobhan", "siversonkato@" + CR), ad("Kettering, Anselm RN", "akettering@" + CR)],
               "Board member on 5 East - confidential",
               "2026-12-01 07:20 -0800",
               OL(body),
               cc=ad("Whitfield-Osei, Lorraine", "lwhitfieldosei@" + CR))


@reg("phi", "grateful-patient-prospect-list",
     "borderline: foundation's grateful-patient list of named recent inpatients with discharge dates and department of service (cardiology), no diagnosis")
def _():
    ppl = people("grateful", 12)
    rows = [["Name", "City", "Discharge date", "Department of service", "Attending", "Wealth score", "Prior gift"]]
    for f, l, r in ppl:
        rows.append(["%s %s" % (f, l), r.choice(["Tamsin Bay", "Larch Hollow", "Quarry Point", "Fernhill"]),
                     "%02d/%02d/2026" % (r.randint(9, 11), r.randint(1, 28)), "Cardiology / Heart & Vascular",
                     r.choice(["Halvorsen-Ng", "Nwosu-Berg", "Brenner"]), r.choice(["A", "B", "B", "C"]),
                     r.choice(["none", "$250 (2024)", "$1,000 (2025)", "none"])])
    body = """\
Dr. Halvorsen-Ng,

Thank you again for joining the grateful patient program. Attached is this quarter's list of your recent Heart & Vascular patients who may be candidates for outreach. As usual, we only use demographic information, dates of service, department of service and treating physician. We never see diagnoses or clinical details.

Would you mark anyone you think would welcome a note from the Foundation, and anyone we should NOT contact (for example, a poor outcome or a family situation)? Everyone on the list has already received the opt-out notice, and nobody who opted out is included.

Thank you,
Percival Hightower
Director of Major Gifts, St. Odile Foundation
(360) 555-0195
"""
    return msg(ad("Hightower, Percival", "phightower@foundation.stodile.example.org"),
               ad("Halvorsen-Ng, Viktor MD", "vhalvorsenng@" + SO),
               "Grateful patient list - Q4 - your review",
               "2026-11-30 11:30 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "GP_Q4_HVI_HalvorsenNg.csv", cs="us-ascii")))


@reg("phi", "fppe-case-list-new-surgeon",
     "medical staff office sends a proctor the FPPE case list of a new surgeon with patients' MRNs, procedures and outcomes")
def _():
    body = """\
Dr. Wexler,

Thank you for proctoring Dr. Wojcik's FPPE for his St. Odile privileges. The first six cases are below. Please complete the proctor evaluation form in the credentialing portal for each one (chart review is fine for cases 1-4. Cases 5 and 6 need direct observation per the plan).

#  Date        MRN          Procedure                                        LOS  Complications / notes
1  09/14/2026  SO-0744120   Lap cholecystectomy                              0    none
2  09/21/2026  SO-0701835   Open umbilical hernia repair with mesh           0    none
3  10/02/2026  SO-0738892   Lap appendectomy (perforated)                    3    superficial SSI, oral antibiotics
4  10/19/2026  SO-0750011   Lap right hemicolectomy (adenocarcinoma)         5    none; 16 nodes retrieved
5  11/09/2026  SO-0712458   Lap inguinal hernia repair, bilateral (TEP)      0    none
6  11/30/2026  SO-0749963   Lap cholecystectomy, IOC for choledocholithiasis 1    converted to open

Case 6 was converted, so the department chair will review it as well.

Please have the forms completed by 12/18.

Bernadette Ruiz-Kemper, CPMSM, CPCS
Medical Staff Services | St. Odile Regional Medical Center
(360) 555-0188

Confidential peer review information protected under state law.
"""
    return msg(ad("Ruiz-Kemper, Bernadette", "bruizkemper@" + SO),
               ad("Wexler, Harriet MD", "hwexler@" + SO),
               "FPPE - Dr. Wojcik - first 6 cases for proctor review",
               "2026-12-02 09:50 -0800",
               T(body, wrap=False))


@reg("phi", "physician-medical-leave-lymphoma",
     "department chair tells the medical staff office a named physician is on leave for lymphoma chemotherapy")
def _():
    body = """\
Bernadette,

Dr. Evelyn Norcross (Pediatrics) will be on medical leave from December 7, expected through at least the end of March. She told me I could share with you and the CMO that she has been diagnosed with diffuse large B-cell lymphoma and starts R-CHOP chemotherapy on the 8th, six cycles every three weeks. She wants everyone else told only that she is "on leave."

What I need from your office:
  1. Move her to "leave of absence" status so she is not on call schedules and her FPPE/OPPE clock pauses.
  2. Her reappointment is due in February. Can it be extended under the bylaws LOA provision?
  3. When she comes back, she'll need a fitness-to-return statement from her oncologist, per policy MS-22. Please send her the form now so she has it.

Coverage: Dr. Yeardley and the locum group will cover her clinic. Dr. Halloran is taking her nursery call weeks.

Thanks,
Gustav Lindqvist, MD
Chair, Department of Pediatrics, St. Odile Regional Medical Center
(360) 555-0196
"""
    return msg(ad("Lindqvist, Gustav MD", "glindqvist@" + SO),
               ad("Ruiz-Kemper, Bernadette", "bruizkemper@" + SO),
               "Dr. Norcross - leave of absence from 12/7",
               "2026-12-02 18:10 -0800",
               OL(body),
               cc=ad("Chief Medical Officer", "cmo@" + SO))


@reg("phi", "rac-adr-request-mbis",
     "Medicare recovery audit contractor's records request listing beneficiaries' names, MBIs, claim numbers and DRGs")
def _():
    pages = [[
        "**CORDELL REVIEW SERVICES - MEDICARE RECOVERY AUDIT CONTRACTOR, REGION 5 (fictional)",
        "**ADDITIONAL DOCUMENTATION REQUEST (ADR)",
        "",
        "Date: 11/20/2026     ADR #: CRS-ADR-26-118804     Response due: 01/04/2027 (45 days)",
        "Provider: Calloway Ridge Health    CCN 38-0XXX    NPI 2030824629",
        "Review type: Complex review - inpatient DRG validation",
        "",
        "Beneficiary                MBI            Claim (ICN)          DOS                 DRG",
        "ASHDOWN, GUNNAR            3TW7H52KP16    21026112004417       07/02-07/06/2026    690",
        "LOCKHART, QUENTIN          8CR2JM4XE57    21026118220391       06/11-06/15/2026    291",
        "PEMBERTON, HAROLD          5DN9W83TA20    21026121771082       05/20-05/23/2026    378",
        "VANCE, EDITH               2GH6Y07RU43    21026125540017       08/03-08/09/2026    871",
        "ZIELINSKI, WALTER          7KQ4E19HN82    21026130018885       08/27-08/29/2026    194",
        "",
        "Submit the complete medical record for each claim listed, including physician orders,",
        "H&P, progress notes, discharge summary and any documentation supporting the coded diagnoses.",
        "Failure to respond will result in denial of the claims.",
        "Send via esMD or the Cordell provider portal. Do not e-mail medical records.",
    ]]
    body = """\
This is an automated notice. An Additional Documentation Request (ADR) has been issued to your facility. Please see the attached letter. The 5 claims in this request are listed in the letter.

ADR #: CRS-ADR-26-118804
Response due: 01/04/2027
Medicare Beneficiary Identifiers (MBI) and claim numbers are listed in the letter. For the first beneficiary: MBI 3TW7-H52-KP16.

Cordell Review Services Provider Portal | 1-866-555-0171
"""
    return msg(ad("Cordell Review Services", "adr-notices@cordellreview.example.com"),
               ad("CRH HIM Audit Coordinator", "him-audits@" + CR),
               "ADR CRS-ADR-26-118804 issued - 5 claims - due 01/04/2027",
               "2026-11-20 05:00 -0500",
               MP("mixed", T(body), A(pdf(pages, title="ADR CRS-ADR-26-118804"), "application/pdf", "CRS-ADR-26-118804.pdf")),
               extra=[("Auto-Submitted", "auto-generated")])


@reg("phi", "law-enforcement-bac-request",
     "borderline: police request for a named driver's blood alcohol result after a crash, HIM asks for a warrant; a lab value and injuries, not substance-use treatment")
def _():
    body = """\
Detective Ruehle,

Thank you for the request. We can't release the blood alcohol result or any other part of Mr. Dunleavy's record on the basis of the e-mail below. A request from law enforcement without the patient's authorization needs one of the following:

  - a court order or court-ordered warrant, or a subpoena or summons issued by a judicial officer;
  - a grand jury subpoena; or
  - an administrative request that meets the three-part test (relevant, specific and limited, de-identified information could not reasonably be used). A blood alcohol level from a specific patient normally does not meet that test.

Once we receive a warrant or court order, HIM can process it within one business day. You can fax it to (509) 555-0189, attention Release of Information.

Regards,
Yolanda Fairbrother-Cho
(covering HIM Release of Information this week)
Ostrander Valley Hospital
(509) 555-0186

> From: Det. Lukas Ruehle <lruehle@ovpd.example.gov.test>
> Sent: Monday, November 30, 2026 10:14 AM
> Subject: Records request - Kasimir Dunleavy DOB 02/09/1990
>
> Hello, I am investigating the crash on Cascade Loop on 11/28 at approx 0130.
> The driver Kasimir Dunleavy DOB 02/09/1990 was transported to your ER and I
> understand was admitted for a femur fracture. Your ER drew blood for a serum
> ethanol level at approx 0215. I need the result and the time of draw for my
> report to the prosecutor. Please e-mail it to me today if possible.
> Det. Lukas Ruehle #4471, Ostrander Valley Police Dept, 509-555-0107
"""
    return msg(ad("Fairbrother-Cho, Yolanda", "yfairbrothercho@" + OV),
               ad("Det. Lukas Ruehle", "lruehle@ovpd.example.gov.test"),
               "RE: Records request - Kasimir Dunleavy DOB 02/09/1990",
               "2026-11-30 11:02 -0800",
               T(body),
               irt="<ovpd-4471-20261130101402@ovpd.example.gov.test>")


@reg("phi", "estate-balance-deceased-patient",
     "PFS writes to an estate attorney about a deceased named patient's hospital balance for a pneumonia stay")
def _():
    body = """\
Dear Ms. Okonkwo,

Thank you for your letter of November 9 advising us that you are the personal representative's attorney for the Estate of Ignatius Pemberton (date of death 09/14/2026), probate case no. 26-PR-00884.

Our records show the following open balance:

  Account 6100452288 - inpatient admission 08/29/2026 - 09/03/2026 (community-acquired pneumonia with sepsis), St. Odile Regional Medical Center
    Total charges                 $41,880.15
    Medicare Part A payment       -$14,102.77
    Medigap (Corvane Plan G)      -$1,676.00 (Part A deductible)
    Contractual adjustment        -$26,101.38
    Balance                        $0.00 facility

  Account 6100459021 - hospice general inpatient level of care 09/08/2026 - 09/14/2026
    Patient balance                $0.00

  Physician services (St. Odile Hospitalist Group), billed separately: $318.40 remaining (coinsurance)

Please consider this our creditor's claim for $318.40. The itemized statement is enclosed by mail. We are sorry for your client's family's loss.

Sincerely,
Estates & Special Accounts
Patient Financial Services, St. Odile Regional Medical Center
(360) 555-0129
"""
    return msg(ad("SORMC Estates & Special Accounts", "pfs-estates@" + SO),
               ad("Adaeze Okonkwo", "aokonkwo@okreyes.example.com"),
               "Estate of Ignatius Pemberton - 26-PR-00884 - balance information",
               "2026-11-18 10:40 -0800",
               T(body, wrap=False))


@reg("phi", "marked-secure-contract-draft-no-phi",
     "borderline: subject carries a [SECURE] relay tag though the body is only a vendor contract draft; marked mail is labelled at least phi")
def _():
    body = """\
Gordon,

Attached is the draft termination and transition amendment for the Ravelin collections agreement, with our edits to Sections 3 (wind-down of placements) and 7 (return of data). I put [SECURE] on the subject out of habit because it's going outside. There is nothing about patients in this version.

Key points:
- 90-day wind-down from notice, no new placements after day 1
- Ravelin returns or destroys all account files within 30 days and certifies it in writing
- Final contingency fee true-up at 22% on collections received during wind-down
- Mutual non-disparagement

Can we get it to Ravelin's counsel by Friday?

Malik

Malik Haddad, JD
Associate General Counsel, Calloway Ridge Health
503-555-0106
""" + CR_DISC
    doc = docx([[("b", "AMENDMENT NO. 3 - TERMINATION AND TRANSITION")],
                ["3.1 Wind-down period: ", ("del", "sixty (60)"), ("ins", "ninety (90)"), " days from the Notice Date."],
                ["7.2 Return of Data: Agency shall return or destroy all Client data within ", ("ins", "thirty (30) days"), " and certify destruction in writing."],
                ["9.4 Contingency fee on wind-down collections: ", ("del", "25%"), ("ins", "22%"), "."]], author="M. Haddad")
    return msg(ad("Haddad, Malik", "mhaddad@" + CR),
               ad("Gordon Ashcombe", "gashcombe@phv-law.example.com"),
               "[SECURE] Ravelin termination amendment - CRH draft 2",
               "2026-12-02 16:30 -0800",
               MP("mixed", T(body), A(doc, DOCX, "Ravelin_Amend3_CRH_draft2.docx")))


@reg("phi", "subject-only-refund-approval",
     "PHI only in the subject: named patient, account and overpaid colonoscopy copay; body is a one-line approval")
def _():
    body = """\
Approved. Please include in this week's refund run.

P.

Sent from my iPhone
"""
    return msg(ad("Vukovich, Pauline", "pvukovich@" + CR),
               ad("PFS Refunds", "pfs-refunds@" + CR),
               "RE: Refund approval >$500 - Jarrah Whitcombe acct 7003318846 - overpaid colonoscopy copay",
               "2026-11-19 18:52 -0800",
               T(body),
               irt="<C4B2F1A09E3D4A7F@callowayridge.example.org>")


@reg("phi", "filename-only-scanned-event-form",
     "PHI only in the attachment file name (patient name and medication error); the PDF is an image-only scan")
def _():
    # image-only scan: a PDF page with graphics operators and no text
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"]
    st = zlib.compress(b"0.93 g 36 36 540 720 re f\n0.55 g 60 700 300 14 re f\n0.55 g 60 670 420 10 re f\n0.55 g 60 650 380 10 re f\n0.55 g 60 630 400 10 re f\n0.7 g 60 400 490 200 re f\n", 9)
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(st) + st + b"\nendstream")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    body = """\
Gloria,

Scanned copy of the paper event form from nights attached (the SafetyNet form was down during the 0200 downtime). Original is in your inbox tray.

Thanks,
Hollis
House Supervisor, nights
"""
    return msg(ad("House Supervisor OVH", "housesupervisor@" + OV),
               ad("Abernathy-Ruiz, Gloria", "gabernathyruiz@" + OV),
               "Scan from nights",
               "2026-11-26 06:58 -0800",
               MP("mixed", T(body), A(bytes(out), "application/pdf", "EventForm_Villanueva_Odalys_insulin-10x-overdose_5E_2026-11-26.pdf")),
               mailer="KM-C3350 Scan-to-Email")


@reg("phi", "wc-first-report-of-injury-wrist",
     "workers' comp first report of injury for a named dietary aide's wrist fracture from a fall")
def _():
    body = """\
EMPLOYER'S FIRST REPORT OF INJURY - submitted electronically to Keelson Claims Services
Submission ID: FROI-26-55812

EMPLOYER: Calloway Ridge Health, 1400 Larchmont Parkway, Tamsin Bay, OR 97399
Policy: WC-CRH-2026 (self-insured, TPA Keelson)

EMPLOYEE
Name:           Odalys Trevino
Employee ID:    E0420913
Job title:      Dietary Aide II, Food & Nutrition Services
DOB:            06/28/1988
Date of hire:   03/14/2022

INJURY
Date/time:      11/24/2026 11:35
Location:       Main kitchen, dish room
Description:    Employee slipped on wet floor near the dish machine (mat had been removed for cleaning) and fell onto an outstretched right hand.
Body part:      Right wrist
Nature:         Fracture - distal radius (per ED X-ray)
Treatment:      CRH Emergency Department 11/24; closed reduction and splint; referred to orthopedics (appt 11/30)
Lost time:      Yes, off work 11/24-11/29; modified duty expected (no use of right hand)

Witness:        Cook II on duty (statement attached in portal)
Reported to supervisor: 11/24/2026 11:40
Safety follow-up: Facilities work order WO-228841 for a permanent anti-slip mat; EVS wet-floor sign process reviewed.

Completed by: Beatrix Jankowski, RN, Employee Health, 503-555-0119
"""
    return msg(ad("Jankowski, Beatrix (Employee Health)", "bjankowski@" + CR),
               ad("Keelson Claims Intake", "froi@keelsonclaims.example.com"),
               "FROI-26-55812 - Trevino, Odalys - DOI 11/24/2026",
               "2026-11-25 09:14 -0800",
               T(body, wrap=False),
               cc=ad("Risk Management", "riskmanagement@" + CR))


@reg("phi", "ed-missed-fracture-grievance-letter",
     "patient relations' grievance response to a named patient about a missed scaphoid fracture on her ED X-ray")
def _():
    body = """\
Dear Ms. Zielinski,

Thank you for contacting us about your visit to the Ostrander Valley Hospital Emergency Department on October 3, 2026. We reviewed your concerns as a formal grievance, and this letter explains what we found.

Your concern: You were told in the ED that your left wrist X-ray showed no fracture and you were discharged with a wrist brace. A week later our radiology department called you to say that the final reading showed a scaphoid fracture, and you needed a cast and an orthopedic visit. You were upset that it took a week and that no one explained why.

What we found: The ED physician reviewed the X-ray that night and did not see a fracture. The radiologist's final report the next morning noted a "possible non-displaced scaphoid waist fracture." Our process for calling patients back when the final reading differs from the ED reading was delayed because the call-back list was not checked over the weekend. You were contacted on October 10. We are sorry. This should have happened within one business day.

What we are doing: The ED now checks the radiology discrepancy list twice a day, seven days a week, and we have added a second person responsible for weekend call-backs. We shared your experience, without your name, at our ED staff meeting.

Your charges for the October 3 visit (account OV-60114820) have been adjusted to $0 as a courtesy.

If you are not satisfied with this response, you may contact the State Department of Health at 360-555-0162 or the hospital accreditation organization.

Sincerely,

Siobhan Reyes-Halvorsen
Patient Advocate, Ostrander Valley Hospital
(509) 555-0190
"""
    return msg(ad("OVH Patient Advocate", "patientadvocate@" + OV),
               ad("Bettina Zielinski", "bzielinski@mailbox.example.net"),
               "Response to your grievance - ED visit October 3",
               "2026-11-12 15:00 -0800",
               T(body))


@reg("phi", "msp-questionnaire-mva-mbi",
     "registration asks billing to hold a named Medicare patient's claim: MBI and auto-accident injuries for the secondary-payer rules")
def _():
    body = """\
Hi Jun,

Please hold the claim for this one. Medicare is probably NOT primary.

Patient: CARROW, VIGGO   MBI 4MV3-C62-PW91   DOB 10/21/1952
Acct: 7003122045   DOS 11/27/2026   ED visit + CT head and C-spine, admitted to observation for a concussion and rib fractures (left 5-7)

The MSP questionnaire at registration says he was the driver in a car accident on 11/27 (rear-ended at a stoplight). He has auto insurance with Pinewood Mutual Auto (claim PMA-26-4471882, adjuster number on the face sheet) and med-pay coverage. Per the MSP rules, the auto/no-fault carrier is primary for accident-related services.

I scanned the auto insurance card into the account. Can you bill Pinewood first and send Medicare a conditional payment claim only if they deny or don't pay within 120 days?

Thanks,
Kasimir Eckhart
Patient Access Representative, ED Registration
Calloway Ridge Health | 503-555-0147
"""
    return msg(ad("Eckhart, Kasimir", "keckhart@" + CR),
               ad("Nakashima, Jun", "jnakashima@" + CR),
               "MSP - auto primary - hold claim acct 7003122045",
               "2026-11-28 02:35 -0800",
               OL(body))


@reg("phi", "ambulance-billing-dispute-named-patient",
     "EMS billing vendor and patient exchange about a named patient's ambulance transport bill for chest pain")
def _():
    body = """\
Dear Mr. Upshaw,

Thank you for your message. We reviewed the ambulance claim for your transport on September 19, 2026 from your home to St. Odile Regional Medical Center.

  Run #: OVFD-26-09188
  Level of service: ALS1 emergency (A0427) + mileage 11.4 miles (A0425)
  Charges: $1,912.40
  Tri-Lakes Mutual paid: $1,066.80 on 10/22
  Your balance: $845.60

Tri-Lakes applied the out-of-network rate. Ground ambulance transports are not protected by the federal surprise billing law. However, our state law limits what you can be charged for an emergency ambulance to your in-network cost-sharing. Under that law your responsibility is your plan's emergency ambulance copay, $250.00. We have adjusted your balance to $250.00 and will bill Tri-Lakes for the difference.

The run report shows the crew treated you for chest pain (12-lead ECG, aspirin and nitroglycerin) on the way to the hospital. If you need a copy of the run report for your records, you can request it from the fire district.

Sincerely,
Billing Services for Ostrander Valley Fire District
Pacific EMS Billing Solutions
1-888-555-0115 | ovfd-billing@pacificemsbilling.example.com

> From: Wendell Upshaw <wupshaw@mailbox.example.net>
> I got a bill for $845 for the ambulance when I had my heart scare in September.
> I have insurance! Why am I paying this much? Account OVFD-26-09188.
"""
    return msg(ad("Pacific EMS Billing - OVFD", "ovfd-billing@pacificemsbilling.example.com"),
               ad("Wendell Upshaw", "wupshaw@mailbox.example.net"),
               "RE: Ambulance bill OVFD-26-09188",
               "2026-11-20 10:05 -0800",
               T(body))


@reg("phi", "no-surprises-idr-anesthesia-claim",
     "open-negotiation notice under the No Surprises Act for a named member's out-of-network anaesthesia claim")
def _():
    body = """\
OPEN NEGOTIATION NOTICE (No Surprises Act, 45 CFR 149.510(b)(1))

From:   Cascade Anesthesia Associates, PC (out-of-network provider), TIN XX-XXX0188, NPI 2465075291
To:     Corvane Health Plan, Provider Disputes - Open Negotiation

Item/service in dispute:
  Patient/member:     Priya Galloway (Corvane member ID CVN771093840)
  Claim number:       26271C0088314
  Date of service:    10/02/2026
  Facility:           St. Odile Regional Medical Center (in-network facility)
  Service:            Anesthesia for laparoscopic appendectomy (CPT 00840), 11 time units + 6 base units
  Initial payment:    $612.40 (date of remittance 11/06/2026)
  QPA (per remittance): $598.00
  Our counteroffer:   $1,376.00 (based on 17 units at $80.94 per unit)

This notice begins the 30-business-day open negotiation period. If no agreement is reached, either party may initiate the federal IDR process within 4 business days after the period ends.

Contact for negotiation:
Tamsin Abernathy, Revenue Cycle Manager, Cascade Anesthesia Associates
Phone 503-555-0187 | tabernathy@cascadeanesthesia.example.com

The patient is protected from balance billing for this service and has been billed only her in-network cost sharing.
"""
    return msg(ad("Tamsin Abernathy", "tabernathy@cascadeanesthesia.example.com"),
               ad("Corvane Open Negotiation", "nsa-negotiation@corvane.example.com"),
               "Open Negotiation Notice - claim 26271C0088314 - DOS 10/02/2026",
               "2026-11-30 15:00 -0800",
               T(body, wrap=False))


@reg("phi", "internal-audit-claims-sample-memo",
     "internal audit memo listing five specific claims with patients' names, services and billing errors")
def _():
    body = """\
INTERNAL AUDIT - DRAFT FINDINGS (for management response)
Audit 2026-07: Outpatient infusion charge capture, Oncology Infusion Center
To: Pauline Vukovich (VP Revenue Cycle); Dr. Oyelaran-Brandt (Medical Director, Oncology)
From: Internal Audit
Date: November 20, 2026

We tested 60 infusion encounters (April-June 2026). 12 had charge errors (20%). Net financial impact in the sample: $7,905 undercharged, $2,140 overcharged. Examples:

1. Cecilia Abernathy, acct 7001778120, DOS 05/04/2026 - Chemotherapy IV push and infusion. 96413 (first hour chemo infusion) billed twice. Should be 96413 + 96415 x1. Overcharge $1,020; refund due to Corvane.
2. Marcus Lindqvist, acct 7001790441, DOS 05/11/2026 - Iron sucrose infusion. No drug charge captured (J1756 x 200 units). Undercharge $412.
3. Hollis Ashdown, acct 7001802276, DOS 05/19/2026 - Pembrolizumab. Drug charged at 100 mg; MAR shows 200 mg. Undercharge $5,610.
4. Rosa Jessup, acct 7001815503, DOS 06/02/2026 - Hydration 96360 billed with chemo infusion, concurrent. Not separately billable. Overcharge $1,120.
5. Leopold Vance, acct 7001822819, DOS 06/15/2026 - Port flush (96523) billed with infusion on the same day. Not separately billable. Overcharge not material ($0 paid); corrected claim needed.

Root causes: manual charge entry by infusion nurses from paper flowsheets, and no pharmacy-to-charge reconciliation.

Please provide management responses by December 11.

Internal Audit Department, Calloway Ridge Health
internalaudit@callowayridge.example.org | 503-555-0108
"""
    return msg(ad("Internal Audit", "internalaudit@" + CR),
               [ad("Vukovich, Pauline", "pvukovich@" + CR), ad("Oyelaran-Brandt, Funke MD", "foyelaranbrandt@" + CR)],
               "Audit 2026-07 infusion charge capture - draft findings",
               "2026-11-20 16:40 -0800",
               T(body))


@reg("phi", "ics-deposition-invite-post-op-stroke",
     "calendar invite for a deposition whose title and description name the patient and her post-operative stroke")
def _():
    cal = ics([
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:depo-pacheco-20261215@phv-law.example.com",
        "DTSTAMP:20261202T190000Z",
        "DTSTART:20261215T170000Z",
        "DTEND:20261215T230000Z",
        "SUMMARY:Deposition of Lourdes Pacheco-Ibarra MD - Ashdown v. St. Odile (post-op stroke after carotid endarterectomy)",
        "LOCATION:Pruitt Haldane & Voss LLP\\, 900 Fourth Ave\\, 22nd floor\\, Conf. Rm A",
        "DESCRIPTION:Plaintiff Winnie Ashdown (DOB 02/14/1949) - left CEA 03/18/2026\\, intra-op shunt\\, "
        "right MCA stroke POD 0\\; alleges delayed recognition of neuro change in PACU. "
        "Bring: anesthesia record\\, PACU neuro checks\\, CT/CTA 03/18.",
        "ORGANIZER;CN=Gordon Ashcombe:mailto:gashcombe@phv-law.example.com",
        "ATTENDEE;CN=Lourdes Pacheco-Ibarra:mailto:lpachecoibarra@stodile.example.org",
        "ATTENDEE;CN=Abigail Thornquist:mailto:athornquist@stodile.example.org",
        "END:VEVENT"])
    body = """\
Dr. Pacheco-Ibarra,

Calendar hold for your deposition on December 15. We will meet at 8:00 AM for a final prep session before it starts at 9:00. Lunch will be provided.

Gordon Ashcombe | Pruitt Haldane & Voss LLP | 206-555-0172

""" + LAW_DISC
    return msg(ad("Gordon Ashcombe", "gashcombe@phv-law.example.com"),
               ad("Pacheco-Ibarra, Lourdes MD", "lpachecoibarra@" + SO),
               "Invitation: Deposition - Ashdown v. St. Odile - Tue Dec 15 9:00 AM",
               "2026-12-02 11:00 -0800",
               MP("mixed", T(body), A(cal, "text/calendar", "invite.ics", cte="7bit", cs="utf-8")),
               cc=ad("Thornquist, Abigail MD", "athornquist@" + SO))


@reg("phi", "preemployment-health-clearance",
     "occupational health tells HR a named new hire is cleared, with TB test, immunity titres and respirator fit results")
def _():
    body = """\
HR Onboarding,

Pre-placement health assessment complete for:

  Candidate:   Keziah Lindqvist
  Position:    RN, Emergency Department (Req 26-04112)
  Start date:  12/14/2026

  Status:      CLEARED - no restrictions

  TB screening:      IGRA negative (11/30/2026)
  Measles/mumps/rubella: immune by titer
  Varicella:         immune by titer
  Hepatitis B:       surface antibody 142 mIU/mL (immune)
  Tdap:              10/2022
  Influenza:         given 11/30/2026
  N95 fit test:      passed (3M 1870+, size regular)
  Drug screen:       negative (10-panel)

Health questionnaire details stay in the confidential Employee Health file and are not sent to HR.

Employee Health & Wellness, Calloway Ridge Health
503-555-0119 | Fax 503-555-0123
"""
    return msg(ad("Employee Health & Wellness", "employeehealth@" + CR),
               ad("HR Onboarding", "onboarding@" + CR),
               "Pre-placement clearance - Lindqvist, Keziah - ED RN - start 12/14",
               "2026-12-01 13:12 -0800",
               T(body))


@reg("phi", "research-subject-payment-reconciliation",
     "borderline: research finance reconciles stipends for named participants of a heart-failure drug trial; study membership implies the diagnosis")
def _():
    ppl = people("stipend", 18)
    rows = [["Subject ID", "Participant name", "Visit", "Visit date", "Stipend", "Card #", "Loaded"]]
    for i, (f, l, r) in enumerate(ppl, 1):
        rows.append(["104-%03d" % (10 + i * 3), "%s %s" % (f, l), r.choice(["Week 24", "Week 36", "Week 48"]),
                     "11/%02d/2026" % r.randint(2, 27), "75.00", "xxxx%04d" % r.randint(1000, 9999), r.choice(["Y", "Y", "N"])])
    body = """\
Consuelo,

November stipend reconciliation for ATX-402 (CARDIQOR-HF2) is attached. Three participants show "N" in the Loaded column. The card vendor says the reload failed because the cards were reissued. Can you confirm the new card numbers with those participants at their next visit, or send me the reissue confirmations?

Also, 1099 reminder: anyone over $600 in calendar 2026 needs a W-9 on file. Four participants from this study will cross that threshold with their December visit.

Thanks,
Emeric Szabo
Research Finance Analyst, Office of Research Administration
St. Odile Regional Medical Center | (360) 555-0197
"""
    return msg(ad("Szabo, Emeric", "eszabo@" + SO),
               ad("Marquez-Dahl, Consuelo", "cmarquezdahl@" + SO),
               "ATX-402 November stipend reconciliation - 3 failed reloads",
               "2026-12-02 10:20 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "ATX-402_stipends_2026-11.csv", cs="us-ascii")))


# ------------------------------------------------------ phi, not in English

@reg("phi", "de-bem-einladung-bandscheibenvorfall",
     "German HR invitation to a return-to-work (BEM) meeting naming an employee's herniated disc and sick days", lang="de")
def _():
    body = """\
Sehr geehrter Herr Oberländer-Kaya,

Sie waren in den letzten zwölf Monaten insgesamt 47 Arbeitstage arbeitsunfähig. Nach § 167 Abs. 2 SGB IX bieten wir Ihnen deshalb ein Betriebliches Eingliederungsmanagement (BEM) an. Die Teilnahme ist freiwillig.

Wie Sie uns in Ihrer E-Mail vom 12. November mitgeteilt haben, beruhen die Fehlzeiten im Wesentlichen auf Ihrem Bandscheibenvorfall L5/S1 und der anschließenden stationären Rehabilitation in der Klinik am Kurpark (21.09.–12.10.2026). Ihr Orthopäde empfiehlt laut dem beigefügten Attest eine stufenweise Wiedereingliederung („Hamburger Modell") und für die nächsten sechs Monate kein Heben über 10 kg.

Für das Erstgespräch schlagen wir Dienstag, den 8. Dezember 2026, 10:00 Uhr, Verwaltungsgebäude, Raum 2.14 vor. Teilnehmen würden Frau Sander (Personalabteilung), Herr Dr. Weißgerber (Betriebsarzt) und auf Ihren Wunsch ein Mitglied des Betriebsrats bzw. die Schwerbehindertenvertretung.

Ihre Gesundheitsdaten werden ausschließlich in der BEM-Akte gespeichert, die getrennt von Ihrer Personalakte geführt wird.

Bitte teilen Sie uns bis zum 3. Dezember mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen

Jana Sander
Personalabteilung – Personalbetreuung Technik und Logistik
Klinikum Feldbach-Ost gGmbH
Tel. +49 6221 555-0146
jana.sander@klinikum-feldbach.example.de.test
"""
    return msg(ad("Sander, Jana", "jana.sander@" + KFO),
               ad("Oberländer-Kaya, Deniz", "deniz.oberlaender-kaya@" + KFO, cs="utf-8"),
               "Angebot Betriebliches Eingliederungsmanagement (BEM) – vertraulich",
               "2026-11-24 13:20 +0100",
               T(body, cs="utf-8", cte="quoted-printable"),
               scs="utf-8", senc="Q")


@reg("phi", "de-staatsanwaltschaft-auskunft-patientenakte",
     "German hospital legal office answers a prosecutor's request for a named patient's records after an assault (head injury)", lang="de")
def _():
    body = """\
Staatsanwaltschaft Feldbach
z. Hd. Frau Staatsanwältin Dr. Kühnel
Az. 412 Js 8841/26

Ermittlungsverfahren gegen Unbekannt wegen gefährlicher Körperverletzung
Geschädigter: Herr Lukas Brenneisen, geb. 14.05.1996

Sehr geehrte Frau Dr. Kühnel,

wir bestätigen den Eingang Ihres Auskunftsersuchens vom 19.11.2026 sowie der Entbindungserklärung des Patienten von der ärztlichen Schweigepflicht vom 23.11.2026.

Auf dieser Grundlage übersenden wir Ihnen mit gesonderter Post (Einschreiben) folgende Unterlagen:

1. Notaufnahmeprotokoll vom 08.11.2026 (Aufnahme 02:17 Uhr durch den Rettungsdienst)
2. CT-Befund Schädel vom 08.11.2026: Kalottenfraktur rechts temporal, kleines epidurales Hämatom
3. OP-Bericht der Neurochirurgie vom 08.11.2026 (Hämatomausräumung)
4. Entlassungsbrief vom 16.11.2026 mit Angaben zur Verletzungsdokumentation (Prellmarken Gesicht und Thorax)

Die Unterlagen umfassen 23 Seiten. Eine Kostennote nach JVEG fügen wir bei.

Mit freundlichen Grüßen

i. A. Dr. jur. Felix Amberger
Justiziariat
Klinikum Feldbach-Ost gGmbH
Am Klinikpark 12, 69999 Feldbach
Tel. +49 6221 555-0149
"""
    return msg(ad("Justiziariat Klinikum Feldbach-Ost", "justiziariat@" + KFO),
               ad("Staatsanwaltschaft Feldbach", "poststelle@sta-feldbach.example.de.test"),
               "Az. 412 Js 8841/26 – Auskunftsersuchen Patient Brenneisen",
               "2026-11-26 09:45 +0100",
               T(body.replace("–", "-"), cs="iso-8859-1", cte="8bit"),
               scs="iso-8859-1", senc="Q")


@reg("phi", "fr-contentieux-facture-sejour-chirurgie",
     "French hospital debt-recovery letter to a named patient for the balance of a hip replacement stay", lang="fr")
def _():
    body = """\
Madame Rolande Vasseur
12, rue des Tanneurs
69999 Vaurelle

Objet : Relance avant poursuites – facture n° 2026-HOSP-0448172
Séjour du 02/09/2026 au 09/09/2026 – Service de chirurgie orthopédique

Madame,

Sauf erreur de notre part, la facture citée en référence, relative à votre hospitalisation pour la pose d'une prothèse totale de hanche gauche, reste impayée à ce jour.

Détail :
- Forfait journalier hospitalier : 7 jours x 20,00 € = 140,00 €
- Participation forfaitaire (acte > 120 €) : 24,00 €
- Chambre particulière (non prise en charge par votre mutuelle) : 7 jours x 65,00 € = 455,00 €
Total restant dû : 619,00 €

Votre mutuelle (Mutuelle des Monts, adhérent n° 770418825) nous a indiqué que votre contrat ne couvre pas la chambre particulière.

Nous vous remercions de régler cette somme sous 15 jours auprès du Trésor public (références sur l'avis joint), ou de contacter le bureau des admissions au +33 4 78 555 01 40 si vous souhaitez un échéancier.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Le service des frais de séjour et du contentieux
Centre hospitalier de Vaurelle
"""
    return msg(ad("Frais de séjour – CH Vaurelle", "frais-sejour@ch-vaurelle.example.fr.test", cs="iso-8859-15"),
               ad("Rolande Vasseur", "rolande.vasseur@courriel.example.fr.test"),
               "Relance facture 2026-HOSP-0448172 – séjour chirurgie orthopédique",
               "2026-11-18 10:12 +0100",
               T(body, cs="iso-8859-15", cte="quoted-printable"),
               scs="iso-8859-15", senc="Q")


@reg("phi", "fr-declaration-eig-ars",
     "French serious adverse event declaration to the regional health agency with a patient's initials, birth date and fracture after a fall", lang="fr")
def _():
    pages = [[
        "**DECLARATION D'EVENEMENT INDESIRABLE GRAVE ASSOCIE A DES SOINS (EIGS) - Volet 1",
        "Etablissement : Centre hospitalier de Vaurelle - FINESS 699999999 (fictif)",
        "Date de survenue : 14/11/2026, 05h30        Date de declaration : 17/11/2026",
        "",
        "Patient : initiales M. D.   Sexe : M   Date de naissance : 03/06/1938",
        "Service : Medecine gériatrique, chambre 212",
        "",
        "Description : Chute nocturne lors d'un lever sans aide, patient sous anticoagulant (apixaban).",
        "Consequences : fracture du col du fémur droit, hématome sous-dural chronique au scanner,",
        "transfert en chirurgie orthopédique, intervention le 15/11/2026.",
        "Mesures immediates : information du patient et de sa fille (personne de confiance) le 14/11.",
        "Analyse approfondie (volet 2) : prévue sous 3 mois, méthode ALARM.",
    ]]
    body = """\
Madame, Monsieur,

Vous trouverez ci-joint le volet 1 de la déclaration d'un événement indésirable grave associé à des soins survenu le 14 novembre 2026 dans le service de médecine gériatrique de notre établissement.

Le patient (M. D., né le 03/06/1938) a fait une chute la nuit, avec une fracture du col du fémur et un hématome sous-dural. Il a été opéré le 15 novembre. Son état est stable. La famille a été informée.

Le volet 2 (analyse des causes) vous sera transmis dans le délai réglementaire.

Bien cordialement,

Dr Nathalie Perrin-Achour
Coordonnatrice de la gestion des risques associés aux soins
Centre hospitalier de Vaurelle
Tél. : +33 4 78 555 01 36
"""
    return msg(ad("Dr Nathalie Perrin-Achour", "gestion.risques@ch-vaurelle.example.fr.test"),
               ad("Point focal régional – ARS", "signalement@ars-region.example.fr.test", cs="utf-8"),
               "Déclaration EIGS – volet 1 – CH de Vaurelle – 14/11/2026",
               "2026-11-17 16:05 +0100",
               MP("mixed", T(body, cs="utf-8", cte="base64"),
                  A(pdf(pages, title="EIGS volet 1"), "application/pdf", "EIGS_volet1_CHV_2026-11-14.pdf")),
               scs="utf-8", senc="B")


@reg("phi", "es-reclamacion-aseguradora-afiliado",
     "Spanish hospital claims an insurer's unpaid invoice for a named policyholder's cataract surgery", lang="es")
def _():
    body = """\
Estimados señores:

Nos ponemos en contacto con ustedes en relación con la factura que se detalla a continuación, que continúa pendiente de pago después de 90 días desde su presentación:

Asegurado: D. Ramón Echeverría Solís
N.º de póliza / tarjeta: SNV-0044718830-02
Fecha de nacimiento: 22/07/1951
N.º de autorización: AUT-26-0881412
Factura: HUSC-F-2026-031877 de 14/08/2026
Prestación: cirugía de catarata del ojo derecho (facoemulsificación con implante de lente intraocular), en régimen ambulatorio, el 05/08/2026
Importe: 1.460,00 €

La intervención contaba con la autorización previa indicada. La aseguradora rechazó el pago alegando "falta de informe de alta", que adjuntamos de nuevo en el portal de proveedores (referencia de carga 26-11-7781).

Les rogamos procedan al abono en un plazo de 15 días. En caso contrario, aplicaremos lo previsto en la cláusula 9.3 del concierto.

Atentamente,

Montserrat Aguilar Ibáñez
Responsable de Facturación a Terceros
Hospital Universitario San Ciprián
Tel. 91 555 01 32
facturacion@husc.example.es.test

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial sometida a secreto profesional.
"""
    return msg(ad("Montserrat Aguilar Ibáñez", "facturacion@husc.example.es.test", cs="iso-8859-15"),
               ad("Prestaciones Sanavera Seguros", "prestaciones@sanavera.example.es.test"),
               "Reclamación factura HUSC-F-2026-031877 – asegurado Echeverría Solís",
               "2026-11-23 12:40 +0100",
               T(body.replace("–", "-"), cs="iso-8859-15", cte="quoted-printable"),
               scs="iso-8859-15", senc="Q")


@reg("phi", "es-mx-reembolso-gastos-medicos-mayores",
     "Mexican insurer tells a named policyholder its reimbursement decision for her ankle fracture surgery", lang="es")
def _():
    body = """\
Estimada Sra. Fernanda Lozano Quiroga:

Le informamos el resultado de su trámite de reembolso de Gastos Médicos Mayores.

Número de siniestro: GMM-26-0774182
Póliza: 88-41207-3
Asegurada afectada: Fernanda Lozano Quiroga
Padecimiento: fractura bimaleolar de tobillo izquierdo (accidente del 03/10/2026)
Atención: reducción abierta y fijación interna el 04/10/2026, Hospital San Rafael de la Sierra; 2 días de hospitalización

Gastos presentados:        $118,420.00 MXN
Gastos no cubiertos:       $3,150.00 (artículos personales, acompañante)
Deducible:                 $15,000.00
Coaseguro 10%:             $10,027.00
Monto a reembolsar:        $90,243.00 MXN

El depósito se realizará en un plazo de 5 días hábiles a la cuenta CLABE registrada terminación 4471.

Si tiene dudas, comuníquese con su ejecutivo al 55 555 0144 o responda este correo.

Atentamente,
Área de Siniestros de Gastos Médicos
Seguros Altavista, S.A. de C.V.
"""
    return msg(ad("Siniestros GMM – Seguros Altavista", "siniestros.gmm@altavista.example.com.mx.test", cs="utf-8"),
               ad("Fernanda Lozano Quiroga", "fer.lozano@correo.example.com.mx.test"),
               "Resultado de su reembolso – siniestro GMM-26-0774182",
               "2026-11-25 18:30 -0600",
               T(body, cs="utf-8", cte="8bit"),
               scs="utf-8", senc="B")


@reg("phi", "pt-glosa-conta-hospitalar-operadora",
     "Brazilian payer's denial (glosa) of named beneficiaries' hospital bills with card numbers and diagnoses (CSV)", lang="pt")
def _():
    ppl = [("Joaquim", "Bezerra Lima"), ("Antônia", "Queiroz Farias"), ("Edson", "Martins Pires"), ("Luzia", "Carvalho Nunes"),
           ("Raimundo", "Teixeira Sales"), ("Conceição", "Barros Rocha"), ("Valdir", "Monteiro Dias"), ("Iracema", "Gomes Paiva"),
           ("Severino", "Araújo Lemos"), ("Benedita", "Freitas Moura"), ("Osvaldo", "Pinheiro Cunha"), ("Marlene", "Sampaio Viana"),
           ("Geraldo", "Correia Melo"), ("Terezinha", "Batista Reis"), ("Francisco", "Duarte Cavalcante"), ("Aparecida", "Tavares Rezende"),
           ("Anselmo", "Vieira Castro"), ("Nair", "Moreira Brito"), ("Rubens", "Fonseca Aguiar"), ("Dalva", "Siqueira Porto"),
           ("Lauro", "Andrade Quintela")]
    cids = [("J18.9", "Pneumonia não especificada"), ("I50.0", "Insuficiência cardíaca congestiva"), ("N39.0", "Infecção do trato urinário"),
            ("K80.2", "Calculose da vesícula biliar"), ("S72.0", "Fratura do colo do fêmur"), ("E11.9", "Diabetes mellitus tipo 2"),
            ("J44.1", "DPOC com exacerbação aguda")]
    r = random.Random("glosa")
    rows = [["Guia", "Beneficiário", "Carteirinha", "Internação", "CID-10", "Diagnóstico", "Valor apresentado", "Valor glosado", "Motivo"]]
    for i, (f, l) in enumerate(ppl):
        c = cids[i % len(cids)]
        ap = round(r.uniform(3500, 42000), 2)
        rows.append(["G%08d" % r.randint(10000000, 99999999), "%s %s" % (f, l), "0 884 %06d %02d" % (r.randint(100000, 999999), r.randint(0, 9)),
                     "%02d/10/2026" % r.randint(1, 28), c[0], c[1], ("%.2f" % ap).replace(".", ","),
                     ("%.2f" % (ap * r.choice([0.05, 0.1, 0.18, 0.3]))).replace(".", ","),
                     r.choice(["Diária excedente sem justificativa", "Material não autorizado", "Exame sem pedido médico", "Taxa de sala em duplicidade"])])
    body = """\
Prezados,

Segue em anexo o demonstrativo de análise de contas (glosas) referente ao lote 2026-10-HVI de internações de outubro, com 21 guias glosadas parcialmente.

O prazo para recurso é de 60 dias a partir desta data, pelo portal do prestador, com justificativa e documentação (prontuário, prescrições e relatório médico).

Atenciosamente,

Auditoria de Contas Médicas
Amparo Saúde – Operadora de Planos de Saúde
Tel.: (11) 555-0124
"""
    return msg(ad("Auditoria de Contas – Amparo Saúde", "auditoria.contas@amparosaude.example.com.br.test", cs="iso-8859-1"),
               ad("Faturamento Hospital Vale do Ipuã", "faturamento@hvaleipua.example.com.br.test", cs="iso-8859-1"),
               "Demonstrativo de glosas – lote 2026-10-HVI (21 guias)",
               "2026-11-27 09:00 -0300",
               MP("mixed", T(body.replace("–", "-"), cs="iso-8859-1", cte="quoted-printable"),
                  A(csvtext(rows, ";"), "text/csv", "glosas_lote_2026-10-HVI.csv", cs="iso-8859-1", cte="base64")),
               scs="iso-8859-1", senc="Q")


@reg("phi", "pt-incidente-lgpd-pacientes-afetados",
     "Brazilian data-protection incident report listing five named patients whose lab results were e-mailed to the wrong recipient", lang="pt")
def _():
    body = """\
Prezada Dra. Cristiane,

Registramos o incidente de segurança INC-LGPD-2026-019, conforme nosso procedimento interno.

O que aconteceu: em 23/11/2026, às 16h40, uma colaboradora do laboratório enviou por engano um arquivo PDF com laudos de exames de cinco pacientes para o e-mail de outra paciente, que tem nome parecido com o de um dos titulares. A destinatária nos avisou às 18h10 e confirmou por escrito que apagou a mensagem.

Titulares afetados:
1. Maria das Graças Pimentel – prontuário 0448120 – hemograma completo, ferritina
2. José Carlos Almeida Reis – prontuário 0391772 – glicemia de jejum, hemoglobina glicada (8,9%)
3. Sebastiana Lopes Furtado – prontuário 0412285 – TSH, T4 livre
4. Antônio Ferreira Brandão – prontuário 0376104 – PSA total, creatinina
5. Rosângela Martins Coelho – prontuário 0455931 – urina tipo I, urocultura (positiva, E. coli)

Avaliação preliminar: dados de saúde (dados sensíveis, art. 11 da LGPD). Risco considerado baixo, porque a destinatária foi identificada e confirmou a exclusão. Mesmo assim, recomendo comunicar os titulares e registrar o incidente, e deixar a decisão sobre a comunicação à ANPD para a reunião do Comitê de Privacidade de 30/11.

Atenciosamente,

Fábio Henrique Gusmão
Encarregado pelo Tratamento de Dados Pessoais (DPO)
Hospital Vale do Ipuã
Tel.: (11) 555-0165
"""
    return msg(ad("Fábio Henrique Gusmão", "dpo@hvaleipua.example.com.br.test", cs="utf-8"),
               ad("Dra. Cristiane Leal", "cristiane.leal@hvaleipua.example.com.br.test"),
               "INC-LGPD-2026-019 – laudos enviados a destinatária errada",
               "2026-11-24 11:30 -0300",
               T(body, cs="utf-8", cte="base64"),
               scs="utf-8", senc="B")


@reg("phi", "it-richiesta-cartella-clinica-avvocato",
     "Italian hospital answers a lawyer's request for a named client's medical record after a road accident", lang="it")
def _():
    body = """\
Egregio Avv. Ferraresi,

in riferimento alla Sua richiesta del 10 novembre 2026, pervenuta a mezzo PEC, di copia della cartella clinica del Suo assistito Sig. Giacomo Torricelli (nato a Valmorena il 19/01/1987), La informiamo che la documentazione è pronta per il ritiro.

Contenuto:
- cartella clinica del ricovero presso la U.O. di Ortopedia e Traumatologia dal 02/10/2026 al 11/10/2026 (frattura scomposta di tibia e perone destri a seguito di incidente stradale, trattata con chiodo endomidollare il 03/10/2026);
- verbale di Pronto Soccorso del 02/10/2026;
- referti di diagnostica per immagini (RX e TC).

Ai sensi della normativa vigente, la copia è rilasciata sulla base della delega firmata dal paziente e della copia del documento d'identità allegati alla richiesta. Il costo è di € 25,00 (diritti di segreteria) più € 0,10 per pagina oltre la cinquantesima (totale € 31,80).

La copia può essere ritirata presso l'Ufficio Cartelle Cliniche (piano terra, padiglione B) dal lunedì al venerdì, 9:00-12:30, oppure inviata in formato digitale tramite PEC previo pagamento.

Distinti saluti,

Ufficio Cartelle Cliniche
Direzione Medica di Presidio - Ospedale di Valmorena
Tel. 0583 555 0139
"""
    return msg(ad("Ufficio Cartelle Cliniche", "cartelle.cliniche@asl-valmorena.example.it.test"),
               ad("Avv. Marco Ferraresi", "studio.ferraresi@pec.example.it.test"),
               "Rif. Vs. richiesta del 10/11 – copia cartella clinica Sig. Torricelli",
               "2026-11-20 11:15 +0100",
               T(body.replace("–", "-"), cs="iso-8859-15", cte="quoted-printable"),
               scs="iso-8859-15", senc="Q")


@reg("phi", "nl-klacht-klachtenfunctionaris",
     "Dutch hospital complaints officer summarises a named patient's complaint about a postponed knee operation", lang="nl")
def _():
    body = """\
Beste dr. Verhoeven,

Ik heb een klacht ontvangen van mevrouw Geertruida (Truus) Wolters-Brink, geboren 08-03-1956, patiëntnummer 4410827. Ze heeft mij toestemming gegeven om haar klacht met u te bespreken.

Samenvatting van de klacht:
- Mevrouw stond gepland voor een totale knieprothese rechts op 14 oktober. De operatie is twee keer uitgesteld, op 14 oktober en op 4 november, beide keren op de ochtend zelf, terwijl zij al nuchter en opgenomen was.
- Zij heeft door de pijn inmiddels morfine (oxycodon) nodig om te slapen en kan haar man, die mantelzorg nodig heeft, niet meer goed helpen.
- Zij voelt zich niet serieus genomen: niemand heeft uitgelegd waarom de operatie werd uitgesteld.

Haar verzoek: een nieuwe operatiedatum binnen vier weken en een gesprek met u over wat er is misgegaan.

Kunt u mij vóór 4 december laten weten of u bereid bent tot een gesprek? Ik kan het gesprek begeleiden.

Met vriendelijke groet,

Ilse Hoogendoorn-Baas
Klachtenfunctionaris
Ziekenhuis Ommerdal
T 0570 555 0117
klachten@ziekenhuis-ommerdal.example.nl.test
"""
    return msg(ad("Ilse Hoogendoorn-Baas", "klachten@ziekenhuis-ommerdal.example.nl.test"),
               ad("dr. M. Verhoeven, orthopeed", "m.verhoeven@ziekenhuis-ommerdal.example.nl.test"),
               "Klacht mevrouw Wolters-Brink – uitgestelde knieoperatie",
               "2026-11-25 14:50 +0100",
               T(body, cs="utf-8", cte="quoted-printable"),
               scs="utf-8", senc="Q")


@reg("phi", "pl-korekta-rozliczenia-nfz",
     "Polish hospital billing corrects a named patient's national insurer settlement for a pneumonia stay (PESEL, ICD-10)", lang="pl")
def _():
    body = """\
Dzień dobry,

w związku z odrzuceniem przez Oddział Wojewódzki NFZ świadczenia w raporcie statystycznym za październik 2026 proszę o korektę danych i ponowne przesłanie rozliczenia:

Pacjent: Zdzisław Kmieciak
PESEL: 48031207713
Oddział: Chorób Wewnętrznych
Hospitalizacja: 06.10.2026–15.10.2026
Rozpoznanie główne: J18.9 (zapalenie płuc, nieokreślone)
Rozpoznania współistniejące: I50.0, E11.9
Grupa JGP: D17 – zapalenie płuc bez powikłań
Powód odrzucenia: niezgodność rozpoznania współistniejącego z kodem procedury (brak dokumentacji niewydolności serca w karcie informacyjnej)

Proszę lekarza prowadzącego o uzupełnienie karty informacyjnej leczenia szpitalnego lub usunięcie rozpoznania I50.0, jeśli nie było leczone. Termin korekty: 10 grudnia 2026 r.

Pozdrawiam

Katarzyna Żmuda-Lis
Dział Rozliczeń Świadczeń Medycznych
Szpital Miejski w Białokrzewie
tel. 22 555 01 41
"""
    return msg(ad("Katarzyna Żmuda-Lis", "rozliczenia@szpital-bialokrzew.example.pl.test", cs="iso-8859-2"),
               ad("Oddział Chorób Wewnętrznych – sekretariat", "interna@szpital-bialokrzew.example.pl.test", cs="iso-8859-2"),
               "Korekta rozliczenia NFZ – pacjent Kmieciak, hospitalizacja 06-15.10.2026",
               "2026-11-26 12:05 +0100",
               T(body.replace("–", "-"), cs="iso-8859-2", cte="quoted-printable"),
               scs="iso-8859-2", senc="Q")


@reg("phi", "ru-ekspertiza-smo-polis-oms",
     "Russian insurer's quality-of-care review of a named insured patient's myocardial infarction stay with policy number", lang="ru")
def _():
    body = """\
Главному врачу ГБУЗ «Ольховская городская больница № 2»

Уважаемый Андрей Витальевич!

По результатам целевой экспертизы качества медицинской помощи (ЭКМП) по случаю летального исхода сообщаем следующее.

Застрахованное лицо: Сафронов Геннадий Петрович, 11.02.1954 г.р.
Полис ОМС № 7748 8120 4410 2231
Период госпитализации: 03.10.2026 – 05.10.2026, кардиологическое отделение
Основной диагноз: I21.0 Острый трансмуральный инфаркт передней стенки миокарда
Исход: летальный, 05.10.2026

Выявленные дефекты:
1. Код 3.2.3 – несвоевременное выполнение коронарографии: от поступления до реперфузии прошло 6 ч 40 мин при рекомендованных не более 120 минутах.
2. Код 3.2.1 – не выполнено повторное определение тропонина через 3 часа.

Размер неоплаты (уменьшения оплаты): 30% стоимости случая (41 882,40 руб.) и штраф в соответствии с Тарифным соглашением.

С актом ЭКМП можно ознакомиться в личном кабинете медицинской организации. Протокол разногласий может быть направлен в течение 15 рабочих дней.

С уважением,
врач-эксперт качества медицинской помощи
Лаврентьева Ольга Сергеевна
АО «Страховая компания «Северный щит-Мед»
Тел.: +7 (812) 555-01-48
"""
    return msg(ad("СК Северный щит-Мед – ЭКМП", "ekmp@sshield-med.example.ru.test", cs="windows-1251"),
               ad("Главный врач ОГБ №2", "glavvrach@olkhovsk-gb2.example.ru.test", cs="windows-1251"),
               "Результаты ЭКМП – Сафронов Г.П., полис 7748812044102231",
               "2026-11-19 15:10 +0300",
               T(body, cs="windows-1251", cte="base64"),
               scs="windows-1251", senc="B")


@reg("phi", "ja-receipt-henrei",
     "Japanese hospital billing notes a returned insurance claim for a named patient's fracture surgery", lang="ja")
def _():
    body = """\
整形外科外来　各位

お疲れさまです。医事課の高橋です。
１０月診療分のレセプトで、下記１件が保険者から返戻されました。

患者氏名：　小野寺　和夫　様（７６歳）
患者ＩＤ：　００４８１２２７
保険者番号：３９１３４４１８（後期高齢者医療）
診療年月：　令和８年１０月
病名：　　　右大腿骨頸部骨折
入院期間：　１０月５日から１０月２６日
手術：　　　人工骨頭挿入術（１０月６日）
返戻理由：　病名開始日と手術日の不一致、および術後リハビリテーションの算定日数の確認

１２月７日までに病名開始日の確認と、リハビリ実施記録の追記をお願いします。
再請求は１２月分に合わせて行います。

医事課　入院係
高橋　健太（内線２３１８）
"""
    return msg(ad("高橋 健太", "takahashi.k@minatokita.example.jp.test", cs="shift_jis"),
               ad("整形外科外来", "seikei@minatokita.example.jp.test", cs="shift_jis"),
               "【返戻】１０月分レセプト　小野寺様（整形外科）",
               "2026-11-27 14:05 +0900",
               T(body, cs="shift_jis", cte="base64", wrap=False),
               scs="shift_jis", senc="B")


@reg("phi", "zh-yibao-jiesuan-fuhe",
     "Chinese hospital medical-insurance office asks a department to review a named patient's diabetes admission claim", lang="zh")
def _():
    body = """\
内分泌科：

市医保中心对我院１０月份住院结算进行智能审核，以下病例被标记为疑点，请贵科于１２月５日前完成说明：

患者姓名：王建国
性别／年龄：男，６３岁
住院号：ZY2026100418
医保卡号：3301 8847 2210 4471
入院日期：２０２６年１０月８日　　出院日期：２０２６年１０月２３日
主要诊断：２型糖尿病伴多个并发症（E11.7）
其他诊断：糖尿病周围神经病变、糖尿病肾病（CKD ３期）
疑点内容：
１．住院１５天，超过同病种平均住院日（９天）；
２．同时收取“动态血糖监测”和“指尖血糖监测”费用，共４２次；
３．胰岛素泵治疗未见知情同意书。

请提供病程记录、医嘱单及相关说明，交医保办汇总后上报。

医保办　陈丽
电话：0571-555-0131
"""
    return msg(ad("医保办 陈丽", "chenli@jl2h.example.cn.test", cs="utf-8"),
               ad("内分泌科", "nfm@jl2h.example.cn.test", cs="utf-8"),
               "医保结算疑点复核：王建国（住院号ZY2026100418）",
               "2026-11-28 10:30 +0800",
               T(body, cs="utf-8", cte="base64", wrap=False),
               scs="utf-8", senc="B")


@reg("phi", "ko-hwanbul-wonmugwa",
     "Korean hospital billing office tells a named patient about a refund for his MRI after an insurance review", lang="ko")
def _():
    body = """\
박민수 님께,

서해가람병원 원무과입니다.

2026년 10월 14일 신경과 외래에서 시행하신 뇌 MRI 검사 비용에 대해, 건강보험심사평가원의 심사 결과 급여 인정 기준(두통 및 어지럼증에 대한 신경학적 이상 소견)에 해당하는 것으로 확인되어 본인부담금 차액을 환불해 드립니다.

  - 환자번호: 20418833
  - 진료일: 2026년 10월 14일 (신경과, 김지현 교수)
  - 검사명: 뇌 MRI (조영제 사용)
  - 기존 수납액: 486,000원 (비급여)
  - 급여 적용 후 본인부담금: 162,400원
  - 환불 금액: 323,600원

환불은 신청하신 계좌(끝자리 4471)로 12월 4일까지 입금될 예정입니다.

문의: 원무과 환불 담당 (전화 031-555-0155, 평일 09:00~17:00)

서해가람병원 원무과 드림
"""
    return msg(ad("서해가람병원 원무과", "wonmu@seohaegaram.example.kr.test", cs="utf-8"),
               ad("박민수", "minsu.park@mail.example.kr.test", cs="utf-8"),
               "[서해가람병원] MRI 검사비 환불 안내",
               "2026-11-30 11:20 +0900",
               T(body, cs="utf-8", cte="quoted-printable", wrap=False),
               scs="utf-8", senc="B")


@reg("phi", "vi-tu-choi-thanh-toan-bhyt",
     "Vietnamese hospital notifies a department that insurance refused payment for a named patient's appendectomy stay", lang="vi")
def _():
    body = """\
Kính gửi: Khoa Ngoại tổng hợp

Cơ quan Bảo hiểm xã hội tỉnh đã thông báo từ chối thanh toán một phần chi phí khám chữa bệnh BHYT của hồ sơ sau:

- Họ tên người bệnh: Trần Văn Phúc, sinh năm 1979
- Số thẻ BHYT: DN4794412208837
- Mã hồ sơ: 26100884
- Thời gian điều trị: 12/10/2026 - 17/10/2026
- Chẩn đoán: Viêm ruột thừa cấp (K35.8), đã phẫu thuật cắt ruột thừa nội soi ngày 12/10/2026
- Số tiền bị từ chối: 1.840.000 đồng
- Lý do: thuốc kháng sinh meropenem không có chỉ định phù hợp với kết quả kháng sinh đồ; ngày giường thứ 5 không có y lệnh điều trị.

Đề nghị Khoa bổ sung giải trình chuyên môn và bệnh án (tờ điều trị, kết quả cấy máu) gửi về Phòng Tài chính - Kế toán trước ngày 08/12/2026 để làm thủ tục đề nghị xem xét lại.

Trân trọng,
Phòng Tài chính - Kế toán
Bệnh viện Đa khoa Tâm An
ĐT: 028 555 0136
"""
    return msg(ad("Phòng Tài chính - Kế toán", "tckt@benhvientaman.example.vn.test", cs="utf-8"),
               ad("Khoa Ngoại tổng hợp", "khoangoai@benhvientaman.example.vn.test", cs="utf-8"),
               "BHXH từ chối thanh toán - hồ sơ 26100884 - BN Trần Văn Phúc",
               "2026-11-26 09:15 +0700",
               T(body, cs="utf-8", cte="quoted-printable"),
               scs="utf-8", senc="Q")


@reg("phi", "sv-patientnamnden-klagomal",
     "Swedish patient advisory committee forwards a named patient's complaint about a delayed prostate biopsy result", lang="sv")
def _():
    body = """\
Till verksamhetschefen, Urologiska kliniken

Patientnämnden har tagit emot ett klagomål från Bengt Ivar Sjöholm, personnummer 19520317-4471, och överlämnar det för yttrande enligt patientsäkerhetslagen.

Sammanfattning av klagomålet:
Patienten genomgick prostatabiopsi den 2 september 2026 efter förhöjt PSA (14 µg/l). Han fick besked om att svaret skulle komma inom tre veckor. Först den 28 oktober fick han per brev veta att biopsin visade prostatacancer (Gleason 4+3) och att han var kallad till ett multidisciplinärt möte. Han har inte fått någon kontaktsjuksköterska och har inte kunnat nå mottagningen per telefon.

Patienten önskar:
- en förklaring till fördröjningen,
- en namngiven kontaktsjuksköterska,
- ett läkarbesök snarast för att diskutera behandling.

Vi ber om ert skriftliga yttrande senast den 21 december 2026. Patienten har gett sitt samtycke till att klagomålet lämnas till vårdgivaren.

Med vänlig hälsning

Karin Åberg-Lundqvist
Handläggare, Patientnämnden Region Västerlund
Tfn 031-555 01 33
"""
    return msg(ad("Patientnämnden Region Västerlund", "patientnamnden@region-vasterlund.example.se.test", cs="iso-8859-1"),
               ad("Verksamhetschef Urologi", "urologi.vc@region-vasterlund.example.se.test"),
               "Klagomål för yttrande – dnr PN 2026/1183 – Sjöholm",
               "2026-11-23 10:00 +0100",
               T(body, cs="iso-8859-1", cte="quoted-printable"),
               scs="iso-8859-1", senc="Q")


# ================================================================ restricted

def scan_pdf(seed):
    """An image-only 'scanned' PDF page: graphics operators, no text layer."""
    r = random.Random(seed)
    ops = ["0.96 g 30 30 552 732 re f"]
    y = 720
    while y > 120:
        w = r.randint(180, 480)
        ops.append("0.%d g 60 %d %d %d re f" % (r.randint(30, 60), y, w, r.choice([8, 9, 10, 12])))
        y -= r.choice([16, 18, 22, 30])
    st = zlib.compress(("\n".join(ops) + "\n").encode("ascii"), 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(st) + st + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


# ---------------------------------------------------- restricted: mental health

@reg("restricted", "fitness-for-duty-eval-ptsd-nurse",
     "employee health sends HR the outcome of a named nurse's psychiatric fitness-for-duty evaluation (PTSD treatment)", cat="mental")
def _():
    body = """\
Rochelle,

As requested under HR-415, here is the outcome of the fitness-for-duty evaluation for Cormac Dunleavy, RN (Emergency Department, employee ID E0351187), referred 10/29 after the incident in the ED on 10/27.

The independent evaluation was done by Dr. Helena Voss-Amari (forensic psychiatrist, contracted) on 11/12 and 11/19. With Mr. Dunleavy's signed authorization, she has released the following to Employee Health. I am passing on only what HR needs:

  Determination: FIT FOR DUTY WITH CONDITIONS
  Conditions (12 months):
    1. Continue treatment with his current outpatient psychiatrist and trauma-focused therapist (weekly prolonged exposure therapy), with monthly attendance verification sent to Employee Health only.
    2. No more than 3 consecutive 12-hour shifts; no mandatory overtime.
    3. Temporary reassignment away from the pediatric resuscitation bay for 90 days.
    4. Re-evaluation at 6 months, or sooner if there is another incident.

For your background only, not for the personnel file or the manager: the evaluator diagnosed post-traumatic stress disorder related to the pediatric drowning case in August, with an acute stress reaction on 10/27. He has been on sertraline since September and started prolonged exposure therapy on 11/2. She does not believe he poses a risk to patients while he keeps to the conditions.

The full report stays in the confidential Employee Health file. Please tell the ED director only the conditions, not the diagnosis.

Beatrix Jankowski, RN, COHN-S
Employee Health & Wellness, Calloway Ridge Health
503-555-0119
""" + CR_DISC
    return msg(ad("Jankowski, Beatrix (Employee Health)", "bjankowski@" + CR),
               ad("Szabo, Rochelle (HRBP)", "rszabo@" + CR),
               "FFD outcome - Dunleavy, C. (E0351187) - CONFIDENTIAL",
               "2026-11-24 16:22 -0800",
               OL(body))


@reg("restricted", "radv-sample-schizophrenia-bipolar-csv",
     "payer's risk-adjustment audit sample of named members whose audited diagnoses are schizophrenia, bipolar disorder and major depression", cat="mental")
def _():
    dx = [("F20.0", "Paranoid schizophrenia", "HCC 151"), ("F31.4", "Bipolar disorder, current episode depressed, severe w/o psychotic features", "HCC 152"),
          ("F33.2", "Major depressive disorder, recurrent severe w/o psychotic features", "HCC 155"), ("F25.0", "Schizoaffective disorder, bipolar type", "HCC 151"),
          ("F31.2", "Bipolar disorder, current episode manic severe with psychotic features", "HCC 152"), ("F32.2", "Major depressive disorder, single episode, severe", "HCC 155")]
    ppl = people("radv-bh", 24)
    rows = [["Seq", "Member ID", "Member name", "DOB", "DOS", "Rendering NPI", "ICD-10", "Description", "HCC (V28)"]]
    npis = ["1830166132", "1181909379", "1215472808"]
    for i, (f, l, r) in enumerate(ppl, 1):
        d = dx[i % len(dx)]
        rows.append([i, "SLA%09d" % r.randint(100000000, 999999999), "%s, %s" % (l.upper(), f.upper()), dob(r, 1945, 1990),
                     "%02d/%02d/2025" % (r.randint(1, 12), r.randint(1, 28)), npis[i % len(npis)], d[0], d[1], d[2]])
    body = """\
Calloway Ridge Behavioral Health - Outpatient Psychiatry, Medical Records

Silverline Advantage has been selected for a payment year 2025 risk adjustment data validation (RADV) audit. Your clinic submitted the diagnoses for the members in the attached sample. Please provide medical record documentation that supports each diagnosis on the listed date of service.

Because these records come from a behavioral health provider, send only the encounter note for the listed date (psychiatric evaluation or medication management note) showing the diagnosis and your assessment. Do NOT send psychotherapy notes. If any of these members were seen in a program covered by 42 CFR Part 2, contact us before you send anything.

Upload to the Silverline provider portal, RADV folder RA-2025-0922, by January 15, 2027.

Silverline Advantage - Risk Adjustment Operations
1-800-555-0147 option 4

""" + PAYER_DISC
    return msg(ad("Silverline Advantage Risk Adjustment", "radv@silverline-ma.example.com"),
               ad("CRH BH Medical Records", "bh-records@" + CR),
               "RADV PY2025 medical record request RA-2025-0922 - 24 members - due 1/15/2027",
               "2026-11-18 08:05 -0500",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "RA-2025-0922_sample_CRH_BH.csv", cs="us-ascii", cte="quoted-printable")))


@reg("restricted", "psychotherapy-notes-subpoena-objection",
     "legal objects to a subpoena for a named patient's psychotherapy notes from outpatient psychiatry (PDF letter)", cat="mental")
def _():
    pages = [[
        "**CALLOWAY RIDGE HEALTH - OFFICE OF GENERAL COUNSEL",
        "1400 Larchmont Parkway, Tamsin Bay, OR 97399",
        "",
        "November 25, 2026",
        "",
        "VIA E-MAIL AND FIRST-CLASS MAIL",
        "Obinna Achebe, Esq., Okonkwo Reyes LLP",
        "",
        "Re: In re Marriage of Haldane and Haldane, Case No. 26-DR-00918",
        "    Subpoena duces tecum dated November 12, 2026 - records of Lorena Haldane (DOB 09/04/1988)",
        "",
        "Dear Mr. Achebe:",
        "",
        "Calloway Ridge Health objects to the subpoena to the extent it seeks (1) psychotherapy notes",
        "and (2) mental health treatment records of Ms. Haldane, who has received outpatient",
        "psychiatric care at Calloway Ridge Behavioral Health since March 2024, including",
        "medication management and individual psychotherapy.",
        "",
        "Psychotherapy notes are not subject to disclosure without the patient's specific",
        "authorization (45 CFR 164.508(a)(2)), and state law protects mental health records from",
        "disclosure in a dissolution proceeding absent a court order after in camera review.",
        "Ms. Haldane has not authorized disclosure, and no such order has been entered.",
        "",
        "We will not produce any records pending a ruling on a motion to compel or a stipulated",
        "protective order. Nothing in this letter confirms or describes any diagnosis.",
        "",
        "Sincerely,",
        "Malik Haddad, Associate General Counsel",
    ]]
    body = """\
Mr. Achebe,

Please see the attached objection to the subpoena for Ms. Haldane's records. A copy is going to you by first-class mail today.

Regards,
Malik Haddad, JD
Associate General Counsel, Calloway Ridge Health
Direct 503-555-0106

""" + CR_DISC
    return msg(ad("Haddad, Malik", "mhaddad@" + CR),
               ad("Obinna Achebe", "oachebe@okreyes.example.com"),
               "Objection to subpoena - Haldane, 26-DR-00918",
               "2026-11-25 15:30 -0800",
               MP("mixed", T(body), A(pdf(pages, flate=True, title="Objection to Subpoena 26-DR-00918"), "application/pdf", "Objection_Subpoena_26-DR-00918.pdf")),
               cc=ad("Pham, Dana", "dpham@" + CR))


@reg("restricted", "elopement-involuntary-hold-event",
     "incident notice: a named patient on an involuntary psychiatric hold eloped from the inpatient psychiatric unit", cat="mental")
def _():
    body = """\
SafetyNet Event Reporting - NEW EVENT (HIGH PRIORITY)

Event #:      E-2026-09031
Event type:   Elopement / AWOL - involuntary patient
Severity:     Near miss - patient returned without injury (prelim)
Date/time:    11/29/2026 14:12
Location:     4 North Adult Inpatient Psychiatry, sally port / dayroom exit
Assigned to:  Risk Management; Behavioral Health Nursing Director

PATIENT
Name:   WOJCIK, STANISLAW JR.
MRN:    20476115    Age/Sex: 27 M
Legal status: 72-hour emergency hold (started 11/28 03:40), petition for 14-day commitment filed 11/29
Diagnosis: Schizophrenia, acute exacerbation, with command auditory hallucinations

DESCRIPTION (as entered)
During afternoon visiting, pt followed a visitor through the dayroom door before the second door closed (sally port door held open by a food cart delivery). Staff saw him on camera at 14:13. Security and Tamsin Bay PD notified at 14:15 per the AWOL policy. Found by security at 14:41 at the bus shelter on Larchmont, returned to unit voluntarily. No injuries. Olanzapine IM given per PRN order at 14:55 for agitation. Attending psychiatrist (Dr. Kowalczyk) and guardian (mother) notified.

ACTIONS
[x] Security camera footage preserved   [ ] Door interlock evaluated by Facilities   [ ] Review of visitor / delivery procedure
[ ] Notify state per involuntary patient elopement rule within 24 h

View: https://safetynet.callowayridge.example.org/events/E-2026-09031

Confidential patient safety work product. Do not print or forward.
"""
    return msg(ad("SafetyNet Event Reporting", "safetynet-noreply@" + CR),
               [ad("Risk Management", "riskmanagement@" + CR), ad("Okonkwo-Bell, Theo", "tokonkwobell@" + CR)],
               "SafetyNet E-2026-09031 HIGH: Elopement - involuntary pt - 4 North",
               "2026-11-29 15:20 -0800",
               T(body, wrap=False),
               mid_style="dotted",
               extra=[("Auto-Submitted", "auto-generated"), ("Importance", "high")])


@reg("restricted", "fmla-leave-major-depression",
     "HR leave team and a named employee discuss FMLA certification for major depressive disorder and intensive outpatient therapy", cat="mental")
def _():
    body = """\
Hi Ursula,

Thank you for sending the certification. It's complete, and your leave is approved as continuous FMLA leave from 11/23/2026 through 01/04/2027. After that you'll move to intermittent leave for weekly appointments through 06/30/2027.

Here is what your provider's form says, for your records. Your manager only sees the dates:
  - Condition: major depressive disorder, recurrent, severe
  - Treatment: partial hospitalization program (weekdays, 6 weeks), then outpatient psychiatry and therapy weekly
  - Medication changes that may cause drowsiness for the first few weeks

Your short-term disability claim has been opened with Halberd Mutual (claim STD-2026-0118804). They may call you for more information. You don't have to give them more than your provider has already sent.

The EAP is also available to your family members at no cost: 1-800-555-0189, 24/7.

Take care of yourself. We'll check in before your return date.

Leave Administration | Calloway Ridge Health HR
leave@callowayridge.example.org | 503-555-0112

-----Original Message-----
From: Ravensworth, Ursula <uravensworth@callowayridge.example.org>
Sent: Friday, November 20, 2026 4:47 PM
To: Leave Administration <leave@callowayridge.example.org>
Subject: FMLA paperwork

Attached is the form from Dr. Kowalczyk. She wants me to start the day program Monday. I'm sorry this is so last minute, things got a lot worse the last two weeks. Please don't tell my team why. Ursula (Patient Access, E0377340)
"""
    return msg(ad("Leave Administration", "leave@" + CR),
               ad("Ravensworth, Ursula", "uravensworth@" + CR),
               "RE: FMLA paperwork",
               "2026-11-23 09:30 -0800",
               T(body),
               irt="<SN6PR17MB3318E0377340@callowayridge.example.org>")


@reg("restricted", "appeal-denied-days-inpatient-psych",
     "utilisation review appeal (docx) for denied inpatient psychiatric days of a named member in bipolar mania", cat="mental")
def _():
    doc = docx([
        "November 30, 2026",
        "Prairie Bridge Health Plan - Behavioral Health Appeals",
        [("b", "RE: Expedited appeal - concurrent review denial, inpatient psychiatry")],
        "Member: Yusuf Holloway   Member ID: PBH-6602194-01   DOB: 12/11/1994",
        "Auth #: BH-26-338120   Admit: 11/18/2026   Days denied: 11/25/2026 - present",
        "To the Reviewer,",
        "Mr. Holloway was admitted to 4 North on an emergency hold with bipolar I disorder, current episode manic, severe, with psychotic features. On admission he had not slept for 5 nights, believed he was being followed by federal agents, and had threatened his neighbor with a bat.",
        "Your reviewer denied continued stay from 11/25, citing \"improvement in sleep.\" The record shows that on 11/24-11/27 he still had grandiose and persecutory delusions, refused lithium on 3 of 7 doses, needed two PRN intramuscular injections for agitation (11/25, 11/26), and his lithium level was subtherapeutic at 0.4 mmol/L. He is not safe for a lower level of care.",
        "We request reversal and authorization through at least 12/2/2026.",
        "Thandiwe Mbeki, MD, Medical Director, Behavioral Health",
    ], author="BH Utilization Review")
    body = """\
Prairie Bridge BH Appeals,

Expedited appeal for the member below, attached. Supporting records were faxed to 816-555-0148 at 14:20 today (23 pages). Attending is available for peer-to-peer today until 5 PM at 503-555-0182.

Member: HOLLOWAY, YUSUF | PBH-6602194-01 | Auth BH-26-338120

Aaliyah Hale, LCSW
Utilization Review Coordinator, Behavioral Health
Calloway Ridge Health | 503-555-0182

""" + CR_DISC
    return msg(ad("Hale, Aaliyah", "ahale@" + CR),
               ad("PBH BH Appeals", "bh-appeals@prairiebridge.example.com"),
               "EXPEDITED appeal - BH-26-338120 - Holloway, Yusuf",
               "2026-11-30 14:35 -0800",
               MP("mixed", T(body), A(doc, DOCX, "Expedited_Appeal_BH-26-338120.docx")),
               extra=[("Importance", "high")])


@reg("restricted", "privacy-complaint-anxiety-note-employer",
     "privacy office acknowledges a named patient's complaint that her anxiety-disorder therapy details reached her employer", cat="mental")
def _():
    body = """\
Dear Ms. Tolliver-Adjei,

Thank you for contacting the Brenmoor Physician Partners Privacy Office on November 16. We have opened privacy complaint PC-2026-041 and want to confirm what you told us, so that we investigate the right thing:

  - You are being treated at our Quillfield Behavioral Health clinic for generalized anxiety disorder and panic attacks, with weekly cognitive behavioral therapy and buspirone, since July 2026.
  - You asked our clinic to complete a work-accommodation form for your employer stating only that you need a flexible start time on Tuesdays.
  - The form your employer's HR office received on 11/10 included a copy of your therapist's treatment plan, with your diagnosis, panic symptoms and medication.

You are right that this should not have happened. A work-accommodation form should contain only the minimum information necessary, and treatment plans are never sent with it. We are reviewing how the fax was put together and who sent it. Within 30 days we will tell you in writing what we found and what we have done. We will also ask your employer's HR office to return or destroy the extra pages.

You also have the right to file a complaint with the U.S. Department of Health and Human Services, Office for Civil Rights. We will not retaliate against you in any way for filing a complaint.

Sincerely,

Marta Lindqvist
Privacy Officer, Brenmoor Physician Partners
816-555-0114 | privacy@brenmoor.example.com
""" + BM_DISC
    return msg(ad("BPP Privacy Office", "privacy@" + BM),
               ad("Maren Tolliver-Adjei", "maren.ta@mailbox.example.net"),
               "Your privacy complaint PC-2026-041",
               "2026-11-18 12:10 -0600",
               T(body))


# --------------------------------------------- restricted: substance-use treatment

@reg("restricted", "php-monitoring-agreement-aud-naltrexone",
     "medical staff office confirms a named physician's monitoring agreement with the physician health programme for alcohol use disorder treatment", cat="sud")
def _():
    body = """\
CONFIDENTIAL - PEER REVIEW / PHYSICIAN HEALTH

Dr. Lindqvist, Dr. Thornquist,

For the Medical Executive Committee's closed session, a summary of Dr. Gideon Ravensworth's (Anesthesiology) return-to-practice conditions. He has signed a release permitting the State Physician Health Program (PHP) to share this with the Chief of Staff and the Medical Staff Office.

  - Completed 30-day residential treatment for alcohol use disorder, severe (discharged 11/06/2026)
  - Signed a 5-year PHP monitoring agreement 11/09/2026
  - Conditions: random urine and PEth testing (minimum 24 per year), weekly caduceus group, monthly addiction psychiatry visits, continued naltrexone 50 mg daily with witnessed dosing log for the first 90 days, no solo night call for 6 months, and a designated workplace monitor (Dr. Wexler has agreed)
  - No controlled-substance handling in the OR pyxis without a witness for 12 months

PHP considers him safe to return on 12/14/2026 under these conditions. The MEC needs to approve the temporary privilege restriction, which is not reportable as long as he follows it. Please keep this out of the credentials file. It belongs in the confidential physician health file.

Bernadette Ruiz-Kemper, CPMSM, CPCS
Medical Staff Services | St. Odile Regional Medical Center
(360) 555-0188

Confidential peer review information protected under state law. Do not forward.
"""
    return msg(ad("Ruiz-Kemper, Bernadette", "bruizkemper@" + SO),
               [ad("Lindqvist, Gustav MD", "glindqvist@" + SO), ad("Thornquist, Abigail MD", "athornquist@" + SO)],
               "MEC closed session - return to practice conditions (Anesthesiology)",
               "2026-12-01 17:05 -0800",
               T(body))


@reg("restricted", "part2-subpoena-otp-court-order-required",
     "legal memo on a subpoena for a named patient's opioid treatment programme records: Part 2 court order required", cat="sud")
def _():
    body = """\
PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION

Beatriz, Dr. Ruehle,

We received a subpoena from the county public defender for "all treatment records, dosing records and urine drug screens" of Thaddeus Okafor (DOB 01/30/1985) from January 2025 to the present. The cover letter says he is a defendant in a criminal case and wants the records to show he has been stable on methadone since his enrollment in February 2025.

Even though the request comes from the patient's own counsel, a subpoena alone is not enough under 42 CFR Part 2. We need either:
  (a) a Part 2-compliant written consent signed by Mr. Okafor naming the public defender's office and stating the purpose; or
  (b) a court order under 2.64 after notice to the program.

I'll call the assistant public defender today and send our consent form. Because he wants the records released, a consent is the fastest route. Please do NOT respond to the subpoena, confirm or deny enrollment to anyone else, or fax anything until I let you know.

For your file: records in scope are the intake assessment, dosing history (currently 95 mg/day), UDS results, counseling attendance and the take-home privilege log.

Malik Haddad, JD
Associate General Counsel (counsel to Cedar House Recovery Services)
Calloway Ridge Health | 503-555-0106

""" + PART2_NOTICE
    return msg(ad("Haddad, Malik", "mhaddad@" + CR),
               [ad("Sandoval, Beatriz", "frontdesk@" + CH), ad("Ruehle, Sebastian MD", "sruehle@" + CH)],
               "Subpoena re: T. Okafor - DO NOT RESPOND - Part 2",
               "2026-11-16 10:05 -0800",
               OL(body))


@reg("restricted", "collections-hold-detox-account-part2",
     "PFS orders a collection agency to return a named patient's withdrawal-management account because it is a Part 2 record", cat="sud")
def _():
    body = """\
Tavita,

Please RECALL the placement below immediately and return all documents. It was placed in error.

  Placement #: 88-441388
  Client acct: 7002156630
  Name:        JANKOWSKI, EAMON
  Balance:     $3,240.00

This account is for a stay in our medically managed withdrawal unit (Cedar House detox, 10/12-10/17/2026). Records that identify a patient as having received substance use disorder services are protected by 42 CFR Part 2. They cannot be disclosed to a collection agency without the patient's written consent, and our system should have blocked this account from the agency file. We are fixing the filter.

Please confirm in writing by 11/25 that:
  1. all collection activity has stopped;
  2. nothing was reported to any credit bureau;
  3. the patient was not contacted, or, if he was, the dates and what was said;
  4. all copies of the placement data have been deleted.

Under our BAA this is a security incident, and our Privacy Office will follow up.

Ximena Pacheco-Lund
Supervisor, Self-Pay & Agency Management, Calloway Ridge Health PFS
503-555-0127

""" + PART2_NOTICE
    return msg(ad("Pacheco-Lund, Ximena", "xpacholund@" + CR),
               ad("Tavita Faleolo", "tfaleolo@ravelinrecovery.example.net"),
               "URGENT RECALL - placement 88-441388 - do not collect",
               "2026-11-20 08:12 -0800",
               T(body),
               cc=ad("Privacy Office", "privacy@" + CR),
               extra=[("Importance", "high")])


@reg("restricted", "iop-roster-misdirected-breach-csv",
     "privacy office's breach file: a substance-use IOP group roster (22 named patients) e-mailed to the wrong distribution list", cat="sud")
def _():
    ppl = people("iop-breach", 22)
    rows = [["Last name", "First name", "MRN", "DOB", "Program", "Track", "Group day", "Counselor", "Phase"]]
    for f, l, r in ppl:
        rows.append([l, f, "2%07d" % r.randint(100000, 9999999), dob(r, 1958, 2002), "Cedar House IOP - Adult SUD",
                     r.choice(["Opioid use disorder - MOUD", "Alcohol use disorder", "Stimulant use disorder - contingency management"]),
                     r.choice(["Mon/Wed/Thu AM", "Tue/Thu/Fri PM"]), r.choice(["S. Pacheco, CADC", "L. Brannigan, LCSW", "V. Okafor, CADC"]),
                     r.choice(["1", "2", "3"])])
    body = """\
Gordon,

Second incident in a month, I'm afraid, and this one is worse: PT-2026-0447.

On 11/24 at 16:02 a Cedar House program assistant sent the weekly IOP group roster (attached, 22 patients) to the "CRH-Nursing-Leaders" distribution list (about 140 people) instead of "CH-IOP-Counselors." The roster shows each patient's name, MRN, DOB and track (opioid use disorder on MOUD, alcohol use disorder, or stimulant use disorder with contingency management).

Status:
- Messaging team recalled and purged the message from all internal mailboxes at 17:10. 31 people had opened it.
- All 31 were asked to attest that they deleted it and didn't forward it. 27 attestations received so far.
- No external recipients.

This is a Part 2 program, so along with HIPAA breach analysis we have the Part 2 breach notification requirements. My view is that we must notify all 22 patients individually. Internal recipients with no treatment relationship are still an impermissible disclosure, and the content reveals SUD treatment. Please confirm by Wednesday so we can get the letters out next week.

Lorraine

Lorraine Whitfield-Osei, JD, CHPC
Chief Privacy Officer, Calloway Ridge Health
T 503-555-0102

PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION
""" + PART2_NOTICE
    return msg(ad("Whitfield-Osei, Lorraine", "lwhitfieldosei@" + CR),
               ad("Gordon Ashcombe", "gashcombe@phv-law.example.com"),
               "PT-2026-0447 - IOP roster sent to wrong DL - need notification decision",
               "2026-11-25 18:44 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "IOP_roster_week48.csv", cs="us-ascii")))


@reg("restricted", "return-to-work-after-residential-rehab",
     "employee health sets return-to-work terms for a named pharmacist after residential treatment for opioid use disorder", cat="sud")
def _():
    body = """\
Priyanka,

You asked for the return-to-work conditions for Leopold Esterhazy, PharmD (Inpatient Pharmacy, E0344018), before his 12/7 start. He signed a release for me to share the following with you as his director:

  - He completed a residential treatment program (6 weeks) and is now in an intensive outpatient program three evenings a week through January.
  - He is on buprenorphine maintenance, prescribed by his treating addiction medicine physician. It does not impair his ability to work, per the treating physician's letter.
  - He has a 3-year monitoring agreement with the state pharmacist recovery network: random toxicology, no access to controlled substances for 12 months (no C-II vault, no ADC override), and a named workplace monitor.

What this means for scheduling: day shifts only for 6 months, no solo coverage, no controlled-substance inventory or narcotic waste witness duties. His IOP nights are Mon/Wed/Thu, so please don't schedule him past 3:30 PM on those days.

This is protected information. Please don't discuss it with the team. If anyone asks, "returning from leave" is enough.

Beatrix Jankowski, RN, COHN-S
Employee Health & Wellness, Calloway Ridge Health
503-555-0119
"""
    return msg(ad("Jankowski, Beatrix (Employee Health)", "bjankowski@" + CR),
               ad("Raman, Priyanka (Director, Pharmacy)", "praman@" + CR),
               "Return to work 12/7 - Esterhazy - conditions (confidential)",
               "2026-12-02 15:55 -0800",
               OL(body))


@reg("restricted", "sae-report-xr-buprenorphine-trial",
     "serious adverse event report for a named-by-ID subject in an extended-release buprenorphine study who relapsed and overdosed", cat="sud")
def _():
    body = """\
SERIOUS ADVERSE EVENT REPORT - INITIAL (24-hour)
Study: IRB-2026-0318 "XR-Buprenorphine Initiation in the Emergency Department (XBID)"
Site: Cedar House Recovery Services / Calloway Ridge ED      PI: Amadeo Castellano, MD

Participant ID: XB-0117       Initials: D.R.T.       DOB: 1991-07-08       Sex: M
Enrolled: 2026-09-30           Study drug: buprenorphine extended-release 300 mg SC, doses 1 and 2 (last 2026-10-28)

Event: Opioid overdose (fentanyl), non-fatal
Onset: 2026-11-27, approx. 23:10
Seriousness criteria: hospitalization; life-threatening
Description: Participant missed dose 3 (due 11/25). Found unresponsive by a roommate, who gave intranasal naloxone 4 mg x2. EMS transported him to the CRH ED, where he was admitted to the ICU for aspiration pneumonitis and observation. UDS positive for fentanyl and norfentanyl, buprenorphine positive. Extubated 11/29, recovering.
Relationship to study drug: Not related (investigator); relapse after missed dose
Action taken: Dose 3 to be given before discharge after the participant re-consents; linked to Cedar House OTP bridge clinic
Expected per IB: No

Reporter: Marisol Trevino-Baptiste, Research Coordinator
Date: 2026-11-28 08:40

Please acknowledge receipt.

Marisol Trevino-Baptiste, CCRP
Addiction Research Program, Calloway Ridge Health
503-555-0143
""" + PART2_NOTICE
    return msg(ad("Trevino-Baptiste, Marisol", "mtrevinobaptiste@" + CR),
               ad("IRB Office", "irb@med.wexcombe.example.org"),
               "SAE 24h - IRB-2026-0318 XBID - XB-0117 - overdose",
               "2026-11-28 08:46 -0800",
               T(body, wrap=False),
               cc=[ad("Castellano, Amadeo MD", "acastellano@med.wexcombe.example.org")])


@reg("restricted", "payer-audit-sublocade-claims-csv",
     "Medicaid plan's post-payment audit of extended-release buprenorphine claims listing named members (CSV)", cat="sud")
def _():
    ppl = people("sublocade-audit", 21)
    rows = [["Claim ID", "Member ID", "Member name", "DOB", "DOS", "HCPCS", "Units", "Dx", "Billed", "Audit question"]]
    for i, (f, l, r) in enumerate(ppl):
        rows.append(["26%011d" % r.randint(10000000000, 99999999999), "PBH-%07d-0%d" % (r.randint(1000000, 9999999), r.randint(1, 2)),
                     "%s %s" % (f, l), dob(r, 1965, 2003), "%02d/%02d/2026" % (r.randint(5, 10), r.randint(1, 28)),
                     r.choice(["Q9992", "Q9991"]), 1, r.choice(["F11.20", "F11.21", "F11.23"]),
                     r.choice(["1980.00", "1940.00"]), r.choice(["REMS attestation missing", "Injection admin code 96372 billed same day",
                                                                 "Dose vs. units mismatch", "Prior auth on file - verify dates"])])
    body = """\
Cedar House Recovery Services - Billing,

Prairie Bridge Health Plan Program Integrity is conducting a post-payment review of extended-release buprenorphine injection claims (HCPCS Q9991/Q9992) billed by your program from May 1 through October 31, 2026. The 21 claims selected are listed in the attached file.

For each claim, please submit:
  1. the order and administration record (lot number, site, dose);
  2. the REMS healthcare setting certification that applied on the date of service;
  3. the prior authorization number.

We are requesting this as a health oversight activity. We acknowledge these records are protected by 42 CFR Part 2. Records disclosed to us under 2.53 will be used only for the audit and will not be redisclosed.

Response due: 30 days from this notice. Upload through the secure provider portal only.

Program Integrity Unit, Prairie Bridge Health Plan
1-800-555-0168

""" + PAYER_DISC
    return msg(ad("PBH Program Integrity", "programintegrity@prairiebridge.example.com"),
               ad("Cedar House Billing", "billing@" + CH),
               "Post-payment review PI-26-0441 - XR-buprenorphine claims (21)",
               "2026-11-30 10:00 -0600",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "PI-26-0441_claims.csv", cs="us-ascii")))


# ---------------------------------------------------------------- restricted: HIV

@reg("restricted", "340b-audit-sample-biktarvy-csv",
     "340B audit sample of named patients' antiretroviral and PrEP prescriptions at an HIV clinic (CSV)", cat="hiv")
def _():
    drugs = ["Bictegravir/emtricitabine/tenofovir alafenamide", "Dolutegravir 50 mg + emtricitabine/tenofovir alafenamide",
             "Darunavir/cobicistat/emtricitabine/TAF", "Emtricitabine/tenofovir disoproxil (PrEP)", "Cabotegravir/rilpivirine LA inj",
             "Emtricitabine/tenofovir alafenamide (PrEP)"]
    ppl = people("340b-hiv", 20)
    rows = [["Sample #", "Patient", "MRN", "Rx #", "Fill date", "Drug", "Prescriber", "Prescriber NPI", "Clinic", "Finding"]]
    for i, (f, l, r) in enumerate(ppl, 1):
        rows.append([i, "%s, %s" % (l, f), "M%07d" % r.randint(1000000, 9999999), "RX%07d" % r.randint(1000000, 9999999),
                     "%02d/%02d/2026" % (r.randint(6, 9), r.randint(1, 28)), drugs[i % len(drugs)],
                     "Ogunleye-Hart", "1711777742", "Marisol CHC - Ryan White HIV Clinic",
                     r.choice(["Compliant", "Compliant", "Compliant", "Duplicate discount risk - Medicaid carve-in"])])
    body = """\
Odalys,

Attached is the contract pharmacy sample for the Q3 340B self-audit of the HIV clinic: 20 prescriptions, about half ART and half PrEP. Three are flagged because the TPA shows them billed to Prairie Bridge Medicaid managed care, and the Medicaid exclusion file shows we carve in for those. That is a possible duplicate discount.

I know this file shows patients' HIV treatment and PrEP, so it is only on the 340B compliance share and only you and Dr. Ogunleye-Hart are getting it. Please don't print it.

Can we go through the three flags Thursday?

Jocelyn Fennimore, CHC
Compliance Specialist (340B)
Calloway Ridge Health (340B services for Marisol CHC)
503-555-0104
"""
    return msg(ad("Fennimore, Jocelyn", "jfennimore@" + CR),
               ad("Vance, Odalys", "ovance@" + MCH),
               "340B Q3 self-audit - HIV clinic sample (20) - 3 duplicate discount flags",
               "2026-11-10 12:20 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "340B_Q3_HIVclinic_sample.csv", cs="us-ascii")),
               cc=ad("Ogunleye-Hart, Folasade MD", "fogunleyehart@" + MCH))


@reg("restricted", "needlestick-source-patient-hiv-results",
     "employee health's needlestick follow-up gives the named source patient's HIV and hepatitis results and the employee's PEP plan", cat="hiv")
def _():
    body = """\
CONFIDENTIAL - EMPLOYEE HEALTH / BLOODBORNE PATHOGEN EXPOSURE

Hi Tamsin,

Follow-up on your needlestick exposure of 11/22 (exposure report BBP-2026-0071):

SOURCE PATIENT RESULTS (disclosed to you under the exposure-control law. You may not share these with anyone.)
  Source: Hollis Marchetti, MRN 20441807 (ED bay 12, 11/22)
  HIV-1/2 Ag/Ab: REACTIVE. Confirmed by HIV-1/HIV-2 differentiation assay: HIV-1 positive
  HIV-1 RNA: 48,200 copies/mL (the source was not on treatment)
  Hepatitis B surface antigen: negative
  Hepatitis C antibody: negative

YOUR RESULTS (baseline 11/22)
  HIV Ag/Ab: non-reactive | HBsAb: 214 (immune) | HCV Ab: negative

PLAN
  - Continue post-exposure prophylaxis (bictegravir/emtricitabine/tenofovir alafenamide, 1 tablet daily), started 11/22 at 23:40, for 28 days total.
  - Follow-up HIV testing at 6 weeks and 3 months.
  - Use condoms and do not donate blood until your 3-month test is negative.
  - Call us right away for rash, fever or severe nausea.

The ID physician also told the source patient his result and referred him to the Marisol HIV clinic. You don't need to do anything about that.

Appointment: 12/1 at 9:00 AM, Employee Health (PEP side-effect check, labs).

Beatrix Jankowski, RN, COHN-S
Employee Health & Wellness, Calloway Ridge Health
503-555-0119
"""
    return msg(ad("Jankowski, Beatrix (Employee Health)", "bjankowski@" + CR),
               ad("Thibodeaux, Tamsin RN", "tthibodeaux@" + CR),
               "BBP-2026-0071 - source results and your PEP plan",
               "2026-11-24 11:30 -0800",
               T(body))


@reg("restricted", "privacy-complaint-hiv-status-disclosed",
     "privacy investigation forwarded as message/rfc822: a named patient says a clinic employee told his family he has HIV", cat="hiv")
def _():
    inner = msg(ad("Silas Gallardo", "silas.gallardo@mailbox.example.net"),
                ad("Privacy Office", "privacy@" + MCH),
                "complaint - someone at your clinic told my family",
                "2026-11-27 22:18 -0800",
                T("""\
To whoever handles privacy,

I have been a patient at the HIV clinic since last year. My viral load is undetectable and I have not told my family about my status, which is my right.

On Thanksgiving my aunt told my mother that "a lady who works at the clinic" said she saw me in the HIV waiting room and that I'm on "those AIDS pills." My aunt goes to church with the front desk woman (I think her name is Rosa). Now my whole family knows. I haven't been able to sleep.

I want to know who looked me up and what you are going to do about it. My DOB is 05/19/1996 if you need it.

Silas Gallardo
"""),
                mid="<CA3f8e2c71b9a44d0c@mail.gmail.example.com>")
    body = """\
Dr. Ogunleye-Hart, Odalys,

Forwarding a complaint that came into the privacy mailbox over the holiday (attached as received). I've opened PC-2026-019 and asked IT for an access audit of his record (MRN M2210418) for the past 90 days, with the front desk staff names included.

I will call him tomorrow morning. HIV status has extra protection under state law, and the disclosure seems to have happened outside work. HR will be involved if it's confirmed. Please don't talk to the staff member until I have the audit. I'll keep you both updated.

Farida Okonkwo-Lindqvist
Compliance & Privacy Officer, Marisol Community Health Center
503-555-0138
"""
    return msg(ad("Okonkwo-Lindqvist, Farida", "privacy@" + MCH),
               [ad("Ogunleye-Hart, Folasade MD", "fogunleyehart@" + MCH), ad("Vance, Odalys", "ovance@" + MCH)],
               "FW: complaint - someone at your clinic told my family (PC-2026-019)",
               "2026-11-29 19:05 -0800",
               MP("mixed", T(body), R822(inner, "complaint.eml", "attachment")))


@reg("restricted", "ryan-white-client-level-data-xlsx",
     "Ryan White programme data-quality file (xlsx) with clients' unique IDs, birth dates, viral loads and ART status", cat="hiv")
def _():
    ppl = people("rw-cld", 22)
    rows = [["eUCI", "Client name", "DOB", "Sex at birth", "Last visit", "ART prescribed", "Last VL (copies/mL)", "VL date", "Issue"]]
    for f, l, r in ppl:
        vl = r.choice(["<20", "<20", "<20", "<20", "48", "210", "11,400", "<20"])
        rows.append([("%s%s%s%s" % (f[:2], l[:2], r.randint(10, 99), r.randint(1000, 9999))).upper() + r.choice("MF"), "%s %s" % (f, l), dob(r, 1955, 2003),
                     r.choice(["M", "F"]), "%02d/%02d/2026" % (r.randint(4, 11), r.randint(1, 28)), r.choice(["Y", "Y", "Y", "N"]),
                     vl, "%02d/%02d/2026" % (r.randint(3, 11), r.randint(1, 28)),
                     r.choice(["", "", "Missing VL in reporting period", "ART = N but on ADAP list", "Duplicate eUCI"])])
    body = """\
Hi Odalys,

Before we submit the annual client-level data report, could your team fix the records flagged in column I of the attached workbook? The validation run found 22 clients with issues: missing viral loads, ART status that doesn't match the ADAP list, and one duplicate eUCI.

I know we normally don't send names with the eUCI. I added them here only so your team can find the charts quickly. Please delete the file once you're done.

Due to the state: 12/18.

Thanks,
Kofi Adebayo-Strand
Data Manager, Ryan White Program
Marisol Community Health Center
503-555-0157
"""
    return msg(ad("Adebayo-Strand, Kofi", "kadebayostrand@" + MCH),
               ad("Vance, Odalys", "ovance@" + MCH),
               "RW client-level data - 22 records to fix before 12/18",
               "2026-12-02 09:10 -0800",
               MP("mixed", T(body), A(xlsx(rows, "CLD issues"), XLSX, "RW_CLD_validation_issues.xlsx")))


@reg("restricted", "prep-prior-auth-appeal-descovy",
     "clinic appeals a plan's denial of PrEP for a named member, citing his HIV-negative tests and renal function", cat="hiv")
def _():
    body = """\
Corvane Pharmacy Appeals,

Re: Appeal of prior authorization denial PA-26-5581204
Member: Jarrah Lindqvist   Member ID: CVN552091847   DOB: 03/03/1992
Drug: emtricitabine/tenofovir alafenamide 200/25 mg, 1 tablet daily, for HIV pre-exposure prophylaxis (PrEP)
Prescriber: Folasade Ogunleye-Hart, MD, NPI 1711777742

The plan denied coverage on 11/20 because "the member has not tried and failed the preferred product (emtricitabine/tenofovir disoproxil fumarate)."

Mr. Lindqvist has stage 3a chronic kidney disease (eGFR 52 mL/min on 11/02/2026, 58 in May) from IgA nephropathy. TDF-based PrEP is not recommended for people with an eGFR under 60, and the prescribing information for the TAF product supports its use down to an eGFR of 30. His HIV-1/2 Ag/Ab and HIV-1 RNA were both negative on 11/02/2026. He has had no PrEP since October because of the denial, and he has ongoing exposure risk.

Under the preventive services requirements, PrEP and the associated lab tests must be covered without cost-sharing, and a plan must allow an exception when the preferred drug is medically inappropriate.

Please approve for 12 months. Labs and the nephrology note are attached in the portal.

Sincerely,
Folasade Ogunleye-Hart, MD
Medical Director, HIV & PrEP Services
Marisol Community Health Center
503-555-0159 | Fax 503-555-0158
"""
    return msg(ad("Ogunleye-Hart, Folasade MD", "fogunleyehart@" + MCH),
               ad("Corvane Pharmacy Appeals", "rx-appeals@corvane.example.com"),
               "Appeal PA-26-5581204 - PrEP - Lindqvist, Jarrah",
               "2026-11-23 13:40 -0800",
               T(body))


@reg("restricted", "id-clinic-copay-refund-viral-load",
     "HTML refund notice from 'Ryan White HIV Clinic Billing' to a named patient for his viral load and resistance test copays", cat="hiv")
def _():
    html = """\
<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<p>Hi Eamon,</p>
<p>Good news: we are refunding the copays you paid for two lab visits. The Ryan White program covers these tests for you, and they should not have been charged.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f0e6f6"><th>Date</th><th>Service</th><th>Code</th><th>You paid</th></tr>
<tr><td>09/15/2026</td><td>HIV-1 RNA viral load</td><td>87536</td><td>$35.00</td></tr>
<tr><td>09/15/2026</td><td>HIV-1 genotype resistance test</td><td>87901</td><td>$35.00</td></tr>
<tr><td>10/20/2026</td><td>HIV-1 RNA viral load</td><td>87536</td><td>$35.00</td></tr>
<tr><td colspan="3"><b>Refund total</b></td><td><b>$105.00</b></td></tr>
</table>
<p>Account: MCH-0441872 &middot; The refund goes back to the card you used, within 5-7 business days.</p>
<p>Questions? Call us at 503-555-0156 or reply to this e-mail. You can also ask your case manager, Vesna, at your next visit.</p>
<p>Take care,<br>Ryan White HIV Clinic Billing<br>Marisol Community Health Center</p>
<p style="font-size:10px;color:#888">This message is confidential and intended only for the addressee.</p>
</body></html>
"""
    return msg(ad("Ryan White HIV Clinic Billing", "rw-billing@" + MCH),
               ad("Eamon Pacheco", "eamon.pacheco@mailbox.example.net"),
               "Your refund of $105.00",
               "2026-11-19 10:30 -0800",
               T(html, "html", cte="quoted-printable"))


# ------------------------------------------------------------ restricted: genetic

@reg("restricted", "brca-testing-denial-appeal",
     "revenue cycle appeal of a denied BRCA1/2 test for a named member with a family history of cancer", cat="genetic")
def _():
    body = """\
Tri-Lakes Mutual - Laboratory Benefit Appeals

RE: Level 1 appeal, claim 2026-0917-330418
Member: Imogen Castellano-Ruiz   Member ID: TLM-40881126-01   DOB: 07/22/1984
Test: BRCA1/BRCA2 full gene sequencing and deletion/duplication analysis (CPT 81162), collected 09/17/2026
Ordering provider: Carys Evans-Moreau, MS, CGC (genetic counselor), with Dr. Verghese
Denial reason: "Does not meet medical policy criteria for hereditary breast and ovarian cancer testing"

The member meets your policy criteria (section 3.1.b, close blood relatives):
  - Mother diagnosed with ovarian cancer at age 51 (high-grade serous);
  - Maternal aunt diagnosed with breast cancer at age 44;
  - Ashkenazi Jewish ancestry on the maternal side.

She had pre-test genetic counseling on 09/10/2026 (documentation attached). Her mother was not available for testing (deceased 2021), so testing the member was the appropriate first step.

The result has been disclosed to the member and is not needed for this appeal. Medical necessity is determined from the information available at the time of ordering.

Please reprocess the claim ($2,480.00 billed).

Marisa Quintero, CRCR
Director, Denials Management & Appeals, Calloway Ridge Health
503-555-0117 | appeals@callowayridge.example.org

""" + CR_DISC
    return msg(ad("CRH Appeals", "appeals@" + CR),
               ad("Tri-Lakes Lab Appeals", "lab-appeals@trilakesmutual.example.com"),
               "Appeal - claim 2026-0917-330418 - CPT 81162 - Castellano-Ruiz",
               "2026-11-12 11:25 -0800",
               T(body))


@reg("restricted", "biobank-incidental-finding-lynch",
     "research administration arranges return of a biobank participant's actionable MLH1 (Lynch syndrome) finding with genetic counselling", cat="genetic")
def _():
    body = """\
Dear Dr. Evans-Moreau,

The Return of Results Committee met on November 24 and approved return of the following actionable finding to a Wexcombe Genomic Health Biobank participant who chose "yes" to receiving medically actionable results on her consent (v4.1, signed 2023-05-11):

  Participant: Priya Hightower-Ames   Biobank ID: WGB-0084417   DOB: 1979-10-02
  Finding: MLH1 c.1852_1854del (p.Lys618del), heterozygous, classified PATHOGENIC (Lynch syndrome)
  Confirmation: CLIA-certified confirmatory Sanger testing on a new sample is required before clinical disclosure

Per the protocol:
  1. Your genetic counseling team contacts the participant by phone (up to 3 attempts), then by certified letter.
  2. Disclosure visit with a certified genetic counselor; the biobank pays for the visit and confirmatory testing.
  3. Offer cascade testing information for first-degree relatives.
  4. Document disclosure in the REDCap return-of-results instrument. Results go into the clinical record only after CLIA confirmation and with the participant's agreement.

Her PCP of record is Dr. Hartigan at St. Odile. Do not contact the PCP before the participant agrees.

Kind regards,

Noor Al-Khatib, PhD
Director, Research Operations - Wexcombe Genomic Health Biobank
206-555-0169 | nalkhatib@med.wexcombe.example.org

This message contains confidential research information protected by a Certificate of Confidentiality.
"""
    return msg(ad("Al-Khatib, Noor PhD", "nalkhatib@med.wexcombe.example.org"),
               ad("Evans-Moreau, Carys CGC", "cevansmoreau@" + CR),
               "Return of result approved - WGB-0084417 - MLH1 pathogenic",
               "2026-11-25 10:45 -0800",
               T(body, wrap=False))


@reg("restricted", "gina-complaint-brca2-manager",
     "HR investigation notes: a named employee reports her manager asked about her BRCA2 result and leave for preventive surgery", cat="genetic")
def _():
    body = """\
HR Case: ER-2026-0187 (Employee Relations)
Type: Possible GINA / ADA violation; retaliation concern
Intake date: 11/19/2026    Investigator: Rochelle Szabo, HRBP

Complainant: Winnie Castellano, Senior Payment Poster, PFS (E0398812)
Respondent: her direct supervisor, PFS

Summary of complainant's statement (interview 11/20):
- In September she asked for FMLA for a risk-reducing bilateral salpingo-oophorectomy after testing positive for a BRCA2 pathogenic variant. Her mother and sister both had breast cancer.
- She told Leave Administration, not her supervisor. But in a 1:1 on 10/14 her supervisor said, "I heard you have the breast cancer gene. Are you going to need more time off for a mastectomy too?" and asked whether her daughter "has it."
- In November she was left off the schedule for the team lead role. The supervisor told her it was "because of all the time off you'll need."

Initial assessment:
- The question about her genetic test and her daughter's genetic information is a potential GINA Title II violation, even if her supervisor learned of it by accident.
- Denying her the team lead role because of anticipated leave is a possible FMLA interference and retaliation issue.
- Need to find out how the supervisor learned of the result (Leave Administration access log requested).

Next steps: interview the supervisor 11/24; review the team-lead selection file; remind the supervisor in writing of the non-retaliation policy today.

Confidential - HR investigation file. Not part of the personnel file.
"""
    return msg(ad("Szabo, Rochelle (HRBP)", "rszabo@" + CR),
               ad("Employee Relations", "employee-relations@" + CR),
               "ER-2026-0187 intake notes (confidential)",
               "2026-11-20 17:35 -0800",
               OL(body))


@reg("restricted", "huntington-results-subpoena-custody",
     "legal refuses a custody-case subpoena for a named patient's Huntington disease predictive test and genetic counselling records", cat="genetic")
def _():
    body = """\
Ms. Delgado,

I'm writing about the subpoena served on St. Odile Regional Medical Center on November 18 in Pemberton v. Pemberton (No. 26-DR-01442), seeking "all genetic testing results, genetic counseling records and neurology notes" of Callum J. Pemberton, DOB 06/06/1981, including "the results of his Huntington's disease test."

We will not produce these records in response to the subpoena.

1. Genetic test results and genetic counseling records need the patient's specific written authorization under state genetic privacy law. A subpoena is not enough without a court order that specifically addresses genetic information.
2. The records include predictive testing protocol documents (pre-test counseling, psychological screening and the result disclosure visit). These are specially protected.
3. Mr. Pemberton's counsel has told us he objects to the disclosure and will move to quash.

If the court orders production after in camera review, we will comply with the order as written. Until then we will keep the records, and we will not confirm or describe their contents.

Sincerely,

Gordon Ashcombe
Pruitt Haldane & Voss LLP, counsel to St. Odile Regional Medical Center
Direct 206-555-0172

""" + LAW_DISC
    return msg(ad("Gordon Ashcombe", "gashcombe@phv-law.example.com"),
               ad("Marisol Delgado", "mdelgado@delgadofinch.example.com"),
               "Pemberton v. Pemberton 26-DR-01442 - subpoena to SORMC - objection",
               "2026-11-24 16:00 -0800",
               T(body),
               cc=ad("Bergstrom, Ana-Lucia", "roi@" + SO))


@reg("restricted", "genetic-lab-patient-level-invoice-csv",
     "genetics lab's patient-level invoice detail (CSV) listing named patients with BRCA, carrier screening and Lynch panel tests", cat="genetic")
def _():
    tests = [("Hereditary cancer panel (47 genes)", "81432", "675.00"), ("BRCA1/BRCA2 full sequence + del/dup", "81162", "590.00"),
             ("Expanded carrier screening", "81443", "495.00"), ("Cystic fibrosis carrier, common variants", "81220", "160.00"),
             ("Lynch syndrome panel", "81435", "560.00"), ("Huntington disease CAG repeat", "81401", "310.00"),
             ("Familial variant testing (single site)", "81403", "295.00")]
    ppl = people("helix-detail", 24)
    rows = [["Accession", "Patient", "DOB", "Collected", "Test", "CPT", "Ordering clinician", "Client rate", "Bill to"]]
    for i, (f, l, r) in enumerate(ppl):
        t = tests[i % len(tests)]
        rows.append(["HX26-%06d" % r.randint(100000, 999999), "%s, %s" % (l, f), dob(r, 1960, 2002),
                     "11/%02d/2026" % r.randint(2, 28), t[0], t[1], r.choice(["C. Evans-Moreau, CGC", "A. Verghese, MD", "M. Feldmann-Oyelaran, MD"]),
                     t[2], r.choice(["Client", "Client", "Patient insurance"])])
    body = """\
Hi Lab Outreach Billing,

As requested, here is the patient-level detail behind the November statement (account CRH-OUTREACH-0087), so you can reconcile against your orders. Please don't forward it. It identifies patients and their genetic tests.

Three accessions have "Patient insurance" in the Bill to column. We billed the insurer directly for those because the requisition had insurance information. If they should have been client-billed, tell us and we'll move them.

Best,
Ngozi Fairbrother-Lam
Client Billing Specialist, Helixford Genomics
1-800-555-0131 ext 6
"""
    return msg(ad("Ngozi Fairbrother-Lam", "nfairbrotherlam@helixford.example.com"),
               ad("Lab Outreach Billing", "lab-outreach-billing@" + CR),
               "RE: November statement CRH-OUTREACH-0087 - patient-level detail",
               "2026-12-02 14:10 -0800",
               MP("mixed", T(body), A(csvtext(rows), "text/csv", "CRH-OUTREACH-0087_Nov2026_detail.csv", cs="us-ascii", cte="base64")),
               irt="<20261201133000.4471@callowayridge.example.org>")


@reg("restricted", "wrong-patient-genetic-result-mailed",
     "risk event: a named patient's carrier screening result was mailed to another patient with the same name", cat="genetic")
def _():
    body = """\
Gloria / Lorraine,

Risk event E-2026-09107 (entered by the genetics clinic) needs both of you:

On 11/30 we learned that the expanded carrier screening result letter for Noemi Okafor (DOB 02/18/1995, MRN 20487731) was mailed on 11/23 to another patient, Noemi Okafor (DOB 11/04/1961, MRN 20103384). The letter was addressed correctly by name, but the address came from the wrong chart after a merged-record error in registration.

The letter says she is a carrier of a pathogenic variant for cystic fibrosis (CFTR F508del) and recommends partner testing before her IVF cycle. The other Ms. Okafor called the clinic to ask why she got it. She says she read it and will shred it.

Actions so far:
  - Registration/HIM: the two records were unmerged on 11/30; address history corrected.
  - Genetic counselor called the correct patient on 11/30 and gave her the result by phone; a new letter was sent.
  - Privacy: needs a breach risk assessment. Genetic information, so I assume notification.
  - Risk: check whether any other mail from the merged record went to the wrong address since 10/1 (13 items).

Carys Evans-Moreau, MS, CGC
Lead Genetic Counselor, Calloway Ridge Fertility & Genetics
503-555-0171
"""
    return msg(ad("Evans-Moreau, Carys CGC", "cevansmoreau@" + CR),
               [ad("Abernathy-Ruiz, Gloria", "riskmanagement@" + CR), ad("Whitfield-Osei, Lorraine", "lwhitfieldosei@" + CR)],
               "E-2026-09107 carrier screening letter mailed to wrong patient",
               "2026-11-30 17:15 -0800",
               OL(body))


# ------------------------------------------------------- restricted: reproductive

@reg("restricted", "ivf-cycle-cancellation-refund",
     "fertility centre billing refunds a named patient's prepaid IVF package after her cycle was cancelled for poor response", cat="repro")
def _():
    body = """\
AP team,

Please issue the refund below in this week's run.

  Payee:        Tamsin Rasmussen-Cole
  Address:      22 Heron Way, Quarry Point, OR 97396
  Account:      CRF-26-00418 (Calloway Ridge Fertility Center)
  Original pmt: $14,800.00 self-pay IVF package (stimulation, retrieval, ICSI, embryo culture, 1 frozen transfer), paid 09/30/2026
  Services used: stimulation monitoring 10/03-10/11 (6 ultrasounds, estradiol levels), medications billed separately by the specialty pharmacy
  Reason: cycle cancelled 10/11 for poor ovarian response (2 follicles); no retrieval
  Refund per package policy: $10,950.00 (package less monitoring fee $3,850.00)

Approved by Dr. Verghese and the fertility business manager. The patient asked that nothing be mailed to her work address on the file. Please use the home address above.

Thanks,
Delphine Abernathy
Patient Account Representative II, Credit Balance & Refunds
503-555-0124
"""
    return msg(ad("Abernathy, Delphine", "dabernathy@" + CR),
               ad("Accounts Payable", "ap@" + CR),
               "Refund request - CRF-26-00418 - cancelled IVF cycle - $10,950",
               "2026-11-18 14:00 -0800",
               OL(body))


@reg("restricted", "out-of-state-records-request-termination",
     "privacy office handles an out-of-state investigator's request for a named patient's abortion records under the attestation rule", cat="repro")
def _():
    body = """\
PRIVILEGED & CONFIDENTIAL

Gordon,

We need your advice today on an out-of-state request.

HIM received a letter on 11/30 from an investigator with another state's attorney general's office, asking for "all records of medical services" for Odalys Brannigan (DOB 08/30/2003) from 09/01/2026 to 10/31/2026. The letter mentions an "investigation into the procurement of an unlawful abortion." There is no subpoena or court order, just a letter.

Our records show she was seen at the Calloway Ridge Women's Clinic on 10/08/2026 for a medication abortion at 8 weeks (mifepristone and misoprostol), with a follow-up telehealth visit on 10/22. The care was lawful here.

My understanding:
  1. The reproductive health privacy rule bars us from disclosing for an investigation into someone for obtaining lawful reproductive health care, and the request has no valid attestation anyway.
  2. Our state's shield law also bars us from complying with out-of-state legal process related to legally protected health care.
  3. We should tell the patient.

Draft response: declining to produce, without confirming or denying that she is a patient. Can you review by 3 PM? I have told HIM not to acknowledge anything.

Lorraine

Lorraine Whitfield-Osei, JD, CHPC
Chief Privacy Officer, Calloway Ridge Health
T 503-555-0102
""" + CR_DISC
    return msg(ad("Whitfield-Osei, Lorraine", "lwhitfieldosei@" + CR),
               ad("Gordon Ashcombe", "gashcombe@phv-law.example.com"),
               "URGENT - out-of-state AG request re reproductive care records",
               "2026-12-01 09:12 -0800",
               OL(body),
               cc=ad("Pham, Dana", "dpham@" + CR),
               extra=[("Importance", "high")])


@reg("restricted", "leave-request-egg-retrieval-scanned-note",
     "PHI only in the attachment file name: a named employee's fertility clinic egg-retrieval work note (image-only scan)", cat="repro")
def _():
    body = """\
Hi Marguerite,

Please see attached for my time off on Dec 14-16. I'll use PTO. Let me know if you need anything else.

Thanks,
Anouk
"""
    return msg(ad("Ferreira-Stahl, Anouk", "aferreirastahl@" + CR),
               ad("Eckhart-Bose, Marguerite", "meckhartbose@" + CR),
               "Time off Dec 14-16",
               "2026-12-03 07:42 -0800",
               MP("mixed", T(body), A(scan_pdf("egg-note"), "application/pdf", "Verelle Fertility - egg retrieval 12-15 work note - A Ferreira-Stahl.pdf")),
               mailer="Microsoft Outlook 16.0")


@reg("restricted", "sti-result-letter-misdirected",
     "privacy incident: a named teenager's positive chlamydia result letter went to her parents' portal proxy", cat="repro")
def _():
    body = """\
==== PrivacyTrack - Incident PT-2026-0459 ====
Status: Open - Risk assessment in progress
Reported: 12/01/2026 10:22 by Adolescent Medicine clinic manager

Patient: Beatrix Lockhart, age 16, MRN 20469920
Issue: Result release to parent proxy in violation of minor-consent confidentiality

Description:
Patient was seen 11/24 at Brenmoor Adolescent Medicine for a confidential visit (minor consent for STI services). NAAT for chlamydia/gonorrhea resulted 11/26: Chlamydia trachomatis DETECTED, N. gonorrhoeae not detected. Azithromycin was prescribed at the visit per expedited protocol.

The result was auto-released to the portal on 11/26. The sensitive-result hold did not apply because the encounter was booked as "sports physical" instead of "confidential visit." The patient's mother has full proxy access. The mother called the clinic on 11/30 asking about the result.

Actions:
  - 12/01 09:40: result hidden from proxy view; encounter type corrected
  - 12/01 10:15: Dr. Pacheco-Ibarra spoke with the patient (safe to talk, agreed to a visit 12/2)
  - Pending: decide whether this is a breach (disclosure to a personal representative who had no right to this information under state minor-consent law); review the scheduling template

Assigned: A. Vance (Privacy Analyst)
"""
    return msg(ad("PrivacyTrack", "privacytrack-noreply@" + CR),
               ad("Privacy Office", "privacy@" + CR),
               "PT-2026-0459 opened - sensitive result released to proxy (Adolescent Medicine)",
               "2026-12-01 10:25 -0800",
               T(body, wrap=False),
               mid_style="dotted",
               extra=[("Auto-Submitted", "auto-generated")])


@reg("restricted", "marketing-ivf-testimonial-authorization",
     "marketing asks a named fertility patient to authorise her IVF and egg-freezing story for the fertility centre campaign", cat="repro")
def _():
    body = """\
Hi Imogen,

It was so lovely to meet you and little Wren at the open house! Thank you for saying yes to being one of the faces of the new Fertility Center campaign.

As we discussed, we'd love to tell your story: freezing your eggs at 36 before chemotherapy for Hodgkin lymphoma, and then, four years later, two rounds of IVF with ICSI with Dr. Verghese and a frozen embryo transfer that led to Wren. Your words about "the phone call with the beta number" gave everyone in the room goosebumps.

Because this involves your health information, we need your signed authorization before we use anything. I've attached it. It lists:
  - your name, photo and video (and Wren's, with your permission as her parent);
  - your cancer diagnosis and fertility preservation;
  - your IVF treatment, number of cycles and the frozen embryo transfer;
  - quotes from our interview.

You're free to say no, or to tell us to leave anything out. Your care at the center won't be affected at all. Once it's signed, the film crew will contact you about a date in January.

With gratitude,
Sofia Brandvold
Senior Content Strategist, Marketing & Communications, Calloway Ridge Health
503-555-0172
"""
    pages = [["**AUTHORIZATION FOR USE OF PROTECTED HEALTH INFORMATION FOR MARKETING",
              "Patient: Imogen Hale-Whitaker    DOB: 04/12/1986    MRN: 20218840",
              "Information: name, images; Hodgkin lymphoma (2022); oocyte cryopreservation (2022);",
              "IVF with ICSI x2 and frozen embryo transfer (2025); child's name and images (parental consent).",
              "Purpose: Calloway Ridge Fertility Center advertising. Expires 12/31/2029. Revocable in writing.",
              "Signature: ______________________   Date: ___________"]]
    return msg(ad("Brandvold, Sofia", "sbrandvold@" + CR),
               ad("Imogen Hale-Whitaker", "imogen.hw@mailbox.example.net"),
               "Your Fertility Center story - authorization form",
               "2026-11-21 12:40 -0800",
               MP("mixed", T(body), A(pdf(pages, flate=True, title="Marketing Authorization"), "application/pdf", "Marketing_Authorization_HaleWhitaker.pdf")))


@reg("restricted", "cryostorage-fees-collections",
     "fertility centre PFS escalates a named patient's unpaid embryo and egg cryostorage fees before disposition under the storage agreement", cat="repro")
def _():
    body = """\
Ximena,

Before anything goes to Ravelin: this account is cryostorage for a fertility patient, and the storage agreement has its own process. Collections can't be the first step.

  Patient:   Delphine Hightower    DOB 11/30/1983    Acct CRF-24-00271
  Stored:    3 vitrified embryos (day 5, 2024) + 8 oocytes (egg freezing 2023)
  Past due:  annual storage fees 2025 and 2026, $1,650.00 total
  Contact:   certified letters 08/2026 and 10/2026 returned unclaimed; phone disconnected

Under section 7 of the signed storage and disposition agreement, after 12 months of non-payment and "reasonable attempts to contact," we must send a final notice by certified mail AND e-mail. After 90 more days, her disposition elections apply (she chose "thaw and discard embryos; donate oocytes to research"). That is irreversible, so Dr. Verghese wants us to try once more: the emergency contact on file, and the e-mail address in the portal.

Please hold the account out of the agency file. Any collection letter would reveal that she had fertility treatment, and her partner in 2024 may share the mailing address.

Thanks,
Lena Kowalczyk-Oduya
Business Manager, Calloway Ridge Fertility Center
503-555-0173
"""
    return msg(ad("Kowalczyk-Oduya, Lena", "lkowalczykoduya@" + CR),
               ad("Pacheco-Lund, Ximena", "xpacholund@" + CR),
               "HOLD from agency - cryostorage acct CRF-24-00271",
               "2026-11-27 13:05 -0800",
               OL(body))


# ------------------------------------------------ restricted, not in English

@reg("restricted", "fr-soins-sans-consentement-sdre-juge",
     "French hospital refers a named patient's involuntary psychiatric admission (schizophrenia) to the liberty judge", cat="mental", lang="fr")
def _():
    body = """\
Madame la Greffière,

En application de l'article L. 3211-12-1 du code de la santé publique, nous vous prions de bien vouloir trouver ci-après la saisine du juge des libertés et de la détention aux fins de contrôle de la mesure de soins psychiatriques sans consentement concernant :

Patient : M. Karim Benhamou-Lefort, né le 14/02/1990 à Vaurelle
Mesure : soins psychiatriques sur décision du représentant de l'État (SDRE), arrêté préfectoral du 20/11/2026
Lieu d'hospitalisation : Pôle de psychiatrie adulte, unité Les Tilleuls, Centre hospitalier de Vaurelle

Pièces jointes (transmises par la plateforme sécurisée) :
- arrêté préfectoral d'admission ;
- certificat médical initial (Dr Aubry) : trouble schizophrénique, décompensation délirante avec hallucinations acoustico-verbales, comportement hétéro-agressif sur la voie publique ;
- certificats des 24 heures et des 72 heures (Dr Nguyen-Morel) ;
- avis motivé du 25/11/2026 en faveur du maintien de l'hospitalisation complète.

Le patient souhaite être assisté par un avocat commis d'office. Il pourra être entendu par visioconférence depuis la salle dédiée de l'établissement, l'audience devant avoir lieu avant le 02/12/2026.

Nous restons à votre disposition.

Le bureau des admissions en soins sans consentement
Direction des usagers et des affaires juridiques
Centre hospitalier de Vaurelle
Tél. : +33 4 78 555 01 44
"""
    return msg(ad("Bureau des soins sans consentement", "ssc@ch-vaurelle.example.fr.test"),
               ad("Greffe du JLD - Tribunal judiciaire", "greffe-jld@tj-vaurelle.example.fr.test"),
               "Saisine JLD – SDRE – M. Benhamou-Lefort (contrôle 12 jours)",
               "2026-11-26 11:40 +0100",
               T(body, cs="iso-8859-1", cte="8bit"),
               scs="iso-8859-1", senc="Q")


@reg("restricted", "ja-iryohogo-nyuin-todokede",
     "Japanese psychiatric ward sends the health centre an involuntary admission notice for a named patient with bipolar disorder", cat="mental", lang="ja")
def _():
    body = """\
港北保健所　精神保健福祉担当　御中

いつもお世話になっております。みなと北総合病院　精神科医事の山口です。
下記の患者さんについて、医療保護入院の届出をいたします。
届出書の原本は本日郵送いたしました。

患者氏名：　中村　悠斗（なかむら　ゆうと）
生年月日：　平成８年６月３日（３０歳）
住所：　　　港北区青葉台２丁目
入院年月日：令和８年１１月２５日
病名：　　　双極性感情障害（現在躁病エピソード、精神病症状を伴う）
入院の理由：多弁、興奮、浪費、不眠が続き、自傷他害のおそれは低いものの
　　　　　　病識がなく任意入院の同意が得られないため
同意者：　　母（中村　恵子）
指定医：　　精神保健指定医　岡田　修

入院診療計画書は入院後７日以内に作成し、本人および家族に説明いたします。

何卒よろしくお願い申し上げます。

みなと北総合病院　精神科医事
山口　真由美
電話：03-555-0148
"""
    return msg(ad("精神科医事 山口", "seishin-iji@minatokita.example.jp.test", cs="iso-2022-jp"),
               ad("港北保健所 精神保健福祉担当", "seishinhoken@kohoku-hc.example.jp.test", cs="iso-2022-jp"),
               "医療保護入院届の提出について（中村悠斗様）",
               "2026-11-26 10:10 +0900",
               T(body, cs="iso-2022-jp", cte="7bit", wrap=False),
               scs="iso-2022-jp", senc="B")


@reg("restricted", "es-factura-programa-metadona",
     "Colombian clinic bills an insurer for a named patient's methadone maintenance programme", cat="sud", lang="es")
def _():
    body = """\
Señores
Salud Andina EPS
Dirección de Cuentas Médicas

Asunto: Radicación de cuenta de cobro – Programa de Mantenimiento con Metadona – octubre de 2026

Respetados señores:

Adjunto radicamos la factura electrónica FE-SB-2026-118804 por los servicios prestados al afiliado relacionado a continuación, en el marco del contrato de prestación de servicios n.º 0441-2026:

Paciente: Andrés Felipe Molina Cárdenas
Documento: C.C. 1.020.447.118
Fecha de nacimiento: 09/04/1993
Diagnóstico: F11.2 – Trastornos mentales y del comportamiento debidos al uso de opiáceos, síndrome de dependencia
Servicio: Programa de mantenimiento con metadona, modalidad ambulatoria (dispensación diaria supervisada, dosis actual 70 mg/día), consulta de psiquiatría y toxicología, sesiones de psicología, tamizaje de orina semanal
Periodo: 01/10/2026 al 31/10/2026
Autorización: AUT-SA-26-7704412
Valor total: $2.184.000 COP

Recordamos que la información de este usuario está sujeta a reserva legal por tratarse de atención por consumo de sustancias psicoactivas. Por favor, manejen los soportes sólo a través de la plataforma de radicación.

Cordialmente,

Julián Andrés Cifuentes Mora
Coordinador de Cuentas Médicas y Glosas
Clínica Santa Brígida S.A.S.
Tel. (604) 555 0126 – Ext. 2210
"""
    return msg(ad("Julián Andrés Cifuentes Mora", "jcifuentes@clinicasantabrigida.example.com", cs="utf-8"),
               ad("Cuentas Médicas Salud Andina EPS", "cuentasmedicas@saludandina.example.com", cs="utf-8"),
               "Radicación cuenta de cobro – Programa de Metadona – octubre 2026 – Molina Cárdenas",
               "2026-11-05 08:50 -0500",
               T(body, cs="utf-8", cte="base64"),
               scs="utf-8", senc="B")


@reg("restricted", "de-suchtreha-kostenzusage",
     "German hospital social services arrange a named patient's transfer from alcohol detox to addiction rehabilitation with cost approval", cat="sud", lang="de")
def _():
    body = """\
Sehr geehrte Frau Köhler-Amsel,

wie heute telefonisch besprochen, melden wir Herrn Uwe Dietrichsen (geb. 27.03.1969) zur nahtlosen Aufnahme in Ihre Fachklinik an.

Herr Dietrichsen befindet sich seit dem 16.11.2026 auf unserer Station P3 zur qualifizierten Entzugsbehandlung bei Alkoholabhängigkeit (F10.2). Der Entzug verlief unter Oxazepam komplikationslos, die Medikation ist seit dem 24.11. vollständig ausgeschlichen. Er ist abstinenzmotiviert und hat an allen Gruppenangeboten teilgenommen. Acamprosat wurde am 25.11. angesetzt (2 x 2 Tbl. täglich).

Die Kostenzusage der Rentenversicherung für eine stationäre Entwöhnungsbehandlung über 12 Wochen liegt seit dem 27.11.2026 vor (Aktenzeichen 69 270369 D 441). Wir würden die Verlegung am Montag, 7. Dezember 2026, organisieren. Der Transport erfolgt per Taxi.

Anbei senden wir Ihnen über das sichere Portal: Entlassbrief, Laborwerte (GGT, CDT im Verlauf), Sozialbericht und die unterschriebene Schweigepflichtentbindung.

Mit freundlichen Grüßen

Stefanie Brauer-Yilmaz
Sozialdienst, Klinik für Psychiatrie und Psychotherapie
Klinikum Feldbach-Ost gGmbH
Tel. +49 6221 555-0152
"""
    return msg(ad("Sozialdienst Psychiatrie", "sozialdienst.psychiatrie@" + KFO),
               ad("Köhler-Amsel, Birgit", "aufnahme@fachklinik-lindenhof.example.de.test", cs="iso-8859-15"),
               "Nahtlose Verlegung Entwöhnung – Herr Dietrichsen, geb. 27.03.1969",
               "2026-11-30 14:20 +0100",
               T(body, cs="iso-8859-15", cte="quoted-printable"),
               scs="iso-8859-15", senc="Q")


@reg("restricted", "pt-notificacao-hiv-vigilancia",
     "Brazilian hospital sends the named patient's compulsory HIV notification (CD4, viral load, ART start) to epidemiological surveillance", cat="hiv", lang="pt")
def _():
    body = """\
À Vigilância Epidemiológica Municipal

Encaminhamos, para inclusão no SINAN, a ficha de notificação/investigação de infecção pelo HIV do paciente abaixo, atendido no Serviço de Atendimento Especializado (SAE) do Hospital Vale do Ipuã.

Nome: Rodrigo Antunes Figueiredo
Data de nascimento: 03/01/1998
Nome da mãe: Márcia Antunes
Cartão Nacional de Saúde: 700 4418 2209 1137
Município de residência: Ipuã do Vale
Data do diagnóstico: 10/11/2026 (teste rápido reagente, confirmado por imunoensaio e carga viral)
Carga viral (HIV-1 RNA): 86.400 cópias/mL
Contagem de linfócitos T CD4+: 412 células/mm³
Início de TARV: 12/11/2026 - tenofovir + lamivudina + dolutegravir
Gestante: não se aplica

A ficha original foi digitada no sistema e segue, assinada, por malote. Lembramos que os dados são sigilosos e devem ser tratados exclusivamente para fins de vigilância.

Atenciosamente,

Enf.ª Luciana Prates Rabelo
Núcleo Hospitalar de Epidemiologia - Hospital Vale do Ipuã
Tel.: (11) 555-0166
"""
    return msg(ad("Núcleo de Epidemiologia HVI", "nhe@hvaleipua.example.com.br.test", cs="iso-8859-1"),
               ad("Vigilância Epidemiológica Municipal", "vigilancia@saude.ipuadovale.example.gov.br.test", cs="iso-8859-1"),
               "Notificação HIV – SAE – paciente R.A.F. (Rodrigo Antunes Figueiredo)",
               "2026-11-16 09:30 -0300",
               T(body, cs="iso-8859-1", cte="quoted-printable"),
               scs="iso-8859-1", senc="Q")


@reg("restricted", "zh-aizibing-kangbingdu-baoxiao",
     "Chinese hospital insurance office reviews a named patient's outpatient special-disease claim for HIV antiretroviral therapy", cat="hiv", lang="zh")
def _():
    body = """\
感染科：

关于门诊特殊病种（艾滋病抗病毒治疗）费用报销的复核，现将医保中心退回的一例通知如下：

患者：刘志强，男，３４岁
身份证号后四位：４４７１
医保卡号：3301 7742 0918 2231
特殊病种：艾滋病（HIV感染）门诊抗病毒治疗
治疗方案：比克恩丙诺片，每日一次
最近检测：病毒载量＜２０ copies/mL（２０２６年１０月９日），CD4 ６２０ 个/μL
退回原因：１０月份同时开具了免费药物目录内的替诺福韦＋拉米夫定＋依非韦伦，与自费药物重复，
　　　　　请核实患者实际服用方案。

请于１２月８日前提供病历及处方说明。本通知涉及患者隐私，请勿转发或打印张贴。

医保办　陈丽
电话：0571-555-0131
"""
    return msg(ad("医保办 陈丽", "chenli@jl2h.example.cn.test", cs="gb18030"),
               ad("感染科", "ganranke@jl2h.example.cn.test", cs="gb18030"),
               "门诊特殊病种报销退回复核：刘志强",
               "2026-11-30 16:05 +0800",
               T(body, cs="gb18030", cte="base64", wrap=False),
               scs="gb18030", senc="B")


@reg("restricted", "ru-spid-centr-zapros",
     "Russian AIDS centre asks a hospital for a named patient's HIV stage, viral load and ART data after transfer", cat="hiv", lang="ru")
def _():
    body = """\
Заместителю главного врача по медицинской части
ГБУЗ "Ольховская городская больница N 2"

Уважаемая Ирина Павловна!

Областной центр по профилактике и борьбе со СПИД просит предоставить выписку из медицинской карты стационарного больного для продолжения диспансерного наблюдения пациента:

Пациент: Кравцов Денис Олегович, 22.08.1987 г.р.
Диагноз: ВИЧ-инфекция, стадия 4Б, фаза прогрессирования на фоне отсутствия АРВТ. Пневмоцистная пневмония.
Госпитализация: инфекционное отделение, с 02.11.2026 по 20.11.2026
Последние данные: CD4 - 88 кл/мкл, вирусная нагрузка ВИЧ - 312 000 копий/мл (05.11.2026)
АРВТ: начата 12.11.2026 (тенофовир + ламивудин + долутегравир)

Просим направить выписку, результаты обследования и сведения о назначенной терапии по защищенному каналу связи. Пациент дал письменное согласие на передачу сведений в центр СПИД.

С уважением,
заведующая отделением диспансерного наблюдения
Белова Наталья Игоревна
Тел.: +7 (812) 555-01-49
"""
    return msg(ad("Центр СПИД - диспансерное отделение", "dispanser@spid-centr.example.ru.test", cs="koi8-r"),
               ad("Зам. главного врача ОГБ 2", "zammed@olkhovsk-gb2.example.ru.test", cs="koi8-r"),
               "Запрос выписки - Кравцов Д.О., 22.08.1987 г.р.",
               "2026-11-24 12:15 +0300",
               T(body, cs="koi8-r", cte="8bit"),
               scs="koi8-r", senc="B")


@reg("restricted", "de-gendiagnostik-huntington",
     "German human genetics institute asks legal about a named patient's request to destroy her Huntington predictive test result", cat="genetic", lang="de")
def _():
    body = """\
Liebe Frau Dr. Amberger,

wir benötigen bitte kurzfristig eine rechtliche Einschätzung.

Frau Sabine Hollweg-Trautmann (geb. 09.09.1991) hat im Oktober bei uns eine prädiktive Diagnostik auf Chorea Huntington durchführen lassen, mit genetischer Beratung vor der Untersuchung und Bedenkzeit gemäß § 10 GenDG. Das Ergebnis (HTT-Gen, CAG-Repeats 17/42, also Anlageträgerschaft) wurde ihr am 19.11.2026 im persönlichen Gespräch mitgeteilt.

Am 27.11. hat Frau Hollweg-Trautmann schriftlich verlangt, dass
1. das Untersuchungsergebnis und die Probe sofort vernichtet werden (§ 12 Abs. 1 GenDG) und
2. in ihrer Krankenhausakte (Neurologie) kein Hinweis auf die Untersuchung verbleibt.

Zu Punkt 1 sehen wir kein Problem. Bei Punkt 2 ist unklar, wie wir mit dem Konsilbericht umgehen, der bereits in die KIS-Akte der Neurologie übernommen wurde, und mit der Abrechnung gegenüber der Krankenkasse, in der die Ziffer der prädiktiven Diagnostik erscheint.

Können wir dazu bis Freitag sprechen?

Viele Grüße

PD Dr. med. Johanna Reuter-Nkemelu
Fachärztin für Humangenetik
Institut für Humangenetik, Klinikum Feldbach-Ost
Tel. +49 6221 555-0157
"""
    return msg(ad("Reuter-Nkemelu, Johanna PD Dr.", "humangenetik@" + KFO),
               ad("Justiziariat – Dr. Amberger", "justiziariat@" + KFO, cs="utf-8"),
               "GenDG § 12 – Vernichtungsverlangen nach prädiktiver Diagnostik (Frau Hollweg-Trautmann)",
               "2026-11-30 16:40 +0100",
               T(body, cs="utf-8", cte="quoted-printable"),
               scs="utf-8", senc="Q")


@reg("restricted", "ja-iden-counseling-hiyou",
     "Japanese hospital billing explains self-pay charges for a named patient's BRCA1/2 testing and genetic counselling", cat="genetic", lang="ja")
def _():
    body = """\
遺伝カウンセリング外来　ご担当各位

医事課の高橋です。下記患者さんの会計についてご確認をお願いします。

患者氏名：　森川　千尋　様（４２歳）
患者ＩＤ：　００５１１８０４
受診日：　　令和８年１１月１６日
内容：　　　遺伝カウンセリング（結果説明）、ＢＲＣＡ１／２遺伝学的検査

森川様は乳がんの既往がなく、ご家族（母、姉）の既往歴による検査のため、
保険適用の要件を満たさず、自費での算定となります。

　　遺伝カウンセリング（６０分）　　　　１６，５００円
　　ＢＲＣＡ１／２遺伝学的検査　　　　２０２，０００円
　　合計　　　　　　　　　　　　　　　２１８，５００円

検査結果（ＢＲＣＡ２病的バリアント）については、本日担当医より説明済みと伺っております。
ご本人から、高額のため分割払いのご相談がありましたので、次回受診時に
医事課窓口へご案内いただけますでしょうか。

医事課　外来係　高橋　健太（内線２３１８）
"""
    return msg(ad("高橋 健太", "takahashi.k@minatokita.example.jp.test", cs="euc-jp"),
               ad("遺伝カウンセリング外来", "iden@minatokita.example.jp.test", cs="euc-jp"),
               "遺伝学的検査の自費算定について（森川様）",
               "2026-11-16 17:30 +0900",
               T(body, cs="euc-jp", cte="base64", wrap=False),
               scs="euc-jp", senc="B")


@reg("restricted", "it-esenzione-test-brca",
     "Italian local health authority approves a named patient's exemption for BRCA testing and genetic counselling", cat="genetic", lang="it")
def _():
    body = """\
Gentile Sig.ra Elisa Marangoni,

con riferimento alla Sua richiesta del 12/11/2026, Le comunichiamo che è stata riconosciuta l'esenzione dalla partecipazione alla spesa con codice D99 (prestazioni di diagnosi precoce per soggetti a rischio di tumore della mammella e dell'ovaio su base ereditaria).

Dati dell'assistita:
- Nome e cognome: Elisa Marangoni
- Codice fiscale: MRNLSE85C41H999K
- Data di nascita: 01/03/1985

Prestazioni coperte dall'esenzione:
- consulenza genetica oncologica presso l'Ambulatorio di Genetica Medica dell'Ospedale di Valmorena;
- test genetico BRCA1/BRCA2 (test mirato per la variante familiare BRCA1 c.5266dupC già identificata nella sorella);
- sorveglianza clinico-strumentale prevista dal percorso (risonanza magnetica mammaria annuale, ecografia transvaginale e CA-125 semestrali) in caso di esito positivo.

L'esenzione è registrata sulla tessera sanitaria ed è valida fino al 31/12/2029.

Cordiali saluti,

Ufficio Esenzioni
Distretto Sanitario Valmorena Nord - ASL Valmorena
Tel. 0583 555 0145
"""
    return msg(ad("Ufficio Esenzioni ASL Valmorena", "esenzioni@asl-valmorena.example.it.test"),
               ad("Elisa Marangoni", "elisa.marangoni@posta.example.it.test"),
               "Riconoscimento esenzione D99 – Sig.ra Marangoni",
               "2026-11-19 10:30 +0100",
               T(body, cs="utf-8", cte="quoted-printable"),
               scs="utf-8", senc="Q")


@reg("restricted", "es-ive-facturacion-aseguradora",
     "Spanish accredited clinic invoices the regional health service for a named patient's voluntary termination of pregnancy", cat="repro", lang="es")
def _():
    body = """\
Servicio de Conciertos y Facturación
Servicio Regional de Salud

Asunto: Facturación IVE - octubre 2026 - expediente IVE-26-0418

Estimados señores:

De acuerdo con el concierto vigente para la interrupción voluntaria del embarazo (IVE), les remitimos la factura correspondiente a la siguiente paciente derivada por su centro de salud:

Paciente: Nerea Goikoetxea Ruiz
TIS (tarjeta individual sanitaria): GORN950614018
Fecha de nacimiento: 14/06/1995
Derivación: Centro de Salud Arrabal Norte, 28/09/2026
Procedimiento: IVE a petición de la mujer (art. 14 LO 2/2010), método farmacológico, 7+2 semanas, 03/10/2026
Revisión: consulta de control 17/10/2026 (ecografía de comprobación, alta)
Anticoncepción posterior: inserción de DIU de levonorgestrel en la revisión, a petición de la paciente
Importe: 386,00 €

Les recordamos que, conforme a la normativa, los datos de la paciente deben tratarse con la máxima confidencialidad y separados de otros procesos de facturación.

Atentamente,

Administración
Clínica Ginecológica Alameda
Tel. 94 555 01 27
"""
    return msg(ad("Administración Clínica Alameda", "administracion@clinica-alameda.example.es.test", cs="windows-1252"),
               ad("Conciertos y Facturación SRS", "conciertos@srs.example.es.test", cs="windows-1252"),
               "Facturación IVE octubre – expediente IVE-26-0418",
               "2026-11-06 13:00 +0100",
               T(body, cs="windows-1252", cte="quoted-printable"),
               scs="windows-1252", senc="Q")


@reg("restricted", "fr-ivg-remboursement-cpam",
     "French hospital admissions office asks the health insurance fund about a rejected claim for a named patient's medical abortion", cat="repro", lang="fr")
def _():
    body = """\
Madame, Monsieur,

Nous avons reçu un rejet (code 4412, « acte non remboursable ») pour la facture suivante, transmise par télétransmission le 02/11/2026 :

Assurée : Mme Chloé Marchand-Diallo
NIR : 2 94 07 69 999 118 42
Date de naissance : 21/07/1994
Date des soins : 27/10/2026
Acte : IVG médicamenteuse réalisée en établissement (forfait FHV + FMV), 6 semaines d'aménorrhée, avec consultation de contrôle le 10/11/2026
Montant : 282,91 €

L'IVG est prise en charge à 100 % par l'assurance maladie, sans avance de frais. Le rejet semble lié à une erreur de codage de la nature d'assurance de notre côté (maladie au lieu de maternité/IVG). Nous allons refacturer avec le bon code. Pouvez-vous confirmer que le premier flux sera annulé, pour éviter un doublon ?

Nous rappelons que les données relatives à l'IVG sont couvertes par le secret et ne doivent pas figurer dans le relevé de remboursement de l'assurée.

Cordialement,

Bureau des entrées – Facturation
Centre hospitalier de Vaurelle
Tél. : +33 4 78 555 01 42
"""
    return msg(ad("Bureau des entrées – CH Vaurelle", "facturation@ch-vaurelle.example.fr.test", cs="utf-8"),
               ad("CPAM – Service relations établissements", "etablissements@cpam-vaurelle.example.fr.test", cs="utf-8"),
               "Rejet facture IVG – Mme Marchand-Diallo – soins du 27/10/2026",
               "2026-11-13 15:20 +0100",
               T(body, cs="utf-8", cte="8bit"),
               scs="utf-8", senc="B")


@reg("restricted", "pl-in-vitro-refundacja",
     "Polish city IVF programme confirms funding for a named couple's in vitro procedure", cat="repro", lang="pl")
def _():
    body = """\
Szanowni Państwo,

uprzejmie informujemy, że Państwa wniosek o dofinansowanie procedury zapłodnienia pozaustrojowego w ramach miejskiego programu polityki zdrowotnej "Leczenie niepłodności metodą in vitro dla mieszkańców Białokrzewa na lata 2025-2027" został rozpatrzony pozytywnie.

Dane pary:
- Pani Magdalena Wróblewska-Sowa, PESEL 90050412348
- Pan Krystian Sowa, PESEL 88111907719

Kwalifikacja: niepłodność o czynniku jajowodowym (niedrożność obu jajowodów), potwierdzona przez lekarza kwalifikującego w dniu 20.10.2026.
Realizator: Klinika Leczenia Niepłodności "Nova Vita" przy Szpitalu Miejskim w Białokrzewie.
Kwota dofinansowania: do 6 000 zł na jedną procedurę (stymulacja, punkcja, zapłodnienie, transfer zarodka), maksymalnie trzy procedury.

Pierwsza wizyta w ramach programu: 9 grudnia 2026 r., godz. 8:30 (pobranie krwi, ustalenie schematu stymulacji).

W razie pytań prosimy o kontakt z koordynatorem programu.

Z poważaniem

Koordynator Programu In Vitro
Wydział Zdrowia i Spraw Społecznych, Urząd Miasta Białokrzew
tel. 22 555 01 43
"""
    return msg(ad("Koordynator Programu In Vitro", "invitro@um-bialokrzew.example.pl.test"),
               ad("Magdalena Wróblewska-Sowa", "m.wroblewska@poczta.example.pl.test", cs="utf-8"),
               "Decyzja o dofinansowaniu procedury in vitro – Wróblewska-Sowa / Sowa",
               "2026-11-27 12:00 +0100",
               T(body, cs="utf-8", cte="base64"),
               scs="utf-8", senc="B")


if __name__ == "__main__":
    main()
