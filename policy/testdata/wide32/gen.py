#!/usr/bin/env python3
"""Generator for wide32: chronic and specialty care programmes (oncology and
infusion, radiation oncology, dialysis, transplant, heart failure, diabetes,
rheumatology, MS, sickle cell and haemophilia, pain, wound care, pulmonary
rehab, palliative care, patient assistance and manufacturers' hubs,
specialty pharmacy, trial sites, foundations and support groups).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print structure, charset and language counts

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries,
zip timestamps and a fixed shuffle seed.  Every person, organisation,
address, phone number and identifier below is invented.
"""
import base64
import csv
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
import xml.etree.ElementTree as ET
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261114
LABELS = ("none", "phi", "restricted")
COUNTS = {"none": 100, "phi": 65, "restricted": 35}
CATEGORIES = ("mental health", "substance-use treatment", "HIV", "genetic",
              "reproductive health")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-15": "iso8859_15",
    "windows-1250": "cp1250", "windows-1252": "cp1252",
    "windows-1256": "cp1256", "gb2312": "gb2312", "gbk": "gbk",
    "big5": "big5", "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp",
    "euc-kr": "euc_kr", "ks_c_5601-1987": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


def bnd(style):
    h = _h("b")
    if style == 0:   # Outlook
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:   # Gmail
        return "000000000000%s" % h[1:17]
    if style == 2:   # Apple Mail
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    if style == 3:   # JavaMail / system senders
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1773000000000 + int(h[13:17], 16))
    if style == 4:   # Thunderbird
        return "------------%s" % h[1:25].upper()
    return "=_%s" % h[1:29]


def mid(domain, style):
    h = _h("m")
    if style == 0:
        local = "%s%s" % ("SN7PR0", h[1:12].upper()) + "." + h[12:20].upper()
    elif style == 1:
        local = "CA+%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    elif style == 2:
        local = "%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    elif style == 3:
        local = "%s.%s.JavaMail.svc" % (int(h[1:9], 16), int(h[9:13], 16))
    else:
        local = "%s-%s" % (h[1:9], h[9:17])
    return "<%s@%s>" % (local, domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def us_tz(mo, d):
    dd = datetime.date(2026, mo, d)
    return "-0400" if datetime.date(2026, 3, 8) <= dd < datetime.date(2026, 11, 1) else "-0500"


def D(mo, d, h, mi=0, s=0, tz=None):
    """RFC 5322 date in 2026; US Eastern offset unless tz is given."""
    tz = tz or us_tz(mo, d)
    wd = _WD[datetime.date(2026, mo, d).weekday()]
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (wd, d, _MON[mo - 1], h, mi, s, tz)


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
                if cur.endswith(" ") or cur.endswith("\t"):
                    cur = cur[:-1] + "=%02X" % ord(cur[-1])
                    if len(cur) > 75:
                        out.append(cur[:-3] + "=")
                        cur = cur[-3:]
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
        if cur and len(_ew_one(t.encode(cd), cs, mode)) > 66:
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


def fold(name, value):
    """Fold an ASCII header at spaces so that lines stay near 78 octets."""
    line = "%s: %s" % (name, value)
    if "\r\n" in value or len(line) <= 78:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 78 and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\r\n".join(out)


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte="7bit", disp=None,
                 filename=None, headers=(), children=None, preamble=None,
                 cid=None):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.disp, self.filename, self.headers = disp, filename, list(headers)
        self.children, self.preamble, self.cid = children, preamble, cid

    def render(self, bstyle):
        """Return (header lines, body bytes)."""
        hl = []
        params = list(self.params)
        if self.children is not None:
            b = bnd(bstyle)
            params.append('boundary="%s"' % b)
        if self.filename and self.disp != "inline-noname":
            params.append(_param("name", self.filename))
        ct = "Content-Type: " + self.ctype + "".join(";" + (" " + p) for p in params)
        if len(ct) > 78:
            ct = "Content-Type: " + self.ctype + "".join(";\r\n\t" + p for p in params)
        hl.append(ct)
        if self.children is None and self.cte != "none":
            hl.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            hl.append("Content-ID: <%s>" % self.cid)
        if self.disp:
            d = "inline" if self.disp == "inline-noname" else self.disp
            if self.filename:
                dl = "Content-Disposition: %s; %s" % (d, _param("filename", self.filename))
                if len(dl) > 78:
                    dl = "Content-Disposition: %s;\r\n\t%s" % (d, _param("filename", self.filename))
                hl.append(dl)
            else:
                hl.append("Content-Disposition: " + d)
        for k, v in self.headers:
            hl.append(fold(k, v))
        if self.children is not None:
            out = b""
            if self.preamble:
                out += (self.preamble + CRLF + CRLF).encode("ascii")
            for c in self.children:
                ch, cb = c.render(bstyle)
                out += ("--" + b + CRLF).encode("ascii")
                out += (CRLF.join(ch) + CRLF + CRLF).encode("ascii") + cb
                if not cb.endswith(b"\r\n"):
                    out += b"\r\n"
            out += ("--" + b + "--" + CRLF).encode("ascii")
            return hl, out
        data = self.data
        if self.cte == "base64":
            body = b64_encode(data)
        elif self.cte == "quoted-printable":
            body = qp_encode(data)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
        else:
            body = data if data.endswith(b"\r\n") else data + b"\r\n"
        return hl, body


def T(text, cs="utf-8", cte=None, sub="plain", flowed=False, extra=(), fname=None, disp=None):
    """A text part.  cte: 7bit, 8bit, quoted-printable or base64."""
    data = nl(text).encode(codec(cs))
    if cte is None:
        cte = "7bit" if data.isascii() else "8bit"
    params = ['charset="%s"' % cs] if sub != "calendar" else ['charset=%s' % cs]
    if flowed:
        params.append("format=flowed")
    params.extend(extra)
    return Part("text/" + sub, data, params, cte, disp=disp, filename=fname)


def HT(html, cs="utf-8", cte="quoted-printable"):
    return T(html, cs, cte, sub="html")


def ALT(*parts):
    return Part("multipart/alternative", children=list(parts))


def MIX(*parts, preamble=None):
    return Part("multipart/mixed", children=list(parts), preamble=preamble)


def REL(*parts):
    return Part("multipart/related", params=['type="text/html"'], children=list(parts))


def ATT(ctype, data, filename, cte="base64", inline=False, cid=None, params=()):
    if isinstance(data, str):
        cs = "utf-8"
        for p in params:
            if p.lower().startswith("charset="):
                cs = p.split("=", 1)[1].strip('"')
        data = nl(data).encode(codec(cs))
    return Part(ctype, data, params, cte, disp="inline" if inline else "attachment",
                filename=filename, cid=cid)


def RFC822(raw):
    return Part("message/rfc822", raw, cte="7bit", disp="inline")


def REPORT(text, status, orig, headers_only=False):
    ds = Part("message/delivery-status", nl(status).encode("ascii"), cte="7bit")
    if headers_only:
        o = Part("text/rfc822-headers", orig, cte="7bit")
    else:
        o = Part("message/rfc822", orig, cte="7bit")
    return Part("multipart/report", params=["report-type=delivery-status"],
                children=[T(text), ds, o])


# ------------------------------------------------------------ documents --
def _pdf_str(s):
    out = ""
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out += "\\" + c
        elif 32 <= b < 127:
            out += c
        else:
            out += "\\%03o" % b
    return out


def pdf(lines, compress=False, title="Document"):
    """A one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    ops = ["BT", "/F1 10 Tf", "13 TL", "54 770 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % _pdf_str(ln))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    filt = ""
    if compress:
        stream = zlib.compress(stream, 9)
        filt = " /Filter /FlateDecode"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        ("<< /Length %d%s >>\nstream\n" % (len(stream), filt)).encode("ascii") + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (Docuscan PDF 4.2) /CreationDate (D:20260101000000Z) >>" % _pdf_str(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n" % i).encode("ascii") + o + b"\nendobj\n"
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode("ascii")
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode("ascii")
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode("ascii")
    return out


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paras):
    """A minimal WordprocessingML document with the given paragraphs."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paras)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body)),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def png(w=8, h=8, rgb=(200, 200, 200)):
    def chunk(t, d):
        c = t + d
        return len(d).to_bytes(4, "big") + c + (zlib.crc32(c) & 0xffffffff).to_bytes(4, "big")
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, lim = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur, lim = ch, 74
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(method, uid, start, end, summary, organizer, attendees=(), location="",
        description="", tzid="America/New_York", status=None, seq=0, rrule=None,
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", stamp="20260101T120000Z"):
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:" + tzid,
         "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
         "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
         "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
         "END:VTIMEZONE", "BEGIN:VEVENT"]
    L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, addr in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (cn, addr))
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L += ["DESCRIPTION:" + desc, "UID:" + uid, "SUMMARY:" + summary.replace(",", "\\,").replace(";", "\\;"),
          "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
          "DTSTAMP:" + stamp, "SEQUENCE:%d" % seq]
    if rrule:
        L.append("RRULE:" + rrule)
    if location:
        L.append("LOCATION:" + location.replace(",", "\\,").replace(";", "\\;"))
    L.append("STATUS:" + (status or ("CANCELLED" if method == "CANCEL" else "CONFIRMED")))
    L += ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(x) for x in L) + "\r\n"


def CAL(text, method="REQUEST", cte="base64"):
    return Part("text/calendar", text.encode("utf-8"),
                ['charset="utf-8"', "method=" + method], cte)


def hl7(*segs):
    return ("\r".join(segs) + "\r").encode("ascii")


def npi(base9):
    """Complete a 9-digit NPI base with its Luhn check digit (prefix 80840)."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n):
    return len(n) == 10 and npi(n[:9]) == n


def dea(prefix, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return prefix + six + str(chk)


def dea_ok(s):
    return len(s) == 9 and dea(s[:2], s[2:8]) == s


# -------------------------------------------------------------- clients --
def _tindex():
    h = _h("ti")
    return base64.b64encode(bytes.fromhex(h[:40]) + b"\x01\x02").decode()


CLIENTS = {
    # name: (boundary style, message-id style, header factory)
    "outlook": (0, 0, lambda lang: [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", _tindex()),
                                    ("Content-Language", lang)]),
    "owa": (0, 0, lambda lang: [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                                ("Thread-Index", _tindex()), ("Content-Language", lang),
                                ("X-Originating-IP", "[10.20.4.17]")]),
    "gmail": (1, 1, lambda lang: []),
    "apple": (2, 2, lambda lang: [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]),
    "iphone": (2, 2, lambda lang: [("X-Mailer", "iPhone Mail (22D82)")]),
    "android": (1, 1, lambda lang: [("User-Agent", "Android Mail 6.8")]),
    "thunderbird": (4, 4, lambda lang: [("User-Agent", "Mozilla Thunderbird 128.3.1"), ("Content-Language", lang)]),
    "system": (3, 3, lambda lang: [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
    "bulk": (3, 3, lambda lang: [("Precedence", "bulk"), ("List-Unsubscribe", "<https://lists.example.org/unsub>")]),
    "list": (5, 4, lambda lang: [("Precedence", "list")]),
}

MSGS = []


def M(slug, label, reason, frm, to, subj, date, body, cc=None, client="outlook",
      hdrs=(), cat=None, lang="en", scs="utf-8", smode="B", bare=False, reply_to=None,
      irt=None, trap=False):
    """Register one message.  body is a Part or a str (plain UTF-8 text)."""
    MSGS.append(dict(slug=slug, label=label, reason=reason, frm=frm, to=to, subj=subj,
                     date=date, body=body, cc=cc, client=client, hdrs=list(hdrs), cat=cat,
                     lang=lang, scs=scs, smode=smode, bare=bare, reply_to=reply_to, irt=irt,
                     trap=trap))


def _addrlist(v):
    if isinstance(v, (list, tuple)):
        return ",\r\n ".join(v)
    return v


def _domain(addr_header):
    m = re.findall(r"@([A-Za-z0-9.-]+)>?", addr_header)
    return m[-1] if m else "mail.example.com"


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def auto_body(slug, client, text):
    """Plain text, or the text/plain + text/html pair the client would send."""
    k = int(hashlib.sha1(slug.encode()).hexdigest()[:4], 16)
    lines = text.rstrip("\n").split("\n")
    if client == "gmail" or (client == "outlook" and k % 3) or (client == "apple" and k % 2):
        if client == "gmail":
            html = '<div dir="ltr">' + "<br>\n".join(_esc(x) for x in lines) + "<br></div>\n"
            return ALT(T(text, cte="quoted-printable" if not text.isascii() else "7bit"), HT(html))
        if client == "outlook":
            paras = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (_esc(x) if x.strip() else "&nbsp;") for x in lines)
            html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                    '<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                    '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                    + paras + "\n</div>\n</body>\n</html>\n")
            return ALT(T(text, cte="quoted-printable" if not text.isascii() else "7bit"), HT(html))
        html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                + "\n".join("<div>%s</div>" % (_esc(x) if x.strip() else "<br>") for x in lines) + "\n</body></html>\n")
        return ALT(T(text, cte="7bit" if text.isascii() else "quoted-printable"), HT(html))
    if client in ("iphone", "android"):
        return T(text, flowed=True)
    return T(text)


def build(m):
    ST.slug, ST.n = m["slug"], 0
    bstyle, mstyle, hf = CLIENTS[m["client"]]
    lang_tag = {"en": "en-US"}.get(m["lang"], m["lang"])
    H = []
    H.append("From: " + _addrlist(m["frm"]))
    H.append("To: " + _addrlist(m["to"]))
    if m["cc"]:
        H.append("Cc: " + _addrlist(m["cc"]))
    if m["reply_to"]:
        H.append("Reply-To: " + m["reply_to"])
    subj = m["subj"]
    if subj.isascii():
        H.append(fold("Subject", subj))
    else:
        H.append("Subject: " + ew(subj, m["scs"], m["smode"]))
    H.append("Date: " + m["date"])
    H.append("Message-ID: " + mid(_domain(m["frm"] if isinstance(m["frm"], str) else m["frm"][0]), mstyle))
    if m["irt"]:
        H.append("In-Reply-To: " + m["irt"])
        H.append("References: " + m["irt"])
    for k, v in hf(lang_tag):
        H.append(fold(k, v) if v else "%s: " % k)
    for k, v in m["hdrs"]:
        H.append(fold(k, v))
    body = m["body"]
    if isinstance(body, str):
        body = auto_body(m["slug"], m["client"], body)
    ph, pb = body.render(bstyle)
    if m["bare"]:
        ph = []
    else:
        H.append("MIME-Version: 1.0")
    H += ph
    for h in H:
        assert h.isascii(), (m["slug"], h)
    return (CRLF.join(H) + CRLF + CRLF).encode("ascii") + pb


# ============================================================== messages ==
MF = "marrowfield.example.org"


def mf(user):
    return "%s@%s" % (user, MF)


def sig(name, title, dept, phone, org="Marrowfield Health"):
    return "\n%s\n%s | %s\n%s\nOffice 555-%s\n" % (name, title, dept, org, phone)


DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
              "intended recipient(s) and may contain protected health information (PHI) or other confidential "
              "information subject to HIPAA and applicable state law. If you are not the intended recipient, "
              "please notify the sender by reply e-mail and destroy all copies.")

# ---------------------------------------------------------------- none --
M("foundation-newsletter-sickle-cell-september", "none",
  "Foundation newsletter about sickle cell awareness month; names drugs and crisis care but no individual.",
  A("Sickle Cell Alliance of the Tri-County", "news@scatc.example.org"),
  A("Friends of SCATC", "friends@lists.scatc.example.org"),
  "September is Sickle Cell Awareness Month: walk, webinars and a new crisis-care card",
  D(9, 2, 7, 30), ALT(T("""\
Sickle Cell Alliance of the Tri-County - September newsletter

1. Walk for Warriors, Saturday September 19, Riverside Park. Register teams at
   https://walk.scatc.example.org. Every $25 buys a hydration kit for clinic.

2. Webinar, September 24: "What's new in disease-modifying therapy" - hydroxyurea
   dosing to maximum tolerated dose, L-glutamine, crizanlizumab and the gene
   therapies (exa-cel, lovo-cel). Presented by the Marrowfield comprehensive
   sickle cell programme. No personal questions please; bring those to your
   own haematologist.

3. New ED crisis-care wallet card: we have printed 2,000 cards that remind
   emergency staff of the 60-minute target for first pain medication. Ask
   for one at any support-group meeting.

4. Scholarship applications for the 2027 school year close October 31.

Sickle Cell Alliance of the Tri-County, 410 Grant Street, Suite 2, Harlow, ST 00000
Unsubscribe: https://scatc.example.org/u
"""), HT("""\
<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#b3122e">September is Sickle Cell Awareness Month</h2>
<p><b>Walk for Warriors</b> - Saturday September 19, Riverside Park.
<a href="https://walk.scatc.example.org">Register a team</a>.</p>
<p><b>Webinar, September 24:</b> what's new in disease-modifying therapy: hydroxyurea to maximum
tolerated dose, L-glutamine, crizanlizumab and the gene therapies (exa-cel, lovo-cel).</p>
<p><b>ED crisis-care wallet card</b> - 2,000 printed; 60-minute target for first pain medication.</p>
<p>Scholarship applications close October 31.</p>
<p style="font-size:11px;color:#777">Sickle Cell Alliance of the Tri-County &middot;
<a href="https://scatc.example.org/u">Unsubscribe</a></p>
</body></html>
""")), client="bulk", trap=True)

M("ms-newly-diagnosed-group-october", "none",
  "Support-group meeting notice for people newly diagnosed with MS; no individual's care.",
  A("Lakeshore MS Society", "groups@lakeshorems.example.org"),
  A("Lakeshore MS Society members", "members@lakeshorems.example.org"),
  "Newly Diagnosed MS group - Tuesday Oct 13, 6:30 pm (in person + Zoom)",
  D(10, 5, 10, 12), """\
Hello everyone,

Our Newly Diagnosed group meets on the second Tuesday of each month.

  When:  Tuesday, October 13, 6:30-8:00 pm
  Where: Marrowfield Neuroscience Pavilion, Room B-112 (free parking, level 2)
  Zoom:  https://zoom.lakeshorems.example.org/j/8812

Topic: "Choosing a disease-modifying therapy" - infusions (ocrelizumab,
natalizumab), orals and injectables, and how JCV antibody testing and MRI
monitoring work. Dr. Ingrid Haverkamp from the Marrowfield MS Center will
talk for 20 minutes and then the group takes over.

Care partners are welcome. What is said in the group stays in the group.

Warmly,
Deb Halloran
Volunteer facilitator, Lakeshore MS Society
555-0118
""", client="gmail", trap=True)

M("carboplatin-shortage-bulletin", "none",
  "Pharmacy drug-shortage bulletin on carboplatin and cisplatin with conservation rules; no patient.",
  A("Marrowfield Pharmacy Drug Information", mf("druginfo")),
  A("Oncology Prescribers", mf("onc-prescribers")),
  "DRUG SHORTAGE UPDATE #14: carboplatin / cisplatin - conservation measures effective Monday",
  D(4, 17, 16, 5), """\
DRUG SHORTAGE UPDATE #14 - Marrowfield Pharmacy & Therapeutics

Products: carboplatin 10 mg/mL injection (all vial sizes); cisplatin 1 mg/mL
Status: allocation from wholesaler at 60% of historical use; next release
expected week of May 11. NDC placeholders for the affected lines:
00000-0101-01, 00000-0101-02, 00000-0102-01.

Conservation measures, effective Monday April 20 (approved by P&T chair):
  1. Vial sharing in the infusion centre hood under USP <797> beyond-use dating.
  2. Dose rounding to the nearest 50 mg for carboplatin AUC-based doses
     (within 10%), unless the regimen is curative intent and the prescriber
     writes "do not round".
  3. Cisplatin-to-carboplatin substitution is NOT automatic. Any change must
     come from the treating oncologist.
  4. Clinical trial supply is segregated and not affected.

Inventory today: carboplatin 34 x 450 mg vials, 11 x 150 mg; cisplatin 19 x 100 mg.

Questions: Jordan Pike, PharmD, oncology pharmacy manager, 555-0142.

This bulletin contains no patient information. Do not reply-all with patient names.
""", client="system", hdrs=[("X-Priority", "2")], trap=True)

M("p-and-t-formulary-biologics-q3", "none",
  "P&T formulary update: biosimilar adalimumab and infliximab tiering; no individual.",
  A("Jordan Pike", mf("jordan.pike")),
  [A("Rheumatology Providers", mf("rheum-providers")), A("GI Providers", mf("gi-providers"))],
  "Formulary changes Q3: adalimumab and infliximab biosimilars, ustekinumab step edit",
  D(6, 30, 14, 40), """\
Colleagues,

The P&T committee approved the following at the June 24 meeting. Effective
August 1:

  - Adalimumab: two biosimilars (high-concentration, citrate-free) become the
    preferred products on the health-system formulary and the employee plan.
    The reference product moves to non-preferred; existing patients will be
    converted at their next fill unless the prescriber documents a reason.
  - Infliximab: infliximab-dyyb remains preferred for the infusion centre;
    buy-and-bill of the reference product needs a pharmacy override.
  - Ustekinumab: new step edit (one TNF inhibitor first) for psoriasis only.
  - Tocilizumab SC: added to specialty pharmacy formulary.

The conversion letters to patients are being drafted by the specialty
pharmacy and will go out under each prescriber's name; you will get a list
in your in-basket, not by e-mail.

Slides from the meeting are on the P&T SharePoint page.

Jordan
--
Jordan Pike, PharmD, BCOP
Manager, Oncology and Specialty Pharmacy
Marrowfield Health | 555-0142
""", client="outlook", trap=True)

M("infusion-pump-field-safety-lots", "none",
  "Vendor field safety notice for an infusion pump with lot and serial numbers; devices, not patients.",
  A("Calder Medical Field Actions", "fieldaction@caldermed.example.com"),
  A("Biomedical Engineering", mf("biomed")),
  "URGENT Field Safety Notice FSN-2026-031: Calder Vita-LVP infusion pump, door latch",
  D(3, 11, 9, 0),
  MIX(T("""\
URGENT: MEDICAL DEVICE CORRECTION
Calder Vita-LVP Large Volume Infusion Pump, models LVP-200 and LVP-200S

Dear Biomedical Engineering Manager,

Calder Medical has identified that the door latch on a limited number of
pumps may not fully engage, which can cause free flow if the set is not
clamped. No serious injuries have been reported.

Affected serial ranges at your facility (from our shipment records):
  LVP200-2411-00320 through LVP200-2411-00388
  LVP200S-2502-01104 through LVP200S-2502-01131
Administration set lots NOT affected.

Actions:
  1. Inspect each pump using the attached checklist (2 minutes per pump).
  2. Return the completed acknowledgment form within 10 business days.
  3. A field engineer will replace latches on failed units at no charge.

Calder Medical Customer Quality, 555-0163
Reference: FSN-2026-031 / CAPA-7781
"""), ATT("text/csv", nl("""serial,model,ship_date,site
LVP200-2411-00320,LVP-200,2025-12-02,Marrowfield Infusion Center
LVP200-2411-00321,LVP-200,2025-12-02,Marrowfield Infusion Center
LVP200-2411-00322,LVP-200,2025-12-02,Marrowfield Infusion Center
LVP200S-2502-01104,LVP-200S,2026-02-14,Marrowfield Dialysis North
LVP200S-2502-01105,LVP-200S,2026-02-14,Marrowfield Dialysis North
LVP200S-2502-01106,LVP-200S,2026-02-14,Marrowfield 6 West
""").encode("ascii"), "FSN-2026-031_affected_serials.csv", cte="7bit", params=['charset="us-ascii"'])),
  client="system", trap=True)

M("dialysis-north-staff-roster-week-41", "none",
  "Staff roster for a dialysis unit by shift and pod; staff names and phones only, no patients.",
  A("Marisol Quintero", mf("marisol.quintero")),
  A("Dialysis North Staff", mf("dialysis-north-staff")),
  "Dialysis North staffing - week of Oct 5 (pods A-D)",
  D(10, 1, 17, 20),
  MIX(T("""\
Team,

Roster for next week is attached and posted by the time clock. Two swaps are
already approved (Luis/Tanya on Thursday 2nd shift). Please do not swap
charge assignments without me.

Reminder: water room check is the first RN's task on each opening shift.

Marisol
Marisol Quintero, RN, CNN | Unit Manager, Dialysis North | 555-0121
"""), ATT("text/csv", nl("""day,shift,pod,chairs,charge_rn,rn,pct
Mon,1st 05:30,A,1-6,M. Quintero,L. Ferreira,T. Boone
Mon,1st 05:30,B,7-12,M. Quintero,D. Achebe,R. Salas
Mon,2nd 11:00,A,1-6,K. Ivers,L. Ferreira,J. Wolcott
Mon,2nd 11:00,B,7-12,K. Ivers,S. Marr,R. Salas
Tue,1st 05:30,C,13-18,D. Achebe,P. Nunn,T. Boone
Tue,2nd 11:00,D,19-24,D. Achebe,S. Marr,J. Wolcott
Thu,2nd 11:00,A,1-6,K. Ivers,T. Mallory,L. Ferreira
Sat,1st 05:30,A-B,1-12,M. Quintero,P. Nunn,R. Salas
""").encode("utf-8"), "DN_roster_wk41.csv", cte="base64", params=['charset="utf-8"'])),
  client="outlook", trap=True)

M("infusion-clabsi-dashboard-q2", "none",
  "Aggregate CLABSI and extravasation rates for the infusion centres; no individual.",
  A("Quality & Patient Safety", mf("quality")),
  A("Cancer Institute Leadership", mf("ci-leadership")),
  "Q2 infusion quality dashboard: CLABSI 0.6 per 1,000 line-days, 2 extravasations",
  D(7, 21, 8, 15),
  ALT(T("""\
Q2 2026 infusion quality dashboard (Main, North and Westbrook infusion centres)

  Central-line days ......................... 9,884
  CLABSI .................................... 6  (0.61 per 1,000; target < 1.0)
  Port-related infections ................... 3
  Vesicant extravasations ................... 2  (both anthracycline, both grade 1)
  Hypersensitivity reactions, all grades .... 41 (carboplatin 14, paclitaxel 11, rituximab 9, other 7)
  Median chair wait, minutes ................ 38 (Q1: 44)
  Patients seen ............................. 3,412 unique; 14,930 visits

No patient-level data is in this e-mail. The drill-down is in the Quality
workspace and requires a login.
"""), HT("""\
<html><body><table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Calibri">
<tr><th>Measure</th><th>Q2 2026</th><th>Target</th></tr>
<tr><td>CLABSI per 1,000 line-days</td><td>0.61</td><td>&lt; 1.0</td></tr>
<tr><td>Extravasations (vesicant)</td><td>2</td><td>0</td></tr>
<tr><td>Hypersensitivity reactions</td><td>41</td><td>-</td></tr>
<tr><td>Median chair wait (min)</td><td>38</td><td>30</td></tr>
<tr><td>Unique patients / visits</td><td>3,412 / 14,930</td><td>-</td></tr>
</table></body></html>
""")), client="system", trap=True)

M("huber-needle-quote-lots", "none",
  "Vendor quote for port access needles with lot numbers and catalogue codes; business mail.",
  A("Brent Olafsen", "bolafsen@northpointsupply.example.com"),
  A("Infusion Supply Chain", mf("supplychain.infusion")),
  "Quote Q-88213: safety Huber needles 20G/22G, short-dated lots available",
  D(5, 6, 11, 47), """\
Hi team,

As discussed, pricing for FY27 on the safety Huber needles:

  Cat. HN-2075S  20G x 3/4"  w/ Y-site   case/50   $212.40   lot 25K1187 exp 2028-01
  Cat. HN-2210S  22G x 1"    w/ Y-site   case/50   $208.90   lot 25K1202 exp 2028-02
  Cat. HN-2015S  20G x 1/2"  no Y-site   case/50   $199.00   lot 25J0934 exp 2027-09

Short-dated lot 24G0550 (22G x 3/4", exp 2026-11) is available at 40% off
if you can use 30 cases in the infusion centres before expiry.

Quote valid 30 days. Freight included over $2,500.

Brent Olafsen
Account Manager, Northpoint Medical Supply
555-0176 | bolafsen@northpointsupply.example.com
""", client="outlook", trap=True)

M("cardiqor-hf-trial-recruitment-flyer", "none",
  "Trial recruitment advertisement for a fictional heart-failure drug; addressed to the public.",
  A("Marrowfield Clinical Trials Office", mf("trials")),
  A("Heart & Vascular Newsletter", mf("hv-newsletter")),
  "Now enrolling: CARDIQOR-HF3 study for people with heart failure (EF 40% or less)",
  D(2, 9, 9, 0), ALT(T("""\
NOW ENROLLING - CARDIQOR-HF3

Do you have heart failure with an ejection fraction of 40% or less?
Have you been in the hospital for heart failure in the last 12 months?

You may be able to take part in a research study of an investigational
once-daily tablet (CARDIQOR) added to standard heart-failure medicines.

  - Adults 18 and older
  - Study visits at the Marrowfield Heart & Vascular Institute
  - Study medicine and study-related tests at no cost
  - Compensation for time and travel

To learn more, call the study line at 555-0139 or visit
https://trials.marrowfield.example.org/cardiqor-hf3

Protocol MFH-CQ-301, approved by the Marrowfield IRB (IRB-2025-1147).
Taking part is voluntary.
"""), HT("""\
<html><body style="font-family:Georgia,serif;max-width:600px">
<h1 style="color:#0b4f8a">Now enrolling: CARDIQOR-HF3</h1>
<p>Do you have <b>heart failure</b> with an ejection fraction of 40% or less?</p>
<ul><li>Adults 18 and older</li><li>Study medicine and tests at no cost</li>
<li>Compensation for time and travel</li></ul>
<p>Call <b>555-0139</b> or visit
<a href="https://trials.marrowfield.example.org/cardiqor-hf3">trials.marrowfield.example.org</a>.</p>
<p style="font-size:10px">Protocol MFH-CQ-301 &middot; IRB-2025-1147 &middot; Participation is voluntary.</p>
</body></html>
""")), client="bulk", trap=True)

M("cme-car-t-crs-icans-webinar", "none",
  "CME webinar invitation on CAR-T cytokine release syndrome and ICANS management.",
  A("Marrowfield Continuing Medical Education", mf("cme")),
  A("Hematology-Oncology Faculty", mf("hemonc-faculty")),
  "CME (1.0 AMA PRA Category 1): Grading and managing CRS and ICANS after CAR-T - Nov 4",
  D(10, 20, 12, 0), """\
Marrowfield Continuing Medical Education presents

  Grading and managing CRS and ICANS after CAR-T cell therapy
  Wednesday, November 4, 12:00-1:00 pm ET (live webinar)
  Speaker: Dr. Anjali Varkey, Cellular Therapy Program

Learning objectives
  - Apply ASTCT consensus grading to cytokine release syndrome and
    immune effector cell-associated neurotoxicity
  - Choose tocilizumab, corticosteroids and anakinra by grade
  - Recognise late cytopenias and HLH-like syndromes

Case examples are composites and contain no patient identifiers.

Register: https://cme.marrowfield.example.org/events/2026-11-04
Accreditation: 1.0 AMA PRA Category 1 Credit; 1.0 ANCC contact hour.
Disclosures will be announced at the start of the activity.
""", client="bulk", trap=True)

M("biosimilar-rep-lunch-offer", "none",
  "Pharmaceutical sales rep offering an in-service on an infliximab biosimilar; marketing.",
  A("Kyle Brandt", "kyle.brandt@veloxpharma.example.com"),
  A("Dr. Samuel Okonkwo-Reid", mf("samuel.okonkwo-reid")),
  "Quick follow-up - infliximab-xxxx interchangeability data + lunch for your infusion staff",
  D(8, 12, 15, 22), """\
Dr. Okonkwo-Reid,

Thanks for the few minutes after clinic on Tuesday. As promised:

  - The switching study data (three alternating switches, no difference in
    PK or immunogenicity) are in the attached leave-behind I dropped at the
    front desk.
  - Our patient support program covers copay for commercially insured
    patients down to $0 and runs the benefits verification for your
    infusion schedulers.

I'd love to bring lunch for the rheumatology infusion nurses on the 26th
or 27th and do a 15-minute in-service on reconstitution and the 2-hour
infusion option. Which works better?

Best,
Kyle Brandt
Immunology Account Specialist | Velox Pharma
Cell 555-0187
""", client="iphone", trap=True)

M("prior-auth-template-letter-placeholders", "none",
  "Template letter of medical necessity with placeholders only; no real patient.",
  A("Nadia Kowalski", mf("nadia.kowalski")),
  A("Infusion Authorization Team", mf("infusion-auth")),
  "Updated LMN template for IVIG - please use from today",
  D(1, 14, 10, 30),
  MIX(T("""\
Hi all,

Attached is the updated letter of medical necessity template for IVIG
(immune globulin). Changes: the payer's new criteria for CIDP maintenance
and a line for the IgG trough. Fill everything in square brackets; do not
send a letter with a bracket left in it.

Thanks,
Nadia
Nadia Kowalski | Financial Counselor, Infusion Services | 555-0129
"""), ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
      "[DATE]",
      "[PAYER NAME] Utilization Management",
      "RE: [PATIENT NAME]   DOB: [DOB]   Member ID: [MEMBER ID]",
      "Request: immune globulin intravenous (human), [DOSE] g/kg every [INTERVAL] weeks, HCPCS [J-CODE]",
      "Diagnosis: [DIAGNOSIS] ([ICD-10 CODE])",
      "Dear Medical Director,",
      "I am writing on behalf of my patient, [PATIENT NAME], to request coverage of IVIG. [CLINICAL HISTORY: onset, prior therapies tried and failed, objective response (INCAT, grip strength), IgG trough].",
      "Sincerely,",
      "[PRESCRIBER NAME], [CREDENTIALS]   NPI: [NPI]",
  ]), "LMN_IVIG_template_v3.docx")), client="outlook", trap=True)

M("orrin-downtime-beacon-infusion", "none",
  "IT downtime notice for the EHR oncology module; mentions chemotherapy orders but no patient.",
  A("Marrowfield IT Service Desk", mf("itsd")),
  A("All Cancer Institute Users", mf("ci-all")),
  "PLANNED DOWNTIME Sat 3/28 01:00-05:00 - Orrin EHR Beacon oncology module (chemo orders)",
  D(3, 23, 13, 0), """\
PLANNED DOWNTIME

System:   Orrin EHR - Beacon oncology module (treatment plans, chemotherapy
          ordering and verification, infusion documentation)
When:     Saturday March 28, 01:00-05:00
Impact:   Treatment plans read-only; no new chemotherapy orders can be
          signed or verified.

What to do:
  - Inpatient oncology: use the paper chemotherapy order set (form ONC-114)
    kept in the downtime binder at each nurses' station.
  - Pharmacy: verify against paper orders; enter after recovery.
  - Downtime reports (active treatment plans by unit) will print to the
    unit printers at 00:45.

Change ticket: CHG0048812. Questions: IT Service Desk, 555-0100.
""", client="system", trap=True)

M("thoracic-tumour-board-deidentified", "none",
  "borderline: tumour-board case summaries are de-identified (age band, sex, stage); no name or identifier.",
  A("Thoracic Tumor Board Coordinator", mf("thoracic-tb")),
  A("Thoracic Tumor Board", mf("thoracic-tb-members")),
  "Thoracic tumor board Thursday - 3 cases (de-identified)",
  D(5, 19, 16, 10), """\
Thoracic Tumor Board - Thursday May 21, 7:00 am, Conference Room 4 / Teams

Per policy, the e-mailed list is de-identified. Full cases with names and
MRNs are in the tumor-board worklist in the EHR.

Case 1. Man in his 60s, former smoker, 3.1 cm RUL adenocarcinoma, N2 by
EBUS, EGFR/ALK/ROS1 negative, PD-L1 60%. Question: neoadjuvant
chemo-immunotherapy vs definitive chemoradiation.

Case 2. Woman in her 50s, never smoker, stage IVA adenocarcinoma with EGFR
exon 19 deletion, progression on first-line osimertinib after 22 months;
re-biopsy shows MET amplification. Question: next line / trial options.

Case 3. Man in his 70s, limited-stage small cell, ECOG 1. Question: PCI
vs MRI surveillance after chemoradiation.

Presenters please load imaging to the tumor-board folder by Wednesday noon.

Rhonda Esposito
Tumor Board Coordinator | 555-0151
""", client="outlook", trap=True)

M("pain-clinic-opioid-agreement-policy", "none",
  "Pain clinic policy memo on opioid agreements, urine drug testing and naloxone; no patient.",
  A("Dr. Farah Siddiqui", mf("farah.siddiqui")),
  A("Pain Management Center", mf("painmgmt-all")),
  "Policy update PM-07: controlled-substance agreements, UDT frequency, naloxone co-prescribing",
  D(2, 3, 8, 5), """\
All,

PM-07 (chronic opioid therapy) has been revised. The main changes:

  1. Controlled-substance agreements are renewed yearly, not every two years.
  2. Urine drug testing: at initiation, then at least yearly; quarterly for
     patients above 90 MME/day. Confirmatory LC-MS/MS before any change in
     therapy based on an unexpected result.
  3. Naloxone co-prescribing for everyone above 50 MME/day or on a
     benzodiazepine.
  4. Patients with cancer-related pain and patients in hospice are exempt
     from the MME review but not from PDMP checks.
  5. Patients with a suspected opioid use disorder are offered a warm
     handoff to the addiction medicine bridge clinic. We do not discharge
     patients for a positive UDT alone.

The full policy is on the intranet under Clinical Policies > Pain.

Farah Siddiqui, MD
Medical Director, Pain Management Center | 555-0133
""", client="outlook", trap=True)

M("hyperbaric-safety-checklist-revision", "none",
  "Wound care centre memo revising the hyperbaric chamber safety checklist; no patient.",
  A("Beth Anselm", mf("beth.anselm")),
  A("Wound Care & Hyperbaric Staff", mf("woundcare-staff")),
  "HBOT pre-dive checklist rev. F - cotton gowns, glucose check, and the new grounding test",
  D(6, 8, 7, 2), """\
Good morning,

Rev. F of the pre-dive checklist is laminated and in each chamber bay.
Changes:
  - Fingerstick glucose before every dive for patients with diabetes; no
    dive if below 100 mg/dL until treated (was 80).
  - 100% cotton gowns only; no fleece blankets from home.
  - Grounding strap continuity test at the start of each day, logged.
  - Ear equalisation teaching documented before the first dive.

Fire drill for the hyperbaric suite is June 17 at 2 pm.

Beth Anselm, BSN, CWCN, CHRN
Program Coordinator, Wound Care & Hyperbaric Medicine | 555-0145
""", client="outlook", trap=True)

M("pulmonary-rehab-class-calendar-fall", "none",
  "Pulmonary rehab education class schedule; topics name COPD and oxygen but no individual.",
  A("Curtis Yuen", mf("curtis.yuen")),
  A("Pulmonary Rehab Team", mf("pulmrehab")),
  "Fall education calendar - pulmonary rehab (COPD, ILD, post-COVID)",
  D(8, 28, 14, 33), """\
Team - fall education topics, Tuesdays and Thursdays after exercise:

  Sep 1 / 3   Breathing retraining: pursed-lip and diaphragmatic
  Sep 8 / 10  Your inhalers: technique check (bring all devices)
  Sep 15 / 17 Oxygen safety and travel with portable concentrators
  Sep 22 / 24 Nutrition with COPD and ILD (dietitian)
  Sep 29 / Oct 1  Action plans for flare-ups
  Oct 6 / 8   Anxiety and breathlessness (social work)
  Oct 13 / 15 Energy conservation (OT)

Please rotate who leads. Handouts are in the shared drive.

Curtis Yuen, RRT
Pulmonary Rehabilitation | 555-0157
""", client="thunderbird", trap=True)

M("palliative-grand-rounds-serious-illness", "none",
  "Grand rounds invitation on serious-illness conversations; no individual.",
  A("Dr. Maeve Connolly", mf("maeve.connolly")),
  A("Department of Medicine", mf("dom-all")),
  "Medicine Grand Rounds 10/22: serious-illness conversations in heart failure and ESKD",
  D(10, 15, 9, 45), """\
Medicine Grand Rounds

"It's never too early: serious-illness conversations in heart failure and
end-stage kidney disease"
Maeve Connolly, MD, Palliative & Supportive Care
Thursday, October 22, 8:00 am, Auditorium A and livestream

We'll practise the Serious Illness Conversation Guide with standardised
patients and look at our own data: only 31% of patients who died on
dialysis last year had a documented goals-of-care conversation.

CME: 1.0 credit. Breakfast at 7:40.
""", client="outlook", trap=True)

M("brightwater-pap-eligibility-faq", "none",
  "Patient assistance foundation FAQ on income limits and copay grants; general information.",
  A("Brightwater Patient Assistance Foundation", "help@brightwaterpaf.example.org"),
  A("Financial Navigators", "navigators@lists.brightwaterpaf.example.org"),
  "2026 income limits and fund status: multiple myeloma, CLL, MS, PNH funds",
  D(1, 6, 8, 0), """\
Dear navigators,

The 2026 federal poverty guideline update takes effect today. Brightwater's
copay funds accept household incomes up to 500% FPL.

Fund status (open = accepting new applications):
  Multiple myeloma ............ OPEN   (max grant $9,500 / 12 months)
  Chronic lymphocytic leukemia  OPEN   ($7,000)
  Multiple sclerosis .......... WAITLIST
  PNH ......................... OPEN   ($12,000)
  Metastatic breast cancer .... CLOSED (reopens April 1)

Reminders
  - Patients on Medicare Part D are eligible; those with manufacturer
    copay cards usually are not.
  - Grants pay pharmacies and infusion providers directly; we never pay a
    patient.
  - Upload the enrollment form and proof of income in the portal; do not
    e-mail us insurance cards or medical records.

Brightwater Patient Assistance Foundation | 555-0110
""", client="bulk", trap=True)

M("specialty-rx-cold-chain-sop", "none",
  "Specialty pharmacy SOP change on cold-chain packaging for biologics; no patient.",
  A("Keystone Specialty Pharmacy QA", "qa@keystonerx.example.com"),
  A("Keystone Shipping Staff", "shipping@keystonerx.example.com"),
  "SOP SP-112 rev 9: summer pack-out for refrigerated biologics (effective May 15)",
  D(5, 8, 15, 0), """\
Team,

Starting May 15 the summer pack-out applies to all 2-8 C shipments:

  - 48-hour qualified shipper (KS-48) for ZIP codes in zones 5-8.
  - Two frozen gel packs + one refrigerated pack, separated by the
    corrugated spacer. Never let a frozen pack touch the carton.
  - Temperature logger in every box with adalimumab, etanercept,
    dupilumab, insulin pens or GLP-1 pens; loggers come back in the
    prepaid envelope.
  - No Friday shipping to zones 7-8 unless the patient has confirmed
    Saturday delivery.

Training sign-off in the LMS by May 14.

Keystone Specialty Pharmacy - Quality Assurance | 555-0172
""", client="outlook", trap=True)

M("siv-agenda-mfh-cq-301", "none",
  "Clinical trial site initiation visit agenda; protocol details, staff and logistics only.",
  A("Lydia Fenwick", mf("lydia.fenwick")),
  [A("Dr. Hannah Lisowski", mf("hannah.lisowski")), A("HF Research Team", mf("hf-research"))],
  "SIV agenda - MFH-CQ-301 (CARDIQOR-HF3), Tue Jan 27, 9-12",
  D(1, 20, 11, 11), """\
Hi all,

Veridian (the CRO) confirmed the site initiation visit:

  09:00  Protocol overview, eligibility (Dr. Lisowski, CRA)
  09:45  Investigational product: storage, accountability, IWRS
  10:30  Lab kits and central lab shipping (NT-proBNP, K+, eGFR)
  11:00  eCRF / EDC training, SAE reporting timelines
  11:30  Delegation log and training log signatures

Please bring your CVs if they're older than two years and your GCP
certificates. Pharmacy: the IP fridge needs the calibrated logger installed
before the visit.

Lydia Fenwick, CCRC
Clinical Research Coordinator, Heart & Vascular | 555-0164
""", client="outlook", trap=True)

M("kidney-friends-gala-auction", "none",
  "Advocacy fundraiser e-mail naming kidney disease and transplant; marketing to donors.",
  A("Kidney Friends Network", "events@kidneyfriends.example.org"),
  A("Supporter", "supporters@lists.kidneyfriends.example.org"),
  "Only 10 tables left: Gift of Life Gala, November 7",
  D(10, 8, 18, 0), ALT(T("""\
Gift of Life Gala - Saturday, November 7, Harborview Ballroom

37 million adults in the country are living with chronic kidney disease,
and more than 90,000 are waiting for a kidney transplant. Your table helps
fund transportation to dialysis and the living-donor support fund.

  Table of 10: $2,500   |   Single ticket: $275
  Silent auction opens online November 1.

This year's honorees: the Dialysis North care team at Marrowfield Health.

Reserve: https://gala.kidneyfriends.example.org
Kidney Friends Network is a 501(c)(3); tickets are partly tax-deductible.
"""), HT("""\
<html><body><div style="font-family:Helvetica;max-width:560px;margin:auto">
<h1>Gift of Life Gala</h1><p>Saturday, November 7 &middot; Harborview Ballroom</p>
<p>More than 90,000 people are waiting for a kidney transplant.</p>
<p><a href="https://gala.kidneyfriends.example.org" style="background:#1e7b4f;color:#fff;padding:10px 18px">Reserve a table</a></p>
</div></body></html>
""")), client="bulk", trap=True)

M("htc-summer-camp-nurse-volunteers", "none",
  "Haemophilia treatment centre seeks volunteer nurses for a bleeding-disorders camp; no camper named.",
  A("Marrowfield Hemophilia Treatment Center", mf("htc")),
  A("Nursing Volunteers", mf("nursing-volunteers")),
  "Camp Ironwood needs 6 infusion-savvy nurses (June 21-27)",
  D(3, 30, 12, 30), """\
Camp Ironwood - our week-long camp for kids and teens with hemophilia, von
Willebrand disease and other bleeding disorders - needs volunteer nurses.

  - June 21-27, Lake Wren campground (lodging and meals provided)
  - Morning "infusion club": we teach campers to self-infuse factor or
    give emicizumab injections
  - RN license required; peripheral IV skills a plus
  - Counts as 40 volunteer hours toward the clinical ladder

The infirmary has a dedicated factor fridge and a hematologist on site.

Interested? Reply to this message or call Paula Greer, RN, 555-0124.
""", client="outlook", trap=True)

M("benefits-open-enrollment-fertility-eap", "none",
  "HR open-enrolment mail describing fertility preservation and EAP benefits; no employee's care.",
  A("Ostrander Logistics Benefits", "benefits@ostrander.example.com"),
  A("All Ostrander Employees", "all-staff@ostrander.example.com"),
  "Open enrollment Nov 2-16: new fertility preservation benefit, cancer support program",
  D(10, 26, 9, 0), """\
Open enrollment runs November 2-16.

What's new for 2027
  - Fertility preservation for employees facing cancer treatment or other
    medically necessary treatment that may affect fertility: egg, sperm
    and embryo freezing and one year of storage, no lifetime maximum.
  - Cancer support program through the health plan: a nurse navigator,
    second opinions, and travel for treatment more than 100 miles away.
  - Diabetes program: CGM supplies at $0 on the PPO.
  - EAP: 8 free counselling sessions per issue, 24/7 line 555-0190.

None of these programs report individual use to Ostrander. Questions go
to the plan, not your manager.

Benefits Team, Ostrander Logistics
""", client="bulk", trap=True)

M("employer-dpp-lifestyle-program", "none",
  "Employer wellness announcement for a diabetes prevention programme; general.",
  A("WellWorks at Ostrander", "wellworks@ostrander.example.com"),
  A("Ostrander Warehouse Staff", "warehouse-all@ostrander.example.com"),
  "Prediabetes? New 16-week lifestyle program starts Feb 10 (earn 200 wellness points)",
  D(1, 27, 11, 0), """\
1 in 3 adults has prediabetes and most don't know it.

Our CDC-recognised Diabetes Prevention Program starts February 10:
  - 16 weekly sessions (30 minutes, on shift, break room C)
  - A lifestyle coach from Marrowfield Endocrine & Diabetes Center
  - Goal: 5-7% weight loss and 150 minutes of activity a week

Take the 1-minute risk test at https://wellworks.ostrander.example.com/risk.
Your answers go to the coach only.

Completing the program earns 200 wellness points ($200 HSA deposit).
""", client="bulk", trap=True)

M("payer-bulletin-factor-gene-therapy", "none",
  "Health plan provider bulletin on coverage policy for haemophilia gene therapy and genetic testing.",
  A("Clearwater Health Plan Provider Relations", "providernews@clearwaterhp.example.com"),
  A("Network Providers", "network-providers@lists.clearwaterhp.example.com"),
  "Provider Bulletin 2026-09: gene therapy for hemophilia A and B; germline testing criteria",
  D(4, 1, 6, 0), """\
CLEARWATER HEALTH PLAN - PROVIDER BULLETIN 2026-09

1. Medical policy MP-318, gene therapy for hemophilia A and B (new)
   Prior authorisation required. Criteria include severe disease (factor
   activity < 1% for A, <= 2% for B), no history of inhibitors, negative
   AAV5 neutralising antibodies, and treatment at a federally recognised
   hemophilia treatment center. Outcomes-based agreement applies.

2. Medical policy MP-204, germline genetic testing for hereditary cancer
   (revised)
   Multigene panels are covered when NCCN criteria are met; BRCA1/2-only
   testing is no longer required first. Cascade testing of relatives is
   covered for members even when the proband is not a member.

3. Site-of-care policy for infused biologics
   Infliximab, ocrelizumab and IVIG must be given at home or in a
   non-hospital infusion suite unless an exception is approved.

Full policies: https://providers.clearwaterhp.example.com/policies
""", client="bulk", trap=True)

M("birthday-card-infusion-nurse", "none",
  "Coworker birthday collection with a date of birth; no health content.",
  A("Tasha Rimmer", mf("tasha.rimmer")),
  A("Infusion 3rd Floor", mf("infusion3")),
  "Shh - card for Colleen (b. 10/14/1968)",
  D(10, 9, 13, 13), """\
Hi everyone!

Colleen's birthday is next Wednesday (10/14 - she was born in 1968 but you
didn't hear it from me). Card is in my locker, #22, and we're collecting
$5 for a cake from Petite Bakery. Cake in the break room at 2:30 between
the afternoon chairs.

Tasha
Tasha Rimmer, RN, OCN | Infusion Center 3rd floor | 555-0117
""", client="outlook", trap=True)

M("radonc-parking-garage-c", "none",
  "Staff parking thread with radiation oncology and transplant signatures; no patient.",
  A("Dr. Tobias Wendt", mf("tobias.wendt")),
  A("Radiation Oncology Staff", mf("radonc-staff")),
  "RE: Garage C closures - where are we supposed to park for 6 am sims?",
  D(4, 14, 6, 48), """\
I second Gina. Parked on level 5 of the visitor deck at 5:40 and walked
around the construction fence. If security tickets us again I'm forwarding
the bill to Facilities.

Tobias

Tobias Wendt, MD
Radiation Oncology | Marrowfield Cancer Institute
555-0148

-----Original Message-----
From: Gina Abernathy <gina.abernathy@marrowfield.example.org>
Sent: Tuesday, April 14, 2026 6:31 AM
To: Radiation Oncology Staff <radonc-staff@marrowfield.example.org>
Subject: Garage C closures - where are we supposed to park for 6 am sims?

Facilities' notice says staff badges won't open Garage C gates until
April 30. Anyone know where we're supposed to go for the early sims? I
don't want to be late for the first patients on Linac 3.

Gina Abernathy, CMD | Dosimetry | 555-0149
""", client="outlook", trap=True)

M("linac-2-service-reschedule", "none",
  "Linac service notice saying patients will be moved to other machines; no individual.",
  A("Radiation Oncology Physics", mf("radonc-physics")),
  A("Radiation Oncology Staff", mf("radonc-staff")),
  "Linac 2 down Wed for MLC replacement - schedule moves",
  D(7, 13, 15, 55), """\
Linac 2 will be down all day Wednesday July 15 for the MLC carriage
replacement. The 19 patients on Linac 2 that day have been moved to Linac 1
and Linac 4 (plans are beam-matched; no replanning needed). Front desk is
calling them with new times tonight.

Physics will run the post-service QA (output, MLC picket fence, imaging
isocentre) Wednesday evening; Linac 2 clinical Thursday 07:00 if it passes.

Arjun Mehta, PhD, DABR
Chief Physicist | 555-0152
""", client="outlook", trap=True)

M("linac-daily-output-qa-values", "none",
  "Daily machine QA values (output, flatness) - machine control data, no patient.",
  A("MachineQA Notifications", "machineqa@radonc.marrowfield.example.org"),
  A("Radiation Oncology Physics", mf("radonc-physics")),
  "[MachineQA] Linac 3 Daily QA - 2026-07-16 - 1 parameter at ACTION",
  D(7, 16, 6, 41), """\
MachineQA test list completed: Linac 3 Daily QA
Performed by: T. Ahn (therapist)   2026-07-16 06:38

  Test                           Value      Ref      Tol    Status
  6X output (% dev)              +0.8       0.0      2.0    OK
  10X output (% dev)             +1.1       0.0      2.0    OK
  6FFF output (% dev)            +2.4       0.0      2.0    ACTION
  Laser/isocentre (mm)           0.6        0.0      1.0    OK
  kV/MV coincidence (mm)         0.4        0.0      1.0    OK
  Door interlock                 Pass                       OK

Comment: repeated 6FFF x2, +2.3 and +2.4. Physics notified at 06:40.

View: https://machineqa.radonc.marrowfield.example.org/qa/session/88412
This is an automated message.
""", client="system", bare=True, trap=True)

M("dialysis-water-culture-endotoxin", "none",
  "Dialysis water and dialysate culture/endotoxin results; environmental lab values, no patient.",
  A("Tri-County Environmental Lab", "results@tricountyenv.example.com"),
  A("Marisol Quintero", mf("marisol.quintero")),
  "Monthly AAMI results - Dialysis North - sample date 02/03/2026",
  D(2, 10, 10, 4),
  MIX(T("""\
Please find the monthly water and dialysate results attached.

Summary: all product water results are below action levels. Station 14
dialysate endotoxin is at 0.28 EU/mL (action level 0.25). Recommend
disinfecting the station, resampling and reviewing the ultrafilter date.

Tri-County Environmental Lab | Client services 555-0168
"""), ATT("application/pdf", pdf([
      "Tri-County Environmental Lab - Dialysis Water Analysis",
      "Client: Marrowfield Dialysis North       Sample date: 2026-02-03",
      "",
      "Sample point            Bacteria (CFU/mL)   Endotoxin (EU/mL)   Status",
      "RO product water        < 1                 < 0.03              OK",
      "Loop return             3                   < 0.03              OK",
      "Station 03 dialysate    8                   0.05                OK",
      "Station 09 dialysate    12                  0.07                OK",
      "Station 14 dialysate    31                  0.28                ACTION",
      "",
      "Action levels: bacteria 50 CFU/mL, endotoxin 0.25 EU/mL (ISO 23500 / AAMI).",
      "Method: TGEA 17-23 C, 7 days; LAL kinetic chromogenic.",
  ], compress=True, title="AAMI results 2026-02"), "DN_AAMI_2026-02.pdf")), client="system", trap=True)

M("transplant-srtr-outcomes-memo", "none",
  "Aggregate transplant outcomes (graft survival, waitlist counts); no individual.",
  A("Gregory Palk", mf("gregory.palk")),
  A("Transplant Program", mf("transplant-all")),
  "SRTR program-specific report is out - 1-year kidney graft survival 96.1%",
  D(1, 9, 16, 2), """\
Team,

The January program-specific report is public. Headlines for adult kidney:

  Transplants (2.5-year cohort):   412  (living donor 131)
  1-year graft survival:           96.1%  (expected 94.8%)
  1-year patient survival:         98.7%
  Waitlist mortality rate:         lower than expected (tier 4)
  Median time to transplant:       3.4 years

Liver: 1-year patient survival 92.9% (expected 91.5%), 96 transplants.

Thank you - these numbers are every coordinator, surgeon, nephrologist,
pharmacist, social worker and dietitian on this list.

Greg Palk, RN, CCTC
Transplant Quality Manager | 555-0131
""", client="outlook", trap=True)

M("hf-readmission-dashboard-august", "none",
  "Heart-failure clinic aggregate 30-day readmission dashboard; no individual.",
  A("Heart & Vascular Analytics", mf("hv-analytics")),
  A("HF Clinic Leadership", mf("hf-leadership")),
  "August HF dashboard: 30-day readmissions 19.4%, GDMT quadruple therapy 48%",
  D(9, 4, 7, 30),
  MIX(T("""\
Attached: August heart-failure dashboard (aggregate, HFrEF cohort n = 1,284).

Highlights
  - 30-day all-cause readmission after HF hospitalisation: 19.4% (July 21.0%)
  - Patients on all four GDMT pillars (ARNI/ACEi/ARB, evidence-based
    beta-blocker, MRA, SGLT2i): 48%
  - Seen within 7 days of discharge: 71%
  - Remote PA-pressure monitoring enrolled: 62

The patient-level list is in the registry tool only.
"""), ATT("text/csv", nl("""month,cohort_n,readmit_30d_pct,gdmt4_pct,seen_7d_pct,sglt2i_pct
2026-05,1251,22.3,41,66,63
2026-06,1262,20.8,44,69,66
2026-07,1270,21.0,46,70,68
2026-08,1284,19.4,48,71,70
""").encode("ascii"), "hf_dashboard_2026-08.csv", cte="7bit", params=['charset="us-ascii"'])),
  client="system", trap=True)

M("cgm-sensor-inservice-staff", "none",
  "Vendor in-service for staff on CGM sensors and hospital insulin protocol; no patient.",
  A("Renee Dufresne", mf("renee.dufresne")),
  A("Endocrine & Diabetes Center", mf("endo-all")),
  "CGM in-service Thursday + reminder about sensors in MRI",
  D(2, 24, 12, 20), """\
Hi all,

The CGM rep is here Thursday 12:15 in the conference room for a 30-minute
in-service on the new 15-day sensor: insertion sites, warm-up, compression
lows and the clinic dashboard. Lunch is provided.

Reminder for anyone who floats to inpatient: sensors and pumps come OFF for
MRI and CT, and the pump goes in the blue bag, not in the patient's coat.

Renee
Renee Dufresne, RN, CDCES | Endocrine & Diabetes Center | 555-0136
""", client="apple", trap=True)

M("insulin-pump-recall-serials", "none",
  "Insulin pump recall notice to the clinic listing device serial numbers; devices, no patients.",
  A("Solace Diabetes Devices", "safety@solacedevices.example.com"),
  A("Endocrine & Diabetes Center", mf("endo-all")),
  "Urgent Medical Device Recall: Solace SP4 pump battery cap, serials SP4-2501xxxx",
  D(3, 2, 8, 0), """\
URGENT MEDICAL DEVICE RECALL - ACTION REQUIRED

Product: Solace SP4 insulin pump, software 4.2, battery cap part BC-14
Issue:   the battery cap may crack if over-tightened, causing intermittent
         power loss and interrupted insulin delivery (risk of hyperglycaemia
         and DKA).

Serial numbers affected: SP4-25010001 to SP4-25013999 and SP4-25020500 to
SP4-25021250. Replacement caps are being shipped directly to pump users.

Healthcare providers: please remind pump users to check for a "Power
loss" alarm and to carry backup insulin pens. No action is needed for pumps
outside the serial ranges.

Solace Diabetes Devices Customer Safety, 24 h line 555-0191
""", client="bulk", trap=True)

M("infliximab-wholesaler-invoice-dea", "none",
  "Wholesaler invoice for infliximab and rituximab vials to the infusion suite; NDC, lots and DEA, no patients.",
  A("Centrix Specialty Distribution", "invoices@centrixsd.example.com"),
  A("Accounts Payable", mf("ap")),
  "Invoice 7718823 - Marrowfield Rheumatology Infusion Suite - ship to 2200 Oakmont Dr",
  D(5, 27, 3, 14),
  MIX(T("""\
Attached is invoice 7718823. Payment terms: net 30. Please reference the
invoice number on remittance.

Centrix Specialty Distribution - Billing | 555-0170
"""), ATT("application/pdf", pdf([
      "CENTRIX SPECIALTY DISTRIBUTION                       INVOICE 7718823",
      "Bill to: Marrowfield Health - Accounts Payable",
      "Ship to: Rheumatology Infusion Suite, 2200 Oakmont Dr, Harlow ST",
      "Account 400-18832        DEA: " + dea("BM", "482913") + "        PO 4500118821",
      "",
      "NDC             Description                         Lot       Exp      Qty   Ext",
      "00000-0455-01   infliximab-dyyb 100 mg vial         B24K17    2027-10  40    $18,400.00",
      "00000-0460-01   rituximab-abbs 500 mg/50 mL vial    R25A03    2027-06  12    $38,520.00",
      "00000-0471-01   tocilizumab 400 mg/20 mL vial       T24L22    2027-03   6    $10,248.00",
      "",
      "Subtotal $67,168.00    Freight $0.00    Total due $67,168.00",
  ], title="Invoice 7718823"), "INV7718823.pdf")), client="system", trap=True)

M("ocrelizumab-chair-capacity", "none",
  "Capacity planning for MS infusion chairs; counts and durations only.",
  A("Dr. Ingrid Haverkamp", mf("ingrid.haverkamp")),
  [A("Neuroscience Operations", mf("neuro-ops")), A("Infusion Center Management", mf("infusion-mgmt"))],
  "MS infusions: we need 2 more chairs on Mondays and Fridays",
  D(11, 3, 17, 40), """\
Hi all,

Numbers for the chair discussion on Thursday:

  - 412 patients on ocrelizumab or ublituximab at the MS Center, each
    infused every 6 months; the subcutaneous option covers maybe 15%.
  - Average chair time 3.5 h (first dose 2 x half-days), plus 1 h
    observation for first doses.
  - 38 patients on natalizumab every 4-6 weeks.
  - Current Monday/Friday wait for a chair: 5 weeks.

Two more chairs on Mon and Fri would bring the wait under two weeks. I'm
happy to talk about evening sessions too.

Ingrid

Ingrid Haverkamp, MD
Director, Marrowfield MS Center | 555-0138
""", client="apple", trap=True)

M("sickle-cell-ed-pathway-v4", "none",
  "Clinical pathway for sickle cell pain crises in the ED with opioid dosing tables; no individual.",
  A("Dr. Olumide Bankole", mf("olumide.bankole")),
  A("Emergency Medicine Attendings", mf("ed-attendings")),
  "Sickle cell VOC pathway v4 - first dose within 60 minutes, individualized plans in the chart",
  D(9, 14, 19, 3), """\
Colleagues,

Version 4 of the vaso-occlusive crisis pathway goes live Monday.

  - Triage ESI 2 for any adult with SCD and pain.
  - First parenteral opioid within 60 minutes of arrival; re-dose every
    15-30 minutes x3 until pain is controlled.
  - If the patient has an individualized pain plan (banner in the chart),
    follow it. If not: morphine 0.1 mg/kg IV/SC or hydromorphone
    0.02 mg/kg, max first dose per the table in the pathway.
  - No routine IV fluids boluses; maintenance only if dry.
  - Incentive spirometry and a chest film for chest pain or hypoxia (ACS).

Our median time to first dose last quarter was 74 minutes. We can do
better.

Olumide Bankole, MD
Director, Comprehensive Sickle Cell Program | 555-0127
""", client="outlook", trap=True)

M("factor-inventory-expiry-report", "none",
  "Haemophilia centre factor concentrate inventory with lots and expiry dates; no patient.",
  A("HTC Pharmacy", mf("htc-pharmacy")),
  A("HTC Nursing", mf("htc-nursing")),
  "Factor inventory 6/1 - 3 lots expiring before August",
  D(6, 1, 7, 58), """\
Clinic stock (340B) as of this morning:

  Product                          IU/vial   Lot        Exp         Vials
  rFVIII (standard half-life)      1000      FA24-1187  2026-07-31  14
  rFVIII (extended half-life)      2000      FE25-0311  2027-02-28  22
  rFIX (extended half-life)        1000      FX24-0902  2026-07-15  6
  rFVIIa                           2 mg      VII-24-77  2026-07-30  4
  emicizumab 150 mg/1 mL           -         EM25-1020  2027-05-31  9

Please use FA24-1187 and FX24-0902 first for clinic doses and camp.
Reorder placed for rFIX.

HTC Pharmacy | 555-0126
""", client="outlook", trap=True)

M("uds-analyzer-qc-bup-controls", "none",
  "Urine drug screen analyser QC results including buprenorphine and methadone controls; no patient.",
  A("Core Lab Toxicology", mf("tox-lab")),
  A("Pain Management Center", mf("painmgmt-all")),
  "UDS immunoassay QC shift - BUP and MTD controls reading high, confirm before reporting",
  D(8, 3, 10, 15), """\
FYI from the tox bench: this morning's level 2 controls ran high on the
immunoassay analyzer.

  Analyte         Control lot   Target (ng/mL)   Observed   Rule
  Buprenorphine   QC2-8831      7.5              9.8        1-3s
  Methadone       QC2-8831      375              441        2-2s
  Fentanyl        QC2-8831      1.5              1.6        OK
  Oxycodone       QC2-8831      150              152        OK

We recalibrated and reran at 09:40; results are now in range. Specimens
run between 07:00 and 09:40 for BUP and MTD are being repeated - no
results were released in that window.

Core Lab Toxicology | 555-0155
""", client="outlook", trap=True)

M("wound-vac-vendor-trial-request", "none",
  "Vendor offers a trial of negative-pressure wound therapy dressings to the wound centre.",
  A("Dana Whitlock", "dwhitlock@dermaseal.example.com"),
  A("Beth Anselm", mf("beth.anselm")),
  "DermaSeal NPWT 30-day evaluation - 10 units + dressings, no cost",
  D(4, 7, 9, 9), """\
Hi Beth,

Following up on the SAWC conversation. We can offer a 30-day clinical
evaluation of the DermaSeal single-use NPWT system:

  - 10 units, 60 dressing kits (small/medium), 20 canisters
  - Onsite training for your staff and the home health agencies you use
  - Evaluation forms with wound area and dressing-change time (no patient
    identifiers needed; we only collect the totals)

Let me know which week works and who should sign the evaluation agreement.

Dana Whitlock
Clinical Specialist, DermaSeal Wound Care | 555-0181
""", client="gmail", trap=True)

M("oxygen-concentrator-invoice", "none",
  "Invoice between businesses for loaner oxygen concentrators for pulmonary rehab.",
  A("Aerolink Home Medical Billing", "ar@aerolinkhm.example.com"),
  A("Pulmonary Rehab Team", mf("pulmrehab")),
  "Invoice AHM-55210 - loaner POC fleet, October",
  D(11, 2, 8, 30), """\
Marrowfield Pulmonary Rehabilitation
Invoice AHM-55210, service period 10/01-10/31/2026

  4 x portable oxygen concentrators (demo fleet), monthly rental  $640.00
  12 x replacement batteries                                       $540.00
  Cleaning and disinfection, 4 units                               $80.00
  Total                                                          $1,260.00

Remit to Aerolink Home Medical, PO Box 4411, Harlow ST 00000.
ACH: routing on file. Questions 555-0178.
""", client="system", trap=True)

M("palliative-volunteer-training-saturday", "none",
  "Palliative care volunteer training announcement; no patient.",
  A("Palliative Care Volunteer Office", mf("palliative-volunteers")),
  A("Volunteer Services", mf("volunteers")),
  "No One Dies Alone - volunteer training Saturday Feb 21",
  D(2, 11, 14, 0), """\
Our No One Dies Alone (NODA) program pairs trained volunteers with patients
at the end of life who have no family at the bedside.

Training: Saturday February 21, 9:00-1:00, Chapel conference room.
Topics: what dying looks like, being present, self-care afterwards, and
HIPAA for volunteers (you will learn a first name and room number only).

Sign up: Volunteer Services, 555-0112.
""", client="outlook", trap=True)

M("hospice-bereavement-newsletter-winter", "none",
  "Hospice bereavement newsletter with general grief education and group times.",
  A("Marrowfield Hospice Bereavement", mf("bereavement")),
  A("Bereavement Mailing List", "bereavement-list@lists.marrowfield.example.org"),
  "Winter newsletter: grief and the holidays, and our new loss-of-a-child group",
  D(11, 20, 10, 0), """\
Grief and the holidays

The first holidays after a death are often the hardest. Some families keep
the old traditions, some make new ones, some skip the season entirely -
all are normal. Plan ahead, say yes to help, and give yourself permission
to leave the party early.

Groups this season (free, open to anyone in the community):
  - General grief: Mondays 6 pm, Hospice House
  - Loss of a spouse or partner: Wednesdays 10 am
  - NEW: Loss of a child, any age: 1st and 3rd Thursdays 7 pm

If grief feels unbearable, or you have thoughts of harming yourself, call
or text 988.

Marrowfield Hospice Bereavement Services | 555-0115
""", client="bulk", trap=True)

M("urac-audit-keystone-notice", "none",
  "Specialty pharmacy accreditation audit logistics; mentions patient files generically.",
  A("Keystone Specialty Pharmacy Compliance", "compliance@keystonerx.example.com"),
  A("Keystone Managers", "managers@keystonerx.example.com"),
  "URAC reaccreditation desktop review - 3 weeks out, file pulls start Monday",
  D(9, 10, 16, 45), """\
Managers,

URAC's desktop review is October 1-2. Reminders:

  - The reviewer will pick 30 patient files at random on the day. We do
    NOT send patient files in advance and we do not e-mail them; the
    reviewer views them in the screen-share only.
  - Clinical management program reports (adherence, PDC, time to first
    fill) are due to me by September 24 - aggregate only.
  - Complaint log and grievance resolution times for the past 12 months.
  - Call center stats: average speed of answer, abandonment rate.

Thanks for getting us here again.

Megan Troutman, Compliance Officer | 555-0174
""", client="outlook", trap=True)

M("hub-enrollment-form-blank-pdf", "none",
  "Manufacturer hub blank enrollment form (PDF with empty fields) sent to a clinic.",
  A("OnwardCare Access Hub", "providers@onwardhub.example.com"),
  A("Rheumatology Front Office", mf("rheum-frontoffice")),
  "Updated OnwardCare enrollment form (v2026.2) - please discard older versions",
  D(2, 2, 9, 30),
  MIX(T("""\
Hello,

Please use the attached enrollment form from today. Older versions will be
returned. The form now has a single signature box for the patient
authorisation and the prescriber statement.

Fax completed forms to 555-0199 or upload via the provider portal.

OnwardCare Access Hub - Provider Services | 555-0198
"""), ATT("application/pdf", pdf([
      "OnwardCare Access Hub - Patient Enrollment Form (v2026.2)",
      "",
      "PATIENT   Name: ____________________   DOB: __/__/____   Sex: __",
      "          Address: ____________________________________________",
      "INSURANCE Primary: ______________  Member ID: ______________",
      "          Rx BIN/PCN/Group: ________ / ________ / ________",
      "CLINICAL  Diagnosis (ICD-10): ________   Prior therapies: ______________",
      "          Prescribed product/dose: ______________________________",
      "PRESCRIBER Name: ________________   NPI: __________   Phone: __________",
      "",
      "Patient authorisation: I authorise my providers and health plan to share",
      "information with OnwardCare to verify benefits. ___________  Date ______",
  ], title="OnwardCare enrollment v2026.2"), "OnwardCare_Enrollment_v2026-2.pdf")), client="system", trap=True)

M("hub-webinar-office-managers", "none",
  "Manufacturer hub webinar invitation for office staff on benefits verification; marketing.",
  A("OnwardCare Access Hub", "events@onwardhub.example.com"),
  A("Practice Managers", "practice-managers@lists.onwardhub.example.com"),
  "Webinar: Navigating 2027 Part D redesign for specialty medicines (Dec 2)",
  D(11, 12, 11, 0), """\
Join the OnwardCare field reimbursement team on December 2 at 1 pm ET:

  - Part D out-of-pocket cap and the prescription payment plan
  - What changes for bridge supply and free-drug programs
  - Prior authorisation trends for biologics in rheumatology, derm and GI
  - Live Q&A (please don't share any patient information in the chat)

Register: https://events.onwardhub.example.com/partd2027
""", client="bulk", trap=True)

M("copay-program-accumulator-notice", "none",
  "Manufacturer copay programme change notice to practices; general.",
  A("Velox Pharma Savings Program", "savings@veloxpharma.example.com"),
  A("Enrolled Practices", "practices@lists.veloxpharma.example.com"),
  "Program change Jan 1: annual maximum and accumulator adjustment",
  D(12, 1, 8, 0), """\
Important update for practices enrolled in the Velox Savings Program

Effective January 1, 2027:
  - The annual maximum benefit becomes $15,000 per patient.
  - For patients in plans with accumulator or maximizer programs, the
    benefit is paid out over the year in equal parts.
  - Claims for the infusion (drug) and administration are submitted
    separately; administration is reimbursed up to $150 per infusion.

Existing enrollments re-certify automatically. Questions: 555-0186.
""", client="bulk", trap=True)

M("irb-amendment-v4-myeloma-study", "none",
  "IRB approval notice for a protocol amendment; study-level, no participants.",
  A("Marrowfield IRB", mf("irb")),
  A("Lydia Fenwick", mf("lydia.fenwick")),
  "IRB-2024-0831 Amendment 4 APPROVED - re-consent required for active participants",
  D(3, 19, 15, 12), """\
IRB-2024-0831 "Phase 2 study of a CELMoD plus dexamethasone in relapsed
multiple myeloma"
Amendment 4 (protocol v4.0, ICF v5.0): APPROVED by expedited review.

Determinations:
  - Re-consent is required for active participants at their next visit
    (new risk: neutropenic infection; updated contraception language).
  - Recruitment materials unchanged.
  - Continuing review due 2026-09-14.

Stamped documents are available in the eIRB system.

Marrowfield Institutional Review Board | 555-0103
""", client="system", trap=True)

M("cro-site-payment-summary", "none",
  "CRO site payment summary with visit counts per protocol; business mail, no subjects.",
  A("Veridian Research Partners Site Payments", "sitepayments@veridiancro.example.net"),
  A("Clinical Trials Office Finance", mf("cto-finance")),
  "Site payment remittance Q3 - MFH-CQ-301 / Site 0142",
  D(10, 16, 5, 10), """\
Remittance advice - Site 0142, Marrowfield Health

Protocol MFH-CQ-301 (CARDIQOR-HF3), payment period 2026-07-01 to 2026-09-30

  Screening visits            14 x $1,150     $16,100.00
  Screen failures             5 x $600        $3,000.00
  Randomisation visits        9 x $2,400      $21,600.00
  Follow-up visits            31 x $880       $27,280.00
  Pharmacy fee (quarterly)                    $1,500.00
  Total                                       $69,480.00

Paid by EFT on 2026-10-15, reference VRP-EFT-0088213.
""", client="system", trap=True)


# ------------------------------------------------------ none, continued --
M("lure-infusion-results-ready", "none",
  "Phishing e-mail pretending to hold 'your infusion lab results'; no real patient or care.",
  A("Patient Portal Notification", "no-reply@marrowfie1d-portal.example.net"),
  A("", mf("colleen.marsh")),
  "Action required: your infusion lab results are ready to view",
  D(6, 16, 3, 12), HT("""\
<html><body style="font-family:Segoe UI,Arial">
<p>Dear Patient,</p>
<p>Your recent <b>infusion lab results</b> have been uploaded. To protect your privacy, the document will be
deleted in <b>24 hours</b> unless you verify your account.</p>
<p><a href="https://marrowfie1d-portal.example.net/verify?id=88123">View My Lab Results</a></p>
<p>Marrowfield Health Patient Services</p>
<p style="font-size:9px;color:#999">This message was sent to you because you are registered with our portal.</p>
</body></html>
"""), client="system", hdrs=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "9.7")], trap=True)

M("spam-reverse-diabetes-21-days", "none",
  "Spam selling a 'diabetes reversal' supplement; no individual.",
  A("Dr. Natural Glucose", "offers@glucofix-now.example.net"),
  A("", mf("renee.dufresne")),
  "Doctors HATE this: reverse type 2 diabetes in 21 days, throw away your metformin",
  D(7, 4, 2, 2), """\
Stop injecting insulin!! Stop metformin!!

A 63-year-old grandmother from Ohio lowered her A1c from 9.8 to 5.4 in
just 21 days with this 10-second morning ritual. Big Pharma does not want
you to know about GlucoFix Botanical Blend.

  >> 3 bottles $69 (save 60%) <<
  https://glucofix-now.example.net/order

These statements have not been evaluated. To stop receiving offers reply STOP.
""", client="bulk", hdrs=[("X-Spam-Flag", "YES")], trap=True)

M("infusion-nurse-ooo-fever-guidance", "none",
  "Out-of-office auto-reply from an infusion nurse with general fever instructions; no patient.",
  A("Colleen Marsh", mf("colleen.marsh")),
  A("Brent Olafsen", "bolafsen@northpointsupply.example.com"),
  "Automatic reply: Quote Q-88213: safety Huber needles 20G/22G",
  D(5, 6, 11, 48), """\
Thank you for your message. I am out of the office until Monday May 11
with limited access to e-mail.

Patients: if you are receiving chemotherapy and have a temperature of
100.4 F (38.0 C) or higher, chills, or you feel unwell, do NOT wait for a
reply - call the Cancer Institute triage line 24/7 at 555-0140 or go to
the nearest emergency department and tell them you are on chemotherapy.

For supply questions please contact infusion-supply@marrowfield.example.org.

Colleen Marsh, RN, OCN
Charge Nurse, Infusion Center 3rd floor | 555-0116
""", client="outlook", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], trap=True)

M("portal-notice-message-waiting", "none",
  "Portal notification that a new message is waiting; greets the account holder but says nothing about care.",
  A("MyMarrowfield", "noreply@my.marrowfield.example.org"),
  A("Gloria Pham", "gpham.home@mailbox.example.net"),
  "You have a new message in MyMarrowfield",
  D(8, 19, 16, 2), ALT(T("""\
Dear Gloria,

You have a new message in MyMarrowfield. To read it, sign in at
https://my.marrowfield.example.org.

For your privacy, we do not include details in e-mail.

Please do not reply to this e-mail. If you need help with your account,
call 555-0101.
"""), HT("""\
<html><body><p>Dear Gloria,</p><p>You have a new message in <b>MyMarrowfield</b>.</p>
<p><a href="https://my.marrowfield.example.org">Sign in to read it</a></p>
<p style="color:#666">For your privacy, we do not include details in e-mail.</p></body></html>
""")), client="system", trap=True)

M("reminder-template-dry-run", "none",
  "Appointment-reminder template test sent to staff with unfilled merge fields; no patient.",
  A("Orrin Messaging Test", "msgtest@orrin.marrowfield.example.org"),
  A("Infusion Scheduling", mf("infusion-scheduling")),
  "[TEST] {{patient_first}}, your infusion at {{dept_name}} is on {{appt_date}}",
  D(2, 17, 10, 5), """\
*** TEST MESSAGE - TEMPLATE DRY RUN - DO NOT FORWARD ***

Hi {{patient_first}},

This is a reminder of your infusion appointment at {{dept_name}} on
{{appt_date}} at {{appt_time}}. Please arrive 15 minutes early for labs
if {{lab_flag}} = Y. Reply C to confirm or R to reschedule.

Template: INF_REMINDER_48H v7    Channel: e-mail    Merge source: none

If you can read this, the template renders. Please check line wraps on
phones and reply to Hollis in IT with screenshots.
""", client="system", trap=True)

M("hl7-zztest-tacrolimus-roundtrip", "none",
  "HL7 test round trip with a ZZTEST patient and a tacrolimus result; test data, no real patient.",
  A("Corbel Interface Engine", "corbel@integration.marrowfield.example.org"),
  A("Integration Team", mf("integration")),
  "Transplant lab feed cutover test #3 passed (ZZTEST patient)",
  D(3, 5, 23, 41),
  MIX(T("""\
Cutover test #3 for the transplant immunosuppressant level feed (ORU^R01)
passed. Test message and ACK attached. Patient is the standard ZZTEST
record; do not file to production charts.

Corbel channel: LAB_TX_LEVELS_OUT -> Orrin EHR
"""), ATT("application/hl7-v2", hl7(
      "MSH|^~\\&|CORELAB|MFH|ORRIN|MFH|20260305234012||ORU^R01|TEST000311|T|2.5.1",
      "PID|1||ZZ0000001^^^MFH^MR||ZZTEST^TRANSPLANT^ONE||19000101|U",
      "OBR|1|ZZ-ORD-1|ZZ-FIL-1|TACRO^Tacrolimus level^L|||20260305230000",
      "OBX|1|NM|TACRO^Tacrolimus level^L||7.4|ng/mL|5.0-15.0|N|||T",
  ), "test3_ORU.hl7"), ATT("application/hl7-v2", hl7(
      "MSH|^~\\&|ORRIN|MFH|CORELAB|MFH|20260305234013||ACK^R01|ACK000311|T|2.5.1",
      "MSA|AA|TEST000311",
  ), "test3_ACK.hl7")), client="system", trap=True)

M("interface-spec-pid3-mrn-mapping", "none",
  "Interface mapping spec discussing PID-3 and MRN field names; configuration, no patient.",
  A("Hollis Grant", mf("hollis.grant")),
  A("Keystone Specialty Pharmacy IT", "it@keystonerx.example.com"),
  "Referral feed to Keystone: PID-3 repetitions and the member ID field",
  D(9, 22, 14, 7), """\
Hi Raj,

For the specialty referral feed (ORM -> your intake), here's how we'll fill
the identifiers:

  PID-3 rep 1   MRN, assigning authority MFH, type MR
  PID-3 rep 2   enterprise ID, authority MFHE, type PI
  IN1-36        member ID from the primary coverage
  IN1-49        not sent
  ORC-12        prescriber NPI; XCN.13 = NPI

Your spec asked for the MRN in PID-2 - that field is deprecated, so we'd
rather not. Could your parser read PID-3 rep 1 instead?

Test messages will use ZZTEST patients only.

Hollis Grant | Integration Analyst, Marrowfield Health | 555-0105
""", client="outlook", trap=True)

M("job-posting-oncology-pharmacist", "none",
  "Job posting for an oncology clinical pharmacist; HR mail.",
  A("Marrowfield Talent Acquisition", mf("careers")),
  A("Pharmacy Department", mf("pharmacy-all")),
  "Internal posting: Clinical Pharmacist - Hematology/Oncology (BCOP preferred), req 26-0412",
  D(4, 28, 9, 0), """\
Internal posting - apply by May 12

Clinical Pharmacist, Hematology/Oncology (1.0 FTE, days, rotating weekends)

  - Verify chemotherapy and immunotherapy orders; dose-check against
    treatment plans
  - Round with the leukemia and BMT teams; CAR-T and bispecific
    step-up dosing
  - Manage oral chemotherapy follow-up calls
  - BCOP preferred or within 2 years of hire; PGY2 oncology preferred

Apply in Workday, req 26-0412. Questions: talent@marrowfield.example.org
""", client="bulk", trap=True)

M("tri-state-hematology-symposium", "none",
  "Conference announcement for a regional haematology symposium; agenda names diseases.",
  A("Tri-State Hematology Society", "meetings@tristateheme.example.org"),
  A("Members", "members@lists.tristateheme.example.org"),
  "Save the date: Tri-State Hematology Symposium, March 13-14 - abstracts due Jan 15",
  D(11, 18, 8, 30), """\
TRI-STATE HEMATOLOGY SYMPOSIUM 2027
March 13-14, Harbor Conference Center

Sessions
  - Gene therapy for sickle cell disease and beta-thalassemia: two years in
  - Hemophilia: non-factor therapies, rebalancing agents, and bleeding in
    women and girls
  - Myeloma: quadruplets, MRD-guided therapy and bispecifics
  - Benign hematology consults for the hospitalist

Abstracts due January 15. Trainee travel awards available.
Register: https://tristateheme.example.org/2027
""", client="bulk", trap=True)

M("journal-toc-kidney-transplant", "none",
  "Journal table-of-contents alert on dialysis and transplant research; no individual.",
  A("Journal of Renal Practice", "alerts@jrenalpractice.example.org"),
  A("Dr. Adaeze Nwosu", mf("adaeze.nwosu")),
  "eTOC: Journal of Renal Practice, vol 41 issue 6",
  D(6, 2, 5, 0), """\
Journal of Renal Practice - Volume 41, Issue 6 (June 2026)

Original articles
  * Home hemodialysis vs in-centre: 5-year survival in a matched cohort
  * Belatacept conversion after kidney transplant: a pragmatic trial
  * Incremental peritoneal dialysis and residual kidney function
  * SGLT2 inhibitors in kidney transplant recipients with diabetes
Case reports
  * BK nephropathy after rituximab desensitisation

Read online: https://jrenalpractice.example.org/toc/41/6
Manage alerts: https://jrenalpractice.example.org/alerts
""", client="bulk", trap=True)

M("vet-oncology-biscuit-chop-cycle", "none",
  "Veterinary oncology reminder for a dog's CHOP chemotherapy; not human health care.",
  A("Harlow Veterinary Specialists - Oncology", "oncology@harlowvet.example.com"),
  A("Dennis Ruhl", "druhl@mailbox.example.net"),
  "Reminder: Biscuit's CHOP week 7 (doxorubicin) - Tue 9/15 8:00 am",
  D(9, 11, 12, 0), """\
Hi Dennis,

This is a reminder that Biscuit (canine, golden retriever, 9 y) is
scheduled for week 7 of the CHOP protocol for multicentric lymphoma:

  Tuesday September 15, 8:00 am drop-off - doxorubicin IV
  Pre-treatment CBC on arrival (neutrophils must be > 1,500/uL)

Please give the maropitant tablet the evening before and withhold breakfast.
Pick-up will be around 2:00 pm.

Harlow Veterinary Specialists - Oncology Service | 555-0188
""", client="system", trap=True)

M("infusion-recliner-shipment-tracking", "none",
  "Shipping confirmation for infusion recliners with tracking and order numbers.",
  A("ComfortMed Furniture Orders", "orders@comfortmedfurniture.example.com"),
  A("Infusion Center Management", mf("infusion-mgmt")),
  "Your order SO-220481 has shipped (8 x bariatric infusion recliners)",
  D(8, 25, 13, 30), """\
Good news - your order has shipped.

Order SO-220481        PO 4500121190
Ship to: Marrowfield Infusion Center North, Dock 2
Items:   8 x Series 700 bariatric infusion recliner, antimicrobial vinyl,
         colour "Harbor Blue", IV pole mount left
Carrier: Freightline LTL, PRO 0778-112-4409, 2 pallets, liftgate
ETA:     Thursday August 27, 8 am - 12 pm

Track: https://track.freightline.example.com/pro/07781124409
""", client="system", trap=True)

M("gi-tumour-board-weekly-invite", "none",
  "Recurring calendar invitation for a GI tumour board; no patient cases.",
  A("Rhonda Esposito", mf("rhonda.esposito")),
  A("GI Tumor Board", mf("gi-tb-members")),
  "GI Multidisciplinary Tumor Board (weekly)",
  D(1, 5, 10, 0),
  ALT(T("""\
GI Multidisciplinary Tumor Board - every Wednesday, 7:00-8:00 am
Conference Room 4 and Teams.

Submit cases by Monday noon in the tumor-board worklist. Please do not
e-mail patient lists.
"""), CAL(ics("REQUEST", "gi-tb-2026@marrowfield.example.org", "20260107T070000", "20260107T080000",
            "GI Multidisciplinary Tumor Board", ("Rhonda Esposito", mf("rhonda.esposito")),
            [("GI Tumor Board", mf("gi-tb-members"))], "Conference Room 4 / Teams",
            "Weekly GI tumor board. Cases are submitted in the EHR worklist.", rrule="FREQ=WEEKLY;BYDAY=WE"),
            cte="7bit")), client="outlook", trap=True)

M("kidney-selection-committee-series", "none",
  "Calendar series for the transplant selection committee; no candidates listed.",
  A("Gregory Palk", mf("gregory.palk")),
  A("Kidney Selection Committee", mf("kidney-selection")),
  "Kidney/Pancreas Selection Committee - 2nd and 4th Fridays",
  D(1, 8, 9, 15),
  MIX(T("""\
Please accept the standing series for 2026. The candidate list for each
meeting is posted in the transplant module the Wednesday before; it will
not be attached to these invitations.
"""), ATT("application/ics", ics("REQUEST", "kp-select-2026@marrowfield.example.org", "20260109T120000",
                              "20260109T133000", "Kidney/Pancreas Selection Committee",
                              ("Gregory Palk", mf("gregory.palk")),
                              [("Kidney Selection Committee", mf("kidney-selection"))],
                              "Transplant Center Board Room",
                              "Standing committee. Candidate list in the transplant module.",
                              rrule="FREQ=MONTHLY;BYDAY=2FR,4FR").encode("utf-8"), "invite.ics")),
  client="outlook", trap=True)

M("prep-clinic-evening-hours", "none",
  "Announcement that the ID clinic is adding evening PrEP hours; no individual.",
  A("Meadow Clinic - Infectious Diseases", mf("meadowclinic")),
  A("Marrowfield Primary Care Providers", mf("pc-providers")),
  "Meadow Clinic now offers PrEP and HIV care on Tuesday evenings",
  D(5, 12, 11, 30), """\
Colleagues,

Starting May 19 the Meadow Clinic will open Tuesdays 5-8 pm for:
  - PrEP starts and follow-up (oral and long-acting injectable)
  - Same-day starts of antiretroviral therapy for new HIV diagnoses
  - Post-exposure prophylaxis (PEP) walk-ins

Refer through the usual Infectious Diseases referral order. Patients can
also self-refer at 555-0144. Our pharmacist handles prior authorisations
and manufacturer assistance.

Meadow Clinic, Marrowfield Infectious Diseases
""", client="outlook", trap=True)

M("lynch-universal-screening-cme", "none",
  "CME invitation on universal Lynch syndrome tumour screening and germline testing.",
  A("Cancer Genetics Program", mf("cancer-genetics")),
  A("GI and Gyn Onc Faculty", mf("gi-gyn-faculty")),
  "Lunch & learn: universal MMR/MSI screening, when to refer for germline testing",
  D(2, 26, 10, 10), """\
Lunch & learn, Thursday March 12, 12:00, Cancer Institute 2nd floor

"Lynch syndrome: from the tumour block to the family tree"
  - Universal MMR immunohistochemistry on colorectal and endometrial cancers
  - MLH1 promoter methylation and what it means
  - Tumour-only vs paired tumour-normal sequencing: when a somatic finding
    should trigger germline testing
  - Cascade testing letters for relatives

Genetic counselors Amara Lindqvist, MS, CGC and Jae-won Seo, MS, CGC.
1.0 CME. Lunch provided - RSVP to cancer-genetics@marrowfield.example.org.
""", client="outlook", trap=True)

M("oncofertility-pathway-launch", "none",
  "Launch of an oncofertility referral pathway for newly diagnosed patients; programme-level.",
  A("Dr. Priya Raman", mf("priya.raman")),
  A("Cancer Institute Providers", mf("ci-providers")),
  "New: 72-hour oncofertility referral pathway (egg/sperm banking before chemo)",
  D(6, 22, 18, 18), """\
Colleagues,

With Solstice Fertility Center we now have a 72-hour pathway for patients
of reproductive age starting gonadotoxic treatment:

  1. Discuss fertility risk at the treatment-planning visit (new smart
     phrase .ONCOFERT).
  2. Place the "Oncofertility consult - urgent" order. Solstice calls the
     patient within 24 h; random-start ovarian stimulation means most
     egg retrievals happen within 2 weeks.
  3. Sperm banking: same-week appointments at Solstice's andrology lab.
  4. Financial: the Brightwater foundation and the manufacturer programs
     cover stimulation drugs for many patients.

Last year only 38% of eligible patients had a documented discussion.

Priya Raman, MD
Associate Director for Clinical Services, Marrowfield Cancer Institute
""", client="outlook", trap=True)

M("psycho-oncology-mindfulness-groups", "none",
  "Schedule for psycho-oncology mindfulness and coping groups; open programme, no participant.",
  A("Supportive Oncology Services", mf("supportive-onc")),
  A("Cancer Institute Staff", mf("ci-all")),
  "Please share with patients: spring coping-skills and mindfulness groups",
  D(3, 3, 9, 20), """\
Spring groups from Supportive Oncology (free, no referral needed):

  - Mindfulness-Based Cancer Recovery, 8 weeks, Mondays 4 pm (starts 3/16)
  - Fear of Recurrence workshop, 4 weeks, Wednesdays noon (starts 3/18)
  - Young Adults with Cancer (18-39), monthly, 2nd Thursday 6 pm
  - Caregivers' circle, Fridays 10 am

Patients can sign up at the Cancer Institute front desk or 555-0150.
Patients who need individual counseling or psychiatry should be referred
through the Psycho-Oncology referral order.
""", client="outlook", trap=True)

M("moud-training-pain-fellows", "none",
  "Training invitation on buprenorphine prescribing for pain and addiction fellows; no patient.",
  A("Addiction Medicine Education", mf("addiction-ed")),
  A("Pain Medicine Fellows", mf("pain-fellows")),
  "Buprenorphine for pain and OUD: 4-hour training, Oct 3 (counts toward DEA education)",
  D(9, 8, 13, 0), """\
Half-day training for pain and palliative fellows and faculty:

  Saturday October 3, 8:00-12:00, Sim Center
  - Transdermal and buccal buprenorphine for chronic pain
  - Low-dose ("micro") induction from full agonists
  - Perioperative management of patients on buprenorphine or methadone
  - Recognising opioid use disorder in patients on long-term opioids

Satisfies the 8-hour DEA training requirement (4 hours here + 4 hours online).
""", client="outlook", trap=True)

M("dialysis-thanksgiving-schedule", "none",
  "Dialysis unit holiday schedule change for shift groups; no individual patient.",
  A("Marrowfield Dialysis North", mf("dialysis-north")),
  A("Dialysis North Staff", mf("dialysis-north-staff")),
  "Thanksgiving week: Thursday patients move to Wednesday; extra Sunday shift",
  D(11, 10, 15, 45), """\
Thanksgiving schedule (posted in the lobby and given to patients in English,
Spanish and Vietnamese):

  Tue/Thu/Sat patients: Thursday 11/26 treatments move to Wednesday 11/25.
  Mon/Wed/Fri patients: no change; Friday runs normally.
  Extra shift Sunday 11/22, 6 am, for anyone who needs to travel.

Transport companies have been told. Please sign up for the Wednesday
late shift by Friday.

Dialysis North Leadership | 555-0121
""", client="outlook", trap=True)

M("donor-thank-you-infusion-garden", "none",
  "Foundation thank-you to a named donor for a healing garden; no health information.",
  A("Marrowfield Health Foundation", "giving@foundation.marrowfield.example.org"),
  A("Eleanor Whitcombe", "ewhitcombe@mailbox.example.net"),
  "Thank you, Eleanor - the Infusion Center healing garden is open",
  D(6, 5, 10, 0), """\
Dear Eleanor,

Thank you for your generous gift of $25,000 to the Infusion Center Healing
Garden. The garden opened on Monday and our first visitors were two of our
infusion nurses on their lunch break, and then a steady stream of patients
and families between appointments.

Your name is on the bench by the fountain, as you asked.

This letter is your receipt: gift ID G-2026-04418, received May 28, 2026.
No goods or services were provided in exchange.

With gratitude,
Celeste Amundsen
Vice President, Marrowfield Health Foundation | 555-0107
""", client="outlook", trap=True)

_NL_ORIG = ("From: Lakeshore MS Society <news@lakeshorems.example.org>\r\n"
            "To: Former Member <kbarlow@oldisp.example.net>\r\n"
            "Subject: MS Walk 2026: register your team\r\n"
            "Date: Mon, 16 Mar 2026 08:00:00 -0400\r\n"
            "Message-ID: <walk2026.8812@lakeshorems.example.org>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=\"us-ascii\"\r\n"
            "Content-Transfer-Encoding: 7bit\r\n\r\n"
            "MS Walk 2026 is April 25! Every step funds research into progressive MS,\r\n"
            "remyelination and symptom management. Register your team today at\r\n"
            "https://walk.lakeshorems.example.org.\r\n").encode("ascii")

M("bounce-ms-walk-newsletter", "none",
  "Delivery failure returning an MS Society walk newsletter; nothing about a person's care.",
  A("Mail Delivery System", "MAILER-DAEMON@mx1.lakeshorems.example.org"),
  A("", "news@lakeshorems.example.org"),
  "Undelivered Mail Returned to Sender",
  D(3, 16, 8, 2, 31),
  REPORT("""\
This is the mail system at host mx1.lakeshorems.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<kbarlow@oldisp.example.net>: host mx.oldisp.example.net[198.51.100.25] said:
    550 5.1.1 <kbarlow@oldisp.example.net>: Recipient address rejected: User
    unknown in virtual mailbox table
""", """\
Reporting-MTA: dns; mx1.lakeshorems.example.org
X-Postfix-Queue-ID: 4F2A81C0D3
Arrival-Date: Mon, 16 Mar 2026 08:00:04 -0400 (EDT)

Final-Recipient: rfc822; kbarlow@oldisp.example.net
Original-Recipient: rfc822;kbarlow@oldisp.example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.oldisp.example.net
Diagnostic-Code: smtp; 550 5.1.1 <kbarlow@oldisp.example.net>: Recipient address
    rejected: User unknown in virtual mailbox table
""", _NL_ORIG), client="system", trap=True)

# ordinary mail ----------------------------------------------------------
M("cancer-institute-potluck", "none", "Staff potluck sign-up.",
  A("Gina Abernathy", mf("gina.abernathy")), A("Radiation Oncology Staff", mf("radonc-staff")),
  "Potluck Friday! Sign-up sheet inside",
  D(12, 7, 11, 4), """\
Holiday potluck Friday 12/18 at noon in the dosimetry workroom. So far we
have: 3 lasagnas (please, someone bring a salad), Arjun's samosas, Tobias's
"famous" chili, and Gina's cookies. Sheet is on the fridge.

Secret Santa limit is $20.
""", client="outlook")

M("fire-drill-pavilion-b", "none", "Facilities fire drill notice.",
  A("Marrowfield Facilities", mf("facilities")), A("Pavilion B Occupants", mf("pavilion-b")),
  "Fire drill Pavilion B - Thursday between 10 and 11 am",
  D(4, 20, 16, 0), """\
An unannounced-window fire drill will be held in Pavilion B on Thursday
April 23 between 10:00 and 11:00. Alarms will sound on floors 1-4. Staff
should follow RACE/PASS and close all doors. Elevators will recall to the
lobby for about 10 minutes.

Facilities Management | 555-0108
""", client="system")

M("password-expiry-notice", "none", "IT password expiry notice.",
  A("Marrowfield IT Service Desk", mf("itsd")), A("Lydia Fenwick", mf("lydia.fenwick")),
  "Your network password expires in 5 days",
  D(7, 27, 6, 0), """\
Hello Lydia Fenwick,

Your Marrowfield network password expires in 5 days (on 08/01/2026).
Change it from any workstation with Ctrl+Alt+Del > Change a password, or
at https://password.marrowfield.example.org.

IT will never ask for your password by e-mail or phone.
IT Service Desk | 555-0100
""", client="system", bare=True)

M("mfa-number-matching-rollout", "none", "IT notice on an MFA change.",
  A("Information Security", mf("infosec")), A("All Staff", mf("all-staff")),
  "MFA number matching starts Monday for remote access",
  D(1, 29, 14, 0), """\
Starting Monday February 2, the authenticator app will ask you to type a
two-digit number shown on your screen instead of tapping Approve. This
stops "push fatigue" attacks. If you get a prompt you didn't start, tap
"No, it's not me" and call the Service Desk at 555-0100.
""", client="bulk")

M("cafeteria-menu-week", "none", "Cafeteria weekly menu.",
  A("Food & Nutrition Services", mf("fns")), A("All Staff", mf("all-staff")),
  "This week in the Oakmont Cafe: taco Tuesday and the return of the soup bar",
  D(10, 12, 6, 30), """\
Mon  Roast chicken, wild rice, green beans
Tue  Taco Tuesday (fish, carnitas, black bean)
Wed  Soup bar returns: minestrone, chicken tortilla, lentil
Thu  Chef's choice curry
Fri  Pizza and salad bar

Staff discount 20% with badge. Open 6:30 am - 7:30 pm.
""", client="bulk")

M("vendor-remittance-bank-change", "none",
  "Vendor's request to change remittance bank account; identifier with no health content.",
  A("Northpoint Medical Supply AR", "ar@northpointsupply.example.com"),
  A("Accounts Payable", mf("ap")),
  "Updated remittance instructions - Northpoint Medical Supply (vendor 100288)",
  D(9, 1, 10, 20), """\
Dear Accounts Payable,

Effective October 1, please remit ACH payments for vendor 100288 to:

  Bank: First Harlow Bank
  Routing: 000000018   Account: 4471920083 (operating)

Per your policy, please confirm by calling our controller at the number
already on file (not the number in this e-mail). Signed W-9 to follow.

Northpoint Medical Supply - Accounts Receivable
""", client="outlook")

M("badge-renewal-employee-id", "none",
  "Badge renewal reminder with an employee ID; no health content.",
  A("Security Services", mf("security")), A("Curtis Yuen", mf("curtis.yuen")),
  "Badge renewal due - employee ID 00418827",
  D(5, 18, 8, 0), """\
Hi Curtis,

Your ID badge (employee ID 00418827, badge 7741-2210) expires on 06/01/2026.
Visit Security Services in the Pavilion A lobby, Mon-Fri 7-5, with a photo
ID. The new badge prints in about five minutes.

Security Services | 555-0109
""", client="system")

M("lure-payroll-direct-deposit", "none", "Payroll phishing; no health content.",
  A("HR Payroll", "payroll-update@marrowfield-hr.example.net"), A("", mf("tasha.rimmer")),
  "Direct deposit change confirmation required today",
  D(2, 13, 4, 44), """\
Your direct deposit information will be suspended before Friday's payroll
unless you confirm your details.

Confirm here: https://marrowfield-hr.example.net/payroll/confirm

HR Payroll Department
""", client="bulk", hdrs=[("X-Spam-Flag", "YES")])


# ------------------------------------------------- none, not in English --
M("lieferengpass-cisplatin-amk", "none",
  "German drug-shortage memo from a hospital drug committee; no patient.",
  A("Arzneimittelkommission Klinikum Auental", "amk@klinikum-auental.example.de.test", "iso-8859-1", "Q"),
  A("Chefärztinnen und Chefärzte Onkologie", "onko-leitung@klinikum-auental.example.de.test", "iso-8859-1", "Q"),
  "Lieferengpass Cisplatin und Carboplatin: Maßnahmen ab 20.04.",
  D(4, 16, 14, 30, tz="+0200"), T("""\
Sehr geehrte Kolleginnen und Kollegen,

der Großhandel hat uns für Cisplatin und Carboplatin nur noch etwa 60 % der
üblichen Menge zugeteilt. Die Arzneimittelkommission hat deshalb
beschlossen:

  1. Anbrüche werden unter der Sicherheitswerkbank in der Zytostatika-
     Herstellung gemeinsam genutzt (Haltbarkeit laut Fachinformation).
  2. Carboplatin-Dosen nach AUC werden auf 50 mg gerundet (max. 10 %),
     außer bei kurativer Intention mit Vermerk "nicht runden".
  3. Ein Wechsel von Cisplatin auf Carboplatin erfolgt nur durch die
     behandelnde Ärztin bzw. den behandelnden Arzt.
  4. Studienware ist nicht betroffen.

Bitte keine Patientennamen in Antworten an den Verteiler.

Mit freundlichen Grüßen
Dr. rer. nat. Sabine Reuter
Leitung Apotheke, Klinikum Auental
Tel. 0621 555-0142
""", "iso-8859-1", "quoted-printable"), lang="de", scs="iso-8859-1", smode="Q", client="outlook", trap=True)

M("avviso-sicurezza-strisce-glicemia", "none",
  "Italian field safety notice for glucose test strip lots; devices, no patient.",
  A("Farmacovigilanza e Dispositivi - Ospedale San Lorenzo", "dispositivi@sanlorenzo-valmora.example.it.test"),
  A("Reparti e Ambulatori di Diabetologia", "diabetologia@sanlorenzo-valmora.example.it.test"),
  "AVVISO DI SICUREZZA: strisce reattive GlucoVita, lotti 2504A-2507C",
  D(5, 20, 9, 10, tz="+0200"), T("""\
Gentili colleghi,

il fabbricante ci ha comunicato un avviso di sicurezza (FSN 2026-014) per le
strisce reattive per glicemia GlucoVita:

  Lotti interessati: 2504A, 2505B, 2506A, 2507C
  Problema: possibile sovrastima della glicemia fino al 15% con valori
  di ematocrito inferiori al 30%.

Cosa fare:
  - ritirare le confezioni dei lotti indicati dai carrelli e dagli
    ambulatori e consegnarle alla farmacia entro venerdì;
  - nei pazienti in dialisi o in chemioterapia con anemia, confermare i
    valori dubbi con un prelievo venoso;
  - i pazienti a domicilio riceveranno una lettera dal fabbricante.

Ufficio Dispositivi Medici - tel. 0471 555-0133
""", "utf-8", "8bit"), lang="it", client="outlook", trap=True)

M("biuletyn-cukrzyca-listopad", "none",
  "Polish diabetes association newsletter for World Diabetes Day; general education.",
  A("Stowarzyszenie Diabetyków Brzozów", "biuletyn@diabetycy-brzozow.example.pl.test", "iso-8859-2", "Q"),
  A("Członkowie", "czlonkowie@diabetycy-brzozow.example.pl.test", "iso-8859-2", "Q"),
  "Biuletyn listopadowy: Światowy Dzień Walki z Cukrzycą 14.11",
  D(11, 2, 8, 0, tz="+0100"), T("""\
Drodzy Członkowie,

14 listopada obchodzimy Światowy Dzień Walki z Cukrzycą. Zapraszamy:

  * bezpłatne pomiary glukozy i ciśnienia - sobota 14.11, godz. 10-14,
    hol Szpitala Wojewódzkiego w Brzozowie;
  * wykład "Systemy ciągłego monitorowania glikemii (CGM) - dla kogo
    refundacja?" - dr Ewa Maciejewska, poradnia diabetologiczna;
  * warsztaty "Stopa cukrzycowa - jak dbać o stopy" z pielęgniarką
    z poradni leczenia ran.

Przypominamy, że składki członkowskie na 2027 rok można wpłacać od grudnia.

Zarząd Stowarzyszenia
tel. 13 555 0147
""", "iso-8859-2", "quoted-printable"), lang="pl", scs="iso-8859-2", smode="Q", client="thunderbird", trap=True)

M("irae-seminar-kanagawa", "none",
  "Japanese CME seminar invitation on immune-related adverse events; no patient.",
  A("腫瘍内科セミナー事務局", "seminar@onc-kanagawa.example.jp.test", "iso-2022-jp", "B"),
  A("腫瘍内科 医師各位", "oncology-drs@onc-kanagawa.example.jp.test", "iso-2022-jp", "B"),
  "【ご案内】免疫関連有害事象（irAE）マネジメントセミナー 10月21日",
  D(9, 30, 17, 0, tz="+0900"), T("""\
先生方

お疲れ様です。セミナー事務局です。
下記のとおり、免疫チェックポイント阻害薬による免疫関連有害事象（irAE）の
マネジメントに関するセミナーを開催いたします。

日時：2026年10月21日（水）18:30〜20:00
場所：本館5階 大会議室（Web同時配信あり）
演題：
  1. 甲状腺機能障害・下垂体炎の早期発見
  2. 免疫関連大腸炎とステロイド抵抗例への対応
  3. 劇症1型糖尿病：救急外来で見逃さないために

症例提示は匿名化したものに限ります。
参加申込は10月14日までに本メールへご返信ください。

腫瘍内科セミナー事務局
電話 045-555-0142
""", "iso-2022-jp", "7bit"), lang="ja", scs="iso-2022-jp", client="outlook", trap=True)

M("shequ-aizheng-shaicha-huodong", "none",
  "Chinese community cancer-screening event flyer; general health education.",
  A("华人社区健康中心", "health@huarenzx.example.org", "gb2312", "B"),
  A("社区会员", "members@huarenzx.example.org", "gb2312", "B"),
  "免费癌症筛查日：乙肝、大肠癌和乳腺癌筛查（十月十七日）",
  D(10, 6, 9, 0), T("""\
各位社区朋友：

华人社区健康中心将与本市医院癌症中心合作，举办免费癌症筛查日。

时间：十月十七日（星期六）上午九点至下午一点
地点：社区中心二楼礼堂
项目：
  一、乙型肝炎血液检查（乙肝与肝癌密切相关）
  二、大肠癌粪便检测试剂盒（五十岁以上）
  三、乳腺癌筛查预约（四十岁以上女性）

现场有普通话和粤语翻译。检查结果将由医生单独通知本人。

请提前报名：电话 555-0119
华人社区健康中心
""", "gb2312", "base64"), lang="zh", scs="gb2312", client="bulk", trap=True)

M("ramadan-sukkari-irshadat", "none",
  "Arabic community guidance on fasting in Ramadan with diabetes; general education.",
  A("مركز صحة الجالية العربية", "info@arabhealth-center.example.org", "windows-1256", "B"),
  A("قائمة المجتمع", "community@arabhealth-center.example.org", "windows-1256", "B"),
  "إرشادات الصيام في رمضان لمرضى السكري",
  D(2, 10, 12, 0), T("""\
السلام عليكم ورحمة الله،

مع اقتراب شهر رمضان المبارك، نذكّر إخواننا وأخواتنا المصابين بمرض السكري
بما يلي:

1. استشر طبيبك قبل رمضان بأسابيع لتعديل مواعيد وجرعات الأدوية والأنسولين.
2. افحص السكر في الدم عدة مرات يومياً، ولا يُفطر الفحص.
3. أفطر فوراً إذا انخفض السكر عن 70 أو ارتفع فوق 300 ملغ/دل.
4. مرضى الكلى وغسيل الكلى والحوامل يحتاجون إلى تقييم خاص.

محاضرة مجانية يوم السبت 21 فبراير الساعة السادسة مساءً في قاعة المركز،
يقدمها فريق مركز السكري والغدد الصماء.

للاستفسار: 555-0122
""", "windows-1256", "base64"), lang="ar", scs="windows-1256", client="bulk", trap=True)

M("thalassemia-hamayesh-khanevadeh", "none",
  "Farsi announcement of a thalassaemia family support meeting; no individual.",
  A("انجمن حمایت از بیماران تالاسمی", "info@thal-support.example.org"),
  A("اعضای انجمن", "members@thal-support.example.org"),
  "نشست ماهانه خانواده‌های بیماران تالاسمی - پنجشنبه ۲۴ مهر",
  D(10, 12, 10, 30, tz="+0330"), T("""\
با سلام و احترام،

نشست ماهانه خانواده‌های بیماران تالاسمی روز پنجشنبه ساعت ۱۷ در سالن
اجتماعات انجمن برگزار می‌شود.

موضوع این ماه:
  - داروهای آهن‌زدا (دفروکسامین، دفراسیروکس) و عوارض آن‌ها
  - تزریق خون منظم و اهمیت ام‌آر‌آی قلب (T2*)
  - گزارش درباره ژن‌درمانی و پیوند مغز استخوان

حضور والدین و نوجوانان آزاد است. لطفاً سؤال‌های شخصی درباره درمان فرزند خود
را با پزشک معالج مطرح کنید.

تلفن انجمن: ۵۵۵-۰۱۲۳
""", "utf-8", "quoted-printable"), lang="fa", client="gmail", trap=True)

M("corrida-contra-leucemia-inscricoes", "none",
  "Portuguese leukaemia foundation fundraiser run; marketing naming diseases.",
  A("Instituto Aurora contra a Leucemia", "eventos@institutoaurora.example.org", "iso-8859-1", "Q"),
  A("Apoiadores", "apoiadores@institutoaurora.example.org", "iso-8859-1", "Q"),
  "Inscrições abertas: Corrida Aurora 5 km - 100% para o cadastro de doadores de medula",
  D(8, 3, 9, 0, tz="-0300"), T("""\
Olá!

A Corrida Aurora 2026 acontece no domingo, 27 de setembro, no Parque da
Cidade. Toda a renda vai para o cadastro de doadores voluntários de medula
óssea e para a casa de apoio que hospeda crianças com leucemia em
tratamento e suas famílias.

  Inscrição 5 km: R$ 80
  Caminhada 3 km: R$ 50
  Kit: camiseta, medalha e número de peito

Quem se cadastrar como doador de medula no dia ganha a inscrição.

Inscreva-se: https://corrida.institutoaurora.example.org
Instituto Aurora - (11) 555-0146
""", "iso-8859-1", "8bit"), lang="pt", scs="iso-8859-1", smode="Q", client="bulk", trap=True)

M("lop-dinh-duong-loc-than", "none",
  "Vietnamese dialysis nutrition class announcement; general education for a patient group.",
  A("Marrowfield Dialysis North", mf("dialysis-north")),
  A("Danh sách bệnh nhân - thông báo chung", mf("dialysis-north-announce")),
  "Lớp dinh dưỡng cho người chạy thận: thứ Ba 14/4",
  D(4, 7, 10, 0), T("""\
Kính gửi quý bệnh nhân và gia đình,

Chuyên viên dinh dưỡng của trung tâm lọc thận sẽ tổ chức lớp học bằng tiếng
Việt:

  Thời gian: thứ Ba, ngày 14 tháng 4, 1 giờ chiều (sau ca lọc sáng)
  Địa điểm: phòng chờ tầng 1

Nội dung:
  - Hạn chế kali: chuối, cam, khoai tây và nước mắm
  - Phốt-pho và thuốc gắn phốt-pho uống trong bữa ăn
  - Uống bao nhiêu nước giữa hai lần lọc
  - Món ăn Việt Nam ít muối

Có bánh và trà. Người nhà được mời tham dự.
Điện thoại: 555-0121
""", "utf-8", "base64"), lang="vi", client="system", trap=True)

M("yubang-am-ingsik-news", "none",
  "Korean hospital newsletter for breast cancer awareness month; general education.",
  A("한빛병원 소식지", "news@hanbit-hosp.example.kr.test", "euc-kr", "B"),
  A("소식지 구독자", "subscribers@hanbit-hosp.example.kr.test", "euc-kr", "B"),
  "[10월 소식지] 유방암 인식의 달 - 자가검진 방법과 무료 검진 안내",
  D(10, 1, 9, 0, tz="+0900"), HT("""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body style="font-family:Malgun Gothic,sans-serif">
<h2>10월은 유방암 인식의 달입니다</h2>
<p>유방암은 국내 여성에게 가장 많이 발생하는 암입니다. 조기에 발견하면 5년 생존율이 90% 이상입니다.</p>
<h3>자가검진 방법</h3>
<ol><li>매달 생리가 끝난 후 일주일 이내에 검사하세요.</li>
<li>거울 앞에서 모양과 피부 변화를 확인하세요.</li>
<li>세 손가락으로 원을 그리며 멍울이 있는지 만져 보세요.</li></ol>
<h3>무료 검진</h3>
<p>10월 한 달 동안 40세 이상 여성은 유방촬영술을 무료로 받으실 수 있습니다. 예약: 02-555-0143</p>
<p style="font-size:11px;color:#888">한빛병원 홍보팀</p>
</body></html>
""", "euc-kr", "base64"), lang="ko", scs="euc-kr", client="bulk", trap=True)

M("estudio-insuficiencia-cardiaca-reclutamiento", "none",
  "Spanish trial recruitment advertisement for heart failure; addressed to the public.",
  A("Oficina de Ensayos Clínicos Marrowfield", mf("trials")),
  A("Boletín Comunitario", mf("community-es")),
  "¿Tiene insuficiencia cardíaca? Estudio CARDIQOR-HF3 busca participantes",
  D(2, 16, 9, 0), ALT(T("""\
¿Tiene insuficiencia cardíaca con fracción de eyección de 40% o menos?

Puede participar en un estudio de investigación de un medicamento en
investigación (CARDIQOR) que se toma una vez al día junto con sus
medicamentos habituales.

  - Adultos de 18 años o más
  - Visitas en el Instituto del Corazón de Marrowfield
  - Medicamento y pruebas del estudio sin costo
  - Compensación por tiempo y transporte

Llame al 555-0139 (hablamos español) o visite
https://trials.marrowfield.example.org/cardiqor-hf3/es

Protocolo MFH-CQ-301. La participación es voluntaria.
"""), HT("""\
<html><body><h2>Estudio CARDIQOR-HF3</h2>
<p>¿Tiene <b>insuficiencia cardíaca</b>? Llame al <b>555-0139</b> (hablamos español).</p>
<p>Protocolo MFH-CQ-301. La participación es voluntaria.</p></body></html>
""")), lang="es", client="bulk", trap=True)

M("congres-soins-palliatifs-appel", "none",
  "French palliative care congress call for abstracts; no individual.",
  A("Société Régionale de Soins Palliatifs", "congres@srsp.example.fr.test"),
  A("Adhérents", "adherents@srsp.example.fr.test"),
  "Congrès régional de soins palliatifs : appel à communications avant le 15 janvier",
  D(11, 25, 10, 0, tz="+0100"), T("""\
Chères et chers collègues,

Le 12e congrès régional de soins palliatifs aura lieu les 9 et 10 avril à
Lyon. Thèmes retenus :

  - Sédation profonde et continue : pratiques et éthique
  - Soins palliatifs précoces en oncologie et en insuffisance cardiaque
  - Arrêt de la dialyse : accompagner le patient et ses proches
  - Douleur réfractaire et méthadone en soins palliatifs

Les résumés (300 mots) sont à déposer avant le 15 janvier. Les cas
cliniques doivent être anonymisés.

Le comité scientifique
""", "utf-8", "8bit"), lang="fr", client="thunderbird", trap=True)

M("grupo-apoyo-diabetes-jueves", "none",
  "Spanish diabetes support-group reminder typed on a phone; no individual's care.",
  A("Renee Dufresne", mf("renee.dufresne")),
  A("Grupo de Apoyo Diabetes", mf("diabetes-grupo")),
  "Recordatorio: grupo de apoyo de diabetes este jueves",
  D(3, 10, 17, 52), T("""\
Hola a todos!

Recuerden que el grupo de apoyo de diabetes es este jueves a las 6 pm en
la sala 2 del Centro de Diabetes. El tema es "cómo leer las etiquetas de
los alimentos" y vamos a probar recetas bajas en carbohidratos. Traigan su
glucómetro o su sensor si quieren preguntar cómo descargar los datos.

Hay intérprete y estacionamiento gratis.

Renee
Enviado desde mi iPhone
""", "utf-8", "8bit", flowed=True), lang="es", client="iphone", trap=True)

M("rheumaliga-infoabend-biologika", "none",
  "German rheumatism league info evening on biologics; general education.",
  A("Rheumaliga Kreis Auental", "info@rheumaliga-auental.example.de.test"),
  A("Mitglieder", "mitglieder@rheumaliga-auental.example.de.test"),
  "Infoabend: Biologika und Biosimilars bei rheumatoider Arthritis - 18. März",
  D(3, 2, 11, 15, tz="+0100"), T("""\
Liebe Mitglieder,

herzliche Einladung zu unserem Infoabend:

  "Biologika, Biosimilars und JAK-Hemmer - was ist neu?"
  Mittwoch, 18. März, 19:00 Uhr, Gemeindesaal St. Martin
  Referentin: Dr. med. Katrin Oberle, Rheumatologie Klinikum Auental

Themen: Umstellung auf Biosimilars, Impfungen unter Immuntherapie,
Tuberkulose-Test vor Therapiebeginn, Kinderwunsch und Rheuma-Medikamente.

Im Anschluss ist Zeit für allgemeine Fragen. Individuelle
Therapieentscheidungen besprechen Sie bitte mit Ihrer Rheumatologin.

Ihre Rheumaliga Kreis Auental
Tel. 0621 555-0158
""", "utf-8", "quoted-printable"), lang="de", client="outlook", trap=True)

M("volontari-associazione-leucemie", "none",
  "Italian leukaemia association call for volunteers at a hospital day centre; no patient.",
  A("Associazione Valmora contro le Leucemie", "volontari@avl-valmora.example.it.test", "iso-8859-1", "Q"),
  A("Volontari AVL", "lista-volontari@avl-valmora.example.it.test", "iso-8859-1", "Q"),
  "Cerchiamo volontari per il Day Hospital di Ematologia - turni di novembre",
  D(10, 19, 18, 30, tz="+0200"), T("""\
Care volontarie, cari volontari,

il Day Hospital di Ematologia dell'Ospedale San Lorenzo ci chiede più
presenze a novembre: accoglienza in sala d'attesa, distribuzione di tè e
biscotti, accompagnamento ai prelievi e ai trasfusionali.

Turni disponibili: lunedì-venerdì 8-11 e 11-14.
Ricordate: non si chiedono ai pazienti notizie sulla loro malattia e non si
scattano fotografie.

Per iscriversi: rispondete a questa mail o chiamate Giulia, 0471 555-0135.

Grazie di cuore!
AVL Valmora
""", "iso-8859-1", "quoted-printable"), lang="it", scs="iso-8859-1", smode="Q", client="thunderbird", trap=True)

M("touseki-shift-hyou-11gatsu", "none",
  "Japanese dialysis clinic staff shift roster (CSV in Shift_JIS); staff only.",
  A("透析センター 看護師長", "kango@touseki-midori.example.jp.test", "shift_jis", "B"),
  A("透析センター スタッフ", "staff@touseki-midori.example.jp.test", "shift_jis", "B"),
  "11月 勤務表（確定版）",
  D(10, 28, 18, 5, tz="+0900"),
  MIX(T("""\
スタッフの皆さん

11月の勤務表（確定版）を添付します。
夜間透析（月水金）の応援は佐藤さん、田中さんにお願いしました。
変更希望は10月31日までに師長まで。

透析センター 看護師長 山本
""", "shift_jis", "base64"), ATT("text/csv", nl("""日付,早番,日勤,夜間透析,臨床工学技士
11/2,佐藤,田中・鈴木,高橋,伊藤
11/3,鈴木,佐藤・渡辺,休診,伊藤
11/4,田中,高橋・山田,佐藤,中村
11/5,渡辺,鈴木・田中,休診,中村
11/6,高橋,佐藤・山田,田中,伊藤
""").encode("shift_jis"), "kinmu_2026-11.csv", params=['charset="shift_jis"'])),
  lang="ja", scs="shift_jis", client="outlook", trap=True)

M("yaopin-duanque-tongzhi", "none",
  "Traditional Chinese hospital pharmacy notice of an oncology drug shortage; no patient.",
  A("藥劑部", "pharmacy@ren-ai-hosp.example.tw.test", "big5", "B"),
  A("血液腫瘤科醫師", "hemonc@ren-ai-hosp.example.tw.test", "big5", "B"),
  "藥品短缺通知：長春新鹼注射劑暫停供貨",
  D(7, 8, 10, 20, tz="+0800"), T("""\
各位醫師好：

廠商通知長春新鹼（vincristine）1 mg 注射劑因原料問題暫停供貨，預計
八月中旬恢復。本院庫存約可使用三週。

因應措施：
一、化療處方請依實際劑量開立，藥劑部將集中調配以減少耗損。
二、臨床試驗用藥不受影響。
三、如需改用其他藥品，請由主治醫師決定並於病歷中記錄。

藥劑部 臨床藥學組
分機 555-0125
""", "big5", "8bit"), lang="zh", scs="big5", client="outlook", trap=True)

M("aviso-mantenimiento-correo", "none", "Spanish IT maintenance notice.",
  A("Informática Hospital Costa Verde", "informatica@hcostaverde.example.es.test", "iso-8859-1", "Q"),
  A("Todo el personal", "personal@hcostaverde.example.es.test", "iso-8859-1", "Q"),
  "Mantenimiento del correo electrónico el sábado de 22:00 a 02:00",
  D(6, 10, 12, 0, tz="+0200"), T("""\
Estimados compañeros:

El sábado 13 de junio, entre las 22:00 y las 02:00, se realizará el
mantenimiento de los servidores de correo. Durante ese periodo no se podrán
enviar ni recibir mensajes. La historia clínica electrónica no se verá
afectada.

Servicio de Informática - ext. 555-0104
""", "iso-8859-1", "quoted-printable"), lang="es", scs="iso-8859-1", smode="Q", client="system")

M("oferta-pracy-pielegniarka-dializy", "none",
  "Polish job posting for a dialysis nurse; HR mail.",
  A("Dział Kadr - Stacja Dializ NefroMed", "kadry@nefromed.example.pl.test"),
  A("Pielęgniarki - lista", "pielegniarki@nefromed.example.pl.test"),
  "Oferta pracy: pielęgniarka / pielęgniarz stacji dializ (pełny etat)",
  D(5, 4, 9, 0, tz="+0200"), T("""\
Stacja Dializ NefroMed zatrudni pielęgniarkę lub pielęgniarza.

Wymagania:
  - prawo wykonywania zawodu,
  - mile widziany kurs specjalistyczny "Leczenie nerkozastępcze",
  - gotowość do pracy w systemie zmianowym (również soboty).

Oferujemy umowę o pracę, dodatek za pracę przy hemodializie, szkolenia
z obsługi przetok tętniczo-żylnych i cewników permanentnych.

CV prosimy przesyłać na adres kadry@nefromed.example.pl.test do 31 maja.
""", "utf-8", "8bit"), lang="pl", client="outlook", trap=True)

M("tongyeok-coordinator-bujae", "none",
  "Korean interpreter coordinator's out-of-office with general instructions; no patient.",
  A("서민지 (통역 코디네이터)", mf("minji.seo"), "utf-8", "B"),
  A("Calder Medical Field Actions", "fieldaction@caldermed.example.com"),
  "자동 회신: URGENT Field Safety Notice FSN-2026-031",
  D(3, 11, 9, 1), T("""\
안녕하세요. 저는 3월 16일까지 휴가 중입니다.

암센터나 투석실 진료 예약의 한국어 통역이 필요하신 분은 통역 서비스
대표번호 555-0102로 연락해 주십시오. 응급 상황에서는 전화 통역이 24시간
가능합니다.

Thank you. I am out of the office until March 16. For Korean interpreter
requests, please call Interpreter Services at 555-0102.

서민지 | 통역 서비스 코디네이터 | Marrowfield Health
""", "utf-8", "base64"), lang="ko", client="outlook",
  hdrs=[("Auto-Submitted", "auto-replied")], trap=True)


# ================================================================= phi ==
M("c3d1-folfox-anc-hold", "phi",
  "Infusion nurse shorthand about a named patient (MRN): C3D1 FOLFOX held for ANC 0.9.",
  A("Colleen Marsh", mf("colleen.marsh")), A("Dr. Priya Raman", mf("priya.raman")),
  "Ramirez H - C3D1 FOLFOX, ANC 0.9 - hold?",
  D(3, 17, 8, 52), """\
Dr R -

Ramirez, Hector  MRN 40018834  chair 14
C3D1 FOLFOX today. CBC back: ANC 0.9, plt 88, Hgb 10.1. Grade 1
neuropathy fingers, no cold dysesthesia issues. Wt stable 71.2 kg.

Per parameters (ANC < 1.5) I'm holding. OK to reschedule for 1 wk w/
repeat CBC Mon? Or do you want to dose reduce 5-FU bolus / add G-CSF?

Pt is in the chair waiting, wife with him.

Colleen
555-0116
""", client="outlook")

M("subject-only-radiation-skin-fx14", "phi",
  "borderline: body says only 'see subject'; the name and radiation skin reaction at fraction 14 are only in the Subject.",
  A("Gina Abernathy", mf("gina.abernathy")), A("Dr. Tobias Wendt", mf("tobias.wendt")),
  "Okafor, Jerome - fx 14/25 L breast/chest wall - moist desquamation inframammary fold, hold today?",
  D(5, 12, 10, 3), """\
See subject. Therapists paged me - he's on the table now. Can you come to
Linac 3 before 10:30?

G
""", client="iphone")

M("dialysis-missed-tx-csv", "phi",
  "CSV attachment lists named dialysis patients with missed treatments and potassium values; body is generic.",
  A("Marisol Quintero", mf("marisol.quintero")), A("Dr. Adaeze Nwosu", mf("adaeze.nwosu")),
  "Missed/shortened treatments - week 37",
  D(9, 14, 7, 20),
  MIX(T("""\
Dr. Nwosu,

Weekly list for QAPI attached. Three of them have been called by social
work; Mr. Gaines says his ride fell through again.

Marisol
"""), ATT("text/csv", nl("""patient,mrn,schedule,missed,shortened_min,pre_k,idwg_kg,note
"Gaines, Leonard",40031177,MWF 2nd,2,0,6.4,4.1,transport
"Sorensen, Ruth",40029904,TTS 1st,0,45,5.2,2.8,cramping - left early
"Abara, Chidi",40040218,MWF 1st,1,0,5.9,3.6,ED visit 9/9 for fluid overload
"Villanueva, Rosa",40025530,TTS 2nd,0,30,4.8,3.2,access alarms - fistulogram req
"""), "wk37_missed_shortened.csv", params=['charset="utf-8"'])), client="outlook")

M("infusion-orders-rchop-pdf", "phi",
  "PDF attachment (text layer) holds a named patient's R-CHOP treatment orders; body says only 'signed orders attached'.",
  A("Dr. Priya Raman", mf("priya.raman")), A("Infusion Pharmacy", mf("infusion-pharmacy")),
  "signed orders attached",
  D(2, 4, 18, 40),
  MIX(T("""\
Signed. Please verify for tomorrow 8 am.

PR

Sent from my iPad
"""), ATT("application/pdf", pdf([
      "MARROWFIELD CANCER INSTITUTE - CHEMOTHERAPY TREATMENT ORDERS",
      "Patient: Whitaker, Donna M.     MRN: 40027765     DOB: 07/22/1959",
      "Diagnosis: Diffuse large B-cell lymphoma, stage IIIA (C83.38)",
      "Regimen: R-CHOP every 21 days, cycle 2 day 1 - 02/05/2026",
      "Height 163 cm   Weight 68.4 kg   BSA 1.74 m2",
      "",
      "Premeds: acetaminophen 650 mg PO, diphenhydramine 25 mg IV, ondansetron 16 mg PO",
      "Rituximab 375 mg/m2 = 650 mg IV (rapid infusion if tolerated C1)",
      "Cyclophosphamide 750 mg/m2 = 1300 mg IV",
      "Doxorubicin 50 mg/m2 = 85 mg IV push via port",
      "Vincristine 1.4 mg/m2 = 2 mg (capped) IV",
      "Prednisone 100 mg PO days 1-5",
      "Pegfilgrastim on-body injector day 1",
      "Treatment parameters: ANC >= 1.0, platelets >= 75",
      "Electronically signed: Priya Raman, MD   02/04/2026 18:31",
  ], title="Orders Whitaker C2"), "orders_40027765_C2D1.pdf")), client="apple")

M("lmn-rituximab-docx-filled", "phi",
  "DOCX letter of medical necessity for a named patient with DOB, member ID and diagnosis.",
  A("Nadia Kowalski", mf("nadia.kowalski")),
  A("Clearwater Health Plan UM", "um-fax@clearwaterhp.example.com"),
  "LMN - rituximab - member CWH448201937",
  D(1, 21, 15, 5),
  MIX(T("""\
Please find the letter of medical necessity attached for the pending
authorisation (ref PA-2026-0119-3381). Clinical notes follow by fax.

Nadia Kowalski | Financial Counselor, Infusion Services | 555-0129
"""), ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
      "January 21, 2026",
      "Clearwater Health Plan Utilization Management",
      "RE: Teresa Lindgren   DOB: 11/03/1971   Member ID: CWH448201937",
      "Request: rituximab-abbs 1000 mg IV days 1 and 15, HCPCS Q5115",
      "Diagnosis: Granulomatosis with polyangiitis (M31.31)",
      "Dear Medical Director,",
      "Ms. Lindgren has biopsy-proven GPA with PR3-ANCA positivity and pulmonary nodules. She relapsed on azathioprine maintenance in December with hemoptysis and a creatinine rise to 1.9 mg/dL. Rituximab induction is the standard of care and cyclophosphamide is contraindicated because of prior cumulative exposure.",
      "Sincerely,",
      "Samuel Okonkwo-Reid, MD   NPI: " + npi("148203119"),
  ]), "LMN_Lindgren_rituximab.docx")), client="outlook")

M("hl7-tacrolimus-live-alert", "phi",
  "Interface error alert carries a live HL7 result: a named transplant patient's tacrolimus level of 18.2.",
  A("Corbel Interface Engine", "corbel@integration.marrowfield.example.org"),
  A("Integration On-Call", mf("integration-oncall")),
  "[Corbel] LAB_TX_LEVELS_OUT error 207 - message held (1)",
  D(6, 9, 5, 17),
  MIX(T("""\
Channel LAB_TX_LEVELS_OUT held 1 message: AE 207 (application error)
from Orrin: "Order not found for OBR-3". Held message attached. Resend
after correcting the order number.
"""), ATT("application/hl7-v2", hl7(
      "MSH|^~\\&|CORELAB|MFH|ORRIN|MFH|20260609051522||ORU^R01|LAB8891204|P|2.5.1",
      "PID|1||40036612^^^MFH^MR||ESPINOZA^MARCO^A||19680412|M|||77 Birch Hollow Rd^^Harlow^ST^00000",
      "PV1|1|O|TXCLIN^^^MFH",
      "OBR|1|ORD5512093|FIL7780012|TACRO^Tacrolimus level^L|||20260609043000|||||||||148203119^NWOSU^ADAEZE",
      "OBX|1|NM|TACRO^Tacrolimus level^L||18.2|ng/mL|5.0-15.0|H|||F",
      "NTE|1||Trough drawn 12 h post dose per patient. Kidney transplant 03/2026.",
  ), "held_LAB8891204.hl7")), client="system")

M("ics-ocrelizumab-infusion-invite", "phi",
  "Calendar invitation sent to the patient for her ocrelizumab infusion.",
  A("Marrowfield Neuroscience Infusion", mf("neuro-infusion")),
  A("Keisha Monroe", "keisha.monroe@mailbox.example.net"),
  "Your ocrelizumab infusion - Mon Aug 10, 8:00 am",
  D(7, 20, 14, 0),
  ALT(T("""\
Hi Keisha,

You're scheduled for your 6-month ocrelizumab infusion on Monday, August 10
at 8:00 am in the Neuroscience Infusion Suite (Pavilion C, 2nd floor).
Plan for about 4 hours. Take your usual acetaminophen and cetirizine at
home 30-60 minutes before; we'll give the steroid here.

Questions: 555-0138.
"""), CAL(ics("REQUEST", "inf-88142@neuro-infusion.marrowfield.example.org", "20260810T080000", "20260810T120000",
            "Ocrelizumab infusion (6-month dose) - Keisha Monroe",
            ("Marrowfield Neuroscience Infusion", mf("neuro-infusion")),
            [("Keisha Monroe", "keisha.monroe@mailbox.example.net")],
            "Neuroscience Infusion Suite, Pavilion C 2nd floor",
            "Ocrelizumab 600 mg IV. Premedicate at home with acetaminophen and cetirizine."))),
  client="system")

M("display-name-lvad-parking", "phi",
  "borderline: a parking-voucher e-mail; the care is only in the display names (VAD clinic, recipient described as LVAD patient on warfarin).",
  A("VAD Program Coordinator - LVAD/Heart Failure", mf("vad-coordinator")),
  A("Lionel Baptiste (LVAD pt, warfarin/INR clinic)", "lbaptiste@mailbox.example.net"),
  "Parking vouchers for your next 3 months",
  D(4, 2, 11, 11), """\
Hi Lionel,

Your parking vouchers for April through June are attached to your chart and
ready at the Pavilion A desk. Show your ID when you pick them up.

Have a good weekend,
Shawna
""", client="outlook")

M("attachment-filename-bm-biopsy", "phi",
  "borderline: the body is 'here you go'; the patient's name, DOB and AML relapse biopsy are only in the attachment's file name.",
  A("Trevor Lund", mf("trevor.lund")), A("Dr. Anjali Varkey", mf("anjali.varkey")),
  "the slide you asked for",
  D(11, 9, 16, 44),
  MIX(T("here you go\n\nTrevor\n"), ATT("image/png", png(16, 12, (180, 120, 200)),
      "Kowalczyk_Anna_DOB1958-03-02_BM_bx_AML_relapse_20pct_blasts.png")), client="android")

M("quoted-reply-furosemide-uptitrate", "phi",
  "Short reply over a quoted nurse message about a named heart-failure patient's weight gain and diuretic change.",
  A("Dr. Hannah Lisowski", mf("hannah.lisowski")), A("Paige Dorn", mf("paige.dorn")),
  "RE: Bertrand Cole - wt up 2.3 kg",
  D(1, 15, 12, 7), """\
Yes, do it. 80 BID x3 days then back to 40 BID, BMP Monday. If he's still
up on Monday, bring him in for IV diuretic in the HF clinic.

HL

________________________________
From: Paige Dorn <paige.dorn@marrowfield.example.org>
Sent: Thursday, January 15, 2026 11:48 AM
To: Hannah Lisowski <hannah.lisowski@marrowfield.example.org>
Subject: Bertrand Cole - wt up 2.3 kg

Dr L, Bertrand Cole (MRN 40012290) called - weight up 2.3 kg since Monday
on his home scale, 2-pillow orthopnea, ankles swollen. On furosemide 40
BID, sacubitril/valsartan 49/51, carvedilol 12.5 BID, spironolactone 25,
dapagliflozin 10. K 4.6 last week. OK to double furosemide to 80 BID?

Paige Dorn, RN | Heart Failure Clinic | 555-0153
""", client="outlook")

M("html-only-inr-result-portal", "phi",
  "HTML-only message to the patient with his INR result and warfarin instructions.",
  A("Marrowfield Anticoagulation Clinic", "noreply@my.marrowfield.example.org"),
  A("Walter Ingram", "wingram@mailbox.example.net"),
  "Your INR result and dosing for this week",
  D(2, 19, 15, 30), HT("""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Walter,</p>
<p>Your INR from this morning's fingerstick was <b>3.8</b> (your goal is 2.0 - 3.0).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Day</th><th>Warfarin</th></tr>
<tr><td>Tonight (Thu)</td><td><b>Skip</b></td></tr>
<tr><td>Fri - Wed</td><td>5 mg daily except 2.5 mg on Mon and Fri</td></tr>
</table>
<p>Recheck INR next Thursday, 2/26. Call us at 555-0154 if you notice unusual bleeding,
black stools or a bad headache.</p>
<p>Marrowfield Anticoagulation Clinic</p>
</body></html>
""", cte="quoted-printable"), client="system")

M("base64-pump-site-redness", "phi",
  "Patient writes (base64 body) to her diabetes educator about infected insulin-pump sites and high glucose.",
  A("Ana Lucia Brandt", "analucia.brandt@mailbox.example.net"),
  A("Renee Dufresne", mf("renee.dufresne")),
  "pump sites again",
  D(8, 22, 21, 14), T("""\
Hi Renee,

Sorry to bug you on a Saturday night. My pump sites keep getting red and
hard around the cannula - the one on my left hip today has a little bit of
pus. My CGM has been in the 250-300s since yesterday even with corrections
and I changed the site twice. No ketones yet (0.4 on the meter).

Should I come in Monday or go to urgent care? I still have the mupirocin
from last time.

Ana Lucia Brandt
DOB 5/14/1990
""", "utf-8", "base64"), client="gmail")

M("qp-oxycodone-cancer-pain", "phi",
  "Palliative note (QP body) on oxycodone titration for a named patient's pancreatic cancer pain; opioids for cancer pain are not restricted.",
  A("Dr. Maeve Connolly", mf("maeve.connolly")), A("Dr. Priya Raman", mf("priya.raman")),
  "Pain plan for Gerald Hoffmann",
  D(10, 7, 17, 15), T("""\
Priya,

Saw Gerald Hoffmann (MRN 40033108) today in supportive oncology. Metastatic
pancreatic adenocarcinoma, on gemcitabine/nab-paclitaxel; epigastric pain
radiating to the back, 8/10, using oxycodone IR 10 mg about 6 times a day.

Plan:
  - Start oxycodone ER 20 mg q12h; oxycodone IR 10 mg q3h PRN breakthrough
  - Senna 2 tabs BID + PEG daily (he's had no BM for 3 days)
  - Refer to IR for celiac plexus neurolysis - he's keen
  - Naloxone nasal spray prescribed, wife taught
  - PDMP checked, no other prescribers

Follow-up in 1 week, phone check Friday.

Maeve

Maeve Connolly, MD | Palliative & Supportive Care | 555-0159
""", "utf-8", "quoted-printable"), client="outlook")

M("family-mom-scan-pembro", "phi",
  "Family mail between siblings about their named mother's scan result and pembrolizumab.",
  A("Jenna Albright", "jenna.albright@mailbox.example.net"),
  A("Mark Albright", "mark.albright@mailbox.example.com"),
  "Mom's scan",
  D(9, 3, 20, 51), """\
Mark,

Good news for once. Mom's CT showed the liver spots are smaller and the
lymph node in her chest is "no longer measurable" - Dr. Raman was almost
smiling. They want to keep going with the pembro every 6 weeks and recheck
in 3 months. Her thyroid is off from it though so she's starting
levothyroxine.

She wants to drive herself to the next infusion (10/15). Please tell her
no. I can take her that day, can you do the one in November?

Love,
J

-- 
Sent from Gmail on my phone
""", client="android")

M("eob-infliximab-infusion", "phi",
  "Explanation of Benefits to a member (member ID, claim number) for infliximab infusion services.",
  A("Clearwater Health Plan", "eob@clearwaterhp.example.com"),
  A("Darnell Whitfield", "dwhitfield@mailbox.example.net"),
  "Your Explanation of Benefits is ready - claim 2026-0412-88301",
  D(4, 30, 6, 0), ALT(T("""\
Explanation of Benefits - this is not a bill

Member: Darnell Whitfield     Member ID: CWH312884470     Group: OSTR-2200
Claim: 2026-0412-88301        Provider: Marrowfield Rheumatology Infusion Suite
Date of service: 04/08/2026

Service                                    Billed      Allowed    Plan paid   You owe
J1745 infliximab, 10 mg (x50 units)        $9,820.00   $6,144.00  $5,529.60   $614.40
96413 chemo/biologic infusion, 1st hour    $412.00     $188.00    $169.20     $18.80
96415 each additional hour                 $96.00      $44.00     $39.60      $4.40
Total                                                             $5,738.40   $637.60

Your deductible is met. Coinsurance 10%. Copay card payments may be applied
by the provider.
"""), HT("""\
<html><body><h3>Explanation of Benefits &ndash; this is not a bill</h3>
<p>Member: Darnell Whitfield &middot; ID CWH312884470 &middot; Claim 2026-0412-88301</p>
<table border="1" cellpadding="3"><tr><th>Service</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>J1745 infliximab, 10 mg x50</td><td>$5,529.60</td><td>$614.40</td></tr>
<tr><td>96413 infusion, first hour</td><td>$169.20</td><td>$18.80</td></tr>
<tr><td>96415 additional hour</td><td>$39.60</td><td>$4.40</td></tr></table></body></html>
""")), client="system")

M("specialty-rx-etanercept-shipment", "phi",
  "Specialty pharmacy shipment notice to the patient naming her etanercept and Rx number.",
  A("Keystone Specialty Pharmacy", "care@keystonerx.example.com"),
  A("Marjorie Coutts", "mcoutts@mailbox.example.net"),
  "Marjorie, your etanercept 50 mg/mL refill ships tomorrow",
  D(5, 11, 14, 26), """\
Hi Marjorie,

Your refill is ready:

  Medication: etanercept 50 mg/mL autoinjector, 4 pens (28 days)
  Rx #: KS-7720418
  Prescriber: Dr. Samuel Okonkwo-Reid
  Ships: Tuesday May 12, refrigerated, signature not required
  Copay: $5.00 (manufacturer copay card applied)

Please keep the pens in the fridge and let one sit out for 30 minutes
before injecting. Reply or call 555-0173 if you've had an infection, a
fever, or started antibiotics since your last shipment.

Keystone Specialty Pharmacy
""", client="system")

M("pap-grant-approval-ibrutinib", "phi",
  "Foundation copay grant approval naming a patient, her CLL and the grant for her drug.",
  A("Brightwater Patient Assistance Foundation", "grants@brightwaterpaf.example.org"),
  [A("Irene Szabo", "irene.szabo@mailbox.example.net"), A("Nadia Kowalski", mf("nadia.kowalski"))],
  "Grant approved: Irene Szabo - CLL fund - BW-26-031187",
  D(3, 9, 10, 42), """\
Dear Ms. Szabo,

We are pleased to tell you that your application to the Chronic Lymphocytic
Leukemia Fund has been approved.

  Grant ID:        BW-26-031187
  Covered:         out-of-pocket costs for ibrutinib (Medicare Part D)
                   dispensed by Keystone Specialty Pharmacy
  Amount:          up to $7,000
  Grant period:    03/09/2026 - 03/08/2027

Your pharmacy will bill us directly using the card details below. You
don't need to do anything else.

  BIN 000111   PCN BWPAF   Group CLL26   ID BW26031187

Brightwater Patient Assistance Foundation | 555-0110
""", client="system")

M("hub-benefits-investigation-ustekinumab", "phi",
  "Manufacturer hub benefits-investigation summary for a named patient (DOB, member ID, PA status).",
  A("OnwardCare Access Hub", "bi-results@onwardhub.example.com"),
  A("Rheumatology Front Office", mf("rheum-frontoffice")),
  "Benefits Investigation complete - case OC-2209341",
  D(7, 7, 13, 3), """\
Benefits Investigation Summary - case OC-2209341

Patient: Raymond Achterberg    DOB: 02/17/1983
Product: ustekinumab 90 mg/mL SC, every 8 weeks (psoriatic arthritis)
Prescriber: Samuel Okonkwo-Reid, MD

Primary: Clearwater Health Plan, member CWH770145223, pharmacy benefit
  - Specialty tier, coinsurance 30% after $1,500 deductible
  - Prior authorisation REQUIRED; step through one TNF inhibitor (met:
    adalimumab 2023-2025, inadequate response)
  - Mandatory specialty pharmacy: Keystone Specialty Pharmacy
Estimated out-of-pocket: $4,612 per fill before copay program
Copay program: eligible; enrolled ID ONW-55120986

Next step: the office submits the PA. We'll follow up in 3 business days.
""", client="system")

M("trial-screen-fail-egfr", "phi",
  "Coordinator reports a trial subject (initials and DOB) as a screen failure on eGFR.",
  A("Lydia Fenwick", mf("lydia.fenwick")), A("Veridian CRA - Site 0142", "cra.site0142@veridiancro.example.net"),
  "MFH-CQ-301 - Subject 0142-017 screen fail",
  D(8, 18, 16, 8), """\
Hi Dominic,

Subject 0142-017 (J.M., DOB 04/11/1961) screen-failed today: eGFR 28 at
screening (exclusion 4: eGFR < 30). Central lab result received 8/17.
Otherwise eligible - EF 30% on the screening echo, NYHA III, NT-proBNP
2,840.

Dr. Lisowski wants to know whether a rescreen is allowed if his eGFR comes
back above 30 after his diuretic is adjusted. I'll enter the screen-fail
in EDC tonight.

Lydia Fenwick, CCRC | 555-0164
""", client="outlook")

M("transplant-eval-appointment-letter", "phi",
  "Letter to a patient about his kidney transplant evaluation appointments.",
  A("Marrowfield Transplant Center", mf("transplant-intake")),
  A("Eduardo Ortega", "eortega@mailbox.example.net"),
  "Your kidney transplant evaluation - October 20-21",
  D(9, 25, 10, 0), """\
Dear Mr. Ortega,

Thank you for your referral from Dr. Nwosu. Your kidney transplant
evaluation is scheduled over two days:

  Tue Oct 20  8:00  Labs (fasting), including blood type and HLA typing
              9:30  Transplant nephrology - Dr. Adaeze Nwosu
             11:00  Transplant surgery consult
              1:30  Social work and financial counselling
  Wed Oct 21  8:30  Echocardiogram and stress test
             11:00  Dietitian; pharmacist
              1:00  Transplant coordinator - living donor education

Please bring a list of your medications, your dialysis unit's contact
information, and a support person if you can.

Gregory Palk, RN, CCTC
Transplant Coordinator | 555-0131
""", client="system")

M("pa-pressure-alert-remote-monitor", "phi",
  "Remote monitoring alert for a named heart-failure patient with elevated pulmonary artery pressure.",
  A("CardioLink Remote Monitoring", "alerts@cardiolink.example.com"),
  A("HF Clinic Nurses", mf("hf-nurses")),
  "ALERT: PA diastolic above threshold - Cole, Bertrand (MRN 40012290)",
  D(3, 3, 6, 45), """\
CardioLink patient alert

Patient:    Cole, Bertrand     MRN 40012290     DOB 06/30/1954
Sensor:     implanted PA pressure sensor
Reading:    2026-03-03 06:12  PA diastolic 28 mmHg (threshold 20)
            7-day trend: 19, 21, 22, 24, 25, 27, 28
Clinic:     Marrowfield Heart Failure Clinic

Review the patient in the CardioLink portal and document the action taken.
This alert was sent to: HF Clinic Nurses.
""", client="system", bare=True)

M("cgm-summary-a1c-endocrine", "phi",
  "Endocrinologist's message with a named patient's CGM metrics, A1c and insulin changes.",
  A("Dr. Yusuf Karimi", mf("yusuf.karimi")), A("Renee Dufresne", mf("renee.dufresne")),
  "Dominic Fairley - CGM review",
  D(6, 24, 17, 33), """\
Renee,

Looked at Dominic Fairley's 14-day download (MRN 40044109):
  Time in range 41%, above 250 28%, below 70 3% (mostly 2-4 am)
  GMI 8.7%; lab A1c 9.2% on 6/20
  Basal 34 u glargine, carbs ratio 1:10, correction 1:40 > 150

Plan: drop glargine to 30 u (the overnight lows), tighten breakfast ratio to
1:7, and let's get him on the pump waitlist now that his insurance changed.
Can you see him for a pump start class in July?

Yusuf

Yusuf Karimi, MD | Endocrinology | 555-0137
""", client="outlook")

M("quantiferon-positive-before-jak", "phi",
  "Rheumatologist's note about a named patient's positive TB test before starting tofacitinib.",
  A("Dr. Samuel Okonkwo-Reid", mf("samuel.okonkwo-reid")), A("Rheumatology Nurses", mf("rheum-nurses")),
  "Lucinda Marsh - QFT positive, hold tofacitinib",
  D(2, 12, 8, 2), """\
Team,

Lucinda Marsh (MRN 40019983, RA) - QuantiFERON came back POSITIVE
(TB1-Nil 0.62). CXR clear, no symptoms. Please:

  1. Do NOT start tofacitinib yet - cancel the teaching visit on 2/17.
  2. Refer to ID/TB clinic for latent TB treatment (likely 4 months of
     rifampin).
  3. Keep her on methotrexate 20 mg weekly + folic acid meanwhile.
  4. We can start the JAK inhibitor one month into LTBI treatment.

I called her this morning; she knows.

S. Okonkwo-Reid
""", client="outlook")

M("natalizumab-jcv-index-switch", "phi",
  "Neurologist message about a named MS patient's JCV index and switching off natalizumab.",
  A("Dr. Ingrid Haverkamp", mf("ingrid.haverkamp")), A("MS Center Nurses", mf("ms-nurses")),
  "Theo Brandvold - JCV 2.1, plan to switch",
  D(5, 26, 19, 12), """\
Hi all,

Theo Brandvold's JCV index is 2.1 (was 0.9 a year ago) and he's at 31
infusions of natalizumab - PML risk is now too high for my comfort. Last
MRI stable, no relapses since 2022.

Plan: last natalizumab infusion 6/8, then start ocrelizumab 4 weeks later.
Please cancel his July natalizumab chair, book the ocrelizumab first dose
for early July, and send the benefits investigation to the hub this week.
He has been told; he's nervous about rebound - please call him Thursday.

Ingrid
""", client="apple")

M("sickle-cell-individual-ed-plan", "phi",
  "Individual ED pain plan for a named patient with sickle cell disease, with opioid doses; phi, not restricted.",
  A("Dr. Olumide Bankole", mf("olumide.bankole")), A("ED Charge Nurses", mf("ed-charge")),
  "Updated individualized pain plan - Jamal Pryor (HbSS)",
  D(11, 13, 22, 5), """\
ED colleagues,

Updated individualized plan for Jamal Pryor, DOB 01/09/1999, MRN 40028851,
HbSS, on crizanlizumab monthly + hydroxyurea 1,500 mg daily. Baseline
Hgb 8.2.

For vaso-occlusive pain:
  - Hydromorphone 2 mg IV (or SC if no access) within 30 minutes of
    arrival; repeat 2 mg every 20 minutes x3
  - If still 7/10 or more after 3 doses: admit, hydromorphone PCA per
    the plan in the chart
  - Ketorolac 15 mg IV if creatinine is normal
  - He has a port; please access it rather than attempting peripheral IVs

He is reliable and knows his disease. Please don't make him wait.

Olumide Bankole, MD | Sickle Cell Program | on call 555-0127
""", client="outlook")


# ------------------------------------------------------- phi, continued --
M("factor-dose-knee-bleed-caregiver", "phi",
  "A mother writes to the haemophilia centre about her named son's knee bleed and factor doses.",
  A("Crystal Dunmore", "crystal.dunmore@mailbox.example.net"), A("Marrowfield Hemophilia Treatment Center", mf("htc")),
  "Owen - knee bleed, gave extra dose",
  D(7, 11, 22, 40), """\
Hi HTC nurses,

Owen (Dunmore, 11, severe hemophilia A) twisted his right knee at soccer
camp this afternoon. It's swollen and warm and he won't straighten it. I
gave 2000 units of his extended half-life factor VIII at 5 pm (his usual
prophylaxis dose is 1500 Mon/Thu) and iced it. Pain is a bit better.

Should I give another dose in the morning? We have 3 vials of 2000 left
and the next delivery isn't until the 20th.

Crystal (Owen's mom)
555-0132
""", client="iphone")

M("ics-palliative-family-meeting", "phi",
  "Calendar invitation whose summary and description name a patient and a goals-of-care meeting.",
  A("Dr. Maeve Connolly", mf("maeve.connolly")),
  [A("Dr. Hannah Lisowski", mf("hannah.lisowski")), A("Ramona Ebert (daughter)", "ramona.ebert@mailbox.example.net")],
  "Family meeting: Harold Ebert - goals of care",
  D(12, 2, 15, 30),
  CAL(ics("REQUEST", "fm-ebert-20261204@marrowfield.example.org", "20261204T140000", "20261204T150000",
          "Family meeting - Harold Ebert (6 West rm 612) - goals of care",
          ("Maeve Connolly", mf("maeve.connolly")),
          [("Hannah Lisowski", mf("hannah.lisowski")), ("Ramona Ebert", "ramona.ebert@mailbox.example.net")],
          "6 West family room",
          "Stage D HFrEF, EF 15%, inotrope-dependent (milrinone). Not an LVAD or transplant candidate. "
          "Discuss hospice at home with milrinone vs. comfort-focused care; code status (currently full code).",
          prodid="-//Google Inc//Google Calendar 70.9054//EN"), cte="quoted-printable"), client="gmail")

M("related-inline-wound-photo-dfu", "phi",
  "HTML wound-care note with an inline photo about a named patient's diabetic foot ulcer measurements.",
  A("Beth Anselm", mf("beth.anselm")), A("Dr. Rafael Ionescu", mf("rafael.ionescu")),
  "Week 6 - Clifford Mayhew R plantar ulcer",
  D(8, 6, 14, 55),
  REL(HT("""\
<html><body style="font-family:Calibri,sans-serif">
<p>Dr. Ionescu,</p>
<p>Clifford Mayhew (MRN 40037712), right plantar 1st MTH diabetic foot ulcer, week 6 of total contact casting:</p>
<ul><li>Size 2.1 x 1.4 x 0.3 cm (last week 2.6 x 1.8 x 0.4)</li>
<li>Granular base, no probe to bone, minimal serous drainage</li>
<li>A1c 8.1% (July), ABI 0.92</li></ul>
<p><img src="cid:wound-0806@marrowfield.example.org" alt="wound photo" width="320"></p>
<p>Recast today. Shall I continue weekly or move him to a walker boot?</p>
<p>Beth</p>
</body></html>
"""), ATT("image/png", png(12, 12, (190, 90, 80)), "IMG_0806_mayhew.png", inline=True,
            cid="wound-0806@marrowfield.example.org")), client="outlook")

M("efax-pulm-rehab-referral-pdf", "phi",
  "E-fax of a pulmonary rehab referral; the named patient's COPD and FEV1 are in the PDF text layer.",
  A("FaxRelay", "fax@faxrelay.example.net"), A("Pulmonary Rehab Intake", mf("pulmrehab-intake")),
  "Fax from 555-0193 (3 pages)",
  D(1, 12, 9, 31),
  MIX(T("""\
You have received a 3-page fax.

From: 555-0193 (Riverbend Pulmonary Associates)
To: Pulmonary Rehab Intake
Received: 01/12/2026 09:31

The fax is attached as a PDF.
"""), ATT("application/pdf", pdf([
      "RIVERBEND PULMONARY ASSOCIATES - REFERRAL",
      "To: Marrowfield Pulmonary Rehabilitation      Fax 555-0194",
      "Patient: Alvin Treadway    DOB: 09/28/1951    Phone 555-0195",
      "Insurance: Medicare, MBI 1EG4-TE5-MK73",
      "Diagnosis: COPD, GOLD 3 (J44.1), exacerbation with admission 12/2025",
      "Spirometry 12/18/2025: FEV1 0.98 L (38% predicted), FEV1/FVC 0.44",
      "6-minute walk: 214 m, SpO2 nadir 86% on room air",
      "Home O2 2 L/min with exertion. Meds: tiotropium/olodaterol, albuterol PRN",
      "Request: pulmonary rehabilitation, 36 sessions",
      "Referring: Dana Holcomb, MD   NPI: " + npi("119944206"),
  ]), "fax_20260112_0931.pdf")), client="system")

M("fmla-approval-chemo-leave", "phi",
  "HR letter to an employee approving intermittent FMLA leave for her chemotherapy.",
  A("Ostrander Logistics Leave Administration", "leave@ostrander.example.com"),
  A("Priscilla Vang", "priscilla.vang@ostrander.example.com"),
  "FMLA approved - intermittent leave (case LV-26-0417)",
  D(4, 21, 11, 0), """\
Dear Priscilla,

Your request for intermittent leave under the Family and Medical Leave Act
has been approved.

  Case:         LV-26-0417
  Employee ID:  00288140
  Period:       04/27/2026 - 10/26/2026
  Frequency:    up to 2 days every 2 weeks, plus up to 3 days per month
                for flare-ups, per your provider's certification
                (chemotherapy for breast cancer every 14 days,
                Marrowfield Cancer Institute)

Please report each absence to the leave line (555-0196) and select
"FMLA - LV-26-0417". Your manager is told only that you have approved
leave, not why.

Leave Administration, Ostrander Logistics
""", client="system")

M("std-claim-liver-transplant", "phi",
  "Disability insurer's note to an employer about an employee's claim after liver transplant.",
  A("Meridian Mutual Disability Claims", "std-claims@meridianmutual.example.com"),
  A("Ostrander Logistics Benefits", "benefits@ostrander.example.com"),
  "STD claim 7781-2204 - Gustavo Reyes - extension approved",
  D(8, 4, 13, 45), """\
Re: Short-term disability claim 7781-2204
Employee: Gustavo Reyes, employee ID 00231907

The attending physician statement from Marrowfield Transplant Center
(received 07/31) supports an extension of benefits through 09/14/2026.
Mr. Reyes had a liver transplant on 06/02/2026 and is restricted from
lifting more than 10 lb and from driving commercial vehicles while on his
current immunosuppression schedule.

Anticipated return to work: 09/15/2026 with restrictions; we will confirm
after his 3-month post-transplant visit.

Meridian Mutual Disability Claims | 555-0197
""", client="system")

M("home-infusion-invoice-per-patient", "phi",
  "Home infusion vendor invoice with a line per named patient, drug and dates of service.",
  A("Tidewater Home Infusion Billing", "billing@tidewaterinfusion.example.com"),
  A("Palliative & Supportive Care Admin", mf("palliative-admin")),
  "Invoice TW-31882 - October services under hospice contract",
  D(11, 4, 9, 12),
  MIX(T("""\
Attached is invoice TW-31882 for October services billed to the hospice
contract. Please let us know of any disputes within 30 days.

Tidewater Home Infusion - Billing | 555-0179
"""), ATT("text/csv", nl("""patient,dob,service,drug,dates,units,amount
"Ebert, Harold",1941-05-17,home inotrope,milrinone 0.25 mcg/kg/min CADD pump,10/01-10/31,31 days,$4650.00
"Lattimore, Grace",1950-12-03,PCA pump,hydromorphone 0.2 mg/mL PCA,10/06-10/31,26 days,$2340.00
"Nakagawa, Hiro",1938-08-21,SC hydration,0.9% NaCl 1 L/day,10/12-10/28,17 days,$935.00
"""), "TW-31882_lines.csv", params=['charset="utf-8"'], cte="quoted-printable")), client="system")

M("ivig-delivery-nurse-visit", "phi",
  "Home infusion message to a named patient confirming IVIG delivery and nurse visit.",
  A("Tidewater Home Infusion", "scheduling@tidewaterinfusion.example.com"),
  A("Philippa Grunewald", "pgrunewald@mailbox.example.net"),
  "Your IVIG delivery Thursday and nurse visit Friday",
  D(3, 24, 15, 16), """\
Hello Philippa,

Your next IVIG (immune globulin 10%, 40 g for your CIDP maintenance dose)
will be delivered Thursday 3/26 between 10 and 2. Please refrigerate it
and take it out 1 hour before the nurse arrives.

Nurse visit: Friday 3/27 at 9:00 am with Hollis, RN. Infusion takes about
4 hours. Drink plenty of water the day before.

Call us at 555-0179 to reschedule.
Tidewater Home Infusion
""", client="system")

M("radonc-billing-statement-balance", "phi",
  "Billing statement to a named patient with account number and balance for radiation therapy.",
  A("Oncology Billing", "billing@marrowfield.example.org"),
  A("Harold Finch", "hfinch@mailbox.example.net"),
  "Statement for account 8800417263 - balance due $1,284.16",
  D(10, 2, 7, 0), """\
Dear Harold Finch,

Your statement for account 8800417263 is available.

  Guarantor: Harold Finch
  Service: Radiation Oncology, IMRT treatment delivery and weekly
           management, 08/03/2026 - 09/11/2026 (28 fractions)
  Insurance paid: $31,906.44
  Adjustments: $12,410.00
  Balance due: $1,284.16 by 10/30/2026

Pay online at https://pay.marrowfield.example.org or call 555-0106 to set up
a payment plan. Financial assistance applications are available.

Marrowfield Health Patient Financial Services
""", client="system")

M("secure-tag-test-no-content", "phi",
  "borderline: a [secure]-tagged test send with no patient in it (marked-secure-test-no-content).",
  A("Nadia Kowalski", mf("nadia.kowalski")), A("Brightwater Patient Assistance Foundation", "grants@brightwaterpaf.example.org"),
  "[secure] test - please confirm you can open this",
  D(1, 8, 9, 2), """\
Hi,

This is a test of our secure e-mail before I send the grant paperwork.
Please reply to confirm you received it encrypted.

Thanks,
Nadia
""", client="outlook", hdrs=[("X-Sensitivity", "confidential")])

M("fwd-portal-chest-pain-trastuzumab", "phi",
  "Nurse forwards a patient's portal message about chest tightness while on trastuzumab.",
  A("Alexis Moreau", mf("alexis.moreau")), A("Dr. Priya Raman", mf("priya.raman")),
  "FW: MyMarrowfield message from Sunita Bhatt",
  D(6, 29, 8, 15), """\
Dr. Raman - see below. Last echo 3/2026 EF 58%. I told her to go to the ED
if the tightness comes back at rest. Want an echo this week?

Alexis Moreau, RN | Breast Oncology | 555-0156

-----Original Message-----
From: MyMarrowfield <noreply@my.marrowfield.example.org>
Sent: Sunday, June 28, 2026 9:47 PM
To: Alexis Moreau <alexis.moreau@marrowfield.example.org>
Subject: MyMarrowfield message from Sunita Bhatt

Patient: Sunita Bhatt   MRN 40041532

Hi, I've been more short of breath walking up the stairs this week and had
chest tightness twice yesterday, lasting maybe 10 minutes. My ankles are
puffy too. I'm on cycle 9 of the Herceptin every 3 weeks. Should I still
come for my infusion on Wednesday?
""", client="outlook")

M("voicemail-transcript-husband-pain", "phi",
  "Voicemail notification whose transcript has a caller asking about her named husband's pain medicine after radiation.",
  A("Voicemail System", "voicemail@uc.marrowfield.example.org"),
  A("Radiation Oncology Nurses", mf("radonc-nurses")),
  "Voice message from 555-0134 (0:48)",
  D(8, 19, 13, 22),
  MIX(T("""\
You have a new voice message.
From: 555-0134  (GLORIA PHAM)
Received: Wed 08/19/2026 1:22 PM
Length: 0:48

Transcription (beta):
"Hi, this is Gloria Pham, I'm calling about my husband Daniel Pham, date
of birth March 3rd 1957. He's getting the radiation for his throat cancer
and he can't swallow even the liquid morphine, it burns. He's only had a
few sips of his nutrition shakes today. Can someone call me back about a patch or
something, and should he still come tomorrow? Thank you."
"""), ATT("audio/wav", b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00@\x1f\x00\x00\x01\x00\x08\x00data\x00\x00\x00\x00",
          "VoiceMessage.wav")), client="system")

_TB_ORIG = ("From: Rhonda Esposito <rhonda.esposito@marrowfield.example.org>\r\n"
            "To: \"Dr. Luis Carreno\" <lcarreno@riverbendpulm.example.com>\r\n"
            "Subject: Thoracic tumor board list 5/21 - with names for outside reviewer\r\n"
            "Date: Tue, 19 May 2026 16:40:00 -0400\r\n"
            "Message-ID: <tb0521.4411@marrowfield.example.org>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=\"us-ascii\"\r\n"
            "Content-Transfer-Encoding: 7bit\r\n\r\n"
            "Dr. Carreno - as requested for your review before Thursday:\r\n\r\n"
            "1. Peter Lindqvist, MRN 40039981 - RUL adenocarcinoma 3.1 cm, N2 (EBUS 4R),\r\n"
            "   PD-L1 60%. Neoadjuvant chemo-IO vs chemoradiation.\r\n"
            "2. Helen Brightwell, MRN 40022715 - EGFR ex19del, progression on osimertinib,\r\n"
            "   MET amplification on re-biopsy.\r\n"
            "3. Franklin Obi, MRN 40047730 - LS-SCLC, PCI vs MRI surveillance.\r\n\r\n"
            "Rhonda\r\n").encode("ascii")

M("bounce-tumour-board-named-list", "phi",
  "Bounce returning a tumour-board list with patient names, MRNs and diagnoses sent to an outside reviewer.",
  A("Mail Delivery Subsystem", "postmaster@mx.marrowfield.example.org"),
  A("Rhonda Esposito", mf("rhonda.esposito")),
  "Delivery Status Notification (Failure)",
  D(5, 19, 16, 41, 7),
  REPORT("""\
Delivery has failed to these recipients or groups:

lcarreno@riverbendpulm.example.com
The recipient's mailbox is full and can't accept messages now.
""", """\
Reporting-MTA: dns;mx.marrowfield.example.org
Received-From-MTA: dns;ex02.marrowfield.example.org
Arrival-Date: Tue, 19 May 2026 16:40:02 -0400

Final-Recipient: rfc822;lcarreno@riverbendpulm.example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full
""", _TB_ORIG), client="system")

M("infusion-chair-schedule-with-names", "phi",
  "Infusion chair schedule CSV listing named patients with regimens and times.",
  A("Infusion Scheduling", mf("infusion-scheduling")), A("Infusion Center 3rd floor", mf("infusion3")),
  "Tomorrow's chair grid (Wed 3/18)",
  D(3, 17, 16, 30),
  MIX(T("Attached. Two add-ons at 1 pm still pending pharmacy.\n\n-- Scheduling desk, 555-0114\n"),
      ATT("text/csv", nl("""chair,time,patient,mrn,regimen,est_hours,rn
1,07:30,"Whitaker, Donna",40027765,R-CHOP C3,5.5,Marsh
2,07:30,"Ramirez, Hector",40018834,FOLFOX C3 (reschedule),3.0,Rimmer
3,08:00,"Bhatt, Sunita",40041532,trastuzumab C10,1.0,Moreau
4,08:00,"Szabo, Irene",40050317,IVIG 0.4 g/kg,4.0,Marsh
5,09:00,"Hoffmann, Gerald",40033108,gem/nab-pac C4D8,2.5,Rimmer
6,09:30,"Albright, Lorraine",40024476,pembrolizumab q6w,1.0,Moreau
"""), "chairs_2026-03-18.csv", cte="7bit", params=['charset="us-ascii"'])), client="outlook")

M("carboplatin-shortage-affected-patients", "phi",
  "Pharmacist's list of named patients whose carboplatin doses were rounded because of the shortage.",
  A("Jordan Pike", mf("jordan.pike")), A("Dr. Priya Raman", mf("priya.raman")),
  "Your patients affected by carboplatin rounding this week",
  D(4, 22, 17, 2), """\
Dr. Raman,

Per the shortage measures, these carboplatin doses were rounded this week
(all within 10%):

  Lorraine Albright (40024476)  carbo AUC 5 = 612 mg -> 600 mg  4/21
  Marvin Delacroix  (40045210)  carbo AUC 6 = 738 mg -> 700 mg  4/22
  Opal Jennings     (40019877)  carbo AUC 2 weekly = 214 -> 200 4/22

Mr. Delacroix is curative intent (neoadjuvant); please let me know if you
want him dosed to the calculated 738 mg next cycle and I'll flag it "do
not round".

Jordan
""", client="outlook")

M("pump-recall-affected-users-list", "phi",
  "Diabetes centre's list of named patients whose insulin pumps are in the recall serial range.",
  A("Renee Dufresne", mf("renee.dufresne")), A("Endocrine & Diabetes Center", mf("endo-all")),
  "RE: Urgent Medical Device Recall: Solace pump - our affected patients",
  D(3, 2, 15, 40), """\
I cross-checked the recall ranges with our pump registry. These patients
have affected serials; I'll call them today and tomorrow:

  Ana Lucia Brandt       SP4-25011842   T1D, pump since 2025
  Dominic Fairley        (pump start pending - not affected)
  Kenji Morrow           SP4-25020733   T1D, 14 y - call mom
  Lorena Quiñones-Watt   SP4-25013310   T1D, lives alone, hypo unawareness - priority

Backup pen prescriptions are in their charts for signature.

Renee
""", client="outlook")

M("trial-outreach-named-patient", "phi",
  "Coordinator writes to a specific patient inviting him to a trial because of his heart-failure hospitalisation.",
  A("Lydia Fenwick", mf("lydia.fenwick")), A("Clarence Whitby", "cwhitby@mailbox.example.net"),
  "A research study Dr. Lisowski thought you might be interested in",
  D(2, 18, 11, 20), """\
Dear Mr. Whitby,

Dr. Lisowski asked me to contact you. Because of your heart failure and
your hospital stay in January, you may be eligible for the CARDIQOR-HF3
research study, which is testing an investigational medicine added to
the heart-failure medicines you already take.

Taking part is completely voluntary and won't change the care you get from
Dr. Lisowski. If you'd like to hear more, I can meet you after your clinic
visit on March 4 or call you at a time that suits you.

Lydia Fenwick, CCRC
Clinical Research Coordinator, Heart & Vascular | 555-0164
""", client="outlook")

M("support-group-member-rrms-start", "phi",
  "A support-group member writes to the facilitator about her own new MS diagnosis and treatment.",
  A("Marisa Coelho", "marisa.coelho@mailbox.example.net"),
  A("Deb Halloran", "groups@lakeshorems.example.org"),
  "Re: Newly Diagnosed MS group - Tuesday Oct 13",
  D(10, 6, 23, 2), """\
Hi Deb,

I'd like to come on the 13th. I was diagnosed with relapsing-remitting MS
in June after optic neuritis in my left eye, and I'm supposed to start
ofatumumab injections next month. Honestly I'm scared of doing the
injections myself and I haven't told anyone at work.

Is it OK if my husband comes too?

Marisa Coelho

On Mon, Oct 5, 2026 at 10:12 AM Lakeshore MS Society <groups@lakeshorems.example.org> wrote:
> Our Newly Diagnosed group meets on the second Tuesday of each month.
> Topic: "Choosing a disease-modifying therapy"
""", client="gmail")

M("ooo-autoreply-quotes-fever-folfox", "phi",
  "Nurse's out-of-office auto-reply quotes a patient's message about fever on chemotherapy.",
  A("Colleen Marsh", mf("colleen.marsh")), A("Raymond Tully", "rtully@mailbox.example.net"),
  "Automatic reply: fever 101.2 - Raymond Tully",
  D(5, 8, 23, 19), """\
Thank you for your message. I am out of the office until Monday May 11.

If you are receiving chemotherapy and have a temperature of 100.4 F or
higher, call the Cancer Institute triage line 24/7 at 555-0140 or go to
the nearest emergency department.

Colleen Marsh, RN, OCN

-----Original Message-----
From: Raymond Tully <rtully@mailbox.example.net>
Sent: Friday, May 8, 2026 11:18 PM
To: Colleen Marsh <colleen.marsh@marrowfield.example.org>
Subject: fever 101.2 - Raymond Tully

Colleen, I'm on day 9 after my FOLFOX and I have a fever of 101.2 and
chills. My port site looks red. Do I need to come in?
Ray Tully
""", client="outlook", hdrs=[("Auto-Submitted", "auto-replied")])

M("subject-reply-aki-hold-metformin", "phi",
  "Reply whose Subject names a patient, MRN and acute kidney injury; the body gives the plan.",
  A("Dr. Adaeze Nwosu", mf("adaeze.nwosu")), A("Dr. Yusuf Karimi", mf("yusuf.karimi")),
  "RE: Tran, Minh MRN 40022871 - AKI on CKD 3b, hold metformin?",
  D(7, 30, 10, 18), """\
Yes, hold it until creatinine is back to baseline (1.6). Stop the
ibuprofen he's been taking for his knee too. Recheck BMP Friday; I'll see
him in CKD clinic next week.

A.
""", client="iphone", irt="<7C11A0B2.4D2E@marrowfield.example.org>")

M("caregiver-wife-dialysis-leave-early", "phi",
  "borderline: an employee asks his manager to leave early to drive his named wife to dialysis; her treatment is the health content.",
  A("Tony Castellano", "tony.castellano@ostrander.example.com"),
  A("Rita Okafor", "rita.okafor@ostrander.example.com"),
  "Schedule for next month",
  D(9, 28, 7, 55), """\
Hi Rita,

Starting Oct 5 Carla's dialysis moves to the afternoon shift (MWF 1:30 at
Dialysis North) and her transport company dropped her, so I'll need to
leave at 1:00 on those days to drive her. I can come in at 6 to make up the
hours. Her fistula surgery is Oct 20 so I'll need that day off too.

Thanks for understanding,
Tony
""", client="outlook")

M("clabsi-review-names-port-infection", "phi",
  "Infection-prevention follow-up to the aggregate dashboard names the patient whose port infection was a CLABSI.",
  A("Infection Prevention", mf("infection-prevention")), A("Infusion Center Management", mf("infusion-mgmt")),
  "RE: Q2 infusion quality dashboard - CLABSI review 4/12",
  D(7, 22, 9, 40), """\
Following up on the Q2 numbers: the April 12 CLABSI was Clement Dorsey
(MRN 40030145) - Staph aureus from port and peripheral cultures, port
removed 4/14, 4 weeks of cefazolin. Line accessed 9 days before with the
needle left in for 7 days. Root-cause review is Tuesday; please bring the
access documentation from 4/3 to 4/10.

Lorraine Beck, RN, CIC | Infection Prevention | 555-0111
""", client="outlook")

M("radiation-treatment-summary-pdf", "phi",
  "Flate-compressed PDF treatment summary (real text layer) for a named patient sent to his primary care doctor.",
  A("Radiation Oncology Records", mf("radonc-records")), A("Dr. Lena Marchetti", "lmarchetti@harlowfamilymed.example.com"),
  "Treatment summary",
  D(9, 18, 12, 0),
  MIX(T("""\
Dr. Marchetti,

Please find the end-of-treatment summary for your patient attached.

Radiation Oncology, Marrowfield Cancer Institute | fax 555-0147
"""), ATT("application/pdf", pdf([
      "RADIATION ONCOLOGY - END OF TREATMENT SUMMARY",
      "Patient: Harold Finch   MRN 40016652   DOB 12/01/1949",
      "Diagnosis: Adenocarcinoma of the prostate, Gleason 4+3, PSA 14.2, cT2c N0 M0",
      "Treatment: IMRT to prostate and seminal vesicles, 70 Gy in 28 fractions",
      "Dates: 08/03/2026 - 09/11/2026   Physician: Tobias Wendt, MD",
      "Concurrent: leuprolide 22.5 mg every 3 months x 6 months (started 07/2026)",
      "Toxicity: grade 1 urinary frequency, grade 1 fatigue. No GI toxicity.",
      "Follow-up: PSA and testosterone in 3 months; visit 12/2026.",
  ], compress=True, title="EOT summary"), "EOT_summary_Finch.pdf")), client="system")

M("tafamidis-pa-lapsed", "phi",
  "Specialty pharmacy tells the cardiology clinic that a named patient's tafamidis prior authorisation lapsed.",
  A("Keystone Specialty Pharmacy", "clinicalteam@keystonerx.example.com"),
  A("Cardiomyopathy Clinic", mf("cardiomyopathy")),
  "PA expired - tafamidis 61 mg - patient Winston Adeyemi (DOB 10/05/1948)",
  D(10, 27, 10, 55), """\
Hello,

The prior authorisation for tafamidis 61 mg daily for Winston Adeyemi
(DOB 10/05/1948, ATTR-CM) expired on 10/25. His next fill is due 11/2 and
he has 6 capsules left. The plan requires an updated letter with the most
recent echo and NYHA class.

Could you submit the renewal this week? We can dispense a 7-day bridge
through the manufacturer program if needed.

Keystone Specialty Pharmacy - Clinical Team | 555-0173
""", client="system")

M("thank-you-card-abvd-nurses", "phi",
  "A former patient thanks the nurses by name for getting him through six cycles of ABVD.",
  A("Marcus Bell", "marcusbell88@mailbox.example.net"), A("Infusion 3rd Floor", mf("infusion3")),
  "Thank you!!",
  D(12, 14, 19, 30), """\
To Colleen, Tasha, Alexis and everyone on the 3rd floor,

It's been a month since my last ABVD and my PET scan last week was clear.
I wanted to say thank you for twelve infusions' worth of warm blankets,
bad jokes and for catching my bleomycin cough early. I'm back at work and
I even ran a 5K on Saturday (slowly).

I'm bringing donuts on Friday.

Marcus Bell
(Hodgkin lymphoma survivor, chair 6 regular)
""", client="gmail")

M("cardio-onc-referral-ef-drop", "phi",
  "Oncologist refers a named patient to cardio-oncology for an EF drop on doxorubicin.",
  A("Dr. Anjali Varkey", mf("anjali.varkey")), A("Dr. Hannah Lisowski", mf("hannah.lisowski")),
  "Cardio-onc referral: Tamsin Oduya, EF 62 -> 48 after AC",
  D(11, 19, 18, 2), """\
Hannah,

Could you see Tamsin Oduya (MRN 40052208, 34 y) this week or next? She's
had 4 cycles of dose-dense AC for stage II triple-negative breast cancer;
echo today EF 48% (baseline 62%), GLS -15%. No symptoms. Next is weekly
paclitaxel + carboplatin, so no more anthracycline. Troponin 21, BNP 140.

Should we start an ACE inhibitor and beta-blocker now?

Thanks,
Anjali
""", client="outlook")

_HOSPICE_ORIG = ("From: Jolene Whitsett <jolene.whitsett@marrowfield.example.org>\r\n"
                 "To: Intake <intake@harborhospice.example.org>\r\n"
                 "Subject: Hospice referral - Grace Lattimore\r\n"
                 "Date: Mon, 5 Oct 2026 10:02:00 -0400\r\n"
                 "Message-ID: <hosp-ref-1005.2291@marrowfield.example.org>\r\n"
                 "MIME-Version: 1.0\r\n"
                 "Content-Type: text/plain; charset=\"us-ascii\"\r\n"
                 "Content-Transfer-Encoding: 7bit\r\n\r\n"
                 "Referral for home hospice:\r\n\r\n"
                 "Grace Lattimore, DOB 12/03/1950, MRN 40035578\r\n"
                 "Dx: metastatic ovarian cancer, malignant bowel obstruction; venting G-tube 9/28.\r\n"
                 "Prognosis weeks. DNR/DNI, POLST signed 10/2. Hydromorphone PCA via port.\r\n"
                 "Daughter Renata is primary caregiver, 555-0128.\r\n").encode("ascii")

M("fwd-as-attachment-hospice-referral", "phi",
  "A one-line forward whose attached original message (message/rfc822) is a named patient's hospice referral.",
  A("Jolene Whitsett, LCSW", mf("jolene.whitsett")), A("Dr. Maeve Connolly", mf("maeve.connolly")),
  "Fw: Hospice referral",
  D(10, 6, 8, 40),
  MIX(T("FYI - Harbor accepted her this morning, admission visit today 2 pm.\n\nJolene\n"),
      RFC822(_HOSPICE_ORIG)), client="thunderbird")


# -------------------------------------------------- phi, not in English --
M("arztbrief-folfox-zyklus4", "phi",
  "German discharge letter to a GP about a named patient's colon cancer chemotherapy (FOLFOX cycle 4).",
  A("Dr. med. Jonas Feldmann", "j.feldmann@klinikum-auental.example.de.test"),
  A("Praxis Dr. Brigitte Hahn", "praxis.hahn@hausarzt-auental.example.de.test"),
  "Arztbrief: Herr Klaus Wendler, geb. 14.02.1956",
  D(3, 26, 15, 48, tz="+0100"), T("""\
Sehr geehrte Frau Kollegin Hahn,

wir berichten über Ihren Patienten Herrn Klaus Wendler, geb. 14.02.1956,
der sich am 25.03.2026 ambulant in unserer onkologischen Tagesklinik
vorstellte.

Diagnose: Kolonkarzinom (Sigma), pT3 pN1b (2/18) M0, Stadium IIIB,
Z. n. Sigmaresektion am 12.12.2025.

Therapie: adjuvante Chemotherapie nach dem FOLFOX-Schema, Zyklus 4 von 6
am 25.03.2026 in voller Dosis verabreicht.

Befunde: Leukozyten 4,1/nl, Neutrophile 2,2/nl, Thrombozyten 142/nl.
Periphere Polyneuropathie Grad 1 (Kribbeln in den Fingern bei Kälte).

Procedere: Zyklus 5 am 08.04.2026. Bei Fieber über 38 °C bitte sofortige
Vorstellung in unserer Notaufnahme.

Mit freundlichen kollegialen Grüßen
Dr. med. Jonas Feldmann
Oberarzt, Medizinische Klinik II - Onkologie
Klinikum Auental, Tel. 0621 555-0144
""", "iso-8859-1", "quoted-printable"), lang="de", scs="iso-8859-1", smode="Q", client="outlook")

M("nonna-rosa-radioterapia", "phi",
  "Italian family mail between cousins about their named grandmother's radiotherapy and side effects.",
  A("Chiara Benedetti", "chiara.benedetti@posta.example.it.test"),
  A("Luca Benedetti", "luca.benedetti@posta.example.it.test"),
  "nonna Rosa - radioterapia",
  D(4, 9, 21, 5, tz="+0200"), T("""\
Ciao Luca,

ti aggiorno su nonna Rosa. Oggi ha fatto la decima seduta di radioterapia
al seno (ne mancano sei) al San Lorenzo. La dottoressa Ferri dice che la
pelle arrossata è normale, le ha dato una crema all'acido ialuronico. È
molto stanca e mangia poco, e dopo la radio deve continuare con
l'anastrozolo per cinque anni.

Martedì e giovedì la accompagno io, puoi fare tu venerdì? La seduta è alle
11:20, bisogna essere lì un quarto d'ora prima.

Un abbraccio,
Chiara
""", "utf-8", "8bit"), lang="it", client="gmail")

M("dializa-goscinna-wakacje", "phi",
  "Polish request for holiday dialysis for a named patient with his treatment parameters.",
  A("Stacja Dializ NefroMed", "koordynacja@nefromed.example.pl.test", "iso-8859-2", "Q"),
  A("Marrowfield Dialysis North", mf("dialysis-north")),
  "Dializa gościnna: Zbigniew Kowalczyk, 10-24.07.2026",
  D(6, 1, 11, 30, tz="+0200"), T("""\
Szanowni Państwo,

prosimy o przyjęcie na dializy gościnne naszego pacjenta w czasie jego
pobytu u rodziny w Państwa mieście:

  Pacjent: Zbigniew Kowalczyk, ur. 03.09.1962
  Termin: 10-24.07.2026, 3 razy w tygodniu (pon/śr/pt)
  Rozpoznanie: przewlekła choroba nerek G5, nefropatia cukrzycowa
  Dostęp: przetoka tętniczo-żylna lewe przedramię
  Parametry: 4 h, dializator 1,8 m2, Qb 300 ml/min, K 2,0 mmol/l,
             heparyna 5000 j.m., sucha masa 78,5 kg
  Wirusologia: HBsAg ujemny, anty-HCV ujemny (05.2026)

W załączeniu prześlemy kartę dializ i ostatnie wyniki badań.

Z poważaniem
Agnieszka Wróbel, pielęgniarka koordynująca
tel. +48 13 555 0148
""", "iso-8859-2", "8bit"), lang="pl", scs="iso-8859-2", smode="Q", client="thunderbird")

M("abeoji-ganisik-tacrolimus", "phi",
  "Korean message from a daughter about her named father's liver transplant and tacrolimus level.",
  A("박지현", "jihyun.park@mailbox.example.net"),
  A("Gregory Palk", mf("gregory.palk")),
  "아버지 박성호 간이식 후 타크로리무스 수치 문의",
  D(8, 12, 22, 10), T("""\
안녕하세요, 간이식 코디네이터 선생님.

저는 박성호 환자(생년월일 1960년 4월 2일)의 딸 박지현입니다.
아버지께서 6월에 간이식을 받으셨는데, 어제 검사에서 타크로리무스 수치가
4.1로 나왔다고 들었습니다. 지난번에는 8 정도였습니다.

요즘 아버지가 설사를 자주 하시고, 약을 드신 후에 토하신 적도 한 번
있었습니다. 약 용량을 바꿔야 하는지, 다시 피검사를 받아야 하는지
알려 주시면 감사하겠습니다. 영어가 서툴러서 한국어로 씁니다.

감사합니다.
박지현 드림
전화 555-0161
""", "utf-8", "base64"), lang="ko", client="gmail")

M("mtx-fukusayou-soudan", "phi",
  "Japanese patient writes to her rheumatology clinic about methotrexate side effects.",
  A("中村 由美", "yumi.nakamura@mailbox.example.jp.test", "shift_jis", "B"),
  A("リウマチ科 外来", "rheuma@sakura-clinic.example.jp.test", "shift_jis", "B"),
  "メトトレキサートの副作用について（中村由美）",
  D(5, 15, 20, 40, tz="+0900"), T("""\
リウマチ科 外来 御中

いつもお世話になっております。中村由美（診察券番号 0088-4512）です。

先月からメトトレキサートが週8mgから12mgに増えましたが、服用した翌日に
吐き気と口内炎がひどく、昨日から少し息苦しさと空咳があります。
熱は37.4度です。葉酸は指示どおり飲んでいます。

次の受診は5月28日の予定ですが、それまで今週分を休んだ方がよいでしょうか。
ご指示をいただけますと助かります。

中村 由美
電話 090-555-0162
""", "shift_jis", "base64"), lang="ja", scs="shift_jis", client="apple")

M("mama-osimertinib-fuzuoyong", "phi",
  "Chinese family mail about a named mother's lung cancer and osimertinib side effects.",
  A("陈伟", "wei.chen@mailbox.example.com"),
  A("陈静", "jing.chen@mailbox.example.net"),
  "妈妈这次复查的结果",
  D(9, 20, 21, 48), T("""\
姐：

今天陪妈妈去肿瘤科复查了。王医生说CT上肺部的肿块比三个月前又小了一点，
脑部核磁也没有新的病灶，奥希替尼继续吃，每天80毫克。

不过她手指甲旁边又发炎了，脸上长了很多痘，医生开了多西环素和一个药膏。
另外心电图QT间期有点长，下个月要再做一次。

妈妈叫你别担心，她说等你十月回来一起去看外婆。

伟
""", "utf-8", "8bit"), lang="zh", client="gmail")

M("tansiq-zira-kila-html", "phi",
  "Arabic HTML-only message from an international patient coordinator about a named patient's kidney transplant evaluation.",
  A("منسق المرضى الدوليين", mf("intl-patients")),
  A("Khalid Al-Mansouri", "khalid.almansouri@mailbox.example.net"),
  "موعد تقييم زراعة الكلى - السيد خالد المنصوري",
  D(10, 14, 9, 0), HT("""\
<html dir="rtl"><body style="font-family:Tahoma,Arial">
<p>السيد خالد المنصوري المحترم،</p>
<p>تم تحديد موعد تقييمك لزراعة الكلى في مركز ماروفيلد لزراعة الأعضاء يومي <b>2 و3 نوفمبر</b>.</p>
<ul>
<li>تحاليل الدم وفصيلة الأنسجة (HLA) صباح يوم 2 نوفمبر، صائماً</li>
<li>موعد مع طبيبة الكلى الدكتورة أداإيزي نوسو</li>
<li>فحص القلب بالموجات الصوتية واختبار الجهد</li>
<li>لقاء مع أخيك المتبرع المحتمل لشرح فحوصات المتبرع الحي</li>
</ul>
<p>يرجى إحضار تقارير غسيل الكلى الأخيرة وقائمة أدويتك. إذا كنت تحتاج إلى مترجم فسيكون متوفراً.</p>
<p>مع التحية،<br>مكتب المرضى الدوليين - 555-0165</p>
</body></html>
""", "utf-8", "base64"), lang="ar", client="system")

M("pedar-narasayi-ghalb-darou", "phi",
  "Farsi message from a son to the heart-failure clinic about his named father's medicines and swelling.",
  A("Reza Tehrani", "reza.tehrani@mailbox.example.net"),
  A("HF Clinic Nurses", mf("hf-nurses")),
  "سوال درباره داروهای پدرم، محمود تهرانی",
  D(2, 6, 19, 25), T("""\
سلام خانم دورن،

پدرم محمود تهرانی (تاریخ تولد ۱۹۵۲/۰۸/۱۱) از هفته پیش که داروی جدید
اسپیرونولاکتون را شروع کرده، پاهایش کمتر ورم دارد ولی وزنش امروز دو کیلو
کم شده و سرگیجه دارد. فشار خونش ۹۲ روی ۵۸ بود.

آیا باید فوروزماید را امروز ندهیم؟ آزمایش پتاسیم قرار است دوشنبه انجام
شود.

با تشکر،
رضا تهرانی (پسر)
""", "utf-8", "quoted-printable"), lang="fa", client="gmail")

M("lupus-hidroxicloroquina-exame-olho", "phi",
  "Portuguese message from a named lupus patient to her rheumatologist about hydroxychloroquine and an eye exam.",
  A("Juliana Ferraz", "juliana.ferraz@correio.example.com.br.test", "iso-8859-1", "Q"),
  A("Dra. Helena Prado - Reumatologia", "reumato.prado@clinicasul.example.com.br.test", "iso-8859-1", "Q"),
  "Resultado do exame de olho (hidroxicloroquina)",
  D(6, 17, 14, 12, tz="-0300"), T("""\
Boa tarde, Dra. Helena,

Aqui é a Juliana Ferraz, sua paciente com lúpus. Fiz o exame de
campo visual e a tomografia de retina que a senhora pediu por causa da
hidroxicloroquina. O oftalmologista disse que está tudo normal, mas
pediu para repetir em um ano. Vou levar o laudo na consulta de julho.

Também queria avisar que as dores nas articulações das mãos voltaram
depois que reduzimos a prednisona para 5 mg. Posso voltar para 7,5 mg até
a consulta?

Obrigada,
Juliana Ferraz
CPF 000.555.012-99 - prontuário 55102
""", "iso-8859-1", "quoted-printable"), lang="pt", scs="iso-8859-1", smode="Q", client="outlook")

M("me-chay-than-doi-ca", "phi",
  "Vietnamese message from a daughter asking the dialysis unit to change her named mother's shift, typed on a phone.",
  A("Lan Nguyen", "lan.nguyen88@mailbox.example.net"),
  A("Marrowfield Dialysis North", mf("dialysis-north")),
  "Xin đổi ca chạy thận cho mẹ tôi - bà Trần Thị Hoa",
  D(11, 3, 6, 58), T("""\
Chào chị Marisol,

Tôi là Lan, con gái của bà Trần Thị Hoa (ngày sinh 12/6/1948), đang chạy
thận ca 1 sáng thứ Hai, Tư, Sáu ở ghế số 9. Dạo này mẹ tôi bị tụt huyết áp
và chuột rút nhiều vào cuối buổi lọc, lại phải dậy từ 4 giờ sáng nên rất
mệt. Bác sĩ Nwosu nói có thể giảm lượng nước rút.

Nếu có chỗ ở ca 2 (11 giờ) thì xin cho mẹ tôi đổi sang. Cảm ơn chị nhiều.

Lan
Gửi từ iPhone của tôi
""", "utf-8", "8bit", flowed=True), lang="vi", client="iphone")

M("neuropatia-oxaliplatino-celular", "phi",
  "Spanish phone-typed message from a named patient to her infusion nurse about neuropathy on oxaliplatin.",
  A("Graciela Montoya", "gmontoya@mailbox.example.net"),
  A("Colleen Marsh", mf("colleen.marsh")),
  "hormigueo en las manos",
  D(4, 4, 18, 33), T("""\
Hola Colleen, soy Graciela Montoya, la del sillón 8 los martes.
Desde la última quimio (la oxaliplatino) tengo hormigueo en los dedos que
ya no se quita, se me caen las cosas y me cuesta abrocharme la blusa. Con
el frío es peor. ¿Se lo puede decir a la doctora Raman antes del martes?
No quiero que me bajen la dosis pero tampoco quiero quedar así.

Gracias
Graciela

Enviado desde mi Galaxy
""", "utf-8", "quoted-printable", flowed=True), lang="es", client="android")

M("aprobacion-asistencia-palbociclib", "phi",
  "Spanish letter approving free drug from a manufacturer programme for a named patient's palbociclib.",
  A("Programa de Asistencia al Paciente - OnwardCare", "asistencia@onwardhub.example.com"),
  A("Rosalía Campos", "rosalia.campos@mailbox.example.net"),
  "Su solicitud de asistencia fue aprobada - caso OC-2211870",
  D(5, 28, 10, 15), ALT(T("""\
Estimada Sra. Rosalía Campos:

Nos complace informarle que su solicitud al Programa de Asistencia al
Paciente fue APROBADA.

  Caso: OC-2211870
  Medicamento: palbociclib 125 mg, 21 cápsulas por ciclo
  Médico: Dra. Priya Raman, Marrowfield Cancer Institute
  Vigencia: 01/06/2026 - 31/05/2027
  Costo para usted: $0

La farmacia especializada Keystone le llamará para coordinar el primer
envío. Si cambia su seguro médico o sus ingresos, avísenos al 555-0198.

Programa de Asistencia al Paciente OnwardCare
"""), HT("""\
<html><body><p>Estimada Sra. Rosalía Campos:</p>
<p>Su solicitud fue <b>APROBADA</b> &mdash; caso OC-2211870, palbociclib 125 mg, vigencia 01/06/2026 - 31/05/2027, costo $0.</p>
<p>Programa de Asistencia al Paciente OnwardCare &middot; 555-0198</p></body></html>
""")), lang="es", client="system")

M("objet-seul-paclitaxel-reporte", "phi",
  "borderline: French note whose Subject alone carries the patient's name, delayed paclitaxel cycle and neutrophil count.",
  A("Sophie Garnier", "s.garnier@hopital-lumiere.example.fr.test"),
  A("Secrétariat Oncologie", "secretariat.onco@hopital-lumiere.example.fr.test"),
  "Mme Lefèvre Chantal (née 02/09/1967) - C4 paclitaxel reportée, PNN 0,8",
  D(10, 21, 11, 40, tz="+0200"), T("""\
Bonjour,

Voir objet. Merci de rappeler la patiente pour un nouveau rendez-vous la
semaine prochaine avec un bilan la veille.

Sophie Garnier, IDE
Hôpital de jour d'oncologie
""", "utf-8", "8bit"), lang="fr", client="outlook")


# ========================================================== restricted ==
MH, SUD, HIV, GEN, REPRO = CATEGORIES

# mental health ----------------------------------------------------------
M("psycho-onc-referral-phq9-sertraline", "restricted",
  "Oncologist refers a named patient on chemotherapy to psycho-oncology psychiatry for major depression (PHQ-9 19).",
  A("Dr. Priya Raman", mf("priya.raman")), A("Psycho-Oncology Intake", mf("psychonc-intake")),
  "Urgent-ish referral: Lorraine Albright - depression on treatment",
  D(10, 13, 17, 48), """\
Hi team,

Lorraine Albright (MRN 40024476, 67 y, stage IV NSCLC on pembrolizumab)
scored 19 on the PHQ-9 today, up from 8 in July. She describes anhedonia,
early waking and "not seeing the point" of treatment. No active suicidal
ideation or plan; she has her daughter at home. Her PCP started sertraline
25 mg three weeks ago with little change.

Could psychiatry see her in the next 1-2 weeks? She's agreeable and asked
for someone she can also talk to (therapy). Her infusions are every 6 weeks,
next on 10/15 - a same-day visit would be ideal.

Thanks,
Priya Raman, MD
""", cat=MH, client="outlook")

M("transplant-psych-eval-bipolar-lithium", "restricted",
  "Transplant psychiatry evaluation of a named kidney candidate with bipolar I disorder on lithium.",
  A("Dr. Celine Achterberg", mf("celine.achterberg")), A("Kidney Selection Committee", mf("kidney-selection")),
  "Psychosocial/psychiatric evaluation - Nathaniel Birch (for 11/13 committee)",
  D(11, 9, 16, 20), """\
Committee,

Psychiatric evaluation summary for Nathaniel Birch, DOB 03/22/1979, kidney
transplant candidate (ESKD from lithium nephropathy, on HD since 2024).

  - Bipolar I disorder, last manic episode 2019 with one psychiatric
    hospitalisation; stable since on lamotrigine 200 mg and quetiapine
    300 mg. Lithium stopped in 2023 because of kidney function.
  - Sees his outpatient psychiatrist monthly and a therapist every 2 weeks.
  - Good understanding of immunosuppression; sister is his support person.
  - Risk: steroid-induced mood episodes. Recommend a steroid-minimising
    protocol if surgically acceptable and psychiatry follow-up at weeks 1,
    4 and 12 after transplant.

Recommendation: psychiatrically acceptable for listing.

Celine Achterberg, MD | Transplant Psychiatry | 555-0160
""", cat=MH, client="outlook")

M("palliative-ptsd-prolonged-exposure", "restricted",
  "Palliative social worker's note on a named veteran's PTSD, nightmares and ongoing trauma-focused therapy.",
  A("Jolene Whitsett, LCSW", mf("jolene.whitsett")), A("Dr. Maeve Connolly", mf("maeve.connolly")),
  "Ambrose Kettering - PTSD flare at home",
  D(3, 4, 13, 25), """\
Maeve,

Home visit with Ambrose Kettering (metastatic prostate cancer, home
hospice-eligible). His combat PTSD has flared since he became bed-bound:
nightmares most nights, startling when aides touch him from behind, and
he's stopped his sessions of prolonged exposure therapy with his VA
psychologist because he can't travel. Prazosin 2 mg at night helped in
the past; he stopped it in January.

Plan agreed with him and his wife:
  - Ask the VA psychologist to continue therapy by video (he consented)
  - Restart prazosin? - your call, BP has been 100s/60s
  - Aides told to announce themselves and approach from the front

Jolene Whitsett, LCSW | Palliative & Supportive Care | 555-0166
""", cat=MH, client="outlook")

M("html-half-eating-disorder-insulin-omission", "restricted",
  "The plain-text half is a stub; only the HTML half names the patient and her eating disorder with insulin omission.",
  A("Dr. Yusuf Karimi", mf("yusuf.karimi")), A("Eating Disorders Program Intake", mf("edp-intake")),
  "Referral",
  D(1, 28, 12, 12), ALT(T("""\
Referral - please view this message in HTML.
"""), HT("""\
<html><body style="font-family:Calibri,sans-serif">
<p>Dear colleagues,</p>
<p>Referral for <b>Kaylee Summerford</b>, DOB 08/19/2005, MRN 40055390, type 1 diabetes since age 9.</p>
<p>A1c has risen from 7.4% to 12.8% over a year with two DKA admissions (Nov, Jan). She told our
educator she skips insulin to lose weight; restricting, BMI 17.6, amenorrhoea 5 months. EDE-Q
consistent with an eating disorder with insulin omission.</p>
<p>She and her mother agree to an assessment for your intensive outpatient / partial hospital
program. Please coordinate insulin dosing with us.</p>
<p>Yusuf Karimi, MD, Endocrinology &middot; 555-0137</p>
</body></html>
""")), cat=MH, client="outlook")

M("mama-depresion-psiquiatra-escitalopram", "restricted",
  "Spanish family mail about a named mother's depression treatment by a psychiatrist after her cancer diagnosis.",
  A("Patricia Ibarra", "paty.ibarra@mailbox.example.net"), A("Esteban Ibarra", "esteban.ibarra@mailbox.example.com"),
  "Mamá y la psiquiatra",
  D(7, 26, 22, 14), T("""\
Esteban,

Hoy acompañé a mamá (Dolores) a la cita con la psiquiatra del centro de
cáncer. Le diagnosticó depresión mayor, dice que es muy común después de
la cirugía y la quimio. Le subió el escitalopram a 20 mg y quiere que vaya
a terapia con la psicóloga los jueves. Mamá lloró pero al salir dijo que
se sentía aliviada de que alguien la escuchara.

Por favor no le digas nada a la tía Marta, mamá no quiere que se sepa.
¿Puedes llevarla tú el jueves 6 a la terapia? Yo trabajo.

Paty
""", "utf-8", "quoted-printable"), cat=MH, lang="es", client="gmail")

M("psychoonkologie-angststoerung-konsil", "restricted",
  "German psycho-oncology consult on a named patient's anxiety disorder and behavioural therapy.",
  A("Dipl.-Psych. Miriam Albers", "m.albers@klinikum-auental.example.de.test"),
  A("Dr. med. Jonas Feldmann", "j.feldmann@klinikum-auental.example.de.test"),
  "Psychoonkologisches Konsil: Frau Ingrid Sommer, geb. 30.06.1974",
  D(6, 3, 14, 5, tz="+0200"), T("""\
Lieber Herr Feldmann,

ich habe Frau Ingrid Sommer (Mammakarzinom, neoadjuvante Chemotherapie)
heute psychoonkologisch gesehen.

Befund: generalisierte Angststörung (F41.1), bereits vor der
Krebsdiagnose bestehend, jetzt mit Panikattacken vor jeder Infusion und
Schlafstörungen. Keine Suizidalität.

Empfehlung:
  - Kognitive Verhaltenstherapie, 10 Sitzungen, wöchentlich bei mir,
    jeweils vor der Chemotherapie
  - Sertralin 50 mg durch die Psychiatrie (Termin bei Dr. Kranz am 10.06.)
  - Lorazepam 0,5 mg bei Bedarf vor der Infusion

Viele Grüße
Miriam Albers, Psychoonkologie
""", "utf-8", "8bit"), cat=MH, lang="de", client="outlook")

M("ics-psychiatry-follow-up-invite", "restricted",
  "Calendar invitation to a patient for a psycho-oncology psychiatry medication follow-up.",
  A("Psycho-Oncology Scheduling", mf("psychonc-scheduling")),
  A("Nadine Rourke", "nadine.rourke@mailbox.example.net"),
  "Appointment: Psychiatry follow-up (medication management) - Dec 9, 3:00 pm",
  D(11, 25, 11, 0),
  MIX(T("""\
Dear Nadine,

Your follow-up with Dr. Celine Achterberg, Psycho-Oncology Psychiatry, is
on Wednesday December 9 at 3:00 pm (video visit). The calendar file is
attached.
"""), ATT("application/ics", ics("REQUEST", "psy-20261209-rourke@marrowfield.example.org", "20261209T150000",
                              "20261209T153000", "Psychiatry follow-up - Nadine Rourke - bupropion/therapy check-in",
                              ("Psycho-Oncology Scheduling", mf("psychonc-scheduling")),
                              [("Nadine Rourke", "nadine.rourke@mailbox.example.net")],
                              "Video visit",
                              "Medication management (bupropion XL 300 mg) and review of CBT for depression.").encode("utf-8"),
                              "appointment.ics")), cat=MH, client="system")

# substance-use treatment -------------------------------------------------
M("pain-clinic-oud-bup-transition", "restricted",
  "Pain clinic diagnoses opioid use disorder in a named patient and transitions him to buprenorphine-naloxone.",
  A("Dr. Farah Siddiqui", mf("farah.siddiqui")), A("Addiction Medicine Bridge Clinic", mf("bridge-clinic")),
  "Warm handoff: Curtis Pellham - OUD, starting buprenorphine",
  D(4, 29, 16, 40), """\
Bridge clinic team,

Curtis Pellham (MRN 40038840, 44 y, chronic low back pain after L4-5
fusion) meets criteria for moderate opioid use disorder: early refills,
running out, buying oxycodone on the street, and a UDT positive for
fentanyl last week. He was relieved to talk about it.

Today we did a low-dose buprenorphine induction plan (buccal film 150 mcg
titrating to buprenorphine-naloxone 8/2 mg BID by day 7) while tapering
his oxycodone. Naloxone kit given.

He has consented to sharing this with you under Part 2. Can you see him
within a week and take over prescribing? He'd like to join the evening
counselling group.

Farah Siddiqui, MD
""", cat=SUD, client="outlook")

M("sickle-cell-methadone-program-letter", "restricted",
  "Opioid treatment programme letter (Part 2 consent) about a named sickle-cell patient's methadone dose for coordination.",
  A("Crossroads Treatment Center", "medical@crossroadsotp.example.org"),
  A("Dr. Olumide Bankole", mf("olumide.bankole")),
  "Coordination of care - Terrence Abernathy - methadone dose verification",
  D(8, 10, 9, 5), """\
Dr. Bankole,

Per the signed 42 CFR Part 2 consent on file (dated 07/30/2026), we are
writing about our mutual patient Terrence Abernathy, DOB 11/14/1990.

  - Enrolled in our opioid treatment program since 2023 for opioid use
    disorder.
  - Current methadone dose: 95 mg daily, last dosed at our clinic
    08/10/2026 at 07:15. Take-homes: 2 per week.
  - Please continue methadone at the same dose during any admission for
    sickle cell crisis and call our 24-hour line (555-0167) to verify the
    last dose. Additional opioids for acute pain are appropriate.

This information has been disclosed from records protected by federal
confidentiality rules (42 CFR Part 2), which prohibit further disclosure
without the patient's written consent.

Nurse Kim Oyelaran, RN, Crossroads Treatment Center
""", cat=SUD, client="outlook")

M("liver-listing-aud-naltrexone-peth", "restricted",
  "Transplant social work update on a named candidate's alcohol use disorder, naltrexone, IOP and PEth results.",
  A("Darcy Quill, LICSW", mf("darcy.quill")), A("Liver Transplant Team", mf("liver-tx")),
  "Re-evaluation for listing: Martin Sowerby - AUD treatment update",
  D(2, 20, 15, 0), """\
Team,

Update for Martin Sowerby (MRN 40026643, alcohol-associated cirrhosis,
MELD 24) before Tuesday's selection meeting:

  - Completed 12 weeks of intensive outpatient treatment at Ridgeview
    Recovery for alcohol use disorder; now in weekly aftercare group.
  - On naltrexone 50 mg daily since November (LFTs monitored with hepatology).
  - PEth negative x4 (monthly), last 2/12. Attends mutual-help meetings
    3x/week with a sponsor.
  - Wife has signed the relapse-prevention agreement.

I recommend moving forward with listing, with monthly PEth after transplant.

Darcy Quill, LICSW | Transplant Social Work | 555-0169
""", cat=SUD, client="outlook")

M("subject-only-sublocade-due", "restricted",
  "borderline: the body is a bare acknowledgment; the patient's name and his extended-release buprenorphine injection are only in the Subject.",
  A("Trina Vaughn", mf("trina.vaughn")), A("Bridge Clinic Pharmacy", mf("bridge-pharmacy")),
  "Delgado, Ruben - Sublocade 300 mg due 9/14 - is it in?",
  D(9, 10, 15, 2), """\
?? pls let me know today, need to call him

T
""", cat=SUD, client="iphone")

M("iop-attendance-uds-csv", "restricted",
  "CSV attachment lists named clients in an intensive outpatient programme with attendance and drug-screen results.",
  A("Ridgeview Recovery IOP", "iop@ridgeviewrecovery.example.org"),
  A("Darcy Quill, LICSW", mf("darcy.quill")),
  "Weekly attendance - shared clients (consents on file)",
  D(1, 30, 17, 15),
  MIX(T("""\
Darcy,

Attached is this week's report for the shared clients whose Part 2 consents
list Marrowfield Transplant. Redisclosure is prohibited without consent.

Ridgeview Recovery - IOP Clinical Team | 555-0171
"""), ATT("text/csv", nl("""client,dob,program,sessions_attended,sessions_scheduled,uds,peth,notes
"Sowerby, Martin",1968-09-02,IOP alcohol track,3,3,neg,neg,engaged; sponsor x6 months
"Quarles, Dana",1982-01-17,IOP opioid track,2,3,bup+ only,n/a,on buprenorphine 16 mg; missed Thu
"Ferrante, Luis",1975-06-30,aftercare,1,1,neg,neg,stable
"""), "ridgeview_wk05_shared.csv", cte="base64", params=['charset="utf-8"'])), cat=SUD, client="system")

M("skierowanie-detoks-alkohol", "restricted",
  "Polish referral of a named patient to an alcohol detox ward.",
  A("Poradnia Leczenia Uzależnień Brzozów", "poradnia@plu-brzozow.example.pl.test", "iso-8859-2", "Q"),
  A("Oddział Detoksykacji", "detoks@szpital-brzozow.example.pl.test", "iso-8859-2", "Q"),
  "Skierowanie na oddział detoksykacji - Pan Henryk Zawadzki",
  D(12, 1, 10, 10, tz="+0100"), T("""\
Szanowni Państwo,

kierujemy Pana Henryka Zawadzkiego, ur. 21.05.1970, PESEL 70052100000,
na oddział leczenia alkoholowych zespołów abstynencyjnych.

Rozpoznanie: zespół uzależnienia od alkoholu (F10.2). Pacjent pije
codziennie ok. 0,5 l wódki od 6 miesięcy, w wywiadzie drgawki abstynencyjne
w 2024 r. Wyraża zgodę na leczenie. Po detoksykacji planujemy terapię
w dziennym oddziale terapii uzależnień oraz akamprozat.

Proszę o informację o terminie przyjęcia.

lek. Marta Dąbrowska, specjalista psychiatra
Poradnia Leczenia Uzależnień, tel. 13 555 0149
""", "iso-8859-2", "quoted-printable"), cat=SUD, lang="pl", scs="iso-8859-2", smode="Q", client="thunderbird")

M("irmao-clinica-reabilitacao", "restricted",
  "Portuguese family mail about a named brother's admission to a rehab clinic for cocaine and alcohol.",
  A("Fernanda Lopes", "fernanda.lopes@correio.example.com.br.test"),
  A("Ricardo Lopes", "ricardo.lopes@correio.example.com.br.test"),
  "Notícias do Rodrigo",
  D(6, 21, 20, 0, tz="-0300"), T("""\
Ricardo,

O Rodrigo foi internado ontem na clínica de reabilitação Nova Aurora, em
Atibaia, para tratar a dependência de cocaína e álcool. Ele assinou a
internação voluntária. A psiquiatra disse que a desintoxicação leva uns
dez dias e depois ele fica no programa de 60 dias, com terapia em grupo e
visitas da família aos domingos a partir do terceiro fim de semana.

Ele pediu para você não contar para o pai ainda. O plano de saúde cobre
30 dias; o resto vamos dividir entre nós, tudo bem?

Beijos,
Fê
""", "utf-8", "base64"), cat=SUD, lang="pt", client="gmail")

# HIV -----------------------------------------------------------------------
M("oncology-art-interaction-bictegravir", "restricted",
  "Oncology pharmacist reviews a named patient's antiretroviral therapy and HIV viral load before chemotherapy.",
  A("Jordan Pike", mf("jordan.pike")), A("Dr. Anjali Varkey", mf("anjali.varkey")),
  "Interaction check - Desmond Achebe (ART + R-CHOP)",
  D(2, 25, 11, 50), """\
Anjali,

Desmond Achebe (MRN 40049921) - DLBCL starting R-CHOP Thursday. He's living
with HIV, on bictegravir/emtricitabine/tenofovir alafenamide, viral load
undetectable (<20 copies/mL, 2/10), CD4 412.

Interaction review:
  - No significant interaction with R-CHOP components; OK to continue ART
    without interruption.
  - Avoid aprepitant-containing antiemetic changes without checking - fine
    as ordered.
  - Add PJP prophylaxis (TMP-SMX DS MWF) and keep the ID clinic in the loop
    (Meadow Clinic, Dr. Hale).
  - Separate his calcium carbonate from bictegravir by 2 hours.

Jordan
""", cat=HIV, client="outlook")

M("hl7-hiv-viral-load-misrouted", "restricted",
  "Interface alert with an attached HL7 result: a named patient's HIV-1 RNA viral load routed to the wrong provider.",
  A("Corbel Interface Engine", "corbel@integration.marrowfield.example.org"),
  A("Integration On-Call", mf("integration-oncall")),
  "[Corbel] ROUTING WARNING - result to inactive provider (1 message)",
  D(9, 2, 3, 40),
  MIX(T("""\
ROUTING WARNING on channel LAB_MICRO_VIRO_OUT: ordering provider inactive,
result filed to default in-basket. Original message attached for review.
"""), ATT("application/hl7-v2", hl7(
      "MSH|^~\\&|REFLAB|TRIRIVER|ORRIN|MFH|20260902033912||ORU^R01|RL20260902-7781|P|2.5.1",
      "PID|1||40046617^^^MFH^MR||HOLLOWAY^JUSTIN^R||19870615|M",
      "OBR|1|ORD7781220|RL7781220|HIV1VL^HIV-1 RNA quantitative^L|||20260831093000|||||||||118833442^HALE^WINSTON",
      "OBX|1|NM|HIV1VL^HIV-1 RNA quantitative^L||1240|copies/mL|<20|H|||F",
      "OBX|2|NM|HIV1VLLOG^HIV-1 RNA log10^L||3.09|log10 copies/mL||H|||F",
      "NTE|1||Previously undetectable 03/2026. Genotype resistance testing added.",
  ), "RL20260902-7781.hl7")), cat=HIV, client="system")

M("hope-act-hiv-recipient-listing", "restricted",
  "Transplant coordinator note on a named kidney candidate living with HIV (CD4, viral load) for HOPE Act listing.",
  A("Gregory Palk", mf("gregory.palk")), A("Kidney Selection Committee", mf("kidney-selection")),
  "Eduardo Ortega - HIV criteria met, consent for HIV+ donor offers",
  D(11, 5, 14, 18), """\
Committee,

For Eduardo Ortega (MRN 40048802): ID has confirmed he meets the program's
criteria for transplant in people with HIV - CD4 560, viral load
undetectable for 3 years on dolutegravir + lamivudine, no opportunistic
infections. He signed consent today to accept kidney offers from donors
with HIV under the HOPE Act research protocol, as well as HIV-negative
donors.

Pharmacy note: dolutegravir has no interaction with tacrolimus; avoid
boosted regimens.

Greg
""", cat=HIV, client="outlook")

M("prep-refill-hiv-test-due-base64", "restricted",
  "Specialty pharmacy message (base64 body) to a named patient about his PrEP refill and required HIV test.",
  A("Keystone Specialty Pharmacy", "care@keystonerx.example.com"),
  A("Tyler Okwuosa", "tyler.okwuosa@mailbox.example.net"),
  "Tyler, your next refill needs a lab result first",
  D(5, 19, 9, 40), T("""\
Hi Tyler,

Your 90-day refill of emtricitabine/tenofovir alafenamide for PrEP
(Rx KS-7781140) is due on May 26. Before we can ship it, we need your
3-month HIV test result - your last one on file is from February 14.

You can get the test at the Meadow Clinic lab (no appointment, Mon-Fri
7-4) or order a home kit from the clinic. Once the result is negative,
we'll ship within 1 business day.

Keystone Specialty Pharmacy | 555-0173
""", "utf-8", "base64"), cat=HIV, client="system")

M("hiv-kangbingdu-zhiliao-xunwen", "restricted",
  "Chinese message from a named patient to his clinic about his HIV viral load and antiretroviral refill.",
  A("林志强", "zhiqiang.lin@mailbox.example.com", "gbk", "B"),
  A("Meadow Clinic - Infectious Diseases", mf("meadowclinic")),
  "关于我的病毒载量检查结果和药物续方",
  D(3, 14, 21, 30), T("""\
Hale医生您好：

我是林志强，出生日期1985年7月9日。上周在诊所抽血，系统里看到HIV病毒载量是
"检测不到"，CD4是610，请问这是不是说明抗病毒药物效果很好？

我下个月要回国三个月，必妥维（比克恩丙诺片）还剩二十天的量，能不能提前开
九十天的药？我的保险是Clearwater，会员号CWH590117344。

谢谢！
林志强
""", "gbk", "base64"), cat=HIV, lang="zh", scs="gbk", client="gmail")

M("hiv-vl-haeoe-chuljang", "restricted",
  "Korean message from a named patient about his HIV test results and ART supply while abroad.",
  A("한도윤", "doyoon.han@mailbox.example.net"),
  A("Meadow Clinic - Infectious Diseases", mf("meadowclinic")),
  "한도윤 - HIV 검사 결과와 해외 출장 중 약 문의",
  D(7, 1, 8, 12), T("""\
안녕하세요, 감염내과 선생님.

한도윤(1991년 11월 3일생)입니다. 지난주 혈액검사에서 HIV 바이러스가
검출되지 않았다고 들었는데, 결과지를 영문으로 받을 수 있을까요?

8월부터 3개월 동안 서울로 출장을 가는데, 지금 복용하는 항레트로바이러스제
(돌루테그라비르/라미부딘)를 석 달 치 미리 받을 수 있는지 궁금합니다.
한국에서 추가 검사를 받아야 하면 어느 병원으로 가면 되는지도 알려 주세요.

감사합니다.
한도윤
""", "utf-8", "8bit"), cat=HIV, lang="ko", client="apple")

M("adap-inscripcion-antirretrovirales", "restricted",
  "Spanish case-manager message to a named patient about ADAP enrolment for his antiretroviral medicines.",
  A("Yesenia Paredes - Manejo de Casos", mf("yesenia.paredes")),
  A("Octavio Beltrán", "octavio.beltran@mailbox.example.net"),
  "Su inscripción en ADAP - documentos pendientes",
  D(1, 19, 14, 45), T("""\
Estimado Sr. Beltrán:

Para renovar su inscripción en el Programa de Asistencia de Medicamentos
para el VIH (ADAP) y que siga recibiendo sus antirretrovirales
(bictegravir/emtricitabina/tenofovir) sin costo, necesito antes del 31 de
enero:

  1. Comprobante de ingresos de los últimos 30 días
  2. Comprobante de domicilio
  3. Su último resultado de carga viral y CD4 (ya lo tengo del 8 de enero:
     indetectable, CD4 488)

Puede traerlos a la Clínica Meadow o enviarlos por el portal. Si tiene
dudas, llámeme al 555-0144, ext. 2.

Yesenia Paredes, administradora de casos, Clínica Meadow
""", "iso-8859-1", "quoted-printable"), cat=HIV, lang="es", client="outlook")

# genetic -------------------------------------------------------------------
M("html-only-brca2-result-portal", "restricted",
  "HTML-only portal message to a named patient giving her BRCA2 pathogenic variant result.",
  A("Cancer Genetics Program", "noreply@my.marrowfield.example.org"),
  A("Beatrice Hallorann", "bhallorann@mailbox.example.net"),
  "Your genetic test result and next steps",
  D(4, 15, 16, 5), HT("""\
<html><body style="font-family:Arial,sans-serif">
<p>Dear Beatrice,</p>
<p>As we discussed by phone today, your hereditary cancer panel found a <b>pathogenic variant in
the <i>BRCA2</i> gene</b> (c.5946delT). No other variants were found in the 30 genes tested.</p>
<p>This increases your risk of breast and ovarian cancer and may also matter for your current treatment
(PARP inhibitors). Your first-degree relatives each have a 50% chance of carrying the same variant;
we have attached a family letter you can share.</p>
<p>Your follow-up visit with Amara Lindqvist, MS, CGC is on April 28 at 10:00.</p>
<p>Cancer Genetics Program &middot; 555-0150</p>
</body></html>
"""), cat=GEN, client="system")

M("lynch-msh2-after-msi-high-tumour", "restricted",
  "Genetic counsellor reports a named patient's germline MSH2 variant (Lynch syndrome) after an MSI-high tumour.",
  A("Amara Lindqvist", mf("amara.lindqvist")), A("Dr. Priya Raman", mf("priya.raman")),
  "Germline result - Hector Ramirez - Lynch syndrome (MSH2)",
  D(5, 14, 12, 40), """\
Dr. Raman,

Germline result back for Hector Ramirez (MRN 40018834). His tumour was
MSI-high with loss of MSH2/MSH6 on IHC, so we sent paired tumour-normal
testing:

  Germline: MSH2 c.1216C>T (p.Arg406Ter), pathogenic - Lynch syndrome
  Tumour: second somatic hit in MSH2 confirmed

Implications: colonoscopy every 1-2 years after treatment, consider upper
endoscopy; his daughters (31 and 28) and his brother should be offered
predictive testing - I've drafted the family letter. He also qualifies
for the immunotherapy trial if he relapses.

I'll see him with his wife on 5/20 to go through it.

Amara Lindqvist, MS, CGC | Cancer Genetics | 555-0150
""", cat=GEN, client="outlook")

M("ics-germline-counselling-tumour-profiling", "restricted",
  "Calendar invitation for a named patient's genetic counselling about a germline finding from tumour profiling.",
  A("Cancer Genetics Program", mf("cancer-genetics")),
  [A("Darius Kemp", "darius.kemp@mailbox.example.net"), A("Jae-won Seo", mf("jaewon.seo"))],
  "Genetic counseling: Darius Kemp - possible germline ATM variant from tumour profiling",
  D(8, 27, 10, 15),
  CAL(ics("REQUEST", "gc-kemp-0903@marrowfield.example.org", "20260903T130000", "20260903T140000",
          "Genetic counseling - Darius Kemp - tumour profiling showed ATM variant (possible germline)",
          ("Cancer Genetics Program", mf("cancer-genetics")),
          [("Darius Kemp", "darius.kemp@mailbox.example.net"), ("Jae-won Seo", mf("jaewon.seo"))],
          "Cancer Institute 2nd floor, Genetics suite",
          "Pancreatic cancer. Tumour NGS: ATM c.7271T>G at VAF 48%, suggestive of germline origin. "
          "Pre-test counselling and saliva kit for confirmatory germline testing. Bring family history."),
      cte="base64"), cat=GEN, client="outlook")

M("sorella-brca1-test-familiari", "restricted",
  "Italian family mail about a named sister's BRCA1 result and cascade testing for relatives.",
  A("Francesca Moretti", "francesca.moretti@posta.example.it.test", "iso-8859-1", "Q"),
  A("Paolo Moretti", "paolo.moretti@posta.example.it.test", "iso-8859-1", "Q"),
  "Risultato di Giovanna - BRCA1",
  D(2, 8, 19, 12, tz="+0100"), T("""\
Paolo,

ti scrivo perché Giovanna non se la sente di chiamare tutti. Il test
genetico che le hanno fatto dopo la diagnosi ha trovato una mutazione
patogenetica del gene BRCA1. La genetista del San Lorenzo dice che noi
fratelli e anche le sue figlie abbiamo il 50% di probabilità di averla.

Io ho già prenotato la consulenza genetica per il 3 marzo. Anche gli
uomini possono portarla e passarla ai figli, quindi sarebbe bene che la
facessi anche tu, per Sofia e Marta.

Ti mando la lettera per i familiari appena me la dà.

Un abbraccio,
Francesca
""", "iso-8859-1", "8bit"), cat=GEN, lang="it", scs="iso-8859-1", smode="Q", client="thunderbird")

M("hbs-trait-couple-carrier-screening", "restricted",
  "Haematology genetic counselling letter to a named couple who both carry sickle cell trait (carrier screening).",
  A("Jae-won Seo", mf("jaewon.seo")),
  [A("Adunni Okoro", "adunni.okoro@mailbox.example.net"), A("Chike Okoro", "chike.okoro@mailbox.example.net")],
  "Your carrier screening results",
  D(6, 11, 10, 20), """\
Dear Adunni and Chike,

Thank you for meeting with me yesterday. As a summary of your carrier
screening results:

  Adunni: hemoglobin electrophoresis HbA 58%, HbS 39% - sickle cell trait
  Chike:  HbA 60%, HbS 38% - sickle cell trait
  Both: no beta-thalassemia; alpha-globin testing normal

With both of you carrying HbS, each pregnancy has a 25% chance of a child
with sickle cell disease (HbSS). As we discussed, options include
prenatal diagnosis by CVS or amniocentesis, or IVF with preimplantation
genetic testing. There is no wrong choice.

Please call me with any questions.

Jae-won Seo, MS, CGC
Hematology Genetic Counseling | 555-0150
""", cat=GEN, client="outlook")

M("kazokusei-senshu-iden-counseling", "restricted",
  "Japanese message about a named daughter's predictive APC testing and genetic counselling after her father's FAP diagnosis.",
  A("遺伝子診療部", "iden@onc-kanagawa.example.jp.test", "iso-2022-jp", "B"),
  A("佐々木 美穂", "miho.sasaki@mailbox.example.jp.test", "iso-2022-jp", "B"),
  "遺伝カウンセリングのご予約について（佐々木美穂様）",
  D(9, 9, 15, 0, tz="+0900"), T("""\
佐々木 美穂 様

遺伝子診療部です。先日はお電話ありがとうございました。

お父様（佐々木 浩二 様）の家族性大腸腺腫症（APC遺伝子の病的バリアント
c.3927_3931del）の結果を受けて、美穂様ご本人の発症前遺伝学的検査を
ご希望とのことで、遺伝カウンセリングを以下のとおり予約いたしました。

日時：10月6日（火）14:00〜15:00
場所：遺伝子診療部 相談室2
担当：認定遺伝カウンセラー 木村

検査を受けるかどうかは、カウンセリングの後にゆっくりお決めいただけます。

遺伝子診療部 電話 045-555-0145
""", "iso-2022-jp", "7bit"), cat=GEN, lang="ja", scs="iso-2022-jp", client="outlook")

M("germline-report-pdf-palb2", "restricted",
  "PDF attachment (text layer) is a named patient's germline genetic test report with a PALB2 pathogenic variant.",
  A("Helixway Genomics Reports", "reports@helixway.example.com"),
  A("Dr. Priya Raman", mf("priya.raman")),
  "Report ready: accession HX-26-0448120",
  D(7, 29, 4, 10),
  MIX(T("""\
A new report is available for accession HX-26-0448120. The report is
attached and is also in the Helixway provider portal.

Helixway Genomics Client Services | 555-0189
"""), ATT("application/pdf", pdf([
      "HELIXWAY GENOMICS - HEREDITARY CANCER PANEL (GERMLINE)",
      "Patient: Odessa Fairweather    DOB: 01/30/1977    Sex: F",
      "Accession: HX-26-0448120    Specimen: saliva, collected 07/09/2026",
      "Ordering: Priya Raman, MD   NPI: " + npi("167729904"),
      "",
      "RESULT: POSITIVE - one pathogenic variant detected",
      "Gene: PALB2   Variant: c.3113G>A (p.Trp1038Ter)   Zygosity: heterozygous",
      "Classification: Pathogenic",
      "Interpretation: associated with increased risk of breast, pancreatic and",
      "ovarian cancer. Genetic counselling and testing of relatives is recommended.",
      "Genes analysed (36): APC, ATM, BRCA1, BRCA2, CDH1, CHEK2, MLH1, MSH2, ...",
  ], compress=True, title="HX-26-0448120"), "HX-26-0448120_report.pdf")), cat=GEN, client="system")

# reproductive health --------------------------------------------------------
M("random-start-egg-freezing-before-abvd", "restricted",
  "Oncologist asks the fertility centre for urgent egg freezing for a named patient before chemotherapy.",
  A("Dr. Anjali Varkey", mf("anjali.varkey")), A("Solstice Fertility Center - Oncofertility", "oncofertility@solsticefertility.example.com"),
  "URGENT oncofertility: Maya Castellanos, 29, Hodgkin - ABVD start 3/30",
  D(3, 12, 8, 25), """\
Dear Solstice team,

Maya Castellanos, DOB 02/04/1997, new classical Hodgkin lymphoma stage IIB.
We plan ABVD starting March 30 (a 2.5-week window). She wants oocyte
cryopreservation. AMH 2.9 ng/mL, cycle day 6 today, no contraindication to
stimulation from our side; we'd prefer letrozole co-treatment is not needed
(not hormone-sensitive).

Can you see her this week for a random-start protocol? She has the
Ostrander fertility preservation benefit.

Thanks,
Anjali Varkey, MD | 555-0141
""", cat=REPRO, client="outlook")

M("sperm-banking-before-bep", "restricted",
  "Urologist refers a named patient for sperm banking before chemotherapy for testicular cancer.",
  A("Dr. Neil Haskard", mf("neil.haskard")), A("Solstice Andrology Lab", "andrology@solsticefertility.example.com"),
  "Sperm banking before BEP - Connor Vale (DOB 06/21/2002)",
  D(9, 21, 17, 5), """\
Hello,

Please see Connor Vale (DOB 06/21/2002) for sperm cryopreservation this
week. Right orchiectomy 9/18 for a nonseminomatous germ cell tumour; he
starts BEP x3 on October 1. Semen analysis before surgery: concentration
11 million/mL, motility 38% - lowish, so we'd like at least two samples
banked if possible.

He has been counselled that chemotherapy may reduce fertility long-term.

Neil Haskard, MD | Urology | 555-0177
""", cat=REPRO, client="outlook")

M("lenalidomide-rems-contraception", "restricted",
  "borderline: myeloma nurse arranges pregnancy testing and contraception (IUD referral) for a named patient under a drug-safety programme.",
  A("Alexis Moreau", mf("alexis.moreau")), A("Yolanda Briggs", "ybriggs@mailbox.example.net"),
  "Before your lenalidomide starts - pregnancy tests and birth control",
  D(10, 20, 10, 30), """\
Hi Yolanda,

Before you can start lenalidomide for your myeloma, the safety program
needs:

  - Two negative pregnancy tests: one 10-14 days before and one within
    24 hours of your first prescription (I've scheduled 10/26 and 11/6)
  - Two reliable forms of birth control starting 4 weeks before, or
    abstinence. You mentioned you'd like an IUD - I've referred you to
    Dr. Mbeki at Women's Health for a contraception visit on 10/23, and
    condoms in the meantime.

Call me with any questions at 555-0156.

Alexis Moreau, RN
""", cat=REPRO, client="outlook")

M("termination-before-chemo-coordination", "restricted",
  "Oncology and women's health coordinate a named patient's pregnancy termination before starting chemotherapy (QP body).",
  A("Dr. Priya Raman", mf("priya.raman")), A("Dr. Thandiwe Mbeki", mf("thandiwe.mbeki")),
  "Danielle Ferris - procedure timing before AC",
  D(5, 4, 19, 20), T("""\
Thandiwe,

Thank you for seeing Danielle Ferris (MRN 40053317) so quickly. She has
decided, after our long conversation and yours, to end the pregnancy
(9 weeks) before she starts dose-dense AC for her stage IIIA, ER-negative
breast cancer.

If the procedure can be on 5/8 as you suggested, we'd start chemo on 5/18.
Could you also place an IUD at the same time? She'd like contraception
through treatment. Our social worker is helping with childcare and
transport.

Priya
""", "utf-8", "quoted-printable"), cat=REPRO, client="outlook")

M("micofenolato-anticoncepcion-lupus", "restricted",
  "Spanish rheumatology message to a named patient about contraception required with mycophenolate.",
  A("Dra. Carmen Vidal - Reumatología", "cvidal@hcostaverde.example.es.test"),
  A("Valeria Ortiz", "valeria.ortiz@correo.example.es.test"),
  "Micofenolato: anticoncepción antes de empezar",
  D(8, 13, 13, 10, tz="+0200"), T("""\
Hola Valeria,

Como hablamos en la consulta, para empezar el micofenolato para la nefritis
lúpica necesitamos que uses un método anticonceptivo muy eficaz, porque el
medicamento puede causar malformaciones y abortos.

Te recomendé el DIU de cobre o el implante, porque los anticonceptivos con
estrógeno no son buenos con tus anticuerpos antifosfolípidos positivos. Ya
tienes cita en planificación familiar el 20 de agosto. Empezamos el
micofenolato después, con una prueba de embarazo negativa.

Dra. Carmen Vidal
Reumatología, Hospital Costa Verde
""", "utf-8", "8bit"), cat=REPRO, lang="es", client="outlook")

M("kryokonservierung-kostenuebernahme", "restricted",
  "German insurer letter approving egg cryopreservation costs for a named member before chemotherapy.",
  A("AuenKasse Leistungsabteilung", "leistungen@auenkasse.example.de.test"),
  A("Lea Hofbauer", "lea.hofbauer@post.example.de.test"),
  "Kostenübernahme Kryokonservierung - Versichertennummer A123456780",
  D(1, 22, 10, 0, tz="+0100"),
  MIX(T("""\
Sehr geehrte Frau Hofbauer,

im Anhang erhalten Sie unseren Bescheid zu Ihrem Antrag vom 15.01.2026.

Ihre AuenKasse
"""), ATT("application/pdf", pdf([
      "AuenKasse - Leistungsabteilung                       22.01.2026",
      "Frau Lea Hofbauer, Versichertennummer A123456780",
      "Betreff: Kryokonservierung von Eizellen vor keimzellschaedigender Therapie",
      "",
      "Sehr geehrte Frau Hofbauer,",
      "wir uebernehmen die Kosten fuer die ovarielle Stimulation, die Eizellentnahme",
      "und die Kryokonservierung Ihrer Eizellen vor der geplanten Chemotherapie",
      "wegen Ihres Mammakarzinoms (Klinikum Auental, Dr. Feldmann).",
      "Die Lagerung wird zunaechst fuer 3 Jahre uebernommen.",
      "Mit freundlichen Gruessen, Ihre AuenKasse",
  ], title="Bescheid"), "Bescheid_Kryokonservierung_Hofbauer.pdf")),
  cat=REPRO, lang="de", client="system")

M("docx-fertility-preservation-denial", "restricted",
  "DOCX insurer letter denying a named member's fertility preservation (embryo freezing) before cancer treatment.",
  A("Clearwater Health Plan Appeals", "appeals@clearwaterhp.example.com"),
  A("Nadia Kowalski", mf("nadia.kowalski")),
  "Adverse determination - reference UM-26-118840",
  D(6, 15, 16, 30),
  MIX(T("""\
Attached is the adverse determination letter for reference UM-26-118840.
An expedited appeal may be filed within 72 hours for urgent cases.

Clearwater Health Plan - Appeals & Grievances | 555-0183
"""), ATT("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
      "June 15, 2026",
      "Member: Simone Achterberg   Member ID: CWH661024918   DOB: 09/12/1993",
      "Reference: UM-26-118840",
      "Service requested: ovarian stimulation, oocyte retrieval and embryo cryopreservation (CPT 58970, 89258) at Solstice Fertility Center",
      "Determination: DENIED",
      "Reason: Your plan excludes infertility services and fertility preservation. Your upcoming chemotherapy for Ewing sarcoma does not create an exception under your plan's terms.",
      "You or your provider may request an expedited appeal. Call 555-0183.",
  ]), "UM-26-118840_determination.docx")), cat=REPRO, client="system")


# ================================================================ output ==
BANNED_SLUG = ("trap", "phi", "restricted", "none")


def plan():
    """Shuffle the message list with the fixed seed and number it 001-200."""
    msgs = list(MSGS)
    random.Random(SEED).shuffle(msgs)
    out = {}
    rows = []
    for i, m in enumerate(msgs, 1):
        rel = "%s/%03d-%s.eml" % (m["label"], i, m["slug"])
        out[rel] = build(m)
        reason = m["reason"]
        if m["label"] == "restricted":
            reason = "%s: %s" % (m["cat"], reason) if not reason.startswith("borderline:") else \
                "borderline: %s: %s" % (m["cat"], reason[len("borderline:"):].strip())
        rows.append("%s\t%s\t%s" % (rel.split("/", 1)[1], m["label"], reason))
    rows.sort()
    return out, ("\n".join(rows) + "\n").encode("utf-8")


def write():
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    out, labels = plan()
    for rel, data in out.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels)


# ================================================================= check ==
ALLOWED_DOM = ("example.com", "example.org", "example.net")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"(?:https?|ftp)://([A-Za-z0-9.-]+)", re.I)
RE_WWW = re.compile(r"\bwww\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", re.I)
RE_555 = re.compile(r"(?<!\d)555[-. ]?(\d{4})(?!\d)")
RE_NPI = re.compile(r"NPI[^0-9A-Za-z]{0,4}(\d{10})(?!\d)")
RE_DEA = re.compile(r"DEA(?: ?(?:no\.?|number|#))?[^A-Za-z0-9]{0,4}([A-Z]{2}\d{7})(?!\d)")
RE_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
RE_QP = re.compile(r"^(?:[\x21-\x3C\x3E-\x7E \t]|=[0-9A-F]{2})*=?$")


def host_ok(h):
    h = h.lower().rstrip(".")
    return h.endswith(".test") or any(h == d or h.endswith("." + d) for d in ALLOWED_DOM)


def scan_text(where, text, errs):
    for mm in RE_EMAIL.finditer(text):
        if not host_ok(mm.group(1)):
            errs.append("%s: address domain %s" % (where, mm.group(1)))
    for rx in (RE_URL, RE_WWW):
        for mm in rx.finditer(text):
            h = mm.group(1)
            if rx is RE_WWW:
                h = "www." + h
            if not host_ok(h):
                errs.append("%s: host %s" % (where, h))
    for mm in RE_555.finditer(text):
        if not mm.group(1).startswith("01"):
            errs.append("%s: 555 number %s" % (where, mm.group(0)))
    for mm in RE_NPI.finditer(text):
        if not npi_ok(mm.group(1)):
            errs.append("%s: NPI %s fails Luhn" % (where, mm.group(1)))
    for mm in RE_DEA.finditer(text):
        if not dea_ok(mm.group(1)):
            errs.append("%s: DEA %s fails check digit" % (where, mm.group(1)))
    for mm in RE_IP.finditer(text):
        a = [int(x) for x in mm.groups()]
        if max(a) > 255:
            continue
        ok = (a[0] == 10 or (a[0] == 192 and a[1] == 168) or (a[0] == 172 and 16 <= a[1] <= 31)
              or a[:3] in ([192, 0, 2], [198, 51, 100], [203, 0, 113]) or a[0] == 127)
        if not ok:
            errs.append("%s: IPv4 %s" % (where, mm.group(0)))


def pdf_text(data, where, errs):
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    if not m:
        errs.append(where + ": PDF without startxref")
        return ""
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        errs.append(where + ": PDF startxref does not point at xref")
        return ""
    lines = data[x:].split(b"\n")
    n = int(lines[1].split()[1])
    for i in range(1, n):
        off = int(lines[2 + i][:10])
        if not data[off:].startswith(("%d 0 obj" % i).encode()):
            errs.append("%s: PDF object %d offset wrong" % (where, i))
    text = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        s = data[sm.end():sm.end() + ln]
        if data[sm.end() + ln:sm.end() + ln + 10] != b"\nendstream":
            errs.append(where + ": PDF stream length wrong")
        if sm.group(2):
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", s):
            raw = re.sub(rb"\\([0-7]{3})", lambda q: bytes([int(q.group(1), 8)]), t.group(1))
            raw = re.sub(rb"\\(.)", rb"\1", raw)
            text.append(raw.decode("cp1252"))
    return "\n".join(text)


def docx_text(data, where, errs):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if z.testzip() is not None:
                errs.append(where + ": DOCX CRC error")
            root = ET.fromstring(z.read("word/document.xml"))
            z.read("[Content_Types].xml")
    except Exception as e:  # noqa
        errs.append("%s: DOCX unreadable (%s)" % (where, e))
        return ""
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return "\n".join(t.text or "" for t in root.iter(W + "t"))


def check_part(part, where, errs, texts):
    if part.defects:
        errs.append("%s: defects %r" % (where, part.defects))
    for k in part.keys():
        try:
            v = str(part[k])
        except Exception as e:  # noqa
            errs.append("%s: header %s unreadable (%s)" % (where, k, e))
            continue
        hd = getattr(part[k], "defects", ())
        if hd:
            errs.append("%s: header %s defects %r" % (where, k, hd))
        if "=?" in v and k.lower() not in ("content-type", "content-disposition"):
            errs.append("%s: undecoded encoded word in %s" % (where, k))
        if k.lower() not in ("message-id", "in-reply-to", "references", "thread-index", "received"):
            texts.append(("%s %s" % (where, k), v))
    if part.is_multipart():
        return
    ctype = part.get_content_type()
    cte = part.get("Content-Transfer-Encoding", "7bit").lower()
    if ctype == "message/rfc822":
        return
    raw = part.get_payload()
    if cte == "base64":
        lines = [x for x in raw.split("\n") if x.strip()]
        if any(len(x.rstrip("\r")) > 76 for x in lines):
            errs.append(where + ": base64 line longer than 76")
        joined = "".join(raw.split())
        try:
            dec = base64.b64decode(joined, validate=True)
            if base64.b64encode(dec).decode() != joined:
                errs.append(where + ": base64 not canonical")
        except Exception as e:  # noqa
            errs.append("%s: bad base64 (%s)" % (where, e))
    elif cte == "quoted-printable":
        for x in raw.split("\n"):
            x = x.rstrip("\r")
            if len(x) > 76 or not RE_QP.match(x) or x.endswith(" ") or x.endswith("\t"):
                errs.append("%s: bad quoted-printable line %r" % (where, x[:40]))
                break
    elif cte == "7bit":
        if not all(ord(c) < 128 for c in raw):
            errs.append(where + ": 8-bit data in a 7bit part")
    elif cte != "8bit":
        errs.append("%s: unexpected transfer encoding %s" % (where, cte))
    data = part.get_payload(decode=True)
    try:
        part.get_content()
    except Exception as e:  # noqa
        errs.append("%s: get_content failed (%s)" % (where, e))
    fn = part.get_filename()
    if fn:
        texts.append((where + " filename", fn))
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        try:
            text = data.decode(codec(cs), "strict")
        except Exception as e:  # noqa
            errs.append("%s: does not decode as %s (%s)" % (where, cs, e))
            return
        if ctype == "text/calendar":
            text = re.sub(r"\r?\n[ \t]", "", text)
        texts.append((where + " " + ctype, text))
        if ctype == "text/calendar":
            if text.count("BEGIN:") != text.count("END:") or "BEGIN:VEVENT" not in text:
                errs.append(where + ": ICS BEGIN/END unbalanced")
        if ctype == "text/csv":
            list(csv.reader(io.StringIO(text)))
    elif ctype == "application/pdf":
        texts.append((where + " pdf", pdf_text(data, where, errs)))
    elif ctype.endswith("wordprocessingml.document"):
        texts.append((where + " docx", docx_text(data, where, errs)))
    elif ctype in ("application/ics",):
        t = re.sub(r"\r?\n[ \t]", "", data.decode("utf-8"))
        if t.count("BEGIN:") != t.count("END:"):
            errs.append(where + ": ICS BEGIN/END unbalanced")
        texts.append((where + " ics", t))
    elif ctype in ("application/hl7-v2", "x-application/hl7-v2+er7"):
        t = data.decode("ascii")
        if not t.startswith("MSH|^~\\&|"):
            errs.append(where + ": HL7 without MSH")
        texts.append((where + " hl7", t))
    elif ctype == "application/json":
        try:
            json.loads(data.decode("utf-8"))
        except Exception as e:  # noqa
            errs.append("%s: JSON (%s)" % (where, e))
        texts.append((where + " json", data.decode("utf-8")))
    elif ctype == "image/png":
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            errs.append(where + ": not a PNG")


def check_message(rel, data, errs):
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append(rel + ": bare CR or LF")
    for i, ln in enumerate(data.split(b"\r\n")):
        if len(ln) > 998:
            errs.append("%s: line %d longer than 998" % (rel, i + 1))
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append(rel + ": raw 8-bit in headers")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (rel, h))
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append(rel + ": Content-Type without MIME-Version")
    try:
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None:
            errs.append(rel + ": Date not in 2026 with a zone")
    except Exception:  # noqa
        errs.append(rel + ": bad Date")
    if not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.-]+>", str(msg["Message-ID"]).strip()):
        errs.append(rel + ": bad Message-ID")
    texts = []
    n = 0
    for part in msg.walk():
        n += 1
        check_part(part, "%s part %d" % (rel, n), errs, texts)
    for where, t in texts:
        scan_text(where, t, errs)
    return msg


def check():
    errs = []
    out, labels = plan()
    on_disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing folder " + lab)
            continue
        for f in sorted(os.listdir(d)):
            with open(os.path.join(d, f), "rb") as fh:
                on_disk["%s/%s" % (lab, f)] = fh.read()
    if set(on_disk) != set(out):
        errs.append("files on disk differ from the generator: extra %s, missing %s" % (
            sorted(set(on_disk) - set(out))[:5], sorted(set(out) - set(on_disk))[:5]))
    for rel in sorted(set(on_disk) & set(out)):
        if on_disk[rel] != out[rel]:
            errs.append(rel + ": differs from what gen.py writes")
    try:
        with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
            disk_labels = fh.read()
    except OSError:
        disk_labels = b""
    if disk_labels != labels:
        errs.append("labels.tsv differs from what gen.py writes")
    # labels.tsv: each file once, in the folder that holds it
    seen = {}
    for row in disk_labels.decode("utf-8").splitlines():
        f, lab, why = row.split("\t")
        if f in seen:
            errs.append("labels.tsv lists %s twice" % f)
        seen[f] = lab
        if "%s/%s" % (lab, f) not in on_disk:
            errs.append("labels.tsv: %s not in %s/" % (f, lab))
        if not why.strip():
            errs.append("labels.tsv: empty reason for " + f)
    if len(seen) != len(on_disk):
        errs.append("labels.tsv does not list every file")
    cnt = {lab: 0 for lab in LABELS}
    nums = []
    for rel in on_disk:
        lab, f = rel.split("/")
        cnt[lab] += 1
        mm = re.fullmatch(r"(\d{3})-([a-z0-9-]+)\.eml", f)
        if not mm:
            errs.append("bad file name " + rel)
            continue
        nums.append(int(mm.group(1)))
        if any(b in mm.group(2) for b in BANNED_SLUG):
            errs.append("slug gives the label away: " + rel)
    if cnt != COUNTS:
        errs.append("counts %r, want %r" % (cnt, COUNTS))
    if sorted(nums) != list(range(1, 201)):
        errs.append("numbers are not 001-200")
    cats = {}
    for m in MSGS:
        if m["label"] == "restricted":
            if m["cat"] not in CATEGORIES:
                errs.append("restricted without category: " + m["slug"])
            cats[m["cat"]] = cats.get(m["cat"], 0) + 1
        elif m["cat"]:
            errs.append("category on a non-restricted message: " + m["slug"])
    if len({m["slug"] for m in MSGS}) != len(MSGS):
        errs.append("duplicate slugs")
    for rel in sorted(on_disk):
        check_message(rel, on_disk[rel], errs)
    return errs, cnt, cats


def stats():
    out, _ = plan()
    structs, langs, cs_, ctes, inner = {}, {}, {}, {}, {}
    for m in MSGS:
        langs.setdefault(m["label"], {}).setdefault(m["lang"], 0)
        langs[m["label"]][m["lang"]] += 1
    for rel, data in out.items():
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        structs[msg.get_content_type()] = structs.get(msg.get_content_type(), 0) + 1
        first = True
        for p in msg.walk():
            if not first:
                inner[p.get_content_type()] = inner.get(p.get_content_type(), 0) + 1
            first = False
            if not p.is_multipart():
                c = p.get("Content-Transfer-Encoding", "7bit").lower()
                ctes[c] = ctes.get(c, 0) + 1
                if p.get_content_charset():
                    k = p.get_content_charset()
                    cs_[k] = cs_.get(k, 0) + 1
    for name, d in (("top-level", structs), ("inner parts", inner), ("transfer encodings", ctes), ("charsets", cs_)):
        print(name)
        for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-60s %d" % (k, v))
    print("languages")
    for lab in LABELS:
        d = langs.get(lab, {})
        print("  %-11s en %d, other %d: %s" % (lab, d.get("en", 0), sum(v for k, v in d.items() if k != "en"),
                                             ", ".join("%s %d" % kv for kv in sorted(d.items()) if kv[0] != "en")))
    cats = {}
    for m in MSGS:
        if m["label"] == "restricted":
            cats[m["cat"]] = cats.get(m["cat"], 0) + 1
    print("restricted categories", cats)
    print("borderline", sum(1 for m in MSGS if m["reason"].startswith("borderline:")))
    print("none traps", sum(1 for m in MSGS if m["label"] == "none" and m.get("trap")))


def main(argv):
    if "--stats" in argv:
        stats()
        return 0
    if "--check" not in argv:
        write()
    errs, cnt, cats = check()
    for e in errs[:200]:
        print("ERROR", e)
    print("messages: %d (none %d, phi %d, restricted %d)" % (sum(cnt.values()), cnt["none"], cnt["phi"], cnt["restricted"]))
    print("restricted by category: " + ", ".join("%s %d" % (c, cats.get(c, 0)) for c in CATEGORIES))
    print("non-English: %d" % sum(1 for m in MSGS if m["lang"] != "en"))
    print("none traps: %d" % sum(1 for m in MSGS if m["label"] == "none" and m.get("trap")))
    if errs:
        print("FAILED: %d problem(s)" % len(errs))
        return 1
    print("OK: every file matches gen.py, parses without defects and passes the MIME checks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
