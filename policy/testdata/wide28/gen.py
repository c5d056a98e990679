#!/usr/bin/env python3
"""Generator for wide28: long-term care, senior living, home care and hospice,
and the families around them (nursing homes, assisted living and memory
care, adult day, home care agencies, hospice and palliative teams, care
managers, elder-law and guardianship lawyers, a long-term-care pharmacy, a
dialysis unit, surveyors and an ombudsman).

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
import html as htmlmod
import io
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
SEED = 20260428
LABELS = ("none", "phi", "restricted")
EXPECT = {"none": 100, "phi": 65, "restricted": 35}
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-7": "iso8859_7",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1250": "cp1250", "windows-1251": "cp1251",
    "windows-1253": "cp1253", "windows-1255": "cp1255",
    "windows-1256": "cp1256", "koi8-r": "koi8_r", "gb2312": "gb2312",
    "gbk": "gbk", "big5": "big5", "shift_jis": "shift_jis",
    "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
    "ks_c_5601-1987": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


# ------------------------------------------------------------ registry --
MSGS = []
CATS = ("mental health", "substance-use treatment (42 CFR Part 2)", "HIV",
        "genetic", "reproductive health")
LANGS = {
    "en": "English", "es": "Spanish", "tl": "Tagalog", "vi": "Vietnamese",
    "zh": "Chinese", "ko": "Korean", "ru": "Russian", "pl": "Polish",
    "pt": "Portuguese", "ht": "Haitian Creole", "it": "Italian",
    "el": "Greek", "he": "Hebrew", "yi": "Yiddish", "ja": "Japanese",
    "ar": "Arabic",
}


def msg(slug, label, reason, lang="en", cat=None, trap=None, where=None):
    """Register one message.  none: trap=True/False.  phi/restricted:
    where= the place the individual's health content sits.  restricted:
    cat= one of CATS (short keys accepted)."""
    short = {"mh": CATS[0], "sud": CATS[1], "hiv": CATS[2], "gen": CATS[3], "repro": CATS[4]}
    cat = short.get(cat, cat)

    def deco(fn):
        MSGS.append(dict(slug=slug, label=label, reason=reason, lang=lang,
                         cat=cat, trap=trap, where=where, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


def bnd(style=None):
    """A deterministic MIME boundary in one of several client styles."""
    h = _h("b")
    style = style if style is not None else int(h[0], 16) % 5
    if style == 0:   # Outlook
        return "----=_NextPart_000_%s_%s.%s" % (h[1:5].upper(), h[5:13].upper(), h[13:21].upper())
    if style == 1:   # Gmail
        return "0000000000%s" % h[1:19]
    if style == 2:   # Apple Mail
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    if style == 3:   # JavaMail / generic MTA
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1773000000000 + int(h[13:17], 16))
    return "=_%s" % h[1:29]


def mid(domain, style=None):
    h = _h("m")
    style = style if style is not None else int(h[0], 16) % 4
    if style == 0:
        local = "%s.%s" % (h[1:13].upper(), h[13:21].upper())
    elif style == 1:
        local = "CA+%s" % base64.b64encode(bytes.fromhex(h[1:31])).decode().replace("/", "_").replace("+", "-").rstrip("=")
    elif style == 2:
        local = "%s-%s-%s-%s-%s" % (h[1:9].upper(), h[9:13].upper(), h[13:17].upper(), h[17:21].upper(), h[21:33].upper())
    else:
        local = "%s$%s" % (h[1:17], h[17:25])
    return "<%s@%s>" % (local, domain)


def uid(domain):
    h = _h("u")
    return "%s-%s-%s@%s" % (h[:8], h[8:12], h[12:20], domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def us_tz(y, mo, d):
    dd = datetime.date(y, mo, d)
    return "-0400" if datetime.date(2026, 3, 8) <= dd < datetime.date(2026, 11, 1) else "-0500"


def D(y, mo, d, h, mi=0, s=0, tz=None):
    """RFC 5322 date; US Eastern offset unless tz is given."""
    tz = tz or us_tz(y, mo, d)
    wd = _WD[datetime.date(y, mo, d).weekday()]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d, _MON[mo - 1], y, h, mi, s, tz)


def _later(date, seconds):
    dt = email.utils.parsedate_to_datetime(date) + datetime.timedelta(seconds=seconds)
    return email.utils.format_datetime(dt)


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


def b64_encode(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return ("\r\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\r\n").encode("ascii")


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


def fold(name, value):
    """name: value, folded at spaces so ASCII lines stay under 78."""
    if "\r\n" in value:
        return "%s: %s" % (name, value)
    first = name + ":"
    out, cur = [], first
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 78 and cur.strip() not in (first, ""):
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\r\n".join(out)


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte=None, disp=None,
                 filename=None, cid=None, children=None, boundary=None,
                 preamble=None, headers=(), desc=None, name_param=True):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.disp, self.filename, self.cid = disp, filename, cid
        self.children, self.boundary, self.preamble = children, boundary, preamble
        self.headers, self.desc, self.name_param = list(headers), desc, name_param

    def head(self):
        ps = [self.ctype]
        for k, v in self.params:
            ps.append(_param(k, v))
        if self.children is not None:
            ps.append('boundary="%s"' % self.boundary)
        if self.filename and self.name_param:
            ps.append(_param("name", self.filename))
        one = "; ".join(ps)
        lines = []
        if len(one) + 14 <= 78:
            lines.append("Content-Type: " + one)
        else:
            lines.append("Content-Type: " + ";\r\n\t".join(ps))
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            lines.append("Content-ID: <%s>" % self.cid)
        if self.desc:
            lines.append("Content-Description: " + self.desc)
        if self.disp:
            d = self.disp
            if self.filename:
                d += ";\r\n\t" + _param("filename", self.filename)
            lines.append("Content-Disposition: " + d)
        for k, v in self.headers:
            lines.append(fold(k, v))
        return lines

    def body(self):
        if self.children is None:
            return self.data
        out = b""
        if self.preamble:
            out += nl(self.preamble).encode("ascii") + b"\r\n"
        for c in self.children:
            out += b"--" + self.boundary.encode() + b"\r\n" + c.to_bytes() + b"\r\n"
        out += b"--" + self.boundary.encode() + b"--\r\n"
        return out

    def to_bytes(self):
        return (CRLF.join(self.head()) + CRLF + CRLF).encode("ascii") + self.body()


def _enc(data, cte):
    if cte == "quoted-printable":
        return qp_encode(data)
    if cte == "base64":
        return b64_encode(data)
    if cte == "7bit":
        assert all(b < 128 for b in data), "non-ASCII in 7bit part"
    return data


def T(text, cs="utf-8", cte=None, sub="plain", flowed=False, fn=None,
      disp=None, params=(), delsp=False):
    """A text part.  cte defaults to 7bit for ASCII, else quoted-printable."""
    if not text.endswith("\n"):
        text += "\n"
    data = nl(text).encode(codec(cs))
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "quoted-printable"
    ps = [("charset", cs)]
    if flowed:
        ps.append(("format", "flowed"))
        if delsp:
            ps.append(("delsp", "yes"))
    ps += list(params)
    return Part("text/" + sub, _enc(data, cte), ps, cte, disp=disp, filename=fn)


def H(html, cs="utf-8", cte=None):
    return T(html, cs, cte, sub="html")


def htmlize(text, style="outlook", font="Calibri, sans-serif"):
    """A mail client's HTML rendering of a plain-text body."""
    paras = text.strip("\n").split("\n\n")
    body = []
    for p in paras:
        lines = [htmlmod.escape(x, quote=False) for x in p.split("\n")]
        if style == "gmail":
            body.append("<div>%s</div><div><br></div>" % "<br>".join(lines))
        else:
            body.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    if style == "gmail":
        return '<div dir="ltr">%s</div>\n' % "\n".join(body)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p.MsoNormal{margin:0in;font-size:11pt;font-family:%s}</style>\n</head>\n'
            '<body lang="EN-US">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (font, "\n".join(body)))


def ALT(text, html=None, cs="utf-8", tcte=None, hcte=None, style="outlook"):
    """multipart/alternative of a text part and its HTML rendering."""
    if html is None:
        html = htmlize(text, style)
        if cs.lower() != "utf-8":
            html = html.replace("charset=utf-8", "charset=" + cs)
    tp = text if isinstance(text, Part) else T(text, cs, tcte)
    hp = html if isinstance(html, Part) else T(html, cs, hcte or ("quoted-printable" if style != "gmail" or not html.isascii() else "7bit"), sub="html")
    return Part("multipart/alternative", children=[tp, hp], boundary=bnd(1 if style == "gmail" else 0 if style == "outlook" else None))


def MIX(*parts, preamble=None, style=None):
    return Part("multipart/mixed", children=list(parts), boundary=bnd(style), preamble=preamble)


def REL(*parts, style=None):
    return Part("multipart/related", children=list(parts), boundary=bnd(style), params=[("type", "multipart/alternative")] if parts[0].ctype == "multipart/alternative" else [("type", parts[0].ctype)])


def ATT(data, ctype, fn, cte="base64", cs=None, inline=False, params=(), name_param=True):
    """An attachment.  data is bytes or str (str is encoded in cs or utf-8)."""
    ps = list(params)
    if isinstance(data, str):
        cs = cs or "utf-8"
        data = nl(data).encode(codec(cs))
        ps = [("charset", cs)] + ps
    return Part(ctype, _enc(data, cte), ps, cte, disp="inline" if inline else "attachment", filename=fn, name_param=name_param)


def RFC822(raw):
    """A message/rfc822 part holding the raw bytes of another message."""
    return Part("message/rfc822", raw, (), None)


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        else:
            out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def ol_hdr(frm, sent, to, subj, cc=None):
    """An Outlook 'From: / Sent: / To: / Subject:' block."""
    s = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subj


# -------------------------------------------------------------- message --
AGENTS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": ("X-MS-Has-Attach", ""),
    "gmail": ("", ""),
    "iphone": ("X-Mailer", "iPhone Mail (22D82)"),
    "apple": ("X-Mailer", "Apple Mail (2.3826)"),
    "tb": ("User-Agent", "Mozilla Thunderbird"),
    "android": ("X-Mailer", "Samsung Mail"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "mailchimp": ("X-Mailer", "MailChimp Mailer - **CID00000000**"),
    "constant": ("X-Mailer", "Roving Constant Contact"),
    "php": ("X-Mailer", "PHPMailer 6.9.1"),
    "docusign": ("X-Mailer", "DocuSign"),
}

_ADDR = re.compile(r"<([^<>@\s]+@[^<>\s]+)>|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)")


def _addrs(v):
    out = []
    for m in _ADDR.finditer(v or ""):
        out.append(m.group(1) or m.group(2))
    return out


def _ip(h, rng):
    a = int(h[:2], 16) % 3
    last = 10 + int(h[2:4], 16) % 240
    return ("192.0.2.%d", "198.51.100.%d", "203.0.113.%d")[a] % last if rng == "pub" else "10.%d.%d.%d" % (int(h[4:6], 16) % 40, int(h[6:8], 16) % 250, last)


def E(frm, to, subj, date, body, cc=None, reply_to=None, irt=None, refs=None,
      msgid=None, mdom=None, scs="utf-8", smode="B", agent=None, extra=(),
      hops=2, internal=False, rp=None, sender=None, importance=None,
      lists=None, mime=True, bcc_to=None):
    """Build a message and return its bytes (CRLF line ends)."""
    to_s = to if isinstance(to, str) else ", ".join(to)
    cc_s = cc if (cc is None or isinstance(cc, str)) else ", ".join(cc)
    fa = _addrs(frm)
    fdom = fa[0].split("@")[1] if fa else "example.net"
    ra = _addrs(to_s) or _addrs(bcc_to or "") or ["undisclosed@example.net"]
    rdom = ra[0].split("@")[1]
    lines = []
    lines.append("Return-Path: <%s>" % (rp or (fa[0] if fa else "")))
    t = 0
    rcv = []
    for i in range(hops):
        h = _h("r", i)
        t += 2 + int(h[8:10], 16) % 30
        sid = h[10:22].upper()
        if internal:
            a, b = "EXCH%02d.%s" % (1 + i, fdom), "EXCH%02d.%s" % (2 + i, fdom)
            rcv.append("Received: from %s (%s) by %s\r\n (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s"
                       % (a, _ip(h, "priv"), b, _ip(h[10:], "priv"), _later(date, t)))
        elif i == 0:
            rcv.append("Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
                       % ("mail." + fdom, "mail." + fdom, _ip(h, "pub"), "mx1." + rdom, sid[:10], ra[0], _later(date, t)))
        else:
            rcv.append("Received: from %s (%s [%s])\r\n\tby %s with LMTP id %s\r\n\tfor <%s>; %s"
                       % ("mx1." + rdom, "mx1." + rdom, _ip(h, "priv"), "mbox." + rdom, sid, ra[0], _later(date, t)))
    lines += list(reversed(rcv))
    if lists:
        for k, v in lists:
            lines.append(fold(k, v))
    lines.append("Date: " + date)
    lines.append(fold("From", frm))
    if sender:
        lines.append(fold("Sender", sender))
    if reply_to:
        lines.append(fold("Reply-To", reply_to))
    lines.append(_fold_addrs("To", to_s))
    if cc_s:
        lines.append(_fold_addrs("Cc", cc_s))
    if subj is not None:
        lines.append(fold("Subject", ew(subj, scs, smode) if not subj.isascii() else subj))
    lines.append("Message-ID: " + (msgid or mid(mdom or fdom)))
    if irt:
        lines.append("In-Reply-To: " + irt)
        lines.append(fold("References", refs or irt))
    if importance:
        lines.append("Importance: " + importance)
    if agent:
        k, v = AGENTS[agent]
        if v:
            lines.append("%s: %s" % (k, v))
    for k, v in extra:
        lines.append(fold(k, v))
    if isinstance(body, Part):
        lines.append("MIME-Version: 1.0")
        lines += body.head()
        data = body.body()
    else:
        text = body if body.endswith("\n") else body + "\n"
        data = nl(text).encode("ascii")
        if mime:
            lines.append("MIME-Version: 1.0")
            lines.append('Content-Type: text/plain; charset="us-ascii"')
            lines.append("Content-Transfer-Encoding: 7bit")
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + data


def _fold_addrs(name, value):
    parts = _split_addrs(value)
    if len(name) + 2 + len(value) <= 78 or len(parts) < 2:
        return fold(name, value)
    return name + ": " + ",\r\n ".join(p.strip() for p in parts)


def _split_addrs(v):
    out, cur, q, ang = [], "", False, False
    for ch in v:
        if ch == '"':
            q = not q
        elif ch == "<" and not q:
            ang = True
        elif ch == ">" and not q:
            ang = False
        if ch == "," and not q and not ang:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


# ------------------------------------------------------- identifiers --
def _luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def npi(base9):
    """A 10-digit NPI from a 9-digit base, with the 80840 Luhn check digit."""
    for c in "0123456789":
        if _luhn_ok("80840" + base9 + c):
            return base9 + c
    raise ValueError


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return len(d) == 7 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def dea(prefix, six):
    d = [int(c) for c in six]
    return prefix + six + str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


# ----------------------------------------------------------- documents --
def _pdf_str(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(lines, title="Document", flate=False, author="", per=50):
    """A small PDF with a real text layer (Helvetica, WinAnsi).  Lines that
    start with '# ' are set in bold."""
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    objs = {}
    n = len(pages)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % (6 + 2 * i) for i in range(n)), n)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    h = _h("pdf", title)
    objs[5] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer (Harlan Office Print 3.2) /CreationDate (D:2026%s%s%s0000Z) >>" %
               (b"%02d" % (1 + int(h[0], 16) % 9), b"%02d" % (1 + int(h[1:3], 16) % 27), b"%02d" % (8 + int(h[3], 16) % 9)))
    for i, pg in enumerate(pages):
        c = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 740 Td"]
        for ln in pg:
            if ln.startswith("# "):
                c += [b"/F2 11 Tf", _pdf_str(ln[2:]) + b" Tj", b"T*", b"/F1 10 Tf"]
            elif ln:
                c += [_pdf_str(ln) + b" Tj", b"T*"]
            else:
                c.append(b"T*")
        c.append(b"ET")
        content = b"\n".join(c) + b"\n"
        if flate:
            data = zlib.compress(content, 9)
            d = b"<< /Length %d /Filter /FlateDecode >>" % len(data)
        else:
            data = content
            d = b"<< /Length %d >>" % len(data)
        objs[6 + 2 * i] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (7 + 2 * i)).encode()
        objs[7 + 2 * i] = d + b"\nstream\n" + data + b"\nendstream"
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


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _x(s):
    return htmlmod.escape(s, quote=False)


def docx(paras, title="", author="Microsoft Office User"):
    """A minimal but valid .docx.  paras: str, ('h', str) or ('t', rows)."""
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[1]))
        elif isinstance(p, tuple) and p[0] == "t":
            rows = []
            for r in p[1]:
                rows.append("<w:tr>%s</w:tr>" % "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in r))
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>' % (_W, "".join(body)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T14:00:00Z</dcterms:created></cp:coreProperties>' % (_x(title), _x(author)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                           ("word/document.xml", doc), ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

VTZ = """BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
END:DAYLIGHT
END:VTIMEZONE"""


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, lim = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
            lim = 74
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(method, uidv, start, end, summary, organizer, attendees=(), desc="",
        location="", rrule=None, seq=0, status="CONFIRMED", stamp="20260105T150000Z",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", alarm=15):
    """A VCALENDAR (America/New_York).  organizer/attendees: (name, addr)."""
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method]
    L += VTZ.split("\n")
    L += ["BEGIN:VEVENT"]
    L.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for nm, ad in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (nm, ad))
    if desc:
        L.append("DESCRIPTION:" + _ics_esc(desc))
    if rrule:
        L.append("RRULE:" + rrule)
    L += ["UID:" + uidv, "SUMMARY:" + _ics_esc(summary),
          "DTSTART;TZID=America/New_York:" + start, "DTEND;TZID=America/New_York:" + end,
          "DTSTAMP:" + stamp, "SEQUENCE:%d" % seq, "STATUS:" + status]
    if location:
        L.append("LOCATION:" + _ics_esc(location))
    L.append("TRANSP:OPAQUE")
    if alarm and method == "REQUEST":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT%dM" % alarm, "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(x) for x in L) + "\r\n"


def CAL(text, method="REQUEST"):
    return Part("text/calendar", _enc(text.encode("utf-8"), "base64" if not text.isascii() else "7bit"),
                [("charset", "utf-8"), ("method", method)], "base64" if not text.isascii() else "7bit")


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(x in c for x in ',"\n'):
                c = '"%s"' % c.replace('"', '""')
            cells.append(c)
        out.append(",".join(cells))
    return "\r\n".join(out) + "\r\n"


# ------------------------------------------------- recurring text bits --
MT_DISC = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole
use of the intended recipient(s) and may contain confidential and
privileged information, including protected health information. If you
are not the intended recipient, please contact the sender by reply e-mail
and destroy all copies of the original message."""

HOSPICE_DISC = """This message is intended only for the use of the individual or entity to
which it is addressed and may contain information that is privileged,
confidential and exempt from disclosure under applicable law, including
HIPAA. If you received this in error please notify Clearwater Hospice &
Palliative Care at (610) 555-0160 and delete it."""

PHARM_DISC = """Fairlane Long-Term Care Pharmacy | 88 Industrial Pkwy, Unit 4 | Harlan Falls
Phone (610) 555-0171 | Fax (610) 555-0172 | After hours (610) 555-0173
This communication may contain protected health information. If received
in error, notify the sender and delete."""


# ======================================================== organisations --
MT = "mapleterrace.example.com"       # Maple Terrace Health & Rehabilitation Center (SNF)
BH = "brookhavensl.example.org"       # Brookhaven Senior Living (AL + The Willows memory care)
SF = "sunfloweradc.example.org"       # Sunflower Adult Day Center
HS = "hearthstonehome.example.net"    # HearthStone Home Care
CW = "clearwaterhospice.example.org"  # Clearwater Hospice & Palliative Care
AG = "aldanacare.example.com"         # Aldana Geriatric Care Management
WR = "whitcomberuiz.example.com"      # Whitcombe & Ruiz, Elder Law
OY = "oyelaranlaw.example.net"        # Margaret Oyelaran, guardianship attorney
FL = "fairlanerx.example.com"         # Fairlane Long-Term Care Pharmacy
RB = "riverbenddialysis.example.net"  # Riverbend Dialysis
SB = "stbrendans.example.org"         # St. Brendan's Regional Medical Center
MG = "meridiangeropsych.example.net"  # Meridian Geriatric Psychiatry Associates
XR = "crossroadstc.example.org"       # Crossroads Treatment Center (OTP)
KS = "keystonesenior.example.com"     # Keystone Senior Advantage (Medicare Advantage plan)
DOH = "doh.state.test"
DHS = "dhs.state.test"
OMB = "ltcombudsman-r4.example.org"
CT = "courts.harlancounty.test"

MT_SIG = "Maple Terrace Health & Rehabilitation Center\n1400 Orchard Ridge Road, Harlan Falls\nMain (610) 555-0100 | Fax (610) 555-0101"
BH_SIG = "Brookhaven Senior Living | The Willows Memory Care\n22 Brookhaven Lane, Harlan Falls | (610) 555-0120"
CW_SIG = "Clearwater Hospice & Palliative Care\n310 Lakeview Drive, Suite 200, Harlan Falls | (610) 555-0160"
HS_SIG = "HearthStone Home Care | (610) 555-0140 | office@hearthstonehome.example.net"


# ============================================================ none: traps --
@msg("maple-leaf-april-newsletter", "none",
     "Monthly facility newsletter: residents' first names and birthdays, activities, aggregate rehab count; no individual's care.",
     trap=True)
def _():
    text = """THE MAPLE LEAF - April 2026
News from Maple Terrace Health & Rehabilitation Center

A NOTE FROM GREG
Spring is finally here and the courtyard planters are going in next week.
Thank you to everyone who came out for the St. Patrick's Day social - 61
residents and more than 40 family members, a record. Our short-term rehab
team sent 38 guests home in the first quarter, and the new gym equipment
arrived on 3/30.

APRIL BIRTHDAYS
Please stop by and wish them well!
  Dorothy K. (2 West) - April 3 - she turns 97!
  Walter "Walt" B. (1 East) - April 9
  Inez R. (3 North) - April 14
  Father Leo (2 West) - April 21
  Mae and June, our twins on 1 East - April 26

COMING UP
  4/7   Easter bonnet parade, main dining room, 2:00
  4/12  Harlan Falls High School jazz band, 3:00
  4/18  Family council, conference room B, 10:00
  4/22  Earth Day seed planting with the Girl Scouts
  4/29  Volunteer appreciation luncheon

FROM THE WELLNESS DESK
Pollen season is here. Residents who enjoy the courtyard should wear a hat
and sunscreen, and families are welcome to bring a labelled water bottle.
A reminder that our clinic days with the podiatrist and the audiologist are
posted on the board outside the nurses' station on each unit.

WELCOME
We welcome Bill and Jean F., who moved in together on 3 North, and our new
dining services director, Armando Reyes.

Gregory Pappas, NHA, Administrator
""" + MT_SIG + """

You are receiving this because you are on the Maple Terrace family list.
Unsubscribe: https://news.mapleterrace.example.com/u?l=fam&e=%%EMAIL%%
"""
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Maple Leaf - April 2026</title></head>
<body style="margin:0;background:#f4efe6;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff" cellpadding="18">
<tr><td style="background:#7a3b12;color:#fff;font-size:26px">The Maple Leaf <span style="font-size:14px">April 2026</span></td></tr>
<tr><td><h2 style="color:#7a3b12">A note from Greg</h2>
<p>Spring is finally here and the courtyard planters are going in next week. Thank you to everyone who came out for the St. Patrick&#8217;s Day social &#8211; 61 residents and more than 40 family members, a record. Our short-term rehab team sent 38 guests home in the first quarter, and the new gym equipment arrived on 3/30.</p>
<h2 style="color:#7a3b12">April birthdays</h2>
<ul><li>Dorothy K. (2 West) &#8211; April 3 &#8211; she turns 97!</li><li>Walter &#8220;Walt&#8221; B. (1 East) &#8211; April 9</li><li>Inez R. (3 North) &#8211; April 14</li><li>Father Leo (2 West) &#8211; April 21</li><li>Mae and June, our twins on 1 East &#8211; April 26</li></ul>
<h2 style="color:#7a3b12">Coming up</h2>
<table cellpadding="4"><tr><td>4/7</td><td>Easter bonnet parade, main dining room, 2:00</td></tr><tr><td>4/12</td><td>Harlan Falls High School jazz band, 3:00</td></tr><tr><td>4/18</td><td>Family council, conference room B, 10:00</td></tr><tr><td>4/22</td><td>Earth Day seed planting with the Girl Scouts</td></tr><tr><td>4/29</td><td>Volunteer appreciation luncheon</td></tr></table>
<h2 style="color:#7a3b12">From the wellness desk</h2>
<p>Pollen season is here. Residents who enjoy the courtyard should wear a hat and sunscreen, and families are welcome to bring a labelled water bottle. A reminder that our clinic days with the podiatrist and the audiologist are posted on the board outside the nurses&#8217; station on each unit.</p>
<h2 style="color:#7a3b12">Welcome</h2>
<p>We welcome Bill and Jean F., who moved in together on 3 North, and our new dining services director, Armando Reyes.</p>
<p>Gregory Pappas, NHA, Administrator</p></td></tr>
<tr><td style="font-size:11px;color:#777">Maple Terrace Health &amp; Rehabilitation Center &#183; 1400 Orchard Ridge Road, Harlan Falls &#183; (610) 555-0100<br>
<a href="https://news.mapleterrace.example.com/u?l=fam&amp;e=%%EMAIL%%">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
"""
    return E(A("Maple Terrace", "news@news.mapleterrace.example.com"), A("Maple Terrace Families", "families@lists.mapleterrace.example.com"),
             "The Maple Leaf - April birthdays, Easter parade & more", D(2026, 4, 1, 9, 5),
             ALT(text, html, style="gmail"), agent="mailchimp",
             extra=[("List-Unsubscribe", "<https://news.mapleterrace.example.com/u?l=fam>"), ("Precedence", "bulk")])


@msg("willows-may-life-enrichment-calendar", "none",
     "Memory-care activity calendar (PDF) with residents' first names, rooms and birthdays; music and pet therapy are activities, no one's care.",
     trap=True)
def _():
    cal = ["# The Willows at Brookhaven - Life Enrichment Calendar - May 2026", "",
           "Every day: 9:30 Morning stretch | 10:15 Current events | 2:00 Afternoon social | 6:30 Evening music",
           "",
           "Fri 5/1   10:30 Music therapy with Kelly (Willows great room)",
           "Sat 5/2   2:00  Kentucky Derby hat making and mint lemonade",
           "Mon 5/4   10:30 Sensory garden walk    3:00 Baking: lemon bars",
           "Tue 5/5   2:00  Cinco de Mayo mariachi trio",
           "Wed 5/6   10:30 Pet therapy - Duke the golden retriever",
           "Thu 5/7   3:00  Birthday party for Arlene (Willows 12) and Sal (Willows 4)",
           "Fri 5/8   10:30 Music therapy with Kelly",
           "Sun 5/10  Mother's Day brunch with families, 11:00 (RSVP to Toni)",
           "Tue 5/12  2:00  Reminiscence: \"My First Car\"",
           "Wed 5/13  10:30 Pet therapy - Duke",
           "Thu 5/14  2:00  Hand massage and aromatherapy (lavender)",
           "Sat 5/16  2:00  Armed Forces Day - veterans' salute (Howard, Gene, Lou)",
           "Tue 5/19  3:00  Birthday party for Bernice (Willows 9)",
           "Wed 5/20  10:30 Pet therapy - Duke   2:00 Doll and baby care circle",
           "Fri 5/22  10:30 Music therapy with Kelly",
           "Mon 5/25  Memorial Day cookout on the patio, 12:00",
           "Thu 5/28  2:00  Ice cream social and sing-along",
           "",
           "Please label any clothing you bring in. Questions: Toni Reyes, Life Enrichment,",
           "(610) 555-0122 or treyes@brookhavensl.example.org"]
    body = """Hi Willows families,

The May calendar is attached - print it out for the fridge! Highlights are
the Mother's Day brunch (please RSVP by 5/6 so the kitchen can plan) and the
veterans' salute on Armed Forces Day.

Kelly's music therapy sessions are back on Fridays now that the piano has
been tuned.

Warmly,
Toni Reyes
Life Enrichment Coordinator, The Willows
""" + BH_SIG + "\n"
    return E(A("Toni Reyes", "treyes@" + BH), A("Willows Families", "willows-families@" + BH),
             "May Life Enrichment calendar - The Willows", D(2026, 4, 27, 15, 12),
             MIX(T(body), ATT(pdf(cal, "Willows May 2026 calendar", author="Toni Reyes"), "application/pdf", "Willows_May2026_Calendar.pdf")),
             agent="outlook")


@msg("dining-cycle-menu-week-3-therapeutic", "none",
     "Dietary department's cycle menu with consistent-carbohydrate, renal, pureed and mechanical-soft columns; sent to all staff, no resident.",
     trap=True)
def _():
    body = """All,

Week 3 of the spring cycle menu is below and posted in each pantry. Please
note the substitutions for the CCHO (diabetic) and renal diets on Tuesday -
the vendor shorted us on sugar-free pudding.

                 REGULAR             CCHO / DIABETIC      PUREED (IDDSI 4)       MECH SOFT (IDDSI 6)
MON  lunch  Baked chicken, rice   same, 1/2 c rice       pureed chicken,        ground chicken,
            green beans, pie      sugar-free pie         pureed beans, mousse   soft beans
MON  dinner Grilled cheese, soup  same, fruit cup (lite) pureed soup thickened  cheese omelet
TUE  lunch  Meatloaf, mashed pot. same, SF gelatin*     pureed meatloaf/gravy  ground meatloaf
TUE  dinner Fish sticks, slaw     baked fish, slaw       pureed fish, potato    flaked fish
WED  lunch  Pot roast, carrots    same                   pureed roast, carrots  minced roast
...

RENAL: no tomato sauce Wednesday, sub buttered noodles; limit potatoes to
1/2 cup (leached). NAS/2 g Na trays marked with the green dot as usual.

Thickened liquids: nectar and honey pre-thickened cartons are in the
walk-in, second shelf. Do not mix powder on the units without checking the
tray card.

* SF gelatin replaces SF pudding Tuesday only.

Priya Raman, MS, RD, LDN
Director of Food & Nutrition Services
""" + MT_SIG + "\n\n" + MT_DISC + "\n"
    return E(A("Priya Raman", "praman@" + MT), A("MT All Staff", "allstaff@" + MT),
             "Spring cycle menu - week 3 (CCHO / renal / pureed / mech soft)", D(2026, 4, 10, 11, 40),
             T(body), internal=True, agent="outlook")


@msg("family-council-minutes-march", "none",
     "Family council minutes (DOCX): staffing, laundry, call lights, falls discussed in general; no resident identified.",
     trap=True)
def _():
    paras = [("h", "Maple Terrace Family Council - Minutes"), "Saturday, March 21, 2026, 10:00 a.m., Conference Room B",
             "Present: 14 family members; Hannah Lindqvist (social services, staff liaison, attending at the council's invitation); Patricia Nhlapo (Region 4 Ombudsman, guest).",
             ("h", "1. Old business"),
             "Laundry: families report fewer missing items since labelling day. Council thanks housekeeping.",
             "Call lights: several members said evening call-light response on 2 West is still slow. Hannah shared that the facility is adding a 3-11 CNA float on weekends starting in April.",
             ("h", "2. New business"),
             "Falls: a member asked how families are told about falls. Hannah explained the policy: the charge nurse calls the responsible party as soon as the resident is assessed, and the fall is reviewed at the next morning meeting. Members asked that calls not be made between 11 p.m. and 6 a.m. unless there is an injury or a transfer; Hannah will bring this to the DON.",
             "Agency staff: members noticed more agency nurses on nights. The administrator's written answer: agency use is down from 22% of night shifts in January to 15% in March.",
             "Food: the pureed meals look better since the new molds. Members asked for more fresh fruit on the diabetic trays.",
             "Flu season: members thanked the infection preventionist for the unit-wide notices during the February outbreak.",
             ("h", "3. Ombudsman"),
             "Patricia reminded members that residents have the right to refuse care and to be free from physical and chemical restraints, and that anyone may contact the ombudsman confidentially at (610) 555-0125.",
             ("h", "4. Next meeting"),
             "Saturday, April 18, 10:00 a.m. Minutes taken by R. Goldfarb, council secretary."]
    body = """Hello everyone,

Attached are the minutes from Saturday's family council meeting. Please let
me know of any corrections before the April meeting and I will bring a
revised copy.

Thanks,
Ruth Goldfarb
Secretary, Maple Terrace Family Council
"""
    return E(A("Ruth Goldfarb", "ruthgoldfarb@example.net"),
             A("Maple Terrace Family Council", "familycouncil-mt@groups.example.org"),
             "Family council minutes - March 21", D(2026, 3, 23, 20, 14),
             MIX(T(body), ATT(docx(paras, "Family Council Minutes March 2026", "Ruth Goldfarb"), DOCX, "FamilyCouncil_Minutes_2026-03-21.docx")),
             agent="apple")


@msg("influenza-outbreak-2-west-visiting", "none",
     "Infection-control notice to all families: influenza A outbreak on a unit, oseltamivir prophylaxis for the whole unit, visiting limits; no one named.",
     trap=True)
def _():
    text = """Dear Families and Responsible Parties,

We are writing to let you know that we have identified an outbreak of
influenza A on our 2 West unit. Since Sunday, several residents on the unit
have tested positive. The Department of Health has been notified and we are
following its guidance and CDC recommendations.

What we are doing:
- All residents on 2 West who have not tested positive are being offered
  oseltamivir (Tamiflu) as prevention, as recommended, unless their
  physician advises otherwise. If your loved one lives on 2 West, a nurse
  will call you today about consent.
- Residents on 2 West will have meals in their rooms and group activities
  on the unit are paused until at least 7 days after the last new case.
- Staff on the unit are wearing masks and eye protection.

What we ask of you:
- Please postpone visits to 2 West if you can. If you must visit, check in
  at the front desk, wear the mask we give you and visit in the room only.
- Do not visit any unit if you have a fever, cough or sore throat.
- It is not too late for a flu shot for yourself.

Residents on 1 East and 3 North are not affected at this time and visiting
there is unchanged.

Thank you for your patience. Questions may be directed to me or to our
infection preventionist, Nkechi Obi, RN, at (610) 555-0107.

Lorraine Whitaker, RN, DON
Director of Nursing
""" + MT_SIG + "\n"
    return E(A("Maple Terrace Nursing Administration", "nursing@" + MT), A("Maple Terrace Families", "families@lists." + MT),
             "IMPORTANT: Influenza A on 2 West - visiting changes", D(2026, 2, 9, 13, 30),
             ALT(text, style="outlook"), agent="outlook", importance="High")


@msg("annual-survey-results-letter", "none",
     "Administrator's letter on the annual state survey: deficiency tags and sample sizes in aggregate, no resident identified.",
     trap=True)
def _():
    body = """Dear Residents, Families and Friends of Maple Terrace,

Every year the State Department of Health conducts an unannounced survey to
make sure we meet federal and state requirements. The surveyors were with us
February 24-27. In keeping with our commitment to transparency, here is a
summary. The full Statement of Deficiencies (CMS-2567) and our Plan of
Correction are in the binder at the front desk and will be posted on the
public care compare site.

The surveyors reviewed the care of 24 residents in depth. They cited six
deficiencies, none at the level of actual harm or immediate jeopardy:

  F689  Accidents/supervision - fall interventions were not carried out as
        care-planned for 2 of 6 sampled residents.
  F758  Unnecessary psychotropic medications - a PRN antipsychotic order
        was continued past 14 days without a prescriber's re-evaluation for
        1 of 5 residents reviewed.
  F761  Labeling and storage of drugs - an opened insulin pen without a
        date in one medication cart.
  F812  Food storage - undated leftovers in the unit 3 North pantry.
  F880  Infection control - hand hygiene was not observed between two
        residents during one meal pass.
  F641  MDS accuracy - one assessment did not reflect a resident's hospice
        status.

Each item has been corrected and staff have been re-educated. The surveyors
accepted our Plan of Correction on March 18.

If you have questions, my door is open, or call me at (610) 555-0102.

Sincerely,
Gregory Pappas, NHA
Administrator
"""
    return E(A("Gregory Pappas", "gpappas@" + MT), A("Maple Terrace Families", "families@lists." + MT),
             "Our 2026 annual survey results", D(2026, 3, 20, 16, 2),
             T(body), agent="outlook")


@msg("survey-window-open-readiness", "none",
     "DON's reminder to staff that the survey window is open: MDS, psychotropic consents, care plans; no resident named.",
     trap=True)
def _():
    body = """Team,

We are officially in our survey window. Expect them any weekday, any shift,
including early morning. Reminders:

1. Every resident on a psychotropic (antipsychotic, antidepressant,
   anxiolytic, hypnotic) needs a signed consent, a diagnosis that supports
   it, behavior monitoring on the MAR and a GDR attempt or a documented
   contraindication. Unit managers: audit your binders by Friday.
2. MDS: Tessa needs every late assessment closed by Wednesday.
3. Care plans must match what we do. If a resident has a low bed and
   floor mats on the care plan, there had better be floor mats.
4. Hand hygiene between every resident on meal pass. Every one.
5. Med carts locked, narcotic counts signed at every change of shift.
6. Know where the Resident Rights poster and the ombudsman's number are
   on your unit.

When they arrive, the receptionist pages "Code Blue Sky" overhead. Do not
panic. Be yourselves and answer honestly - it's okay to say "I don't know,
let me find out."

Lorraine

Lorraine Whitaker, RN, DON
Maple Terrace | (610) 555-0103
"""
    return E(A("Lorraine Whitaker", "lwhitaker@" + MT), [A("MT Nursing", "nursing-staff@" + MT), A("MT Department Heads", "depthead@" + MT)],
             "Survey window is OPEN", D(2026, 1, 12, 6, 48), T(body), internal=True, agent="outlook", importance="High")


@msg("agency-shift-confirmations-week-16", "none",
     "Staffing agency confirms agency RN/LPN/CNA shifts with license numbers and units; staff HR mail, no resident.",
     trap=True)
def _():
    rows = [["Date", "Shift", "Unit", "Role", "Clinician", "License", "Bill rate"],
            ["04/13/2026", "19-07", "2 West", "RN", "Ama Boateng", "RN-778012", "$92.00"],
            ["04/13/2026", "23-07", "3 North (rehab)", "LPN", "Chris Daley", "PN-330481", "$71.00"],
            ["04/14/2026", "15-23", "1 East (long-term)", "CNA", "Latoya Simms", "CNA-55201", "$41.50"],
            ["04/15/2026", "19-07", "2 West", "RN", "Ama Boateng", "RN-778012", "$92.00"],
            ["04/16/2026", "07-15", "Memory support hall", "CNA", "Rudy Ferreira", "CNA-60917", "$41.50"],
            ["04/18/2026", "19-07", "2 West", "LPN", "Jasmine Oduya", "PN-341119", "$71.00"]]
    body = """Hi Denise,

Confirmed for week of 4/13 - see attached. Ama has worked 2 West before and
knows the MAR system. Chris is new to your building; he has 6 years of
sub-acute and IV experience, and his credentialing file is complete -
I can send it over if your DON wants to see it.

Still working on the 4/17 night CNA. I'll text you by 3 pm.

Kendra Mills
Healthcare Staffing Coordinator
Keller Staffing Solutions | (610) 555-0175 | kmills@kellerstaffing.example.net
"""
    return E(A("Kendra Mills", "kmills@kellerstaffing.example.net"), A("Denise Fay", "dfay@" + MT),
             "Maple Terrace - agency confirmations wk of 4/13", D(2026, 4, 10, 10, 22),
             MIX(T(body), ATT(csv_text(rows), "text/csv", "MapleTerrace_confirmations_0413.csv", cte="7bit")),
             agent="outlook")


@msg("night-shift-coverage-hospice-suite", "none",
     "Scheduler's plea for night coverage on the dementia unit and hospice suite; units named, no resident or care.",
     trap=True)
def _():
    body = """Good morning all,

We still have OPEN shifts this weekend:

  Fri 11p-7a  Memory support (1 West)  1 CNA
  Sat 11p-7a  Hospice suite / 2 West   1 LPN
  Sun 7p-7a   3 North rehab            1 RN (IV certified)

Double-time bonus applies to the Saturday LPN shift. Please reply to me or
text (610) 555-0106 - first come first served. If I cannot fill them I have
to go to Keller for agency.

Reminder that call-offs must be made to the supervisor at least 4 hours
before the shift, and that a no-call/no-show is a final warning.

Thanks for everything you do,
Denise Fay
Staffing Coordinator, Maple Terrace
"""
    return E(A("Denise Fay", "dfay@" + MT), A("MT Nursing", "nursing-staff@" + MT),
             "OPEN SHIFTS this weekend - double time Sat nights", D(2026, 4, 9, 7, 3),
             T(body), internal=True, agent="outlook")


@msg("rate-sheet-2026-private-pay", "none",
     "Facility price list (PDF): daily rates, memory-care levels, medication management and incontinence fees; marketing, no individual.",
     trap=True)
def _():
    lines = ["# Brookhaven Senior Living - 2026 Rate Sheet (effective January 1, 2026)", "",
             "# Assisted Living (monthly)",
             "Studio  $5,450    One-bedroom  $6,325    Two-bedroom companion suite  $4,180 per person", "",
             "# Levels of Care (monthly, added to rent)",
             "Level 1  up to 30 min/day  (reminders, standby assist)          $650",
             "Level 2  31-60 min/day     (bathing, dressing, transfers)       $1,150",
             "Level 3  61-90 min/day     (two-person assist, incontinence care) $1,780",
             "Medication management (up to 10 scheduled meds)                 $525",
             "Each additional 5 medications / insulin administration          $210",
             "Diabetic care (glucose checks up to 4x daily)                    $340", "",
             "# The Willows Memory Care (all-inclusive, monthly)",
             "Private suite $8,950    Companion suite $7,400",
             "Includes dementia-trained staff 24/7, secured neighbourhood, all levels of care,",
             "medication administration and incontinence supplies.", "",
             "# One-time fees",
             "Community fee $3,500   Second-occupant fee $1,500   Nurse assessment before move-in $0", "",
             "# Payment",
             "Private pay, long-term care insurance (we bill your carrier), VA Aid & Attendance.",
             "Brookhaven participates in the state's Medicaid waiver for assisted living in a",
             "limited number of apartments; ask our business office about availability.", "",
             "Rates are subject to change with 30 days' written notice. Questions: Melissa Grant,",
             "Community Relations, (610) 555-0121."]
    body = """Hi Mr. Castellanos,

It was a pleasure to meet you and your sister yesterday. As promised, here is
our 2026 rate sheet. The one-bedroom we saw on the second floor (the one with
the bay window) is available May 1.

Let me know if you'd like to come back for lunch - the chef does a great
Sunday brunch.

Best,
Melissa Grant
Community Relations Director
""" + BH_SIG + "\n"
    return E(A("Melissa Grant", "mgrant@" + BH), A("Luis Castellanos", "lcastellanos@example.com"),
             "Brookhaven - rate sheet as promised", D(2026, 3, 6, 14, 51),
             MIX(ALT(body, style="outlook"), ATT(pdf(lines, "Brookhaven 2026 Rate Sheet", flate=True, author="Brookhaven Senior Living"), "application/pdf", "Brookhaven_2026_Rates.pdf")),
             agent="outlook")


@msg("medicaid-pending-policy-families", "none",
     "Business office explains Medicaid-pending and spend-down policy to all families; generic, no resident or account.",
     trap=True)
def _():
    body = """Dear Families,

Many of you have asked how Maple Terrace handles the move from Medicare or
private pay to Medical Assistance (Medicaid). Here is our policy in plain
language.

1. Medicare Part A covers up to 100 days of skilled care per benefit period
   when the resident needs daily skilled nursing or therapy after a
   qualifying 3-day hospital stay. Days 21-100 carry a daily coinsurance.
2. When skilled coverage ends, the resident pays privately (or through
   long-term care insurance) until they qualify for Medicaid.
3. To qualify, a resident's countable assets must be at or below the state
   limit (currently $2,400 for a single person). Spending down - paying the
   facility, prepaying a funeral, buying needed clothing or a hearing aid -
   is allowed. Gifts in the 5-year look-back period can cause a penalty.
4. We will accept a resident as "Medicaid pending" once an application has
   been filed with the County Assistance Office. During the pending period
   the resident pays the estimated patient-pay amount (monthly income minus
   the $45 personal needs allowance and health insurance premiums).
5. Our business office can help with the application. We do not give legal
   advice; for complex situations (a spouse at home, a house, a trust)
   please talk to an elder-law attorney.

You are welcome to make an appointment with Carl Ostrowski, Business Office
Manager, at (610) 555-0109.

Maple Terrace Business Office
"""
    return E(A("Maple Terrace Business Office", "businessoffice@" + MT), A("Maple Terrace Families", "families@lists." + MT),
             "How Medicare, private pay and Medicaid work at Maple Terrace", D(2026, 1, 20, 10, 15), T(body), agent="outlook")


@msg("bereavement-support-group-spring", "none",
     "Hospice bereavement group announcement to the community; grief education, no individual patient or family member.",
     trap=True)
def _():
    text = """Clearwater Hospice Bereavement Services

SPRING GRIEF SUPPORT GROUPS - open to anyone in the community who has lost
a loved one, whether or not they were served by hospice. Free of charge.

"Walking Through Grief" - 6 weeks, Tuesdays 6:00-7:30 pm, starting April 14
  Clearwater Hospice, 310 Lakeview Drive, community room
"Loss of a Spouse or Partner" - Thursdays 10:00-11:30 am, starting April 16
  Harlan Falls Public Library, meeting room 2
"Men's Grief Breakfast" - first Saturday of the month, 8:00 am,
  Sunrise Diner, Route 9
"Children's Grief Day Camp" - Saturday, June 13 (ages 6-12)

Grief after a long illness, after dementia or after a sudden death can look
very different. Groups are led by our bereavement counsellors and trained
volunteers. These groups are not therapy and do not replace care from your
own doctor or counsellor. If you are in crisis, call or text 988.

To register call Rev. Thomas Achterberg, Bereavement Coordinator, at
(610) 555-0163, or reply to this e-mail.

""" + CW_SIG + """
Unsubscribe from community announcements: https://www.clearwaterhospice.example.org/unsubscribe
"""
    return E(A("Clearwater Hospice Bereavement", "bereavement@" + CW), A("Community Partners", "community@lists." + CW),
             "Spring grief support groups - registration open", D(2026, 3, 25, 9, 0),
             ALT(text, style="outlook"), agent="constant", extra=[("Precedence", "bulk")])


@msg("vigil-volunteer-training-signup", "none",
     "Hospice volunteer coordinator recruits for 'No One Dies Alone' vigil training; no patient.",
     trap=True)
def _():
    body = """Hello volunteers,

We are holding our next No One Dies Alone (NODA) training on Saturday,
May 9, 9 am - 1 pm. NODA volunteers sit with patients in their last hours
when family cannot be there, at home, in nursing homes and in our inpatient
unit.

The training covers what active dying looks like, comfort measures you may
and may not help with (you will never give medication), how to talk to
nursing staff, and self-care afterwards. Lunch provided.

Requirements: you have completed general volunteer orientation, your TB
screening and background check are current, and you are at least a year
past a significant loss of your own.

Sign up here: https://volunteer.clearwaterhospice.example.org/noda-may
or reply to me. 14 seats.

Gina Lusardi
Volunteer Coordinator, Clearwater Hospice & Palliative Care
(610) 555-0164
"""
    return E(A("Gina Lusardi", "glusardi@" + CW), A("Clearwater Volunteers", "volunteers@lists." + CW),
             "NODA vigil volunteer training - May 9 - sign up", D(2026, 4, 6, 17, 20), T(body), agent="outlook")


@msg("memorial-service-harold-kessler", "none",
     "borderline: memorial service for a named resident; no cause of death, diagnosis or care, so no health content.",
     trap=True)
def _():
    body = """Dear Maple Terrace family,

It is with sadness that we share that Harold Kessler, who lived with us on
1 East for six years, passed away last week. Many of you knew Harold from
the woodshop and from his Friday morning trivia, which he never lost.

Harold's family has invited residents, staff and families to a memorial
service in our chapel:

  Thursday, May 14, 2:00 p.m.
  Maple Terrace Chapel (lower level, by the gift shop)
  Chaplain Ruth Ann Okonkwo officiating
  Light refreshments afterwards in the garden room

Residents who would like an escort should let their unit's activity aide
know by Wednesday. Cards for the family can be left at the front desk.

With gratitude for Harold's life,
Bonnie Sage
Director of Activities
""" + MT_SIG + "\n"
    return E(A("Bonnie Sage", "bsage@" + MT), [A("Maple Terrace Families", "families@lists." + MT), A("MT All Staff", "allstaff@" + MT)],
             "Memorial service for Harold Kessler - Thursday 5/14", D(2026, 5, 11, 12, 5), T(body), agent="outlook")


@msg("fwd-obituary-lorraine-betts", "none",
     "borderline: a friend forwards a named woman's obituary; it gives age and death but no cause, diagnosis or care.",
     trap=True)
def _():
    body = """Thought you would want to see this. I know you two worked together at
the nursing home all those years. The service is Saturday, I can drive.

- Carol

---------- Forwarded message ---------
From: Harlan Falls Ledger <notices@ledger.example.com>
Date: Mon, Mar 9, 2026 at 6:00 AM
Subject: Obituaries - Monday, March 9
To: <carol.petrakis@example.net>


LORRAINE M. BETTS, 88, of Harlan Falls, passed away peacefully on
Thursday, March 5, 2026, surrounded by her family. Born in Scranton, she
was a 1955 graduate of Central High School and for 31 years worked in the
dietary department at Maple Terrace, where she was known for her pies
and for remembering every resident's name. She volunteered at the Harlan
Falls Public Library into her eighties.

She is survived by her daughters, Janet (Mark) Ruiz and Susan Betts; five
grandchildren; and three great-grandchildren. She was predeceased by her
husband of 58 years, Edward.

Friends may call Saturday, March 14, from 10 to 11 a.m. at Holloway
Funeral Home, 45 Main Street, followed by a funeral Mass at 11:30 at
St. Casimir Church. In lieu of flowers, donations may be made to the
Harlan Falls Public Library Foundation.
"""
    return E(A("Carol Petrakis", "carol.petrakis@example.net"), A("Joan Haverford", "jhaverford@example.com"),
             "Fwd: Obituaries - Monday, March 9", D(2026, 3, 9, 8, 44), T(body), agent="iphone")


@msg("pharmacy-delivery-schedule-q2", "none",
     "LTC pharmacy's delivery schedule: cycle-fill dates, STAT cut-offs, C-II signature rules, e-kit restock; no resident.",
     trap=True)
def _():
    text = """To: Directors of Nursing and unit managers, Fairlane client facilities

Q2 2026 DELIVERY SCHEDULE

Routine deliveries (Mon-Sat)
  Run 1: orders received by 11:00 am -> delivered 3:00-5:00 pm
  Run 2: orders received by 5:00 pm  -> delivered 9:00-11:30 pm
STAT orders: 4-hour delivery, 24/7. Call (610) 555-0173 after hours
  to page the on-call pharmacist; first doses of antibiotics and
  anticoagulants may be pulled from the e-kit with pharmacist approval.

Cycle fill (30-day blister cards)
  Maple Terrace:        deliver 4/24, 5/22, 6/19 (tote count sheet enclosed)
  Brookhaven AL/Willows: deliver 4/27, 5/25*, 6/22
  Beth Shalom Home:     deliver 4/29, 5/27, 6/24
  * Memorial Day - Brookhaven cycle delivered Saturday 5/23.

Controlled substances (C-II)
  Delivered in sealed, numbered bags. A licensed nurse must sign the
  manifest and count on receipt. Drivers cannot leave C-II totes at the
  front desk. Hard-copy or e-prescription required before dispensing
  (no verbal C-II orders except a true emergency with follow-up within
  7 days).

Emergency kits
  Restocked within 24 hours of use. Fax or e-mail the e-kit usage form;
  a kit seal log must be kept on each unit.

Holiday closures: May 25 (Memorial Day) and July 4 - STAT service only.

Howard Liang, PharmD
Director of Pharmacy Operations
""" + PHARM_DISC + "\n"
    return E(A("Fairlane LTC Pharmacy", "ops@" + FL), A("Fairlane Client Facilities", "clients@lists." + FL),
             "Q2 delivery schedule, cycle-fill dates & C-II reminders", D(2026, 3, 30, 8, 30),
             ALT(text, style="outlook"), agent="outlook")


@msg("ekit-contents-list-2026", "none",
     "Pharmacy's emergency-kit contents list (CSV): opioids, benzodiazepines, naloxone by NDC placeholder; inventory, no resident.",
     trap=True)
def _():
    rows = [["Kit", "Drug", "Strength", "Form", "Qty", "NDC", "Schedule"],
            ["E-KIT A", "Morphine sulfate oral solution", "20 mg/mL", "soln 15 mL", "1", "00000-0000-01", "C-II"],
            ["E-KIT A", "Oxycodone", "5 mg", "tab", "10", "00000-0000-02", "C-II"],
            ["E-KIT A", "Hydrocodone/APAP", "5/325 mg", "tab", "10", "00000-0000-03", "C-II"],
            ["E-KIT A", "Lorazepam", "0.5 mg", "tab", "6", "00000-0000-04", "C-IV"],
            ["E-KIT A", "Lorazepam", "2 mg/mL", "inj", "2", "00000-0000-05", "C-IV"],
            ["E-KIT B", "Naloxone", "4 mg", "nasal spray", "2", "00000-0000-06", "Rx"],
            ["E-KIT B", "Ceftriaxone", "1 g", "vial", "2", "00000-0000-07", "Rx"],
            ["E-KIT B", "Enoxaparin", "40 mg/0.4 mL", "syringe", "4", "00000-0000-08", "Rx"],
            ["E-KIT B", "Haloperidol lactate", "5 mg/mL", "inj", "2", "00000-0000-09", "Rx"],
            ["E-KIT B", "Furosemide", "40 mg", "tab", "6", "00000-0000-10", "Rx"],
            ["E-KIT B", "Glucagon", "1 mg", "kit", "1", "00000-0000-11", "Rx"],
            ["E-KIT B", "Dextrose 40% gel", "15 g", "tube", "2", "00000-0000-12", "OTC"]]
    body = """Lorraine,

Per the consultant's recommendation and the P&T minutes, attached is the
revised e-kit list effective 5/1. Changes: haloperidol tabs removed (inj
only), naloxone nasal spray added to kit B on every unit, tramadol removed.

Please have unit managers sign the new seal logs when the kits are swapped.

Howard
""" + PHARM_DISC + "\n"
    return E(A("Howard Liang", "hliang@" + FL), A("Lorraine Whitaker", "lwhitaker@" + MT),
             "Revised e-kit contents eff 5/1", D(2026, 4, 20, 15, 44),
             MIX(T(body), ATT(csv_text(rows), "text/csv", "ekit_contents_2026-05-01.csv", cte="base64")), agent="outlook")


@msg("comfortline-invoice-briefs-underpads", "none",
     "Vendor invoice for incontinence briefs, underpads and barrier cream by unit with a customer account number; business-to-business.",
     trap=True)
def _():
    lines = ["# COMFORTLINE MEDICAL SUPPLY - INVOICE", "",
             "Invoice CL-2026-04418        Date 04/03/2026        Terms Net 30",
             "Bill to: Maple Terrace Health & Rehabilitation Center, Attn: Accounts Payable",
             "Customer account 55-20871     PO MT-0412", "",
             "Item        Description                                   Unit   Qty   Price     Ext",
             "BRF-M-80    Adult brief, heavy, medium (80/cs)           CS     12    $61.20   $734.40",
             "BRF-L-72    Adult brief, heavy, large (72/cs)            CS     18    $64.80   $1,166.40",
             "BRF-XL-60   Adult brief, heavy, XL (60/cs)               CS     6     $66.10   $396.60",
             "PUW-3036    Underpad 30x36 super absorbent (100/cs)      CS     10    $48.75   $487.50",
             "BCR-4OZ     Zinc barrier cream 4 oz (12/cs)               CS     4     $27.90   $111.60",
             "PCW-96      Perineal wash no-rinse 8 oz (12/cs)           CS     3     $22.40   $67.20",
             "", "Ship to: by unit - 1 East (5 cs), 2 West (24 cs), 3 North (11 cs), Central Supply (13 cs)",
             "Subtotal $2,963.70     Freight $0.00     Tax exempt     TOTAL DUE $2,963.70", "",
             "Remit to Comfortline Medical Supply, PO Box 4410, Harlan Falls. Questions (610) 555-0165."]
    body = """Good afternoon,

Please see attached invoice CL-2026-04418 for your April standing order.
Pricing reflects the GPO contract tier effective 1/1.

Thank you for your business!

Accounts Receivable
Comfortline Medical Supply
ar@comfortline.example.net | (610) 555-0165
"""
    return E(A("Comfortline AR", "ar@comfortline.example.net"), A("Maple Terrace AP", "ap@" + MT),
             "Invoice CL-2026-04418 from Comfortline Medical Supply", D(2026, 4, 3, 16, 10),
             MIX(T(body), ATT(pdf(lines, "Invoice CL-2026-04418", author="Comfortline"), "application/pdf", "Invoice_CL-2026-04418.pdf")), agent="php")


@msg("elder-law-seminar-protect-home", "none",
     "Elder-law firm's free seminar on Medicaid planning, spend-down and guardianship; marketing to the public.",
     trap=True)
def _():
    text = """WHITCOMBE & RUIZ, ELDER LAW
Free community seminar

"Paying for the Nursing Home Without Losing the House"

Wednesday, April 22, 2026 - 6:30 p.m.
Harlan Falls Public Library, Community Room (light supper at 6:00)

Attorney Ellen Whitcombe will cover:
 - How Medicaid (Medical Assistance) pays for long-term care, and the
   5-year look-back
 - Spend-down strategies that are legal, and the ones that backfire
 - Protecting the spouse who stays at home
 - Powers of attorney and health care directives - and what happens when
   there are none (guardianship)
 - VA Aid & Attendance for veterans and surviving spouses

Bring your questions. This seminar is educational and does not create an
attorney-client relationship.

Seating is limited. Reserve at (610) 555-0110 or
https://www.whitcomberuiz.example.com/seminars

Whitcombe & Ruiz, LLC | 12 Court Square, Harlan Falls
"""
    return E(A("Whitcombe & Ruiz Elder Law", "events@" + WR), A("", "newsletter-subscribers@" + WR),
             "Free seminar 4/22: Paying for the nursing home without losing the house", D(2026, 4, 2, 11, 0),
             ALT(text, style="outlook"), agent="constant", extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.whitcomberuiz.example.com/unsubscribe>")])


@msg("guardianship-hearing-notice-whitfield", "none",
     "borderline: court notice of a guardianship hearing for a named person; date, courtroom and parties only, no health content.",
     trap=True)
def _():
    body = """IN THE COURT OF COMMON PLEAS OF HARLAN COUNTY
ORPHANS' COURT DIVISION

IN RE: ELEANOR P. WHITFIELD, an alleged incapacitated person
No. OC-2026-0187

NOTICE OF HEARING

Please take notice that a hearing on the Petition for Appointment of a
Plenary Guardian of the Person and Estate will be held before the
Honorable Marcus T. Delacroix on:

   Tuesday, May 5, 2026, at 9:30 a.m.
   Courtroom 4, Harlan County Courthouse, 1 Court Square, Harlan Falls

The alleged incapacitated person has the right to attend the hearing, to be
represented by counsel, and to request a court-appointed attorney if she
cannot afford one. Interested parties may appear and be heard.

This notice was sent electronically under the court's e-service rules to
counsel of record and to the parties listed in the certificate of service.

Orphans' Court Clerk
Harlan County Courthouse | (610) 555-0114
This is an automated message from the Harlan County e-filing system. Do not
reply to this address.
"""
    return E(A("Harlan County eFiling", "noreply@efile." + CT), [A("Margaret Oyelaran", "moyelaran@" + OY), A("Daniel Ruiz", "druiz@" + WR)],
             "Notice of Hearing - OC-2026-0187 - In re Whitfield", D(2026, 4, 14, 14, 2), T(body),
             extra=[("Auto-Submitted", "auto-generated")])


@msg("lure-medicare-card-replacement", "none",
     "Phishing: fake Medicare notice asking seniors to 'update' their card via a lookalike link; no real individual or care.",
     trap=True)
def _():
    html = """<html><body style="font-family:Arial">
<table width="560" align="center" style="border:1px solid #1f4e79"><tr><td style="background:#1f4e79;color:#fff;padding:12px;font-size:20px">Medicare Beneficiary Services</td></tr>
<tr><td style="padding:16px">
<p>Dear Beneficiary,</p>
<p>Our records show your <b>Medicare card</b> has not been updated to the new 2026 format. Beneficiaries who do not verify their information by <b>April 30</b> may experience an interruption of nursing home, home health and hospice benefits.</p>
<p style="text-align:center"><a href="https://medicare-card-update.example.net/verify?id=88213" style="background:#c00000;color:#fff;padding:10px 18px;text-decoration:none">VERIFY MY MEDICARE NOW</a></p>
<p>You will need your Medicare number, date of birth and the bank account where your Social Security is deposited.</p>
<p>Medicare Beneficiary Services<br>Ref: MBS-26-0042</p>
</td></tr></table></body></html>
"""
    text = """Dear Beneficiary,

Our records show your Medicare card has not been updated to the new 2026
format. Beneficiaries who do not verify their information by April 30 may
experience an interruption of nursing home, home health and hospice benefits.

VERIFY MY MEDICARE NOW: https://medicare-card-update.example.net/verify?id=88213

Medicare Beneficiary Services
"""
    return E(A("Medicare Beneficiary Services", "no-reply@medicare-card-update.example.net"), A("", "activities@" + BH),
             "Action required: your Medicare card will be deactivated", D(2026, 4, 16, 3, 12),
             ALT(text, html, style="other"), agent="php", hops=1)


@msg("lure-docusign-resident-records", "none",
     "Phishing: fake DocuSign 'Resident Records - Signed Transfer Packet' with a lookalike link; no resident.",
     trap=True)
def _():
    text = """Please review and sign your document.

Kathleen Duffy sent you a document to review and sign.

  Resident Records - Signed Transfer Packet (4 pages)

REVIEW DOCUMENT: https://docusign.secure-view.example.net/Signing/?ti=9f0a2c

Do Not Share This Email
This email contains a secure link. Please do not share this email, link,
or access code with others.
"""
    html = """<html><body style="background:#eaeaea;font-family:Helvetica,Arial">
<div style="max-width:520px;margin:20px auto;background:#fff;padding:24px">
<div style="background:#1e4ca1;color:#fff;padding:30px;text-align:center">
<p style="font-size:18px">Kathleen Duffy sent you a document to review and sign.</p>
<a href="https://docusign.secure-view.example.net/Signing/?ti=9f0a2c" style="background:#f6c343;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></div>
<p><b>Resident Records - Signed Transfer Packet</b> (4 pages)</p>
<p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link.</p></div></body></html>
"""
    return E(A("Kathleen Duffy via DocuSign", "dse@docusign-mail.example.net"), A("", "admissions@" + MT),
             "Completed: Resident Records - Signed Transfer Packet", D(2026, 5, 6, 22, 41),
             ALT(text, html, style="other"), agent="docusign", hops=1)


@msg("vet-reminder-biscuit-the-cat", "none",
     "Veterinary reminder for the facility cat (rabies, thyroid medication refill); a pet's care is not a person's health care.",
     trap=True)
def _():
    text = """Hi Maple Terrace Activities!

This is a friendly reminder from Oak Hollow Veterinary Clinic that BISCUIT
(feline, DSH, orange tabby, 11 yrs) is due for:

  - Rabies vaccine (3-year) ............. due 04/20/2026
  - FVRCP booster ....................... due 04/20/2026
  - Senior wellness bloodwork (T4, chem)  due 04/20/2026

Biscuit's methimazole 2.5 mg (twice daily, with food) has 0 refills left.
Reply to this e-mail or call us to authorise a refill; we will need the
recheck T4 before we can renew it for another 6 months.

Client: Maple Terrace Health & Rehab, c/o Bonnie Sage
Patient ID: 30417

Book online: https://www.oakhollowvet.example.com/book
Oak Hollow Veterinary Clinic | 908 Mill Road | (610) 555-0135
"""
    return E(A("Oak Hollow Veterinary Clinic", "reminders@oakhollowvet.example.com"), A("Bonnie Sage", "bsage@" + MT),
             "Biscuit is due for vaccines - and a refill reminder", D(2026, 4, 6, 7, 0),
             ALT(text, style="other"), agent="php")


@msg("duke-therapy-dog-heartworm", "none",
     "Adult day centre and the therapy dog's owner discuss Duke's heartworm test and paperwork; a pet's care, no person's health.",
     trap=True)
def _():
    body = """Hi Ruth Ann,

Duke passed his heartworm and tick panel on Monday (all negative) and the
vet updated his rabies certificate. Copies are attached to the visiting
pet form I dropped off. His Pet Partners registration renews in June.

He'll be back for Wednesday visits starting 4/15. He had a little ear
infection last month, so if he shakes his head a lot, that's why - the
drops are done.

Thanks,
Marjorie Vance
Duke's person :)

On Thu, Apr 9, 2026 at 10:02 AM Ruth Ann Bixby <rbixby@sunfloweradc.example.org> wrote:
> Hi Marjorie - before Duke can come back we need his annual vet paperwork
> (rabies, heartworm, fecal) on file per our infection control policy. The
> members have missed him!
>
> Ruth Ann
"""
    return E(A("Marjorie Vance", "mvance@example.com"), A("Ruth Ann Bixby", "rbixby@" + SF),
             "Re: Duke's paperwork", D(2026, 4, 9, 18, 26), T(body), agent="gmail",
             irt=mid(SF))


@msg("staff-birthday-marisol-cake", "none",
     "Coworkers plan a CNA's birthday and note her date of birth for the HR card; a DOB with no health content.",
     trap=True)
def _():
    body = """Hi all,

Marisol (2 West days) turns 40 on Sunday! We're doing a cake at the 2:30
huddle on Friday since she's off this weekend. Please chip in $5 in the
envelope at the 2 West station - Jomar has it.

HR wanted her DOB for the birthday card list - it's 04/12/1986, employee
# 10482. Don't tell her I told you how old she is.

Rowena
"""
    return E(A("Rowena Bautista", "rbautista@" + MT), [A("Jomar Dizon", "jdizon@" + MT), A("2 West Day Shift", "2west-days@" + MT)],
             "Marisol's 40th!! cake Friday", D(2026, 4, 8, 11, 17), T(body), internal=True, agent="outlook")


@msg("mds-section-gg-webinar-invite", "none",
     "Calendar invite (ICS) for an MDS 3.0 Section GG coding webinar for MDS coordinators; training, no resident.",
     trap=True)
def _():
    desc = ("MDS 3.0 refresher for MDS coordinators and therapy: Section GG self-care and mobility coding, "
            "Section I active diagnoses and PDPM, Section N (antipsychotics, opioids, insulin), hospice "
            "status in O0110. Presenter: Dana Whitlock, RN, RAC-MT. Join: https://meet.example.com/j/4471982 "
            "Passcode 662019")
    cal = ics("REQUEST", uid("mapleterrace.example.com"), "20260422T130000", "20260422T143000",
              "MDS 3.0 Section GG & PDPM refresher (webinar)", ("Tessa Brandt", "tbrandt@" + MT),
              [("MDS Team", "mds@" + MT), ("Rehab Dept", "rehab@" + MT)], desc, "Teams / Conference Room A")
    text = """Section GG refresher with the state RAC trainer. Therapy leads please
attend; the rest of the IDT optional. Join link in the invite.

""" + desc + "\n"
    return E(A("Tessa Brandt", "tbrandt@" + MT), [A("MDS Team", "mds@" + MT), A("Rehab Dept", "rehab@" + MT)],
             "MDS 3.0 Section GG & PDPM refresher (webinar)", D(2026, 4, 6, 9, 33),
             Part("multipart/alternative", children=[T(text), CAL(cal)], boundary=bnd(0)), internal=True, agent="outlook")


@msg("hand-hygiene-cdiff-unit-rates-q1", "none",
     "Infection preventionist's Q1 report: hand-hygiene compliance and C. difficile / UTI rates per 1,000 resident-days by unit; aggregate.",
     trap=True)
def _():
    body = """Hi all,

Q1 infection surveillance summary for QAPI on Thursday.

Hand hygiene (observed opportunities, secret shopper)
  1 East     88%  (212/241)
  2 West     79%  (188/238)   <- outbreak month, re-education done 2/12
  3 North    91%  (240/264)
  Memory     84%  (101/120)

Infections per 1,000 resident-days (McGeer criteria)
                 Jan    Feb    Mar
  UTI            1.1    0.9    0.6
  CAUTI          0.0    0.3    0.0
  C. diff (CDI)  0.3    0.0    0.3
  Resp (incl.    0.8    4.9    0.5   influenza A outbreak 2 West in Feb
  influenza)
  Skin/soft      0.5    0.5    0.8

MDRO: 2 new MRSA colonisations on admission screening, no transmission
identified. Enhanced barrier precautions signage audit: 96% compliant.

Slides to follow.

Nkechi Obi, RN, BSN, CIC
Infection Preventionist | (610) 555-0107
"""
    return E(A("Nkechi Obi", "nobi@" + MT), A("QAPI Committee", "qapi@" + MT),
             "Q1 infection surveillance + hand hygiene for QAPI", D(2026, 4, 7, 16, 30), T(body), internal=True, agent="outlook")


@msg("antibiotic-stewardship-q1-dot", "none",
     "Consultant pharmacist's antibiotic stewardship report: days of therapy, fluoroquinolone use, UTI criteria; aggregate, no resident.",
     trap=True)
def _():
    text = """Antibiotic Stewardship - Q1 2026 - Maple Terrace

Days of therapy (DOT) per 1,000 resident-days: 71 (Q4 2025: 88)
Starts meeting Loeb minimum criteria: 64% (goal 75%)
Fluoroquinolone starts: 3 (all for documented resistant organisms)
Antibiotics started by the on-call provider by phone: 41% of starts
Cultures obtained before starting therapy for suspected UTI: 70%

Observations
- Most non-criteria starts were for "change in mental status" alone in
  residents with dementia. Please use the SBAR and the UTI decision tool
  before calling the provider; confusion without fever, dysuria or new
  urgency is not a UTI.
- Nitrofurantoin remains first line for uncomplicated cystitis when
  CrCl > 30. Cephalexin second.
- 2 C. diff cases in Q1, both with recent hospital antibiotic exposure.

Beth Amsel, RPh, BCGP
Consultant Pharmacist, Fairlane LTC Pharmacy
"""
    return E(A("Beth Amsel", "bamsel@" + FL), [A("Anil Varghese MD", "avarghese@" + MT), A("Lorraine Whitaker", "lwhitaker@" + MT), A("Nkechi Obi", "nobi@" + MT)],
             "Stewardship report Q1", D(2026, 4, 13, 12, 8),
             MIX(T("Q1 stewardship numbers attached for Thursday's QAPI. - Beth\n"),
                 ATT(pdf(text.split("\n"), "Antibiotic Stewardship Q1 2026", author="Beth Amsel"), "application/pdf", "Stewardship_Q1_2026_MapleTerrace.pdf")),
             agent="outlook")


@msg("qapi-antipsychotic-rate-down", "none",
     "QAPI update: long-stay antipsychotic and antidepressant use rates and GDR counts; aggregate percentages, no resident.",
     trap=True)
def _():
    body = """Team,

Good news for the QAPI board: our long-stay antipsychotic quality measure
dropped from 14.2% in Q3 last year to 8.9% this quarter (national average
is around 14%). That is the result of monthly psychotropic meetings with
Dr. Varghese, Beth and the psych NP, and of the non-drug approaches the
CNAs have been using - music, the rummage boxes, consistent assignment.

This quarter:
  Residents on an antipsychotic (excl. schizophrenia, Huntington's,
    Tourette's):                              9 of 101
  GDRs attempted:                             7   successful: 5
  Residents on an antidepressant:             38 of 101
  Residents on a hypnotic:                    2 (down from 6)
  PRN psychotropic orders > 14 days:          0

Next goal: reduce antianxiety use, and document behaviour monitoring the
same way on all units.

Thanks everyone - please share with your teams.

Lorraine
"""
    return E(A("Lorraine Whitaker", "lwhitaker@" + MT), A("MT Department Heads", "depthead@" + MT),
             "Antipsychotic QM down to 8.9% !", D(2026, 4, 17, 14, 20), T(body), internal=True, agent="outlook")


@msg("falls-per-1000-dashboard-march", "none",
     "Falls committee dashboard (CSV): falls, injury falls and falls with fracture per 1,000 resident-days by unit; aggregate.",
     trap=True)
def _():
    rows = [["month", "unit", "resident_days", "falls", "falls_per_1000", "falls_with_injury", "major_injury", "repeat_fallers"],
            ["2026-01", "1 East", "1178", "6", "5.1", "2", "0", "1"],
            ["2026-01", "2 West", "1240", "9", "7.3", "3", "1", "2"],
            ["2026-01", "3 North", "806", "4", "5.0", "1", "0", "0"],
            ["2026-02", "1 East", "1064", "5", "4.7", "1", "0", "1"],
            ["2026-02", "2 West", "1098", "11", "10.0", "4", "0", "3"],
            ["2026-02", "3 North", "760", "3", "3.9", "0", "0", "0"],
            ["2026-03", "1 East", "1181", "4", "3.4", "1", "0", "0"],
            ["2026-03", "2 West", "1236", "7", "5.7", "2", "1", "1"],
            ["2026-03", "3 North", "833", "2", "2.4", "0", "0", "0"]]
    body = """Falls committee -

March numbers attached. 2 West spiked in February (outlier was the flu
outbreak - several falls were residents getting up weak and feverish at
night). Two major-injury falls in Q1, both reviewed with root cause analysis;
the RCAs are in the risk folder, not in this file.

Ideas for April: purposeful rounding at 0200 and 0500 on 2 West, toileting
schedule review, and replace the bed alarms on the memory hall with the
new motion sensors.

Jomar Dizon, RN
ADON / Falls Committee Chair
"""
    return E(A("Jomar Dizon", "jdizon@" + MT), A("Falls Committee", "falls@" + MT),
             "Falls dashboard through March", D(2026, 4, 3, 13, 55),
             MIX(T(body), ATT(csv_text(rows), "text/csv", "falls_dashboard_2026Q1.csv", cte="7bit")), internal=True, agent="outlook")


@msg("hospice-idt-weekly-invite", "none",
     "Recurring hospice interdisciplinary team meeting invite (ICS); agenda headings only, no patient list.",
     trap=True)
def _():
    desc = ("Weekly IDG. Agenda: new admissions, recertifications due, deaths and bereavement plan hand-off, "
            "patients in GIP or respite, visit frequency changes, volunteer requests. Census sheet will be "
            "handed out in the room and collected at the end - do not print or forward it.")
    cal = ics("REQUEST", uid(CW), "20260414T090000", "20260414T110000", "Hospice IDG - Team North",
              ("Dev Malhotra", "dmalhotra@" + CW),
              [("Elaine Moravec MD", "emoravec@" + CW), ("Thomas Achterberg", "tachterberg@" + CW), ("Team North", "team-north@" + CW)],
              desc, "Clearwater Hospice, Conference Room 2", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=26")
    return E(A("Dev Malhotra", "dmalhotra@" + CW), [A("Team North", "team-north@" + CW), A("Elaine Moravec MD", "emoravec@" + CW)],
             "Hospice IDG - Team North (weekly, Tuesdays 9-11)", D(2026, 4, 8, 10, 12),
             MIX(T(desc + "\n"), ATT(cal, "application/ics", "invite.ics", cte="7bit", params=[("method", "REQUEST")])),
             internal=True, agent="outlook")


@msg("job-hospice-msw-bereavement", "none",
     "Job posting for a hospice social worker and bereavement coordinator; HR mail full of clinical terms, no individual.",
     trap=True)
def _():
    text = """Clearwater Hospice & Palliative Care is hiring!

HOSPICE SOCIAL WORKER (MSW, LSW/LCSW) - full time, Team South
- Psychosocial assessments within 5 days of admission; advance care
  planning, POLST conversations, caregiver support
- Assess for depression, anxiety and complicated grief; refer to
  community mental-health or substance-use services when needed
- Medicaid and long-term-care placement assistance, funeral planning
- Attend weekly IDG; on-call rotation 1 weekend in 6
Requirements: MSW from an accredited program, state licensure, 2 years of
medical social work preferred, valid driver's license.

BEREAVEMENT COORDINATOR - 0.8 FTE
- 13-month bereavement follow-up for families, groups, memorial services
Requirements: MDiv, MSW or MA counselling; hospice experience preferred.

Pay: $62,000 - $74,000 (MSW), mileage at IRS rate, 403(b) match, PTO from
day one. Apply: https://careers.clearwaterhospice.example.org or send a
resume to hr@clearwaterhospice.example.org. EOE.
"""
    return E(A("Clearwater Hospice Careers", "hr@" + CW), A("", "jobs@lists.socialwork-pa.example.org"),
             "[Jobs] Hospice Social Worker (MSW) and Bereavement Coordinator - Harlan Falls", D(2026, 3, 17, 9, 45),
             ALT(text, style="outlook"), agent="outlook",
             lists=[("List-Id", "Regional Social Work Jobs <jobs.lists.socialwork-pa.example.org>")])


@msg("caregiver-support-group-flyer-dementia", "none",
     "Adult day centre's flyer for a dementia caregiver support group; education about dementia, no individual.",
     trap=True)
def _():
    html = """<html><body style="font-family:Verdana;font-size:13px">
<h2 style="color:#b8860b">Caring for someone with dementia? You are not alone.</h2>
<p><b>Caregiver Support Group</b><br>Second and fourth Mondays, 6:30&#8211;8:00 pm<br>Sunflower Adult Day Center, 56 Beacon Street</p>
<p>Join other spouses, sons, daughters and friends who care for someone living with Alzheimer&#8217;s disease, vascular dementia, Lewy body dementia or frontotemporal dementia. Each month we share practical tips and support. April 13: <i>&#8220;Sundowning, wandering and sleep &#8211; what helps?&#8221;</i> with Kwame Asante, RN. April 27: <i>&#8220;When is it time for memory care?&#8221;</i></p>
<p>Free respite care is available in the day room during the meeting &#8211; please call ahead so we can plan staffing: (610) 555-0130.</p>
<p style="font-size:11px;color:#888">Sunflower Adult Day Center &#183; a non-profit adult day health program &#183; <a href="https://www.sunfloweradc.example.org">www.sunfloweradc.example.org</a></p>
</body></html>
"""
    return E(A("Sunflower Adult Day Center", "info@" + SF), A("Sunflower Friends", "friends@lists." + SF),
             "Dementia caregiver support group - April topics", D(2026, 4, 1, 12, 0),
             H(html, cte="quoted-printable"), agent="constant")


@msg("home-care-privacy-reminder-caregivers", "none",
     "Home care agency reminds caregivers about HIPAA, client privacy and texting rules; policy mail, no client.",
     trap=True)
def _():
    body = """Hello HearthStone caregivers,

A quick reminder after last month's in-service:

- Do not text client names, addresses, diagnoses, medication lists or
  photos to the office or to each other. Use the CareConnect app messages
  only - they are encrypted.
- Do not post about clients on Facebook, TikTok or in WhatsApp groups,
  even without a name. "My 92-year-old with dementia did the funniest
  thing today" is still a privacy problem.
- Leave the client's care binder in the home. Never take the medication
  sheet or the plan of care home with you.
- If a family member who is not on the client's contact list asks about
  the client's health, politely refer them to the office.

Thank you for protecting our clients' privacy. Questions: Maribel Ortiz,
RN, Clinical Supervisor, (610) 555-0142.

Yolanda Pierre
Scheduling & Caregiver Support
""" + HS_SIG + "\n"
    return E(A("Yolanda Pierre", "ypierre@" + HS), A("HearthStone Caregivers", "caregivers@" + HS),
             "Reminder: client privacy and texting", D(2026, 2, 3, 8, 15), T(body), agent="outlook")


@msg("dialysis-chair-time-change", "none",
     "Dialysis unit tells partner facilities that all MWF second-shift chair times move 30 minutes; no patient named.",
     trap=True)
def _():
    body = """Dear facility partners,

Starting Monday, May 4, all patients on our Monday/Wednesday/Friday
SECOND shift will start treatment 30 minutes later (11:00 instead of
10:30). First and third shift times do not change. This is because of
water-system maintenance.

Please:
- let your transport company know (Harlan Medi-Van has already been told);
- keep sending the facility communication sheet with each patient - most
  recent weight, vitals, any new medications, code status;
- hold morning blood pressure medications only if your physician has
  ordered that, and send a note if they were given.

If a resident will miss treatment for any reason, call the unit at
(610) 555-0180 before 7:00 a.m.

Tamika Rowe, RN, CNN
Clinical Manager, Riverbend Dialysis
"""
    return E(A("Tamika Rowe", "trowe@" + RB),
             [A("Maple Terrace Nursing", "nursing@" + MT), A("Beth Shalom Home Nursing", "nursing@bethshalomhome.example.org"), A("Brookhaven Wellness", "wellness@" + BH)],
             "MWF 2nd shift start time change eff 5/4", D(2026, 4, 20, 11, 38), T(body), agent="outlook")


@msg("medical-director-quarterly-report-q1", "none",
     "Medical director's quarterly report: readmission rate, hospice use, transfers, vaccination rates; aggregate only.",
     trap=True)
def _():
    paras = [("h", "Medical Director Quarterly Report - Q1 2026"), "Anil Varghese, MD, CMD",
             ("h", "Hospital transfers and readmissions"),
             "Hospital transfers: 31 (Q4: 38). 30-day readmission rate for short-stay admissions from St. Brendan's: 17.2% (Q4: 20.5%). Leading causes of transfer: respiratory infection (9), falls with suspected fracture (5), heart failure exacerbation (4), change in condition / sepsis work-up (6).",
             ("h", "Hospice and palliative care"),
             "Residents electing hospice during the quarter: 8. Median length of stay on hospice before death: 23 days. Deaths: 14 (10 with hospice, 4 without).",
             ("h", "Vaccination"),
             "Influenza vaccination of long-stay residents: 91%. Pneumococcal up to date: 84%. Staff influenza: 78%.",
             ("h", "Psychotropic stewardship"),
             "Long-stay antipsychotic use 8.9%. See the QAPI psychotropic report.",
             ("h", "Plans"),
             "INTERACT stop-and-watch training for CNAs in Q2; weekend NP coverage pilot; review heart failure zone tool with 3 North."]
    body = """Greg, Lorraine -

My Q1 report for the governing body is attached. Happy to go through it at
Thursday's QAPI.

Anil

Anil Varghese, MD, CMD
Medical Director, Maple Terrace
"""
    return E(A("Anil Varghese", "avarghese@" + MT), [A("Gregory Pappas", "gpappas@" + MT), A("Lorraine Whitaker", "lwhitaker@" + MT)],
             "Q1 medical director report", D(2026, 4, 14, 21, 5),
             MIX(T(body), ATT(docx(paras, "Medical Director Quarterly Report Q1 2026", "Anil Varghese"), DOCX, "MedDir_Report_Q1_2026.docx")),
             agent="apple")


@msg("readmission-collaborative-may-meeting", "none",
     "Hospital's post-acute readmission collaborative invite with aggregate readmission rates by partner SNF.",
     trap=True)
def _():
    text = """Post-Acute Care Collaborative - May meeting

Thursday, May 7, 2026, 8:00 - 9:30 am
St. Brendan's Regional Medical Center, Education Center room 3, and by video
(https://meet.example.com/j/8812040)

Agenda
 1. 30-day readmission rates by partner facility, Q1 (blinded):
      Facility A 14.8%  B 17.2%  C 21.0%  D 12.9%  E 24.4%
 2. Heart failure and COPD: warm hand-offs and the new discharge summary
 3. Antibiotic stewardship: "UTI" readmissions that weren't
 4. Hospice referrals from the ED - Clearwater Hospice pilot results
 5. Open forum

Please RSVP to Kathleen Duffy, RN, Care Transitions, (610) 555-0191.
"""
    return E(A("Kathleen Duffy", "kduffy@" + SB), A("Post-Acute Collaborative", "pac-collab@lists." + SB),
             "Post-Acute Care Collaborative - May 7 agenda", D(2026, 4, 23, 15, 5), ALT(text, style="outlook"), agent="outlook")


@msg("ombudsman-residents-rights-month", "none",
     "Ombudsman programme's Residents' Rights Month message: right to refuse treatment, freedom from chemical restraint; education, no resident.",
     trap=True)
def _():
    text = """October is Residents' Rights Month

Every resident of a nursing home, assisted living residence or personal
care home has the right to:

  - be treated with dignity and respect;
  - be fully informed about their care and to take part in care planning;
  - refuse medication or treatment;
  - be free from physical restraints and from chemical restraints -
    psychotropic drugs given for staff convenience or discipline rather
    than to treat a medical symptom;
  - privacy in their care and in their medical and financial records;
  - voice grievances without fear of retaliation;
  - manage their own money or choose who will;
  - receive visitors of their choosing at any reasonable hour.

The Long-Term Care Ombudsman Program advocates for residents. Our services
are free and confidential. We do not share anything a resident or family
tells us without permission.

Region 4 LTC Ombudsman Program | (610) 555-0125 | ombudsman@ltcombudsman-r4.example.org
"""
    return E(A("Region 4 LTC Ombudsman", "ombudsman@" + OMB), A("Facility Administrators", "administrators@lists." + OMB),
             "October is Residents' Rights Month - posters and talking points", D(2026, 9, 28, 10, 0),
             MIX(ALT(text, style="outlook"), ATT(pdf(text.split("\n"), "Residents' Rights Month poster", author="Region 4 LTC Ombudsman"), "application/pdf", "ResidentsRights_poster_2026.pdf")),
             agent="outlook")


@msg("willows-memory-care-open-house", "none",
     "Marketing invitation to a memory-care open house with a talk on Alzheimer's and dementia; no individual.",
     trap=True)
def _():
    html = """<!DOCTYPE html><html><body style="margin:0;font-family:'Trebuchet MS',sans-serif;background:#eef3f1">
<div style="max-width:600px;margin:0 auto;background:#fff">
<div style="background:#2f5d50;color:#fff;padding:28px;font-size:24px">You&#8217;re invited: The Willows Open House</div>
<div style="padding:20px">
<p><b>Saturday, June 6 &#183; 11 am &#8211; 2 pm</b><br>The Willows Memory Care at Brookhaven, 22 Brookhaven Lane</p>
<p>Tour our secure neighbourhood designed for people living with Alzheimer&#8217;s disease and other dementias. Meet our dementia-certified care partners, see our sensory garden and enjoy lunch from Chef Omar.</p>
<p><b>12:00 talk:</b> &#8220;Early signs of dementia and what to do next&#8221; with Janine Kowalczyk, Director of Memory Care.</p>
<p>Ask about our <b>summer move-in incentive</b>: community fee waived for move-ins by August 31.</p>
<p><a href="https://www.brookhavensl.example.org/openhouse" style="background:#e07a2e;color:#fff;padding:10px 16px;text-decoration:none">RSVP</a> or call (610) 555-0121</p>
</div><div style="font-size:11px;color:#777;padding:12px">Brookhaven Senior Living &#183; <a href="https://www.brookhavensl.example.org/unsubscribe">Unsubscribe</a></div></div></body></html>
"""
    text = """You're invited: The Willows Open House
Saturday, June 6, 11 am - 2 pm, 22 Brookhaven Lane

Tour our secure neighbourhood designed for people living with Alzheimer's
disease and other dementias. 12:00 talk: "Early signs of dementia and what
to do next" with Janine Kowalczyk, Director of Memory Care.

Summer move-in incentive: community fee waived for move-ins by August 31.
RSVP: https://www.brookhavensl.example.org/openhouse or (610) 555-0121
"""
    return E(A("Brookhaven Senior Living", "hello@" + BH), A("", "prospects@lists." + BH),
             "Open House at The Willows - June 6", D(2026, 5, 19, 10, 30), ALT(text, html, style="other"), agent="mailchimp",
             extra=[("Precedence", "bulk")])


@msg("tour-followup-floor-plans", "none",
     "Sales follow-up to a daughter after a tour: floor plans, availability, pricing; nothing about her father's health.",
     trap=True)
def _():
    body = """Hi Natalie,

Thank you for visiting Brookhaven with your dad on Saturday! I enjoyed
hearing about his years with the railroad - our resident Gene was a
conductor on the same line, and I'd love to introduce them.

As promised:
  - Floor plans for the Cedar (one-bedroom) and the Birch (studio) are
    attached to our website link below.
  - The Cedar on 2 is available June 1; the Birch on 1 is available now.
  - Monthly rent and our care-level pricing are on the rate sheet I gave
    you. Our wellness director will do the pre-move-in visit at no charge,
    whenever you're ready.

https://www.brookhavensl.example.org/floorplans

No pressure at all - these decisions take time. I'll check in next week.

Warmly,
Melissa Grant
Community Relations Director
""" + BH_SIG + "\n"
    return E(A("Melissa Grant", "mgrant@" + BH), A("Natalie Szabo", "nszabo@example.com"),
             "Great meeting you and your dad", D(2026, 5, 11, 9, 14), ALT(body, style="outlook"), agent="outlook")


@msg("blister-card-colour-coding-change", "none",
     "Pharmacy announces new blister-card format and colour coding for PRN, controlled and antibiotic cards; operational, no resident.",
     trap=True)
def _():
    body = """Dear nurses and med techs,

Beginning with the June cycle fill, Fairlane will switch to the new 31-day
multi-dose blister cards. What changes:

  WHITE card  - scheduled medications (unchanged)
  YELLOW card - PRN medications (as-needed pain, anxiety, nausea, bowel)
  RED border  - controlled substances C-II to C-V; count sheet stapled
  GREEN label - antibiotics and other short courses, with stop date
  BLUE label  - "do not crush" / sublingual / extended release

Each multi-dose pouch will list the resident's name, photo, room,
administration time and every drug in the pouch with its description.
Please check the photo against the resident before every pass.

Warfarin, insulin pens, inhalers, eye drops and liquids remain in their
own packaging. Cards for residents on hospice will carry the hospice's
pharmacy label when hospice supplies the drug.

Training sessions on each unit the week of May 18. Questions: Howard Liang,
PharmD, (610) 555-0171.

""" + PHARM_DISC + "\n"
    return E(A("Fairlane LTC Pharmacy", "ops@" + FL), A("Fairlane Client Facilities", "clients@lists." + FL),
             "NEW blister card format starting June cycle", D(2026, 5, 4, 13, 0),
             T(body, cte="quoted-printable"), agent="outlook")


@msg("formulary-update-q2-interchange", "none",
     "LTC pharmacy formulary update naming antipsychotics, antidepressants and buprenorphine patches; therapeutic interchange, no resident.",
     trap=True)
def _():
    text = """FAIRLANE LTC PHARMACY - P&T COMMITTEE FORMULARY UPDATE - Q2 2026

Therapeutic interchange (automatic unless prescriber writes "no sub")
  - Esomeprazole 20/40 mg  ->  omeprazole 20/40 mg
  - Olmesartan             ->  losartan (dose-equivalent table on p. 2)
  - Insulin glargine brands ->  formulary glargine pen
Added to formulary
  - Buprenorphine transdermal patch 5 and 10 mcg/hr (chronic pain; not for
    opioid use disorder - OUD products remain non-formulary and are
    obtained through the prescriber's OTP or office)
  - Mirtazapine ODT 7.5 mg
Removed
  - Quetiapine 12.5 mg half-tabs: prescribers should reassess any quetiapine
    used for sleep (consultant pharmacist will flag at monthly review)
  - Diphenhydramine scheduled doses (Beers list)
Antidepressants: sertraline and escitalopram remain preferred SSRIs; avoid
paroxetine in older adults.

Full formulary: https://portal.fairlanerx.example.com/formulary
""" + PHARM_DISC + "\n"
    return E(A("Beth Amsel", "bamsel@" + FL), [A("Medical Directors", "meddirectors@lists." + FL), A("Fairlane Client Facilities", "clients@lists." + FL)],
             "P&T formulary update Q2 2026", D(2026, 4, 2, 7, 55), ALT(text, style="outlook"), agent="outlook")


@msg("consultant-pharmacist-mrr-schedule", "none",
     "Consultant pharmacist's monthly drug-regimen-review visit schedule by building and unit; no resident.",
     trap=True)
def _():
    body = """Hi all,

My medication regimen review (MRR) dates for May and June:

  Maple Terrace        5/6-5/7 (1 East, 2 West), 5/8 (3 North), 6/3-6/5
  Beth Shalom Home     5/12-5/13, 6/9-6/10
  Brookhaven AL/Willows 5/15, 6/12

Please have ready: new admissions since my last visit, anyone with a
significant change, everyone on a psychotropic for the GDR review, and the
hospice residents (I review those too - hospice meds must still be on the
MAR). I'll leave recommendations with the DON and the attending within 24
hours; irregularities that need action right away I will call in.

Beth Amsel, RPh, BCGP
Consultant Pharmacist | (610) 555-0174
"""
    return E(A("Beth Amsel", "bamsel@" + FL),
             [A("Lorraine Whitaker", "lwhitaker@" + MT), A("Beth Shalom DON", "don@bethshalomhome.example.org"), A("Paul Adeyemi", "padeyemi@" + BH)],
             "MRR visit dates May/June", D(2026, 4, 28, 17, 2), T(body), agent="outlook")


@msg("keystone-snf-prior-auth-changes", "none",
     "Medicare Advantage plan notice to SNF providers on prior-authorisation and concurrent-review changes with codes; no member.",
     trap=True)
def _():
    text = """Keystone Senior Advantage - Provider Bulletin 2026-07

TO: Contracted skilled nursing facilities and home health agencies
RE: Changes to post-acute prior authorization, effective July 1, 2026

1. Initial SNF authorization will be issued for up to 7 days (was 10).
   Concurrent review every 7 days with therapy minutes, nursing needs and
   discharge plan.
2. Section GG scores from the 5-day assessment must accompany the first
   concurrent review.
3. Notices of Medicare Non-Coverage (NOMNC) must be delivered at least two
   days before the last covered day. Members may request a fast-track
   appeal from the QIO.
4. Home health episodes following a SNF stay: submit the start-of-care
   OASIS within 5 days.
5. Long-term acute care and inpatient rehab referrals require a peer-to-peer
   review on request.

Submit requests on the provider portal: https://providers.keystonesenior.example.com
Utilization management: (800) 555-0199, option 3.

This bulletin contains no member information.
"""
    return E(A("Keystone Provider Relations", "provider.relations@" + KS), A("SNF Providers", "snf-providers@lists." + KS),
             "Provider Bulletin 2026-07: SNF prior authorization changes eff 7/1", D(2026, 5, 28, 8, 0),
             MIX(T("Please see the attached bulletin.\n"), ATT(pdf(text.split("\n"), "Provider Bulletin 2026-07", author="Keystone Senior Advantage"), "application/pdf", "ProviderBulletin_2026-07.pdf")),
             agent="outlook")


@msg("medicaid-per-diem-rate-letter", "none",
     "State Medicaid agency's per-diem rate letter to the facility with provider number and case-mix index; no resident.",
     trap=True)
def _():
    body = """DEPARTMENT OF HUMAN SERVICES
OFFICE OF LONG-TERM LIVING - RATE SETTING

Provider: Maple Terrace Health & Rehabilitation Center
MA Provider ID: 104882013-0004
Rate period: July 1, 2026 - June 30, 2027

Dear Administrator,

Your facility's Medical Assistance per diem rate for the period above has
been calculated as follows:

  Resident care cost component (case-mix adjusted)   $171.28
  Other resident-related cost component              $ 63.40
  Administrative cost component                      $ 24.11
  Capital component                                  $ 19.85
  Total per diem                                     $278.64

Facility case-mix index (MA residents, February picture date): 1.0412.

You may request a review of this rate within 30 days by writing to the
Bureau of Provider Audits. This letter does not contain resident-identifiable
information.

Rate Setting Unit, Office of Long-Term Living
(717) 555-0186 | ltl-rates@dhs.state.test
"""
    return E(A("OLTL Rate Setting", "ltl-rates@" + DHS), A("Gregory Pappas", "gpappas@" + MT),
             "MA per diem rate notice FY2026-27 - Provider 104882013-0004", D(2026, 6, 15, 9, 12), T(body))


@msg("inservice-dementia-behaviours-non-drug", "none",
     "CNA in-service invite on responding to dementia behaviours without antipsychotics; training, no resident.",
     trap=True)
def _():
    body = """MANDATORY IN-SERVICE - ALL CNAs, NURSES, ACTIVITIES & DIETARY

"Behaviours are communication" - responding to distress in dementia

Tue 5/12 and Thu 5/14, 2:30 pm and 10:30 pm (pick one), Conference Room A
Presented by Janine Kowalczyk (Willows) and Hannah Lindqvist, MSW

- What is the person trying to tell us? Pain, hunger, toileting, boredom
- Approaching from the front, at eye level; one-step directions
- Sundowning, exit-seeking, refusing care, resident-to-resident incidents
- Why antipsychotics are a last resort (black box warning, falls, strokes)
  and how we document non-drug interventions before a PRN is given
- Role play: the resident who won't take a shower

Sign in for 1.5 hours of dementia-care training credit.

Staff Development, Maple Terrace
"""
    return E(A("Staff Development", "education@" + MT), A("MT All Staff", "allstaff@" + MT),
             "MANDATORY in-service: dementia behaviours 5/12 & 5/14", D(2026, 5, 1, 14, 40), T(body), internal=True, agent="outlook")


@msg("shift-report-template-v3", "none",
     "DON circulates a blank shift-report template with field names (room, code status, diet, fall risk); no resident data.",
     trap=True)
def _():
    rows = [["Room", "Resident name", "Code status", "Diet / liquids", "Fall risk", "Isolation", "Skin", "Pain", "Behaviours", "Labs / appts tomorrow", "Notes"],
            ["", "", "", "", "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "", "", "", "", ""]]
    body = """All nurses,

Attached is version 3 of the SBAR shift report sheet. Changes from v2:
- added "Isolation" and "Labs / appts tomorrow" columns
- "Behaviours" column now has a space for what worked (non-drug)
- code status abbreviations: FULL, DNR, DNR/DNI, COMFORT

Please start using it on Monday. Completed sheets are shredded at the end
of every shift - do not take them home or leave them on the med cart.

Lorraine
"""
    return E(A("Lorraine Whitaker", "lwhitaker@" + MT), A("MT Nursing", "nursing-staff@" + MT),
             "New shift report template (v3) - start Monday", D(2026, 3, 26, 15, 17),
             MIX(T(body), ATT(csv_text(rows), "text/csv", "ShiftReport_Template_v3.csv", cte="7bit")), internal=True, agent="outlook")


@msg("incident-report-form-revision", "none",
     "Risk manager's revised incident-report form and categories (falls, elopement, resident-to-resident, medication error); blank form, no event.",
     trap=True)
def _():
    paras = [("h", "Maple Terrace - Resident Incident / Accident Report (rev. 04/2026)"),
             "Resident name: ____________________  Room: ______  Date/time of event: ____________",
             "Category (check one): [ ] Fall  [ ] Skin tear / bruise of unknown origin  [ ] Elopement / exit-seeking  [ ] Resident-to-resident altercation  [ ] Medication error  [ ] Choking  [ ] Allegation of abuse or neglect  [ ] Other",
             "Witnessed?  [ ] Yes  [ ] No    Injury?  [ ] None  [ ] Minor  [ ] Major",
             "Immediate actions taken: ____________________________________________",
             "Physician / NP notified (name, time): __________  Responsible party notified (name, time): __________",
             "If abuse is alleged or suspected: notify the Administrator immediately; report to the State within 2 hours if there is serious bodily injury.",
             "Completed by: __________  Reviewed by DON: __________  QAPI review date: __________"]
    body = """Hi nurse managers,

Attached is the revised incident report form. The category list now
matches the state's reportable events, and there is a line for the
2-hour reporting rule. Please replace the stock in your unit files.

This is a quality-improvement document - keep completed forms out of the
medical record and send them to me.

Thanks,
Joyce Albrecht
Risk Manager / Compliance, Maple Terrace | (610) 555-0105
"""
    return E(A("Joyce Albrecht", "jalbrecht@" + MT), A("Nurse Managers", "nursemanagers@" + MT),
             "Revised incident report form (04/2026)", D(2026, 4, 15, 9, 51),
             MIX(T(body), ATT(docx(paras, "Incident Report Form rev 04-2026", "Joyce Albrecht"), DOCX, "IncidentReport_Form_rev042026.docx")),
             internal=True, agent="outlook")


@msg("npwt-vendor-demo-pressure-injury", "none",
     "Wound-therapy vendor's sales pitch with stage 3/4 pressure-injury outcome claims; marketing, no patient.",
     trap=True)
def _():
    text = """Hi Renee,

I hope the spring is treating you well! I wanted to follow up on our
conversation at the wound care conference. Our new single-use negative
pressure wound therapy system (VersaSeal Mini) is now on the state's
Medicaid DME list and covered under Part B for qualifying wounds.

In a 40-facility evaluation, stage 3 and 4 pressure injuries treated with
VersaSeal Mini closed a median of 19 days sooner than with moist dressings
alone, with fewer dressing changes for your nurses (every 3 days).

I'd love to do a 30-minute lunch-and-learn for your nurses - I bring the
sandwiches, you bring the questions. Any Tuesday or Thursday in May works.

Best,
Trent Holloway
Territory Manager, Apex Wound Solutions
(610) 555-0197 | tholloway@apexwound.example.com
"""
    return E(A("Trent Holloway", "tholloway@apexwound.example.com"), A("Renee Castillo", "rcastillo@" + MT),
             "Lunch & learn - stage 3/4 pressure injuries + VersaSeal Mini", D(2026, 4, 21, 10, 1), ALT(text, style="outlook"), agent="outlook")


@msg("hospice-cap-billing-webinar", "none",
     "Billing association webinar on the hospice cap, benefit periods, GIP and face-to-face rules; education, no patient.",
     trap=True)
def _():
    text = """Hospice Billing Boot Camp - live webinar
Wednesday, June 17, 1:00-3:30 pm ET

- The aggregate and inpatient caps: calculating your cap year exposure
- Benefit periods (90/90/60), recertification and the face-to-face encounter
- Levels of care: routine, continuous home care, GIP and inpatient respite
- Revocations, live discharges and transfers - what auditors look for
- Notice of election, NOTR and the hospice election statement addendum
- Billing when the patient is in a nursing home (room and board pass-through)

$149 members / $229 non-members. CEUs for billers and clinical managers.
Register: https://www.hospicebilling-assn.example.org/bootcamp
"""
    return E(A("Hospice Billing Association", "education@hospicebilling-assn.example.org"), A("Sharon Vick", "svick@" + CW),
             "Register: Hospice Billing Boot Camp - cap, benefit periods, GIP", D(2026, 5, 20, 6, 30), ALT(text, style="outlook"),
             agent="constant", extra=[("Precedence", "bulk")])


@msg("annual-tb-screening-all-staff", "none",
     "Employee health's reminder that every employee's annual TB screening is due; HR notice, no individual result.",
     trap=True)
def _():
    body = """Annual TB screening - due by May 31

All employees, contractors and regular volunteers must complete annual TB
screening:
  1. Complete the TB symptom questionnaire on the staff portal.
  2. If you are due for testing per your hire record, come to Employee
     Health for a QuantiFERON blood draw (Mon/Wed/Fri 6:30-8:00 am and
     2:30-3:30 pm). Results are usually back in 3 days.
  3. If you have had a positive test in the past, you do not need another
     test - just the questionnaire and, if you have symptoms, a chest
     X-ray.

Employees who are not compliant by May 31 will be removed from the schedule
until they are. Your results are kept in your confidential employee health
file, not in your personnel file.

Employee Health | ext. 2214 | (610) 555-0111
"""
    return E(A("Employee Health", "employeehealth@" + MT), A("MT All Staff", "allstaff@" + MT),
             "Annual TB screening due 5/31", D(2026, 4, 20, 6, 0), T(body), internal=True, agent="outlook")


@msg("resident-trust-account-statement-odom", "none",
     "borderline: quarterly resident trust (personal funds) statement for a named resident: beauty shop, cable, outings; an account with no health care.",
     trap=True)
def _():
    lines = ["# Maple Terrace - Resident Trust Fund - Quarterly Statement", "",
             "Resident: Franklin D. Odom        Trust account: RT-00482", "Statement period: 01/01/2026 - 03/31/2026", "",
             "Opening balance 01/01/2026                           $   388.92",
             "01/03  Monthly personal needs deposit                   $    45.00",
             "01/14  Beauty/barber shop                              ($    18.00)",
             "01/30  Cable TV, room service fee                      ($    12.50)",
             "02/03  Monthly personal needs deposit                   $    45.00",
             "02/10  Outing: Harlan Falls diner (activities)         ($    14.25)",
             "02/24  Cash withdrawal (resident, receipt on file)     ($    20.00)",
             "03/03  Monthly personal needs deposit                   $    45.00",
             "03/17  Beauty/barber shop                              ($    18.00)",
             "03/31  Interest                                         $     0.21",
             "Closing balance 03/31/2026                           $   441.38", "",
             "Questions about this statement: Business Office, (610) 555-0109."]
    body = """Dear Ms. Odom-Price,

Enclosed please find your father's resident trust fund statement for the
first quarter. As his representative payee you receive a copy each quarter.
No action is needed.

Regards,
Carl Ostrowski
Business Office Manager
""" + MT_SIG + "\n"
    return E(A("Carl Ostrowski", "costrowski@" + MT), A("Gwendolyn Odom-Price", "gwen.odomprice@example.net"),
             "Resident trust fund statement - Q1 2026", D(2026, 4, 8, 11, 30),
             MIX(T(body), ATT(pdf(lines, "Resident Trust Statement RT-00482 Q1 2026", author="Maple Terrace Business Office"), "application/pdf", "TrustStatement_RT-00482_Q1-2026.pdf")),
             agent="outlook")


@msg("interact-sbar-transfer-form-feedback", "none",
     "Hospital care-transitions nurse asks SNFs for feedback on a blank SBAR transfer form; template text, no patient.",
     trap=True)
def _():
    body = """Hello partners,

Below is the draft of the joint SNF-to-ED transfer form we discussed at the
collaborative. Please send edits by 5/1. It will replace the three different
forms the ED gets now.

---- DRAFT SBAR TRANSFER FORM ----
S  Resident name / DOB / facility / room:
   Reason for transfer (in one sentence):
   Code status:  [ ] Full  [ ] DNR  [ ] DNI  [ ] Comfort   POLST attached [ ]
B  Primary diagnoses:
   Baseline mental status:  [ ] alert/oriented  [ ] mild confusion
                            [ ] moderate/severe dementia (usual behaviours: ____)
   Baseline mobility:       [ ] independent  [ ] walker  [ ] wheelchair  [ ] bed
   Allergies:               Isolation / MDRO:
   Last dose of anticoagulant / insulin / opioid (time):
A  Vitals at time of transfer:  T   P   R   BP   SpO2 (on __ L)   glucose
   What's different from baseline:
R  Resident/family goals for this transfer:
   Facility will hold bed until:     Return contact (24 h):
----------------------------------

Thanks!
Kathleen Duffy, RN, ACM
Care Transitions, St. Brendan's Regional Medical Center | (610) 555-0191
"""
    return E(A("Kathleen Duffy", "kduffy@" + SB), A("Post-Acute Collaborative", "pac-collab@lists." + SB),
             "DRAFT joint SBAR transfer form - feedback by 5/1", D(2026, 4, 17, 13, 10), T(body), agent="outlook")


@msg("adt-interface-zztest-roundtrip", "none",
     "Interface analyst's ADT test between hospital and SNF with a ZZTEST synthetic patient and PID fields; test data, no patient.",
     trap=True)
def _():
    hl7 = ("MSH|^~\\&|SBRMC_ADT|STBRENDANS|PCC|MAPLETERRACE|20260318101500||ADT^A03|TST000481|T|2.5.1\r"
           "EVN|A03|20260318101500\r"
           "PID|1||ZZ9900012^^^SBRMC^MR||ZZTEST^SNFONE^^^^^L||19400101|F|||100 TEST ST^^TESTVILLE^PA^00000\r"
           "PV1|1|I|4W^412^A|||||||MED||||||||ZZ-ENC-0001|||||||||||||||||||01|||||||20260318101500\r"
           "DG1|1||Z00.00^TEST ONLY^I10\r")
    body = """Hi Sam,

Round trip of the discharge (A03) feed to your PCC inbox worked on the test
channel. Sample message attached; it's our ZZTEST synthetic patient, PID-3
is the test MR namespace, and DG1 carries Z00.00 as a placeholder.

Open items before go-live:
 - you want PV1-39 (facility) to map to your building code - send the list
 - ACKs are coming back AA within 2 s, good
 - we'll suppress A08s for now

Thanks,
Priyanka Sethi
Integration Analyst, St. Brendan's IT | (610) 555-0194
"""
    return E(A("Priyanka Sethi", "psethi@" + SB), A("Sam Whitford", "swhitford@" + MT),
             "ADT A03 test to Maple Terrace - round trip OK", D(2026, 3, 18, 10, 31),
             MIX(T(body), ATT(hl7.encode("ascii"), "application/hl7-v2", "ZZTEST_A03_sample.hl7", cte="base64")), agent="outlook")


@msg("daily-census-by-payer", "none",
     "Daily census e-mail: beds filled by unit and payer (Medicare A, Medicaid, hospice, private) with admission/discharge counts; aggregate.",
     trap=True)
def _():
    body = """DAILY CENSUS - Tuesday 3/10/2026 - midnight count

Licensed beds 120     In house 114     Bed holds 2     Occupancy 95.0%

By unit:    1 East 38/40   2 West 40/40   3 North (rehab) 36/40
By payer:   Medicare A 22   MA plans (Keystone, other) 9   Medicaid 61
            Medicaid pending 4   Private 12   Hospice (room & board MA) 6

Admissions yesterday: 3 (all from St. Brendan's)
Discharges yesterday: 2 home with home health, 1 to hospital
Expected admissions today: 2     Expected discharges: 1

- Admissions Office
"""
    return E(A("MT Admissions", "admissions@" + MT), A("MT Department Heads", "depthead@" + MT),
             "Daily census 3/10", D(2026, 3, 10, 6, 5), T(body), internal=True)


@msg("bed-hold-policy-notice", "none",
     "Facility's bed-hold and readmission policy notice to families (hospital leave, Medicaid bed-hold days); policy, no resident.",
     trap=True)
def _():
    body = """NOTICE OF BED-HOLD AND RETURN POLICY

Federal rules require us to tell you, at admission and again whenever a
resident is transferred to a hospital or goes on therapeutic leave, how
long we will hold the bed and what it costs.

- Medicaid residents: Medical Assistance pays to hold the bed for up to
  15 days per hospital stay and 30 days of therapeutic leave per year.
- Medicare Part A and private-pay residents: we will hold the bed for the
  private daily rate ($412) for as long as you choose to pay.
- If the hold period is exceeded, the resident may return to the first
  available semi-private bed if they still need our care and are eligible
  for Medicaid or can pay.

Please sign the acknowledgement your unit social worker sends you. A copy
is also in the admission agreement.

Social Services Department
""" + MT_SIG + "\n"
    return E(A("MT Social Services", "socialservices@" + MT), A("Maple Terrace Families", "families@lists." + MT),
             "Annual notice: bed-hold and return policy", D(2026, 1, 7, 10, 40), T(body), agent="outlook")


@msg("otp-front-desk-copier-lease", "none",
     "An opioid treatment programme's front desk writes to the copier vendor about a lease; the display name is sensitive but no patient is concerned.",
     trap=True)
def _():
    body = """Hi Rob,

Our copier in the dosing area is jamming again (error J-204, third time this
month). Can you send a tech before Friday? Dosing window is 5:30-11:00 am so
afternoons are best.

Also, the lease renewal paperwork you sent lists our old suite number; we
are in Suite 110 now.

Thanks,
Angie Morales
Front Desk Supervisor
Crossroads Treatment Center - Methadone & Buprenorphine Program
715 Canal Street, Suite 110, Harlan Falls | (610) 555-0155

CONFIDENTIALITY: Information about patients of this program is protected
by federal confidentiality rules (42 CFR Part 2) and HIPAA.
"""
    return E(A("Crossroads Methadone Program - Front Desk", "frontdesk@" + XR), A("Rob Kessling", "rkessling@tri-office-systems.example.com"),
             "Copier J-204 again + lease address", D(2026, 2, 18, 12, 20), T(body), agent="outlook")


@msg("geropsych-practice-ehr-password-reset", "none",
     "A geriatric psychiatry practice's office manager asks its IT contractor about a password reset; sensitive display name, no patient.",
     trap=True)
def _():
    body = """Hi Jason,

Dr. Nwosu is locked out of the EHR again after the Windows update, and the
tablet our NP uses for nursing home rounds won't connect to the VPN. Could
you remote in today? We have telepsychiatry visits from 1:00.

Also - please remove Kelsey's account, her last day was Friday.

Thanks,
Doreen

Doreen Palazzo
Office Manager, Meridian Geriatric Psychiatry Associates
(610) 555-0150
"""
    return E(A("Meridian Geriatric Psychiatry - Doreen Palazzo", "dpalazzo@" + MG), A("Jason Oakes", "support@oakes-it.example.net"),
             "Locked out + VPN on the rounding tablet", D(2026, 3, 2, 9, 11), T(body), agent="outlook")


@msg("id-clinic-holiday-hours-partners", "none",
     "An HIV/infectious-disease clinic's holiday-hours notice to partner facilities; no patient.",
     trap=True)
def _():
    body = """To our nursing home, home health and pharmacy partners:

The Harbor Street Infectious Disease & HIV Clinic will be closed Thursday,
November 26 and Friday, November 27 for Thanksgiving. The on-call ID
physician can be reached through the St. Brendan's operator at
(610) 555-0190.

Refill requests for antiretroviral therapy and PrEP should be sent by
Tuesday, November 24 so that no one runs short over the holiday. Our
Ryan White case managers will return calls on Monday, November 30.

Happy Thanksgiving,
Harbor Street ID & HIV Clinic, St. Brendan's Regional Medical Center
"""
    return E(A("Harbor Street ID & HIV Clinic", "harborid@" + SB), A("ID Clinic Partners", "harborid-partners@lists." + SB),
             "Thanksgiving hours - Harbor Street ID & HIV Clinic", D(2026, 11, 16, 14, 0), T(body), agent="outlook")


@msg("huntingtons-support-group-chapter", "none",
     "Local Huntington's disease support chapter announces a meeting on genetic testing and long-term care; education, no individual.",
     trap=True)
def _():
    text = """Harlan Valley Huntington's Disease Family Support Chapter

Monthly meeting - Sunday, March 15, 2:00 pm
Fellowship Hall, Grace Lutheran Church, 90 Elm Street

Topic: "To test or not to test" - a genetic counsellor from the St.
Brendan's neurogenetics clinic will explain predictive testing for adults
at risk, the counselling protocol, and what the results can and cannot tell
you. Second half: finding long-term care that understands HD - our members
share their experience with nursing homes and home care.

Childcare and snacks provided. Everyone is welcome: people with HD, at-risk
family members, caregivers and friends. What is shared in the room stays in
the room.

Questions: hdchapter@harlanvalley-hd.example.org
"""
    return E(A("HV HD Chapter", "hdchapter@harlanvalley-hd.example.org"), A("HD Chapter Members", "members@harlanvalley-hd.example.org"),
             "March 15 meeting: predictive testing Q&A + finding long-term care", D(2026, 3, 4, 19, 30), ALT(text, style="gmail"), agent="gmail")


@msg("alzheimers-prevention-study-recruiting", "none",
     "Research study recruitment flyer for adults with a family history of Alzheimer's (APOE testing mentioned); advertising, no individual.",
     trap=True)
def _():
    text = """Do you have a parent or sibling with Alzheimer's disease?

The St. Brendan's Memory & Aging Research Program is enrolling healthy
adults aged 55-80 with a family history of Alzheimer's disease in a 4-year
prevention study.

Participation includes memory tests, two brain scans, blood tests, and an
optional APOE genetic test. You can choose whether or not to learn your
APOE result; if you choose to learn it, a genetic counsellor will meet
with you first.

Compensation up to $600. Parking provided.

To see if you qualify: (610) 555-0193 or memoryresearch@stbrendans.example.org
IRB #2025-1147. Approved for posting until 12/31/2026.
"""
    return E(A("Sunflower Adult Day Center", "info@" + SF), A("Sunflower Friends", "friends@lists." + SF),
             "FYI - Alzheimer's prevention study looking for volunteers", D(2026, 6, 3, 12, 15),
             MIX(T("Passing this along from our friends at St. Brendan's. Flyer attached.\n\nRuth Ann\n"),
                 ATT(pdf(text.split("\n"), "Memory & Aging Research - recruitment flyer", author="St. Brendan's"), "application/pdf", "MemoryStudy_Flyer.pdf")),
             agent="outlook")


@msg("intimacy-and-consent-policy-inservice", "none",
     "In-service on the facility's sexual expression and consent policy for residents with dementia, with STI-prevention notes; policy, no resident.",
     trap=True)
def _():
    body = """Department heads and charge nurses,

Our revised policy "Intimacy and Sexual Expression in Long-Term Care" takes
effect June 1. Key points:

- Residents keep the right to intimate relationships. Staff do not judge
  and do not gossip.
- When one or both residents have dementia, the IDT assesses capacity to
  consent for each relationship (the policy has a tool, Appendix B) and
  involves the resident's representative as the resident wishes.
- Any concern that one resident is not consenting is handled as a possible
  abuse allegation under our abuse policy - notify the administrator right
  away.
- Privacy: "do not disturb" signs are honoured; room-mate arrangements are
  reviewed on request.
- Health: the attending can discuss STI prevention and testing with any
  resident who asks, as for any other adult.

Hannah Lindqvist will present the policy at the June department head
meeting. Policy and tool attached.

Joyce Albrecht
Risk Manager / Compliance
"""
    paras = [("h", "Intimacy and Sexual Expression in Long-Term Care - Policy 7.14 (rev. 06/2026)"),
             "Purpose: to support residents' right to intimacy while protecting residents who cannot consent.",
             "Appendix B - capacity to consent to intimacy: awareness of the relationship; ability to avoid exploitation; awareness of potential risks; ability to say no.",
             "Documentation is made in the care plan in neutral language. Staff do not document details of intimate activity."]
    return E(A("Joyce Albrecht", "jalbrecht@" + MT), A("MT Department Heads", "depthead@" + MT),
             "Revised policy: intimacy and sexual expression (eff 6/1)", D(2026, 5, 14, 16, 45),
             MIX(T(body), ATT(docx(paras, "Policy 7.14 Intimacy and Sexual Expression", "Joyce Albrecht"), DOCX, "Policy_7-14_Intimacy_SexualExpression.docx")),
             internal=True, agent="outlook")


@msg("we-honor-veterans-pinning-ceremony", "none",
     "Hospice 'We Honor Veterans' pinning ceremony invite mentioning PTSD awareness training in general; no patient.",
     trap=True)
def _():
    text = """Veterans Day Pinning Ceremony

Clearwater Hospice is a proud We Honor Veterans partner. Join us on
Wednesday, November 11 at 10:30 am at Maple Terrace (main dining room) and
at 2:00 pm at The Willows for a short ceremony honouring the veterans who
live there. Each veteran who would like to take part will receive a pin
and a certificate of appreciation; families are welcome.

Our veteran volunteers have completed training on end-of-life care for
veterans, including combat-related PTSD, moral injury and the VA benefits
families often don't know about.

If you are a facility and have not sent your list of veterans who want to
attend, please send names only (no medical information) to Gina Lusardi
by November 4.

""" + CW_SIG + "\n"
    return E(A("Gina Lusardi", "glusardi@" + CW), [A("Bonnie Sage", "bsage@" + MT), A("Toni Reyes", "treyes@" + BH)],
             "Veterans Day pinning ceremonies - Nov 11", D(2026, 10, 19, 11, 26), ALT(text, style="outlook"), agent="outlook")


@msg("secure-message-waiting-notice", "none",
     "Encrypted-mail notice that a secure message is waiting, from a hospice to a family member; says nothing about the message.",
     trap=True)
def _():
    text = """You have received a secure message

From: Sharon Vick <svick@clearwaterhospice.example.org>

To read the message, click the link below and sign in or create a
password. The message will be available for 30 days.

https://securemail.clearwaterhospice.example.org/read?m=7dQ2kLp9

Having trouble? Call the Clearwater Hospice help desk at (610) 555-0169.

This notification was sent by Clearwater Hospice's secure e-mail service.
Do not reply to this notification.
"""
    html = """<html><body style="font-family:Segoe UI,Arial"><div style="border:1px solid #ccc;max-width:520px;padding:18px">
<p style="font-size:18px;color:#005a8c">&#128274; You have received a secure message</p>
<p>From: Sharon Vick &lt;svick@clearwaterhospice.example.org&gt;</p>
<p><a href="https://securemail.clearwaterhospice.example.org/read?m=7dQ2kLp9" style="background:#005a8c;color:#fff;padding:8px 14px;text-decoration:none">Read message</a></p>
<p style="font-size:11px;color:#666">The message will be available for 30 days. Help desk (610) 555-0169. Do not reply to this notification.</p></div></body></html>
"""
    return E(A("Clearwater Hospice Secure Mail", "securemail@" + CW), A("Peter Lindgren", "plindgren@example.com"),
             "Secure message from Sharon Vick", D(2026, 6, 2, 16, 3), ALT(text, html, style="other"),
             extra=[("Auto-Submitted", "auto-generated")])


@msg("ooo-wound-nurse-coverage", "none",
     "Wound nurse's out-of-office with coverage instructions for wound consults in general; no resident.",
     trap=True)
def _():
    body = """Thank you for your message. I am out of the building from Monday 6/22
through Friday 6/26 for the WOC nursing certification exam.

For new pressure injuries, skin tears or wound-vac problems, please page
the house supervisor at (610) 555-0104, who will contact Dr. Varghese or
the wound NP. Weekly wound rounds will be done on Wednesday by Monica
Feld, CRNP. Photos and measurements go in the wound module as usual.

Renee Castillo, RN, WCC
Wound Care Nurse, Maple Terrace
"""
    return E(A("Renee Castillo", "rcastillo@" + MT), A("Monica Feld", "mfeld@" + MT),
             "Automatic reply: wound rounds", D(2026, 6, 22, 7, 2), T(body), internal=True,
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@msg("reverse-distributor-pickup-controlled", "none",
     "Reverse distributor schedules pickup of expired controlled substances with the facility's DEA registration; no resident.",
     trap=True)
def _():
    body = """Hello Lorraine,

Your quarterly pickup of expired and discontinued medications is scheduled:

  Date: Tuesday, June 9, between 9:00 and 11:00 am
  Site: Maple Terrace Health & Rehabilitation Center, central supply
  DEA registrant on file: Fairlane LTC Pharmacy, DEA BF4829377

Controlled substances (C-II to C-V) from discontinued resident supplies
must be destroyed on site with two licensed witnesses under your state
rules - our technician will not take C-II returns from a nursing facility.
Non-controlled waste (sealed bins) and expired e-kit stock will be picked
up and a certificate of destruction e-mailed within 10 business days.

Thank you,
MedReturn Logistics | (610) 555-0198 | dispatch@medreturn.example.com
"""
    return E(A("MedReturn Dispatch", "dispatch@medreturn.example.com"), A("Lorraine Whitaker", "lwhitaker@" + MT),
             "Pickup scheduled 6/9 - Maple Terrace", D(2026, 5, 27, 8, 40), T(body), agent="php")


# ======================================================= none: ordinary --
@msg("parking-lot-resurfacing-weekend", "none", "Facilities notice about parking-lot resurfacing; no health content.", trap=False)
def _():
    body = """Good afternoon,

The front and east parking lots will be resurfaced Saturday 5/30 and Sunday
5/31. Please park at Grace Lutheran Church (90 Elm St) - the church has
kindly lent us their lot - and use the shuttle van, which will run every 15
minutes from 6:00 am to 11:30 pm. The ambulance bay and the loading dock
stay open.

Families visiting this weekend: the main entrance is open; please use the
crosswalk from the church lot.

Thanks,
Walt Krueger
Director of Plant Operations, Maple Terrace
"""
    return E(A("Walt Krueger", "wkrueger@" + MT), [A("MT All Staff", "allstaff@" + MT), A("Maple Terrace Families", "families@lists." + MT)],
             "Parking lots closed 5/30-5/31 for resurfacing", D(2026, 5, 21, 13, 12), T(body), agent="outlook")


@msg("staff-potluck-signup-sheet", "none", "Staff potluck sign-up; no health content.", trap=False)
def _():
    body = """Hi everyone!!

Staff Appreciation Potluck is Friday 6/12 in the staff lounge, 11 am to 2 pm
(nights: we're saving you a plate in the fridge, labelled).

So far:
  Rowena - pancit
  Marisol - arroz con gandules
  Jomar - lumpia (the real kind)
  Denise - mac and cheese
  Armando - pulled pork
  Walt - "I'll bring napkins"  (Walt.)

Still need desserts and something vegetarian. Reply-all is fine this time!

Bonnie
"""
    return E(A("Bonnie Sage", "bsage@" + MT), A("MT All Staff", "allstaff@" + MT), "Potluck 6/12 - what are you bringing?",
             D(2026, 6, 3, 10, 27), T(body), internal=True, agent="outlook")


@msg("it-password-expiry-notice", "none", "IT password-expiry notice; no health content.", trap=False)
def _():
    body = """Your network password will expire in 5 days.

To change it, press Ctrl+Alt+Del on any facility computer and choose "Change
a password", or use https://password.mapleterrace.example.com from the
building Wi-Fi. Passwords must be at least 14 characters.

If you are locked out, call the help desk at (610) 555-0112.

Maple Terrace IT
"""
    return E(A("MT IT Help Desk", "helpdesk@" + MT), A("Alma Reyes", "areyes@" + MT), "Your password expires in 5 days",
             D(2026, 7, 6, 5, 0), T(body), internal=True, extra=[("Auto-Submitted", "auto-generated")])


@msg("fire-drill-schedule-q3", "none", "Fire-drill schedule for the quarter; no health content.", trap=False)
def _():
    body = """Department heads,

Q3 fire drills (one per shift per quarter, as required):

  Day     Tue 7/14  10:15
  Evening Thu 8/13  19:40
  Night   Wed 9/16  02:30  (quiet drill - no overhead alarm on resident units)

Reminder: R.A.C.E. and P.A.S.S. Smoke doors close automatically; do not
prop them. The evaluator will ask one staff member on each unit where the
nearest pull station and extinguisher are.

Walt Krueger
"""
    return E(A("Walt Krueger", "wkrueger@" + MT), A("MT Department Heads", "depthead@" + MT), "Q3 fire drill schedule",
             D(2026, 6, 29, 15, 0), T(body), internal=True, agent="outlook")


@msg("generator-load-test-tuesday", "none", "Emergency generator load test notice; no health content.", trap=False)
def _():
    body = """FYI - the monthly generator load test is Tuesday at 6:00 am and will last
about 40 minutes. Lights will flicker briefly at transfer. The red outlets
stay powered throughout. Elevators may pause for up to 15 seconds.

Walt
"""
    return E(A("Walt Krueger", "wkrueger@" + MT), A("MT All Staff", "allstaff@" + MT), "Generator test Tuesday 6 am",
             D(2026, 8, 7, 14, 33), T(body), internal=True, agent="iphone")


@msg("holiday-party-rsvp-brookhaven", "none", "Staff holiday party RSVP; no health content.", trap=False)
def _():
    text = """You're invited to the Brookhaven staff holiday party!

Friday, December 11, 7:00 pm - 11:00 pm
The Lantern Room, 400 River Road
DJ, buffet, ugly-sweater contest, and the annual Secret Santa ($20 limit)

Please RSVP by December 1 so we have a head count:
https://forms.brookhavensl.example.org/holiday2026

Staff working that evening will get a catered dinner on shift.

Celeste Harmon
Executive Director
"""
    return E(A("Celeste Harmon", "charmon@" + BH), A("Brookhaven Team", "team@" + BH), "Holiday party Dec 11 - RSVP!",
             D(2026, 11, 12, 9, 45), ALT(text, style="outlook"), agent="outlook")


@msg("visitor-wifi-password-change", "none", "Guest Wi-Fi password change notice to families; no health content.", trap=False)
def _():
    body = """Hello families,

The guest Wi-Fi password changes on the first of every month. For June:

  Network: MapleTerrace-Guest
  Password: OrchardRidge-June26

If your loved one has a tablet or smart speaker in their room, it will need
the new password too - the activities staff can help on weekdays.

Maple Terrace Front Desk
"""
    return E(A("Maple Terrace Front Desk", "frontdesk@" + MT), A("Maple Terrace Families", "families@lists." + MT),
             "June guest Wi-Fi password", D(2026, 6, 1, 8, 0), T(body), agent="outlook")


@msg("elevator-b-maintenance", "none", "Elevator maintenance notice; no health content.", trap=False)
def _():
    body = """Elevator B (by the chapel) will be out of service Wednesday 9/9 from 8 am
to about 3 pm for the annual state inspection and cable replacement.
Please use elevator A, and allow extra time for meal trays and the
laundry carts.

Plant Operations
"""
    return E(A("MT Plant Operations", "plantops@" + MT), A("MT All Staff", "allstaff@" + MT), "Elevator B out of service Wed 9/9",
             D(2026, 9, 4, 11, 2), T(body), internal=True)


@msg("landscaping-invoice-mulch-spring", "none", "Landscaper's invoice for spring mulching; business mail, no health content.", trap=False)
def _():
    body = """Hi Walt,

Attached is the invoice for the spring clean-up and mulching (courtyard,
front beds, memorial garden). We also replaced the two dead boxwoods by the
front door at no charge.

Invoice GL-2217, $3,480.00, net 30.

Thanks for the business,
Gary Lindahl
Lindahl Grounds & Gardens | (610) 555-0196
"""
    lines = ["# Lindahl Grounds & Gardens - Invoice GL-2217", "Bill to: Maple Terrace, Attn: Walt Krueger", "",
             "Spring clean-up, 3 crew x 2 days               $1,620.00",
             "Double-shredded hardwood mulch, 24 cu yd        $1,440.00",
             "Annuals, courtyard planters (flats x 12)        $  420.00",
             "Boxwood replacement (warranty)                  $    0.00",
             "TOTAL                                           $3,480.00"]
    return E(A("Gary Lindahl", "gary@lindahlgrounds.example.com"), A("Walt Krueger", "wkrueger@" + MT), "Invoice GL-2217 spring clean-up",
             D(2026, 5, 8, 17, 50), MIX(T(body), ATT(pdf(lines, "Invoice GL-2217", author="Lindahl Grounds"), "application/pdf", "GL-2217.pdf")),
             agent="iphone")


# ============================================== none: not in English ----
@msg("menu-dieta-pure-semana-2", "none",
     "Spanish pureed and diabetic menu for families of a senior residence; dietary information for everyone, no resident.",
     lang="es", trap=True)
def _():
    body = """Estimadas familias:

Les compartimos el menú de la semana 2 para las dietas especiales. Si su
familiar tiene una dieta modificada, la cocina ya tiene su tarjeta; este
menú es solo para que sepan lo que se sirve.

DIETA PARA DIABÉTICOS (carbohidratos controlados)
  Lunes:    pollo al horno, arroz integral (1/2 taza), ejotes, gelatina sin azúcar
  Martes:   pescado a la plancha, puré de calabaza, ensalada, fruta fresca
  Miércoles: albóndigas en caldo, tortilla de maíz (1), flan sin azúcar

DIETA EN PURÉ (IDDSI nivel 4)
  Lunes:    puré de pollo con salsa, puré de zanahoria, natilla
  Martes:   puré de pescado, puré de papa, compota de manzana
  Miércoles: puré de carne, frijoles licuados, pudín de vainilla

LÍQUIDOS ESPESADOS: néctar y miel, ya preparados en la cocina.

No traigan comida de casa para personas con dieta en puré o líquidos
espesados sin hablar antes con la enfermera; puede causar atragantamiento.

Con cariño,
Priya Raman, nutricionista
Maple Terrace
"""
    return E(A("Priya Raman", "praman@" + MT), A("Familias Maple Terrace", "familias@lists." + MT),
             "Menú semana 2 - dietas para diabéticos y en puré", D(2026, 4, 17, 10, 5),
             T(body, cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", smode="Q", agent="outlook")


@msg("seminario-medicaid-abogados", "none",
     "Spanish elder-law seminar invitation on Medicaid, spend-down and guardianship; marketing, no individual.",
     lang="es", trap=True)
def _():
    text = """SEMINARIO GRATUITO EN ESPAÑOL

"¿Cómo pagar el asilo de ancianos sin perder la casa?"

Sábado 9 de mayo de 2026, 10:00 a.m.
Centro Comunitario Latino, 210 Ferry Street, Harlan Falls

El abogado Daniel Ruiz explicará:
  • cómo Medicaid paga el cuidado a largo plazo y la revisión de 5 años
  • qué gastos se permiten para calificar ("spend-down")
  • cómo proteger al cónyuge que se queda en casa
  • poderes notariales, directivas médicas y tutela (guardianship)

Habrá café y pan dulce. Este seminario es educativo y no crea una relación
abogado-cliente.

Reserve su lugar: (610) 555-0110 o https://www.whitcomberuiz.example.com/es
Whitcombe & Ruiz, Abogados de Derecho de Personas Mayores
"""
    flyer = ["# Whitcombe & Ruiz - Seminario gratuito en español", "",
             "¿Cómo pagar el asilo de ancianos sin perder la casa?",
             "Sábado 9 de mayo de 2026, 10:00 a.m. - Centro Comunitario Latino, 210 Ferry Street", "",
             "Medicaid y el cuidado a largo plazo - la revisión de 5 años - el \"spend-down\"",
             "El cónyuge que se queda en casa - poderes notariales, directivas médicas y tutela", "",
             "Reserve su lugar: (610) 555-0110"]
    return E(A("Whitcombe & Ruiz", "eventos@" + WR), A("", "boletin@" + WR),
             "Seminario gratis: ¿Cómo pagar el asilo sin perder la casa?", D(2026, 4, 24, 12, 0),
             MIX(ALT(text, style="gmail"), ATT(pdf(flyer, "Seminario 9 de mayo", author="Whitcombe & Ruiz"), "application/pdf", "Invitación_seminario_9_mayo.pdf")),
             agent="constant", extra=[("Precedence", "bulk")])


@msg("lure-factura-farmacia-vencida", "none",
     "Spanish phishing: fake overdue pharmacy invoice with a lookalike link and a zip-sounding 'factura'; no individual's care.",
     lang="es", trap=True)
def _():
    body = """Estimado cliente:

Su factura de medicamentos nº 88-20431 está VENCIDA. Para evitar la
suspensión de la entrega de medicinas a su residencia, debe pagar el saldo
pendiente de 184,60 USD antes de las 24 horas.

Descargue su factura aquí: http://farmacia-pagos.example.net/factura/88-20431

Si ya realizó el pago, ignore este mensaje.

Atentamente,
Departamento de Cobros
“Farmacia Central de Cuidados”
"""
    return E(A("Farmacia - Cobros", "cobros@farmacia-pagos.example.net"), A("", "frontdesk@" + BH),
             "URGENTE: factura vencida – entrega de medicamentos suspendida", D(2026, 3, 12, 4, 40),
             T(body, cs="windows-1252", cte="8bit"), scs="windows-1252", smode="Q", hops=1)


@msg("norovirus-notice-golden-lotus-zh", "none",
     "Chinese (GB2312) norovirus notice to all residents of senior apartments: hand-washing, dining-room closure; no one named.",
     lang="zh", trap=True)
def _():
    body = """各位住户和家属：

近日本公寓有数位住户出现呕吐、腹泻症状，经卫生部门初步判断为诺如病毒
感染。为了大家的健康，自即日起：

一、公共餐厅暂停开放七天，三餐将送到各户门口。
二、麻将室、阅览室和健身房暂时关闭。
三、请用肥皂和流动水洗手至少二十秒，洗手液对诺如病毒效果不好。
四、如有呕吐或腹泻，请留在家中，并打电话告诉前台，不要下楼。
五、家属探访请暂缓，如必须探访，请在前台登记。

请大家不要惊慌。如有问题，请联系前台：(610) 555-0148。

金莲长者公寓管理处
"""
    return E(A("金莲长者公寓", "office@goldenlotus.example.org", cs="gb2312"), A("住户及家属", "residents@goldenlotus.example.org", cs="gb2312"),
             "重要通知：诺如病毒预防措施", D(2026, 1, 22, 9, 30),
             T(body, cs="gb2312", cte="base64"), scs="gb2312", smode="B")


@msg("health-fair-moon-festival-big5", "none",
     "Traditional Chinese (Big5) invitation to a Mid-Autumn health fair with blood-pressure and flu-shot stations; general, no individual.",
     lang="zh", trap=True)
def _():
    body = """親愛的長輩和家人：

金蓮長者公寓將於九月二十五日（星期五）上午十時至下午一時，在一樓大廳
舉辦中秋健康博覽會。

  • 免費量血壓、血糖
  • 流感疫苗及新冠疫苗接種（請帶醫療保險卡）
  • 藥劑師解答用藥問題
  • 預防跌倒講座及太極示範
  • 月餅和茶

歡迎家人陪同參加。如需輪椅協助，請提前告訴前台。

金蓮長者公寓 敬上
電話：(610) 555-0148
"""
    return E(A("金蓮長者公寓", "office@goldenlotus.example.org", cs="big5"), A("住戶", "residents@goldenlotus.example.org", cs="big5"),
             "中秋健康博覽會 九月二十五日", D(2026, 9, 14, 10, 0),
             T(body, cs="big5", cte="quoted-printable"), scs="big5", smode="B")


@msg("ppe-respiratory-outbreak-tagalog-staff", "none",
     "Tagalog staff notice about PPE during a respiratory outbreak on a unit; no resident named.",
     lang="tl", trap=True)
def _():
    body = """Hi mga kasama,

Paalala lang po: simula ngayong araw may outbreak ng respiratory illness
sa 2 West. Hindi po namin ilalagay dito kung sino - nasa report sa
nurses' station.

- Mag-N95 at face shield sa lahat ng kwarto sa 2 West, hindi lang sa
  kwartong may sign.
- Gown at gloves kapag may direct care (paliligo, pagpapalit ng diaper,
  pag-transfer).
- Huwag magdala ng cart mula 2 West papunta sa ibang unit.
- Kung may lagnat, ubo o sore throat kayo, tumawag sa supervisor bago
  pumasok. Huwag nang pumasok na may sakit, please.

Salamat po sa lahat ng tiyaga ninyo.

Jomar Dizon, RN
ADON
"""
    return E(A("Jomar Dizon", "jdizon@" + MT), A("2 West Staff", "2west-all@" + MT),
             "PAALALA: PPE sa 2 West (respiratory outbreak)", D(2026, 2, 8, 15, 20), T(body), internal=True, agent="outlook")


@msg("filipino-caregivers-fellowship-ce", "none",
     "Tagalog/Taglish invitation from a Filipino caregivers' association to a fellowship with CE hours on dementia care; no individual.",
     lang="tl", trap=True)
def _():
    text = """Magandang araw, mga kababayan!

Inaanyayahan po namin kayo sa aming buwanang pagtitipon ng Samahan ng mga
Filipino Caregivers ng Harlan Valley.

Kailan: Linggo, Hulyo 19, 3:00 ng hapon
Saan: St. Casimir Parish Hall

Programa:
  - Libreng CE (2 hours) para sa CNA at HHA: "Pag-aalaga sa may dementia:
    sundowning, pagtanggi sa pagkain at gamot, at ang ating sariling
    pagod" - ni Ma'am Rowena Bautista, LPN
  - Usapang immigration at trabaho
  - Kainan! Magdala ng pagkaing pang-salu-salo

RSVP kay Ate Luz: (610) 555-0146

Ingat po kayong lahat!
"""
    return E(A("Samahan ng Filipino Caregivers", "samahan.fcg@example.org"), A("Mga Miyembro", "members@fcg-harlan.example.org"),
             "Pagtitipon + libreng CE sa dementia care - Hulyo 19", D(2026, 7, 6, 20, 15), ALT(text, style="gmail"), agent="gmail")


@msg("bereavement-group-korean-church", "none",
     "Korean (EUC-KR) announcement of a hospice bereavement group at a Korean church; grief education, no individual.",
     lang="ko", trap=True)
def _():
    body = """사랑하는 가족을 떠나보내신 분들께

클리어워터 호스피스와 한인연합장로교회가 함께 한국어 애도 지원 모임을
엽니다. 호스피스 서비스를 받으셨든 받지 않으셨든 누구나 참여하실 수
있으며, 참가비는 없습니다.

  일시: 4월 18일부터 매주 토요일 오전 10시 (6주)
  장소: 한인연합장로교회 친교실
  진행: 클리어워터 호스피스 사별 상담사, 교회 권사님들

슬픔은 사람마다 다릅니다. 오랜 병간호 끝에 떠나보내신 분도, 갑작스럽게
이별하신 분도 함께 이야기를 나누고 위로를 받는 시간입니다.

신청 및 문의: (610) 555-0163 (한국어 가능)

클리어워터 호스피스 사별지원팀
"""
    return E(A("클리어워터 호스피스", "bereavement@" + CW, cs="euc-kr"), A("", "koreancommunity@lists." + CW),
             "한국어 애도 지원 모임 안내", D(2026, 4, 2, 11, 0),
             T(body, cs="euc-kr", cte="base64"), scs="euc-kr", smode="B", agent="outlook")


@msg("adult-day-newsletter-korean-birthdays", "none",
     "Korean adult-day newsletter (HTML) with members' first names and birthdays and a weekly blood-pressure check for all; no individual's care.",
     lang="ko", trap=True)
def _():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<h2 style="color:#2a6f97">한마음 데이케어 소식 - 5월호</h2>
<p>어버이날을 맞아 5월 8일(금) 카네이션 달아드리기 행사가 있습니다. 자녀분들도 오셔서 함께해 주세요.</p>
<h3>5월 생신을 축하드립니다</h3>
<ul><li>김순자 어르신 (5월 3일)</li><li>박영호 어르신 (5월 11일)</li><li>이정희 어르신 (5월 27일)</li></ul>
<h3>이달의 프로그램</h3>
<ul><li>월·수: 노래교실, 실버체조</li><li>화: 간호사 혈압 측정 (모든 회원)</li><li>목: 미술, 화투 놀이</li><li>금: 한방 건강 강의</li></ul>
<p>5월 25일(월)은 메모리얼 데이로 휴원합니다.</p>
<p>한마음 데이케어 &#183; (610) 555-0147</p>
</body></html>
"""
    text = """한마음 데이케어 소식 - 5월호

어버이날을 맞아 5월 8일(금) 카네이션 달아드리기 행사가 있습니다.

5월 생신: 김순자 어르신 (5월 3일), 박영호 어르신 (5월 11일), 이정희 어르신 (5월 27일)

프로그램: 월·수 노래교실, 실버체조 / 화 간호사 혈압 측정 (모든 회원) / 목 미술 / 금 한방 건강 강의
5월 25일(월)은 메모리얼 데이로 휴원합니다.
"""
    return E(A("한마음 데이케어", "news@hanmaeum.example.net"), A("회원 가족", "families@hanmaeum.example.net"),
             "한마음 데이케어 5월 소식", D(2026, 4, 29, 17, 0),
             ALT(T(text, cte="base64"), T(html, cte="base64", sub="html"), style="other"))


@msg("wolontariusze-bingo-dom-opieki", "none",
     "Polish (ISO-8859-2) parish call for volunteers for bingo and Mass at the nursing home; no resident.",
     lang="pl", trap=True)
def _():
    body = """Szczęść Boże!

Dom opieki Maple Terrace prosi naszą parafię o pomoc. Szukamy
wolontariuszy:

  - bingo w każdy wtorek o 14:00 (pomoc przy kartach i przewożeniu
    mieszkańców na wózkach do jadalni),
  - Msza św. po polsku w pierwszą niedzielę miesiąca o 15:00 - potrzebni
    lektorzy i ktoś do śpiewu,
  - odwiedziny u starszych osób, które nie mają rodziny w pobliżu.

Wolontariusze muszą przejść krótkie szkolenie w domu opieki (zasady
higieny, poufność, co robić gdy ktoś się przewróci) i test na gruźlicę.

Chętnych proszę o kontakt z panią Haliną Wiśniewską po Mszy albo pod
numerem (610) 555-0144.

Z Panem Bogiem,
ks. Tadeusz Nowicki
Parafia św. Kazimierza
"""
    return E(A("Parafia św. Kazimierza", "parafia@stcasimir.example.org", cs="iso-8859-2", mode="Q"), A("Parafianie", "parafianie@stcasimir.example.org"),
             "Wolontariusze do domu opieki - bingo i Msza św.", D(2026, 3, 1, 19, 10),
             T(body, cs="iso-8859-2", cte="quoted-printable"), scs="iso-8859-2", smode="Q", agent="tb")


@msg("pesach-seder-kosher-diets-hebrew", "none",
     "Hebrew (windows-1255) Passover seder announcement with sugar-free and soft-diet options for residents; no individual.",
     lang="he", trap=True)
def _():
    body = """משפחות יקרות,

ליל הסדר בבית שלום יתקיים ביום רביעי, 1 באפריל, בשעה 18:00 באולם
הגדול. הרב יונתן לוי ינהל את הסדר, והמקהלה של הדיירים תשיר.

המטבח יכין מנות כשרות לפסח לכל הדיאטות:
  • מצה ללא גלוטן
  • קינוחים ללא סוכר לסוכרתיים
  • מנות טחונות ורכות למי שצריך
  • יין ומיץ ענבים

בני משפחה מוזמנים, אבל יש להירשם עד 25 במרץ. מחיר למבוגר: 36 דולר.

חג כשר ושמח!
צוות הפעילויות, בית שלום
(610) 555-0185
"""
    return E(A("בית שלום", "activities@bethshalomhome.example.org", cs="windows-1255"), A("משפחות", "families@bethshalomhome.example.org", cs="windows-1255"),
             "ליל הסדר בבית שלום - הרשמה", D(2026, 3, 16, 12, 0),
             T(body, cs="windows-1255", cte="base64"), scs="windows-1255", smode="B")


@msg("yiddish-choir-concert-home", "none", "Yiddish announcement of a residents' choir concert; no health content.", lang="yi", trap=False)
def _():
    body = """טײַערע פֿרײַנד,

דער כאָר פֿון בית שלום וועט זינגען אַ קאָנצערט פֿון ייִדישע לידער
זונטיק, דעם 14טן יוני, 2 אַ זייגער נאָכמיטאָג, אין גרויסן זאַל.

מיר וועלן זינגען "בײַ מיר ביסטו שיין", "אויפֿן פּריפּעטשיק" און נאָך.
נאָכן קאָנצערט - טיי און לעקעך.

אַלע זענען פֿאַרבעטן!

בית שלום
"""
    return E(A("Beth Shalom Activities", "activities@bethshalomhome.example.org"), A("Friends of Beth Shalom", "friends@bethshalomhome.example.org"),
             "קאָנצערט פֿון דעם כאָר - 14טן יוני", D(2026, 6, 2, 14, 30), T(body, cte="quoted-printable"))


@msg("serata-demenza-famiglie", "none",
     "Italian (ISO-8859-1) evening talk for families on dementia and sundowning; education, no individual.",
     lang="it", trap=True)
def _():
    body = """Care famiglie,

la Società Italiana di Mutuo Soccorso di Harlan Falls, insieme al centro
diurno Sunflower, organizza una serata informativa in italiano:

  "Vivere accanto a una persona con demenza"
  Giovedì 21 maggio, ore 19:00 - Sala San Rocco, 14 Ferry Street

Si parlerà di:
  - i primi segni della malattia di Alzheimer e delle altre demenze
  - il "sundowning": agitazione e confusione verso sera
  - come parlare con il medico di famiglia
  - centri diurni, assistenza a domicilio e case di riposo
  - il carico di chi assiste: non siete soli

Relatrice: dott.ssa Carla Benedetti, geriatra. Seguirà un rinfresco.

Ingresso libero. Informazioni: (610) 555-0138.

Un caro saluto,
il Comitato
"""
    return E(A("Società di Mutuo Soccorso", "comitato@mutuosoccorso-hf.example.org", cs="iso-8859-1", mode="Q"), A("Soci", "soci@mutuosoccorso-hf.example.org"),
             "Serata informativa sulla demenza - giovedì 21 maggio", D(2026, 5, 5, 18, 2),
             T(body, cs="iso-8859-1", cte="8bit"), agent="tb")


@msg("messa-in-memoria-residenti-defunti", "none",
     "borderline: Italian invitation to an annual memorial Mass listing residents who died this year; names and death only, no cause or care.",
     lang="it", trap=True)
def _():
    text = """Carissimi,

come ogni anno, a novembre ricordiamo insieme i residenti che ci hanno
lasciato. La Santa Messa in loro memoria sarà celebrata

  domenica 8 novembre alle ore 11:00, nella cappella di Maple Terrace,
  da padre Lorenzo Galli.

Ricorderemo in particolare i nostri residenti di origine italiana:
  Giuseppina "Pina" Russo
  Antonio De Luca
  Maria Teresa Ferraro
  Vincenzo Caruso

Le famiglie sono invitate a portare una fotografia per l'altare. Dopo la
Messa ci sarà un caffè nella sala giardino.

Con affetto,
Bonnie Sage e il servizio animazione
"""
    return E(A("Bonnie Sage", "bsage@" + MT), A("Famiglie Maple Terrace", "famiglie@lists." + MT),
             "Santa Messa in memoria dei nostri residenti - 8 novembre", D(2026, 10, 26, 10, 10),
             ALT(text, style="outlook"), agent="outlook")


@msg("fomasyon-ed-swen-kay-transfe", "none",
     "Haitian Creole training notice for home health aides on transfers, catheter care and skin checks; no client.",
     lang="ht", trap=True)
def _():
    body = """Bonjou tout ekip la,

Nou gen yon fòmasyon obligatwa pou tout èd swen lakay (HHA) ak CNA:

  Dat: Mèkredi 10 jen, 9è - 12è, oswa Jedi 11 jen, 2è - 5è
  Kote: Biwo HearthStone, 2yèm etaj

Sa n ap aprann:
  - kijan pou transfere yon kliyan soti nan kabann al nan chèz san blese
    do w (ak "gait belt")
  - swen kateter: lave men, kenbe sak la pi ba pase vesi a, ki lè pou rele
    enfimyè a
  - tcheke po kliyan an chak jou pou wè si gen plak wouj oswa maleng
  - sa pou fè si yon kliyan tonbe

Si ou pa ka vini, rele Yolanda nan (610) 555-0140.

Mèsi anpil,
Maribel Ortiz, RN
Sipèvizè Klinik, HearthStone Home Care
"""
    return E(A("Maribel Ortiz", "mortiz@" + HS), A("HearthStone Caregivers", "caregivers@" + HS),
             "Fòmasyon obligatwa: transfè, kateter ak swen po", D(2026, 5, 26, 9, 0),
             T(body, cte="quoted-printable"), agent="outlook")


@msg("klinik-vaksen-grip-kliyan", "none",
     "Haitian Creole flyer for a flu-vaccine clinic for all home care clients and families; general, no client.",
     lang="ht", trap=True)
def _():
    body = """KLINIK VAKSEN GRIP GRATIS

HearthStone Home Care ak Famasi Fairlane ap bay vaksen grip (flu) ak
vaksen COVID pou kliyan nou yo ak fanmi yo.

  Samdi 10 oktòb, 10è - 2è
  Sal Legliz Batis Bethel, 77 Summit Avenue

Pote kat asirans ou (Medicare, Medicaid). Si kliyan an pa ka soti lakay
li, rele biwo a pou yon enfimyè vin bay vaksen an lakay li.

Moun ki gen plis pase 65 an ka resevwa vaksen grip "high-dose" la.

Enfòmasyon: (610) 555-0140
"""
    return E(A("HearthStone Home Care", "office@" + HS), A("Kliyan ak Fanmi", "clients-families@lists." + HS),
             "Klinik vaksen grip gratis - 10 oktòb", D(2026, 9, 28, 8, 30), T(body, cte="base64"))


@msg("feriados-dialise-horarios", "none",
     "Portuguese (ISO-8859-1) holiday schedule notice from a dialysis unit to all patients; generic, no patient named.",
     lang="pt", trap=True)
def _():
    body = """Prezados pacientes e famílias,

Informamos que a clínica Riverbend Dialysis terá horários especiais nos
feriados:

  Quinta-feira, 26 de novembro (Ação de Graças): os pacientes de
  segunda/quarta/sexta NÃO são afetados; os pacientes de terça/quinta/
  sábado serão atendidos na quarta-feira, 25 de novembro.
  Sexta-feira, 25 de dezembro (Natal): sessões transferidas para
  quinta-feira, 24 de dezembro.

Lembretes importantes para os feriados:
  - Cuidado com o sal e com o excesso de líquidos nas festas.
  - Não pule nenhuma sessão.
  - Se você mora em casa de repouso, avisaremos a equipe de enfermagem.

Dúvidas: (610) 555-0180.

Equipe Riverbend Dialysis
"""
    return E(A("Riverbend Dialysis", "info@" + RB), A("Pacientes Riverbend", "pacientes@lists." + RB),
             "Horários de diálise nos feriados de novembro e dezembro", D(2026, 11, 2, 10, 0),
             T(body, cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", smode="Q")


@msg("voluntarios-hospice-treinamento", "none",
     "Portuguese recruitment for hospice volunteer training (comfort, listening, grief); no patient.",
     lang="pt", trap=True)
def _():
    text = """Olá, comunidade!

A Clearwater Hospice está procurando voluntários que falem português para
acompanhar pacientes em cuidados paliativos e suas famílias.

Treinamento gratuito (obrigatório): sábados, 12, 19 e 26 de setembro,
das 9h às 13h, na Igreja Nossa Senhora de Fátima.

O que você vai aprender:
  - o que é hospice e cuidados paliativos
  - como ouvir e dar conforto no fim da vida
  - o luto da família
  - sigilo e privacidade (HIPAA)

Voluntários não dão remédios nem fazem cuidados de enfermagem.

Inscrições: Gina Lusardi, (610) 555-0164, ou responda este e-mail.
"""
    return E(A("Gina Lusardi", "glusardi@" + CW), A("Comunidade Lusófona", "comunidade@fatima-hf.example.org"),
             "Procuram-se voluntários para o hospice - treinamento em setembro", D(2026, 8, 17, 9, 20), ALT(text, style="outlook"), agent="outlook")


@msg("tham-tu-ombudsman-gio-tham", "none",
     "Vietnamese (base64) notice from the ombudsman programme about visiting hours and how to file a complaint; no resident.",
     lang="vi", trap=True)
def _():
    body = """Kính gửi cư dân và gia đình,

Chương trình Thanh tra Chăm sóc Dài hạn (Ombudsman) Vùng 4 xin thông báo:
tình nguyện viên nói tiếng Việt của chúng tôi sẽ đến thăm viện dưỡng lão
Maple Terrace vào thứ Năm thứ hai và thứ tư của mỗi tháng, từ 1 giờ đến
3 giờ chiều.

Chúng tôi có thể giúp quý vị khi:
  - quý vị không hài lòng về việc chăm sóc, thức ăn, hoặc cách đối xử;
  - quý vị muốn hiểu rõ quyền của cư dân, kể cả quyền từ chối thuốc;
  - quý vị lo lắng về việc chuyển viện hoặc xuất viện.

Dịch vụ miễn phí và bảo mật. Chúng tôi không chia sẻ thông tin nếu quý vị
không đồng ý.

Điện thoại: (610) 555-0125 (có thông dịch tiếng Việt)
"""
    return E(A("Region 4 LTC Ombudsman", "ombudsman@" + OMB), A("Gia đình cư dân", "families-vi@lists." + OMB),
             "Thông báo: tình nguyện viên Ombudsman nói tiếng Việt", D(2026, 3, 9, 13, 0),
             T(body, cte="base64"))


@msg("pansionat-reklama-russkii", "none",
     "Russian (windows-1251) marketing for assisted living and memory care with care-level descriptions; no individual.",
     lang="ru", trap=True)
def _():
    body = """Уважаемые читатели!

Приглашаем вас и ваших близких посетить Brookhaven Senior Living -
современный дом для пожилых людей с круглосуточным уходом.

  - Квартиры с помощью в быту: помощь при купании, одевании, приёме
    лекарств
  - Отделение "The Willows" для людей с болезнью Альцгеймера и другими
    видами деменции: охраняемая территория, обученный персонал
  - Медсестра на месте 24 часа, визиты врача и физиотерапевта
  - Русскоговорящий персонал, русская кухня по пятницам

День открытых дверей: воскресенье, 14 июня, с 12:00 до 15:00.
Запись по телефону (610) 555-0121 (спросите Елену).

Brookhaven Senior Living, 22 Brookhaven Lane, Harlan Falls
"""
    return E(A("Brookhaven Senior Living", "hello@" + BH), A("", "subscribers@russkaya-gazeta.example.com"),
             "День открытых дверей в Brookhaven - уход за пожилыми", D(2026, 6, 1, 12, 0),
             T(body, cs="windows-1251", cte="quoted-printable"), scs="windows-1251", smode="B", agent="mailchimp")


@msg("gruppa-podderzhki-utrata-koi8", "none",
     "Russian (KOI8-R) bereavement support group announcement from a hospice; no individual.",
     lang="ru", trap=True)
def _():
    body = """Дорогие друзья,

Если вы потеряли близкого человека, вы не одни. Хоспис Clearwater
открывает группу поддержки на русском языке.

  Когда: по средам, с 6 мая, в 18:30 (8 встреч)
  Где: Общинный центр, 45 Oak Street, комната 3
  Ведущая: Ирина Соколова, социальный работник хосписа

Группа бесплатная и открыта для всех, даже если ваш близкий не был
пациентом хосписа. Это не психотерапия, а возможность поговорить с
людьми, которые понимают.

Запись: (610) 555-0163.
"""
    return E(A("Clearwater Hospice", "bereavement@" + CW), A("", "russian-community@lists." + CW),
             "Группа поддержки для переживших утрату", D(2026, 4, 22, 15, 0),
             T(body, cs="koi8-r", cte="8bit"), scs="koi8-r", smode="B")


@msg("menkai-annai-kaigai-kazoku", "none",
     "Japanese (ISO-2022-JP) guide for overseas families on visiting hours and video calls at a nursing home; no resident.",
     lang="ja", trap=True)
def _():
    body = """ご家族の皆様へ

メープル・テラスでは、海外にお住まいのご家族のために、ビデオ通話の
サービスを行っております。

・ビデオ通話は平日の午前十時から午後四時まで、一回二十分です。
・予約は前日までに、下記のメールアドレスにお願いいたします。
・日本との時差にご注意ください（夏時間中は十三時間）。

ご来訪の際は、受付でお名前をご記入ください。インフルエンザの流行期には
マスクの着用をお願いすることがあります。

なお、ご入居者の健康状態についてのご質問は、お電話で担当看護師に
お願いいたします。メールではお答えできませんので、ご了承ください。

メープル・テラス 受付
activities@mapleterrace.example.com
"""
    return E(A("Maple Terrace", "activities@" + MT), A("海外のご家族", "overseas-families@lists." + MT, cs="iso-2022-jp"),
             "海外のご家族へ：面会とビデオ通話のご案内", D(2026, 5, 15, 9, 0),
             T(body, cs="iso-2022-jp", cte="7bit"), scs="iso-2022-jp", smode="B")


@msg("seikyusho-kaigo-bed-shift-jis", "none",
     "Japanese (Shift_JIS) equipment vendor invoice for care beds and pressure-relief mattresses; business-to-business, no patient.",
     lang="ja", trap=True)
def _():
    body = """ブルックヘブン・シニアリビング
ご担当者様

いつもお世話になっております。
五月分のレンタル料金のご請求書をお送りいたします。

　品名　　　　　　　　　　　　　　数量　　単価　　　金額
　介護ベッド（三モーター）　　　　　８　　　$95　　　$760
　床ずれ予防エアマットレス　　　　　５　　　$120　　 $600
　車いす（標準型）　　　　　　　　　６　　　$40　　　$240
　合計　　　　　　　　　　　　　　　　　　　　　　　$1,600

お支払期限：六月三十日
お問い合わせは、(610) 555-0189 までお願いいたします。

サクラ医療機器　米国支店
経理部　田中
"""
    return E(A("サクラ医療機器", "billing@sakura-medical.example.com", cs="shift_jis"), A("Brookhaven AP", "ap@" + BH),
             "【ご請求書】五月分レンタル料金", D(2026, 5, 31, 22, 0, tz="+0900"),
             T(body, cs="shift_jis", cte="base64"), scs="shift_jis", smode="B")


@msg("paschalino-menou-diabitikoi", "none",
     "Greek (ISO-8859-7) Easter menu from a nursing home with diabetic and pureed options; no resident.",
     lang="el", trap=True)
def _():
    body = """Αγαπητές οικογένειες,

Την Κυριακή του Πάσχα, 12 Απριλίου, το Maple Terrace θα προσφέρει
παραδοσιακό πασχαλινό τραπέζι στην κεντρική τραπεζαρία στις 13:00.

Μενού:
  - μαγειρίτσα (Μεγάλο Σάββατο βράδυ, μετά την Ανάσταση στο παρεκκλήσι)
  - αρνί στη σούβλα με πατάτες φούρνου
  - τζατζίκι, χωριάτικη σαλάτα
  - τσουρέκι και κόκκινα αυγά

Για τους διαβητικούς: τσουρέκι χωρίς ζάχαρη και φρούτα.
Για όσους έχουν δίαιτα πολτού: αρνί και πατάτες σε πουρέ.

Οι οικογένειες είναι ευπρόσδεκτες. Δηλώστε συμμετοχή έως τις 6 Απριλίου
στο (610) 555-0100.

Χριστός Ανέστη!
Υπηρεσία Διατροφής, Maple Terrace
"""
    return E(A("Maple Terrace Dining", "dining@" + MT), A("Οικογένειες", "families-el@lists." + MT, cs="iso-8859-7"),
             "Πασχαλινό τραπέζι - Κυριακή 12 Απριλίου", D(2026, 3, 30, 11, 0),
             T(body, cs="iso-8859-7", cte="quoted-printable"), scs="iso-8859-7", smode="Q")


@msg("ramadan-mawaid-adwiya-aam", "none",
     "Arabic (windows-1256) general guidance for families on Ramadan and medication timing; no individual.",
     lang="ar", trap=True)
def _():
    body = """إلى عائلات المقيمين الكرام،

رمضان كريم! مع اقتراب شهر رمضان المبارك، نود أن نذكّركم بما يلي:

  - إذا كان قريبكم يرغب في الصيام، يرجى التحدث مع الممرضة المسؤولة
    والطبيب قبل بداية الشهر، خاصة إذا كان يتناول أدوية السكري أو
    الإنسولين أو أدوية القلب.
  - يمكن تعديل مواعيد بعض الأدوية لتكون عند الإفطار والسحور، ولكن
    فقط بأمر من الطبيب.
  - سيقدّم المطبخ وجبة السحور عند الطلب، وتمراً وماءً عند الإفطار.
  - غرفة الصلاة في الطابق الأول مفتوحة طوال اليوم.

لأي استفسار، يرجى الاتصال بقسم الخدمات الاجتماعية على الرقم
(610) 555-0108.

مع أطيب التمنيات،
إدارة مابل تيراس
"""
    return E(A("Maple Terrace Social Services", "socialservices@" + MT), A("عائلات المقيمين", "families-ar@lists." + MT, cs="windows-1256"),
             "رمضان كريم - إرشادات حول الصيام ومواعيد الأدوية", D(2026, 2, 10, 10, 0),
             T(body, cs="windows-1256", cte="quoted-printable"), scs="windows-1256", smode="B")


# ================================================================== phi --
@msg("unwitnessed-fall-room-214-skin-tear", "phi",
     "Charge nurse tells a daughter her named mother (room 214) fell: X-ray negative, skin tear, neuro checks.", where="body")
def _():
    body = """Hi Diane,

I tried calling your cell twice this morning and left a voicemail, so I'm
following up by e-mail as you asked at the last care conference.

Your mother, Ruth, had an unwitnessed fall at about 5:30 this morning in
her room (214). The CNA found her sitting on the floor next to the bed; she
said she was trying to get to the bathroom by herself. She has a 3 cm skin
tear on her left forearm, which we cleaned and closed with steri-strips,
and a small bruise on her left hip. Monica Feld, the nurse practitioner,
examined her at 7:15 and ordered a portable X-ray of the hip and pelvis,
which was negative for fracture.

Because she may have hit her head, we are doing neuro checks every shift
for 72 hours, and she is on Eliquis, so the NP will see her again
tomorrow. We've lowered the bed, put a floor mat down and started a
toileting schedule every two hours overnight.

She ate breakfast and was joking with the aide, so she seems like herself.
Please call me at the 2 West desk, (610) 555-0104, if you have questions.

Rowena Bautista, LPN
Charge Nurse, 2 West (7p-7a)
Maple Terrace

""" + MT_DISC + "\n"
    return E(A("Rowena Bautista", "rbautista@" + MT), A("Diane Callahan-Moss", "dcmoss@example.net"),
             "Your mom - fall this morning", D(2026, 3, 3, 7, 42), T(body), agent="outlook")


@msg("weight-loss-supplement-swallow-eval", "phi",
     "Dietitian tells a son his named father lost 6.5% in 30 days; supplements, labs, an appetite-stimulant question and a speech-therapy swallow evaluation.", where="body")
def _():
    text = """Dear Mr. Ricci,

I'm writing with an update on your father, Anthony, after our phone call
on Monday. His weight this week was 142.6 lb, down from 152.5 lb on March
12 - a 6.5% loss in 30 days, which is significant.

What we've started:
  - Ensure Plus (8 oz) twice a day between meals, and fortified oatmeal
    at breakfast
  - Weekly weights on Tuesdays, and meal intake recorded every meal
  - A speech therapy swallow evaluation on Thursday, because the aides
    say he coughs with thin liquids and holds food in his cheek
  - Dr. Varghese is checking a BMP, TSH and prealbumin tomorrow morning

You asked about an appetite stimulant. Dr. Varghese would like to see the
swallow evaluation and labs first and will call you Friday to talk about
it. His dentures are also loose; Carmen in social services is arranging
the mobile dentist.

Your father loves the pasta e fagioli you brought last Sunday - please
keep bringing it, it's fine with his current diet.

Kind regards,
Priya Raman, MS, RD, LDN
Maple Terrace | (610) 555-0116
"""
    return E(A("Priya Raman", "praman@" + MT), A("Michael Ricci", "mricci@example.com"),
             "Update on your father's weight", D(2026, 4, 14, 13, 20), ALT(text, style="outlook"), agent="outlook")


@msg("wound-report-sacral-stage-3-weekly", "phi",
     "A short cover note; the attached PDF wound report names the resident, DOB and MRN with stage 3 sacral pressure injury measurements.", where="attachment")
def _():
    lines = ["# Maple Terrace - Weekly Wound Assessment", "",
             "Resident: Dolores Kaminski      DOB: 09/02/1938      MRN: MT-20417      Room: 3 North 309",
             "Assessment date: 05/06/2026      Assessed by: R. Castillo, RN, WCC", "",
             "# Wound 1: Sacrum - Pressure injury, Stage 3 (first observed 04/08/2026, facility-acquired)",
             "Length 3.1 cm   Width 2.4 cm   Depth 0.6 cm   (last week 3.8 x 2.9 x 0.8 cm)",
             "Wound bed: 80% granulation, 20% yellow slough. No tunnelling. Small serous drainage.",
             "Periwound: intact, mild maceration at the 6 o'clock edge. No odour. No signs of infection.",
             "Treatment: cleanse with NS, calcium alginate to base, foam border dressing, change daily and PRN.",
             "Pressure redistribution: low-air-loss mattress, turn q2h, heels floated, cushion in chair max 1 hour.",
             "Nutrition: protein supplement BID, multivitamin with zinc x 14 days, dietitian following.", "",
             "# Wound 2: Left heel - Deep tissue injury (resolving)",
             "Length 1.5 cm   Width 1.2 cm   Intact purple area now fading to red. Continue offloading boot.", "",
             "Progress: improving. Next measurement 05/13/2026. Provider notified: M. Feld, CRNP."]
    body = """Hi Karen,

As promised, this week's report is attached. Good news overall - please
call me if you have any questions after you read it.

Renee

Renee Castillo, RN, WCC
Wound Care Nurse, Maple Terrace | (610) 555-0113
"""
    return E(A("Renee Castillo", "rcastillo@" + MT), A("Karen Kaminski", "kkaminski@example.org"),
             "This week's update", D(2026, 5, 6, 16, 48),
             MIX(T(body), ATT(pdf(lines, "Weekly Wound Assessment", author="R. Castillo"), "application/pdf", "Wound_Assessment_2026-05-06.pdf")),
             agent="outlook")


@msg("care-conference-invite-room-118", "phi",
     "Cover says only 'invitation attached'; the ICS names the resident and room with PT progress after hip fracture, diabetic foot care and weight.", where="attachment")
def _():
    desc = ("Quarterly care plan conference for Joseph Abernathy (Rm 118) with his daughter Lisa Abernathy-Cole. "
            "Topics: quarterly MDS review; PT progress after L hip fracture (now walking 80 ft with rolling walker); "
            "diabetic foot care and podiatry visit; A1c 7.9 last month - NP to review insulin; weight stable; "
            "discharge potential vs long-term stay; Medicaid application status. "
            "Phone-in: (610) 555-0119, conference code 4471.")
    cal = ics("REQUEST", uid(MT), "20260521T140000", "20260521T143000", "Care plan conference - J. Abernathy (118)",
              ("Hannah Lindqvist", "hlindqvist@" + MT),
              [("Lisa Abernathy-Cole", "labernathycole@example.net"), ("Tessa Brandt", "tbrandt@" + MT), ("Priya Raman", "praman@" + MT)],
              desc, "Maple Terrace Conference Room B")
    body = """Hi Lisa,

Please see the attached invitation for your dad's next care conference. If
the time doesn't work, just reply and we'll find another.

Hannah
"""
    return E(A("Hannah Lindqvist", "hlindqvist@" + MT), A("Lisa Abernathy-Cole", "labernathycole@example.net"),
             "Invitation: care conference 5/21 2:00 pm", D(2026, 5, 7, 11, 30),
             MIX(T(body), ATT(cal, "text/calendar", "invite.ics", cte="base64", params=[("method", "REQUEST")])), agent="outlook")


@msg("your-dad-bp-carvedilol-switch", "phi",
     "Nurse practitioner tells a son that 'your dad' had low blood pressure and metoprolol was switched to carvedilol; identifiable as the recipient's father.", where="body")
def _():
    body = """Hi Mark,

Following up on our call. Your dad's blood pressures have been running low
in the mornings (as low as 92/54 on Tuesday, when he felt dizzy standing up
with therapy), and his heart rate in the 50s. I've made two changes:

  - stopped metoprolol tartrate 50 mg twice a day
  - started carvedilol 3.125 mg twice a day with meals, and we'll go up
    slowly if his pressure allows
  - his lisinopril stays the same for now

Nursing will check orthostatic blood pressures every morning for a week, and
therapy will have him sit at the edge of the bed before standing. I'll look
at the numbers again Monday. The cardiology appointment on the 28th is still
on - please bring his list.

Monica Feld, CRNP
Maple Terrace / Harlan Geriatric Associates
"""
    return E(A("Monica Feld", "mfeld@" + MT), A("Mark Sullivan", "marksully@example.com"),
             "Dad's blood pressure meds", D(2026, 5, 14, 17, 3), T(body), agent="iphone")


@msg("hospice-admission-visit-tomorrow", "phi",
     "Hospice intake nurse confirms a named man's hospice admission for end-stage heart failure, election of the Medicare benefit and DME delivery.", where="body")
def _():
    body = """Hi Beverly,

Thank you for talking with me today. I know this is a hard decision, and
you and your brothers clearly love your dad very much.

To confirm:
  - Admission visit for your father, Vernon Pike, tomorrow (Thursday) at
    10:00 am at your home, 18 Linden Court. I'll come with our social
    worker, Anita.
  - Hospice diagnosis: end-stage heart failure (his cardiologist, Dr.
    Osei, has certified he's appropriate). We'll sign the Medicare hospice
    election form and his POLST together.
  - Hospital bed, overbed table, oxygen concentrator (2 L) and a bedside
    commode will be delivered by Apex Home Medical between 2 and 5 pm
    tomorrow.
  - We'll bring a comfort kit for the home (morphine for shortness of
    breath, and medicines for anxiety and nausea) and go over it with you.
  - Please have all his current pill bottles out on the kitchen table.

Our 24-hour line is (610) 555-0160. If he is short of breath tonight, call
us first rather than 911 - a nurse will answer.

Sharon Vick, RN
Admissions Nurse, Clearwater Hospice & Palliative Care

""" + HOSPICE_DISC + "\n"
    return E(A("Sharon Vick", "svick@" + CW), A("Beverly Pike-Honda", "bev.pikehonda@example.net"),
             "Tomorrow's visit for your dad", D(2026, 6, 10, 18, 40), T(body), agent="outlook")


@msg("death-notification-0312-son", "phi",
     "Night nurse tells a son his named father died at 3:12 am on hospice: last morphine dose, comfort, pronouncement and funeral home.", where="body")
def _():
    body = """Dear Mr. Haynes,

I am so sorry. As we discussed on the phone a few minutes ago, your father,
Curtis Haynes, passed away peacefully at 3:12 this morning. I was with him,
and so was Hattie, the CNA who has cared for him for years. His breathing
had slowed since about midnight; he had his last dose of morphine at 1:00
and he did not seem to be in any pain or distress. We had his gospel music
playing, as your sister asked.

The Clearwater Hospice nurse, Dev, came at 3:50 and pronounced his death.
Holloway Funeral Home has been called and will come for him at about 7:00.
You are welcome to come and sit with him before then - there's no rush, and
we'll wait for you. His belongings will be packed carefully and kept at the
front desk.

With deepest sympathy from all of us on 1 East,

Carol Njoroge, RN
Night Supervisor, Maple Terrace
"""
    return E(A("Carol Njoroge", "cnjoroge@" + MT), A("Curtis Haynes Jr.", "chaynesjr@example.com"),
             "Your father", D(2026, 7, 19, 4, 22), T(body), agent="outlook")


@msg("bereavement-letter-one-month-tom", "phi",
     "Bereavement coordinator writes to a widow a month after her named husband's death under hospice care, recalling his pain, breathing and morphine.", where="body")
def _():
    body = """Dear Joan,

It has been a month since Tom died at home, and I wanted you to know that
we are thinking of you. I know from Dev and from Tom's aide, Lucy, that the
last week was very hard - the pain in his back, the breathing at night, the
decisions about the morphine pump - and that you were at his side through
all of it. Several of our nurses have said what a gift it was to care for
a man who kept telling jokes until the last days.

Grief after a long illness like Tom's pancreatic cancer can come in waves.
Our bereavement program will keep in touch with you for the next 13 months
- you'll get a call from me next month and a few mailings. The spring
"Loss of a Spouse" group meets on Thursday mornings at the library if you
would like to try it.

Please don't hesitate to call me at (610) 555-0163.

With care,
Rev. Thomas Achterberg
Bereavement Coordinator, Clearwater Hospice & Palliative Care
"""
    return E(A("Thomas Achterberg", "tachterberg@" + CW), A("Joan Whitlow", "joanwhitlow@example.net"),
             "Thinking of you", D(2026, 4, 2, 10, 17), T(body), agent="outlook")


@msg("medicaid-application-novak-spend-down", "phi",
     "Elder-law paralegal to a daughter: her named mother's Medicaid application, nursing-home balance, spend-down and patient-pay amount.", where="body")
def _():
    body = """Hi Christine,

Quick status on your mother's Medical Assistance application (Irene Novak,
Maple Terrace, room 305):

1. The application went to the County Assistance Office on 3/27. Her case
   number is CAO-2026-118340. The caseworker has 30 days; she usually asks
   for more bank statements, so please keep the Citizens Bank statements
   coming.
2. Spend-down: after paying the March and April nursing-home bills
   ($13,020 each at the private rate) and the pre-paid funeral contract,
   her countable assets are about $2,150, under the $2,400 limit. We'll
   send the proof to the caseworker this week.
3. Maple Terrace has her in "Medicaid pending" status as of 5/1. Her
   estimated patient-pay amount is $1,637 a month (her Social Security
   and pension, minus the $45 personal needs allowance and her Medigap
   premium, which we will ask them to let her drop once MA starts).
4. The outstanding Maple Terrace balance is $4,211.48 (co-insurance days
   from her Medicare stay in February). Once MA approves, some of that
   may be covered retroactively.

Ellen will call you on Friday to go over the house.

Kim Tran
Paralegal, Whitcombe & Ruiz, LLC | (610) 555-0110

This message is confidential and may be protected by the attorney-client
privilege.
"""
    return E(A("Kim Tran", "ktran@" + WR), A("Christine Novak-Ellis", "cnovakellis@example.com"),
             "Mom's MA application - status", D(2026, 5, 5, 15, 26), T(body), agent="outlook")


@msg("statement-2088104-coinsurance", "phi",
     "Cover note with a PDF statement: named resident, account number, room-and-board, pharmacy and therapy co-insurance charges.", where="attachment")
def _():
    lines = ["# Maple Terrace Health & Rehabilitation Center - Statement", "",
             "Statement date: 04/30/2026        Account: 2088104        Due: 05/20/2026",
             "Resident: Harold T. Brennan        Room 3 North 312        Payer: Medicare A / Private", "",
             "Date        Description                                              Amount",
             "04/01-04/09 Medicare Part A days 12-20 (no co-insurance)            $0.00",
             "04/10-04/30 Medicare Part A days 21-41 co-insurance, 21 x $209.50    $4,399.50",
             "04/30       Pharmacy - non-covered: Prevagen, vitamin D, Ensure      $86.40",
             "04/30       Beauty shop                                              $18.00",
             "04/22       Physical therapy - Part B outpatient co-pay after cap   $0.00", "",
             "Previous balance $1,006.00     Payments received 04/14 ($1,006.00)",
             "NEW BALANCE DUE   $4,503.90", "",
             "Medigap (Plan G) claim for co-insurance days submitted 05/01/2026; amount shown is before the supplement pays.",
             "Questions: Business Office (610) 555-0109, Monday-Friday 8:30-4:30."]
    body = """Dear Mrs. Brennan,

Your husband's April statement is attached. The co-insurance days have been
billed to his supplement, so most of this should be paid by the insurer -
no need to pay until you hear from us.

Carl Ostrowski
Business Office Manager
""" + MT_SIG + "\n"
    return E(A("Maple Terrace Business Office", "businessoffice@" + MT), A("Margaret Brennan", "mbrennan44@example.net"),
             "April statement - account 2088104", D(2026, 5, 2, 9, 5),
             MIX(T(body), ATT(pdf(lines, "Statement 2088104 April 2026", flate=True, author="Maple Terrace Business Office"), "application/pdf", "Statement_2088104_2026-04.pdf")),
             agent="outlook")


@msg("medicare-days-used-mbi-coinsurance", "phi",
     "Business office tells a son his father's Medicare MBI, skilled days used and day-21 co-insurance amounts.", where="body")
def _():
    body = """Hi Tom,

You asked how many Medicare days your father has left. Here's where he is:

  Resident: Walter J. Gorski
  Medicare (MBI): 7QJ2-KD4-WN83
  Qualifying hospital stay: St. Brendan's, 2/26 - 3/3 (pneumonia)
  SNF admission: 3/3/2026
  Days 1-20 (3/3 - 3/22): covered in full
  Days 21-100: co-insurance $209.50 per day, starting 3/23

As of today he has used 34 days. Therapy thinks he'll be ready to go home
with home health in about two weeks, so we expect about 48 days in total.
His AARP supplement should pick up the co-insurance; if it doesn't, we'll
let you know before anything is billed to you.

Carl Ostrowski, Business Office Manager
Maple Terrace | (610) 555-0109
"""
    return E(A("Carl Ostrowski", "costrowski@" + MT), A("Tom Gorski", "tgorski@example.org"),
             "RE: Dad's Medicare days", D(2026, 4, 5, 14, 2), T(body), agent="outlook",
             irt=mid("example.org"))


@msg("night-report-2-west-to-days", "phi",
     "Night charge nurse's shift report to the day shift naming residents by room with falls, glucose, oxygen, wounds and pending labs.", where="body")
def _():
    body = """Report 2 West nights 4/22 -> days

201A Mrs. Pellegrino - fall risk, tried to get up x3, bed alarm on, no
     fall. Tylenol 650 at 0200 for knee pain, effective.
203  Mr. Okafor - FS 62 at 0300, gave juice + crackers, recheck 118. Tell
     NP, he got his full Lantus last night and ate 25% of dinner.
206B Mrs. Doyle - O2 2L, sats 91-93%. Crackles at bases, lasix given at
     2200 per new order, urine output good. Daily weight due this am.
208  Mr. Venkataraman - new admit from St. B yesterday (CHF), still
     waiting on pharmacy for his Entresto - call Fairlane at 8.
211A Mr. Burke - hospice. Comfortable, roxanol x1 at 0400. Family at
     bedside all night, daughter asked for coffee in the am.
214  Mrs. Callahan - neuro checks WNL, skin tear L forearm dressing CDI.
215B Mrs. Liu - refused her 0600 Metformin, states nauseous. No vomiting.
     Needs BMP and CBC drawn this am (lab req in the book).

Pyxis count correct. Narc count signed with Marisol.
- Rowena
"""
    return E(A("Rowena Bautista", "rbautista@" + MT), A("2 West Charge", "2west-charge@" + MT),
             "2W night report 4/22", D(2026, 4, 23, 6, 41), T(body), internal=True, agent="outlook")


@msg("mds-ard-schedule-may", "phi",
     "MDS coordinator's CSV lists named residents with rooms, payer, assessment dates and reasons (hospice election, new stage 3, decline after stroke).", where="attachment")
def _():
    rows = [["Resident", "Room", "Payer", "Assessment", "ARD", "Reason / note"],
            ["Abernathy, Joseph", "118", "Medicaid pending", "Quarterly", "2026-05-14", "routine; hip fx rehab ended 4/30"],
            ["Burke, Daniel", "211A", "Medicaid + hospice", "Significant change", "2026-05-06", "hospice elected 4/22 (Clearwater)"],
            ["Kaminski, Dolores", "309", "Medicare A", "5-day PPS + SCSA", "2026-05-08", "new stage 3 sacral PI, worsening ADLs"],
            ["Venkataraman, Ravi", "208", "Medicare A", "5-day PPS", "2026-04-29", "CHF admission from St. Brendan's"],
            ["Liu, Mei-Ling", "215B", "Keystone MA", "Interim payment", "2026-05-02", "new IV antibiotics for pneumonia"],
            ["Schultz, Arlene", "104", "Medicaid", "Significant change", "2026-05-11", "decline after L MCA stroke 4/26; new dysphagia"]]
    body = """IDT -

May ARD schedule attached. Please have your sections done 2 days after the
ARD. Two significant-change assessments this month (Burke and Schultz), so
care plan conferences need to be held within 7 days of completion - Hannah,
please call the families.

Tessa Brandt, RN, RAC-CT
MDS Coordinator
"""
    return E(A("Tessa Brandt", "tbrandt@" + MT), A("MT IDT", "idt@" + MT),
             "May ARD schedule", D(2026, 4, 28, 13, 14),
             MIX(T(body), ATT(csv_text(rows), "text/csv", "ARD_schedule_2026-05.csv", cte="quoted-printable")), internal=True, agent="outlook")


@msg("influenza-line-list-2-west-csv", "phi",
     "Infection preventionist's line list to the health department: named residents and rooms with onset dates, influenza A results and oseltamivir.", where="attachment")
def _():
    rows = [["Name", "DOB", "Room", "Onset", "Symptoms", "Test", "Result", "Treatment", "Hospitalised"],
            ["Pellegrino, Rose", "1936-06-02", "201A", "2026-02-07", "fever 101.2, cough", "rapid PCR", "Flu A +", "oseltamivir 30 mg BID (CrCl 35)", "N"],
            ["Doyle, Margaret", "1941-11-19", "206B", "2026-02-07", "cough, SOB, sats 88%", "rapid PCR", "Flu A +", "oseltamivir 75 mg BID", "Y 2/9 St. Brendan's"],
            ["Okafor, Samuel", "1944-03-30", "203", "2026-02-08", "fever, myalgia", "rapid PCR", "Flu A +", "oseltamivir 75 mg BID", "N"],
            ["Burke, Daniel", "1932-08-14", "211A", "2026-02-08", "lethargy, fever 100.6", "rapid PCR", "Flu A +", "oseltamivir 30 mg daily (hospice, family agreed)", "N"],
            ["Liu, Mei-Ling", "1939-01-05", "215B", "2026-02-09", "sore throat", "rapid PCR", "negative", "prophylaxis 75 mg daily", "N"]]
    body = """Hi Ms. Garrity,

Updated line list for the 2 West influenza outbreak attached, as of 1400
today. Four confirmed, one symptomatic negative. One transfer (206B) to St.
Brendan's this morning. All remaining 2 West residents are on prophylaxis
except two who declined.

Nkechi Obi, RN, CIC
Infection Preventionist, Maple Terrace | (610) 555-0107
"""
    return E(A("Nkechi Obi", "nobi@" + MT), A("Helen Garrity", "hgarrity@epi." + DOH),
             "MT 2 West influenza line list - update 2/9", D(2026, 2, 9, 14, 22),
             MIX(T(body), ATT(csv_text(rows), "text/csv", "MT_2W_flu_linelist_2026-02-09.csv", cte="base64")), agent="outlook")


@msg("incident-report-fall-hip-fracture", "phi",
     "Completed incident report (DOCX) naming a resident who fell and was transferred with a suspected hip fracture; cover note vague.", where="attachment")
def _():
    paras = [("h", "Resident Incident / Accident Report - CONFIDENTIAL QI DOCUMENT"),
             ("t", [["Resident", "Arlene Schultz"], ["Room", "104"], ["Date/time", "05/02/2026 18:40"], ["Category", "Fall - witnessed"],
                    ["Location", "Hallway outside dining room"], ["Injury", "Major - suspected R hip fracture"]]),
             "Description: Resident was walking with her rolling walker after dinner, turned to speak to another resident, lost balance and fell onto her right side. Witnessed by CNA K. Petit. Resident c/o severe R hip pain 9/10, R leg shortened and externally rotated.",
             "Immediate actions: not moved except to log-roll onto a backboard by EMS. Vitals BP 168/94, P 98, SpO2 96% RA. Tylenol not given (NPO). NP M. Feld notified 18:45, ordered transfer to St. Brendan's ED. Daughter (Linda Schultz) notified 18:52. EMS departed 19:10.",
             "Contributing factors: new dysphagia diet and weakness since stroke on 4/26; resident not using gait belt for ambulation in hallway; care plan called for supervision with all ambulation.",
             "Completed by: Jomar Dizon, RN, ADON. Reviewed by DON: pending."]
    body = """Lorraine, Joyce -

Incident report from last evening attached. ED called at 23:00 - she's being
admitted.

Jomar
"""
    return E(A("Jomar Dizon", "jdizon@" + MT), [A("Lorraine Whitaker", "lwhitaker@" + MT), A("Joyce Albrecht", "jalbrecht@" + MT)],
             "IR 5/2 1840 - 104", D(2026, 5, 3, 7, 5),
             MIX(T(body), ATT(docx(paras, "Incident Report 2026-05-02", "Jomar Dizon"), DOCX, "IR_2026-05-02_104.docx")), internal=True, agent="outlook")


@msg("ed-transfer-sbar-okafor-hypoglycemia", "phi",
     "SNF charge nurse e-mails the ED an SBAR for a named resident with DOB sent for hypoglycaemia and altered mental status.", where="body")
def _():
    body = """ED charge nurse - heads up, Medi-Van ETA 20 min.

S: Samuel Okafor, DOB 03/30/1944, Maple Terrace 2 West rm 203. Sent for
   recurrent hypoglycemia (FS 41 at 1710, 58 after glucagon, now 74) and
   lethargy, not at baseline.
B: Type 2 DM on Lantus 22 units qHS + lispro sliding scale, CKD 3b,
   hypertension, mild dementia (baseline oriented x2, conversant, walks
   with walker). Recent flu A in Feb. Eating 25-50% of meals this week.
   Allergies: sulfa. Full code.
A: BP 142/80, P 96, R 18, T 97.6, SpO2 95% RA. Diaphoretic. Follows
   simple commands but drowsy.
R: Evaluate for cause (intake, renal function, infection). Please call
   report back to 2 West at (610) 555-0104. Son Emeka Okafor is aware and
   meeting him there.

Med list and face sheet in the envelope with EMS.

Rowena Bautista, LPN
"""
    return E(A("Rowena Bautista", "rbautista@" + MT), A("SBRMC ED Charge", "ed-charge@" + SB),
             "Transfer from Maple Terrace - ETA 1830", D(2026, 5, 19, 18, 9), T(body), agent="outlook")


@msg("readmission-chf-fwd-as-attachment", "phi",
     "DON forwards to the medical director, as an attached message, the hospital's notice that a named resident was readmitted with heart failure.", where="attachment")
def _():
    inner = E(A("Kathleen Duffy", "kduffy@" + SB), A("Lorraine Whitaker", "lwhitaker@" + MT),
              "Readmission - Venkataraman, Ravi (discharged to you 4/28)", D(2026, 5, 16, 11, 2),
              T("""Hi Lorraine,

FYI, Ravi Venkataraman (DOB 07/21/1941) came back through our ED last night
and was admitted to 4 West with acute on chronic systolic heart failure -
weight up 9 lb since his discharge to you on 4/28, BNP 2,410. He's on IV
furosemide. He told the team he hasn't been taking the Entresto because
it "makes him dizzy"; the med rec from your side shows it was given. Can
someone look into whether doses were refused?

He'll likely be ready to come back to you early next week. Cardiology would
like daily weights with a call if up 3 lb in a day or 5 lb in a week.

Kathleen Duffy, RN, ACM
Care Transitions, St. Brendan's | (610) 555-0191
"""), agent="outlook")
    body = """Anil - see attached, our second CHF bounce-back this month. Can we talk
about it at QAPI? I'm pulling his MAR now.

L.
"""
    return E(A("Lorraine Whitaker", "lwhitaker@" + MT), A("Anil Varghese", "avarghese@" + MT),
             "Fw: readmission", D(2026, 5, 16, 12, 30),
             MIX(T(body), Part("message/rfc822", inner, (), "7bit", disp="attachment", filename="Readmission.eml", name_param=False)),
             internal=True, agent="outlook")


@msg("referral-packet-hip-orif-pdf", "phi",
     "Hospital case manager refers a named patient after hip ORIF to the SNF; body and PDF referral give diagnosis, weight-bearing status and meds.", where="body+attachment")
def _():
    lines = ["# St. Brendan's Regional Medical Center - Post-Acute Referral", "",
             "Patient: Theresa Moyer      DOB 12/08/1939      MRN SB-7731902",
             "Admit 05/11/2026    Anticipated discharge 05/15/2026    Insurance: Medicare A, Medigap Plan N", "",
             "Diagnosis: R intertrochanteric femur fracture after fall at home; s/p ORIF (IM nail) 05/12/2026",
             "PMH: osteoporosis, atrial fibrillation, hypothyroidism, mild cognitive impairment",
             "Weight bearing: WBAT RLE. PT: gait 25 ft with RW, min assist x1; transfers mod assist.",
             "Anticoagulation: apixaban 5 mg BID resumed POD 1. Pain: oxycodone 5 mg q6h PRN (last 2 doses/day), APAP 1 g TID.",
             "Other meds: levothyroxine 75 mcg, metoprolol succinate 25 mg, calcium/D, senna, docusate.",
             "Skin: intact. Staples to R hip, remove POD 14. Continent. Diet: regular.",
             "Goals: return home with daughter; needs SNF for 2-3 weeks of PT/OT."]
    body = """Hello Admissions,

Referral for Theresa Moyer, 86, s/p R hip ORIF on 5/12 for an
intertrochanteric fracture. WBAT, needs PT/OT, on apixaban and PRN
oxycodone. Medicare A with a qualifying stay; she'd like a private room if
you have one. Packet attached. Anticipated discharge Friday.

Can you let me know by 3 pm tomorrow whether you can accept?

Kathleen Duffy, RN, ACM
Care Transitions | (610) 555-0191
"""
    return E(A("Kathleen Duffy", "kduffy@" + SB), A("MT Admissions", "admissions@" + MT),
             "Referral - T. Moyer, R hip ORIF, d/c 5/15", D(2026, 5, 13, 14, 27),
             MIX(T(body), ATT(pdf(lines, "Post-Acute Referral SB-7731902", author="St. Brendan's Care Transitions"), "application/pdf", "Referral_SB-7731902.pdf")),
             agent="outlook")


@msg("warfarin-inr-order-clarification", "phi",
     "LTC pharmacist asks a nurse to clarify a named resident's warfarin dose against her INR and a new antibiotic interaction.", where="body")
def _():
    body = """Hi 3 North,

We received a new order for Mrs. Eleanor Birch (312B) this afternoon:
warfarin 5 mg daily, starting tonight. Her last order was 2.5 mg Mon/Wed/Fri
and 5 mg the other days, and her INR yesterday was 3.4. She was also started
on Bactrim DS yesterday for a UTI, which can raise the INR a lot.

Can you please confirm with Dr. Varghese that this is what he intended? We
are holding the delivery until we hear back. If he wants to continue, we'd
recommend an INR recheck in 2-3 days.

Thanks,
Howard Liang, PharmD
""" + PHARM_DISC + "\n"
    return E(A("Howard Liang", "hliang@" + FL), A("3 North Nurses", "3north@" + MT),
             "Order clarification needed - warfarin", D(2026, 6, 2, 15, 58), T(body), agent="outlook")


@msg("blister-card-mispack-metformin", "phi",
     "Pharmacy reports that a named resident's blister card held metformin 1000 mg instead of 500 mg for three days; a medication error notice.", where="body")
def _():
    body = """Lorraine,

During our QA check today we found that the June cycle card for Mei-Ling
Liu (2 West 215B) had metformin 1000 mg tablets in the 0800 and 1700 cells
instead of 500 mg. The card was packed June 17 and delivered June 19, so
she may have received 1000 mg twice a day for up to three days.

We've sent a corrected card on the 3 pm run and notified Dr. Varghese's
office. Please check her blood sugars and her kidney function (her last
eGFR was 44) and let us know whether any doses were given from the wrong
card. We will file our internal error report; please file yours.

I'm very sorry. We've retrained the technician and added a second check for
metformin strengths.

Howard Liang, PharmD
Director of Pharmacy Operations
""" + PHARM_DISC + "\n"
    return E(A("Howard Liang", "hliang@" + FL), A("Lorraine Whitaker", "lwhitaker@" + MT),
             "Dispensing error - 215B", D(2026, 6, 22, 13, 30), T(body), agent="outlook", importance="High")


@msg("nomnc-skilled-coverage-ending", "phi",
     "Medicare Advantage plan notice (PDF) that a named member's skilled nursing coverage ends, with member ID and appeal rights.", where="attachment")
def _():
    lines = ["# Notice of Medicare Non-Coverage", "",
             "Patient name: Walter Ostrander        Patient number: KSA884201937",
             "Provider: Maple Terrace Health & Rehabilitation Center", "",
             "THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT SKILLED NURSING SERVICES WILL END: 06/18/2026", "",
             "Your Medicare Advantage plan, Keystone Senior Advantage, has determined that Medicare probably will not pay",
             "for your current skilled nursing services after the effective date indicated above.",
             "Reason: you have met your therapy goals (ambulation 150 ft with cane, independent transfers) and no longer need",
             "daily skilled care. You may have to pay for any services you receive after the above date.", "",
             "Your right to an immediate, independent medical review (appeal): call the Quality Improvement Organization",
             "no later than noon of the day before the effective date. QIO: (800) 555-0183.",
             "Plan contact: Keystone Senior Advantage Utilization Management, (800) 555-0199."]
    body = """Maple Terrace Social Services -

Please deliver the attached NOMNC to the member or his representative at
least two days before the last covered day and fax back the signed copy.

Keystone Senior Advantage - Utilization Management
"""
    return E(A("Keystone UM", "um-notices@" + KS), A("MT Social Services", "socialservices@" + MT),
             "NOMNC - KSA884201937 - last covered day 6/18", D(2026, 6, 15, 10, 40),
             MIX(T(body), ATT(pdf(lines, "NOMNC KSA884201937", author="Keystone Senior Advantage"), "application/pdf", "NOMNC_KSA884201937.pdf")))


@msg("dialysis-potassium-missed-session", "phi",
     "Dialysis charge nurse tells the SNF a named resident missed a session and has potassium 5.9, fluid gain and a fistula check.", where="body")
def _():
    body = """Hi 1 East,

Lucille Banks (MWF 2nd shift, chair 9) - her labs from today: K 5.9,
BUN 88, phosphorus 7.1, Hgb 9.4. She missed Monday's treatment because the
van didn't come, and she came in 4.6 kg over her dry weight, so we could
only take off 3.5 kg. She's scheduled for an extra session tomorrow
(Thursday) at 11:00 - please make sure transport is booked.

Until then: strict 1,000 mL fluid restriction, low-potassium diet (no
bananas, oranges or potato on her tray), and please hold her lisinopril
tonight per Dr. Adjei. Her fistula has a good thrill and bruit.

Please call if she becomes short of breath or has chest pain - she should
go to the ED.

Tamika Rowe, RN, CNN
Riverbend Dialysis | (610) 555-0180
"""
    return E(A("Tamika Rowe", "trowe@" + RB), A("1 East Nurses", "1east@" + MT),
             "Banks - labs and extra tx tomorrow", D(2026, 7, 8, 14, 12), T(body), agent="outlook")


@msg("display-name-parkinsons-care-fund", "phi",
     "borderline: a car-wash fundraiser thread; the only health content is the sender's display name naming Frank Delgado's Parkinson's care.", where="display name")
def _():
    body = """Hi Mr. Pappas,

Thank you again for letting us use the front lot for the car wash on
Saturday, June 20, 9 to 1. We'll have about 15 volunteers from the youth
group. We'll bring our own hoses and buckets; could we use the outdoor
spigot by the loading dock? We'll be out of the way of the ambulance bay.

We'll put up signs Friday evening and take everything down by 2.

God bless,
Teresa Delgado
"""
    return E(A("Frank Delgado Parkinson's Care Fund", "delgadofamilyfund@example.net"), A("Gregory Pappas", "gpappas@" + MT),
             "Car wash June 20 - logistics", D(2026, 6, 11, 20, 4), T(body), agent="gmail")


@msg("subject-only-heel-dti-podiatry", "phi",
     "borderline: body is only 'Got it'; the named resident, room, new left-heel deep tissue injury and podiatry visit are only in the Subject.", where="subject")
def _():
    body = """Got it, thanks. I'll call her daughter this afternoon.

Sent from my iPhone
"""
    return E(A("Hannah Lindqvist", "hlindqvist@" + MT), A("Renee Castillo", "rcastillo@" + MT),
             "RE: Mrs. Pruitt rm 306 - new L heel DTI, podiatry Tues", D(2026, 8, 3, 12, 41), T(body),
             internal=True, agent="iphone", irt=mid(MT))


@msg("filename-only-terminal-illness-cert", "phi",
     "borderline: the e-mail and the PDF's text layer (a fax cover) say only 'see attached'; the patient's name, MRN and hospice certification of terminal illness are only in the file name.", where="file name")
def _():
    lines = ["# FAX", "To: Maple Terrace Medical Records      Fax (610) 555-0101",
             "From: Clearwater Hospice Medical Records      Fax (610) 555-0161",
             "Pages (including cover): 2", "",
             "Please see the attached document. Call (610) 555-0160 with any questions.",
             "", "CONFIDENTIAL: the attached pages are for the addressee only."]
    body = """See attached, for the chart. Please file and let me know if anything is
missing.

Medical Records
Clearwater Hospice
"""
    return E(A("Clearwater Medical Records", "medrecords@" + CW), A("MT Medical Records", "medrecords@" + MT),
             "Document for your records", D(2026, 8, 12, 9, 30),
             MIX(T(body), ATT(pdf(lines, "Fax", author="Clearwater Hospice"), "application/pdf", "Abernathy_J_MRN448201_hospice_cert_terminal_illness.pdf")),
             agent="outlook")


@msg("quoted-only-care-conference-uti", "phi",
     "The reply says only 'we'll be there'; the named resident's UTI, antibiotic and confusion are only in the quoted message below it.", where="quoted part")
def _():
    orig = """Hi Mr. and Mrs. Feeney,

I wanted to let you know before Thursday's care conference that Bill has a
urinary tract infection - the culture came back this morning with E. coli.
Dr. Varghese started him on nitrofurantoin 100 mg twice a day for 5 days.
That probably explains why he has been more confused and up at night this
week, and why he fell asleep at lunch on Tuesday. We'll push fluids and the
aides will offer the bathroom every two hours.

We'll still meet Thursday at 10:30 in conference room B to go over his
quarterly care plan, the new hearing aids, and Jean's question about
moving him to the room across the hall from her.

Hannah Lindqvist, MSW
Social Services, Maple Terrace
"""
    body = "Thank you Hannah, we'll be there Thursday. Jean will bring the hearing aid paperwork.\n\nPaul Feeney\n\n" + \
        "On Tue, Jun 9, 2026 at 3:12 PM Hannah Lindqvist <hlindqvist@mapleterrace.example.com> wrote:\n\n" + quote(orig)
    return E(A("Paul Feeney", "paul.feeney@example.com"), A("Hannah Lindqvist", "hlindqvist@" + MT),
             "Re: Thursday's care conference", D(2026, 6, 9, 19, 55), T(body), agent="gmail", irt=mid(MT))


@msg("carelink-html-only-bp-amlodipine", "phi",
     "Family-portal notification whose text part says only 'view in HTML'; the HTML names the resident with blood pressure, a call to the doctor and new amlodipine.", where="HTML part only")
def _():
    text = """This message contains rich content. If you cannot see it, open it in a
browser or sign in to Brookhaven CareLink.

https://carelink.brookhavensl.example.org
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="12" style="border:1px solid #d0d7de"><tr><td style="background:#2f5d50;color:#fff">Brookhaven CareLink &#8211; Family Update</td></tr>
<tr><td>
<p>Hello Robert,</p>
<p>Here is today&#8217;s wellness update for <b>Margaret Hollis</b> (Assisted Living, Apt 2-14):</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td style="border-bottom:1px solid #eee">Blood pressure</td><td style="border-bottom:1px solid #eee">168/94 at 8:10 am, 158/92 recheck at 9:00 am</td></tr>
<tr><td style="border-bottom:1px solid #eee">Action</td><td style="border-bottom:1px solid #eee">Wellness nurse Paul Adeyemi, RN notified Dr. Kessler&#8217;s office</td></tr>
<tr><td style="border-bottom:1px solid #eee">New order</td><td style="border-bottom:1px solid #eee">Amlodipine 5 mg once daily, starting tomorrow; BP checks daily x 2 weeks</td></tr>
<tr><td>Appointment</td><td>Follow-up with Dr. Kessler on June 30 at 1:45 pm &#8211; transportation booked</td></tr>
</table>
<p>Reply to this message or call the wellness office at (610) 555-0123.</p>
</td></tr></table></body></html>
"""
    return E(A("Brookhaven CareLink", "carelink@" + BH), A("Robert Hollis", "rhollis@example.net"),
             "CareLink: new update from the wellness office", D(2026, 6, 16, 10, 2),
             ALT(T(text), T(html, cte="base64", sub="html"), style="other"), extra=[("Auto-Submitted", "auto-generated")])


@msg("gcm-weekly-visit-report-seattle-son", "phi",
     "Geriatric care manager's weekly report (body summary plus DOCX) to an out-of-state son: his named mother's BP, podiatry, hearing aids and memory.", where="body+attachment")
def _():
    paras = [("h", "Care Management Visit Report"), "Client: Evelyn Marsh    Residence: Brookhaven AL, Apt 3-07    Visit: 04/15/2026, 1:30-3:15 pm",
             "Care manager: Rosa Aldana, MSW, CMC",
             ("h", "Health"), "BP per wellness log this week 128-142/70-80. Blood sugars fasting 110-146 on metformin. No falls. Podiatry visit 4/13: toenail debridement, callus on R foot, diabetic shoes ordered.",
             ("h", "Cognition and mood"), "Recall of recent events somewhat worse than in March; repeated the same question four times. Enjoys the Tuesday painting class. Dr. Kessler's office has a memory screening on 4/29; I will attend.",
             ("h", "Hearing and vision"), "New hearing aids fitted 4/10 (Harlan Audiology). Needs reminders to put them in. Eye appointment due in June (cataract follow-up).",
             ("h", "Plan"), "1) Attend the 4/29 memory screening with Evelyn. 2) Ask the wellness director about hearing-aid reminders at breakfast. 3) Next visit 4/22."]
    body = """Hi David,

Saw your mom yesterday - she was in good spirits and showed me the painting
of the lake she did in class. Full report attached. Quick summary: BP and
sugars are fine, the podiatrist ordered diabetic shoes, the new hearing aids
need daily reminders, and her short-term memory seems a bit worse. I'll go
with her to Dr. Kessler's memory screening on the 29th.

Talk Sunday,
Rosa

Rosa Aldana, MSW, CMC
Aldana Geriatric Care Management | (610) 555-0145
"""
    return E(A("Rosa Aldana", "rosa@" + AG), A("David Marsh", "dmarsh@example.org"),
             "Mom - visit report 4/15", D(2026, 4, 16, 8, 40),
             MIX(T(body), ATT(docx(paras, "Visit Report Evelyn Marsh 2026-04-15", "Rosa Aldana"), DOCX, "Marsh_E_visit_2026-04-15.docx")), agent="apple")


@msg("gcm-invoice-accompanied-cardiology", "phi",
     "Care manager's invoice to a family lists her hours for a named client: cardiology appointment, medication reconciliation, hospital visit.", where="body+attachment")
def _():
    lines = ["# Aldana Geriatric Care Management - Invoice 2026-0412", "",
             "Client: Stanley Wojcik     Responsible party: Ann Wojcik-Barnes", "Period: 04/01/2026 - 04/30/2026", "",
             "04/03  Accompanied client to cardiology (Dr. Osei), AFib follow-up     2.5 h",
             "04/07  Medication reconciliation after apixaban dose change          1.0 h",
             "04/14  Visit at St. Brendan's (admitted 4/13 for GI bleed)           1.5 h",
             "04/16  Discharge planning call with hospital case manager           0.75 h",
             "04/21  Home visit; set up pill organiser, reviewed new iron tablets  1.5 h",
             "04/28  Phone: home care agency re: increased aide hours              0.5 h",
             "Total 7.75 h x $135.00 = $1,046.25   Mileage 62 mi x $0.70 = $43.40", "",
             "AMOUNT DUE $1,089.65 - Thank you."]
    body = """Hi Ann,

April invoice attached. It was a busy month with your dad's hospital stay -
7.75 hours in total, mostly the cardiology visit and the discharge. Please
let me know if you'd like me to submit it to his long-term care policy.

Rosa
"""
    return E(A("Rosa Aldana", "rosa@" + AG), A("Ann Wojcik-Barnes", "awbarnes@example.com"),
             "April invoice - Dad", D(2026, 5, 1, 17, 12),
             MIX(T(body), ATT(pdf(lines, "Invoice 2026-0412", author="Aldana GCM"), "application/pdf", "Aldana_Invoice_2026-0412.pdf")), agent="apple")


@msg("home-care-aide-note-leg-swelling", "phi",
     "Home care supervisor tells a daughter that her named mother refused a shower and has new leg swelling; the nurse is visiting.", where="body")
def _():
    body = """Hi Sandra,

Yesenia, your mother's aide this morning, called me at 11. Mrs. Gallo
refused her shower again today (the third time this week), and Yesenia
noticed both ankles are much more swollen than last week - she can't get
her shoes on. Your mom said she isn't short of breath, but she was tired
and napped in the chair most of the morning.

I've asked our nurse, Maribel, to stop in at 3 pm today to check her legs,
her weight and her lungs, and she'll call Dr. Tran's office with what she
finds. Please check that her water pill (furosemide) is in this week's
pill box - Yesenia thought Friday's was still there.

Yolanda Pierre
Scheduling & Caregiver Support
""" + HS_SIG + "\n"
    return E(A("Yolanda Pierre", "ypierre@" + HS), A("Sandra Gallo", "sgallo@example.net"),
             "Your mom today", D(2026, 3, 17, 11, 36), T(body), agent="outlook")


@msg("home-care-week-schedule-client-tasks", "phi",
     "Scheduler sends caregivers a CSV of named clients with addresses and care tasks (insulin reminder, catheter care, hospice visit, wound dressing).", where="attachment")
def _():
    rows = [["Date", "Time", "Caregiver", "Client", "Address", "Tasks"],
            ["2026-07-13", "07:00-11:00", "Yesenia M.", "Gallo, Angela", "41 Birch St", "bath; breakfast; remind furosemide + insulin (she self-injects); weigh daily"],
            ["2026-07-13", "12:00-16:00", "Claudette J.", "Pruitt, Harold", "9 Elm Ct Apt 2", "catheter bag change + perineal care; lunch; walk with walker"],
            ["2026-07-13", "18:00-21:00", "Yesenia M.", "Marsh, Evelyn", "Brookhaven 3-07", "evening companion; hearing aids out; bedtime meds cue"],
            ["2026-07-14", "08:00-12:00", "Widelene P.", "Lindgren, Arthur", "77 River Rd", "hospice pt - Clearwater RN visits 10am; mouth care; reposition q2h"],
            ["2026-07-14", "13:00-17:00", "Claudette J.", "Kowal, Irena", "220 Oak St", "dressing to L shin per RN sheet; lunch; laundry"]]
    body = """Hi everyone,

Next week's schedule is attached. Changes from last week:
 - Mr. Lindgren: hospice nurse now comes Tuesdays at 10
 - Mrs. Kowal: new leg dressing - follow Maribel's sheet in the binder

Please open it in the CareConnect app, not on your personal phone.

Yolanda
"""
    return E(A("Yolanda Pierre", "ypierre@" + HS), A("HearthStone Caregivers", "caregivers@" + HS),
             "Schedule wk of 7/13", D(2026, 7, 10, 16, 20),
             MIX(T(body), ATT(csv_text(rows), "text/csv", "schedule_2026-07-13.csv", cte="base64")), agent="outlook")


@msg("adult-day-coughing-lunch-thickened", "phi",
     "Adult day nurse tells a wife her named husband coughed and choked at lunch; a swallow evaluation and thickened liquids are recommended.", where="body")
def _():
    body = """Dear Mrs. Sokolowski,

I wanted to let you know that Henry had a coughing episode at lunch today.
He was eating the chicken salad sandwich and started coughing hard and his
face turned red. Our aide did back blows and he cleared it himself within
about a minute. His oxygen was 95% afterwards and his lungs sounded clear.
He finished lunch with soft foods and was back to playing cards by 1:30.

This is the second time this month, and he also coughs when he drinks thin
liquids. I'd recommend asking Dr. Mendez for a speech therapy swallow
evaluation. Until then, we will give him chopped food and nectar-thick
drinks here, if you agree - please sign the attached diet form at pick-up.

Kwame Asante, RN
Sunflower Adult Day Center | (610) 555-0131
"""
    return E(A("Kwame Asante", "kasante@" + SF), A("Dorota Sokolowski", "dsokolowski@example.org"),
             "Henry - lunch today", D(2026, 9, 15, 14, 10), T(body), agent="outlook")


@msg("adult-day-med-form-donepezil", "phi",
     "borderline: adult-day medication authorisation form (PDF) with a named member's DOB, donepezil and memantine for Alzheimer's; dementia treated by neurology is not a restricted category.", where="attachment")
def _():
    lines = ["# Sunflower Adult Day Center - Medication Administration Authorization", "",
             "Member: Raymond Castellanos          DOB: 02/17/1942          Member #: SADC-0388",
             "Physician: Dr. Priya Natarajan, Harlan Neurology       Phone (610) 555-0192", "",
             "Diagnosis: Alzheimer's disease, moderate; hypertension", "",
             "Medication                  Dose      Time at center    Route   Start date",
             "Donepezil                   10 mg     none (home, hs)   PO      on file",
             "Memantine                   10 mg     12:00 noon        PO      05/01/2026",
             "Amlodipine                  5 mg      none (home, am)   PO      on file",
             "Acetaminophen               500 mg    PRN knee pain     PO      max 2 doses at center", "",
             "I authorize Sunflower Adult Day Center staff to give the medications above as ordered.",
             "Responsible party: Luis Castellanos (son)      Signature: ____________   Date: ________",
             "Physician signature: ____________   Date: ________"]
    body = """Hi Mr. Castellanos,

Here's the medication form for your father with the new noon dose of
memantine that Dr. Natarajan started. Please bring the pharmacy bottle in
its original label, and have the doctor's office sign the form.

Thanks!
Ruth Ann Bixby
Director, Sunflower Adult Day Center
"""
    return E(A("Ruth Ann Bixby", "rbixby@" + SF), A("Luis Castellanos", "lcastellanos@example.com"),
             "Medication form to sign", D(2026, 4, 28, 12, 33),
             MIX(T(body), ATT(pdf(lines, "Medication Authorization SADC-0388", author="Sunflower ADC"), "application/pdf", "MedAuth_SADC-0388.pdf")), agent="outlook")


@msg("guardian-consent-peg-tube-ward", "phi",
     "Court-appointed guardian's attorney gives consent for a PEG tube for her named ward after a stroke, per the court's order.", where="body")
def _():
    body = """Dear Ms. Whitaker,

I write on behalf of Gerald Fenn, plenary guardian of the person of Arlene
Schultz under the Orphans' Court order of 2024 (copy attached to our
earlier letter). Mr. Fenn met with Dr. Varghese and the speech pathologist
on Tuesday. Given Mrs. Schultz's severe dysphagia since her stroke, her
repeated aspiration, and her stated wishes before her illness (she told her
pastor she would want "a feeding tube for a while, if it might help"), Mr.
Fenn consents to the placement of a percutaneous gastrostomy (PEG) tube
at St. Brendan's, and to a time-limited trial of tube feeding of 60 days,
to be reviewed at that time.

Mr. Fenn does not consent to mechanical ventilation and asks that her POLST
be updated accordingly. Please send the consent form to my office for his
signature.

Very truly yours,
Margaret Oyelaran, Esq.
Oyelaran Law Office | (610) 555-0115
"""
    return E(A("Margaret Oyelaran", "moyelaran@" + OY), A("Lorraine Whitaker", "lwhitaker@" + MT),
             "Guardian's consent - PEG tube - A. Schultz", D(2026, 5, 28, 16, 4), T(body), agent="outlook")


@msg("guardianship-capacity-evaluation", "phi",
     "borderline: elder-law office asks the medical director for a capacity evaluation of a named woman; vascular dementia and MoCA 11/30 are neurological, not psychiatric.", where="body")
def _():
    body = """Dr. Varghese,

Our office represents Mrs. Whitfield's daughter in the petition for
guardianship of Eleanor P. Whitfield (OC-2026-0187). The hearing is May 5.
The court requires an expert report on capacity. Could you complete the
attached physician's evaluation form, or let us know if you would prefer to
testify by video?

From the records her daughter shared with us (with Mrs. Whitfield's
healthcare POA's consent): Mrs. Whitfield was diagnosed with vascular
dementia in 2024, scored 11/30 on the MoCA at Maple Terrace in February,
needs help with all finances and has twice signed contracts with door-to-
door sellers. She takes donepezil 10 mg and is on your hospice-eligibility
watch list for weight loss.

The form asks specifically about her ability to receive and evaluate
information, make and communicate decisions, and the likely course of her
condition.

Thank you,
Daniel Ruiz, Esq.
Whitcombe & Ruiz, LLC | (610) 555-0110
"""
    return E(A("Daniel Ruiz", "druiz@" + WR), A("Anil Varghese", "avarghese@" + MT),
             "Whitfield guardianship - physician's evaluation", D(2026, 4, 15, 10, 7), T(body), agent="outlook")


@msg("surveyor-complaint-intake-records", "phi",
     "State surveyor tells the administrator a complaint was filed about a named resident's pressure injury and requests her records.", where="body")
def _():
    body = """Mr. Pappas,

The Department has received a complaint (intake DOH-LTC-26-04471) regarding
resident Dolores Kaminski, 3 North room 309. The complaint alleges that Mrs.
Kaminski developed a stage 3 pressure injury on her sacrum in April that
was not reported to her family for more than a week, and that she was left
in bed without repositioning on evening shift.

I will be on site tomorrow, May 13, at approximately 8:00 a.m. Please have
the following available:
  - her care plan, MDS assessments since March, and skin assessments;
  - wound care notes and measurements, treatment records (TAR) for April
    and May;
  - turning and repositioning records, and staffing sheets for 3 North
    evening shift from April 1 to present;
  - documentation of family notification.

This notice is confidential and must not be disclosed to staff before my
arrival except as needed to gather records.

Denise Akers, RN
Health Facility Surveyor, Division of Nursing Care Facilities
State Department of Health | (717) 555-0108
"""
    return E(A("Denise Akers", "dakers@" + DOH), A("Gregory Pappas", "gpappas@" + MT),
             "Complaint intake DOH-LTC-26-04471 - records request", D(2026, 5, 12, 15, 48), T(body))


@msg("ombudsman-followup-missed-meds", "phi",
     "Ombudsman follows up with a daughter on her named mother's complaint: missed evening medications and long call-light waits.", where="body")
def _():
    body = """Dear Ms. Lambert,

Thank you for allowing me to look into your mother's concerns. With your
mother's permission (she signed the consent form on my visit on June 4), I
met with the DON at Brookhaven yesterday. Here is what I learned:

- Mrs. Delphine Lambert's 8 pm medications (her Parkinson's medication,
  carbidopa-levodopa, and her eye drops) were documented as "not given -
  resident asleep" on four evenings in May. The wellness director agreed
  that the carbidopa-levodopa should not be skipped and has moved the dose
  to 7 pm, before she goes to bed.
- Call-light logs show waits of over 20 minutes on three evenings. The
  community is adding a care partner on the 3-11 shift from June 15.

Your mother told me she feels better about the changes but wants to meet
with the wellness director herself. I will visit again on June 25. Please
call me if anything changes.

Patricia Nhlapo
Regional Ombudsman, Region 4 LTC Ombudsman Program | (610) 555-0125
"""
    return E(A("Patricia Nhlapo", "pnhlapo@" + OMB), A("Simone Lambert", "slambert@example.com"),
             "Follow-up on your mother's concerns", D(2026, 6, 10, 12, 20), T(body), agent="outlook")


@msg("medical-director-uti-cipro-to-macrobid", "phi",
     "Medical director asks the NP to change a named resident's antibiotic from ciprofloxacin to nitrofurantoin after culture results.", where="body")
def _():
    body = """Monica -

Culture on Mr. Venkataraman (208) is back: E. coli >100k, pan-sensitive
except ampicillin. He's on cipro 500 BID since yesterday, started by
on-call. With his QT (QTc 488 on the last ECG) and the fall risk, can we
switch to nitrofurantoin 100 mg BID x 5 days? His CrCl is 52 so it's fine.
Please also d/c the cipro in the system so pharmacy doesn't send more, and
let the stewardship log know.

Thanks,
Anil
"""
    return E(A("Anil Varghese", "avarghese@" + MT), A("Monica Feld", "mfeld@" + MT),
             "208 culture - switch abx", D(2026, 8, 20, 7, 52), T(body), internal=True, agent="iphone")


@msg("hospice-methadone-cancer-pain-dose", "phi",
     "borderline: hospice nurse tells the nursing home about a named patient's methadone for cancer pain; opioid for pain is phi, not use-disorder treatment.", where="body")
def _():
    body = """Hi 2 West,

Dr. Moravec saw Mr. Daniel Burke (211A) this morning for his worsening bone
pain from metastatic prostate cancer. Because the morphine wasn't holding
him and his kidney function is poor, she has started:

  - methadone 2.5 mg by mouth every 12 hours (8 am / 8 pm), for pain
  - continue morphine oral solution 5 mg every 2 hours as needed for
    breakthrough pain or shortness of breath
  - senna 2 tabs at bedtime

Methadone takes several days to reach its full effect, so please watch for
sleepiness, especially on days 3 to 5, and hold a dose and call us if his
respiratory rate is under 10. Hospice pharmacy is delivering it today.

Dev Malhotra, RN, CHPN
Case Manager, Clearwater Hospice | (610) 555-0160
""" + HOSPICE_DISC + "\n"
    return E(A("Dev Malhotra", "dmalhotra@" + CW), A("2 West Charge", "2west-charge@" + MT),
             "Burke 211A - new pain regimen", D(2026, 5, 20, 12, 15), T(body), agent="outlook")


@msg("hospice-comfort-kit-lindgren", "phi",
     "borderline: hospice comfort-kit order for a named patient (morphine, lorazepam for air hunger, haloperidol for nausea or terminal agitation); end-of-life symptom care, not treatment of a psychiatric or anxiety disorder.", where="body")
def _():
    body = """Fairlane Hospice Desk,

Please deliver a comfort kit today for:

  Patient: Arthur Lindgren     DOB 10/03/1931
  Address: 77 River Road, Harlan Falls (home, wife Ingrid at home)
  Hospice diagnosis: end-stage COPD

  - Morphine sulfate oral solution 20 mg/mL, 30 mL: 0.25 mL (5 mg) SL q2h
    PRN dyspnea or pain
  - Lorazepam 0.5 mg tabs, #10: 1 tab SL q4h PRN anxiety/air hunger
  - Haloperidol 0.5 mg tabs, #10: 1 tab q6h PRN nausea or terminal
    agitation
  - Atropine 1% ophthalmic drops: 2 drops SL q4h PRN secretions
  - Bisacodyl 10 mg suppository #4 PRN constipation

Ordering physician: Elaine Moravec, MD, NPI 1730485624. Bill to Clearwater
Hospice (per diem).

Thank you,
Sharon Vick, RN
Clearwater Hospice
"""
    return E(A("Sharon Vick", "svick@" + CW), A("Fairlane Hospice Desk", "hospice@" + FL),
             "Comfort kit - Lindgren - deliver today", D(2026, 7, 1, 11, 4), T(body), agent="outlook")


@msg("hospice-recert-face-to-face-fast-7c", "phi",
     "Hospice physician's face-to-face encounter note for a named patient's recertification: dementia FAST 7c, weight loss, aspiration.", where="body+attachment")
def _():
    lines = ["# Clearwater Hospice - Face-to-Face Encounter (Third Benefit Period Recertification)", "",
             "Patient: Joseph Abernathy       DOB 01/22/1934       Hospice ID CWH-26-0441",
             "Location: Maple Terrace, room 118      Encounter date: 08/10/2026", "",
             "Terminal diagnosis: Alzheimer's disease, late stage (FAST 7c)",
             "Findings: non-ambulatory since July; speech limited to 1-2 words; dependent for all ADLs.",
             "Weight 121 lb (143 lb in May, 15% loss). Albumin 2.6. Two aspiration pneumonias (June, July).",
             "Stage 2 sacral pressure injury. Sleeping 18-20 h/day.",
             "I attest that I had a face-to-face encounter with this patient and that the clinical findings",
             "support a life expectancy of 6 months or less if the illness runs its normal course.",
             "Elaine Moravec, MD, Hospice Medical Director"]
    body = """Medical records,

Attached is my F2F for Mr. Abernathy's 3rd-period recertification (due
8/14). He continues to decline - FAST 7c, 15% weight loss since May, two
aspiration pneumonias. Please file and send a copy to Maple Terrace.

EM
"""
    return E(A("Elaine Moravec", "emoravec@" + CW), A("Clearwater Medical Records", "medrecords@" + CW),
             "F2F - Abernathy recert", D(2026, 8, 10, 18, 22),
             MIX(T(body), ATT(pdf(lines, "Face-to-Face Encounter CWH-26-0441", author="E. Moravec"), "application/pdf", "F2F_CWH-26-0441.pdf")), internal=True, agent="outlook")


@msg("polst-update-dnr-no-hospital", "phi",
     "Social worker confirms a named resident's updated POLST (DNR, comfort-focused, no hospital transfer) with the family.", where="body")
def _():
    body = """Hi Linda,

Thank you for meeting with us and Dr. Varghese yesterday. To confirm what
was decided for your mother, Arlene Schultz, and what is now on her new
POLST form (signed by you as her health care agent and by Dr. Varghese):

  Section A - Do Not Attempt Resuscitation (DNR)
  Section B - Comfort-focused treatment; no transfer to hospital unless
              comfort needs cannot be met here (e.g. a hip fracture)
  Section C - No long-term artificial nutrition; the 60-day PEG trial
              ends July 28 and will not be restarted
  Antibiotics - oral antibiotics for comfort only

The original pink form is in the front of her chart and a copy goes with
her if she ever leaves the building. We also talked about a hospice
referral, and you wanted to think about it over the weekend.

Hannah Lindqvist, MSW
Social Services, Maple Terrace
"""
    return E(A("Hannah Lindqvist", "hlindqvist@" + MT), A("Linda Schultz", "lschultz@example.com"),
             "Your mother's POLST", D(2026, 7, 24, 9, 55), T(body), agent="outlook")


@msg("employee-quantiferon-positive-followup", "phi",
     "Employee health tells a named CNA that her QuantiFERON result is positive and books her chest X-ray; addressed to her about her own result.", where="body")
def _():
    body = """Hi Latisha,

Your QuantiFERON blood test from May 11 came back positive. Please don't
worry - a positive result usually means an old, inactive (latent) TB
infection, not TB disease, and you are not contagious if you have no
symptoms. You told me on the questionnaire that you have no cough, fever,
night sweats or weight loss.

Next steps:
  - chest X-ray at St. Brendan's Imaging on Thursday 5/21 at 7:30 am (the
    order is in; bring your ID)
  - appointment with Dr. Coleman in Employee Health on 5/26 to talk about
    treatment for latent TB (usually 3-4 months of pills)

You can keep working while we wait for the X-ray. This result is in your
confidential employee health file only.

Bernadette Lyons, RN
Employee Health, Maple Terrace | (610) 555-0111
"""
    return E(A("Bernadette Lyons", "blyons@" + MT), A("Latisha Greene", "lgreene@" + MT),
             "Your TB test result", D(2026, 5, 15, 11, 48), T(body), internal=True, agent="outlook")


@msg("siblings-thread-mom-uti-again", "phi",
     "borderline: siblings' thread about 'Mom' with another UTI, Macrobid and confusion; she is identifiable through the family's names (Marsh), her residence and her doctor.", where="body")
def _():
    body = """Ugh. Brookhaven called me at work. Mom has another UTI, third since
January. They started Macrobid tonight. She was really confused this
afternoon - she thought Dad was coming to pick her up - and she told the
aide she was "going home to Scranton". Paul the nurse says that's typical
with the infections and it should clear up in a few days.

Can one of you go Saturday? I'm in Pittsburgh until Sunday. I also think we
need to ask Dr. Kessler about seeing a urologist, or that cranberry thing,
or something. This can't keep happening.

- Ellie

> On Jun 3, 2026, at 8:02 PM, Greg Marsh <gmarsh@example.net> wrote:
>
> Anyone talk to Mom today? She didn't pick up when I called.
"""
    return E(A("Eleanor Marsh-Quinn", "ellie.mq@example.com"), [A("Greg Marsh", "gmarsh@example.net"), A("David Marsh", "dmarsh@example.org")],
             "Re: Mom", D(2026, 6, 3, 21, 14), T(body), agent="iphone", irt=mid("example.net"))


@msg("siblings-dad-hospice-or-hospital", "phi",
     "Brothers debate whether their named father should go on hospice after his third heart-failure admission; family mail with diagnosis and care.", where="body")
def _():
    body = """Mike,

I hear you, but I was there on Tuesday. Dad's had three admissions for his
heart since Christmas, he's on oxygen all the time now, and the cardiologist
told us straight out that the next step would be an ICD or a balloon pump
and Dad doesn't want any of that. He said so to Dr. Osei, in front of me.
Hospice isn't "giving up" - Clearwater would come to the house, they'd
manage his breathing with the morphine instead of sending him back to the
ER every two weeks, and Bev could sleep.

Sharon from Clearwater can do the admission Thursday if we all agree. Can
we talk tonight, 8:30, all three of us?

Joe

On Mon, Jun 8, 2026 at 10:47 PM Mike Pike <mikepike@example.org> wrote:
> I'm not ready to sign off on hospice for Dad. He's been through worse.
> What about the new heart failure clinic at St. B's? - M
"""
    return E(A("Joe Pike", "joepike@example.com"), [A("Mike Pike", "mikepike@example.org"), A("Beverly Pike-Honda", "bev.pikehonda@example.net")],
             "Re: Dad - hospice?", D(2026, 6, 9, 7, 31), T(body), agent="gmail", irt=mid("example.org"))


@msg("secure-tag-encryption-test-send", "phi",
     "borderline: '[secure]' test send with no patient content; a sender-marked message is at least phi (marked-secure-test-no-content).", where="marker only")
def _():
    body = """Testing the new encryption rule before we start sending resident
statements this way. Nothing in this message. Can you confirm you got it
through the secure portal and not in the clear?

Thanks,
Carl
"""
    return E(A("Carl Ostrowski", "costrowski@" + MT), A("Sam Whitford", "swhitford@" + MT),
             "[secure] test - please confirm", D(2026, 3, 31, 16, 3), T(body), internal=True, agent="outlook")


@msg("eob-snf-stay-keystone-member", "phi",
     "Medicare Advantage Explanation of Benefits (PDF) for a named member's SNF stay: claim number, days, amounts billed and member share.", where="attachment")
def _():
    lines = ["# Keystone Senior Advantage - Explanation of Benefits", "THIS IS NOT A BILL", "",
             "Member: Walter Ostrander        Member ID: KSA884201937        Group: Individual MAPD",
             "Claim number: KS-26-0618-447102       Provider: Maple Terrace Health & Rehabilitation Center", "",
             "Service dates        Service                          Billed        Plan paid     You owe",
             "05/21 - 06/18/2026   Skilled nursing facility, 29 days  $18,995.00   $14,562.00    $1,230.00",
             "                     (days 1-20 $0; days 21-29 $136.67/day copay)",
             "05/22 - 06/17/2026   Physical & occupational therapy     included",
             "", "Your out-of-pocket maximum: $6,700.  Met so far this year: $2,455.00",
             "Questions: Member Services (800) 555-0199, TTY 711."]
    body = """Hi Dad,

This came to me because I'm on your account. It's the insurance summary for
your stay at Maple Terrace - it says you owe $1,230 for the copay days,
which matches what the business office told us. I'll pay it from your
checking account. Nothing else you need to do.

Love,
Cathy
"""
    return E(A("Cathy Ostrander", "costrander@example.net"), A("Walter Ostrander", "wostrander@example.com"),
             "Fwd: your EOB from Keystone", D(2026, 7, 14, 19, 2),
             MIX(T(body), ATT(pdf(lines, "EOB KS-26-0618-447102", flate=True, author="Keystone Senior Advantage"), "application/pdf", "Keystone_EOB_2026-07.pdf")), agent="apple")


@msg("lab-results-cbc-bmp-resident-pdf", "phi",
     "Reference lab sends the facility a named resident's CBC and BMP (PDF) with a critical potassium flagged.", where="attachment")
def _():
    lines = ["# Tri-Valley Reference Laboratory - Final Report", "",
             "Patient: Okafor, Samuel       DOB 03/30/1944       Facility: Maple Terrace 2W-203",
             "Accession TV26-0519-08812     Collected 05/19/2026 06:10     Ordering: M. Feld, CRNP", "",
             "BASIC METABOLIC PANEL",
             "Sodium         134    mmol/L   (136-145)  L",
             "Potassium      6.1    mmol/L   (3.5-5.1)  CRITICAL - called to R. Bautista LPN 07:42",
             "Chloride       101    mmol/L   (98-107)",
             "CO2            20     mmol/L   (22-29)    L",
             "BUN            48     mg/dL    (8-23)     H",
             "Creatinine     2.31   mg/dL    (0.7-1.3)  H    eGFR 28",
             "Glucose        64     mg/dL    (70-99)    L", "",
             "CBC: WBC 11.8 H, Hgb 10.2 L, Plt 212"]
    body = """Final results attached. Critical value was phoned to the facility at
07:42.

Tri-Valley Reference Laboratory - Client Services
(610) 555-0178
"""
    return E(A("Tri-Valley Lab Results", "results@tvlab.example.com"), A("MT 2 West Results", "2west-results@" + MT),
             "Final report TV26-0519-08812", D(2026, 5, 19, 8, 3),
             MIX(T(body), ATT(pdf(lines, "Report TV26-0519-08812", author="Tri-Valley Lab"), "application/pdf", "TV26-0519-08812.pdf")),
             extra=[("Auto-Submitted", "auto-generated")])


@msg("mobile-xray-chest-report-pneumonia", "phi",
     "Mobile X-ray vendor's report of a named resident's portable chest film showing right lower lobe pneumonia.", where="body")
def _():
    body = """PORTABLE RADIOGRAPHY REPORT - ProMobile Imaging

Patient: Mei-Ling Liu        DOB: 01/05/1939
Facility: Maple Terrace, 2 West 215B
Exam: Chest, 2 views (portable)      Date of service: 09/02/2026 14:20
Ordering: Monica Feld, CRNP
Clinical history: cough, fever 100.9, decreased sats

FINDINGS: Patchy airspace opacity in the right lower lobe with a small
right pleural effusion. Heart size upper normal. No pneumothorax.
Degenerative changes of the thoracic spine.

IMPRESSION: Right lower lobe pneumonia with small effusion. Recommend
follow-up film in 6-8 weeks after treatment to document resolution.

Electronically signed: Harvey Sandoval, MD, radiologist, 09/02/2026 16:05
ProMobile Imaging | (610) 555-0187
"""
    return E(A("ProMobile Imaging Reports", "reports@promobile-imaging.example.com"), A("Monica Feld", "mfeld@" + MT),
             "Report - Liu, Mei-Ling - CXR 9/2", D(2026, 9, 2, 16, 7), T(body), extra=[("Auto-Submitted", "auto-generated")])


# ============================================== phi: not in English -----
@msg("necrologio-sla-hospice-inoltrato", "phi",
     "Italian: a cousin forwards a named man's obituary stating he died of ALS under hospice care; a diagnosis about an identifiable person.", lang="it", where="forwarded part")
def _():
    body = """Ciao Franca,

ti giro il necrologio dello zio Sergio che è uscito oggi sul giornale. Il
funerale è sabato a San Rocco. Io ci vado con Paolo, se vuoi passiamo a
prenderti.

Un abbraccio,
Lucia

---------- Forwarded message ---------
Da: Harlan Falls Ledger <notices@ledger.example.com>
Date: lun 14 set 2026 alle ore 06:00
Subject: Necrologi

SERGIO MANCINI, 79 anni, di Harlan Falls, si è spento serenamente a casa
giovedì 10 settembre, dopo tre anni di lotta contro la sclerosi laterale
amiotrofica (SLA). Negli ultimi mesi è stato assistito con grande amore
dalla moglie Rita e dall'équipe della Clearwater Hospice, che la famiglia
ringrazia di cuore, insieme al personale del centro diurno Sunflower.

Nato a Isernia, emigrato nel 1966, ha lavorato per 35 anni alle ferrovie.
Lascia la moglie Rita, i figli Marco e Giulia, e quattro nipoti.

Il rosario sarà recitato venerdì alle 19:00 presso la Holloway Funeral
Home; la Messa funebre sarà celebrata sabato alle 10:00 nella chiesa di
San Rocco. Al posto dei fiori, offerte alla Clearwater Hospice.
"""
    return E(A("Lucia Mancini", "lucia.mancini@example.net"), A("Franca DiNardo", "franca.dinardo@example.com"),
             "I: Necrologi - zio Sergio", D(2026, 9, 14, 8, 30), T(body, cte="quoted-printable"), agent="gmail")


@msg("resumen-conferencia-cuidado-mama", "phi",
     "Spanish (ISO-8859-1): social worker summarises a named resident's care conference for her daughter: therapy goals, diet, weight, diabetes.", lang="es", where="body")
def _():
    body = """Estimada Sra. Morales:

Gracias por asistir ayer a la conferencia de cuidado de su mamá, la Sra.
Carmen Ortega (habitación 122). Le envío el resumen como me pidió:

  - Terapia física: camina 60 metros con andadera y ayuda mínima. La
    meta es que pueda ir sola al baño antes del alta.
  - Terapia ocupacional: se viste la parte de arriba sola; necesita
    ayuda con los zapatos y las medias de compresión.
  - Dieta: diabética (carbohidratos controlados), textura normal. Su
    azúcar en ayunas ha estado entre 130 y 180; el Dr. Varghese subió la
    insulina Lantus a 18 unidades.
  - Peso: 61 kg, estable.
  - Alta prevista: alrededor del 15 de julio, a su casa con servicios de
    enfermería a domicilio. Medicare cubre hasta el día 20 completo;
    a partir del día 21 hay copago.

La próxima reunión será el 8 de julio. Si tiene preguntas, llámeme al
(610) 555-0118.

Atentamente,
Hannah Lindqvist, trabajadora social
Maple Terrace
"""
    return E(A("Hannah Lindqvist", "hlindqvist@" + MT), A("Rosa Morales", "rosamorales@example.com"),
             "Resumen de la conferencia de cuidado de su mamá", D(2026, 6, 24, 16, 12),
             T(body, cs="iso-8859-1", cte="8bit"), scs="iso-8859-1", smode="Q", agent="outlook")


@msg("nahulog-si-lolo-ambo-tagalog", "phi",
     "Tagalog: a Filipino nurse tells a family that their named grandfather fell; bruise, X-ray and blood thinner.", lang="tl", where="body")
def _():
    body = """Magandang gabi po, Ms. Aquino,

Ako po si Rowena, ang charge nurse sa 2 West. Gusto ko lang pong ipaalam
na si Lolo Ambo ninyo (Mr. Ambrosio Aquino, room 209) ay nahulog kaninang
alas-siyete ng gabi habang papunta sa banyo. Nakita siya ng CNA na
nakaupo sa sahig. May pasa po siya sa kanang balakang at maliit na bukol
sa noo.

Dahil umiinom siya ng pampalabnaw ng dugo (warfarin), tinawagan namin si
NP Monica Feld. Nag-order siya ng X-ray ng balakang at ng CT scan ng ulo
sa St. Brendan's ngayong gabi para sigurado. Sasamahan siya ng aming CNA
sa ambulansya. Tatawagan ko po kayo ulit kapag may resulta na.

Pasensya na po at nag-email ako - hindi ko po kayo makontak sa telepono.
Ang numero ng 2 West ay (610) 555-0104.

Rowena Bautista, LPN
"""
    return E(A("Rowena Bautista", "rbautista@" + MT), A("Maricel Aquino", "maricel.aquino@example.com"),
             "Si Lolo Ambo - nahulog po kanina", D(2026, 8, 25, 19, 48), T(body), agent="outlook")


@msg("me-bi-loet-lung-vietnamese", "phi",
     "Vietnamese: a daughter tells her siblings their named mother has a pressure sore on her back at the nursing home and what the wound nurse is doing.", lang="vi", where="body")
def _():
    body = """Anh Tuấn, chị Hạnh,

Hôm nay em vào thăm mẹ ở Maple Terrace. Cô y tá chuyên vết thương (cô
Renee) nói mẹ bị loét do tì đè ở xương cùng, độ 2, to khoảng 2 cm. Họ
đang thay băng mỗi ngày, cho mẹ nằm nệm hơi và trở mình mỗi 2 tiếng. Bác
sĩ Feld cũng cho mẹ uống thêm sữa đạm vì mẹ ăn ít quá, mẹ sụt 3 ký trong
tháng này.

Em nghĩ mình nên đặt lịch họp với họ tuần sau. Anh chị rảnh thứ Ba
không? Mẹ tên trong hồ sơ là Nguyễn Thị Lan, phòng 317, nếu anh chị gọi
điện hỏi.

Em Thảo
"""
    return E(A("Thảo Nguyễn", "thao.nguyen@example.net"), [A("Tuấn Nguyễn", "tuan.nguyen@example.com"), A("Hạnh Phạm", "hanh.pham@example.org")],
             "Mẹ bị loét lưng", D(2026, 7, 27, 21, 5), T(body, cte="base64"), agent="iphone")


@msg("eomeoni-hyeoldang-home-care-korean", "phi",
     "Korean (EUC-KR): home care agency tells a daughter her named mother's blood-sugar readings and the nurse's insulin message to the doctor.", lang="ko", where="body")
def _():
    body = """김미정 님께,

어머님 (박옥순 님) 의 이번 주 혈당 기록을 알려 드립니다.

  월요일 아침 공복 212, 저녁 식후 268
  화요일 아침 공복 198, 저녁 식후 301
  수요일 아침 공복 225

요양보호사 이은주 씨가 어머님께서 저녁에 떡과 과일을 많이 드신다고
합니다. 간호사가 오늘 정 내과 원장님께 연락을 드렸고, 원장님께서
인슐린(란투스)을 14단위에서 16단위로 올리라고 하셨습니다. 새 처방은
내일부터입니다.

혹시 어지럽거나 식은땀을 흘리시면 저혈당일 수 있으니 바로 사무실로
연락 주세요.

한마음 홈케어
간호사 최선영 드림
(610) 555-0147
"""
    return E(A("한마음 홈케어", "nurse@hanmaeum.example.net", cs="euc-kr"), A("김미정", "mijung.kim@example.com", cs="euc-kr"),
             "어머님 혈당 기록 및 인슐린 변경", D(2026, 10, 7, 15, 30),
             T(body, cs="euc-kr", cte="base64"), scs="euc-kr", smode="B")


@msg("otets-schet-dom-prestarelykh-medicaid", "phi",
     "Russian (windows-1251): a son asks the elder-law office about his named father's nursing-home bill, Medicare days and Medicaid application.", lang="ru", where="body")
def _():
    body = """Здравствуйте, Дэниел,

Пишу по поводу моего отца, Бориса Гольдмана, который с марта находится в
доме престарелых Maple Terrace (комната 221) после инсульта. Medicare
оплачивал первые 20 дней, потом мы платили доплату, а теперь реабилитация
закончилась, и бухгалтерия прислала счёт на 12 840 долларов за июнь по
частному тарифу.

У отца пенсия 1 900 долларов и около 38 000 на счету. Мама живёт дома.
Вопросы:
  1. Можно ли подать заявление на Medicaid сейчас, и что будет с мамой?
  2. Должны ли мы оплатить июньский счёт полностью?
  3. Врач говорит, что после инсульта отец уже не сможет жить дома. Нужна
     ли опека, или хватит доверенности, которую он подписал в 2019 году?

Спасибо заранее,
Аркадий Гольдман
(484) 555-0139
"""
    return E(A("Аркадий Гольдман", "agoldman@example.com", cs="windows-1251"), A("Daniel Ruiz", "druiz@" + WR),
             "Вопрос о Medicaid для отца", D(2026, 7, 3, 22, 10),
             T(body, cs="windows-1251", cte="quoted-printable"), scs="windows-1251", smode="B", agent="tb")


@msg("baba-touxi-shijian-fistula-zh", "phi",
     "Chinese: a daughter tells relatives their named father's new dialysis schedule, fistula surgery and potassium diet.", lang="zh", where="body")
def _():
    body = """大哥、小妹：

爸爸（陈国华）下星期一开始在 Riverbend 洗肾中心做血液透析，每周一、三、
五上午十一点，每次四个小时。养老院会安排车接送。

上个月医生在他左手臂做了动静脉瘘管手术，护士说现在可以用了，但是那只手
不能量血压、不能抽血，也不能提重的东西，请大家记住。

医生说他的血钾太高（5.8），所以不能吃香蕉、橙子、土豆，汤也要少喝。你们
来看他的时候，不要再带水果了。

周末谁有空可以陪他第一次去吗？

小梅
"""
    return E(A("陈小梅", "xiaomei.chen@example.com"), [A("陈大伟", "dawei.chen@example.net"), A("陈小兰", "xiaolan.chen@example.org")],
             "爸爸开始洗肾的时间", D(2026, 8, 6, 20, 45), T(body, cte="base64"), agent="iphone")


@msg("mama-w-szpitalu-zapalenie-pluc", "phi",
     "Polish (ISO-8859-2): a daughter tells her brother their named mother was moved from the nursing home to hospital with pneumonia and oxygen.", lang="pl", where="body")
def _():
    body = """Cześć Marek,

Dzwonili z Maple Terrace o 5 rano. Mamę (Krystyna Wójcik, pokój 116)
zabrali karetką do St. Brendan's, bo miała 39 stopni gorączki, kaszel i
saturację 86%. W szpitalu zrobili prześwietlenie - zapalenie płuc, prawe
płuco. Dostaje antybiotyk w kroplówce i tlen. Lekarz mówi, że zostanie
co najmniej 3-4 dni, a potem wróci do domu opieki na rehabilitację.

Byłam u niej o 9. Jest bardzo osłabiona, ale mnie poznała i pytała o
ciebie. Możesz przyjechać w weekend?

Ściskam,
Ania
"""
    return E(A("Anna Wójcik-Reed", "anna.wreed@example.net", cs="iso-8859-2", mode="Q"), A("Marek Wójcik", "marek.wojcik@example.com", cs="iso-8859-2", mode="Q"),
             "Mama w szpitalu - zapalenie płuc", D(2026, 1, 19, 10, 22),
             T(body, cs="iso-8859-2", cte="quoted-printable"), scs="iso-8859-2", smode="Q", agent="tb")


@msg("admissao-hospice-pai-visita", "phi",
     "Portuguese (ISO-8859-1): hospice intake confirms a named father's hospice admission for lung cancer, with oxygen and medication plan.", lang="pt", where="body")
def _():
    body = """Prezada Sra. Fernanda Couto,

Confirmamos a visita de admissão do seu pai, Sr. Joaquim Couto, ao
programa da Clearwater Hospice, amanhã (terça-feira) às 14h, na casa da
senhora, Rua Beacon 212.

  - Diagnóstico para o hospice: câncer de pulmão avançado (a oncologista,
    Dra. Levin, já assinou a certificação).
  - Vamos levar um concentrador de oxigênio e pedir uma cama hospitalar.
  - A enfermeira vai rever todos os remédios. Por favor deixe todos os
    frascos na mesa da cozinha.
  - Para a falta de ar, vamos deixar morfina líquida em dose pequena e
    explicar como usar.

Uma intérprete de português, a Sra. Lúcia, estará presente. O telefone
de 24 horas é (610) 555-0160.

Com carinho,
Sharon Vick, enfermeira de admissões
Clearwater Hospice
"""
    return E(A("Sharon Vick", "svick@" + CW), A("Fernanda Couto", "fernanda.couto@example.com"),
             "Visita de admissão do seu pai - amanhã às 14h", D(2026, 10, 12, 17, 40),
             T(body, cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", smode="Q", agent="outlook")


@msg("rapo-ed-swen-pye-anfle-tansyon", "phi",
     "Haitian Creole: a home health aide reports to the agency that her named client has swollen feet and high blood pressure.", lang="ht", where="body")
def _():
    body = """Bonswa Yolanda,

Se Widelene. Mwen lakay Madan Irena Kowal kounye a. Pye l yo anfle anpil
jodi a, sitou pye goch la, epi li di li gen doulè nan janm lan. Mwen pran
tansyon l: 176/98. Li di li pa pran grenn tansyon l maten an paske li
"bliye".

Pansman ki sou janm goch li a mouye, li gen yon ti odè. Mwen pa chanje l
paske se enfimyè a ki dwe fè sa.

Tanpri di Maribel pou l rele m oswa pou l vin wè l jodi a. Mwen la jiska
5è.

Mèsi,
Widelene Pierre-Louis, HHA
"""
    return E(A("Widelene Pierre-Louis", "wpierrelouis@example.com"), A("Yolanda Pierre", "ypierre@" + HS),
             "Madan Kowal - pye anfle, tansyon wo", D(2026, 7, 14, 13, 18), T(body, cte="quoted-printable", flowed=True), agent="android")


@msg("synantisi-frontidas-babas-diavitis", "phi",
     "Greek (ISO-8859-7): a daughter tells her brother about their named father's care-plan meeting: diabetes, foot ulcer and amputation risk.", lang="el", where="body")
def _():
    body = """Νίκο,

Ήμουν σήμερα στη συνάντηση για τον μπαμπά (Γιώργος Παπαδάκης, δωμάτιο
131) στο Maple Terrace. Τα νέα δεν είναι καλά:

  - Το έλκος στο δεξί πόδι δεν κλείνει. Η νοσηλεύτρια τραυμάτων λέει ότι
    η κυκλοφορία είναι πολύ κακή.
  - Το σάκχαρο είναι συνέχεια πάνω από 250. Ο γιατρός άλλαξε την ινσουλίνη.
  - Τον έστειλαν για αγγειολόγο στο St. Brendan's την Πέμπτη. Αν δεν
    βελτιωθεί, μίλησαν για πιθανό ακρωτηριασμό κάτω από το γόνατο.

Μπορείς να έρθεις την Πέμπτη στις 10:30 να τον πάμε μαζί;

Ελένη
"""
    return E(A("Ελένη Παπαδάκη", "eleni.papadaki@example.net", cs="iso-8859-7"), A("Νίκος Παπαδάκης", "nikos.papadakis@example.com", cs="iso-8859-7"),
             "Συνάντηση για τον μπαμπά σήμερα", D(2026, 11, 3, 19, 20),
             T(body, cs="iso-8859-7", cte="quoted-printable"), scs="iso-8859-7", smode="B")


@msg("haha-kossetsu-houkoku-nihon", "phi",
     "Japanese (ISO-2022-JP): the assisted living's Japanese-speaking nurse tells a son in Japan that his named mother broke her wrist in a fall and how it is treated.", lang="ja", where="body")
def _():
    body = """山本　健一様

いつもお世話になっております。ブルックヘブンの看護師、石田です。
お母様（山本　和子様、ブルックヘブン三階）のことでご連絡いたします。

昨日の夕方、お母様がお部屋で転倒され、左手首を骨折されました。
聖ブレンダン病院の救急で検査を受け、手術は必要ないとのことで、
ギプスで固定しています。六週間後に整形外科を再受診する予定です。

痛み止めとしてアセトアミノフェンを一日三回飲んでいます。
頭は打っておらず、意識もはっきりしています。

今後は夜間の見回りを増やしてもらい、トイレまでの手すりを設置する
予定です。ご質問があれば、いつでもメールをください。

ブルックヘブン・シニアリビング
看護師　石田　裕子
"""
    return E(A("石田裕子", "yishida@" + BH, cs="iso-2022-jp"), A("山本健一", "kenichi.yamamoto@example.jp.test", cs="iso-2022-jp"),
             "お母様の転倒と骨折について", D(2026, 9, 22, 9, 15),
             T(body, cs="iso-2022-jp", cte="7bit"), scs="iso-2022-jp", smode="B", agent="apple")


@msg("abi-ghaseel-kelwi-arabic", "phi",
     "Arabic: a son tells his brother their named father started dialysis at the nursing home's dialysis unit, with a catheter and a missed session.", lang="ar", where="body")
def _():
    text = """أخي العزيز كريم،

أردت أن أطمئنك على والدنا، الحاج محمود حداد. بدأ غسيل الكلى يوم الاثنين
في مركز ريفربند، ثلاث مرات في الأسبوع، أيام الاثنين والأربعاء والجمعة.
وضعوا له قسطرة في الرقبة حتى تصبح الوصلة في ذراعه جاهزة بعد شهرين.

يوم الأربعاء لم يذهب لأن سيارة النقل تأخرت، وكان البوتاسيوم مرتفعاً، لذلك
أضافوا له جلسة يوم الخميس. الممرضة في دار الرعاية قالت إنه يجب ألا يشرب
أكثر من لتر واحد في اليوم.

هو متعب لكنه بخير، ويسأل عنك كثيراً. اتصل به إن استطعت.

أخوك سامر
"""
    html = '<div dir="rtl" style="font-family:Tahoma">' + "<br>\n".join(htmlmod.escape(x) for x in text.strip().split("\n")) + "</div>\n"
    return E(A("سامر حداد", "samer.haddad@example.com"), A("كريم حداد", "karim.haddad@example.net"),
             "أخبار والدنا وغسيل الكلى", D(2026, 10, 29, 22, 2),
             ALT(T(text, cte="base64"), T(html, cte="base64", sub="html"), style="gmail"), agent="gmail")


@msg("hebrew-rabbi-father-death-hospice", "phi",
     "Hebrew: a son tells the home's rabbi that his named father died under hospice care after heart failure and asks about burial and shiva.", lang="he", where="body")
def _():
    body = """הרב לוי שלום,

אני כותב להודיע שאבי, משה פרידמן ז"ל, שגר בבית שלום בקומה השנייה, נפטר
הלילה בשעה 2:40. הוא היה בטיפול הוספיס של Clearwater בשלושת השבועות
האחרונים בגלל אי-ספיקת הלב, והאחות אמרה שהוא לא סבל בסוף - קיבל מורפין
והיה רגוע. אחותי הייתה לידו.

הלוויה תהיה מחר בשעה 11:00 בבית העלמין "שערי צדק". נשמח מאוד אם הרב יוכל
לומר כמה מילים. השבעה תהיה בבית של אחותי.

תודה על כל הביקורים שלך אצלו.

דוד פרידמן
"""
    return E(A("David Friedman", "dfriedman@example.com"), A("Rabbi Yonatan Levi", "rabbi@bethshalomhome.example.org"),
             "אבי, משה פרידמן ז\"ל", D(2026, 12, 1, 6, 35), T(body, cte="quoted-printable"), agent="iphone")


@msg("cambio-insulina-mama-enfermera", "phi",
     "Spanish (from a phone): home care nurse tells a daughter her named mother's insulin dose changed after low blood sugars.", lang="es", where="body")
def _():
    body = """Hola Sra. Gallo,

Le escribo para avisarle que el Dr. Tran cambió la insulina de su mamá,
la Sra. Angela Gallo. Como tuvo el azúcar bajo dos mañanas seguidas (58 y
63), ahora se pone 10 unidades de Lantus en la noche en lugar de 14. La
insulina de las comidas sigue igual.

Yesenia, la cuidadora, le va a medir el azúcar antes del desayuno y en la
noche y lo va a anotar en el cuaderno. Si baja de 70, que tome medio vaso
de jugo y me llame.

Visito otra vez el viernes.

Maribel Ortiz, RN
HearthStone Home Care

Enviado desde mi iPhone
"""
    return E(A("Maribel Ortiz", "mortiz@" + HS), A("Sandra Gallo", "sgallo@example.net"),
             "Cambio de insulina de su mamá", D(2026, 3, 24, 18, 51), T(body, cte="quoted-printable", flowed=True), agent="iphone")


@msg("taglish-endorsement-3-north-pm", "phi",
     "Taglish shift endorsement between nurses naming residents by room with pain medicine, IV antibiotic, wound and glucose.", lang="tl", where="body")
def _():
    body = """Hi Ate Marisol,

Endorsement 3 North PM shift:

- 305 Mr. Ferraro - post-op day 6 knee, binigyan ko ng oxycodone 5 mg
  ng 6pm, pain 7/10 -> 3/10. Mag-ice pack ulit bago matulog.
- 309 Mrs. Kaminski - sacral wound, napalitan na ang dressing ng 4pm.
  Turn q2h, huwag kalimutan, may surveyor pa daw bukas.
- 312B Mrs. Birch - nasa IV cefepime pa, next dose 10pm. Hold warfarin
  ngayong gabi per Dr. V, INR 3.4.
- 316 Mr. Grady - FSBS 342 bago mag-dinner, binigyan ng 8 units
  lispro per sliding scale. Recheck ng 9pm.

Okay na lahat ng count. Salamat, ingat sa duty!

Joy
"""
    return E(A("Joy Manalo", "jmanalo@" + MT), A("Marisol Vega", "mvega@" + MT),
             "endorsement 3N PM", D(2026, 5, 12, 22, 58), T(body), internal=True, agent="outlook")


# =========================================================== restricted --
@msg("quetiapine-gdr-review-willows", "restricted",
     "borderline: geriatric psychiatry NP's gradual-dose-reduction review of a named memory-care resident's quetiapine for dementia-related psychosis; psychiatric care.",
     cat="mh", where="body")
def _():
    body = """Paul, Janine -

I saw Mrs. Doris Albrecht (Willows 7) today for her quarterly psychiatric
follow-up and the required gradual dose reduction review.

Diagnosis: major neurocognitive disorder due to Alzheimer's disease with
psychotic features (persecutory delusions - believes staff are stealing
from her - and visual hallucinations of children in her room).

Current: quetiapine 25 mg at 8 am and 50 mg at bedtime (since November).
Behaviour logs for the last 90 days: 4 episodes of accusing staff, no
physical aggression, hallucinations "not bothering her" per staff. Sleep 7-8
hours. Weight stable. No falls. AIMS 0. Orthostatic BP negative.

Plan: GDR - reduce the morning dose to 12.5 mg for 4 weeks, keep bedtime
50 mg. Continue non-drug approaches (the lockable drawer for her purse has
helped a lot). Staff to log any return of distressing psychosis. I'll call
her son Gary with the plan today and see her again in 4 weeks.

Alan Schreiber, PMHNP-BC
Meridian Geriatric Psychiatry Associates | (610) 555-0150
"""
    return E(A("Alan Schreiber", "aschreiber@" + MG), [A("Paul Adeyemi", "padeyemi@" + BH), A("Janine Kowalczyk", "jkowalczyk@" + BH)],
             "Albrecht - psych f/u and GDR", D(2026, 4, 21, 17, 40), T(body), agent="outlook")


@msg("sertraline-increase-your-mother", "restricted",
     "Psychiatric NP tells a daughter her named mother's depression treatment: PHQ-9 14, sertraline increased, weekly therapy.",
     cat="mh", where="body")
def _():
    body = """Dear Ms. Castellano,

Thank you for joining the video visit yesterday. As we discussed, your
mother, Rose Pellegrino, is still struggling with depression since your
father died in January - low mood most days, crying at night, not wanting
to go to activities, and eating less. Her PHQ-9 score was 14 (moderate),
down a little from 17 in March. She does not have any thoughts of harming
herself, and she was clear about that.

Plan:
  - increase sertraline from 50 mg to 100 mg each morning (the order has
    been sent to the nursing home and to the pharmacy);
  - continue weekly supportive psychotherapy with our social worker,
    Joanne Kirby, LCSW, on Thursdays at 2 pm (in her room);
  - the activities team will invite her to the grief group for residents.

I will see her again in 4 weeks. Please call me if you notice anything
worrying before then.

Alan Schreiber, PMHNP-BC
Meridian Geriatric Psychiatry Associates | (610) 555-0150

This message contains confidential mental health information.
"""
    return E(A("Alan Schreiber", "aschreiber@" + MG), A("Lucia Castellano", "lcastellano@example.com"),
             "Your mother's visit", D(2026, 5, 13, 12, 1), T(body), agent="outlook")


@msg("psych-consult-referral-docx-willows", "restricted",
     "The cover says 'new referral attached'; the DOCX refers a named memory-care resident to geriatric psychiatry for hallucinations, aggression and a medication review.",
     cat="mh", where="attachment")
def _():
    paras = [("h", "Referral for Psychiatric Consultation - The Willows at Brookhaven"),
             ("t", [["Resident", "Harold Quint"], ["DOB", "06/30/1938"], ["Apartment", "Willows 11"], ["Responsible party", "Janet Quint (wife), (484) 555-0128"],
                    ["Primary physician", "Dr. Kessler"], ["Insurance", "Medicare / Keystone Senior Advantage"]]),
             "Reason for referral: new visual hallucinations for 3 weeks (sees a man standing at the foot of his bed), agitation in the evenings, two episodes of pushing a care partner during showering, and exit-seeking. Lewy body dementia suspected by neurology. Please evaluate and advise on safe treatment; neurology cautions against typical antipsychotics.",
             "Current medications: rivastigmine patch 9.5 mg/24 h, melatonin 3 mg, tamsulosin 0.4 mg, acetaminophen 650 mg TID.",
             "Consent: wife (healthcare POA) consents to psychiatric evaluation, obtained 03/18/2026.",
             "Referred by: Janine Kowalczyk, Director of Memory Care."]
    body = """Hi Doreen,

New referral attached - please schedule with Dr. Nwosu when she's next in
the building. Thanks!

Janine Kowalczyk
Director of Memory Care, The Willows at Brookhaven
"""
    return E(A("Janine Kowalczyk", "jkowalczyk@" + BH), A("Doreen Palazzo", "dpalazzo@" + MG),
             "New referral", D(2026, 3, 19, 10, 44),
             MIX(T(body), ATT(docx(paras, "Psychiatric Referral", "Janine Kowalczyk"), DOCX, "Referral_Willows11.docx")), agent="outlook")


@msg("altercation-geropsych-transfer", "restricted",
     "DON reports a named memory-care resident's assault on another resident and his admission to a geriatric psychiatric unit.",
     cat="mh", where="body")
def _():
    body = """Greg,

Following up on last night's incident on the memory support hall:

At 20:15 Mr. Leonard Haskins (1 West, 122) struck his room-mate's
neighbour, Mr. Paulson (121), twice on the arm after Mr. Paulson entered
his room by mistake. Staff separated them immediately. Mr. Paulson has a
bruise on the left forearm; he was assessed by the NP, no other injury. His
daughter was notified at 20:40.

Mr. Haskins has had escalating agitation and paranoia over the past two
weeks despite the non-drug plan. Dr. Nwosu (Meridian) saw him by telehealth
at 21:30 and recommended inpatient evaluation. He was accepted at St.
Brendan's Senior Behavioral Health Unit and transferred at 23:50 on a
voluntary admission signed by his wife as his healthcare agent.

The State was notified within 2 hours (resident-to-resident, injury).
Ombudsman notified this morning. 1:1 staffing was in place until transfer.
The investigation file is with Joyce.

Lorraine
"""
    return E(A("Lorraine Whitaker", "lwhitaker@" + MT), A("Gregory Pappas", "gpappas@" + MT),
             "R-to-R incident 1 West / transfer to SBHU", D(2026, 9, 9, 7, 12), T(body), internal=True, agent="outlook")


@msg("lithium-level-bipolar-assisted-living", "restricted",
     "Assisted-living wellness nurse reports a named resident's lithium level, tremor and bipolar disorder to her psychiatrist.",
     cat="mh", where="body")
def _():
    body = """Dr. Nwosu,

Mrs. Gloria Stanek (Brookhaven AL apt 1-22), your patient with bipolar I
disorder, had her lithium level drawn on Monday: 1.3 mEq/L (last was 0.8 in
February). Creatinine 1.4 (was 1.1). She has a new fine tremor in both
hands, was a little unsteady walking to lunch and says she's "more thirsty
than usual". No confusion, no vomiting. Her PCP started hydrochlorothiazide
for her blood pressure three weeks ago.

She is due for lithium 300 mg tonight. Should we hold it? Please call me at
(610) 555-0123 or reply today. She says her mood has been "steady" and
she's been sleeping well.

Paul Adeyemi, RN
Wellness Director, Brookhaven Senior Living
"""
    return E(A("Paul Adeyemi", "padeyemi@" + BH), A("Ifeoma Nwosu MD", "inwosu@" + MG),
             "Lithium level 1.3 - Stanek - please advise today", D(2026, 6, 17, 14, 25), T(body), agent="outlook", importance="High")


@msg("clozapine-anc-due-schizophrenia", "restricted",
     "LTC pharmacy warns the facility that a named resident with schizophrenia needs his clozapine ANC before the next dispense.",
     cat="mh", where="body")
def _():
    body = """3 North nurses / Lorraine,

Reminder that Mr. Terrence Vail (3 North 318) is on clozapine 200 mg at
bedtime for treatment-resistant schizophrenia and is on monthly ANC
monitoring. His last ANC on file is from April 28. We cannot dispense the
June supply (due 5/29) until we have an ANC drawn on or after 5/22.

Please draw a CBC with differential this week and fax or send the result to
us. Also please make sure his psychiatrist at Meridian is copied - they
asked for the result every month.

Howard Liang, PharmD
""" + PHARM_DISC + "\n"
    return E(A("Howard Liang", "hliang@" + FL), [A("3 North Nurses", "3north@" + MT), A("Lorraine Whitaker", "lwhitaker@" + MT)],
             "ANC needed before 5/29 - 318", D(2026, 5, 20, 10, 30), T(body), agent="outlook")


@msg("va-telehealth-ptsd-therapy-ics", "restricted",
     "VA psychologist's recurring telehealth invite (ICS) for a named veteran resident's prolonged-exposure therapy for PTSD; the cover only asks staff to set up the tablet.",
     cat="mh", where="attachment")
def _():
    desc = ("VA Video Connect session for Eugene Dorsey (Maple Terrace 1 East 106). Prolonged Exposure therapy for "
            "combat-related PTSD, sessions 3-10. Staff: please set up the tablet in his room with the door closed and "
            "leave. If he is distressed after a session, offer a quiet walk; his prazosin is at bedtime. Clinician: "
            "Dr. Naomi Fischer, PhD, Harlan VA Clinic, (610) 555-0188.")
    cal = ics("REQUEST", uid("va-clinic.example.org"), "20260317T100000", "20260317T110000",
              "VVC - E. Dorsey - PE session", ("Naomi Fischer", "naomi.fischer@va-clinic.example.org"),
              [("Hannah Lindqvist", "hlindqvist@" + MT)], desc, "VA Video Connect", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=8")
    body = """Hi Hannah,

Invitation for the weekly video sessions attached. Could someone have the
tablet charged and set up in his room a few minutes before 10 on Tuesdays?

Thank you,
Naomi Fischer, PhD
"""
    return E(A("Naomi Fischer", "naomi.fischer@va-clinic.example.org"), A("Hannah Lindqvist", "hlindqvist@" + MT),
             "Weekly video sessions - Tuesdays 10 am", D(2026, 3, 10, 15, 50),
             MIX(T(body), ATT(cal, "text/calendar", "invite.ics", cte="7bit", params=[("method", "REQUEST")])), agent="outlook")


@msg("subject-only-phq9-19-psych-referral", "restricted",
     "borderline: the body is only 'Done, faxed'; the named resident, PHQ-9 of 19 and psychiatric referral are only in the Subject.",
     cat="mh", where="subject")
def _():
    body = """Done, faxed to Meridian at 2:10. They'll see him Thursday.

H.
"""
    return E(A("Hannah Lindqvist", "hlindqvist@" + MT), A("Monica Feld", "mfeld@" + MT),
             "RE: Mr. Osei rm 220 - PHQ-9 19, psych referral + SI screen", D(2026, 10, 5, 14, 14), T(body),
             internal=True, agent="outlook", irt=mid(MT))


@msg("depresion-mama-psiquiatra-mirtazapina", "restricted",
     "Spanish: a daughter tells her siblings their named mother is being treated by a psychiatrist for depression with mirtazapine and therapy.",
     lang="es", cat="mh", where="body")
def _():
    body = """Hola hermanos:

Hoy hablé con el enfermero psiquiátrico de Meridian que ve a mamá en
Maple Terrace. Dice que mamá (Carmen Ortega, por si llaman) tiene una
depresión mayor, no solo "tristeza por estar en el asilo". Está comiendo
muy poco, no quiere salir del cuarto y dijo que "ya no vale la pena
vivir", aunque dice que no tiene ningún plan de hacerse daño.

Le empezaron mirtazapina 7.5 mg en la noche, que también le va a ayudar
con el apetito y el sueño, y una terapeuta la va a ver cada semana. En
cuatro semanas la vuelven a evaluar.

Por favor, llámenla más seguido, sobre todo tú, Javi, que ella siempre
pregunta por ti.

Rosa
"""
    return E(A("Rosa Morales", "rosamorales@example.com"), [A("Javier Ortega", "javi.ortega@example.net"), A("Lupe Ortega", "lupe.ortega@example.org")],
             "Mamá - la vio el psiquiatra", D(2026, 7, 2, 21, 40), T(body, cte="quoted-printable"), agent="gmail")


@msg("psikhiatr-mama-pamyat-koi8r", "restricted",
     "Russian (KOI8-R): a memory-care nurse tells a son his named mother saw a psychiatrist for psychosis and agitation and started an antipsychotic.",
     lang="ru", cat="mh", where="body")
def _():
    body = """Здравствуйте, Михаил!

Сегодня вашу маму, Галину Петровну Орлову (отделение The Willows,
комната 5), осмотрела психиатр, доктор Нвосу. В последние две недели мама
стала очень тревожной, по ночам не спит, говорит, что соседи хотят её
отравить, и отказывается от еды.

Доктор поставила диагноз: психотические симптомы на фоне деменции и
тревожное расстройство. Назначила рисперидон 0,25 мг на ночь на короткий
срок и попросила, чтобы с ней каждый день разговаривала наша
русскоговорящая сотрудница. Через две недели будет повторный осмотр.

Нам нужно ваше согласие на этот препарат. Пожалуйста, позвоните мне по
телефону (610) 555-0124.

С уважением,
Елена Брагина, медсестра
The Willows, Brookhaven
"""
    return E(A("Елена Брагина", "ebragina@" + BH, cs="koi8-r"), A("Михаил Орлов", "m.orlov@example.com", cs="koi8-r"),
             "Ваша мама - осмотр психиатра", D(2026, 11, 18, 16, 5),
             T(body, cs="koi8-r", cte="8bit"), scs="koi8-r", smode="B")


@msg("pasrr-level-ii-referral-dobbs", "restricted",
     "Hospital case manager tells SNF admissions a named patient's PASRR Level II found serious mental illness (schizoaffective disorder) with specialised services.",
     cat="mh", where="body+attachment")
def _():
    lines = ["# PASRR Level II Determination - Summary", "",
             "Individual: Cheryl Ann Dobbs      DOB 04/14/1958      Referral source: St. Brendan's 5 East",
             "Evaluation date: 07/21/2026      Evaluator: Harlan County Behavioral Health, PASRR unit", "",
             "Serious mental illness: YES - schizoaffective disorder, bipolar type (diagnosed 1989)",
             "Current psychiatric medications: paliperidone palmitate 156 mg IM monthly, lithium 600 mg bid",
             "Psychiatric hospitalisations in last 2 years: 2 (most recent 03/2026)",
             "Nursing facility level of care: MET (s/p L below-knee amputation, wound care, PT)",
             "Determination: nursing facility placement appropriate WITH specialised services:",
             "  monthly psychiatric follow-up, behavioural health therapy weekly, lithium levels q3 months."]
    body = """Hi Admissions,

Ms. Cheryl Dobbs (BKA, needs wound care and PT) has her PASRR Level II back:
she has an SMI (schizoaffective disorder), and placement is approved with
specialised behavioural health services - monthly psychiatry, weekly
therapy, lithium levels. Summary attached. Can you take her? Meridian has
said they can follow her at your building.

Kathleen Duffy, RN, ACM
Care Transitions | (610) 555-0191
"""
    return E(A("Kathleen Duffy", "kduffy@" + SB), A("MT Admissions", "admissions@" + MT),
             "Referral - Dobbs - PASRR II back", D(2026, 7, 23, 11, 5),
             MIX(T(body), ATT(pdf(lines, "PASRR Level II Summary", author="Harlan County BH"), "application/pdf", "PASRR_II_summary_Dobbs.pdf")), agent="outlook")


@msg("alcohol-withdrawal-ciwa-new-admission", "restricted",
     "Admission nurse's note on a named new resident in alcohol withdrawal: CIWA-Ar scores, lorazepam taper, thiamine and addiction-medicine consult.",
     cat="sud", where="body")
def _():
    body = """Dr. V / Monica,

New admit to 3 North 314 this afternoon: Mr. Raymond Kuhl, 67, from St.
Brendan's after a fall at home with a L wrist fracture (ORIF 6/25).

Hospital records show alcohol use disorder, severe - he drank about a fifth
of vodka a day until admission. He was on the CIWA protocol in the hospital
(last drink 6/23). Here he's still tremulous and sweaty, HR 104, anxious;
CIWA-Ar 14 at 16:00. Gave lorazepam 1 mg per the hospital's taper orders
(1 mg q6h x 24 h, then 0.5 mg q6h x 24 h, then stop), plus thiamine 100 mg,
folate and a multivitamin. No hallucinations, oriented x3.

He told me he wants to stop drinking for good. Can we ask the addiction
medicine NP to see him about naltrexone and about counselling before
discharge? He signed the Part 2 consent for the hospital's addiction
service to talk to us.

Carol Njoroge, RN
Maple Terrace
"""
    return E(A("Carol Njoroge", "cnjoroge@" + MT), [A("Anil Varghese", "avarghese@" + MT), A("Monica Feld", "mfeld@" + MT)],
             "New admit 314 - CIWA 14", D(2026, 6, 27, 17, 2), T(body), internal=True, agent="outlook")


@msg("otp-methadone-delivery-snf-resident", "restricted",
     "Opioid treatment programme arranges daily methadone delivery for a named patient now in a nursing home, under a Part 2 consent.",
     cat="sud", where="body")
def _():
    body = """Dear Ms. Whitaker,

This is to coordinate care for our patient, Mr. Lyle Danner (DOB
11/02/1959), who was admitted to your facility from St. Brendan's on
September 28 after his stroke. Mr. Danner has been enrolled in our opioid
treatment program since 2017 for opioid use disorder and is stable on
methadone 85 mg daily. He signed a 42 CFR Part 2 consent allowing us to
share this information with Maple Terrace for treatment coordination.

Because he cannot come to the clinic, our medical director has approved
delivery of his doses:
  - 7 unit doses (85 mg each, liquid) delivered each Monday by our nurse,
    in a locked box, with a chain-of-custody log for your nurse to sign;
  - doses are to be given once a day at 8 am and recorded on the log we
    provide (please do not order methadone through your own pharmacy);
  - please call us before giving any new sedating medications, and tell us
    right away if he misses a dose or is sleepy.

His counsellor, Mr. Ortiz, would like to continue his counselling sessions
by phone on Thursdays.

Redisclosure notice: this information has been disclosed to you from
records protected by federal confidentiality rules (42 CFR part 2).

Dr. Keisha Bramwell, Medical Director
Crossroads Treatment Center | (610) 555-0155
"""
    return E(A("Crossroads Treatment Center", "nursing@" + XR), A("Lorraine Whitaker", "lwhitaker@" + MT),
             "Care coordination - L. Danner - dosing while at Maple Terrace", D(2026, 9, 30, 9, 18), T(body), agent="outlook")


@msg("suboxone-home-care-pill-count", "restricted",
     "Home care nurse's note on a named client treated with buprenorphine-naloxone for opioid use disorder: pill count, lockbox and prescriber.",
     cat="sud", where="body")
def _():
    body = """Maribel,

Visit note, Mr. Dale Prentiss (client since 8/3), 9/10/26:

He takes buprenorphine-naloxone 8/2 mg film twice a day, prescribed by Dr.
Hsu at the Harlan Addiction Medicine office, for opioid use disorder -
he's been in recovery for 4 years and doesn't hide it. Since his hip
replacement he has trouble getting the films out of the wrapper, so the aide
opens them and he places them himself.

Count today: 23 films in the lockbox, matches the log. Lockbox key is with
his sister. He had no oxycodone after surgery at his own request; pain is
being managed with APAP and ice.

Next Dr. Hsu visit 9/24 (telehealth). He asked that we not discuss his
Suboxone with the physical therapist.

Kendra Obi, RN
HearthStone Home Care
"""
    return E(A("Kendra Obi", "kobi@" + HS), A("Maribel Ortiz", "mortiz@" + HS),
             "Prentiss visit 9/10", D(2026, 9, 10, 16, 55), T(body), agent="outlook")


@msg("sublocade-monthly-injection-schedule", "restricted",
     "Addiction-medicine NP schedules a named SNF resident's monthly extended-release buprenorphine injection for opioid use disorder.",
     cat="sud", where="body")
def _():
    body = """Hi 1 East,

Confirming that I'll be at Maple Terrace on Wednesday, June 3 at 1:00 pm to
give Ms. Tanya Ruelas (1 East 112) her monthly Sublocade 100 mg injection
(extended-release buprenorphine for opioid use disorder). The pharmacy will
deliver it Tuesday - it must go in the refrigerator, not the med cart.

Please have her last urine drug screen result and her weight, and let me
know if she has had any new pain medication orders. She'll need the
injection site (abdomen) checked for the next few days for redness.

Kim Lachance, CRNP
Harlan Addiction Medicine | (610) 555-0153

Confidential: protected by 42 CFR Part 2.
"""
    return E(A("Kim Lachance", "klachance@harlanaddictionmed.example.com"), A("1 East Nurses", "1east@" + MT),
             "6/3 injection visit", D(2026, 5, 28, 10, 45), T(body), agent="outlook")


@msg("daughter-iop-cant-attend", "restricted",
     "A daughter tells the care manager she cannot attend her mother's care conference because she is in an intensive outpatient programme for alcohol.",
     cat="sud", where="body")
def _():
    body = """Rosa,

I'm really sorry, but I can't make Mom's care conference on Thursday. I
wasn't going to tell anyone yet, but you've been so good to us - I started
an intensive outpatient program for my drinking at New Dawn Recovery last
week. It's Monday to Thursday, 9 to 12, for six weeks, and they're strict
about attendance. My counsellor thinks it's going well and I'm on
naltrexone too.

Could you go for me, or could they do it by phone at 12:30? Please don't
mention this to my brother.

Thank you for understanding,
Jennifer
"""
    return E(A("Jennifer Ashby", "jashby@example.com"), A("Rosa Aldana", "rosa@" + AG),
             "Thursday", D(2026, 4, 20, 22, 31), T(body), agent="iphone")


@msg("acamprosate-new-admission-med-list-csv", "restricted",
     "The cover asks for a cycle-fill set-up; the attached med-list CSV gives a named resident's acamprosate for alcohol use disorder among her other medicines.",
     cat="sud", where="attachment")
def _():
    rows = [["Resident", "Apt", "Drug", "Dose", "Frequency", "Indication", "Prescriber"],
            ["Helen Marchetti", "AL 2-05", "Acamprosate DR 333 mg", "2 tabs", "TID with meals", "alcohol use disorder - maintain abstinence", "Dr. A. Hsu"],
            ["Helen Marchetti", "AL 2-05", "Levothyroxine 50 mcg", "1 tab", "daily 6 am", "hypothyroidism", "Dr. Kessler"],
            ["Helen Marchetti", "AL 2-05", "Amlodipine 5 mg", "1 tab", "daily", "hypertension", "Dr. Kessler"],
            ["Helen Marchetti", "AL 2-05", "Thiamine 100 mg", "1 tab", "daily", "supplement", "Dr. A. Hsu"],
            ["Helen Marchetti", "AL 2-05", "Vitamin D3 2000 IU", "1 tab", "daily", "supplement", "Dr. Kessler"]]
    body = """Hi Fairlane,

New move-in on Monday. Med list attached - please set up her cycle fill to
start 8/3 and send the first week as a bridge pack. She'll bring her own
supply for the weekend.

Thanks,
Paul Adeyemi, RN
Wellness Director, Brookhaven
"""
    return E(A("Paul Adeyemi", "padeyemi@" + BH), A("Fairlane New Admissions", "newadmits@" + FL),
             "New move-in 8/3 - med list", D(2026, 7, 30, 13, 10),
             MIX(T(body), ATT(csv_text(rows), "text/csv", "medlist_AL2-05.csv", cte="quoted-printable")), agent="outlook")


@msg("detoks-tata-przed-domem-opieki", "restricted",
     "Polish (ISO-8859-2): a daughter tells her brother their named father went through alcohol detox in hospital before moving to the nursing home.",
     lang="pl", cat="sud", where="body")
def _():
    body = """Tomek,

Krótko, bo jestem w pracy. Taty (Zbigniew Kowalczyk) nie przyjmą do
Maple Terrace, dopóki nie skończy detoksu. Lekarz w St. Brendan's mówi,
że ma zespół odstawienny po alkoholu - drżenie, poty, w nocy widział
robaki na ścianie. Dają mu lorazepam według skali CIWA i witaminy B1.
Detoks potrwa jeszcze ze 3-4 dni.

Psycholog od uzależnień rozmawiał z nim dzisiaj i tata zgodził się na
terapię i lek (naltrekson) po wyjściu. Pierwszy raz się zgodził!

Proszę, nie mów nic cioci Basi.

Kasia
"""
    return E(A("Katarzyna Kowalczyk", "kasia.kowalczyk@example.com"), A("Tomasz Kowalczyk", "tomek.k@example.net"),
             "Tata - detoks przed domem opieki", D(2026, 2, 24, 12, 50),
             T(body, cs="iso-8859-2", cte="quoted-printable"), scs="iso-8859-2", smode="Q", agent="tb")


@msg("klinik-metadon-kliyan-ed-lakay", "restricted",
     "Haitian Creole: an aide tells the agency that her named client goes to the methadone clinic each morning and has take-home doses in a lockbox.",
     lang="ht", cat="sud", where="body")
def _():
    body = """Bonjou Maribel,

Mwen vle di w ke Mesye Jean-Robert Célestin (kliyan mwen nan 14 Canal
Street) ale nan klinik metadòn Crossroads chak maten a 6è30 pou li pran
dòz li. Depi semèn pase a, klinik la ba l dòz pou lakay pou samdi ak
dimanch, yo nan yon ti bwat ki fèmen ak kle.

Jodi a li te anvi dòmi anpil apre li te pran grenn dòmi yon zanmi te
ba li. Mwen di l pa pran grenn moun ankò. Mwen panse enfimyè a ta dwe
rele konseye li nan klinik la.

Mèsi,
Claudette Joseph, HHA
"""
    return E(A("Claudette Joseph", "cjoseph.hha@example.net"), A("Maribel Ortiz", "mortiz@" + HS),
             "Mesye Célestin - klinik metadòn", D(2026, 6, 6, 11, 44), T(body, cte="quoted-printable"), agent="android")


@msg("display-name-methadone-clinic-reminder", "restricted",
     "borderline: an appointment reminder addressed to the patient; only the sender's display name says it is a methadone programme.",
     cat="sud", where="display name")
def _():
    body = """Hi Lyle,

This is a reminder of your appointment on Tuesday, April 14 at 9:40 am with
Luis. Please arrive 10 minutes early and bring your photo ID.

If you need to reschedule, call the front desk at (610) 555-0155.

See you soon!
"""
    return E(A("Crossroads Methadone Program - Front Desk", "frontdesk@" + XR), A("Lyle Danner", "lyledanner59@example.net"),
             "Appointment reminder - Tue 4/14 9:40 am", D(2026, 4, 13, 10, 0), T(body), extra=[("Auto-Submitted", "auto-generated")])


@msg("art-biktarvy-admission-med-rec", "restricted",
     "Hospital pharmacist's discharge med rec to the SNF for a named patient on antiretroviral therapy with viral load and CD4.",
     cat="hiv", where="body")
def _():
    body = """Maple Terrace admissions / nursing,

Discharge medication reconciliation for Mr. Anthony Lucero (DOB 02/09/1961),
coming to you tomorrow for rehab after his fall and humerus fracture.

IMPORTANT - HIV medication: bictegravir/emtricitabine/tenofovir alafenamide
(Biktarvy) 1 tab daily. Do not miss or delay doses. Separate from calcium,
iron and antacids by at least 2 hours (his calcium carbonate is now at
bedtime). Most recent labs 6/2: HIV viral load undetectable (<20 copies/mL),
CD4 612. He is followed at the Harbor Street ID & HIV Clinic by Dr. Amani.
His ID follow-up is 7/14 at 10:20.

Other meds: oxycodone 5 mg q6h PRN x 5 days (fracture pain), APAP 1 g TID,
atorvastatin 40 mg, calcium carbonate 500 mg at bedtime, vitamin D.

Please order Biktarvy through your pharmacy today so there is no gap; he
has 3 tablets with him.

Rachel Osterman, PharmD
Transitions of Care Pharmacist, St. Brendan's | (610) 555-0195
"""
    return E(A("Rachel Osterman", "rosterman@" + SB), A("MT Admissions", "admissions@" + MT),
             "Med rec - Lucero - discharge 6/18", D(2026, 6, 17, 15, 33), T(body), agent="outlook")


@msg("id-clinic-viral-load-draw-resident", "restricted",
     "HIV clinic asks the nursing home to draw a named resident's viral load and CD4 before her ID appointment and arrange transport.",
     cat="hiv", where="body")
def _():
    body = """Hi,

Our patient Ms. Bernice Ward (Maple Terrace 1 East 109) is due for her
six-month HIV follow-up with Dr. Amani on Tuesday, October 13 at 1:40 pm.

Please draw an HIV-1 RNA viral load, CD4 count, CMP and lipid panel at least
3 days before the visit (lab order attached to our fax of today). She has
been on dolutegravir/lamivudine since May; her last viral load was 48
copies/mL, so we would like to confirm suppression.

Please arrange wheelchair transport and send her MAR for the last 30 days.
If anyone other than her nurse needs to know her diagnosis, she asks that
you speak with her first.

Harbor Street ID & HIV Clinic
St. Brendan's Regional Medical Center | (610) 555-0190
"""
    return E(A("Harbor Street ID & HIV Clinic", "harborid@" + SB), A("1 East Nurses", "1east@" + MT),
             "Labs before 10/13 visit - B. Ward", D(2026, 9, 29, 11, 12), T(body), agent="outlook")


@msg("dolutegravir-blister-separate-calcium", "restricted",
     "LTC pharmacist explains why a named resident's HIV medicine is packed apart from her calcium and antacids.",
     cat="hiv", where="body")
def _():
    body = """Hi 1 East,

A note on Ms. Bernice Ward's (109) new blister cards: her dolutegravir/
lamivudine (Dovato) is now in its own 0600 cell, separate from the 0800
pass, because her calcium, multivitamin with iron and the PRN Tums bind to
dolutegravir and can make her HIV medicine not work. Please give the Dovato
at 6 am with water, and the calcium and MVI at 8 am or later. No Tums within
2 hours before or 6 hours after the Dovato.

Her ID clinic asked us to tell them about any missed doses.

Howard Liang, PharmD
""" + PHARM_DISC + "\n"
    return E(A("Howard Liang", "hliang@" + FL), A("1 East Nurses", "1east@" + MT),
             "Ward 109 - why her 6 am cell is separate", D(2026, 5, 26, 9, 41), T(body), agent="outlook")


@msg("home-care-plan-of-care-pdf-hiv-dx", "restricted",
     "The cover asks for a signature; the attached home-care plan of care (PDF) lists a named client's HIV disease and antiretrovirals.",
     cat="hiv", where="attachment")
def _():
    lines = ["# HearthStone Home Care - Home Health Certification and Plan of Care", "",
             "Patient: Victor Almeida       DOB 08/25/1955       Agency patient # HHC-2026-0712",
             "Certification period: 08/01/2026 - 09/29/2026      Physician: Dr. S. Amani", "",
             "Diagnoses: B20 HIV disease; E11.9 type 2 diabetes; I50.32 chronic diastolic heart failure; Z89.511 R BKA",
             "Medications: bictegravir/emtricitabine/TAF 1 tab daily; metformin 500 mg BID; furosemide 20 mg daily;",
             "   carvedilol 6.25 mg BID; gabapentin 300 mg TID",
             "Orders: SN 2w4 for medication adherence teaching (ART), CHF monitoring, daily weights;",
             "   HHA 3w8 for bathing and personal care; PT 2w4 prosthetic gait training",
             "Goals: 100% ART adherence by pill count; weight gain < 3 lb/week; independent transfers",
             "Physician signature: ______________________  Date: __________"]
    body = """Dr. Amani's office,

Please sign and return the attached plan of care for the new certification
period. Fax back to (610) 555-0141 or reply with the signed copy.

Thank you,
HearthStone Home Care - Intake
"""
    return E(A("HearthStone Intake", "intake@" + HS), A("Dr. Amani's Office", "amani.office@" + SB),
             "Plan of care for signature - HHC-2026-0712", D(2026, 8, 3, 9, 2),
             MIX(T(body), ATT(pdf(lines, "Plan of Care HHC-2026-0712", author="HearthStone Home Care"), "application/pdf", "POC_HHC-2026-0712.pdf")), agent="outlook")


@msg("tio-vih-medicinas-residencia", "restricted",
     "Spanish: a nephew tells his mother that his named uncle's HIV medicines were not given for two days after moving into the nursing home.",
     lang="es", cat="hiv", where="body")
def _():
    body = """Mamá:

Fui a ver al tío Ernesto a la residencia. Está bien de ánimo, pero me
dijo que no le han dado sus pastillas del VIH desde que llegó el lunes,
porque la farmacia de la residencia no las tenía. Hablé con la enfermera
y me dijo que ya las pidieron y llegan hoy en la tarde.

Yo llamé a la clínica del Dr. Amani y la enfermera dijo que dos días no
es grave, que su carga viral está indetectable desde hace años, pero que
no puede pasar de eso. Mañana vuelvo a ver si ya se las dieron.

No le digas nada a la tía Marta, que él no quiere que sepa.

Besos,
Andrés
"""
    return E(A("Andrés Villalobos", "andres.villalobos@example.com"), A("Teresa Villalobos", "teresa.villalobos@example.net"),
             "El tío Ernesto y sus medicinas", D(2026, 10, 21, 19, 12), T(body, cte="base64"), agent="gmail")


@msg("thuoc-arv-khach-hang-cham-soc", "restricted",
     "Vietnamese: a home care coordinator tells the nurse a named client missed antiretroviral doses and is due for a viral load test.",
     lang="vi", cat="hiv", where="body")
def _():
    body = """Chị Maribel ơi,

Em là Linh, điều phối viên. Hôm nay người chăm sóc báo là ông Trần Văn
Phúc (khách hàng ở 58 Mill Road) đã quên uống thuốc ARV (Biktarvy) ba ngày
trong tuần này vì hộp thuốc bị hết mà nhà thuốc chưa giao.

Ông Phúc có hẹn xét nghiệm tải lượng virus HIV ở phòng khám Harbor Street
ngày 15 tháng này. Chị có thể gọi nhà thuốc Fairlane và phòng khám giúp em
không? Ông ấy không muốn con gái biết về bệnh, nên xin đừng nói chuyện này
khi có cô ấy ở nhà.

Cảm ơn chị,
Linh
"""
    return E(A("Linh Đặng", "ldang@" + HS), A("Maribel Ortiz", "mortiz@" + HS),
             "Ông Phúc - quên thuốc ARV", D(2026, 11, 5, 15, 2), T(body, cte="quoted-printable"), agent="outlook")


@msg("huntingtons-mom-result-what-now", "restricted",
     "A family asks the care manager about their named mother's Huntington's gene result (CAG 44) and whether her son should have predictive testing.",
     cat="gen", where="body")
def _():
    body = """Hi Rosa,

Thank you for sitting with us at the neurology appointment. I'm still
taking it in. For the record, here's what Dr. Natarajan said, so my brother
and I have it in writing:

  - Mom's (Patricia Hale's) genetic test confirmed Huntington's disease -
    the HTT gene has 44 CAG repeats on one copy. That explains the
    movements and the mood changes over the last few years.
  - Because it's dominant, each of us (Kevin and me) has a 50% chance of
    having it.

Kevin wants to get tested right away. I'm not sure I want to know. The
doctor said there's a genetic counselling process before predictive
testing, at St. Brendan's neurogenetics clinic, and that it takes a few
visits. Could you help us find out how to set that up for Kevin, and
whether it affects his life insurance?

Also, does Brookhaven's memory care take people with Huntington's, or
should we be looking at a nursing home?

Megan Hale
"""
    return E(A("Megan Hale", "meganhale@example.org"), A("Rosa Aldana", "rosa@" + AG), "Mom's test results - what now",
             D(2026, 3, 27, 20, 18), T(body), cc=A("Kevin Hale", "kevhale@example.com"), agent="gmail")


@msg("apoe4-homozygous-mother-should-i-test", "restricted",
     "A daughter asks her mother's neurologist what her named mother's APOE e4/e4 result means and whether she should be tested herself.",
     cat="gen", where="body")
def _():
    body = """Dear Dr. Natarajan,

Thank you for seeing my mother, Evelyn Marsh, last week. You mentioned that
the blood test done for the new Alzheimer's infusion showed she is APOE
e4/e4, and that this is why you decided against the infusion (the swelling
risk). I didn't want to ask in front of her.

Does this mean my brothers and I each carry at least one e4? Should I get
tested? I'm 54 and I've read that knowing might affect long-term care
insurance. I'd like to talk to a genetic counsellor first if you can refer
me.

Thank you,
Eleanor Marsh-Quinn
"""
    return E(A("Eleanor Marsh-Quinn", "ellie.mq@example.com"), A("Harlan Neurology - Dr. Natarajan", "pnatarajan@harlanneuro.example.com"),
             "Question about my mother's APOE result", D(2026, 5, 6, 8, 2), T(body), agent="iphone")


@msg("genetic-counselling-hd-predictive-ics", "restricted",
     "Neurogenetics clinic's appointment invite (ICS) for a named man's predictive Huntington's testing counselling; the cover says only 'appointment'.",
     cat="gen", where="attachment")
def _():
    desc = ("Kevin Hale - Huntington disease predictive testing protocol, visit 1 of 3 (pre-test genetic counselling). "
            "Family history: mother, Patricia Hale, HTT CAG 44 (confirmed 03/2026). Please bring a support person. "
            "Counsellor: Lauren Pike, MS, CGC. Neurology and psychology visits to follow. Clinic (610) 555-0193.")
    cal = ics("REQUEST", uid(SB), "20260416T093000", "20260416T104500", "Neurogenetics - Kevin Hale - visit 1",
              ("Lauren Pike", "lpike@" + SB), [("Kevin Hale", "kevhale@example.com")], desc,
              "St. Brendan's Neurogenetics Clinic, Medical Office Building 2, Suite 410")
    return E(A("St. Brendan's Neurogenetics", "neurogenetics@" + SB), A("Kevin Hale", "kevhale@example.com"),
             "Your appointment on April 16", D(2026, 4, 2, 11, 21),
             MIX(T("Your appointment details are attached. Please reply if you need to reschedule.\n"),
                 ATT(cal, "application/ics", "appointment.ics", cte="base64", params=[("method", "REQUEST")])), agent="outlook")


@msg("hengtingdun-jiyin-jiancha-zh", "restricted",
     "Chinese: cousins discuss their named uncle's positive Huntington's gene test and whether they should take predictive tests.",
     lang="zh", cat="gen", where="body")
def _():
    body = """表哥：

舅舅（林志明）在养老院的基因检测结果出来了，医生确定是亨廷顿舞蹈症，
HTT 基因的 CAG 重复数是 46。难怪他这几年手脚一直不自主地动，脾气也变了。

医生说这个病是显性遗传的，舅舅的孩子，也就是你和阿芳，各有一半的机会
遗传到。你妈妈（我姨妈）要不要也去查？医院有遗传咨询，建议先去咨询，再
决定要不要做预测性检测。

我觉得这件事很大，我们周末视频的时候再好好谈。先不要告诉外婆。

小静
"""
    return E(A("林静", "lin.jing@example.com"), A("王浩", "wang.hao@example.net"),
             "舅舅的基因检测结果", D(2026, 8, 30, 22, 10), T(body, cte="quoted-printable"), agent="gmail")


@msg("apoe-yujeonja-geomsa-korean", "restricted",
     "Korean (ks_c_5601-1987): a daughter tells her brother their named mother's APOE e4 result and that she booked genetic counselling.",
     lang="ko", cat="gen", where="body")
def _():
    body = """오빠,

엄마(정순희) 신경과 진료 결과를 알려줄게. 새로 나온 알츠하이머 주사를
맞을 수 있는지 보려고 한 유전자 검사에서 엄마가 APOE e4 유전자를 두 개
(e4/e4) 가지고 있다고 나왔어. 그래서 뇌부종 위험 때문에 주사는 못 맞는대.

의사 선생님이 우리도 e4를 적어도 하나는 가지고 있을 거라고 하셨어. 나는
다음 달에 유전 상담을 예약했어. 오빠도 같이 갈래? 장기요양보험 가입 전에
결과를 알면 문제가 될 수도 있다고 해서 고민이야.

은영
"""
    return E(A("정은영", "eunyoung.jung@example.com", cs="ks_c_5601-1987"), A("정민수", "minsu.jung@example.net", cs="ks_c_5601-1987"),
             "엄마 유전자 검사 결과", D(2026, 6, 25, 23, 40),
             T(body, cs="ks_c_5601-1987", cte="base64"), scs="ks_c_5601-1987", smode="B", agent="outlook")


@msg("quoted-only-psen1-result-thanks", "restricted",
     "The reply is only 'Thank you, I'll call Monday'; the named man's PSEN1 familial Alzheimer's variant is only in the quoted message.",
     cat="gen", where="quoted part")
def _():
    orig = """Dear Mr. Lindqvist-Boyd,

I'm writing to follow up on our telephone disclosure on Tuesday. As we
discussed, your genetic test identified a pathogenic variant in the PSEN1
gene (c.415A>G), which causes early-onset familial Alzheimer's disease.
This is the same variant found in your father before he died at Maple
Terrace in 2024.

We would like to see you and your wife for a post-test counselling visit,
and we can talk about research studies for people who carry the variant,
about your children, and about the long-term care planning you mentioned.

Lauren Pike, MS, CGC
Genetic Counsellor, St. Brendan's Neurogenetics Clinic | (610) 555-0193
"""
    body = "Thank you, I'll call Monday to book it.\n\nCraig\n\n-----Original Message-----\n" + \
        ol_hdr("Lauren Pike <lpike@stbrendans.example.org>", "Wednesday, July 8, 2026 4:02 PM", "Craig Lindqvist-Boyd <clboyd@example.net>", "Follow-up") + "\n" + orig
    return E(A("Craig Lindqvist-Boyd", "clboyd@example.net"), A("Lauren Pike", "lpike@" + SB),
             "RE: Follow-up", D(2026, 7, 9, 7, 14), T(body), agent="outlook", irt=mid(SB))


@msg("rpr-reactive-neurosyphilis-workup", "restricted",
     "NP tells the medical director a named resident's dementia work-up found a reactive RPR (syphilis), with confirmatory test and lumbar puncture.",
     cat="repro", where="body")
def _():
    body = """Anil,

Part of the reversible-causes work-up for Mr. Gordon Fitch (2 West 210,
rapid cognitive decline since the spring): B12 and TSH normal, but his RPR
came back reactive at 1:32, and the treponemal antibody (TP-PA) is
positive. He had no known history of syphilis.

I've talked to him and to his wife (she's his POA) - she is going to be
tested as well through her own doctor. ID recommends a lumbar puncture to
look for neurosyphilis; if it's positive he would need 14 days of IV
penicillin, which we can do here through the PICC line. We'll have to report
it to the health department.

Can we discuss at 1 pm?

Monica
"""
    return E(A("Monica Feld", "mfeld@" + MT), A("Anil Varghese", "avarghese@" + MT),
             "210 - RPR reactive", D(2026, 8, 14, 11, 22), T(body), internal=True, agent="outlook")


@msg("depo-provera-tbi-resident-guardian", "restricted",
     "Social worker asks a young TBI resident's guardian to consent to her Depo-Provera contraceptive injection after a counselling visit.",
     cat="repro", where="body")
def _():
    body = """Dear Mr. Rinaldi,

As Ms. Kayla Rinaldi's guardian of the person, we need your written consent
for the following. Kayla (3 North 302, 34 years old, on our brain injury
rehabilitation unit since her accident) met with Dr. Sato from Eastgate
Women's Health on Tuesday for contraception counselling, which she asked
for. After discussing her options, Kayla chose the Depo-Provera injection
every 12 weeks, and Dr. Sato agrees it is safe with her seizure medicine.

The first injection is planned for Tuesday, September 29 during Dr. Sato's
visit. Please sign and return the attached consent, or call me if you would
like to speak with Dr. Sato first.

Kayla asked that this stay between her, you and her care team.

Hannah Lindqvist, MSW
Social Services, Maple Terrace | (610) 555-0118
"""
    return E(A("Hannah Lindqvist", "hlindqvist@" + MT), A("Paul Rinaldi", "prinaldi@example.com"),
             "Consent needed for Kayla", D(2026, 9, 17, 10, 39), T(body), agent="outlook")


@msg("filha-fertilizacao-nao-posso-ir", "restricted",
     "Portuguese: a daughter caregiver tells the care manager she will miss her father's appointment because of her egg retrieval for IVF.",
     lang="pt", cat="repro", where="body")
def _():
    body = """Olá Rosa,

Não vou conseguir levar o meu pai à consulta do cardiologista na quinta.
Vou contar-lhe porquê, mas por favor não diga nada à minha mãe: estou a
fazer fertilização in vitro na Cedar Fertility e a punção dos óvulos ficou
marcada para quinta de manhã. Vou estar sedada e não posso conduzir o
resto do dia. Estou a tomar as injeções há dez dias.

Pode acompanhá-lo em meu lugar? Ele já conhece a senhora e fica mais
calmo. A consulta é às 10h30, com o Dr. Osei.

Muito obrigada,
Beatriz Couto
"""
    return E(A("Beatriz Couto", "bia.couto@example.com"), A("Rosa Aldana", "rosa@" + AG),
             "Consulta do meu pai na quinta", D(2026, 10, 19, 21, 8), T(body, cte="8bit"), agent="iphone")


# ===================================================================== build
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_BANNED = ("trap", "phi", "restricted", "none")


def build_all():
    seen = set()
    for m in MSGS:
        s = m["slug"]
        assert _SLUG.match(s), s
        assert s not in seen, "duplicate slug " + s
        assert not any(b in s.split("-") for b in _BANNED), s
        assert m["label"] in LABELS, s
        seen.add(s)
    order = list(MSGS)
    random.Random(SEED).shuffle(order)
    out = []
    for i, m in enumerate(order, 1):
        ST.slug, ST.n = m["slug"], 0
        data = m["fn"]()
        out.append(("%03d-%s.eml" % (i, m["slug"]), m, data))
    return out


def labels_tsv(built):
    rows = sorted((name, m["label"], m["reason"]) for name, m, _ in built)
    return "".join("%s\t%s\t%s\n" % r for r in rows)


def write_all():
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
        fh.write(labels_tsv(built))
    print("wrote %d messages and labels.tsv" % len(built))


# ===================================================================== check
def _dom_ok(d):
    d = d.lower().rstrip(".")
    return d in ("example.com", "example.org", "example.net") or d.endswith(
        (".example.com", ".example.org", ".example.net", ".test"))


_RE_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_RE_URL = re.compile(r"(?:https?|ftp)://([^/\s\"'<>)\]]+)", re.I)
_RE_HOST = re.compile(r"(?<![\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|edu|gov|us|io|info|biz|co|uk|de|jp|kr|cn|ru|br|ph|test))(?![\w-])", re.I)
_RE_PH1 = re.compile(r"(?<![\d-])\(?(\d{3})\)?[-. ]?(\d{3})[-. ](\d{4})(?![\d-])")
_RE_PH2 = re.compile(r"555[-. ](\d{4})(?!\d)")
_RE_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_RE_NPI = re.compile(r"NPI[#:\s]*(\d{10})(?!\d)")
_RE_DEA = re.compile(r"DEA(?:\s*(?:#|no\.?|number))?[:\s]*([A-Z]{2}\d{7})(?!\d)")


def _ip_ok(a, b, c, d):
    a, b, c = int(a), int(b), int(c)
    return (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or a == 10 or (a == 192 and b == 168) or (a == 172 and 16 <= b <= 31)


def scan_text(s, where, errs):
    for m in _RE_MAIL.finditer(s):
        if not _dom_ok(m.group(1)):
            errs.append("%s: address domain %s" % (where, m.group(1)))
    for m in _RE_URL.finditer(s):
        host = m.group(1).split(":")[0].split("@")[-1]
        if not _dom_ok(host):
            errs.append("%s: URL host %s" % (where, host))
    for m in _RE_HOST.finditer(s):
        if not _dom_ok(m.group(1)):
            errs.append("%s: host name %s" % (where, m.group(1)))
    for m in _RE_PH1.finditer(s):
        if m.group(2) != "555" or not m.group(3).startswith("01"):
            errs.append("%s: phone-like number %s" % (where, m.group(0)))
    for m in _RE_PH2.finditer(s):
        if not m.group(1).startswith("01"):
            errs.append("%s: 555 number %s" % (where, m.group(0)))
    for m in _RE_IP.finditer(s):
        if all(int(x) < 256 for x in m.groups()) and not _ip_ok(*m.groups()):
            errs.append("%s: IPv4 %s" % (where, m.group(0)))
    for m in _RE_NPI.finditer(s):
        if not _luhn_ok("80840" + m.group(1)):
            errs.append("%s: NPI fails Luhn %s" % (where, m.group(1)))
    for m in _RE_DEA.finditer(s):
        if not dea_ok(m.group(1)):
            errs.append("%s: DEA check digit %s" % (where, m.group(1)))


def pdf_text(b, where, errs):
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", b)
    if not m or not b.startswith(b"%PDF-1."):
        errs.append(where + ": PDF trailer")
        return ""
    x = int(m.group(1))
    hm = re.match(rb"xref\n0 (\d+)\n", b[x:])
    if not hm:
        errs.append(where + ": PDF xref")
        return ""
    n = int(hm.group(1))
    p = x + hm.end()
    for k in range(n):
        ent = b[p + 20 * k:p + 20 * k + 20]
        if k == 0:
            continue
        off = int(ent[:10])
        if not b[off:].startswith(b"%d 0 obj\n" % k):
            errs.append("%s: PDF object %d offset" % (where, k))
    texts = []
    for sm in re.finditer(rb"<<([^<>]*?/Length (\d+)[^<>]*?)>>\nstream\n", b):
        ln = int(sm.group(2))
        data = b[sm.end():sm.end() + ln]
        if b[sm.end() + ln:sm.end() + ln + 10] != b"\nendstream":
            errs.append(where + ": PDF stream length")
            continue
        if b"/FlateDecode" in sm.group(1):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                errs.append(where + ": PDF Flate")
                continue
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
            t = re.sub(rb"\\(.)", rb"\1", tm.group(1))
            texts.append(t.decode("cp1252"))
    if not texts:
        errs.append(where + ": PDF has no text layer")
    return "\n".join(texts)


def docx_text(b, where, errs):
    try:
        z = zipfile.ZipFile(io.BytesIO(b))
        if z.testzip() is not None:
            errs.append(where + ": DOCX CRC")
        root = ET.fromstring(z.read("word/document.xml"))
        for n in ("[Content_Types].xml", "_rels/.rels", "docProps/core.xml"):
            ET.fromstring(z.read(n))
    except Exception as e:  # noqa
        errs.append("%s: DOCX %s" % (where, e))
        return ""
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return "\n".join(t.text or "" for t in root.iter(ns + "t"))


def ics_check(s, where, errs):
    stack = []
    for line in s.replace("\r\n ", "").split("\r\n"):
        if line.startswith("BEGIN:"):
            stack.append(line[6:])
        elif line.startswith("END:"):
            if not stack or stack.pop() != line[4:]:
                errs.append(where + ": ICS BEGIN/END mismatch")
                return
    if stack:
        errs.append(where + ": ICS unclosed " + ",".join(stack))
    for line in s.split("\r\n"):
        if len(line.encode("utf-8")) > 75:
            errs.append(where + ": ICS line over 75 octets")
            return


_QP_OK = re.compile(r"^(?:[\t !-<>-~]|=[0-9A-F]{2})*=?$")


def check_message(name, raw, errs):
    w = name
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append(w + ": bare LF or CR")
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            errs.append(w + ": line over 998 octets")
            break
    head = raw.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append(w + ": 8-bit octets in the header")
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: no %s" % (w, h))
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append(w + ": Content-Type without MIME-Version")
    try:
        dt = msg["Date"].datetime
        if dt.year != 2026 or dt.tzinfo is None:
            errs.append(w + ": Date not 2026 with a zone")
    except Exception:  # noqa
        errs.append(w + ": Date does not parse")
    if not re.match(r"^<[^<>@\s]+@[A-Za-z0-9.-]+>$", str(msg["Message-ID"] or "")):
        errs.append(w + ": Message-ID")
    else:
        scan_text(str(msg["Message-ID"]), w + " Message-ID", errs)
    texts = []
    for part in msg.walk():
        for d in part.defects:
            errs.append("%s: defect %s" % (w, type(d).__name__))
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                errs.append("%s: header %s defect %s" % (w, k, type(d).__name__))
            sv = str(v)
            if "=?" in sv and "?=" in sv:
                errs.append("%s: undecoded encoded word in %s" % (w, k))
            texts.append(sv)
        if part.is_multipart():
            if part.get_content_maintype() == "multipart" and not part.get_boundary():
                errs.append(w + ": multipart without boundary")
            continue
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        rawp = part.get_payload(decode=False)
        if isinstance(rawp, str):
            if cte == "base64":
                ls = rawp.replace("\r\n", "\n").split("\n")
                if any(len(x) > 76 for x in ls):
                    errs.append(w + ": base64 line over 76")
                try:
                    base64.b64decode("".join(x.strip() for x in ls), validate=True)
                except Exception:  # noqa
                    errs.append(w + ": bad base64")
            elif cte == "quoted-printable":
                for x in rawp.replace("\r\n", "\n").split("\n"):
                    if len(x) > 76 or not _QP_OK.match(x):
                        errs.append(w + ": bad quoted-printable line")
                        break
            elif cte == "7bit" and not rawp.isascii():
                errs.append(w + ": non-ASCII in a 7bit part")
        try:
            content = part.get_content()
        except Exception as e:  # noqa
            errs.append("%s: get_content %s: %s" % (w, ctype, e))
            continue
        payload = part.get_payload(decode=True) or b""
        cs = part.get_param("charset")
        if part.get_content_maintype() == "text":
            cs = cs or "us-ascii"
            try:
                payload.decode(codec(cs), errors="strict")
            except (UnicodeDecodeError, LookupError):
                errs.append("%s: %s part does not decode as %s" % (w, ctype, cs))
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if isinstance(content, str):
            texts.append(content)
            if ctype == "text/calendar" or (fn or "").endswith(".ics"):
                ics_check(content.replace("\r\n", "\n").replace("\n", "\r\n"), w, errs)
        elif ctype == "application/pdf":
            texts.append(pdf_text(payload, w, errs))
        elif ctype == DOCX:
            texts.append(docx_text(payload, w, errs))
        elif ctype in ("application/ics",):
            s = payload.decode("utf-8")
            ics_check(s, w, errs)
            texts.append(s)
        elif ctype == "text/csv":
            texts.append(payload.decode(codec(cs or "utf-8")))
    scan_text("\n".join(texts), w, errs)
    return msg


def check():
    errs = []
    built = build_all()
    want = {name: (m, data) for name, m, data in built}
    counts = {l: 0 for l in LABELS}
    nums = []
    seen = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing folder " + lab)
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith(".eml"):
                errs.append("stray file %s/%s" % (lab, f))
                continue
            mm = re.match(r"^(\d{3})-([a-z0-9-]+)\.eml$", f)
            if not mm:
                errs.append("bad file name " + f)
                continue
            nums.append(int(mm.group(1)))
            counts[lab] += 1
            seen[f] = lab
            with open(os.path.join(d, f), "rb") as fh:
                raw = fh.read()
            if f not in want:
                errs.append("%s/%s is not written by gen.py" % (lab, f))
            else:
                m, data = want[f]
                if m["label"] != lab:
                    errs.append("%s is in %s, gen.py says %s" % (f, lab, m["label"]))
                if data != raw:
                    errs.append("%s differs from what gen.py writes" % f)
            check_message(f, raw, errs)
    for lab in LABELS:
        if counts[lab] != EXPECT[lab]:
            errs.append("%s: %d messages, want %d" % (lab, counts[lab], EXPECT[lab]))
    if sorted(nums) != list(range(1, 201)):
        errs.append("numbers are not exactly 001-200")
    try:
        with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
            tsv = fh.read()
    except OSError:
        tsv = ""
        errs.append("no labels.tsv")
    rows = [r.split("\t") for r in tsv.splitlines()]
    names = [r[0] for r in rows]
    if names != sorted(names):
        errs.append("labels.tsv is not sorted")
    if len(set(names)) != len(names) or set(names) != set(seen):
        errs.append("labels.tsv does not list every file exactly once")
    for r in rows:
        if len(r) != 3 or not r[2].strip():
            errs.append("labels.tsv bad row: %r" % (r,))
        elif seen.get(r[0]) != r[1]:
            errs.append("labels.tsv: %s labelled %s, folder %s" % (r[0], r[1], seen.get(r[0])))
    if tsv != labels_tsv(built):
        errs.append("labels.tsv differs from what gen.py writes")
    nen = sum(1 for m in MSGS if m["lang"] != "en")
    for m in MSGS:
        if m["label"] == "restricted" and m["cat"] not in CATS:
            errs.append("%s: restricted without a category" % m["slug"])
        if m["label"] == "none" and m["trap"] is None:
            errs.append("%s: none without trap flag" % m["slug"])
        if m["label"] != "none" and not m["where"]:
            errs.append("%s: no placement" % m["slug"])
        if m["lang"] not in LANGS:
            errs.append("%s: unknown language" % m["slug"])
    for e in errs[:200]:
        print("FAIL", e)
    if errs:
        print("%d problems" % len(errs))
        return 1
    print("ok: %d messages (none %d, phi %d, restricted %d), %d not in English, "
          "labels.tsv consistent, every part parses" % (sum(counts.values()), counts["none"], counts["phi"], counts["restricted"], nen))
    return 0


# ===================================================================== stats
def stats():
    built = build_all()
    from collections import Counter, defaultdict
    top, parts, ctes, css = Counter(), Counter(), Counter(), Counter()
    langs = defaultdict(Counter)
    for name, m, data in built:
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        top[msg.get_content_type()] += 1
        for p in msg.walk():
            if p is not msg:
                parts[p.get_content_type()] += 1
            if not p.is_multipart():
                ctes[(p.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
                c = p.get_param("charset")
                if c:
                    css[c.lower()] += 1
        langs[m["label"]][m["lang"]] += 1
    print("labels:", dict(Counter(m["label"] for m in MSGS)))
    for lab in LABELS:
        ne = {LANGS[k]: v for k, v in sorted(langs[lab].items()) if k != "en"}
        print("  %-10s not in English %2d  %s" % (lab, sum(ne.values()), ne))
    tot = Counter(m["lang"] for m in MSGS)
    print("languages (all):", {LANGS[k]: v for k, v in sorted(tot.items())})
    print("none traps:", sum(1 for m in MSGS if m["label"] == "none" and m["trap"]),
          " ordinary:", sum(1 for m in MSGS if m["label"] == "none" and not m["trap"]))
    print("restricted by category:", dict(Counter(m["cat"] for m in MSGS if m["label"] == "restricted")))
    print("placement (phi):", dict(Counter(m["where"] for m in MSGS if m["label"] == "phi")))
    print("placement (restricted):", dict(Counter(m["where"] for m in MSGS if m["label"] == "restricted")))
    print("borderline:", sum(1 for m in MSGS if m["reason"].startswith("borderline:")))
    for m in MSGS:
        if m["reason"].startswith("borderline:"):
            print("   ", m["label"], m["slug"])
    print("top-level:", dict(top.most_common()))
    print("parts:", dict(parts.most_common()))
    print("transfer encodings:", dict(ctes.most_common()))
    print("charsets:", dict(css.most_common()))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        sys.exit(check())
    if len(sys.argv) > 1 and sys.argv[1] == "--stats":
        stats()
        sys.exit(0)
    if len(sys.argv) > 1:
        print(__doc__)
        sys.exit(2)
    write_all()
    sys.exit(check())
